"""Build the Word contracts of the blind6 English set from the texts embedded below.

Line markup: "= " Title, "# " Heading 1, "## " Heading 2, "* " List Bullet,
"+ " List Number, "| a | b |" table rows (first row = header), other lines = Normal.
supplier-renewable-feedstock.en.docx is built as an intermediate .docx, converted to PDF with LibreOffice
(soffice --headless --convert-to pdf) and the intermediate .docx is then deleted.
Run: .venv/bin/python tests/data/blind6/en/make_docx.py
"""
import subprocess
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent

FILM = """\
= Co-Production Agreement – "The Salt Road"
This Co-Production Agreement is dated as of March 3, 2027 and is entered into by and between:
+ Hudson Lantern Pictures LLC, a New York limited liability company with offices at 220 West 26th Street, Suite 5F, New York, NY 10001 ("Hudson"); and
+ Merlion Frame Studios Pte. Ltd., a company incorporated in Singapore (UEN 201533861K) with offices at 7 Kallang Place, #04-11, Singapore 339153 ("Merlion"),
each a "Co-Producer" and together the "Co-Producers".
# Article 1 – Background and Definitions
## Section 1.1 Background
Hudson controls the motion picture rights in the novel "The Salt Road" by Amara Okafor under an option and purchase agreement dated July 9, 2026. Merlion has experience in producing feature films in Southeast Asia and access to incentives administered by the Infocomm Media Development Authority of Singapore. The Co-Producers wish to develop, produce and exploit together a feature-length English-language motion picture based on the novel (the "Picture").
## Section 1.2 Definitions
* "Approved Budget" means the all-in production budget of USD 9,400,000 approved under Section 4.1, including contingency of 10%.
* "Chain of Title" means the documents establishing the Co-Producers' right to produce and exploit the Picture.
* "Collection Account" means the account administered by the collection account manager appointed under Section 7.2.
* "Gross Receipts" means all sums actually received in the Collection Account from the exploitation of the Picture and its allied rights.
* "Production Committee" means the committee established under Article 5.
* "Territory" means, for Merlion, Singapore, Malaysia, Indonesia, Thailand, Vietnam and the Philippines, and, for Hudson, the rest of the world.
# Article 2 – The Picture
## Section 2.1 Specifications
The Picture shall be a feature film of between 100 and 125 minutes, based on the screenplay by Daniel Voss dated January 12, 2027, directed by Lina Hartono, photographed principally in Singapore and Sumatra, and delivered in 4K DCI with 5.1 and Dolby Atmos sound mixes, rated no more restrictive than R by the MPA.
## Section 2.2 Schedule
Pre-production shall begin no later than June 1, 2027. Principal photography is scheduled for eight weeks from September 6, 2027. The Co-Producers shall use all reasonable efforts to complete the Picture and deliver it to the sales agent by June 30, 2028.
## Section 2.3 Television series
The Co-Producers acknowledge that the novel may lend itself to a television series. Either Co-Producer may propose the development of a television pilot episode; any such development shall require a separate written agreement and is not governed by this Agreement.
# Article 3 – Contributions
+ Hudson shall contribute the Chain of Title, the services of its principals as lead producers, USD 5,640,000 (60% of the Approved Budget) and the engagement of the US-based cast.
+ Merlion shall contribute USD 3,760,000 (40% of the Approved Budget), including incentives it secures in Singapore, and shall provide the local production services company, crew, studios and locations in Southeast Asia.
Each Co-Producer shall fund its share of the Approved Budget in the instalments set out in the cash-flow schedule to be agreed with the completion guarantor. Overcosts not covered by the contingency shall be borne in the same proportions, unless caused by the wilful breach of one Co-Producer, in which case that Co-Producer shall bear them alone.
# Article 4 – Budget and Production
## Section 4.1 Approvals
The Approved Budget, the shooting schedule and the cash-flow schedule shall be approved by the Production Committee before pre-production starts. No change to the Approved Budget exceeding USD 100,000 may be made without the approval of the Production Committee.
## Section 4.2 Completion guarantee
The Co-Producers shall obtain a completion guarantee from a recognized completion guarantor in favor of the financiers, and shall comply with its requirements.
## Section 4.3 Production insurance
Merlion shall procure, as a production cost, a customary production insurance package, including cast insurance, negative and faulty stock, equipment, third-party property damage and general liability, and Hudson shall procure errors and omissions insurance with limits of at least USD 5,000,000 per claim and USD 5,000,000 in the aggregate, for a period of three years from delivery. Each Co-Producer shall be named as an additional insured.
# Article 5 – Production Committee
## Section 5.1 Composition
The Co-Producers establish a Production Committee composed of two members appointed by Hudson and two members appointed by Merlion. Hudson's initial members are Jonah Pereira and Rachel Kim; Merlion's initial members are Wei Ling Tan and Arjun Menon. Jonah Pereira (for Hudson) and Wei Ling Tan (for Merlion) are each designated as that Co-Producer's producer responsible for the relationship and shall be the first point of contact for all matters under this Agreement.
## Section 5.2 Meetings
The Production Committee shall meet weekly during pre-production, principal photography and post-production, and at least once every quarter from delivery until the fifth anniversary of the release of the Picture. Meetings may be held by video conference. Minutes shall be circulated within five business days.
## Section 5.3 Decisions
Decisions of the Production Committee require the approval of at least one member appointed by each Co-Producer. If the Production Committee cannot reach a decision within ten days after a matter is first tabled:
* on creative matters, including final cut subject to the director's contract, the decision of Hudson shall prevail;
* on matters of production in Southeast Asia, including crew, locations and local vendors, the decision of Merlion shall prevail;
* on any change to the Approved Budget, the financing plan or the sales strategy, the matter shall be escalated under Section 5.4.
## Section 5.4 Escalation and mediation
Any matter escalated under Section 5.3, and any dispute arising out of this Agreement, shall first be referred to the managing members of Hudson and the chief executive officer of Merlion, who shall meet within fifteen days. If they fail to resolve it, the Co-Producers shall submit it to non-binding mediation administered by JAMS in New York or, by agreement, to the Singapore International Mediation Centre. Only if mediation fails within forty-five days may either Co-Producer commence arbitration under Section 12.2.
# Article 6 – Ownership and Rights
## Section 6.1 Copyright
The copyright in the Picture, the screenplay as produced and all footage, soundtracks and materials created for the Picture shall be owned by the Co-Producers jointly, 60% by Hudson and 40% by Merlion, and shall be registered in both names with the US Copyright Office.
## Section 6.2 Exploitation rights
Each Co-Producer is granted the exclusive right to license distribution of the Picture in all media within its Territory, subject to the sales agency agreement. Neither Co-Producer may license the Picture in the other's Territory.
## Section 6.3 Credits
The Picture shall bear the credits "Hudson Lantern Pictures presents, in association with Merlion Frame Studios" and each principal shall receive a "Produced by" credit, subject to guild rules.
## Section 6.4 Holdback
For eighteen months after the first theatrical release of the Picture, neither Co-Producer shall produce or co-produce any other feature film based on the trade in salt or set on the Sumatran salt routes.
# Article 7 – Revenues and Accounting
## Section 7.1 Waterfall
Gross Receipts shall be applied in the order of the recoupment schedule: collection account fees, sales agent fees and expenses, repayment of any gap or bank financing, recoupment of the Co-Producers' contributions pro rata, deferments, and then profits split 60% to Hudson and 40% to Merlion.
## Section 7.2 Collection account
The Co-Producers shall appoint a collection account manager and enter into a collection account management agreement within sixty days of the date of this Agreement.
## Section 7.3 Statements and audit
Each Co-Producer shall keep complete books and records of its production expenditure and of its receipts from its Territory. The other Co-Producer may audit those books and records once a year, on thirty days' written notice, through an independent certified public accountant. If an audit reveals an underpayment of more than 5%, the audited Co-Producer shall bear the cost of the audit.
# Article 8 – Representations and Warranties
Hudson represents and warrants that the Chain of Title is complete, that it holds the right to produce the Picture based on the novel and that the exercise of those rights will not infringe the rights of any third party. Merlion represents and warrants that it is duly incorporated and qualified to apply for the Singapore production incentives. Each Co-Producer shall indemnify the other against claims arising from a breach of its warranties.
# Article 9 – Confidentiality
The Co-Producers shall keep confidential the terms of this Agreement, the Approved Budget, the financing plan and all unreleased materials of the Picture, and shall not issue any press release about the Picture without the approval of the Production Committee.
# Article 10 – Assignment
Neither Co-Producer may assign its rights or delegate its obligations under this Agreement without the prior written consent of the other, except for the assignment of receivables to a financier by way of security and for the assignment of the distribution rights in its Territory to a distributor.
# Article 11 – Term and Termination
## Section 11.1 Duration
This Agreement shall remain in effect for so long as the Picture is exploited.
## Section 11.2 Termination for default
If a Co-Producer fails to pay any instalment of its contribution when due and does not cure that failure within ten business days after written notice, the other Co-Producer may terminate this Agreement, take over production and, after the completion guarantor has been consulted, reduce the defaulting party's copyright share in proportion to the amount actually contributed.
## Section 11.3 Abandonment
If principal photography has not begun by December 31, 2027, either Co-Producer may terminate this Agreement by thirty days' written notice. In that case, all rights in the novel revert to Hudson, and Hudson shall reimburse Merlion its documented development expenditure out of the first proceeds of any later production of the Picture.
## Section 11.4 Consequences
Termination shall not affect the rights of the Co-Producers in the copyright of the Picture as allocated under Sections 6.1 and 11.2.
# Article 12 – Force Majeure, Law and Disputes
## Section 12.1 Force majeure
If production is interrupted by an event beyond the reasonable control of the Co-Producers, including death or disability of the director or a principal cast member, epidemic, strike of a guild, fire or government action, the schedule shall be extended by the period of the interruption, up to ninety days, after which either Co-Producer may refer the matter to the Production Committee.
## Section 12.2 Law and arbitration
This Agreement shall be governed by the laws of the State of New York, without regard to its conflict of laws rules. Subject to Section 5.4, any dispute shall be finally resolved by arbitration administered by the International Centre for Dispute Resolution in New York before one arbitrator experienced in the motion picture industry.
## Section 12.3 Notices
Notices shall be sent by courier or email to the relationship producers named in Section 5.1, with copies to each Co-Producer's counsel.
IN WITNESS WHEREOF, the Co-Producers have executed this Agreement as of the date first written above.
| For Hudson Lantern Pictures LLC | For Merlion Frame Studios Pte. Ltd. |
| Name: Jonah Pereira | Name: Wei Ling Tan |
| Title: Managing Member | Title: Chief Executive Officer |
"""

