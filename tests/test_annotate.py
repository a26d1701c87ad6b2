"""``clausekit lint --annotate``: the annotated Word copy, reopened with python-docx and lxml.

The contracts are real drafts from the generator with one checklist clause removed
(pilot: missing) and one paragraph removed from another (alignment: weak), in French
and in English. A copy must carry one comment per weak item on the paragraph the
report names, a summary comment, and, with --propose, the missing clause as tracked
insertions in the document's own heading and numbering; everything else must stay
exactly as it was.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from clausekit.cli import main
from clausekit.drafting.docx_writer import docx_bytes
from clausekit.drafting.generator import build_draft, example_answers, load_template
from clausekit.review.lint import lint_path
from clausekit.review.read import read_document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
TITLES = {"pilot": {"en": "Pilot Phase", "fr": "Phase pilote"},
          "alignment": {"en": "Strategic Alignment Review", "fr": "Alignement stratégique"},
          "governing_law": {"en": "Governing Law and Jurisdiction",
                            "fr": "Droit applicable et juridiction compétente"}}
ALIGNMENT_REVIEW_PARAGRAPH = 4  # removing it leaves the alignment clause without its periodic review
PARSER = etree.XMLParser(resolve_entities=False, remove_blank_text=True)


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _normal(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def _heading_index(document, title: str) -> int:
    return next(i for i, p in enumerate(document.paragraphs) if _normal(p.text) == title)


def _clause_end(document, start: int) -> int:
    style = document.paragraphs[start].style.name
    return next(i for i in range(start + 1, len(document.paragraphs)) if document.paragraphs[i].style.name == style)


def _remove(paragraph) -> None:
    paragraph._p.getparent().remove(paragraph._p)


def build_contract(folder: Path, lang: str) -> Path:
    """A co-branding draft without its pilot clause and without its alignment review."""
    template = load_template("co_branding")
    draft = build_draft(template, example_answers(template), lang, "preferred")
    document = docx.Document(io.BytesIO(docx_bytes(draft)))
    alignment = _heading_index(document, TITLES["alignment"][lang])
    _remove(document.paragraphs[alignment + ALIGNMENT_REVIEW_PARAGRAPH])
    start = _heading_index(document, TITLES["pilot"][lang])
    for paragraph in document.paragraphs[start:_clause_end(document, start)]:
        _remove(paragraph)
    path = folder / f"contract.{lang}.docx"
    document.save(path)
    return path


@pytest.fixture(scope="module", params=["en", "fr"])
def contract(request, tmp_path_factory):
    """(lang, original, its report, annotated copy, annotated copy with --propose)."""
    lang = request.param
    folder = tmp_path_factory.mktemp(f"annotate-{lang}")
    original = build_contract(folder, lang)
    digest = hashlib.sha256(original.read_bytes()).hexdigest()
    copies = {}
    for name, extra in (("plain", []), ("proposed", ["--propose"])):
        copies[name] = folder / f"reviewed-{name}.docx"
        with pytest.raises(SystemExit) as exit_info:
            main(["lint", str(original), "--annotate", str(copies[name]), *extra])
        assert exit_info.value.code == 1  # the contract has errors: lint's exit code is kept
    assert hashlib.sha256(original.read_bytes()).hexdigest() == digest  # the original is only read
    report = lint_path(original)
    statuses = {item.id: item.status for item in report.items}
    assert statuses["pilot"] == "missing" and statuses["alignment"] == "weak"
    return lang, original, report, copies["plain"], copies["proposed"]


def _part(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read(name), PARSER)


def _text(element: etree._Element) -> str:
    return _normal("".join(t.text or "" for t in element.iter(w("t"))))


def _comments(path: Path) -> dict[str, list[str]]:
    """Comment id -> its paragraphs' texts."""
    root = _part(path, "word/comments.xml")
    return {c.get(w("id")): [_text(p) for p in c.iter(w("p"))] for c in root.iter(w("comment"))}


