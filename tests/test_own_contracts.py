"""Contracts drafted for clausekit by someone who never saw its rules, with their labels.

tests/data/own/{fr,en} hold sixteen partnership and supplier contracts in varied styles
(numbered articles, plain headings, Markdown, Word with heading styles, lists and a
service-level table, run-in titles, clauses under "Miscellaneous", "pilot" and "data" in
other senses) and gold.json, the status of every checklist item, written before the
linter was run on them. `python benchmarks/score_corpus.py --corpus tests/data/own` scores
them; this test keeps every label met.
"""

import json
from pathlib import Path

import pytest

from clausekit.review.lint import lint_path

OWN = Path(__file__).parent / "data" / "own"
GOLD = {key: entry for path in sorted(OWN.glob("*/gold.json"))
        for key, entry in json.loads(path.read_text(encoding="utf-8")).items()}


def test_the_set_covers_every_status_of_every_item_in_both_languages():
    for lang in ("fr", "en"):
        entries = [entry for key, entry in GOLD.items() if key.startswith(f"{lang}/")]
        assert len(entries) == 8
        for item in entries[0]["items"]:
            assert {entry["items"][item] for entry in entries} == {"strong", "weak", "missing"}, (lang, item)


@pytest.mark.parametrize("key", sorted(GOLD))
def test_every_item_gets_the_status_its_label_says(key):
    """Every item is labelled, in and out of the contract's profile: lint with all of them."""
    entry = GOLD[key]
    report = lint_path(OWN / key, profile="all")
    assert report.language == key.split("/")[0]
    statuses = {item.id: item.status for item in report.items}
    wrong = {item: (expected, statuses[item], entry.get("notes", {}).get(item))
             for item, expected in entry["items"].items() if statuses[item] != expected}
    assert not wrong, wrong
