"""Answers: every problem reported at once, each naming the field, the value and the rule."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from clausekit.drafting.answers import answers_file_text, read_answers, resolve_answers
from clausekit.drafting.generator import load_template
from clausekit.drafting.values import Duration
from clausekit.errors import AnswersError, ClauseKitError

FIXTURES = Path(__file__).parent / "fixtures"
REQUIRED = {"party_a_name": "Martin & Fils SAS"}


@pytest.fixture(scope="module")
def mini():
    return load_template("mini", FIXTURES / "clauses", FIXTURES / "templates")


def test_defaults_and_template_overrides_fill_what_is_not_answered(mini):
    values = resolve_answers(mini, dict(REQUIRED))
    assert values["pilot_duration"] == Duration(5, "months")  # the template overrides the clause's 4 months
    assert values["effective_date"] == date(2027, 3, 1)
    assert values["exit_transition_staff"] == 3


def test_all_problems_are_reported_together(mini):
    answers = {
        "pilot_duration": "12 months",            # above the maximum
        "pilot_review_frequency": "monthly",      # not allowed
        "exit_transition_staff": "three",         # not an integer
        "pilot_fee": "900000 EUR",                # above the maximum amount
        "effective_date": "31 février 2027",      # no such day
        "pilot_duraton": "4 months",              # unknown (typo)
    }
    with pytest.raises(AnswersError) as error:
        resolve_answers(mini, answers, source="deal.yaml")
    problems = error.value.problems
    assert error.value.path == "deal.yaml"
    assert 'pilot_duration: "12 months" is above the maximum 6 months (rule: max 6 months)' in problems
    assert ('pilot_review_frequency: "monthly" is not allowed for this contract (rule: allowed semiannual, annual)'
            in problems)
    assert 'exit_transition_staff: "three" is not a whole number (rule: type integer)' in problems
    assert 'pilot_fee: "900000 EUR" is above the maximum 500000 EUR (rule: max 500000 EUR)' in problems
    assert any(p.startswith('effective_date: "31 février 2027" is not a date') for p in problems)
    assert "pilot_duraton: unknown variable for template mini (did you mean pilot_duration?)" in problems
    assert any(p.startswith("party_a_name: no value given and no default (rule: required)") for p in problems)
    assert len(problems) == 7


def test_a_switched_off_clause_needs_no_answers_but_a_wrong_one_is_still_reported(mini):
    values = resolve_answers(mini, {**REQUIRED, "include_pilot": False})
    assert values["include_pilot"] is False
    with pytest.raises(AnswersError, match="pilot_duration"):
        resolve_answers(mini, {**REQUIRED, "include_pilot": False, "pilot_duration": "2 years"})


def test_the_prompt_is_asked_for_missing_answers_only(mini):
    asked = []

    def prompt(spec):
        asked.append(spec.name)
        return {"party_a_name": "Asked SAS"}.get(spec.name, spec.default)

    values = resolve_answers(mini, {"pilot_duration": "3 months", "contract_title": "Accord"}, prompt=prompt)
    assert values["party_a_name"] == "Asked SAS"
    assert "pilot_duration" not in asked and "contract_title" not in asked
    assert {"party_a_name", "effective_date", "exit_transition_staff"} <= set(asked)


@pytest.mark.parametrize("content, message", [
    ("party_a_name: [unclosed\n", r"deal\.yaml: not valid YAML \(line 2, column 1\)"),
    ("- a list\n- not a mapping\n", r"deal\.yaml: an answers file must be a mapping of variable: value"),
    (b"\xff\xfe bad bytes", r"deal\.yaml: not UTF-8 text"),
])
def test_bad_answers_files_name_the_file(tmp_path, content, message):
    path = tmp_path / "deal.yaml"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(ClauseKitError, match=message):
        read_answers(path)


def test_a_missing_answers_file_is_a_clear_error(tmp_path):
    with pytest.raises(ClauseKitError, match=r"nothere\.yaml: no such file"):
        read_answers(tmp_path / "nothere.yaml")


def test_the_answers_file_template_lists_every_variable_and_reads_back(mini, tmp_path):
    text = answers_file_text(mini, "fr", {"party_a_name": "Martin & Fils SAS"})
    for name in mini.variables:
        assert f"{name}:" in text
    assert "# Durée de la phase pilote (3 à 6 mois). (duration, min 3 months, max 6 months)" in text
    assert "(used only when include_pilot is true)" in text
    path = tmp_path / "deal.yaml"
    path.write_text(text, encoding="utf-8")
    answers = read_answers(path)
    assert answers["pilot_duration"] == "5 months" and answers["party_a_name"] == "Martin & Fils SAS"
    assert "contract_title" not in answers  # optional without default: written commented out
    resolve_answers(mini, answers)  # generates as it is


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_bundled_template_has_an_answers_file_that_validates_as_written(tmp_path, lang):
    from clausekit.drafting.generator import example_answers
    from clausekit.drafting.manifest import template_ids
    from clausekit.resources import data_dir

    for template_id in template_ids(data_dir("templates")):
        template = load_template(template_id)
        path = tmp_path / f"{template_id}.yaml"
        path.write_text(answers_file_text(template, lang, example_answers(template)), encoding="utf-8")
        answers = read_answers(path)
        assert set(answers) <= set(template.variables)
        values = resolve_answers(template, answers, source=path)
        assert values["party_a_name"] == example_answers(template)["party_a_name"]
