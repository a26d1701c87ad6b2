"""Build the Word contracts of the French blind test set from the texts kept below.

The texts live here, not in the .docx, so a reviewer can read and diff them; the
generator uses real Heading 1 / Heading 2 / list styles and a real Word table so the
files look like contracts drafted in Word. Run: .venv/bin/python make_docx.py
"""
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent

# Each contract is a list of (kind, content) blocks:
# title / h1 / h2 / p / number / bullet take a string; table takes a list of rows.
LICENCE_COMARKETING = [
    ("title", "Contrat de licence de technologie et de commercialisation conjointe"),
    ("p", "Entre Visiolab SAS, société par actions simplifiée au capital de 150 000 euros, dont le siège "
          "social est situé 7 rue Félix Esclangon, 38000 Grenoble, immatriculée au RCS de Grenoble sous le "
          "numéro 844 390 217, représentée par M. Antoine Ferrand, Président (le « Concédant »),"),
    ("p", "et Mécanique Delorme Industrie SA, société anonyme au capital de 3 200 000 euros, dont le siège "
          "social est situé 120 route de Lyon, 01000 Bourg-en-Bresse, immatriculée au RCS de Bourg-en-Bresse "
          "sous le numéro 356 021 844, représentée par Mme Nathalie Delorme, Directrice générale "
          "(le « Licencié »)."),
    ("h1", "Préambule"),
    ("p", "Le Concédant a développé une technologie de vision artificielle permettant de détecter les défauts "
          "d'aspect des produits alimentaires sur ligne de production. Le Licencié conçoit et fabrique des "
          "machines de tri et de contrôle pour l'industrie agroalimentaire. Les Parties souhaitent que le "
          "Licencié intègre cette technologie dans ses machines et promouvoir ensemble les produits qui en "
          "résultent auprès de la clientèle industrielle."),
    ("h1", "Article 1 – Définitions"),
    ("p", "Les termes ci-après, lorsqu'ils commencent par une majuscule, ont la signification suivante :"),
    ("bullet", "Technologie : le kit logiciel de détection de défauts du Concédant, ses mises à jour et sa "
               "documentation ;"),
    ("bullet", "Produits Intégrés : les machines du Licencié intégrant tout ou partie de la Technologie ;"),
    ("bullet", "Actions Marketing Communes : les salons, webinaires, campagnes et supports promotionnels "
               "réalisés conjointement par les Parties au titre de l'article 4 ;"),
    ("bullet", "Leads : les demandes de contact ou de devis recueillies à l'occasion des Actions Marketing "
               "Communes ;"),
    ("bullet", "Données Partagées : les Leads ainsi que les informations relatives aux prospects et clients "
               "échangées entre les Parties pour les besoins des Actions Marketing Communes ;"),
    ("bullet", "Phase Pilote : la phase définie à l'article 5 ;"),
    ("bullet", "Date d'Effet : le 1er mai 2025 ;"),
    ("bullet", "Territoire : les États membres de l'Union européenne, le Royaume-Uni et la Suisse."),
    ("h1", "Article 2 – Licence"),
    ("p", "Le Concédant accorde au Licencié, pour le Territoire et pour la durée du Contrat, une licence non "
          "exclusive et non transférable lui permettant d'intégrer la Technologie dans les Produits Intégrés, "
          "de les fabriquer et de les distribuer, ainsi que de concéder à ses clients le droit d'utiliser la "
          "Technologie pour le fonctionnement de ces machines."),
    ("h1", "Article 3 – Redevances"),
    ("p", "Le Licencié verse au Concédant une redevance égale à 8 % du prix net facturé de chaque Produit "
          "Intégré. Un relevé des ventes est adressé au Concédant dans les quinze jours suivant la fin de chaque "
          "trimestre civil et la redevance est payée dans les trente jours de ce relevé. Le Concédant peut, une "
          "fois par an, faire vérifier ces relevés par un expert-comptable indépendant."),
    ("h1", "Article 4 – Actions Marketing Communes"),
    ("p", "Les Parties arrêtent chaque année un plan d'Actions Marketing Communes doté d'un budget de 60 000 "
          "euros hors taxes, supporté à parts égales. Chaque support associant les marques des deux Parties est "
          "soumis à l'accord écrit préalable de chacune d'elles, qui se prononce dans un délai de dix jours "
          "ouvrés."),
    ("h1", "Article 5 – Phase Pilote"),
    ("h2", "5.1 Durée"),
    ("p", "Avant d'étendre les Actions Marketing Communes à l'ensemble du Territoire, les Parties les "
          "conduisent en France seulement, pendant une Phase Pilote de douze (12) mois à compter de la Date "
          "d'Effet."),
    ("h2", "5.2 Objectifs"),
    ("p", "Les objectifs de la Phase Pilote sont les suivants :"),
    ("number", "générer au moins soixante (60) Leads qualifiés ;"),
    ("number", "convertir au moins 10 % de ces Leads en commandes fermes de Produits Intégrés ;"),
    ("number", "réaliser un chiffre d'affaires d'au moins 250 000 euros hors taxes sur les Produits Intégrés "
               "vendus en France."),
    ("h2", "5.3 Évaluation"),
    ("p", "Dans les trente jours suivant la fin de la Phase Pilote, les résultats obtenus sont comparés aux "
          "objectifs de l'article 5.2 et présentés au comité de pilotage des Parties. Chaque Partie notifie "
          "ensuite à l'autre, au plus tard le quarante-cinquième jour suivant la fin de la Phase Pilote, sa "
          "décision de poursuivre ou non le Contrat."),
    ("h2", "5.4 Sortie"),
    ("p", "Si l'un au moins des objectifs n'est pas atteint, chaque Partie peut résilier le Contrat par "
          "notification adressée dans les soixante jours suivant la fin de la Phase Pilote, sans pénalité ni "
          "indemnité d'aucune sorte. Les droits d'utilisation déjà concédés aux clients finaux sont maintenus."),
    ("h1", "Article 6 – Données Partagées"),
    ("p", "Les Données Partagées sont la propriété du Licencié, qui en est responsable de traitement au sens "
          "du Règlement (UE) 2016/679. Le Concédant ne peut les utiliser que pour la préparation et le suivi "
          "des Actions Marketing Communes et le contrôle des redevances ; toute autre utilisation, ainsi que "
          "toute communication à un tiers, est exclue. Les Données Partagées sont des informations "
          "confidentielles au sens de l'article 12. Leur sort à la fin du Contrat est réglé par l'article 11.3."),
    ("h1", "Article 7 – Propriété intellectuelle"),
    ("p", "Le Concédant demeure propriétaire de la Technologie et de ses évolutions. Le Licencié demeure "
          "propriétaire de ses machines et de ses marques. Les supports marketing créés conjointement sont la "
          "copropriété des Parties, chacune ne pouvant les exploiter qu'aux fins des Actions Marketing "
          "Communes."),
    ("h1", "Article 8 – Revue des objectifs communs"),
    ("p", "Tous les deux ans, à la date anniversaire de la Date d'Effet, les Parties se réunissent pour "
          "examiner si les objectifs communs de leur collaboration demeurent pertinents au regard de "
          "l'évolution de leurs marchés. Elles peuvent à cette occasion convenir, par avenant, d'adapter le "
          "plan d'Actions Marketing Communes ou le taux de redevance."),
    ("h1", "Article 9 – Garanties"),
    ("p", "Le Concédant garantit être titulaire des droits nécessaires à la concession de la licence et que la "
          "Technologie est conforme à sa documentation pendant douze mois à compter de chaque livraison d'une "
          "nouvelle version."),
    ("h1", "Article 10 – Durée"),
    ("p", "Le Contrat est conclu pour une durée de trois (3) ans à compter de la Date d'Effet. Il est ensuite "
          "renouvelé tacitement par périodes d'un (1) an, sauf dénonciation par l'une des Parties par lettre "
          "recommandée avec accusé de réception adressée au moins trois (3) mois avant l'échéance en cours."),
    ("h1", "Article 11 – Résiliation et fin du Contrat"),
    ("h2", "11.1 Cas de résiliation"),
    ("p", "Chaque Partie peut résilier le Contrat (i) en cas de manquement grave de l'autre Partie non réparé "
          "dans les trente jours suivant une mise en demeure, (ii) sans motif, à l'issue de la Phase Pilote, "
          "moyennant un préavis de six mois, ou (iii) en cas de cessation d'activité de l'autre Partie, dans "
          "les limites prévues par le droit des procédures collectives."),
    ("h2", "11.2 Propriété intellectuelle"),
    ("p", "À la fin du Contrat, le Concédant conserve la propriété de la Technologie et des développements "
          "d'interface réalisés conjointement avec le Licencié ; il concède au Licencié une licence gratuite et "
          "perpétuelle sur ces interfaces, limitée à la maintenance des Produits Intégrés déjà vendus. Chaque "
          "Partie cesse tout usage des marques de l'autre et des supports marketing communs."),
    ("h2", "11.3 Données Partagées"),
    ("p", "Dans les trente jours suivant la fin du Contrat, le Concédant restitue au Licencié, dans un format "
          "CSV, les Données Partagées qu'il détient, en supprime toutes les copies et atteste par écrit de "
          "cette suppression."),
    ("h2", "11.4 Transition"),
    ("p", "Le Licencié dispose d'un délai de six mois pour écouler les Produits Intégrés en stock ou en "
          "commande à la date de fin. Les clients finaux conservent leur droit d'utilisation et le Concédant "
          "continue de fournir les mises à jour de sécurité de la Technologie pour les Produits Intégrés "
          "installés pendant vingt-quatre mois. Les Leads en cours de traitement sont remis au Licencié dans "
          "les quinze jours."),
    ("h1", "Article 12 – Confidentialité"),
    ("p", "Chaque Partie garde confidentielles les informations reçues de l'autre Partie pendant la durée du "
          "Contrat et cinq ans après sa fin, sauf celles qui sont ou deviennent publiques sans faute de sa part."),
    ("h1", "Article 13 – Responsabilité"),
    ("p", "La responsabilité de chaque Partie est limitée aux dommages directs et plafonnée au montant des "
          "redevances versées au cours des douze mois précédant le fait générateur."),
    ("h1", "Article 14 – Droit applicable et juridiction"),
    ("p", "Le Contrat est régi par le droit français. Tout litige relève de la compétence exclusive du Tribunal "
          "de commerce de Grenoble."),
    ("p", "Fait à Grenoble, le 22 avril 2025, en deux exemplaires originaux."),
]

