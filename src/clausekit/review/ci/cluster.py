"""Lint on a Dask distributed cluster (``--scheduler``): the same lint, on many machines.

Files go out in batches: their paths when the workers see the same file system, their
bytes with ``--ship-files``. A worker lints a batch with the engine it built once
(``runner.lint_one``, cached per process), and batches come back in the order they
finish. Only a few batches per worker are in flight at a time, so the client's memory
stays flat however many files a run has. A worker lost mid-run has its batch recomputed
by Dask; a batch's results are taken once, so no document is reported twice or lost,
and a batch that keeps killing its workers is recorded as failed, file by file.

This module is imported only with ``--scheduler``: without it, Dask is never imported.
"""

from __future__ import annotations

import itertools
import logging
import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from importlib.util import find_spec
from pathlib import Path

import click

from ...errors import ClauseKitError
from ...results import InputFailure
from .runner import Linted, LintTask, RunOptions, first_line, largest_first, lint_one

LOCAL = "local"  # --scheduler local: a LocalCluster on this machine
BATCHES_IN_FLIGHT_PER_WORKER = 3


@dataclass(frozen=True)
class ClusterOptions:
    address: str  # a scheduler's address (tcp://host:8786) or LOCAL
    workers: int = 1  # for LOCAL: worker processes to start
    batch_size: int = 0  # files per batch; 0: chosen from the number of files and workers
    ship_files: bool = False  # send the files' bytes, for workers that do not see this file system


def lint_batch(options: RunOptions, batch: list[LintTask], shipped: list[bytes | str] | None) -> list[Linted]:
    """Run on a worker. ``shipped``: each file's bytes, or why the client could not read it.
    Results name the file as the worker saw it; the client puts the given path back."""
    if shipped is None:
        return [lint_one(options, task) for task in batch]
    results: list[Linted] = []
    with tempfile.TemporaryDirectory(prefix="clausekit-shipped-") as folder:
        for task, data in zip(batch, shipped, strict=True):
            if isinstance(data, str):
                results.append((task.index, InputFailure(task.path, data)))
                continue
            local = Path(folder) / str(task.index) / Path(task.path).name  # the file keeps its name
            local.parent.mkdir()
            local.write_bytes(data)
            results.append(lint_one(options, replace(task, path=str(local))))
            local.unlink()
    return results


def _read_for_shipping(path: str) -> bytes | str:
    try:
        return Path(path).read_bytes()
    except OSError as error:
        return f"cannot read the file: {error.strerror or error}"


def batch_size(files: int, workers: int) -> int:
    """Enough batches for every worker to stay busy to the end (eight each), at most 64 files each."""
    return max(1, min(64, files // (workers * 8)))


def _quiet_dask() -> None:
    """A rescheduled batch is Dask's business, not a warning in the user's report: Dask gives
    several of its loggers their own level, so each is lowered, not only the parent."""
    for name in ["distributed", *logging.root.manager.loggerDict]:
        if name == "distributed" or name.startswith("distributed."):
            logging.getLogger(name).setLevel(logging.ERROR)


@contextmanager
def _client(cluster: ClusterOptions) -> Iterator[object]:
    # Dask reads its logging levels when it is imported, here and in the workers a LocalCluster
    # starts (they inherit the environment): warnings such as "event loop was unresponsive"
    # under load are Dask's business, not lines in the user's report.
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "error")
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClauseKitError("--scheduler needs Dask: pip install 'clausekit[dask]'") from None
    _quiet_dask()
    if cluster.address == LOCAL:
        dashboard = "127.0.0.1:0" if find_spec("bokeh") else None  # the dashboard needs bokeh
        with LocalCluster(n_workers=cluster.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=dashboard, silence_logs=logging.ERROR) as local, Client(local) as client:
            if dashboard:
                click.echo(f"clausekit: Dask dashboard at {client.dashboard_link}", err=True)
            yield client
        return
    try:
        client = Client(cluster.address, timeout="10s")
    except (OSError, TimeoutError, ValueError) as error:
        raise ClauseKitError(f"cannot reach the Dask scheduler at {cluster.address}: {error}") from None
    with client:
        yield client


@contextmanager
def cluster_results(tasks: list[LintTask], options: RunOptions, cluster: ClusterOptions) -> Iterator[Iterator[Linted]]:
    """Results from the cluster, in the order their batches finish; connected on entering."""
    with _client(cluster) as client:
        yield _stream(client, tasks, options, cluster)


def _stream(client, tasks: list[LintTask], options: RunOptions, cluster: ClusterOptions) -> Iterator[Linted]:
    from distributed import as_completed

    workers = max(1, len(client.scheduler_info()["workers"]))
    size = cluster.batch_size or batch_size(len(tasks), workers)
    ordered = largest_first(tasks)
    batches = iter([ordered[start:start + size] for start in range(0, len(ordered), size)])
    run = uuid.uuid4().hex[:12]
    in_flight = as_completed()
    submitted: dict[str, list[LintTask]] = {}
    numbers = itertools.count()

    def submit_next() -> None:
        batch = next(batches, None)
        if batch is None:
            return
        if cluster.ship_files:
            sent, shipped = batch, [_read_for_shipping(task.path) for task in batch]
        else:  # a worker's working folder is not ours: it gets absolute paths
            sent, shipped = [replace(task, path=os.path.abspath(task.path)) for task in batch], None
        key = f"clausekit-lint-{run}-{next(numbers)}"  # named in the Dask dashboard
        submitted[key] = batch
        in_flight.add(client.submit(lint_batch, options, sent, shipped, key=key, pure=False, retries=0))

    for _ in range(workers * BATCHES_IN_FLIGHT_PER_WORKER):
        submit_next()
    for future in in_flight:
        batch = submitted.pop(future.key)
        try:
            results = future.result()
        except Exception as error:  # noqa: BLE001  a batch that kept killing its workers (KilledWorker), or worse
            why = f"the Dask worker linting it failed ({type(error).__name__}: {first_line(error)})"
            results = [(task.index, InputFailure(task.path, why)) for task in batch]
        future.release()
        submit_next()
        given = {task.index: task.path for task in batch}
        yield from ((index, replace(result, path=given[index])) for index, result in results)
