"""A position per clause (answers `positions: {pilot: fallback}`) over the draft's --position."""

from __future__ import annotations

import pytest

from clausekit.drafting.generator import build_draft, example_answers, load_template
from clausekit.drafting.library import default_library, load_library
from clausekit.errors import AnswersError


def clause_text(draft, clause_id: str) -> str:
    return "\n".join(block.text for block in draft.blocks if block.clause == clause_id)


def test_one_clause_takes_its_own_position_and_the_others_keep_the_drafts():
    template = load_template("affiliation")
    answers = example_answers(template)
    preferred = build_draft(template, answers, "en", "preferred")
    fallback = build_draft(template, answers, "en", "fallback")
    mixed = build_draft(template, {**answers, "positions": {"pilot": "fallback"}}, "en", "preferred")
    assert clause_text(mixed, "pilot") == clause_text(fallback, "pilot") != clause_text(preferred, "pilot")
    assert clause_text(mixed, "governance") == clause_text(preferred, "governance")


def test_a_clause_that_follows_another_takes_its_position():
    library = load_library(*default_library())
    assert {c.id: c.follows for c in library.values() if c.follows} == {"termination": "term", "exit": "term"}
    assert all(c.follows in library for c in library.values() if c.follows)
    template = load_template("supplier_long_term")
    answers = example_answers(template)
    mixed = build_draft(template, {**answers, "positions": {"term": "fallback"}}, "en", "preferred")
    fallback = build_draft(template, answers, "en", "fallback")
    assert clause_text(mixed, "termination") == clause_text(fallback, "termination")
    assert "in the case of Fonderie Lambert" not in clause_text(mixed, "termination")


def test_the_coherence_of_a_clause_follows_its_own_position():
    template = load_template("supplier_framework")
    answers = {**example_answers(template), "term_notice": "6 months", "term_counterparty_notice": "3 months"}
    with pytest.raises(AnswersError, match="term.counterparty_notice_not_shorter"):
        build_draft(template, answers, "en", "preferred")
    build_draft(template, {**answers, "positions": {"term": "fallback"}}, "en", "preferred")


def test_wrong_positions_are_reported_with_the_other_problems():
    template = load_template("supplier_spot")
    answers = {**example_answers(template), "positions": {"pilot": "fallback", "term": "strongest"},
               "effective_date": "tomorrow"}
    with pytest.raises(AnswersError) as error:
        build_draft(template, answers, "fr")
    problems = error.value.problems
    assert any(p.startswith("positions.pilot: no clause pilot in template supplier_spot") for p in problems)
    assert "positions.term: 'strongest' is not a position of clause term (valid: preferred, fallback)" in problems
    assert any(p.startswith('effective_date: "tomorrow" is not a date') for p in problems)
    with pytest.raises(AnswersError, match="positions: must map clause ids"):
        build_draft(template, {**example_answers(template), "positions": ["pilot"]}, "fr")


def test_a_draft_with_mixed_positions_lints_strong(tmp_path):
    from clausekit.checklist import load_checklist
    from clausekit.drafting.docx_writer import docx_bytes
    from clausekit.review.lint import lint_path

    template = load_template("co_branding")
    answers = {**example_answers(template), "positions": {"pilot": "fallback", "governance": "fallback",
                                                         "term": "fallback"}}
    path = tmp_path / "mixed.docx"
    path.write_bytes(docx_bytes(build_draft(template, answers, "fr", "preferred")))
    statuses = {item.id: item.status for item in lint_path(path, profile="partnership").items}
    checklist = [i.id for i in load_checklist().items_for("partnership") if i.kind == "checklist"]
    assert {item: statuses[item] for item in checklist} == {item: "strong" for item in checklist}
