"""Build the Word contracts of the blind7 English set from the texts embedded below.

Line markup: "= " Title, "# " Heading 1, "## " Heading 2, "* " List Bullet,
"+ " List Number, "| a | b |" table rows (first row = header), other lines = Normal.
supplier-medical-gloves.en.docx is built as an intermediate .docx, converted to PDF with LibreOffice
(soffice --headless --convert-to pdf) and the intermediate .docx is then deleted.
Run: .venv/bin/python tests/data/blind7/en/make_docx.py
"""
import subprocess
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent

ROAMING = """\
= EV Charging Roaming Alliance Agreement
This Roaming Alliance Agreement is made as of April 6, 2027 between:
+ Lakeshore Volt Networks Inc., a corporation incorporated under the laws of Ontario, with its head office at 181 Bay Street, Suite 2300, Toronto, Ontario M5J 2T3 ("Lakeshore"); and
+ Prairie Current Charging Corp., a corporation incorporated under the Canada Business Corporations Act, with its head office at 1010 Centre Street N.E., Calgary, Alberta T2E 2P8 ("Prairie"),
each a "Network" and together the "Networks".
# Article 1 – Background and Definitions
## Section 1.1 Background
Lakeshore operates approximately 2,100 public direct-current fast chargers and Level 2 charging ports in Ontario and Quebec. Prairie operates approximately 1,400 charging ports in Alberta, Saskatchewan, Manitoba and British Columbia. Each Network has its own driver application and subscription plans. The Networks wish to let their subscribers charge on the other Network with a single account, a single payment method and transparent prices, by connecting their systems through the Open Charge Point Interface protocol, version 2.2.1 ("OCPI").
## Section 1.2 Definitions
* "Charge Detail Record" or "CDR" means the record of a completed charging session sent from the Network operating the charger (the "Host Network") to the Network whose subscriber charged (the "Home Network").
* "Driver" means an individual holding a subscription or account with a Home Network.
* "Roaming Data" means CDRs, authorisation requests, tariff data, location and availability data and all other data exchanged between the Networks under this Agreement.
* "Roaming Fee" means the fee set out in Section 4.2.
* "Roaming Committee" means the committee described in Article 7.
* "Business Day" means a day other than a Saturday, Sunday or statutory holiday in Ontario.
# Article 2 – Scope of the Alliance
## Section 2.1 Roaming
Each Network shall, as Host Network, allow Drivers of the other Network to start, stop and pay for charging sessions on all of its public chargers, and shall display the other Network's Drivers the same real-time availability information as its own drivers.
## Section 2.2 Non-exclusivity
This Agreement is not exclusive. Each Network may enter into roaming arrangements with other charging networks or hubs.
## Section 2.3 Co-marketing
The Networks shall announce the alliance jointly and may describe each other as "roaming partner". Each Network grants the other a non-exclusive, royalty-free licence, for the term of this Agreement, to use its name and logo in its driver application and on its website solely to identify the chargers available through roaming.
# Article 3 – Interoperability Trial
## Section 3.1 Trial
Before opening roaming to all Drivers, the Networks shall conduct an interoperability trial for two months starting on the date on which both Networks confirm the OCPI connection in their test environments (the "Trial"), limited to 500 Drivers from each Network and to 150 chargers designated by each Host Network.
## Section 3.2 Targets
The Trial is successful if, over its duration:
+ at least 97% of authorisation requests from roaming Drivers are accepted or rejected within 5 seconds;
+ at least 99% of CDRs are delivered to the Home Network within 24 hours of the end of the session;
+ disputed CDRs represent less than 1% of roaming sessions.
## Section 3.3 Decision
The Roaming Committee shall meet within ten Business Days after the end of the Trial to decide on the general launch. If any target in Section 3.2 is not met and is not met in a further test period of 30 days, either Network may terminate this Agreement by written notice without any payment or liability to the other Network.
# Article 4 – Prices and Settlement
## Section 4.1 Prices to Drivers
The Host Network determines its tariffs and communicates them through OCPI. The Home Network shall show the roaming Driver the applicable tariff before the session begins and may add a roaming mark-up of no more than 10%.
## Section 4.2 Settlement
| Item | Amount | Timing |
| Energy and time charges | Host Network tariff per CDR | Monthly settlement statement by the 10th Business Day |
| Roaming Fee | CAD 0.35 per completed session, paid by the Home Network | Included in the monthly statement |
| Disputed CDRs | Withheld until resolved | Resolution within 20 Business Days |
| Net balance | Paid by the Network owing it | Within 15 Business Days after the statement |
## Section 4.3 Records and audit
Each Network shall keep complete CDRs and settlement records for six years. Each Network may, once per calendar year and on 20 Business Days' notice, have an independent accountant audit the other Network's CDRs and settlement statements. The audit is at the cost of the requesting Network unless it reveals an overcharge of more than 2%.
# Article 5 – Service Levels
## Section 5.1 Levels
Each Network shall meet, as Host Network, the following service levels, measured monthly by the OCPI monitoring tool jointly configured by the Networks and reported to the Roaming Committee in a monthly scorecard within five Business Days of month end:
| Service level | Target | Service credit if missed | Bonus if exceeded |
| OCPI endpoint availability | 99.7% | 5% of Roaming Fees received in the month | 2% of Roaming Fees received if 99.95% or more |
| Authorisation response within 5 seconds | 98% of requests | 3% of Roaming Fees received in the month | none |
| CDR delivery within 24 hours | 99.5% of sessions | 3% of Roaming Fees received in the month | 1% of Roaming Fees received if 99.9% or more |
| Charger status accuracy | 97% | 2% of Roaming Fees received in the month | none |
## Section 5.2 Caps
Service credits are deducted from the next settlement statement. The total service credits owed by a Network in a month shall not exceed 10% of the Roaming Fees it received in that month, and the total bonus earned by a Network in a calendar quarter shall not exceed CAD 25,000.
## Section 5.3 Persistent failure
If a Network misses the same service level in three consecutive months, the other Network may suspend roaming on the affected chargers until the level has been met for one full month.
# Article 6 – Roaming Data and Privacy
## Section 6.1 Use of Roaming Data
Each Network may use the Roaming Data it receives under this Agreement for any lawful purpose, including billing, customer service, network planning, analytics and the development of its own products and services.
## Section 6.2 Personal information
To the extent that Roaming Data includes personal information about Drivers, each Network shall comply with the Personal Information Protection and Electronic Documents Act and applicable provincial privacy legislation, and shall transmit only the contract identifier and token data required by OCPI, not the Driver's name or payment card details.
# Article 7 – Governance
## Section 7.1 Roaming Committee
The Networks shall establish a Roaming Committee of four members, two appointed by each Network, one of whom shall be its Alliance Manager. The Committee shall meet quarterly and shall review the scorecards, settlement disputes, Driver complaints, the marketing plan and a list of no more than five priority actions, each with an owner and a deadline.
## Section 7.2 Decisions
Decisions require the agreement of both Networks, each having one vote. A matter on which the Committee fails to agree within 20 Business Days after it is first tabled shall be referred to the Networks' Chief Operating Officers.
## Section 7.3 Escalation and mediation
If the Chief Operating Officers do not settle the matter within 15 Business Days, either Network may refer it to mediation under the National Mediation Rules of the ADR Institute of Canada, with a mediator sitting in Toronto. Neither Network may commence arbitration under Section 12.2 until 30 days after the mediator is appointed, except to obtain urgent interim relief.
## Section 7.4 Alliance Managers
Lakeshore appoints Ms. Priya Raghunathan, Director of Partnerships, and Prairie appoints Mr. Luc Beaulieu, VP Business Development, as Alliance Managers, each accountable to its Network for the relationship and for implementing the Committee's decisions.
# Article 8 – Intellectual Property
## Section 8.1 Existing rights
Each Network keeps all rights in its software, driver application, trademarks and data models.
## Section 8.2 Joint tools
The settlement reconciliation tool and the tariff-display module developed by the Networks for this alliance shall be owned by Lakeshore, which shall grant Prairie a perpetual, royalty-free, non-exclusive licence to use and modify them for its own network operations, including after the end of this Agreement.
# Article 9 – Term and Termination
## Section 9.1 Term
This Agreement begins on the date first written above and continues for an initial term of three years. It renews automatically for successive terms of twelve months.
## Section 9.2 Termination for breach or insolvency
Either Network may terminate this Agreement by 45 days' written notice if the other Network commits a material breach which it fails to cure within that period, or immediately if the other Network becomes bankrupt or insolvent.
## Section 9.3 Termination without cause
After the second anniversary of the general launch, either Network may terminate this Agreement without cause by twelve months' written notice.
## Section 9.4 Change of control
If a Network comes under the control of a charging network operator or vehicle manufacturer that competes with the other Network, the other Network may terminate this Agreement by 90 days' written notice given within six months after being informed of the change.
## Section 9.5 Wind-down
On expiry or termination: (a) roaming shall continue for a wind-down period of 90 days, during which each Network shall inform its Drivers of the end of roaming and honour any prepaid roaming bundles; (b) settlement of all sessions completed before the end of the wind-down period shall be completed within 60 days after it; (c) each Network shall delete all personal information about the other Network's Drivers within 30 days after final settlement, keeping only what tax law requires, and confirm the deletion in writing; (d) each Network shall remove the other's name and logo from its applications; and (e) the licence in Section 8.2 continues.
# Article 10 – Confidentiality, Liability and Insurance
## Section 10.1 Confidentiality
Each Network shall keep confidential the terms of this Agreement, the other Network's tariffs before publication, its settlement data and its technical documentation, and shall use them only for this Agreement, during the term and for three years afterwards.
## Section 10.2 Limitation of liability
Except for breach of Section 10.1 or for wilful misconduct, neither Network shall be liable for indirect or consequential loss, and each Network's total liability in a calendar year shall not exceed CAD 750,000.
## Section 10.3 Insurance
Each Network shall maintain commercial general liability insurance of at least CAD 10,000,000 per occurrence and cyber liability insurance of at least CAD 5,000,000.
## Section 10.4 Compliance
Each Network represents and warrants that its chargers are certified to CSA C22.2 No. 280 and that energy sold by the kilowatt-hour is measured by meters approved by Measurement Canada.
# Article 11 – General
## Section 11.1 Force majeure
Neither Network is liable for a failure caused by events beyond its reasonable control, including grid outages, severe weather, cyberattacks that could not have been prevented by reasonable security measures, and acts of government.
## Section 11.2 Assignment
Neither Network may assign this Agreement without the prior written consent of the other, which shall not be unreasonably withheld in the case of an assignment to an affiliate.
## Section 11.3 Notices
Notices shall be in writing and sent by email to the Alliance Manager with a copy to the General Counsel of the receiving Network.
# Article 12 – Law and Disputes
## Section 12.1 Governing law
This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable in it.
## Section 12.2 Arbitration
Subject to Section 7.3, any dispute shall be finally resolved by arbitration in Toronto under the Arbitration Act, 1991 (Ontario) by a single arbitrator.
| For Lakeshore Volt Networks Inc. | For Prairie Current Charging Corp. |
| Name: Daniel Ferreira, Chief Executive Officer | Name: Heather McLeod, President |
| I have authority to bind the corporation. | I have authority to bind the corporation. |
"""

