"""The clause library: one YAML file per clause, validated against clause_library/README.md.

The folder is a parameter everywhere, so that a firm can keep its own library and the
tests can point at small fixture clauses. A clause file is read and checked once per
process; every problem in it is reported at once, naming the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from .. import yaml_input
from ..checklist import LANGUAGES, in_item_package, load_checklist
from ..errors import ClauseKitError
from ..resources import data_dir
from .coherence import build_constraints
from .values import CONSTRAINT_KEYS, TYPES, ValueProblem, VariableSpec, constraint_problems, ordered, parse

POSITIONS = ("preferred", "fallback")
_CLAUSE_KEYS = {"id", "item", "also_satisfies", "title", "summary", "defines", "variables", "positions", "note",
                "constraints", "follows"}
_VARIABLE_KEYS = {"type", "default", "default_by_law", "help", "required", *CONSTRAINT_KEYS}
_PARAGRAPH_KEYS = {"id", "text", "items"}
IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class SourceParagraph:
    """One paragraph of a clause as written: Jinja text, an optional anchor, its items."""

    text: str
    anchor: str | None = None
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class DefinedTerm:
    key: str
    term: dict[str, str]  # lang -> term
    definition: dict[str, str]  # lang -> Jinja text, "means ..." / "désigne ..."


@dataclass(frozen=True)
class Clause:
    id: str
    path: Path
    title: dict[str, str]
    summary: dict[str, str]
    item: str | None
    also_satisfies: tuple[str, ...]
    defines: dict[str, DefinedTerm]
    variables: dict[str, VariableSpec]
    positions: dict[str, dict[str, tuple[SourceParagraph, ...]]]  # position -> lang -> paragraphs
    note: dict[str, str]
    constraints: tuple = ()  # coherence.Constraint: answers that contradict each other when this clause is in
    follows: str | None = None  # the clause whose position this one takes (termination follows term's notices)

    def paragraphs(self, position: str, lang: str) -> tuple[SourceParagraph, ...]:
        """The text of ``position``; boilerplate has only a preferred position, used for both."""
        return self.positions.get(position, self.positions["preferred"])[lang]


def load_yaml_file(path: Path, what: str) -> Any:
    """Parse a YAML file; any failure is one line naming the file."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ClauseKitError("no such file", path) from None
    except IsADirectoryError:
        raise ClauseKitError(f"is a directory, not {what}", path) from None
    except UnicodeDecodeError:
        raise ClauseKitError(f"not UTF-8 text, so not {what}", path) from None
    try:
        return yaml_input.load(text)  # impossible dates, huge numbers, duplicate keys: YAML errors
    except (yaml.YAMLError, RecursionError) as error:
        where, what = yaml_input.located(error, text)
        raise ClauseKitError(f"not valid YAML{f' ({where})' if where else ''}: {what}", path) from None


def default_library() -> tuple[Path, ...]:
    """The bundled library: clause_library/ (the clauses of no item: parties, notices...),
    then the ``clauses/`` folder of each item package, beside the item's entry and rules."""
    return (data_dir("clause_library"), *load_checklist().clause_folders)


def clause_ids(*folders: Path) -> list[str]:
    return sorted({path.stem for folder in folders for path in Path(folder).glob("*.yaml")})


def load_clause(folder: Path, clause_id: str) -> Clause:
    """The clause ``clause_id`` of the library in ``folder``, validated."""
    return _load_clause(Path(folder).resolve(), clause_id)


def load_library(*folders: Path) -> dict[str, Clause]:
    """Every clause of the folders; an id in several is the first folder's."""
    return {clause_id: find_clause(folders, clause_id) for clause_id in clause_ids(*folders)}


def find_clause(folders: tuple[Path, ...], clause_id: str) -> Clause:
    """The clause from the first of ``folders`` that holds it (the library, then the item packages' clauses)."""
    if IDENTIFIER.match(clause_id):
        for folder in folders:
            if (Path(folder) / f"{clause_id}.yaml").is_file():
                return load_clause(folder, clause_id)
    raise unknown_clause(folders, clause_id)


def unknown_clause(folders: tuple[Path, ...], clause_id: str) -> ClauseKitError:
    return ClauseKitError(f"unknown clause {clause_id!r}; valid: {', '.join(clause_ids(*folders)) or '(none)'}")


@cache
def _load_clause(folder: Path, clause_id: str) -> Clause:
    path = folder / f"{clause_id}.yaml"
    if not IDENTIFIER.match(clause_id) or not path.is_file():
        raise unknown_clause((folder,), clause_id)
    raw = load_yaml_file(path, "a clause file")
    problems: list[str] = []
    clause = _build_clause(raw, path, problems)
    if clause is None or problems:
        raise ClauseKitError("invalid clause file: " + "; ".join(problems), path)
    return clause


def unknown_keys(unknown: set, valid: set[str]) -> str:
    return f"unknown keys {', '.join(sorted(map(str, unknown)))} (valid: {', '.join(sorted(valid))})"


