"""Cross-references ("clause 7.2", "Sections 3 to 5", "l'article 9.3 ci-dessous", "Annex 2")
checked against the clauses and annexes the document contains.

References into laws and other agreements are left alone, so are the clauses of a
document whose numbering is unknown or that amends another one, and the annexes of a
kind the document has none of (they are then separate documents). One finding per
missing clause or annex, at its first reference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...document import Document
from ...results import Finding
from . import case_variants, data, finding, matches_by_paragraph, pattern, register, starts_word
from .numbering import Number, Structure, annex_kind, normal_annex_id, parse_number, structure

RULE = "proofreading.broken-reference"
EXTERNAL_WINDOW = 90
_CLAUSE_ID = (r"(?P<id>\d{1,3}(?:\.\d{1,3}){0,4}(?!\d|\.\d)(?:er)?(?:\s?\((?:[a-z]{1,4}|[A-Z]|\d{1,2})\))*"
              r"|[IVXLC]{1,6}(?!\w)(?:\([a-z]{1,4}\))*)")
_ANNEX_ID = r"(?P<id>\d{1,3}(?!\d|\.\d)|[A-Z]{1,2}(?:-\d{1,2})?(?!\w)|[IVXL]{1,5}(?!\w))"
_SUB_ITEMS = re.compile(r"\(([a-zA-Z]{1,4}|\d{1,2})\)")


@dataclass(frozen=True)
class _Patterns:
    clause: dict[str, re.Pattern]
    next_clause_id: re.Pattern
    annex: re.Pattern
    next_annex_id: re.Pattern
    joiner: re.Pattern
    range_joiner: re.Pattern
    not_a_clause: re.Pattern
    external_after: dict[str, re.Pattern]
    external_before: re.Pattern
    external_before_window: int
    external_id: re.Pattern
    heading_after: re.Pattern
    amendment: re.Pattern
    annex_kinds: dict[str, re.Pattern]


@cache
def _patterns() -> _Patterns:
    spec = data("references")
    annex_keywords = "|".join(spec["annex_keywords"].values())
    return _Patterns(
        clause={lang: re.compile(rf"(?:{case_variants(keywords)})\.?\s+(?:n°\s*)?{_CLAUSE_ID}")
                for lang, keywords in spec["clause_keywords"].items()},
        next_clause_id=re.compile(_CLAUSE_ID),
        annex=re.compile(rf"(?P<keyword>{case_variants(annex_keywords)})\.?\s+(?:n°\s*)?{_ANNEX_ID}"),
        next_annex_id=re.compile(_ANNEX_ID),
        joiner=pattern("references", "joiner", flags=re.IGNORECASE),
        range_joiner=pattern("references", "range_joiner", flags=re.IGNORECASE),
        not_a_clause=pattern("references", "not_a_clause", flags=re.IGNORECASE),
        external_after={lang: pattern("references", "external_after", lang) for lang in spec["external_after"]},
        external_before=pattern("references", "external_before"),
        external_before_window=spec["external_before_window"],
        external_id=pattern("references", "external_id"),
        heading_after=pattern("references", "heading_after"),
        amendment=pattern("references", "amendment", flags=re.IGNORECASE),
        annex_kinds={kind: re.compile(rf"^(?:{keyword})$", re.IGNORECASE)
                     for kind, keyword in spec["annex_keywords"].items()},
    )


def _ids(text: str, first: re.Match, next_id: re.Pattern, patterns: _Patterns) -> tuple[list[tuple[str, int]], int]:
    """The ids of a reference list from its first one, with their offsets, and where the list ends."""
    ids = [(first.group("id"), first.start("id"))]
    position = first.end()
    while True:
        joiner = patterns.joiner.match(text, position)
        if not joiner:
            break
        following = next_id.match(text, joiner.end())
        if not following or patterns.not_a_clause.match(text, following.end()):
            break
        ids.append((following.group("id"), following.start("id")))
        position = following.end()
    return ids, position


def clause_exists(found: Structure, number: Number, letters: list[str]) -> bool:
    """Only what the document shows can be contradicted: a sub-clause of a clause with no
    numbered sub-clauses is not doubted, nor an item "(c)" unless a later one, "(d)", is there."""
    for depth in range(1, len(number) + 1):
        if number[:depth] in found.known or number[:depth] in found.loose:
            continue
        return not found.children.get(number[:depth - 1])
    if letters and len(letters[0]) == 1 and letters[0].isalpha():
        letter = letters[0].lower()
        items = {item for item in found.letters.get(number, ()) if len(item) == 1}
        return letter in items or not any(item > letter for item in items)
    return True


def annex_exists(known: set[str], ident: str) -> bool:
    """"Exhibit A" is there when "Exhibit A" or its parts "Exhibit A-1", "A-2"... are."""
    ident = normal_annex_id(ident)
    return ident in known or any(k.startswith(f"{ident}-") for k in known)


def _clause_references(text: str, matches: list[re.Match], lang: str, found: Structure, patterns: _Patterns,
                       external: set[str]) -> list[tuple[int, int, str, str]]:
    external_after = patterns.external_after.get(lang) or patterns.external_after["en"]
    window = patterns.external_before_window
    broken = []
    for match in matches:
        if not starts_word(text, match.start()):
            continue
        ids, end = _ids(text, match, patterns.next_clause_id, patterns)
        if (patterns.external_id.match(text, match.start("id"))
                or patterns.external_before.search(text, max(0, match.start() - window), match.start())
                or external_after.match(text[end:end + EXTERNAL_WINDOW])):
            external.update(ident for ident, _ in ids)  # a law's section: later bare mentions are the law's too
            continue
        if patterns.heading_after.match(text, end):
            continue  # "ARTICLE 26 - AFFIRMATION": a heading run into the text, not a reference
        keyword = match.group(0).split()[0]
        for ident, offset in ids:
            if ident in external:
                continue
            base = _SUB_ITEMS.sub("", ident).replace(" ", "")
            number = parse_number(base[:-2] if base.endswith("er") else base)
            if number is not None and not clause_exists(found, number, _SUB_ITEMS.findall(ident)):
                broken.append((offset, offset + len(ident), f"{keyword} {ident}", ident.replace(" ", "")))
    return broken


def _annex_references(text: str, matches: list[re.Match], found: Structure,
                      patterns: _Patterns) -> list[tuple[int, int, str, str]]:
    broken = []
    for match in matches:
        if not starts_word(text, match.start()):
            continue
        kind = annex_kind(match.group("keyword"), patterns.annex_kinds)
        known = found.annexes.get(kind or "")
        if not known:
            continue
        ids, _ = _ids(text, match, patterns.next_annex_id, patterns)
        for ident, offset in ids:
            if not annex_exists(known, ident):
                keyword = match.group("keyword")
                broken.append((offset, offset + len(ident), f"{keyword} {ident}", f"{kind} {normal_annex_id(ident)}"))
    return broken


@register("cross_references")
def check_cross_references(document: Document, lang: str, report_lang: str) -> list[Finding]:
    patterns = _patterns()
    found = structure(document, lang)
    spec = data("references")
    opening = " ".join(p.text for p in document.paragraphs[:spec["amendment_paragraphs"]])
    check_clauses = (len(found.numbered) >= spec["min_numbered_clauses"]
                     and not patterns.amendment.search(opening))
    if not check_clauses and not found.annexes:
        return []
    body_start = found.numbered[0].paragraph.index if found.numbered else 1  # the title and preamble cite nothing
    findings = []
    reported: set[str] = set()
    external: set[str] = set()
    clauses = matches_by_paragraph(document, patterns.clause[lang]) if check_clauses else {}
    annexes = matches_by_paragraph(document, patterns.annex) if found.annexes else {}
    for paragraph in document.paragraphs[body_start - 1:]:
        broken = []
        if paragraph.index in clauses:
            broken = _clause_references(paragraph.text, clauses[paragraph.index], lang, found, patterns, external)
        if paragraph.index in annexes and paragraph.index not in found.annex_titles:
            broken.extend(_annex_references(paragraph.text, annexes[paragraph.index], found, patterns))
        for start, end, shown, target in broken:
            if target not in reported:
                reported.add(target)
                findings.append(finding(document, RULE, report_lang, paragraph.start + start,
                                        paragraph.start + end, value=shown))
    return findings
