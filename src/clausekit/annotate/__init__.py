"""Review in Word: ``clausekit lint --annotate``.

A Word contract gets an annotated copy (comments on the weak clauses, a summary
comment at the top and, with ``--propose``, the weak checklist clauses replaced by the
library's wording at the chosen position and the missing ones inserted, all as tracked
changes); a PDF or text contract, which cannot be annotated in place, gets a Word
review report instead, with the same clauses to propose. Either way the original is only read, and the output is
written atomically.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ClauseKitError
from ..fileio import check_writable, write_atomic
from ..results import DocumentReport
from ..review.rules import RuleSet

if TYPE_CHECKING:
    from ..drafting.playbook import Playbook


@dataclass(frozen=True)
class AnnotateResult:
    kind: str  # "copy" (an annotated copy of a Word file) or "report" (a review report)
    weak_comments: int
    proposed: list[str]  # checklist item ids whose clause was proposed
    place: str | None = None  # in a copy, what the proposals were inserted before (None: at the end)
    replaced: tuple[str, ...] = ()  # weak checklist items whose clause was replaced (a copy) or proposed anew
    kept: tuple[tuple[str, str], ...] = ()  # (item, why) weak clauses a copy left in place


def check_target(target: Path, inputs: list[str], force: bool) -> None:
    """Refuse before any linting: several inputs, a non-.docx name, the input itself, an existing file."""
    if len(inputs) != 1:
        raise ClauseKitError(f"--annotate takes exactly one document ({len(inputs)} given)")
    if target.suffix.lower() != ".docx":
        raise ClauseKitError("--annotate writes a Word file: give it a .docx name", target)
    source = Path(inputs[0])
    same = source.resolve() == target.resolve() or (
        target.exists() and source.exists() and os.path.samefile(source, target))
    if same:
        raise ClauseKitError("is the document under review: --annotate writes a copy, give it another name", target)
    check_writable(target, force)


def annotate(path: str, report: DocumentReport, target: Path, propose: bool, force: bool,
             ruleset: RuleSet, position: str = "fallback", playbook: Playbook | None = None) -> AnnotateResult:
    """Write the annotated copy (Word input) or the review report (PDF, text) of ``path`` to ``target``;
    ``ruleset`` (the run's) gives each comment its rule docs and the item's reason; with ``propose``,
    the library's clauses at ``position`` replace the weak clauses and fill the missing ones."""
    from .proposals import proposals_for, replacements_for

    if report.format != "docx":
        from .report import write_review_report

        proposals = proposals_for(report, position, playbook)
        replacements = replacements_for(report, position, playbook) if propose else []
        write_atomic(target, lambda tmp: write_review_report(report, proposals, tmp, replacements), force)
        return AnnotateResult("report", 0, [p.item for p in proposals], replaced=tuple(r.item for r in replacements))
    from .source import open_word
    from .word import annotate_word

    source = open_word(Path(path), path)
    proposals = proposals_for(report, position, playbook) if propose else []
    replacements = replacements_for(report, position, playbook) if propose else []
    annotation = annotate_word(source, report, proposals, ruleset, replacements)
    write_atomic(target, lambda tmp: source.word.save(str(tmp)), force)
    return AnnotateResult("copy", annotation.weak_comments, [p.item for p in proposals], annotation.place,
                          tuple(annotation.replaced), tuple(annotation.kept))


def describe(result: AnnotateResult, target: Path) -> str:
    """The command's one line about what it wrote."""
    if result.kind == "report":
        replaced = f", {len(result.replaced)} weak clause(s) redrafted" if result.replaced else ""
        return f"clausekit: wrote {target}: a review report ({len(result.proposed)} clause(s) proposed{replaced})"
    proposed = ""
    if result.replaced:
        proposed += f", {len(result.replaced)} weak clause(s) replaced as tracked changes"
    if result.kept:
        proposed += f", {len(result.kept)} weak clause(s) left in place ({_kept(result.kept)})"
    if result.proposed:
        where = f"before “{result.place}”" if result.place else "at the end"
        proposed += f", {len(result.proposed)} clause(s) proposed as tracked changes {where}"
    return f"clausekit: wrote {target}: {result.weak_comments} comment(s) on weak clauses{proposed}"


def _kept(kept: tuple[tuple[str, str], ...]) -> str:
    """Why each weak clause was not replaced: its article also holds another item, or a table."""
    reasons = []
    for item, why in kept:
        kind, _, detail = why.partition(":")
        reasons.append(f"{item}: its clause also holds {detail}" if kind == "shared" else f"{item}: {kind}")
    return "; ".join(reasons)
