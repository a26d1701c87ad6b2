"""Read what a QBR needs from a contract: the linter's report, then the few facts it does not read.

The linter (``Engine.lint_document``) gives the language, the governance clause (its item's
evidence), the parties (facts of kind ``party``, the only place they are read) and the findings. This module reads, on the
same ``Document``, what the facts layer has no kind for: the effective date, the committee
(name, members, frequency), the named partnership managers and the KPIs with their targets.
The patterns are data (``reading.yaml``); the frequencies are the linter's
(``analysis.values.frequencies``), with a few phrases of its own.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import yaml

from ..document import Document, Paragraph, Section
from ..errors import ClauseKitError
from ..results import DocumentReport
from ..review.pattern_safety import ADVICE, nested_unbounded
from ..review.rules import compile_pattern
from ..review.segment import values
from ..review.segment.numbers import DIGITS, parse_number, parse_words_tail, words_pattern
from .model import AgendaBlock, Frequency, Kpi, Manager, QbrKit, Review, Stated

REVIEWS_SHOWN = 4
LANGUAGES = ("en", "fr")


def _load(name: str) -> dict:
    path = Path(__file__).with_name(name)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@cache
def reading_data() -> dict:
    return _load("reading.yaml")


@cache
def kit_data() -> dict:
    return _load("kit.yaml")


# ---- patterns ------------------------------------------------------------------------------

def _month_names() -> list[tuple[str, int]]:
    data = reading_data()["months"]
    return [(name, number) for lang in LANGUAGES for number, names in enumerate(data[lang], start=1)
            for name in names]


def _date_regex() -> str:
    names = "|".join(re.escape(n) for n, _ in sorted(_month_names(), key=lambda m: len(m[0]), reverse=True))
    month = rf"(?:{names})(?![\w])\.?"
    return (rf"(?P<date>\d{{4}}-\d{{1,2}}-\d{{1,2}}(?!\d)|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}}(?!\d)"
            rf"|\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:of\s+)?{month},?\s+\d{{4}}(?!\d)"
            rf"|{month}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}(?!\d))")


_NUMBER_SLOT = rf"(?P<number>{DIGITS}|{words_pattern()})(?:\s*\((?P<digits>\d+)\))?"


_FIGURE = re.compile(
    rf"(?:(?:EUR|USD|GBP|CHF|€|\$|£)\s?)?(?:{DIGITS}|{words_pattern()})(?:\s*\(\d[\d\s.,\u00a0\u202f]*\))?"
    r"(?:\s?(?:%|EUR|USD|GBP|CHF|euros?|€|per ?cent|pour ?cent)(?![\w]))?", re.IGNORECASE)


def _compile(source: str, where: str) -> re.Pattern:
    if nested_unbounded(source):  # checked before the slots, which are the project's own (and safe) regexes
        raise ClauseKitError(f"pattern {source!r} in qbr/reading.yaml: {where}: {ADVICE}")
    return compile_pattern(source, re.IGNORECASE, f"qbr/reading.yaml: {where}",
                           {"date": _date_regex(), "number": _NUMBER_SLOT, "figure": _FIGURE.pattern})


def _alternatives(spec: dict | None, lang: str, where: str) -> tuple[re.Pattern, ...]:
    return tuple(_compile(p, f"{where}.{lang}[{i}]") for i, p in enumerate((spec or {}).get(lang) or []))


def _one(spec: dict | None, lang: str, where: str) -> re.Pattern | None:
    alternatives = (spec or {}).get(lang) or []
    return _compile("|".join(f"(?:{a})" for a in alternatives), f"{where}.{lang}") if alternatives else None


@dataclass(frozen=True)
class _Patterns:
    effective_date: tuple[re.Pattern, ...]
    committee_name: tuple[re.Pattern, ...]
    members_per_party: tuple[re.Pattern, ...]
    members_total: tuple[re.Pattern, ...]
    meeting: re.Pattern | None
    frequencies: tuple[tuple[re.Pattern, float], ...]
    manager_words: tuple[str, ...]
    managers: tuple[re.Pattern, ...]
    kpi_lists: tuple[tuple[str, re.Pattern], ...]
    thresholds: re.Pattern | None
    relationship: re.Pattern | None
    committee_words: tuple[str, ...]
    name_tails: re.Pattern
    name_heads: re.Pattern
    target_tail: re.Pattern


@cache
def patterns(lang: str) -> _Patterns:
    data = reading_data()
    extra = tuple((_compile(rf"\b(?:{'|'.join(entry['phrases'])})\b", f"frequencies[{i}]"), float(entry["months"]))
                  for i, entry in enumerate(data.get("frequencies") or []))
    lists = tuple((kind, pattern) for kind, spec in (data.get("kpi_lists") or {}).items()
                  if (pattern := _one(spec, lang, f"kpi_lists.{kind}")) is not None)
    tails = "|".join(data["name_tails"][lang])
    heads = "|".join(re.escape(h) for h in data["name_heads"][lang])
    return _Patterns(
        effective_date=_alternatives(data.get("effective_date"), lang, "effective_date"),
        committee_name=_alternatives(data.get("committee_name"), lang, "committee_name"),
        members_per_party=_alternatives(data.get("members_per_party"), lang, "members_per_party"),
        members_total=_alternatives(data.get("members_total"), lang, "members_total"),
        meeting=_one(data.get("meeting"), lang, "meeting"),
        frequencies=extra,
        manager_words=tuple(w.lower() for w in data["managers"]["words"][lang]),
        managers=_alternatives(data["managers"].get("named"), lang, "managers.named"),
        kpi_lists=lists,
        thresholds=_one({lang: [rf"\b(?:{t})\b" for t in data["thresholds"][lang]]}, lang, "thresholds"),
        relationship=_one(data.get("relationship"), lang, "relationship"),
        committee_words=tuple(w.lower() for w in data["committee_words"][lang]),
        name_tails=re.compile(rf"(?:\s+|(?<=['’]))(?:{tails})\s*$|\s+(?:{tails})$", re.IGNORECASE),
        name_heads=re.compile(rf"^(?:{heads})(?:\s+|(?<=['’]))", re.IGNORECASE),
        target_tail=_compile(r"\s+(?:(?:" + "|".join(data["target_tail"]["scales"][lang]) + r") {figure}"
                             r"|(?:" + "|".join(data["target_tail"]["units"][lang]) + r")(?![\w]))", "target_tail"),
    )


# ---- values ---------------------------------------------------------------------------------

def parse_date(text: str, lang: str = "en") -> date | None:
    """A date as contracts write it, in French or English; None when it is no real date. Figures
    only (01/03/2027) are read in the language's order (``numeric_date_order``), or in the other
    one when that is the only possible reading."""
    text = " ".join(text.lower().split())
    try:
        iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
        if iso:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        numeric = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", text)
        if numeric:
            first, second, year = (int(g) for g in numeric.groups())
            dmy = (reading_data().get("numeric_date_order") or {}).get(lang, "dmy") == "dmy"
            day, month = (first, second) if dmy else (second, first)
            if month > 12:
                day, month = month, day
            return date(year, month, day)
        months = dict(_month_names())
        day_first = re.fullmatch(r"(\d{1,2})(?:er|st|nd|rd|th)? (?:of )?([^\W\d_]+)\.?,? (\d{4})", text)
        if day_first and day_first.group(2) in months:
            return date(int(day_first.group(3)), months[day_first.group(2)], int(day_first.group(1)))
        month_first = re.fullmatch(r"([^\W\d_]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})", text)
        if month_first and month_first.group(1) in months:
            return date(int(month_first.group(3)), months[month_first.group(1)], int(month_first.group(2)))
    except ValueError:  # 31 February
        return None
    return None


def _count(match: re.Match) -> int | None:
    raw = match.group("digits") or match.group("number")
    number = parse_number(raw)
    if number is None:
        number = parse_words_tail(raw)
    return int(number) if number and number == int(number) and 0 < number < 100 else None


def add_months(day: date, months: int) -> date:
    """``day`` plus whole months, on the last day of a shorter month (31 January + 1 = 28 February)."""
    years, month = divmod(day.month - 1 + months, 12)
    year = day.year + years
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def review_dates(effective: date, months: float, start: date, count: int = REVIEWS_SHOWN) -> tuple[Review, ...]:
    """The next ``count`` reviews on or after ``start``: the effective date plus one interval, two...,
    each with the day its period starts (the review before, or the effective date). Each date is
    counted from the effective date, so that month ends do not drift."""
    if months < 1:
        step = timedelta(weeks=max(1, round(months * 30 / 7)))
        first = max(1, -(-(start - effective).days // step.days))
        return tuple(Review(effective + step * k, effective + step * (k - 1)) for k in range(first, first + count))
    interval = max(1, round(months))
    elapsed = (start.year - effective.year) * 12 + start.month - effective.month
    k = max(1, elapsed // interval - 1)
    found: list[Review] = []
    while len(found) < count:
        candidate = add_months(effective, k * interval)
        if candidate >= start:
            found.append(Review(candidate, add_months(effective, (k - 1) * interval)))
        k += 1
    return tuple(found)


# ---- where to read --------------------------------------------------------------------------

def _top_section(document: Document, paragraph: Paragraph) -> Section | None:
    """The clause a paragraph belongs to: its section, or the numbered clause above a sub-clause."""
    if not document.sections:
        return None
    section = document.sections[paragraph.section]
    index = section.index
    while index > 0 and (document.sections[index].level > 1 or "." in (document.sections[index].number or "")):
        index -= 1
    top = document.sections[index]
    return top if top.paragraphs else section


def _clause_paragraphs(document: Document, top: Section) -> list[Paragraph]:
    """A clause's paragraphs, its sub-sections' included."""
    found = list(top.paragraphs)
    for section in document.sections[top.index + 1:]:
        if section.level <= top.level and "." not in (section.number or ""):
            break
        found.extend(section.paragraphs)
    return found


def _item_clauses(document: Document, report: DocumentReport, item_id: str) -> list[Section]:
    tops: list[Section] = []
    for item in report.items:
        if item.id != item_id:
            continue
        for evidence in item.evidence:
            index = evidence.location.paragraph
            if index is None or not 0 < index <= len(document.paragraphs):
                continue
            top = _top_section(document, document.paragraphs[index - 1])
            if top is not None and all(top.index != t.index for t in tops):
                tops.append(top)
    return tops


def _stated(text: str, paragraph: Paragraph | None, document: Document) -> Stated:
    if paragraph is None:
        return Stated(" ".join(text.split()))
    return Stated(" ".join(text.split()), document.clause_number_at(paragraph.start), paragraph.page)


def _holding(document: Document, words: tuple[str, ...], excluded: set[int]) -> list[Paragraph]:
    found = {p.index: p for word in words for p in document.paragraphs_holding(word)}
    return [found[i] for i in sorted(found) if i not in excluded]


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end] within one paragraph (a semicolon does not end it)."""
    before = max((m.end() for m in re.finditer(r"[.!?](?=\s)", text[:start])), default=0)
    after = re.search(r"[.!?](?=\s|$)", text[end:])
    return before, end + after.end() if after else len(text)


