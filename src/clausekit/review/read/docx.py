"""Word (.docx) reader: the package's XML read directly with a hardened lxml parser.

Reads what a person sees in Word: paragraphs in body order (tables included), tracked
changes accepted, headings from styles, and the clause numbers Word computes from
``numbering.xml`` (they are not in the text, yet "clause 7.2" is how people cite).
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import overload

from lxml import etree

from ...document import Block, Document, build_document
from ...errors import InputFileError
from ...file_safety import describe, open_package, parse_xml, read_member, sniff
from . import register

INVALID = "not a valid DOCX (corrupt or not a Word file)"
ENCRYPTED = "encrypted or legacy .doc Word file: save it as an unencrypted .docx"
DEFAULT_MAIN_PART = "word/document.xml"
WORD_NAMESPACES = ("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                   "http://purl.oclc.org/ooxml/wordprocessingml/main")  # transitional, strict
RELS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
MC_NS = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
MAX_LEVELS = 9
MAX_HEADING_WORDS = 20  # longer "headings" are clauses typed in a heading style
MAX_TITLE_WORDS_WITH_STOP = 6  # "Restrictions on Customer." is a title; a longer text ending in "." is a sentence
MAX_STYLE_DEPTH = 32  # basedOn / numStyleLink chains longer than this are loops
MAX_LETTER_VALUE = 780  # Word's "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"; beyond, a hostile start value
MAX_ROMAN_VALUE = 3999
HEADING_STYLE = re.compile(r"^(?:heading|titre|überschrift|título|titolo|kop)\s*(\d)$", re.IGNORECASE)
TOC_STYLE = re.compile(r"^toc\s*\d$", re.IGNORECASE)  # styles.xml keeps the built-in name in every language


@register(".docx")
def read_docx(file: Path, shown: str) -> Document:
    """Read a .docx after ruling out the usual impostors (PDF, legacy .doc, encrypted file)."""
    kind = sniff(file)
    if kind == "ole":
        raise InputFileError(ENCRYPTED, shown)
    if kind not in ("zip", None):
        raise InputFileError(f"not a valid DOCX: the file is {describe(kind)}", shown)
    with open_package(file, shown, INVALID) as package:
        parts = _Parts(package, shown)
        root = parts.xml(parts.main)
        namespace = etree.QName(root).namespace
        body = root.find(f"{{{namespace}}}body")
        if namespace not in WORD_NAMESPACES or body is None:
            raise InputFileError(f"{INVALID}: no document body in {parts.main}", shown)
        w = f"{{{namespace}}}"
        styles = Styles(parts.related_xml("styles"), w)
        numbering = Numbering(parts.related_xml("numbering"), w, styles)
        comments = _comments(parts.related_xml("comments"), w)
    blocks = list(BodyReader(w, styles, numbering, comments).blocks(body))
    return build_document(shown, "docx", blocks)


class _Parts:
    """The package's parts found through its relationships, parsed safely."""

    def __init__(self, package: zipfile.ZipFile, shown: str):
        self.package = package
        self.shown = shown
        self.names = set(package.namelist())
        self.main = self._main_part()
        if self.main not in self.names:
            if "EncryptedPackage" in self.names or "EncryptionInfo" in self.names:
                raise InputFileError(ENCRYPTED, shown)
            raise InputFileError(INVALID, shown)

    def xml(self, name: str) -> etree._Element:
        return parse_xml(read_member(self.package, name, self.shown, INVALID), name, self.shown, INVALID)

    def _targets(self, rels_name: str, base: str) -> dict[str, str]:
        """Relationship type (last path segment) -> part name."""
        if rels_name not in self.names:
            return {}
        targets: dict[str, str] = {}
        for rel in self.xml(rels_name).iter(f"{RELS_NS}Relationship"):
            if rel.get("TargetMode") == "External" or not rel.get("Target"):
                continue
            target = rel.get("Target")
            name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))
            targets.setdefault(rel.get("Type", "").rsplit("/", 1)[-1], name)
        return targets

    def _main_part(self) -> str:
        return self._targets("_rels/.rels", "").get("officeDocument", DEFAULT_MAIN_PART)

    def related_xml(self, relationship: str) -> etree._Element | None:
        folder, name = posixpath.split(self.main)
        target = self._targets(posixpath.join(folder, "_rels", name + ".rels"), folder).get(relationship)
        return self.xml(target) if target in self.names else None


def _comments(root: etree._Element | None, w: str) -> dict[str, str]:
    """Comment id -> its text (paragraphs joined by a space)."""
    if root is None:
        return {}
    return {comment.get(f"{w}id", ""): " ".join("".join(t.text or "" for t in p.iter(f"{w}t"))
                                                for p in comment.iter(f"{w}p")).strip()
            for comment in root.iter(f"{w}comment")}


