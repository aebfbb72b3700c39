"""One person, one employer (issue 15, part 2): the name comparison, the field extraction and the
number checks on their own, with should-match / no-match tables (STYLE: paperless-ngx's
`_assert_matches`), then the comparison of documents against the reference.
"""

from datetime import date

import pytest

from docscan.errors import ConfigError
from docscan.identity import (Name, NameMatch, compare_names, load_identity_rules, read_employer, read_person,
                              words_of)
from docscan.identity.compare import check_documents
from docscan.identity.extract import employer_key
from docscan.identity.rules import IdentityRules
from docscan.models import Document, EmployerFields, IdentityStatus, PersonFields
from docscan.mrz import known_code


def zone(surname: str, given: str) -> Name:
    """A name as a passport's zone holds it ("HADDAD<<YOUSSEF<KARIM")."""
    return Name(surname=words_of(surname), given=words_of(given), from_zone=True)


def loose(text: str) -> Name:
    return Name(loose=words_of(text))


def split(surname: str, given: str) -> Name:
    return Name(surname=words_of(surname), given=words_of(given))


# (reference as the zone writes it, the document's name, expected verdict)
SAME = [
    (zone("HADDAD", "YOUSSEF<KARIM"), split("Haddad", "Youssef Karim")),
    (zone("HADDAD", "YOUSSEF<KARIM"), loose("Youssef Karim HADDAD")),
    (zone("HADDAD", "YOUSSEF<KARIM"), loose("HADDAD Youssef Karim")),
    (zone("MUELLER", "HANS"), split("Müller", "Hans")),  # ICAO: Ü -> UE
    (zone("MULLER", "HANS"), split("Müller", "Hans")),  # accents dropped
    (zone("MARTINEZ", "SANTIAGO"), loose("Santiago MARTÍNEZ")),
    (zone("NGUYEN", "THI<MAI"), loose("Nguyễn Thị Mai")),
    (zone("DE<LA<CRUZ", "JUAN"), loose("Juan de la Cruz")),
    (zone("VAN<DER<BERG", "ANNA"), split("van der Berg", "Anna")),
    (zone("O<BRIEN", "SEAN"), loose("Seán O-Brien")),
    (zone("HADDAD", "YOUSSEF<KARIM"), split("HADDAD", "")),  # only the surname was read
    (zone("TAZI", "OMARK"), loose("Omar TAZI")),  # the zone's filler after OMAR read as K
]
VARIANT = [
    (zone("HADDAD", "YOUSSEF<KARIM"), loose("Youssef K. Haddad")),  # initial
    (zone("HADDAD", "YOUSSEF<KARIM"), loose("Youssef Haddad")),  # middle name left out
    (zone("HADDAD", "YOUSSEF"), loose("Youssef HADAD")),  # misspelt surname
    (zone("HADDAD", "YOUSSEF"), loose("Yusuf Haddad")),  # transliteration
    (zone("EL<MOHAMMADI", "MOHAMMED"), loose("Mohamed ELMOHAMADI")),  # transliteration, joined
    (zone("BEN<ALI", "AHMED"), loose("Ahmed BENALI")),  # compound surname written as one
    (zone("GARCIA<LOPEZ", "MARIA<JOSE"), loose("María José García")),  # second surname left out
    (zone("IVANOV", "DMITRY"), loose("Dmitri Ivanov")),
    (zone("SCHRODER", "JURGEN"), split("Schroeder", "Jürgen")),
    (zone("HADDAD", "YOUSSEF"), loose("Youssef Ali HADDAD")),  # an extra given name
]
DIFFERENT = [
    (zone("HADDAD", "YOUSSEF"), split("BENALI", "Youssef")),  # same given name, another surname
    (zone("MARTINEZ", "SANTIAGO"), loose("Santiago MARTIN")),  # a prefix is not a misspelling
    (zone("HADDAD", "YOUSSEF<KARIM"), split("HADDAD", "Amina")),  # the sister
]
UNRELATED = [
    (zone("HADDAD", "YOUSSEF<KARIM"), loose("Ahmed BENALI")),
    (zone("HADDAD", "YOUSSEF"), split("BENALI", "Ahmed")),
    (zone("KOWALSKI", "JAN"), loose("Priya SHARMA")),
    (zone("VOORBEELD", "LINA"), loose("Paul EXEMPLE")),
]


