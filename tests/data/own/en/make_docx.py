"""Build the three Word contracts of the English evaluation set.

The texts live here, not in the .docx files, so that a reviewer can read and diff
them; the .docx files use real Heading 1/Heading 2 styles, a Word list and a Word
table, which is what the linter has to cope with in practice.
Run: /work/main/.venv/bin/python make_docx.py (writes next to this script).
"""

from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent

# Each block is (kind, content): kind is "title", "h1", "h2", "p" (body paragraph),
# "number" / "bullet" (one list item) or "table" (list of rows, first row is the header).

COBRANDING = [
    ("title", "CO-BRANDING AGREEMENT"),
    ("p", 'This Agreement is dated 3 March 2025 (the "Effective Date").'),
    ("h1", "Parties"),
    ("p", "(1) LARKSPUR ROASTING COMPANY LIMITED, a company registered in England and Wales "
          "(number 08813527), of 14 Mill Lane, Bristol BS1 4QT "
          '("Larkspur").'),
    ("p", "(2) FELLWALKER OUTDOOR LIMITED, a company registered in England and Wales "
          "(number 10277461), of 22 Station Road, Kendal LA9 6BT "
          '("Fellwalker"), each a "Party" and together the "Parties".'),
    ("h1", "Background"),
    ("p", "(A) Larkspur roasts and sells speciality coffee under the LARKSPUR brand."),
    ("p", "(B) Fellwalker designs and retails camping and hiking equipment under the FELLWALKER brand."),
    ("p", "(C) The Parties wish to launch a range of co-branded camping coffee kits, beginning with a "
          "limited trial."),
    ("h1", "1. Definitions"),
    ("p", "In this Agreement the following definitions apply:"),
    ("p", '"Business Day" means a day other than a Saturday, a Sunday or a public holiday in England.'),
    ("p", '"Campaign Data" means all data relating to actual or prospective purchasers of the '
          "Co-Branded Products collected through their sale or promotion, including contact details, "
          "ordering habits and marketing preferences."),
    ("p", '"Co-Branded Products" means the camping coffee kits, each comprising a Fellwalker brewer '
          "and Larkspur coffee, that bear the Marks of both Parties."),
    ("p", '"Confidential Information" means confidential information disclosed by one Party to the '
          "other under this Agreement, including Campaign Data."),
    ("p", '"Data Protection Legislation" means the UK GDPR and the Data Protection Act 2018.'),
    ("p", '"Joint Committee" means the committee established under clause 6.'),
    ("p", '"KPIs" means the key performance indicators set out in clause 3.2.'),
    ("p", '"Marks" means the LARKSPUR and FELLWALKER registered trade marks.'),
    ("p", '"Partnership Manager" has the meaning given in clause 6.4.'),
    ("p", '"Pilot Period" has the meaning given in clause 3.1.'),
    ("p", '"Term" means the duration of this Agreement determined under clause 10.1.'),
    ("h1", "2. Licence of the Marks"),
    ("p", "2.1 Each Party grants to the other a non-exclusive, non-transferable, royalty-free licence to "
          "use its Marks in the United Kingdom during the Term, solely on the Co-Branded Products, their "
          "packaging and their promotion."),
    ("p", "2.2 Artwork bearing a Party's Marks requires that Party's prior written approval. All "
          "goodwill arising from the use of a Party's Marks accrues to that Party."),
    ("h1", "3. Pilot phase"),
    ("p", "3.1 The Co-Branded Products shall first be offered for sale exclusively through Fellwalker's "
          "website for a trial period of four (4) months starting on the date on which they are first "
          'made available for sale (the "Pilot Period").'),
    ("p", "3.2 The success of the Pilot Period shall be measured against the following KPIs:"),
    ("number", "at least 2,500 units of the Co-Branded Products sold;"),
    ("number", "gross sales revenue of not less than GBP 95,000;"),
    ("number", "a return rate not exceeding 4% of units sold; and"),
    ("number", "an average customer review score of at least 4.2 out of 5."),
    ("p", "3.3 Within fifteen (15) Business Days after the end of the Pilot Period, the Joint Committee "
          "shall compare the results with the KPIs and record in writing a go or no-go decision on a "
          "national launch."),
    ("p", "3.4 If one or more KPIs have not been met, either Party may elect not to proceed with the "
          "national launch by written notice to the other given within ten (10) Business Days after "
          "the meeting referred to in clause 3.3. This Agreement shall then terminate on the date of "
          "that notice, and neither Party shall owe the other any penalty, indemnity or compensation "
          "by reason of that termination."),
    ("h1", "4. National launch"),
    ("p", "4.1 After a decision to proceed, Fellwalker shall manufacture and sell the kits through its "
          "stores and website, and Larkspur shall supply the coffee at the prices in the launch plan."),
    ("p", "4.2 Marketing costs are borne equally. Net revenue is shared 60% to Fellwalker and 40% to "
          "Larkspur, settled quarterly."),
    ("h1", "5. Campaign Data"),
    ("h2", "5.1 Ownership"),
    ("p", "Campaign Data collected through Fellwalker's channels is owned by Fellwalker, and Campaign "
          "Data collected through Larkspur's channels is owned by Larkspur. Each Party shall provide "
          "to the other, by the tenth day of each month, aggregated sales figures by product and "
          "region for the previous month."),
    ("h2", "5.2 Permitted use"),
    ("p", "A Party receiving Campaign Data from the other may use it only to perform this Agreement "
          "and to measure the KPIs. It shall not use that data to market any other product, nor "
          "disclose it to any third party."),
    ("h2", "5.3 Confidentiality and compliance"),
    ("p", "Campaign Data is Confidential Information of the Party that owns it. Each Party shall "
          "process any personal data within the Campaign Data in accordance with the Data Protection "
          "Legislation."),
    ("h2", "5.4 Return and deletion"),
    ("p", "Within thirty (30) days after the end of the Term, each Party shall return to the other, or "
          "permanently delete, all Campaign Data owned by the other Party and confirm in writing that "
          "it has done so."),
    ("h1", "6. Joint Committee"),
    ("p", "6.1 The Parties shall set up a Joint Committee of four members, two appointed by each Party."),
    ("p", "6.2 The Joint Committee shall meet whenever either Party so requests, in person or by video "
          "conference."),
    ("p", "6.3 The Joint Committee shall approve the launch plan, the marketing calendar, pricing and "
          "any change to the Co-Branded Products. The members appointed by each Party together have "
          "one vote, and decisions require the vote of both Parties. If the Joint Committee fails to "
          "reach a decision within twenty (20) Business Days after a matter is first tabled, the matter "
          "shall be referred to the managing directors of the Parties. If they fail to resolve it "
          "within ten (10) Business Days, the Parties shall attempt to settle it by mediation under "
          "the CEDR Model Mediation Procedure before either of them commences court proceedings."),
    ("p", "6.4 Each Party shall appoint a partnership manager accountable for the day-to-day "
          'relationship (its "Partnership Manager"). Larkspur\'s Partnership Manager shall be its '
          "Head of Partnerships and Fellwalker's shall be its Commercial Director."),
    ("h1", "7. Annual strategic review"),
    ("p", "7.1 Once in every year of the Term, during the month preceding each anniversary of the "
          "Effective Date, the managing directors of the Parties shall meet to review whether the "
          "common objectives of this collaboration, including target customers, price positioning and "
          "sales targets, remain consistent with each Party's strategy."),
    ("p", "7.2 If, at or before that review, a Party notifies the other that its strategy has materially "
          "changed, the Parties shall negotiate any amendment to clause 4 and to the sales targets for "
          "a period of sixty (60) days. If no written amendment is signed within that period, either "
          "Party may terminate this Agreement by giving three (3) months' written notice, without "
          "penalty."),
    ("h1", "8. Non-solicitation of employees"),
    ("p", "During the Term and for twelve (12) months after it ends, neither Party shall solicit or "
          "entice away from the other Party any employee who has been involved in the development or "
          "marketing of the Co-Branded Products, without the other Party's prior written consent."),
    ("h1", "9. Confidentiality"),
    ("p", "Each Party shall keep the other Party's Confidential Information confidential and use it "
          "only for the purposes of this Agreement, during the Term and for five (5) years after it "
          "ends, unless the information becomes public other than through a breach of this clause or "
          "must be disclosed by law."),
    ("h1", "10. Term and termination"),
    ("h2", "10.1 Duration"),
    ("p", "This Agreement starts on the Effective Date and, unless terminated earlier under clause 3.4, "
          "7.2 or 10.2, continues for an initial period of three (3) years. It then renews automatically "
          "for successive periods of twelve (12) months unless either Party gives the other written "
          "notice of non-renewal at least six (6) months before the end of the initial period or of "
          "the renewal period then running."),
    ("h2", "10.2 Termination for cause"),
    ("p", "Either Party may terminate this Agreement with immediate effect by written notice if the "
          "other Party commits a material breach not remedied within thirty (30) days of a written "
          "request to do so, or becomes insolvent."),
    ("h2", "10.3 Consequences of termination"),
    ("p", "On expiry or termination: (a) the licences granted in clause 2 end, save that Fellwalker may "
          "sell off its existing stock of Co-Branded Products for ninety (90) days; (b) customer "
          "orders accepted before the date of termination shall be fulfilled, and Larkspur shall "
          "supply the coffee needed for them; (c) Campaign Data shall be dealt with in accordance with "
          "clause 5.4; and (d) the ownership of the kit designs, packaging artwork and coffee blends "
          "developed jointly for the Co-Branded Products shall be agreed in good faith between the "
          "Parties at that time."),
    ("h1", "11. Liability"),
    ("p", "Neither Party is liable for loss of profit or indirect loss, and each Party's total "
          "liability under this Agreement shall not exceed GBP 250,000, save for liability for death or "
          "personal injury caused by negligence, or for fraud, which is not limited."),
    ("h1", "12. Notices"),
    ("p", "Any notice under this Agreement shall be in writing and delivered by hand, by recorded "
          "delivery to the recipient's address stated above, or by email to its Partnership Manager."),
    ("h1", "13. Governing law and jurisdiction"),
    ("p", "This Agreement and any dispute arising from it are governed by the law of England and "
          "Wales. Subject to clause 6.3, the courts of England and Wales have exclusive jurisdiction."),
    ("p", "Signed for and on behalf of Larkspur Roasting Company Limited by Amelia Hart, Director."),
    ("p", "Signed for and on behalf of Fellwalker Outdoor Limited by Robert Dunmore, Director."),
]

