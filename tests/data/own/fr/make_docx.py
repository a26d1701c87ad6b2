"""Build the French Word contracts of the independent evaluation set.

The texts live here so that the .docx files can be rebuilt identically; headings use the
real Word styles (Heading 1/Heading 2, List Number, List Bullet, Table Grid) because the
linter must cope with genuine Word structure, not bold paragraphs.

Run: /work/main/.venv/bin/python tests/data/own/fr/make_docx.py
"""

import datetime
import os
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent

# Each block is (kind, content): kind is "title", "h1", "h2", "p", "number", "bullet"
# or "table" (content: list of rows, the first one being the header row).
COBRANDING = [
    ("title", "CONTRAT DE CO-BRANDING"),
    ("p", "Entre les soussignées :"),
    ("p", "Les Confitures Brunel, société par actions simplifiée au capital de 80 000 euros, "
          "dont le siège social est situé 4 chemin des Vergers, 84200 Carpentras, immatriculée "
          "au registre du commerce et des sociétés d’Avignon sous le numéro 519 876 543, "
          "représentée par M. Antoine Brunel, Président (« Brunel »),"),
    ("p", "et"),
    ("p", "Soléane, société anonyme au capital de 1 200 000 euros, dont le siège social est "
          "situé 27 quai de la Fosse, 44000 Nantes, immatriculée au registre du commerce et des "
          "sociétés de Nantes sous le numéro 438 765 210, représentée par Mme Inès Carvalho, "
          "Directrice générale (« Soléane »),"),
    ("p", "Brunel et Soléane étant ci-après désignées ensemble les « Parties » et "
          "individuellement une « Partie »."),
    ("h1", "Préambule"),
    ("p", "Brunel fabrique des confitures et des pâtes à tartiner artisanales vendues sous la "
          "marque « Brunel ». Soléane torréfie et distribue des cafés de spécialité sous la "
          "marque « Soléane »."),
    ("p", "Les Parties souhaitent concevoir et commercialiser ensemble un coffret "
          "petit-déjeuner portant leurs deux marques, vendu sur leurs sites internet respectifs "
          "et chez des épiciers fins. Elles ont convenu de mesurer d’abord l’accueil réservé au "
          "coffret avant de l’inscrire durablement dans leurs gammes."),
    ("h1", "Titre I – Définitions et objet"),
    ("h2", "Article 1 – Définitions"),
    ("p", "Les termes commençant par une majuscule ont le sens qui leur est donné ci-dessous."),
    ("p", "« Contrat » : le présent contrat de co-branding et ses annexes."),
    ("p", "« Coffret » : le coffret petit-déjeuner associant des produits de chacune des "
          "Parties sous leurs deux marques, décrit en annexe 1."),
    ("p", "« Marques » : les marques « Brunel » et « Soléane » et les logos associés, "
          "propriété respective de chacune des Parties."),
    ("p", "« Créations Communes » : les éléments conçus conjointement pour le Coffret, "
          "notamment l’emballage, les visuels et les recettes d’accompagnement."),
    ("p", "« Données Clients » : les informations relatives aux acheteurs du Coffret "
          "recueillies par l’une ou l’autre des Parties à l’occasion de sa commercialisation, "
          "y compris leurs habitudes d’achat."),
    ("p", "« Comité de Coordination » : l’instance définie à l’article 6."),
    ("p", "« Période de Test » : la période définie à l’article 3."),
    ("h2", "Article 2 – Objet"),
    ("p", "Le Contrat fixe les conditions de conception, de fabrication, de commercialisation "
          "et de promotion du Coffret, ainsi que les droits de chaque Partie sur ses Marques, "
          "sur les Créations Communes et sur les Données Clients."),
    ("h1", "Titre II – Mise en œuvre du partenariat"),
    ("h2", "Article 3 – Période de Test"),
    ("p", "La commercialisation du Coffret débute par une Période de Test de douze (12) mois "
          "à compter de sa première mise en vente."),
    ("p", "Les indicateurs de performance de la Période de Test et leurs objectifs sont les "
          "suivants :"),
    ("number", "au moins 5 000 Coffrets vendus, tous canaux confondus ;"),
    ("number", "une marge brute d’au moins 35 % par Coffret pour chacune des Parties ;"),
    ("number", "une note moyenne de satisfaction des acheteurs d’au moins 4 sur 5."),
    ("p", "Dans le mois qui suit la fin de la Période de Test, le Comité de Coordination se "
          "réunit pour comparer les résultats obtenus à ces objectifs. Si l’un d’eux n’est pas "
          "atteint, chaque Partie peut mettre fin au Contrat par lettre recommandée avec "
          "demande d’avis de réception, sans indemnité ni pénalité."),
    ("h2", "Article 4 – Licence croisée de marques"),
    ("p", "Chaque Partie concède à l’autre, pour la durée du Contrat et pour le territoire de "
          "l’Union européenne, une licence non exclusive et gratuite d’utilisation de ses "
          "Marques aux seules fins de la fabrication, de la promotion et de la vente du "
          "Coffret. Toute utilisation des Marques est soumise à l’accord préalable de leur "
          "titulaire sur le support concerné."),
    ("h2", "Article 5 – Fabrication et commercialisation"),
    ("p", "Brunel assure l’assemblage et le conditionnement des Coffrets ; Soléane lui livre "
          "les cafés nécessaires dans les quantités prévues au plan de production trimestriel. "
          "Chaque Partie vend le Coffret sur son propre site internet au prix public conseillé. "
          "Les recettes sont réparties selon les modalités de l’annexe 2."),
    ("h2", "Article 6 – Comité de Coordination"),
    ("p", "Les Parties constituent un Comité de Coordination composé de deux représentants de "
          "chacune d’elles. Il suit les ventes, valide les campagnes promotionnelles et les "
          "évolutions du Coffret. Il se réunit à la demande de l’une ou l’autre des Parties."),
    ("p", "Les décisions du Comité de Coordination sont prises à l’unanimité. À défaut "
          "d’accord, la question est soumise aux dirigeants des Parties, qui se rencontrent "
          "pour la trancher dans un délai de quinze (15) jours ; en cas d’échec, les Parties "
          "recourent à une médiation sous l’égide du Centre de médiation et d’arbitrage de "
          "Paris avant toute action judiciaire."),
    ("p", "Chaque Partie désigne un responsable du partenariat, interlocuteur unique de "
          "l’autre Partie : M. Paul Brunel pour Brunel et Mme Léa Martin pour Soléane."),
    ("h2", "Article 7 – Revue stratégique annuelle"),
    ("p", "Chaque année, au plus tard le 31 janvier, les Parties procèdent à une revue de leurs "
          "objectifs communs au regard des résultats de l’exercice écoulé et de l’évolution de "
          "leurs stratégies respectives."),
    ("p", "Si cette revue fait apparaître une divergence entre ces stratégies ou un écart "
          "significatif par rapport aux objectifs, les Parties négocient, dans un délai de "
          "soixante (60) jours, les adaptations du Contrat qu’elles jugent nécessaires, "
          "notamment la composition du Coffret, son prix, la répartition des recettes et les "
          "canaux de vente. À défaut d’accord dans ce délai, chaque Partie peut résilier le "
          "Contrat moyennant un préavis de trois (3) mois, sans indemnité."),
    ("h2", "Article 8 – Données Clients"),
    ("p", "Chaque Partie demeure propriétaire des Données Clients qu’elle recueille sur ses "
          "propres canaux de vente. Les Données Clients relatives aux ventes réalisées chez les "
          "épiciers fins sont la propriété commune des Parties, qui ne peuvent les utiliser que "
          "pour le suivi commercial du Coffret."),
    ("p", "Une Partie ne peut utiliser les Données Clients que l’autre lui communique que pour "
          "l’exécution des commandes et le suivi de la satisfaction des acheteurs du Coffret. "
          "Les Données Clients sont des informations confidentielles ; chaque Partie les traite "
          "conformément au règlement (UE) 2016/679 et agit en qualité de responsable de "
          "traitement pour les données qu’elle recueille."),
    ("p", "À la fin du Contrat, chaque Partie restitue à l’autre les Données Clients que "
          "celle-ci lui a communiquées et en détruit toute copie dans un délai de trente (30) "
          "jours, ce dont elle justifie par écrit."),
    ("h1", "Titre III – Durée et fin du Contrat"),
    ("h2", "Article 9 – Durée"),
    ("p", "Le Contrat prend effet à la date de sa signature pour une durée de deux (2) ans. Il "
          "se renouvelle ensuite par tacite reconduction, par périodes successives d’un (1) an."),
    ("h2", "Article 10 – Résiliation et effets de la fin du Contrat"),
    ("p", "Chaque Partie peut résilier le Contrat en cas de manquement grave de l’autre Partie "
          "à ses obligations, auquel il n’a pas été remédié dans les trente (30) jours suivant "
          "une mise en demeure adressée par lettre recommandée avec demande d’avis de "
          "réception. Le Contrat peut également prendre fin dans les cas prévus aux articles 3 "
          "et 7."),
    ("p", "À la fin du Contrat, pour quelque cause que ce soit :"),
    ("bullet", "chaque Partie cesse tout usage des Marques de l’autre, sous réserve de "
               "l’écoulement des stocks prévu ci-dessous ;"),
    ("bullet", "les Créations Communes demeurent la copropriété des Parties à parts égales ; "
               "aucune d’elles ne peut les exploiter seule sans l’accord écrit de l’autre, à "
               "l’exception des recettes d’accompagnement, que chacune peut librement "
               "réutiliser ;"),
    ("bullet", "les Données Clients sont restituées et détruites conformément à l’article 8 ;"),
    ("bullet", "pendant une période de transition de quatre (4) mois, les Parties honorent les "
               "commandes en cours, écoulent les Coffrets en stock et informent conjointement "
               "les épiciers fins de l’arrêt du Coffret."),
    ("h1", "Titre IV – Dispositions générales"),
    ("h2", "Article 11 – Confidentialité"),
    ("p", "Chaque Partie s’engage à tenir confidentielles les informations techniques, "
          "commerciales et financières reçues de l’autre Partie, notamment ses recettes de "
          "fabrication et ses coûts de revient, pendant la durée du Contrat et trois (3) ans "
          "après sa fin."),
    ("h2", "Article 12 – Responsabilité"),
    ("p", "Chaque Partie garantit l’autre contre toute réclamation relative aux produits "
          "qu’elle fournit pour le Coffret, notamment en matière de sécurité alimentaire et "
          "d’étiquetage. Hors cette garantie, la responsabilité de chaque Partie est limitée "
          "aux dommages directs, dans la limite de 100 000 euros par année contractuelle."),
    ("h2", "Article 13 – Force majeure"),
    ("p", "Aucune Partie n’est responsable d’un manquement résultant d’un cas de force majeure "
          "au sens de l’article 1218 du code civil. La Partie empêchée en informe l’autre sans "
          "délai et les obligations affectées sont suspendues pendant la durée de "
          "l’empêchement."),
    ("h2", "Article 14 – Cession"),
    ("p", "Le Contrat ne peut être cédé, en tout ou en partie, sans l’accord préalable et "
          "écrit de l’autre Partie."),
    ("h2", "Article 15 – Notifications"),
    ("p", "Les notifications sont adressées par lettre recommandée avec demande d’avis de "
          "réception au siège social de la Partie destinataire, à l’attention de son "
          "responsable du partenariat."),
    ("h2", "Article 16 – Droit applicable et litiges"),
    ("p", "Le Contrat est régi par le droit français. Les litiges qui n’ont pu être résolus "
          "selon la procédure de l’article 6 sont portés devant le tribunal de commerce de "
          "Nantes."),
    ("p", "Fait à Nantes, le 7 avril 2025, en deux exemplaires originaux."),
]

