"""The ``clausekit`` command line.

Sub-commands live in ``clausekit.commands.*`` and are imported only when invoked,
so ``clausekit --help`` and every command pay only for what they use.
"""

from __future__ import annotations

import importlib
import signal
import sys
import threading

import click

from . import __version__
from .errors import ClauseKitError

# name -> "module:attribute" of a click.Command; add a command by adding a line.
COMMANDS = {
    "templates": "clausekit.commands.drafting:templates_command",
    "clauses": "clausekit.commands.drafting:clauses_command",
    "clause": "clausekit.commands.drafting:clause_group",
    "init": "clausekit.commands.drafting:init_command",
    "generate": "clausekit.commands.drafting:generate_command",
    "recommend": "clausekit.commands.drafting:recommend_command",
    "playbook": "clausekit.commands.playbook:playbook_command",
    "lint": "clausekit.commands.review:lint_command",
    "compare": "clausekit.commands.negotiation:compare_command",
    "rules": "clausekit.commands.review:rules_group",
    "qbr": "clausekit.commands.qbr:qbr_command",
    "serve": "clausekit.commands.serve:serve_command",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        return getattr(importlib.import_module(module_name), attribute)


@click.group(cls=LazyGroup)
@click.version_option(__version__, prog_name="clausekit")
def cli() -> None:
    """Draft and review partnership and supplier contracts, in French and English."""


class _Terminated(SystemExit):
    """SIGTERM (a CI job cancelled, a container stopped) unwinds like Ctrl-C, so that temporary
    files and folders (atomic outputs, a conversion's private folder) are removed; a SystemExit,
    so that a forked worker the pool terminates leaves quietly."""


def _terminate(_signal: int, _frame: object) -> None:
    raise _Terminated(143)


def main(argv: list[str] | None = None) -> None:
    """Entry point: user errors become one line on stderr and exit code 2."""
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        _run(argv)
    finally:
        if previous is not None:  # called in-process (tests, scripts): the caller's handler again
            signal.signal(signal.SIGTERM, previous)


def _run(argv: list[str] | None) -> None:
    try:
        # Without standalone mode click returns the callback's value (or Exit's code):
        # commands return their exit code.
        result = cli.main(args=argv, prog_name="clausekit", standalone_mode=False)
    except ClauseKitError as error:
        click.echo(f"clausekit: error: {error}", err=True)
        sys.exit(2)
    except click.exceptions.Abort as error:
        interrupted = isinstance(error.__cause__, KeyboardInterrupt)  # click turns Ctrl-C into Abort
        click.echo("clausekit: interrupted" if interrupted else "clausekit: aborted", err=True)
        sys.exit(130 if interrupted else 2)
    except click.ClickException as error:
        error.show()
        sys.exit(2 if error.exit_code in (1, 2) else error.exit_code)
    except KeyboardInterrupt:
        click.echo("clausekit: interrupted", err=True)
        sys.exit(130)
    except _Terminated:
        click.echo("clausekit: terminated", err=True)
        sys.exit(143)
    sys.exit(result if isinstance(result, int) else 0)