def bilingual(raw: Any, where: str, problems: list[str], required: bool = True) -> dict[str, str]:
    if raw is None and not required:
        return {}
    if not isinstance(raw, dict) or any(not isinstance(raw.get(lang), str) or not raw[lang].strip()
                                        for lang in LANGUAGES):
        problems.append(f"{where} needs a text for each language ({', '.join(LANGUAGES)})")
        return {}
    if set(raw) - set(LANGUAGES):
        problems.append(f"{where} has keys other than {', '.join(LANGUAGES)}: {', '.join(map(str, set(raw) - set(LANGUAGES)))}"
                        " (quote a text holding a comma)")
    return {lang: raw[lang] for lang in LANGUAGES}


def _build_clause(raw: Any, path: Path, problems: list[str]) -> Clause | None:
    if not isinstance(raw, dict):
        problems.append("must be a mapping (see clause_library/README.md)")
        return None
    unknown = set(raw) - _CLAUSE_KEYS
    if unknown:
        problems.append(unknown_keys(unknown, _CLAUSE_KEYS))
    clause_id = raw.get("id")
    if clause_id != path.stem:
        problems.append(f"id {clause_id!r} must equal the file name {path.stem!r}")
    checklist = load_checklist()
    item = raw.get("item")
    if item is not None and item not in checklist.items and not in_item_package(path, item):
        problems.append(f"item {item!r} is not a checklist item (valid: {', '.join(checklist.items)})")
    also = raw.get("also_satisfies") or []
    if not isinstance(also, list) or any(a not in checklist.items for a in also):
        problems.append(f"also_satisfies must be a list of checklist items (valid: {', '.join(checklist.items)})")
        also = []
    title = bilingual(raw.get("title"), "title", problems)
    summary = bilingual(raw.get("summary"), "summary", problems, required=False)
    note = bilingual(raw.get("note"), "note", problems, required=False)
    variables = _build_variables(raw.get("variables") or {}, f"clause {path.stem}", problems)
    defines = _build_defines(raw.get("defines") or {}, problems)
    needs_fallback = item in checklist.items and checklist.items[item].kind == "checklist"
    positions = _build_positions(raw.get("positions"), needs_fallback, problems)
    constraints = build_constraints(raw.get("constraints"), path.stem, path.stem, None, problems)
    follows = raw.get("follows")
    if follows is not None and not (isinstance(follows, str) and IDENTIFIER.match(follows)):
        problems.append("follows must be the id of another clause")
    if problems:
        return None
    return Clause(id=path.stem, path=path, title=title, summary=summary, item=item, also_satisfies=tuple(also),
                  defines=defines, variables=variables, positions=positions, note=note,
                  constraints=constraints, follows=follows)


def _build_defines(raw: Any, problems: list[str]) -> dict[str, DefinedTerm]:
    if not isinstance(raw, dict):
        problems.append("defines must be a mapping of term key -> {en: {term, definition}, fr: {...}}")
        return {}
    terms = {}
    for key, spec in raw.items():
        ok = isinstance(spec, dict) and all(
            isinstance(spec.get(lang), dict) and isinstance(spec[lang].get("term"), str)
            and isinstance(spec[lang].get("definition"), str) for lang in LANGUAGES)
        if not ok or not IDENTIFIER.match(str(key)):
            problems.append(f"defines.{key} needs, for each language, a term and a definition")
            continue
        terms[key] = DefinedTerm(key=key, term={lang: spec[lang]["term"] for lang in LANGUAGES},
                                 definition={lang: spec[lang]["definition"] for lang in LANGUAGES})
    return terms


def _build_positions(raw: Any, needs_fallback: bool, problems: list[str]) -> dict:
    if not isinstance(raw, dict) or "preferred" not in raw:
        problems.append("positions must have a preferred position")
        return {}
    wanted = POSITIONS if needs_fallback else ("preferred",)
    for position in wanted:
        if position not in raw:
            problems.append(f"a checklist clause needs a {position} position")
    unknown = set(raw) - set(POSITIONS)
    if unknown:
        problems.append(f"unknown positions {', '.join(sorted(map(str, unknown)))} (valid: {', '.join(POSITIONS)})")
    positions: dict[str, dict[str, tuple[SourceParagraph, ...]]] = {}
    for position in POSITIONS:
        if position not in raw:
            continue
        by_language = raw[position]
        if not isinstance(by_language, dict):
            problems.append(f"positions.{position} must map each language to a list of paragraphs")
            continue
        positions[position] = {}
        for lang in LANGUAGES:
            paragraphs = by_language.get(lang)
            where = f"positions.{position}.{lang}"
            if not isinstance(paragraphs, list) or not paragraphs:
                problems.append(f"{where} must be a non-empty list of paragraphs")
                continue
            positions[position][lang] = tuple(_build_paragraph(p, f"{where}[{i + 1}]", problems)
                                              for i, p in enumerate(paragraphs))
    return positions


