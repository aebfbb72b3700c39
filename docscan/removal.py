"""Removal orders (issue 15): when an entry ban ends, and whether an order to leave mentions one.

From an annex 13sexies (entry ban) docscan reads the notification date and the duration in years
("interdiction d'entrée d'une durée de 3 ans", "inreisverbod van drie jaar", "Einreiseverbot von
3 Jahren", "an entry ban of three years"), and computes the day it ends and the day from which
its lifting may be asked (after two thirds of its duration; the share is data). From an annex 13
(order to leave) it reads whether the text names an entry ban. The words are data in
`rules/removal_orders.yaml`.

Nothing is guessed: two different durations, or no notification date, leave the value None and
the warning says it could not be read. This is information for the warning, never legal advice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from . import dates
from .datafiles import RULES_DIR, load_model
from .models import EntryBanReading

Language = Literal["fr", "nl", "de", "en"]


class RemovalRules(BaseModel):
    """The validated `rules/removal_orders.yaml`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    as_of: date
    ban_words: dict[Language, tuple[str, ...]]
    notified_words: dict[Language, tuple[str, ...]]
    notified_gap: int = Field(ge=5, le=200)
    same_day_words: dict[Language, tuple[str, ...]]
    year_words: dict[Language, tuple[str, ...]]
    number_words: dict[Language, dict[str, int]]
    max_years: int = Field(ge=1, le=100)
    lifting_after: tuple[int, int]


@lru_cache(maxsize=4)
def load_rules(path: Path | None = None) -> RemovalRules:
    """Load and validate `removal_orders.yaml` (once per process); errors name the file and field."""
    return load_model(path or RULES_DIR / "removal_orders.yaml", RemovalRules)


def _pattern(words) -> re.Pattern:
    parts = []
    for word in sorted(dict.fromkeys(dates.fold(w) for w in words), key=len, reverse=True):
        core = re.escape(word.strip("*")).replace(r"\ ", r"\s+").replace("'", r"['\s]?")
        left = r"(?<![a-z0-9])[a-z]*" if word.startswith("*") else r"(?<![a-z0-9])"
        right = r"[a-z]*" if word.endswith("*") else r"(?![a-z0-9])"
        parts.append(left + core + right)
    return re.compile("|".join(parts))


@dataclass(frozen=True)
class _Compiled:
    ban: re.Pattern
    notified: re.Pattern
    same_day: re.Pattern
    duration: re.Pattern
    numbers: dict[str, int]


def _compile(rules: RemovalRules) -> _Compiled:
    numbers = {dates.fold(w): n for words in rules.number_words.values() for w, n in words.items()}
    number = "|".join(re.escape(w) for w in sorted(numbers, key=len, reverse=True))
    years = "|".join(re.escape(dates.fold(w)) for words in rules.year_words.values()
                     for w in sorted(words, key=len, reverse=True))
    # "3 ans", "drie jaar", "three (3) years", "trois (3) ans"
    duration = re.compile(rf"(?<![a-z0-9.,/])(?:(?P<digits>\d{{1,2}})|(?P<word>{number}))"
                          rf"(?:\s*\(\s*\d{{1,2}}\s*\))?\s+(?:{years})(?![a-z])(?!-\d)")
    return _Compiled(_pattern(w for ws in rules.ban_words.values() for w in ws),
                     _pattern(w for ws in rules.notified_words.values() for w in ws),
                     _pattern(w for ws in rules.same_day_words.values() for w in ws), duration, numbers)


_CACHE: dict[int, tuple[RemovalRules, _Compiled]] = {}


def _compiled(rules: RemovalRules) -> _Compiled:
    cached = _CACHE.get(id(rules))
    if cached is None or cached[0] is not rules:
        _CACHE.clear()
        cached = _CACHE[id(rules)] = (rules, _compile(rules))
    return cached[1]


