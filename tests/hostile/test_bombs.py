"""Point 2 of issue 19: files small on disk that inflate to gigabytes are refused cheaply.

A PDF whose content stream inflates far beyond what a contract needs, and a DOCX whose
XML is too large to parse, are one line and exit 2, before PDFium or lxml hold them: the
peak memory of the whole command is measured in a process of its own.
"""

from __future__ import annotations

import io
import random
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import docx

PEAK_MEMORY_KB = 400 * 1024  # the refusal costs a Python process and its imports, not the bomb
TEXT = b"BT /F1 12 Tf 72 720 Td (This Agreement is made between the parties and sets out the terms.) Tj ET\n"


def pdf_with_stream(path: Path, inflated: int) -> Path:
    """A one-page PDF whose content stream is a line of text, then ``inflated`` bytes of spaces."""
    compressor = zlib.compressobj(9)
    block = b" " * (1 << 20)
    stream = compressor.compress(TEXT) + b"".join(compressor.compress(block) for _ in range(inflated >> 20))
    stream += compressor.flush()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    pdf, offsets = bytearray(b"%PDF-1.7\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(pdf))
    return path


def docx_with_xml(path: Path, size: int) -> Path:
    """A DOCX whose document.xml holds ``size`` bytes of varied paragraphs (no absurd compression ratio)."""
    words = "supplier customer goods deliver order invoice price term notice party clause schedule".split()
    rng = random.Random(7)
    paragraphs, total = [], 0
    while total < size:
        paragraph = f"<w:p><w:r><w:t>{' '.join(rng.choice(words) for _ in range(12))} {total}.</w:t></w:r></w:p>"
        paragraphs.append(paragraph.encode())
        total += len(paragraphs[-1])
    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("This Agreement is made between the parties.")
    document.save(buffer)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                head, tail = data.split(b"<w:body>")
                data = head + b"<w:body>" + b"".join(paragraphs) + tail
            target.writestr(info.filename, data)
    return path


def lint_measured(path: Path) -> tuple[subprocess.CompletedProcess, int]:
    """``clausekit lint path`` in a process of its own, and that process's peak memory (kB)."""
    probe = ("import resource, subprocess, sys\n"
             "done = subprocess.run([sys.executable, '-m', 'clausekit', 'lint', sys.argv[1]], capture_output=True, text=True)\n"
             "sys.stdout.write(done.stderr)\n"
             "print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    done = subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True, text=True, timeout=300)
    *stderr, last = done.stdout.splitlines()
    code, peak = map(int, last.split())
    return subprocess.CompletedProcess(done.args, code, "", "\n".join(stderr)), peak


def test_a_pdf_bomb_is_refused_before_pdfium_holds_it(tmp_path):
    bomb = pdf_with_stream(tmp_path / "bomb.pdf", 1 << 30)  # 1 MB on disk, 1 GB inflated
    assert bomb.stat().st_size < 2 << 20
    done, peak = lint_measured(bomb)
    assert done.returncode == 2
    assert done.stderr.strip() == ("clausekit: error: " + str(bomb) + ": refused: a compressed stream inflates to "
                                   "more than 128 MiB (a PDF bomb?)")
    assert peak < PEAK_MEMORY_KB, peak


def test_a_pdf_with_a_long_but_bounded_stream_is_linted(tmp_path):
    done, _ = lint_measured(pdf_with_stream(tmp_path / "long.pdf", 16 << 20))
    assert done.returncode == 1 and "error" not in done.stderr  # read and judged: its clauses are missing


def test_a_docx_with_more_xml_than_any_contract_is_refused_before_parsing(tmp_path):
    big = docx_with_xml(tmp_path / "big.docx", 40 << 20)
    info = zipfile.ZipFile(big).getinfo("word/document.xml")
    assert info.file_size < 200 * info.compress_size  # no zip-bomb ratio: only the size of the XML refuses it
    done, peak = lint_measured(big)
    assert done.returncode == 2
    assert done.stderr.strip().endswith("refused: word/document.xml holds 40 MiB of XML (limit 32 MiB per part), "
                                        "far more than any contract")
    assert peak < PEAK_MEMORY_KB, peak
