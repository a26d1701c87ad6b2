"""Load test of ``clausekit serve``: 20 concurrent uploads of real contracts.

Starts a real server (``python -m clausekit serve``) on a free localhost port, sends 20
uploads at once (one contract each, from tests/data: DOCX, text and Markdown, French
and English), and reports the latency p50 / p95 / max. Then checks that no report is
lost or mixed up: every answer names its own file, and its report.json has the same
item statuses as linting that file in this process with the engine.

    python benchmarks/bench_web.py [--uploads 20] [--workers 2]
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
CORPUS = [ROOT / "tests/data/contracts", ROOT / "tests/data/own/en", ROOT / "tests/data/own/fr",
          ROOT / "tests/data/blind/en", ROOT / "tests/data/blind/fr"]


def contracts(count: int) -> list[Path]:
    found = sorted(p for folder in CORPUS for p in folder.iterdir() if p.suffix in (".docx", ".txt", ".md"))
    return [found[i % len(found)] for i in range(count)]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--uploads", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    from clausekit.review.engine import build_engine

    files = contracts(args.uploads)
    engine = build_engine()
    expected = {p.name: {i.id: i.status for i in engine.lint_path(p).items} for p in files}

    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "clausekit", "serve", "--port", str(port),
                               "--workers", str(args.workers)], stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        started = time.monotonic()
        while True:
            try:
                if httpx.get(f"{url}/healthz", timeout=1).text == "ok":
                    break
            except httpx.TransportError:
                time.sleep(0.2)
            if time.monotonic() - started > 60:
                raise SystemExit("the server did not start")
        time.sleep(3)  # let the workers finish their warm-up, as a server up for a while has
        barrier = threading.Barrier(len(files))

        def one(path: Path) -> tuple[Path, float, httpx.Response]:
            barrier.wait()
            begin = time.monotonic()
            answer = httpx.post(f"{url}/review", files=[("file", (path.name, path.read_bytes()))], timeout=600)
            return path, time.monotonic() - begin, answer

        wall = time.monotonic()
        with ThreadPoolExecutor(len(files)) as pool:
            results = list(pool.map(one, files))
        wall = time.monotonic() - wall

        problems = []
        for path, _, answer in results:
            if answer.status_code != 200:
                problems.append(f"{path.name}: HTTP {answer.status_code} {answer.text.strip()}")
                continue
            if path.name not in answer.text:
                problems.append(f"{path.name}: the page does not name the file")
            report = re.search(r'href="(/review/[^"]+/report\.json)"', answer.text)
            data = httpx.get(url + report.group(1)).json()["documents"][0] if report else {}
            if data.get("path") != path.name:
                problems.append(f"{path.name}: report.json is for {data.get('path')!r}")
            elif {i["id"]: i["status"] for i in data["items"]} != expected[path.name]:
                problems.append(f"{path.name}: item statuses differ from linting it alone")
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(30)

    latencies = sorted(seconds for _, seconds, _ in results)
    p95 = latencies[min(len(latencies) - 1, round(0.95 * len(latencies)) - 1)]
    print(f"{len(files)} concurrent uploads, {len({p.name for p in files})} distinct contracts, "
          f"{args.workers} worker processes, {os.cpu_count()} CPUs")
    print(f"latency  p50 {statistics.median(latencies):.2f} s   p95 {p95:.2f} s   max {latencies[-1]:.2f} s   "
          f"(all done in {wall:.2f} s)")
    print(f"reports: {len(files) - len(problems)}/{len(files)} right, none lost or mixed up" if not problems
          else "\n".join(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
