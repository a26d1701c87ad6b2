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
