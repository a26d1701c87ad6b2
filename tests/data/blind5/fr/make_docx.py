"""Build the Word contracts of the blind5 French set from the texts embedded below.

Line markup: "= " Title, "# " Heading 1, "## " Heading 2, "* " List Bullet,
"+ " List Number, "| a | b |" table rows (first row = header), other lines = Normal.
supplier-approvisionnement-bois.fr.docx is built as an intermediate .docx, converted to PDF with LibreOffice
(soffice --headless --convert-to pdf) and the intermediate .docx is then deleted.
Run: .venv/bin/python tests/data/blind5/fr/make_docx.py
"""
import subprocess
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent

TRANSPORT = """\
= Convention d'alliance entre transporteurs routiers
Entre les soussignées :
+ Transports Delvaux SA, société anonyme de droit belge, dont le siège est établi rue de l'Expansion 27, 4460 Grâce-Hollogne, inscrite à la Banque-Carrefour des Entreprises sous le numéro 0428.661.305, représentée par Monsieur Philippe Delvaux, administrateur délégué (« Delvaux ») ;
+ Messagerie Rhodanienne SAS, société par actions simplifiée de droit français, dont le siège est situé 41 boulevard Marcel Sembat, 69200 Vénissieux, immatriculée au RCS de Lyon sous le numéro 389 201 447, représentée par Madame Sandrine Mollard, présidente (« Rhodanienne »),
ci-après individuellement une « Partie » et ensemble les « Parties ».
# Préambule
Delvaux exploite un réseau de messagerie et de groupage desservant la Belgique, le Luxembourg et le sud des Pays-Bas. Rhodanienne exploite un réseau comparable en Auvergne-Rhône-Alpes et dans le sillon alpin. Chacune dispose de clients expédiant des palettes vers la zone de l'autre, sans volume suffisant pour remplir seule des semi-remorques dans les deux sens. Les Parties décident de former une alliance pour mutualiser leurs trafics sur l'axe Benelux – Rhône-Alpes, sans constituer de société commune et en conservant chacune sa clientèle, ses tarifs et son autonomie.
# Article 1 – Définitions
* « Alliance » : la coopération organisée par la présente convention.
* « Axe » : les liaisons routières entre les quais de Grâce-Hollogne et de Vénissieux.
* « Clients Apportés » : pour chaque Partie, les clients qui lui ont confié des envois acheminés par l'Alliance, ainsi que les clients qu'elle présente à l'Alliance pendant la durée de la convention, dont la liste est tenue à jour par le comité de coordination.
* « Données d'Expédition » : les informations relatives aux envois échangés, notamment l'identité des expéditeurs et destinataires, les adresses, poids, volumes, tarifs et historiques de livraison.
* « Plateforme AxeFret » : l'outil informatique commun de réservation, de suivi et de facturation croisée décrit à l'article 8.
# Article 2 – Objet et engagements d'échange
2.1 Chaque Partie assure, pour le compte de l'autre, la distribution finale dans sa zone des envois de groupage remis à son quai par l'autre Partie, et l'enlèvement dans sa zone des envois destinés à la zone de l'autre.
2.2 Sur l'Axe, chaque Partie confie exclusivement à l'autre la distribution finale et l'enlèvement de ses envois de groupage, à l'exception des transports exceptionnels et des marchandises dangereuses de classe 1.
2.3 Chaque Partie s'engage à remettre à l'autre au moins quarante envois par semaine en moyenne trimestrielle.
2.4 Les prestations réciproques sont rémunérées selon la grille tarifaire de l'annexe 1 et font l'objet d'une compensation mensuelle par la Plateforme AxeFret.
# Article 3 – Phase pilote
3.1 L'Alliance débute par une phase pilote de cinq mois, du 1er mars au 31 juillet 2027, limitée aux liaisons quotidiennes entre Liège et Lyon.
3.2 La phase pilote est évaluée au regard des objectifs suivants :
| Indicateur | Objectif à l'issue de la phase pilote |
| Taux de remplissage moyen des semi-remorques sur l'Axe | au moins 85 % |
| Ponctualité des livraisons finales | au moins 95 % des envois livrés à J+2 |
| Nombre d'envois échangés | au moins 600 sur la période |
| Réduction des kilomètres à vide | au moins 120 000 euros d'économies cumulées |
3.3 Le comité de coordination se réunit au plus tard le 31 août 2027 pour comparer les résultats aux objectifs et décider de l'extension de l'Alliance à l'ensemble de l'Axe.
3.4 Si un ou plusieurs objectifs ne sont pas atteints, chaque Partie peut se retirer de l'Alliance par lettre recommandée adressée dans les quinze jours suivant cette réunion, sans pénalité ni indemnité d'aucune sorte. Les envois en cours sont alors achevés dans les conditions de l'article 12.3.
# Article 4 – Standards de service
4.1 Chaque Partie enlève les envois de l'autre le jour ouvrable suivant la demande et livre les envois reçus à J+1 pour les destinations situées à moins de 150 kilomètres de son quai.
4.2 La ponctualité est mesurée chaque mois par la Plateforme AxeFret à partir des preuves de livraison numérisées et communiquée aux deux Parties le cinq du mois suivant.
4.3 Chaque livraison effectuée avec plus d'un jour de retard imputable à la Partie chargée de la distribution donne lieu à une pénalité de 35 euros par envoi au profit de l'autre Partie, dans la limite de 5 % du montant mensuel des prestations facturées par la Partie défaillante.
# Article 5 – Gouvernance
5.1 Les Parties instituent un comité de coordination composé de deux représentants de chaque Partie, dont le directeur d'exploitation.
5.2 Le comité se réunit une fois par trimestre, alternativement à Grâce-Hollogne et à Vénissieux. Il examine les volumes, la ponctualité, les litiges clients, les réclamations, la liste des Clients Apportés et les évolutions de la Plateforme AxeFret, et arrête pour le trimestre suivant trois à cinq actions prioritaires assorties d'un responsable et d'une échéance.
5.3 Les décisions du comité sont prises à l'unanimité, chaque Partie disposant d'une voix. Relèvent du comité la grille tarifaire de l'annexe 1, les standards de service, les investissements dans la Plateforme AxeFret et l'admission de nouveaux membres.
5.4 À défaut d'accord du comité sur une question inscrite à deux réunions successives, la question est soumise aux dirigeants des Parties, qui se rencontrent dans les quinze jours. À défaut de solution dans les trente jours suivants, les Parties recourent à une médiation selon le règlement de médiation du CEPANI. Aucune procédure d'arbitrage ne peut être engagée avant la fin de la médiation ou l'expiration d'un délai de soixante jours à compter de la demande de médiation.
5.5 Chaque Partie désigne un responsable de l'Alliance, interlocuteur unique de l'autre Partie et garant de l'exécution des décisions du comité : Monsieur Laurent Hennuy pour Delvaux et Madame Aurélie Berthet pour Rhodanienne.
# Article 6 – Orientations stratégiques
Les Parties feront périodiquement le point sur leurs orientations stratégiques respectives et sur l'opportunité d'étendre l'Alliance à d'autres axes.
# Article 7 – Protection de la clientèle
7.1 Chaque Partie s'interdit de solliciter, directement ou par personne interposée, les Clients Apportés de l'autre Partie, actuels ou futurs, en vue de leur proposer des prestations de transport au départ ou à destination de la zone de l'autre Partie, et de détourner à son profit tout ou partie de leurs envois, en utilisant les Données d'Expédition ou toute autre information obtenue dans le cadre de l'Alliance.
7.2 Cette interdiction s'applique pendant toute la durée de la convention et pendant vingt-quatre mois après sa fin, quelle qu'en soit la cause.
7.3 Toute violation de l'article 7.1 oblige la Partie fautive à verser à l'autre une indemnité forfaitaire égale à 30 % du chiffre d'affaires réalisé par l'Alliance avec le client concerné au cours des douze mois précédant la violation, sans préjudice du droit de l'autre Partie de résilier la convention conformément à l'article 12.1.
# Article 8 – Plateforme AxeFret et données
8.1 La Plateforme AxeFret est développée pour l'Alliance par un prestataire choisi par le comité, et financée à parts égales. Les droits de propriété intellectuelle sur la Plateforme AxeFret appartiennent en copropriété aux Parties, à parts égales ; aucune Partie ne peut en concéder l'usage à un tiers sans l'accord de l'autre.
8.2 Chaque Partie concède à l'autre, pour la durée de la convention, une licence non exclusive et gratuite d'usage de sa dénomination et de son logo pour la mention « partenaire AxeFret » sur les documents de transport et les véhicules affectés à l'Axe.
8.3 Les Données d'Expédition sont utilisées par les Parties pour les besoins de l'Alliance. Elles sont confidentielles et traitées dans le respect du règlement général sur la protection des données.
8.4 À la fin de la convention, chaque Partie conserve un droit d'usage interne de la Plateforme AxeFret et de son code source, sans droit d'exploitation commerciale au profit de tiers. Dans les trente jours suivant la fin de la convention, chaque Partie restitue à l'autre, dans un format structuré, les Données d'Expédition concernant les Clients Apportés de celle-ci et détruit ses propres copies, sous réserve des documents de transport qu'elle doit conserver en vertu de la loi.
# Article 9 – Responsabilité et assurances
9.1 Chaque Partie répond envers l'autre des pertes et avaries survenues pendant que les marchandises sont sous sa garde, dans les limites prévues par la Convention relative au contrat de transport international de marchandises par route (CMR).
9.2 En dehors des pertes et avaries et de la violation de l'article 7, la responsabilité de chaque Partie envers l'autre au titre de la convention est limitée à 250 000 euros par année civile.
9.3 Chaque Partie maintient une assurance de responsabilité civile de transporteur couvrant les marchandises transportées à hauteur d'au moins 500 000 euros par sinistre et une assurance de responsabilité civile d'exploitation.
# Article 10 – Personnel
Pendant la durée de la convention et les douze mois suivant sa fin, aucune Partie ne sollicite ni n'engage un conducteur ou un agent d'exploitation de l'autre Partie affecté à l'Axe, sauf accord écrit de celle-ci.
# Article 11 – Durée
11.1 Sous réserve de l'article 3.4, la convention est conclue pour une durée de trois ans à compter du 1er mars 2027.
11.2 Elle est ensuite reconduite tacitement par périodes successives d'un an.
# Article 12 – Résiliation et sortie
12.1 Chaque Partie peut résilier la convention avec effet immédiat en cas de manquement grave de l'autre Partie non réparé dans les trente jours d'une mise en demeure, de violation de l'article 7 ou de faillite ou réorganisation judiciaire de l'autre Partie.
12.2 Chaque Partie peut résilier la convention moyennant un préavis de trois mois si l'autre Partie passe sous le contrôle d'un transporteur concurrent.
12.3 En cas de fin de la convention pour quelque cause que ce soit : les envois remis avant la date d'effet sont acheminés et livrés aux conditions de la convention ; pendant une période de transition de trois mois, chaque Partie continue d'assurer la distribution des envois des Clients Apportés de l'autre Partie afin de permettre à celle-ci d'organiser un autre acheminement ; les comptes de compensation sont arrêtés dans les soixante jours ; l'article 8.4 s'applique à la Plateforme AxeFret et aux Données d'Expédition.
# Article 13 – Dispositions générales
13.1 Confidentialité. Les Parties gardent confidentielles les conditions de la convention, la grille tarifaire et toutes les informations commerciales échangées, pendant la durée de la convention et trois ans après sa fin.
13.2 Force majeure. Une Partie n'est pas responsable de l'inexécution causée par un événement de force majeure, tel qu'une fermeture de frontière, une grève générale ou des intempéries rendant la circulation impossible, à condition d'en informer l'autre Partie sans délai.
13.3 Cession. La convention ne peut être cédée, en tout ou en partie, sans l'accord écrit préalable de l'autre Partie.
13.4 Droit applicable. La convention est régie par le droit belge.
13.5 Arbitrage. Sous réserve de l'article 5.4, tout différend relatif à la convention est tranché définitivement suivant le règlement d'arbitrage du CEPANI par un arbitre unique. Le siège de l'arbitrage est Bruxelles et la langue de la procédure est le français.
Fait à Grâce-Hollogne, le 12 février 2027, en deux exemplaires.
Pour Transports Delvaux SA : Philippe Delvaux, administrateur délégué
Pour Messagerie Rhodanienne SAS : Sandrine Mollard, présidente
"""

