"""How a draft language writes values: numbers in words and digits, dates, durations,
amounts, percentages, lists, and French typography.

The words come from ``language.yaml``; this module holds only the rules that
combine them (French "vingt et un", "quatre-vingts", "1er mars"; British "one
hundred and five"), so that every clause renders values the same way.
"""

from __future__ import annotations

import re
import datetime
from decimal import Decimal
from functools import cache
from pathlib import Path

import yaml

from ..checklist import LANGUAGES
from ..errors import ClauseKitError
from ..typography import NARROW_NBSP, NBSP, french_typography


_WORDS_LIMIT = 1_000_000_000  # above this, numbers are written in digits only


@cache
def _language_data() -> dict:
    path = Path(__file__).with_name("language.yaml")
    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ClauseKitError(f"unknown language {lang!r}; valid: {', '.join(sorted(LANGUAGES))}")
    return lang


@cache
def language(lang: str) -> Language:
    check_language(lang)
    return Language(lang, _language_data()[lang])


class Language:
    """The writing conventions of one draft language."""

    def __init__(self, code: str, data: dict):
        self.code = code
        self.data = data
        self.labels: dict = data["labels"]  # texts, and a few tables of texts (formats, in_language)

    # ---- numbers -------------------------------------------------------------
    def digits(self, number: int | float | Decimal, decimals: int | None = None) -> str:
        """``150000`` -> "150,000" / "150 000"; decimals shown only when there are any."""
        value = Decimal(str(number))
        if decimals is None:
            exponent = value.normalize().as_tuple().exponent
            decimals = 0 if value == value.to_integral_value() or not isinstance(exponent, int) else max(0, -exponent)
        text = f"{abs(value):,.{decimals}f}"
        whole, _, fraction = text.partition(".")
        whole = whole.replace(",", self.data["thousands_separator"])
        sign = "-" if value < 0 else ""
        return sign + whole + (self.data["decimal_mark"] + fraction if fraction else "")

    def words(self, number: int, feminine: bool = False) -> str:
        """A whole number in words: 21 -> "twenty-one" / "vingt et un" ("vingt et une" if feminine)."""
        if number < 0 or number >= _WORDS_LIMIT:
            return self.digits(number)
        if self.code == "fr":
            return _french_words(number, self.data["numbers"], feminine)
        return _english_words(number, self.data["numbers"])

    def words_and_digits(self, number: int, feminine: bool = False) -> str:
        """The legal convention for quantities: "three (3)" / "trois (3)"."""
        return f"{self.words(number, feminine)} ({self.digits(number)})"

    # ---- values --------------------------------------------------------------
    def date(self, day: datetime.date) -> str:
        month = self.data["months"][day.month - 1]
        first = self.data.get("first_of_month")
        day_text = first if first and day.day == 1 else str(day.day)
        return f"{day_text} {month} {day.year}"

    def duration(self, value: int, unit: str) -> str:
        """``4, "months"`` -> "four (4) months" / "quatre (4) mois"."""
        return f"{self.words_and_digits(value, self._feminine(unit))} {self.unit_name(value, unit)}"

    def duration_digits(self, value: int, unit: str) -> str:
        return f"{self.digits(value)}{NBSP}{self.unit_name(value, unit)}"

    def unit_name(self, value: int | float, unit: str) -> str:
        forms = self.data["units"][unit]
        return forms[0] if value == 1 else forms[1]

    def _feminine(self, unit: str) -> bool:
        return "feminine" in self.data["units"][unit][2:]

    def amount(self, value: Decimal, currency: str) -> str:
        """"EUR 150,000" in English, "150 000 EUR" in French; cents only when present."""
        decimals = 0 if value == value.to_integral_value() else 2
        number = self.digits(value, decimals)
        return f"{number}{NBSP}{currency}" if self.code == "fr" else f"{currency}{NBSP}{number}"

    def percentage(self, value: int | float | Decimal) -> str:
        number = self.digits(value)
        return f"{number}{NARROW_NBSP}%" if self.code == "fr" else f"{number}%"

    def frequency(self, key: str, form: str = "text") -> str:
        return self.data["frequencies"][key][form]

    def join(self, items: list[str]) -> str:
        """"a, b and c" / "a, b et c"."""
        items = [str(item) for item in items]
        if len(items) <= 1:
            return "".join(items)
        return f"{', '.join(items[:-1])} {self.data['list_and']} {items[-1]}"

    def quote(self, text: str) -> str:
        opening, closing = self.data["quotes"]
        return f"{opening}{text}{closing}"

    # ---- typography ----------------------------------------------------------
    def typography(self, text: str) -> str:
        """French drafts get their no-break spaces; English drafts their curly double quotes; both their
        typographic apostrophes, so that a draft never mixes straight and curly marks."""
        text = french_typography(text) if self.code == "fr" else _STRAIGHT_QUOTES.sub("\u201c\\1\u201d", text)
        return _STRAIGHT_APOSTROPHE.sub("\u2019", text)


