"""Values read from contract prose, in French and English."""

import pytest

from clausekit.review.segment.values import MEASURE, durations, frequencies


@pytest.mark.parametrize("text, months", [
    ("pendant une durée de trois (3) mois", 3),
    ("for a period of ninety (90) days", 3),
    ("within 12 months", 12),
    ("vingt-quatre (24) mois", 24),
    ("a term of two years", 24),
    ("six semaines", 1.5),
    ("cinq (5) ans", 60),
    ("les six (6) premiers mois du contrat", 6),  # an ordinal adjective between the number and its unit
])
def test_durations_are_normalised_to_months(text, months):
    found = durations(text)
    assert found, text
    assert found[0].months == pytest.approx(months)


@pytest.mark.parametrize("text, months", [
    ("une revue annuelle des objectifs", 12),
    ("the committee meets every six months", 6),
    ("réunion trimestrielle", 3),
    ("au moins une fois par an", 12),
    ("on a quarterly basis", 3),
    ("tous les deux ans", 24),
    ("every 18 months", 18),
    ("semi-annually", 6),
])
def test_frequencies_give_the_interval_in_months(text, months):
    assert min(v.months for v in frequencies(text)) == pytest.approx(months)


def test_text_without_values_yields_none():
    assert durations("the Parties shall cooperate in good faith") == []
    assert frequencies("le comité se réunit sur convocation de son président") == []


@pytest.mark.parametrize("text", ["at least 500 qualified leads", "un taux de conversion de 3 %", "EUR 150,000",
                                  "150 000 €", "99.9% availability", "moins de 500 ppm"])
def test_measurable_targets_are_recognised(text):
    assert MEASURE.search(text)


def test_words_without_figures_are_not_measures():
    assert not MEASURE.search("a significant increase in customer satisfaction")


@pytest.mark.parametrize("text, months", [
    ("Du 1er septembre au 31 décembre 2027, les Produits sont vendus à titre de test.", 4),
    ("The pilot runs from 1 May 2027 until 31 October 2027.", 6),
    ("between March 1 and June 30, 2027", 4),
    ("du 1er novembre au 31 mars 2028", 5),
])
def test_a_period_between_two_dates_is_a_duration_in_calendar_months(text, months):
    assert [round(value.months, 2) for value in durations(text)] == [months]


def test_two_dates_with_no_year_or_in_the_wrong_order_are_no_period():
    assert durations("from 1 May to 31 October") == []
    assert durations("from 1 May 2028 to 31 October 2027") == []
