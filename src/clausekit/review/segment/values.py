"""Values read from contract prose: durations, frequencies, percentages, amounts.

"trois (3) mois", "ninety (90) days", "12 months", "annuellement", "every six
months", "trimestriel", "5 %", "EUR 150,000", "150 000 €". Durations and
frequencies are normalised to months so that rules can compare them. The words are
data (``lint_rules/lexicon/values.yaml``), so a language is added there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

import yaml

from ...resources import data_dir
from .numbers import DIGITS, parse_number, parse_words_tail, words_pattern

# A number in digits ("90", "1 200", "1,5") or in words of either language ("quatre-vingt-dix",
# "one hundred and twenty"); analysis/numbers.py reads it.
_NUMBER = rf"(?:{DIGITS}|{words_pattern()})"


def _lexicon() -> dict:
    path = data_dir("lint_rules") / "lexicon" / "values.yaml"
    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _any(alternatives: list[str]) -> str:
    return "|".join(alternatives)


_WORDS = _lexicon()
_UNIT_MONTHS = {unit: float(Fraction(str(months))) for unit, months in _WORDS["unit_months"].items()}
_UNIT = "|".join(sorted((re.escape(u) for u in _UNIT_MONTHS), key=len, reverse=True))

DURATION = re.compile(
    rf"\b(?P<number>{_NUMBER})(?:\s*\((?P<digits>{DIGITS})\))?(?:[\s-]+(?:{_any(_WORDS['unit_qualifiers'])}))?"
    rf"[\s-]+(?P<unit>{_UNIT})\b",
    re.IGNORECASE,
)

# A period between two dates: "du 1er septembre au 31 décembre 2027", "from March 1 to June 30, 2027".
_MONTH_NUMBER = {form: number for number, forms in enumerate(_WORDS["months"], 1) for form in forms}
_MONTH = "(?:" + "|".join(sorted(map(re.escape, _MONTH_NUMBER), key=len, reverse=True)) + r")\.?"
_DAY = r"(?:\d{1,2})(?:er|st|nd|rd|th)?"


def _date(name: str) -> str:
    return (rf"(?:the\s+)?(?:(?P<{name}_day>{_DAY})\s+(?:of\s+)?(?P<{name}_month>{_MONTH})"
            rf"|(?P<{name}_month2>{_MONTH})\s+(?P<{name}_day2>{_DAY}))(?:,?\s+(?P<{name}_year>\d{{4}}))?")


DATE_RANGE = re.compile(
    rf"\b(?:{_any(_WORDS['range_open'])})\s+{_date('first')}\s*,?\s+(?:{_any(_WORDS['range_close'])})\s+{_date('last')}\b",
    re.IGNORECASE)

# Frequencies, as the interval between two occurrences in months.
FREQUENCIES = [(re.compile(rf"\b(?:{_any(entry['phrases'])})\b", re.IGNORECASE), entry["months"])
               for entry in _WORDS["frequencies"]]
_EVERY_N = re.compile(rf"\b(?:{_any(_WORDS['every'])})\s+(?P<number>{_NUMBER})(?:\s*\(\d+\))?\s+(?P<unit>{_UNIT})\b",
                      re.IGNORECASE)

PERCENTAGE = re.compile(rf"\b\d+(?:[.,]\d+)?\s?(?:%|{_any(_WORDS['percent_words'])})", re.IGNORECASE)
AMOUNT = re.compile(
    rf"(?:(?:{_any(_WORDS['currencies_before'])})\s?\d[\d\s.,\u00a0\u202f]*\d|\b\d[\d\s.,\u00a0\u202f]*\d?\s?"
    rf"(?:(?:{_any(_WORDS['currencies_after'])})\b|€)|\$\s?\d)", re.IGNORECASE)
# A measurable target: a percentage, an amount, a count or a threshold figure.
MEASURE = re.compile(
    rf"{PERCENTAGE.pattern}|{AMOUNT.pattern}|\b\d+(?:[.,]\d+)?\s?(?:{_any(_WORDS['measure_units'])})"
    rf"|(?:{_any(_WORDS['thresholds'])})\s+\d", re.IGNORECASE)


@dataclass(frozen=True)
class Value:
    kind: str  # duration | frequency
    months: float
    start: int
    end: int
    text: str


def _number(text: str) -> float | None:
    value = parse_number(text)
    return value if value is not None else parse_words_tail(text)


def durations(text: str) -> list[Value]:
    found = []
    for m in DURATION.finditer(text):
        number = _number(m.group("digits") or m.group("number"))
        if number is None:
            continue
        found.append(Value("duration", number * _UNIT_MONTHS[m.group("unit").lower()], m.start(), m.end(), m.group(0)))
    for m in DATE_RANGE.finditer(text):
        months = _range_months(m)
        if months is not None:
            found.append(Value("duration", months, m.start(), m.end(), m.group(0)))
    return sorted(found, key=lambda value: value.start)


def _range_months(match: re.Match) -> float | None:
    """The length of a period between two dates, both days included, in months; None if it reads
    as no period (a date missing its year on both sides, an end before the start)."""
    def parts(name: str) -> tuple[int, int]:
        day = match.group(f"{name}_day") or match.group(f"{name}_day2")
        month = match.group(f"{name}_month") or match.group(f"{name}_month2")
        return int(re.sub(r"\D", "", day)), _MONTH_NUMBER[month.lower().rstrip(".")]

    last_year = match.group("last_year") or match.group("first_year")
    if last_year is None:
        return None
    first_year = int(match.group("first_year") or last_year)
    try:
        (first_day, first_month), (last_day, last_month) = parts("first"), parts("last")
        first = date(first_year, first_month, first_day)
        last = date(int(last_year), last_month, last_day)
    except (ValueError, KeyError):
        return None
    if not match.group("first_year") and first > last:  # "from 1 November to 31 March 2028"
        first = first.replace(year=first.year - 1)
    if first > last:
        return None
    after = last + timedelta(days=1)  # in calendar months: 1 May to 31 October is six months, not 6.05
    return (after.year - first.year) * 12 + after.month - first.month + (after.day - first.day) / 30.4375


def frequencies(text: str) -> list[Value]:
    found: list[Value] = []
    for pattern, months in FREQUENCIES:
        found.extend(Value("frequency", months, m.start(), m.end(), m.group(0)) for m in pattern.finditer(text))
    for m in _EVERY_N.finditer(text):
        number = _number(m.group("number"))
        if number:
            found.append(Value("frequency", number * _UNIT_MONTHS[m.group("unit").lower()], m.start(), m.end(), m.group(0)))
    return found
