"""Every bundled template, in both languages and both positions, from its bundled example answers:
the Word file is reopened and checked (numbering, references, values, typography, layout)."""

from __future__ import annotations

import io
import re
from functools import cache

import pytest
from docx import Document as WordDocument
from docx.oxml.ns import qn

from clausekit.drafting.docx_writer import docx_bytes
from clausekit.drafting.generator import build_draft, example_answers, load_template
from clausekit.drafting.language import language
from clausekit.drafting.manifest import template_ids
from clausekit.drafting.values import parse
from clausekit.resources import data_dir

TEMPLATES = template_ids(data_dir("templates"))
JINJA_TAG = re.compile(r"\{\{|\}\}|\{%|%\}")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_the_seven_templates_are_bundled():
    assert TEMPLATES == ["affiliation", "co_branding", "joint_venture", "supplier_framework", "supplier_long_term",
                         "supplier_spot", "supplier_strategic_equity"]


@cache
def generated(template_id: str, lang: str, position: str, include_pilot: bool = True):
    template = load_template(template_id)
    answers = dict(example_answers(template))
    if template.manifest.profile == "partnership":
        answers["include_pilot"] = include_pilot
    draft = build_draft(template, answers, lang, position)
    return draft, WordDocument(io.BytesIO(docx_bytes(draft)))


def clause_list_id(document) -> str:
    heading = document.styles["Heading 1"].element
    return heading.find(f"{W}pPr/{W}numPr/{W}numId").get(qn("w:val"))


def word_numbers(document) -> list[tuple[object, str | None, int | None]]:
    """(paragraph, number, level) computed from w:numPr the way Word counts them, independently
    of the generator: a counter per level of the clause list, deeper levels reset."""
    list_id = clause_list_id(document)
    counters = [0, 0, 0]
    rows = []
    for paragraph in document.paragraphs:
        num_pr = paragraph._p.find(f"{W}pPr/{W}numPr")
        if num_pr is None or num_pr.find(f"{W}numId").get(qn("w:val")) != list_id:
            rows.append((paragraph, None, None))
            continue
        level = int(num_pr.find(f"{W}ilvl").get(qn("w:val")))
        counters[level] += 1
        counters[level + 1:] = [0] * (2 - level)
        rows.append((paragraph, ".".join(map(str, counters[:level + 1])), level))
    return rows


def reference_fields(paragraph) -> list[tuple[str, str]]:
    """(bookmark, cached result) of each REF field in the paragraph."""
    fields, current, state = [], None, None
    for run in paragraph._p.iter(f"{W}r"):
        char = run.find(f"{W}fldChar")
        if char is not None:
            kind = char.get(qn("w:fldCharType"))
            if kind == "begin":
                current, state = {"instr": "", "result": ""}, "instr"
            elif kind == "separate":
                state = "result"
            elif kind == "end" and current is not None:
                if current["instr"].split()[0] == "REF":
                    fields.append((current["instr"].split()[1], current["result"]))
                current, state = None, None
            continue
        if current is None:
            continue
        if state == "instr":
            current["instr"] += "".join(t.text or "" for t in run.iter(f"{W}instrText"))
        else:
            current["result"] += "".join(t.text or "" for t in run.iter(f"{W}t"))
    return fields


def all_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    section = document.sections[0]
    parts += [p.text for p in section.header.paragraphs] + [p.text for p in section.footer.paragraphs]
    return "\n".join(parts)


