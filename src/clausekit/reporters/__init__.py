"""Reporters render lint results; one module per output format, registered by name.

Add a format by writing a module with a function decorated ``@register("name")``
and listing the module in ``_BUILTIN``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence

from ..results import DocumentReport, InputFailure

Reporter = Callable[[Sequence[DocumentReport], Sequence[InputFailure]], str]

_REPORTERS: dict[str, Reporter] = {}
_BUILTIN = ("text", "json")


def register(name: str) -> Callable[[Reporter], Reporter]:
    def decorator(reporter: Reporter) -> Reporter:
        _REPORTERS[name] = reporter
        return reporter
    return decorator


def _load_builtin() -> None:
    for module in _BUILTIN:
        importlib.import_module(f"{__name__}.{module}")


def formats() -> list[str]:
    _load_builtin()
    return sorted(_REPORTERS)


def reporter(name: str) -> Reporter:
    _load_builtin()
    return _REPORTERS[name]
