"""`clausekit lint` on a repository of contracts, end to end: walking, configuration,
waivers, baseline, workers, exit codes, the pre-commit hook and the progress bar.

The fixture repository (tests/data/ci_repo) holds French and English contracts as
Markdown, text, Word and PDF (the last two built here), a clausekit.toml, an
organisation's extra rule folder, a waiver file (one valid, one expired waiver) and
a baseline report.
"""

from __future__ import annotations

import importlib.util
import json
import os
import pty
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from clausekit.cli import cli

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = Path(__file__).parent / "data" / "ci_repo"
LEGACY = "contracts/legacy/accord-distribution-2019.fr.txt"
CO_BRANDING = "contracts/partnership/co-branding.en.md"
FRAMEWORK = "contracts/suppliers/accord-cadre-fournisseur.fr.docx"
HOSTING = "contracts/suppliers/hosting-services.en.pdf"
LAW_CLAUSE = "Article 6 - Droit applicable\nLe présent accord est régi par le droit français."


def _make_repository(target: Path) -> Path:
    spec = importlib.util.spec_from_file_location("ci_repo_documents", FIXTURE / "make_documents.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.make_repository(target)


@pytest.fixture(scope="module")
def built_repo(tmp_path_factory) -> Path:
    return _make_repository(tmp_path_factory.mktemp("ci") / "repo")


@pytest.fixture
def repo(built_repo, monkeypatch) -> Path:
    """The fixture repository as the working directory (read-only use)."""
    monkeypatch.chdir(built_repo)
    return built_repo


@pytest.fixture
def fresh_repo(tmp_path, monkeypatch) -> Path:
    """A copy to modify, as the working directory."""
    path = _make_repository(tmp_path / "repo")
    monkeypatch.chdir(path)
    return path


def lint(*args):
    result = CliRunner().invoke(cli, ["lint", *map(str, args)], standalone_mode=False, catch_exceptions=False)
    return result.output, result.return_value


def lint_json(*args):
    output, code = lint("--format", "json", *args)
    data = json.loads(output)
    return {d["path"]: d for d in data["documents"]}, code


def findings(document, rule=None):
    return [f for f in document["findings"] if rule is None or f["rule"] == rule]


def test_repository_walk_follows_the_configuration(repo):
    (repo / "contracts" / ".private").mkdir(exist_ok=True)
    (repo / "contracts" / ".private" / "secret.txt").write_text("not linted", encoding="utf-8")
    (repo / "contracts" / "suppliers" / "~$cadre-fournisseur.fr.docx").write_bytes(b"\x00lock")
    (repo / "contracts" / "partnership" / "offer.draft.md").write_text("# Draft\n\nNot yet.", encoding="utf-8")
    documents, code = lint_json(".")
    assert sorted(documents) == sorted([LEGACY, CO_BRANDING, FRAMEWORK, HOSTING])  # README, drafts/, .hidden, ~$ out
    assert code == 1  # the expired waiver and the missing alignment clause are errors
    profiles = {path: (d["language"], d["profile"]) for path, d in documents.items()}
    assert profiles == {LEGACY: ("fr", "partnership"), CO_BRANDING: ("en", "partnership"),
                        FRAMEWORK: ("fr", "supplier"), HOSTING: ("en", "supplier")}


def test_rule_settings_and_the_organisation_playbook(repo):
    documents, _ = lint_json(".")
    every_rule = {f["rule"] for d in documents.values() for f in d["findings"]}
    assert not every_rule & {"exclusivity.missing", "non_compete.missing"}  # disabled in clausekit.toml
    # the playbook's governing_law replaces the bundled one: a law without a forum is weak
    forum = findings(documents[HOSTING], "governing_law.forum")
    assert forum and forum[0]["severity"] == "warning" and all(c in forum[0]["message"] for c in "%:,")
    assert not findings(documents[CO_BRANDING], "governing_law.forum")  # it names the London courts
    assert findings(documents[FRAMEWORK], "governing_law.forum") == []  # "tribunal de commerce de Lyon"


def test_severity_override_applies(fresh_repo):
    legacy = fresh_repo / LEGACY
    legacy.write_text(legacy.read_text(encoding="utf-8").replace(LAW_CLAUSE, "Article 6 - Divers\nSans objet."),
                      encoding="utf-8")
    documents, _ = lint_json(LEGACY)
    missing_law = findings(documents[LEGACY], "governing_law.missing")
    assert [f["severity"] for f in missing_law] == ["error"]  # warning in the playbook, error in the config


def test_waivers_are_reported_and_expired_ones_fail(repo):
    documents, code = lint_json(LEGACY)
    legacy = documents[LEGACY]
    (pilot,) = findings(legacy, "pilot.missing")
    assert pilot["waived"] is True
    assert pilot["waiver"]["reason"].startswith("Signed in 2019")
    assert pilot["waiver"]["expires"] == "2099-12-31"
    (alignment,) = findings(legacy, "alignment.missing")
    assert "waived" not in alignment  # its waiver expired: the finding is back
    (expired,) = findings(legacy, "waiver.expired")
    assert expired["severity"] == "error" and "2021-03-31" in expired["message"]
    assert "clausekit-waivers.yaml:6" in expired["message"]
    assert code == 1
    text, _ = lint(LEGACY)
    assert "dérogation jusqu’au 2099-12-31 (clausekit-waivers.yaml:2)" in text  # a French report


def test_a_waived_finding_does_not_fail_the_run(fresh_repo):
    (fresh_repo / "clausekit-waivers.yaml").write_text(yaml.safe_dump({"waivers": [
        {"path": "contracts/legacy/*", "rule": "*.missing", "reason": "Legacy contract, frozen.",
         "expires": "2099-01-01"}]}), encoding="utf-8")
    documents, code = lint_json(LEGACY)
    errors = [f for f in documents[LEGACY]["findings"] if f["severity"] == "error"]
    assert errors and all(f.get("waived") for f in errors)
    assert code == 0
    _, code = lint("--fail-on", "warning", LEGACY)
    assert code == 1  # the playbook's warning on the forum is not waived


def test_exit_codes(repo):
    assert lint(CO_BRANDING)[1] == 0
    assert lint(".")[1] == 1
    assert lint(".", "--fail-on", "never")[1] == 0
    output, code = lint("README.md", "contracts/suppliers/~$accord.docx")
    assert code == 0 and output.startswith("clausekit: nothing to lint: 2 file(s) left out")  # not an error


def test_unreadable_file_among_others_exits_2(fresh_repo):
    (fresh_repo / "contracts" / "suppliers" / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    proc = subprocess.run([sys.executable, "-m", "clausekit", "lint", "contracts", "--format", "json"],
                          capture_output=True, text=True, cwd=fresh_repo)
    assert proc.returncode == 2
    data = json.loads(proc.stdout)
    assert len(data["documents"]) == 4  # the others are still reported
    assert [e["path"] for e in data["errors"]] == ["contracts/suppliers/broken.docx"]
    assert proc.stderr.count("\n") == 1 and "broken.docx" in proc.stderr and "Traceback" not in proc.stderr


def test_baseline_reports_only_new_findings(repo):
    baseline = json.loads((repo / "baseline.json").read_text(encoding="utf-8"))
    known_rules = {f["rule"] for f in baseline["documents"][0]["findings"]}
    before, _ = lint_json(".")
    after, _ = lint_json(".", "--baseline", "baseline.json")
    assert {f["rule"] for f in findings(before[FRAMEWORK])} & known_rules
    assert not {f["rule"] for f in findings(after[FRAMEWORK])} & known_rules
    assert findings(after[HOSTING]) == findings(before[HOSTING])  # not in the baseline: all new
    text, _ = lint(".", "--baseline", "baseline.json")
    assert "already in the baseline not shown" in text


def test_fingerprints_survive_unrelated_edits(fresh_repo):
    documents, _ = lint_json(".")
    (fresh_repo / "before.json").write_text(json.dumps({"documents": list(documents.values())}), encoding="utf-8")
    legacy = fresh_repo / LEGACY
    original = legacy.read_text(encoding="utf-8")
    title, rest = original.split("\n", 1)
    legacy.write_text(f"{title}\n\nVersion consolidée du 3 mars 2024.\nRéférence interne : DIST-19.\n{rest}",
                      encoding="utf-8")
    edited, _ = lint_json(LEGACY)
    forum_before = findings(documents[LEGACY], "governing_law.forum")[0]
    forum_after = findings(edited[LEGACY], "governing_law.forum")[0]
    assert forum_after["location"]["line"] == forum_before["location"]["line"] + 3  # the lines moved...
    assert forum_after["fingerprint"] == forum_before["fingerprint"]  # ...the fingerprint did not
    new, _ = lint_json(LEGACY, "--baseline", "before.json")
    assert [f["rule"] for f in new[LEGACY]["findings"] if not f.get("waived")] == ["waiver.expired"]
    # a real change is new: the law clause loses its law
    legacy.write_text(original.replace(LAW_CLAUSE, "Article 6 - Divers\nSans objet."), encoding="utf-8")
    new, _ = lint_json(LEGACY, "--baseline", "before.json")
    assert "governing_law.missing" in {f["rule"] for f in new[LEGACY]["findings"]}


def test_baseline_without_fingerprints_from_an_older_report(repo, tmp_path):
    baseline = json.loads((repo / "baseline.json").read_text(encoding="utf-8"))
    for finding in baseline["documents"][0]["findings"]:
        del finding["fingerprint"]
    old = tmp_path / "old.json"
    old.write_text(json.dumps(baseline), encoding="utf-8")
    with_fingerprints, _ = lint_json(FRAMEWORK, "--baseline", "baseline.json")
    without, _ = lint_json(FRAMEWORK, "--baseline", str(old))
    assert findings(without[FRAMEWORK]) == findings(with_fingerprints[FRAMEWORK])
    known = {f["rule"] for f in baseline["documents"][0]["findings"]}
    assert not {f["rule"] for f in findings(without[FRAMEWORK])} & known


def test_jobs_give_identical_reports(repo):
    one, code_one = lint("--format", "json", "--jobs", "1", ".")
    two, code_two = lint("--format", "json", "--jobs", "2", ".")
    assert one == two and code_one == code_two == 1
    assert len(json.loads(one)["documents"]) == 4


def test_text_report_ends_with_a_summary_table(repo):
    text, _ = lint(".")
    table = text[text.rindex("Summary"):].splitlines()
    assert table[1].split()[:4] == ["file", "lang", "profile", "missing"]
    rows = {line.split()[0]: line.split() for line in table[2:6]}
    assert set(rows) == {LEGACY, CO_BRANDING, FRAMEWORK, HOSTING}
    assert rows[LEGACY][1:3] == ["fr", "partnership"]
    assert rows[LEGACY][6] == "2" and rows[LEGACY][9] == "1"  # errors (missing alignment, expired waiver), waived
    # 2 errors in the legacy contract, and the two supplier contracts have no termination clause
    assert table[6].startswith("4 file(s) linted, 0 unreadable: 4 error(s)")


def test_pre_commit_hook_lints_only_the_contracts_it_is_given(repo):
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "clausekit" and hook["require_serial"] is True and hook["language"] == "python"
    import re
    files_pattern = re.compile(hook["files"])
    staged = ["README.md", "drafts/renewal-ideas.md", CO_BRANDING, "clausekit.toml", "playbook/governing_law.yaml"]
    passed = [f for f in staged if files_pattern.search(f)]
    assert passed == ["README.md", "drafts/renewal-ideas.md", CO_BRANDING]
    script = Path(sys.executable).with_name("clausekit")
    entry = hook["entry"].split()
    command = [str(script), *entry[1:]] if script.exists() else [sys.executable, "-m", "clausekit", *entry[1:]]
    proc = subprocess.run([*command, *passed], capture_output=True, text=True, cwd=repo)
    assert proc.returncode == 0, proc.stderr
    assert "co-branding.en.md" in proc.stdout and "README" not in proc.stdout
    proc = subprocess.run([*command, "README.md"], capture_output=True, text=True, cwd=repo)
    assert proc.returncode == 0 and "nothing to lint" in proc.stderr


def _run_on_terminal(args: list[str], cwd: Path, env: dict) -> tuple[str, str]:
    """Run with stderr on a pseudo-terminal and stdout piped; return (stdout, terminal output)."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(args, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=follower, stdin=subprocess.DEVNULL)
    os.close(follower)
    terminal = b""
    while True:
        ready, _, _ = select.select([leader], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        terminal += chunk
    stdout = proc.stdout.read().decode()
    proc.wait(timeout=60)
    os.close(leader)
    return stdout, terminal.decode(errors="replace")


def test_progress_bar_only_on_a_terminal_outside_ci(repo):
    args = [sys.executable, "-m", "clausekit", "lint", ".", "--fail-on", "never"]
    env = {k: v for k, v in os.environ.items() if k != "CI"} | {"TERM": "xterm", "COLUMNS": "100"}
    stdout, terminal = _run_on_terminal(args, repo, env)
    assert "linting" in terminal and "4/4" in terminal and "words/s" in terminal and "error(s)" in terminal
    assert "linting" not in stdout and "\x1b" not in stdout and "Summary" in stdout
    _, terminal = _run_on_terminal(args, repo, env | {"CI": "true"})
    assert "linting" not in terminal


def _stdout_on_terminal(args: list[str], env: dict) -> str:
    """Run with stdout on a pseudo-terminal; return what the terminal received."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(args, env=env, stdout=follower, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    os.close(follower)
    received = b""
    while select.select([leader], [], [], 60)[0]:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        received += chunk
    proc.wait(timeout=60)
    os.close(leader)
    return received.decode(errors="replace")


def test_the_text_report_is_in_colour_on_a_terminal_only(tmp_path):
    """Issue 20, point 6: colour on a terminal, none with NO_COLOR or in a pipe; same words in all three."""
    contract = Path(__file__).parent / "data" / "contracts" / "supplier_weak.fr.txt"
    args = [sys.executable, "-m", "clausekit", "lint", str(contract)]
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "CI", "FORCE_COLOR")} | {
        "TERM": "xterm", "COLUMNS": "200"}
    coloured = _stdout_on_terminal(args, env)
    assert "\x1b[33m  ! faible   sla_bonus_malus" in coloured  # a weak checklist clause in yellow
    assert "\x1b[2m  · absente  liability_cap" in coloured  # an optional missing clause dimmed, marked '·'
    plain = _stdout_on_terminal(args, env | {"NO_COLOR": "1"})
    piped = subprocess.run(args, capture_output=True, text=True, env=env).stdout
    assert "\x1b" not in plain and "\x1b" not in piped
    assert plain.replace("\r\n", "\n") == piped
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured).replace("\r\n", "\n") == piped
    assert "[article 3.1, ligne 12]" in piped and "Résumé" in piped  # the French report's own words are French
    forced = subprocess.run(args, capture_output=True, text=True, env=env | {"FORCE_COLOR": "1"}).stdout
    assert "\x1b[33m  ! faible   sla_bonus_malus" in forced  # a CI log asked for colour in a pipe
    assert "\x1b" not in subprocess.run(args, capture_output=True, text=True,
                                       env=env | {"FORCE_COLOR": "1", "NO_COLOR": "1"}).stdout
