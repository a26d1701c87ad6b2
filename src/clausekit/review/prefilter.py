"""Literal prefilters that let a handful of paragraphs, not the whole text, meet the regexes.

Anchor patterns are case-insensitive alternations that begin with word
boundaries and look-behinds, which stops Python's regex engine from skipping
ahead: scanning a long contract with them is slow. Almost every such pattern
contains a literal that any match must include ("exclusiv", "governed by").
``required_literals`` finds one per alternative from the parsed pattern;
``str.find`` of those literals in the lowercased text is fast and tells which
paragraphs deserve the full pattern.
"""

from __future__ import annotations

import re

# The regex parser of the standard library: Python 3.11+ names it re._parser.
import re._constants as sre_constants
import re._parser as sre_parse

MIN_LITERAL = 3
# Words so frequent in contracts (or inside other words: "act" in "contract") that
# gating on them saves nothing; a literal unit containing one is ranked last.
COMMON = frozenset("""
act agree agreement any all and are been but can contract control each effect for from has have her
his its may must not notice other out part parties party period provide right rights service services
shall such term terms that the this under upon was which will with without
accord article contrat dans des est les leur par partie parties pour que qui sont sur une
""".split())
_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}


def _rank(unit: set[str]) -> tuple[bool, int]:
    return (not any(s.strip() in COMMON for s in unit), min(len(s) for s in unit))


def _best(units: list[set[str]]) -> set[str] | None:
    usable = [u for u in units if u and min(len(s) for s in u) >= MIN_LITERAL]
    return max(usable, key=_rank) if usable else None


def _sequence(items) -> set[str] | None:
    """A set of strings one of which every match of this sequence contains."""
    units: list[set[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            units.append({"".join(run)})
            run.clear()

    for op, av in items:
        if op is sre_constants.LITERAL:
            run.append(chr(av).lower())
        elif op in _ZERO_WIDTH:
            continue
        elif op is sre_constants.SUBPATTERN:
            close_run()
            found = _sequence(av[-1])
            if found:
                units.append(found)
        elif op is sre_constants.BRANCH:
            close_run()
            branches = [_sequence(branch) for branch in av[1]]
            if all(branches):
                units.append(set().union(*(b for b in branches if b is not None)))
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
            close_run()
            low, _high, item = av
            if low >= 1:
                found = _sequence(item)
                if found:
                    units.append(found)
        else:
            close_run()
    close_run()
    return _best(units)


def required_literals(pattern: str) -> set[str] | None:
    """Literals (lowercase) one of which every match contains, or None if none can be named."""
    try:
        parsed = sre_parse.parse(pattern, re.IGNORECASE)
    except re.error:
        return None
    return _sequence(list(parsed))


def literal_gate(pattern: str) -> tuple[str, ...] | None:
    """The literals one of which every match contains, longest first, or None."""
    literals = required_literals(pattern)
    return tuple(sorted(literals, key=len, reverse=True)) if literals else None
