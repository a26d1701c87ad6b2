"""The JSON report of shared/interfaces.md: what users' CI scripts read."""

from __future__ import annotations

import json

from ... import __version__
from ...results import RunResult
from . import register


@register("json")
def render_json(run: RunResult) -> str:
    reports, failures = run.reports, run.failures
    data = {
        "tool": {"name": "clausekit", "version": __version__},
        "documents": [report.as_dict() for report in reports],
        "errors": [{"path": f.path, "message": f.message} for f in failures],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
