"""What a worker process does for one uploaded file: lint it, write its downloads.

The server hands each file to a process pool, so that a long PDF ties up one worker
and not the event loop nor the other users. A worker pays the start-up (rules, spaCy
pipelines, readers) once, in its initializer, through the engine's public API.

The file is linted from inside its own folder, under the name the user gave it, so
that the report and every error name ``contract.pdf`` and never a temporary path.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import ClauseKitError
from ..results import DocumentReport, InputFailure
from ..review.ci.config import LintConfig

_CONFIG: LintConfig | None = None

_WARM_UP = {
    "en": "SUPPLY AGREEMENT\n\n1. Term\nThis Agreement starts on signature and lasts two years.\n",
    "fr": "CONTRAT DE FOURNITURE\n\n1. Durée\nLe présent contrat prend effet à sa signature pour deux ans.\n",
}


@dataclass(frozen=True)
class FileJob:
    folder: str  # the file's own folder, where its downloads are written
    name: str  # the file's name as uploaded (made safe), inside ``folder``
    profile: str | None
    report_lang: str | None


@dataclass(frozen=True)
class FileOutcome:
    name: str
    report: DocumentReport | None
    failure: InputFailure | None
    annotated: str | None  # "copy" (annotated Word copy) or "report" (review report of a PDF or text)


def prepare(config: LintConfig) -> None:
    """Worker initializer: keep the configuration and load everything a first file needs."""
    global _CONFIG
    _CONFIG = config
    from ..review.engine import engine_for

    engine = engine_for(config)
    with tempfile.TemporaryDirectory(prefix="clausekit-warm-") as folder:
        for lang, text in _WARM_UP.items():
            sample = Path(folder) / f"warm-up.{lang}.txt"
            sample.write_text(text, encoding="utf-8")
            engine.lint_path(sample, lang=lang)


def review_file(job: FileJob) -> FileOutcome:
    """Lint one file; write report.json and annotated.docx beside it; then delete the upload."""
    from ..annotate import annotate
    from ..review.engine import engine_for
    from ..fileio import write_text_atomic
    from ..review.report import reporter
    from ..results import RunResult
    from ..review.ci.runner import track

    config = _CONFIG
    if config is None:  # run outside the pool (a test, a one-off): the defaults
        from ..review.ci.config import load_config

        config = load_config()
    engine = engine_for(config)
    folder = Path(job.folder)
    here = os.getcwd()
    os.chdir(folder)  # one file at a time per process: the cwd is this job's
    try:
        try:
            report = engine.lint_path(job.name, profile=job.profile, report_lang=job.report_lang)
        except ClauseKitError as error:
            return FileOutcome(job.name, None, InputFailure(error.path or job.name, error.message), None)
        reports, _ = track([report], config, [], date.today(), None)
        report = reports[0]
        run = RunResult(reports=[report], catalogue=engine.catalogue())
        write_text_atomic(folder / "report.json", reporter("json").render(run), force=True)
        try:
            written = annotate(job.name, report, folder / "annotated.docx", True, True, engine.rules)
            annotated: str | None = written.kind
        except ClauseKitError:
            annotated = None  # the verdict stands without the Word copy
        return FileOutcome(job.name, report, None, annotated)
    finally:
        os.chdir(here)
        upload = folder / job.name
        if upload.exists():
            upload.unlink()  # only the outputs are kept, for the retention time
