"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

GitHub needs, per result, a rule id described in ``tool.driver.rules``, a level, a
message, a physical location with a relative URI and a region with ``startLine``,
and ``partialFingerprints`` to follow an alert across commits. Word and PDF files
have no lines: their region starts at line 1 and carries the clause, page and
paragraph as properties (and the message says them). Waived findings are kept as
suppressed results, files that could not be read become tool notifications.
"""

from __future__ import annotations

import json
import os
from urllib.parse import quote

from ... import __version__
from ...results import DocumentReport, Finding, RelatedPassage, RunResult
from ..ci.output import ci_message, finding_fingerprints, line_of, repo_path, report_language, root, short_message
from ..rule_docs import help_uri
from ..rules import Rule
from ..wording import related_passage
from . import register

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "clausekit/v1"
SRCROOT = "%SRCROOT%"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
PROBLEM_SEVERITY = {"error": "error", "warning": "warning", "info": "recommendation"}


def _artifact(path: str) -> dict:
    # The name's own bytes, percent-encoded: a name that is not UTF-8 still gives a valid URI.
    return {"uri": quote(os.fsencode(repo_path(path)), safe="/"), "uriBaseId": SRCROOT}


def _descriptor(rule: Rule, lang: str) -> dict:
    help_text = rule.doc[lang] + (f"\n\nclausekit clause show {rule.fix}" if rule.fix else "")
    return {
        "id": rule.id,
        "shortDescription": {"text": short_message(rule, lang)},
        "fullDescription": {"text": rule.doc[lang]},
        "help": {"text": help_text},
        "helpUri": help_uri(rule.id),
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": ["contract", rule.item], "problem.severity": PROBLEM_SEVERITY[rule.severity]},
    }


def _unknown_descriptor(finding: Finding) -> dict:
    """A rule the catalogue does not know (an organisation's extra rule folder): its message says it."""
    return {"id": finding.rule, "shortDescription": {"text": finding.message},
            "defaultConfiguration": {"level": LEVELS[finding.severity]},
            "properties": {"tags": ["contract", finding.item]}}


def _related(report: DocumentReport, passage: RelatedPassage, number: int) -> dict:
    """A passage the finding points to (the closest clause, the clause it contradicts), numbered from 1."""
    region: dict = {"startLine": line_of(report, passage.location) or 1, "snippet": {"text": passage.text}}
    if passage.location.as_dict():
        region["properties"] = passage.location.as_dict()
    return {"id": number, "physicalLocation": {"artifactLocation": _artifact(report.path), "region": region},
            "message": {"text": related_passage(passage, report.report_language)},
            "properties": {"role": passage.role}}


def _result(report: DocumentReport, finding: Finding, fingerprint: str, rule_index: int) -> dict:
    location = finding.location
    region: dict = {"startLine": line_of(report, location) or 1}
    if finding.quote:
        region["snippet"] = {"text": finding.quote}
    if location is not None and location.as_dict():
        region["properties"] = location.as_dict()  # clause, page, paragraph: what a viewer cannot show as lines
    physical: dict[str, object] = {"physicalLocation": {"artifactLocation": _artifact(report.path), "region": region}}
    if location and location.clause:
        physical["logicalLocations"] = [{"name": location.clause, "fullyQualifiedName": f"clause {location.clause}",
                                         "kind": "clause"}]
    result = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": ci_message(finding, report.report_language)},
        "locations": [physical],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
        "properties": {"item": finding.item, "language": report.language, "profile": report.profile},
    }
    if finding.related:
        result["relatedLocations"] = [_related(report, passage, i) for i, passage in enumerate(finding.related, 1)]
    waiver = getattr(finding, "waiver", None)
    if waiver is not None:
        result["suppressions"] = [{"kind": "inSource" if waiver.inline else "external", "status": "accepted",
                                   "justification": f"{waiver.reason} ({waiver.scope()}, {waiver.source})"}]
    return result


@register("sarif")
def render_sarif(run: RunResult) -> str:
    reports, failures, catalogue = run.reports, run.failures, run.catalogue
    lang = report_language(list(reports))
    descriptors = [_descriptor(rule, lang) for rule in catalogue.values()]
    index = {rule_id: i for i, rule_id in enumerate(catalogue)}
    results = []
    for report in reports:
        for finding, fingerprint in zip(report.findings, finding_fingerprints(report), strict=True):
            if finding.rule not in index:
                index[finding.rule] = len(descriptors)
                descriptors.append(_unknown_descriptor(finding))
            results.append(_result(report, finding, fingerprint, index[finding.rule]))
    notifications = [{"level": "error", "message": {"text": failure.message},
                      "locations": [{"physicalLocation": {"artifactLocation": _artifact(failure.path)}}]}
                     for failure in failures]
    log_run = {
        "tool": {"driver": {"name": "clausekit", "version": __version__, "semanticVersion": __version__,
                            "rules": descriptors}},
        "originalUriBaseIds": {SRCROOT: {"uri": root().as_uri() + "/",
                                         "description": {"text": "The repository's top folder"}}},
        "invocations": [{"executionSuccessful": not failures, "toolExecutionNotifications": notifications}],
        "results": results,
    }
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [log_run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
