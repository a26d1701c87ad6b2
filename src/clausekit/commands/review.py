"""``clausekit lint`` and ``clausekit rules``: review contracts against the checklist."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import ClauseKitError

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
FORMATS = ("text", "json")


def _expand(paths: tuple[str, ...]) -> list[str]:
    """Files as given; folders walked for supported files (hidden and Word lock files skipped)."""
    from ..readers import supported_extensions

    extensions = set(supported_extensions())
    files: list[str] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                relative = found.relative_to(path)
                if (found.is_file() and found.suffix.lower() in extensions
                        and not any(part.startswith((".", "~$")) for part in relative.parts)):
                    files.append(str(found))
        else:
            files.append(given)
    return files


@click.command("lint")
@click.argument("paths", nargs=-1, required=True)
@click.option("--lang", type=click.Choice(["fr", "en"]), help="Language of the documents (default: detected).")
@click.option("--profile", type=click.Choice(["partnership", "supplier", "all"]),
              help="Checklist profile (default: detected from the title and vocabulary).")
@click.option("--report-lang", type=click.Choice(["fr", "en"]), help="Language of the messages (default: the document's).")
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the report to FILE.")
@click.option("--force", is_flag=True, help="Overwrite the --output file if it exists.")
@click.option("--fail-on", type=click.Choice(["info", "warning", "error", "never"]), default="error", show_default=True,
              help="Exit 1 when a finding is at or above this severity.")
@click.option("--model", help="Use an installed spaCy pipeline (e.g. fr_core_news_sm) instead of the bundled blank one.")
def lint_command(paths, lang, profile, report_lang, output_format, output, force, fail_on, model) -> int:
    """Report missing and weak clauses in contracts (DOCX, PDF, text, Markdown).

    Exit codes: 0 nothing at or above --fail-on, 1 something is, 2 usage or input error.
    """
    from ..fileio import check_writable, write_text_atomic
    from ..lint import lint_path
    from ..reporters import reporter
    from ..results import InputFailure

    if output:
        check_writable(output, force)
    files = _expand(paths)
    if not files:
        raise ClauseKitError(f"no supported documents found in {', '.join(paths)}")
    reports, failures = [], []
    for file in files:
        try:
            reports.append(lint_path(file, lang=lang, profile=profile, report_lang=report_lang, model=model))
        except ClauseKitError as error:
            if len(files) == 1:
                raise
            failures.append(InputFailure(error.path or file, error.message))
    rendered = reporter(output_format)(reports, failures)
    if output:
        write_text_atomic(output, rendered, force=force)
    else:
        click.echo(rendered, nl=False)
    for failure in failures:
        click.echo(f"clausekit: error: {failure.path}: {failure.message}", err=True)
    if failures:
        return 2
    if fail_on == "never":
        return 0
    threshold = SEVERITY_RANK[fail_on]
    failing = any(SEVERITY_RANK[f.severity] >= threshold for r in reports for f in r.findings)
    return 1 if failing else 0


@click.group("rules", invoke_without_command=True)
@click.option("--lang", type=click.Choice(["fr", "en"]), default="en", show_default=True)
@click.option("--item", help="Only the rules of this checklist item.")
@click.pass_context
def rules_group(ctx: click.Context, lang: str, item: str | None) -> None:
    """List the lint rules (id, severity, message); 'rules explain ID' for one rule's doc."""
    ctx.obj = {"lang": lang}
    if ctx.invoked_subcommand:
        return
    from ..checklist import load_checklist
    from ..rules import load_rules

    if item:
        load_checklist().item(item)  # unknown item: clear error listing the valid ones
    for rule in load_rules().rules.values():
        if item and rule.item != item:
            continue
        click.echo(f"{rule.id:40} {rule.severity:8} {rule.message[lang]}")


@rules_group.command("explain")
@click.argument("rule_id")
@click.pass_context
def explain_command(ctx: click.Context, rule_id: str) -> None:
    """Why a rule matters, how to fix what it reports, and the library clause that satisfies it."""
    from ..checklist import load_checklist
    from ..rules import load_rules

    lang = ctx.obj["lang"]
    rule = load_rules().rule(rule_id)
    item = load_checklist().item(rule.item)
    click.echo(f"{rule.id} ({rule.severity}) — {item.title[lang]}")
    click.echo(f"  {rule.message[lang]}")
    click.echo("")
    click.echo(click.wrap_text(rule.doc[lang], initial_indent="  ", subsequent_indent="  "))
    if rule.fix:
        click.echo("")
        click.echo(f"  fix: clausekit clause show {rule.fix}")
