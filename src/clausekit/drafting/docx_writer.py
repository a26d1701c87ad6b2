"""Write a ``Draft`` into the Word skeleton.

docxtpl renders the skeleton (cover page, header, footer, signature block) with a
sandboxed, autoescaping, StrictUndefined Jinja environment, so "Martin & Fils" and
"<SA>" reach the XML escaped and come out of Word intact. The clauses are then
inserted where the skeleton's ``{{ body }}`` paragraph stands, as paragraphs built
directly in WordprocessingML: real list numbering (w:numPr on the clause outline
of the skeleton) rather than typed digits, a bookmark on each heading and anchored
paragraph, and a REF field for each cross-reference whose cached result is the
number computed for this draft.
"""

from __future__ import annotations

from functools import cache
from io import BytesIO
from pathlib import Path

from lxml import etree

from ..errors import ClauseKitError
from ..resources import data_dir
from .language import language
from .pagination import estimate_pages, set_page_numbers
from .render import Block, Draft

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
BODY_MARKER = "\ue010clausekit-body\ue011"
LANGUAGE_TAGS = {"en": "en-GB", "fr": "fr-FR"}
# kind -> (paragraph style id, list level or None)
_LAYOUT = {"heading": ("Heading1", 0), "paragraph": ("Clause2", 1), "item": ("Clause3", 2),
           "preamble": ("BodyText", None), "closing": ("Closing", None)}
_PREAMBLE_HEADING_STYLE = "PreambleHeading"
_TOC_STYLE = "TOC1"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def skeleton_path() -> Path:
    return data_dir("templates") / "skeleton.docx"


SKELETON_INVALID = "not a usable Word skeleton"


@cache
def _skeleton_bytes(path: Path) -> bytes:
    """A skeleton may be a user's file: the readers' guards (type, zip bomb, XML entities,
    missing parts) before docxtpl opens it."""
    from ..file_safety import describe, fetched_targets, fetching_field, open_package, parse_xml, read_member, sniff

    shown = str(path)
    try:
        kind = sniff(path)
    except OSError as error:
        raise ClauseKitError(f"cannot read the Word skeleton: {error.strerror or error}", path) from None
    if kind != "zip":
        raise ClauseKitError(f"{SKELETON_INVALID}: it is {describe(kind).split(' (')[0] if kind else 'not a .docx (ZIP) file'}", path)
    with open_package(path, shown, SKELETON_INVALID) as package:
        names = set(package.namelist())
        for part in ("[Content_Types].xml", "word/document.xml"):
            if part not in names:
                raise ClauseKitError(f"{SKELETON_INVALID}: {part} is missing", path)
        for part in sorted(name for name in names if name.endswith((".xml", ".rels"))):
            root = parse_xml(read_member(package, part, shown, SKELETON_INVALID), part, shown, SKELETON_INVALID)
            fetched = fetched_targets(root) if part.endswith(".rels") else []
            if fetched:  # Word and LibreOffice would fetch it: a contract's draft never calls out
                raise ClauseKitError(f"{SKELETON_INVALID}: {part} links to {fetched[0].get('Target')!r}, which "
                                     "an office program fetches on opening; embed it instead", path)
            field = fetching_field(root) if part.startswith("word/") else None
            if field:
                raise ClauseKitError(f"{SKELETON_INVALID}: {part} has the field {field[:80]!r}, which reads "
                                     "another file or address; remove it", path)
    return path.read_bytes()


def _skeleton_environment():
    from .sandbox import environment

    return environment(autoescape=True)


def skeleton_context(draft: Draft) -> dict:
    """What the skeleton's tags read: the presented answers, fixed labels, title, body marker."""
    lang = language(draft.lang)
    context = {name: ("" if value is None else getattr(value, "plain", value)) for name, value in draft.values.items()}
    context.update(contract_title=draft.title, contract_type=draft.template.manifest.title[draft.lang],
                   labels=lang.labels, body=BODY_MARKER)
    return context


