"""The page each heading falls on, so that the table of contents carries page numbers in the
DOCX itself, not only once an office program has updated its fields.

Word recomputes the PAGEREF fields when it opens the draft (``updateFields``) and LibreOffice
when it lays it out, but a viewer that shows the cached results (a mail preview, a document
management system, a phone) would show a table of contents with no numbers. Two sources:

- ``estimate_pages``: a line-by-line layout of the document from its own page size, margins,
  styles, indents and spacing, breaking lines between words with the character widths of
  Arial's metrics (``font_widths.yaml``). It honours page breaks, ``pageBreakBefore``,
  tables and headings kept with the next paragraph.
  ``benchmarks/bench_pagination.py`` measures it against LibreOffice's pages for every draft.
- ``pages_in_pdf``: the pages LibreOffice gave the headings, read back from the PDF it wrote
  (``generate --pdf``), which then replace the estimate.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TWIPS_PER_POINT = 20
SINGLE_LINE_EM = 1.13  # a line of Arial (Liberation Sans) at single spacing, in ems, as LibreOffice lays it out
KEEP_LINES = 2
_PAGEREF = re.compile(r"^\s*PAGEREF\s+(\S+)")


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


@dataclass(frozen=True)
class _Format:
    """The paragraph and character properties that decide a paragraph's height, in points."""

    size: float = 11.0
    before: float = 0.0
    after: float = 0.0
    line: float = 1.0  # multiple of a single line
    indent: float = 0.0  # left plus right indent, first-line hanging ignored
    break_before: bool = False
    keep_next: bool = False
    bold: bool = False
    caps: bool = False

    def line_height(self) -> float:
        return self.size * SINGLE_LINE_EM * self.line


class _Styles:
    """Paragraph formats resolved through docDefaults and the basedOn chain."""

    def __init__(self, styles: etree._Element):
        self._by_id = {s.get(w("styleId")): s for s in styles.iter(w("style")) if s.get(w("type")) == "paragraph"}
        self._default_id = next((sid for sid, s in self._by_id.items() if s.get(w("default")) == "1"), None)
        defaults = styles.find(w("docDefaults"))
        self._defaults = _apply(_Format(), defaults.find(f"{w('pPrDefault')}/{w('pPr')}") if defaults is not None
                                else None, defaults.find(f"{w('rPrDefault')}/{w('rPr')}") if defaults is not None
                                else None)
        self._cache: dict[str | None, _Format] = {}

    def format(self, style_id: str | None) -> _Format:
        style_id = style_id if style_id in self._by_id else self._default_id
        if style_id not in self._cache:
            self._cache[style_id] = self._resolve(style_id, depth=0)
        return self._cache[style_id]

    def _resolve(self, style_id: str | None, depth: int) -> _Format:
        style = self._by_id.get(style_id) if style_id else None
        if style is None or depth > 20:
            return self._defaults
        based_on = style.find(w("basedOn"))
        parent = self._resolve(based_on.get(w("val")), depth + 1) if based_on is not None else self._defaults
        return _apply(parent, style.find(w("pPr")), style.find(w("rPr")))


def _twips(element: etree._Element | None, attribute: str) -> float | None:
    value = element.get(w(attribute)) if element is not None else None
    try:
        return int(value) / TWIPS_PER_POINT if value is not None else None
    except ValueError:
        return None


def _on(element: etree._Element | None) -> bool | None:
    if element is None:
        return None
    return element.get(w("val"), "true") not in ("0", "false", "off")


def _apply(base: _Format, ppr: etree._Element | None, rpr: etree._Element | None) -> _Format:
    values = dict(base.__dict__)
    if rpr is not None:
        if (size := rpr.find(w("sz"))) is not None:
            values["size"] = int(size.get(w("val"), "22")) / 2
        for name, tag in (("bold", "b"), ("caps", "caps")):
            if (flag := _on(rpr.find(w(tag)))) is not None:
                values[name] = flag
    if ppr is not None:
        spacing = ppr.find(w("spacing"))
        for name in ("before", "after"):
            if (points := _twips(spacing, name)) is not None:
                values[name] = points
        if spacing is not None and spacing.get(w("line")) and spacing.get(w("lineRule"), "auto") == "auto":
            values["line"] = int(spacing.get(w("line"))) / 240
        indent = ppr.find(w("ind"))
        if indent is not None:
            left = _twips(indent, "left") or _twips(indent, "start") or 0.0
            right = _twips(indent, "right") or _twips(indent, "end") or 0.0
            values["indent"] = left + right
        for name, tag in (("break_before", "pageBreakBefore"), ("keep_next", "keepNext")):
            if (flag := _on(ppr.find(w(tag)))) is not None:
                values[name] = flag
    return _Format(**values)


