"""Issue 15: lint a data room on a Dask cluster, stream JSON Lines, resume a stopped run.

Real clusters on localhost: a ``LocalCluster`` started by ``--scheduler local``, and a
scheduler and workers started as separate processes (``dask scheduler``, ``dask worker``),
one of which is killed mid-run. Every run is compared with ``--jobs 1``.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed")

OWN = Path(__file__).parent / "data" / "own"
CONTRACTS = [*sorted((OWN / "en").glob("*.txt")), *sorted((OWN / "fr").glob("*.docx")), *sorted((OWN / "fr").glob("*.md"))]
BIN = Path(sys.executable).parent


def lint(*args: str, cwd: Path, check_rc: int | None = None) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "clausekit", "lint", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=300, env={**os.environ, "CI": "true"})
    if check_rc is not None:
        assert done.returncode == check_rc, done.stderr
    return done


def totals(done: subprocess.CompletedProcess) -> str:
    return done.stderr.splitlines()[0]


def sorted_lines(path: Path) -> list[str]:
    return sorted(path.read_text(encoding="utf-8").splitlines())


@pytest.fixture(scope="module")
def room(tmp_path_factory) -> Path:
    """A small data room: good contracts in two languages and formats, a corrupt PDF, an empty file."""
    folder = tmp_path_factory.mktemp("room")
    for contract in CONTRACTS:
        shutil.copyfile(contract, folder / contract.name)
    (folder / "scan.pdf").write_bytes(b"%PDF-1.7 not really")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def local_jsonl(room: Path) -> Path:
    lint(".", "--format", "jsonl", "-o", "local.jsonl", "--jobs", "1", cwd=room, check_rc=2)
    return room / "local.jsonl"


def test_a_local_cluster_reports_exactly_what_one_process_reports(room, local_jsonl):
    local = lint(".", "--format", "json", "--jobs", "1", cwd=room, check_rc=2)
    cluster = lint(".", "--format", "json", "--scheduler", "local", "--jobs", "2", "--batch-size", "1",
                   cwd=room, check_rc=2)
    assert cluster.stdout == local.stdout
    report = json.loads(cluster.stdout)
    assert len(report["documents"]) == len(CONTRACTS)
    assert {Path(e["path"]).name for e in report["errors"]} == {"scan.pdf", "empty.txt"}
    assert cluster.stderr.count("clausekit: error: ") == 2, cluster.stderr
    assert "distributed" not in cluster.stderr.lower(), cluster.stderr  # Dask's own logging stays quiet

    streamed = lint(".", "--format", "jsonl", "-o", "cluster.jsonl", "--scheduler", "local", "--jobs", "2",
                    "--ship-files", cwd=room, check_rc=2)
    assert sorted_lines(room / "cluster.jsonl") == sorted_lines(local_jsonl)
    assert streamed.stderr.splitlines()[0].startswith(f"clausekit: {len(CONTRACTS)} file(s) linted, 2 unreadable")


def test_a_jsonl_line_is_a_document_of_the_json_report_with_its_hash(room, local_jsonl):
    report = json.loads(lint(".", "--format", "json", cwd=room).stdout)
    lines = [json.loads(line) for line in local_jsonl.read_text(encoding="utf-8").splitlines()]
    documents = {line["path"]: line for line in lines if "error" not in line}
    for document in report["documents"]:
        line = documents[document["path"]]
        assert line.pop("sha256") == __import__("hashlib").sha256((room / document["path"]).read_bytes()).hexdigest()
        assert line == document
    errors = [line for line in lines if "error" in line]
    assert sorted(e["path"] for e in errors) == sorted(e["path"] for e in report["errors"])


def test_without_a_scheduler_dask_is_not_imported(room):
    code = ("import sys; from clausekit.cli import main\n"
            "try:\n    main(['lint', '.', '--jobs', '2', '--format', 'json'])\nexcept SystemExit: pass\n"
            "print('DASK' if 'distributed' in sys.modules or 'dask' in sys.modules else 'NO DASK', file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], cwd=room, capture_output=True, text=True, timeout=300)
    assert done.stderr.strip().endswith("NO DASK"), done.stderr[-500:]


def test_an_unreachable_scheduler_is_one_line_and_nothing_written(room):
    done = lint(".", "--format", "jsonl", "-o", "never.jsonl", "--scheduler", "tcp://127.0.0.1:9", cwd=room)
    assert done.returncode == 2
    assert done.stderr.startswith("clausekit: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert len(done.stderr.splitlines()) == 1 and not (room / "never.jsonl").exists()


def _big_room(folder: Path, copies: int) -> Path:
    """Documents long enough (about 40,000 words) that a run lasts while a worker is killed or the run stopped."""
    folder.mkdir()
    text = "\n\n".join((OWN / "en" / "supplier-spot.en.txt").read_text(encoding="utf-8") for _ in range(40))
    for number in range(copies):
        (folder / f"contract-{number:03}.txt").write_text(f"Reference {number}\n\n{text}", encoding="utf-8")
    return folder


def _wait_for_lines(path: Path, count: int, process: subprocess.Popen, limit: float = 120) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and process.poll() is None:
        if path.exists() and path.read_text(encoding="utf-8").count("\n") >= count:
            return
        time.sleep(0.05)
    pytest.fail(f"{path.name} never reached {count} lines")


def test_a_stopped_run_resumes_where_it_stopped(tmp_path):
    room = _big_room(tmp_path / "room", 12)
    full = lint(".", "--format", "jsonl", "-o", "../full.jsonl", cwd=room, check_rc=1)
    run = subprocess.Popen([sys.executable, "-m", "clausekit", "lint", ".", "--format", "jsonl", "-o", "../out.jsonl"],
                           cwd=room, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait_for_lines(tmp_path / "out.jsonl", 3, run)
    run.send_signal(signal.SIGKILL)
    run.wait(timeout=30)
    with open(tmp_path / "out.jsonl", "a", encoding="utf-8") as torn:
        torn.write('{"path": "./contract-011.txt", "lang')  # the line being written when it stopped
    stopped_at = (tmp_path / "out.jsonl").read_text(encoding="utf-8").count("\n")
    assert 3 <= stopped_at < 12

    refused = lint(".", "--format", "jsonl", "-o", "../out.jsonl", cwd=room)
    assert refused.returncode == 2 and "already exists; use --force" in refused.stderr
    resumed = lint(".", "--format", "jsonl", "-o", "../out.jsonl", "--resume", cwd=room, check_rc=1)
    assert sorted_lines(tmp_path / "out.jsonl") == sorted_lines(tmp_path / "full.jsonl")
    assert totals(resumed) == totals(full)  # the same totals, the earlier documents counted too

    again = lint(".", "--format", "jsonl", "-o", "../out.jsonl", "--resume", "--jobs", "2", cwd=room, check_rc=1)
    assert sorted_lines(tmp_path / "out.jsonl") == sorted_lines(tmp_path / "full.jsonl")
    assert totals(again) == totals(full)

    (room / "contract-004.txt").write_text("Changed since: nothing to judge here.\n", encoding="utf-8")
    lint(".", "--format", "jsonl", "-o", "../out.jsonl", "--resume", cwd=room, check_rc=1)
    changed = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    relinted = [d for d in changed if d["path"] == "contract-004.txt"]
    assert len(changed) == 12 and len(relinted) == 1 and relinted[0]["words"] < 10


def test_resume_refuses_what_is_not_its_output(tmp_path):
    room = _big_room(tmp_path / "room", 1)
    notes = tmp_path / "notes.jsonl"
    notes.write_text('{"meeting": "Tuesday"}\n', encoding="utf-8")
    done = lint(".", "--format", "jsonl", "-o", str(notes), "--resume", cwd=room)
    assert done.returncode == 2 and "is not the output of 'clausekit lint --format jsonl' (line 1)" in done.stderr
    assert notes.read_text(encoding="utf-8") == '{"meeting": "Tuesday"}\n'
    done = lint(".", "--format", "json", "-o", "x.json", "--resume", cwd=room)
    assert done.returncode == 2 and "--resume continues a streaming run" in done.stderr


def test_a_document_over_its_time_limit_is_an_error_and_the_run_goes_on(tmp_path):
    room = _big_room(tmp_path / "room", 2)
    done = lint(".", "--format", "jsonl", "--timeout-per-file", "0.000001", cwd=room, check_rc=2)
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(lines) == 2
    assert all(line["error"].startswith("took longer than 1e-06 s to lint (--timeout-per-file)") for line in lines)
    assert done.stderr.count("clausekit: error: contract-00") == 2
    assert lint(".", "--format", "jsonl", "--timeout-per-file", "0", cwd=room, check_rc=1).stdout.count('"error": "took') == 0


def _start(command: list[str], log: Path) -> subprocess.Popen:
    return subprocess.Popen(command, stdout=log.open("w"), stderr=subprocess.STDOUT, start_new_session=True)


def test_a_scheduler_and_workers_as_processes_survive_a_killed_worker(tmp_path):
    room = _big_room(tmp_path / "room", 16)
    local = lint(".", "--format", "jsonl", "-o", "../local.jsonl", cwd=room, check_rc=1)
    address_file = tmp_path / "scheduler.json"
    processes = [_start([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                         "--scheduler-file", str(address_file)], tmp_path / "scheduler.log")]
    try:
        deadline = time.monotonic() + 60
        while not address_file.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        address = json.loads(address_file.read_text())["address"]
        for number in range(2):
            processes.append(_start([str(BIN / "dask"), "worker", address, "--nthreads", "1", "--no-nanny",
                                     "--no-dashboard", "--host", "127.0.0.1"], tmp_path / f"worker{number}.log"))
        run = subprocess.Popen([sys.executable, "-m", "clausekit", "lint", ".", "--format", "jsonl", "-o", "../cluster.jsonl",
                                "--scheduler", address, "--batch-size", "1"], cwd=room, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env={**os.environ, "CI": "true"})
        _wait_for_lines(tmp_path / "cluster.jsonl", 2, run)
        processes[1].send_signal(signal.SIGKILL)  # a worker lost mid-run: its batches are recomputed
        _, stderr = run.communicate(timeout=300)
        assert run.returncode == 1, stderr
        assert sorted_lines(tmp_path / "cluster.jsonl") == sorted_lines(tmp_path / "local.jsonl")
        assert stderr.splitlines()[:-1] == local.stderr.splitlines()[:-1], stderr  # all but 'written to'
        assert stderr.splitlines()[-1] == "clausekit: report written to ../cluster.jsonl"
    finally:
        for process in processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=30)
