"""The negotiation playbook as a Word document a negotiating team can share.

A title page (title, scope, source, how to read it), then per checklist item a level-1
heading and six level-2 parts: why it matters, what makes it strong (item.yaml), the
preferred and the fallback position as they read (``readable.ClauseReader``: default
values and facts to complete highlighted), what can be conceded and the walk-away line
(the drafting note split by ``playbook.split_note``). Only Word's built-in styles are
used (Title, Subtitle, Heading 1 and 2, List Bullet), so the document takes a company's
own look when its styles are applied.
"""

from __future__ import annotations

from io import BytesIO
from string import ascii_lowercase

from ..checklist import Checklist
from .docx_writer import LANGUAGE_TAGS, set_language
from .language import language
from .library import Clause, SourceParagraph
from .playbook import Playbook, split_note, words
from .readable import ClauseReader, ReadableParagraph, pieces

_INDENT_CM = 0.75


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def playbook_docx(playbook: Playbook, clauses: dict[str, Clause], checklist: Checklist, lang: str,
                  profile: str | None = None, source: str | None = None) -> bytes:
    """The Word file of ``playbook`` (every item it has, in its order) in ``lang``; ``source``: the
    name of the playbook file it comes from (None: the library)."""
    import docx
    from docx.enum.text import WD_BREAK

    text_of = words(lang)
    typography = language(lang).typography
    reader = ClauseReader(clauses, lang)
    document = docx.Document()
    document.add_paragraph(text_of["title"], style="Title")
    document.add_paragraph(typography(text_of["subtitle"][profile or "all"]), style="Subtitle")
    origin = text_of["source"]["playbook"].format(name=source) if source else text_of["source"]["library"]
    document.add_paragraph(typography(origin))
    legend = document.add_paragraph(typography(" ".join(text_of["legend"].split())))
    legend.add_run().add_break(WD_BREAK.PAGE)
    parts = text_of["parts"]
    for index, (item_id, entry) in enumerate(playbook.items.items()):
        item = checklist.items[item_id]
        clause = clauses[entry.clause_id]
        heading = document.add_heading(typography(entry.title.get(lang) or item.title[lang]), level=1)
        heading.paragraph_format.page_break_before = index > 0
        note = split_note(entry.note.get(lang, ""), lang)
        walk_away = entry.walk_away.get(lang) or note.walk_away
        document.add_heading(parts["why"], level=2)
        document.add_paragraph(typography(item.why[lang]))
        if note.why:
            document.add_paragraph(typography(_capitalised(note.why)))
        if item.elements:
            document.add_heading(parts["elements"], level=2)
            for element in item.elements.values():
                document.add_paragraph(typography(_capitalised(element[lang])), style="List Bullet")
        for position in ("preferred", "fallback"):
            paragraphs = entry.positions.get(position, {}).get(lang)
            if paragraphs is None:
                continue
            document.add_heading(parts[position], level=2)
            preferred = entry.positions.get("preferred", {}).get(lang)
            if position == "fallback" and preferred is not None:
                changed = changed_paragraphs(preferred, paragraphs)
                wording = text_of["fallback_changes"]["one" if len(changed) == 1 else "many"]
                comparison = wording.format(numbers=language(lang).join(changed)) if changed else text_of["fallback_same"]
                line = document.add_paragraph()
                line.paragraph_format.keep_with_next = True
                line.add_run(typography(comparison)).italic = True
            _position(document, reader.paragraphs(clause, paragraphs))
        if note.conceded:
            document.add_heading(parts["conceded"], level=2)
            document.add_paragraph(typography(_capitalised(note.conceded)))
        if walk_away:
            document.add_heading(parts["walk_away"], level=2)
            document.add_paragraph().add_run(typography(_capitalised(walk_away))).bold = True
    _properties(document, text_of["title"], lang)
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def changed_paragraphs(preferred: tuple[SourceParagraph, ...], fallback: tuple[SourceParagraph, ...]) -> list[str]:
    """The numbers (1, 2...) of the fallback's paragraphs whose wording is not the preferred one's:
    the preferred paragraph with the same id, else at the same place."""
    def words(paragraph: SourceParagraph) -> tuple[str, ...]:
        return tuple(" ".join(text.split()) for text in (paragraph.text, *paragraph.items))

    by_anchor = {paragraph.anchor: paragraph for paragraph in preferred if paragraph.anchor}
    changed = []
    for index, paragraph in enumerate(fallback):
        counterpart = by_anchor.get(paragraph.anchor) if paragraph.anchor else None
        if counterpart is None and not paragraph.anchor and index < len(preferred):
            counterpart = preferred[index]
        if counterpart is None or words(counterpart) != words(paragraph):
            changed.append(str(index + 1))
    return changed


def _position(document, paragraphs: list[ReadableParagraph]) -> None:
    """A position's paragraphs numbered 1., 2. and their items (a), (b), with hanging indents."""
    from docx.enum.text import WD_COLOR_INDEX
    from docx.shared import Cm

    number = letter = 0
    for paragraph in paragraphs:
        if paragraph.kind == "paragraph":
            number, letter = number + 1, 0
            label, level = f"{number}.", 1
        else:
            label, level = f"({ascii_lowercase[letter % 26]})", 2
            letter += 1
        written = document.add_paragraph()
        written.paragraph_format.left_indent = Cm(_INDENT_CM * level)
        written.paragraph_format.first_line_indent = Cm(-_INDENT_CM)
        written.paragraph_format.tab_stops.add_tab_stop(Cm(_INDENT_CM * level))
        written.add_run(f"{label}\t")
        for piece, highlighted in pieces(paragraph.text):
            run = written.add_run(piece)
            if highlighted:
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _properties(document, title: str, lang: str) -> None:
    """Title, author and proofing language, so that Word spell-checks in the playbook's language."""
    properties = document.core_properties
    properties.title = title
    properties.author = "clausekit"
    properties.language = LANGUAGE_TAGS[lang]
    set_language(document, lang)
