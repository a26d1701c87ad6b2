"""The drafting commands through the real entry point: exit codes, messages, files written or not."""

from __future__ import annotations

import io
import json
import os
import pty
import select
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
import yaml
from docx import Document as WordDocument
from docx.oxml.ns import qn

from clausekit.drafting.library import clause_ids, default_library
from clausekit.resources import data_dir

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = data_dir("templates") / "examples"
MINI = ["--library", str(FIXTURES / "clauses"), "--templates-dir", str(FIXTURES / "templates")]


def write_answers(tmp_path: Path, answers: dict, name: str = "deal.yaml") -> str:
    (tmp_path / name).write_text(yaml.safe_dump(answers, allow_unicode=True), encoding="utf-8")
    return name


def example(template_id: str) -> dict:
    return yaml.safe_load((EXAMPLES / f"{template_id}.yaml").read_text(encoding="utf-8"))


def docx_text(path: Path) -> str:
    document = WordDocument(path)
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    parts += [p.text for p in document.sections[0].header.paragraphs]
    return "\n".join(parts)


# ---- listing ---------------------------------------------------------------------------

def test_templates_lists_each_id_with_its_description(run):
    code, out, _ = run("templates")
    assert code == 0
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == ["affiliation", "co_branding", "joint_venture", "supplier_framework",
                                                   "supplier_long_term", "supplier_spot", "supplier_strategic_equity"]
    assert "Partnership, light" in lines[0]
    code, out, _ = run("templates", "--lang", "fr")
    assert code == 0 and "Partenariat léger" in out.splitlines()[0]


def test_clauses_lists_id_item_title_and_filters_by_item(run):
    code, out, _ = run("clauses")
    assert code == 0 and len(out.splitlines()) == len(clause_ids(*default_library()))  # a line per clause
    assert any(line.split() == ["pilot", "pilot", "Pilot", "Phase"] for line in out.splitlines())
    code, out, _ = run("clauses", "--item", "renewal", "--lang", "fr")
    assert code == 0 and out.split() == ["term", "term", "Durée", "et", "reconduction"]
    code, _, err = run("clauses", "--item", "pilots")
    assert code == 2 and "unknown checklist item 'pilots'; valid: pilot, exit" in err


def test_clause_show_prints_variables_texts_and_note(run):
    code, out, _ = run("clause", "show", "pilot", "--lang", "fr", *MINI[:2])
    assert code == 0
    assert out.startswith("pilot: Phase pilote\nitem: pilot\n")
    assert "pilot_duration (duration; default 4 months; min 3 months, max 6 months)" in out
    assert "Durée de la phase pilote (3 à 6 mois)." in out
    assert "position preferred:" in out and "position fallback:" in out
    assert "2. [kpi] Les Parties mesurent [pilot_kpis]" in out  # readable, the variable marked
    assert "{{" not in out and "{%" not in out
    assert "drafting note:\n  Garder la phase pilote courte." in out
    code, out, _ = run("clause", "show", "pilot", "--lang", "fr", "--raw", *MINI[:2])
    assert code == 0 and "2. [kpi] Les Parties mesurent {{ pilot_kpis }}" in out
    code, out, _ = run("clause", "show", "pilot", "--position", "fallback", *MINI[:2])
    assert code == 0 and "position preferred:" not in out and "position fallback:" in out


@pytest.mark.parametrize("args, message", [
    (["clause", "show", "pilots"], "unknown clause 'pilots'; valid: affiliation_commission, alignment"),
    (["clause", "show", "notices", "--position", "fallback"],
     "clause notices has no fallback position; valid: preferred"),
    (["clause", "show", "pilot", "--position", "best"], "unknown position 'best'; valid: preferred, fallback"),
    (["clause", "show", "pilot", "--lang", "de"], "unknown language 'de'; valid: en, fr"),
])
def test_clause_show_errors(run, args, message):
    code, out, err = run(*args)
    assert code == 2 and out == ""
    assert err.startswith(f"clausekit: error: {message}")
    assert len(err.strip().splitlines()) == 1


