"""Points 9 to 12 of issue 19: answers, waivers, baselines and rule folders are input too."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import copy_text

EXAMPLE = Path(__file__).resolve().parents[2] / "templates" / "examples" / "affiliation.yaml"


def alias_bomb(levels: int, key: str = "party_a_name") -> str:
    lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, levels + 1):
        lines.append(f"l{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * 10) + "]")
    return "\n".join(lines) + f"\n{key}: *l{levels}\n"


def generate(cli, tmp_path: Path, answers: str):
    path = tmp_path / "answers.yaml"
    path.write_text(answers, encoding="utf-8")
    return cli("generate", "affiliation", "--lang", "en", "--no-input", "--answers", path,
               "-o", tmp_path / "draft.docx"), path


def assert_refused(run, tmp_path: Path, *names: str) -> None:
    assert run.code == 2
    assert "Traceback" not in run.err
    head = run.error_lines()
    assert len(head) == 1 and all(name in run.err for name in names), run.err[-2000:]
    assert not (tmp_path / "draft.docx").exists()


# ---------------------------------------------------------------- 9. alias bombs, bounded messages

def test_alias_bomb_in_answers_is_short(cli, tmp_path):
    run, _ = generate(cli, tmp_path, alias_bomb(7))  # 10**8 strings once expanded
    assert_refused(run, tmp_path, "answers.yaml", "party_a_name")
    # the missing facts are listed one per line (the drafts invent none); no line quotes the expanded value
    assert len(run.err) < 20_000 and max(len(line) for line in run.err.splitlines()) < 500


def test_alias_bomb_in_a_library_clause_is_short(cli, tmp_path):
    library = tmp_path / "library"
    library.mkdir()
    (library / "bomb.yaml").write_text(alias_bomb(7, "title"), encoding="utf-8")
    run = cli("clauses", "--library", library)
    assert run.code == 2 and "Traceback" not in run.err and len(run.err) < 2000
    assert "bomb.yaml" in run.err


def test_a_long_value_is_quoted_bounded(cli, tmp_path):
    run, _ = generate(cli, tmp_path, EXAMPLE.read_text(encoding="utf-8") + f"\naffiliation_commission_rate: "
                                                                          f"'{'9x' * 50000}'\n")
    assert run.code == 2 and len(run.err) < 3000 and "affiliation_commission_rate" in run.err


# ---------------------------------------------------------------- 10. impossible dates, huge numbers, deep nests

def test_impossible_date_in_answers(cli, tmp_path):
    run, _ = generate(cli, tmp_path, "effective_date: 2027-02-30\n")
    assert_refused(run, tmp_path, "answers.yaml", "effective_date", "2027-02-30")


def test_5000_digit_duration(cli, tmp_path):
    run, _ = generate(cli, tmp_path, EXAMPLE.read_text(encoding="utf-8").replace(
        "pilot_duration: 3 months", f"pilot_duration: {'9' * 5000} months"))
    assert run.code == 2 and "Traceback" not in run.err and "pilot_duration" in run.err and len(run.err) < 3000


def test_5000_digit_number_in_yaml(cli, tmp_path):
    run, _ = generate(cli, tmp_path, f"affiliation_commission_rate: {'9' * 5000}\n")
    assert_refused(run, tmp_path, "answers.yaml", "affiliation_commission_rate")


def test_impossible_expiry_in_waivers(cli, tmp_path):
    contract = copy_text(tmp_path / "c.txt")
    waivers = tmp_path / "waivers.yaml"
    waivers.write_text("waivers:\n  - path: '*'\n    rule: pilot.missing\n    reason: known\n"
                       "    expires: 2027-02-30\n", encoding="utf-8")
    line = cli("lint", contract, "--waivers", waivers).assert_one_error("waivers.yaml", "expires", "2027-02-30")
    assert "line 5" in line


def test_baseline_of_100000_brackets(cli, tmp_path):
    contract = copy_text(tmp_path / "c.txt")
    baseline = tmp_path / "baseline.json"
    baseline.write_text("[" * 100_000, encoding="utf-8")
    cli("lint", contract, "--baseline", baseline).assert_one_error("baseline.json")


# ---------------------------------------------------------------- 11. duplicate keys

def test_duplicate_key_in_answers_names_both_lines(cli, tmp_path):
    run, _ = generate(cli, tmp_path, "party_a_name: Alpha SAS\nplace_of_signature: Paris\nparty_a_name: Beta SAS\n")
    line = run.error_lines()[0]
    assert_refused(run, tmp_path, "answers.yaml")
    assert "duplicate key 'party_a_name' on lines 1 and 3" in line


# ---------------------------------------------------------------- 12. user rule folders

def _project(tmp_path: Path, rule_file: str) -> Path:
    (tmp_path / "playbook").mkdir()
    (tmp_path / "playbook" / "pilot.yaml").write_text(rule_file, encoding="utf-8")
    (tmp_path / "clausekit.toml").write_text('rule-dirs = ["playbook"]\n', encoding="utf-8")
    copy_text(tmp_path / "contract.txt")
    return tmp_path


@pytest.mark.parametrize("content", ["", "item: [pilot]\n", "item: pilot\nlocate: [1, 2]\n"])
def test_bad_user_rule_file_names_the_rule_file(cli, tmp_path, content):
    project = _project(tmp_path, content)
    line = cli("lint", "contract.txt", cwd=project).assert_one_error("pilot.yaml")
    assert "contract.txt" not in line


def test_named_group_in_a_user_pattern_keeps_working(cli, tmp_path):
    import json
    import re

    bundled = (Path(__file__).resolve().parents[2] / "items" / "pilot" / "rules.yaml").read_text(encoding="utf-8")
    custom, replaced = re.subn(r"(?m)^(  headings:\n    en: ).*$", r"\1['(?P<Phase>Trial Phase)']", bundled)
    assert replaced == 1
    project = _project(tmp_path, custom)
    run = cli("lint", "contract.txt", "--format", "json", "--fail-on", "never", cwd=project)
    assert run.code == 0, run.err
    pilot = next(i for i in json.loads(run.out)["documents"][0]["items"] if i["id"] == "pilot")
    assert pilot["status"] == "strong"


def test_a_catastrophic_user_pattern_is_refused_when_the_rules_load(cli, tmp_path):
    """Point 15: '(?:\\s*\\w+)*' before a character the sentence lacks would backtrack for minutes."""
    import re

    bundled = (Path(__file__).resolve().parents[2] / "items" / "pilot" / "rules.yaml").read_text(encoding="utf-8")
    custom, replaced = re.subn(r"(?m)^(  headings:\n    en: ).*$", r"\1['\\bpilot\\b(?:\\s*\\w+)*[!?]']", bundled)
    assert replaced == 1
    project = _project(tmp_path, custom)
    (project / "contract.txt").write_text("Pilot " + "phase of the agreement " * 2000 + "\n", encoding="utf-8")
    line = cli("lint", "contract.txt", cwd=project).assert_one_error("pilot.yaml")
    assert "can take exponential time" in line and "(?>...)" in line

    bounded, _ = re.subn(r"(?m)^(  headings:\n    en: ).*$", r"\1['\\bpilot\\b(?:\\s*\\w+){0,8}[!?]']", bundled)
    (tmp_path / "bounded").mkdir()
    run = cli("lint", "contract.txt", "--fail-on", "never", cwd=_project(tmp_path / "bounded", bounded))
    assert run.code == 0, run.err
