"""Build the Word contracts of the blind9 French set from the texts embedded below.

Line markup: "= " Title, "# " Heading 1, "## " Heading 2, "* " List Bullet,
"+ " List Number, "| a | b |" table rows (first row = header, style Table Grid),
"**Run-in.** text" a Normal paragraph opening with a bold run-in heading, other lines = Normal.
supplier-achat-dameuse.fr.docx is built as an intermediate .docx, converted to PDF with LibreOffice
(soffice --headless --convert-to pdf) and the intermediate .docx is then deleted.
Run: .venv/bin/python tests/data/blind9/fr/make_docx.py
"""
import re
import subprocess
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent

YACHTING = """\
= Contrat d'affiliation
Programme « Escales Privées » – location de yachts avec équipage
ENTRE :
+ La Société Anonyme Monégasque RIVIERA GRAND HÔTEL & SPA, au capital de 3 000 000 euros, dont le siège social est situé 12, avenue des Spélugues, 98000 Monaco, immatriculée au Répertoire du Commerce et de l'Industrie de Monaco sous le numéro 88 S 02417, représentée par Monsieur Laurent Vial, administrateur délégué, ci-après « l'Hôtel » ;
+ La Société à Responsabilité Limitée BLEU HORIZON CHARTER, au capital de 150 000 euros, dont le siège social est situé 3, quai Antoine Ier, 98000 Monaco, immatriculée au Répertoire du Commerce et de l'Industrie de Monaco sous le numéro [à compléter], exploitant la plateforme de réservation en ligne www.bleuhorizon.mc, représentée par Madame Chiara Bellini, gérante, ci-après « la Plateforme » ;
ci-après ensemble « les Parties ».
# TITRE I – OBJET ET DÉFINITIONS
## Article 1 – Définitions
Au sens du présent contrat :
* « Client Orienté » désigne toute personne qui effectue une réservation sur la Plateforme au moyen du lien, du code ou du formulaire mis à disposition par l'Hôtel ;
* « Clients de l'Hôtel » désigne les personnes séjournant à l'Hôtel à la date de signature du présent contrat et figurant dans son fichier de réservations ;
* « Commission » désigne la rémunération de l'Hôtel définie à l'article 5 ;
* « Réservation Confirmée » désigne une location de yacht payée en totalité par le Client Orienté et non annulée ;
* « Saison » désigne la période du 1er mai au 31 octobre de chaque année.
## Article 2 – Objet
Le présent contrat a pour objet de définir les conditions dans lesquelles l'Hôtel oriente ses clients vers la Plateforme pour la location de yachts avec équipage à la journée ou à la semaine, et perçoit en contrepartie une Commission sur les Réservations Confirmées. L'Hôtel agit en qualité d'apporteur d'affaires ; il n'est ni mandataire ni agent de voyages de la Plateforme et ne conclut aucun contrat de location au nom de celle-ci.
## Article 3 – Absence d'exclusivité
Le présent contrat ne confère aucune exclusivité à l'une ou l'autre des Parties. L'Hôtel demeure libre de recommander d'autres loueurs et la Plateforme de conclure des accords d'affiliation avec d'autres établissements hôteliers de la Principauté et des communes limitrophes.
# TITRE II – EXÉCUTION DU PROGRAMME
## Article 4 – Obligations des Parties
L'Hôtel s'engage à :
+ présenter le programme « Escales Privées » dans les chambres, à la conciergerie et dans sa lettre d'information, au moyen des supports fournis par la Plateforme ;
+ former ses concierges à la présentation des offres ;
+ transmettre à la Plateforme, avec l'accord du client, les demandes de réservation recueillies à la conciergerie.
La Plateforme s'engage à :
+ proposer aux Clients Orientés des yachts dont les propriétaires ou exploitants disposent de tous les titres de navigation et autorisations requis ;
+ organiser pour tout Client Orienté qui le demande un essai en mer d'une heure avant la réservation d'une location à la semaine, cet essai n'emportant aucun engagement ;
+ veiller à ce que chaque yacht proposé soit couvert par une assurance de responsabilité civile et une assurance corps de navire en cours de validité, et produire les attestations à première demande de l'Hôtel ;
+ assurer un service client en français, anglais et italien de 8 heures à 22 heures pendant la Saison.
## Article 5 – Commission et contrôle
5.1 La Plateforme verse à l'Hôtel une Commission de 12 % du prix hors taxes de chaque Réservation Confirmée, hors carburant, frais d'avitaillement et frais de port.
5.2 La Plateforme adresse à l'Hôtel, le 10 de chaque mois, un relevé des Réservations Confirmées du mois précédent et règle la Commission dans les trente jours de l'envoi du relevé.
5.3 L'Hôtel peut, une fois par année civile et moyennant un préavis de quinze jours, faire vérifier par un expert-comptable de son choix, tenu au secret professionnel, les livres et justificatifs de la Plateforme relatifs aux Réservations Confirmées. Si la vérification révèle une insuffisance de Commission supérieure à 5 %, les frais de l'expert sont à la charge de la Plateforme.
## Article 6 – Marques et supports
6.1 Chaque Partie concède à l'autre, pour la durée du contrat et pour le monde entier, une licence non exclusive et gratuite d'utilisation de ses marques et logos, aux seules fins de la promotion du programme.
6.2 Les supports promotionnels du programme (brochures, vidéos, page dédiée du site de l'Hôtel) sont conçus en commun par les équipes des Parties.
## Article 7 – Données des Clients Orientés
La Plateforme collecte les données des Clients Orientés nécessaires à la réservation. Elle peut les utiliser pour la gestion des réservations et pour ses propres opérations de prospection, sous réserve du consentement des personnes concernées recueilli conformément à la législation monégasque relative à la protection des données personnelles. L'Hôtel reçoit chaque mois la liste nominative des Clients Orientés aux seules fins du contrôle de la Commission.
## Article 8 – Non-sollicitation
8.1 Pendant la durée du contrat, la Plateforme s'interdit de démarcher directement les Clients de l'Hôtel afin de leur proposer des prestations d'hébergement ou de conciergerie.
8.2 Pendant la durée du contrat et les douze mois suivant sa cessation, aucune Partie ne sollicite, ni n'engage, directement ou indirectement, un membre du personnel de l'autre Partie ayant participé à l'exécution du programme, sans l'accord écrit de celle-ci.
## Article 9 – Point stratégique annuel
9.1 Chaque année, au cours du mois de novembre, les directions générales des Parties tiennent un point stratégique consacré aux objectifs communs du programme : clientèle cible, positionnement tarifaire, gamme de yachts proposée et résultats de la Saison écoulée au regard des objectifs fixés lors du point précédent.
9.2 À l'issue de ce point, les Parties adaptent par avenant le taux de Commission, les offres et les supports pour la Saison suivante.
9.3 Si les orientations stratégiques des Parties divergent, notamment si l'Hôtel décide de proposer ses propres prestations nautiques ou si la Plateforme change de positionnement, chaque Partie peut résilier le contrat par lettre recommandée avec un préavis de deux mois, sans indemnité de part ni d'autre.
# TITRE III – DURÉE ET CESSATION
## Article 10 – Durée
Le présent contrat prend effet le 1er mai 2027 pour la Saison 2027. Il se renouvelle ensuite par tacite reconduction d'année en année.
## Article 11 – Résiliation
11.1 Chaque Partie peut résilier le contrat à tout moment, sans avoir à justifier d'un motif, par lettre recommandée avec avis de réception moyennant un préavis de deux mois.
11.2 En cas de manquement de l'une des Parties à ses obligations, non réparé dans les quinze jours d'une mise en demeure, l'autre Partie peut résilier le contrat de plein droit par lettre recommandée, sans préjudice de tous dommages-intérêts.
## Article 12 – Effets de la cessation
12.1 Les Réservations Confirmées avant la date de cessation sont exécutées par la Plateforme et donnent lieu au paiement de la Commission.
12.2 La Plateforme cesse d'utiliser à des fins de prospection les données des Clients Orientés qui n'ont effectué aucune Réservation Confirmée et les supprime dans un délai de trois mois ; l'Hôtel détruit les relevés nominatifs reçus au titre de l'article 7.
12.3 Le sort des supports promotionnels communs visés à l'article 6.2 sera convenu entre les Parties au moment de la cessation du contrat.
# TITRE IV – DISPOSITIONS GÉNÉRALES
## Article 13 – Responsabilité
La Plateforme est seule responsable envers les Clients Orientés de l'exécution des locations. La responsabilité de chaque Partie envers l'autre au titre du présent contrat est limitée, tous préjudices confondus, au montant des Commissions versées au cours des douze mois précédant le fait générateur, sauf faute lourde ou dolosive.
## Article 14 – Confidentialité
Les Parties s'engagent à garder confidentielles les conditions financières du présent contrat ainsi que toutes les informations relatives à la clientèle de l'autre Partie, pendant la durée du contrat et trois ans après sa cessation.
## Article 15 – Cession
Aucune Partie ne peut céder le présent contrat sans l'accord préalable et écrit de l'autre Partie.
## Article 16 – Notifications
Les notifications sont faites par lettre recommandée avec avis de réception aux adresses figurant en tête du contrat.
## Article 17 – Droit applicable et juridiction
Le présent contrat est soumis au droit monégasque. Tout litige relatif à sa formation, son exécution ou sa cessation relève de la compétence exclusive du Tribunal de première instance de Monaco.
Fait à Monaco, le 6 avril 2027, en deux exemplaires originaux.
| Pour l'Hôtel | Pour la Plateforme |
| Laurent Vial, administrateur délégué | Chiara Bellini, gérante |
"""

