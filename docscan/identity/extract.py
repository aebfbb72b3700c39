"""Reading the worker's and the employer's particulars from a document's text (issue 15).

Only labelled values are read, with the cue words of `rules/identity.yaml` in French, Dutch,
German and English: "Nom : HADDAD", "Voornamen: Youssef Karim", "Geburtsdatum: 01.02.1990",
"Passport No: AB1234567", "Communication : HADDAD Youssef MAR 01.02.1990", "Employeur : Exemple
SA, BCE 0403.170.701". A name in running text without a cue is not read: a value docscan did not
read is "not compared", never a mismatch. Several names may be read (a contract's "Name:" for
the employer and for the employee); the comparison takes the one closest to the reference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..models import EmployerFields
from .names import Name, fold, words_of
from .rules import IdentityRules, load_identity_rules


@dataclass(frozen=True)
class PersonReading:
    """Everything read about the person on one document (all candidates, for the comparison)."""

    names: tuple[Name, ...] = ()
    birth_date: date | None = None
    nationality: str | None = None
    passport_number: str | None = None


def _cue_pattern(cues: tuple[str, ...], *, label: bool, table: bool = False) -> re.Pattern[str]:
    """Cues (longest first, so "nom et prénoms" wins over "nom") on folded text.

    A label cue is followed by ":" (after an optional bracket: "Compte du bénéficiaire (IBAN) :");
    an inline cue by a space ("la travailleuse Lina VOORBEELD"); a table cue starts its line and
    is followed by the value without a colon, as forms and tables come out of a PDF ("Nom
    MARTÍNEZ", "Familienname MÜLLER"). A bilingual label may give the cue twice ("Werknemer /
    Employee", "Geboortedatum / Date of birth", the federal forms' "Nom – Naam").
    """
    alternatives = "|".join(re.escape(fold(c)) for c in sorted(cues, key=len, reverse=True))
    cue = rf"(?<![\w'])(?:{alternatives})(?![\w'])(?:\s*[/\u2013\u2014-]\s*(?:{alternatives})(?![\w']))?"
    if table:
        return re.compile(rf"^\s*{cue}(?:\([^)]{{0,20}}\))?\s+(?![:：])")
    tail = r"\s*(?:\([^)]{0,20}\))?\s*(?:n°|no\.?|nr\.?|number|nummer)?\s*[:：]\s*" if label else r"\s+"
    return re.compile(rf"{cue}{tail}")


_COMPILED: dict[int, tuple[IdentityRules, dict[str, re.Pattern[str]]]] = {}


def _patterns(rules: IdentityRules) -> dict[str, re.Pattern[str]]:
    """The cue patterns of `rules`, compiled once per rules object (the rules hold dicts, so
    they cannot key an lru_cache; the object is kept with its patterns so its id stays its own)."""
    kept = _COMPILED.get(id(rules))
    if kept is not None and kept[0] is rules:
        return kept[1]
    patterns = {kind: _cue_pattern(cues, label=True) for kind, cues in rules.cues.items()}
    patterns.update({f"{kind}_table": _cue_pattern(cues, label=False, table=True) for kind, cues in rules.cues.items()})
    patterns["full_name_inline"] = _cue_pattern(rules.cues["full_name"], label=False)
    patterns["employer_inline"] = _cue_pattern(rules.cues["employer_name"], label=False)
    patterns["passport_inline"] = _cue_pattern(rules.cues["passport_number"], label=False)
    _COMPILED[id(rules)] = (rules, patterns)
    return patterns


def _values(patterns: dict[str, re.Pattern[str]], kind: str, folded: str) -> list[tuple[int, int, bool]]:
    """(start, end, strict) of every cue of `kind` on a line: strict after a colon, not strict
    (the value must then be written in capitals or title case) in a table without one."""
    found = [(m.start(), m.end(), True) for m in patterns[kind].finditer(folded)]
    table = patterns[f"{kind}_table"].match(folded)
    if table and not any(start <= table.end() <= end for start, end, _ in found):
        found.append((table.start(), table.end(), False))
    return found


def _folded_lines(text: str) -> list[tuple[str, str]]:
    """(line, folded line) pairs; folding keeps the length, so positions carry over."""
    out = []
    for line in text.splitlines():
        folded = "".join(fold(ch)[:1] if fold(ch) else " " for ch in line)
        out.append((line, folded))
    return out


#: A name written as a machine-readable zone writes it: SURNAME<<GIVEN<NAMES (fillers may trail).
_ZONE_NOTATION = re.compile(r"[A-Z]+(?:<[A-Z]+)*<<[A-Z]+(?:<[A-Z]+)*<*")
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'.\-]*(?:['\-][^\W\d_]+)*\.?$")


def _name_words(value: str, rules: IdentityRules, *, capitalised: bool) -> tuple[str, ...]:
    """The name at the start of `value`: words up to a stop word, a digit, a bracket or a comma
    not followed by given names. `capitalised`: every word must start with a capital (a cue
    in running text: "la travailleuse Lina VOORBEELD, née le ...")."""
    titles = {fold(t) for t in rules.titles}
    stops = {fold(s) for s in rules.stop_words}
    words: list[str] = []
    for raw in re.split(r"\s+", value.strip()):
        word = raw.strip(",;")
        if not word:
            break
        if not words and _ZONE_NOTATION.fullmatch(word):
            # "HADDAD<<YOUSSEF<KARIM": a name copied in the zone's notation is kept whole, so the
            # comparison can say it is written so (a variant), and its words are read apart there.
            return (word,)
        folded = fold(word).rstrip(".")
        if not words and folded in titles:
            continue
        if folded in stops or any(ch.isdigit() for ch in word) or word[0] in "([/":
            break
        # A letter three times in a row is OCR noise ("Llllelllll"), not a name.
        if not _NAME_WORD.match(word) or (capitalised and not word[0].isupper()) or \
                re.search(r"(.)\1\1", word.lower()):
            break
        words.append(word)
        if raw.endswith((";",)) or len(words) >= 6:
            break
        if raw.endswith(",") and len(words) >= 1:
            # "HADDAD, Youssef" (surname first) goes on; "Lina VOORBEELD, née le" stops at the stop word.
            words.append(",")
    # A lone capital at the end without its dot is a letter of the page's vertical watermark or
    # stamp that the text layer put on the line ("Ana Beatriz SPECIMEN N"), not an initial.
    while words and (words[-1] == "," or (len(words) > 1 and len(words[-1]) == 1 and words[-1].isupper())):
        words.pop()
    # Multi-word stop words ("de nationalité") are checked on the joined words.
    joined = " ".join(words)
    for stop in sorted(stops, key=len, reverse=True):
        if " " in stop:
            at = fold(joined).find(f" {stop}")
            if at >= 0:
                joined = joined[:at]
    return tuple(w for w in re.split(r"\s+", joined) if w)


def _as_name(words: tuple[str, ...]) -> Name | None:
    """A whole name: "SURNAME, Given" when written so; otherwise words of unknown role."""
    if not words or all(len(w.strip(".,")) <= 2 for w in words):
        return None  # "ID", "M." after a name label: not a name
    if "," in words:
        at = words.index(",")
        surname, given = words[:at], tuple(w for w in words[at + 1:] if w != ",")
        if surname and given:
            return Name(surname=surname, given=given)
    plain = tuple(w for w in words if w != ",")
    return Name(loose=plain) if plain else None


def read_person(text: str, rules: IdentityRules | None = None,
                known_code=None) -> PersonReading:
    """The labelled particulars of the worker on a document's text."""
    rules = rules or load_identity_rules()
    patterns = _patterns(rules)
    surnames: list[tuple[str, ...]] = []
    givens: list[tuple[str, ...]] = []
    names: list[Name] = []
    birth: date | None = None
    nationality: str | None = None
    number: str | None = None
    relatives = {fold(r) for r in rules.relatives}

    def a_relative(folded_line: str, at: int) -> bool:
        """The two words before a cue name a relative ("Father's name:")."""
        before = re.findall(r"[\w']+", folded_line[max(0, at - 30):at])[-2:]
        return any(word in relatives for word in before)

    for line, folded in _folded_lines(text):
        full_spans = []
        for start, end, strict in _values(patterns, "full_name", folded):
            full_spans.append((start, end))
            if a_relative(folded, start):
                continue
            name = _as_name(_name_words(line[end:], rules, capitalised=not strict))
            if name:
                names.append(name)
        for match in patterns["full_name_inline"].finditer(folded):
            if folded[match.end() - 1:match.end()] == ":" or a_relative(folded, match.start()) or \
                    any(a <= match.start() < b for a, b in full_spans):
                continue
            name = _as_name(_name_words(line[match.end():], rules, capitalised=True))
            if name and len(name.words) >= 2:
                names.append(name)
        # "Nom :" is not "Nom et prénoms :" (longest cue first in the full-name pattern above).
        for start, end, strict in _values(patterns, "surname", folded):
            if any(a <= start < b for a, b in full_spans) or a_relative(folded, start):
                continue
            words = _name_words(line[end:], rules, capitalised=not strict)
            if words:
                surnames.append(tuple(w for w in words if w != ","))
        for start, end, strict in _values(patterns, "given_names", folded):
            if a_relative(folded, start):
                continue
            words = _name_words(line[end:], rules, capitalised=not strict)
            if words:
                givens.append(tuple(w for w in words if w != ","))
        if nationality is None:
            for _, end, _ in _values(patterns, "nationality", folded):
                nationality = _nationality(line[end:], known_code)
                if nationality:
                    break
        if number is None:
            for pattern in (patterns["passport_number"], patterns["passport_inline"]):
                for match in pattern.finditer(folded):
                    number = _passport_number(line[match.end():])
                    if number:
                        break
                if number:
                    break
        for _, end, _ in _values(patterns, "payment_message", folded):
            message = _payment_message(line[end:], known_code)
            if message:
                name, nat, day = message
                names.append(name)
                nationality = nationality or nat
                birth = birth or day
    for i, surname in enumerate(surnames):
        given = givens[i] if i < len(givens) else ()
        names.insert(i, Name(surname=surname, given=given))
    return PersonReading(tuple(names), birth, nationality, number)


def _nationality(value: str, known_code) -> str | None:
    """A three-letter ICAO code the document writes ("Utopie (UTO)", "MAR"); a word is not read."""
    for code in re.findall(r"(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])", value[:40]):
        if known_code is None or known_code(code):
            return code
    return None


def _passport_number(value: str) -> str | None:
    match = re.match(r"\s*(?:n°|no\.?|nr\.?|number|nummer|numéro)?\s*[:#]?\s*([A-Z0-9]{1,3}(?: ?[A-Z0-9]){4,10})\b",
                     value)
    if not match:
        return None
    number = match.group(1).replace(" ", "")
    if not any(ch.isdigit() for ch in number) or not 6 <= len(number) <= 10:
        return None
    return number


_MESSAGE = re.compile(r"^\s*(?P<name>[^\W\d_][^\d]*?)[\s,]+(?P<nat>[A-Z]{3})[\s,]+(?P<day>\d{1,2})[./-](?P<month>\d{1,2})"
                      r"[./-](?P<year>\d{4})")
_MESSAGE_COMPACT = re.compile(r"^\s*(?P<surname>[A-Z]{2,}?)(?P<given>[A-Z][a-z]+)(?P<nat>[A-Z]{3})"
                              r"(?P<day>\d{2})(?P<month>\d{2})(?P<year>\d{4})\b")


def _payment_message(value: str, known_code) -> tuple[Name, str | None, date | None] | None:
    """The fee payment's communication "Name Firstname Nationality DD.MM.YYYY" (or without spaces)."""
    match = _MESSAGE.match(value)
    compact = None if match else _MESSAGE_COMPACT.match(value)
    found = match or compact
    if not found:
        return None
    try:
        day: date | None = date(int(found["year"]), int(found["month"]), int(found["day"]))
    except ValueError:
        day = None
    nat = found["nat"] if known_code is None or known_code(found["nat"]) else None
    if compact:
        return Name(surname=(compact["surname"],), given=(compact["given"],)), nat, day
    words = words_of(found["name"])
    if not words or len(words) > 6:
        return None
    # The reference's order is "Name Firstname": the capitalised words first are the surname.
    upper = tuple(w for w in words if w.isupper() and len(w) > 1)
    if upper and len(upper) < len(words) and words[:len(upper)] == upper:
        return Name(surname=upper, given=words[len(upper):]), nat, day
    return Name(loose=words), nat, day


# ---------------------------------------------------------------------------------------------
# The employer and the accounts

_ENTERPRISE = re.compile(r"(?<![\dA-Z])(?:BE\s?)?([01]\d{3})[.\s]?(\d{3})[.\s]?(\d{3})(?!\d)")
_IBAN = re.compile(r"(?<![A-Z0-9])([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)(?![A-Z0-9])")


def read_employer(text: str, rules: IdentityRules | None = None) -> EmployerFields:
    """The employer's name and enterprise numbers, and the accounts, on a document's text."""
    from stdnum import iban as iban_module
    from stdnum.be import vat

    rules = rules or load_identity_rules()
    patterns = _patterns(rules)
    name: str | None = None
    labelled: list[str] = []
    every: list[str] = []
    invalid_number = False
    ibans: list[str] = []
    beneficiary: str | None = None
    invalid_iban = False
    number_cue_at_end = False
    any_number_cue = _cue_pattern(rules.cues["enterprise_number"], label=False)
    forms = {fold(f) for f in rules.legal_forms}
    for line, folded in _folded_lines(text):
        label_cue = patterns["employer_name"].search(folded) or patterns["employer_name_table"].match(folded)
        employer_cue = label_cue or patterns["employer_inline"].search(folded)
        if name is None and employer_cue:
            found = _employer_name(line[employer_cue.end():], rules)
            # In running text ("Between the employer Example Labs SRL, ...") only a name with its
            # legal form is a company's; a sentence's words after the cue are not.
            if found and (label_cue or any(w in forms for w in re.split(r"[^\w]+", fold(found)))):
                name = found
        number_cue = patterns["enterprise_number"].search(folded) or any_number_cue.search(folded)
        # A wrapped line: "... enterprise number" at the end of one line, the number on the next.
        continued = number_cue_at_end
        number_cue_at_end = bool(re.search(r"(?:" + "|".join(re.escape(fold(c)) for c in rules.cues["enterprise_number"])
                                           + r")\s*[:°.]*\s*$", folded))
        for match in _ENTERPRISE.finditer(line):
            number = "".join(match.groups())
            near_cue = (number_cue is not None and 0 <= match.start() - number_cue.start() <= 60) or \
                (employer_cue is not None and match.start() > employer_cue.start()) or \
                (continued and match.start() <= 3)
            if vat.is_valid(number):
                every.append(number)
                if near_cue:
                    labelled.append(number)
            elif near_cue:
                invalid_number = True
        beneficiary_cue = patterns["beneficiary_account"].search(folded)
        for match in _IBAN.finditer(line.upper()):
            compact = iban_module.compact(match.group(1))
            if iban_module.is_valid(compact):
                ibans.append(compact)
                if beneficiary_cue is not None and match.start() > beneficiary_cue.start() and beneficiary is None:
                    beneficiary = compact
            elif compact[:2].isalpha() and len(compact) >= 15:
                invalid_iban = True
    return EmployerFields(name=name, enterprise_numbers=tuple(dict.fromkeys(labelled)),
                          all_enterprise_numbers=tuple(dict.fromkeys(every)),
                          invalid_enterprise_number=invalid_number and not labelled,
                          ibans=tuple(dict.fromkeys(ibans)), beneficiary_iban=beneficiary, invalid_iban=invalid_iban)


def _employer_name(value: str, rules: IdentityRules) -> str | None:
    """The employer's name after its cue: up to a comma, a dash or a number."""
    value = re.split(r",|;| – | - |\(|\d", value, maxsplit=1)[0].strip(" :")
    words = value.split()
    # A company's name has at least four letters ("ECS" read from a logo is not one).
    if not words or not words[0][:1].isupper() or len(words) > 8 or sum(ch.isalpha() for ch in value) < 4:
        return None
    return value


def employer_key(name: str, rules: IdentityRules | None = None) -> str:
    """An employer's name for comparison: folded, without punctuation and legal forms."""
    rules = rules or load_identity_rules()
    forms = {fold(f) for f in rules.legal_forms}
    words = [w for w in re.split(r"[^\w]+", fold(name)) if w]
    return " ".join(w for w in words if w not in forms)
