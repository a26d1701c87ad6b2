"""The governing-law answer, not the language, decides the legal references of a draft.

French law: Code civil and Code de commerce articles, clause pénale, the courts of a Court
of Appeal district; English law: no French statute in either language, the English
penalty test, the courts of England and Wales (never "siégeant à London").
"""

from __future__ import annotations

import re

import pytest

from clausekit.drafting.generator import build_draft, example_answers, load_template
from clausekit.drafting.manifest import template_ids
from clausekit.resources import data_dir

TEMPLATES = template_ids(data_dir("templates"))
FRENCH_STATUTES = re.compile(r"Code civil|Code de commerce|Code de la propriété intellectuelle|Code de procédure|"
                             r"clause pénale|French Civil Code|L\. \d{3}-\d")


def text(template_id: str, law: str, lang: str, position: str = "preferred") -> str:
    template = load_template(template_id)
    answers = {**example_answers(template), "governing_law_country": law}
    return "\n".join(block.text for block in build_draft(template, answers, lang, position).blocks)


@pytest.mark.parametrize("template_id", TEMPLATES)
@pytest.mark.parametrize("law", ["england", "belgium", "switzerland", "luxembourg"])
def test_no_french_statute_outside_french_law_in_either_language(template_id, law):
    for lang in ("en", "fr"):
        for position in ("preferred", "fallback"):
            draft = text(template_id, law, lang, position)
            assert sorted(set(FRENCH_STATUTES.findall(draft))) == [], (lang, position)
            assert "siégeant à" not in draft and "sitting in" not in draft


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_english_law_goes_to_the_courts_of_england_and_wales_in_both_languages(template_id):
    assert "the courts of England and Wales shall have exclusive jurisdiction" in text(template_id, "england", "en")
    assert "des juridictions d’Angleterre et du pays de Galles" in text(template_id, "england", "fr")
    assert "Londres" not in text(template_id, "england", "fr")


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_french_law_keeps_its_references_in_english_drafts_too(template_id):
    english = text(template_id, "france", "en")
    # the courts of the chosen city: a court of appeal named after it may not exist (Lille sits under Douai)
    assert "the competent courts of" in english and "Court of Appeal" not in english
    assert "does not constitute a penalty" not in english
    french = text(template_id, "france", "fr")
    assert "Code civil" in french and "des juridictions compétentes de" in french and "cour d'appel" not in french


def test_penalties_follow_the_law_not_the_language():
    for position in ("preferred", "fallback"):
        assert "penalty clause (clause pénale) within the meaning of article 1231-5 of the French Civil Code" in text(
            "affiliation", "france", "en", position)
        assert "does not constitute a penalty" in text("affiliation", "england", "en", position)
        english_fr = text("affiliation", "england", "fr", position)
        assert "à titre de dommages-intérêts conventionnels" in english_fr
        assert "la pénalité" not in english_fr and "cette pénalité" not in english_fr and "astreinte" not in english_fr
        assert "Les Crédits de Service constituent une clause pénale" in text("supplier_spot", "france", "fr", position)
        assert "constituent un ajustement du prix" in text("supplier_spot", "england", "fr", position)
        assert "price adjustment" not in text("supplier_spot", "france", "en", position)
        assert "price adjustment" in text("supplier_spot", "england", "en", position)


def test_the_jv_share_valuation_expert_is_appointed_as_the_governing_law_expects():
    for law, lang, appointer in (("france", "fr", "président du tribunal de commerce"),
                                 ("england", "en", "Institute of Chartered Accountants in England and Wales"),
                                 ("england", "fr", "Institute of Chartered Accountants in England and Wales"),
                                 ("belgium", "en", "president of the court designated in clause")):
        assert appointer in text("joint_venture", law, lang)
    assert "Institute of Chartered Accountants" not in text("joint_venture", "belgium", "en")


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_english_law_drafts_use_english_concepts_in_both_languages(template_id):
    english, french = text(template_id, "england", "en"), text(template_id, "england", "fr")
    assert "Contracts (Rights of Third Parties) Act 1999" in english and "Contracts (Rights of Third Parties) Act 1999" in french
    assert "gross negligence" not in english and "faute lourde" not in french
    assert "inadmissible" not in english and "irrecevable" not in french
    under_french_law = text(template_id, "france", "en")
    assert "Third Parties" not in under_french_law and "gross negligence" in under_french_law


@pytest.mark.parametrize("law, centre, city", [
    ("france", "CMAP", "Paris"), ("england", "CEDR", None), ("belgium", "CEPANI", "Bruxelles"),
    ("switzerland", "Centre suisse d", "Genève"), ("luxembourg", "CMCC", "Luxembourg"),
])
def test_unanswered_mediation_centre_and_courts_follow_the_governing_law(law, centre, city):
    template = load_template("joint_venture")
    answers = {key: value for key, value in example_answers(template).items()
               if key not in ("mediation_centre", "jurisdiction_city")}
    draft = "\n".join(block.text for block in build_draft(template, {**answers, "governing_law_country": law},
                                                         "fr", "preferred").blocks)
    assert centre in draft
    others = {"CMAP", "CEDR", "CEPANI", "CMCC"} - {centre}
    assert not [other for other in others if other in draft]
    if city is not None:
        assert f"juridictions compétentes de {city}" in draft
    named = build_draft(template, {**answers, "governing_law_country": "england", "mediation_centre": "the LCIA"},
                        "en", "preferred").blocks
    assert "the LCIA" in "\n".join(block.text for block in named)  # an answer always wins


def test_the_interview_offers_the_default_of_the_law_already_answered(monkeypatch):
    """Asked for the mediation centre after choosing English law, Enter keeps CEDR, not the Paris centre."""
    from clausekit.commands.drafting import _terminal_prompt

    template = load_template("joint_venture")
    answers = {key: value for key, value in example_answers(template).items() if key != "mediation_centre"}
    questions: list[str] = []
    monkeypatch.setattr("click.termui.visible_prompt_func", lambda question: questions.append(question) or "")
    asked: list[tuple[str, str]] = []
    draft = build_draft(template, {**answers, "governing_law_country": "england"}, "en", "preferred",
                        prompt=_terminal_prompt("en", asked))
    question = next(question for question in questions if "(mediation_centre" in question)
    assert "[CEDR (Centre for Effective Dispute Resolution)]" in question and "[CMAP" not in question
    assert "CEDR" in "\n".join(block.text for block in draft.blocks)