CAJOU = """\
= Contrat d'approvisionnement à long terme
Noix de cajou brutes certifiées biologiques – campagnes 2028 à 2031
Entre les soussignés :
L'Union des Coopératives Agricoles de Kassoumaye (UCAK), société coopérative avec conseil d'administration régie par l'Acte uniforme OHADA relatif au droit des sociétés coopératives, dont le siège est à Kassoumaye, département de Bignona, région de Ziguinchor, Sénégal, immatriculée au registre des sociétés coopératives sous le numéro SN-ZIG-2016-C-0042, représentée par M. Lamine Diatta, président du conseil d'administration, ci-après le « Fournisseur »,
Et :
Sahel Kernel Processing SA, société anonyme de droit sénégalais au capital de 1 200 000 000 FCFA, dont le siège est établi dans la zone économique spéciale de Diamniadio, Sénégal, immatriculée au registre du commerce et du crédit mobilier de Dakar sous le numéro SN-DKR-2019-B-21774, représentée par Mme Aïssatou Ndiaye, directrice générale, ci-après l'« Acheteur »,
Ensemble les « Parties ».
# Chapitre I – Objet, définitions et durée
## Article 1.1 – Objet
Le Fournisseur, qui regroupe environ 2 300 producteurs de Basse-Casamance, vend à l'Acheteur, qui les transforme en amandes blanches destinées à l'exportation, des noix de cajou brutes certifiées biologiques selon le règlement (UE) 2018/848, dans les quantités, qualités et conditions fixées par le présent contrat.
## Article 1.2 – Définitions
* « Campagne » : la période de commercialisation allant du 1er mars au 31 juillet de chaque année ;
* « KOR » : le rendement en amandes, exprimé en livres d'amandes pour un sac de 80 kg de noix brutes, mesuré selon la méthode de l'annexe 1 ;
* « Données de la Relation » : les commandes, prévisions, programmes d'enlèvement, prix, résultats d'analyse des lots et, plus généralement, toute information produite ou échangée dans le cadre du présent contrat, y compris les informations relatives aux clients de l'Acheteur ;
* « Protocole » : le protocole de séchage, de tri et de stockage élaboré par les Parties en application de l'article 5.3.
## Article 1.3 – Durée
Le contrat prend effet à sa signature et couvre les Campagnes 2028, 2029, 2030 et 2031. Il prend fin le 31 décembre 2031. Il est ensuite renouvelé par tacite reconduction pour une Campagne, sauf dénonciation par l'une des Parties notifiée au moins six mois avant son échéance.
# Chapitre II – Quantités et prix
## Article 2.1 – Exclusivité de la production certifiée
L'intégralité de la production certifiée biologique collectée par le Fournisseur est réservée exclusivement à l'Acheteur. Le Fournisseur reste libre de vendre à tout acheteur la production non certifiée de ses membres.
## Article 2.2 – Engagement d'enlèvement
L'Acheteur s'engage à enlever et à payer, pour chaque Campagne, au moins 1 200 tonnes de noix brutes conformes. Si les quantités enlevées sont inférieures à ce minimum pour une cause non imputable au Fournisseur, l'Acheteur verse au Fournisseur, au plus tard le 30 septembre, une indemnité égale à 25 % du prix de référence des quantités manquantes.
## Article 2.3 – Prix
Le prix est fixé pour chaque Campagne selon le tableau suivant :
| Élément | Règle |
| Prix de référence | Prix plancher officiel fixé par l'État pour la Campagne, majoré de 18 % |
| Prime biologique | 75 FCFA par kg de noix brutes certifiées |
| Ajustement qualité | Selon l'article 4.3 |
| Paiement | 70 % à l'enlèvement, solde sous 15 jours après le rapport d'analyse |
# Chapitre III – Livraison, qualité et niveaux de service
## Article 3.1 – Enlèvement
Les noix sont remises ensachées en sacs de jute de 80 kg aux magasins de collecte du Fournisseur à Bignona et à Ziguinchor, selon un programme d'enlèvement hebdomadaire établi par l'Acheteur. Le transfert des risques intervient au chargement.
## Article 3.2 – Garantie
Le Fournisseur garantit que les noix livrées proviennent des parcelles certifiées de ses membres, qu'elles sont tracées jusqu'au producteur, qu'elles ne contiennent aucun résidu de pesticide au-delà des limites applicables aux produits biologiques et qu'elles sont conformes aux spécifications de l'article 4.1.
## Article 3.3 – Assurance
Le Fournisseur assure les stocks entreposés dans ses magasins contre l'incendie et le vol jusqu'au chargement. L'Acheteur assure les marchandises à compter du chargement.
# Chapitre IV – Qualité des lots
## Article 4.1 – Spécifications
| Critère | Spécification contractuelle |
| KOR | au moins 47 livres par sac de 80 kg |
| Humidité | au plus 9 % |
| Noix défectueuses | au plus 8 % |
| Nombre de noix au kg | au plus 200 |
## Article 4.2 – Mesure
Chaque lot fait l'objet, au chargement, d'un échantillonnage et d'une analyse par un organisme d'inspection indépendant choisi d'un commun accord, dont le rapport est transmis aux deux Parties dans les quarante-huit heures. Les Parties reçoivent chaque mois un récapitulatif des résultats de la Campagne en cours.
## Article 4.3 – Réfaction et prime de qualité
Pour chaque livre de KOR en dessous de 47, le prix du lot fait l'objet d'une réfaction de 2 %, dans la limite de 12 % du prix du lot ; un lot dont le KOR est inférieur à 44 peut être refusé. Pour chaque livre de KOR au-dessus de 50, le Fournisseur perçoit une prime de qualité de 1,5 % du prix du lot.
## Article 4.4 – Audit
L'Acheteur et l'organisme de certification peuvent, à tout moment pendant la Campagne et moyennant un préavis de quarante-huit heures, visiter les magasins du Fournisseur, contrôler ses registres de collecte et de traçabilité et prélever des échantillons.
# Chapitre V – Relations entre les Parties
## Article 5.1 – Comité de campagne
Les Parties constituent un comité de campagne composé de deux représentants de chacune d'elles. Il se réunit une fois par trimestre, et en tout état de cause au cours du mois précédant l'ouverture de chaque Campagne, alternativement à Ziguinchor et à Diamniadio. Il examine le programme d'enlèvement, les résultats qualité, les paiements et les actions d'appui aux producteurs, et arrête un plan d'actions dont chaque mesure est assortie d'un responsable et d'une échéance. Ses décisions sont prises à l'unanimité des Parties.
## Article 5.2 – Responsables de la relation
Le responsable de la relation désigné par le Fournisseur est M. Ousmane Badji, directeur commercial, et celui désigné par l'Acheteur est Mme Mariama Sow, directrice des achats. Chacun répond, au sein de sa structure, de l'exécution du contrat et prépare les réunions du comité.
## Article 5.3 – Protocole
Les Parties élaborent ensemble, avant la Campagne 2028, un Protocole de séchage, de tri et de stockage destiné à améliorer le KOR et à réduire les pertes. Le Protocole appartient à l'Acheteur, qui concède au Fournisseur une licence gratuite et non exclusive de l'utiliser pour l'ensemble de la production de ses membres, y compris non certifiée, pendant la durée du contrat.
## Article 5.4 – Améliorations
Le Fournisseur peut proposer à l'Acheteur, s'il le juge opportun, des améliorations concernant la collecte, le séchage ou le conditionnement.
## Article 5.5 – Revue annuelle des objectifs
Chaque année, en octobre, les directions des Parties passent en revue les objectifs communs du partenariat : volumes, qualité, rémunération des producteurs, certification et perspectives du marché de l'amande. Les conclusions de cette revue ont une valeur indicative et ne modifient pas les engagements des Parties.
## Article 5.6 – Blocage et médiation
Lorsqu'une question ne peut être tranchée par le comité de campagne lors de deux réunions successives, les responsables de la relation la soumettent au président du Fournisseur et à la directrice générale de l'Acheteur, qui se concertent dans un délai de quinze jours. À défaut d'accord, la Partie la plus diligente saisit le Centre d'arbitrage, de médiation et de conciliation de la Chambre de commerce, d'industrie et d'agriculture de Dakar (CAMC-D) d'une demande de médiation. L'arbitrage prévu à l'article 7.3 ne peut être engagé qu'après l'échec constaté de la médiation.
# Chapitre VI – Données et confidentialité
## Article 6.1 – Propriété des Données de la Relation
Les Données de la Relation appartiennent à l'Acheteur, à l'exception des données relatives aux producteurs membres, qui restent la propriété du Fournisseur.
## Article 6.2 – Usage
Le Fournisseur n'utilise les Données de la Relation que pour l'exécution du contrat. Il s'interdit de les communiquer aux autres acheteurs de noix de cajou et de les utiliser pour démarcher les clients exportateurs de l'Acheteur.
## Article 6.3 – Confidentialité
Chaque Partie garde confidentielles les Données de la Relation et les conditions du contrat pendant sa durée et trois ans après. Les données personnelles des producteurs sont traitées conformément à la loi n° 2008-12 du 25 janvier 2008 sur la protection des données à caractère personnel.
## Article 6.4 – Restitution
Dans les deux mois suivant la fin du contrat, le Fournisseur restitue à l'Acheteur ou détruit les Données de la Relation en sa possession et en atteste par écrit.
# Chapitre VII – Fin du contrat et litiges
## Article 7.1 – Résiliation
Chaque Partie peut résilier le contrat, après une mise en demeure restée sans effet pendant trente jours, en cas de manquement grave de l'autre Partie, notamment un défaut de paiement, la perte de la certification biologique par le Fournisseur ou le refus répété d'enlever les quantités dues. La résiliation prend effet à l'expiration d'un préavis de trois mois suivant la notification, sauf en cas de fraude sur la traçabilité, où elle est immédiate.
## Article 7.2 – Effets de la fin du contrat
À la fin du contrat, pour quelque cause que ce soit : les lots déjà enlevés sont payés selon l'article 2.3 ; si la fin intervient pendant une Campagne, le Fournisseur continue de livrer, et l'Acheteur d'enlever, les quantités prévues au programme d'enlèvement jusqu'à la fin de cette Campagne ; la licence d'utilisation du Protocole prend fin, l'Acheteur en conservant la propriété ; l'article 6.4 s'applique.
## Article 7.3 – Droit applicable et arbitrage
Le contrat est régi par le droit sénégalais, y compris l'Acte uniforme OHADA relatif au droit commercial général. Tout litige non résolu par la médiation prévue à l'article 5.6 est tranché définitivement selon le règlement d'arbitrage du CAMC-D par un arbitre unique, à Dakar, en langue française.
## Article 7.4 – Force majeure
Ne constituent pas des manquements les inexécutions dues à un événement de force majeure au sens de l'Acte uniforme OHADA relatif au droit commercial général, notamment une sécheresse ou une attaque parasitaire d'ampleur exceptionnelle affectant la récolte. Le minimum de l'article 2.2 est alors réduit à proportion des quantités effectivement disponibles.
## Article 7.5 – Cession
Aucune Partie ne peut céder le contrat sans l'accord écrit préalable de l'autre Partie.
Fait à Ziguinchor, le 14 novembre 2027, en deux exemplaires.
| Pour le Fournisseur | Pour l'Acheteur |
| Lamine Diatta, président | Aïssatou Ndiaye, directrice générale |
"""

