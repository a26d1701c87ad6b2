"""The clause library loader: the schema of clause_library/README.md, on fixtures and on the real files."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from jinja2 import meta
from jinja2.sandbox import SandboxedEnvironment

from clausekit.checklist import LANGUAGES, load_checklist
from clausekit.drafting.labels import labels
from clausekit.drafting.library import POSITIONS, clause_ids, default_library, load_clause, load_library
from clausekit.drafting.manifest import assemble, load_manifest, template_ids
from clausekit.drafting.values import Duration
from clausekit.errors import ClauseKitError
from clausekit.resources import data_dir

FIXTURES = Path(__file__).parent / "fixtures"
LIBRARY = default_library()  # clause_library/, then every item package's clauses/
FIXED_CLAUSE_IDS = {
    "pilot", "exit", "non_cannibalisation", "governance", "alignment", "continuous_improvement", "sla_bonus_malus",
    "data", "term", "parties", "definitions", "purpose", "termination", "confidentiality", "intellectual_property",
    "liability", "insurance", "force_majeure", "assignment", "notices", "governing_law", "entire_agreement",
    "signatures", "affiliation_commission", "brand_licence", "jv_structure", "supply_orders", "framework_orders",
    "volume_commitment", "equity_investment", "warranty", "audit", "supply_terms", "non_compete", "jv_exit",
    "non_solicitation", "exclusivity", "liquidated_damages", "contribution_warranty", "jv_information",
    "co_branding_economics",
}
# Names every template declares, so that every clause may use them.
TEMPLATE_NAMES = {"party_a", "party_b", "party_a_name", "party_b_name", "effective_date", "contract_title",
                  "place_of_signature"}
_REF = re.compile(r"ref\('([a-z0-9_]+)(?:\.([a-z0-9_]+))?'\)")


def test_fixture_clause_loads_with_typed_variables():
    pilot = load_clause(FIXTURES / "clauses", "pilot")
    assert pilot.item == "pilot"
    assert pilot.title == {"en": "Pilot Phase", "fr": "Phase pilote"}
    duration = pilot.variables["pilot_duration"]
    assert (duration.type, duration.default, duration.min, duration.max) == (
        "duration", Duration(4, "months"), Duration(3, "months"), Duration(6, "months"))
    assert pilot.variables["pilot_review_frequency"].allowed == ("semiannual", "annual")
    assert [p.anchor for p in pilot.paragraphs("preferred", "en")] == [None, "kpi"]
    assert pilot.defines["pilot_period"].term["fr"] == "Période Pilote"


def test_boilerplate_uses_its_preferred_text_for_the_fallback_position():
    signatures = load_clause(FIXTURES / "clauses", "signatures")
    assert signatures.paragraphs("fallback", "fr") == signatures.paragraphs("preferred", "fr")


def test_unknown_clause_lists_the_valid_ones():
    with pytest.raises(ClauseKitError, match=r"unknown clause 'pilott'; valid: definitions, exit, governance, parties"):
        load_clause(FIXTURES / "clauses", "pilott")


def write_clause(folder: Path, text: str, name: str = "pilot") -> Path:
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    return folder


def test_every_schema_problem_of_a_file_is_reported_at_once(tmp_path):
    folder = write_clause(tmp_path / "lib", """
id: pilot
item: pilots
title: {en: Pilot}
colour: blue
variables:
  pilot_duration: {type: duration, default: 12 months, max: 6 months, help: {en: x, fr: y}}
  review: {type: weekly, help: {en: x, fr: y}}
  trial_length: {type: duration, default: 3 months, max: 6 months, default_by_law: {england: 9 months}, help: {en: x, fr: y}}
  centre: {type: text, default_by_law: {england: CEDR}, help: {en: x, fr: y}}
positions:
  preferred:
    en: ["text"]
    fr: []
""")
    with pytest.raises(ClauseKitError) as error:
        load_clause(folder, "pilot")
    message = str(error.value)
    assert message.startswith(f"{folder.resolve() / 'pilot.yaml'}: invalid clause file: ")
    for expected in ("unknown keys colour", "item 'pilots' is not a checklist item",
                     "title needs a text for each language",
                     "default of pilot_duration: \"12 months\" is above the maximum 6 months",
                     "type 'weekly' is not one of", "positions.preferred.fr must be a non-empty list",
                     "default of trial_length: \"9 months\" is above the maximum 6 months",
                     "variable centre: default_by_law must map governing laws to defaults, beside a default"):
        assert expected in message


def test_a_checklist_clause_needs_a_fallback_position(tmp_path):
    folder = write_clause(tmp_path / "lib", """
id: pilot
item: pilot
title: {en: Pilot, fr: Pilote}
positions:
  preferred: {en: ["a"], fr: ["b"]}
