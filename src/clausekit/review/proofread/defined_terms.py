"""Defined terms: used but never defined, defined but never used, defined twice
differently, used in another form than the one defined.

Definitions are found in their usual forms: "X" means / « X » désigne, (the "X"),
ci-après « X », a definitions list "X : désigne ...". Uses are matched whatever the
number or, in French, the gender ("Marque Concédée" / "Marques Concédées"). A capitalised
phrase counts as an undefined term only when it reads like one: in mid-sentence after a
determiner, used at least twice (once, for a phrase of several words), made of words the document also writes in lower case
(proper nouns are not), and none of them a month, a title, an institution or a party role.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import islice

from ...document import Document, Paragraph
from ...results import Finding
from ..rules import load_rules
from ..segment import numbers
from . import data, finding, matches_by_paragraph, pattern, per_document, register, sentence_initial

UNDEFINED = "proofreading.undefined-term"
UNUSED = "proofreading.unused-term"
CONFLICT = "proofreading.conflicting-definition"
VARIANT = "proofreading.term-variant"
AFTER_WINDOW = 80
BEFORE_WINDOW = 100
BODY_LIMIT = 300
MIN_STEM = 4
ALIAS_GAP = 12  # at most this many characters between a term and its alias
WORD_CACHE = 1 << 16  # words whose stem and key are remembered from one document to the next
PHRASE_CACHE = 1 << 14  # capitalised phrases whose reading as a term is remembered likewise
_SEPARATORS = re.compile(r"[\s\-‐–]+")
_POSSESSIVE = re.compile(r"['’]s?$")
_POSSESSIVE_INSIDE = re.compile(r"\w['’]s\s")
_WORD_SPLIT = re.compile(r"([\s\-‐–]+)")
_SENTENCE_STOP = re.compile(r"(?<=[.;])\s|\n")
_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_LOWER_WORDS = re.compile(rf"[{_LOWER}](?<![\w].)[{_LOWER}]*")  # the look-behind after the first letter keeps the scan fast
# In ASCII, what a character is to _LOWER_WORDS: a lower-case letter, another word character ("#"), or neither (" ").
_ASCII_CLASSES = str.maketrans({c: "#" if c.isalnum() or c == "_" else " "
                                for c in map(chr, range(128)) if not "a" <= c <= "z"})
_WORD = re.compile(r"[\w’'&](?:[\w’'&]|-(?=\w))*")
_TITLE_WORD = re.compile(rf"[{_UPPER}][{_LOWER}]")
_WORD_BREAK = re.compile(r"[\s(]")
DEFINING = ("explicit", "parenthetical")
_ANNOUNCED = re.compile(rf"(?P<term>[{_UPPER}][\w’'-]*(?: (?:[{_UPPER}][\w’'-]*|of|and|de|du|des))*) ?$")


@lru_cache(maxsize=WORD_CACHE)
def stem(word: str) -> str:
    """The word without its plural or feminine ending, lower-cased: "Concédées" -> "concéd"."""
    word = word.casefold().strip("’'")
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("aux") and len(word) > 4:
        return word[:-3] + "al"
    if word.endswith(("s", "x")) and not word.endswith("ss") and len(word) > 3:
        word = word[:-1]
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


def term_words(term: str) -> list[str]:
    """The words of a term, hyphenated ones split and signs such as "&" left out."""
    return [part for word in _WORD.findall(term) for part in _SEPARATORS.split(_POSSESSIVE.sub("", word)) if part]


@lru_cache(maxsize=WORD_CACHE)
def term_key(term: str) -> str:
    """Two spellings of one term share a key: case, number, gender and separators aside."""
    return "".join(_word_key(word) for word in _WORD.findall(term))


def _shape(text: str) -> tuple:
    """How a spelling is written: the capital of each word and the separators between them."""
    parts = _WORD_SPLIT.split(text)
    return tuple(("-" if "-" in part or "‐" in part or "–" in part else " ") if i % 2 else part[:1].isupper()
                 for i, part in enumerate(parts) if part)


@dataclass(frozen=True)
class Definition:
    term: str
    key: str
    kind: str  # explicit | parenthetical | pointer | derived
    start: int  # the term's offsets in Document.text
    end: int
    body: str  # the definition (explicit) or what precedes the parenthesis (parenthetical)


@dataclass
class Terms:
    """A document's definitions and where their terms are used."""

    definitions: list[Definition] = field(default_factory=list)
    by_key: dict[str, list[Definition]] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)  # the keys of the terms used (elsewhere than where defined)
    variants: list[tuple[int, int, str, str]] = field(default_factory=list)  # start, end, as written, term
    covered: list[tuple[int, int]] = field(default_factory=list)  # spans of definitions and uses, sorted
    # Capitalised, not a defined term, and not ruled out as an undefined one by its words alone; with its
    # words and their offsets from its start, when known (else None: _WORD finds them).
    phrases: list[tuple[Paragraph, int, int, tuple[tuple[int, str], ...] | None]] = field(default_factory=list)
    lower_stems: set[str] = field(default_factory=set)  # the words the document writes in lower case
    incorporated: bool = False  # the document takes its definitions from another one
    # Each defined term's stems, joined by spaces, between spaces, one a line: what a phrase may be a part of.
    defined_phrases_text: str = ""
    defined_stems: tuple[str, ...] = ()  # the stems (long enough) of the one-word defined terms: derived forms
    judged_words: dict[tuple[str, ...], bool] = field(default_factory=dict, repr=False)  # see _may_be_term

    @property
    def defining_keys(self) -> set[str]:
        return {d.key for d in self.definitions if d.kind in DEFINING}

    def is_covered(self, start: int, end: int) -> bool:
        i = bisect_right(self.covered, (start, float("inf"))) - 1
        return i >= 0 and self.covered[i][0] <= start and self.covered[i][1] >= end