# A pair of straight double quotes on one line ("Purchase Order") becomes a pair of curly ones.
_STRAIGHT_QUOTES = re.compile(r'"([^"\n]*)"')
# An apostrophe inside a word ("l'article", "Party's") or after a plural ("the Parties' teams").
_STRAIGHT_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)|(?<=s)'(?=[\s,.;:)]|$)")


def _english_below_thousand(number: int, words: dict) -> str:
    hundreds, rest = divmod(number, 100)
    parts = []
    if hundreds:
        parts.append(f"{words['units'][hundreds]} {words['hundred']}")
    if rest:
        if hundreds:
            parts.append(words["and"])
        if rest < 20:
            parts.append(words["units"][rest])
        else:
            tens, unit = divmod(rest, 10)
            parts.append(words["tens"][tens] + (f"-{words['units'][unit]}" if unit else ""))
    return " ".join(parts)


def _english_words(number: int, words: dict) -> str:
    if number == 0:
        return words["units"][0]
    millions, rest = divmod(number, 1_000_000)
    thousands, units = divmod(rest, 1000)
    parts = []
    if millions:
        parts.append(f"{_english_below_thousand(millions, words)} {words['million']}")
    if thousands:
        parts.append(f"{_english_below_thousand(thousands, words)} {words['thousand']}")
    if units:
        if parts and units < 100:
            parts.append(words["and"])  # British usage: "one thousand and five"
        parts.append(_english_below_thousand(units, words))
    return " ".join(parts)


def _french_below_hundred(number: int, words: dict, feminine: bool, final: bool) -> str:
    units = words["units"]
    if number == 1 and feminine:
        return words["feminine_one"]
    if number < 20:
        return units[number]
    tens, unit = divmod(number, 10)
    base = words["tens"][tens]
    if tens in (7, 9):  # soixante-dix, quatre-vingt-dix: the tens carry 10-19
        rest = 10 + unit
        if tens == 7 and unit == 1:
            return f"{base} {words['and']} {units[rest]}"
        return f"{base}-{units[rest]}"
    if unit == 0:
        return base + ("s" if tens == 8 and final else "")  # quatre-vingts, but quatre-vingt mille
    if unit == 1 and tens != 8:
        return f"{base} {words['and']} {words['feminine_one'] if feminine else units[1]}"
    return f"{base}-{words['feminine_one'] if feminine and unit == 1 else units[unit]}"


def _french_below_thousand(number: int, words: dict, feminine: bool, final: bool) -> str:
    hundreds, rest = divmod(number, 100)
    parts = []
    if hundreds:
        plural = "s" if hundreds > 1 and rest == 0 and final else ""  # deux cents, but deux cent mille
        multiplier = "" if hundreds == 1 else f"{words['units'][hundreds]} "
        parts.append(f"{multiplier}{words['hundred']}{plural}")
    if rest:
        parts.append(_french_below_hundred(rest, words, feminine, final))
    return " ".join(parts)


def _french_words(number: int, words: dict, feminine: bool) -> str:
    if number == 0:
        return words["units"][0]
    millions, rest = divmod(number, 1_000_000)
    thousands, units = divmod(rest, 1000)
    parts = []
    if millions:
        # "million" is a noun: "deux cents millions"
        plural = "s" if millions > 1 else ""
        parts.append(f"{_french_below_thousand(millions, words, False, True)} {words['million']}{plural}")
    if thousands:
        parts.append(words["thousand"] if thousands == 1 else
                     f"{_french_below_thousand(thousands, words, False, False)} {words['thousand']}")
    if units:
        parts.append(_french_below_thousand(units, words, feminine, True))
    return " ".join(parts)