def docx_bytes(draft: Draft, skeleton: Path | None = None, notes: bool = False, beside: Draft | None = None) -> bytes:
    """The Word file of ``draft``, built on ``skeleton`` (the bundled one by default); with
    ``notes``, each clause's drafting note as a Word comment on its heading; with ``beside``
    (the same contract in another language), a bilingual draft: the two in aligned columns."""
    from docxtpl import DocxTemplate
    from jinja2 import TemplateError

    from .sandbox import bounded

    skeleton = skeleton or skeleton_path()
    data = _skeleton_bytes(skeleton)
    context = skeleton_context(draft)
    if beside is not None:  # the cover and the header name the contract in both languages
        context.update(contract_title=f"{draft.title} / {beside.title}",
                       contract_type=f"{context['contract_type']} / {beside.template.manifest.title[beside.lang]}")
    try:
        template = DocxTemplate(BytesIO(data))
        bounded(lambda: template.render(context, _skeleton_environment(), autoescape=True))
    except TemplateError as error:
        raise ClauseKitError(f"cannot fill the Word skeleton for template {draft.template.manifest.id}: {error}",
                             skeleton) from None
    except (KeyError, ValueError, etree.LxmlError) as error:  # a package python-docx cannot use
        raise ClauseKitError(f"{SKELETON_INVALID}: {type(error).__name__}: {str(error).splitlines()[0][:160]}",
                             skeleton) from None
    document = template.docx
    inserted = _insert_body(document, draft, skeleton) if beside is None else _insert_columns(document, draft, beside)
    if notes:
        _add_notes(document, draft, inserted)
    _insert_schedules(document, draft, beside)
    _insert_key_terms(document, draft)
    _fill_contents(document, draft)
    set_page_numbers(document, estimate_pages(document))
    set_language(document, draft.lang)
    properties = document.core_properties
    properties.title = context["contract_title"]
    properties.subject = draft.template.manifest.title[draft.lang]
    properties.language = LANGUAGE_TAGS[draft.lang]
    properties.author = "clausekit"
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _insert_key_terms(document, draft: Draft) -> None:
    """The key terms, in a two-column table on the cover page, just before the draft notice."""
    notice_text = language(draft.lang).labels["draft_notice"]
    notice = next((p for p in document.paragraphs if p.text == notice_text), None)
    if notice is None or not draft.key_terms:
        return
    widths = (2600, 6400)  # twips: the label, then the term
    table = document.add_table(rows=len(draft.key_terms), cols=2)
    for column, width in zip(table._tbl.tblGrid.findall(w("gridCol")), widths, strict=True):
        column.set(w("w"), str(width))  # LibreOffice sizes columns by the grid, Word by the cells
    for row, (label, text) in zip(table.rows, draft.key_terms, strict=True):
        row.cells[0].paragraphs[0].add_run(label).bold = True
        row.cells[1].paragraphs[0].add_run(text)
        for cell, width in zip(row.cells, widths, strict=True):
            tc_pr = cell._tc.get_or_add_tcPr()
            etree.SubElement(tc_pr, w("tcW"), {w("w"): str(width), w("type"): "dxa"})
    borders = etree.SubElement(table._tbl.tblPr, w("tblBorders"))
    for edge in ("top", "bottom", "insideH"):
        etree.SubElement(borders, w(edge), {w("val"): "single", w("sz"): "4", w("space"): "0", w("color"): "808080"})
    notice._p.addprevious(table._tbl)


def _clause_list_id(document, skeleton: Path) -> str:
    """The numId the skeleton's Heading 1 style is linked to: the clause outline."""
    style = document.styles.element.find(f"{w('style')}[@{w('styleId')}='Heading1']")
    num_id = style.find(f"{w('pPr')}/{w('numPr')}/{w('numId')}") if style is not None else None
    if num_id is None:
        raise ClauseKitError("the Heading 1 style is not linked to a numbered list", skeleton)
    return num_id.get(w("val"))


