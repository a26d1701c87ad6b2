"""Refuse, when rules are loaded, the regular expressions that can take exponential time.

A rule folder is data an organisation writes, and one careless pattern such as
``\\bgoverned\\b(?:\\s*\\w+)*[!?]`` backtracks for minutes over a long sentence with
no ``!`` or ``?``: every way of cutting the words between the unbounded repetitions
is tried. The shape behind almost every such pattern is an unbounded repetition
inside another one (``(a+)*``, ``(?:\\s*\\w+)+``), so that shape is refused with a
message that says how to write it instead; a bounded outer repetition (``{0,8}``) or
an atomic group (``(?>...)``) is accepted.
"""

from __future__ import annotations

import re

import re._constants as _constants  # the parser the re module compiles with (Python 3.11+)
import re._parser as _parser

_REPEATS = {_constants.MAX_REPEAT, _constants.MIN_REPEAT}
ADVICE = ("an unbounded repetition inside another one ('(?:\\s*\\w+)*') can take exponential time; "
          "bound the outer one ('{0,8}') or make the group atomic ('(?>...)')")


def nested_unbounded(pattern: str) -> bool:
    """True if an unbounded repetition repeats something that can itself grow without bound."""
    try:
        parsed = _parser.parse(pattern)
    except re.error:
        return False  # the compiler reports it, with its own message
    return _nested(parsed)


def _nested(items) -> bool:
    for op, value in items:
        if op in _REPEATS:
            if value[1] == _constants.MAXREPEAT and _repeats(value[2]):
                return True
            if _nested(value[2]):
                return True
        elif op == _constants.SUBPATTERN:
            if _nested(value[-1]):
                return True
        elif op == _constants.BRANCH:
            if any(_nested(branch) for branch in value[1]):
                return True
        elif op in (_constants.ASSERT, _constants.ASSERT_NOT):
            if _nested(value[1]):
                return True
    return False  # atomic groups and possessive repetitions never backtrack: left out


def _repeats(items) -> bool:
    """Whether ``items`` can match strings of unbounded length (so cutting them is ambiguous)."""
    for op, value in items:
        if op in _REPEATS and (value[1] == _constants.MAXREPEAT or _repeats(value[2])):
            return True
        if op == _constants.SUBPATTERN and _repeats(value[-1]):
            return True
        if op == _constants.BRANCH and any(_repeats(branch) for branch in value[1]):
            return True
    return False
