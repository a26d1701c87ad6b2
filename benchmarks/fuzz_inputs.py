"""Fuzz the readers: mutants of generated drafts, PDFs and text contracts, each linted.

Usage: python benchmarks/fuzz_inputs.py [--seed 19] [--count 640] [--timeout 30] [--keep DIR]

Seeds: DOCX drafts generated from the bundled templates and example answers, a PDF
written with reportlab from the test contracts, and the test contracts as text and
Markdown. Mutations: random byte flips, truncation, deletion of a zip member,
XML-level mutation of word/document.xml (cut tags, control characters, deep nesting,
a DTD, huge attributes), PDF stream damage, and text damage (stray bytes, escape
sequences, NULs, UTF-16). Each mutant is linted (read, judged, rendered as text and
JSON) in a worker process with a memory limit; the parent gives it --timeout seconds.

Outcomes: "ok" (a report), "clean error" (a ClauseKitError: one line, exit 2),
"traceback" (any other exception: a bug) and "hang" (no answer in time, or the worker
died). The figures of the last run are in the README's "Reliability" section.
"""

from __future__ import annotations

import argparse
import io
import multiprocessing
import os
import random
import re
import resource
import sys
import tempfile
import time
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONTRACTS = ROOT / "tests" / "data" / "contracts"
MEMORY_LIMIT = 3 * 1024 ** 3  # a CI container's address space


# ---------------------------------------------------------------- seeds

def seed_files() -> dict[str, bytes]:
    """name -> content of every file the mutants start from."""
    import yaml
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from clausekit.drafting.docx_writer import docx_bytes
    from clausekit.drafting.generator import build_draft, load_template

    seeds: dict[str, bytes] = {}
    for template_id, lang in (("affiliation", "fr"), ("supplier_spot", "en")):
        answers = yaml.safe_load((ROOT / "templates" / "examples" / f"{template_id}.yaml").read_text("utf-8"))
        draft = build_draft(load_template(template_id), answers, lang)
        seeds[f"{template_id}.{lang}.docx"] = docx_bytes(draft)
    for contract in sorted(CONTRACTS.glob("*.txt")):
        text = contract.read_text(encoding="utf-8")
        seeds[contract.name] = text.encode("utf-8")
        seeds[contract.stem + ".md"] = ("# " + text.replace("\n\n", "\n\n## ", 3)).encode("utf-8")
        buffer = io.BytesIO()
        pdf = canvas.Canvas(buffer, pagesize=A4)
        y = 800
        for line in text.splitlines():
            for start in range(0, max(len(line), 1), 95):
                pdf.drawString(40, y, line[start:start + 95])
                y -= 14
                if y < 40:
                    pdf.showPage()
                    y = 800
        pdf.save()
        seeds[contract.stem + ".pdf"] = buffer.getvalue()
    return seeds


# ---------------------------------------------------------------- mutations

def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    mutant = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        mutant[rng.randrange(len(mutant))] = rng.randrange(256)
    return bytes(mutant)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[:rng.randrange(1, len(data))]