@dataclass(frozen=True)
class _Patterns:
    quoted: re.Pattern
    after: re.Pattern
    before: re.Pattern
    pointer: re.Pattern
    derived: re.Pattern
    plural_mark: re.Pattern
    alias_between: re.Pattern
    defined_elsewhere: re.Pattern
    capitalised_run: re.Pattern
    list_item: re.Pattern
    list_item_verb: re.Pattern
    list_item_numbered: re.Pattern
    incorporated: re.Pattern
    address_before: re.Pattern
    determiners: frozenset[str]
    not_terms: frozenset[str]
    connectors: frozenset[str]
    roles: frozenset[str]
    number_words: frozenset[str]


@cache
def _patterns(lang: str) -> _Patterns:
    spec = data("terms")
    roles = data("parties").get("roles", {})
    return _Patterns(
        quoted=pattern("terms", "quoted"),
        after=pattern("terms", "after", lang, re.IGNORECASE),
        before=pattern("terms", "before", lang, re.IGNORECASE),
        pointer=pattern("terms", "pointer", lang, re.IGNORECASE),
        derived=pattern("terms", "derived", lang, re.IGNORECASE),
        plural_mark=pattern("terms", "plural_mark"),
        alias_between=pattern("terms", "alias_between", flags=re.IGNORECASE),
        defined_elsewhere=pattern("terms", "defined_elsewhere", flags=re.IGNORECASE),
        # A word, each hyphen followed by a letter; "[\w’'&]*" scans letters at once, "(?:[\w’'&]|-)*" one by one.
        capitalised_run=_capitalised_run(spec["connectors"], rf"[{_UPPER}][\w’'&]*(?:-(?=\w)[\w’'&]*)*"),
        list_item=pattern("terms", "list_item", lang),
        list_item_verb=pattern("terms", "list_item_verb", lang, re.IGNORECASE),
        list_item_numbered=pattern("terms", "list_item_numbered"),
        incorporated=pattern("terms", "incorporated", lang, re.IGNORECASE),
        address_before=pattern("terms", "address_before", flags=re.IGNORECASE),
        determiners=frozenset(w.casefold() for w in spec["determiners"][lang]),
        not_terms=frozenset(w.casefold() for w in spec["not_terms"][lang]),
        connectors=frozenset(spec["connectors"]),
        roles=frozenset(term_key(w) for w in roles.get(lang, [])),
        number_words=frozenset(w.casefold() for w in numbers.vocabulary().units),
    )


def _capitalised_run(connectors: list[str], word: str) -> re.Pattern:
    """Capitalised words, and the connectors between two of them: "Court of Appeal", "Bon de Commande"."""
    joined = "|".join(re.escape(c) for c in sorted(connectors, key=len, reverse=True))
    space = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
    elided = r"(?:[dl]|qu)['’]"  # "Plan d'Amélioration"
    first = word.replace("]", "](?<![\\w&-].)", 1)  # a look-behind after the first letter keeps the scan fast
    return re.compile(rf"{first}(?:{space}(?:(?:{joined}){space}|{elided})?{word})*")


