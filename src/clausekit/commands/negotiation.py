"""``clausekit compare``: where each received checklist clause stands against the library's positions."""

from __future__ import annotations

from pathlib import Path

import click

from ..negotiation.render import RENDERERS


@click.command("compare")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--item", "items", multiple=True, metavar="ID",
              help="Only this checklist item (repeat for several; default: every item of the profile).")
@click.option("--lang", type=click.Choice(["fr", "en"]), help="Language of the document (default: detected).")
@click.option("--profile", type=click.Choice(["partnership", "supplier"]),
              help="Checklist profile (default: detected from the title and vocabulary).")
@click.option("--report-lang", type=click.Choice(["fr", "en"]), help="Language of the output (default: the document's).")
@click.option("--format", "output_format", type=click.Choice(sorted(RENDERERS)), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to FILE.")
@click.option("--force", is_flag=True, help="Overwrite --output if it exists.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Configuration file (default: clausekit.toml or pyproject.toml found upward from here): "
                   "its rule and item folders, as for lint.")
def compare_command(path: Path, items: tuple[str, ...], lang: str | None, profile: str | None,
                    report_lang: str | None, output_format: str, output: Path | None, force: bool,
                    config_path: Path | None) -> int:
    """Say, for each checklist clause of PATH (DOCX, PDF, text), whether it stands at or above the
    library's preferred position, at its fallback, between the fallback and the walk-away line, or
    below it, with the elements and the concessions that make the difference."""
    from ..review.ci.config import load_config
    from ..review.engine import engine_for
    from ..fileio import check_writable, write_bytes_atomic
    from ..negotiation import compare_positions
    from ..review.read import read_document

    if output is not None:
        check_writable(output, force)
    engine = engine_for(load_config(config_path))
    document = read_document(path)
    report = engine.lint_document(document, lang, profile, report_lang)
    standings = compare_positions(document, report, engine.rules, items, engine.item_dirs)
    rendered = RENDERERS[output_format](str(path), standings, report.report_language)
    if output is None:
        click.echo(rendered, nl=False)
    else:
        write_bytes_atomic(output, rendered.encode("utf-8"), force)
        click.echo(f"wrote {output}", err=True)
    return 0
