"""Proofreading: drafting defects found across the whole document.

Unfilled placeholders, undefined terms, broken cross-references, numbering gaps,
inconsistent party names, figures whose words and digits disagree. Each check is
a module in this package with a function decorated ``@register``; it receives the
document and returns findings (item ``proofreading``). Modules are discovered, and an
installed package adds checks through the entry point group ``clausekit.checks``.
The rules and the vocabulary they use are data: ``lint_rules/_proofreading.yaml``.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable
from typing import TypeVar

from ...document import Document
from ...plugins import Registry
from ...results import Finding
from ..rules import PROOFREADING, Rule, compile_pattern, load_rules

ITEM = PROOFREADING
Check = Callable[[Document, str, str], list[Finding]]  # (document, lang, report_lang) -> findings
QUOTE_LIMIT = 300
T = TypeVar("T")

_CHECKS: Registry[Check] = Registry(__name__, "clausekit.checks")
register = _CHECKS.register
checks = _CHECKS.all


def proofread(document: Document, lang: str, report_lang: str) -> list[Finding]:
    """Every check's findings, in the order of the document."""
    findings: list[Finding] = []
    for check in checks().values():
        findings.extend(check(document, lang, report_lang))
    return sorted(findings, key=lambda f: (f.location.paragraph or 0, f.location.line or 0) if f.location else (0, 0))


# ---------------------------------------------------------------- what the checks share

def data(section: str) -> dict:
    """One section of the proofreading vocabulary (placeholders, terms, references...)."""
    return load_rules().proofreading_data.get(section) or {}


def pattern(section: str, key: str, lang: str | None = None, flags: int = 0) -> re.Pattern:
    """A pattern of the vocabulary, per language when ``lang`` is given; a list is one alternation."""
    raw = data(section)[key]
    if lang is not None:
        raw = raw[lang]
    if isinstance(raw, list):
        raw = "|".join(f"(?:{alternative})" for alternative in raw)
    return compile_pattern(raw, flags, f"_proofreading.yaml: {section}.{key}")


def per_document(analyse: Callable[[Document, str], T]) -> Callable[[Document, str], T]:
    """Remember the last document's analysis, shared by the checks that need it."""
    last: list = [None, None, None]  # weak reference to the document, language, result

    def cached(document: Document, lang: str) -> T:
        if last[0] is not None and last[0]() is document and last[1] == lang:
            return last[2]
        result = analyse(document, lang)
        last[:] = [weakref.ref(document), lang, result]
        return result
    return cached


def case_variants(alternatives: str) -> str:
    """"clauses?|annex(?:es)?" -> "C(?:lauses?|LAUSES?)|c(?:lauses?)|A(?:nnex(?:es)?|NNEX(?:ES)?)|a(?:nnex(?:es)?)":
    each alternative in its usual cases (Clause, clause, CLAUSE), to be matched case-sensitively, where IGNORECASE
    or "[Cc]" would make the regex engine try every position (see ``by_first_letter``)."""
    variants = []
    for alternative in _top_level_alternatives(alternatives):
        first = alternative[0]
        if first.isalpha():
            variants += [first.upper() + alternative[1:], first.lower() + alternative[1:]]
        else:
            variants.append(alternative)
        variants.append(alternative.upper())
    return by_first_letter(variants)


def by_first_letter(alternatives: list[str]) -> str:
    """"Clauses?|CLAUSES?|clauses?" -> "C(?:lauses?|LAUSES?)|c(?:lauses?)". When every alternative starts with a
    letter, the regex engine skips to the positions holding one of those letters, and there the grouped form
    tries only the alternatives of that letter, in their order (no other can match there)."""
    if not all(alternative[:1].isalpha() for alternative in alternatives):
        return "|".join(alternatives)
    by_first: dict[str, list[str]] = {}
    for alternative in alternatives:
        by_first.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in by_first.items())


def _top_level_alternatives(pattern_text: str) -> list[str]:
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for char in pattern_text:
        if char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        depth += (char == "(") - (char == ")")
        current.append(char)
    parts.append("".join(current))
    return parts


