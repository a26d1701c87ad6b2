"""French typography, shared by every writer of French text (drafts, reports, the QBR kit).

A space (or none) before ; ! ? becomes a narrow no-break space, before : a no-break space,
inside « » a no-break space, before % a narrow one; "de un" / "que une" elide. Only where the
mark ends a word, so that URLs ("https://"), times ("10:30") and references are left alone.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
NARROW_NBSP = "\u202f"

_BEFORE_TIGHT_MARK = re.compile(r"(?<=[^\s\u00a0\u202f])[ \u00a0\u202f]?([;!?])(?=[\s\u00a0\u202f»)]|$)")
_BEFORE_COLON = re.compile(r"(?<=[^\s\u00a0\u202f])[ \u00a0\u202f]?:(?=[\s\u00a0\u202f]|$)")
_AFTER_OPENING_GUILLEMET = re.compile(r"«[ \u00a0\u202f]*")
_BEFORE_CLOSING_GUILLEMET = re.compile(r"[ \u00a0\u202f]*»")
_BEFORE_PERCENT = re.compile(r"(?<=\d)[ \u00a0\u202f]?%")
# "de" and "que" elide before a number written "un"/"une" that a variable printed: "d'un (1) an".
_ELISION = re.compile(r"\b([dD]|[qQ]u)e (une?)\b")


def french_typography(text: str) -> str:
    text = _ELISION.sub(r"\1'\2", text)
    text = _BEFORE_TIGHT_MARK.sub(NARROW_NBSP + r"\1", text)
    text = _BEFORE_COLON.sub(NBSP + ":", text)
    text = _AFTER_OPENING_GUILLEMET.sub("«" + NBSP, text)
    text = _BEFORE_CLOSING_GUILLEMET.sub(NBSP + "»", text)
    return _BEFORE_PERCENT.sub(NARROW_NBSP + "%", text)
