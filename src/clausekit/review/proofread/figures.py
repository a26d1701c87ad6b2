"""Figures written in words and in digits that disagree: "thirty (60) days", "trois (4) mois",
"twenty thousand euros (EUR 25,000)", "60 (sixty) days".

The words and the digits are read by ``analysis/numbers.py``, the parser the rules'
value reader uses too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...document import Document
from ...results import Finding
from ..segment import numbers
from . import finding, pattern, register

RULE = "proofreading.figure-mismatch"
TOLERANCE = 1e-9
WORDS_REACH = 120  # characters before the digits where their words may start
DIGITS_REACH = 24


@dataclass(frozen=True)
class _Patterns:
    digits: re.Pattern  # "(60)", "(EUR 25,000)": where a figure in words may end
    words_before: re.Pattern  # the words just before the digits
    words_inside: re.Pattern  # "60 (sixty)": the words in the parentheses
    digits_before: re.Pattern  # ... and the digits before them


@cache
def _patterns(lang: str) -> _Patterns:
    sequence = numbers.words_pattern(lang)
    between = pattern("figures", "between", flags=re.IGNORECASE).pattern
    return _Patterns(
        digits=pattern("figures", "digits", flags=re.IGNORECASE),
        words_before=re.compile(rf"(?P<words>{sequence})\s+{between}$", re.IGNORECASE),
        words_inside=re.compile(rf"\(\s*(?P<words>{sequence})\s*\)", re.IGNORECASE),
        digits_before=pattern("figures", "digits_first", flags=re.IGNORECASE),
    )


@register("figures")
def check_figures(document: Document, lang: str, report_lang: str) -> list[Finding]:
    """Parentheses holding digits or number words are rare: find them, then read what precedes."""
    patterns = _patterns(lang)
    text = document.text
    findings: list[Finding] = []
    for match in patterns.digits.finditer(text):
        words = patterns.words_before.search(text, max(0, match.start() - WORDS_REACH), match.start())
        if words:
            _compare(document, report_lang, words.group("words"), match.group("digits"), lang, words.start(),
                     match.end(), findings)
    for match in patterns.words_inside.finditer(text):
        digits = patterns.digits_before.search(text, max(0, match.start() - DIGITS_REACH), match.start())
        if digits:
            _compare(document, report_lang, match.group("words"), digits.group("digits"), lang, digits.start(),
                     match.end(), findings)
    findings.sort(key=lambda f: (f.location.paragraph or 0, f.location.line or 0) if f.location else (0, 0))
    return findings


def _compare(document: Document, report_lang: str, words: str, digits: str, lang: str, start: int, end: int,
             findings: list[Finding]) -> None:
    said, written = numbers.parse_words(words, lang), numbers.parse_digits(digits, lang)
    if said is not None and written.is_integer() and abs(said - written) > TOLERANCE:
        findings.append(_finding(document, report_lang, start, end))


def _finding(document: Document, report_lang: str, start: int, end: int) -> Finding:
    return finding(document, RULE, report_lang, start, end, value=" ".join(document.text[start:end].split()))
