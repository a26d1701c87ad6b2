"""The web page: upload contracts, read the verdict, download the reviewed copy.

A Starlette application (see the README for why Starlette). Every answer carries a
Content-Security-Policy that allows only this server's own script and stylesheet, and
``X-Content-Type-Options: nosniff``. Uploads are parsed as they stream in, into a
private folder, and refused past the limit; files are linted in worker processes;
the outputs are deleted after the retention time and at shutdown. Errors are one
line of plain text with a 4xx status, as the CLI would print them.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import html
import multiprocessing
import os
import re
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, BinaryIO

from jinja2 import Environment
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.types import Message, Receive, Scope, Send

from ..review.ci.config import LintConfig
from .texts import LANGUAGES, TEXTS, choose_language
from .worker import FileJob, FileOutcome, prepare, review_file

PAGE_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
            "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
# The HTML report keeps its style inline (it is also a file people e-mail); still no script at all.
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
CSRF_LIFETIME = 12 * 3600
MAX_FILES = 20
MAX_FIELD_BYTES = 1024
TOKEN_COOKIE = "clausekit_token"
LANG_COOKIE = "clausekit_lang"
_ID = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
_STATIC = {"style.css": "text/css; charset=utf-8", "upload.js": "text/javascript; charset=utf-8"}


@dataclass(frozen=True)
class Settings:
    config: LintConfig
    token: str | None = None
    max_upload_bytes: int = 25 * 1024 * 1024
    retention_seconds: float = 30 * 60
    workers: int = 2


@dataclass
class Store:
    """The private folder of the reviews in progress and done, each in a folder named by its id."""

    retention: float
    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="clausekit-web-")))  # mode 0700
    created: dict[str, float] = field(default_factory=dict)

    def new(self) -> tuple[str, Path]:
        review_id = secrets.token_urlsafe(18)
        folder = self.root / review_id
        folder.mkdir(mode=0o700)
        self.created[review_id] = time.monotonic()
        return review_id, folder

    def folder(self, review_id: str) -> Path | None:
        if not _ID.match(review_id) or review_id not in self.created:
            return None
        if time.monotonic() - self.created[review_id] > self.retention:
            self.delete(review_id)
            return None
        return self.root / review_id

    def delete(self, review_id: str) -> None:
        self.created.pop(review_id, None)
        shutil.rmtree(self.root / review_id, ignore_errors=True)

    def sweep(self) -> None:
        now = time.monotonic()
        for review_id, when in list(self.created.items()):
            if now - when > self.retention:
                self.delete(review_id)

    def close(self) -> None:
        self.created.clear()
        shutil.rmtree(self.root, ignore_errors=True)


class HttpError(Exception):
    def __init__(self, status: int, message: str):
        self.status, self.message = status, message


def error_response(status: int, message: str) -> PlainTextResponse:
    """One line, as the CLI prints it."""
    return PlainTextResponse(f"clausekit: error: {message}\n", status_code=status)


class Guard:
    """ASGI middleware: the token on every request, and the security headers on every answer."""

    def __init__(self, app: Starlette, token: str | None):
        self.app, self.token = app, token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"content-security-policy"]
                csp = dict(message.get("headers", [])).get(b"content-security-policy", PAGE_CSP.encode())
                headers += [(b"content-security-policy", csp), (b"x-content-type-options", b"nosniff"),
                            (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY"),
                            (b"cache-control", b"no-store")]
                message = {**message, "headers": headers}
            await send(message)

        if self.token is not None:
            request = Request(scope)
            given = request.headers.get("authorization", "")
            offered = given[7:] if given.lower().startswith("bearer ") else request.cookies.get(TOKEN_COOKIE, "")
            from_query = request.query_params.get("token", "")
            if from_query and hmac.compare_digest(from_query.encode(), self.token.encode()):
                # The browser's way in: the token once in the address, then a cookie; the address is cleaned.
                response: Response = RedirectResponse(request.url.path, status_code=303)
                response.set_cookie(TOKEN_COOKIE, self.token, httponly=True, samesite="strict")
                await response(scope, receive, secured)
                return
            if not hmac.compare_digest(offered.encode(), self.token.encode()):
                lang = choose_language(request.cookies.get(LANG_COOKIE), request.headers.get("accept-language"))
                await error_response(401, TEXTS[lang]["token"])(scope, receive, secured)
                return
        await self.app(scope, receive, secured)


class Upload:
    """A multipart body parsed as it streams in: files written into their own folders, small fields kept."""

    def __init__(self, boundary: bytes, folder: Path):
        self.folder = folder
        self.files: list[tuple[Path, str, int]] = []  # (folder, safe name, size)
        self.fields: dict[str, str] = {}
        self._headers: dict[bytes, bytes] = {}
        self._field = b""
        self._value = bytearray()
        self._name: str | None = None
        self._out: BinaryIO | None = None
        self._size = 0
        self.parser = MultipartParser(boundary, {
            "on_part_begin": self._begin, "on_header_field": self._header_field,
            "on_header_value": self._header_value, "on_header_end": self._header_end,
            "on_headers_finished": self._headers_finished, "on_part_data": self._data,
            "on_part_end": self._end})
        self._header_name = bytearray()
        self._header_val = bytearray()

    def _begin(self) -> None:
        self._headers, self._name, self._out, self._size = {}, None, None, 0
        self._value = bytearray()

    def _header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_name += data[start:end]

    def _header_value(self, data: bytes, start: int, end: int) -> None:
        self._header_val += data[start:end]

    def _header_end(self) -> None:
        self._headers[bytes(self._header_name).lower()] = bytes(self._header_val)
        self._header_name, self._header_val = bytearray(), bytearray()

    def _headers_finished(self) -> None:
        _, options = parse_options_header(self._headers.get(b"content-disposition", b""))
        self._name = options.get(b"name", b"").decode("utf-8", "replace")
        filename = options.get(b"filename")
        if filename is not None and self._name == "file":
            if len(self.files) >= MAX_FILES:
                raise HttpError(400, f"too many files (at most {MAX_FILES} at once)")
            safe = safe_name(filename.decode("utf-8", "replace"))
            if not safe:
                return  # an empty file picker sends a nameless, empty part
            folder = self.folder / str(len(self.files) + 1)
            folder.mkdir(mode=0o700)
            self._out = open(folder / safe, "wb")  # noqa: SIM115 - closed in _end
            self.files.append((folder, safe, 0))

    def _data(self, data: bytes, start: int, end: int) -> None:
        if self._out is not None:
            self._out.write(data[start:end])
            self._size += end - start
        elif self._name is not None:
            self._value += data[start:end]
            if len(self._value) > MAX_FIELD_BYTES:
                raise HttpError(400, f"form field {self._name!r} too long")

    def _end(self) -> None:
        if self._out is not None:
            self._out.close()
            folder, name, _ = self.files[-1]
            self.files[-1] = (folder, name, self._size)
            self._out = None
        elif self._name:
            self.fields[self._name] = self._value.decode("utf-8", "replace")

    def close(self) -> None:
        if self._out is not None:
            self._out.close()


def safe_name(name: str) -> str:
    """The file's own name, without folders, control characters or a leading dot."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable() and ch not in '<>:"|?*').strip().lstrip(".")
    if len(name) > 120:
        stem, dot, suffix = name.rpartition(".")
        name = (stem[:100] + dot + suffix[:15]) if dot else name[:120]
    return name


