"""Typed variables: parse an answer, check it against its constraints, present it in a language.

A value goes through three steps. ``parse`` turns what the user wrote (YAML or a
prompt) into a plain Python value or raises ``ValueProblem`` saying what form was
expected. ``constraint_problems`` checks min/max/allowed/choices and names the rule
that failed. ``present`` wraps the value for the clause texts, so that
``{{ pilot_duration }}`` prints "four (4) months" in English and "quatre (4) mois" in
French while ``pilot_duration.value`` stays a number for conditions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from .language import Language

TYPES = ("text", "integer", "boolean", "date", "duration", "frequency", "percentage", "amount", "enum", "list")
DURATION_UNITS = ("days", "weeks", "months", "years")
FREQUENCIES = ("monthly", "quarterly", "semiannual", "annual")
CONSTRAINT_KEYS = ("min", "max", "allowed", "choices")
_ORDERED_TYPES = ("integer", "percentage", "amount", "duration", "date")

# Characters a Word document cannot hold (XML 1.0), and the private-use marks the
# renderer uses for cross-references: an answer may contain neither.
_FORBIDDEN_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ue000-\ue00f\ufffe\uffff]")
_DURATION_TEXT = re.compile(r"^\s*(\d{1,9})\s*([^\W\d_]+)\s*$")  # bounded: int() of 5000 digits raises
# Durations and dates as a French lawyer types them: "6 mois", "2 ans", "1er mars 2027", "01/03/2027".
_FRENCH_UNITS = {"jour": "days", "jours": "days", "semaine": "weeks", "semaines": "weeks", "mois": "months",
                 "an": "years", "ans": "years", "année": "years", "années": "years", "annee": "years", "annees": "years"}
_WRITTEN_DATE = re.compile(r"^\s*(\d{1,2})(?:er|st|nd|rd|th)?\s+([^\W\d_]+)\.?\s+(\d{4})\s*$", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\s*$")
_AMOUNT_TEXT = re.compile(r"^\s*(?:([A-Za-z]{3})\s*)?(-?\d[\d _,]*(?:\.\d+)?)\s*([A-Za-z]{3})?\s*$")
_TRUE_WORDS = {"y", "yes", "true", "oui", "o", "1"}
_FALSE_WORDS = {"n", "no", "false", "non", "0"}


class ValueProblem(ValueError):
    """An answer that is not of its variable's type; the message says what was expected."""


GOVERNING_LAW = "governing_law_country"  # the answer that picks law-dependent defaults and legal references


@dataclass(frozen=True, order=False)
class Duration:
    value: int
    unit: str

    def __str__(self) -> str:
        return f"{self.value} {self.unit[:-1] if self.value == 1 else self.unit}"

    def compare_key(self, other: Duration) -> tuple[float, float]:
        """Both durations in one unit: months when both count in months/years (so that
        12 months equals 1 year), else days with a 30-day month and a 365-day year."""
        calendar = ("months", "years")
        if self.unit in calendar and other.unit in calendar:
            return self._months(), other._months()
        return self._days(), other._days()

    def _months(self) -> float:
        return self.value * (12 if self.unit == "years" else 1)

    def _days(self) -> float:
        return self.value * {"days": 1, "weeks": 7, "months": 30, "years": 365}[self.unit]


@dataclass(frozen=True)
class Amount:
    value: Decimal
    currency: str

    def __str__(self) -> str:
        number = int(self.value) if self.value == self.value.to_integral_value() else self.value
        return f"{number} {self.currency}"


@dataclass(frozen=True)
class VariableSpec:
    """A declared variable: its type, default, constraints and help, and where it comes from."""

    name: str
    type: str
    help: dict[str, str]
    default: Any = None  # parsed; None = no default
    min: Any = None
    max: Any = None
    allowed: tuple = ()
    choices: tuple = ()
    required: bool = True
    origin: str = ""  # "template affiliation" / "clause pilot", for messages
    raw_default: Any = None  # as written, for answers files and prompts
    constraints_raw: dict = field(default_factory=dict)  # as written, for help and messages
    default_by_law: dict = field(default_factory=dict)  # governing law -> (parsed, as written): CEDR under English law

    @property
    def has_default(self) -> bool:
        return self.default is not None

    def default_for(self, law: str | None) -> Any:
        """The default under the contract's governing law: a mediation centre or a court of that country."""
        return self.default_by_law[law][0] if law in self.default_by_law else self.default

    def under_law(self, law: str | None) -> "VariableSpec":
        """This variable as asked under ``law``: the interview offers that law's default (CEDR, not CMAP)."""
        if law not in self.default_by_law:
            return self
        parsed, raw = self.default_by_law[law]
        return replace(self, default=parsed, raw_default=raw)


