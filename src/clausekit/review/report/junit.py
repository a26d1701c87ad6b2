"""JUnit XML, the test-report format every CI shows (GitLab merge requests, Jenkins, Azure).

One test suite per document, one test case per checklist or hygiene item (and per
other group of findings: proofreading, waivers). A case fails when the item has a
warning or an error that is not waived; the failure's text is the explanation: each
finding with where it is and the passage, then why the rule matters. Information-only
and waived findings are listed in the case's output. A file that could not be read is
a suite with one case in error.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from xml.etree import ElementTree as ET

from ...results import Finding, RunResult
from ..ci.output import ci_message, findings_by_item, repo_path
from ..ci.tracking import is_waived
from ..rules import Rule
from . import register

FAILING_SEVERITIES = ("error", "warning")
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")  # e.g. a PDF's form feed


def _xml_text(text: str) -> str:
    return _NOT_XML.sub(" ", text)


_CONTINUED = "\n    "  # the quote and the related passages, indented under the finding


def _describe(finding: Finding, lang: str) -> str:
    line = f"{finding.rule} ({finding.severity}): {ci_message(finding, lang, separator=_CONTINUED)}"
    waiver = getattr(finding, "waiver", None)
    if waiver is not None:
        line += f"\n    {waiver.describe()}"
    return line


def _case(suite: ET.Element, classname: str, name: str, findings: list[Finding], lang: str,
          catalogue: Mapping[str, Rule]) -> str:
    """Add one test case; return 'failure' or 'passed'."""
    case = ET.SubElement(suite, "testcase", classname=classname, name=name, file=classname)
    failing = [f for f in findings if f.severity in FAILING_SEVERITIES and not is_waived(f)]
    others = [f for f in findings if f not in failing]
    if failing:
        worst = min(failing, key=lambda f: FAILING_SEVERITIES.index(f.severity))
        explanation = [_describe(f, lang) for f in failing]
        docs = dict.fromkeys(catalogue[f.rule].doc[lang] for f in failing if f.rule in catalogue)
        explanation.extend(f"Why: {doc}" for doc in docs)
        failure = ET.SubElement(case, "failure", message=_xml_text(f"{worst.rule}: {worst.message}"),
                                type=worst.severity)
        failure.text = _xml_text("\n".join(explanation))
    if others:
        ET.SubElement(case, "system-out").text = _xml_text("\n".join(_describe(f, lang) for f in others))
    return "failure" if failing else "passed"


@register("junit")
def render_junit(run: RunResult) -> str:
    reports, failures, catalogue = run.reports, run.failures, run.catalogue
    root = ET.Element("testsuites", name="clausekit")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for report in reports:
        path = repo_path(report.path)
        suite = ET.SubElement(root, "testsuite", name=path)
        grouped = findings_by_item(report)
        names = [item.id for item in report.items] + [item for item in grouped if item not in
                                                      {i.id for i in report.items}]
        outcomes = [_case(suite, path, name, grouped.get(name, []), report.report_language, catalogue)
                    for name in names]
        suite.set("tests", str(len(outcomes)))
        suite.set("failures", str(outcomes.count("failure")))
        suite.set("errors", "0")
        totals["tests"] += len(outcomes)
        totals["failures"] += outcomes.count("failure")
    for failure in failures:
        path = repo_path(failure.path)
        suite = ET.SubElement(root, "testsuite", name=path, tests="1", failures="0", errors="1")
        case = ET.SubElement(suite, "testcase", classname=path, name="read", file=path)
        message = _xml_text(failure.message)
        ET.SubElement(case, "error", message=message, type="input").text = message
        totals["tests"] += 1
        totals["errors"] += 1
    for key, value in totals.items():
        root.set(key, str(value))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
