"""Plain-text (.txt, .text) and Markdown (.md, .markdown) readers, and the line-to-paragraph
rebuilding they share with the PDF reader.

Text arrives in any encoding and layout: UTF-16 from Windows tools, cp1252 from old
mail clients, one paragraph per line (CUAD exports) or hard-wrapped at 72 columns.
Every paragraph keeps the 1-based line where it starts, and paragraphs keep their
line breaks, so a finding can point at the exact line.
"""

from __future__ import annotations

import codecs
import re
import statistics
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ...document import Block, Document, build_document, typed_heading
from ...errors import InputFileError
from ...safe_text import visible
from . import register

BINARY = "binary file, not text"
MAX_CONTROL_SHARE = 0.02  # more control characters than this and it is not a text file
UTF16_NUL_SHARE = 0.3  # ASCII-heavy UTF-16 without BOM: every other byte is NUL
LONG_LINE = 120  # no one hard-wraps wider: a file with many such lines has a paragraph per line
LONG_LINE_SHARE = 0.1
SHORT_LINE_SHARE = 0.15  # a line ending this far (share of the text width) before the margin is short
FIT_TOLERANCE = 0.02  # slack, as a share of the text width, when asking whether a word would have fitted
INDENT_SHARE = 0.03  # a first-line indent of at least this share of the width opens a paragraph
MAX_FRONT_MATTER_LINES = 60
FONT_CHANGE = 0.15  # a relative change of font size this large starts a new block (a title, a note)
MIN_STANDALONE_HEAD = 3  # "non-", "par-": a head this long that is also a word of its own keeps its hyphen
BARE_NUMBERS = re.compile(r"^\d{1,4}(?:\s+\d{1,4})?$")  # page numbers left in the text by an extraction

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # control characters but tab, newlines, form feed


def decode(data: bytes, shown: str) -> str:
    """BOM, else UTF-16 guessed from its NUL bytes, else strict UTF-8, else cp1252."""
    text = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom):], encoding, shown)
            break
    else:
        nuls = data.count(0)
        if nuls > UTF16_NUL_SHARE * len(data):
            even, odd = data[0::2].count(0), data[1::2].count(0)
            encoding = "utf-16-be" if even > odd else "utf-16-le"
            if max(even, odd) < 0.9 * nuls:
                raise InputFileError(BINARY, shown)
            text = _strict(data, encoding, shown)
        elif nuls:
            raise InputFileError(BINARY, shown)
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = _mostly_utf8(data, shown)
    if len(_CONTROL.findall(text)) > MAX_CONTROL_SHARE * max(len(text), 1) or "\x00" in text:
        raise InputFileError(BINARY, shown)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    return unicodedata.normalize("NFC", text)


def _mostly_utf8(data: bytes, shown: str) -> str:
    """UTF-8 with a few stray bytes (a Latin-1 ``é`` pasted in) stays UTF-8, the strays replaced
    with a warning: re-decoding it all as cp1252 would turn every accent into mojibake."""
    text = data.decode("utf-8", errors="replace")
    strays = text.count("\ufffd") - data.count("\ufffd".encode())
    if len(_UTF8_SEQUENCE.findall(data)) < strays:
        return _strict(data, "cp1252", shown)  # no more real UTF-8 than errors: a cp1252 file
    print(f"clausekit: warning: {visible(shown)}: {strays} byte(s) that are not UTF-8 replaced by \ufffd",
          file=sys.stderr)
    return text


