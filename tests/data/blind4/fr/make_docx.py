"""Génère les contrats Word du jeu aveugle blind4 (français) à partir des textes ci-dessous.

Balisage : "= " Title, "# " Heading 1, "## " Heading 2, "* " List Bullet,
"+ " List Number, "| a | b |" lignes de tableau (1re ligne = en-tête), autres lignes = Normal.
Exécution : .venv/bin/python tests/data/blind4/fr/make_docx.py
"""
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent

AFFILIATION = """\
= Contrat d'affiliation au réseau Verdelle Bio
Entre les soussignées :
Maison Verdelle, société par actions simplifiée au capital de 2 400 000 euros, dont le siège social est situé 18 rue de la Brasserie, 44300 Nantes, immatriculée au registre du commerce et des sociétés de Nantes sous le numéro 498 336 120, représentée par M. Julien Ferrand, Directeur général, ci-après « la Tête de Réseau »,
Et :
Les Halles du Marais, société à responsabilité limitée au capital de 60 000 euros, dont le siège social est situé 7 place du Temple, 79000 Niort, immatriculée au registre du commerce et des sociétés de Niort sous le numéro 912 554 087, représentée par Mme Sophie Béraud, Gérante, ci-après « l'Affilié »,
ci-après ensemble « les Parties ».
# Préambule
La Tête de Réseau anime un réseau de quatre-vingt-six magasins d'alimentation biologique exploités sous l'enseigne « Verdelle Bio », dont trente et un en succursales et cinquante-cinq par des commerçants indépendants affiliés. Elle dispose d'une centrale d'achat, d'une gamme de produits à sa marque et d'un programme de fidélité commun.
L'Affilié exploite un fonds de commerce d'alimentation générale à Niort et souhaite rejoindre le réseau. Il reconnaît avoir reçu le document d'information précontractuelle prévu à l'article L. 330-3 du code de commerce le 2 février 2026, soit plus de vingt jours avant la signature du présent contrat.
# Article 1 – Définitions
Dans le présent contrat, les termes ci-après ont le sens suivant :
* « Enseigne » : la dénomination et le logo « Verdelle Bio », objets de la marque française n° 4 512 883 ;
* « Magasin » : le point de vente exploité par l'Affilié au 7 place du Temple à Niort, d'une surface de vente de 420 m² ;
* « Fichier Fidélité » : les données des clients titulaires de la carte de fidélité Verdelle Bio, comprenant leurs coordonnées, leur historique d'achats et leurs points ;
* « Clients Rattachés » : les titulaires de la carte de fidélité qui l'ont souscrite au Magasin ;
* « Période de Test » : la période définie à l'article 4.
# Article 2 – Objet
## 2.1 Affiliation
La Tête de Réseau concède à l'Affilié, qui l'accepte, le droit d'exploiter le Magasin sous l'Enseigne, selon le concept Verdelle Bio décrit au manuel du réseau remis à l'Affilié, et de bénéficier des services de la centrale d'achat et du programme de fidélité.
## 2.2 Indépendance
L'Affilié exploite le Magasin en son nom et pour son compte, à ses risques. Il reste seul maître de sa politique de prix de revente, les prix conseillés par la Tête de Réseau n'ayant qu'une valeur indicative.
## 2.3 Exclusivité territoriale
Pendant la durée du contrat, la Tête de Réseau s'interdit d'ouvrir ou de laisser ouvrir sous l'Enseigne un autre magasin dans un rayon de trois kilomètres autour du Magasin.
# Article 3 – Approvisionnement
3.1 L'Affilié s'engage à réaliser au moins 70 % de ses achats de marchandises, en valeur annuelle, auprès de la centrale d'achat de la Tête de Réseau ou des fournisseurs référencés par elle.
3.2 Les conditions tarifaires de la centrale sont communiquées chaque trimestre. Les factures sont payables à trente jours fin de mois.
3.3 L'Affilié transmet chaque mois à la Tête de Réseau son chiffre d'affaires hors taxes et ses données de ventes par famille de produits.
# Article 4 – Période de Test
## 4.1 Durée
Les quatre premiers mois suivant l'ouverture du Magasin sous l'Enseigne constituent une Période de Test destinée à vérifier l'adéquation du Magasin au concept.
## 4.2 Objectifs
La Période de Test est appréciée au regard des objectifs suivants :
| Indicateur | Objectif |
| Chiffre d'affaires hebdomadaire moyen HT | au moins 38 000 euros |
| Taux de marge brute | au moins 31 % |
| Nouveaux titulaires de la carte de fidélité | au moins 1 200 |
| Note de l'audit qualité et hygiène | au moins 85 sur 100 |
## 4.3 Bilan
Dans les quinze jours suivant la fin de la Période de Test, l'animateur régional et l'Affilié établissent un bilan écrit comparant les résultats aux objectifs et indiquant si l'affiliation est confirmée.
## 4.4 Sortie
Si un ou plusieurs objectifs ne sont pas atteints, chacune des Parties peut mettre fin au contrat par lettre recommandée avec avis de réception adressée dans le mois suivant le bilan, sans indemnité ni pénalité de part et d'autre. L'article 12 est alors applicable, à l'exception du droit d'entrée, qui est remboursé à l'Affilié pour moitié.
# Article 5 – Rémunération
5.1 L'Affilié verse un droit d'entrée de 15 000 euros hors taxes à la signature, en contrepartie de l'assistance à l'ouverture.
5.2 L'Affilié verse une redevance d'enseigne de 1,2 % de son chiffre d'affaires hors taxes, et une contribution au fonds de communication nationale de 0,5 % de ce chiffre d'affaires, payables mensuellement.
# Article 6 – Enseigne et propriété intellectuelle
6.1 La Tête de Réseau concède à l'Affilié, pour la durée du contrat et pour le seul Magasin, une licence non exclusive d'utilisation de l'Enseigne et des signes distinctifs du réseau.
6.2 Les supports publicitaires locaux créés par l'Affilié ou pour son compte et reprenant l'Enseigne sont soumis à l'accord préalable de la Tête de Réseau. L'Affilié cède à la Tête de Réseau, à titre exclusif et pour la durée légale de protection, les droits patrimoniaux d'auteur sur ces supports.
# Article 7 – Données clients
7.1 Le Fichier Fidélité est la propriété de la Tête de Réseau, responsable du traitement au sens du règlement (UE) 2016/679.
7.2 L'Affilié a accès aux données des Clients Rattachés et ne peut les utiliser que pour les opérations promotionnelles du Magasin validées dans l'outil du réseau. Il ne peut ni les extraire, ni les céder, ni les utiliser pour le compte d'une autre enseigne.
7.3 Les données du Fichier Fidélité sont confidentielles et protégées par les mesures de sécurité décrites au manuel du réseau.
7.4 À la fin du contrat, quelle qu'en soit la cause, l'accès de l'Affilié est clôturé et l'Affilié détruit, dans les trente jours, toute copie des données des Clients Rattachés qu'il détiendrait et en atteste par écrit.
7.5 La Tête de Réseau s'interdit, pendant la durée du contrat, d'adresser aux Clients Rattachés des offres les invitant à fréquenter un autre magasin du réseau de préférence au Magasin.
# Article 8 – Animation du réseau
8.1 La Tête de Réseau désigne un animateur régional, interlocuteur de l'Affilié, qui visite le Magasin au moins une fois par mois. Pour la région Nouvelle-Aquitaine, l'animateur est M. Thomas Guérineau.
8.2 Une commission des affiliés, composée de six affiliés élus et de trois représentants de la Tête de Réseau, se réunit au moins une fois par an pour donner un avis sur l'assortiment, les campagnes promotionnelles et l'évolution du concept. Ses avis ne lient pas la Tête de Réseau.
# Article 9 – Contrôle
La Tête de Réseau peut faire procéder, à ses frais et au plus deux fois par an, à des audits du Magasin portant sur le respect du concept, l'hygiène et l'exactitude des chiffres d'affaires déclarés. Si l'audit révèle une minoration du chiffre d'affaires supérieure à 2 %, son coût est mis à la charge de l'Affilié.
# Article 10 – Durée
10.1 Le contrat est conclu pour une durée de cinq ans à compter de sa signature.
10.2 Il est ensuite renouvelé par tacite reconduction par périodes successives d'une année, sauf dénonciation par l'une des Parties.
# Article 11 – Résiliation
11.1 En cas de manquement de l'une des Parties à ses obligations, non réparé dans les trente jours suivant une mise en demeure adressée par lettre recommandée, l'autre Partie peut résilier le contrat de plein droit moyennant un préavis de trois mois.
11.2 La Tête de Réseau peut résilier le contrat de plein droit, après un préavis de trois mois, en cas de cession du fonds de commerce ou de changement de contrôle de l'Affilié intervenu sans son accord préalable.
11.3 La liquidation judiciaire de l'Affilié entraîne la résiliation du contrat dans les conditions prévues par le code de commerce.
# Article 12 – Conséquences de la fin du contrat
12.1 L'Affilié dispose d'une période de transition de deux mois à compter de la fin du contrat pour déposer l'Enseigne, retirer les éléments de décoration caractéristiques du concept et informer sa clientèle. Pendant cette période, la centrale continue de livrer les commandes passées avant la fin du contrat.
12.2 La Tête de Réseau rachète au prix facturé, déduction faite d'une décote de 10 %, le stock de produits à sa marque en bon état détenu par l'Affilié, dans la limite d'un mois d'achats.
12.3 L'Affilié cesse tout usage de l'Enseigne et des signes distinctifs du réseau à la fin de la période de transition ; les supports cédés en application de l'article 6.2 restent la propriété de la Tête de Réseau. Les données clients sont traitées conformément à l'article 7.4.
# Article 13 – Non-concurrence post-contractuelle
13.1 Pendant un an à compter de la fin du contrat, l'Affilié s'interdit d'exploiter, dans le local du Magasin, un commerce de détail alimentaire biologique sous une autre enseigne nationale, cette restriction étant limitée à ce qui est indispensable à la protection du savoir-faire transmis, conformément à l'article L. 341-2 du code de commerce.
13.2 En cas de violation, l'Affilié versera à la Tête de Réseau, à titre de clause pénale, une somme de 40 000 euros, sans préjudice de la cessation de l'activité litigieuse.
# Article 14 – Stipulations diverses
14.1 Assurances. L'Affilié souscrit une assurance multirisque professionnelle et de responsabilité civile couvrant le Magasin et en justifie chaque année.
14.2 Cession. Le contrat est conclu en considération de la personne de l'Affilié et ne peut être cédé sans l'accord écrit de la Tête de Réseau.
14.3 Confidentialité. L'Affilié garde confidentiels le manuel du réseau, les conditions d'achat de la centrale et toute information sur le savoir-faire de la Tête de Réseau, pendant le contrat et trois ans après sa fin.
14.4 Force majeure. Aucune Partie n'est responsable d'un manquement causé par un événement de force majeure au sens de l'article 1218 du code civil. Si l'empêchement dure plus de trois mois, chaque Partie peut résilier le contrat par lettre recommandée.
14.5 Notifications. Les notifications sont faites par lettre recommandée avec avis de réception aux adresses figurant en tête des présentes.
# Article 15 – Droit applicable et litiges
Le contrat est soumis au droit français. Les Parties s'efforcent de régler à l'amiable tout différend. À défaut d'accord dans les trente jours suivant la notification du différend, celui-ci est soumis au tribunal de commerce de Nantes, seul compétent.
Fait à Nantes, le 24 février 2026, en deux exemplaires originaux.
Pour Maison Verdelle : Julien Ferrand, Directeur général
Pour Les Halles du Marais : Sophie Béraud, Gérante
"""

