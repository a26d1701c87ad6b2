"""``clausekit compare``: each checklist clause placed against the library's positions (preferred,
fallback, between fallback and walk-away, below walk-away), with what makes the difference."""

from __future__ import annotations

import io
import json
from functools import cache
from pathlib import Path

import docx
import pytest
import yaml

from clausekit.drafting.docx_writer import docx_bytes
from clausekit.drafting.generator import build_draft, example_answers, load_template
from clausekit.drafting.library import default_library, find_clause
from clausekit.drafting.manifest import template_ids
from clausekit.review.engine import build_engine
from clausekit.negotiation import compare_positions, scales
from clausekit.review.read import read_document
from clausekit.resources import data_dir
from weakening import weakened_draft

TEMPLATES = template_ids(data_dir("templates"))
ITEMS = Path(__file__).parents[1] / "items"


@cache
def draft(template_id: str, lang: str, position: str, **overrides) -> bytes:
    template = load_template(template_id)
    answers = {**example_answers(template), **overrides}
    return docx_bytes(build_draft(template, answers, lang, position))


def standings(path: Path, profile: str | None = None) -> dict:
    engine = build_engine()
    document = read_document(path)
    report = engine.lint_document(document, profile=profile)
    return {s.item: s for s in compare_positions(document, report, engine.rules)}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("template_id", TEMPLATES)
def test_the_library_positions_are_read_back_as_such(tmp_path, template_id, lang):
    # the examples of these two choose a yearly review, which is a concession of the fallback
    overrides = ({"alignment_review_frequency": "semiannual", "pilot_duration": "4 months"}
                 if template_id in ("co_branding", "joint_venture") else {})
    for position in ("preferred", "fallback"):
        path = tmp_path / f"{position}.docx"
        path.write_bytes(draft(template_id, lang, position, **overrides))
        found = standings(path, load_template(template_id).manifest.profile)
        variables = load_template(template_id).variables
        one_notice = ("term_counterparty_notice" in variables
                      and variables["term_notice"].default == variables["term_counterparty_notice"].default)
        one_off = "term_renewal" in variables and not variables["term_renewal"].default  # no notice to concede
        for item, standing in found.items():
            if item in ("term", "termination") and one_off:
                assert standing.level == "preferred" and not standing.concessions
            elif item in ("term", "termination") and one_notice:  # the preferred position then gives one notice too
                assert standing.level == "fallback" and standing.concessions
            else:
                assert standing.level == position, (item, position, [c.text for c in standing.concessions])
                assert bool(standing.concessions) == (position == "fallback")


def weak(tmp_path: Path, item: str, variant_id: str, lang: str) -> Path:
    raw = yaml.safe_load((ITEMS / item / "weakened.yaml").read_text(encoding="utf-8"))
    variant = next(v for v in raw["variants"] if v["id"] == variant_id)
    document = docx.Document(io.BytesIO(draft("affiliation", lang, "preferred")))
    weakened_draft(document, find_clause(default_library(), item).title[lang], variant, lang)
    path = tmp_path / f"{item}-{variant_id}.docx"
    document.save(path)
    return path


def test_a_clause_lacking_a_walk_away_element_is_below_and_one_lacking_another_is_between(tmp_path):
    raw = yaml.safe_load((ITEMS / "pilot" / "weakened.yaml").read_text(encoding="utf-8"))
    by_lack = {v["lacks"]: v["id"] for v in raw["variants"]}
    below = standings(weak(tmp_path, "pilot", by_lack["exit"], "en"))["pilot"]
    assert below.level == "below" and below.walk_away == ["a right to exit without penalty if the targets are missed"]
    between = standings(weak(tmp_path, "pilot", by_lack["evaluation"], "en"))["pilot"]
    assert between.level == "between" and not between.walk_away
    assert between.lacking == ["an evaluation or go/no-go decision at the end of the trial"]


def test_a_missing_clause_is_below_walk_away(tmp_path):
    path = tmp_path / "c.txt"
    path.write_text("SUPPLY AGREEMENT\n\n1. Supply\n\nThe Supplier shall supply the Products ordered by the Customer "
                    "at the prices of its price list.\n\n2. Governing law\n\nThis Agreement is governed by French law.\n",
                    encoding="utf-8")
    found = standings(path, "supplier")
    assert found["sla_bonus_malus"].status == "missing" and found["sla_bonus_malus"].level == "below"


