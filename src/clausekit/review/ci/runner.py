"""Lint many files in one run: find them, lint them (in worker processes with ``--jobs``),
then apply the project's rule settings, waivers and baseline.

Start-up (rules, spaCy pipelines) is paid once per process: a worker loads them in
its initializer and then lints file after file. Files are handed out largest first so
that two workers finish together; results come back in the order they finish (here or
from a Dask cluster, ``cluster.py``) and the command puts them back in the order the
files were found, so that every report is identical whatever the number of workers.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pathspec

from ...errors import ClauseKitError
from ...results import DocumentReport, InputFailure
from ..rules import SEVERITIES
from .config import LintConfig
from .tracking import fingerprint_findings

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
    timeout: float | None = None  # seconds per document (--timeout-per-file); None: no limit
    hashed: bool = False  # give each result its file's SHA-256 (what a streaming output records for --resume)


@dataclass(frozen=True)
class LintTask:
    index: int  # position in the run's file order
    path: str
    lang: str | None
    profile: str | None
    shown: str | None = None  # the name to report when ``path`` is a private copy (standard input)


Linted = tuple[int, DocumentReport | InputFailure]  # a task's index and its result


def _skipped_name(name: str) -> bool:
    return name.startswith((".", LOCK_FILE_PREFIX))


def collect_files(paths: tuple[str, ...], config: LintConfig) -> Collected:
    """Files as given and folders walked (hidden files and folders, Word lock files skipped),
    in a stable order, each once; the configuration's include/exclude apply to both, so a
    pre-commit hook handing over every changed ``.md`` leaves out what is not a contract."""
    from ..read import supported_extensions

    extensions = set(supported_extensions())
    found: list[str] = []
    lock_files = 0
    unreadable: list[InputFailure] = []

    def report_folder(error: OSError) -> None:
        unreadable.append(InputFailure(str(error.filename), f"cannot read the folder: {error.strerror or error}"))

    ignored = 0
    for given in paths:
        path = Path(given)
        if not path.is_dir():
            if path.name.startswith(LOCK_FILE_PREFIX):
                lock_files += 1
            else:
                found.append(given)  # named on the command line: linted, even if git ignores it
            continue
        rules = GitIgnored.above(path)
        for folder, subfolders, names in os.walk(path, onerror=report_folder):
            rules = rules.entering(Path(folder))
            kept = sorted(d for d in subfolders if not _skipped_name(d))
            subfolders[:] = [d for d in kept if not rules.ignores(Path(folder) / d, folder=True)]
            ignored += len(kept) - len(subfolders)
            for name in sorted(names):
                if _skipped_name(name) or Path(name).suffix.lower() not in extensions:
                    continue
                if rules.ignores(Path(folder) / name):
                    ignored += 1
                else:
                    found.append(str(Path(folder) / name))
    seen: set[str] = set()
    unique = []
    for file in found:
        key = os.path.realpath(file)
        if key not in seen:
            seen.add(key)
            unique.append(file)
    selected = [f for f in unique if config.selects(f)]
    return Collected(files=selected, excluded=len(unique) - len(selected) + lock_files + ignored,
                     unreadable=tuple(unreadable))


@dataclass(frozen=True)
class GitIgnored:
    """The ``.gitignore`` files that apply in a folder walk: those of the folders above it up
    to the repository's top (the folder holding ``.git``), then each one met on the way down,
    every pattern relative to the folder of its file, as git reads them."""

    specs: tuple[tuple[Path, pathspec.GitIgnoreSpec], ...] = ()

    @classmethod
    def above(cls, folder: Path) -> GitIgnored:
        start = folder.resolve()
        chain = []
        for candidate in (start.parent, *start.parent.parents):
            chain.append(candidate)
            if (candidate / ".git").exists():
                break
        else:
            chain = []  # outside a repository, only the walked tree's own .gitignore files count
        rules = cls()
        for candidate in reversed(chain):
            rules = rules._with(candidate)
        return rules

    def entering(self, folder: Path) -> GitIgnored:
        return self._with(folder.resolve())

    def _with(self, folder: Path) -> GitIgnored:
        try:
            lines = (folder / ".gitignore").read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return self
        kept = [spec for spec in self.specs if spec[0] != folder]
        specs = sorted([*kept, (folder, pathspec.GitIgnoreSpec.from_lines(lines))], key=lambda entry: -len(entry[0].parts))
        return GitIgnored(tuple(specs))  # deepest first: the one that decides is met first

    def ignores(self, path: Path, folder: bool = False) -> bool:
        """The deepest ``.gitignore`` that says something about ``path`` decides (``!`` re-includes)."""
        absolute = path.resolve()
        for base, spec in self.specs:
            try:
                relative = absolute.relative_to(base).as_posix()
            except ValueError:
                continue
            verdict = spec.check_file(relative + "/" if folder else relative).include
            if verdict is not None:
                return verdict
        return False


def prepare_worker(options: RunOptions) -> None:
    """Pay the start-up once per worker: the engine, both spaCy pipelines, the readers. A
    worker dies at once when the pool terminates it: the command's SIGTERM handler, inherited
    through fork, would unwind it while it may hold the pool's queue lock."""
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    from ..segment.nlp import pipeline
    from ...checklist import LANGUAGES
    from ..engine import build_engine
    from ..read import supported_extensions

    build_engine(options.rule_dirs, options.item_dirs)
    supported_extensions()
    for lang in LANGUAGES:
        pipeline(lang, options.model)