PPA = """\
= Contrat d'achat d'électricité renouvelable à long terme
Convention n° EHM-VM-2026
Entre :
Éoliennes de la Haute-Meuse, société à responsabilité limitée de droit belge, dont le siège est établi rue du Parc 12, 5500 Dinant, inscrite à la Banque-Carrefour des Entreprises sous le numéro 0789.442.615, représentée par M. Pierre Vandamme, gérant, ci-après « le Producteur » ;
Et :
Verrerie Mosane, société anonyme de droit belge, dont le siège est établi quai de Meuse 140, 5100 Namur, inscrite à la Banque-Carrefour des Entreprises sous le numéro 0412.337.908, représentée par Mme Anne-Sophie Delvaux, administratrice déléguée, ci-après « l'Acheteur » ;
ci-après dénommées ensemble « les Parties ».
# Exposé préalable
Le Producteur exploite à Hastière et Onhaye un parc de six éoliennes d'une puissance totale de 25,2 MW, mis en service en 2014, dont le mécanisme de soutien par certificats verts prend fin le 31 décembre 2026 (le « Parc »).
L'Acheteur exploite à Namur une verrerie dont la consommation annuelle d'électricité est d'environ 95 GWh. Il souhaite couvrir une partie de ses besoins par de l'électricité d'origine renouvelable à prix stable, assortie des garanties d'origine correspondantes.
Les Parties ont convenu de conclure le présent contrat d'achat d'électricité de type « pay-as-produced », la livraison physique étant assurée par l'intermédiaire du fournisseur de l'Acheteur, conformément au décret wallon du 12 avril 2001 relatif à l'organisation du marché régional de l'électricité.
# Article 1 – Définitions
Au sens du présent contrat :
* « Année Contractuelle » : chaque année civile comprise dans la Période de Fourniture ;
* « Disponibilité » : le rapport, exprimé en pourcentage, entre le nombre d'heures pendant lesquelles les éoliennes sont techniquement aptes à produire et le nombre total d'heures de l'Année Contractuelle, calculé selon l'annexe 2 ;
* « Énergie Produite » : l'électricité injectée sur le réseau par le Parc et mesurée au compteur de tête du poste de livraison ;
* « Garanties d'Origine » : les garanties d'origine émises par la CWaPE pour l'Énergie Produite ;
* « Période de Fourniture » : la période définie à l'article 3.2 ;
* « Prix Contractuel » : le prix défini à l'article 5.
# Article 2 – Objet
2.1 Le Producteur vend à l'Acheteur, qui l'achète, la totalité de l'Énergie Produite pendant la Période de Fourniture, ainsi que les Garanties d'Origine correspondantes.
2.2 L'Acheteur s'engage à enlever et à payer, au titre de chaque Année Contractuelle, un volume minimal de 30 GWh, sous réserve de la production effective du Parc.
2.3 Le présent contrat ne confère au Producteur aucune exclusivité ; l'Acheteur demeure libre de conclure d'autres contrats d'achat d'électricité avec des tiers.
# Article 3 – Entrée en vigueur et durée
3.1 Le contrat entre en vigueur à la date de sa signature par les deux Parties.
3.2 La fourniture débute le 1er janvier 2027 et prend fin le 31 décembre 2031, soit une Période de Fourniture de cinq ans.
3.3 Le contrat n'est pas reconductible tacitement. Les Parties peuvent convenir de le prolonger par un avenant signé au plus tard six mois avant l'expiration de la Période de Fourniture.
# Article 4 – Livraison et équilibrage
4.1 L'Énergie Produite est livrée au point d'injection du Parc. Le fournisseur de l'Acheteur assume la responsabilité d'équilibre pour l'Énergie Produite en vertu d'une convention tripartite conclue au plus tard le 30 septembre 2026.
4.2 Les coûts de déséquilibre sont à la charge du Producteur à hauteur de 2,50 euros par MWh d'Énergie Produite, le solde étant supporté par l'Acheteur.
# Article 5 – Prix et facturation
5.1 Le Prix Contractuel est fixé à 78 euros hors TVA par MWh d'Énergie Produite, Garanties d'Origine comprises. Il n'est pas indexé.
5.2 Le Producteur facture chaque mois l'Énergie Produite du mois précédent sur la base des données de comptage validées par le gestionnaire de réseau. Les factures sont payables dans les trente jours de leur réception.
5.3 Les Garanties d'Origine sont transférées sur le compte de l'Acheteur dans le registre de la CWaPE dans les deux mois suivant leur émission.
# Article 6 – Garantie de disponibilité
6.1 Le Producteur garantit une Disponibilité du Parc d'au moins 95 % pour chaque Année Contractuelle, hors arrêts demandés par le gestionnaire de réseau et hors cas de force majeure.
6.2 La Disponibilité est calculée à partir des données du système de supervision du Parc. Le Producteur remet à l'Acheteur, avant le 31 janvier de chaque année, un rapport annuel de Disponibilité et de production, certifié par le turbinier.
6.3 Si la Disponibilité d'une Année Contractuelle est inférieure à 95 %, le Producteur verse à l'Acheteur une indemnité égale au volume non produit du fait de l'indisponibilité, estimé selon l'annexe 2, multiplié par la différence positive entre le prix moyen du marché day-ahead belge sur l'année et le Prix Contractuel.
6.4 L'indemnité de l'article 6.3 est plafonnée, pour chaque Année Contractuelle, à 15 % du montant facturé au titre de cette année. Elle constitue la seule réparation due par le Producteur au titre d'un défaut de Disponibilité.
# Article 7 – Données de comptage et de production
7.1 Le Producteur communique à l'Acheteur, par l'intermédiaire d'un portail en ligne, les courbes de charge quart-horaires de l'Énergie Produite.
7.2 Le Producteur peut utiliser, publier et communiquer à des tiers les données de production du Parc et les données relatives aux volumes achetés par l'Acheteur, notamment à des fins de communication commerciale ou de financement.
# Article 8 – Comité de suivi
8.1 Un comité de suivi composé de deux représentants de chaque Partie se réunit une fois par an, au cours du premier trimestre, pour examiner le rapport annuel de Disponibilité, le programme de maintenance et les prévisions de production.
8.2 Le comité de suivi n'a pas de pouvoir de décision. Ses réunions donnent lieu à un compte rendu établi par le Producteur.
# Article 9 – Déclarations et garanties
9.1 Le Producteur déclare et garantit qu'il est titulaire des permis d'environnement et des autorisations nécessaires à l'exploitation du Parc pendant la Période de Fourniture, et que l'Énergie Produite est intégralement d'origine éolienne.
9.2 Le Producteur garantit que les Garanties d'Origine transférées n'ont pas été cédées à un tiers ni utilisées par lui.
9.3 Le Producteur maintient, pendant toute la durée du contrat, une assurance tous risques du Parc et une assurance de responsabilité civile exploitation d'un montant d'au moins 10 millions d'euros par sinistre.
# Article 10 – Force majeure
10.1 Aucune des Parties n'est tenue responsable de l'inexécution de ses obligations, à l'exception des obligations de paiement échues, lorsque cette inexécution est due à un cas de force majeure, notamment une catastrophe naturelle, une décision d'une autorité publique ou une défaillance du réseau de transport ou de distribution non imputable à la Partie concernée.
10.2 Le vent insuffisant ne constitue pas un cas de force majeure ; il est un risque supporté par l'Acheteur dans le cadre du modèle « pay-as-produced ».
# Article 11 – Résiliation anticipée
11.1 Chaque Partie peut résilier le contrat, par lettre recommandée et moyennant un préavis de soixante jours, si l'autre Partie :
+ ne paie pas une somme exigible dans les trente jours d'une mise en demeure ;
+ manque gravement à l'une de ses obligations et n'y remédie pas dans les soixante jours d'une mise en demeure ;
+ fait l'objet d'une procédure de réorganisation judiciaire ou de faillite.
11.2 Chaque Partie peut également résilier le contrat si un cas de force majeure empêche l'exécution pendant plus de six mois consécutifs.
11.3 En cas de résiliation aux torts de l'une des Parties, celle-ci verse à l'autre une indemnité de résiliation égale à la valeur de remplacement du contrat pour sa durée restante, calculée selon l'annexe 3 sur la base des prix à terme publiés à la date de résiliation, sans que cette indemnité puisse être inférieure à 250 000 euros.
# Article 12 – Responsabilité
12.1 Aucune Partie n'est tenue des dommages indirects subis par l'autre, tels que la perte de production de l'usine de l'Acheteur ou la perte de chiffre d'affaires.
12.2 Sauf faute intentionnelle, la responsabilité totale de chaque Partie au titre du contrat est limitée, par Année Contractuelle, à 30 % du montant facturé au titre de l'Année Contractuelle précédente, ou de l'année en cours pour la première année.
# Article 13 – Dispositions diverses
13.1 Confidentialité. Les Parties tiennent confidentielles les conditions du présent contrat, en particulier le Prix Contractuel, sauf communication à leurs conseils, à leurs prêteurs ou aux autorités de régulation. Cette obligation subsiste trois ans après la fin du contrat.
13.2 Cession. Aucune Partie ne peut céder le contrat sans l'accord écrit préalable de l'autre. Toutefois, le Producteur peut céder ou donner en gage ses créances au titre du contrat à ses prêteurs, et céder le contrat à l'acquéreur du Parc, à condition que celui-ci reprenne l'ensemble de ses obligations.
13.3 Contrôle. L'Acheteur peut, une fois par an et à ses frais, faire vérifier par un expert indépendant les données de supervision et de comptage utilisées pour le calcul de la Disponibilité et de la facturation.
13.4 Notifications. Toute notification est faite par lettre recommandée ou par courrier électronique avec accusé de réception aux personnes désignées à l'annexe 4.
13.5 Intégralité. Le contrat et ses annexes constituent l'intégralité de l'accord des Parties.
# Article 14 – Droit applicable et juridiction
Le présent contrat est régi par le droit belge. Tout litige relatif à sa conclusion, son interprétation ou son exécution relève de la compétence exclusive des cours et tribunaux de l'arrondissement judiciaire de Namur, division Namur.
# Annexe 1 – Caractéristiques du Parc
| Élément | Caractéristique |
| Nombre d'éoliennes | 6 |
| Puissance unitaire | 4,2 MW |
| Production annuelle moyenne attendue | 52 GWh |
| Point d'injection | poste de Hastière, réseau ORES 15 kV |
# Annexe 2 – Calcul de la Disponibilité et du volume non produit
Le volume non produit est estimé, pour chaque heure d'indisponibilité, à partir de la vitesse de vent mesurée à la nacelle et de la courbe de puissance garantie par le turbinier.
# Annexe 3 – Indemnité de résiliation
Valeur actualisée, au taux de 4 %, de la différence entre le Prix Contractuel et les prix à terme publiés pour la durée restante, appliquée à la production attendue figurant à l'annexe 1.
Fait à Namur, le 10 mars 2026, en deux exemplaires.
Pour Éoliennes de la Haute-Meuse : Pierre Vandamme, gérant
Pour Verrerie Mosane : Anne-Sophie Delvaux, administratrice déléguée
"""

DOCS = {
    "partnership-affiliation-magasins.fr.docx": AFFILIATION,
    "supplier-achat-electricite-ppa.fr.docx": PPA,
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
