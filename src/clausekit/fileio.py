"""Safe output: never clobber a user's file by accident, never leave half a file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from .errors import ClauseKitError


def check_writable(path: Path, force: bool) -> None:
    """Refuse before any work is done, so a refusal costs nothing."""
    if path.exists() and not force:
        raise ClauseKitError("already exists; use --force to overwrite it", path)
    if path.exists() and path.is_dir():
        raise ClauseKitError("is a directory", path)
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise ClauseKitError(f"folder {parent} does not exist", path)


def write_atomic(path: Path, write: Callable[[Path], object], force: bool = False) -> None:
    """Call ``write(tmp)`` on a temporary file beside ``path``, then rename it into place."""
    path = Path(path)
    check_writable(path, force)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    os.close(fd)
    tmp = Path(tmp_name)
    os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the file the mode a normal write would
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text_atomic(path: Path, text: str, force: bool = False) -> None:
    write_atomic(path, lambda tmp: tmp.write_text(text, encoding="utf-8"), force)


def write_bytes_atomic(path: Path, data: bytes, force: bool = False) -> None:
    write_atomic(path, lambda tmp: tmp.write_bytes(data), force)
