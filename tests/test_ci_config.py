"""Configuration, waiver and baseline files: found where users put them, and every mistake
reported as one line naming the file, the key and what is allowed (exit code 2)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from clausekit.cli import main
from clausekit.review.ci.config import LintConfig, PathPatterns, find_config, load_config

CONTRACT = Path(__file__).parent / "data" / "contracts" / "partnership_strong.en.txt"


def run_main(*args) -> int:
    with pytest.raises(SystemExit) as exit_info:
        main(["lint", *map(str, args)])
    return exit_info.value.code


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """A project folder with one contract, as the working directory."""
    (tmp_path / "contracts").mkdir()
    shutil.copy(CONTRACT, tmp_path / "contracts" / "partnership.en.txt")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("pattern, matching, not_matching", [
    ("*.pdf", ["a.pdf", "deep/er/b.pdf"], ["a.pdfx", "pdf/a.txt"]),
    ("contracts/*.txt", ["contracts/a.txt"], ["contracts/x/a.txt", "other/contracts/a.txt"]),
    ("contracts/**/*.txt", ["contracts/a.txt", "contracts/x/y/a.txt"], ["contracts/a.md"]),
    ("drafts", ["drafts/a.md", "x/drafts/b/c.md"], ["drafts.md", "mydrafts/a.md"]),
    ("legacy/accord-201[0-9].*", ["legacy/accord-2019.fr.txt"], ["legacy/accord-2020.fr.txt"]),
    ("~$*", ["contracts/~$x.docx"], ["contracts/x~$.docx"]),
])
def test_globs(pattern, matching, not_matching):
    patterns = PathPatterns((pattern,))
    assert all(patterns.matches(path) for path in matching), matching
    assert not any(patterns.matches(path) for path in not_matching), not_matching


def test_configuration_is_found_upward_in_pyproject(project, monkeypatch):
    (project / "pyproject.toml").write_text('[tool.clausekit]\nfail-on = "warning"\n'
                                            '[[tool.clausekit.overrides]]\nfiles = ["*.en.*"]\nprofile = "supplier"\n',
                                            encoding="utf-8")
    monkeypatch.chdir(project / "contracts")
    config = load_config()
    assert config.source == project / "pyproject.toml" and config.root == project
    assert config.fail_on == "warning"
    assert config.settings_for("partnership.en.txt").profile == "supplier"  # globs are relative to the root


def test_pyproject_without_our_table_is_skipped_and_clausekit_toml_wins(project):
    (project / "pyproject.toml").write_text('[project]\nname = "contracts"\n', encoding="utf-8")
    nested = project / "contracts"
    assert find_config(nested) is None
    (nested / "clausekit.toml").write_text('fail-on = "never"\n', encoding="utf-8")
    assert find_config(nested) == nested / "clausekit.toml"


def test_configured_fail_on_decides_the_exit_code_and_the_option_wins(project):
    assert run_main("contracts") == 0
    (project / "clausekit.toml").write_text('fail-on = "info"\n', encoding="utf-8")
    assert run_main("contracts") == 1  # missing hygiene clauses are info findings
    assert run_main("contracts", "--fail-on", "error") == 0


@pytest.mark.parametrize("content, expected", [
    ('fail-on = "warn"\n', "fail-on: 'warn' is not one of info, warning, error, never"),
    ('colour = "red"\n', "unknown key colour; allowed: include, exclude,"),
    ('include = "contracts"\nexclude = [1]\n', "exclude: expected a list of non-empty strings"),
    ('[rules]\ndisable = ["pilot.kpis"]\n', "rules.disable: 'pilot.kpis' matches no rule"),
    ('[rules]\nignore = ["pilot.kpi"]\n', "unknown key rules.ignore; allowed: enable, disable, severity"),
    ('[rules.severity]\n"pilot.kpi" = "fatal"\n',
     "rules.severity.pilot.kpi: 'fatal' is not one of info, warning, error"),
    ('[[overrides]]\nfiles = ["*.fr.*"]\nprofile = "joint"\n',
     "overrides[1].profile: 'joint' is not one of partnership, supplier, all"),
    ('[[overrides]]\nlang = "fr"\n', "overrides[1].files: required"),
    ('rule-dirs = ["playbook"]\n', "rule-dirs: 'playbook' is not a folder"),
    ('waivers = "waivers.yaml"\n', "waivers: 'waivers.yaml' does not exist"),
    ('fail-on = "error\n', "invalid TOML"),
])
def test_bad_configuration_is_one_line_naming_file_and_key(project, capsys, content, expected):
    (project / "clausekit.toml").write_text(content, encoding="utf-8")
    assert run_main("contracts") == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = captured.err.strip().splitlines()
    assert line.startswith(f"clausekit: error: {project / 'clausekit.toml'}: ")
    assert expected in line


def test_bad_rule_file_in_an_extra_folder_is_named(project, capsys):
    (project / "playbook").mkdir()
    (project / "playbook" / "pilot.yaml").write_text("item: pilot\nrules: {}\n", encoding="utf-8")
    (project / "clausekit.toml").write_text('rule-dirs = ["playbook"]\n', encoding="utf-8")
    assert run_main("contracts") == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert str(project / "playbook" / "pilot.yaml") in line and "no detection for element" in line


@pytest.mark.parametrize("content, expected", [
    ("- path: a\n", "expected a top-level 'waivers:' list"),
    ("waivers:\n  - path: contracts/*\n    rule: pilot.missing\n    reason: ok\n",
     "waivers[1] (line 2): expires: required, a date written YYYY-MM-DD"),
    ("waivers:\n  - path: contracts/*\n    rule: pilot.missing\n    reason: ok\n    expires: next year\n",
     "waivers[1] (line 2): expires: required, a date"),
    ("waivers:\n  - path: contracts/*\n    rule: pilot.nope\n    reason: ok\n    expires: 2030-01-01\n",
     "waivers[1] (line 2): rule: 'pilot.nope' matches no rule"),
    ("waivers:\n  - path: contracts/*\n    rule: pilot.kpi\n    expires: 2030-01-01\n",
     "waivers[1] (line 2): reason: required"),
    ("waivers:\n  - path: contracts/*\n    rule: pilot.kpi\n    reason: x\n    expires: 2030-01-01\n    owner: me\n",
     "unknown key 'owner'; allowed: path, rule, reason, expires"),
    ("waivers: [\n", "invalid YAML"),
])
def test_bad_waiver_file_is_one_line(project, capsys, content, expected):
    (project / "waivers.yaml").write_text(content, encoding="utf-8")
    assert run_main("contracts", "--waivers", "waivers.yaml") == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("clausekit: error: waivers.yaml: ") and expected in line  # the path as given


@pytest.mark.parametrize("content, expected", [
    ("[]", "not a clausekit JSON report"),
    ('{"documents": [{"findings": []}]}', "not a clausekit JSON report"),
    ("{", "cannot read the baseline report"),
])
def test_bad_baseline_is_one_line(project, capsys, content, expected):
    (project / "old.json").write_text(content, encoding="utf-8")
    assert run_main("contracts", "--baseline", "old.json") == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "old.json: " in line and expected in line


def test_rule_settings_enable_disable_severity(project):
    (project / "clausekit.toml").write_text(
        '[rules]\nenable = ["pilot.*", "*.missing"]\ndisable = ["insurance.*"]\n'
        '[rules.severity]\n"*.missing" = "warning"\n', encoding="utf-8")
    config = load_config()
    assert config.rule_enabled("pilot.kpi") and config.rule_enabled("audit_rights.missing")
    assert not config.rule_enabled("term.renewal") and not config.rule_enabled("insurance.missing")
    assert config.severity_of("pilot.missing", "error") == "warning"
    assert config.severity_of("pilot.kpi", "warning") == "warning"


def test_defaults_without_configuration(tmp_path):
    config = LintConfig(root=tmp_path)
    assert config.selects(tmp_path / "any" / "file.pdf")
    assert config.rule_enabled("pilot.kpi")
    assert config.settings_for("x.txt").profile is None
