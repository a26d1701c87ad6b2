"""The evidence of a verdict is the passage that was judged, quoted with its clause number and line,
in every output; a missing clause says where one would look for it ("Closest: 3. Term, line 9.").

The contracts are written here as real text and Word files and linted through the command.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import docx
from click.testing import CliRunner
from lxml import etree

from clausekit.cli import cli

SUPPLY_EN = """SUPPLY AGREEMENT

1. Purpose
The Supplier shall deliver the Products ordered by the Customer under this Agreement.

2. Service Levels
The Supplier shall meet an on-time delivery rate of at least 97% each month. If the rate falls below 97%, the Supplier shall pay a service credit of 2% of the monthly fees.

3. Term
This Agreement shall come into force on the Effective Date and shall remain in force for an initial period of two (2) years.

4. Governing Law
This Agreement shall be governed by the laws of England and Wales.
"""
TERM_SENTENCE = ("This Agreement shall come into force on the Effective Date and shall remain in force for an "
                 "initial period of two (2) years.")
TERM_HEADING_LINE, TERM_SENTENCE_LINE = 9, 10

SUPPLY_FR = """CONTRAT D'APPROVISIONNEMENT

Article 1 - Objet
Le Fournisseur livre les Produits commandés par le Client au titre du présent contrat.

Article 2 - Niveaux de service
Le Fournisseur garantit un taux de livraison à l'heure d'au moins 97 % chaque mois. Si ce taux n'est pas atteint, le Fournisseur verse une pénalité de 2 % du prix mensuel.

Article 3 - Durée
Le présent contrat entre en vigueur à la date de sa signature pour une durée initiale de deux (2) ans.

Article 4 - Droit applicable
Le présent contrat est régi par le droit français.
"""

PARTNERSHIP_EN = """PARTNERSHIP AGREEMENT

1. Definitions
"Pilot Period" means the first six months after the Effective Date.

2. Purpose
The Parties shall promote each other's products to their customers.
"""


def lint(*args: str) -> tuple[str, int]:
    result = CliRunner().invoke(cli, ["lint", *args], catch_exceptions=False)
    return result.output, result.exit_code


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def json_report(path: Path, *args: str) -> dict:
    output, _ = lint(str(path), "--format", "json", *args)
    return json.loads(output)["documents"][0]


def item(document: dict, item_id: str) -> dict:
    return next(i for i in document["items"] if i["id"] == item_id)


def finding(document: dict, rule: str) -> dict:
    return next(f for f in document["findings"] if f["rule"] == rule)


def test_evidence_is_the_sentence_judged_not_the_heading(tmp_path):
    document = json_report(write(tmp_path, "supply.txt", SUPPLY_EN))
    term = item(document, "term")
    assert term["status"] == "weak"
    assert term["evidence"][0]["text"] == TERM_SENTENCE
    assert term["evidence"][0]["location"] == {"paragraph": 7, "line": TERM_SENTENCE_LINE, "clause": "3"}
    governing_law = item(document, "governing_law")
    assert governing_law["evidence"][0]["text"] == "This Agreement shall be governed by the laws of England and Wales."


RUN_IN_EN = """DISTRIBUTION AGREEMENT

7. Term and Termination
7.1 Term. This Agreement shall remain in force for three (3) years from the Effective Date.
7.2 Effect of Termination. Upon expiration or termination of this Agreement, the Distributor shall return all unsold Products to the Supplier within thirty (30) days.

- 8 -

