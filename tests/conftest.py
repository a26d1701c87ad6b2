"""Shared fixtures. The readers_* fixtures build real DOCX and PDF files for the reader tests."""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from clausekit.cli import main

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# One outline list: "%1." decimal, "%1.%2" decimal, "(%3)" lower letters, then a bullet level.
_ABSTRACT_NUM = f"""
<w:abstractNum {nsdecls('w')} w:abstractNumId="90">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/></w:lvl>
  <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/></w:lvl>
</w:abstractNum>"""
_NUM_CONTINUED = f'<w:num {nsdecls("w")} w:numId="901"><w:abstractNumId w:val="90"/></w:num>'
_NUM_FROM_SEVEN = (f'<w:num {nsdecls("w")} w:numId="902"><w:abstractNumId w:val="90"/>'
                   '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>')


def _number(paragraph, num_id: int, level: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _numbered(document, text: str, num_id: int, level: int, style: str | None = None):
    paragraph = document.add_paragraph(text, style=style)
    _number(paragraph, num_id, level)
    return paragraph


@pytest.fixture
def readers_contract_docx(tmp_path: Path) -> Path:
    """A contract exercising what the DOCX reader must get right; the expected model is in the test."""
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(_ABSTRACT_NUM))  # abstractNum elements come before num elements
    numbering.append(parse_xml(_NUM_CONTINUED))
    numbering.append(parse_xml(_NUM_FROM_SEVEN))
    styles = document.styles
    article = styles.add_style("Article Title", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    article.base_style = styles["Heading 1"]
    styles.add_style("Titre 2", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)  # a French Word's name for Heading 2

    document.add_paragraph("SUPPLY AGREEMENT", style="Title")
    _numbered(document, "Definitions", 901, 0, style="Heading 1")
    _numbered(document, "Terms have the meaning given here.", 901, 1)
    _numbered(document, "The Services are described in the schedule.", 901, 1)
    _numbered(document, "first limb of the definition;", 901, 2)
    _numbered(document, "second limb of the definition.", 901, 2)
    _numbered(document, "A bullet point, not a clause.", 901, 3)
    _numbered(document, "Term", 901, 0, style="Article Title")
    tracked = _numbered(document, "The term is ", 901, 1)
    tracked._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="1" w:author="Buyer" w:date="2024-01-01T00:00:00Z">'
        '<w:r><w:t xml:space="preserve">five</w:t></w:r></w:ins>'))
    tracked._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="2" w:author="Buyer" w:date="2024-01-01T00:00:00Z">'
        '<w:r><w:delText xml:space="preserve">three</w:delText></w:r></w:del>'))
    tracked.add_run(" years.")
    commented = document.add_paragraph()
    run = commented.add_run("Either party may renew by notice.")
    document.add_comment(run, text="SECRET COMMENT TEXT", author="Reviewer")
    _numbered(document, "Price", 901, 0, style="Heading 1")  # numbering continues after the plain paragraph
    layout = document.add_paragraph()
    layout.add_run("Price:")
    layout.runs[0].add_tab()
    layout.add_run("EUR 100")
    layout.runs[1].add_break()
    layout.add_run("per unit")
    document.add_paragraph("Données et réversibilité", style="Titre 2")
    _numbered(document, "Exit", 902, 0, style="Heading 1")  # a second list over the same definition, from 7
    _numbered(document, "Transition assistance applies.", 902, 1)
    _numbered(document, "Data is returned.", 902, 1)
    _numbered(document, "in a standard format;", 902, 2)
    document.add_paragraph(
        "Heading style misused for a whole clause: the supplier shall keep records for six years "
        "and make them available on request.", style="Heading 2")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Service level"
    table.cell(0, 1).text = "99.9 %"
    table.cell(1, 0).text = "Credit"
    table.cell(1, 1).text = "5 % per hour"
    navigation = document.add_paragraph()
    navigation._p.append(parse_xml(
        f'<w:hyperlink {nsdecls("w")} w:anchor="_Toc1"><w:r><w:t>1. Definitions</w:t></w:r></w:hyperlink>'))
    path = tmp_path / "contract.docx"
    document.save(path)
    return path


@pytest.fixture
def readers_docx_package(tmp_path: Path):
    """Write a .docx package around a given word/document.xml (for hostile and broken files)."""

    def build(document_xml: bytes, name: str = "hostile.docx", extra: dict[str, bytes] | None = None) -> Path:
        template = tmp_path / "_template.docx"
        docx.Document().save(template)
        path = tmp_path / name
        with zipfile.ZipFile(template) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
            for item in source.infolist():
                data = document_xml if item.filename == "word/document.xml" else source.read(item)
                target.writestr(copy.copy(item), data, compress_type=zipfile.ZIP_DEFLATED)
            for member, data in (extra or {}).items():
                target.writestr(member, data, compress_type=zipfile.ZIP_DEFLATED)
        return path

    return build


@pytest.fixture
def readers_body_xml():
    """A minimal word/document.xml around the given body XML."""

    def build(body: str) -> bytes:
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>').encode()

    return build


@pytest.fixture
def readers_layout_pdf(tmp_path: Path) -> Path:
    """Three pages with a running header, "Page N of 3" footers, a hyphenated line end,
    a paragraph running over a page break, typed headings and an indented paragraph."""
    path = tmp_path / "layout.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    pages = [
        [("ARTICLE 1 - DEFINITIONS", 0), None,
         ("In this agreement the following words have the meanings below and", 0),
         ("apply to every schedule of the agreement.", 0), None,
         ("The supplier may terminate this agreement for convenience on", 0),
         ("ninety days notice, and the termi-", 0),
         ("nation takes effect at the end of a month. The co-branding", 0),
         ("programme ends at the same time.", 0), None,
         ("ARTICLE 2 - TERM", 0), None,
         ("This agreement starts on the signature date and remains in force", 0)],
        [("for an initial period of three years from that date.", 0), None,
         ("ARTICLE 3 - PRICE", 0), None,
         ("The price is fixed for the first year of the agreement.", 0),
         ("It is then revised every year on the anniversary date of", 0),
         ("the agreement according to the index in the schedule.", 0)],
        [("ARTICLE 4 - LIABILITY", 0), None,
         ("Each party is liable for the direct damage it causes to the", 0),
         ("other party.", 0),
         ("The total liability of a party is capped at the fees paid", 24),
         ("during the twelve months before the claim.", 0)],
    ]
    for number, lines in enumerate(pages, start=1):
        pdf.setFont("Helvetica", 9)
        pdf.drawString(72, height - 40, "ACME SUPPLY AGREEMENT - CONFIDENTIAL")
        pdf.drawString(width / 2 - 30, 30, f"Page {number} of {len(pages)}")
        pdf.setFont("Helvetica", 11)
        y = height - 90
        for entry in lines:
            if entry is None:
                y -= 10  # the space between paragraphs
                continue
            text, indent = entry
            pdf.drawString(72 + indent, y, text)
            y -= 14
        pdf.showPage()
    pdf.save()
    return path


@pytest.fixture
def run(capsys, monkeypatch, tmp_path):
    """Run ``clausekit ARGS`` in-process from tmp_path; returns (exit code, stdout, stderr)."""
    monkeypatch.chdir(tmp_path)

    def invoke(*args: str) -> tuple[int, str, str]:
        with pytest.raises(SystemExit) as exit_:
            main(list(args))
        captured = capsys.readouterr()
        return exit_.value.code, captured.out, captured.err

    return invoke
