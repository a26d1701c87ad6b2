"""Build the Word contracts of the blind6 French set from the texts embedded below.

Line markup: "= " Title, "# " Heading 1, "## " Heading 2, "* " List Bullet,
"+ " List Number, "| a | b |" table rows (first row = header), other lines = Normal.
supplier-emballages-compostables.fr.docx is built as an intermediate .docx, converted to PDF with LibreOffice
(soffice --headless --convert-to pdf) and the intermediate .docx is then deleted.
Run: .venv/bin/python tests/data/blind6/fr/make_docx.py
"""
import subprocess
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent

GIE = """\
= Contrat constitutif du groupement d'intérêt économique « AgroSol Hesbaye »
Entre :
+ Semences Hesbignonnes SA, société anonyme de droit belge, dont le siège est établi chaussée de Namur 210, 4280 Hannut, inscrite à la Banque-Carrefour des Entreprises sous le numéro 0447.318.206, représentée par Monsieur Bernard Lemaire, administrateur délégué (« Semences Hesbignonnes ») ;
+ Coopérative Agricole Condruses SC, société coopérative de droit belge, dont le siège est établi rue du Marché 14, 4557 Tinlot, inscrite sous le numéro 0401.552.873, représentée par Madame Anne-Sophie Dethier, directrice générale (« la Coopérative ») ;
+ TerraSense SRL, société à responsabilité limitée de droit belge, dont le siège est établi boulevard du Rectorat 27b, 4000 Liège, inscrite sous le numéro 0739.904.115, représentée par Monsieur Karim Benali, gérant (« TerraSense »),
ci-après ensemble les « Membres » et individuellement un « Membre ».
# Préambule
Semences Hesbignonnes sélectionne et multiplie des variétés de froment et d'escourgeon. La Coopérative regroupe 1 150 exploitants agricoles de Hesbaye et du Condroz, auxquels elle fournit semences, engrais et conseil technique. TerraSense, issue d'un laboratoire universitaire, développe des capteurs de sol et des modèles de prévision des besoins en azote. Les Membres souhaitent mettre en commun leurs moyens afin de mener, sur des exploitations de la Coopérative, un programme pluriannuel d'essais visant à réduire de 30 % les apports d'azote minéral sans perte de rendement. Ils constituent à cette fin un groupement d'intérêt économique, forme qui prolonge leur activité sans s'y substituer.
# Titre I – Constitution
## Article 1 – Forme et dénomination
Il est constitué entre les Membres un groupement d'intérêt économique régi par le Code des sociétés et des associations et par le présent contrat, dénommé « AgroSol Hesbaye GIE » (le « Groupement »).
## Article 2 – Objet
Le Groupement a pour objet, à l'exclusion de toute activité de vente de semences, d'intrants ou de capteurs :
* la conception et la conduite d'essais au champ sur des parcelles pilotes mises à disposition par des exploitants membres de la Coopérative ;
* la collecte, la validation et l'analyse des mesures de sol, de culture et de rendement ;
* le développement de protocoles de fertilisation et d'outils d'aide à la décision ;
* la réponse commune à des appels à projets régionaux et européens.
## Article 3 – Siège et durée
3.1 Le siège du Groupement est établi boulevard du Rectorat 27b, 4000 Liège.
3.2 Le Groupement est constitué pour une durée de huit ans à compter du 1er avril 2027. Il est ensuite prorogé de plein droit par périodes de trois ans, sauf si un Membre notifie aux autres, par lettre recommandée adressée au moins six mois avant l'échéance, son opposition à la prorogation ; le Membre opposant est alors réputé se retirer à l'échéance.
# Titre II – Contributions et moyens
## Article 4 – Apports et contributions
Le Groupement est constitué sans capital. Les Membres contribuent à ses besoins selon le tableau suivant, révisable par l'assemblée des Membres :
| Membre | Contribution en nature | Contribution financière annuelle | Quote-part des charges |
| Semences Hesbignonnes | lignées et semences d'essai, technicien d'expérimentation | 90 000 euros | 40 % |
| Coopérative | accès à 60 parcelles pilotes, conseillers de terrain | 45 000 euros | 25 % |
| TerraSense | capteurs, plateforme de données, data scientist à mi-temps | 80 000 euros | 35 % |
## Article 5 – Responsabilité des Membres
Conformément à la loi, les Membres sont tenus indéfiniment et solidairement des dettes du Groupement envers les tiers. Dans leurs rapports entre eux, chaque Membre contribue aux dettes à proportion de sa quote-part des charges. Chaque Membre maintient une assurance de responsabilité civile couvrant ses interventions sur les parcelles, et le Groupement souscrit une assurance couvrant les dommages causés aux cultures des exploitants.
# Titre III – Gouvernance
## Article 6 – Assemblée des Membres
6.1 L'assemblée des Membres réunit un représentant de chaque Membre. Elle se réunit chaque trimestre et, en outre, à la demande de tout Membre. Chaque Membre dispose d'une voix.
6.2 L'assemblée décide à la majorité de deux voix du programme annuel d'essais, du budget et de l'admission de prestataires. Sont prises à l'unanimité la modification du présent contrat, l'admission d'un nouveau Membre, l'exclusion d'un Membre (le Membre concerné ne votant pas) et la dissolution anticipée.
6.3 Lors de chaque réunion trimestrielle, l'assemblée examine l'avancement des essais, les indicateurs agronomiques, l'exécution du budget et les difficultés rencontrées, et arrête les actions prioritaires du trimestre suivant avec un responsable et une échéance pour chacune.
## Article 7 – Gérant et correspondants
7.1 Le Groupement est administré par un gérant nommé par l'assemblée. Le premier gérant est Monsieur Karim Benali, nommé pour trois ans. Il exécute les décisions de l'assemblée et représente le Groupement à l'égard des tiers, dans la limite d'un engagement de 25 000 euros par opération.
7.2 Chaque Membre désigne un correspondant responsable de ses relations avec le Groupement : Madame Claire Jadoul pour Semences Hesbignonnes, Monsieur Thomas Piron pour la Coopérative et Madame Ines Vandamme pour TerraSense.
## Article 8 – Blocage et différends
8.1 Si une décision relevant de l'unanimité ne peut être prise lors de deux réunions successives, ou si un différend survient entre Membres, la question est soumise aux dirigeants signataires du présent contrat, qui se réunissent dans les trente jours.
8.2 À défaut d'accord, les Membres recourent à une médiation conduite par un médiateur agréé par la Commission fédérale de médiation, désigné d'un commun accord ou, à défaut, par le CEPANI. Ce n'est qu'en cas d'échec de la médiation dans les soixante jours que le différend peut être porté devant le tribunal de l'entreprise de Liège, division de Liège.
## Article 9 – Examen de l'orientation du Groupement
Les Membres examinent de temps à autre si l'objet et le programme du Groupement répondent toujours à leurs attentes.
# Titre IV – Résultats, données et confidentialité
## Article 10 – Résultats
10.1 Les connaissances, protocoles, modèles et logiciels issus des travaux du Groupement (les « Résultats ») sont la copropriété des Membres à proportion de leur quote-part des charges. Un règlement de copropriété, annexé au procès-verbal de la première assemblée, organise leur protection.
10.2 Par exception, les améliorations variétales et les nouvelles lignées obtenues à partir du matériel génétique de Semences Hesbignonnes lui appartiennent exclusivement, et les améliorations apportées aux capteurs de TerraSense appartiennent exclusivement à celle-ci.
10.3 Chaque Membre bénéficie d'une licence non exclusive, gratuite et mondiale d'exploitation des Résultats pour ses propres activités.
## Article 11 – Données d'essai
11.1 Les mesures de sol, de culture et de rendement collectées sur les parcelles pilotes (les « Données d'Essai ») sont versées sur la plateforme de TerraSense. Chaque Membre peut utiliser librement les Données d'Essai à toutes fins.
11.2 Les données personnelles des exploitants sont traitées conformément au règlement (UE) 2016/679 ; la Coopérative recueille le consentement des exploitants concernés.
## Article 12 – Confidentialité
Les Membres, leurs correspondants et leurs salariés tiennent confidentielles les informations techniques et commerciales reçues des autres Membres ou du Groupement, pendant toute la durée de leur participation et cinq ans après celle-ci.
## Article 13 – Protection de la clientèle et non-concurrence
13.1 Sont des « Clients Protégés » : pour la Coopérative, les exploitants qui en sont membres ou clients à la date du présent contrat ou le deviennent pendant la durée du Groupement ; pour Semences Hesbignonnes, les négociants et multiplicateurs figurant à son fichier à la même date ou y entrant ultérieurement.
13.2 Aucun Membre ne peut, pendant sa participation au Groupement et pendant deux ans après sa sortie ou la dissolution du Groupement, utiliser les informations obtenues dans le cadre du Groupement, notamment les Données d'Essai, pour démarcher ou détourner un Client Protégé d'un autre Membre.
13.3 Toute violation de l'article 13.2 donne lieu au paiement, à titre de clause pénale, d'une indemnité forfaitaire de 5 000 euros par Client Protégé démarché, sans préjudice de l'exclusion du Membre fautif et de la réparation du dommage excédant ce montant.
13.4 Pendant sa participation au Groupement, aucun Membre ne participe à un autre groupement ou consortium menant des essais de fertilisation azotée sur les céréales en Hesbaye.
# Titre V – Sortie, exclusion et dissolution
## Article 14 – Retrait et exclusion
14.1 Tout Membre peut se retirer du Groupement, sans avoir à justifier d'un motif, à la fin d'un exercice, moyennant un préavis de six mois notifié par lettre recommandée.
14.2 L'assemblée peut exclure un Membre qui a commis un manquement grave non réparé dans les trente jours d'une mise en demeure, qui fait l'objet d'une procédure d'insolvabilité, ou dont le contrôle est acquis par un concurrent direct d'un autre Membre.
14.3 Les parts d'un Membre dans le Groupement ne peuvent être cédées à un tiers qu'avec l'accord unanime des autres Membres.
## Article 15 – Conséquences de la sortie
15.1 Le Membre sortant conserve la licence prévue à l'article 10.3 sur les Résultats obtenus jusqu'à la date de sa sortie, et sa quote-part de copropriété est reprise par les autres Membres au prix fixé par un expert désigné d'un commun accord.
15.2 Le Membre sortant conserve une copie des Données d'Essai collectées jusqu'à sa sortie, mais efface, dans les trente jours, les données personnelles des exploitants et en atteste par écrit.
15.3 Les essais de la campagne en cours sont menés à leur terme ; le Membre sortant continue d'y apporter ses contributions en nature jusqu'à la récolte et reste tenu de sa quote-part des charges de l'exercice.
## Article 16 – Dissolution
En cas de dissolution, l'assemblée nomme un liquidateur qui achève les essais en cours, répartit les Résultats conformément à l'article 10 et remet à chaque exploitant les données relatives à ses parcelles.
# Titre VI – Dispositions finales
## Article 17 – Contrôle
Chaque Membre peut prendre connaissance, au siège, des livres et documents comptables du Groupement et se faire assister d'un réviseur d'entreprises à ses frais.
## Article 18 – Droit applicable
Le présent contrat est régi par le droit belge.
Fait à Liège, le 9 mars 2027, en trois exemplaires originaux, chaque Membre reconnaissant avoir reçu le sien.
| Pour Semences Hesbignonnes | Pour la Coopérative | Pour TerraSense |
| Bernard Lemaire | Anne-Sophie Dethier | Karim Benali |
"""

