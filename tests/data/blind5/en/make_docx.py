"""Build the Word contracts of the blind5 English set from the texts embedded below.

Line markup: "= " Title, "# " Heading 1, "## " Heading 2, "* " List Bullet,
"+ " List Number, "| a | b |" table rows (first row = header), other lines = Normal.
supplier-steel-coil-supply.en.docx is built as an intermediate .docx, converted to PDF with LibreOffice
(soffice --headless --convert-to pdf) and the intermediate .docx is then deleted.
Run: .venv/bin/python tests/data/blind5/en/make_docx.py
"""
import subprocess
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent

CODESHARE = """\
= Codeshare and Loyalty Alliance Agreement
This Agreement is made on 2 February 2027 between:
+ Corrib Atlantic Airways DAC, a designated activity company incorporated in Ireland (registered number 654218), having its registered office at Hangar 6, Shannon Airport, County Clare, V14 EE06 ("Corrib"); and
+ Nordlys Air AS, a company incorporated in Norway (organisation number 921 447 305), having its registered office at Flyplassvegen 40, 7500 Stjørdal, Norway ("Nordlys"),
each a "Carrier" and together the "Carriers".
# Recitals
(A) Corrib operates scheduled passenger services from Shannon, Cork and Dublin to destinations in Europe and North America and runs the Corrib Shamrock Club frequent flyer programme.
(B) Nordlys operates scheduled passenger services within Scandinavia and to the British Isles and runs the Nordlys Aurora loyalty programme.
(C) The Carriers wish to place their designator codes on each other's flights on the Covered Routes and to allow the members of each programme to earn and redeem points on the flights of the other Carrier, while each remains an independent air carrier.
# Clause 1 Definitions
In this Agreement:
* "Alliance Manager" means the person appointed by a Carrier under clause 7.5.
* "Covered Routes" means the routes listed in the Route Schedule, as amended under clause 8.
* "Initial Loyalty Phase" means the phase described in clause 4.
* "Marketing Carrier" means the Carrier whose code is shown on a flight operated by the other Carrier, and "Operating Carrier" means the Carrier that operates that flight.
* "Member" means a member of the Shamrock Club or of the Aurora programme, and "Member Data" means the personal data of Members held by either Carrier.
* "Route Schedule" means the schedule of routes and booking classes annexed to this Agreement.
* "Shared Member Data" means the Member Data exchanged between the Carriers for the purposes of clause 3.
* "Steering Committee" means the committee established under clause 7.
# Clause 2 Codeshare
## 2.1 Placement of codes
Each Carrier may place its designator code on the flights of the other Carrier on the Covered Routes and sell seats on those flights in the booking classes set out in the Route Schedule. The Operating Carrier shall make those classes available in its reservation system on a free-sale basis.
## 2.2 Operational responsibility
The Operating Carrier remains solely responsible for the operation of its flights, for the airworthiness of its aircraft and for its flight and cabin crew, including the licensing, rostering and rest periods of its pilots. The Marketing Carrier gives no instruction on operational or safety matters.
## 2.3 Exclusivity on Covered Routes
During the term, neither Carrier shall place its code on, or allow the code of any third party to be placed on, any flight between Ireland and Norway other than under this Agreement.
## 2.4 Proration and settlement
Revenue from interline and codeshare tickets shall be prorated and settled through the IATA Clearing House in accordance with the Special Prorate Agreement signed by the Carriers on the same date as this Agreement.
# Clause 3 Loyalty Reciprocity
3.1 Members of each programme may earn points in their own programme on flights operated by the other Carrier and may redeem their points for award seats on those flights, on the conditions set out in the Loyalty Annex.
3.2 Each Carrier shall pay the other the per-point price set out in the Loyalty Annex for points it issues on the other Carrier's flights, and the award seat price for each award seat redeemed by its Members on the other Carrier's flights.
3.3 The Carriers shall exchange only the Shared Member Data needed to verify membership, credit points and issue award tickets, namely membership number, name, tier status and flight details.
# Clause 4 Initial Loyalty Phase
4.1 Loyalty reciprocity under clause 3 shall first apply for an Initial Loyalty Phase of four months starting on the first day of the IATA summer season 2027, on the Shannon-Trondheim and Dublin-Bergen routes only.
4.2 During the Initial Loyalty Phase the Carriers shall monitor the following indicators:
| Indicator | Source |
| Points accrual by Members on partner flights | each programme's accrual reports |
| Award seat redemptions on partner flights | reservation system reports |
| Member complaints relating to reciprocity | customer relations logs |
| Accuracy of point credits | joint reconciliation |
4.3 Within thirty days after the end of the Initial Loyalty Phase, the Steering Committee shall meet to assess whether the indicators show a satisfactory level of use and service and whether reciprocity should be extended to all Covered Routes.
4.4 If either Carrier considers that the results are not satisfactory, it may, by notice given within fifteen days after that meeting, end loyalty reciprocity without any payment, penalty or compensation other than the settlement of points already issued and awards already booked. The codeshare under clause 2 shall continue unaffected.
# Clause 5 Member Data
5.1 Member Data belongs to the Carrier that runs the programme of which the Member is a member. Each Carrier is the controller of its own Member Data under the General Data Protection Regulation and the Norwegian Personal Data Act, as applicable.
5.2 A Carrier receiving Shared Member Data may use it only to credit points, issue and service award tickets and handle Member claims. It shall not use it for marketing, profiling or any other purpose, and shall not disclose it to any third party other than its processors bound by equivalent terms.
5.3 Shared Member Data is Confidential Information of the disclosing Carrier. Each Carrier shall apply appropriate technical and organisational security measures and notify the other of any personal data breach affecting Shared Member Data within forty-eight hours.
5.4 Within thirty days after the end of loyalty reciprocity, whether under clause 4.4 or on termination, each Carrier shall delete the Shared Member Data received from the other, except data it is required by law to keep, and shall confirm the deletion in writing.
# Clause 6 Customer Relationship
6.1 Neither Carrier shall use Shared Member Data, or any list of Members disclosed to it, to approach Members of the other Carrier's programme who are enrolled on the date of this Agreement with an offer to join its own programme or to transfer their status.
6.2 Nothing in clause 6.1 prevents either Carrier from general advertising addressed to the public.
# Clause 7 Governance
7.1 The Carriers establish a Steering Committee composed of three representatives of each Carrier, including the head of network planning and the head of loyalty of each Carrier.
7.2 The Steering Committee shall meet at least once every quarter, alternately in Shannon and Stjørdal or by video conference. At each quarterly meeting it shall review codeshare load factors and revenue, loyalty activity, customer complaints and irregular operations, and shall agree between three and five priority actions for the next quarter, each with an owner and a deadline.
7.3 Decisions of the Steering Committee are taken unanimously, the representatives of each Carrier casting a single vote. The Steering Committee decides on the addition or withdrawal of Covered Routes, the booking classes in the Route Schedule, joint marketing campaigns and changes to the Loyalty Annex.
7.4 If the Steering Committee cannot agree on a matter within its competence at two consecutive meetings, either Carrier may refer it to the Chief Executive Officers of the Carriers, who shall meet within twenty days. If they fail to resolve it within a further twenty days, the Carriers shall refer the matter to mediation by a mediator appointed by the Mediators' Institute of Ireland. Neither Carrier may begin arbitration under clause 14.2 before the end of that mediation or the expiry of forty-five days from the referral to mediation, whichever occurs first.
7.5 Each Carrier shall appoint an Alliance Manager accountable for the relationship and for the implementation of the decisions of the Steering Committee. The first Alliance Managers are Ms Aoife Brennan for Corrib and Mr Henrik Solberg for Nordlys.
# Clause 8 Annual Strategic Review
8.1 Every October the Steering Committee shall conduct a review of the common objectives of the alliance in the light of each Carrier's fleet plan, network strategy and membership of any global alliance, and of competition law developments.
8.2 As a result of that review, the Carriers may amend the Route Schedule, the per-point and award seat prices in the Loyalty Annex or the exclusivity in clause 2.3, by written amendment signed by both Carriers.
8.3 If a Carrier joins a global airline alliance, or otherwise changes its strategy so that the alliance no longer fits its objectives, and no amendment is agreed within sixty days after the review, that Carrier may terminate this Agreement on six months' written notice, and clause 11 shall apply.
# Clause 9 Intellectual Property
9.1 Each Carrier grants the other a non-exclusive, non-transferable licence to use its name, logo and designator code during the term solely to market and sell codeshare flights and to promote loyalty reciprocity.
9.2 The joint brand "Northern Arc" created for the alliance, including its logo and the related domain names, shall be jointly owned by the Carriers in equal shares. Neither Carrier may use it outside the alliance or license it to a third party without the consent of the other.
9.3 The connection planning tool developed by Nordlys for the alliance, including its algorithms and interfaces, is owned by Nordlys. Corrib shall use it only through the access rights granted by Nordlys during the term.
# Clause 10 Term
10.1 This Agreement comes into force on 1 March 2027 and continues for an initial term of five years.
10.2 The Agreement shall then renew automatically for successive periods of two years unless either Carrier gives written notice of non-renewal at least nine months before the end of the current period.
10.3 After the second anniversary of the commencement date, either Carrier may terminate this Agreement without cause on twelve months' written notice.
# Clause 11 Termination and Separation
11.1 Either Carrier may terminate this Agreement by written notice with immediate effect if the other Carrier: (a) commits a material breach that is not remedied within thirty days after notice; (b) loses its operating licence or air operator certificate; or (c) becomes insolvent or is subject to examinership or an equivalent procedure.
11.2 Either Carrier may terminate this Agreement on sixty days' written notice if the other Carrier undergoes a change of control in favour of an airline group that competes on the Covered Routes.
11.3 On the termination or expiry of this Agreement:
+ tickets sold under the code of the Marketing Carrier before the date of termination shall be honoured by the Operating Carrier for travel up to six months after that date, and shall be settled under clause 2.4;
+ points earned by Members before that date shall remain valid in their programme and award seats already issued shall be honoured;
+ each Carrier shall cease using the other's name, logo and code within ninety days, and the Carriers shall withdraw the "Northern Arc" brand, which neither may use afterwards unless the other consents in writing;
+ Corrib's access to the connection planning tool ends at the end of the ninety-day period, and Nordlys shall deliver to Corrib an export of Corrib's own schedule data held in the tool; and
+ Shared Member Data shall be deleted in accordance with clause 5.4.
11.4 The Alliance Managers shall prepare a separation plan within thirty days after a notice of termination, listing the flights, campaigns and customer communications concerned.
# Clause 12 Warranties, Liability and Insurance
12.1 Each Carrier warrants that it holds and will maintain a valid operating licence, air operator certificate and the traffic rights needed to operate its flights on the Covered Routes.
12.2 The Operating Carrier is liable to passengers under the Montreal Convention for the flights it operates and shall indemnify the Marketing Carrier against claims of passengers arising from those flights.
12.3 Save for the indemnity in clause 12.2 and for breach of clause 5, the aggregate liability of each Carrier under this Agreement in any calendar year shall not exceed EUR 2,000,000, and neither Carrier shall be liable for loss of revenue, profit or goodwill.
12.4 Each Carrier shall maintain aviation hull and legal liability insurance with a combined single limit of not less than USD 750,000,000 per occurrence and shall name the other Carrier as additional insured for its flights.
# Clause 13 General
13.1 Confidentiality. Each Carrier shall keep confidential the terms of this Agreement, the Special Prorate Agreement and all commercial information received from the other, during the term and for five years afterwards.
13.2 Audit. Each Carrier may, once a year and on thirty days' notice, have an independent auditor examine the records of the other Carrier relating to points issued, awards redeemed and prorated revenue.
13.3 Force majeure. Neither Carrier is liable for failure to perform caused by events beyond its reasonable control, including airspace closures, volcanic ash, epidemics and strikes by third parties, provided that it notifies the other promptly.
13.4 Assignment. Neither Carrier may assign or transfer its rights or obligations under this Agreement without the prior written consent of the other.
# Clause 14 Governing Law and Disputes
14.1 This Agreement is governed by the laws of Ireland.
14.2 Subject to clause 7.4, any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration under the Rules of Arbitration of the International Chamber of Commerce by three arbitrators. The seat of arbitration is Dublin and the language is English.
Signed for Corrib Atlantic Airways DAC by Ciarán Mulcahy, Chief Executive Officer
Signed for Nordlys Air AS by Ingrid Haugland, Chief Executive Officer
"""

