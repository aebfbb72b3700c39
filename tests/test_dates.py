"""Dates in the four languages: what is a date, what is not, and what kind of date it is.

Should-find / should-not-find tables in the paperless-ngx manner: each row is one phrasing
met on single-permit documents (or one thing that must not be taken for a date).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from docscan.dates import FoundDate, birth_date, expiry_date, find_dates, issue_date, load_rules
from docscan.datafiles import RULES_DIR
from docscan.errors import ConfigError

D = date


# --- what is a date -------------------------------------------------------------------------

SHOULD_FIND = [
    # numeric, day first
    ("01/09/2026", D(2026, 9, 1), None),
    ("1/9/2026", D(2026, 9, 1), None),
    ("1.9.2026", D(2026, 9, 1), None),
    ("01.09.2026", D(2026, 9, 1), None),
    ("01-09-2026", D(2026, 9, 1), None),
    ("13/12/2025", D(2025, 12, 13), None),
    ("01 / 09 / 2026", D(2026, 9, 1), None),        # OCR spaces around separators
    ("2026-09-01", D(2026, 9, 1), None),             # ISO, year first
    ("2026-09-01T10:15", D(2026, 9, 1), None),
    ("29/02/2024", D(2024, 2, 29), None),            # a real leap day
    # English
    ("1 September 2026", D(2026, 9, 1), None),       # also Dutch / German spelling
    ("1st September 2026", D(2026, 9, 1), "en"),
    ("September 1, 2026", D(2026, 9, 1), "en"),
    ("Sept. 1st, 2026", D(2026, 9, 1), "en"),
    ("March 3 2026", D(2026, 3, 3), "en"),
    ("12 AUG 1974", D(1974, 8, 12), None),
    ("01-SEP-2026", D(2026, 9, 1), None),
    ("1 may 2026", D(2026, 5, 1), "en"),
    # French
    ("1er septembre 2026", D(2026, 9, 1), "fr"),
    ("1 er septembre 2026", D(2026, 9, 1), "fr"),    # OCR split
    ("3 février 2026", D(2026, 2, 3), "fr"),
    ("3 fevrier 2026", D(2026, 2, 3), "fr"),         # accent dropped
    ("3 févr. 2026", D(2026, 2, 3), "fr"),
    ("15 août 2025", D(2025, 8, 15), "fr"),
    ("15 aout 2025", D(2025, 8, 15), "fr"),
    ("31 DÉCEMBRE 2025", D(2025, 12, 31), "fr"),
    ("12 AOÛT / AUG 1974", D(1974, 8, 12), "fr"),    # bilingual passport field
    # Dutch
    ("1 mei 2026", D(2026, 5, 1), "nl"),
    ("5 okt. 2026", D(2026, 10, 5), None),           # okt is Dutch and German
    ("7 maart 2026", D(2026, 3, 7), "nl"),
    ("1ste januari 2026", D(2026, 1, 1), "nl"),
    ("2 mrt 2026", D(2026, 3, 2), "nl"),            # German writes "Mrz"
    # German
    ("1. September 2026", D(2026, 9, 1), "de"),
    ("3. März 2026", D(2026, 3, 3), "de"),
    ("3. Maerz 2026", D(2026, 3, 3), "de"),
    ("3. Marz 2026", D(2026, 3, 3), "de"),           # OCR lost the umlaut
    ("24. Dezember 2025", D(2025, 12, 24), "de"),
    ("1. Jänner 2026", D(2026, 1, 1), "de"),
]


@pytest.mark.parametrize("text, value, language", SHOULD_FIND, ids=[row[0] for row in SHOULD_FIND])
def test_should_find(text, value, language):
    found = find_dates(f"Something {text} something")
    assert [item.value for item in found] == [value]
    assert found[0].language == language
    assert found[0].start == len("Something ")


SHOULD_NOT_FIND = [
    "02/123.45.67",                 # Brussels phone number
    "0470/12.34.56",                # mobile number
    "+32 2 123 45 67",
    "1.234,56 EUR",                 # amount
    "EUR 148,00",
    "BE57 6792 0060 9235",          # IBAN
    "BE57-6792-0060-9235",
    "2026",                         # a year alone
    "in 2026 and 2027",
    "12:30",                        # time
    "12.30 u",
    "31/02/2026",                   # impossible dates
    "30.02.2026",
    "00/01/2026",
    "12/13/2026",                   # month first (US) is not read as day first
    "2026-13-01",
    "32 janvier 2026",
    "01/09/26",                     # two-digit years are too often something else
    "1/2",
    "1.2.3",
    "v1.9.2026",
    "Art. 12/09/3026",              # not a plausible year
    "paritair comité 200",
    "loi du 15 décembre",           # no year
    "September 2026",               # no day
]


@pytest.mark.parametrize("text", SHOULD_NOT_FIND)
def test_should_not_find(text):
    assert find_dates(text) == ()


def test_several_dates_in_reading_order():
    text = "Contract from 01/09/2026 until 31.08.2027 (signed 15 juillet 2026)."
    assert [item.value for item in find_dates(text)] == [D(2026, 9, 1), D(2027, 8, 31), D(2026, 7, 15)]


def test_a_range_without_spaces_is_two_dates():
    assert [item.value for item in find_dates("du 01/09/2026-31/08/2027")] == [D(2026, 9, 1), D(2027, 8, 31)]


def test_start_points_into_the_original_text():
    text = "Délivré le 3 févr. 2026 à Liège"
    (found,) = find_dates(text)
    assert text[found.start:].startswith("3 févr. 2026")


# --- what kind of date ------------------------------------------------------------------------

LABELLED = [
    # issue
    ("Date of issue: 01/09/2026", "issue", "en"),
    ("Date of issue (dd/mm/yyyy): 01/09/2026", "issue", "en"),
    ("Issued on 1 September 2026", "issue", "en"),
    ("Date: 01/09/2026", "issue", "en"),
    ("Délivré le 01/09/2026", "issue", "fr"),
    ("Delivre le 01/09/2026", "issue", "fr"),                 # accents dropped by OCR
    ("Fait à Bruxelles, le 1er septembre 2026", "issue", "fr"),
    ("Fait a Liege le 01.09.2026", "issue", "fr"),
    ("Date de délivrance : 01/09/2026", "issue", "fr"),
    ("Afgegeven op 01/09/2026", "issue", "nl"),
    ("Datum van afgifte: 1 september 2026", "issue", "nl"),
    ("Opgemaakt te Antwerpen op 3 mei 2026", "issue", "nl"),
    ("Opgemaakt te Sint-Niklaas, op 03/05/2026", "issue", "nl"),
    ("Ausgestellt am 1. September 2026", "issue", "de"),
    ("Ausstellungsdatum 01.09.2026", "issue", "de"),
    ("Datum: 01.09.2026", "issue", None),                     # Dutch or German
    ("DATE  OF   ISSUE 01/09/2026", "issue", "en"),           # OCR spacing, capitals
    ("Da te of issue 01/09/2026", "issue", "en"),             # OCR split a word
    # expiry
    ("Date of expiry: 15 APR 2031", "expiry", "en"),
    ("Valid until 01/09/2031", "expiry", "en"),
    ("Expires 01/09/2031", "expiry", "en"),
    ("Date d'expiration : 01/09/2031", "expiry", "fr"),
    ("Date d’expiration 01/09/2031", "expiry", "fr"),         # typographic apostrophe
    ("Valable jusqu'au 1er septembre 2031", "expiry", "fr"),
    ("Geldig tot 01-09-2031", "expiry", "nl"),
    ("Geldig tot en met 01-09-2031", "expiry", "nl"),
    ("Vervaldatum: 01/09/2031", "expiry", "nl"),
    ("Gültig bis 01.09.2031", "expiry", "de"),
    ("Gultig bis 01.09.2031", "expiry", "de"),
    ("Ablaufdatum 1. September 2031", "expiry", "de"),
    # birth
    ("Date of birth: 12/08/1974", "birth", "en"),
    ("Born 12 August 1974", "birth", "en"),
    ("Né le 12/08/1974", "birth", "fr"),
    ("Née le 12/08/1974", "birth", "fr"),
    ("Né(e) le 12 août 1974", "birth", "fr"),
    ("né à Casablanca le 12/08/1974", "birth", "fr"),
    ("Date de naissance 12.08.1974", "birth", "fr"),
    ("Geboortedatum: 12/08/1974", "birth", "nl"),
    ("Geboorte datum: 12/08/1974", "birth", "nl"),            # OCR split the word
    ("Geboren op 12 augustus 1974", "birth", "nl"),
    ("Geburtsdatum 12.08.1974", "birth", "de"),
    ("Geboren am 12. August 1974", "birth", "de"),
    # no label
    ("01/09/2026", None, None),
    ("Brussels, 01/09/2026", None, None),
    ("Date of issue of the residence permit mentioned in the annex: 01/09/2026", None, None),  # too far
]


@pytest.mark.parametrize("text, kind, language", LABELLED, ids=[row[0] for row in LABELLED])
def test_label_kind(text, kind, language):
    (found,) = find_dates(text)
    assert found.kind == kind
    assert found.language == language


def test_label_on_another_line_does_not_count():
    (found,) = find_dates("Date of birth\n12/08/1974")
    assert found.kind is None


def test_each_date_takes_the_label_just_before_it():
    text = "Date of birth 12 AUG 1974 Date of issue 01 SEP 2026 Date of expiry 31 AUG 2036"
    assert [(item.kind, item.value) for item in find_dates(text)] == [
        ("birth", D(1974, 8, 12)), ("issue", D(2026, 9, 1)), ("expiry", D(2036, 8, 31))]


def test_a_label_does_not_reach_past_another_date():
    text = "Born 12/08/1974, arrived 03/03/2020"
    assert [item.kind for item in find_dates(text)] == ["birth", None]


def test_longer_label_wins_over_its_prefix():
    # "Date" alone is an issue label; "Date of expiry" ends at the same place and is longer.
    (found,) = find_dates("Date of expiry: 01/09/2031")
    assert found.kind == "expiry"


# --- choosing the document's dates --------------------------------------------------------------

def fd(value, kind=None, start=0):
    return FoundDate(value, kind, None, start)


ISSUE_CHOICES = [
    ("labelled issue wins over later dates",
     [fd(D(2026, 1, 5), "issue"), fd(D(2026, 3, 1)), fd(D(2030, 1, 1), "expiry")], D(2026, 1, 5)),
    ("latest labelled issue date",
     [fd(D(2026, 1, 5), "issue"), fd(D(2026, 2, 7), "issue")], D(2026, 2, 7)),
    ("no label: latest date not birth or expiry",
     [fd(D(1974, 8, 12), "birth"), fd(D(2025, 12, 1)), fd(D(2026, 2, 1)), fd(D(2031, 1, 1), "expiry")],
     D(2026, 2, 1)),
    ("only birth and expiry", [fd(D(1974, 8, 12), "birth"), fd(D(2031, 1, 1), "expiry")], None),
    ("nothing", [], None),
]


@pytest.mark.parametrize("found, expected", [row[1:] for row in ISSUE_CHOICES],
                         ids=[row[0] for row in ISSUE_CHOICES])
def test_issue_date_choice(found, expected):
    assert issue_date(found) == expected


def test_issue_date_ignores_unlabelled_future_dates_when_told_today():
    found = [fd(D(2026, 2, 1)), fd(D(2026, 9, 1))]
    assert issue_date(found) == D(2026, 9, 1)
    assert issue_date(found, today=D(2026, 3, 1)) == D(2026, 2, 1)


def test_expiry_and_birth_are_labelled_only():
    found = [fd(D(1974, 8, 12)), fd(D(2031, 1, 1))]
    assert expiry_date(found) is None and birth_date(found) is None
    found = [fd(D(1974, 8, 12), "birth"), fd(D(2031, 1, 1), "expiry"), fd(D(2030, 6, 1), "expiry"),
             fd(D(2001, 1, 1), "birth")]
    assert expiry_date(found) == D(2030, 6, 1)  # the earliest: never overstate validity
    assert birth_date(found) == D(1974, 8, 12)  # the first: the holder's


def test_whole_document():
    text = ("EXTRAIT DE CASIER JUDICIAIRE\n"
            "Nom: EXAMPLE  Né(e) le 12/08/1974 à Casablanca\n"
            "Loi du 15 décembre 1980\n"
            "Fait à Bruxelles, le 3 mars 2026\n"
            "Valable jusqu'au 3 septembre 2026\n")
    found = find_dates(text)
    assert issue_date(found) == D(2026, 3, 3)
    assert expiry_date(found) == D(2026, 9, 3)
    assert birth_date(found) == D(1974, 8, 12)


# --- the rules file -------------------------------------------------------------------------

def test_shipped_rules_load():
    rules = load_rules()
    assert set(rules.months) == {"fr", "nl", "de", "en"}
    assert all(rules.labels[kind] for kind in ("issue", "expiry", "birth"))


def broken_rules(tmp_path: Path, change) -> Path:
    data = yaml.safe_load((RULES_DIR / "dates.yaml").read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "dates.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


BROKEN = [
    ("month missing", lambda d: d["months"]["fr"].pop(5), "months", "'fr' must list months 1 to 12"),
    ("language missing", lambda d: d["months"].pop("de"), "months", "'de'"),
    ("name for two months", lambda d: d["months"]["en"][4].append("jun"), "months", "'jun' names month"),
    ("unknown language", lambda d: d["months"].update(es=d["months"]["fr"]), "months.es", ""),
    ("unknown kind", lambda d: d["labels"].update(renewal=[{"lang": "en", "text": "renewed"}]),
     "labels.renewal", ""),
    ("label without language", lambda d: d["labels"]["issue"].append({"text": "issued at"}),
     "labels.issue", "lang"),
    ("kind without labels", lambda d: d["labels"].update(birth=[]), "labels", "'birth'"),
    ("bad wildcard", lambda d: d["labels"]["issue"].append({"lang": "fr", "text": "fait à* le"}),
     "labels.issue", "'*'"),
    ("negative gap", lambda d: d.update(label_gap=-1), "label_gap", ""),
    ("unknown key", lambda d: d.update(lable_gap=3), "lable_gap", ""),
]


@pytest.mark.parametrize("change, field, words", [row[1:] for row in BROKEN], ids=[row[0] for row in BROKEN])
def test_invalid_rules_name_file_and_field(tmp_path, change, field, words):
    path = broken_rules(tmp_path, change)
    with pytest.raises(ConfigError) as error:
        load_rules(path)
    message = str(error.value)
    assert str(path) in message
    assert f"field '{field}" in message
    assert words in message


def test_custom_rules_are_used(tmp_path):
    path = broken_rules(tmp_path, lambda d: d["labels"]["issue"].append({"lang": "nl", "text": "gedaan te * op"}))
    (found,) = find_dates("Gedaan te Gent op 01/09/2026", rules=load_rules(path))
    assert found.kind == "issue"


def test_ocr_reading_1er_as_ler_keeps_the_issue_date():
    """A blurred French certificate of the evaluation corpus read "Délivré le ler septembre 2026";
    the law of 15 December 1980 it mentions was taken for its issue date."""
    from docscan.dates import find_dates, issue_date

    text = "énumérées à l'annexe de la loi du 15 décembre 1980 sur l'accès au\nDélivré le ler septembre 2026"
    assert issue_date(find_dates(text), date(2026, 11, 15)) == date(2026, 9, 1)
    assert [d.value for d in find_dates("Délivré le Ier septembre 2026")] == [date(2026, 9, 1)]
