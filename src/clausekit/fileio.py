"""Safe output: never clobber a user's file by accident, never leave half a file.

Without ``--force`` the finished file is put in place with a hard link, which fails if
the name exists: two runs writing the same name at once cannot both succeed, and
neither replaces what the other wrote. With ``--force`` it replaces the target
atomically and keeps the target's permissions. Any output error (read-only folder,
full disk) is one ``ClauseKitError`` line and leaves no temporary file behind.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from .errors import ClauseKitError

EXISTS = "already exists; use --force to overwrite it"


def _parent(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def _os_problem(error: OSError) -> str:
    return f"cannot write: {error.strerror or error}"


def check_writable(path: Path, force: bool) -> None:
    """Refuse before any work is done, so a refusal costs nothing: a temporary file is
    created (and removed) in the folder, so a read-only or forbidden folder shows now."""
    path = Path(path)
    if path.exists() and not force:
        raise ClauseKitError(EXISTS, path)
    if path.exists() and path.is_dir():
        raise ClauseKitError("is a directory", path)
    parent = _parent(path)
    if not parent.is_dir():
        raise ClauseKitError(f"folder {parent} does not exist", path)
    try:
        fd, probe = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    except OSError as error:
        raise ClauseKitError(_os_problem(error), path) from None
    os.close(fd)
    os.unlink(probe)


def write_atomic(path: Path, write: Callable[[Path], object], force: bool = False) -> None:
    """Call ``write(tmp)`` on a temporary file beside ``path``, then put it in place."""
    path = Path(path)
    check_writable(path, force)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=_parent(path))
    except OSError as error:
        raise ClauseKitError(_os_problem(error), path) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, _mode_for(path))  # mkstemp makes 0600; give the mode a normal write (or the target) has
        write(tmp)
        _put_in_place(tmp, path, force)
    except OSError as error:
        raise ClauseKitError(_os_problem(error), path) from None
    finally:
        if tmp.exists():
            tmp.unlink()


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)  # --force keeps the target's permissions
    except OSError:
        return 0o666 & ~_umask()


def _put_in_place(tmp: Path, path: Path, force: bool) -> None:
    if force:
        os.replace(tmp, path)
        return
    try:
        os.link(tmp, path)  # atomic, and fails if the name was taken since the check
    except FileExistsError:
        raise ClauseKitError(EXISTS, path) from None
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise
        _claim(path)  # a file system without hard links: claim the name exclusively, then fill it
        os.replace(tmp, path)


def _claim(path: Path) -> None:
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        raise ClauseKitError(EXISTS, path) from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text_atomic(path: Path, text: str, force: bool = False) -> None:
    write_atomic(path, lambda tmp: tmp.write_text(text, encoding="utf-8"), force)


def write_bytes_atomic(path: Path, data: bytes, force: bool = False) -> None:
    write_atomic(path, lambda tmp: tmp.write_bytes(data), force)


def append_step_summary(path: str, text: str) -> None:
    """Add to GitHub's job summary; a summary that cannot be written is a warning, never a failure."""
    try:
        with open(path, "a", encoding="utf-8") as summary:
            summary.write(text)
    except (OSError, UnicodeError) as error:
        import click

        click.echo(f"clausekit: warning: {path}: cannot write the GitHub step summary "
                   f"({getattr(error, 'strerror', None) or error})", err=True)
