"""The readers on real files: DOCX and PDF built here, text in several encodings, and corpus files."""

from __future__ import annotations

import codecs
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from clausekit.review.read import read_document

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not beside the checkout")


def numbered(document) -> dict[str, str | None]:
    return {p.text: p.number for p in document.paragraphs}


# ---------------------------------------------------------------- DOCX

def test_docx_clause_numbers_follow_words_numbering_engine(readers_contract_docx):
    assert docx.Document(readers_contract_docx).paragraphs[1].text == "Definitions"  # a file Word tools reopen
    numbers = numbered(read_document(readers_contract_docx))
    assert numbers["Definitions"] == "1"
    assert numbers["Terms have the meaning given here."] == "1.1"
    assert numbers["The Services are described in the schedule."] == "1.2"
    assert numbers["first limb of the definition;"] == "1.2(a)"
    assert numbers["second limb of the definition."] == "1.2(b)"
    assert numbers["A bullet point, not a clause."] is None
    assert numbers["Term"] == "2"
    assert numbers["The term is five years."] == "2.1"  # level 1 restarted under clause 2
    assert numbers["Price"] == "3"  # a plain paragraph in between does not break the count


def test_docx_start_override_restarts_a_second_list(readers_contract_docx):
    numbers = numbered(read_document(readers_contract_docx))
    assert numbers["Exit"] == "7"
    assert numbers["Transition assistance applies."] == "7.1"
    assert numbers["Data is returned."] == "7.2"
    assert numbers["in a standard format;"] == "7.2(a)"


def test_docx_headings_from_style_names_and_inheritance(readers_contract_docx):
    sections = {s.heading: s for s in read_document(readers_contract_docx).sections}
    assert (sections["Definitions"].level, sections["Definitions"].number) == (1, "1")
    assert (sections["Term"].level, sections["Term"].number) == (1, "2")  # style based on Heading 1
    assert sections["Données et réversibilité"].level == 2  # "Titre 2", as a French Word names it
    assert (sections["Exit"].level, sections["Exit"].number) == (1, "7")
    misused = next(p for p in read_document(readers_contract_docx).paragraphs if p.text.startswith("Heading style"))
    assert not misused.is_heading  # a whole clause typed in a heading style stays a clause


def test_docx_text_accepts_changes_and_ignores_comments(readers_contract_docx):
    document = read_document(readers_contract_docx)
    assert "The term is five years." in document.text
    assert "three" not in document.text
    assert "SECRET COMMENT TEXT" not in document.text
    assert "Either party may renew by notice." in document.text
    assert "Price: EUR 100\nper unit" in document.text  # w:tab -> space, w:br -> line break


def test_docx_tables_are_read_in_body_order_and_navigation_is_dropped(readers_contract_docx):
    texts = [p.text for p in read_document(readers_contract_docx).paragraphs]
    cells = ["Service level", "99.9 %", "Credit", "5 % per hour"]
    start = texts.index("Service level")
    assert texts[start:start + 4] == cells
    assert texts.index("in a standard format;") < start
    paragraphs = read_document(readers_contract_docx).paragraphs
    assert not any(p.is_heading for p in paragraphs[start:start + 4])
    assert "1. Definitions" not in texts  # a typed table-of-contents line


def test_docx_numbering_inherited_from_the_heading_style(tmp_path):
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="70">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:pStyle w:val="Heading1"/>'
        '<w:lvlText w:val="Article %1"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/><w:pStyle w:val="Heading2"/>'
        '<w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="700"><w:abstractNumId w:val="70"/></w:num>'))
    for style in ("Heading 1", "Heading 2"):
        document.styles[style].element.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="700"/></w:numPr>'))
    for style, text in (("Heading 1", "Purpose"), ("Heading 1", "Term"), ("Heading 2", "Renewal"),
                        ("Heading 1", "Exit")):
        document.add_paragraph(text, style=style)
    path = tmp_path / "styled.docx"
    document.save(path)
    sections = [(s.number, s.heading, s.level) for s in read_document(path).sections]
    # Roman article numbers; isLgl shows the parent as decimal in the sub-level: "2.1", not "II.1".
    assert sections == [("I", "Purpose", 1), ("II", "Term", 1), ("2.1", "Renewal", 2), ("III", "Exit", 1)]


