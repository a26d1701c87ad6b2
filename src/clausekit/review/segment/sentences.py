"""Sentences: the unit every rule judges, split once per paragraph and shared.

spaCy splits each paragraph the rules look at (the shipped blank pipeline, or an
installed model); a clause number the sentencizer cut off ("5." / "(a)") is joined to
what follows. Every item, and any later stage, reads the same sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from ...document import Document, Paragraph
from .nlp import pipeline

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass(eq=False)
class Sentence:
    text: str
    start: int  # offset in Document.text
    span: Span  # kept for its lemmas

    @cached_property
    def lowered(self) -> str | None:
        """The text in lower case, None when lowering would shift offsets ("İ")."""
        lowered = self.text.lower()
        return lowered if len(lowered) == len(self.text) else None

    def find(self, pattern) -> re.Match | None:
        """``pattern`` (an Alternation) in this sentence, through its lowercased text when it can."""
        return pattern.search(self.text) if self.lowered is None else pattern.in_lowered(self.lowered)

    @cached_property
    def lemmas(self) -> frozenset[str]:
        """Lemmas from the shipped table; other words stand for themselves."""
        return frozenset(t.lemma_ or t.lower_ for t in self.span)


class AnalysedDocument:
    """A document, its language, and the sentences of the paragraphs asked for so far."""

    def __init__(self, document: Document, lang: str, model: str | None = None):
        self.document = document
        self.lang = lang
        self.model = model
        self._sentences: dict[int, list[Sentence]] = {}

    def sentences(self, paragraphs: list[Paragraph]) -> list[Sentence]:
        todo = [p for p in paragraphs if p.index not in self._sentences]
        if todo:
            nlp = pipeline(self.lang, self.model)
            for paragraph, doc in zip(todo, nlp.pipe(p.text for p in todo)):
                self._sentences[paragraph.index] = [
                    Sentence(chunk, paragraph.start + span.start_char, span) for span, chunk in joined_numbers(doc)
                ]
        return [s for p in paragraphs for s in self._sentences[p.index]]


_CLAUSE_NUMBER = re.compile(r"^\s*(?:\(?[0-9ivxlcIVXLC]{1,6}[.)]|\d+(?:\.\d+)*\.?|[a-zA-Z][.)])\s*$")


def joined_numbers(doc: Doc) -> list[tuple[Span, str]]:
    """Sentences and their text, with a clause number the sentencizer cut off ("5." / "(a)")
    joined to what follows. Texts are cut from the paragraph (Span.text rebuilds them token by token)."""
    text = doc.text
    spans = [(span, text[span.start_char:span.end_char]) for span in doc.sents]
    spans = [(span, chunk) for span, chunk in spans if chunk.strip()]
    joined = []
    pending = None
    for position, (span, chunk) in enumerate(spans):
        if pending is not None:
            span = doc[pending.start:span.end]
            chunk = text[span.start_char:span.end_char]
            pending = None
        if position < len(spans) - 1 and len(chunk) <= 12 and len(span) <= 4 and _CLAUSE_NUMBER.match(chunk):
            pending = span
            continue
        joined.append((span, chunk))
    if pending is not None:
        joined.append((pending, text[pending.start_char:pending.end_char]))
    return joined
