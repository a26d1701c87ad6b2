"""The library clauses that fill a report's missing checklist items or replace its weak ones.

A proposed clause is the library's wording at the chosen position, in the document's
language. What the contract states fills its variables: the parties' names the preamble
defines, and the durations the facts layer read (the term, the renewal and its notice, the
pilot), per ``redline.yaml``. The rest is marked for the lawyer: a clause proposed for a
missing item prints "[label]" for each variable; a replacement of a weak clause, which must
read as a complete clause once accepted, prints the library's default value, highlighted,
and "[label]" only where the library has none. Cross-references print the number the
document gives the referenced clause when the linter found it there (else a placeholder),
and defined terms print as the library defines them. The texts are the library's own
Jinja, rendered by the generator's sandboxed environment; no user value is ever rendered
as a template.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..document import Location
from ..drafting.labels import placeholder_label
from ..drafting.language import language
from ..drafting.library import Clause, default_library, load_library
from ..drafting.playbook import Playbook
from ..drafting.readable import CLOSE, OPEN, highlighted, pieces, plain
from ..drafting.render import Placeholder, render_source, sandbox_environment
from ..drafting.values import Duration, constraint_problems, present
from ..errors import ClauseKitError
from ..results import DocumentReport, Fact
from ..review.wording import full_message, item_findings, words
from .data import redline_data

# A placeholder travels through the text between the readable clauses' marks (OPEN, CLOSE), so
# that the Word writer can highlight it and plain-text outputs can drop the marks.
_SPACES = re.compile(r"[ \t\r\n]+")
POSITIONS = ("preferred", "fallback")


@dataclass(frozen=True)
class ProposedParagraph:
    kind: str  # "heading", "paragraph" or "item" (a sub-paragraph)
    text: str  # placeholders between OPEN and CLOSE


@dataclass(frozen=True)
class Proposal:
    item: str
    clause_id: str
    title: str  # in the document's language
    reason: str  # the linter's message (missing, or what makes the clause weak), in the report's language
    paragraphs: tuple[ProposedParagraph, ...]
    fill_in: tuple[tuple[str, str], ...]  # (placeholder as shown, what to put there) in order of use
    position: str = "preferred"
    replaces: Location | None = None  # a replacement: where the weak clause it replaces is judged
    filled: tuple[tuple[str, str], ...] = ()  # (variable label, value) taken from the contract


def _Placeholder(label: str, default: Any) -> Placeholder:
    """A variable left unfilled: prints as "[label]"; a condition on it takes the library default."""
    return Placeholder(f"{OPEN}[{label}]{CLOSE}", default)


def library(playbook: Playbook | None = None) -> dict[str, Clause]:
    """The bundled clause library (each clause file is read once per process), with a company's
    playbook texts and notes in place of the library's for the items it lists."""
    clauses = load_library(*default_library())
    return clauses if playbook is None else {key: playbook.clause(clause) for key, clause in clauses.items()}


def library_clause(clauses: dict[str, Clause], item_id: str) -> Clause | None:
    """The library clause for an item: the one named after it, else the first satisfying it."""
    if item_id in clauses and clauses[item_id].item == item_id:
        return clauses[item_id]
    return next((clause for clause in clauses.values() if clause.item == item_id), None)


def known_values(facts: list[Fact], lang: str) -> tuple[dict[str, Any], set[str]]:
    """Clause variables -> what the contract states, per ``redline.yaml``, and the variables whose
    value is a guess to check (highlighted). The parties: party_a is the one whose defining sentence
    gives it party A's role (the customer in a supply contract), else the first the preamble names,
    a guess; durations: read by the facts layer."""
    mapping = redline_data()["facts_to_variables"]
    known: dict[str, Any] = {}
    guessed: set[str] = set()
    parties = [fact for fact in facts if fact.kind == "party"][:2]
    roles = {variable: re.compile(r"\b(?:" + "|".join(words[lang]) + r")\b", re.IGNORECASE)
             for variable, words in mapping["party_roles"].items()}
    unplaced = list(parties)
    for variable in mapping["parties"]:
        match = next((fact for fact in unplaced if roles[variable].search(fact.text)
                      and not any(roles[other].search(fact.text) for other in roles if other != variable)), None)
        if match is not None:
            known[variable] = match.value
            unplaced.remove(match)
    for variable in mapping["parties"]:
        if variable not in known and unplaced:
            known[variable] = unplaced.pop(0).value
            guessed.add(variable)
    for fact in facts:
        variable = mapping["durations"].get(fact.kind)
        if variable and variable not in known and fact.months:
            known[variable] = _duration(fact.months)
    return known, guessed


