"""Weak wording in the clause: the shared sets of lint_rules/_shared.yaml (vague wording,
agreements to agree, unrestricted use) that the item's rules name under ``weaknesses:``."""

from __future__ import annotations

from ...results import Finding
from ..rules import ItemRules
from ..segment.passages import quote
from ..segment.sentences import Sentence
from . import LocatedClause, register


def about_item(sentence: Sentence, rules: ItemRules, lang: str) -> bool:
    """Whether a sentence speaks of the item: one of its elements or anchors occurs in it.

    A "Term and Termination" article is the term's scope, but the agreement to agree in
    its paragraph on jointly developed designs is not a weakness of the term.
    """
    for element in rules.elements.values():
        for patterns in (element.patterns, element.value.near if element.value else {}):
            pattern = patterns.get(lang)
            if pattern is not None and sentence.find(pattern):
                return True
    anchors = rules.anchors.get(lang) or []
    if sentence.lowered is None:
        return any(anchor.pattern.search(sentence.text) for anchor in anchors)
    return any(anchor.lowered.search(sentence.lowered) for anchor in anchors)


@register("weakness")
def weakness(clause: LocatedClause) -> list[Finding]:
    """The first sentence about the item holding each named weakness."""
    rules, lang, document = clause.rules, clause.analysis.lang, clause.analysis.document
    findings = []
    for name in rules.weaknesses:
        pattern = clause.ruleset.weaknesses[name].get(lang)
        if pattern is None:
            continue
        for sentence in clause.sentences:
            match = sentence.find(pattern)
            if match and about_item(sentence, rules, lang):
                rule = rules.rule_for(f"weakness:{name}")
                findings.append(Finding(rule.id, rules.item, rule.severity,
                                        rule.message[clause.report_lang].format(
                                            value=sentence.text[match.start():match.end()]),
                                        document.location_at(sentence.start), quote(sentence.text)))
                break
    return findings
