"""``generate T --lang fr,en``: one DOCX whose clauses stand in two aligned columns (the first
language on the left), one numbering, and a clause saying which version prevails."""

from __future__ import annotations

import re

import pytest
import yaml
from docx import Document as WordDocument

from clausekit.drafting.generator import build_draft, example_answers, load_template
from clausekit.drafting.manifest import template_ids
from clausekit.resources import data_dir

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NUMBER = re.compile(r"^(\d+(?:\.\d+)*)\.?\t")


def write_answers(folder, template_id: str, **extra) -> None:
    answers = {**yaml.safe_load((data_dir("templates") / "examples" / f"{template_id}.yaml").read_text("utf-8")),
               **extra}
    (folder / "deal.yaml").write_text(yaml.safe_dump(answers, allow_unicode=True), encoding="utf-8")


def columns(path) -> list[tuple[str, str]]:
    """The (left, right) text of each row of the clauses' table."""
    document = WordDocument(str(path))
    table = max(document.tables, key=lambda t: len(t.rows))
    return [(row.cells[0].text, row.cells[1].text) for row in table.rows]


@pytest.mark.parametrize("template_id", template_ids(data_dir("templates")))
def test_every_template_has_its_clauses_side_by_side_with_one_numbering(run, tmp_path, template_id):
    write_answers(tmp_path, template_id, prevailing_language="fr")
    code, _, err = run("generate", template_id, "--answers", "deal.yaml", "--lang", "fr,en", "-o", "bi.docx")
    assert code == 0, err
    rows = columns(tmp_path / "bi.docx")
    assert rows[0] == ("Français", "English")
    numbered = 0
    for left, right in rows[1:]:
        left_number, right_number = NUMBER.match(left), NUMBER.match(right)
        if left_number and right_number:  # the same number faces itself
            assert left_number.group(1) == right_number.group(1), (left[:60], right[:60])
            numbered += 1
    template = load_template(template_id)
    answers = {**example_answers(template), "prevailing_language": "fr"}
    headings = build_draft(template, answers, "fr").headings()
    heading_rows = [left for left, _ in rows if re.match(r"^\d+\.\t", left)]
    assert len(heading_rows) == len(headings) and numbered > 40
    # both versions say the French one prevails, each in its language
    assert any("seule la version française fait foi" in left and "the French version shall prevail" in right
               for left, right in rows)
    assert not any("made in the English language" in right for _, right in rows)


def test_definitions_face_the_definition_of_the_same_term(run, tmp_path):
    write_answers(tmp_path, "supplier_spot", prevailing_language="en")
    code, _, err = run("generate", "supplier_spot", "--answers", "deal.yaml", "--lang", "fr,en", "-o", "bi.docx")
    assert code == 0, err
    rows = columns(tmp_path / "bi.docx")
    pairs = {}
    for left, right in rows:
        left = left.replace("\u00a0", " ")
        if left.startswith("1.1.") and "\t« " in left:
            pairs[left.split("\t")[1].split(" »")[0] + " »"] = right
    # the preamble faces itself paragraph by paragraph; « D'UNE PART, », which English does without, faces nothing
    assert ("ENTRE LES SOUSSIGNÉES\u00a0:", "BETWEEN:") in rows and ("D’UNE PART,", "") in rows
    assert ("ET\u00a0:", "AND:") in rows and ("IL A ÉTÉ PRÉALABLEMENT EXPOSÉ CE QUI SUIT\u00a0:", "RECITALS") in rows
    assert "Purchase Order" in pairs["« Bon de Commande »"]
    assert "Force Majeure Event" in pairs["« Cas de Force Majeure »"]
    assert any("seule la version anglaise fait foi" in left and "the English version shall prevail" in right
               for left, right in rows)


def test_the_right_column_is_proofread_in_its_language_and_headings_feed_the_contents(run, tmp_path):
    write_answers(tmp_path, "affiliation", prevailing_language="en")
    code, _, err = run("generate", "affiliation", "--answers", "deal.yaml", "--lang", "en,fr", "-o", "bi.docx")
    assert code == 0, err
    document = WordDocument(str(tmp_path / "bi.docx"))
    table = max(document.tables, key=lambda t: len(t.rows))
    assert (table.rows[0].cells[0].text, table.rows[0].cells[1].text) == ("English", "Français")
    right_runs = [r for row in table.rows[1:] for p in row.cells[1].paragraphs for r in p.runs if r.text.strip()]
    assert right_runs and all(r._r.find(f"{W}rPr/{W}lang").get(f"{W}val") == "fr-FR" for r in right_runs)
    outline = [p for row in table.rows for p in row.cells[0].paragraphs
               if p._p.find(f"{W}pPr/{W}outlineLvl") is not None]
    contents = [p.text for p in document.paragraphs if p.style.name == "toc 1"]
    assert len(outline) == len(contents) > 10
    assert all(entry.rsplit("\t", 1)[1].isdigit() for entry in contents)  # with their page numbers
    assert not [p for row in table.rows for c in row.cells for p in c.paragraphs
                if p._p.find(f"{W}pPr/{W}numPr") is not None], "typed numbers, not two Word lists"
    assert document.core_properties.title == "Affiliation Agreement / Contrat d'affiliation"


def test_a_bilingual_draft_needs_to_know_which_version_prevails(run, tmp_path):
    write_answers(tmp_path, "supplier_spot")
    code, _, err = run("generate", "supplier_spot", "--answers", "deal.yaml", "--lang", "fr,en", "-o", "bi.docx")
    assert code == 2 and "needs the answer prevailing_language (fr or en)" in err
    assert not (tmp_path / "bi.docx").exists()
    code, _, err = run("generate", "supplier_spot", "--answers", "deal.yaml", "--lang", "fr,fr", "-o", "bi.docx")
    assert code == 2 and "two different ones" in err


def test_a_one_language_draft_ignores_the_prevailing_language(run, tmp_path):
    write_answers(tmp_path, "supplier_spot", prevailing_language="fr")
    code, _, err = run("generate", "supplier_spot", "--answers", "deal.yaml", "--lang", "en", "-o", "en.docx")
    assert code == 0, err
    text = "\n".join(p.text for p in WordDocument(str(tmp_path / "en.docx")).paragraphs)
    assert "This Agreement is made in the English language" in text and "side by side" not in text
    assert example_answers(load_template("supplier_spot")).get("prevailing_language") is None


def test_a_bilingual_draft_titles_each_schedule_page_in_both_languages(tmp_path):
    from clausekit.drafting.docx_writer import docx_bytes
    from clausekit.drafting.generator import build_draft, example_answers, load_template

    template = load_template("supplier_long_term")
    answers = {**example_answers(template), "prevailing_language": "fr", "schedules": ["Spécifications"]}
    french, english = (build_draft(template, answers, lang) for lang in ("fr", "en"))
    path = tmp_path / "bi.docx"
    path.write_bytes(docx_bytes(french, beside=english))
    paragraphs = [p.text for p in WordDocument(path).paragraphs]
    assert paragraphs[-2:] == ["Annexe 1 / Schedule 1 – Spécifications", "[À compléter\u00a0: joindre Spécifications]"]
