"""The negotiation playbook: the Word document, the YAML file and generate --playbook, through the
real entry point, on real files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from docx import Document as WordDocument

from clausekit.checklist import load_checklist
from clausekit.drafting.language import language
from clausekit.drafting.library import default_library, load_library
from clausekit.drafting.playbook import item_clause, load_playbook, note_and_walk_away, paragraphs_for, split_note
from clausekit.resources import data_dir

EXAMPLE = data_dir("templates") / "examples" / "co_branding.yaml"
# A sentence of each position of the library, per item and language: what the document must show.
SENTENCES = {
    "en": {
        "pilot": ("The Pilot Period is a fixed term: any extension of it requires a written amendment",
                  "each of the Pilot KPIs is deemed met where the result achieved reaches at least 90% of its target"),
        "term": ("This Agreement shall come into force on", "Each renewal period is a fixed term"),
    },
    "fr": {
        "pilot": ("La Période Pilote est stipulée pour une durée ferme",
                  "chacun des Indicateurs Pilote est réputé atteint lorsque le résultat obtenu représente au moins"),
    },
}


@pytest.fixture(scope="module")
def library():
    return load_library(*default_library())



def curly(text: str) -> str:
    """The checklist's words as the playbook prints them: with typographic apostrophes."""
    return text.replace("'", "\u2019")

def checklist_items(profile: str | None = None) -> list:
    return [item for item in load_checklist().items.values()
            if item.kind == "checklist" and (profile is None or profile in item.profiles)]


def paragraphs_by_style(path: Path) -> list[tuple[str, str]]:
    return [(paragraph.style.name, paragraph.text) for paragraph in WordDocument(path).paragraphs]


def item_sections(path: Path) -> dict[str, list[tuple[str, str]]]:
    """The document's paragraphs under each level-1 heading, by heading."""
    sections: dict[str, list[tuple[str, str]]] = {}
    current = None
    for style, text in paragraphs_by_style(path):
        if style == "Heading 1":
            current = sections.setdefault(text, [])
        elif current is not None:
            current.append((style, text))
    return sections


def export_yaml(run, tmp_path: Path, name: str = "playbook.yaml", *options: str) -> Path:
    code, _, err = run("playbook", "--lang", "en", "--format", "yaml", "-o", name, *options)
    assert code == 0, err
    return tmp_path / name


def generate(run, output: str, *options: str) -> tuple[int, str]:
    code, _, err = run("generate", "co_branding", "--answers", str(EXAMPLE), "--lang", "en", "-o", output,
                       "--no-input", *options)
    return code, err


def lint_statuses(run, path: str) -> dict[str, str]:
    code, out, err = run("lint", path, "--format", "json")
    assert code == 0, err
    report = json.loads(out)
    return {item["id"]: item["status"] for item in report["documents"][0]["items"] if item["kind"] == "checklist"}


# ---- the Word document -----------------------------------------------------------------

def test_the_word_playbook_has_every_checklist_item_of_the_profile_with_its_parts(run, tmp_path, library):
    code, _, err = run("playbook", "--lang", "en", "--profile", "partnership", "-o", "playbook.docx")
    assert code == 0, err
    items = checklist_items("partnership")
    sections = item_sections(tmp_path / "playbook.docx")
    assert list(sections) == [item.title["en"] for item in items]  # checklist order, nothing else
    styles = paragraphs_by_style(tmp_path / "playbook.docx")
    assert styles[0] == ("Title", "Negotiation playbook")
    for item in items:
        parts = sections[item.title["en"]]
        headings = [text for style, text in parts if style == "Heading 2"]
        assert headings == ["Why it matters", "What makes it strong", "Preferred position", "Fallback position",
                            "What can be conceded", "Walk-away line"], item.id
        body = "\n".join(text for _, text in parts)
        assert curly(item.why["en"]) in body
        for element in item.elements.values():
            assert curly(element["en"][1:]) in body  # capitalised in the list
        clause = item_clause(library, item.id)
        walk_away = language("en").typography(note_and_walk_away(clause.note["en"], "en")[1])  # curly quotes
        assert walk_away and walk_away[1:] in body, item.id
        assert parts[-1][1] == walk_away[:1].upper() + walk_away[1:]
    pilot = "\n".join(text for _, text in sections["Pilot phase"])
    preferred, fallback = SENTENCES["en"]["pilot"]
    assert pilot.index("Preferred position") < pilot.index(preferred) < pilot.index("Fallback position") \
        < pilot.index(fallback) < pilot.index("What can be conceded")
    assert "tolerance band on the KPIs (around 90% of each target)" in pilot  # what can be conceded, from the note
    assert "[effective date]" in pilot  # a fact with no default: its label


