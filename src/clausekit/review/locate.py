"""Locate each checklist item's clause: its headed article, or failing one the paragraphs its anchors match.

A match counts only for what it says about its own sentence: one inside a definitions clause, one that
points to another agreement or article, one that only mentions the item ("subject to the pilot"), one
that is a false friend ("exclusive remedy"), or one inside another item's own clause is set aside as a
near miss. A list lead-in brings its items into the clause. ``judge.py`` then judges what was found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..document import Document, Paragraph, Section
from .rules import Element, ItemRules, RuleSet
from .segment.passages import sentence_bounds
from .segment.sentences import AnalysedDocument, Sentence

MAX_ANCHOR_PARAGRAPHS = 12
EXCLUDE_WINDOW = 80
POINTER_LEAD = 12  # characters between a mention and the pointer that qualifies it ("review, as provided for")
_CONTRACT_KIND = re.compile(r"\b(?:agreement|contract|terms|memorandum|contrat|convention|entente|accord|pacte|"
                            r"conditions générales|protocole)\b", re.IGNORECASE)  # words of a contract's title
BARE_TITLE_WORDS = 3  # "Duration", "Term", "Indicateurs de performance": a sub-section title that names nothing else
POINTER_REACH = 60  # "... review provided for in clause 6": how far after a mention its pointer may stand
LIST_REACH = 8  # most paragraphs a lead-in ending with a colon brings into a clause's scope


@dataclass
class Scope:
    """Where a clause was found: its paragraphs, and the passages that showed it."""

    paragraphs: list[Paragraph] = field(default_factory=list)
    evidence_offsets: list[int] = field(default_factory=list)
    by_heading: bool = False  # a heading, or a run-in title opening a paragraph, names the clause
    near_misses: list[int] = field(default_factory=list)  # mentions set aside (a definition, a pointer...)


JOINED_TOPICS = re.compile(r"\s(?:and|et|&)\s|[,;/]", re.IGNORECASE)  # "Confidentiality and Customers": two titles


# A paragraph that defines a quoted term: '1.5 "Protected Account" means ...', « Clients Protégés » : ...
_TERM_DEFINED = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?[\"“«‘]\s*([^\"”»’]{2,60}?)\s*[\"”»’]\s*(?:\([^)]{0,30}\)\s*)?"
                           r"(?::|means\b|shall mean\b|has the meaning\b|refers to\b|désigne\b|signifie\b|s['’]entend\b)")


def _term_pattern(term: str) -> re.Pattern:
    """A defined term as used in the text, singular or plural ("Client Protégé" for « Clients Protégés »)."""
    words = [re.escape(word[:-1] if word.endswith(("s", "x")) and len(word) > 3 else word) for word in term.split()]
    return re.compile(r"\b" + r"\s+".join(word + r"[sx]?" for word in words) + r"\b")


class DocumentAnalysis(AnalysedDocument):
    """The analysed document, and where each item's own clause stands: found once, shared by all items."""

    def __init__(self, document: Document, lang: str, model: str | None = None):
        super().__init__(document, lang, model)
        self._headed: dict[str, list[Section]] = {}
        self._dedicated: dict[str, list[Section]] | None = None
        self._definitions: dict[str, Paragraph] | None = None
        self._elsewhere: dict[tuple[str, int], list[Sentence]] = {}
        self._first_titled = next((s for s in document.sections if s.heading), None)  # where a contract's title stands

    def headed_sections(self, rules: ItemRules) -> list[Section]:
        """The sections whose heading names the item; the contract's own title ("Open Innovation
        Agreement") names its kind, not one of its clauses."""
        found = self._headed.get(rules.item)
        if found is None:
            pattern = rules.headings.get(self.lang)
            found = [] if pattern is None else [section for section in self.document.sections
                                                if section.heading and pattern.in_lowered(section.heading.lower())
                                                and not self._is_contract_title(section)]
            self._headed[rules.item] = found
        return found

    def _is_contract_title(self, section: Section) -> bool:
        return section is self._first_titled and section.number is None and bool(_CONTRACT_KIND.search(section.heading))

    def inside_other_clause(self, section: Section, rules: ItemRules, ruleset: RuleSet) -> bool:
        """Whether a sub-section barely titled for this checklist item sits in an article titled for
        another item: "3.1 Duration" in "3. Pilot" is the pilot's duration, not the contract's term
        (unless the article's item often carries this one, ``shares_clauses_with``)."""
        if len(section.heading.split()) > BARE_TITLE_WORDS or ruleset.checklist.item(rules.item).kind != "checklist":
            return False  # "Termination for convenience", "Upon termination" in "Term and Termination" are at home
        parent = next((s for s in reversed(self.document.sections[:section.index]) if s.level < section.level), None)
        if parent is None or not parent.heading or self._is_contract_title(parent):
            return False
        heading = parent.heading.lower()
        own = rules.headings.get(self.lang)
        if own is not None and own.in_lowered(heading):
            return False
        named = {other.item for other in ruleset.items.values() if other.item != rules.item
                 and (pattern := other.headings.get(self.lang)) is not None and pattern.in_lowered(heading)}
        return bool(named) and not named & set(rules.shares_clauses_with)

    def dedicated_clauses(self, ruleset: RuleSet) -> dict[str, list[Section]]:
        """Each item's own clauses: the sections directly under its heading (titled sub-sections are
        clauses of their own)."""
        if self._dedicated is None:
            self._dedicated = {item_id: [s for s in self.headed_sections(rules)
                                         if not self.inside_other_clause(s, rules, ruleset)]
                               for item_id, rules in ruleset.items.items()}
        return self._dedicated

    def definitions_used(self, paragraphs: list[Paragraph]) -> list[Paragraph]:
        """The definitions of the terms a clause uses ("Protected Account" means ...), read with the
        clause when its elements are judged: who is protected is often said only there."""
        if self._definitions is None:
            self._definitions = {}
            for paragraph in self.document.paragraphs:
                match = _TERM_DEFINED.match(paragraph.text)
                if match:
                    self._definitions.setdefault(match.group(1).strip(), paragraph)
        inside = {p.index for p in paragraphs}
        text = " ".join(p.text for p in paragraphs)
        return [paragraph for term, paragraph in self._definitions.items()
                if paragraph.index not in inside and _term_pattern(term).search(text)]

    def sentences_elsewhere(self, element: Element, rules: ItemRules, paragraphs: list[Paragraph]) -> list[Sentence]:
        """The sentences outside the clause that settle an element where it belongs (its
        ``elsewhere`` patterns): "On expiry or termination, the Provider shall return all
        Client Data" in the data article is part of the exit. A sentence the item excludes
        (a survival clause) does not count."""
        pattern = element.elsewhere.get(self.lang) if element.elsewhere is not None else None
        if pattern is None:
            return []
        key = (rules.item, id(pattern))  # the exit's IP, data and transition share one list: one scan
        if key not in self._elsewhere:
            found: dict[int, Paragraph] = {}
            lowered = self.document.lowered
            matches = pattern.finditer(self.document.text) if lowered is None else pattern.finditer_lowered(lowered)
            for match in matches:
                paragraph = self.document.paragraph_at(match.start())
                if not _DEFINITION.match(paragraph.text) and not _UNQUOTED_DEFINITION.match(paragraph.text):
                    found.setdefault(paragraph.index, paragraph)  # defining "Exit Period" settles nothing
            survives = rules.exclude.get(self.lang)  # "continues to apply after termination" settles nothing new
            self._elsewhere[key] = [sentence for sentence in self.sentences(list(found.values()))
                                    if pattern.search(sentence.text)
                                    and not (survives is not None and survives.search(sentence.text))]
        inside = {p.index for p in paragraphs}
        return [sentence for sentence in self._elsewhere[key]
                if self.document.paragraph_at(sentence.start).index not in inside]

    def claimed_elsewhere(self, rules: ItemRules, ruleset: RuleSet) -> frozenset[int]:
        """Paragraphs of another item's own clause (checklist or hygiene), unless that clause often carries
        this item too (``shares_clauses_with``) or its heading joins this item's title to the other's
        ("Confidentialité et clientèle")."""
        own = rules.headings.get(self.lang)

        def joined_with_own(section: Section) -> bool:
            parts = JOINED_TOPICS.split(section.heading)
            return own is not None and len(parts) > 1 and any(own.in_lowered(part.strip().lower()) for part in parts)

        return frozenset(paragraph.index for other, sections in self.dedicated_clauses(ruleset).items()
                         if other != rules.item and other not in rules.shares_clauses_with
                         for section in sections if not joined_with_own(section)
                         for paragraph in section.paragraphs)


