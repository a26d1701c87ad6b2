"""Readers turn a file into a ``Document``; one module per format, registered by extension.

A built-in format is a module of this package with a function decorated
``@register(".ext")``; modules are discovered. An installed package adds a format with
an entry point in the group ``clausekit.readers`` named by the extension (see
``clausekit.plugins``); every reader gets the same checks of size, emptiness and text.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ...document import Document
from ...errors import InputFileError
from ...plugins import Registry

Reader = Callable[[Path, str], Document]  # (file, path as the user gave it) -> Document

MAX_INPUT_BYTES = 64 * 1024 * 1024  # a contract larger than this is not a contract

_READERS: Registry[Reader] = Registry(__name__, "clausekit.readers", lowercase=True)
register = _READERS.register  # @register(".docx"): the extensions a reader reads


def supported_extensions() -> list[str]:
    return sorted(_READERS.all())


def read_document(path: str | Path) -> Document:
    """Read any supported file; every failure is an ``InputFileError`` naming the file."""
    shown = str(path)
    file = Path(path)
    if not file.exists():
        raise InputFileError("no such file", shown)
    if file.is_dir():
        raise InputFileError("is a directory, not a document", shown)
    readers = _READERS.all()
    reader = readers.get(file.suffix.lower())
    if reader is None:
        raise InputFileError(
            f"unsupported file type {file.suffix or '(none)'!r}; supported: {', '.join(sorted(readers))}", shown)
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