def _assert_matches(expected: NameMatch, table) -> None:
    for reference, other in table:
        assert compare_names(reference, other) == expected, (reference.words, other.words)


def test_same_names():
    _assert_matches(NameMatch.SAME, SAME)


def test_spelling_variants():
    _assert_matches(NameMatch.VARIANT, VARIANT)


def test_different_surnames():
    _assert_matches(NameMatch.DIFFERENT, DIFFERENT)


def test_clearly_different_people():
    _assert_matches(NameMatch.UNRELATED, UNRELATED)


def test_a_name_without_words_is_refused():
    with pytest.raises(ValueError):
        compare_names(Name(), loose("HADDAD"))


# ---------------------------------------------------------------------------------------------
# Extraction in the four languages

EXTRACT = [
    # French: a criminal record with separate labels
    ("Extrait de casier judiciaire\nNom : HADDAD\nPrénoms : Youssef Karim\nNationalité : Maroc (MAR)\n"
     "Passeport n° : AB1234567\n",
     {"names": [("HADDAD",), ("Youssef", "Karim")], "nationality": "MAR", "number": "AB1234567"}),
    # Dutch: "Naam en voornaam" is one label, not "Naam"
    ("Uittreksel uit het strafregister\nNaam en voornaam: HADDAD, Youssef\nNationaliteit: MAR\n"
     "Paspoortnummer: AB1234567\n",
     {"names": [("HADDAD",), ("Youssef",)], "nationality": "MAR", "number": "AB1234567"}),
    # German: Familienname / Vornamen
    ("Führungszeugnis\nFamilienname: Müller\nVornamen: Hans Peter\nStaatsangehörigkeit: DEU\n"
     "Reisepassnummer: C01X00T47\n",
     {"names": [("Müller",), ("Hans", "Peter")], "nationality": "DEU", "number": "C01X00T47"}),
    # English: a contract naming employer and employee; both are kept, the comparison picks
    ("Employment contract\nEmployer: Exemple Solutions NV\nEmployee: Youssef K. Haddad, born on 1 February 1990\n"
     "Passport No: AB1234567\n",
     {"names": [(), ("Youssef", "K.", "Haddad")], "number": "AB1234567"}),
    # A title and a following stop word are not part of the name (running text, cue without colon)
    ("entre l'employeur Exemple SA et la travailleuse Madame Lina VOORBEELD, née le 12/04/1990, de nationalité"
     " utopienne\n", {"names": [(), ("Lina", "VOORBEELD")]}),
    # English police certificates: "Name of the applicant", the father's name beside it not read
    ("Police clearance certificate\nName of the applicant: Youssef Karim HADDAD\nFather's name: Ali HADDAD\n",
     {"names": [(), ("Youssef", "Karim", "HADDAD")]}),
    # Forms and tables out of a PDF lose their colons; bilingual labels give the cue twice
    ("Familienname MARTÍNEZ\nVornamen Santiago\nGeburtsdatum 12.07.1982\n",
     {"names": [("MARTÍNEZ",), ("Santiago",)]}),
    ("Werknemer / Employee MARTÍNEZ Santiago\nPaspoort / Passport AX4572790\n",
     {"names": [(), ("MARTÍNEZ", "Santiago")], "number": "AX4572790"}),
    ("Nom MARTÍNEZ\nPrénom(s) Santiago\nN° de passeport AX4572790\n",
     {"names": [("MARTÍNEZ",), ("Santiago",)], "number": "AX4572790"}),
    # OCR noise stops a name ("Llllelllll" is no word of one)
    ("Name: Ananya Llllelllllllllllllel SHARMA\n", {"names": [(), ("Ananya",)]}),
    # A watermark's letter at the end of the line is not an initial
    ("Werknemer / Employee SPECIMEN Ana Beatriz N\n", {"names": [(), ("SPECIMEN", "Ana", "Beatriz")]}),
    # The fee payment's communication "Name Firstname Nationality DD.MM.YYYY"
    ("Communication : HADDAD Youssef MAR 01.02.1990\n",
     {"names": [("HADDAD",), ("Youssef",)], "nationality": "MAR", "birth": date(1990, 2, 1)}),
    ("Mededeling: HADDADYoussefMAR01021990\n",
     {"names": [("HADDAD",), ("Youssef",)], "nationality": "MAR", "birth": date(1990, 2, 1)}),
    ("Verwendungszweck: MÜLLER Hans DEU 03.04.1985\n",
     {"names": [("MÜLLER",), ("Hans",)], "nationality": "DEU", "birth": date(1985, 4, 3)}),
]
NOT_READ = [
    "Dr Paul EXEMPLE certifie avoir examiné ce jour Madame Lina VOORBEELD",  # no cue: not read
    "Nom du père : HADDAD Ali",  # another person's label ('Nom' is not followed by its colon)
    "Father's name: Ali HADDAD",  # a relative's name
    "Name of the employer Example SA",  # a table label whose value is not a name (lower case words)
    "Nom de jeune fille",
    "Vorname des Vaters: Ali",
    "Communication : +++090/9337/55493+++",  # a structured communication, no name
    "Nationalité : marocaine",  # a nationality in words is not a code
    "Passport: copy of every page",  # no number
]


