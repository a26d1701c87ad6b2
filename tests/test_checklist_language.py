"""Checklist items in varied drafting styles: other senses of a word, odd headings, negation."""

import pytest

from clausekit.review.judge import judge_document
from clausekit.review.read import read_document
from clausekit.review.rules import load_rules


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


@pytest.mark.parametrize("text, lang", [
    ("1. Pilot Phase\nThe pilot lasts four (4) months. At its end the Steering Committee shall meet every quarter "
     "to evaluate the results and settle any dispute by mediation.\n\n"
     "2. Fees\nThe Partner shall pay the fees within thirty (30) days.", "en"),
    ("Article 1 - Phase pilote\nLa phase pilote dure quatre (4) mois. À son terme, le comité de pilotage se réunit "
     "chaque trimestre pour en évaluer les résultats et soumet tout différend à la médiation.\n\n"
     "Article 2 - Prix\nLe Partenaire règle les redevances sous trente (30) jours.", "fr"),
])
def test_mentions_inside_another_checklist_clause_do_not_make_a_clause(tmp_path, text, lang):
    """The pilot clause naming the steering committee is not a governance clause."""
    statuses, _ = judge(tmp_path, text, lang)
    assert statuses["pilot"] != "missing"
    assert statuses["governance"] == "missing"


@pytest.mark.parametrize("text, lang", [
    ("1. Miscellaneous\nThe Steering Committee shall meet every quarter and settle any dispute by mediation.", "en"),
    ("Article 1 - Divers\nLe comité de pilotage se réunit chaque trimestre et soumet tout différend à la médiation.", "fr"),
])
def test_the_same_mentions_under_a_neutral_heading_still_locate_the_item(tmp_path, text, lang):
    statuses, _ = judge(tmp_path, text, lang)
    assert statuses["governance"] == "weak"


@pytest.mark.parametrize("text, lang", [
    ("7. Term and Termination\n7.1 This Agreement shall remain in force for three (3) years. "
     "7.2 Upon termination of this Agreement, each Party shall return the customer data of the other Party "
     "and the licences granted under clause 4 shall end.", "en"),
    ("Article 7 - Durée et résiliation\n7.1 Le Contrat est conclu pour une durée de trois (3) ans. "
     "7.2 En cas de résiliation du Contrat, chaque Partie restitue les données clients de l'autre Partie "
     "et les licences consenties à l'article 4 prennent fin.", "fr"),
])
def test_a_term_and_termination_article_still_carries_the_exit(tmp_path, text, lang):
    """exit shares clauses with term (items/exit/rules.yaml): the effects of termination often sit there."""
    statuses, _ = judge(tmp_path, text, lang, profile="all")
    assert statuses["exit"] == "weak"


@pytest.mark.parametrize("text, lang", [
    ("9. General\n\nEffect of Termination. On termination of this Agreement for any reason:\n\n"
     "each Party shall return or delete the customer data it holds, within thirty (30) days;\n\n"
     "the results developed jointly remain owned jointly by the Parties;\n\n"
     "ongoing orders shall be completed during a transition period of three (3) months.\n\n"
     "Survival.\n\n"
     "Clauses 5 and 6 survive termination.", "en"),
    ("9. Généralités\n\nEffets de la cessation. À la cessation du Contrat, pour quelque cause que ce soit :\n\n"
     "chaque Partie restitue ou supprime les données clients qu'elle détient, sous trente (30) jours ;\n\n"
     "les résultats développés en commun demeurent en copropriété des Parties ;\n\n"
     "les commandes en cours sont exécutées pendant une période de transition de trois (3) mois.\n\n"
     "Survie.\n\n"
     "Les articles 5 et 6 survivent à la cessation du Contrat.", "fr"),
])
def test_a_run_in_title_and_the_list_it_introduces_make_the_clause(tmp_path, text, lang):
    """'Effect of Termination.' opens the paragraph like a heading; the items after the colon belong to it."""
    statuses, report = judge(tmp_path, text, lang, profile="all")
    exit_findings = {f.rule for f in report.findings if f.item == "exit"}
    assert statuses["exit"] == "weak"
    assert {"exit.data", "exit.ip", "exit.transition"}.isdisjoint(exit_findings), exit_findings
    assert "exit.grounds-notice" in exit_findings


