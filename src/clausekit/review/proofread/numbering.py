"""Clause numbering: gaps and duplicates, in typed numbers and in the numbers Word computes.

The clause numbers of a document are read once (``structure``) and shared with the
cross-reference check. A list inside a clause starts its own sequence at 1 and the
clause numbering resumes after it; an annex restarts the numbering.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache

from ...document import Document, Paragraph
from ...results import Finding
from . import data, finding, pattern, per_document, register, starts_word

GAP = "proofreading.numbering-gap"
DUPLICATE = "proofreading.numbering-duplicate"
_DECIMAL = re.compile(r"^\d{1,3}(?:\.\d{1,3})*$")
_ROMAN = re.compile(r"^[IVXLC]{1,7}$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_WORD_SUB_ITEM = re.compile(r"^(?P<base>\d{1,3}(?:\.\d{1,3})*)?\((?P<letter>[a-zA-Z]{1,4}|\d{1,2})\)$")

Number = tuple[int, ...]
TYPED_NUMBER_REACH = 24  # a number typed in the text stands within its first characters ("ARTICLE 12")
TITLE_AT_END = 40  # an annex title run into the end of a paragraph is within its last characters
LOOSE_CONTEXT = 24  # characters before a loose number that say whether a clause starts there
# Where a loose number can start: in a run of digits and numerals that a dot and a digit follow ("7.2"), or a space
# and a capital, a quote or a bracket, after a dot or a colon or not: numbering.loose and loose_title find no other.
# In ASCII, "\d" is "0-9", which the regex engine checks faster.
_NUMERAL_RUN = re.compile(r"[\dIVXLC]+(?=\.\d|[.:]?\s+[A-ZÀ-Ý\"“(\[])")
_ASCII_NUMERAL_RUN = re.compile(r"[0-9IVXLC]+(?=\.[0-9]|[.:]?\s+[A-Z\"(\[])")


@dataclass(frozen=True)
class Numbered:
    number: Number
    paragraph: Paragraph


@dataclass
class Structure:
    """What a document's numbering shows: its numbered clauses, sub-items and annexes."""

    numbered: list[Numbered] = field(default_factory=list)
    restarts: set[int] = field(default_factory=set)  # paragraph indices that open an annex
    known: set[Number] = field(default_factory=set)  # every clause number and its prefixes
    children: dict[Number, set[int]] = field(default_factory=dict)  # parent -> its sub-clause numbers
    letters: dict[Number, set[str]] = field(default_factory=dict)  # clause -> its "(a)" items
    annexes: dict[str, set[str]] = field(default_factory=dict)  # kind of annex -> ids found
    annex_titles: set[int] = field(default_factory=set)  # paragraph indices of annex titles
    text: str = ""

    @cached_property
    def loose(self) -> set[Number]:
        """Numbers typed where a clause starts, anywhere in the text: read only when a number is in doubt."""
        return _loose_numbers(self.text)


def roman_value(text: str) -> int:
    total = 0
    for i, char in enumerate(text):
        value = _ROMAN_VALUES[char]
        following = _ROMAN_VALUES[text[i + 1]] if i + 1 < len(text) else 0
        total += -value if value < following else value
    return total


@lru_cache(maxsize=4096)
def parse_number(text: str) -> Number | None:
    """"7.2" -> (7, 2), "IV" -> (4,), "premier"/"1er" -> (1,); None for anything else."""
    text = text.strip().rstrip(".")
    if _DECIMAL.match(text):
        return tuple(int(part) for part in text.split("."))
    if _ROMAN.match(text):
        return (roman_value(text),)
    if text.lower() in ("premier", "1er"):
        return (1,)
    return None


@dataclass(frozen=True)
class _Patterns:
    typed: re.Pattern
    restart: re.Pattern
    lettered: re.Pattern
    loose: re.Pattern
    loose_before: re.Pattern
    loose_title: re.Pattern
    reference_before: re.Pattern
    annex_title: re.Pattern
    annex_title_at_end: re.Pattern
    annex_keyword: re.Pattern  # any kind of annex: a title at the end of a paragraph needs one
    annex_kinds: dict[str, re.Pattern]


