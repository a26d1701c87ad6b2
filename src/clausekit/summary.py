"""The end of the text report for a run: the waivers, then a table with a row per file.

The per-document report (``reporters/text.py``) shows what to fix; after many files a
reader wants the totals: which files have missing or weak clauses, how many errors
and warnings each, what is waived and until when, which waivers have expired.
"""

from __future__ import annotations

from collections.abc import Sequence

from .ci_output import repo_path, severity_counts
from .results import DocumentReport, Finding, InputFailure
from .tracking import is_waived
from .waivers import waiver_rules

_COLUMNS = ("file", "lang", "profile", "missing", "weak", "strong", "errors", "warnings", "info", "waived")


def _table(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [cell.ljust(width) if i < 3 else cell.rjust(width)  # text columns left, counts right
                 for i, (cell, width) in enumerate(zip(row, widths, strict=True))]
        lines.append("  ".join(cells).rstrip())
    return lines


def summary_table(reports: Sequence[DocumentReport], failures: Sequence[InputFailure], known: int = 0) -> str:
    rows: list[tuple[str, ...]] = [_COLUMNS]
    total = {"error": 0, "warning": 0, "info": 0, "waived": 0}
    for report in reports:
        checklist, counts = report.counts("checklist"), severity_counts(report)
        for key in total:
            total[key] += counts[key]
        rows.append((repo_path(report.path), report.language, report.profile,
                     *(str(checklist[s]) for s in ("missing", "weak", "strong")),
                     *(str(counts[s]) for s in ("error", "warning", "info", "waived"))))
    for failure in failures:
        rows.append((repo_path(failure.path), "-", "unreadable", *["-"] * 7))
    lines = ["Summary", *_table(rows)]
    totals = (f"{len(reports)} file(s) linted, {len(failures)} unreadable: {total['error']} error(s), "
              f"{total['warning']} warning(s), {total['info']} info, {total['waived']} waived")
    if known:
        totals += f"; {known} finding(s) already in the baseline not shown"
    lines.append(totals)
    return "\n".join(lines) + "\n"


def about_waivers(finding: Finding) -> bool:
    return is_waived(finding) or finding.rule in waiver_rules()


def waivers_section(reports: Sequence[DocumentReport]) -> str:
    """Expired waivers (errors) and the findings waived, each with its reason."""
    lines = []
    for report in reports:
        for finding in filter(about_waivers, report.findings):
            lines.append(f"  {repo_path(report.path)}: {finding.rule} ({finding.severity}): {finding.message}")
            waiver = getattr(finding, "waiver", None)  # set on a TrackedFinding by the waivers
            if waiver is not None:
                lines.append(f"      waived until {waiver.expires.isoformat()} ({waiver.source}): {waiver.reason}")
    return "Waivers\n" + "\n".join(lines) + "\n" if lines else ""