# ---- init and generate ---------------------------------------------------------------------

def test_init_writes_an_answers_file_that_generates_as_it_is(run, tmp_path):
    code, _, err = run("init", "supplier_framework", "-o", "deal.yaml", "--lang", "fr")
    assert code == 0 and "wrote deal.yaml" in err
    text = (tmp_path / "deal.yaml").read_text(encoding="utf-8")
    assert "party_a_name: Clinique du Parc SAS" in text
    assert "# Durée initiale déterminée" in text and "term_duration: 2 years" in text
    code, _, _ = run("generate", "supplier_framework", "--answers", "deal.yaml", "--lang", "fr", "-o", "contract.docx")
    assert code == 0
    assert "Clinique du Parc SAS" in docx_text(tmp_path / "contract.docx")
    code, _, err = run("init", "supplier_framework", "-o", "deal.yaml")
    assert code == 2 and "deal.yaml: already exists; use --force to overwrite it" in err
    assert run("init", "supplier_framework", "-o", "deal.yaml", "--force")[0] == 0


def test_generate_writes_the_docx_with_values_intact(run, tmp_path):
    answers = {**example("affiliation"), "party_a_name": "Martin & Fils <SA>", "party_b": "{{ 7*7 }}",
               "contract_title": "Accord {% if x %}"}
    write_answers(tmp_path, answers)
    code, _, err = run("generate", "affiliation", "--answers", "deal.yaml", "--lang", "en", "-o", "out.docx")
    assert code == 0, err
    with zipfile.ZipFile(tmp_path / "out.docx") as archive:
        xml = archive.read("word/document.xml").decode()
    assert "Martin &amp; Fils &lt;SA&gt;" in xml and "&amp;amp;" not in xml
    text = docx_text(tmp_path / "out.docx")
    assert "Martin & Fils <SA>" in text
    assert "(hereinafter \u201c{{ 7*7 }}\u201d)" in text and "\u201c49\u201d" not in text
    assert text.count("{{ 7*7 }}") > 10
    assert "Accord {% if x %}" in text  # the title, on the cover and in the header


def problems_of(err: str) -> list[str]:
    return [line[4:] for line in err.splitlines() if line.startswith("  - ")]


def test_generate_reports_every_problem_and_writes_nothing(run, tmp_path):
    answers = {**example("affiliation"), "pilot_duration": "12 months", "effective_date": "tomorrow",
               "affiliation_commission_rate": "lots", "colour": "blue"}
    write_answers(tmp_path, answers)
    code, out, err = run("generate", "affiliation", "--answers", "deal.yaml", "--lang", "en", "-o", "out.docx")
    assert code == 2 and out == ""
    assert err.splitlines()[0] == "clausekit: error: deal.yaml: 4 problem(s) in the answers; nothing was written:"
    problems = problems_of(err)
    assert 'pilot_duration: "12 months" is above the maximum 6 months (rule: max 6 months)' in problems
    assert any(p.startswith('effective_date: "tomorrow" is not a date') for p in problems)
    assert any(p.startswith('affiliation_commission_rate: "lots" is not a percentage') for p in problems)
    assert "colour: unknown variable for template affiliation" in problems
    assert not (tmp_path / "out.docx").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["deal.yaml"]  # no temporary file left behind


def test_generate_with_missing_required_answers_and_no_input(run, tmp_path):
    write_answers(tmp_path, {"party_a_name": "Martin & Fils SAS"})
    code, _, err = run("generate", "supplier_spot", "--answers", "deal.yaml", "--lang", "fr", "-o", "out.docx",
                       "--no-input")
    assert code == 2
    missing = sorted(p.split(":")[0] for p in problems_of(err))
    # every fact nobody gave, at once: no invented company, address or signatory fills them
    assert missing == sorted(["effective_date", "party_a", "party_b", "party_b_name", "place_of_signature",
                              *(f"party_{side}_{fact}" for side in "ab" for fact in (
                                  "legal_form", "share_capital", "registered_office", "register_city",
                                  "registration_number", "representative", "representative_title",
                                  "notice_address", "notice_attention", "notice_email"))])
    assert all("(rule: required)" in p for p in problems_of(err))
    assert "--draft" in err.splitlines()[-1]