NETWORK = [
    ("title", "CONTRAT D'ADHÉSION AU RÉSEAU RAYON VERT"),
    ("p", "ENTRE Rayon Vert Développement SAS, au capital de 200 000 euros, dont le siège social est situé "
          "16 rue Nationale, 37000 Tours, immatriculée au RCS de Tours sous le numéro 878 114 560, représentée "
          "par M. Laurent Giraud, Président, ci-après la « Tête de Réseau »,"),
    ("p", "ET Cycles Dumoulin SARL, au capital de 15 000 euros, dont le siège social est situé 4 place du "
          "Marché, 41000 Blois, immatriculée au RCS de Blois sous le numéro 901 336 472, représentée par "
          "Mme Élise Dumoulin, Gérante, ci-après l'« Adhérent »."),
    ("h1", "PRÉAMBULE"),
    ("p", "La Tête de Réseau anime un réseau d'ateliers indépendants de réparation et d'entretien de vélos "
          "exploités sous l'enseigne « Rayon Vert » et a mis au point un savoir-faire de réparation rapide et "
          "de reconditionnement. L'Adhérent exploite un atelier de réparation à Blois et souhaite rejoindre le "
          "réseau. Conformément à l'article L. 330-3 du Code de commerce, l'Adhérent a reçu le document "
          "d'information précontractuelle plus de vingt jours avant la signature des présentes."),
    ("h1", "OBJET"),
    ("p", "Le Contrat a pour objet de définir les conditions dans lesquelles l'Adhérent exploite son atelier "
          "sous l'enseigne « Rayon Vert », bénéficie du savoir-faire et des services de la Tête de Réseau, et "
          "participe à la vie du réseau."),
    ("h1", "ENSEIGNE ET SAVOIR-FAIRE"),
    ("p", "La Tête de Réseau concède à l'Adhérent le droit d'utiliser l'enseigne et les marques « Rayon Vert » "
          "pour le seul atelier désigné en Annexe 1. Elle lui communique son manuel opératoire et assure une "
          "formation initiale de cinq jours de l'Adhérent et de ses techniciens."),
    ("h1", "DROIT D'ENTRÉE ET REDEVANCES"),
    ("p", "L'Adhérent verse un droit d'entrée de 6 000 euros hors taxes à la signature, puis une redevance "
          "mensuelle égale à 3 % de son chiffre d'affaires hors taxes et une contribution de 1 % de ce chiffre "
          "d'affaires au fonds de communication du réseau."),
    ("h1", "PHASE PILOTE"),
    ("h2", "Durée et objectifs"),
    ("p", "L'exploitation sous l'enseigne débute par une phase pilote de quatre (4) mois à compter de la date "
          "d'ouverture fixée en Annexe 1 (la « Date d'Ouverture »). Les indicateurs de la phase pilote et "
          "leurs objectifs chiffrés figurent en Annexe 2."),
    ("h2", "Évaluation"),
    ("p", "Dans les quinze jours suivant la fin de la phase pilote, les parties se réunissent pour comparer "
          "les résultats obtenus aux objectifs de l'Annexe 2. Chaque partie notifie à l'autre par écrit, dans "
          "les huit jours suivant cette réunion, sa décision de poursuivre ou d'arrêter la collaboration."),
    ("h2", "Sortie sans pénalité"),
    ("p", "Si l'un des objectifs de l'Annexe 2 n'est pas atteint, chaque partie peut mettre fin au Contrat par "
          "la notification prévue ci-dessus, sans pénalité ni indemnité à la charge de l'une ou de l'autre. "
          "Dans ce cas, la Tête de Réseau rembourse intégralement le droit d'entrée et l'Adhérent retire "
          "l'enseigne dans les quinze jours."),
    ("h1", "DURÉE ET RENOUVELLEMENT"),
    ("p", "Le Contrat est conclu pour une durée de cinq (5) ans à compter de la Date d'Ouverture. Il n'est pas "
          "renouvelable par tacite reconduction. Au plus tard six (6) mois avant son échéance, la Tête de Réseau "
          "indique à l'Adhérent si elle lui propose un renouvellement ; l'Adhérent dispose d'un (1) mois pour "
          "faire connaître sa réponse. À défaut d'accord écrit à l'échéance, le Contrat prend fin à son terme."),
    ("h1", "COMITÉ DU RÉSEAU"),
    ("p", "Le comité du réseau réunit le Président de la Tête de Réseau, son directeur du développement et "
          "trois adhérents élus pour deux ans par l'ensemble des adhérents. Il se réunit une fois par trimestre "
          "et délibère sur les campagnes promotionnelles communes, le référencement des fournisseurs de pièces "
          "et les questions de fonctionnement du réseau. Ses décisions sont prises à la majorité simple ; en "
          "cas de partage des voix, celle du Président de la Tête de Réseau est prépondérante."),
    ("p", "Tout différend entre la Tête de Réseau et l'Adhérent fait d'abord l'objet d'une réunion de "
          "conciliation dans les quinze jours de sa notification, puis, à défaut d'accord, d'une médiation "
          "confiée à un médiateur inscrit auprès d'un centre de médiation de Tours, préalablement à toute "
          "action en justice."),
    ("h1", "NON-DÉTOURNEMENT DE CLIENTÈLE"),
    ("p", "Sont des « Clients du Réseau » toutes les personnes titulaires de la carte de fidélité Rayon Vert "
          "ou enregistrées dans le logiciel de caisse du réseau, qu'elles le soient à la date de signature ou "
          "le deviennent pendant l'exécution du Contrat. L'Adhérent s'interdit de détourner les Clients du "
          "Réseau vers un autre atelier ou un réseau concurrent et d'utiliser les informations issues du "
          "logiciel de caisse pour leur proposer des offres concurrentes. La Tête de Réseau s'interdit de "
          "démarcher directement la clientèle de l'atelier de l'Adhérent pour des prestations de réparation. "
          "Ces engagements s'appliquent pendant la durée du Contrat. Tout manquement de l'une des parties "
          "ouvre droit, pour l'autre, à une indemnité forfaitaire égale à six mois de redevances, sans "
          "préjudice de la résiliation du Contrat."),
    ("h1", "DONNÉES CLIENTS"),
    ("p", "L'Adhérent enregistre les coordonnées et l'historique d'entretien de ses clients dans le logiciel "
          "de caisse fourni par la Tête de Réseau. Ces informations ne peuvent être utilisées que pour "
          "l'exploitation de l'atelier et les campagnes promotionnelles du réseau, dans le respect du Règlement "
          "(UE) 2016/679. Elles sont confidentielles. À la fin du Contrat, l'Adhérent les transfère à l'atelier "
          "du réseau désigné par la Tête de Réseau et en supprime toute copie dans les trente jours."),
    ("h1", "RÉSILIATION"),
    ("h2", "Résiliation pour manquement"),
    ("p", "En cas de manquement de l'une des parties à ses obligations, non réparé dans les trente jours "
          "suivant une mise en demeure adressée par lettre recommandée avec accusé de réception, l'autre partie "
          "peut résilier le Contrat de plein droit."),
    ("h2", "Résiliation à l'initiative de la Tête de Réseau"),
    ("p", "La Tête de Réseau peut en outre mettre fin au Contrat à tout moment, sans préavis ni indemnité, par "
          "simple notification écrite adressée à l'Adhérent."),
    ("h2", "Conséquences de la fin du Contrat"),
    ("p", "À la fin du Contrat, pour quelque cause que ce soit, l'Adhérent cesse d'utiliser l'enseigne et les "
          "marques « Rayon Vert » et retire toute signalétique dans les trente jours. Les améliorations du "
          "savoir-faire mises au point conjointement par les parties pendant le Contrat appartiennent à la Tête "
          "de Réseau ; l'Adhérent conserve le droit d'utiliser, sans l'enseigne, les techniques de réparation "
          "d'usage courant. Les données clients sont transférées et supprimées comme prévu à la clause "
          "« Données clients ». Pendant une période de transition de deux mois, l'Adhérent achève les "
          "réparations en cours, informe ses clients et transfère les forfaits d'entretien prépayés à l'atelier "
          "du réseau le plus proche, qui les honore ; il peut écouler pendant cette période son stock de pièces "
          "à la marque du réseau."),
    ("h1", "CONFIDENTIALITÉ"),
    ("p", "Le manuel opératoire et toutes les informations communiquées par la Tête de Réseau sont "
          "confidentiels pendant la durée du Contrat et cinq ans après sa fin."),
    ("h1", "ASSURANCES"),
    ("p", "L'Adhérent souscrit une assurance couvrant sa responsabilité civile professionnelle et les vélos "
          "qui lui sont confiés, et en justifie à première demande."),
    ("h1", "DROIT APPLICABLE ET JURIDICTION"),
    ("p", "Le Contrat est régi par le droit français. Sous réserve de la procédure prévue à la clause « Comité "
          "du réseau », tout litige relève du Tribunal de commerce de Tours."),
    ("p", "Fait à Tours, le 10 février 2025, en deux exemplaires."),
    ("h1", "ANNEXE 1 – ATELIER ET DATE D'OUVERTURE"),
    ("p", "Atelier : 4 place du Marché, 41000 Blois. Date d'Ouverture : 1er avril 2025."),
    ("h1", "ANNEXE 2 – INDICATEURS DE LA PHASE PILOTE"),
    ("table", [
        ["Indicateur", "Objectif sur la phase pilote"],
        ["Chiffre d'affaires hors taxes de l'atelier", "au moins 48 000 euros"],
        ["Nombre de réparations facturées", "au moins 350"],
        ["Taux de clients satisfaits (questionnaire du réseau)", "au moins 90 %"],
        ["Délai moyen d'immobilisation d'un vélo", "au plus 48 heures"],
        ["Techniciens ayant suivi la formation initiale", "au moins 2"],
    ]),
]