FEEDSTOCK = """\
= Feedstock Supply Agreement
This Feedstock Supply Agreement (this "Agreement") is made and entered into as of April 15, 2027 (the "Effective Date") by and between Brazos Rendering & Recovery, Inc., a Texas corporation having its principal place of business at 4810 Industrial Boulevard, Waco, Texas 76705 ("Seller"), and Sabine Renewable Fuels LLC, a Delaware limited liability company having its principal place of business at 1200 Refinery Road, Port Arthur, Texas 77640 ("Buyer"). Capitalized terms are defined in Schedule A.
# 1. Purpose
1.1 Buyer operates a hydrotreated esters and fatty acids unit at the Facility producing renewable diesel and sustainable aviation fuel. Seller collects used cooking oil from restaurants and food processors and renders animal fats at four plants in Central and East Texas.
1.2 Seller shall sell and deliver, and Buyer shall purchase and accept, Feedstock in the quantities and on the terms set out in this Agreement.
# 2. Term
2.1 This Agreement commences on the Effective Date. Deliveries start on July 1, 2027 and the Agreement continues for an Initial Term of five Contract Years ending on June 30, 2032.
2.2 Thereafter this Agreement renews for successive Renewal Terms of two Contract Years each, unless either Party gives the other written notice of non-renewal at least twelve months before the end of the Initial Term or the then-current Renewal Term.
# 3. Quantities
3.1 The Annual Contract Quantity is 90,000 metric tons of Feedstock per Contract Year, of which at least 60% shall be UCO and at most 40% Tallow.
3.2 Seller shall deliver in approximately equal monthly quantities under the Nomination procedure in Section 4. A monthly variation of plus or minus 10% is permitted.
3.3 If in any Contract Year Buyer accepts less than 85% of the Annual Contract Quantity, other than because of Seller's failure, Force Majeure or rejection of Off-Spec Feedstock, Buyer shall pay Seller a deficiency fee equal to USD 45 per metric ton of the shortfall below 85%.
3.4 If in any Contract Year Seller delivers less than 95% of the Annual Contract Quantity, other than because of Buyer's failure or Force Majeure, Seller shall pay Buyer the positive difference between the cost of replacement Feedstock reasonably purchased by Buyer and the Contract Price, up to USD 120 per metric ton of the shortfall.
# 4. Nominations and Delivery
4.1 By the 15th day of each month Buyer shall give Seller a rolling three-month forecast and a firm Nomination for the following month. Seller shall confirm the Nomination within three Business Days.
4.2 Feedstock shall be delivered DAP (Incoterms 2020) the Facility by railcar or tank truck. Title and risk pass to Buyer when Feedstock passes the flange connecting the delivery vehicle to Buyer's receiving line.
4.3 Quantities shall be determined by Buyer's certified Coriolis meters, calibrated at least every six months in the presence of Seller's representative if Seller so requests.
# 5. Quality and Performance
5.1 Each delivery shall conform to the Specifications. Buyer shall sample each delivery on arrival and analyze the sample within 24 hours. Seller may attend and retain a split sample.
5.2 Buyer may reject Off-Spec Feedstock by notice within 48 hours after arrival. Seller shall remove rejected Feedstock at its cost within five days or, at Buyer's option, Buyer shall accept it at the discounts stated in Schedule B.
5.3 The Parties shall measure performance each month, using the meter records and laboratory results, against the following Performance Indicators: (a) on-time delivery of Nominated quantities, target 97%; and (b) share of deliveries meeting the Specifications on all parameters, target 98%. Buyer shall send Seller a monthly performance report within ten Business Days after the end of the month.
5.4 For each month in which on-time delivery or conforming deliveries fall below target, the Contract Price for that month's deliveries shall be reduced by 0.5% per percentage point of shortfall, up to a total reduction of 4% in any month. These reductions are liquidated damages and not a penalty, the Parties agreeing that Buyer's actual loss from disrupted unit operation would be difficult to quantify.
5.5 For each month in which both Performance Indicators are at or above 99.5%, Buyer shall pay Seller a performance premium of USD 2.00 per metric ton delivered in that month.
# 6. Price
6.1 The Contract Price for each metric ton of Feedstock is the average of the daily assessments of the relevant Price Index during the month of delivery, less the Differential set out in Schedule B.
6.2 Seller shall invoice monthly. Buyer shall pay within twenty days after receipt of a correct invoice.
# 7. Sustainability and Traceability
7.1 Seller warrants that all Feedstock will be a waste or residue within the meaning of the Renewable Fuel Standard program and the California Low Carbon Fuel Standard, will be traceable to its point of origin and will be certified under ISCC EU or ISCC PLUS by a certification body recognized by Buyer.
7.2 Seller warrants that Feedstock will conform to the Specifications at the time of delivery and will be free of all liens. This warranty applies to defects discovered within 60 days after delivery.
7.3 Buyer and its certification body may audit Seller's collection records, mass-balance accounts, supplier declarations and plants, on seven days' notice, to verify compliance with this Section 7. Seller shall flow down equivalent audit rights in its contracts with its collectors.
# 8. Continuous Improvement
8.1 Seller shall submit to Buyer, by March 31 of each Contract Year, a written improvement plan proposing measures to reduce the carbon intensity, moisture and impurities content or delivered cost of the Feedstock, with the expected savings and an implementation schedule.
8.2 The Parties' commercial managers shall review each plan within 30 days of submission and record which measures are adopted. Seller's target is to reduce the average carbon intensity of the Feedstock, as calculated under the GREET model, by at least 2% per Contract Year relative to the previous Contract Year.
8.3 Savings from adopted measures that reduce Seller's cost shall be shared equally by a reduction of the Differential from the following Contract Year.
# 9. Supply Data
9.1 All Supply Data is owned by Buyer, except that Seller retains the ownership of its lists of collection points and restaurant customers.
9.2 Seller may use Supply Data only to perform this Agreement and to meet its certification obligations. Buyer may use Supply Data for its own operations, regulatory reporting and credit generation, but shall not disclose the identity of Seller's collection points to any third party other than its certification body and regulators.
9.3 Supply Data is Confidential Information of Buyer.
9.4 Within 90 days after expiration or termination of this Agreement, Seller shall return or delete all Supply Data held by it, except for copies required to be retained by law or by the certification scheme, and shall certify the deletion in writing.
# 10. Confidentiality
Each Party shall hold the other Party's Confidential Information in confidence, use it only to perform this Agreement and disclose it only to its employees, advisers, lenders and certification bodies who need to know it and are bound by equivalent obligations. This Section 10 survives for three years after termination.
# 11. Liability and Insurance
11.1 Neither Party shall be liable for Consequential Damages.
11.2 Except for a Party's indemnity for third-party claims, its payment obligations and its gross negligence or willful misconduct, each Party's aggregate liability under this Agreement in any Contract Year shall not exceed USD 6,000,000.
11.3 Each Party shall maintain commercial general liability insurance of at least USD 5,000,000 per occurrence, automobile liability insurance of at least USD 2,000,000 and, in the case of Seller, pollution legal liability insurance of at least USD 10,000,000 covering transport of Feedstock.
# 12. Force Majeure
12.1 Neither Party is liable for failure to perform an obligation, other than payment, to the extent caused by Force Majeure, provided it notifies the other Party within 48 hours and uses commercially reasonable efforts to resume performance.
12.2 If Force Majeure prevents performance for more than 120 consecutive days, the unaffected Party may terminate this Agreement by notice.
# 13. Termination
13.1 Either Party may terminate this Agreement by notice if the other Party (a) fails to pay any undisputed amount within fifteen days after notice of non-payment, (b) commits any other material breach not cured within 45 days after notice, or (c) becomes subject to an Insolvency Event.
13.2 Buyer may terminate this Agreement by 60 days' notice if Seller loses its ISCC certification and does not regain it within that period.
13.3 Either Party may terminate this Agreement by 90 days' notice if the other Party undergoes a Change of Control in favor of a competitor of the terminating Party.
13.4 Nominations confirmed before the effective date of termination shall be delivered and paid for in accordance with this Agreement. Sections 9.4, 10 and 11 survive.
# 14. Disputes
14.1 The Parties' commercial managers shall first try to resolve any dispute within fifteen Business Days after notice of the dispute. If they fail, the matter shall be referred to a vice president of each Party, who shall meet within a further fifteen Business Days.
14.2 A dispute about a laboratory result may be referred by either Party to an independent inspection company agreed by the Parties, whose analysis of the retained sample is final.
14.3 Any other dispute not resolved under Section 14.1 shall be submitted to the state or federal courts located in Harris County, Texas, and each Party waives trial by jury to the extent permitted by law.
# 15. Miscellaneous
15.1 Assignment. Neither Party may assign this Agreement without the other Party's prior written consent, except to an Affiliate of equal or better creditworthiness or to a lender by way of collateral.
15.2 Governing law. This Agreement is governed by the laws of the State of Texas, excluding its conflict-of-laws rules and the United Nations Convention on Contracts for the International Sale of Goods.
15.3 Notices. Notices shall be in writing and delivered by hand, courier or email with confirmation of receipt to the addresses stated above.
15.4 Entire agreement. This Agreement, including its Schedules, is the entire agreement of the Parties on its subject matter and may be amended only in writing signed by both Parties.
# Schedule A – Definitions
* "Affiliate" means an entity controlling, controlled by or under common control with a Party.
* "Annual Contract Quantity" has the meaning given in Section 3.1.
* "Business Day" means a day on which banks are open in Houston, Texas.
* "Change of Control" means any transaction by which a person acquires control of more than 50% of the voting interests of a Party.
* "Confidential Information" means all non-public information disclosed by a Party in connection with this Agreement, including Supply Data.
* "Consequential Damages" means lost profits, lost production and any indirect, special or punitive damages.
* "Contract Year" means each period of twelve months starting on July 1.
* "Facility" means Buyer's renewable fuels plant at Port Arthur, Texas.
* "Feedstock" means UCO and Tallow conforming to the Specifications.
* "Force Majeure" means any event beyond the reasonable control of the affected Party, including hurricanes, floods, rail embargoes and plant explosions not caused by the affected Party's negligence.
* "Insolvency Event" means a voluntary or involuntary bankruptcy, an assignment for the benefit of creditors or the appointment of a receiver.
* "Nomination" means the monthly quantity ordered by Buyer under Section 4.1.
* "Off-Spec Feedstock" means Feedstock that does not meet the Specifications.
* "Price Index" means the Argus US Gulf Coast used cooking oil assessment for UCO and the Jacobsen Bleachable Fancy Tallow assessment for Tallow.
* "Specifications" means the specifications set out in Schedule B.
* "Supply Data" means the Nominations, forecasts, meter and laboratory records, carbon intensity calculations and other data relating to deliveries under this Agreement.
* "Tallow" means rendered animal fat. "UCO" means used cooking oil.
# Schedule B – Specifications and Differentials
| Parameter | UCO | Tallow |
| Free fatty acids, max | 15% | 10% |
| Moisture and impurities, max | 2.0% | 1.0% |
| Total metals, max | 100 ppm | 60 ppm |
| Differential to Price Index | USD 18/t | USD 12/t |
| Discount for Off-Spec accepted | USD 25/t | USD 25/t |
IN WITNESS WHEREOF, the Parties have executed this Agreement by their duly authorized officers as of the Effective Date.
| Brazos Rendering & Recovery, Inc. | Sabine Renewable Fuels LLC |
| By: Dale Whitaker, President | By: Maria Elena Cortez, Chief Commercial Officer |
"""

