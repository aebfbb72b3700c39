"""The message catalogues: every code in every language, with the same parameters, and golden texts.

A reason is a code with params (STYLE rule 3); its sentence is made at the edge from
`docscan/messages/{en,fr,nl,de}.yaml`. These tests hold the catalogues to the registry of codes
(`docscan/messages/codes.py`), check that validation names the file and the key, and pin a few
sentences per language — dates and amounts as each language writes them, official terms — so a
change of wording is a reviewed change.
"""

from __future__ import annotations

import string
from datetime import date
from pathlib import Path

import pytest
import yaml

from docscan import messages
from docscan.messages import LANGUAGES, CatalogueError, catalogue, codes, render
from docscan.models import Reason

CATALOGUES = Path(messages.__file__).parent


def _placeholders(entry) -> set[str]:
    texts = [entry] if isinstance(entry, str) else [v for k, v in entry.items() if k != "count"]
    found = {name for text in texts for _, name, _, _ in string.Formatter().parse(text) if name}
    if isinstance(entry, dict):
        found.add(entry["count"])
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_registered_code_is_in_every_catalogue_with_the_same_parameters(language):
    raw = yaml.safe_load((CATALOGUES / f"{language}.yaml").read_text(encoding="utf-8"))
    for section, registry in (("messages", codes.CODES), ("labels", codes.LABELS)):
        entries = raw[section]
        assert set(entries) == set(registry), (language, section, set(entries) ^ set(registry))
        for code, params in registry.items():
            assert _placeholders(entries[code]) == set(params), (language, code)
    catalogue(language)  # and the loader's own validation (kinds, plural forms) accepts it


def test_the_catalogues_share_their_terms():
    messages.validate_all()
    reference = set(catalogue("en")["terms"])
    for language in LANGUAGES:
        assert set(catalogue(language)["terms"]) == reference, language


def _words(text: str) -> str:
    """The literal words of a template, without its placeholders."""
    return " ".join(literal for literal, _, _, _ in string.Formatter().parse(text)).strip()


def test_no_translation_is_left_in_english():
    """A French, Dutch or German entry whose words are the English ones is a forgotten translation
    (templates made only of placeholders and punctuation, or of proper names, are the same in all)."""
    english = catalogue("en")
    for language in ("fr", "nl", "de"):
        other = catalogue(language)
        for section in ("messages", "labels"):
            same = [code for code, text in english[section].items()
                    if isinstance(text, str) and len(_words(text).split()) > 2
                    and isinstance(other[section][code], str) and _words(text) == _words(other[section][code])
                    and code != "report_title"]
            assert not same, (language, section, same)


def test_every_reason_code_the_code_base_emits_is_registered():
    """The registry is enforced where reasons are made: an unknown code or wrong params raise."""
    with pytest.raises(ValueError, match="not registered"):
        Reason("no_such_code")
    with pytest.raises(ValueError, match="takes"):
        Reason.of("too_old", requirement="medical_certificate")
    assert Reason.of("too_old", requirement="medical_certificate", file="a.pdf", issued=date(2026, 2, 10),
                     months=6, limit=date(2026, 5, 15)).params["issued"] == "2026-02-10", "dates are ISO text"


def test_a_bad_catalogue_names_the_file_and_the_key(tmp_path):
    raw = yaml.safe_load((CATALOGUES / "fr.yaml").read_text(encoding="utf-8"))
    raw["messages"]["too_old"] = raw["messages"]["too_old"].replace("{months}", "{mois}")
    with pytest.raises(CatalogueError, match=r"fr\.yaml: messages\.too_old: placeholders"):
        messages.validate(raw, tmp_path / "fr.yaml")
    raw = yaml.safe_load((CATALOGUES / "de.yaml").read_text(encoding="utf-8"))
    del raw["messages"]["missing"]
    with pytest.raises(CatalogueError, match=r"de\.yaml: messages\.missing: missing"):
        messages.validate(raw, "de.yaml")
    raw = yaml.safe_load((CATALOGUES / "nl.yaml").read_text(encoding="utf-8"))
    raw["messages"]["expired"] = "{requirement:req} ({file}) {expiry:datum}"
    with pytest.raises(CatalogueError, match=r"nl\.yaml: messages\.expired: placeholder '\{expiry:datum\}'"):
        messages.validate(raw, "nl.yaml")


