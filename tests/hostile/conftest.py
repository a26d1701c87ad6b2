"""Helpers for the hostile-input tests: real files written in tmp_path, the real CLI run in-process."""

from __future__ import annotations

import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest

from clausekit.cli import main

CONTRACTS = Path(__file__).resolve().parents[1] / "data" / "contracts"
STRONG_EN = CONTRACTS / "partnership_strong.en.txt"
WEAK_FR = CONTRACTS / "supplier_weak.fr.txt"


@dataclass
class Run:
    code: int
    out: str
    err: str

    def error_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.startswith("clausekit: error:")]

    def assert_one_error(self, *names: str) -> str:
        """Exit 2, no traceback, exactly one error line, naming each of ``names``; returns that line."""
        assert self.code == 2, (self.code, self.err[-2000:])
        assert "Traceback" not in self.err
        lines = self.error_lines()
        assert len(lines) == 1, self.err[-2000:]
        for name in names:
            assert name in lines[0], lines[0]
        return lines[0]


@pytest.fixture
def cli(capsys, monkeypatch):
    """Run ``clausekit ARGS`` in this process; returns exit code, stdout and stderr."""
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)

    def run(*args: str | Path, cwd: Path | None = None) -> Run:
        if cwd is not None:
            monkeypatch.chdir(cwd)
        capsys.readouterr()
        try:
            main([str(a) if isinstance(a, Path) else a for a in args])
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else 1
        else:
            code = 0
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


def write_docx(path: Path, source: Path = STRONG_EN) -> Path:
    """A real Word file holding the paragraphs of a test contract."""
    document = docx.Document()
    for paragraph in source.read_text(encoding="utf-8").split("\n\n"):
        document.add_paragraph(paragraph.strip())
    document.save(str(path))
    return path


def copy_text(path: Path, source: Path = STRONG_EN) -> Path:
    shutil.copyfile(source, path)
    return path


def member_offset(path: Path, name: str) -> tuple[int, int]:
    """Where the compressed bytes of ``name`` start in the zip, and how many there are."""
    with zipfile.ZipFile(path) as package:
        info = package.getinfo(name)
    with path.open("rb") as handle:
        handle.seek(info.header_offset + 26)
        name_length = int.from_bytes(handle.read(2), "little")
        extra_length = int.from_bytes(handle.read(2), "little")
    return info.header_offset + 30 + name_length + extra_length, info.compress_size
