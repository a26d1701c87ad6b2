"""Concepts (word sets combined in rule patterns), false friends and mention-only sentences.

Each case lints a short passage through the real reader, spaCy pipeline and judge: a
phrasing no single regex listed must be found through its concepts, and the same words
in another sense, in a survival list, a definition or a pointer to another agreement must not.
"""

from __future__ import annotations

import re

import pytest

from clausekit.review.concepts import expand, lexicon
from clausekit.errors import ClauseKitError
from clausekit.review.judge import judge_document
from clausekit.review.read import read_document
from clausekit.review.rules import load_rules


def report_of(tmp_path, text: str, lang: str, name: str = "passage", rules=None, profile: str = "all",
              suffix: str = "txt"):
    path = tmp_path / f"{name}.{lang}.{suffix}"
    path.write_text(text + "\n", encoding="utf-8")
    return judge_document(read_document(path), rules or load_rules(), lang, profile)


def status_of(tmp_path, text: str, lang: str, item: str, rules=None, profile: str = "supplier") -> str:
    report = report_of(tmp_path, text, lang, rules=rules, profile=profile)
    return next(result.status for result in report.items if result.id == item)


def test_a_concept_matches_every_inflection_and_term_of_its_set():
    pattern = re.compile(expand("{prohibition} ~25 {solicit} ~8 {customer}", "en"))
    assert pattern.search("the reseller shall not, directly or indirectly, market to or contact any accounts of the company")
    assert pattern.search("neither party will be soliciting the customers of the other")
    assert pattern.search("it shall refrain from diverting any client")
    assert not pattern.search("the reseller may contact the accounts department")  # no prohibition


def test_a_gap_never_crosses_the_end_of_a_sentence():
    pattern = re.compile(expand("{prohibition} ~25 {solicit} ~8 {customer}", "en"))
    assert not pattern.search("the supplier shall not subcontract. it may approach customers at trade fairs")
    assert not pattern.search("no fee is due; the agent may approach customers")


def test_french_concepts_take_their_forms_as_written_or_as_stems():
    pattern = re.compile(expand("{prohibition} ~20 {solicit} ~12 {customer}", "fr"))
    assert pattern.search("le distributeur s'interdit de démarcher les adhérents du réseau")
    assert pattern.search("le prestataire ne pourra pas solliciter directement la clientèle du client")


def test_an_unknown_concept_is_one_clear_error():
    with pytest.raises(ClauseKitError, match=r"unknown concept \{customers\}"):
        expand("{customers}", "en")


def test_an_organisation_can_define_its_own_concepts_beside_its_rules(tmp_path):
    folder = tmp_path / "rules"
    (folder / "lexicon").mkdir(parents=True)
    (folder / "lexicon" / "concepts.en.yaml").write_text("franchisee:\n  nouns: [franchisee, outlet]\n", encoding="utf-8")
    base = (load_rules().items["non_cannibalisation"].source.read_text(encoding="utf-8"))
    custom = base.replace("- '{prohibition} ~25 {solicit} ~8 {customer}'",
                          "- '{prohibition} ~25 {solicit} ~8 {franchisee}'")
    assert custom != base
    (folder / "non_cannibalisation.yaml").write_text(custom, encoding="utf-8")
    rules = load_rules([folder])
    text = "The Master Franchisor shall not poach any outlets of the Area Developer."
    assert status_of(tmp_path, text, "en", "non_cannibalisation", rules, "partnership") != "missing"
    assert status_of(tmp_path, text, "en", "non_cannibalisation", profile="partnership") == "missing"
    lexicon.cache_clear()


