"""The report people read: the verdict first, then each item with where and why; after
the documents, the waivers and a table with a row per file (``clausekit.review.ci.summary``).

Each line carries a style (a missing checklist clause in bold red, a weak one in yellow, a
missing optional clause dimmed, quotes in italics): ``styled`` gives the same report as rich
text, which the command prints in colour on a terminal (not with NO_COLOR, not in a pipe).
"""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text

from ...results import DocumentReport, Finding, ItemResult, RunResult
from ...safe_text import visible
from ..ci.output import report_language
from ..ci.summary import about_waivers, summary_table, waivers_section
from ..rules import CONSISTENCY, PROOFREADING
from ..wording import full_message, key_terms
from ..wording import words as texts
from . import register

_WORDS = {
    "en": {"strong": "strong", "weak": "weak", "missing": "missing", "checklist": "checklist", "hygiene": "other clauses",
           "verdict": "{missing} missing, {weak} weak, {strong} strong", "error": "error",
           "proofreading": "proofreading", "consistency": "consistency", "findings": "{count} finding(s)", "closest": "closest:"},
    "fr": {"strong": "solide", "weak": "faible", "missing": "absente", "checklist": "checklist", "hygiene": "autres clauses",
           "verdict": "{missing} absente(s), {weak} faible(s), {strong} solide(s)", "error": "erreur",
           "proofreading": "relecture", "consistency": "cohérence", "findings": "{count} constat(s)", "closest": "le plus proche\u00a0:"},
}
_MARK = {"strong": "✓", "weak": "!", "missing": "✗"}
_OPTIONAL_MISSING = "·"  # a missing clause the profile does not require: info, not a failure
_SEVERITY_MARK = {"error": "✗", "warning": "!", "info": "·"}
_STATUS_STYLE = {"strong": "green", "weak": "yellow", "missing": "bold red"}
_SEVERITY_STYLE = {"error": "red", "warning": "yellow", "info": "dim"}
Line = tuple[str, str]  # text, rich style ("" for none)


def _quote(text: str, lang: str) -> Line:
    return (f"        « {text} »" if lang == "fr" else f"        \"{text}\"", "italic dim")


def _document(report: DocumentReport) -> list[Line]:
    lang = report.report_language
    words = _WORDS[lang]
    checklist = report.counts("checklist")
    lines: list[Line] = [(f"{report.path} ({report.language}, {report.profile}): "
                          f"{words['verdict'].format(**checklist)}", "bold")]
    terms = key_terms(report, lang)
    if terms:  # the few facts a reader checks first, as the contract states them
        lines.append((f"  {texts(lang)['key_terms']['title']} {terms}", "dim"))
    findings_by_item: dict[str, list] = {}
    for finding in report.findings:
        findings_by_item.setdefault(finding.item, []).append(finding)
    for kind in ("checklist", "hygiene"):
        items = [i for i in report.items if i.kind == kind]
        if not items:
            continue
        if kind == "hygiene":
            lines.append((f"  {words['hygiene']}: {words['verdict'].format(**report.counts('hygiene'))}", "bold"))
        for item in sorted(items, key=lambda i: ("missing", "weak", "strong").index(i.status)):
            lines.extend(_item(item, findings_by_item.get(item.id, []), lang))
    for section in (CONSISTENCY, PROOFREADING):  # what spans clauses, then drafting defects, each in its section
        found = findings_by_item.get(section, [])
        if found:
            lines.append((f"  {words[section]}: {words['findings'].format(count=len(found))}", "bold"))
            for finding in found:
                lines.extend(_document_finding_lines(finding, lang))
    return lines


def _item(item: ItemResult, findings: list[Finding], lang: str) -> list[Line]:
    """The item's verdict line, then each finding with where it is, and the passages judged, each quoted once."""
    words = _WORDS[lang]
    optional = item.kind == "hygiene" and item.status == "missing"
    mark = _OPTIONAL_MISSING if optional else _MARK[item.status]
    where = ""
    if item.evidence:
        where = item.evidence[0].location.describe(lang=lang)
    elif optional:  # its finding is not listed: where one would look for the clause goes on its line
        closest = next((r for f in findings for r in f.related if r.role == "closest"), None)
        where = f"{words['closest']} {closest.location.describe(lang=lang)}" if closest else ""
    lines: list[Line] = [(f"  {mark} {words[item.status]:8} {item.id:28} {item.title}" + (f"  [{where}]" if where else ""),
                          "dim" if optional else _STATUS_STYLE[item.status])]
    if optional or (item.status == "strong" and item.kind == "hygiene"):
        return lines
    quoted: set[str] = set()
    for finding in findings:
        described = finding.location.describe(lang=lang) if finding.location else ""
        lines.append((f"      {finding.rule}: {full_message(finding, lang)}" + (f" [{described}]" if described else ""), ""))
        if finding.quote and finding.quote not in quoted:
            quoted.add(finding.quote)
            lines.append(_quote(finding.quote, lang))
    if not quoted and item.evidence:  # what a strong or weak verdict rests on
        lines.append(_quote(item.evidence[0].text, lang))
    return lines


def _document_finding_lines(finding: Finding, lang: str) -> list[Line]:
    where = finding.location.describe(lang=lang) if finding.location else ""
    lines = [(f"    {_SEVERITY_MARK.get(finding.severity, '!')} {finding.rule}: {finding.message}"
              + (f" [{where}]" if where else ""), _SEVERITY_STYLE.get(finding.severity, ""))]
    if finding.quote:
        lines.append(_quote(finding.quote, lang))
    for other in (r for r in finding.related if r.role == "other" and r.text != finding.quote):  # the other side
        quoted = _quote(other.text, lang)[0].lstrip()
        lines.append((f"        ↔ [{other.location.describe(lang=lang)}] {quoted}", "italic dim"))
    return lines


def _report(run: RunResult) -> list[Line]:
    """The findings to fix, then the waivers and the table, as styled lines."""
    lang = report_language(list(run.reports)) if run.reports else "en"
    to_fix = [replace(r, findings=[f for f in r.findings if not about_waivers(f)]) for r in run.reports]
    lines: list[Line] = []
    for report in to_fix:
        lines.extend([*_document(report), ("", "")])
    error = _WORDS[lang]["error"]
    lines.extend((f"{failure.path}: {error}: {failure.message}", "red") for failure in run.failures)
    if run.failures:
        lines.append(("", ""))
    if lines:
        lines.pop()  # no blank line before the waivers and the table
    for part in (waivers_section(run.reports, lang), summary_table(run.reports, run.failures, run.known, lang)):
        if part:
            lines.append(("", ""))
            lines.extend((line, "bold" if i == 0 else "") for i, line in enumerate(part.rstrip("\n").split("\n")))
    return lines


def render_styled(run: RunResult) -> Text:
    text = Text()
    for line, style in _report(run):
        text.append(visible(line) + "\n", style=style or None)  # a contract's escape sequences stay text
    return text


@register("text", styled=render_styled)
def render_text(run: RunResult) -> str:
    return "".join(line + "\n" for line, _ in _report(run))
