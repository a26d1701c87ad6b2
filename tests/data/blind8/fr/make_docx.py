"""Build the Word contracts of the blind8 French set from the texts embedded below.

Line markup: "= " Title, "# " Heading 1, "## " Heading 2, "* " List Bullet,
"+ " List Number, "| a | b |" table rows (first row = header), other lines = Normal.
supplier-groupe-electrogene.fr.docx is built as an intermediate .docx, converted to PDF with LibreOffice
(soffice --headless --convert-to pdf) and the intermediate .docx is then deleted.
Run: .venv/bin/python tests/data/blind8/fr/make_docx.py
"""
import subprocess
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent

TRAMWAY = """\
= Accord de groupement et de coopération
Entre les soussignées :
+ Atlas Signalisation SA, société anonyme de droit marocain au capital de 40 000 000 dirhams, immatriculée au registre du commerce de Casablanca sous le numéro 298417, dont le siège social est situé 27, boulevard Al Massira Al Khadra, Casablanca, représentée par Monsieur Karim Benjelloun, président du conseil d'administration (« Atlas ») ;
+ Ferrovia Systèmes SAS, société par actions simplifiée de droit français au capital de 2 500 000 euros, immatriculée au registre du commerce et des sociétés de Lyon sous le numéro 833 905 210, dont le siège social est situé 14, avenue Roger Salengro, 69100 Villeurbanne, représentée par Madame Sophie Garnier, directrice générale (« Ferrovia »),
ci-après dénommées ensemble les « Membres » et individuellement un « Membre ».
Préambule : la Société Régionale de Mobilité du Grand Casablanca (le « Client ») a lancé l'appel d'offres international n° AOI-07/2028 portant sur la fourniture, l'installation et la mise en service du système de signalisation, de priorité aux carrefours et d'aide à l'exploitation du prolongement de la ligne de tramway T5. Les Membres ont décidé de présenter une offre commune et souhaitent également coopérer pour d'autres projets de transport urbain au Maroc.
# TITRE I – OBJET ET DÉFINITIONS
## Article 1 – Objet
Le présent accord (l'« Accord ») organise le groupement constitué par les Membres pour préparer et remettre l'Offre, puis, en cas d'attribution, exécuter le Marché. Il fixe en outre les règles de leur coopération pour les Projets Futurs.
## Article 2 – Définitions
* « Chef de Projet » : la personne désignée par chaque Membre à l'article 6.
* « Comité de Direction » : l'organe institué à l'article 5.
* « Connaissances Propres » : les logiciels, méthodes, savoir-faire et documents détenus par un Membre avant la signature de l'Accord ou développés en dehors de celui-ci.
* « Marché » : le contrat qui serait conclu avec le Client à la suite de l'appel d'offres.
* « Offre » : l'offre technique et financière remise au Client par le groupement.
* « Projets Futurs » : les appels d'offres de signalisation ferroviaire et de systèmes d'aide à l'exploitation lancés au Maroc par des autorités organisatrices de la mobilité urbaine, autres que le Marché.
* « Résultats Communs » : les résultats, notamment les développements logiciels et les études, réalisés conjointement par les Membres dans le cadre de l'Accord.
# TITRE II – ORGANISATION DU GROUPEMENT
## Article 3 – Forme du groupement
3.1 Les Membres constituent un groupement solidaire, dépourvu de personnalité morale. Chaque Membre est engagé solidairement envers le Client pour l'exécution de la totalité du Marché.
3.2 Atlas est le mandataire du groupement. Il représente les Membres auprès du Client, signe l'Offre et le Marché sur la base des pouvoirs qui lui sont donnés et coordonne l'exécution des prestations.
## Article 4 – Répartition des prestations
Les prestations sont réparties entre les Membres comme suit :
| Membre | Prestations | Part indicative du prix |
| Atlas | Génie civil des équipements, pose, câblage, installation des postes, maintenance pendant la période de garantie | 55 % |
| Ferrovia | Études de signalisation, logiciel d'aide à l'exploitation, équipements embarqués, essais et assistance à la mise en service | 45 % |
Chaque Membre exécute ses prestations sous sa propre responsabilité et facture directement le Client par l'intermédiaire du mandataire.
## Article 5 – Comité de Direction
5.1 Le Comité de Direction est composé de deux représentants de chaque Membre, dont son Chef de Projet. Il se réunit une fois par mois jusqu'à l'attribution du Marché, puis une fois par trimestre jusqu'à la fin de la période de garantie, et à tout moment à la demande d'un Membre.
5.2 Chaque réunion examine l'avancement des prestations, le planning, les risques, les relations avec le Client, la situation du compte du groupement et les actions prioritaires, chacune assortie d'un responsable et d'une échéance.
5.3 Chaque Membre dispose d'une voix. Les décisions portant sur le prix de l'Offre, la modification de la répartition des prestations, le recours à un sous-traitant pour un montant supérieur à 1 000 000 de dirhams et l'acceptation d'un avenant au Marché sont prises à l'unanimité.
5.4 En cas de désaccord persistant après deux réunions consécutives du Comité de Direction, la question est soumise aux dirigeants des Membres, qui se concertent dans un délai de quinze jours. À défaut d'accord, les Membres soumettent leur différend à une médiation conduite sous l'égide du Centre International de Médiation et d'Arbitrage de Casablanca (CIMAC). Aucune procédure arbitrale ne peut être engagée avant l'expiration d'un délai de quarante-cinq jours à compter de la désignation du médiateur, sauf mesure urgente.
## Article 6 – Chefs de Projet
Atlas désigne Monsieur Youssef El Amrani, directeur des projets, et Ferrovia désigne Madame Hélène Marchal, directrice Afrique, en qualité de Chefs de Projet. Chacun d'eux répond devant le Membre qui l'a désigné de la bonne marche de la relation entre les Membres et de l'exécution des décisions du Comité de Direction.
# TITRE III – OFFRE ET EXÉCUTION DU MARCHÉ
## Article 7 – Préparation de l'Offre
Chaque Membre supporte ses propres frais de préparation de l'Offre. Les frais communs, tels que la caution provisoire et les traductions, sont partagés au prorata des parts indiquées à l'article 4.
## Article 8 – Engagement d'association
Jusqu'à l'attribution du Marché ou au rejet de l'Offre, aucun Membre ne peut présenter une offre pour le Marché, seul ou avec des tiers, ni participer à un autre groupement candidat ou soumissionnaire.
## Article 9 – Essais et mise en service
Les essais en usine, les essais sur site et la marche à blanc de trente jours précédant la mise en service commerciale sont organisés par Ferrovia, avec le concours d'Atlas, selon le programme d'essais approuvé par le Client.
## Article 10 – Pénalités
Les pénalités de retard ou de performance appliquées par le Client sont supportées par le Membre dont les prestations en sont la cause. Lorsque la cause est commune ou indéterminée, elles sont réparties au prorata des parts de l'article 4.
## Article 11 – Responsabilité entre Membres
Sans préjudice de leur solidarité envers le Client, chaque Membre supporte les conséquences de ses propres manquements. Sauf faute lourde ou dolosive, la responsabilité d'un Membre envers l'autre au titre de l'Accord est limitée à 20 % du montant de sa part du Marché.
## Article 12 – Assurances
Chaque Membre souscrit, pour ses prestations, une assurance de responsabilité civile professionnelle et participe à la police tous risques chantier souscrite par le mandataire, dont il supporte la prime au prorata de sa part.
## Article 13 – Compte du groupement et contrôle
Les paiements du Client sont versés sur un compte bancaire ouvert au nom du mandataire pour le groupement et reversés à chaque Membre dans un délai de cinq jours ouvrés. Ferrovia peut, une fois par an et à ses frais, faire vérifier par un expert-comptable les écritures du mandataire relatives à ce compte.
## Article 14 – Garanties des Membres
Chaque Membre garantit à l'autre qu'il détient les références, qualifications et certifications exigées par le règlement de consultation pour les prestations qui lui incombent, notamment la certification de sécurité ferroviaire de niveau SIL 4 pour les équipements de Ferrovia.
# TITRE IV – PROPRIÉTÉ INTELLECTUELLE
## Article 15 – Connaissances et résultats
15.1 Chaque Membre reste titulaire de ses Connaissances Propres. Il concède à l'autre Membre, pour les seuls besoins de l'Offre et de l'exécution du Marché, une licence non exclusive et gratuite d'utilisation de celles de ses Connaissances Propres qui sont nécessaires à ses prestations.
15.2 Les résultats obtenus par un Membre seul dans l'exécution de ses prestations lui appartiennent. Les Résultats Communs appartiennent aux Membres en copropriété à parts égales ; chacun peut les exploiter pour ses propres besoins, y compris après la fin de l'Accord, sans contrepartie financière, mais ne peut les céder qu'avec l'accord de l'autre.
# TITRE V – COOPÉRATION ET REVUE STRATÉGIQUE
## Article 16 – Revue stratégique annuelle
16.1 Chaque année, au mois de janvier, le Comité de Direction, élargi aux dirigeants des Membres, procède à une revue stratégique de la coopération : il fait le point sur les objectifs communs fixés l'année précédente, les résultats obtenus et l'évolution du marché de la signalisation urbaine au Maroc, et arrête la liste des Projets Futurs auxquels les Membres répondront ensemble.
16.2 À l'occasion de cette revue, les Membres peuvent modifier la répartition des prestations prévue pour les Projets Futurs. Si la stratégie de l'un d'eux diverge de celle de l'autre, notamment s'il décide de soumissionner seul sur ce marché, il peut se retirer de la coopération pour les Projets Futurs moyennant un préavis de trois mois, sans indemnité, ce retrait restant sans effet sur l'Offre et le Marché.
# TITRE VI – DURÉE, EXCLUSION ET FIN DE L'ACCORD
## Article 17 – Durée
L'Accord entre en vigueur à sa signature et demeure en vigueur pendant toute la durée nécessaire à l'exécution du Marché, jusqu'à l'extinction des obligations de garantie des Membres. Si le Marché n'est pas attribué au groupement, l'Accord prend fin à la date de notification du rejet de l'Offre, à l'exception du Titre V.
## Article 18 – Exclusion d'un Membre
18.1 Aucun Membre ne peut se retirer du groupement avant l'attribution du Marché. Un Membre peut être exclu par l'autre, après mise en demeure restée sans effet pendant trente jours, en cas de manquement grave à ses obligations, ou sans délai en cas d'ouverture à son encontre d'une procédure de traitement des difficultés de l'entreprise prévue par le livre V du code de commerce ou par une loi étrangère équivalente.
18.2 L'exclusion peut aussi être prononcée si un Membre passe sous le contrôle d'un concurrent de l'autre Membre, dans les trois mois suivant l'information de ce changement de contrôle.
18.3 En cas d'exclusion, le Membre restant reprend, avec l'accord du Client, les prestations du Membre exclu. Celui-ci lui remet sans délai les études, plans, codes sources et documents relatifs à ses prestations et reste tenu, pendant six mois, de l'assister dans la reprise, à ses frais. Le surcoût de la reprise est à la charge du Membre exclu.
18.4 La fin de l'Accord, quelle qu'en soit la cause, est sans effet sur la copropriété des Résultats Communs prévue à l'article 15.2.
# TITRE VII – DISPOSITIONS DIVERSES
## Article 19 – Confidentialité
Les Membres s'engagent à garder strictement confidentiels le contenu de l'Offre, leurs prix, leurs Connaissances Propres et toutes les informations échangées au titre de l'Accord, pendant sa durée et cinq ans après sa fin.
## Article 20 – Personnel
Pendant la durée de l'Accord et pendant un an après sa fin, aucun Membre ne débauche ni ne sollicite, directement ou indirectement, un salarié de l'autre Membre affecté à l'Offre ou au Marché.
## Article 21 – Force majeure
Aucun Membre n'est responsable envers l'autre d'une inexécution due à un événement de force majeure au sens de l'article 269 du Dahir formant code des obligations et des contrats. Le Membre empêché en informe l'autre et le mandataire en avise le Client.
## Article 22 – Cession
Aucun Membre ne peut céder ses droits et obligations au titre de l'Accord sans l'accord écrit de l'autre Membre et, le cas échéant, du Client.
## Article 23 – Droit applicable et arbitrage
L'Accord est régi par le droit marocain. Sous réserve de l'article 5.4, tout différend relatif à l'Accord est tranché définitivement selon le règlement d'arbitrage du CIMAC, par trois arbitres, conformément à la loi n° 95-17 relative à l'arbitrage et à la médiation conventionnelle. Le siège de l'arbitrage est Casablanca et la langue est le français.
| Pour Atlas Signalisation SA | Pour Ferrovia Systèmes SAS |
| Karim Benjelloun, président | Sophie Garnier, directrice générale |
"""

