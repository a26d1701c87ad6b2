"""The standings of ``clausekit compare`` as text, JSON or a self-contained HTML page.

Each format is a registered function, as the linter's reporters are: add one by registering.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable

from ..review.wording import where, words
from ..safe_text import visible
from . import Standing

Renderer = Callable[[str, list[Standing], str], str]
RENDERERS: dict[str, Renderer] = {}
_MARKS = {"preferred": "✓✓", "fallback": "✓", "between": "!", "below": "✗"}


def register(name: str) -> Callable[[Renderer], Renderer]:
    def decorate(function: Renderer) -> Renderer:
        RENDERERS[name] = function
        return function
    return decorate


def _differences(standing: Standing, lang: str) -> list[str]:
    """What places the clause where it stands, one line each, in ``lang``."""
    text = words(lang)["compare"]
    lines = []
    if standing.status == "missing":
        lines.append(text["no_clause"])
    if standing.walk_away:
        lines.append(f"{text['walk_away']} {'; '.join(standing.walk_away)}")
    others = [element for element in standing.lacking if element not in standing.walk_away]
    if others:
        lines.append(f"{text['lacking']} {'; '.join(others)}")
    for found in standing.concessions:
        place = where(found.location, lang)
        passage = words(lang)["related"]["quote"].format(text=visible(found.text))
        lines.append(f"{text['concedes']} {found.label} — {passage}" + (f" ({place})" if place else ""))
    if standing.status == "strong" and not standing.distinguishes_preferred:
        lines.append(text["not_distinguished"])
    return lines


@register("text")
def as_text(path: str, standings: list[Standing], lang: str) -> str:
    text = words(lang)["compare"]
    lines = [text["title"].format(path=visible(path))]
    for standing in standings:
        place = where(standing.location, lang)
        lines.append(f"  {_MARKS[standing.level]:2} {standing.item:24} {text['levels'][standing.level]}"
                     + (f"  [{place}]" if place else ""))
        lines.extend(f"       {line}" for line in _differences(standing, lang))
    return "\n".join(lines) + "\n"


@register("json")
def as_json(path: str, standings: list[Standing], lang: str) -> str:
    return json.dumps({"path": path, "items": [s.as_dict() for s in standings]}, ensure_ascii=False, indent=2) + "\n"


@register("html")
def as_html(path: str, standings: list[Standing], lang: str) -> str:
    text = words(lang)["compare"]
    rows = []
    for standing in standings:
        differences = "".join(f"<li>{html.escape(line)}</li>" for line in _differences(standing, lang))
        rows.append(f'<tr class="{standing.level}"><th scope="row">{html.escape(standing.title)}</th>'
                    f"<td>{html.escape(_MARKS[standing.level])} {html.escape(text['levels'][standing.level])}</td>"
                    f"<td><ul>{differences}</ul></td></tr>")
    head = "".join(f"<th scope=\"col\">{html.escape(c)}</th>" for c in text["columns"])
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{html.escape(text['page_title'])}</title>
<style>
body {{ font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; color: #1b1b1b; }}
table {{ border-collapse: collapse; width: 100%; }} th, td {{ text-align: left; vertical-align: top; padding: .5rem; border-bottom: 1px solid #ddd; }}
tr.preferred td:nth-child(2) {{ background: #c8e6c9; }} tr.fallback td:nth-child(2) {{ background: #e6f4d7; }}
tr.between td:nth-child(2) {{ background: #ffe082; }} tr.below td:nth-child(2) {{ background: #ffcdd2; }}
ul {{ margin: 0; padding-left: 1.1rem; }}
</style></head><body>
<h1>{html.escape(text['title'].format(path=visible(path)))}</h1>
<table><thead><tr>{head}</tr></thead><tbody>
{''.join(rows)}
</tbody></table></body></html>
"""
