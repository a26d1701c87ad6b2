"""Where the bundled data lives: inside the installed package, or in the checkout.

A wheel carries ``items/``, ``clause_library/``, ``templates/`` and ``lint_rules/`` under
``clausekit/_data``; an editable install or a plain checkout reads them from the
repository root. Code asks for a folder by name and never cares which it got.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
DATA_FOLDERS = ("items", "clause_library", "templates", "lint_rules")


@cache
def data_dir(name: str) -> Path:
    if name not in DATA_FOLDERS:
        raise ValueError(f"unknown data folder {name!r}")
    for candidate in (_PACKAGE_DIR / "_data" / name, _PACKAGE_DIR.parents[1] / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"clausekit data folder {name!r} is not installed")
