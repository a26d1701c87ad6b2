"""Clause checks: what is judged in a located clause besides its elements, one module per kind.

The judge locates each item's clause and checks its elements (patterns, negation,
modality, measures, value ranges); every other kind of check is a module of this
package with a function decorated ``@register("kind")``, as Vale's check kinds are.
A check receives the clause (``LocatedClause``) and returns findings; it applies only where
the item's rules ask for it (``weaknesses:``, ``engagement:``). Modules are discovered:
a new kind is a new module, and the rule files name it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ...plugins import Registry
from ...results import Finding
from ..rules import ItemRules, RuleSet
from ..segment.sentences import AnalysedDocument, Sentence

@dataclass(frozen=True)
class LocatedClause:
    """One item's clause as the judge located it: its sentences, and the rules that apply."""

    analysis: AnalysedDocument
    rules: ItemRules
    ruleset: RuleSet
    sentences: list[Sentence]
    report_lang: str


ClauseCheck = Callable[[LocatedClause], list[Finding]]
_CHECKS: Registry[ClauseCheck] = Registry(__name__)
register = _CHECKS.register
clause_checks = _CHECKS.all

