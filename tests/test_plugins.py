"""Plugins by entry points: a separately installed package adds a reader and a report format.

The test writes a tiny distribution (``clausekit-odt-markdown``) as a real wheel, installs
it with pip into a folder of its own, and runs the real ``clausekit`` with that folder on
its path: ``.odt`` contracts become lintable and ``--format markdown`` exists, with no
change to clausekit. Without the folder, neither is there.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

CONTRACTS = Path(__file__).parent / "data" / "contracts"

PLUGIN = '''\
"""An OpenDocument text reader and a Markdown reporter for clausekit."""
import zipfile

from lxml import etree

from clausekit.document import Block, build_document

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def read_odt(file, shown):
    with zipfile.ZipFile(file) as archive:
        content = archive.read("content.xml")
    root = etree.fromstring(content, etree.XMLParser(resolve_entities=False, no_network=True))
    blocks = []
    for element in root.iter(f"{{{TEXT}}}h", f"{{{TEXT}}}p"):
        level = int(element.get(f"{{{TEXT}}}outline-level", "1")) if element.tag == f"{{{TEXT}}}h" else None
        blocks.append(Block(text="".join(element.itertext()), heading_level=level))
    return build_document(shown, "odt", blocks)


def after_run(run):
    import os
    target = os.environ.get("CLAUSEKIT_TEST_HOOK")
    if target:
        with open(target, "w", encoding="utf-8") as out:
            out.write(" ".join(f"{r.path}={r.counts('checklist')['strong']}" for r in run.reports))


def render(run):
    lines = ["# clausekit report", ""]
    for report in run.reports:
        lines.append(f"## {report.path}")
        lines.extend(f"- **{item.id}**: {item.status}" for item in report.items)
        for finding in report.findings:
            rule = run.catalogue.get(finding.rule)
            lines.append(f"  - `{finding.rule}` ({rule.severity if rule else finding.severity}): {finding.message}")
    return "\\n".join(lines) + "\\n"
'''

ENTRY_POINTS = """\
[clausekit.readers]
.odt = clausekit_odt_markdown:read_odt

[clausekit.reporters]
markdown = clausekit_odt_markdown:render

[clausekit.hooks]
record = clausekit_odt_markdown:after_run
"""


def _record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def _write_wheel(folder: Path) -> Path:
    """A pure-Python wheel as an installer expects it: the module, METADATA, WHEEL, entry points, RECORD."""
    info = "clausekit_odt_markdown-0.1.dist-info"
    files = {
        "clausekit_odt_markdown.py": PLUGIN.encode(),
        f"{info}/METADATA": b"Metadata-Version: 2.1\nName: clausekit-odt-markdown\nVersion: 0.1\n",
        f"{info}/WHEEL": b"Wheel-Version: 1.0\nGenerator: hand\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
        f"{info}/entry_points.txt": ENTRY_POINTS.encode(),
    }
    record = [_record_line(name, data) for name, data in files.items()] + [f"{info}/RECORD,,"]
    wheel = folder / "clausekit_odt_markdown-0.1-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
        archive.writestr(f"{info}/RECORD", "\n".join(record) + "\n")
    return wheel


def _write_odt(path: Path, source: Path) -> None:
    """An OpenDocument text holding the paragraphs of a text contract (headings kept as text:h)."""
    body = []
    for paragraph in source.read_text(encoding="utf-8").split("\n\n"):
        text = " ".join(paragraph.split()).replace("&", "&amp;").replace("<", "&lt;")
        if not text:
            continue
        tag = "text:h" if len(text) < 60 and text[:1].isdigit() else "text:p"
        body.append(f"<{tag}>{text}</{tag}>")
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
               + "".join(body) + "</office:text></office:body></office:document-content>")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)


@pytest.fixture(scope="module")
def plugin_site(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("plugin")
    wheel = _write_wheel(folder)
    site = folder / "site"
    installed = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-index", "--no-deps",
                                "--target", str(site), str(wheel)], capture_output=True, text=True, timeout=300)
    assert installed.returncode == 0, installed.stderr
    assert (site / "clausekit_odt_markdown-0.1.dist-info" / "entry_points.txt").is_file()
    return site


def _clausekit(*args: str, site: Path | None, cwd: Path, **extra_env: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, **extra_env)
    env.pop("PYTHONPATH", None)
    if site is not None:
        env["PYTHONPATH"] = str(site)
    return subprocess.run([sys.executable, "-m", "clausekit", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300)


def test_an_installed_package_adds_the_odt_reader_and_the_markdown_format(plugin_site, tmp_path):
    contract = tmp_path / "partnership.odt"
    _write_odt(contract, CONTRACTS / "partnership_strong.en.txt")
    with_plugin = _clausekit("lint", str(contract), "--format", "markdown", "--fail-on", "never",
                             site=plugin_site, cwd=tmp_path)
    assert with_plugin.returncode == 0, with_plugin.stderr
    report = with_plugin.stdout
    assert report.startswith("# clausekit report\n") and f"## {contract}" in report
    reference = _clausekit("lint", str(CONTRACTS / "partnership_strong.en.txt"), "--format", "json",
                           "--fail-on", "never", site=None, cwd=tmp_path)
    statuses = {i["id"]: i["status"] for i in json.loads(reference.stdout)["documents"][0]["items"]}
    for item_id in ("pilot", "exit", "governance"):  # the same contract, read from ODT: the same verdicts
        assert f"- **{item_id}**: {statuses[item_id]}" in report


def test_without_the_package_neither_the_format_nor_the_reader_exists(tmp_path):
    contract = tmp_path / "partnership.odt"
    _write_odt(contract, CONTRACTS / "partnership_strong.en.txt")
    no_format = _clausekit("lint", str(contract), "--format", "markdown", site=None, cwd=tmp_path)
    assert no_format.returncode == 2 and "markdown" in no_format.stderr
    no_reader = _clausekit("lint", str(contract), site=None, cwd=tmp_path)
    assert no_reader.returncode == 2 and "unsupported file type '.odt'" in no_reader.stderr


def test_a_broken_plugin_is_one_line_naming_it(tmp_path):
    site = tmp_path / "site"
    info = site / "broken-0.1.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: broken\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[clausekit.reporters]\nbroken = no_such_module:render\n", encoding="utf-8")
    result = _clausekit("lint", str(CONTRACTS / "partnership_strong.en.txt"), site=site, cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "'broken'" in result.stderr and "no_such_module" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_an_installed_hook_runs_after_each_lint_with_the_run(plugin_site, tmp_path):
    record = tmp_path / "hook.txt"
    contract = CONTRACTS / "partnership_strong.en.txt"
    result = _clausekit("lint", str(contract), "--format", "json", "--fail-on", "never", site=plugin_site,
                        cwd=tmp_path, CLAUSEKIT_TEST_HOOK=str(record))
    assert result.returncode == 0, result.stderr
    strong = json.loads(result.stdout)["documents"][0]["summary"]["checklist"]["strong"]
    assert record.read_text(encoding="utf-8") == f"{contract}={strong}"