def _val(element: etree._Element | None, w: str) -> str | None:
    return None if element is None else element.get(f"{w}val")


@overload
def _int(text: str | None, default: int) -> int: ...
@overload
def _int(text: str | None, default: None = None) -> int | None: ...
def _int(text: str | None, default: int | None = None) -> int | None:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


_SENTENCE_INSIDE = re.compile(r"[.!?]\s+\w")


def _reads_as_title(text: str) -> bool:
    """Short, not lower-case first, not a sentence: "Survival." is a title, "Upon request, ... days." is not."""
    stripped = text.strip()
    words = len(stripped.split())
    return (bool(stripped) and words <= MAX_HEADING_WORDS and not stripped[0].islower()
            and not stripped.endswith((":", ";", ",")) and not _SENTENCE_INSIDE.search(stripped)
            and not (stripped.endswith(".") and words > MAX_TITLE_WORDS_WITH_STOP))


@dataclass
class _Style:
    name: str
    based_on: str | None
    outline_level: int | None  # 0-based, as in w:outlineLvl
    num_id: str | None
    num_level: int | None


class Styles:
    """Paragraph styles with their basedOn chain resolved on demand."""

    def __init__(self, root: etree._Element | None, w: str):
        self.styles: dict[str, _Style] = {}
        self.default: str | None = None
        if root is None:
            return
        for style in root.iter(f"{w}style"):
            style_id = style.get(f"{w}styleId")
            if style.get(f"{w}type", "paragraph") != "paragraph" or not style_id:
                continue
            ppr = style.find(f"{w}pPr")
            numpr = ppr.find(f"{w}numPr") if ppr is not None else None
            self.styles[style_id] = _Style(
                name=_val(style.find(f"{w}name"), w) or style_id,
                based_on=_val(style.find(f"{w}basedOn"), w),
                outline_level=_int(_val(ppr.find(f"{w}outlineLvl"), w)) if ppr is not None else None,
                num_id=_val(numpr.find(f"{w}numId"), w) if numpr is not None else None,
                num_level=_int(_val(numpr.find(f"{w}ilvl"), w)) if numpr is not None else None,
            )
            if style.get(f"{w}default") in ("1", "true", "on"):
                self.default = style_id

    def chain(self, style_id: str | None) -> Iterator[_Style]:
        seen = 0
        while style_id in self.styles and seen < MAX_STYLE_DEPTH:
            style = self.styles[style_id]
            yield style
            style_id = style.based_on
            seen += 1

    def heading_level(self, style_id: str | None) -> int | None:
        """1-based heading level from the outline level or a "Heading N"/"Titre N" name."""
        for style in self.chain(style_id):
            if style.outline_level is not None:
                return style.outline_level + 1 if style.outline_level < MAX_LEVELS else None
            match = HEADING_STYLE.match(style.name)
            if match:
                return int(match.group(1))
        return None

    def is_toc(self, style_id: str | None) -> bool:
        style = self.styles.get(style_id or "")
        return bool(style and TOC_STYLE.match(style.name))

    def numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        for style in self.chain(style_id):
            if style.num_id is not None:
                return style.num_id, style.num_level
        return None, None


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str | None = None
    legal: bool = False  # w:isLgl: show every level as decimal
    restart: int | None = None  # w:lvlRestart
    style: str | None = None  # w:pStyle: the paragraph style tied to this level


@dataclass
class _List:
    """Counters of one abstract numbering definition, shared by the w:num that use it."""

    counters: list[int | None] = field(default_factory=lambda: [None] * MAX_LEVELS)
    shown: list[str | None] = field(default_factory=lambda: [None] * MAX_LEVELS)


_PLACEHOLDER = re.compile(r"%([1-9])")
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
_NO_NUMBER_FORMATS = {"bullet", "none"}


def _letters(value: int) -> str:
    """Word's letter numbering: a..z, then aa..zz, aaa..."""
    if not 1 <= value <= MAX_LETTER_VALUE:
        return str(value)
    return chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)


def _roman(value: int) -> str:
    if not 1 <= value <= MAX_ROMAN_VALUE:
        return str(value)
    out = []
    for amount, symbol in _ROMAN:
        count, value = divmod(value, amount)
        out.append(symbol * count)
    return "".join(out)


def _format(value: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(value)
    if fmt == "upperLetter":
        return _letters(value).upper()
    if fmt == "lowerRoman":
        return _roman(value)
    if fmt == "upperRoman":
        return _roman(value).upper()
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)  # decimal, and the exotic formats read best as decimal