@pytest.mark.parametrize("text, expected", EXTRACT)
def test_person_fields_are_read_in_four_languages(text, expected):
    reading = read_person(text, known_code=known_code)
    surname, words = expected["names"]
    found = [(n.surname, n.words) for n in reading.names]
    assert any((not surname or s == surname) and w == surname + words if surname else w == words
               for s, w in found), found
    assert reading.nationality == expected.get("nationality")
    assert reading.passport_number == expected.get("number")
    assert reading.birth_date == expected.get("birth")


@pytest.mark.parametrize("text", NOT_READ)
def test_what_is_not_labelled_is_not_read(text):
    reading = read_person(text, known_code=known_code)
    assert reading.names == () or all(n.words != ("HADDAD", "Ali") for n in reading.names)
    assert reading.nationality is None
    assert reading.passport_number is None
    if text.startswith(("Dr", "Nom d", "Communication", "Father", "Vorname", "Name of")):
        assert reading.names == ()


# ---------------------------------------------------------------------------------------------
# Enterprise numbers (KBO/BCE) and IBANs

def test_enterprise_numbers_need_their_check_digits():
    valid = read_employer("Employeur : Exemple Solutions SA, BCE 0403.170.701\n")
    assert valid.enterprise_numbers == ("0403170701",) and valid.name == "Exemple Solutions SA"
    misread = read_employer("Werkgever: Voorbeeld NV, ondernemingsnummer 0403.170.702\n")
    assert misread.enterprise_numbers == () and misread.invalid_enterprise_number
    # In running text only a name with its legal form is the employer's
    assert read_employer("Between the employer Example Labs SRL, Sample Avenue 40").name == "Example Labs SRL"
    assert read_employer("aanvraag door de werkgever Van Tot Vergunning").name is None
    prefixed = read_employer("Arbeitgeber: Beispiel GmbH\nMwSt: BE 0403 170 701\n")
    assert prefixed.enterprise_numbers == ("0403170701",)
    # A PDF line wrapped between the cue and the number (the sample contracts)
    wrapped = read_employer("Entre l'employeur Exemple SA, Avenue du Spécimen 20, 1000 Bruxelles, BCE\n0403.170.701,\n")
    assert wrapped.enterprise_numbers == ("0403170701",)
    # A number far from any cue (a social secretariat's footer) is kept apart from the employer's.
    footer = read_employer("Payslip\nEmployer: Exemple NV\n\nSecretariat SD, 0403.170.701\n")
    assert footer.enterprise_numbers == () and footer.all_enterprise_numbers == ("0403170701",)


def test_ibans_need_their_check_digits_and_the_beneficiary_is_told_apart():
    fields = read_employer("Donneur d'ordre : compte BE71 0961 2345 6769\n"
                           "Compte du bénéficiaire (IBAN) : BE57 6792 0060 9235\n")
    assert fields.ibans == ("BE71096123456769", "BE57679200609235")
    assert fields.beneficiary_iban == "BE57679200609235"
    wrong = read_employer("Beneficiary IBAN: BE57 6792 0060 9236\n")
    assert wrong.ibans == () and wrong.invalid_iban


def test_employer_names_are_compared_without_legal_forms():
    assert employer_key("Exemple Solutions SA") == employer_key("EXEMPLE SOLUTIONS NV") == "exemple solutions"


