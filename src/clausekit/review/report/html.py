"""The HTML report: one self-contained page for people who would rather look than read.

A coverage picture first (a bar and a tile per checklist item, coloured strong /
weak / missing, with the status also written so that colour is never the only cue),
then each finding with its quoted passage. Several files give one page with a row
per file above the details. Inline CSS, no script, no external asset (a
Content-Security-Policy says so to the browser); every text from a document goes
through html.escape. Readable on a phone: viewport meta and a layout that reflows.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from ...results import DocumentReport, ItemResult, RunResult
from . import register

STATUSES = ("strong", "weak", "missing")
STATUS_ORDER = ("missing", "weak", "strong")

_STYLE = """
:root { --strong: #2e7d32; --weak: #a15c00; --missing: #c62828;
        --strong-bg: #e8f5e9; --weak-bg: #fff3e0; --missing-bg: #ffebee; --line: #d9d9d9; }
* { box-sizing: border-box; }
body { margin: 0; background: #f6f6f4; color: #1d1d1d;
       font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 62rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 0 0 .25rem; overflow-wrap: anywhere; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
h4 { font-size: 1rem; margin: 0 0 .25rem; }
.card { background: #fff; border: 1px solid var(--line); border-radius: .75rem; padding: 1rem; margin: 0 0 1rem; }
.meta { color: #555; margin: 0 0 .5rem; font-size: .9rem; }
.verdict { font-weight: 600; margin: .5rem 0; }
.bar { display: block; width: 100%; height: .9rem; border-radius: .45rem; overflow: hidden;
       background: #eee; }
.bar .strong { fill: var(--strong); } .bar .weak { fill: var(--weak); } .bar .missing { fill: var(--missing); }
.tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(10.5rem, 1fr)); gap: .5rem;
         list-style: none; margin: 0; padding: 0; }
.tile { border-radius: .5rem; border-left: .45rem solid; padding: .5rem .7rem; min-height: 3.6rem; }
.tile a { color: inherit; text-decoration: none; display: block; }
.tile .name { display: block; font-weight: 600; line-height: 1.25; }
.tile .status { font-size: .85rem; }
.strong.tile, .strong.finding { background: var(--strong-bg); border-color: var(--strong); }
.weak.tile, .weak.finding { background: var(--weak-bg); border-color: var(--weak); }
.missing.tile, .missing.finding { background: var(--missing-bg); border-color: var(--missing); }
.strong .status, .strong .badge { color: var(--strong); }
.weak .status, .weak .badge { color: var(--weak); }
.missing .status, .missing .badge { color: var(--missing); }
.findings { list-style: none; margin: 0; padding: 0; }
.finding { border-left: .3rem solid; border-radius: .5rem; padding: .6rem .8rem; margin: 0 0 .6rem; }
.finding.drafting { background: #f3f3f3; border-color: #888; }
.finding p { margin: .2rem 0; }
.badge { font-size: .8rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; margin-left: .4rem; }
.where { color: #555; font-size: .85rem; }
blockquote { margin: .4rem 0 .2rem; padding: .4rem .7rem; background: #fff; border-left: .25rem solid #bbb;
             font-family: Georgia, "Times New Roman", serif; white-space: pre-wrap;
             overflow-wrap: anywhere; }
table.files { width: 100%; border-collapse: collapse; }
table.files th, table.files td { text-align: left; vertical-align: top; padding: .5rem;
                                 border-bottom: 1px solid var(--line); }
table.files td.file { overflow-wrap: anywhere; }
.dots { display: flex; flex-wrap: wrap; gap: .2rem; margin-top: .3rem; }
.dot { width: 1.1rem; height: 1.1rem; border-radius: .25rem; display: inline-block; font-size: .7rem;
       line-height: 1.1rem; text-align: center; color: #fff; font-weight: 700; }
.dot.strong { background: var(--strong); } .dot.weak { background: var(--weak); }
.dot.missing { background: var(--missing); }
.error { color: var(--missing); }
footer { color: #666; font-size: .8rem; text-align: center; padding: 1rem 0 2rem; }
@media (max-width: 40rem) {
  main { padding: .6rem; }
  .tiles { grid-template-columns: repeat(auto-fill, minmax(8.5rem, 1fr)); }
  table.files thead { display: none; }
  table.files, table.files tbody, table.files tr, table.files td { display: block; width: 100%; }
  table.files tr { border-bottom: 1px solid var(--line); padding: .4rem 0; }
  table.files td { border: 0; padding: .15rem 0; }
}
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _anchor(document: int, item: str) -> str:
    return f"doc{document}-{item}"


def _bar(counts: dict[str, int], words: dict) -> str:
    """An inline SVG bar: the share of strong, weak and missing checklist items."""
    total = sum(counts.values()) or 1
    x, parts = 0.0, []
    for status in STATUSES:
        width = 100 * counts[status] / total
        if width:
            parts.append(f'<rect class="{status}" x="{x:.2f}" y="0" width="{width:.2f}" height="10"/>')
        x += width
    label = _e(words["verdict"].format(**counts))
    return (f'<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="{label}">'
            f'<title>{label}</title>{"".join(parts)}</svg>')


def _tiles(items: list[ItemResult], words: dict, document: int, linked: set[str]) -> str:
    tiles = []
    for item in items:
        body = (f'<span class="name">{_e(item.title)}</span>'
                f'<span class="status">{_e(words["mark"][item.status])} {_e(words["status"][item.status])}</span>')
        if item.id in linked:
            body = f'<a href="#{_anchor(document, item.id)}">{body}</a>'
        tiles.append(f'<li class="tile {item.status}" data-item="{_e(item.id)}">{body}</li>')
    return f'<ul class="tiles">{"".join(tiles)}</ul>'


def _findings(report: DocumentReport, words: dict, document: int) -> tuple[str, set[str]]:
    """The findings, item by item (missing first), each quote under its message; and the items listed."""
    from ..wording import full_message, item_findings, where

    lang = report.report_language
    entries, listed = [], set()
    ranked = sorted(report.items, key=lambda i: (i.kind != "checklist", STATUS_ORDER.index(i.status)))
    for item in ranked:
        if item.status == "strong" or (item.status == "missing" and item.kind != "checklist"):
            continue
        findings = item_findings(report, item)
        lines, quoted = [], set()
        for finding in findings:  # a passage judged for several findings is quoted under the first
            place = where(finding.location, lang)
            lines.append(f'<p class="message" data-rule="{_e(finding.rule)}">{_e(full_message(finding, lang))}'
                         + (f' <span class="where">({_e(place)})</span>' if place else "") + "</p>")
            if finding.quote and finding.quote not in quoted:
                quoted.add(finding.quote)
                lines.append(f"<blockquote>{_e(finding.quote)}</blockquote>")
        if item.status == "weak" and item.evidence and not quoted:
            evidence = item.evidence[0]
            place = where(evidence.location, lang)
            lines.append(f"<blockquote>{_e(evidence.text)}</blockquote>"
                         + (f'<p class="where">{_e(place)}</p>' if place else ""))
        listed.add(item.id)
        entries.append(f'<li class="finding {item.status}" id="{_anchor(document, item.id)}">'
                       f'<h4>{_e(item.title)}<span class="badge">{_e(words["status"][item.status])}</span></h4>'
                       f'{"".join(lines)}</li>')
    known = {item.id for item in report.items}
    for finding in (f for f in report.findings if f.item not in known):  # consistency, then drafting
        place = where(finding.location, lang)
        title = words["kinds"].get(finding.item) or words["html"]["other_findings"]
        others = "".join(f'<blockquote class="other">{_e(r.text)}</blockquote>'
                         f'<p class="where">{_e(where(r.location, lang))}</p>'
                         for r in finding.related if r.role == "other" and r.text != finding.quote)
        entries.append(f'<li class="finding drafting {_e(finding.item)}"><h4>{_e(title)}</h4>'
                       f'<p class="message" data-rule="{_e(finding.rule)}">{_e(finding.message)}'
                       + (f' <span class="where">({_e(place)})</span>' if place else "") + "</p>"
                       + (f"<blockquote>{_e(finding.quote)}</blockquote>" if finding.quote else "")
                       + others + "</li>")
    if not entries:
        return f'<p>{_e(words["html"]["no_findings"])}</p>', listed
    return f'<ol class="findings">{"".join(entries)}</ol>', listed


def _document(report: DocumentReport, document: int) -> str:
    from ..wording import profile_title
    from ..wording import words as texts

    words = texts(report.report_language)
    findings, listed = _findings(report, words, document)
    checklist = [i for i in report.items if i.kind == "checklist"]
    hygiene = [i for i in report.items if i.kind == "hygiene"]
    parts = [f'<section class="card document" id="doc{document}">',
             f"<h2>{_e(report.path)}</h2>",
             f'<p class="meta">{_e(report.language)} · {_e(profile_title(report.profile, report.report_language))}'
             f' · {_e(words["html"]["words"].format(count=report.words))}</p>',
             f'<p class="verdict">{_e(words["verdict"].format(**report.counts("checklist")))}</p>',
             _bar(report.counts("checklist"), words),
             f'<h3>{_e(words["html"]["coverage"])}</h3>', _tiles(checklist, words, document, listed)]
    if hygiene:
        hygiene_verdict = words["verdict"].format(**report.counts("hygiene"))
        parts += [f'<h3>{_e(words["kinds"]["hygiene"])} · {_e(hygiene_verdict)}</h3>',
                  _tiles(hygiene, words, document, listed)]
    parts += [f'<h3>{_e(words["html"]["findings"])}</h3>', findings, "</section>"]
    return "".join(parts)


def _overview(reports: Sequence[DocumentReport], words: dict) -> str:
    """One row per file: its verdict, its bar and a square per checklist item."""
    from ..wording import words as texts

    rows = []
    for number, report in enumerate(reports, 1):
        own = texts(report.report_language)  # each row speaks its document's report language
        dots = "".join(f'<span class="dot {i.status}" title="{_e(i.title)}: {_e(own["status"][i.status])}">'
                       f'{_e(own["mark"][i.status])}</span>' for i in report.items if i.kind == "checklist")
        rows.append(f'<tr class="file"><td class="file"><a href="#doc{number}">{_e(report.path)}</a></td>'
                    f'<td>{_e(own["verdict"].format(**report.counts("checklist")))}'
                    f'{_bar(report.counts("checklist"), own)}<div class="dots">{dots}</div></td></tr>')
    return (f'<section class="card overview"><h2>{_e(words["html"]["files"])}</h2><table class="files">'
            f'<thead><tr><th>{_e(words["html"]["document"])}</th><th>{_e(words["html"]["coverage"])}</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></section>')


@register("html")
def render_html(run: RunResult) -> str:
    reports, failures = run.reports, run.failures
    from ... import __version__
    from ..wording import words as texts

    lang = reports[0].report_language if reports else "en"
    words = texts(lang)
    body = [f'<h1>{_e(words["html"]["title"])}</h1>']
    if len(reports) > 1:
        body.append(_overview(reports, words))
    body.extend(_document(report, number) for number, report in enumerate(reports, 1))
    if failures:
        items = "".join(f'<li><span class="file">{_e(f.path)}</span>: <span class="error">{_e(f.message)}</span></li>'
                        for f in failures)
        body.append(f'<section class="card errors"><h2>{_e(words["html"]["errors"])}</h2><ul>{items}</ul></section>')
    return ("<!DOCTYPE html>\n"
            f'<html lang="{_e(lang)}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
            f'<title>{_e(words["html"]["title"])}</title><style>{_STYLE}</style></head>'
            f'<body><main>{"".join(body)}</main>'
            f'<footer>{_e(words["html"]["generated"].format(version=__version__))}</footer></body></html>\n')
