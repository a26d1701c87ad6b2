"""The output of a streaming run (``--format jsonl``): written document by document as they
are linted, and continued by ``--resume`` after a run was stopped.

Each line is written whole and flushed, so a run stopped at any moment leaves complete
lines and at worst one torn last line. ``--resume`` keeps the lines of the documents that
are still part of the run with the same bytes (path and SHA-256), drops the others (the
torn line, files changed or no longer given), and the run lints only what is left.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import click

from ...errors import ClauseKitError
from ...fileio import EXISTS, write_text_atomic
from ...safe_text import visible
from .runner import LintTask, content_hash

NOT_OURS = "is not the output of 'clausekit lint --format jsonl' (line {line}); cannot resume from it"


@dataclass(frozen=True)
class EarlierRun:
    """What a stopped run already wrote and still holds: its lines, and the documents they are."""

    lines: tuple[str, ...] = ()
    documents: tuple[dict, ...] = ()

    @property
    def paths(self) -> frozenset[str]:
        return frozenset(document["path"] for document in self.documents)


def earlier_run(output: Path, tasks: list[LintTask]) -> EarlierRun:
    """The lines of ``output`` worth keeping for a run of ``tasks``; a file that is not a
    clausekit JSON Lines output is refused, untouched."""
    try:
        text = output.read_text(encoding="utf-8")
    except FileNotFoundError:
        return EarlierRun()
    except (OSError, UnicodeDecodeError) as error:
        raise ClauseKitError(f"cannot resume from it: {getattr(error, 'strerror', None) or error}", output) from None
    wanted = {task.path for task in tasks}
    kept: dict[str, tuple[str, dict]] = {}
    raw_lines = text.splitlines(keepends=True)
    for number, raw in enumerate(raw_lines, 1):
        try:
            data = json.loads(raw)
        except json.JSONDecodeError:
            if number == len(raw_lines) and not raw.endswith("\n"):
                break  # the line being written when the run stopped
            raise ClauseKitError(NOT_OURS.format(line=number), output) from None
        if not (isinstance(data, dict) and isinstance(data.get("path"), str) and isinstance(data.get("sha256"), str)):
            raise ClauseKitError(NOT_OURS.format(line=number), output)
        path = data["path"]
        if path in wanted and data["sha256"] and data["sha256"] == content_hash(path):
            kept[path] = (raw if raw.endswith("\n") else raw + "\n", data)
    return EarlierRun(tuple(line for line, _ in kept.values()), tuple(data for _, data in kept.values()))


@contextmanager
def line_writer(output: Path | None, force: bool, earlier: EarlierRun | None) -> Iterator[Callable[[str], None]]:
    """Yield ``write(line)``: to ``output`` (continued after the kept lines of ``earlier`` when
    resuming, else a new file, or replaced with ``force``), or to standard output."""
    if output is None:
        yield lambda line: click.echo(visible(line), nl=False)  # a contract's escape sequences never reach a terminal
        return
    if earlier is not None:
        write_text_atomic(output, "".join(earlier.lines), force=True)
    mode = "a" if earlier is not None else ("w" if force else "x")
    try:
        stream: IO[str] = open(output, mode, encoding="utf-8")  # noqa: SIM115  closed below
    except FileExistsError:
        raise ClauseKitError(EXISTS, output) from None
    except OSError as error:
        raise ClauseKitError(f"cannot write: {error.strerror or error}", output) from None

    def write(line: str) -> None:
        try:
            stream.write(visible(line))
            stream.flush()
        except OSError as error:
            raise ClauseKitError(f"cannot write: {error.strerror or error}", output) from None

    with stream:
        yield write