def test_docx_deleted_paragraph_mark_moves_and_hidden_text(readers_docx_package, readers_body_xml):
    body = readers_body_xml(
        '<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr>'
        '<w:r><w:t xml:space="preserve">The Supplier shall </w:t></w:r></w:p>'
        '<w:p><w:r><w:t>deliver on time.</w:t></w:r></w:p>'
        '<w:p><w:moveFrom w:id="2" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t>Moved away.</w:t></w:r>'
        '</w:moveFrom><w:r><w:t xml:space="preserve">Kept </w:t></w:r>'
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden </w:t></w:r>'
        '<w:sdt><w:sdtContent><w:r><w:t>in a content control</w:t></w:r></w:sdtContent></w:sdt>'
        '<w:moveTo w:id="3" w:author="A" w:date="2024-01-01T00:00:00Z">'
        '<w:r><w:t xml:space="preserve"> and moved here.</w:t></w:r></w:moveTo></w:p>')
    texts = [p.text for p in read_document(readers_docx_package(body, "changes.docx")).paragraphs]
    assert texts == ["The Supplier shall deliver on time.", "Kept in a content control and moved here."]


# ---------------------------------------------------------------- PDF

def test_pdf_drops_running_headers_and_page_numbers(readers_layout_pdf):
    document = read_document(readers_layout_pdf)
    assert document.pages == 3
    assert "ACME SUPPLY AGREEMENT" not in document.text
    assert "Page 1 of 3" not in document.text and "Page 3" not in document.text


def test_pdf_rebuilds_paragraphs_and_mends_hyphenation(readers_layout_pdf):
    document = read_document(readers_layout_pdf)
    texts = [p.text for p in document.paragraphs]
    assert ("The supplier may terminate this agreement for convenience on ninety days notice, and the "
            "termination takes effect at the end of a month. The co-branding programme ends at the same time."
            in texts)
    over_page_break = next(p for p in document.paragraphs if p.text.startswith("This agreement starts"))
    assert over_page_break.text.endswith("for an initial period of three years from that date.")
    assert over_page_break.page == 1
    assert "Each party is liable for the direct damage it causes to the other party." in texts
    assert texts[-1] == ("The total liability of a party is capped at the fees paid "
                         "during the twelve months before the claim.")


def test_pdf_keeps_pages_and_typed_headings(readers_layout_pdf):
    document = read_document(readers_layout_pdf)
    headings = [(s.number, s.heading, s.paragraphs[0].page) for s in document.sections]
    assert headings == [("1", "DEFINITIONS", 1), ("2", "TERM", 1), ("3", "PRICE", 2), ("4", "LIABILITY", 3)]
    price = document.text.index("The price is fixed")
    assert document.location_at(price).page == 2
    assert document.location_at(price).clause == "3"


# ---------------------------------------------------------------- text and Markdown

HARD_WRAPPED = """ARTICLE 1 - OBJET

Le présent contrat définit les conditions dans lesquelles le
Prestataire fournit les services au Client.

ARTICLE 2 - DURÉE
Le contrat est conclu pour une durée de trois ans à compter de sa
signature.
    Il se renouvelle ensuite par tacite reconduction pour des
périodes d'un an, sauf dénonciation avec un préavis de trois mois.
"""


def test_text_paragraphs_keep_their_first_line(tmp_path):
    path = tmp_path / "contrat.txt"
    path.write_text(HARD_WRAPPED, encoding="utf-8")
    document = read_document(path)
    by_text = {p.text.split("\n")[0]: p for p in document.paragraphs}
    assert by_text["ARTICLE 1 - OBJET"].line == 1
    assert by_text["Le présent contrat définit les conditions dans lesquelles le"].line == 3
    assert by_text["ARTICLE 2 - DURÉE"].line == 6
    assert by_text["Le contrat est conclu pour une durée de trois ans à compter de sa"].line == 7
    renewal = by_text["Il se renouvelle ensuite par tacite reconduction pour des"]
    assert renewal.line == 9  # the first-line indent opened a paragraph, and was stripped
    assert document.location_at(document.text.index("périodes")).line == 10
    assert [(s.number, s.heading) for s in document.sections] == [("1", "OBJET"), ("2", "DURÉE")]


@pytest.mark.parametrize("encoding, with_bom", [
    ("utf-8", True), ("utf-16-le", True), ("utf-16-be", True), ("utf-16-le", False), ("utf-16-be", False),
    ("cp1252", False),
])
def test_text_encodings(tmp_path, encoding, with_bom):
    text = "Clause 1 – Pénalités\n\nLe Prestataire s’engage à payer 100 € par jour de retard.\n"
    bom = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}
    path = tmp_path / "penalites.txt"
    path.write_bytes((bom[encoding] if with_bom else b"") + text.encode(encoding))
    document = read_document(path)
    assert [p.text for p in document.paragraphs] == [
        "Clause 1 – Pénalités", "Le Prestataire s’engage à payer 100 € par jour de retard."]
    assert document.paragraphs[1].line == 3