# ---- the readers ----------------------------------------------------------------------------

def _effective_date(document: Document, found: _Patterns, lang: str) -> tuple[date | None, Stated | None]:
    best: tuple[int, date, Stated] | None = None
    for pattern in found.effective_date:
        for match in pattern.finditer(document.text):
            if best is not None and match.start() >= best[0]:
                break
            day = parse_date(match.group("date"), lang)
            if day is not None:
                paragraph = document.paragraph_at(match.start())
                best = (match.start(), day, _stated(match.group(0), paragraph, document))
                break
    return (best[1], best[2]) if best else (None, None)


def _first(paragraphs: list[Paragraph], pattern_list: tuple[re.Pattern, ...]) -> tuple[re.Match, Paragraph] | None:
    for paragraph in paragraphs:
        hits = [m for p in pattern_list if (m := p.search(paragraph.text))]
        if hits:
            return min(hits, key=lambda m: m.start()), paragraph
    return None


def _committee_name(paragraphs: list[Paragraph], found: _Patterns, document: Document) -> Stated | None:
    hit = _first(paragraphs, found.committee_name)
    if hit is None:
        return None
    name = " ".join(hit[0].group("name").split())
    return _stated(name[:1].upper() + name[1:].lower(), hit[1], document)


def _members(paragraphs: list[Paragraph], found: _Patterns, document: Document):
    per_party = total = None
    stated = None
    for paragraph in paragraphs:
        for pattern in found.members_per_party:
            match = pattern.search(paragraph.text)
            if match and (count := _count(match)):
                per_party, stated = count, _stated(match.group(0), paragraph, document)
                break
        if per_party:
            break
    for paragraph in paragraphs:
        for pattern in found.members_total:
            match = pattern.search(paragraph.text)
            if match and (count := _count(match)):
                total = count
                stated = stated or _stated(match.group(0), paragraph, document)
                break
        if total:
            break
    return per_party, total, stated