@pytest.mark.parametrize("text, lang, levels_found", [
    ("5. Service Levels\nThe Supplier shall ensure a high availability and prompt delivery. "
     "The Supplier shall report the service levels monthly. Missed service levels give rise to service credits "
     "of 5% of the monthly fees, capped at 15%; exceeded service levels earn a bonus of 2%, capped at 5%.", "en", False),
    ("5. Service Levels\nThe Supplier shall meet the following service levels:\n\n"
     "monthly availability of at least 99.5%;\n\ndelivery within 48 hours of each order.\n\n"
     "The Supplier shall report the service levels monthly. Missed service levels give rise to service credits "
     "of 5% of the monthly fees, capped at 15%; exceeded service levels earn a bonus of 2%, capped at 5%.", "en", True),
    ("Article 5 - Niveaux de service\nLe Fournisseur assure une haute disponibilité et une livraison rapide. "
     "Le Fournisseur communique chaque mois un rapport sur les niveaux de service. Tout niveau manqué donne lieu à "
     "des pénalités de 5 % de la redevance mensuelle, plafonnées à 15 % ; tout niveau dépassé ouvre droit à un "
     "bonus de 2 %, plafonné à 5 %.", "fr", False),
])
def test_service_levels_need_their_own_figures(tmp_path, text, lang, levels_found):
    """A percentage of the fees is a penalty, not a service level: the level's figure is in its sentence or list."""
    _, report = judge(tmp_path, text, lang, profile="supplier")
    rules = {f.rule for f in report.findings if f.item == "sla_bonus_malus"}
    assert ("sla_bonus_malus.levels" not in rules) is levels_found, rules


@pytest.mark.parametrize("text, lang", [
    ("12. Disputes\nIf a dispute arises, the Parties may, if they both wish, attempt mediation before going to court.", "en"),
    ("Article 12 - Litiges\nEn cas de différend, les Parties peuvent, si elles le souhaitent, tenter une médiation "
     "avant de saisir le juge.", "fr"),
])
def test_optional_mediation_is_a_weak_escalation_but_still_a_governance_provision(tmp_path, text, lang):
    statuses, report = judge(tmp_path, text, lang)
    assert statuses["governance"] == "weak"
    assert "governance.escalation" in {f.rule for f in report.findings if f.item == "governance"}


def test_a_text_whose_lower_case_is_longer_is_still_scanned(tmp_path):
    """'İ' lowers to two characters, so the lowercased text would shift offsets: the
    anchors then run case-insensitively on the text itself, with the same result."""
    text = ("1. General\nThe Supplier, of İzmir, shall meet availability of at least 99.5% per month, measured "
            "and reported monthly. Missed service levels give rise to service credits of 5% of the monthly fees, "
            "capped at 15%; exceeded service levels earn a bonus of 2%, capped at 5%.")
    statuses, report = judge(tmp_path, text, "en", profile="supplier")
    assert read_document(tmp_path / "contract.txt").lowered is None
    assert statuses["sla_bonus_malus"] == "strong", [f.rule for f in report.findings if f.item == "sla_bonus_malus"]


@pytest.mark.parametrize("text, lang", [
    ("5. Governance\nThe Steering Committee shall meet every quarter. Once a year, the Steering Committee shall "
     "review the Parties' common objectives and strategies and may amend the partnership plan accordingly.", "en"),
    ("Article 5 - Gouvernance\nLe comité de pilotage se réunit chaque trimestre. Une fois par an, il procède à une "
     "revue stratégique des objectifs communs des Parties et peut modifier en conséquence le plan de partenariat.", "fr"),
])
def test_a_strategic_review_inside_the_governance_clause_is_the_alignment_clause(tmp_path, text, lang):
    """alignment shares clauses with governance (items/alignment/rules.yaml): the yearly review is often the committee's."""
    statuses, report = judge(tmp_path, text, lang)
    assert statuses["governance"] != "missing"
    assert statuses["alignment"] == "strong", [f.rule for f in report.findings if f.item == "alignment"]


