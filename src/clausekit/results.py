"""What the linter concludes about a document: item statuses, evidence, findings.

Reporters read only these types; they never look at rules or documents.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .document import Location

if TYPE_CHECKING:
    from .review.rules import Rule


@dataclass(frozen=True)
class Evidence:
    text: str
    location: Location

    def as_dict(self) -> dict:
        return {"text": self.text, "location": self.location.as_dict()}


@dataclass(frozen=True)
class RelatedPassage:
    """Another passage a finding points the reader to: the closest clause to a missing one, the
    clause a contradiction is with. ``role`` says which (``closest``, ``stated``...)."""

    role: str
    text: str
    location: Location

    def as_dict(self) -> dict:
        return {"role": self.role, "text": self.text, "location": self.location.as_dict()}


@dataclass(frozen=True)
class Finding:
    rule: str
    item: str
    severity: str
    message: str
    location: Location | None = None
    quote: str | None = None  # the passage judged, on one line
    related: tuple[RelatedPassage, ...] = ()
    clause_wide: bool = False  # about the clause as a whole (an element it lacks): its quote is the clause's first passage

    @property
    def identity_quote(self) -> str | None:
        """The passage that makes the finding what it is (its fingerprint): none for a clause-wide
        finding, which stays the same finding whatever the clause's first sentence says."""
        return None if self.clause_wide else self.quote

    def as_dict(self) -> dict:
        data: dict[str, object] = {"rule": self.rule, "item": self.item, "severity": self.severity,
                                   "message": self.message}
        if self.location is not None:
            data["location"] = self.location.as_dict()
        if self.quote:
            data["quote"] = self.quote
        if self.related:
            data["related"] = [r.as_dict() for r in self.related]
        if self.clause_wide:
            data["clause_wide"] = True
        return data


@dataclass(frozen=True)
class Fact:
    """Something the contract states, read once for every feature that needs it (the consistency
    rules, the key terms of a report): a duration and the period it belongs to, a governing law, a
    forum. ``value`` is as the text says it ("three (3) months", "france"); ``months`` is a
    duration's length, for comparisons."""

    kind: str
    value: str
    text: str  # the sentence stating it, on one line
    location: Location
    start: int  # offset in the document text, for order and for the passage's paragraph
    months: float | None = None

    def as_dict(self) -> dict:
        data: dict[str, object] = {"kind": self.kind, "value": self.value, "text": self.text,
                                   "location": self.location.as_dict()}
        if self.months is not None:
            data["months"] = round(self.months, 4)
        return data


@dataclass
class ItemResult:
    id: str
    kind: str
    title: str
    status: str  # strong | weak | missing
    evidence: list[Evidence] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"id": self.id, "kind": self.kind, "status": self.status,
                "evidence": [e.as_dict() for e in self.evidence]}


@dataclass
class DocumentReport:
    path: str
    language: str
    profile: str
    report_language: str
    words: int
    items: list[ItemResult]
    findings: list[Finding]
    format: str = ""
    pages: int | None = None
    sha256: str = ""  # of the file's bytes, when it was read from a file (what --resume compares)
    facts: list[Fact] = field(default_factory=list)  # what the contract states (durations, law, forum...)

    def counts(self, kind: str | None = None) -> dict[str, int]:
        counts = {"strong": 0, "weak": 0, "missing": 0}
        for item in self.items:
            if kind is None or item.kind == kind:
                counts[item.status] += 1
        return counts

    def as_dict(self) -> dict:
        return {"path": self.path, "language": self.language, "profile": self.profile,
                "format": self.format, "words": self.words,
                "summary": {"checklist": self.counts("checklist"), "hygiene": self.counts("hygiene")},
                "items": [i.as_dict() for i in self.items],
                "findings": [f.as_dict() for f in self.findings],
                "facts": [f.as_dict() for f in self.facts]}


@dataclass(frozen=True)
class InputFailure:
    """A file that could not be linted; reported, and it makes the exit code 2."""

    path: str
    message: str
    sha256: str = ""


@dataclass(frozen=True)
class RunResult:
    """One run, whole: what every reporter and hook receives."""

    reports: Sequence[DocumentReport]
    failures: Sequence[InputFailure] = ()
    catalogue: Mapping[str, Rule] = field(default_factory=dict)  # every rule a finding may name, by id
    known: int = 0  # findings left out because the baseline already had them
