"""The Jinja sandbox for clause texts, key terms and Word skeletons, which users may bring.

Jinja's own sandbox keeps templates away from Python's internals; this one also keeps them
away from files and bounds what one rendering may cost, so that a hostile or careless
clause is one clear error naming its file, never a hang or an exhausted machine:

- ``{% include %}``, ``{% import %}``, ``{% from %}`` and ``{% extends %}`` are refused when
  the text is parsed: a clause reads nothing but the answers;
- ``'x' * 2000000000`` and ``10 ** 10 ** 10`` are refused before they are computed;
- ``range`` is bounded by Jinja's sandbox (100,000), recursion by Python's limit;
- the output is bounded (``OUTPUT_LIMIT``), and the time (``SECONDS``) by an alarm, set when
  rendering runs on the main thread, which drafting commands do.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

from jinja2 import nodes
from jinja2.exceptions import SecurityError, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment

OUTPUT_LIMIT = 1_000_000  # characters that one text or skeleton part may produce
EXPONENT_LIMIT = 1_000
SECONDS = 20.0  # for one rendering
_FILE_TAGS = {nodes.Include: "include", nodes.Import: "import", nodes.FromImport: "from", nodes.Extends: "extends"}


class BoundedSandbox(SandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for sequence, count in ((left, right), (right, left)):
                if isinstance(sequence, (str, list, tuple)) and isinstance(count, int) \
                        and len(sequence) * count > OUTPUT_LIMIT:
                    raise SecurityError(f"'*' would repeat to {len(sequence) * count:,} items "
                                        f"(limit {OUTPUT_LIMIT:,})")
        if operator == "**" and isinstance(right, int) and abs(right) > EXPONENT_LIMIT:
            raise SecurityError(f"exponent {right:,} is too large (limit {EXPONENT_LIMIT:,})")
        return super().call_binop(context, operator, left, right)

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        for node in tree.find_all(tuple(_FILE_TAGS)):
            tag = _FILE_TAGS[type(node)]
            raise TemplateSyntaxError(f"{{% {tag} %}} is not allowed: a clause or skeleton reads nothing but the answers",
                                      node.lineno, name, filename)
        return tree


@cache
def environment(autoescape: bool = False) -> BoundedSandbox:
    from jinja2 import StrictUndefined

    return BoundedSandbox(undefined=StrictUndefined, autoescape=autoescape, trim_blocks=not autoescape,
                          lstrip_blocks=not autoescape)


class _OutOfTime(Exception):
    pass


@contextmanager
def time_bound() -> Iterator[None]:
    """Stop a rendering that runs longer than ``SECONDS`` (on the main thread of a POSIX system)."""
    seconds = SECONDS
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def out_of_time(_signal: int, _frame: object) -> None:
        raise _OutOfTime

    previous = signal.signal(signal.SIGALRM, out_of_time)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _OutOfTime:
        raise SecurityError(f"rendering took longer than {seconds:g} s") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def bounded(call: Any) -> Any:
    """Run ``call()`` (a rendering) within the time bound, its runaway failures as SecurityError."""
    try:
        with time_bound():
            return call()
    except OverflowError as error:  # range() beyond the sandbox's limit
        raise SecurityError(str(error)) from None
    except RecursionError:
        raise SecurityError("a macro or loop calls itself without end") from None
    except MemoryError:
        raise SecurityError("rendering needs more memory than this machine has") from None


def render(template: Any, context: dict) -> str:
    """The text of ``template`` (compiled by ``environment()``), its output bounded as it is produced."""
    def produce() -> str:
        pieces, size = [], 0
        for piece in template.generate(context):
            size += len(piece)
            if size > OUTPUT_LIMIT:
                raise SecurityError(f"the text would exceed {OUTPUT_LIMIT:,} characters")
            pieces.append(piece)
        return "".join(pieces)

    return bounded(produce)
