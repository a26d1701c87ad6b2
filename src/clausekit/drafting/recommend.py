"""``clausekit recommend``: the article's decision matrix (affiliation, co-branding, joint
venture) applied to what the user says about risk, investment, independence and time.

The matrix lives in templates/decision_matrix.yaml; this module only scores it. Each
criterion the user gives matches one or more types; the type with the most matches
wins, and a tie goes to the lighter structure, as the article advises to start light.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ClauseKitError
from ..resources import data_dir
from .language import language
from .library import load_yaml_file

CRITERIA = ("risk", "investment", "independence", "time_to_execute")


def load_matrix(path: Path | None = None) -> dict:
    path = path or data_dir("templates") / "decision_matrix.yaml"
    matrix = load_yaml_file(path, "a decision matrix")
    if not isinstance(matrix, dict) or set(matrix.get("criteria", {})) != set(CRITERIA) or not matrix.get("types"):
        raise ClauseKitError(f"invalid decision matrix: needs criteria {', '.join(CRITERIA)} and types", path)
    return matrix


def read_criteria(path: Path) -> dict[str, Any]:
    raw = load_yaml_file(path, "an answers file")
    if not isinstance(raw, dict):
        raise ClauseKitError(f"must be a mapping with some of: {', '.join(CRITERIA)}", path)
    unknown = sorted(set(map(str, raw)) - set(CRITERIA))
    if unknown:
        raise ClauseKitError(f"unknown criteria {', '.join(unknown)}; valid: {', '.join(CRITERIA)}", path)
    return dict(raw)


@dataclass
class Match:
    criterion: str
    given: Any
    matches: set[str]  # type ids this answer matches


@dataclass
class Recommendation:
    type_id: str
    scores: dict[str, int]
    answers: list[Match] = field(default_factory=list)

    def explain(self, matrix: dict, lang: str) -> str:
        text = matrix["text"]
        chosen = matrix["types"][self.type_id]
        title = chosen["title"][lang]
        lines = [text["recommended"][lang].format(title=title, summary=chosen["summary"][lang],
                                                 template=chosen["template"])]
        for heading, matched in ((text["matched"][lang], True), (text["unmatched"][lang], False)):
            rows = [m for m in self.answers if (self.type_id in m.matches) == matched]
            if rows:
                lines.append(f"{heading}:")
                for row in rows:
                    criterion = matrix["criteria"][row.criterion]["title"][lang]
                    expected = _expected(matrix, row.criterion, self.type_id, lang)
                    lines.append("  - " + text["criterion"][lang].format(
                        criterion=criterion, given=_given(matrix, row, lang), title=title, expected=expected))
        lines.append(f"{text['scores'][lang]}: " + ", ".join(
            f"{matrix['types'][t]['title'][lang]} {score}/{len(self.answers)}" for t, score in self.scores.items()))
        best = max(self.scores.values())
        others = [matrix["types"][t]["title"][lang] for t, s in self.scores.items() if s == best and t != self.type_id]
        if others:
            lines.append(text["tie"][lang].format(others=", ".join(others)))
        lines.append(f"{text['advice_title'][lang]}: {' '.join(text['advice'][lang].split())}")
        if "caution" in chosen:
            lines.append(chosen["caution"][lang])
        lines.append(text["next"][lang].format(template=chosen["template"]))
        return language(lang).typography("\n".join(lines))


def _given(matrix: dict, match: Match, lang: str) -> str:
    spec = matrix["criteria"][match.criterion]
    if spec["kind"] == "percent":
        return language(lang).percentage(match.given)
    if spec["kind"] == "months":
        return language(lang).duration_digits(match.given, "months")
    return spec["level_titles"][match.given][lang]


def _expected(matrix: dict, criterion: str, type_id: str, lang: str) -> str:
    spec = matrix["criteria"][criterion]
    value = matrix["types"][type_id][criterion]
    if spec["kind"] == "percent":
        return language(lang).percentage(value)
    if spec["kind"] == "months":
        return matrix["text"]["months"][lang].format(low=value[0], high=value[1])
    return spec["level_titles"][value][lang]


def recommend(matrix: dict, criteria: dict[str, Any], source: str | Path | None = None) -> Recommendation:
    given = {key: value for key, value in criteria.items() if value is not None}
    if not given:
        raise ClauseKitError("give at least one criterion: --risk, --investment, --independence or --time-to-execute",
                             source)
    types = matrix["types"]
    answers = [Match(criterion, value, _matching_types(matrix, criterion, value, source))
               for criterion, value in given.items()]
    scores = {type_id: sum(type_id in answer.matches for answer in answers) for type_id in types}
    best = max(scores.values())
    winner = next(type_id for type_id, score in scores.items() if score == best)  # lightest first
    return Recommendation(type_id=winner, scores=scores, answers=answers)


def _matching_types(matrix: dict, criterion: str, value: Any, source) -> set[str]:
    spec = matrix["criteria"][criterion]
    types = matrix["types"]
    if spec["kind"] == "level":
        if value not in spec["levels"]:
            raise ClauseKitError(f"{criterion}: {value!r} is not one of {', '.join(spec['levels'])}", source)
        return {t for t, row in types.items() if row[criterion] == value}
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ClauseKitError(f"{criterion}: {value!r} is not a number", source)
    if spec["kind"] == "percent":
        if not 0 <= value <= 100:
            raise ClauseKitError(f"{criterion}: {value:g} is not a percentage between 0 and 100", source)
        distance = {t: abs(row[criterion] - value) for t, row in types.items()}
    else:
        if value <= 0:
            raise ClauseKitError(f"{criterion}: {value:g} months is not a positive duration", source)
        distance = {t: max(row[criterion][0] - value, value - row[criterion][1], 0) for t, row in types.items()}
    nearest = min(distance.values())
    return {t for t, d in distance.items() if d == nearest}
