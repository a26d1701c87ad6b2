"""Reporters render lint results; one module per output format, registered by name.

Add a format by writing a module in this package with a function decorated
``@register("name")``; modules are discovered, no list to edit.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Sequence

from ..results import DocumentReport, InputFailure

Reporter = Callable[[Sequence[DocumentReport], Sequence[InputFailure]], str]

_REPORTERS: dict[str, Reporter] = {}


def register(name: str) -> Callable[[Reporter], Reporter]:
    def decorator(reporter: Reporter) -> Reporter:
        _REPORTERS[name] = reporter
        return reporter
    return decorator


def _load_builtin() -> None:
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")


def formats() -> list[str]:
    _load_builtin()
    return sorted(_REPORTERS)


def reporter(name: str) -> Reporter:
    _load_builtin()
    return _REPORTERS[name]
