"""Build templates/skeleton.docx, the Word skeleton every contract is rendered into.

Run it after changing the layout:  python templates/build_skeleton.py

The skeleton holds everything that is not clause text: A4 page set-up, fonts and
spacing, the styles (Heading 1 for clause headings, "Clause 2" and "Clause 3" for
paragraphs and items, all three linked to one multi-level list "1." / "1.1" /
"1.1.1"), a cover page with the key terms, a header with the contract title, a footer
"Page X of Y" built from PAGE and NUMPAGES fields, a table of contents field that Word
refreshes on opening (the generator fills its entries in, with PAGEREF fields, so that
it reads right before any refresh), the body placeholder and the signature block.

Its docxtpl (Jinja) tags read the generator's context:
  contract_title, contract_type     the title and the template's name, in the draft's language
  party_a_name, party_b_name, effective_date, party_a_representative,
  party_a_representative_title, party_b_representative, party_b_representative_title
                                    answers (every template declares them, in its manifest
                                    or through its parties clause)
  labels.*                          fixed words in the draft's language (drafting/language.yaml)
  body                              a marker: the generator replaces this paragraph with the clauses
                                    (the signatures clause, unnumbered, ends them with the closing
                                    formula, just before the signature table)
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor, Twips

OUTPUT = Path(__file__).with_name("skeleton.docx")
BODY_FONT = "Arial"
TEXT_WIDTH_TWIPS = 9072  # A4 (21 cm) less two 2.5 cm margins
CLAUSE_LIST_ID = 20  # abstractNum and num id of the clause outline
LEVELS = (  # (style id, style name, lvlText, left indent, hanging) in twips
    ("Heading1", "Heading 1", "%1.", 567, 567),
    ("Clause2", "Clause 2", "%1.%2", 567, 567),
    ("Clause3", "Clause 3", "%1.%2.%3", 1418, 851),
)


def element(tag: str, parent=None, **attributes):
    node = OxmlElement(tag)
    for name, value in attributes.items():
        node.set(qn(f"w:{name}"), str(value))
    if parent is not None:
        parent.append(node)
    return node


def set_font(style, size: float, bold: bool | None = None, caps: bool = False, color: str = "000000",
             italic: bool | None = None) -> None:
    """Fonts set explicitly, so that no theme font (Calibri) leaks in."""
    font = style.font
    font.name = BODY_FONT
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attribute}"), None)
    fonts.set(qn("w:cs"), BODY_FONT)
    fonts.set(qn("w:eastAsia"), BODY_FONT)
    font.size = Pt(size)
    font.bold = bold
    font.italic = italic
    font.all_caps = caps or None
    font.color.rgb = RGBColor.from_string(color)


def set_spacing(style, before: int = 0, after: int = 6, keep_next: bool = False, align=None,
                left: int | None = None, hanging: int | None = None) -> None:
    """Spacing in points, indents in twips."""
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    fmt.line_spacing = 1.1
    fmt.keep_with_next = keep_next or None
    fmt.alignment = align
    if left is not None:
        fmt.left_indent = Twips(left)
        fmt.first_line_indent = Twips(-(hanging or 0))


def paragraph_style(document, style_id: str, name: str, based_on: str = "Normal"):
    styles = document.styles
    if name in [s.name for s in styles]:
        return styles[name]
    style = styles.add_style(name, 1)
    style.element.set(qn("w:styleId"), style_id)
    style.base_style = styles[based_on]
    style.quick_style = True
    return style


def link_to_list(style, level: int, outline: int | None) -> None:
    ppr = style.element.get_or_add_pPr()
    num_pr = ppr.get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = CLAUSE_LIST_ID
    if outline is not None:
        ppr.get_or_add_outlineLvl().set(qn("w:val"), str(outline))


def build_numbering(document) -> None:
    """One abstractNum for the clause outline, its levels tied to the three styles."""
    numbering = document.part.numbering_part.element
    abstract = element("w:abstractNum", abstractNumId=CLAUSE_LIST_ID)
    element("w:multiLevelType", abstract, val="multilevel")
    for level, (style_id, _name, text, left, hanging) in enumerate(LEVELS):
        lvl = element("w:lvl", abstract, ilvl=level)
        element("w:start", lvl, val=1)
        element("w:numFmt", lvl, val="decimal")
        element("w:pStyle", lvl, val=style_id)
        element("w:lvlText", lvl, val=text)
        element("w:lvlJc", lvl, val="left")
        ppr = element("w:pPr", lvl)
        tabs = element("w:tabs", ppr)
        element("w:tab", tabs, val="num", pos=left)
        element("w:ind", ppr, left=left, hanging=hanging)
        if level == 0:
            rpr = element("w:rPr", lvl)
            element("w:b", rpr)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = element("w:num", numbering, numId=CLAUSE_LIST_ID)
    element("w:abstractNumId", num, val=CLAUSE_LIST_ID)


def build_styles(document) -> None:
    styles = document.styles
    defaults = styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = defaults.get_or_add_rFonts()
    for attribute in list(fonts.attrib):
        del fonts.attrib[attribute]
    for attribute in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{attribute}"), BODY_FONT)

    set_font(styles["Normal"], 10.5)
    set_spacing(styles["Normal"])
    set_font(styles["Body Text"], 10.5)
    set_spacing(styles["Body Text"], align=WD_ALIGN_PARAGRAPH.JUSTIFY)

    title = styles["Title"]
    set_font(title, 24, bold=True)
    set_spacing(title, before=72, after=18, align=WD_ALIGN_PARAGRAPH.CENTER)
    for border in title.element.findall(".//" + qn("w:pBdr")):
        border.getparent().remove(border)
    subtitle = styles["Subtitle"]
    set_font(subtitle, 13, bold=False, italic=False, color="404040")
    set_spacing(subtitle, after=30, align=WD_ALIGN_PARAGRAPH.CENTER)

    heading = styles["Heading 1"]
    set_font(heading, 11, bold=True, caps=True)
    set_spacing(heading, before=14, after=6, keep_next=True, left=LEVELS[0][3], hanging=LEVELS[0][4])
    link_to_list(heading, 0, outline=0)
    for level, (style_id, name, _text, left, hanging) in enumerate(LEVELS[1:], 1):
        style = paragraph_style(document, style_id, name)
        set_font(style, 10.5)
        set_spacing(style, align=WD_ALIGN_PARAGRAPH.JUSTIFY, left=left, hanging=hanging)
        link_to_list(style, level, outline=None)

    preamble = paragraph_style(document, "PreambleHeading", "Preamble Heading", based_on="Body Text")
    set_font(preamble, 10.5, bold=True)
    set_spacing(preamble, before=12, keep_next=True, align=WD_ALIGN_PARAGRAPH.LEFT)
    schedule = paragraph_style(document, "ScheduleHeading", "Schedule Heading", based_on="Body Text")
    set_font(schedule, 12, bold=True)  # a schedule's page title: unnumbered, outside the contents
    set_spacing(schedule, after=18, keep_next=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    cover = paragraph_style(document, "CoverText", "Cover Text")
    set_font(cover, 11)
    set_spacing(cover, align=WD_ALIGN_PARAGRAPH.CENTER)
    notice = paragraph_style(document, "CoverNotice", "Cover Notice")
    set_font(notice, 8.5, italic=True, color="595959")
    set_spacing(notice, before=60, after=0, align=WD_ALIGN_PARAGRAPH.CENTER)

    closing = paragraph_style(document, "Closing", "Closing", based_on="Body Text")
    set_font(closing, 10.5)
    set_spacing(closing, before=18, keep_next=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)

    toc_heading = styles["TOC Heading"]
    toc_heading.base_style = styles["Normal"]  # not Heading 1: it must not be numbered nor listed
    for tag in ("w:numPr", "w:outlineLvl"):
        for old in toc_heading.element.get_or_add_pPr().findall(qn(tag)):
            old.getparent().remove(old)
    set_font(toc_heading, 13, bold=True)
    set_spacing(toc_heading, after=12, align=WD_ALIGN_PARAGRAPH.LEFT)
    toc_heading.paragraph_format.page_break_before = True
    for level in (1, 2):
        toc = paragraph_style(document, f"TOC{level}", f"toc {level}")
        set_font(toc, 10.5, bold=level == 1)
        set_spacing(toc, before=3 if level == 1 else 0, after=3, left=level * 567, hanging=567)
        toc.paragraph_format.tab_stops.add_tab_stop(Twips(TEXT_WIDTH_TWIPS), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)

    for name in ("Header", "Footer"):
        set_font(styles[name], 8, color="595959")


def complex_field(paragraph, instruction: str, placeholder: str) -> None:
    """A field Word computes (begin / instruction / separate / cached result / end)."""
    p = paragraph._p

    def run(child_tag: str, text: str | None = None, **attributes):
        r = element("w:r", p)
        child = element(child_tag, r, **attributes)
        if text is not None:
            child.text = text
            child.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        return r

    run("w:fldChar", fldCharType="begin", dirty="true")
    run("w:instrText", f" {instruction} ")
    run("w:fldChar", fldCharType="separate")
    run("w:t", placeholder)
    run("w:fldChar", fldCharType="end")


def simple_field(paragraph, instruction: str, cached: str) -> None:
    field = element("w:fldSimple", paragraph._p, instr=f" {instruction} ")
    r = element("w:r", field)
    text = element("w:t", r)
    text.text = cached


def build_cover(document) -> None:
    document.add_paragraph("{{ contract_title }}", style="Title")
    document.add_paragraph("{{ labels.contract_type }} {{ contract_type }}", style="Subtitle")
    document.add_paragraph("{{ labels.between }}", style="Cover Text")
    document.add_paragraph(style="Cover Text").add_run("{{ party_a_name }}").bold = True
    document.add_paragraph("{{ labels.and }}", style="Cover Text")
    document.add_paragraph(style="Cover Text").add_run("{{ party_b_name }}").bold = True
    date = document.add_paragraph("{{ labels.effective_date }} {{ effective_date }}", style="Cover Text")
    date.paragraph_format.space_before = Pt(24)
    document.add_paragraph("{{ labels.draft_notice }}", style="Cover Notice")


def build_contents(document) -> None:
    document.add_paragraph("{{ labels.contents }}", style="TOC Heading")
    toc = document.add_paragraph(style="Normal")
    complex_field(toc, 'TOC \\o "1-2" \\h \\z \\u', "")  # the generator fills in the entries
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("{{ body }}", style="Body Text")


def build_signatures(document) -> None:
    """One column per party: who signs for it, in which capacity, the date and room to sign."""
    rows = [
        ("{{ labels.for_party }} {{ party_a_name }}", "{{ labels.for_party }} {{ party_b_name }}", True),
        ("{{ labels.name }} {{ party_a_representative }}", "{{ labels.name }} {{ party_b_representative }}", False),
        ("{{ labels.position }} {{ party_a_representative_title }}",
         "{{ labels.position }} {{ party_b_representative_title }}", False),
        ("{{ labels.date }}", "{{ labels.date }}", False),
        ("{{ labels.signature }}", "{{ labels.signature }}", False),
    ]
    table = document.add_table(rows=len(rows), cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row, (left, right, bold) in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, (left, right), strict=True):
            paragraph = cell.paragraphs[0]
            paragraph.add_run(text).bold = bold or None
            paragraph.paragraph_format.keep_with_next = True
    for cell in table.rows[-1].cells:  # room to sign, above a line to sign on (one per party)
        cell.paragraphs[0].paragraph_format.space_after = Pt(54)
        line = cell.add_paragraph()
        line.paragraph_format.right_indent = Cm(1)
        borders = element("w:pBdr")
        element("w:bottom", borders, val="single", sz=6, space=1, color="000000")
        line._p.pPr.find(qn("w:ind")).addprevious(borders)  # pBdr comes before ind in a paragraph's properties
    # and a signature row at least 3.5 cm high that Word and LibreOffice keep whole
    row_properties = table.rows[-1]._tr.get_or_add_trPr()
    element("w:cantSplit", row_properties)  # before trHeight, as the schema orders them
    element("w:trHeight", row_properties, val=1985, hRule="atLeast")
    width = table._tbl.tblPr.find(qn("w:tblW"))
    width.set(qn("w:type"), "dxa")
    width.set(qn("w:w"), str(TEXT_WIDTH_TWIPS))


def build_page(document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.5))
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    section.header_distance = section.footer_distance = Cm(1.2)
    section.different_first_page_header_footer = True  # the cover has neither
    header = section.header.paragraphs[0]
    header.text = "{{ contract_title }}"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    header.style = document.styles["Header"]
    footer = section.footer.paragraphs[0]
    footer.style = document.styles["Footer"]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("{{ labels.page }} ")
    simple_field(footer, "PAGE", "1")
    footer.add_run(" {{ labels.of }} ")
    simple_field(footer, "NUMPAGES", "1")
    assert section.start_type == WD_SECTION.NEW_PAGE


def build_settings(document) -> None:
    """Ask Word to refresh fields (the table of contents) when the document opens."""
    settings = document.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    # Schema order: w:updateFields comes right before these elements.
    successors = ("w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids",
                  "m:mathPr", "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping")
    anchor = next((child for child in settings if any(child.tag == qn(tag) for tag in successors)), None)
    if anchor is not None:
        anchor.addprevious(update)
    else:
        settings.append(update)


def build(output: Path = OUTPUT) -> Path:
    document = Document()
    document.core_properties.title = ""
    document.core_properties.author = "clausekit"
    document.core_properties.comments = ""
    build_styles(document)
    build_numbering(document)
    build_settings(document)
    build_page(document)
    build_cover(document)
    build_contents(document)
    build_signatures(document)
    document.save(output)
    return output


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT))