TRANSLATION = """\
= Framework Agreement for Translation and Interpreting Services
Dated: 11 January 2027
BETWEEN
+ Al Noor Capital Holdings Limited, a company incorporated in the Dubai International Financial Centre (registered number CL4127), of Level 14, Gate Village Building 3, DIFC, Dubai, United Arab Emirates (the "Client"); and
+ Polyglot Bridge Language Services FZ-LLC, a company licensed in Dubai Knowledge Park (licence number 98213), of Block 11, Office 204, Dubai Knowledge Park, Dubai (the "Supplier").
# Clause 1 Definitions
* "Client Content" means all documents, audio recordings and other material supplied by the Client for translation or interpreting, and all translations produced from them.
* "Translation Memory" means the database of aligned source and target segments created or updated in performing Work Orders.
* "Work Order" means an order for Services placed by the Client through the Supplier's portal or by email, stating the language pair, volume, deadline and quality tier.
* "Services" means the translation, revision, proofreading, certified translation and interpreting services described in Schedule 1.
* "LQA Score" means the score out of 100 obtained by a sample of a translation under the error-typology evaluation described in Schedule 2.
# Clause 2 Framework
2.1 This Agreement sets out the terms on which the Supplier will provide Services under Work Orders placed by the Client and its subsidiaries. Each Work Order forms a separate contract incorporating this Agreement.
2.2 The Client does not commit to any minimum volume of Work Orders and may use other providers for any Services.
2.3 The Supplier shall accept every Work Order for the language pairs in Schedule 1 that allows at least the standard turnaround time in Clause 6.
# Clause 3 Term
3.1 This Agreement begins on 1 February 2027 and ends on 31 January 2029.
3.2 The Client may extend this Agreement once for a further twelve months by written notice given at least 60 days before 31 January 2029.
3.3 Work Orders placed before expiry shall be completed under this Agreement.
# Clause 4 Trial period
4.1 The first three months of this Agreement are a trial period during which the Supplier shall handle Work Orders for the Client's investor relations department only.
4.2 At the end of the trial period the Client's Head of Corporate Communications shall assess whether the quality and responsiveness of the Services have been satisfactory. If the Client is not satisfied, it may end this Agreement by 14 days' notice, paying for completed Work Orders only.
# Clause 5 Fees
5.1 The Client shall pay the rates in the following table, exclusive of VAT:
| Service | Unit | Rate (AED) |
| Translation Arabic-English, English-Arabic, standard tier | per source word | 0.38 |
| Translation, financial and legal tier (with revision) | per source word | 0.52 |
| Certified legal translation | per page | 95 |
| Consecutive interpreting | per half day | 1,600 |
| Simultaneous interpreting (team of two) | per day | 6,400 |
5.2 Repetitions and full matches from the Translation Memory are charged at 30% of the word rate.
5.3 Invoices are issued monthly and payable within 30 days.
# Clause 6 Service Levels
## Turnaround and quality
6.1 The Supplier shall deliver translations within the following turnaround times, counted from acknowledgement of the Work Order: up to 2,000 words, two Business Days; 2,001 to 8,000 words, four Business Days; above 8,000 words, as stated in the Work Order.
6.2 Every translation in the financial and legal tier shall achieve an LQA Score of at least 98. The Client may have any delivery evaluated against Schedule 2 by its own reviewers.
## Fee reductions and reporting
6.3 If a translation is delivered late, the fee for that Work Order shall be reduced by 5% for each Business Day of delay. If a translation fails to achieve the required LQA Score, the Supplier shall correct it without charge within one Business Day and the fee shall be reduced by 10%.
6.4 The Supplier shall send the Client a monthly report listing all Work Orders, delivery dates and LQA Scores.
# Clause 7 Improvement
The Supplier may, from time to time, propose to the Client ways of improving the Services, such as terminology management, machine translation with post-editing for internal documents, or changes to the Work Order process. The Client may accept or reject any proposal at its discretion.
# Clause 8 Relationship Management
8.1 The Client's Contract Manager is Ms Layla Haddad, Head of Corporate Communications. The Supplier's Account Director is Mr Karim Saleh. Each is accountable for the relationship and may be replaced by notice.
8.2 A Service Review Panel consisting of the Contract Manager, the Client's Head of Legal Translation and the Supplier's Account Director and Quality Manager shall meet every three months to review the monthly reports, complaints, fee reductions, security matters and a list of corrective actions with owners and deadlines.
8.3 Decisions on the Services are taken by the Client after consulting the Supplier at the Panel. Any disagreement that the Panel cannot resolve within ten Business Days shall be escalated to the Client's Chief Operating Officer and the Supplier's Managing Director.
8.4 If the escalation does not resolve a dispute within 20 Business Days, the Parties shall refer it to mediation by a mediator appointed by the Dubai International Arbitration Centre. No proceedings may be commenced before the DIFC Courts until 30 days after the mediator's appointment, except for urgent interim relief.
8.5 The Parties shall review the scope and rates of the Services from time to time as the Client's needs change.
# Clause 9 Client Content and Confidentiality
9.1 All Client Content and all Translation Memories and glossaries created for the Client belong to the Client.
9.2 The Supplier shall use Client Content only to perform the Services. It shall not upload Client Content to public machine translation engines, nor use it or any Translation Memory to train machine translation or language models.
9.3 The Supplier shall keep Client Content and all information about the Client's business confidential and shall ensure that every translator and interpreter working on the Services has signed a confidentiality undertaking at least as protective as this Clause. Information relating to transactions not yet public shall be treated as inside information.
9.4 The Supplier shall comply with the DIFC Data Protection Law No. 5 of 2020 when processing personal data contained in Client Content.
9.5 Within 30 days after the end of this Agreement the Supplier shall deliver all Translation Memories and glossaries to the Client in TMX and TBX format and shall then delete all Client Content from its systems and those of its translators, confirming the deletion in writing.
# Clause 10 Intellectual Property
All copyright and other rights in translations produced under this Agreement are assigned to the Client upon payment of the relevant fee. The Supplier waives, and shall procure that its translators waive, any moral rights to the extent permitted by law.
# Clause 11 Warranties
The Supplier warrants that the Services will be performed by qualified translators with at least five years' experience in the relevant field, that certified translations will be made by translators sworn before the UAE Ministry of Justice, and that translations will be accurate and complete.
# Clause 12 Audit
The Client may, on five Business Days' notice, inspect the Supplier's premises, systems and records to verify compliance with Clause 9, including the confidentiality undertakings of translators.
# Clause 13 Liability and Insurance
13.1 The Supplier's total liability under this Agreement in any contract year shall not exceed the fees paid in that year or AED 500,000, whichever is greater, except for breach of Clause 9, for which it shall not exceed AED 3,000,000.
13.2 The Supplier shall maintain professional indemnity insurance of not less than AED 3,000,000.
# Clause 14 Termination
14.1 The Client may terminate this Agreement at any time by 30 days' written notice.
14.2 Either Party may terminate this Agreement immediately if the other commits a material breach which is not remedied within 15 days after notice.
14.3 The arrangements for Work Orders in progress at the date of termination, including their hand-over to another provider, shall be agreed by the Parties at the time of termination.
# Clause 15 Non-solicitation
During this Agreement and for twelve months afterwards the Client shall not engage directly any translator or interpreter introduced by the Supplier who has worked on Work Orders in the preceding six months.
# Clause 16 General
16.1 Subcontracting. The Supplier shall not subcontract any Work Order to a translator who is not on its approved list, nor assign this Agreement, without the Client's prior written consent.
16.2 Force majeure. Neither Party is liable for delay caused by an event beyond its reasonable control, provided it notifies the other Party promptly; the Client may re-assign any affected Work Order to another provider.
16.3 Governing law. This Agreement is governed by the laws of the Dubai International Financial Centre.
16.4 Jurisdiction. Subject to Clause 8.4, the DIFC Courts have exclusive jurisdiction.
| Signed for Al Noor Capital Holdings Limited | Signed for Polyglot Bridge Language Services FZ-LLC |
| Omar Al Mansouri, Chief Operating Officer | Karim Saleh, Account Director |
"""

