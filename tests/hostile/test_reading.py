"""Points 1, 3, 4, 5, 6 and 7 of issue 19: hostile documents end in a report or in one line, exit 2."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path

import pytest

from .conftest import STRONG_EN, WEAK_FR, copy_text, member_offset, write_docx

FORMATS = ("text", "json", "sarif", "junit", "github", "gitlab", "html")


# ---------------------------------------------------------------- 1. corrupt deflate, unknown zip version

def _zlib_failure(path: Path, name: str) -> bytes:
    """The DOCX with one byte of ``name``'s deflate stream flipped so that zlib itself fails."""
    start, size = member_offset(path, name)
    original = path.read_bytes()
    for offset in range(start + 8, start + size, 7):
        mutant = bytearray(original)
        mutant[offset] ^= 0x5A
        try:
            with zipfile.ZipFile(io.BytesIO(bytes(mutant))) as package:
                package.read(name)
        except zlib.error:
            return bytes(mutant)
        except (zipfile.BadZipFile, ValueError):
            continue
    raise AssertionError("no flip made zlib fail")


def test_docx_with_a_broken_deflate_stream_is_one_line(cli, tmp_path):
    path = write_docx(tmp_path / "flipped.docx")
    path.write_bytes(_zlib_failure(path, "word/document.xml"))  # zlib.error, not BadZipFile
    run = cli("lint", path)
    assert "cannot unpack word/document.xml" in run.assert_one_error("flipped.docx")


def test_docx_needing_an_unknown_zip_version_is_one_line(cli, tmp_path):
    path = write_docx(tmp_path / "version.docx")
    data = bytearray(path.read_bytes())
    index = data.find(b"PK\x01\x02")
    while index != -1:  # "version needed to extract" 6.4 in every central directory entry
        data[index + 6:index + 8] = b"\x40\x00"
        index = data.find(b"PK\x01\x02", index + 4)
    path.write_bytes(bytes(data))
    cli("lint", path).assert_one_error("version.docx")


# ---------------------------------------------------------------- 3. no read permission

def _as_nobody() -> None:
    os.setgid(65534)
    os.setuid(65534)


