"""The rule data is sound: every pattern compiles, and every checklist rule has examples.

Checklist rules take their failing examples from items/<id>/weakened.yaml (one variant per
element, plus vague and agreement-to-agree variants) and their passing examples from
the clause library, through the round-trip tests; this test proves that coverage is
complete, so that no rule ships untested.
"""

from pathlib import Path

import pytest
import yaml

from clausekit.checklist import LANGUAGES, load_checklist
from clausekit.errors import ClauseKitError
from clausekit.review.rules import PerLanguage, load_rules, lower_pattern

ITEMS = Path(__file__).parents[1] / "items"  # each package's weakened.yaml: one variant per element
RULES = load_rules()


def _per_language_fields(item_rules):
    yield item_rules.headings
    yield item_rules.anchors
    yield item_rules.exclude
    for element in item_rules.elements.values():
        yield from (element.patterns, element.negated, element.together)
        if element.value:
            yield element.value.near


@pytest.mark.parametrize("item", sorted(RULES.items))
def test_every_pattern_compiles_in_both_languages(item):
    for field in _per_language_fields(RULES.items[item]):
        assert isinstance(field, PerLanguage)
        field.compile_all()
        assert set(field) == set(LANGUAGES)


def test_shared_weakness_sets_compile():
    for patterns in RULES.weaknesses.values():
        patterns.compile_all()


def _variants(item):
    path = ITEMS / item / "weakened.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))["variants"] if path.exists() else []


@pytest.mark.parametrize("item", [i.id for i in load_checklist().items.values() if i.kind == "checklist"])
def test_every_checklist_rule_has_a_failing_example(item):
    variants = _variants(item)
    assert variants, f"no weakened variants for {item}"
    for rule in RULES.items[item].rules.values():
        kind, _, name = rule.check.partition(":")
        if kind == "missing":
            continue  # exercised by removing the clause from every draft (test_round_trip)
        if kind in ("element", "value"):
            assert any(v["lacks"] == name for v in variants), f"{rule.id}: no variant lacks {name}"
        elif kind == "engagement":
            assert any(v["lacks"] == "engagement" for v in variants), f"{rule.id}: no variant misfits its engagement"
        else:
            patterns = RULES.weaknesses[name]
            assert any(patterns.get(lang) and any(patterns.get(lang).search(p) for p in v[lang])
                       for v in variants for lang in LANGUAGES), f"{rule.id}: no variant uses such wording"


def test_clauses_shared_with_name_checklist_items():
    for item_rules in RULES.items.values():
        assert set(item_rules.shares_clauses_with) <= set(load_checklist().items), item_rules.item


def test_an_unknown_item_in_shares_clauses_with_is_refused_naming_the_file(tmp_path):
    source = (Path(__file__).parents[1] / "items" / "exit" / "rules.yaml").read_text(encoding="utf-8")
    assert "shares_clauses_with: [term]" in source
    (tmp_path / "exit.yaml").write_text(source.replace("shares_clauses_with: [term]", "shares_clauses_with: [trem]"),
                                        encoding="utf-8")
    with pytest.raises(ClauseKitError, match=r"exit\.yaml.*shares_clauses_with names unknown item\(s\) trem"):
        load_rules([tmp_path])


@pytest.mark.parametrize("pattern, lowered", [
    (r"\bQBRs?\b", r"\bqbrs?\b"),
    (r"\bSLA\S*\W+(?:Service|SERVICE)", r"\bsla\S*\W+(?:service|service)"),
    (r"[A-Z]\d\D\\B", r"[a-z]\d\D\\b"),
])
def test_lowering_a_pattern_keeps_its_escapes(pattern, lowered):
    assert lower_pattern(pattern) == lowered


def test_every_anchor_finds_in_lowered_text_what_it_finds_case_insensitively():
    """The scan runs the lowered pattern over the lowered text: same matches, same offsets."""
    text = ("This Agreement shall REMAIN IN FULL FORCE for an Initial Term of two (2) years. The Steering "
            "Committee meets every quarter (QBR). Upon Termination, each Party returns the Customer Data. "
            "Le Comité de Pilotage se réunit chaque trimestre ; la Durée Initiale est de deux (2) ans.")
    for item_rules in RULES.items.values():
        for lang in LANGUAGES:
            for anchor in item_rules.anchors[lang]:
                expected = [m.span() for m in anchor.pattern.finditer(text)]
                assert [m.span() for m in anchor.lowered.finditer(text.lower())] == expected, anchor.source


@pytest.mark.parametrize(("pattern", "refused"), [
    (r"\bgoverned\b(?:\s*\w+)*[!?]", True), (r"(a+)*", True), (r"(?:\w+\s?)+$", True), (r"(?:a|b+)*", True),
    (r"a(?=(b+)*)", True), (r"(?:\w+ ){0,8}", False), (r"\bterm\b.{0,80}\bmonths\b", False), (r"(?:ab)*", False),
    (r"(?>(?:\s*\w+)*)x", False), (r"(?:\w+)*+x", False), (r"{solicit} ~8 {customer}", False),
])
def test_nested_unbounded_repetitions_are_told_apart(pattern, refused):
    """Refused when rules load (every shipped pattern passes: the compile test above loads them all)."""
    from clausekit.review.pattern_safety import nested_unbounded

    assert nested_unbounded(pattern) is refused