RESTAURATION = """\
= Accord-cadre de prestations de restauration collective
Le présent accord-cadre est conclu le 5 janvier 2027 entre :
+ Ciments du Sahel Atlantique SA, société anonyme avec conseil d'administration au capital de 12 000 000 000 FCFA, immatriculée au registre du commerce et du crédit mobilier de Dakar sous le numéro SN-DKR-1998-B-4471, dont le siège est situé route de Bargny, Rufisque, Sénégal, représentée par Monsieur Ousmane Diagne, directeur général (le « Client ») ;
+ Teranga Restauration SARL, société à responsabilité limitée au capital de 50 000 000 FCFA, immatriculée au registre du commerce et du crédit mobilier de Dakar sous le numéro SN-DKR-2011-B-10562, dont le siège est situé 17 rue Carnot, Dakar-Plateau, représentée par Madame Aminata Sow, gérante (le « Prestataire »).
# Article 1 – Objet et définitions
1.1 Le présent accord-cadre a pour objet de fixer les conditions dans lesquelles le Prestataire assure la préparation et le service des repas du personnel du Client sur le site de la cimenterie de Rufisque et dans la base-vie de la carrière de Pout, ainsi que la fourniture de paniers-repas pour les équipes postées.
1.2 Dans le présent accord-cadre :
* « Bon de Commande » désigne le document par lequel le Client précise, pour chaque mois, le nombre prévisionnel de couverts par site et par service ;
* « Cahier des Charges » désigne le document technique figurant en annexe 1, qui décrit les grammages, la composition des menus, les régimes particuliers et les règles d'hygiène ;
* « Convive » désigne tout salarié, sous-traitant ou visiteur du Client autorisé à prendre un repas ;
* « Indicateurs » désigne les niveaux de service définis à l'article 6.
1.3 Le Client confie au Prestataire, pendant la durée de l'accord-cadre, l'exclusivité de la restauration des Convives sur les deux sites.
# Article 2 – Durée
2.1 L'accord-cadre est conclu pour une durée ferme de deux ans à compter du 1er février 2027.
2.2 Le Client peut le reconduire une seule fois, pour une durée de douze mois, par notification écrite adressée au Prestataire au moins trois mois avant l'échéance. À défaut de notification, l'accord-cadre prend fin à son terme, sans autre formalité.
# Article 3 – Commandes et volume
3.1 Le Client adresse au Prestataire un Bon de Commande au plus tard le 20 de chaque mois pour le mois suivant. Les effectifs sont ajustés chaque jour avant 9 heures, dans une limite de plus ou moins 10 %.
3.2 Le Client garantit au Prestataire la facturation d'un minimum de 600 repas par jour ouvré, tous sites confondus. Si le nombre de repas servis est inférieur, le Client règle la différence au prix unitaire du repas standard.
# Article 4 – Prix et facturation
4.1 Les prix unitaires, exprimés hors taxes, figurent au bordereau de l'annexe 2. Ils sont fermes pendant la première année et révisés ensuite une fois par an selon l'indice des prix à la consommation publié par l'Agence nationale de la statistique et de la démographie, la hausse ne pouvant excéder 4 %.
4.2 Le Prestataire facture mensuellement, sur la base des relevés de badges des Convives. Les factures sont payables à trente jours.
# Article 5 – Exécution des prestations
5.1 Le Prestataire prépare les repas dans la cuisine centrale mise à sa disposition par le Client à Rufisque et les transporte en liaison chaude vers Pout dans des véhicules isothermes. Il fournit le personnel, les denrées, les produits d'entretien et les petits matériels.
5.2 Le Prestataire privilégie les produits frais d'origine sénégalaise, notamment le riz de la vallée du fleuve, le poisson débarqué à Rufisque et les légumes des Niayes, qui représentent au moins 60 % de la valeur des achats de denrées.
5.3 Le Prestataire garantit que ses prestations sont conformes à la réglementation sénégalaise relative à l'hygiène des denrées alimentaires et au Cahier des Charges, et que son personnel dispose des certificats médicaux requis.
5.4 Le Client peut faire procéder à tout moment, par un laboratoire agréé de son choix, à des prélèvements et analyses microbiologiques, et inspecter les cuisines, les chambres froides, les registres de température et les fiches de traçabilité.
# Article 6 – Niveaux de service, pénalités et bonus
6.1 Les Indicateurs sont mesurés chaque mois et présentés dans un rapport remis par le Prestataire au Client avant le 10 du mois suivant :
| Indicateur | Méthode de mesure | Niveau attendu |
| Satisfaction des Convives | enquête sur tablette à la sortie du réfectoire, au moins 300 réponses par mois | note moyenne d'au moins 3,8 sur 5 |
| Conformité microbiologique | analyses mensuelles du laboratoire agréé sur 10 plats témoins | 100 % des échantillons conformes |
| Ponctualité de la liaison chaude à Pout | heure d'arrivée enregistrée par le gardien | 98 % des livraisons avant 11 h 45 |
| Respect des grammages | pesées contradictoires hebdomadaires | écart inférieur à 5 % |
## Pénalités
6.2 Pour chaque Indicateur non atteint au cours d'un mois, le Client applique une pénalité de 2 % du montant hors taxes de la facture mensuelle. Une analyse non conforme révélant un germe pathogène donne lieu à une pénalité supplémentaire de 1 000 000 FCFA. Le total des pénalités d'un mois ne peut excéder 8 % de la facture mensuelle.
## Bonus
6.3 Lorsque, au cours d'un trimestre, tous les Indicateurs sont atteints et que la note de satisfaction dépasse 4,3 sur 5, le Client verse au Prestataire un bonus égal à 2 % du montant hors taxes des factures du trimestre, plafonné à 3 000 000 FCFA par trimestre.
# Article 7 – Amélioration continue
7.1 Avant le 31 décembre de chaque année, le Prestataire remet au Client un plan d'amélioration comportant des propositions chiffrées portant sur le coût des repas, la qualité nutritionnelle, la réduction du gaspillage alimentaire et la consommation d'énergie de la cuisine centrale.
7.2 Le plan comporte un objectif de réduction d'au moins 10 % par an des déchets alimentaires, mesurés par pesée quotidienne des retours de plateaux.
7.3 Le plan est examiné par le comité de suivi dans le mois de sa remise. Le Client indique par écrit les mesures retenues, dont le Prestataire assure la mise en œuvre dans le délai convenu.
# Article 8 – Comité de suivi
Un comité de suivi réunissant le chef du service administratif du Client, le médecin du travail du site et le responsable de secteur du Prestataire se réunit en tant que de besoin, à la demande de l'une ou l'autre partie, pour examiner l'exécution des prestations.
# Article 9 – Personnel
9.1 Le Prestataire emploie un personnel qualifié, en nombre suffisant, et respecte la législation du travail sénégalaise et la convention collective applicable. Il reste seul employeur de ce personnel.
9.2 Le personnel du Prestataire respecte les consignes de sécurité du site industriel, notamment le port des équipements de protection individuelle dans les zones signalées.
# Article 10 – Responsabilité et assurances
10.1 Le Prestataire est responsable des dommages causés aux Convives, au Client ou aux tiers du fait de ses prestations, notamment en cas d'intoxication alimentaire.
10.2 Sauf faute lourde ou dommage corporel, la responsabilité de chaque partie au titre du présent accord-cadre est limitée, par année, au montant hors taxes des prestations facturées au cours des douze derniers mois.
10.3 Le Prestataire souscrit auprès d'une compagnie agréée en zone CIMA une assurance de responsabilité civile professionnelle et d'intoxication alimentaire d'un montant minimal de 500 000 000 FCFA par sinistre, et en justifie chaque année.
# Article 11 – Confidentialité
Le Prestataire garde confidentielles les informations relatives au site, aux effectifs et aux procédés du Client dont il a connaissance à l'occasion de ses prestations.
# Article 12 – Force majeure
Aucune partie n'est responsable d'un manquement résultant d'un événement de force majeure, entendu comme un événement imprévisible, irrésistible et extérieur. Pendant un arrêt de la cimenterie causé par un tel événement, le minimum prévu à l'article 3.2 est suspendu.
# Article 13 – Résiliation
13.1 En cas de manquement grave du Prestataire, notamment de deux intoxications alimentaires avérées en douze mois ou de pénalités atteignant le plafond trois mois consécutifs, le Client peut résilier l'accord-cadre quinze jours après une mise en demeure restée sans effet.
13.2 Le Client peut également résilier l'accord-cadre sans motif, à tout moment, moyennant un préavis de trois mois.
13.3 Le Prestataire peut résilier l'accord-cadre en cas de défaut de paiement de deux factures consécutives non régularisé dans les trente jours d'une mise en demeure.
## Fin de l'accord-cadre et transition
13.4 En cas de fin de l'accord-cadre pour quelque cause que ce soit, le Prestataire continue, à la demande du Client, d'assurer les prestations aux conditions en vigueur pendant une période de transition de deux mois au plus, restitue la cuisine centrale et les équipements du Client en bon état d'entretien et remet au repreneur les fiches techniques des régimes particuliers.
# Article 14 – Cession
Le Prestataire ne peut céder l'accord-cadre ni sous-traiter tout ou partie des prestations sans l'accord préalable et écrit du Client.
# Article 15 – Droit applicable et différends
15.1 Le présent accord-cadre est régi par l'Acte uniforme OHADA relatif au droit commercial général et, pour le surplus, par le droit sénégalais.
15.2 Tout différend relatif au présent accord-cadre est tranché par voie d'arbitrage conformément au Règlement d'arbitrage de la Cour commune de justice et d'arbitrage (CCJA), par un arbitre unique siégeant à Dakar.
Fait à Rufisque, le 5 janvier 2027, en deux exemplaires.
| Pour le Client | Pour le Prestataire |
| Ousmane Diagne, directeur général | Aminata Sow, gérante |
"""

