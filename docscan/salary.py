"""The salary a document states (issue 15): amount, currency, period, gross or net, base or total.

A Belgian single-permit file states the pay in the employment contract (and a payslip, the
application form, an assignment letter), in French, Dutch, German or English, written the ways
Belgians write amounts: "3.703,44 EUR", "€ 3 703,44", "EUR 48,912.00", "48 912 €", "3703,44",
"EUR 48.912,-". The figures are parsed by Babel's `parse_decimal` in strict mode, in the three
conventions a Belgian file uses (British English 48,912.00; Belgian Dutch/German 48.912,00;
Belgian French 48 912,00), keeping the readings with at most two decimals: one small pattern
finds number-like tokens, Babel decides what they are, instead of one regular expression per
format. The cue words (brut/bruto/brutto/gross, mensuel/maandelijks/monatlich/monthly, ...) are
data in `rules/salary.yaml`.

What is *not* a salary, even beside a salary word: dates, IBANs, enterprise numbers, article and
joint-committee numbers, percentages, phone numbers (masked first), weekly hours ("38 heures par
semaine", read apart as `hours_per_week`), and amounts beside a fee, tax, bonus or allowance
word. A salary written only in words is reported as such (`words_only`), never turned into a
figure. Nothing here logs: amounts belong to a person.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Literal

from babel.numbers import NumberFormatError, parse_decimal
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from . import dates
from .datafiles import RULES_DIR, load_model
from .models import SalaryDoubt, SalaryReading, SalaryStatement

Language = Literal["fr", "nl", "de", "en"]
CUE_KINDS = ("salary", "gross", "net", "month", "year", "hour", "base", "total", "excluded", "paid")
#: The parts of a compound salary word ("Jahresnettogehalt") that say something of the figure.
COMPOUND_KINDS = ("salary", "month", "year", "hour", "gross", "net")
PERIODS = ("month", "year", "hour")
#: The number conventions of a Belgian file, each as the CLDR locale whose symbols Babel checks:
#: 48,912.00 (en_GB), 48.912,00 (de_BE, nl_BE write the same), 48 912,00 (fr_BE, narrow space).
_CONVENTIONS = ("en_GB", "de_BE", "fr_BE")
_SPACES = "\u00a0\u202f\u2009 "
_YEAR = re.compile(r"(?:19|20)\d{2}")


class SalaryRules(BaseModel):
    """The validated `rules/salary.yaml`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    as_of: date
    documents: tuple[str, ...] = Field(min_length=1)
    default_period: dict[str, Literal["month", "year", "hour"]] = {}
    default_gross: dict[str, Literal["gross", "net"]] = {}
    default_currency: dict[str, str] = {}
    gross_documents: tuple[str, ...] = ()
    window: int = Field(ge=10, le=300)
    min_bare_amount: float = Field(ge=0)
    min_amount: float = Field(gt=0)
    max_amount: float = Field(gt=0)
    currencies: dict[str, tuple[str, ...]]
    cues: dict[str, dict[Language, tuple[str, ...]]]
    compounds: dict[str, tuple[str, ...]]
    usual: dict[str, tuple[float, float]]
    hours: dict[Literal["units", "days", "per_week", "weekly", "regime"], tuple[str, ...]]
    number_words: dict[Language, tuple[str, ...]]
    not_amounts: dict[str, str]

    @field_validator("currencies")
    @classmethod
    def _iso_codes(cls, value: dict) -> dict:
        for code, words in value.items():
            if not re.fullmatch(r"[A-Z]{3}", code):
                raise ValueError(f"'{code}' is not an ISO 4217 currency code")
            if not words:
                raise ValueError(f"currency '{code}' has no words")
        return value

    @model_validator(mode="after")
    def _defaults_name_known_things(self) -> SalaryRules:
        for doc_type, code in self.default_currency.items():
            if code not in self.currencies:
                raise ValueError(f"default_currency.{doc_type}: '{code}' is not one of the currencies")
        for field in ("default_period", "default_gross", "default_currency", "gross_documents"):
            unknown = [d for d in getattr(self, field) if d not in self.documents]
            if unknown:
                raise ValueError(f"{field}: {', '.join(unknown)} not among the documents read for a salary")
        return self

    @field_validator("cues")
    @classmethod
    def _every_cue(cls, value: dict) -> dict:
        missing = [kind for kind in CUE_KINDS if kind not in value]
        unknown = sorted(set(value) - set(CUE_KINDS))
        if missing or unknown:
            raise ValueError(f"cues must be exactly {', '.join(CUE_KINDS)} (missing {missing}, unknown {unknown})")
        for kind, languages in value.items():
            for language in ("fr", "nl", "de", "en"):
                if not languages.get(language):
                    raise ValueError(f"cues.{kind}: no words for '{language}'")
            for words in languages.values():
                for word in words:
                    if "*" in word.strip("*"):
                        raise ValueError(f"cues.{kind}: '{word}': '*' only at the start or the end of a word")
        return value

    @field_validator("compounds")
    @classmethod
    def _every_compound(cls, value: dict) -> dict:
        missing = [kind for kind in COMPOUND_KINDS if not value.get(kind)]
        unknown = sorted(set(value) - set(COMPOUND_KINDS))
        if missing or unknown:
            raise ValueError(f"compounds must be exactly {', '.join(COMPOUND_KINDS)} (missing {missing}, unknown {unknown})")
        return value

    @field_validator("usual")
    @classmethod
    def _ranges(cls, value: dict) -> dict:
        if set(value) != set(PERIODS):
            raise ValueError(f"usual must give exactly {', '.join(PERIODS)}")
        for period in PERIODS:
            low, high = value[period]
            if not 0 < low < high:
                raise ValueError(f"usual.{period}: needs [lowest, highest] with 0 < lowest < highest")
        return value

    @field_validator("not_amounts")
    @classmethod
    def _patterns(cls, value: dict) -> dict:
        for name, pattern in value.items():
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"not_amounts.{name}: not a regular expression ({exc})") from None
        return value


