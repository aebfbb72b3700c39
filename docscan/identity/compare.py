"""One person, one employer, throughout the bundle: each document against the reference.

The person's reference is the passport whose machine-readable zone has its key fields proved
by their check digits. Without one, the first document that names the worker is the reference,
and a difference is at most a warning: docscan never calls a document invalid on a doubtful fact.

A document is another person's (`IdentityStatus.OTHER`, invalid for its requirement) when its
surname differs beyond spelling and its birth date or passport number differs too, or when its
name, read with high confidence, shares no word with the reference's. A spelling variant is a
warning; a single differing particular with the same name is a warning; a field not read is
"not compared". The employer's reference is the application form (else the contract); another
valid enterprise number is `OTHER`, a different name without two valid numbers a warning.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Sequence

from rapidfuzz import fuzz

from ..models import Document, FieldComparison, FindingKind, IdentityFinding, IdentityStatus, PersonFields, Reason
from .extract import employer_key
from .names import Name, NameMatch, compare_names, display, fold, forms, name_from_zone, words_of
from .rules import IdentityRules, load_identity_rules

#: Confusable characters folded before two passport numbers are compared (OCR of a printed one).
_NUMBER_FOLD = str.maketrans({"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "Z": "2", "S": "5", "B": "8"})
#: Employer names at least this similar (rapidfuzz token-set ratio, legal forms left out) are the
#: same employer: "Exemple Solutions SA" / "EXEMPLE SOLUTIONS NV" score 100, "Exemple Solutions" /
#: "Exemple Solutions Belgium" 100 (subset), "Exemple Solutions" / "Autre Société" 30.
EMPLOYER_SAME_RATIO = 85


@dataclass(frozen=True)
class PersonReference:
    label: str
    names: tuple[Name, ...]
    birth_date: date | None
    passport_number: str | None
    nationality: str | None
    certain: bool


def names_of(person: PersonFields) -> tuple[Name, ...]:
    """The candidate names a document's `PersonFields` hold (the surname/given pair first)."""
    out = []
    if person.surname:
        # Only a passport's zone fills surname and given names apart (documents fill full_name).
        out.append(name_from_zone(person.surname, person.given_names or ""))
    if person.full_name:
        for part in person.full_name.split(" | "):
            if "," in part:
                surname, _, given = part.partition(",")
                out.append(Name(surname=words_of(surname), given=words_of(given)))
            else:
                out.append(Name(loose=words_of(part)))
    return tuple(n for n in out if not n.empty)


def person_reference(documents: Sequence[Document], rules: IdentityRules) -> PersonReference | None:
    """The passport with a proved zone; else the first person document that names the worker."""
    for doc in documents:
        if doc.doc_type == "passport" and doc.mrz_valid and doc.person and doc.person.has_name:
            return PersonReference(doc.label, names_of(doc.person), doc.person.birth_date,
                                   doc.person.passport_number, doc.person.nationality, True)
    # Without a proved zone: the first document whose name was read with certainty (a text
    # layer, confident OCR); an unsure reading would make every other document differ.
    for doc in documents:
        if doc.doc_type in rules.person_documents and doc.person and doc.person.has_name and doc.person.certain:
            return PersonReference(doc.label, names_of(doc.person)[:1], doc.person.birth_date,
                                   doc.person.passport_number, doc.person.nationality, False)
    return None


_RANK = {NameMatch.SAME: 0, NameMatch.VARIANT: 1, NameMatch.DIFFERENT: 2, NameMatch.UNRELATED: 3}