FRAMEWORK = [
    ("title", "FRAMEWORK AGREEMENT FOR THE SUPPLY OF CORRUGATED PACKAGING"),
    ("p", "This Framework Agreement is dated 20 March 2025 and is made between:"),
    ("p", "(1) PENNOCK FOODS PLC, registered in England and Wales under number 02231784, whose "
          'registered office is at Westgate House, Leeds LS1 4AP (the "Buyer"); and'),
    ("p", "(2) BRACKWATER PACKAGING LIMITED, registered in England and Wales under number 07719365, "
          'whose registered office is at Riverside Works, Wakefield WF1 5QR (the "Supplier"), '
          'each a "Party".'),
    ("h1", "Background"),
    ("p", "(A) The Buyer produces chilled and ambient ready meals at three sites in Yorkshire."),
    ("p", "(B) Following a competitive tender, the Buyer has selected the Supplier to supply printed "
          "corrugated cases and trays."),
    ("p", "(C) This Agreement sets out the terms on which the Buyer may place Call-Off Orders with the "
          "Supplier. It does not commit the Buyer to any minimum volume."),
    ("h1", "1. Definitions"),
    ("p", '"Business Day" means a day other than a Saturday, a Sunday or a public holiday in England.'),
    ("p", '"Call-Off Order" means an order for Products placed by the Buyer under this Agreement '
          "through the Buyer's EDI system."),
    ("p", '"Commencement Date" means 1 April 2025.'),
    ("p", '"Contract Year" means each period of twelve months starting on the Commencement Date or '
          "on an anniversary of it."),
    ("p", '"Measurement Period" means each calendar month.'),
    ("p", '"Order Data" means all data generated by the Call-Off Orders and deliveries, including '
          "volumes, product mix, delivery locations, ordering patterns and forecasts."),
    ("p", '"Performance Bonus" has the meaning given in clause 5.4.'),
    ("p", '"Products" means the printed corrugated cases and trays listed in the Buyer\'s approved '
          "product schedule, as updated by agreement between the Parties."),
    ("p", '"Service Credit" has the meaning given in clause 5.3.'),
    ("p", '"Service Levels" means the service levels set out in clause 5.1.'),
    ("p", '"Sites" means the Buyer\'s production sites at Leeds, Selby and Malton.'),
    ("h1", "2. Framework"),
    ("p", "2.1 This Agreement is a framework agreement. Each Call-Off Order, once acknowledged by the "
          "Supplier, forms a separate contract incorporating the terms of this Agreement."),
    ("p", "2.2 The Buyer shall provide a non-binding rolling twelve-week forecast every week. The "
          "Supplier shall hold buffer stock equal to two weeks of forecast demand for the twenty "
          "highest-volume Products."),
    ("h1", "3. Term"),
    ("p", "This Agreement commences on the Commencement Date and continues for a fixed term of ten (10) "
          "years, expiring on 31 March 2035, unless terminated earlier in accordance with clause 9. It "
          "shall not renew automatically."),
    ("h1", "4. Prices and payment"),
    ("p", "4.1 Prices are fixed for the first Contract Year."),
    ("p", "4.2 At the start of each subsequent Contract Year, the paper component of each price, which "
          "the Parties agree represents 55% of that price, shall be adjusted up or down in proportion "
          "to the change in the published UK kraftliner and testliner price index over the previous "
          "twelve months."),
    ("p", "4.3 The Supplier shall invoice monthly. Invoices are payable sixty (60) days from the end of "
          "the month of invoice."),
    ("h1", "5. Service levels"),
    ("h2", "5.1 Service Levels"),
    ("p", "The Supplier shall meet the following Service Levels in each Measurement Period:"),
    ("table", [
        ["Service Level", "Target", "How measured"],
        ["On-time in-full delivery (OTIF)", "at least 97% of order lines",
         "Order lines delivered within the booked delivery slot and in the quantity ordered, "
         "from the Buyer's goods-receipt records"],
        ["Quality acceptance", "at least 99.5% of pallets",
         "Pallets accepted at inbound inspection at the Sites, as a percentage of pallets delivered"],
        ["Order acknowledgement", "98% of Call-Off Orders within 4 working hours",
         "Time between EDI transmission of the Call-Off Order and the Supplier's EDI acknowledgement"],
    ]),
    ("h2", "5.2 Measurement and reporting"),
    ("p", "Within five (5) Business Days after the end of each Measurement Period, the Supplier shall "
          "send the Buyer a performance report showing its results against each Service Level, "
          "calculated as set out in the table in clause 5.1. The figures in the report are binding "
          "unless the Buyer disputes them within ten (10) Business Days, in which case the Buyer's "
          "goods-receipt and inspection records prevail."),
    ("h2", "5.3 Service Credits"),
    ("p", "If the Supplier fails to meet a Service Level in a Measurement Period, it shall grant the "
          'Buyer a credit against the next invoice (a "Service Credit") equal to 1% of the value '
          "invoiced for that Measurement Period for each full percentage point by which OTIF falls "
          "below target, 2% of that value if quality acceptance falls below target, and 0.5% of that "
          "value if order acknowledgement falls below target. Service Credits for any Measurement "
          "Period shall not exceed, in aggregate, 8% of the value invoiced for that Measurement Period."),
    ("h2", "5.4 Performance Bonus"),
    ("p", "If, over a full calendar quarter, the Supplier achieves OTIF of at least 99.5% and quality "
          "acceptance of at least 99.9%, the Buyer shall pay the Supplier a bonus equal to 1.5% of the "
          'value invoiced for that quarter (a "Performance Bonus"). Performance Bonuses shall not '
          "exceed GBP 40,000 in total in any Contract Year."),
    ("h1", "6. Improvements"),
    ("p", "The Supplier may, from time to time, propose changes to board grades, case designs, print "
          "processes or delivery arrangements that would reduce cost or improve quality. The Buyer "
          "shall consider any such proposal in good faith, and no change shall be implemented without "
          "the Buyer's written approval."),
    ("h1", "7. Order Data"),
    ("p", "7.1 The Supplier shall use Order Data only to plan production, manage buffer stock and "
          "perform Call-Off Orders."),
    ("p", "7.2 The Supplier shall keep Order Data confidential and shall not disclose it to any third "
          "party, and in particular to any other food manufacturer, except to its subcontracted "
          "hauliers to the extent necessary for deliveries."),
    ("p", "7.3 Within sixty (60) days after the expiry or termination of this Agreement, the Supplier "
          "shall delete all Order Data in its possession and confirm the deletion in writing."),
    ("h1", "8. Quality and compliance"),
    ("p", "8.1 The Products shall conform to the approved product schedule and, where intended to come "
          "into contact with food, comply with Regulation (EC) No 1935/2004 as it applies in Great "
          "Britain."),
    ("p", "8.2 The Supplier shall maintain BRCGS Packaging Materials certification and shall allow the "
          "Buyer to audit its production sites on ten (10) Business Days' notice."),
    ("h1", "9. Termination"),
    ("p", "9.1 Either Party may terminate this Agreement by written notice if the other Party commits a "
          "material breach and fails to remedy it within thirty (30) days after receiving written "
          "notice of it, or if the other Party becomes insolvent."),
    ("p", "9.2 The Buyer may terminate this Agreement for convenience by giving the Supplier six (6) "
          "months' written notice."),
    ("p", "9.3 Termination does not affect Call-Off Orders acknowledged before the termination date, "
          "which the Supplier shall complete on the terms of this Agreement. The Buyer shall purchase "
          "the buffer stock held under clause 2.2 at the contract price."),
    ("h1", "10. Liability"),
    ("p", "Each Party's total liability in any Contract Year is limited to 125% of the sums paid and "
          "payable under this Agreement in that Contract Year. This limit does not apply to liability "
          "for death or personal injury caused by negligence, for fraud or for breach of clause 7."),
    ("h1", "11. Confidentiality"),
    ("p", "Each Party shall keep confidential the terms of this Agreement and all information received "
          "from the other Party in connection with it, and use that information only to perform this "
          "Agreement."),
    ("h1", "12. Assignment and subcontracting"),
    ("p", "The Supplier shall not assign this Agreement or subcontract any of its obligations, other "
          "than haulage, without the Buyer's prior written consent."),
    ("h1", "13. Notices"),
    ("p", "Notices shall be in writing and delivered by hand, by recorded delivery or by email to the "
          "registered office or notified email address of the receiving Party."),
    ("h1", "14. Governing law and jurisdiction"),
    ("p", "This Agreement is governed by the law of England and Wales. The courts of England and Wales "
          "have exclusive jurisdiction over any dispute arising out of or in connection with it."),
    ("p", "Signed for Pennock Foods plc by Helen Marsh, Procurement Director."),
    ("p", "Signed for Brackwater Packaging Limited by Stuart Lowe, Managing Director."),
]