DAMEUSE = """\
= Contrat de vente d'un engin de damage
Entre :
La Société d'Exploitation des Remontées Mécaniques du Val d'Arvan (SERMVA), société d'économie mixte locale au capital de 2 400 000 euros, dont le siège est situé 150, route du Col, 73530 Saint-Sorlin-d'Arves, immatriculée au registre du commerce et des sociétés de Chambéry sous le numéro 779 012 345, représentée par M. Jérôme Favre, directeur général, ci-après « l'Acheteur » ;
Et :
La société Alpine Damage Équipements SAS, au capital de 800 000 euros, dont le siège est situé 18, rue des Glaciers, 74000 Annecy, immatriculée au registre du commerce et des sociétés d'Annecy sous le numéro 412 667 890, représentée par Mme Claire Rochat, présidente, ci-après « le Vendeur ».
# PRÉAMBULE
L'Acheteur exploite le domaine skiable du Val d'Arvan. À la suite de sa consultation du 10 février 2027, il a retenu l'offre du Vendeur pour l'acquisition d'un engin de damage neuf équipé d'un treuil, destiné aux pistes de forte pente. Le présent contrat constitue une vente unique ; il n'emporte aucun engagement d'achat ultérieur de la part de l'Acheteur.
# ARTICLE 1 – OBJET ET PRIX
Le Vendeur vend à l'Acheteur, qui l'accepte, l'engin et les équipements décrits ci-dessous (ensemble « l'Engin »), conformément à la fiche technique annexée.
| Désignation | Quantité | Prix hors taxes |
| Engin de damage 530 ch, motorisation Stage V, cabine six places | 1 | 468 000 € |
| Treuil 4,5 tonnes avec câble de 1 200 m | 1 | 96 000 € |
| Fraise arrière et lame avant 12 voies | 1 | 41 500 € |
| Système de mesure de hauteur de neige par satellite | 1 | 27 800 € |
| Formation de quatre conducteurs (3 jours) | forfait | 4 200 € |
| Total | | 637 500 € |
Le prix est ferme et non révisable. Il s'entend Engin livré et mis en service au garage de l'Acheteur à Saint-Sorlin-d'Arves, hors taxe sur la valeur ajoutée.
# ARTICLE 2 – PAIEMENT
Le prix est payable à raison de 30 % à la signature, par virement, et de 70 % dans les trente jours suivant la signature du procès-verbal de réception. Tout retard de paiement entraîne de plein droit l'application de pénalités au taux d'intérêt de la Banque centrale européenne majoré de dix points et d'une indemnité forfaitaire de 40 euros pour frais de recouvrement.
# ARTICLE 3 – LIVRAISON ET RÉCEPTION
3.1 Le Vendeur livre l'Engin au plus tard le 30 novembre 2027. En cas de retard non imputable à l'Acheteur ou à un cas de force majeure, le Vendeur est redevable d'une pénalité de 0,2 % du prix total hors taxes par jour calendaire de retard, plafonnée à 8 % de ce prix.
3.2 La réception a lieu après un essai de réception sur piste, réalisé en présence des deux parties, comprenant au moins quatre heures de damage, dont une heure au treuil sur une pente d'au moins 60 %. L'essai a pour seul objet de vérifier la conformité de l'Engin à la fiche technique. Un procès-verbal de réception, avec ou sans réserves, est signé à son issue.
3.3 Les cinquante premières heures de fonctionnement constituent une période de rodage pendant laquelle l'Acheteur respecte les consignes du manuel du constructeur.
3.4 La formation des conducteurs est dispensée sur le domaine de l'Acheteur dans les quinze jours suivant la réception, par un formateur du Vendeur, à raison de trois journées comprenant la conduite en pente, l'utilisation du treuil, les consignes de sécurité à l'égard des usagers des pistes et l'entretien quotidien. Une attestation de formation est remise à chaque conducteur.
# ARTICLE 4 – TRANSFERT DES RISQUES ET RÉSERVE DE PROPRIÉTÉ
Les risques sont transférés à l'Acheteur à la signature du procès-verbal de réception. Le Vendeur conserve la propriété de l'Engin jusqu'au paiement intégral du prix en principal et accessoires ; jusqu'à cette date, l'Acheteur ne peut ni revendre ni donner l'Engin en garantie.
# ARTICLE 5 – GARANTIE
5.1 Le Vendeur garantit l'Engin contre tout défaut de conception, de matière ou de fabrication pendant deux saisons d'hiver à compter de la réception, ou 2 500 heures de fonctionnement si ce seuil est atteint avant, la chaîne cinématique et le treuil étant garantis pendant trois saisons ou 4 000 heures.
5.2 Au titre de la garantie, le Vendeur répare ou remplace à ses frais les pièces défectueuses, main-d'œuvre et déplacement compris. La garantie ne couvre pas l'usure normale des chenilles, des couteaux de fraise et du câble de treuil, ni les dommages résultant d'une utilisation non conforme au manuel.
5.3 La présente garantie ne prive pas l'Acheteur de la garantie légale des vices cachés prévue par les articles 1641 et suivants du code civil.
# ARTICLE 6 – DISPONIBILITÉ PENDANT LES SAISONS DE GARANTIE
6.1 Pendant les deux premières saisons d'hiver, du 1er décembre au 30 avril, le Vendeur assure une intervention sur site dans les vingt-quatre heures suivant tout appel pour panne immobilisante, sept jours sur sept.
6.2 Les délais sont calculés à partir de l'heure de l'appel enregistrée par le service après-vente du Vendeur et de l'heure de remise en service figurant sur la fiche d'intervention signée par l'Acheteur ; le journal télématique de l'Engin fait foi en cas de désaccord. Le Vendeur adresse à l'Acheteur, à la fin de chaque saison, un relevé des interventions et des durées d'immobilisation.
6.3 Lorsque l'Engin reste immobilisé plus de quarante-huit heures après l'appel, le Vendeur verse à l'Acheteur une pénalité de 250 euros par jour d'immobilisation supplémentaire, ou met gratuitement à sa disposition un engin de remplacement. Le montant cumulé de ces pénalités ne peut excéder 4 % du prix total hors taxes par saison.
# ARTICLE 7 – LOGICIEL EMBARQUÉ
Le Vendeur concède à l'Acheteur, pour la durée de vie de l'Engin, un droit d'utilisation non exclusif du logiciel de commande et du logiciel de mesure de hauteur de neige, ainsi que de leurs mises à jour de sécurité. Ce droit est transféré de plein droit à tout acquéreur ultérieur de l'Engin. Le Vendeur conserve tous ses droits de propriété intellectuelle sur ces logiciels.
# ARTICLE 8 – DONNÉES DE L'ENGIN
8.1 Les données produites par l'Engin et par son système de mesure, notamment les heures de fonctionnement, la consommation, les positions, les tracés de damage et les hauteurs de neige mesurées (les « Données Machine »), appartiennent à l'Acheteur.
8.2 Le Vendeur n'y a accès que pour assurer le diagnostic, la maintenance et la garantie de l'Engin. Il ne peut les utiliser à aucune autre fin, ni les communiquer à des tiers, notamment à d'autres exploitants de domaines skiables, et les traite de manière confidentielle.
8.3 À l'expiration de la garantie, ou plus tôt à la demande de l'Acheteur, le Vendeur remet à l'Acheteur une copie des Données Machine qu'il détient, dans un format exploitable, puis les supprime de ses serveurs et en donne confirmation écrite.
# ARTICLE 9 – PIÈCES DE RECHANGE
Le Vendeur s'engage à tenir à la disposition de l'Acheteur les pièces de rechange de l'Engin pendant douze ans à compter de la livraison, et à les livrer dans un délai de quarante-huit heures pour les pièces d'usure courante. Un contrat d'entretien pourra être conclu séparément à l'issue de la garantie, selon les conditions tarifaires du Vendeur en vigueur à cette date.
# ARTICLE 10 – RESPONSABILITÉ
Sauf faute lourde ou dolosive et sauf dommages corporels, la responsabilité totale du Vendeur au titre du présent contrat, toutes causes confondues, est limitée au prix total hors taxes. Le Vendeur n'est pas responsable des pertes d'exploitation, notamment de la fermeture de pistes.
# ARTICLE 11 – FORCE MAJEURE
Aucune partie n'est responsable d'un retard ou d'une inexécution dus à un cas de force majeure au sens de l'article 1218 du code civil. Les retards de livraison des fournisseurs du Vendeur ne constituent pas un cas de force majeure, sauf s'ils résultent eux-mêmes d'un tel événement.
# ARTICLE 12 – DURÉE
Le présent contrat prend effet à sa signature. Il prend fin à l'expiration de la garantie de l'article 5.1 ; les articles 7, 9 et 10 continuent toutefois de produire effet au-delà de ce terme.
# ARTICLE 13 – DROIT APPLICABLE ET JURIDICTION
Le présent contrat est soumis au droit français. Tout litige relatif à sa formation, son interprétation ou son exécution est de la compétence exclusive du tribunal de commerce de Chambéry.
Fait à Saint-Sorlin-d'Arves, le 3 mai 2027, en deux exemplaires.
| Pour l'Acheteur | Pour le Vendeur |
| Jérôme Favre, directeur général | Claire Rochat, présidente |
"""

