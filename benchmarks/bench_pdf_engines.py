"""Compare pypdf and pypdfium2 on the corpus PDFs: speed, words, agreement with the reference text.

Run: ``.venv/bin/python benchmarks/bench_pdf_engines.py [CORPUS_DIR]``.
For every PDF under ``CORPUS_DIR/cuad/pdf`` and ``CORPUS_DIR/fr`` it prints seconds per
document and words extracted for each engine, and the share of the extracted words that
also occur in the matching plain-text edition (CUAD ``.txt``, Cloud Temple ``.md``): a
low share means garbled or glued words, or kept headers and footers. The "clausekit" row is
the reader itself (pypdfium2, then running headers, footers and page numbers removed).
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import pypdf
import pypdfium2

from clausekit.review.read import read_document

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
REPEATS = 3
WORD = re.compile(r"\w+")
# The Cloud Temple PDFs and the text edition of the same document (the SNC convention
# is a consolidation whose nearest text edition is the IaaS convention).
FR_REFERENCES = {
    "CT.AM.JANX_-_Annexe_DPA_v1.pdf": "dpa.md",
    "CT.AM.JUR.CGVU_Conditions_Generales_de_Vente_et_dUtilisation_v1.pdf": "cgvu_20250502.md",
    "CT.AM.JUR.ANX_-Annexe_Convention_de_Services_SNC_v2.pdf": "sla_iaas.md",
}


def extract_pypdf(path: Path) -> str:
    reader = pypdf.PdfReader(path)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def extract_pypdfium2(path: Path) -> str:
    pdf = pypdfium2.PdfDocument(path)
    try:
        texts = []
        for page in pdf:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_bounded())
            textpage.close()
            page.close()
        return "\n".join(texts)
    finally:
        pdf.close()


def extract_clausekit(path: Path) -> str:
    """The clausekit reader: pypdfium2 plus header/footer removal and paragraph rebuilding."""
    return read_document(path).text


ENGINES = {"pypdf": extract_pypdf, "pypdfium2": extract_pypdfium2, "clausekit": extract_clausekit}


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text.replace("\u2019", "'"))]


def reference_for(pdf: Path) -> Path | None:
    if pdf.parent.name == "pdf":
        candidate = pdf.parent.parent / (pdf.stem + ".txt")
        return candidate if candidate.exists() else None
    name = FR_REFERENCES.get(pdf.name)
    return pdf.parent / name if name else None


def measure(engine, path: Path) -> tuple[float, str]:
    best = float("inf")
    text = ""
    for _ in range(REPEATS):
        start = time.perf_counter()
        text = engine(path)
        best = min(best, time.perf_counter() - start)
    return best, text


def main(corpus: Path) -> None:
    pdfs = sorted(p for folder in (corpus / "cuad" / "pdf", corpus / "fr")
                  for p in folder.iterdir() if p.suffix.lower() == ".pdf")
    totals = {name: [0.0, 0, 0, 0] for name in ENGINES}  # seconds, words, words found, pages
    print(f"{'document':46} {'engine':10} {'s/doc':>7} {'words':>7} {'in ref':>7}")
    for pdf in pdfs:
        reference = reference_for(pdf)
        vocabulary = set(words(reference.read_text(encoding="utf-8"))) if reference else None
        for name, engine in ENGINES.items():
            seconds, text = measure(engine, pdf)
            extracted = words(text)
            found = sum(1 for w in extracted if w in vocabulary) if vocabulary else 0
            share = f"{found / len(extracted):7.1%}" if vocabulary and extracted else "    n/a"
            totals[name][0] += seconds
            totals[name][1] += len(extracted)
            totals[name][2] += found if vocabulary else 0
            totals[name][3] += len(extracted) if vocabulary else 0
            print(f"{pdf.name[:46]:46} {name:10} {seconds:7.3f} {len(extracted):7d} {share}")
    print()
    for name, (seconds, count, found, scored) in totals.items():
        print(f"{name:10} total {seconds:6.2f} s for {len(pdfs)} PDFs "
              f"({seconds / len(pdfs):.3f} s/doc), {count} words, "
              f"{found / scored:.1%} found in the reference text")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS)