def _frequency(paragraphs: list[Paragraph], found: _Patterns, document: Document) -> Frequency | None:
    if found.meeting is None:
        return None
    for paragraph in paragraphs:
        text = paragraph.text
        for meeting in found.meeting.finditer(text):
            first, last = _sentence(text, meeting.start(), meeting.end())
            sentence = text[first:last]
            said = [(v.start, v.months, v.text) for v in values.frequencies(sentence)]
            said += [(m.start(), months, m.group(0)) for pattern, months in found.frequencies
                     for m in pattern.finditer(sentence)]
            if said:
                _, months, words = min(said, key=lambda s: (s[0], -len(s[2])))
                return Frequency(months, _stated(words, paragraph, document))
    return None


def _same_party(said: str, parties: tuple[str, ...]) -> str | None:
    said = re.sub(r"^(?:the|la|le|l['’])\s*", "", said.strip(), flags=re.IGNORECASE).strip(" ,")
    if not parties:
        return said if said and len(said.split()) <= 6 else None
    for party in parties:
        a, b = said.lower(), party.lower()
        if a == b or a.startswith(b + " ") or b.startswith(a + " "):
            return party
    return None


def _managers(paragraphs: list[Paragraph], found: _Patterns, parties: tuple[str, ...]) -> tuple[Manager, ...]:
    unnamed = tuple(w.lower() for w in reading_data().get("unnamed") or ())
    managers: dict[str, Manager] = {}
    for paragraph in paragraphs:
        lowered = paragraph.text.lower()
        if not any(word in lowered for word in found.manager_words):
            continue
        for pattern in found.managers:
            for match in pattern.finditer(paragraph.text):
                party = _same_party(match.group("party"), parties)
                name = " ".join(match.group("name").split()).strip(" ,;:")
                name = re.sub(r"\s+(?:and|et)$", "", name)
                if party is None or not name or any(word in name.lower() for word in unnamed):
                    continue
                managers.setdefault(party, Manager(party, name))
    ordered = [managers[p] for p in parties if p in managers]
    return tuple(ordered + [m for p, m in managers.items() if p not in parties])


