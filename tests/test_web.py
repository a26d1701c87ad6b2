"""``clausekit serve``: a real server in a subprocess on a free localhost port, real HTTP, a real browser.

Nothing is mocked: the tests write a Word and a PDF contract, upload them as a browser would,
read the verdict page, download the annotated copy and open it with python-docx.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

DATA = Path(__file__).parent / "data" / "contracts"
STRONG = DATA / "partnership_strong.en.txt"
WEAK_FR = DATA / "supplier_weak.fr.txt"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    folder: Path  # the private folder it announced

    def stop(self) -> str:
        """SIGTERM, then the log; the log ends only when no worker process holds stderr any more."""
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.communicate(timeout=60)[1]
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise AssertionError("the server or one of its worker processes outlived SIGTERM") from None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(*options: str, env: dict | None = None) -> Server:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "clausekit", "serve", "--port", str(port), *options],
                               stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                               env={**os.environ, **(env or {})})
    first = process.stderr.readline()  # "clausekit: serving on ...; files kept in FOLDER for N minutes"
    match = re.search(r"files kept in (\S+) for", first)
    assert match, first
    url = f"http://127.0.0.1:{port}"
    token = next((options[i + 1] for i, o in enumerate(options) if o == "--token"), (env or {}).get("CLAUSEKIT_TOKEN"))
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/healthz", headers=headers, timeout=2).status_code == 200:
                return Server(url, process, Path(match.group(1)))
        except httpx.TransportError:
            pass
        assert process.poll() is None, process.stderr.read()
        time.sleep(0.2)
    process.kill()
    raise AssertionError("the server did not answer /healthz within 60 s")


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    running = start_server("--max-upload-mb", "1", "--workers", "2")
    yield running
    running.stop()


@pytest.fixture(scope="module")
def contracts(tmp_path_factory) -> dict[str, Path]:
    """A Word and a PDF contract, written here from the test corpus's strong partnership agreement."""
    folder = tmp_path_factory.mktemp("web-contracts")
    lines = [line for line in STRONG.read_text(encoding="utf-8").splitlines() if line.strip()]
    word = docx.Document()
    for line in lines:
        word.add_paragraph(line)
    word.save(folder / "partnership.docx")

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(folder / "partnership.pdf"), pagesize=A4)
    y = 800
    for line in lines:
        while line:
            pdf.drawString(40, y, line[:95])
            line = line[95:]
            y -= 14
            if y < 50:
                pdf.showPage()
                y = 800
    pdf.save()
    weak = docx.Document()
    for line in WEAK_FR.read_text(encoding="utf-8").splitlines():
        if line.strip():
            weak.add_paragraph(line)
    weak.save(folder / "fournisseur.docx")
    return {"docx": folder / "partnership.docx", "pdf": folder / "partnership.pdf",
            "weak_docx": folder / "fournisseur.docx"}


def upload(url: str, *paths: Path, headers: dict | None = None, **fields: str) -> httpx.Response:
    files = [("file", (p.name, p.read_bytes())) for p in paths]
    return httpx.post(f"{url}/review", files=files, data=fields, headers=headers or {}, timeout=120)


def links(page: str) -> list[str]:
    return re.findall(r'href="(/review/[A-Za-z0-9_-]+/(?:annotated\.docx|report\.json))"', page)


def test_healthz_and_the_page_speaks_the_browser_s_language(server):
    assert httpx.get(f"{server.url}/healthz").text == "ok"
    french = httpx.get(f"{server.url}/", headers={"Accept-Language": "fr-FR,fr;q=0.9,en;q=0.5"})
    assert french.status_code == 200
    assert '<html lang="fr">' in french.text and "Relecture de contrat" in french.text
    english = httpx.get(f"{server.url}/", headers={"Accept-Language": "de-DE,en;q=0.8,fr;q=0.5"})
    assert '<html lang="en">' in english.text and "Contract review" in english.text
    switched = httpx.get(f"{server.url}/?lang=fr", headers={"Accept-Language": "en"})
    assert '<html lang="fr">' in switched.text
    assert "clausekit_lang=fr" in switched.headers["set-cookie"]
    # the switch is remembered by its cookie, over the browser's language
    again = httpx.get(f"{server.url}/", headers={"Accept-Language": "en"}, cookies={"clausekit_lang": "fr"})
    assert '<html lang="fr">' in again.text


def test_security_headers_and_no_external_asset(server):
    page = httpx.get(f"{server.url}/")
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    assert not re.search(r'(src|href)="(https?:)?//', page.text), "an external asset"
    assert "<script>" not in page.text  # the only script is the local file
    script = httpx.get(f"{server.url}/static/upload.js")
    assert script.status_code == 200 and "XMLHttpRequest" in script.text
    assert script.headers["content-type"].startswith("text/javascript")


