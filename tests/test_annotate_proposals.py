"""The pieces behind --annotate: which w:p a report's paragraph is, and how a library clause is proposed."""

from __future__ import annotations

import re

import pytest
from jinja2 import meta

from clausekit.drafting.labels import labels as variable_labels
from clausekit.annotate.proposals import library, pieces, plain, proposals_for
from clausekit.annotate.source import open_word
from clausekit.checklist import load_checklist
from clausekit.document import Location
from clausekit.drafting.render import sandbox_environment
from clausekit.review.read import read_document
from clausekit.results import DocumentReport, Evidence, ItemResult

CHECKLIST = load_checklist()
CHECKLIST_CLAUSES = [c for c in library().values() if c.item and CHECKLIST.item(c.item).kind == "checklist"]
W_T = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"


def test_each_paragraph_of_the_report_maps_to_its_w_p(readers_contract_docx):
    """Tables, a tracked change, a comment, a bullet, empty and navigation paragraphs: same count, same text."""
    expected = read_document(readers_contract_docx).paragraphs
    source = open_word(readers_contract_docx, str(readers_contract_docx))
    assert [p.text for p in source.document.paragraphs] == [p.text for p in expected]
    for paragraph in expected:
        element_text = "".join(t.text or "" for t in source.element(paragraph.index).iter(W_T))
        assert paragraph.text.split()[0] in element_text


@pytest.mark.parametrize("clause", CHECKLIST_CLAUSES, ids=lambda c: c.id)
def test_every_variable_of_a_checklist_clause_has_a_label_in_both_languages(clause):
    labels = variable_labels()
    for lang in ("en", "fr"):
        for paragraph in clause.paragraphs("preferred", lang):
            for source in (paragraph.text, *paragraph.items):
                names = meta.find_undeclared_variables(sandbox_environment().parse(source)) - {"ref", "term", "included", "french_law", "english_law"}
                for name in names:
                    assert name in labels and labels[name].get("en") and labels[name].get("fr"), name


def _report(lang: str, statuses: dict[str, str], numbers: dict[str, str]) -> DocumentReport:
    items = []
    for item in CHECKLIST.items_for("all"):
        status = statuses.get(item.id, "strong")
        evidence = [] if status == "missing" else [
            Evidence("…", Location(paragraph=1, clause=numbers.get(item.id)))]
        items.append(ItemResult(item.id, item.kind, item.title[lang], status, evidence))
    return DocumentReport(path="contract.docx", language=lang, profile="all", report_language=lang, words=100,
                          items=items, findings=[])


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_checklist_clause_is_proposed_without_template_leftovers(lang):
    missing = {clause.item: "missing" for clause in CHECKLIST_CLAUSES}
    proposals = proposals_for(_report(lang, missing, {}))
    assert {p.item for p in proposals} == set(missing)
    for proposal in proposals:
        assert proposal.paragraphs[0].kind == "heading"
        for paragraph in proposal.paragraphs:
            text = plain(paragraph.text)
            assert not re.search(r"\{\{|\{%|%\}|\}\}|\ue000", text), (proposal.item, text)
            assert not re.search(r"\[[a-z]+_[a-z_]+\]", text), (proposal.item, text)  # a variable without a label
            if lang == "fr":  # French typography: no ordinary space before : ; ? !
                assert not re.search(r" [:;?!]", text), (proposal.item, text)
        shown = [piece for p in proposal.paragraphs for piece, is_placeholder in pieces(p.text) if is_placeholder]
        assert shown and {label for label, _ in proposal.fill_in} <= set(shown)


def test_references_use_the_documents_own_clause_numbers_else_a_placeholder():
    report = _report("en", {"pilot": "missing", "term": "missing"}, {"governance": "9"})
    pilot = next(p for p in proposals_for(report) if p.item == "pilot")
    text = " ".join(plain(p.text) for p in pilot.paragraphs)
    assert "set up under clause 9" in text  # the document's governance clause
    assert "in accordance with clause [no. of “Term and Renewal”]" in text  # missing here: to fill in
    assert "[pilot duration]" in text and "[effective date]" in text
    assert dict(pilot.fill_in)["[pilot duration]"] == "Fixed length of the pilot phase (3 to 6 months)."


def test_a_condition_on_a_variable_takes_the_library_default():
    term = next(p for p in proposals_for(_report("fr", {"term": "missing"}, {})) if p.item == "term")
    text = " ".join(plain(p.text) for p in term.paragraphs)
    assert "[durée initiale]" in text  # term_type defaults to "fixed"
    assert "[période initiale ferme]" not in text
