"""The Word review report written by ``--annotate`` for PDF and text input, which cannot be annotated in place.

The verdict, one table per kind of item (status and the quoted passages with where
they are), then, with ``--propose``, the library's wording for each weak checklist clause, and
the library clauses proposed for the missing checklist items, their placeholders and
proposed values highlighted as in an annotated copy.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

from ..results import DocumentReport
from ..review.rules import CONSISTENCY
from ..review.wording import item_findings, profile_title, related_sentences, where, words
from ..safe_text import visible
from .notes import proposal_lines, quoted, replacement_lines, summary_lines
from .proposals import Proposal, pieces, plain

STATUS_ORDER = ("missing", "weak", "strong")
STATUS_FILL = {"strong": "C8E6C9", "weak": "FFE082", "missing": "FFCDD2"}  # cell shading, as the HTML tiles
LANGUAGE_TAGS = {"en": "en-GB", "fr": "fr-FR"}
COLUMN_WIDTHS = (Cm(4), Cm(2.6), Cm(9.4))  # the evidence needs the room


def _shade(cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    properties.append(OxmlElement("w:shd", attrs={qn("w:val"): "clear", qn("w:color"): "auto", qn("w:fill"): fill}))


def _write_marked(paragraph, text: str) -> None:
    """Text whose [placeholders] are highlighted, as in a proposed clause of an annotated copy."""
    for piece, is_placeholder in pieces(text):
        run = paragraph.add_run(piece)
        if is_placeholder:
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _items_table(word, report: DocumentReport, kind: str) -> None:
    lang = report.report_language
    text = words(lang)
    items = sorted((i for i in report.items if i.kind == kind), key=lambda i: STATUS_ORDER.index(i.status))
    if not items:
        return
    word.add_heading(text["kinds"][kind], level=1)
    table = word.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    table.autofit = False
    for cell, title in zip(table.rows[0].cells, text["report"]["columns"]):
        cell.paragraphs[0].add_run(title).bold = True
    for item in items:
        cells = table.add_row().cells
        cells[0].text = item.title
        cells[1].text = f"{text['mark'][item.status]} {text['status'][item.status]}"
        _shade(cells[1], STATUS_FILL[item.status])
        evidence = cells[2].paragraphs[0]
        if not item.evidence:
            evidence.add_run(text["report"]["no_evidence"]).italic = True
            for finding in item_findings(report, item):  # where one would look for it
                for sentence in related_sentences(finding, lang):
                    evidence.add_run(f" {visible(sentence)}").italic = True
        for number, found in enumerate(item.evidence):
            paragraph = evidence if number == 0 else cells[2].add_paragraph()
            paragraph.add_run(quoted(found.text, lang))
            place = where(found.location, lang)
            if place:
                paragraph.add_run(f" ({place})").italic = True
        if item.status == "weak":
            shown = {found.text for found in item.evidence}
            for finding in item_findings(report, item):
                paragraph = cells[2].add_paragraph()
                paragraph.add_run(f"• {visible(finding.message)}").bold = True
                if finding.quote and finding.quote not in shown:  # a passage not quoted above
                    shown.add(finding.quote)
                    paragraph.add_run(f" {quoted(finding.quote, lang)}")
                    place = where(finding.location, lang)
                    if place:
                        paragraph.add_run(f" ({place})").italic = True
    for row in table.rows:
        for cell, width in zip(row.cells, COLUMN_WIDTHS):
            cell.width = width


def _proposals(word, report: DocumentReport, proposals: list[Proposal], replacements: bool = False) -> None:
    lang = report.report_language
    text = words(lang)["report"]
    word.add_heading(text["replacements" if replacements else "proposals"], level=1)
    word.add_paragraph(text["replacements_intro" if replacements else "proposals_intro"])
    for proposal in proposals:
        for paragraph in proposal.paragraphs:
            if paragraph.kind == "heading":
                word.add_heading(plain(paragraph.text), level=2)
            else:
                _write_marked(word.add_paragraph(style="List Bullet" if paragraph.kind == "item" else None),
                              paragraph.text)
        notes = word.add_paragraph()
        lines = (replacement_lines(proposal, lang, where(proposal.replaces, lang)) if proposal.replaces
                 else proposal_lines(proposal, lang))
        notes.add_run("\n".join(lines[1:])).italic = True


def _contradictions(word, report: DocumentReport) -> None:
    """Each contradiction with both passages quoted and placed: the review report has no text to comment."""
    lang = report.report_language
    found = [f for f in report.findings if f.item == CONSISTENCY]
    if not found:
        return
    word.add_heading(words(lang)["kinds"][CONSISTENCY], level=1)
    for finding in found:
        paragraph = word.add_paragraph(style="List Bullet")
        paragraph.add_run(visible(finding.message)).bold = True
        for passage, location in [(finding.quote, finding.location),
                                  *((r.text, r.location) for r in finding.related if r.role == "other")]:
            if passage:
                quoted_passage = word.add_paragraph()
                quoted_passage.add_run(quoted(passage, lang))
                place = where(location, lang)
                if place:
                    quoted_passage.add_run(f" ({place})").italic = True


def write_review_report(report: DocumentReport, proposals: list[Proposal], path: Path,
                        replacements: Sequence[Proposal] = ()) -> None:
    import docx

    lang = report.report_language
    text = words(lang)
    word = docx.Document()
    word.add_heading(text["report"]["title"], level=0)
    word.add_paragraph(text["report"]["file"].format(path=visible(report.path), language=report.language,
                                                     profile=profile_title(report.profile, lang), words=report.words))
    for number, line in enumerate(summary_lines(report, in_copy=False)):
        word.add_paragraph().add_run(line).bold = number == 0
    for kind in ("checklist", "hygiene"):
        _items_table(word, report, kind)
    _contradictions(word, report)
    if replacements:
        _proposals(word, report, list(replacements), replacements=True)
    if proposals:
        _proposals(word, report, proposals)
    properties = word.core_properties
    properties.title = f"{text['report']['title']}: {Path(report.path).name}"
    properties.author = text["author"]
    properties.language = LANGUAGE_TAGS.get(lang, lang)
    word.save(str(path))
