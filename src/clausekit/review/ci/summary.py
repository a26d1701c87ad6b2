"""The end of the text report for a run: the waivers, then a table with a row per file.

The per-document report (``reporters/text.py``) shows what to fix; after many files a
reader wants the totals: which files have missing or weak clauses, how many errors
and warnings each, what is waived and until when, which waivers have expired.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ...results import DocumentReport, Finding, InputFailure
from .output import repo_path, severity_counts
from .tracking import is_waived
from .waivers import waiver_rules

_COLUMNS = {
    "en": ("file", "lang", "profile", "missing", "weak", "strong", "errors", "warnings", "info", "waived"),
    "fr": ("fichier", "langue", "profil", "absentes", "faibles", "solides", "erreurs", "alertes", "infos", "dérogées"),
}
_WORDS = {
    "en": {"summary": "Summary", "waivers": "Waivers", "unreadable": "unreadable",
           "totals": "{files} file(s) linted, {failures} unreadable: {error} error(s), {warning} warning(s), "
                     "{info} info, {waived} waived",
           "known": "; {known} finding(s) already in the baseline not shown"},
    "fr": {"summary": "Résumé", "waivers": "Dérogations", "unreadable": "illisible",
           "totals": "{files} fichier(s) analysé(s), {failures} illisible(s) : {error} erreur(s), {warning} alerte(s), "
                     "{info} info(s), {waived} dérogée(s)",
           "known": " ; {known} constat(s) déjà dans la référence non affiché(s)"},
}


def _table(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [cell.ljust(width) if i < 3 else cell.rjust(width)  # text columns left, counts right
                 for i, (cell, width) in enumerate(zip(row, widths, strict=True))]
        lines.append("  ".join(cells).rstrip())
    return lines


@dataclass(frozen=True)
class Tally:
    """What the summary and the exit code need of one document: its counts, not its findings,
    so that a run of 500,000 documents keeps a few numbers per document, not their reports."""

    path: str
    language: str
    profile: str
    checklist: Mapping[str, int]  # missing, weak, strong
    severities: Counter  # findings per severity, 'waived' apart

    @classmethod
    def of(cls, report: DocumentReport) -> Tally:
        return cls(report.path, report.language, report.profile, report.counts("checklist"), severity_counts(report))

    @classmethod
    def of_line(cls, document: Mapping) -> Tally:
        """The tally of a document of the JSON report (a line of an earlier --format jsonl run)."""
        severities: Counter = Counter()
        for finding in document["findings"]:
            severities["waived" if finding.get("waived") else finding["severity"]] += 1
        return cls(document["path"], document["language"], document["profile"],
                   document["summary"]["checklist"], severities)


def summary_table(reports: Sequence[DocumentReport], failures: Sequence[InputFailure], known: int = 0,
                  lang: str = "en") -> str:
    words = _WORDS[lang]
    tallies = [Tally.of(report) for report in reports]
    rows: list[tuple[str, ...]] = [_COLUMNS[lang]]
    for tally in tallies:
        rows.append((repo_path(tally.path), tally.language, tally.profile,
                     *(str(tally.checklist[s]) for s in ("missing", "weak", "strong")),
                     *(str(tally.severities[s]) for s in ("error", "warning", "info", "waived"))))
    for failure in failures:
        rows.append((repo_path(failure.path), "-", words["unreadable"], *["-"] * 7))
    return "\n".join([words["summary"], *_table(rows), totals_line(tallies, len(failures), known, lang)]) + "\n"


def totals_line(tallies: Sequence[Tally], failures: int, known: int = 0, lang: str = "en") -> str:
    total = run_severities(tallies)
    line = _WORDS[lang]["totals"].format(files=len(tallies), failures=failures, **{k: total[k] for k in
                                         ("error", "warning", "info", "waived")})
    return line + (_WORDS[lang]["known"].format(known=known) if known else "")


def run_severities(tallies: Sequence[Tally]) -> Counter:
    """The run's findings per severity, 'waived' apart: what the exit code is decided on."""
    return sum((tally.severities for tally in tallies), Counter())


def about_waivers(finding: Finding) -> bool:
    return is_waived(finding) or finding.rule in waiver_rules()


def waivers_section(reports: Sequence[DocumentReport], lang: str = "en") -> str:
    """Expired waivers (errors) and the findings waived, each with its reason."""
    lines = []
    for report in reports:
        for finding in filter(about_waivers, report.findings):
            lines.append(f"  {repo_path(report.path)}: {finding.rule} ({finding.severity}): {finding.message}")
            waiver = getattr(finding, "waiver", None)  # set on a TrackedFinding by the waivers
            if waiver is not None:
                lines.append(f"      {waiver.describe(lang)}")
    return _WORDS[lang]["waivers"] + "\n" + "\n".join(lines) + "\n" if lines else ""
