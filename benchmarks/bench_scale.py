"""Data-room scale: documents and words per second on a Dask LocalCluster of 1, 2 and 4
workers, memory per worker, and the cost per document as the corpus grows.

Usage: python benchmarks/bench_scale.py [--corpus ../shared/corpus] [--documents 5000]
                                        [--workers 1 2 4] [--growth 500 1000 2500]

The corpus (CUAD texts and PDFs, the French and English contracts) is grown by
repetition to --documents files, each copy with its own reference line so that no two
files hash alike. Each run is the real command, ``clausekit lint ROOM --scheduler local
--jobs N --format jsonl -o FILE``, timed from start to exit (the cluster's start-up
included); words come from the JSON Lines it wrote. Memory per worker is the peak
resident size of the worker processes, sampled every half second.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus"
SUFFIXES = (".txt", ".md", ".docx", ".pdf")


def sources(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*") if p.suffix.lower() in SUFFIXES and p.name != "README.md")


def grow(files: list[Path], count: int, room: Path) -> None:
    """``count`` documents: the corpus over and over, texts given a reference line of their own."""
    room.mkdir(parents=True)
    for number in range(count):
        source = files[number % len(files)]
        target = room / f"{number:06}-{source.name}"
        if source.suffix.lower() in (".txt", ".md"):
            target.write_text(f"Ref. {number}\n\n" + source.read_text(encoding="utf-8", errors="replace"), encoding="utf-8")
        else:
            shutil.copyfile(source, target)


def run(room: Path, workers: int, output: Path) -> dict:
    command = [sys.executable, "-m", "clausekit", "lint", str(room), "--scheduler", "local", "--jobs", str(workers),
               "--format", "jsonl", "-o", str(output), "--force", "--fail-on", "never"]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak: dict[int, int] = {}
    parent = psutil.Process(process.pid)
    while process.poll() is None:
        try:
            for child in parent.children(recursive=True):
                try:
                    peak[child.pid] = max(peak.get(child.pid, 0), child.memory_info().rss)
                except psutil.Error:
                    pass
        except psutil.Error:
            pass
        time.sleep(0.5)
    elapsed = time.perf_counter() - started
    stderr = process.stderr.read() if process.stderr else ""
    lines = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    words = sum(line.get("words", 0) for line in lines)
    errors = sum("error" in line for line in lines)
    biggest = sorted(peak.values(), reverse=True)[:workers]
    return {"documents": len(lines), "errors": errors, "words": words, "seconds": elapsed,
            "worker_mb": max(biggest, default=0) / 2**20, "summary": stderr.strip().splitlines()[-1:]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--growth", type=int, nargs="+", default=[500, 1000, 2500],
                        help="smaller corpora, run with 2 workers, for the cost per document as the corpus grows")
    args = parser.parse_args()
    files = sources(args.corpus)
    print(f"corpus: {len(files)} files from {args.corpus}, grown to {args.documents} documents; "
          f"{psutil.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory(prefix="clausekit-scale-") as folder:
        base = Path(folder)
        grow(files, args.documents, base / "room")
        results = {}
        for workers in args.workers:
            r = results[workers] = run(base / "room", workers, base / f"w{workers}.jsonl")
            print(f"{workers} worker(s): {r['documents']} documents ({r['errors']} errors), {r['words']:,} words "
                  f"in {r['seconds']:.1f} s = {r['documents'] / r['seconds']:.1f} documents/s, "
                  f"{r['words'] / r['seconds']:,.0f} words/s; peak memory per worker {r['worker_mb']:.0f} MB")
        for count in [*args.growth, args.documents]:
            if count == args.documents and 2 in results:
                r = results[2]
            else:
                grow(files, count, base / f"room{count}")
                r = run(base / f"room{count}", 2, base / f"g{count}.jsonl")
            print(f"growth, 2 workers: {count} documents in {r['seconds']:.1f} s = "
                  f"{r['seconds'] / count * 1000:.1f} ms per document")

if __name__ == "__main__":
    main()