def _paragraph_format(styles: _Styles, paragraph: etree._Element) -> _Format:
    ppr = paragraph.find(w("pPr"))
    style = ppr.find(w("pStyle")) if ppr is not None else None
    base = styles.format(style.get(w("val")) if style is not None else None)
    run_properties = paragraph.find(f".//{w('r')}/{w('rPr')}")
    return _apply(base, ppr, run_properties)


def _text(paragraph: etree._Element) -> str:
    return "".join(node.text or "" if node.tag == w("t") else "    "
                   for node in paragraph.iter(w("t"), w("tab")))


@cache
def _widths() -> dict[str, dict[str, int]]:
    """Character -> advance in thousandths of an em, per weight ("regular", "bold")."""
    import yaml

    raw = yaml.safe_load(Path(__file__).with_name("font_widths.yaml").read_text(encoding="utf-8"))
    table: dict[str, dict[str, int]] = {}
    for weight, groups in raw.items():
        table[weight] = {"default": groups.pop("default")}
        for width, characters in groups.items():
            table[weight].update(dict.fromkeys(characters, int(width)))
    return table


def _width(word: str, fmt: _Format) -> float:
    """The width of ``word`` in points."""
    table = _widths()["bold" if fmt.bold else "regular"]
    total = 0
    for character in word.upper() if fmt.caps else word:
        width = table.get(character)
        if width is None:
            base = unicodedata.normalize("NFD", character)[:1]
            width = table.get(base, table["default"])
        total += width
    return total * fmt.size / 1000


def _lines(paragraph: etree._Element, fmt: _Format, width: float) -> int:
    """Lines of the paragraph, broken between words as a word processor breaks them."""
    available = width - fmt.indent
    space = _width(" ", fmt)
    lines, used = 1, 0.0
    for word in _text(paragraph).split():
        word_width = _width(word, fmt)
        if used and used + space + word_width > available:
            lines, used = lines + 1, word_width
        else:
            used += (space if used else 0.0) + word_width
    return lines


def _page_breaks(paragraph: etree._Element) -> int:
    return sum(1 for br in paragraph.iter(w("br")) if br.get(w("type")) == "page")


class _Layout:
    """Fills pages top to bottom; ``page`` is the page the next line goes on."""

    def __init__(self, height: float):
        self.height = height
        self.page = 1
        self.used = 0.0

    def new_page(self) -> None:
        self.page += 1
        self.used = 0.0

    def room(self) -> float:
        return self.height - self.used

    def place(self, fmt: _Format, lines: int, keep_with: float = 0.0) -> int:
        """Place a paragraph; returns the page it starts on."""
        if fmt.break_before and self.used:
            self.new_page()
        before = fmt.before if self.used else 0.0
        first = before + fmt.line_height() + keep_with
        if self.used and first > self.room():
            self.new_page()
            before = 0.0
        start = self.page
        self.used += before
        for _ in range(lines):
            if fmt.line_height() > self.room():
                self.new_page()
            self.used += fmt.line_height()
        self.used = min(self.height, self.used + fmt.after)
        return start

    def block(self, height: float) -> int:
        """A table row: moves whole to the next page when it does not fit; returns its page."""
        if self.used and height > self.room():
            self.new_page()
        start = self.page
        self.used += height
        while self.used > self.height:
            self.used -= self.height
            self.page += 1
        return start


def _geometry(body: etree._Element) -> tuple[float, float]:
    """Text width and height of the page, in points, from the last section's properties."""
    section = body.find(w("sectPr"))
    size = section.find(w("pgSz")) if section is not None else None
    margins = section.find(w("pgMar")) if section is not None else None
    width = _twips(size, "w") or 595.3
    height = _twips(size, "h") or 841.9
    top, bottom = _twips(margins, "top") or 72.0, _twips(margins, "bottom") or 72.0
    left, right = _twips(margins, "left") or 72.0, _twips(margins, "right") or 72.0
    return width - left - right, height - abs(top) - abs(bottom)


