"""The JSON Schemas of schemas/ describe the data files as the loaders read them.

They serve editors (a ``yaml-language-server`` modeline) and readers; these tests keep
them true: every bundled item, rule file, clause and manifest is valid, and the mistakes
the schemas exist to catch (a misspelt key, a comma in an unquoted text) are refused
by the schema and by the loader alike.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from clausekit.checklist import load_item
from clausekit.errors import ClauseKitError
from clausekit.review.rules import load_rules

ROOT = Path(__file__).parents[1]
SCHEMAS = ROOT / "schemas"
BUNDLED = {"item": ("items/*/item.yaml",), "rules": ("items/*/rules.yaml",),
           "clause": ("clause_library/*.yaml", "items/*/clauses/*.yaml"), "manifest": ("templates/*/manifest.yaml",)}
PROFILES = {"partnership": {}, "supplier": {}}


def validator(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("name", sorted(BUNDLED))
def test_every_bundled_file_is_valid(name):
    files = sorted(path for pattern in BUNDLED[name] for path in ROOT.glob(pattern))
    assert files
    check = validator(name)
    problems = [f"{path.relative_to(ROOT)}: {list(error.absolute_path)} {error.message}"
                for path in files for error in check.iter_errors(yaml.safe_load(path.read_text(encoding="utf-8")))]
    assert problems == []


def test_a_comma_in_an_unquoted_text_is_refused_by_schema_and_loader(tmp_path):
    package = tmp_path / "audit_rights"
    package.mkdir()
    text = "id: audit_rights\nkind: hygiene\ntitle: {en: Audit, fr: Audit}\nwhy: {en: Check invoices, costs., fr: Vérifier.}\n"
    (package / "item.yaml").write_text(text, encoding="utf-8")
    assert list(validator("item").iter_errors(yaml.safe_load(text)))
    with pytest.raises(ClauseKitError, match="quote a text holding a comma"):
        load_item(package, PROFILES)


def test_a_misspelt_key_is_refused_by_schema_and_loader(tmp_path):
    raw = yaml.safe_load((ROOT / "items" / "force_majeure" / "rules.yaml").read_text(encoding="utf-8"))
    raw["locate"]["anchor"] = raw["locate"].pop("anchors")
    assert any("anchor" in error.message for error in validator("rules").iter_errors(raw))
    (tmp_path / "force_majeure.yaml").write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ClauseKitError, match="unknown key.*anchor") as raised:
        load_rules([tmp_path])
    assert raised.value.path and raised.value.path.endswith("force_majeure.yaml")
