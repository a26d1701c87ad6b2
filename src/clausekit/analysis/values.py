"""Values read from contract prose: durations, frequencies, percentages, amounts.

"trois (3) mois", "ninety (90) days", "12 months", "annuellement", "every six
months", "trimestriel", "5 %", "EUR 150,000", "150 000 €". Durations and
frequencies are normalised to months so that rules can compare them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import DIGITS, parse_number, parse_words_tail, words_pattern

# A number in digits ("90", "1 200", "1,5") or in words of either language ("quatre-vingt-dix",
# "one hundred and twenty"); analysis/numbers.py reads it.
_NUMBER = rf"(?:{DIGITS}|{words_pattern()})"

_UNIT_MONTHS = {
    "day": 1 / 30, "days": 1 / 30, "jour": 1 / 30, "jours": 1 / 30, "business day": 1 / 21,
    "business days": 1 / 21, "jours ouvrés": 1 / 21, "jours ouvrables": 1 / 25,
    "week": 0.25, "weeks": 0.25, "semaine": 0.25, "semaines": 0.25,
    "month": 1, "months": 1, "mois": 1,
    "year": 12, "years": 12, "an": 12, "ans": 12, "année": 12, "années": 12,
}
_UNIT = "|".join(sorted((re.escape(u) for u in _UNIT_MONTHS), key=len, reverse=True))

DURATION = re.compile(
    rf"\b(?P<number>{_NUMBER})(?:\s*\((?P<digits>{DIGITS})\))?(?:[\s-]+(?:calendar|civil|full|consecutive|calendaires|"
    rf"pleins|complets|entiers|consécutifs))?[\s-]+(?P<unit>{_UNIT})\b",
    re.IGNORECASE,
)

# Frequencies, as the interval between two occurrences in months.
_FREQUENCY_PATTERNS: list[tuple[str, float]] = [
    (r"\b(?:weekly|every week|each week|hebdomadaire(?:ment)?|chaque semaine|toutes les semaines)\b", 0.25),
    (r"\b(?:monthly|every month|each (?:calendar )?month|once a month|mensuel(?:le)?s?|mensuellement|"
     r"chaque mois|tous les mois)\b", 1),
    (r"\b(?:quarterly|every quarter|each (?:calendar )?quarter|every three months|every 3 months|"
     r"trimestriel(?:le)?s?|trimestriellement|chaque trimestre|tous les trois mois|tous les 3 mois|QBR|"
     r"once (?:a|per|in each|in every|each) (?:calendar )?quarter|une fois par trimestre(?: civil)?|par trimestre)\b", 3),
    (r"\b(?:semi-?annual(?:ly)?|half-?year(?:ly)?|bi-?annual(?:ly)?|twice (?:a|per|each) year|every six months|"
     r"every 6 months|semestriel(?:le)?s?|semestriellement|tous les six mois|tous les 6 mois|"
     r"deux fois par an|chaque semestre)\b", 6),
    (r"\b(?:annual(?:ly)?|yearly|every year|each (?:calendar |contract )?year|once a year|once (?:in )?every (?:calendar )?year|"
     r"per (?:calendar )?year|annuel(?:le)?s?|annuellement|chaque année|tous les ans|une fois par an|"
     r"au moins une fois par an|(?:each|every) anniversary|(?:chaque|à chaque) (?:date )?anniversaire)\b", 12),
    (r"\b(?:every two years|every 2 years|biennial(?:ly)?|tous les deux ans|tous les 2 ans|biennal(?:e)?)\b", 24),
    (r"\b(?:every three years|every 3 years|tous les trois ans|tous les 3 ans|triennal(?:e)?)\b", 36),
]
FREQUENCIES = [(re.compile(p, re.IGNORECASE), months) for p, months in _FREQUENCY_PATTERNS]
_EVERY_N = re.compile(rf"\b(?:every|each|tous les|toutes les)\s+(?P<number>{_NUMBER})(?:\s*\(\d+\))?\s+(?P<unit>{_UNIT})\b",
                      re.IGNORECASE)

PERCENTAGE = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:%|percent\b|per cent\b|pour cent\b|pourcent\b)", re.IGNORECASE)
AMOUNT = re.compile(
    r"(?:(?:EUR|USD|GBP|CHF|€|\$|£)\s?\d[\d\s.,\u00a0\u202f]*\d|\b\d[\d\s.,\u00a0\u202f]*\d?\s?(?:(?:EUR|USD|GBP|CHF|euros?|dollars?)\b|€)"
    r"|\$\s?\d)", re.IGNORECASE)
# A measurable target: a percentage, an amount, a count or a threshold figure.
MEASURE = re.compile(
    rf"{PERCENTAGE.pattern}|{AMOUNT.pattern}|\b\d+(?:[.,]\d+)?\s?(?:ppm|ms|hours?|heures?|h\b|minutes?|leads?|clients?|customers?|"
    r"users?|utilisateurs?|units?|unités?|orders?|commandes?|points?|%)|(?:at least|minimum of|no fewer than|not less than|au moins|"
    r"minimum de|supérieur(?:e)? (?:ou égal(?:e)? )?à|inférieur(?:e)? (?:ou égal(?:e)? )?à|d'au moins)\s+\d", re.IGNORECASE)


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
    return found


def frequencies(text: str) -> list[Value]:
    found = []
    for pattern, months in FREQUENCIES:
        found.extend(Value("frequency", months, m.start(), m.end(), m.group(0)) for m in pattern.finditer(text))
    for m in _EVERY_N.finditer(text):
        number = _number(m.group("number"))
        if number:
            found.append(Value("frequency", number * _UNIT_MONTHS[m.group("unit").lower()], m.start(), m.end(), m.group(0)))
    return found
