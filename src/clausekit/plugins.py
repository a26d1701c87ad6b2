"""What installed packages add to clausekit, through ``importlib.metadata`` entry points.

A package declares, in its own ``pyproject.toml``::

    [project.entry-points."clausekit.readers"]
    ".odt" = "clausekit_odt:read_odt"          # (file, shown path) -> Document
    [project.entry-points."clausekit.reporters"]
    markdown = "clausekit_markdown:render"     # RunResult -> str
    [project.entry-points."clausekit.checks"]
    shouting = "clausekit_house:check"         # (Document, lang, report_lang) -> list[Finding]
    [project.entry-points."clausekit.hooks"]
    dashboard = "clausekit_house:after_run"    # RunResult -> None, after the report is written

and clausekit finds it once installed: no list to edit, no import to add.
"""

from __future__ import annotations

from functools import cache
from importlib.metadata import entry_points

from .errors import ClauseKitError

GROUPS = ("clausekit.readers", "clausekit.reporters", "clausekit.checks", "clausekit.hooks")


@cache
def installed(group: str) -> dict[str, object]:
    """Name -> the object each installed entry point of ``group`` names; a broken one is one clear error."""
    if group not in GROUPS:
        raise ValueError(f"unknown plugin group {group!r}")
    found: dict[str, object] = {}
    for entry in sorted(entry_points(group=group), key=lambda e: e.name):
        try:
            found[entry.name] = entry.load()
        except Exception as error:  # a plugin's import failure, whatever it is, must not be a traceback
            where = f" (package {entry.dist.name})" if entry.dist else ""
            raise ClauseKitError(f"the {group} plugin {entry.name!r} = {entry.value!r}{where} cannot be loaded: "
                                 f"{type(error).__name__}: {error}") from None
    return found
