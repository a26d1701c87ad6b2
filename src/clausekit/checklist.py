"""The checklist model: items, their profiles and the elements that make them strong.

Each item is a package, ``items/<id>/``: ``item.yaml`` is its checklist entry, read by
the clause library, the templates and the lint rules alike. ``items/checklist.yaml``
holds what is not one item's: the profiles, the engagement types and the order in which
reports list the built-in items (a package it does not list comes after them). An organisation's item folders (configuration ``item-dirs``) add items
after the built-in ones, each a package of the same shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from .errors import ClauseKitError
from .resources import data_dir

LANGUAGES = ("fr", "en")
PROFILE_CHOICES = ("partnership", "supplier", "all")
STATUSES = ("strong", "weak", "missing")
KINDS = ("checklist", "hygiene")
INDEX_NAME = "checklist.yaml"
ENTRY_NAME = "item.yaml"
CLAUSES_FOLDER = "clauses"  # an item package's library clauses
_ENTRY_KEYS = {"id", "kind", "profiles", "title", "why", "elements", "cuad"}
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Item:
    id: str
    kind: str  # "checklist" or "hygiene"
    profiles: tuple[str, ...]
    title: dict[str, str]
    why: dict[str, str]
    elements: dict[str, dict[str, str]] = field(default_factory=dict)
    cuad: str | None = None
    folder: Path | None = None  # the item package: item.yaml, rules.yaml, clauses/

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
        applicable = [item for item in self.items.values() if item.applies_to(profile)]
        return sorted(applicable, key=lambda item: item.kind != "checklist")  # stable: the index's order

    def item(self, item_id: str) -> Item:
        try:
            return self.items[item_id]
        except KeyError:
            raise ClauseKitError(f"unknown checklist item {item_id!r}; valid: {', '.join(self.items)}") from None

    @property
    def item_folders(self) -> tuple[Path, ...]:
        return tuple(item.folder for item in self.items.values() if item.folder is not None)

    @property
    def clause_folders(self) -> tuple[Path, ...]:
        """The ``clauses/`` folders of the item packages that have one: the generator's library beyond its own."""
        return tuple(folder / CLAUSES_FOLDER for folder in self.item_folders if (folder / CLAUSES_FOLDER).is_dir())


def in_item_package(path: Path, item_id: str) -> bool:
    """``path`` is a clause file of the item package ``item_id`` (``<item_id>/clauses/x.yaml``)."""
    package = path.parent.parent
    return path.parent.name == CLAUSES_FOLDER and package.name == item_id and (package / ENTRY_NAME).is_file()


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except yaml.YAMLError as error:
        raise ClauseKitError(f"invalid YAML: {error}".splitlines()[0], path) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ClauseKitError(f"cannot read: {error}", path) from None


def _bilingual(raw: Any) -> bool:
    """A text in each language and nothing else: an unquoted comma in ``{en: a, b, fr: c}`` makes a key of ``b``."""
    return (isinstance(raw, dict) and set(raw) == set(LANGUAGES)
            and all(isinstance(raw[lang], str) and raw[lang].strip() for lang in LANGUAGES))


def load_item(folder: Path, profiles: dict[str, dict]) -> Item:
    """The checklist entry of the item package ``folder``; every problem names its file."""
    path = folder / ENTRY_NAME
    raw = _read_yaml(path)
    if not isinstance(raw, dict):
        raise ClauseKitError("an item entry must be a mapping (id, kind, title, why...)", path)
    unknown = sorted(set(raw) - _ENTRY_KEYS)
    if unknown:
        raise ClauseKitError(f"unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(_ENTRY_KEYS))}", path)
    if raw.get("id") != folder.name:
        raise ClauseKitError(f"id {raw.get('id')!r} must equal the folder name {folder.name!r}", path)
    kind = raw.get("kind")
    if kind not in KINDS:
        raise ClauseKitError(f"kind {kind!r} is not one of {', '.join(KINDS)}", path)
    for key in ("title", "why"):
        if not _bilingual(raw.get(key)):
            raise ClauseKitError(f"{key} needs a text for each language ({', '.join(LANGUAGES)}) and nothing else "
                                 "(quote a text holding a comma)", path)
    if kind == "checklist":
        given = raw.get("profiles")
        if not isinstance(given, list) or not given or any(p not in profiles for p in given):
            raise ClauseKitError(f"a checklist item needs profiles among {', '.join(profiles)}", path)
        item_profiles = tuple(given)
    else:
        item_profiles = tuple(profiles)
    elements = raw.get("elements") or {}
    if not isinstance(elements, dict) or not all(_bilingual(e) for e in elements.values()):
        raise ClauseKitError("elements: each element needs a description in each language and nothing else "
                             "(quote a text holding a comma)", path)
    return Item(id=folder.name, kind=kind, profiles=item_profiles, title=raw["title"], why=raw["why"],
                elements=elements, cuad=raw.get("cuad"), folder=folder)


def item_packages(folder: Path) -> list[Path]:
    """The item packages in ``folder``: its sub-folders holding an ``item.yaml``, by name."""
    return sorted(sub for sub in folder.iterdir() if (sub / ENTRY_NAME).is_file())


def load_checklist(item_dirs: tuple[Path, ...] | list[Path] = ()) -> Checklist:
    """The built-in checklist, then the items of an organisation's item folders."""
    return _load_checklist(tuple(Path(folder).resolve() for folder in item_dirs))


@cache
def _load_checklist(item_dirs: tuple[Path, ...]) -> Checklist:
    builtin = data_dir("items")
    index_path = builtin / INDEX_NAME
    index = _read_yaml(index_path)
    profiles = index["profiles"]
    items = {}
    for item_id in index["items"]:
        folder = builtin / item_id
        if not (folder / ENTRY_NAME).is_file():
            raise ClauseKitError(f"item {item_id!r} is listed but {item_id}/{ENTRY_NAME} does not exist", index_path)
        items[item_id] = load_item(folder, profiles)
    for folder in item_packages(builtin):  # a package not (yet) in the index comes after the listed ones
        if folder.name not in items:
            items[folder.name] = load_item(folder, profiles)
    for extra in item_dirs:
        for folder in item_packages(extra):
            if folder.name in items:
                raise ClauseKitError(f"item {folder.name!r} is already defined by {items[folder.name].folder}; "
                                     "change a built-in item's rules with rule-dirs instead", folder / ENTRY_NAME)
            items[folder.name] = load_item(folder, profiles)
    engagement_types = {type_id: EngagementType(id=type_id, **spec)
                        for type_id, spec in (index.get("engagement_types") or {}).items()}
    return Checklist(items=items, profiles=profiles, engagement_types=engagement_types)
