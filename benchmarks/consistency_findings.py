"""List the consistency findings on a corpus, rule by rule, with both passages, for checking by hand:
``python benchmarks/consistency_findings.py [--corpus ../shared/corpus]``. Prints a count per rule,
then each finding (file, place, the passage, the other passage)."""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from clausekit.review.engine import build_engine
from clausekit.review.read import read_document, supported_extensions

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args()
    engine = build_engine()
    extensions = set(supported_extensions())
    by_rule: dict[str, list[str]] = defaultdict(list)
    files = sorted(p for p in args.corpus.rglob("*") if p.is_file() and p.suffix.lower() in extensions)
    for path in files:
        report = engine.lint_document(read_document(path))
        for finding in report.findings:
            if finding.item != "consistency":
                continue
            other = finding.related[0] if finding.related else None
            by_rule[finding.rule].append(
                f"{path.relative_to(args.corpus)} [{finding.location.describe() if finding.location else ''}]\n"
                f"    {finding.message}\n    here:  {finding.quote}\n"
                + (f"    other: [{other.location.describe()}] {other.text}\n" if other else ""))
    print(f"{len(files)} documents")
    for rule in sorted(build_engine().rules.consistency):
        print(f"{rule:40} {len(by_rule[rule])}")
    for rule in sorted(by_rule):
        print(f"\n## {rule}\n")
        print("\n".join(by_rule[rule]))


if __name__ == "__main__":
    main()