def _insert_body(document, draft: Draft, skeleton: Path) -> list:
    """The clauses replace the skeleton's body marker paragraph; returns each block with its w:p."""
    body = document.element.body
    marker = next((p for p in body.iter(w("p")) if "".join(t.text or "" for t in p.iter(w("t"))) == BODY_MARKER), None)
    if marker is None:
        raise ClauseKitError("the skeleton has no {{ body }} paragraph", skeleton)
    list_id = _clause_list_id(document, skeleton)
    bookmark_ids = iter(range(1, 1_000_000))
    inserted = []
    for block in draft.blocks:
        paragraph = _paragraph(body, block, list_id, bookmark_ids)
        marker.addprevious(paragraph)
        inserted.append((block, paragraph))
    body.remove(marker)
    _keep_last_paragraph_with_signatures(inserted)
    return inserted


def _keep_last_paragraph_with_signatures(inserted: list) -> None:
    """The last paragraph of the clauses goes onto the page of the closing words and the signature block
    (which the skeleton keeps together): a page holding only signatures could be put after any text."""
    for (block, paragraph), (after, _) in zip(inserted, inserted[1:]):
        if block.kind != "closing" and after.kind == "closing":
            paragraph.find(w("pPr")).find(w("pStyle")).addnext(etree.Element(w("keepNext")))
            return


def _insert_schedules(document, draft: Draft, beside: Draft | None = None) -> None:
    """A page per schedule the answers list, after the signatures: its title, and a highlighted
    placeholder where its document is to be attached (which the linter reports until it is);
    a bilingual draft titles the page in both languages."""
    body = document.element.body
    end = body.find(w("sectPr"))
    languages = [language(d.lang) for d in (draft, beside) if d is not None]
    for number, title in enumerate(draft.values.get("schedules") or [], 1):
        heading = etree.SubElement(body, w("p"))
        properties = etree.SubElement(heading, w("pPr"))
        etree.SubElement(properties, w("pStyle")).set(w("val"), "ScheduleHeading")
        etree.SubElement(properties, w("pageBreakBefore"))
        title = str(title)
        label = " / ".join(each.labels["schedule"].format(number=number) for each in languages)
        _run(heading, f"{label} – {title[:1].upper()}{title[1:]}", bold=True)
        placeholder = etree.SubElement(body, w("p"))
        attach = languages[0].typography(languages[0].labels["schedule_to_attach"].format(title=title))
        _run(placeholder, attach, highlight=HIGHLIGHTS["gap"])
        for paragraph in (heading, placeholder):
            end.addprevious(paragraph)


# A bilingual draft: two equal columns over the text width of an A4 page with the skeleton's margins.
_COLUMN_TWIPS = 4536
_INDENTS = {"heading": (0, 0), "paragraph": (567, 567), "item": (1134, 567)}  # (left, hanging) in twips


def _aligned(left: list[Block], right: list[Block]) -> list[tuple[Block | None, Block | None]]:
    """Pairs of blocks, clause by clause, so that a clause with one more paragraph in one language
    does not shift the clauses after it; within a clause, a definition faces the definition of the
    same term (each language sorts its own), a numbered paragraph the paragraph of the same number,
    a paragraph of the preamble the one of the same id in the library (« D'UNE PART, », which English
    does without, faces nothing), and the others each other in order."""

    def by_clause(blocks: list[Block]) -> dict[tuple[str, str], list[Block]]:
        grouped: dict[tuple[str, str], list[Block]] = {}
        for block in blocks:  # the preamble, the clauses and the closing are kept apart
            part = block.kind if block.kind in ("preamble", "closing") else "body"
            grouped.setdefault((part, block.clause), []).append(block)
        return grouped

    def keyed(blocks: list[Block]) -> dict[tuple[str, str], Block]:
        keys: dict[tuple[str, str], Block] = {}
        for index, block in enumerate(blocks):
            key = ("term", block.term) if block.term else ("anchor", block.anchor) if block.anchor \
                else ("number", block.number) if block.number else ("order", str(index))
            keys[key] = block
        return keys

    def pairs(lefts: list[Block], rights: list[Block]) -> list[tuple[Block | None, Block | None]]:
        left_keys, right_keys = keyed(lefts), keyed(rights)
        order = list(left_keys)
        for index, key in enumerate(right_keys):  # a paragraph only one language has, after its predecessor
            if key not in left_keys:
                before = list(right_keys)[index - 1] if index else None
                order.insert(order.index(before) + 1 if before in order else len(order), key)
        return [(left_keys.get(key), right_keys.get(key)) for key in order]

    left_groups, right_groups = by_clause(left), by_clause(right)
    keys = list(left_groups) + [key for key in right_groups if key not in left_groups]
    return [pair for key in keys for pair in pairs(left_groups.get(key, []), right_groups.get(key, []))]


