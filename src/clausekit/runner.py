"""Lint many files in one run: find them, lint them (in worker processes with ``--jobs``),
then apply the project's rule settings, waivers and baseline.

Start-up (rules, spaCy pipelines) is paid once per process: a worker loads them in
its initializer and then lints file after file. Files are handed out largest first so
that two workers finish together, and results are put back in the order the files
were found, so that every report is identical whatever the number of workers.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .config import LintConfig
from .errors import ClauseKitError
from .results import DocumentReport, InputFailure
from .rules import SEVERITIES
from .tracking import active_findings, fingerprint_findings

if TYPE_CHECKING:
    from .waivers import Waiver

LOCK_FILE_PREFIX = "~$"  # Word's owner file beside an open document
_SEVERITY_RANK = {severity: rank for rank, severity in enumerate(SEVERITIES)}


@dataclass(frozen=True)
class Collected:
    files: list[str]
    excluded: int  # given or found, but left out: the configuration's include/exclude, Word lock files
    unreadable: tuple[InputFailure, ...] = ()  # folders that could not be walked


@dataclass(frozen=True)
class RunOptions:
    """What every file of a run shares."""

    report_lang: str | None = None
    model: str | None = None
    rule_dirs: tuple[Path, ...] = ()
    item_dirs: tuple[Path, ...] = ()


@dataclass(frozen=True)
class LintTask:
    index: int  # position in the run's file order
    path: str
    lang: str | None
    profile: str | None


def _skipped_name(name: str) -> bool:
    return name.startswith((".", LOCK_FILE_PREFIX))


def collect_files(paths: tuple[str, ...], config: LintConfig) -> Collected:
    """Files as given and folders walked (hidden files and folders, Word lock files skipped),
    in a stable order, each once; the configuration's include/exclude apply to both, so a
    pre-commit hook handing over every changed ``.md`` leaves out what is not a contract."""
    from .readers import supported_extensions

    extensions = set(supported_extensions())
    found: list[str] = []
    lock_files = 0
    unreadable: list[InputFailure] = []

    def report_folder(error: OSError) -> None:
        unreadable.append(InputFailure(str(error.filename), f"cannot read the folder: {error.strerror or error}"))

    for given in paths:
        path = Path(given)
        if not path.is_dir():
            if path.name.startswith(LOCK_FILE_PREFIX):
                lock_files += 1
            else:
                found.append(given)
            continue
        for folder, subfolders, names in os.walk(path, onerror=report_folder):
            subfolders[:] = sorted(d for d in subfolders if not _skipped_name(d))
            for name in sorted(names):
                if not _skipped_name(name) and Path(name).suffix.lower() in extensions:
                    found.append(str(Path(folder) / name))
    seen: set[str] = set()
    unique = []
    for file in found:
        key = os.path.realpath(file)
        if key not in seen:
            seen.add(key)
            unique.append(file)
    selected = [f for f in unique if config.selects(f)]
    return Collected(files=selected, excluded=len(unique) - len(selected) + lock_files, unreadable=tuple(unreadable))


def _prepare_worker(options: RunOptions) -> None:
    """Pay the start-up once per worker: the engine, both spaCy pipelines, the readers."""
    from .analysis.nlp import pipeline
    from .checklist import LANGUAGES
    from .engine import build_engine
    from .readers import supported_extensions

    build_engine(options.rule_dirs, options.item_dirs)
    supported_extensions()
    for lang in LANGUAGES:
        pipeline(lang, options.model)


def _lint_task(job: tuple[RunOptions, LintTask]) -> tuple[int, DocumentReport | InputFailure]:
    from .engine import build_engine

    options, task = job
    engine = build_engine(options.rule_dirs, options.item_dirs)  # built once per process, then cached
    try:
        return task.index, engine.lint_path(task.path, lang=task.lang, profile=task.profile,
                                            report_lang=options.report_lang, model=options.model)
    except ClauseKitError as error:  # crosses the process boundary as data, with its path
        return task.index, InputFailure(error.path or task.path, error.message)
    except Exception as error:  # noqa: BLE001  a reader's unforeseen failure must not end the whole run
        return task.index, InputFailure(task.path, f"cannot be read ({type(error).__name__}: {_first_line(error)})")


def _first_line(error: Exception) -> str:
    return (str(error).splitlines() or [""])[0][:200]


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def progress_wanted(file_count: int) -> bool:
    """A progress bar on a terminal only: never in a pipe, a file or a CI log."""
    in_ci = os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")
    return file_count > 1 and sys.stderr.isatty() and not in_ci


@contextmanager
def _progress_bar(total: int, enabled: bool) -> Iterator[Callable[[str], None]]:
    """Yield the callback that advances a transient rich progress bar on stderr (or does nothing)."""
    if not enabled:
        yield lambda path: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("linting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.fields[path]}", style="dim"))
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("lint", total=total, path="")
        yield lambda path: progress.update(task, advance=1, path=Path(path).name)


def lint_tasks(tasks: list[LintTask], options: RunOptions, jobs: int,
               show_progress: bool = False) -> list[DocumentReport | InputFailure]:
    """Results in task order, whatever ``jobs``."""
    results: list[DocumentReport | InputFailure | None] = [None] * len(tasks)
    workers = min(jobs, len(tasks))
    if workers <= 1:
        with _progress_bar(len(tasks), show_progress) as advance:
            for task in tasks:
                results[task.index] = _lint_task((options, task))[1]
                advance(task.path)
        return _complete(results)
    # fork shares the parent's imports and starts in milliseconds. It is safe because the
    # pool forks all its workers when it is created, before the progress bar's thread starts.
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    largest_first = [(options, t) for t in sorted(tasks, key=lambda t: (-_size(t.path), t.index))]
    with context.Pool(workers, initializer=_prepare_worker, initargs=(options,)) as pool, \
            _progress_bar(len(tasks), show_progress) as advance:
        for index, result in pool.imap_unordered(_lint_task, largest_first):
            results[index] = result
            advance(tasks[index].path)
    return _complete(results)


def _complete(results: list[DocumentReport | InputFailure | None]) -> list[DocumentReport | InputFailure]:
    """Every task has its result by now: the list without its placeholders' type."""
    done = [result for result in results if result is not None]
    assert len(done) == len(results)
    return done


