"""Proofreading through `clausekit lint` and `clausekit rules`: reports, exit code, rule listing."""

from __future__ import annotations

import json

from click.testing import CliRunner

from clausekit.cli import cli
from clausekit.review.rules import load_rules
from test_proofread_examples import write_contract

CONTRACT = ["1. Term", "This Agreement lasts thirty (60) days from the [●] and is subject to clause 7.",
            "2. Price", "The price is fixed.", "3. Notices", "Notices are sent by post."]


def run(*args):
    return CliRunner().invoke(cli, list(map(str, args)), standalone_mode=False, catch_exceptions=False)


def test_lint_reports_proofreading_findings_and_fails_on_their_errors(tmp_path):
    path = write_contract(tmp_path, CONTRACT, "txt", "en")
    result = run("lint", "--format", "json", "--lang", "en", path)
    findings = [f for f in json.loads(result.output)["documents"][0]["findings"] if f["item"] == "proofreading"]
    assert {f["rule"]: f["location"]["line"] for f in findings} == {
        "proofreading.placeholder": 3, "proofreading.broken-reference": 3, "proofreading.figure-mismatch": 3}
    assert result.return_value == 1  # a placeholder and a broken reference are errors
    assert run("lint", "--format", "json", "--lang", "en", "--fail-on", "never", path).return_value == 0


def test_the_text_report_has_a_proofreading_section(tmp_path):
    path = write_contract(tmp_path, CONTRACT, "txt", "en")
    report = run("lint", "--lang", "en", "--report-lang", "fr", path).output
    section = report[report.index("relecture: 3 constat(s)"):]
    assert "✗ proofreading.placeholder: Champ à compléter laissé dans le texte : « [●] ». [article 1, ligne 3]" in section
    assert "« This Agreement lasts thirty (60) days" in section


def test_rules_lists_the_proofreading_rules():
    listed = run("rules").output
    for rule in load_rules().proofreading.values():
        assert rule.id in listed
    assert load_rules().rule("proofreading.broken-reference").severity == "error"
    assert load_rules().item_title("proofreading", "fr") == "Relecture"
