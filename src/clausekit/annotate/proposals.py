"""The library clauses that fill a report's missing checklist items, rendered with visible placeholders.

A proposed clause is the library's preferred wording in the document's language, but
with nothing filled in: each variable prints as "[label]" for the lawyer to complete,
cross-references print the number the document gives the referenced clause when the
linter found it there (else a placeholder), and defined terms print as the library
defines them. The texts are the library's own Jinja, rendered by the generator's
sandboxed environment; no user value is ever rendered as a template.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..drafting.labels import placeholder_label
from ..drafting.language import language
from ..drafting.library import Clause, default_library, load_library
from ..drafting.render import Placeholder, render_source, sandbox_environment
from ..errors import ClauseKitError
from ..results import DocumentReport
from ..wording import full_message, words

# A placeholder travels through the text between these private-use marks, so that the Word
# writer can highlight it and plain-text outputs can drop the marks.
OPEN, CLOSE = "\ue020", "\ue021"
_MARKED = re.compile(f"{OPEN}([^{CLOSE}]*){CLOSE}")
_SPACES = re.compile(r"[ \t\r\n]+")
POSITION = "preferred"


def plain(text: str) -> str:
    return text.replace(OPEN, "").replace(CLOSE, "")


def pieces(text: str) -> list[tuple[str, bool]]:
    """``text`` split into (piece, is_placeholder), in order, without empty pieces."""
    parts = _MARKED.split(text)
    return [(part, index % 2 == 1) for index, part in enumerate(parts) if part]


@dataclass(frozen=True)
class ProposedParagraph:
    kind: str  # "heading", "paragraph" or "item" (a sub-paragraph)
    text: str  # placeholders between OPEN and CLOSE


@dataclass(frozen=True)
class Proposal:
    item: str
    clause_id: str
    title: str  # in the document's language
    reason: str  # the linter's "missing" message, in the report's language
    paragraphs: tuple[ProposedParagraph, ...]
    fill_in: tuple[tuple[str, str], ...]  # (placeholder as shown, what to put there) in order of use


def _Placeholder(label: str, default: Any) -> Placeholder:
    """A variable left unfilled: prints as "[label]"; a condition on it takes the library default."""
    return Placeholder(f"{OPEN}[{label}]{CLOSE}", default)


def library() -> dict[str, Clause]:
    """The bundled clause library (each clause file is read once per process)."""
    return load_library(*default_library())


def library_clause(clauses: dict[str, Clause], item_id: str) -> Clause | None:
    """The library clause for an item: the one named after it, else the first satisfying it."""
    if item_id in clauses and clauses[item_id].item == item_id:
        return clauses[item_id]
    return next((clause for clause in clauses.values() if clause.item == item_id), None)


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

    def _reference(self, key: str) -> str:
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

    def render(self, clause: Clause) -> tuple[tuple[ProposedParagraph, ...], tuple[tuple[str, str], ...]]:
        from jinja2 import TemplateError, meta

        sources = [text for paragraph in clause.paragraphs(POSITION, self.lang)
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
        for name in sorted(names - set(context)):
            spec = clause.variables.get(name)
            if spec is not None and not spec.required and not spec.has_default:
                context[name] = None  # an optional answer left out: the text's own fallback applies
                continue
            placeholder = _Placeholder(placeholder_label(name, self.lang), spec.default if spec else None)
            context[name] = placeholder
            helps[plain(placeholder.shown)] = spec.help[self.lang] if spec else ""

        def text(source: str) -> str:
            try:
                rendered = render_source(source, context)
            except TemplateError as error:
                raise ClauseKitError(f"cannot render the clause for --propose: {error}", clause.path) from None
            return self.language.typography(_SPACES.sub(" ", rendered).strip())

        paragraphs = [ProposedParagraph("heading", self.language.typography(clause.title[self.lang]))]
        for source_paragraph in clause.paragraphs(POSITION, self.lang):
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
        return tuple(paragraphs), tuple(used)


def proposals_for(report: DocumentReport) -> list[Proposal]:
    """One proposal per missing checklist item that the library has a clause for, in checklist order."""
    clauses = library()
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
        paragraphs, fill_in = renderer.render(clause)
        proposals.append(Proposal(item=item.id, clause_id=clause.id, title=plain(paragraphs[0].text), reason=reason,
                                  paragraphs=paragraphs, fill_in=fill_in))
    return proposals
