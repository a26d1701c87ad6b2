"""What each variable is called in a sentence (placeholders.yaml beside this module).

A draft with an unanswered fact, and a clause proposed into a reviewed contract, both
show the variable by these words ("[To be completed: pilot duration]"), not its name.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

_LABELS = Path(__file__).resolve().with_name("placeholders.yaml")


@cache
def labels() -> dict[str, dict[str, str]]:
    return yaml.load(_LABELS.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def placeholder_label(name: str, lang: str) -> str:
    """What a variable is called, e.g. "pilot duration" / "durée de la phase pilote"; else its name."""
    found = labels().get(name)
    return found[lang] if found else name