def _section_paragraphs(document: Document, index: int) -> list[Paragraph]:
    """A section and its sub-sections (the following sections of a deeper level)."""
    sections = document.sections
    head = sections[index]
    paragraphs = list(head.paragraphs)
    for section in sections[index + 1:]:
        deeper = section.level > head.level or (
            head.number and section.number and section.number.startswith(head.number + "."))
        if not deeper:
            break
        paragraphs.extend(section.paragraphs)
    return paragraphs


ANCHOR_REACH = 500  # no anchor match spans more characters on either side of its literal


def _windows(lowered: str, paragraph: Paragraph, literals: tuple[str, ...]) -> list[tuple[int, int]]:
    """Spans of a long paragraph within reach of one of the literals (in the document's lowercased text), merged."""
    spans = []
    for literal in literals:
        position = lowered.find(literal, paragraph.start, paragraph.end)
        while position >= 0:
            spans.append((max(paragraph.start, position - ANCHOR_REACH),
                          min(paragraph.end, position + len(literal) + ANCHOR_REACH)))
            position = lowered.find(literal, position + 1, paragraph.end)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _anchor_matches(document: Document, alternatives) -> list[tuple[Paragraph, re.Match]]:
    """Anchor matches in text order; an alternative meets only the passages near one of its literals.

    Long paragraphs (a whole page in some text exports) are scanned only within reach
    of the literals; the scan runs on the document text itself (pos/endpos), so word
    boundaries and look-behinds at a window's edge see the real neighbouring characters.
    """
    found: list[tuple[int, Paragraph, re.Match]] = []
    lowered = document.lowered
    for anchor in alternatives:
        literals = anchor.literals
        if literals is None or lowered is None:
            spans = [(p, p.start, p.end) for p in document.paragraphs]
        else:
            holding = {p.index: p for literal in literals for p in document.paragraphs_holding(literal)}
            spans = []
            for index in sorted(holding):
                paragraph = holding[index]
                if paragraph.end - paragraph.start > 4 * ANCHOR_REACH:
                    spans.extend((paragraph, start, end) for start, end in _windows(lowered, paragraph, literals))
                else:
                    spans.append((paragraph, paragraph.start, paragraph.end))
        pattern, text = (anchor.pattern, document.text) if lowered is None else (anchor.lowered, lowered)
        for paragraph, start, end in spans:
            found.extend((m.start(), paragraph, m) for m in pattern.finditer(text, start, end))
    found.sort(key=lambda entry: entry[0])
    return [(paragraph, match) for _, paragraph, match in found]


