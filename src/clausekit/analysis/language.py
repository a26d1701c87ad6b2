"""Which language a contract is written in, and which profile it belongs to, offline."""

from __future__ import annotations

import re

from ..document import Document

_WORD = re.compile(r"[a-zà-ÿ]+", re.IGNORECASE)
_FRENCH = frozenset("le la les des du de un une et est sont aux au dans par pour sur avec ne pas qui que "
                    "ce cette ces son sa ses leur leurs être été sera seront ou où il elle ils à présent "
                    "contrat article parties partie".split())
_ENGLISH = frozenset("the of and to in is are be by for on with not which that this these its their shall "
                     "will or it as at from any such agreement party parties hereof herein".split())

# Vocabulary that tells a supplier contract from a partnership one (both languages).
_SUPPLIER = re.compile(
    r"\b(?:suppl(?:y|ier|iers)|purchas(?:e|er|ing)|purchase orders?|vendor|manufactur(?:e|er|ing)|outsourc\w*|"
    r"hosting|maintenance|service levels?|SLA|distribut(?:or|ion)|reseller|deliver(?:y|ies)|customer shall pay|"
    r"fournisseur|prestataire|prestations?|bons? de commande|achats?|livraisons?|hébergement|infogérance|"
    r"niveaux? de service|convention de services?|sous-traitan\w*|conditions générales de vente)\b", re.IGNORECASE)
_PARTNERSHIP = re.compile(
    r"\b(?:partners?hip|partners?|alliance|joint venture|co-?branding|co-?branded|affiliat(?:e|es|ion)|"
    r"collaborat(?:ion|e|ive)|co-?develop\w*|co-?marketing|promotion|sponsorship|"
    r"partenariat|partenaires?|coentreprise|co-entreprise|co-?marquage|affiliation|affilié\w*|"
    r"collaboration|codévelopp\w*|co-développ\w*)\b", re.IGNORECASE)


def detect_language(document: Document) -> str:
    sample = document.text[:40_000].lower()
    fr = en = 0
    for word in _WORD.findall(sample):
        if word in _FRENCH:
            fr += 1
        elif word in _ENGLISH:
            en += 1
    return "fr" if fr > en else "en"


def detect_profile(document: Document) -> str:
    """Title and opening count five times as much as the body."""
    opening = " ".join(p.text for p in document.paragraphs[:8])
    body = document.text[:200_000]
    supplier = 5 * len(_SUPPLIER.findall(opening)) + len(_SUPPLIER.findall(body))
    partnership = 5 * len(_PARTNERSHIP.findall(opening)) + len(_PARTNERSHIP.findall(body))
    return "partnership" if partnership > supplier else "supplier"
