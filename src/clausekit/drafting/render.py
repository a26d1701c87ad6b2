"""Render a contract template with its answers into a ``Draft``: numbered blocks of text.

Clause texts are Jinja rendered in a sandbox with StrictUndefined; answers are values
in the context, never template source, so ``{{ 7*7 }}`` typed by a user stays as it
is. ``ref('pilot.kpi')`` first leaves a mark naming its target; numbers are given once
every paragraph is rendered (a paragraph that renders empty is dropped, an optional
clause left out shifts what follows), and then each mark becomes the number its
target really has. The Word writer turns marks into REF fields to bookmarks.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..errors import ClauseKitError
from .labels import placeholder_label
from .language import Language, language
from .library import Clause
from .manifest import ContractTemplate
from .values import GOVERNING_LAW, present

_PARTY_NAMES = ("party_a", "party_b", "party_a_name", "party_b_name")
_VOWEL_START = re.compile(r"[AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜ]", re.IGNORECASE)


def _elision(lang: str, names: list[Any]) -> re.Pattern | None:
    """In French, "de" or "que" before a party named with a vowel is elided: "d'Atelier Girard", as a
    lawyer writes it, never "de Atelier Girard". Only before the names the answers give, so a "de" inside
    a name ("Banco de Oro") or a text stays as written."""
    elided = sorted({str(name) for name in names if isinstance(name, str) and _VOWEL_START.match(name)},
                    key=len, reverse=True)
    if lang != "fr" or not elided:
        return None
    return re.compile(r"\b((?:[Dd]|[Qq]u|[Ll]orsqu|[Pp]uisqu)e) (?=(?:%s)\b)" % "|".join(map(re.escape, elided)))


_REF_MARK = re.compile("\ue000([a-z0-9_.]+)\ue001")
# An answer not given yet (``generate --draft``) travels between these marks to the Word
# writer, which highlights it; answers cannot contain them (values.py).
GAP_OPEN, GAP_CLOSE = "\ue002", "\ue003"
# A figure the answers left at the library's default (``generate --mark-defaults``), printed by a
# clause text, travels between these marks to the Word writer, which shades it.
DEFAULT_OPEN, DEFAULT_CLOSE = "\ue004", "\ue005"
_MARKS = re.compile(f"({GAP_OPEN}|{DEFAULT_OPEN})([^{GAP_CLOSE}{DEFAULT_CLOSE}]*)[{GAP_CLOSE}{DEFAULT_CLOSE}]")
_SPACES = re.compile(r"[ \t\r\n]+")
_BOOKMARK_LIMIT = 40  # Word's limit on bookmark names


@dataclass
class Segment:
    text: str
    kind: str = "text"  # "text", "bold" (a defined term where it is defined), "ref", "gap" (an answer to give)
    # or "default" (a figure left at the library's default)
    bookmark: str | None = None  # for "ref": the bookmark of the target


@dataclass
class Block:
    """One paragraph of the body, in order.

    ``kind``: "heading" (clause title, level 1), "paragraph" (level 2), "item" (level 3),
    "preamble" (unnumbered, before the first numbered clause: parties and recitals) or
    "closing" (unnumbered, after it: the closing formula).
    """

    kind: str
    clause: str
    segments: list[Segment]
    number: str | None = None
    bookmark: str | None = None
    term: str | None = None  # a definition item: the key of the term it defines, the same in every language
    anchor: str | None = None  # an unnumbered paragraph's id in the library (the preamble's), the same in every language

    @property
    def text(self) -> str:
        return "".join(segment.text for segment in self.segments)


@dataclass
class Draft:
    template: ContractTemplate
    lang: str
    position: str
    values: dict[str, Any]  # the answers, presented in the draft's language
    blocks: list[Block] = field(default_factory=list)
    numbers: dict[str, str] = field(default_factory=dict)  # "pilot" -> "4", "pilot.kpi" -> "4.2"
    gaps: list[str] = field(default_factory=list)  # the required answers not given, as placeholders in the text
    key_terms: list[tuple[str, str]] = field(default_factory=list)  # (label, text) for the cover page

    @property
    def title(self) -> str:
        return str(self.values.get("contract_title") or self.template.manifest.title[self.lang])

    def headings(self) -> list[Block]:
        return [block for block in self.blocks if block.kind == "heading"]


class Placeholder:
    """A value not known yet: prints ``shown``; ``.value``, ``.adjective``... stay the placeholder;
    a condition on it compares as ``default`` (None when there is none)."""

    def __init__(self, shown: str, default: Any = None, on_use=None):
        self.shown = shown
        self.default = default
        self._on_use = on_use

    def __str__(self) -> str:
        if self._on_use:
            self._on_use()
        return self.shown

    def __getattr__(self, name: str) -> Placeholder:
        if name.startswith("_"):  # Python's and Jinja's protocols (__html__ ...) are not template attributes
            raise AttributeError(name)
        return self

    def __eq__(self, other: object) -> bool:
        return self.default == other

    def __hash__(self) -> int:
        return hash(self.shown)

    @property
    def plain(self) -> str:
        return self.shown.replace(GAP_OPEN, "").replace(GAP_CLOSE, "")


def sandbox_environment():
    from .sandbox import environment

    sandbox = environment()
    sandbox.finalize = _mark_default
    return sandbox


def _mark_default(value: Any) -> Any:
    """A value printed by ``{{ name }}`` that the answers left at its default comes out marked."""
    # the instance's own attributes: a Placeholder answers any attribute it lacks
    return f"{DEFAULT_OPEN}{value}{DEFAULT_CLOSE}" if getattr(value, "__dict__", {}).get("from_default") else value


@cache
def compiled_template(source: str):
    return sandbox_environment().from_string(source)


def render_source(source: str, context: dict) -> str:
    """A clause text rendered in the bounded sandbox (``sandbox.py``); failures are TemplateErrors."""
    from .sandbox import render

    return render(compiled_template(source), context)


def bookmark_name(key: str) -> str:
    """A Word bookmark for a clause or anchor; "_Ref" names are hidden in Word's bookmark list."""
    name = "_Ref_" + key.replace(".", "__")
    if len(name) > _BOOKMARK_LIMIT:
        name = name[:_BOOKMARK_LIMIT - 9] + "_" + hashlib.sha1(key.encode()).hexdigest()[:8]
    return name


