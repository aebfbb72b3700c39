"""Machine-readable zones (ICAO Doc 9303): parsing and validating what OCR read.

Formats: TD3 (passports, two lines of 44, part 4), MRV-A and MRV-B (visas, two lines of 44 or
36, part 7), TD2 (two lines of 36, part 6) and TD1 (ID and residence cards, three lines of 30,
part 5). Finding and cropping the zone in a page image is `mrz_zone.py`'s job; this module
only turns lines of characters into facts, and says which of them are proved.

The zone is the one part of a document whose reading can be *proved*: its check digits confirm
the document number, the dates and the whole second line. That is why a passport is recognised
by it and why the applicant's birth date and nationality are taken from it. What no check
digit covers is checked otherwise: issuing state and nationality against ICAO's list of codes
(`rules/icao_codes.yaml`), the two-digit years against the document itself (an expiry lies at
most ten years ahead; a birth date is not in the future, and when its century decides whether
the holder is a minor, the date printed in the visual zone must confirm it). What cannot be
settled is not stated: the field is None and a reason says why.

OCR reads the zone badly in predictable ways, so the repairs here are position-aware: a field
that is numeric by definition (dates, check digits) cannot hold an 'O', so an 'O' there is a
'0'; a field that is alphabetic by definition (states, names) cannot hold a '0'. The filler '<'
is read as 'K', '«', '(', '{', 'c' or as spaces. Fields that may hold both letters and digits
(document number, optional data) are changed only where a letter stands among digits, only
when the check digit then comes out right, and only when exactly one change does: guessing
there would turn a misread number into a wrong one that the check digits appear to confirm.

Names and the document number are personal data: `Mrz.to_dict()` (what the report may log)
leaves them out, and so does `repr()`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Sequence, TypedDict, TypeVar

from pydantic import BaseModel, ConfigDict, field_validator

from . import dates as dates_module
from .datafiles import RULES_DIR, load_model
from .models import Reason

#: Characters per TD3 line.
LINE_LENGTH = 44

#: Longest OCR line (after cleaning) read as a zone line: up to two characters of junk.
#: The shortest is 43 (one character lost). Further off, fields can no longer be placed.
_MAX_LINE = 46

_DIGITS = "0123456789"
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_MRZ_CHARS = frozenset(_DIGITS + _LETTERS + "<")

#: In a numeric field these letters can only be misread digits.
_TO_DIGIT = {"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "Z": "2", "S": "5", "B": "8", "G": "6"}
#: The letters OCR reads for digits, and those digits (for the zone reader's comparisons).
LOOK_ALIKE_DIGITS = _TO_DIGIT
#: In an alphabetic field these digits can only be misread letters.
_TO_LETTER = {"0": "O", "1": "I", "5": "S", "8": "B", "2": "Z", "6": "G"}
#: Letters that stand for a 0 at the letter/digit boundary of a document number, after a
#: prefix of two letters. Only these, only there: allowing B, S, Z ... let 1.6% of wrong
#: readings pass their check digit, and any prefix 1.0% (a real D after one letter, "AD12...",
#: swapped when another digit was misread), against 0.7% without the boundary rule
#: (tests/test_mrz.py::test_number_repair_rates).
_ZERO_LOOKALIKES = "ODQ"
#: Glyphs Tesseract gives for the filler '<' that are never MRZ characters themselves.
_FILLER_GLYPHS = "«‹(){}[]"
#: Letters read as digits per alphanumeric field at most. Each extra change multiplies the
#: variants, and with them the chance that a wrong one passes the check digit by luck.
_MAX_SWAPS = 2

#: Shortest line 2 read as one cut short at its end: up to the expiry's check digit (position 27).
_TRUNCATED_MIN = 28
#: Position in line 2 of the document number's check digit: an edit at or before it shifts the number.
_NUMBER_CHECK = 9
#: Positions in line 2 (0-based) of the fields ICAO defines as numeric.
_LINE2_NUMERIC = (9, *range(13, 20), *range(21, 28), 43)

#: What each check digit protects, as said to a person.
CHECK_FIELDS = {
    "number": "document number",
    "birth": "date of birth",
    "expiry": "expiry date",
    "optional": "optional data (personal number)",
    "composite": "second line as a whole (composite check digit)",
}
#: The field each check digit protects, as a stable name for programs and message catalogues
#: (the `field` parameter of an `mrz_check_digit` reason; `Document.mrz_uncertain_fields`).
CHECK_FIELD_NAMES = {
    "number": "document_number",
    "birth": "birth_date",
    "expiry": "expiry_date",
    "optional": "optional_data",
    "composite": "composite",
}
#: The checks that prove a key field; one of them failing makes the zone unproved (`key_fields_proved`).
KEY_CHECKS = ("number", "birth", "expiry")


def check_digit(value: str) -> int:
    """ICAO 9303 check digit of `value`: weights 7, 3, 1 repeated; A-Z count 10-35, '<' 0.

    Raises ValueError for a character that cannot appear in a machine-readable zone, so a
    caller never computes a check over text that was not cleaned.
    """
    total = 0
    for position, char in enumerate(value):
        if char in _DIGITS:
            number = ord(char) - ord("0")
        elif char in _LETTERS:
            number = ord(char) - ord("A") + 10
        elif char == "<":
            number = 0
        else:
            raise ValueError(f"{char!r} cannot appear in a machine-readable zone")
        total += number * (7, 3, 1)[position % 3]
    return total % 10


class ZoneFormat(StrEnum):
    """The ICAO 9303 zone layouts docscan reads."""

    TD1 = "TD1"    # ID and residence cards: 3 lines of 30
    TD2 = "TD2"    # older ID cards: 2 lines of 36
    TD3 = "TD3"    # passports: 2 lines of 44
    MRVA = "MRV-A"  # visas, full page: 2 lines of 44, no composite check digit
    MRVB = "MRV-B"  # visas, smaller sticker: 2 lines of 36, no composite check digit


#: The oldest holder docscan believes in: a 19YY birth date making the holder older is not
#: considered (the oldest person on record reached 122).
MAX_AGE = 125
#: The longest validity of a passport (ICAO 9303 part 3; no state issues longer): an expiry
#: year read as 20YY that lies further ahead is 19YY.
MAX_VALIDITY_YEARS = 10
#: Below this age the checklists drop requirements (criminal record, fee): the century of a
#: birth year matters exactly when it moves the holder across this age.
MINOR_AGE = 18


@dataclass(frozen=True)
class Mrz:
    """A parsed zone, with the result of every check digit and why it may not be trusted.

    `checks` holds the check digits the format has (number / birth / expiry / optional /
    composite). A field that could not be settled is None (`issuing_state`, `nationality`
    not in ICAO's list; `birth_date` of an unsettled century), with a reason. Personal fields
    (names, document number, optional data) are kept out of `repr()` and `to_dict()`.
    """

    document_code: str
    issuing_state: str | None
    surname: str = field(repr=False)
    given_names: str = field(repr=False)
    document_number: str = field(repr=False)
    nationality: str | None
    birth_date: date | None
    sex: str
    expiry_date: date | None
    optional_data: str = field(repr=False)
    checks: dict[str, bool] = field(hash=False)
    #: Characters changed to repair OCR errors (fillers read as K, O read for 0, ...).
    corrections: int = 0
    reasons: tuple[Reason, ...] = ()
    format: ZoneFormat = ZoneFormat.TD3
    #: False when only the lines with check digits were read: names (and on a TD3 or visa
    #: zone, whose line 1 holds them, document code and issuing state) are then unknown, but
    #: what the check digits prove still holds.
    names_read: bool = True
    #: Whether the line holding the document code and issuing state was read: line 1, which
    #: on a TD1 card holds the number as well and is read whenever the number is.
    state_read: bool = True
    #: False when the number passes its own check digit but another check of the zone fails and
    #: the data page does not print the number (`_number_unconfirmed`): then it is no fact.
    number_confirmed: bool = True

    @property
    def valid(self) -> bool:
        """True when every check digit is right: the reading is then proved, not guessed."""
        return all(self.checks.values())

    @property
    def key_fields_proved(self) -> bool:
        """True when the document number, birth date and expiry date pass their check digits.

        Then every field of the line between them (nationality, sex) is in its place, even if
        the optional data or the composite check digit was misread (the ICAO specimen's 'Z'
        read as '7' in its personal number, issue 11): what the check digits prove is kept.
        """
        return all(self.checks.get(name, False) for name in KEY_CHECKS) and self.number_confirmed

    @property
    def uncertain_key_fields(self) -> tuple[str, ...]:
        """The key fields whose check digit fails ("document_number", "birth_date", "expiry_date"):
        what a person must compare with the data page when the zone is not proved."""
        return tuple(CHECK_FIELD_NAMES[name] for name in KEY_CHECKS
                     if not self.checks.get(name, False) or (name == "number" and not self.number_confirmed))

    def to_dict(self) -> dict:
        """What the report may show and log: codes, dates and checks - no name, no number."""
        return {
            "format": str(self.format),
            "document_code": self.document_code,
            "issuing_state": self.issuing_state,
            "nationality": self.nationality,
            "birth_date": self.birth_date.isoformat() if self.birth_date else None,
            "expiry_date": self.expiry_date.isoformat() if self.expiry_date else None,
            "checks": dict(self.checks),
            "valid": self.valid,
            "names_read": self.names_read,
            "state_read": self.state_read,
            "number_confirmed": self.number_confirmed,
            "corrections": self.corrections,
            "reasons": [reason.to_dict() for reason in self.reasons],
        }


# --- ICAO codes (data) ---------------------------------------------------------------------


class IcaoCodes(BaseModel):
    """`rules/icao_codes.yaml`: the codes an issuing state or nationality field may hold."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    as_of: date
    codes: dict[str, str]

    @field_validator("codes")
    @classmethod
    def _three_letters(cls, value: dict) -> dict:
        for code in value:
            if not re.fullmatch(r"[A-Z]{1,3}", code):
                raise ValueError(f"'{code}' is not an ICAO code (one to three capital letters)")
        return value


@lru_cache(maxsize=2)
def load_codes(path: Path | None = None) -> IcaoCodes:
    """The ICAO 9303 part 3 code list (read once per process)."""
    return load_model(path or RULES_DIR / "icao_codes.yaml", IcaoCodes)


def known_code(code: str) -> bool:
    """Whether `code` (fillers removed: 'D<<' is 'D') is a state, organisation or status code."""
    return code in load_codes().codes


def parse_td3(line1: str, line2: str, *, today: date | None = None, visual_text: str = "") -> Mrz:
    """Parse the two lines of a TD3 zone, repairing OCR errors field by field.

    The lines must already be found and be 44 characters (spaces around them and lower case
    are tolerated); `find_mrz` is the tolerant entry point for OCR text. `today` decides the
    centuries (default: the real today); `visual_text`, the page's text, may settle the
    century of a birth date that decides whether the holder is a minor.
    """
    first, second = line1.strip().upper(), line2.strip().upper()
    for number, line in ((1, first), (2, second)):
        if len(line) != LINE_LENGTH:
            raise ValueError(f"line {number} of a TD3 zone has {LINE_LENGTH} characters, not {len(line)}")
    if not first.startswith("P"):
        raise ValueError("line 1 of a passport zone starts with 'P'")
    return _build(_read_line1(first), _read_line2(second, _printed_words(visual_text)), today or date.today(),
                  visual_text)


def find_mrz(text: str, today: date | None = None, *, visual_text: str | None = None,
             line2_alone: bool = False) -> Mrz | None:
    """Find and parse a passport zone in OCR text, or None when the text has none.

    Each line is cleaned (fillers restored, junk removed, spaces dropped or read as fillers),
    fitted to 44 characters, and read as a second line: the reading whose check digits agree
    best wins. The first line is the nearest line that looks like one, before or after it (OCR
    sometimes gives the lines reversed, with other text between). ID cards (TD1, 3 x 30) and
    visas never match: their lines are too short or do not start with 'P' (`find_zone` reads
    every format). The page text settles an ambiguous birth century unless `visual_text` is
    given. With `line2_alone`, a second line whose five check digits all pass is accepted
    without a first line (names, code and issuing state then unknown): used on a cropped zone,
    where nothing else can be mistaken for it.
    """
    today = today or date.today()
    visual = text if visual_text is None else visual_text
    lines = text.splitlines()
    printed = _printed_words(visual)
    best_second: tuple[tuple, int, _Line2] | None = None
    # The loops below share these names: a line-2 reading and its key in the first, a line-1 reading in the second.
    reading: _Line1 | _Line2 | None
    key: tuple
    for index, raw in enumerate(lines):
        for reading in _second_line_readings(raw, printed):
            # The checks of the key fields first: a reading proving number and dates beats one
            # proving the optional data instead (a crop read twice: `KHS89232` with its optional
            # data, `KH589232` with junk there; issue 11's corpus).
            key = (sum(reading.checks[name] for name in KEY_CHECKS), sum(reading.checks.values()),
                   -reading.corrections)
            if best_second is None or key > best_second[0]:
                best_second = (key, index, reading)
    if best_second is None:
        return None
    _, second_index, second = best_second

    best_first: tuple[tuple, _Line1] | None = None
    for index, raw in enumerate(lines):
        if index == second_index:
            continue
        reading = _first_line_reading(raw)
        if reading is None:
            continue
        # A line with real fillers beats one that merely could be a zone line, one whose state
        # is an ICAO code one that is not (a crop read several times gives several line 1s);
        # then the nearest wins, and the line just above (the normal order) before the one below.
        key = (reading.has_fillers, known_code(reading.issuing_state), -abs(index - second_index),
               index < second_index)
        if best_first is None or key > best_first[0]:
            best_first = (key, reading)
    if best_first is None:
        if line2_alone and all(second.checks.values()):
            return _build(_UNREAD_LINE1, second, today, visual, names_read=False, state_read=False)
        return None
    return _build(best_first[1], second, today, visual)


# --- reading the lines -------------------------------------------------------------------


@dataclass(frozen=True)
class _Line1:
    """Line 1 as read and repaired, before it is joined with line 2."""

    document_code: str
    issuing_state: str
    surname: str
    given_names: str
    corrections: int
    #: Whether the names field is a plausible name field (letters and fillers only).
    plausible: bool
    #: Whether the OCR text itself had filler signs ('<' or a look-alike), not only spaces.
    has_fillers: bool = True


@dataclass(frozen=True)
class _Line2:
    """Line 2 as read and repaired, with its check digits evaluated."""

    document_number: str
    nationality: str
    birth: str
    sex: str
    expiry: str
    optional_data: str
    checks: dict[str, bool]
    corrections: int
    #: Whether the fixed-format fields (dates, check digits, sex) have the right shape.
    plausible: bool


def _read_line1(line: str, has_fillers: bool = True) -> _Line1:
    """Repair and split line 1: code, issuing state, names (alphabetic fields only)."""
    chars = list(line)
    corrections = 0
    if chars[1] == "K":  # 'PK' is no passport type; a filler read as K is
        chars[1], corrections = "<", corrections + 1
    for position in range(2, 5):
        fixed = _TO_LETTER.get(chars[position], chars[position])
        corrections += fixed != chars[position]
        chars[position] = fixed
    names, name_corrections = _repair_names("".join(chars[5:]))
    corrections += name_corrections
    core = names.rstrip("<")
    surname, _, given = core.partition("<<")
    plausible = (re.fullmatch(r"[A-Z<]{3}", "".join(chars[2:5])) is not None
                 and re.fullmatch(r"[A-Z<]+", names) is not None
                 and "<" in names and bool(surname.strip("<")))
    return _Line1(
        document_code="".join(chars[:2]).replace("<", ""),
        issuing_state="".join(chars[2:5]).replace("<", ""),
        surname=_words(surname),
        given_names=_words(given),
        corrections=corrections,
        plausible=plausible,
        has_fillers=has_fillers,
    )


def _repair_names(names: str) -> tuple[str, int]:
    """Digits to letters, and fillers read as 'K' back to '<'.

    A run of K's closing the field is fillers, except a single K, which may end a name (a
    name ending in K followed by fillers all read as K loses that K: unavoidable, and rare).
    When the field has no '<<' separator but its closing fillers show that this OCR reads
    fillers as K, the first 'KK' (or 'K<' / '<K') is the separator. A single K between given
    names is left alone: it cannot be told from a real K.
    """
    fixed = "".join(_TO_LETTER.get(char, char) for char in names)
    corrections = sum(a != b for a, b in zip(names, fixed))

    # Fillers read as other letters than K (S, E, C, L: issue 11) after three real fillers:
    # "FATIMA<<<<<<<<K<KKKEKKKSK" is FATIMA and fillers. Three, because a name never holds
    # them, while "<<LEE<<<<" is a given name LEE.
    closing = re.search(r"<<<[<KSECL]*$", fixed)
    if closing:
        run = closing.group()
        cleaned = run.replace("S", "<").replace("E", "<").replace("C", "<").replace("L", "<")
        if cleaned != run:
            corrections += sum(a != b for a, b in zip(run, cleaned))
            fixed = fixed[: closing.start()] + cleaned
    tail = re.search(r"[K<]+$", fixed)
    reads_k_as_filler = False
    if tail:
        run = tail.group()
        # One K just before the fillers may end the name (NOVAK<<<); two or more are fillers
        # (names ending in KK are rarer than a misread filler).
        leading_k = len(run) - len(run.lstrip("K"))
        keep = leading_k if leading_k == 1 else 0
        new_run = run[:keep] + run[keep:].replace("K", "<")
        if new_run != run:
            reads_k_as_filler = True
            corrections += sum(a != b for a, b in zip(run, new_run))
            fixed = fixed[: tail.start()] + new_run
    core_end = len(fixed.rstrip("<"))
    core = fixed[:core_end]
    if "<<" not in core and reads_k_as_filler:
        # Without that evidence a field with no '<<' is a surname alone ("VAN<KAMPEN").
        separator = re.search(r"KK|<K|K<", core)
        if separator:
            corrections += separator.group().count("K")
            core = core[: separator.start()] + "<<" + core[separator.end():]
            fixed = core + fixed[core_end:]
    return fixed, corrections


def _words(field_value: str) -> str:
    return " ".join(part for part in field_value.split("<") if part)


def _read_line2(line: str, printed: frozenset[str] = frozenset()) -> _Line2:
    """Repair line 2 field by field and evaluate its five check digits; `printed` are the data
    page's words, which may settle a misread document number (`_printed_number`)."""
    chars = list(line)
    corrections = 0
    for position in _LINE2_NUMERIC:
        fixed = _TO_DIGIT.get(chars[position], chars[position])
        corrections += fixed != chars[position]
        chars[position] = fixed
    for position in range(10, 13):
        fixed = _TO_LETTER.get(chars[position], chars[position])
        corrections += fixed != chars[position]
        chars[position] = fixed
    if chars[20] == "K":  # sex is M, F, X or '<'; K is a filler misread
        chars[20], corrections = "<", corrections + 1
    # The optional data's check digit may be '<' when the field is empty.
    if chars[42] == "K":
        chars[42], corrections = "<", corrections + 1
    elif chars[42] in _TO_DIGIT:
        chars[42], corrections = _TO_DIGIT[chars[42]], corrections + 1
    line = "".join(chars)

    number, number_changes = _repair_alphanumeric(line[0:9], line[9])
    if not _check_ok(number, line[9]):
        on_page = _printed_number(number, line[9], printed)
        if on_page is not None:
            number_changes += sum(a != b for a, b in zip(number, on_page))
            number = on_page
    optional, optional_changes = _repair_alphanumeric(line[28:42], line[42])
    corrections += number_changes + optional_changes
    line = number + line[9:28] + optional + line[42:]
    checks = _checks(line)
    plausible = (re.fullmatch(r"\d{6}|<{6}", line[13:19]) is not None
                 and re.fullmatch(r"\d{6}", line[21:27]) is not None
                 and all(line[p] in _DIGITS for p in (9, 27, 43)) and line[19] in _DIGITS + "<"
                 and line[20] in "MFX<" and re.fullmatch(r"[A-Z<]{3}", line[10:13]) is not None
                 and line[42] in _DIGITS + "<"
                 and set(line) <= _MRZ_CHARS)
    return _Line2(
        document_number=number.replace("<", ""),
        nationality=line[10:13].replace("<", ""),
        birth=line[13:19],
        sex=line[20],
        expiry=line[21:27],
        optional_data=optional.rstrip("<"),
        checks=checks,
        corrections=corrections,
        plausible=plausible,
    )


def _checks(line: str) -> dict[str, bool]:
    composite = line[0:10] + line[13:20] + line[21:43]
    return {
        "number": _check_ok(line[0:9], line[9]),
        "birth": _check_ok(line[13:19], line[19]),
        "expiry": _check_ok(line[21:27], line[27]),
        "optional": _check_ok(line[28:42], line[42]),
        "composite": _check_ok(composite, line[43]),
    }


def _check_ok(value: str, digit: str) -> bool:
    """Whether `digit` is the check digit of `value`; '<' counts as 0 (empty optional data)."""
    if digit == "<":
        expected = 0
    elif digit in _DIGITS:
        expected = int(digit)
    else:
        return False
    try:
        return check_digit(value) == expected
    except ValueError:
        return False


def _repair_alphanumeric(value: str, digit: str) -> tuple[str, int]:
    """The reading of a document number or optional data field that its check digit proves.

    A closing run of two or more K's is fillers: the check digit cannot tell (K counts 20,
    '<' 0, the same modulo 10), and K's ending a number are far rarer than misread fillers.
    If the check digit is still wrong, letters that look like digits (O, I, B, S, ...) and
    stand among digits ("12O4567") are read as those digits, one then two at a time, and a
    change is kept only when exactly one variant makes the check digit right: several
    variants often pass by chance, and then any choice would be a guess. Digits are never
    turned into letters. A letter beside a letter is left alone (the specimen's "ZE184226B")
    unless it is an O, D or Q after two letters just before the digits ("CAD00000" for
    CA000000, issue 11), and so is a letter at the edge of the field. Measured on 3000 random numbers shaped like
    passport numbers (EH1234567, E12345678, 123456789), each with one character misread
    (`tests/test_mrz.py::test_number_repair_rates`): 0.7% of wrong readings end up passing
    their check digit after a "repair", and 56% of look-alike misreadings are repaired.
    Trying every look-alike letter let 3% pass (and a third of the one-digit changes to the
    specimen's optional data); trying digits as letters too let 41% pass. The composite
    check cannot arbitrate: it weights these fields exactly as their own check digits do, so
    every variant that passes one passes the other. L/1 and G/6 (and K/'<') differ by a
    multiple of 10: no check digit can tell them apart, so such a letter is kept as read.
    """
    corrections = 0
    tail = re.search(r"KK+$", value)
    if tail:
        corrections = len(tail.group())
        value = value[: tail.start()] + "<" * corrections
    if _check_ok(value, digit):
        return value, corrections
    swappable = [i for i, char in enumerate(value)
                 if char in _TO_DIGIT and (_between_digits(value, i) or _at_letter_digit_boundary(value, i))]
    for count in range(1, _MAX_SWAPS + 1):
        passing = set()
        for positions in combinations(swappable, count):
            chars = list(value)
            for position in positions:
                chars[position] = _TO_DIGIT[chars[position]]
            variant = "".join(chars)
            if _check_ok(variant, digit):
                passing.add(variant)
        if len(passing) == 1:
            return passing.pop(), corrections + count
        if passing:
            break  # ambiguous: keep the reading as it is and let the check digit fail
    return value, corrections


def _at_letter_digit_boundary(value: str, position: int) -> bool:
    """Whether the letter at `position` follows a two-letter prefix, just before the digits ("CAD00000":
    the D may be the first 0 of CA000000). Numbers are letters then digits, and OCR misplaces
    exactly that boundary; the check digit then decides, under the one-variant rule."""
    return (2 <= position < len(value) - 1 and value[position] in _ZERO_LOOKALIKES
            and value[position - 2] in _LETTERS and value[position - 1] in _LETTERS
            and value[position + 1] in _DIGITS)


def _between_digits(value: str, position: int) -> bool:
    """Whether the letter at `position` stands among digits: a digit on each side of it,
    with only digits or other look-alike letters in between ("12O4", "1OO5")."""
    def digit_towards(step: int) -> bool:
        index = position + step
        while 0 <= index < len(value) and (value[index] in _DIGITS or value[index] in _TO_DIGIT):
            if value[index] in _DIGITS:
                return True
            index += step
        return False

    return digit_towards(-1) and digit_towards(1)


#: Letters and digits OCR confuses, both ways: a zone's character and the data page's printed
#: one may differ by these only to be the same character read twice.
_LOOK_ALIKES = frozenset({*_TO_DIGIT.items(), *((digit, letter) for letter, digit in _TO_DIGIT.items()),
                          *_TO_LETTER.items(), *((letter, digit) for digit, letter in _TO_LETTER.items())})


@lru_cache(maxsize=64)
def _printed_words(visual_text: str) -> frozenset[str]:
    """The words of the page text that may be a printed document number: letters and digits
    only, standing alone. A zone line's own characters run on into fillers ('<'), so the zone
    never gives itself a word here (the same boundary as `_number_unconfirmed`)."""
    return frozenset(word for word in re.findall(r"(?<![A-Z0-9<])[A-Z0-9]{5,}(?![A-Z0-9<])", visual_text.upper())
                     if any(char in _DIGITS for char in word))


#: At most this many characters of a zone's number may be taken from the printed page. Where the
#: two readings differ, one of them is wrong; a printed word garbled at many places ('ADGOOOD0'
#: for 'A0000000': a third-party passport, 2026-12-02) agrees with the zone nowhere there, and
#: only the check digit's one-in-ten luck would vouch for it.
MAX_PRINTED_CHANGES = 2


def _printed_number(read: str, digit: str, printed: frozenset[str]) -> str | None:
    """The data page's printed document number that a zone number failing its check digit was
    misread from, in the zone field's length ('<'-padded); None unless exactly one fits.

    A printed word fits when it has the number's length, differs from it only by letter/digit
    look-alikes (`KHS89232` in the zone, `KH589232` on the page: issue 11's corpus) and passes
    the zone's check digit. The zone and the data page are two prints in two fonts, read
    separately; a look-alike misreading at the same place in both and passing the check digit
    besides is far rarer than the one-in-ten luck of a repair the check digit alone judges,
    which is why a letter beside letters is never repaired without the page
    (`_repair_alphanumeric`).
    """
    core = read.rstrip("<")
    digit = _TO_DIGIT.get(digit, digit)
    fitting = {word for word in printed
               if len(word) == len(core) and word != core and _check_ok(word, digit)
               and all(a == b or (a, b) in _LOOK_ALIKES for a, b in zip(core, word))
               and sum(a != b for a, b in zip(core, word)) <= MAX_PRINTED_CHANGES}
    return fitting.pop().ljust(len(read), "<") if len(fitting) == 1 else None


# --- finding the lines in OCR text -------------------------------------------------------


def _cleanings(raw: str) -> list[tuple[str, int]]:
    """Ways to read one OCR line as zone characters: (text, characters replaced).

    Spaces are either stray (dropped) or fillers read as blanks (each becomes '<'); '«' is one
    filler or two. Both readings are kept and the check digits or the length choose later.
    """
    line = raw.strip()
    letters = [char for char in line if char.isalpha()]
    replaced = 0
    if sum(char.islower() for char in letters) * 2 > len(letters):
        line = line.upper()  # a zone read entirely in lower case
    else:
        replaced += line.count("c")  # a stray lower-case 'c' in an upper-case zone is a filler
        line = line.replace("c", "<").upper()
    for glyph in _FILLER_GLYPHS:
        if glyph != "«":
            replaced += line.count(glyph)
            line = line.replace(glyph, "<")
    guillemet_forms = ["<", "<<"] if "«" in line else ["<"]
    space_forms = [""]
    if re.search(r"\s", line):
        space_forms.append("<")
    results = []
    for guillemet in guillemet_forms:
        for space in space_forms:
            text = line.replace("«", guillemet)
            spaces = len(re.findall(r"\s", text))
            text = re.sub(r"\s", space, text)
            text = "".join(char for char in text if char in _MRZ_CHARS)
            extra = replaced + line.count("«") + (spaces if space else 0)
            results.append((text, extra))
    return results


def _second_line_readings(raw: str, printed: frozenset[str] = frozenset()) -> list[_Line2]:
    """Every plausible line-2 reading of one OCR line, each fitted to 44 characters."""
    if sum(char.isdigit() for char in raw) < 10:  # line 2 has at least 16 digits
        return []
    readings = []
    for text, replaced in _cleanings(raw):
        # (candidate, characters edited, where the first edit is: None for none)
        fitted: list[tuple[str, int, int | None]] = []
        if len(text) == LINE_LENGTH - 1:
            # One character lost, usually a filler: try a '<' in every place, within a run of
            # fillers first (a '<' elsewhere shifts a field and passes its check only by luck).
            fitted = [(text[:i] + "<" + text[i:], 1 if "<" in text[max(i - 1, 0):i + 1] else 2, i)
                      for i in range(LINE_LENGTH)]
        elif LINE_LENGTH <= len(text) <= _MAX_LINE:
            # Junk before or after, or one character too many inside (a doubled filler, best).
            fitted = [(text[i:i + LINE_LENGTH], 0, None) for i in range(len(text) - LINE_LENGTH + 1)]
            if len(text) == LINE_LENGTH + 1:
                fitted += [(text[:i] + text[i + 1:], 1 if text[i] == "<" else 2, i) for i in range(len(text))]
        if not fitted:
            fitted = [(stretched, abs(len(text) - LINE_LENGTH), start)
                      for stretched, start in _stretch_fillers(text, LINE_LENGTH)]
        truncated = _TRUNCATED_MIN <= len(text) < LINE_LENGTH - 1 and set(text[_TRUNCATED_MIN:]) <= set("<K")
        if truncated:
            # The end of the line lost (glare on a photo eats the last fillers and the two
            # last check digits): the fields up to the expiry's check digit are in place when
            # their own check digits pass. Only when what follows them is fillers: a character
            # lost inside the fields would then put a filler where a check digit must be. The
            # lost end is filled to be parsed ('0' stands in for the composite digit) and its
            # two checks are failed: nothing there is read.
            fitted.append((text + "<" * (LINE_LENGTH - 1 - len(text)) + "0", LINE_LENGTH - len(text), len(text)))
        for candidate, edits, where in fitted:
            reading = _read_line2(candidate, printed)
            if truncated and where == len(text):
                reading = replace(reading, checks={**reading.checks, "optional": False, "composite": False})
            if where is not None and where <= _NUMBER_CHECK and reading.checks["number"]:
                # A character put in or taken out within the document number leaves its check
                # digit as the only proof, and one in ten shifted readings passes it by luck
                # ("CA080131" read "A080131", issue 11's corpus): not proved.
                reading = replace(reading, checks={**reading.checks, "number": False})
            if reading.plausible:
                readings.append(_with_corrections(reading, replaced + edits))
    return readings


def _stretch_fillers(text: str, length: int) -> list[tuple[str, int]]:
    """`text` brought to `length` by lengthening or shortening one run of fillers, with where
    the run starts.

    OCR loses and adds fillers in long runs far more than other characters (a run of 15 '<'
    is read as 12 or 17), and the fields after the run then sit in the wrong place. Only runs
    of at least three are changed, by at most six characters; the check digits judge.
    """
    difference = length - len(text)
    if not difference or abs(difference) > 6:
        return []
    variants = []
    for run in re.finditer(r"<{3,}", text):
        size = len(run.group()) + difference
        if size >= 1:
            variants.append((text[:run.start()] + "<" * size + text[run.end():], run.start()))
    return variants


def _first_line_reading(raw: str) -> _Line1 | None:
    """The best line-1 reading of one OCR line, or None when it cannot be one.

    Trailing fillers are often dropped by OCR, so a short line is padded with '<'; of the
    cleanings, the one whose length is nearest 44 is taken.
    """
    stripped = raw.strip()
    has_fillers = any(char in stripped for char in "<" + _FILLER_GLYPHS)
    letters = [char for char in stripped if char.isalpha()]
    if not has_fillers and sum(char.isupper() for char in letters) * 2 <= len(letters):
        return None  # ordinary text: a zone line has fillers or is upper case
    best: tuple[tuple, _Line1] | None = None
    for text, replaced in _cleanings(raw):
        start = text.find("P", 0, 3)  # up to two characters of junk before the 'P'
        if start < 0:
            continue
        text = text[start:]
        if len(text) < 20 or len(text) > _MAX_LINE + 4:
            continue
        fitted = text[:LINE_LENGTH].ljust(LINE_LENGTH, "<")
        reading = _read_line1(fitted, has_fillers=has_fillers)
        if not reading.plausible:
            continue
        key = (-abs(len(text) - LINE_LENGTH), -replaced)
        if best is None or key > best[0]:
            best = (key, _with_corrections(reading, replaced))
    return best[1] if best else None


#: A line-1 or line-2 reading: `_with_corrections` gives back the kind it was given.
_Reading = TypeVar("_Reading", _Line1, _Line2)


def _with_corrections(reading: _Reading, extra: int) -> _Reading:
    """The reading with the characters replaced while cleaning the OCR line counted in."""
    return replace(reading, corrections=reading.corrections + extra)


# --- building the result -----------------------------------------------------------------

#: Line 1 when it could not be read: only what line 2 proves is reported.
_UNREAD_LINE1 = _Line1(document_code="", issuing_state="", surname="", given_names="", corrections=0,
                       plausible=False, has_fillers=False)


def _build(first: _Line1, second: _Line2, today: date, visual_text: str = "", *,
           names_read: bool = True, state_read: bool = True, zone_format: ZoneFormat = ZoneFormat.TD3) -> Mrz:
    """Join the two lines into facts: codes checked, centuries settled, every doubt a reason."""
    return _facts(
        zone_format=zone_format, document_code=first.document_code, issuing_state=first.issuing_state,
        surname=first.surname, given_names=first.given_names, document_number=second.document_number,
        nationality=second.nationality, birth=second.birth, sex=second.sex, expiry=second.expiry,
        optional_data=second.optional_data, checks=second.checks,
        corrections=first.corrections + second.corrections, today=today, visual_text=visual_text,
        names_read=names_read, state_read=state_read)


def _facts(*, zone_format: ZoneFormat, document_code: str, issuing_state: str, surname: str, given_names: str,
           document_number: str, nationality: str, birth: str, sex: str, expiry: str, optional_data: str,
           checks: dict[str, bool], corrections: int, today: date, visual_text: str,
           names_read: bool, state_read: bool = True, nationality_around: str = "") -> Mrz:
    reasons = []
    for check, passed in checks.items():
        if not passed:
            reasons.append(Reason.of("mrz_check_digit", field=f"mrz_field.{check}"))
    number_confirmed = not _number_unconfirmed(document_number, checks, visual_text)
    if not number_confirmed:
        reasons.append(Reason.of("mrz_number_unconfirmed"))
    state, nation, code_repairs, code_reasons = _settle_codes(issuing_state, nationality, state_read,
                                                              nationality_around)
    corrections += code_repairs
    reasons.extend(code_reasons)
    expiry_date = _expiry_date(expiry, today)
    birth_date, birth_reason = _birth_date(birth, today, visual_text,
                                           expiry_date if checks.get("expiry") else None)
    if birth_reason:
        reasons.append(birth_reason)
    for name, raw, value in (("birth", birth, birth_date), ("expiry", expiry, expiry_date)):
        if value is None and raw != "<<<<<<" and _yymmdd(raw, 2000) is None and _yymmdd(raw, 1900) is None:
            reasons.append(Reason.of("mrz_bad_date", field=f"mrz_field.{name}"))
    if corrections:
        proved = "mrz.digits_confirm" if all(checks.values()) else "mrz.digits_do_not_confirm"
        reasons.append(Reason.of("mrz_ocr_corrected", corrections=corrections, proved=proved))
    return Mrz(
        document_code=document_code, issuing_state=state, surname=surname, given_names=given_names,
        document_number=document_number, nationality=nation, birth_date=birth_date,
        sex="X" if sex == "<" else sex, expiry_date=expiry_date, optional_data=optional_data,
        checks=dict(checks), corrections=corrections, reasons=tuple(reasons), format=zone_format,
        names_read=names_read, state_read=state_read, number_confirmed=number_confirmed)


def _number_unconfirmed(number: str, checks: dict[str, bool], visual_text: str) -> bool:
    """Whether a document number that passes its own check digit is still no fact.

    One check digit lets one misreading in ten pass by luck, and a number has no other
    plausibility test (a date must at least be a real date). Issue 11's corpus: a TD1 card's
    `TT084451<` read `TT08445ST` on a photo whose birth date also failed, its one digit
    matching. When a date's check digit fails too, the line was misread among its key fields
    and the number counts only when the data page prints it as well: as a word of its own in
    the page text, so the zone's own line (where the number runs on into its check digit or
    fillers) never confirms itself. The document is then to be checked anyway (a key field is
    unproved), so this costs no status; it only keeps a doubtful number from being stated.
    A misread optional data or composite digit alone leaves the key fields proved (the ICAO
    specimen's 'Z' read '7', a line 2 whose end glare ate).
    """
    if not checks.get("number") or all(checks.get(name, False) for name in KEY_CHECKS):
        return False
    wanted = number.strip("<")
    pattern = rf"(?<![A-Z0-9<]){re.escape(wanted)}(?![A-Z0-9<])"
    return not (wanted and visual_text and re.search(pattern, visual_text.upper()))


def _settle_codes(state: str, nationality: str, state_read: bool,
                  nationality_around: str = "") -> tuple[str | None, str | None, int, list[Reason]]:
    """Issuing state and nationality as facts, or None: no check digit covers them.

    A code in ICAO's list stands. A code outside it is repaired only to the other line's code
    when the two differ in one character (line 1 `CZE`, line 2 `0ZE`), or when line 1's code
    stands in line 2 one place off (`nationality_around`: the field with a character either
    side; a stray character before it, `…84 1IRN<<…`, shifts `IRN` out of its field without
    touching a check digit). A holder's nationality is usually the issuing state, and a
    one-character slip is what OCR makes. Anything else is not a fact ("OZE" is nobody's
    nationality).
    """
    reasons: list[Reason] = []
    repairs = 0
    state_known, nation_known = known_code(state), known_code(nationality)

    def one_off(a: str, b: str) -> bool:
        a, b = a.ljust(3, "<"), b.ljust(3, "<")
        return sum(x != y for x, y in zip(a, b)) == 1

    if state_known and not nation_known and (one_off(nationality, state)
                                             or (state_read and state in nationality_around)):
        nationality, nation_known, repairs = state, True, repairs + 1
    elif nation_known and not state_known and state_read and one_off(state, nationality):
        state, state_known, repairs = nationality, True, repairs + 1
    if not state_known and state_read:
        reasons.append(Reason.of("mrz_unknown_code", field="mrz_field.issuing_state"))
    if not nation_known:
        reasons.append(Reason.of("mrz_unknown_code", field="mrz_field.nationality"))
    return (state if state_known else None), (nationality if nation_known else None), repairs, reasons


def _expiry_date(value: str, today: date) -> date | None:
    """An expiry year is 20YY unless that lies more than ten years ahead (`MAX_VALIDITY_YEARS`):
    then it is 19YY, and the document expired last century (980104 is 4 January 1998)."""
    recent = _yymmdd(value, 2000)
    if recent is None:
        return _yymmdd(value, 1900)
    limit = _add_years(today, MAX_VALIDITY_YEARS)
    return recent if recent <= limit else _yymmdd(value, 1900)


def _birth_date(value: str, today: date, visual_text: str,
                expiry: date | None = None) -> tuple[date | None, Reason | None]:
    """The birth date, when its century can be settled.

    A birth date is not in the future, nor after the document was issued (`_printed_issue_date`:
    a zone issued in 2008 cannot hold a birth in 2011), and its holder not older than
    `MAX_AGE`. When both centuries remain and the later one makes the holder a minor, the
    century decides which documents are required: the date printed in the visual zone (a
    four-digit year in the page text) must then confirm one of them, or the birth date is not
    a fact. `expiry` is the zone's expiry date when its check digit proves it.
    """
    issued = _printed_issue_date(visual_text, expiry, today)
    latest = min(today, issued) if issued else today
    candidates = [day for day in (_yymmdd(value, 1900), _yymmdd(value, 2000))
                  if day is not None and day <= latest and _age(day, today) <= MAX_AGE]
    if not candidates:
        return None, None
    if len(candidates) == 1:
        return candidates[0], None
    older, younger = candidates
    if _age(younger, today) >= MINOR_AGE:
        return younger, None  # a minor either way is impossible: adult, and 100+ is not credible
    printed = {found.value for found in dates_module.find_dates(visual_text)} if visual_text else set()
    confirmed = [day for day in candidates if day in printed or _printed_loosely(day, visual_text)]
    if len(confirmed) == 1:
        return confirmed[0], None
    return None, Reason.of("mrz_birth_century_unsettled", older=str(older.year), younger=str(younger.year))


def _printed_issue_date(visual_text: str, expiry: date | None, today: date) -> date | None:
    """The issue date the data page prints, when one date is labelled so and fits the zone.

    It bounds the birth date (nobody is issued a document before being born), so a misread
    one must not settle a century: it counts only when the zone's proved expiry lies after it
    and at most `MAX_VALIDITY_YEARS` after it (a passport's longest validity), and it is not
    in the future. Without a proved expiry, or with two such dates, nothing is bounded.
    """
    if not visual_text or expiry is None:
        return None
    fitting = {found.value for found in dates_module.find_dates(visual_text)
               if found.kind == "issue" and found.value <= today
               and found.value < expiry <= _add_years(found.value, MAX_VALIDITY_YEARS)}
    return fitting.pop() if len(fitting) == 1 else None


def _printed_loosely(day: date, text: str) -> bool:
    """Whether the page text shows `day`'s day of the month and then its four-digit year on one
    line, whatever OCR made of the month between them ("31 OCT/IOCT 2010", "31.1O.2010").
    Only the century is in question, and only one of the two years can be printed there."""
    pattern = rf"(?<!\d)0?{day.day}(?!\d)[^\n\d]{{0,12}}(?:\d{{1,2}}[^\n\d]{{1,3}})?{day.year}(?!\d)"
    return bool(text) and re.search(pattern, text) is not None


def _age(birth: date, today: date) -> int:
    return today.year - birth.year - int((today.month, today.day) < (birth.month, birth.day))


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _yymmdd(value: str, century: int) -> date | None:
    """A zone date YYMMDD in the given century, or None when it is not a real date."""
    if not re.fullmatch(r"\d{6}", value):
        return None
    try:
        return date(century + int(value[:2]), int(value[2:4]), int(value[4:]))
    except ValueError:
        return None


# --- every format: TD1, TD2, MRV-A, MRV-B (TD3 above) -------------------------------------

#: (line, start, end) of a field in a zone; a check digit is (line, position).
_Span = tuple[int, int, int]


@dataclass(frozen=True)
class _Layout:
    """Where each field of one ICAO 9303 format lies (parts 4-7, "data structure" tables)."""

    format: ZoneFormat
    lines: int
    length: int
    #: First letters the document code may start with.
    codes: str
    names: _Span
    number: _Span
    number_check: tuple[int, int]
    nationality: _Span
    birth: _Span
    birth_check: tuple[int, int]
    sex: tuple[int, int]
    expiry: _Span
    expiry_check: tuple[int, int]
    optional: tuple[_Span, ...]
    composite: tuple[_Span, ...] = ()
    composite_check: tuple[int, int] | None = None


_LAYOUTS = {
    ZoneFormat.TD1: _Layout(
        ZoneFormat.TD1, 3, 30, "IAC", names=(2, 0, 30), number=(0, 5, 14), number_check=(0, 14),
        nationality=(1, 15, 18), birth=(1, 0, 6), birth_check=(1, 6), sex=(1, 7), expiry=(1, 8, 14),
        expiry_check=(1, 14), optional=((0, 15, 30), (1, 18, 29)),
        composite=((0, 5, 30), (1, 0, 7), (1, 8, 15), (1, 18, 29)), composite_check=(1, 29)),
    ZoneFormat.TD2: _Layout(
        ZoneFormat.TD2, 2, 36, "IAC", names=(0, 5, 36), number=(1, 0, 9), number_check=(1, 9),
        nationality=(1, 10, 13), birth=(1, 13, 19), birth_check=(1, 19), sex=(1, 20), expiry=(1, 21, 27),
        expiry_check=(1, 27), optional=((1, 28, 35),),
        composite=((1, 0, 10), (1, 13, 20), (1, 21, 35)), composite_check=(1, 35)),
    ZoneFormat.MRVA: _Layout(
        ZoneFormat.MRVA, 2, 44, "V", names=(0, 5, 44), number=(1, 0, 9), number_check=(1, 9),
        nationality=(1, 10, 13), birth=(1, 13, 19), birth_check=(1, 19), sex=(1, 20), expiry=(1, 21, 27),
        expiry_check=(1, 27), optional=((1, 28, 44),)),
    ZoneFormat.MRVB: _Layout(
        ZoneFormat.MRVB, 2, 36, "V", names=(0, 5, 36), number=(1, 0, 9), number_check=(1, 9),
        nationality=(1, 10, 13), birth=(1, 13, 19), birth_check=(1, 19), sex=(1, 20), expiry=(1, 21, 27),
        expiry_check=(1, 27), optional=((1, 28, 36),)),
}


def find_zone(text: str, today: date | None = None, *, visual_text: str | None = None,
              line2_alone: bool = False) -> Mrz | None:
    """Find and parse a zone of any format in OCR text, or None.

    A TD3 passport zone is looked for first (`find_mrz`); then three lines of about 30
    (TD1) and pairs of lines of about 36 (TD2, MRV-B) or 44 starting with 'V' (MRV-A). The
    reading whose check digits agree best wins; on a tie, the one with fewer corrections.
    """
    today = today or date.today()
    visual = text if visual_text is None else visual_text
    passport = find_mrz(text, today, visual_text=visual, line2_alone=line2_alone)
    if passport is not None and passport.valid:
        return passport
    cleaned = [_fitted_lines(raw) for raw in text.splitlines()]
    best: tuple[tuple, Mrz] | None = None
    if passport is not None:
        best = (_score(passport), passport)
    for layout in _LAYOUTS.values():
        for start in range(len(cleaned) - layout.lines + 1):
            rows = [cleaned[start + k].get(layout.length, ()) for k in range(layout.lines)]
            if not all(rows):
                continue
            for combination in _combinations(rows):
                zone = _parse_layout([line for line, _, _ in combination], layout, today, visual,
                                     sum(extra for _, extra, _ in combination),
                                     shifted=[lead > 0 for _, _, lead in combination])
                if zone is not None and (best is None or _score(zone) > best[0]):
                    best = (_score(zone), zone)
    if line2_alone:
        # A card whose names line is unread (glare, a photo's edge): its lines 1 and 2 hold
        # every check digit, the composite covering both, so when all of them pass what they
        # prove stands, as a TD3 line 2 alone does; the names are then unknown.
        layout = _LAYOUTS[ZoneFormat.TD1]
        for start in range(len(cleaned) - 1):
            rows = [cleaned[start + k].get(layout.length, ()) for k in range(2)]
            if not all(rows):
                continue
            for combination in _combinations(rows):
                zone = _parse_layout([*(line for line, _, _ in combination), "<" * layout.length], layout, today,
                                     visual, sum(extra for _, extra, _ in combination), names_read=False,
                                     shifted=[lead > 0 for _, _, lead in combination])
                if zone is not None and zone.valid and (best is None or _score(zone) > best[0]):
                    best = (_score(zone), zone)
    return best[1] if best else None


def parse_zone(lines: Sequence[str], today: date | None = None, *, visual_text: str = "") -> Mrz | None:
    """Parse zone lines already cut to length (2 x 44, 2 x 36 or 3 x 30), or None if no format fits."""
    today = today or date.today()
    rows = [line.strip().upper() for line in lines]
    if len(rows) == 2 and all(len(row) == LINE_LENGTH for row in rows) and rows[0].startswith("P"):
        return parse_td3(rows[0], rows[1], today=today, visual_text=visual_text)
    for layout in _LAYOUTS.values():
        if len(rows) == layout.lines and all(len(row) == layout.length for row in rows):
            zone = _parse_layout(rows, layout, today, visual_text, 0)
            if zone is not None:
                return zone
    return None


def _score(zone: Mrz) -> tuple:
    return (sum(zone.checks.values()) - len(zone.checks), zone.names_read, zone.issuing_state is not None,
            zone.nationality is not None, -zone.corrections)


def _fitted_lines(raw: str) -> dict[int, tuple[tuple[str, int, int], ...]]:
    """One OCR line fitted to each zone line length it could be: {length: ((text, edits, lead), ...)},
    `lead` the characters dropped from the line's start (a window past junk, or a shift)."""
    if len(raw.strip()) < 20:
        return {}
    fitted: dict[int, list[tuple[str, int, int]]] = {}
    for text, replaced in _cleanings(raw):
        for length in (30, 36, LINE_LENGTH):
            options = fitted.setdefault(length, [])
            if length <= len(text) <= length + 2:
                options += [(text[i:i + length], replaced, i) for i in range(len(text) - length + 1)]
            elif length - 3 <= len(text) < length:
                options.append((text.ljust(length, "<"), replaced + length - len(text), 0))
            # A line too long by its fillers (a run read one or two too long) keeps its last
            # characters, the check digits, only when a run of fillers is shortened.
            options += [(variant, replaced + abs(length - len(text)), 0)
                        for variant, _ in _stretch_fillers(text, length)]
    return {length: tuple(dict.fromkeys(options))[:6] for length, options in fitted.items() if options}


def _combinations(rows: list) -> list[tuple]:
    """Every choice of one fitted reading per line (a handful each)."""
    combos: list[tuple] = [()]
    for options in rows:
        combos = [(*combo, option) for combo in combos for option in options]
    return combos[:64]


def _parse_layout(rows: list[str], layout: _Layout, today: date, visual_text: str, edits: int, *,
                  names_read: bool = True, shifted: Sequence[bool] = ()) -> Mrz | None:
    """Read the fields of one layout, repairing each by what it may hold; None if implausible.

    `shifted` says which rows were fitted by dropping characters from their start. On the row
    holding the number that leaves the number's own check digit as its only proof, and one
    shifted reading in ten passes it by luck (issue 11's corpus: `UF9O77IO44<3…` cut to
    `9O77IO44<3…`, birth and expiry back in place, `9077I044` passing): not proved, as a TD3
    line 2 shifted within its number is not (`_second_line_readings`).
    """
    if layout.format == ZoneFormat.TD3 or rows[0][:1] not in layout.codes:
        return None
    chars = [list(row) for row in rows]
    corrections = edits

    def get(span: _Span) -> str:
        return "".join(chars[span[0]][span[1]:span[2]])

    def put(span: _Span, value: str) -> None:
        chars[span[0]][span[1]:span[2]] = list(value)

    numeric_spans = [layout.birth, layout.expiry] + [(line, pos, pos + 1) for line, pos in
                                                    (layout.number_check, layout.birth_check, layout.expiry_check,
                                                     *([layout.composite_check] if layout.composite_check else []))]
    for span in numeric_spans:
        value = get(span)
        fixed = "".join(_TO_DIGIT.get(char, char) for char in value)
        corrections += sum(a != b for a, b in zip(value, fixed))
        put(span, fixed)
    for span in ((0, 2, 5), layout.nationality):
        value = get(span)
        fixed = "".join(_TO_LETTER.get(char, char) for char in value)
        corrections += sum(a != b for a, b in zip(value, fixed))
        put(span, fixed)
    sex_line, sex_pos = layout.sex
    if chars[sex_line][sex_pos] == "K":
        chars[sex_line][sex_pos], corrections = "<", corrections + 1
    if chars[0][1] == "K":
        chars[0][1], corrections = "<", corrections + 1
    names, name_corrections = _repair_names(get(layout.names))
    corrections += name_corrections

    number, (check_line, check_pos) = get(layout.number), layout.number_check
    number_check = chars[check_line][check_pos]
    extension = ""
    if layout.format == ZoneFormat.TD1 and number_check == "<":
        # A number longer than nine characters continues in the optional data, its check digit
        # at the end of the continuation (ICAO 9303 part 5, note j).
        rest = get(layout.optional[0]).split("<", 1)[0]
        if len(rest) >= 2:
            extension, number_check = rest[:-1], rest[-1]
    repaired, number_changes = _repair_alphanumeric(number + extension, _TO_DIGIT.get(number_check, number_check))
    if not extension and not _check_ok(repaired, _TO_DIGIT.get(number_check, number_check)):
        on_page = _printed_number(repaired, number_check, _printed_words(visual_text))
        if on_page is not None:
            number_changes += sum(a != b for a, b in zip(repaired, on_page))
            repaired = on_page
    corrections += number_changes
    if not extension:
        put(layout.number, repaired)
    optional_parts = []
    for span in layout.optional:
        value = get(span)
        tail = re.search(r"KK+$", value)
        if tail:
            corrections += len(tail.group())
            value = value[: tail.start()] + "<" * len(tail.group())
            put(span, value)
        optional_parts.append(value)

    line_texts = ["".join(row) for row in chars]
    birth, expiry = get(layout.birth), get(layout.expiry)
    sex = chars[sex_line][sex_pos]
    plausible = (re.fullmatch(r"\d{6}|<{6}", birth) is not None and re.fullmatch(r"\d{6}", expiry) is not None
                 and sex in "MFX<" and all(set(line) <= _MRZ_CHARS for line in line_texts)
                 and re.fullmatch(r"[A-Z<]{3}", get(layout.nationality)) is not None)
    if not plausible:
        return None
    number_row = layout.number[0]
    number_shifted = number_row < len(shifted) and shifted[number_row]
    checks = {
        "number": _check_ok(repaired, _TO_DIGIT.get(number_check, number_check)) and not number_shifted,
        "birth": _check_ok(birth, chars[layout.birth_check[0]][layout.birth_check[1]]),
        "expiry": _check_ok(expiry, chars[layout.expiry_check[0]][layout.expiry_check[1]]),
    }
    if layout.composite_check:
        composite = "".join(get(span) for span in layout.composite)
        checks["composite"] = _check_ok(composite, chars[layout.composite_check[0]][layout.composite_check[1]])
    core = names.rstrip("<")
    surname, _, given = core.partition("<<")
    return _facts(
        zone_format=layout.format, document_code=get((0, 0, 2)).replace("<", ""),
        issuing_state=get((0, 2, 5)).replace("<", ""), surname=_words(surname), given_names=_words(given),
        document_number=repaired.replace("<", ""), nationality=get(layout.nationality).replace("<", ""),
        birth=birth, sex=sex, expiry=expiry,
        optional_data="<".join(part.strip("<") for part in optional_parts if part.strip("<")),
        checks=checks, corrections=corrections, today=today, visual_text=visual_text, names_read=names_read,
        nationality_around=line_texts[layout.nationality[0]][max(layout.nationality[1] - 1, 0):layout.nationality[2] + 1])


def better(first: Mrz | None, second: Mrz | None) -> Mrz | None:
    """Of two readings of a page's zone (image crop, page text), the one whose checks agree best."""
    if first is None or second is None:
        return first or second
    # Corrections do not decide here: a crop read with the zone's characters only shows its
    # fillers as K and counts them, while a page reading that passes by luck may need none.
    def proof(zone: Mrz) -> tuple:
        return (zone.key_fields_proved, sum(zone.checks.values()) - len(zone.checks), zone.names_read,
                zone.issuing_state is not None, zone.nationality is not None)

    return first if proof(first) >= proof(second) else second


def without_disputed_state(zone: Mrz, readings: Sequence[Mrz | None], visual_text: str = "") -> Mrz:
    """The zone without its issuing state when other readings of the same zone give another code.

    No check digit covers the issuing state, and a filler read as a letter shifts it into
    another real code ('V<AUS' read 'V<SAUS': Saudi Arabia, on issue 11's larger corpus) while
    line 2 still proves everything else. When the readings of line 1 disagree, the state is not
    a fact (the person is asked, `mrz_state_uncertain`), unless the data page settles it: a
    shift moves the state's letters into the surname or out of it (AUS + KOVALENKO, SAU +
    SKOVALENKO), so when the page text prints the surname of exactly one state's readings as
    words of their own, that split of line 1 is the one printed, and its state stands.
    """
    others = [other for other in readings
              if other is not None and other.state_read and other.format == zone.format and other.issuing_state]
    states = {other.issuing_state for other in others}
    if zone.issuing_state is None or states <= {zone.issuing_state}:
        return zone
    printed = {other.issuing_state for other in [zone, *others] if _surname_printed(other.surname, visual_text)}
    if printed == {zone.issuing_state}:
        return zone
    if len(printed) == 1 and not _surname_printed(zone.surname, visual_text):
        return replace(zone, issuing_state=printed.pop())
    reason = Reason.of("mrz_state_uncertain")
    return replace(zone, issuing_state=None, reasons=(*zone.reasons, reason))


def _surname_printed(surname: str, visual_text: str) -> bool:
    """Whether every word of a zone's surname stands in the page text as a word of its own."""
    words = surname.split()
    text = visual_text.upper()
    return bool(words) and all(re.search(rf"(?<![A-Z<]){re.escape(word)}(?![A-Z<])", text) for word in words)


def same_reading(first: Mrz, second: Mrz) -> bool:
    """Whether two readings of a zone agree on every field but what the printed page may settle
    (`mrz_zone` reads the same lines again with it): the birth date's century and the issuing
    state, where one of them left it open, and the document number, where one of them did not
    prove it. The optional data and the composite check, no key fields, are not compared."""
    def fields(zone: Mrz) -> tuple:
        # The optional data is no key field: a reading without the zone's whitelist may show
        # junk there and prove the number (issue 11's corpus).
        checks = {name: zone.checks.get(name, False) for name in KEY_CHECKS if name != "number"}
        return (zone.format, zone.document_code, zone.nationality, zone.sex, zone.expiry_date,
                tuple(sorted(checks.items())), zone.names_read, zone.state_read)

    def number_proved(zone: Mrz) -> bool:
        return zone.checks.get("number", False) and zone.number_confirmed

    states_agree = None in (first.issuing_state, second.issuing_state) or first.issuing_state == second.issuing_state
    births_agree = None in (first.birth_date, second.birth_date) or first.birth_date == second.birth_date
    numbers_agree = first.document_number == second.document_number or not (number_proved(first)
                                                                            and number_proved(second))
    return fields(first) == fields(second) and states_agree and births_agree and numbers_agree


class StatedFacts(TypedDict, total=False):
    """The facts `stated_facts` gives, each present only when the zone proves it."""

    document_number: str
    birth_date: date
    expiry_date: date
    nationality: str
    issuing_state: str
    sex: str


def stated_facts(zone: Mrz) -> StatedFacts:
    """The key fields docscan states as facts from this zone, by what proves each of them.

    Document number, birth and expiry dates: their own check digit (the number, when another
    check of the zone fails, also the data page: `number_confirmed`). Nationality, issuing
    state and sex have none (the composite skips them): they are stated when the three
    fields around them are proved (`key_fields_proved`), a code only when it is in ICAO's
    list, the issuing state only when line 1 was read. A field that is not proved is left out:
    the pipeline and the evaluation use this one definition, so "stated" means the same in
    the report and in the silent-error count.
    """
    facts: StatedFacts = {}
    if zone.checks.get("number") and zone.number_confirmed:
        facts["document_number"] = zone.document_number
    if zone.checks.get("birth") and zone.birth_date is not None:
        facts["birth_date"] = zone.birth_date
    if zone.checks.get("expiry") and zone.expiry_date is not None:
        facts["expiry_date"] = zone.expiry_date
    if zone.key_fields_proved:
        if zone.nationality is not None:
            facts["nationality"] = zone.nationality
        if zone.issuing_state is not None and zone.state_read:
            facts["issuing_state"] = zone.issuing_state
        facts["sex"] = zone.sex
    return facts
