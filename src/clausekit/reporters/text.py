"""The report people read: the verdict first, then each item with where and why; after
the documents, the waivers and a table with a row per file (``clausekit.summary``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..results import DocumentReport, Finding, InputFailure, RunResult
from ..summary import about_waivers, summary_table, waivers_section
from ..rules import PROOFREADING
from . import register

_WORDS = {
    "en": {"strong": "strong", "weak": "weak", "missing": "missing", "checklist": "checklist", "hygiene": "other clauses",
           "verdict": "{missing} missing, {weak} weak, {strong} strong", "error": "error",
           "proofreading": "proofreading", "findings": "{count} finding(s)"},
    "fr": {"strong": "solide", "weak": "faible", "missing": "absente", "checklist": "checklist", "hygiene": "autres clauses",
           "verdict": "{missing} absente(s), {weak} faible(s), {strong} solide(s)", "error": "erreur",
           "proofreading": "relecture", "findings": "{count} constat(s)"},
}
_MARK = {"strong": "✓", "weak": "!", "missing": "✗"}
_SEVERITY_MARK = {"error": "✗", "warning": "!", "info": "·"}


def _document(report: DocumentReport) -> list[str]:
    words = _WORDS[report.report_language]
    checklist = report.counts("checklist")
    lines = [f"{report.path} ({report.language}, {report.profile}): {words['verdict'].format(**checklist)}"]
    findings_by_item: dict[str, list] = {}
    for finding in report.findings:
        findings_by_item.setdefault(finding.item, []).append(finding)
    for kind in ("checklist", "hygiene"):
        items = [i for i in report.items if i.kind == kind]
        if not items:
            continue
        if kind == "hygiene":
            lines.append(f"  {words['hygiene']}: {words['verdict'].format(**report.counts('hygiene'))}")
        for item in sorted(items, key=lambda i: ("missing", "weak", "strong").index(i.status)):
            where = item.evidence[0].location.describe() if item.evidence else ""
            lines.append(f"  {_MARK[item.status]} {words[item.status]:8} {item.id:28} {item.title}"
                         + (f"  [{where}]" if where else ""))
            if item.status == "strong" and kind == "hygiene":
                continue
            for finding in findings_by_item.get(item.id, []):
                if item.status == "missing" and kind == "hygiene":
                    continue
                location = f" [{finding.location.describe()}]" if finding.location and finding.location.describe() else ""
                lines.append(f"      {finding.rule}: {finding.message}{location}")
                if finding.quote:
                    lines.append(f"        « {finding.quote} »" if report.report_language == "fr"
                                 else f"        \"{finding.quote}\"")
            if item.status == "weak" and item.evidence and not any(f.quote for f in findings_by_item.get(item.id, [])):
                quote = item.evidence[0].text
                lines.append(f"        « {quote} »" if report.report_language == "fr" else f"        \"{quote}\"")
    proofreading = findings_by_item.get(PROOFREADING, [])
    if proofreading:  # drafting defects of the whole document, in their own section
        lines.append(f"  {words['proofreading']}: {words['findings'].format(count=len(proofreading))}")
        for finding in proofreading:
            lines.extend(_proofreading_lines(finding, report.report_language))
    return lines


def _proofreading_lines(finding: Finding, lang: str) -> list[str]:
    where = finding.location.describe() if finding.location else ""
    lines = [f"    {_SEVERITY_MARK.get(finding.severity, '!')} {finding.rule}: {finding.message}"
             + (f" [{where}]" if where else "")]
    if finding.quote:
        lines.append(f"        « {finding.quote} »" if lang == "fr" else f"        \"{finding.quote}\"")
    return lines


def _documents(reports: Sequence[DocumentReport], failures: Sequence[InputFailure]) -> str:
    blocks = ["\n".join(_document(report)) for report in reports]
    blocks.extend(f"{failure.path}: error: {failure.message}" for failure in failures)
    return "\n\n".join(blocks) + "\n"


@register("text")
def render_text(run: RunResult) -> str:
    """The findings to fix, then the waivers and the table."""
    to_fix = [replace(r, findings=[f for f in r.findings if not about_waivers(f)]) for r in run.reports]
    parts = (_documents(to_fix, run.failures), waivers_section(run.reports),
             summary_table(run.reports, run.failures, run.known))
    return "\n".join(part for part in parts if part)
