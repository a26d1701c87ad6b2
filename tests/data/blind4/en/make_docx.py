"""Build the Word contracts of the blind4 English set from the texts embedded below.

Line markup: "= " Title, "# " Heading 1, "## " Heading 2, "* " List Bullet,
"+ " List Number, "| a | b |" table rows (first row = header), other lines = Normal.
Run: .venv/bin/python tests/data/blind4/en/make_docx.py
"""
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent

TOWER = """\
= Strategic Alliance Agreement for Passive Infrastructure Sharing
This Agreement is dated 14 April 2026 and is made between:
+ Halcyon Mobile Networks Limited, a company incorporated in England and Wales (company number 08812947), whose registered office is at 3 Wharfside Place, Leeds LS11 5PX ("Halcyon"); and
+ Brightmoor Telecom UK Limited, a company incorporated in England and Wales (company number 10377215), whose registered office is at 60 Gresham Street, London EC2V 7BB ("Brightmoor"),
each a "Party" and together the "Parties".
# Background
(A) Each Party operates a public mobile network in the United Kingdom and owns or controls a portfolio of ground-based and rooftop towers, masts and associated passive equipment.
(B) The Parties wish to reduce the number of new structures they build, lower their operating costs and improve rural coverage by hosting each other's active equipment on their respective sites, without merging their networks or their commercial operations.
# 1. Definitions
In this Agreement the following expressions have the following meanings:
* "Alliance" means the cooperation described in clause 2.
* "Alliance Board" means the committee established under clause 6.
* "Alliance Manager" means the individual appointed by a Party under clause 6.5.
* "Annual Alliance Plan" means the plan adopted each year under clause 7.
* "Host" means, for a Shared Site, the Party that owns or controls that site, and "Guest" means the other Party.
* "Pilot Phase" means the phase described in clause 3.
* "Shared Site" means a site listed in the Site Register on which the Guest's equipment is installed under this Agreement.
* "Site Data" means all surveys, structural calculations, access records, power consumption readings and maintenance records relating to a Shared Site.
* "Site Register" means the register of Shared Sites maintained by the Alliance Managers.
* "Tower Management Platform" means the software tool for site booking and load calculation to be developed under clause 9.3.
# 2. Scope of the Alliance
2.1 Each Party shall make available to the other, on the terms of this Agreement and the Site Licence Terms in Schedule 1, space on its towers and in its equipment cabins for the installation of the other Party's antennas, radio units and transmission equipment.
2.2 Active equipment, spectrum and customers are not shared. Each Party remains solely responsible for its own network, its own subscribers and its own retail offers.
2.3 Nothing in this Agreement creates a partnership or a joint venture between the Parties, and neither Party may bind the other.
# 3. Pilot Phase
## 3.1 Duration and scope
The Alliance shall begin with a Pilot Phase of nine months from the date of this Agreement, covering forty sites in Cumbria and North Yorkshire selected by the Alliance Board at its first meeting.
## 3.2 Pilot targets
The Pilot Phase shall be assessed against the following targets:
| Indicator | Target at the end of the Pilot Phase |
| Guest installations completed | at least 32 of the 40 pilot sites |
| Average time from site request to installation | no more than 70 days |
| Passive availability of pilot sites | at least 99.5% per month |
| Reduction of new-build capital expenditure on the pilot area | at least GBP 2,400,000 |
## 3.3 Go/no-go decision
Within thirty days after the end of the Pilot Phase, the Alliance Board shall meet to compare the results with the targets and decide whether the Alliance is to be extended to the national portfolio.
## 3.4 Withdrawal
If any target has not been met, either Party may, by written notice given within twenty days after that meeting, withdraw from the Alliance without paying any penalty, fee or compensation. In that case clause 12.4 shall apply to the pilot sites.
# 4. Site Licences and Charges
4.1 Each installation on a Shared Site shall be documented by a site licence in the form set out in Schedule 1. The Host grants the Guest a non-exclusive licence to access and use the allocated space for the purpose of operating its network.
4.2 The Guest shall pay the Host the annual site charge set out in Schedule 2, which covers ground rent, power infrastructure and routine maintenance. Electricity consumed by the Guest's equipment shall be metered separately and recharged at cost.
4.3 Site charges shall be reviewed every April in line with the Consumer Prices Index, subject to a floor of 0% and a ceiling of 4%.
# 5. Service Levels
5.1 The Host shall maintain each Shared Site so that its passive infrastructure (structure, power supply, cooling and security) is available at least 99.5% of the time in each calendar month, excluding planned maintenance notified at least ten Business Days in advance.
5.2 Availability shall be measured by the Host's remote monitoring system and reported to the Guest in a monthly report by the tenth day of the following month.
5.3 If availability of a Shared Site falls below 99.5% in a month, the Host shall grant the Guest a service credit equal to 5% of the monthly site charge for that site for each 0.5% (or part) below the target, up to 30% of that monthly site charge. Service credits are the Guest's sole remedy for unavailability, save where availability is below 95% for three consecutive months, in which case the Guest may terminate the relevant site licence.
# 6. Governance
6.1 The Parties establish an Alliance Board composed of three representatives of each Party, including in each case the director responsible for network deployment. Each Party may replace its representatives by notice to the other.
6.2 The Alliance Board shall meet at least once every quarter. The quarterly meeting shall review the Site Register, performance against the Annual Alliance Plan, the service-level reports, health and safety incidents and the priorities for the next quarter, each with an owner and a deadline.
6.3 Decisions of the Alliance Board require the agreement of both Parties, each Party's representatives voting as a block. Matters reserved to the Alliance Board are the selection of sites, the Annual Alliance Plan, changes to Schedule 1 and the budget of the Tower Management Platform.
6.4 If the Alliance Board fails to agree on a reserved matter at two consecutive meetings, either Party may refer the matter to the Chief Technology Officers of the Parties, who shall meet within fifteen Business Days. If they do not resolve it within a further fifteen Business Days, the matter shall be referred to mediation under the CEDR Model Mediation Procedure. Neither Party may commence arbitration under clause 16.2 until the mediation has ended or sixty days have elapsed since the referral, whichever is earlier.
6.5 Each Party shall appoint an Alliance Manager who is accountable for the day-to-day relationship. The first Alliance Managers are Mr Owen Trevelyan for Halcyon and Ms Priya Raman for Brightmoor.
# 7. Annual Strategic Review
7.1 Each September the Alliance Board shall hold a strategic review of the common objectives of the Alliance, taking into account each Party's network strategy, spectrum plans and the regulatory position of Ofcom.
7.2 Following that review the Alliance Board shall adopt the Annual Alliance Plan for the next year and may propose amendments to the Site Licence Terms or to the charges in Schedule 2, which shall be recorded in a written amendment signed by both Parties.
7.3 If the review shows that the strategies of the Parties have diverged so that the Alliance no longer serves the interests of one of them, and no amendment is agreed within ninety days, that Party may terminate this Agreement on twelve months' written notice, and clause 12 shall apply.
# 8. Site Data
8.1 Site Data belongs to the Host of the relevant site. The Host grants the Guest a licence to use Site Data solely for planning, installing and maintaining its equipment on that site.
8.2 The Guest shall not use Site Data to plan or acquire competing sites, shall keep it confidential and shall not disclose it to any third party other than its approved contractors.
8.3 Within sixty days after the termination of a site licence, or of this Agreement, the Guest shall return or delete all Site Data of the Host and confirm the deletion in writing.
# 9. Intellectual Property
9.1 Each Party retains all rights in its own technology, documents and know-how existing before this Agreement or developed independently of it.
9.2 Designs and drawings produced by a Host for its own sites remain the property of the Host.
9.3 The Tower Management Platform shall be developed by Halcyon and shall be owned by Halcyon. Halcyon grants Brightmoor a royalty-free, non-exclusive licence to use the platform during the term and for the transition period under clause 12.4.
# 10. Warranties, Liability and Insurance
10.1 Each Host warrants that it is entitled to grant the site licences for its Shared Sites and that each structure has been assessed by a chartered engineer as capable of bearing the agreed additional load. The Host shall remedy any structural defect notified within twelve months after installation at its own cost.
10.2 Neither Party limits its liability for death or personal injury caused by negligence, for fraud, or for breach of clause 8. Subject to that, each Party's aggregate liability under this Agreement in any year is limited to the total site charges paid and payable by both Parties in that year, and neither Party is liable for loss of profit or revenue.
10.3 Each Party shall maintain public liability insurance of at least GBP 20,000,000 per event and employer's liability insurance as required by law.
# 11. Term and Renewal
11.1 This Agreement comes into force on its date and continues for an initial term of twelve years.
11.2 It shall then be renewed automatically for successive periods of five years unless either Party gives written notice of non-renewal at least eighteen months before the end of the current period.
11.3 After the fifth anniversary of this Agreement, either Party may terminate it for convenience by giving not less than twenty-four months' written notice.
# 12. Termination and Separation
12.1 Either Party may terminate this Agreement by written notice with effect at the end of a ninety-day period if the other Party commits a material breach and fails to remedy it within that period.
12.2 Either Party may terminate this Agreement immediately if the other Party becomes insolvent, or if the other Party undergoes a change of control in favour of a competitor operating a public mobile network in the United Kingdom.
12.3 On termination, each licence under clause 9.3 ends after the transition period, and each Party retains the intellectual property allocated to it under clause 9. Site Data is dealt with under clause 8.3.
12.4 Existing site licences shall continue for a transition period of eighteen months after termination, during which the Guest shall decommission its equipment site by site according to a removal plan agreed with the Host within sixty days of termination. The Host shall continue to maintain the sites at the service levels in clause 5 and shall give access to the Guest's contractors.
# 13. Confidentiality
Each Party shall keep confidential all information received from the other in connection with the Alliance, including network plans, site rents and traffic forecasts, and shall use it only for the purposes of this Agreement. This obligation continues for five years after termination.
# 14. Audit
Each Party may, on twenty Business Days' notice and not more than once a year, audit the records of the other Party relating to metered electricity, site charges and service-level reports. If an audit reveals an overcharge of more than 3%, the audited Party shall bear its cost.
# 15. Miscellaneous
15.1 Assignment. Neither Party may assign or transfer its rights under this Agreement without the prior written consent of the other, except to an affiliate that holds a network licence.
15.2 Staff. During the term and for twelve months afterwards, neither Party shall solicit for employment any engineer of the other who was involved in the Alliance, save through general advertising.
15.3 Force majeure. A Party shall not be liable for failure to perform caused by storms, flooding, acts of vandalism by third parties or other events beyond its reasonable control, provided that it notifies the other promptly and uses reasonable efforts to resume performance.
15.4 Notices. Notices shall be sent to the company secretary of the receiving Party at its registered office, with a copy to its Alliance Manager by email.
15.5 Competition law. The Parties shall not exchange information on retail prices, subscriber numbers or commercial plans, and each Alliance Board meeting shall be attended by a competition lawyer.
# 16. Governing Law and Disputes
16.1 This Agreement and any non-contractual obligations arising out of it are governed by the law of England and Wales.
16.2 Subject to clause 6.4, any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration under the LCIA Rules by three arbitrators. The seat of arbitration shall be London and the language English.
Signed for Halcyon Mobile Networks Limited by Rebecca Olawale, Chief Executive Officer
Signed for Brightmoor Telecom UK Limited by Thomas Kettering, Managing Director
"""