@lru_cache(maxsize=4)
def load_rules(path: Path | None = None) -> SalaryRules:
    """Load and validate `salary.yaml` (once per process); an error names the file and the field."""
    return load_model(path or RULES_DIR / "salary.yaml", SalaryRules)


# ---------------------------------------------------------------------------------------------
# Figures


#: A number-like token: digits with optional grouping (space, dot, comma, apostrophe) and an
#: optional decimal part; Babel decides below what it is.
_TOKEN = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,'\u00a0\u202f\u2009 ]\d{3})+(?:[.,]\d{1,2})?(?![\d])"
                    r"|(?<![\w.,])\d+(?:[.,]\d{1,2})?(?!\d)")


def parse_amount(token: str, language: str | None = None) -> Decimal | None:
    """The value of one written figure ("3.703,44", "48,912.00", "48 912", "48.912,-"), or None.

    Babel parses it strictly in each Belgian convention; readings with more than two decimals
    are dropped (no wage has three), and when two remain the document's language decides
    ("1.000" is a thousand for a Dutch or German reader; "1,000" for an English one). A figure
    that no convention reads ("3.70.344") is None.
    """
    text = token.strip().rstrip("-").rstrip(".,") if token.strip().endswith(("-", ",-", ".-")) else token.strip()
    if not text or not text[0].isdigit():
        return None
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+\.\d{2}|\d{1,3}(?:,\d{3})+,\d{2}", text):
        # OCR read one separator as the other ("4.300.00" for 4,300.00 or 4.300,00): the last
        # group has two digits, so it can only be the cents.
        text = text[:-3].replace(text[-3], "") + "." + text[-2:]
        return parse_decimal(text, locale="en_GB", strict=True)
    readings: dict[str, Decimal] = {}
    for locale in _CONVENTIONS:
        candidate = text
        if locale == "fr_BE":
            candidate = re.sub(f"[{_SPACES}'.]", "\u202f", candidate)
        elif any(space in candidate for space in _SPACES):
            continue
        try:
            value = parse_decimal(candidate, locale=locale, strict=True)
        except NumberFormatError:
            continue
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and exponent < -2:
            continue
        readings[locale] = value
    values = set(readings.values())
    if not values:
        return None
    if len(values) == 1:
        return values.pop()
    preferred = {"en": "en_GB", "fr": "fr_BE", "nl": "de_BE", "de": "de_BE"}.get(language or "", "de_BE")
    return readings.get(preferred) or readings.get("de_BE") or next(iter(readings.values()))


