"""Defined terms: definitions in their usual forms, uses whatever their number or gender,
and the capitalised words that are not terms."""

from __future__ import annotations

import pytest

from test_proofread_examples import proofread_file, write_contract

UNDEFINED, UNUSED = "proofreading.undefined-term", "proofreading.unused-term"
CONFLICT, VARIANT = "proofreading.conflicting-definition", "proofreading.term-variant"


def term_findings(tmp_path, paragraphs, lang, fmt="txt"):
    found = proofread_file(write_contract(tmp_path, paragraphs, fmt, lang), lang)
    return [(f.rule, f.message) for f in found if f.rule in (UNDEFINED, UNUSED, CONFLICT, VARIANT)]


FRENCH = [
    "ENTRE Acme Industries SAS, ci-après dénommée le « Fournisseur », ET Beta Distribution SA, ci-après "
    "dénommée le « Client », ci-après ensemble les « Parties » et individuellement une « Partie ».",
    "Article 1 - Définitions",
    "« Marque Concédée » désigne chacune des marques listées en annexe.",
    "Produits : désigne les biens fabriqués par le Fournisseur.",
    "« Contrôle » a le sens de l'article L. 233-3 du Code de commerce ; le terme « Contrôlé » s'interprète en conséquence.",
    "Article 2 - Licence",
    "Le Fournisseur concède au Client une licence sur les Marques Concédées ; chaque Marque Concédée est utilisée "
    "pour les Produits. Chaque Partie reste libre ; les Parties se réunissent en janvier à Paris selon les règles "
    "de la CCI. Une société qui Contrôlait une Partie perd ce Contrôle.",
]


def test_french_number_and_gender_agreement_and_derived_forms_are_not_defects(tmp_path):
    for fmt in ("txt", "docx", "pdf"):
        assert term_findings(tmp_path, FRENCH, "fr", fmt) == [], fmt


def test_a_curly_apostrophe_inside_a_term_is_part_of_it(tmp_path):
    """« Plan d’Amélioration » is one term: the apostrophe is no closing quote (it was read as « Plan d »)."""
    paragraphs = [*FRENCH[:3], "« Plan d’Amélioration » désigne le plan écrit de propositions d’amélioration.",
                  *FRENCH[3:], "Le Fournisseur remet chaque année un Plan d’Amélioration au Client."]
    assert term_findings(tmp_path, paragraphs, "fr") == []
    unused = [*FRENCH[:3], "« Plan d’Amélioration » désigne le plan écrit de propositions.", *FRENCH[3:]]
    assert [message for _, message in term_findings(tmp_path, unused, "fr")] == [
        "« Plan d’Amélioration » est défini mais n'est jamais employé."]


ENGLISH = [
    'This Agreement is made between Acme Industries Ltd (the "Supplier") and Beta Retail SA (the "Customer"), '
    'each a "Party" and together the "Parties".',
    "1. Definitions",
    '"Affiliate" means any entity that Controls a Party; "Controlled" shall be construed accordingly.',
    '"GLP" or "Good Laboratory Practices" means the rules of good practice for laboratories.',
    '"Deadlock" has the meaning given in clause 2.',
    "2. Supply",
    "Products are delivered in March by the Supplier to the Customer and its Affiliates in Paris under GLP. "
    'If the Parties disagree for thirty days (a "Deadlock"), each Party may refer it to the ICC. A Deadlock '
    "ends the pilot. The Party in breach pays the other Party.",
]


def test_english_plurals_aliases_pointers_and_proper_nouns_are_not_defects(tmp_path):
    for fmt in ("txt", "docx", "pdf"):
        assert term_findings(tmp_path, ENGLISH, "en", fmt) == [], fmt


def test_each_defect_in_one_contract(tmp_path):
    paragraphs = [
        "1. Definitions",
        '"Products" means the goods listed in the order form. "Territory" means France. "Fees" means the prices.',
        '"Steering Committee" means the committee of the parties.',
        "2. Supply",
        "The supplier delivers the Products for the Fees. The Steering committee meets monthly and reviews "
        "the Support Services; the support of the supplier includes maintenance services.",
        "The Support Services are free.",
        '"Products" means the goods and the services listed in the order form.',
    ]
    found = term_findings(tmp_path, paragraphs, "en")
    assert sorted(found) == sorted([
        (UNUSED, '"Territory" is defined but never used.'),
        (VARIANT, '"Steering committee" is written differently from the defined term "Steering Committee".'),
        (UNDEFINED, '"Support Services" is capitalised like a defined term but is never defined.'),
        (CONFLICT, '"Products" is defined twice, differently (first definition: clause 1, line 3).'),
    ])


def test_a_document_taking_its_definitions_elsewhere_is_not_checked_for_undefined_terms(tmp_path):
    paragraphs = ["1. Scope", "Capitalised terms used in this order form have the meaning given to them in the "
                  'Master Agreement. "Order" means this order form. "Fee" means the price. "Site" means the site.',
                  "2. Services", "The supplier provides the Support Services under the Order for the Fee on the Site. "
                  "The support team reviews the Support Services."]
    assert [r for r, _ in term_findings(tmp_path, paragraphs, "en")] == []


@pytest.mark.parametrize(("lang", "paragraphs", "term"), [
    ("en", ['"Products" means the goods. "Fees" means the prices. "Territory" means France.',
            "2.1 The supplier delivers the Products in the Territory for the Fees.",
            "2.2 The customer pays each invoice within the Payment Window. Each payment is made within the window."],
     "Payment Window"),
    ("fr", ["« Produits » désigne les biens. « Prix » désigne les tarifs. « Territoire » désigne la France.",
            "2.1 Le fournisseur livre les Produits sur le Territoire au Prix convenu.",
            "2.2 Le client règle chaque facture dans la Fenêtre de Paiement. Le paiement intervient pendant "
            "cette fenêtre."],
     "Fenêtre de Paiement"),
])
def test_a_phrase_used_once_and_never_defined_is_reported(tmp_path, lang, paragraphs, term):
    """Point 23 of issue 19: one use is enough for a phrase of several words; a single word needs two."""
    found = term_findings(tmp_path, paragraphs, lang)
    assert [message for rule, message in found if rule == UNDEFINED and term in message], found
    defined = [paragraphs[0] + (f' "{term}" means the first ten days of a month.' if lang == "en"
                                else f" « {term} » désigne les dix premiers jours du mois."), *paragraphs[1:]]
    assert not [message for rule, message in term_findings(tmp_path, defined, lang) if rule == UNDEFINED]
    single = [*paragraphs[:2], paragraphs[2].replace(term, "Window" if lang == "en" else "Fenêtre")]
    assert not [message for rule, message in term_findings(tmp_path, single, lang) if rule == UNDEFINED]