def test_rules_file_errors_name_the_file_and_the_field(tmp_path):
    good = (load_identity_rules.__wrapped__.__defaults__ or (None,))[0]  # noqa: F841 - default path
    bad = tmp_path / "identity.yaml"
    import yaml

    from docscan.datafiles import RULES_DIR

    data = yaml.safe_load((RULES_DIR / "identity.yaml").read_text(encoding="utf-8"))
    data["fee_accounts"]["fee_payment_proof"]["iban"] = "BE57 6792 0060 9236"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"identity\.yaml.*fee_accounts.*check digits"):
        load_identity_rules(bad)
    data["fee_accounts"]["fee_payment_proof"]["iban"] = "BE57679200609235"
    data["cues"]["surnames"] = ["nom"]
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"identity\.yaml.*cues.*surnames"):
        load_identity_rules(bad)
    data["cues"].pop("surnames")
    data["person_documents"] = ["criminal_record", "horoscope"]
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ConfigError, match="horoscope"):
        load_identity_rules(bad)
    assert isinstance(load_identity_rules(), IdentityRules)


# ---------------------------------------------------------------------------------------------
# Documents against the reference

PASSPORT = PersonFields(surname="HADDAD", given_names="YOUSSEF KARIM", birth_date=date(1990, 2, 1),
                        nationality="MAR", passport_number="AB1234567", certain=True)


def _doc(doc_type: str, person: PersonFields | None = None, employer: EmployerFields | None = None,
         file: str | None = None, **kw) -> Document:
    return Document(file=file or f"{doc_type}.pdf", first_page=0, last_page=0, doc_type=doc_type, declared_type=None,
                    type_source="content", legible=True, confident=True, person=person, employer=employer,
                    mrz_valid=kw.pop("mrz_valid", None), **kw)


def _check(*docs: Document) -> dict[str, Document]:
    return {d.file: d for d in check_documents(docs, lambda t: t)}


def _passport(**kw) -> Document:
    return _doc("passport", PASSPORT, file="passport.jpg", mrz_valid=kw.pop("mrz_valid", True))


def test_another_person_with_another_birth_date_is_invalid_and_named():
    record = _doc("criminal_record", PersonFields(full_name="BENALI, Ahmed", birth_date=date(1988, 5, 6), certain=False))
    checked = _check(_passport(), record)["criminal_record.pdf"]
    finding = checked.identity_invalid
    assert finding is not None and finding.reason is not None
    assert finding.reason.code == "identity_other_person"
    message = finding.reason.message
    assert "Ahmed BENALI" in message and "Youssef Karim HADDAD" in message and "birth date" in message
    assert finding.fields == {"name": "different", "birth_date": "different", "passport_number": "not_compared",
                              "nationality": "not_compared"}


def test_a_clearly_other_name_read_with_certainty_is_invalid_alone():
    record = _doc("criminal_record", PersonFields(full_name="Ahmed BENALI", certain=True))
    assert _check(_passport(), record)["criminal_record.pdf"].identity_invalid is not None
    # ... but not when the birth date agrees (the name read may be the doctor's under "Name:")
    doctor = _doc("medical_certificate", PersonFields(full_name="Paul EXEMPLE", birth_date=date(1990, 2, 1),
                                                      certain=True))
    assert [f.status for f in _check(_passport(), doctor)["medical_certificate.pdf"].identity] == \
        [IdentityStatus.DOUBT]
    # ... nor when OCR was unsure of the words: then a doubt (warning), never invalid
    unsure = _doc("criminal_record", PersonFields(full_name="Ahmed BENALI", certain=False))
    finding = _check(_passport(), unsure)["criminal_record.pdf"].identity
    assert [f.status for f in finding] == [IdentityStatus.DOUBT]


def test_a_spelling_variant_is_a_warning_showing_both_spellings():
    contract = _doc("employment_contract", PersonFields(full_name="Youssef K. Haddad", birth_date=date(1990, 2, 1),
                                                        certain=True))
    (finding,) = _check(_passport(), contract)["employment_contract.pdf"].identity
    assert finding.status == IdentityStatus.VARIANT
    # both spellings, the document's as written
    assert "“Youssef K. Haddad”" in finding.reason.message and "“Youssef Karim HADDAD”" in finding.reason.message