def test_docx_upload_gives_the_verdict_the_annotated_copy_and_the_json_report(server, contracts):
    answer = upload(server.url, contracts["weak_docx"])
    assert answer.status_code == 200, answer.text
    page = answer.text
    assert "fournisseur.docx" in page and 'class="verdict"' in page
    assert "tmp" not in re.sub(r"<style>.*?</style>", "", page, flags=re.S).lower().replace("template", "")
    assert "unsafe-inline" in answer.headers["content-security-policy"]  # the report's inline style, no script
    annotated, report = links(page)
    assert annotated.endswith("annotated.docx") and report.endswith("report.json")

    copy = httpx.get(server.url + annotated)
    assert copy.status_code == 200 and copy.headers["content-type"] == DOCX_TYPE
    path = Path(tempfile.mkdtemp()) / "annotated.docx"
    path.write_bytes(copy.content)
    reviewed = docx.Document(str(path))
    assert len(list(reviewed.comments)) >= 2, "the summary and weak-clause comments"

    data = httpx.get(server.url + report).json()
    assert data["documents"][0]["path"] == "fournisseur.docx"
    statuses = {i["status"] for i in data["documents"][0]["items"]}
    assert "missing" in statuses or "weak" in statuses  # the weak supplier contract is not all strong

    # the page itself stays available for the retention time
    again = httpx.get(server.url + answer.headers["x-review-page"])
    assert again.status_code == 200 and "fournisseur.docx" in again.text


def test_docx_and_pdf_in_one_upload_give_one_section_each_and_their_own_downloads(server, contracts):
    answer = upload(server.url, contracts["docx"], contracts["pdf"], profile="partnership", report_lang="en")
    assert answer.status_code == 200, answer.text
    assert "partnership.docx" in answer.text and "partnership.pdf" in answer.text
    assert answer.text.count('class="verdict"') == 2
    found = links(answer.text)
    assert len(found) == 4 and len({link.split("/")[2] for link in found}) == 2
    reports = [httpx.get(server.url + link).json() for link in found if link.endswith("report.json")]
    assert [r["documents"][0]["path"] for r in reports] == ["partnership.docx", "partnership.pdf"]
    assert reports[1]["documents"][0]["format"] == "pdf"
    assert {r["documents"][0]["profile"] for r in reports} == {"partnership"}
    pdf_review = next(link for link in found if link.endswith("annotated.docx") and link.split("/")[2]
                      == found[-1].split("/")[2])
    reviewed = httpx.get(server.url + pdf_review)
    path = Path(tempfile.mkdtemp()) / "review.docx"
    path.write_bytes(reviewed.content)
    assert docx.Document(str(path)).paragraphs  # a PDF gets a Word review report


@pytest.mark.parametrize(("name", "content", "status", "message"), [
    ("broken.docx", b"PK\x03\x04 not really a zip", 422, "broken.docx: "),
    ("broken.pdf", b"%PDF-1.7\n garbage", 422, "broken.pdf: "),
    ("empty.txt", b"", 422, "empty.txt: empty file"),
    ("contract.exe", b"MZ", 415, "contract.exe: unsupported file type '.exe'"),
])
def test_bad_files_get_a_4xx_and_the_cli_s_one_line(server, name, content, status, message, tmp_path):
    answer = httpx.post(f"{server.url}/review", files=[("file", (name, content))], timeout=60)
    assert answer.status_code == status
    assert answer.headers["content-type"].startswith("text/plain")
    assert answer.text.startswith(f"clausekit: error: {message}")
    assert answer.text.count("\n") == 1 and "Traceback" not in answer.text
    # the same line as the CLI prints for the same file
    file = tmp_path / name
    file.write_bytes(content)
    cli = subprocess.run([sys.executable, "-m", "clausekit", "lint", name], cwd=tmp_path, capture_output=True,
                         text=True, timeout=120)
    assert cli.returncode == 2 and cli.stderr.strip() == answer.text.strip()


def test_no_file_is_a_400(server):
    answer = httpx.post(f"{server.url}/review", data={"profile": "supplier"}, files=[("other", ("x.txt", b"x"))])
    assert answer.status_code == 400 and answer.text.startswith("clausekit: error: no file sent")


def test_oversize_upload_is_a_413_declared_or_streamed(server):
    big = b"x" * (1024 * 1024 + 10)
    declared = httpx.post(f"{server.url}/review", files=[("file", ("big.txt", big))], timeout=60)
    assert declared.status_code == 413
    assert declared.text == "clausekit: error: upload too large (limit 1 MB)\n"

    def chunks():  # no Content-Length: the limit is enforced while the body streams in
        boundary = b"--b0undary"
        yield boundary + b'\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\n\r\n'
        for _ in range(40):
            yield b"y" * 65536
        yield b"\r\n" + boundary + b"--\r\n"

    streamed = httpx.post(f"{server.url}/review", content=chunks(), timeout=60,
                          headers={"Content-Type": "multipart/form-data; boundary=b0undary"})
    assert streamed.status_code == 413
    assert not any(server.folder.rglob("big.txt")), "the partial upload was not deleted"


