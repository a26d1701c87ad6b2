"""Rendering a template into numbered blocks: numbers, cross-references, definitions, escaping."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from clausekit.drafting.generator import build_draft, example_answers, load_template
from clausekit.drafting.language import NARROW_NBSP, NBSP
from clausekit.drafting.render import sort_key
from clausekit.errors import ClauseKitError

FIXTURES = Path(__file__).parent / "fixtures"
ANSWERS = {"party_a_name": "Martin & Fils <SA>"}


@pytest.fixture(scope="module")
def mini():
    return load_template("mini", FIXTURES / "clauses", FIXTURES / "templates")


def numbered(draft) -> list[tuple[str, str]]:
    return [(block.number, block.text) for block in draft.blocks if block.number]


def test_clauses_paragraphs_and_items_are_numbered_in_order(mini):
    draft = build_draft(mini, ANSWERS, "en")
    assert [(b.number, b.text) for b in draft.headings()] == [
        ("1", "Definitions"), ("2", "Pilot Phase"), ("3", "Exit"), ("4", "Governance")]
    assert ("2.2.1", "results are reviewed every year;") in numbered(draft)
    assert draft.numbers == {"definitions": "1", "pilot": "2", "pilot.kpi": "2.2", "exit": "3",
                             "exit.transition": "3.2", "governance": "4"}
    preamble = [b.text for b in draft.blocks if b.kind == "preamble"]
    assert preamble[0] == "BETWEEN:"
    assert [b.text for b in draft.blocks if b.kind == "closing"] == ["Made in Paris, in two originals."]


def test_references_carry_the_number_and_the_bookmark_of_their_target(mini):
    draft = build_draft(mini, ANSWERS, "en")
    governance = next(b for b in draft.blocks if b.number == "4.1")
    assert governance.text == "The steering committee follows the transition of clause 3.2 and the exit of clause 3."
    refs = [(s.text, s.bookmark) for s in governance.segments if s.kind == "ref"]
    assert refs == [("3.2", "_Ref_exit__transition"), ("3", "_Ref_exit")]
    targets = {b.bookmark: b.number for b in draft.blocks if b.bookmark}
    assert targets["_Ref_exit__transition"] == "3.2" and targets["_Ref_exit"] == "3"


def test_leaving_the_pilot_out_renumbers_what_follows_and_its_references(mini):
    with_pilot = build_draft(mini, ANSWERS, "en")
    without = build_draft(mini, {**ANSWERS, "include_pilot": False}, "en")
    assert [b.text for b in without.headings()] == ["Definitions", "Exit", "Governance"]
    assert [b.number for b in without.headings()] == ["1", "2", "3"]
    assert next(b for b in with_pilot.blocks if b.number == "4.1").text.endswith("clause 3.2 and the exit of clause 3.")
    assert next(b for b in without.blocks if b.number == "3.1").text.endswith("clause 2.2 and the exit of clause 2.")
    # the governance paragraph about the pilot renders empty and is dropped, so 3.2 does not exist
    assert all(b.number != "3.2" for b in without.blocks)


def test_definitions_list_only_terms_of_included_clauses_in_alphabetical_order(mini):
    fr = build_draft(mini, ANSWERS, "fr")
    entries = [b.text for b in fr.blocks if b.kind == "item" and b.number.startswith("1.1.")]
    assert entries == [f"«{NBSP}Contrat{NBSP}» désigne le présent contrat.",
                       f"«{NBSP}Période Pilote{NBSP}» désigne la période définie à l’article 2."]
    assert [s.kind for s in fr.blocks[fr.blocks.index(next(b for b in fr.blocks if b.number == "1.1.1"))].segments] == \
        ["bold", "text"]
    without = build_draft(mini, {**ANSWERS, "include_pilot": False}, "en")
    assert [b.text for b in without.blocks if b.kind == "item" and b.number.startswith("1.1.")] == [
        "\u201cAgreement\u201d means this agreement."]
    assert sorted(["Période", "Partie", "Éléments", "Zone", "avenant"], key=sort_key) == [
        "avenant", "Éléments", "Partie", "Période", "Zone"]


def test_french_drafts_get_french_values_and_typography(mini):
    draft = build_draft(mini, ANSWERS, "fr")
    text = "\n".join(b.text for b in draft.blocks)
    assert "cinq (5) mois à compter du 1er mars 2027" in text
    assert f"150{NARROW_NBSP}000{NBSP}EUR" in text
    assert f"objectif de 5{NARROW_NBSP}%{NBSP}:" in text
    assert f"revus tous les ans{NARROW_NBSP};" in text
    assert f"ENTRE LES SOUSSIGNÉES{NBSP}:" in text


def test_answers_are_values_never_template_code(mini):
    draft = build_draft(mini, {**ANSWERS, "party_b": "{{ 7*7 }}", "party_a": "{% raw %}<b>"}, "en")
    text = "\n".join(b.text for b in draft.blocks)
    assert '(hereinafter \u201c{{ 7*7 }}\u201d)' in text and "49" not in text  # straight quotes become curly
    assert "{% raw %}<b> may leave without penalty" in text
    assert "Martin & Fils <SA>" in text


def test_the_fallback_position_uses_the_fallback_texts(mini):
    draft = build_draft(mini, ANSWERS, "en", "fallback")
    assert ("2.1", "The Pilot Period lasts five (5) months; the Parties review it every year.") in numbered(draft)


def test_unknown_position_lists_the_valid_ones(mini):
    with pytest.raises(ClauseKitError, match="unknown position 'strongest'; valid: preferred, fallback"):
        build_draft(mini, ANSWERS, "en", "strongest")


def test_unknown_template_lists_the_valid_ones():
    with pytest.raises(ClauseKitError, match="unknown template 'maxi'; valid: mini"):
        load_template("maxi", FIXTURES / "clauses", FIXTURES / "templates")


def broken_library(tmp_path: Path, clause: str, old: str, new: str) -> Path:
    library = tmp_path / "clauses"
    shutil.copytree(FIXTURES / "clauses", library)
    path = library / f"{clause}.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    return library


@pytest.mark.parametrize("clause, old, new, message", [
    ("exit", "people support the transition.", "people {{ undeclared_thing }}.",
     r"exit\.yaml: preferred/en paragraph 2: 'undeclared_thing' is undefined"),
    ("exit", "people support the transition.", "people {{ ''.__class__ }}.",
     r"exit\.yaml: preferred/en paragraph 2: .*unsafe"),
    ("governance", "ref('exit.transition')", "ref('exit.nowhere')",
     r"ref\('exit\.nowhere'\) names no clause or paragraph anchor"),
    ("governance", "ref('exit.transition')", "ref('liability')",
     r"ref\('liability'\) names no clause of template mini"),
    ("exit", "people support the transition.", "people {{ term('results') }}.",
     r"term\('results'\) is not defined by any clause of this draft"),
    ("governance", "{% if include_pilot %}It also", "{% if included('liabilty') %}It also",
     r"included\('liabilty'\) names no clause of the library"),
])
def test_clause_text_errors_name_the_file_and_the_paragraph(tmp_path, clause, old, new, message):
    template = load_template("mini", broken_library(tmp_path, clause, old, new), FIXTURES / "templates")
    with pytest.raises(ClauseKitError, match=message):
        build_draft(template, ANSWERS, "en")


def test_a_reference_to_a_clause_left_out_is_an_error_naming_it(tmp_path):
    library = broken_library(tmp_path, "governance", "{% if include_pilot %}It also", "{% if true %}It also")
    template = load_template("mini", library, FIXTURES / "templates")
    message = r"ref\('pilot\.kpi'\) points to clause pilot, which this draft leaves out"
    with pytest.raises(ClauseKitError, match=message):
        build_draft(template, {**ANSWERS, "include_pilot": False}, "en")


def test_included_tells_whether_the_draft_has_a_clause(tmp_path):
    library = broken_library(tmp_path, "governance", "{% if include_pilot %}It also", "{% if included('pilot') %}It also")
    template = load_template("mini", library, FIXTURES / "templates")
    with_pilot = build_draft(template, ANSWERS, "en")
    without = build_draft(template, {**ANSWERS, "include_pilot": False}, "en")
    assert any(b.text.startswith("It also reviews the indicators of clause 2.2") for b in with_pilot.blocks)
    assert not any(b.text.startswith("It also") for b in without.blocks)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_governing_law_clause_defers_to_the_governance_escalation_when_there_is_one(lang):
    """One dispute ladder per contract: the governance clause's when it exists, the governing-law clause's otherwise."""
    def governing_law_text(template_id: str) -> str:
        template = load_template(template_id)
        draft = build_draft(template, example_answers(template), lang)
        start = next(i for i, b in enumerate(draft.blocks) if b.kind == "heading" and b.clause == "governing_law")
        return " ".join(b.text for b in draft.blocks[start + 1:] if b.clause == "governing_law")

    partnership, supplier = governing_law_text("co_branding"), governing_law_text("supplier_framework")
    amicable = {"en": "settle amicably", "fr": "solution amiable"}[lang]
    assert amicable in supplier and amicable not in partnership
    escalation_number = next(b.number for b in build_draft(load_template("co_branding"),
                                                           example_answers(load_template("co_branding")), lang).blocks
                             if b.bookmark == "_Ref_governance__escalation")
    assert escalation_number in partnership


def test_french_drafts_elide_de_and_que_before_a_party_named_with_a_vowel():
    """« la contribution d'Atelier Girard », never « de Atelier Girard »; a « de » inside a name stays."""
    template = load_template("co_branding")
    answers = {**example_answers(template), "party_b": "Atelier Girard", "party_b_name": "Atelier de Orfèvres SAS"}
    text = "\n".join(block.text for block in build_draft(template, answers, "fr", "preferred").blocks)
    assert "contribution d’Atelier Girard" in text
    assert not re.search(r"\b(?:de|que) Atelier", text)
    assert "Atelier de Orfèvres SAS" in text  # inside the name: as the answers give it
    english = "\n".join(block.text for block in build_draft(template, answers, "en", "preferred").blocks)
    assert "contribution of Atelier Girard" in english
