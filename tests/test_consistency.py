"""Consistency rules: each rule's own examples (a contract where it must fire, and the same contract
made coherent where it must not) written as a text file, a Word file and a PDF, in French and
English; then the facts layer, the outputs (the other passage in JSON, SARIF and the Word copy),
and the generated drafts, which must not contradict themselves.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree
from test_proofread_examples import assert_rules_complete, example_cases, write_contract

from clausekit.checklist import LANGUAGES
from clausekit.cli import cli
from clausekit.review.consistency import checks
from clausekit.drafting.docx_writer import docx_bytes
from clausekit.drafting.generator import build_draft, example_answers, load_template
from clausekit.review.engine import build_engine
from clausekit.review.read import read_document

RULES = list(build_engine().rules.consistency.values())
TEMPLATES = sorted(p.stem for p in (Path(__file__).parents[1] / "templates" / "examples").glob("*.yaml"))


def consistency_findings(path: Path, lang: str):
    report = build_engine().lint_document(read_document(path), lang, "supplier", lang)
    return report, [f for f in report.findings if f.item == "consistency"]


def test_every_rule_has_examples_and_a_check():
    assert_rules_complete(RULES, checks(), "consistency")


CASES = example_cases(RULES)


@pytest.mark.parametrize(("rule", "outcome", "lang", "fmt"), CASES)
def test_rule_example(tmp_path, rule, outcome, lang, fmt):
    path = write_contract(tmp_path, rule.examples[outcome][lang], fmt, lang)
    _, found = consistency_findings(path, lang)
    raised = [f for f in found if f.rule == rule.id]
    if outcome == "pass":
        assert not raised, [(f.message, f.quote) for f in raised]
        return
    assert len(raised) == 1, [(f.message, f.quote) for f in raised]
    finding = raised[0]
    assert finding.severity == rule.severity and finding.quote
    expected = {"txt": "line", "docx": "paragraph", "pdf": "page"}[fmt]
    assert finding.location.as_dict().get(expected)
    other = finding.related[0]
    assert other.role == "other" and other.text
    if fmt != "pdf":  # a PDF page holds both passages; elsewhere the finding sits at the later one
        assert (other.location.paragraph or 0) <= (finding.location.paragraph or 0)
    assert "{" not in finding.message


SUPPLY = """SUPPLY AGREEMENT

1. Term
This Agreement is entered into for an initial term of four (4) years from the Effective Date.

2. Payment
The Customer shall pay each invoice within thirty (30) days of receipt of the invoice.