FRAMEWORK = [
    ("title", "ACCORD-CADRE DE FOURNITURE D’EMBALLAGES ALIMENTAIRES"),
    ("p", "Entre :"),
    ("p", "Maison Lemoine Traiteur, société par actions simplifiée au capital de 350 000 euros, "
          "dont le siège social est situé 21 rue de la Procession, 92150 Suresnes, immatriculée "
          "au registre du commerce et des sociétés de Nanterre sous le numéro 452 781 093, "
          "représentée par M. François Lemoine, Président, ci-après le « Client »,"),
    ("p", "Et :"),
    ("p", "EcoPack Industries, société par actions simplifiée au capital de 1 000 000 euros, "
          "dont le siège social est situé 5 rue Ampère, 91320 Wissous, immatriculée au registre "
          "du commerce et des sociétés d’Évry sous le numéro 790 114 562, représentée par "
          "Mme Aurélie Tessier, Directrice générale, ci-après le « Fournisseur »,"),
    ("p", "ci-après désignés ensemble les « Parties »."),
    ("h1", "Préambule"),
    ("p", "Le Client prépare et livre des plateaux-repas et des buffets pour les entreprises "
          "d’Île-de-France. Il souhaite remplacer ses emballages en plastique par des barquettes "
          "et des couvercles compostables. Le Fournisseur fabrique de tels emballages à partir "
          "de fibres de canne à sucre et de bambou."),
    ("p", "Après consultation de plusieurs fabricants, le Client a retenu le Fournisseur. Les "
          "Parties concluent le présent accord-cadre afin de fixer les conditions applicables "
          "aux commandes que le Client passera pendant sa durée."),
    ("h1", "Chapitre 1 – Dispositions générales"),
    ("h2", "Article 1 – Définitions"),
    ("p", "Dans l’Accord-cadre, les termes suivants ont le sens qui leur est attribué "
          "ci-après :"),
    ("p", "« Accord-cadre » : le présent accord-cadre et ses annexes."),
    ("p", "« Commande » : tout bon de commande émis par le Client sur son portail achats en "
          "application de l’Accord-cadre."),
    ("p", "« Produits » : les barquettes, couvercles et couverts compostables décrits dans le "
          "catalogue figurant en annexe 1."),
    ("p", "« Niveaux de Service » : les niveaux de performance définis à l’article 6."),
    ("p", "« Mois de Mesure » : chaque mois civil au cours duquel des Produits sont livrés."),
    ("p", "« Données de Commande » : les prévisions, historiques de Commandes et informations "
          "de livraison transmises par le Client ou générées sur son portail achats."),
    ("h2", "Article 2 – Objet"),
    ("p", "L’Accord-cadre définit les conditions dans lesquelles le Fournisseur livre les "
          "Produits au Client sur la base des Commandes. Il n’emporte par lui-même aucune "
          "obligation d’achat ; le Client estime ses besoins, à titre indicatif, à 2 500 000 "
          "unités par an."),
    ("h2", "Article 3 – Commandes et livraisons"),
    ("p", "Le Fournisseur confirme chaque Commande dans les quarante-huit (48) heures de sa "
          "réception. Les Produits sont livrés dans un délai de dix (10) jours ouvrés à compter "
          "de la Commande, à la cuisine centrale du Client à Suresnes."),
    ("h2", "Article 4 – Prix"),
    ("p", "Les prix unitaires figurent en annexe 2. Ils sont fermes pendant les douze (12) "
          "premiers mois, puis révisés chaque année selon la formule d’indexation de "
          "l’annexe 2."),
    ("h1", "Chapitre 2 – Qualité et performance"),
    ("h2", "Article 5 – Conformité des Produits"),
    ("p", "Les Produits sont aptes au contact alimentaire au sens du règlement (CE) "
          "n° 1935/2004 et compostables selon la norme NF EN 13432. Le Fournisseur tient à la "
          "disposition du Client les déclarations de conformité et les rapports d’essais "
          "correspondants."),
    ("h2", "Article 6 – Niveaux de Service"),
    ("p", "Le Fournisseur s’engage sur les Niveaux de Service figurant dans le tableau "
          "ci-dessous, qui fixe pour chacun d’eux le niveau cible, le malus applicable en cas "
          "de sous-performance et le bonus applicable en cas de surperformance."),
    ("table", [
        ["Indicateur", "Mode de calcul", "Niveau cible", "Malus", "Bonus"],
        ["Livraison à l’heure",
         "Commandes livrées à la date confirmée / Commandes livrées au cours du Mois de Mesure",
         "≥ 97 %",
         "1 % du montant facturé du mois par point sous 97 %",
         "0,5 % du montant facturé du mois par point au-dessus de 99 %"],
        ["Complétude",
         "Lignes de Commande livrées complètes / lignes de Commande livrées",
         "≥ 98 %",
         "1 % du montant facturé du mois par point sous 98 %",
         "0,5 % du montant facturé du mois si le taux atteint 100 %"],
        ["Non-conformité",
         "Unités refusées à réception, en pièces par million (ppm)",
         "≤ 500 ppm",
         "0,5 % du montant facturé du mois par tranche de 250 ppm au-delà de 500 ppm",
         "0,5 % du montant facturé du mois si le taux est inférieur à 100 ppm"],
        ["Traitement des réclamations",
         "Délai entre la réclamation et la réponse écrite du Fournisseur",
         "≤ 48 heures ouvrées",
         "0,25 % du montant facturé du mois par réclamation traitée hors délai",
         "0,25 % du montant facturé du mois si toutes les réclamations reçoivent une réponse "
         "en moins de 24 heures ouvrées"],
    ]),
    ("p", "Les Niveaux de Service sont calculés par le Client pour chaque Mois de Mesure à "
          "partir des enregistrements de réception de sa cuisine centrale et de son outil de "
          "suivi des réclamations. Le Client adresse au Fournisseur, avant le dixième jour du "
          "mois suivant, un rapport détaillant chaque indicateur ; le Fournisseur dispose de "
          "dix (10) jours pour le contester, pièces à l’appui."),
    ("p", "Les malus sont déduits de la facture du mois suivant ; les bonus font l’objet d’une "
          "facture complémentaire du Fournisseur. Le total des malus d’un Mois de Mesure est "
          "plafonné à 8 % du montant facturé au titre de ce mois, et le total des bonus à 4 % "
          "de ce même montant."),
    ("h2", "Article 7 – Propositions d’amélioration"),
    ("p", "Le Fournisseur peut, s’il le juge utile, soumettre au Client des propositions "
          "d’amélioration portant sur le coût des Produits, leur qualité ou les procédés de "
          "fabrication et de livraison."),
    ("h2", "Article 8 – Données de Commande"),
    ("p", "Le Fournisseur accède aux Données de Commande par le portail achats du Client. Il "
          "les traite de manière confidentielle et ne les utilise que pour planifier sa "
          "production et ses livraisons au titre de l’Accord-cadre."),
    ("h1", "Chapitre 3 – Durée et fin de l’Accord-cadre"),
    ("h2", "Article 9 – Durée"),
    ("p", "L’Accord-cadre est conclu pour une durée ferme de dix (10) ans à compter du "
          "1er avril 2025. Il pourra être renouvelé par avenant signé par les deux Parties au "
          "plus tard trois (3) mois avant son terme."),
    ("h2", "Article 10 – Résiliation"),
    ("p", "Chaque Partie peut résilier l’Accord-cadre en cas de manquement grave de l’autre "
          "Partie auquel il n’a pas été remédié dans les trente (30) jours suivant une mise en "
          "demeure adressée par lettre recommandée avec demande d’avis de réception. Le Client "
          "peut également le résilier, moyennant un préavis de trente (30) jours, si le taux "
          "de livraison à l’heure est inférieur à 90 % pendant trois Mois de Mesure "
          "consécutifs."),
    ("p", "Les Commandes confirmées avant la date d’effet de la résiliation sont exécutées aux "
          "conditions de l’Accord-cadre."),
    ("h1", "Chapitre 4 – Dispositions finales"),
    ("h2", "Article 11 – Responsabilité et assurance"),
    ("p", "La responsabilité de chaque Partie au titre de l’Accord-cadre est limitée, par "
          "année, à 50 % du montant facturé au cours des douze (12) mois précédant le fait "
          "générateur, sauf faute lourde ou dolosive et dommages corporels. Le Fournisseur "
          "justifie chaque année d’une assurance de responsabilité civile couvrant les "
          "produits livrés."),
    ("h2", "Article 12 – Confidentialité"),
    ("p", "Les Parties s’engagent à garder confidentielles les conditions de l’Accord-cadre et "
          "les informations échangées pour son exécution, pendant sa durée et trois (3) ans "
          "après sa fin."),
    ("h2", "Article 13 – Audit"),
    ("p", "Le Client peut, une fois par an et moyennant un préavis de quinze (15) jours, faire "
          "auditer les sites de production du Fournisseur par ses services ou par un tiers tenu "
          "au secret, afin de vérifier le respect des exigences de qualité et d’hygiène."),
    ("h2", "Article 14 – Cession"),
    ("p", "Aucune Partie ne peut céder l’Accord-cadre sans l’accord écrit préalable de l’autre "
          "Partie."),
    ("h2", "Article 15 – Droit applicable et juridiction"),
    ("p", "L’Accord-cadre est soumis au droit français. Tout litige relatif à sa validité, à son "
          "interprétation ou à son exécution relève de la compétence exclusive du tribunal de "
          "commerce de Nanterre."),
    ("p", "Fait à Suresnes, le 14 mars 2025, en deux exemplaires originaux."),
]