def test_without_a_proved_passport_nothing_is_invalid():
    # The passport's zone is not proved: the first document naming the worker is the reference.
    contract = _doc("employment_contract", PersonFields(full_name="Youssef HADDAD", birth_date=date(1990, 2, 1),
                                                        certain=True))
    record = _doc("criminal_record", PersonFields(full_name="BENALI, Ahmed", birth_date=date(1988, 5, 6),
                                                  certain=True))
    checked = _check(_passport(mrz_valid=False), contract, record)
    assert checked["criminal_record.pdf"].identity_invalid is None
    assert [f.status for f in checked["criminal_record.pdf"].identity] == [IdentityStatus.DOUBT]


def test_fields_not_read_are_not_compared():
    record = _doc("criminal_record", PersonFields())
    assert _check(_passport(), record)["criminal_record.pdf"].identity == ()
    same = _doc("medical_certificate", PersonFields(full_name="HADDAD, Youssef Karim", birth_date=date(1990, 2, 1)))
    (finding,) = _check(_passport(), same)["medical_certificate.pdf"].identity
    assert finding.status == IdentityStatus.CONSISTENT and finding.reason is None


def test_the_same_name_with_another_birth_date_is_a_doubt():
    record = _doc("criminal_record", PersonFields(full_name="HADDAD, Youssef Karim", birth_date=date(1991, 2, 1)))
    (finding,) = _check(_passport(), record)["criminal_record.pdf"].identity
    assert finding.status == IdentityStatus.DOUBT and finding.reason.code == "identity_birth_differs"


def test_another_valid_enterprise_number_is_another_employer():
    form = _doc("application_form", employer=EmployerFields(name="Exemple Solutions SA",
                                                            enterprise_numbers=("0403170701",),
                                                            all_enterprise_numbers=("0403170701",)))
    payslip = _doc("payslip", employer=EmployerFields(name="Autre Société SRL", enterprise_numbers=("0202239951",),
                                                      all_enterprise_numbers=("0202239951",)))
    renamed = _doc("employment_contract", employer=EmployerFields(name="Exemple Belgium",
                                                                  enterprise_numbers=("0403170701",),
                                                                  all_enterprise_numbers=("0403170701",)))
    other_name = _doc("vacancy_proof", employer=EmployerFields(name="Autre Société SRL"))
    checked = _check(form, payslip, renamed, other_name)
    assert checked["payslip.pdf"].identity_invalid.reason.code == "employer_other"
    assert "0202.239.951" in checked["payslip.pdf"].identity_invalid.reason.message
    assert [f.status for f in checked["employment_contract.pdf"].identity] == [IdentityStatus.CONSISTENT]
    assert [f.status for f in checked["vacancy_proof.pdf"].identity] == [IdentityStatus.DOUBT]


def test_a_fee_paid_to_another_account_is_invalid():
    paid = _doc("fee_payment_proof", employer=EmployerFields(ibans=("BE71096123456769",),
                                                             beneficiary_iban="BE71096123456769"))
    right = _doc("fee_payment_proof", employer=EmployerFields(ibans=("BE71096123456769", "BE57679200609235"),
                                                              beneficiary_iban="BE57679200609235"), file="ok.pdf")
    checked = _check(paid, right)
    assert checked["fee_payment_proof.pdf"].identity_invalid.reason.code == "fee_other_account"
    assert "BE57 6792 0060 9235" in checked["fee_payment_proof.pdf"].identity_invalid.reason.message
    assert checked["ok.pdf"].identity_invalid is None


def test_zone_names_lose_the_fillers_ocr_read_as_letters():
    from docscan.identity import _zone_words

    assert _zone_words("OMAR<Z<Z<Z<ZZZ<ZZZZ") == "OMAR"
    assert _zone_words("ANANYA<K<LLLLELLLLLLLL") == "ANANYA"
    assert _zone_words("YOUSSEF<KARIM") == "YOUSSEF KARIM"


def test_a_name_label_with_only_short_words_is_not_a_name():
    assert read_person("Employee: ID\n").names == ()  # a whole-name label (a surname alone may be "LI")


# ---------------------------------------------------------------------------------------------
# Spellings found on corpus C's dev split (our own names): bilingual labels, the zone's notation,
# the given names' order, accents dropped, and a party document naming another employer


