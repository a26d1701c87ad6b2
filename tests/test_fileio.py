"""Outputs: never clobbered without --force, never half-written, readable like any file."""

import os
import stat

import pytest

from clausekit.errors import ClauseKitError
from clausekit.fileio import write_atomic, write_text_atomic


def test_existing_file_is_kept_without_force(tmp_path):
    path = tmp_path / "out.txt"
    path.write_text("mine")
    with pytest.raises(ClauseKitError, match="already exists"):
        write_text_atomic(path, "theirs")
    assert path.read_text() == "mine"
    write_text_atomic(path, "theirs", force=True)
    assert path.read_text() == "theirs"


def test_a_failed_write_leaves_nothing_behind(tmp_path):
    path = tmp_path / "out.docx"

    def fail(tmp):
        tmp.write_bytes(b"half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_atomic(path, fail)
    assert list(tmp_path.iterdir()) == []


def test_output_gets_the_mode_of_an_ordinary_file(tmp_path):
    old = os.umask(0o022)
    try:
        path = tmp_path / "report.html"
        write_text_atomic(path, "<p>ok</p>")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
