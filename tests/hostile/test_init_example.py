"""Point 22 of issue 19: `init TEMPLATE --example` gives a new user a first draft that is complete."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "templates" / "examples"


@pytest.mark.parametrize("template_id, lang", [("affiliation", "fr"), ("supplier_spot", "en")])
def test_init_example_then_generate_no_input_gives_the_full_example_draft(cli, tmp_path, template_id, lang):
    answers = tmp_path / "answers.yaml"
    run = cli("init", template_id, "--example", "-o", answers)
    assert run.code == 0, run.err
    assert answers.read_text(encoding="utf-8") == (EXAMPLES / f"{template_id}.yaml").read_text(encoding="utf-8")
    run = cli("generate", template_id, "--lang", lang, "--no-input", "--answers", answers, "-o", tmp_path / "d.docx")
    assert run.code == 0, run.err
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "d.docx")).paragraphs)
    import yaml

    party = yaml.safe_load(answers.read_text(encoding="utf-8"))["party_a_name"]
    assert party in text


def test_init_example_never_overwrites(cli, tmp_path):
    answers = tmp_path / "answers.yaml"
    answers.write_text("mine\n", encoding="utf-8")
    cli("init", "affiliation", "--example", "-o", answers).assert_one_error("answers.yaml", "already exists")
    assert answers.read_text(encoding="utf-8") == "mine\n"