# ---------------------------------------------------------------------------------------------
# Cue words


def _word_pattern(word: str) -> str:
    """A cue word as a pattern on word boundaries; `*` at an end lets it be part of a word."""
    folded = dates.fold(word)
    core = folded.strip("*")
    body = re.escape(core).replace(r"\ ", r"\s+")
    if folded.startswith("*"):
        left = r"(?<![a-z0-9])[a-z]*"
    else:
        left = r"(?<![a-z0-9])" if core[:1].isalnum() else ""
    if folded.endswith("*"):
        right = r"[a-z]*"
    else:
        right = r"(?![a-z0-9])" if core[-1:].isalnum() else ""
    return left + body + right


def _alternation(words) -> re.Pattern:
    ordered = sorted(dict.fromkeys(words), key=len, reverse=True)
    return re.compile("|".join(_word_pattern(w) for w in ordered))


class _Compiled:
    """`SalaryRules` compiled once."""

    def __init__(self, rules: SalaryRules):
        self.rules = rules
        salary_parts = "|".join(re.escape(part) for part in rules.compounds["salary"])
        self.cues = {}
        for kind in CUE_KINDS:
            pattern = _alternation(w for words in rules.cues[kind].values() for w in words).pattern
            if kind in COMPOUND_KINDS and kind != "salary":
                # A compound word holding a salary part and this kind's part, anywhere in it.
                parts = "|".join(re.escape(part) for part in rules.compounds[kind])
                pattern = rf"(?<![a-z0-9])(?=[a-z]*(?:{salary_parts}))[a-z]*(?:{parts})[a-z]*|{pattern}"
            self.cues[kind] = re.compile(pattern)
        self.currency_words = {code: _alternation(words) for code, words in rules.currencies.items()}
        self.currency_any = _alternation(w for words in rules.currencies.values() for w in words)
        self.masks = [re.compile(p) for p in rules.not_amounts.values()]
        units = "|".join(_word_pattern(u) for u in sorted(rules.hours["units"], key=len, reverse=True))
        weeks = "|".join(_word_pattern(w) for w in sorted(rules.hours["per_week"], key=len, reverse=True))
        weekly = "|".join(_word_pattern(w) for w in sorted(rules.hours["weekly"], key=len, reverse=True))
        regime = "|".join(_word_pattern(w) for w in sorted(rules.hours["regime"], key=len, reverse=True))
        figure = r"(\d{1,2}(?:[.,]\d{1,2})?)"
        # "38 heures par semaine"; "la durée hebdomadaire de travail est de 39 heures" (a weekly word,
        # then the figure and its unit within a few words); a payslip's "Régime : 38/38 h" (the
        # worker's weekly hours over the full-time hours).
        self.units = re.compile(rf"\s*(?:{units})(?![a-z])")
        days = "|".join(_word_pattern(d) for d in sorted(rules.hours["days"], key=len, reverse=True))
        self.days = re.compile(rf"\s*(?:{days})(?![a-z])")
        self.hours = re.compile(rf"(?<![\d.,]){figure}\s*(?:{units})\s*(?:{weeks})"
                                rf"|(?:{weekly})[^\d\n]{{0,40}}?(?<![\d.,]){figure}\s*(?:{units})"
                                rf"|(?:{regime})\s*:?\s*{figure}\s*/\s*\d{{1,2}}(?:[.,]\d{{1,2}})?\s*(?:{units})?")
        self.number_words = _alternation(w for words in rules.number_words.values() for w in words)


#: Compiled rules by the identity of their `SalaryRules` (kept in the value, so the id stays
#: theirs): pydantic models holding dicts cannot be hashed for `lru_cache`.
_COMPILED: dict[int, _Compiled] = {}


