"""Answers: read the user's YAML, ask for what is missing, validate everything at once.

Validation runs before any rendering and collects every problem (unknown variable,
wrong type, broken constraint, missing required value), each naming the field, the
value and the rule, so that one run of ``clausekit generate`` shows the whole list.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from ..errors import AnswersError, ClauseKitError
from .coherence import coherence_problems, schedule_problems
from .library import load_yaml_file
from .manifest import TEMPLATE_ORIGIN, ContractTemplate
from .values import GOVERNING_LAW, ValueProblem, VariableSpec, constraint_problems, parse, show

# Called for a missing answer on a terminal; returns a value already parsed and checked.
Prompt = Callable[[VariableSpec], Any]


def read_answers(path: str | Path) -> dict[str, Any]:
    """The answers file as a mapping; an empty file is an empty mapping."""
    raw = load_yaml_file(Path(path), "an answers file")
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ClauseKitError("an answers file must be a mapping of variable: value (see `clausekit init`)", path)
    return {str(key): value for key, value in raw.items()}


def is_fixed(spec: VariableSpec) -> bool:
    """A variable the template pins to one value (e.g. contract_type): never asked."""
    return len(spec.allowed) == 1 and spec.has_default


def check_value(spec: VariableSpec, raw: Any) -> tuple[Any, list[str]]:
    """Parse and check one answer: (value, problems)."""
    try:
        value = parse(spec.type, raw)
    except ValueProblem as problem:
        return None, [f"{spec.name}: {show(raw)} {problem} (rule: type {spec.type})"]
    return value, constraint_problems(spec, value, raw)


def resolve_answers(template: ContractTemplate, answers: dict[str, Any], prompt: Prompt | None = None,
                    source: str | Path | None = None, lang: str = "en", position: str = "preferred",
                    gaps: bool = False, positions: dict[str, str] | None = None) -> dict[str, Any]:
    """Every variable's value: the answer, else what the prompt gets, else the default.

    Template variables are resolved first, because their switches (``when:``) decide
    which clauses are in the draft, and so which clause variables are required.
    With ``gaps``, a required answer nobody gave stays None (the draft shows a placeholder)
    instead of being a problem. Then the answers are checked against each other (``coherence``). Raises
    ``AnswersError`` with every problem found.
    """
    problems: list[str] = []
    for key in answers:
        if key not in template.variables:
            close = difflib.get_close_matches(key, template.variables, n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            problems.append(f"{key}: unknown variable for template {template.manifest.id}{hint}")
    values: dict[str, Any] = {}
    template_names = [name for name, users in template.users.items() if TEMPLATE_ORIGIN in users]
    for name in template_names:
        values[name] = _resolve_one(template.variables[name], answers, True, prompt, problems, lang, gaps)
    included = {entry.id for entry in template.included(_with_defaults(template, values))}
    if GOVERNING_LAW in template.variables and GOVERNING_LAW not in values:  # first: it picks other defaults
        values[GOVERNING_LAW] = _resolve_one(template.variables[GOVERNING_LAW], answers, True, prompt,
                                             problems, lang, gaps)
    law = values.get(GOVERNING_LAW)
    for name, spec in template.variables.items():
        if name not in values:
            needed = any(user in included for user in template.users[name])
            values[name] = _resolve_one(spec, answers, needed, prompt, problems, lang, gaps, law)
    # Answers against each other, once each is valid on its own (every problem names its field first).
    invalid = {problem.split(":", 1)[0] for problem in problems}
    valid = {name: value for name, value in values.items() if name not in invalid}
    types = {name: spec.type for name, spec in template.variables.items()}
    problems.extend(coherence_problems(template.constraints, valid, types, included, position, lang, positions))
    problems.extend(schedule_problems(valid, types, lang))
    if problems:
        raise AnswersError(problems, source)
    return values


def _with_defaults(template: ContractTemplate, values: dict[str, Any]) -> dict[str, Any]:
    """Switches with an invalid answer count at their default while the other problems are collected."""
    return {name: template.variables[name].default if value is None else value for name, value in values.items()}


def _resolve_one(spec: VariableSpec, answers: dict[str, Any], needed: bool, prompt: Prompt | None,
                 problems: list[str], lang: str, gaps: bool = False, law: str | None = None) -> Any:
    raw = answers.get(spec.name)
    if raw is not None:
        value, found = check_value(spec, raw)
        problems.extend(found)
        return value
    if needed and prompt is not None and not is_fixed(spec):
        return prompt(spec.under_law(law))
    if spec.has_default:
        return spec.default_for(law)
    if needed and spec.required and not gaps:
        help_text = spec.help.get(lang, "")
        problems.append(f"{spec.name}: no value given and no default (rule: required) - {help_text}")
    return None


def answers_file_text(template: ContractTemplate, lang: str, examples: dict[str, Any]) -> str:
    """An answers file listing every variable, grouped by clause, with its type and help as
    comments, and a value that generates: the bundled example's, else the default."""
    from .values import describe_constraints, to_yaml

    manifest = template.manifest
    lines = [
        f"# clausekit answers for template {manifest.id}: {manifest.title[lang]}",
        f"# {manifest.description[lang]}",
        f"# clausekit generate {manifest.id} --answers THIS_FILE --lang {lang} -o contract.docx",
        "# Every variable is listed with its type and help. Change the values, keep the names;",
        "# a variable you delete takes its default, if it has one.",
        "# positions: {pilot: fallback}   # optional: a position per clause, over --position",
    ]
    groups: list[tuple[str, list[str]]] = [("template", [n for n, u in template.users.items() if TEMPLATE_ORIGIN in u])]
    listed = set(groups[0][1])
    for entry in manifest.clauses:
        names = [n for n in template.clauses[entry.id].variables if n not in listed]
        listed.update(names)
        if names:
            groups.append((entry.id, names))
    switches = {entry.id: entry.when for entry in manifest.clauses if entry.when}
    for group, names in groups:
        if group == "template":
            lines += ["", f"# ---- {manifest.title[lang]}: parties, dates, options ----"]
        else:
            condition = f" (used only when {switches[group]} is true)" if group in switches else ""
            lines += ["", f"# ---- clause {group}: {template.clauses[group].title[lang]}{condition} ----"]
        for name in names:
            spec = template.variables[name]
            details = ", ".join(part for part in (spec.type, describe_constraints(spec)) if part)
            fixed = "; fixed by this template" if is_fixed(spec) else ""
            by_law = "; ".join(f"{law}: {show(raw)}" for law, (_, raw) in spec.default_by_law.items())
            by_law = f"; default under {by_law}" if by_law else ""
            lines.append(f"# {spec.help[lang].strip()} ({details}{fixed}{by_law})")
            if name in examples:
                value = examples[name]
            elif spec.has_default:
                value = to_yaml(spec.type, spec.default_for(examples.get(GOVERNING_LAW)))
            else:
                lines.append(f"{name}:   # required: fill in" if spec.required else f"# {name}:   (optional)")
                continue
            lines.append(yaml.safe_dump({name: value}, allow_unicode=True, sort_keys=False, width=10_000,
                                        default_flow_style=False).rstrip("\n"))
    return "\n".join(lines) + "\n"
