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

import importlib
import pkgutil
from collections.abc import Callable
from functools import cache
from importlib.metadata import entry_points
from typing import Any, Generic, TypeVar

from .errors import ClauseKitError

T = TypeVar("T")
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


class Registry(Generic[T]):
    """Components by name: those the modules of one package register with ``@registry.register``
    (each module imported once, when the registry is first read), then those installed
    packages declare under an entry point ``group``. ``adapt`` turns what a plugin names
    into a component (a reporter function into a ``Reporter``)."""

    def __init__(self, package: str, group: str | None = None,
                 adapt: Callable[[str, Any], T] | None = None, lowercase: bool = False):
        self._package, self._group, self._adapt, self._lowercase = package, group, adapt, lowercase
        self._components: dict[str, T] = {}
        self._loaded = False

    def register(self, *names: str) -> Callable[[Any], Any]:
        def decorator(component: Any) -> Any:
            for name in names:
                self._components[name.lower() if self._lowercase else name] = component
            return component
        return decorator

    def add(self, name: str, component: T) -> None:
        self._components[name] = component

    def all(self) -> dict[str, T]:
        if not self._loaded:
            package = importlib.import_module(self._package)
            for module in pkgutil.iter_modules(package.__path__):
                importlib.import_module(f"{self._package}.{module.name}")
            for name, plugin in (installed(self._group) if self._group else {}).items():
                key = name.lower() if self._lowercase else name
                self._components[key] = self._adapt(name, plugin) if self._adapt else plugin  # type: ignore[assignment]
            self._loaded = True
        return dict(self._components)
