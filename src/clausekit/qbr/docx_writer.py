"""Lay a ``QbrKit`` out as a Word document: the contract's facts, the committee, the next review
dates, the agenda, the KPI table, the relationship-health questions, the post-mortem template
and the next-quarter action plan. The words come from ``kit.yaml``; nothing here reads a contract.
"""

from __future__ import annotations

import io
from datetime import date, timedelta

from docx import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from ..typography import NBSP, french_typography
from .model import QbrKit, Stated
from .reading import kit_data

HEADER_FILL = "D9E2F3"
HINT = RGBColor(0x59, 0x59, 0x59)
_WORD_LANGUAGE = {"en": "en-GB", "fr": "fr-FR"}



class _Words:
    """The kit's wording in one language, typeset for it."""

    def __init__(self, lang: str):
        self.lang = lang
        self.data = kit_data()
        self.labels = self.data["labels"]

    def typeset(self, text: str) -> str:
        return french_typography(text) if self.lang == "fr" else text

    def __call__(self, key: str, **values: object) -> str:
        entry = self.labels
        for part in key.split("."):
            entry = entry[part]
        text = entry[self.lang] if isinstance(entry, dict) else entry
        return self.typeset(str(text).format(**values)) if values else self.typeset(str(text))

    def columns(self, key: str) -> list[str]:
        return [self.typeset(c) for c in self.labels[key][self.lang]]

    def day(self, day: date) -> str:
        months = self.data["months"][self.lang]
        first = self.data["first_of_month"][self.lang]
        number = first if day.day == 1 else str(day.day)
        return f"{number}{NBSP}{months[day.month - 1]} {day.year}" if self.lang == "fr" else \
            f"{number} {months[day.month - 1]} {day.year}"

    def frequency(self, months: float) -> str:
        known = self.labels["frequencies"]
        key = f"{months:g}"
        if key in known:
            return self.typeset(known[key][self.lang])
        return self("frequency_other", months=f"{months:g}")

    def where(self, stated: Stated | None) -> str:
        """'clause 5.3, page 4' (the parts known), '' when nothing is."""
        if stated is None:
            return ""
        parts = []
        if stated.clause:
            parts.append(f"{self('clause')} {stated.clause}")
        if stated.page:
            parts.append(f"{self('page')} {stated.page}")
        return ", ".join(parts)

    def clock(self, minutes: int) -> str:
        hours, rest = divmod(minutes, 60)
        return f"{hours}{NBSP}h{NBSP}{rest:02d}" if self.lang == "fr" else f"{hours}:{rest:02d}"


# ---- Word helpers -----------------------------------------------------------------------------

def _shade(cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _keep_row_together(row) -> None:
    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))


def _write(cell, text: str, bold: bool = False, hint: str | None = None) -> None:
    paragraph = cell.paragraphs[0]
    run = paragraph.add_run(text)
    run.bold = bold
    if hint:
        extra = cell.add_paragraph()
        hint_run = extra.add_run(hint)
        hint_run.italic = True
        hint_run.font.size = Pt(8.5)
        hint_run.font.color.rgb = HINT


def _table(document, columns: list[str], widths: list[float], rows: list[list[str]],
           height: float | None = None, bold_first: bool = False):
    table = document.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    header = table.rows[0]
    _repeat_header(header)
    for cell, title in zip(header.cells, columns):
        _write(cell, title, bold=True)
        _shade(cell, HEADER_FILL)
    for values in rows:
        row = table.add_row()
        _keep_row_together(row)
        if height:
            row.height = Cm(height)
        for index, (cell, value) in enumerate(zip(row.cells, values)):
            _write(cell, value, bold=bold_first and index == 0)
    _widths(table, widths)
    return table


def _facts(document, rows: list[tuple[str, str]], widths: tuple[float, float] = (4.5, 12.5),
           hints: list[str] | None = None, height: float | None = None):
    """A two-column table whose shaded first column labels each row (with a hint under it, if given)."""
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.autofit = False
    for index, (label, value) in enumerate(rows):
        row = table.add_row()
        _keep_row_together(row)
        if height:
            row.height = Cm(height)
        _write(row.cells[0], label, bold=True, hint=hints[index] if hints else None)
        _shade(row.cells[0], HEADER_FILL)
        lines = value.split("\n")
        _write(row.cells[1], lines[0])
        for line in lines[1:]:
            row.cells[1].add_paragraph(line)
    _widths(table, list(widths))
    return table


def _keep_together(table) -> None:
    """The table on one page: every paragraph but the last row's keeps with the next."""
    for row in table.rows[:-1]:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True