3. Invoicing
Invoices are payable within forty-five (45) days of the invoice date.
"""


def test_facts_are_in_the_json_report_with_their_place(tmp_path):
    path = tmp_path / "supply.txt"
    path.write_text(SUPPLY, encoding="utf-8")
    result = CliRunner().invoke(cli, ["lint", str(path), "--format", "json"], catch_exceptions=False)
    document = json.loads(result.output)["documents"][0]
    facts = {(f["kind"], f["value"]): f for f in document["facts"]}
    assert facts["initial_term", "four (4) years"]["months"] == 48
    assert facts["payment_term", "thirty (30) days"]["location"] == {"paragraph": 5, "line": 7, "clause": "2"}
    assert facts["payment_term", "forty-five (45) days"]["months"] == 1.5
    conflict = next(f for f in document["findings"] if f["rule"] == "consistency.conflicting-values")
    assert conflict["message"] == ("The payment term is stated as forty-five (45) days here and as thirty (30) days "
                                   "in clause 2.")
    assert conflict["location"]["line"] == 10
    assert conflict["related"][0]["location"]["line"] == 7


def test_sarif_gives_the_other_passage_as_a_related_location(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("supply.txt").write_text(SUPPLY, encoding="utf-8")
    result = CliRunner().invoke(cli, ["lint", "supply.txt", "--format", "sarif"], catch_exceptions=False)
    sarif = json.loads(result.output)
    conflict = next(r for r in sarif["runs"][0]["results"] if r["ruleId"] == "consistency.conflicting-values")
    assert conflict["locations"][0]["physicalLocation"]["region"]["startLine"] == 10
    related = conflict["relatedLocations"][0]
    assert related["physicalLocation"]["region"]["startLine"] == 7
    assert "thirty (30) days" in related["physicalLocation"]["region"]["snippet"]["text"]
    rules = {rule["id"] for rule in sarif["runs"][0]["tool"]["driver"]["rules"]}
    assert {r.id for r in RULES} <= rules


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_word_copy_comments_both_passages(tmp_path):
    import docx

    source = tmp_path / "supply.docx"
    document = docx.Document()
    for block in SUPPLY.strip().split("\n\n"):
        for line in block.split("\n"):
            document.add_paragraph(line)
    document.save(str(source))
    out = tmp_path / "reviewed.docx"
    CliRunner().invoke(cli, ["lint", str(source), "--annotate", str(out)], catch_exceptions=False)
    with zipfile.ZipFile(out) as package:
        body = etree.fromstring(package.read("word/document.xml"))
        comments = etree.fromstring(package.read("word/comments.xml"))
    texts = {c.get(f"{W}id"): "".join(c.itertext()) for c in comments.iter(f"{W}comment")}
    commented = {}
    for paragraph in body.iter(f"{W}p"):
        for start in paragraph.iter(f"{W}commentRangeStart"):
            commented.setdefault("".join(t.text or "" for t in paragraph.iter(f"{W}t")), []).append(
                texts[start.get(f"{W}id")])
    later = commented["Invoices are payable within forty-five (45) days of the invoice date."]
    earlier = commented["The Customer shall pay each invoice within thirty (30) days of receipt of the invoice."]
    assert any("thirty (30) days in clause 2" in text for text in later)
    assert any("forty-five (45) days" in text and "clause 3" in text for text in earlier)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("template", TEMPLATES)
def test_generated_drafts_do_not_contradict_themselves(tmp_path, template, lang):
    spec = load_template(template)
    for position in ("preferred", "fallback"):
        draft = build_draft(spec, example_answers(spec), lang, position=position)
        path = tmp_path / f"{template}.{position}.docx"
        path.write_bytes(docx_bytes(draft))
        _, found = consistency_findings(path, lang)
        assert not found, [(f.rule, f.message) for f in found]


HEADED_SLA = {
    "en": ["1. Service levels, bonus and malus",
           "The Supplier shall achieve an on-time delivery rate of at least 97%, measured each month and reported "
           "in a monthly report. If the rate falls below 97%, the Supplier shall pay a penalty of 2% of the monthly "
           "fees, capped at 10% of the monthly fees."],
    "fr": ["Article 1 - Niveaux de service, bonus et malus",
           "Le Fournisseur garantit un taux de livraison à l'heure d'au moins 97 %, mesuré chaque mois et communiqué "
           "dans un rapport mensuel. Si ce taux n'est pas atteint, le Fournisseur verse une pénalité de 2 % du prix "
           "mensuel, plafonnée à 10 % du prix mensuel."],
}
BONUS = {"en": "If the rate exceeds 99%, the Customer shall pay the Supplier a bonus of 1% of the monthly fees.",
         "fr": "Si ce taux dépasse 99 %, le Client verse au Fournisseur un bonus de 1 % du prix mensuel."}
TACIT = {"en": ["2. Term", "This Agreement is entered into for an initial term of two (2) years. It is then renewed "
                "by tacit renewal for successive periods of one (1) year."],
         "fr": ["Article 2 - Durée", "Le présent contrat est conclu pour une durée initiale de deux (2) ans. Il est "
                "ensuite reconduit tacitement par périodes successives d'un (1) an."]}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_heading_promising_a_bonus_does_not_give_one(tmp_path, lang):
    promised = write_contract(tmp_path, [*HEADED_SLA[lang], *TACIT[lang]], "txt", lang, "promised")
    report, _ = consistency_findings(promised, lang)
    items = {item.id: item.status for item in report.items}
    rules = {f.rule for f in report.findings}
    assert items["sla_bonus_malus"] == "weak" and "sla_bonus_malus.bonus" in rules
    assert items["term"] == "weak" and "term.renewal" in rules  # tacit renewal with no window to refuse it
    given = write_contract(tmp_path, [HEADED_SLA[lang][0], HEADED_SLA[lang][1] + " " + BONUS[lang]], "txt", lang,
                           "given")
    report, _ = consistency_findings(given, lang)
    assert "sla_bonus_malus.bonus" not in {f.rule for f in report.findings}


def test_review_report_and_html_page_show_both_passages(tmp_path):
    import docx

    path = tmp_path / "supply.txt"
    path.write_text(SUPPLY, encoding="utf-8")
    out = tmp_path / "review.docx"
    CliRunner().invoke(cli, ["lint", str(path), "--annotate", str(out)], catch_exceptions=False)
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    heading = paragraphs.index("Contradictions between clauses")
    assert paragraphs[heading + 1].startswith("The payment term is stated as forty-five (45) days")
    assert paragraphs[heading + 2] == "“Invoices are payable within forty-five (45) days of the invoice date.” (clause 3, line 10)"
    assert paragraphs[heading + 3].endswith("(clause 2, line 7)")
    assert any(p.startswith("Clauses that contradict each other: 1") for p in paragraphs)
    html = CliRunner().invoke(cli, ["lint", str(path), "--format", "html"], catch_exceptions=False).output
    page = " ".join(etree.HTML(html).itertext())
    assert "Contradictions between clauses" in page and "thirty (30) days of receipt of the invoice" in page


FRENCH = """CONTRAT

Article 1 - Paiement
Les factures sont payables dans un délai de trente (30) jours à compter de la date d'émission de la facture.

Article 2 - Facturation
Le Client règle chaque facture à quarante-cinq (45) jours date de facture.

Article 3 - Droit applicable
Le présent contrat est régi par le droit français.

Article 4 - Divers
Toute question relative à l'exécution du présent contrat est soumise au droit anglais.
"""


def test_french_messages_read_as_french(tmp_path):
    path = tmp_path / "contrat.txt"
    path.write_text(FRENCH, encoding="utf-8")
    _, found = consistency_findings(path, "fr")
    messages = {f.rule: f.message for f in found}
    assert messages["consistency.conflicting-values"] == (
        "Le contrat fixe ici le délai de paiement à quarante-cinq (45) jours, et à trente (30) jours à l'article 1.")
    assert messages["consistency.governing-law"] == (
        "Cet article applique le droit anglais ; l'article 3 applique le droit français.")


def test_the_text_report_opens_with_the_key_terms(tmp_path):
    path = tmp_path / "supply.txt"
    path.write_text(SUPPLY, encoding="utf-8")
    text = CliRunner().invoke(cli, ["lint", str(path)], catch_exceptions=False).output
    assert text.splitlines()[1] == "  key terms: term four (4) years · payment thirty (30) days"
    french = tmp_path / "contrat.txt"
    french.write_text(FRENCH, encoding="utf-8")
    text = CliRunner().invoke(cli, ["lint", str(french)], catch_exceptions=False).output
    assert text.splitlines()[1] == "  termes clés\u00a0: paiement trente (30) jours · droit France"
