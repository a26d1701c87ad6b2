"""Time to lint the whole development corpus through the CLI, with --jobs 1 and --jobs 2.

Usage: python benchmarks/bench_lint_corpus.py [--corpus ../shared/corpus] [--runs 3] [--jobs 1 2]

Each run is a fresh ``clausekit lint CORPUS --format json`` process (start-up
included), walking the corpus as a CI job would: every .txt, .md, .docx and .pdf
file. The figure is the median wall time of --runs runs per job count; the JSON
reports of all job counts must be identical (checked and printed). Target: the whole
corpus under 10 s on a 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus"
EXTENSIONS = (".txt", ".md", ".docx", ".pdf")


def lint_once(corpus: Path, jobs: int, output: Path) -> tuple[float, int]:
    command = [sys.executable, "-m", "clausekit", "lint", str(corpus), "--format", "json", "-o", str(output),
               "--force", "--fail-on", "never", "--jobs", str(jobs)]
    started = time.perf_counter()
    proc = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - started
    if proc.returncode not in (0, 2):  # 2: some files unreadable, still a complete report
        sys.exit(f"clausekit failed ({proc.returncode}): {proc.stderr.strip()}")
    return elapsed, proc.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    files = [p for p in args.corpus.rglob("*") if p.is_file() and p.suffix.lower() in EXTENSIONS
             and not any(part.startswith((".", "~$")) for part in p.relative_to(args.corpus).parts)]
    print(f"corpus: {args.corpus} ({len(files)} files: "
          + ", ".join(f"{sum(p.suffix.lower() == ext for p in files)} {ext}" for ext in EXTENSIONS) + ")")
    reports = {}
    with tempfile.TemporaryDirectory() as tmp:
        for jobs in args.jobs:
            output = Path(tmp) / f"jobs{jobs}.json"
            times = []
            for _ in range(args.runs):
                elapsed, code = lint_once(args.corpus, jobs, output)
                times.append(elapsed)
            report = json.loads(output.read_text(encoding="utf-8"))
            reports[jobs] = report
            words = sum(d["words"] for d in report["documents"])
            print(f"--jobs {jobs}: median {statistics.median(times):.2f} s over {args.runs} run(s) "
                  f"(min {min(times):.2f} s, max {max(times):.2f} s); {len(report['documents'])} documents, "
                  f"{len(report['errors'])} unreadable, {words:,} words")
    first = next(iter(reports.values()))
    print("identical reports across job counts:", "yes" if all(r == first for r in reports.values()) else "NO")
    return 0


if __name__ == "__main__":
    sys.exit(main())