def sort_key(text: str) -> str:
    """Alphabetical order as a dictionary sorts: accents and case ignored ("Période" after "Partie")."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


class _Renderer:
    def __init__(self, template: ContractTemplate, values: dict, lang: str, position: str,
                 positions: dict[str, str] | None = None, defaults: frozenset[str] = frozenset()):
        self.template = template
        self.lang = lang
        self.position = position
        self.positions = positions or {}
        self.language: Language = language(lang)
        self.included = template.included(values)
        self.included_ids = {entry.id for entry in self.included}
        self.terms: dict[str, tuple[str, Any]] = {}  # term key -> (defining clause, term); the first clause wins
        for entry in self.included:
            for key, term in template.clauses[entry.id].defines.items():
                self.terms.setdefault(key, (entry.id, term))
        self.gaps: list[str] = []
        self.presented = {name: self._gap(name) if value is None and template.variables[name].required
                          else None if value is None else present(template.variables[name].type, value, self.language)
                          for name, value in values.items()}
        for name in defaults:  # the figures to mark: objects of their own, so an attribute can say so
            if hasattr(self.presented[name], "__dict__"):  # not a plain text, enum or boolean
                vars(self.presented[name])["from_default"] = True
        if self.presented.get("contract_title") is None:
            self.presented["contract_title"] = template.manifest.title[lang]
        # The governing law decides the legal references of every clause, in both languages.
        law = values.get(GOVERNING_LAW, "france")
        self.context = dict(self.presented, ref=self._ref, term=self._term, included=self._included,
                            french_law=law == "france", english_law=law == "england")
        self.where = ""
        self.elision = _elision(lang, [values.get(name) for name in _PARTY_NAMES])

    def _gap(self, name: str) -> Placeholder:
        """A required answer not given (``generate --draft``): a highlighted "[To be completed: ...]"."""
        shown = self.language.labels["to_complete"].format(label=placeholder_label(name, self.lang))
        def note_gap() -> None:
            if name not in self.gaps:
                self.gaps.append(name)
        return Placeholder(f"{GAP_OPEN}{self.language.typography(shown)}{GAP_CLOSE}", on_use=note_gap)

    # ---- functions the clause texts call -----------------------------------------
    def _ref(self, key: str) -> str:
        target = str(key).split(".", 1)[0]
        if target not in self.template.clauses:
            raise ClauseKitError(f"{self.where}: ref({key!r}) names no clause of template {self.template.manifest.id}")
        if target not in self.included_ids:
            raise ClauseKitError(f"{self.where}: ref({key!r}) points to clause {target}, which this draft leaves out")
        return f"\ue000{key}\ue001"

    def _included(self, clause_id: str) -> bool:
        """Whether this draft has the clause: a clause can hand a subject over to another one."""
        if clause_id not in self.template.clauses and clause_id not in self.template.library_ids:
            raise ClauseKitError(f"{self.where}: included({clause_id!r}) names no clause of the library")
        return clause_id in self.included_ids

    def _term(self, key: str) -> str:
        if key not in self.terms:
            raise ClauseKitError(f"{self.where}: term({key!r}) is not defined by any clause of this draft")
        return self.terms[key][1].term[self.lang]

    # ---- rendering -----------------------------------------------------------------
    def text(self, source: str, clause: Clause, where: str) -> str:
        from jinja2 import TemplateError

        self.where = f"{clause.path}: {where}"
        try:
            rendered = render_source(source, self.context)
        except TemplateError as error:
            raise ClauseKitError(f"{where}: {error}", clause.path) from None
        if self.elision is not None:
            rendered = self.elision.sub(lambda match: match.group(1)[:-1] + "'", rendered)
        return self.language.typography(_SPACES.sub(" ", rendered).strip())

    def clause_blocks(self, clause: Clause, numbered: bool, unnumbered_kind: str) -> list[Block]:
        """The clause's blocks, without numbers yet; paragraphs that render empty are dropped."""
        blocks = []
        if numbered:
            blocks.append(Block("heading", clause.id, [Segment(self.language.typography(clause.title[self.lang]))],
                                bookmark=clause.id))
        position = clause_position(clause, self.positions, self.position)
        for index, paragraph in enumerate(clause.paragraphs(position, self.lang), 1):
            where = f"{position}/{self.lang} paragraph {index}"
            text = self.text(paragraph.text, clause, where)
            items = [self.text(item, clause, f"{where} item {n}") for n, item in enumerate(paragraph.items, 1)]
            items = [item for item in items if item]
            if not text and not items:
                continue
            if numbered:
                key = f"{clause.id}.{paragraph.anchor}" if paragraph.anchor else None
                blocks.append(Block("paragraph", clause.id, [Segment(text)], bookmark=key))
                blocks.extend(Block("item", clause.id, [Segment(item)]) for item in items)
            else:
                blocks.append(Block(unnumbered_kind, clause.id, [Segment(text)], anchor=paragraph.anchor))
                blocks.extend(Block(unnumbered_kind, clause.id, [Segment(item)]) for item in items)
            if clause.id == "definitions" and index == 1:
                blocks.extend(self.definition_blocks())
        return blocks

    def key_terms(self) -> list[tuple[str, str]]:
        """The cover page's key terms (templates/key_terms.yaml) for the clauses this draft has."""
        from jinja2 import TemplateError

        path = self.template.manifest.path.parent.parent / "key_terms.yaml"
        terms = []
        for entry in _key_term_entries(path):
            if entry.get("clause") and entry["clause"] not in self.included_ids:
                continue
            try:
                text = render_source(entry["text"][self.lang], self.context)
            except TemplateError as error:
                raise ClauseKitError(f"key term {entry['label']['en']!r}: {error}", path) from None
            text = self.language.typography(_MARKS.sub(r"\2", _SPACES.sub(" ", text).strip()))
            terms.append((self.language.typography(entry["label"][self.lang]), text))
        return terms

    def definition_blocks(self) -> list[Block]:
        """One item per term defined by the clauses in this draft, in the language's alphabetical order."""
        entries = []
        for key, (clause_id, term) in self.terms.items():
            clause = self.template.clauses[clause_id]
            definition = self.text(term.definition[self.lang], clause, f"defines.{key}.{self.lang}")
            entries.append((sort_key(term.term[self.lang]), term.term[self.lang], definition, key))
        return [Block("item", "definitions", [Segment(self.language.typography(self.language.quote(name)), "bold"),
                                              Segment(f" {definition}")], term=key)
                for _, name, definition, key in sorted(entries)]


