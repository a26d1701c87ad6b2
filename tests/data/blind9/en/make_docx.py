"""Build the Word contracts of the blind9 English set from the texts embedded below.

Line markup: "= " Title, "# " Heading 1, "## " Heading 2, "* " List Bullet,
"+ " List Number, "| a | b |" table rows (first row = header, style Table Grid),
"**Run-in.** text" a Normal paragraph opening with a bold run-in heading, other lines = Normal.
supplier-spot-genset-purchase.en.docx is built as an intermediate .docx, converted to PDF with LibreOffice
(soffice --headless --convert-to pdf) and the intermediate .docx is then deleted.
Run: .venv/bin/python tests/data/blind9/en/make_docx.py
"""
import re
import subprocess
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent

ROOFTOP_JV = """\
= Joint Venture and Shareholders' Agreement
relating to SunSpan Rooftop Energy (Pty) Ltd
This Agreement is entered into on 22 March 2027 by and between:
+ Highveld Solar Installers (Pty) Ltd, a private company incorporated in the Republic of South Africa under registration number 2011/004512/07, with its registered address at 14 Kramer Road, Bedfordview, Johannesburg, 2008 ("Highveld"); and
+ Rheinwatt Energietechnik GmbH, a limited liability company incorporated in Germany and registered with the commercial register of the Local Court of Cologne under HRB 88127, with its registered office at Industriestraße 31, 50735 Cologne, Germany ("Rheinwatt"),
(each a "Shareholder" and together the "Shareholders").
# ARTICLE 1 – INTERPRETATION
## 1.1 Definitions
In this Agreement, unless the context indicates otherwise:
* "Board" means the board of directors of the JV Company;
* "Business" means the design, sale, installation, financing and maintenance of rooftop photovoltaic and battery storage systems for residential customers in the Territory;
* "Business Plan" means the five-year business plan of the JV Company adopted on the Completion Date, as revised under Article 9;
* "Completion Date" means the date on which the subscriptions in Article 3 are completed;
* "JV Company" means SunSpan Rooftop Energy (Pty) Ltd, registration number 2027/118834/07;
* "JV Customer Data" means all information about customers and prospects of the JV Company, including names, contact details, addresses, consumption profiles, system monitoring data and financing applications;
* "JV Intellectual Property" means all intellectual property created by or for the JV Company, including its software, sizing tools, installation manuals and brand;
* "Relationship Executive" has the meaning given in Section 8.6;
* "Reserved Matters" means the matters listed in Section 8.4;
* "Shares" means ordinary shares in the JV Company;
* "Territory" means the Republic of South Africa, the Kingdom of Lesotho and the Kingdom of Eswatini.
## 1.2 References
References to Articles and Sections are to those of this Agreement. If this Agreement conflicts with the Memorandum of Incorporation of the JV Company, the Shareholders shall amend the latter so that this Agreement prevails.
# ARTICLE 2 – PURPOSE
## 2.1 Object
The Shareholders have formed the JV Company to carry on the Business, combining Highveld's installation teams, customer base and local sales network with Rheinwatt's inverters, battery systems and engineering know-how.
## 2.2 Pilot Academy
The JV Company shall establish an installer training centre in Midrand under the name "SunSpan Pilot Academy", where installers will be trained and certified on Rheinwatt equipment. The name refers to the leading role of the centre and does not denote any trial period of this Agreement.
# ARTICLE 3 – CAPITAL AND FUNDING
## 3.1 Subscription
On the Completion Date the Shareholders shall subscribe for Shares as follows:
| Shareholder | Shares | Subscription price | Form of contribution |
| Highveld | 510 | ZAR 25,500,000 | Cash of ZAR 9,000,000 and transfer of its residential installation business as a going concern |
| Rheinwatt | 490 | ZAR 24,500,000 | Cash of ZAR 24,500,000 |
## 3.2 Further funding
Further funding shall be provided by shareholder loans pro rata to shareholdings, only if approved as a Reserved Matter. No Shareholder is obliged to provide further funding.
# ARTICLE 4 – SUPPLY AND LICENCES
## 4.1 Exclusive distribution
Rheinwatt appoints the JV Company as its exclusive distributor of Rheinwatt residential inverters and battery systems in the Territory for so long as Rheinwatt holds Shares. Highveld shall procure all such equipment it needs for residential installations only through the JV Company.
## 4.2 Licence
Rheinwatt grants the JV Company a non-exclusive, royalty-bearing licence to use the RHEINWATT trade marks and its installation and commissioning know-how in the Territory for the purposes of the Business. The royalty is 1.5% of the net revenue of the JV Company.
## 4.3 Product warranty
Rheinwatt warrants to the JV Company that each inverter it supplies will be free from defects in materials and workmanship for ten years from installation, and each battery system for ten years or 6,000 cycles, whichever comes first.
# ARTICLE 5 – WARRANTIES OF THE SHAREHOLDERS
Each Shareholder warrants to the other that it is duly incorporated, that it has the corporate power and authority to enter into and perform this Agreement, and that doing so does not breach any agreement binding on it. Highveld further warrants that the installation business it contributes is registered with the Electrical Contracting Board of South Africa.
# ARTICLE 6 – INTELLECTUAL PROPERTY
## 6.1 Ownership
All JV Intellectual Property shall vest in and belong to the JV Company. Each Shareholder hereby assigns to the JV Company any rights it may acquire in JV Intellectual Property and shall sign any documents needed to record that assignment.
## 6.2 Background
Each Shareholder retains the intellectual property it owned before the Completion Date. Improvements to Rheinwatt products made by Rheinwatt belong to Rheinwatt.
# ARTICLE 7 – MANAGEMENT
The day-to-day management of the JV Company is entrusted to a General Manager appointed by the Board on the nomination of Highveld, and a Finance Manager appointed on the nomination of Rheinwatt.
# ARTICLE 8 – BOARD AND DECISIONS
## 8.1 Composition
The Board consists of four directors. Each Shareholder is entitled to appoint and remove two directors for as long as it holds at least 25% of the Shares.
## 8.2 Meetings
The Board shall meet at least once in every calendar quarter in Johannesburg or by video conference. The quorum is one director appointed by each Shareholder. The chair rotates annually between the Shareholders' directors and has no casting vote.
## 8.3 Board decisions
Decisions of the Board require a majority of the votes cast, including the vote of at least one director appointed by each Shareholder.
## 8.4 Reserved Matters
The following matters require the prior written approval of both Shareholders:
| Reserved Matter | Approval |
| Adoption or revision of the Business Plan | Both Shareholders |
| Issue of new Shares or admission of a new shareholder | Both Shareholders |
| Borrowing above ZAR 5,000,000 in aggregate | Both Shareholders |
| Entering a new line of business or a new country | Both Shareholders |
| Any transaction with a Shareholder or its affiliate above ZAR 1,000,000 | Both Shareholders, the interested Shareholder abstaining from the vote |
| Appointment of auditors and approval of annual financial statements | Both Shareholders |
## 8.5 Deadlock
A deadlock exists if a proposal on a Reserved Matter or a Board matter is rejected at two consecutive meetings held at least ten business days apart. Either Shareholder may then refer the deadlock to the chief executive officers of the Shareholders, who shall meet within fifteen business days. If they fail to resolve it within a further fifteen business days, the Shareholders shall submit the deadlock to mediation under the rules of the Arbitration Foundation of Southern Africa (AFSA). Only if the mediation has not resolved the deadlock within thirty days may either Shareholder invoke Section 14.2.
## 8.6 Relationship Executives
Each Shareholder designates one senior officer as its Relationship Executive, accountable for the conduct of the joint venture on its side and for the preparation of Board meetings. The first Relationship Executives are Mr Sipho Dlamini, Managing Director of Highveld, and Dr Katrin Vogel, Vice President Africa of Rheinwatt.
# ARTICLE 9 – BUSINESS PLAN REVIEW
The Shareholders shall review the Business Plan at the end of the third financial year after the Completion Date and every three years thereafter, and may revise it by agreement as a Reserved Matter.
# ARTICLE 10 – INFORMATION AND AUDIT
## 10.1 Reports
The Finance Manager shall send each Shareholder monthly management accounts within fifteen business days after the end of each month.
## 10.2 Inspection
Each Shareholder may, at its own cost and on reasonable notice, inspect the books, records and premises of the JV Company and have them examined by its own auditors.
## 10.3 Insurance
The JV Company shall maintain insurance against public liability, professional indemnity, contract works and damage to stock, with cover of not less than ZAR 50,000,000 per event for public liability.
# ARTICLE 11 – RESERVED CUSTOMERS AND RESTRICTIONS
## 11.1 Reserved Customers
"Reserved Customers" means every person who is a customer of the JV Company, or who has received a written quotation from it, at any time while the relevant Shareholder holds Shares, including persons who become customers or receive quotations after the date of this Agreement, as recorded in the JV Company's customer relationship management system.
## 11.2 No diversion
No Shareholder shall, directly or through an affiliate, agent or installer, solicit, canvass, divert or accept residential rooftop business from any Reserved Customer, or use JV Customer Data or any other confidential information of the JV Company for that purpose.
## 11.3 Duration
Section 11.2 applies while a Shareholder holds Shares and for twenty-four months after it ceases to hold Shares.
## 11.4 Remedy
If a Shareholder breaches Section 11.2, it shall pay to the JV Company, as a genuine pre-estimate of the loss and not as a penalty, 15% of the value of each contract concluded with the Reserved Customer concerned, without prejudice to the JV Company's right to seek an interdict and to the remedies in Article 14.
## 11.5 Non-competition
While it holds Shares and for twenty-four months after it ceases to hold Shares, no Shareholder shall carry on or be interested in any business in the Territory which competes with the Business, other than through the JV Company.
## 11.6 Employees
No Shareholder shall, during the same period, employ or solicit any manager, engineer or installer employed by the JV Company without the consent of the other Shareholder.
# ARTICLE 12 – JV CUSTOMER DATA
## 12.1 Ownership and use
JV Customer Data belongs to the JV Company, which is the responsible party for the purposes of the Protection of Personal Information Act, 2013 (POPIA). A Shareholder may use JV Customer Data only to perform services for the JV Company, and Rheinwatt may use serial numbers and monitoring data only to administer product warranties. Neither Shareholder may use JV Customer Data for its own marketing.
## 12.2 Confidentiality
JV Customer Data is confidential information of the JV Company for the purposes of Article 13.
## 12.3 Return
A Shareholder which ceases to hold Shares shall, within thirty days, return to the JV Company or delete all JV Customer Data in its possession, except warranty records that Rheinwatt is legally obliged to keep, and shall certify in writing that it has done so.
# ARTICLE 13 – CONFIDENTIALITY
Each Shareholder shall keep confidential all information about the JV Company and the other Shareholder obtained under this Agreement, during the period it holds Shares and for five years after.
# ARTICLE 14 – TRANSFERS, CHANGE OF CONTROL AND EXIT
## 14.1 Transfers
No Shareholder may transfer or encumber any Shares before the third anniversary of the Completion Date. After that date, a Shareholder wishing to sell its Shares must first offer them to the other Shareholder at the same price and on the same terms.
## 14.2 Events of exit
Either Shareholder may, by sixty days' written notice, require the other Shareholder to sell all its Shares to it, or offer to sell all its own Shares, at fair value determined by an independent valuer appointed by the chair of AFSA, if: (a) the other Shareholder commits a material breach of this Agreement which it has not remedied within thirty days after notice; (b) the other Shareholder is placed in liquidation, business rescue or an equivalent proceeding; (c) a deadlock has not been resolved under Section 8.5; or (d) a person which does not control the other Shareholder on the date of this Agreement acquires control of it.
## 14.3 Consequences of exit
When a Shareholder ceases to hold Shares: (a) JV Intellectual Property remains with the JV Company under Section 6.1; (b) Section 12.3 applies; (c) if Rheinwatt is the exiting Shareholder, the licence in Section 4.2 continues for twelve months, after which the JV Company shall cease to use the RHEINWATT trade marks; and (d) the Shareholders shall agree in good faith, at that time, the arrangements for installations in progress, open customer orders and the continued supply of inverters and spare parts.
# ARTICLE 15 – DURATION
This Agreement comes into force on signature and continues for so long as both Shareholders hold Shares in the JV Company.
# ARTICLE 16 – GOVERNING LAW AND ARBITRATION
## 16.1 Law
This Agreement is governed by the law of the Republic of South Africa.
## 16.2 Arbitration
Any dispute that is not a deadlock under Section 8.5 shall be referred to the Relationship Executives, then to mediation under the AFSA rules, and if still not resolved within forty-five days, finally resolved by arbitration under the AFSA International Rules, seated in Johannesburg, before three arbitrators, in English.
# ARTICLE 17 – NOTICES
Notices shall be given in writing to the addresses stated above, for the attention of the Relationship Executive, by hand, courier or email with confirmation of receipt.
# ARTICLE 18 – GENERAL
This Agreement is the entire agreement between the Shareholders concerning the JV Company. No Shareholder may assign its rights or obligations under this Agreement except to a permitted transferee of all its Shares. No variation is valid unless in writing and signed by both Shareholders.
| For Highveld Solar Installers (Pty) Ltd | For Rheinwatt Energietechnik GmbH |
| Name: Sipho Dlamini | Name: Dr Katrin Vogel |
| Title: Managing Director | Title: Vice President Africa, under power of attorney |
"""

