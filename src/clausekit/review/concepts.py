"""Concepts: the words of a clause written once as sets, then used in every rule pattern.

A rule says "solicit / market to / contact / divert" x "customers / clients / accounts"
as two named sets, not as one regular expression per phrasing. The sets live in
``lint_rules/lexicon/concepts.<lang>.yaml``:

    solicit:
      verbs: [solicit, market to, contact, divert]   # inflected: solicits, soliciting, diverted...
    customer:
      nouns: [customer, client, account]             # plural forms too
      words: [clientèle]                             # as written
      stems: [démarch]                               # any ending: démarche, démarcher, démarchage

and a rule pattern refers to them:

- ``{solicit}`` is any word or term of the set (whole words);
- ``~N`` between two parts lets up to N words stand between them inside the same sentence
  (a gap of words, not of characters, that never crosses ``.``, ``;``, ``!`` or ``?``), so
  that "shall not, directly or indirectly, solicit" and "customers of the other Party" are
  reached without listing each intervening phrase; it crosses a colon, so that a list
  lead-in reaches its first item ("shall not: (a) solicit"), and a lead-in governs the later items
  of an inline list too ("shall not: (a) compete ...; or (b) solicit").

Expansion happens when the rules are loaded, before the patterns are compiled, so the
concept patterns are ordinary anchors and elements: they get the literal prefilter of
``prefilter`` and the lowercased scan, and users' own rule files can use the shipped
sets (and a ``concepts.<lang>.yaml`` of their own beside their rules).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from ..errors import ClauseKitError
from ..resources import data_dir

_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader where libyaml is there

_REFERENCE = re.compile(r"\{([a-z][a-z0-9_]*)\}")
_GAP = re.compile(r"\s*~(\d{1,2})\s*")
# Between two words of a gap: spaces and the punctuation that stays inside a sentence.
_SEPARATOR = r"(?:[\s,:()\"“”«»'’/&\-]|\[|\])+"
_WORD = r"[\w$€£%]+(?:[.,'’\-][\w%]+)*"  # "50.1%", "l'autre", "third-party": one word
_KINDS = ("verbs", "nouns", "words", "stems")


# A later item of an inline list: "; (b) ", "; or (ii) ", "; et 3) ".
_LATER_ITEM = r";\s*(?:(?:and|or|et|ou)\s+)?\(?(?:[a-z]|[ivx]{1,5}|\d{1,2})[.)]"
LATER_ITEM_REACH = 600  # characters of earlier items a lead-in reaches across, to the item it governs


def gap(words: int) -> str:
    """Up to ``words`` words between two parts of a pattern, within one sentence; or, when a colon
    opens an inline list within those words, up to ``words`` words into any later item of the list
    ("shall not: (a) compete ...; or (b) solicit any customer": the lead-in governs every item)."""
    plain = f"(?:{_SEPARATOR}{_WORD}){{0,{words}}}?{_SEPARATOR}"
    into_later_item = (f"(?:{_SEPARATOR}{_WORD}){{0,{words}}}?\\s*:[^.!?]{{0,{LATER_ITEM_REACH}}}?"
                       f"{_LATER_ITEM}{plain}")
    return f"(?:{plain}|{into_later_item})"


def _english_verb(base: str) -> list[str]:
    """The forms of a regular English verb (irregular ones list their forms as ``words``)."""
    if base.endswith("ie"):
        return [base, base + "s", base + "d", base[:-2] + "ying"]
    if base.endswith("e"):
        return [base, base + "s", base + "d", base[:-1] + "ing"]
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return [base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"]
    if base.endswith(("s", "x", "z", "ch", "sh")):
        return [base, base + "es", base + "ed", base + "ing"]
    forms = [base, base + "s", base + "ed", base + "ing"]
    if re.search(r"[^aeiou][aeiou][bdgmnprt]$", base) and len(base) <= 4:  # "bar" -> "barred", "plan" -> "planned"
        forms += [base + base[-1] + "ed", base + base[-1] + "ing"]
    return forms


def _english_noun(base: str) -> list[str]:
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return [base, base[:-1] + "ies"]
    if base.endswith(("s", "x", "z", "ch", "sh")):
        return [base, base + "es"]
    return [base, base + "s"]


def _french_noun(base: str) -> list[str]:
    if base.endswith(("s", "x", "z")):
        return [base]
    if base.endswith("al"):
        return [base, base[:-2] + "aux"]
    return [base, base + "s"]


def _inflected(term: str, kind: str, lang: str) -> list[str]:
    """Regex forms of one term: a verb inflects its first word, a noun its last."""
    words = term.split()
    if kind == "verbs":
        if lang != "en":
            raise ValueError(f"verbs are inflected in English only; give French forms as 'words' or 'stems' ({term!r})")
        return [re.escape(" ".join([form, *words[1:]])) for form in _english_verb(words[0])]
    if kind == "nouns":
        inflect = _english_noun if lang == "en" else _french_noun
        return [re.escape(" ".join([*words[:-1], form])) for form in inflect(words[-1])]
    if kind == "stems":
        return [re.escape(term) + r"\w*"]
    return [re.escape(term)]


def _factored(forms: list[str]) -> str:
    """Forms as one alternation, longest first (so that "solicits" is tried before "solicit")."""
    unique = sorted(set(forms), key=lambda form: (-len(form), form))
    return "(?:" + "|".join(unique) + ")"


def _set_pattern(name: str, spec: object, lang: str, where: str) -> str:
    if not isinstance(spec, dict) or not spec or set(spec) - set(_KINDS):
        raise ClauseKitError(f"concept {name!r}: expected a mapping of {', '.join(_KINDS)} to lists of terms", where)
    forms: list[str] = []
    for kind, terms in spec.items():
        if not isinstance(terms, list) or not all(isinstance(t, str) and t.strip() for t in terms):
            raise ClauseKitError(f"concept {name!r}: {kind} must be a list of terms", where)
        try:
            forms += [form for term in terms for form in _inflected(term.strip().lower(), kind, lang)]
        except ValueError as error:
            raise ClauseKitError(f"concept {name!r}: {error}", where) from None
    return r"\b" + _factored(forms) + r"(?!\w)"


def _read(path: Path) -> dict:
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or {}
    except yaml.YAMLError as error:
        raise ClauseKitError(f"invalid YAML: {error}".splitlines()[0], path) from None
    if not isinstance(raw, dict):
        raise ClauseKitError("a concepts file must map concept names to their terms", path)
    return raw


@cache
def lexicon(lang: str, extra_dirs: tuple[Path, ...] = ()) -> dict[str, str]:
    """Concept name -> its pattern, for ``lang``: the shipped sets, then an organisation's (which win)."""
    sets: dict[str, str] = {}
    for folder in (data_dir("lint_rules") / "lexicon", *extra_dirs):
        sets.update(_file_sets(folder / f"concepts.{lang}.yaml", lang))
    return sets


@cache
def _file_sets(path: Path, lang: str) -> dict[str, str]:
    """One concepts file's patterns, read once however many rule folders share it."""
    if not path.is_file():
        return {}
    return {name: _set_pattern(name, spec, lang, str(path)) for name, spec in _read(path).items()}


def expand(pattern: str, lang: str, extra_dirs: tuple[Path, ...] = ()) -> str:
    """A rule pattern with its ``{concept}`` references and ``~N`` gaps written out as regex."""
    if "{" not in pattern and "~" not in pattern:
        return pattern
    sets = lexicon(lang, extra_dirs)

    def concept(match: re.Match) -> str:
        name = match.group(1)
        if name not in sets:
            raise ClauseKitError(f"unknown concept {{{name}}} ({lang}); the concepts are defined in "
                                 f"lint_rules/lexicon/concepts.{lang}.yaml")
        return sets[name]

    return _GAP.sub(lambda m: gap(int(m.group(1))), _REFERENCE.sub(concept, pattern))