TOO_OLD = Reason.of("too_old", requirement="medical_certificate", file="IMG_4008.png", issued=date(2026, 2, 10),
                    months=6, limit=date(2026, 5, 15))
THRESHOLD = Reason.of("salary_threshold", role=None, band=None, for_year=2026, amount=48912, per="per.year",
                      kept=None, stale=None)
CRIMINAL_RECORD_MISSING = Reason.of("missing", requirement="criminal_record", hint={}, fee=None)
LOW_CONFIDENCE = Reason.of("low_confidence", requirement="diploma", file="IMG_4005.png")
NOT_IN_BELGIUM = Reason.of("not_required_fact", why="not_applying.in_belgium.yes")
ENTRY_BAN = Reason("entry_ban")

GOLDEN = {
    "en": {
        TOO_OLD: "The medical certificate (IMG_4008.png) is dated 10 February 2026: it must be at most 6 months old "
                 "when you apply (issued on or after 15 May 2026). Ask for a new one.",
        THRESHOLD: "Salary threshold for 2026: at least €48,912 gross a year.",
        CRIMINAL_RECORD_MISSING: "Criminal record extract missing: no file in the bundle is one.",
        LOW_CONFIDENCE: "IMG_4005.png looks like the diploma, but not clearly enough to be sure. "
                        "Check that it is the right document.",
        NOT_IN_BELGIUM: "Not required: the worker does not live in Belgium yet.",
    },
    "fr": {
        TOO_OLD: "Certificat médical (IMG_4008.png) : document daté du 10 février 2026 ; il doit dater de 6 mois au "
                 "plus au moment de la demande (délivré le 15 mai 2026 ou après). Demandez-en un nouveau.",
        THRESHOLD: "Seuil salarial pour 2026 : au moins 48\u202f912\u00a0€ brut par an.",
        CRIMINAL_RECORD_MISSING: "Extrait de casier judiciaire : document manquant ; aucun fichier du dossier ne "
                                 "correspond à ce document.",
        LOW_CONFIDENCE: "IMG_4005.png ressemble à « Diplôme », mais pas assez clairement pour en être sûr. "
                        "Vérifiez qu'il s'agit du bon document.",
        NOT_IN_BELGIUM: "Pas requis : le travailleur ne réside pas encore en Belgique.",
        ENTRY_BAN: "Une interdiction d'entrée (annexe 13sexies) figure parmi les fichiers. Elle couvre en général "
                   "tout l'espace Schengen et peut empêcher un retour légal avec un permis de travail ; sa levée peut "
                   "être demandée après les deux tiers de sa durée. Faites-la vérifier par un avocat avant de quitter "
                   "la Belgique.",
    },
    "nl": {
        TOO_OLD: "Medisch attest (IMG_4008.png): gedateerd 10 februari 2026; het document mag bij de aanvraag "
                 "hoogstens 6 maanden oud zijn (uitgereikt op of na 15 mei 2026). Vraag een nieuw aan.",
        THRESHOLD: "Loondrempel voor 2026: minstens €\u00a048.912 bruto per jaar.",
        CRIMINAL_RECORD_MISSING: "Uittreksel uit het strafregister: ontbreekt; geen enkel bestand in het dossier "
                                 "is dit document.",
        LOW_CONFIDENCE: "IMG_4005.png lijkt op ‘Diploma’, maar niet duidelijk genoeg om zeker te zijn. "
                        "Controleer of het het juiste document is.",
        NOT_IN_BELGIUM: "Niet vereist: de werknemer woont nog niet in België.",
    },
    "de": {
        TOO_OLD: "Ärztliches Attest (IMG_4008.png): datiert vom 10. Februar 2026; das Dokument darf bei der "
                 "Antragstellung höchstens 6 Monate alt sein (ausgestellt am 15. Mai 2026 oder später). "
                 "Beantragen Sie ein neues.",
        THRESHOLD: "Gehaltsschwelle für 2026: mindestens 48.912\u00a0€ brutto pro Jahr.",
        CRIMINAL_RECORD_MISSING: "Auszug aus dem Strafregister: fehlt; keine Datei der Unterlagen entspricht diesem "
                                 "Dokument.",
        LOW_CONFIDENCE: "IMG_4005.png ähnelt „Diplom“, aber nicht deutlich genug, um sicher zu sein. "
                        "Prüfen Sie, ob es das richtige Dokument ist.",
        NOT_IN_BELGIUM: "Nicht erforderlich: der Arbeitnehmer wohnt noch nicht in Belgien.",
        ENTRY_BAN: "Unter den Dateien ist ein Einreiseverbot (Anlage 13sexies). Es gilt in der Regel für den ganzen "
                   "Schengen-Raum und kann eine legale Rückkehr mit einer Arbeitserlaubnis verhindern; seine Aufhebung "
                   "kann nach zwei Dritteln seiner Dauer beantragt werden. Lassen Sie es vor der Ausreise aus Belgien "
                   "von einem Anwalt prüfen.",
    },
}


