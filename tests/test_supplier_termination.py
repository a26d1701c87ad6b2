"""A supplier contract without a termination clause fails CI: `termination` is a supplier checklist item."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from clausekit.checklist import load_checklist
from clausekit.cli import cli

SUPPLIER = {
    "en": ("FRAMEWORK SUPPLY AGREEMENT\n\n1. Purpose\nThe Supplier shall supply the Products ordered by the Customer "
           "under this Agreement.\n\n2. Term\nThis Agreement is entered into for a fixed term of two (2) years from "
           "1 March 2027. It shall not be renewed tacitly.\n\n3. Price\nThe prices are set out in the price list.\n\n"
           "{termination}4. Governing law\nThis Agreement is governed by French law.\n"),
    "fr": ("CONTRAT-CADRE DE FOURNITURE\n\nArticle 1 - Objet\nLe Fournisseur fournit les Produits commandés par le "
           "Client au titre du Contrat.\n\nArticle 2 - Durée\nLe Contrat est conclu pour une durée déterminée de "
           "deux (2) ans à compter du 1er mars 2027. Il n'est pas reconduit tacitement.\n\nArticle 3 - Prix\nLes prix "
           "figurent dans la grille tarifaire.\n\n{termination}Article 4 - Droit applicable\nLe Contrat est soumis au "
           "droit français.\n"),
}
TERMINATION = {
    "en": ("3A. Termination\nEither Party may terminate this Agreement by written notice if the other Party commits "
           "a material breach which it fails to remedy within thirty (30) days of a formal notice.\n\n"),
    "fr": ("Article 3A - Résiliation\nChaque Partie peut résilier le Contrat en cas de manquement grave de l'autre "
           "Partie auquel il n'a pas été remédié dans les trente (30) jours d'une mise en demeure.\n\n"),
}


def lint(tmp_path, lang, with_termination):
    path = tmp_path / f"supply.{lang}.txt"
    path.write_text(SUPPLIER[lang].format(termination=TERMINATION[lang] if with_termination else ""), encoding="utf-8")
    result = CliRunner().invoke(cli, ["lint", "--format", "json", "--profile", "supplier", str(path)],
                                standalone_mode=False, catch_exceptions=False)
    document = json.loads(result.output)["documents"][0]
    item = next(i for i in document["items"] if i["id"] == "termination")
    return item, [f for f in document["findings"] if f["item"] == "termination"], result.return_value


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_termination_clause_is_a_missing_checklist_item_that_fails_ci(tmp_path, lang):
    item, findings, code = lint(tmp_path, lang, with_termination=False)
    assert item["status"] == "missing" and item["kind"] == "checklist"
    assert [(f["rule"], f["severity"]) for f in findings] == [("termination.missing", "error")]
    assert code == 1  # the default --fail-on error


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_termination_clause_with_grounds_and_notice_is_strong(tmp_path, lang):
    item, findings, _ = lint(tmp_path, lang, with_termination=True)
    assert item["status"] == "strong", findings


def test_termination_is_required_of_suppliers_only():
    item = load_checklist().item("termination")
    assert item.kind == "checklist" and item.profiles == ("supplier",)
    partnership = [i.id for i in load_checklist().items_for("partnership") if i.kind == "checklist"]
    assert "termination" not in partnership and "exit" in partnership