@pytest.mark.parametrize("text, item, lang", [
    ("If any person acquires more than 50% of the voting securities of the Supplier, the Customer may terminate "
     "this Agreement on written notice.", "change_of_control", "en"),
    ("The Supplier shall not merge or consolidate with any other company without the prior written consent "
     "of the Customer.", "change_of_control", "en"),
    ("The Supplier will assign to the Customer all intellectual property rights in the Deliverables.",
     "ip_ownership", "en"),
    ("The Buyer shall purchase not less than 10,000 units per contract year.", "minimum_commitment", "en"),
    ("Le Client s'engage à commander au moins 2 000 unités par an pendant la durée du contrat.",
     "minimum_commitment", "fr"),
    ("In the event that this Agreement is terminated, the Supplier shall continue to supply the Products ordered "
     "before that date.", "post_termination_services", "en"),
    ("Lorsque le contrat prend fin, le Prestataire restitue au Client l'ensemble de ses données.",
     "post_termination_services", "fr"),
    # a lead-in governs a later item of its inline list
    ("The Consultant agrees not to: (a) compete with the business of the Company, whether alone or through any "
     "entity, or use any Confidential Information for the purpose of competing with the Company; or (b) induce or "
     "persuade any customer of the Company to end its relationship with the Company.", "non_cannibalisation", "en"),
    # a warranty by its claim period or by the criteria it guarantees
    ("The Buyer shall have ninety (90) days after receipt of the Product to claim for any Latent Defects.",
     "warranty", "en"),
    ("The Manufacturer shall warrant compliance of each batch with the agreed acceptance criteria at the time "
     "of release.", "warranty", "en"),
    # a term stated by when the agreement starts and how long it runs, with no word "initial term"
    ("This Agreement shall commence on September 10, 2025 and shall continue for one (1) year.", "term", "en"),
    ("This Agreement shall continue until January 18, 2028, unless terminated earlier.", "term", "en"),
    ("Within sixty days before expiry, the Customer may place a final order for Products at the prices then "
     "in force.", "post_termination_services", "en"),
    # a ground of convenience listed after a ground for cause
    ("The Licensee may terminate this Agreement upon written notice (i) if the Licensor fails to meet a milestone, "
     "or (ii) at any other time upon ninety (90) days' prior written notice.", "termination_for_convenience", "en"),
    # assignment restricted with an elided article, a pronoun, or "except with consent"
    ("Le Fournisseur ne peut céder l'accord-cadre sans l'accord préalable et écrit de l'Acheteur.", "assignment", "fr"),
    ("Le contrat est conclu en considération de la personne du Distributeur, qui ne peut le céder sans l'accord "
     "écrit du Fabricant.", "assignment", "fr"),
    ("No Shareholder may assign any of its rights under this Agreement except with the written consent of the "
     "other Shareholder.", "assignment", "en"),
    # an audit right whose conditions stand between the modal and the verb
    ("La Biscuiterie peut, une fois par an et après un préavis de quinze jours, auditer le moulin et ses "
     "enregistrements.", "audit_rights", "fr"),
    ("L'Acheteur peut procéder, après un préavis de dix jours ouvrés, à l'audit du système qualité du Fournisseur.",
     "audit_rights", "fr"),
    # what a party still does after the end, in French
    ("Le Fournisseur s'engage à maintenir la disponibilité des pièces de rechange pendant dix ans après "
     "l'expiration de l'accord-cadre.", "post_termination_services", "fr"),
    ("Pendant les six mois suivant la fin du contrat, le Meunier continue de livrer la farine aux conditions en "
     "vigueur.", "post_termination_services", "fr"),
    ("Après la fin de la convention, le Mandataire conserve pendant dix ans les archives du marché.",
     "post_termination_services", "fr"),
    # staff protected whoever employs them, insurance by what is insured, renewal by the periods that follow
    ("No Shareholder shall, while it holds shares and for twelve months after it ceases to do so, solicit or employ "
     "any person who is an employee of the Company at management level.", "non_solicit_employees", "en"),
    ("Until delivery, the Seller shall keep the Simulator insured against all risks of loss or damage.",
     "insurance", "en"),
    ("The Company shall maintain with reputable insurers property damage, business interruption, third-party "
     "liability and environmental impairment insurance for its plant.", "insurance", "en"),
    ("This Agreement continues for an initial period of ten years. It then continues for successive periods of "
     "five years unless either party gives notice.", "renewal", "en"),
    # a committee named for its business, contract managers who meet
    ("7. Brand Committee\n7.1 The Brand Leads form a Brand Committee, which shall meet as required to discuss the "
     "Marketing Plan and sales results.", "governance", "en"),
    ("Each party shall appoint a contract manager. The contract managers shall meet at least once every quarter to "
     "review the monthly scorecards.", "governance", "en"),
    ("Un comité commercial composé des directeurs commerciaux des Parties se réunit chaque trimestre pour examiner "
     "les ventes.", "governance", "fr"),
    # a strategy reviewed whatever it is called, or « faire le point » on it
    ("The parties will review the co-branding strategy from time to time and may agree changes in writing.",
     "alignment", "en"),
    ("Les Parties feront périodiquement le point sur l'évolution de leurs stratégies de marque respectives.",
     "alignment", "fr"),
    # a trial phase named by another noun, with an adjective between the number and the unit
    ("Les six (6) premiers mois du contrat constituent une Période Probatoire, évaluée au regard d'un chiffre "
     "d'affaires d'au moins 100 000 EUR.", "pilot", "fr"),
    # a commitment whose quantity stands far from its verb, a warranty by its verb, a cancellation right
    ("L'Hôtelier s'engage à commander au Fabricant, pour l'équipement de ses chambres et de ses boutiques, au minimum "
     "8 000 coffrets par année contractuelle.", "minimum_commitment", "fr"),
    ("Le Fabricant garantit les cadres des Produits pendant cinq ans à compter de leur vente.", "warranty", "fr"),
    ("Le Fournisseur garantit que les Produits livrés sont conformes à la réglementation applicable.", "warranty", "fr"),
    ("The Buyer may cancel this Agreement for its convenience at any time before shipment.",
     "termination_for_convenience", "en"),
    ("The Customer may terminate this Agreement at any time by giving the Supplier not less than three months' "
     "written notice.", "termination_for_convenience", "en"),
    ("Chaque Membre s'engage à ne présenter, pour le même marché, aucune offre concurrente.", "non_compete", "fr"),
    ("L'Architecte concède aux autres Membres, pour la durée du marché, le droit non exclusif de reproduire et "
     "d'adapter ses plans.", "license_grant", "fr"),
    ("Tout manquement à un niveau de service donne lieu à un malus de 2 % de la facture mensuelle.",
     "liquidated_damages", "fr"),
    # a consortium ends by a member's withdrawal
    ("Article 10 – Retrait d'un Membre\n10.1 Tout Membre peut se retirer moyennant un préavis de trois mois notifié "
     "par lettre recommandée.", "exit", "fr"),
    ("CONSORTIUM AGREEMENT\n\n9. Scope\n9.1 The Members shall bid together.\n\n10. Withdrawal of a Member\n10.1 A Member may withdraw from the consortium on three months' written notice.",
     "exit", "en"),
    # staff approached for a job, control taken by a person, an expert's check, a share of needs, a defects period
    ("During the term and for twelve months afterwards, neither Party shall solicit for employment any engineer of "
     "the other.", "non_solicit_employees", "en"),
    ("Pendant la durée de l'entente, aucune Partie ne sollicite ni n'embauche un employé de l'autre Partie.",
     "non_solicit_employees", "fr"),
    ("The Buyer may terminate this Agreement on notice if a competitor acquires control of the Seller.",
     "change_of_control", "en"),
    ("Le Client peut résilier le contrat si le Prestataire passe sous le contrôle d'un concurrent.",
     "change_of_control", "fr"),
    ("L'Acheteur peut, une fois par an, faire vérifier par un expert indépendant les données de comptage.",
     "audit_rights", "fr"),
    ("L'Affilié s'engage à réaliser au moins 70 % de ses achats auprès de la centrale.", "minimum_commitment", "fr"),
    ("The Host shall remedy any structural defect notified within twelve months after installation.", "warranty",
     "en"),
    ("The Seller shall arrange the marine cargo insurance for 110% of the invoice value.", "insurance", "en"),
    ("Aucune Partie ne peut céder la présente entente sans le consentement écrit de l'autre.", "assignment", "fr"),
    # customers under another name, offers sent to them, strategy discussed, a performance article, proposals
    ("During the term, the Supplier shall not approach any shipper whose name it learns from the Pilot Data with a "
     "view to offering that shipper monitoring services.", "non_cannibalisation", "en"),
    ("La Tête de Réseau s'interdit d'adresser aux Clients Rattachés des offres les invitant à fréquenter un autre "
     "magasin.", "non_cannibalisation", "fr"),
    ("The Parties will meet from time to time to discuss the strategic direction of the Program.", "alignment", "en"),
    ("6. Delivery Performance\n6.1 The Seller shall deliver at least 95% of the quantity scheduled for each quarter.\n"
     "6.2 Below 95%, the Seller shall pay liquidated damages of 8% of the price of the shortfall.", "sla_bonus_malus",
     "en"),
    ("Article 6 – Amélioration\nChaque année, le Prestataire remet au Client un document présentant les améliorations "
     "qu'il juge possibles.", "continuous_improvement", "fr"),
    ("7.1 In each Contract Year the Seller shall submit to the Buyer written proposals aimed at improving recovery at "
     "the plant.", "continuous_improvement", "en"),
    ("Une commission des affiliés se réunit au moins une fois par an pour donner un avis sur l'assortiment.",
     "governance", "fr"),
    # what remains to do after the end, under other names for the end
    ("For two (2) years after the end of the Warranty Period, the Seller shall supply spare parts at its list price.",
     "post_termination_services", "en"),
    ("À la fin de l'entente, le Prestataire désinstalle son matériel et restitue au Client la documentation.",
     "post_termination_services", "fr"),
    ("Pendant une période de transition de douze mois, l'Associé sortant continue d'exécuter les contrats en cours.",
     "post_termination_services", "fr"),
    # escalation without a committee, a council, a performance level per period with its rebate
    ("Either party may notify a dispute. Within ten Business Days the parties' senior executives shall meet to try "
     "to resolve it.", "governance", "en"),
    ("The Marketing Council meets once every quarter to review booking volumes and campaign performance.",
     "governance", "en"),
    ("5.3 The Supplier shall achieve an on-time in-full performance of at least 95% of confirmed tonnes each month.\n"
     "5.4 If performance is below 95%, the Supplier grants a rebate of 1% of the monthly price per point, up to 8%.",
     "sla_bonus_malus", "en"),
    ("4.3 La Coopérative s'engage à livrer chaque trimestre au moins 95 % des volumes programmés ; le taux de "
     "livraison est calculé par l'Acheteur.\n4.4 Lorsque le taux de livraison est inférieur à 95 %, une pénalité de "
     "1 % par point est due, plafonnée à 10 %.", "sla_bonus_malus", "fr"),
    ("Les Parties conviennent d'une opération test de quatre mois dans trente magasins, évaluée à son terme au regard "
     "des ventes réalisées.", "pilot", "fr"),
    ("Le Fournisseur autorise le Distributeur à reproduire ses marques et logos dans les prospectus.", "license_grant",
     "fr"),
    # checks after a notice period, renewals by periods or by one option, escalation by managers
    ("La Marque peut, après un préavis de huit jours, faire vérifier dans les Points de Vente le respect des "
     "Critères de Sélection.", "audit_rights", "fr"),
    ("Customer may audit Foundry's quality system and the production line once a year.", "audit_rights", "en"),
    ("Il se renouvelle ensuite par périodes successives d'un an, sauf dénonciation six mois avant l'échéance.",
     "renewal", "fr"),
    ("Le Client peut le reconduire une seule fois, pour une durée de douze mois, par notification écrite.",
     "renewal", "fr"),
    ("14.1 The Parties' commercial managers shall first try to resolve any dispute within fifteen Business Days. If "
     "they fail, the matter shall be referred to a vice president of each Party.", "governance", "en"),
    ("Les Membres examinent de temps à autre si l'objet et le programme du Groupement répondent toujours à leurs "
     "attentes.", "alignment", "fr"),
    # the other's customers marketed to, an article titled "Clients", a credit per point
    ("Article 9 – Clients\nPendant la durée du contrat, l'Éditeur s'abstient de proposer directement aux Clients "
     "Utilisateurs sa propre offre.", "non_cannibalisation", "fr"),
    # customer data one party may use as it likes: a data clause, a weak one
    ("Les données relatives aux clients collectées par la boutique en ligne peuvent être exploitées par le "
     "Fabricant pour toute finalité commerciale.", "data", "fr"),
    # found on blind9: a market test, a board meeting quarterly, a response time with a deduction,
    # réfactions, withdrawal from a consortium, spare parts for years, a shortfall payment
    ("4. Market test\nThe Product will be sold for four months in 120 stores (the Market Test). If any target is "
     "not reached, either party may terminate this agreement without any liability.", "pilot", "en"),
    ("The Seller shall attend any breakdown within six hours and restore the set within twenty-four hours; for each "
     "hour of delay it shall pay a penalty of INR 4,000, capped at INR 300,000.", "sla_bonus_malus", "en"),
    ("Un Membre peut se retirer du consortium moyennant un préavis de six mois ; il achève les tâches en cours et "
     "restitue les Données du Projet.", "exit", "fr"),
    ("The Seller shall keep spare parts for the Equipment available for ten (10) years after delivery.",
     "post_termination_services", "en"),
    ("Le Vendeur tient les pièces de rechange à la disposition de l'Acheteur pendant douze ans.",
     "post_termination_services", "fr"),
    ("If the Buyer buys less, it will pay 35% of the price of the shortfall within 30 days.", "liquidated_damages",
     "en"),
    ("Tout retard donne lieu à une réfaction de 1 % du prix par jour.", "liquidated_damages", "fr"),
    ("Article 9 – Point stratégique annuel\nChaque année, les directions générales tiennent un point stratégique "
     "sur les objectifs communs et adaptent par avenant les conditions du contrat.", "alignment", "fr"),
])
def test_phrasings_found_through_their_concepts(tmp_path, text, item, lang):
    assert status_of(tmp_path, text, lang, item, profile="all") != "missing"


