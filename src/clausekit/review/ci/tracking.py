"""What a CI run adds to a finding: a stable fingerprint and, when one applies, its waiver.

The fingerprint lets a later run (``--baseline``), GitHub code scanning and GitLab
recognise the same finding after unrelated edits: it hashes the file's path, the
rule id and the quoted passage (normalised: case, spacing, punctuation and a leading
clause number do not count) or, for a finding without a quote or about a whole clause
(``Finding.clause_wide``), the rule alone. Line
numbers and clause numbers never enter it, so inserting a clause above changes
nothing. Identical findings in one file are told apart by their order.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, fields, replace
from datetime import date

from ...results import DocumentReport, Finding

_LEADING_NUMBER = re.compile(r"^(?:(?:article|clause|section)\s+)?\d{1,3}(?:\.\d{1,3})*\.?\s+", re.IGNORECASE)
_NOT_WORD = re.compile(r"[^\w%]+")


@dataclass(frozen=True)
class Waived:
    """Why a finding does not count: a waiver (with its expiry) or a suppression written in the
    contract itself (``suppressions.py``: no expiry, it lives as long as the comment)."""

    reason: str
    expires: date | None
    source: str  # "waivers.yaml:12", "contract.docx: comment on clause 6"

    @property
    def inline(self) -> bool:
        return self.expires is None

    def scope(self) -> str:
        return "in the contract" if self.expires is None else f"until {self.expires.isoformat()}"

    def describe(self, lang: str = "en") -> str:
        """'waived until 2027-01-31 (waivers.yaml:12): reason', or 'suppressed in the contract (...): reason'."""
        if self.expires is None:
            how = "écarté dans le contrat" if lang == "fr" else "suppressed in the contract"
        else:
            how = f"{'dérogation jusqu’au' if lang == 'fr' else 'waived until'} {self.expires.isoformat()}"
        return f"{how} ({self.source}){' :' if lang == 'fr' else ':'} {self.reason}"

    def as_dict(self) -> dict:
        data: dict[str, object] = {"reason": self.reason, "source": self.source}
        if self.expires is not None:
            data["expires"] = self.expires.isoformat()
        else:
            data["inline"] = True
        return data


@dataclass(frozen=True)
class TrackedFinding(Finding):
    fingerprint: str = ""
    waiver: Waived | None = None

    def as_dict(self) -> dict:
        data = super().as_dict()
        data["fingerprint"] = self.fingerprint
        if self.waiver is not None:
            data["waived"] = True
            data["waiver"] = self.waiver.as_dict()
        return data


def is_waived(finding: Finding) -> bool:
    return getattr(finding, "waiver", None) is not None


def active_findings(report: DocumentReport) -> list[Finding]:
    """The findings that count: everything but the waived ones."""
    return [f for f in report.findings if not is_waived(f)]


def normalise_quote(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().strip().rstrip("…")
    return _NOT_WORD.sub(" ", _LEADING_NUMBER.sub("", text)).strip()


def fingerprints(path: str, findings: list[tuple[str, str | None]]) -> list[str]:
    """The fingerprints of one document's (rule, quote) pairs, in order."""
    seen: Counter = Counter()
    result = []
    for rule, quote in findings:
        passage = normalise_quote(quote or "")
        key = "\0".join((path, rule, passage, str(seen[rule, passage])))
        seen[rule, passage] += 1
        result.append(hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:32])  # a name may not be UTF-8
    return result


def tracked(finding: Finding) -> TrackedFinding:
    if isinstance(finding, TrackedFinding):
        return finding
    return TrackedFinding(**{f.name: getattr(finding, f.name) for f in fields(Finding)})


def fingerprint_findings(path: str, findings: list[Finding]) -> list[Finding]:
    """Every finding of one document as a ``TrackedFinding`` with its fingerprint."""
    prints = fingerprints(path, [(f.rule, f.identity_quote) for f in findings])
    return [replace(tracked(f), fingerprint=p) for f, p in zip(findings, prints, strict=True)]
