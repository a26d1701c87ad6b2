"""Every hygiene rule's own examples, run through the real reader, spaCy pipeline and judge.

A `<item>.missing` rule's pass example must locate the clause and its fail example (a near miss)
must not; a defect rule's pass example is a complete clause without that finding, its fail
example a clause the rule reports as weak. French and English.
"""

from __future__ import annotations

import pytest

from clausekit.checklist import LANGUAGES, load_checklist
from clausekit.review.judge import judge_document
from clausekit.review.read import read_document
from clausekit.review.rules import load_rules

HYGIENE_ITEMS = [item.id for item in load_checklist().items.values() if item.kind == "hygiene"]
HYGIENE_RULES = [rule for item in HYGIENE_ITEMS for rule in load_rules().items[item].rules.values()]
CASES = [pytest.param(rule, outcome, lang, id=f"{rule.id}-{outcome}-{lang}")
         for rule in HYGIENE_RULES for outcome in ("pass", "fail") for lang in LANGUAGES]


def judge_passage(tmp_path, text: str, lang: str, item: str):
    path = tmp_path / f"passage.{lang}.txt"
    path.write_text(text + "\n", encoding="utf-8")
    report = judge_document(read_document(path), load_rules(), lang, "supplier")
    status = next(result.status for result in report.items if result.id == item)
    return status, {finding.rule for finding in report.findings if finding.item == item}


def test_every_hygiene_item_has_rules_and_examples():
    assert len(HYGIENE_ITEMS) == 20
    for item in HYGIENE_ITEMS:
        rules = load_rules().items[item].rules
        assert f"{item}.missing" in rules
        for rule in rules.values():
            assert set(rule.examples) == {"pass", "fail"}, rule.id
            for outcome in ("pass", "fail"):
                assert set(rule.examples[outcome]) == set(LANGUAGES), f"{rule.id} {outcome}"


@pytest.mark.parametrize(("rule", "outcome", "lang"), CASES)
def test_hygiene_rule_example(tmp_path, rule, outcome, lang):
    status, fired = judge_passage(tmp_path, rule.examples[outcome][lang], lang, rule.item)
    if rule.check == "missing":
        expected_missing = outcome == "fail"
        assert (status == "missing") is expected_missing, (status, fired)
    elif outcome == "pass":
        assert status != "missing" and rule.id not in fired, (status, fired)
    else:
        assert status == "weak" and rule.id in fired, (status, fired)


def test_line_breaks_and_double_spaces_do_not_hide_a_clause(tmp_path):
    """Exported contracts wrap lines and double their spaces inside a sentence."""
    text = "This Agreement shall be  governed by\nand construed in accordance with the\n   laws of the State of New York."
    status, _ = judge_passage(tmp_path, text, "en", "governing_law")
    assert status == "strong"


def test_a_near_miss_in_the_other_sense_stays_missing(tmp_path):
    """Words of a clause used in another sense must not locate it."""
    text = ("The Supplier is a corporation organized under the laws of Delaware. "
            "This exhibit omits portions subject to a request for confidential treatment. "
            "Prices are exclusive of taxes, and the Customer's sole and exclusive remedy is a refund.")
    for item in ("governing_law", "confidentiality", "exclusivity"):
        status, _ = judge_passage(tmp_path, text, "en", item)
        assert status == "missing", item
