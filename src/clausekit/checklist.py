"""The checklist model: items, their profiles and the elements that make them strong.

Loaded from ``checklist.yaml`` beside this module: the one definition that the
clause library, the templates and the lint rules are all validated against.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

LANGUAGES = ("fr", "en")
STATUSES = ("strong", "weak", "missing")


@dataclass(frozen=True)
class Item:
    id: str
    kind: str  # "checklist" or "hygiene"
    profiles: tuple[str, ...]
    title: dict[str, str]
    why: dict[str, str]
    elements: dict[str, dict[str, str]] = field(default_factory=dict)
    cuad: str | None = None

    def applies_to(self, profile: str) -> bool:
        """Hygiene items apply everywhere; checklist items to their profiles."""
        return self.kind == "hygiene" or profile == "all" or profile in self.profiles


@dataclass(frozen=True)
class Checklist:
    items: dict[str, Item]
    profiles: dict[str, dict]

    def items_for(self, profile: str) -> list[Item]:
        """Every item a report on a ``profile`` document must list, checklist first."""
        return [item for item in self.items.values() if item.applies_to(profile)]

    def item(self, item_id: str) -> Item:
        try:
            return self.items[item_id]
        except KeyError:
            from .errors import ClauseKitError
            raise ClauseKitError(f"unknown checklist item {item_id!r}; valid: {', '.join(self.items)}") from None


@cache
def load_checklist(path: Path | None = None) -> Checklist:
    path = path or Path(__file__).with_name("checklist.yaml")
    raw = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    items = {}
    for item_id, spec in raw["items"].items():
        kind = spec["kind"]
        profiles = tuple(spec.get("profiles", ())) if kind == "checklist" else ("partnership", "supplier")
        items[item_id] = Item(
            id=item_id,
            kind=kind,
            profiles=profiles,
            title=spec["title"],
            why=spec["why"],
            elements=spec.get("elements", {}),
            cuad=spec.get("cuad"),
        )
    return Checklist(items=items, profiles=raw["profiles"])
