"""Build the Word contracts of the blind7 French set from the texts embedded below.

Line markup: "= " Title, "# " Heading 1, "## " Heading 2, "* " List Bullet,
"+ " List Number, "| a | b |" table rows (first row = header), other lines = Normal.
supplier-granules-bois.fr.docx is built as an intermediate .docx, converted to PDF with LibreOffice
(soffice --headless --convert-to pdf) and the intermediate .docx is then deleted.
Run: .venv/bin/python tests/data/blind7/fr/make_docx.py
"""
import subprocess
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent

CONCESSION = """\
= Contrat de concession de vente exclusive de véhicules automobiles
Entre :
+ Meridia Automobiles Belgique SA, société anonyme de droit belge, dont le siège est établi avenue du Bourget 44, 1130 Bruxelles, inscrite à la Banque-Carrefour des Entreprises sous le numéro 0462.117.935, importateur exclusif pour la Belgique et le Grand-Duché de Luxembourg des véhicules de la marque Meridia, représentée par Monsieur Filip Claessens, administrateur délégué (ci-après « le Concédant ») ;
+ Garage Delvaux & Fils SRL, société à responsabilité limitée de droit belge, dont le siège est établi chaussée de Marche 612, 5101 Namur (Erpent), inscrite sous le numéro 0431.806.274, représentée par Madame Sophie Delvaux, gérante (ci-après « le Concessionnaire »),
ci-après ensemble « les Parties ».
# Préambule
Le Concédant distribue les voitures particulières et véhicules utilitaires légers de la marque Meridia par l'intermédiaire d'un réseau de concessionnaires indépendants. Le Concessionnaire exploite depuis 1978 un garage de réparation et de vente dans la région namuroise et souhaite rejoindre ce réseau. Les Parties entendent s'associer durablement pour développer la marque dans le Territoire, dans le respect du livre X, titre 3, du Code de droit économique et du règlement (UE) 2022/720 relatif aux accords verticaux.
# Titre I – Concession
## Article 1 – Objet et territoire
1.1 Le Concédant concède au Concessionnaire, qui l'accepte, le droit exclusif de vendre les véhicules neufs de la marque Meridia dans le territoire constitué des arrondissements de Namur et de Dinant (ci-après « le Territoire »). Le Concédant s'interdit de désigner un autre concessionnaire ou d'ouvrir un point de vente propre dans le Territoire pendant la durée du contrat.
1.2 Le Concessionnaire est en outre réparateur agréé Meridia pour l'entretien et la réparation des véhicules de la marque et la vente des pièces de rechange d'origine.
1.3 Pendant la durée du contrat, le Concessionnaire s'interdit de vendre dans ses locaux des véhicules neufs de marques concurrentes de Meridia, sans préjudice de son activité de vente de véhicules d'occasion toutes marques.
## Article 2 – Marque et signalétique
Le Concédant accorde au Concessionnaire, pour la durée du contrat, une licence non exclusive d'utilisation de la marque Meridia et des logos associés, pour la seule signalétique de ses locaux et la promotion des véhicules et services de la marque, conformément à la charte d'identité visuelle remise par le Concédant.
# Titre II – Période probatoire et objectifs
## Article 3 – Période probatoire
3.1 Les douze (12) premiers mois d'exécution du contrat constituent une période probatoire au cours de laquelle le Concessionnaire doit atteindre les objectifs suivants :
* vente de 220 véhicules neufs immatriculés dans le Territoire ;
* indice de satisfaction client des ventes d'au moins 85 sur 100 selon l'enquête du Concédant ;
* formation et certification de deux conseillers commerciaux et de trois techniciens aux véhicules électriques Meridia.
3.2 À l'issue de la période probatoire, les Parties se rencontrent dans un délai d'un mois pour examiner les résultats. Si les objectifs ne sont pas atteints, chacune des Parties peut mettre fin au contrat moyennant un préavis de trois (3) mois, sans indemnité de part ni d'autre.
## Article 4 – Engagement d'achat
À compter du deuxième exercice, le Concessionnaire s'engage à commander au Concédant au moins 280 véhicules neufs par année civile. Ce volume est revu chaque année par avenant en fonction de l'évolution du marché.
# Titre III – Exécution
## Article 5 – Standards de service et prime qualitative
5.1 Le Concessionnaire respecte les standards suivants, mesurés chaque trimestre par l'enquête de satisfaction du Concédant et par les données de son logiciel de gestion :
| Standard | Objectif | Prime qualitative |
| Satisfaction client ventes | au moins 85 / 100 | 1 % du chiffre d'affaires véhicules neufs du trimestre |
| Satisfaction client après-vente | au moins 82 / 100 | 0,5 % du chiffre d'affaires atelier du trimestre |
| Délai de rendez-vous atelier | 5 jours ouvrables au plus | 0,5 % du chiffre d'affaires atelier du trimestre |
| Essais routiers proposés à chaque prospect | 90 % | – |
5.2 Les primes qualitatives sont versées dans les 45 jours suivant la fin du trimestre. Aucune retenue n'est opérée lorsque les standards ne sont pas atteints, le Concédant se réservant d'en discuter avec le Concessionnaire.
## Article 6 – Contrôle
Le Concédant peut, moyennant un préavis de huit (8) jours, contrôler les locaux, les stocks, les comptes de garantie et la comptabilité relative aux ventes Meridia du Concessionnaire, directement ou par un réviseur d'entreprises.
## Article 7 – Données des clients
7.1 Le Concessionnaire enregistre les données de ses clients et des véhicules dans le système de gestion de concession fourni par le Concédant. Le Concédant peut utiliser ces données pour ses besoins propres, notamment pour les campagnes de rappel, les enquêtes de satisfaction et l'analyse du marché.
7.2 Chaque Partie respecte, pour ce qui la concerne, le règlement (UE) 2016/679.
## Article 8 – Protection de la clientèle
8.1 Sont des « Clients Protégés » les personnes qui ont acheté un véhicule au Concessionnaire ou fait entretenir un véhicule dans ses ateliers, qu'elles soient clientes à la date de signature ou le deviennent pendant la durée du contrat.
8.2 Pendant la durée du contrat et pendant deux (2) ans après sa cessation, le Concédant s'interdit d'utiliser les données visées à l'article 7, ou toute autre information obtenue dans le cadre du contrat, pour démarcher les Clients Protégés au profit de ses succursales, d'un autre concessionnaire ou d'une plateforme de vente en ligne, ou pour détourner ces clients vers ceux-ci. Les campagnes de rappel de sécurité ne constituent pas un démarchage.
8.3 Toute violation de l'article 8.2 donne lieu au paiement par le Concédant d'une indemnité forfaitaire de 750 euros par Client Protégé démarché, sans préjudice du droit du Concessionnaire de résoudre le contrat aux torts du Concédant.
## Article 9 – Suivi de la relation
9.1 Le Concédant désigne un responsable régional, Monsieur Koen Willems, interlocuteur du Concessionnaire. Le Concessionnaire désigne Madame Sophie Delvaux.
9.2 Les Parties se rencontrent à la demande de l'une d'elles pour examiner les résultats commerciaux, le plan de marketing local et les investissements. Les litiges sont portés devant le tribunal désigné à l'article 15.
# Titre IV – Durée et fin du contrat
## Article 10 – Durée
Le contrat est conclu pour une durée de cinq (5) ans à compter du 1er juillet 2027. À son échéance, il se poursuit pour une durée indéterminée, chaque Partie pouvant alors y mettre fin moyennant un préavis de vingt-quatre (24) mois notifié par lettre recommandée.
## Article 11 – Résiliation
11.1 Chaque Partie peut résilier le contrat sans préavis ni indemnité en cas de manquement grave de l'autre Partie, notamment la violation de l'exclusivité, le non-paiement des véhicules livrés ou la perte de l'agrément de réparateur.
11.2 Le Concédant peut résilier le contrat moyennant un préavis de six (6) mois si le contrôle du Concessionnaire est cédé à un tiers sans son accord préalable.
## Article 12 – Effets de la fin du contrat
12.1 À la fin du contrat, le Concédant rachète les véhicules neufs non immatriculés de moins de douze mois au prix facturé, et les pièces d'origine en stock figurant au catalogue en vigueur à 85 % de leur prix d'achat.
12.2 Le Concessionnaire retire la signalétique Meridia dans un délai de trois (3) mois et cesse tout usage de la marque, sous réserve des travaux de garantie en cours, qu'il achève.
12.3 L'éventuelle indemnité complémentaire due en application de l'article X.37 du Code de droit économique est réglée conformément à la loi.
# Titre V – Dispositions générales
## Article 13 – Garanties, assurance, confidentialité
13.1 Le Concédant garantit que les véhicules livrés sont conformes à leur réception par type européenne et libres de tout vice ; la garantie constructeur de deux ans est gérée par le Concessionnaire pour le compte du Concédant.
13.2 Le Concessionnaire souscrit une assurance de responsabilité civile professionnelle « garagiste » et une assurance couvrant les véhicules en stock.
13.3 Les Parties gardent confidentielles les conditions commerciales du contrat et les informations échangées pendant son exécution, pendant toute la durée du contrat et trois (3) ans après sa fin.
## Article 14 – Cession
Le contrat est conclu intuitu personae. Le Concessionnaire ne peut le céder, ni en confier l'exécution à un tiers, sans l'accord écrit préalable du Concédant.
## Article 15 – Droit applicable et juridiction
Le contrat est régi par le droit belge. Tout litige relève de la compétence exclusive du tribunal de l'entreprise de Liège, division Namur.
Fait à Bruxelles, le 14 juin 2027, en deux exemplaires.
| Pour Meridia Automobiles Belgique SA | Pour Garage Delvaux & Fils SRL |
| Filip Claessens, administrateur délégué | Sophie Delvaux, gérante |
"""

