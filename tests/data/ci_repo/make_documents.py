"""Make a working copy of this fixture repository, with its Word and PDF contracts built.

Binary files are built, not committed: python-docx writes the Word files and
reportlab the PDFs from the texts in ``sources/*.yaml``. The tests call
``make_repository``; docs/ci.md runs the same from a shell::

    python tests/data/ci_repo/make_documents.py /tmp/contracts-repo
"""

from __future__ import annotations

import shutil
import sys
import textwrap
from pathlib import Path

import docx
import yaml
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
PDF_WRAP = 88  # characters per line at 10 pt on A4 with 2 cm margins
PDF_LINE = 14


def _blocks(source: Path) -> tuple[str, list[tuple[str, str]]]:
    spec = yaml.safe_load(source.read_text(encoding="utf-8"))
    return spec["output"], [next(iter(block.items())) for block in spec["blocks"]]


def write_docx(path: Path, blocks: list[tuple[str, str]]) -> None:
    document = docx.Document()
    for kind, text in blocks:
        style = {"title": "Title", "heading": "Heading 1"}.get(kind)
        document.add_paragraph(text, style=style)
    document.save(path)


def write_pdf(path: Path, blocks: list[tuple[str, str]]) -> None:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    y = height - 72
    for kind, text in blocks:
        font = ("Helvetica-Bold", 12) if kind in ("title", "heading") else ("Helvetica", 10)
        for line in textwrap.wrap(text, PDF_WRAP):
            if y < 72:
                pdf.showPage()
                y = height - 72
            pdf.setFont(*font)
            pdf.drawString(57, y, line)
            y -= PDF_LINE
        y -= PDF_LINE // 2  # the space between paragraphs
    pdf.showPage()
    pdf.save()


def make_repository(target: Path) -> Path:
    """Copy the repository to ``target`` (which must not exist) and build its documents there."""
    shutil.copytree(HERE, target, ignore=shutil.ignore_patterns("sources", Path(__file__).name, "__pycache__"))
    for source in sorted((HERE / "sources").glob("*.yaml")):
        output, blocks = _blocks(source)
        document = target / output
        document.parent.mkdir(parents=True, exist_ok=True)
        (write_docx if document.suffix == ".docx" else write_pdf)(document, blocks)
    return target


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(f"usage: python {Path(__file__).name} TARGET_FOLDER")
    print(make_repository(Path(sys.argv[1])))
