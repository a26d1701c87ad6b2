"""How close the table of contents' estimated page numbers are to LibreOffice's pages.

    python benchmarks/bench_pagination.py [--templates joint_venture,supplier_spot]

For every template x language x position: the draft is written as the generator writes it
(its TOC entries carry the estimate of ``clausekit.drafting.pagination``), LibreOffice lays
it out as a PDF, and each heading's page in the PDF is compared with the estimate.
Prints, per draft and in all: entries exact, off by one page, off by more, and pages in all.
Needs LibreOffice (soffice on PATH).
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
from io import BytesIO
from pathlib import Path

from docx import Document as WordDocument

from clausekit.drafting.docx_writer import docx_bytes
from clausekit.drafting.generator import build_draft, example_answers, load_template
from clausekit.drafting.manifest import template_ids
from clausekit.drafting.pagination import estimate_pages, pages_in_pdf
from clausekit.drafting.pdf import convert_to_pdf, office_program
from clausekit.resources import data_dir


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--templates", default="", help="comma-separated template ids (default: all)")
    args = parser.parse_args()
    if office_program() is None:
        print("LibreOffice is not installed: nothing to compare the estimate with", file=sys.stderr)
        return 2
    chosen = [t for t in args.templates.split(",") if t] or template_ids(data_dir("templates"))
    totals = {"exact": 0, "off by 1": 0, "off by more": 0}
    print(f"{'draft':44} {'entries':>7} {'exact':>6} {'±1':>4} {'more':>5}  worst")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        for template_id, lang, position in itertools.product(chosen, ("fr", "en"), ("preferred", "fallback")):
            template = load_template(template_id)
            draft = build_draft(template, example_answers(template), lang, position)
            data = docx_bytes(draft)
            docx_path, pdf_path = work / "draft.docx", work / "draft.pdf"
            docx_path.write_bytes(data)
            convert_to_pdf(docx_path, pdf_path, force=True)
            headings = [(h.bookmark, h.number, h.text) for h in draft.headings()]
            laid_out = pages_in_pdf(pdf_path, headings)
            estimated = estimate_pages(WordDocument(BytesIO(data)))
            gaps = [estimated.get(bookmark, 0) - laid_out[bookmark] for bookmark, _, _ in headings
                    if bookmark in laid_out]
            counts = {"exact": sum(g == 0 for g in gaps), "off by 1": sum(abs(g) == 1 for g in gaps),
                      "off by more": sum(abs(g) > 1 for g in gaps)}
            for key, value in counts.items():
                totals[key] += value
            worst = max(gaps, key=abs, default=0)
            print(f"{template_id + ' ' + lang + ' ' + position:44} {len(gaps):>7} {counts['exact']:>6} "
                  f"{counts['off by 1']:>4} {counts['off by more']:>5}  {worst:+d}"
                  + ("" if len(gaps) == len(headings) else f"  ({len(headings) - len(gaps)} not found in the PDF)"))
    entries = sum(totals.values())
    print(f"all: {entries} entries, exact {totals['exact']} ({totals['exact'] / max(entries, 1):.0%}), "
          f"off by one {totals['off by 1']}, off by more {totals['off by more']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
