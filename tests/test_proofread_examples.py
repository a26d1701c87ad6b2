"""Every proofreading rule's own examples, written as a text file, a Word file and a PDF.

A fail example must raise its rule with a location the format knows (the line of a text
file, the paragraph of a Word file, the page of a PDF) and a quote; a pass example must not
raise it. French and English. The writers here are shared by the other proofreading tests.
"""

from __future__ import annotations

import os
from pathlib import Path

import docx
import pytest
import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from clausekit.checklist import LANGUAGES
from clausekit.review.proofread import checks, proofread
from clausekit.review.read import read_document
from clausekit.review.rules import load_rules

FORMATS = ("txt", "docx", "pdf")
RULES = list(load_rules().proofreading.values())
FONT = "Vera"  # ships with reportlab; unlike the standard PDF fonts it has « », ’ and €
pdfmetrics.registerFont(TTFont(FONT, os.path.join(os.path.dirname(reportlab.__file__), "fonts", "Vera.ttf")))


def write_text(path: Path, paragraphs: list[str]) -> Path:
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def write_docx(path: Path, paragraphs: list[str]) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(path)
    return path


def write_pdf(path: Path, paragraphs: list[str], lines_per_page: int = 40) -> Path:
    """As a word processor lays it out: wrapped lines, a first-line indent, a gap between
    paragraphs, a new page when one is full."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    pdf.setFont(FONT, 11)
    y, lines = height - 72, 0
    for text in paragraphs:
        for number, line in enumerate(simpleSplit(text, FONT, 11, width - 168)):
            if lines >= lines_per_page:
                pdf.showPage()
                pdf.setFont(FONT, 11)
                y, lines = height - 72, 0
            pdf.drawString(96 if number == 0 else 72, y, line)
            y -= 14
            lines += 1
        y -= 12
    pdf.save()
    return path


WRITERS = {"txt": write_text, "docx": write_docx, "pdf": write_pdf}
# A PDF has no paragraphs: the reader tells them by a line spacing wider than usual, so a PDF
# needs one paragraph of several lines to show the usual spacing. It closes the document.
CLOSING = {
    "en": "Each party signs this document in two originals, keeps one of them and sends the other one to "
          "the other party by registered post on the same day, with a copy by email.",
    "fr": "Chaque partie signe le présent document en deux exemplaires originaux, en conserve un et adresse "
          "l'autre à l'autre partie par lettre recommandée le même jour, avec une copie par courriel.",
}


def write_contract(tmp_path: Path, paragraphs: list[str], fmt: str, lang: str, name: str = "contract") -> Path:
    if fmt == "pdf":
        paragraphs = [*paragraphs, CLOSING[lang]]
    return WRITERS[fmt](tmp_path / f"{name}.{fmt}", paragraphs)


def proofread_file(path: Path, lang: str):
    return proofread(read_document(path), lang, lang)


def assert_rules_complete(rules, registered, item: str) -> None:
    """No check without rules, no rule without a check; every rule of ``item`` with its examples."""
    assert {rule.check for rule in rules} == set(registered)
    for rule in rules:
        assert rule.id.startswith(f"{item}.") and rule.item == item
        for outcome in ("pass", "fail"):
            assert set(rule.examples[outcome]) == set(LANGUAGES), (rule.id, outcome)


def example_cases(rules) -> list:
    """One test case per rule, outcome, language and format."""
    return [pytest.param(rule, outcome, lang, fmt, id=f"{rule.id}-{outcome}-{lang}-{fmt}")
            for rule in rules for outcome in ("fail", "pass") for lang in LANGUAGES for fmt in FORMATS]


def test_every_rule_has_examples_and_a_check():
    assert_rules_complete(RULES, checks(), "proofreading")


CASES = example_cases(RULES)


@pytest.mark.parametrize(("rule", "outcome", "lang", "fmt"), CASES)
def test_rule_example(tmp_path, rule, outcome, lang, fmt):
    path = write_contract(tmp_path, rule.examples[outcome][lang], fmt, lang)
    raised = [f for f in proofread_file(path, lang) if f.rule == rule.id]
    if outcome == "pass":
        assert not raised, [(f.message, f.quote) for f in raised]
        return
    assert raised, f"{rule.id} not raised on {fmt}"
    for found in raised:
        assert found.severity == rule.severity and found.item == "proofreading"
        assert found.quote
        where = found.location.as_dict()
        expected = {"txt": "line", "docx": "paragraph", "pdf": "page"}[fmt]
        assert where.get(expected), (fmt, where)
