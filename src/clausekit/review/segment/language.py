"""Which language a contract is written in, and which profile it belongs to, offline.

The words are data (``lint_rules/lexicon/language.yaml``): a language or a profile is
added there, not here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import yaml

from ...document import Document
from ...resources import data_dir

_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class _Lexicon:
    function_words: dict[str, frozenset[str]]  # language -> its commonest words
    profiles: dict[str, re.Pattern]  # profile -> its vocabulary, every language


@cache
def _lexicon() -> _Lexicon:
    path = data_dir("lint_rules") / "lexicon" / "language.yaml"
    raw = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return _Lexicon(
        function_words={lang: frozenset(words) for lang, words in raw["function_words"].items()},
        profiles={profile: re.compile(r"\b(?:" + "|".join(patterns) + r")\b", re.IGNORECASE)
                  for profile, patterns in raw["profiles"].items()})


def detect_language(document: Document) -> str:
    """The language whose function words the opening uses most. A word counts for the first
    language listing it; a tie goes to the last language listed (English, the default)."""
    counts = dict.fromkeys(_lexicon().function_words, 0)
    for word in _WORD.findall(document.text[:40_000].lower()):
        for lang, words in _lexicon().function_words.items():
            if word in words:
                counts[lang] += 1
                break
    return max(reversed(counts), key=lambda lang: counts[lang])


def detect_profile(document: Document) -> str:
    """The profile whose vocabulary weighs most; the title and opening count five times as much as the body.
    A tie goes to the first profile listed (supplier)."""
    opening = " ".join(p.text for p in document.paragraphs[:8])
    body = document.text[:200_000]
    weights = {profile: 5 * len(pattern.findall(opening)) + len(pattern.findall(body))
               for profile, pattern in _lexicon().profiles.items()}
    return max(weights, key=lambda profile: weights[profile])
