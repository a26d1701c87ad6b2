"""The layers hold: the import contracts of pyproject.toml, and no module reaching into
another module's private names (what python-docx keeps to: its parts use the XML layer
through its public API only)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "src" / "clausekit"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported_module(node: ast.ImportFrom, importer: str, is_package: bool) -> str:
    if node.level == 0:
        return node.module or ""
    base = importer.split(".") if is_package else importer.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def private_imports() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        importer = _module_name(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom):
                continue
            source = _imported_module(node, importer, path.name == "__init__.py")
            if source == importer or not source.startswith("clausekit"):
                continue
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} imports {source}.{alias.name}")
    return found


def test_no_module_imports_another_module_s_private_names():
    assert private_imports() == []


def test_the_check_sees_a_private_import(tmp_path, monkeypatch):
    """The check itself can fail: a module importing a private name is reported."""
    package = tmp_path / "clausekit"
    (package / "readers").mkdir(parents=True)
    (package / "readers" / "__init__.py").write_text("", encoding="utf-8")
    (package / "readers" / "docx.py").write_text("from ..drafting.render import _compiled\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", package)
    assert private_imports() == ["readers/docx.py:1 imports clausekit.drafting.render._compiled"]


def test_the_import_contracts_are_kept():
    command = str(Path(sys.executable).parent / "lint-imports")  # installed with the test extra
    result = subprocess.run([command], cwd=PACKAGE.parents[1], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