def _insert_columns(document, left: Draft, right: Draft) -> list:
    """The clauses as a two-column table, ``left`` and ``right`` aligned row by row, with the numbers
    typed in both columns (one numbering: a Word list would count each column). The bookmarks
    (table of contents, cross-references) are on the left column."""
    body = document.element.body
    marker = next(p for p in body.iter(w("p")) if "".join(t.text or "" for t in p.iter(w("t"))) == BODY_MARKER)
    table = etree.SubElement(body, w("tbl"))
    properties = etree.SubElement(table, w("tblPr"))
    etree.SubElement(properties, w("tblW"), {w("w"): str(2 * _COLUMN_TWIPS), w("type"): "dxa"})
    etree.SubElement(properties, w("tblLayout"), {w("type"): "fixed"})
    borders = etree.SubElement(properties, w("tblBorders"))
    etree.SubElement(borders, w("insideV"), {w("val"): "single", w("sz"): "4", w("space"): "0", w("color"): "A0A0A0"})
    margins = etree.SubElement(properties, w("tblCellMar"))
    for side in ("left", "right"):
        etree.SubElement(margins, w(side), {w("w"): "113", w("type"): "dxa"})
    grid = etree.SubElement(table, w("tblGrid"))
    for _ in range(2):
        etree.SubElement(grid, w("gridCol"), {w("w"): str(_COLUMN_TWIPS)})
    header = _row(table, header=True)
    for draft, cell in zip((left, right), header, strict=True):
        paragraph = etree.SubElement(cell, w("p"))
        _set_style(paragraph, _PREAMBLE_HEADING_STYLE)
        _run(paragraph, language(draft.lang).labels["language_name"], bold=True)
    bookmark_ids = iter(range(1, 1_000_000))
    inserted = []
    for left_block, right_block in _aligned(left.blocks, right.blocks):
        cells = _row(table)
        # One numbering: a definition shows the left column's number (each language sorts its terms).
        number = left_block.number if left_block is not None else None
        for block, cell, draft in ((left_block, cells[0], left), (right_block, cells[1], right)):
            paragraph = etree.SubElement(cell, w("p"))
            if block is None:
                continue
            _cell_paragraph(paragraph, block, number if block.term and number else block.number,
                            bookmark_ids if draft is left else None)
            if draft is not left:
                _mark_language(paragraph, draft.lang)
            if draft is left:
                inserted.append((block, paragraph))
    marker.addprevious(table)
    body.remove(marker)
    return inserted


def _row(table: etree._Element, header: bool = False) -> list[etree._Element]:
    row = etree.SubElement(table, w("tr"))
    if header:  # repeated at the top of each page
        etree.SubElement(etree.SubElement(row, w("trPr")), w("tblHeader"))
    cells = []
    for _ in range(2):
        cell = etree.SubElement(row, w("tc"))
        etree.SubElement(etree.SubElement(cell, w("tcPr")), w("tcW"), {w("w"): str(_COLUMN_TWIPS), w("type"): "dxa"})
        cells.append(cell)
    return cells


