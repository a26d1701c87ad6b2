"""Reporters render one run (``RunResult``) as text; one module per output format.

A built-in format is a module of this package with a function decorated
``@register("name")``; modules are discovered. An installed package adds a format
with an entry point in the group ``clausekit.reporters`` (see ``clausekit.plugins``).
A reporter may also have a ``finish`` step, run after the report is written (the
GitHub reporter appends the job summary), so the command line treats every format alike.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ..errors import ClauseKitError
from ..plugins import installed
from ..results import RunResult

Render = Callable[[RunResult], str]


@dataclass(frozen=True)
class Reporter:
    name: str
    render: Render
    finish: Callable[[RunResult], None] | None = None


_BUILTIN: dict[str, Reporter] = {}


def register(name: str, finish: Callable[[RunResult], None] | None = None) -> Callable[[Render], Render]:
    def decorator(render: Render) -> Render:
        _BUILTIN[name] = Reporter(name, render, finish)
        return render
    return decorator


@cache
def _reporters() -> dict[str, Reporter]:
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    found = dict(_BUILTIN)
    for name, plugin in installed("clausekit.reporters").items():
        if isinstance(plugin, Reporter):
            found[name] = plugin
        elif callable(plugin):
            found[name] = Reporter(name, plugin)
        else:
            raise ClauseKitError(f"the clausekit.reporters plugin {name!r} is neither a Reporter nor a function")
    return found


def formats() -> list[str]:
    return sorted(_reporters())


def reporter(name: str) -> Reporter:
    try:
        return _reporters()[name]
    except KeyError:
        raise ClauseKitError(f"unknown report format {name!r}; valid: {', '.join(formats())}") from None
