"""Lint rules: loaded from each item package's ``rules.yaml`` and checked against the checklist.

One file per checklist or hygiene item (``items/<id>/rules.yaml``; an organisation's
rule folders may replace it) says how to find the clause (headings,
anchor phrases), which elements make it strong (patterns, value checks,
modality, negation) and which rules report what is missing or weak. Every rule
has a stable id ``<item>.<check>``, a severity, a one-line message and a doc in
both languages, a fix pointing at a library clause, and examples that the test
suite runs (a passing and a failing one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

import yaml

from ..checklist import LANGUAGES, Checklist, load_checklist
from ..errors import ClauseKitError
from ..resources import data_dir
from .concepts import expand
from .pattern_safety import ADVICE, nested_unbounded

SEVERITIES = ("info", "warning", "error")
RULES_NAME = "rules.yaml"  # an item package's lint rules
_RULE_FILE_KEYS = {"item", "fix", "locate", "elements", "weaknesses", "engagement", "rules"}
_LOCATE_KEYS = {"headings", "anchors", "exclude", "false_friends", "min_elements_without_heading",
                "shares_clauses_with"}
PROOFREADING = "proofreading"  # the item of the document-wide checks (clausekit.review.proofread)
CONSISTENCY = "consistency"  # the item of the checks across clauses (clausekit.review.consistency)
DOCUMENT_ITEMS = (PROOFREADING, CONSISTENCY)  # findings about the whole document, no checklist item
_FLAGS = re.IGNORECASE | re.MULTILINE

_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is several times faster


def _whitespace_tolerant(pattern: str) -> str:
    """Let a space in a pattern match any run of whitespace.

    Paragraphs keep their line breaks and exported contracts double their spaces, so
    "governed by the" must also match "governed by\\n   the". A space becomes ``\\s+``,
    an optional space (" ?") ``\\s*``; in a character class, a look-behind (which must
    keep a fixed width) or before a quantifier it becomes ``\\s``.
    """
    out: list[str] = []
    groups: list[bool] = []  # open groups: is each one a look-behind?
    in_class = False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        following = pattern[i + 1:i + 2]
        if char == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = char != "]"
            out.append(r"\s" if char == " " else char)
        elif char == "[":
            in_class = True
            out.append(char)
        elif char == "(":
            groups.append(pattern.startswith(("(?<=", "(?<!"), i))
            out.append(char)
        elif char == ")":
            if groups:
                groups.pop()
            out.append(char)
        elif char == " " and (any(groups) or following in ("*", "+", "{")):
            out.append(r"\s")
        elif char == " " and following == "?":
            out.append(r"\s*")
            i += 1
        elif char == " ":
            out.append(r"\s+")
        else:
            out.append(char)
        i += 1
    return "".join(out)


def compile_pattern(pattern: str, flags: int, where: str, slots: dict[str, str] | None = None) -> re.Pattern:
    """One pattern from the rule data, whitespace-tolerant like the item rules; each ``{name}`` of
    ``slots`` is replaced by its regex as it is (``{duration}`` in the facts' patterns)."""
    parts = [pattern]
    for name, regex in (slots or {}).items():
        parts = [piece for part in parts for piece in _split_keep(part, "{" + name + "}", regex)]
    try:
        return re.compile("".join(p if isinstance(p, _Slot) else _whitespace_tolerant(p) for p in parts), flags)
    except re.error as error:
        raise ClauseKitError(f"bad pattern in {where}: {error}") from None


class _Slot(str):
    """A regex put into a pattern as it is, not made whitespace-tolerant."""


def _split_keep(text: str, marker: str, regex: str) -> list[str]:
    if isinstance(text, _Slot) or marker not in text:
        return [text]
    pieces: list[str] = []
    for i, piece in enumerate(text.split(marker)):
        if i:
            pieces.append(_Slot(regex))
        pieces.append(piece)
    return pieces


class PerLanguage(dict):
    """Patterns by language, compiled the first time a language is asked for.

    A run lints documents in one language or two; compiling (and, for anchors,
    parsing for literal prefilters) only what is asked halves the start-up.
    ``compile_all`` forces every language, for validation.
    """

    def __init__(self, build, patterns: dict | None, where: str, lexicons: tuple[Path, ...] = ()):
        super().__init__()
        self._build, self._sources, self._where, self._lexicons = build, patterns or {}, where, lexicons

    def __missing__(self, lang: str):
        sources = self._sources.get(lang) or []
        for source in sources:
            if isinstance(source, str) and nested_unbounded(source):
                raise ClauseKitError(f"pattern {source!r} ({lang}): {ADVICE}", self._where)
        try:
            alternatives = [expand(p, lang, self._lexicons) for p in sources]
            value = self._build(alternatives)
        except re.error as error:
            raise ClauseKitError(f"bad pattern ({lang}): {error}", self._where) from None  # names the rule file
        except ClauseKitError as error:
            if error.path:  # a concepts file: it names itself
                raise
            raise ClauseKitError(f"{error.message} ({lang})", self._where) from None
        self[lang] = value
        return value

    def get(self, lang: str, default=None):
        return self[lang] if lang in LANGUAGES else default

    def compile_all(self) -> None:
        for lang in LANGUAGES:
            self.get(lang)


class Alternation:
    """A rule's patterns as one alternation, so a scan is one pass.

    ``in_lowered`` runs it in lower case over text already lowercased, which the regex
    engine scans several times faster than with IGNORECASE (see ``Anchor``); ``search``
    is the case-insensitive form, for text whose lowercasing would shift offsets and for
    the few whole-text checks.
    """

    def __init__(self, source: str):
        self.source = source
        self._lowered = re.compile(lower_pattern(source), re.MULTILINE)  # now: a bad pattern fails at load time

    @cached_property
    def _compiled(self) -> re.Pattern:
        return re.compile(self.source, _FLAGS)

    def search(self, text: str, *bounds: int) -> re.Match | None:
        return self._compiled.search(text, *bounds)

    def finditer(self, text: str):
        return self._compiled.finditer(text)

    def finditer_lowered(self, lowered: str):
        """Every match in a lowercased text, several times faster than ``finditer`` with IGNORECASE."""
        return self._lowered.finditer(lowered)

    def in_lowered(self, lowered: str) -> re.Match | None:
        """The first match in a lowercased text (offsets are the original text's when lowering kept them)."""
        return self._lowered.search(lowered)


def _alternation(alternatives: list[str]) -> Alternation | None:
    if not alternatives:
        return None
    return Alternation("|".join(f"(?:{_whitespace_tolerant(p)})" for p in alternatives))


@dataclass(frozen=True)
class Anchor:
    """One anchor alternative, ready for scans over a whole document.

    ``literals``: one of them occurs in any match (None: no such literal), so only the
    passages holding one need the regex. ``lowered``: the pattern in lower case and
    case-sensitive, for the document's lowercased text: without IGNORECASE the regex
    engine compares characters directly and can skip ahead to a possible first letter,
    several times faster on long contracts. ``pattern``, case-insensitive, serves the
    rare text whose lowercasing would shift offsets.
    """

    literals: tuple[str, ...] | None
    source: str
    lowered: re.Pattern

    @cached_property
    def pattern(self) -> re.Pattern:
        return re.compile(self.source, _FLAGS)


# What lowering must not touch: escapes ("\\S", "\\N{...}"), group names and references to them.
_NOT_LOWERED = re.compile(r"\\N\{[^}]*\}|\\.|\(\?P<[^>]*>|\(\?P=[^)]*\)", re.DOTALL)


def lower_pattern(pattern: str) -> str:
    """A regex in lower case, escapes and group names kept ("\\S" stays "\\S", "\\bIP\\b" becomes "\\bip\\b")."""
    out: list[str] = []
    last = 0
    for kept in _NOT_LOWERED.finditer(pattern):
        out += (pattern[last:kept.start()].lower(), kept.group())
        last = kept.end()
    out.append(pattern[last:].lower())
    return "".join(out)


def _with_gates(alternatives: list[str]) -> list[Anchor]:
    """Each alternative with its literal prefilter, for scans over the whole text."""
    from .prefilter import literal_gate

    tolerant = [_whitespace_tolerant(p) for p in alternatives]
    return [Anchor(literal_gate(p), p, re.compile(lower_pattern(p), re.MULTILINE)) for p in tolerant]


def _compile(patterns: dict | None, where: str, lexicons: tuple[Path, ...] = ()) -> PerLanguage:
    return PerLanguage(_alternation, patterns, where, lexicons)


def _gated(patterns: dict | None, where: str, lexicons: tuple[Path, ...] = ()) -> PerLanguage:
    return PerLanguage(_with_gates, patterns, where, lexicons)


@dataclass(frozen=True)
class ValueCheck:
    kind: str  # duration | frequency
    near: PerLanguage
    min_months: float | None
    max_months: float | None
    rule: str  # the rule reported when a value is found but out of range
    required: bool  # without a value the element is absent, whatever the patterns say


@dataclass(frozen=True)
class Element:
    name: str
    patterns: PerLanguage
    negated: PerLanguage
    together: PerLanguage  # must also match the same sentence
    value: ValueCheck | None
    firm: bool  # the sentence stating it must be an obligation, not a "may"
    with_measure: bool  # a figure in the sentence, or in the list it introduces
    not_in_titles: bool = False  # a heading naming it does not provide it ("Bonus and malus" with no bonus)
    settled_by: tuple[str, ...] = ()  # items whose own clause settles it wherever it stands (IP kept at the end)
    elsewhere: PerLanguage | None = None  # sentences outside the clause that count for it ("on expiry, ...")


@dataclass(frozen=True)
class EngagementCheck:
    """How the text names each engagement type, and says that a term is indefinite."""

    rule: str  # the rule reported when the term does not suit the stated engagement
    indefinite: PerLanguage
    indefinite_term: dict[str, str]  # how the report names an indefinite term
    types: dict[str, PerLanguage]  # engagement type id -> its names, per language


@dataclass(frozen=True)
class Rule:
    id: str
    item: str
    check: str  # "missing", "element:<name>", "value:<name>", "weakness:<name>" or "engagement"
    severity: str
    message: dict[str, str]
    doc: dict[str, str]
    fix: str | None
    examples: dict


@dataclass(frozen=True)
class ItemRules:
    item: str
    fix: str | None
    headings: PerLanguage
    anchors: PerLanguage  # language -> list[Anchor]
    exclude: PerLanguage
    false_friends: PerLanguage  # the item's words in another sense ("exclusive remedy"): a match inside one is no mention
    min_elements_without_heading: int  # scattered mentions must show this many elements to count
    shares_clauses_with: tuple[str, ...]  # items whose own clauses often carry this item's provisions too
    engagement: EngagementCheck | None  # term only: the duration against the stated engagement type
    elements: dict[str, Element]
    weaknesses: tuple[str, ...]
    rules: dict[str, Rule]
    source: Path

    def rule_for(self, check: str) -> Rule:
        """The rule reporting ``check``; loading made sure every check has one."""
        return next(r for r in self.rules.values() if r.check == check)


@dataclass(frozen=True)
class RuleSet:
    checklist: Checklist
    items: dict[str, ItemRules]
    weaknesses: dict[str, PerLanguage]
    definitions_headings: PerLanguage = field(default_factory=lambda: PerLanguage(_alternation, None, ""))
    cross_references: PerLanguage = field(  # "provided for in clause 6"
        default_factory=lambda: PerLanguage(_alternation, None, ""))
    modality: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    # Sentences that mention a clause without providing it (a survival list, a pointer to another
    # agreement): scope name -> its patterns, read by the locator.
    scope: dict[str, PerLanguage] = field(default_factory=dict)
    proofreading: dict[str, Rule] = field(default_factory=dict)  # rules of the document-wide checks
    proofreading_data: dict = field(default_factory=dict)  # their vocabulary and patterns, as loaded
    consistency: dict[str, Rule] = field(default_factory=dict)  # rules over the facts of several clauses
    consistency_data: dict = field(default_factory=dict)  # the facts' patterns, as loaded

    @property
    def rules(self) -> dict[str, Rule]:
        rules = {rule.id: rule for item in self.items.values() for rule in item.rules.values()}
        rules.update(self.proofreading)
        rules.update(self.consistency)
        return rules

    def item_title(self, item_id: str, lang: str) -> str:
        """The title of a checklist item, or of the proofreading or consistency checks (no checklist item)."""
        if item_id in DOCUMENT_ITEMS:
            data = self.proofreading_data if item_id == PROOFREADING else self.consistency_data
            return (data.get("title") or {}).get(lang, item_id)
        return self.checklist.item(item_id).title[lang]

    def rule(self, rule_id: str) -> Rule:
        try:
            return self.rules[rule_id]
        except KeyError:
            raise ClauseKitError(f"unknown rule {rule_id!r}; run 'clausekit rules' for the list") from None


def _load_user_item(path: Path, raw: object, checklist: Checklist) -> ItemRules:
    """``_load_item`` for any rule file: a mistake in it names the rule file."""
    if not isinstance(raw, dict) or not isinstance(raw.get("item"), str):
        raise ClauseKitError("not a rule file: expected a mapping with 'item: <checklist item id>'", path)
    try:
        return _load_item(path, raw, checklist)
    except (AttributeError, TypeError, KeyError, ValueError) as error:  # a key of the wrong shape
        raise ClauseKitError(f"not a valid rule file ({type(error).__name__}: {error})"[:300], path) from None


def _load_item(path: Path, raw: dict, checklist: Checklist) -> ItemRules:
    if not isinstance(raw, dict):
        raise ClauseKitError("a rule file must be a mapping (item, locate, elements, rules...)", path)
    for table, allowed in ((raw, _RULE_FILE_KEYS), (raw.get("locate") or {}, _LOCATE_KEYS)):
        unknown = sorted(map(str, set(table) - allowed)) if isinstance(table, dict) else []
        if unknown:  # a misspelt key would silently detect nothing (schemas/rules.schema.json lists them)
            raise ClauseKitError(f"unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}", path)
    item_id = raw.get("item")
    if item_id not in checklist.items:
        raise ClauseKitError(f"unknown checklist item {item_id!r}", path)
    item = checklist.items[item_id]
    lexicons = (path.parent / "lexicon",)  # a rule folder may define concepts of its own

    def compile_(patterns: dict | None, where: str) -> PerLanguage:
        return _compile(patterns, where, lexicons)
    elements = {}
    for name, spec in (raw.get("elements") or {}).items():
        if item.elements and name not in item.elements:
            raise ClauseKitError(f"element {name!r} is not an element of {item_id} in its item.yaml", path)
        value = None
        if spec.get("value"):
            v = spec["value"]
            value = ValueCheck(kind=v["kind"], near=compile_(v.get("near"), f"{path.name}:{name}.near"),
                               min_months=v.get("min_months"), max_months=v.get("max_months"), rule=v["rule"],
                               required=bool(v.get("required")))
        elements[name] = Element(
            name=name,
            patterns=compile_(spec.get("patterns"), f"{path.name}:{name}"),
            negated=compile_(spec.get("negated"), f"{path.name}:{name}.negated"),
            together=compile_(spec.get("with"), f"{path.name}:{name}.with"),
            value=value,
            firm=bool(spec.get("firm")),
            with_measure=bool(spec.get("with_measure")),
            not_in_titles=bool(spec.get("not_in_titles")),
            settled_by=tuple(spec.get("settled_by") or ()),
            elsewhere=compile_(spec.get("elsewhere"), f"{path.name}:{name}.elsewhere"),
        )
        unknown = [other for other in elements[name].settled_by if other not in checklist.items]
        if unknown:
            raise ClauseKitError(f"{item_id}: element {name} is settled_by unknown item(s) {', '.join(unknown)}", path)
    missing_elements = set(item.elements) - set(elements)
    if missing_elements:
        raise ClauseKitError(f"no detection for element(s) {', '.join(sorted(missing_elements))} of {item_id}", path)
    rules = {}
    for rule_id, spec in (raw.get("rules") or {}).items():
        if not rule_id.startswith(f"{item_id}."):
            raise ClauseKitError(f"rule id {rule_id!r} must start with '{item_id}.'", path)
        severity = spec.get("severity", "warning")
        if severity not in SEVERITIES:
            raise ClauseKitError(f"rule {rule_id}: severity {severity!r} not in {SEVERITIES}", path)
        for key in ("message", "doc"):
            if set(spec.get(key) or {}) != set(LANGUAGES):
                raise ClauseKitError(f"rule {rule_id}: {key} needs both 'en' and 'fr'", path)
        rules[rule_id] = Rule(id=rule_id, item=item_id, check=spec["check"], severity=severity,
                              message=spec["message"], doc=spec["doc"], fix=spec.get("fix", raw.get("fix")),
                              examples=spec.get("examples") or {})
    checks = {r.check for r in rules.values()}
    needed = {"missing"} | {f"element:{e}" for e in elements}
    needed |= {f"weakness:{w}" for w in raw.get("weaknesses") or []}
    if not needed <= checks:
        raise ClauseKitError(f"{item_id}: no rule for check(s) {', '.join(sorted(needed - checks))}", path)
    for element in elements.values():
        if element.value and element.value.rule not in rules:
            raise ClauseKitError(f"{item_id}: value check names unknown rule {element.value.rule!r}", path)
    locate = raw.get("locate") or {}
    shares = tuple(locate.get("shares_clauses_with") or ())
    unknown = [other for other in shares if other not in checklist.items]
    if unknown:
        raise ClauseKitError(f"{item_id}: shares_clauses_with names unknown item(s) {', '.join(unknown)}", path)
    engagement = None
    if raw.get("engagement"):
        spec = raw["engagement"]
        known = checklist.engagement_types
        unknown = [t for t in spec.get("types") or {} if t not in known]
        if unknown:
            raise ClauseKitError(f"{item_id}: unknown engagement type(s) {', '.join(unknown)}; valid: "
                                 f"{', '.join(known)}", path)
        if spec.get("rule") not in rules:
            raise ClauseKitError(f"{item_id}: the engagement check names unknown rule {spec.get('rule')!r}", path)
        engagement = EngagementCheck(
            rule=spec["rule"], indefinite=compile_(spec.get("indefinite"), f"{path.name}:engagement.indefinite"),
            indefinite_term=spec.get("indefinite_term") or {},
            types={t: compile_(names, f"{path.name}:engagement.{t}") for t, names in spec["types"].items()})
    return ItemRules(item=item_id, fix=raw.get("fix"),
                     headings=compile_(locate.get("headings"), f"{path.name}:headings"),
                     anchors=_gated(locate.get("anchors"), f"{path.name}:anchors", lexicons),
                     exclude=compile_(locate.get("exclude"), f"{path.name}:exclude"),
                     false_friends=compile_(locate.get("false_friends"), f"{path.name}:false_friends"),
                     min_elements_without_heading=int(locate.get("min_elements_without_heading", 0)),
                     shares_clauses_with=shares, engagement=engagement,
                     elements=elements, weaknesses=tuple(raw.get("weaknesses") or ()), rules=rules, source=path)


def _load_document_rules(raw: dict, item: str) -> dict[str, Rule]:
    """The rules of document-wide checks (``lint_rules/_proofreading.yaml``, ``_consistency.yaml``):
    item ``proofreading`` or ``consistency``, no fix."""
    rules = {}
    for rule_id, spec in (raw.get("rules") or {}).items():
        where = f"_{item}.yaml: rule {rule_id}"
        if not rule_id.startswith(f"{item}."):
            raise ClauseKitError(f"{where}: the id must start with '{item}.'")
        severity = spec.get("severity", "warning")
        if severity not in SEVERITIES:
            raise ClauseKitError(f"{where}: severity {severity!r} not in {SEVERITIES}")
        for key in ("message", "doc"):
            if set(spec.get(key) or {}) != set(LANGUAGES):
                raise ClauseKitError(f"{where}: {key} needs both 'en' and 'fr'")
        if not spec.get("check"):
            raise ClauseKitError(f"{where}: no check named")
        rules[rule_id] = Rule(id=rule_id, item=item, check=spec["check"], severity=severity,
                              message=spec["message"], doc=spec["doc"], fix=None,
                              examples=spec.get("examples") or {})
    return rules


def load_rules(extra_dirs: tuple[Path, ...] | list[Path] = (),
               item_dirs: tuple[Path, ...] | list[Path] = ()) -> RuleSet:
    """The rules of every item package (built-in, then an organisation's ``item_dirs``),
    with an organisation's rule folders (``extra_dirs``) replacing what they redefine;
    loaded once per process for each configuration."""
    return _load_rules(tuple(Path(folder).resolve() for folder in extra_dirs),
                       tuple(Path(folder).resolve() for folder in item_dirs))


def _read_rule_file(path: Path) -> dict:
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except yaml.YAMLError as error:
        raise ClauseKitError(f"invalid YAML: {error}".splitlines()[0], path) from None
    return raw if raw is not None else {}


@cache
def _load_rules(extra_dirs: tuple[Path, ...], item_dirs: tuple[Path, ...]) -> RuleSet:
    checklist = load_checklist(item_dirs)
    items: dict[str, ItemRules] = {}
    shared: dict = {}
    rule_files = [folder / RULES_NAME for folder in checklist.item_folders if (folder / RULES_NAME).is_file()]
    rule_files += [path for folder in (data_dir("lint_rules"), *extra_dirs) for path in sorted(folder.glob("*.yaml"))]
    for path in rule_files:
        raw = _read_rule_file(path)
        if path.name.startswith("_"):
            shared.update(raw)
            continue
        rules = _load_user_item(path, raw, checklist)
        items[rules.item] = rules
    absent = [i for i in checklist.items if i not in items]
    if absent:
        raise ClauseKitError(f"no lint rules for item(s): {', '.join(absent)}")
    weaknesses = {name: _compile(spec, f"_shared.yaml:{name}") for name, spec in (shared.get("weaknesses") or {}).items()}
    for item in items.values():
        unknown = set(item.weaknesses) - set(weaknesses)
        if unknown:
            raise ClauseKitError(f"{item.item}: unknown weakness set(s) {', '.join(sorted(unknown))}", item.source)
    modality = {kind: {lang: set(words) for lang, words in spec.items()}
                for kind, spec in (shared.get("modality") or {}).items()}
    ordered = {item_id: items[item_id] for item_id in checklist.items}
    scope = {name: _compile(spec, f"_shared.yaml:scope.{name}") for name, spec in (shared.get("scope") or {}).items()}
    proofreading = shared.get(PROOFREADING) or {}
    consistency = shared.get(CONSISTENCY) or {}
    return RuleSet(checklist=checklist, items=ordered, weaknesses=weaknesses, modality=modality, scope=scope,
                   definitions_headings=_compile(shared.get("definitions_headings"), "_shared.yaml:definitions_headings"),
                   cross_references=_compile(shared.get("cross_references"), "_shared.yaml:cross_references"),
                   proofreading=_load_document_rules(proofreading, PROOFREADING), proofreading_data=proofreading,
                   consistency=_load_document_rules(consistency, CONSISTENCY), consistency_data=consistency)