@pytest.mark.parametrize("text, item, lang", [
    # false friends: the item's word in another sense
    ("The remedies in this Section are the Customer's sole and exclusive remedy.", "exclusivity", "en"),
    ("The Licensor has the exclusive right to prosecute and maintain the Patents.", "exclusivity", "en"),
    ("Each Warrant entitles its holder to subscribe one share; the exercise of the Warrants is set out in "
     "Exhibit A.", "warranty", "en"),
    ("The product contains a minimum of six percent by weight of the active ingredient.", "minimum_commitment", "en"),
    ("The financial statements of Consolidated Holdings, Inc. are audited every year.", "change_of_control", "en"),
    ("If the code does not match, the user may try again or contact customer service.", "non_cannibalisation", "en"),
    ("This Agreement will terminate immediately in the event that a final order made by the relevant governmental "
     "authority revokes the operating licence.", "post_termination_services", "en"),
    ("The Supplier shall deliver the Products with at least 75% of their approved shelf-life remaining.",
     "warranty", "en"),
    ("The Seller disclaims all representations as to the Property, including as to latent defects and "
     "environmental condition.", "warranty", "en"),
    # not an employee covenant: whom the supplier may use for the work
    ("The Supplier shall not employ any personnel who lack the required certifications.", "non_solicit_employees",
     "en"),
    # engineering data licensed with equipment, not the data the relationship generates
    ("6. Software and Data Package\n6.1 The Seller grants the Buyer a licence to use the Data Package supplied by "
     "the aircraft manufacturer to operate the Simulator.", "data", "en"),
    # a person's title, not a trial phase
    ("3.1 Pilote de service\nLe Prestataire désigne un pilote de service, interlocuteur unique du Client pour "
     "l'exécution quotidienne des Services.", "pilot", "fr"),
    ("5. Pilot Training\nThe Seller shall train four airline pilots of the Buyer on the Simulator.", "pilot", "en"),
    # an instruction one party may give, an agreement to agree: no covenant yet
    ("During any period of garden leave, the Company may require the Executive not to contact any client "
     "of the Company.", "non_cannibalisation", "en"),
    ("The Parties shall negotiate in good faith to establish minimum purchase requirements for the Products.",
     "minimum_commitment", "en"),
    # a definition inside a long paragraph (a whole contract on one line)
    ("1. DEFINITIONS The following terms have the meanings below: \"Affiliate\" means any Person that controls "
     "or is controlled by a Party. As used in this definition, \"control\" means the power, directly or indirectly, "
     "to direct the management of a Person, whether through the ownership of voting securities or otherwise.",
     "change_of_control", "en"),
    # a definition, a survival list, another agreement: the clause is named, not provided
    ("Affiliate means any entity of which a Party holds more than 50% of the voting securities, directly or "
     "indirectly, and which may terminate its relationship at any time.", "change_of_control", "en"),
    ("Sections 7 (Non-Competition), 9 and 12 shall survive any termination of this Agreement.", "non_compete", "en"),
    ("The Master Supply Agreement contains covenants not to compete that bind both Parties.", "non_compete", "en"),
    # a recipe, not a purchase; an exit free of penalty; an extension the parties must agree again
    ("The Co-Branded Product shall contain a minimum of 6% dark chocolate and a minimum of 35% wholegrain oats.",
     "minimum_commitment", "en"),
    ("Les produits contiennent au minimum 95 % d'ingrédients d'origine naturelle.", "minimum_commitment", "fr"),
    ("4.4 Sortie sans pénalité\nSi les objectifs ne sont pas atteints, chaque partie peut mettre fin au contrat, "
     "sans indemnité ni pénalité.", "liquidated_damages", "fr"),
    ("Le contrat prend fin le 31 décembre 2027. Toute prolongation fera l'objet d'un avenant signé par les Parties.",
     "renewal", "fr"),
    ("Le contrat n'est pas reconductible tacitement.", "renewal", "fr"),
    # exclusivity and minimums denied, title to goods, a software log, an institution's name, staff
    ("It does not create any exclusivity, and Buyer has no minimum purchase obligation for consumables.",
     "exclusivity", "en"),
    ("It does not create any exclusivity, and Buyer has no minimum purchase obligation for consumables.",
     "minimum_commitment", "en"),
    ("1.4 Absence d'exclusivité\nLe présent accord-cadre n'est pas exclusif.", "exclusivity", "fr"),
    ("Il n'engage pas le Distributeur à un volume minimal d'achat.", "minimum_commitment", "fr"),
    ("Il s'interdit de communiquer ces informations à un tiers, notamment à un autre distributeur.", "exclusivity",
     "fr"),
    ("La propriété de la Ligne est transférée à l'Acheteur au paiement de la deuxième échéance.", "ip_ownership",
     "fr"),
    ("The software includes audit trail and electronic signature functions.", "audit_rights", "en"),
    ("Tout différend est tranché par voie d'arbitrage selon le règlement de la Cour internationale de médiation et "
     "d'arbitrage de Casablanca.", "governance", "fr"),
    ("Neither party shall solicit or offer employment to any member of the other party's marketing team.",
     "non_cannibalisation", "en"),
    # a territorial limit on sales is no protection of the other's customers
    ("The Distributor shall not sell the Products to any customer located outside the Territory.",
     "non_cannibalisation", "en"),
    ("If force majeure lasts more than 180 days, either Party may terminate this Agreement on thirty days' notice.",
     "termination_for_convenience", "en"),
    ("During the term, Client shall not solicit for employment Provider's Account Director.", "non_cannibalisation",
     "en"),
    # blind9: a training centre named "Pilot Academy", an acceptance trial run, a minimum or a renewal denied
    ("2.2 Pilot Academy\nThe JV Company shall establish an installer training centre named Pilot Academy.",
     "pilot", "en"),
    ("7. Trial Run at Site. After installation, the Seller shall carry out a trial run of each generating set.",
     "pilot", "en"),
    ("The Buyer is under no obligation to issue any Call-Off or to purchase any minimum volume of Products.",
     "minimum_commitment", "en"),
    ("Il prend fin de plein droit à son terme, sans tacite reconduction.", "renewal", "fr"),
])
def test_words_in_another_sense_or_only_named_do_not_locate_the_clause(tmp_path, text, item, lang):
    assert status_of(tmp_path, text, lang, item, profile="all") == "missing"


