"""Lint one document: read it, detect language and profile, judge every item.

The one-way pipeline: readers -> analysis -> judge -> (reporters, elsewhere).
"""

from __future__ import annotations

from pathlib import Path

from .analysis.language import detect_language, detect_profile
from .judge import judge_document
from .readers import read_document
from .results import DocumentReport
from .rules import load_rules

LANGUAGE_CHOICES = ("fr", "en")
PROFILE_CHOICES = ("partnership", "supplier", "all")


def lint_path(path: str | Path, lang: str | None = None, profile: str | None = None,
              report_lang: str | None = None, model: str | None = None,
              extra_rule_dirs: tuple[Path, ...] = ()) -> DocumentReport:
    document = read_document(path)
    lang = lang or detect_language(document)
    profile = profile or detect_profile(document)
    return judge_document(document, load_rules(extra_rule_dirs), lang, profile, report_lang, model)
