"""Numbering gaps and duplicates: in the numbers Word computes and in numbers typed in the text."""

from __future__ import annotations

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from test_proofread_examples import proofread_file, write_contract

GAP, DUPLICATE = "proofreading.numbering-gap", "proofreading.numbering-duplicate"
_OUTLINE = f"""
<w:abstractNum {nsdecls('w')} w:abstractNumId="70">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
</w:abstractNum>"""


def word_contract(tmp_path, paragraphs, start_overrides=None):
    """Paragraphs (text, level, list) numbered by Word: list 1 counts on; list n > 1 starts where told."""
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(_OUTLINE))
    for num_id in {lst for _, _, lst in paragraphs}:
        override = (start_overrides or {}).get(num_id)
        extra = (f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{override}"/></w:lvlOverride>'
                 if override else "")
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{700 + num_id}">'
                                   f'<w:abstractNumId w:val="70"/>{extra}</w:num>'))
    for text, level, num_id in paragraphs:
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{700 + num_id}"/></w:numPr>'))
    path = tmp_path / "numbered.docx"
    document.save(path)
    return path


def numbering_findings(path, lang="en"):
    return [f for f in proofread_file(path, lang) if f.rule in (GAP, DUPLICATE)]


CLAUSES = [("Term", 0, 1), ("The agreement lasts two years.", 1, 1), ("It renews by itself.", 1, 1),
           ("Price", 0, 1), ("The price is fixed.", 1, 1)]


def test_word_numbering_that_counts_on_is_clean(tmp_path):
    assert numbering_findings(word_contract(tmp_path, CLAUSES)) == []


def test_a_list_restarted_at_a_set_value_leaves_a_gap_in_word_numbers(tmp_path):
    path = word_contract(tmp_path, [*CLAUSES, ("Notices", 0, 2), ("Notices are sent by post.", 1, 2)],
                         start_overrides={2: 4})
    found = numbering_findings(path)
    assert [(f.rule, f.location.clause, f.location.paragraph) for f in found] == [(GAP, "4", 6)]
    assert "4" in found[0].message and "2" in found[0].message


def test_a_clause_pasted_with_its_own_list_duplicates_a_word_number(tmp_path):
    path = word_contract(tmp_path, [*CLAUSES, ("Notices", 0, 2), ("Notices are sent by post.", 1, 2)],
                         start_overrides={2: 2})
    found = numbering_findings(path)
    assert [(f.rule, f.location.clause) for f in found] == [(DUPLICATE, "2")]


def test_typed_numbers_gap_and_duplicate_in_text_and_pdf(tmp_path):
    paragraphs = ["Article 1 - Objet", "Le Contrat a pour objet la fourniture de pièces.", "Article 2 - Prix",
                  "Le prix est ferme.", "2.1 Le prix est payé à trente jours.", "2.3 Il est révisé chaque année.",
                  "Article 2 - Durée", "Le Contrat dure deux ans."]
    for fmt in ("txt", "pdf"):
        found = numbering_findings(write_contract(tmp_path, paragraphs, fmt, "fr", f"typed-{fmt}"), "fr")
        assert [(f.rule, f.location.clause) for f in found] == [(GAP, "2.3"), (DUPLICATE, "2")], fmt
        assert found[0].message.startswith("L'article 2.3 suit l'article 2.1")


def test_lists_contents_annexes_and_addresses_are_not_clause_numbers(tmp_path):
    paragraphs = [
        "1. Definitions", "2. Services", "3. Fees", "4. Term",  # a table of contents
        "1. Definitions", "Words have their usual meaning.",
        "2. Services", "The supplier shall provide:", "1. the hosting of the platform;", "2. its maintenance.",
        "3. Fees", "The fees are set out in Schedule 1.", "4. Term", "This Agreement lasts one year.",
        "Schedule 1 - Fees", "1. Hosting", "The hosting fee is EUR 100 per month.", "2. Maintenance",
        "700 Dresher Road, Suite 100",
    ]
    assert numbering_findings(write_contract(tmp_path, paragraphs, "txt", "en")) == []