def _known_type(value: Any) -> str:
    return "duration" if isinstance(value, Duration) else "text"


def _duration(months: float) -> Duration:
    if months >= 12 and months % 12 == 0:
        return Duration(int(months // 12), "years")
    if months == int(months):
        return Duration(int(months), "months")
    return Duration(round(months * 30), "days")


class _ClauseRenderer:
    def __init__(self, clauses: dict[str, Clause], report: DocumentReport):
        self.library = clauses
        self.lang = report.language
        self.language = language(report.language)
        # Where the document already has the clause a reference points to: its number there.
        self.numbers = {item.id: item.evidence[0].location.clause for item in report.items
                        if item.status != "missing" and item.evidence and item.evidence[0].location.clause}
        self.terms = {key: term.term[self.lang] for clause in clauses.values() for key, term in clause.defines.items()}
        self.present = {item.id for item in report.items if item.status != "missing"}
        self.known, self.guessed = known_values(report.facts, report.language)
        self.own_numbers: dict[str, str] = {}

    def _reference(self, key: str) -> str:
        if str(key) in self.own_numbers:  # a paragraph of the clause being written, in place of a weak one
            return self.own_numbers[str(key)]
        target = self.library.get(str(key).split(".", 1)[0])
        if target is None:
            return f"{OPEN}[{key}]{CLOSE}"
        if "." not in str(key) and target.item in self.numbers:
            return self.numbers[target.item]
        return OPEN + words(self.lang)["reference_placeholder"].format(title=target.title[self.lang]) + CLOSE

    def _term(self, key: str) -> str:
        return self.terms.get(key) or f"{OPEN}[{key}]{CLOSE}"

    def _included(self, clause_id: str) -> bool:
        """Whether the document already provides for what the library clause covers."""
        target = self.library.get(clause_id)
        return target is not None and target.item in self.present

    def render(self, clause: Clause, position: str, defaults: bool) -> tuple[
            tuple[ProposedParagraph, ...], tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
        """The paragraphs, the placeholders to fill in (shown, help) and the values taken from the
        contract (label, value). With ``defaults``, a variable the contract does not state takes
        the library's default, highlighted."""
        from jinja2 import TemplateError, meta

        sources = [text for paragraph in clause.paragraphs(position, self.lang)
                   for text in (paragraph.text, *paragraph.items)]
        names: set[str] = set()
        for source in sources:
            try:
                names |= meta.find_undeclared_variables(sandbox_environment().parse(source))
            except TemplateError as error:
                raise ClauseKitError(f"cannot render the clause for --propose: {error}", clause.path) from None
        # The document's governing law is not known here: no statute of one country is cited.
        context: dict[str, Any] = {"ref": self._reference, "term": self._term, "included": self._included,
                                   "french_law": False, "english_law": False}
        helps: dict[str, str] = {}
        proposed: list[str] = []  # default values as printed, to highlight
        filled: list[tuple[str, str]] = []
        for name in sorted(names - set(context)):
            spec = clause.variables.get(name)
            label = placeholder_label(name, self.lang)
            value = self.known.get(name)
            if value is not None and (spec is None or (spec.type == _known_type(value)
                                                       and not constraint_problems(spec, value, value))):
                # what the contract states, unless the library's bounds refuse it (a pilot of a year)
                context[name] = present(spec.type, value, self.language) if spec else value
                filled.append((label, str(context[name])))
                if name in self.guessed:
                    proposed.append(str(context[name]))
                continue
            if spec is not None and not spec.required and not spec.has_default:
                context[name] = None  # an optional answer left out: the text's own fallback applies
                continue
            if defaults and spec is not None and spec.has_default:
                context[name] = present(spec.type, spec.default, self.language)
                proposed.append(str(context[name]))
                continue
            placeholder = _Placeholder(label, spec.default if spec else None)
            context[name] = placeholder
            helps[plain(placeholder.shown)] = spec.help[self.lang] if spec else ""

        def text(source: str) -> str:
            try:
                rendered = render_source(source, context)
            except TemplateError as error:
                raise ClauseKitError(f"cannot render the clause for --propose: {error}", clause.path) from None
            return highlighted(self.language.typography(_SPACES.sub(" ", rendered).strip()),
                                [self.language.typography(value) for value in proposed])

        paragraphs = [ProposedParagraph("heading", self.language.typography(clause.title[self.lang]))]
        for source_paragraph in clause.paragraphs(position, self.lang):
            body = text(source_paragraph.text)
            if body:
                paragraphs.append(ProposedParagraph("paragraph", body))
            items = (text(item) for item in source_paragraph.items)
            paragraphs.extend(ProposedParagraph("item", item) for item in items if item)
        used: list[tuple[str, str]] = []
        for paragraph in paragraphs:
            for piece, is_placeholder in pieces(paragraph.text):
                if is_placeholder and piece in helps and piece not in (shown for shown, _ in used):
                    used.append((piece, helps[piece]))
        return tuple(paragraphs), tuple(used), tuple(filled)


def proposals_for(report: DocumentReport, position: str = "preferred",
                  playbook: Playbook | None = None) -> list[Proposal]:
    """One proposal per missing checklist item that the library (or the playbook) has a clause for,
    in checklist order."""
    clauses = library(playbook)
    renderer = _ClauseRenderer(clauses, report)
    proposals = []
    for item in report.items:
        if item.status != "missing" or item.kind != "checklist":
            continue
        clause = library_clause(clauses, item.id)
        if clause is None:
            continue
        reason = next((full_message(f, report.report_language) for f in report.findings if f.item == item.id),
                      item.title)  # the finding says where the closest passage is
        paragraphs, fill_in, filled = renderer.render(clause, position, defaults=False)
        proposals.append(Proposal(item=item.id, clause_id=clause.id, title=plain(paragraphs[0].text), reason=reason,
                                  paragraphs=paragraphs, fill_in=fill_in, position=position, filled=filled))
    return proposals


def _paragraph_numbers(clause: Clause, position: str, lang: str, article: str) -> dict[str, str]:
    """"pilot.exit" -> "4.4": the numbers the replacement's own anchored paragraphs take in the
    received contract's article ``article`` (none when its number is not known)."""
    if not article.isdigit():
        return {}
    return {f"{clause.id}.{paragraph.anchor}": f"{article}.{index}"
            for index, paragraph in enumerate(clause.paragraphs(position, lang), 1) if paragraph.anchor}


def replacements_for(report: DocumentReport, position: str = "fallback",
                     playbook: Playbook | None = None) -> list[Proposal]:
    """One replacement per weak checklist item that the library (or the playbook) has a clause for:
    that clause at ``position``, complete (defaults highlighted), to put in place of the weak one."""
    clauses = library(playbook)
    renderer = _ClauseRenderer(clauses, report)
    replacements = []
    for item in report.items:
        if item.status != "weak" or item.kind != "checklist" or not item.evidence:
            continue
        clause = library_clause(clauses, item.id)
        if clause is None:
            continue
        reason = " ".join(f.message for f in item_findings(report, item)) or item.title
        article = (item.evidence[0].location.clause or "").split(".")[0]
        renderer.own_numbers = _paragraph_numbers(clause, position, report.language, article)
        paragraphs, fill_in, filled = renderer.render(clause, position, defaults=True)
        replacements.append(Proposal(item=item.id, clause_id=clause.id, title=plain(paragraphs[0].text),
                                     reason=reason, paragraphs=paragraphs, fill_in=fill_in, position=position,
                                     replaces=item.evidence[0].location, filled=filled))
    return replacements