STAFFING = """\
= Framework Agreement for the Supply of IT Contractors
THIS FRAMEWORK AGREEMENT is dated 11 March 2027
BETWEEN
+ Harrowgate Building Society, a building society incorporated under the Building Societies Act 1986 (FCA firm reference number 106884), whose principal office is at Harrowgate House, 21 Parliament Street, Harrogate HG1 2QU (the "Society"); and
+ Pellucid Talent Solutions Limited, a company incorporated in England and Wales with company number 11562093, whose registered office is at 4th Floor, 30 Bridge Street, Manchester M3 3BT (the "Supplier").
# 1. Definitions and Interpretation
1.1 In this Agreement the following terms have these meanings:
* "Assignment" means a period during which a Contractor provides services to the Society under an Order.
* "Contractor" means an individual IT professional, whether engaged through the Supplier's payroll or through an intermediary company, who is supplied to the Society under this Agreement.
* "Deliverables" means all software, code, documents, designs, test scripts and other materials created by a Contractor in the course of an Assignment.
* "Engagement Data" means all data generated in connection with this Agreement, including requisitions, candidate submissions, rates, timesheets, demand forecasts and Assignment histories.
* "Management Fee" means the monthly fee payable to the Supplier under Schedule 2.
* "Order" means a request for a Contractor issued by the Society through the vendor management system and accepted by the Supplier.
* "Society Data" means all data provided by or on behalf of the Society, including personal data of its members and employees, and the Engagement Data.
1.2 References to clauses and Schedules are to the clauses of and Schedules to this Agreement.
# 2. Appointment and Orders
2.1 The Society appoints the Supplier as a non-exclusive supplier of IT Contractors in the categories listed in Schedule 1 (software engineering, data engineering, cyber security, project and change management).
2.2 This Agreement sets the terms on which Orders are placed. It does not oblige the Society to place any Order, and the Society gives no guarantee as to the number or value of Orders.
2.3 For each requisition the Supplier shall submit shortlisted candidates who meet the requirements of the role, together with their curriculum vitae, the results of the technical tests set by the Supplier, the proposed day rate and confirmation of availability.
2.4 Each Contractor's status for the purposes of the off-payroll working rules shall be determined by the Society before the start of the Assignment, and the Supplier shall operate PAYE and National Insurance where the Contractor is inside those rules.
# 3. Term
3.1 This Agreement starts on 1 April 2027 and ends on 31 March 2029, unless terminated earlier under clause 13.
3.2 The Society may extend this Agreement once, for a further period of twelve months, by written notice given to the Supplier at least three months before 31 March 2029. There is no other renewal or extension.
3.3 Assignments in progress when this Agreement ends continue on its terms until the end date stated in the relevant Order, which shall not fall more than three months after the end of this Agreement.
# 4. Supplier Obligations
4.1 The Supplier shall carry out, before the start of each Assignment, the vetting listed in Schedule 3, including identity and right-to-work checks, a basic criminal record check, a credit check and references covering the last three years.
4.2 The Supplier warrants that each Contractor has the qualifications, skills and experience stated in his or her curriculum vitae and shall, at no charge, replace within ten Business Days any Contractor whom the Society reasonably considers unsuitable during the first twenty Business Days of an Assignment.
4.3 The Supplier shall ensure that Contractors comply with the Society's information security, acceptable use and conduct policies and with the FCA Conduct Rules that apply to them.
# 5. Service Levels
5.1 The Supplier shall meet the service levels in the following table:
| Service level | Target | Measurement |
| Time to shortlist | 3 candidates within 5 Business Days of requisition in 90% of requisitions | vendor management system timestamps |
| Fill rate | at least 85% of requisitions filled within 20 Business Days | vendor management system |
| Early departures | no more than 5% of Contractors leaving in the first 3 months for reasons attributable to the Supplier | Assignment records |
| Vetting completion | 100% of checks completed before the start date | vetting audit sample of 20 files per quarter |
| Invoice accuracy | at least 98% of invoices without error | accounts payable records |
5.2 The Supplier shall produce a service level report by the seventh Business Day of each month, covering the previous month, from the data held in the vendor management system, which the Society may verify at any time.
5.3 For each service level missed in a month, the Supplier shall credit the Society 2% of that month's Management Fee, and 4% if the same service level is missed in two consecutive months. Service credits in any month shall not exceed 10% of that month's Management Fee.
5.4 If the Supplier exceeds the targets for time to shortlist and fill rate by at least five percentage points over a full contract quarter, the Society shall pay a performance bonus equal to 3% of the Management Fees for that quarter, up to GBP 30,000 in any contract year.
5.5 Service credits are without prejudice to the Society's right to terminate under clause 13.2(c).
# 6. Continuous Improvement
6.1 By 31 January in each year, the Supplier shall submit to the Society a written improvement plan setting out proposals to reduce the total cost of Contractors, shorten time to hire and improve the quality of candidates, with the expected saving or gain for each proposal.
6.2 The proposals shall, taken together, aim to reduce the Society's total expenditure under this Agreement by at least 3% per year at constant volumes, without reducing Contractor day rates below the market median.
6.3 The improvement plan shall be reviewed at the annual review meeting under clause 7.3, and the Society shall inform the Supplier in writing within thirty days which proposals it adopts, with an implementation timetable.
# 7. Contract Management
7.1 The Supplier appoints Ms Rachel Okafor as account manager, and the Society appoints Mr David Lund, Head of IT Procurement, as contract manager. Each may be replaced by notice to the other.
7.2 The account manager and the contract manager shall meet monthly to review Orders, service levels and open issues.
7.3 In addition, representatives of the Supplier's management and of the Society's IT and procurement functions shall meet once every quarter, and once a year in an extended annual review meeting.
# 8. Society Data
8.1 The Society owns all Society Data, including the Engagement Data, whether created by the Society, the Supplier or a Contractor.
8.2 The Supplier may use Society Data only to perform this Agreement. In particular it shall not use Engagement Data to benchmark rates for other clients, to market its services to Contractors or to approach the Society's other suppliers.
8.3 The Supplier shall keep Society Data confidential, process personal data only on the documented instructions of the Society under the data processing terms in Schedule 4, and keep it within the United Kingdom.
8.4 Within thirty days after the end of this Agreement, the Supplier shall return all Society Data to the Society in CSV format and then securely delete all copies, and a director of the Supplier shall certify the deletion in writing.
# 9. Intellectual Property
9.1 All intellectual property rights in the Deliverables vest in the Society on creation. The Supplier shall procure that each Contractor, or the intermediary company through which the Contractor is engaged, assigns those rights to the Society and waives any moral rights.
9.2 Where the Supplier's pre-existing materials are included in a Deliverable, the Supplier grants the Society a perpetual, royalty-free, non-exclusive licence to use, copy and modify them as part of that Deliverable.
# 10. Charges and Invoicing
10.1 The Society shall pay the Contractor day rates agreed in each Order, plus the Supplier's margin set out in Schedule 2 (which may not exceed 14% of the Contractor day rate), and the Management Fee.
10.2 The Supplier shall invoice monthly in arrears on the basis of timesheets approved in the vendor management system. The Society shall pay undisputed invoices within thirty days.
# 11. Staff
11.1 If the Society engages a Contractor directly as an employee within six months after the end of his or her Assignment, the Society shall pay the Supplier a transfer fee of 10% of the Contractor's first-year basic salary. No fee is due for a Contractor who has completed twelve months on Assignment.
11.2 During the term and for six months afterwards, neither party shall solicit for employment any member of the other's permanent staff with whom it has dealt in connection with this Agreement.
# 12. Liability and Insurance
12.1 Nothing in this Agreement limits liability for death or personal injury caused by negligence, fraud or breach of clause 8.
12.2 Subject to clause 12.1, each party's total liability in each contract year is limited to the greater of GBP 1,000,000 and 125% of the charges paid in that year. Neither party is liable for indirect or consequential loss.
12.3 The Supplier shall maintain professional indemnity insurance of at least GBP 5,000,000 per claim, employer's liability insurance of at least GBP 10,000,000 and public liability insurance of at least GBP 5,000,000, and provide certificates on request.
# 13. Termination and Exit
13.1 The Society may terminate this Agreement for convenience on three months' written notice.
13.2 Either party may terminate this Agreement with immediate effect by notice if the other party: (a) commits a material breach which is not remedied within thirty days of notice; (b) becomes insolvent; or, in the case of the Society only, (c) if the Supplier misses the same service level in three consecutive months, or (d) if the Supplier undergoes a change of control.
13.3 On expiry or termination, the Supplier shall provide exit assistance for up to three months, including: a list of current Assignments and their end dates; the transfer of Assignments to the Society's new supplier where the Society so requests and the Contractor agrees; the hand-over of all Deliverables, documentation and passwords held by Contractors; and cooperation with the Society's regulators in relation to the exit.
13.4 Exit assistance is charged at the Management Fee in force, pro rata, except where the Society terminates under clause 13.2.
# 14. General
14.1 Confidentiality. Each party shall keep the other's confidential information secret and use it only for this Agreement, during the term and for five years afterwards.
14.2 Audit. The Society, its auditors and the FCA may audit the Supplier's records, systems and vetting files relating to this Agreement on ten Business Days' notice, or without notice where required by the FCA.
14.3 Force majeure. Neither party is liable for delay caused by circumstances beyond its reasonable control, provided that it uses reasonable endeavours to mitigate them; if such circumstances last more than sixty days either party may terminate.
14.4 Assignment. The Supplier may not assign, subcontract or transfer this Agreement without the Society's prior written consent.
14.5 Law and jurisdiction. This Agreement is governed by the law of England and Wales. The courts of England have exclusive jurisdiction over any dispute arising out of it.
Signed for Harrowgate Building Society by Fiona Castellan, Chief Operating Officer
Signed for Pellucid Talent Solutions Limited by Marcus Wheeler, Managing Director
"""

