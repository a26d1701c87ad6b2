"""The document model every reader produces and every analysis consumes.

A reader turns a file into ``Block``s (its paragraphs in reading order, with what
the format knows: page, line, a Word-computed clause number, a heading flag).
``build_document`` joins them into one text with offsets and groups them into
sections, so that analysis never depends on the file format.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

PARAGRAPH_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Location:
    """Where a passage is, 1-based; only what the format knows is set."""

    page: int | None = None
    paragraph: int | None = None
    line: int | None = None
    clause: str | None = None

    def as_dict(self) -> dict:
        return {k: v for k, v in (("page", self.page), ("paragraph", self.paragraph),
                                  ("line", self.line), ("clause", self.clause)) if v is not None}

    def describe(self, every_part: bool = False, lang: str = "en") -> str:
        """'clause 7.2, page 4, line 40' ('article 7.2, page 4, ligne 40'); the paragraph only
        where no line is known, unless every_part."""
        clause, page, paragraph, line = _LOCATION_WORDS[lang]
        parts = []
        if self.clause:
            parts.append(f"{clause} {self.clause}")
        if self.page:
            parts.append(f"{page} {self.page}")
        if self.paragraph and (every_part or not self.line):
            parts.append(f"{paragraph} {self.paragraph}")
        if self.line:
            parts.append(f"{line} {self.line}")
        return ", ".join(parts)


_LOCATION_WORDS = {"en": ("clause", "page", "paragraph", "line"), "fr": ("article", "page", "paragraphe", "ligne")}


@dataclass
class Block:
    """One paragraph as a reader found it."""

    text: str
    page: int | None = None
    line: int | None = None
    number: str | None = None  # clause number computed by Word, e.g. "7.2"
    heading_level: int | None = None  # set when the format marks it as a heading
    in_table: bool = False
    notes: tuple[str, ...] = ()  # reviewers' comments anchored in the paragraph (Word comments)


@dataclass
class Paragraph:
    index: int  # 1-based among the document's paragraphs
    text: str
    start: int  # offsets into Document.text
    end: int
    page: int | None
    line: int | None
    number: str | None
    is_heading: bool
    section: int = 0  # index into Document.sections
    notes: tuple[str, ...] = ()  # reviewers' comments anchored here

    @property
    def location(self) -> Location:
        return Location(page=self.page, paragraph=self.index, line=self.line, clause=self.number)


@dataclass
class Section:
    """A heading and the paragraphs under it, down to the next heading of any level."""

    index: int
    heading: str
    number: str | None
    level: int
    paragraphs: list[Paragraph] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.paragraphs[0].start if self.paragraphs else 0

    @property
    def end(self) -> int:
        return self.paragraphs[-1].end if self.paragraphs else 0


@dataclass
class Document:
    path: str
    format: str
    text: str
    paragraphs: list[Paragraph]
    sections: list[Section]
    pages: int | None = None
    _starts: list[int] = field(default_factory=list, repr=False)
    _holding: dict[str, list[Paragraph]] = field(default_factory=dict, repr=False)

    def paragraph_at(self, offset: int) -> Paragraph:
        if not self._starts:
            self._starts = [p.start for p in self.paragraphs]
        return self.paragraphs[max(0, bisect_right(self._starts, offset) - 1)]

    def clause_number_at(self, offset: int) -> str | None:
        """The number of the innermost numbered clause containing ``offset``."""
        paragraph = self.paragraph_at(offset)
        if paragraph.number:
            return paragraph.number
        return self.sections[paragraph.section].number if self.sections else None

    def location_at(self, offset: int) -> Location:
        p = self.paragraph_at(offset)
        line = p.line
        if line is not None:  # the line breaks between the paragraph's start and the offset
            line += bisect_left(self._line_breaks, min(offset, p.end)) - bisect_left(self._line_breaks, p.start)
        return Location(page=p.page, paragraph=p.index, line=line, clause=self.clause_number_at(offset))

    @cached_property
    def _line_breaks(self) -> list[int]:
        return [match.start() for match in re.finditer("\n", self.text)]

    @cached_property
    def lowered(self) -> str | None:
        """The text in lower case, offset for offset; None when lowering would shift offsets."""
        lowered = self.text.lower()
        return lowered if len(lowered) == len(self.text) else None

    def paragraphs_holding(self, literal: str) -> list[Paragraph]:
        """The paragraphs whose lowercased text contains ``literal``, in order (memoised)."""
        found = self._holding.get(literal)
        if found is None:
            found = []
            lowered = self.lowered or self.text.lower()
            position = lowered.find(literal)
            while position >= 0:
                paragraph = self.paragraph_at(position)
                found.append(paragraph)
                position = lowered.find(literal, paragraph.end)
            self._holding[literal] = found
        return found

    @property
    def word_count(self) -> int:
        return len(self.text.split())


# Typed headings in text and PDF: "ARTICLE 5 - DURÉE", "Article 5.", "12. GOVERNING LAW",
# "7.2 Term.", "Section 4", "Art. 3 Prix" (Swiss style), "## Durée" (Markdown is handled by its reader).
_NUMBER = r"(?P<number>\d{1,3}(?:\.\d{1,3}){0,3})\.?"
_KEYWORD_HEADING = re.compile(
    r"^\s*(?:ARTICLE|Article|ARTICLE\s+N°|Art\.|ART\.|Clause|CLAUSE|Section|SECTION|Chapitre|CHAPITRE|Titre|TITRE)\s*"
    r"(?P<number>\d{1,3}(?:\.\d{1,3}){0,3}|[IVXLC]{1,6})\b(?P<dot>\.?)\s*(?P<sep>[-–—:.]\s*)?(?P<title>.{0,120})$"
)
_NUMBERED_HEADING = re.compile(rf"^\s*{_NUMBER}\s+(?P<title>[A-ZÀ-Ý][^\n]{{0,100}})$")
# "2.1 Term. This Agreement shall..." : a numbered paragraph with an inline title, not a
# paragraph whose first sentence is short ("2.2 The Customer shall pay within 30 days. ...").
_INLINE_TITLE = re.compile(rf"^\s*{_NUMBER}\s+(?P<title>[A-ZÀ-Ý][\w'’ ,&/()-]{{1,60}}?)[.:]\s+\S")
_SUB_CLAUSE_NUMBER = re.compile(r"\s*(\d{1,3}(?:\.\d{1,3}){1,3})\.?\s+(?=[A-ZÀ-Ý(])")
_SENTENCE_VERB = re.compile(r"\b(?:shall|will|must|may|is|are|has|have|doit|doivent|peut|peuvent|est|sont|ont|"
                            r"s['’]engage|s['’]engagent)\b", re.IGNORECASE)
_DETERMINER = re.compile(r"(?:the|each|every|a|an|le|la|les|l['’]|chaque|tout|toute|un|une)\b", re.IGNORECASE)
SENTENCE_WORDS = 5  # "The Services" is a title, "The Customer pays each invoice ..." a sentence


def _reads_as_sentence(title: str) -> bool:
    return bool(_SENTENCE_VERB.search(title)) or (_DETERMINER.match(title) is not None
                                                  and len(title.split()) >= SENTENCE_WORDS)


# "1. Qualified referrals: at least 30." is a numbered list item (a label and its value), not a heading.
_LABEL_VALUE = re.compile(r"\S\s*:\s+\S")
# An unnumbered title on a line of its own: "Pilot Outlet", "Durée et résiliation" (a capital,
# one to seven words, no closing punctuation, no figure: not a sentence, an address or a signature).
_PLAIN_TITLE = re.compile(r"[A-ZÀ-Ý][^\W\d_]*(?:['’-][^\W\d_]+)*(?: [^\W\d_]+(?:['’-][^\W\d_]+)*){0,6}")
PLAIN_TITLE_LENGTH = 60


# A line of a table of contents: a title and its page ("Effect of Termination ....... 19"), or
# several entries run together ("Section 6.01 Termination 19 Section 6.02 Notice 19"). A title
# alone ending in a number ("Section 4 Schedule 2") stays a heading.
_TOC_ENTRY = re.compile(
    r"(?:\.{3,}|…|\t)\s*\d{1,3}\s*$"
    r"|^\s*(?:ARTICLE|Article|Section|SECTION|Clause|CLAUSE)\s+\d[\d.]*\b.*?[^\W\d_]{3,}\s+\d{1,3}\s+"
    r"(?:ARTICLE|Article|Section|SECTION|Clause|CLAUSE)\s+\d")


def typed_heading(text: str, plain_titles: bool = False) -> tuple[str | None, str, int] | None:
    """Recognise a typed heading; return (number, title, level) or None.

    ``plain_titles``: also an unnumbered title in ordinary case ("Pilot Outlet"), which is
    only safe on a paragraph of its own, not on a line inside one. A table of contents is
    not a heading: its entries name clauses that stand elsewhere.
    """
    first_line = text.strip().split("\n", 1)[0]
    if len(first_line) > 160:
        first_line = first_line[:160]
    if _TOC_ENTRY.search(first_line):
        return None
    m = _KEYWORD_HEADING.match(first_line)
    if m and not m.group("dot") and not m.group("sep") and m.group("title")[:1].islower():
        m = None  # "Section 11.2 applies while ...": a sentence that names a clause, not its heading
    if m:
        number = m.group("number")
        return number, (m.group("title").strip() or first_line.strip()), number.count(".") + 1
    m = _NUMBERED_HEADING.match(first_line)
    if m and "\n" not in text.strip() and not first_line.rstrip().endswith((",", ";")) and len(first_line.split()) <= 14 \
            and not _LABEL_VALUE.search(m.group("title")):
        number = m.group("number")
        return number, m.group("title").strip().rstrip("."), number.count(".") + 1
    m = _INLINE_TITLE.match(first_line)
    if m and not _reads_as_sentence(m.group("title")) \
            and not (first_line[m.end("title")] == ":" and len(first_line[m.end("title") + 1:].split()) < 8):
        # "1. Qualified leads: at least 30." is a list item, "2.1 Term. This Agreement ..." a titled paragraph
        number = m.group("number")
        return number, m.group("title").strip(), number.count(".") + 1
    stripped = first_line.strip()
    if (4 <= len(stripped) <= 80 and stripped.upper() == stripped and any(c.isalpha() for c in stripped)
            and "\n" not in text.strip() and len(stripped.split()) <= 10):
        return None, stripped.rstrip(".:"), 1
    if plain_titles and len(stripped) <= PLAIN_TITLE_LENGTH and "\n" not in text.strip() \
            and _PLAIN_TITLE.fullmatch(stripped):
        return None, stripped, 1
    return None


def build_document(path: str, fmt: str, blocks: list[Block], pages: int | None = None) -> Document:
    """Join blocks into one text and group them into sections."""
    paragraphs: list[Paragraph] = []
    sections: list[Section] = [Section(index=0, heading="", number=None, level=0)]
    chunks: list[str] = []
    offset = 0
    for block in blocks:
        text = block.text.strip()
        if not text:
            continue
        heading: tuple[str | None, str, int] | None = None
        if block.heading_level is not None:
            # A heading numbered by hand ("Article 4 : Objet", "## 7.2 Term") still has its number.
            typed = None if block.number else typed_heading(text)
            if typed and typed[0]:
                heading = (typed[0], typed[1], block.heading_level)
            else:
                heading = (block.number, text, block.heading_level)
        elif not block.in_table:
            typed = typed_heading(text, plain_titles=block.number is None)  # a list item is no title
            if typed:
                number = block.number or typed[0]
                heading = (number, typed[1], typed[2])
        number = block.number or (heading[0] if heading else None)
        if number is None and not block.in_table:  # "2.2 The Customer shall pay ...": a numbered sub-clause
            leading = _SUB_CLAUSE_NUMBER.match(text)
            number = leading.group(1) if leading else None
        if heading:
            sections.append(Section(index=len(sections), heading=heading[1], number=heading[0], level=heading[2]))
        if chunks:
            offset += len(PARAGRAPH_SEPARATOR)
        paragraph = Paragraph(
            index=len(paragraphs) + 1, text=text, start=offset, end=offset + len(text),
            page=block.page, line=block.line, number=number, is_heading=heading is not None,
            section=sections[-1].index, notes=block.notes,
        )
        sections[-1].paragraphs.append(paragraph)
        paragraphs.append(paragraph)
        chunks.append(text)
        offset += len(text)
    if not sections[0].paragraphs:
        sections.pop(0)
        for i, section in enumerate(sections):
            section.index = i
            for p in section.paragraphs:
                p.section = i
    return Document(path=path, format=fmt, text=PARAGRAPH_SEPARATOR.join(chunks),
                    paragraphs=paragraphs, sections=sections, pages=pages)