NETTOYAGE = """\
= Accord-cadre de prestations de nettoyage et de propreté
Entre les soussignées :
+ La société Résidences Hôtelières de Fontvieille, société anonyme monégasque au capital de 3 000 000 euros, immatriculée au Répertoire du Commerce et de l'Industrie de Monaco sous le numéro 98 S 03512, dont le siège social est 9, avenue Albert II, 98000 Monaco, représentée par Monsieur Alessandro Rinaldi, administrateur délégué (le « Client ») ;
+ La société Net'Azur Services, société à responsabilité limitée au capital de 150 000 euros, immatriculée au Répertoire du Commerce et de l'Industrie de Monaco sous le numéro 11 S 05687, dont le siège social est 7, rue du Gabian, 98000 Monaco, représentée par Madame Delphine Kerbrat, gérante (le « Prestataire »).
# Article 1 – Objet et périmètre
## 1.1 Objet
Le présent accord-cadre fixe les conditions dans lesquelles le Prestataire réalise, pour le Client, les prestations de nettoyage et de propreté des trois résidences hôtelières exploitées par le Client à Fontvieille et au Port Hercule (les « Sites »).
## 1.2 Prestations
Les prestations comprennent :
* les prestations récurrentes forfaitaires : nettoyage quotidien des halls, couloirs, ascenseurs, escaliers, bureaux et locaux du personnel, entretien des sanitaires communs et sortie des conteneurs ;
* les prestations périodiques forfaitaires : vitrerie intérieure et extérieure accessible, shampooing des moquettes, décapage et protection des sols durs, selon la fréquence de l'annexe 1 ;
* les prestations ponctuelles, commandées par bon de commande : remise en état après travaux, nettoyage après sinistre, interventions exceptionnelles lors d'événements.
## 1.3 Engagement minimal
Le Client garantit au Prestataire un montant minimal de prestations forfaitaires de 150 000 euros hors taxes par année contractuelle. Les prestations ponctuelles ne font l'objet d'aucun engagement de volume.
## 1.4 Absence d'exclusivité
Le présent accord-cadre n'est pas exclusif. Le Client peut confier à d'autres entreprises des prestations ponctuelles ou des prestations relatives à d'autres immeubles.
# Article 2 – Durée
L'accord-cadre est conclu pour une durée d'un an à compter du 1er janvier 2027. Il est ensuite reconduit tacitement d'année en année.
# Article 3 – Bons de commande
3.1 Chaque prestation ponctuelle fait l'objet d'un devis du Prestataire établi sur la base du bordereau de prix unitaires de l'annexe 2, puis d'un bon de commande signé par le Client.
3.2 Le Prestataire intervient dans le délai indiqué sur le bon de commande et, en cas d'urgence signalée par le Client, dans un délai de deux heures, vingt-quatre heures sur vingt-quatre.
# Article 4 – Niveaux de service
## 4.1 Indicateurs
La qualité des prestations est appréciée au moyen des indicateurs suivants :
| Indicateur | Niveau requis | Niveau d'excellence | Mesure |
| Taux de conformité des contrôles qualité | au moins 95 % | au moins 98 % | contrôle contradictoire mensuel selon la grille de 40 points de l'annexe 3 |
| Délai d'intervention en urgence | 2 heures dans 100 % des cas | sans objet | horodatage du registre d'appels |
| Réclamations de résidents fondées | au plus 4 par mois et par Site | au plus 1 par mois et par Site | registre des réclamations du Client |
| Présence du personnel planifié | au moins 97 % des heures | au moins 99 % des heures | feuilles de présence badgées |
## 4.2 Contrôle et rapport
Le contrôle qualité est réalisé chaque mois sur chaque Site, de manière contradictoire, par le gouvernant général du Client et le chef de site du Prestataire, sur des zones tirées au sort. Le Prestataire remet au Client, au plus tard le 10 de chaque mois, un rapport consolidant les résultats des indicateurs du mois précédent.
## 4.3 Pénalités
Pour chaque indicateur dont le niveau requis n'est pas atteint au cours d'un mois, le Client applique une pénalité égale à 2 % du montant forfaitaire mensuel du Site concerné. Le total des pénalités d'un mois ne peut excéder 8 % du montant forfaitaire mensuel de l'ensemble des Sites.
## 4.4 Bonus
Lorsque le taux de conformité des contrôles qualité et le taux de présence atteignent le niveau d'excellence sur l'ensemble des Sites pendant trois mois consécutifs, le Prestataire perçoit un bonus égal à 2 % du montant forfaitaire de ces trois mois. Le total des bonus versés au cours d'une année contractuelle ne peut excéder 12 000 euros hors taxes.
# Article 5 – Améliorations
Le Prestataire peut proposer au Client toute amélioration des méthodes, des produits ou de l'organisation du travail de nature à réduire les coûts ou l'impact environnemental des prestations, notamment par l'emploi de produits écolabellisés et de matériel à faible consommation d'eau.
# Article 6 – Personnel et organisation
6.1 Le Prestataire affecte aux Sites un personnel qualifié, formé aux protocoles d'hygiène hôtelière, et placé sous son autorité exclusive. Il désigne un chef de site, interlocuteur du Client, joignable pendant les heures d'ouverture.
6.2 Le Prestataire garantit qu'il respecte la législation monégasque du travail, notamment les règles relatives au permis de travail et à l'embauche, et qu'il est à jour de ses cotisations auprès des Caisses Sociales de Monaco. Le Client peut, à tout moment, sur simple demande, vérifier les attestations correspondantes, les registres du personnel affecté aux Sites et les plannings.
6.3 Un représentant du Client et le chef de site se réunissent une fois par mois pour examiner le rapport mensuel, les réclamations et le planning des prestations périodiques.
6.4 Pendant la durée de l'accord-cadre et les douze mois suivant sa fin, le Client s'interdit d'embaucher directement un salarié du Prestataire affecté aux Sites, sauf accord écrit du Prestataire.
# Article 7 – Prix et facturation
7.1 Les prestations forfaitaires sont facturées mensuellement, à terme échu, selon les montants de l'annexe 2. Les prestations ponctuelles sont facturées après leur réception par le Client.
7.2 Les prix sont révisés au 1er janvier de chaque année selon la formule de l'annexe 2, fondée sur l'évolution du salaire minimum conventionnel de la branche et de l'indice des prix des produits d'entretien.
7.3 Les factures sont payables à quarante-cinq jours fin de mois, déduction faite des pénalités de l'article 4.3 et majorées des bonus de l'article 4.4.
# Article 8 – Assurances
Le Prestataire souscrit une assurance de responsabilité civile professionnelle et d'exploitation couvrant les dommages causés aux Sites, aux résidents et aux tiers, pour un montant d'au moins 3 000 000 euros par sinistre, et en remet l'attestation au Client chaque année.
# Article 9 – Confidentialité
Le Prestataire et son personnel sont tenus au secret sur toutes les informations dont ils ont connaissance à l'occasion des prestations, notamment l'identité des résidents et le contenu des appartements et bureaux, pendant la durée de l'accord-cadre et sans limitation de durée après sa fin.
# Article 10 – Résiliation et fin des prestations
10.1 Le Client peut résilier l'accord-cadre à tout moment, sans avoir à justifier d'un motif, moyennant un préavis de trois mois notifié par lettre recommandée avec avis de réception.
10.2 En cas de manquement grave ou répété de l'une des Parties à ses obligations, notamment si le taux de conformité est inférieur à 90 % pendant deux mois consécutifs, l'autre Partie peut résilier l'accord-cadre quinze jours après une mise en demeure restée sans effet.
10.3 À la fin de l'accord-cadre, le Prestataire restitue sans délai les badges, clés et moyens d'accès qui lui ont été remis et évacue son matériel et ses produits des locaux mis à sa disposition. Les modalités de passation avec le prestataire qui lui succédera, notamment la communication des plannings et des fiches de poste, seront convenues entre les Parties au moment de la résiliation.
# Article 11 – Dispositions diverses
11.1 Force majeure. Aucune des Parties n'est responsable d'un manquement dû à un événement de force majeure. La Partie affectée en informe l'autre sans délai.
11.2 Cession et sous-traitance. Le Prestataire ne peut céder l'accord-cadre ni sous-traiter tout ou partie des prestations, à l'exception de la vitrerie en façade sur cordes, sans l'accord écrit préalable du Client.
11.3 Droit applicable. L'accord-cadre est régi par le droit monégasque.
11.4 Litiges. À défaut de règlement amiable dans un délai d'un mois, tout litige relatif à l'accord-cadre relève de la compétence exclusive des juridictions de la Principauté de Monaco.
Fait à Monaco, le 14 décembre 2026, en deux exemplaires.
Pour le Client : Alessandro Rinaldi, administrateur délégué
Pour le Prestataire : Delphine Kerbrat, gérante
"""

