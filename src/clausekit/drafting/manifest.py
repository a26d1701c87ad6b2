"""Contract templates: ``templates/<id>/manifest.yaml`` lists the clauses of one contract
type in order, its own variables (parties, dates) and the overrides that fit the clause
variables to the type (a spot contract is short, a framework lasts 1 to 3 years...).

``assemble`` joins a manifest with its clauses into the one set of variables that an
answers file fills: template variables first, then each clause's, a name declared twice
being one variable (the first declaration wins; both must agree on the type).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..checklist import load_checklist
from ..errors import ClauseKitError
from .coherence import Constraint, build_constraints
from .library import IDENTIFIER, Clause, bilingual, build_variable, find_clause, load_yaml_file, unknown_keys
from .values import VariableSpec

_MANIFEST_KEYS = {"id", "profile", "title", "description", "clauses", "variables", "overrides", "constraints"}
_ENTRY_KEYS = {"id", "optional", "when", "numbered"}
TEMPLATE_ORIGIN = "template"


@dataclass(frozen=True)
class ClauseEntry:
    id: str
    optional: bool = False
    when: str | None = None  # a boolean variable: the clause is in the draft when it is true
    numbered: bool = True  # the preamble (parties) and the signatures are not numbered


@dataclass(frozen=True)
class Manifest:
    id: str
    path: Path
    profile: str
    title: dict[str, str]
    description: dict[str, str]
    clauses: tuple[ClauseEntry, ...]
    variables: dict[str, VariableSpec]
    overrides: dict[str, dict]
    constraints: tuple[Constraint, ...] = ()


@dataclass(frozen=True)
class ContractTemplate:
    """A manifest with its clauses loaded and its variables merged and overridden."""

    manifest: Manifest
    clauses: dict[str, Clause]
    variables: dict[str, VariableSpec]
    users: dict[str, tuple[str, ...]]  # variable -> clause ids that declare it ("template" for its own)
    library_ids: frozenset[str] = frozenset()  # every clause of the library, in the draft or not
    constraints: tuple[Constraint, ...] = ()  # the template's and its clauses', on variables it has

    def included(self, values: dict) -> list[ClauseEntry]:
        """The clause entries that are in the draft given the answers' switches."""
        return [entry for entry in self.manifest.clauses if entry.when is None or values.get(entry.when) is True]


def template_ids(folder: Path) -> list[str]:
    return sorted(path.parent.name for path in Path(folder).glob("*/manifest.yaml"))


def load_manifest(folder: Path, template_id: str) -> Manifest:
    return _load_manifest(Path(folder).resolve(), template_id)


def assemble(templates_dir: Path, library_dirs: tuple[Path, ...], template_id: str) -> ContractTemplate:
    """The template with its clauses, each from the first of ``library_dirs`` holding it."""
    folders = tuple(Path(folder).resolve() for folder in library_dirs)
    return _assemble(Path(templates_dir).resolve(), folders, template_id)


@cache
def _load_manifest(folder: Path, template_id: str) -> Manifest:
    path = folder / template_id / "manifest.yaml"
    if not IDENTIFIER.match(template_id) or not path.is_file():
        raise ClauseKitError(f"unknown template {template_id!r}; valid: {', '.join(template_ids(folder)) or '(none)'}")
    raw = load_yaml_file(path, "a template manifest")
    problems: list[str] = []
    if not isinstance(raw, dict):
        raise ClauseKitError("invalid manifest: must be a mapping", path)
    unknown = set(raw) - _MANIFEST_KEYS
    if unknown:
        problems.append(unknown_keys(unknown, _MANIFEST_KEYS))
    if raw.get("id") != template_id:
        problems.append(f"id {raw.get('id')!r} must equal the folder name {template_id!r}")
    profiles = load_checklist().profiles
    if raw.get("profile") not in profiles:
        problems.append(f"profile {raw.get('profile')!r} is not one of {', '.join(profiles)}")
    title = bilingual(raw.get("title"), "title", problems)
    description = bilingual(raw.get("description"), "description", problems)
    entries = _build_entries(raw.get("clauses"), problems)
    variables = {}
    raw_variables = raw.get("variables") or {}
    if not isinstance(raw_variables, dict):
        problems.append("variables must be a mapping")
        raw_variables = {}
    for name, spec in raw_variables.items():
        variable = build_variable(str(name), spec, f"{TEMPLATE_ORIGIN} {template_id}", problems)
        if variable:
            variables[str(name)] = variable
    overrides = raw.get("overrides") or {}
    if not isinstance(overrides, dict) or any(not isinstance(v, dict) for v in overrides.values()):
        problems.append("overrides must map variable names to {default, min, max, allowed, ...}")
        overrides = {}
    constraints = build_constraints(raw.get("constraints"), None, template_id, None, problems)
    if problems:
        raise ClauseKitError("invalid manifest: " + "; ".join(problems), path)
    return Manifest(id=template_id, path=path, profile=raw["profile"], title=title, description=description,
                    clauses=entries, variables=variables, overrides=overrides, constraints=constraints)


