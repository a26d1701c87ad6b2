"""Unfilled template fields, in every form the issue names, and the blanks that are not defects."""

from __future__ import annotations

import pytest

from test_proofread_examples import proofread_file, write_contract

RULE = "proofreading.placeholder"


def placeholders(tmp_path, paragraphs, lang="en", fmt="txt"):
    return [f for f in proofread_file(write_contract(tmp_path, paragraphs, fmt, lang), lang) if f.rule == RULE]


@pytest.mark.parametrize("field", ["[●]", "[•]", "[...]", "[…]", "[TBD]", "[À compléter]", "[à préciser]", "XXX",
                                   "__________", "{{ supplier_name }}", "{% if exclusive %}", "[ ]", "[Insert address]",
                                   "{company_name}", "[●%]", "[$●]"])
def test_each_form_of_unfilled_field_is_found(tmp_path, field):
    found = placeholders(tmp_path, ["1. Price", f"The price is {field} per unit, payable monthly."])
    assert len(found) == 1 and field in found[0].message, found
    assert found[0].severity == "error"
    assert found[0].location.line == 3 and found[0].location.clause == "1"


def test_an_empty_date_is_one_defect_naming_its_blanks(tmp_path):
    found = placeholders(tmp_path, ["This Agreement is made on the ___ day of ________, 20__ by the parties."])
    assert len(found) == 1
    assert "___" in found[0].message and "________" in found[0].message


def test_signature_blanks_redactions_and_roman_numerals_are_not_placeholders(tmp_path):
    paragraphs = ["Article XXX - Final provisions", "The fee is [***] per unit.", "By: ____________________",
                  "Name: ____________________", "Date: ______________", "Fait à ___________, le ___________",
                  "Nom : ____________", "The word XXXL is a size."]
    assert placeholders(tmp_path, paragraphs) == []


def test_a_placeholder_in_a_word_table_and_a_pdf_is_found(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("The parties agree on the prices below.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Unit price"
    table.cell(0, 1).text = "EUR [●]"
    document.save(tmp_path / "table.docx")
    found = [f for f in proofread_file(tmp_path / "table.docx", "en") if f.rule == RULE]
    assert [f.location.paragraph for f in found] == [3]
    found = placeholders(tmp_path, ["Le prix unitaire est de [À compléter] euros."], "fr", "pdf")
    assert [f.location.page for f in found] == [1]


@pytest.mark.parametrize(("lang", "block"), [
    ("en", ["IN WITNESS WHEREOF, the Parties have signed this Agreement.", "Signed for the Customer: ____________",
            "Name: ____________", "Title: ____________", "Signed for and on behalf of the Supplier: ____________",
            "The Supplier: ____________", "Date: ____________"]),
    ("en", ["Signed for the Customer: ____________", "Agreed and accepted by: ____________"]),
    ("fr", ["En foi de quoi, les Parties ont signé le présent Contrat.", "Fait à ____, le ____", "Pour le Client :",
            "Signature : ____________", "Nom : ____________", "Qualité : ____________", "Le Fournisseur : ____________"]),
    ("fr", ["Fait à ____________, le ____________ en deux exemplaires originaux", "Signature :", "Nom :", "Qualité :",
            "Signature du Client : ____________", "Pour le Fournisseur : ____________"]),
])
def test_a_signature_block_is_signed_by_hand_not_unfilled(tmp_path, lang, block):
    body = {"en": ["1. Price", "The price is fixed in Annex 1 and is payable monthly."],
            "fr": ["Article 1 - Prix", "Le prix est fixé à l'Annexe 1 et payable chaque mois."]}[lang]
    assert placeholders(tmp_path, [*body, *block], lang) == []


@pytest.mark.parametrize(("lang", "paragraphs"), [
    ("en", ["1. Price", "The Customer: ____________ shall pay ____ euros within ____ days of the invoice."]),
    ("en", ["IN WITNESS WHEREOF, the Parties have signed this Agreement.", "Signed for the Customer: ____________",
            "Annex 1 - Prices",
            "The Customer shall pay the Supplier a monthly fee of ____ euros, invoiced at the end of each month "
            "and payable within thirty (30) days of the date of the invoice."]),
    ("fr", ["Article 1 - Prix", "Le Client paie la somme de ____ euros dans un délai de ____ jours à compter "
            "de la facture, par virement sur le compte du Fournisseur."]),
])
def test_blanks_in_a_clause_body_are_still_placeholders(tmp_path, lang, paragraphs):
    found = placeholders(tmp_path, paragraphs, lang)
    assert len(found) == 1 and "____" in found[0].message
