"""Parties called by the names the preamble gives them."""

from __future__ import annotations

from test_proofread_examples import proofread_file, write_contract

RULE = "proofreading.unknown-party"
PREAMBLE = {
    "en": 'This Agreement is made between Acme Industries Ltd (the "Supplier") and Beta Retail SA (the "Customer").',
    "fr": "Le présent contrat est conclu entre Acme Industries SAS (ci-après le « Fournisseur ») et "
          "Beta Distribution SA (ci-après le « Client »).",
}


def unknown_parties(tmp_path, lang, paragraphs, fmt="txt"):
    path = write_contract(tmp_path, [PREAMBLE[lang], *paragraphs], fmt, lang)
    return [f for f in proofread_file(path, lang) if f.rule == RULE]


def test_a_third_name_and_an_unnamed_company_acting_as_parties(tmp_path):
    found = unknown_parties(tmp_path, "en", ["The Supplier delivers the goods. Each month the Vendor shall invoice "
                                             "the Customer, and the Vendor shall keep records.",
                                             "Gamma Logistics Inc. shall store the goods for the Customer."], "docx")
    assert [(f.message, f.location.paragraph) for f in found] == [
        ('"Vendor" acts as a party, but the parties are Supplier, Customer.', 2),  # once, at its first use
        ('"Gamma Logistics Inc." acts as a party, but the parties are Supplier, Customer.', 3)]
    assert found[0].severity == "warning" and "Vendor shall invoice" in found[0].quote


def test_french_third_name_in_a_pdf(tmp_path):
    found = unknown_parties(tmp_path, "fr", ["Le Fournisseur livre les produits et le Vendeur s'engage à facturer "
                                             "le Client chaque mois."], "pdf")
    assert [f.message for f in found] == ["« Vendeur » agit comme une partie, mais les parties sont Fournisseur, Client."]
    assert found[0].location.page == 1


def test_roles_of_third_parties_compounds_and_defined_roles_are_not_parties(tmp_path):
    paragraphs = ['"Distributor" means a reseller appointed by the Supplier.',
                  "The Supplier may appoint a Distributor, and the Distributor shall resell the goods to Customers.",
                  "The Customer Data remain the Customer's. Each Independent Contractor shall sign an undertaking.",
                  "Beta Retail SA shall pay the Supplier within thirty days."]
    assert unknown_parties(tmp_path, "en", paragraphs) == []


def test_a_numbered_sub_clause_names_the_company_not_its_number_nor_the_paragraph_before(tmp_path):
    """Point 23 of issue 19: '2.3 Gamma Logistics Ltd shall ...' after a paragraph ending in a capitalised phrase."""
    found = unknown_parties(tmp_path, "en", ["2.2 The Customer shall pay each invoice within the Payment Window.",
                                             "2.3 Gamma Logistics Ltd shall carry the goods to the Customer."])
    assert [(f.message, f.location.clause) for f in found] == [
        ('"Gamma Logistics Ltd" acts as a party, but the parties are Supplier, Customer.', "2.3")]


def test_a_french_company_acting_in_the_present_tense_is_a_party(tmp_path):
    found = unknown_parties(tmp_path, "fr", ["2.3 La société Gamma Transports SARL assure le transport des biens.",
                                             "2.4 Le Fournisseur livre les biens au Client."])
    assert [f.message for f in found] == [
        "« Gamma Transports SARL » agit comme une partie, mais les parties sont Fournisseur, Client."]
    assert not unknown_parties(tmp_path, "fr", ["2.3 Le Fournisseur assure le transport des biens."])
