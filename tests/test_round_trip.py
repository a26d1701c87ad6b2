"""The library and the rules never disagree.

Every draft from the generator (every template, both languages, both
positions) lints with every checklist item of its profile `strong`; removing
one clause from the Word file makes exactly that item `missing`; replacing a
clause's text by a deliberately weakened variant (items/<id>/weakened.yaml) makes it
`weak`.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

import pytest
import yaml
from docx import Document as WordDocument

from clausekit.checklist import load_checklist
from clausekit.drafting.docx_writer import docx_bytes
from clausekit.drafting.library import default_library, find_clause
from clausekit.drafting.generator import build_draft, example_answers, load_template
from clausekit.drafting.manifest import template_ids
from clausekit.review.lint import lint_path
from clausekit.resources import data_dir
from weakening import clause_span, weakened_draft

TEMPLATES = template_ids(data_dir("templates"))
ITEMS = Path(__file__).parents[1] / "items"
CHECKLIST = load_checklist()


@cache
def draft_bytes(template_id: str, lang: str, position: str) -> bytes:
    template = load_template(template_id)
    return docx_bytes(build_draft(template, example_answers(template), lang, position))


def profile_of(template_id: str) -> str:
    return load_template(template_id).manifest.profile


def checklist_items(profile: str) -> list[str]:
    return [i.id for i in CHECKLIST.items_for(profile) if i.kind == "checklist"]


def clause_title(clause_id: str, lang: str) -> str:
    return find_clause(default_library(), clause_id).title[lang]


def lint_docx(tmp_path: Path, document, lang: str, profile: str, name: str = "draft.docx"):
    path = tmp_path / name
    document.save(path)
    report = lint_path(path, profile=profile)
    assert report.language == lang
    return {item.id: item.status for item in report.items}, report


def open_draft(template_id, lang, position):
    return WordDocument(io.BytesIO(draft_bytes(template_id, lang, position)))


@pytest.mark.parametrize("position", ["preferred", "fallback"])
@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("template_id", TEMPLATES)
def test_every_draft_lints_strong(tmp_path, template_id, lang, position):
    profile = profile_of(template_id)
    statuses, report = lint_docx(tmp_path, open_draft(template_id, lang, position), lang, profile)
    assert report.profile == profile
    for item in checklist_items(profile):
        findings = [f"{f.rule}: {f.quote or f.message}" for f in report.findings if f.item == item]
        assert statuses[item] == "strong", (item, findings)


@pytest.mark.parametrize("position", ["preferred", "fallback"])
@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("template_id", TEMPLATES)
def test_removing_a_clause_makes_exactly_that_item_missing(tmp_path, template_id, lang, position):
    profile = profile_of(template_id)
    for item in checklist_items(profile):
        document = open_draft(template_id, lang, position)
        start, end = clause_span(document, clause_title(item, lang))
        for paragraph in document.paragraphs[start:end]:
            paragraph._p.getparent().remove(paragraph._p)
        statuses, _ = lint_docx(tmp_path, document, lang, profile, f"without-{item}.docx")
        assert statuses[item] == "missing", item
        others = {i: s for i, s in statuses.items() if i in checklist_items(profile) and i != item and s != "strong"}
        assert not others, (item, others)


def weakened_cases():
    for path in sorted(ITEMS.glob("*/weakened.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        for variant in raw["variants"]:
            for lang in ("fr", "en"):
                yield pytest.param(raw["item"], variant, lang, id=f"{raw['item']}-{variant['id']}-{lang}")


def template_for(item: str) -> str:
    profile = CHECKLIST.item(item).profiles[0]
    return next(t for t in TEMPLATES if profile_of(t) == profile)


@pytest.mark.parametrize("item, variant, lang", list(weakened_cases()))
def test_a_weakened_clause_is_reported_weak(tmp_path, item, variant, lang):
    template_id = template_for(item)
    document = weakened_draft(open_draft(template_id, lang, "preferred"), clause_title(item, lang), variant, lang)
    for clause_id in variant.get("without", []):  # a clause that settles the lacking element from elsewhere
        start, end = clause_span(document, clause_title(clause_id, lang))
        for paragraph in document.paragraphs[start:end]:
            paragraph._p.getparent().remove(paragraph._p)
    statuses, report = lint_docx(tmp_path, document, lang, profile_of(template_id), f"weak-{item}.docx")
    findings = [f"{f.rule}: {f.message}" for f in report.findings if f.item == item]
    assert statuses[item] == "weak", (variant["id"], variant["lacks"], findings)


# ---- hygiene clauses a contract of its type must have ------------------------------------------------
COMMERCIAL_CORE = ["warranty", "audit_rights", "liability_cap", "insurance", "confidentiality", "force_majeure"]
REQUIRED_HYGIENE = {t: COMMERCIAL_CORE for t in TEMPLATES if profile_of(t) == "supplier"}
REQUIRED_HYGIENE["joint_venture"] = [*COMMERCIAL_CORE, "change_of_control", "non_compete"]  # partners' warranties
for template_id in ("supplier_long_term", "supplier_strategic_equity"):  # teams that work side by side
    REQUIRED_HYGIENE[template_id] = [*COMMERCIAL_CORE, "non_solicit_employees"]


@pytest.mark.parametrize("position", ["preferred", "fallback"])
@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("template_id", sorted(REQUIRED_HYGIENE))
def test_every_draft_has_the_hygiene_clauses_of_its_type(tmp_path, template_id, lang, position):
    statuses, report = lint_docx(tmp_path, open_draft(template_id, lang, position), lang, profile_of(template_id))
    for item in REQUIRED_HYGIENE[template_id]:
        findings = [f"{f.rule}: {f.quote or f.message}" for f in report.findings if f.item == item]
        assert statuses[item] == "strong", (item, findings)


@pytest.mark.parametrize("template_id, position, lang, clause_id, item", [
    *(("supplier_framework", "preferred", lang, "warranty", "warranty") for lang in ("fr", "en")),
    *(("supplier_strategic_equity", "fallback", lang, "warranty", "warranty") for lang in ("fr", "en")),
    # elsewhere the data clause also lets the Customer audit (the processor audits of the GDPR)
    ("supplier_long_term", "fallback", "fr", "audit", "audit_rights"),
    ("supplier_spot", "fallback", "fr", "audit", "audit_rights"),
    *(("joint_venture", "preferred", lang, "non_compete", "non_compete") for lang in ("fr", "en")),
    *(("supplier_long_term", "fallback", lang, "non_solicitation", "non_solicit_employees") for lang in ("fr", "en")),
])
def test_removing_a_hygiene_clause_makes_its_item_missing(tmp_path, template_id, position, clause_id, item, lang):
    document = open_draft(template_id, lang, position)
    start, end = clause_span(document, clause_title(clause_id, lang))
    for paragraph in document.paragraphs[start:end]:
        paragraph._p.getparent().remove(paragraph._p)
    statuses, _ = lint_docx(tmp_path, document, lang, profile_of(template_id), f"without-{clause_id}.docx")
    assert statuses[item] == "missing"
