"""The annotated copy of a Word contract: comments on weak clauses, proposals as tracked insertions.

Nothing of the original is edited: clausekit only adds comment anchors around whole
paragraphs (w:commentRangeStart / w:commentRangeEnd and a reference run) and new
paragraphs. A proposed paragraph is a tracked insertion Word can accept or reject:
its runs sit in a w:ins, and its paragraph mark carries w:pPr/w:rPr/w:ins. It borrows
the look of the document's own clauses: the paragraph properties (style, numbering,
indents) and the main run's formatting of an existing clause heading and body paragraphs.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from ..document import Paragraph, Section, typed_heading
from ..results import DocumentReport
from ..review.rules import CONSISTENCY, RuleSet
from ..review.wording import words
from ..safe_text import visible
from .data import placement_pattern
from .notes import contradiction_comments, proposal_lines, replacement_lines, summary_lines, weak_lines
from .proposals import CLOSE, OPEN, Proposal, pieces
from .source import WordSource

# Revision and formatting marks a copied property must not carry into a new paragraph.
_REVISION_MARKS = ("w:ins", "w:del", "w:moveFrom", "w:moveTo", "w:rPrChange", "w:pPrChange", "w:numberingChange")
_HIDDEN_MARKS = ("w:vanish", "w:specVanish", "w:webHidden")
SHOWN_LIMIT = 60


def _remove(element: etree._Element, tags: tuple[str, ...]) -> None:
    for tag in tags:
        for found in element.findall(qn(tag)):
            element.remove(found)


@dataclass
class _Look:
    """The paragraph and run properties to copy from one existing paragraph."""

    ppr: etree._Element | None
    rpr: etree._Element | None

    @classmethod
    def of(cls, paragraph: etree._Element | None) -> _Look:
        if paragraph is None:
            return cls(None, None)
        runs = [r for r in paragraph.iter(qn("w:r")) if r.find(qn("w:t")) is not None
                and not any(a.tag == qn("w:del") for a in r.iterancestors())]
        # The run with the most text is the body text, not a bold defined term or a number typed before it.
        run = max(runs, key=lambda r: sum(len(t.text or "") for t in r.iter(qn("w:t"))), default=None)
        rpr = run.find(qn("w:rPr")) if run is not None else None
        return cls(paragraph.find(qn("w:pPr")), rpr)


@dataclass
class _Place:
    before: etree._Element | None  # the body-level element the proposals go before; None: end of the body
    name: str | None  # the heading or paragraph shown in the summary ("12. Governing law")
    heading: _Look
    body: _Look
    next_body: _Look  # the second paragraph of a clause often has its own style ("First Paragraph" / "Body Text")
    item: _Look
    heading_prefix: str = ""  # "ARTICLE [n°] – " where the document types its clause numbers
    upper: bool = False  # the document writes its headings in capitals


class _Annotator:
    def __init__(self, source: WordSource, report: DocumentReport, ruleset: RuleSet):
        self.source = source
        self.report = report
        self.ruleset = ruleset
        self.lang = report.report_language
        self.words = words(self.lang)
        ids = [int(v) for v in source.word.element.xpath("//@w:id") if v.lstrip("-").isdigit()]
        self.next_revision = max(ids, default=0) + 1  # revision ids must not collide with the document's
        self.date = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

    # ---- comments ----------------------------------------------------------------
    def comment(self, lines: list[str], parent: etree._Element) -> None:
        """A comment whose range spans the whole content of ``parent`` (a w:p, or the w:ins inside a new one)."""
        comment = self.source.word.comments.add_comment(visible("\n".join(lines)), author=self.words["author"],
                                                        initials=self.words["initials"])
        comment.paragraphs[0].runs[-1].bold = True  # the first run is Word's annotation mark
        comment_id = str(comment.comment_id)
        start = OxmlElement("w:commentRangeStart", attrs={qn("w:id"): comment_id})
        properties = parent.find(qn("w:pPr"))
        if properties is not None:
            properties.addnext(start)
        else:
            parent.insert(0, start)
        parent.append(OxmlElement("w:commentRangeEnd", attrs={qn("w:id"): comment_id}))
        reference = OxmlElement("w:r")
        reference.append(OxmlElement("w:commentReference", attrs={qn("w:id"): comment_id}))
        parent.append(reference)

    def comment_weak_items(self, replaced: set[str]) -> int:
        """A comment on each weak clause, except those replaced (their comment is on the replacement)."""
        count = 0
        for item in self.report.items:
            if item.status != "weak" or item.id in replaced:
                continue
            anchor = next((e.location.paragraph for e in item.evidence if e.location.paragraph), None)
            if anchor is None:
                anchor = next((f.location.paragraph for f in self.report.findings
                               if f.item == item.id and f.location and f.location.paragraph), 1)
            self.comment(weak_lines(self.report, item, anchor, self.ruleset), self.source.element(anchor))
            count += 1
        return count

    def comment_contradictions(self) -> None:
        """One comment on each passage of a contradiction, each pointing at the other."""
        for finding in self.report.findings:
            if finding.item != CONSISTENCY or finding.location is None or not finding.location.paragraph:
                continue
            for lines, paragraph in contradiction_comments(finding, self.report.report_language):
                self.comment(lines, self.source.element(paragraph))

    # ---- tracked insertions -----------------------------------------------------------
    def _insertion(self) -> etree._Element:
        """A w:ins by clausekit, dated, with a revision id of its own."""
        return self._revision("w:ins")

    def _paragraph(self, look: _Look, text: str, bold: bool = False) -> tuple[etree._Element, etree._Element]:
        """A new w:p (its mark and runs inserted as tracked changes) and its w:ins."""
        p = OxmlElement("w:p")
        ppr = copy.deepcopy(look.ppr) if look.ppr is not None else OxmlElement("w:pPr")
        _remove(ppr, ("w:sectPr", "w:pPrChange", "w:rPr"))
        for numbering in ppr.findall(qn("w:numPr")):
            _remove(numbering, _REVISION_MARKS)
        source_mark = look.ppr.find(qn("w:rPr")) if look.ppr is not None else None
        mark = copy.deepcopy(source_mark) if source_mark is not None else OxmlElement("w:rPr")
        _remove(mark, _REVISION_MARKS + _HIDDEN_MARKS)
        mark.insert(0, self._insertion())
        ppr.append(mark)
        p.append(ppr)
        inserted = self._insertion()
        for piece, is_placeholder in pieces(text):
            run = OxmlElement("w:r")
            rpr = copy.deepcopy(look.rpr) if look.rpr is not None else OxmlElement("w:rPr")
            _remove(rpr, _REVISION_MARKS + _HIDDEN_MARKS)
            run.append(rpr)
            if bold:
                rpr.get_or_add_b()
            if is_placeholder:
                rpr.highlight_val = WD_COLOR_INDEX.YELLOW
            if not len(rpr):
                run.remove(rpr)
            run.add_t(piece)
            inserted.append(run)
        p.append(inserted)
        return p, inserted

    def insert(self, proposals: list[Proposal], place: _Place) -> None:
        body = self.source.word.element.body
        for proposal in proposals:
            first_body = True
            for paragraph in proposal.paragraphs:
                if paragraph.kind == "heading":
                    text = place.heading_prefix + (paragraph.text.upper() if place.upper else paragraph.text)
                    p, inserted = self._paragraph(place.heading, text, bold=place.heading.ppr is None)
                    heading_ins = inserted
                elif paragraph.kind == "item":
                    p, _ = self._paragraph(place.item, paragraph.text)
                else:
                    p, _ = self._paragraph(place.body if first_body else place.next_body, paragraph.text)
                    first_body = False
                if place.before is not None:
                    place.before.addprevious(p)
                elif body.sectPr is not None:
                    body.sectPr.addprevious(p)
                else:
                    body.append(p)
            self.comment(proposal_lines(proposal, self.lang), heading_ins)


    # ---- tracked replacements ----------------------------------------------------------
    def delete(self, paragraph: etree._Element) -> None:
        """The whole paragraph as a tracked deletion: each run in a w:del, its text as w:delText,
        its mark deleted too so that accepting the change leaves no empty paragraph."""
        for run in [r for r in paragraph.iter(qn("w:r")) if not any(
                a.tag in (qn("w:del"), qn("w:r")) for a in r.iterancestors())]:
            deleted = self._revision("w:del")
            run.addprevious(deleted)
            deleted.append(run)
            for text in run.findall(qn("w:t")):
                text.tag = qn("w:delText")
            for instruction in run.findall(qn("w:instrText")):
                instruction.tag = qn("w:delInstrText")
        ppr = paragraph.find(qn("w:pPr"))
        if ppr is None:
            ppr = OxmlElement("w:pPr")
            paragraph.insert(0, ppr)
        mark = ppr.find(qn("w:rPr"))
        if mark is None:
            mark = OxmlElement("w:rPr")
            ppr.append(mark)
        _remove(mark, ("w:ins", "w:del"))
        mark.insert(0, self._revision("w:del"))

    def _revision(self, tag: str) -> etree._Element:
        """A w:ins or w:del by clausekit, dated, with a revision id of its own."""
        element = OxmlElement(tag, attrs={qn("w:id"): str(self.next_revision), qn("w:author"): self.words["author"],
                                          qn("w:date"): self.date})
        self.next_revision += 1
        return element

    def replace(self, replacement: Proposal, target: _Target) -> None:
        """The weak clause's body as tracked deletions, the library's as tracked insertions after
        it, in the clause's own look; its heading stays. One comment says what changed and why."""
        for element in target.body:
            self.delete(element)
        after = target.body[-1]
        first_inserted = None
        number = 0
        for paragraph in replacement.paragraphs:
            if paragraph.kind == "heading":
                continue
            text = paragraph.text
            if paragraph.kind == "item":
                p, inserted = self._paragraph(target.item, text)
            else:
                number += 1
                prefix = f"{target.typed_prefix}{number}{target.typed_separator}" if target.typed_prefix else ""
                p, inserted = self._paragraph(target.body_look if number == 1 else target.next_body, prefix + text)
            after.addnext(p)
            after = p
            first_inserted = first_inserted if first_inserted is not None else inserted
        if first_inserted is not None:
            self.comment(replacement_lines(replacement, self.lang, target.shown), first_inserted)


