"""``lint --annotate OUT --propose``: a weak checklist clause replaced by the library's wording as
Word tracked changes (w:del of the received text, w:ins of the new one, in the clause's own look),
the variables taken from the contract where it states them; accepting every change gives a
contract that lints strong on that item."""

from __future__ import annotations

import io
import zipfile
from functools import cache
from pathlib import Path

import docx
import pytest
import yaml
from lxml import etree

from clausekit.checklist import load_checklist
from clausekit.cli import main
from clausekit.drafting.docx_writer import docx_bytes
from clausekit.drafting.generator import build_draft, example_answers, load_template
from clausekit.drafting.library import default_library, find_clause
from clausekit.drafting.manifest import template_ids
from clausekit.review.lint import lint_path
from clausekit.resources import data_dir
from weakening import weakened_draft

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
ITEMS = Path(__file__).parents[1] / "items"
CHECKLIST = load_checklist()
TEMPLATES = template_ids(data_dir("templates"))


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


@cache
def draft_bytes(template_id: str, lang: str) -> bytes:
    template = load_template(template_id)
    return docx_bytes(build_draft(template, example_answers(template), lang, "preferred"))


def template_for(item: str) -> str:
    profile = CHECKLIST.item(item).profiles[0]
    return next(t for t in TEMPLATES if load_template(t).manifest.profile == profile)