@pytest.mark.parametrize("text, lang, expected", [
    ("11. Miscellaneous\n11.1 This Agreement is the entire agreement.\n\n11.2 No later than each anniversary of the "
     "Effective Date, the Supplier shall submit to the Buyer a written proposal identifying opportunities to reduce "
     "the cost of the Products by at least 2%. The Parties shall review the proposal at a meeting held within one "
     "month.", "en", "strong"),
    ("Article 13 - Dispositions diverses\n13.1 Le Contrat exprime l'intégralité de l'accord des Parties.\n\n13.2 Le "
     "Fournisseur s'engage à présenter au Client, chaque année, un programme chiffré d'optimisation portant sur le "
     "coût des produits, avec un objectif de réduction d'au moins 2 %. Les Parties examinent ce programme lors d'une "
     "réunion annuelle.", "fr", "strong"),
    ("6. Supplier Proposals\nThe Supplier may propose changes that would reduce cost or improve quality. The Buyer "
     "shall consider any such proposal in good faith.", "en", "weak"),
])
def test_continuous_improvement_in_other_words_and_places(tmp_path, text, lang, expected):
    statuses, report = judge(tmp_path, text, lang, profile="supplier")
    assert statuses["continuous_improvement"] == expected, [
        f.rule for f in report.findings if f.item == "continuous_improvement"]


@pytest.mark.parametrize("text, lang", [
    ("2. Background\nThe Company's Nominating and Corporate Governance Committee has reviewed the transaction.", "en"),
    ("2. Context\nThe Committee shall prepare the strategic alignment review provided for in clause 6.", "en"),
    ("Article 2 - Contexte\nLe comité prépare la revue stratégique prévue à l'article 6.", "fr"),
])
def test_a_board_committee_or_a_pointer_to_another_clause_locates_nothing(tmp_path, text, lang):
    statuses, _ = judge(tmp_path, text, lang)
    assert statuses["governance"] == statuses["alignment"] == "missing"


@pytest.mark.parametrize("text, lang, expected, absent_rule", [
    ("Neither party shall, while this Agreement is in force and for eighteen (18) months after it ends, use "
     "information obtained from the other party to solicit or divert any Protected Customer of the other party. "
     "\"Protected Customer\" means any hospital that was a customer of that party during the twelve (12) months "
     "before this Agreement, or that becomes a customer of that party while it is in force. A party in breach shall "
     "pay liquidated damages of 30% of the sales concerned.", "en", "strong", None),
    ("Clientèle\nLe Fabricant s'efforce, dans la mesure du possible, de ne pas démarcher directement les restaurants "
     "et hôtels qui lui ont été présentés par le Distributeur.", "fr", "weak", "non_cannibalisation.protected"),
])
def test_customer_protection_in_other_words(tmp_path, text, lang, expected, absent_rule):
    """Future customers as 'becomes a customer', a tail 'after it ends', customers as 'introduced by'."""
    statuses, report = judge(tmp_path, f"1. General\n{text}" if lang == "en" else text, lang)
    rules = [f.rule for f in report.findings if f.item == "non_cannibalisation"]
    assert statuses["non_cannibalisation"] == expected, rules
    assert absent_rule not in rules


@pytest.mark.parametrize("text, lang, expected", [
    ("Article 7 - Review of the relationship\n7.1 Every two (2) years, the Parties shall meet to review whether the "
     "objectives of this affiliation remain consistent with their commercial strategies. 7.2 Following each review, "
     "the Parties may amend the commission rate.", "en", "weak"),
    ("4. Business Plan\n4.2 The Parties shall review the Business Plan from time to time to check that the objectives "
     "of the joint venture still reflect their respective strategies.", "en", "weak"),
    ("Article 7 - Gouvernance\nLe comité de pilotage se réunit chaque trimestre pour une revue de la relation portant "
     "sur les niveaux de service et la qualité des échanges ; il peut modifier le calendrier des livraisons.", "fr",
     "missing"),
])
def test_a_strategic_review_is_about_objectives_not_operations(tmp_path, text, lang, expected):
    statuses, report = judge(tmp_path, text, lang)
    assert statuses["alignment"] == expected, [f.rule for f in report.findings if f.item == "alignment"]


