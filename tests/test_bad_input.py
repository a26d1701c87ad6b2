"""Hostile, broken and mislabelled files: each gives one InputFileError naming the file."""

from __future__ import annotations

import os
import zipfile

import docx
import pytest
from PIL import Image
from reportlab.lib import pdfencrypt
from reportlab.pdfgen import canvas

from clausekit.errors import InputFileError
from clausekit.review.read import pdf as pdf_reader
from clausekit import file_safety
from clausekit.review.read import read_document

XXE = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&lol4;</w:t></w:r></w:p></w:body></w:document>"""


def read_error(path) -> InputFileError:
    with pytest.raises(InputFileError) as caught:
        read_document(path)
    assert str(caught.value).startswith(f"{path}: ")  # one line that names the file
    assert "\n" not in str(caught.value)
    return caught.value


def make_pdf(path, pages: int = 1, **options) -> None:
    pdf = canvas.Canvas(str(path), **options)
    for number in range(pages):
        pdf.drawString(72, 700, f"Clause {number + 1}. The supplier delivers the goods on time.")
        pdf.showPage()
    pdf.save()


# ---------------------------------------------------------------- DOCX

def test_corrupt_docx(tmp_path):
    path = tmp_path / "corrupt.docx"
    path.write_bytes(os.urandom(4096).replace(b"%PDF", b"xxxx"))
    assert read_error(path).message == "not a valid DOCX (corrupt or not a Word file)"


def test_zip_that_is_not_a_word_file(tmp_path):
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "hello")
    assert read_error(path).message == "not a valid DOCX (corrupt or not a Word file)"


def test_truncated_docx(tmp_path, readers_contract_docx):
    path = tmp_path / "truncated.docx"
    path.write_bytes(readers_contract_docx.read_bytes()[:3000])
    assert read_error(path).message.startswith("not a valid DOCX (corrupt or not a Word file)")


def test_docx_with_xxe_entity(readers_docx_package):
    path = readers_docx_package(XXE, "xxe.docx")
    assert read_error(path).message == "unsafe XML (DTD/entities) in word/document.xml"


def test_docx_with_billion_laughs(readers_docx_package):
    path = readers_docx_package(BILLION_LAUGHS, "laughs.docx")
    assert read_error(path).message == "unsafe XML (DTD/entities) in word/document.xml"


def test_docx_with_malformed_xml(readers_docx_package):
    path = readers_docx_package(b"<w:document><w:body><w:p>", "malformed.docx")
    assert read_error(path).message.startswith(
        "not a valid DOCX (corrupt or not a Word file): malformed XML in word/document.xml")


def test_zip_bomb_member_with_absurd_compression_ratio(readers_docx_package, readers_body_xml):
    body = readers_body_xml("<w:p><w:r><w:t>Short contract.</w:t></w:r></w:p>")
    path = readers_docx_package(body, "bomb.docx", extra={"word/media/padding.bin": bytes(4 * 1024 * 1024)})
    assert path.stat().st_size < 64 * 1024
    assert "zip bomb / too large when unpacked" in read_error(path).message


def test_zip_bomb_total_size_over_the_limit(readers_contract_docx, monkeypatch):
    monkeypatch.setattr(file_safety, "MAX_UNPACKED_BYTES", 20_000)
    assert "zip bomb / too large when unpacked" in read_error(readers_contract_docx).message


def test_encrypted_office_file(tmp_path):
    path = tmp_path / "protected.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    assert read_error(path).message == "encrypted or legacy .doc Word file: save it as an unencrypted .docx"


def test_docx_that_is_really_a_pdf(tmp_path):
    path = tmp_path / "contract.docx"
    make_pdf(path)
    assert read_error(path).message == "not a valid DOCX: the file is a PDF (rename it to .pdf)"


# ---------------------------------------------------------------- PDF

def test_encrypted_pdf(tmp_path):
    path = tmp_path / "locked.pdf"
    make_pdf(path, encrypt=pdfencrypt.StandardEncryption("user-secret", ownerPassword="owner-secret"))
    assert read_error(path).message == "encrypted PDF: remove the password protection first"


def test_pdf_without_text_layer(tmp_path):
    scan = tmp_path / "scan.png"
    image = Image.new("L", (400, 200), 255)
    for x in range(40, 360):
        image.putpixel((x, 100), 0)
    image.save(scan)
    path = tmp_path / "scanned.pdf"
    pdf = canvas.Canvas(str(path))
    for _page in range(2):
        pdf.drawImage(str(scan), 72, 500, 400, 200)
        pdf.showPage()
    pdf.save()
    assert read_error(path).message == "no text layer: run OCR first"


def test_corrupt_pdf(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nthis is not a PDF body\n%%EOF\n")
    assert read_error(path).message == "not a valid PDF (corrupt)"


def test_pdf_that_is_really_a_docx(tmp_path, readers_contract_docx):
    path = tmp_path / "contract.pdf"
    path.write_bytes(readers_contract_docx.read_bytes())
    assert read_error(path).message == "not a valid PDF: the file is a ZIP or Office package (a .docx?)"


def test_pdf_over_the_page_limit(tmp_path, monkeypatch):
    path = tmp_path / "long.pdf"
    make_pdf(path, pages=3)
    monkeypatch.setattr(pdf_reader, "MAX_PAGES", 2)
    assert read_error(path).message == "too many pages (3; limit 2)"


# ---------------------------------------------------------------- any format

def test_empty_file(tmp_path):
    path = tmp_path / "empty.docx"
    path.write_bytes(b"")
    assert read_error(path).message == "empty file"


@pytest.mark.parametrize("name", ["garbage.txt", "garbage.md"])
def test_binary_garbage_named_as_text(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(bytes(range(256)) * 16)
    assert read_error(path).message == "binary file, not text"


def test_control_characters_without_nul_are_not_text(tmp_path):
    path = tmp_path / "terminal.txt"
    path.write_bytes(b"Terms\x1b[31m\x07\x08\x01\x02\x03" * 50)
    assert read_error(path).message == "binary file, not text"


def test_unknown_extension(tmp_path):
    path = tmp_path / "contract.xyz"
    path.write_text("Clause 1.", encoding="utf-8")
    assert read_error(path).message.startswith("unsupported file type '.xyz'; supported: .docx, .markdown, .md, .pdf")


def test_document_without_text(tmp_path):
    path = tmp_path / "blank.docx"
    docx.Document().save(path)
    assert read_error(path).message == "no text found in the document"
