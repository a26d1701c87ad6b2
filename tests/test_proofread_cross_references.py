"""Cross-references checked against the clauses and annexes the document contains."""

from __future__ import annotations

from test_proofread_examples import proofread_file, write_contract
from test_proofread_numbering import word_contract

RULE = "proofreading.broken-reference"


def broken(path, lang="en"):
    return [f for f in proofread_file(path, lang) if f.rule == RULE]


def test_references_to_clauses_word_numbers(tmp_path):
    path = word_contract(tmp_path, [
        ("Term", 0, 1), ("The agreement lasts two years, subject to clause 2.1.", 1, 1),
        ("Either party may end it under clause 1.2 or clause 2.3.", 1, 1),
        ("Price", 0, 1), ("The price is fixed.", 1, 1), ("It is paid under clause 2.1.", 1, 1)])
    found = broken(path)
    assert [(f.message, f.location.clause, f.location.paragraph) for f in found] == [
        ("Reference to clause 2.3, which this document does not contain.", "1.2", 3)]
    assert found[0].severity == "error"


def test_lists_ranges_and_words_after_the_number(tmp_path):
    paragraphs = ["1. Term", "This Agreement lasts two years.", "2. Price", "The price is fixed.", "3. Notices",
                  "Clauses 1 to 3 and 9 survive termination; clause 2 and 30 days of notice apply.",
                  "Clause 9 applies again."]
    found = broken(write_contract(tmp_path, paragraphs, "txt", "en"))
    assert [(f.message, f.location.line) for f in found] == [
        ("Reference to Clauses 9, which this document does not contain.", 11)]  # one finding per missing clause


def test_references_to_laws_and_other_agreements_are_not_checked(tmp_path):
    paragraphs = ["Article 1 - Objet", "Le Contrat est régi par l'article 1231-5 du Code civil et l'article 28 du RGPD.",
                  "Article 2 - Prix", "Les articles L. 441-10 et 441-16 du Code de commerce s'appliquent, ainsi que "
                  "l'article 5 des Conditions Générales et les articles 44 à 50 du RGPD.",
                  "Article 3 - Durée", "L'article 3.2 ci-dessous ne s'applique pas ; voir l'article 2 ci-dessus."]
    assert broken(write_contract(tmp_path, paragraphs, "txt", "fr"), "fr") == []
    paragraphs = ["1. Term", "Section 365(n) of the Bankruptcy Code and Article 6(1)(f) GDPR apply, as does "
                  "Section 12.4 of the Master Agreement and 17 U.S.C. Section 101.", "2. Price", "The price is fixed.",
                  "3. Notices", "Notices follow Section 2 above."]
    assert broken(write_contract(tmp_path, paragraphs, "docx", "en")) == []


def test_a_missing_clause_found_in_french_text_and_pdf(tmp_path):
    paragraphs = ["Article 1 - Objet", "Le Contrat a pour objet la fourniture de pièces.", "Article 2 - Prix",
                  "Le prix est ferme, sous réserve de l'article 9.4 ci-dessous.", "Article 3 - Durée",
                  "Le Contrat dure deux ans."]
    for fmt, where in (("txt", "line"), ("pdf", "page")):
        found = broken(write_contract(tmp_path, paragraphs, fmt, "fr", f"missing-{fmt}"), "fr")
        assert [f.message for f in found] == ["Renvoi à article 9.4, qui n'existe pas dans ce document."], fmt
        assert found[0].location.as_dict()[where] and found[0].location.clause == "2"


def test_annexes_are_checked_against_the_annexes_of_their_kind(tmp_path):
    paragraphs = ["1. Services", "The services are described in Annex 1 and Annex 2; the prices in Schedule B;",
                  "the plan in Exhibit A.", "2. Term", "This Agreement lasts one year.", "3. Notices",
                  "Notices are sent by post.", "Annex 1 - Services", "Hosting and support.", "Exhibit A-1 - Plan",
                  "The plan."]
    found = broken(write_contract(tmp_path, paragraphs, "txt", "en"))
    assert [f.message for f in found] == ["Reference to Annex 2, which this document does not contain."]


def test_an_amendment_cites_the_clauses_of_the_agreement_it_amends(tmp_path):
    paragraphs = ["AMENDMENT No. 2 TO THE SUPPLY AGREEMENT", "1. Amendment", "Section 7.4 of the Agreement is deleted.",
                  "2. Price", "Section 9 of the Agreement is replaced.", "3. Effect", "All else is unchanged."]
    assert broken(write_contract(tmp_path, paragraphs, "txt", "en")) == []