def test_the_same_words_in_their_own_sense_still_locate_the_clause(tmp_path):
    assert status_of(tmp_path, "The Supplier appoints the Distributor as its exclusive distributor in France.",
                     "en", "exclusivity") != "missing"
    assert status_of(tmp_path, "The Distributor shall not, during the Term and for two years after it, "
                     "compete with the Supplier in France.", "en", "non_compete") != "missing"


def test_a_consortium_reads_as_a_partnership(tmp_path):
    from clausekit.review.segment.language import detect_profile

    path = tmp_path / "groupement.fr.txt"
    path.write_text("CONVENTION DE GROUPEMENT MOMENTANÉ D'ENTREPRISES\n\nLes membres du groupement désignent la "
                    "société Alpha comme mandataire commun. Chaque cotraitant exécute les prestations de son lot et "
                    "livre ses prestations au maître d'ouvrage.\n", encoding="utf-8")
    assert detect_profile(read_document(path)) == "partnership"


def test_a_gap_crosses_the_colon_of_a_list_lead_in():
    pattern = re.compile(expand("{prohibition} ~25 {solicit} ~8 {customer}", "en"))
    assert pattern.search("the distributor shall not, during the term: (a) solicit any customer of the supplier")


def test_a_lead_in_reaches_the_later_items_of_its_list_but_not_past_its_sentence():
    pattern = re.compile(expand("{prohibition} ~25 {solicit} ~8 {customer}", "en"))
    items = ("the distributor shall not: (a) manufacture any product that competes with the products, whether alone "
             "or with any third party, anywhere in the territory during the term of this agreement; ")
    assert pattern.search(items + "or (b) solicit any customer of the supplier")
    assert pattern.search(items + "(ii) approach any client of the supplier")
    assert not pattern.search(items + "and the supplier may solicit any customer")  # no item: not governed
    assert not pattern.search("the distributor shall not: (a) compete. the supplier will; (b) solicit any customer")