@cache
def _patterns() -> _Patterns:
    spec = data("references")
    return _Patterns(
        typed=pattern("numbering", "typed"), restart=pattern("numbering", "restart"),
        lettered=pattern("numbering", "lettered"), loose=pattern("numbering", "loose"),
        loose_before=pattern("numbering", "loose_before", flags=re.MULTILINE),
        loose_title=pattern("numbering", "loose_title"), reference_before=pattern("numbering", "reference_before"),
        annex_title=pattern("references", "annex_title"),
        annex_title_at_end=pattern("references", "annex_title_at_end"),
        annex_keyword=re.compile("|".join(f"(?:{keyword})" for keyword in spec["annex_keywords"].values()),
                                 re.IGNORECASE),
        annex_kinds={kind: re.compile(rf"^(?:{keyword})$", re.IGNORECASE) for kind, keyword in spec["annex_keywords"].items()},
    )


def annex_kind(keyword: str, kinds: dict[str, re.Pattern]) -> str | None:
    return next((kind for kind, keyword_pattern in kinds.items() if keyword_pattern.match(keyword)), None)


def normal_annex_id(text: str) -> str:
    return text.upper().lstrip("0") or "0"


@per_document
def structure(document: Document, lang: str) -> Structure:
    patterns = _patterns()
    max_title_words = data("references")["max_annex_title_words"]
    reference_words = {w.casefold() for w in data("references")["reference_words"]}
    found = Structure()
    current: Number | None = None
    for paragraph in document.paragraphs:
        text = paragraph.text
        title = patterns.annex_title.match(text)
        if not (title and (paragraph.is_heading or len(text.split()) <= max_title_words)):
            # A title of no known kind counts for nothing: the keyword, a quick search, comes first.
            tail = max(0, len(text) - TITLE_AT_END)
            title = patterns.annex_keyword.search(text, tail) and patterns.annex_title_at_end.search(text, tail)
            if title and (title.group("before") or "").strip().casefold() in reference_words:
                title = None
        if title:
            kind = annex_kind(title.group("keyword"), patterns.annex_kinds)
            if kind:
                found.annexes.setdefault(kind, set()).add(normal_annex_id(title.group("id")))
                found.annex_titles.add(paragraph.index)
        if patterns.restart.match(text) and (paragraph.is_heading or len(text.split()) <= max_title_words):
            found.restarts.add(paragraph.index)
            current = None
        number, letter, parent = _number_of(paragraph, patterns.typed, patterns.lettered)
        if number is not None:
            found.numbered.append(Numbered(number, paragraph))
            for depth in range(1, len(number) + 1):
                found.known.add(number[:depth])
                found.children.setdefault(number[:depth - 1], set()).add(number[depth - 1])
            current = number
        parent = parent or current
        if letter is not None and parent is not None:
            found.letters.setdefault(parent, set()).add(letter)
    found.text = document.text
    return found


def _loose_numbers(text: str) -> set[Number]:
    """The numbers ``numbering.loose`` and ``numbering.loose_title`` find where a clause starts, as their
    ``finditer`` would find them, but tried only on the numerals: the engine would try every position."""
    patterns = _patterns()
    loose, loose_before, title, reference_before = (patterns.loose.match, patterns.loose_before.search,
                                                     patterns.loose_title.match, patterns.reference_before.search)
    found: set[Number] = set()
    loose_end = 0  # where the previous match ends: matches do not overlap
    for run in (_ASCII_NUMERAL_RUN if text.isascii() else _NUMERAL_RUN).finditer(text):
        start, end = max(run.start(), loose_end), run.end()
        while start < end:  # "...\n\nBar12345 X": "345" follows a line break closely enough
            match = loose(text, start)
            if not match:
                start += 1
                continue
            if loose_before(text, max(0, start - LOOSE_CONTEXT), start):
                _add_number(found, match.group("number") or match.group("dotted"))
            start = loose_end = match.end()
        # A title number follows no letter, digit or dot: only the start of a run can take one.
        start = run.start()
        if (start == 0 or text[start - 1] not in ".,") and starts_word(text, start):
            match = title(text, start)
            if match and not reference_before(text, max(0, start - 14), start):
                _add_number(found, match.group("number"))
    return found


def _add_number(found: set[Number], text: str) -> None:
    """A number and its parents: "7.2.1" -> (7,), (7, 2), (7, 2, 1) (already there if the number is)."""
    number = parse_number(text)
    if number is not None and number not in found:
        found.update(number[:depth] for depth in range(1, len(number) + 1))