def _build_paragraph(raw: Any, where: str, problems: list[str]) -> SourceParagraph:
    if isinstance(raw, str):
        return SourceParagraph(text=raw)
    if not isinstance(raw, dict) or not isinstance(raw.get("text"), str) or set(raw) - _PARAGRAPH_KEYS:
        problems.append(f"{where} must be a text or a mapping with text (and optional id, items)")
        return SourceParagraph(text="")
    anchor = raw.get("id")
    if anchor is not None and not IDENTIFIER.match(str(anchor)):
        problems.append(f"{where}: anchor id {anchor!r} must be lower-case letters, digits and _")
    items = raw.get("items") or []
    if not isinstance(items, list) or any(not isinstance(item, str) for item in items):
        problems.append(f"{where}: items must be a list of texts")
        items = []
    return SourceParagraph(text=raw["text"], anchor=anchor, items=tuple(items))


def _build_variables(raw: Any, origin: str, problems: list[str]) -> dict[str, VariableSpec]:
    if not isinstance(raw, dict):
        problems.append("variables must be a mapping of name -> {type, default, help, ...}")
        return {}
    variables = {}
    for name, spec in raw.items():
        variable = build_variable(str(name), spec, origin, problems)
        if variable:
            variables[str(name)] = variable
    return variables


def build_variable(name: str, spec: Any, origin: str, problems: list[str],
                   base: VariableSpec | None = None) -> VariableSpec | None:
    """A variable from its YAML declaration, or ``base`` changed by a template override."""
    where = f"variable {name}"
    if not IDENTIFIER.match(name):
        problems.append(f"{where}: name must be lower-case letters, digits and _")
        return None
    if not isinstance(spec, dict):
        problems.append(f"{where} must be a mapping with type, default, help")
        return None
    unknown = set(spec) - _VARIABLE_KEYS
    if unknown:
        problems.append(f"{where}: {unknown_keys(unknown, _VARIABLE_KEYS)}")
    type_name = spec.get("type", base.type if base else None)
    if type_name not in TYPES:
        problems.append(f"{where}: type {type_name!r} is not one of {', '.join(TYPES)}")
        return None
    if base is not None and "type" in spec and spec["type"] != base.type:
        problems.append(f"{where}: an override cannot change the type {base.type} to {spec['type']}")
        return None
    help_text = bilingual(spec.get("help"), f"{where}.help", problems) if "help" in spec or base is None else base.help
    constraints_raw = dict(base.constraints_raw) if base else {}
    constraints_raw.update({key: spec[key] for key in CONSTRAINT_KEYS if key in spec})
    values = {}
    for key in ("min", "max"):
        if key in constraints_raw:
            if not ordered(type_name):
                problems.append(f"{where}: {key} does not apply to type {type_name}")
                continue
            values[key] = _parse_declared(type_name, constraints_raw[key], f"{where}.{key}", problems)
    choices: tuple = ()
    if type_name == "enum":
        raw_choices = constraints_raw.get("choices")
        if not isinstance(raw_choices, list) or not raw_choices or any(not isinstance(c, str) for c in raw_choices):
            problems.append(f"{where}: an enum needs choices, a list of texts")
        else:
            choices = tuple(raw_choices)
    elif "choices" in constraints_raw:
        problems.append(f"{where}: choices apply only to type enum (use allowed)")
    allowed: tuple = ()
    if "allowed" in constraints_raw:
        raw_allowed = constraints_raw["allowed"]
        if not isinstance(raw_allowed, list) or not raw_allowed:
            problems.append(f"{where}: allowed must be a non-empty list")
        else:
            allowed = tuple(_parse_declared(type_name, v, f"{where}.allowed", problems) for v in raw_allowed)
    raw_default = spec["default"] if "default" in spec else (base.raw_default if base else None)
    default = None
    if raw_default is not None:
        default = _parse_declared(type_name, raw_default, f"{where}.default", problems)
    by_law: dict = dict(base.default_by_law) if base else {}
    raw_by_law = spec.get("default_by_law")
    if raw_by_law is not None:
        if not isinstance(raw_by_law, dict) or not raw_by_law or default is None:
            problems.append(f"{where}: default_by_law must map governing laws to defaults, beside a default")
        else:
            by_law = {str(law): (_parse_declared(type_name, raw, f"{where}.default_by_law.{law}", problems), raw)
                      for law, raw in raw_by_law.items()}
    required = spec.get("required", base.required if base else True)
    if not isinstance(required, bool):
        problems.append(f"{where}: required must be true or false")
    variable = VariableSpec(name=name, type=type_name, help=help_text, default=default, min=values.get("min"),
                            max=values.get("max"), allowed=allowed, choices=choices, required=bool(required),
                            origin=origin, raw_default=raw_default, constraints_raw=constraints_raw,
                            default_by_law=by_law)
    for value, raw in [(default, raw_default), *by_law.values()]:
        if value is not None:
            for problem in constraint_problems(variable, value, raw):
                problems.append(f"default of {problem}")
    return variable


def _parse_declared(type_name: str, raw: Any, where: str, problems: list[str]) -> Any:
    try:
        return parse(type_name, raw)
    except ValueProblem as problem:
        problems.append(f"{where}: {raw!r} {problem}")
        return None
