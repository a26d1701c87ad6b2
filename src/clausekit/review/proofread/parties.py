"""Parties: the names the preamble gives them used consistently.

Reported: a party called by a third name (a capitalised role such as "the Vendor" that
no clause defines, where the preamble says "the Supplier"), and a company that the
preamble does not name acting as a party ("Gamma Logistics Inc. shall ..."), usually
left over from another contract.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...document import Document, Paragraph
from ...results import Finding
from ..rules import compile_pattern
from . import by_first_letter, data, finding, pattern, register, sentence_initial, starts_word
from .defined_terms import DEFINING, stem, term_key, terms

RULE = "proofreading.unknown-party"
_FOLLOWING_CAPITAL = re.compile(r"[\s-]+[A-ZÀ-Ý]")
_PRECEDING_CAPITAL = re.compile(r"[A-ZÀ-Ý][\w’'-]*[\s-]+$")  # "Independent Contractor": a compound, not a party
ACTS_WINDOW = 60
_POSSESSIVE = re.compile(r"[’']s?(?![\w])")
_LEGAL_FORM = re.compile(r"[\s,]+\S+$")


@dataclass(frozen=True)
class _Patterns:
    preamble_end: re.Pattern
    obligation: re.Pattern
    roles: re.Pattern
    collective: frozenset[str]
    legal_form: re.Pattern
    company_words: re.Pattern
    acts: re.Pattern


@cache
def _patterns(lang: str) -> _Patterns:
    spec = data("parties")
    roles = sorted(spec["roles"][lang], key=len, reverse=True)
    return _Patterns(
        preamble_end=pattern("parties", "preamble_end", lang, re.IGNORECASE),
        obligation=pattern("parties", "obligation", flags=re.IGNORECASE),
        roles=re.compile(r"(?:" + by_first_letter([re.escape(r) for r in roles]) + r")(?![\w-])"),
        collective=frozenset(term_key(w) for w in spec["collective"][lang]),
        legal_form=compile_pattern(rf"(?:{by_first_letter(spec['legal_form'])})(?![\w-])", 0,
                                   "_proofreading.yaml: parties.legal_form"),
        company_words=pattern("parties", "company_words"),
        acts=pattern("parties", "acts", flags=re.IGNORECASE),
    )


def _preamble_end(document: Document, patterns: _Patterns) -> int | None:
    """Where the preamble (parties and recitals) ends in the text; None when there is none."""
    preamble: list[Paragraph] = []
    for paragraph in document.paragraphs[:data("parties")["max_preamble_paragraphs"]]:
        if preamble and (patterns.preamble_end.match(paragraph.text) or patterns.obligation.search(paragraph.text)):
            break
        preamble.append(paragraph)
    return preamble[-1].end if preamble else None


def party_names(document: Document, lang: str) -> list[tuple[str, int]]:
    """The names the preamble defines for the parties ("Alpha", "the Supplier"), each with its
    offset in the text, in order: what the contract calls its parties."""
    patterns = _patterns(lang)
    preamble_end = _preamble_end(document, patterns)
    if preamble_end is None:
        return []
    found = terms(document, lang)
    # A name the preamble's company names hold ("Durand Industries" of "Durand Industries SAS") is a
    # party's even where its words also occur in lower case (an address: durand-industries.example).
    companies = [name for _, _, name in _companies(document.text, 0, preamble_end, patterns,
                                                   data("parties")["company_reach"])]
    return [(d.term, d.start) for d in found.definitions
            if d.kind in DEFINING and d.start < preamble_end and d.key not in patterns.collective
            and (patterns.roles.fullmatch(d.term) or stem(d.term.split()[0]) not in found.lower_stems
                 or any(d.term in company for company in companies))]


@register("parties")
def check_parties(document: Document, lang: str, report_lang: str) -> list[Finding]:
    patterns = _patterns(lang)
    spec = data("parties")
    preamble_end = _preamble_end(document, patterns)
    if preamble_end is None:
        return []
    preamble_text = document.text[:preamble_end]
    found = terms(document, lang)
    aliases = [name for name, _ in party_names(document, lang)]
    companies = [name for _, _, name in _companies(document.text, 0, preamble_end, patterns, spec["company_reach"])]
    if not aliases and not companies:
        return []
    named = ", ".join(dict.fromkeys(aliases or companies))
    findings = []
    reported: set[str] = set()
    roles = () if found.incorporated else patterns.roles.finditer(document.text)
    for match in roles:
        if not starts_word(document.text, match.start()):
            continue
        role = match.group(0)
        key = term_key(role)
        if (key in found.by_key or key in reported or found.is_covered(match.start(), match.end())
                or _FOLLOWING_CAPITAL.match(document.text, match.end())
                or _PRECEDING_CAPITAL.search(document.text, max(0, match.start() - 40), match.start())
                or not patterns.acts.match(document.text[match.end():match.end() + ACTS_WINDOW])):
            continue
        paragraph = document.paragraph_at(match.start())
        if paragraph.is_heading or sentence_initial(paragraph.text, match.start() - paragraph.start):
            continue
        reported.add(key)
        findings.append(finding(document, RULE, report_lang, match.start(), match.end(), value=role, other=named))
    preamble_words = preamble_text.casefold()
    for start, end, name in _companies(document.text, preamble_end, len(document.text), patterns, spec["company_reach"]):
        core = _LEGAL_FORM.sub("", name).strip(" ,")
        if (core.casefold() in preamble_words or name in reported or term_key(core) in found.by_key
                or not patterns.acts.match(document.text[end:end + ACTS_WINDOW])):
            continue
        reported.add(name)
        findings.append(finding(document, RULE, report_lang, start, end, value=name, other=named))
    return findings


def _companies(text: str, start: int, end: int, patterns: _Patterns, reach: int):
    """(start, end, name) of each company name in text[start:end]: a legal form and the capitalised words before it."""
    for form in patterns.legal_form.finditer(text, start, end):
        if not starts_word(text, form.start()):
            continue
        words = patterns.company_words.search(text, max(start, form.start() - reach), form.start())
        if words:
            yield words.start(), form.end(), text[words.start():form.end()]
