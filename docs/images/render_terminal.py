"""Regenerate lint-terminal.svg, the README's first screen of a lint in colour:
``python docs/images/render_terminal.py`` (from the checkout, clausekit installed)."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from rich.console import Console
from rich.text import Text

CONTRACT = "tests/data/contracts/supplier_weak.fr.txt"
SCREEN_LINES = 40


def main() -> None:
    run = subprocess.run([sys.executable, "-m", "clausekit", "lint", CONTRACT], capture_output=True, text=True,
                         env={"FORCE_COLOR": "1", "COLUMNS": "130", "TERM": "xterm-256color"})
    lines = run.stdout.splitlines()[:SCREEN_LINES]
    console = Console(record=True, width=130, force_terminal=True, color_system="truecolor", file=io.StringIO())
    console.print(Text("$ clausekit lint " + CONTRACT, style="bold"))
    for line in lines:
        console.print(Text.from_ansi(line), overflow="ellipsis", no_wrap=True)
    target = Path(__file__).with_name("lint-terminal.svg")
    target.write_text(console.export_svg(title="clausekit lint"), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
