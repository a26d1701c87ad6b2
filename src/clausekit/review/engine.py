"""The review engine: everything a run shares, built once from the configuration.

The checklist and its rules (the built-in item packages, an organisation's item
packages and rule folders), and the stages a document goes through::

    read (readers) -> analyse + judge each item (judge) -> facts -> consistency -> proofread
        -> inline suppressions -> report (reporters)

Commands build one engine and hand it down; ``clausekit rules``, the waivers, the
reporters' rule catalogue and lint all see the same rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..checklist import Checklist
from .rules import Rule, RuleSet, load_rules

if TYPE_CHECKING:
    from .ci.config import LintConfig
    from ..document import Document
    from ..results import DocumentReport

@dataclass(frozen=True)
class Engine:
    rules: RuleSet
    rule_dirs: tuple[Path, ...] = ()
    item_dirs: tuple[Path, ...] = ()

    @property
    def checklist(self) -> Checklist:
        return self.rules.checklist

    def catalogue(self) -> dict[str, Rule]:
        """Every rule a finding may name, the waiver checks included: what reporters describe."""
        from .ci.waivers import waiver_rules

        return {**self.rules.rules, **waiver_rules()}

    def lint_document(self, document: Document, lang: str | None = None, profile: str | None = None,
                      report_lang: str | None = None, model: str | None = None) -> DocumentReport:
        """Judge every item of the profile, then proofread; language and profile detected when not given.
        The document's ``clausekit: disable=`` lines are blanked in it first (``suppressions.py``)."""
        from dataclasses import replace

        from .segment.language import detect_language, detect_profile
        from .consistency import check_consistency
        from .facts import extract_facts
        from .judge import judge_document
        from .proofread import proofread
        from .ci.suppressions import apply_suppressions, take_directives

        directives = take_directives(document)
        lang = lang or detect_language(document)
        profile = profile or detect_profile(document)
        report = judge_document(document, self.rules, lang, profile, report_lang, model)
        facts = extract_facts(document, self.rules, lang)
        contradictions = check_consistency(document, facts, self.rules, lang, report.report_language)
        report = replace(report, facts=facts, findings=[*report.findings, *contradictions,
                                                        *proofread(document, lang, report.report_language)])
        return apply_suppressions(report, document, directives, self.catalogue())

    def lint_path(self, path: str | Path, lang: str | None = None, profile: str | None = None,
                  report_lang: str | None = None, model: str | None = None) -> DocumentReport:
        from .read import read_document

        return self.lint_document(read_document(path), lang, profile, report_lang, model)


@cache
def build_engine(rule_dirs: tuple[Path, ...] = (), item_dirs: tuple[Path, ...] = ()) -> Engine:
    """The engine of these folders (none: the built-in checklist and rules), once per process."""
    return Engine(rules=load_rules(rule_dirs, item_dirs), rule_dirs=rule_dirs, item_dirs=item_dirs)


def engine_for(config: LintConfig) -> Engine:
    return build_engine(config.rule_dirs, config.item_dirs)