STEEL = """\
= Hot-Rolled Coil Supply Agreement
Date: 24 May 2027
Parties:
+ Tasman Strip Mills Pty Ltd (ABN 41 603 778 215) of 190 Springhill Road, Port Kembla NSW 2505 (Supplier)
+ Bellbrook Tube & Section Pty Ltd (ABN 87 119 460 332) of 12 Kurrajong Avenue, Somersby NSW 2250 (Buyer)
# Background
A. The Buyer manufactures welded steel tube, hollow sections and roll-formed purlins at its Somersby mill and requires a reliable supply of hot-rolled coil.
B. The Supplier operates a hot strip mill and pickling line at Port Kembla and has agreed to supply Products to the Buyer on the terms of this agreement.
C. Capitalised terms are defined in the Dictionary in Schedule 3.
# 1. Supply and Purchase
1.1 The Supplier shall manufacture and sell, and the Buyer shall purchase, the Products in accordance with the Specifications in Schedule 1 and the Orders placed under clause 3.
1.2 For each Contract Year the Buyer shall purchase not less than 85% of the Annual Contract Quantity, which is 96,000 tonnes for the first Contract Year and is adjusted for later Contract Years under clause 3.4.
1.3 If at the end of a Contract Year the Buyer has taken less than 85% of the Annual Contract Quantity, other than because of a Force Majeure Event or the Supplier's failure to supply, the Buyer shall pay the Supplier a shortfall fee of AUD 38 per tonne of the difference. The shortfall fee is the Supplier's sole remedy for the Buyer's failure to take the minimum quantity.
1.4 The Supplier shall give the Buyer priority over its other customers of hot-rolled coil of equivalent grades when allocating mill capacity during periods of constrained production, subject to clause 14.3.
# 2. Term
2.1 This agreement commences on 1 July 2027 and, subject to clause 12, continues until 30 June 2031.
2.2 The Buyer may renew this agreement for one further term of two years by giving the Supplier written notice at least twelve months before 30 June 2031. The renewal takes effect unless the Supplier, within thirty days after receiving that notice, objects in writing on the ground that its hot strip mill is scheduled for closure or major reconstruction during the renewal term.
2.3 There is no other renewal, and the parties' continued dealings after the end of the term do not extend this agreement.
# 3. Forecasts and Orders
3.1 By the fifteenth day of each month the Buyer shall provide a rolling six-month forecast of its requirements by grade, thickness and width. The first two months of each forecast are firm.
3.2 The Buyer shall place Orders through the Supplier's customer portal at least six weeks before the requested rolling cycle.
3.3 The Supplier shall accept each Order that is consistent with the firm forecast within two Business Days, and may accept or decline volumes above the forecast.
3.4 The Annual Contract Quantity for each Contract Year after the first shall be the average of the Buyer's forecasts for that year, provided it is not less than 80,000 tonnes or more than 120,000 tonnes.
# 4. Price and Indexation
4.1 The price of each Product is the Base Price in Schedule 2, adjusted each Quarter under clause 4.2, plus the extras for grade, dimension and pickling listed in Schedule 2.
4.2 On the first day of each Quarter, the Base Price shall be adjusted by reference to the Index as follows:
| Element | Weighting | Reference |
| Fixed element | 30% | not indexed |
| Raw materials element | 50% | average of the Index over the previous Quarter compared with the Base Index |
| Energy element | 20% | average of the NSW wholesale electricity price over the previous Quarter compared with its base value |
4.3 If an adjustment under clause 4.2 would change the Base Price by more than 12% in a single Quarter, the excess shall be carried forward to the next Quarter.
4.4 If the Index ceases to be published, the parties shall use the replacement index nominated by its publisher or, failing that, an index determined under clause 13.
# 5. Delivery
5.1 The Supplier shall deliver Products DAP the Buyer's Somersby mill (Incoterms 2020) by road, on the delivery dates confirmed in each Order.
5.2 Risk passes to the Buyer on unloading and title on payment of the price.
5.3 The Supplier shall achieve an on-time in-full performance of at least 95% of confirmed tonnes each month, a delivery being on time if it arrives no more than two days before or after the confirmed date.
5.4 The Supplier shall report its on-time in-full performance monthly, based on delivery dockets signed at the Buyer's gate.
5.5 For each full percentage point by which monthly on-time in-full performance falls below 95%, the Supplier shall allow a rebate of 1% of the invoiced value of that month's deliveries, up to a maximum of 8% of that value. The rebate is liquidated damages and a genuine pre-estimate of the Buyer's extra handling and production costs.
# 6. Quality and Warranty
6.1 The Supplier warrants that the Products will comply with the Specifications and with AS/NZS 1594, and that each coil will be accompanied by a test certificate showing the results of chemical analysis and mechanical tests performed on samples from the coil.
6.2 The warranty in clause 6.1 applies to defects notified within twelve months after delivery. The Supplier shall, at its option, replace the defective Products or credit their price, and shall reimburse reasonable costs of handling and scrap.
6.3 The Supplier shall maintain its certification to ISO 9001 and ISO 14001 and allow the Buyer, on ten Business Days' notice and not more than twice a year, to audit its quality records, test laboratory and process controls relating to the Products.
# 7. Improvements
The Supplier may from time to time propose to the Buyer changes to grades, coil weights, packaging or logistics that could reduce costs or improve yield at the Buyer's mill. The Buyer will consider such proposals in good faith.
# 8. Order Data
8.1 The Forecasts, Orders, consumption figures and other information about the Buyer's requirements provided under this agreement (Order Data) belong to the Buyer.
8.2 The Supplier may use Order Data only to plan production and deliveries for the Buyer and to prepare invoices. It must not use Order Data to set prices for, or solicit business from, the Buyer's customers or competitors.
8.3 Order Data is Confidential Information of the Buyer.
8.4 Within sixty days after the end of this agreement the Supplier shall delete the Order Data from its systems, except for records it is required to keep for tax purposes, and shall confirm this in writing.
# 9. Confidentiality
Each party shall keep confidential all Confidential Information of the other party and use it only for this agreement. This obligation continues for three years after the end of this agreement.
# 10. Liability
10.1 Neither party is liable for Consequential Loss.
10.2 The aggregate liability of each party under or in connection with this agreement in each Contract Year is limited to 20% of the price of Products delivered in that Contract Year. This limit does not apply to the Buyer's obligation to pay for Products and the shortfall fee, or to liability for fraud, wilful misconduct or personal injury.
# 11. Force Majeure
11.1 A party affected by a Force Majeure Event is excused from performing its obligations (other than payment) to the extent it is prevented by that event, if it notifies the other party promptly and uses reasonable endeavours to overcome it.
11.2 During a Force Majeure Event affecting the Supplier, the Buyer may buy replacement coil from third parties and those tonnes count towards the minimum quantity under clause 1.2.
11.3 If a Force Majeure Event continues for more than ninety days, either party may terminate this agreement by notice.
# 12. Termination
12.1 Either party may terminate this agreement by notice if the other party: (a) commits a material breach and fails to remedy it within thirty days after receiving notice; or (b) suffers an Insolvency Event.
12.2 The Buyer may terminate this agreement on sixty days' notice if the on-time in-full performance falls below 85% for three consecutive months.
12.3 Termination does not affect Orders already accepted, which shall be completed unless the terminating party elects otherwise in its notice, or rights accrued before termination.
# 13. Disputes
13.1 A party claiming that a dispute has arisen shall notify the other. Within ten Business Days the parties' senior executives shall meet to try to resolve it.
13.2 If the dispute is not resolved within twenty Business Days of the notice and it concerns the Specifications, a test result or the Index, either party may refer it to an independent expert appointed by the President of the Engineers Australia NSW division, whose determination is binding except for manifest error.
13.3 Any other unresolved dispute may be brought before the courts.
# 14. General
14.1 Insurance. Each party shall hold public and products liability insurance of at least AUD 20,000,000 per occurrence and, in the case of the Supplier, transit insurance for Products until unloading.
14.2 Assignment. Neither party may assign or novate this agreement without the other party's written consent, which must not be unreasonably withheld.
14.3 Allocation. The Supplier's obligation under clause 1.4 does not require it to breach a contract entered into before the date of this agreement or a direction of a government agency.
14.4 Governing law. This agreement is governed by the law of New South Wales, and the parties submit to the exclusive jurisdiction of its courts.
14.5 Entire agreement. This agreement contains the entire agreement of the parties about its subject matter.
# Schedule 1 – Specifications
| Grade | Thickness (mm) | Width (mm) | Standard |
| HA250 | 1.6 to 6.0 | 900 to 1,550 | AS/NZS 1594 |
| HA300 | 2.0 to 8.0 | 900 to 1,550 | AS/NZS 1594 |
| HA350 pickled and oiled | 1.6 to 4.0 | 1,000 to 1,250 | AS/NZS 1594 |
# Schedule 2 – Prices
Base Price: AUD 1,045 per tonne for grade HA250, uncoated, 3.0 mm x 1,250 mm, at the Base Index. Extras: HA300 AUD 25 per tonne; HA350 AUD 48 per tonne; pickling and oiling AUD 70 per tonne; thickness below 2.0 mm AUD 35 per tonne.
# Schedule 3 – Dictionary
* Annual Contract Quantity means the quantity determined under clauses 1.2 and 3.4.
* Base Index means the average of the Index over January to March 2027.
* Business Day means a day other than a Saturday, Sunday or public holiday in Sydney.
* Confidential Information means information disclosed by a party in connection with this agreement that is marked confidential or is confidential by its nature, including Order Data.
* Consequential Loss means loss of profit, revenue, opportunity or goodwill and any indirect loss.
* Contract Year means each twelve-month period starting on 1 July.
* Force Majeure Event means an event beyond the reasonable control of a party, including blast furnace breakdown caused by an external event, fire, flood, industrial action affecting an industry generally and port closure.
* Index means the published monthly average of the seaborne iron ore fines 62% Fe and premium hard coking coal prices, weighted 60:40.
* Insolvency Event means the appointment of an administrator, liquidator or receiver, or any arrangement with creditors.
* Order means an order placed under clause 3.2.
* Products means the hot-rolled coil described in Schedule 1.
* Quarter means a period of three months starting on 1 January, 1 April, 1 July or 1 October.
* Specifications means the specifications in Schedule 1.
* Test Certificate means the certificate referred to in clause 6.1.
Executed by Tasman Strip Mills Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth): Director Gregory Hallett; Director/Secretary Mei-Lin Tran.
Executed by Bellbrook Tube & Section Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth): Director Stuart Ferreira; Director/Secretary Naomi Pike.
"""

DOCS = {
    "partnership-airline-codeshare.en.docx": CODESHARE,
    "supplier-it-contractor-staffing.en.docx": STAFFING,
}

PDF_DOCS = {
    "supplier-steel-coil-supply.en.docx": STEEL,
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