@cache
def _key_term_entries(path) -> tuple[dict, ...]:
    """The entries of a key_terms.yaml beside the manifests; none when there is no such file."""
    from .library import load_yaml_file

    if not path.is_file():
        return ()
    raw = load_yaml_file(path, "a key terms file")
    if not isinstance(raw, list) or any(not isinstance(e, dict) or not {"label", "text"} <= set(e) for e in raw):
        raise ClauseKitError("a key terms file must be a list of {label, text, clause}", path)
    return tuple(raw)


def clause_position(clause: Clause, positions: dict[str, str], default: str) -> str:
    """The position of one clause: its own choice, else that of the clause it follows, else the draft's."""
    return positions.get(clause.id) or (positions.get(clause.follows) if clause.follows else None) or default


def render_draft(template: ContractTemplate, values: dict, lang: str, position: str,
                 positions: dict[str, str] | None = None, defaults: frozenset[str] = frozenset()) -> Draft:
    """Render every included clause, number the result and resolve the cross-references.

    ``positions``: a position per clause id, over the draft's ``position``; ``defaults``: the
    variables whose printed values are to be marked as the library's defaults."""
    renderer = _Renderer(template, values, lang, position, positions, defaults)
    draft = Draft(template=template, lang=lang, position=position, values=renderer.presented)
    after_numbered = False
    for entry in renderer.included:
        kind = "closing" if after_numbered else "preamble"
        draft.blocks.extend(renderer.clause_blocks(template.clauses[entry.id], entry.numbered, kind))
        after_numbered = after_numbered or entry.numbered
    _number(draft)
    _resolve_references(draft)
    _mark_gaps(draft)
    draft.key_terms = renderer.key_terms()
    draft.gaps = renderer.gaps
    return draft