EQUITY = [
    ("title", "STRATEGIC SUPPLY AND INVESTMENT AGREEMENT"),
    ("p", "This Agreement is dated 28 April 2025 and is made between:"),
    ("p", "(1) GALLOWAY INSTRUMENTS PLC, a company incorporated in Scotland with registered number "
          "SC104877, whose registered office is at 40 Cadogan Street, Glasgow G2 7HF (\"Galloway\"); and"),
    ("p", "(2) QUILLON MICROSYSTEMS LIMITED, a company incorporated in Scotland with registered number "
          "SC433915, whose registered office is at 2 Alba Campus, Livingston EH54 7EG (\"Quillon\"), "
          'each a "Party".'),
    ("h1", "Background"),
    ("p", "(A) Quillon designs and manufactures MEMS pressure sensors."),
    ("p", "(B) Galloway incorporates those sensors in its industrial gas-detection and flow-measurement "
          "instruments and depends on a secure supply of them."),
    ("p", "(C) To secure that supply and to finance the expansion of Quillon's clean-room capacity, "
          "Galloway has agreed to subscribe for shares in Quillon, and the Parties have agreed the "
          "terms on which Quillon will supply the Products to Galloway."),
    ("h1", "1. Definitions"),
    ("p", '"Buyer Data" means all data generated by the relationship under this Agreement that relates '
          "to Galloway, including forecasts, order volumes, ordering patterns, delivery schedules and "
          "field-return information about the Products."),
    ("p", '"Completion" means completion of the subscription under clause 2, and "Completion Date" '
          "means the date on which it takes place."),
    ("p", '"Products" means the QMS-200 series MEMS pressure sensors and any variants developed for '
          "Galloway."),
    ("p", '"Quarter" means a calendar quarter.'),
    ("p", '"Subscription Shares" means 1,500,000 new ordinary shares of GBP 0.10 each in the capital '
          "of Quillon."),
    ("h1", "2. Equity investment"),
    ("p", "2.1 Galloway shall subscribe for the Subscription Shares at a price of GBP 2.00 per share, "
          "payable in cash at Completion, which shall take place on 15 May 2025. Following Completion, "
          "Galloway will hold fifteen per cent (15%) of the issued share capital of Quillon."),
    ("p", "2.2 Quillon shall use the subscription proceeds to equip a second clean-room production line."),
    ("p", "2.3 For as long as Galloway holds at least ten per cent (10%) of Quillon's shares, Quillon "
          "shall send it quarterly management accounts within thirty (30) days after the end of each "
          "Quarter."),
    ("h1", "3. Supply"),
    ("p", "3.1 Quillon shall supply, and Galloway shall purchase, the Products in accordance with "
          "purchase orders issued under Galloway's rolling six-month forecast."),
    ("p", "3.2 Quillon shall reserve for Galloway at least sixty per cent (60%) of the output of the "
          "second production line."),
    ("p", "3.3 Quillon shall not supply the Products, or sensors of substantially the same design, to "
          "any other manufacturer of gas-detection instruments."),
    ("h1", "4. Duration"),
    ("p", "4.1 Having regard to the equity relationship created by clause 2, this Agreement is concluded "
          "for an indefinite term starting on the Completion Date."),
    ("p", "4.2 Neither Party may terminate this Agreement for convenience before the fifth anniversary "
          "of the Completion Date. After that date, either Party may terminate it for convenience by "
          "giving not less than eighteen (18) months' written notice."),
    ("h1", "5. Service levels"),
    ("h2", "5.1 Levels and measurement"),
    ("p", "Quillon shall meet the following levels in each Quarter, measured from Galloway's "
          "goods-receipt and incoming inspection records and reported by Quillon within ten (10) days "
          "after the end of each Quarter:"),
    ("bullet", "on-time delivery of at least 98% of order lines;"),
    ("bullet", "an incoming defect rate not exceeding 200 parts per million; and"),
    ("bullet", "a lead time of no more than six (6) weeks for orders within forecast."),
    ("h2", "5.2 Service credits"),
    ("p", "For each full percentage point by which on-time delivery falls below 98% in a Quarter, "
          "Quillon shall credit Galloway with 2% of the value of the Products invoiced in that Quarter, "
          "and for each 100 parts per million by which the defect rate exceeds 200 parts per million, "
          "with a further 1% of that value."),
    ("h2", "5.3 Bonus"),
    ("p", "For each full percentage point by which on-time delivery exceeds 99% in a Quarter in which "
          "the defect rate is at or below 100 parts per million, Galloway shall pay Quillon a bonus of "
          "1% of the value of the Products invoiced in that Quarter."),
    ("h1", "6. Buyer Data"),
    ("p", "6.1 Buyer Data is owned by Galloway."),
    ("p", "6.2 Quillon may use Buyer Data only to plan capacity, to manufacture and deliver the Products "
          "and otherwise to perform this Agreement. It shall not use Buyer Data in its dealings with "
          "any other customer."),
    ("p", "6.3 Buyer Data is confidential information of Galloway and may be disclosed only to those "
          "employees of Quillon who need it for the purposes set out in clause 6.2."),
    ("p", "6.4 Within thirty (30) days after the termination of this Agreement, Quillon shall return all "
          "Buyer Data to Galloway and delete it from its systems, and a director of Quillon shall "
          "certify the deletion in writing."),
    ("h1", "7. Intellectual property"),
    ("p", "7.1 Quillon retains all intellectual property rights in the design and manufacturing "
          "processes of the Products."),
    ("p", "7.2 Galloway's calibration specifications remain its property. Galloway grants Quillon a "
          "non-exclusive, royalty-free licence to use them solely to manufacture the Products."),
    ("h1", "8. Termination"),
    ("p", "8.1 Either Party may terminate this Agreement by written notice if the other Party commits a "
          "material breach and does not remedy it within sixty (60) days after written notice of it, "
          "or if the other Party becomes insolvent."),
    ("p", "8.2 Galloway may terminate this Agreement by thirty (30) days' written notice if Quillon "
          "undergoes a change of control in favour of a competitor of Galloway."),
    ("p", "8.3 Termination of this Agreement does not affect Galloway's shareholding in Quillon. On "
          "termination, the licence granted under clause 7.2 ends and Quillon shall return the "
          "calibration specifications, and Buyer Data shall be dealt with under clause 6.4."),
    ("h1", "9. Confidentiality"),
    ("p", "Each Party shall keep confidential all information received from the other Party under this "
          "Agreement and use it only for the purposes of this Agreement, during its term and for five "
          "(5) years after it ends."),
    ("h1", "10. Liability"),
    ("p", "Neither Party is liable for indirect or consequential loss. Each Party's total liability in "
          "any calendar year is limited to the value of the Products invoiced in that year, except for "
          "liability for death or personal injury caused by negligence, or for fraud."),
    ("h1", "11. Miscellaneous"),
    ("p", "11.1 This Agreement constitutes the entire agreement between the Parties relating to its "
          "subject matter."),
    ("p", "11.2 Neither Party may assign this Agreement without the prior written consent of the other."),
    ("p", "11.3 No later than each anniversary of the Completion Date, Quillon shall submit to Galloway a "
          "written proposal identifying opportunities to reduce the cost, improve the yield or "
          "streamline the manufacturing process of the Products."),
    ("p", "11.4 No variation of this Agreement is effective unless made in writing and signed by both "
          "Parties."),
    ("p", "11.5 No person other than the Parties has any right under the Contract (Third Party Rights) "
          "(Scotland) Act 2017 to enforce any term of this Agreement."),
    ("h1", "12. Notices"),
    ("p", "Notices shall be in writing and delivered by hand, by recorded delivery or by email to the "
          "registered office or notified email address of the receiving Party."),
    ("h1", "13. Governing law and jurisdiction"),
    ("p", "This Agreement is governed by the law of Scotland, and the Court of Session has exclusive "
          "jurisdiction over any dispute arising out of or in connection with it."),
    ("p", "Signed for Galloway Instruments plc by Iain Fraser, Chief Executive, at Glasgow on "
          "28 April 2025."),
    ("p", "Signed for Quillon Microsystems Limited by Dr Ruth Kerr, Managing Director, at Livingston "
          "on 28 April 2025."),
]

CONTRACTS = {
    "partnership-cobranding.en.docx": COBRANDING,
    "supplier-framework.en.docx": FRAMEWORK,
    "supplier-equity.en.docx": EQUITY,
}

STYLE_OF_KIND = {"title": "Title", "h1": "Heading 1", "h2": "Heading 2", "p": None,
                 "number": "List Number", "bullet": "List Bullet"}


def build(blocks, path):
    """Write one contract; python-docx's default template provides all the styles used."""
    document = Document()
    for kind, content in blocks:
        if kind == "table":
            table = document.add_table(rows=0, cols=len(content[0]))
            table.style = "Table Grid"
            for row in content:
                cells = table.add_row().cells
                for cell, text in zip(cells, row):
                    cell.text = text
        else:
            document.add_paragraph(content, style=STYLE_OF_KIND[kind])
    document.save(path)


if __name__ == "__main__":
    for name, blocks in CONTRACTS.items():
        build(blocks, HERE / name)
        print("wrote", HERE / name)
