"""Figures in words and in digits that disagree."""

from __future__ import annotations

import pytest

from clausekit.review.segment.numbers import parse_digits, parse_words
from test_proofread_examples import proofread_file, write_contract

RULE = "proofreading.figure-mismatch"


@pytest.mark.parametrize(("lang", "words", "value"), [
    ("en", "thirty", 30), ("en", "twenty-five thousand", 25000), ("en", "one hundred and twenty", 120),
    ("en", "FOURTEEN MILLION, EIGHT HUNDRED SIXTY TWO THOUSAND", 14862000),
    ("fr", "quatre-vingt-dix", 90), ("fr", "quatre-vingts", 80), ("fr", "soixante et onze", 71),
    ("fr", "deux mille cinq cents", 2500), ("fr", "vingt-cinq mille", 25000), ("fr", "cent vingt", 120),
])
def test_number_words_add_up(lang, words, value):
    assert parse_words(words, lang) == value


@pytest.mark.parametrize(("lang", "digits", "value"), [
    ("en", "25,000", 25000), ("en", "1,500,000.00", 1500000), ("en", "2.5", 2.5),
    ("fr", "25 000", 25000), ("fr", "1.000.000", 1000000), ("fr", "2,5", 2.5),
])
def test_digits_read_in_their_language(lang, digits, value):
    assert parse_digits(digits, lang) == value


def mismatches(tmp_path, lang, text, fmt="txt"):
    return [f for f in proofread_file(write_contract(tmp_path, [text], fmt, lang), lang) if f.rule == RULE]


def test_disagreeing_figures_are_found_in_both_orders(tmp_path):
    found = mismatches(tmp_path, "en", "Notice of thirty (60) days, a fee of ten percent (15%), a price of "
                                       "twenty thousand euros (EUR 25,000) and 90 (sixty) days to pay.", "docx")
    assert [f.message for f in found] == [
        'The words and the digits disagree: "thirty (60)".',
        'The words and the digits disagree: "ten percent (15%)".',
        'The words and the digits disagree: "twenty thousand euros (EUR 25,000)".',
        'The words and the digits disagree: "90 (sixty)".']
    found = mismatches(tmp_path, "fr", "Un préavis de trois (4) mois et une pénalité de cinq pour cent (5 %).", "pdf")
    assert [(f.message, f.location.page) for f in found] == [
        ("Les lettres et les chiffres ne concordent pas : « trois (4) ».", 1)]


def test_agreeing_figures_and_fractions_are_not_reported(tmp_path):
    text = ("Sixty (60) days, one hundred percent (100%), ninety-seven and one half percent (97.5%), "
            "One Million Five Hundred Thousand Dollars ($1,500,000) and 30 (thirty) days.")
    assert mismatches(tmp_path, "en", text) == []
    assert mismatches(tmp_path, "fr", "Quatre-vingt-dix (90) jours, vingt-cinq mille euros (25 000 €) et un (1) an.") == []


def test_a_quote_is_the_sentence_or_a_bounded_window_of_it():
    from clausekit.review.proofread import QUOTE_LIMIT, quote_at

    text = "The price is fixed. The term is thirty (60) days. Notices are in writing."
    start = text.index("thirty")
    assert quote_at(text, start, start + 11) == "The term is thirty (60) days."
    endless = "thirty (60) " * 17000  # one paragraph of 200 KB with no sentence end
    start = endless.index("thirty", 100000)
    quote = quote_at(endless, start, start + 11)
    assert quote.startswith("…") and quote.endswith("…") and len(quote) <= QUOTE_LIMIT
    assert "thirty (60)" in quote


def test_every_mismatch_of_a_huge_paragraph_is_reported_at_its_line(tmp_path):
    """'thirty (60) ' repeated: linear now (measured in benchmarks/bench_hostile.py), and still exact."""
    paragraphs = ["The term is thirty (60) days."] * 3 + ["thirty (60) " * 2000]
    findings = [f for f in proofread_file(write_contract(tmp_path, paragraphs, "txt", "en"), "en") if f.rule == RULE]
    assert len(findings) == 2003
    lines = [f.location.line for f in findings]
    assert lines[0] < lines[1] < lines[2] < lines[3] and len(set(lines[3:])) == 1