def _sentence_end(text: str, start: int) -> int:
    stop = _SENTENCE_STOP.search(text, start)
    return min(stop.start() if stop else len(text), start + BODY_LIMIT)


def _normal(text: str) -> str:
    return " ".join(text.casefold().split()).strip(" .;,:")


def _in_definitions_clause(document: Document, paragraph: Paragraph, lang: str) -> bool:
    headings = load_rules().definitions_headings.get(lang)
    if headings is None or not document.sections:
        return False
    return bool(headings.search(document.sections[paragraph.section].heading))


def _definitions(document: Document, lang: str, patterns: _Patterns) -> list[Definition]:
    max_words = data("terms")["max_term_words"]
    found: list[Definition] = []
    quoted = matches_by_paragraph(document, patterns.quoted)
    announced_elsewhere = matches_by_paragraph(document, patterns.defined_elsewhere)
    for paragraph in document.paragraphs:
        text = paragraph.text
        listed = patterns.list_item.match(text)
        if listed and (patterns.list_item_verb.search(text, listed.start("term"), listed.end() + 1)
                       or patterns.list_item_numbered.match(text)
                       or _in_definitions_clause(document, paragraph, lang)):
            term = patterns.plural_mark.sub("", listed.group("term")).strip()
            if len(term.split()) <= max_words and not paragraph.is_heading:
                start = paragraph.start + listed.start("term")
                found.append(Definition(term, term_key(term), "explicit", start, start + len(term),
                                        _normal(text[listed.end():_sentence_end(text, listed.end())])))
        previous: Definition | None = None
        waiting: list[re.Match] = []  # "GLP" or "Good Laboratory Practices" means: GLP waits for its kind
        for match in quoted.get(paragraph.index, ()):
            term = patterns.plural_mark.sub("", match.group("term")).strip().rstrip(".,;:")
            if not term or len(term.split()) > max_words or not any(c.isalpha() for c in term):
                continue
            alias_of = previous if previous is not None and _is_alias(text, previous.end - paragraph.start,
                                                                       match.start(), patterns) else None
            if waiting and not _is_alias(text, waiting[-1].end("term"), match.start(), patterns):
                waiting = []
            after = text[match.end():match.end() + AFTER_WINDOW]
            before = text[max(0, match.start() - BEFORE_WINDOW):match.start()]
            if patterns.pointer.match(after):
                kind, body = "pointer", ""
            elif patterns.after.match(after):
                kind, body = "explicit", _normal(text[match.end():_sentence_end(text, match.end())])
            elif patterns.before.search(before):
                kind = "parenthetical"
                opening = before.rfind("(")
                antecedent = before[:opening] if opening >= 0 else before
                body = _normal(" ".join(antecedent.split()[-4:]))
            elif patterns.derived.search(after):
                kind, body = "derived", ""
            elif alias_of is not None:
                kind, body = alias_of.kind, alias_of.body  # "Commanditaire" ou "Client"
            else:
                waiting.append(match)
                continue
            for alias in waiting:
                alias_term = patterns.plural_mark.sub("", alias.group("term")).strip().rstrip(".,;:")
                alias_start = paragraph.start + alias.start("term")
                found.append(Definition(alias_term, term_key(alias_term), kind, alias_start,
                                        alias_start + len(alias_term), body))
            waiting = []
            start = paragraph.start + match.start("term")
            previous = Definition(term, term_key(term), kind, start, start + len(term), body)
            found.append(previous)
        for match in announced_elsewhere.get(paragraph.index, ()):
            announced = _ANNOUNCED.search(text, max(0, match.start() - BEFORE_WINDOW), match.start())
            if announced:
                term = announced.group("term")
                start = paragraph.start + announced.start("term")
                found.append(Definition(term, term_key(term), "pointer", start, start + len(term), ""))
    return found


@lru_cache(maxsize=WORD_CACHE)
def _word_key(word: str) -> str:
    return "".join(stem(part) for part in _SEPARATORS.split(_POSSESSIVE.sub("", word)) if part)