def _compiled(rules: SalaryRules) -> _Compiled:
    cached = _COMPILED.get(id(rules))
    if cached is None or cached.rules is not rules:
        if len(_COMPILED) >= 8:  # only tests make many rules objects
            _COMPILED.clear()
        cached = _COMPILED[id(rules)] = _Compiled(rules)
    return cached


# ---------------------------------------------------------------------------------------------
# Reading a document


def read_salary(text: str, doc_type: str | None = None, language: str | None = None,
                rules: SalaryRules | None = None) -> SalaryReading:
    """Every salary statement of a document's text, the weekly hours, and whether the pay is
    stated in words only. `doc_type` gives the period a payslip implies (`default_period`)."""
    rules = rules or load_rules()
    compiled = _compiled(rules)
    folded = dates.fold(text)
    masked = _mask(folded, compiled)
    hours = _hours_per_week(masked, compiled)
    masked = compiled.hours.sub(lambda m: " " * len(m.group(0)), masked)
    masked, hourly, unclear, row_hours = _hourly_rates(masked, compiled, language)
    if hours is None:
        hours = row_hours
    tokens = list(_TOKEN.finditer(masked))
    breaks = [m.end() for m in _SENTENCE_END.finditer(text)]
    statements, doubts = [], []
    for i, match in enumerate(tokens):
        bounds = (tokens[i - 1].end() if i else 0, tokens[i + 1].start() if i + 1 < len(tokens) else len(masked))
        if _is_fragment(masked, match):
            # Neither part is read; a part beside a salary word makes the whole reading doubtful.
            before, after = _line_window(masked, match.start(), match.end(), rules.window, breaks)
            if any(compiled.cues[kind].search(before + " " + after) for kind in ("salary", "gross", "net")) \
                    and not _excluded(before, after, compiled):
                doubts.append(SalaryDoubt.FIGURE_SPLIT)
            continue
        statement = _statement(masked, match, compiled, doc_type, language, breaks, bounds, match.start() in hourly)
        if statement is not None:
            if match.start() in unclear:
                statement = replace(statement, doubt=SalaryDoubt.HOURLY_ROW_UNCLEAR)
            statements.append(statement)
    statements = _document_defaults(statements, folded, compiled, doc_type)
    words_only = not statements and _words_only(masked, compiled)
    return SalaryReading(statements=tuple(statements), words_only=words_only, hours_per_week=hours,
                         doubts=tuple(dict.fromkeys(doubts)))


#: Where a sentence ends, in the original text (a capital letter starts the next): cue words
#: beyond it speak of another thing ("... 4450,00 euros, payable à terme échu. En outre, une
#: prime ..."). Abbreviations before a figure ("ca. 3.000", "art. 5") do not end a sentence.
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÀ-ÖØ-Þ])|;")


#: What OCR leaves between two parts of one figure it split: a stray separator, an apostrophe.
_SPLIT_GAP = r"[.,;:'\u2019`]?[ \t]{1,2}"


def _is_fragment(masked: str, match: re.Match) -> bool:
    """A figure OCR split apart ("60, 600" for 60,600; "3.8 12.93"; "60; 600") or merged into
    digits no convention reads ("48.9120"): a short integer or a figure with one decimal, then a
    gap of a separator and a space, then another figure; or digits glued to the token by a
    separator. Neither part is read (needs review), rather than 600 for 60,600. A table's "1.00
    3,150.00" (units, then the rate) is not split: its first figure has two decimals."""
    before = masked[max(0, match.start() - 12):match.start()]
    if re.search(rf"(?<![\d.,])\d{{1,3}}(?:[.,]\d)?{_SPLIT_GAP}$", before):
        return True
    if re.search(r"\d[.,'\u2019]$", before) or re.match(r"[.,'\u2019]\d", masked[match.end():match.end() + 2]):
        return True
    token = match.group(0)
    return bool(re.fullmatch(r"\d{1,3}(?:[.,]\d)?", token)
                and re.match(rf"{_SPLIT_GAP}\d", masked[match.end():match.end() + 4]))


