"""Defined terms: used but never defined, defined but never used, defined twice
differently, used in another form than the one defined.

Definitions are found in their usual forms: "X" means / « X » désigne, (the "X"),
ci-après « X », a definitions list "X : désigne ...". Uses are matched whatever the
number or, in French, the gender ("Marque Concédée" / "Marques Concédées"). A capitalised
phrase counts as an undefined term only when it reads like one: used at least twice in
mid-sentence after a determiner, made of words the document also writes in lower case
(proper nouns are not), and none of them a month, a title, an institution or a party role.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache

from ..document import Document, Paragraph
from ..results import Finding
from ..rules import load_rules
from . import data, finding, pattern, per_document, register, sentence_initial

UNDEFINED = "proofreading.undefined-term"
UNUSED = "proofreading.unused-term"
CONFLICT = "proofreading.conflicting-definition"
VARIANT = "proofreading.term-variant"
AFTER_WINDOW = 80
BEFORE_WINDOW = 100
BODY_LIMIT = 300
MIN_STEM = 4
ALIAS_GAP = 12  # at most this many characters between a term and its alias
_SEPARATORS = re.compile(r"[\s\-‐–]+")
_POSSESSIVE = re.compile(r"['’]s?$")
_POSSESSIVE_INSIDE = re.compile(r"\w['’]s\s")
_WORD_SPLIT = re.compile(r"([\s\-‐–]+)")
_SENTENCE_STOP = re.compile(r"(?<=[.;])\s|\n")
_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_LOWER_WORDS = re.compile(rf"[{_LOWER}](?<![\w].)[{_LOWER}]*")  # the look-behind after the first letter keeps the scan fast
_WORD = re.compile(r"[\w’'&](?:[\w’'&]|-(?=\w))*")
_TITLE_WORD = re.compile(rf"[{_UPPER}][{_LOWER}]")
DEFINING = ("explicit", "parenthetical")
_ANNOUNCED = re.compile(rf"(?P<term>[{_UPPER}][\w’'-]*(?: (?:[{_UPPER}][\w’'-]*|of|and|de|du|des))*) ?$")


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


def term_key(term: str) -> str:
    """Two spellings of one term share a key: case, number, gender and separators aside."""
    return "".join(stem(w) for w in term_words(term))


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
    uses: dict[str, list[int]] = field(default_factory=dict)  # key -> offsets of the uses
    variants: list[tuple[int, int, str, str]] = field(default_factory=list)  # start, end, as written, term
    covered: list[tuple[int, int]] = field(default_factory=list)  # spans of definitions and uses, sorted
    phrases: list[tuple[Paragraph, int, int]] = field(default_factory=list)  # capitalised, not a defined term
    lower_stems: set[str] = field(default_factory=set)  # the words the document writes in lower case
    incorporated: bool = False  # the document takes its definitions from another one

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
        capitalised_run=_capitalised_run(spec["connectors"], rf"[{_UPPER}](?:[\w’'&]|-(?=\w))*"),
        list_item=pattern("terms", "list_item", lang),
        list_item_verb=pattern("terms", "list_item_verb", lang, re.IGNORECASE),
        list_item_numbered=pattern("terms", "list_item_numbered"),
        incorporated=pattern("terms", "incorporated", lang, re.IGNORECASE),
        address_before=pattern("terms", "address_before", flags=re.IGNORECASE),
        determiners=frozenset(w.casefold() for w in spec["determiners"][lang]),
        not_terms=frozenset(w.casefold() for w in spec["not_terms"][lang]),
        connectors=frozenset(spec["connectors"]),
        roles=frozenset(term_key(w) for w in roles.get(lang, [])),
        number_words=frozenset(w.casefold() for units in data("figures")["units"].values() for w in units),
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
        for match in patterns.quoted.finditer(text):
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
        for match in patterns.defined_elsewhere.finditer(text):
            announced = _ANNOUNCED.search(text, max(0, match.start() - BEFORE_WINDOW), match.start())
            if announced:
                term = announced.group("term")
                start = paragraph.start + announced.start("term")
                found.append(Definition(term, term_key(term), "pointer", start, start + len(term), ""))
    return found


@dataclass
class _Run:
    """A run of capitalised words, split into words with their keys."""

    words: list[tuple[int, int, str]]  # start, end (offsets in the paragraph), the word
    keys: list[str]


def _word_key(word: str, cache: dict[str, str]) -> str:
    key = cache.get(word)
    if key is None:
        key = cache[word] = "".join(stem(part) for part in _SEPARATORS.split(_POSSESSIVE.sub("", word)) if part)
    return key


@per_document
def terms(document: Document, lang: str) -> Terms:
    """Definitions, then every capitalised run of the text matched against them: uses, variants."""
    patterns = _patterns(lang)
    found = Terms(definitions=_definitions(document, lang, patterns))
    found.incorporated = bool(patterns.incorporated.search(document.text))
    found.lower_stems = {stem(w) for w in set(_LOWER_WORDS.findall(document.text))}
    spelled: dict[str, str] = {}
    for definition in found.definitions:
        found.by_key.setdefault(definition.key, []).append(definition)
        if definition.kind != "pointer" or definition.key not in spelled:
            spelled.setdefault(definition.key, definition.term)
    definition_starts = {d.start for d in found.definitions}
    prefixes = {k for t in spelled.values() for k in _prefix_keys(t)}
    longest = max((len(_WORD.findall(t)) for t in spelled.values()), default=0)
    covered = [(d.start, d.end) for d in found.definitions]
    key_cache: dict[str, str] = {}
    connectors = patterns.connectors
    for paragraph in document.paragraphs:
        text, offset = paragraph.text, paragraph.start
        for match in patterns.capitalised_run.finditer(text):
            run_text = match.group(0)
            if " " not in run_text and "\n" not in run_text:
                key = _word_key(run_text, key_cache)
                if key not in spelled and key not in prefixes:  # the usual case: one word, not a term
                    found.phrases.append((paragraph, match.start(), match.end()))
                    continue
                words = [(match.start(), match.end(), run_text)]
            else:
                words = [(m.start() + match.start(), m.end() + match.start(), m.group(0)) for m in _WORD.finditer(run_text)]
            run = _Run(words, [_word_key(w, key_cache) for _, _, w in words])
            uses, uncovered = _match_run(text, match.end(), run, spelled, prefixes, longest, key_cache)
            for start, end, key in uses:
                covered.append((offset + start, offset + end))
                if offset + start in definition_starts:
                    continue
                found.uses.setdefault(key, []).append(offset + start)
                written, term = text[start:end], spelled[key]
                if written != term and _is_variant(written, term) and not (
                        _shape(written)[1:] == _shape(term)[1:] and sentence_initial(text, start)):
                    found.variants.append((offset + start, offset + end, " ".join(written.split()), term))
            for first, last in _phrases(uncovered, words, connectors):
                found.phrases.append((paragraph, words[first][0], words[last][1]))
    found.covered = sorted(covered)
    return found


def _is_variant(written: str, term: str) -> bool:
    """Written otherwise than defined; a term defined in capitals is compared by its separators only."""
    if written.isupper() or _POSSESSIVE_INSIDE.search(written):
        return False
    if term.isupper():
        return [s for s in _shape(written) if isinstance(s, str)] != [s for s in _shape(term) if isinstance(s, str)]
    return _shape(written) != _shape(term)


def _phrases(uncovered: list[int], words: list[tuple[int, int, str]], connectors: frozenset[str]):
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


def _match_run(text: str, run_end: int, run: _Run, spelled: dict[str, str], prefixes: set[str], longest: int,
               key_cache: dict[str, str]) -> tuple[list[tuple[int, int, str]], list[int]]:
    """The defined terms used in a run, longest first, as (start, end, key), and the indices of the
    words no term covers. A term whose last words are in lower case ("Steering committee") is
    followed past the end of the run."""
    uses: list[tuple[int, int, str]] = []
    uncovered: list[int] = []
    i, count = 0, len(run.words)
    while i < count:
        for j in range(min(count, i + longest), i, -1):
            key = "".join(run.keys[i:j])
            if key in spelled:
                uses.append((run.words[i][0], run.words[j - 1][1], key))
                i = j
                break
        else:
            tail = "".join(run.keys[i:])
            if tail in prefixes:
                completed = _lower_case_tail(text, run_end, tail, spelled, prefixes, longest, key_cache)
                if completed is not None:
                    uses.append((run.words[i][0], *completed))
                    return uses, uncovered
            uncovered.append(i)
            i += 1
    return uses, uncovered


def _lower_case_tail(text: str, position: int, key: str, spelled: dict[str, str], prefixes: set[str],
                     longest: int, key_cache: dict[str, str]) -> tuple[int, str] | None:
    """Where a term begun by the run ends in the words after it, with the term's key."""
    for _ in range(longest):
        following = _FOLLOWING_WORD.match(text, position)
        if not following:
            return None
        key += _word_key(following.group(1), key_cache)
        position = following.end()
        if key in spelled:
            return position, key
        if key not in prefixes:
            return None
    return None


