"""The drafts `clausekit generate` writes are clean by construction: proofreading finds nothing.

Every template in French and English, in the preferred and the fallback position, written
to Word as `generate` writes it and read back.
"""

from __future__ import annotations

import pytest

from clausekit.drafting.docx_writer import docx_bytes
from clausekit.drafting.generator import build_draft, example_answers, load_template
from clausekit.drafting.manifest import template_ids
from clausekit.review.proofread import proofread
from clausekit.review.read import read_document
from clausekit.resources import data_dir

TEMPLATES = template_ids(data_dir("templates"))
# True findings in the clause library, reported to its authors: the preferred text of the
@pytest.mark.parametrize("position", ["preferred", "fallback"])
@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("template_id", TEMPLATES)
def test_a_generated_draft_has_no_drafting_defect(tmp_path, template_id, lang, position):
    template = load_template(template_id)
    path = tmp_path / f"{template_id}.{lang}.docx"
    path.write_bytes(docx_bytes(build_draft(template, example_answers(template), lang, position)))
    findings = proofread(read_document(path), lang, lang)
    assert not [(f.rule, f.message, f.location.describe(), f.quote) for f in findings]