def test_a_heading_that_joins_two_topics_leaves_its_clause_to_both(tmp_path):
    text = ("Article 8 – Confidentialité et clientèle\n\n"
            "8.1 Chaque Membre s'engage à garder confidentielles les informations techniques, financières et "
            "commerciales communiquées par les autres Membres pour la préparation de l'offre, et à ne les utiliser "
            "qu'à cette fin.\n\n"
            "8.2 Pendant la durée de la Convention, aucun Membre ne pourra démarcher les clients actuels des "
            "autres Membres.\n\n"
            "Article 9 – Assurances\n\nChaque Membre est assuré.")
    markdown = report_of(tmp_path, text.replace("Article 8", "## Article 8").replace("Article 9", "## Article 9"),
                         "fr", "groupement", suffix="md")
    assert next(r.status for r in markdown.items if r.id == "non_cannibalisation") != "missing"
    assert status_of(tmp_path, text, "fr", "non_cannibalisation", profile="all") != "missing"
    assert status_of(tmp_path, text, "fr", "confidentiality", profile="all") != "missing"


ACCOUNTS_EN = """REFERRAL AGREEMENT

1. DEFINITIONS
1.1 "Protected Account" means any person who is a customer of a party on the Effective Date or who becomes a customer of that party during the term of this Agreement.

6. PROTECTION OF ACCOUNTS
6.1 For as long as this Agreement remains in force and for eighteen (18) months after it ends, neither party will approach or canvass any Protected Account of the other party.
6.2 A party in breach of Section 6.1 shall pay the other party liquidated damages equal to the commission earned from the Protected Account concerned in the preceding twelve (12) months.

7. NOTICES
Notices shall be in writing.
"""


