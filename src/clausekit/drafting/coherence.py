"""Cross-answer coherence: constraints between answers, written as data.

A clause file or a template manifest may carry ``constraints:``, each comparing two
answers (or an answer and a fixed value) that are valid one by one but contradict each
other together: a non-renewal notice as long as the term it ends, a convenience exit that
releases a minimum commitment, a pilot that outlives the first alignment review.

```yaml
constraints:
  - id: notice_within_term                     # unique in its file; messages say "rule: term.notice_within_term"
    check: [term_notice, "<", term_duration]   # variable or value, operator, variable or value
    when: {term_type: fixed}                   # optional: answers the constraint applies to (a value or a list)
    positions: [preferred]                     # optional: only in these positions
    included: [volume_commitment]              # optional: only when these clauses are in the draft
    message: {en: "... {term_notice} ...", fr: "..."}   # {variable} prints the answer
```

A clause's constraints apply when that clause is in the draft; a template's always. A
constraint whose answers are not all given (an optional answer left out, a variable this
template does not have) does not apply. Durations compare as the term clause does
(12 months = 1 year); a frequency counts as the interval between two occurrences.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass
from collections.abc import Sequence
from typing import Any

from ..checklist import LANGUAGES
from .language import language
from .values import Duration, ValueProblem, parse, present

_KEYS = {"id", "check", "when", "positions", "included", "message"}
_OPERATORS = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge,
              "==": operator.eq, "!=": operator.ne}
_FREQUENCY_MONTHS = {"monthly": 1, "quarterly": 3, "semiannual": 6, "annual": 12}
# "described in Schedule 2", « décrits à l'annexe 2 »: a schedule the answers must list (schedules).
_SCHEDULE_MENTION = re.compile(r"\b(?:schedules?|annex(?:es?)?|appendix|exhibits?)\s+(\d+)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Constraint:
    id: str  # "term.notice_within_term"
    left: str | Any  # a variable name, or a literal value
    op: str
    right: str | Any
    when: dict[str, tuple]
    positions: tuple[str, ...]
    included: tuple[str, ...]
    message: dict[str, str]
    owner: str | None  # the clause whose constraint it is; None for a template's own

    def names(self) -> list[str]:
        """The variables the constraint reads."""
        return [side for side in (self.left, self.right) if isinstance(side, str)] + list(self.when)


def build_constraints(raw: Any, owner: str | None, prefix: str, names: set[str] | None,
                      problems: list[str]) -> tuple[Constraint, ...]:
    """The ``constraints:`` of a clause file or manifest; problems are appended, naming each one.

    ``names``: the variables the file declares, when operands must be among them (a literal
    operand is a duration such as "12 months"); ``None`` accepts any identifier as a name.
    """
    if raw is None:
        return ()
    if not isinstance(raw, list):
        problems.append("constraints must be a list of {id, check, message, ...}")
        return ()
    constraints = []
    seen = set()
    for index, entry in enumerate(raw, 1):
        where = f"constraints[{index}]"
        if not isinstance(entry, dict) or set(entry) - _KEYS or not {"id", "check", "message"} <= set(entry):
            problems.append(f"{where} must be a mapping with id, check, message (and optional when, positions, "
                            f"included)")
            continue
        where = f"constraint {entry['id']}"
        if entry["id"] in seen:
            problems.append(f"{where} is declared twice")
        seen.add(entry["id"])
        check = entry["check"]
        if not isinstance(check, list) or len(check) != 3 or check[1] not in _OPERATORS:
            problems.append(f"{where}: check must be [left, operator, right] with an operator among "
                            f"{' '.join(_OPERATORS)}")
            continue
        left, right = (_operand(side, names, where, problems) for side in (check[0], check[2]))
        when = entry.get("when") or {}
        if not isinstance(when, dict):
            problems.append(f"{where}: when must map variables to a value or a list of values")
            when = {}
        message = entry["message"]
        if not isinstance(message, dict) or any(not isinstance(message.get(lang), str) for lang in LANGUAGES):
            problems.append(f"{where}: message needs a text for each language ({', '.join(LANGUAGES)})")
            continue
        constraints.append(Constraint(
            id=f"{prefix}.{entry['id']}", left=left, op=check[1], right=right,
            when={str(k): tuple(v) if isinstance(v, list) else (v,) for k, v in when.items()},
            positions=tuple(entry.get("positions") or ()), included=tuple(entry.get("included") or ()),
            message=message, owner=owner))
    return tuple(constraints)


def _operand(side: Any, names: set[str] | None, where: str, problems: list[str]) -> Any:
    if isinstance(side, str) and (side in (names or ()) or (names is None and side.isidentifier())):
        return side
    try:
        return _Literal(parse("duration", side))
    except ValueProblem:
        problems.append(f"{where}: {side!r} is neither a variable of this file nor a duration such as \"12 months\"")
        return None


@dataclass(frozen=True)
class _Literal:
    value: Any


def coherence_problems(constraints: Sequence[Constraint], values: dict[str, Any], types: dict[str, str],
                       included: set[str], position: str, lang: str,
                       positions: dict[str, str] | None = None) -> list[str]:
    """Every constraint the answers break, each naming the answers, their values and the rule.

    ``positions``: a position per clause over the draft's ``position``; a clause's constraint
    follows the position of that clause."""
    problems = []
    for constraint in constraints:
        if constraint.owner is not None and constraint.owner not in included:
            continue
        own = (positions or {}).get(constraint.owner, position) if constraint.owner else position
        if constraint.positions and own not in constraint.positions:
            continue
        if any(clause not in included for clause in constraint.included):
            continue
        if any(values.get(name) not in accepted for name, accepted in constraint.when.items()):
            continue
        left, right = _value(constraint.left, values), _value(constraint.right, values)
        if left is None or right is None:
            continue
        if not _holds(left, constraint.op, right):
            shown = {name: str(present(types[name], values[name], language(lang)))
                     for name in constraint.names() if values.get(name) is not None}
            named = [side for side in (constraint.left, constraint.right) if isinstance(side, str)]
            rule = f"{_side(constraint.left)} {constraint.op} {_side(constraint.right)}"
            problems.append(f"{' / '.join(named)}: {constraint.message[lang].format(**shown)} "
                            f"(rule: {constraint.id}: {rule})")
    return problems


def _value(side: Any, values: dict[str, Any]) -> Any:
    if isinstance(side, _Literal):
        return side.value
    return values.get(side) if isinstance(side, str) else None


def _as_duration(value: Any) -> Any:
    if isinstance(value, str) and value in _FREQUENCY_MONTHS:
        return Duration(_FREQUENCY_MONTHS[value], "months")
    return value


def _holds(left: Any, op: str, right: Any) -> bool:
    left, right = _as_duration(left), _as_duration(right)
    if isinstance(left, Duration) and isinstance(right, Duration):
        left, right = left.compare_key(right)
    return _OPERATORS[op](left, right)


def _side(side: Any) -> str:
    return str(side.value) if isinstance(side, _Literal) else str(side)


def schedule_problems(values: dict[str, Any], types: dict[str, str], lang: str) -> list[str]:
    """Text answers that mention a schedule the ``schedules`` answer does not list: the draft would
    refer to a document it does not attach."""
    if "schedules" not in types:
        return []
    listed = len(values.get("schedules") or [])
    problems = []
    for name, value in values.items():
        if types.get(name) != "text" or value is None:
            continue
        texts = value.values() if isinstance(value, dict) else [value]
        numbers = sorted({int(m.group(1)) for text in texts for m in _SCHEDULE_MENTION.finditer(str(text))})
        missing = [number for number in numbers if number > listed]
        if missing:
            problems.append(language(lang).labels["schedule_missing"].format(
                name=name, number=missing[0], listed=listed))
    return problems
