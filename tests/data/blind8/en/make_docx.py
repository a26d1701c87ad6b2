"""Build the Word contracts of the blind8 English set from the texts embedded below.

Line markup: "= " Title, "# " Heading 1, "## " Heading 2, "* " List Bullet,
"+ " List Number, "| a | b |" table rows (first row = header), other lines = Normal.
supplier-astaxanthin-equity.en.docx is built as an intermediate .docx, converted to PDF with LibreOffice
(soffice --headless --convert-to pdf) and the intermediate .docx is then deleted.
Run: .venv/bin/python tests/data/blind8/en/make_docx.py
"""
import subprocess
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent

SOLAR = """\
= Joint Venture and Shareholders' Agreement
This Joint Venture and Shareholders' Agreement is executed at Ahmedabad on 2 August 2027 by and between:
+ Narmada Urja Private Limited, a company incorporated under the Companies Act, 1956, with corporate identity number U40106GJ2011PTC065432 and its registered office at 7th Floor, Shivalik Plaza, Ambawadi, Ahmedabad 380015, Gujarat ("NUPL"); and
+ Zonnewerk Solar B.V., a private limited company incorporated under the laws of the Netherlands, registered with the Dutch Chamber of Commerce under number 58213496, with its registered office at Torenallee 32, 5617 BD Eindhoven ("Zonnewerk"),
NUPL and Zonnewerk each being a "Shareholder" and together the "Shareholders".
WHEREAS NUPL installs and maintains solar power plants for industrial customers in Gujarat, Zonnewerk has developed a lightweight mounting system and a remote monitoring platform for rooftop installations, and the Shareholders wish to carry on the Business together through a jointly owned company.
# ARTICLE 1 – DEFINITIONS
## Section 1.1 Definitions
In this Agreement, the following terms have the following meanings:
* "Board" means the board of directors of the JVC.
* "Business" means the design, supply, installation, financing, operation and maintenance of rooftop solar power systems of 10 kW to 1 MW for micro, small and medium enterprises in the Territory.
* "Business Plan" means the five-year business plan adopted under Section 5.1, as amended from time to time.
* "Deadlock" has the meaning given in Section 4.4.
* "Fair Value" means the value of the Shares determined by an independent registered valuer appointed by the Board.
* "JVC" means SunRoof Gujarat Private Limited, the company to be incorporated under Section 2.1.
* "Monitoring Data" means the generation, consumption and equipment data collected by the monitoring platform installed at customers' premises, together with customer names and contact details.
* "Reserved Matters" means the matters listed in Section 4.3.
* "Shares" means equity shares of the JVC of face value INR 10 each.
* "Technology" means Zonnewerk's ballasted mounting system, its engineering manuals and the ZonView monitoring software.
* "Territory" means the State of Gujarat.
# ARTICLE 2 – THE JOINT VENTURE COMPANY
## Section 2.1 Incorporation
The Shareholders shall cause the JVC to be incorporated as a private limited company under the Companies Act, 2013, with its registered office in Ahmedabad, within 45 days after the date of this Agreement.
## Section 2.2 Share capital
The Shareholders shall subscribe for Shares in cash in the following proportions, in two equal instalments, the first on incorporation and the second within twelve months after it:
| Shareholder | Shareholding | Capital contribution |
| NUPL | 51% | INR 25,50,00,000 |
| Zonnewerk | 49% | INR 24,50,00,000 |
| Total | 100% | INR 50,00,00,000 |
# ARTICLE 3 – OPERATIONS OF THE JVC
## Section 3.1 Scope
The JVC shall carry on the Business in the Territory in accordance with the Business Plan. The JVC may expand outside the Territory only with the approval of the Board as a Reserved Matter.
## Section 3.2 Contributions of the Shareholders
NUPL shall second to the JVC installation crews, and shall assist it in obtaining net-metering approvals from the distribution companies. Zonnewerk shall provide engineering support and supply the mounting system at the prices in its published export price list less 12%.
## Section 3.3 Drone inspections
Roof surveys and annual thermal inspections shall be performed by drones operated by remote pilots holding a certificate issued by the Directorate General of Civil Aviation, in compliance with the Drone Rules, 2021.
# ARTICLE 4 – BOARD AND MANAGEMENT
## Section 4.1 Composition
The Board shall consist of five directors, appointed as follows:
| Shareholder | Directors | Office |
| NUPL | 3 | Chairperson, chosen among NUPL's nominees |
| Zonnewerk | 2 | Vice-chairperson, chosen among Zonnewerk's nominees |
The quorum for a Board meeting is three directors, including at least one director nominated by each Shareholder.
## Section 4.2 Meetings
The Board shall meet at least once in every calendar quarter, in Ahmedabad or by video conference. Each quarterly meeting shall review the installed capacity, the pipeline of customers, the collection of receivables, customer complaints, safety incidents and the relationship between the JVC's staff and the seconded teams.
## Section 4.3 Decisions and Reserved Matters
Decisions of the Board are taken by a simple majority of the directors present. The following Reserved Matters require the affirmative vote of at least one director nominated by each Shareholder:
+ the adoption or amendment of the Business Plan;
+ any issue of Shares or other securities;
+ borrowing in excess of INR 5 crore in aggregate in a financial year;
+ any transaction with a Shareholder or its affiliates other than under Section 3.2;
+ the appointment or removal of the chief executive officer and the chief technology officer; and
+ expansion of the Business outside the Territory.
## Section 4.4 Deadlock
If a Reserved Matter is proposed at two consecutive Board meetings and is not approved (a "Deadlock"), either Shareholder may refer it to the chairpersons of NUPL and of Zonnewerk, who shall meet within 21 days to resolve it. If they fail to do so within 30 days after the referral, the Shareholders shall refer the Deadlock to conciliation under Part III of the Arbitration and Conciliation Act, 1996, with a conciliator appointed by the Mumbai Centre for International Arbitration. No Shareholder may commence arbitration under Article 12 in respect of a Deadlock until the conciliation proceedings have been terminated under Section 76 of that Act.
## Section 4.5 Relationship Managers
NUPL appoints Mr Hardik Desai, Director – Projects, and Zonnewerk appoints Ms Sanne Bakker, Head of International Ventures, as Relationship Managers. Each Relationship Manager is accountable to the Shareholder appointing him or her for the relationship between the Shareholders, the preparation of Board meetings and the follow-up of the Board's decisions.
## Section 4.6 Management
The chief executive officer of the JVC shall be nominated by NUPL and the chief technology officer by Zonnewerk, subject to approval under Section 4.3.
## Section 4.7 Information and audit
Each Shareholder may inspect the books of account and records of the JVC at any reasonable time and may, once in each financial year and at its own cost, have them audited by a firm of chartered accountants of its choice, in addition to the statutory audit.
# ARTICLE 5 – BUSINESS PLAN
## Section 5.1 Initial Business Plan
The initial Business Plan, which provides for 120 MW of installed capacity by the end of its fifth year, is adopted by the Shareholders on the date of this Agreement.
## Section 5.2 Biennial review
Every two years after the incorporation of the JVC, the Board shall review the Business Plan and the Shareholders' common objectives for the JVC, and may amend the capacity targets, the capital expenditure and the financing requirements in the light of that review.
# ARTICLE 6 – TECHNOLOGY AND INTELLECTUAL PROPERTY
## Section 6.1 Technology licence
Zonnewerk grants the JVC a non-exclusive, non-transferable licence to use the Technology in the Territory for the Business, against a royalty of 2.5% of the JVC's revenue from installations using the Technology, payable quarterly.
## Section 6.2 Developments
All designs, software, documentation and other intellectual property developed by the JVC or its employees, including adaptations of installation methods to Indian roofs, belong to the JVC. Improvements to the Technology itself made by the JVC shall be assigned to Zonnewerk, and are included in the licence under Section 6.1 without additional royalty.
## Section 6.3 Brand
The JVC shall trade under the name "SunRoof", which shall be registered in the name of the JVC, and may use the tagline "powered by Zonnewerk" in accordance with Zonnewerk's brand guidelines.
# ARTICLE 7 – MONITORING DATA
Each Shareholder shall have access to the Monitoring Data through the ZonView platform and may use it for its own business purposes, including product development, performance benchmarking and the marketing of its other products and services outside the Territory. The JVC shall obtain any consent required from customers under the Digital Personal Data Protection Act, 2023.
# ARTICLE 8 – TRANSFER OF SHARES
## Section 8.1 Lock-in
No Shareholder may transfer any Shares during the three years following the incorporation of the JVC, except to a wholly owned subsidiary that undertakes to be bound by this Agreement.
## Section 8.2 Right of first refusal
After the lock-in period, a Shareholder wishing to transfer Shares shall first offer them to the other Shareholder at the price and on the terms offered by a bona fide third party purchaser. The other Shareholder may accept the offer within 45 days.
## Section 8.3 Change of control of a Shareholder
If a Shareholder undergoes a change of control, it shall notify the other Shareholder within 15 days, and the other Shareholder may, within 90 days after the notice, purchase all the Shares held by that Shareholder at Fair Value.
# ARTICLE 9 – RESTRICTIVE COVENANTS
## Section 9.1 Non-compete
As long as it holds Shares and for two years after it ceases to hold Shares, no Shareholder shall, directly or through its affiliates, carry on or be engaged in any business in the Territory that competes with the Business, except through the JVC.
## Section 9.2 Employees
During the same period, no Shareholder shall solicit or employ any employee of the JVC, or any employee of the other Shareholder who has been seconded to the JVC, without the prior written consent of the other Shareholder.
# ARTICLE 10 – TERM AND TERMINATION
## Section 10.1 Term
This Agreement comes into force on the date of its execution and continues for an initial period of ten years. It is thereafter extended automatically for successive periods of five years, unless either Shareholder gives written notice to the other, at least twelve months before the end of the current period, that it does not wish it to be extended.
## Section 10.2 Events of default
Either Shareholder may, by written notice, terminate this Agreement if the other Shareholder (a) commits a material breach and fails to remedy it within 60 days after written notice; (b) becomes subject to insolvency proceedings under the Insolvency and Bankruptcy Code, 2016 or equivalent proceedings in the Netherlands; or (c) fails to pay the second instalment of its capital contribution within 90 days after it falls due. The non-defaulting Shareholder may, within 60 days after the termination notice, purchase the defaulting Shareholder's Shares at Fair Value.
## Section 10.3 Unresolved Deadlock
If a Deadlock is not resolved by the procedure in Section 4.4, either Shareholder may terminate this Agreement by six months' written notice, and the Shareholders shall then agree on the sale of the Shares of one of them to the other or on the winding up of the JVC.
## Section 10.4 Consequences of termination
On termination under Section 10.2 or 10.3: (a) if Zonnewerk ceases to be a Shareholder, the licence under Section 6.1 ends twelve months after the transfer of its Shares, except for systems installed before that date, which the JVC may continue to operate and maintain; (b) intellectual property owned by the JVC under Section 6.2 remains with the JVC; and (c) the Shareholders shall agree, at the time of termination, on the arrangements for the JVC's existing operation and maintenance contracts with customers and for the employees seconded by NUPL.
# ARTICLE 11 – CONFIDENTIALITY, WARRANTIES AND INSURANCE
## Section 11.1 Confidentiality
Each Shareholder shall keep confidential the terms of this Agreement, the Technology, the Business Plan and all information relating to the JVC or the other Shareholder that it receives, and shall not disclose it except on a need-to-know basis or as required by law. This obligation survives for five years after the termination of this Agreement.
## Section 11.2 Warranties
Each Shareholder represents and warrants to the other that it is duly incorporated and validly existing, that it has full power and authority to enter into and perform this Agreement, and that the execution and performance of this Agreement do not breach its constitutional documents or any agreement binding on it.
## Section 11.3 Insurance
The JVC shall maintain, with insurers registered with the Insurance Regulatory and Development Authority of India, contractor's all risks insurance for installations in progress, public liability insurance of at least INR 10 crore per occurrence and directors' and officers' liability insurance.
# ARTICLE 12 – GOVERNING LAW AND ARBITRATION
## Section 12.1 Governing law
This Agreement is governed by and construed in accordance with the laws of India.
## Section 12.2 Arbitration
Subject to Section 4.4, any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration under the Arbitration and Conciliation Act, 1996 and the rules of the Mumbai Centre for International Arbitration. The tribunal consists of three arbitrators, the seat is Mumbai and the language is English.
# ARTICLE 13 – MISCELLANEOUS
## Section 13.1 Force majeure
Neither Shareholder is liable for a delay or failure in performing its obligations caused by floods, cyclones, earthquakes, epidemics, war, riots or acts of government beyond its reasonable control, provided that it gives prompt notice of the event to the other Shareholder.
## Section 13.2 Assignment
Neither Shareholder may assign its rights under this Agreement, except together with a transfer of all its Shares made in accordance with Article 8, the transferee first executing a deed of adherence.
## Section 13.3 Notices
Notices shall be in writing in English and sent by courier or by email to the Relationship Manager of the receiving Shareholder, with a copy to its company secretary.
| For Narmada Urja Private Limited | For Zonnewerk Solar B.V. |
| Name: Kiran Patel, Managing Director | Name: Joost van Dijk, Chief Executive Officer |
"""