DOCS = {
    "partnership-affiliation-yachting.fr.docx": YACHTING,
    "supplier-approvisionnement-cajou.fr.docx": CAJOU,
}

PDF_DOCS = {
    "supplier-achat-dameuse.fr.docx": DAMEUSE,
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
                if i == 0:
                    for run in table.cell(i, j).paragraphs[0].runs:
                        run.bold = True
        rows.clear()

    for line in text.splitlines():
        if not line.strip():
            continue
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush_table()
        runin = re.match(r"^\*\*(.+?)\*\*\s*(.*)$", line)
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
        elif runin:
            para = doc.add_paragraph()
            para.add_run(runin.group(1)).bold = True
            para.add_run(" " + runin.group(2))
        else:
            doc.add_paragraph(line)
    flush_table()
    doc.save(path)


def words(text: str) -> int:
    plain = re.sub(r"^(= |# |## |\* |\+ )", "", text, flags=re.M).replace("|", " ").replace("**", "")
    return len(plain.split())


if __name__ == "__main__":
    for name, text in DOCS.items():
        build(text, HERE / name)
        print("wrote", HERE / name, words(text), "words")
    for name, text in PDF_DOCS.items():
        tmp = HERE / name
        build(text, tmp)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(tmp)], check=True)
        tmp.unlink()
        print("wrote", tmp.with_suffix(".pdf"), words(text), "words (docx converted and deleted)")