class Numbering:
    """Word's list numbering engine: the number a paragraph shows, computed in body order."""

    def __init__(self, root: etree._Element | None, w: str, styles: Styles):
        self.w = w
        self.styles = styles
        self.abstract_levels: dict[str, dict[int, _Level]] = {}
        self.abstract_style_link: dict[str, str] = {}  # w:numStyleLink -> numbering style id
        self.num_abstract: dict[str, str] = {}
        self.num_levels: dict[str, dict[int, _Level]] = {}  # w:lvlOverride/w:lvl
        self.num_starts: dict[str, dict[int, int]] = {}  # w:lvlOverride/w:startOverride
        self.lists: dict[str, _List] = {}
        self.started: set[str] = set()
        if root is None:
            return
        for abstract in root.iter(f"{w}abstractNum"):
            abstract_id = abstract.get(f"{w}abstractNumId")
            self.abstract_levels[abstract_id] = self._levels(abstract)
            link = _val(abstract.find(f"{w}numStyleLink"), w)
            if link:
                self.abstract_style_link[abstract_id] = link
        for num in root.iter(f"{w}num"):
            num_id = num.get(f"{w}numId")
            abstract_id = _val(num.find(f"{w}abstractNumId"), w)
            if num_id is None or abstract_id is None:
                continue
            self.num_abstract[num_id] = abstract_id
            for override in num.iter(f"{w}lvlOverride"):
                level = _int(override.get(f"{w}ilvl"))
                if level is None or not 0 <= level < MAX_LEVELS:
                    continue
                start = _int(_val(override.find(f"{w}startOverride"), w))
                if start is not None:
                    self.num_starts.setdefault(num_id, {})[level] = start
                if override.find(f"{w}lvl") is not None:
                    self.num_levels.setdefault(num_id, {}).update(self._levels(override))

    def _levels(self, parent: etree._Element) -> dict[int, _Level]:
        w = self.w
        levels = {}
        for lvl in parent.findall(f"{w}lvl"):
            index = _int(lvl.get(f"{w}ilvl"))
            if index is None or not 0 <= index < MAX_LEVELS:
                continue
            text = lvl.find(f"{w}lvlText")
            levels[index] = _Level(
                start=_int(_val(lvl.find(f"{w}start"), w), 1),
                fmt=_val(lvl.find(f"{w}numFmt"), w) or "decimal",
                text=_val(text, w) if text is not None else None,
                legal=lvl.find(f"{w}isLgl") is not None and _val(lvl.find(f"{w}isLgl"), w) not in ("0", "false"),
                restart=_int(_val(lvl.find(f"{w}lvlRestart"), w)),
                style=_val(lvl.find(f"{w}pStyle"), w),
            )
        return levels

    def _abstract_of(self, num_id: str) -> str | None:
        """The abstract definition of a num, following numStyleLink through numbering styles."""
        abstract_id = self.num_abstract.get(num_id)
        for _ in range(MAX_STYLE_DEPTH):
            link = self.abstract_style_link.get(abstract_id or "")
            if link is None:
                return abstract_id
            linked_num, _level = self.styles.numbering(link)
            abstract_id = self.num_abstract.get(linked_num or "")
        return None

    def level_for_style(self, num_id: str, style_id: str | None) -> int:
        """The level tied to the paragraph's style (w:lvl/w:pStyle), else the first."""
        abstract_id = self._abstract_of(num_id)
        for index, level in self.abstract_levels.get(abstract_id or "", {}).items():
            if style_id and level.style == style_id:
                return index
        return 0

    def next_number(self, num_id: str, level_index: int) -> str | None:
        """Advance the list for one paragraph and return the number it shows (None for bullets)."""
        abstract_id = self._abstract_of(num_id)
        if abstract_id is None or not 0 <= level_index < MAX_LEVELS:
            return None
        levels = {**self.abstract_levels.get(abstract_id, {}), **self.num_levels.get(num_id, {})}
        level = levels.get(level_index)
        if level is None:
            return None
        state = self.lists.setdefault(abstract_id, _List())
        if num_id not in self.started:
            self.started.add(num_id)
            for index, start in self.num_starts.get(num_id, {}).items():
                state.counters[index] = start - 1
                self._reset_below(state, levels, index)
        current = state.counters[level_index]
        state.counters[level_index] = level.start if current is None else current + 1
        self._reset_below(state, levels, level_index)
        number = self._render(state, levels, level_index)
        state.shown[level_index] = number
        return number

    @staticmethod
    def _reset_below(state: _List, levels: dict[int, _Level], used: int) -> None:
        for deeper in range(used + 1, MAX_LEVELS):
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or (restart != 0 and used < restart):
                state.counters[deeper] = None
                state.shown[deeper] = None

    def _render(self, state: _List, levels: dict[int, _Level], index: int) -> str | None:
        level = levels[index]
        if level.fmt in _NO_NUMBER_FORMATS or not level.text:
            return None
        placeholders = [int(p) - 1 for p in _PLACEHOLDER.findall(level.text)]
        if not placeholders:
            return None
        # Keep the number itself: "Article %1 -" -> "7", "%1.%2." -> "7.2", "(%3)" -> "(a)".
        first = level.text.index("%")
        last = max(m.end() for m in _PLACEHOLDER.finditer(level.text))
        core = level.text[first:last]
        if first > 0 and level.text[first - 1] == "(":
            core = "(" + core
        if level.text[last:last + 1] == ")" and core.startswith("("):
            core += ")"

        def value(match: re.Match) -> str:
            referenced = int(match.group(1)) - 1
            ref_level = levels.get(referenced, _Level())
            count = state.counters[referenced]
            count = ref_level.start if count is None else count
            fmt = "decimal" if level.legal else ref_level.fmt
            return "" if fmt in _NO_NUMBER_FORMATS else _format(count, fmt)

        number = _PLACEHOLDER.sub(value, core).strip()
        if not number.strip("()"):
            return None
        if index > 0 and min(placeholders) == index:
            parent = next((state.shown[i] for i in range(index - 1, -1, -1) if state.shown[i]), None)
            if parent:
                number = self._compose(parent, number, levels[index].fmt)
        return number

    @staticmethod
    def _compose(parent: str, own: str, fmt: str) -> str:
        """A sub-level that shows only its own counter, prefixed with its parent: "7.2(a)", "7.2.1"."""
        if own.startswith("("):
            return parent + own
        if fmt in ("decimal", "decimalZero") and not parent.endswith(")"):
            return f"{parent}.{own}"
        return f"{parent}({own.rstrip(')')})"