DESK = """\
= Managed Service Desk Framework Agreement
This Agreement is made on 26 May 2027 between Coral Coast University Limited ABN 48 612 903 114 of 300 Riverside Drive, Brisbane QLD 4000 (the "University") and HelixPoint Managed Services Pty Ltd ABN 71 159 402 886 of Level 11, 525 Collins Street, Melbourne VIC 3000 (the "Supplier").
# Clause 1 – Interpretation
1.1 In this Agreement:
* "Business Day" means a day other than a Saturday, Sunday or public holiday in Brisbane.
* "Charges" means the fees set out in the Work Order for the Services.
* "Exit Period" has the meaning given in clause 17.1.
* "Knowledge Articles" means the articles, scripts, troubleshooting guides and templates created for the University's knowledge base in the course of the Services.
* "Service Commencement Date" means 1 July 2027.
* "Service Levels" means the service levels in clause 6.1.
* "Service Management Board" means the body described in clause 8.2.
* "Services" means the first-line and second-line service desk services for the University's staff and students described in the Work Order.
* "Supplier Tools" means the Supplier's reporting templates, automation scripts and analytics dashboards that exist at the date of this Agreement or are developed by the Supplier independently of the Services.
* "Ticket Data" means all records of incidents and requests logged in the University's service management tool, including the personal information of staff and students contained in them.
* "Work Order" means an order for Services issued by the University under clause 2.2 and accepted by the Supplier.
1.2 A reference to a clause is to a clause of this Agreement. Headings are for convenience only.
# Clause 2 – Framework
2.1 This Agreement sets out the terms on which the Supplier will provide Services when the University orders them. It does not oblige the University to order any minimum volume of Services, and the University may engage other providers for similar services.
2.2 The initial Work Order for the 24/7 service desk is attached. The University may issue further Work Orders, for example for enrolment peaks or the roll-out of new systems, which are governed by this Agreement.
# Clause 3 – Term
3.1 This Agreement commences on the date above and continues until 30 June 2029.
3.2 The University may extend this Agreement once, for a further period of twelve months, by giving the Supplier written notice at least 60 days before the expiry date.
# Clause 4 – Probation Period
4.1 The first four months after the Service Commencement Date are a probation period, during which the Supplier shall achieve:
+ a first contact resolution rate of at least 70%;
+ response to 95% of priority 1 incidents within 15 minutes; and
+ an average satisfaction score of at least 4.2 out of 5 in the survey sent on closure of each ticket.
4.2 Within 15 Business Days after the end of the probation period, the Service Management Board shall review the results against those targets. If any target has not been achieved, the parties may, by mutual agreement, end this Agreement or extend the probation period by up to two months.
# Clause 5 – Services
5.1 The Supplier shall provide the Services from its service centre in Melbourne, with a backup site in Hobart, using the University's service management tool, in accordance with the Work Order and the University's policies notified to it.
5.2 The Supplier shall provide the key personnel named in the Work Order and shall not replace them without the University's consent, which shall not be unreasonably withheld.
# Clause 6 – Service Levels, Credits and Incentives
6.1 The Supplier shall meet the following Service Levels each month:
| Service Level | Target | Service credit if missed | Performance incentive if exceeded |
| Calls answered within 30 seconds | 85% | 3% of monthly Charges | 1% of monthly Charges at 92% or more |
| First contact resolution | 72% | 3% of monthly Charges | 1.5% of monthly Charges at 80% or more |
| Priority 1 incidents responded to within 15 minutes | 95% | 4% of monthly Charges | none |
| Satisfaction score | 4.3 out of 5 | 2% of monthly Charges | 1.5% of monthly Charges at 4.6 or more |
6.2 Service Levels are measured by the reports of the University's service management tool and telephony platform. The Supplier shall deliver a monthly performance report to the University within five Business Days after the end of each month.
6.3 Service credits are deducted from the next invoice. The total service credits in a month shall not exceed 12% of the monthly Charges, and the total performance incentives in a month shall not exceed 4% of the monthly Charges. A performance incentive is not payable for a month in which a priority 1 Service Level is missed.
# Clause 7 – Continuous Improvement
7.1 By 31 May in each year, the Supplier shall submit to the University a continuous improvement plan containing at least three proposals to reduce the Charges, the number of tickets raised per user or the time taken to resolve them, including proposals for self-service and automation.
7.2 The plan shall aim at a reduction of at least 5% per year in the number of tickets per user. The plan is reviewed by the Service Management Board within 30 days after its submission, and the proposals approved by the Board are implemented under a Work Order. Savings in the Charges resulting from an approved proposal are shared equally between the parties for the first twelve months.
# Clause 8 – Governance
8.1 The University's contract manager is Dr Mei Ling Ho, Director of IT Service Management, and the Supplier's contract manager is Mr Tom Gallagher, Account Director. Each contract manager is responsible for the day-to-day relationship and is the first point of contact for the other party.
8.2 The Service Management Board consists of the two contract managers and up to two other representatives of each party. It meets as the parties consider necessary to review the performance reports, complaints, risks and improvement proposals.
8.3 If a dispute arises, either contract manager may notify it to the other. If the contract managers do not resolve it within 10 Business Days, it is referred to the University's Chief Information Officer and the Supplier's Managing Director. If they do not resolve it within a further 10 Business Days, either party may refer it to mediation administered by the Australian Disputes Centre. Neither party may commence court proceedings until 30 days after the appointment of the mediator, except for urgent interlocutory relief.
# Clause 9 – Ticket Data
9.1 The Ticket Data is owned by the University. The Supplier may access and use it only to perform the Services, and shall not use it for benchmarking, for training any artificial intelligence model or for any other purpose without the University's prior written consent.
9.2 The Supplier shall comply with the Privacy Act 1988 (Cth) and the Information Privacy Act 2009 (Qld) in handling personal information in the Ticket Data, keep the Ticket Data confidential, store it only in Australia and notify the University within 24 hours of any data breach.
9.3 At the end of the Exit Period, the Supplier shall return all Ticket Data in its possession in CSV or JSON format and securely delete all copies, and a senior officer of the Supplier shall certify the deletion in writing.
# Clause 10 – Intellectual Property
10.1 Knowledge Articles and all reports prepared for the University vest in the University on creation. The Supplier assigns to the University all intellectual property rights in them.
10.2 The Supplier Tools remain the property of the Supplier. The Supplier grants the University a non-exclusive, royalty-free licence to use the Supplier Tools during the term of this Agreement and the Exit Period.
# Clause 11 – Personnel
11.1 During the term of this Agreement and for twelve months afterwards, neither party shall solicit for employment any employee of the other party who has been directly involved in the Services, except through a general advertisement.
# Clause 12 – Records and Audit
12.1 The Supplier shall keep accurate records of the Services and the Charges. The University, its internal auditors and the Queensland Audit Office may audit those records, and the Supplier's compliance with clause 9, on 10 Business Days' notice, no more than twice a year.
# Clause 13 – Warranties
13.1 The Supplier warrants that the Services will be performed with due care and skill, in accordance with good industry practice and the ITIL 4 framework, and that it holds and will maintain ISO/IEC 27001 certification for its service centres.
# Clause 14 – Insurance
14.1 The Supplier shall maintain public liability insurance of at least $20 million per occurrence, professional indemnity insurance of at least $10 million, cyber insurance of at least $10 million and workers' compensation insurance as required by law.
# Clause 15 – Liability
15.1 Each party's total liability under this Agreement in any contract year is limited to 150% of the Charges paid or payable in the preceding twelve months, except for liability for personal injury, breach of clause 9 or wilful misconduct, which is not limited. Neither party is liable for indirect or consequential loss.
# Clause 16 – Termination
16.1 Either party may terminate this Agreement by notice if the other party commits a material breach and does not remedy it within 30 days after receiving a notice describing the breach, or immediately if the other party suffers an insolvency event.
16.2 The University may terminate this Agreement or any Work Order for convenience by giving the Supplier at least 90 days' written notice. The Supplier is then entitled only to the Charges for Services performed up to the termination date.
16.3 If the Supplier undergoes a change of control, it shall notify the University, which may terminate this Agreement by 60 days' written notice given within three months of the notification.
# Clause 17 – Exit
17.1 On the expiry or termination of this Agreement, the Supplier shall continue to provide the Services, if the University so requests, for a period of up to four months (the "Exit Period"), at the Charges then applicable.
17.2 The Supplier shall prepare an exit plan within three months after the Service Commencement Date and update it every year. During the Exit Period the Supplier shall, in accordance with the exit plan:
* transfer to the University or its new provider all Knowledge Articles and the current status of all open tickets;
* resolve the open tickets it can resolve before the end of the Exit Period and hand over the others with full notes;
* provide knowledge transfer sessions to the new provider's staff; and
* return and delete the Ticket Data as set out in clause 9.3.
# Clause 18 – Confidentiality
18.1 Each party shall keep confidential the other party's confidential information, including the Charges, the University's systems and security information, and shall not disclose it except as required by law, including the Right to Information Act 2009 (Qld), or with the other party's consent.
# Clause 19 – Force Majeure
19.1 A party is not liable for failure to perform an obligation to the extent caused by an event beyond its reasonable control, such as a natural disaster, pandemic, national telecommunications outage or industrial action not limited to its own workforce, provided it notifies the other party and uses its business continuity plan to minimise the effect.
# Clause 20 – Assignment
20.1 The Supplier may not assign, novate or subcontract this Agreement or any Work Order without the prior written consent of the University.
# Clause 21 – Governing Law
21.1 This Agreement is governed by the laws of Queensland. Subject to clause 8.3, the parties submit to the non-exclusive jurisdiction of the courts of Queensland.
# Clause 22 – Notices
22.1 Notices must be in writing and sent by email to the other party's contract manager, with a copy to the University's General Counsel or the Supplier's company secretary.
| Executed by Coral Coast University Limited | Executed by HelixPoint Managed Services Pty Ltd |
| Prof. Gemma Whitlock, Vice-Chancellor | Andrew Kostas, Managing Director |
"""

