"""Judge each checklist item of a document: strong, weak or missing, with evidence.

Data flows one way: ``Document`` (readers) -> sentences (``analysis.sentences``) ->
each item's clause located, its elements checked, a status and findings (here) ->
reporters. The rules are data (``items/<id>/rules.yaml``); this module only knows how to
apply them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .analysis import values as value_readers
from .analysis.passages import quote, sentence_bounds
from .analysis.sentences import AnalysedDocument, Sentence
from .document import Document, Paragraph, Section
from .results import DocumentReport, Evidence, Finding, ItemResult, RelatedPassage
from .clause_checks import LocatedClause, clause_checks
from .deadline import check_deadline
from .rules import Element, ItemRules, Rule, RuleSet

MAX_ANCHOR_PARAGRAPHS = 12
EXCLUDE_WINDOW = 80
POINTER_REACH = 60  # "... review provided for in clause 6": how far after a mention its pointer may stand
LIST_REACH = 8  # most paragraphs a lead-in ending with a colon brings into a clause's scope


@dataclass
class Scope:
    """Where a clause was found: its paragraphs, and the passages that showed it."""

    paragraphs: list[Paragraph] = field(default_factory=list)
    evidence_offsets: list[int] = field(default_factory=list)
    by_heading: bool = False  # a heading, or a run-in title opening a paragraph, names the clause
    near_misses: list[int] = field(default_factory=list)  # mentions set aside (a definition, a pointer...)


class DocumentAnalysis(AnalysedDocument):
    """The analysed document, and where each item's own clause stands: found once, shared by all items."""

    def __init__(self, document: Document, lang: str, model: str | None = None):
        super().__init__(document, lang, model)
        self._headed: dict[str, list[Section]] = {}
        self._dedicated: dict[str, frozenset[int]] | None = None

    def headed_sections(self, rules: ItemRules) -> list[Section]:
        """The sections whose heading names the item."""
        found = self._headed.get(rules.item)
        if found is None:
            pattern = rules.headings.get(self.lang)
            found = [] if pattern is None else [section for section in self.document.sections
                                                if section.heading and pattern.in_lowered(section.heading.lower())]
            self._headed[rules.item] = found
        return found

    def dedicated_clauses(self, ruleset: RuleSet) -> dict[str, frozenset[int]]:
        """Paragraph indices of each item's own clause: directly under its heading (titled
        sub-sections are clauses of their own)."""
        if self._dedicated is None:
            self._dedicated = {item_id: frozenset(p.index for section in self.headed_sections(rules)
                                                  for p in section.paragraphs)
                               for item_id, rules in ruleset.items.items()}
        return self._dedicated

    def claimed_elsewhere(self, rules: ItemRules, ruleset: RuleSet) -> frozenset[int]:
        """Paragraphs of another item's own clause (checklist or hygiene), unless that clause often carries
        this item too (``shares_clauses_with``)."""
        return frozenset().union(*(indices for other, indices in self.dedicated_clauses(ruleset).items()
                                   if other != rules.item and other not in rules.shares_clauses_with))


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
    """Whether the words after a mention send the reader to another clause, in the same sentence."""
    following = text[end:end + POINTER_REACH]
    stop = min((i for i in (following.find("."), following.find(";")) if i >= 0), default=len(following))
    return pointer.search(following[:stop + 3]) is not None  # "clause 6." keeps its number


def _mentions_only(text: str, start: int, end: int, scope_patterns: list) -> bool:
    """Whether the sentence of a match names the clause without providing it: it defines a term
    ("Sale Transaction shall mean"), lists surviving clauses, or points at another agreement."""
    first, last = sentence_bounds(text, start, end)
    sentence = text[first:last]
    return _UNQUOTED_DEFINITION.match(sentence) is not None or any(p.search(sentence) for p in scope_patterns)


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


def _is_firm(sentence: Sentence, ruleset: RuleSet, lang: str) -> bool:
    permissive = ruleset.modality.get("permissive", {}).get(lang, set())
    firm = ruleset.modality.get("firm", {}).get(lang, set())
    return not (sentence.lemmas & permissive) or bool(sentence.lemmas & firm)


