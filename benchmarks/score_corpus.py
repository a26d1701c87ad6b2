"""Score the linter against the gold labels of the development corpus.

Usage: python benchmarks/score_corpus.py [--corpus ../shared/corpus] [--subset fr|cuad|cuad-pdf|all]
       [--items checklist|hygiene|all] [--show-errors ITEM]
       python benchmarks/score_corpus.py --corpus tests/data/own --subset en   # our own test contracts
       python benchmarks/score_corpus.py --subset cuad --split   # and the two fixed halves of the subset

For each item: precision, recall and F1 of "present" (strong or weak) against the
gold (`present`, `strong`, `weak` count as present), and, where the gold says
strong or weak, the share of documents whose status is exactly right. Macro-F1
is the mean F1 over the items that have at least one gold label in the subset.
Every item is reported (profile `all`); the language is detected. A corpus is a folder
of sub-folders, each with a gold.json whose keys are paths from the corpus folder; the
subset `X` is the documents under `X/` outside its `pdf/` folder, `X-pdf` those inside it.

``--split`` tunes nothing: it also reports the subset in two fixed halves (by a hash of
each document's path, the same on every run and machine), so that a rule fitted to some
documents shows as a gap between the halves.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from clausekit.checklist import load_checklist
from clausekit.review.lint import lint_path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus"


def load_gold(corpus: Path, subset: str) -> dict[str, dict]:
    gold = {}
    for path in sorted(corpus.glob("*/gold.json")):
        gold.update(json.loads(path.read_text(encoding="utf-8")))
    if subset == "all":
        return gold
    folder, pdf = (subset[:-4], True) if subset.endswith("-pdf") else (subset, False)
    return {k: v for k, v in gold.items()
            if k.startswith(f"{folder}/") and k.startswith(f"{folder}/pdf/") == pdf}


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    score = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, score


def half_of(key: str) -> str:
    """"A" or "B", fixed by the document's path."""
    return "AB"[hashlib.sha256(key.encode("utf-8")).digest()[0] % 2]


def tally(statuses: dict[str, dict[str, str]], gold: dict[str, dict], wanted) -> tuple[dict, dict]:
    """Per item: tp/fp/fn/tn and exact statuses; and the documents each item gets wrong."""
    counts: dict = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, "tn": 0, "exact": 0, "graded": 0})
    errors = defaultdict(list)
    for key, entry in sorted(gold.items()):
        status = statuses[key]
        for item in wanted:
            expected = entry["items"].get(item.id)
            if expected is None:
                continue
            c = counts[item.id]
            predicted = status[item.id]
            gold_present, found = expected != "missing", predicted != "missing"
            c["tp"] += gold_present and found
            c["fp"] += found and not gold_present
            c["fn"] += gold_present and not found
            c["tn"] += not gold_present and not found
            if expected in ("strong", "weak", "missing") and expected != "present":
                c["graded"] += 1
                c["exact"] += expected == predicted
            if gold_present != found or (expected in ("strong", "weak") and expected != predicted):
                errors[item.id].append(f"{key}: gold {expected}, got {predicted}")
    return counts, errors


def macro_f1(counts: dict, wanted) -> tuple[float, int]:
    scores = [f1(counts[i.id]["tp"], counts[i.id]["fp"], counts[i.id]["fn"])[2] for i in wanted if i.id in counts]
    return (sum(scores) / len(scores) if scores else 0.0), len(scores)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--subset", default="all", help="a folder of the corpus (fr, cuad...), FOLDER-pdf, or all")
    parser.add_argument("--items", default="all", choices=("checklist", "hygiene", "all"))
    parser.add_argument("--show-errors", metavar="ITEM", help="list the documents an item gets wrong")
    parser.add_argument("--split", action="store_true", help="also report the two fixed halves of the subset")
    args = parser.parse_args()
    gold = load_gold(args.corpus, args.subset)
    if not gold:
        print(f"no gold labels for subset {args.subset!r} under {args.corpus}", file=sys.stderr)
        return 2
    checklist = load_checklist()
    wanted = [i for i in checklist.items.values() if args.items == "all" or i.kind == args.items]
    started = time.perf_counter()
    words = 0
    statuses = {}
    for key in sorted(gold):
        report = lint_path(args.corpus / key, profile="all")
        words += report.words
        statuses[key] = {item.id: item.status for item in report.items}
    counts, errors = tally(statuses, gold, wanted)
    elapsed = time.perf_counter() - started
    print(f"{len(gold)} documents ({args.subset}), {words} words, {elapsed:.1f} s\n")
    print(f"{'item':30} {'P':>5} {'R':>5} {'F1':>5}  {'tp':>3} {'fp':>3} {'fn':>3} {'tn':>3}  exact")
    scores = []
    for item in wanted:
        c = counts.get(item.id)
        if not c:
            continue
        p, r, score = f1(c["tp"], c["fp"], c["fn"])
        scores.append(score)
        exact = f"{c['exact']}/{c['graded']}" if c["graded"] else "-"
        print(f"{item.id:30} {p:5.2f} {r:5.2f} {score:5.2f}  {c['tp']:3} {c['fp']:3} {c['fn']:3} {c['tn']:3}  {exact}")
    if scores:
        print(f"\nmacro-F1 over {len(scores)} items: {sum(scores) / len(scores):.3f}")
    if args.split:
        for half in "AB":
            part = {k: v for k, v in gold.items() if half_of(k) == half}
            score, items = macro_f1(tally(statuses, part, wanted)[0], wanted)
            print(f"half {half}: {len(part)} documents, macro-F1 over {items} items: {score:.3f}")
    if args.show_errors:
        print(f"\nerrors for {args.show_errors}:")
        for line in errors.get(args.show_errors, []):
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
