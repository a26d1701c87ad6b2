"""The fixed words of every review output, in the report's language (``texts.yaml``).

Shared by the reporters (the HTML page) and the Word outputs (comments, the review
report), so that both say a place, a profile and a verdict the same way, and neither
needs the other.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path

import yaml

from ..checklist import load_checklist
from ..document import Location
from ..results import DocumentReport, Finding, ItemResult, RelatedPassage

_TEXTS = Path(__file__).resolve().with_name("texts.yaml")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def _texts() -> dict:
    return yaml.load(_TEXTS.read_text(encoding="utf-8"), Loader=_Loader)


def words(lang: str) -> dict:
    """Every fixed text of the comments and reports in ``lang``."""
    return _texts()[lang]


def where(location: Location | None, lang: str) -> str:
    """"clause 7.2, page 4" / "article 7.2, page 4": what is known of a place, in ``lang``."""
    if location is None:
        return ""
    names = words(lang)["report"]["where"]
    parts = [names["clause"].format(value=location.clause)] if location.clause else []
    if location.page:
        parts.append(names["page"].format(value=location.page))
    if location.line:
        parts.append(names["line"].format(value=location.line))
    elif location.paragraph and not location.page:
        parts.append(names["paragraph"].format(value=location.paragraph))
    return ", ".join(parts)


def related_passage(related: RelatedPassage, lang: str) -> str:
    """'12. Term, line 88' for a clause heading, '“Pilot Period” means … (clause 1.4, line 12)' for a sentence."""
    location = related.location
    clause = location.clause
    if clause and related.text.startswith(clause):  # the heading says its number: the place adds the rest
        place = where(replace(location, clause=None), lang)
        return f"{related.text}, {place}" if place else related.text
    shown = words(lang)["related"]["quote"].format(text=related.text)
    place = where(location, lang)
    return f"{shown} ({place})" if place else shown


def related_sentences(finding: Finding, lang: str) -> list[str]:
    """One sentence per related passage: 'Closest: 12. Term, line 88.'"""
    texts = words(lang)["related"]
    return [texts[r.role].format(passage=related_passage(r, lang)) for r in finding.related if r.role in texts]


def key_terms(report: DocumentReport, lang: str) -> str:
    """'term four (4) years · payment thirty (30) days · law France': the first value of each key fact
    the contract states, in the order of ``texts.yaml``; empty when it states none."""
    labels = words(lang)["key_terms"]
    first: dict[str, str] = {}
    for fact in report.facts:
        if fact.kind in labels and fact.value and fact.kind not in first:
            first[fact.kind] = fact.value.title() if fact.kind == "governing_law" else fact.value
    return " · ".join(f"{labels[kind]} {first[kind]}" for kind in labels if kind in first)


def full_message(finding: Finding, lang: str) -> str:
    """The finding's message followed by where the related passages are: what CI outputs show."""
    return " ".join([finding.message, *related_sentences(finding, lang)])


def profile_title(profile: str, lang: str) -> str:
    profiles = load_checklist().profiles  # the built-in profiles: organisations add items, not profiles
    return profiles[profile]["title"][lang].lower() if profile in profiles else words(lang)["profile_all"]


def verdict(counts: dict[str, int], lang: str) -> str:
    return words(lang)["verdict"].format(**counts)


def item_findings(report: DocumentReport, item: ItemResult) -> list[Finding]:
    return [finding for finding in report.findings if finding.item == item.id]