LOGISTICS = [
    ("title", "Contrat-cadre de prestations logistiques"),
    ("p", "Entre Maison Lebrun Cosmétiques SAS, au capital de 500 000 euros, dont le siège social est situé "
          "25 cours Lafayette, 69003 Lyon, immatriculée au RCS de Lyon sous le numéro 522 760 981, représentée "
          "par Mme Pauline Lebrun, Présidente (le « Client »),"),
    ("p", "et LogiRhône Entrepôts SAS, au capital de 1 000 000 euros, dont le siège social est situé 3 rue de "
          "l'Aviation, 69800 Saint-Priest, immatriculée au RCS de Lyon sous le numéro 447 209 118, représentée "
          "par M. Franck Morel, Directeur général (le « Prestataire »)."),
    ("h1", "Préambule"),
    ("p", "Le Client vend en ligne des produits cosmétiques et souhaite externaliser le stockage et "
          "l'expédition de ses commandes. Le Prestataire exploite à Saint-Priest un entrepôt équipé d'un "
          "système de gestion d'entrepôt (WMS) au moyen duquel il assure le pilotage des flux entrants et "
          "sortants de ses clients. Les parties ont choisi de conclure un contrat-cadre dont les volumes "
          "prévisionnels sont actualisés chaque trimestre."),
    ("h1", "Objet"),
    ("p", "Le présent contrat-cadre définit les conditions dans lesquelles le Prestataire réceptionne, stocke, "
          "prépare et expédie les produits du Client à destination de ses clients consommateurs et des "
          "boutiques partenaires."),
    ("h1", "Durée"),
    ("p", "Le contrat est conclu pour une durée initiale de deux ans à compter du 1er mars 2025. À son terme, "
          "il se renouvelle par tacite reconduction par périodes successives d'un an."),
    ("h1", "Prestations"),
    ("h2", "Réception"),
    ("p", "Le Prestataire contrôle les quantités et l'état apparent des palettes reçues, émet des réserves "
          "auprès du transporteur en cas d'avarie et met les produits en stock."),
    ("h2", "Stockage"),
    ("p", "Les produits sont stockés dans une zone dédiée, à une température comprise entre 15 et 25 °C, et "
          "font l'objet d'un inventaire tournant permanent et d'un inventaire complet annuel."),
    ("h2", "Préparation et expédition"),
    ("p", "Les commandes transmises par le site marchand du Client avant 14 heures sont préparées, emballées "
          "selon la charte du Client et remises au transporteur le jour même."),
    ("h1", "Prix"),
    ("p", "Les prestations sont facturées mensuellement selon la grille tarifaire annexée, révisée chaque "
          "1er mars en fonction de l'indice du coût de la main-d'œuvre logistique."),
    ("h1", "Niveaux de service"),
    ("p", "Le Prestataire s'engage sur les indicateurs suivants, mesurés chaque mois civil à partir des "
          "extractions du WMS :"),
    ("table", [
        ["Indicateur", "Mode de calcul", "Objectif"],
        ["Expédition le jour même", "commandes reçues avant 14 h et remises au transporteur le jour même / "
                                    "commandes reçues avant 14 h", "≥ 98 %"],
        ["Exactitude de préparation", "commandes sans erreur de référence ni de quantité / commandes "
                                      "expédiées", "≥ 99,7 %"],
        ["Exactitude du stock", "références dont le stock physique correspond au stock WMS / références "
                                "inventoriées", "≥ 99,5 %"],
        ["Délai de mise en stock", "réceptions mises en stock sous 24 heures ouvrées / réceptions", "≥ 97 %"],
    ]),
    ("h2", "Mesure et rapport"),
    ("p", "Le Prestataire adresse au Client, au plus tard le cinquième jour ouvré de chaque mois, un rapport "
          "présentant les résultats du mois écoulé pour chaque indicateur, accompagné des extractions du WMS "
          "qui les justifient. Le Client peut vérifier ces extractions sur place moyennant un préavis de huit "
          "jours."),
    ("h2", "Pénalités"),
    ("p", "Pour chaque indicateur dont le résultat mensuel est inférieur à l'objectif, le Prestataire supporte "
          "une pénalité égale à 1,5 % du montant hors taxes facturé au titre du mois concerné. Le total des "
          "pénalités d'un mois ne peut excéder 10 % de ce montant."),
    ("h2", "Bonus"),
    ("p", "Lorsque, pendant trois mois consécutifs, tous les indicateurs atteignent ou dépassent leur objectif, "
          "le Client verse au Prestataire un bonus égal à 1 % du montant hors taxes facturé sur ces trois mois, "
          "dans la limite de 3 000 euros par trimestre."),
    ("h1", "Optimisation"),
    ("p", "Le Prestataire s'efforcera, dans la mesure du possible, de proposer au Client des pistes "
          "d'optimisation de l'organisation logistique."),
    ("h1", "Responsabilité et assurance"),
    ("p", "Le Prestataire répond des pertes et avaries survenues pendant que les produits sont sous sa garde, "
          "dans la limite de leur prix de revient. Il maintient une assurance couvrant les marchandises "
          "stockées à hauteur de 1 500 000 euros."),
    ("h1", "Résiliation et réversibilité"),
    ("h2", "Résiliation pour manquement"),
    ("p", "En cas de manquement grave de l'une des parties, non réparé dans les trente jours suivant une mise "
          "en demeure adressée par lettre recommandée avec accusé de réception, l'autre partie peut résilier le "
          "contrat de plein droit."),
    ("h2", "Réversibilité"),
    ("p", "À la fin du contrat, le Prestataire achève la préparation des commandes reçues, établit un "
          "inventaire contradictoire et remet le stock au Client ou au prestataire désigné par lui. Il prête son "
          "assistance au transfert pendant une durée maximale de trois mois, au tarif de la grille annexée."),
    ("h1", "Confidentialité"),
    ("p", "Chaque partie garde confidentielles les informations commerciales et tarifaires de l'autre partie "
          "pendant la durée du contrat et deux ans après sa fin."),
    ("h1", "Dispositions diverses"),
    ("h2", "Cession"),
    ("p", "Aucune partie ne peut céder le contrat sans l'accord écrit de l'autre."),
    ("h2", "Données d'exploitation"),
    ("p", "Les données relatives aux flux, volumes, références et fréquences de commande générées par "
          "l'exécution des prestations sont conservées dans le WMS du Prestataire. Le Prestataire peut "
          "librement les exploiter à toutes fins, y compris pour réaliser des études sectorielles et améliorer "
          "ses propres services."),
    ("h2", "Intégralité"),
    ("p", "Le contrat et son annexe tarifaire expriment l'intégralité de l'accord des parties."),
    ("h2", "Droit applicable"),
    ("p", "Le contrat est soumis au droit français. Tout litige relève du Tribunal de commerce de Lyon."),
    ("p", "Fait à Lyon, le 14 février 2025, en deux exemplaires."),
]

CONTRACTS = {
    "partnership-licence-comarketing.fr.docx": LICENCE_COMARKETING,
    "partnership-network.fr.docx": NETWORK,
    "supplier-logistics.fr.docx": LOGISTICS,
}

PARAGRAPH_STYLES = {
    "title": "Title",
    "h1": "Heading 1",
    "h2": "Heading 2",
    "p": None,
    "number": "List Number",
    "bullet": "List Bullet",
}


def build(blocks):
    """Lay the blocks out with Word's own styles so headings and lists are real, not bold text."""
    document = Document()
    for kind, content in blocks:
        if kind == "table":
            table = document.add_table(rows=len(content), cols=len(content[0]))
            table.style = "Table Grid"
            for row, values in zip(table.rows, content):
                for cell, value in zip(row.cells, values):
                    cell.text = value
        else:
            document.add_paragraph(content, style=PARAGRAPH_STYLES[kind])
    return document


def main():
    for name, blocks in CONTRACTS.items():
        target = HERE / name
        partial = target.with_suffix(".docx.partial")
        build(blocks).save(partial)
        partial.replace(target)
        print(f"wrote {target.name}")


if __name__ == "__main__":
    main()
