"""Unfilled template fields: [●], [TBD], [À compléter], XXX, blanks, {{ }} and {% %}.

One finding per paragraph, naming every placeholder in it, so that "the ___ day of
____" is one defect. Blank lines in a signature block are there to be signed by hand: a
short labelled line ("Signed for the Customer: ____", "Nom : ____", "Fait à ____, le ____"),
or any short line of a block that such a line opens ("En foi de quoi", "Signatures").
Blanks in the body of a clause are still reported.
"""

from __future__ import annotations

import re
from functools import cache

from ...document import Document
from ...results import Finding
from . import finding, pattern, register

RULE = "proofreading.placeholder"
MAX_SHOWN = 3
MAX_SIGNATURE_WORDS = 14
MAX_BLOCK_LINES = 16  # how far back a signature block's opening line may be


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    return (pattern("placeholders", "patterns"),
            pattern("placeholders", "roman_after", flags=re.IGNORECASE),
            pattern("placeholders", "signature_lines", flags=re.IGNORECASE),
            pattern("placeholders", "signature_block", flags=re.IGNORECASE))


def _short(text: str) -> bool:
    return len(text.split()) <= MAX_SIGNATURE_WORDS


def _in_signature_block(document: Document, index: int, opening: re.Pattern) -> bool:
    """A short paragraph among the short paragraphs that follow a signature block's opening line."""
    for back in range(index, max(0, index - MAX_BLOCK_LINES), -1):
        text = document.paragraphs[back - 1].text.strip()
        if not _short(text):
            return False
        if opening.search(text):
            return True
    return False


@register("placeholders")
def check_placeholders(document: Document, lang: str, report_lang: str) -> list[Finding]:
    found, roman, signature, opening = _patterns()
    # One scan of the whole text finds the few paragraphs to look at.
    holding = sorted({document.paragraph_at(match.start()).index for match in found.finditer(document.text)})
    findings = []
    for index in holding:
        paragraph = document.paragraphs[index - 1]
        text = paragraph.text
        matches = list(found.finditer(text))
        signature_line = _short(text) and (signature.search(text.strip()) or _in_signature_block(document, index, opening))
        matches = [m for m in matches
                   if not (signature_line and m.group(0).startswith("_"))
                   and not (m.group(0)[:1] in "Xx" and roman.search(text[max(0, m.start() - 20):m.start()]))]
        if not matches:
            continue
        shown = list(dict.fromkeys(m.group(0) for m in matches))
        value = " … ".join(shown[:MAX_SHOWN]) + (" …" if len(shown) > MAX_SHOWN else "")
        first = matches[0]
        findings.append(finding(document, RULE, report_lang, paragraph.start + first.start(),
                                paragraph.start + first.end(), value=value))
    return findings