@pytest.mark.parametrize("position", ["preferred", "fallback"])
@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("template_id", TEMPLATES)
def test_template_renders_a_sound_word_document(template_id, lang, position):
    draft, document = generated(template_id, lang, position)
    template = draft.template
    answers = example_answers(template)
    rows = word_numbers(document)

    # Clause headings: Heading 1 with real numbering, never typed digits; 1, 2, 3 ... with no gap.
    headings = [(p, number) for p, number, level in rows if level == 0]
    assert headings and all(p.style.name == "Heading 1" for p, _ in headings)
    assert [number for _, number in headings] == [str(i) for i in range(1, len(headings) + 1)]
    assert not any(re.match(r"\s*\d", p.text) for p, _ in headings)
    numbered_styles = {level: {p.style.name for p, _, lvl in rows if lvl == level} for level in (1, 2)}
    assert numbered_styles == {1: {"Clause 2"}, 2: {"Clause 3"}}
    assert [number for _, number in headings] == [b.number for b in draft.headings()]
    clause_titles = [language(lang).typography(template.clauses[e.id].title[lang])
                         for e in template.included(answers) if e.numbered]
    assert [p.text for p, _ in headings] == clause_titles

    # Every cross-reference is a REF field to an existing bookmark, and shows the number Word gives it.
    bookmarks = {}
    for paragraph, number, _level in rows:
        for start in paragraph._p.iter(f"{W}bookmarkStart"):
            bookmarks[start.get(qn("w:name"))] = number
    references = [ref for paragraph, _, _ in rows for ref in reference_fields(paragraph)]
    assert references, "the library's clauses refer to each other"
    for bookmark, cached in references:
        assert bookmark in bookmarks, bookmark
        assert cached == bookmarks[bookmark]

    # No template tag left anywhere; the answers' key values appear, formatted for the language.
    text = all_text(document)
    assert not JINJA_TAG.search(text)
    lang_ = language(lang)
    for key in ("party_a_name", "party_b_name", "party_a", "party_b"):
        assert answers[key] in text
    assert lang_.date(parse("date", answers["effective_date"])) in text
    capital = parse("amount", answers["party_a_share_capital"])
    assert lang_.amount(capital.value, capital.currency) in text
    body = "\n".join(p.text for p in document.paragraphs)
    if lang == "fr":
        assert not re.search(r"[^\s\u00a0\u202f][ ][:;!?»]", body), "French drafts space : ; ! ? » with no-break spaces"
        assert not re.search(r"« ", body)
        assert "1er " in body or "1er\u00a0" in body or lang_.date(parse("date", answers["effective_date"])) in body
    else:
        assert "\u202f" not in body

    # Layout from the skeleton: title in the header, Page X of Y fields, a refreshed TOC, signatures.
    section = document.sections[0]
    assert section.header.paragraphs[0].text == draft.title
    footer_xml = section.footer._element.xml
    assert 'w:instr=" PAGE "' in footer_xml and 'w:instr=" NUMPAGES "' in footer_xml
    assert section.footer.paragraphs[0].text.startswith(lang_.labels["page"])
    toc = [t.text for t in document.element.body.iter(f"{W}instrText") if t.text.strip().startswith("TOC")]
    assert toc == [' TOC \\o "1-2" \\h \\z \\u ']
    toc_entries = [p.text for p in document.paragraphs if p.style.name == "toc 1"]
    assert [entry.rsplit("\t", 1)[0] for entry in toc_entries] == [f"{number}.\t{p.text}" for p, number in headings]
    assert all(entry.rsplit("\t", 1)[1].isdigit() for entry in toc_entries), "each entry has its page"
    assert document.settings.element.find(qn("w:updateFields")).get(qn("w:val")) == "true"
    signatures = document.tables[-1]
    assert [cell.text for cell in signatures.rows[0].cells] == [
        f"{lang_.labels['for_party']} {answers[name]}" for name in ("party_a_name", "party_b_name")]
    assert [cell.text for cell in signatures.rows[1].cells] == [
        f"{lang_.labels['name']} {answers[name]}" for name in ("party_a_representative", "party_b_representative")]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("template_id", [t for t in TEMPLATES if load_template(t).manifest.profile == "partnership"])
