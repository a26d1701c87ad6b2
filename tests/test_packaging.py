"""A release people can install and wire in: metadata, licence, changelog, sdist, release
workflow, composite GitHub Action and Docker image, checked for what each one must hold."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_metadata_licence_and_changelog():
    assert PYPROJECT["license"] == "Apache-2.0" and PYPROJECT["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").lstrip().startswith("Apache License")
    assert "Version 2.0" in (ROOT / "LICENSE").read_text(encoding="utf-8")[:200]
    assert PYPROJECT["authors"] and {"Homepage", "Changelog", "Issues"} <= set(PYPROJECT["urls"])
    classifiers = PYPROJECT["classifiers"]
    assert "Natural Language :: French" in classifiers and "Programming Language :: Python :: 3.11" in classifiers
    assert not any("License ::" in c for c in classifiers)  # the SPDX "license" field says it (PEP 639)
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in changelog and f"## [{PYPROJECT['version']}]" in changelog


def quick_start_outputs() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = re.search(r"```sh\n(python3 -m venv .*?pip install \. .*?)\n```", readme).group(1)
    return re.findall(r"(?:-o|--output|--annotate) (\S+)", quick_start)


def test_the_quick_start_writes_under_a_git_ignored_folder():
    outputs = quick_start_outputs()
    assert outputs and all(o.startswith("out/") for o in outputs), outputs
    if not (ROOT / ".git").exists() or not shutil.which("git"):
        pytest.skip("not a git checkout")
    for output in [*outputs, "report.json", "review.html", "clausekit.sarif", "contract-reviewed.docx"]:
        assert subprocess.run(["git", "check-ignore", "-q", output], cwd=ROOT).returncode == 0, output


def test_the_sdist_holds_no_stray_output(tmp_path):
    pytest.importorskip("build")
    (ROOT / "out").mkdir(exist_ok=True)
    stray = ROOT / "out" / "stray-test-output.docx"
    stray.write_bytes(b"not a contract")
    try:
        subprocess.run([sys.executable, "-m", "build", "--sdist", "--outdir", str(tmp_path), str(ROOT)],
                       check=True, capture_output=True)
    finally:
        stray.unlink()
    (sdist,) = tmp_path.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = [name.split("/", 1)[1] for name in archive.getnames() if "/" in name]
    assert "LICENSE" in names and "CHANGELOG.md" in names and "src/clausekit/review/segment/numbers.py" in names
    assert not [n for n in names if n.startswith(("out/", ".venv/", "dist/")) or n.endswith(".sarif")]
    assert not [n for n in names if "/" not in n and n.endswith((".docx", ".pdf", ".json", ".html"))]


def test_the_release_workflow_builds_and_checks_the_distributions():
    workflow = yaml.safe_load((ROOT / ".github/workflows/release.yml").read_text(encoding="utf-8"))
    triggers = workflow[True] if True in workflow else workflow["on"]  # YAML 1.1 reads "on" as true
    assert "v*" in triggers["push"]["tags"]
    runs = "\n".join(step.get("run", "") for job in workflow["jobs"].values() for step in job["steps"])
    assert "python -m build" in runs and "twine check" in runs and "pip install dist/*.whl" in runs


def test_the_composite_action_installs_lints_and_uploads_sarif():
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["name"] and action["description"] and action["runs"]["using"] == "composite"
    for name, spec in action["inputs"].items():
        assert "description" in spec and isinstance(spec.get("default", ""), str), name
    steps = action["runs"]["steps"]
    for step in steps:
        assert ("run" in step) != ("uses" in step), step
        if "run" in step:
            assert step["shell"] == "bash", step  # a composite run step must name its shell
        used = set(re.findall(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", str(step)))
        assert used <= set(action["inputs"]), used - set(action["inputs"])
    runs = [step.get("run", "") for step in steps]
    assert any("pip install" in r and "GITHUB_ACTION_PATH" in r for r in runs)
    lint = [r for r in runs if r.startswith("clausekit lint ${{ inputs.paths }}")]
    assert any("--format github" in r for r in lint) and any("--format sarif" in r for r in lint)
    upload = next(step for step in steps if step.get("uses", "").startswith("github/codeql-action/upload-sarif@"))
    assert upload["with"]["sarif_file"] == "${{ inputs.sarif-file }}" and "always()" in upload["if"]
    sarif_step = next(step for step in steps if "--format sarif" in step.get("run", ""))
    assert "always()" in sarif_step["if"] and "--fail-on never" in sarif_step["run"]


def test_the_options_the_action_passes_exist():
    from click.testing import CliRunner

    from clausekit.cli import cli

    help_text = CliRunner().invoke(cli, ["lint", "--help"]).output
    action = (ROOT / "action.yml").read_text(encoding="utf-8")
    for option in sorted(set(re.findall(r"(--[a-z][a-z-]+)", action))):
        if option not in ("--disable-pip-version-check",):
            assert option in help_text, option


def test_the_dockerfile_builds_the_wheel_and_runs_clausekit_offline():
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    copied = re.findall(r"^COPY (?!--from)(.+?) \S+$", dockerfile, re.MULTILINE)
    for sources in copied:
        for source in sources.split():
            assert (ROOT / source).exists(), source
    # What the wheel build needs from the checkout is copied: the package and the data it force-includes.
    wheel = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["hatch"]["build"]["targets"]["wheel"]
    needed = {*wheel["force-include"], PYPROJECT["readme"], *PYPROJECT["license-files"], "src"}
    assert needed <= {s for sources in copied for s in sources.split()}
    python = re.findall(r"^FROM python:(\d+\.\d+)", dockerfile, re.MULTILINE)
    assert python and all(tuple(map(int, v.split("."))) >= (3, 11) for v in python)
    assert 'ENTRYPOINT ["clausekit"]' in dockerfile
    assert not re.search(r"spacy download|curl|wget|huggingface", dockerfile)  # nothing fetched at run time
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert {".git", ".venv"} <= set(ignored)


@pytest.mark.skipif(not shutil.which("docker") or subprocess.run(["docker", "info"], capture_output=True).returncode,
                    reason="no running Docker daemon")
def test_the_docker_image_lints_without_network(tmp_path):
    subprocess.run(["docker", "build", "-q", "-t", "clausekit-test", str(ROOT)], check=True, capture_output=True)
    (tmp_path / "c.txt").write_text("1. Governing law\nThis Agreement is governed by French law.\n", encoding="utf-8")
    result = subprocess.run(["docker", "run", "--rm", "--network", "none", "-v", f"{tmp_path}:/work", "clausekit-test",
                             "lint", "c.txt", "--fail-on", "never"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "c.txt" in result.stdout