@pytest.mark.parametrize("text, lang, item, absent_rule", [
    ("Article 10 - Résiliation et effets de la fin du Contrat\nÀ la fin du Contrat, les Créations Communes demeurent "
     "la copropriété des Parties à parts égales.", "fr", "exit", "exit.ip"),
    ("8. Durée et fin du Contrat\n8.4 Sort de la propriété intellectuelle. Les outillages spécifiques sont la propriété du Client ; le Fournisseur "
     "conserve sa technologie et concède au Client, à la fin du Contrat, une licence d'utilisation.", "fr", "exit",
     "exit.ip"),
    ("Article 8 - Données Clients\nUne Partie ne peut utiliser les Données Clients que l'autre lui communique que pour "
     "l'exécution des commandes.", "fr", "data", "data.use"),
])
def test_elements_in_other_words(tmp_path, text, lang, item, absent_rule):
    """Joint creations and tooling as IP; « ne ... que pour » as a restriction of use."""
    statuses, report = judge(tmp_path, text, lang, profile="all")
    assert statuses[item] == "weak"
    assert absent_rule not in {f.rule for f in report.findings if f.item == item}


@pytest.mark.parametrize("text, lang, item, expected", [
    ("3. Pilot phase\n3.1 The products are first sold for a trial period of four (4) months. The KPIs are at "
     "least 2,500 units sold and revenue of GBP 95,000. 3.3 After the trial, the Joint Committee shall compare the "
     "results with the KPIs and record a go or no-go decision. 3.4 If a KPI is missed, either Party may terminate this Agreement, and "
     "neither Party shall owe the other any penalty or compensation by reason of that termination.", "en", "pilot",
     "strong"),
    ("Trial Launch\nThe appointment begins with a trial launch lasting five (5) months, with a target of 40 active "
     "accounts. After the trial launch the parties shall meet to compare the results with the targets. Should the "
     "distributor not continue, it shall pay a break fee of USD 30,000.", "en", "pilot", "weak"),
    ("Steering Group\nThe parties shall establish a Steering Group of two representatives each, which shall meet every "
     "quarter; its decisions require the agreement of both parties.", "en", "governance", "weak"),
])
def test_pilot_and_governance_in_other_words(tmp_path, text, lang, item, expected):
    """'go or no-go', 'neither Party shall owe any penalty', a 'trial launch', a 'Steering Group'."""
    statuses, report = judge(tmp_path, text, lang)
    assert statuses[item] == expected, [f.rule for f in report.findings if f.item == item]


@pytest.mark.parametrize("text, lang, item, rule, present", [
    # a threshold of a level is not a cap on the credits
    ("5. Service Levels\nThe defect rate shall not exceed 200 parts per million, measured and reported monthly. Each "
     "missed level gives rise to a service credit of 2% of the fees; each exceeded level earns a bonus of 1%.", "en",
     "sla_bonus_malus", "sla_bonus_malus.cap", True),
    # the agreement to agree is about jointly developed designs, not about the term
    ("10. Term and Termination\n10.1 This Agreement remains in force for an initial term of two (2) years and renews "
     "for periods of one (1) year unless either Party gives notice of non-renewal three (3) months before expiry. "
     "10.3 On termination, the ownership of the designs developed jointly shall be agreed in good faith between the "
     "Parties.", "en", "term", "term.agreement-to-agree", False),
    # 'Long-Term' in a title is no term heading, and an express bar on renewal is a renewal rule
    ("LONG-TERM SUPPLY AGREEMENT\n\n1. Definitions\nContract Year means each period of twelve months.\n\n"
     "3. Duration\nThis long-term sourcing agreement continues for an initial term of four (4) years. It shall not be "
     "renewed or extended.", "en", "term", "term.inconsistent-with-type", False),
    ("Article 7 - Gouvernance\n7.3 Responsables de compte. Le Client et le Fournisseur désignent chacun un "
     "responsable de la relation contractuelle.", "fr", "governance", "governance.manager", False),
])
def test_findings_that_depend_on_reading_the_sentence_right(tmp_path, text, lang, item, rule, present):
    _, report = judge(tmp_path, text, lang, profile="all")
    rules = {f.rule for f in report.findings if f.item == item}
    assert (rule in rules) is present, rules


