"""Waivers: a known defect accepted for a stated reason, until a date.

A waiver file lists entries with a path (or glob), a rule id (or a glob of ids), a
reason and an expiry date::

    waivers:
      - path: contracts/legacy/*.pdf
        rule: pilot.missing
        reason: Signed before the pilot policy; renegotiation planned for 2027.
        expires: 2027-06-30

A waived finding stays in the reports, marked waived with its reason, and does not
count for ``--fail-on``. After its expiry date a waiver waives nothing and becomes
itself an error finding on each document it covers, so that waivers are renewed
deliberately instead of piling up. Paths are matched like the configuration's globs,
relative to the project root.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path

import yaml

from ...errors import ClauseKitError
from ...results import DocumentReport
from ...yaml_input import InputLoader, problem
from ..rules import Rule
from .config import LintConfig, PathPatterns
from .tracking import TrackedFinding, Waived, tracked

EXPIRED_RULE = "waiver.expired"
_ENTRY_KEYS = ("path", "rule", "reason", "expires")
_LINE = "__line__"


@dataclass(frozen=True)
class Waiver:
    path: str
    rule: str
    reason: str
    expires: date
    source: str  # "file:line", for messages

    def covers(self, relative_path: str) -> bool:
        return PathPatterns((self.path,)).matches(relative_path)

    def waives(self, rule_id: str) -> bool:
        return fnmatch.fnmatchcase(rule_id, self.rule)

    def expired(self, today: date) -> bool:
        return today > self.expires


@cache
def waiver_rules() -> dict[str, Rule]:
    """The rules a waiver file can break, described like lint rules (for SARIF and ``rules``)."""
    raw = yaml.safe_load((Path(__file__).with_name("waiver_rules.yaml")).read_text(encoding="utf-8"))
    return {rule_id: Rule(id=rule_id, item=spec["item"], check="waiver", severity=spec["severity"],
                          message=spec["message"], doc=spec["doc"], fix=None, examples={})
            for rule_id, spec in raw.items()}


class _LineLoader(InputLoader):
    """Remember the line of every mapping, so an error or a message can point at the entry."""

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping[_LINE] = node.start_mark.line + 1
        return mapping


def load_waivers(path: Path, known_rules: set[str]) -> list[Waiver]:
    """Read and check a waiver file; any mistake is one line naming the file, the entry and the key."""
    try:
        text = path.read_text(encoding="utf-8")
        raw = yaml.load(text, Loader=_LineLoader)  # noqa: S506 (a SafeLoader)
    except FileNotFoundError:
        raise ClauseKitError("no such waiver file", path) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ClauseKitError(f"cannot read the waiver file: {error}", path) from None
    except (yaml.YAMLError, RecursionError) as error:
        raise ClauseKitError(f"invalid YAML: {problem(error, text)}", path) from None
    if not isinstance(raw, dict) or not isinstance(raw.get("waivers"), list):
        raise ClauseKitError("expected a top-level 'waivers:' list", path)
    waivers = []
    for number, entry in enumerate(raw["waivers"], start=1):
        if not isinstance(entry, dict):
            raise ClauseKitError(f"waivers[{number}]: expected a mapping with {', '.join(_ENTRY_KEYS)}", path)
        where = f"waivers[{number}] (line {entry[_LINE]})"
        unknown = sorted(set(entry) - set(_ENTRY_KEYS) - {_LINE})
        if unknown:
            raise ClauseKitError(f"{where}: unknown key {unknown[0]!r}; allowed: {', '.join(_ENTRY_KEYS)}", path)
        for key in ("path", "rule", "reason"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise ClauseKitError(f"{where}: {key}: required, a non-empty string", path)
        if not fnmatch.filter(known_rules, entry["rule"]):
            raise ClauseKitError(f"{where}: rule: {entry['rule']!r} matches no rule; "
                                 "run 'clausekit rules' for the list", path)
        expires = entry.get("expires")
        if isinstance(expires, str):
            try:
                expires = date.fromisoformat(expires)
            except ValueError:
                expires = None
        if not isinstance(expires, date):
            raise ClauseKitError(f"{where}: expires: required, a date written YYYY-MM-DD", path)
        waivers.append(Waiver(path=entry["path"], rule=entry["rule"], reason=" ".join(entry["reason"].split()),
                              expires=expires, source=f"{path.name}:{entry[_LINE]}"))
    return waivers


def apply_waivers(reports: list[DocumentReport], waivers: list[Waiver], config: LintConfig,
                  today: date) -> list[DocumentReport]:
    """Mark waived findings and add an error for each expired waiver covering a document."""
    expired_rule = waiver_rules()[EXPIRED_RULE]
    result = []
    for report in reports:
        relative = config.relative(report.path)
        covering = [w for w in waivers if w.covers(relative)]
        valid = [w for w in covering if not w.expired(today)]
        findings = []
        for finding in report.findings:
            waiver = next((w for w in valid if w.waives(finding.rule)), None)
            if waiver is not None:
                finding = replace(tracked(finding), waiver=Waived(waiver.reason, waiver.expires, waiver.source))
            findings.append(finding)
        for waiver in covering:
            if waiver.expired(today):
                message = expired_rule.message[report.report_language].format(
                    rule=waiver.rule, path=waiver.path, expires=waiver.expires.isoformat(),
                    source=waiver.source, reason=waiver.reason)
                findings.append(TrackedFinding(rule=EXPIRED_RULE, item=expired_rule.item,
                                               severity=expired_rule.severity, message=message))
        result.append(replace(report, findings=findings))
    return result