def _anchored_paragraph(body: etree._Element, comment_id: str) -> etree._Element:
    start = body.xpath(f"//w:commentRangeStart[@w:id='{comment_id}']", namespaces=NS)
    assert len(start) == 1
    end = body.xpath(f"//w:commentRangeEnd[@w:id='{comment_id}']", namespaces=NS)
    reference = body.xpath(f"//w:r/w:commentReference[@w:id='{comment_id}']", namespaces=NS)
    assert len(end) == 1 and len(reference) == 1
    paragraph = next(start[0].iterancestors(w("p")))
    assert next(end[0].iterancestors(w("p"))) is paragraph  # the range covers that paragraph
    return paragraph


def reject_deletions(root: etree._Element) -> None:
    """Undo clausekit's tracked deletions as Word's "Reject" does: the runs back in place, their
    text as w:t, the paragraph marks no longer deleted."""
    for deleted in etree.XPath("//w:del[@w:author='clausekit']", namespaces=NS)(root):
        parent = deleted.getparent()
        if parent.tag == w("rPr"):  # a deleted paragraph mark
            parent.remove(deleted)
            ppr = parent.getparent()
            if not len(parent):
                ppr.remove(parent)
            if not len(ppr):
                ppr.getparent().remove(ppr)
            continue
        for run in list(deleted):
            for text in run.iter(w("delText")):
                text.tag = w("t")
            for instruction in run.iter(w("delInstrText")):
                instruction.tag = w("instrText")
            deleted.addprevious(run)
        parent.remove(deleted)


def _inserted_paragraphs(root: etree._Element) -> list[etree._Element]:
    return etree.XPath("//w:p[w:pPr/w:rPr/w:ins[@w:author='clausekit']]", namespaces=NS)(root)


def _without_additions(root: etree._Element) -> bytes:
    """The document as it was: clausekit's changes rejected (its paragraphs taken out, its
    deletions undone) and every comment anchor taken out."""
    for paragraph in _inserted_paragraphs(root):
        paragraph.getparent().remove(paragraph)
    reject_deletions(root)
    for marker in root.xpath("//w:commentRangeStart | //w:commentRangeEnd | //w:r[w:commentReference]",
                             namespaces=NS):
        marker.getparent().remove(marker)
    return etree.tostring(root, method="c14n")


def test_one_comment_per_weak_item_on_the_paragraph_the_report_names(contract):
    lang, original, report, annotated, _ = contract
    comments = _comments(annotated)
    weak = [item for item in report.items if item.status == "weak"]
    assert weak
    assert len(comments) == 1 + len(weak)  # and the summary
    authors = {c.get(w("author")) for c in _part(annotated, "word/comments.xml").iter(w("comment"))}
    assert authors == {"clausekit"}
    body = _part(annotated, "word/document.xml")
    paragraphs = read_document(original).paragraphs
    prefix = {"en": "Weak clause: ", "fr": "Clause faible\u00a0: "}[lang]
    for item in weak:
        found = [cid for cid, texts in comments.items() if texts[0] == _normal(prefix + item.title)]
        assert len(found) == 1, item.id
        texts = comments[found[0]]
        for finding in (f for f in report.findings if f.item == item.id):
            assert any(finding.message in text for text in texts)
        expected = paragraphs[item.evidence[0].location.paragraph - 1].text
        assert _text(_anchored_paragraph(body, found[0])) == _normal(expected)


def test_the_summary_comment_sits_on_the_first_paragraph_and_gives_the_verdict(contract):
    lang, original, report, annotated, _ = contract
    comments = _comments(annotated)
    summary_id = next(cid for cid, texts in comments.items() if texts[0].startswith(("clausekit", "Revue clausekit")))
    counts = report.counts("checklist")
    verdict = {"en": f"{counts['missing']} missing, {counts['weak']} weak",
               "fr": f"{counts['missing']} absente(s), {counts['weak']} faible(s)"}[lang]
    assert verdict in comments[summary_id][0]
    assert any(TITLES["pilot"][lang].lower() in text.lower() for text in comments[summary_id])
    body = _part(annotated, "word/document.xml")
    first = read_document(original).paragraphs[0].text
    assert _text(_anchored_paragraph(body, summary_id)) == _normal(first)