def _values(kind: str, text: str) -> list[value_readers.Value]:
    return value_readers.durations(text) if kind == "duration" else value_readers.frequencies(text)


@dataclass
class ElementVerdict:
    present: bool
    sentence: Sentence | None = None
    out_of_range: list[value_readers.Value] = field(default_factory=list)
    mentioned: bool = False  # stated, if only softly ("may"): enough to show that the clause is there


_LEAD_IN = re.compile(r"\b(?:the following|as follows|set out below|listed below|ci-(?:après|dessous)|suivant(?:e)?s\s*[:.]?$)",
                      re.IGNORECASE)  # "The following Pilot KPIs apply." introduces a list too
LABEL_WORDS = 8  # a fragment this short with no closing punctuation is a label (a table cell, a list head)


def _measured(sentences: list[Sentence], i: int) -> bool:
    """A figure in the sentence, in the items it introduces when it ends with a colon, or in the
    cell after it when it is a label ("On-time delivery | at least 97%")."""
    if value_readers.MEASURE.search(sentences[i].text):
        return True
    text = sentences[i].text.rstrip()
    if text.endswith(":") or _LEAD_IN.search(text):
        following = sentences[i + 1:i + 1 + LIST_REACH]
    elif len(text.split()) <= LABEL_WORDS and not text.endswith((".", ";", "!", "?")):
        following = sentences[i + 1:i + 2]
    else:
        return False
    return any(value_readers.MEASURE.search(s.text) for s in following)


def judge_element(element: Element, sentences: list[Sentence], ruleset: RuleSet, lang: str) -> ElementVerdict:
    pattern = element.patterns.get(lang)
    negated = element.negated.get(lang)
    together = element.together.get(lang)
    stated = None
    mentioned = denied = False
    for i, sentence in enumerate(sentences):
        if pattern is not None and sentence.find(pattern):
            if together is not None and not sentence.find(together):
                continue
            if negated is not None and sentence.find(negated):
                denied = True
                continue
            if element.with_measure and not _measured(sentences, i):
                continue
            mentioned = True
            if element.firm and not _is_firm(sentence, ruleset, lang):
                continue
            stated = sentence
            break
    check = element.value
    if check is None or (denied and not mentioned):  # "shall not be required to propose, at the annual review"
        return ElementVerdict(present=stated is not None, sentence=stated, mentioned=mentioned)
    near = check.near.get(lang)
    found: list[tuple[value_readers.Value, Sentence]] = []
    for sentence in sentences:
        if near is None or sentence.find(near):
            found.extend((v, sentence) for v in _values(check.kind, sentence.text))
    if not found:
        return ElementVerdict(present=stated is not None and not check.required, sentence=stated, mentioned=mentioned)
    in_range = [(v, s) for v, s in found
                if (check.min_months is None or v.months >= check.min_months - 1e-6)
                and (check.max_months is None or v.months <= check.max_months + 1e-6)]
    if in_range:
        return ElementVerdict(present=True, sentence=in_range[0][1], mentioned=True)
    return ElementVerdict(present=True, sentence=found[0][1], out_of_range=[v for v, _ in found], mentioned=True)


EVIDENCE_PASSAGES = 3  # sentences quoted as the evidence of an item
TITLE_PIECES = 3  # at most this many punctuated pieces of a heading precede a clause's first sentence
BODY_WORDS = 4  # a shorter sentence at a clause's start is its title ("2.1. Appointment."), not its body