def test_the_definition_of_a_term_the_clause_uses_settles_its_elements(tmp_path):
    report = report_of(tmp_path, ACCOUNTS_EN, "en")
    assert next(r.status for r in report.items if r.id == "non_cannibalisation") == "strong"
    undefined = ACCOUNTS_EN.replace('1.1 "Protected Account" means any person who is a customer of a party on the '
                                    'Effective Date or who becomes a customer of that party during the term of this '
                                    'Agreement.', "1.1 Headings are for convenience only.")
    rules = {f.rule for f in report_of(tmp_path, undefined, "en", "undefined").findings
             if f.item == "non_cannibalisation"}
    assert "non_cannibalisation.scope" in rules


EXIT_SCATTERED = {
    "en": """6. CLIENT DATA
6.1 The Provider shall process Client Data only to perform the Services.
6.2 On expiry or termination, the Provider shall return all Client Data to the Client and then securely delete every copy.

8. PROVIDER TOOLS
8.1 The Provider retains ownership of its tools and grants the Client, during the Exit Period, a licence to use them for the transfer of the Services.

14. TERMINATION AND EXIT
14.1 Either party may terminate this Agreement by written notice if the other commits a material breach not remedied within thirty days.
14.2 For six months after termination (the "Exit Period"), the Provider shall continue to provide the Services and cooperate in the orderly transition to a replacement provider.
""",
    "fr": """Article 6 – Données
6.1 Le Prestataire traite les données du Client pour la seule exécution des Services.
6.2 À l'expiration de la convention, le Prestataire restitue au Client l'ensemble de ses données puis en supprime toute copie.

Article 8 – Outils
8.1 Le Prestataire reste propriétaire de ses logiciels et en concède au Client, pendant la phase de transition, une licence d'utilisation.

Article 14 – Résiliation et réversibilité
14.1 Chaque partie peut résilier la convention en cas de manquement non réparé trente jours après une mise en demeure.
14.2 Pendant six mois après la résiliation, le Prestataire poursuit les Services et assure la transition vers le nouveau prestataire.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_effects_of_the_end_settled_in_the_articles_they_concern_count_for_the_exit(tmp_path, lang):
    text = EXIT_SCATTERED[lang]
    assert status_of(tmp_path, text, lang, "exit", profile="all") == "strong"
    data_article = text.split("\n\n")[0]
    rules = {f.rule for f in report_of(tmp_path, text.replace(data_article + "\n\n", ""), lang, "no_data").findings
             if f.item == "exit"}
    assert rules == {"exit.data"}  # the data return said nowhere else: the exit is weak on data only
    exit_article = text.split("\n\n")[2]
    assert status_of(tmp_path, text.replace(exit_article, ""), lang, "exit", profile="all") == "missing"  # they never locate it


def test_a_covenant_stated_as_the_breach_it_would_be_is_found(tmp_path):
    text = ("Si l'une des Parties venait, directement ou par personne interposée, à solliciter ou démarcher un client "
            "de l'autre Partie, elle manquerait à une obligation essentielle du contrat.")
    assert status_of(tmp_path, text, "fr", "non_cannibalisation", profile="all") != "missing"
    assert status_of(tmp_path, "If the Customer solicits quotes from other suppliers, the Supplier shall not be liable.",
                     "en", "non_cannibalisation", profile="all") == "missing"


def test_failing_agreement_going_to_court_is_no_rule_for_deciding(tmp_path):
    text = ("Article 9 – Suivi\n9.1 Les correspondants des Parties se réunissent une fois par an pour une revue des "
            "délais et de la qualité.\n9.2 Les Parties recherchent une solution amiable à tout différend. À défaut "
            "d'accord dans un délai d'un mois, le litige est porté devant le tribunal de commerce.")
    rules = {f.rule for f in report_of(tmp_path, text, "fr").findings if f.item == "governance"}
    assert "governance.decision" in rules
    deadlock = text.replace("le litige est porté devant le tribunal de commerce",
                            "le point non tranché lors de deux réunions est soumis aux dirigeants")
    assert "governance.decision" not in {f.rule for f in report_of(tmp_path, deadlock, "fr", "deadlock").findings
                                         if f.item == "governance"}


@pytest.mark.parametrize("text, lang", [
    ("10. DURÉE\n10.1 Le présent contrat est conclu pour une durée ferme de dix-huit (18) mois à compter de sa "
     "signature.\n10.2 Il ne se renouvellera pas tacitement.", "fr"),
    ("11. DURATION\nThis Agreement enters into force on signature and expires at the end of the Warranty Period. "
     "It shall not be renewed or extended.", "en"),
])
def test_a_fixed_term_that_excludes_renewal_is_a_strong_term(tmp_path, text, lang):
    assert status_of(tmp_path, text, lang, "term", profile="all") == "strong"