@pytest.mark.parametrize("copy", ["plain", "proposed"])
def test_everything_else_is_unchanged(contract, copy):
    _, original, _, plain, proposed = contract
    annotated = plain if copy == "plain" else proposed
    before = _part(original, "word/document.xml")
    after = _part(annotated, "word/document.xml")
    assert (len(_inserted_paragraphs(after)) > 0) == (copy == "proposed")
    assert _without_additions(after) == _without_additions(before)
    with zipfile.ZipFile(original) as old, zipfile.ZipFile(annotated) as new:
        added = set(new.namelist()) - set(old.namelist())
        assert added == {"word/comments.xml"}
        for name in old.namelist():
            if name in ("word/document.xml", "[Content_Types].xml", "word/_rels/document.xml.rels"):
                continue
            if name.endswith((".xml", ".rels")):
                assert etree.tostring(etree.fromstring(old.read(name), PARSER), method="c14n") == \
                    etree.tostring(etree.fromstring(new.read(name), PARSER), method="c14n"), name
            else:
                assert old.read(name) == new.read(name), name
    # Same paragraphs, text and styles as python-docx sees them.
    old_paragraphs = [(p.text, p.style.name) for p in docx.Document(str(original)).paragraphs]
    rejected = docx.Document(str(annotated))
    for paragraph in _inserted_paragraphs(rejected.element):
        paragraph.getparent().remove(paragraph)
    reject_deletions(rejected.element)
    assert [(p.text, p.style.name) for p in rejected.paragraphs] == old_paragraphs


def test_missing_clause_is_proposed_as_tracked_insertion_before_governing_law(contract):
    lang, original, report, _, proposed = contract
    body = _part(proposed, "word/document.xml")
    inserted = _inserted_paragraphs(body)
    texts = [_text(p) for p in inserted]
    start = texts.index(TITLES["pilot"][lang])  # the only missing checklist clause (a weak one was replaced)
    inserted, texts = inserted[start:], texts[start:]
    assert len(texts) > 5
    # One contiguous block, right before the governing law clause.
    following = inserted[-1].getnext()
    assert _text(following) == TITLES["governing_law"][lang]
    assert all(a.getnext() is b for a, b in zip(inserted, inserted[1:]))
    # Tracked changes Word can accept or reject: every run in a w:ins, every paragraph mark inserted.
    for paragraph in inserted:
        for run in paragraph.iter(w("r")):
            assert next(run.iterancestors(w("ins")), None) is not None
        for insertion in paragraph.iter(w("ins")):
            assert insertion.get(w("author")) == "clausekit"
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", insertion.get(w("date")))
    revision_ids = body.xpath("//w:ins/@w:id", namespaces=NS)
    other_ids = body.xpath("//w:del/@w:id | //w:bookmarkStart/@w:id", namespaces=NS)
    assert len(set(revision_ids)) == len(revision_ids) and not set(revision_ids) & set(other_ids)
    # The document's own heading and numbering: the same pPr as the governing law heading.
    heading_ppr = etree.tostring(following.find(w("pPr")), method="c14n")
    proposed_ppr = inserted[0].find(w("pPr"))
    proposed_ppr.remove(proposed_ppr.find(w("rPr")))
    assert etree.tostring(proposed_ppr, method="c14n") == heading_ppr
    # Placeholders are visible and highlighted; nothing of the template language is left.
    runs = [r for p in inserted for r in p.iter(w("r")) if r.find(w("t")) is not None]
    placeholders = [r for r in runs if r.find(w("t")).text.startswith("[")]
    assert placeholders
    assert all(r.find(f"{w('rPr')}/{w('highlight')}").get(w("val")) == "yellow" for r in placeholders)
    assert not any(marker in text for text in texts for marker in ("{{", "{%", "\ue020", "\ue021"))
    label = {"en": "[pilot duration]", "fr": "[durée de la phase pilote]"}[lang]
    assert any(label in text for text in texts)
    # A comment on the proposal says why it is there and what to fill in.
    comments = _comments(proposed)
    heading_comment = inserted[0].find(f".//{w('commentRangeStart')}").get(w("id"))
    assert any(label in text for text in comments[heading_comment])