GARDIENNAGE = """\
= Accord-cadre de prestations de sécurité et de gardiennage
N° AC/SEC/2027/014
Entre les soussignés :
+ Brasseries du Littoral SA, société anonyme avec conseil d'administration de droit camerounais au capital de 8 500 000 000 FCFA, immatriculée au registre du commerce et du crédit mobilier de Douala sous le numéro RC/DLA/1994/B/0217, dont le siège est situé boulevard de la Réunification, Bassa, BP 4012 Douala, représentée par Monsieur Emmanuel Ngando, directeur général (ci-après « le Client ») ;
+ Vigilance Sahel Sécurité SARL, société à responsabilité limitée de droit camerounais au capital de 150 000 000 FCFA, immatriculée au RCCM de Douala sous le numéro RC/DLA/2009/B/3381, titulaire de l'agrément n° 0127/A/MINAT/DAP du ministre de l'Administration territoriale pour l'exercice des activités de surveillance, de gardiennage et de transport de fonds, dont le siège est situé rue Joss, Bonanjo, BP 1520 Douala, représentée par Madame Aïssatou Bello, gérante (ci-après « le Prestataire »).
# Article 1 – Objet
1.1 Le présent accord-cadre fixe les conditions dans lesquelles le Prestataire assure, sur commande du Client, la surveillance et le gardiennage de l'usine de Bassa, des dépôts de Bonabéri, Yaoundé et Bafoussam et du siège social (ci-après « les Sites »).
1.2 Les prestations comprennent :
* la garde statique des accès ;
* les rondes de surveillance ;
* le contrôle des véhicules et des marchandises à l'entrée et à la sortie des Sites ;
* la télésurveillance des Sites par le centre opérationnel du Prestataire et l'intervention sur alarme.
1.3 Chaque Site fait l'objet d'un bon de commande précisant le nombre de postes, les horaires, les consignes particulières et le prix mensuel.
# Article 2 – Durée
2.1 L'accord-cadre est conclu pour une durée de deux (2) ans à compter du 1er avril 2027.
2.2 Le Client peut le prolonger une fois pour une durée d'un (1) an, par lettre adressée au Prestataire au moins trois (3) mois avant l'échéance. Aucune reconduction tacite n'est possible.
# Article 3 – Volume
Le Client s'engage à maintenir, pendant toute la durée de l'accord-cadre, un minimum de vingt-quatre (24) postes de garde permanents tous Sites confondus. Au-delà, les postes sont commandés selon ses besoins.
# Article 4 – Personnel
4.1 Le Prestataire affecte aux Sites des agents titulaires de la carte professionnelle, âgés de dix-huit ans au moins, ayant reçu la formation initiale de quatre-vingts heures et ne présentant aucune condamnation inscrite au casier judiciaire. Il en fournit la liste nominative au Client avant toute affectation.
4.2 Le Prestataire est seul employeur de ses agents. Il s'engage à respecter le Code du travail camerounais et la convention collective applicable, à déclarer ses agents à la Caisse nationale de prévoyance sociale et à leur verser un salaire au moins égal au minimum conventionnel.
4.3 Le Client peut, sur préavis de cinq (5) jours, contrôler les bulletins de paie, les déclarations à la Caisse nationale de prévoyance sociale, les registres de présence et les attestations de formation des agents affectés aux Sites.
4.4 Pendant la durée de l'accord-cadre et un (1) an après sa fin, le Client s'interdit d'embaucher, directement ou par personne interposée, un agent du Prestataire affecté aux Sites au cours des douze derniers mois.
# Article 5 – Prix
Les prix mensuels par poste figurent aux bons de commande. Ils sont fermes pendant la première année et révisables ensuite en fonction de l'évolution du salaire minimum conventionnel. Les factures sont payables à quarante-cinq (45) jours.
# Article 6 – Niveaux de service
## Mesure et indicateurs
6.1 Les prestations sont mesurées chaque mois à partir du système de pointage électronique des rondes, du registre de main courante et des journaux du centre de télésurveillance, et font l'objet d'un rapport remis au Client au plus tard le cinquième jour du mois suivant.
| Indicateur | Objectif | Pénalité si l'objectif n'est pas atteint | Bonus si l'objectif est dépassé |
| Taux de tenue des postes (heures assurées / heures commandées) | 99,5 % | 2 % du prix mensuel du Site par point manquant | 1 % du prix mensuel du Site si 100 % sur le trimestre |
| Rondes réalisées conformément au plan | 98 % | 1 % du prix mensuel du Site | – |
| Délai d'intervention sur alarme, zone urbaine | 15 minutes | 150 000 FCFA par intervention tardive | 1 % du prix mensuel si toutes les interventions du trimestre sont dans les délais |
| Remise du rapport d'incident | 2 heures | 50 000 FCFA par rapport tardif | – |
## Plafonds et imputation
6.2 Le montant total des pénalités d'un mois ne peut excéder 10 % du prix mensuel total facturé pour ce mois. Le montant total des bonus d'un trimestre ne peut excéder 3 % du prix facturé pour ce trimestre.
6.3 Les pénalités sont déduites de la facture suivante. Elles ne libèrent pas le Prestataire de sa responsabilité en cas de vol ou de dommage.
# Article 7 – Amélioration
Le Prestataire remet au Client, chaque année avant le 31 janvier, un rapport présentant ses propositions d'amélioration des dispositifs de sécurité des Sites, notamment en matière de vidéoprotection, de contrôle d'accès et d'organisation des rondes.
# Article 8 – Suivi
8.1 Un comité de suivi réunit chaque mois le responsable sûreté du Client et le chef de secteur du Prestataire pour examiner le rapport mensuel, les incidents et les consignes.
8.2 Les comptes rendus du comité sont établis par le Prestataire et transmis au Client dans les cinq (5) jours.
# Article 9 – Obligations de sécurité et confidentialité
9.1 Le Prestataire applique les consignes générales et particulières du Client. Ses agents ne sont pas armés.
9.2 Le Prestataire et ses agents sont tenus au secret sur toutes les informations relatives aux Sites, aux dispositifs de sécurité, aux horaires de production et aux mouvements de marchandises et de fonds dont ils ont connaissance. Cette obligation survit cinq (5) ans à la fin de l'accord-cadre.
# Article 10 – Garanties et assurance
10.1 Le Prestataire garantit qu'il détient l'agrément visé en tête des présentes et qu'il le maintiendra pendant toute la durée de l'accord-cadre ; toute suspension ou tout retrait doit être notifié au Client sans délai.
10.2 Le Prestataire souscrit auprès d'une compagnie agréée par la CIMA une assurance de responsabilité civile professionnelle d'un montant minimum de 500 000 000 FCFA par sinistre et en justifie à chaque date anniversaire.
# Article 11 – Responsabilité
La responsabilité du Prestataire au titre d'un même sinistre est limitée à 250 000 000 FCFA, sauf faute lourde ou dolosive de ses agents.
# Article 12 – Résiliation
12.1 Le Client peut résilier l'accord-cadre ou un bon de commande à tout moment, sans motif, moyennant un préavis de soixante (60) jours.
12.2 Chaque Partie peut résilier l'accord-cadre de plein droit en cas de manquement grave de l'autre Partie non réparé dans les quinze (15) jours d'une mise en demeure, et le Client peut le résilier sans délai en cas de retrait de l'agrément du Prestataire.
12.3 En cas de cessation de l'accord-cadre pour quelque cause que ce soit, le Prestataire continue d'assurer les prestations, aux conditions en vigueur, pendant une durée maximale de trente (30) jours, à la demande du Client, afin de permettre la mise en place d'un nouveau prestataire, et lui remet les consignes et plans de rondes.
# Article 13 – Sous-traitance et cession
Le Prestataire ne peut ni sous-traiter tout ou partie des prestations ni céder l'accord-cadre sans l'accord écrit préalable du Client.
# Article 14 – Force majeure
Aucune Partie n'est responsable de l'inexécution résultant d'un événement de force majeure, entendu comme un événement imprévisible, irrésistible et extérieur, tel qu'une émeute, une catastrophe naturelle ou une décision des autorités. L'obligation de protection des Sites pendant une émeute ne constitue toutefois pas, pour le Prestataire, un cas de force majeure.
# Article 15 – Droit applicable et litiges
15.1 L'accord-cadre est régi par le droit camerounais, y compris les Actes uniformes de l'OHADA.
15.2 Tout différend relatif à l'accord-cadre est tranché définitivement par arbitrage selon le Règlement d'arbitrage de la Cour commune de justice et d'arbitrage (CCJA), par un arbitre unique siégeant à Douala, en langue française.
Fait à Douala, le 10 mars 2027, en deux exemplaires originaux.
| Pour Brasseries du Littoral SA | Pour Vigilance Sahel Sécurité SARL |
| Emmanuel Ngando, directeur général | Aïssatou Bello, gérante |
"""

