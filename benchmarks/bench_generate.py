"""How fast the generator is.

    python benchmarks/bench_generate.py [--runs 5] [--batch 200]

Prints:
  * cold: ``clausekit generate`` as a user runs it (a new Python process: imports, clause
    files, rendering, DOCX written), median of --runs, on the largest bundled template;
  * warm: drafts per second over a batch of --batch drafts in one process (every template,
    both languages, both positions in turn: validate, render, build and write the DOCX);
  * the size of the drafts: words, and pages when LibreOffice is there to lay them out.
Targets: cold CLI < 1.5 s; a 15-page draft < 0.5 s warm.
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from docx import Document as WordDocument

from clausekit.drafting.docx_writer import docx_bytes
from clausekit.drafting.generator import build_draft, example_answers, load_template
from clausekit.drafting.manifest import template_ids
from clausekit.resources import data_dir

LARGEST = "joint_venture"


def cold_runs(runs: int, work: Path) -> list[float]:
    answers = data_dir("templates") / "examples" / f"{LARGEST}.yaml"
    command = [sys.executable, "-m", "clausekit", "generate", LARGEST, "--answers", str(answers), "--lang", "fr",
               "-o", str(work / "cold.docx"), "--force", "--no-input"]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


def warm_batch(batch: int, work: Path) -> tuple[float, list[float]]:
    combos = itertools.cycle(itertools.product(template_ids(data_dir("templates")), ("fr", "en"),
                                               ("preferred", "fallback")))
    templates = {}
    per_draft = []
    start = time.perf_counter()
    for index, (template_id, lang, position) in enumerate(itertools.islice(combos, batch)):
        begun = time.perf_counter()
        template = templates.setdefault(template_id, load_template(template_id))
        draft = build_draft(template, example_answers(template), lang, position)
        (work / f"warm-{index % 8}.docx").write_bytes(docx_bytes(draft))
        per_draft.append(time.perf_counter() - begun)
    return time.perf_counter() - start, per_draft


def draft_size(work: Path) -> tuple[int, int | None]:
    """Words of the cold draft, and its pages as LibreOffice lays it out (None without LibreOffice)."""
    path = work / "cold.docx"
    document = WordDocument(path)
    words = sum(len(p.text.split()) for p in document.paragraphs)
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        return words, None
    subprocess.run([office, "--headless", "--norestore", f"-env:UserInstallation={(work / 'profile').as_uri()}",
                    "--convert-to", "pdf", "--outdir", str(work), str(path)], check=True, capture_output=True,
                   timeout=180)
    import pypdfium2

    pdf = pypdfium2.PdfDocument(work / "cold.pdf")
    try:
        return words, len(pdf)
    finally:
        pdf.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--batch", type=int, default=200)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="clausekit-bench-") as folder:
        work = Path(folder)
        cold = cold_runs(options.runs, work)
        words, pages = draft_size(work)
        total, per_draft = warm_batch(options.batch, work)
    print(f"cold `clausekit generate {LARGEST} --lang fr`: median {statistics.median(cold):.3f} s "
          f"over {options.runs} runs (min {min(cold):.3f}, max {max(cold):.3f}); target < 1.5 s")
    print(f"  that draft: {words} words" + (f", {pages} pages (A4, LibreOffice layout)" if pages else ""))
    print(f"warm: {options.batch} drafts in {total:.2f} s = {options.batch / total:.1f} drafts/s; "
          f"median {statistics.median(per_draft) * 1000:.0f} ms, max {max(per_draft) * 1000:.0f} ms per draft "
          f"(the first includes loading the clause files); target < 0.5 s for a 15-page draft")


if __name__ == "__main__":
    main()
