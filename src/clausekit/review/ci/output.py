"""What the CI outputs (SARIF, JUnit, GitHub, GitLab, the summary tables) share:
repository-relative paths, where a finding is, the rule catalogue, counts per file.

CI services resolve paths against the checkout, so outputs name files relative to
the working directory (run ``clausekit lint`` from the repository root). A location
says the clause number and the paragraph, and the line for text and Markdown files,
whose lines a code review can show.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

from ...document import Location
from ...results import DocumentReport, Finding
from ..rules import Rule
from ..wording import related_sentences
from .config import project_root
from .tracking import fingerprints, is_waived

LINE_FORMATS = ("text", "markdown")  # formats whose Location.line is a line of the file
_PLACEHOLDER = re.compile(r"\{\w+\}")


def repo_path(path: str) -> str:
    """The path relative to the project's root (``config.project_root``: the repository's top),
    POSIX style, whatever the working directory; as given when outside it ('-': standard input)."""
    if path == "-":
        return path
    relative = os.path.relpath(os.path.abspath(path), root())
    return Path(path if relative.startswith("..") else relative).as_posix()


def root() -> Path:
    return project_root(Path.cwd().resolve())


def line_of(report: DocumentReport, location: Location | None) -> int | None:
    """The 1-based line of the file, only where the format has lines."""
    if location is None or location.line is None:
        return None
    return location.line if report.format in LINE_FORMATS else None


def where(location: Location | None) -> str:
    """'clause 7.2, page 4, paragraph 57' (or '..., paragraph 12, line 40' for text): empty when unknown."""
    return location.describe(every_part=True) if location is not None else ""


def ci_message(finding: Finding, lang: str, separator: str = " ") -> str:
    """What a CI annotation says: the message and where (clause, paragraph, line), the passage judged
    in quotes, and where the related passages are ('Closest: 12. Term, line 88.')."""
    described = where(finding.location)
    parts = [finding.message + (f" ({described})" if described else "")]
    if finding.quote:
        parts.append(f"\"{finding.quote}\"")
    parts.extend(related_sentences(finding, lang))
    return separator.join(parts)


def finding_fingerprints(report: DocumentReport) -> list[str]:
    """Each finding's fingerprint: the one the run gave it, else computed the same way."""
    computed = fingerprints(repo_path(report.path), [(f.rule, f.identity_quote) for f in report.findings])
    return [getattr(f, "fingerprint", "") or fallback
            for f, fallback in zip(report.findings, computed, strict=True)]


def short_message(rule: Rule, lang: str) -> str:
    """A rule's message with its placeholders ('{value}') shown as an ellipsis."""
    return _PLACEHOLDER.sub("…", rule.message[lang])


def severity_counts(report: DocumentReport) -> Counter:
    """Findings per severity, and 'waived' for the waived ones (which count for nothing else)."""
    counts: Counter = Counter()
    for finding in report.findings:
        counts["waived" if is_waived(finding) else finding.severity] += 1
    return counts


def report_language(reports: list[DocumentReport]) -> str:
    """The language for text that covers several documents: theirs when they agree, else English."""
    languages = {r.report_language for r in reports}
    return languages.pop() if len(languages) == 1 else "en"


def findings_by_item(report: DocumentReport) -> dict[str, list[Finding]]:
    grouped: dict[str, list[Finding]] = {}
    for finding in report.findings:
        grouped.setdefault(finding.item, []).append(finding)
    return grouped