def matches_by_paragraph(document: Document, compiled: re.Pattern) -> dict[int, list[re.Match]]:
    """Paragraph index -> the matches ``compiled.finditer(paragraph.text)`` finds in it, from one search of the
    whole text rather than one per paragraph. For a pattern that never matches an empty string and does not
    depend on where a text starts or ends ("^", "$", a look-behind): searched from one place, a match within a
    paragraph is then the one the paragraph alone gives; where a match runs on across the blank line after the
    paragraph, the paragraph is searched alone from there."""
    found: dict[int, list[re.Match]] = {}
    text, paragraphs = document.text, document.paragraphs
    position = 0
    while (match := compiled.search(text, position)) is not None:
        paragraph = document.paragraph_at(match.start())
        start = match.start() - paragraph.start
        if start >= len(paragraph.text):  # in the blank line: the next paragraph is searched from its start
            position = paragraphs[paragraph.index].start
        elif match.end() <= paragraph.end:
            again = compiled.match(paragraph.text, start)  # the match found in the whole text, within the paragraph
            if again is not None:
                found.setdefault(paragraph.index, []).append(again)
            position = match.end()
        else:
            if rest := list(compiled.finditer(paragraph.text, start)):
                found.setdefault(paragraph.index, []).extend(rest)
            position = paragraph.end
    return found


def starts_word(text: str, start: int) -> bool:
    """No letter, digit or hyphen just before ``start``: checked after a fast scan without look-behind."""
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_-")


def rule(rule_id: str) -> Rule:
    return load_rules().proofreading[rule_id]


_SENTENCE_START = re.compile(r"(?:^|[.!?;:]\s|\n)[\s\"“«‘(\[]*$")
_LIST_MARK = re.compile(r"^\s*(?:\(?[a-zA-Z0-9]{1,4}[.)]|\d{1,3}(?:\.\d{1,3})*\.?|[-–•*])\s+[\"“«‘(]*$")
_SENTENCE_END = re.compile(r"(?<=[^\d\s][.!?;])\s+(?=[\"“«(]?[A-ZÀ-Ý0-9])")  # not after "3." of "3. Price"


def sentence_initial(text: str, start: int) -> bool:
    """The word at ``start`` opens a sentence, a paragraph or a list item."""
    before = text[max(0, start - 12):start]
    if start <= 12 and (not text[:start].strip(" \"“«‘([") or _LIST_MARK.match(text[:start])):
        return True
    return bool(_SENTENCE_START.search(before))


def quote_at(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` around [start, end), on one line and at most QUOTE_LIMIT long.
    Only QUOTE_LIMIT characters on each side are looked at, so a finding costs the same in a
    paragraph of two hundred kilobytes as in one of two lines."""
    lower, upper = max(0, start - QUOTE_LIMIT), min(len(text), end + QUOTE_LIMIT)
    left, right = lower, upper
    for boundary in _SENTENCE_END.finditer(text, lower, start):
        left = boundary.end()
    following = _SENTENCE_END.search(text, end, upper)
    if following:
        right = following.start()
    whole = (left > lower or lower == 0) and (following is not None or upper == len(text))
    sentence = " ".join(text[left:right].split())
    if whole and len(sentence) <= QUOTE_LIMIT:
        return sentence
    around = " ".join(text[max(left, start - QUOTE_LIMIT // 2):min(right, end + QUOTE_LIMIT // 2)].split())
    return ("…" + around[: QUOTE_LIMIT - 2] + "…") if len(around) > QUOTE_LIMIT - 2 else "…" + around + "…"


def finding(document: Document, rule_id: str, report_lang: str, start: int, end: int, **fields: str) -> Finding:
    """A finding at [start, end) of the document text, quoting the sentence it is in."""
    found = rule(rule_id)
    paragraph = document.paragraph_at(start)
    quote = quote_at(paragraph.text, start - paragraph.start, end - paragraph.start)
    return Finding(rule=found.id, item=ITEM, severity=found.severity,
                   message=found.message[report_lang].format(**fields),
                   location=document.location_at(start), quote=quote)
