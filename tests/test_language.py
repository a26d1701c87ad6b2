"""Language and profile detection, without any network or model."""

from clausekit.review.segment.language import detect_language, detect_profile
from clausekit.document import Block, build_document


def _doc(*paragraphs):
    return build_document("x.txt", "text", [Block(p) for p in paragraphs])


def test_french_and_english_are_told_apart():
    fr = _doc("Le présent contrat est conclu entre les parties pour une durée de trois ans.")
    en = _doc("This Agreement is made between the parties for a term of three years.")
    assert detect_language(fr) == "fr"
    assert detect_language(en) == "en"


def test_supplier_profile_from_title_and_vocabulary():
    doc = _doc("MASTER SUPPLY AGREEMENT", "The Supplier shall deliver the Products against purchase orders.")
    assert detect_profile(doc) == "supplier"


def test_partnership_profile_from_title_and_vocabulary():
    doc = _doc("CONTRAT DE PARTENARIAT ET DE CO-BRANDING",
               "Les partenaires collaborent au développement d'une offre commune.")
    assert detect_profile(doc) == "partnership"