def _parties(report: DocumentReport) -> tuple[str, ...]:
    """The parties as the linter's facts name them (the names the preamble defines)."""
    return tuple(dict.fromkeys(fact.value for fact in report.facts if fact.kind == "party"))


# ---- KPIs -----------------------------------------------------------------------------------

_MARKER = re.compile(r"^\s*(?:[-–—•*▪]|\(?[a-z]{1,2}\)|\(?[ivx]{1,5}\)|\d{1,2}[.)])\s+", re.IGNORECASE)
_INLINE_SPLIT = re.compile(r"\s*;\s*(?:(?:and|et|or|ou)\s+)?|\s+(?=\(?[a-z]\)\s)")

def _clean_item(text: str) -> str:
    text = _MARKER.sub("", " ".join(text.split()))
    text = re.sub(r"(?:\s*[;.,]|\s+(?:and|et|or|ou))+$", "", text)
    return text.strip()


def _cut(text: str, found: _Patterns | None = None) -> str:
    """A target as short as the contract allows: up to the comma or semicolon after its figure and,
    if that is still long, up to the figure and its unit ("at least seven (7) out of ten (10)")."""
    data = reading_data()
    limit = int(data.get("target_length") or 140)
    digit = re.search(r"\d", text)
    stop = re.search(r"[,;](?=\s)", text[digit.start():]) if digit else None
    if stop and digit:
        text = text[:digit.start() + stop.start()]
    text = text.strip(" ,;.")
    if found is not None and len(text) > int(data.get("target_short") or 90):
        threshold = found.thresholds.search(text) if found.thresholds else None
        figure = _FIGURE.search(text, threshold.end() if threshold else 0)
        if figure:
            end = figure.end()
            while (more := found.target_tail.match(text, end)) and more.end() > end:
                end = more.end()
            text = text[:end].strip(" ,;.")
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0].rstrip(" ,;") + "…"
    return text


