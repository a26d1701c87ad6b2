"""Where each received checklist clause stands against the library's negotiating positions.

``clausekit compare`` reads the linter's verdict on each checklist item and places the clause
on the scale a negotiator uses:

- ``preferred``: strong, and none of the concessions the fallback makes is found in it;
- ``fallback``: strong, with some of those concessions (they are listed);
- ``between``: weak, but every element the walk-away line protects is there;
- ``below``: missing, or lacking an element of the walk-away line (or only "to be agreed").

The scale is data, one ``negotiation.yaml`` per item package (``items/<id>/``): the walk-away
elements and the wordings of each concession, per language. The judging stays the linter's:
this module only reads the report and the text of the clauses the report located.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ..document import Document, Location
from ..errors import ClauseKitError
from ..results import DocumentReport, ItemResult
from ..review.rules import RuleSet, compile_pattern

LEVELS = ("preferred", "fallback", "between", "below")
DATA_NAME = "negotiation.yaml"
_BELOW_WEAKNESSES = ("agreement_to_agree",)  # "to be agreed" is below any walk-away line


@dataclass(frozen=True)
class Concession:
    """A wording of what the fallback concedes.

    With ``same_value``, the patterns capture a ``value`` (a notice period, say) and the concession is
    found when the clause states that value and only one of it: the same notice for both parties,
    where the preferred position gives each party its own.
    """

    label: dict[str, str]
    patterns: dict[str, tuple[re.Pattern, ...]]
    same_value: bool = False


@dataclass(frozen=True)
class Scale:
    item: str
    walk_away: tuple[str, ...]
    concessions: tuple[Concession, ...]


@dataclass(frozen=True)
class Found:
    """A passage of the clause that makes a difference, with where it is."""

    label: str
    text: str
    location: Location | None = None


@dataclass
class Standing:
    item: str
    title: str
    status: str  # the linter's: strong, weak, missing
    level: str  # one of LEVELS
    lacking: list[str] = field(default_factory=list)  # element descriptions the clause lacks
    walk_away: list[str] = field(default_factory=list)  # of those, the ones the walk-away line protects
    concessions: list[Found] = field(default_factory=list)  # what the clause concedes
    location: Location | None = None
    distinguishes_preferred: bool = True  # False: no wording tells the preferred position from the fallback

    def as_dict(self) -> dict:
        data: dict[str, object] = {"item": self.item, "title": self.title, "status": self.status,
                                   "level": self.level, "lacking": self.lacking, "walk_away": self.walk_away,
                                   "concessions": [{"label": c.label, "text": c.text,
                                                    **({"location": c.location.as_dict()} if c.location else {})}
                                                   for c in self.concessions],
                                   "distinguishes_preferred": self.distinguishes_preferred}
        if self.location:
            data["location"] = self.location.as_dict()
        return data


def _read_scale(path: Path, item: str) -> Scale:
    import yaml

    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise ClauseKitError(f"cannot read the negotiation scale: {str(error).splitlines()[0]}", path) from None
    concessions = []
    for index, entry in enumerate(raw.get("concessions") or []):
        patterns = {lang: tuple(compile_pattern(p, re.IGNORECASE, f"{path.name}: concessions[{index}].{lang}")
                                for p in entry.get(lang) or ())
                    for lang in ("en", "fr")}
        same_value = bool(entry.get("same_value"))
        if same_value and any("value" not in p.groupindex for lang in patterns for p in patterns[lang]):
            raise ClauseKitError(f"concessions[{index}]: a same_value concession needs a (?P<value>...) group "
                                 "in each pattern", path)
        concessions.append(Concession(label=entry["label"], patterns=patterns, same_value=same_value))
    return Scale(item=item, walk_away=tuple(raw.get("walk_away") or ()), concessions=tuple(concessions))


@cache
def scales(item_dirs: tuple[Path, ...] = ()) -> dict[str, Scale]:
    """The negotiation scale of every item package that has one (built-in, then the organisation's)."""
    from ..resources import data_dir

    found: dict[str, Scale] = {}
    for folder in (data_dir("items"), *item_dirs):
        for path in sorted(Path(folder).glob(f"*/{DATA_NAME}")):
            found[path.parent.name] = _read_scale(path, path.parent.name)
    return found


def _clause_text(document: Document, item: ItemResult) -> list[tuple[str, Location]]:
    """The paragraphs of the sections holding the item's judged passages, with their places."""
    wanted = {e.location.paragraph for e in item.evidence if e.location.paragraph}
    sections = {p.section for p in document.paragraphs if p.index in wanted}
    return [(p.text, p.location) for p in document.paragraphs if p.section in sections]


def _lacking(report: DocumentReport, item: ItemResult, ruleset: RuleSet) -> tuple[list[str], bool]:
    """The elements the linter found lacking (by name), and whether a "to be agreed" weakness applies."""
    lacking, below = [], False
    for finding in report.findings:
        rule = ruleset.rules.get(finding.rule)
        if finding.item != item.id or rule is None:
            continue
        kind, _, name = rule.check.partition(":")
        if kind in ("element", "value") and name not in lacking:
            lacking.append(name)
        elif kind == "weakness" and name in _BELOW_WEAKNESSES:
            below = True
    return lacking, below


def compare_positions(document: Document, report: DocumentReport, ruleset: RuleSet,
                      items: tuple[str, ...] = (), item_dirs: tuple[Path, ...] = ()) -> list[Standing]:
    """The standing of each checklist item of the report (or of ``items``), in the report's order."""
    known = {item.id for item in report.items if item.kind == "checklist"}
    unknown = [item for item in items if item not in known]
    if unknown:
        raise ClauseKitError(f"unknown checklist item {unknown[0]!r} for a {report.profile} contract; "
                             f"valid: {', '.join(sorted(known))}")
    lang, shown_lang = report.language, report.report_language
    standings = []
    for item in report.items:
        if item.kind != "checklist" or (items and item.id not in items):
            continue
        scale = scales(item_dirs).get(item.id, Scale(item.id, (), ()))
        elements = ruleset.checklist.item(item.id).elements
        lacking, to_be_agreed = _lacking(report, item, ruleset)
        described = [elements[name][shown_lang] if name in elements else name for name in lacking]
        crossing = [elements[name][shown_lang] for name in lacking if name in scale.walk_away and name in elements]
        location = item.evidence[0].location if item.evidence else None
        standing = Standing(item.id, item.title, item.status, "below", described, crossing, location=location,
                            distinguishes_preferred=bool(scale.concessions))
        if item.status == "weak":
            standing.level = "below" if crossing or to_be_agreed else "between"
        elif item.status == "strong":
            standing.concessions = _concessions(document, item, scale, lang, shown_lang)
            standing.level = "fallback" if standing.concessions or not scale.concessions else "preferred"
        standings.append(standing)
    return standings


def _concessions(document: Document, item: ItemResult, scale: Scale, lang: str, shown_lang: str) -> list[Found]:
    found = []
    paragraphs = _clause_text(document, item)
    for concession in scale.concessions:
        if concession.same_value:
            found.extend(_one_value(paragraphs, concession, lang, shown_lang))
            continue
        hit = next(((text, location, match) for text, location in paragraphs
                    for pattern in concession.patterns.get(lang, ())
                    if (match := pattern.search(text))), None)
        if hit is not None:
            text, location, match = hit
            found.append(Found(concession.label[shown_lang], _around(text, match), location))
    return found


def _one_value(paragraphs: list[tuple[str, Location]], concession: Concession, lang: str,
               shown_lang: str) -> list[Found]:
    """The concession, quoted at its first statement, when every statement gives the same value."""
    hits = [(index, match.start(), text, location, match) for index, (text, location) in enumerate(paragraphs)
            for pattern in concession.patterns.get(lang, ()) for match in pattern.finditer(text)]
    if not hits or len({_value_key(hit[4]["value"]) for hit in hits}) > 1:
        return []
    _, _, text, location, match = min(hits, key=lambda hit: hit[:2])
    return [Found(concession.label[shown_lang], _around(text, match), location)]


def _value_key(value: str) -> str:
    """One key for the ways of writing a value: 'three (3) months', '3 months' and '3 Months' agree."""
    digits = re.search(r"\d+", value)
    units = re.findall(r"[^\W\d_]+", value.lower())
    unit = units[-1].rstrip("s") if units else ""
    return f"{digits.group()} {unit}" if digits else " ".join(units)


def _around(text: str, match: re.Match) -> str:
    """The sentence of ``match``, cut to a readable length."""
    from ..review.segment.passages import quote, sentence_bounds

    first, last = sentence_bounds(text, match.start(), match.end())
    return quote(text[first:last])
