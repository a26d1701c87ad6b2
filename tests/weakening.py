"""A generated draft with one checklist clause replaced by a weakened variant
(items/<id>/weakened.yaml): what the round-trip and the redline tests start from."""

from __future__ import annotations

import copy

from docx.text.paragraph import Paragraph


def _normal(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split()).casefold()


def clause_span(document, title: str) -> tuple[int, int]:
    """Paragraph indices [start, end) of the clause whose heading is ``title``."""
    paragraphs = document.paragraphs
    start = next(i for i, p in enumerate(paragraphs) if _normal(p.text) == _normal(title))
    heading_style = paragraphs[start].style.name
    end = next((i for i in range(start + 1, len(paragraphs)) if paragraphs[i].style.name == heading_style
                or paragraphs[i]._p.xpath("./w:pPr/w:sectPr")), len(paragraphs))
    return start, end


def weakened_draft(document, title: str, variant: dict, lang: str):
    """``document`` (a python-docx draft) with the clause headed ``title`` rewritten as ``variant``."""
    start, end = clause_span(document, title)
    body = document.paragraphs[start + 1:end]
    model = body[0]._p
    for paragraph in body:
        paragraph._p.getparent().remove(paragraph._p)
    heading = document.paragraphs[start]
    for run in heading.runs[1:]:
        run._r.getparent().remove(run._r)
    heading.runs[0].text = variant["title"][lang]  # a heading such as "Bonus and Malus" would state an element
    anchor = heading._p
    for text in reversed(variant[lang]):
        new = copy.deepcopy(model)
        for child in list(new):
            if child.tag.endswith("}r") or child.tag.endswith("}hyperlink") or child.tag.endswith("}fldSimple"):
                new.remove(child)
        anchor.addnext(new)
        Paragraph(new, document.paragraphs[start]._parent).add_run(text)
    return document