def test_leaving_the_pilot_out_renumbers_and_fixes_references(template_id, lang):
    with_pilot, _ = generated(template_id, lang, "preferred", True)
    without, document = generated(template_id, lang, "preferred", False)
    pilot_number = int(with_pilot.numbers["pilot"])
    assert "pilot" not in without.numbers
    assert len(without.headings()) == len(with_pilot.headings()) - 1
    moved = [key for key, number in with_pilot.numbers.items()
             if key != "pilot" and not key.startswith("pilot.") and int(number.split(".")[0]) > pilot_number]
    assert moved, "clauses follow the pilot"
    for key in moved:
        head, _, tail = with_pilot.numbers[key].partition(".")
        assert without.numbers[key] == ".".join(filter(None, [str(int(head) - 1), tail]))
    # the Word file's REF fields show the new numbers of the clauses that moved up
    rows = word_numbers(document)
    shown = {bookmark: cached for paragraph, _, _ in rows for bookmark, cached in reference_fields(paragraph)}
    governance = "_Ref_governance"
    assert shown[governance] == without.numbers["governance"] == str(int(with_pilot.numbers["governance"]) - 1)
    assert not any(bookmark.startswith("_Ref_pilot") for bookmark in shown)


def test_the_clausekit_reader_sees_the_numbers_word_computes(tmp_path):
    """Round trip through our own DOCX reader: it computes the same clause numbers from w:numPr."""
    from clausekit.review.read import read_document

    draft, _ = generated("co_branding", "fr", "preferred")
    path = tmp_path / "draft.docx"
    path.write_bytes(docx_bytes(draft))
    document = read_document(path)
    read_headings = [(s.number, s.heading) for s in document.sections if s.number]
    assert read_headings == [(b.number, b.text) for b in draft.headings()]
    read_numbers = {p.number for p in document.paragraphs if p.number}
    assert {b.number for b in draft.blocks if b.number} <= read_numbers


def test_the_committed_skeleton_is_what_the_build_script_makes(tmp_path):
    import runpy
    import zipfile

    script = runpy.run_path(str(data_dir("templates") / "build_skeleton.py"))  # leaves no __pycache__ behind
    rebuilt = script["build"](tmp_path / "skeleton.docx")
    parts = ("word/document.xml", "word/styles.xml", "word/numbering.xml", "word/settings.xml",
             "word/header1.xml", "word/footer1.xml")
    with zipfile.ZipFile(rebuilt) as fresh, zipfile.ZipFile(data_dir("templates") / "skeleton.docx") as committed:
        for part in parts:
            assert fresh.read(part) == committed.read(part), f"{part} differs: run templates/build_skeleton.py"


@pytest.mark.parametrize("template_id", template_ids(data_dir("templates")))
def test_english_drafts_use_curly_quotes_only(template_id):
    template = load_template(template_id)
    for position in ("preferred", "fallback"):
        text = "\n".join(block.text for block in build_draft(template, example_answers(template), "en", position).blocks)
        assert '"' not in text and "\u201c" in text


def test_the_cover_page_shows_the_key_terms_a_signer_checks():
    template = load_template("supplier_long_term")
    document = WordDocument(io.BytesIO(docx_bytes(build_draft(template, example_answers(template), "fr"))))
    cover = document.tables[0]
    rows = {row.cells[0].text: row.cells[1].text for row in cover.rows}
    assert rows["Parties"].startswith("Roux Automobiles SA (Roux Automobiles) et Fonderie Lambert SAS")
    assert rows["Durée"].startswith("quatre (4) ans, puis reconduction tacite")
    assert rows["Achats minimaux"] == "500\u202f000\u00a0EUR par an"
    assert rows["Droit et juridiction"] == "droit français\u202f; juridictions de Toulouse"
    body = document.element.body
    assert body.index(cover._tbl) < body.index(document.paragraphs[10]._p)  # on the cover, before the contents


