"""Figures written in words and in digits that disagree: "thirty (60) days", "trois (4) mois",
"twenty thousand euros (EUR 25,000)", "60 (sixty) days".

The words are added up with the usual rules (a hundred multiplies its group, a thousand
or a million closes it; "quatre-vingts" is four twenties); the number words are data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..document import Document
from ..results import Finding
from . import data, finding, pattern, register

RULE = "proofreading.figure-mismatch"
TOLERANCE = 1e-9
WORDS_REACH = 120  # characters before the digits where their words may start
DIGITS_REACH = 24


@dataclass(frozen=True)
class _Vocabulary:
    units: dict[str, int]
    hundreds: frozenset[str]
    scales: dict[str, int]
    joiners: frozenset[str]
    times_twenty_after: frozenset[str]
    digits: re.Pattern  # "(60)", "(EUR 25,000)": where a figure in words may end
    words_before: re.Pattern  # the words just before the digits
    words_inside: re.Pattern  # "60 (sixty)": the words in the parentheses
    digits_before: re.Pattern  # ... and the digits before them


@cache
def _vocabulary(lang: str) -> _Vocabulary:
    spec = data("figures")
    units = {word.lower(): value for word, value in spec["units"][lang].items()}
    hundreds = frozenset(word.lower() for word in spec["hundreds"][lang])
    scales = {word.lower(): value for word, value in spec["scales"][lang].items()}
    joiners = frozenset(spec["joiners"][lang])
    words = sorted({*units, *hundreds, *scales}, key=len, reverse=True)
    word = "(?:" + "|".join(re.escape(w) for w in words) + ")"
    joiner = "(?:" + "|".join(re.escape(j) for j in joiners) + ")"
    sequence = rf"{word}(?:(?:,?[\s-]+|\s+{joiner}\s+){word})*"
    between = pattern("figures", "between", flags=re.IGNORECASE).pattern
    return _Vocabulary(
        units=units, hundreds=hundreds, scales=scales, joiners=joiners,
        times_twenty_after=frozenset((spec.get("times_twenty_after") or {}).get(lang, [])),
        digits=pattern("figures", "digits", flags=re.IGNORECASE),
        words_before=re.compile(rf"(?<![\w-])(?P<words>{sequence})\s+{between}$", re.IGNORECASE),
        words_inside=re.compile(rf"\(\s*(?P<words>{sequence})\s*\)", re.IGNORECASE),
        digits_before=pattern("figures", "digits_first", flags=re.IGNORECASE),
    )


def words_value(text: str, vocabulary: _Vocabulary) -> int | None:
    """"twenty-five thousand" -> 25000, "quatre-vingt-dix" -> 90; None if a word is unknown."""
    total = group = 0
    previous = ""
    for word in re.split(r"[\s,-]+", text.lower()):
        if word in vocabulary.joiners:
            continue
        if word in vocabulary.units:
            value = vocabulary.units[word]
            if value == 20 and previous in vocabulary.times_twenty_after:
                group += 20 * vocabulary.units[previous] - vocabulary.units[previous]
            else:
                group += value
        elif word in vocabulary.hundreds:
            group = (group or 1) * 100
        elif word in vocabulary.scales:
            total += (group or 1) * vocabulary.scales[word]
            group = 0
        else:
            return None
        previous = word
    return total + group


def digits_value(text: str, lang: str) -> float:
    """"25,000" -> 25000, "25 000" -> 25000, "1.000.000" -> 1000000, "2,5" (French) -> 2.5."""
    text = re.sub(r"[\s\u00a0\u202f]", "", text)
    if "," in text and "." in text:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        return float(text.replace("." if decimal == "," else ",", "").replace(",", "."))
    for separator in (",", "."):
        if separator in text:
            groups = text.split(separator)
            thousands = len(groups) > 2 or (len(groups[-1]) == 3 and (separator == "," if lang == "en" else separator == "."))
            return float(text.replace(separator, "")) if thousands else float(text.replace(separator, "."))
    return float(text)


@register("figures")
def check_figures(document: Document, lang: str, report_lang: str) -> list[Finding]:
    """Parentheses holding digits or number words are rare: find them, then read what precedes."""
    vocabulary = _vocabulary(lang)
    text = document.text
    findings = []
    for match in vocabulary.digits.finditer(text):
        words = vocabulary.words_before.search(text, max(0, match.start() - WORDS_REACH), match.start())
        if words:
            _compare(document, report_lang, words.group("words"), match.group("digits"), lang, words.start(),
                     match.end(), vocabulary, findings)
    for match in vocabulary.words_inside.finditer(text):
        digits = vocabulary.digits_before.search(text, max(0, match.start() - DIGITS_REACH), match.start())
        if digits:
            _compare(document, report_lang, match.group("words"), digits.group("digits"), lang, digits.start(),
                     match.end(), vocabulary, findings)
    findings.sort(key=lambda f: (f.location.paragraph or 0, f.location.line or 0))
    return findings


def _compare(document: Document, report_lang: str, words: str, digits: str, lang: str, start: int, end: int,
             vocabulary: _Vocabulary, findings: list[Finding]) -> None:
    said, written = words_value(words, vocabulary), digits_value(digits, lang)
    if said is not None and written.is_integer() and abs(said - written) > TOLERANCE:
        findings.append(_finding(document, report_lang, start, end))


def _finding(document: Document, report_lang: str, start: int, end: int) -> Finding:
    return finding(document, RULE, report_lang, start, end, value=" ".join(document.text[start:end].split()))