def first_variants():
    """One weakened variant of each checklist item that has some, in both languages."""
    for path in sorted(ITEMS.glob("*/weakened.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        if CHECKLIST.item(raw["item"]).kind != "checklist":
            continue
        for lang in ("fr", "en"):
            yield pytest.param(raw["item"], raw["variants"][0], lang, id=f"{raw['item']}-{lang}")


def weak_contract(folder: Path, item: str, variant: dict, lang: str) -> Path:
    template_id = template_for(item)
    document = docx.Document(io.BytesIO(draft_bytes(template_id, lang)))
    weakened_draft(document, find_clause(default_library(), item).title[lang], variant, lang)
    path = folder / f"weak-{item}-{lang}.docx"
    document.save(path)
    return path


def lint(*args: str) -> int:
    with pytest.raises(SystemExit) as exit_:
        main(["lint", *args])
    return exit_.value.code


def document_xml(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read("word/document.xml"))


def accept_all(path: Path, target: Path) -> None:
    """Word's "Accept all changes": deleted paragraphs and runs go, inserted ones stay."""
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == "word/document.xml":
                root = etree.fromstring(data)
                for paragraph in root.xpath("//w:p[w:pPr/w:rPr/w:del]", namespaces=NS):
                    paragraph.getparent().remove(paragraph)
                for element in root.xpath("//w:del | //w:pPr/w:rPr/w:ins", namespaces=NS):
                    element.getparent().remove(element)
                for insertion in root.xpath("//w:ins", namespaces=NS):
                    for child in list(insertion):
                        insertion.addprevious(child)
                    insertion.getparent().remove(insertion)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            out.writestr(entry, data)


def texts(root: etree._Element, tag: str) -> str:
    return " ".join(" ".join(t.text or "" for t in root.iter(w(tag))).split())


def inserted_text(root: etree._Element) -> str:
    """The text clausekit inserted (inside its w:ins), not the document's own."""
    return " ".join(texts(insertion, "t") for insertion in root.xpath("//w:ins[@w:author='clausekit']", namespaces=NS))


def _normal(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


@pytest.mark.parametrize("item, variant, lang", list(first_variants()))
def test_a_weak_clause_is_redlined_and_accepting_it_lints_strong(tmp_path, monkeypatch, item, variant, lang):
    monkeypatch.chdir(tmp_path)
    weak = weak_contract(tmp_path, item, variant, lang)
    profile = CHECKLIST.item(item).profiles[0]
    before = {i.id: i.status for i in lint_path(weak, profile=profile).items}
    assert before[item] == "weak"
    lint(str(weak), "--profile", profile, "--annotate", "red.docx", "--propose")
    root = document_xml(tmp_path / "red.docx")
    inserted = texts(root, "t")
    deleted = root.xpath("//w:p[w:pPr/w:rPr/w:del]", namespaces=NS)
    # Exactly the received body, paragraph by paragraph, as tracked deletions; the heading stays.
    assert [_normal(texts(p, "delText")) for p in deleted] == [_normal(text) for text in variant[lang]]
    for paragraph in deleted:
        assert all(next(r.iterancestors(w("del")), None) is not None for r in paragraph.iter(w("r")))
        assert not list(paragraph.iter(w("t")))
    insertions = root.xpath("//w:ins[@w:author='clausekit']", namespaces=NS)
    assert insertions and inserted
    accepted = tmp_path / "accepted.docx"
    accept_all(tmp_path / "red.docx", accepted)
    after = {i.id: i.status for i in lint_path(accepted, profile=profile).items}
    assert after[item] == "strong", item
    worse = {i: s for i, s in after.items() if s == "missing" and before[i] != "missing"}
    assert not worse, worse  # nothing the clause carried is lost


def test_the_position_chooses_the_wording_and_the_comment_says_which(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    raw = yaml.safe_load((ITEMS / "pilot" / "weakened.yaml").read_text(encoding="utf-8"))
    weak = weak_contract(tmp_path, "pilot", raw["variants"][0], "en")
    clause = find_clause(default_library(), "pilot")
    lint(str(weak), "--annotate", "fallback.docx", "--propose")
    lint(str(weak), "--annotate", "preferred.docx", "--propose", "--position", "preferred")
    inserted = {name: inserted_text(document_xml(tmp_path / f"{name}.docx")) for name in ("fallback", "preferred")}
    assert "is a fixed term: any extension" in clause.paragraphs("preferred", "en")[0].text
    assert "Pilot Period is a fixed term" in inserted["preferred"]
    assert "Pilot Period is a fixed term" not in inserted["fallback"]
    with zipfile.ZipFile(tmp_path / "fallback.docx") as package:
        comments = texts(etree.fromstring(package.read("word/comments.xml")), "t")
    assert "Clause replaced by clausekit: Pilot Phase" in comments
    assert "fallback position" in comments
    assert "[first Party]" not in inserted["fallback"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_contract_s_party_names_fill_the_new_clause(tmp_path, monkeypatch, lang):
    monkeypatch.chdir(tmp_path)
    raw = yaml.safe_load((ITEMS / "term" / "weakened.yaml").read_text(encoding="utf-8"))
    weak = weak_contract(tmp_path, "term", raw["variants"][0], lang)
    lint(str(weak), "--annotate", "red.docx", "--propose", "--position", "preferred")  # notices per party
    inserted = inserted_text(document_xml(tmp_path / "red.docx"))
    assert inserted, "the weak term clause was replaced"
    parties = [fact.value for fact in lint_path(weak).facts if fact.kind == "party"]
    assert len(parties) == 2 and all(name in inserted for name in parties), (parties, inserted[:300])
    assert not any(label in inserted for label in ("[first Party]", "[second Party]", "[première Partie]",
                                                   "[seconde Partie]"))


def test_a_clause_holding_another_item_is_left_in_place_and_the_output_says_why(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    document = docx.Document()
    document.add_paragraph("COOPERATION AGREEMENT")
    document.add_paragraph("1. Pilot and term", style="Heading 1")
    document.add_paragraph("The Parties shall first run a pilot phase. This Agreement is entered into for an initial "
                           "term of two (2) years and is then renewed for successive periods of one (1) year "
                           "unless either Party gives notice of non-renewal at least three (3) months before the "
                           "end of the current period.")
    document.add_paragraph("2. Governing law", style="Heading 1")
    document.add_paragraph("This Agreement is governed by French law.")
    document.save(tmp_path / "shared.docx")
    report = {i.id: i for i in lint_path(tmp_path / "shared.docx", profile="partnership").items}
    assert report["pilot"].status == "weak" and report["term"].status != "missing"
    lint("shared.docx", "--profile", "partnership", "--annotate", "red.docx", "--propose")
    err = capsys.readouterr().err
    assert "weak clause(s) left in place (pilot: its clause also holds" in err
    assert not document_xml(tmp_path / "red.docx").xpath("//w:del", namespaces=NS)


def test_text_input_gets_the_redrafted_clause_in_its_review_report(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    raw = yaml.safe_load((ITEMS / "pilot" / "weakened.yaml").read_text(encoding="utf-8"))
    contract = tmp_path / "contract.txt"
    contract.write_text("COOPERATION AGREEMENT\n\nBetween Alpha SAS (\"Alpha\") and Beta SARL (\"Beta\").\n\n"
                        "1. Pilot Phase\n\n" + "\n\n".join(raw["variants"][0]["en"]) + "\n\n2. Governing law\n\n"
                        "This Agreement is governed by French law.\n", encoding="utf-8")
    lint("contract.txt", "--profile", "partnership", "--annotate", "review.docx", "--propose")
    report = docx.Document(str(tmp_path / "review.docx"))
    paragraphs = [p.text for p in report.paragraphs]
    assert "Weak clauses redrafted" in paragraphs
    start = paragraphs.index("Weak clauses redrafted")
    redrafted = " ".join(paragraphs[start:])
    assert "Before any longer-term commitment, the Parties shall carry out a pilot phase" in redrafted
    assert "fallback position" in redrafted


def test_position_without_propose_is_refused(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "c.txt").write_text("This Agreement is governed by French law.\n", encoding="utf-8")
    assert lint("c.txt", "--position", "preferred") == 2
    assert "--position needs --propose" in capsys.readouterr().err


def test_a_company_playbook_supplies_the_wording_of_the_redline(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit):
        main(["playbook", "--lang", "en", "--format", "yaml", "-o", "playbook.yaml"])
    raw = yaml.safe_load((tmp_path / "playbook.yaml").read_text(encoding="utf-8"))
    reporting = next(p for p in raw["pilot"]["positions"]["fallback"]["en"] if p.get("id") == "reporting")
    reporting["text"] = ("Each Party shall enter in the shared Acme Pilot Dashboard, every week, the data needed to "
                         "measure the {{ term('pilot_kpis') }}.")
    (tmp_path / "company.yaml").write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
    variants = yaml.safe_load((ITEMS / "pilot" / "weakened.yaml").read_text(encoding="utf-8"))["variants"]
    weak = weak_contract(tmp_path, "pilot", variants[0], "en")
    lint(str(weak), "--annotate", "red.docx", "--propose", "--playbook", "company.yaml")
    inserted = inserted_text(document_xml(tmp_path / "red.docx"))
    assert "shared Acme Pilot Dashboard, every week, the data needed to measure the Pilot KPIs" in inserted
    accepted = tmp_path / "accepted.docx"
    accept_all(tmp_path / "red.docx", accepted)
    assert {i.id: i.status for i in lint_path(accepted).items}["pilot"] == "strong"
    capsys.readouterr()
    (tmp_path / "broken.yaml").write_text("pilot: [1, 2\n", encoding="utf-8")
    assert lint(str(weak), "--annotate", "red2.docx", "--propose", "--playbook", "broken.yaml") == 2
    assert "broken.yaml" in capsys.readouterr().err and not (tmp_path / "red2.docx").exists()
    assert lint(str(weak), "--playbook", "company.yaml") == 2


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("template_id", TEMPLATES)
def test_the_facts_name_the_two_parties_of_every_draft_in_the_preamble_s_order(tmp_path, template_id, lang):
    path = tmp_path / "draft.docx"
    path.write_bytes(draft_bytes(template_id, lang))
    answers = example_answers(load_template(template_id))
    parties = [fact.value for fact in lint_path(path).facts if fact.kind == "party"]
    assert parties == [answers["party_a"], answers["party_b"]]
