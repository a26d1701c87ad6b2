"""Passages found by punctuation, without a parse: the bounds of the sentence around a match, and a
passage on one line for quoting. The locator and the facts meet many candidates, most discarded, so
they cut sentences this way; what is judged is split by spaCy (``sentences``)."""

from __future__ import annotations

import re

SENTENCE_REACH = 400  # how far to look on either side of a match for the ends of its sentence
QUOTE_LIMIT = 300
_SENTENCE_END = re.compile(r"[.;!?](?=\s)|\n\s*\n")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding text[start:end], found by its punctuation."""
    before = text[max(0, start - SENTENCE_REACH):start]
    ends = list(_SENTENCE_END.finditer(before))
    first = start - len(before) + ends[-1].end() if ends else max(0, start - SENTENCE_REACH)
    after = _SENTENCE_END.search(text, end, min(len(text), end + SENTENCE_REACH))
    return first, after.end() if after else min(len(text), end + SENTENCE_REACH)


def quote(text: str) -> str:
    """A passage on one line, at most QUOTE_LIMIT characters."""
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_LIMIT else text[: QUOTE_LIMIT - 1].rstrip() + "…"