def _mark_gaps(draft: Draft) -> None:
    """Gaps and marked defaults become segments of their own kind, which the Word writer highlights."""
    for block in draft.blocks:
        if not any(GAP_OPEN in segment.text or DEFAULT_OPEN in segment.text for segment in block.segments):
            continue
        segments = []
        for segment in block.segments:
            parts = _MARKS.split(segment.text)  # text, (mark, marked text, text)...
            if parts[0]:
                segments.append(Segment(parts[0], segment.kind, segment.bookmark))
            for index in range(1, len(parts), 3):
                kind = "gap" if parts[index] == GAP_OPEN else "default"
                if parts[index + 1]:
                    segments.append(Segment(parts[index + 1], kind, segment.bookmark))
                if parts[index + 2]:
                    segments.append(Segment(parts[index + 2], segment.kind, segment.bookmark))
        block.segments = segments


def _number(draft: Draft) -> None:
    counters = [0, 0, 0]
    for block in draft.blocks:
        level = {"heading": 0, "paragraph": 1, "item": 2}.get(block.kind)
        if level is None:
            continue
        counters[level] += 1
        counters[level + 1:] = [0] * (2 - level)
        block.number = ".".join(str(c) for c in counters[:level + 1])
        if block.bookmark:
            draft.numbers[block.bookmark] = block.number
            block.bookmark = bookmark_name(block.bookmark)


def _resolve_references(draft: Draft) -> None:
    for block in draft.blocks:
        segments = []
        for segment in block.segments:
            if "\ue000" not in segment.text:
                segments.append(segment)
                continue
            pieces = _REF_MARK.split(segment.text)
            for index, piece in enumerate(pieces):
                if index % 2 == 0:
                    if piece:
                        segments.append(Segment(piece, segment.kind))
                    continue
                if piece not in draft.numbers:
                    raise ClauseKitError(f"clause {block.clause}: ref({piece!r}) names no clause or paragraph anchor "
                                         f"in this draft (known anchors: {', '.join(sorted(draft.numbers))})")
                segments.append(Segment(draft.numbers[piece], "ref", bookmark_name(piece)))
        block.segments = segments