# ---- parsing ----------------------------------------------------------------------

def parse(type_name: str, raw: Any) -> Any:
    """Turn a YAML value or a typed string into the value of ``type_name``."""
    parser = _PARSERS[type_name]
    return parser(raw)


class TextByLanguage(dict):
    """A text answer given in each language ({fr: ..., en: ...}): a description of the supply or of
    a project reads in the draft's language, and a bilingual draft has one in each column."""

    def __str__(self) -> str:
        return next(iter(self.values()))

    def pick(self, lang: str) -> str:
        return self.get(lang) or next(iter(self.values()))


def _parse_text(raw: Any) -> str | TextByLanguage:
    if isinstance(raw, dict) and raw and set(raw) <= {"fr", "en"}:
        return TextByLanguage({lang: _plain_text(text) for lang, text in raw.items()})
    return _plain_text(raw)


def _plain_text(raw: Any) -> str:
    if isinstance(raw, bool) or raw is None or isinstance(raw, (list, dict)):
        raise ValueProblem("is not text (write a text, or {fr: ..., en: ...} for one in each language)")
    text = raw.isoformat() if isinstance(raw, date) else str(raw)
    if _FORBIDDEN_CHARACTERS.search(text):
        raise ValueProblem("contains a control character")
    return text


def _parse_integer(raw: Any) -> int:
    if isinstance(raw, bool):
        raise ValueProblem("is not a whole number")
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str) and re.fullmatch(r"\s*-?\d{1,18}\s*", raw):
        return int(raw)
    raise ValueProblem("is not a whole number")


def _parse_boolean(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str):
        word = raw.strip().lower()
        if word in _TRUE_WORDS:
            return True
        if word in _FALSE_WORDS:
            return False
    raise ValueProblem("is not true or false")


def _parse_date(raw: Any) -> date:
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, str):
        try:
            return date.fromisoformat(raw.strip())
        except ValueError:
            pass
        written = _written_date(raw)
        if written is not None:
            return written
    raise ValueProblem("is not a date (write it YYYY-MM-DD, e.g. 2027-03-01, or 1er mars 2027, 1 March 2027, 01/03/2027)")


def _written_date(raw: str) -> date | None:
    """"1er mars 2027", "1 March 2027" or "01/03/2027" (day first), else None."""
    from .language import language

    if match := _NUMERIC_DATE.match(raw):
        day, month, year = (int(part) for part in match.groups())
    elif match := _WRITTEN_DATE.match(raw):
        name = match.group(2).casefold()
        months = [[m.casefold() for m in language(lang).data["months"]] for lang in ("fr", "en")]
        found = [names.index(name) + 1 for names in months if name in names]
        if not found:
            return None
        day, month, year = int(match.group(1)), found[0], int(match.group(3))
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _parse_duration(raw: Any) -> Duration:
    expected = ('is not a duration (write e.g. "4 months", "4 mois" or {value: 4, unit: months}; '
                'units: days, weeks, months, years)')
    if isinstance(raw, dict) and set(raw) == {"value", "unit"}:
        value, unit = raw["value"], raw["unit"]
    elif isinstance(raw, str) and (match := _DURATION_TEXT.match(raw)):
        value, unit = int(match.group(1)), match.group(2).lower()
        unit = _FRENCH_UNITS.get(unit, unit)
    else:
        raise ValueProblem(expected)
    if isinstance(unit, str) and not unit.endswith("s"):
        unit += "s"
    if isinstance(value, bool) or not isinstance(value, int) or value < 0 or unit not in DURATION_UNITS:
        raise ValueProblem(expected)
    return Duration(value, unit)


def _parse_frequency(raw: Any) -> str:
    if isinstance(raw, str) and raw.strip() in FREQUENCIES:
        return raw.strip()
    raise ValueProblem(f"is not a frequency (one of: {', '.join(FREQUENCIES)})")