_REFERENCE = re.compile(r"\b(?:clauses?|articles?|sections?|paragraphs?|paragraphes?|annex(?:es)?|annexes?|"
                        r"schedules?|appendix|appendices)\s+\d+(?:\.\d+)*", re.IGNORECASE)


def _measurable(text: str, found: _Patterns, listed: bool) -> bool:
    """Whether an item states a target: a figure (in a list of KPIs), a threshold or a measure
    (in a paragraph that only mentions them); a clause number is no figure."""
    text = _REFERENCE.sub("", text)
    if not re.search(r"\d", text):
        return False
    if listed:
        return True
    threshold = found.thresholds.search(text) if found.thresholds else None
    return bool(threshold and re.search(r"\d", text[threshold.end():threshold.end() + 50])) \
        or bool(values.MEASURE.search(text))


def _kpi(text: str, kind: str, clause: str | None, found: _Patterns, listed: bool = True) -> Kpi | None:
    text = _clean_item(text)
    if not _measurable(text, found, listed):
        return None
    name, target = "", ""
    colon = text.find(":")
    label = text[:colon].strip() if colon > 0 else ""
    if label and len(label.split()) <= 6 and not re.search(r"\d", label):
        rest = text[colon + 1:].strip()
        threshold = found.thresholds.search(rest) if found.thresholds else None
        if threshold and len(rest[:threshold.start()].split()) > 6:  # "the services ... shall be available at least 99.5%"
            rest = rest[threshold.start():]
        name, target = label, _cut(rest, found)
    else:
        threshold = found.thresholds.search(text) if found.thresholds else None
        if threshold and re.search(r"\d", text[threshold.end():threshold.end() + 50]):
            name = found.name_heads.sub("", found.name_tails.sub("", text[:threshold.start()].strip(" ,"))).strip()
            figure = _FIGURE.search(text, threshold.end())
            if not name and figure:
                name = found.name_heads.sub("", _cut(text[figure.end():]).strip(" ,"))
                target = text[threshold.start():figure.end()].strip()
            else:
                target = _cut(text[threshold.start():], found)
        else:
            target = _cut(text, found)
    name = name[:1].upper() + name[1:] if name else ""
    relationship = found.relationship is not None and found.relationship.search(f"{name} {target}")
    return Kpi(name, target, kind, "relationship" if relationship else "business", clause)


def _is_item(paragraph: Paragraph, intro: Paragraph) -> bool:
    if paragraph.is_heading:
        return False
    if intro.number and paragraph.number:
        return paragraph.number.startswith(intro.number + ".")
    return bool(_MARKER.match(paragraph.text))