def compare_person(reference: PersonReference, doc: Document, requirement: str,
                   rules: IdentityRules) -> IdentityFinding:
    """The finding on one document's person against the reference."""
    person = doc.person
    assert person is not None
    fields: dict[str, FieldComparison] = {}
    candidates = names_of(person)
    best_match: NameMatch | None = None
    best_name: Name | None = None
    ref_name = reference.names[0]
    for candidate in candidates:
        for ref in reference.names:
            match = compare_names(ref, candidate, rules)
            if best_match is None or _RANK[match] < _RANK[best_match]:
                best_match, best_name, ref_name = match, candidate, ref
    fields["name"] = FieldComparison.NOT_COMPARED if best_match is None else \
        {NameMatch.SAME: FieldComparison.SAME, NameMatch.VARIANT: FieldComparison.VARIANT}.get(
            best_match, FieldComparison.DIFFERENT)
    fields["birth_date"] = _same(reference.birth_date, person.birth_date)
    fields["passport_number"] = _same_number(reference.passport_number, person.passport_number)
    fields["nationality"] = _same(reference.nationality, person.nationality)
    base = dict(requirement=requirement, file=doc.label, reference=reference.label)
    other_facts = [f for f in ("birth_date", "passport_number") if fields[f] == FieldComparison.DIFFERENT]
    if best_match in (NameMatch.DIFFERENT, NameMatch.UNRELATED):
        assert best_name is not None
        named, ref_shown = display(best_name), display(ref_name)
        clearly = best_match == NameMatch.UNRELATED and person.certain and len(best_name.words) >= 2
        # A birth date or passport number that agrees says the document is about the worker after
        # all (the name read may be a doctor's or a clerk's under a "Name:" label): a doubt.
        agrees = any(fields[f] == FieldComparison.SAME for f in ("birth_date", "passport_number"))
        if reference.certain and (other_facts or clearly) and not agrees:
            also = Reason.of("identity_also_differs", fields=[f"identity_field.{f}" for f in other_facts],
                             count=len(other_facts)) if other_facts else None
            reason = Reason.of("identity_other_person", **base, named=named, expected=ref_shown, also=also)
            return IdentityFinding(kind=FindingKind.PERSON, status=IdentityStatus.OTHER, reference=reference.label,
                                   fields=fields, reason=reason)
        reason = Reason.of("identity_name_differs", **base, named=named, expected=ref_shown)
        return IdentityFinding(kind=FindingKind.PERSON, status=IdentityStatus.DOUBT, reference=reference.label,
                               fields=fields, reason=reason)
    differing = [f for f in ("birth_date", "passport_number", "nationality") if fields[f] == FieldComparison.DIFFERENT]
    if differing:
        values = {"birth_date": (reference.birth_date, person.birth_date),
                  "passport_number": (reference.passport_number, person.passport_number),
                  "nationality": (reference.nationality, person.nationality)}
        first = differing[0]
        expected, found = values[first]
        if first == "birth_date":
            reason = Reason.of("identity_birth_differs", **base, found=found, expected=expected)
        else:
            reason = Reason.of("identity_field_differs", **base, field=f"identity_field.{first}",
                               found=_shown(found), expected=_shown(expected))
        return IdentityFinding(kind=FindingKind.PERSON, status=IdentityStatus.DOUBT, reference=reference.label,
                               fields=fields, reason=reason)
    written = _written_otherwise(person, best_name, ref_name) if best_match == NameMatch.SAME else None
    if best_match == NameMatch.VARIANT or written is not None:
        assert best_name is not None
        reason = Reason.of("identity_spelling", **base, named=written or display(best_name), expected=display(ref_name))
        return IdentityFinding(kind=FindingKind.PERSON, status=IdentityStatus.VARIANT, reference=reference.label,
                               fields=fields, reason=reason)
    status = IdentityStatus.CONSISTENT if FieldComparison.SAME in fields.values() else IdentityStatus.NOT_COMPARED
    return IdentityFinding(kind=FindingKind.PERSON, status=status, reference=reference.label, fields=fields)


def _written_otherwise(person: PersonFields, name: Name | None, reference: Name) -> str | None:
    """How a document writes the reference's very words otherwise (a spelling variant, a warning):
    in the zone's notation ("HADDAD<<YOUSSEF<KARIM" on a contract), or with the given names in
    another order ("Felipe Andrés" for the passport's ANDRES FELIPE). None when written alike."""
    if name is None:
        return None
    for part in (person.full_name or "").split(" | "):
        if "<<" in part and words_of(part) == name.words:
            return part.strip()
    given = name.given or tuple(w for w in name.loose if not any(forms(w) & forms(r) for r in reference.surname))
    if len(reference.given) > 1 and len(given) == len(reference.given) and \
            [min(forms(w)) for w in given] != [min(forms(r)) for r in reference.given]:
        return display(name)
    return None


def _shown(value: object) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


def _same(a: object, b: object) -> FieldComparison:
    if a is None or b is None:
        return FieldComparison.NOT_COMPARED
    return FieldComparison.SAME if a == b else FieldComparison.DIFFERENT


def _same_number(a: str | None, b: str | None) -> FieldComparison:
    """Passport numbers, OCR confusions folded; one character apart is not a proved difference."""
    if not a or not b:
        return FieldComparison.NOT_COMPARED
    fa, fb = a.upper().translate(_NUMBER_FOLD), b.upper().translate(_NUMBER_FOLD)
    if fa == fb:
        return FieldComparison.SAME
    if len(fa) == len(fb) and sum(x != y for x, y in zip(fa, fb)) <= 1:
        return FieldComparison.NOT_COMPARED
    return FieldComparison.DIFFERENT


# ---------------------------------------------------------------------------------------------
# The employer


