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
class EngagementType:
    """A supplier engagement type (spot, framework...) and the duration it calls for."""

    id: str
    title: dict[str, str]
    template: str
    usual: dict[str, str]
    min_months: float | None = None
    max_months: float | None = None
    indefinite: bool = False

    def fits(self, months: float | None) -> bool:
        """Whether a term of ``months`` (None: indefinite) suits this engagement."""
        if months is None:
            return self.indefinite
        if self.indefinite:
            return False
        return (self.min_months is None or months >= self.min_months - 1e-6) and (
            self.max_months is None or months <= self.max_months + 1e-6)


@dataclass(frozen=True)
class Checklist:
    items: dict[str, Item]
    profiles: dict[str, dict]
    engagement_types: dict[str, EngagementType] = field(default_factory=dict)

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
    engagement_types = {type_id: EngagementType(id=type_id, **spec)
                        for type_id, spec in (raw.get("engagement_types") or {}).items()}
    return Checklist(items=items, profiles=raw["profiles"], engagement_types=engagement_types)