EQUITY = [
    ("title", "CONTRAT D’APPROVISIONNEMENT ET DE PARTENARIAT CAPITALISTIQUE"),
    ("p", "Entre :"),
    ("p", "Brasseries Dervaux, société anonyme au capital de 4 500 000 euros, dont le siège "
          "social est situé 110 rue Nationale, 59000 Lille, immatriculée au registre du "
          "commerce et des sociétés de Lille Métropole sous le numéro 457 302 918, représentée "
          "par M. Bertrand Dervaux, Président-directeur général, ci-après le « Client »,"),
    ("p", "Et :"),
    ("p", "Malterie des Flandres, société par actions simplifiée au capital de 1 200 000 euros, "
          "dont le siège social est situé 14 chemin du Halage, 59280 Armentières, immatriculée "
          "au registre du commerce et des sociétés de Lille Métropole sous le numéro "
          "821 665 407, représentée par Mme Hélène Vandamme, Présidente, ci-après le "
          "« Fournisseur »,"),
    ("p", "ci-après désignés ensemble les « Parties »."),
    ("h1", "Préambule"),
    ("p", "Le Client brasse et commercialise des bières de spécialité. Le Fournisseur produit "
          "des malts d’orge et de blé à partir de céréales cultivées dans la région."),
    ("p", "Pour sécuriser un approvisionnement local en malts de qualité et développer avec le "
          "Fournisseur des malts spéciaux destinés à ses nouvelles recettes, le Client a décidé "
          "d’entrer au capital du Fournisseur, qui affectera les fonds ainsi levés à la "
          "modernisation de sa capacité de germination."),
    ("p", "Le présent contrat (le « Contrat ») organise cette prise de participation et "
          "l’approvisionnement qui l’accompagne."),
    ("h1", "Titre I – Prise de participation"),
    ("h2", "Article 1 – Souscription"),
    ("p", "Le Client souscrit, à la date de signature du Contrat, à une augmentation de capital "
          "du Fournisseur d’un montant total de 1 800 000 euros, prime d’émission incluse, à "
          "l’issue de laquelle il détient 25 % du capital et des droits de vote du Fournisseur. "
          "Les droits attachés à cette participation sont régis par le pacte d’associés conclu "
          "le même jour."),
    ("h2", "Article 2 – Affectation des fonds"),
    ("p", "Le Fournisseur affecte les fonds souscrits à l’installation d’une nouvelle ligne de "
          "germination d’une capacité de 6 000 tonnes par an, qui doit être mise en service au "
          "plus tard le 30 septembre 2026."),
    ("h1", "Titre II – Approvisionnement"),
    ("h2", "Article 3 – Volumes et réservation de capacité"),
    ("p", "Le Client s’engage à acheter au Fournisseur au moins 60 % de ses besoins annuels en "
          "malt et, au minimum, 4 000 tonnes par année civile. Le Fournisseur réserve au Client "
          "une capacité de production de 5 000 tonnes par an."),
    ("h2", "Article 4 – Prix"),
    ("p", "Le prix de chaque qualité de malt est déterminé chaque trimestre selon la formule de "
          "l’annexe 1, qui ajoute au cours moyen de l’orge de brasserie du trimestre précédent "
          "une marge de transformation fixe, révisée chaque année."),
    ("h2", "Article 5 – Qualité et niveaux de service"),
    ("p", "Le Fournisseur s’engage à livrer au moins 97 % des lots à la date convenue et à ce "
          "qu’au moins 99 % des lots livrés respectent les spécifications analytiques de "
          "l’annexe 2, notamment une humidité inférieure ou égale à 4,5 %."),
    ("p", "Ces indicateurs sont mesurés chaque mois par le Client à partir de ses bons de "
          "réception et de ses analyses de laboratoire, et communiqués au Fournisseur dans les "
          "quinze (15) jours suivant la fin du mois."),
    ("p", "Pour chaque point de pourcentage en deçà de l’un de ces niveaux, le Fournisseur "
          "accorde au Client un avoir égal à 2 % du montant facturé au titre du mois concerné. "
          "Lorsque le taux de livraison à la date convenue atteint 100 % au cours d’un mois, le "
          "Client verse au Fournisseur une prime égale à 1 % du montant facturé au titre de ce "
          "mois."),
    ("h2", "Article 6 – Données de commande"),
    ("p", "Les données relatives aux commandes, aux consommations et aux prévisions de "
          "brassage du Client sont la propriété du Client. Le Fournisseur peut toutefois les "
          "utiliser librement, y compris pour ses propres besoins commerciaux et pour "
          "l’approvisionnement de ses autres clients."),
    ("h1", "Titre III – Durée et fin du Contrat"),
    ("h2", "Article 7 – Durée"),
    ("p", "Compte tenu de la prise de participation du Client, le Contrat est conclu pour une "
          "durée indéterminée à compter de sa signature. Chaque Partie peut y mettre fin à tout "
          "moment moyennant un préavis de dix-huit (18) mois notifié par lettre recommandée "
          "avec demande d’avis de réception ; ce préavis ne peut toutefois expirer avant le "
          "31 décembre 2031."),
    ("h2", "Article 8 – Résiliation"),
    ("p", "Chaque Partie peut résilier le Contrat en cas de manquement grave de l’autre Partie "
          "auquel il n’a pas été remédié dans les quatre-vingt-dix (90) jours suivant une mise "
          "en demeure adressée par lettre recommandée avec demande d’avis de réception."),
    ("p", "Le Fournisseur peut en outre résilier le Contrat avec effet immédiat, par simple "
          "notification, si le Client cède tout ou partie de sa participation dans son "
          "capital."),
    ("p", "En cas de résiliation, le Fournisseur continue de livrer les commandes en cours "
          "pendant une durée de six (6) mois."),
    ("h1", "Titre IV – Dispositions finales"),
    ("h2", "Article 9 – Confidentialité"),
    ("p", "Chaque Partie garde confidentielles les informations techniques et financières "
          "reçues de l’autre au titre du Contrat et du pacte d’associés, notamment les recettes "
          "du Client et les procédés de maltage du Fournisseur, pendant la durée du Contrat et "
          "cinq (5) ans après sa fin."),
    ("h2", "Article 10 – Responsabilité"),
    ("p", "La responsabilité du Fournisseur au titre d’un lot non conforme est limitée au prix "
          "de ce lot et au coût des matières premières brassées avec celui-ci, sauf faute "
          "lourde ou dolosive."),
    ("h2", "Article 11 – Force majeure"),
    ("p", "Outre les cas prévus à l’article 1218 du code civil, une récolte régionale d’orge de "
          "brasserie inférieure de plus de 30 % à la moyenne des cinq années précédentes "
          "constitue un cas de force majeure, qui autorise le Fournisseur à réduire les volumes "
          "livrés à due proportion."),
    ("h2", "Article 12 – Droit applicable et juridiction"),
    ("p", "Le Contrat est régi par le droit français. Tout litige relatif au Contrat relève de "
          "la compétence exclusive du tribunal de commerce de Lille Métropole."),
    ("h2", "Article 13 – Dispositions diverses"),
    ("p", "13.1 Le Contrat, ses annexes et le pacte d’associés expriment l’intégralité de "
          "l’accord des Parties sur leur objet et remplacent tout accord antérieur."),
    ("p", "13.2 Le Fournisseur s’engage à présenter au Client, chaque année avant le "
          "31 octobre, un programme chiffré d’optimisation portant sur le coût des malts, leur "
          "qualité ou les procédés de maltage, comportant un objectif de réduction d’au moins "
          "2 % de la consommation d’énergie par tonne de malt produite. Les Parties examinent ce "
          "programme au cours d’une réunion tenue avant le 15 décembre ; les mesures retenues "
          "sont intégrées au plan de production de l’année suivante."),
    ("p", "13.3 Le fait pour une Partie de ne pas se prévaloir d’un manquement de l’autre "
          "Partie ne vaut pas renonciation à s’en prévaloir ultérieurement."),
    ("p", "13.4 Si l’une des stipulations du Contrat est déclarée nulle, les autres "
          "stipulations conservent leur plein effet."),
    ("p", "13.5 Les notifications sont faites par lettre recommandée avec demande d’avis de "
          "réception adressée au siège social de la Partie destinataire."),
    ("p", "Fait à Lille, le 30 juin 2025, en deux exemplaires originaux."),
]