LITHIUM = """\
= Spodumene Concentrate Offtake and Prepayment Agreement
THIS AGREEMENT is made on 2 February 2026
BETWEEN
+ Kalgara Minerals Pte. Ltd., a company incorporated in Singapore (UEN 201934417K), having its registered office at 8 Marina View, #27-03 Asia Square Tower 1, Singapore 018960 (the "Seller"); and
+ Sunvale Battery Materials Co., Ltd., a company incorporated in the Republic of Korea, having its registered office at 211 Teheran-ro, Gangnam-gu, Seoul 06141 (the "Buyer").
WHEREAS the Seller, through its wholly owned subsidiary, operates the Mount Whitlow lithium mine and concentrator in Western Australia (the "Mine"), and the Buyer requires a secure long-term supply of spodumene concentrate for its lithium hydroxide refinery in Ulsan, and has agreed to prepay part of the price to finance the expansion of the concentrator.
IT IS AGREED as follows:
# 1. Definitions and Interpretation
1.1 In this Agreement:
"Business Day" means a day on which banks are open in Singapore and Seoul.
"Contract Year" means each period of twelve months beginning on the First Delivery Date or an anniversary of it.
"First Delivery Date" means the date on which the first Shipment is loaded at the Port, which the Seller expects to be no later than 1 October 2026.
"Port" means the port of Esperance, Western Australia.
"Prepayment" means the amount of USD 60,000,000 advanced by the Buyer under clause 5.
"Product" means spodumene concentrate produced at the Mine meeting the Specification.
"Shipment" means a cargo of Product of between 15,000 and 25,000 dry metric tonnes ("dmt") loaded on a single vessel.
"Specification" means the specification set out in Schedule 1.
1.2 Clause headings are for convenience only. References to Schedules are to the schedules of this Agreement, which form part of it.
# 2. Sale and Purchase
2.1 The Seller shall sell and the Buyer shall purchase, in each Contract Year, 180,000 dmt of Product (the "Annual Quantity"), with an operational tolerance of plus or minus 10% at the Seller's option.
2.2 The Buyer shall take, or pay for if not taken, at least 150,000 dmt of Product in each Contract Year. Any shortfall below that quantity not caused by the Seller or by force majeure shall be invoiced at the average price of the Contract Year.
2.3 Product produced at the Mine in excess of the Annual Quantity may be sold by the Seller to third parties, provided that the Seller first offers it to the Buyer on the same terms, and the Buyer does not accept within ten Business Days.
# 3. Delivery and Title
3.1 Product shall be delivered CIF Ulsan (Incoterms 2020). The Seller shall arrange the vessel and the marine cargo insurance for 110% of the provisional invoice value, naming the Buyer as insured.
3.2 The Seller shall deliver a quarterly shipping schedule at least forty-five days before the beginning of each calendar quarter. The Buyer may request changes to the laycan of a Shipment by notice given no later than twenty days before its first day.
3.3 Title to and risk in each Shipment pass to the Buyer when the Product passes the vessel's rail at the Port.
# 4. Price
4.1 The price of Product for each Shipment shall be calculated in accordance with Schedule 2 by reference to the average of the published lithium hydroxide and spodumene price assessments during the quotation period, adjusted for the Li2O content of the Shipment.
4.2 For each 0.1% by which the Li2O content of a Shipment is below 5.5%, the price shall be reduced by 2%. Shipments with a Li2O content below 5.0% may be rejected by the Buyer.
4.3 The Buyer shall pay 90% of the provisional invoice against presentation of the shipping documents and the balance within thirty days after the final assay.
# 5. Prepayment
5.1 Within ten Business Days after the signature of this Agreement and the satisfaction of the conditions in Schedule 3, the Buyer shall advance the Prepayment to the Seller's account.
5.2 The Seller shall use the Prepayment only to finance the construction of the second flotation circuit of the concentrator, in accordance with the budget in Schedule 3.
5.3 The Prepayment shall be recovered by the Buyer by deduction of USD 120 per dmt from each final invoice, starting with the first Shipment of the second Contract Year, until it has been recovered in full, together with interest at SOFR plus 2.5% per annum.
5.4 If this Agreement terminates before the Prepayment has been fully recovered, the unrecovered balance and accrued interest shall become due and payable on the effective date of termination.
# 6. Delivery Performance
6.1 The Seller shall deliver at least 95% of the quantity scheduled for each calendar quarter under clause 3.2.
6.2 If the quantity actually loaded in a quarter is below 95% of the scheduled quantity for reasons other than force majeure or the Buyer's default, the Seller shall pay the Buyer, as liquidated damages, 8% of the average price of Product multiplied by the shortfall. These damages are a genuine pre-estimate of the Buyer's loss and shall not exceed, in any Contract Year, 10% of the price of the Annual Quantity.
6.3 Independent sampling and assay at the Port and at Ulsan shall be carried out for each Shipment by an umpire laboratory in accordance with Schedule 1, and the Seller shall report each quarter the quantities loaded and the Li2O content of each Shipment.
# 7. Technical Cooperation
7.1 In each Contract Year the Seller shall submit to the Buyer written proposals aimed at improving lithium recovery at the concentrator or reducing iron and mica impurities in the Product.
7.2 The Buyer shall have no obligation to consider, comment on or pay for any such proposal, and the decision to implement any proposal rests with the Seller alone.
# 8. Joint Offtake Committee
8.1 The Parties shall establish a Joint Offtake Committee of four members, two appointed by each Party. The first members are, for the Seller, its Chief Operating Officer and its Marketing Manager and, for the Buyer, its Head of Raw Materials Procurement and its Refinery Manager.
8.2 The Joint Offtake Committee shall meet every quarter, in person or by video conference, to review shipping schedules, quality results, the progress of the works financed by the Prepayment and safety performance.
8.3 Decisions of the Joint Offtake Committee shall be unanimous. If it cannot agree on a matter within its remit within fifteen Business Days, either Party may refer the matter to the Chief Executive Officers of the Parties.
8.4 Each Party shall appoint an Offtake Relationship Manager, responsible for the performance of this Agreement and for preparing the meetings of the committee. The first Offtake Relationship Managers are Ms Clara Nguyen (Seller) and Mr Park Ji-hoon (Buyer).
# 9. Market Review
Every second Contract Year, the Parties shall meet to review the operation of the pricing formula in Schedule 2 and the Annual Quantity in the light of market conditions. Any change shall require the written agreement of both Parties.
# 10. Term
10.1 This Agreement comes into force on its signature and, save as provided in clause 12, shall continue until the fifth anniversary of the First Delivery Date.
10.2 The Buyer may extend the term for one further period of two years by written notice given at least twelve months before the end of the initial term, on the same terms.
# 11. Warranties
11.1 The Seller warrants that it will have good title to each Shipment free of any encumbrance, and that each Shipment will conform to the Specification at the time of loading.
11.2 The Buyer's claims for non-conformity must be notified within sixty days after the final assay, failing which the Shipment shall be deemed accepted.
# 12. Termination
12.1 Either Party may terminate this Agreement by notice to the other if the other Party:
+ fails to pay any amount due within thirty days after a notice of non-payment;
+ commits a material breach which is not remedied within sixty days after notice; or
+ is subject to an insolvency, winding-up or judicial management event.
12.2 The Buyer may terminate this Agreement on ninety days' notice if the Seller ceases to control the Mine, or if a person subject to sanctions acquires control of the Seller.
12.3 If force majeure affecting a Party lasts more than one hundred and eighty days, either Party may terminate this Agreement on thirty days' notice.
12.4 Termination does not affect accrued rights, including the Buyer's rights under clause 5.4.
# 13. Liability
13.1 Neither Party is liable to the other for any loss of profit, loss of production or indirect loss, whether in contract, tort or otherwise.
13.2 Each Party's aggregate liability under this Agreement in any Contract Year is limited to 100% of the price of the Annual Quantity for that year, except for the repayment obligations under clause 5 and liability for fraud.
# 14. Force Majeure
14.1 Neither Party is liable for delay or failure to perform (other than a payment obligation) caused by cyclones, bushfires, port closures, epidemics, government action or other events beyond its reasonable control, provided it notifies the other Party within five Business Days and takes reasonable steps to mitigate the effects.
14.2 If the Seller's production is reduced by force majeure, it shall allocate available Product between the Buyer and its other customers pro rata to their contracted quantities.
# 15. Confidentiality
The terms of this Agreement and all information exchanged under it are confidential and shall not be disclosed except to professional advisers, financiers and affiliates bound by equivalent obligations, or as required by law or by the rules of a stock exchange. This clause survives termination for three years.
# 16. Audit
The Buyer may, once a year on fifteen Business Days' notice, inspect the Seller's production and accounting records relating to the use of the Prepayment and to the sampling of Product.
# 17. Assignment
Neither Party may assign or transfer this Agreement without the prior written consent of the other, such consent not to be unreasonably withheld in the case of an assignment to an affiliate or to the Seller's project lenders by way of security.
# 18. Governing Law and Dispute Resolution
18.1 This Agreement is governed by the laws of Singapore.
18.2 A dispute not resolved under clause 8.3 within thirty days after its referral to the Chief Executive Officers shall be referred to mediation at the Singapore International Mediation Centre. If the dispute is not settled within sixty days after the start of the mediation, it shall be finally resolved by arbitration administered by the Singapore International Arbitration Centre under its rules in force at the time. The seat shall be Singapore, the tribunal shall consist of three arbitrators and the language shall be English.
# Schedule 1 – Specification (summary)
| Parameter | Guaranteed value |
| Li2O content | minimum 5.5% (rejection below 5.0%) |
| Fe2O3 content | maximum 1.0% |
| Moisture | maximum 8% |
| Particle size | 80% passing 850 microns |
# Schedule 2 – Price formula
The price per dmt equals the quotation-period average of the index price for spodumene concentrate 6% Li2O CIF China, multiplied by the ratio of the actual Li2O content to 6%, subject to a floor of USD 700 and a ceiling of USD 2,400 per dmt.
# Schedule 3 – Conditions precedent and budget
Delivery of a parent company guarantee by Kalgara Resources Limited; first-ranking security over the concentrator; approval of the expansion budget of USD 74,000,000 by the Seller's board.
SIGNED for and on behalf of Kalgara Minerals Pte. Ltd. by Anthony Liew, Director
SIGNED for and on behalf of Sunvale Battery Materials Co., Ltd. by Choi Min-seo, Representative Director
"""

DOCS = {
    "partnership-tower-sharing.en.docx": TOWER,
    "supplier-lithium-offtake.en.docx": LITHIUM,
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