8. Governing Law
This Agreement shall be governed by the laws of the State of New York.
"""


def test_a_run_in_heading_is_quoted_with_its_body_not_the_page_number_after_it(tmp_path):
    document = json_report(write(tmp_path, "distribution.txt", RUN_IN_EN), "--profile", "supplier")
    evidence = item(document, "post_termination_services")["evidence"]
    assert evidence[0]["text"].startswith("Upon expiration or termination of this Agreement, the Distributor")
    assert all(e["text"] != "- 8 -" for e in evidence)


def test_a_finding_on_a_whole_clause_quotes_its_passage_and_keeps_its_fingerprint(tmp_path):
    path = write(tmp_path, "supply.txt", SUPPLY_EN)
    renewal = finding(json_report(path), "term.renewal")
    assert renewal["quote"] == TERM_SENTENCE and renewal["clause_wide"] is True
    assert renewal["location"]["line"] == TERM_SENTENCE_LINE and renewal["location"]["clause"] == "3"
    # rewording the clause's first sentence leaves it the same finding for --baseline and code scanning
    path.write_text(SUPPLY_EN.replace("shall come into force on the Effective Date and shall remain",
                                      "takes effect on signature and remains"), encoding="utf-8")
    reworded = finding(json_report(path), "term.renewal")
    assert reworded["quote"] != renewal["quote"]
    assert reworded["fingerprint"] == renewal["fingerprint"]


def test_a_missing_clause_names_the_closest_one(tmp_path):
    path = write(tmp_path, "supply.txt", SUPPLY_EN)
    termination = finding(json_report(path), "termination.missing")
    assert termination["related"] == [{"role": "closest", "text": "3. Term",
                                       "location": {"paragraph": 6, "line": TERM_HEADING_LINE, "clause": "3"}}]
    assert "location" not in termination  # still a finding about the whole document
    text, _ = lint(str(path))
    line = next(line for line in text.splitlines() if "termination.missing" in line)
    assert line.endswith(f"Closest: 3. Term, line {TERM_HEADING_LINE}.")


def test_a_clause_with_nothing_close_says_nothing_more(tmp_path):
    document = json_report(write(tmp_path, "supply.txt", SUPPLY_EN))
    data = finding(document, "data.missing")
    assert "related" not in data
    text, _ = lint(str(tmp_path / "supply.txt"))
    assert "data.missing: Nothing says who owns and may use the data the relationship generates.\n" in text


def test_a_mention_set_aside_is_the_closest_passage(tmp_path):
    document = json_report(write(tmp_path, "partnership.txt", PARTNERSHIP_EN))
    pilot = finding(document, "pilot.missing")
    assert pilot["related"][0]["text"] == '"Pilot Period" means the first six months after the Effective Date.'
    assert pilot["related"][0]["location"]["clause"] == "1"


def test_french_report_says_the_closest_clause_in_french(tmp_path):
    path = write(tmp_path, "contrat.txt", SUPPLY_FR)
    text, _ = lint(str(path))
    line = next(line for line in text.splitlines() if "termination.missing" in line)
    assert line.endswith("Le plus proche\u00a0: 3. Durée, ligne 9.")
    assert "« Le présent contrat entre en vigueur à la date de sa signature pour une durée initiale de deux (2) ans. »" in text


def test_ci_outputs_carry_the_passage_and_the_closest_clause(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "supply.txt", SUPPLY_EN)
    sarif, _ = lint("supply.txt", "--format", "sarif")
    results = json.loads(sarif)["runs"][0]["results"]
    renewal = next(r for r in results if r["ruleId"] == "term.renewal")
    assert f'"{TERM_SENTENCE}"' in renewal["message"]["text"] and "clause 3" in renewal["message"]["text"]
    assert renewal["locations"][0]["physicalLocation"]["region"]["startLine"] == TERM_SENTENCE_LINE
    missing = next(r for r in results if r["ruleId"] == "termination.missing")
    assert missing["message"]["text"].endswith(f"Closest: 3. Term, line {TERM_HEADING_LINE}.")
    related = missing["relatedLocations"][0]
    assert related["physicalLocation"]["region"]["startLine"] == TERM_HEADING_LINE
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "supply.txt"
    assert related["properties"]["role"] == "closest"
    github, _ = lint("supply.txt", "--format", "github")
    annotation = next(line for line in github.splitlines() if "term.renewal" in line)
    assert "line=10" in annotation and TERM_SENTENCE in annotation


def _html_text(html: str) -> str:
    return " ".join(etree.HTML(html).itertext())


def test_html_report_quotes_each_passage_once_and_names_the_closest(tmp_path):
    path = write(tmp_path, "supply.txt", SUPPLY_EN)
    html, _ = lint(str(path), "--format", "html")
    assert html.count(TERM_SENTENCE) == 1
    assert f"Closest: 3. Term, line {TERM_HEADING_LINE}." in _html_text(html)
    sla_quote = "The Supplier shall meet an on-time delivery rate of at least 97% each month."
    assert html.count(sla_quote) == 1  # three findings on the same clause, its passage quoted once


def test_word_review_report_of_a_text_contract_names_the_closest_clause(tmp_path):
    path = write(tmp_path, "supply.txt", SUPPLY_EN)
    out = tmp_path / "review.docx"
    lint(str(path), "--annotate", str(out))
    cells = [cell.text for table in docx.Document(str(out)).tables for row in table.rows for cell in row.cells]
    termination = next(i for i, text in enumerate(cells) if text == "Termination")
    assert f"Closest: 3. Term, line {TERM_HEADING_LINE}." in cells[termination + 2]
    term = next(i for i, text in enumerate(cells) if text.startswith("Term and type"))
    assert f"“{TERM_SENTENCE}” (clause 3, line {TERM_SENTENCE_LINE})" in cells[term + 2]


def _word_contract(path: Path) -> Path:
    document = docx.Document()
    for block in SUPPLY_EN.strip().split("\n\n"):
        lines = block.split("\n")
        if len(lines) == 1:
            document.add_heading(lines[0], level=0)
            continue
        document.add_heading(lines[0].split(". ", 1)[1], level=1)
        for line in lines[1:]:
            document.add_paragraph(line)
    document.save(str(path))
    return path


def test_word_comment_sits_on_the_passage_judged(tmp_path):
    source = _word_contract(tmp_path / "supply.docx")
    out = tmp_path / "annotated.docx"
    lint(str(source), "--annotate", str(out))
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(out) as package:
        body = etree.fromstring(package.read("word/document.xml"), etree.XMLParser(resolve_entities=False))
    commented = ["".join(p.itertext()) for p in body.iter(f"{W}p") if p.find(f"{W}commentRangeStart") is not None]
    assert TERM_SENTENCE in commented  # the term comment is on the sentence, not on the heading "Term"
    assert "Term" not in commented