def test_each_position_reads_as_text_with_the_values_to_negotiate_highlighted(run, tmp_path):
    code, _, _ = run("playbook", "--lang", "en", "--profile", "supplier", "-o", "supplier.docx")
    assert code == 0
    sections = item_sections(tmp_path / "supplier.docx")
    assert list(sections) == [item.title["en"] for item in checklist_items("supplier")]
    term = "\n".join(text for _, text in sections["Term and type of engagement"])
    for sentence in SENTENCES["en"]["term"]:
        assert sentence in term
    document = WordDocument(tmp_path / "supplier.docx")
    highlighted = [run.text for paragraph in document.paragraphs for run in paragraph.runs
                   if run.font.highlight_color is not None]
    assert "three (3) years" in highlighted and "[effective date]" in highlighted
    assert "fixed" not in highlighted  # a choice the texts test, not a value they print
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "{{" not in text and "{%" not in text and "\ue002" not in text
    assert "Worded differently from the preferred position: paragraph 2." in term


def test_the_french_playbook_is_in_french(run, tmp_path, library):
    code, _, err = run("playbook", "--lang", "fr", "-o", "guide.docx")
    assert code == 0, err
    sections = item_sections(tmp_path / "guide.docx")
    assert list(sections) == [curly(item.title["fr"]) for item in checklist_items()]
    assert paragraphs_by_style(tmp_path / "guide.docx")[0] == ("Title", "Guide de négociation")
    pilot = sections["Phase pilote"]
    assert [text for style, text in pilot if style == "Heading 2"] == [
        "Enjeu", "Ce qui rend la clause solide", "Position préférée", "Position de repli", "Concessions possibles",
        "Seuil de rupture"]
    body = "\n".join(text for _, text in pilot)
    for sentence in SENTENCES["fr"]["pilot"]:
        assert sentence in body
    assert "quatre (4) mois" in body and "[date d’entrée en vigueur]" in body
    walk_away = language("fr").typography(note_and_walk_away(library["pilot"].note["fr"], "fr")[1])
    assert walk_away.startswith("ne pas signer si la sortie") and walk_away[1:] in body
    assert "Seuil de rupture :" not in body  # split off, under its own heading
    assert WordDocument(tmp_path / "guide.docx").core_properties.language == "fr-FR"


def test_each_drafting_note_splits_into_its_parts(library):
    for item in checklist_items():
        clause = item_clause(library, item.id)
        for lang in ("en", "fr"):
            parts = split_note(clause.note[lang], lang)
            assert parts.conceded and parts.walk_away, (item.id, lang)
            assert "Walk-away line" not in parts.conceded and "Seuil de rupture" not in parts.conceded
    sla = split_note(library["sla_bonus_malus"].note["en"], "en")  # no marker: its "Do not sign" sentence
    assert sla.walk_away.startswith("Do not sign if the service levels have no figures")
    assert sla.why.startswith("service levels only bite") and sla.conceded.startswith("service credits as the sole")


# ---- the YAML file ---------------------------------------------------------------------

def test_the_yaml_playbook_round_trips_to_the_library_s_texts(run, tmp_path, library):
    path = export_yaml(run, tmp_path)
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert list(raw) == [item.id for item in checklist_items()]
    assert set(raw["pilot"]) == {"title", "positions", "note", "walk_away"}
    assert raw["pilot"]["title"] == {"en": "Pilot phase", "fr": "Phase pilote"}
    assert "{{ pilot_duration }}" in raw["pilot"]["positions"]["preferred"]["en"][0]["text"]  # Jinja source
    assert raw["pilot"]["walk_away"]["fr"].startswith("ne pas signer si")
    playbook = load_playbook(path)
    assert list(playbook.items) == list(raw)
    for item_id, entry in playbook.items.items():
        clause = library[entry.clause_id]
        for position in ("preferred", "fallback"):
            for lang in ("en", "fr"):
                assert playbook.paragraphs(item_id, position, lang) == clause.paragraphs(position, lang)
                assert paragraphs_for(playbook, clause, position, lang) == clause.paragraphs(position, lang)
        assert playbook.clause(clause).note == {lang: _with_marker(clause.note[lang], lang) for lang in ("en", "fr")}
    code, _, _ = run("playbook", "--lang", "en", "--format", "yaml", "-o", "supplier.yaml", "--profile", "supplier")
    assert code == 0
    assert list(load_playbook(tmp_path / "supplier.yaml").items) == [item.id for item in checklist_items("supplier")]