def _rezip(data: bytes, change) -> bytes:
    """Copy a zip, passing each (name, content) through ``change`` (None drops the member)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            changed = change(info.filename, source.read(info))
            if changed is not None:
                target.writestr(info.filename, changed)
    return out.getvalue()


def delete_member(data: bytes, rng: random.Random) -> bytes:
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    victim = rng.choice(names)
    return _rezip(data, lambda name, content: None if name == victim else content)


_XML_DAMAGE = (
    lambda xml, rng: xml[:rng.randrange(len(xml))],  # cut mid-tag
    lambda xml, rng: xml.replace(b"<w:t>", b"<w:t>\x01\x1b[31m", rng.randint(1, 20)),
    lambda xml, rng: xml.replace(b"<w:body>", b"<w:body>" + b"<w:sdt><w:sdtContent>" * 3000, 1),
    lambda xml, rng: re.sub(rb"^(<\?xml[^>]*\?>)", rb'\1<!DOCTYPE d [<!ENTITY e "x">]>', xml),
    lambda xml, rng: xml.replace(b"<w:p>", b'<w:p w:rsidR="' + b"A" * 200_000 + b'">', 1),
    lambda xml, rng: xml.replace(b"</w:p>", b"", rng.randint(1, 5)),
    lambda xml, rng: xml.replace(b'w:val="', b'w:val="-99999999999999999999', rng.randint(1, 30)),
    lambda xml, rng: xml.replace(b"<w:p>", b"<w:p><w:numPr><w:ilvl w:val=\"999\"/><w:numId w:val=\"7\"/></w:numPr>",
                                 rng.randint(1, 10)),
    lambda xml, rng: xml.replace(b"xmlns:w=", b"xmlns:x=", 1),
    lambda xml, rng: xml.decode("utf-8", "ignore").encode("utf-16"),
)


def mutate_xml(data: bytes, rng: random.Random) -> bytes:
    damage = rng.choice(_XML_DAMAGE)
    part = rng.choice(["word/document.xml", "word/document.xml", "word/styles.xml", "word/numbering.xml",
                       "[Content_Types].xml", "word/_rels/document.xml.rels"])
    return _rezip(data, lambda name, content: damage(content, rng) if name == part else content)


def mutate_pdf(data: bytes, rng: random.Random) -> bytes:
    streams = [m.start() for m in re.finditer(rb"stream\r?\n", data)]
    if streams and rng.random() < 0.6:
        at = rng.choice(streams) + 8
        mutant = bytearray(data)
        for offset in range(rng.randint(1, 40)):
            if at + offset < len(mutant):
                mutant[at + offset] = rng.randrange(256)
        return bytes(mutant)
    return re.sub(rb"/Length \d+", b"/Length " + str(rng.randrange(10 ** 9)).encode(), data, count=rng.randint(1, 3))


_TEXT_DAMAGE = (
    lambda text, rng: text.replace(b" ", b" \xe9", 1),  # one stray Latin-1 byte
    lambda text, rng: text + b"\n\x1b]52;c;SGVsbG8=\x07\x1b]8;;http://x\x1b\\y\x1b]8;;\x1b\\\n",
    lambda text, rng: text.replace(b"\n", b"\x00\n", rng.randint(1, 50)),
    lambda text, rng: text.decode("utf-8").encode("utf-16"),
    lambda text, rng: text.decode("utf-8").encode("utf-16-le"),
    lambda text, rng: b"thirty (60) days. " * rng.randint(100, 3000),
    lambda text, rng: text.replace(b"\n\n", b"\r", rng.randint(1, 40)),
    lambda text, rng: bytes(rng.randrange(256) for _ in range(rng.randint(1, 4000))),
    lambda text, rng: b"---\n" + text,
    lambda text, rng: text.replace(b".", b"." + b"[" * 200, 3),
)


def mutate_text(data: bytes, rng: random.Random) -> bytes:
    return rng.choice(_TEXT_DAMAGE)(data, rng)


def mutants(seeds: dict[str, bytes], count: int, rng: random.Random):
    """(kind, name, content) for ``count`` mutants, round robin over the seeds."""
    names = sorted(seeds)
    for number in range(count):
        name = names[number % len(names)]
        data = seeds[name]
        suffix = Path(name).suffix
        if suffix == ".docx":
            kinds = {"flip": flip_bytes, "truncate": truncate, "delete-member": delete_member, "xml": mutate_xml}
        elif suffix == ".pdf":
            kinds = {"flip": flip_bytes, "truncate": truncate, "pdf": mutate_pdf}
        else:
            kinds = {"flip": flip_bytes, "truncate": truncate, "text": mutate_text}
        kind = rng.choice(sorted(kinds))
        try:
            content = kinds[kind](data, rng)
        except (zipfile.BadZipFile, ValueError):
            content = flip_bytes(data, rng)
        yield kind, f"{number:04d}-{kind}-{name}", content


# ---------------------------------------------------------------- worker

def _worker(connection) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    sys.stderr = open(os.devnull, "w")  # the readers' warnings (stray bytes) are expected here  # noqa: SIM115
    from clausekit.errors import ClauseKitError
    from clausekit.review.lint import lint_path
    from clausekit.review.report import reporter
    from clausekit.results import RunResult
    from clausekit.safe_text import visible

    while True:
        path = connection.recv()
        if path is None:
            return
        try:
            report = lint_path(path)
            run = RunResult(reports=[report])
            visible(reporter("text").render(run))
            reporter("json").render(run)
            outcome = ("ok", "")
        except ClauseKitError as error:
            lines = str(error).splitlines()
            outcome = ("clean error", str(error)) if len(lines) == 1 else ("traceback", f"multi-line: {error}"[:300])
        except BaseException as error:  # noqa: BLE001  the point is to find these
            outcome = ("traceback", f"{type(error).__name__}: {error}"[:300])
        connection.send(outcome)


class Worker:
    def __init__(self) -> None:
        context = multiprocessing.get_context("fork")
        self.connection, theirs = context.Pipe()
        self.process = context.Process(target=_worker, args=(theirs,), daemon=True)
        self.process.start()

    def lint(self, path: Path, timeout: float) -> tuple[str, str]:
        self.connection.send(str(path))
        if self.connection.poll(timeout):
            try:
                return self.connection.recv()
            except (EOFError, ConnectionResetError):
                pass  # the worker died: reported below
        self.process.kill()
        self.process.join()
        return "hang", f"no answer within {timeout:.0f} s (exit code {self.process.exitcode})"

    def close(self) -> None:
        if self.process.is_alive():
            self.connection.send(None)
            self.process.join(5)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--count", type=int, default=640)
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per mutant")
    parser.add_argument("--keep", type=Path, help="copy the mutants that gave a traceback or a hang here")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    started = time.perf_counter()
    seeds = seed_files()
    outcomes: Counter = Counter()
    by_kind: Counter = Counter()
    bad: list[str] = []
    worker = Worker()
    with tempfile.TemporaryDirectory(prefix="clausekit-fuzz-") as folder:
        for kind, name, content in mutants(seeds, args.count, rng):
            path = Path(folder) / name
            path.write_bytes(content)
            outcome, detail = worker.lint(path, args.timeout)
            if outcome == "hang":
                worker = Worker()
            outcomes[outcome] += 1
            by_kind[kind] += 1
            if outcome in ("traceback", "hang"):
                bad.append(f"  {outcome}: {name}: {detail}")
                if args.keep:
                    args.keep.mkdir(parents=True, exist_ok=True)
                    (args.keep / name).write_bytes(content)
            path.unlink()
    worker.close()
    elapsed = time.perf_counter() - started
    print(f"fuzz: seed {args.seed}, {args.count} mutants of {len(seeds)} seeds "
          f"({', '.join(f'{k} {n}' for k, n in sorted(by_kind.items()))}) in {elapsed:.0f} s")
    print(f"runs: {sum(outcomes.values())}, reports: {outcomes['ok']}, clean errors: {outcomes['clean error']}, "
          f"tracebacks: {outcomes['traceback']}, hangs: {outcomes['hang']}")
    print("\n".join(bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
