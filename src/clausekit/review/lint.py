"""Lint one document with the built-in checklist and rules: the short way in for scripts.

A command builds its ``Engine`` from the configuration (``engine_for``); this is that
engine without a configuration, or with the one given.
"""

from __future__ import annotations

from pathlib import Path

from ..results import DocumentReport
from .engine import Engine, build_engine


def lint_path(path: str | Path, lang: str | None = None, profile: str | None = None,
              report_lang: str | None = None, model: str | None = None,
              engine: Engine | None = None) -> DocumentReport:
    return (engine or build_engine()).lint_path(path, lang, profile, report_lang, model)
