"""Dates in French, Dutch, German and English, and what each date is (issue, expiry, birth).

The checklist needs three dates from a document: when it was issued (a medical certificate or
criminal record may be at most six months old), when it expires (passport, residence card) and
the holder's birth date (a criminal record is only required from 18). Documents state them in
any of the four languages of a Belgian single-permit file, numerically (day first, the European
way) or with a month name, and OCR adds noise: extra spaces, accents dropped.

Month names and the label phrases are data (`docscan/rules/dates.yaml`): an adviser who meets
a new phrasing ("Geldig tot en met") adds it there. What a date *is* comes only from a label
just before it on the same line; a date without a label is still returned (kind None), so the
document's issue date can fall back to the latest unlabelled date.

Deliberately not dates: phone numbers (02/123.45.67), amounts (1.234,56), IBANs, lone years,
times (12:30), and two-digit years (01/09/26), which are too often something else.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .datafiles import RULES_DIR, load_model

Language = Literal["fr", "nl", "de", "en"]
Kind = Literal["issue", "expiry", "birth"]
LANGUAGES: tuple[str, ...] = ("fr", "nl", "de", "en")
KINDS: tuple[str, ...] = ("issue", "expiry", "birth")

#: Years outside this range are not dates on a single-permit document (and keep numbers such
#: as 02/12/3456 out).
_YEAR = r"(?:19|20)\d{2}"
#: A place name inside a label ("Fait à Bruxelles, le"): no digits, no line break.
_PLACE = r"[^\d\n]{1,40}?"


# --- the rules file ----------------------------------------------------------------------


class Label(BaseModel):
    """A phrase that says what the next date is, and the language it is written in."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str = Field(min_length=2)
    lang: tuple[Language, ...] = Field(min_length=1)

    @field_validator("lang", mode="before")
    @classmethod
    def _one_or_more(cls, value):
        return (value,) if isinstance(value, str) else value

    @field_validator("text")
    @classmethod
    def _wildcard_is_a_word(cls, value: str) -> str:
        words = value.split()
        if any("*" in word and word != "*" for word in words):
            raise ValueError("'*' (a place name) must stand alone between spaces")
        if words[0] == "*" or words[-1] == "*":
            raise ValueError("'*' (a place name) cannot start or end a label")
        return value


