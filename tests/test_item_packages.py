"""An organisation adds a checklist item end to end with one folder and one manifest line.

From a temporary project: ``house_items/price_revision/`` (its checklist entry, its lint
rules, its library clause), a ``clausekit.toml`` naming that folder in ``item-dirs``, and
a copy of the supplier framework template whose manifest gains one line. Then the real
command line lists the item's rules, drafts with its clause, lints the draft (the item is
strong) and lints the draft without it (the item is missing).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from clausekit.checklist import load_checklist
from clausekit.errors import ClauseKitError
from clausekit.resources import data_dir

ITEM = """\
id: price_revision
kind: checklist
profiles: [supplier]
title: {en: Price revision, fr: Révision des prix}
why:
  en: A price fixed for years with no revision mechanism ends in a dispute or a supplier that walks away.
  fr: Un prix figé pendant des années sans mécanisme de révision finit en litige ou en rupture.
elements:
  index: {en: revision by reference to a published index, fr: une révision par référence à un indice publié}
"""

RULES = """\
item: price_revision
fix: price_revision
locate:
  headings:
    en: ['\\bprice revision\\b', '\\brevision of (?:the )?prices?\\b']
    fr: ['\\brévision des prix\\b']
  anchors:
    en: ['\\bprices? (?:shall|will) be revised\\b']
    fr: ['\\bprix (?:seront|sont) révisés\\b']
elements:
  index:
    patterns:
      en: ['\\bindex\\b']
      fr: ['\\bindice\\b']
rules:
  price_revision.missing:
    check: missing
    severity: error
    message: {en: "No price revision clause.", fr: "Aucune clause de révision des prix."}
    doc: {en: "Add a price revision clause indexed on a published index.", fr: "Ajoutez une clause de révision indexée."}
    examples:
      pass: {en: "Price Revision. The prices shall be revised each year by reference to the index.", fr: "Révision des prix. Les prix sont révisés chaque année selon l'indice."}
      fail: {en: "The prices are fixed.", fr: "Les prix sont fermes."}
  price_revision.index:
    check: element:index
    severity: warning
    message: {en: "The price revision names no index.", fr: "La révision des prix ne cite aucun indice."}
    doc: {en: "Name the published index the revision follows.", fr: "Citez l'indice publié que suit la révision."}
    examples:
      pass: {en: "Price Revision. The prices shall be revised each year by reference to the index.", fr: "Révision des prix. Les prix sont révisés chaque année selon l'indice."}
      fail: {en: "Price Revision. The prices shall be revised each year as agreed.", fr: "Révision des prix. Les prix sont révisés chaque année d'un commun accord."}
"""

CLAUSE = """\
id: price_revision
item: price_revision
title: {en: Price Revision, fr: Révision des prix}
summary:
  en: The prices follow a published index once a year.
  fr: Les prix suivent chaque année un indice publié.
positions:
  preferred:
    en:
      - "On each anniversary of the Effective Date, the prices shall be revised by applying the change, over the previous twelve months, of the index published by the national statistics office for the goods supplied."
    fr:
      - "À chaque date anniversaire de la Date d'Entrée en Vigueur, les prix sont révisés par application de la variation, sur les douze mois écoulés, de l'indice publié par l'institut national de la statistique pour les biens fournis."
  fallback:
    en:
      - "Once a year, at the request of either Party, the prices shall be revised by reference to the index published by the national statistics office for the goods supplied, within a limit of three per cent."
    fr:
      - "Une fois par an, à la demande de l'une ou l'autre Partie, les prix sont révisés par référence à l'indice publié par l'institut national de la statistique pour les biens fournis, dans la limite de trois pour cent."
note:
  en: An index the Parties do not control keeps the revision out of negotiation.
  fr: Un indice que les Parties ne maîtrisent pas soustrait la révision à la négociation.
