"""What clausekit says in a review, as lines of text: the verdict, each weak clause, each proposal.

The annotated Word copy puts these lines in comments; the review report for PDF and
text input prints them. Messages and rule docs come from the lint rules, the "why"
from the checklist, the fixed words from texts.yaml: all in the report's language.
"""

from __future__ import annotations

import re

from ..drafting.language import language
from ..results import DocumentReport, Finding, ItemResult
from ..review.rules import CONSISTENCY, RuleSet
from ..review.wording import item_findings, profile_title, verdict, where, words
from ..safe_text import visible
from .proposals import Proposal, library, library_clause

_CODE = re.compile(r"`([^`]*)`")


def quoted(text: str, lang: str) -> str:
    return language(lang).quote(visible(text))  # a contract's control characters cannot go into XML


def _prose(text: str, lang: str) -> str:
    """A rule doc as a reader sees it: `pilot` (Markdown code) becomes a quoted name."""
    return _CODE.sub(lambda match: quoted(match.group(1), lang), text)


def summary_lines(report: DocumentReport, in_copy: bool, proposed: bool = False, place: str | None = None,
                  replaced: list[str] | None = None) -> list[str]:
    """The verdict first, then which clauses are missing and weak; in an annotated copy, where to look."""
    lang = report.report_language
    text = words(lang)["summary"]
    checklist = [item for item in report.items if item.kind == "checklist"]
    hygiene = [item for item in report.items if item.kind == "hygiene"]
    lines = [text["title"].format(profile=profile_title(report.profile, lang),
                                  verdict=verdict(report.counts("checklist"), lang))]
    missing = [item.title for item in checklist if item.status == "missing"]
    weak = [item.title for item in report.items if item.status == "weak"]
    if missing:
        lines.append(text["missing"].format(items=", ".join(missing)))
    if weak:
        lines.append(text["weak"].format(items=", ".join(weak)))
        if in_copy:
            lines.append(text["see_comments"])
    if not missing and not any(item.status == "weak" for item in checklist):
        lines.append(text["strong_only"])
    if hygiene:
        lines.append(text["hygiene"].format(verdict=verdict(report.counts("hygiene"), lang)))
        absent = [item.title for item in hygiene if item.status == "missing"]
        if absent:
            lines.append(text["hygiene_missing"].format(items=", ".join(absent)))
    known = {item.id for item in report.items}
    contradictions = sum(1 for finding in report.findings if finding.item == CONSISTENCY)
    if contradictions:
        lines.append(text["contradictions"].format(count=contradictions))
    drafting = sum(1 for finding in report.findings if finding.item not in known and finding.item != CONSISTENCY)
    if drafting:
        lines.append(text["proofreading"].format(count=drafting))
    if replaced:
        titles = [item.title for item in report.items if item.id in replaced]
        lines.append(text["replaced"].format(items=", ".join(titles)))
    if proposed:
        lines.append(text["proposed_before"].format(place=place) if place else text["proposed_at_end"])
    return lines


def weak_lines(report: DocumentReport, item: ItemResult, anchor_paragraph: int | None, ruleset: RuleSet) -> list[str]:
    """What is weak (each finding, quoting passages elsewhere than the anchor), why it matters, what to ask for."""
    lang = report.report_language
    text = words(lang)["weak"]
    rules = ruleset.rules
    lines = [text["title"].format(title=item.title), text["what"]]
    asks: list[str] = []
    for finding in item_findings(report, item):
        line = f"• {finding.message}"
        elsewhere = finding.location is None or finding.location.paragraph != anchor_paragraph
        if finding.quote and elsewhere:
            place = where(finding.location, lang)
            line += f" {quoted(finding.quote, lang)}" + (f" ({place})" if place else "")
        lines.append(line)
        rule = rules.get(finding.rule)
        if rule is not None and rule.doc[lang] not in asks:
            asks.append(rule.doc[lang])
    lines.append(text["why"].format(why=ruleset.checklist.item(item.id).why[lang]))
    if asks:
        lines.append(text["ask"])
        lines.extend(f"• {_prose(ask, lang)}" for ask in asks)
    clause = library_clause(library(), item.id)
    if clause is not None:
        lines.append(text["model"].format(clause=clause.title[lang], id=clause.id))
    return lines


def contradiction_comments(finding: Finding, lang: str) -> list[tuple[list[str], int]]:
    """The comments of a contradiction, with the paragraph each goes on: at the finding's passage,
    its message and the other passage quoted; at the other passage, what contradicts it and where."""
    text = words(lang)["contradiction"]
    here = finding.location.paragraph if finding.location else None
    comments = []
    for other in (r for r in finding.related if r.role == "other"):
        place = where(other.location, lang)
        comments.append(([text["title"], f"• {finding.message}",
                          text["other"].format(passage=quoted(other.text, lang), place=place)], here))
        if other.location.paragraph and other.location.paragraph != here:
            comments.append(([text["title"], text["contradicted"].format(place=where(finding.location, lang)),
                              f"• {finding.message}", f"{quoted(finding.quote or '', lang)}"],
                             other.location.paragraph))
    return [(lines, paragraph) for lines, paragraph in comments if paragraph]


def proposal_lines(proposal: Proposal, lang: str) -> list[str]:
    """Why the clause is proposed and what each placeholder stands for."""
    text = words(lang)["proposal"]
    lines = [text["title"].format(title=proposal.title), proposal.reason]
    if proposal.fill_in:
        lines.append(text["fill_in"])
        typography = language(lang).typography
        lines.extend(typography(f"• {shown}: {help_text}" if help_text else f"• {shown}")
                     for shown, help_text in proposal.fill_in)
    lines.append(text["library"].format(id=proposal.clause_id,
                                        position=words(lang)["position_names"][proposal.position]))
    return lines


def replacement_lines(replacement: Proposal, lang: str, replaced: str) -> list[str]:
    """What replaced the weak clause and why, what was taken from the contract, what to check."""
    text = words(lang)["replacement"]
    typography = language(lang).typography
    lines = [text["title"].format(title=replacement.title, clause=replaced),
             text["why"].format(reason=replacement.reason),
             text["position"][replacement.position]]
    if replacement.filled:
        lines.append(text["filled"])
        lines.extend(typography(f"• {label}: {value}") for label, value in replacement.filled)
    lines.append(text["highlighted"])
    if replacement.fill_in:
        lines.append(words(lang)["proposal"]["fill_in"])
        lines.extend(typography(f"• {shown}: {help_text}" if help_text else f"• {shown}")
                     for shown, help_text in replacement.fill_in)
    lines.append(text["library"].format(id=replacement.clause_id))
    return lines