def lint_one(options: RunOptions, task: LintTask) -> Linted:
    """One file's report, or its failure as data (it crosses process and machine boundaries
    with its path), with the hash of the bytes that were linted when ``options.hashed``."""
    from ..deadline import time_limit
    from ..engine import build_engine

    engine = build_engine(options.rule_dirs, options.item_dirs)  # built once per process, then cached
    digest = content_hash(task.path) if options.hashed else ""
    result: DocumentReport | InputFailure
    try:
        with time_limit(options.timeout):
            result = engine.lint_path(task.path, lang=task.lang, profile=task.profile,
                                      report_lang=options.report_lang, model=options.model)
        result = replace(result, sha256=digest)
    except ClauseKitError as error:
        result = InputFailure(error.path or task.path, error.message, digest)
    except Exception as error:  # noqa: BLE001  a reader's unforeseen failure must not end the whole run
        result = InputFailure(task.path, f"cannot be read ({type(error).__name__}: {first_line(error)})", digest)
    return task.index, replace(result, path=task.shown) if task.shown else result


def _lint_job(job: tuple[RunOptions, LintTask]) -> Linted:
    return lint_one(*job)


def content_hash(path: str) -> str:
    """SHA-256 of the file's bytes ('' if it cannot be read): what ``--resume`` compares."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as file:
            for block in iter(lambda: file.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return ""
    return digest.hexdigest()


def first_line(error: Exception) -> str:
    return (str(error).splitlines() or [""])[0][:200]


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def largest_first(tasks: list[LintTask]) -> list[LintTask]:
    """The order to hand files out in, so that the workers finish together."""
    return sorted(tasks, key=lambda t: (-_size(t.path), t.index))


def progress_wanted(file_count: int) -> bool:
    """A progress bar on a terminal only: never in a pipe, a file or a CI log."""
    in_ci = os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")
    return file_count > 1 and sys.stderr.isatty() and not in_ci


@contextmanager
def progress_bar(total: int, enabled: bool) -> Iterator[Callable[[DocumentReport | InputFailure], None]]:
    """Yield the callback that advances a transient rich progress bar on stderr (or does nothing):
    documents, words, errors and throughput for the whole run."""
    if not enabled:
        yield lambda result: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("linting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.fields[words]:,} words, {task.fields[errors]} error(s), {task.fields[rate]}"),
               TextColumn("{task.fields[path]}", style="dim"))
    started = time.monotonic()
    words = errors = 0
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        bar = progress.add_task("lint", total=total, path="", words=0, errors=0, rate="")

        def advance(result: DocumentReport | InputFailure) -> None:
            nonlocal words, errors
            if isinstance(result, InputFailure):
                errors += 1
            else:
                words += result.words
            elapsed = max(time.monotonic() - started, 1e-6)
            progress.update(bar, advance=1, path=Path(result.path).name, words=words, errors=errors,
                            rate=f"{words / elapsed:,.0f} words/s")
        yield advance


@contextmanager
def local_results(tasks: list[LintTask], options: RunOptions, jobs: int) -> Iterator[Iterator[Linted]]:
    """Results on this machine, in the order they finish: in this process, or in ``jobs`` worker
    processes. The workers are started on entering, before any progress bar's thread: fork
    shares the parent's imports and starts in milliseconds, and it is safe before threads exist."""
    workers = min(jobs, len(tasks))
    if workers <= 1:
        yield (lint_one(options, task) for task in tasks)
        return
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    with context.Pool(workers, initializer=prepare_worker, initargs=(options,)) as pool:
        yield pool.imap_unordered(_lint_job, [(options, t) for t in largest_first(tasks)])


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
    from .output import repo_path
    from .waivers import apply_waivers

    reports = [apply_rule_settings(r, config) for r in reports]
    reports = apply_waivers(reports, waivers, config, today)
    reports = [replace(r, findings=fingerprint_findings(repo_path(r.path), r.findings)) for r in reports]
    if known is None:
        return reports, 0
    return drop_known(reports, known)


def exit_code(severities: Counter, failures: int, fail_on: str) -> int:
    """2 if a file could not be linted, 1 if a finding that counts reaches ``fail_on``, else 0.
    ``severities``: the run's findings per severity, waived ones apart (``ci_output.severity_counts``)."""
    if failures:
        return 2
    if fail_on == "never":
        return 0
    threshold = _SEVERITY_RANK[fail_on]
    return 1 if any(severities[s] for s in SEVERITIES if _SEVERITY_RANK[s] >= threshold) else 0
