"""A library clause as it reads outside any contract: for people, not for a draft.

No answers are given: each variable prints as the library's default value, or as
"[label]" (``placeholders.yaml``) where it has none, both marked for highlighting; a
cross-reference prints the title of the clause it points to, a defined term the term
the library defines. The texts are Jinja rendered by the generator's sandboxed,
bounded environment (``render.render_source``); no value is ever rendered as a template.

The negotiation playbook (``clausekit playbook``) and ``clause show`` render their texts
with this, and ``lint --propose`` highlights its values with the same marks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..errors import ClauseKitError
from .labels import placeholder_label
from .language import language
from .library import Clause, SourceParagraph
from .render import GAP_CLOSE, GAP_OPEN, Placeholder, render_source, sandbox_environment
from .values import VariableSpec, present

# A highlighted piece travels between the renderer's gap marks (which answers cannot hold).
OPEN, CLOSE = GAP_OPEN, GAP_CLOSE
_MARKED = re.compile(f"{OPEN}([^{CLOSE}]*){CLOSE}")
_SPACES = re.compile(r"[ \t\r\n]+")
# What the renderer gives every clause text besides the answers (render._Renderer.context).
# Types whose values the texts test rather than print ("fixed", True): not searched for, to highlight.
_UNPRINTED_TYPES = ("enum", "boolean")
FUNCTIONS = frozenset({"ref", "term", "included", "french_law", "english_law"})


def plain(text: str) -> str:
    """``text`` without its highlight marks."""
    return text.replace(OPEN, "").replace(CLOSE, "")


def pieces(text: str) -> list[tuple[str, bool]]:
    """``text`` split into (piece, highlighted), in order, without empty pieces."""
    parts = _MARKED.split(text)
    return [(part, index % 2 == 1) for index, part in enumerate(parts) if part]


@dataclass(frozen=True)
class ReadableParagraph:
    kind: str  # "paragraph", or "item" (a sub-paragraph of the paragraph before it)
    text: str  # highlighted pieces between OPEN and CLOSE


@lru_cache(maxsize=4096)
def used_names(source: str) -> frozenset[str]:
    """The names a clause text reads (answers and functions); a syntax error is a TemplateSyntaxError."""
    from jinja2 import meta

    return frozenset(meta.find_undeclared_variables(sandbox_environment().parse(source)))


class ClauseReader:
    """Renders clause texts of ``library`` in ``lang`` as they read, variables highlighted.

    ``defaults``: a variable with a default prints it (else "[label]" for all of them);
    ``french_law``: the governing law the texts assume (the generator's default)."""

    def __init__(self, library: dict[str, Clause], lang: str, defaults: bool = True, french_law: bool = True,
                 reference: str = "[{title}]"):
        self.library = library
        self.lang = lang
        self.language = language(lang)
        self.defaults = defaults
        self.french_law = french_law
        self.reference_format = reference
        self.terms = {key: term.term[lang] for clause in library.values() for key, term in clause.defines.items()}
        self.specs: dict[str, VariableSpec] = {}
        for clause in library.values():
            for name, spec in clause.variables.items():
                self.specs.setdefault(name, spec)

    def _reference(self, key: Any) -> str:
        target = self.library.get(str(key).split(".", 1)[0])
        return self.reference_format.format(title=target.title[self.lang] if target else key)

    def _term(self, key: Any) -> str:
        return self.terms.get(str(key)) or f"[{key}]"

    def context(self, clause: Clause, names: Iterable[str]) -> tuple[dict[str, Any], list[str]]:
        """The context for texts of ``clause`` reading ``names``, and the default values as printed."""
        context: dict[str, Any] = {"ref": self._reference, "term": self._term, "included": lambda _clause_id: True,
                                   "french_law": self.french_law, "english_law": not self.french_law}
        printed: list[str] = []
        for name in sorted(set(names) - FUNCTIONS):
            spec = clause.variables.get(name) or self.specs.get(name)
            if spec is not None and not spec.required and not spec.has_default:
                context[name] = None  # an optional answer left out: the text's own fallback applies
            elif self.defaults and spec is not None and spec.has_default:
                context[name] = present(spec.type, spec.default_for("france" if self.french_law else "england"),
                                        self.language)
                if spec.type not in _UNPRINTED_TYPES:
                    printed.append(self.language.typography(str(context[name])))
            else:
                label = placeholder_label(name, self.lang)
                context[name] = Placeholder(f"{OPEN}[{label}]{CLOSE}", spec.default if spec else None)
        return context, printed

    def text(self, clause: Clause, source: str) -> str:
        """One text of ``clause`` as it reads; rendering failures propagate (TemplateError and the like)."""
        context, printed = self.context(clause, used_names(source))
        rendered = render_source(source, context)
        return highlighted(self.language.typography(_SPACES.sub(" ", rendered).strip()), printed)

    def paragraphs(self, clause: Clause, paragraphs: Iterable[SourceParagraph]) -> list[ReadableParagraph]:
        """The paragraphs (and their items) as they read; a failure is one line naming the clause's file."""
        from jinja2 import TemplateError

        readable = []
        try:
            for paragraph in paragraphs:
                body = self.text(clause, paragraph.text)
                if body:
                    readable.append(ReadableParagraph("paragraph", body))
                items = (self.text(clause, item) for item in paragraph.items)
                readable.extend(ReadableParagraph("item", item) for item in items if item)
        except TemplateError as error:
            raise ClauseKitError(f"cannot render clause {clause.id}: {error}", clause.path) from None
        return readable


def highlighted(text: str, values: list[str]) -> str:
    """``text`` with each of ``values`` (default values as printed) marked, outside the marks already there."""
    wanted = sorted({value for value in values if value.strip()}, key=len, reverse=True)
    if not wanted:
        return text
    pattern = re.compile("|".join(re.escape(value) for value in wanted))
    parts = _MARKED.split(text)
    for index in range(0, len(parts), 2):  # even parts lie outside the marks
        parts[index] = pattern.sub(lambda match: OPEN + match.group(0) + CLOSE, parts[index])
    return "".join(part if index % 2 == 0 else OPEN + part + CLOSE for index, part in enumerate(parts))
