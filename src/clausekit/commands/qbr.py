"""``clausekit qbr``: the quarterly business review kit of a contract, as a Word document."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import ClauseKitError


@click.command("qbr")
@click.argument("contract", type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help="The Word file to write (.docx).")
@click.option("--lang", type=click.Choice(["fr", "en"]),
              help="Language of the kit (default: the contract's, as the linter detects it).")
@click.option("--from", "from_date", metavar="DATE",
              help="Compute the next reviews from this date, YYYY-MM-DD (default: today).")
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
def qbr_command(contract: Path, output: Path, lang: str | None, from_date: str | None, force: bool) -> int:
    """Write the quarterly business review kit of CONTRACT (DOCX, PDF, text or Markdown).

    The kit reads the contract's governance clause: the committee, its members, its meeting
    frequency and the next review dates (from the effective date), the KPIs and their targets;
    then the two-hour agenda, the KPI table to fill in, the relationship-health questions, a
    blameless post-mortem template and the next-quarter action plan. What the contract does not
    state, the kit says it does not state.
    """
    from datetime import date

    from ..fileio import check_writable, write_bytes_atomic

    if output.suffix.lower() != ".docx":
        raise ClauseKitError("qbr writes a Word file: give -o a .docx name", output)
    start = _start(from_date)
    check_writable(output, force)
    if contract.exists() and output.exists() and contract.resolve() == output.resolve():
        raise ClauseKitError("is the contract itself: give -o another name", output)

    from ..qbr.docx_writer import kit_docx
    from ..qbr.reading import read_kit

    kit = read_kit(contract, lang, start or date.today())
    write_bytes_atomic(output, kit_docx(kit), force)
    click.echo(f"wrote {output}", err=True)
    gaps = kit.gaps()
    if gaps:
        click.echo(f"not stated in the contract, left to fill in: {', '.join(gaps)}", err=True)
    return 0


def _start(text: str | None):
    from datetime import date

    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ClauseKitError(f"--from {text!r}: not a date; give it as YYYY-MM-DD (2027-03-01)") from None
