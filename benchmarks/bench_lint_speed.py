"""Lint speed: words per second in one process, and the cold start of the CLI.

Usage: python benchmarks/bench_lint_speed.py [--corpus ../shared/corpus] [--runs 5] [--passes 3]

Warm: every CUAD text is linted in one process (start-up and rule loading paid
once, then excluded); words per second = total words / linting time, for the
first pass and for later passes over the same texts.
Cold: `clausekit lint` run as a fresh process on a French and an English DOCX of
about twenty pages (median of --runs runs).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus"


def warm(corpus: Path, passes: int) -> None:
    """The first pass meets every word for the first time (spaCy grows its vocabulary);
    later passes show the steady rate of a process that has linted a few contracts."""
    from clausekit.review.lint import lint_path

    files = sorted((corpus / "cuad").glob("*.txt"))
    lint_path(files[0], profile="all")  # pay start-up once
    rates = []
    for number in range(1, passes + 1):
        started = time.perf_counter()
        words = sum(lint_path(f, profile="all").words for f in files)
        elapsed = time.perf_counter() - started
        rates.append(words / elapsed)
        print(f"warm, pass {number}: {len(files)} CUAD texts, {words} words in {elapsed:.2f} s = "
              f"{words / elapsed:,.0f} words/s ({elapsed / len(files) * 1000:.0f} ms per document)")
    if passes > 1:
        print(f"warm: first pass {rates[0]:,.0f} words/s, median of the later passes "
              f"{statistics.median(rates[1:]):,.0f} words/s")


def cold(path: Path, runs: int) -> None:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "clausekit", "lint", str(path), "--fail-on", "never"],
                       stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - started)
    print(f"cold: clausekit lint {path.name}: median {statistics.median(times):.2f} s over {runs} runs")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=5, help="cold runs per document")
    parser.add_argument("--passes", type=int, default=3, help="warm passes over the CUAD texts")
    args = parser.parse_args()
    warm(args.corpus, args.passes)
    for name in ("fr/cgvu_20250502.docx", "en/common-paper-csa-with-sla.docx"):
        cold(args.corpus / name, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
