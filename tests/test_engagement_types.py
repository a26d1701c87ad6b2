"""The term fits the engagement type: the generator's bounds and the linter's check read one table.

items/checklist.yaml lists the supplier engagement types and the duration each
calls for; every supplier template must only let a lawyer choose a duration inside it,
and the linter reports a duration outside it (rule term.inconsistent-with-type).
"""

import pytest

from clausekit.checklist import load_checklist
from clausekit.drafting.generator import load_template
from clausekit.review.judge import judge_document
from clausekit.review.read import read_document
from clausekit.review.rules import load_rules

ENGAGEMENTS = load_checklist().engagement_types


def _months(duration) -> float:
    return duration.value * {"days": 1 / 30, "weeks": 7 / 30, "months": 1, "years": 12}[duration.unit]


@pytest.mark.parametrize("engagement", ENGAGEMENTS.values(), ids=lambda e: e.id)
def test_each_supplier_template_offers_only_durations_its_engagement_allows(engagement):
    variables = load_template(engagement.template).variables
    if engagement.indefinite:
        assert variables["term_type"].allowed == ("indefinite",)
        return
    assert variables["term_type"].allowed == ("fixed",)
    duration = variables["term_duration"]
    for bound in (duration.min, duration.max, duration.default):
        assert bound is not None and engagement.fits(_months(bound)), (engagement.id, bound)


def lint_term(tmp_path, text, lang):
    path = tmp_path / "contract.txt"
    path.write_text(text, encoding="utf-8")
    report = judge_document(read_document(path), load_rules(), lang, "supplier")
    findings = [f for f in report.findings if f.rule == "term.inconsistent-with-type"]
    return {i.id: i.status for i in report.items}["term"], findings


RENEWAL_EN = ("It shall be renewed automatically for successive periods of one (1) year unless either Party gives "
              "notice of non-renewal at least three (3) months before expiry.")
RENEWAL_FR = ("Il est reconduit tacitement par périodes successives d'un (1) an, sauf dénonciation notifiée au moins "
              "trois (3) mois avant l'échéance.")


@pytest.mark.parametrize("title, clause, consistent", [
    ("FRAMEWORK SUPPLY AGREEMENT", "This Agreement shall remain in force for an initial term of two (2) years.", True),
    ("FRAMEWORK SUPPLY AGREEMENT", "This Agreement shall remain in force for an initial term of ten (10) years.", False),
    ("SUPPLY AGREEMENT", "This framework agreement shall remain in force for an initial term of ten (10) years.", False),
    ("LONG-TERM SUPPLY AGREEMENT", "This Agreement shall remain in force for an initial term of one (1) year.", False),
    ("LONG-TERM SUPPLY AGREEMENT", "This Agreement shall remain in force for an initial term of four (4) years.", True),
    ("SPOT SUPPLY AGREEMENT", "This Agreement shall remain in force for an initial term of six (6) months.", True),
    ("SPOT SUPPLY AGREEMENT", "This Agreement is entered into for an indefinite term.", False),
    ("STRATEGIC SUPPLY AND INVESTMENT AGREEMENT", "This Agreement is entered into for an indefinite term, "
     "with a firm initial period of five (5) years.", True),
    ("STRATEGIC SUPPLY AND INVESTMENT AGREEMENT", "This Agreement shall remain in force for an initial term of "
     "three (3) years.", False),
    ("SUPPLY AGREEMENT", "This Agreement shall remain in force for an initial term of ten (10) years.", True),
])
def test_the_term_is_checked_against_the_engagement_the_contract_states_en(tmp_path, title, clause, consistent):
    status, findings = lint_term(tmp_path, f"{title}\n\n1. Term\n{clause} {RENEWAL_EN}", "en")
    assert (not findings) is consistent, [f.message for f in findings]
    assert status == ("strong" if consistent else "weak")


@pytest.mark.parametrize("title, clause, consistent", [
    ("CONTRAT-CADRE DE FOURNITURE", "Le Contrat est conclu pour une durée initiale de deux (2) ans.", True),
    ("CONTRAT-CADRE DE FOURNITURE", "Le Contrat est conclu pour une durée initiale de dix (10) ans.", False),
    ("CONTRAT D'APPROVISIONNEMENT À LONG TERME", "Le Contrat est conclu pour une durée initiale de quatre (4) ans.", True),
    ("CONTRAT DE FOURNITURE PONCTUELLE", "Le Contrat est conclu pour une durée initiale de trois (3) ans.", False),
    ("CONTRAT D'APPROVISIONNEMENT AVEC PRISE DE PARTICIPATION", "Le Contrat est conclu pour une durée indéterminée, "
     "avec une période initiale ferme de cinq (5) ans.", True),
])
def test_the_term_is_checked_against_the_engagement_the_contract_states_fr(tmp_path, title, clause, consistent):
    status, findings = lint_term(tmp_path, f"{title}\n\nArticle 1 - Durée\n{clause} {RENEWAL_FR}", "fr")
    assert (not findings) is consistent, [f.message for f in findings]
    assert status == ("strong" if consistent else "weak")


def test_the_finding_names_the_type_the_term_and_the_usual_duration(tmp_path):
    _, findings = lint_term(tmp_path, "FRAMEWORK SUPPLY AGREEMENT\n\n1. Term\nThis Agreement shall remain in force "
                                      f"for an initial term of ten (10) years. {RENEWAL_EN}", "en")
    assert findings[0].message == ("Inconsistent term: a framework agreement for ten (10) years, "
                                   "whereas this engagement usually runs 1 to 3 years.")
    assert findings[0].location.clause == "1"