@dataclass
class _RunAnalysis:
    """What a run of capitalised words holds. Unless a term may go on after the run (_FOLLOWED), it depends
    on the run's text alone, so a run met again ("Confidential Information") is not analysed again."""

    # start, end (offsets in the run), key, and for a variant: the variant as shown, and whether it
    # differs from the term by its first capital only (which a sentence start explains)
    uses: list[tuple[int, int, str, tuple[str, bool] | None]]
    # Stretches no term covers that may be undefined terms: start, end, their words (offset from the start,
    # word), None where a tab joins words.
    phrases: list[tuple[int, int, tuple[tuple[int, str], ...] | None]]

    @property
    def plain(self) -> bool:
        """The usual run: one term, as defined, nothing else."""
        return len(self.uses) == 1 and self.uses[0][3] is None and not self.phrases


_FOLLOWED = object()  # a term begun by the run may end in the lower-case words after it: matched in place


class _Matcher:
    """A document's defined terms, and its capitalised runs matched against them."""

    def __init__(self, found: Terms, lang: str):
        self.found, self.lang, self.patterns = found, lang, _patterns(lang)
        self.spelled: dict[str, str] = {}
        for definition in found.definitions:
            if definition.kind != "pointer" or definition.key not in self.spelled:
                self.spelled.setdefault(definition.key, definition.term)
        self.prefixes = {k for t in self.spelled.values() for k in _prefix_keys(t)}
        # Every beginning of a key: a term (or a term's first words) can start only at a word whose key is one.
        self.starters = {key[:n] for key in (*self.spelled, *self.prefixes) for n in range(len(key) + 1)}
        self.longest = max((len(_WORD.findall(t)) for t in self.spelled.values()), default=0)
        self.runs: dict[str, _RunAnalysis | bool | object] = {}  # the analyses of the runs met, by their text

    def analyse(self, run_text: str, text: str | None = None, start: int = 0) -> _RunAnalysis | bool | object:
        """What a run holds: True/False for one word that is no term and may or may not be an undefined one;
        _FOLLOWED when a term may go on after the run, unless the paragraph's ``text`` and the run's
        ``start`` in it are given to follow it there."""
        words: tuple[tuple[int, int, str], ...]
        keys: tuple[str, ...]
        if " " not in run_text and "\n" not in run_text:
            key = _word_key(run_text)
            if key not in self.spelled and key not in self.prefixes:  # the usual case: one word, not a term
                return self._may_be_undefined(run_text)
            words, keys = ((0, len(run_text), run_text),), (key,)
        else:
            words = tuple((m.start(), m.end(), m.group()) for m in _WORD.finditer(run_text))
            keys = tuple(_word_key(w) for _, _, w in words)
        if text is None:
            matched = self._match(keys, None)
            if matched is None:
                return _FOLLOWED
        else:
            run_end = start + len(run_text)
            matched = self._match(keys, lambda tail: self._lower_case_tail(text, run_end, tail))
            assert matched is not None  # with a follow function, _match always concludes
        uses, uncovered = matched
        analysis = _RunAnalysis([], [])
        for first, last, end, key in uses:
            use_start = words[first][0]
            use_end = words[last][1] if end is None else end - start
            written = run_text[use_start:use_end] if text is None else text[start + use_start:start + use_end]
            term = self.spelled[key]
            variant = None
            if written != term and _is_variant(written, term):
                variant = " ".join(written.split()), _shape(written)[1:] == _shape(term)[1:]
            analysis.uses.append((use_start, use_end, key, variant))
        for first, last in _phrases(uncovered, words, self.patterns.connectors):
            if first != last or self._may_be_undefined(words[first][2]):
                phrase_start, stretch = words[first][0], words[first:last + 1]
                # One "word" joined by a tab ("Foo\tBar") is two words to _undefined, which finds them.
                tokens = (None if any("\t" in w for _, _, w in stretch)
                          else tuple((at - phrase_start, w) for at, _, w in stretch))
                analysis.phrases.append((phrase_start, words[last][1], tokens))
        return analysis

    def _may_be_undefined(self, word: str) -> bool:
        """Whether a phrase of one word is kept for _undefined: not when the word alone rules it out (a
        determiner, words that make no term). Two words joined by a tab are one to the run ("Foo\tBar") but
        two to _undefined, which then decides."""
        patterns = self.patterns
        return "\t" in word or (word.casefold() not in patterns.determiners and word not in patterns.connectors
                                and _may_be_term((word,), self.found, self.lang))

    def _match(self, keys: tuple[str, ...], follow: Callable[[str], tuple[int, str] | None] | None,
               ) -> tuple[list[tuple[int, int, int | None, str]], list[int]] | None:
        """The defined terms among the words, longest first, as (first word, last word, end, key), and the
        indices of the words no term covers. A term whose last words are in lower case ("Steering committee")
        is followed past the end of the run by ``follow`` (its end, else None); without it, None is returned."""
        uses: list[tuple[int, int, int | None, str]] = []
        uncovered: list[int] = []
        spelled, starters, longest = self.spelled, self.starters, self.longest
        i, count = 0, len(keys)
        while i < count:
            if keys[i] in starters:
                for j in range(min(count, i + longest), i, -1):
                    key = "".join(keys[i:j])
                    if key in spelled:
                        uses.append((i, j - 1, None, key))
                        i = j
                        break
                else:
                    tail = "".join(keys[i:])
                    if tail in self.prefixes:
                        if follow is None:
                            return None
                        completed = follow(tail)
                        if completed is not None:
                            uses.append((i, i, *completed))
                            return uses, uncovered
                    uncovered.append(i)
                    i += 1
                continue
            uncovered.append(i)
            i += 1
        return uses, uncovered

    def _lower_case_tail(self, text: str, position: int, key: str) -> tuple[int, str] | None:
        """Where a term begun by the run ends in the words after it, with the term's key."""
        for _ in range(self.longest):
            following = _FOLLOWING_WORD.match(text, position)
            if not following:
                return None
            key += _word_key(following.group(1))
            position = following.end()
            if key in self.spelled:
                return position, key
            if key not in self.prefixes:
                return None
        return None