def create_app(settings: Settings) -> Guard:
    secret = secrets.token_bytes(32)
    store = Store(settings.retention_seconds)
    minutes = max(1, round(settings.retention_seconds / 60))
    templates = Environment(autoescape=True)
    index_template = templates.from_string(
        resources.files(__package__).joinpath("templates/index.html").read_text(encoding="utf-8"))
    state: dict[str, Any] = {}

    def csrf_token() -> str:
        issued = str(int(time.time()))
        return f"{issued}.{hmac.new(secret, issued.encode(), hashlib.sha256).hexdigest()}"

    def csrf_valid(token: str) -> bool:
        issued, _, signature = token.partition(".")
        expected = hmac.new(secret, issued.encode(), hashlib.sha256).hexdigest()
        if not issued.isdigit() or not hmac.compare_digest(signature, expected):
            return False
        return 0 <= time.time() - int(issued) <= CSRF_LIFETIME

    def language(request: Request) -> str:
        return choose_language(request.query_params.get("lang") or request.cookies.get(LANG_COOKIE),
                               request.headers.get("accept-language"))

    def from_browser(request: Request) -> bool:
        """A browser says where a request comes from (Origin, Sec-Fetch-Site); scripts such as curl do not."""
        return "origin" in request.headers or "sec-fetch-site" in request.headers

    def same_origin(request: Request) -> bool:
        if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
            return False
        origin = request.headers.get("origin")
        if origin is None:
            return True
        return origin.split("://", 1)[-1] == request.headers.get("host", "")

    async def index(request: Request) -> Response:
        lang = language(request)
        page = index_template.render(lang=lang, other="fr" if lang == "en" else "en", t=TEXTS[lang],
                                     minutes=minutes, csrf=csrf_token())
        response = HTMLResponse(page)
        switched = request.query_params.get("lang")
        if switched in LANGUAGES:
            response.set_cookie(LANG_COOKIE, switched, samesite="strict", httponly=True)
        return response

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in _STATIC:
            return error_response(404, f"no such file: {name}")
        data = resources.files(__package__).joinpath(f"static/{name}").read_bytes()
        return Response(data, media_type=_STATIC[name])

    async def healthz(request: Request) -> Response:
        return PlainTextResponse("ok")

    async def review(request: Request) -> Response:
        lang = language(request)
        words = TEXTS[lang]
        if from_browser(request) and not same_origin(request):
            return error_response(403, words["forbidden"])
        content_type, options = parse_options_header(request.headers.get("content-type", ""))
        if content_type != b"multipart/form-data" or not options.get(b"boundary"):
            return error_response(400, "send the files as multipart/form-data, field 'file'")
        limit = settings.max_upload_bytes
        too_large = words["too_large"].format(limit=limit // (1024 * 1024) or f"{limit / 1024 / 1024:.2f}")
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            return error_response(413, too_large)
        batch_id, batch = store.new()
        upload = Upload(options[b"boundary"], batch)
        received = 0
        try:
            try:
                async for chunk in request.stream():
                    received += len(chunk)
                    if received > limit:
                        raise HttpError(413, too_large)
                    upload.parser.write(chunk)
                upload.parser.finalize()
            finally:
                upload.close()
            if from_browser(request) and not csrf_valid(upload.fields.get("csrf", "")):
                raise HttpError(403, words["forbidden"])
            if not upload.files:
                raise HttpError(400, words["no_file"])
            profile = upload.fields.get("profile") or None
            if profile not in (None, "partnership", "supplier", "all"):
                raise HttpError(400, f"unknown profile {profile!r}: partnership, supplier or all")
            report_lang = upload.fields.get("report_lang") or None
            if report_lang not in (None, *LANGUAGES):
                raise HttpError(400, f"unknown report language {report_lang!r}: en or fr")
        except HttpError as error:
            store.delete(batch_id)
            return error_response(error.status, error.message)
        except Exception:  # a malformed body: the parser's own words may be long, ours is one line
            store.delete(batch_id)
            return error_response(400, "malformed multipart body")
        for _, name, size in upload.files:
            print(f"clausekit: received {name} ({size} bytes)", file=sys.stderr, flush=True)
        return await _review(request, lang, batch_id, batch, upload, profile, report_lang)

    async def _review(request: Request, lang: str, batch_id: str, batch: Path, upload: Upload,
                      profile: str | None, report_lang: str | None) -> Response:
        loop = asyncio.get_running_loop()
        pool = state["pool"]
        jobs = []
        for folder, name, _ in upload.files:
            file_id, own = store.new()
            os.replace(folder, own / "upload")  # the file gets its own id: its downloads live there
            jobs.append((file_id, FileJob(str(own / "upload"), name, profile, report_lang)))
        try:
            outcomes: list[FileOutcome] = await asyncio.gather(
                *(loop.run_in_executor(pool, review_file, job) for _, job in jobs))
        except Exception:
            for file_id, _ in jobs:
                store.delete(file_id)
            store.delete(batch_id)
            print("clausekit: a worker failed while reviewing", file=sys.stderr, flush=True)
            return error_response(500, "the review failed on the server; try again or run 'clausekit lint'")
        reports = [o.report for o in outcomes if o.report is not None]
        failures = [o.failure for o in outcomes if o.failure is not None]
        for (file_id, _), outcome in zip(jobs, outcomes):
            if outcome.report is None:
                store.delete(file_id)
        if not reports:
            store.delete(batch_id)
            first = failures[0]
            status = 415 if first.message.startswith("unsupported file type") else 422
            return error_response(status, "; ".join(f"{f.path}: {f.message}" for f in failures))
        from ..review.report import reporter
        from ..results import RunResult

        page = reporter("html").render(RunResult(reports=reports, failures=failures, catalogue=state["catalogue"]))
        page_lang = reports[0].report_language if reports[0].report_language in LANGUAGES else lang
        page = _with_downloads(page, [(file_id, o) for (file_id, _), o in zip(jobs, outcomes) if o.report],
                               TEXTS[page_lang], minutes)  # in the report's language, like the rest of the page
        (batch / "page.html").write_text(page, encoding="utf-8")
        location = f"/review/{batch_id}"
        return HTMLResponse(page, headers={"content-security-policy": REPORT_CSP, "x-review-page": location})

    async def review_page(request: Request) -> Response:
        folder = store.folder(request.path_params["review_id"])
        if folder is None or not (folder / "page.html").is_file():
            return error_response(404, TEXTS[language(request)]["not_found"].format(minutes=minutes))
        return HTMLResponse((folder / "page.html").read_text(encoding="utf-8"),
                            headers={"content-security-policy": REPORT_CSP})

    def download(name: str, media_type: str):
        async def endpoint(request: Request) -> Response:
            folder = store.folder(request.path_params["review_id"])
            if folder is None or not (folder / "upload" / name).is_file():
                return error_response(404, TEXTS[language(request)]["not_found"].format(minutes=minutes))
            return FileResponse(folder / "upload" / name, media_type=media_type, filename=name)
        return endpoint

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        from ..review.engine import engine_for

        state["catalogue"] = engine_for(settings.config).catalogue()
        # spawn: a clean process, not a fork of one running an event loop and threads.
        pool = ProcessPoolExecutor(settings.workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=prepare, initargs=(settings.config,))
        state["pool"] = pool
        for _ in range(settings.workers):
            pool.submit(os.getpid)  # start the workers (and their warm-up) now, not on the first upload

        async def sweep() -> None:
            while True:
                await asyncio.sleep(min(30.0, max(0.2, settings.retention_seconds / 5)))
                store.sweep()

        sweeper = asyncio.create_task(sweep())
        try:
            yield
        finally:
            sweeper.cancel()
            # Stop the workers now, even in the middle of a long PDF: a worker left behind would keep
            # running (and holding the terminal) after the server. The executor has no public way to
            # terminate its processes, hence its private table.
            workers = list(getattr(pool, "_processes", {}).values())
            pool.shutdown(wait=False, cancel_futures=True)
            for worker in workers:
                worker.terminate()
            for worker in workers:
                worker.join(10)
            store.close()
            print("clausekit: stopped; uploaded files and reviews deleted", file=sys.stderr, flush=True)

    routes = [
        Route("/", index, methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/static/{name}", static, methods=["GET"]),
        Route("/review", review, methods=["POST"]),
        Route("/review/{review_id}", review_page, methods=["GET"]),
        Route("/review/{review_id}/annotated.docx",
              download("annotated.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
              methods=["GET"]),
        Route("/review/{review_id}/report.json", download("report.json", "application/json"), methods=["GET"]),
    ]

    async def not_found(request: Request, exc: Exception) -> Response:
        return error_response(404, f"no such page: {request.url.path}")

    async def not_allowed(request: Request, exc: Exception) -> Response:
        return error_response(405, f"{request.method} is not allowed on {request.url.path}")

    async def crashed(request: Request, exc: Exception) -> Response:
        print(f"clausekit: internal error on {request.url.path}", file=sys.stderr, flush=True)
        return error_response(500, "internal error; the server log has no contract content")

    app = Starlette(routes=routes, lifespan=lifespan,
                    exception_handlers={404: not_found, 405: not_allowed, 500: crashed})
    app.state.store = store
    return Guard(app, settings.token)


def _with_downloads(page: str, files: list[tuple[str, FileOutcome]], words: dict, minutes: int) -> str:
    """The report page with, under its title, each file's download links and a way back."""
    rows = []
    for file_id, outcome in files:
        links = [f'<a href="/review/{file_id}/report.json" download>{html.escape(words["json"])}</a>']
        if outcome.annotated:
            label = words["annotated_copy"] if outcome.annotated == "copy" else words["annotated_report"]
            links.insert(0, f'<a class="annotated" href="/review/{file_id}/annotated.docx" download>'
                            f'{html.escape(label)}</a>')
        rows.append(f'<li><span class="file">{html.escape(outcome.name)}</span>: {" · ".join(links)}</li>')
    card = (f'<nav class="card downloads"><h2>{html.escape(words["downloads"])}</h2><ul>{"".join(rows)}</ul>'
            f'<p class="meta">{html.escape(words["expires"].format(minutes=minutes))} '
            f'<a href="/">{html.escape(words["new"])}</a></p></nav>')
    head, marker, rest = page.partition("</h1>")
    if not marker:
        return page.replace("<main>", "<main>" + card, 1)
    return head + marker + card + rest