def estimate_pages(document) -> dict[str, int]:
    """Bookmark name -> estimated page, for every bookmark in the body of a python-docx ``document``."""
    body = document.element.body
    styles = _Styles(document.styles.element)
    width, height = _geometry(body)
    layout = _Layout(height)
    pages: dict[str, int] = {}
    children = [child for child in body if child.tag in (w("p"), w("tbl"))]
    for index, child in enumerate(children):
        if child.tag == w("tbl"):
            for row in child.iter(w("tr")):
                start = layout.block(max((_cell_height(styles, cell, width) for cell in row.iter(w("tc"))),
                                         default=0.0))
                for bookmark in row.iter(w("bookmarkStart")):
                    pages.setdefault(bookmark.get(w("name")), start)
            continue
        fmt = _paragraph_format(styles, child)
        keep_with = 0.0
        following = children[index + 1] if index + 1 < len(children) else None
        if fmt.keep_next and following is not None and following.tag == w("p"):
            following_format = _paragraph_format(styles, following)
            keep_with = min(KEEP_LINES, _lines(following, following_format, width)) * following_format.line_height()
        text_lines = _lines(child, fmt, width) if _text(child).strip() or not _page_breaks(child) else 0
        start = layout.place(fmt, text_lines, keep_with) if text_lines else layout.page
        for bookmark in child.iter(w("bookmarkStart")):
            pages.setdefault(bookmark.get(w("name")), start)
        for _ in range(_page_breaks(child)):
            layout.new_page()
    return pages


def _cell_height(styles: _Styles, cell: etree._Element, table_width: float) -> float:
    width_element = cell.find(f"{w('tcPr')}/{w('tcW')}")
    cell_width = table_width / 2
    if width_element is not None and width_element.get(w("type")) == "dxa":
        cell_width = _twips(width_element, "w") or cell_width
    cell_width -= 11.3  # Word's default cell margins, 0.19 cm on each side
    height = 0.0
    for paragraph in cell.iter(w("p")):
        fmt = _paragraph_format(styles, paragraph)
        height += fmt.before + _lines(paragraph, fmt, cell_width) * fmt.line_height() + fmt.after
    return height


def set_page_numbers(document, pages: dict[str, int]) -> int:
    """Write ``pages`` as the cached result of each PAGEREF field; returns how many were written."""
    written = 0
    for instruction in list(document.element.body.iter(w("instrText"))):
        match = _PAGEREF.match(instruction.text or "")
        if not match or match.group(1) not in pages:
            continue
        begin_run = instruction.getparent()
        separate = begin_run.getnext()
        if separate is None or separate.find(w("fldChar")) is None:
            continue
        result = separate.getnext()
        while result is not None and result.find(w("fldChar")) is None:  # an older cached result
            following = result.getnext()
            result.getparent().remove(result)
            result = following
        run = etree.Element(w("r"))
        text = etree.SubElement(run, w("t"))
        text.text = str(pages[match.group(1)])
        separate.addnext(run)
        written += 1
    return written


def with_page_numbers(docx: bytes, pages: dict[str, int]) -> bytes:
    """The DOCX ``docx`` with ``pages`` as its PAGEREF results (the pages LibreOffice gave)."""
    from io import BytesIO

    from docx import Document

    document = Document(BytesIO(docx))
    set_page_numbers(document, pages)
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _normalised(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).casefold()


def pages_in_pdf(pdf: Path, headings: Iterable[tuple[str, str, str]]) -> dict[str, int]:
    """Bookmark -> page of each heading (bookmark, number, text) in a PDF of the draft.

    A heading is the first line, after the table of contents, that starts with its number
    and holds its title; headings come in order, so each search starts at the page of the
    previous one. A heading not found is left out (the estimate stays)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        texts = [document[index].get_textpage().get_text_range() for index in range(len(document))]
    finally:
        document.close()
    lines_per_page = [[_normalised(line) for line in text.splitlines()] for text in texts]
    headings = list(headings)
    first = _after_contents(lines_per_page, headings)
    pages: dict[str, int] = {}
    page = first
    for bookmark, number, title in headings:
        wanted_number, wanted_title = _normalised(f"{number}."), _normalised(title)
        for candidate in range(page, len(lines_per_page)):
            if any(line.startswith(wanted_number) and wanted_title in line for line in lines_per_page[candidate]):
                pages[bookmark] = candidate + 1
                page = candidate
                break
    return pages


def _after_contents(lines_per_page: list[list[str]], headings: list[tuple[str, str, str]]) -> int:
    """The index of the first page after the table of contents: the last page with entries,
    lines that hold a heading's number and title and end with a page number."""
    entries = [(_normalised(f"{number}."), _normalised(title)) for _, number, title in headings]

    def is_entry(line: str) -> bool:
        return line[-1:].isdigit() and any(line.startswith(n) and t in line for n, t in entries)

    listing = [index for index, lines in enumerate(lines_per_page)
               if sum(map(is_entry, lines)) >= min(3, len(entries))]
    return listing[-1] + 1 if listing else 0