def _parse_percentage(raw: Any) -> int | float:
    if isinstance(raw, str):
        text = raw.strip().removesuffix("%").strip().replace(",", ".")
        try:
            raw = float(text) if "." in text else int(text)
        except ValueError:
            raise ValueProblem('is not a percentage (write a number, e.g. 5 or 2.5)') from None
    if isinstance(raw, bool) or not isinstance(raw, (int, float)):
        raise ValueProblem('is not a percentage (write a number, e.g. 5 or 2.5)')
    return raw


def _parse_amount(raw: Any) -> Amount:
    expected = 'is not an amount (write e.g. "150000 EUR" or {amount: 150000, currency: EUR})'
    if isinstance(raw, dict) and set(raw) == {"amount", "currency"}:
        number, currency = raw["amount"], raw["currency"]
        if isinstance(number, bool) or not isinstance(number, (int, float, str)):
            raise ValueProblem(expected)
        number = str(number)
    elif isinstance(raw, str) and (match := _AMOUNT_TEXT.match(raw)) and bool(match.group(1)) != bool(match.group(3)):
        number, currency = match.group(2), match.group(1) or match.group(3)
    else:
        raise ValueProblem(expected)
    if not isinstance(currency, str) or not re.fullmatch(r"[A-Za-z]{3}", currency):
        raise ValueProblem(expected + "; the currency is a three-letter code such as EUR")
    try:
        value = Decimal(number.replace(" ", "").replace("_", "").replace(",", ""))
    except InvalidOperation:
        raise ValueProblem(expected) from None
    if value < 0:
        raise ValueProblem("is a negative amount")
    return Amount(value, currency.upper())


def _parse_enum(raw: Any) -> str:
    if isinstance(raw, bool) or not isinstance(raw, (str, int)):
        raise ValueProblem("is not one of the choices")
    return str(raw).strip()


def _parse_list(raw: Any) -> list[str]:
    if isinstance(raw, str):
        raw = [part.strip() for part in raw.split(";") if part.strip()]
    if not isinstance(raw, list):
        raise ValueProblem("is not a list (write a YAML list, or items separated by ';')")
    try:
        return [_plain_text(item) for item in raw]
    except ValueProblem as problem:
        raise ValueProblem(f"has an item that {problem}") from None


_PARSERS = {
    "text": _parse_text, "integer": _parse_integer, "boolean": _parse_boolean, "date": _parse_date,
    "duration": _parse_duration, "frequency": _parse_frequency, "percentage": _parse_percentage,
    "amount": _parse_amount, "enum": _parse_enum, "list": _parse_list,
}


# ---- constraints -------------------------------------------------------------------

def show(raw: Any) -> str:
    """An answer as the user wrote it, for messages: bounded, so that a YAML alias bomb is never expanded."""
    from ..safe_text import bounded

    return bounded(raw, _show)


def _show(raw: Any) -> str:
    if isinstance(raw, str):
        return f'"{raw}"'
    if isinstance(raw, dict):
        return "{" + ", ".join(f"{k}: {v}" for k, v in raw.items()) + "}"
    if isinstance(raw, date):
        return raw.isoformat()
    return str(raw)


def _below(value: Any, limit: Any) -> bool:
    if isinstance(value, Duration):
        mine, theirs = value.compare_key(limit)
        return mine < theirs
    if isinstance(value, Amount):
        return value.value < limit.value
    return value < limit


def constraint_problems(spec: VariableSpec, value: Any, raw: Any) -> list[str]:
    """Every constraint ``value`` breaks, each naming the field, the value and the rule."""
    problems = []
    shown = show(raw)
    if isinstance(value, Amount):
        for rule in ("min", "max"):
            limit = getattr(spec, rule)
            if limit is not None and limit.currency != value.currency:
                problems.append(f"{spec.name}: {shown} is in {value.currency} but the {rule}imum is {limit} "
                                f"(rule: {rule} {limit})")
                return problems
    if spec.min is not None and _below(value, spec.min):
        limit = _show_limit(spec.min)
        problems.append(f"{spec.name}: {shown} is below the minimum {limit} (rule: min {limit})")
    if spec.max is not None and _below(spec.max, value):
        limit = _show_limit(spec.max)
        problems.append(f"{spec.name}: {shown} is above the maximum {limit} (rule: max {limit})")
    if spec.choices and value not in spec.choices:
        problems.append(f"{spec.name}: {shown} is not one of the choices (rule: choices {', '.join(spec.choices)})")
    if spec.allowed and value not in spec.allowed:
        allowed = ", ".join(_show_limit(v) for v in spec.allowed)
        problems.append(f"{spec.name}: {shown} is not allowed for this contract (rule: allowed {allowed})")
    return problems