def test_a_cross_site_form_post_is_refused(server, contracts):
    foreign = upload(server.url, contracts["docx"], headers={"Origin": "http://evil.example"})
    assert foreign.status_code == 403 and foreign.text.count("\n") == 1
    host = server.url.split("://")[1]
    no_token = upload(server.url, contracts["docx"], headers={"Origin": f"http://{host}"})
    assert no_token.status_code == 403
    page = httpx.get(f"{server.url}/").text
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    same_site = upload(server.url, contracts["docx"], headers={"Origin": f"http://{host}"}, csrf=csrf)
    assert same_site.status_code == 200
    issued, signature = csrf.split(".")
    other = "1" if signature[0] == "0" else "0"  # always a different signature, never the issued one
    forged = upload(server.url, contracts["docx"], headers={"Origin": f"http://{host}"},
                    csrf=f"{issued}.{other}{signature[1:]}")
    assert forged.status_code == 403


def test_token_on_every_request_then_files_deleted_after_retention_and_at_shutdown(contracts):
    running = start_server("--workers", "1", "--retention-minutes", "0.05", env={"CLAUSEKIT_TOKEN": "s3cret-t0ken"})
    try:
        for path in ("/healthz", "/", "/static/upload.js"):
            refused = httpx.get(running.url + path)
            assert refused.status_code == 401 and refused.text.startswith("clausekit: error: a token is required")
        assert upload(running.url, contracts["docx"]).status_code == 401
        wrong = {"Authorization": "Bearer nope"}
        assert httpx.get(f"{running.url}/", headers=wrong).status_code == 401
        # a browser: the token once in the address, then a cookie
        entry = httpx.get(f"{running.url}/?token=s3cret-t0ken")
        assert entry.status_code == 303 and entry.headers["location"] == "/"
        assert "clausekit_token=" in entry.headers["set-cookie"] and "httponly" in entry.headers["set-cookie"].lower()

        good = {"Authorization": "Bearer s3cret-t0ken"}
        answer = upload(running.url, contracts["docx"], headers=good)
        assert answer.status_code == 200, answer.text
        annotated = links(answer.text)[0]
        assert httpx.get(running.url + annotated, headers=good).status_code == 200
        assert any(running.folder.rglob("annotated.docx"))
        assert not any(running.folder.rglob("partnership.docx")), "the upload itself is kept"
        time.sleep(4.5)  # retention 3 s, swept every 0.6 s
        gone = httpx.get(running.url + annotated, headers=good)
        assert gone.status_code == 404 and gone.text.startswith("clausekit: error: no such review")
        assert list(running.folder.iterdir()) == []
    finally:
        log = running.stop()
    assert not running.folder.exists(), "the private folder outlived the server"
    assert "partnership.docx" in log and "s3cret" not in log


def test_host_other_than_localhost_warns_without_a_token():
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "clausekit", "serve", "--host", "0.0.0.0", "--port", str(port)],
                               stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                               env={k: v for k, v in os.environ.items() if k != "CLAUSEKIT_TOKEN"})
    first = process.stderr.readline()
    Server("", process, Path()).stop()
    assert first.startswith("clausekit: warning: serving on 0.0.0.0 without a token")


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def test_a_real_browser_uploads_and_reads_the_verdict(server, contracts, tmp_path):
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        pytest.skip("no system Chromium and chromedriver (apt-get install chromium chromium-driver; .ci/run does)")
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is in the test extra")
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                 f"--user-data-dir={tmp_path / 'profile'}", "--lang=fr-FR"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": "fr-FR,fr"})
    browser = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        browser.get(server.url + "/")
        assert browser.find_element(By.TAG_NAME, "h1").text == "Relecture de contrat"
        browser.find_element(By.ID, "file").send_keys(f"{contracts['weak_docx']}\n{contracts['pdf']}")
        browser.find_element(By.ID, "submit").click()
        WebDriverWait(browser, 120).until(expected_conditions.url_contains("/review/"))
        verdicts = browser.find_elements(By.CSS_SELECTOR, ".verdict")
        assert len(verdicts) == 2 and all(v.text.strip() for v in verdicts)
        assert "fournisseur.docx" in browser.page_source and "partnership.pdf" in browser.page_source
        href = browser.find_element(By.CSS_SELECTOR, "a.annotated").get_attribute("href")
        cookies = {c["name"]: c["value"] for c in browser.get_cookies()}
    finally:
        browser.quit()
    copy = httpx.get(href, cookies=cookies)
    path = tmp_path / "annotated.docx"
    path.write_bytes(copy.content)
    assert len(list(docx.Document(str(path)).comments)) >= 1
