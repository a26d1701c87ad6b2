"""The Word file under review, opened with python-docx, its paragraphs numbered as the linter numbered them.

A ``Location.paragraph`` counts the paragraphs the DOCX reader kept (tables included;
tables of contents, navigation lines and empty paragraphs left out; a paragraph whose
mark was deleted merged into the next). Rather than re-implementing those rules, the
reader itself is run over python-docx's tree, remembering which ``w:p`` each block came
from, so that a comment lands on exactly the paragraph the report names.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from ..document import Block, Document, build_document
from ..errors import InputFileError
from ..review.read.docx import WORD_NAMESPACES, BodyReader, Numbering, Styles

TRANSITIONAL = WORD_NAMESPACES[0]

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument


@dataclass
class _TracedBlock(Block):
    element: etree._Element | None = None  # the w:p the block was read from


class _TracingReader(BodyReader):
    def _block(self, paragraph: etree._Element, in_table: bool) -> Block | None:
        block = super()._block(paragraph, in_table)
        return None if block is None else _TracedBlock(**vars(block), element=paragraph)


@dataclass
class WordSource:
    """The python-docx document, its model as the linter saw it, and each paragraph's w:p."""

    word: DocxDocument
    document: Document
    elements: list[etree._Element]  # elements[i] is the w:p of document.paragraphs[i]
    blocks: list[Block]  # blocks[i] is what the reader made of it (number computed by Word or not)

    def element(self, paragraph_index: int) -> etree._Element:
        """The w:p of the 1-based paragraph ``paragraph_index`` (clamped into the document)."""
        return self.elements[min(max(paragraph_index, 1), len(self.elements)) - 1]


def _related(word, relationship: str) -> etree._Element | None:
    """A part's XML, or None when the package has none (python-docx would create one)."""
    try:
        return word.part.part_related_by(relationship).element
    except KeyError:
        return None


def open_word(path: Path, shown: str) -> WordSource:
    import docx

    try:
        word = docx.Document(str(path))
    except (PackageNotFoundError, ValueError, KeyError, zipfile.BadZipFile, etree.XMLSyntaxError) as error:
        raise InputFileError(f"cannot be opened for annotation: {error}", shown) from None
    root = word.element
    if etree.QName(root).namespace != TRANSITIONAL:
        raise InputFileError("is a Strict Open XML document; save it as a standard Word document to annotate it",
                             shown)
    w = f"{{{TRANSITIONAL}}}"
    styles = Styles(_related(word, RELATIONSHIP_TYPE.STYLES), w)
    numbering = Numbering(_related(word, RELATIONSHIP_TYPE.NUMBERING), w, styles)
    blocks: list[Block] = []
    elements: list[etree._Element] = []
    last = None
    for block in _TracingReader(w, styles, numbering).blocks(root.body):
        element = getattr(block, "element", None)
        if element is not None:  # a trailing merged block has no w:p of its own: it keeps the last one
            last = element
        if block.text.strip():  # build_document drops the others: keep the two lists aligned
            blocks.append(block)
            elements.append(last)
    if not blocks:
        raise InputFileError("has no text to annotate", shown)
    return WordSource(word=word, document=build_document(shown, "docx", blocks), elements=elements, blocks=blocks)