SIC_WAFERS = """\
= Strategic Supply and Equity Investment Agreement
Silicon Carbide Substrates and Epitaxial Wafers
This Strategic Supply and Equity Investment Agreement (this "Agreement") is entered into as of June 1, 2027 (the "Effective Date") by and between Corvane Motors, Inc., a Delaware corporation with its principal place of business at 9100 Parmer Lane, Austin, Texas 78729 ("Corvane"), and Lumisic Semiconductor, Inc., a Delaware corporation with its principal place of business at 4600 Silicon Drive, Durham, North Carolina 27703 ("Lumisic"). Corvane and Lumisic are each referred to as a "Party".
# Article I – Definitions
## Section 1.1 Defined terms
* "Buyer Data" means all forecasts, schedules, purchase orders, specifications, drawings, device designs, qualification results, field failure data and other data provided by or on behalf of Corvane, or generated by Lumisic specifically for Corvane, under this Agreement, including data derived from any of them.
* "Buyer-Specific Developments" means any wafer specification, epitaxial recipe, test method or other development made by either Party, alone or jointly, to meet a requirement first specified by Corvane.
* "Council" means the Joint Supply Council established under Article X.
* "Forecast" means Corvane's rolling eight-quarter forecast of its requirements of Products.
* "Process Improvements" means improvements to Lumisic's general crystal growth, slicing, polishing and epitaxy processes that are not Buyer-Specific Developments.
* "Products" means 200 mm silicon carbide substrates and epitaxial wafers meeting the Specifications.
* "Specifications" means the specifications agreed in writing by the Parties for each Product.
# Article II – Strategic Relationship
## Section 2.1 Purpose
Corvane designs traction inverters for its electric vehicles using silicon carbide power devices manufactured by its foundry partners from wafers it procures. Lumisic grows silicon carbide crystals and manufactures substrates and epitaxial wafers. The Parties enter into a long-term strategic relationship under which Corvane invests in Lumisic and Lumisic dedicates capacity to Corvane.
## Section 2.2 Non-exclusivity
Nothing in this Agreement obliges Corvane to purchase its wafer requirements solely from Lumisic or prevents Lumisic from selling products to other customers, subject to Section 3.2.
# Article III – Capacity and Commitment
## Section 3.1 Forecasts
Corvane shall provide a Forecast by the tenth day of each calendar quarter. The first two quarters of each Forecast are binding as to quantity; the remaining quarters are non-binding.
## Section 3.2 Capacity reservation
Lumisic shall reserve for Corvane, at its Durham and Mohawk Valley facilities, capacity sufficient to produce 120,000 wafers per calendar year, rising to 180,000 wafers per year from 2029.
## Section 3.3 Take-or-pay
Corvane shall purchase, in each calendar year, at least 60% of the reserved capacity under Section 3.2. If Corvane purchases less, it shall pay Lumisic, within sixty days after the end of the year, an amount equal to 40% of the price of the shortfall quantity, which Lumisic shall credit against purchases in the following year above the minimum.
# Article IV – Equity Investment
## Section 4.1 Investment
On the Effective Date, Corvane shall subscribe for Series C Preferred Stock of Lumisic representing 15% of Lumisic's fully diluted capital for USD 210,000,000, on the terms of the Stock Purchase Agreement signed on the same date.
## Section 4.2 Board observer
For so long as Corvane holds at least 10% of Lumisic's fully diluted capital, Corvane may appoint one non-voting observer to Lumisic's board of directors.
## Section 4.3 Relationship of documents
The rights attached to the shares are governed by the Stock Purchase Agreement and Lumisic's certificate of incorporation. This Agreement governs supply.
# Article V – Prices and Orders
## Section 5.1 Pricing
Prices for each calendar year shall be agreed by the Council by October 31 of the preceding year on the basis of the cost model in the Stock Purchase Agreement, and shall not exceed the lowest price offered by Lumisic to any customer buying comparable volumes.
## Section 5.2 Orders
Corvane shall issue purchase orders against the binding part of the Forecast. Lumisic shall accept every purchase order consistent with the binding Forecast.
## Section 5.3 Qualification Lots
Before Lumisic supplies a new Product or from a new facility, it shall deliver qualification lots for approval under Corvane's production part approval process. Qualification lots are an approval step for the Product and not a trial period of this Agreement.
# Article VI – Service Levels
## Section 6.1 Levels and measurement
Lumisic shall meet the following service levels, measured monthly from Corvane's goods receipt and incoming inspection records, and reported by Corvane in a monthly scorecard sent to Lumisic and the Council within ten business days after the month end:
| Service level | Target | Credit if target missed | Performance premium |
| On-time delivery (within the confirmed week) | 97% of lots | 2% of the month's invoiced value per point below target | 1% of the quarter's invoiced value if 99.5% or more in each month of the quarter |
| Incoming quality (micropipe and basal plane dislocation rejects) | no more than 150 rejects per million wafers | 1.5% of the month's invoiced value per 50 rejects per million above target | 0.5% of the quarter's invoiced value if 50 rejects per million or fewer |
| Response to a quality claim with containment | within 24 hours | USD 5,000 per day of delay | none |
## Section 6.2 Caps
Service credits for a calendar quarter shall not exceed 10% of the value invoiced in that quarter. Performance premiums shall not exceed USD 2,000,000 in any calendar year. Credits and premiums are settled quarterly by credit note or invoice.
## Section 6.3 Relationship to other remedies
Service credits are a price adjustment reflecting the reduced value of the supply and are without prejudice to Corvane's rights in respect of nonconforming Products.
# Article VII – Quality and Improvement
## Section 7.1 Quality system
Lumisic shall maintain certification to IATF 16949 and shall comply with Corvane's supplier quality manual.
## Section 7.2 Audits
Corvane and its foundry partners may audit Lumisic's facilities, processes and quality records on fifteen business days' notice, and without notice after a major quality incident.
## Section 7.3 Warranty
Lumisic warrants that each Product will conform to its Specifications at delivery and will be free from defects in material and workmanship for twenty-four months after delivery.
## Section 7.4 Improvements
Lumisic may, from time to time, propose improvements in yield, wafer cost or delivery performance, which the Council may consider at its meetings.
# Article VIII – Intellectual Property
## Section 8.1 Allocation
Buyer-Specific Developments shall be owned by Corvane, and Lumisic hereby assigns to Corvane all of its right, title and interest in them. Process Improvements shall be owned by Lumisic.
## Section 8.2 Licences
Corvane grants Lumisic a non-exclusive, royalty-free licence to use Buyer-Specific Developments solely to supply Corvane. Lumisic grants Corvane a non-exclusive, royalty-bearing licence to use the Process Improvements, solely to have Products made by a second source, if Lumisic fails to supply under Section 13.5 or enters insolvency proceedings.
# Article IX – Data
## Section 9.1 Ownership
Buyer Data is and shall remain the property of Corvane. Lumisic's own manufacturing process data, to the extent it is not Buyer Data, belongs to Lumisic.
## Section 9.2 Use
Lumisic may use Buyer Data only to perform this Agreement. It shall not use Buyer Data to develop products for, or to provide information to, any other customer, and shall not use it to train any model except for its internal yield analysis of wafers supplied to Corvane.
## Section 9.3 Confidentiality
Buyer Data is Confidential Information of Corvane under Article XII, and Lumisic shall store it in segregated systems accessible only to personnel working on the Corvane programme.
## Section 9.4 Return and deletion
Within sixty days after the end of this Agreement, Lumisic shall return Buyer Data to Corvane in a commonly used electronic format and then delete all copies, except records it must keep under law or under IATF 16949 traceability requirements, and shall certify the deletion in writing.
# Article X – Governance
## Section 10.1 Joint Supply Council
The Parties establish a Joint Supply Council of six members, three appointed by each Party, including for each Party its Strategic Relationship Executive. The Council meets quarterly, alternating between Austin and Durham.
## Section 10.2 Responsibilities
The Council reviews the scorecards, Forecasts, capacity ramp, quality issues and pricing, and agrees a plan of priority actions for the following quarter, each with an owner and a due date.
## Section 10.3 Decisions
The Council acts by consensus, each Party's members together having one vote. Matters reserved to the board of either Party are not within the Council's authority.
## Section 10.4 Escalation
If the Council does not reach consensus on a matter within twenty business days after it was first tabled, either Party may escalate it to the Chief Executive Officers of the Parties. If they do not resolve it within twenty business days, the Parties shall submit it to non-binding mediation administered by JAMS in Wilmington, Delaware, before either Party commences litigation under Section 15.2.
## Section 10.5 Strategic Relationship Executives
Corvane's Strategic Relationship Executive is Ms Dana Whitfield, Vice President, Power Electronics Supply Chain, and Lumisic's is Mr Arjun Mehta, Senior Vice President, Automotive. Each is accountable for the overall relationship on its side. A Party may replace its executive by notice to the other.
## Section 10.6 Annual strategic review
Each year in the fourth quarter, the Council shall hold a strategic review of the common objectives of the relationship, including each Party's technology roadmap (such as a move to 300 mm wafers or to other power semiconductor materials), the capacity plan, price trajectory and sustainability targets. If the review shows that the Parties' strategies have diverged, the Parties shall negotiate for ninety days an adjustment of the reserved capacity, the take-or-pay percentage or the prices. If no adjustment is agreed, Corvane may reduce the reserved capacity under Section 3.2 by up to 50% on twelve months' notice, and either Party may give notice of termination under Section 13.1 without regard to the minimum period stated there.
# Article XI – Liability and Insurance
## Section 11.1 Limitation
Except for breach of Article IX or XII, indemnification for third-party claims, or gross negligence or wilful misconduct, neither Party shall be liable for indirect, incidental or consequential damages, and each Party's aggregate liability in any calendar year shall not exceed the amounts paid and payable by Corvane under this Agreement in that year.
## Section 11.2 Insurance
Lumisic shall maintain commercial general liability insurance of at least USD 10,000,000 per occurrence and product liability insurance of at least USD 25,000,000 in the aggregate, naming Corvane as additional insured.
# Article XII – Confidentiality
Each Party shall hold the other Party's Confidential Information in confidence, use it only for this Agreement and protect it with at least reasonable care, for the term of this Agreement and seven years thereafter, and for trade secrets for so long as they remain trade secrets.
# Article XIII – Term and Termination
## Section 13.1 Term
This Agreement begins on the Effective Date and continues for an indefinite period. Either Party may terminate it for any reason by at least twenty-four months' written notice, which may not take effect before the fifth anniversary of the Effective Date.
## Section 13.2 Termination for cause
Either Party may terminate this Agreement by written notice if the other Party materially breaches it and fails to cure the breach within sixty days after notice, or becomes the subject of a bankruptcy or insolvency proceeding not dismissed within sixty days.
## Section 13.3 Change of control
If a competitor of Corvane in the manufacture of electric vehicles acquires control of Lumisic, Corvane may terminate this Agreement on six months' notice and may require Lumisic to repurchase its shares at fair market value.
## Section 13.4 Force majeure
Neither Party is liable for failure to perform caused by events beyond its reasonable control, such as natural disaster, war, epidemic or government action, if it promptly notifies the other Party and resumes performance as soon as possible. Lumisic shall allocate available capacity to Corvane in proportion to the reserved capacity.
## Section 13.5 Transition
Upon any expiry or termination other than termination by Lumisic for Corvane's breach, Lumisic shall for eighteen months continue to supply Products ordered by Corvane in quantities not exceeding the last binding Forecast, shall accept a last-time buy order placed within that period, and shall cooperate in transferring Buyer-Specific Developments to a successor supplier. Section 9.4 applies at the end of the transition period.
## Section 13.6 Survival
Articles VIII, IX, XI and XII and Sections 13.5 and 13.6 survive termination.
# Article XIV – Non-solicitation of Personnel
During the term and for twelve months after, neither Party shall solicit for employment any engineer of the other Party who worked on the Products, other than by general advertisements.
# Article XV – General
## Section 15.1 Governing law
This Agreement is governed by the laws of the State of Delaware, without regard to its conflict of laws rules.
## Section 15.2 Jurisdiction
Subject to Section 10.4, the state and federal courts located in the State of Delaware have exclusive jurisdiction over any dispute arising under this Agreement.
## Section 15.3 Assignment
Neither Party may assign this Agreement without the other Party's prior written consent, except to a successor to all or substantially all of its business, subject to Section 13.3.
## Section 15.4 Notices
Notices must be in writing and sent by courier or email to the General Counsel of the receiving Party at its address above.
| Corvane Motors, Inc. | Lumisic Semiconductor, Inc. |
| By: Elena Ruiz, Chief Executive Officer | By: Howard Lin, Chief Executive Officer |
"""