def test_text_with_a_paragraph_per_line_splits_flattened_pages(tmp_path):
    long_clause = "The Supplier shall deliver the Products within thirty days of each order " * 3
    path = tmp_path / "export.txt"
    path.write_text(f"EXHIBIT 10.1\n\n   {long_clause.strip()}.     2. TERM   This Agreement lasts five years.\n"
                    f"{long_clause.strip()}\n\n7\n", encoding="utf-8")
    document = read_document(path)
    texts = [p.text for p in document.paragraphs]
    assert texts[1] == long_clause.strip() + "."
    assert texts[2:4] == ["2. TERM", "This Agreement lasts five years."]  # split where the page broke lines
    assert [p.line for p in document.paragraphs] == [1, 3, 3, 3, 4]
    assert "7" not in texts  # a page number left by the extraction


MARKDOWN = """---
title: Contrat de partenariat
---

# Contrat de **partenariat**

<!-- a note
for the editors -->
- [1. Objet](#objet)
- [2. Durée](#duree)

## Article 1 : Objet

Les Parties *coopèrent* pour le [programme pilote](https://example.org/pilote)
et s'engagent à l'\\*exclusivité\\* ![logo](logo.png).

1. Premier livrable : `rapport`
2. Second livrable

| Indicateur | Cible |
|---|---|
| Disponibilité | 99,9 % |

Gouvernance
-----------

Un __comité__ de pilotage se réunit chaque mois.
"""


def test_markdown_structure(tmp_path):
    path = tmp_path / "contrat.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    document = read_document(path)
    paragraphs = [(p.text, p.line, p.number, p.is_heading) for p in document.paragraphs]
    assert paragraphs == [
        ("Contrat de partenariat", 5, None, True),
        ("Article 1 : Objet", 12, "1", True),
        ("Les Parties coopèrent pour le programme pilote\net s'engagent à l'*exclusivité* .", 14, None, False),
        ("Premier livrable : rapport", 17, "1", False),
        ("Second livrable", 18, "2", False),
        ("Indicateur | Cible", 20, None, False),
        ("Disponibilité | 99,9 %", 22, None, False),
        ("Gouvernance", 24, None, True),
        ("Un comité de pilotage se réunit chaque mois.", 27, None, False),
    ]
    assert [(s.level, s.number, s.heading) for s in document.sections] == [
        (1, None, "Contrat de partenariat"), (2, "1", "Objet"), (2, None, "Gouvernance")]
    assert document.location_at(document.text.index("et s'engagent")).line == 15


# ---------------------------------------------------------------- the corpus

@needs_corpus
def test_corpus_docx_numbered_headings():
    document = read_document(CORPUS / "fr" / "sla_iaas.docx")
    sections = {s.heading: s.number for s in document.sections}
    assert sections["Glossaire"] == "3.2"
    assert sections["Audit"] == "6"
    assert sections["Infrastructures Datacenters"] == "7.2.1"


@needs_corpus
def test_corpus_docx_numbers_match_the_documents_own_cross_references():
    # The cover page cites "Section 11 (Confidentiality)"; an empty section-break paragraph must not count.
    document = read_document(CORPUS / "en" / "common-paper-partnership-agreement.docx")
    assert {s.heading: s.number for s in document.sections}["Confidentiality"] == "11"


@needs_corpus
def test_corpus_pdf_sections_pages_and_no_running_footer():
    name = "LegacyEducationAllianceInc_20200330_10-K_EX-10.18_12090678_EX-10.18_Development Agreement.pdf"
    document = read_document(CORPUS / "cuad" / "pdf" / name)
    assert document.pages == 18
    confidentiality = next(s for s in document.sections if s.heading == "Confidentiality")
    assert (confidentiality.number, confidentiality.paragraphs[0].page) == ("8", 6)
    assert "Source: LEGACY EDUCATION ALLIANCE" not in document.text


@needs_corpus
def test_corpus_french_pdf_keeps_real_hyphens():
    document = read_document(CORPUS / "fr" / "CT.AM.JUR.CGVU_Conditions_Generales_de_Vente_et_dUtilisation_v1.pdf")
    assert "quarante-huit (48) heures" in document.text
    assert "sous-traitance" in document.text


@needs_corpus
def test_corpus_cuad_text_lines():
    document = read_document(CORPUS / "cuad" / "SIBANNAC,INC_12_04_2017-EX-2.1-Strategic Alliance Agreement.txt")
    assignment = next(p for p in document.paragraphs if p.text.startswith("12) Assignment"))
    assert assignment.line == 31
    assert assignment.text.endswith("without the prior written consent of the other party.")