def _with_marker(note: str, lang: str) -> str:
    """The library's note as a playbook's note and walk-away line give it back: with its marker."""
    before, walk_away = note_and_walk_away(note, lang)
    marker = {"en": "Walk-away line:", "fr": "Seuil de rupture :"}[lang]
    return f"{before} {marker} {walk_away}"


def test_the_playbook_option_of_playbook_exports_a_company_s_own_positions(run, tmp_path):
    path = export_yaml(run, tmp_path)
    own = {"pilot": {"walk_away": {"en": "do not sign a pilot longer than four months."}}}
    (tmp_path / "own.yaml").write_text(yaml.safe_dump(own), encoding="utf-8")
    code, _, err = run("playbook", "--lang", "en", "--profile", "partnership", "--playbook", "own.yaml",
                       "-o", "own.docx")
    assert code == 0, err
    pilot = item_sections(tmp_path / "own.docx")["Pilot phase"]
    assert pilot[-1][1] == "Do not sign a pilot longer than four months."
    assert path.is_file()


# ---- generate --playbook ---------------------------------------------------------------

COMPANY_REPORTING = ("Each Party shall enter in the shared Acme Pilot Dashboard, every week, the data needed to "
                     "measure the {{ term('pilot_kpis') }}, and shall send the other Party, within ten (10) days "
                     "after the end of each month of the {{ term('pilot_period') }}, a written report stating the "
                     "results achieved against each target.")


def test_a_playbook_edit_changes_the_draft_which_still_lints_strong(run, tmp_path):
    path = export_yaml(run, tmp_path)
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    reporting = next(p for p in raw["pilot"]["positions"]["fallback"]["en"] if p.get("id") == "reporting")
    reporting["text"] = COMPANY_REPORTING
    raw["pilot"]["walk_away"]["en"] = "never accept an exit that needs the other side's consent."
    (tmp_path / "company.yaml").write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
    code, err = generate(run, "company.docx", "--position", "fallback", "--playbook", "company.yaml", "--notes")
    assert code == 0, err
    document = WordDocument(tmp_path / "company.docx")
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "Each Party shall enter in the shared Acme Pilot Dashboard, every week, the data needed to measure " \
           "the Pilot KPIs" in text
    assert "Each Party shall record the data needed to measure the Pilot KPIs" not in text
    comments = "\n".join(comment.text for comment in document.comments)
    assert "Walk-away line: never accept an exit that needs the other side's consent." in comments
    assert set(lint_statuses(run, "company.docx").values()) == {"strong"}
    code, err = generate(run, "library.docx", "--position", "fallback")  # without the playbook: the library's
    assert code == 0, err
    assert "Acme Pilot Dashboard" not in "\n".join(p.text for p in WordDocument(tmp_path / "library.docx").paragraphs)


def test_items_the_playbook_does_not_list_stay_the_library_s(run, tmp_path):
    own = {"term": {"positions": {"preferred": {"fr": [
        {"id": "entry", "text": "Le présent Contrat entre en vigueur le {{ effective_date }}, pour une durée "
                                "initiale ferme de {{ term_duration }} (clause de la maison)."},
        {"id": "renewal", "text": "Il est ensuite reconduit tacitement par périodes de {{ term_renewal_period }}, "
                                  "sauf dénonciation notifiée au moins {{ term_notice }} avant leur terme."}]}}}}
    (tmp_path / "own.yaml").write_text(yaml.safe_dump(own, allow_unicode=True), encoding="utf-8")
    code, _, err = run("generate", "co_branding", "--answers", str(EXAMPLE), "--lang", "fr", "-o", "own.docx",
                       "--no-input", "--playbook", "own.yaml")
    assert code == 0, err
    text = "\n".join(p.text for p in WordDocument(tmp_path / "own.docx").paragraphs)
    assert "(clause de la maison)" in text
    assert "Préalablement à tout engagement de plus long terme" in text  # pilot: the library's


def _library_playbook(run, tmp_path: Path) -> str:
    return export_yaml(run, tmp_path, "base.yaml").read_text(encoding="utf-8")