@pytest.mark.parametrize("setup, args, message", [
    (None, ["generate", "affiliaton", "--lang", "en", "-o", "x.docx"],
     "unknown template 'affiliaton'; valid: affiliation, co_branding, joint_venture"),
    (None, ["generate", "affiliation", "--lang", "de", "-o", "x.docx"], "unknown language 'de'; valid: en, fr"),
    (None, ["generate", "affiliation", "--lang", "en", "--position", "strong", "-o", "x.docx"],
     "unknown position 'strong'; valid: preferred, fallback"),
    ("party_a_name: [oops\n", ["generate", "affiliation", "--answers", "deal.yaml", "--lang", "en", "-o", "x.docx"],
     "deal.yaml: not valid YAML (line 2, column 1)"),
    ("- just\n- a list\n", ["generate", "affiliation", "--answers", "deal.yaml", "--lang", "en", "-o", "x.docx"],
     "deal.yaml: an answers file must be a mapping of variable: value"),
    (None, ["generate", "affiliation", "--answers", "missing.yaml", "--lang", "en", "-o", "x.docx"],
     "missing.yaml: no such file"),
    (None, ["generate", "affiliation", "--lang", "en", "-o", "nofolder/x.docx"], "folder nofolder does not exist"),
])
def test_generate_input_errors_are_one_line_and_exit_2(run, tmp_path, setup, args, message):
    if setup is not None:
        (tmp_path / "deal.yaml").write_text(setup, encoding="utf-8")
    code, out, err = run(*args)
    assert code == 2 and out == ""
    assert err.startswith("clausekit: error: ") and message in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.docx").exists()


def test_generate_refuses_an_existing_output_without_force(run, tmp_path):
    write_answers(tmp_path, example("supplier_spot"))
    (tmp_path / "out.docx").write_bytes(b"keep me")
    args = ["generate", "supplier_spot", "--answers", "deal.yaml", "--lang", "en", "-o", "out.docx"]
    code, _, err = run(*args)
    assert code == 2 and "out.docx: already exists; use --force to overwrite it" in err
    assert (tmp_path / "out.docx").read_bytes() == b"keep me"
    assert run(*args, "--force")[0] == 0
    assert zipfile.is_zipfile(tmp_path / "out.docx")


def test_pdf_without_libreoffice_keeps_the_docx(run, tmp_path, monkeypatch):
    write_answers(tmp_path, example("supplier_spot"))
    empty_path = tmp_path / "bin"
    empty_path.mkdir()
    monkeypatch.setenv("PATH", str(empty_path))
    code, _, err = run("generate", "supplier_spot", "--answers", "deal.yaml", "--lang", "fr", "-o", "out.docx", "--pdf")
    assert code == 2
    assert "LibreOffice is not installed: cannot convert to PDF (the DOCX was written)" in err
    assert "Boulangeries Moreau SAS" in docx_text(tmp_path / "out.docx")
    assert not (tmp_path / "out.pdf").exists()


def test_pdf_refuses_an_existing_pdf_before_writing_anything(run, tmp_path):
    write_answers(tmp_path, example("supplier_spot"))
    (tmp_path / "out.pdf").write_bytes(b"%PDF old")
    code, _, err = run("generate", "supplier_spot", "--answers", "deal.yaml", "--lang", "fr", "-o", "out.docx", "--pdf")
    assert code == 2 and "out.pdf: already exists" in err
    assert not (tmp_path / "out.docx").exists()


