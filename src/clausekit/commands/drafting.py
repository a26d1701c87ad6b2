"""Drafting commands: templates, clauses, clause show, init, generate, recommend.

Only click is imported at module level: the drafting package imports YAML, and
python-docx, docxtpl and jinja2 only when a draft is rendered, so that listing
templates or asking for help stays instant.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

LANG_HELP = "Language of the output: en or fr."
_library_option = click.option("--library", "library", metavar="DIR", default=None,
                               help="Use the clause files in DIR instead of the bundled clause library.")
_templates_option = click.option("--templates-dir", "templates", metavar="DIR", default=None,
                                 help="Use the templates in DIR instead of the bundled ones.")


def _item_clauses() -> tuple[Path, ...]:
    """The clauses of the item packages the configuration adds (``item-dirs``), found upward from here."""
    from ..checklist import load_checklist
    from ..review.ci.config import load_config

    return load_checklist(load_config().item_dirs).clause_folders


def _languages(lang: str) -> list[str]:
    """``--lang`` of generate: one language, or two distinct ones for a bilingual draft."""
    from ..errors import ClauseKitError

    languages = [code.strip() for code in lang.split(",")]
    for code in languages:
        _language(code)
    if len(languages) > 2 or len(set(languages)) != len(languages):
        raise ClauseKitError(f"--lang {lang}: give one language, or two different ones for a bilingual draft (fr,en)")
    return languages


def _language(lang: str):
    """The draft language for ``--lang`` (an unknown one is an error listing the valid ones)."""
    from ..drafting.language import language

    return language(lang)


@click.command("templates")
@click.option("--lang", default="en", show_default=True, help=LANG_HELP)
@_templates_option
def templates_command(lang: str, templates: str | None) -> int:
    """List the contract templates: id and one-line description."""
    from ..drafting.generator import templates_dir
    from ..drafting.manifest import load_manifest, template_ids

    typography = _language(lang).typography
    folder = templates_dir(templates)
    ids = template_ids(folder)
    width = max((len(i) for i in ids), default=0)
    for template_id in ids:
        click.echo(f"{template_id:<{width}}  {typography(load_manifest(folder, template_id).description[lang])}")
    return 0


@click.command("clauses")
@click.option("--item", "item", metavar="ID", default=None, help="Only the clauses that satisfy this checklist item.")
@click.option("--lang", default="en", show_default=True, help=LANG_HELP)
@_library_option
def clauses_command(item: str | None, lang: str, library: str | None) -> int:
    """List the clauses of the library: id, checklist item, title."""
    from ..checklist import load_checklist
    from ..drafting.generator import library_dirs
    from ..drafting.library import load_library
    from ..errors import ClauseKitError

    _language(lang)
    items = load_checklist().items
    if item is not None and item not in items:
        raise ClauseKitError(f"unknown checklist item {item!r}; valid: {', '.join(items)}")
    clauses = [c for c in load_library(*library_dirs(library, _item_clauses())).values()
               if item is None or item == c.item or item in c.also_satisfies]
    id_width = max((len(c.id) for c in clauses), default=0)
    item_width = max((len(c.item or "-") for c in clauses), default=0)
    for clause in clauses:
        click.echo(f"{clause.id:<{id_width}}  {clause.item or '-':<{item_width}}  {clause.title[lang]}")
    return 0


@click.group("clause")
def clause_group() -> None:
    """Look at one clause of the library."""


@clause_group.command("show")
@click.argument("clause_id", metavar="ID")
@click.option("--lang", default="en", show_default=True, help=LANG_HELP)
@click.option("--position", default=None, help="Show only this position: preferred or fallback.")
@click.option("--raw", is_flag=True, help="Print the clause texts as written (Jinja), not as they read.")
@_library_option
def show_command(clause_id: str, lang: str, position: str | None, raw: bool, library: str | None) -> int:
    """Show a clause: title, item, variables, the text of each position, the drafting note.

    The texts read as in a draft under French law, each variable shown as [its label] and
    each cross-reference as [clause: its title]; --raw prints them as written."""
    from jinja2 import TemplateError

    from ..drafting.generator import check_position, library_dirs
    from ..drafting.library import find_clause, load_library
    from ..drafting.readable import ClauseReader, plain
    from ..drafting.values import describe_constraints
    from ..errors import ClauseKitError

    _language(lang)
    clause = find_clause(library_dirs(library, _item_clauses()), clause_id)
    if position is not None:
        check_position(position)
        if position not in clause.positions:
            raise ClauseKitError(f"clause {clause_id} has no {position} position; valid: {', '.join(clause.positions)}")
    also = f" (also satisfies: {', '.join(clause.also_satisfies)})" if clause.also_satisfies else ""
    click.echo(f"{clause.id}: {clause.title[lang]}")
    click.echo(f"item: {clause.item or '- (boilerplate)'}{also}")
    if clause.summary:
        click.echo(clause.summary[lang])
    if clause.variables:
        click.echo("\nvariables:")
        for spec in clause.variables.values():
            parts = [spec.type]
            if spec.has_default:
                parts.append(f"default {_default_text(spec)}")
            if describe_constraints(spec):
                parts.append(describe_constraints(spec))
            click.echo(f"  {spec.name} ({'; '.join(parts)})")
            click.echo(f"      {spec.help[lang].strip()}")
    if clause.defines:
        click.echo("\ndefined terms: " + ", ".join(term.term[lang] for term in clause.defines.values()))
    if raw:
        def readable(text: str) -> str:
            return " ".join(text.split())
    else:
        reader = ClauseReader(load_library(*library_dirs(library, _item_clauses())), lang, defaults=False)

        def readable(text: str) -> str:
            try:
                return plain(reader.text(clause, text))
            except TemplateError as error:
                raise ClauseKitError(f"cannot render the clause: {error}", clause.path) from None
    for name in ([position] if position else list(clause.positions)):
        click.echo(f"\nposition {name}:")
        for number, paragraph in enumerate(clause.paragraphs(name, lang), 1):
            anchor = f" [{paragraph.anchor}]" if paragraph.anchor else ""
            click.echo(f"  {number}.{anchor} {readable(paragraph.text)}")
            for letter, item in enumerate(paragraph.items, 1):
                click.echo(f"      {number}.{letter} {readable(item)}")
    if clause.note:
        click.echo("\ndrafting note:")
        click.echo(f"  {' '.join(clause.note[lang].split())}")
    return 0


def _default_text(spec) -> str:
    from ..drafting.values import to_yaml

    value = to_yaml(spec.type, spec.default)
    if isinstance(value, list):
        return "; ".join(value)
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


@click.command("init")
@click.argument("template_id", metavar="TEMPLATE")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The answers file to write (YAML).")
@click.option("--lang", default="en", show_default=True, help="Language of the comments (help texts).")
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
@click.option("--example", is_flag=True,
              help="Write the template's complete fictitious example answers (templates/examples/), as they are.")
@_library_option
@_templates_option
def init_command(template_id: str, output: Path, lang: str, force: bool, example: bool, library: str | None,
                 templates: str | None) -> int:
    """Write an answers file for TEMPLATE: every variable, with its help, pre-filled with an example."""
    from ..drafting.answers import answers_file_text
    from ..drafting.generator import example_answers, load_template
    from ..errors import ClauseKitError
    from ..fileio import check_writable, write_text_atomic

    _language(lang)
    check_writable(output, force)
    template = load_template(template_id, library, templates, _item_clauses())
    if example:
        from ..drafting.generator import templates_dir

        source = templates_dir(templates) / "examples" / f"{template.manifest.id}.yaml"
        if not source.is_file():
            raise ClauseKitError(f"template {template_id} has no example answers ({source} is absent)")
        example_answers(template, templates)  # the example must be valid YAML before it is copied
        write_text_atomic(output, source.read_text(encoding="utf-8"), force)
        click.echo(f"wrote {output}: the example answers; clausekit generate {template_id} --answers {output} "
                   f"--lang {lang} -o contract.docx", err=True)
        return 0
    write_text_atomic(output, answers_file_text(template, lang, example_answers(template, templates)), force)
    click.echo(f"wrote {output}: edit it, then run: clausekit generate {template_id} --answers {output} "
               f"--lang {lang} -o contract.docx", err=True)
    return 0


@click.command("generate")
@click.argument("template_id", metavar="TEMPLATE")
@click.option("--answers", "answers_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The answers file (YAML; start from `clausekit init`).")
@click.option("--lang", required=True,
              help="Language of the draft: en or fr; fr,en (or en,fr) for a bilingual draft, the two side by "
                   "side in aligned columns, the first on the left (answer prevailing_language says which prevails).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The Word file to write (.docx).")
@click.option("--position", default="preferred", show_default=True,
              help="Wording of the checklist clauses: preferred (strongest) or fallback (compromise).")
@click.option("--pdf", is_flag=True,
              help="Also write a PDF beside the DOCX, with LibreOffice. The DOCX is written first and kept "
                   "even if the conversion fails; its table of contents then gets the PDF's page numbers.")
@click.option("--force", is_flag=True, help="Overwrite the output files if they exist.")
@click.option("--no-input", is_flag=True, help="Never ask: a missing answer takes its default, or is an error.")
@click.option("--notes", is_flag=True, help="Add each clause's drafting note (why it matters, what to concede, "
                                           "the walk-away line) as a Word comment on its heading.")
@click.option("--draft", "gaps", is_flag=True,
              help="Write a draft even if facts are missing (parties, addresses, dates...): each one becomes a "
                   "highlighted [To be completed: ...] placeholder, which `clausekit lint` reports.")
@click.option("--mark-defaults", "mark_defaults", is_flag=True,
              help="Shade in grey the figures nobody answered, left at the library's defaults (durations, amounts, "
                   "rates...), so that nobody reads them as agreed.")
@click.option("--playbook", "playbook_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="A negotiation playbook (YAML, `clausekit playbook --format yaml`): its wording and notes for "
                   "the items it lists, in place of the library's.")
@_library_option
@_templates_option
def generate_command(template_id: str, answers_path: Path | None, lang: str, output: Path, position: str,
                     pdf: bool, force: bool, no_input: bool, notes: bool, gaps: bool, library: str | None,
                     templates: str | None, playbook_path: Path | None = None, mark_defaults: bool = False) -> int:
    """Draft a contract from TEMPLATE and an answers file, as a Word document (and a PDF)."""
    from ..drafting.answers import read_answers
    from ..drafting.generator import build_draft, check_position, load_template, templates_dir
    from ..errors import AnswersError, ClauseKitError
    from ..fileio import check_writable, write_bytes_atomic

    languages = _languages(lang)
    check_position(position)
    if output.suffix.lower() != ".docx":
        raise ClauseKitError("generate writes a Word file: give -o a .docx name (--pdf adds the PDF beside it)",
                             output)
    pdf_path = output.with_suffix(".pdf")
    check_writable(output, force)
    if pdf:
        check_writable(pdf_path, force)
    playbook = None
    if playbook_path is not None:  # a user's file: checked in full before any other work
        from ..checklist import load_checklist
        from ..review.ci.config import load_config
        from ..drafting.generator import library_dirs
        from ..drafting.playbook import load_playbook

        playbook = load_playbook(playbook_path, library_dirs(library, _item_clauses()),
                                 load_checklist(load_config().item_dirs))
    template = load_template(template_id, library, templates, _item_clauses())
    if playbook is not None:
        template = playbook.apply(template)
    answers = read_answers(answers_path) if answers_path else {}
    bilingual = len(languages) == 2
    asked: list[tuple[str, str]] = []  # what the interview asked, and the answer, for the summary
    given: dict[str, object] = {}  # the same answers as an answers file writes them, for the second column
    interactive = not (no_input or not sys.stdin.isatty())
    if not bilingual:
        answers.pop("prevailing_language", None)  # said only by a bilingual draft
    elif answers.get("prevailing_language") not in languages:
        if not interactive:
            raise ClauseKitError(f"a bilingual draft needs the answer prevailing_language "
                                 f"({' or '.join(languages)}): the version that prevails in case of discrepancy",
                                 answers_path)
        answers["prevailing_language"] = _ask_prevailing_language(languages, asked)
    other = languages[1] if bilingual else None
    prompt = _terminal_prompt(languages[0], asked, given, other) if interactive else None
    try:
        draft = build_draft(template, answers, languages[0], position, prompt=prompt, source=answers_path, gaps=gaps,
                            mark_defaults=mark_defaults)
        beside = build_draft(template, {**answers, **given}, languages[1], position, source=answers_path,
                             gaps=gaps, mark_defaults=mark_defaults) if bilingual else None
    except AnswersError as error:
        where = f"{error.path}: " if error.path else ""
        click.echo(f"clausekit: error: {where}{len(error.problems)} problem(s) in the answers; nothing was written:",
                   err=True)
        for problem in error.problems:
            click.echo(f"  - {problem}", err=True)
        if not gaps and any("(rule: required)" in problem for problem in error.problems):
            click.echo("  (--draft writes a draft with the missing facts as highlighted placeholders)", err=True)
        return 2
    if asked and not _confirmed(asked, output, languages[0]):
        return 1
    from ..drafting.docx_writer import docx_bytes

    custom_skeleton = templates_dir(templates) / "skeleton.docx"
    data = docx_bytes(draft, custom_skeleton if custom_skeleton.is_file() else None, notes=notes, beside=beside)
    write_bytes_atomic(output, data, force)
    click.echo(f"wrote {output}", err=True)
    if draft.gaps:
        click.echo(f"{len(draft.gaps)} fact(s) to complete, highlighted in the draft: {', '.join(draft.gaps)}",
                   err=True)
    if pdf:
        from ..drafting.pdf import convert_to_pdf

        from ..drafting.pagination import pages_in_pdf, with_page_numbers

        convert_to_pdf(output, pdf_path, force)
        click.echo(f"wrote {pdf_path}", err=True)
        headings = [(h.bookmark, h.number, h.text) for h in draft.headings() if h.bookmark and h.number]
        pages = pages_in_pdf(pdf_path, headings)
        if pages:  # the table of contents of the DOCX gets the pages of the PDF, not an estimate
            write_bytes_atomic(output, with_page_numbers(data, pages), force=True)
    return 0


def _confirmed(asked: list[tuple[str, str]], output: Path, lang: str) -> bool:
    """The answers the interview took, one per line, then whether to write the draft with them."""
    from ..drafting.language import language

    words = language(lang).labels
    click.echo(words["answers_summary"], err=True)
    for label, answer in asked:
        click.echo(f"  - {label}: {answer}", err=True)
    if click.confirm(words["confirm_write"].format(path=output), default=True, err=True):
        return True
    click.echo(f"clausekit: {words['not_written']}", err=True)
    return False


def _ask_prevailing_language(languages: list[str], asked: list[tuple[str, str]]) -> str:
    """The version of a bilingual draft that prevails, asked in its first language."""
    from ..drafting.labels import placeholder_label
    from ..drafting.language import language

    label = placeholder_label("prevailing_language", languages[0])
    label = f"{label[:1].upper()}{label[1:]}"
    names = {code: language(code).labels["language_name"] for code in languages}
    question = f"{label} ({', '.join(f'{code}: {name}' for code, name in names.items())})"
    answer = click.prompt(question, type=click.Choice(languages), default=languages[0], err=True)
    asked.append((label, names[answer]))
    return answer


def _terminal_prompt(lang: str, asked: list[tuple[str, str]], given: dict[str, object] | None = None,
                     other_lang: str | None = None):
    """Ask for one missing answer on the terminal, in the draft's language, again until it is valid.

    The question names the fact (its label), the expected format and the help; Enter keeps the
    default, or skips an optional question; a blank answer to a required one is asked again. Each
    question and its answer go to ``asked``, for the summary before writing, and the answer, as an
    answers file writes it, to ``given``. For a bilingual draft (``other_lang``) a text is asked a
    second time, in the other language, since each column reads in its own."""
    from ..drafting.labels import placeholder_label
    from ..drafting.answers import check_value
    from ..drafting.language import language
    from ..drafting.values import TextByLanguage, to_yaml

    words = language(lang).labels

    def ask(spec):
        value = ask_once(spec)
        if other_lang and spec.type == "text" and value is not None:
            value = TextByLanguage({lang: value, other_lang: ask_once(spec, other_lang, value)})
        if given is not None and value is not None:
            given[spec.name] = to_yaml(spec.type, value)
        return value

    def ask_once(spec, in_lang: str | None = None, first_answer: str | None = None):
        """One question; with ``in_lang``, the text just typed again in that language (Enter keeps it)."""
        optional = not spec.required and not spec.has_default and not in_lang

        def convert(text):
            if text is None or not str(text).strip():
                if optional:
                    return None
                raise click.BadParameter(words["answer_required"])
            value, problems = check_value(spec, text)
            if problems:
                raise click.BadParameter("; ".join(problems))
            return value

        label = placeholder_label(spec.name, lang)
        expected = words["formats"].get(spec.type, "")
        if spec.type == "enum":
            expected = expected.format(choices=", ".join(spec.choices))
        if in_lang:  # the same text again, for the other column of a bilingual draft
            expected = words["in_language"][in_lang]
        details = ", ".join(part for part in (spec.name, expected, words["optional"] if optional else "") if part)
        label = f"{label[:1].upper()}{label[1:]}"
        question = f"{label} ({details}) - {spec.help[lang].strip()}"
        default = first_answer if in_lang else _default_text(spec) if spec.has_default else ("" if optional else None)
        value = click.prompt(question, default=default, show_default=not optional, value_proc=convert, err=True)
        shown = words["skipped"] if value is None else (value.isoformat() if hasattr(value, "isoformat") else value)
        asked.append((f"{label} ({language(in_lang).labels['language_name']})" if in_lang else label, str(shown)))
        return value

    return ask


@click.command("recommend")
@click.option("--risk", default=None, help="Risk you accept: low, moderate or high.")
@click.option("--investment", default=None, help="Investment you can make: minimal, medium or large.")
@click.option("--independence", type=float, default=None, metavar="PERCENT",
              help="Share of independence you want to keep, in percent (e.g. 90).")
@click.option("--time-to-execute", "time_to_execute", type=float, default=None, metavar="MONTHS",
              help="Months you have to get the partnership running.")
@click.option("--answers", "answers_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="A YAML file with risk, investment, independence, time_to_execute (options override it).")
@click.option("--lang", default="en", show_default=True, help=LANG_HELP)
def recommend_command(risk: str | None, investment: str | None, independence: float | None,
                      time_to_execute: float | None, answers_path: Path | None, lang: str) -> int:
    """Recommend a partnership type (affiliation, co-branding, joint venture) from the decision matrix."""
    from ..drafting.recommend import load_matrix, read_criteria, recommend

    _language(lang)
    criteria = read_criteria(answers_path) if answers_path else {}
    given = {"risk": risk, "investment": investment, "independence": independence, "time_to_execute": time_to_execute}
    criteria.update({key: value for key, value in given.items() if value is not None})
    matrix = load_matrix()
    click.echo(recommend(matrix, criteria, source=answers_path).explain(matrix, lang))
    return 0