@dataclass
class _Target:
    """The received clause a replacement takes the place of."""

    shown: str  # its heading as the reader sees it
    body: list[etree._Element]  # its paragraphs under the heading, deleted
    body_look: _Look
    next_body: _Look
    item: _Look
    typed_prefix: str = ""  # "7." where the document types its paragraph numbers ("7.1 ...")
    typed_separator: str = " "


_TYPED_NUMBER = re.compile(r"^(\d+(?:\.\d+)*)\.(\d+)(\s+)")


def _replacement_target(source: WordSource, report: DocumentReport, replacement: Proposal) -> tuple[
        _Target | None, str]:
    """The clause to replace: the section holding the judged passage, with its sub-sections. None
    (and why) when it holds another item's passage too, lies in a table or has only a heading."""
    document = source.document
    anchor = replacement.replaces.paragraph if replacement.replaces else None
    if not anchor or not document.sections:
        return None, "unplaced"
    paragraph = document.paragraphs[min(anchor, len(document.paragraphs)) - 1]
    start = paragraph.section
    level = document.sections[start].level
    sections = [document.sections[start]]
    for section in document.sections[start + 1:]:
        if section.level <= level or not section.heading:
            break
        sections.append(section)
    paragraphs = [p for section in sections for p in section.paragraphs]
    inside = {p.index for p in paragraphs}
    # Another checklist clause in the same article would go with it; a hygiene item found there
    # (the renewal of a term clause, the penalty of a non-solicitation) is what the library's
    # clause carries too.
    others = [item.title for item in report.items if item.id != replacement.item and item.status != "missing"
              and item.kind == "checklist" and any(e.location.paragraph in inside for e in item.evidence)]
    if others:
        return None, "shared:" + ", ".join(others)
    heading = paragraphs[0] if paragraphs and paragraphs[0].is_heading else None
    body = [p for p in paragraphs if p is not heading]
    if not body or any(source.blocks[p.index - 1].in_table for p in body):
        return None, "table" if body else "empty"
    elements = [source.element(p.index) for p in body]
    first_typed = body[0].number if source.blocks[body[0].index - 1].number is None else None
    prefix, separator = "", " "
    match = _TYPED_NUMBER.match(body[0].text) if first_typed else None
    if match:
        prefix, separator = body[0].text[:match.start(2)], match.group(3)
    item = _deeper(source, elements[0])
    return _Target(
        shown=_shown(heading) if heading is not None else _shown(body[0]), body=elements,
        body_look=_Look.of(elements[0]), next_body=_Look.of(elements[1] if len(elements) > 1 else elements[0]),
        item=_Look.of(item if item is not None else elements[-1]),
        typed_prefix=prefix, typed_separator=separator), ""


