"""Numbers written in words or digits, French and English: the one parser of clausekit.

"quatre-vingt-dix" = 90, "quatre-vingt-onze" = 91, "soixante et onze" = 71,
"one hundred and twenty" = 120, "two thousand five hundred" = 2500, "1 200" = 1200
(spaces, no-break and narrow no-break spaces group thousands). The rule value reader
(``analysis/values.py``) and proofreading (``proofread/figures.py``) both read numbers here.

Words are added up as they are spoken: a unit or a ten adds to its group, "hundred" /
"cent" multiplies the group, a scale ("thousand", "mille", "million") closes it. A
sequence that no one would say ("ten twelve", "five hundred hundred") is not a number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_UNITS = {
    "en": {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
           "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
           "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90},
    "fr": {"zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
           "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
           "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
           "cinquante": 50, "soixante": 60, "septante": 70, "octante": 80, "huitante": 80, "nonante": 90},
}
_HUNDREDS = {"en": ("hundred",), "fr": ("cent", "cents")}
_SCALES = {
    "en": {"thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000},
    "fr": {"mille": 1000, "million": 1_000_000, "millions": 1_000_000, "milliard": 1_000_000_000,
           "milliards": 1_000_000_000},
}
_JOINERS = {"en": ("and",), "fr": ("et",)}
# "quatre-vingts": vingt multiplies the "quatre" just before it.
_TIMES_TWENTY_AFTER = {"en": (), "fr": ("quatre",)}
# After a ten, what may still be added: "soixante-dix-sept", "quatre-vingt-onze" (twenties
# count to nineteen in French), "dix-sept"; after any other unit, nothing.
_TENS_SPAN = {60: 20, 80: 20, 10: 10}
_EMPTY_GROUP = 1000

DIGITS = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])|\d+(?:[.,]\d+)*"


@dataclass(frozen=True)
class Vocabulary:
    units: dict[str, int]
    hundreds: frozenset[str]
    scales: dict[str, int]
    joiners: frozenset[str]
    times_twenty_after: frozenset[str]

    @property
    def words(self) -> frozenset[str]:
        return frozenset({*self.units, *self.hundreds, *self.scales})


@cache
def vocabulary(lang: str | None = None) -> Vocabulary:
    """The number words of one language, or of both when ``lang`` is None."""
    langs = (lang,) if lang else tuple(_UNITS)
    return Vocabulary(
        units={w: v for code in langs for w, v in _UNITS[code].items()},
        hundreds=frozenset(w for code in langs for w in _HUNDREDS[code]),
        scales={w: v for code in langs for w, v in _SCALES[code].items()},
        joiners=frozenset(w for code in langs for w in _JOINERS[code]),
        times_twenty_after=frozenset(w for code in langs for w in _TIMES_TWENTY_AFTER[code]),
    )


@cache
def words_pattern(lang: str | None = None) -> str:
    """A regex (no groups) for a run of number words: "quatre-vingt-dix", "one hundred and twenty"."""
    vocab = vocabulary(lang)
    word = "(?:" + "|".join(re.escape(w) for w in sorted(vocab.words, key=len, reverse=True)) + r")(?![\w])"
    joiner = "(?:" + "|".join(re.escape(j) for j in sorted(vocab.joiners)) + ")"
    return rf"(?<![\w-]){word}(?:(?:,?[\s-]+|\s+{joiner}\s+){word})*"


def parse_words(text: str, lang: str | None = None) -> int | None:
    """"twenty-five thousand" -> 25000, "quatre-vingt-dix" -> 90; None if not a number as spoken."""
    vocab = vocabulary(lang)
    total = group = 0
    room = _EMPTY_GROUP  # what the group may still receive
    last_scale = None
    previous = ""
    hundred_in_group = False
    words = [w for w in re.split(r"[\s,\-\u00a0\u202f]+", text.strip().lower()) if w]
    if not words or words[0] in vocab.joiners or words[-1] in vocab.joiners:
        return None
    for word in words:
        if word in vocab.joiners:
            previous = word
            continue
        if word in vocab.units:
            value = vocab.units[word]
            if value == 20 and previous in vocab.times_twenty_after:
                group += 20 * vocab.units[previous] - vocab.units[previous]
                room = _TENS_SPAN[80]
            elif value < room:
                group += value
                room = _TENS_SPAN.get(value, 10 if value >= 20 and value % 10 == 0 else 0)
            else:
                return None
        elif word in vocab.hundreds:
            if hundred_in_group or group >= 100:
                return None
            group = (group or 1) * 100
            hundred_in_group, room = True, 100
        elif word in vocab.scales:
            scale = vocab.scales[word]
            if last_scale is not None and scale >= last_scale:
                return None
            total += (group or 1) * scale
            group, room, last_scale, hundred_in_group = 0, _EMPTY_GROUP, scale, False
        else:
            return None
        previous = word
    return total + group


def parse_digits(text: str, lang: str | None = None) -> float:
    """"25,000" -> 25000, "1 200" -> 1200, "1.000.000" -> 1000000, "2,5" -> 2.5.

    A lone separator followed by three digits groups thousands when it is the language's
    thousands separator ("," in English, "." in French); without a language, always.
    """
    text = re.sub(r"[\s\u00a0\u202f]", "", text)
    if "," in text and "." in text:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        return float(text.replace("." if decimal == "," else ",", "").replace(",", "."))
    for separator in (",", "."):
        if separator in text:
            groups = text.split(separator)
            thousands_separator = {"en": ",", "fr": "."}.get(lang or "", separator)
            thousands = len(groups) > 2 or (len(groups[-1]) == 3 and separator == thousands_separator)
            return float(text.replace(separator, "")) if thousands else float(text.replace(separator, "."))
    return float(text)


def parse_number(text: str, lang: str | None = None) -> float | None:
    """Digits or words: "1 200" -> 1200, "thirty" -> 30, "quatre-vingt-onze" -> 91; None otherwise."""
    text = text.strip()
    if re.fullmatch(DIGITS, text):
        return parse_digits(text, lang)
    value = parse_words(text, lang)
    return None if value is None else float(value)


def parse_words_tail(text: str, lang: str | None = None) -> int | None:
    """The number that ends a run of words: "un et deux" -> 2, "ten twelve" -> 12 (a run
    a regex found may start with a number of its own: "one or two" never, "un et deux" does)."""
    words = text.split()
    for start in range(len(words)):
        value = parse_words(" ".join(words[start:]), lang)
        if value is not None:
            return value
    return None