class DateRules(BaseModel):
    """The whole `dates.yaml`, validated: twelve months per language, labels per kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    as_of: date
    label_gap: int = Field(ge=0, le=80)
    months: dict[Language, dict[int, tuple[str, ...]]]
    day_suffixes: dict[Language, tuple[str, ...]] = {}
    labels: dict[Kind, tuple[Label, ...]]

    @field_validator("months")
    @classmethod
    def _twelve_months(cls, value: dict) -> dict:
        seen: dict[str, int] = {}
        for language in LANGUAGES:
            if language not in value:
                raise ValueError(f"language '{language}' has no month names")
        for language, months in value.items():
            if sorted(months) != list(range(1, 13)):
                raise ValueError(f"'{language}' must list months 1 to 12, not {sorted(months)}")
            for month, names in months.items():
                if not names:
                    raise ValueError(f"'{language}' month {month} has no names")
                for name in names:
                    key = fold(name.rstrip("."))
                    if not re.fullmatch(r"[a-z]{3,}", key):
                        raise ValueError(f"'{language}' month {month}: '{name}' is not a word of "
                                         f"three letters or more")
                    if seen.setdefault(key, month) != month:
                        raise ValueError(f"'{name}' names month {seen[key]} and month {month}")
        return value

    @field_validator("day_suffixes")
    @classmethod
    def _suffixes_are_letters(cls, value: dict) -> dict:
        for language, suffixes in value.items():
            for suffix in suffixes:
                if not re.fullmatch(r"[a-z]{1,3}", fold(suffix)):
                    raise ValueError(f"'{language}' day suffix '{suffix}' must be 1-3 letters")
        return value

    @field_validator("labels")
    @classmethod
    def _every_kind_has_labels(cls, value: dict) -> dict:
        for kind in KINDS:
            if not value.get(kind):
                raise ValueError(f"'{kind}' needs at least one label")
        return value


@lru_cache(maxsize=4)
def load_rules(path: Path | None = None) -> DateRules:
    """Load and validate `dates.yaml` (once per process); errors name the file and field."""
    return load_model(path or RULES_DIR / "dates.yaml", DateRules)


# --- results -----------------------------------------------------------------------------


@dataclass(frozen=True)
class FoundDate:
    """A date found in a page's text.

    `kind` is "issue", "expiry", "birth", or None when no label says; `language` is the
    language the date (or its label) is written in, None when it cannot be told (numeric dates
    without a label; "september", which is English, Dutch and German); `start` is the offset
    of the date in the text, so the report can point at it.
    """

    value: date
    kind: str | None
    language: str | None
    start: int


def find_dates(text: str, rules: DateRules | None = None) -> tuple[FoundDate, ...]:
    """Every date in `text`, in reading order, with what its label says it is."""
    matcher = _matcher(rules or load_rules())
    folded = _OCR_FIRST_DAY.sub("1", fold(text))
    spans = _date_spans(folded, matcher)
    found = []
    previous_end = 0
    for start, end, value, hints in spans:
        line_start = folded.rfind("\n", 0, start) + 1
        window_start = max(line_start, previous_end)
        kind, label_languages = _label_before(folded, window_start, start, matcher)
        found.append(FoundDate(value, kind, _language(hints, label_languages), start))
        previous_end = end
    return tuple(found)


def issue_date(found: Sequence[FoundDate], today: date | None = None) -> date | None:
    """When the document was issued.

    The labelled issue date if there is one (the latest, if several: a document may repeat
    its date, and a later one is the date it was finished). Without a label, the latest date
    that is not labelled birth or expiry: letters and certificates are dated after the events
    they mention. With `today`, unlabelled dates after it are ignored (a contract's future
    start date is not its issue date).
    """
    labelled = [item.value for item in found if item.kind == "issue"]
    if labelled:
        return max(labelled)
    others = [item.value for item in found if item.kind is None and (today is None or item.value <= today)]
    return max(others) if others else None


def expiry_date(found: Sequence[FoundDate]) -> date | None:
    """The labelled expiry date; the earliest if several, so validity is never overstated."""
    labelled = [item.value for item in found if item.kind == "expiry"]
    return min(labelled) if labelled else None


def birth_date(found: Sequence[FoundDate]) -> date | None:
    """The first labelled birth date (the holder's comes before any other person's)."""
    return next((item.value for item in found if item.kind == "birth"), None)


# --- matching ----------------------------------------------------------------------------


def fold(text: str) -> str:
    """Lower case without accents, one character for one, so offsets stay those of `text`.

    "Février" → "fevrier", "Gültig" → "gultig"; curly apostrophes become straight ones.
    """
    out = []
    for char in text:
        if char in "’‘`´":
            out.append("'")
            continue
        base = unicodedata.normalize("NFKD", char)
        base = "".join(c for c in base if not unicodedata.combining(c)) or char
        out.append(base.lower()[0])
    return "".join(out)


@dataclass(frozen=True)
class _Matcher:
    """`DateRules` compiled into regular expressions (built once per rules object)."""

    patterns: tuple[tuple[str, re.Pattern], ...]
    month_numbers: dict[str, int]
    month_languages: dict[str, frozenset[str]]
    suffix_languages: dict[str, frozenset[str]]
    labels: tuple[tuple[str, frozenset[str], re.Pattern], ...]
    label_gap: int


#: Compiled rules by the identity of their `DateRules` (kept in the value, so the id stays
#: theirs); pydantic models holding dicts cannot be hashed for `lru_cache`.
_MATCHERS: dict[int, tuple[DateRules, _Matcher]] = {}


def _matcher(rules: DateRules) -> _Matcher:
    cached = _MATCHERS.get(id(rules))
    if cached is None or cached[0] is not rules:
        if len(_MATCHERS) >= 8:  # only tests make many rules objects; keep memory bounded
            _MATCHERS.clear()
        cached = _MATCHERS[id(rules)] = (rules, _compile(rules))
    return cached[1]


def _compile(rules: DateRules) -> _Matcher:
    month_numbers: dict[str, int] = {}
    month_languages: dict[str, set[str]] = {}
    for language, months in rules.months.items():
        for number, names in months.items():
            for name in names:
                key = fold(name.rstrip("."))
                month_numbers[key] = number
                month_languages.setdefault(key, set()).add(language)
    suffix_languages: dict[str, set[str]] = {}
    for language, suffixes in rules.day_suffixes.items():
        for suffix in suffixes:
            suffix_languages.setdefault(fold(suffix), set()).add(language)

    def alternation(words) -> str:
        return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))

    month = rf"(?<![a-z])(?P<month>{alternation(month_numbers)})(?![a-z])\.?"
    second_month = rf"(?:\s*/\s*(?:{alternation(month_numbers)})(?![a-z])\.?)?"  # "SEP/SEPT"
    suffix = rf"(?:\s?(?P<suffix>{alternation(suffix_languages)})(?![a-z]))?" if suffix_languages else ""
    not_after_number = r"(?<!\w)(?<!\d[.,/])"
    not_before_number = r"(?!\d)(?![.,/]\d)"
    patterns = (
        # 1 September 2026, 1er septembre 2026, 1. September 2026, 01-SEP-2026, 01 SEP/SEPT 2026
        ("day_month", re.compile(
            rf"{not_after_number}(?P<day>[0-3]?\d)(?!\d){suffix}(?P<dot>\.)?[\s\-/]*{month}{second_month}"
            rf"[\s\-/,]*(?P<year>{_YEAR}){not_before_number}")),
        # September 1, 2026; Sept. 1st 2026
        ("month_day", re.compile(
            rf"{month}\s*(?P<day>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?(?:\s*,\s*|\s+)(?P<year>{_YEAR})"
            rf"{not_before_number}")),
        # 2026-09-01 (year first is never ambiguous)
        ("iso", re.compile(
            rf"{not_after_number}(?P<year>{_YEAR})(?P<sep>[-./])(?P<month_number>\d{{1,2}})(?P=sep)"
            rf"(?P<day>\d{{1,2}}){not_before_number}")),
        # 01/09/2026, 1.9.2026, 01-09-2026: day first, the European way; the same separator
        # twice, so 02/123.45.67 (a phone number) never matches.
        ("numeric", re.compile(
            rf"{not_after_number}(?P<day>\d{{1,2}})\s?(?P<sep>[-./])\s?(?P<month_number>\d{{1,2}})\s?(?P=sep)"
            rf"\s?(?P<year>{_YEAR}){not_before_number}")),
    )
    labels = tuple(
        (kind, frozenset(label.lang), _label_pattern(label.text))
        for kind, entries in rules.labels.items() for label in entries
    )
    return _Matcher(
        patterns=patterns,
        month_numbers=month_numbers,
        month_languages={k: frozenset(v) for k, v in month_languages.items()},
        suffix_languages={k: frozenset(v) for k, v in suffix_languages.items()},
        labels=labels,
        label_gap=rules.label_gap,
    )


def _label_pattern(text: str) -> re.Pattern:
    """A label as a pattern: words on word boundaries, any spacing, a stray space inside a
    word (OCR splits words), apostrophes optional, '*' a place name."""
    parts = []
    for word in fold(text).split():
        if word == "*":
            parts.append(_PLACE)
            continue
        pieces = []
        for char in word:
            if char == "'":
                pieces.append(r"['\s]?")
            elif char == ":":
                pieces.append(r"\s*:")
            else:
                pieces.append(re.escape(char))
        parts.append(r"\s?".join(piece for piece in pieces))
    body = r"[\s,]+".join(parts)
    end = r"(?![a-z0-9])" if fold(text)[-1].isalnum() else ""
    return re.compile(rf"(?<![a-z0-9]){body}{end}")


#: OCR reads the "1" of "1er septembre" as a letter ("ler", "Ier"): the date is then lost and a
#: date the text merely mentions ("loi du 15 décembre 1980") taken for the issue date. Found on a
#: blurred French medical certificate of the evaluation corpus. One character for one, so
#: offsets into the text stay right.
_OCR_FIRST_DAY = re.compile(r"(?<!\w)[li|](?=(?:er|re)\s+[a-z])")


def _date_spans(folded: str, matcher: _Matcher) -> list[tuple[int, int, date, frozenset[str] | None]]:
    """(start, end, date, language hints) of every real date, overlaps resolved longest first."""
    candidates = []
    for name, pattern in matcher.patterns:
        for found in pattern.finditer(folded):
            value = _to_date(found, matcher)
            if value is not None:
                candidates.append((found.start(), found.end(), value, _hints(name, found, matcher)))
    candidates.sort(key=lambda item: (item[0], -(item[1] - item[0])))
    kept: list[tuple[int, int, date, frozenset[str] | None]] = []
    for candidate in candidates:
        if kept and candidate[0] < kept[-1][1]:
            continue
        kept.append(candidate)
    return kept


def _to_date(found: re.Match, matcher: _Matcher) -> date | None:
    groups = found.groupdict()
    month = matcher.month_numbers[groups["month"]] if groups.get("month") else int(groups["month_number"])
    try:
        return date(int(groups["year"]), month, int(groups["day"]))
    except ValueError:
        return None  # 31/02, 00/13: not a date, whatever it is


def _hints(pattern_name: str, found: re.Match, matcher: _Matcher) -> frozenset[str] | None:
    """Languages the written form allows; None for numeric dates (any language)."""
    if pattern_name in ("iso", "numeric"):
        return None
    languages = set(matcher.month_languages[found.group("month")])
    narrowing = []
    if pattern_name == "month_day":
        narrowing.append({"en"})
    else:
        if found.group("suffix"):
            narrowing.append(set(matcher.suffix_languages[found.group("suffix")]))
        if found.group("dot"):
            narrowing.append({"de"})  # "1. September": the German way of writing the day
    for allowed in narrowing:
        if languages & allowed:
            languages &= allowed
    return frozenset(languages)


def _label_before(folded: str, window_start: int, date_start: int,
                  matcher: _Matcher) -> tuple[str | None, frozenset[str]]:
    """The label ending nearest before the date (within `label_gap`), and its languages."""
    window = folded[window_start:date_start]
    best: tuple[tuple[int, int], str, frozenset[str]] | None = None
    for kind, languages, pattern in matcher.labels:
        for found in pattern.finditer(window):
            gap = len(window) - found.end()
            if gap > matcher.label_gap:
                continue
            key = (-gap, found.end() - found.start())
            if best is None or key > best[0]:
                best = (key, kind, languages)
    if best is None:
        return None, frozenset()
    return best[1], best[2]


def _language(hints: frozenset[str] | None, label_languages: frozenset[str]) -> str | None:
    languages = set(hints) if hints is not None else set(LANGUAGES)
    if label_languages and languages & label_languages:
        languages &= label_languages
    elif hints is None:
        return None  # a numeric date without a label says nothing about its language
    return languages.pop() if len(languages) == 1 else None
