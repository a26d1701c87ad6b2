"""PDF reader on pypdfium2 (PDFium): text lines with their position, cleaned into paragraphs.

A PDF has no paragraphs, only positioned lines. The reader drops running headers,
footers and page numbers (lines repeated at the top or bottom of most pages), then
rebuilds paragraphs from vertical gaps, short last lines, indents, list items and
typed headings, and undoes end-of-line hyphenation. Every paragraph keeps its page.
pypdfium2 was measured against pypdf on the corpus (benchmarks/bench_pdf_engines.py):
the same words, about ten times faster.
"""

from __future__ import annotations

import ctypes
import re
import statistics
import unicodedata
import zlib
from collections import Counter
from itertools import pairwise
from pathlib import Path

from typing import TYPE_CHECKING

from ...document import Document, build_document
from ...errors import InputFileError
from ...file_safety import describe, sniff
from ..deadline import check_deadline
from . import register
if TYPE_CHECKING:
    import pypdfium2
from .text import BARE_NUMBERS, Line, join_hyphenated, paragraphs_from_lines, vocabulary_of

CORRUPT = "not a valid PDF (corrupt)"
ENCRYPTED = "encrypted PDF: remove the password protection first"
NO_TEXT = "no text layer: run OCR first"
MAX_PAGES = 2000  # bounds memory and time; no contract is longer
# What the compressed streams may inflate to before PDFium is given the file: PDFium holds a
# page's whole content stream, and more, in memory, so a 1 MB file inflating to 1 GB took 2 GB.
MAX_INFLATED_STREAM = 128 * 1024 * 1024
MAX_INFLATED_TOTAL = 512 * 1024 * 1024
_INFLATE_CHUNK = 8 * 1024 * 1024
_STREAM_START = re.compile(rb"(?<!end)stream\r?\n")
_DICTIONARY_REACH = 4096  # bytes before "stream" where its dictionary (and its /Filter) starts
MIN_CHARS_PER_PAGE = 20  # below this on average the pages are images (a scan)
MARGIN_LINES = 3  # running headers and footers sit among the top and bottom lines of a page
REPEATED_SHARE = 0.5  # a margin line found on at least this share of the pages is a running header
MIN_LETTERS_ANYWHERE = 8  # a running line this wordy is dropped wherever it appears
GAP_FACTOR = 1.3  # a line spacing this much wider than usual separates paragraphs
# PDFium joins a word hyphenated at a line end into one line and marks the join with U+FFFE;
# it may also return U+0002 or a soft hyphen for a hyphen at a line end.
_LINE_END_HYPHEN = "\ufffe"
_HYPHEN_MARKS = str.maketrans({"\x02": "-", "\u00ad": "-"})
_JOINED_WORD = re.compile(r"(\w+(?:-\w+)*)\ufffe(\w+)")
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})
# "3", "- 3 -", "[3]", "3/20", "3 / 20", "Page 3", "Page 3 of 20", "page 3 sur 20", "p. 3".
_PAGE_NUMBER = re.compile(
    r"^\s*(?:(?:page|pages|p\.|pg\.?)\s*)?[-–—(\[]?\s*\d{1,4}\s*[-–—)\]]?\s*(?:(?:/|of|sur|de|von)\s*\d{1,4})?\s*$",
    re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_LETTERS = re.compile(r"[^\W\d_]")
_BULLET = re.compile(r"^[•●▪◦■►▸]\s*")  # list glyphs: Word's bullets are not text either
_TOC_LEADER = re.compile(r"(?:\.\s?){5,}\s*\d{1,4}\s*$|…{2,}\s*\d{1,4}\s*$")


@register(".pdf")
def read_pdf(file: Path, shown: str) -> Document:
    kind = sniff(file)
    if kind != "pdf":
        raise InputFileError(f"not a valid PDF: the file is {describe(kind)}" if kind else CORRUPT, shown)
    data = file.read_bytes()  # read once: measured here, then handed to PDFium
    _check_inflation(data, shown)
    import pypdfium2  # imported here: linting DOCX and text files should not pay for it
    import pypdfium2.raw as pdfium_c

    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        if error.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise InputFileError(ENCRYPTED, shown) from None
        raise InputFileError(CORRUPT, shown) from None
    try:
        page_count = len(pdf)
        if page_count == 0:
            raise InputFileError(f"{CORRUPT}: no pages", shown)
        if page_count > MAX_PAGES:
            raise InputFileError(f"too many pages ({page_count}; limit {MAX_PAGES})", shown)
        pages = []
        characters = 0
        for index in range(page_count):
            check_deadline()
            lines, count = _page_lines(pdf, index, shown)
            pages.append(lines)
            characters += count
    finally:
        pdf.close()
    if characters < MIN_CHARS_PER_PAGE * page_count:
        raise InputFileError(NO_TEXT, shown)
    lines = _without_running_lines(pages)
    _mark_gaps(lines)
    _mend_hyphenation(lines)
    blocks = []
    for block in paragraphs_from_lines(lines, " "):
        block.text = _BULLET.sub("", block.text)
        if not BARE_NUMBERS.match(block.text):  # page numbers printed inside the text block
            blocks.append(block)
    return build_document(shown, "pdf", blocks, pages=page_count)


def _check_inflation(raw: bytes, shown: str) -> None:
    """Refuse a PDF whose Flate streams inflate beyond the bounds, measured by inflating each
    one chunk by chunk (never more than a chunk in memory) before PDFium sees the file."""
    data, total = memoryview(raw), 0  # raw is bounded by the readers' MAX_INPUT_BYTES
    for match in _STREAM_START.finditer(raw):
        dictionary = raw[max(0, match.start() - _DICTIONARY_REACH):match.start()]
        dictionary = dictionary[dictionary.rfind(b"<<"):]
        if not re.search(rb"/Fl(?:ateDecode)?\b", dictionary):
            continue
        end = raw.find(b"endstream", match.end())
        end = len(raw) if end < 0 else end
        size = _inflated_size(data[match.end():end], MAX_INFLATED_STREAM)
        total += size
        if size > MAX_INFLATED_STREAM:
            raise InputFileError(f"refused: a compressed stream inflates to more than {MAX_INFLATED_STREAM >> 20} MiB "
                                 "(a PDF bomb?)", shown)
        if total > MAX_INFLATED_TOTAL:
            raise InputFileError(f"refused: the compressed streams inflate to more than {MAX_INFLATED_TOTAL >> 20} MiB "
                                 "in all (a PDF bomb?)", shown)


def _inflated_size(stream: memoryview, limit: int) -> int:
    """How many bytes ``stream`` inflates to, counting stops just past ``limit``."""
    inflater, size, pending = zlib.decompressobj(), 0, stream
    while pending and not inflater.eof and size <= limit:
        try:
            size += len(inflater.decompress(pending, _INFLATE_CHUNK))
        except zlib.error:
            break  # a damaged stream: PDFium decides what to make of it
        pending = memoryview(inflater.unconsumed_tail)
    return size


def _page_lines(pdf: pypdfium2.PdfDocument, index: int, shown: str) -> tuple[list[Line], int]:
    """The page's lines in PDFium's reading order with their geometry, and its visible characters."""
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    try:
        page = pdf[index]
        textpage = page.get_textpage()
    except pypdfium2.PdfiumError:
        raise InputFileError(f"{CORRUPT}: page {index + 1} cannot be read", shown) from None
    try:
        text = _page_text(textpage)
        x, y = ctypes.c_double(), ctypes.c_double()
        box = [ctypes.c_double() for _side in range(4)]  # left, right, bottom, top
        lines = []
        visible = 0
        position = 0  # one character per character index; lines end with CRLF
        for raw_line in text.split("\r\n"):
            content = raw_line.strip()
            if content and not _TOC_LEADER.search(content):  # a table-of-contents line repeats a heading
                first = position + len(raw_line) - len(raw_line.lstrip())
                last = position + len(raw_line.rstrip()) - 1
                pdfium_c.FPDFText_GetCharOrigin(textpage.raw, first, x, y)
                pdfium_c.FPDFText_GetCharBox(textpage.raw, first, *box)
                left = box[0].value
                pdfium_c.FPDFText_GetCharBox(textpage.raw, last, *box)
                lines.append(Line(
                    text=unicodedata.normalize("NFC", content.translate(_HYPHEN_MARKS).translate(_LIGATURES)),
                    page=index + 1, indent=left, right=box[1].value,
                    size=pdfium_c.FPDFText_GetFontSize(textpage.raw, first), baseline=y.value))
            visible += sum(1 for c in content if not c.isspace())
            position += len(raw_line) + 2
        return lines, visible
    finally:
        textpage.close()
        page.close()


def _page_text(textpage: pypdfium2.PdfTextPage) -> str:
    """The page text with exactly one character per PDFium character index."""
    count = textpage.count_chars()
    text = textpage.get_text_range()
    if len(text) == count:
        return text
    # Rare: characters outside the BMP or excluded ones shifted the text; read it one by one.
    import pypdfium2.raw as pdfium_c

    codes = (pdfium_c.FPDFText_GetUnicode(textpage.raw, i) for i in range(count))
    return "".join("\ufffd" if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF else chr(code) for code in codes)


def _without_running_lines(pages: list[list[Line]]) -> list[Line]:
    """Drop page numbers and the lines repeated in the top or bottom margin of most pages."""
    margins: list[set[int]] = []
    seen_on: Counter[str] = Counter()
    for lines in pages:
        by_height = sorted(range(len(lines)), key=lambda i: -lines[i].baseline)
        margin = set(by_height[:MARGIN_LINES]) | set(by_height[-MARGIN_LINES:])
        margins.append(margin)
        seen_on.update({_shape(lines[i].text) for i in margin})
    repeated_at = max(2, REPEATED_SHARE * len(pages))
    running = {shape for shape, pages_seen in seen_on.items() if pages_seen >= repeated_at}
    kept = []
    for lines, margin in zip(pages, margins, strict=True):
        for i, line in enumerate(lines):
            shape = _shape(line.text)
            if i in margin and (_PAGE_NUMBER.match(line.text) or shape in running):
                continue
            if shape in running and len(_LETTERS.findall(shape)) >= MIN_LETTERS_ANYWHERE:
                continue  # the running header again, where a cover page or a table moved it
            kept.append(line)
    return kept


def _shape(text: str) -> str:
    """A line with its numbers blanked, so "Page 3 of 20" and "Page 4 of 20" compare equal."""
    return _DIGITS.sub("#", " ".join(text.lower().split()))


def _mark_gaps(lines: list[Line]) -> None:
    """Set gap_before where the line spacing, relative to the font size, is wider than usual,
    or where the text jumps back up the page (a new column or block)."""
    neighbours = [(previous, line) for previous, line in pairwise(lines) if previous.page == line.page]
    ratios = [(previous.baseline - line.baseline) / max(previous.size, line.size)
              for previous, line in neighbours
              if previous.size > 0 and line.size > 0
              and 0 < previous.baseline - line.baseline < 3 * max(previous.size, line.size)]
    usual = statistics.median(ratios) if ratios else 0.0
    for previous, line in neighbours:
        pitch = previous.baseline - line.baseline
        size = max(previous.size, line.size, 1.0)
        line.gap_before = pitch < -0.5 * size or (usual > 0 and pitch > GAP_FACTOR * usual * size)


def _mend_hyphenation(lines: list[Line]) -> None:
    """Resolve PDFium's line-end hyphen marks against the words the document uses elsewhere."""
    vocabulary = vocabulary_of(_JOINED_WORD.sub(" ", line.text) for line in lines)  # fragments are no evidence
    for line in lines:
        if _LINE_END_HYPHEN in line.text:
            mended = _JOINED_WORD.sub(lambda m: join_hyphenated(m.group(1), m.group(2), vocabulary), line.text)
            line.text = mended.replace(_LINE_END_HYPHEN, "-")
