"""The data of the Word outputs, kept in the YAML files beside this module: where proposals go
(placement.yaml) and what a replacement takes from the contract (redline.yaml)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

_FOLDER = Path(__file__).resolve().parent
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def _load(name: str) -> dict:
    return yaml.load((_FOLDER / name).read_text(encoding="utf-8"), Loader=_Loader)


@cache
def placement_pattern(kind: str, lang: str) -> re.Pattern | None:
    """``final_headings`` or ``signature_formulas`` of placement.yaml, as one pattern."""
    alternatives = _load("placement.yaml")[kind].get(lang) or []
    return re.compile("|".join(f"(?:{p})" for p in alternatives), re.IGNORECASE) if alternatives else None


def redline_data() -> dict:
    """redline.yaml: which clause variables the contract's facts fill."""
    return _load("redline.yaml")