def _is_alias(text: str, previous_end: int, start: int, patterns: _Patterns) -> bool:
    return start - previous_end < ALIAS_GAP and bool(patterns.alias_between.match(text[previous_end:start].strip()))


def _used_aliases(document: Document, found: Terms, between: re.Pattern) -> set[str]:
    """Keys of terms defined together with an alias that is used: "GLP" or "Good Laboratory Practices"."""
    used: set[str] = set()
    ordered = sorted(found.definitions, key=lambda d: d.start)
    for first, second in zip(ordered, ordered[1:]):
        if second.start - first.end < ALIAS_GAP and between.match(document.text[first.end:second.start].strip()):
            if found.uses.get(second.key):
                used.add(first.key)
            if found.uses.get(first.key):
                used.add(second.key)
    return used


@register("defined_terms")
def check_defined_terms(document: Document, lang: str, report_lang: str) -> list[Finding]:
    found = terms(document, lang)
    findings: list[Finding] = []
    aliased = _used_aliases(document, found, _patterns(lang).alias_between)
    for key, definitions in found.by_key.items():
        defining = [d for d in definitions if d.kind in DEFINING]
        if (defining and not found.uses.get(key) and key not in aliased
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
    lower_stems = found.lower_stems
    defined = [term_words(d.term) for d in found.definitions]
    defined_phrases = {" ".join(stem(w) for w in words) for words in defined}
    defined_single = {stem(words[0]) for words in defined if len(words) == 1}
    candidates: dict[str, list[tuple[int, int, str]]] = {}
    share = spec["title_case_share"]
    title_case: dict[int, bool] = {}
    for paragraph, start, end in found.phrases:
        text = paragraph.text
        tokens = [(m.start(), m.group(0)) for m in _WORD.finditer(text, start, end)]
        while tokens and (tokens[0][1].casefold() in patterns.determiners or tokens[0][1] in patterns.connectors
                          or sentence_initial(text, tokens[0][0])):
            tokens.pop(0)  # "The Support Services" at the start of a sentence: "Support Services"
        if not tokens:
            continue
        start = tokens[0][0]
        words = [w for _, w in tokens if w not in patterns.connectors]
        if not all(_TITLE_WORD.match(w) for w in words):
            continue  # acronyms and words in capitals are not terms
        if not _reads_as_term(text, start, words, patterns, lower_stems):
            continue
        if paragraph.is_heading or title_case.setdefault(paragraph.index, _title_case(text, share)):
            continue
        stems = [stem(w) for w in words]
        joined = " ".join(stems)
        if any(f" {joined} " in f" {p} " for p in defined_phrases):
            continue  # a part of a defined term: "Intellectual Property" of "Intellectual Property Rights"
        if len(stems) == 1 and any(stems[0].startswith(s) for s in defined_single if len(s) >= MIN_STEM):
            continue  # a derived form: "Controlled" of "Control"
        candidates.setdefault(joined, []).append((paragraph.start + start, paragraph.start + end, text[start:end]))
    findings = []
    for uses in candidates.values():
        if len(uses) >= spec["min_uses_undefined"]:
            start, end, phrase = uses[0]
            findings.append(finding(document, UNDEFINED, report_lang, start, end, value=" ".join(phrase.split())))
    return findings


def _title_case(text: str, share: float) -> bool:
    """A title, an address, a signature line: few words, or mostly capitalised and no sentence."""
    words = _WORD.findall(text)
    if len(words) < 3:
        return True
    return not text.rstrip().endswith((".", ";")) and sum(1 for w in words if w[:1].isupper()) >= share * len(words)


def _reads_as_term(text: str, start: int, words: list[str], patterns: _Patterns, lower_stems: set[str]) -> bool:
    if not words or sentence_initial(text, start):
        return False
    if any(w.casefold().strip("’'") in patterns.not_terms or w.casefold() in patterns.number_words for w in words):
        return False
    if term_key(" ".join(words)) in patterns.roles:
        return False  # a party called by a role name: the parties check reports it
    if not all(stem(w) in lower_stems for w in words):
        return False  # a proper noun: the document never writes it in lower case
    if patterns.address_before.search(text, max(0, start - 30), start):
        return False
    before = text[max(0, start - 12):start].rstrip()
    previous = re.split(r"[\s(]", before)[-1].casefold() if before else ""
    elided = before[-2:].casefold() in ("l'", "l’", "d'", "d’")
    return previous in patterns.determiners or elided