DOCUMENTS = {
    "partnership-cobranding.fr.docx": COBRANDING,
    "supplier-framework.fr.docx": FRAMEWORK,
    "supplier-equity.fr.docx": EQUITY,
}

BLOCK_STYLES = {
    "title": "Title",
    "h1": "Heading 1",
    "h2": "Heading 2",
    "p": None,
    "number": "List Number",
    "bullet": "List Bullet",
}

# A fixed date keeps rebuilt files identical apart from the zip timestamps.
FIXED_DATE = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)


def add_table(document, rows):
    """Add a real Word table, header row first, so the SLA is read as cells, not prose."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for row, values in zip(table.rows, rows):
        for cell, value in zip(row.cells, values):
            cell.text = value
    for cell in table.rows[0].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True


def build(blocks):
    """Turn a block list into a python-docx Document."""
    document = Document()
    properties = document.core_properties
    properties.author = "clausekit test set"
    properties.language = "fr-FR"
    properties.created = properties.modified = FIXED_DATE
    for kind, content in blocks:
        if kind == "table":
            add_table(document, content)
        else:
            document.add_paragraph(content, style=BLOCK_STYLES[kind])
    return document


def main():
    for name, blocks in DOCUMENTS.items():
        target = HERE / name
        partial = target.with_name(target.name + ".partial")
        build(blocks).save(partial)
        os.replace(partial, target)
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
