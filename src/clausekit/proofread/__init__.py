"""Proofreading: drafting defects found across the whole document.

Unfilled placeholders, undefined terms, broken cross-references, numbering gaps,
inconsistent party names, figures whose words and digits disagree. Each check is
a module in this package with a function decorated ``@register``; it receives the
document and returns findings (item ``proofreading``). Modules are discovered.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable

from ..document import Document
from ..results import Finding

ITEM = "proofreading"
Check = Callable[[Document, str, str], list[Finding]]  # (document, lang, report_lang) -> findings

_CHECKS: dict[str, Check] = {}


def register(name: str) -> Callable[[Check], Check]:
    def decorator(check: Check) -> Check:
        _CHECKS[name] = check
        return check
    return decorator


def checks() -> dict[str, Check]:
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    return dict(_CHECKS)


def proofread(document: Document, lang: str, report_lang: str) -> list[Finding]:
    findings: list[Finding] = []
    for check in checks().values():
        findings.extend(check(document, lang, report_lang))
    return findings