NOTICES = """SUPPLY AGREEMENT

1. Term

This Agreement shall come into force on 1 March 2027 and shall remain in force for an initial term of three (3)
years. It shall thereafter renew automatically for successive periods of one (1) year unless {renewal_notice}
before the end of the then current term.

2. Termination

Either party may terminate this Agreement by written notice with immediate effect if the other party commits a
material breach and fails to remedy it within thirty (30) days of receiving notice of the breach, or if the other
party becomes insolvent. {convenience}
"""


def test_one_notice_for_both_parties_is_the_fallback_and_one_each_the_preferred_position(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text(NOTICES.format(
        renewal_notice="either party gives the other written notice of non-renewal not less than ninety (90) days",
        convenience="Either party may terminate this Agreement for convenience on 90 days' prior written notice."),
        encoding="utf-8")
    found = standings(path, "supplier")
    assert found["term"].level == found["termination"].level == "fallback"
    assert found["term"].concessions[0].label == "the same notice for both parties"
    assert "not less than ninety (90) days" in found["term"].concessions[0].text
    assert found["termination"].concessions[0].text.startswith("Either party may terminate this Agreement for "
                                                               "convenience on 90 days")
    path = tmp_path / "each.txt"
    path.write_text(NOTICES.format(
        renewal_notice="the Supplier gives notice of non-renewal at least six (6) months, or the Customer at least "
                       "three (3) months,",
        convenience="The Customer may terminate this Agreement for convenience on three (3) months' written notice "
                    "and the Supplier on six (6) months' written notice."), encoding="utf-8")
    found = standings(path, "supplier")
    assert found["term"].level == found["termination"].level == "preferred"
    assert not found["term"].concessions and not found["termination"].concessions


def test_compare_speaks_text_json_and_html_in_both_languages(run, tmp_path):
    (tmp_path / "fallback.docx").write_bytes(draft("affiliation", "fr", "fallback"))
    code, out, _ = run("compare", "fallback.docx", "--item", "pilot")
    assert code == 0
    lines = out.splitlines()
    assert lines[1].split()[1:3] == ["pilot", "au"] and "position de repli" in lines[1]
    assert "concède\u00a0: une marge de tolérance sur les objectifs des indicateurs" in out
    assert "«\u00a0" in out and "(article 4.2" in out
    code, out, _ = run("compare", "fallback.docx", "--format", "json", "--report-lang", "en")
    data = json.loads(out)
    pilot = next(i for i in data["items"] if i["item"] == "pilot")
    assert pilot["level"] == "fallback" and pilot["concessions"][0]["label"] == "a tolerance band on the KPI targets"
    assert {i["item"] for i in data["items"]} == {"pilot", "exit", "non_cannibalisation", "governance", "alignment",
                                                  "term"}
    code, _, err = run("compare", "fallback.docx", "--format", "html", "-o", "positions.html")
    page = (tmp_path / "positions.html").read_text(encoding="utf-8")
    assert code == 0 and '<tr class="fallback"><th scope="row">Phase pilote</th>' in page
    assert "default-src 'none'" in page


def test_compare_refuses_an_unknown_item_and_an_existing_output(run, tmp_path):
    (tmp_path / "c.docx").write_bytes(draft("supplier_spot", "en", "preferred"))
    code, _, err = run("compare", "c.docx", "--item", "pilot")
    assert code == 2 and err.startswith("clausekit: error: unknown checklist item 'pilot' for a supplier contract")
    (tmp_path / "out.json").write_text("{}", encoding="utf-8")
    code, _, err = run("compare", "c.docx", "--format", "json", "-o", "out.json")
    assert code == 2 and "out.json: already exists" in err
    assert (tmp_path / "out.json").read_text(encoding="utf-8") == "{}"


def test_every_checklist_item_has_a_scale_whose_walk_away_elements_exist():
    engine = build_engine()
    checklist = [item for item in engine.checklist.items.values() if item.kind == "checklist"]
    for item in checklist:
        scale = scales()[item.id]
        assert scale.walk_away and set(scale.walk_away) <= set(item.elements), item.id
