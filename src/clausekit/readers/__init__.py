"""Readers turn a file into a ``Document``; one module per format, registered by extension.

Add a format by writing a module with a function decorated ``@register(".ext")``
and importing it in ``_load_builtin_readers``; nothing else changes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..document import Document
from ..errors import InputFileError

Reader = Callable[[Path, str], Document]  # (file, path as the user gave it) -> Document

MAX_INPUT_BYTES = 64 * 1024 * 1024  # a contract larger than this is not a contract

_READERS: dict[str, Reader] = {}


def register(*extensions: str) -> Callable[[Reader], Reader]:
    def decorator(reader: Reader) -> Reader:
        for ext in extensions:
            _READERS[ext.lower()] = reader
        return reader
    return decorator


def _load_builtin_readers() -> None:
    from . import docx, pdf, text  # noqa: F401  (registration side effect)


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
    try:
        document = reader(file, shown)
    except OSError as error:  # no read permission, an I/O error: the file, not clausekit
        raise InputFileError(f"cannot read the file: {error.strerror or error}", shown) from None
    if not document.text.strip():
        raise InputFileError("no text found in the document", shown)
    return document