def _document_defaults(statements: list[SalaryStatement], folded: str, compiled: _Compiled,
                       doc_type: str | None) -> list[SalaryStatement]:
    """What a document type implies for the statements that do not say it (`default_gross`,
    `default_currency` in rules/salary.yaml): a payslip's base-salary row is gross, and its
    figures are in the one currency the payslip names (its "Amount (EUR)" column), or in its
    default currency when it names none. A payslip naming several currencies keeps "" (review)."""
    rules = compiled.rules
    gross = rules.default_gross.get(doc_type or "")
    currency = rules.default_currency.get(doc_type or "")
    if currency is not None:
        named = {code for code, pattern in compiled.currency_words.items() if pattern.search(folded)}
        currency = named.pop() if len(named) == 1 else (currency if not named else None)
    return [replace(s, gross=s.gross or (gross if s.basis == "base" else None),
                    currency=s.currency or currency or "") for s in statements]


def _mask(folded: str, compiled: _Compiled) -> str:
    """The text with every non-amount number blanked (same length, so offsets stay)."""
    chars = list(folded)

    def blank(start: int, end: int) -> None:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "

    for pattern in compiled.masks:
        for found in pattern.finditer(folded):
            blank(*found.span())
    for day in dates.find_dates(folded):
        # A month-name date ("15 juillet 2026"): blank from the day to the end of the year.
        year_end = _YEAR.search(folded, day.start)
        if year_end is not None and year_end.end() - day.start <= 40:
            blank(day.start, year_end.end())
    return "".join(chars)


def _hours_per_week(masked: str, compiled: _Compiled) -> float | None:
    found = compiled.hours.search(masked)
    if found is None:
        return None
    figure = next(group for group in found.groups() if group is not None)
    return float(figure.replace(",", "."))


#: A month's hours and an hourly rate that a payslip row may multiply: the bounds are wide
#: (a month of 8 to 260 hours; a rate of EUR 5 to 300) and only exclude a row's units ("1.00")
#: and its cents-sized factors (meal vouchers "21 x 1,09").
_ROW_HOURS = (Decimal(8), Decimal(260))
_ROW_RATE = (Decimal(5), Decimal(300))


def _weekly_from_month(hours: Decimal) -> float | None:
    """The weekly hours a month's hours stand for under the Belgian payroll convention (a week
    times 52/12: 38 h a week is 164,67 h a month, 40 h is 173,33 h), when they land on a whole or
    half hour; None for any other count (hours actually worked in a month)."""
    weekly = hours * 12 / 52
    nearest = (weekly * 2).to_integral_value() / 2
    return float(nearest) if abs(weekly - nearest) <= Decimal("0.02") and 8 <= nearest <= 50 else None


def _hourly_rates(masked: str, compiled: _Compiled,
                  language: str | None) -> tuple[str, set[int], set[int], float | None]:
    """The payslip rows whose pay is the product of two of their other figures, in any column
    order ("164,67 h 20,33 3.347,67", "22,75 | 164,67 | 3 746,17", "3.746,17 = 164,67 x 22,75"):
    hours times rate within 1% of the pay. The hours are the factor with an hours unit beside
    it, else the one that is a conventional month of hours (`_weekly_from_month`); the other is
    the rate, the wage, read as hourly, and the hours and the pay are blanked (one row, one
    statement). A row whose factors cannot be told apart keeps its pay, marked doubtful; a row
    counting days is a daily wage and is left as it is. Returns the text, where each rate starts,
    where each doubtful pay starts, and the weekly hours a conventional month of hours gives."""
    chars, rates, unclear, weekly = list(masked), set(), set(), None
    offset = 0
    for line in masked.split("\n"):
        figures = [(m, value) for m in _TOKEN.finditer(line)
                   if (value := parse_amount(m.group(0), language)) is not None and value]
        found = _hourly_row(line, figures, compiled)
        if found is not None:
            hours, rate, pay, sure = found
            if sure:
                rates.add(offset + rate.start())
                for start, end in (hours.span(), (hours.end(), hours.end() + _unit_length(line, hours, compiled)),
                                   pay.span()):
                    chars[offset + start:offset + end] = " " * (end - start)
                if weekly is None:
                    weekly = _weekly_from_month(parse_amount(hours.group(0), language) or Decimal(0))
            else:
                # Neither factor is the salary alone: only the pay is kept, marked doubtful.
                unclear.add(offset + pay.start())
                for start, end in (hours.span(), rate.span()):
                    chars[offset + start:offset + end] = " " * (end - start)
        offset += len(line) + 1
    return "".join(chars), rates, unclear, weekly