def test_a_service_level_table_gives_each_level_its_figure(tmp_path):
    """A Word table is read cell by cell: the label 'On-time delivery' takes its figure from the next cell."""
    from docx import Document as WordDocument

    word = WordDocument()
    word.add_heading("5. Service Levels", level=1)
    word.add_paragraph("The Supplier shall meet the following Service Levels in each month:")
    table = word.add_table(rows=3, cols=2)
    for row, (label, target) in zip(table.rows, [("Service Level", "Target"), ("On-time delivery", "at least 97% "
                                                 "of order lines"), ("Quality acceptance", "at least 99.5% of pallets")]):
        row.cells[0].text, row.cells[1].text = label, target
    word.add_paragraph("The Supplier shall report the levels monthly. Missed levels give rise to service credits of "
                       "2% of the monthly fees, capped at 10%; exceeded levels earn a bonus of 1%, capped at 5%.")
    path = tmp_path / "sla.docx"
    word.save(path)
    report = judge_document(read_document(path), load_rules(), "en", "supplier")
    assert {i.id: i.status for i in report.items}["sla_bonus_malus"] == "strong", [
        f.rule for f in report.findings if f.item == "sla_bonus_malus"]


@pytest.mark.parametrize("text, lang, item, rule, present", [
    ("6. Costs\nThe Manufacturer shall attend an annual cost review meeting but shall not be required to propose "
     "improvements or cost reductions.", "en", "continuous_improvement", "continuous_improvement.commitment", True),
    ("6. Product roadmap\nThe Provider may from time to time propose enhancements to the Service.", "en",
     "continuous_improvement", "continuous_improvement.missing", False),
    ("Ending the Membership\nBrightleaf may terminate this Agreement at any time and for any reason by written notice "
     "with immediate effect. The Member may terminate on thirty days' notice for material breach.", "en", "exit",
     "exit.at-will", True),
    ("Article 9 - Résiliation\nChaque Partie peut résilier le Contrat pour manquement après mise en demeure restée "
     "sans effet pendant trente jours. La Tête de Réseau peut en outre y mettre fin à tout moment, sans motif, avec "
     "effet immédiat.", "fr", "exit", "exit.at-will", True),
    ("Non-competition\nThe Member shall not, during the life of this Agreement and for a period of twelve months after "
     "it ends, operate a competing business.", "en", "term", "term.missing", True),
    ("5. Program\nThe Program Managers form a program committee, which shall meet as the Parties may agree from time "
     "to time. Disputes are submitted to the courts of Delaware.", "en", "governance", "governance.missing", False),
    ("5. Governance\nThe Joint Committee meets every quarter. A matter on which the Committee cannot agree at two "
     "consecutive meetings is referred to the chief executives.", "en", "governance", "governance.decision", False),
    ("1. Definitions\n1.1 In this Agreement:\n\n\"Steering Committee\" means the joint committee of the Parties.\n\n"
     "2. Research\nThe research is carried out in the University's laboratories.", "en", "governance",
     "governance.missing", True),
    ("6. Gouvernance\n6.1 Il est institué un comité de pilotage, dont les coordinateurs de chaque Partie sont membres ; "
     "il se réunit une fois par trimestre civil. 6.4 Tout différend qui n'aurait pu être réglé à l'amiable est soumis à "
     "une médiation.", "fr", "governance", "governance.committee", False),
    ("6. Gouvernance\n6.1 Il est institué un comité de pilotage, dont les coordinateurs de chaque Partie sont membres ; "
     "il se réunit une fois par trimestre civil. 6.4 Tout différend qui n'aurait pu être réglé à l'amiable est soumis à "
     "une médiation.", "fr", "governance", "governance.escalation", False),
    ("Durée et renouvellement\nLe Contrat est conclu pour une durée de cinq (5) ans. Il n'est pas renouvelable par "
     "tacite reconduction ; au plus tard six mois avant son échéance, la Tête de Réseau indique si elle propose un "
     "renouvellement.", "fr", "term", "term.renewal", False),
])
def test_more_ways_of_drafting(tmp_path, text, lang, item, rule, present):
    """From the second blind set: negated duties, at-will termination, committees by other names, definitions."""
    _, report = judge(tmp_path, text, lang, profile="all")
    rules = {f.rule for f in report.findings if f.item == item}
    assert (rule in rules) is present, rules


