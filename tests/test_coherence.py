"""Coherence constraints: answers valid one by one that contradict each other.

Every constraint of the library and the manifests is proved by a failing and a passing
answers file (tests/data/coherence/cases.yaml), and all the problems of one run are
reported at once, before anything is written.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from clausekit.cli import main
from clausekit.drafting.answers import read_answers
from clausekit.drafting.coherence import build_constraints
from clausekit.drafting.generator import build_draft, example_answers, load_template
from clausekit.drafting.library import default_library, load_library
from clausekit.drafting.manifest import template_ids
from clausekit.errors import AnswersError
from clausekit.resources import data_dir

CASES = yaml.safe_load((Path(__file__).parent / "data" / "coherence" / "cases.yaml").read_text(encoding="utf-8"))
TEMPLATES = template_ids(data_dir("templates"))


def _all_constraint_ids() -> set[str]:
    ids = {c.id for clause in load_library(*default_library()).values() for c in clause.constraints}
    return ids | {c.id for t in TEMPLATES for c in load_template(t).manifest.constraints}


def _answers_file(tmp_path: Path, case: dict, kind: str) -> Path:
    template = load_template(case["template"])
    path = tmp_path / f"{kind}.yaml"
    path.write_text(yaml.safe_dump({**example_answers(template), **case[kind]}, allow_unicode=True), encoding="utf-8")
    return path


def _problems(case: dict, path: Path, lang: str = "en") -> list[str]:
    template = load_template(case["template"])
    try:
        build_draft(template, read_answers(path), lang, case.get("position", "preferred"), source=path)
    except AnswersError as error:
        return error.problems
    return []


def test_every_constraint_has_a_case_and_every_case_a_constraint():
    assert set(CASES) == _all_constraint_ids()


def test_every_constraint_applies_to_a_bundled_template():
    applied = {c.id for t in TEMPLATES for c in load_template(t).constraints}
    assert _all_constraint_ids() <= applied


@pytest.mark.parametrize("constraint_id", sorted(CASES))
def test_the_failing_answers_file_is_refused_with_the_rule(tmp_path, constraint_id):
    case = CASES[constraint_id]
    for lang in ("en", "fr"):
        problems = _problems(case, _answers_file(tmp_path, case, "fail"), lang)
        assert any(f"(rule: {constraint_id}: " in p for p in problems), (lang, problems)


@pytest.mark.parametrize("constraint_id", sorted(CASES))
def test_the_passing_answers_file_generates(tmp_path, constraint_id):
    case = CASES[constraint_id]
    assert _problems(case, _answers_file(tmp_path, case, "pass")) == []


def test_every_bundled_example_is_coherent_in_both_positions():
    for template_id in TEMPLATES:
        template = load_template(template_id)
        for position in ("preferred", "fallback"):
            build_draft(template, example_answers(template), "fr", position)


def test_the_message_names_the_answers_in_the_draft_language(tmp_path):
    case = CASES["term.counterparty_notice_within_renewal"]
    (problem,) = _problems(case, _answers_file(tmp_path, case, "fail"), "fr")
    assert problem == (
        "term_counterparty_notice / term_renewal_period: le préavis de dénonciation de la seconde partie "
        "(douze (12) mois) doit être plus court qu'une période de reconduction (un (1) an) "
        "(rule: term.counterparty_notice_within_renewal: term_counterparty_notice < term_renewal_period)")


def test_cli_reports_every_incoherence_with_the_other_problems_and_writes_nothing(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    template = load_template("supplier_spot")
    answers = {**example_answers(template), "term_counterparty_notice": "6 months", "improvement_frequency": "annual",
               "effective_date": "tomorrow"}
    (tmp_path / "deal.yaml").write_text(yaml.safe_dump(answers, allow_unicode=True), encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["generate", "supplier_spot", "--answers", "deal.yaml", "--lang", "en", "-o", "out.docx", "--no-input"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2
    rules = [line for line in err.splitlines() if line.startswith("  - ")]
    assert any("is not a date" in line for line in rules)
    for constraint_id in ("term.counterparty_notice_within_term", "term.counterparty_notice_within_renewal",
                          "continuous_improvement.improvement_cycle_within_term"):
        assert any(f"(rule: {constraint_id}: " in line for line in rules), err
    assert not (tmp_path / "out.docx").exists()


@pytest.mark.parametrize("raw, message", [
    ("not a list", "constraints must be a list"),
    ([{"id": "x", "check": ["a", "<"], "message": {"en": "m", "fr": "m"}}], "check must be [left, operator, right]"),
    ([{"id": "x", "check": ["a", "<", "soon"], "message": {"en": "m", "fr": "m"}}], "neither a variable"),
    ([{"id": "x", "check": ["a", "<", "b"], "message": {"en": "m"}}], "message needs a text for each language"),
    ([{"id": "x", "check": ["a", "<", "b"]}], "must be a mapping with id, check, message"),
])
def test_a_malformed_constraint_is_reported(raw, message):
    problems: list[str] = []
    build_constraints(raw, None, "t", {"a"}, problems)
    assert any(message in p for p in problems), problems


def test_every_name_a_library_constraint_reads_is_declared_by_some_clause():
    """A clause's constraint on a variable the template lacks does not apply; a typo must not hide that way."""
    library = load_library(*default_library())
    declared = {name for clause in library.values() for name in clause.variables}
    used = {(clause.id, name) for clause in library.values() for c in clause.constraints for name in c.names()}
    assert sorted(pair for pair in used if pair[1] not in declared) == []