GLOVES = """\
= Long-Term Supply Agreement – Nitrile Examination Gloves
This Agreement is made on 1 March 2027 between Southern Cross Clinical Supplies Limited, a company registered in New Zealand (company number 6419027), of 88 Carbine Road, Mount Wellington, Auckland 1060 (the "Buyer"), and Perak Nitrile Industries Sdn. Bhd., a company incorporated in Malaysia (registration number 201101028733), of Lot 22, Kawasan Perindustrian Kamunting Raya, 34600 Kamunting, Perak, Malaysia (the "Supplier").
Words beginning with capital letters have the meanings given in Schedule B (Definitions).
# 1. Supply
1.1 The Supplier shall manufacture and sell, and the Buyer shall purchase, the Products in accordance with this Agreement and the Specification.
1.2 The Products shall be packed in the Buyer's ClinGuard private-label boxes. The Buyer grants the Supplier a non-exclusive, non-transferable licence, for the Term, to reproduce the ClinGuard trade mark on boxes and cartons of Products made for the Buyer, and for no other purpose.
1.3 The first shipment under this Agreement (the "Pilot Consignment") shall be subject to full inspection by the Buyer's appointed inspection agent at the Supplier's plant before it is loaded.
# 2. Term
2.1 This Agreement begins on the date written above and continues for four Contract Years, ending on 28 February 2031.
2.2 The Buyer may renew this Agreement for one further Contract Year by notice given to the Supplier at least six months before the end of the fourth Contract Year. The Parties shall then agree the Prices for that year under clause 5.3.
# 3. Quantities
3.1 The Buyer shall order at least 60,000,000 gloves in each Contract Year (the "Annual Minimum").
3.2 If the Buyer's orders in a Contract Year fall below 85% of the Annual Minimum, the Buyer shall pay the Supplier, within 30 days after the end of that Contract Year, 8% of the Price of the shortfall below 85%.
3.3 The Buyer shall give the Supplier a rolling six-month Forecast each month, of which the first two months are firm orders.
# 4. Specification
The Products shall meet the following Specification:
| Characteristic | Requirement | Standard |
| Material | Nitrile, powder-free, latex-free | – |
| Freedom from holes | AQL 1.5 or better (inspection level G-I) | ASTM D5151, EN 455-1 |
| Tensile strength before ageing | at least 14 MPa | ASTM D6319 |
| Elongation at break | at least 500% | ASTM D6319 |
| Palm thickness | 0.08 mm minimum | ASTM D3767 |
| Sizes | XS, S, M, L, XL | – |
| Shelf life | 36 months from manufacture | EN 455-4 |
# 5. Prices
5.1 The Prices for the first Contract Year are USD 19.40 per carton of 1,000 gloves, delivered FOB Port Klang (Incoterms 2020).
5.2 From the second Contract Year the Prices shall be adjusted on 1 March each year by 70% of the percentage change in the quarterly average price of butadiene rubber published by the Malaysian Rubber Board, the remaining 30% being fixed.
5.3 Invoices are payable 45 days after the bill of lading date.
# 6. Delivery Performance
6.1 The Supplier shall deliver at least 95% of ordered quantities on time and in full, measured for each calendar month as the percentage of order lines loaded in full by the confirmed loading date ("OTIF").
6.2 The Supplier shall send the Buyer a monthly scorecard by the tenth day of the following month showing OTIF, lots rejected for non-conformity and open corrective actions. The Buyer's receiving data shall prevail in case of discrepancy.
6.3 For each full percentage point by which monthly OTIF falls below 95%, the Supplier shall credit the Buyer 1% of the Price of the Products invoiced in that month. Credits shall not exceed 8% of that month's invoiced Price.
6.4 If OTIF for a calendar quarter is at least 98.5% and no lot has been rejected in that quarter, the Buyer shall pay the Supplier a performance bonus of 0.5% of the Price invoiced in that quarter. Bonuses shall not exceed USD 60,000 in a Contract Year.
# 7. Quality, Inspection and Audit
7.1 The Supplier warrants that each lot of Products conforms to the Specification and to the Medicines Act 1981 requirements applicable to medical devices supplied in New Zealand, and that the Products will remain within Specification until the end of their shelf life.
7.2 The Buyer may reject any lot that fails inspection. The Supplier shall replace rejected lots within 21 days at its own cost.
7.3 The Buyer, its customers and its inspection agent may audit the Supplier's plant, quality system and labour practices on ten days' notice, and without notice in the case of a suspected breach of the Supplier's ethical sourcing obligations in clause 7.4.
7.4 The Supplier shall not use forced labour, shall not charge workers recruitment fees, and shall allow the Buyer to engage an independent social audit once in each Contract Year.
# 8. Continuous Improvement
8.1 By 31 January of each Contract Year the Supplier shall submit to the Buyer a written improvement plan setting out at least three proposals to reduce cost, improve quality or reduce the environmental footprint of the Products, including packaging and freight.
8.2 The plan shall aim for a reduction in the total landed cost per carton of at least 1.5% per Contract Year, or an equivalent value of quality improvement, without reducing the Specification.
8.3 The Parties shall review the plan at the Annual Review Meeting held in February of each Contract Year, agree which proposals will be implemented and record the resulting savings, which shall be shared equally between the Parties.
# 9. Order Data
9.1 All Order Data is owned by the Buyer.
9.2 The Supplier may use Order Data only to plan production, manufacture and ship the Products and invoice the Buyer. It shall not disclose Order Data to other customers, distributors or competitors of the Buyer, and shall not use it to offer Products to the Buyer's customers.
9.3 Order Data is Confidential Information of the Buyer.
9.4 Within 60 days after the end of this Agreement the Supplier shall return to the Buyer, or at the Buyer's choice delete, all Order Data, except records which Malaysian law requires it to keep, and shall confirm this in writing.
# 10. Escalation of Disputes
10.1 Any dispute shall first be discussed by the Buyer's Category Manager and the Supplier's Export Sales Manager.
10.2 If they cannot resolve it within 15 Business Days, it shall be referred to the chief executives of the Parties.
10.3 If the chief executives cannot resolve it within a further 20 Business Days, the Parties shall refer it to mediation administered by the Arbitrators' and Mediators' Institute of New Zealand (AMINZ) and, failing settlement within 45 days, to arbitration under clause 16.2.
# 11. Confidentiality
Each Party shall keep confidential all Confidential Information of the other, use it only for the purposes of this Agreement and return it at the end of this Agreement. This obligation continues for four years after the end of this Agreement.
# 12. Liability and Insurance
12.1 Each Party's total liability under this Agreement in any Contract Year is limited to 50% of the Prices paid in the preceding Contract Year, except for the Supplier's liability for product recalls and third-party personal injury claims caused by defective Products.
12.2 The Supplier shall maintain product liability insurance of at least USD 10,000,000 per claim, naming the Buyer as an additional insured, and product recall insurance of at least USD 2,000,000.
# 13. Termination
13.1 Either Party may terminate this Agreement by 60 days' notice if the other Party commits a material breach which is not remedied within that period, or immediately if the other Party becomes insolvent.
13.2 The Buyer may terminate this Agreement by 90 days' notice if control of the Supplier passes to a person who did not control it on the date of this Agreement.
13.3 Firm orders placed before the date of termination shall be delivered and paid for in accordance with this Agreement, unless the Buyer terminates under clause 13.1, in which case it may cancel them.
# 14. Force Majeure
A Party is not liable for any delay caused by a Force Majeure Event. If a Force Majeure Event affecting the Supplier continues for more than 45 days, the Buyer may buy Products from other suppliers, and the quantities so bought shall count towards the Annual Minimum.
# 15. Assignment
Neither Party may assign or transfer its rights or obligations under this Agreement without the prior written consent of the other Party. The Supplier shall not move production of Products to another plant without the Buyer's prior written approval.
# 16. Governing Law and Arbitration
16.1 This Agreement is governed by the laws of New Zealand. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
16.2 Subject to clause 10, any dispute shall be finally resolved by arbitration in Auckland under the AMINZ Arbitration Rules by a single arbitrator, in English.
# Schedule A – Contacts
The Buyer's Category Manager is Ms Aroha Tane. The Supplier's Export Sales Manager is Mr Lim Wei Jie. Notices shall be sent to them by email and courier.
# Schedule B – Definitions
* "Annual Minimum" has the meaning in clause 3.1.
* "Annual Review Meeting" means the meeting referred to in clause 8.3.
* "Business Day" means a day on which banks are open in both Auckland and Kuala Lumpur.
* "Confidential Information" means non-public information of a Party disclosed in connection with this Agreement, including Prices, Forecasts and Order Data.
* "Contract Year" means each period of twelve months beginning on 1 March.
* "Force Majeure Event" means an event beyond the reasonable control of the affected Party, including natural disaster, epidemic, war, government restrictions on export and interruption of the national electricity grid, but not a shortage of raw materials which a prudent manufacturer would have covered.
* "Forecast" means the forecast referred to in clause 3.3.
* "Order Data" means the Buyer's orders, Forecasts, delivery destinations, quantities by size and all other data generated by the Buyer's purchasing under this Agreement.
* "Products" means the nitrile examination gloves described in the Specification.
* "Specification" means the requirements in clause 4.
* "Term" means the duration of this Agreement under clause 2.
| For Southern Cross Clinical Supplies Limited | For Perak Nitrile Industries Sdn. Bhd. |
| Hemi Walker, Chief Executive | Tan Sri Azman Yusof, Managing Director |
"""

DOCS = {
    "partnership-ev-charging-roaming.en.docx": ROAMING,
    "supplier-translation-framework.en.docx": TRANSLATION,
}

PDF_DOCS = {
    "supplier-medical-gloves.en.docx": GLOVES,
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