PRINT = """\
= Framework Agreement for Managed Print Services
This Framework Agreement is executed at Mumbai on 22 February 2027 between:
+ Konkan Mercantile Bank Limited, a banking company incorporated under the Companies Act, 1956, licensed by the Reserve Bank of India, having its registered office at Mercantile House, 18 Nariman Point, Mumbai 400 021 (the "Bank"); and
+ Deccan Imaging Solutions Private Limited, a company incorporated under the Companies Act, 2013 (CIN U74999KA2011PTC058812), having its registered office at No. 44, 3rd Cross, Domlur Layout, Bengaluru 560 071 (the "Service Provider").
# Clause 1 Definitions
In this Agreement, unless the context requires otherwise:
* "Call-Off" means an order for Services at one or more Sites issued by the Bank under Clause 3;
* "Devices" means the printers, multifunction devices and scanners supplied and managed by the Service Provider;
* "Fleet Portal" means the Service Provider's web-based device management and reporting software;
* "Monthly Charges" means the charges invoiced for a month under Schedule 2;
* "Services" means the managed print services described in Clause 2 and Schedule 1;
* "Sites" means the Bank's branches, regional offices and data centres listed in a Call-Off;
* "Usage Data" means meter readings, device status, print job metadata and user statistics collected by the Devices and the Fleet Portal.
# Clause 2 Scope
2.1 The Service Provider shall supply, install, maintain and manage Devices at the Sites, supply all consumables other than paper, provide secure release printing with employee identity cards, and provide a service desk available from 8:00 to 20:00 IST on all banking days.
2.2 This Agreement is a framework. It does not by itself oblige the Bank to issue any Call-Off except as provided in Clause 6.3, and the Bank may procure similar services from other providers.
# Clause 3 Call-Offs
3.1 The Bank may issue Call-Offs during the Term. Each Call-Off shall state the Sites, the number and type of Devices, the installation date and the period of service, which may not end more than twelve months after the end of the Term.
3.2 The Service Provider shall accept every Call-Off that conforms to this Agreement within five banking days of its receipt.
# Clause 4 Pilot
4.1 Before the first Call-Off for branches, the Service Provider shall carry out a pilot at the Bank's Andheri regional office for two months from 1 April 2027.
4.2 The pilot shall be assessed against the following targets:
* Device availability of at least 98.5% over the pilot;
* reduction of at least 20% in printed pages per employee compared with the three months before the pilot;
* at least 95% of incidents resolved within the resolution times in Clause 7.
4.3 Within fifteen days after the end of the pilot, the Service Review Board shall decide whether to proceed. If the targets are not met, the Bank may terminate this Agreement by written notice without any payment other than the Monthly Charges for the pilot period, and the Service Provider shall remove its Devices within fifteen days.
# Clause 5 Term
5.1 This Agreement starts on the date of execution and continues for a Term of three years.
5.2 The Bank may extend the Term once by a further period of one year by written notice given at least three months before the end of the initial Term. There is no other renewal.
# Clause 6 Charges
6.1 The Bank shall pay the Monthly Charges set out in Schedule 2, comprising a fixed device charge and a cost per page for monochrome and colour pages, based on Usage Data read remotely through the Fleet Portal on the last banking day of each month.
6.2 Charges are fixed for the first two years and may thereafter be revised by no more than the change in the Consumer Price Index (Industrial Workers) published by the Labour Bureau.
6.3 Once the pilot has been accepted, the Bank commits to a minimum billable volume of 400,000 pages per month across all Call-Offs. If actual volume is lower, the Bank shall pay the cost per page for the minimum volume.
# Clause 7 Service Levels
7.1 The Service Provider shall meet the service levels in the table below. Performance shall be measured by the Fleet Portal and the service desk tool and reported to the Bank in a monthly service report by the fifth banking day of the following month.
| Service level | Target | Credit per month if missed |
| Device availability, per Site | 98.5% | 2% of Monthly Charges |
| Response time, metro Sites | 4 business hours | 1% of Monthly Charges |
| Resolution time, all Sites | 1 business day | 2% of Monthly Charges |
| Consumables delivered before stock-out | 99% | 1% of Monthly Charges |
## Service credits
7.2 Service credits shall be deducted from the next invoice. Total service credits in a month shall not exceed 10% of the Monthly Charges for that month.
## Performance bonus
7.3 If in any quarter all service levels are met and Device availability exceeds 99.5% at every Site, the Bank shall pay the Service Provider a performance bonus of 3% of the Monthly Charges for that quarter. The bonus shall not exceed INR 900,000 per quarter.
7.4 If the same service level is missed in three consecutive months, the Bank may terminate the affected Call-Off for cause.
# Clause 8 Improvement
The Service Provider may propose from time to time changes to the Device fleet, print policies or workflows which could reduce cost or paper consumption. The Bank is not obliged to adopt such proposals.
# Clause 9 Governance
9.1 The Parties shall set up a Service Review Board composed of the Bank's Head of Administration, the Bank's Chief Information Security Officer or his nominee, the Service Provider's Account Director and its Service Delivery Manager.
9.2 The Service Review Board shall meet every quarter to review the service reports, service credits and bonus, security incidents, complaints and the action plan for the following quarter, in which each action has an owner and a deadline.
9.3 Decisions of the Service Review Board require the agreement of the Bank's members and the Service Provider's members. Where they cannot agree, operational matters shall be decided by the Bank's Head of Administration, acting reasonably, and all other matters shall be escalated under Clause 18.
9.4 The Bank's Contract Manager is Ms Smita Kulkarni, Deputy General Manager – Administration, and the Service Provider's Account Director is Mr Naveen Rao. Each Party may replace its representative by notice.
# Clause 10 Annual Strategic Review
Every year, in the month of January, the Service Review Board shall hold a strategic review of whether the Services still match the Bank's objectives, including its digitisation programme and branch network plans. Following that review, the Parties shall negotiate in good faith changes to Device numbers, charges and service levels; if the Parties fail to agree within 60 days and the Bank's digitisation programme has reduced its printing needs by more than 30%, the Bank may terminate this Agreement on 90 days' notice without liability.
# Clause 11 Usage Data and Security
11.1 The Service Provider shall collect Usage Data through the Fleet Portal and may use it to perform the Services, to improve its products and services and to prepare anonymised industry benchmarks.
11.2 The Service Provider shall comply with the Digital Personal Data Protection Act, 2023 and the Bank's information security policy and shall ensure that print job content is never transmitted outside the Bank's network.
11.3 Devices removed from a Site for any reason shall have their hard disks overwritten in accordance with NIST SP 800-88 or physically destroyed, with a certificate for each Device.
# Clause 12 Intellectual Property and Licence
12.1 The Service Provider grants the Bank a non-exclusive, non-transferable licence to use the Fleet Portal and the secure release software during the Term for the purposes of the Services.
12.2 All print policies, reports, scripts and templates developed by the Service Provider specifically for the Bank shall belong to the Bank from their creation, and the Service Provider hereby assigns to the Bank all rights in them.
# Clause 13 Warranty
The Service Provider warrants that all Devices will be new or factory-refurbished to the original manufacturer's specifications, will be free from defects and will perform in accordance with their specifications throughout the period of each Call-Off.
# Clause 14 Confidentiality and Audit
14.1 Each Party shall keep confidential the information of the other Party obtained under this Agreement and shall use it only for this Agreement. This obligation continues for five years after termination.
14.2 The Bank, its auditors and the Reserve Bank of India may audit the Service Provider's records, premises and systems relating to the Services, on reasonable notice, as required by the Reserve Bank of India directions on outsourcing.
# Clause 15 Liability and Insurance
15.1 Each Party's aggregate liability under this Agreement shall not exceed the Monthly Charges paid in the twelve months preceding the claim, except for breach of confidentiality or data security, for which the cap shall be three times that amount.
15.2 The Service Provider shall maintain public liability insurance of INR 50,000,000 and cyber liability insurance of INR 100,000,000 during the Term.
# Clause 16 Termination and Exit
16.1 Either Party may terminate this Agreement by 30 days' notice if the other Party commits a material breach which is not remedied within that period, or becomes subject to insolvency proceedings under the Insolvency and Bankruptcy Code, 2016.
16.2 The Bank may terminate this Agreement or any Call-Off for convenience by 90 days' written notice.
## Exit assistance
16.3 On expiry or termination the Service Provider shall, for an exit period of up to four months: continue to provide the Services at existing Sites at the current charges until the replacement provider is ready; co-operate with the replacement provider; hand over the asset register, configuration settings, print policies and reports; and remove its Devices, after overwriting their hard disks under Clause 11.3.
16.4 Within 30 days after the end of the exit period the Service Provider shall deliver to the Bank a final export of the Usage Data for the Bank's Sites in CSV format and shall then delete Usage Data identifying Bank employees.
# Clause 17 Staff
During the Term and for one year afterwards, neither Party shall solicit for employment any employee of the other Party who was engaged in the Services, except through general advertisements.
# Clause 18 Disputes, Law and Jurisdiction
18.1 A dispute shall first be referred to the Bank's Chief General Manager – Operations and the Service Provider's Managing Director, who shall try to resolve it within 21 days.
18.2 If the dispute remains unresolved, the Parties shall attempt pre-litigation mediation under the Mediation Act, 2023 before a mediator agreed by them, and only after that may refer it to arbitration under the Arbitration and Conciliation Act, 1996 by a sole arbitrator, seated at Mumbai, in English.
18.3 This Agreement is governed by the laws of India. Subject to Clause 18.2, the courts at Mumbai shall have exclusive jurisdiction.
# Clause 19 General
19.1 Force majeure. Neither Party shall be liable for delay caused by events beyond its reasonable control, including floods, riots, epidemics and acts of government; the affected Party shall notify the other within three days.
19.2 Assignment. The Service Provider shall not assign or subcontract this Agreement without the Bank's prior written consent.
19.3 Notices shall be sent to the representatives named in Clause 9.4 by registered post or email.
IN WITNESS WHEREOF the Parties have executed this Agreement on the date first written above.
| For Konkan Mercantile Bank Limited | For Deccan Imaging Solutions Private Limited |
| Rajesh Bhandari, Chief General Manager | Naveen Rao, Account Director and Authorised Signatory |
"""

DOCS = {
    "partnership-film-coproduction.en.docx": FILM,
    "supplier-managed-print.en.docx": PRINT,
}

PDF_DOCS = {
    "supplier-renewable-feedstock.en.docx": FEEDSTOCK,
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
