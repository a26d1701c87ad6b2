"""Point 21 of issue 19: the test suite needs nothing beside the checkout (no ../shared)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_the_sarif_schema_is_vendored_with_its_notice():
    schema = ROOT / "tests" / "data" / "schemas" / "sarif-schema-2.1.0.json"
    assert '"title": "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"' in schema.read_text("utf-8")
    assert "Copyright © OASIS Open" in (schema.parent / "NOTICE.md").read_text(encoding="utf-8")
    assert '"shared"' not in (ROOT / "tests" / "test_ci_formats.py").read_text(encoding="utf-8")


@pytest.mark.slow
def test_sarif_schema_test_passes_in_a_copy_without_shared(tmp_path):
    """The checkout's tracked files, alone in a folder with no ../shared beside it."""
    files = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    clone = tmp_path / "deep" / "clausekit"
    for name in files:
        if (ROOT / name).is_file():
            (clone / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(ROOT / name, clone / name)
    assert not (clone.parent / "shared").exists()
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "tests/test_ci_formats.py", "-k", "sarif"], cwd=clone, capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(clone / "src"), "HOME": str(tmp_path)},
                          timeout=300)
    assert done.returncode == 0, done.stdout[-3000:]
    assert "skipped" not in done.stdout.splitlines()[-1]