BAD = {
    "unknown item": (lambda text: text.replace("\npilot:\n", "\npilote:\n", 1), "pilote (line ", "unknown item 'pilote'"),
    "unknown position": (lambda text: text.replace("    fallback:\n", "    compromise:\n", 1),
                         "pilot.positions.compromise (line ", "unknown position 'compromise'"),
    "paragraph not a text": (lambda text: text.replace("        - id: duration\n", "        - [1, 2]\n        - id: duration\n", 1),
                             "pilot.positions.preferred.en[1] (line ", "a paragraph must be a text"),
    "text not a text": (lambda text: text.replace("        - id: reporting\n          text: >-\n", "        - id: reporting\n          text: 42\n          items: >-\n", 1),
                        "pilot.positions.preferred.en[3] (line ", "a paragraph's text must be a text, not 42"),
    "jinja syntax": (lambda text: text.replace("{{ pilot_exit_window }}", "{{ pilot_exit_window }", 1),
                     "pilot.positions.preferred.en[5] (line ", "Jinja syntax error"),
    "file tag": (lambda text: text.replace("{{ pilot_exit_window }}", "{% include 'secrets.txt' %}", 1),
                 "pilot.positions.preferred.en[5] (line ", "{% include %} is not allowed"),
    "undeclared variable": (lambda text: text.replace("{{ pilot_exit_window }}", "{{ pilot_exit_windows }}", 1),
                            "pilot.positions.preferred.en[5] (line ",
                            "variable pilot_exit_windows not declared by clause pilot"),
    "python internals": (lambda text: text.replace("{{ pilot_exit_window }}", "{{ pilot_exit_window.__class__ }}", 1),
                         "pilot.positions.preferred.en[5] (line ", "cannot be rendered"),
    "paragraph id another clause uses": (
        lambda text: text.replace("        - id: grounds\n", "        - id: causes\n", 1),
        "exit.positions.preferred.en (line ", "no paragraph has id grounds, but ref('exit.grounds') in clause alignment"),
    "unknown key": (lambda text: text.replace("  walk_away:\n", "  walkaway:\n", 1), "pilot (line ",
                    "unknown key(s) walkaway"),
    "not a mapping": (lambda text: "- pilot\n- exit\n", "", "a playbook must be a mapping"),
    "not YAML": (lambda text: text.replace("pilot:\n", "pilot:\n  - x\n", 1), "", "not valid YAML"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_playbook_is_one_line_naming_the_file_and_nothing_is_written(run, tmp_path, case):
    edit, place, message = BAD[case]
    base = _library_playbook(run, tmp_path)
    bad = edit(base)
    assert bad != base
    (tmp_path / "bad.yaml").write_text(bad, encoding="utf-8")
    code, err = generate(run, "never.docx", "--playbook", "bad.yaml")
    assert code == 2
    assert err.startswith("clausekit: error: bad.yaml: ") and len(err.strip().splitlines()) == 1, err
    assert place in err and message in err, err
    assert "Traceback" not in err
    assert not (tmp_path / "never.docx").exists()
    code, _, err = run("playbook", "--lang", "en", "--playbook", "bad.yaml", "-o", "never.docx")
    assert code == 2 and "bad.yaml" in err and not (tmp_path / "never.docx").exists()


def test_a_missing_or_empty_playbook_is_an_error(run, tmp_path):
    code, err = generate(run, "never.docx", "--playbook", "absent.yaml")
    assert code == 2 and "absent.yaml: no such file" in err
    (tmp_path / "empty.yaml").write_text("", encoding="utf-8")
    code, err = generate(run, "never.docx", "--playbook", "empty.yaml")
    assert code == 2 and "empty.yaml: invalid playbook: the file is empty" in err
    assert not (tmp_path / "never.docx").exists()


# ---- the command's conventions -----------------------------------------------------------

def test_the_output_suffix_must_match_the_format_and_is_never_overwritten_without_force(run, tmp_path):
    code, _, err = run("playbook", "--lang", "en", "--format", "yaml", "-o", "playbook.docx")
    assert code == 2 and "playbook.docx: --format yaml writes a .yaml or .yml file" in err
    code, _, err = run("playbook", "--lang", "en", "-o", "playbook.txt")
    assert code == 2 and "playbook.txt: give -o a .docx name" in err
    (tmp_path / "playbook.docx").write_text("mine", encoding="utf-8")
    code, _, err = run("playbook", "--lang", "en", "-o", "playbook.docx")
    assert code == 2 and "already exists; use --force" in err
    assert (tmp_path / "playbook.docx").read_text(encoding="utf-8") == "mine"
    code, _, err = run("playbook", "--lang", "en", "-o", "playbook.docx", "--force")
    assert code == 0 and WordDocument(tmp_path / "playbook.docx").paragraphs[0].text == "Negotiation playbook"
    code, _, err = run("playbook", "--lang", "de", "-o", "x.docx")
    assert code == 2 and "unknown language 'de'" in err