def _unit_length(line: str, figure: re.Match, compiled: _Compiled) -> int:
    unit = compiled.units.match(line, figure.end())
    return len(unit.group(0)) if unit else 0


def _hourly_row(line: str, figures: list[tuple[re.Match, Decimal]],
                compiled: _Compiled) -> tuple[re.Match, re.Match, re.Match, bool] | None:
    """The hours, rate and pay of one row, and whether the hours are known; None for no such row."""
    if any(compiled.days.match(line, m.end()) for m, _ in figures):
        return None
    for pay, pay_value in sorted(figures, key=lambda f: f[1], reverse=True):
        pairs = [(a, b) for i, a in enumerate(figures) for b in figures[i + 1:]
                 if pay not in (a[0], b[0]) and abs(a[1] * b[1] - pay_value) <= pay_value * Decimal("0.01")]
        for a, b in pairs:
            plausible = [(h, r) for h, r in ((a, b), (b, a))
                         if _ROW_HOURS[0] <= h[1] <= _ROW_HOURS[1] and _ROW_RATE[0] <= r[1] <= _ROW_RATE[1]]
            if not plausible:
                continue
            with_unit = [(h, r) for h, r in plausible if _unit_length(line, h[0], compiled)]
            conventional = [(h, r) for h, r in plausible if _weekly_from_month(h[1]) is not None]
            chosen = with_unit if len(with_unit) == 1 else conventional if len(conventional) == 1 else []
            if chosen:
                (hours, _), (rate, _) = chosen[0]
                return hours, rate, pay, True
            return a[0], b[0], pay, False
    return None


