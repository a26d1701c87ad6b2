"""``clausekit qbr``: the quarterly business review kit, read from real contracts.

Real drafts from the generator (affiliation in French and English, a co-branding draft with
answers that differ from the defaults) and received contracts written here as text and PDF;
the kit is opened with python-docx and checked against what each contract states.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from clausekit.drafting.docx_writer import docx_bytes
from clausekit.drafting.generator import build_draft, example_answers, load_template
from clausekit.qbr.reading import review_dates

AGENDA_EN = ["Opening and wins of the quarter", "KPI review: business and relationship health",
             "Blameless post-mortem of one or two blockers", "Strategic adjustment against the initial goals",
             "Next-quarter plan: three to five priority actions"]
AGENDA_FR = ["Ouverture et succès du trimestre", "Revue des indicateurs\u00a0: activité et santé de la relation",
             "Analyse sans recherche de coupable d'un ou deux blocages",
             "Ajustement stratégique au regard des objectifs initiaux",
             "Plan du trimestre suivant\u00a0: trois à cinq actions prioritaires"]
MINUTES = [15, 30, 20, 30, 25]

MONTHLY_CONTRACT = """RESELLER PARTNERSHIP AGREEMENT

This agreement is made between Northwind Traders Ltd, a company registered in England (hereinafter "Northwind"), and Blue Harbour Software SAS, a French company (hereinafter "Blue Harbour").

1. Effective date

This Agreement comes into force on 31 January 2026.

2. Performance

The Parties shall track the following key performance indicators:
(a) qualified opportunities: at least 25 qualified opportunities registered each quarter;
(b) renewal rate: no less than 85% of the joint customers renew their subscription.

3. Governance

3.1 The Parties set up a partnership board composed of three (3) representatives of each Party.
3.2 The partnership board shall meet monthly, by videoconference or in person. Decisions are taken unanimously; a deadlock is referred to the chief executives, then to mediation before any court.
3.3 Each Party appoints a partnership manager: for Northwind, Alice Moreau; for Blue Harbour, Tom Becker.

4. Governing law

This Agreement is governed by the laws of England and Wales.
"""

NO_GOVERNANCE_CONTRACT = """SERVICES AGREEMENT

Between Alpha Services SARL (hereinafter "Alpha") and Beta Industries SA (hereinafter "Beta").

1. Purpose

Alpha provides Beta with maintenance services for its production lines.

2. Price

Beta pays Alpha EUR 2,000 per month, within thirty (30) days of each invoice.

3. Governing law

