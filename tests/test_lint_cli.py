"""`clausekit lint` end to end: statuses, reports, exit codes, on our own test contracts."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from clausekit.cli import cli

CONTRACTS = Path(__file__).parent / "data" / "contracts"


def run(*args):
    result = CliRunner().invoke(cli, list(args), standalone_mode=False, catch_exceptions=False)
    return result


def lint_json(*paths, **options):
    args = ["lint", "--format", "json", *map(str, paths)]
    for key, value in options.items():
        args += [f"--{key.replace('_', '-')}", value]
    result = run(*args)
    return json.loads(result.output), result.return_value


def statuses(report):
    return {item["id"]: item["status"] for item in report["items"]}


def test_strong_english_partnership_contract():
    data, code = lint_json(CONTRACTS / "partnership_strong.en.txt")
    document = data["documents"][0]
    assert document["language"] == "en"
    assert document["profile"] == "partnership"
    found = statuses(document)
    for item in ("pilot", "governance", "alignment", "non_cannibalisation", "exit", "term"):
        assert found[item] == "strong", (item, [f for f in document["findings"] if f["item"] == item])
    assert found["governing_law"] != "missing"
    assert code == 0


def test_weak_french_supplier_contract_names_each_defect():
    data, code = lint_json(CONTRACTS / "supplier_weak.fr.txt")
    document = data["documents"][0]
    assert (document["language"], document["profile"]) == ("fr", "supplier")
    found = statuses(document)
    assert found["continuous_improvement"] == "weak"
    assert found["sla_bonus_malus"] == "weak"
    assert found["data"] == "strong"
    assert found["term"] == "weak"
    rules = {f["rule"] for f in document["findings"]}
    assert "sla_bonus_malus.bonus" in rules  # "Aucun bonus ne sera dû": a negated bonus is no bonus
    assert "term.renewal" in rules  # tacit renewal without a notice window
    assert "continuous_improvement.commitment" in rules  # "pourra proposer" is not a commitment
    weak_sla = next(i for i in document["items"] if i["id"] == "sla_bonus_malus")
    assert weak_sla["evidence"][0]["location"]["line"] > 1
    assert code == 0  # weak is a warning; the default --fail-on is error


def test_json_report_follows_the_fixed_interface():
    data, _ = lint_json(CONTRACTS / "supplier_weak.fr.txt", profile="all")
    document = data["documents"][0]
    assert document["path"] == str(CONTRACTS / "supplier_weak.fr.txt")
    ids = [item["id"] for item in document["items"]]
    from clausekit.checklist import load_checklist
    assert set(ids) == set(load_checklist().items)  # --profile all: every item of both profiles
    for item in document["items"]:
        assert item["status"] in ("strong", "weak", "missing")
        assert isinstance(item["evidence"], list)
    for finding in document["findings"]:
        assert {"rule", "item", "severity", "message"} <= set(finding)


def test_missing_checklist_clause_fails_the_run():
    data, code = lint_json(CONTRACTS / "supplier_weak.fr.txt", profile="partnership")
    assert statuses(data["documents"][0])["pilot"] == "missing"
    assert code == 1
    _, code = lint_json(CONTRACTS / "supplier_weak.fr.txt", profile="partnership", fail_on="never")
    assert code == 0


def test_fail_on_warning_counts_weak_clauses():
    _, code = lint_json(CONTRACTS / "supplier_weak.fr.txt", fail_on="warning")
    assert code == 1


def test_text_report_gives_the_verdict_first_in_the_report_language():
    result = run("lint", str(CONTRACTS / "supplier_weak.fr.txt"), "--report-lang", "en")
    first = result.output.splitlines()[0]
    assert "missing" in first and "weak" in first and "strong" in first
    assert "sla_bonus_malus.bonus" in result.output
    french = run("lint", str(CONTRACTS / "supplier_weak.fr.txt"))
    assert "faible" in french.output.splitlines()[0]


def test_output_file_is_not_overwritten_without_force(tmp_path):
    out = tmp_path / "report.json"
    out.write_text("keep me")
    proc = subprocess.run([sys.executable, "-m", "clausekit", "lint", str(CONTRACTS / "supplier_weak.fr.txt"),
                           "--format", "json", "-o", str(out)], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "already exists" in proc.stderr and "Traceback" not in proc.stderr
    assert out.read_text() == "keep me"
    proc = subprocess.run([sys.executable, "-m", "clausekit", "lint", str(CONTRACTS / "supplier_weak.fr.txt"),
                           "--format", "json", "-o", str(out), "--force"], capture_output=True, text=True)
    assert proc.returncode == 0
    assert json.loads(out.read_text())["documents"][0]["language"] == "fr"


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "empty file"),
    ("contract.xyz", b"hello", "unsupported file type"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    proc = subprocess.run([sys.executable, "-m", "clausekit", "lint", str(path)], capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and str(path) in lines[0]


def test_rules_command_lists_and_explains():
    listing = run("rules", "--item", "pilot").output
    assert "pilot.duration-range" in listing and "pilot.kpi" in listing
    explained = run("rules", "explain", "pilot.exit").output
    assert "penalty" in explained and "clausekit clause show pilot" in explained
    proc = subprocess.run([sys.executable, "-m", "clausekit", "rules", "explain", "pilot.nope"],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and "unknown rule" in proc.stderr


def test_rules_of_the_proofreading_checks_are_listed_and_explained():
    listing = run("rules", "--item", "proofreading").output
    assert "proofreading.placeholder" in listing
    explained = run("rules", "--lang", "fr", "explain", "proofreading.placeholder").output
    assert "Relecture" in explained


def test_unknown_item_is_a_clear_error():
    proc = subprocess.run([sys.executable, "-m", "clausekit", "rules", "--item", "nope"], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "unknown checklist item 'nope'" in proc.stderr and "Traceback" not in proc.stderr
