"""The table of contents carries page numbers in the DOCX itself: estimated at generation,
the pages LibreOffice gave once ``--pdf`` has laid the draft out."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pypdfium2
import pytest
from docx import Document as WordDocument
from docx.enum.text import WD_BREAK

from clausekit.drafting.docx_writer import docx_bytes
from clausekit.drafting.generator import build_draft, example_answers, load_template
from clausekit.drafting.language import language
from clausekit.drafting.manifest import template_ids
from clausekit.drafting.pagination import estimate_pages, pages_in_pdf, set_page_numbers, w
from clausekit.drafting.pdf import convert_to_pdf
from clausekit.resources import data_dir

needs_libreoffice = pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")),
                                       reason="needs LibreOffice")
TEMPLATES = template_ids(data_dir("templates"))


def toc_pages(document) -> list[tuple[str, str]]:
    """(bookmark, cached page) of each PAGEREF field of the body, in order."""
    found = []
    for instruction in document.element.body.iter(w("instrText")):
        if instruction.text.strip().startswith("PAGEREF"):
            begin = instruction.getparent()
            cached = begin.getnext().getnext()  # separate, then the result
            found.append((instruction.text.split()[1], "".join(t.text or "" for t in cached.iter(w("t")))))
    return found


def bookmarked(document, text: str, name: str):
    paragraph = document.add_paragraph(text, style="Heading 1")
    start = paragraph._p.makeelement(w("bookmarkStart"), {w("id"): str(len(name)), w("name"): name})
    paragraph._p.insert(0, start)
    return paragraph


@pytest.mark.parametrize("template_id", TEMPLATES)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_entry_of_the_table_of_contents_has_a_page_number(template_id, lang):
    template = load_template(template_id)
    draft = build_draft(template, example_answers(template), lang, "preferred")
    entries = toc_pages(WordDocument(io.BytesIO(docx_bytes(draft))))
    assert [bookmark for bookmark, _ in entries] == [h.bookmark for h in draft.headings()]
    pages = [int(page) for _, page in entries]
    assert pages[0] == 3, "cover, then contents, then the first clause"
    assert pages == sorted(pages) and pages[-1] > pages[0]


def test_a_page_break_and_a_style_that_starts_a_page_move_the_headings_after_them():
    document = WordDocument()
    bookmarked(document, "First", "first")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    bookmarked(document, "Second", "second")
    third = bookmarked(document, "Third", "third")
    third.paragraph_format.page_break_before = True
    bookmarked(document, "Fourth", "fourth")
    assert estimate_pages(document) == {"first": 1, "second": 2, "third": 3, "fourth": 3}


def test_long_paragraphs_fill_pages_by_their_lines():
    document = WordDocument()
    bookmarked(document, "Opening", "opening")
    sentence = "The Supplier shall deliver the Products in accordance with the Specifications. "
    for _ in range(8):
        document.add_paragraph(sentence * 12)  # about twelve lines each at 11 pt on a Letter page
    bookmarked(document, "Closing", "closing")
    short = WordDocument()
    bookmarked(short, "Opening", "opening")
    for _ in range(8):
        short.add_paragraph(sentence)
    bookmarked(short, "Closing", "closing")
    assert estimate_pages(document)["closing"] == 3
    assert estimate_pages(short)["closing"] == 1


def heading_after_lines(count: int, keep_with_next: bool) -> int:
    """The page of a heading that follows ``count`` one-line paragraphs, and precedes a long one."""
    document = WordDocument()
    for _ in range(count):
        document.add_paragraph("A line.").paragraph_format.space_after = 0
    heading = bookmarked(document, "Heading", "heading")
    heading.paragraph_format.keep_with_next = keep_with_next
    document.add_paragraph("The Supplier shall deliver the Products on time. " * 20)
    return estimate_pages(document)["heading"]


def test_a_heading_at_the_foot_of_a_page_goes_with_its_paragraph():
    kept = {count: heading_after_lines(count, keep_with_next=True) for count in range(20, 60)}
    assert kept[20] == 1 and kept[59] == 2
    turned = min(count for count, page in kept.items() if page == 2)
    assert all(kept[count] == 2 for count in range(turned, 60))
    assert heading_after_lines(turned, keep_with_next=False) == 1, "alone, it would have fitted on page 1"


def test_set_page_numbers_replaces_an_older_cached_result():
    template = load_template("supplier_spot")
    draft = build_draft(template, example_answers(template), "en", "preferred")
    document = WordDocument(io.BytesIO(docx_bytes(draft)))
    wanted = {h.bookmark: 40 + index for index, h in enumerate(draft.headings())}
    assert set_page_numbers(document, wanted) == len(wanted)
    assert toc_pages(document) == [(bookmark, str(page)) for bookmark, page in wanted.items()]


def pdf_pages(path: Path) -> list[str]:
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return [pdf[index].get_textpage().get_text_range() for index in range(len(pdf))]
    finally:
        pdf.close()


@needs_libreoffice
def test_generate_pdf_gives_the_docx_the_pages_libreoffice_laid_out(run, tmp_path):
    answers = data_dir("templates") / "examples" / "supplier_long_term.yaml"
    code, _, err = run("generate", "supplier_long_term", "--answers", str(answers), "--lang", "en", "-o", "lt.docx",
                       "--pdf")
    assert code == 0, err
    entries = toc_pages(WordDocument(tmp_path / "lt.docx"))
    pages = pdf_pages(tmp_path / "lt.pdf")
    template = load_template("supplier_long_term")
    draft = build_draft(template, example_answers(template), "en", "preferred")
    for heading, (bookmark, page) in zip(draft.headings(), entries, strict=True):
        assert bookmark == heading.bookmark
        lines = [" ".join(line.split()) for line in pages[int(page) - 1].splitlines()]
        assert f"{heading.number}. {heading.text.upper()}" in lines, (heading.text, page)


@needs_libreoffice
@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_cover_page_holds_on_one_page_and_the_estimate_is_close(lang, tmp_path):
    notice = language(lang).labels["draft_notice"]
    for template_id in TEMPLATES:
        template = load_template(template_id)
        draft = build_draft(template, example_answers(template), lang, "preferred")
        data = docx_bytes(draft)
        (tmp_path / "d.docx").write_bytes(data)
        convert_to_pdf(tmp_path / "d.docx", tmp_path / "d.pdf", force=True)
        pages = pdf_pages(tmp_path / "d.pdf")
        assert " ".join(notice.split()) in " ".join(pages[0].split()), f"{template_id}: the cover page runs onto page 2"
        laid_out = pages_in_pdf(tmp_path / "d.pdf", [(h.bookmark, h.number, h.text) for h in draft.headings()])
        estimated = estimate_pages(WordDocument(io.BytesIO(data)))
        assert len(laid_out) == len(draft.headings())
        assert all(abs(estimated[b] - page) <= 1 for b, page in laid_out.items()), template_id
