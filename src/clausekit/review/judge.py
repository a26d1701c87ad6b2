"""Judge each checklist item of a document: strong, weak or missing, with evidence.

Data flows one way: ``Document`` (``read/``) -> sentences (``segment/``) -> each item's clause
located (``locate.py``) -> its elements checked, a status and findings (here) -> ``report/``. The
rules are data (``items/<id>/rules.yaml``); this module only knows how to apply them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..document import Document, Paragraph, Section
from ..results import DocumentReport, Evidence, Finding, ItemResult, RelatedPassage
from .clause_checks import LocatedClause, clause_checks
from .deadline import check_deadline
from .locate import LIST_REACH, DocumentAnalysis, Scope, locate
from .rules import Element, ItemRules, Rule, RuleSet
from .segment import values as value_readers
from .segment.passages import quote, sentence_bounds
from .segment.sentences import Sentence

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
    """A figure in the sentence, in the items it introduces when it ends with a colon, in the
    cell after it when it is a label ("On-time delivery | at least 97%"), or in the list that the
    sentence after a run-in title introduces ("Success Criteria. ... all of the following:")."""
    if value_readers.MEASURE.search(sentences[i].text):
        return True
    text = sentences[i].text.rstrip()
    if text.endswith(":") or _LEAD_IN.search(text):
        following = sentences[i + 1:i + 1 + LIST_REACH]
    elif len(text.split()) <= LABEL_WORDS and not text.endswith((".", ";", "!", "?")):
        following = sentences[i + 1:i + 2]
    elif len(text.split()) <= LABEL_WORDS and text.endswith(".") and i + 1 < len(sentences) \
            and (sentences[i + 1].text.rstrip().endswith(":") or _LEAD_IN.search(sentences[i + 1].text)):
        return _measured(sentences, i + 1)
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
TITLE_WORDS = 12  # a heading paragraph longer than this carries its clause's body after a run-in title


def _first_passages(document: Document, scope: Scope, offsets: list[int]) -> list[Evidence]:
    """The sentence at each place the clause was found, by its punctuation (a clause with nothing to
    judge is not parsed); at a heading, the first sentence of the paragraph after it."""
    positions = {p.index: i for i, p in enumerate(scope.paragraphs)}
    passages: dict[int, Evidence] = {}
    for offset in offsets:
        paragraph = document.paragraph_at(offset)
        following = positions.get(paragraph.index, -1) + 1
        if paragraph.is_heading and _title_only(paragraph.text, document, paragraph):
            body = next((p for p in scope.paragraphs[max(following, 0):] if _has_words(p.text)), None)
            if following > 0 and body is not None:  # past page numbers and numbers left by a contents table
                paragraph = body
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


def _has_words(text: str) -> bool:
    """Whether a paragraph says something: not a page number ("- 8 -") or a bare clause number ("10.3.2")."""
    return len(re.findall(r"[^\W\d_]{2,}", text)) >= BODY_WORDS


_LEADING_NUMBER = re.compile(r"\s*(?:(?:section|article|clause)\s+)?\d+(?:\.\d+)*\.?\s*", re.IGNORECASE)


def _title_only(text: str, document: Document, paragraph: Paragraph) -> bool:
    """Whether ``text`` (in ``paragraph``) is a clause's heading and no more ("6.3. Effect of Termination."):
    its section's title, the heading paragraph whole, or too short to say anything."""
    words = _LEADING_NUMBER.sub("", text, count=1).strip(" .:;-–—")
    if len(words.split()) < BODY_WORDS:
        return True
    if paragraph.is_heading and text.strip() == paragraph.text.strip() and len(words.split()) <= TITLE_WORDS:
        return True  # a heading paragraph, unless its title runs into the clause's body ("5.6 Effect. Upon …")
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
    defined = analysis.sentences(analysis.definitions_used(scope.paragraphs)) if judged else []
    verdicts = {name: judge_element(element, sentences + defined, ruleset, lang)
                for name, element in rules.elements.items()}
    clause = LocatedClause(analysis, rules, ruleset, sentences, report_lang)
    if not scope.by_heading and sum(v.mentioned for v in verdicts.values()) < rules.min_elements_without_heading \
            and not clause_checks()["weakness"](clause):  # badly worded ("for any purpose") is still a clause
        return result, [_missing(analysis, rules, ruleset, scope, severity_missing, report_lang)]
    for name, element in rules.elements.items():  # what other articles settle counts once the clause is there
        elsewhere = analysis.sentences_elsewhere(element, rules, scope.paragraphs)
        if elsewhere and not verdicts[name].present:
            verdicts[name] = judge_element(element, sentences + defined + elsewhere, ruleset, lang)
    for element in rules.elements.values():
        if not verdicts[element.name].present and any(
                locate(analysis, ruleset.items[other], ruleset).paragraphs for other in element.settled_by):
            verdicts[element.name] = ElementVerdict(present=True, sentence=None, mentioned=True)
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


