"""The negotiation playbook: a company's own copy of the positions of the checklist clauses.

A playbook file (YAML, ``docs/playbook.md``) maps checklist item ids to the wording of
the item's library clause at each position, per language, with its drafting note and
walk-away line. ``clausekit playbook`` writes one from the library (or a Word document
for the negotiating team); ``clausekit generate --playbook FILE`` drafts with its texts
and notes in place of the library's for the items it lists.

A playbook is a user's file: ``load_playbook`` checks all of it before anything is done
(item ids, positions, languages, paragraphs, Jinja syntax, the variables each clause
declares, the paragraph ids other clauses refer to) and raises one ``ClauseKitError``
naming the file and each place. Its texts are Jinja rendered only by the generator's
sandboxed environment (``sandbox.py``), and only its position texts are: notes, titles
and answers are never templates.

To use a playbook elsewhere (``lint --propose``): ``load_playbook(path)``, then
``playbook.paragraphs(item_id, position, lang)`` (the playbook's paragraphs, or None
when it leaves them to the library), ``paragraphs_for(playbook, clause, position, lang)``
(the paragraphs to use for a library clause) or ``playbook.clause(clause)`` (the library
clause with the playbook's texts and notes).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from .. import yaml_input
from ..checklist import LANGUAGES, Checklist, load_checklist
from ..errors import ClauseKitError
from ..safe_text import bounded
from .library import IDENTIFIER, POSITIONS, Clause, SourceParagraph, default_library, load_library, load_yaml_file
from .manifest import ContractTemplate
from .readable import FUNCTIONS, ClauseReader, used_names

_WORDS = Path(__file__).resolve().with_name("playbook.yaml")
ENTRY_KEYS = ("title", "positions", "note", "walk_away")
_PARAGRAPH_KEYS = ("id", "text", "items")
MAX_PARAGRAPHS = 100  # per position and language; the library's longest has 8
MAX_ITEMS = 100
MAX_TEXT = 50_000  # characters of one text; the library's longest has about 1,500
MAX_PROBLEMS = 6  # listed in the error; the others counted
# What a Word document cannot hold (XML 1.0), and the private-use marks the renderer and
# the Word writers use for references and highlights.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ue000-\uf8ff\ufffe\uffff]")
_REFERENCE = re.compile(r"""\bref\(\s*['"]([a-z][a-z0-9_]*)(?:\.([a-z][a-z0-9_]*))?['"]\s*\)""")
_TERM = re.compile(r"""\bterm\(\s*['"]([^'"]*)['"]\s*\)""")
_INCLUDED = re.compile(r"""\bincluded\(\s*['"]([^'"]*)['"]\s*\)""")
_SPACE = r"[\s\u00a0\u202f]"


@cache
def _data() -> dict:
    return yaml_input.load(_WORDS.read_text(encoding="utf-8"))


def words(lang: str) -> dict:
    """The playbook's fixed words in ``lang`` (``playbook.yaml``)."""
    return _data()[lang]


# ---- drafting notes ------------------------------------------------------------------

@dataclass(frozen=True)
class NoteParts:
    why: str  # why the clause matters, as the note says it (may be empty)
    conceded: str  # what can be conceded (the rest of the note when it has no marker)
    walk_away: str  # the walk-away line, without its marker (empty when the note has none)


def _pattern(markers: list[str]) -> re.Pattern:
    """Markers as written, matching however the spaces were typed (no-break before a French colon)."""
    alternatives = []
    for marker in markers:
        alternative = f"{_SPACE}+".join(re.escape(token) for token in marker.split())
        alternatives.append(alternative.replace(f"{_SPACE}+:", f"{_SPACE}*:"))
    return re.compile("|".join(alternatives))


@cache
def _markers(lang: str) -> dict[str, re.Pattern]:
    data = _data()["note_markers"][lang]
    sentence = "|".join(_pattern([opening]).pattern for opening in data["walk_away_sentence"])
    return {"why": re.compile(rf"^{_SPACE}*(?:{_pattern(data['why']).pattern})"),
            "conceded": _pattern(data["conceded"]), "walk_away": _pattern(data["walk_away"]),
            "walk_away_sentence": re.compile(rf"(?:^|(?<=[.;!?»”\"]){_SPACE}+)({sentence})")}


def _clean(text: str) -> str:
    return " ".join(text.split())


def note_and_walk_away(note: str, lang: str) -> tuple[str, str]:
    """A drafting note split at its walk-away line ("Walk-away line:" / « Seuil de rupture : »,
    else the last sentence opening as ``walk_away_sentence``): (the note before it, the line)."""
    markers = _markers(lang)
    found = markers["walk_away"].search(note)
    if found:
        return _clean(note[:found.start()]), _clean(note[found.end():])
    sentences = list(markers["walk_away_sentence"].finditer(note))
    if sentences:
        start = sentences[-1].start(1)
        return _clean(note[:start]), _clean(note[start:])
    return _clean(note), ""


def split_note(note: str, lang: str) -> NoteParts:
    """A drafting note in its three parts: why it matters, what can be conceded, the walk-away line."""
    before, walk_away = note_and_walk_away(note, lang)
    markers = _markers(lang)
    conceded = markers["conceded"].search(before)
    if conceded is None:
        return NoteParts(why="", conceded=before, walk_away=walk_away)
    why = before[:conceded.start()]
    opening = markers["why"].match(why)
    if opening:
        why = why[opening.end():]
    return NoteParts(why=_clean(why), conceded=_clean(before[conceded.end():]), walk_away=walk_away)


def join_note(note: str, walk_away: str, lang: str) -> str:
    """A playbook's note and walk-away line as one drafting note (a draft's ``--notes`` comment)."""
    marker = _data()["note_markers"][lang]["walk_away"][0]
    parts = [_clean(note)] if note.strip() else []
    if walk_away.strip():
        parts.append(f"{marker} {_clean(walk_away)}")
    return " ".join(parts)


# ---- the model -----------------------------------------------------------------------

def item_clause(clauses: dict[str, Clause], item_id: str) -> Clause | None:
    """The library clause of an item: the one named after it, else the first that states it as its item."""
    if item_id in clauses and clauses[item_id].item == item_id:
        return clauses[item_id]
    return next((clause for clause in clauses.values() if clause.item == item_id), None)


@dataclass(frozen=True)
class PlaybookItem:
    item: str
    clause_id: str  # the library clause whose texts these replace
    title: dict[str, str] = field(default_factory=dict)  # lang -> text, for the reader
    positions: dict[str, dict[str, tuple[SourceParagraph, ...]]] = field(default_factory=dict)  # what it gives
    note: dict[str, str] = field(default_factory=dict)  # lang -> the note, without the walk-away line
    walk_away: dict[str, str] = field(default_factory=dict)  # lang -> the walk-away line, without its marker


@dataclass(frozen=True)
class Playbook:
    items: dict[str, PlaybookItem]  # item id -> entry, in the file's order
    path: Path | None = None  # None: made from the library

    def paragraphs(self, item_id: str, position: str, lang: str) -> tuple[SourceParagraph, ...] | None:
        """The playbook's paragraphs for ``item_id`` at ``position`` in ``lang``; None where it
        leaves them to the library."""
        entry = self.items.get(item_id)
        return entry.positions.get(position, {}).get(lang) if entry else None

    def clause(self, clause: Clause) -> Clause:
        """``clause`` with the playbook's position texts and notes, where it gives them."""
        entry = self.items.get(clause.item) if clause.item else None
        if entry is None or entry.clause_id != clause.id:
            return clause
        positions = {position: dict(by_language) for position, by_language in clause.positions.items()}
        for position, by_language in entry.positions.items():
            positions.setdefault(position, {}).update(by_language)
        note = dict(clause.note)
        for lang in LANGUAGES:
            if lang in entry.note or lang in entry.walk_away:
                library_note, library_walk_away = note_and_walk_away(clause.note.get(lang, ""), lang)
                note[lang] = join_note(entry.note.get(lang, library_note), entry.walk_away.get(lang, library_walk_away),
                                       lang)
        # A rendering error in the playbook's texts names the playbook, not the library's file.
        path = self.path if entry.positions and self.path is not None else clause.path
        return replace(clause, positions=positions, note=note, path=path)

    def apply(self, template: ContractTemplate) -> ContractTemplate:
        """``template`` with the playbook's texts and notes for the clauses of the items it lists."""
        return replace(template, clauses={clause_id: self.clause(clause)
                                          for clause_id, clause in template.clauses.items()})


def paragraphs_for(playbook: Playbook | None, clause: Clause, position: str, lang: str) -> tuple[SourceParagraph, ...]:
    """The paragraphs to use for ``clause`` at ``position`` in ``lang``: the playbook's, else the library's."""
    given = playbook.paragraphs(clause.item, position, lang) if playbook and clause.item else None
    if given is not None and playbook is not None and playbook.items[str(clause.item)].clause_id == clause.id:
        return given
    return clause.paragraphs(position, lang)


def from_library(clauses: dict[str, Clause], checklist: Checklist, item_ids: list[str]) -> Playbook:
    """The library's positions and notes of ``item_ids`` as a playbook (what ``clausekit playbook`` exports)."""
    items = {}
    for item_id in item_ids:
        clause = item_clause(clauses, item_id)
        if clause is None:
            continue
        notes = {lang: note_and_walk_away(clause.note[lang], lang) for lang in LANGUAGES if clause.note.get(lang)}
        items[item_id] = PlaybookItem(item=item_id, clause_id=clause.id, title=dict(checklist.items[item_id].title),
                                      positions={position: dict(by_language)
                                                 for position, by_language in clause.positions.items()},
                                      note={lang: parts[0] for lang, parts in notes.items()},
                                      walk_away={lang: parts[1] for lang, parts in notes.items() if parts[1]})
    return Playbook(items=items)


def completed(playbook: Playbook, clauses: dict[str, Clause], checklist: Checklist, item_ids: list[str]) -> Playbook:
    """The library's playbook of ``item_ids``, with what ``playbook`` gives in place of the library's."""
    base = from_library(clauses, checklist, item_ids)
    items = {}
    for item_id, entry in base.items.items():
        own = playbook.items.get(item_id)
        if own is None or own.clause_id != entry.clause_id:
            items[item_id] = entry
            continue
        positions = {position: dict(by_language) for position, by_language in entry.positions.items()}
        for position, by_language in own.positions.items():
            positions.setdefault(position, {}).update(by_language)
        items[item_id] = replace(entry, title={**entry.title, **own.title}, positions=positions,
                                 note={**entry.note, **own.note}, walk_away={**entry.walk_away, **own.walk_away})
    return Playbook(items=items, path=playbook.path)


# ---- YAML ----------------------------------------------------------------------------

YAML_WIDTH = 100
_JINJA_OPENINGS = (("{{", "}}"), ("{%", "%}"), ("{#", "#}"))


def _inline(text: str) -> str:
    """A short text on its key's line: plain where it reads back the same, else double-quoted."""
    try:
        plain = yaml_input.load(f"k: {text}") == {"k": text}
    except yaml.YAMLError:
        plain = False
    return text if plain and text else json.dumps(text, ensure_ascii=False)


def _foldable(text: str) -> bool:
    """Whether a folded block (>-) gives back ``text``: one line, single spaces, none at either end."""
    return bool(text) and text == text.strip() and "  " not in text and not any(c in text for c in "\n\r\t")


def _fold(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` characters where it can, never breaking a Jinja tag."""
    words: list[str] = []
    for word in text.split(" "):
        if words and any(words[-1].count(opening) > words[-1].count(closing) for opening, closing in _JINJA_OPENINGS):
            words[-1] += " " + word  # inside {{ ... }}: the tag stays on one line
        else:
            words.append(word)
    lines: list[str] = []
    for word in words:
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _scalar(text: str, indent: int) -> str:
    """What follows "key: " or "- " for ``text``, lines included, its block lines at ``indent``."""
    if len(text) > 60 and _foldable(text):
        return ">-\n" + "".join(" " * indent + line + "\n" for line in _fold(text, YAML_WIDTH - indent))
    return _inline(text) + "\n"


def _emit(data: dict[str, Any]) -> str:
    """The playbook's YAML as a person edits it: folded texts, lists indented under their key."""
    out: list[str] = []

    def texts(key: str, values: dict[str, str], indent: int) -> None:
        out.append(" " * indent + f"{key}:\n")
        for lang, text in values.items():
            out.append(" " * (indent + 2) + f"{lang}: " + _scalar(text, indent + 4))

    for item_id, section in data.items():
        out.append(f"{item_id}:\n")
        if "title" in section:
            out.append("  title:\n")
            out.extend(f"    {lang}: {_inline(text)}\n" for lang, text in section["title"].items())
        if section.get("positions"):
            out.append("  positions:\n")
        for position, by_language in section.get("positions", {}).items():
            out.append(f"    {position}:\n")
            for lang, paragraphs in by_language.items():
                out.append(f"      {lang}:\n")
                for paragraph in paragraphs:
                    if isinstance(paragraph, str):
                        out.append("        - " + _scalar(paragraph, 10))
                        continue
                    first = True
                    for key in ("id", "text", "items"):
                        if key not in paragraph:
                            continue
                        lead = "        - " if first else "          "
                        first = False
                        if key == "items":
                            out.append(lead + "items:\n")
                            out.extend("            - " + _scalar(item, 14) for item in paragraph["items"])
                        else:
                            out.append(lead + f"{key}: " + _scalar(paragraph[key], 12))
        for key in ("note", "walk_away"):
            if key in section:
                texts(key, section[key], 2)
        out.append("\n")
    return "".join(out)


def _paragraph_data(paragraph: SourceParagraph) -> str | dict[str, Any]:
    if paragraph.anchor is None and not paragraph.items:
        return paragraph.text
    data: dict[str, Any] = {}
    if paragraph.anchor is not None:
        data["id"] = paragraph.anchor
    data["text"] = paragraph.text
    if paragraph.items:
        data["items"] = list(paragraph.items)
    return data


def playbook_data(playbook: Playbook) -> dict[str, Any]:
    """The playbook as the YAML file holds it."""
    data: dict[str, Any] = {}
    for item_id, entry in playbook.items.items():
        section: dict[str, Any] = {}
        if entry.title:
            section["title"] = {lang: entry.title[lang] for lang in ("en", "fr") if lang in entry.title}
        if entry.positions:
            section["positions"] = {position: {lang: [_paragraph_data(p) for p in by_language[lang]]
                                               for lang in ("en", "fr") if lang in by_language}
                                    for position, by_language in entry.positions.items()}
        for key in ("note", "walk_away"):
            values = getattr(entry, key)
            if values:
                section[key] = {lang: values[lang] for lang in ("en", "fr") if lang in values}
        data[item_id] = section
    return data


def playbook_yaml(playbook: Playbook, lang: str) -> str:
    """The playbook file: a header in ``lang`` saying what it is and how to use it, then the items."""
    data = playbook_data(playbook)
    body = _emit(data)
    if yaml_input.load(body) != data:  # a text that would not read back the same: PyYAML's own quoting
        body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=YAML_WIDTH, indent=2)
    header = "".join(f"# {line}".rstrip() + "\n" for line in words(lang)["yaml_header"].splitlines())
    return f"{header}\n{body}"


# ---- loading and checking a playbook file ----------------------------------------------

Where = tuple[Any, ...]  # keys and list indexes from the top of the file


def _value(value: Any) -> str:
    """A user's value as a message quotes it: a text in quotes, anything else as YAML would read it."""
    return repr(bounded(value, limit=40)) if isinstance(value, str) else bounded(value, limit=40)


def _shown(where: Where) -> str:
    text = ""
    for part in where:
        text += f"[{part + 1}]" if isinstance(part, int) else f"{'.' if text else ''}{bounded(part, limit=60)}"
    return text


def _line(root: Any, where: Where) -> int | None:
    """The line of ``where`` in the composed YAML tree, where the path still leads somewhere."""
    node = root
    for part in where:
        if isinstance(node, yaml.MappingNode):
            node = next((value for key, value in node.value if isinstance(key, yaml.ScalarNode)
                         and key.value == str(part)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            node = None
        if node is None:
            return None
    return node.start_mark.line + 1 if node is not None else None


@dataclass
class _Library:
    """What the checks need to know of the library, computed once per library."""

    clauses: dict[str, Clause]
    checklist: Checklist
    references: dict[str, set[tuple[str, str]]]  # clause id -> (anchor, referring clause) for ref('id.anchor')
    used: dict[str, set[str]]  # clause id -> names its own texts read
    anchors: dict[str, set[str]]  # clause id -> every anchor of its paragraphs, any position and language
    terms: set[str]


def _texts(clause: Clause, positions: dict | None = None) -> list[str]:
    """Every text of ``positions`` (by default the clause's own), paragraphs and items."""
    chosen = clause.positions if positions is None else positions
    return [text for by_language in chosen.values() for paragraphs in by_language.values()
            for paragraph in paragraphs for text in (paragraph.text, *paragraph.items)]


def _library_facts(clauses: dict[str, Clause], checklist: Checklist) -> _Library:
    references: dict[str, set[tuple[str, str]]] = {}
    used: dict[str, set[str]] = {}
    for clause in clauses.values():
        for text in _texts(clause):
            for target, anchor in _REFERENCE.findall(text):
                if anchor:
                    references.setdefault(target, set()).add((anchor, clause.id))
        if clause.item:
            used[clause.id] = {name for text in _texts(clause) for name in used_names(text)}
    anchors = {clause.id: {p.anchor for by_language in clause.positions.values() for paragraphs in by_language.values()
                           for p in paragraphs if p.anchor} for clause in clauses.values()}
    terms = {key for clause in clauses.values() for key in clause.defines}
    return _Library(clauses, checklist, references, used, anchors, terms)


def load_playbook(path: str | Path, library: tuple[Path, ...] | None = None,
                  checklist: Checklist | None = None) -> Playbook:
    """The playbook file at ``path``, checked against the clause library (the bundled one, or the
    folders ``library``) and the checklist; any problem is one ``ClauseKitError`` naming the file
    and, for each problem, the place (item.positions.fallback.en[3]) and its line."""
    path = Path(path)
    raw = load_yaml_file(path, "a playbook")
    checklist = checklist or load_checklist()
    clauses = load_library(*(library or default_library()))
    facts = _library_facts(clauses, checklist)
    checker = _Checker(facts)
    playbook = checker.playbook(raw, path)
    if checker.problems:
        text = path.read_text(encoding="utf-8")
        try:
            root = yaml.compose(text, Loader=yaml_input.InputLoader)
        except (yaml.YAMLError, RecursionError):
            root = None
        shown = []
        for where, problem in checker.problems[:MAX_PROBLEMS]:
            line = _line(root, where) if where else None
            place = _shown(where) + (f" (line {line})" if line else "")
            shown.append(f"{place}: {problem}" if place else problem)
        more = len(checker.problems) - MAX_PROBLEMS
        raise ClauseKitError("invalid playbook: " + "; ".join(shown) + (f"; and {more} more" if more > 0 else ""),
                             path)
    return playbook


class _Checker:
    def __init__(self, library: _Library):
        self.library = library
        self.problems: list[tuple[Where, str]] = []
        self.readers: dict[str, ClauseReader] = {}
        self.rendering = True  # trial renderings stop at the first failure (a runaway one costs its time bound)

    def problem(self, where: Where, message: str) -> None:
        self.problems.append((where, message))

    def playbook(self, raw: Any, path: Path) -> Playbook:
        if raw is None:
            self.problem((), "the file is empty; a playbook maps checklist item ids to their positions "
                             "(clausekit playbook --format yaml writes one)")
            return Playbook(items={}, path=path)
        if not isinstance(raw, dict):
            self.problem((), "a playbook must be a mapping of checklist item ids to {title, positions, note, "
                             "walk_away}")
            return Playbook(items={}, path=path)
        items = {}
        for key, entry in raw.items():
            item = self.item(key, entry)
            if item is not None:
                items[item.item] = item
        if not self.problems:
            self.check_anchors(items)
        return Playbook(items=items, path=path)

    def item(self, key: Any, raw: Any) -> PlaybookItem | None:
        where: Where = (key,)
        checklist = self.library.checklist
        with_clause = [item_id for item_id in checklist.items if item_clause(self.library.clauses, item_id)]
        if not isinstance(key, str) or key not in checklist.items:
            self.problem(where, f"unknown item {_value(key)} (valid: {', '.join(with_clause)})")
            return None
        clause = item_clause(self.library.clauses, key)
        if clause is None:
            self.problem(where, f"item {key} has no clause in the library (items with one: {', '.join(with_clause)})")
            return None
        if not isinstance(raw, dict):
            self.problem(where, f"must be a mapping with {', '.join(ENTRY_KEYS)}")
            return None
        unknown = [str(k) for k in raw if k not in ENTRY_KEYS]
        if unknown:
            self.problem(where, f"unknown key(s) {bounded(', '.join(unknown), limit=80)} (valid: {', '.join(ENTRY_KEYS)})")
        title = self.texts(raw.get("title"), (*where, "title"), "title")
        note = self.texts(raw.get("note"), (*where, "note"), "note")
        walk_away = self.texts(raw.get("walk_away"), (*where, "walk_away"), "walk-away line")
        positions = self.positions(raw.get("positions"), clause, (*where, "positions"))
        return PlaybookItem(item=key, clause_id=clause.id, title=title, positions=positions, note=note,
                            walk_away=walk_away)

    def texts(self, raw: Any, where: Where, what: str) -> dict[str, str]:
        """A plain text per language (a title, a note): never a template."""
        if raw is None:
            return {}
        if not isinstance(raw, dict):
            self.problem(where, f"must map each language ({', '.join(LANGUAGES)}) to a text")
            return {}
        texts = {}
        for lang, text in raw.items():
            if lang not in LANGUAGES:
                self.problem((*where, lang), f"unknown language {_value(lang)} (valid: {', '.join(LANGUAGES)})")
            elif not isinstance(text, str) or not text.strip():
                self.problem((*where, lang), f"the {what} must be a text, not {_value(text)}")
            elif self.plain_text(text, (*where, lang)):
                texts[lang] = text
        return texts

    def plain_text(self, text: str, where: Where) -> bool:
        if len(text) > MAX_TEXT:
            self.problem(where, f"the text has {len(text):,} characters (limit {MAX_TEXT:,})")
            return False
        found = _FORBIDDEN.search(text)
        if found:
            self.problem(where, f"the text holds the character U+{ord(found.group()):04X}, which a Word document "
                                "cannot hold")
            return False
        return True

    def positions(self, raw: Any, clause: Clause, where: Where) -> dict[str, dict[str, tuple[SourceParagraph, ...]]]:
        if raw is None:
            return {}
        valid = ", ".join(p for p in POSITIONS if p in clause.positions)
        if not isinstance(raw, dict):
            self.problem(where, f"must map each position ({valid}) to its paragraphs per language")
            return {}
        positions: dict[str, dict[str, tuple[SourceParagraph, ...]]] = {}
        for position, by_language in raw.items():
            here = (*where, position)
            if position not in clause.positions:
                self.problem(here, f"unknown position {_value(position)} (clause {clause.id} has: {valid})")
                continue
            if not isinstance(by_language, dict):
                self.problem(here, f"must map each language ({', '.join(LANGUAGES)}) to a list of paragraphs")
                continue
            for lang, paragraphs in by_language.items():
                if lang not in LANGUAGES:
                    self.problem((*here, lang), f"unknown language {_value(lang)} "
                                                f"(valid: {', '.join(LANGUAGES)})")
                    continue
                checked = self.paragraphs(paragraphs, clause, lang, (*here, lang))
                if checked is not None:
                    positions.setdefault(position, {})[lang] = checked
        return positions

    def paragraphs(self, raw: Any, clause: Clause, lang: str, where: Where) -> tuple[SourceParagraph, ...] | None:
        if not isinstance(raw, list) or not raw:
            self.problem(where, "must be a non-empty list of paragraphs (each a text, or a mapping with text "
                                "and optional id, items)")
            return None
        if len(raw) > MAX_PARAGRAPHS:
            self.problem(where, f"{len(raw)} paragraphs (limit {MAX_PARAGRAPHS})")
            return None
        paragraphs = []
        anchors: set[str] = set()
        for index, entry in enumerate(raw):
            here = (*where, index)
            paragraph = self.paragraph(entry, here)
            if paragraph is None:
                continue
            if paragraph.anchor in anchors:
                self.problem(here, f"paragraph id {paragraph.anchor!r} is used twice in this position")
            if paragraph.anchor:
                anchors.add(paragraph.anchor)
            texts = [(paragraph.text, here)] + [(item, (*here, "items", n)) for n, item in enumerate(paragraph.items)]
            if all(self.template(text, clause, lang, place) for text, place in texts):
                paragraphs.append(paragraph)
        if len(paragraphs) != len(raw):
            return None
        for index, paragraph in enumerate(paragraphs):  # the clause's references to its own paragraphs
            for text in (paragraph.text, *paragraph.items):
                for target, anchor in _REFERENCE.findall(text):
                    if target == clause.id and anchor and anchor not in anchors:
                        self.problem((*where, index), f"ref('{target}.{anchor}') points to no paragraph of this "
                                                      f"position (its ids: {', '.join(sorted(anchors)) or 'none'})")
                        return None
        return tuple(paragraphs)

    def paragraph(self, raw: Any, where: Where) -> SourceParagraph | None:
        if isinstance(raw, str):
            raw = {"text": raw}
        elif not isinstance(raw, dict):
            self.problem(where, f"a paragraph must be a text (or a mapping with text, and optional id, items), "
                                f"not {_value(raw)}")
            return None
        unknown = [str(key) for key in raw if key not in _PARAGRAPH_KEYS]
        if unknown:
            self.problem(where, f"unknown key(s) {bounded(', '.join(unknown), limit=80)} in a paragraph "
                                f"(valid: {', '.join(_PARAGRAPH_KEYS)})")
            return None
        text = raw.get("text")
        if not isinstance(text, str) or not text.strip():
            self.problem(where, f"a paragraph's text must be a text, not {_value(text)}")
            return None
        anchor = raw.get("id")
        if anchor is not None and not (isinstance(anchor, str) and IDENTIFIER.match(anchor)):
            self.problem((*where, "id"), f"paragraph id {_value(anchor)} must be lower-case letters, "
                                         "digits and _")
            return None
        items = raw.get("items") or []
        if not isinstance(items, list) or len(items) > MAX_ITEMS:
            self.problem((*where, "items"), f"items must be a list of at most {MAX_ITEMS} texts")
            return None
        for number, item in enumerate(items):
            if not isinstance(item, str) or not item.strip():
                self.problem((*where, "items", number), f"an item must be a text, not {_value(item)}")
                return None
        return SourceParagraph(text=text, anchor=anchor, items=tuple(items))

    def template(self, source: str, clause: Clause, lang: str, where: Where) -> bool:
        """A position text: Jinja that parses in the sandbox, reads only what the clause has, renders."""
        from jinja2 import TemplateError, TemplateSyntaxError

        if not self.plain_text(source, where):
            return False
        try:
            names = used_names(source)
        except TemplateSyntaxError as error:
            line = f" (line {error.lineno} of the text)" if error.lineno and "\n" in source.strip() else ""
            self.problem(where, f"Jinja syntax error{line}: {error.message}")
            return False
        known = set(clause.variables) | self.library.used.get(clause.id, set()) | FUNCTIONS
        unknown = sorted(names - known)
        if unknown:
            self.problem(where, f"{'variables' if len(unknown) > 1 else 'variable'} {', '.join(unknown)} "
                                f"not declared by clause {clause.id} (it has: {', '.join(sorted(known - FUNCTIONS))})")
            return False
        ok = True
        for target, anchor in _REFERENCE.findall(source):
            target_clause = self.library.clauses.get(target)
            if target_clause is None:
                self.problem(where, f"ref({target!r}) names no clause of the library")
                ok = False
            elif anchor and anchor not in self.library.anchors.get(target, set()) and target != clause.id:
                self.problem(where, f"ref('{target}.{anchor}'): clause {target} has no paragraph with id {anchor} "
                                    f"(it has: {', '.join(sorted(self.library.anchors.get(target, set()))) or 'none'})")
                ok = False
        for key in _TERM.findall(source):
            if key not in self.library.terms:
                self.problem(where, f"term({key!r}) is defined by no clause of the library")
                ok = False
        for clause_id in _INCLUDED.findall(source):
            if clause_id not in self.library.clauses:
                self.problem(where, f"included({clause_id!r}) names no clause of the library")
                ok = False
        if not ok or not self.rendering:
            return ok
        reader = self.readers.get(lang) or self.readers.setdefault(lang, ClauseReader(self.library.clauses, lang))
        try:
            reader.text(clause, source)
        except (TemplateError, TypeError, ValueError, ArithmeticError, LookupError, AttributeError) as error:
            self.problem(where, f"cannot be rendered: {type(error).__name__}: {bounded(str(error), limit=120)}")
            self.rendering = False
            return False
        return True

    def check_anchors(self, items: dict[str, PlaybookItem]) -> None:
        """Each position keeps the paragraph ids that other clauses' references point to (the
        library's and the playbook's); a clause's references to its own paragraphs are checked
        with its paragraphs."""
        referred: dict[str, set[tuple[str, str]]] = {
            target: {(anchor, f"clause {referrer}") for anchor, referrer in pairs}
            for target, pairs in self.library.references.items()}
        for entry in items.values():
            for text in _texts(self.library.clauses[entry.clause_id], entry.positions):
                for target, anchor in _REFERENCE.findall(text):
                    if anchor:
                        referred.setdefault(target, set()).add((anchor, f"item {entry.item}"))
        for entry in items.values():
            clause = self.library.clauses[entry.clause_id]
            others = {(anchor, referrer) for anchor, referrer in referred.get(clause.id, set())
                      if referrer not in (f"clause {clause.id}", f"item {entry.item}")}
            for position, by_language in entry.positions.items():
                for lang, paragraphs in by_language.items():
                    present = {p.anchor for p in paragraphs if p.anchor}
                    library_anchors = {p.anchor for p in clause.positions.get(position, {}).get(lang, ()) if p.anchor}
                    missing: dict[str, list[str]] = {}
                    for anchor, referrer in sorted(others):
                        if anchor in library_anchors and anchor not in present:
                            missing.setdefault(anchor, []).append(referrer)
                    for anchor, referrers in missing.items():
                        self.problem((entry.item, "positions", position, lang),
                                     f"no paragraph has id {anchor}, but ref('{clause.id}.{anchor}') in "
                                     f"{', '.join(referrers)} points to it (give one paragraph id: {anchor})")