def test_key_terms_follow_the_clauses_of_the_draft_and_show_gaps_plainly():
    template = load_template("affiliation")
    answers = {**example_answers(template), "include_pilot": False}
    labels = [label for label, _ in build_draft(template, answers, "en").key_terms]
    assert "Pilot phase" not in labels and "Commission" in labels and "Minimum purchases" not in labels
    gaps = dict(build_draft(template, {}, "en", gaps=True).key_terms)
    assert gaps["Effective date"] == "[To be completed: effective date]"


@pytest.mark.parametrize("template_id", template_ids(data_dir("templates")))
def test_the_convenience_exit_never_starts_before_the_firm_period_it_names(template_id):
    """A renewable term is firm until its firm period ends; a one-off term (spot) cannot be ended for
    convenience at all, and says so instead of naming a firm period that nothing follows."""
    template = load_template(template_id)
    answers = example_answers(template)
    renewal = template.variables.get("term_renewal")
    one_off = answers.get("term_type", "fixed") == "fixed" and renewal is not None and not answers.get("term_renewal", renewal.default)
    for lang, words in (("en", ("for convenience with effect before the end of", "the firm period")),
                        ("fr", ("sans motif avec effet avant", "la période ferme,"))):
        if one_off:
            words = {"en": ("neither Party may terminate it for convenience before it expires", "Subject to that"),
                     "fr": ("aucune des Parties ne peut le résilier sans motif avant son terme", "Sous cette réserve")}[lang]
        for position in ("preferred", "fallback"):
            draft = build_draft(template, answers, lang, position)
            text = "\n".join(block.text for block in draft.blocks)
            assert words[0] in text and words[1] not in text, (lang, position)


def test_the_signature_row_leaves_room_to_sign():
    template = load_template("supplier_spot")
    document = WordDocument(io.BytesIO(docx_bytes(build_draft(template, example_answers(template), "en"))))
    signature_row = document.tables[-1].rows[-1]
    assert signature_row.height is not None and signature_row.height.cm >= 3.4
    assert signature_row._tr.xpath("./w:trPr/w:cantSplit")


def test_a_contract_shorter_than_a_year_sets_its_improvement_target_over_its_term():
    template = load_template("supplier_spot")
    for lang, yearly, over_term in (("en", "in each year of this Agreement", "by the end of the initial term"),
                                    ("fr", "chaque année contractuelle", "au plus tard au terme de la durée initiale")):
        for position in ("preferred", "fallback"):
            draft = build_draft(template, example_answers(template), lang, position)
            text = "\n".join(block.text for block in draft.blocks if block.clause == "continuous_improvement")
            assert yearly not in text and over_term in text
        longer = build_draft(template, {**example_answers(template), "term_duration": "12 months",
                                        "improvement_frequency": "annual"}, lang)
        assert yearly in "\n".join(block.text for block in longer.blocks)


@pytest.mark.parametrize("template_id", ["supplier_framework", "supplier_long_term", "supplier_strategic_equity"])
def test_a_guaranteed_price_cut_is_measured_before_the_price_revision_it_sits_beside(template_id):
    template = load_template(template_id)
    for lang, revision in (("en", "before any revision agreed under clause {}"),
                           ("fr", "avant toute révision convenue en application de l’article {}")):
        draft = build_draft(template, example_answers(template), lang, "preferred")
        price = next(b for b in draft.blocks if b.clause in ("supply_terms", "framework_orders")
                     and re.match(r"(The prices|Les prix)", b.text))
        improvement = " ".join(b.text for b in draft.blocks if b.clause == "continuous_improvement")
        assert revision.format(price.number) in improvement


def test_the_investment_is_completed_only_on_the_suppliers_warranties_and_keeps_the_volume_commitment():
    template = load_template("supplier_strategic_equity")
    for lang, condition, kept in (("en", "the warranties of clause {}", "Beyond the commitments expressly stated"),
                                  ("fr", "des déclarations de l’article {}", "Au-delà des engagements expressément")):
        draft = build_draft(template, example_answers(template), lang)
        equity = [b for b in draft.blocks if b.clause == "equity_investment"]
        warranties = next(b for b in equity if re.match(r".* (represents and warrants|déclare et garantit)", b.text))
        text = " ".join(b.text for b in equity)
        assert condition.format(warranties.number) in text and kept in text
        assert "minimum" in " ".join(b.text for b in draft.blocks).lower()