EMBALLAGES = """\
= Contrat d'approvisionnement stratégique et de prise de participation
Entre
+ Léman Traiteur SA, société anonyme de droit suisse, ayant son siège route de Meyrin 118, 1217 Meyrin (Genève), inscrite au registre du commerce du canton de Genève sous le numéro IDE CHE-104.385.227, représentée par Madame Nathalie Rochat, directrice générale, et Monsieur Pierre-Alain Favre, directeur financier (« l'Acheteur »),
+ Fibrapack SA, société anonyme de droit suisse, ayant son siège rue de l'Industrie 9, 1630 Bulle (Fribourg), inscrite au registre du commerce du canton de Fribourg sous le numéro IDE CHE-391.602.844, représentée par Monsieur Lukas Brülhart, administrateur délégué (« le Fournisseur »),
ci-après « les Parties ». Les termes commençant par une majuscule sont définis à l'annexe C.
# Préambule
L'Acheteur produit chaque jour environ 45 000 plats cuisinés et salades vendus en grande distribution et dans les cantines d'entreprise de Suisse romande. Pour atteindre ses objectifs de suppression des emballages plastiques à usage unique d'ici 2030, il recherche un fournisseur capable de produire des barquettes et opercules compostables conformes à la norme EN 13432. Le Fournisseur a développé un procédé de thermoformage de fibres de bagasse et de paille de céréales suisses, mais doit financer une seconde ligne de production pour servir un client de cette taille. Les Parties ont donc décidé d'associer un engagement d'approvisionnement de longue durée et une participation de l'Acheteur au capital du Fournisseur.
# Art. 1 Objet
1.1 Le Fournisseur fabrique et livre à l'Acheteur les Produits, conformément aux Spécifications, et l'Acheteur les achète aux conditions du présent contrat.
1.2 L'Acheteur souscrit, aux conditions de l'art. 3, des actions nouvelles du Fournisseur.
1.3 Le Fournisseur s'engage à ne pas fournir la Barquette Léman, ni un produit de même forme et de même format, à un autre producteur de plats cuisinés établi en Suisse pendant la durée du contrat.
# Art. 2 Phase de qualification
2.1 Avant toute commande ferme, les Parties conduisent une phase de qualification de quatre mois à compter du 1er mai 2027, au cours de laquelle le Fournisseur livre les Produits pour deux lignes de conditionnement de l'usine de Meyrin.
2.2 La phase de qualification est réussie si les objectifs suivants sont atteints :
* taux de défauts constatés au conditionnement inférieur à 0,5 % des unités livrées ;
* tenue des barquettes sans déformation après 20 minutes de réchauffage à 180 °C pour 100 % des échantillons testés ;
* délai de compostage industriel conforme à EN 13432, attesté par un laboratoire accrédité ;
* prix de revient rendu Meyrin inférieur ou égal à CHF 0.19 par Barquette Léman.
2.3 Le comité de pilotage constate les résultats lors d'une séance tenue au plus tard le 15 septembre 2027 et décide du passage en production de série.
2.4 Si un objectif n'est pas atteint, chaque Partie peut renoncer au présent contrat par avis écrit dans les vingt jours suivant cette séance, sans pénalité ni indemnité ; dans ce cas, la souscription prévue à l'art. 3 n'a pas lieu et les Produits livrés pendant la phase de qualification sont payés au prix convenu.
# Art. 3 Prise de participation
3.1 Dans les trente jours suivant la décision de passage en série, l'Acheteur souscrit, lors d'une augmentation de capital décidée par l'assemblée générale du Fournisseur, 20 % du capital-actions du Fournisseur pour un prix total de CHF 3 200 000, affecté exclusivement au financement de la seconde ligne de thermoformage.
3.2 Tant qu'il détient au moins 10 % du capital, l'Acheteur a le droit de proposer un membre du conseil d'administration du Fournisseur. Les droits de préemption, d'emption et de sortie conjointe entre les actionnaires font l'objet d'une convention d'actionnaires signée le même jour.
# Art. 4 Volumes et commandes
4.1 L'Acheteur s'engage à acheter chaque année civile au moins 6 000 000 d'unités de Produits, toutes références confondues. S'il achète moins, il verse au Fournisseur, au plus tard le 31 janvier suivant, une indemnité de CHF 0.03 par unité manquante.
4.2 L'Acheteur transmet chaque mois des prévisions glissantes sur six mois, dont le premier mois est ferme. Les commandes sont passées par échange de données informatisé.
# Art. 5 Prix
Les prix figurent à l'annexe B. Ils sont révisés le 1er janvier de chaque année en fonction de l'évolution de l'indice suisse des prix à la production pour le papier et le carton et du coût de l'énergie, selon la formule de cette annexe.
# Art. 6 Livraison et niveau de service
6.1 Le Fournisseur livre franco usine de Meyrin, dans les 72 heures suivant la commande ferme.
6.2 Le taux de livraison à temps et complète est mesuré chaque mois à partir des bons de réception de l'Acheteur et communiqué par ce dernier au Fournisseur dans les cinq jours ouvrables suivant la fin du mois. Le niveau requis est de 97 %.
6.3 Pour chaque point de pourcentage en dessous de 97 %, l'Acheteur applique une pénalité égale à 1 % de la facturation du mois, dans la limite de 6 %.
# Art. 7 Qualité et garantie
7.1 Le Fournisseur garantit que les Produits sont conformes aux Spécifications, à l'ordonnance sur les objets destinés à entrer en contact avec les denrées alimentaires et au règlement (CE) n° 1935/2004, et qu'ils sont exempts de PFAS ajoutés. La garantie couvre les défauts signalés dans les six mois suivant la livraison, par dérogation à l'art. 201 CO.
7.2 L'Acheteur peut auditer une fois par an, ainsi qu'après toute réclamation grave, le système qualité et les installations de production du Fournisseur, avec un préavis de dix jours ouvrables.
# Art. 8 Amélioration
Le Fournisseur présente chaque année à l'Acheteur des propositions d'amélioration portant sur le poids des Produits, la part de fibres locales et les coûts de production.
# Art. 9 Informations commerciales
Les prévisions, commandes et volumes de consommation de l'Acheteur sont transmis au Fournisseur pour la planification de sa production. Le Fournisseur les traite comme des Informations Confidentielles.
# Art. 10 Gouvernance
10.1 Les Parties forment un comité de pilotage composé, pour chacune, de deux membres de sa direction, dont pour l'Acheteur son directeur des achats et pour le Fournisseur son directeur technique. Le comité se réunit chaque trimestre ; il examine les volumes, le niveau de service, la qualité, les projets de développement et l'avancement de la seconde ligne, et arrête les actions du trimestre suivant.
10.2 Les décisions du comité sont prises à l'unanimité. En cas de désaccord persistant après deux séances, la question est portée devant les directeurs généraux des Parties, qui se rencontrent dans les quinze jours.
10.3 Chaque Partie désigne un responsable du partenariat : pour l'Acheteur, Monsieur Julien Mottier, responsable achats emballages ; pour le Fournisseur, Madame Sarah Yerly, responsable grands comptes.
# Art. 11 Revue stratégique annuelle
11.1 Chaque année, en novembre, le comité de pilotage procède à une revue stratégique des objectifs communs, notamment la trajectoire de suppression du plastique, le développement de nouveaux formats et la capacité du Fournisseur.
11.2 Si la revue fait apparaître que les stratégies des Parties divergent, notamment en cas d'abandon par l'Acheteur de la barquette fibreuse pour une autre technologie, les Parties négocient de bonne foi l'adaptation des volumes minimaux et des prix ; à défaut d'accord dans les quatre mois, chaque Partie peut résilier le contrat moyennant un préavis de douze mois, et l'Acheteur peut céder ses actions conformément à la convention d'actionnaires.
# Art. 12 Propriété intellectuelle
12.1 Les moules, outillages et formulations développés pour la Barquette Léman appartiennent au Fournisseur, y compris lorsqu'ils ont été mis au point avec les équipes de l'Acheteur. Le design de la Barquette Léman et la marque de l'Acheteur apposée sur les opercules appartiennent à l'Acheteur.
12.2 Le Fournisseur concède à l'Acheteur une licence non exclusive et gratuite d'utilisation des plans de moules et formulations pour faire fabriquer la Barquette Léman par un tiers en cas de fin du contrat pour une cause imputable au Fournisseur, ou d'incapacité du Fournisseur à livrer pendant plus de soixante jours.
# Art. 13 Confidentialité
Chaque Partie garde confidentielles les Informations Confidentielles de l'autre et ne les utilise que pour l'exécution du présent contrat, pendant sa durée et cinq ans après son terme.
# Art. 14 Durée et fin du contrat
14.1 Le contrat entre en vigueur à sa signature et est conclu pour une durée indéterminée. Il peut être résilié par chaque Partie moyennant un préavis de dix-huit mois pour la fin d'une année civile, au plus tôt pour le 31 décembre 2032.
14.2 Chaque Partie peut résilier le contrat avec effet immédiat pour justes motifs, notamment en cas de violation grave non réparée dans les trente jours d'une mise en demeure, de faillite ou de sursis concordataire de l'autre Partie, ou de prise de contrôle de l'autre Partie par un concurrent.
14.3 À la fin du contrat, quelle qu'en soit la cause, le Fournisseur continue de livrer les Produits aux conditions en vigueur pendant une période de transition de douze mois au plus, à la demande de l'Acheteur, afin de permettre la qualification d'un nouveau fournisseur, et lui remet la documentation technique nécessaire à l'exercice de la licence prévue à l'art. 12.2.
14.4 Dans les soixante jours suivant la fin de la période de transition, chaque Partie restitue ou détruit les Informations Confidentielles de l'autre, y compris les prévisions et historiques de commandes de l'Acheteur, et confirme par écrit cette destruction.
14.5 À la fin du contrat, l'Acheteur peut exiger du Fournisseur, ou des actionnaires désignés dans la convention d'actionnaires, le rachat de ses actions à leur valeur réelle déterminée par un expert indépendant.
# Art. 15 Responsabilité et assurance
15.1 La responsabilité de chaque Partie pour les dommages résultant du présent contrat est limitée à CHF 2 000 000 par année civile, sauf en cas de dol ou de faute grave, et sauf pour les dommages corporels et les frais de rappel de produits causés par un Produit défectueux.
15.2 Le Fournisseur maintient une assurance responsabilité civile entreprise et produits d'au moins CHF 10 000 000 par sinistre, couvrant les frais de retrait des denrées emballées.
# Art. 16 Force majeure
Une Partie empêchée d'exécuter ses obligations par un événement imprévisible et extérieur, tel qu'une catastrophe naturelle, une pandémie ou une pénurie générale de fibres, en est libérée pendant la durée de l'empêchement, à condition d'en informer l'autre Partie sans délai. Les volumes minimaux de l'art. 4.1 sont réduits au prorata.
# Art. 17 Cession
Aucune Partie ne peut céder le présent contrat ou les droits qui en découlent sans l'accord écrit de l'autre Partie.
# Art. 18 Droit applicable et règlement des différends
18.1 Le présent contrat est régi par le droit suisse, à l'exclusion de la Convention des Nations Unies sur les contrats de vente internationale de marchandises.
18.2 Les différends que les directeurs généraux n'ont pu régler conformément à l'art. 10.2 sont soumis à une médiation selon les Swiss Rules of Commercial Mediation du Swiss Arbitration Centre. En cas d'échec de la médiation dans les soixante jours, les tribunaux ordinaires du canton de Genève sont seuls compétents.
# Annexe A – Spécifications
| Référence | Format | Matière | Poids maximal |
| Barquette Léman 750 ml | 227 x 178 x 50 mm, deux compartiments | bagasse et paille de blé, sans PFAS ajoutés | 21 g |
| Barquette 500 ml | 187 x 137 x 45 mm | bagasse | 15 g |
| Opercule thermoscellable | pour les deux barquettes | film PLA compostable | 3 g |
# Annexe B – Prix
Barquette Léman 750 ml : CHF 0.176 l'unité ; barquette 500 ml : CHF 0.142 l'unité ; opercule : CHF 0.031 l'unité ; prix rendus Meyrin, hors TVA.
# Annexe C – Définitions
* « Barquette Léman » : la barquette de 750 ml décrite à l'annexe A, développée spécifiquement pour l'Acheteur.
* « Informations Confidentielles » : toutes les informations techniques, commerciales ou financières communiquées par une Partie à l'autre dans le cadre du présent contrat, quel qu'en soit le support.
* « Produits » : la Barquette Léman, la barquette de 500 ml et les opercules décrits à l'annexe A.
* « Spécifications » : les spécifications de l'annexe A et le cahier des charges qualité signé par les Parties.
Fait à Genève, le 20 avril 2027, en deux exemplaires.
| Pour Léman Traiteur SA | Pour Fibrapack SA |
| Nathalie Rochat, Pierre-Alain Favre | Lukas Brülhart |
"""

DOCS = {
    "partnership-gie-recherche-agricole.fr.docx": GIE,
    "supplier-restauration-collective.fr.docx": RESTAURATION,
}

PDF_DOCS = {
    "supplier-emballages-compostables.fr.docx": EMBALLAGES,
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
