"""Entry bans (issue 15, part 3): notification date, duration, end and lifting date; orders to leave.

Should-match / no-match tables for the reader in French, Dutch, German and English, the dates it
computes, and the warning's wording in the four languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from docscan import removal
from docscan.models import Document, EntryBanReading
from docscan.pipeline import removal_warning

DURATIONS = [
    ("Une interdiction d'entrée d'une durée de 3 ans est imposée.", 3),
    ("interdiction d'entrée d'une durée de trois (3) ans", 3),
    ("Er wordt een inreisverbod van drie jaar opgelegd.", 3),
    ("verboden voor een duur van 3 jaar", 3),
    ("Ein Einreiseverbot von 3 Jahren wird verhängt.", 3),
    ("für drei Jahre untersagt", 3),
    ("An entry ban of three years is imposed.", 3),
    ("for a period of 2 years", 2),
    ("une interdiction d'entrée de cinq ans (fraude)", 5),
    ("een inreisverbod van één jaar", 1),
]


@pytest.mark.parametrize("text, years", DURATIONS)
def test_durations_should_match(text, years):
    assert removal.read_entry_ban(text).years == years


@pytest.mark.parametrize("text", [
    "Un recours peut être introduit dans les 30 jours de la notification.",
    "Artikel 74/11 van de wet van 15 december 1980",
    "entry ban of 3 years, reduced on appeal to 2 years",  # two durations: unclear, not guessed
    "Einreiseverbot, Aktenzeichen 3 Jahr-2024",
    "An entry ban is imposed.",
])
def test_durations_no_match(text):
    assert removal.read_entry_ban(text).years is None


NOTIFIED = [
    ("Décision notifiée à l'intéressée le 11 juin 2024.", date(2024, 6, 11)),
    ("Notifié le 11/06/2024", date(2024, 6, 11)),
    ("Deze beslissing werd betekend op 11 juni 2024.", date(2024, 6, 11)),
    ("Zugestellt am 11. Juni 2024", date(2024, 6, 11)),
    ("Notified to the person concerned on 11 June 2024.", date(2024, 6, 11)),
    ("Date of notification:\n11/06/2024", date(2024, 6, 11)),
]


@pytest.mark.parametrize("text, notified", NOTIFIED)
def test_notification_dates_should_match(text, notified):
    assert removal.read_entry_ban(text).notified == notified


@pytest.mark.parametrize("text", [
    "Un recours peut être introduit dans les 30 jours de la notification.\nDélivré le 20 août 2026",
    "Délivré le 20 août 2026",  # an issue date is not a notification date
    "Loi du 15 décembre 1980, notification. Voir 1er mars 2024.",
])
def test_notification_dates_no_match(text):
    assert removal.read_entry_ban(text, issue_date=date(2026, 8, 20)).notified is None


def test_notified_on_the_same_day_is_the_document_date():
    text = "Cette décision accompagne une mesure d'éloignement notifiée le même jour."
    assert removal.read_entry_ban(text, issue_date=date(2026, 8, 20)).notified == date(2026, 8, 20)
    assert removal.read_entry_ban(text).notified is None  # no document date: not guessed


@pytest.mark.parametrize("years, notified, ends, lifting", [
    (3, date(2024, 6, 11), date(2027, 6, 11), date(2026, 6, 11)),
    (5, date(2024, 6, 11), date(2029, 6, 11), date(2027, 10, 11)),  # two thirds of 60 months = 40
    (1, date(2024, 2, 29), date(2025, 2, 28), date(2024, 10, 29)),
])
def test_end_and_lifting_dates(years, notified, ends, lifting):
    found = removal.entry_ban_dates(EntryBanReading(notified=notified, years=years))
    assert (found.ends, found.lifting_from) == (ends, lifting)


def test_no_dates_without_notification_or_duration():
    assert removal.entry_ban_dates(EntryBanReading(years=3)) is None
    assert removal.entry_ban_dates(EntryBanReading(notified=date(2024, 6, 11))) is None


def test_an_order_to_leave_mentions_an_entry_ban_in_its_own_words():
    reading = removal.read_entry_ban("Ordre de quitter le territoire. Une interdiction d'entrée est imposée.")
    assert reading.mentions == ("interdiction d'entrée",)
    assert removal.read_entry_ban("Bevel om het grondgebied te verlaten binnen 30 dagen.").mentions == ()


def document(doc_type: str, reading: EntryBanReading | None, legible: bool = True) -> Document:
    return Document(file="annexe.pdf", first_page=0, last_page=0, doc_type=doc_type, declared_type=None,
                    type_source="content", legible=legible, confident=True, entry_ban=reading)


def test_the_warning_says_the_end_and_the_lifting_date_in_every_language():
    reason = removal_warning(document("entry_ban", EntryBanReading(notified=date(2024, 6, 11), years=3)),
                             date(2026, 11, 15))
    english = reason.message.replace("\u00a0", " ")
    assert ("An entry ban (annex 13sexies, annexe.pdf) of 3 years notified on 11 June 2024 runs until 11 June 2027; "
            "its lifting can be asked from 11 June 2026, from abroad, through the Belgian embassy. On the submission "
            "date (15 November 2026) it still runs.") in english
    assert "before leaving Belgium" in english
    assert "court jusqu'au 11 juin 2027" in reason.render("fr") and "à partir du 11 juin 2026" in reason.render("fr")
    assert "loopt tot 11 juni 2027" in reason.render("nl") and "vanaf 11 juni 2026" in reason.render("nl")
    assert "gilt bis zum 11. Juni 2027" in reason.render("de") and "ab dem 11. Juni 2026" in reason.render("de")
    one = removal_warning(document("entry_ban", EntryBanReading(notified=date(2024, 6, 11), years=1)),
                          date(2026, 11, 15))
    assert "of 1 year notified" in one.message and "it has ended by these dates" in one.message


def test_the_warning_without_a_date_or_a_duration_says_so_and_stays_a_warning():
    reason = removal_warning(document("entry_ban", EntryBanReading(years=3)), date(2026, 11, 15))
    assert reason.code == "entry_ban_unread"
    assert "could not read its notification date" in reason.message and "before leaving Belgium" in reason.message
    both = removal_warning(document("entry_ban", EntryBanReading()), date(2026, 11, 15))
    assert "its notification date and its duration" in both.message
    assert removal_warning(document("entry_ban", None, legible=False), None).code == "entry_ban"


def test_the_order_to_leave_says_whether_it_mentions_an_entry_ban():
    mentions = removal_warning(document("order_to_leave", EntryBanReading(mentions=("inreisverbod",))), None)
    assert mentions.code == "order_to_leave_mentions_ban" and "'inreisverbod'" in mentions.message
    silent = removal_warning(document("order_to_leave", EntryBanReading()), None)
    assert silent.code == "order_to_leave_no_ban_words" and "does not prove there is none" in silent.message
