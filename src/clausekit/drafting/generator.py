"""The generator's entry points, shared by the CLI, the tests and the benchmark."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..checklist import load_checklist
from ..errors import AnswersError, ClauseKitError
from ..resources import data_dir
from .answers import Prompt, resolve_answers
from .language import check_language
from .library import POSITIONS, load_yaml_file
from .manifest import ContractTemplate, assemble
from .render import Draft, render_draft


def library_dirs(folder: str | Path | None = None, item_clauses: tuple[Path, ...] | None = None) -> tuple[Path, ...]:
    """Where clauses are found, in order: the library (``--library``, else the bundled
    clause_library/), then the item packages' ``clauses/`` folders (the bundled ones when
    ``item_clauses`` is None)."""
    base = Path(folder) if folder else data_dir("clause_library")
    return (base, *(load_checklist().clause_folders if item_clauses is None else item_clauses))


def templates_dir(folder: str | Path | None = None) -> Path:
    return Path(folder) if folder else data_dir("templates")


def check_position(position: str) -> str:
    if position not in POSITIONS:
        raise ClauseKitError(f"unknown position {position!r}; valid: {', '.join(POSITIONS)}")
    return position


def load_template(template_id: str, library: str | Path | None = None, templates: str | Path | None = None,
                  item_clauses: tuple[Path, ...] | None = None) -> ContractTemplate:
    """``item_clauses``: the item packages' ``clauses/`` folders (default: the bundled items'), after the library."""
    return assemble(templates_dir(templates), library_dirs(library, item_clauses), template_id)


def example_answers(template: ContractTemplate, templates: str | Path | None = None) -> dict[str, Any]:
    """The bundled example answers of a template (templates/examples/<id>.yaml), if any."""
    path = templates_dir(templates) / "examples" / f"{template.manifest.id}.yaml"
    if not path.is_file():
        return {}
    raw = load_yaml_file(path, "an answers file")
    if not isinstance(raw, dict):
        raise ClauseKitError("an example answers file must be a mapping", path)
    return raw


def build_draft(template: ContractTemplate, answers: dict[str, Any], lang: str, position: str = "preferred",
                prompt: Prompt | None = None, source: str | Path | None = None, gaps: bool = False,
                mark_defaults: bool = False) -> Draft:
    """Validate the answers (all problems at once), then render the draft.

    ``gaps``: a required answer not given is no problem but a highlighted placeholder in the
    draft (``draft.gaps`` lists them), which the linter then reports as unfilled.
    ``mark_defaults``: the figures nobody answered, left at the library's defaults, are shaded in
    the draft, so that nobody reads them as agreed."""
    check_language(lang)
    check_position(position)
    positions, problems = clause_positions(template, answers.get("positions"))
    answers = {key: value for key, value in answers.items() if key != "positions"}
    asked: set[str] = set()
    if prompt is not None:
        ask = prompt

        def prompt(spec):  # the interview's answers are answers, even where Enter kept the default
            asked.add(spec.name)
            return ask(spec)
    try:
        values = resolve_answers(template, answers, prompt=prompt, source=source, lang=lang, position=position,
                                 gaps=gaps, positions=positions)
    except AnswersError as error:
        raise AnswersError(problems + error.problems, source) from None
    if problems:
        raise AnswersError(problems, source)
    defaults = frozenset(name for name, value in values.items()
                         if mark_defaults and name not in answers and name not in asked and value is not None
                         and template.variables[name].has_default)
    return render_draft(template, values, lang, position, positions, defaults)


def clause_positions(template: ContractTemplate, raw: Any) -> tuple[dict[str, str], list[str]]:
    """The answers' ``positions: {pilot: fallback}``: a position per clause, and the problems in it."""
    if raw is None:
        return {}, []
    if not isinstance(raw, dict):
        return {}, ["positions: must map clause ids to a position, e.g. {pilot: fallback}"]
    positions, problems = {}, []
    for clause_id, position in raw.items():
        clause = template.clauses.get(str(clause_id))
        if clause is None:
            problems.append(f"positions.{clause_id}: no clause {clause_id} in template {template.manifest.id} "
                            f"(clauses: {', '.join(template.clauses)})")
        elif position not in POSITIONS or position not in clause.positions:
            problems.append(f"positions.{clause_id}: {position!r} is not a position of clause {clause_id} "
                            f"(valid: {', '.join(clause.positions)})")
        else:
            positions[str(clause_id)] = position
    return positions, problems