@needs_corpus
def test_corpus_markdown_articles():
    document = read_document(CORPUS / "fr" / "dpa.md")
    sections = {s.heading: s for s in document.sections}
    assert sections["Obligations du Sous-traitant"].number == "4"
    assert sections["Obligations du Sous-traitant"].paragraphs[0].line == 33
    assert sections["Traitement conforme aux instructions et limitation des accès"].number == "4.1"
    assert not any(p.text.startswith(("---", "title:", ":::")) for p in document.paragraphs)


def test_plain_unnumbered_titles_in_text_open_sections(tmp_path):
    """'Pilot Outlet' on a line of its own is a title; a sentence, an address or a list item is not."""
    path = tmp_path / "contract.txt"
    path.write_text("NETWORK AGREEMENT\n\nPilot Outlet\n\nThe Member shall open a first outlet.\n\n"
                    "Ending the Membership\n\nEither party may terminate this Agreement.\n\n"
                    "12 rue de la Paix\n\n1. Fees\n\nThe fees are payable monthly.\n\n"
                    "(a) Deliverables\n", encoding="utf-8")
    document = read_document(path)
    assert [s.heading for s in document.sections] == ["NETWORK AGREEMENT", "Pilot Outlet", "Ending the Membership",
                                                      "Fees"]


def test_a_numbered_label_and_value_is_a_list_item_not_a_heading(tmp_path):
    path = tmp_path / "annex.txt"
    path.write_text("ANNEX A - PILOT KPIS\n\nThe following Pilot KPIs apply.\n\n1. Qualified referrals: at least 30.\n\n"
                    "2. Conversion rate: at least 20%.\n\n3.2 Definitions: In this Agreement the following words have "
                    "the meanings given below.\n", encoding="utf-8")
    document = read_document(path)
    assert [s.heading for s in document.sections] == ["ANNEX A - PILOT KPIS", "Definitions"]


def test_a_table_of_contents_names_clauses_without_being_their_headings(tmp_path):
    """A contents line ("Effect of Termination ..... 19", or entries run together) is no heading: the
    clauses it names stand later, under their own headings."""
    path = tmp_path / "agreement.txt"
    path.write_text("TABLE OF CONTENTS\n\nSection 6.01 Termination 19 Section 6.02 Notice of Termination 19 "
                    "Section 6.03 Effect of Termination 19\n\nConfidentiality ........ 21\n\n"
                    "Section 6.03 Effect of Termination\n\nUpon termination, each Party shall return the other "
                    "Party's materials.\n", encoding="utf-8")
    document = read_document(path)
    assert [s.heading for s in document.sections] == ["TABLE OF CONTENTS", "Effect of Termination"]


def test_an_unnumbered_bold_run_in_title_heads_its_paragraph_in_markdown(tmp_path):
    path = tmp_path / "alliance.md"
    path.write_text("# Alliance Agreement\n\n**Pilot.** The Products are first offered during a Pilot of four "
                    "months.\n\n**6.4 Return.** On termination the data is returned.\n\nA **bold** word inside.\n",
                    encoding="utf-8")
    document = read_document(path)
    pilot = next(s for s in document.sections if s.heading == "Pilot")
    assert [p.text for p in pilot.paragraphs][-1] == "The Products are first offered during a Pilot of four months."
    assert "Return" not in {s.heading for s in document.sections}  # a numbered run-in is read by its number
    assert any(p.text == "A bold word inside." for p in document.paragraphs)


def test_swiss_art_headings_open_articles(tmp_path):
    path = tmp_path / "contrat.txt"
    path.write_text("CONTRAT DE FOURNITURE\n\nArt. 1 Objet\n\nLe Fournisseur livre les Produits.\n\n"
                    "Art. 2 Prix\n\nLes prix figurent à l'annexe B.\n", encoding="utf-8")
    headings = [(s.number, s.heading) for s in read_document(path).sections if s.number]
    assert headings == [("1", "Objet"), ("2", "Prix")]


def test_a_sentence_that_opens_with_a_clause_reference_is_no_heading(tmp_path):
    """« Section 11.2 applies while ... » names a clause; it stays a paragraph of the clause it is in."""
    path = tmp_path / "jv.txt"
    path.write_text("Section 11 Reserved Customers\n\nNo Shareholder shall solicit any Reserved Customer.\n\n"
                    "Section 11.2 applies for twenty-four months after it ceases to hold Shares.\n\n"
                    "Article 12 du présent contrat reste applicable.\n\nSection 12 Notices\n\nNotices are in writing.\n",
                    encoding="utf-8")
    sections = [s for s in read_document(path).sections if s.number]
    assert [(s.number, s.heading) for s in sections] == [("11", "Reserved Customers"), ("12", "Notices")]
    assert len(sections[0].paragraphs) >= 3
