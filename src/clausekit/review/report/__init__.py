"""Reporters render one run (``RunResult``) as text; one module per output format.

A built-in format is a module of this package with a function decorated
``@register("name")``; modules are discovered. An installed package adds a format
with an entry point in the group ``clausekit.reporters`` (see ``clausekit.plugins``).
A reporter may also have a ``finish`` step, run after the report is written (the
GitHub reporter appends the job summary), so the command line treats every format alike,
and a ``line`` for each document: a streaming format (JSON Lines) is written document by
document as they finish, so that a run of any size keeps no reports in memory.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ...errors import ClauseKitError
from ...plugins import Registry
from ...results import DocumentReport, InputFailure, RunResult

Render = Callable[[RunResult], str]
Line = Callable[[DocumentReport | InputFailure], str]


@dataclass(frozen=True)
class Reporter:
    name: str
    render: Render
    finish: Callable[[RunResult], None] | None = None
    line: Line | None = None  # a streaming format: one document's text, written as soon as it is linted
    styled: Callable[[RunResult], object] | None = None  # the same report as rich text, for a terminal


def _adapt(name: str, plugin: object) -> Reporter:
    if isinstance(plugin, Reporter):
        return plugin
    if callable(plugin):
        return Reporter(name, plugin)
    raise ClauseKitError(f"the clausekit.reporters plugin {name!r} is neither a Reporter nor a function")


_REPORTERS: Registry[Reporter] = Registry(__name__, "clausekit.reporters", adapt=_adapt)


def register(name: str, finish: Callable[[RunResult], None] | None = None,
             line: Line | None = None, styled: Callable[[RunResult], object] | None = None) -> Callable[[Render], Render]:
    def decorator(render: Render) -> Render:
        _REPORTERS.add(name, Reporter(name, render, finish, line, styled))
        return render
    return decorator


def formats() -> list[str]:
    return sorted(_REPORTERS.all())


def reporter(name: str) -> Reporter:
    try:
        return _REPORTERS.all()[name]
    except KeyError:
        raise ClauseKitError(f"unknown report format {name!r}; valid: {', '.join(formats())}") from None
