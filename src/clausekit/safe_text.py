"""Text from a contract made safe to show: on a terminal, in XML, in any encoding.

A contract may hold terminal escape sequences (ESC, OSC 52 clipboard writes, OSC 8
hyperlinks), other control characters that XML cannot carry, or - in its file name -
bytes that are not UTF-8 (Python keeps them as lone surrogates). ``visible`` shows the
controls escaped (``\\x1b``) and the undecodable bytes as U+FFFD, so that what the
contract says is still readable but nothing reaches the terminal or a report as code.
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL and C1 controls, lone surrogates.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
MAX_SHOWN = 200  # characters of a user's value quoted in a message


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return "\ufffd" if code >= 0xD800 else f"\\x{code:02x}"


def visible(text: str) -> str:
    """``text`` with control characters escaped and undecodable bytes replaced."""
    return _UNSAFE.sub(_escape, text) if _UNSAFE.search(text) else text


def shorten(text: str, limit: int = MAX_SHOWN) -> str:
    """A user's value as a message quotes it: visible and at most ``limit`` characters."""
    text = visible(text)
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text)} characters)"


def bounded(value: object, show=str, limit: int = MAX_SHOWN) -> str:
    """``show(value)`` for a message, never longer than ``limit``; a list or mapping is walked
    only as far as the limit, so a YAML alias bomb (a billion items in a few lines) costs nothing."""
    if isinstance(value, (list, tuple, dict)):
        pieces: list[str] = []
        _walk(value, pieces, [limit + 1])
        text = visible("".join(pieces))
        return text if len(text) <= limit else f"{text[:limit]}…"
    return shorten(show(value), limit)


def _walk(value: object, pieces: list[str], budget: list[int]) -> None:
    def emit(text: str) -> None:
        pieces.append(text[:max(budget[0], 0)])
        budget[0] -= len(text)

    if budget[0] <= 0:
        return
    if isinstance(value, dict):
        emit("{")
        for number, (key, inner) in enumerate(value.items()):
            if budget[0] <= 0:
                return
            emit(", " if number else "")
            emit(f"{str(key)[:budget[0]]}: ")
            _walk(inner, pieces, budget)
        emit("}")
    elif isinstance(value, (list, tuple)):
        emit("[")
        for number, inner in enumerate(value):
            if budget[0] <= 0:
                return
            emit(", " if number else "")
            _walk(inner, pieces, budget)
        emit("]")
    else:
        emit(str(value)[:budget[0]])