@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")), reason="needs LibreOffice")
def test_pdf_with_libreoffice_has_the_contract_and_a_paginated_table_of_contents(run, tmp_path):
    import pypdfium2

    write_answers(tmp_path, example("supplier_spot"))
    code, _, err = run("generate", "supplier_spot", "--answers", "deal.yaml", "--lang", "fr", "-o", "out.docx", "--pdf")
    assert code == 0, err
    pdf = pypdfium2.PdfDocument(tmp_path / "out.pdf")
    try:
        pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()
    assert len(pages) > 5
    assert "Boulangeries Moreau SAS" in pages[0] and "Page 2 sur" in pages[1]
    contents = pages[1].splitlines()
    entry = next(line for line in contents if line.startswith("1. Définitions"))
    assert entry.rstrip()[-1].isdigit(), "the table of contents shows page numbers"


# ---- the process boundary -------------------------------------------------------------------

def clausekit(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "clausekit", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=60)


def test_python_m_clausekit_exit_codes(tmp_path):
    write_answers(tmp_path, example("joint_venture"))
    done = clausekit("generate", "joint_venture", "--answers", "deal.yaml", "--lang", "fr", "-o", "jv.docx",
                     "--position", "fallback", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Durand Bernard Hydrogène" in docx_text(tmp_path / "jv.docx")
    failed = clausekit("generate", "nope", "--lang", "fr", "-o", "x.docx", cwd=tmp_path)
    assert failed.returncode == 2
    assert failed.stderr.startswith("clausekit: error: unknown template 'nope'") and "Traceback" not in failed.stderr


def read_until(fd: int, wanted: str, timeout: float = 20) -> str:
    seen, deadline = "", time.monotonic() + timeout
    while wanted not in seen:
        if time.monotonic() > deadline:
            raise AssertionError(f"never saw {wanted!r}; got {seen!r}")
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                seen += os.read(fd, 4096).decode("utf-8", "replace")
            except OSError:
                break
    return seen


def _generate_on_a_terminal(folder: Path, lang: str):
    """``clausekit generate mini`` with deal.yaml, its terminal a pseudo-terminal: the process and the leader."""
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "clausekit", "generate", "mini", "--answers", "deal.yaml",
                                "--lang", lang, "-o", "mini.docx", *MINI], cwd=folder,
                               stdin=follower, stdout=follower, stderr=follower, close_fds=True)
    os.close(follower)
    return process, leader


def test_missing_answers_are_asked_on_a_terminal(tmp_path):
    answers = {"party_a_name": "Martin & Fils SAS", "party_a": "Martin & Fils", "party_b": "Bêta",
               "party_b_name": "Bêta Conseil SARL", "place_of_signature": "Lyon", "include_pilot": True,
               "pilot_duration": "4 months", "pilot_review_frequency": "annual", "pilot_fee": "100000 EUR",
               "pilot_target_rate": 5, "pilot_kpis": ["leads"], "exit_transition_staff": 2,
               "party_a_representative": "A", "party_a_representative_title": "B", "party_b_representative": "C",
               "party_b_representative_title": "D"}
    write_answers(tmp_path, answers)  # effective_date and contract_title are missing
    process, leader = _generate_on_a_terminal(tmp_path, "en")
    try:
        read_until(leader, "Effective date (effective_date, a date, e.g. 1 March 2027 or 2027-03-01) - Effective date. "
                           "[2027-03-01]:")
        os.write(leader, b"next tuesday\n")
        read_until(leader, "is not a date")
        os.write(leader, b"29 February 2028\n")
        read_until(leader, "(contract_title, optional: Enter to skip) - Title on the cover page")
        os.write(leader, b"  \n")  # a blank optional answer is skipped, never a blank title
        summary = read_until(leader, "Write mini.docx with these answers? [Y/n]:")
        assert "Your answers:" in summary and "- Effective date: 2028-02-29" in summary
        assert "(skipped)" in summary
        os.write(leader, b"\n")
        read_until(leader, "wrote mini.docx")
        assert process.wait(timeout=30) == 0
    finally:
        process.kill()
        os.close(leader)
    text = docx_text(tmp_path / "mini.docx")
    assert "29 February 2028" in text


