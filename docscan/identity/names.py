"""Comparing two spellings of a person's name: same, a spelling variant, another name.

Names reach docscan in many forms: the zone's "HADDAD<<YOUSSEF<KARIM", a contract's "Youssef K.
Haddad", a record's "Nom : HADDAD / Prénoms : Youssef Karim", a payment's "HADDAD Youssef MAR
01.02.1990". The comparison therefore works on the set of name words, not their order: a word
of one name matches a word of the other exactly (accents, case and ICAO's Ü → UE aside), as an
initial ("K." for Karim), after transliteration ("Mohamed", "Muhammad") or by rapidfuzz's ratio.
Compound surnames are compared joined too ("BEN ALI" = "BENALI", "VAN DER BERG" = "VANDERBERG").

The verdict is deliberately coarse:
- `same`: the same words (order, case, accents, umlaut transliteration aside);
- `variant`: the surname matches and every given name read matches something, but not as
  the same word (an initial, a missing middle name, a transliteration, a misspelling);
- `different`: the surname does not match;
- `unrelated`: no word of one matches any word of the other even loosely.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from rapidfuzz import fuzz

from .rules import IdentityRules, load_identity_rules


class NameMatch(StrEnum):
    SAME = "same"
    VARIANT = "variant"
    DIFFERENT = "different"
    UNRELATED = "unrelated"


@dataclass(frozen=True)
class Name:
    """A name as words: the surname's, the given names' and the words whose role is unknown."""

    surname: tuple[str, ...] = ()
    given: tuple[str, ...] = ()
    #: Words of a whole name whose surname is not told apart.
    loose: tuple[str, ...] = ()
    #: Read from a machine-readable zone, where a filler '<' read as 'K' may end a word
    #: ("OMARK" for OMAR<: mrz.py repairs runs of them, not a lone one before the line's end).
    from_zone: bool = False

    @property
    def words(self) -> tuple[str, ...]:
        return self.surname + self.given + self.loose

    @property
    def empty(self) -> bool:
        return not self.words


_UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "AE", "Ö": "OE", "Ü": "UE", "ß": "ss"}


def fold(word: str) -> str:
    """Lower case, accents removed: "Müller" → "muller", "Łukasz" → "lukasz"."""
    word = word.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def forms(word: str) -> frozenset[str]:
    """The spellings a word may take in another document: accents dropped, or umlauts expanded
    as ICAO 9303 writes them in a zone (MÜLLER → MUELLER or MULLER)."""
    expanded = fold("".join(_UMLAUTS.get(ch, ch) for ch in word))
    return frozenset({fold(word), expanded})


def words_of(text: str) -> tuple[str, ...]:
    """The words of a name, from any of its written forms (zone fillers, hyphens, commas)."""
    text = text.replace("<", " ").replace(",", " ").replace("-", " ")
    return tuple(w for w in re.split(r"\s+", text) if w and any(ch.isalpha() for ch in w))


def name_from_zone(surname: str, given: str) -> Name:
    return Name(surname=words_of(surname), given=words_of(given), from_zone=True)


@lru_cache(maxsize=4096)
def _skeleton(word: str, transliterations: tuple[tuple[str, str], ...]) -> str:
    out = word
    for pattern, replacement in transliterations:
        out = re.sub(pattern, replacement, out)
    return out


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1


def word_score(a: str, b: str, rules: IdentityRules, zone: bool = False) -> tuple[str, float]:
    """("same" | "initial" | "variant" | "different", best ratio) for two name words; `zone`:
    `a` is a zone's word, whose trailing K's may be misread fillers."""
    fa, fb = forms(a), forms(b)
    if fa & fb:
        return "same", 100.0
    if zone and fold(a).endswith("k") and fold(a).rstrip("k") and fold(a).rstrip("k") in fb:
        return "same", 100.0
    a0, b0 = fold(a).rstrip("."), fold(b).rstrip(".")
    if (_is_initial(a) and b0.startswith(a0)) or (_is_initial(b) and a0.startswith(b0)):
        return "initial", 100.0
    if _is_initial(a) or _is_initial(b):
        return "different", 0.0
    ratio = max(fuzz.ratio(x, y) for x in fa for y in fb)
    skeletons = {_skeleton(x, rules.transliterations) for x in fa}
    if skeletons & {_skeleton(y, rules.transliterations) for y in fb}:
        return "variant", max(ratio, 100.0)
    # A fuzzy ratio alone would take MARTIN for MARTINEZ (86) or KARIM for KARIMA: only long
    # words equally long within one letter count as misspellings.
    if ratio >= rules.variant_ratio and abs(len(a0) - len(b0)) <= 1 and min(len(a0), len(b0)) >= 4:
        return "variant", ratio
    return "different", ratio


def compare_names(reference: Name, other: Name, rules: IdentityRules | None = None) -> NameMatch:
    """How `other` (a document's name) relates to `reference` (the passport's)."""
    rules = rules or load_identity_rules()
    if reference.empty or other.empty:
        raise ValueError("both names must have words")
    ref_words = reference.words
    zone = reference.from_zone
    best = max(word_score(r, o, rules, zone)[1] for r in ref_words for o in other.words)
    if best < rules.unrelated_ratio and not _joined_match(reference, other, rules):
        return NameMatch.UNRELATED

    surname_ok, surname_exact = _surname_matches(reference, other, rules)
    if not surname_ok:
        return NameMatch.DIFFERENT
    # Every word of the other name must be one of the reference's (a given name, an initial);
    # the words of the reference may be more (a middle name left out is a variant).
    kinds = []
    for word in other.words:
        if _in_joined_surname(word, reference.surname):
            kinds.append("same")
            continue
        scores = [word_score(r, word, rules, zone)[0] for r in ref_words]
        kind = "same" if "same" in scores else "initial" if "initial" in scores \
            else "variant" if "variant" in scores else "different"
        kinds.append(kind)
    if "different" in kinds:
        # An extra given name that matches nothing ("Youssef Ali HADDAD" for "HADDAD Youssef"):
        # a variant when the first given names agree, else another person of the same family.
        given_other = other.given or tuple(w for w in other.loose if not _matches_any(w, reference.surname, rules))
        if reference.given and given_other and _matches_any(given_other[0], reference.given[:1], rules):
            return NameMatch.VARIANT
        return NameMatch.DIFFERENT
    if all(k == "same" for k in kinds) and surname_exact and \
            all(any(word_score(w, o, rules, zone)[0] == "same" for o in other.words) for w in ref_words):
        return NameMatch.SAME
    # Only the surname was read ("Nom : HADDAD" without its given names' line): nothing spelt
    # differently, the given names were simply not read.
    if all(k == "same" for k in kinds) and surname_exact and not other.given and \
            all(any(forms(w) & forms(r) for r in reference.surname) for w in other.words):
        return NameMatch.SAME
    return NameMatch.VARIANT


def _matches_any(word: str, candidates: tuple[str, ...], rules: IdentityRules) -> bool:
    return any(word_score(c, word, rules)[0] != "different" for c in candidates)


def _surname_matches(reference: Name, other: Name, rules: IdentityRules) -> tuple[bool, bool]:
    """(matches, exactly) for the reference's surname among the other name's words.

    The other's surname words when it has them, else any of its words (a whole name). A
    compound surname matches when its first word does (Spanish second surnames are often left
    out) or when the words joined match ("BEN ALI" / "BENALI").
    """
    if not reference.surname:
        return True, True  # a zone with given names only: nothing to hold the surname against
    pool = other.surname or other.words
    if _joined_match(reference, other, rules):
        joined_ref = fold("".join(reference.surname))
        return True, any(joined_ref == fold("".join(pool[i:j])) for i in range(len(pool))
                         for j in range(i + 1, len(pool) + 1)) or \
            all(any(forms(r) & forms(o) for o in pool) for r in reference.surname)
    scores = [word_score(r, o, rules, reference.from_zone)[0] for r in reference.surname[:1] for o in pool]
    if "same" in scores:
        exact = all(any(word_score(r, o, rules, reference.from_zone)[0] == "same" for o in pool)
                    for r in reference.surname)
        return True, exact
    if "variant" in scores:
        return True, False
    return False, False


def _joined_match(reference: Name, other: Name, rules: IdentityRules) -> bool:
    """The reference's surname words joined equal a run of the other's words joined."""
    if not reference.surname:
        return False
    joined = fold("".join(reference.surname))
    words = other.surname or other.words
    for i in range(len(words)):
        for j in range(i + 1, len(words) + 1):
            run = fold("".join(words[i:j]))
            if run == joined or (len(joined) >= 6 and fuzz.ratio(run, joined) >= rules.variant_ratio
                                 and abs(len(run) - len(joined)) <= 1):
                return True
    return False


def _in_joined_surname(word: str, surname: tuple[str, ...]) -> bool:
    """A word that is the reference's compound surname written as one ("BENALI" for "BEN ALI")."""
    return len(surname) > 1 and fold(word) == fold("".join(surname))


def display(name: Name) -> str:
    """The name as a message shows it: given names, then the surname in capitals."""
    if name.surname:
        # A zone writes everything in capitals: given names then read better as "Youssef Karim".
        given = tuple(w.capitalize() if w.isupper() and len(w) > 1 else w for w in name.given)
        return " ".join((*given, *(w.upper() for w in name.surname)))
    return " ".join(name.loose)