""")
    with pytest.raises(ClauseKitError, match="a checklist clause needs a fallback position"):
        load_clause(folder, "pilot")


def test_a_clause_file_that_is_not_yaml_names_the_file_and_the_line(tmp_path):
    folder = write_clause(tmp_path / "lib", "id: pilot\ntitle: {en: [unclosed\n")
    with pytest.raises(ClauseKitError, match=r"pilot\.yaml: not valid YAML \(line 3, column 1\)"):
        load_clause(folder, "pilot")


# ---- the real library -------------------------------------------------------------------

def test_the_library_holds_exactly_the_fixed_clause_ids():
    assert set(clause_ids(*LIBRARY)) == FIXED_CLAUSE_IDS


def test_every_real_clause_file_follows_the_schema():
    library = load_library(*LIBRARY)  # raises on the first invalid file, naming it
    checklist_items = {i.id for i in load_checklist().items.values() if i.kind == "checklist"}
    for clause in library.values():
        if clause.item in checklist_items:
            assert clause.item == clause.id
            assert set(clause.positions) == set(POSITIONS), clause.id
        else:  # boilerplate: one wording, or two when it follows a checklist clause's position
            assert set(clause.positions) in ({"preferred"}, set(POSITIONS)), clause.id


def _texts(clause):
    for position, by_language in clause.positions.items():
        for lang, paragraphs in by_language.items():
            for index, paragraph in enumerate(paragraphs, 1):
                yield f"{position}/{lang}[{index}]", paragraph.text
                for n, item in enumerate(paragraph.items, 1):
                    yield f"{position}/{lang}[{index}].{n}", item
    for key, term in clause.defines.items():
        for lang in LANGUAGES:
            yield f"defines.{key}.{lang}", term.definition[lang]


def test_every_real_clause_text_compiles_and_uses_only_declared_names():
    environment = SandboxedEnvironment()
    library = load_library(*LIBRARY)
    anchors = {(c.id, p.anchor) for c in library.values() for by_lang in c.positions.values()
               for paragraphs in by_lang.values() for p in paragraphs if p.anchor}
    terms = {key for clause in library.values() for key in clause.defines}
    switches = {name for tid in template_ids(data_dir("templates"))
                for name in load_manifest(data_dir("templates"), tid).variables}
    problems = []
    for clause in library.values():
        allowed = set(clause.variables) | TEMPLATE_NAMES | switches | {"ref", "term", "included", "french_law", "english_law"}
        # A clause may read the variables of a clause it refers to (termination follows term's notices).
        referred = {target for _, source in _texts(clause) for target, _ in _REF.findall(source)}
        allowed |= {name for target in referred & set(library) for name in library[target].variables}
        for where, source in _texts(clause):
            used = meta.find_undeclared_variables(environment.parse(source))
            problems += [f"{clause.id} {where}: undeclared {name}" for name in sorted(used - allowed)]
            for target, anchor in _REF.findall(source):
                if target not in FIXED_CLAUSE_IDS or (anchor and (target, anchor) not in anchors):
                    problems.append(f"{clause.id} {where}: ref to {target}.{anchor}")
            problems += [f"{clause.id} {where}: unknown term {key}"
                         for key in re.findall(r"term\('([a-z0-9_]+)'\)", source) if key not in terms]
    assert problems == []


def test_every_variable_of_the_library_and_of_the_templates_has_a_label_in_each_language():
    """The interview question and the "[To be completed: ...]" placeholder name a fact by its label, never its name."""
    used = {name: f"clause {clause.id}" for clause in load_library(*LIBRARY).values() for name in clause.variables}
    for tid in template_ids(data_dir("templates")):
        used.update({name: f"template {tid}" for name in assemble(data_dir("templates"), LIBRARY, tid).variables
                     if name not in used})
    problems = []
    for name, where in sorted(used.items()):
        found = labels().get(name)
        if not isinstance(found, dict):
            problems.append(f"{where}: {name} has no label")
            continue
        for lang in LANGUAGES:
            label = found.get(lang)
            if not isinstance(label, str) or not label.strip():
                problems.append(f"{where}: {name} has no {lang} label")
            elif label.strip() == name:
                problems.append(f"{where}: the {lang} label of {name} is its name")
    assert problems == []


def test_copied_library_is_read_from_its_own_folder(tmp_path):
    """The library folder is a parameter: a firm's own copy is loaded, not the bundled one."""
    copy = tmp_path / "firm_library"
    shutil.copytree(FIXTURES / "clauses", copy)
    text = (copy / "exit.yaml").read_text(encoding="utf-8").replace("title: {en: Exit,", "title: {en: Walking Away,")
    (copy / "exit.yaml").write_text(text, encoding="utf-8")
    assert load_clause(copy, "exit").title["en"] == "Walking Away"
    assert load_clause(FIXTURES / "clauses", "exit").title["en"] == "Exit"