def apply_rule_settings(report: DocumentReport, config: LintConfig) -> DocumentReport:
    """Drop disabled rules, apply severity overrides; an item whose only weaknesses were
    disabled rules is strong (a missing clause stays missing: that is a fact, not a rule)."""
    findings = [replace(f, severity=config.severity_of(f.rule, f.severity))
                for f in report.findings if config.rule_enabled(f.rule)]
    if len(findings) == len(report.findings) and not config.severity:
        return report
    still_weak = {f.item for f in findings}
    items = [replace(i, status="strong") if i.status == "weak" and i.id not in still_weak else i
             for i in report.items]
    return replace(report, findings=findings, items=items)


def track(reports: list[DocumentReport], config: LintConfig, waivers: list[Waiver], today: date,
          known: set[str] | None) -> tuple[list[DocumentReport], int]:
    """Rule settings, waivers, fingerprints, then the baseline; returns the reports and how
    many findings the baseline already had."""
    from .baseline import drop_known
    from .waivers import apply_waivers

    reports = [apply_rule_settings(r, config) for r in reports]
    reports = apply_waivers(reports, waivers, config, today)
    reports = [replace(r, findings=fingerprint_findings(config.relative(r.path), r.findings)) for r in reports]
    if known is None:
        return reports, 0
    return drop_known(reports, known)


def exit_code(reports: list[DocumentReport], failures: list[InputFailure], fail_on: str) -> int:
    """2 if a file could not be linted, 1 if a finding that counts reaches ``fail_on``, else 0."""
    if failures:
        return 2
    if fail_on == "never":
        return 0
    threshold = _SEVERITY_RANK[fail_on]
    failing = any(_SEVERITY_RANK[f.severity] >= threshold for r in reports for f in active_findings(r))
    return 1 if failing else 0