def _employer_reference(documents: Sequence[Document], rules: IdentityRules) -> Document | None:
    order = {t: i for i, t in enumerate(rules.employer_documents)}
    named = [d for d in documents if d.doc_type in order and d.employer
             and (d.employer.name or d.employer.enterprise_numbers)]
    if not named:
        return None
    return min(named, key=lambda d: (order[d.doc_type], documents.index(d)))


def compare_employer(reference: Document, doc: Document, requirement: str) -> IdentityFinding:
    ref, emp = reference.employer, doc.employer
    assert ref is not None and emp is not None
    fields: dict[str, FieldComparison] = {}
    base = dict(requirement=requirement, file=doc.label, reference=reference.label)
    if ref.enterprise_numbers and emp.all_enterprise_numbers:
        shared = set(ref.enterprise_numbers) & set(emp.all_enterprise_numbers)
        fields["enterprise_number"] = FieldComparison.SAME if shared else \
            FieldComparison.DIFFERENT if emp.enterprise_numbers else FieldComparison.NOT_COMPARED
    else:
        fields["enterprise_number"] = FieldComparison.NOT_COMPARED
    if ref.name and emp.name:
        ratio = fuzz.token_set_ratio(employer_key(ref.name), employer_key(emp.name))
        fields["name"] = FieldComparison.SAME if ratio >= EMPLOYER_SAME_RATIO else FieldComparison.DIFFERENT
    else:
        fields["name"] = FieldComparison.NOT_COMPARED
    if fields["enterprise_number"] == FieldComparison.DIFFERENT:
        reason = Reason.of("employer_other", **base, found=_kbo(emp.enterprise_numbers[0]),
                           expected=_kbo(ref.enterprise_numbers[0]))
        return IdentityFinding(kind=FindingKind.EMPLOYER, status=IdentityStatus.OTHER, reference=reference.label,
                               fields=fields, reason=reason)
    if fields["name"] == FieldComparison.DIFFERENT and fields["enterprise_number"] != FieldComparison.SAME:
        reason = Reason.of("employer_name_differs", **base, named=emp.name or "", expected=ref.name or "")
        return IdentityFinding(kind=FindingKind.EMPLOYER, status=IdentityStatus.DOUBT, reference=reference.label,
                               fields=fields, reason=reason)
    status = IdentityStatus.CONSISTENT if FieldComparison.SAME in fields.values() else IdentityStatus.NOT_COMPARED
    return IdentityFinding(kind=FindingKind.EMPLOYER, status=status, reference=reference.label, fields=fields)


def _same_employer(a: Document, b: Document) -> bool:
    ea, eb = a.employer, b.employer
    if ea is None or eb is None:
        return False
    if set(ea.enterprise_numbers) & set(eb.all_enterprise_numbers):
        return True
    return bool(ea.name and eb.name
                and fuzz.token_set_ratio(employer_key(ea.name), employer_key(eb.name)) >= EMPLOYER_SAME_RATIO)


def _outvoted(finding: IdentityFinding, reference: Document, doc: Document, documents: Sequence[Document],
              rules: IdentityRules, requirement: str) -> IdentityFinding | None:
    """A party document naming a company unlike the one the reference and another document agree
    on, and that no other document names: another employer's document (`OTHER`). Two documents
    against one: a trade name or a group company would appear on more than the one document."""
    if doc.employer is None or not doc.employer.name or reference.employer is None or not reference.employer.name:
        return None
    if finding.fields.get("name") != FieldComparison.DIFFERENT or \
            finding.fields.get("enterprise_number") == FieldComparison.SAME:
        return None
    others = [d for d in documents if d is not doc and d is not reference and d.doc_type in rules.employer_documents
              and d.legible and d.employer is not None]
    seconds = [d for d in others if _same_employer(d, reference)]
    if not seconds or any(_same_employer(d, doc) for d in others):
        return None
    reason = Reason.of("employer_other_name", requirement=requirement, file=doc.label, named=doc.employer.name,
                       expected=reference.employer.name, reference=reference.label, also=seconds[0].label)
    return replace(finding, status=IdentityStatus.OTHER, reason=reason)


def _kbo(number: str) -> str:
    """An enterprise number as Belgians write it: 0403.170.701."""
    return f"{number[:4]}.{number[4:7]}.{number[7:]}" if len(number) == 10 else number


