"""Issue 20, point 8: a contract on standard input, and folder walks that honour .gitignore
and read the configuration's globs with gitignore semantics."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from clausekit.review.ci.config import PathPatterns

OWN = Path(__file__).parent / "data" / "own"
TEXT = OWN / "en" / "supplier-spot.en.txt"
DOCX = OWN / "fr" / "supplier-equity.fr.docx"


def lint(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "clausekit", "lint", *args, "--fail-on", "never"], cwd=cwd,
                          input=stdin, capture_output=True, timeout=300)


def report(done: subprocess.CompletedProcess) -> dict:
    assert done.returncode == 0, done.stderr.decode()
    return json.loads(done.stdout)


def test_a_contract_on_stdin_is_reported_under_its_given_name(tmp_path):
    (tmp_path / "contracts").mkdir()
    shutil.copyfile(TEXT, tmp_path / "contracts" / "spot.txt")
    from_file = report(lint("contracts/spot.txt", "--format", "json", cwd=tmp_path))["documents"][0]
    piped = report(lint("-", "--stdin-filename", "contracts/spot.txt", "--format", "json", cwd=tmp_path,
                        stdin=TEXT.read_bytes()))["documents"][0]
    assert piped == from_file  # same path, same verdicts, same fingerprints
    guessed = report(lint("-", "--format", "json", cwd=tmp_path, stdin=DOCX.read_bytes()))["documents"][0]
    assert guessed["path"] == "-" and guessed["format"] == "docx" and guessed["language"] == "fr"
    assert not list(Path(tempfile_root()).glob("clausekit-stdin-*"))  # the private copy is gone


def tempfile_root() -> str:
    import tempfile

    return tempfile.gettempdir()


@pytest.mark.parametrize(("args", "stdin", "said"), [
    (("-",), b"", "clausekit: error: -: standard input is empty"),
    (("-", "other.txt"), b"x", "clausekit: error: '-' reads one contract from standard input"),
    (("x.txt", "--stdin-filename", "a.txt"), b"", "clausekit: error: --stdin-filename goes with '-'"),
])
def test_stdin_misuse_is_one_line(tmp_path, args, stdin, said):
    done = lint(*args, cwd=tmp_path, stdin=stdin)
    assert done.returncode == 2 and done.stderr.decode().startswith(said)
    assert len(done.stderr.decode().splitlines()) == 1


@pytest.fixture
def repo(tmp_path) -> Path:
    """A repository: a root .gitignore (a folder, a glob, a re-inclusion), a nested one."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    for name in ("signed/a.txt", "drafts/b.txt", "signed/c.tmp.txt", "signed/keep.tmp.txt", "signed/old/d.txt",
                 "signed/old/e.txt"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(TEXT, root / name)
    (root / ".gitignore").write_text("drafts/\n*.tmp.txt\n!keep.tmp.txt\n", encoding="utf-8")
    (root / "signed" / "old" / ".gitignore").write_text("d.txt\n", encoding="utf-8")
    return root


def _linted(done: subprocess.CompletedProcess) -> list[str]:
    return sorted(Path(d["path"]).as_posix() for d in report(done)["documents"])


def test_a_folder_walk_leaves_out_what_git_ignores(repo):
    assert _linted(lint(".", "--format", "json", cwd=repo)) == ["signed/a.txt", "signed/keep.tmp.txt",
                                                                "signed/old/e.txt"]
    # walking a sub-folder, the .gitignore above it still applies
    assert _linted(lint(".", "--format", "json", cwd=repo / "signed")) == ["a.txt", "keep.tmp.txt", "old/e.txt"]
    # a file named on the command line is linted even if git ignores it
    assert _linted(lint("drafts/b.txt", "--format", "json", cwd=repo)) == ["drafts/b.txt"]


def test_outside_a_repository_only_the_walked_trees_gitignore_counts(repo, tmp_path):
    shutil.rmtree(repo / ".git")
    assert _linted(lint(".", "--format", "json", cwd=repo / "signed")) == [
        "a.txt", "c.tmp.txt", "keep.tmp.txt", "old/e.txt"]


@pytest.mark.parametrize(("patterns", "matching", "not_matching"), [
    (("*.txt", "!important.txt"), ["a.txt", "x/b.txt"], ["important.txt", "x/important.txt", "a.md"]),
    (("/top.txt",), ["top.txt"], ["x/top.txt"]),
    (("archive/",), ["archive/a.txt", "x/archive/b.txt"], ["archive.txt"]),
])
def test_configuration_globs_read_like_gitignore(patterns, matching, not_matching):
    spec = PathPatterns(patterns)
    assert all(spec.matches(path) for path in matching), matching
    assert not any(spec.matches(path) for path in not_matching), not_matching