def _accept_all(path: Path, target: Path) -> None:
    """What Word's "Accept all changes" does to clausekit's changes: deleted paragraphs go, inserted ones stay."""
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                root = etree.fromstring(data, PARSER)
                for paragraph in root.xpath("//w:p[w:pPr/w:rPr/w:del]", namespaces=NS):
                    kept = [r for r in paragraph.iter(w("r")) if next(r.iterancestors(w("del")), None) is None]
                    assert not kept, "clausekit deletes whole paragraphs only"
                    paragraph.getparent().remove(paragraph)
                for deleted in root.xpath("//w:del", namespaces=NS):
                    deleted.getparent().remove(deleted)
                for mark in root.xpath("//w:pPr/w:rPr/w:ins", namespaces=NS):
                    mark.getparent().remove(mark)
                for insertion in root.xpath("//w:ins", namespaces=NS):
                    parent = insertion.getparent()
                    index = parent.index(insertion)
                    for child in reversed(list(insertion)):
                        parent.insert(index, child)
                    parent.remove(insertion)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            out.writestr(item, data)


def test_accepting_the_proposal_gives_a_numbered_pilot_clause(contract, tmp_path):
    lang, original, report, _, proposed = contract
    accepted = tmp_path / "accepted.docx"
    _accept_all(proposed, accepted)
    before = {s.heading: s.number for s in read_document(original).sections}
    after = {s.heading: s.number for s in read_document(accepted).sections}
    governing_law = TITLES["governing_law"][lang]
    assert after[TITLES["pilot"][lang]] == before[governing_law]  # Word numbers it in the clause list
    assert int(after[governing_law]) == int(before[governing_law]) + 1  # and renumbers what follows
    statuses = {item.id: item.status for item in lint_path(accepted).items}
    assert statuses["pilot"] != "missing"  # placeholders still to fill in: weak at most


def test_typed_article_numbers_and_capitals_are_followed(tmp_path):
    """A contract whose headings are typed ("ARTICLE 3 – DROIT APPLICABLE", bold) gets proposals in that form."""
    document = docx.Document()
    document.add_paragraph("CONTRAT DE PARTENARIAT COMMERCIAL")
    sections = [("OBJET", "Le présent contrat organise un partenariat commercial entre les Parties pour la "
                          "distribution croisée de leurs produits auprès de leurs clientèles respectives."),
                ("DURÉE", "Le contrat est conclu pour une durée de deux ans à compter de sa signature."),
                ("DROIT APPLICABLE", "Le contrat est soumis au droit français.")]
    for number, (title, text) in enumerate(sections, 1):
        heading = document.add_paragraph()
        heading.add_run(f"ARTICLE {number} – {title}").bold = True
        document.add_paragraph(text)
    original = tmp_path / "typed.docx"
    document.save(original)
    annotated = tmp_path / "typed-reviewed.docx"
    with pytest.raises(SystemExit):
        main(["lint", str(original), "--profile", "partnership", "--annotate", str(annotated), "--propose"])
    body = _part(annotated, "word/document.xml")
    inserted = _inserted_paragraphs(body)
    headings = [p for p in inserted if _text(p).startswith("ARTICLE")]
    assert [_text(p) for p in headings][:2] == ["ARTICLE [n°] – PHASE PILOTE",
                                                "ARTICLE [n°] – RÉSILIATION, SORTIE DU PARTENARIAT ET GESTION DE LA RUPTURE"]
    assert all(p.find(f".//{w('rPr')}/{w('b')}") is not None for p in headings)
    assert _text(inserted[-1].getnext()) == "ARTICLE 3 – DROIT APPLICABLE"


