"""Hostile text costs what benign text of the same size costs: the figures behind issue 19's
linearity points (no timing asserts in the tests; these are measured here).

Usage: python benchmarks/bench_hostile.py [--size 200000]

Each input is linted in one warm process (start-up paid first), best of three:
- benign: ordinary sentences;
- figures that agree: 'thirty (30) ' repeated, one paragraph with a figure every 12 characters;
- figures that disagree: 'thirty (60) ' repeated, a proofreading finding every 12 characters.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

INPUTS = {
    "benign": "The supplier shall deliver the goods within thirty days. ",
    "figures that agree": "thirty (30) ",
    "figures that disagree": "thirty (60) ",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=200_000, help="characters per input")
    args = parser.parse_args()
    from clausekit.review.lint import lint_path

    with tempfile.TemporaryDirectory() as folder:
        paths = {}
        for name, unit in INPUTS.items():
            paths[name] = Path(folder) / f"{name.replace(' ', '-')}.txt"
            paths[name].write_text(unit * (args.size // len(unit)), encoding="utf-8")
        lint_path(paths["benign"])  # start-up
        for name, path in paths.items():
            times = []
            for _ in range(3):
                started = time.perf_counter()
                report = lint_path(path)
                times.append(time.perf_counter() - started)
            print(f"{name}: {args.size:,} characters, {len(report.findings):,} findings, best of 3 {min(times):.2f} s")


if __name__ == "__main__":
    main()