def _lint_without_permission(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """Root reads everything: the unreadable case runs as user nobody when the tests run as root."""
    if os.geteuid() == 0:
        try:
            usable = subprocess.run([sys.executable, "-c", "import clausekit"], preexec_fn=_as_nobody,
                                    capture_output=True, check=False).returncode == 0
        except OSError:
            usable = False
        if not usable:
            pytest.skip("running as root, and user nobody cannot run this Python: permissions cannot be tested")
    return subprocess.run([sys.executable, "-m", "clausekit", "lint", *args], cwd=cwd, capture_output=True,
                          text=True, preexec_fn=_as_nobody if os.geteuid() == 0 else None, timeout=120,
                          env={**os.environ, "HOME": str(cwd)})


@pytest.fixture
def shared_folder():
    folder = Path(tempfile.mkdtemp(prefix="clausekit-perm-"))
    folder.chmod(0o777)
    yield folder
    for inner in folder.rglob("*"):
        inner.chmod(0o777)
    subprocess.run(["rm", "-rf", str(folder)], check=False)


@pytest.mark.slow
def test_unreadable_file_is_one_line_naming_it(shared_folder):
    path = copy_text(shared_folder / "secret.txt")
    path.chmod(0)
    done = _lint_without_permission("secret.txt", cwd=shared_folder)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "secret.txt" in lines[0] and "ermission denied" in lines[0]


@pytest.mark.slow
def test_unreadable_sub_folder_is_reported_not_skipped(shared_folder):
    (shared_folder / "contracts" / "open").mkdir(parents=True)
    copy_text(shared_folder / "contracts" / "open" / "a.txt")
    (shared_folder / "contracts" / "locked").mkdir()
    copy_text(shared_folder / "contracts" / "locked" / "b.txt")
    for folder in (shared_folder / "contracts", shared_folder / "contracts" / "open"):
        folder.chmod(0o777)
    (shared_folder / "contracts" / "locked").chmod(0)
    done = _lint_without_permission("contracts", "--format", "json", cwd=shared_folder)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    report = json.loads(done.stdout)
    assert [d["path"] for d in report["documents"]] == ["contracts/open/a.txt"]
    assert any("locked" in line and "cannot read the folder" in line for line in done.stderr.splitlines())


# ---------------------------------------------------------------- 4. a file name that is not UTF-8

@pytest.mark.parametrize("output_format", FORMATS)
def test_name_that_is_not_utf8_is_linted_in_every_format(cli, tmp_path, output_format):
    name = os.fsdecode(b"x\xff.docx")
    write_docx(tmp_path / name)
    run = cli("lint", name, "--format", output_format, "-o", f"report.{output_format}", cwd=tmp_path)
    assert run.code == 0, run.err
    written = (tmp_path / f"report.{output_format}").read_text(encoding="utf-8")
    if output_format != "github":  # GitHub annotations only list findings; this file has none
        assert "x\ufffd.docx" in written or "x%FF.docx" in written
    if output_format == "json":
        assert json.loads(written)["documents"][0]["findings"] is not None


# ---------------------------------------------------------------- 5. one bad file in a folder run

@pytest.mark.parametrize("jobs", ["1", "2"])
def test_one_bad_file_does_not_end_a_folder_run(cli, tmp_path, jobs):
    folder = tmp_path / "inbox"
    folder.mkdir()
    copy_text(folder / "a.txt")
    bad = write_docx(folder / "b.docx")
    data = bytearray(bad.read_bytes())
    data[data.find(b"PK\x01\x02") + 6] = 0x40  # NotImplementedError from zipfile today
    bad.write_bytes(bytes(data))
    copy_text(folder / "c.txt", WEAK_FR)
    run = cli("lint", folder, "--jobs", jobs, "--format", "json", "-o", tmp_path / "report.json")
    assert run.code == 2
    assert "Traceback" not in run.err
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert sorted(Path(d["path"]).name for d in report["documents"]) == ["a.txt", "c.txt"]
    errors = run.error_lines()
    assert len(errors) == 1 and "b.docx" in errors[0]


# ---------------------------------------------------------------- 6. UTF-8 with one stray Latin-1 byte

def _verdict(run) -> list[tuple[str, str]]:
    return [(item["id"], item["status"]) for item in json.loads(run.out)["documents"][0]["items"]]


def test_utf8_with_a_stray_latin1_byte_stays_utf8(cli, tmp_path):
    clean = copy_text(tmp_path / "clean.fr.txt", WEAK_FR)
    data = clean.read_bytes()
    cut = data.find(b" le ", 300)
    stray = tmp_path / "stray.fr.txt"
    stray.write_bytes(data[:cut] + b" caf\xe9" + data[cut:])
    expected = _verdict(cli("lint", clean, "--format", "json", "--fail-on", "never"))
    run = cli("lint", stray, "--format", "json", "--fail-on", "never")
    assert run.code == 0
    assert _verdict(run) == expected
    assert "stray.fr.txt" in run.err and "not UTF-8" in run.err


def test_a_cp1252_file_is_still_read_as_cp1252(tmp_path):
    from clausekit.review.read import read_document

    path = tmp_path / "old.txt"
    path.write_bytes("Le présent contrat est régi par le droit français. Durée : trois ans.".encode("cp1252"))
    assert "régi par le droit français" in read_document(path).text


# ---------------------------------------------------------------- 7. control characters and escapes

ESCAPES = "\x1b]52;c;SGVsbG8=\x07 \x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\ \x1b[31m"


def test_escape_sequences_never_reach_the_terminal(cli, tmp_path):
    path = tmp_path / "escapes.txt"
    path.write_text(f"Payment is due within thirty (60) days {ESCAPES} of the invoice.\n\n"
                    + STRONG_EN.read_text(encoding="utf-8"), encoding="utf-8")
    for output_format in ("text", "github"):
        run = cli("lint", path, "--format", output_format, "--fail-on", "never")
        assert run.code == 0
        assert "thirty (60)" in run.out
        assert not any(char in run.out for char in "\x1b\x07")
        assert "\\x1b]52;c;" in run.out  # shown, escaped


def test_annotate_a_text_contract_holding_a_control_character(cli, tmp_path):
    import docx

    text = STRONG_EN.read_text(encoding="utf-8").replace("Any breach entitles", "Any breach \x01 entitles")
    assert "\x01" in text
    path = tmp_path / "control.txt"
    path.write_text(text, encoding="utf-8")
    run = cli("lint", path, "--annotate", tmp_path / "review.docx", "--fail-on", "never")
    assert run.code == 0, run.err
    written = "\n".join(p.text for t in docx.Document(str(tmp_path / "review.docx")).tables
                        for r in t.rows for c in r.cells for p in c.paragraphs)
    assert "breach \\x01 entitles" in written  # the quoted evidence of liquidated damages
