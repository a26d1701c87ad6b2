"""The term against the engagement type the contract states (a ten-year framework agreement).

Only the term's rules ask for it (``engagement:`` in items/term/rules.yaml); the
engagement types and the duration each calls for are in items/checklist.yaml.
"""

from __future__ import annotations

from ...document import Document
from ...results import Finding
from ..rules import Element, EngagementCheck
from ..segment import values as value_readers
from ..segment.passages import quote
from ..segment.sentences import Sentence
from . import LocatedClause, register

TITLE_ZONE = 600  # characters at the start of a document where its title states what kind of contract it is


def _stated_engagement(document: Document, sentences: list[Sentence], check: EngagementCheck, lang: str) -> str | None:
    """The engagement type the title names ("Framework Supply Agreement"), failing that the term clause."""
    for text in (document.text[:TITLE_ZONE], " ".join(s.text for s in sentences)):
        named = [(match.start(), type_id) for type_id, names in check.types.items()
                 if (pattern := names.get(lang)) is not None and (match := pattern.search(text))]
        if named:
            return min(named)[1]
    return None


def _initial_term(sentences: list[Sentence], element: Element, check: EngagementCheck,
                  lang: str) -> tuple[value_readers.Value | None, Sentence] | None:
    """The first term the clause states: a duration (value) or an indefinite term (None), with its sentence."""
    near = element.value.near.get(lang) if element.value else None
    indefinite = check.indefinite.get(lang)
    for sentence in sentences:
        stated: list[tuple[int, value_readers.Value | None]] = []
        if indefinite is not None and (match := indefinite.search(sentence.text)):
            stated.append((match.start(), None))
        if near is None or near.search(sentence.text):
            stated.extend((value.start, value) for value in value_readers.durations(sentence.text))
        if stated:
            return min(stated, key=lambda entry: entry[0])[1], sentence
    return None


@register("engagement")
def engagement(clause: LocatedClause) -> list[Finding]:
    rules, check, lang, report_lang = clause.rules, clause.rules.engagement, clause.analysis.lang, clause.report_lang
    if check is None:
        return []
    document = clause.analysis.document
    type_id = _stated_engagement(document, clause.sentences, check, lang)
    element = next((e for e in rules.elements.values() if e.value and e.value.kind == "duration"), None)
    if type_id is None or element is None:
        return []
    stated = _initial_term(clause.sentences, element, check, lang)
    if stated is None:
        return []
    value, sentence = stated
    engagement_type = clause.ruleset.checklist.engagement_types[type_id]
    if engagement_type.fits(None if value is None else value.months):
        return []
    rule = rules.rules[check.rule]
    term = check.indefinite_term[report_lang] if value is None else value.text
    message = rule.message[report_lang].format(type=engagement_type.title[report_lang], term=term,
                                               usual=engagement_type.usual[report_lang])
    return [Finding(rule.id, rules.item, rule.severity, message, document.location_at(sentence.start),
                    quote(sentence.text))]
