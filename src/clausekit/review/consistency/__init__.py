"""Consistency review: clauses that each look fine and together do not work.

A notice as long as the period it ends, one period stated with two values, a commitment
that a short convenience exit makes worthless, two governing laws, courts and
arbitration for the same disputes, a reference to a clause on another subject. Each
check is a function of this module registered under the ``check`` name its rules give
(``lint_rules/_consistency.yaml``); it reads the document's facts (``clausekit.review.facts``)
and returns findings (item ``consistency``), each located at the later passage, its
message naming the other, which it also carries as a related passage.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ...document import Document, Location
from ...plugins import Registry
from ...results import Fact, Finding, RelatedPassage
from ..rules import CONSISTENCY, Rule, RuleSet, compile_pattern
from ..segment.passages import quote, sentence_bounds

EQUAL_MONTHS = 1e-6
SHORT_EXIT_MONTHS = 12  # a convenience exit on less notice than a year undoes a yearly commitment
SENTENCE_WORDS = 6  # a commitment stated in a sentence, not a heading or a definition's name
TOPIC_STEM = 6  # at most this many letters of a topic word must be in its target clause ("termin", "résili")
NEAR_PARAGRAPHS = 3  # a renewal period this far from a notice is the one the notice ends
COMPARED = ("pilot_duration", "payment_term", "initial_term", "renewal_period")


@dataclass(frozen=True)
class Review:
    """One document under review: its facts, and what the findings need."""

    document: Document
    facts: list[Fact]
    ruleset: RuleSet
    lang: str
    report_lang: str

    def of(self, kind: str) -> list[Fact]:
        return [fact for fact in self.facts if fact.kind == kind]

    @property
    def data(self) -> dict:
        return self.ruleset.consistency_data

    def subject(self, kind: str) -> str:
        return self.data["subjects"][kind][self.report_lang]

    def place(self, location: Location) -> str:
        """'clause 5.1' where the clause is numbered, else every part known ('line 12'); in French with
        its article ("l'article 5.1"), as the messages use it."""
        place = Location(clause=location.clause) if location.clause else location
        described = place.describe(lang=self.report_lang)
        if self.report_lang == "fr":
            return f"l'{described}" if location.clause else f"la {described}"
        return described

    def finding(self, rule: Rule, at: Fact, passage: RelatedPassage, **fields: str) -> Finding:
        """A finding at ``at``, its message naming where ``passage`` (the other side) is."""
        message = rule.message[self.report_lang].format(place=self.place(passage.location), **fields)
        return Finding(rule.id, CONSISTENCY, rule.severity, message, at.location, at.text, related=(passage,))


def _other(fact: Fact) -> RelatedPassage:
    return RelatedPassage("other", fact.text, fact.location)


Check = Callable[[Review, Rule], list[Finding]]
_CHECKS: Registry[Check] = Registry(__name__)
register = _CHECKS.register
checks = _CHECKS.all


def check_consistency(document: Document, facts: list[Fact], ruleset: RuleSet, lang: str,
                      report_lang: str) -> list[Finding]:
    """Every consistency rule's findings, in the order of the document."""
    review = Review(document, facts, ruleset, lang, report_lang)
    registered = checks()
    findings: list[Finding] = []
    for rule in ruleset.consistency.values():
        findings.extend(registered[rule.check](review, rule))
    return sorted(findings, key=lambda f: f.location.paragraph or 0 if f.location else 0)


def _nearest(fact: Fact, candidates: list[Fact]) -> Fact | None:
    return min(candidates, key=lambda other: abs(other.start - fact.start), default=None)


@register("notice_period")
def notice_period(review: Review, rule: Rule) -> list[Finding]:
    """A notice before expiry as long as the period it ends: the renewal period stated beside it, or
    the initial term when the notice names it or no renewal period is near."""
    findings = []
    initial_words = [w.lower() for w in (review.data.get("initial_term_words") or {}).get(review.lang) or []]
    for notice in review.of("renewal_notice"):
        near = [p for p in review.of("renewal_period")
                if abs((p.location.paragraph or 0) - (notice.location.paragraph or 0)) <= NEAR_PARAGRAPHS]
        if any(word in notice.text.lower() for word in initial_words):  # "before the expiry of the initial term"
            near = []
        period = _nearest(notice, near) or _nearest(notice, review.of("initial_term"))
        if period is None or notice.months is None or period.months is None:
            continue
        if notice.months >= period.months - EQUAL_MONTHS:
            findings.append(review.finding(rule, notice, _other(period), value=notice.value, period=period.value,
                                           kind=review.subject(period.kind)))
    return findings