def _show_limit(limit: Any) -> str:
    return limit.isoformat() if isinstance(limit, date) else str(limit)


def describe_constraints(spec: VariableSpec) -> str:
    """"min 3 months, max 6 months" for help texts and answers-file comments."""
    parts = []
    if spec.min is not None:
        parts.append(f"min {_show_limit(spec.min)}")
    if spec.max is not None:
        parts.append(f"max {_show_limit(spec.max)}")
    if spec.choices:
        parts.append(f"choices: {', '.join(spec.choices)}")
    if spec.allowed:
        parts.append(f"allowed: {', '.join(_show_limit(v) for v in spec.allowed)}")
    return ", ".join(parts)


def ordered(type_name: str) -> bool:
    return type_name in _ORDERED_TYPES


# ---- presentation ------------------------------------------------------------------

class IntegerValue(int):
    """Prints "three (3)"; ``.digits`` "3"."""

    language: Language

    def __str__(self) -> str:
        return self.language.words_and_digits(int(self))

    @property
    def digits(self) -> str:
        return self.language.digits(int(self))


class PercentageValue(float):
    """Prints "5%" / "5 %"; arithmetic and comparisons work on the number."""

    language: Language

    def __str__(self) -> str:
        number = int(self) if float(self).is_integer() else float(self)
        return self.language.percentage(number)


class DateValue(date):
    """Prints "1 March 2027" / "1er mars 2027"; compares as a date."""

    language: Language

    def __str__(self) -> str:
        return self.language.date(self)


class FrequencyValue(str):
    """Compares equal to its key ("annual"); prints "every year" / "tous les ans"."""

    language: Language

    def __str__(self) -> str:
        return self.language.frequency(str.__str__(self))

    @property
    def adjective(self) -> str:
        return self.language.frequency(str.__str__(self), "adjective")

    @property
    def noun(self) -> str:
        return self.language.frequency(str.__str__(self), "noun")


class DurationValue:
    """Prints "four (4) months" / "quatre (4) mois"; ``.value``, ``.unit``, ``.digits`` ("4 months")."""

    def __init__(self, duration: Duration, language: Language):
        self.value = duration.value
        self.unit = duration.unit
        self._language = language

    def __str__(self) -> str:
        return self._language.duration(self.value, self.unit)

    @property
    def digits(self) -> str:
        return self._language.duration_digits(self.value, self.unit)


class AmountValue:
    """Prints "EUR 150,000" / "150 000 EUR"; ``.value`` (a number) and ``.currency``."""

    def __init__(self, amount: Amount, language: Language):
        self.value = int(amount.value) if amount.value == amount.value.to_integral_value() else float(amount.value)
        self.currency = amount.currency
        self._amount = amount
        self._language = language

    def __str__(self) -> str:
        return self._language.amount(self._amount.value, self.currency)


class ListValue(list):
    """Iterates over its items; prints "a, b and c" / "a, b et c"."""

    language: Language

    def __str__(self) -> str:
        return self.language.join(self)


def _with_language(cls: type, value: Any, language: Language) -> Any:
    wrapped = cls(value)
    wrapped.language = language
    return wrapped


def present(type_name: str, value: Any, language: Language) -> Any:
    """The object a clause text sees for ``value``."""
    if type_name == "integer":
        return _with_language(IntegerValue, value, language)
    if type_name == "percentage":
        return _with_language(PercentageValue, value, language)
    if type_name == "date":
        wrapped = DateValue(value.year, value.month, value.day)
        wrapped.language = language
        return wrapped
    if type_name == "frequency":
        return _with_language(FrequencyValue, value, language)
    if type_name == "duration":
        return DurationValue(value, language)
    if type_name == "amount":
        return AmountValue(value, language)
    if type_name == "list":
        return _with_language(ListValue, value, language)
    if isinstance(value, TextByLanguage):
        return value.pick(language.code)
    return value  # text, enum, boolean


def to_yaml(type_name: str, value: Any) -> Any:
    """A parsed value back in the form an answers file writes it."""
    if type_name in ("duration", "amount"):
        return str(value)
    if isinstance(value, TextByLanguage):
        return dict(value)
    return value