class BodyReader:
    """Walks the body in reading order and turns each w:p into a Block."""

    # Inline containers whose runs are read as if they stood in the paragraph.
    TRANSPARENT = {"sdt", "sdtContent", "customXml", "smartTag", "hyperlink", "ins", "moveTo",
                   "fldSimple", "dir", "bdo", "r", "ruby", "rubyBase"}
    # Block-level containers whose paragraphs belong to the body (content controls, custom XML).
    BLOCK_CONTAINERS = {"sdt", "sdtContent", "customXml"}
    # Not what the reader sees: deleted and moved-away text, properties, field codes.
    SKIPPED = {"del", "moveFrom", "pPr", "rPr", "sectPr", "instrText", "delText", "delInstrText",
               "footnoteReference", "endnoteReference", "commentReference", "rt", "sdtPr", "sdtEndPr",
               "drawing", "pict", "object"}

    def __init__(self, w: str, styles: Styles, numbering: Numbering, comments: dict[str, str] | None = None):
        self.w = w
        self.styles = styles
        self.numbering = numbering
        self.comments = comments or {}

    def blocks(self, container: etree._Element, in_table: bool = False) -> Iterator[Block]:
        pending = ""  # text of a paragraph whose mark was deleted: it merges into the next one
        for paragraph, paragraph_in_table in self._paragraphs(container, in_table):
            block = self._block(paragraph, paragraph_in_table)
            if block is None:
                continue
            if pending:
                block.text = pending + block.text
                pending = ""
            if self._mark_deleted(paragraph):
                pending = block.text
                continue
            yield block
        if pending:
            yield Block(text=pending, in_table=in_table)

    def _paragraphs(self, container: etree._Element, in_table: bool) -> Iterator[tuple[etree._Element, bool]]:
        w = self.w
        for child in container:
            if not isinstance(child.tag, str):
                continue
            if child.tag == f"{w}p":
                yield child, in_table
            elif child.tag in (f"{w}tbl", f"{w}tr", f"{w}tc"):
                yield from self._paragraphs(child, True)
            elif child.tag == f"{MC_NS}AlternateContent":
                chosen = self._chosen(child)
                if chosen is not None:
                    yield from self._paragraphs(chosen, in_table)
            elif child.tag.startswith(w) and etree.QName(child).localname in self.BLOCK_CONTAINERS:
                yield from self._paragraphs(child, in_table)

    def _chosen(self, element: etree._Element) -> etree._Element:
        """For mc:AlternateContent read the first choice only (the fallback repeats it)."""
        if element.tag == f"{MC_NS}AlternateContent":
            choice = element.find(f"{MC_NS}Choice")
            return choice if choice is not None else element.find(f"{MC_NS}Fallback")
        return element

    def _mark_deleted(self, paragraph: etree._Element) -> bool:
        w = self.w
        return paragraph.find(f"{w}pPr/{w}rPr/{w}del") is not None

    def _block(self, paragraph: etree._Element, in_table: bool) -> Block | None:
        w = self.w
        ppr = paragraph.find(f"{w}pPr")
        style_id = _val(ppr.find(f"{w}pStyle"), w) if ppr is not None else None
        style_id = style_id or self.styles.default
        if self.styles.is_toc(style_id):
            return None  # a Word-generated table of contents repeats the headings
        text = "".join(self._text(paragraph))
        # Word shows no number on the empty paragraph that only carries a section break.
        section_break_only = not text.strip() and ppr is not None and ppr.find(f"{w}sectPr") is not None
        # A paragraph whose mark is deleted joins the next one, which keeps its own number: it takes none.
        number = None if section_break_only or self._mark_deleted(paragraph) else self._number(ppr, style_id)
        if self._is_navigation(paragraph):
            return None
        outline = _int(_val(ppr.find(f"{w}outlineLvl"), w)) if ppr is not None else None
        if outline is not None:
            heading_level = outline + 1 if outline < MAX_LEVELS else None
        else:
            heading_level = self.styles.heading_level(style_id)
        if heading_level is not None and not _reads_as_title(text):
            heading_level = None  # a whole clause typed in a heading style is a clause, not a title
        return Block(text=text, number=number, heading_level=heading_level, in_table=in_table,
                     notes=self._notes(paragraph))

    def _notes(self, paragraph: etree._Element) -> tuple[str, ...]:
        """The comments whose range starts in the paragraph (or, without a range, whose mark is in it)."""
        if not self.comments:
            return ()
        w = self.w
        ids = [mark.get(f"{w}id") for tag in ("commentRangeStart", "commentReference")
               for mark in paragraph.iter(f"{w}{tag}")]
        return tuple(self.comments[i] for i in dict.fromkeys(ids) if i in self.comments)

    def _is_navigation(self, paragraph: etree._Element) -> bool:
        """A typed table-of-contents line: nothing but links to places in the document."""
        w = self.w
        if not any(link.get(f"{w}anchor") for link in paragraph.iter(f"{w}hyperlink")):
            return False
        outside = "".join(self._text(paragraph, skip_internal_links=True))
        return not any(c.isalpha() for c in outside)

    def _number(self, ppr: etree._Element | None, style_id: str | None) -> str | None:
        w = self.w
        numpr = ppr.find(f"{w}numPr") if ppr is not None else None
        num_id = _val(numpr.find(f"{w}numId"), w) if numpr is not None else None
        level = _int(_val(numpr.find(f"{w}ilvl"), w)) if numpr is not None else None
        style_num, style_level = self.styles.numbering(style_id)
        num_id = num_id or style_num
        if num_id is None or num_id == "0":
            return None
        if level is None:
            level = style_level if style_level is not None else self.numbering.level_for_style(num_id, style_id)
        return self.numbering.next_number(num_id, level)

    def _text(self, element: etree._Element, skip_internal_links: bool = False) -> Iterator[str]:
        w = self.w
        for child in element:
            if not isinstance(child.tag, str):
                continue
            if child.tag == f"{MC_NS}AlternateContent":
                chosen = self._chosen(child)
                if chosen is not None:
                    yield from self._text(chosen, skip_internal_links)
                continue
            tag = etree.QName(child).localname
            if tag in self.SKIPPED or not child.tag.startswith(w):
                continue
            if tag == "t":
                yield child.text or ""
            elif tag in ("tab", "ptab"):
                yield " "
            elif tag in ("br", "cr"):
                yield "\n" if child.get(f"{w}type") in (None, "textWrapping") else " "
            elif tag == "noBreakHyphen":
                yield "-"
            elif tag == "r":
                if not self._hidden(child):
                    yield from self._text(child, skip_internal_links)
            elif tag == "hyperlink" and skip_internal_links and child.get(f"{w}anchor"):
                continue
            elif tag in self.TRANSPARENT:
                yield from self._text(child, skip_internal_links)

    def _hidden(self, run: etree._Element) -> bool:
        w = self.w
        vanish = run.find(f"{w}rPr/{w}vanish")
        return vanish is not None and _val(vanish, w) not in ("0", "false", "off")