def _strict(data: bytes, encoding: str, shown: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise InputFileError(BINARY, shown) from None


# ---------------------------------------------------------------- lines -> paragraphs

@dataclass
class Line:
    """One physical line of a text file or a PDF page."""

    text: str  # without the layout indentation
    number: int | None = None  # 1-based line in the file (text formats)
    page: int | None = None  # 1-based page (PDF)
    indent: float = 0.0  # left edge: characters in a text file, points in a PDF
    right: float = 0.0  # right edge, same unit
    gap_before: bool = False  # a blank line or a wide vertical gap precedes it
    size: float = 0.0  # font size (PDF); 0 when unknown
    baseline: float = 0.0  # height of the baseline on the page (PDF), growing upwards


_SENTENCE_END = (".", "!", "?", ":", ";", "»", ".”", '."', ".)", "…")
_BULLET_START = re.compile(r"^[•▪◦●■►▸]")  # a bullet glyph always opens a list item
# A line that may open a list item or a clause: "a)", "(ii)", "1.", "3.2", "-", "ARTICLE 5".
_ITEM_START = re.compile(
    r"^(?:[-–*]\s+|\(?(?:[a-zA-Z]|[ivxlcIVXLC]{1,5}|\d{1,3})\)\s+|\d{1,3}(?:\.\d{1,3})*\.?\s+\S"
    r"|(?:ARTICLE|Article|Art\.|ART\.|CLAUSE|Clause|SECTION|Section|CHAPITRE|Chapitre|ANNEXE|Annexe|SCHEDULE|Schedule)\s*[\dIVXLC])"
)
_WORD = re.compile(r"\w+(?:-\w+)*")
_HYPHENATED_END = re.compile(r"(\w+(?:-\w+)*)-$")
_FIRST_WORD = re.compile(r"^(\w+)(.*)$", re.DOTALL)


@dataclass(frozen=True)
class Vocabulary:
    """The document's own words: the evidence for mending a word hyphenated at a line end."""

    words: frozenset[str]  # lower-cased, hyphenated compounds kept whole
    prefixes: frozenset[str]  # first elements of the document's hyphenated compounds: "co", "sous"


def vocabulary_of(texts: Iterable[str]) -> Vocabulary:
    words = frozenset(word.lower() for text in texts for word in _WORD.findall(text))
    return Vocabulary(words, frozenset(word.split("-", 1)[0] for word in words if "-" in word))


def join_hyphenated(head: str, tail: str, vocabulary: Vocabulary) -> str:
    """A word split at a line end as "head-" + "tail": "termination", but "co-branding" when the
    document writes it so, and "Sous-Traitant", "est-à-dire", "2019-2020" whose hyphen is real."""
    compound, joined = f"{head}-{tail}", f"{head}{tail}"
    words = vocabulary.words
    if compound.lower() in words and joined.lower() not in words:
        return compound
    if joined.lower() in words:
        return joined
    if tail[:1].isupper() or tail[:1].isdigit() or head[-1:].isdigit() or "-" in head:
        return compound
    if head.lower() in vocabulary.prefixes:
        return compound
    if len(head) >= MIN_STANDALONE_HEAD and head.lower() in words:
        return compound  # "non-", "client-": a word of its own, not a syllable
    return joined


def paragraphs_from_lines(lines: list[Line], separator: str) -> list[Block]:
    """Join the lines of each paragraph; split on gaps, bullets, font changes, lines that end
    early (the next word would have fitted), first-line indents after a sentence, list items
    and numbered clauses; undo end-of-line hyphenation."""
    vocabulary = vocabulary_of(_HYPHENATED_END.sub("", line.text) for line in lines)
    pages = {line.page for line in lines}
    layouts = {page: _Layout.of([line for line in lines if line.page == page]) for page in pages}
    blocks: list[Block] = []
    current: list[Line] = []
    text = ""
    for line in lines:
        if current and layouts[line.page].starts_paragraph(current[-1], line):
            blocks.append(_block(current, text))
            current = []
        if not current:
            current, text = [line], line.text
            continue
        text = _join(text, line.text, separator, vocabulary)
        current.append(line)
    if current:
        blocks.append(_block(current, text))
    return blocks


@dataclass
class _Layout:
    """The text block of a page (or a whole text file): where lines start and end."""

    margin: float  # right edge of a full line
    width: float

    @classmethod
    def of(cls, lines: list[Line]) -> _Layout:
        left = statistics.median_low(round(line.indent) for line in lines)
        rights = sorted(line.right for line in lines)
        margin = rights[int(0.9 * (len(rights) - 1))]
        return cls(margin=margin, width=max(margin - left, 1.0))

    def ended_early(self, previous: Line, line: Line) -> bool:
        """The first word of ``line`` would have fitted on ``previous``: its end was chosen."""
        char_width = (previous.right - previous.indent) / max(len(previous.text), 1)
        first_word = len(line.text.split(None, 1)[0])
        return previous.right + char_width * (first_word + 1) < self.margin - FIT_TOLERANCE * self.width

    def starts_paragraph(self, previous: Line, line: Line) -> bool:
        if line.gap_before or _BULLET_START.match(line.text):
            return True
        if previous.size and line.size and abs(line.size - previous.size) > FONT_CHANGE * previous.size:
            return True
        ends_sentence = previous.text.rstrip().endswith(_SENTENCE_END)
        early = self.ended_early(previous, line)
        if (ends_sentence or early) and _ITEM_START.match(line.text):
            return True
        if ends_sentence and (early or line.indent > previous.indent + INDENT_SHARE * self.width):
            return True
        # A line that ends early closes its paragraph (or is a title), unless the next line is
        # short too and unfinished: the rest of a title wrapped over two lines.
        title_tail = (line.right < self.margin - SHORT_LINE_SHARE * self.width
                      and not line.text.rstrip().endswith(_SENTENCE_END))
        return early and not title_tail


def _join(text: str, following: str, separator: str, vocabulary: Vocabulary) -> str:
    """Append a line, mending a word hyphenated across the line end (moved up whole, so that
    line numbers stay right)."""
    hyphenated = _HYPHENATED_END.search(text)
    first = _FIRST_WORD.match(following)
    if hyphenated and first:
        word = join_hyphenated(hyphenated.group(1), first.group(1), vocabulary)
        rest = first.group(2).lstrip()
        return text[:hyphenated.start()] + word + (separator + rest if rest else "")
    return text + separator + following


def _block(lines: list[Line], text: str) -> Block:
    return Block(text=text, page=lines[0].page, line=lines[0].number)


def _layout_lines(text: str) -> list[Line]:
    """The file's non-blank lines, indentation measured then stripped, blank lines as gaps."""
    lines = []
    gap = False
    for number, raw in enumerate(text.split("\n"), start=1):
        expanded = raw.expandtabs(4).rstrip()
        if not expanded.strip():
            gap = True
            continue
        indent = len(expanded) - len(expanded.lstrip())
        lines.append(Line(text=expanded.strip(), number=number, indent=indent, right=len(expanded), gap_before=gap))
        gap = False
    return lines


_LAYOUT_RUN = re.compile(r" {3,}")  # where an extraction flattened the original line breaks


def _split_layout_runs(text: str) -> list[str]:
    """Split a flattened line (CUAD puts whole pages on one line) where a run of spaces
    follows a finished sentence or a title and precedes what opens a paragraph."""
    parts = _LAYOUT_RUN.split(text)
    paragraphs = [parts[0]]
    for part in parts[1:]:
        before = paragraphs[-1]
        opens = part[:1].isupper() or part[:1].isdigit() or part[:1] in "(“\"[" or _BULLET_START.match(part)
        if opens and (before.endswith(_SENTENCE_END) or typed_heading(before) is not None):
            paragraphs.append(part)
        else:
            paragraphs[-1] = f"{before} {part}"
    return paragraphs


@register(".txt", ".text")
def read_text(file: Path, shown: str) -> Document:
    text = decode(file.read_bytes(), shown)
    lines = _layout_lines(text)
    long_lines = sum(1 for line in lines if line.right > LONG_LINE)
    if long_lines > LONG_LINE_SHARE * len(lines):  # a paragraph per line, or a page per line
        blocks = [Block(text=part, line=line.number) for line in lines for part in _split_layout_runs(line.text)]
    else:
        blocks = paragraphs_from_lines(lines, "\n")
    return build_document(shown, "text", [block for block in blocks if not BARE_NUMBERS.match(block.text)])


# ---------------------------------------------------------------- Markdown

_ATX_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT_1 = re.compile(r"^\s{0,3}=+\s*$")
_SETEXT_2 = re.compile(r"^\s{0,3}-+\s*$")
_THEMATIC_BREAK = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_DIV_FENCE = re.compile(r"^\s*:::")  # pandoc / Docusaurus admonitions
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|(?P<number>\d{1,9})[.)])(?:\s+(?P<text>.*))?$")
_TASK_BOX = re.compile(r"^\[[ xX]\]\s+")
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_DELIMITER = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_SIMPLE_TABLE_BORDER = re.compile(r"^\s*-{3,}(?:\s+-{3,})+\s*$")  # pandoc simple tables
_QUOTE = re.compile(r"^\s*>\s?")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_NAVIGATION_ITEM = re.compile(r"^\s*\[[^\]]*\]\(#[^)]*\)\s*$")  # a table-of-contents entry
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_STRONG = re.compile(r"\*\*|__")
# "**Pilot.** The Products shall first be offered ...": an unnumbered bold run-in title is the
# heading of the paragraph it opens (a numbered one, "**6.4 Return.**", is read by its number).
_BOLD_RUN_IN = re.compile(r"^(\*\*|__)(?P<title>[^\W\d_][^*_\n]{0,60}?)[.:]\1\s+(?P<body>\S.*)$")
RUN_IN_TITLE_WORDS = 8
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)|(?<=\S)_(?!\w)")
_ESCAPED_BASE = 0xF0000  # escaped characters wait in a private-use plane while markers are stripped
_ESCAPED = re.compile(f"[{chr(_ESCAPED_BASE)}-{chr(_ESCAPED_BASE + 127)}]")


