"""Génère les contrats Word du jeu aveugle blind3 (français) à partir des textes ci-dessous.

Balisage : "= " Title, "# " Heading 1, "## " Heading 2, "* " List Bullet,
"+ " List Number, "| a | b |" lignes de tableau (1re ligne = en-tête), autres lignes = Normal.
Exécution : .venv/bin/python tests/data/blind3/fr/make_docx.py
"""
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent

DISTRIBUTION = """\
= Contrat de distribution et de co-marketing
Le présent contrat est conclu le 5 janvier 2026
ENTRE
Vélonautes, société par actions simplifiée au capital de 640 000 euros, dont le siège est situé 31 boulevard de la Prairie-au-Duc, 44200 Nantes, immatriculée au RCS de Nantes sous le numéro 844 120 763, représentée par M. Antoine Guérin, Président, ci-après « le Fabricant »,
ET
Roues Libres Distribution, société à responsabilité limitée au capital de 75 000 euros, dont le siège est situé 14 rue du Port-du-Rhin, 67000 Strasbourg, immatriculée au RCS de Strasbourg sous le numéro 790 338 415, représentée par Mme Claire Hoffmann, Gérante, ci-après « le Distributeur ».
# Article 1 – Définitions
Les termes suivants ont, dans le présent contrat, la signification qui leur est donnée ci-après :
* « Produits » : les vélos cargos à assistance électrique, batteries, accessoires et pièces détachées de marque Vélonautes figurant au catalogue en vigueur ;
* « Territoire » : les départements du Bas-Rhin, du Haut-Rhin, de la Moselle, de la Meurthe-et-Moselle et des Vosges ;
* « Revendeurs » : les magasins de cycles et entreprises de location auxquels le Distributeur revend les Produits ;
* « Données Clients » : les données d'identification des acheteurs finaux et des Revendeurs, les numéros de cadre et les données d'enregistrement de garantie ;
* « Période Probatoire » : la période définie à l'article 4.
# Article 2 – Objet et exclusivité
## 2.1 Nomination
Le Fabricant désigne le Distributeur comme distributeur exclusif des Produits auprès des Revendeurs sur le Territoire. Le Fabricant s'interdit de nommer un autre distributeur sur le Territoire et de vendre directement aux Revendeurs qui y sont établis, à l'exception des ventes aux collectivités publiques effectuées sur appel d'offres.
## 2.2 Ventes hors Territoire
Le Distributeur s'abstient de toute politique active de vente en dehors du Territoire, dans les limites permises par le règlement (UE) 2022/720. Les ventes passives restent libres.
## 2.3 Produits concurrents
Pendant la durée du contrat, le Distributeur s'interdit de distribuer des vélos cargos à assistance électrique concurrents des Produits sur le Territoire, sauf accord écrit du Fabricant.
# Article 3 – Achats et prix
## 3.1 Commandes
Le Distributeur achète les Produits en son nom et pour son compte, au tarif distributeur en vigueur, diminué de la remise de 32 % prévue à l'annexe 1.
## 3.2 Objectif minimum
À compter de la fin de la Période Probatoire, le Distributeur s'engage à acheter au minimum 400 vélos cargos par année contractuelle. Si ce minimum n'est pas atteint deux années consécutives, le Fabricant peut retirer l'exclusivité prévue à l'article 2.1 moyennant un préavis de trois mois.
## 3.3 Paiement
Les factures sont payables à trente jours date de facture. Le transfert de propriété des Produits est subordonné au paiement intégral du prix.
# Article 4 – Période probatoire
## 4.1 Durée
Les six (6) premiers mois du contrat constituent une Période Probatoire destinée à vérifier la pertinence du partenariat.
## 4.2 Indicateurs
La Période Probatoire est évaluée au regard des indicateurs suivants :
| Indicateur | Objectif à six mois |
| Vélos cargos vendus aux Revendeurs | au moins 120 |
| Revendeurs actifs ayant passé au moins deux commandes | au moins 8 |
| Taux de retours sous garantie | inférieur à 3 % |
| Participants aux journées d'essai co-organisées | au moins 600 |
## 4.3 Évaluation
Au plus tard vingt jours après la fin de la Période Probatoire, le comité commercial de l'article 7 se réunit pour constater les résultats obtenus au regard de chaque indicateur et décider de la poursuite du contrat.
## 4.4 Sortie sans pénalité
Si un ou plusieurs objectifs ne sont pas atteints, chaque partie peut mettre fin au contrat par lettre recommandée envoyée dans les quinze jours suivant la réunion d'évaluation, sans indemnité ni pénalité d'aucune sorte. L'article 10.3 s'applique alors au stock du Distributeur.
# Article 5 – Co-marketing
## 5.1 Plan marketing commun
Les parties élaborent chaque année un plan marketing commun pour le Territoire, comprenant notamment :
+ des journées d'essai dans les centres-villes de Strasbourg, Metz, Nancy et Colmar ;
+ une présence commune au salon Eurobike et aux salons professionnels de la logistique urbaine ;
+ des campagnes numériques ciblant les artisans et les livreurs ;
+ la formation des vendeurs des Revendeurs.
## 5.2 Budget
Le Fabricant prend en charge 60 % et le Distributeur 40 % du budget du plan marketing commun, plafonné à 90 000 euros par an sauf accord contraire.
## 5.3 Marques
Le Fabricant concède au Distributeur, pour la durée du contrat et sur le Territoire, une licence non exclusive et gratuite d'utilisation de la marque Vélonautes et de ses logos, pour la seule promotion des Produits et dans le respect de la charte graphique. Les supports publicitaires créés dans le cadre du plan marketing commun, y compris ceux conçus par le Distributeur, appartiennent au Fabricant, à qui le Distributeur cède les droits d'auteur correspondants pour la durée légale de protection.
# Article 6 – Données Clients
## 6.1 Propriété
Les Données Clients sont la propriété du Fabricant, responsable du traitement de l'enregistrement des garanties.
## 6.2 Usage
Le Distributeur ne peut utiliser les Données Clients que pour le service après-vente, la gestion des garanties et le suivi des Revendeurs du Territoire. Toute autre utilisation, notamment à des fins de prospection pour le compte de tiers, est interdite.
## 6.3 Confidentialité
Les Données Clients sont confidentielles. Les parties respectent le règlement (UE) 2016/679 et concluent l'accord de sous-traitance figurant à l'annexe 3.
## 6.4 Fin du contrat
Dans les trente jours suivant la fin du contrat, le Distributeur restitue au Fabricant les Données Clients dans un format structuré et couramment utilisé, puis les supprime de ses systèmes, à l'exception de celles qu'il doit conserver en vertu de ses obligations comptables, et en justifie par écrit.
# Article 7 – Comité commercial
Un comité commercial composé du directeur commercial du Fabricant, de la gérante du Distributeur et de leurs responsables marketing se réunit chaque trimestre pour examiner les ventes, le stock, le plan marketing commun et les difficultés rencontrées avec les Revendeurs.
# Article 8 – Revue semestrielle des objectifs
## 8.1 Revue
Tous les six mois, en juin et en décembre, les parties procèdent à une revue des objectifs communs du partenariat au regard de leurs stratégies respectives, de l'évolution du marché du vélo cargo et de la réglementation des zones à faibles émissions.
## 8.2 Ajustement
Si la revue fait apparaître que les stratégies des parties ont divergé, elles négocient de bonne foi, dans un délai de deux mois, un avenant modifiant les objectifs de l'article 3.2, le Territoire ou le plan marketing commun. À défaut d'accord, chaque partie peut résilier le contrat moyennant un préavis de trois mois.
# Article 9 – Durée
Le contrat est conclu pour une durée initiale de trois (3) ans à compter de sa signature. Il se renouvelle ensuite par tacite reconduction pour des périodes successives d'un an, sauf dénonciation par l'une des parties notifiée par lettre recommandée au moins six mois avant l'échéance.
# Article 10 – Résiliation et fin du contrat
## 10.1 Résiliation pour manquement
Chaque partie peut résilier le contrat en cas de manquement grave de l'autre partie non réparé dans les quarante-cinq jours suivant une mise en demeure par lettre recommandée.
## 10.2 Propriété intellectuelle après la fin
À la fin du contrat, la licence de marque prend fin. Le Distributeur cesse d'utiliser la marque Vélonautes dans un délai de quatre mois, sauf pour l'écoulement du stock selon l'article 10.3. Les supports du plan marketing commun restent la propriété du Fabricant ; le Distributeur peut conserver ses propres marques et son savoir-faire commercial.
## 10.3 Stock et commandes en cours
Pendant une période de transition de quatre mois, le Distributeur peut écouler son stock de Produits auprès des Revendeurs. À l'issue de cette période, le Fabricant rachète le stock restant en bon état au prix facturé, diminué de 10 %. Les commandes acceptées avant la date de fin sont exécutées aux conditions du contrat.
## 10.4 Passation
Pendant la période de transition, le Distributeur communique au Fabricant ou au nouveau distributeur désigné la liste des commandes en cours des Revendeurs et des dossiers de garantie ouverts, et continue d'assurer le service après-vente des vélos vendus jusqu'à leur reprise par le nouveau distributeur.
# Article 11 – Garantie des Produits
Le Fabricant garantit les cadres des Produits pendant cinq ans et les moteurs et batteries pendant deux ans à compter de leur vente à l'utilisateur final. Le Distributeur assure la prise en charge des demandes de garantie sur le Territoire et est remboursé des pièces et de la main-d'œuvre selon le barème de l'annexe 2.
# Article 12 – Contrôle
Le Fabricant peut, une fois par an et après un préavis de quinze jours, vérifier dans les locaux du Distributeur l'état du stock, les registres de ventes aux Revendeurs et les dossiers de garantie.
# Article 13 – Confidentialité
Chaque partie s'engage à ne divulguer aucune information confidentielle de l'autre, notamment tarifaire, pendant la durée du contrat et trois ans après sa fin.
# Article 14 – Dispositions générales
## 14.1 Cession
Le contrat est conclu en considération de la personne du Distributeur, qui ne peut le céder sans l'accord préalable écrit du Fabricant.
## 14.2 Droit applicable et litiges
Le contrat est soumis au droit français. Tout litige relatif au contrat est de la compétence exclusive du tribunal de commerce de Nantes.
## 14.3 Indépendance
Chaque partie agit en commerçant indépendant. Le Distributeur n'est ni agent commercial ni mandataire du Fabricant.
Fait à Nantes, en deux exemplaires originaux.
Pour Vélonautes : Antoine Guérin, Président
Pour Roues Libres Distribution : Claire Hoffmann, Gérante
"""

