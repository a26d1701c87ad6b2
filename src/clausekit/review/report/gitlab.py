"""GitLab Code Quality report (a JSON array in the Code Climate issue format).

GitLab shows these in merge requests when a job declares
``artifacts: reports: codequality: <file>``. Each issue needs a description, a
check name, a fingerprint unique in the report (GitLab compares them between the
source and target branches), a severity (info, minor, major, critical, blocker) and
a location with a path and ``lines.begin``: the line for text files, 1 for Word and
PDF files, whose clause and paragraph the description states. Waived findings are
left out: GitLab has no notion of an accepted issue.
"""

from __future__ import annotations

import json

from ...results import RunResult
from ..ci.output import ci_message, finding_fingerprints, line_of, repo_path
from ..ci.tracking import fingerprints, is_waived
from . import register

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


@register("gitlab")
def render_gitlab(run: RunResult) -> str:
    reports, failures = run.reports, run.failures
    issues = []
    for report in reports:
        path = repo_path(report.path)
        for finding, fingerprint in zip(report.findings, finding_fingerprints(report), strict=True):
            if is_waived(finding):
                continue
            issues.append({
                "type": "issue",
                "description": ci_message(finding, report.report_language),
                "check_name": finding.rule,
                "fingerprint": fingerprint,
                "severity": SEVERITIES[finding.severity],
                "categories": ["Clarity"],
                "location": {"path": path, "lines": {"begin": line_of(report, finding.location) or 1}},
            })
    for failure in failures:
        path = repo_path(failure.path)
        issues.append({
            "type": "issue", "description": failure.message, "check_name": "clausekit.unreadable",
            "fingerprint": fingerprints(path, [("clausekit.unreadable", failure.message)])[0],
            "severity": "blocker", "categories": ["Bug Risk"], "location": {"path": path, "lines": {"begin": 1}},
        })
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
