"""``clausekit playbook``: the negotiation playbook, as a Word document or an editable YAML file.

Only click is imported at module level; the drafting package, python-docx and PyYAML are
imported when the command runs.
"""

from __future__ import annotations

from pathlib import Path

import click

FORMATS = {"docx": (".docx",), "yaml": (".yaml", ".yml")}


def _format(requested: str | None, output: Path) -> str:
    """The output format: ``--format``, else the one of -o's suffix; the two must agree."""
    from ..errors import ClauseKitError

    suffix = output.suffix.lower()
    found = next((name for name, suffixes in FORMATS.items() if suffix in suffixes), None)
    if requested is None:
        if found is None:
            raise ClauseKitError("give -o a .docx name (a Word document) or a .yaml name (an editable playbook)",
                                 output)
        return found
    if found != requested:
        raise ClauseKitError(f"--format {requested} writes a {' or '.join(FORMATS[requested])} file: "
                             f"give -o such a name", output)
    return requested


@click.command("playbook")
@click.option("--lang", default="en", show_default=True,
              help="Language of the Word document (en or fr); the YAML file holds both, its header is in this one.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The file to write: .docx (a Word document) or .yaml (an editable playbook).")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default=None,
              help="docx or yaml (default: from the -o suffix).")
@click.option("--profile", type=click.Choice(["partnership", "supplier"]), default=None,
              help="Only the checklist items of this profile (default: both).")
@click.option("--playbook", "playbook_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Start from this playbook file (your own positions); the items it does not list are the library's.")
@click.option("--library", "library", metavar="DIR", default=None,
              help="Use the clause files in DIR instead of the bundled clause library.")
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
def playbook_command(lang: str, output: Path, fmt: str | None, profile: str | None, playbook_path: Path | None,
                     library: str | None, force: bool) -> int:
    """Export the negotiation playbook: per checklist item, why it matters, what makes it strong,
    the preferred and fallback positions, what can be conceded and the walk-away line."""
    from ..checklist import load_checklist
    from ..review.ci.config import load_config
    from ..drafting.generator import library_dirs
    from ..drafting.language import check_language
    from ..drafting.library import load_library
    from ..drafting.playbook import Playbook, completed, load_playbook
    from ..fileio import check_writable, write_bytes_atomic, write_text_atomic

    check_language(lang)
    fmt = _format(fmt, output)
    check_writable(output, force)
    checklist = load_checklist(load_config().item_dirs)
    folders = library_dirs(library, checklist.clause_folders)
    own = load_playbook(playbook_path, folders, checklist) if playbook_path else Playbook(items={})
    clauses = load_library(*folders)
    item_ids = [item.id for item in checklist.items.values()
                if item.kind == "checklist" and (profile is None or profile in item.profiles)]
    book = completed(own, clauses, checklist, item_ids)
    if fmt == "yaml":
        from ..drafting.playbook import playbook_yaml

        write_text_atomic(output, playbook_yaml(book, lang), force)
    else:
        from ..drafting.playbook_docx import playbook_docx

        source = playbook_path.name if playbook_path else None
        write_bytes_atomic(output, playbook_docx(book, clauses, checklist, lang, profile, source), force)
    click.echo(f"wrote {output}: {len(book.items)} checklist items ({', '.join(book.items)})", err=True)
    return 0