def _first_passages(document: Document, scope: Scope, offsets: list[int]) -> list[Evidence]:
    """The sentence at each place the clause was found, by its punctuation (a clause with nothing to
    judge is not parsed); at a heading, the first sentence of the paragraph after it."""
    positions = {p.index: i for i, p in enumerate(scope.paragraphs)}
    passages: dict[int, Evidence] = {}
    for offset in offsets:
        paragraph = document.paragraph_at(offset)
        following = positions.get(paragraph.index, -1) + 1
        if paragraph.is_heading and _title_only(paragraph.text, document, paragraph) \
                and 0 < following < len(scope.paragraphs):
            paragraph = scope.paragraphs[following]
            offset = paragraph.start
        start, end = sentence_bounds(document.text, offset, offset)
        start, end = max(start, paragraph.start), min(end, paragraph.end)
        text = document.text[start:end].strip()
        for _ in range(TITLE_PIECES):  # "6.3." and "Effect of Termination." before the body
            if not (text and _title_only(text, document, paragraph) and end < paragraph.end):
                break
            start, end = sentence_bounds(document.text, end + 1, end + 1)
            start, end = max(start, paragraph.start), min(end, paragraph.end)
            text = document.text[start:end].strip()
        cut = start > paragraph.start and not any(c in ".;!?\n" for c in document.text[start - 2:start])
        shown = quote(text or paragraph.text)
        passages.setdefault(start, Evidence("…" + shown if cut else shown, document.location_at(start)))
    return [passages[start] for start in sorted(passages)]


_LEADING_NUMBER = re.compile(r"\s*(?:(?:section|article|clause)\s+)?\d+(?:\.\d+)*\.?\s*", re.IGNORECASE)


def _title_only(text: str, document: Document, paragraph: Paragraph) -> bool:
    """Whether ``text`` (in ``paragraph``) is a clause's heading and no more ("6.3. Effect of Termination."):
    its section's title, the heading paragraph whole, or too short to say anything."""
    words = _LEADING_NUMBER.sub("", text, count=1).strip(" .:;-–—")
    if len(words.split()) < BODY_WORDS:
        return True
    if paragraph.is_heading and text.strip() == paragraph.text.strip():
        return True
    heading = document.sections[paragraph.section].heading if document.sections else ""
    return words.lower() == heading.strip(" .:;-–—").lower()


def _is_title(sentence: Sentence, document: Document) -> bool:
    return _title_only(sentence.text, document, document.paragraph_at(sentence.start))


def _body_sentence(document: Document, sentences: list[Sentence], offset: int) -> Sentence | None:
    """The first sentence of the body at or after ``offset`` (a heading's offset gives its clause's first sentence)."""
    for sentence in sentences:
        if sentence.start + len(sentence.text) > offset and not _is_title(sentence, document):
            return sentence
    return None


def _judged_passages(document: Document, sentences: list[Sentence], offsets: list[int],
                     verdicts: dict[str, ElementVerdict]) -> list[Evidence]:
    """What the verdict rests on: the sentences that settled the item's elements, in text order;
    failing those, the first sentence of the clause at each place it was found."""
    chosen = {v.sentence.start: v.sentence for v in verdicts.values()
              if v.sentence is not None and not _is_title(v.sentence, document)}  # a heading naming a penalty
    if not chosen:
        for offset in offsets:
            sentence = _body_sentence(document, sentences, offset)
            if sentence is not None:
                chosen.setdefault(sentence.start, sentence)
    if not chosen:  # a heading with nothing under it
        return [Evidence(quote(document.paragraph_at(o).text), document.location_at(o)) for o in offsets[:1]]
    return [Evidence(quote(chosen[start].text), document.location_at(start))
            for start in sorted(chosen)[:EVIDENCE_PASSAGES]]


def _section_passage(document: Document, section: Section) -> RelatedPassage:
    title = f"{section.number}. {section.heading}" if section.number else section.heading
    return RelatedPassage("closest", quote(title), document.location_at(section.start))


def _sentence_passage(document: Document, offset: int) -> RelatedPassage:
    start, end = sentence_bounds(document.text, offset, offset)
    return RelatedPassage("closest", quote(document.text[start:end].strip()), document.location_at(start))


def closest_passage(analysis: DocumentAnalysis, rules: ItemRules, ruleset: RuleSet,
                    scope: Scope) -> RelatedPassage | None:
    """Where a reader would look for a missing clause: the mentions that did not make one, the clause
    of an item it often shares (term for termination), or a mention set aside (a definition, a pointer
    to another agreement). None when nothing in the text comes close: a guess would mislead."""
    document = analysis.document
    if scope.evidence_offsets:
        return _sentence_passage(document, scope.evidence_offsets[0])
    for other in rules.shares_clauses_with:
        sections = [s for s in analysis.headed_sections(ruleset.items[other]) if s.paragraphs]
        if sections:
            return _section_passage(document, sections[0])
    if scope.near_misses:
        return _sentence_passage(document, scope.near_misses[0])
    return None


