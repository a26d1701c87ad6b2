"""A documentation page per rule (``docs/rules/<id>.md``), generated from the rule files, so
that SARIF's ``helpUri``, GitHub code scanning and ``clausekit rules explain`` point at a
page that says what the rule checks, why it matters and how to fix it, in both languages."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from .rules import DOCUMENT_ITEMS, Rule, RuleSet

RULE_DOCS_URL = "https://github.com/clausekit/clausekit/blob/main/docs/rules"


def help_uri(rule_id: str) -> str:
    return f"{RULE_DOCS_URL}/{rule_id}.md"


def rule_page(rule: Rule, item_title: Mapping[str, str]) -> str:
    lines = [f"# `{rule.id}`", "",
             f"Severity: **{rule.severity}** · checklist item: `{rule.item}` ({item_title['en']} / {item_title['fr']})",
             "", f"> {rule.message['en']}", ">", f"> {rule.message['fr']}", "",
             "## Why it matters, how to fix it", "", rule.doc["en"].strip(), "",
             "## Pourquoi c'est important, comment corriger", "", rule.doc["fr"].strip(), ""]
    if rule.fix:
        lines += ["## The library's clause", "", f"`clausekit clause show {rule.fix}` gives the clause that satisfies it.",
                  ""]
    for outcome, heading in (("fail", "Reported"), ("pass", "Not reported")):
        written = rule.examples.get(outcome) or {}
        if written:
            lines += [f"## {heading}", ""]
            lines += [f"- ({lang}) {text}" for lang in sorted(written) for text in written[lang]]
            lines.append("")
    return "\n".join(lines)


def rule_pages(rules: RuleSet, catalogue: Mapping[str, Rule]) -> dict[str, str]:
    """File name -> content: a page per rule and an index."""
    pages = {}
    index = ["# clausekit rules", "", "| rule | severity | message |", "|---|---|---|"]
    for rule_id in sorted(catalogue):
        rule = catalogue[rule_id]
        titles = {lang: rules.item_title(rule.item, lang) if rule.item in rules.items or rule.item in DOCUMENT_ITEMS
                  else rule.item for lang in ("en", "fr")}
        pages[f"{rule_id}.md"] = rule_page(rule, titles)
        index.append(f"| [`{rule_id}`]({rule_id}.md) | {rule.severity} | {rule.message['en'].replace('|', '/')} |")
    pages["README.md"] = "\n".join(index) + "\n"
    return pages


def write_rule_pages(pages: Mapping[str, str], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
