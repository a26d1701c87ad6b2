"""``--format html``: one self-contained page, parsed back, and rendered by headless Chromium when it is installed."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import lxml.html
import pytest

from clausekit.cli import main
from clausekit.document import Location
from clausekit.review.lint import lint_path
from clausekit.review.report import reporter
from clausekit.results import DocumentReport, Evidence, Finding, InputFailure, ItemResult
from clausekit.review.engine import build_engine
from clausekit.results import RunResult

def render(name, reports, failures):
    """A report of one run, as ``clausekit lint --format name`` renders it."""
    return reporter(name).render(RunResult(reports, failures, build_engine().catalogue()))

CONTRACTS = Path(__file__).parent / "data" / "contracts"
HOSTILE_QUOTE = "The supplier may <script>alert('owned')</script> review the prices from time to time."
COLOURS = {"strong": (0x2E, 0x7D, 0x32), "weak": (0xA1, 0x5C, 0x00), "missing": (0xC6, 0x28, 0x28)}


def hostile_report() -> DocumentReport:
    """A report whose quoted passage and file name carry markup."""
    location = Location(paragraph=4, clause="7.2")
    items = [ItemResult("continuous_improvement", "checklist", "Continuous improvement", "weak",
                        [Evidence(HOSTILE_QUOTE, location)]),
             ItemResult("sla_bonus_malus", "checklist", "Service levels with bonus and malus", "missing"),
             ItemResult("data", "checklist", "Ownership and use of data", "strong",
                        [Evidence("All data remain the customer's property.", Location(paragraph=9, clause="9"))]),
             ItemResult("governing_law", "hygiene", "Governing law", "strong",
                        [Evidence("French law applies.", Location(paragraph=12, clause="12"))])]
    findings = [Finding("continuous_improvement.vague", "continuous_improvement", "warning",
                        "Vague wording: <b>from time to time</b>.", location, HOSTILE_QUOTE),
                Finding("sla_bonus_malus.missing", "sla_bonus_malus", "error", "No service levels.")]
    return DocumentReport(path="contracts/<img src=x>.docx", language="en", profile="supplier",
                          report_language="en", words=1200, items=items, findings=findings, format="docx")


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> tuple[str, list[DocumentReport]]:
    reports = [hostile_report(), lint_path(CONTRACTS / "supplier_weak.fr.txt"),
               lint_path(CONTRACTS / "partnership_strong.en.txt")]
    failures = [InputFailure("broken.pdf", "not a valid PDF")]
    return render("html", reports, failures), reports


def test_the_page_is_self_contained_and_readable_on_a_phone(page):
    html, _ = page
    tree = lxml.html.document_fromstring(html)
    assert html.startswith("<!DOCTYPE html>")
    assert tree.xpath("//meta[@name='viewport']/@content") == ["width=device-width, initial-scale=1"]
    assert "default-src 'none'" in tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    assert not tree.xpath("//script | //link | //img | //iframe | //object | //@src")
    assert not [href for href in tree.xpath("//@href") if not href.startswith("#")]
    assert "@media (max-width" in tree.xpath("//style")[0].text


def test_document_text_is_escaped(page):
    html, _ = page
    tree = lxml.html.document_fromstring(html)
    assert "<script>" not in html and "&lt;script&gt;alert(&#x27;owned&#x27;)&lt;/script&gt;" in html
    assert "<b>from time to time</b>" not in html and "<img src=x>" not in html
    quotes = [q.text_content() for q in tree.xpath("//section[@id='doc1']//blockquote")]
    assert HOSTILE_QUOTE in quotes
    assert tree.xpath("//section[@id='doc1']/h2")[0].text_content() == "contracts/<img src=x>.docx"


def test_tiles_show_every_item_with_its_status(page):
    html, reports = page
    tree = lxml.html.document_fromstring(html)
    for number, report in enumerate(reports, 1):
        tiles = tree.xpath(f"//section[@id='doc{number}']//li[contains(@class, 'tile')]")
        assert [t.get("data-item") for t in tiles] == [i.id for i in report.items]
        for tile, item in zip(tiles, report.items):
            assert item.status in tile.get("class").split()
            assert item.title in tile.text_content()
        bar = tree.xpath(f"//section[@id='doc{number}']/*[local-name()='svg']")[0]
        shown = {rect.get("class") for rect in bar.xpath(".//*[local-name()='rect']")}
        assert shown == {s for s, n in report.counts("checklist").items() if n}


def test_each_finding_comes_with_its_passage(page):
    html, reports = page
    tree = lxml.html.document_fromstring(html)
    for number, report in enumerate(reports, 1):
        for item in report.items:
            entry = tree.xpath(f"//li[@id='doc{number}-{item.id}']")
            listed = item.status == "weak" or (item.status == "missing" and item.kind == "checklist")
            assert bool(entry) == listed, item.id
            if not entry:
                continue
            messages = [p.text_content() for p in entry[0].xpath(".//p[@class='message']")]
            for finding in (f for f in report.findings if f.item == item.id):
                assert any(m.startswith(finding.message) for m in messages)
            if item.status == "weak":
                assert entry[0].xpath(".//blockquote"), item.id
            tile_link = tree.xpath(f"//section[@id='doc{number}']//li[@data-item='{item.id}']//a/@href")
            assert tile_link == [f"#doc{number}-{item.id}"]


def test_several_files_give_one_row_each_and_the_errors(page):
    html, reports = page
    tree = lxml.html.document_fromstring(html)
    rows = tree.xpath("//table[@class='files']//tr[@class='file']")
    assert [r.xpath(".//a")[0].text_content() for r in rows] == [r.path for r in reports]
    french = rows[1].text_content()
    assert "absente(s)" in french  # each row in its own document's language
    assert "broken.pdf" in tree.xpath("//section[contains(@class, 'errors')]")[0].text_content()


def test_cli_writes_the_page(tmp_path):
    out = tmp_path / "report.html"
    with pytest.raises(SystemExit) as exit_info:
        main(["lint", str(CONTRACTS / "supplier_weak.fr.txt"), "--format", "html", "-o", str(out)])
    assert exit_info.value.code in (0, 1)  # 1 only when a finding reaches --fail-on
    tree = lxml.html.document_fromstring(out.read_text(encoding="utf-8"))
    assert tree.get("lang") == "fr" and tree.xpath("//li[contains(@class, 'tile')]")


def _png_pixels(path: Path) -> tuple[int, int, list[bytes]]:
    """Decode an 8-bit RGB or RGBA, non-interlaced PNG (what Chromium writes): width, height, rows."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, chunks, header = 8, [], None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up, corner = previous[x], previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[x] = (line[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, channels, rows


