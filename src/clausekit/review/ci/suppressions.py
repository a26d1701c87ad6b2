"""Inline suppressions: the rare exception accepted in the contract itself.

A Word comment, or a line of its own in a text, Markdown or PDF contract, reading
``clausekit: disable=exit.notice -- accepted by legal 2026-11`` silences that rule (or
several, comma-separated) for the clause it is in; a finding with no place (a missing
clause) is silenced by a directive anywhere. A suppressed finding stays in the report,
marked with its reason and the comment or line that suppressed it, and counts for nothing,
as a waived one. An unknown rule id in a directive is an error naming the document.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace

from ...document import Document, Location
from ...errors import ClauseKitError
from ...results import DocumentReport, Finding
from .tracking import Waived, tracked

DIRECTIVE = re.compile(r"clausekit:\s*disable\s*=\s*(?P<rules>[\w.-]+(?:\s*,\s*[\w.-]+)*)(?:\s*--\s*(?P<reason>\S.*))?",
                       re.IGNORECASE)
_DIRECTIVE_LINE = re.compile(rf"^[ \t]*(?:{DIRECTIVE.pattern})[ \t]*$", re.IGNORECASE | re.MULTILINE)
NO_REASON = "no reason given"  # kept as written: a directive's reason is the contract's own words


@dataclass(frozen=True)
class Suppression:
    rules: tuple[str, ...]
    reason: str
    section: int  # the clause (Document.sections index) it covers
    where: Location
    in_comment: bool

    def source(self, lang: str) -> str:
        """'comment on clause 6, paragraph 14' / 'clause 6, line 40', in the report's language."""
        where = self.where.describe(every_part=self.in_comment, lang=lang)
        return f"{'commentaire sur' if lang == 'fr' else 'comment on'} {where}" if self.in_comment else where


def take_directives(document: Document) -> list[Suppression]:
    """The document's directives; those written as lines of its text are blanked out of it
    (offsets kept), so that the rule ids they name are never read as contract wording."""
    found = []
    for paragraph in document.paragraphs:
        for note in paragraph.notes:
            match = DIRECTIVE.search(note)
            if match:
                found.append(_suppression(match, paragraph.section, document.location_at(paragraph.start), True))
        for match in _DIRECTIVE_LINE.finditer(paragraph.text):
            found.append(_suppression(match, paragraph.section, document.location_at(paragraph.start + match.start()),
                                      False))
            blank = " " * (match.end() - match.start())
            paragraph.text = paragraph.text[:match.start()] + blank + paragraph.text[match.end():]
            start = paragraph.start + match.start()
            document.text = document.text[:start] + blank + document.text[start + len(blank):]
    return found


def _suppression(match: re.Match, section: int, where: Location, in_comment: bool) -> Suppression:
    rules = tuple(rule.strip() for rule in match.group("rules").split(","))
    return Suppression(rules, (match.group("reason") or NO_REASON).strip(), section, where, in_comment)


def apply_suppressions(report: DocumentReport, document: Document, found: list[Suppression],
                       known_rules: Collection[str]) -> DocumentReport:
    if not found:
        return report
    for suppression in found:
        unknown = [rule for rule in suppression.rules if rule not in known_rules]
        if unknown:
            raise ClauseKitError(f"{suppression.source('en')}: 'clausekit: disable=' names the unknown rule "
                                 f"{unknown[0]!r} (see 'clausekit rules')", document.path)
    lang = report.report_language
    return replace(report, findings=[_suppressed(finding, found, document, lang) for finding in report.findings])


def _suppressed(finding: Finding, found: list[Suppression], document: Document, lang: str) -> Finding:
    paragraph = finding.location.paragraph if finding.location else None
    section = document.paragraphs[paragraph - 1].section if paragraph else None
    for suppression in found:
        if finding.rule in suppression.rules and (section is None or section == suppression.section):
            return replace(tracked(finding), waiver=Waived(suppression.reason, None, suppression.source(lang)))
    return finding
