"""Answers are facts or visible gaps: no invented party anywhere, unanswered facts as placeholders.

The example answers (templates/examples/) are the only place fictional companies live; a
draft shows one of their identities only when the answers gave it. A fact nobody gave is
an error listing every one of them (exit 2), or with ``--draft`` a highlighted placeholder
that the linter reports.
"""

from __future__ import annotations

import json
import re

import pytest
import yaml
from docx import Document as WordDocument

from clausekit.cli import main
from clausekit.drafting.generator import build_draft, load_template
from clausekit.drafting.library import default_library, load_library
from clausekit.drafting.manifest import template_ids
from clausekit.resources import data_dir

EXAMPLES = data_dir("templates") / "examples"
TEMPLATES = template_ids(data_dir("templates"))
# The answers that say who the parties are, where they sit and who signs.
_IDENTITY = re.compile(r"^(?:party_[ab](?:_name|_registered_office|_registration_number|_representative|_notice_\w+"
                       r"|_partnership_manager|_licensed_marks)?|jv_name|jv_registered_office)$")


def example(template_id: str) -> dict:
    return yaml.safe_load((EXAMPLES / f"{template_id}.yaml").read_text(encoding="utf-8"))


def identities(template_id: str) -> set[str]:
    return {str(value) for key, value in example(template_id).items() if _IDENTITY.match(key)}


def draft_text(draft) -> str:
    return "\n".join([block.text for block in draft.blocks] + [str(v) for v in draft.values.values() if v is not None])


ALL_IDENTITIES = {value for template_id in TEMPLATES for value in identities(template_id)}


def test_the_examples_hold_identities_to_look_for():
    assert all(len(identities(template_id)) >= 10 for template_id in TEMPLATES)


def test_no_default_of_the_library_or_the_templates_is_an_example_identity():
    specs = [spec for clause in load_library(*default_library()).values() for spec in clause.variables.values()]
    specs += [spec for template_id in TEMPLATES for spec in load_template(template_id).variables.values()]
    invented = sorted({f"{spec.name}={spec.raw_default}" for spec in specs
                       if spec.raw_default is not None and _IDENTITY.match(spec.name)})
    assert invented == []
    assert not {str(spec.raw_default) for spec in specs} & ALL_IDENTITIES


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_a_draft_shows_only_the_identities_its_answers_gave(template_id):
    template = load_template(template_id)
    others = ALL_IDENTITIES - identities(template_id)
    for lang in ("en", "fr"):
        text = draft_text(build_draft(template, example(template_id), lang))
        assert sorted(value for value in others if value in text) == []
        # and with no answer at all, no identity of any example
        gap_draft = build_draft(template, {}, lang, gaps=True)
        assert sorted(value for value in ALL_IDENTITIES if value in draft_text(gap_draft)) == []
        assert {"party_a_name", "party_b_name", "effective_date", "party_b_representative"} <= set(gap_draft.gaps)
        # the companies the library used to invent for unanswered questions
        assert not re.search(r"Julien Mercier|Claire Fontaine|Beta Industries|alpha\.example|812 345 678",
                             draft_text(gap_draft))


def test_generate_draft_writes_highlighted_placeholders_that_lint_reports(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "deal.yaml").write_text("party_a_name: Martin & Fils SAS\nparty_a: Martin & Fils\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["generate", "supplier_framework", "--answers", "deal.yaml", "--lang", "en", "-o", "draft.docx",
              "--no-input", "--draft"])
    assert exit_.value.code == 0
    err = capsys.readouterr().err
    assert "fact(s) to complete" in err and "party_b_name" in err and "party_a_name" not in err.split("complete")[1]
    document = WordDocument(tmp_path / "draft.docx")
    highlighted = [run.text for p in document.paragraphs for run in p.runs if run.font.highlight_color is not None]
    assert "[To be completed: second Party’s legal name]" in highlighted
    assert all(text.startswith("[To be completed: ") for text in highlighted)
    assert "Martin & Fils SAS" in "\n".join(p.text for p in document.paragraphs)
    with pytest.raises(SystemExit) as exit_:
        main(["lint", "draft.docx", "--format", "json", "-o", "report.json"])
    findings = json.loads((tmp_path / "report.json").read_text())["documents"][0]["findings"]
    reported = {f["message"] for f in findings if f["rule"] == "proofreading.placeholder"}
    assert any("[To be completed: second Party’s legal name]" in message for message in reported)
    assert exit_.value.code == 1  # placeholders are errors


def test_french_placeholders_follow_french_typography():
    draft = build_draft(load_template("supplier_spot"), {}, "fr", gaps=True)
    text = "\n".join(block.text for block in draft.blocks)
    assert "[À compléter\u00a0: dénomination de la seconde Partie]" in text