def _cell_paragraph(p: etree._Element, block: Block, number: str | None, bookmark_ids) -> None:
    """A block in a column: its style, its typed number and hanging indent; references as text.
    A heading of the left column (``bookmark_ids`` given) has outline level 1, so that a table of
    contents rebuilt by Word or LibreOffice lists it once."""
    style = {"heading": _PREAMBLE_HEADING_STYLE, "closing": "Closing"}.get(block.kind, "BodyText")
    if block.kind == "preamble" and _is_caption(block.text):
        style = _PREAMBLE_HEADING_STYLE
    _set_style(p, style)
    properties = p.find(w("pPr"))
    if block.kind == "heading":
        etree.SubElement(properties, w("keepNext"))
    if block.kind in _INDENTS and number:
        left, hanging = _INDENTS[block.kind]
        if left:
            etree.SubElement(properties, w("ind"), {w("left"): str(left), w("hanging"): str(hanging)})
    if block.kind == "heading" and bookmark_ids is not None:
        etree.SubElement(properties, w("outlineLvl"), {w("val"): "0"})
    bookmark_id = None
    if block.bookmark and bookmark_ids is not None:
        bookmark_id = str(next(bookmark_ids))
        etree.SubElement(p, w("bookmarkStart"), {w("id"): bookmark_id, w("name"): block.bookmark})
    if number:
        _run(p, f"{number}." if block.kind == "heading" else number, bold=block.kind == "heading")
        etree.SubElement(etree.SubElement(p, w("r")), w("tab"))
    for segment in block.segments:
        run = _run(p, segment.text, bold=segment.kind == "bold" or block.kind == "heading",
                   highlight=HIGHLIGHTS.get(segment.kind))
        if block.kind == "heading":  # capitals as a format, as the Heading 1 style has them
            etree.SubElement(run.find(w("rPr")), w("caps"))
    if bookmark_id:
        etree.SubElement(p, w("bookmarkEnd"), {w("id"): bookmark_id})


def _mark_language(paragraph: etree._Element, lang: str) -> None:
    """The right column's proofing language, so that Word spell-checks each column in its own."""
    for run in paragraph.iter(w("r")):
        properties = run.find(w("rPr"))
        if properties is None:
            properties = etree.Element(w("rPr"))
            run.insert(0, properties)
        etree.SubElement(properties, w("lang"), {w("val"): LANGUAGE_TAGS[lang]})


def _add_notes(document, draft: Draft, inserted) -> None:
    """The drafting note of each clause (why it matters, what to concede) as a comment on its heading."""
    label = language(draft.lang).labels["drafting_note"]
    for block, paragraph in inserted:
        note = draft.template.clauses[block.clause].note.get(draft.lang) if block.kind == "heading" else None
        if not note:
            continue
        comment = document.comments.add_comment(f"{label} {' '.join(note.split())}", author="clausekit",
                                                initials="CK")
        comment_id = str(comment.comment_id)
        start = etree.Element(w("commentRangeStart"), {w("id"): comment_id})
        properties = paragraph.find(w("pPr"))
        if properties is not None:
            properties.addnext(start)
        else:
            paragraph.insert(0, start)
        etree.SubElement(paragraph, w("commentRangeEnd"), {w("id"): comment_id})
        reference = etree.SubElement(paragraph, w("r"))
        etree.SubElement(reference, w("commentReference"), {w("id"): comment_id})


def _paragraph(body: etree._Element, block: Block, list_id: str, bookmark_ids) -> etree._Element:
    style, level = _LAYOUT[block.kind]
    if block.kind == "preamble" and _is_caption(block.text):
        style = _PREAMBLE_HEADING_STYLE
    p = etree.SubElement(body, w("p"))  # created under body so that it shares the w: prefix
    ppr = etree.SubElement(p, w("pPr"))
    etree.SubElement(ppr, w("pStyle")).set(w("val"), style)
    if level is not None:
        num_pr = etree.SubElement(ppr, w("numPr"))
        etree.SubElement(num_pr, w("ilvl")).set(w("val"), str(level))
        etree.SubElement(num_pr, w("numId")).set(w("val"), list_id)
    bookmark_id = None
    if block.bookmark:
        bookmark_id = str(next(bookmark_ids))
        start = etree.SubElement(p, w("bookmarkStart"))
        start.set(w("id"), bookmark_id)
        start.set(w("name"), block.bookmark)
    for segment in block.segments:
        if segment.kind == "ref" and segment.bookmark is not None:
            _reference_field(p, segment.bookmark, segment.text)
        else:
            _run(p, segment.text, bold=segment.kind == "bold", highlight=HIGHLIGHTS.get(segment.kind))
    if bookmark_id:
        etree.SubElement(p, w("bookmarkEnd")).set(w("id"), bookmark_id)
    return p