GRANULES = """\
= Contrat d'approvisionnement à long terme en granulés de bois
ENTRE : Énergie Thermique Mauricie, société en commandite constituée en vertu du Code civil du Québec, agissant par son commandité Gestion ETM inc., ayant son principal établissement au 3950, boulevard des Forges, Trois-Rivières (Québec) G8Y 1V7, représentée par Madame Julie Bergeron, présidente, dûment autorisée (ci-après l'« Acheteur ») ;
ET : Granules Boréal inc., personne morale constituée en vertu de la Loi sur les sociétés par actions (Québec), ayant son siège au 1200, rang Saint-Joseph, La Tuque (Québec) G9X 3N8, représentée par Monsieur Martin Lapointe, vice-président, ventes, dûment autorisé (ci-après le « Fournisseur »).
# Préambule
L'Acheteur conçoit, finance et exploite des chaufferies à la biomasse qui alimentent en chaleur des écoles, des centres hospitaliers et des bâtiments municipaux de la Mauricie. Le Fournisseur exploite à La Tuque une usine de granulation d'une capacité de 90 000 tonnes par an, alimentée par les sciures et copeaux de scieries de la région. Les parties souhaitent sécuriser, sur plusieurs années, l'approvisionnement des chaufferies de l'Acheteur et la visibilité de la production du Fournisseur. Les termes comportant une majuscule sont définis à l'annexe C.
# Article 1 – Objet et exclusivité
1.1 Le Fournisseur vend et livre à l'Acheteur, qui les achète, les Granulés nécessaires au fonctionnement des Chaufferies énumérées à l'annexe A.
1.2 Pendant la Durée, l'Acheteur s'approvisionne exclusivement auprès du Fournisseur pour les Chaufferies, sauf en cas de défaut de livraison du Fournisseur prévu à l'article 6.4.
# Article 2 – Durée
2.1 Le contrat entre en vigueur le 1er juillet 2027 et se termine le 30 juin 2032, soit cinq (5) Années Contractuelles.
2.2 Il peut être renouvelé une fois pour une Année Contractuelle supplémentaire si l'une des parties en fait la demande par écrit au moins neuf (9) mois avant son terme et que l'autre l'accepte dans les trente (30) jours ; à défaut d'acceptation, le contrat prend fin à son terme.
# Article 3 – Quantités
3.1 L'Acheteur s'engage à acheter au moins 18 000 tonnes de Granulés par Année Contractuelle (la « Quantité Minimale »).
3.2 Si les quantités achetées au cours d'une Année Contractuelle sont inférieures à la Quantité Minimale pour une raison autre qu'un défaut du Fournisseur ou une force majeure, l'Acheteur paie au Fournisseur 20 % du Prix des tonnes manquantes.
3.3 L'Acheteur transmet au Fournisseur, au plus tard le 1er juin de chaque année, un plan prévisionnel de consommation mensuelle par Chaufferie.
# Article 4 – Qualité
4.1 Le Fournisseur garantit que les Granulés sont conformes à la classe A1 de la norme ISO 17225-2 et à la certification ENplus A1, et notamment :
| Caractéristique | Exigence |
| Diamètre | 6 mm ± 1 mm |
| Humidité | au plus 10 % |
| Taux de cendres | au plus 0,7 % |
| Pouvoir calorifique inférieur | au moins 4,6 kWh/kg |
| Taux de fines à la livraison | au plus 1 % |
| Durabilité mécanique | au moins 98 % |
4.2 Chaque livraison est accompagnée d'un bulletin d'analyse. L'Acheteur peut faire prélever des échantillons par un laboratoire accrédité ; en cas de non-conformité, le Fournisseur reprend les Granulés à ses frais et rembourse le coût de l'analyse.
4.3 L'Acheteur peut visiter l'usine du Fournisseur et examiner ses registres de production, de contrôle qualité et de traçabilité de la matière première, moyennant un préavis de dix (10) Jours Ouvrables.
# Article 5 – Prix
5.1 Le Prix de la première Année Contractuelle est de 298 $ CA la tonne, livrée en vrac par camion souffleur dans les silos des Chaufferies.
5.2 Le Prix est révisé le 1er juillet de chaque année selon la formule de l'annexe B, qui tient compte pour 40 % de l'indice des prix du carburant diesel publié par la Régie de l'énergie et pour 60 % de l'indice des prix à la consommation du Québec.
5.3 Les factures sont payables dans les trente (30) jours de leur réception.
# Article 6 – Livraisons et pénalités
6.1 Le Fournisseur livre chaque Chaufferie dans un délai de quarante-huit (48) heures suivant l'alerte de bas niveau transmise automatiquement par la Télémétrie, et dans un délai de vingt-quatre (24) heures pour les Chaufferies desservant un centre hospitalier entre le 1er novembre et le 31 mars.
6.2 Le taux de livraison dans les délais est calculé chaque mois à partir des horodatages de la Télémétrie et des bons de livraison ; le Fournisseur remet à l'Acheteur un relevé mensuel.
6.3 Si le taux de livraison dans les délais d'un mois est inférieur à 97 %, le Fournisseur accorde à l'Acheteur un crédit égal à 2 % du Prix facturé pour ce mois par point de pourcentage manquant. Les crédits d'un mois ne peuvent dépasser 10 % du Prix facturé pour ce mois.
6.4 Si une Chaufferie doit recourir à son brûleur d'appoint au mazout en raison d'un retard de livraison, le Fournisseur rembourse en outre le surcoût de combustible, et l'Acheteur peut s'approvisionner auprès d'un tiers pour cette Chaufferie jusqu'au rétablissement du service.
# Article 7 – Amélioration continue
7.1 Au plus tard le 30 novembre de chaque Année Contractuelle, le Fournisseur présente à l'Acheteur un plan d'amélioration comportant au moins deux propositions chiffrées portant sur le coût rendu, la qualité des Granulés ou la logistique, par exemple l'optimisation des tournées ou la réduction du taux de fines.
7.2 Le plan vise une réduction du coût rendu par mégawattheure livré d'au moins 1,5 % par Année Contractuelle, à qualité égale.
7.3 Le comité de suivi examine le plan lors de sa réunion de décembre, retient les propositions à mettre en œuvre et fixe la répartition des économies obtenues, à raison de moitié pour chaque partie à défaut d'entente contraire.
# Article 8 – Télémétrie et données
8.1 Le Fournisseur installe et entretient à ses frais des sondes de niveau dans les silos des Chaufferies. Les données de niveau, de consommation et de fonctionnement ainsi recueillies (la « Télémétrie ») sont transmises à la plateforme du Fournisseur, à laquelle l'Acheteur a accès.
8.2 Le Fournisseur peut utiliser la Télémétrie à toutes fins commerciales, y compris pour la planification de sa production et pour des études de marché.
# Article 9 – Comité de suivi
9.1 Un comité de suivi composé, pour l'Acheteur, de son directeur des opérations et de son responsable de l'approvisionnement et, pour le Fournisseur, de son vice-président, ventes et de son directeur logistique, se réunit chaque trimestre et au plus tard dans les dix (10) Jours Ouvrables suivant la demande motivée de l'une des parties.
9.2 Le comité examine les relevés mensuels, la qualité, les crédits, les prévisions et le plan d'amélioration. Ses décisions sont prises d'un commun accord. En cas de désaccord persistant au terme de deux réunions, la question est soumise aux présidents des parties, qui disposent de vingt (20) Jours Ouvrables pour s'entendre.
9.3 À défaut d'entente, les parties soumettent le différend à la médiation d'un médiateur accrédité par l'Institut de médiation et d'arbitrage du Québec avant tout recours aux tribunaux, sauf urgence.
9.4 Chaque partie désigne un gestionnaire de contrat, responsable de la relation : pour l'Acheteur, Madame Isabelle Gélinas ; pour le Fournisseur, Monsieur Rémi Caron.
# Article 10 – Revue stratégique
Tous les deux (2) ans, les présidents des parties se rencontrent pour faire le point sur l'évolution du parc de Chaufferies, les projets de conversion de l'Acheteur et la capacité de l'usine du Fournisseur ; ils peuvent convenir par écrit de modifier la Quantité Minimale.
# Article 11 – Protocole de mesure
Le protocole d'échantillonnage et de mesure du taux de fines à la livraison élaboré par les parties pour les besoins du contrat appartient à l'Acheteur, qui en concède au Fournisseur une licence gratuite et non exclusive pour la durée du contrat.
# Article 12 – Confidentialité
Chaque partie tient confidentiels les prix, les formules de révision, les plans de consommation et les informations techniques de l'autre partie, pendant la Durée et trois (3) ans après.
# Article 13 – Responsabilité et assurances
13.1 Sauf faute intentionnelle ou lourde, la responsabilité de chaque partie est limitée, par Année Contractuelle, à 25 % du Prix payé au cours de l'Année Contractuelle précédente, et aucune partie n'est responsable des pertes de profits.
13.2 Le Fournisseur maintient une assurance responsabilité civile générale d'au moins 5 000 000 $ CA par sinistre, et une assurance couvrant ses véhicules de livraison.
# Article 14 – Résiliation et fin du contrat
14.1 Chaque partie peut résilier le contrat, par avis écrit de soixante (60) jours, en cas de manquement grave de l'autre partie auquel il n'est pas remédié pendant ce délai, ou immédiatement en cas de faillite ou d'insolvabilité de l'autre partie.
14.2 L'Acheteur peut résilier le contrat par avis de quatre-vingt-dix (90) jours si le contrôle du Fournisseur est acquis par un exploitant de chaufferies concurrent de l'Acheteur.
14.3 À la fin du contrat, quelle qu'en soit la cause : a) le Fournisseur continue, si l'Acheteur le demande, de livrer les Chaufferies aux conditions du contrat pendant une période de transition d'au plus six (6) mois, afin de permettre la mise en place d'un nouveau fournisseur, et lui communique les caractéristiques des silos ; b) le Fournisseur retire ses sondes ou les cède à l'Acheteur à leur valeur comptable, au choix de l'Acheteur ; c) le Fournisseur remet à l'Acheteur l'historique de la Télémétrie sous forme de fichier CSV, puis cesse de l'utiliser et la détruit dans les soixante (60) jours ; d) le protocole de mesure visé à l'article 11 reste la propriété de l'Acheteur et la licence consentie au Fournisseur prend fin.
# Article 15 – Force majeure
Aucune partie n'est responsable d'un retard ou d'une inexécution causé par une force majeure au sens de l'article 1470 du Code civil du Québec, notamment un feu de forêt, une interdiction de circuler sur les chemins forestiers ou la fermeture des routes par le ministère des Transports. La partie touchée en avise l'autre sans délai.
# Article 16 – Cession
Aucune partie ne peut céder le contrat sans le consentement écrit de l'autre partie, qui ne peut être refusé sans motif raisonnable en cas de cession à une société affiliée.
# Article 17 – Droit applicable et juridiction
Le contrat est régi par les lois de la province de Québec et les lois du Canada qui s'y appliquent. Sous réserve de l'article 9.3, les tribunaux du district judiciaire de Trois-Rivières ont compétence exclusive.
# Annexe C – Définitions
* « Année Contractuelle » : chaque période de douze mois commençant le 1er juillet.
* « Chaufferies » : les chaufferies à la biomasse exploitées par l'Acheteur et énumérées à l'annexe A, ainsi que celles qui y sont ajoutées d'un commun accord.
* « Durée » : la durée du contrat prévue à l'article 2.
* « Granulés » : les granulés de bois résineux conformes à l'article 4.
* « Jour Ouvrable » : tout jour autre qu'un samedi, un dimanche ou un jour férié au Québec.
* « Prix » : le prix par tonne déterminé conformément à l'article 5.
* « Quantité Minimale » : la quantité définie à l'article 3.1.
* « Télémétrie » : les données définies à l'article 8.1.
Signé à Trois-Rivières, le 22 mai 2027.
| Pour Énergie Thermique Mauricie, par son commandité Gestion ETM inc. | Pour Granules Boréal inc. |
| Julie Bergeron, présidente | Martin Lapointe, vice-président, ventes |
"""

DOCS = {
    "partnership-concession-automobile.fr.docx": CONCESSION,
    "supplier-gardiennage.fr.docx": GARDIENNAGE,
}

PDF_DOCS = {
    "supplier-granules-bois.fr.docx": GRANULES,
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