def test_a_jv_partner_in_breach_is_bought_out_at_a_discount_not_offered_a_buy_sell():
    template = load_template("joint_venture")
    for lang, option, discount in (("en", "either buy all the shares that the other Party holds", "reduced by twenty"),
                                   ("fr", "soit acheter la totalité des actions que l’autre Partie détient",
                                    "diminuée de vingt")):
        for position in ("preferred", "fallback"):
            draft = build_draft(template, example_answers(template), lang, position)
            valuation = next(b for b in draft.blocks if b.clause == "jv_exit"
                             and re.match(r"(Where this Agreement refers|Lorsque le Contrat se réfère)", b.text))
            exit_text = " ".join(b.text for b in draft.blocks if b.clause == "exit")
            drag = next(b for b in draft.blocks if b.clause == "jv_exit" and re.search(r"firm offer to acquire|offre ferme", b.text))
            assert option in exit_text and discount in exit_text
            assert re.search(rf"(clause|l’article) {re.escape(valuation.number)}\b", exit_text)
            assert valuation.number in drag.text


_REFERENCE_LIST = re.compile(r"\b(?:Clauses|clauses|Les articles|les articles|aux articles) ((?:\d+(?:\.\d+)*, )+\d+(?:\.\d+)*)")


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("template_id", TEMPLATES)
def test_a_list_of_clause_references_reads_in_the_order_of_the_clauses(template_id, lang):
    """"Clauses 5.8, 7, 8 and 17 survive": a lawyer reads a list of clause numbers in ascending order."""
    draft, _ = generated(template_id, lang, "preferred")
    lists = [match.group(1) for block in draft.blocks for match in _REFERENCE_LIST.finditer(block.text)]
    for numbers in lists:
        keys = [tuple(int(part) for part in number.split(".")) for number in numbers.split(", ")]
        assert keys == sorted(keys), numbers
    if template_id in ("affiliation", "co_branding", "joint_venture"):
        assert lists  # the survival clause of the exit lists several clauses


@pytest.mark.parametrize("lang, words", [
    ("en", ["Product Plan", "Revenue Share", "manufactures or has manufactured", "audited", "recall"]),
    ("fr", ["Plan Produits", "Quote-Part", "fabrique ou fait fabriquer", "vérifier ces documents", "rappel"]),
])
def test_the_co_branding_agreement_says_who_makes_sells_and_shares_the_revenue(lang, words):
    draft, document = generated("co_branding", lang, "preferred")
    text = "\n".join(block.text for block in draft.blocks)
    for word in words:
        assert word in text, word
    label = {"en": "Sharing of revenue", "fr": "Partage des recettes"}[lang]
    rows = [[cell.text for cell in row.cells] for table in document.tables for row in table.rows]
    shown = next(cells[1] for cells in rows if cells[0] == label)  # the cover page's key terms
    assert "7" in shown and ("Net Sales" in shown or "Ventes Nettes" in shown)


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_the_last_clause_paragraph_stays_on_the_page_of_the_signatures(template_id):
    """A signature page with no clause text on it could be stapled to any contract."""
    _, document = generated(template_id, "en", "preferred")
    paragraphs = document.paragraphs
    closing = next(index for index, paragraph in enumerate(paragraphs) if paragraph.style.name == "Closing")
    last_clause = paragraphs[closing - 1]
    assert last_clause.style.name != "Closing" and last_clause.text.strip()
    assert last_clause.paragraph_format.keep_with_next
    assert not paragraphs[closing - 2].paragraph_format.keep_with_next  # only the last one travels