def _fill_contents(document, draft: Draft) -> None:
    """Write the table of contents' entries into the TOC field's result.

    Word rebuilds the table when it opens the file (updateFields); LibreOffice does not,
    but it computes the PAGEREF fields of these entries. Their cached results, which a
    viewer that computes no field shows, are the pages ``pagination`` estimates.
    """
    body = document.element.body
    instruction = next((t for t in body.iter(w("instrText")) if (t.text or "").strip().startswith("TOC")), None)
    headings = draft.headings()
    if instruction is None or not headings:
        return
    paragraph = instruction.getparent().getparent()
    runs = paragraph.findall(w("r"))
    separate = next(i for i, r in enumerate(runs) if r.find(w("fldChar")) is not None
                    and r.find(w("fldChar")).get(w("fldCharType")) == "separate")
    end = runs[-1]
    for run in runs[separate + 1:]:
        paragraph.remove(run)
    for index, heading in enumerate(headings):
        if index:
            following = etree.SubElement(body, w("p"))
            paragraph.addnext(following)
            paragraph = following
        _set_style(paragraph, _TOC_STYLE)
        link = etree.SubElement(paragraph, w("hyperlink"))
        link.set(w("anchor"), heading.bookmark)
        link.set(w("history"), "1")
        _run(link, f"{heading.number}.")
        etree.SubElement(etree.SubElement(link, w("r")), w("tab"))
        _run(link, heading.text)
        etree.SubElement(etree.SubElement(link, w("r")), w("tab"))
        _field(link, f" PAGEREF {heading.bookmark} \\h ", "")
    paragraph.append(end)


def _set_style(paragraph: etree._Element, style: str) -> None:
    ppr = paragraph.find(w("pPr"))
    if ppr is None:
        ppr = etree.SubElement(paragraph, w("pPr"))
        paragraph.insert(0, ppr)
    style_element = ppr.find(w("pStyle"))
    if style_element is None:
        style_element = etree.SubElement(ppr, w("pStyle"))
        ppr.insert(0, style_element)
    style_element.set(w("val"), style)


def _is_caption(text: str) -> bool:
    """"BETWEEN:", "RECITALS", « IL A ÉTÉ CONVENU CE QUI SUIT : »: the preamble's captions."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and len(text) <= 120 and all(c.isupper() for c in letters)


# An answer still to give is yellow; a figure left at the library's default (--mark-defaults) grey.
HIGHLIGHTS = {"gap": "yellow", "default": "lightGray"}


def _run(p: etree._Element, text: str, bold: bool = False, highlight: str | None = None) -> etree._Element:
    r = etree.SubElement(p, w("r"))
    if bold or highlight:
        rpr = etree.SubElement(r, w("rPr"))
        if bold:
            etree.SubElement(rpr, w("b"))
        if highlight:
            etree.SubElement(rpr, w("highlight")).set(w("val"), highlight)
    t = etree.SubElement(r, w("t"))
    t.text = text
    t.set(XML_SPACE, "preserve")
    return r


def _reference_field(p: etree._Element, bookmark: str, number: str) -> None:
    """REF with \\n: the paragraph number without its trailing period ("4", "4.2"), as a link."""
    _field(p, f" REF {bookmark} \\n \\h ", number)


def _field(parent: etree._Element, instruction: str, cached: str) -> None:
    """A complex field: begin, instruction, separate, cached result, end."""
    for kind in ("begin", None, "separate"):
        r = etree.SubElement(parent, w("r"))
        if kind:
            etree.SubElement(r, w("fldChar")).set(w("fldCharType"), kind)
        else:
            text = etree.SubElement(r, w("instrText"))
            text.text = instruction
            text.set(XML_SPACE, "preserve")
    if cached:
        _run(parent, cached)
    etree.SubElement(etree.SubElement(parent, w("r")), w("fldChar")).set(w("fldCharType"), "end")


def set_language(document, lang: str) -> None:
    """Proofing language of the whole document, so that Word spell-checks in the draft's language."""
    defaults = document.styles.element.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
    if defaults is None:
        return
    tag = defaults.find(w("lang"))
    if tag is None:
        tag = etree.SubElement(defaults, w("lang"))
    tag.set(w("val"), LANGUAGE_TAGS[lang])
    tag.set(w("eastAsia"), LANGUAGE_TAGS[lang])
