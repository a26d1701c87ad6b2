"""Checklist items in varied drafting styles: other senses of a word, odd headings, negation."""

import pytest

from clausekit.judge import judge_document
from clausekit.readers import read_document
from clausekit.rules import load_rules


def judge(tmp_path, text, lang, profile="partnership", name="contract.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = judge_document(read_document(path), load_rules(), lang, profile)
    return {item.id: item.status for item in report.items}, report


@pytest.mark.parametrize("text, lang", [
    ("1. Manufacturing\nThe Supplier shall build a pilot plant and produce pilot batches of the Product at pilot scale.", "en"),
    ("Article 1 - Fabrication\nLe Fournisseur installe une unité pilote et produit des lots pilotes du Produit.", "fr"),
])
def test_pilot_in_another_sense_is_not_a_pilot_phase(tmp_path, text, lang):
    statuses, _ = judge(tmp_path, text, lang)
    assert statuses["pilot"] == "missing"


@pytest.mark.parametrize("text, lang", [
    ("1. Products\nThe Supplier shall deliver the technical data sheets and the safety data of each Product.", "en"),
    ("Article 1 - Produits\nLe Fournisseur remet les fiches de données de sécurité et les données techniques de chaque Produit.", "fr"),
])
def test_data_in_another_sense_is_not_a_data_clause(tmp_path, text, lang):
    statuses, _ = judge(tmp_path, text, lang, profile="supplier")
    assert statuses["data"] == "missing"


@pytest.mark.parametrize("text, lang", [
    ("12. Miscellaneous\n12.1 The partnership begins with a trial period of three (3) months. "
     "The KPIs are at least 200 qualified leads and revenue of EUR 40,000. "
     "At the end of the trial period the Parties shall evaluate the results and decide whether to continue. "
     "If the KPIs are not met, either Party may terminate this Agreement without penalty.", "en"),
    ("Article 12 - Dispositions diverses\n12.1 Le partenariat débute par une période d'essai de trois (3) mois. "
     "Les indicateurs de performance sont d'au moins 200 prospects qualifiés et un chiffre d'affaires de 40 000 EUR. "
     "À l'issue de la période d'essai, les Parties procèdent à une évaluation des résultats. "
     "Si les objectifs ne sont pas atteints, chaque Partie peut résilier le Contrat sans pénalité.", "fr"),
])
def test_a_pilot_under_an_unexpected_heading_is_found_and_judged(tmp_path, text, lang):
    statuses, report = judge(tmp_path, text, lang)
    assert statuses["pilot"] == "strong", [f.rule for f in report.findings if f.item == "pilot"]


@pytest.mark.parametrize("text, lang", [
    ("5. Service Levels\nAvailability shall be at least 99.5% per month, measured and reported monthly. "
     "Missed levels give rise to service credits of 5% of the monthly fees, capped at 15%. "
     "No bonus shall be payable for exceeding the service levels.", "en"),
    ("Article 5 - Niveaux de service\nLa disponibilité est d'au moins 99,5 % par mois, mesurée et communiquée chaque mois. "
     "Tout niveau manqué donne lieu à des pénalités de 5 % de la redevance mensuelle, plafonnées à 15 %. "
     "Aucun bonus n'est dû en cas de dépassement des niveaux de service.", "fr"),
])
def test_a_negated_bonus_is_no_bonus(tmp_path, text, lang):
    statuses, report = judge(tmp_path, text, lang, profile="supplier")
    assert statuses["sla_bonus_malus"] == "weak"
    assert "sla_bonus_malus.bonus" in {f.rule for f in report.findings}


@pytest.mark.parametrize("text, lang", [
    ("7. Pilot\nThe pilot shall last twelve (12) months, with a target of 500 leads, an evaluation at its end "
     "and a right for either Party to terminate without penalty if the target is missed.", "en"),
    ("Article 7 - Phase pilote\nLa phase pilote dure douze (12) mois, avec un objectif de 500 prospects, une évaluation "
     "à son terme et une faculté pour chaque Partie de résilier sans pénalité si l'objectif n'est pas atteint.", "fr"),
])
def test_a_pilot_longer_than_six_months_is_weak_and_says_why(tmp_path, text, lang):
    statuses, report = judge(tmp_path, text, lang)
    assert statuses["pilot"] == "weak"
    finding = next(f for f in report.findings if f.rule == "pilot.duration-range")
    assert "12" in finding.message