@register("conflicting_values")
def conflicting_values(review: Review, rule: Rule) -> list[Finding]:
    """A period stated twice with two values: reported at each later statement that differs from the first."""
    findings = []
    for kind in COMPARED:
        stated = review.of(kind)
        if not stated:
            continue
        first = stated[0]
        for later in stated[1:]:
            if later.text == first.text or later.months is None or first.months is None:
                continue  # two values in one sentence are two parties' own periods, not a contradiction
            if abs(later.months - first.months) > EQUAL_MONTHS:
                findings.append(review.finding(rule, later, _other(first), subject=review.subject(kind),
                                               value=later.value, other=first.value))
    return findings


@register("illusory_commitment")
def illusory_commitment(review: Review, rule: Rule) -> list[Finding]:
    """A commitment, and a convenience exit on short notice with no firm period before it."""
    commitments = [c for c in review.of("commitment") if len(c.text.split()) >= SENTENCE_WORDS]
    if not commitments or review.of("firm_period"):
        return []
    term = review.of("initial_term")
    longest = max((t.months for t in term if t.months is not None), default=None)
    for exit_notice in review.of("convenience_notice"):
        months = exit_notice.months
        if months is None or months >= SHORT_EXIT_MONTHS or (longest is not None and months >= longest):
            continue
        return [review.finding(rule, exit_notice, _other(commitments[0]), value=exit_notice.value)]
    return []


@register("governing_law")
def governing_law(review: Review, rule: Rule) -> list[Finding]:
    """Two laws named as governing the contract (both known legal systems, so a stray phrase is no law)."""
    known = set(review.data.get("laws") or {})
    laws = [fact for fact in review.of("governing_law") if fact.value in known]
    if not laws:
        return []
    first = laws[0]
    titles = review.data.get("law_titles") or {}

    def title(system: str) -> str:
        return (titles.get(system) or {}).get(review.report_lang, system.title())

    return [review.finding(rule, later, _other(first), value=title(later.value), other=title(first.value))
            for later in laws[1:] if later.value != first.value]


@register("forum_and_arbitration")
def forum_and_arbitration(review: Review, rule: Rule) -> list[Finding]:
    """Courts with exclusive jurisdiction over the disputes that another clause sends to arbitration,
    unless the forum's paragraph limits the courts' role or speaks of the arbitration itself."""
    carve_out = review.data.get("forum_carve_out", {}).get(review.lang)
    pattern = _compiled(carve_out, "forum_carve_out") if carve_out else None
    document = review.document

    def organised(forum: Fact) -> bool:  # its own paragraph limits it, or says how it sits with arbitration
        paragraph = document.paragraph_at(forum.start).text
        return "arbitra" in paragraph.lower() or (pattern is not None and pattern.search(paragraph) is not None)

    forums = [f for f in review.of("forum") if not organised(f)]
    arbitrations = review.of("arbitration")
    if not forums or not arbitrations:
        return []
    earlier, later = sorted((forums[0], arbitrations[0]), key=lambda fact: fact.start)
    return [review.finding(rule, later, _other(earlier))]


@register("reference_topic")
def reference_topic(review: Review, rule: Rule) -> list[Finding]:
    """"the termination provisions of clause 12" where clause 12 never speaks of termination."""
    document = review.document
    spec = review.data.get("references", {}).get(review.lang) or []
    stopwords = set(review.data.get("topic_stopwords", {}).get(review.lang) or [])
    numbered = {section.number: section for section in document.sections if section.number}
    findings = []
    for number, alternative in enumerate(spec):
        for match in _compiled(alternative, f"references.{review.lang}[{number}]").finditer(document.text):
            target = numbered.get(match.group("number"))
            stems = [_stem(word) for word in match.group("topic").split()
                     if len(word) >= 4 and word.lower() not in stopwords]
            if target is None or not stems:
                continue  # a missing clause is proofreading's (broken-reference)
            prefix = f"{target.number}."
            covered = [s for s in document.sections if s is target or (s.number or "").startswith(prefix)]
            said = " ".join([target.heading, *(document.text[s.start:s.end] for s in covered)]).lower()
            citing = document.paragraph_at(match.start())
            if any(stem in said for stem in stems) or citing.section in {s.index for s in covered}:
                continue
            heading = f"{target.number}. {target.heading}".strip()
            first, last = sentence_bounds(document.text, match.start(), match.end())
            cited = Fact("reference", match.group("topic"), quote(document.text[first:last]),
                         document.location_at(match.start()), match.start())
            other = RelatedPassage("other", heading, document.location_at(target.start))
            findings.append(review.finding(rule, cited, other, value=match.group("topic")))
    return findings


def _stem(word: str) -> str:
    """The start every form of the word shares: "noti" (notice, notify), "termin", "résili"."""
    return word[:max(4, min(TOPIC_STEM, len(word) - 3))].lower()


@cache
def _compiled(pattern: str, where: str) -> re.Pattern:
    """A pattern of the rules' data, compiled once per process, not once per document."""
    return compile_pattern(pattern, re.IGNORECASE, f"_consistency.yaml: {where}")