def test_the_answers_summary_can_stop_the_writing(tmp_path):
    answers = {"party_a_name": "Martin & Fils SAS", "party_a": "Martin & Fils", "party_b": "Bêta",
               "party_b_name": "Bêta Conseil SARL", "place_of_signature": "Lyon", "include_pilot": False,
               "exit_transition_staff": 2, "contract_title": "Accord", "party_a_representative": "A",
               "party_a_representative_title": "B", "party_b_representative": "C", "party_b_representative_title": "D"}
    write_answers(tmp_path, answers)  # effective_date is missing
    process, leader = _generate_on_a_terminal(tmp_path, "fr")
    try:
        read_until(leader, "[2027-03-01]:")
        os.write(leader, b"1er mars 2028\n")
        read_until(leader, "avec ces réponses\u00a0? [Y/n]:")
        os.write(leader, b"n\n")
        read_until(leader, "rien n'a été écrit")
        assert process.wait(timeout=30) == 1
    finally:
        process.kill()
        os.close(leader)
    assert not (tmp_path / "mini.docx").exists()


# ---- recommend ------------------------------------------------------------------------------

def test_recommend_applies_the_decision_matrix_and_advises_to_start_light(run):
    code, out, _ = run("recommend", "--risk", "low", "--investment", "minimal", "--independence", "90",
                       "--time-to-execute", "2")
    assert code == 0
    assert out.startswith("Recommended: Affiliation")
    assert "risk: you said low, Affiliation means low" in out
    assert "Affiliation 4/4, Co-branding 0/4, Joint venture 0/4" in out
    assert "limited pilot of 3 to 6 months" in out
    assert "clausekit init affiliation" in out


def test_recommend_from_an_answers_file_in_french_with_options_overriding(run, tmp_path):
    write_answers(tmp_path, {"risk": "high", "investment": "large", "independence": 50, "time_to_execute": 9},
                  "criteria.yaml")
    code, out, _ = run("recommend", "--answers", "criteria.yaml", "--lang", "fr")
    assert code == 0 and out.startswith("Recommandation\u00a0: Joint-venture")
    assert "Avant une joint-venture" in out
    code, out, _ = run("recommend", "--answers", "criteria.yaml", "--risk", "moderate", "--investment", "medium",
                       "--independence", "70")
    assert out.startswith("Recommended: Co-branding")
    assert "Does not match:\n  - time to execute: you said 9\u00a0months, Co-branding means 3-6 months" in out


def test_recommend_breaks_ties_towards_the_lighter_structure(run):
    code, out, _ = run("recommend", "--risk", "low", "--investment", "large")
    assert code == 0 and out.startswith("Recommended: Affiliation")
    assert "Tie with Joint venture: the lighter structure is recommended first." in out


@pytest.mark.parametrize("args, message", [
    ([], "give at least one criterion"),
    (["--risk", "extreme"], "risk: 'extreme' is not one of low, moderate, high"),
    (["--independence", "140"], "independence: 140 is not a percentage between 0 and 100"),
])
def test_recommend_errors(run, args, message):
    code, _, err = run("recommend", *args)
    assert code == 2 and message in err


def test_the_interview_asks_in_french_refuses_blanks_and_skips_optional_questions(monkeypatch, capsys):
    from clausekit.commands.drafting import _terminal_prompt
    from clausekit.drafting.generator import load_template

    template = load_template("supplier_long_term")
    typed = iter(["   ", "Fonderie Lambert SAS", "", "6 mois", "1er mars 2027"])
    questions = []
    monkeypatch.setattr("click.termui.visible_prompt_func", lambda question: questions.append(question) or next(typed))
    ask = _terminal_prompt("fr", [])
    assert ask(template.variables["party_b_name"]) == "Fonderie Lambert SAS"  # the blank answer is asked again
    assert ask(template.variables["convenience_firm_period"]) is None  # optional: Enter skips it
    assert str(ask(template.variables["term_notice"])) == "6 months"
    assert str(ask(template.variables["effective_date"])) == "2027-03-01"
    asked = "\n".join(questions)
    assert "Dénomination de la seconde Partie (party_b_name) - " in asked
    assert "une réponse est requise" in capsys.readouterr().err
    assert "(convenience_firm_period, une durée, par exemple 6 mois, facultatif : Entrée pour passer)" in asked