def read_entry_ban(text: str, issue_date: date | None = None, rules: RemovalRules | None = None) -> EntryBanReading:
    """The notification date, the duration in years and the entry-ban words of a document's text.

    `issue_date` (the document's own date) is the notification date only when the text says it
    was notified the same day; otherwise the notification date is the date after a
    "notifié le" / "betekend op" / "zugestellt am" / "notified on" word, or None.
    """
    rules = rules or load_rules()
    compiled = _compiled(rules)
    folded = dates.fold(text)
    # fold() keeps one character for one, so the offsets are those of the text as written.
    mentions = tuple(dict.fromkeys(" ".join(text[m.start():m.end()].split()) for m in compiled.ban.finditer(folded)))
    durations = _durations(folded, compiled, rules)
    same_day = bool(compiled.same_day.search(folded))
    notified = _notified(text, folded, compiled, rules)
    if notified is None and same_day:
        notified = issue_date
    return EntryBanReading(notified=notified, years=durations[0] if len(durations) == 1 else None,
                           mentions=mentions, notified_same_day=same_day, durations=durations)


def mentions_entry_ban(text: str, rules: RemovalRules | None = None) -> bool:
    """Whether the text names an entry ban (a page of no known type may be one's continuation)."""
    return bool(_compiled(rules or load_rules()).ban.search(dates.fold(text)))


def merge_readings(readings: list[EntryBanReading], issue_date: date | None = None) -> EntryBanReading:
    """One document's reading from its pages': the first notification date read (or the document's
    own date when it says it was notified the same day), the duration when all pages that state
    one state the same, every entry-ban word."""
    notified = next((r.notified for r in readings if r.notified is not None), None)
    same_day = any(r.notified_same_day for r in readings)
    if notified is None and same_day:
        notified = issue_date
    durations = tuple(sorted({d for r in readings for d in r.durations}))
    mentions = tuple(dict.fromkeys(m for r in readings for m in r.mentions))
    return EntryBanReading(notified=notified, years=durations[0] if len(durations) == 1 else None,
                           mentions=mentions, notified_same_day=same_day, durations=durations)


def _notified(text: str, folded: str, compiled: _Compiled, rules: RemovalRules) -> date | None:
    found = dates.find_dates(text)
    for cue in compiled.notified.finditer(folded):
        after = [d for d in found if cue.end() <= d.start <= cue.end() + rules.notified_gap
                 and _same_statement(folded[cue.end():d.start])]
        if after:
            return after[0].value
    return None


def _same_statement(between: str) -> bool:
    """The words between a "notified" cue and a date belong to one statement: no sentence ends
    between them, and a line break only right after the cue ("notifié le" at a line's end)."""
    if re.search(r"[.;]\s", between):
        return False
    head, newline, _ = between.partition("\n")
    return not newline or len(head.strip(" :,")) <= 12


def _durations(folded: str, compiled: _Compiled, rules: RemovalRules) -> tuple[int, ...]:
    """Every distinct duration in years the text states, sorted (one: the ban's; more: unclear)."""
    values = set()
    for found in compiled.duration.finditer(folded):
        value = int(found.group("digits")) if found.group("digits") else compiled.numbers[found.group("word")]
        if 1 <= value <= rules.max_years:
            values.add(value)
    return tuple(sorted(values))


@dataclass(frozen=True, kw_only=True)
class EntryBanDates:
    """The end of an entry ban and the first day its lifting may be asked."""

    notified: date
    years: int
    ends: date
    lifting_from: date


def entry_ban_dates(reading: EntryBanReading, rules: RemovalRules | None = None) -> EntryBanDates | None:
    """The ban's end (notification + duration) and the lifting date (notification + two thirds
    of the duration), or None when the notification date or the duration was not read."""
    if reading.notified is None or reading.years is None:
        return None
    numerator, denominator = (rules or load_rules()).lifting_after
    months = reading.years * 12
    return EntryBanDates(notified=reading.notified, years=reading.years, ends=_add_months(reading.notified, months),
                         lifting_from=_add_months(reading.notified, months * numerator // denominator))


def _add_months(day: date, months: int) -> date:
    """`day` moved by whole months, clamped to the month's last day (29 Feb + 12 months = 28 Feb)."""
    import calendar

    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