@per_document
def terms(document: Document, lang: str) -> Terms:
    """Definitions, then every capitalised run of the text matched against them: uses, variants."""
    patterns = _patterns(lang)
    found = Terms(definitions=_definitions(document, lang, patterns))
    found.incorporated = bool(patterns.incorporated.search(document.text))
    found.lower_stems = {stem(w) for w in _lower_case_words(document.text)}
    defined = [term_words(d.term) for d in found.definitions]
    found.defined_phrases_text = "\n".join(f" {' '.join(stem(w) for w in words)} " for words in defined)
    found.defined_stems = tuple({stem(words[0]) for words in defined
                                 if len(words) == 1 and len(stem(words[0])) >= MIN_STEM})
    for definition in found.definitions:
        found.by_key.setdefault(definition.key, []).append(definition)
    matcher = _Matcher(found, lang)
    definition_starts = {d.start for d in found.definitions}
    covered = [(d.start, d.end) for d in found.definitions]
    phrases, variants, covered_span, runs = found.phrases.append, found.variants.append, covered.append, matcher.runs
    used, spelled = found.used, matcher.spelled
    plain: dict[str, tuple[int, int, str]] = {}  # run -> its only use, as defined (see _RunAnalysis.plain)
    paragraph_end = 0
    # One scan of the whole text: no run crosses the blank line between two paragraphs, and the line
    # break before or after a paragraph is no letter, as the start or the end of its text is none.
    for match in patterns.capitalised_run.finditer(document.text):
        run_text = match.group()
        analysis = runs.get(run_text)
        if analysis is None:
            analysis = runs[run_text] = matcher.analyse(run_text)
            if isinstance(analysis, _RunAnalysis) and analysis.plain:
                plain[run_text] = analysis.uses[0][:3]
        if analysis is False:
            continue
        start = match.start()
        if run_text in plain:
            use_start, use_end, key = plain[run_text]
            covered_span((start + use_start, start + use_end))
            if start + use_start not in definition_starts:
                used.add(key)
            continue
        if start >= paragraph_end:
            paragraph = document.paragraph_at(start)
            text, offset, paragraph_end = paragraph.text, paragraph.start, paragraph.end
        if analysis is True:
            phrases((paragraph, start - offset, start - offset + len(run_text),
                     None if "\t" in run_text else ((0, run_text),)))
            continue
        if analysis is _FOLLOWED:
            analysis = matcher.analyse(run_text, text, start - offset)
        assert isinstance(analysis, _RunAnalysis)  # one word that is no term was settled above; a run is analysed
        for use_start, use_end, key, variant in analysis.uses:
            use_start += start
            use_end += start
            covered_span((use_start, use_end))
            if use_start in definition_starts:
                continue
            used.add(key)
            if variant is not None and not (variant[1] and sentence_initial(text, use_start - offset)):
                variants((use_start, use_end, variant[0], spelled[key]))
        for phrase_start, phrase_end, words in analysis.phrases:
            phrases((paragraph, start - offset + phrase_start, start - offset + phrase_end, words))
    found.covered = sorted(covered)
    return found


