"""JSON Lines: one document per line, written as each is linted (the output of large runs).

A line is a document of the JSON report, with the same fields, plus ``sha256``, the hash
of the file's bytes, which ``--resume`` compares; a file that could not be linted is the
line ``{"path", "sha256", "error"}``. Lines come in the order the documents finish;
sorted by path, they are the same whatever the scheduler, the workers and the batch size.
"""

from __future__ import annotations

import json

from ...results import DocumentReport, InputFailure, RunResult
from . import register


def jsonl_line(result: DocumentReport | InputFailure) -> str:
    if isinstance(result, InputFailure):
        data = {"path": result.path, "sha256": result.sha256, "error": result.message}
    else:
        data = {**result.as_dict(), "sha256": result.sha256}
    return json.dumps(data, ensure_ascii=False) + "\n"


@register("jsonl", line=jsonl_line)
def render_jsonl(run: RunResult) -> str:
    return "".join([*map(jsonl_line, run.reports), *map(jsonl_line, run.failures)])
