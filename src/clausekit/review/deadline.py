"""A time limit per document (``--timeout-per-file``), checked between the steps of a lint.

A document that takes longer is recorded as a failure and the run goes on with the
others. The check is cooperative: the PDF reader calls ``check_deadline()`` between
pages and the judge between items, so the limit holds in any thread (a Dask worker
lints in threads, which signals cannot reach) and never leaves a half-built cache
behind. One step that never returns (a single page inside the PDF library) is not
interrupted; the limit is checked as soon as it does.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from ..errors import ClauseKitError

_DEADLINE: ContextVar[tuple[float, float] | None] = ContextVar("clausekit_deadline", default=None)


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Within the block, ``check_deadline`` fails once ``seconds`` have passed (None or 0: no limit)."""
    if not seconds:
        yield
        return
    token = _DEADLINE.set((time.monotonic() + seconds, seconds))
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def check_deadline() -> None:
    limit = _DEADLINE.get()
    if limit is not None and time.monotonic() > limit[0]:
        raise ClauseKitError(f"took longer than {limit[1]:g} s to lint (--timeout-per-file); "
                             "raise the limit or split the document")
