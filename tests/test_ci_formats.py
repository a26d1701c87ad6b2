"""Machine-readable outputs for CI services: SARIF (validated against the official 2.1.0
schema), JUnit XML, GitHub workflow commands and job summary, GitLab Code Quality."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest
from click.testing import CliRunner

from clausekit.cli import cli
from clausekit.document import Location
from clausekit.review.report import formats, reporter
from clausekit.review.report.github import escape_data, escape_property
from clausekit.results import DocumentReport, Finding, InputFailure
from clausekit.review.engine import build_engine
from clausekit.results import RunResult

def render(name, reports, failures):
    """A report of one run, as ``clausekit lint --format name`` renders it."""
    return reporter(name).render(RunResult(reports, failures, build_engine().catalogue()))

ROOT = Path(__file__).resolve().parents[1]
SARIF_SCHEMA = Path(__file__).parent / "data" / "schemas" / "sarif-schema-2.1.0.json"  # vendored, see NOTICE.md
FIXTURE = Path(__file__).parent / "data" / "ci_repo"
LEGACY = "contracts/legacy/accord-distribution-2019.fr.txt"
FRAMEWORK = "contracts/suppliers/accord-cadre-fournisseur.fr.docx"
HOSTING = "contracts/suppliers/hosting-services.en.pdf"
TRICKY = "Fees: 100%, due\r\nat once, see: clause 7"


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> Path:
    spec = importlib.util.spec_from_file_location("ci_repo_documents", FIXTURE / "make_documents.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.make_repository(tmp_path_factory.mktemp("formats") / "repo")


@pytest.fixture(scope="module")
def outputs(repo) -> dict[str, str]:
    """Every format of one lint of the fixture repository (and the JSON report to compare with)."""
    import os

    previous = Path.cwd()
    os.chdir(repo)
    try:
        return {fmt: CliRunner().invoke(cli, ["lint", ".", "--format", fmt], standalone_mode=False,
                                        catch_exceptions=False).output for fmt in formats()}
    finally:
        os.chdir(previous)


@pytest.fixture(scope="module")
def report(outputs) -> dict:
    return json.loads(outputs["json"])


def unescape(text: str) -> str:
    """The GitHub runner's decoding of a workflow command's message or property."""
    for encoded, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(encoded, char)
    return text


def parse_command(line: str) -> tuple[str, dict[str, str], str]:
    """Split '::cmd k=v,k=v::message' the way the runner does."""
    assert line.startswith("::")
    head, message = line[2:].split("::", 1)
    command, _, properties = head.partition(" ")
    parsed = dict(prop.split("=", 1) for prop in properties.split(",")) if properties else {}
    return command, {k: unescape(v) for k, v in parsed.items()}, unescape(message)


def test_every_format_comes_from_the_registry():
    assert {"text", "json", "sarif", "junit", "github", "gitlab"} <= set(formats())


def test_sarif_validates_against_the_official_schema(outputs):
    log = json.loads(outputs["sarif"])
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(log), key=str)
    assert not errors, errors[0]


def test_sarif_has_what_github_code_scanning_needs(outputs, report):
    run = json.loads(outputs["sarif"])["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert {"pilot.missing", "sla_bonus_malus.bonus", "waiver.expired"} <= {r["id"] for r in rules}
    pilot = next(r for r in rules if r["id"] == "pilot.missing")
    assert pilot["shortDescription"]["text"] and pilot["fullDescription"]["text"] and pilot["help"]["text"]
    assert pilot["defaultConfiguration"]["level"] == "error"
    results = run["results"]
    assert len(results) == sum(len(d["findings"]) for d in report["documents"])
    fingerprints = [r["partialFingerprints"]["clausekit/v1"] for r in results]
    assert len(set(fingerprints)) == len(fingerprints)
    assert set(fingerprints) == {f["fingerprint"] for d in report["documents"] for f in d["findings"]}
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in ("error", "warning", "note")
        location = result["locations"][0]["physicalLocation"]
        uri = location["artifactLocation"]["uri"]
        assert not uri.startswith("/") and ":" not in uri and uri.startswith("contracts/")
        assert location["region"]["startLine"] >= 1
    forum_text = next(r for r in results if r["ruleId"] == "governing_law.forum"
                      and r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == LEGACY)
    assert forum_text["locations"][0]["physicalLocation"]["region"]["startLine"] == 31  # a text file: the line of the sentence judged
    framework = [r for r in results if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == FRAMEWORK
                 and r["ruleId"] == "sla_bonus_malus.bonus"]
    region = framework[0]["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == 1 and region["properties"]["clause"] == "3"  # Word: the clause and paragraph
    assert "paragraph" in region["properties"] and "(clause 3, paragraph" in framework[0]["message"]["text"]
    waived = [r for r in results if "suppressions" in r]
    assert [r["ruleId"] for r in waived] == ["pilot.missing"]
    assert waived[0]["suppressions"][0]["justification"].startswith("Signed in 2019")


def test_sarif_uri_of_a_name_with_spaces_and_commas():
    document = DocumentReport(path="contracts/Accord de Lyon, v2.txt", language="fr", profile="supplier",
                              report_language="fr", words=3, items=[], format="text",
                              findings=[Finding("pilot.kpi", "pilot", "warning", "x", Location(line=4))])
    result = json.loads(render("sarif", [document], []))["runs"][0]["results"][0]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == \
        "contracts/Accord%20de%20Lyon%2C%20v2.txt"


def test_junit_has_a_case_per_document_and_item(outputs, report):
    root = ET.fromstring(outputs["junit"])
    suites = {suite.get("name"): suite for suite in root.iter("testsuite")}
    assert set(suites) == {d["path"] for d in report["documents"]}
    framework = next(d for d in report["documents"] if d["path"] == FRAMEWORK)
    cases = {case.get("name"): case for case in suites[FRAMEWORK].iter("testcase")}
    assert set(cases) >= {item["id"] for item in framework["items"]}
    failure = cases["sla_bonus_malus"].find("failure")
    assert failure is not None and failure.get("type") == "warning"
    assert "sla_bonus_malus.bonus" in failure.text and "(clause 3, paragraph" in failure.text
    assert "Why: " in failure.text  # the rule's doc explains why it matters
    assert cases["term"].find("failure") is None  # a strong clause passes
    assert cases["insurance"].find("failure") is None  # information only: in the case's output
    assert "insurance.missing" in cases["insurance"].find("system-out").text
    legacy_cases = {case.get("name"): case for case in suites[LEGACY].iter("testcase")}
    assert legacy_cases["pilot"].find("failure") is None  # waived
    assert "waived until 2099-12-31" in legacy_cases["pilot"].find("system-out").text
    assert legacy_cases["waivers"].find("failure").get("type") == "error"  # the expired waiver
    failures = sum(int(s.get("failures")) for s in suites.values())
    assert int(root.get("failures")) == failures > 0
    assert int(root.get("tests")) == sum(1 for _ in root.iter("testcase"))


def test_junit_reports_an_unreadable_file_as_an_error():
    root = ET.fromstring(render("junit", [], [InputFailure("contracts/scan.pdf", "no text layer\x0c")]))
    case = root.find("testsuite/testcase")
    assert root.get("errors") == "1" and case.find("error").get("message") == "no text layer "


def test_github_escaping_round_trips():
    assert escape_data(TRICKY) == "Fees: 100%25, due%0D%0Aat once, see: clause 7"
    assert escape_property(TRICKY) == "Fees%3A 100%25%2C due%0D%0Aat once%2C see%3A clause 7"
    document = DocumentReport(path="contracts/a, b: c.txt", language="en", profile="supplier", report_language="en",
                              words=10, items=[], format="text",
                              findings=[Finding("pilot.kpi", "pilot", "warning", TRICKY,
                                                Location(line=12, clause="7.2"), quote="Pay 5%, then")])
    (line,) = render("github", [document], []).splitlines()
    command, properties, message = parse_command(line)
    assert command == "warning"
    assert properties == {"file": "contracts/a, b: c.txt", "line": "12", "title": "clausekit pilot.kpi"}
    assert message == f"{TRICKY} (clause 7.2, line 12)\n\"Pay 5%, then\""


def test_github_annotations_of_the_repository(outputs):
    lines = outputs["github"].splitlines()
    parsed = [parse_command(line) for line in lines]
    assert {command for command, _, _ in parsed} == {"error", "warning"}  # info findings are not annotated
    forum = [(props, message) for _, props, message in parsed if props["title"] == "clausekit governing_law.forum"]
    text_file = next(props for props, _ in forum if props["file"] == LEGACY)
    assert text_file["line"] == "31"  # the sentence judged, under the heading
    pdf = next((props, message) for props, message in forum if props["file"] == HOSTING)
    assert "line" not in pdf[0] and "(clause 6, page 1, paragraph" in pdf[1]
    assert pdf[1].startswith("Playbook GL-2: name the forum, courts or arbitration, for 100% of disputes.")
    assert not any("pilot.missing" in props["title"] for _, props, _ in parsed)  # waived


def test_github_step_summary_is_appended(repo, tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    summary.write_text("# Earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    monkeypatch.chdir(repo)
    result = CliRunner().invoke(cli, ["lint", ".", "--format", "github"], standalone_mode=False,
                                catch_exceptions=False)
    assert result.return_value == 1
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# Earlier step\n## clausekit: 4 document(s)")
    row = next(line for line in text.splitlines() if line.startswith(f"| `{LEGACY}`"))
    assert [cell.strip() for cell in row.split("|")[2:4]] == ["fr", "partnership"]
    assert "### Errors" in text and "**waiver.expired**" in text


def test_gitlab_code_quality_has_the_required_fields(outputs):
    issues = json.loads(outputs["gitlab"])
    assert issues
    for issue in issues:
        assert issue["description"] and issue["check_name"] and issue["fingerprint"]
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert issue["location"]["path"].startswith("contracts/")
        assert isinstance(issue["location"]["lines"]["begin"], int) and issue["location"]["lines"]["begin"] >= 1
    assert len({issue["fingerprint"] for issue in issues}) == len(issues)
    forum = next(i for i in issues if i["check_name"] == "governing_law.forum" and i["location"]["path"] == LEGACY)
    assert forum["location"]["lines"]["begin"] == 31 and forum["severity"] == "minor"
    assert not any(i["check_name"] == "pilot.missing" and i["location"]["path"] == LEGACY for i in issues)  # waived
    assert any(i["check_name"] == "waiver.expired" and i["severity"] == "major" for i in issues)


def test_output_file_in_any_format(repo, tmp_path, monkeypatch):
    monkeypatch.chdir(repo)
    target = tmp_path / "clausekit.sarif"
    result = CliRunner().invoke(cli, ["lint", ".", "--format", "sarif", "-o", str(target), "--fail-on", "never"],
                                standalone_mode=False, catch_exceptions=False)
    assert result.return_value == 0 and result.stdout == ""
    assert result.stderr == f"clausekit: report written to {target}\n"  # one line says where it went
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_paths_are_from_the_repository_top_whatever_the_working_folder(repo, monkeypatch):
    """Issue 20, point 7: SARIF, GitHub annotations and fingerprints do not depend on where lint runs."""
    (repo / ".git").mkdir(exist_ok=True)
    monkeypatch.chdir(repo)
    from clausekit.review.ci.config import project_root

    project_root.cache_clear()
    top = CliRunner().invoke(cli, ["lint", "contracts", "--format", "sarif", "--fail-on", "never"],
                             standalone_mode=False, catch_exceptions=False)
    sub = repo / "contracts"
    monkeypatch.chdir(sub)
    below = CliRunner().invoke(cli, ["lint", ".", "--format", "sarif", "--fail-on", "never"],
                               standalone_mode=False, catch_exceptions=False)
    github = CliRunner().invoke(cli, ["lint", ".", "--format", "github", "--fail-on", "never"],
                                standalone_mode=False, catch_exceptions=False)
    project_root.cache_clear()

    def located(output: str) -> list[tuple[str, str]]:
        run = json.loads(output)["runs"][0]
        assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == repo.resolve().as_uri() + "/"
        assert all(rule["helpUri"] == f"https://github.com/clausekit/clausekit/blob/main/docs/rules/{rule['id']}.md"
                   for rule in run["tool"]["driver"]["rules"] if not rule["id"].startswith("unknown"))
        return sorted((r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                       r["partialFingerprints"]["clausekit/v1"]) for r in run["results"])

    assert located(top.stdout) == located(below.stdout)
    assert all(uri.startswith("contracts/") for uri, _ in located(below.stdout))
    assert "file=contracts/" in github.stdout and "file=./" not in github.stdout


def test_every_rule_has_its_page_and_the_pages_follow_the_rule_files():
    from clausekit.review.engine import build_engine
    from clausekit.review.rule_docs import rule_pages

    engine = build_engine()
    pages = rule_pages(engine.rules, engine.catalogue())
    folder = Path(__file__).resolve().parents[1] / "docs" / "rules"
    stale = [name for name, text in pages.items() if not (folder / name).is_file()
             or (folder / name).read_text(encoding="utf-8") != text]
    assert not stale, f"run 'clausekit rules docs docs/rules --force': {stale[:5]}"
    assert len(pages) == len(engine.catalogue()) + 1  # and the index
    explained = CliRunner().invoke(cli, ["rules", "explain", "pilot.kpi"], standalone_mode=False)
    assert "doc: https://github.com/clausekit/clausekit/blob/main/docs/rules/pilot.kpi.md" in explained.stdout