def test_kpis_listed_in_an_annex_after_a_lead_in(tmp_path):
    """'The following Pilot KPIs apply.' introduces the list of targets even without a colon."""
    text = ("ARTICLE 2 - PILOT PHASE\n\n2.1 The program begins with a pilot phase of four (4) months (the \"Pilot Period\"). "
            "Within ten days after it, the Parties compare the results with the Pilot KPIs and each elects whether to "
            "proceed. If a Pilot KPI is missed, either Party may elect not to proceed; this Agreement then ends, and "
            "neither Party shall owe any penalty.\n\nANNEX A - PILOT KPIS\n\nThe following Pilot KPIs apply to the "
            "Pilot Period.\n\n1. Qualified referrals: at least 30.\n\n2. New annual revenue: at least USD 60,000.\n")
    statuses, report = judge(tmp_path, text, "en")
    assert statuses["pilot"] == "strong", [f.rule for f in report.findings if f.item == "pilot"]


EXIT_WITHOUT_IP = """PARTNERSHIP AGREEMENT

7. INTELLECTUAL PROPERTY
7.1 All results developed jointly under this Agreement shall be owned by Alpha, and Beta hereby assigns to Alpha all its rights in them.

12. TERMINATION
12.1 Either party may terminate this Agreement by written notice if the other commits a material breach not remedied within thirty days.
12.2 On termination, each party shall return the customer data of the other and delete every copy.
12.3 For three months after termination, orders in progress shall be completed and each party shall hand over the files needed to serve its customers.
"""


def test_who_keeps_the_ip_at_the_end_may_be_settled_by_the_ip_article(tmp_path):
    statuses, report = judge(tmp_path, EXIT_WITHOUT_IP, "en")
    assert statuses["exit"] == "strong"
    without_ip_article = EXIT_WITHOUT_IP.split("7. INTELLECTUAL PROPERTY")[0] + "12." + EXIT_WITHOUT_IP.split("\n12.", 1)[1]
    statuses, report = judge(tmp_path, without_ip_article, "en", name="no_ip.txt")
    assert statuses["exit"] == "weak"
    assert "exit.ip" in {f.rule for f in report.findings}


@pytest.mark.parametrize("text, lang", [
    ("ACCORD DE PARTENARIAT\n\nARTICLE 3 – PROJET PILOTE\n\n3.1 Durée. Le Projet Pilote se déroule pendant huit semaines.\n\n"
     "3.2 Évaluation. Les Parties évaluent les résultats à la fin du Projet Pilote.\n\n"
     "ARTICLE 10 – DURÉE\n\n10.1 La présente entente entre en vigueur à sa signature et se termine le 30 septembre 2026. "
     "Elle ne sera pas renouvelée.\n", "fr"),
    ("PARTNERSHIP AGREEMENT\n\n3. PILOT\n\n3.1 Duration. The pilot runs for eight weeks.\n\n3.2 Evaluation. The parties "
     "evaluate the results at the end of the pilot.\n\n10. TERM\n\n10.1 This Agreement begins on signature and ends on "
     "30 September 2026. It shall not be renewed or extended.\n", "en"),
])
def test_a_duration_sub_clause_of_the_pilot_is_not_the_contract_term(tmp_path, text, lang):
    statuses, report = judge(tmp_path, text, lang)
    assert statuses["term"] == "strong", [f.rule for f in report.findings if f.item == "term"]
    term = next(item for item in report.items if item.id == "term")
    assert all("eight" not in e.text and "huit" not in e.text for e in term.evidence)