BOUTEILLES = """\
= Contrat d'approvisionnement en bouteilles
Entre
Caves de Wormeldange SA, société anonyme de droit luxembourgeois, inscrite au registre de commerce et des sociétés de Luxembourg sous le numéro B 45118, dont le siège social est établi 115, route du Vin, L-5481 Wormeldange, représentée par Monsieur Marc Schmit, administrateur délégué (ci-après « les Caves »),
et
Verrerie Ardennaise SA, société anonyme de droit belge, inscrite à la Banque-Carrefour des Entreprises sous le numéro 0412.887.306, dont le siège est établi rue de la Verrerie 3, 7011 Ghlin, Belgique, représentée par Madame Nathalie Lemaire, directrice générale (ci-après « la Verrerie »),
il est convenu ce qui suit.
# Article 1 – Définitions
Dans le présent contrat (le « Contrat »), les termes suivants ont la signification suivante :
* « Année Contractuelle » : chaque année civile de la durée du Contrat.
* « Bouteilles » : les bouteilles de type champenoise de 75 cl, modèle « Moselle Prestige », portant en relief l'emblème des Caves, conformes aux Spécifications.
* « Comité de Suivi » : l'organe prévu à l'article 10.
* « Données de Commande » : les prévisions, commandes, volumes, calendriers de tirage et autres informations relatives aux besoins des Caves transmises à la Verrerie.
* « Moules » : les moules, ébaucheurs, finisseurs et outillages spécifiques nécessaires à la fabrication des Bouteilles.
* « Spécifications » : les caractéristiques techniques figurant à l'article 7.
# Article 2 – Objet
La Verrerie fabrique et livre aux Caves les Bouteilles nécessaires à l'élaboration de leurs crémants de Luxembourg selon la méthode traditionnelle. Le Contrat est un contrat d'approvisionnement à long terme ; les commandes passées en exécution du Contrat sont soumises à ses stipulations.
# Article 3 – Durée
3.1 Le Contrat est conclu pour une durée de quatre ans, du 1er janvier 2028 au 31 décembre 2031.
3.2 Il est ensuite reconduit tacitement par périodes successives d'un an, sauf dénonciation notifiée par lettre recommandée au moins six mois avant l'expiration de la période en cours.
# Article 4 – Volumes
4.1 Les Caves s'engagent à acheter au moins 1 200 000 Bouteilles par Année Contractuelle. Les quantités non enlevées en fin d'Année Contractuelle sont facturées au prix en vigueur, déduction faite des coûts de fabrication non engagés.
4.2 Les Caves communiquent chaque trimestre des prévisions glissantes sur douze mois, dont les trois premiers mois sont fermes. La Verrerie réserve dans son four n° 2 la capacité nécessaire pour livrer jusqu'à 120 % des prévisions.
# Article 5 – Modèle réservé
Le modèle « Moselle Prestige » est réservé exclusivement aux Caves. La Verrerie s'interdit de fabriquer ou de vendre à un tiers des bouteilles de ce modèle ou portant l'emblème des Caves, pendant la durée du Contrat et après sa fin.
# Article 6 – Moules et dessin
6.1 Les Moules, dont le coût de 184 000 euros est payé par les Caves à la signature, sont et demeurent la propriété des Caves. La Verrerie en a la garde, les identifie par une plaque au nom des Caves, les entretient et les assure contre l'incendie et le bris pour leur valeur de remplacement.
6.2 Le dessin de la Bouteille et l'emblème, y compris les adaptations réalisées par la Verrerie pour les besoins de la fabrication, appartiennent aux Caves ; la Verrerie leur cède tous droits qu'elle pourrait détenir sur ces adaptations. Les Caves concèdent à la Verrerie, pour la durée du Contrat, une licence non exclusive de reproduction de l'emblème, limitée à la fabrication des Bouteilles.
# Article 7 – Spécifications et bouteilles témoins
7.1 Les Bouteilles respectent les Spécifications suivantes :
| Caractéristique | Valeur | Contrôle |
| Contenance au ras bord | 780 ml ± 5 ml | Pesée, 1 bouteille sur 500 |
| Poids | 835 g ± 15 g | Pesée en ligne |
| Résistance à la pression interne | au moins 20 bars | Essai destructif, 10 bouteilles par poste |
| Couleur | vert feuille morte, transmission conforme au témoin couleur | Spectrophotomètre |
| Bague | bague couronne 29 mm pour capsule de tirage | Calibre |
7.2 Trois jeux de bouteilles témoins, approuvés et signés par les Parties avant la première fabrication, servent de référence pour l'aspect et la teinte. Chaque Partie en conserve un jeu, le troisième étant déposé au laboratoire de la Verrerie.
# Article 8 – Livraisons et niveaux de service
8.1 La Verrerie livre les Bouteilles palettisées et houssées au chai des Caves à Wormeldange, aux dates fixées par les commandes fermes.
8.2 La Verrerie s'engage sur les niveaux suivants, mesurés chaque mois à partir des bons de livraison et des contrôles réalisés à réception par les Caves, et présentés dans un rapport mensuel établi par la Verrerie avant le 10 du mois suivant :
| Indicateur | Objectif | Réfaction en cas de manquement |
| Livraisons complètes à la date convenue | au moins 96 % des livraisons du mois | 1 % du montant facturé du mois par point manquant |
| Défauts critiques (fêlures, glaçures, bagues non conformes) | au plus 0,05 % des Bouteilles livrées | 2 % du montant facturé du mois par tranche de 0,01 % au-delà de l'objectif |
8.3 Le total des réfactions d'un mois ne peut excéder 8 % du montant facturé de ce mois. Les réfactions sont déduites de la facture suivante et ne privent pas les Caves de leurs droits au titre de la garantie.
# Article 9 – Amélioration continue
9.1 Avant le 30 septembre de chaque année, la Verrerie remet aux Caves un programme d'amélioration comprenant au moins deux propositions visant à réduire le prix des Bouteilles, leur poids de verre ou leur empreinte carbone, ou à améliorer la logistique des livraisons.
9.2 Le programme vise, pour l'année suivante, une réduction d'au moins 2 % du prix par mille Bouteilles ou de 3 % du poids moyen, à résistance égale. Il est examiné par le Comité de Suivi lors de sa réunion du quatrième trimestre, qui décide des propositions à mettre en œuvre. Les économies qui en résultent sont partagées par moitié entre les Parties pendant douze mois.
# Article 10 – Comité de Suivi
10.1 Le Comité de Suivi comprend deux représentants de chaque Partie. Les Caves désignent Madame Anne Hoffmann, directrice technique, et la Verrerie désigne Monsieur Pierre Lambert, responsable grands comptes, comme responsables de la relation ; chacun d'eux répond, envers la Partie qui l'a désigné, du suivi du Contrat et de l'exécution des décisions du Comité.
10.2 Le Comité se réunit une fois par trimestre. Il examine les rapports mensuels, la qualité, les prévisions, les propositions d'amélioration et les incidents. Ses décisions sont prises par consensus, chaque Partie disposant d'une voix.
10.3 Toute question sur laquelle le Comité ne parvient pas à un consensus dans un délai de trente jours est soumise aux administrateurs délégués des Parties, qui se réunissent dans les quinze jours. À défaut d'accord, les Parties recourent à la médiation du Centre de Médiation Civile et Commerciale de Luxembourg avant toute action en justice, sauf mesure urgente.
# Article 11 – Revue annuelle
En décembre de chaque année, les Parties passent en revue les objectifs communs de leur relation, notamment l'évolution du marché des crémants, les volumes prévisibles et les objectifs environnementaux. Cette revue a un caractère purement informatif et ne peut modifier les engagements résultant du Contrat.
# Article 12 – Données de Commande
12.1 Les Données de Commande sont la propriété des Caves. La Verrerie ne peut les utiliser que pour planifier la production et les livraisons des Bouteilles.
12.2 La Verrerie traite les Données de Commande comme des informations confidentielles et s'interdit de les communiquer à des tiers, notamment à d'autres producteurs de vins ou de crémants.
12.3 Dans les soixante jours suivant la fin du Contrat, la Verrerie restitue aux Caves ou détruit, au choix de celles-ci, les Données de Commande, et atteste par écrit de leur destruction.
# Article 13 – Prix
Les prix par mille Bouteilles figurent au barème annexé. Ils sont révisés au 1er janvier de chaque année en fonction de l'évolution des indices du coût du gaz naturel et du calcin, selon la formule du barème.
# Article 14 – Garantie
La Verrerie garantit que les Bouteilles sont conformes aux Spécifications et exemptes de vices. Les défauts cachés révélés dans les douze mois suivant la livraison, notamment lors du tirage ou du remuage, donnent lieu au remplacement des Bouteilles et au remboursement des pertes de vin dûment constatées.
# Article 15 – Audit
Les Caves peuvent, une fois par an et sur préavis de quinze jours, auditer le site de fabrication de la Verrerie et ses enregistrements de contrôle qualité relatifs aux Bouteilles.
# Article 16 – Responsabilité et assurances
16.1 Sauf faute lourde ou intentionnelle, la responsabilité totale de chaque Partie au titre du Contrat est limitée, par Année Contractuelle, à 50 % du montant facturé au cours de l'Année Contractuelle précédente.
16.2 La Verrerie maintient une assurance de responsabilité civile produits d'au moins 5 000 000 euros par sinistre.
# Article 17 – Résiliation
17.1 Chaque Partie peut résilier le Contrat par lettre recommandée en cas de manquement grave de l'autre, non réparé dans les soixante jours d'une mise en demeure, ou en cas de faillite ou de procédure de réorganisation judiciaire.
17.2 Si la Verrerie passe sous le contrôle d'un producteur de vins mousseux ou d'un concurrent des Caves, celles-ci peuvent résilier le Contrat moyennant un préavis de trois mois.
# Article 18 – Conséquences de la fin du Contrat
À la fin du Contrat, quelle qu'en soit la cause :
+ la Verrerie restitue les Moules aux Caves, dans un délai de trente jours, au lieu désigné par celles-ci, avec les plans et fiches de réglage ;
+ pendant une période de transition de six mois, la Verrerie continue, à la demande des Caves, à livrer les Bouteilles aux conditions du Contrat, afin de permettre la qualification d'une autre verrerie, et les commandes en cours sont honorées ;
+ les Caves achètent le stock de Bouteilles fabriquées pour elles dans la limite de deux mois de prévisions fermes ;
+ les Données de Commande sont restituées ou détruites conformément à l'article 12.3.
# Article 19 – Confidentialité
Les Parties gardent confidentiels les termes du Contrat, les prix et les informations techniques échangées, pendant la durée du Contrat et trois ans après sa fin.
# Article 20 – Force majeure
Aucune Partie n'est responsable d'un manquement dû à un événement de force majeure, notamment une interruption de l'approvisionnement en gaz naturel décidée par les autorités ou l'arrêt accidentel d'un four. La Partie empêchée en informe l'autre sans délai ; si l'empêchement dure plus de quatre mois, chaque Partie peut résilier le Contrat.
# Article 21 – Cession
Aucune Partie ne peut céder le Contrat sans l'accord écrit de l'autre.
# Article 22 – Droit applicable et litiges
Le Contrat est régi par le droit luxembourgeois. Sous réserve de la médiation prévue à l'article 10.3, les tribunaux de l'arrondissement judiciaire de Luxembourg sont seuls compétents.
| Pour les Caves de Wormeldange SA | Pour la Verrerie Ardennaise SA |
| Marc Schmit, administrateur délégué | Nathalie Lemaire, directrice générale |
"""