def _body_child(element: etree._Element, body: etree._Element) -> etree._Element:
    """The ancestor of ``element`` that stands directly in the body (a table, a content control, itself)."""
    while element.getparent() is not None and element.getparent() is not body:
        element = element.getparent()
    return element


def _top_sections(source: WordSource) -> tuple[list[Section], int]:
    """The headed sections and the level of the highest (0 when there is none)."""
    sections = [s for s in source.document.sections if s.heading and s.paragraphs and s.paragraphs[0].is_heading]
    return sections, min((s.level for s in sections), default=0)


def _find_place(source: WordSource, lang: str) -> tuple[etree._Element | None, str | None, Paragraph | None]:
    """Before the final provisions' top-level heading; else before the signature block; else the end."""
    document = source.document
    sections, top = _top_sections(source)
    final = placement_pattern("final_headings", lang)
    for index, section in enumerate(sections):
        if final is not None and final.search(section.heading.strip()):
            while index > 0 and sections[index].level > top:  # a sub-clause: go up to its clause
                index -= 1
            heading = sections[index].paragraphs[0]
            return source.element(heading.index), _shown(heading), heading
    formulas = placement_pattern("signature_formulas", lang)
    for paragraph in document.paragraphs[len(document.paragraphs) // 3:]:
        if formulas is not None and formulas.search(paragraph.text.strip()):
            return source.element(paragraph.index), _shown(paragraph), None
    return None, None, None


def _shown(paragraph: Paragraph) -> str:
    """A heading as the reader sees it, with the number Word shows ("12. Governing law")."""
    text = " ".join(paragraph.text.split())
    if len(text) > SHOWN_LIMIT:
        text = text[:SHOWN_LIMIT - 1].rstrip() + "…"
    if paragraph.number and not text.startswith(paragraph.number):
        text = f"{paragraph.number}. {text}"
    return text


def _plan(source: WordSource, lang: str) -> _Place:
    """Where the proposals go and which existing paragraphs lend them their look."""
    document, blocks = source.document, source.blocks
    before, name, heading = _find_place(source, lang)
    sections, top = _top_sections(source)
    if heading is None and sections:
        limit = document.paragraphs[-1].index + 1
        if before is not None:
            limit = next(p.index for p, e in zip(document.paragraphs, source.elements) if e is before)
        candidates = [s.paragraphs[0] for s in sections if s.level == top and s.paragraphs[0].index < limit]
        heading = candidates[-1] if candidates else sections[0].paragraphs[0]

    def is_body(paragraph: Paragraph) -> bool:
        return not paragraph.is_heading and not blocks[paragraph.index - 1].in_table

    body_paragraphs: list[Paragraph] = []
    if heading is not None:
        following = document.paragraphs[heading.index:]
        preceding = document.paragraphs[:heading.index - 1][::-1]
        body_paragraphs = [p for p in following if is_body(p)][:2] or [p for p in preceding if is_body(p)][:1]
    else:
        body_paragraphs = [p for p in document.paragraphs if is_body(p)][-2:]
    body = source.element(body_paragraphs[0].index) if body_paragraphs else None
    next_body = source.element(body_paragraphs[-1].index) if body_paragraphs else None
    prefix, upper = "", False
    if heading is not None:
        typed = typed_heading(heading.text) if blocks[heading.index - 1].number is None else None
        if typed and typed[0] and typed[1] in heading.text:
            start = heading.text.index(typed[1])
            prefix = heading.text[:start].replace(typed[0], OPEN + words(lang)["number_placeholder"] + CLOSE, 1)
        title = typed[1] if typed else heading.text
        upper = any(c.isalpha() for c in title) and title.upper() == title
    item = _deeper(source, body)
    return _Place(
        before=_body_child(before, source.word.element.body) if before is not None else None,
        name=name,
        heading=_Look.of(source.element(heading.index) if heading is not None else None),
        body=_Look.of(body), next_body=_Look.of(next_body), item=_Look.of(item if item is not None else next_body),
        heading_prefix=prefix, upper=upper)


def _list_position(paragraph: etree._Element) -> tuple[str, int] | None:
    """(numId, level) of a paragraph numbered directly, else None."""
    num_id = paragraph.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
    level = paragraph.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:ilvl')}")
    if num_id is None or level is None or not (level.get(qn("w:val")) or "").isdigit():
        return None
    return num_id.get(qn("w:val")), int(level.get(qn("w:val")))


def _deeper(source: WordSource, body: etree._Element | None) -> etree._Element | None:
    """A paragraph one list level below ``body`` in the same list, for a clause's sub-paragraphs."""
    position = _list_position(body) if body is not None else None
    if position is None:
        return None
    wanted = (position[0], position[1] + 1)
    start = next((i for i, element in enumerate(source.elements) if element is body), 0)
    for element in source.elements[start:] + source.elements[:start]:  # the same clause first
        if _list_position(element) == wanted:
            return element
    return None


@dataclass(frozen=True)
class Annotation:
    weak_comments: int
    place: str | None  # what the proposals were inserted before; None: the end of the document
    replaced: list[str]  # the weak checklist items whose clause was replaced
    kept: list[tuple[str, str]]  # (item, why) the weak clauses left in place


def annotate_word(source: WordSource, report: DocumentReport, proposals: list[Proposal],
                  ruleset: RuleSet, replacements: Sequence[Proposal] = ()) -> Annotation:
    """Add the comments, the replacements of weak clauses and the proposals to ``source.word``
    (in memory; the caller saves it)."""
    annotator = _Annotator(source, report, ruleset)
    place = _plan(source, report.language) if proposals else None
    targets = [(replacement, *_replacement_target(source, report, replacement)) for replacement in replacements]
    chosen = [(replacement, target) for replacement, target, _ in targets if target is not None]
    replaced = [replacement.item for replacement, _ in chosen]
    annotator.comment(summary_lines(report, True, bool(proposals), place.name if place else None, replaced),
                      source.element(1))
    weak = annotator.comment_weak_items(set(replaced))
    annotator.comment_contradictions()
    for replacement, target in chosen:
        annotator.replace(replacement, target)
    if proposals and place is not None:
        annotator.insert(proposals, place)
    return Annotation(weak_comments=weak, place=place.name if place else None, replaced=replaced,
                      kept=[(replacement.item, why) for replacement, target, why in targets if target is None])

