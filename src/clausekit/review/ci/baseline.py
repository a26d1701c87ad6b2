"""``--baseline``: report only what is new since an earlier JSON report.

A repository adopting clausekit has contracts with known defects; a baseline lets CI
fail only on what a change introduces. Findings are matched by fingerprint (see
``tracking``), so they survive edits elsewhere in the file. An earlier report without
fingerprints (an older clausekit) is fingerprinted the same way on loading.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from ...errors import ClauseKitError
from ...results import DocumentReport
from .output import repo_path
from .tracking import fingerprints, is_waived
from .waivers import EXPIRED_RULE

_NOT_A_REPORT = "not a clausekit JSON report (expected 'documents' with 'path' and 'findings')"


def load_baseline(path: Path) -> set[str]:
    """The fingerprints of every finding in an earlier ``--format json`` report."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ClauseKitError("no such baseline report", path) from None
    except RecursionError:  # e.g. 100 000 "[": json recurses once per level
        raise ClauseKitError("cannot read the baseline report: nested too deeply", path) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ClauseKitError(f"cannot read the baseline report: {error}", path) from None
    documents = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(documents, list):
        raise ClauseKitError(_NOT_A_REPORT, path)
    known: set[str] = set()
    for document in documents:
        if not isinstance(document, dict) or not isinstance(document.get("path"), str) \
                or not isinstance(document.get("findings"), list):
            raise ClauseKitError(_NOT_A_REPORT, path)
        findings = [f for f in document["findings"] if isinstance(f, dict) and isinstance(f.get("rule"), str)]
        passages = [(f["rule"], None if f.get("clause_wide") else f.get("quote")) for f in findings]
        computed = fingerprints(repo_path(document["path"]), passages)
        known.update(f.get("fingerprint") or fallback for f, fallback in zip(findings, computed, strict=True))
    return known


def drop_known(reports: list[DocumentReport], known: set[str]) -> tuple[list[DocumentReport], int]:
    """Remove the findings the baseline already had; waived findings and expired waivers stay."""
    kept_reports, dropped = [], 0
    for report in reports:
        kept = [f for f in report.findings
                if is_waived(f) or f.rule == EXPIRED_RULE or getattr(f, "fingerprint", None) not in known]
        dropped += len(report.findings) - len(kept)
        kept_reports.append(replace(report, findings=kept))
    return kept_reports, dropped