GENSET = """\
= Contract for the Supply, Installation and Commissioning of Diesel Generating Sets
Contract No. SMH/ENG/2027/044
This Contract is made at Nashik on 12 April 2027 between Sahyadri Multispeciality Hospitals Private Limited, a company incorporated under the Companies Act, 2013, having its registered office at Plot 7, Trimbak Road, Satpur, Nashik 422007, Maharashtra (the "Purchaser"), and Deccan Powertech Engineering Private Limited, a company incorporated under the Companies Act, 1956, having its registered office at Gat No. 312, Chakan MIDC Phase II, Pune 410501, Maharashtra (the "Seller").
The Purchaser is building a new 250-bed hospital block at its Nashik campus and has accepted the Seller's offer no. DPE/Q/3391 dated 2 March 2027, as negotiated, for standby power equipment. The parties therefore agree as follows.
# PART A – SUPPLY
**1. Scope of Supply.** The Seller shall design, manufacture, supply, deliver, install, test and commission at the Purchaser's site the equipment described in the table below (the "Equipment"), together with the acoustic enclosures, fuel day tanks, exhaust systems, synchronising panel, cabling and earthing described in the technical specification annexed to the Purchaser's tender enquiry.
| Item | Description | Quantity | Price (INR, excluding GST) |
| 1 | 1,010 kVA diesel generating set, CPCB IV+ compliant, with acoustic enclosure | 2 | 1,46,00,000 each |
| 2 | 500 kVA diesel generating set, CPCB IV+ compliant, with acoustic enclosure | 1 | 68,50,000 |
| 3 | Automatic mains failure and synchronising panel | 1 | 32,40,000 |
| 4 | Installation, cabling, exhaust, testing and commissioning | lot | 27,80,000 |
| Total | | | 4,20,70,000 |
**2. Nature of the Contract.** This is a single purchase of the Equipment. The Purchaser has no obligation to place any further order with the Seller, and the Seller has no right of first refusal on future requirements.
**3. Price and Payment.** The Contract Price is INR 4,20,70,000 plus GST at the applicable rate, fixed and not subject to variation. It shall be paid as follows: 20% as advance against an advance bank guarantee of equal value; 60% on delivery of the Equipment at site against proof of dispatch and inspection release; 10% on successful commissioning; and 10% on expiry of three months after commissioning, which may be released earlier against a performance bank guarantee valid until the end of the Warranty Period.
**4. Delivery.** The Seller shall deliver the Equipment to the site within twelve weeks from the date of receipt of the advance payment and complete commissioning within four weeks after the civil works are handed over. Title and risk pass to the Purchaser on delivery at site, without prejudice to the Seller's obligations for installation and commissioning.
**5. Insurance.** The Seller shall insure the Equipment for transit from its works to the site, and for erection until commissioning, for 110% of its value, against all risks, naming the Purchaser as loss payee.
# PART B – TESTING AND ACCEPTANCE
**6. Factory Tests.** Each generating set shall be tested at the Seller's works in accordance with IS/ISO 8528 before dispatch. The Purchaser's engineer may witness the tests on seven days' notice.
**7. Trial Run at Site.** After installation, the Seller shall carry out a trial run of each generating set for eight continuous hours at varying loads up to 100% of rated output, followed by a synchronisation test and a mains failure simulation. The trial run is an acceptance test of the Equipment only. If a set fails it, the Seller shall rectify the defect and repeat the test at its own cost.
**8. Commissioning Certificate.** The Purchaser shall issue a commissioning certificate within seven days after the successful completion of all tests in clause 7.
# PART C – WARRANTY AND SERVICE
**9. Warranty.** The Seller warrants that the Equipment will be new, of the make and model stated, free from defects in design, materials and workmanship, and capable of delivering its rated output at the site conditions specified, for a period of twenty-four months from the date of the commissioning certificate or thirty months from delivery, whichever ends first (the "Warranty Period"). During the Warranty Period the Seller shall repair or replace any defective part free of charge, including labour and travel.
**10. Service Response.** Because the Equipment supports critical care areas, during the Warranty Period the Seller shall attend any breakdown reported by the Purchaser within six hours and restore the affected generating set to service within twenty-four hours of the report. Response and restoration times shall be measured from the time of the complaint recorded in the Purchaser's maintenance log, which the Seller's service engineer shall countersign on each visit. For every hour of delay beyond either limit, the Seller shall pay the Purchaser INR 4,000, up to a maximum of INR 3,00,000 over the Warranty Period.
**11. Spare Parts and Maintenance.** The Seller shall keep spare parts for the Equipment available for purchase for at least ten years from commissioning at prices not exceeding its published list price. The Seller shall also offer the Purchaser a comprehensive annual maintenance contract for the period after the Warranty Period, on terms to be agreed separately; nothing in this Contract obliges the Purchaser to enter into that maintenance contract.
# PART D – DELAY, DEFAULT AND LIABILITY
**12. Liquidated Damages for Delay.** If the Seller fails to deliver or commission the Equipment by the dates in clause 4, it shall pay liquidated damages of 0.5% of the Contract Price for each week or part of a week of delay, up to a maximum of 5% of the Contract Price. The parties agree that this amount is a genuine pre-estimate of the Purchaser's loss and not a penalty.
**13. Default.** If the Seller fails to perform any material obligation and does not remedy the failure within fifteen days after written notice from the Purchaser, or if the liquidated damages under clause 12 reach their maximum, the Purchaser may terminate this Contract by written notice, recover all amounts paid for Equipment not delivered, encash the bank guarantees, and procure the Equipment elsewhere at the Seller's risk and cost, up to a further 10% of the Contract Price. The Seller may terminate this Contract if any undisputed payment remains unpaid for sixty days after written notice.
**14. No Cancellation.** Except under clause 13 and clause 16, the Purchaser may not cancel this Contract or reduce its scope once the advance payment has been made.
**15. Limitation of Liability.** The Seller's total liability arising out of or in connection with this Contract, whether in contract, tort or otherwise, shall not exceed 100% of the Contract Price, except in cases of fraud, wilful misconduct, or death or personal injury caused by the Seller's negligence. Neither party shall be liable for loss of profit, loss of revenue or indirect loss.
**16. Force Majeure.** Neither party shall be in breach for delay or failure due to flood, earthquake, epidemic, war, riot, fire, strikes not limited to the affected party, or acts of government, provided that it notifies the other within seven days of the event. If the event prevents performance for more than ninety days, either party may terminate this Contract, and the Seller shall refund amounts paid for Equipment not delivered.
# PART E – GENERAL
**17. Compliance.** The Seller shall obtain the type approval and conformity of production certificates required under the Environment (Protection) Rules, 1986 for each generating set and shall hand over all statutory documents required for the Purchaser's registration with the Electrical Inspectorate.
**18. Assignment and Subcontracting.** The Seller shall not assign this Contract, or subcontract the supply of the generating sets, without the Purchaser's written consent. Civil and cabling works may be subcontracted to a contractor approved by the Purchaser, and the Seller remains responsible for them.
**19. Duration.** This Contract comes into force on signature and ends on the expiry of the Warranty Period, except for clauses 11, 15 and 20, which continue to apply thereafter.
**20. Governing Law and Arbitration.** This Contract is governed by the laws of India. Any dispute arising out of or in connection with it shall be referred to a sole arbitrator appointed by mutual agreement, or failing agreement within thirty days, in accordance with the Arbitration and Conciliation Act, 1996. The seat of arbitration shall be Pune and the language English. Subject to the foregoing, the courts at Nashik have jurisdiction.
**21. Notices.** Notices shall be in writing and delivered by hand, registered post or email to the addresses stated above, for the attention of the Purchaser's Head of Engineering and the Seller's Director, Projects.
**22. Entire Agreement.** This Contract, with the Seller's offer as negotiated and the technical specification, is the entire agreement between the parties. In case of conflict, this Contract prevails.
| For the Purchaser | For the Seller |
| Dr Anil Kulkarni, Managing Director | Mr Suresh Patwardhan, Director, Projects |
"""

DOCS = {
    "partnership-jv-rooftop-solar.en.docx": ROOFTOP_JV,
    "supplier-strategic-equity-sic-wafers.en.docx": SIC_WAFERS,
}

PDF_DOCS = {
    "supplier-spot-genset-purchase.en.docx": GENSET,
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