def test_generate_notes_puts_each_drafting_note_in_a_comment_on_its_heading(run, tmp_path):
    write_answers(tmp_path, example("supplier_spot"))
    code, _, _ = run("generate", "supplier_spot", "--answers", "deal.yaml", "--lang", "fr", "-o", "notes.docx",
                     "--notes")
    assert code == 0
    document = WordDocument(tmp_path / "notes.docx")
    comments = list(document.comments)
    assert comments and all(c.author == "clausekit" for c in comments)
    assert any(c.text.startswith("Note de rédaction\u00a0: ") and "rupture brutale" in c.text for c in comments)
    headings = [p for p in document.paragraphs if p._p.xpath("./w:commentRangeStart")]
    assert "Durée et reconduction" in [p.text for p in headings]
    code, _, _ = run("generate", "supplier_spot", "--answers", "deal.yaml", "--lang", "fr", "-o", "plain.docx")
    assert list(WordDocument(tmp_path / "plain.docx").comments) == []



def test_the_interview_of_a_bilingual_draft_asks_each_text_in_both_languages(monkeypatch):
    from clausekit.commands.drafting import _ask_prevailing_language, _terminal_prompt
    from clausekit.drafting.generator import build_draft, example_answers, load_template
    from clausekit.drafting.docx_writer import docx_bytes

    template = load_template("joint_venture")
    answers = {k: v for k, v in example_answers(template).items()
               if k not in ("jv_project", "party_a_activity", "prevailing_language")}
    typed = {"(fr: ": iter(["en"]),  # Enter on the second question of a text keeps the first answer
             "(jv_project": iter(["la fabrication d'hélices marines", "the manufacture of ship propellers"]),
             "(party_a_activity": iter(["Naviga SAS", ""])}
    questions = []

    def answer(question):
        questions.append(question)
        assert questions.count(question) <= 2, question  # a question asked again and again
        return next((next(answers) for key, answers in typed.items() if key in question), "")
    monkeypatch.setattr("click.termui.visible_prompt_func", answer)
    asked: list = []
    given: dict = {}
    answers["prevailing_language"] = _ask_prevailing_language(["fr", "en"], asked)
    ask = _terminal_prompt("fr", asked, given, "en")
    french = build_draft(template, answers, "fr", prompt=ask)
    english = build_draft(template, {**answers, **given}, "en")
    assert answers["prevailing_language"] == "en"
    assert given["jv_project"] == {"fr": "la fabrication d'hélices marines", "en": "the manufacture of ship propellers"}
    assert given["party_a_activity"] == {"fr": "Naviga SAS", "en": "Naviga SAS"}
    second = [q for q in questions if "(jv_project" in q][1]
    assert "le même texte en anglais" in second
    text = {lang: "\n".join(p.text for p in WordDocument(io.BytesIO(docx_bytes(d))).paragraphs)
            for lang, d in (("fr", french), ("en", english))}
    assert "hélices marines" in text["fr"] and "ship propellers" not in text["fr"]
    assert "ship propellers" in text["en"] and "hélices" not in text["en"]
    assert any(label.endswith("(English)") and answer == "the manufacture of ship propellers"
               for label, answer in asked)


