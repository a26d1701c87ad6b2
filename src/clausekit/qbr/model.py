"""What a QBR kit holds: plain data, read from the contract, that the writer lays out.

A value the contract does not state is ``None`` (an empty tuple for lists): the writer then
says so in the kit rather than filling it in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Stated:
    """A value as the contract states it, and where (``clause`` as the reader sees it, ``page``
    for a PDF)."""

    text: str
    clause: str | None = None
    page: int | None = None


@dataclass(frozen=True)
class Manager:
    party: str
    name: str


@dataclass(frozen=True)
class Kpi:
    name: str
    target: str
    kind: str  # kpis | service_levels | objectives: the list of the contract it comes from
    type: str  # business | relationship
    clause: str | None = None


@dataclass(frozen=True)
class AgendaBlock:
    id: str
    minutes: int
    title: str
    prepare: str


@dataclass(frozen=True)
class Frequency:
    months: float  # the interval between two meetings
    stated: Stated  # the words of the contract ("every quarter")


@dataclass(frozen=True)
class Review:
    day: date
    since: date  # the review before, or the effective date: the period this one looks back on


@dataclass(frozen=True)
class QbrKit:
    lang: str  # the kit's language
    contract_language: str  # the contract's, as the linter detects it
    contract: str  # the contract's file name
    title: str | None  # the contract's title
    parties: tuple[str, ...]
    governance_status: str  # strong | weak | missing, the linter's verdict
    governance_clause: Stated | None  # the clause number and heading, "5" and "Governance"
    governance_findings: tuple[str, ...]  # the linter's messages on the governance item
    committee_name: Stated | None
    members_per_party: int | None
    members_total: int | None
    members_stated: Stated | None  # the sentence that counts them
    managers: tuple[Manager, ...]
    frequency: Frequency | None
    effective_date: date | None
    effective_stated: Stated | None
    start: date  # from when the next reviews are computed (--from)
    reviews: tuple[Review, ...]
    kpis: tuple[Kpi, ...]
    agenda: tuple[AgendaBlock, ...] = field(default=())

    @property
    def review_dates(self) -> tuple[date, ...]:
        return tuple(review.day for review in self.reviews)

    @property
    def agenda_minutes(self) -> int:
        return sum(block.minutes for block in self.agenda)

    def gaps(self) -> list[str]:
        """The facts the contract does not state, by name (what the command lists on stderr)."""
        missing = []
        for name, value in (("parties", self.parties), ("governance clause", self.governance_clause),
                            ("effective date", self.effective_date), ("committee", self.committee_name),
                            ("members per party", self.members_per_party or self.members_total),
                            ("partnership managers", self.managers), ("meeting frequency", self.frequency),
                            ("KPIs", self.kpis)):
            if not value:
                missing.append(name)
        return missing