def _build_entries(raw: object, problems: list[str]) -> tuple[ClauseEntry, ...]:
    if not isinstance(raw, list) or not raw:
        problems.append("clauses must be a non-empty list of {id: ...}")
        return ()
    entries = []
    for position, entry in enumerate(raw, 1):
        if isinstance(entry, str):
            entry = {"id": entry}
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str) or set(entry) - _ENTRY_KEYS:
            problems.append(f"clauses[{position}] must be {{id: ..., optional: true, when: variable, numbered: false}}")
            continue
        optional = entry.get("optional", False)
        when = entry.get("when")
        if when is not None and not optional:
            problems.append(f"clauses[{position}] ({entry['id']}): a clause with when: must be optional: true")
        entries.append(ClauseEntry(id=entry["id"], optional=bool(optional), when=when,
                                   numbered=bool(entry.get("numbered", True))))
    ids = [entry.id for entry in entries]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        problems.append(f"clauses listed twice: {', '.join(duplicates)}")
    return tuple(entries)


@cache
def _assemble(templates_dir: Path, library_dirs: tuple[Path, ...], template_id: str) -> ContractTemplate:
    manifest = load_manifest(templates_dir, template_id)
    clauses = {entry.id: find_clause(library_dirs, entry.id) for entry in manifest.clauses}
    problems: list[str] = []
    variables: dict[str, VariableSpec] = dict(manifest.variables)
    users: dict[str, list[str]] = {name: [TEMPLATE_ORIGIN] for name in variables}
    for entry in manifest.clauses:
        for name, spec in clauses[entry.id].variables.items():
            if name in variables and variables[name].type != spec.type:
                problems.append(f"variable {name} is a {spec.type} in clause {entry.id} "
                                f"but a {variables[name].type} in {variables[name].origin}")
                continue
            variables.setdefault(name, spec)
            users.setdefault(name, []).append(entry.id)
    for name, override in manifest.overrides.items():
        if name not in variables:
            problems.append(f"overrides.{name}: no clause of this template declares {name}")
            continue
        changed = build_variable(name, override, f"{TEMPLATE_ORIGIN} {template_id}", problems, base=variables[name])
        if changed:
            variables[name] = changed
    for entry in manifest.clauses:
        if entry.when is not None and (entry.when not in manifest.variables or variables[entry.when].type != "boolean"):
            problems.append(f"clause {entry.id}: when: {entry.when} must be a boolean variable of the template")
    unknown = sorted({name for name in _names(manifest.constraints) if name not in variables})
    if unknown:
        problems.append(f"constraints name variables this template does not have: {', '.join(unknown)}")
    # A clause's constraint on a variable of a clause this template lacks does not apply here.
    constraints = manifest.constraints + tuple(
        constraint for entry in manifest.clauses for constraint in clauses[entry.id].constraints
        if all(name in variables for name in constraint.names()))
    if problems:
        raise ClauseKitError("invalid template: " + "; ".join(problems), manifest.path)
    return ContractTemplate(manifest=manifest, clauses=clauses, variables=variables,
                            users={name: tuple(ids) for name, ids in users.items()},
                            library_ids=frozenset(path.stem for folder in library_dirs for path in folder.glob("*.yaml")),
                            constraints=constraints)


def _names(constraints: tuple[Constraint, ...]) -> set[str]:
    return {name for constraint in constraints for name in constraint.names()}