GROUPE = """\
= Contrat de vente, d'installation et de maintenance d'un groupe électrogène
Entre la Polyclinique Les Palmiers SA, société anonyme au capital de 1 500 000 000 FCFA, immatriculée au registre du commerce et du crédit mobilier d'Abidjan sous le numéro CI-ABJ-2009-B-4521, dont le siège social est situé boulevard Latrille, Cocody, Abidjan, représentée par le Docteur Aminata Koné, directrice générale (ci-après « l'Acheteur »),
et Ivoire Énergie Services SARL, société à responsabilité limitée au capital de 100 000 000 FCFA, immatriculée au registre du commerce et du crédit mobilier d'Abidjan sous le numéro CI-ABJ-2014-B-10332, dont le siège social est situé rue des Carrossiers, zone 3, Treichville, Abidjan, représentée par Monsieur Serge Yao, gérant (ci-après « le Fournisseur »),
il a été convenu ce qui suit. Les termes commençant par une majuscule sont définis à l'annexe.
# Article premier – Objet
Le Fournisseur vend à l'Acheteur, qui l'accepte, un Groupe neuf destiné à assurer l'alimentation de secours du bloc opératoire, de la réanimation et des services d'imagerie de la polyclinique. Le Fournisseur en assure la livraison, l'installation sur le Site, la mise en service et la maintenance dans les conditions ci-après.
# Article 2 – Caractéristiques du Groupe
Le Groupe présente les caractéristiques suivantes :
| Élément | Caractéristique |
| Puissance | 800 kVA en secours, 730 kVA en continu |
| Moteur | diesel, 12 cylindres, 1 500 tr/min |
| Alternateur | 400 V, 50 Hz, classe H |
| Inverseur | inverseur de source automatique, basculement en moins de 10 secondes |
| Réservoir | cuve journalière de 1 000 litres et cuve enterrée de 10 000 litres |
| Capot | capot insonorisé, 75 dB(A) à 1 mètre |
# Article 3 – Prix et modalités de paiement
3.1 Le prix de vente, comprenant la fourniture, le transport, l'installation et la mise en service, est fixé à 142 500 000 FCFA hors taxes. Il est payable à raison de 40 % à la commande, 50 % à la livraison sur le Site et 10 % à la Réception Définitive.
3.2 La maintenance est rémunérée par une redevance annuelle forfaitaire de 9 600 000 FCFA hors taxes, payable par trimestre échu. Elle couvre la main-d'œuvre, les déplacements et les consommables de l'entretien préventif, à l'exclusion du gazole.
# Article 4 – Livraison et installation
4.1 Le Fournisseur livre le Groupe sur le Site au plus tard le 30 juin 2028. Il réalise la dalle de support, le raccordement au tableau général basse tension, l'échappement et le système de détection de fuites de la cuve.
4.2 En cas de retard de livraison, le Fournisseur est redevable d'une pénalité de 150 000 FCFA par jour calendaire de retard, sans mise en demeure préalable.
4.3 L'Acheteur met à la disposition du Fournisseur le local technique, ventilé et accessible aux engins de levage, libre de tout encombrement au plus tard quinze jours avant la date de livraison. Il assure, pendant toute la durée du contrat, l'approvisionnement du Groupe en gazole conforme aux prescriptions du constructeur et désigne un agent chargé d'accueillir les techniciens du Fournisseur et de signer les rapports d'Intervention.
4.4 Le Fournisseur est tenu de respecter le règlement intérieur de la polyclinique, notamment les règles d'hygiène et de sécurité applicables à proximité des services de soins, et organise les travaux bruyants en dehors des heures de bloc opératoire convenues avec l'Acheteur.
# Article 5 – Essais et réception
5.1 Après l'installation, le Fournisseur procède, en présence de l'Acheteur, aux essais de fonctionnement à vide puis en charge au moyen d'un banc de charge, puis à une marche probatoire de 72 heures sur la charge réelle de la polyclinique, comportant au moins cinq coupures simulées du réseau.
5.2 Si les essais sont concluants, les Parties signent le procès-verbal de Réception Provisoire. Les réserves éventuelles sont levées dans un délai de quinze jours. La Réception Définitive est prononcée douze mois après la Réception Provisoire, sous réserve de la levée de toutes les réserves.
# Article 6 – Transfert de propriété et des risques
Les risques sont transférés à l'Acheteur à la livraison sur le Site. Le Fournisseur conserve la propriété du Groupe jusqu'au paiement intégral du prix de vente, conformément à l'Acte uniforme de l'OHADA portant organisation des sûretés.
# Article 7 – Garantie
Le Groupe est garanti contre tout défaut de matière, de conception ou de fabrication pendant vingt-quatre mois à compter de la Réception Provisoire ou pendant 3 000 Heures de Fonctionnement, selon la première échéance atteinte. La garantie couvre les pièces, la main-d'œuvre et les déplacements.
# Article 8 – Maintenance
8.1 Le Fournisseur assure la maintenance préventive du Groupe toutes les 250 Heures de Fonctionnement et au moins une fois par trimestre, selon le plan d'entretien du constructeur, ainsi qu'un essai mensuel en charge de trente minutes.
8.2 En cas de panne, le Fournisseur intervient sur le Site dans un délai de quatre heures à compter de l'appel de l'Acheteur, de jour comme de nuit, y compris les dimanches et jours fériés, et remet le Groupe en état de fonctionnement dans un délai de vingt-quatre heures.
8.3 Chaque Intervention fait l'objet d'un rapport signé par les deux Parties et consigné dans le carnet de bord du Groupe, qui fait foi des heures d'appel, d'arrivée et de remise en service.
8.4 Le Fournisseur conserve en permanence dans son atelier d'Abidjan un stock de filtres, courroies, batteries de démarrage et pièces d'usure du Groupe suffisant pour deux entretiens préventifs et une remise en état courante. Il adresse à l'Acheteur, à la fin de chaque semestre, un relevé des Interventions réalisées, des Heures de Fonctionnement et des recommandations éventuelles sur l'état du Groupe.
# Article 9 – Pénalités de maintenance
9.1 Tout dépassement du délai d'intervention de quatre heures donne lieu à une pénalité de 50 000 FCFA par heure de retard.
9.2 Toute indisponibilité du Groupe au-delà du délai de remise en état de vingt-quatre heures donne lieu à une pénalité de 500 000 FCFA par jour, le Fournisseur devant en outre mettre à disposition, à ses frais, un groupe de location de puissance équivalente.
9.3 Les pénalités sont déduites de la redevance de maintenance du trimestre concerné ou, à défaut, facturées au Fournisseur.
# Article 10 – Durée
Le présent contrat entre en vigueur à la date de sa signature. Les obligations relatives à la vente prennent fin à la Réception Définitive, sous réserve de la garantie. La maintenance est assurée pendant trois ans à compter de la Réception Provisoire ; elle se renouvelle ensuite par tacite reconduction pour des périodes successives de trois ans.
# Article 11 – Pièces de rechange
Le Fournisseur s'engage à tenir à la disposition de l'Acheteur les pièces de rechange du Groupe pendant dix ans à compter de la Réception Provisoire et à les livrer sur le Site dans un délai de quarante-huit heures pour les pièces d'usure courante.
# Article 12 – Assurances
Le Fournisseur souscrit une assurance couvrant le Groupe pendant le transport et jusqu'à la livraison, ainsi qu'une assurance de responsabilité civile professionnelle couvrant ses interventions sur le Site pendant toute la durée du contrat, et en justifie à première demande.
# Article 13 – Formation et documentation
Le Fournisseur forme gratuitement quatre agents techniques de l'Acheteur à l'exploitation courante du Groupe et remet, à la Réception Provisoire, la documentation technique en français, les schémas électriques et le plan d'entretien du constructeur.
# Article 14 – Force majeure
Aucune Partie n'est responsable de l'inexécution de ses obligations lorsque celle-ci résulte d'un événement de force majeure, tel qu'une catastrophe naturelle, des troubles graves à l'ordre public ou une fermeture des frontières empêchant l'acheminement du Groupe. La Partie empêchée informe l'autre sans délai et les délais sont prorogés de la durée de l'empêchement.
# Article 15 – Droit applicable et litiges
Le présent contrat est régi par le droit ivoirien et par les Actes uniformes de l'OHADA. Tout litige relatif à son interprétation ou à son exécution relève de la compétence du tribunal de commerce d'Abidjan.
# Article 16 – Élection de domicile
Pour l'exécution du présent contrat, les Parties font élection de domicile en leurs sièges sociaux respectifs. Les notifications sont faites par lettre remise contre décharge ou par courrier électronique confirmé.
# Annexe – Définitions
* « Groupe » : le groupe électrogène décrit à l'article 2, avec son inverseur de source, ses cuves, son capot et ses accessoires.
* « Heures de Fonctionnement » : les heures de marche du Groupe enregistrées par son compteur horaire.
* « Intervention » : tout déplacement du Fournisseur sur le Site au titre de la maintenance préventive ou corrective.
* « Réception Provisoire » et « Réception Définitive » : les réceptions prévues à l'article 5.
* « Site » : le local technique de la polyclinique, boulevard Latrille, Cocody, Abidjan.
| Pour la Polyclinique Les Palmiers SA | Pour Ivoire Énergie Services SARL |
| Dr Aminata Koné, directrice générale | Serge Yao, gérant |
Fait à Abidjan, le 15 février 2028, en deux exemplaires originaux.
"""

DOCS = {
    "partnership-consortium-tramway.fr.docx": TRAMWAY,
    "supplier-bouteilles-cremant.fr.docx": BOUTEILLES,
}

PDF_DOCS = {
    "supplier-groupe-electrogene.fr.docx": GROUPE,
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
    for name, text in PDF_DOCS.items():
        tmp = HERE / name
        build(text, tmp)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(tmp)], check=True)
        tmp.unlink()
        print("wrote", tmp.with_suffix(".pdf"), len(text.split()), "words (docx converted and deleted)")
