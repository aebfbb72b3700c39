"""One person, one employer, throughout a bundle (issue 15, part 2).

A package of its jobs: `rules` (the cue words and thresholds of `rules/identity.yaml`),
`names` (comparing two spellings of a name), `extract` (labelled particulars from a document's
text), `compare` (each document against the bundle's reference). The pipeline calls
`document_fields` while it assembles a document and `check_documents` once the bundle is
assembled; the checklist reads the findings (`Document.identity`) and the report shows them.

Names and numbers are personal data: nothing here logs, and the report shows them only in the
reason that names both spellings.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..models import EmployerFields, PersonFields
from .compare import check_documents, compare_employer, compare_person, person_reference
from .extract import read_employer, read_person
from .names import Name, NameMatch, compare_names, name_from_zone, words_of
from .rules import IdentityRules, load_identity_rules

__all__ = ["check_documents", "compare_employer", "compare_names", "compare_person", "document_fields",
           "load_identity_rules", "person_reference", "read_employer", "read_person", "IdentityRules",
           "Name", "NameMatch", "name_from_zone", "words_of"]


def document_fields(doc_type: str, text: str, *, zone=None, birth_date=None,
                    confidences: Sequence[tuple[str, float]] | None = None
                    ) -> tuple[PersonFields | None, EmployerFields | None]:
    """The person and the employer a document names, for the types the rules compare.

    `zone` is the passport's machine-readable zone (names have no check digit, but the zone is
    the reference when its key fields are proved); `birth_date` the labelled birth date the
    dates module found; `confidences` the OCR words with their confidence (None: a text layer,
    every word certain).
    """
    from .. import mrz as mrz_module

    rules = load_identity_rules()
    person: PersonFields | None = None
    employer: EmployerFields | None = None
    if doc_type == "passport" and zone is not None and zone.names_read:
        facts = mrz_module.stated_facts(zone)
        person = PersonFields(surname=_zone_words(zone.surname) or None, given_names=_zone_words(zone.given_names) or None,
                              birth_date=facts.get("birth_date"), nationality=facts.get("nationality"),
                              passport_number=facts.get("document_number"), certain=zone.key_fields_proved)
    elif doc_type in rules.person_documents:
        reading = read_person(text, rules, known_code=mrz_module.known_code)
        full = " | ".join(f"{' '.join(n.surname)}, {' '.join(n.given)}" if n.surname else " ".join(n.loose)
                          for n in reading.names)
        person = PersonFields(full_name=full or None, birth_date=reading.birth_date or birth_date,
                              nationality=reading.nationality, passport_number=reading.passport_number,
                              certain=_certain(reading.names, confidences, rules))
    if doc_type in rules.employer_documents or doc_type in rules.fee_accounts:
        employer = read_employer(text, rules)
        if employer.name and not _certain([Name(loose=words_of(employer.name))], confidences, rules):
            # An employer's name OCR was unsure of ("ECS" for a logo) is not compared: a
            # name-only difference is a warning, and a misreading must not make one.
            employer = replace(employer, name=None)
    return person, employer


def _zone_words(field: str) -> str:
    """A zone's name field without the fillers OCR read as letters: no check digit covers names,
    and a run of '<' read as "K L Z ZZZ LLLLELLL" or "XX" would otherwise be a given name. A word made of
    filler look-alikes only, or with a letter three times in a row, ends the name."""
    import re

    kept = []
    for word in words_of(field):
        if set(word.upper()) <= set("KLZX") or re.search(r"(.)\1\1", word.upper()):
            break
        kept.append(word)
    return " ".join(kept)


def _certain(names: Sequence[Name], confidences: Sequence[tuple[str, float]] | None, rules: IdentityRules) -> bool:
    """Whether the names were read with high confidence: a text layer, or OCR words above the level."""
    if not names:
        return False
    if confidences is None:
        return True
    from .names import fold

    by_word: dict[str, float] = {}
    for word, confidence in confidences:
        key = fold(word.strip(",.;:"))
        by_word[key] = max(by_word.get(key, 0.0), confidence)
    words = [fold(w.strip(",.;:")) for n in names for w in n.words]
    return bool(words) and all(by_word.get(w, 0.0) >= rules.certain_confidence for w in words)