def _widths(table, widths: list[float]) -> None:
    """Column widths in the grid (what LibreOffice lays out) and in every cell (what Word does)."""
    for column, width in zip(table.columns, widths):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = Cm(width)


def _note(document, text: str) -> None:
    paragraph = document.add_paragraph()
    run = paragraph.add_run(text)
    run.italic = True
    run.font.color.rgb = HINT


def _styles(document, lang: str) -> None:
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(4)
    fonts = normal.element.get_or_add_rPr()
    fonts_element = fonts.find(qn("w:rFonts"))
    if fonts_element is None:
        fonts_element = OxmlElement("w:rFonts")
        fonts.append(fonts_element)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts_element.set(qn(attribute), "Arial")
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), _WORD_LANGUAGE[lang])
    fonts.append(language)
    for name, size in (("Title", 22), ("Heading 1", 14), ("Heading 2", 11.5)):
        style = document.styles[name]
        style.font.name = "Arial"
        style.font.size = Pt(size)
        style.paragraph_format.keep_with_next = True
    document.styles["Heading 1"].paragraph_format.space_before = Pt(16)
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(2)


# ---- the kit --------------------------------------------------------------------------------

def kit_docx(kit: QbrKit) -> bytes:
    """The kit as the bytes of a .docx file."""
    words = _Words(kit.lang)
    t = words.typeset
    not_stated = words("not_stated")
    document = WordDocument()
    _styles(document, kit.lang)
    document.core_properties.title = words("title")
    document.core_properties.language = _WORD_LANGUAGE[kit.lang]

    document.add_paragraph(words("title"), style="Title")
    contract = f"{kit.contract} ({t(kit.title)})" if kit.title else kit.contract
    subtitle = document.add_paragraph()
    subtitle.add_run(words("subtitle", contract=contract))
    if kit.parties:
        names = document.add_paragraph()
        names.add_run(" — ".join(t(p) for p in kit.parties)).bold = True

    # The contract
    document.add_heading(words("contract_heading"), level=1)
    if kit.governance_clause is not None:
        where = f"{words('clause')} {kit.governance_clause.clause} — " if kit.governance_clause.clause else ""
        page = f", {words('page')} {kit.governance_clause.page}" if kit.governance_clause.page else ""
        governance = f"{where}{t(kit.governance_clause.text)}{page} ({words('governance_status.' + kit.governance_status)})"
    else:
        governance = words("governance_missing")
    effective = not_stated
    if kit.effective_date is not None:
        where = words.where(kit.effective_stated)
        effective = words.day(kit.effective_date) + (f" ({where})" if where else "")
    _facts(document, [
        (words("parties"), "\n".join(t(p) for p in kit.parties) if kit.parties else not_stated),
        (words("contract"), contract),
        (words("governance_clause"), governance),
        (words("effective_date"), effective),
    ])
    if kit.governance_findings:
        document.add_paragraph(words("findings"))
        for message in kit.governance_findings:
            document.add_paragraph(t(message), style="List Bullet")

    # The committee
    document.add_heading(words("committee_heading"), level=1)
    committee = not_stated
    if kit.committee_name is not None:
        where = words.where(kit.committee_name)
        committee = t(kit.committee_name.text) + (f" ({where})" if where else "")
    members = not_stated
    if kit.members_per_party:
        total = kit.members_total or "?"
        members = words("members_per_party", count=kit.members_per_party, total=total)
    elif kit.members_total:
        members = words("members_total", total=kit.members_total)
    if kit.members_stated is not None and kit.members_stated.clause and members != not_stated:
        members += f" ({words.where(kit.members_stated)})"
    managers = "\n".join(f"{m.party}: {m.name}" for m in kit.managers)
    frequency = not_stated
    if kit.frequency is not None:
        frequency = words("frequency_as_stated", frequency=words.frequency(kit.frequency.months),
                          text=kit.frequency.stated.text, where=words.where(kit.frequency.stated) or "—")
    _facts(document, [
        (words("committee"), committee),
        (words("members"), members),
        (words("managers"), t(managers) if managers else words("not_named")),
        (words("frequency"), frequency),
    ])
    _attendance(document, kit, words)

    # Next reviews
    document.add_heading(words("dates_heading"), level=1)
    columns = words.columns("dates_columns")
    if kit.reviews and kit.effective_date and kit.frequency:
        _note(document, words("dates_note", effective=words.day(kit.effective_date),
                              frequency=words.frequency(kit.frequency.months), start=words.day(kit.start)))
        rows = [[str(number), words.day(review.day),
                 words("period", start=words.day(review.since), end=words.day(review.day - timedelta(days=1)))]
                for number, review in enumerate(kit.reviews, start=1)]
        _table(document, columns, [1.5, 5, 10.5], rows, bold_first=False)
        if round(kit.frequency.months) != 3:
            _note(document, words("dates_not_quarterly", frequency=words.frequency(kit.frequency.months)))
    else:
        what = "dates_missing_both" if not kit.effective_date and not kit.frequency else \
            "dates_missing_date" if not kit.effective_date else "dates_missing_frequency"
        _note(document, words("dates_missing", what=words(what), not_stated=not_stated))
        _table(document, columns, [1.5, 5, 10.5], [[str(n), "", ""] for n in range(1, 5)], height=0.8)

    # Agenda
    document.add_heading(words("agenda_heading", total=kit.agenda_minutes), level=1)
    rows, elapsed = [], 0
    for block in kit.agenda:
        rows.append([f"{words.clock(elapsed)} – {words.clock(elapsed + block.minutes)}", t(block.title),
                     str(block.minutes), t(block.prepare)])
        elapsed += block.minutes
    table = _table(document, words.columns("agenda_columns"), [3.1, 4.4, 1.6, 7.9], rows)
    total = table.add_row()
    _write(total.cells[1], words("total"), bold=True)
    _write(total.cells[2], str(kit.agenda_minutes), bold=True)
    _widths(table, [2.7, 4.3, 2.1, 7.9])
    for row in table.rows[1:]:
        row.cells[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    # KPIs
    document.add_heading(words("kpi_heading"), level=1)
    kpi_columns = words.columns("kpi_columns")
    kpi_widths = [3.8, 2.6, 5, 1.6, 2, 2]
    if kit.kpis:
        _note(document, words("kpi_note"))
        rows = [[t(k.name) if k.name else words(f"kpi_kinds.{k.kind}"),
                 f"{words(f'kpi_kinds.{k.kind}')} · {words(f'kpi_types.{k.type}')}",
                 t(k.target), k.clause or "", "", ""] for k in kit.kpis]
        _table(document, kpi_columns, kpi_widths, rows)
    else:
        _note(document, words("kpi_none"))
        _table(document, kpi_columns, kpi_widths, [[""] * 6 for _ in range(4)], height=0.8)

    # Relationship health
    document.add_heading(words("health_heading"), level=1)
    _note(document, words("health_note"))
    questions = [t(q) for q in kit_data()["health_questions"][kit.lang]]
    if len(kit.parties) >= 2:
        columns = [words.columns("health_columns")[0], *(t(p) for p in kit.parties)]
        share = 9.0 / len(kit.parties)
        _table(document, columns, [8.0] + [share] * len(kit.parties),
               [[q] + [""] * len(kit.parties) for q in questions], height=1.6)
    else:
        _table(document, words.columns("health_columns"), [8.0, 9.0], [[q, ""] for q in questions], height=1.6)

    # Post-mortem
    document.add_heading(words("post_mortem_heading"), level=1)
    _note(document, words("post_mortem_note"))
    prompts = kit_data()["post_mortem"][kit.lang]
    for number in (1, 2):
        document.add_heading(words("blocker", number=number), level=2)
        table = _facts(document, [(t(prompt), "") for prompt, _ in prompts], (5.5, 11.5),
                       hints=[t(hint) for _, hint in prompts], height=2.2)
        _keep_together(table)

    # Next-quarter action plan
    document.add_heading(words("actions_heading"), level=1)
    _note(document, words("actions_note"))
    rows = [[str(n), "", "", ""] for n in range(1, int(kit_data()["action_rows"]) + 1)]
    _table(document, words.columns("actions_columns"), [1.2, 9.3, 3.5, 3], rows, height=1.1)

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _attendance(document, kit: QbrKit, words: _Words) -> None:
    document.add_heading(words("attendance_heading"), level=2)
    t = words.typeset
    parties = list(kit.parties) or [words("party_unknown")] * 2
    per_party = kit.members_per_party
    if not per_party and kit.members_total and len(parties) >= 2 and kit.members_total % len(parties) == 0:
        per_party = kit.members_total // len(parties)
    _note(document, words("attendance_note") if per_party else words("attendance_unknown"))
    managers = {m.party: m.name for m in kit.managers}
    rows = []
    for party in parties:
        for seat in range(per_party or 2):
            named = managers.get(party) if seat == 0 else None
            rows.append([t(party), t(named) if named else "", words("manager_role") if named else "", "☐"])
    table = _table(document, words.columns("attendance_columns"), [4.5, 6, 4.5, 2], rows, height=0.7)
    for row in table.rows[1:]:
        row.cells[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