INFOGERANCE = """\
= Contrat d'infogérance et de services managés
Entre la Mutuelle Santé des Cévennes, mutuelle régie par le livre II du code de la mutualité, immatriculée sous le numéro SIREN 783 912 405, dont le siège est situé 6 place de la Maison-Carrée, 30000 Nîmes, représentée par M. Frédéric Aubanel, Directeur général, ci-après « le Client »,
Et Orbiteq Services, société par actions simplifiée au capital de 2 000 000 euros, dont le siège est situé 1350 avenue Albert-Einstein, 34000 Montpellier, immatriculée au RCS de Montpellier sous le numéro 812 604 339, représentée par Mme Laure Benhamou, Présidente, ci-après « le Prestataire ».
# Article 1 – Objet
Le Client confie au Prestataire l'exploitation, la supervision et le maintien en conditions opérationnelles de son système d'information de gestion des adhérents et des remboursements, hébergé dans les centres de données du Prestataire à Montpellier et à Toulouse (les « Services »).
Les Services comprennent :
* l'hébergement et l'administration des serveurs, bases de données et équipements réseau ;
* la supervision vingt-quatre heures sur vingt-quatre et sept jours sur sept ;
* la sauvegarde quotidienne et le plan de reprise d'activité ;
* la gestion des incidents et des demandes via un centre de services ;
* le maintien en conditions de sécurité, y compris l'application des correctifs.
Sont exclus des Services le développement applicatif, la maintenance corrective et évolutive des progiciels de gestion, qui restent assurés par leurs éditeurs, ainsi que le support aux postes de travail des collaborateurs du Client.
Le Prestataire exécute les Services conformément aux règles de l'art, au référentiel de sécurité de l'annexe 3 et aux exigences de la certification HDS. Il informe le Client, dans les vingt-quatre heures, de tout incident de sécurité affectant ses données.
# Article 2 – Entrée en vigueur
Le contrat prend effet à la date de sa signature par les deux parties. La phase de transfert des Services vers les centres de données du Prestataire se déroule selon le planning de l'annexe 1.
# Article 3 – Organisation
## 3.1 Pilote de service
Le Prestataire désigne un pilote de service, interlocuteur unique du Client pour l'exécution quotidienne des Services, qui anime le centre de services et établit les rapports mensuels.
## 3.2 Comité de pilotage
Un comité de pilotage, réunissant le responsable informatique du Client, le pilote de service et le directeur de compte du Prestataire, se réunit chaque mois pour examiner le rapport mensuel, les incidents majeurs et les demandes d'évolution. Les désaccords sont consignés au compte rendu.
# Article 4 – Niveaux de service
## 4.1 Engagements
Le Prestataire s'engage sur les niveaux de service suivants :
| Indicateur | Engagement | Pénalité | Bonus |
| Disponibilité mensuelle de l'application de gestion (heures ouvrées) | 99,8 % | 2 % de la redevance mensuelle par tranche de 0,1 % manquante | 1 % de la redevance mensuelle si la disponibilité atteint 99,95 % |
| Délai de prise en charge d'un incident bloquant | 30 minutes | 500 euros par heure de retard | néant |
| Délai de rétablissement d'un incident bloquant | 4 heures | 1 000 euros par heure de retard | néant |
| Restauration d'une sauvegarde | 6 heures | 800 euros par heure de retard | néant |
## 4.2 Mesure
Les indicateurs sont mesurés par l'outil de supervision du Prestataire et par le registre des tickets du centre de services. Le Prestataire communique au Client, au plus tard le dixième jour ouvré de chaque mois, un rapport détaillant le niveau atteint pour chaque indicateur au cours du mois précédent.
## 4.3 Application
Les pénalités et bonus sont calculés mensuellement et portés sur la facture du mois suivant. Les pénalités ont un caractère forfaitaire et libératoire, sauf en cas de faute lourde du Prestataire.
# Article 5 – Prix
La redevance mensuelle forfaitaire des Services est fixée à 42 500 euros hors taxes, révisable chaque 1er janvier selon l'indice Syntec. Les prestations hors forfait sont facturées selon le bordereau de l'annexe 2.
Les factures sont émises mensuellement à terme à échoir et sont payables à quarante-cinq jours fin de mois. Tout retard de paiement donne lieu aux pénalités prévues à l'article L. 441-10 du code de commerce et à l'indemnité forfaitaire de recouvrement de quarante euros.
# Article 6 – Données
## 6.1 Données d'exploitation
Le Prestataire est propriétaire des journaux techniques, métriques de supervision et données d'exploitation produits par ses outils à l'occasion des Services. Il peut les utiliser librement, y compris pour améliorer ses offres et établir des analyses comparatives.
## 6.2 Données de santé
Le Prestataire est certifié hébergeur de données de santé conformément à l'article L. 1111-8 du code de la santé publique. Il traite les données personnelles des adhérents en qualité de sous-traitant au sens du règlement (UE) 2016/679, sur instruction documentée du Client, selon l'accord de traitement de l'annexe 3.
# Article 7 – Propriété intellectuelle
## 7.1 Livrables
Les scripts, procédures d'exploitation et documentations réalisés spécifiquement pour le Client sont la propriété du Client dès leur réalisation, le Prestataire lui cédant les droits patrimoniaux correspondants pour le monde entier et pour la durée légale de protection.
## 7.2 Outils du Prestataire
Le Prestataire reste propriétaire de ses outils de supervision et d'automatisation. Il en concède au Client, pendant la phase de réversibilité, un droit d'utilisation non exclusif et gratuit, limité aux besoins de la reprise des Services.
# Article 8 – Audit
Le Client peut faire réaliser, une fois par an et à ses frais, un audit de sécurité et de conformité des Services par un auditeur indépendant non concurrent du Prestataire, moyennant un préavis de trente jours. Le Prestataire met en œuvre les mesures correctrices dans les délais convenus.
# Article 9 – Responsabilité et assurances
## 9.1 Plafond
La responsabilité totale du Prestataire, toutes causes confondues, est limitée par année civile au montant des redevances perçues au cours des douze derniers mois, sauf en cas de violation de données personnelles imputable au Prestataire, pour laquelle ce plafond est porté au double.
## 9.2 Assurances
Le Prestataire maintient une assurance de responsabilité civile professionnelle couvrant au moins 10 000 000 euros par sinistre, ainsi qu'une assurance des cyber-risques.
# Article 10 – Résiliation
## 10.1 Résiliation pour manquement
Chaque partie peut résilier le contrat en cas de manquement grave de l'autre partie non réparé dans un délai de trente jours suivant une mise en demeure par lettre recommandée avec demande d'avis de réception. Constitue notamment un manquement grave le non-respect de l'engagement de disponibilité pendant trois mois consécutifs.
## 10.2 Résiliation anticipée
Le Client peut résilier le contrat à tout moment, sans motif, moyennant un préavis de six mois notifié par lettre recommandée avec demande d'avis de réception.
# Article 11 – Réversibilité
## 11.1 Plan de réversibilité
Le Prestataire remet au Client, dans les trois mois de l'entrée en vigueur, un plan de réversibilité mis à jour chaque année.
## 11.2 Mise en œuvre
En cas de cessation du contrat pour quelque cause que ce soit, le Prestataire assure, pendant une période de six mois, la continuité des Services aux conditions en vigueur et le transfert des Services au Client ou au prestataire qu'il désigne. Ce transfert comprend :
+ la restitution de l'ensemble des données du Client, y compris les données de santé des adhérents et les sauvegardes, dans un format ouvert et documenté ;
+ la remise des livrables visés à l'article 7.1 et de la documentation à jour de l'architecture ;
+ des sessions de transfert de compétences auprès des équipes du repreneur ;
+ la destruction sécurisée des données du Client sur ses infrastructures à l'issue de la réversibilité, attestée par un procès-verbal.
## 11.3 Prix de la réversibilité
Les prestations de réversibilité sont facturées selon le bordereau de l'annexe 2, sauf en cas de résiliation pour manquement du Prestataire, où elles sont gratuites.
# Article 12 – Confidentialité
Chaque partie garde strictement confidentielles les informations de l'autre partie dont elle a connaissance à l'occasion du contrat. Le Prestataire impose cette obligation à son personnel et à ses éventuels sous-traitants. Cette obligation survit cinq ans à la cessation du contrat, et sans limitation de durée pour les données de santé.
# Article 13 – Dispositions diverses
## 13.1 Non-sollicitation du personnel
Chaque partie renonce à engager ou à faire travailler, directement ou par personne interposée, tout salarié de l'autre partie ayant participé aux Services, pendant la durée du contrat et douze mois après sa fin. En cas de manquement, la partie défaillante verse à l'autre une indemnité forfaitaire égale à douze mois du dernier salaire brut du salarié concerné.
## 13.2 Force majeure
Les obligations des parties sont suspendues en cas de force majeure au sens de l'article 1218 du code civil. Le déclenchement du plan de reprise d'activité ne constitue pas un cas de force majeure pour le Prestataire.
## 13.3 Cession et sous-traitance
Le Prestataire ne peut céder le contrat ni sous-traiter tout ou partie des Services sans l'accord préalable écrit du Client.
## 13.4 Droit applicable et juridiction
Le contrat est régi par le droit français. Tout différend relatif à son interprétation ou à son exécution est porté devant le tribunal de commerce de Montpellier.
## 13.5 Intégralité
Le contrat et ses annexes expriment l'intégralité de l'accord des parties. En cas de contradiction, le corps du contrat prévaut sur les annexes.
# Annexes
+ Planning de transfert des Services.
+ Bordereau des prestations hors forfait et de réversibilité.
+ Accord de traitement des données personnelles.
Fait à Nîmes le 2 décembre 2025, en deux exemplaires.
Pour la Mutuelle Santé des Cévennes : Frédéric Aubanel
Pour Orbiteq Services : Laure Benhamou
"""

DOCS = {
    "partnership-distribution-comarketing.fr.docx": DISTRIBUTION,
    "supplier-infogerance-sla.fr.docx": INFOGERANCE,
}


def build(text: str, path: Path) -> None:
    doc = Document()
    rows: list[list[str]] = []

    def flush_table() -> None:
        if not rows:
            return
        table = doc.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                table.cell(i, j).text = cell
        rows.clear()

    for line in text.splitlines():
        if not line.strip():
            continue
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush_table()
        if line.startswith("= "):
            doc.add_paragraph(line[2:], style="Title")
        elif line.startswith("## "):
            doc.add_paragraph(line[3:], style="Heading 2")
        elif line.startswith("# "):
            doc.add_paragraph(line[2:], style="Heading 1")
        elif line.startswith("* "):
            doc.add_paragraph(line[2:], style="List Bullet")
        elif line.startswith("+ "):
            doc.add_paragraph(line[2:], style="List Number")
        else:
            doc.add_paragraph(line)
    flush_table()
    doc.save(path)


if __name__ == "__main__":
    for name, text in DOCS.items():
        build(text, HERE / name)
        print("wrote", HERE / name, len(text.split()), "words")
