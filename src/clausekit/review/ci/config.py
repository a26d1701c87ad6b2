"""Project configuration for ``clausekit lint``: ``clausekit.toml`` or ``[tool.clausekit]``.

A repository of contracts states once which files are contracts, which profile and
language they use, which rules matter to the organisation and what fails the build,
so that every developer, pre-commit hook and CI job lints the same way. The file is
found upward from the working directory; every mistake in it is one line naming the
file, the key and what is allowed (exit code 2).

Globs are matched against paths relative to the folder holding the configuration
(the project root). ``*`` stays inside a folder, ``**`` crosses folders, a pattern
without ``/`` matches at any depth, and a pattern naming a folder covers what is
inside it (``drafts`` excludes ``drafts/old/x.docx``).
"""

from __future__ import annotations

import fnmatch
import os
import tomllib
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

import pathspec

from ...checklist import LANGUAGES, PROFILE_CHOICES
from ...errors import ClauseKitError
from ..rules import SEVERITIES, load_rules

CONFIG_NAME = "clausekit.toml"
PYPROJECT = "pyproject.toml"
FAIL_ON_CHOICES = (*SEVERITIES, "never")
_TOP_KEYS = ("include", "exclude", "lang", "profile", "report-lang", "fail-on", "item-dirs", "rule-dirs", "waivers",
             "rules", "overrides")
_RULES_KEYS = ("enable", "disable", "severity")
_OVERRIDE_KEYS = ("files", "lang", "profile")


@dataclass(frozen=True)
class PathPatterns:
    """Path patterns with the semantics of ``.gitignore`` (pathspec's): a pattern without a
    slash matches at any depth, one with a slash from the project root, a folder covers what
    it holds, ``!`` re-includes, as every user of git already reads them."""

    patterns: tuple[str, ...]

    @cached_property
    def _spec(self) -> pathspec.GitIgnoreSpec:
        return pathspec.GitIgnoreSpec.from_lines(p.strip().replace("\\", "/").removeprefix("./") for p in self.patterns)

    def matches(self, relative: str) -> bool:
        return self._spec.match_file(relative)


@dataclass(frozen=True)
class Override:
    files: PathPatterns
    lang: str | None = None
    profile: str | None = None


@dataclass(frozen=True)
class FileSettings:
    lang: str | None
    profile: str | None


@dataclass(frozen=True)
class LintConfig:
    """What the configuration says; the defaults are what ``clausekit lint`` does without one."""

    root: Path
    source: Path | None = None
    include: PathPatterns | None = None
    exclude: PathPatterns = PathPatterns(())
    lang: str | None = None
    profile: str | None = None
    report_lang: str | None = None
    fail_on: str | None = None
    rule_dirs: tuple[Path, ...] = ()
    item_dirs: tuple[Path, ...] = ()  # folders of item packages: the organisation's own checklist items
    waivers: Path | None = None
    enable: tuple[str, ...] = ()  # rule id patterns; empty: every rule
    disable: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    overrides: tuple[Override, ...] = ()

    def relative(self, path: str | Path) -> str:
        """The path relative to the project root, POSIX style (absolute when outside it)."""
        absolute = os.path.abspath(path)
        relative = os.path.relpath(absolute, self.root)
        return Path(absolute).as_posix() if relative.startswith("..") else Path(relative).as_posix()

    def selects(self, path: str | Path) -> bool:
        relative = self.relative(path)
        if self.include is not None and not self.include.matches(relative):
            return False
        return not self.exclude.matches(relative)

    def settings_for(self, path: str | Path) -> FileSettings:
        """Profile and language of one file: the last matching override wins over the top level."""
        lang, profile = self.lang, self.profile
        relative = self.relative(path)
        for override in self.overrides:
            if override.files.matches(relative):
                lang = override.lang or lang
                profile = override.profile or profile
        return FileSettings(lang=lang, profile=profile)

    def rule_enabled(self, rule_id: str) -> bool:
        if self.enable and not any(fnmatch.fnmatchcase(rule_id, p) for p in self.enable):
            return False
        return not any(fnmatch.fnmatchcase(rule_id, p) for p in self.disable)

    def severity_of(self, rule_id: str, default: str) -> str:
        for pattern, severity in self.severity.items():
            if fnmatch.fnmatchcase(rule_id, pattern):
                return severity
        return default