def _is_variant(written: str, term: str) -> bool:
    """Written otherwise than defined; a term defined in capitals is compared by its separators only."""
    if written.isupper() or _POSSESSIVE_INSIDE.search(written):
        return False
    if term.isupper():
        return [s for s in _shape(written) if isinstance(s, str)] != [s for s in _shape(term) if isinstance(s, str)]
    return _shape(written) != _shape(term)


def _phrases(uncovered: list[int], words: tuple[tuple[int, int, str], ...], connectors: frozenset[str]):
    """(first, last) word indices of each stretch of uncovered words, connectors trimmed at the ends."""
    stretch: list[int] = []
    for index in [*uncovered, -1]:
        if index >= 0 and (not stretch or index == stretch[-1] + 1):
            stretch.append(index)
            continue
        while stretch and words[stretch[0]][2] in connectors:
            stretch.pop(0)
        while stretch and words[stretch[-1]][2] in connectors:
            stretch.pop()
        if stretch:
            yield stretch[0], stretch[-1]
        stretch = [index] if index >= 0 else []


def _prefix_keys(term: str) -> list[str]:
    """The keys of the first words of a multi-word term: "Steering" for "Steering Committee"."""
    words = _WORD.findall(term)
    return ["".join(stem(p) for w in words[:n] for p in _SEPARATORS.split(w) if p) for n in range(1, len(words))]


_FOLLOWING_WORD = re.compile(r"[ \t]+([\w’'-]+)")


def _is_alias(text: str, previous_end: int, start: int, patterns: _Patterns) -> bool:
    return start - previous_end < ALIAS_GAP and bool(patterns.alias_between.match(text[previous_end:start].strip()))


def _used_aliases(document: Document, found: Terms, between: re.Pattern) -> set[str]:
    """Keys of terms defined together with an alias that is used: "GLP" or "Good Laboratory Practices"."""
    used: set[str] = set()
    ordered = sorted(found.definitions, key=lambda d: d.start)
    for first, second in zip(ordered, ordered[1:]):
        if second.start - first.end < ALIAS_GAP and between.match(document.text[first.end:second.start].strip()):
            if second.key in found.used:
                used.add(first.key)
            if first.key in found.used:
                used.add(second.key)
    return used


@register("defined_terms")
def check_defined_terms(document: Document, lang: str, report_lang: str) -> list[Finding]:
    found = terms(document, lang)
    findings: list[Finding] = []
    aliased = _used_aliases(document, found, _patterns(lang).alias_between)
    for key, definitions in found.by_key.items():
        defining = [d for d in definitions if d.kind in DEFINING]
        if (defining and key not in found.used and key not in aliased
                and not any(d.kind == "derived" for d in definitions)):
            first = defining[0]
            findings.append(finding(document, UNUSED, report_lang, first.start, first.end, value=first.term))
        explicit = [d for d in definitions if d.kind == "explicit" and d.body]
        for later in explicit[1:]:
            if later.body != explicit[0].body:
                findings.append(finding(document, CONFLICT, report_lang, later.start, later.end, value=later.term,
                                        other=document.location_at(explicit[0].start).describe()))
                break
    reported_variants: set[str] = set()
    for start, end, written, term in found.variants:
        paragraph = document.paragraph_at(start)
        if paragraph.is_heading or written in reported_variants:
            continue
        reported_variants.add(written)
        findings.append(finding(document, VARIANT, report_lang, start, end, value=written, other=term))
    findings.extend(_undefined(document, lang, found, report_lang))
    return findings