def _kpis(document: Document, found: _Patterns) -> tuple[Kpi, ...]:
    kpis: list[Kpi] = []
    paragraphs = document.paragraphs
    for position, intro in enumerate(paragraphs):
        if intro.is_heading or ":" not in intro.text:
            continue
        text = intro.text.rstrip()
        head = text[:text.rfind(":")] if text.endswith(":") else text[:text.find(":")]
        kind = next((k for k, pattern in found.kpi_lists if pattern.search(head)), None)
        if kind is None:
            continue
        clause = document.clause_number_at(intro.start)
        if text.endswith(":"):
            for item in paragraphs[position + 1:]:
                if not _is_item(item, intro):
                    break
                kpi = _kpi(item.text, kind, item.number or clause, found)
                if kpi:
                    kpis.append(kpi)
        else:  # the list in the paragraph itself: "The KPIs are: (a) ...; (b) ..."
            rest = text[text.find(":") + 1:]
            parts = [p for p in _INLINE_SPLIT.split(rest) if p and p.strip()]
            if len(parts) >= 2 or (parts and _MARKER.match(parts[0])):
                for part in parts:
                    kpi = _kpi(part, kind, clause, found, listed=False)
                    if kpi:
                        kpis.append(kpi)
    return tuple(kpis)


# ---- the kit --------------------------------------------------------------------------------

def agenda(lang: str) -> tuple[AgendaBlock, ...]:
    return tuple(AgendaBlock(block["id"], int(block["minutes"]), block["title"][lang], block["prepare"][lang])
                 for block in kit_data()["agenda"])


def build_kit(document: Document, report: DocumentReport, lang: str, start: date) -> QbrKit:
    """The kit of one linted contract, in ``lang``, with the reviews from ``start``."""
    contract_lang = report.language if report.language in LANGUAGES else "en"
    found = patterns(contract_lang)
    governance = _item_clauses(document, report, "governance")
    status = next((item.status for item in report.items if item.id == "governance"), "missing")
    scope = [p for top in governance for p in _clause_paragraphs(document, top)]
    if not scope:  # no governance clause: what the contract says of a committee, outside the pilot and review clauses
        excluded = {p.index for item in ("pilot", "alignment", "exit")
                    for top in _item_clauses(document, report, item) for p in _clause_paragraphs(document, top)}
        scope = _holding(document, found.committee_words, excluded)
    parties = _parties(report)
    per_party, total, members_stated = _members(scope, found, document)
    if per_party and not total and len(parties) >= 2:
        total = per_party * len(parties)
    frequency = _frequency(scope, found, document)
    effective, effective_stated = _effective_date(document, found, contract_lang)
    managers = _managers(scope or document.paragraphs, found, parties)
    clause = None
    if governance:
        top = governance[0]
        clause = Stated(top.heading, top.number, top.paragraphs[0].page if top.paragraphs else None)
    findings = tuple(dict.fromkeys(f.message for f in report.findings if f.item == "governance"))
    first = document.paragraphs[0] if document.paragraphs else None
    title = first.text if first is not None and first.is_heading and not first.number and len(first.text) <= 120 else None
    dates = review_dates(effective, frequency.months, start) if effective and frequency else ()
    return QbrKit(
        lang=lang, contract_language=report.language, contract=Path(report.path).name, title=title,
        parties=parties, governance_status=status, governance_clause=clause, governance_findings=findings,
        committee_name=_committee_name(scope, found, document), members_per_party=per_party,
        members_total=total, members_stated=members_stated, managers=managers, frequency=frequency,
        effective_date=effective, effective_stated=effective_stated, start=start, reviews=dates,
        kpis=_kpis(document, found), agenda=agenda(lang))


def read_kit(path: str | Path, lang: str | None = None, start: date | None = None) -> QbrKit:
    """Read and lint the contract at ``path`` (every item of both profiles, so that a supplier
    contract's governance and service levels are judged too), then build its kit."""
    from ..review.engine import build_engine
    from ..review.read import read_document

    document = read_document(path)
    report = build_engine().lint_document(document, profile="all", report_lang=lang)
    return build_kit(document, report, lang or (report.language if report.language in LANGUAGES else "en"),
                     start or date.today())