"""


def _clausekit(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "clausekit", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("house")
    package = root / "house_items" / "price_revision"
    (package / "clauses").mkdir(parents=True)
    (package / "item.yaml").write_text(ITEM, encoding="utf-8")
    (package / "rules.yaml").write_text(RULES, encoding="utf-8")
    (package / "clauses" / "price_revision.yaml").write_text(CLAUSE, encoding="utf-8")
    (root / "clausekit.toml").write_text('item-dirs = ["house_items"]\n', encoding="utf-8")
    templates = root / "templates"
    shutil.copytree(data_dir("templates"), templates)
    manifest = templates / "supplier_framework" / "manifest.yaml"
    text = manifest.read_text(encoding="utf-8")
    assert "\n  - force_majeure\n" in text
    manifest.write_text(text.replace("\n  - force_majeure\n", "\n  - price_revision\n  - force_majeure\n"),
                        encoding="utf-8")  # the one manifest line
    return root


def _lint_json(project: Path, draft: Path) -> dict:
    result = _clausekit("lint", str(draft), "--format", "json", "--profile", "supplier", "--fail-on", "never",
                        cwd=project)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["documents"][0]


def test_the_rules_command_lists_the_organisation_item(project):
    listed = _clausekit("rules", "--item", "price_revision", cwd=project)
    assert listed.returncode == 0, listed.stderr
    assert "price_revision.missing" in listed.stdout and "price_revision.index" in listed.stdout
    elsewhere = _clausekit("rules", "--item", "price_revision", cwd=project.parent)  # no configuration there
    assert elsewhere.returncode == 2 and "unknown checklist item 'price_revision'" in elsewhere.stderr


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_draft_with_the_new_clause_lints_it_strong_and_without_it_missing(project, lang):
    draft = project / f"framework.{lang}.docx"
    made = _clausekit("generate", "supplier_framework", "--templates-dir", "templates", "--answers",
                      "templates/examples/supplier_framework.yaml", "--lang", lang, "-o", draft.name,
                      "--no-input", "--force", cwd=project)
    assert made.returncode == 0, made.stderr
    report = _lint_json(project, draft)
    statuses = {item["id"]: item["status"] for item in report["items"]}
    assert statuses["price_revision"] == "strong"
    assert {s for i, s in statuses.items() if i in ("term", "sla_bonus_malus", "data")} == {"strong"}

    without = project / f"framework_without.{lang}.docx"
    made = _clausekit("generate", "supplier_framework", "--answers", "templates/examples/supplier_framework.yaml",
                      "--lang", lang, "-o", without.name, "--no-input", "--force", cwd=project)
    assert made.returncode == 0, made.stderr  # the bundled template: no price revision clause
    report = _lint_json(project, without)
    missing = [f for f in report["findings"] if f["rule"] == "price_revision.missing"]
    assert {i["id"]: i["status"] for i in report["items"]}["price_revision"] == "missing" and missing


def test_an_item_package_that_redefines_a_builtin_item_is_refused(tmp_path):
    package = tmp_path / "pilot"
    package.mkdir()
    (package / "item.yaml").write_text(ITEM.replace("price_revision", "pilot"), encoding="utf-8")
    with pytest.raises(ClauseKitError, match="already defined") as raised:
        load_checklist([tmp_path])
    assert raised.value.path == str((package / "item.yaml").resolve())


def test_an_item_entry_with_an_unknown_profile_names_its_file(tmp_path):
    package = tmp_path / "price_revision"
    package.mkdir()
    (package / "item.yaml").write_text(ITEM.replace("[supplier]", "[suppliers]"), encoding="utf-8")
    with pytest.raises(ClauseKitError, match="profiles among partnership, supplier"):
        load_checklist([tmp_path])


def test_the_package_files_follow_the_published_schemas():
    import jsonschema
    import yaml

    schemas = Path(__file__).parents[1] / "schemas"
    for name, text in (("item", ITEM), ("rules", RULES), ("clause", CLAUSE)):
        schema = json.loads((schemas / f"{name}.schema.json").read_text(encoding="utf-8"))
        jsonschema.validate(yaml.safe_load(text), schema)


def test_the_sarif_catalogue_and_rule_dirs_follow_the_configuration(project, tmp_path):
    sarif = _clausekit("lint", str(Path(__file__).parent / "data" / "contracts" / "supplier_weak.fr.txt"),
                       "--format", "sarif", "--fail-on", "never", cwd=project)
    assert sarif.returncode == 0, sarif.stderr
    described = {rule["id"] for rule in json.loads(sarif.stdout)["runs"][0]["tool"]["driver"]["rules"]}
    assert {"price_revision.missing", "price_revision.index", "pilot.missing"} <= described

    playbook = tmp_path / "playbook"
    playbook.mkdir()
    rules = (data_dir("items") / "force_majeure" / "rules.yaml").read_text(encoding="utf-8")
    changed = rules.replace('"No force majeure clause."', '"Our playbook requires a force majeure clause."')
    assert changed != rules
    (playbook / "force_majeure.yaml").write_text(changed, encoding="utf-8")
    (tmp_path / "clausekit.toml").write_text('rule-dirs = ["playbook"]\n', encoding="utf-8")
    listed = _clausekit("rules", "--item", "force_majeure", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "Our playbook requires a force majeure clause." in listed.stdout