def compare_fee_account(doc: Document, requirement: str, rules: IdentityRules) -> IdentityFinding | None:
    """A fee proof's beneficiary account against the account the fee must be paid to."""
    account = rules.fee_accounts.get(doc.doc_type)
    emp = doc.employer
    if account is None or emp is None:
        return None
    if account.iban in emp.ibans:
        return IdentityFinding(kind=FindingKind.ACCOUNT, status=IdentityStatus.CONSISTENT, fields={"iban": FieldComparison.SAME})
    base = dict(requirement=requirement, file=doc.label)
    if emp.beneficiary_iban:
        reason = Reason.of("fee_other_account", **base, found=_iban(emp.beneficiary_iban), expected=_iban(account.iban),
                           payee=dict(account.payee))
        return IdentityFinding(kind=FindingKind.ACCOUNT, status=IdentityStatus.OTHER, fields={"iban": FieldComparison.DIFFERENT},
                               reason=reason)
    if emp.invalid_iban:
        reason = Reason.of("iban_check_failed", **base, expected=_iban(account.iban), payee=dict(account.payee))
        return IdentityFinding(kind=FindingKind.ACCOUNT, status=IdentityStatus.DOUBT, fields={"iban": FieldComparison.NOT_COMPARED},
                               reason=reason)
    return None


def _iban(value: str) -> str:
    from stdnum import iban

    return iban.format(value)


# ---------------------------------------------------------------------------------------------
# The bundle


def check_documents(documents: Sequence[Document], requirement_of, rules: IdentityRules | None = None,
                    permit: str | None = None) -> tuple[Document, ...]:
    """The documents with their `identity` findings (derived copies; the inputs are unchanged).

    `requirement_of(doc_type)` names the requirement a document of that type serves (its id in
    the messages), the type itself when none. `permit`: employers are not compared for the
    permits the rules name (a group's companies, by design).
    """
    rules = rules or load_identity_rules()
    documents = list(documents)
    person_ref = person_reference(documents, rules)
    accented = _accented_spellings(documents, rules)
    employer_ref = None if permit in rules.employer_not_compared_for else _employer_reference(documents, rules)
    out = []
    for doc in documents:
        findings: list[IdentityFinding] = []
        requirement = requirement_of(doc.doc_type)
        if person_ref is not None and doc.label != person_ref.label and doc.doc_type in rules.person_documents \
                and doc.person is not None and doc.legible:
            finding = compare_person(person_ref, doc, requirement, rules)
            if finding.status == IdentityStatus.CONSISTENT and finding.fields.get("name") == FieldComparison.SAME:
                finding = _accents_dropped(finding, doc, accented, requirement) or finding
            if finding.status != IdentityStatus.NOT_COMPARED:
                findings.append(finding)
        if employer_ref is not None and doc is not employer_ref and doc.doc_type in rules.employer_documents \
                and doc.employer is not None and doc.legible:
            finding = compare_employer(employer_ref, doc, requirement)
            if finding.status == IdentityStatus.DOUBT and doc.doc_type in rules.employer_party_documents:
                finding = _outvoted(finding, employer_ref, doc, documents, rules, requirement) or finding
            if finding.status != IdentityStatus.NOT_COMPARED:
                findings.append(finding)
        if doc.legible:
            account = compare_fee_account(doc, requirement, rules)
            if account is not None:
                findings.append(account)
        out.append(replace(doc, identity=tuple(findings)) if findings else doc)
    return tuple(out)


def _accented_spellings(documents: Sequence[Document], rules: IdentityRules) -> dict[str, tuple[str, Name]]:
    """The name words that some document writes with accents ("GÓMEZ", "Andrés"), folded, with
    the document and the name that writes them. A zone cannot write accents (ICAO 9303): the
    documents that do show the civil spelling the others should keep."""
    out: dict[str, tuple[str, Name]] = {}
    for doc in documents:
        if doc.doc_type not in rules.person_documents or doc.person is None or not doc.person.certain:
            continue
        for name in names_of(doc.person):
            for word in name.words:
                if fold(word) != word.lower():
                    out.setdefault(fold(word), (doc.label, name))
    return out


def _accents_dropped(finding: IdentityFinding, doc: Document, accented: dict[str, tuple[str, Name]],
                     requirement: str) -> IdentityFinding | None:
    """A document that writes the worker's name without the accents another document writes
    ("GOMEZ Andres" beside "GÓMEZ Andrés"): the same name as the zone's, a spelling variant."""
    if doc.person is None or not doc.person.certain:
        return None
    for name in names_of(doc.person):
        for word in name.words:
            other = accented.get(fold(word))
            if other is not None and other[0] != doc.label and fold(word) == word.lower():
                reason = Reason.of("identity_spelling", requirement=requirement, file=doc.label, reference=other[0],
                                   named=display(name), expected=display(other[1]))
                return replace(finding, status=IdentityStatus.VARIANT, reason=reason,
                               fields={**finding.fields, "name": FieldComparison.VARIANT})
    return None