def test_chromium_renders_the_coverage_chart_and_the_findings(page, tmp_path):
    """With Chromium installed, look at the picture; without it, the structure the picture depends on."""
    html, _ = page
    source = tmp_path / "report.html"
    source.write_text(html, encoding="utf-8")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        tree = lxml.html.document_fromstring(html)
        style = tree.xpath("//style")[0].text
        assert all(f"#{r:02x}{g:02x}{b:02x}" in style for r, g, b in COLOURS.values())
        assert tree.xpath("//*[local-name()='svg']") and tree.xpath("//ol[@class='findings']/li")
        return
    screenshot = tmp_path / "report.png"
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    f"--user-data-dir={tmp_path / 'profile'}", "--hide-scrollbars", "--window-size=420,1600",
                    f"--screenshot={screenshot}", source.as_uri()],
                   capture_output=True, timeout=120, check=False)
    assert screenshot.is_file(), "Chromium wrote no screenshot"
    width, channels, rows = _png_pixels(screenshot)
    assert width == 420
    found = {status: 0 for status in COLOURS}
    for row in rows:
        for x in range(0, len(row), channels):
            pixel = tuple(row[x:x + 3])
            for status, colour in COLOURS.items():
                if pixel == colour:
                    found[status] += 1
    assert all(count > 200 for count in found.values()), found  # the bar and the tile borders, in all three colours


def test_a_run_where_every_file_failed_still_gives_a_page():
    html = render("html", [], [InputFailure("a.docx", "encrypted <Word> file")])
    tree = lxml.html.document_fromstring(html)
    assert "encrypted <Word> file" in tree.xpath("//section[contains(@class, 'errors')]")[0].text_content()
    assert not tree.xpath("//li[contains(@class, 'tile')]")