def _missing(analysis: DocumentAnalysis, rules: ItemRules, ruleset: RuleSet, scope: Scope, rule: Rule,
             report_lang: str) -> Finding:
    closest = closest_passage(analysis, rules, ruleset, scope)
    return Finding(rule.id, rules.item, rule.severity, rule.message[report_lang],
                   related=(closest,) if closest is not None else ())


def judge_item(analysis: DocumentAnalysis, rules: ItemRules, ruleset: RuleSet,
               report_lang: str) -> tuple[ItemResult, list[Finding]]:
    document, lang = analysis.document, analysis.lang
    item = ruleset.checklist.item(rules.item)
    severity_missing = rules.rule_for("missing")
    claimed = analysis.claimed_elsewhere(rules, ruleset) if item.kind == "checklist" else frozenset()
    scope = locate(analysis, rules, ruleset, claimed)
    result = ItemResult(id=item.id, kind=item.kind, title=item.title[report_lang], status="missing")
    if not scope.paragraphs:
        return result, [_missing(analysis, rules, ruleset, scope, severity_missing, report_lang)]
    evidence_offsets = scope.evidence_offsets[:3]
    judged = bool(rules.elements or rules.weaknesses)
    sentences = analysis.sentences(scope.paragraphs) if judged else []  # nothing to judge sentence by sentence
    verdicts = {name: judge_element(element, sentences, ruleset, lang) for name, element in rules.elements.items()}
    if not scope.by_heading and sum(v.mentioned for v in verdicts.values()) < rules.min_elements_without_heading:
        return result, [_missing(analysis, rules, ruleset, scope, severity_missing, report_lang)]
    untitled = [element for element in rules.elements.values() if element.not_in_titles]
    if untitled:  # a heading shows where the clause is, not that it gives a bonus
        body = [s for s in sentences if not _is_title(s, document)]
        for element in untitled:
            verdicts[element.name] = judge_element(element, body, ruleset, lang)
    result.evidence.extend(_judged_passages(document, sentences, evidence_offsets, verdicts) if judged
                           else _first_passages(document, scope, evidence_offsets))
    first = result.evidence[0] if result.evidence else None
    findings: list[Finding] = []
    for element in rules.elements.values():
        verdict = verdicts[element.name]
        rule = rules.rule_for(f"element:{element.name}")
        if not verdict.present:  # the clause was judged as a whole: its first passage is the evidence
            findings.append(Finding(rule.id, item.id, rule.severity, rule.message[report_lang],
                                    first.location if first else None, first.text if first else None,
                                    clause_wide=True))
            continue
        if verdict.out_of_range and element.value is not None and verdict.sentence is not None:
            range_rule = rules.rules[element.value.rule]
            shown = ", ".join(v.text for v in verdict.out_of_range[:3])
            findings.append(Finding(range_rule.id, item.id, range_rule.severity,
                                    range_rule.message[report_lang].format(value=shown),
                                    document.location_at(verdict.sentence.start), quote(verdict.sentence.text)))
    clause = LocatedClause(analysis, rules, ruleset, sentences, report_lang)
    for check in clause_checks().values():
        findings.extend(check(clause))
    result.status = "weak" if findings else "strong"
    return result, findings


def judge_document(document: Document, ruleset: RuleSet, lang: str, profile: str,
                   report_lang: str | None = None, model: str | None = None) -> DocumentReport:
    report_lang = report_lang or lang
    analysis = DocumentAnalysis(document, lang, model)
    items, findings = [], []
    for item in ruleset.checklist.items_for(profile):
        check_deadline()
        result, item_findings = judge_item(analysis, ruleset.items[item.id], ruleset, report_lang)
        items.append(result)
        findings.extend(item_findings)
    return DocumentReport(path=document.path, language=lang, profile=profile, report_language=report_lang,
                          words=document.word_count, items=items, findings=findings,
                          format=document.format, pages=document.pages)


