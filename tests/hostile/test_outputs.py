"""Points 17 to 20 of issue 19: outputs are checked early, never clobbered, never half-written."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import copy_text, write_docx

ROOT = Path(__file__).resolve().parents[2]


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# ---------------------------------------------------------------- 17. output errors

def test_output_folder_that_cannot_be_written_is_refused_before_linting(cli, tmp_path, monkeypatch):
    contract = copy_text(tmp_path / "c.txt")
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where a folder should be", encoding="utf-8")
    run = cli("lint", contract, "-o", blocked / "report.json", "--format", "json")
    run.assert_one_error("report.json")


def test_full_disk_is_one_line_and_leaves_no_temporary_file(cli, tmp_path):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    from clausekit.errors import ClauseKitError
    from clausekit.fileio import write_atomic

    def fill(tmp: Path) -> None:  # what a full disk does to the write
        with open("/dev/full", "wb") as full:
            full.write(b"x" * 65536)
            full.flush()

    with pytest.raises(ClauseKitError) as caught:
        write_atomic(tmp_path / "report.json", fill)
    assert "No space left on device" in str(caught.value) and "report.json" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_read_only_folder_is_refused_before_linting(cli, tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    contract = copy_text(tmp_path / "c.txt")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        cli("lint", contract, "-o", locked / "report.txt").assert_one_error("report.txt", "cannot write")
    finally:
        locked.chmod(0o755)


# ---------------------------------------------------------------- 18. atomic no-clobber

def test_no_clobber_is_decided_when_the_file_is_put_in_place(tmp_path):
    """The name is free at the check, taken before the rename: the second writer must lose."""
    from clausekit.errors import ClauseKitError
    from clausekit.fileio import write_atomic

    target = tmp_path / "review.docx"

    def slow_writer(tmp: Path) -> None:
        target.write_bytes(b"the other run's review copy")  # another process got there first
        tmp.write_bytes(b"ours")

    with pytest.raises(ClauseKitError, match="already exists"):
        write_atomic(target, slow_writer)
    assert target.read_bytes() == b"the other run's review copy"
    assert _leftovers(tmp_path) == []


@pytest.mark.slow
def test_two_annotate_runs_at_once_exactly_one_writes(tmp_path):
    contract = write_docx(tmp_path / "contract.docx")
    command = [sys.executable, "-m", "clausekit", "lint", str(contract), "--annotate", str(tmp_path / "same.docx"),
               "--fail-on", "never"]
    runs = [subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(run.wait(timeout=120), run.stderr.read()) for run in runs]
    codes = sorted(code for code, _ in results)
    assert codes == [0, 2], results
    loser = next(err for code, err in results if code == 2)
    assert "already exists" in loser and "Traceback" not in loser
    assert _leftovers(tmp_path) == []


# ---------------------------------------------------------------- 19. generate targets, permissions, Ctrl-C

def test_generate_refuses_an_output_that_is_not_docx(cli, tmp_path):
    for name in ("same.pdf", "out.txt"):
        run = cli("generate", "partnership", "--lang", "en", "--no-input", "-o", tmp_path / name, "--pdf")
        run.assert_one_error(name, ".docx")
    assert list(tmp_path.iterdir()) == []


def test_force_keeps_the_target_permissions(cli, tmp_path):
    contract = copy_text(tmp_path / "c.txt")
    report = tmp_path / "report.txt"
    report.write_text("old", encoding="utf-8")
    report.chmod(0o640)
    run = cli("lint", contract, "-o", report, "--force", "--fail-on", "never")
    assert run.code == 0, run.err
    assert report.read_text(encoding="utf-8") != "old"
    assert oct(report.stat().st_mode & 0o777) == oct(0o640)


@pytest.mark.slow
@pytest.mark.parametrize(("sent", "code", "said"), [(signal.SIGINT, 130, "interrupted"),
                                                   (signal.SIGTERM, 143, "terminated")])
def test_ctrl_c_or_sigterm_exits_and_leaves_no_temporary_file(tmp_path, sent, code, said):
    """Interrupted (Ctrl-C) or stopped (SIGTERM: a cancelled CI job) while the report is written:
    exit 130 or 143 and nothing left beside the target."""
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from clausekit import fileio\n"
        "from clausekit.cli import main\n"
        "real = fileio._put_in_place\n"
        "def slow(tmp, path, force):\n"
        "    print('writing', flush=True); time.sleep(30)\n"
        "fileio._put_in_place = slow\n"
        f"main(['lint', {str(copy_text(tmp_path / 'c.txt'))!r}, '-o', {str(tmp_path / 'report.txt')!r}])\n"
    )
    run = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert run.stdout.readline().strip() == "writing"
    run.send_signal(sent)
    assert run.wait(timeout=30) == code
    assert said in run.stderr.read()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.txt"]


# ---------------------------------------------------------------- 20. GITHUB_STEP_SUMMARY unwritable

def test_unwritable_step_summary_is_a_warning(cli, tmp_path, monkeypatch):
    contract = copy_text(tmp_path / "c.txt")
    expected = cli("lint", contract, "--format", "github")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "no" / "such" / "summary.md"))
    run = cli("lint", contract, "--format", "github")
    assert run.code == expected.code
    assert run.out == expected.out
    assert "warning" in run.err and "summary.md" in run.err and "Traceback" not in run.err