This Agreement is governed by French law.
"""


@pytest.fixture(scope="module")
def contracts(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("qbr-contracts")
    made = {}
    affiliation = load_template("affiliation")
    for lang in ("fr", "en"):
        made[f"affiliation-{lang}"] = folder / f"affiliation-{lang}.docx"
        made[f"affiliation-{lang}"].write_bytes(docx_bytes(build_draft(affiliation, example_answers(affiliation), lang)))
    co_branding = load_template("co_branding")
    answers = {**example_answers(co_branding), "committee_frequency": "monthly", "committee_members_per_party": 3,
               "pilot_kpi_leads": 75}
    made["co_branding-monthly"] = folder / "co-branding-monthly.docx"
    made["co_branding-monthly"].write_bytes(docx_bytes(build_draft(co_branding, answers, "en", "fallback")))
    made["monthly"] = folder / "reseller.txt"
    made["monthly"].write_text(MONTHLY_CONTRACT, encoding="utf-8")
    made["none"] = folder / "services.txt"
    made["none"].write_text(NO_GOVERNANCE_CONTRACT, encoding="utf-8")
    made["pdf"] = folder / "reseller.pdf"
    _pdf(made["pdf"], MONTHLY_CONTRACT)
    return made


def _pdf(path: Path, text: str) -> None:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 72
    for line in text.splitlines():
        while line:  # wrap at 95 characters, on a space
            part = line if len(line) <= 95 else line[:line.rfind(" ", 0, 95)]
            pdf.drawString(60, y, part)
            line = line[len(part):].lstrip()
            y -= 14
        y -= 4
    pdf.save()


def kit(run, contract: Path, *options: str) -> tuple[docx.document.Document, str]:
    code, out, err = run("qbr", str(contract), "-o", "kit.docx", *options)
    assert code == 0, err
    assert out == ""
    assert "wrote kit.docx" in err
    return docx.Document("kit.docx"), err


def rows(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def table_with(document, *headers: str):
    for table in document.tables:
        if tuple(c.text for c in table.rows[0].cells[:len(headers)]) == headers:
            return table
    raise AssertionError(f"no table headed {headers}: {[rows(t)[0] for t in document.tables]}")


def fact(document, label: str) -> str:
    for table in document.tables:
        for row in table.rows:
            if row.cells[0].text == label and len(row.cells) == 2:
                return row.cells[1].text
    raise AssertionError(f"no fact {label!r}")


def spaces(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def check_agenda(document, time: str, block: str, titles: list[str], total: str) -> None:
    agenda = rows(table_with(document, time, block))
    assert [r[1] for r in agenda[1:6]] == titles
    assert [int(r[2]) for r in agenda[1:6]] == MINUTES
    assert sum(MINUTES) == 120
    assert agenda[6][1:3] == [total, "120"]
    assert all(r[3] for r in agenda[1:6])  # what to prepare, for every block


def test_affiliation_kit_in_english(run, contracts):
    document, _ = kit(run, contracts["affiliation-en"], "--from", "2027-06-10")
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Quarterly business review kit" in text
    assert "Martin & Fils — Publiweb" in text
    check_agenda(document, "Time", "Block", AGENDA_EN, "Total")
    assert fact(document, "Governance clause").startswith("clause 5 — Governance")
    assert fact(document, "Effective date") == "1 March 2027"
    assert fact(document, "Members") == "2 per Party (4 in all) (clause 5.2)"
    assert fact(document, "Meeting frequency").startswith("every quarter (the contract: “every quarter”, clause 5.3")
    assert fact(document, "Partnership managers").splitlines() == [
        "Martin & Fils: Sophie Garnier, responsable des partenariats", "Publiweb: Karim Benali, gérant"]
    attendance = rows(table_with(document, "Party", "Member"))[1:]
    assert [r[0] for r in attendance] == ["Martin & Fils"] * 2 + ["Publiweb"] * 2  # two seats a Party
    dates = rows(table_with(document, "No.", "Date"))[1:]
    assert [r[1] for r in dates] == ["1 September 2027", "1 December 2027", "1 March 2028", "1 June 2028"]
    assert dates[0][2] == "1 June 2027 to 31 August 2027"
    kpis = rows(table_with(document, "Indicator", "Type", "Target (contract)"))[1:]
    # the pilot KPIs of the affiliation draft (clause 4.2) and its joint objectives (clause 6.1)
    assert [(r[0], r[2], r[3]) for r in kpis] == [
        ("Qualified leads", "at least sixty (60) qualified leads", "4.2.1"),
        ("Revenue", "at least EUR 50,000", "4.2.2"),
        ("Relationship health", "an average score of at least seven (7) out of ten (10)", "4.2.3"),
        ("Responsiveness", "an average response time not exceeding two (2) days", "4.2.4"),
        ("Revenue", "at least EUR 300,000", "6.1.1"),
        ("New customers won through the partnership", "at least forty (40)", "6.1.2")]
    assert [r[1] for r in kpis[2:4]] == ["KPI · Relationship"] * 2
    assert all(r[4] == r[5] == "" for r in kpis)  # actual and status: to fill in
    health = rows(table_with(document, "Question", "Martin & Fils", "Publiweb"))
    assert len(health) >= 4 and all(r[0].endswith("?") for r in health[1:])
    for blocker in ("Blocker 1", "Blocker 2"):
        assert blocker in text
    prompts = [r[0].split("\n")[0] for t in document.tables for r in rows(t) if r[0].startswith("What happened")]
    assert len(prompts) == 2
    post_mortem = [rows(t) for t in document.tables if rows(t)[0][0].startswith("What happened")]
    assert [r[0].split("\n")[0] for r in post_mortem[0]] == ["What happened", "Impact", "Contributing factors",
                                                             "What we change"]
    actions = rows(table_with(document, "No.", "Action", "Owner", "Deadline"))[1:]
    assert 3 <= len(actions) <= 5 and all(r[1:] == ["", "", ""] for r in actions)


def test_affiliation_kit_in_french_by_default(run, contracts):
    document, _ = kit(run, contracts["affiliation-fr"], "--from", "2027-06-10")
    text = "\n".join([p.text for p in document.paragraphs] + [c.text for t in document.tables for r in t.rows
                                                              for c in r.cells])
    assert "Kit de revue trimestrielle d'activité (QBR)" in text
    check_agenda(document, "Horaire", "Séquence", AGENDA_FR, "Total")
    assert fact(document, "Clause de gouvernance").startswith("article 5 — Gouvernance")
    assert fact(document, "Date d'effet") == "1er\u00a0mars 2027"
    assert fact(document, "Membres") == "2 par Partie (4 au total) (article 5.2)"
    assert fact(document, "Fréquence des réunions") == \
        "chaque trimestre (le contrat\u00a0: «\u00a0tous les trimestres\u00a0», article 5.3)"
    dates = rows(table_with(document, "N°", "Date"))[1:]
    assert [spaces(r[1]) for r in dates] == ["1er septembre 2027", "1er décembre 2027", "1er mars 2028", "1er juin 2028"]
    kpis = rows(table_with(document, "Indicateur", "Type", "Objectif (contrat)"))[1:]
    targets = [spaces(r[2]) for r in kpis]
    assert targets[:2] == ["au moins soixante (60) prospects qualifiés", "un chiffre d’affaires hors taxes d’au moins 50 000 EUR"]
    assert "au moins 300 000 EUR" in targets[4] and targets[5] == "au moins quarante (40)"
    assert [r[1] for r in kpis[2:4]] == ["KPI · Relation"] * 2
    # French typography: no plain space before a colon, a semicolon or a question mark
    for mark in (" :", " ;", " ?", " !"):
        assert mark not in text, mark
    assert "\u202f?" in text and "\u00a0:" in text


def test_the_kit_reads_the_contract_s_own_figures(run, contracts):
    """A monthly committee of three members a Party and 75 leads: what this draft states, in a
    French kit of an English contract (--lang)."""
    document, _ = kit(run, contracts["co_branding-monthly"], "--from", "2027-05-20", "--lang", "fr")
    assert fact(document, "Membres") == "3 par Partie (6 au total) (article 6.2)"
    assert spaces(fact(document, "Fréquence des réunions")) == "chaque mois (le contrat : « every month », article 6.3)"
    dates = rows(table_with(document, "N°", "Date"))[1:]
    assert [spaces(r[1]) for r in dates] == ["15 juin 2027", "15 juillet 2027", "15 août 2027", "15 septembre 2027"]
    assert spaces(dates[0][2]) == "du 15 mai 2027 au 14 juin 2027"
    kpis = rows(table_with(document, "Indicateur", "Type", "Objectif (contrat)"))[1:]
    assert ("Qualified leads", "at least seventy-five (75) qualified leads") in [(r[0], r[2]) for r in kpis]
    attendance = rows(table_with(document, "Partie", "Membre"))[1:]
    assert len(attendance) == 6
    notes = "\n".join(p.text for p in document.paragraphs)
    assert "une réunion par trimestre" in notes  # a monthly committee holds the full QBR once a quarter


def test_a_received_text_contract_with_a_monthly_board_and_two_kpis(run, contracts):
    document, err = kit(run, contracts["monthly"], "--from", "2026-03-01")
    assert "not stated" not in err
    assert fact(document, "Parties").splitlines() == ["Northwind", "Blue Harbour"]
    assert fact(document, "Governance clause").startswith("clause 3 — Governance")
    assert fact(document, "Effective date") == "31 January 2026 (clause 1)"
    assert fact(document, "Committee") == "Partnership board (clause 3.1)"
    assert fact(document, "Members") == "3 per Party (6 in all) (clause 3.1)"
    assert fact(document, "Meeting frequency").startswith("every month (the contract: “monthly”, clause 3.2")
    assert fact(document, "Partnership managers").splitlines() == ["Northwind: Alice Moreau", "Blue Harbour: Tom Becker"]
    dates = rows(table_with(document, "No.", "Date"))[1:]  # month ends: from the 31st, never drifting
    assert [r[1] for r in dates] == ["31 March 2026", "30 April 2026", "31 May 2026", "30 June 2026"]
    assert dates[0][2] == "28 February 2026 to 30 March 2026"
    kpis = rows(table_with(document, "Indicator", "Type", "Target (contract)"))[1:]
    assert [(r[0], r[2], r[3]) for r in kpis] == [
        ("Qualified opportunities", "at least 25 qualified opportunities registered each quarter", "2"),
        ("Renewal rate", "no less than 85% of the joint customers renew their subscription", "2")]


def test_a_received_pdf_contract(run, contracts):
    document, _ = kit(run, contracts["pdf"], "--from", "2026-03-01")
    assert fact(document, "Members").startswith("3 per Party (6 in all)")
    assert fact(document, "Meeting frequency").startswith("every month")
    assert [r[1] for r in rows(table_with(document, "No.", "Date"))[1:]][:1] == ["31 March 2026"]
    assert len(rows(table_with(document, "Indicator", "Type"))) == 3


def test_a_contract_without_governance_says_what_it_does_not_state(run, contracts):
    document, err = kit(run, contracts["none"], "--from", "2026-03-01")
    not_stated = "not stated in the contract"
    assert fact(document, "Parties").splitlines() == ["Alpha", "Beta"]
    assert fact(document, "Governance clause") == "none: the contract has no governance clause"
    for label in ("Effective date", "Committee", "Members", "Meeting frequency"):
        assert fact(document, label) == not_stated, label
    assert fact(document, "Partnership managers") == "not named in the contract"
    notes = "\n".join(p.text for p in document.paragraphs)
    assert "The review dates cannot be computed: the effective date and the meeting frequency are " \
           "not stated in the contract." in notes
    assert "KPIs with targets: not stated in the contract." in notes
    dates = rows(table_with(document, "No.", "Date"))[1:]
    assert [r[1:] for r in dates] == [["", ""]] * 4
    check_agenda(document, "Time", "Block", AGENDA_EN, "Total")  # the agenda stands without the contract
    assert "not stated in the contract, left to fill in: governance clause, effective date, committee" in err


def test_review_dates_count_from_the_effective_date():
    day = date
    assert [r.day for r in review_dates(day(2026, 1, 31), 1, day(2026, 2, 1))] == [
        day(2026, 2, 28), day(2026, 3, 31), day(2026, 4, 30), day(2026, 5, 31)]
    before = review_dates(day(2027, 3, 1), 3, day(2020, 1, 1))  # --from before the contract starts
    assert [r.day for r in before] == [day(2027, 6, 1), day(2027, 9, 1), day(2027, 12, 1), day(2028, 3, 1)]
    assert before[0].since == day(2027, 3, 1)
    assert review_dates(day(2027, 3, 1), 3, day(2027, 9, 1))[0].day == day(2027, 9, 1)  # a review on --from counts
    assert [r.day for r in review_dates(day(2027, 3, 1), 12, day(2031, 2, 1), 2)] == [day(2031, 3, 1), day(2032, 3, 1)]


@pytest.mark.parametrize("arguments, message", [
    (["missing.docx", "-o", "kit.docx"], "clausekit: error: missing.docx: no such file"),
    (["{contract}", "-o", "existing.docx"], "clausekit: error: existing.docx: already exists; use --force to overwrite it"),
    (["{contract}", "-o", "kit.pdf"], "clausekit: error: kit.pdf: qbr writes a Word file: give -o a .docx name"),
    (["{contract}", "-o", "kit.docx", "--from", "next monday"],
     "clausekit: error: --from 'next monday': not a date; give it as YYYY-MM-DD (2027-03-01)"),
])
def test_bad_input_is_one_line_and_exit_2(run, contracts, tmp_path, arguments, message):
    (tmp_path / "existing.docx").write_bytes(b"keep me")
    arguments = [a.replace("{contract}", str(contracts["none"])) for a in arguments]
    code, out, err = run("qbr", *arguments)
    assert (code, out, err) == (2, "", message + "\n")
    assert (tmp_path / "existing.docx").read_bytes() == b"keep me"
    assert not (tmp_path / "kit.docx").exists() and not (tmp_path / "kit.pdf").exists()