def _line_window(text: str, start: int, end: int, window: int, breaks: list[int]) -> tuple[str, str]:
    """The text before and after a figure on its line, within `window` characters and its sentence."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    at = bisect.bisect_right(breaks, start)
    sentence_start = breaks[at - 1] if at else 0
    sentence_end = next((b for b in breaks[at:] if b > end), len(text))
    return (text[max(line_start, start - window, sentence_start):start],
            text[end:min(line_end, end + window, sentence_end)])


def _statement(masked: str, match: re.Match, compiled: _Compiled, doc_type: str | None, language: str | None,
               breaks: list[int], bounds: tuple[int, int], hourly: bool = False) -> SalaryStatement | None:
    rules = compiled.rules
    value = parse_amount(match.group(0), language)
    if value is None:
        return None
    amount = float(value)
    if not rules.min_amount <= amount <= rules.max_amount:
        return None
    before, after = _line_window(masked, match.start(), match.end(), rules.window, breaks)
    currency = _currency(before, after, compiled)
    has_cents = bool(re.search(r"[.,]\d{2}$", match.group(0)))
    if currency is None:
        bare_ok = has_cents or (amount >= rules.min_bare_amount and not re.fullmatch(r"(?:19|20)\d{2}", match.group(0)))
        if not (bare_ok and compiled.cues["salary"].search(before)):
            return None
    if not any(compiled.cues[kind].search(before + " " + after) for kind in ("salary", "gross", "net")):
        return None
    if _excluded(before, after, compiled):
        return None
    # What the figure is (period, gross, basis) is read first between it and its neighbouring
    # figures ("annual salary EUR 50,700, i.e. EUR 4,225 a month"), nearest first and before it
    # rather than after ("annual gross EUR 38,400, paid in twelve monthly instalments"); only
    # where that says nothing, the whole window must name exactly one.
    # How the pay is paid out ("payable in twelve monthly instalments", "maandelijks betaald")
    # says nothing of what the figure is: those clauses after it are not read for its words.
    after = _without_payment(after, compiled)
    context = before + " " + after
    near_before = before[max(0, len(before) - (match.start() - bounds[0])):]
    near_after = after[:max(0, bounds[1] - match.end())]
    doubts: list[SalaryDoubt] = []

    def attribute(kinds: tuple[str, ...], conflict: SalaryDoubt | None = None) -> str | None:
        said_before = _nearest(kinds, near_before, "", compiled)
        said_after = _nearest(kinds, "", _CLAUSE_BREAK.split(near_after)[0], compiled)
        if conflict is not None and said_before and said_after and said_before != said_after:
            # "Annual gross salary EUR 4,000 a month": the words beside the figure disagree.
            doubts.append(conflict)
            return None
        return said_before or _nearest(kinds, "", near_after, compiled) or _one_of(context, compiled, kinds)

    period = ("hour" if hourly else attribute(PERIODS, SalaryDoubt.PERIOD_CONFLICT)) \
        or (None if doubts else rules.default_period.get(doc_type or ""))
    gross = attribute(("gross", "net"), SalaryDoubt.GROSS_CONFLICT)
    basis = attribute(("base", "total"))
    # A figure with no currency beside it keeps currency "": the checklist does not assume euros.
    return SalaryStatement(amount=round(amount, 2), currency=currency or "", period=period, gross=gross, basis=basis,
                           doubt=doubts[0] if doubts else None)


def _without_payment(after: str, compiled: _Compiled) -> str:
    """The text after a figure with each clause that says how the pay is paid out blanked."""
    clauses = re.split(r"(?<=[;()])|(?<=,)(?!\d)", after)
    return "".join(" " * len(c) if compiled.cues["paid"].search(c) else c for c in clauses)


#: Where a clause ends: a comma that is no decimal comma, a semicolon, a bracket.
_CLAUSE_BREAK = re.compile(r"[;()]|,(?!\d)")


def _excluded(before: str, after: str, compiled: _Compiled) -> bool:
    """Whether the figure is a fee, a tax, a bonus: an `excluded` word in its clause before it
    ("Cotisation ONSS 8.950,00", "Taxable pay: EUR 4,230.60", "salaire : prime de 1.500 EUR"), or
    after it when nothing before it names a salary ("EUR 8.00 of meal vouchers"). A bonus in the
    clause after the salary ("4450,00 euros, plus a year-end bonus") leaves the salary a salary."""
    clause_before = _CLAUSE_BREAK.split(before)[-1]
    if compiled.cues["excluded"].search(clause_before):
        return True
    if any(compiled.cues[kind].search(clause_before) for kind in ("salary", "gross", "net")):
        return False
    return bool(compiled.cues["excluded"].search(_CLAUSE_BREAK.split(after)[0]))


def _nearest(kinds: tuple[str, ...], before: str, after: str, compiled: _Compiled) -> str | None:
    """The kind whose cue is nearest before the figure, else nearest after it; None when none is."""
    found = [(m.end(), kind) for kind in kinds for m in compiled.cues[kind].finditer(before)]
    if found:
        return max(found)[1]
    found = [(m.start(), kind) for kind in kinds for m in [compiled.cues[kind].search(after)] if m is not None]
    return min(found)[1] if found else None


def _currency(before: str, after: str, compiled: _Compiled) -> str | None:
    """The currency written right beside the figure (at most a few characters away)."""
    near = before[-6:] + " | " + after[:6]
    for code, pattern in compiled.currency_words.items():
        if pattern.search(near):
            return code
    return None


def _one_of(context: str, compiled: _Compiled, kinds: tuple[str, ...]) -> str | None:
    """The one kind whose cue is in the context; None when none or several are (unclear)."""
    found = [kind for kind in kinds if compiled.cues[kind].search(context)]
    return found[0] if len(found) == 1 else None


def _words_only(masked: str, compiled: _Compiled) -> bool:
    """A line with a salary word, a currency word and number words, but no figure."""
    for line in masked.splitlines():
        if (compiled.cues["salary"].search(line) and compiled.currency_any.search(line)
                and compiled.number_words.search(line) and not re.search(r"\d", line)):
            return True
    return False


def primary_statement(reading: SalaryReading, base_only: bool = False, doc_type: str | None = None,
                      rules: SalaryRules | None = None) -> SalaryStatement | None:
    """The statement that speaks for a document's pay: gross before net, a stated period, the
    base wage where only the base counts (`base_only`), a written currency; the first in
    reading order among equals. None when the document states no amount, and when a document
    that always states the gross (`gross_documents`: a payslip) was read only for its net pay:
    its gross row was missed, and the net pay of a month is not its salary."""
    candidates = reading.statements
    if doc_type in (rules or load_rules()).gross_documents:
        candidates = tuple(s for s in candidates if s.gross != "net")
    if not candidates:
        return None

    def rank(item: tuple[int, SalaryStatement]) -> tuple:
        i, statement = item
        # A net figure speaks only where nothing else may be the gross: a payslip whose base row
        # was misread goes to review rather than being judged on its net pay.
        return (statement.gross == "gross", statement.gross != "net", statement.period is not None,
                base_only and statement.basis == "base",
                statement.basis != "total", bool(statement.currency), -i)

    return max(enumerate(candidates), key=rank)[1]


def is_confident(statement: SalaryStatement, reading: SalaryReading, rules: SalaryRules | None = None) -> bool:
    """Whether a statement is read well enough to compare: currency, gross or net, and a period
    (with the weekly hours for an hourly wage), and no doubt about it (`reading_doubt`). The
    checklist sends every other one to review."""
    return bool(statement.currency and statement.gross and statement.period
                and (statement.period != "hour" or reading.hours_per_week is not None)
                and reading_doubt(statement, reading, rules) is None)


def reading_doubt(statement: SalaryStatement, reading: SalaryReading,
                  rules: SalaryRules | None = None) -> tuple[SalaryDoubt, SalaryStatement | None] | None:
    """Why a statement cannot be compared although its figure was read, and the other statement
    that makes it doubtful (two amounts of the same kind); None when nothing casts a doubt.

    In order: the words beside the figure disagree (two periods, gross and net) or a payslip row
    could not be told apart; a salary figure of the document looks split by OCR; the amount is
    outside what a wage of its period can be (`usual` in rules/salary.yaml: a "month" of EUR
    48,000 is likelier a year's pay; the period is never changed on the amount's size); the
    document states another amount of the same period, gross or net, basis and currency.
    """
    rules = rules or load_rules()
    if statement.doubt:
        return SalaryDoubt(statement.doubt), None
    if reading.doubts:
        return SalaryDoubt(reading.doubts[0]), None
    usual = rules.usual.get(statement.period or "")
    if usual is not None and not usual[0] <= statement.amount <= usual[1]:
        return SalaryDoubt.PERIOD_UNUSUAL, None
    kind = (statement.period, statement.gross, statement.basis, statement.currency)
    other = next((s for s in reading.statements if (s.period, s.gross, s.basis, s.currency) == kind
                  and abs(s.amount - statement.amount) > 0.005), None)
    if other is not None:
        return SalaryDoubt.AMOUNTS_DIFFER, other
    return None


def merge_readings(readings: list[SalaryReading], doc_type: str | None = None,
                   rules: SalaryRules | None = None) -> SalaryReading:
    """One document's reading from its pages' (read page by page, so a page kept without its text
    still counts): statements in page order, the first weekly hours, words only when no page has a
    figure. The period a document type implies (a payslip: a month) fills a statement without one."""
    rules = rules or load_rules()
    implied = rules.default_period.get(doc_type or "")
    statements = tuple(s if s.period or not implied else replace(s, period=implied)
                       for reading in readings for s in reading.statements)
    hours = next((r.hours_per_week for r in readings if r.hours_per_week is not None), None)
    doubts = tuple(dict.fromkeys(doubt for reading in readings for doubt in reading.doubts))
    return SalaryReading(statements=statements, words_only=not statements and any(r.words_only for r in readings),
                         hours_per_week=hours, doubts=doubts)