def _undefined(document: Document, lang: str, found: Terms, report_lang: str) -> list[Finding]:
    spec = data("terms")
    if found.incorporated or len(found.defining_keys) < spec["min_definitions"]:
        return []
    patterns = _patterns(lang)
    candidates: dict[str, list[tuple[int, int, str]]] = {}
    share = spec["title_case_share"]
    title_case: dict[int, bool] = {}
    determiners, connectors = patterns.determiners, patterns.connectors
    for paragraph, start, end, tokens in found.phrases:
        if paragraph.is_heading:
            continue
        text = paragraph.text
        if tokens is None:
            tokens = tuple((m.start() - start, m.group()) for m in _WORD.finditer(text, start, end))
        first = 0  # "The Support Services" at the start of a sentence: "Support Services"
        while first < len(tokens) and (tokens[first][1].casefold() in determiners or tokens[first][1] in connectors
                                       or sentence_initial(text, start + tokens[first][0])):
            first += 1
        if first == len(tokens):
            continue
        start += tokens[first][0]
        words = tuple(w for _, w in tokens[first:] if w not in connectors)
        if not _may_be_term(words, found, lang) or not _placed_as_term(text, start, patterns):
            continue
        if paragraph.index not in title_case:
            title_case[paragraph.index] = _title_case(text, share)
        if title_case[paragraph.index]:
            continue
        joined = " ".join(stem(w) for w in words)
        candidates.setdefault(joined, []).append((paragraph.start + start, paragraph.start + end, text[start:end]))
    findings = []
    for joined, uses in candidates.items():
        # One capitalised word used once is often emphasis or a heading's echo; a phrase of several
        # reads as a term from its first use ("the Payment Window").
        needed = spec["min_uses_undefined_phrase" if " " in joined else "min_uses_undefined"]
        if len(uses) >= needed:
            start, end, phrase = uses[0]
            findings.append(finding(document, UNDEFINED, report_lang, start, end, value=" ".join(phrase.split())))
    return findings


def _title_case(text: str, share: float) -> bool:
    """A title, an address, a signature line: few words, or mostly capitalised and no sentence."""
    if text.rstrip().endswith((".", ";")):
        return next(islice(_WORD.finditer(text), 2, None), None) is None  # a sentence: only if under 3 words
    words = _WORD.findall(text)
    return len(words) < 3 or sum(1 for w in words if w[:1].isupper()) >= share * len(words)


def _lower_case_words(text: str) -> set[str]:
    """set(_LOWER_WORDS.findall(text)); in ASCII, faster than a scan letter by letter: a table turns the other
    word characters into "#" and blanks the rest, and each piece between blanks that starts in lower case
    gives its start."""
    if not text.isascii():
        return set(_LOWER_WORDS.findall(text))
    return {piece.partition("#")[0] for piece in set(text.translate(_ASCII_CLASSES).split()) if piece[0] != "#"}


def _may_be_term(words: tuple[str, ...], found: Terms, lang: str) -> bool:
    """What the words of a capitalised phrase say alone (where it stands decides the rest); remembered."""
    judged = found.judged_words.get(words)
    if judged is None:
        judged = found.judged_words[words] = _words_read_as_term(words, found, lang)
    return judged


@lru_cache(maxsize=PHRASE_CACHE)
def _term_like_stems(words: tuple[str, ...], lang: str) -> tuple[str, ...] | None:
    """The stems of the words of a capitalised phrase, None when they make no term in any document."""
    patterns = _patterns(lang)
    if not words or not all(_TITLE_WORD.match(w) for w in words):
        return None  # acronyms and words in capitals are not terms
    if any(w.casefold().strip("’'") in patterns.not_terms or w.casefold() in patterns.number_words for w in words):
        return None
    if term_key(" ".join(words)) in patterns.roles:
        return None  # a party called by a role name: the parties check reports it
    return tuple(stem(w) for w in words)


def _words_read_as_term(words: tuple[str, ...], found: Terms, lang: str) -> bool:
    stems = _term_like_stems(words, lang)
    if stems is None:
        return False
    if not all(s in found.lower_stems for s in stems):
        return False  # a proper noun: the document never writes it in lower case
    if f" {' '.join(stems)} " in found.defined_phrases_text:
        return False  # a part of a defined term: "Intellectual Property" of "Intellectual Property Rights"
    # A derived form: "Controlled" of "Control".
    return not (len(stems) == 1 and stems[0].startswith(found.defined_stems))


def _placed_as_term(text: str, start: int, patterns: _Patterns) -> bool:
    """After a determiner ("the Services") and not in an address."""
    before = text[max(0, start - 12):start].rstrip()
    previous = _WORD_BREAK.split(before)[-1].casefold() if before else ""
    elided = before[-2:].casefold() in ("l'", "l’", "d'", "d’")
    return ((previous in patterns.determiners or elided)
            and not patterns.address_before.search(text, max(0, start - 30), start))
