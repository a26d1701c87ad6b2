"""Typed values: parsing, constraints, and how each language writes them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from clausekit.drafting.language import NARROW_NBSP, NBSP, french_typography, language
from clausekit.drafting.values import (
    Amount,
    Duration,
    ValueProblem,
    VariableSpec,
    constraint_problems,
    parse,
    present,
)
from clausekit.errors import ClauseKitError

EN, FR = language("en"), language("fr")


@pytest.mark.parametrize("number, french, english", [
    (1, "un", "one"),
    (17, "dix-sept", "seventeen"),
    (21, "vingt et un", "twenty-one"),
    (71, "soixante et onze", "seventy-one"),
    (80, "quatre-vingts", "eighty"),
    (81, "quatre-vingt-un", "eighty-one"),
    (99, "quatre-vingt-dix-neuf", "ninety-nine"),
    (105, "cent cinq", "one hundred and five"),
    (200, "deux cents", "two hundred"),
    (1005, "mille cinq", "one thousand and five"),
    (80000, "quatre-vingt mille", "eighty thousand"),
    (150000, "cent cinquante mille", "one hundred and fifty thousand"),
    (2000000, "deux millions", "two million"),
])
def test_numbers_in_words(number, french, english):
    assert FR.words(number) == french
    assert EN.words(number) == english


def test_french_feminine_units_agree():
    assert FR.duration(1, "weeks") == "une (1) semaine"
    assert FR.duration(21, "weeks") == "vingt et une (21) semaines"
    assert FR.duration(1, "years") == "un (1) an"
    assert FR.duration(3, "months") == "trois (3) mois"


def test_dates_amounts_percentages_per_language():
    assert FR.date(date(2027, 3, 1)) == "1er mars 2027"
    assert FR.date(date(2027, 3, 15)) == "15 mars 2027"
    assert EN.date(date(2027, 3, 1)) == "1 March 2027"
    assert FR.amount(Decimal(150000), "EUR") == f"150{NARROW_NBSP}000{NBSP}EUR"
    assert EN.amount(Decimal(150000), "EUR") == f"EUR{NBSP}150,000"
    assert EN.amount(Decimal("1500.5"), "EUR") == f"EUR{NBSP}1,500.50"
    assert FR.percentage(5) == f"5{NARROW_NBSP}%"
    assert FR.percentage(2.5) == f"2,5{NARROW_NBSP}%"
    assert EN.percentage(5) == "5%"


def test_french_typography_spaces_punctuation_but_not_urls_or_times():
    text = french_typography("Article : voir « ici » ; https://exemple.fr à 10:30 ? Oui ! 5 %")
    assert text == (f"Article{NBSP}: voir «{NBSP}ici{NBSP}»{NARROW_NBSP}; https://exemple.fr à 10:30{NARROW_NBSP}? "
                    f"Oui{NARROW_NBSP}! 5{NARROW_NBSP}%")
    assert EN.typography("Note: see clause 4; yes!") == "Note: see clause 4; yes!"


def test_french_elides_de_and_que_before_un_and_une_but_not_before_other_numbers():
    assert french_typography("une durée de un (1) an") == "une durée d'un (1) an"
    assert french_typography("De une part, plus que une fois") == "D'une part, plus qu'une fois"
    assert french_typography("un délai de huit (8) jours, de onze (11) mois, de unités") == \
        "un délai de huit (8) jours, de onze (11) mois, de unités"


def test_unknown_language_lists_the_valid_ones():
    with pytest.raises(ClauseKitError, match="unknown language 'de'; valid: en, fr"):
        language("de")


@pytest.mark.parametrize("type_name, raw, expected", [
    ("duration", "4 months", Duration(4, "months")),
    ("duration", "1 year", Duration(1, "years")),
    ("duration", {"value": 30, "unit": "days"}, Duration(30, "days")),
    ("amount", "150000 EUR", Amount(Decimal(150000), "EUR")),
    ("amount", "EUR 1,500.50", Amount(Decimal("1500.50"), "EUR")),
    ("amount", {"amount": 2000, "currency": "usd"}, Amount(Decimal(2000), "USD")),
    ("percentage", "2,5 %", 2.5),
    ("date", "2027-03-01", date(2027, 3, 1)),
    ("boolean", "oui", True),
    ("list", "leads; revenue", ["leads", "revenue"]),
    ("integer", "12", 12),
    ("text", 75008, "75008"),
])
def test_parse_accepts_the_documented_forms(type_name, raw, expected):
    assert parse(type_name, raw) == expected


@pytest.mark.parametrize("type_name, raw", [
    ("duration", "four months"), ("duration", "4 fortnights"), ("duration", {"value": -1, "unit": "days"}),
    ("amount", 150000), ("amount", "150000"), ("date", "March 2027"), ("date", "31/02/2027"), ("integer", True),
    ("integer", 1.5), ("frequency", "weekly"), ("boolean", "maybe"), ("text", "bad\x00byte"),
    ("percentage", "five"), ("list", {"a": 1}),
])
def test_parse_rejects_other_forms(type_name, raw):
    with pytest.raises(ValueProblem):
        parse(type_name, raw)


def spec(**kwargs) -> VariableSpec:
    return VariableSpec(name="pilot_duration", type="duration", help={"en": "", "fr": ""}, **kwargs)


def test_durations_compare_in_a_common_unit():
    bounded = spec(min=Duration(1, "years"), max=Duration(3, "years"))
    assert constraint_problems(bounded, Duration(12, "months"), "12 months") == []
    assert constraint_problems(bounded, Duration(36, "months"), "36 months") == []
    assert constraint_problems(bounded, Duration(365, "days"), "365 days") == []
    assert constraint_problems(spec(min=Duration(3, "months")), Duration(90, "days"), "90 days") == []
    [problem] = constraint_problems(bounded, Duration(40, "months"), "40 months")
    assert problem == 'pilot_duration: "40 months" is above the maximum 3 years (rule: max 3 years)'
    [problem] = constraint_problems(bounded, Duration(2, "weeks"), "2 weeks")
    assert "below the minimum 1 year (rule: min 1 year)" in problem


def test_allowed_and_choices_name_the_rule():
    frequency = VariableSpec(name="review", type="frequency", help={}, allowed=("semiannual", "annual"))
    [problem] = constraint_problems(frequency, "monthly", "monthly")
    assert problem == 'review: "monthly" is not allowed for this contract (rule: allowed semiannual, annual)'
    law = VariableSpec(name="law", type="enum", help={}, choices=("france", "england"))
    [problem] = constraint_problems(law, "spain", "spain")
    assert "rule: choices france, england" in problem


def test_amount_limits_need_the_same_currency():
    capped = VariableSpec(name="fee", type="amount", help={}, max=Amount(Decimal(500000), "EUR"))
    [problem] = constraint_problems(capped, Amount(Decimal(1000), "USD"), "1000 USD")
    assert "is in USD but the maximum is 500000 EUR" in problem


def test_presented_values_print_in_the_draft_language_and_keep_their_numbers():
    duration = present("duration", Duration(4, "months"), FR)
    assert str(duration) == "quatre (4) mois" and duration.value == 4 and duration.unit == "months"
    frequency = present("frequency", "semiannual", EN)
    assert str(frequency) == "every six months" and frequency == "semiannual"
    assert frequency.adjective == "half-yearly"
    assert present("frequency", "quarterly", FR).adjective == "trimestrielle"
    integer = present("integer", 3, EN)
    assert str(integer) == "three (3)" and integer + 1 == 4 and integer.digits == "3"
    percentage = present("percentage", 10, FR)
    assert str(percentage) == f"10{NARROW_NBSP}%" and percentage > 5
    assert str(present("list", ["leads", "revenue", "NPS"], FR)) == "leads, revenue et NPS"
    assert str(present("date", date(2027, 3, 1), EN)) == "1 March 2027"
    assert present("amount", Amount(Decimal(150000), "EUR"), EN).value == 150000


@pytest.mark.parametrize("type_name, raw, expected", [
    ("duration", "6 mois", "6 months"), ("duration", "1 an", "1 year"), ("duration", "2 années", "2 years"),
    ("duration", "15 jours", "15 days"), ("duration", "3 semaines", "3 weeks"),
    ("date", "1er mars 2027", "2027-03-01"), ("date", "15 avril 2027", "2027-04-15"),
    ("date", "1 March 2027", "2027-03-01"), ("date", "01/03/2027", "2027-03-01"),
])
def test_french_durations_and_written_dates_are_accepted(type_name, raw, expected):
    assert str(parse(type_name, raw)) == expected


def test_a_text_answer_may_be_given_in_each_language():
    value = parse("text", {"fr": "étriers de frein en fonte", "en": "cast-iron brake callipers"})
    assert present("text", value, language("fr")) == "étriers de frein en fonte"
    assert present("text", value, language("en")) == "cast-iron brake callipers"
    assert present("text", parse("text", {"fr": "étriers"}), language("en")) == "étriers"  # the one given
    with pytest.raises(ValueProblem, match=r"\{fr: \.\.\., en: \.\.\.\}"):
        parse("text", {"de": "Bremssättel"})