def test_a_federal_bilingual_label_with_a_dash_is_read():
    reading = read_person("Nom – Naam KOWALSKA\nPrénom – Voornaam Marta Zofia\n")
    assert reading.names == (Name(surname=("KOWALSKA",), given=("Marta", "Zofia")),)


KOWALSKA = PersonFields(surname="KOWALSKA", given_names="MARTA ZOFIA", birth_date=date(1991, 3, 9), certain=True)


def _kowalska_passport() -> Document:
    return _doc("passport", KOWALSKA, file="passport.jpg", mrz_valid=True)


def test_a_name_copied_in_the_zone_notation_is_a_variant_showing_it():
    reading = read_person("Arbeidster KOWALSKA<<MARTA<ZOFIA\nGeboortedatum 09.03.1991\n")
    contract = _doc("employment_contract", PersonFields(full_name=" | ".join(" ".join(n.words) for n in reading.names)
                                                        if reading.names else None, certain=True))
    assert reading.names  # read at all (the worker's cue, the zone's notation kept whole)
    (finding,) = _check(_kowalska_passport(), contract)["employment_contract.pdf"].identity
    assert finding.status == IdentityStatus.VARIANT and "KOWALSKA<<MARTA<ZOFIA" in finding.reason.message


@pytest.mark.parametrize("written, status", [("KOWALSKA, Zofia Marta", IdentityStatus.VARIANT),
                                             ("Zofia Marta KOWALSKA", IdentityStatus.VARIANT),
                                             ("KOWALSKA, Marta Zofia", IdentityStatus.CONSISTENT)])
def test_given_names_in_another_order_than_the_passport_are_a_variant(written, status):
    record = _doc("criminal_record", PersonFields(full_name=written, certain=True))
    (finding,) = _check(_kowalska_passport(), record)["criminal_record.pdf"].identity
    assert finding.status == status


def test_a_document_dropping_the_accents_another_one_writes_is_a_variant():
    passport = _doc("passport", PersonFields(surname="NUNEZ", given_names="JOSE LUIS", certain=True),
                    file="passport.jpg", mrz_valid=True)
    form = _doc("application_form", PersonFields(full_name="NÚÑEZ, José Luis", certain=True))
    record = _doc("criminal_record", PersonFields(full_name="NUNEZ, Jose Luis", certain=True))
    checked = _check(passport, form, record)
    assert [f.status for f in checked["application_form.pdf"].identity] == [IdentityStatus.CONSISTENT]
    (finding,) = checked["criminal_record.pdf"].identity
    assert finding.status == IdentityStatus.VARIANT
    assert "“Jose Luis NUNEZ”" in finding.reason.message and "“José Luis NÚÑEZ”" in finding.reason.message
    # Alone with the passport (which cannot write accents), the same record is consistent.
    assert [f.status for f in _check(passport, record)["criminal_record.pdf"].identity] == [IdentityStatus.CONSISTENT]


def test_a_party_document_naming_another_employer_than_two_others_is_another_employers():
    form = _doc("application_form", employer=EmployerFields(name="Voorbeeld Bouwwerken NV"))
    vacancy = _doc("vacancy_proof", employer=EmployerFields(name="VOORBEELD BOUWWERKEN"))
    contract = _doc("employment_contract", employer=EmployerFields(name="Maasland Transport BV"))
    checked = _check(form, vacancy, contract)
    invalid = checked["employment_contract.pdf"].identity_invalid
    assert invalid is not None and invalid.reason.code == "employer_other_name"
    assert "Maasland Transport BV" in invalid.reason.message and "Voorbeeld Bouwwerken NV" in invalid.reason.message
    # One document against one is a doubt (a trade name?), and so is a payslip: a social
    # secretariat prints its own name.
    assert [f.status for f in _check(form, contract)["employment_contract.pdf"].identity] == [IdentityStatus.DOUBT]
    payslip = _doc("payslip", employer=EmployerFields(name="Maasland Transport BV"))
    assert [f.status for f in _check(form, vacancy, payslip)["payslip.pdf"].identity] == [IdentityStatus.DOUBT]


def test_zone_fillers_read_as_x_end_the_given_names():
    from docscan.identity import _zone_words

    assert _zone_words("ANDRES<FELIPE<XX") == "ANDRES FELIPE"