def _number_of(paragraph: Paragraph, typed: re.Pattern,
               lettered: re.Pattern) -> tuple[Number | None, str | None, Number | None]:
    """The clause number of a paragraph (Word's, else typed), or its item letter and the
    clause the item belongs to when Word names it ("7.2(a)")."""
    if paragraph.number and paragraph.number.rstrip(".") not in paragraph.text[:TYPED_NUMBER_REACH]:
        # A number Word computes is not in the text; one typed in the text is read below, so
        # that "700 Dresher Road" is not taken for a clause.
        sub_item = _WORD_SUB_ITEM.match(paragraph.number.replace(" ", ""))
        if sub_item:
            base = sub_item.group("base")
            return None, sub_item.group("letter").lower(), parse_number(base) if base else None
        return parse_number(paragraph.number), None, None
    match = typed.match(paragraph.text)
    if match:
        text = match.group("keyword_number") or match.group("number") or match.group("top")
        return parse_number(text), None, None
    item = lettered.match(paragraph.text)
    return None, (item.group("letter").lower() if item else None), None


def _continues(last: Number, number: Number) -> bool:
    """``number`` is the next sibling of ``last`` or of one of its parents, or a first child."""
    if number[:len(last)] == last and len(number) > len(last) and all(n == 1 for n in number[len(last):]):
        return True
    for depth in range(len(last), 0, -1):
        head = last[:depth - 1] + (last[depth - 1] + 1,)
        if number[:depth] == head and all(n == 1 for n in number[depth:]):
            return True
    return False


def _skipped(last: Number, number: Number) -> list[Number]:
    """The numbers a jump from ``last`` to ``number`` leaves out (none when it goes backwards)."""
    depth = next((i for i, (a, b) in enumerate(zip(last, number)) if a != b), min(len(last), len(number)))
    if depth >= len(number):
        return []
    head = number[:depth]
    first = last[depth] + 1 if depth < len(last) else 1
    return [head + (n,) for n in range(first, number[depth])] or [number]


def shown(number: Number) -> str:
    return ".".join(map(str, number))


@dataclass
class _Sequence:
    last: Number
    seen: set[Number]


def _contents_entry(entry: Numbered, max_words: int) -> bool:
    """A short title typed after its number: "8.02 Jurisdiction 19", not an item "(a) fraud;"."""
    text = entry.paragraph.text
    words = text.split()
    typed = entry.paragraph.number is None or entry.paragraph.number.rstrip(".") in text[:TYPED_NUMBER_REACH]
    return (typed and 1 < len(words) <= max_words and words[1][:1].isupper()
            and not text.rstrip().endswith((";", ",", ":")))


def _contents(numbered: list[Numbered]) -> set[int]:
    """Paragraphs of a table of contents: a run of short numbered titles with nothing between."""
    spec = data("numbering")
    entries: set[int] = set()
    run: list[Numbered] = []
    for entry in [*numbered, None]:
        short = entry is not None and _contents_entry(entry, spec["contents_entry_words"])
        if entry is not None and short and (not run or entry.paragraph.index == run[-1].paragraph.index + 1):
            run.append(entry)
            continue
        if len(run) >= spec["contents_entries"]:
            entries.update(e.paragraph.index for e in run)
        run = [entry] if entry is not None and short else []
    return entries


@register("numbering")
def check_numbering(document: Document, lang: str, report_lang: str) -> list[Finding]:
    found = structure(document, lang)
    contents = _contents(found.numbered)
    findings = []
    open_sequences: list[_Sequence] = []
    restarts = sorted(found.restarts)
    for entry in found.numbered:
        number, paragraph = entry.number, entry.paragraph
        if paragraph.index in contents:
            continue
        if restarts and restarts[0] <= paragraph.index:
            while restarts and restarts[0] <= paragraph.index:
                restarts.pop(0)
            open_sequences.clear()
        fitting = next((i for i in range(len(open_sequences) - 1, -1, -1)
                        if _continues(open_sequences[i].last, number)), None)
        if fitting is not None:
            del open_sequences[fitting + 1:]
        elif not open_sequences or all(n == 1 for n in number):
            open_sequences.append(_Sequence(number, set()))
            fitting = len(open_sequences) - 1
        else:
            sequence = open_sequences[-1]
            rule = DUPLICATE if number in sequence.seen else GAP
            if rule == DUPLICATE or not all(m in found.loose for m in _skipped(sequence.last, number)):
                start = paragraph.start
                findings.append(finding(document, rule, report_lang, start, start + 1,
                                        value=shown(number), other=shown(sequence.last)))
            fitting = len(open_sequences) - 1
        sequence = open_sequences[fitting]
        sequence.last = number
        sequence.seen.add(number)
    return findings
