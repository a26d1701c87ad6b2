"""GitHub Actions workflow commands: each finding becomes an annotation on the file.

``::error file=…,line=…,title=…::message``. The runner reads one command per line
and splits properties on ``,`` and ``:``, so the message escapes ``%``, CR and LF and
the properties also escape ``:`` and ``,`` (percent-encoded, as the runner expects).
Text and Markdown files get a line; Word and PDF files a file-level annotation whose
message says the clause and paragraph. Waived findings are not annotated, nor are
information-only ones (a missing optional clause on every file would bury the rest;
GitHub shows only the first few annotations of each kind): the job summary counts them.
``step_summary`` renders the Markdown table appended to ``$GITHUB_STEP_SUMMARY``,
the reporter's finish step, when the runner sets that variable.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from ...fileio import append_step_summary
from ...results import DocumentReport, InputFailure, RunResult
from ...safe_text import visible
from ..ci.output import ci_message, line_of, repo_path, severity_counts, where
from ..ci.tracking import is_waived
from . import register

COMMANDS = {"error": "error", "warning": "warning"}  # info findings are counted in the summary only


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def workflow_command(command: str, message: str, **properties: object) -> str:
    shown = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items() if value is not None)
    return f"::{command}{' ' + shown if shown else ''}::{escape_data(message)}"


def write_step_summary(run: RunResult) -> None:
    """The finish step: the job summary, when the runner asks for one; an unwritable one is a warning."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if target:
        append_step_summary(target, visible(step_summary(run.reports, run.failures)))


@register("github", finish=write_step_summary)
def render_github(run: RunResult) -> str:
    reports, failures = run.reports, run.failures
    lines = []
    for report in reports:
        path = repo_path(report.path)
        for finding in report.findings:
            if is_waived(finding) or finding.severity not in COMMANDS:
                continue
            message = ci_message(finding, report.report_language, separator="\n")
            lines.append(workflow_command(COMMANDS[finding.severity], message, file=path,
                                          line=line_of(report, finding.location), title=f"clausekit {finding.rule}"))
    for failure in failures:
        lines.append(workflow_command("error", failure.message, file=repo_path(failure.path), title="clausekit"))
    return "".join(line + "\n" for line in lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def step_summary(reports: Sequence[DocumentReport], failures: Sequence[InputFailure]) -> str:
    """A Markdown job summary: one row per file, then the errors to fix."""
    rows = ["| File | Language | Profile | Missing | Weak | Strong | Errors | Warnings | Info | Waived |",
            "|---|---|---|--:|--:|--:|--:|--:|--:|--:|"]
    errors = []
    for report in reports:
        checklist, counts = report.counts("checklist"), severity_counts(report)
        path = repo_path(report.path)
        rows.append(f"| `{_cell(path)}` | {report.language} | {report.profile} | {checklist['missing']} | "
                    f"{checklist['weak']} | {checklist['strong']} | {counts['error']} | {counts['warning']} | "
                    f"{counts['info']} | {counts['waived']} |")
        for finding in report.findings:
            if finding.severity == "error" and not is_waived(finding):
                location = where(finding.location)
                errors.append(f"- `{_cell(path)}`{' ' + location if location else ''}: "
                              f"**{finding.rule}** {_cell(finding.message)}")
    for failure in failures:
        rows.append(f"| `{_cell(repo_path(failure.path))}` | | | | | | unreadable | | | |")
        errors.append(f"- `{_cell(repo_path(failure.path))}`: {_cell(failure.message)}")
    parts = [f"## clausekit: {len(reports) + len(failures)} document(s)", "", *rows]
    if errors:
        parts += ["", "### Errors", "", *errors]
    return "\n".join(parts) + "\n"