def test_the_contract_title_is_not_a_clause_heading(tmp_path):
    text = ("OPEN INNOVATION AGREEMENT\n\nTHIS AGREEMENT is made on 5 January 2026 between Alpha Ltd and Beta Inc.\n\n"
            "1. PURPOSE\n\n1.1 The parties test a sensor on twenty railcars.\n\n2. FEES\n\n2.1 Alpha pays a fixed fee.\n")
    statuses, _ = judge(tmp_path, text, "en", profile="supplier")
    assert statuses["continuous_improvement"] == "missing"
    titled = text.replace("2. FEES\n\n2.1 Alpha pays a fixed fee.",
                          "2. INNOVATION\n\n2.1 Each year the Supplier shall submit proposals to reduce costs by 3%, "
                          "which the Customer shall review within thirty days.")
    statuses, _ = judge(tmp_path, titled, "en", profile="supplier", name="titled.txt")
    assert statuses["continuous_improvement"] != "missing"


def test_success_criteria_listed_after_a_run_in_title_are_measured(tmp_path):
    text = ("3. PROOF OF CONCEPT\n\n3.1 Duration. The POC runs for four (4) months.\n\n3.2 Success Criteria. The POC "
            "is successful if all of the following are achieved:\n\n(a) at least 85% of defects are detected;\n\n"
            "(b) false alarms stay below 5% of alerts.\n\n3.3 Evaluation. Within twenty-one days after the POC the "
            "parties meet to review the results against each criterion.\n\n3.4 No Penalty. If a criterion is not met, "
            "either party may end this Agreement without any fee or penalty.\n")
    statuses, report = judge(tmp_path, text, "en")
    assert statuses["pilot"] == "strong", [f.rule for f in report.findings if f.item == "pilot"]


@pytest.mark.parametrize("text, lang, expected", [
    ("10. TERM\n10.1 This Agreement is concluded for five years. It then renews automatically for successive one-year "
     "periods unless either party objects.", "en", "weak"),
    ("10. TERM\n10.1 This Agreement is concluded for five years. It then renews automatically for successive one-year "
     "periods unless either party gives notice of non-renewal at least three months before the end of the current "
     "period.", "en", "strong"),
    ("Article 10 – Durée\n10.1 Le contrat est conclu pour une durée de cinq ans. Il est ensuite renouvelé par tacite "
     "reconduction par périodes d'un an, sauf dénonciation par l'une des Parties.", "fr", "weak"),
    ("Article 10 – Durée\n10.1 Le contrat est conclu pour une durée de cinq ans. Il est ensuite renouvelé par tacite "
     "reconduction par périodes d'un an, sauf dénonciation notifiée au moins trois mois avant l'échéance.", "fr",
     "strong"),
])
def test_a_tacit_renewal_needs_a_notice_window(tmp_path, text, lang, expected):
    statuses, report = judge(tmp_path, text, lang)
    assert statuses["term"] == expected, [f.rule for f in report.findings if f.item == "term"]


def test_a_pointer_later_in_the_sentence_qualifies_something_else(tmp_path):
    capped = ("8.3 Sauf faute lourde, la responsabilité totale de chaque Partie est limitée au double de la somme "
              "prévue à l'article 4.1.")
    statuses, _ = judge(tmp_path, capped, "fr", profile="supplier")
    assert statuses["liability_cap"] != "missing"
    pointer = ("Pour les commandes passées au titre du présent contrat, la responsabilité de chaque Partie est limitée "
               "comme prévu à l'article 14 des conditions générales.")
    statuses, _ = judge(tmp_path, pointer, "fr", profile="supplier", name="pointer.txt")
    assert statuses["liability_cap"] == "missing"


@pytest.mark.parametrize("text, lang", [
    ("SALE AGREEMENT\n\n16. DURATION\n\n16.1 This one-off purchase takes effect on signature and ends when the last "
     "Warranty Period expires.\n", "en"),
    ("CONTRAT DE VENTE\n\nARTICLE 9 – DURÉE\n\n9.1 Le contrat entre en vigueur à sa signature et prend fin avec la "
     "réception sans réserve du mobilier.\n", "fr"),
])
def test_a_one_off_purchase_needs_no_renewal_rule(tmp_path, text, lang):
    statuses, report = judge(tmp_path, text, lang, profile="supplier")
    assert statuses["term"] == "strong", [f.rule for f in report.findings if f.item == "term"]
