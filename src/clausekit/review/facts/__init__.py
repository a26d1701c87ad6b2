"""The facts a contract states, read once, with where it states them.

Durations and the period they belong to (the initial term, a renewal period and its
notice, the pilot, the payment term, the notice of a termination for convenience), and
facts without a value (a firm period, a minimum commitment, a governing law and its
name, a forum, an arbitration clause), and the names the preamble gives the parties
(``party``, read by the proofreading of parties). Consistency rules compare them
(``clausekit.review.consistency``); the JSON report lists them (``facts``), so that other
features (a key-terms summary, a calendar of deadlines) read the same layer. The
patterns are data: ``lint_rules/_consistency.yaml``, ``facts`` and ``mentions``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...document import Document
from ...errors import ClauseKitError
from ...results import Fact
from ..pattern_safety import ADVICE, nested_unbounded
from ..proofread.parties import party_names
from ..rules import RuleSet, compile_pattern, lower_pattern
from ..segment import values
from ..segment.passages import quote, sentence_bounds

# The duration reader's regex without its group names, so that one pattern may hold it once as ``value``.
_LOWERED_DURATION = "(?P<value>" + lower_pattern(re.sub(r"\(\?P<\w+>", "(?:", values.DURATION.pattern)) + ")"


@dataclass(frozen=True)
class _Reader:
    kind: str
    pattern: re.Pattern
    with_value: bool  # a duration to read (facts), or only the mention (mentions)
    lowered: bool  # runs in lower case over the lowercased text (several times faster than IGNORECASE)
    needs: tuple[str, ...]  # a paragraph holding none of these words is not scanned
    unless: re.Pattern | None  # a sentence that denies the fact ("no minimum volume")


def _readers(data: dict, lang: str) -> tuple[_Reader, ...]:
    """The compiled patterns of one rule set's data, compiled once per language."""
    key = (id(data), lang)
    if key in _COMPILED:
        return _COMPILED[key]
    readers = []
    for section, with_value in (("facts", True), ("mentions", False)):
        for kind, per_lang in (data.get(section) or {}).items():
            for number, alternative in enumerate(per_lang.get(lang) or []):  # `needs` is no language
                where = f"_consistency.yaml: {section}.{kind}.{lang}[{number}]"
                if nested_unbounded(alternative):
                    raise ClauseKitError(f"pattern {alternative!r} in {where}: {ADVICE}")
                cased = "(?-i:" in alternative  # a name read by its capital ("the laws of France")
                source = alternative if cased else lower_pattern(alternative)
                flags = re.IGNORECASE if cased else 0
                needs = tuple(word.lower() for word in (per_lang.get("needs") or {}).get(lang) or ())
                denials = (per_lang.get("unless") or {}).get(lang)
                unless = compile_pattern("|".join(f"(?:{d})" for d in denials), re.IGNORECASE,
                                         f"_consistency.yaml: {section}.{kind}.unless") if denials else None
                readers.append(_Reader(kind, compile_pattern(source, flags, where, {"duration": _LOWERED_DURATION}),
                                       with_value, not cased, needs, unless))
    _COMPILED[key] = tuple(readers)  # the data lives as long as its (cached) rule set
    return _COMPILED[key]


_COMPILED: dict[tuple[int, str], tuple[_Reader, ...]] = {}


def law_name(raw: str, laws: dict[str, list[str]]) -> str:
    """The legal system a clause names ("the laws of England and Wales" -> "england"); the name as
    written, lowercased, when the lexicon does not know it."""
    said = " ".join(raw.lower().split()).removeprefix("the ").strip(" ,.")
    best, found = "", said
    for system, names in laws.items():
        for name in names:
            if (said == name or said.startswith(name + " ")) and len(name) > len(best):
                best, found = name, system
    return found


def _matches(document: Document, reader: _Reader, spans: dict[tuple[str, ...], list[tuple[int, int]]]):
    """The reader's matches, in the paragraphs that hold one of the words it needs (all, if it names none);
    ``spans`` keeps those paragraphs for the kind's other patterns."""
    lowered = document.lowered
    if reader.lowered and lowered is not None:
        pattern, scanned = reader.pattern, lowered
    elif reader.lowered:  # lowering would shift offsets ("İ"): the same pattern, case-insensitive, on the text
        pattern, scanned = re.compile(reader.pattern.pattern, re.IGNORECASE), document.text
    else:
        pattern, scanned = reader.pattern, document.text
    if not reader.needs:
        yield from pattern.finditer(scanned)
        return
    if reader.needs not in spans:
        holding = {p.index: p for word in reader.needs for p in document.paragraphs_holding(word)}
        spans[reader.needs] = [(holding[i].start, holding[i].end) for i in sorted(holding)]
    for start, end in spans[reader.needs]:
        yield from pattern.finditer(scanned, start, end)


def extract_facts(document: Document, ruleset: RuleSet, lang: str) -> list[Fact]:
    """Every fact the patterns of ``lang`` find, in the order of the text; one per kind and sentence
    (and value)."""
    data = ruleset.consistency_data
    laws = data.get("laws") or {}
    text = document.text
    found: dict[tuple, Fact] = {}
    spans: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for reader in _readers(data, lang):
        for match in _matches(document, reader, spans):
            paragraph = document.paragraph_at(match.start())
            first, last = sentence_bounds(text, match.start(), match.end())
            first, last = max(first, paragraph.start), min(last, max(paragraph.end, match.end()))
            months = None
            value = ""
            if reader.with_value:
                read = values.durations(match.group("value"))
                if not read:
                    continue
                months, value = read[0].months, " ".join(match.group("value").split())
            elif "law" in reader.pattern.groupindex and match.group("law"):
                value = law_name(match.group("law"), laws)
            if reader.unless is not None and reader.unless.search(text, first, last):
                continue
            key = (reader.kind, first, value)
            if key not in found:  # one fact per kind, sentence and value, whichever pattern found it
                passage = text[first:last]
                begins = first + len(passage) - len(passage.lstrip())
                found[key] = Fact(reader.kind, value, quote(passage), document.location_at(begins), match.start(), months)
    for name, start in dict(reversed(party_names(document, lang))).items():  # each name once, first mention
        paragraph = document.paragraph_at(start)
        first, last = sentence_bounds(text, start, start + len(name))
        first, last = max(first, paragraph.start), min(last, paragraph.end)
        found[("party", first, name)] = Fact("party", name, quote(text[first:last]), document.location_at(first), start)
    return sorted(found.values(), key=lambda fact: (fact.start, fact.kind))