def test_each_schedule_listed_gets_a_page_to_attach_it_and_a_mention_of_an_unlisted_one_is_refused(run, tmp_path):
    answers = {**example("supplier_long_term"), "schedules": ["the specifications of the products", "the price list"],
               "supply_scope": {"fr": "étriers de frein décrits à l'annexe 2",
                                "en": "brake callipers described in Schedule 2"}}
    write_answers(tmp_path, answers)
    code, _, _ = run("generate", "supplier_long_term", "--answers", "deal.yaml", "--lang", "en", "-o", "c.docx")
    assert code == 0
    paragraphs = WordDocument(tmp_path / "c.docx").paragraphs
    assert ("The following schedules form an integral part of this Agreement: Schedule 1: the specifications of the "
            "products; Schedule 2: the price list.") in [p.text for p in paragraphs]
    pages = [p for p in paragraphs if p.style.name == "Schedule Heading"]
    assert [p.text for p in pages] == ["Schedule 1 – The specifications of the products", "Schedule 2 – The price list"]
    assert all(p._p.pPr.find(qn("w:pageBreakBefore")) is not None for p in pages)
    attach = next(p for p in paragraphs if p.text == "[To be completed: attach the price list]")
    assert attach.runs[0].font.highlight_color is not None
    code, out, _ = run("lint", "c.docx")  # the schedule not yet attached is an unfilled placeholder
    assert 'Unfilled placeholder: "[To be completed: attach the price list]"' in out

    write_answers(tmp_path, {**answers, "schedules": ["the specifications of the products"]})
    code, _, err = run("generate", "supplier_long_term", "--answers", "deal.yaml", "--lang", "fr", "-o", "d.docx")
    assert code == 2 and not (tmp_path / "d.docx").exists()
    assert "supply_scope : mentionne l'annexe 2, mais la réponse schedules en énumère 1" in err


@pytest.mark.parametrize("lang, availability, incident", [("en", "availability:", "incident response:"),
                                                           ("fr", "sont disponibles au moins", "tout incident critique")])
def test_service_levels_for_goods_alone_measure_no_platform_and_still_lint_strong(run, tmp_path, lang, availability,
                                                                                  incident):
    for services in (True, False):
        write_answers(tmp_path, {**example("supplier_spot"), "sla_services": services})
        code, _, _ = run("generate", "supplier_spot", "--answers", "deal.yaml", "--lang", lang, "-o", f"{services}.docx")
        assert code == 0
        text = docx_text(tmp_path / f"{services}.docx")
        assert (availability in text) == (incident in text) == services
        code, out, _ = run("lint", f"{services}.docx", "--format", "json")
        items = json.loads(out)["documents"][0]["items"]
        assert next(i for i in items if i["id"] == "sla_bonus_malus")["status"] == "strong"


def test_mark_defaults_shades_the_figures_nobody_answered_and_only_those(run, tmp_path):
    write_answers(tmp_path, {**example("supplier_spot"), "orders_late_penalty_rate": 1})
    code, _, _ = run("generate", "supplier_spot", "--answers", "deal.yaml", "--lang", "en", "-o", "marked.docx",
                     "--mark-defaults")
    assert code == 0
    runs = [r for p in WordDocument(tmp_path / "marked.docx").paragraphs for r in p.runs]
    grey = [r.text for r in runs if r.font.highlight_color is not None and r._r.rPr.find(qn("w:highlight")).get(
        qn("w:val")) == "lightGray"]
    assert "two (2) days" in grey  # orders_acceptance_period, left at its default
    term = next(p for p in WordDocument(tmp_path / "marked.docx").paragraphs if "initial fixed term of" in p.text)
    assert [r.text for r in term.runs if r.font.highlight_color is not None] == []  # term_duration: answered
    assert "1%" not in grey  # the late-delivery penalty: answered, although it is the default
    text = docx_text(tmp_path / "marked.docx")
    assert "initial fixed term of six (6) months" in text and "within two (2) days" in text
    code, _, _ = run("generate", "supplier_spot", "--answers", "deal.yaml", "--lang", "en", "-o", "plain.docx")
    assert not [r for p in WordDocument(tmp_path / "plain.docx").paragraphs for r in p.runs
                if r.font.highlight_color is not None]
    assert docx_text(tmp_path / "plain.docx") == text  # the same words, only shaded
    code, out, _ = run("lint", "marked.docx")
    assert code == 0 and "0 error(s), 0 warning(s)" in out