BOIS = """\
= Contrat d'approvisionnement à long terme en bois rond résineux
Entre
+ ForêtJura Coopérative, société coopérative inscrite au registre du commerce du canton de Vaud (IDE CHE-108.462.775), Grand-Rue 12, 1348 Le Brassus, représentée par M. Jean-Marc Rochat, président, et Mme Lucie Meylan, gérante (la « Coopérative »),
+ Panneaux Léman SA, société anonyme inscrite au registre du commerce du canton de Vaud (IDE CHE-341.905.228), route Industrielle 40, 1860 Aigle, représentée par M. Stéphane Favre, directeur général (l'« Acheteur »),
ci-après les « Parties ».
# Préambule
La Coopérative regroupe des propriétaires forestiers publics et privés du Jura vaudois et commercialise le bois qu'ils exploitent. L'Acheteur fabrique des panneaux trois plis et des éléments en bois lamellé-collé destinés à la construction. Pour sécuriser son approvisionnement en bois suisse certifié et permettre à la Coopérative de planifier ses coupes, les Parties concluent le présent contrat de longue durée.
# Article 1 – Objet
1.1 La Coopérative vend et livre à l'Acheteur, qui les achète, des grumes d'épicéa et de sapin blanc issues des forêts de ses membres, dans les assortiments et qualités décrits au tableau de l'article 3.
1.2 Le volume annuel contractuel est de 24 000 mètres cubes sous écorce (le « Volume Annuel »), réparti selon le programme de livraison établi chaque année conformément à l'article 4.
1.3 L'Acheteur s'engage à prendre livraison d'au moins 80 % du Volume Annuel. Si, à la fin d'une année contractuelle, les quantités enlevées sont inférieures à ce seuil pour une raison qui n'est pas imputable à la Coopérative ou à un cas de force majeure, l'Acheteur verse une indemnité de 9 francs par mètre cube manquant.
# Article 2 – Durée
2.1 Le contrat prend effet le 1er octobre 2027 et est conclu pour une durée de quatre ans, soit jusqu'au 30 septembre 2031.
2.2 Il est ensuite renouvelé tacitement d'année en année, sauf résiliation par l'une des Parties au moyen d'une lettre recommandée reçue par l'autre au moins neuf mois avant la fin de la période en cours.
# Article 3 – Assortiments, qualités et prix
3.1 Les assortiments, qualités et prix de base sont les suivants :
| Assortiment | Qualité | Longueurs | Prix de base franco usine (CHF/m³) |
| Épicéa, diamètre médian 30 à 49 cm | B | 4 à 5 m | 112 |
| Épicéa, diamètre médian 30 à 49 cm | C | 4 à 5 m | 88 |
| Sapin blanc, diamètre médian 25 à 39 cm | B/C | 4 à 5 m | 84 |
| Épicéa et sapin, diamètre médian 50 cm et plus | B/C | 4 à 6 m | 95 |
3.2 Le classement est effectué selon les Usages suisses du commerce du bois brut, sur la place de réception de l'Acheteur, en présence d'un représentant de la Coopérative s'il le souhaite. Le volume est déterminé par mesurage électronique à la réception et consigné dans un bulletin de cubage transmis à la Coopérative dans les trois jours ouvrables.
3.3 Les prix de base sont révisés chaque année au 1er octobre en fonction de l'évolution de l'indice des prix du bois rond publié par l'Office fédéral de la statistique, sans que la variation puisse excéder 8 % en plus ou en moins par rapport aux prix de l'année précédente.
# Article 4 – Programme de livraison
4.1 Au plus tard le 31 juillet de chaque année, l'Acheteur communique à la Coopérative ses besoins mensuels prévisionnels pour l'année contractuelle suivante. Le comité d'approvisionnement arrête le programme de livraison au plus tard le 15 septembre.
4.2 Les livraisons sont effectuées par camion à l'usine d'Aigle, du lundi au vendredi, selon des créneaux réservés sur le portail de l'Acheteur.
4.3 La Coopérative s'engage à livrer chaque trimestre au moins 95 % des volumes programmés pour ce trimestre, sous réserve de l'article 9.3. Le taux de livraison est calculé par l'Acheteur à partir des bulletins de cubage et communiqué à la Coopérative dans les quinze jours suivant la fin du trimestre.
4.4 Pour chaque point de pourcentage en dessous de 95 %, l'Acheteur peut appliquer une pénalité égale à 2 % de la valeur des livraisons du trimestre, la pénalité totale ne pouvant excéder 10 % de cette valeur.
# Article 5 – Origine, certification et garantie
5.1 La Coopérative garantit que tout le bois livré provient de forêts situées en Suisse, exploitées conformément à la loi fédérale sur les forêts, et certifiées selon les standards FSC ou PEFC. Chaque livraison est accompagnée du certificat d'origine « Bois Suisse » et de la mention de certification.
5.2 La Coopérative garantit que le bois livré correspond à l'assortiment et à la qualité commandés. Les bois non conformes sont déclassés au prix de la qualité effectivement constatée ou, s'ils ne relèvent d'aucune qualité du tableau de l'article 3, tenus à la disposition de la Coopérative, qui les reprend à ses frais.
5.3 L'Acheteur et l'organisme de certification de sa chaîne de contrôle peuvent, moyennant un préavis de dix jours, vérifier sur place et dans les registres de la Coopérative la traçabilité du bois livré jusqu'à la parcelle d'origine.
# Article 6 – Amélioration continue
6.1 Au plus tard le 31 mars de chaque année, la Coopérative remet à l'Acheteur un plan d'amélioration comprenant des propositions chiffrées portant notamment sur le tri en forêt, la purge des grumes, la réduction des délais entre abattage et livraison et l'optimisation des transports.
6.2 Les propositions visent ensemble un objectif d'amélioration d'au moins 3 % par an du rendement matière de l'Acheteur ou une réduction équivalente du coût total rendu usine.
6.3 Le plan est examiné par le comité d'approvisionnement lors de sa réunion du deuxième trimestre. L'Acheteur fait connaître par écrit, dans les trente jours suivant cette réunion, les propositions qu'il retient ; les gains obtenus sont partagés à parts égales selon les modalités arrêtées par le comité.
# Article 7 – Comité d'approvisionnement
7.1 Les Parties instituent un comité d'approvisionnement composé de deux représentants de chaque Partie, soit, pour la Coopérative, sa gérante et son responsable de la mobilisation des bois, et, pour l'Acheteur, son responsable des achats et son chef de parc à grumes.
7.2 Le comité se réunit une fois par trimestre. Il examine l'exécution du programme de livraison, le taux de livraison, les résultats du classement, les réclamations et les prévisions de coupe.
7.3 Les décisions du comité sont prises à l'unanimité. Elles portent sur le programme de livraison, la répartition des volumes entre assortiments et les modalités de partage des gains de l'article 6.3.
7.4 En cas de désaccord persistant au sein du comité pendant plus de trente jours, la question est soumise au président de la Coopérative et au directeur général de l'Acheteur, qui se rencontrent dans les quinze jours. À défaut d'accord, les Parties soumettent le différend à une médiation conduite selon les Swiss Rules of Commercial Mediation, avant toute action judiciaire.
7.5 Les interlocuteurs responsables de la relation sont Mme Lucie Meylan pour la Coopérative et M. Thierry Duc, responsable des achats, pour l'Acheteur.
7.6 Tous les deux ans, les Parties procèdent en outre à une revue stratégique de leur coopération, au vu de l'évolution du marché du bois et des projets d'investissement de l'Acheteur.
# Article 8 – Facturation et paiement
8.1 La Coopérative facture à la fin de chaque mois les volumes réceptionnés, sur la base des bulletins de cubage.
8.2 Les factures sont payables à trente jours. Tout retard de paiement porte intérêt au taux de 5 % l'an conformément à l'article 104 du Code des obligations.
# Article 9 – Force majeure et événements forestiers
9.1 Sont notamment considérés comme des cas de force majeure les tempêtes, incendies de forêt, inondations, mesures sanitaires officielles et restrictions d'exploitation ordonnées par l'autorité cantonale.
9.2 La Partie empêchée en informe l'autre sans délai et les obligations affectées sont suspendues pendant la durée de l'empêchement.
9.3 En cas de chablis ou d'attaque de bostryche obligeant les propriétaires à des coupes forcées, la Coopérative peut proposer à l'Acheteur, en priorité, des volumes supplémentaires aux conditions du contrat, et elle peut réduire les volumes de qualité B programmés pour le trimestre concerné ; cette réduction n'est pas prise en compte dans le calcul du taux de livraison de l'article 4.3.
# Article 10 – Responsabilité
Sauf faute grave ou intention, la responsabilité de chaque Partie au titre du contrat est limitée, par année contractuelle, à 15 % du prix des livraisons de l'année concernée, et aucune Partie ne répond du manque à gagner de l'autre.
# Article 11 – Résiliation
11.1 Chaque Partie peut résilier le contrat avec effet immédiat, par lettre recommandée, pour de justes motifs, notamment en cas de violation grave du contrat non réparée dans les trente jours suivant une mise en demeure, ou de faillite ou de sursis concordataire de l'autre Partie.
11.2 L'Acheteur peut résilier le contrat moyennant un préavis de trois mois si le taux de livraison est inférieur à 80 % pendant deux trimestres consécutifs.
11.3 Les livraisons programmées avant la date de fin du contrat sont exécutées et payées aux conditions du contrat.
# Article 12 – Dispositions finales
12.1 Confidentialité. Les prix, les volumes et les informations sur les coupes et sur la production de l'Acheteur échangés en vertu du contrat sont confidentiels pendant la durée du contrat et trois ans après sa fin.
12.2 Cession. Aucune Partie ne peut céder le contrat ou les droits qui en découlent sans l'accord écrit de l'autre.
12.3 Forme. Toute modification du contrat requiert la forme écrite.
12.4 Droit applicable et for. Le contrat est régi par le droit suisse, à l'exclusion de la Convention de Vienne sur la vente internationale de marchandises. Sous réserve de l'article 7.4, le for exclusif est à Lausanne.
Le Brassus et Aigle, le 6 septembre 2027.
Pour ForêtJura Coopérative : Jean-Marc Rochat, président ; Lucie Meylan, gérante
Pour Panneaux Léman SA : Stéphane Favre, directeur général
"""

DOCS = {
    "partnership-alliance-transporteurs.fr.docx": TRANSPORT,
    "supplier-accord-cadre-nettoyage.fr.docx": NETTOYAGE,
}

PDF_DOCS = {
    "supplier-approvisionnement-bois.fr.docx": BOIS,
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