ALGAE = """\
= Strategic Supply and Investment Agreement
This Strategic Supply and Investment Agreement (the "Agreement") is entered into as of September 20, 2027 (the "Effective Date") by and between Lumen Skin Sciences, Inc., a Delaware corporation with its principal office at 450 Park Avenue South, New York, NY 10016 ("Lumen"), and Kona Red Algae LLC, a Hawaii limited liability company with its principal office at 73-4460 Queen Kaahumanu Highway, Kailua-Kona, HI 96740 ("KRA"). Lumen and KRA are each a "Party". Capitalized terms are defined in Schedule A.
# SECTION 1 – INVESTMENT AND RELATIONSHIP
## 1.1 Equity investment
On the Effective Date, Lumen is acquiring fifteen percent (15%) of the membership interests of KRA under the Membership Interest Purchase Agreement of even date (the "MIPA"), and the Parties are entering into an amended and restated limited liability company agreement of KRA (the "LLC Agreement"). Lumen's rights as a member of KRA, including its seat on KRA's board of managers, are governed exclusively by the LLC Agreement.
## 1.2 Purpose
The Parties intend to build a long-term strategic relationship in which KRA dedicates its production of natural astaxanthin for cosmetic applications to Lumen, and Lumen secures a traceable supply for its skincare lines.
## 1.3 Precedence
In case of conflict between this Agreement and the MIPA or the LLC Agreement on a matter of supply, this Agreement prevails.
# SECTION 2 – SUPPLY
## 2.1 Product
KRA shall manufacture and sell to Lumen, and Lumen shall purchase from KRA, the Product, in accordance with the Specifications and the terms of this Agreement.
## 2.2 Cosmetic field
KRA shall not sell or otherwise supply astaxanthin, Haematococcus pluvialis biomass or extracts of it to any person other than Lumen for use in topical cosmetic or skincare products, anywhere in the world. KRA remains free to supply nutraceutical, feed and food customers.
## 2.3 Development batches
KRA shall operate its pilot-scale photobioreactor line in Kona for development batches requested by Lumen, up to six batches per Contract Year, at cost plus ten percent (10%).
## 2.4 Minimum purchase
Lumen shall purchase at least 4,000 kilograms of Product in each Contract Year. If Lumen purchases less, it shall pay KRA, within 60 days after the end of the Contract Year, forty percent (40%) of the Price of the shortfall.
## 2.5 Forecasts and orders
Lumen shall provide a rolling twelve-month forecast on the first Business Day of each month; the first three months of each forecast are binding. Purchase orders within the binding part of the forecast are deemed accepted.
# SECTION 3 – PRICE AND PAYMENT
## 3.1 Price
The Price for the first Contract Year is USD 2,150 per kilogram, FCA Kona (Incoterms 2020). On each anniversary of the Effective Date, the Price shall be adjusted by the percentage change in the Producer Price Index for chemicals and allied products published by the U.S. Bureau of Labor Statistics.
## 3.2 Payment
Invoices are payable within 45 days after the date of delivery.
# SECTION 4 – QUALITY AND SERVICE LEVELS
## 4.1 Service levels
KRA shall achieve in each calendar quarter (a) an on-time-in-full delivery rate of at least 95%, and (b) a batch conformity rate of at least 98%. Both rates are measured from Lumen's receiving and incoming inspection records, and Lumen shall send KRA a quarterly performance report within 15 days after the end of the quarter.
## 4.2 Credits and bonus
For each full percentage point by which either rate falls below its target, KRA shall credit Lumen with two percent (2%) of the Price of the Product delivered in the quarter. For each full percentage point by which the on-time-in-full rate exceeds 98%, Lumen shall pay KRA a bonus of one percent (1%) of the Price of the Product delivered in the quarter.
## 4.3 Quality audits
Lumen or a third-party auditor designated by it may audit KRA's production facility, quality system and batch records once per Contract Year on 30 days' notice, and at any time following a batch rejection.
## 4.4 Warranty
KRA warrants that each batch of Product, at delivery and throughout its shelf life of 24 months, conforms to the Specifications, is manufactured in accordance with the cosmetic good manufacturing practices of ISO 22716 and is free from contamination by heavy metals and pesticides above the limits in the Specifications.
# SECTION 5 – COST IMPROVEMENT
By October 1 of each year, KRA shall submit to Lumen a written proposal of measures to reduce the cost of producing the Product, aiming at a reduction of at least three percent (3%) per year in the conversion cost per kilogram. KRA shall implement the measures it considers appropriate and shall report the savings achieved in its following proposal.
# SECTION 6 – JOINT STEERING COMMITTEE
## 6.1 Composition and meetings
The Parties shall form a Joint Steering Committee of six members, three appointed by each Party, including each Party's Relationship Manager. The Committee shall meet every calendar quarter, alternately in New York and Kona or by video conference, and shall review the quarterly performance report, forecasts and capacity, the development batches, quality incidents, the health of the working relationship and a short list of priority actions, each with an owner and a deadline.
## 6.2 Decisions and escalation
The Committee takes decisions by consensus, the members appointed by each Party together having one vote. If the Committee cannot reach consensus on a matter within 20 Business Days after it is raised, either Party may refer the matter to the chief executive officers of the Parties. If they do not resolve it within 20 Business Days, the Parties shall submit it to non-binding mediation administered by JAMS in New York. No Party may commence litigation under Section 13.3 until 45 days after the mediation has started, except for injunctive relief.
## 6.3 Relationship Managers
Lumen appoints Dr. Rachel Whitford, Vice President, Ingredient Sourcing, and KRA appoints Mr. Kainoa Akana, Chief Commercial Officer, as Relationship Managers, each being accountable to its Party for the relationship and for the implementation of the Committee's decisions.
# SECTION 7 – INFORMATION AND DATA
Lumen shall provide KRA with its forecasts, formulation requirements and such market information as it considers useful to plan production. KRA may use all information and data received from Lumen or generated in the course of the supply, including Lumen's forecasts, order history and consumer claim substantiation data, for any purpose relating to its business, including production planning, obtaining financing and developing its own products.
# SECTION 8 – CUSTOMERS
During the Term, KRA shall not solicit any of the Listed Clients in order to sell them astaxanthin for any purpose.
# SECTION 9 – INTELLECTUAL PROPERTY
## 9.1 Background IP
Each Party retains all intellectual property it owned before the Effective Date or develops outside this Agreement.
## 9.2 Joint Strain
The high-yield strain HP-LK7 developed jointly by the Parties under the development program started in 2026 (the "Joint Strain") is owned jointly by the Parties in equal undivided shares. KRA may exploit the Joint Strain only outside the cosmetic field, and Lumen only within it. Neither Party may assign its share in the Joint Strain without the other's consent.
## 9.3 Improvements
Improvements to formulations of the Product for cosmetic use developed under this Agreement belong to Lumen, and improvements to the cultivation and extraction processes belong to KRA, regardless of which Party made them; each Party shall execute such assignments as are needed to give effect to this Section.
# SECTION 10 – TERM AND TERMINATION
## 10.1 Term
This Agreement commences on the Effective Date and continues for an indefinite term, consistent with Lumen's equity participation in KRA, until terminated in accordance with this Section 10.
## 10.2 Termination on notice
Either Party may terminate this Agreement by at least twenty-four (24) months' written notice, provided that the termination does not take effect before the seventh anniversary of the Effective Date.
## 10.3 Termination for cause
Either Party may terminate this Agreement by written notice if the other Party commits a material breach that remains uncured 60 days after written notice, or if the other Party becomes insolvent, makes a general assignment for the benefit of creditors or becomes subject to any bankruptcy proceeding.
## 10.4 Change of control
If a person engaged in the manufacture or sale of cosmetic products acquires control of KRA, Lumen may terminate this Agreement by 90 days' written notice given within six months after the acquisition, and may exercise the put option set out in Section 7.4 of the MIPA.
## 10.5 Effects of termination
Upon termination for any reason other than Lumen's breach: (a) KRA shall, for twelve months after the effective date of termination, continue to supply the Product to Lumen up to the quantities of the last binding forecast, at the Price then in effect, to allow Lumen to qualify an alternative source; (b) the Joint Strain remains jointly owned in accordance with Section 9.2; and (c) Lumen's membership interests in KRA remain governed by the LLC Agreement. Sections 9, 11, 12 and 13 survive termination.
# SECTION 11 – LIABILITY AND INSURANCE
## 11.1 Limitation of liability
Except for breach of Section 12, indemnification obligations and amounts payable under Sections 2.4 and 4.2, neither Party's aggregate liability under this Agreement in any Contract Year shall exceed the total Price paid or payable for Product in the preceding twelve months. Neither Party is liable for consequential, incidental or punitive damages.
## 11.2 Insurance
Each Party shall maintain product liability insurance of at least USD 10,000,000 per occurrence, and KRA shall maintain product recall insurance of at least USD 5,000,000, with insurers rated A- or better by A.M. Best.
# SECTION 12 – CONFIDENTIALITY
Subject to Section 7, each Party shall hold the other Party's Confidential Information in confidence, use it only for the purposes of this Agreement and disclose it only to employees and advisers bound by similar obligations. These obligations continue for five years after termination and indefinitely for trade secrets, including the Joint Strain.
# SECTION 13 – GENERAL
## 13.1 Force majeure
Neither Party is liable for failure to perform caused by hurricanes, volcanic activity, tsunamis, epidemics, acts of government or other events beyond its reasonable control, except for payment obligations. A Party affected shall notify the other promptly and resume performance as soon as practicable.
## 13.2 Assignment
Neither Party may assign this Agreement without the prior written consent of the other Party, except to a successor to all or substantially all of its business to which this Agreement relates, subject to Section 10.4.
## 13.3 Governing law and jurisdiction
This Agreement is governed by the laws of the State of Delaware, without regard to its conflict of laws rules. Subject to Section 6.2, the Parties submit to the exclusive jurisdiction of the Court of Chancery of the State of Delaware or, if it lacks jurisdiction, the Superior Court of the State of Delaware (Complex Commercial Litigation Division).
## 13.4 Notices
Notices shall be in writing and delivered by nationally recognized overnight courier or by email with confirmation of receipt, to the addresses set forth above, to the attention of the Relationship Manager with a copy to the general counsel.
# SCHEDULE A – DEFINITIONS
* "Business Day" means a day on which banks are open in both New York and Honolulu.
* "Confidential Information" means all non-public information disclosed by a Party, including the Specifications, formulations, forecasts and the terms of this Agreement.
* "Contract Year" means each twelve-month period beginning on the Effective Date or an anniversary of it.
* "Listed Clients" means the brand owners for which Lumen manufactures skincare products under contract on the Effective Date, listed in Schedule C.
* "Price" means the price per kilogram determined under Section 3.1.
* "Product" means natural astaxanthin oleoresin, 10% astaxanthin, extracted from Haematococcus pluvialis cultivated by KRA in Hawaii.
* "Specifications" means the specifications in Schedule B, as amended by the Joint Steering Committee.
* "Term" means the term of this Agreement under Section 10.1.
# SCHEDULE B – SPECIFICATIONS
| Parameter | Specification | Method |
| Astaxanthin content | 10.0% minimum | HPLC |
| Peroxide value | 5 meq/kg maximum | AOCS Cd 8b-90 |
| Lead | 0.5 ppm maximum | ICP-MS |
| Total plate count | 1,000 cfu/g maximum | USP 61 |
| Shelf life | 24 months in sealed drums under nitrogen | Stability study |
| For Lumen Skin Sciences, Inc. | For Kona Red Algae LLC |
| Name: Caroline Ashby, Chief Executive Officer | Name: Makoa Kealoha, Manager |
"""

DOCS = {
    "partnership-rooftop-solar-jv.en.docx": SOLAR,
    "supplier-service-desk-framework.en.docx": DESK,
}

PDF_DOCS = {
    "supplier-astaxanthin-equity.en.docx": ALGAE,
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