@pytest.mark.parametrize("language,reason,expected",
                         [(lang, reason, text) for lang, table in GOLDEN.items() for reason, text in table.items()],
                         ids=[f"{lang}-{reason.code}" for lang, table in GOLDEN.items() for reason in table])
def test_golden_texts(language, reason, expected):
    assert render(reason, language) == expected


def test_plural_forms_follow_the_language():
    one = Reason.of("mrz_ocr_corrected", corrections=1, proved="mrz.digits_confirm")
    two = Reason.of("mrz_ocr_corrected", corrections=2, proved="mrz.digits_confirm")
    assert render(one, "fr").startswith("1 caractère mal lu") and render(two, "fr").startswith("2 caractères mal lus")
    assert render(one, "de").startswith("1 falsch gelesenes Zeichen") and "wurden korrigiert" in render(two, "de")
    assert messages.label("file_pages", "nl", legible=1, pages=1) == "1/1 pagina leesbaar"
    assert messages.label("file_pages", "nl", legible=1, pages=3) == "1/3 pagina's leesbaar"


def test_nested_reasons_and_lists_are_written_in_the_same_language():
    illegible = Reason.of("illegible", requirement="passport", file="scan.png",
                          why=[Reason.of("blurry", share=0.8, sharpness=0.02, needed=0.1),
                               Reason.of("unreadable_text", words=3, needed=20, advice=None)])
    text = render(illegible, "nl")
    assert text.startswith("Paspoort (scan.png): onleesbaar: onscherp:") and "80%" in text and "0,02" in text
    assert "slechts 3 woorden" in text
    fee = Reason.of("fee_candidates", candidates=[180, 200, 250], check_on={"en": "vlaanderen.be", "fr": "vlaanderen.be"})
    assert "180\u00a0€, 200\u00a0€ ou 250\u00a0€" in render(fee, "fr")


def test_an_unknown_language_is_english_and_an_unknown_code_is_shown_as_data():
    assert render(NOT_IN_BELGIUM, "es") == render(NOT_IN_BELGIUM, "en")
    assert render({"code": "from_a_later_docscan", "params": {"n": 2}}, "fr") == "from_a_later_docscan (n=2)"


@pytest.mark.parametrize("environ,expected", [
    ({"LANG": "fr_BE.UTF-8"}, "fr"), ({"LC_ALL": "nl_BE.UTF-8", "LANG": "fr_BE.UTF-8"}, "nl"),
    ({"LANGUAGE": "de_BE:fr", "LANG": "en_GB.UTF-8"}, "de"), ({"LANGUAGE": "es:nl"}, "nl"),
    ({"LANG": "C.UTF-8"}, "en"), ({"LANG": "es_ES.UTF-8"}, "en"), ({}, "en"),
    ({"LC_MESSAGES": "de_DE.UTF-8"}, "de"),
])
def test_the_language_of_the_environment(environ, expected):
    assert messages.language_from_environment(environ) == expected


def test_a_review_item_is_said_in_the_advisers_language():
    from dataclasses import replace

    from docscan.review.decisions import QueueItem

    said = Reason.of("uncertain_type", file="scan.pdf", doc_type="diploma")
    item = QueueItem(1, 1, "W1", "executive", "flanders", "uncertain_type", "diploma", "diploma", "scan.pdf", "open",
                     said.message, 1, None, said.as_param())
    assert item.say("nl") == "scan.pdf: docscan is er niet zeker van dat dit ‘Diploma’ is; bevestig of wijzig het type"
    assert item.say("de") == "scan.pdf: docscan ist sich nicht sicher, ob dies „Diplom“ ist; bestätigen oder ändern Sie den Typ"
    recorded_before = replace(item, message_reason=None)
    assert recorded_before.say("fr") == said.message, "a flag recorded before issue 14 keeps its English text"
