"""Readers turn a file into a ``Document``; one module per format, registered by extension.

A built-in format is a module of this package with a function decorated
``@register(".ext")``; modules are discovered. An installed package adds a format with
an entry point in the group ``clausekit.readers`` named by the extension (see
``clausekit.plugins``); every reader gets the same checks of size, emptiness and text.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from functools import cache
from pathlib import Path

from ..document import Document
from ..errors import InputFileError
from ..plugins import installed

Reader = Callable[[Path, str], Document]  # (file, path as the user gave it) -> Document

MAX_INPUT_BYTES = 64 * 1024 * 1024  # a contract larger than this is not a contract

_READERS: dict[str, Reader] = {}


def register(*extensions: str) -> Callable[[Reader], Reader]:
    def decorator(reader: Reader) -> Reader:
        for ext in extensions:
            _READERS[ext.lower()] = reader
        return reader
    return decorator


@cache
def _load_builtin_readers() -> None:
    """Import each reader module once (registering it), then the installed plugins' readers."""
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    for extension, reader in installed("clausekit.readers").items():
        _READERS[extension.lower()] = reader  # type: ignore[assignment]


def supported_extensions() -> list[str]:
    _load_builtin_readers()
    return sorted(_READERS)


def read_document(path: str | Path) -> Document:
    """Read any supported file; every failure is an ``InputFileError`` naming the file."""
    _load_builtin_readers()
    shown = str(path)
    file = Path(path)
    if not file.exists():
        raise InputFileError("no such file", shown)
    if file.is_dir():
        raise InputFileError("is a directory, not a document", shown)
    reader = _READERS.get(file.suffix.lower())
    if reader is None:
        raise InputFileError(
            f"unsupported file type {file.suffix or '(none)'!r}; supported: {', '.join(sorted(_READERS))}", shown)
    size = file.stat().st_size
    if size == 0:
        raise InputFileError("empty file", shown)
    if size > MAX_INPUT_BYTES:
        raise InputFileError(f"file too large ({size // (1024 * 1024)} MiB; limit {MAX_INPUT_BYTES // (1024 * 1024)} MiB)", shown)
    document = reader(file, shown)
    if not document.text.strip():
        raise InputFileError("no text found in the document", shown)
    return document