_RUN_IN_TITLE = re.compile(  # "8.5 Effect of Termination. Upon ...": up to six words, no comma, then a full stop
    r"\s*(?:(?:section|article|clause)\s+)?(?:\d+(?:\.\d+)*\.?\s+)?([^\W\d][^\s.,:;!?]*(?:\s+[^\s.,:;!?]+){0,5})\.\s",
    re.IGNORECASE)


# '"Steering Committee" means ...' / « Comité de Pilotage » désigne ...: defining a term is not providing for it.
_DEFINITION = re.compile(r"\W*[\"“«‘']\s*[^\"”»’']{1,80}?\s*[\"”»’']\W*\s*(?:\(?[\w ]{0,20}\)?\s*)?"
                         r"(?:means|shall mean|has the meaning|refers to|désigne|signifie|a le sens|s['’]entend)\b",
                         re.IGNORECASE)


# "1.23 Sale Transaction shall mean ...": a defined term without quotes, capitalised, opening the paragraph.
_UNQUOTED_DEFINITION = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:[A-Z][\w'’-]*\s+){1,5}(?:shall mean|means|has the meaning)\b")
# A quoted term defined anywhere in the sentence: '... any other Person that controls it. As used in
# this definition, "control" means ...', when a whole contract is one paragraph.
_QUOTED_TERM_DEFINED = re.compile(r"[\"“«][^\"”»]{1,60}[\"”»]\s*(?:shall mean|means|has the meaning|désigne|signifie)\b"
                                  r"|\bas used in this definition\b")


def _in_definitions(document: Document, paragraph: Paragraph, definitions: re.Pattern) -> bool:
    """Whether the paragraph lies in a definitions clause, directly or in one of its sub-sections."""
    if not document.sections:
        return False
    section = document.sections[paragraph.section]
    level = section.level + 1
    for candidate in reversed(document.sections[:paragraph.section + 1]):
        if candidate.level >= level:
            continue
        if candidate.number and section.number and not section.number.startswith(candidate.number + ".") \
                and candidate is not section:
            return False  # "2.1" does not belong to "1. Definitions", whatever the levels say
        if candidate.heading and definitions.search(candidate.heading):
            return True
        level = candidate.level
        if level <= 1:
            break
    return False


def _points_elsewhere(text: str, end: int, pointer: re.Pattern) -> bool:
    """Whether the words right after a mention send the reader to another clause ("the assignment
    provided for in article 13.1"); a pointer later in the sentence qualifies something else
    ("limited to twice the sum provided for in article 4.1")."""
    following = text[end:end + POINTER_REACH]
    stop = min((i for i in (following.find("."), following.find(";")) if i >= 0), default=len(following))
    found = pointer.search(following[:stop + 3])  # "clause 6." keeps its number
    return found is not None and found.start() <= POINTER_LEAD


def _mentions_only(text: str, start: int, end: int, scope_patterns: list) -> bool:
    """Whether the sentence of a match names the clause without providing it: it defines a term
    ("Sale Transaction shall mean", '"control" means'), lists surviving clauses, or points at another agreement."""
    first, last = sentence_bounds(text, start, end)
    sentence = text[first:last]
    return (_UNQUOTED_DEFINITION.match(sentence) is not None or _QUOTED_TERM_DEFINED.search(sentence) is not None
            or any(p.search(sentence) for p in scope_patterns))


def _false_friend(pattern, text: str, start: int, end: int) -> bool:
    """Whether the match text[start:end] lies inside one of the item's words used in another sense."""
    window_start = max(0, start - EXCLUDE_WINDOW)
    for found in pattern.finditer(text[window_start:end + EXCLUDE_WINDOW]):
        if found.start() + window_start < end and found.end() + window_start > start:
            return True
    return False


def _list_items(document: Document, paragraph: Paragraph) -> list[Paragraph]:
    """The items a lead-in paragraph ending with a colon introduces ("On termination: (a) ... (b) ...").

    The list runs on in the same section and stops at a heading, a run-in title of a
    few words ("Survival.") or after LIST_REACH paragraphs.
    """
    if not paragraph.text.rstrip().endswith(":"):
        return []
    items = []
    for following in document.paragraphs[paragraph.index:paragraph.index + LIST_REACH]:
        if following.section != paragraph.section or following.is_heading or len(following.text.split()) <= 4:
            break
        items.append(following)
    return items


def locate(analysis: DocumentAnalysis, rules: ItemRules, ruleset: RuleSet,
           claimed: frozenset[int] = frozenset()) -> Scope:
    """A dedicated clause (a matching heading) is the scope; failing one, the paragraphs that mention it.

    Mentions inside a definitions clause do not count: defining "Pilot Period"
    is not providing for a pilot. Nor do mentions inside another item's own clause
    (``claimed``): the pilot clause naming the steering committee is not governance.
    A run-in title naming the item ("Effect of Termination. Upon ...") counts as a heading.
    """
    document, lang = analysis.document, analysis.lang
    scope = Scope()
    seen: set[int] = set()
    for section in analysis.headed_sections(rules):
        if analysis.inside_other_clause(section, rules, ruleset):
            continue
        paragraphs = _section_paragraphs(document, section.index)
        scope.evidence_offsets.append(paragraphs[0].start if paragraphs else 0)
        for p in paragraphs:
            if p.index not in seen:
                seen.add(p.index)
                scope.paragraphs.append(p)
    if scope.paragraphs:
        scope.by_heading = True
        return scope
    seen.update(claimed)
    heading_pattern = rules.headings.get(lang)
    anchors = rules.anchors.get(lang)
    exclude_pattern = rules.exclude.get(lang)
    false_friends = rules.false_friends.get(lang)
    scope_patterns = [p for p in (ruleset.scope[name].get(lang) for name in ruleset.scope) if p is not None]
    definitions = ruleset.definitions_headings.get(lang)
    pointer = ruleset.cross_references.get(lang)
    if anchors:
        anchored = 0
        for paragraph, match in _anchor_matches(document, anchors):
            start = match.start()  # matches are on the document text
            if exclude_pattern:
                window = document.text[max(0, start - EXCLUDE_WINDOW):match.end() + EXCLUDE_WINDOW]
                if exclude_pattern.search(window):
                    continue
            if false_friends is not None and _false_friend(false_friends, document.text, start, match.end()):
                continue
            if paragraph.index in seen:
                continue
            if (pointer is not None and _points_elsewhere(document.text, match.end(), pointer)) \
                    or _mentions_only(document.text, start, match.end(), scope_patterns) \
                    or (definitions is not None and _in_definitions(document, paragraph, definitions)) \
                    or _DEFINITION.match(paragraph.text) or _UNQUOTED_DEFINITION.match(paragraph.text):
                scope.near_misses.append(start)  # it names the clause without providing it
                continue
            seen.add(paragraph.index)
            scope.paragraphs.append(paragraph)
            scope.evidence_offsets.append(start)
            title = _RUN_IN_TITLE.match(paragraph.text)
            if heading_pattern and title and heading_pattern.search(title.group(1)):
                scope.by_heading = True
            for item in _list_items(document, paragraph):
                if item.index not in seen:
                    seen.add(item.index)
                    scope.paragraphs.append(item)
            anchored += 1
            if anchored >= MAX_ANCHOR_PARAGRAPHS:
                break
    scope.paragraphs.sort(key=lambda p: p.index)
    return scope