def _inline(text: str) -> str:
    """Markdown inline syntax -> the words a reader sees."""
    text = _ESCAPE.sub(lambda m: chr(_ESCAPED_BASE + ord(m.group(1))), text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    text = _STRONG.sub("", text).replace("`", "")
    text = _EMPHASIS.sub("", text)
    return _ESCAPED.sub(lambda m: chr(ord(m.group(0)) - _ESCAPED_BASE), text)


def _strip_front_matter(lines: list[str]) -> None:
    """Blank out a YAML front matter block (keeping the line count)."""
    if not lines or lines[0].strip() != "---":
        return
    for end in range(1, min(len(lines), MAX_FRONT_MATTER_LINES)):
        if lines[end].strip() in ("---", "..."):
            for i in range(end + 1):
                lines[i] = ""
            return


class _MarkdownBlocks:
    """Line-by-line Markdown block parser: headings, paragraphs, list items, table rows."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.lines: list[str] = []  # the open paragraph or list item
        self.first_line = 0
        self.number: str | None = None
        self.is_list_item = False

    def flush(self) -> None:
        if self.lines:
            raw = "\n".join(self.lines)
            if not (self.is_list_item and _NAVIGATION_ITEM.match(raw)):
                self.blocks.append(Block(text=_inline(raw), line=self.first_line, number=self.number))
        self.lines, self.number, self.is_list_item = [], None, False

    def open(self, text: str, line: int, number: str | None = None, is_list_item: bool = False) -> None:
        self.flush()
        self.lines, self.first_line, self.number, self.is_list_item = [text], line, number, is_list_item

    def add(self, block: Block) -> None:
        self.flush()
        self.blocks.append(block)


def markdown_blocks(text: str) -> list[Block]:
    text = _HTML_COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    source = text.split("\n")
    _strip_front_matter(source)
    out = _MarkdownBlocks()
    fence: str | None = None
    in_simple_table = False
    for number, raw in enumerate(source, start=1):
        line = raw.rstrip()
        fence_match = _FENCE.match(line)
        if fence is not None:  # code: kept as written, as one paragraph
            if fence_match and fence_match.group(1) == fence:
                fence = None
                out.flush()
            elif out.lines:
                out.lines.append(line)
            else:
                out.open(line, number)
            continue
        if fence_match:
            fence = fence_match.group(1)
            out.flush()
            continue
        if not line.strip() or _DIV_FENCE.match(line):
            out.flush()
            continue
        if _SIMPLE_TABLE_BORDER.match(line):
            in_simple_table = not in_simple_table
            out.flush()
            continue
        if in_simple_table:
            cells = [c for c in re.split(r"\s{2,}", line.strip()) if c]
            out.add(Block(text=_inline(" | ".join(cells)), line=number, in_table=True))
            continue
        heading = _ATX_HEADING.match(line)
        if heading:
            out.add(Block(text=_inline(heading.group(2)), line=number, heading_level=len(heading.group(1))))
            continue
        underline = _SETEXT_1.match(line) or _SETEXT_2.match(line)
        if underline and out.lines and not out.is_list_item and len(out.lines) == 1:
            level = 1 if "=" in line else 2
            title, first = out.lines[0], out.first_line
            out.lines = []
            out.add(Block(text=_inline(title.strip()), line=first, heading_level=level))
            continue
        if _THEMATIC_BREAK.match(line):
            out.flush()
            continue
        if _PIPE_ROW.match(line):
            if not _PIPE_DELIMITER.match(line):
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                out.add(Block(text=_inline(" | ".join(c for c in cells if c)), line=number, in_table=True))
            else:
                out.flush()
            continue
        line = _QUOTE.sub("", line)
        item = _LIST_ITEM.match(line)
        if item and (item.group("text") or "").strip():
            item_text = _TASK_BOX.sub("", item.group("text").strip())
            out.open(item_text, number, item.group("number"), is_list_item=True)
            continue
        if out.lines:
            out.lines.append(line.strip())
            continue
        run_in = _BOLD_RUN_IN.match(line.strip())
        if run_in and len(run_in.group("title").split()) <= RUN_IN_TITLE_WORDS:
            out.add(Block(text=_inline(run_in.group("title").strip()), line=number, heading_level=2))
            out.open(run_in.group("body"), number)
        else:
            out.open(line.strip(), number)
    out.flush()
    return out.blocks


@register(".md", ".markdown")
def read_markdown(file: Path, shown: str) -> Document:
    return build_document(shown, "markdown", markdown_blocks(decode(file.read_bytes(), shown)))
