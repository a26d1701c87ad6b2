"""Points 13 and 14 of issue 19: clause texts and Word skeletons that users bring.

A hostile or careless template is one line naming its file and exit 2, with nothing
written: it reads no other file, and what one rendering may cost is bounded.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "templates" / "examples" / "affiliation.yaml"
OPENING = "This Agreement constitutes the entire agreement"
LINKED_IMAGE = (b'<Relationship Id="rIdPixel" TargetMode="External" Target="http://tracker.example/pixel.png" '
                b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"/>')
INCLUDE_PICTURE = (b'<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
                   b' INCLUDEPICTURE "http://tracker.example/p.png" </w:instrText></w:r>'
                   b'<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
HYPERLINK = (b'<Relationship Id="rIdSite" TargetMode="External" Target="https://clausekit.example/" '
             b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"/>')


def _generate(cli, tmp_path: Path, *options: str | Path):
    return cli("generate", "affiliation", "--answers", EXAMPLE, "--lang", "en", "-o", tmp_path / "out.docx",
               "--no-input", *options)


def _library_with(tmp_path: Path, jinja: str) -> Path:
    library = tmp_path / "library"
    shutil.copytree(ROOT / "clause_library", library)
    clause = library / "entire_agreement.yaml"
    text = clause.read_text(encoding="utf-8")
    assert OPENING in text
    clause.write_text(text.replace(OPENING, f"{jinja} {OPENING}", 1), encoding="utf-8")
    return library


@pytest.mark.parametrize(("jinja", "said"), [
    ("{% include 'answers.yaml' %}", "{% include %} is not allowed"),
    ("{% import 'macros' as m %}", "{% import %} is not allowed"),
    ("{% from 'macros' import f %}", "{% from %} is not allowed"),
    ("{% for i in range(10**9) %}x{% endfor %}", "Range too big"),
    ("{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}", "calls itself without end"),
    ("{{ 'x' * 2000000000 }}", "'*' would repeat to 2,000,000,000 items"),
    ("{{ ['x'] * 2000000000 }}", "'*' would repeat to 2,000,000,000 items"),
    ("{{ 2 ** 100000000 }}", "exponent 100,000,000 is too large"),
    ("{% for i in range(90000) %}{{ 'clause ' * 100 }}{% endfor %}", "would exceed 1,000,000 characters"),
])
def test_a_hostile_clause_is_one_line_naming_its_file(cli, tmp_path, jinja, said):
    run = _generate(cli, tmp_path, "--library", _library_with(tmp_path, jinja))
    line = run.assert_one_error("entire_agreement.yaml", said)
    assert "preferred/en paragraph 1" in line
    assert not (tmp_path / "out.docx").exists()
    shown = cli("clause", "show", "entire_agreement", "--library", tmp_path / "library")
    shown.assert_one_error("entire_agreement.yaml", said)


def test_a_rendering_that_runs_too_long_is_stopped(cli, tmp_path, monkeypatch):
    from clausekit.drafting import sandbox

    monkeypatch.setattr(sandbox, "SECONDS", 0.5)
    nested = "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}"
    run = _generate(cli, tmp_path, "--library", _library_with(tmp_path, nested))
    run.assert_one_error("entire_agreement.yaml", "rendering took longer than 0.5 s")


def test_a_bounded_clause_still_renders(cli, tmp_path):
    run = _generate(cli, tmp_path, "--library", _library_with(tmp_path, "{% for i in range(3) %}{{ i }}{% endfor %}"))
    assert run.code == 0, run.err
    import docx

    assert any(p.text.startswith(f"012 {OPENING}") for p in docx.Document(tmp_path / "out.docx").paragraphs)


def _templates_with(tmp_path: Path, write) -> Path:
    folder = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", folder)
    write(folder / "skeleton.docx")
    return folder


def _rezip(skeleton: Path, change) -> None:
    """Rewrite the bundled skeleton into ``skeleton``, ``change(name, data)`` giving each member (None: left out)."""
    with zipfile.ZipFile(ROOT / "templates" / "skeleton.docx") as source, \
            zipfile.ZipFile(skeleton, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = change(info.filename, source.read(info))
            if data is not None:
                target.writestr(info.filename, data)
        extra = change("extra", None)
        if extra is not None:
            target.writestr("word/media/extra.xml", extra)


@pytest.mark.parametrize(("write", "said"), [
    (lambda p: p.write_bytes(b"not a Word file at all"), "not a usable Word skeleton: it is not a .docx (ZIP) file"),
    (lambda p: p.write_bytes(b"%PDF-1.7\n1 0 obj\n"), "not a usable Word skeleton: it is a PDF"),
    (lambda p: _rezip(p, lambda name, data: None if name == "word/document.xml" else data),
     "not a usable Word skeleton: word/document.xml is missing"),
    (lambda p: _rezip(p, lambda name, data: b"<a>" + b" " * (300 * 1024 * 1024) + b"</a>" if name == "extra" else data),
     "zip bomb / too large when unpacked"),
    (lambda p: _rezip(p, lambda name, data: b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aa">]><x>&a;</x>'
                      if name == "extra" else data), "unsafe XML (DTD/entities)"),
    (lambda p: _rezip(p, lambda name, data: data.replace(b"</Relationships>", LINKED_IMAGE + b"</Relationships>")
                      if name == "word/_rels/document.xml.rels" else (None if name == "extra" else data)),
     "links to 'http://tracker.example/pixel.png', which an office program fetches on opening"),
    (lambda p: _rezip(p, lambda name, data: data.replace(b"</w:body>", INCLUDE_PICTURE + b"</w:body>")
                      if name == "word/document.xml" else (None if name == "extra" else data)),
     "has the field 'INCLUDEPICTURE \"http://tracker.example/p.png\"', which reads another file or address"),
    (lambda p: _rezip(p, lambda name, data: data.replace(b"{{ contract_title }}", b"{% include 'x' %}", 1)
                      if name == "word/document.xml" else (None if name == "extra" else data)),
     "{% include %} is not allowed"),
])
def test_a_hostile_skeleton_is_one_line_naming_it(cli, tmp_path, write, said):
    templates = _templates_with(tmp_path, write)
    run = _generate(cli, tmp_path, "--templates-dir", templates)
    run.assert_one_error("skeleton.docx", said)
    assert not (tmp_path / "out.docx").exists()


def test_the_copy_given_to_libreoffice_fetches_nothing(cli, tmp_path):
    """Point 16: a DOCX with a linked image is converted from a copy without it; hyperlinks stay."""
    from clausekit.drafting.pdf import offline_copy

    assert _generate(cli, tmp_path).code == 0
    linked = tmp_path / "linked.docx"
    with zipfile.ZipFile(tmp_path / "out.docx") as source, zipfile.ZipFile(linked, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", LINKED_IMAGE + HYPERLINK + b"</Relationships>")
            target.writestr(info, data)
    offline_copy(linked, tmp_path / "copy.docx")
    with zipfile.ZipFile(tmp_path / "copy.docx") as copy:
        rels = copy.read("word/_rels/document.xml.rels")
        assert b"tracker.example" not in rels and b"https://clausekit.example/" in rels
        assert sorted(copy.namelist()) == sorted(zipfile.ZipFile(linked).namelist())
        import docx

        assert docx.Document(tmp_path / "copy.docx").paragraphs[0].text == docx.Document(linked).paragraphs[0].text