def test_pdf_input_gets_a_review_report(tmp_path, readers_layout_pdf):
    annotated = tmp_path / "review.docx"
    with pytest.raises(SystemExit):
        main(["lint", str(readers_layout_pdf), "--profile", "supplier", "--annotate", str(annotated)])
    report = lint_path(readers_layout_pdf, profile="supplier")
    word = docx.Document(str(annotated))
    assert word.paragraphs[0].text == "clausekit review"
    rows = [[cell.text for cell in row.cells] for table in word.tables for row in table.rows[1:]]
    assert len(rows) == len(report.items)
    by_title = {row[0]: row for row in rows}
    for item in report.items:
        row = by_title[item.title]
        assert item.status in row[1]
        for evidence in item.evidence:
            assert evidence.text in row[2] and f"page {evidence.location.page}" in row[2]
    missing = [i for i in report.items if i.kind == "checklist" and i.status == "missing"]
    proposed = [p.text for p in word.paragraphs if p.style.name == "Heading 2"]
    assert missing and len(proposed) == len(missing)
    assert any("[" in p.text for p in word.paragraphs)


def test_text_input_gets_a_review_report_in_its_language(tmp_path):
    source = Path(__file__).parent / "data" / "contracts" / "supplier_weak.fr.txt"
    annotated = tmp_path / "revue.docx"
    with pytest.raises(SystemExit):
        main(["lint", str(source), "--annotate", str(annotated)])
    word = docx.Document(str(annotated))
    assert word.paragraphs[0].text == "Revue clausekit"
    statuses = {row.cells[1].text for table in word.tables for row in table.rows[1:]}
    assert statuses <= {"✓ solide", "! faible", "✗ absente"} and "! faible" in statuses


@pytest.mark.parametrize("arguments, message", [
    (["--propose"], "--propose needs --annotate FILE"),
    (["--annotate", "{original}"], "is the document under review"),
    (["--annotate", "{existing}"], "already exists; use --force"),
    (["--annotate", "{folder}/out.pdf"], "give it a .docx name"),
    (["{other}", "--annotate", "{folder}/out.docx"], "takes exactly one document"),
])
def test_refusals_name_the_problem_and_touch_nothing(tmp_path, capsys, arguments, message):
    original = tmp_path / "contract.docx"
    document = docx.Document()
    document.add_paragraph("The supplier shall deliver the goods.")
    document.save(original)
    document.save(tmp_path / "other.docx")
    existing = tmp_path / "existing.docx"
    existing.write_bytes(b"keep me")
    digest = hashlib.sha256(original.read_bytes()).hexdigest()
    filled = [a.format(original=original, existing=existing, folder=tmp_path, other=tmp_path / "other.docx")
              for a in arguments]
    with pytest.raises(SystemExit) as exit_info:
        main(["lint", str(original), *filled])
    assert exit_info.value.code == 2
    error = capsys.readouterr().err
    assert message in error and "Traceback" not in error
    assert existing.read_bytes() == b"keep me"
    assert hashlib.sha256(original.read_bytes()).hexdigest() == digest
    assert not (tmp_path / "out.docx").exists()


def test_force_overwrites_an_earlier_copy(tmp_path):
    original = tmp_path / "contract.docx"
    document = docx.Document()
    document.add_paragraph("PARTNERSHIP AGREEMENT")
    document.add_paragraph("The Parties shall meet to discuss the partnership from time to time.")
    document.save(original)
    annotated = tmp_path / "reviewed.docx"
    annotated.write_bytes(b"old")
    with pytest.raises(SystemExit):
        main(["lint", str(original), "--annotate", str(annotated), "--force"])
    assert len(docx.Document(str(annotated)).comments) >= 1