def find_config(start: Path) -> Path | None:
    """The nearest ``clausekit.toml``, or ``pyproject.toml`` with a ``[tool.clausekit]`` table."""
    for folder in (start, *start.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
        candidate = folder / PYPROJECT
        if candidate.is_file() and "clausekit" in _read_toml(candidate).get("tool", {}):
            return candidate
    return None


@cache
def project_root(start: Path) -> Path:
    """What report paths, fingerprints and baselines are relative to, whatever the working
    directory: the repository's top (the folder holding ``.git``), else the configuration
    file's folder, else ``start``."""
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    config = find_config(start)
    return config.parent.resolve() if config is not None else start


def load_config(explicit: Path | None = None, start: Path | None = None) -> LintConfig:
    """The configuration named on the command line, else the nearest one, else the defaults."""
    start = (start or Path.cwd()).resolve()
    path = explicit if explicit is not None else find_config(start)
    if path is None:
        return LintConfig(root=start)
    if not path.is_file():
        raise ClauseKitError("no such configuration file", path)
    data = _read_toml(path)
    if path.name == PYPROJECT:
        if "clausekit" not in data.get("tool", {}):
            raise ClauseKitError("no [tool.clausekit] table", path)
        data, prefix = data["tool"]["clausekit"], "tool.clausekit."
    else:
        prefix = ""
    return _parse(data, path, prefix)


def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ClauseKitError(f"invalid TOML: {error}", path) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ClauseKitError(f"cannot read the configuration: {error}", path) from None


class _Reader:
    """Typed access to one table of the configuration; errors name the file and the key."""

    def __init__(self, data: dict, path: Path, prefix: str, allowed: tuple[str, ...]):
        if not isinstance(data, dict):
            raise ClauseKitError(f"{prefix.rstrip('.')}: expected a table", path)
        self.data, self.file, self.prefix = data, path, prefix
        unknown = sorted(set(data) - set(allowed))
        if unknown:
            raise ClauseKitError(f"unknown key {prefix}{unknown[0]}; allowed: {', '.join(allowed)}", path)

    def fail(self, key: str, problem: str) -> ClauseKitError:
        return ClauseKitError(f"{self.prefix}{key}: {problem}", self.file)

    def choice(self, key: str, choices: tuple[str, ...]) -> str | None:
        value = self.data.get(key)
        if value is not None and value not in choices:
            raise self.fail(key, f"{value!r} is not one of {', '.join(choices)}")
        return value

    def strings(self, key: str) -> tuple[str, ...] | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(key, "expected a list of non-empty strings")
        return tuple(value)

    def folders(self, key: str) -> tuple[Path, ...]:
        """Existing folders, relative to the configuration file."""
        found = []
        for name in self.strings(key) or ():
            folder = self.file.parent / name
            if not folder.is_dir():
                raise self.fail(key, f"{name!r} is not a folder (paths are relative to {self.file.name})")
            found.append(folder.resolve())
        return tuple(found)

    def path(self, key: str) -> Path | None:
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, "expected a path (a string)")
        return self.file.parent / value


def _rule_patterns(reader: _Reader, key: str, known: set[str]) -> tuple[str, ...]:
    patterns = reader.strings(key) or ()
    for pattern in patterns:
        if not fnmatch.filter(known, pattern):
            raise reader.fail(key, f"{pattern!r} matches no rule; run 'clausekit rules' for the list")
    return patterns


def _parse(data: dict, path: Path, prefix: str) -> LintConfig:
    top = _Reader(data, path, prefix, _TOP_KEYS)
    rule_dirs, item_dirs = top.folders("rule-dirs"), top.folders("item-dirs")
    # loading the rules validates the extra item and rule files (naming the bad one) and gives the ids to check
    known = set(load_rules(rule_dirs, item_dirs).rules) if rule_dirs or item_dirs or "rules" in data else set()

    rules = _Reader(data.get("rules", {}), path, f"{prefix}rules.", _RULES_KEYS)
    severity_table = rules.data.get("severity", {})
    if not isinstance(severity_table, dict):
        raise rules.fail("severity", "expected a table of rule id = severity")
    for pattern, severity in severity_table.items():
        if severity not in SEVERITIES:
            raise rules.fail(f"severity.{pattern}", f"{severity!r} is not one of {', '.join(SEVERITIES)}")
        if not fnmatch.filter(known, pattern):
            raise rules.fail(f"severity.{pattern}", "matches no rule; run 'clausekit rules' for the list")

    overrides = []
    raw_overrides = data.get("overrides", [])
    if not isinstance(raw_overrides, list):
        raise top.fail("overrides", "expected an array of tables ([[overrides]])")
    for number, raw in enumerate(raw_overrides, start=1):
        entry = _Reader(raw, path, f"{prefix}overrides[{number}].", _OVERRIDE_KEYS)
        files = entry.strings("files")
        if not files:
            raise entry.fail("files", "required: the globs this override applies to")
        lang, profile = entry.choice("lang", LANGUAGES), entry.choice("profile", PROFILE_CHOICES)
        if lang is None and profile is None:
            raise entry.fail("files", "an override needs 'lang' or 'profile'")
        overrides.append(Override(PathPatterns(files), lang, profile))

    waivers = top.path("waivers")
    if waivers is not None and not waivers.is_file():
        raise top.fail("waivers", f"{waivers.name!r} does not exist (paths are relative to {path.name})")
    include = top.strings("include")
    return LintConfig(
        root=path.parent.resolve(), source=path,
        include=PathPatterns(include) if include is not None else None,
        exclude=PathPatterns(top.strings("exclude") or ()),
        lang=top.choice("lang", LANGUAGES), profile=top.choice("profile", PROFILE_CHOICES),
        report_lang=top.choice("report-lang", LANGUAGES), fail_on=top.choice("fail-on", FAIL_ON_CHOICES),
        rule_dirs=rule_dirs, item_dirs=item_dirs, waivers=waivers,
        enable=_rule_patterns(rules, "enable", known), disable=_rule_patterns(rules, "disable", known),
        severity=dict(severity_table), overrides=tuple(overrides),
    )
