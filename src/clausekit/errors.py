"""The one exception the CLI turns into a single clear line and exit code 2."""

from __future__ import annotations

from pathlib import Path


class ClauseKitError(Exception):
    """A problem with the user's input: a file, an answer, an option.

    The CLI prints ``str(error)`` on one line and exits with code 2; it never
    shows a traceback for these.
    """

    def __init__(self, message: str, path: str | Path | None = None):
        self.path = str(path) if path is not None else None
        self.message = message
        super().__init__(f"{self.path}: {message}" if self.path else message)


class InputFileError(ClauseKitError):
    """A document that cannot be read: corrupt, encrypted, empty, unsupported."""


class AnswersError(ClauseKitError):
    """Answers that fail validation; carries every problem found, not just the first."""

    def __init__(self, problems: list[str], path: str | Path | None = None):
        self.problems = problems
        super().__init__("; ".join(problems), path)
