#!/usr/bin/env python3
"""Generate docscan's specimen documents, scans, bad files and applicant bundles.

Everything here is fictitious: every page says SPECIMEN, the people are the usual placeholder
names (Lina VOORBEELD, Jean EXEMPLE, Max MUSTERMANN, John DOE), passports are issued by "UTO"
(Utopia, the ICAO specimen state) and addresses do not exist. The only real data is the public
bank account of the Immigration Office on the fee payment proofs.

Run from the repository root:  .venv/bin/python sample_docs/generate.py
The output is deterministic (fixed seeds, reportlab invariant=1): running it twice gives the
same bytes. See sample_docs/README.md for what every file is.
"""

from __future__ import annotations

import hashlib
import shutil
import struct
import sys
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
PDF_DIR = DOCS / "pdf"
SCAN_DIR = DOCS / "scans"
VARIANT_DIR = DOCS / "variants"
BAD_DIR = HERE / "bad"
BUNDLE_DIR = HERE / "bundles"
MANIFEST = HERE / "bundles.yaml"

LANGS = ("fr", "nl", "de", "en")
TYPES = (
    "application_form", "passport", "employment_contract", "medical_certificate", "criminal_record",
    "diploma", "fee_payment_proof", "health_insurance", "hosting_agreement", "assignment_letter",
    "group_employment_proof", "residence_permit", "payslip", "vacancy_proof", "order_to_leave", "entry_ban",
)
TODAY = date(2026, 11, 15)

FONT_DIR = Path("/usr/share/fonts/truetype")
FONTS = {
    "sans": FONT_DIR / "dejavu/DejaVuSans.ttf",
    "sans-bold": FONT_DIR / "dejavu/DejaVuSans-Bold.ttf",
    "serif": FONT_DIR / "liberation/LiberationSerif-Regular.ttf",
    "serif-bold": FONT_DIR / "liberation/LiberationSerif-Bold.ttf",
    "lsans": FONT_DIR / "liberation/LiberationSans-Regular.ttf",
    "lsans-bold": FONT_DIR / "liberation/LiberationSans-Bold.ttf",
    "dserif": FONT_DIR / "dejavu/DejaVuSerif.ttf",
    "dserif-bold": FONT_DIR / "dejavu/DejaVuSerif-Bold.ttf",
    "mono": FONT_DIR / "dejavu/DejaVuSansMono.ttf",
    "mono-bold": FONT_DIR / "dejavu/DejaVuSansMono-Bold.ttf",
}

# --------------------------------------------------------------------------------------------
# ICAO 9303 machine-readable zone (TD3)
# --------------------------------------------------------------------------------------------

def check_digit(value: str) -> str:
    """ICAO 9303 check digit: weights 7, 3, 1; digits as such, A-Z = 10-35, '<' = 0."""
    total = 0
    for i, ch in enumerate(value):
        if ch.isdigit():
            v = int(ch)
        elif "A" <= ch <= "Z":
            v = ord(ch) - 55
        else:
            v = 0
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


def mrz_name(text: str) -> str:
    table = str.maketrans({"Ş": "S", "Ö": "O", "Ü": "U", "Ç": "C", "Ğ": "G", "İ": "I", "É": "E", "Ä": "A",
                           " ": "<", "-": "<", "'": ""})
    return text.upper().translate(table)


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    sex: str            # F / M
    nationality: str    # ICAO code
    nationality_name: dict
    birth: date
    birthplace: str
    doc_no: str
    issued: date
    expiry: date
    personal_no: str = ""
    address: str = "12 Specimen Road, 0001 Utopia City, Utopia"
    wrong_check: bool = False   # deliberately wrong document-number check digit

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"

    def mrz(self) -> tuple[str, str]:
        issuing = self.nationality
        line1 = f"P<{issuing}{mrz_name(self.surname)}<<{mrz_name(self.given)}"
        line1 = (line1 + "<" * 44)[:44]
        number = (self.doc_no + "<" * 9)[:9]
        number_cd = check_digit(number)
        if self.wrong_check:
            number_cd = str((int(number_cd) + 1) % 10)
        birth = self.birth.strftime("%y%m%d")
        expiry = self.expiry.strftime("%y%m%d")
        optional = (self.personal_no + "<" * 14)[:14]
        optional_cd = check_digit(optional) if self.personal_no else "<"
        composite_src = number + number_cd + birth + check_digit(birth) + expiry + check_digit(expiry) \
            + optional + optional_cd
        composite = check_digit(composite_src)
        line2 = (number + number_cd + self.nationality + birth + check_digit(birth) + self.sex + expiry
                 + check_digit(expiry) + optional + optional_cd + composite)
        assert len(line1) == 44 and len(line2) == 44, (line1, line2)
        return line1, line2


UTOPIA = {"en": "Utopia", "fr": "Utopie", "nl": "Utopia", "de": "Utopien", "fr-adj": "utopienne"}
TURKEY = {"en": "Turkey (Türkiye)", "fr": "Turquie", "nl": "Turkije", "de": "Türkei", "fr-adj": "turque"}

LINA = Person("Lina", "VOORBEELD", "F", "UTO", UTOPIA, date(1990, 4, 12), "Utopia City", "EH1234567",
              date(2021, 5, 15), date(2031, 5, 14), personal_no="9004121234")
PEOPLE_VARIANTS = {
    # passport that expired on 30 June 2026 (same person, older passport)
    "expired": replace(LINA, doc_no="EH0765432", issued=date(2016, 7, 1), expiry=date(2026, 6, 30)),
    # a digit of the document number was mistyped: its check digit is off by one
    "wrong-check-digit": replace(LINA, wrong_check=True),
}
AYSE = Person("Ayşe", "ÖRNEK", "F", "TUR", TURKEY, date(1988, 9, 23), "İzmir", "TR4567890",
              date(2023, 2, 10), date(2033, 2, 9), address="Örnek Sokak 5, 35000 İzmir, Türkiye")
NOA = Person("Noa", "EXEMPLE", "F", "UTO", UTOPIA, date(2010, 2, 1), "Utopia City", "EK5551234",
              date(2024, 3, 1), date(2029, 2, 28), address="7 Sample Lane, 0002 Utopia City, Utopia")

# --------------------------------------------------------------------------------------------
# Dates in four languages
# --------------------------------------------------------------------------------------------

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
}


def long_date(d: date, lang: str) -> str:
    month = MONTHS[lang][d.month - 1]
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {month} {d.year}"
    if lang == "de":
        return f"{d.day}. {month} {d.year}"
    return f"{d.day} {month} {d.year}"


def slash(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def dot(d: date) -> str:
    return d.strftime("%d.%m.%Y")


def birth_label(lang: str) -> str:
    return {"en": "Date of birth:", "fr": "Né(e) le", "nl": "Geboren op", "de": "Geboren am"}[lang]


def nat_line(p: Person, lang: str) -> str:
    label = {"en": "Nationality", "fr": "Nationalité", "nl": "Nationaliteit", "de": "Staatsangehörigkeit"}[lang]
    return f"{label}: {p.nationality_name[lang]} ({p.nationality})"

# --------------------------------------------------------------------------------------------
# Document contents: a title near the top, then 10-25 lines of body text
# --------------------------------------------------------------------------------------------

HEADER = {
    "en": "SPECIMEN — fictitious document, no legal value",
    "fr": "SPECIMEN — document fictif, sans valeur légale",
    "nl": "SPECIMEN — fictief document, zonder rechtsgeldigheid",
    "de": "SPECIMEN — fiktives Dokument, ohne Rechtswirkung",
}


@dataclass
class Doc:
    doc_type: str
    lang: str
    title: str
    subtitle: str = ""
    lines: list = field(default_factory=list)
    person: Person | None = None


EMPLOYER = {
    "nl": ("Voorbeeld Technologies NV", "Specimenlaan 10, 9000 Gent", "0999.999.901"),
    "fr": ("Exemple Solutions SA", "Avenue du Spécimen 20, 1000 Bruxelles", "0999.999.902"),
    "de": ("Muster Industrie AG", "Beispielstraße 30, 4700 Eupen", "0999.999.903"),
    "en": ("Example Labs SRL", "Sample Avenue 40, 4000 Liège", "0999.999.904"),
}


def c_application_form(lang, p, d=date(2026, 10, 2)):
    emp, addr, kbo = EMPLOYER[lang]
    t = {
        "en": ("Single permit application",
               "Application for a single permit (work and residence) — Working in Belgium portal",
               [f"Employer: {emp}, enterprise number {kbo}", f"Registered office: {addr}",
                "Contact person: Jane SAMPLE, human resources, +32 0 000 00 00",
                f"Worker: {p.surname}, {p.given}", f"Date of birth: {slash(p.birth)}", nat_line(p, lang),
                f"Address abroad: {p.address}",
                "Position offered: senior data engineer, full time (38 hours per week)",
                "Place of work: the registered office of the employer",
                "Gross annual salary offered: EUR 58,400",
                "Intended start: as soon as the permit is granted, for three years",
                "Type of application: first application, the worker resides abroad",
                "Annexes uploaded to the portal: 7 documents",
                "The employer declares that the information given is true and complete",
                "and undertakes to inform the region of any change.",
                f"Signed in Liège. Date: {long_date(d, 'en')}",
                "Signature of the employer: J. Sample (specimen)"]),
        "fr": ("Demande de permis unique",
               "Formulaire de demande d'autorisation de travail et de séjour (permis unique)",
               [f"Employeur : {emp}, numéro d'entreprise {kbo}", f"Siège social : {addr}",
                "Personne de contact : Jeanne MODÈLE, service du personnel",
                f"Ressortissant : {p.surname}, {p.given}", f"Né(e) le {slash(p.birth)}", nat_line(p, lang),
                f"Adresse à l'étranger : {p.address}",
                "Fonction proposée : ingénieure de données, temps plein (38 heures par semaine)",
                "Lieu d'occupation : siège social de l'employeur",
                "Rémunération annuelle brute proposée : 58 400 EUR",
                "Durée envisagée : trois ans à compter de l'octroi du permis",
                "Nature de la demande : première demande, résidence à l'étranger",
                "Annexes jointes au dossier : 7 documents",
                "L'employeur déclare sur l'honneur que les renseignements fournis sont",
                "exacts et complets et s'engage à signaler tout changement à la région.",
                f"Fait à Bruxelles, le {long_date(d, 'fr')}",
                "Signature de l'employeur : J. Modèle (spécimen)"]),
        "nl": ("Aanvraag gecombineerde vergunning",
               "Aanvraagformulier voor een toelating tot arbeid en verblijf (gecombineerde vergunning)",
               [f"Werkgever: {emp}, ondernemingsnummer {kbo}", f"Maatschappelijke zetel: {addr}",
                "Contactpersoon: Jan MONSTER, personeelsdienst",
                f"Buitenlandse onderdaan: {p.surname}, {p.given}", f"Geboren op {slash(p.birth)}",
                nat_line(p, lang), f"Adres in het buitenland: {p.address}",
                "Functie: senior data-ingenieur, voltijds (38 uur per week)",
                "Plaats van tewerkstelling: maatschappelijke zetel van de werkgever",
                "Bruto jaarloon: EUR 58.400",
                "Beoogde duur: drie jaar vanaf de toekenning van de vergunning",
                "Soort aanvraag: eerste aanvraag, de onderdaan verblijft in het buitenland",
                "Bijlagen opgeladen in het portaal: 7 documenten",
                "De werkgever verklaart dat de gegevens juist en volledig zijn en verbindt",
                "zich ertoe elke wijziging aan de bevoegde regio te melden.",
                f"Opgemaakt te Gent op {long_date(d, 'nl')}",
                "Handtekening van de werkgever: J. Monster (specimen)"]),
        "de": ("Antrag kombinierte Erlaubnis",
               "Antragsformular für eine kombinierte Erlaubnis (Arbeit und Aufenthalt)",
               [f"Arbeitgeber: {emp}, Unternehmensnummer {kbo}", f"Sitz: {addr}",
                "Ansprechpartnerin: Erika MUSTERFRAU, Personalabteilung",
                f"Drittstaatsangehörige: {p.surname}, {p.given}", f"Geboren am {dot(p.birth)}",
                nat_line(p, lang), f"Anschrift im Ausland: {p.address}",
                "Vorgesehene Stelle: Dateningenieurin, Vollzeit (38 Stunden pro Woche)",
                "Arbeitsort: Sitz des Arbeitgebers in Eupen",
                "Bruttojahresgehalt: 58.400 EUR",
                "Vorgesehene Dauer: drei Jahre ab Erteilung der Erlaubnis",
                "Art des Antrags: Erstantrag, Wohnsitz im Ausland",
                "Anlagen im Portal hochgeladen: 7 Dokumente",
                "Der Arbeitgeber erklärt, dass die Angaben richtig und vollständig sind,",
                "und verpflichtet sich, jede Änderung der Region mitzuteilen.",
                f"Ausgestellt in Eupen am {long_date(d, 'de')}",
                "Unterschrift des Arbeitgebers: E. Musterfrau (Specimen)"]),
    }[lang]
    return Doc("application_form", lang, t[0], t[1], t[2], p)


def c_employment_contract(lang, p, d=date(2026, 7, 15)):
    emp, addr, kbo = EMPLOYER[lang]
    t = {
        "en": ("Employment contract", "Employment contract for white-collar workers of indefinite duration",
               ["governed by the law of 3 July 1978 on employment contracts",
                f"Between the employer {emp}, {addr}, enterprise number {kbo},",
                f"and the employee {p.full}, born on {slash(p.birth)}, {p.nationality_name['en']} national,",
                f"residing at {p.address}, the following is agreed:",
                "Article 1 — Position: the employee is hired as senior data engineer.",
                "Article 2 — Start and duration: from the first working day after the",
                "permit is granted, for an indefinite period.",
                "Article 3 — Place of work: Sample Avenue 40, 4000 Liège (hybrid work allowed).",
                "Article 4 — Working time: 38 hours per week, Monday to Friday.",
                "Article 5 — Wage: gross monthly salary of EUR 4,866.67, paid monthly,",
                "plus end-of-year bonus and holiday pay under Belgian law.",
                "Article 6 — Joint committee: the employer falls under joint committee 200.",
                "Article 7 — Trial period: none, in accordance with the law.",
                "Article 8 — This contract takes effect only if the single permit is granted.",
                "Drawn up in two originals, each party acknowledging receipt of one.",
                f"Date: {long_date(d, 'en')}",
                "The employer (signature)                The employee (signature)"]),
        "fr": ("Contrat de travail", "Contrat de travail d'employé à durée indéterminée",
               ["soumis à la loi du 3 juillet 1978 relative aux contrats de travail",
                f"Entre l'employeur {emp}, {addr}, BCE {kbo},",
                f"et la travailleuse {p.full}, née le {slash(p.birth)}, de nationalité {p.nationality_name['fr-adj']},",
                f"domiciliée {p.address}, il est convenu ce qui suit :",
                "Article 1 — Fonction : la travailleuse est engagée comme ingénieure de données.",
                "Article 2 — Début et durée : dès le premier jour ouvrable suivant l'octroi",
                "du permis unique, pour une durée indéterminée.",
                "Article 3 — Lieu de travail : Avenue du Spécimen 20, 1000 Bruxelles.",
                "Article 4 — Durée du travail : 38 heures par semaine, du lundi au vendredi.",
                "Article 5 — Rémunération : salaire mensuel brut de 4 866,67 EUR,",
                "majoré de la prime de fin d'année et du pécule de vacances légal.",
                "Article 6 — Commission paritaire : l'employeur relève de la commission paritaire 200.",
                "Article 7 — Le présent contrat ne prend effet qu'après l'octroi du permis unique.",
                "Fait en deux exemplaires, chaque partie reconnaissant avoir reçu le sien.",
                f"Fait à Bruxelles, le {long_date(d, 'fr')}",
                "L'employeur (signature)                 La travailleuse (signature)"]),
        "nl": ("Arbeidsovereenkomst", "Arbeidsovereenkomst voor bedienden van onbepaalde duur",
               ["onderworpen aan de wet van 3 juli 1978 betreffende de arbeidsovereenkomsten",
                f"Tussen de werkgever {emp}, {addr}, KBO {kbo},",
                f"en de werknemer {p.full}, geboren op {slash(p.birth)}, nationaliteit {p.nationality_name['nl']},",
                f"wonende te {p.address}, wordt overeengekomen wat volgt:",
                "Artikel 1 — Functie: de werknemer wordt aangeworven als senior data-ingenieur.",
                "Artikel 2 — Aanvang en duur: vanaf de eerste werkdag na de toekenning van",
                "de gecombineerde vergunning, voor onbepaalde duur.",
                "Artikel 3 — Plaats van tewerkstelling: Specimenlaan 10, 9000 Gent.",
                "Artikel 4 — Arbeidsduur: 38 uur per week, van maandag tot vrijdag.",
                "Artikel 5 — Loon: bruto maandloon van EUR 4.866,67, maandelijks betaald,",
                "vermeerderd met eindejaarspremie en wettelijk vakantiegeld.",
                "Artikel 6 — Paritair comité: de werkgever valt onder paritair comité 200.",
                "Artikel 7 — Deze overeenkomst gaat pas in na toekenning van de vergunning.",
                "Opgemaakt in twee exemplaren, elke partij verklaart het hare te hebben ontvangen.",
                f"Opgemaakt te Gent op {long_date(d, 'nl')}",
                "De werkgever (handtekening)             De werknemer (handtekening)"]),
        "de": ("Arbeitsvertrag", "Arbeitsvertrag für Angestellte auf unbestimmte Zeit",
               ["gemäß dem Gesetz vom 3. Juli 1978 über die Arbeitsverträge",
                f"Zwischen dem Arbeitgeber {emp}, {addr}, UNr. {kbo},",
                f"und der Arbeitnehmerin {p.full}, geboren am {dot(p.birth)}, {p.nationality_name['de']},",
                f"wohnhaft {p.address}, wird Folgendes vereinbart:",
                "Artikel 1 — Funktion: Die Arbeitnehmerin wird als Dateningenieurin eingestellt.",
                "Artikel 2 — Beginn und Dauer: ab dem ersten Arbeitstag nach Erteilung",
                "der kombinierten Erlaubnis, auf unbestimmte Zeit.",
                "Artikel 3 — Arbeitsort: Beispielstraße 30, 4700 Eupen.",
                "Artikel 4 — Arbeitszeit: 38 Stunden pro Woche, montags bis freitags.",
                "Artikel 5 — Entlohnung: Bruttomonatsgehalt von 4.866,67 EUR,",
                "zuzüglich Jahresendprämie und gesetzlichem Urlaubsgeld.",
                "Artikel 6 — Paritätische Kommission: Der Arbeitgeber gehört zur paritätischen Kommission 200.",
                "Artikel 7 — Dieser Vertrag wird erst mit Erteilung der Erlaubnis wirksam.",
                "In zwei Ausfertigungen erstellt; jede Partei bestätigt den Erhalt der ihren.",
                f"Ausgestellt in Eupen am {long_date(d, 'de')}",
                "Der Arbeitgeber (Unterschrift)          Die Arbeitnehmerin (Unterschrift)"]),
    }[lang]
    return Doc("employment_contract", lang, t[0], t[1], t[2], p)


def c_medical_certificate(lang, p, d=date(2026, 9, 1)):
    # Only the birth date (labelled) comes before the issue date; no date after it.
    t = {
        "en": ("Medical certificate",
               "Model of the Immigration Office for a residence of more than three months",
               ["The undersigned, Dr Peter SAMPLE, physician approved by the Embassy of Belgium,",
                f"certifies having examined today Ms {p.full},",
                f"Date of birth: {slash(p.birth)}", nat_line(p, lang),
                f"residing at {p.address},",
                "and declares that the examination has shown that she does not suffer from",
                "any of the diseases which may endanger public health listed in the annex",
                "to the Law of 15 December 1980 on the entry, stay, settlement and removal",
                "of foreign nationals.",
                "Examinations carried out: clinical examination, chest radiography.",
                "This certificate is issued for a single permit application in Belgium.",
                "Place: Utopia City",
                f"Date of issue: {long_date(d, 'en')}",
                "Stamp and signature of the physician: Dr P. Sample (specimen)"]),
        "fr": ("Certificat médical",
               "Modèle de l'Office des étrangers pour un séjour de plus de trois mois",
               ["Je soussigné, Dr Paul EXEMPLE, médecin agréé par l'Ambassade de Belgique,",
                f"certifie avoir examiné ce jour Madame {p.full},",
                f"née le {slash(p.birth)}, {nat_line(p, lang).lower()},",
                f"domiciliée {p.address},",
                "et déclare qu'il résulte de cet examen que l'intéressée n'est atteinte",
                "d'aucune des maladies pouvant mettre en danger la santé publique",
                "énumérées à l'annexe de la loi du 15 décembre 1980 sur l'accès au",
                "territoire, le séjour, l'établissement et l'éloignement des étrangers.",
                "Examens réalisés : examen clinique, radiographie du thorax.",
                "Certificat établi en vue d'une demande de permis de travail et de séjour.",
                "Lieu : Utopia City",
                f"Délivré le {long_date(d, 'fr')}",
                "Cachet et signature du médecin : Dr P. Exemple (spécimen)"]),
        "nl": ("Medisch attest",
               "Model van de Dienst Vreemdelingenzaken voor een verblijf van meer dan drie maanden",
               ["Ondergetekende, dr. Piet VOORBEELD, geneesheer erkend door de Belgische ambassade,",
                f"verklaart vandaag mevrouw {p.full} te hebben onderzocht,",
                f"geboren op {slash(p.birth)}, {nat_line(p, lang).lower()},",
                f"wonende te {p.address},",
                "en verklaart dat uit dit onderzoek blijkt dat betrokkene niet lijdt aan",
                "een van de ziekten die de volksgezondheid in gevaar kunnen brengen,",
                "opgesomd in de bijlage bij de wet van 15 december 1980 betreffende de",
                "toegang tot het grondgebied, het verblijf, de vestiging en de verwijdering",
                "van vreemdelingen.",
                "Uitgevoerde onderzoeken: klinisch onderzoek, radiografie van de borstkas.",
                "Dit attest wordt afgeleverd voor een aanvraag tot arbeid en verblijf.",
                "Plaats: Utopia City",
                f"Afgegeven op {slash(d)}",
                "Stempel en handtekening van de geneesheer: dr. P. Voorbeeld (specimen)"]),
        "de": ("Ärztliches Attest",
               "Muster des Ausländeramtes für einen Aufenthalt von mehr als drei Monaten",
               ["Der Unterzeichnete, Dr. Max MUSTERMANN, von der belgischen Botschaft zugelassener Arzt,",
                f"bescheinigt, heute Frau {p.full} untersucht zu haben,",
                f"geboren am {dot(p.birth)}, {nat_line(p, lang)},",
                f"wohnhaft {p.address},",
                "und erklärt, dass die Untersuchung ergeben hat, dass sie an keiner der",
                "Krankheiten leidet, welche die Volksgesundheit gefährden können und die",
                "im Anhang zum Gesetz vom 15. Dezember 1980 über die Einreise ins",
                "Staatsgebiet, den Aufenthalt, die Niederlassung und das Entfernen von",
                "Ausländern aufgeführt sind.",
                "Durchgeführte Untersuchungen: klinische Untersuchung, Röntgenaufnahme des Thorax.",
                "Dieses Attest wird für einen Antrag auf Arbeit und Aufenthalt ausgestellt.",
                "Ort: Utopia City",
                f"Ausgestellt am {dot(d)}",
                "Stempel und Unterschrift des Arztes: Dr. M. Mustermann (Specimen)"]),
    }[lang]
    return Doc("medical_certificate", lang, t[0], t[1], t[2], p)


def c_criminal_record(lang, p, d=date(2026, 10, 1)):
    # Only the birth date (labelled) comes before the issue date; no date after it.
    t = {
        "en": ("Police clearance certificate",
               "Criminal record extract — Ministry of Justice of Utopia",
               ["Central Criminal Records Office, 1 Justice Square, Utopia City",
                "Reference number: CR-2026-000123 (specimen)",
                "The Central Criminal Records Office certifies that a search was made",
                "in the national criminal records concerning:",
                f"Surname: {p.surname}", f"Given names: {p.given}",
                f"Date of birth: {slash(p.birth)}", nat_line(p, lang),
                f"Address: {p.address}",
                "Result of the search: NO CRIMINAL RECORD.",
                "This certificate of good conduct is issued at the request of the person",
                "concerned, for a work and residence application in Belgium.",
                "It is issued in English and does not require a sworn translation.",
                f"Issued on {long_date(d, 'en')}",
                "The Registrar: A. N. Other (specimen signature and seal)"]),
        "fr": ("Extrait de casier judiciaire",
               "Ministère de la Justice d'Utopie — Service du casier judiciaire central",
               ["Place de la Justice 1, Utopia City",
                "Numéro de référence : CJ-2026-000456 (spécimen)",
                "Le Service du casier judiciaire central certifie qu'une recherche a été",
                "effectuée dans le casier judiciaire national au nom de :",
                f"Nom : {p.surname}", f"Prénoms : {p.given}",
                f"Née le {slash(p.birth)}", nat_line(p, lang),
                f"Adresse : {p.address}",
                "Résultat de la recherche : NÉANT — aucune condamnation inscrite.",
                "Le présent extrait est délivré à la demande de l'intéressée en vue",
                "d'une demande de permis de travail et de séjour en Belgique.",
                "Il est valable sans traduction dans les pays de langue française.",
                f"Délivré le {slash(d)}",
                "Le greffier : A. Autre (signature et sceau, spécimen)"]),
        "nl": ("Uittreksel uit het strafregister",
               "Ministerie van Justitie van Utopia — Centraal Strafregister",
               ["Justitieplein 1, Utopia City",
                "Referentienummer: SR-2026-000789 (specimen)",
                "Het Centraal Strafregister verklaart dat een opzoeking werd verricht",
                "in het nationale strafregister op naam van:",
                f"Naam: {p.surname}", f"Voornamen: {p.given}",
                f"Geboren op {long_date(p.birth, 'nl')}", nat_line(p, lang),
                f"Adres: {p.address}",
                "Resultaat van de opzoeking: BLANCO — geen veroordelingen vermeld.",
                "Dit bewijs van goed gedrag en zeden wordt afgeleverd op verzoek van",
                "betrokkene met het oog op een aanvraag tot arbeid en verblijf in België.",
                "Een beëdigde vertaling is niet vereist.",
                f"Afgegeven op {long_date(d, 'nl')}",
                "De griffier: A. Ander (handtekening en zegel, specimen)"]),
        "de": ("Auszug aus dem Strafregister",
               "Führungszeugnis — Justizministerium von Utopien",
               ["Zentrales Strafregister, Justizplatz 1, Utopia City",
                "Aktenzeichen: SR-2026-000321 (Specimen)",
                "Das Zentrale Strafregister bescheinigt, dass im nationalen Strafregister",
                "eine Abfrage zu folgender Person durchgeführt wurde:",
                f"Familienname: {p.surname}", f"Vornamen: {p.given}",
                f"Geboren am {long_date(p.birth, 'de')}", nat_line(p, lang),
                f"Anschrift: {p.address}",
                "Ergebnis der Abfrage: KEINE EINTRAGUNG.",
                "Dieses Führungszeugnis wird auf Antrag der betroffenen Person für einen",
                "Antrag auf Arbeit und Aufenthalt in Belgien ausgestellt.",
                "Eine beeidigte Übersetzung ist nicht erforderlich.",
                f"Ausgestellt am {long_date(d, 'de')}",
                "Der Registerführer: A. Anderer (Unterschrift und Siegel, Specimen)"]),
    }[lang]
    return Doc("criminal_record", lang, t[0], t[1], t[2], p)


def c_diploma(lang, p, d=date(2014, 6, 30)):
    t = {
        "en": ("Diploma", "Master of Science in Computer Science",
               ["University of Utopia, Faculty of Sciences", "",
                "The Rector and the Senate of the University of Utopia hereby certify that",
                f"{p.full}", f"Date of birth: {slash(p.birth)}",
                "having completed the prescribed programme of 120 ECTS credits and passed",
                "all examinations, has been conferred the degree of",
                "Master of Science in Computer Science",
                "with distinction (cum laude).",
                "Major: data engineering and distributed systems.",
                "Thesis: Scalable processing of specimen records.",
                "Register number: UU-MSC-2014-0042 (specimen).",
                f"Given at Utopia City. Date of issue: {long_date(d, 'en')}",
                "The Rector                     The Dean                     The Graduate"]),
        "fr": ("Diplôme", "Master en sciences informatiques",
               ["Université d'Utopie — Faculté des sciences", "",
                "Le Recteur et le Conseil académique de l'Université d'Utopie attestent que",
                f"{p.full}", f"née le {slash(p.birth)} à Utopia City,",
                "ayant suivi le programme de 120 crédits ECTS et réussi toutes les",
                "épreuves, a obtenu le grade académique de",
                "Master en sciences informatiques, finalité spécialisée",
                "avec distinction.",
                "Orientation : ingénierie des données et systèmes distribués.",
                "Mémoire : Traitement à grande échelle de dossiers fictifs.",
                "Numéro d'enregistrement : UU-MA-2014-0042 (spécimen).",
                f"Délivré le {long_date(d, 'fr')} à Utopia City",
                "Le Recteur                     Le Doyen                     La diplômée"]),
        "nl": ("Diploma", "Master in de informatica",
               ["Universiteit van Utopia — Faculteit Wetenschappen", "",
                "De rector en de academische raad van de Universiteit van Utopia verklaren dat",
                f"{p.full}", f"geboren op {slash(p.birth)} te Utopia City,",
                "het opleidingsprogramma van 120 studiepunten met succes heeft voltooid",
                "en de academische graad heeft behaald van",
                "Master in de informatica",
                "met onderscheiding.",
                "Afstudeerrichting: data-engineering en gedistribueerde systemen.",
                "Masterproef: Schaalbare verwerking van fictieve dossiers.",
                "Registratienummer: UU-MA-2014-0042 (specimen).",
                f"Uitgereikt op {long_date(d, 'nl')} te Utopia City",
                "De rector                      De decaan                    De gediplomeerde"]),
        "de": ("Diplom", "Master der Wissenschaften in Informatik (Master of Science)",
               ["Universität Utopien — Naturwissenschaftliche Fakultät", "",
                "Rektor und Senat der Universität Utopien bescheinigen, dass",
                f"{p.full}", f"geboren am {dot(p.birth)} in Utopia City,",
                "das Studienprogramm mit 120 ECTS-Punkten abgeschlossen und alle Prüfungen",
                "bestanden hat. Ihr wird der akademische Grad verliehen:",
                "Master der Wissenschaften in Informatik",
                "mit Auszeichnung.",
                "Schwerpunkt: Datentechnik und verteilte Systeme.",
                "Masterarbeit: Skalierbare Verarbeitung fiktiver Akten.",
                "Registernummer: UU-MA-2014-0042 (Specimen).",
                f"Ausgestellt am {long_date(d, 'de')} in Utopia City",
                "Der Rektor                     Der Dekan                    Die Absolventin"]),
    }[lang]
    return Doc("diploma", lang, t[0], t[1], t[2], p)


IBAN_OE = "BE57 6792 0060 9235"
BIC_OE = "PCHQBEBB"


def c_fee_payment_proof(lang, p, d=date(2026, 10, 5)):
    message = f"{mrz_name(p.surname)} {p.given} {p.nationality} {dot(p.birth)}"
    t = {
        "en": ("Proof of payment — administrative fee",
               "Bank transfer confirmation — Specimen Bank of Belgium",
               ["Ordering party: Example Labs SRL, account BE00 0000 0000 0001",
                "Beneficiary: Immigration Office (FPS Home Affairs)",
                f"Beneficiary account (IBAN): {IBAN_OE}", f"BIC: {BIC_OE}",
                "Amount: EUR 148.00",
                f"Communication: {message}",
                "Purpose: administrative fee for a residence application of more than 90 days",
                "Transaction reference: SPB-2026-10-05-000777 (specimen)",
                "Status: executed",
                f"Execution date: {long_date(d, 'en')}",
                "Keep this confirmation with the application file.",
                f"Date: {long_date(d, 'en')}"]),
        "fr": ("Preuve de paiement — redevance",
               "Avis de virement — Banque Spécimen de Belgique",
               ["Donneur d'ordre : Exemple Solutions SA, compte BE00 0000 0000 0002",
                "Bénéficiaire : Office des étrangers (SPF Intérieur)",
                f"Compte du bénéficiaire (IBAN) : {IBAN_OE}", f"BIC : {BIC_OE}",
                "Montant : 148,00 EUR",
                f"Communication : {message}",
                "Objet : redevance pour une demande de séjour de plus de 90 jours",
                "Référence de l'opération : BSB-2026-000888 (spécimen)",
                "Statut : exécuté",
                "Conservez cet avis avec le dossier de demande.",
                f"Date de délivrance : {slash(d)}"]),
        "nl": ("Betalingsbewijs — retributie",
               "Bevestiging van overschrijving — Specimenbank van België",
               ["Opdrachtgever: Voorbeeld Technologies NV, rekening BE00 0000 0000 0003",
                "Begunstigde: Dienst Vreemdelingenzaken (FOD Binnenlandse Zaken)",
                f"Rekening begunstigde (IBAN): {IBAN_OE}", f"BIC: {BIC_OE}",
                "Bedrag: EUR 148,00",
                f"Mededeling: {message}",
                "Omschrijving: retributie voor een verblijfsaanvraag van meer dan 90 dagen",
                "Referentie van de verrichting: SBB-2026-000999 (specimen)",
                "Status: uitgevoerd",
                "Bewaar dit bewijs bij het aanvraagdossier.",
                f"Afgegeven op {long_date(d, 'nl')}"]),
        "de": ("Zahlungsnachweis — Gebühr",
               "Überweisungsbestätigung — Musterbank Belgien",
               ["Auftraggeber: Muster Industrie AG, Konto BE00 0000 0000 0004",
                "Empfänger: Ausländeramt (FÖD Inneres)",
                f"Konto des Empfängers (IBAN): {IBAN_OE}", f"BIC: {BIC_OE}",
                "Betrag: 148,00 EUR",
                f"Verwendungszweck: {message}",
                "Gegenstand: Gebühr für einen Aufenthaltsantrag von mehr als 90 Tagen",
                "Referenz der Überweisung: MBB-2026-000111 (Specimen)",
                "Status: ausgeführt",
                "Bewahren Sie diesen Nachweis bei der Antragsakte auf.",
                f"Ausgestellt am {dot(d)}"]),
    }[lang]
    return Doc("fee_payment_proof", lang, t[0], t[1], t[2], p)


def c_health_insurance(lang, p, d=date(2026, 9, 20)):
    t = {
        "en": ("Health insurance", "Certificate of cover — Specimen Mutual Insurance Company",
               [f"Insured person: {p.full}", f"Date of birth: {slash(p.birth)}",
                "Policy number: HI-2026-55501 (specimen)",
                "Cover: all medical risks in Belgium — general practice, specialists,",
                "hospitalisation, medicines and emergency care, without exclusion.",
                "Annual ceiling: unlimited for hospitalisation; no waiting period.",
                "Start of cover: on arrival in Belgium, for the whole duration of the stay.",
                "Premium: paid by the employer, Example Labs SRL.",
                "The insurer confirms that the cover meets the requirements of",
                "the Law of 15 December 1980 for a stay of more than three months.",
                "Specimen Mutual, 9 Policy Street, 1000 Brussels.",
                f"Date of issue: {long_date(d, 'en')}"]),
        "fr": ("Assurance maladie", "Attestation de couverture — Mutualité Spécimen",
               [f"Assurée : {p.full}", f"Née le {slash(p.birth)}",
                "Police d'assurance n° AM-2026-55502 (spécimen)",
                "Couverture : tous les risques en Belgique — soins ambulatoires, spécialistes,",
                "hospitalisation, médicaments et urgences, sans exclusion.",
                "Plafond annuel : illimité en hospitalisation ; pas de stage d'attente.",
                "Prise d'effet : dès l'arrivée en Belgique, pour toute la durée du séjour.",
                "Prime : à charge de l'employeur Exemple Solutions SA.",
                "L'assureur confirme que la couverture répond aux exigences de",
                "la loi du 15 décembre 1980 pour un séjour de plus de trois mois.",
                "Mutualité Spécimen, Rue de la Police 9, 1000 Bruxelles.",
                f"Délivré le {long_date(d, 'fr')}"]),
        "nl": ("Ziektekostenverzekering", "Attest van dekking — Specimen Ziekenfonds",
               [f"Verzekerde: {p.full}", f"Geboren op {slash(p.birth)}",
                "Polisnummer: ZV-2026-55503 (specimen)",
                "Dekking: alle risico's in België — huisarts, specialisten,",
                "ziekenhuisopname, geneesmiddelen en spoedzorg, zonder uitsluiting.",
                "Jaarlijks plafond: onbeperkt bij ziekenhuisopname; geen wachttijd.",
                "Aanvang: bij aankomst in België, voor de volledige duur van het verblijf.",
                "Premie: ten laste van de werkgever Voorbeeld Technologies NV.",
                "De verzekeraar bevestigt dat de dekking voldoet aan de vereisten van",
                "de wet van 15 december 1980 voor een verblijf van meer dan drie maanden.",
                "Specimen Ziekenfonds, Polisstraat 9, 9000 Gent.",
                f"Afgegeven op {long_date(d, 'nl')}"]),
        "de": ("Krankenversicherung", "Versicherungsbestätigung — Muster Krankenkasse",
               [f"Versicherte: {p.full}", f"Geboren am {dot(p.birth)}",
                "Versicherungsschein Nr. KV-2026-55504 (Specimen)",
                "Deckung: alle Krankheitsrisiken in Belgien — ambulante Behandlung, Fachärzte,",
                "Krankenhausaufenthalt, Arzneimittel und Notfälle, ohne Ausschluss.",
                "Jahreshöchstbetrag: unbegrenzt bei Krankenhausaufenthalt; keine Wartezeit.",
                "Beginn: mit der Ankunft in Belgien, für die gesamte Dauer des Aufenthalts.",
                "Beitrag: wird vom Arbeitgeber Muster Industrie AG getragen.",
                "Die Versicherung bestätigt, dass die Deckung den Anforderungen des",
                "Gesetzes vom 15. Dezember 1980 für einen Aufenthalt von mehr als drei Monaten entspricht.",
                "Muster Krankenkasse, Versicherungsweg 9, 4700 Eupen.",
                f"Ausgestellt am {long_date(d, 'de')}"]),
    }[lang]
    return Doc("health_insurance", lang, t[0], t[1], t[2], p)


def c_hosting_agreement(lang, p, d=date(2026, 9, 10)):
    t = {
        "en": ("Hosting agreement", "Hosting agreement between a research organisation and a researcher",
               ["Research organisation: Specimen Institute of Technology, approved by the",
                "Brussels-Capital Region, Research Lane 3, 1050 Brussels.",
                f"Researcher: {p.full}, born on {slash(p.birth)}, {p.nationality_name['en']} national.",
                "Research project: Reliable text recognition for multilingual records.",
                "Duration of the project: 36 months from the arrival of the researcher.",
                "Legal relationship: the researcher will be hosted as a postdoctoral fellow.",
                "Monthly resources: EUR 3,950 gross, sufficient to cover the stay.",
                "Working conditions: 38 hours per week, 20 days of annual leave.",
                "The organisation accepts responsibility for the costs of stay and return",
                "if the researcher remains illegally, as provided by the law.",
                "The researcher undertakes to carry out the project described above.",
                f"Done at Brussels. Date of issue: {long_date(d, 'en')}",
                "For the research organisation              The researcher"]),
        "fr": ("Convention d'accueil", "Convention d'accueil entre un organisme de recherche et un chercheur",
               ["Organisme de recherche : Institut Spécimen de Technologie, agréé par la",
                "Région de Bruxelles-Capitale, Rue de la Recherche 3, 1050 Bruxelles.",
                f"Chercheuse : {p.full}, née le {slash(p.birth)}, de nationalité {p.nationality_name['fr-adj']}.",
                "Projet de recherche : reconnaissance fiable de textes multilingues.",
                "Durée du projet : 36 mois à compter de l'arrivée de la chercheuse.",
                "Relation juridique : accueil en qualité de chercheuse postdoctorale.",
                "Ressources mensuelles : 3 950 EUR bruts, suffisantes pour le séjour.",
                "Conditions de travail : 38 heures par semaine, 20 jours de congé annuel.",
                "L'organisme prend en charge les frais de séjour et de retour",
                "si la chercheuse demeure illégalement sur le territoire.",
                "La chercheuse s'engage à réaliser le projet décrit ci-dessus.",
                f"Fait à Bruxelles, le {long_date(d, 'fr')}",
                "Pour l'organisme de recherche               La chercheuse"]),
        "nl": ("Gastovereenkomst", "Gastovereenkomst tussen een onderzoeksinstelling en een onderzoeker",
               ["Onderzoeksinstelling: Specimen Instituut voor Technologie, erkend door het",
                "Vlaamse Gewest, Onderzoekslaan 3, 3000 Leuven.",
                f"Onderzoeker: {p.full}, geboren op {slash(p.birth)}, nationaliteit {p.nationality_name['nl']}.",
                "Onderzoeksproject: betrouwbare tekstherkenning voor meertalige dossiers.",
                "Duur van het project: 36 maanden vanaf de aankomst van de onderzoeker.",
                "Rechtsverhouding: de onderzoeker wordt onthaald als postdoctoraal onderzoeker.",
                "Maandelijkse middelen: EUR 3.950 bruto, voldoende voor het verblijf.",
                "Arbeidsvoorwaarden: 38 uur per week, 20 dagen jaarlijkse vakantie.",
                "De instelling neemt de kosten van verblijf en terugkeer ten laste",
                "indien de onderzoeker illegaal op het grondgebied blijft.",
                "De onderzoeker verbindt zich ertoe het beschreven project uit te voeren.",
                f"Opgemaakt te Leuven op {long_date(d, 'nl')}",
                "Voor de onderzoeksinstelling                De onderzoeker"]),
        "de": ("Aufnahmevereinbarung", "Aufnahmevereinbarung zwischen einer Forschungseinrichtung und einer Forscherin",
               ["Forschungseinrichtung: Muster-Institut für Technologie, anerkannt von der",
                "Deutschsprachigen Gemeinschaft, Forschungsweg 3, 4700 Eupen.",
                f"Forscherin: {p.full}, geboren am {dot(p.birth)}, {p.nationality_name['de']}.",
                "Forschungsprojekt: Zuverlässige Texterkennung für mehrsprachige Akten.",
                "Dauer des Projekts: 36 Monate ab Ankunft der Forscherin.",
                "Rechtsverhältnis: Aufnahme als Postdoktorandin.",
                "Monatliche Mittel: 3.950 EUR brutto, ausreichend für den Aufenthalt.",
                "Arbeitsbedingungen: 38 Stunden pro Woche, 20 Tage Jahresurlaub.",
                "Die Einrichtung übernimmt die Kosten für Aufenthalt und Rückkehr,",
                "falls die Forscherin sich illegal im Staatsgebiet aufhält.",
                "Die Forscherin verpflichtet sich, das beschriebene Projekt durchzuführen.",
                f"Ausgestellt in Eupen am {long_date(d, 'de')}",
                "Für die Forschungseinrichtung               Die Forscherin"]),
    }[lang]
    return Doc("hosting_agreement", lang, t[0], t[1], t[2], p)


def c_assignment_letter(lang, p, d=date(2026, 8, 25)):
    t = {
        "en": ("Assignment letter", "Intra-corporate transfer to the Belgian entity of the Example group",
               ["Sending entity: Example Group Utopia Ltd, 5 Harbour Road, Utopia City",
                "Host entity in Belgium: Example Labs SRL, Sample Avenue 40, 4000 Liège",
                f"Transferee: {p.full}, born on {slash(p.birth)}, {p.nationality_name['en']} national.",
                "Category: specialist — data platform architecture.",
                "Duration of the assignment: 24 months, within the three-year maximum.",
                "Tasks in Belgium: design and migration of the group's data platform.",
                "Remuneration during the assignment: EUR 5,100 gross per month,",
                "paid by the sending entity, with Belgian wage conditions guaranteed.",
                "At the end of the assignment the transferee returns to the sending entity",
                "in Utopia, which keeps the position open.",
                "Travel and housing costs are borne by the group.",
                f"Utopia City. Date of issue: {long_date(d, 'en')}",
                "For the sending entity: R. Sample, Head of Global Mobility (specimen)"]),
        "fr": ("Lettre de détachement", "Transfert temporaire intragroupe vers l'entité belge du groupe Exemple",
               ["Entité d'origine : Groupe Exemple Utopie SA, Route du Port 5, Utopia City",
                "Entité d'accueil en Belgique : Exemple Solutions SA, Avenue du Spécimen 20, 1000 Bruxelles",
                f"Personne transférée : {p.full}, née le {slash(p.birth)}, de nationalité {p.nationality_name['fr-adj']}.",
                "Catégorie : experte — architecture de plateformes de données.",
                "Durée du détachement : 24 mois, dans la limite de trois ans.",
                "Missions en Belgique : conception et migration de la plateforme de données.",
                "Rémunération pendant le détachement : 5 100 EUR bruts par mois,",
                "versée par l'entité d'origine, conditions salariales belges garanties.",
                "À l'issue du détachement, la personne transférée retourne dans l'entité",
                "d'origine en Utopie, qui lui garde son poste.",
                "Les frais de voyage et de logement sont à charge du groupe.",
                f"Fait à Utopia City, le {long_date(d, 'fr')}",
                "Pour l'entité d'origine : R. Exemple, responsable mobilité (spécimen)"]),
        "nl": ("Detacheringsbrief", "Overplaatsing binnen een onderneming naar de Belgische vestiging",
               ["Zendende entiteit: Voorbeeld Groep Utopia NV, Havenweg 5, Utopia City",
                "Ontvangende entiteit in België: Voorbeeld Technologies NV, Specimenlaan 10, 9000 Gent",
                f"Overgeplaatste persoon: {p.full}, geboren op {slash(p.birth)}, nationaliteit {p.nationality_name['nl']}.",
                "Categorie: specialist — architectuur van dataplatformen.",
                "Duur van de detachering: 24 maanden, binnen het maximum van drie jaar.",
                "Taken in België: ontwerp en migratie van het dataplatform.",
                "Loon tijdens de detachering: EUR 5.100 bruto per maand,",
                "betaald door de zendende entiteit, Belgische loonvoorwaarden gewaarborgd.",
                "Na afloop van de detachering keert de overgeplaatste persoon terug naar",
                "de zendende entiteit in Utopia, die de functie openhoudt.",
                "Reis- en huisvestingskosten worden door de groep gedragen.",
                f"Opgemaakt te Utopia City op {long_date(d, 'nl')}",
                "Voor de zendende entiteit: R. Voorbeeld, hoofd mobiliteit (specimen)"]),
        "de": ("Entsendungsschreiben", "Unternehmensinterner Transfer zur belgischen Niederlassung der Mustergruppe",
               ["Entsendende Einheit: Mustergruppe Utopien AG, Hafenweg 5, Utopia City",
                "Aufnehmende Einheit in Belgien: Muster Industrie AG, Beispielstraße 30, 4700 Eupen",
                f"Transferierte Person: {p.full}, geboren am {dot(p.birth)}, {p.nationality_name['de']}.",
                "Kategorie: Spezialistin — Architektur von Datenplattformen.",
                "Dauer der Entsendung: 24 Monate, innerhalb der Höchstdauer von drei Jahren.",
                "Aufgaben in Belgien: Entwurf und Migration der Datenplattform.",
                "Vergütung während der Entsendung: 5.100 EUR brutto pro Monat,",
                "gezahlt von der entsendenden Einheit, belgische Lohnbedingungen garantiert.",
                "Nach Ende der Entsendung kehrt die transferierte Person zur entsendenden",
                "Einheit in Utopien zurück, die ihre Stelle freihält.",
                "Reise- und Wohnkosten trägt die Gruppe.",
                f"Ausgestellt in Utopia City am {long_date(d, 'de')}",
                "Für die entsendende Einheit: R. Muster, Leiter Mobilität (Specimen)"]),
    }[lang]
    return Doc("assignment_letter", lang, t[0], t[1], t[2], p)


def c_group_employment_proof(lang, p, d=date(2026, 8, 20)):
    t = {
        "en": ("Attestation of employment within the group", "Example Group Utopia Ltd — Human Resources",
               ["5 Harbour Road, Utopia City, Utopia", "",
                "We hereby certify that",
                f"{p.full}, born on {slash(p.birth)}, {p.nationality_name['en']} national,",
                "has been employed by Example Group Utopia Ltd, a member of the Example group,",
                "since 1 March 2019, without interruption, in the position of",
                "senior data engineer, full time.",
                "The Example group also comprises Example Labs SRL in Belgium,",
                "controlled 100% by Example Group Utopia Ltd.",
                "Current gross monthly remuneration: EUR 4,700.",
                "This attestation is issued at the request of the staff member.",
                f"Date of issue: {slash(d)}",
                "M. Sample, Human Resources Director (specimen signature)"]),
        "fr": ("Attestation d'emploi au sein du groupe", "Groupe Exemple Utopie SA — Ressources humaines",
               ["Route du Port 5, Utopia City, Utopie", "",
                "Nous certifions par la présente que",
                f"{p.full}, née le {slash(p.birth)}, de nationalité {p.nationality_name['fr-adj']},",
                "est occupée par Groupe Exemple Utopie SA, société du groupe Exemple,",
                "depuis le 1er mars 2019, sans interruption, en qualité",
                "d'ingénieure de données senior, à temps plein.",
                "Le groupe Exemple comprend également Exemple Solutions SA en Belgique,",
                "détenue à 100 % par Groupe Exemple Utopie SA.",
                "Rémunération mensuelle brute actuelle : 4 700 EUR.",
                "La présente attestation est délivrée à la demande de l'intéressée.",
                f"Délivré le {long_date(d, 'fr')}",
                "M. Exemple, directrice des ressources humaines (signature, spécimen)"]),
        "nl": ("Tewerkstellingsattest binnen de groep", "Voorbeeld Groep Utopia NV — Personeelsdienst",
               ["Havenweg 5, Utopia City, Utopia", "",
                "Wij verklaren hierbij dat",
                f"{p.full}, geboren op {slash(p.birth)}, nationaliteit {p.nationality_name['nl']},",
                "sinds 1 maart 2019 ononderbroken tewerkgesteld is bij Voorbeeld Groep Utopia NV,",
                "een vennootschap van de Voorbeeld-groep, in de functie van",
                "senior data-ingenieur, voltijds.",
                "De Voorbeeld-groep omvat ook Voorbeeld Technologies NV in België,",
                "voor 100% in handen van Voorbeeld Groep Utopia NV.",
                "Huidig bruto maandloon: EUR 4.700.",
                "Dit attest wordt afgeleverd op verzoek van de betrokkene.",
                f"Afgegeven op {long_date(d, 'nl')}",
                "M. Voorbeeld, directeur personeelszaken (handtekening, specimen)"]),
        "de": ("Beschäftigungsnachweis innerhalb der Unternehmensgruppe", "Mustergruppe Utopien AG — Personalabteilung",
               ["Hafenweg 5, Utopia City, Utopien", "",
                "Hiermit bescheinigen wir, dass",
                f"{p.full}, geboren am {dot(p.birth)}, {p.nationality_name['de']},",
                "seit dem 1. März 2019 ununterbrochen bei der Mustergruppe Utopien AG,",
                "einem Unternehmen der Mustergruppe, als Dateningenieurin in Vollzeit",
                "beschäftigt ist.",
                "Zur Mustergruppe gehört auch die Muster Industrie AG in Belgien,",
                "die zu 100 % von der Mustergruppe Utopien AG gehalten wird.",
                "Aktuelles Bruttomonatsgehalt: 4.700 EUR.",
                "Dieser Nachweis wird auf Wunsch der betroffenen Person ausgestellt.",
                f"Ausgestellt am {dot(d)}",
                "M. Muster, Personalleiterin (Unterschrift, Specimen)"]),
    }[lang]
    return Doc("group_employment_proof", lang, t[0], t[1], t[2], p)


def c_residence_permit(lang, p, d=date(2025, 4, 1)):
    until = date(2027, 3, 31)
    t = {
        "en": ("Residence permit", "Kingdom of Belgium — electronic card A (limited stay), copy of both sides",
               ["Card number: B 000000000 (specimen)",
                f"Surname: {p.surname}", f"Given names: {p.given}",
                f"Date of birth: {slash(p.birth)}", f"Sex: {p.sex}", nat_line(p, lang),
                "Type of permit: temporary stay — single permit",
                "Remarks: labour market access limited to the employer named on the permit",
                "Municipality of residence: City of Specimen, 2000 Antwerp",
                f"Date of issue: {long_date(d, 'en')}",
                f"Valid until: {long_date(until, 'en')}",
                "Reverse: IDBEL000000000<<<<<<<<<<<<<<< (specimen, no real data)"]),
        "fr": ("Titre de séjour", "Royaume de Belgique — carte électronique A (séjour limité), copie recto verso",
               ["Numéro de carte : B 000000000 (spécimen)",
                f"Nom : {p.surname}", f"Prénoms : {p.given}",
                f"Né(e) le {slash(p.birth)}", f"Sexe : {p.sex}", nat_line(p, lang),
                "Nature du titre : séjour temporaire — permis unique",
                "Remarques : accès au marché du travail limité à l'employeur indiqué",
                "Commune de résidence : Ville de Spécimen, 1000 Bruxelles",
                f"Délivré le {long_date(d, 'fr')}",
                f"Valable jusqu'au {long_date(until, 'fr')}",
                "Verso : IDBEL000000000<<<<<<<<<<<<<<< (spécimen, aucune donnée réelle)"]),
        "nl": ("Verblijfsvergunning", "Koninkrijk België — elektronische kaart A (beperkt verblijf), kopie voor- en achterzijde",
               ["Kaartnummer: B 000000000 (specimen)",
                f"Naam: {p.surname}", f"Voornamen: {p.given}",
                f"Geboren op {slash(p.birth)}", f"Geslacht: {p.sex}", nat_line(p, lang),
                "Soort vergunning: tijdelijk verblijf — gecombineerde vergunning",
                "Opmerkingen: toegang tot de arbeidsmarkt beperkt tot de vermelde werkgever",
                "Gemeente van verblijf: Stad Specimen, 2000 Antwerpen",
                f"Afgegeven op {long_date(d, 'nl')}",
                f"Geldig tot {long_date(until, 'nl')}",
                "Achterzijde: IDBEL000000000<<<<<<<<<<<<<<< (specimen, geen echte gegevens)"]),
        "de": ("Aufenthaltstitel", "Königreich Belgien — elektronische Karte A (begrenzter Aufenthalt), Kopie beider Seiten",
               ["Kartennummer: B 000000000 (Specimen)",
                f"Familienname: {p.surname}", f"Vornamen: {p.given}",
                f"Geboren am {dot(p.birth)}", f"Geschlecht: {p.sex}", nat_line(p, lang),
                "Art des Titels: befristeter Aufenthalt — kombinierte Erlaubnis",
                "Bemerkungen: Zugang zum Arbeitsmarkt auf den genannten Arbeitgeber beschränkt",
                "Wohnsitzgemeinde: Stadt Specimen, 4700 Eupen",
                f"Ausgestellt am {long_date(d, 'de')}",
                f"Gültig bis {long_date(until, 'de')}",
                "Rückseite: IDBEL000000000<<<<<<<<<<<<<<< (Specimen, keine echten Daten)"]),
    }[lang]
    return Doc("residence_permit", lang, t[0], t[1], t[2], p)


def c_payslip(lang, p, d=date(2026, 10, 31)):
    t = {
        "en": ("Payslip", "Monthly pay statement — October 2026",
               ["Employer: Example Labs SRL, Sample Avenue 40, 4000 Liège",
                f"Worker: {p.full}, staff number 000123 (specimen)",
                "Position: senior data engineer, full time",
                "Gross pay: EUR 4,866.67",
                "Social security contribution (13.07%): EUR -636.07",
                "Taxable pay: EUR 4,230.60",
                "Withholding tax: EUR -1,146.49",
                "Special social security contribution: EUR -51.64",
                "Net pay: EUR 3,032.47",
                "Meal vouchers: 21 x EUR 8.00",
                "Paid by transfer to BE00 0000 0000 0005 (specimen).",
                f"Date of issue: {long_date(d, 'en')}"]),
        "fr": ("Fiche de paie", "Décompte mensuel de rémunération — octobre 2026",
               ["Employeur : Exemple Solutions SA, Avenue du Spécimen 20, 1000 Bruxelles",
                f"Travailleuse : {p.full}, matricule 000124 (spécimen)",
                "Fonction : ingénieure de données, temps plein",
                "Salaire brut : 4 866,67 EUR",
                "Cotisation ONSS (13,07 %) : -636,07 EUR",
                "Imposable : 4 230,60 EUR",
                "Précompte professionnel : -1 146,49 EUR",
                "Cotisation spéciale de sécurité sociale : -51,64 EUR",
                "Salaire net : 3 032,47 EUR",
                "Chèques-repas : 21 x 8,00 EUR",
                "Payé par transfert au compte BE00 0000 0000 0006 (spécimen).",
                f"Délivré le {slash(d)}"]),
        "nl": ("Loonbrief", "Maandelijkse loonafrekening — oktober 2026",
               ["Werkgever: Voorbeeld Technologies NV, Specimenlaan 10, 9000 Gent",
                f"Werknemer: {p.full}, personeelsnummer 000125 (specimen)",
                "Functie: senior data-ingenieur, voltijds",
                "Brutoloon: EUR 4.866,67",
                "RSZ-bijdrage (13,07%): EUR -636,07",
                "Belastbaar loon: EUR 4.230,60",
                "Bedrijfsvoorheffing: EUR -1.146,49",
                "Bijzondere bijdrage sociale zekerheid: EUR -51,64",
                "Nettoloon: EUR 3.032,47",
                "Maaltijdcheques: 21 x EUR 8,00",
                "Betaald op rekening BE00 0000 0000 0007 (specimen).",
                f"Afgegeven op {long_date(d, 'nl')}"]),
        "de": ("Lohnabrechnung", "Monatliche Gehaltsabrechnung — Oktober 2026",
               ["Arbeitgeber: Muster Industrie AG, Beispielstraße 30, 4700 Eupen",
                f"Mitarbeiterin: {p.full}, Personalnummer 000126 (Specimen)",
                "Funktion: Dateningenieurin, Vollzeit",
                "Bruttolohn: 4.866,67 EUR",
                "LSS-Beitrag Sozialversicherung (13,07 %): -636,07 EUR",
                "Steuerpflichtiger Lohn: 4.230,60 EUR",
                "Berufssteuervorabzug: -1.146,49 EUR",
                "Sonderbeitrag soziale Sicherheit: -51,64 EUR",
                "Nettolohn: 3.032,47 EUR",
                "Mahlzeitschecks: 21 x 8,00 EUR",
                "Überwiesen auf das Konto BE00 0000 0000 0008 (Specimen).",
                f"Ausgestellt am {dot(d)}"]),
    }[lang]
    return Doc("payslip", lang, t[0], t[1], t[2], p)


def c_vacancy_proof(lang, p, d=date(2026, 6, 1)):
    t = {
        "en": ("Job vacancy", "Published on EURES and Actiris — proof of publication",
               ["Vacancy reference: ACT-2026-004455 (specimen)",
                "Employer: Example Labs SRL, Sample Avenue 40, 4000 Liège",
                "Job title: data engineer (m/f/x)",
                "Place of work: Liège and Brussels",
                "Tasks: build and maintain data pipelines; support analysts.",
                "Profile: three years of experience with Python and SQL;",
                "good knowledge of English, French is an asset.",
                "Offer: full time, 38 hours per week, gross monthly salary EUR 4,500.",
                "Publication period: 9 weeks on EURES and Actiris.",
                "Applications received: 4; none matched the profile.",
                "This printout was generated by the publication service.",
                f"Date of issue: {long_date(d, 'en')}"]),
        "fr": ("Offre d'emploi", "Publiée sur Actiris et Forem — preuve de publication",
               ["Référence de l'offre : FOR-2026-004456 (spécimen)",
                "Employeur : Exemple Solutions SA, Avenue du Spécimen 20, 1000 Bruxelles",
                "Intitulé : ingénieur de données (h/f/x)",
                "Lieu de travail : Bruxelles",
                "Tâches : développer et maintenir des flux de données ; appui aux analystes.",
                "Profil : trois ans d'expérience en Python et SQL ;",
                "bonne connaissance du français, l'anglais est un atout.",
                "Offre : temps plein, 38 heures par semaine, salaire mensuel brut 4 500 EUR.",
                "Période de publication : 5 semaines sur Actiris, 9 semaines sur le Forem.",
                "Candidatures reçues : 3 ; aucune ne correspondait au profil.",
                "Cet extrait a été produit par le service de publication.",
                f"Délivré le {long_date(d, 'fr')}"]),
        "nl": ("Vacature", "Gepubliceerd op VDAB en EURES — bewijs van publicatie",
               ["Referentie van de vacature: VDAB-2026-004457 (specimen)",
                "Werkgever: Voorbeeld Technologies NV, Specimenlaan 10, 9000 Gent",
                "Functietitel: data-ingenieur (m/v/x)",
                "Plaats van tewerkstelling: Gent",
                "Taken: datastromen bouwen en onderhouden; analisten ondersteunen.",
                "Profiel: drie jaar ervaring met Python en SQL;",
                "goede kennis van het Nederlands, Engels is een troef.",
                "Aanbod: voltijds, 38 uur per week, bruto maandloon EUR 4.500.",
                "Publicatieperiode: 9 weken op VDAB en EURES.",
                "Ontvangen sollicitaties: 5; geen enkele beantwoordde aan het profiel.",
                "Deze afdruk werd aangemaakt door de publicatiedienst.",
                f"Afgegeven op {slash(d)}"]),
        "de": ("Stellenangebot", "Veröffentlicht beim Arbeitsamt der DG und auf EURES — Nachweis",
               ["Referenz des Angebots: ADG-2026-004458 (Specimen)",
                "Arbeitgeber: Muster Industrie AG, Beispielstraße 30, 4700 Eupen",
                "Stellenbezeichnung: Dateningenieur (m/w/d)",
                "Arbeitsort: Eupen",
                "Aufgaben: Datenflüsse aufbauen und pflegen; Analysten unterstützen.",
                "Profil: drei Jahre Erfahrung mit Python und SQL;",
                "gute Deutschkenntnisse, Französisch ist von Vorteil.",
                "Angebot: Vollzeit, 38 Stunden pro Woche, Bruttomonatsgehalt 4.500 EUR.",
                "Veröffentlichungszeitraum: 9 Wochen beim Arbeitsamt der DG und auf EURES.",
                "Eingegangene Bewerbungen: 2; keine entsprach dem Profil.",
                "Dieser Ausdruck wurde vom Veröffentlichungsdienst erstellt.",
                f"Ausgestellt am {dot(d)}"]),
    }[lang]
    return Doc("vacancy_proof", lang, t[0], t[1], t[2], p)


def c_order_to_leave(lang, p, d=date(2026, 8, 20)):
    t = {
        "en": ("Annex 13 — Order to leave the territory", "Immigration Office — translation for information",
               ["In execution of the decision of the Minister responsible for access to the",
                "territory, stay, settlement and removal of foreign nationals,",
                f"Ms {p.full}, born on {slash(p.birth)}, {p.nationality_name['en']} national,",
                "is ordered to leave the territory of Belgium and of the States applying",
                "the Schengen acquis in full, within 30 days of notification.",
                "Reason: the person stays in the Kingdom beyond the authorised period",
                "(Article 7, first paragraph, 2° of the Law of 15 December 1980).",
                "An appeal may be lodged with the Council for Alien Law Litigation",
                "within 30 days of notification.",
                "File number: 0.000.000 (specimen)",
                f"Date of issue: {long_date(d, 'en')}",
                "Notified to the person concerned, who received a copy."]),
        "fr": ("Annexe 13 — Ordre de quitter le territoire", "Office des étrangers",
               ["En exécution de la décision du Ministre qui a l'accès au territoire,",
                "le séjour, l'établissement et l'éloignement des étrangers dans ses attributions,",
                f"il est enjoint à Madame {p.full}, née le {slash(p.birth)},",
                f"de nationalité {p.nationality_name['fr-adj']},",
                "de quitter le territoire de la Belgique et des États qui appliquent",
                "entièrement l'acquis de Schengen, dans les 30 jours de la notification.",
                "Motif : l'intéressée demeure dans le Royaume au-delà du délai autorisé",
                "(article 7, alinéa 1er, 2° de la loi du 15 décembre 1980).",
                "Un recours peut être introduit auprès du Conseil du contentieux des",
                "étrangers dans les 30 jours de la notification.",
                "Numéro de dossier : 0.000.000 (spécimen)",
                f"Délivré le {long_date(d, 'fr')}",
                "Notifié à l'intéressée, qui en a reçu une copie."]),
        "nl": ("Bijlage 13 — Bevel om het grondgebied te verlaten", "Dienst Vreemdelingenzaken",
               ["In uitvoering van de beslissing van de minister bevoegd voor de toegang tot",
                "het grondgebied, het verblijf, de vestiging en de verwijdering van vreemdelingen,",
                f"wordt aan mevrouw {p.full}, geboren op {slash(p.birth)},",
                f"nationaliteit {p.nationality_name['nl']},",
                "het bevel gegeven het grondgebied van België en van de Staten die het",
                "Schengenacquis volledig toepassen te verlaten binnen 30 dagen na de kennisgeving.",
                "Reden: betrokkene verblijft in het Rijk langer dan de toegestane termijn",
                "(artikel 7, eerste lid, 2° van de wet van 15 december 1980).",
                "Tegen deze beslissing kan beroep worden ingesteld bij de Raad voor",
                "Vreemdelingenbetwistingen binnen 30 dagen na de kennisgeving.",
                "Dossiernummer: 0.000.000 (specimen)",
                f"Afgegeven op {long_date(d, 'nl')}",
                "Ter kennis gebracht van betrokkene, die een afschrift ontving."]),
        "de": ("Anlage 13 — Anweisung, das Staatsgebiet zu verlassen", "Ausländeramt",
               ["In Ausführung des Beschlusses des für die Einreise ins Staatsgebiet, den",
                "Aufenthalt, die Niederlassung und das Entfernen von Ausländern zuständigen Ministers",
                f"wird Frau {p.full}, geboren am {dot(p.birth)},",
                f"Staatsangehörigkeit: {p.nationality_name['de']},",
                "angewiesen, das Staatsgebiet Belgiens und der Staaten, die den",
                "Schengen-Besitzstand vollständig anwenden, binnen 30 Tagen zu verlassen.",
                "Grund: Die Betroffene hält sich über die erlaubte Frist hinaus im Königreich auf",
                "(Artikel 7 Absatz 1 Nummer 2 des Gesetzes vom 15. Dezember 1980).",
                "Gegen diesen Beschluss kann binnen 30 Tagen nach der Notifizierung",
                "Beschwerde beim Rat für Ausländerstreitsachen eingelegt werden.",
                "Aktenzeichen: 0.000.000 (Specimen)",
                f"Ausgestellt am {dot(d)}",
                "Der Betroffenen notifiziert, die eine Abschrift erhalten hat."]),
    }[lang]
    return Doc("order_to_leave", lang, t[0], t[1], t[2], p)


def c_entry_ban(lang, p, d=date(2026, 8, 20)):
    t = {
        "en": ("Annex 13sexies — Entry ban", "Immigration Office — translation for information",
               [f"Ms {p.full}, born on {slash(p.birth)}, {p.nationality_name['en']} national,",
                "is prohibited from entering the territory of Belgium and of the States",
                "applying the Schengen acquis in full, for a period of 3 years.",
                "Legal basis: Article 74/11 of the Law of 15 December 1980.",
                "The ban accompanies a removal decision notified on the same day.",
                "Reason: the obligation to return was not complied with in time.",
                "Suspension or lifting may be requested from abroad after two thirds",
                "of the duration of the ban have passed.",
                "An appeal may be lodged with the Council for Alien Law Litigation",
                "within 30 days of notification.",
                "File number: 0.000.000 (specimen)",
                f"Date of issue: {long_date(d, 'en')}"]),
        "fr": ("Annexe 13sexies — Interdiction d'entrée", "Office des étrangers",
               [f"Il est interdit à Madame {p.full}, née le {slash(p.birth)},",
                f"de nationalité {p.nationality_name['fr-adj']},",
                "d'entrer sur le territoire de la Belgique et des États qui appliquent",
                "entièrement l'acquis de Schengen, pendant une durée de 3 ans.",
                "Base légale : article 74/11 de la loi du 15 décembre 1980.",
                "Cette décision accompagne une mesure d'éloignement notifiée le même jour.",
                "Motif : l'obligation de retour n'a pas été remplie dans le délai imparti.",
                "La suspension ou la levée peut être demandée depuis l'étranger après",
                "l'écoulement des deux tiers de la durée de l'interdiction.",
                "Un recours peut être introduit auprès du Conseil du contentieux des",
                "étrangers dans les 30 jours de la notification.",
                "Numéro de dossier : 0.000.000 (spécimen)",
                f"Délivré le {long_date(d, 'fr')}"]),
        "nl": ("Bijlage 13sexies — Inreisverbod", "Dienst Vreemdelingenzaken",
               [f"Aan mevrouw {p.full}, geboren op {slash(p.birth)},",
                f"nationaliteit {p.nationality_name['nl']},",
                "wordt de toegang tot het grondgebied van België en van de Staten die het",
                "Schengenacquis volledig toepassen verboden voor een duur van 3 jaar.",
                "Rechtsgrond: artikel 74/11 van de wet van 15 december 1980.",
                "Dit verbod gaat samen met een verwijderingsmaatregel, dezelfde dag betekend.",
                "Reden: de terugkeerverplichting werd niet tijdig nageleefd.",
                "Opschorting of opheffing kan vanuit het buitenland worden gevraagd na",
                "verloop van twee derde van de duur van het verbod.",
                "Tegen deze beslissing kan beroep worden ingesteld bij de Raad voor",
                "Vreemdelingenbetwistingen binnen 30 dagen na de kennisgeving.",
                "Dossiernummer: 0.000.000 (specimen)",
                f"Afgegeven op {slash(d)}"]),
        "de": ("Anlage 13sexies — Einreiseverbot", "Ausländeramt",
               [f"Frau {p.full}, geboren am {dot(p.birth)},",
                f"Staatsangehörigkeit: {p.nationality_name['de']},",
                "wird die Einreise in das Staatsgebiet Belgiens und der Staaten, die den",
                "Schengen-Besitzstand vollständig anwenden, für 3 Jahre untersagt.",
                "Rechtsgrundlage: Artikel 74/11 des Gesetzes vom 15. Dezember 1980.",
                "Dieses Verbot begleitet eine am selben Tag notifizierte Entfernungsmaßnahme.",
                "Grund: Der Rückkehrpflicht wurde nicht fristgerecht nachgekommen.",
                "Die Aussetzung oder Aufhebung kann nach Ablauf von zwei Dritteln der",
                "Dauer des Verbots vom Ausland aus beantragt werden.",
                "Gegen diesen Beschluss kann binnen 30 Tagen nach der Notifizierung",
                "Beschwerde beim Rat für Ausländerstreitsachen eingelegt werden.",
                "Aktenzeichen: 0.000.000 (Specimen)",
                f"Ausgestellt am {long_date(d, 'de')}"]),
    }[lang]
    return Doc("entry_ban", lang, t[0], t[1], t[2], p)


# Passport data page: labels in the document language and English (French for English),
# each label on the same line as its value.
PASSPORT_LABELS = {
    "en": {"title": "Passport — data page (copy)", "state": "UTOPIA — PASSPORT / PASSEPORT",
           "type": "Type / Type", "code": "Code / Code", "no": "Passport No. / No. du passeport",
           "surname": "Surname / Nom", "given": "Given names / Prénoms", "nat": "Nationality / Nationalité",
           "birth": "Date of birth / Date de naissance", "sex": "Sex / Sexe",
           "place": "Place of birth / Lieu de naissance", "issue": "Date of issue / Date de délivrance",
           "expiry": "Date of expiry / Date d'expiration", "authority": "Authority / Autorité"},
    "fr": {"title": "Passeport — page de données (copie)", "state": "UTOPIE — PASSEPORT / PASSPORT",
           "type": "Type / Type", "code": "Code / Code", "no": "No. du passeport / Passport No.",
           "surname": "Nom / Surname", "given": "Prénoms / Given names", "nat": "Nationalité / Nationality",
           "birth": "Date de naissance / Date of birth", "sex": "Sexe / Sex",
           "place": "Lieu de naissance / Place of birth", "issue": "Date de délivrance / Date of issue",
           "expiry": "Date d'expiration / Date of expiry", "authority": "Autorité / Authority"},
    "nl": {"title": "Paspoort — gegevenspagina (kopie)", "state": "UTOPIA — PASPOORT / PASSPORT",
           "type": "Type / Type", "code": "Code / Code", "no": "Paspoortnummer / Passport No.",
           "surname": "Naam / Surname", "given": "Voornamen / Given names", "nat": "Nationaliteit / Nationality",
           "birth": "Geboortedatum / Date of birth", "sex": "Geslacht / Sex",
           "place": "Geboorteplaats / Place of birth", "issue": "Datum van afgifte / Date of issue",
           "expiry": "Vervaldatum / Date of expiry", "authority": "Autoriteit / Authority"},
    "de": {"title": "Reisepass — Datenseite (Kopie)", "state": "UTOPIEN — REISEPASS / PASSPORT",
           "type": "Typ / Type", "code": "Code / Code", "no": "Passnummer / Passport No.",
           "surname": "Name / Surname", "given": "Vornamen / Given names", "nat": "Staatsangehörigkeit / Nationality",
           "birth": "Geburtsdatum / Date of birth", "sex": "Geschlecht / Sex",
           "place": "Geburtsort / Place of birth", "issue": "Ausstellungsdatum / Date of issue",
           "expiry": "Gültig bis / Date of expiry", "authority": "Behörde / Authority"},
}
SHORT_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def passport_date(d: date) -> str:
    return f"{d.day:02d} {SHORT_MONTHS[d.month - 1]} {d.year}"


def c_passport(lang, p):
    L = PASSPORT_LABELS[lang]
    nat = {"UTO": "UTOPIAN", "TUR": "TURKISH / TÜRK"}[p.nationality]
    authority = {"UTO": "MINISTRY OF FOREIGN AFFAIRS OF UTOPIA", "TUR": "SPECIMEN AUTHORITY, İZMİR"}[p.nationality]
    fields = [
        f"{L['type']}: P      {L['code']}: {p.nationality}",
        f"{L['no']}: {p.doc_no}",
        f"{L['surname']}: {p.surname}",
        f"{L['given']}: {p.given.upper()}",
        f"{L['nat']}: {nat}",
        f"{L['birth']}: {passport_date(p.birth)}",
        f"{L['sex']}: {p.sex}",
        f"{L['place']}: {p.birthplace.upper()}",
        f"{L['issue']}: {passport_date(p.issued)}",
        f"{L['expiry']}: {passport_date(p.expiry)}",
        f"{L['authority']}: {authority}",
    ]
    state = L["state"] if p.nationality == "UTO" else "TÜRKİYE — PASAPORT / PASSPORT"
    return Doc("passport", lang, L["title"], state, fields, p)


def c_unknown(kind):
    """Pages that are none of the document types."""
    if kind == "lettre-vacances":
        return Doc("unknown", "fr", "Chère Sophie,", "Nice, le 14 août 2026", [
            "Nous voici enfin au bord de la mer après un long voyage en train.",
            "La petite maison que nous avons louée est à deux pas de la plage,",
            "avec une terrasse pleine de lauriers et un figuier qui donne déjà.",
            "Le matin, Paul part acheter le pain et des croissants au village,",
            "et nous déjeunons dehors en regardant les bateaux partir.",
            "L'après-midi, il fait trop chaud pour marcher : nous lisons à l'ombre",
            "et nous nous baignons quand le soleil commence à descendre.",
            "Hier, nous avons visité le vieux port et mangé une bouillabaisse",
            "beaucoup trop copieuse. Les enfants ont adoré le marché aux fleurs.",
            "Nous rentrons le 28 ; j'espère que ton déménagement s'est bien passé",
            "et que le chat s'habitue à son nouveau jardin.",
            "Je t'embrasse bien fort, et à très bientôt autour d'un bon café !",
            "Claire (personnage fictif)"])
    if kind == "kassaticket":
        return Doc("unknown", "nl", "Kassaticket", "Buurtwinkel De Voorbeeldhoek — Dorpsstraat 1, 9999 Nergenshuizen", [
            "Kassa 2 — bediende: An",
            "Volkorenbrood 800 g              2,95",
            "Halfvolle melk 1 l  x2           2,38",
            "Kaas jong belegen 300 g          4,79",
            "Appels Jonagold 1 kg             2,49",
            "Koffie bonen 500 g               6,99",
            "Chocoladerepen x3                3,57",
            "Afwasmiddel                      1,89",
            "Totaal (8 artikelen)            25,06",
            "Betaald met bankkaart           25,06",
            "Waarvan btw 6%                   1,42",
            "Spaarpunten op uw klantenkaart: 25",
            "Bedankt voor uw bezoek en tot ziens!",
            "Ticket 0042 — 17/10/2026 18:42"])
    if kind == "novel-page":
        return Doc("unknown", "en", "Chapter Seven", "The Lighthouse Keeper's Daughter (a fictitious novel)", [
            "The storm had not yet reached the island when Mara climbed the last",
            "steps of the tower, but the sea already knew it was coming. Below her,",
            "the waves folded over the black rocks with a sound like slow thunder,",
            "and the gulls had gone quiet, every one of them, as if listening.",
            "She trimmed the wick the way her father had taught her, counting the",
            "turns under her breath, and watched the flame grow steady and tall.",
            "Somewhere out there, beyond the reef, a small boat was trying to come",
            "home. She could not see it, not yet, but she had heard the bell from",
            "the harbour at dusk, three short rings and one long, which meant that",
            "someone had not returned. The lamp turned; the beam swept the water.",
            "\"Come on,\" she whispered to the dark. \"Follow the light. Just follow it.\"",
            "The wind answered first, rattling the glass, and then, very faintly,",
            "between two gusts, she heard the answer she had been waiting for.",
            "— 112 —"])
    if kind == "urlaubsgruesse":
        return Doc("unknown", "de", "Liebe Oma, lieber Opa,", "Bozen, den 3. August 2026", [
            "viele Grüße aus den Bergen! Wir sind gut angekommen, auch wenn der Zug",
            "in München fast eine Stunde Verspätung hatte.",
            "Die Pension liegt direkt am Waldrand, und morgens sehen wir die Gipfel",
            "in der Sonne leuchten. Gestern sind wir zur Hütte hinaufgewandert,",
            "wo es den besten Apfelstrudel der Welt gibt — sagt jedenfalls Tim.",
            "Lisa hat am Bach einen Staudamm gebaut und ist dabei natürlich",
            "hineingefallen, aber bei dem warmen Wetter war das kein Problem.",
            "Am Wochenende wollen wir mit der Seilbahn fahren und picknicken.",
            "Abends spielen wir Karten, und Papa verliert jedes Mal.",
            "Wir denken oft an euch und bringen euch Speck und Bergkäse mit.",
            "Ganz liebe Grüße und dicke Umarmungen,",
            "eure Anna mit Tim und Lisa (fiktive Personen)"])
    raise KeyError(kind)


UNKNOWN_DOCS = {"fr": ["lettre-vacances"], "nl": ["kassaticket"], "en": ["novel-page"], "de": ["urlaubsgruesse"]}

CONTENT = {name[2:]: fn for name, fn in globals().items() if name.startswith("c_") and name[2:] in TYPES}


_TURKEY_PLACES = [("Utopia City", "İzmir"), ("Utopien", "Türkei"), ("Utopie", "Turquie"), ("Utopia", "Türkiye")]


def make_doc(doc_type: str, lang: str, person: Person = LINA, **kw) -> Doc:
    doc = CONTENT[doc_type](lang, person, **kw)
    if person.nationality == "TUR" and doc_type != "passport":
        def fix(text: str) -> str:
            for old, new in _TURKEY_PLACES:
                text = text.replace(old, new)
            return text
        doc = replace(doc, title=fix(doc.title), subtitle=fix(doc.subtitle), lines=[fix(x) for x in doc.lines])
    return doc


# --------------------------------------------------------------------------------------------
# Layouts: three styles (fonts, margins, title placement), picked per document type
# --------------------------------------------------------------------------------------------

STYLES = {
    # name: (regular font, bold font, left margin px @300dpi, title centred, ruled header)
    "letter": ("sans", "sans-bold", 236, False, True),
    "official": ("serif", "serif-bold", 260, True, False),
    "form": ("lsans", "lsans-bold", 210, False, False),
    "academic": ("dserif", "dserif-bold", 250, True, True),
    # Used only by the evaluation corpus (sample_docs/eval/), so that its pages differ in
    # fonts and layout from the documents the rules were written on.
    "typewriter": ("mono", "mono-bold", 230, False, True),
    "serif-left": ("dserif", "dserif-bold", 200, False, False),
    "sans-centred": ("lsans", "lsans-bold", 300, True, True),
}
TYPE_STYLE = {
    "application_form": "form", "passport": "form", "employment_contract": "letter",
    "medical_certificate": "official", "criminal_record": "official", "diploma": "academic",
    "fee_payment_proof": "form", "health_insurance": "letter", "hosting_agreement": "academic",
    "assignment_letter": "letter", "group_employment_proof": "letter", "residence_permit": "form",
    "payslip": "form", "vacancy_proof": "letter", "order_to_leave": "official", "entry_ban": "official",
    "unknown": "letter",
}

# ---------------------------------------------------------------- PDF (reportlab, text layer)

_RL_READY = False


#: PDFs use the standard PDF fonts (not embedded, small files) when every character is in
#: WinAnsi, embedded DejaVu/Liberation subsets otherwise (Turkish names); the MRZ is always
#: DejaVu Sans Mono.
STANDARD_FONTS = {"sans": "Helvetica", "sans-bold": "Helvetica-Bold", "serif": "Times-Roman",
                  "serif-bold": "Times-Bold", "lsans": "Helvetica", "lsans-bold": "Helvetica-Bold",
                  "dserif": "Times-Roman", "dserif-bold": "Times-Bold", "mono-bold": "Courier-Bold"}
_PDF_PREFIX = "std-"


def _f(name: str) -> str:
    return ("ttf-" if name == "mono" else _PDF_PREFIX) + name


def _reportlab_fonts():
    global _RL_READY
    if _RL_READY:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, path in FONTS.items():
        pdfmetrics.registerFont(TTFont("ttf-" + name, str(path)))
    for name, face in STANDARD_FONTS.items():
        pdfmetrics.registerFont(pdfmetrics.Font("std-" + name, face, "WinAnsiEncoding"))
    _RL_READY = True


def _doc_text(doc: Doc) -> str:
    return "\n".join([HEADER[doc.lang], doc.title, doc.subtitle, *doc.lines])


def _wrap(text: str, width: float, measure) -> list[str]:
    if measure(text) <= width:
        return [text]
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        cand = f"{cur} {w}" if cur else w
        if measure(cand) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def _pdf_page(c, doc: Doc, style_name: str, unknown_kind: str | None = None):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    W, H = A4
    reg, bold, margin_px, centred, ruled = STYLES[style_name]
    reg, bold = _f(reg), _f(bold)
    left = margin_px * 72 / 300
    right = W - left
    width = right - left
    y = H - 40
    c.setFillGray(0.15)
    c.setFont(bold, 9)
    c.drawString(left, y, HEADER[doc.lang])
    y -= 42
    c.setFillGray(0)
    size = 19
    for line in _wrap(doc.title, width, lambda s: pdfmetrics.stringWidth(s, bold, size)):
        c.setFont(bold, size)
        if centred:
            c.drawCentredString(W / 2, y, line)
        else:
            c.drawString(left, y, line)
        y -= 25
    if doc.subtitle:
        for line in _wrap(doc.subtitle, width, lambda s: pdfmetrics.stringWidth(s, reg, 12)):
            c.setFont(reg, 12)
            if centred:
                c.drawCentredString(W / 2, y, line)
            else:
                c.drawString(left, y, line)
            y -= 17
    if ruled:
        c.setLineWidth(0.8)
        c.line(left, y + 4, right, y + 4)
    y -= 16
    c.setFont(reg, 11)
    for raw in doc.lines:
        for line in _wrap(raw, width, lambda s: pdfmetrics.stringWidth(s, reg, 11)) if raw else [""]:
            c.drawString(left, y, line)
            y -= 16.5
    # light-grey diagonal watermark in the bottom margin, away from the body text
    if y > 170:
        c.saveState()
        c.setFillGray(0.86)
        c.setFont(bold, 54)
        c.translate(W / 2 + 40, 70)
        c.rotate(14)
        c.drawCentredString(0, 0, "SPECIMEN")
        c.restoreState()


def _pdf_passport(c, doc: Doc):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    W, H = A4
    left = 45
    y = H - 40
    c.setFillGray(0.15)
    c.setFont(_f("lsans-bold"), 9)
    c.drawString(left, y, HEADER[doc.lang])
    y -= 40
    c.setFillGray(0)
    c.setFont(_f("lsans-bold"), 19)
    c.drawString(left, y, doc.title)
    # the data page, drawn enlarged
    box_top, box_h = y - 20, 390
    bx0, bx1 = left, W - left
    c.setLineWidth(1.2)
    c.roundRect(bx0, box_top - box_h, bx1 - bx0, box_h, 8)
    c.setFont(_f("lsans-bold"), 13)
    c.drawString(bx0 + 14, box_top - 24, doc.subtitle)
    # photo placeholder
    px0, py1 = bx0 + 14, box_top - 40
    c.setLineWidth(1)
    c.rect(px0, py1 - 150, 112, 150)
    c.setFont(_f("lsans"), 9)
    c.drawCentredString(px0 + 56, py1 - 70, "PHOTO")
    c.drawCentredString(px0 + 56, py1 - 84, "SPECIMEN")
    fx = px0 + 128
    fy = py1 - 10
    for line in doc.lines:
        c.setFont(_f("lsans"), 10.5)
        c.drawString(fx, fy, line)
        fy -= 15.5
    line1, line2 = doc.person.mrz()
    size = 12.5
    mw = pdfmetrics.stringWidth(line1, _f("mono"), size)
    mx = bx0 + ((bx1 - bx0) - mw) / 2
    c.setFont(_f("mono"), size)
    c.drawString(mx, box_top - box_h + 40, line1)
    c.drawString(mx, box_top - box_h + 18, line2)
    c.setFillGray(0.86)
    c.setFont(_f("lsans-bold"), 54)
    c.saveState()
    c.translate(W / 2, 130)
    c.rotate(14)
    c.drawCentredString(0, 0, "SPECIMEN")
    c.restoreState()


def write_pdf(path: Path, docs: list[Doc], encrypt: str | None = None, style: str | None = None):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    _reportlab_fonts()
    path.parent.mkdir(parents=True, exist_ok=True)
    kwargs = {}
    if encrypt:
        from reportlab.lib import pdfencrypt
        kwargs["encrypt"] = pdfencrypt.StandardEncryption(encrypt, ownerPassword=encrypt + "-owner", canPrint=1)
    global _PDF_PREFIX
    try:
        for doc in docs:
            _doc_text(doc).encode("cp1252")
        _PDF_PREFIX = "std-"
    except UnicodeEncodeError:
        _PDF_PREFIX = "ttf-"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1, **kwargs)
    first = docs[0]
    c.setTitle(f"SPECIMEN — {first.title}")
    c.setAuthor("docscan sample generator (fictitious data)")
    c.setCreator("sample_docs/generate.py")
    c.setSubject("Fictitious specimen document for testing docscan")
    for doc in docs:
        if doc.doc_type == "passport":
            _pdf_passport(c, doc)
        else:
            _pdf_page(c, doc, style or TYPE_STYLE.get(doc.doc_type, "letter"))
        c.showPage()
    c.save()


# ---------------------------------------------------------------- scans (Pillow, 300 dpi)

A4_PX = (2480, 3508)
_FONT_CACHE: dict = {}


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    key = (name, size)
    if key not in _FONT_CACHE:
        _FONT_CACHE[key] = ImageFont.truetype(str(FONTS[name]), size)
    return _FONT_CACHE[key]


INK = 22
PAPER = 250


def _draw_watermark(img: Image.Image, y_free: int, bold: str):
    """Light-grey diagonal SPECIMEN below the text, never over it."""
    if y_free > A4_PX[1] - 600:
        return
    f = font(bold, 230)
    tw = int(f.getlength("SPECIMEN")) + 40
    tile = Image.new("L", (tw, 300), 0)
    ImageDraw.Draw(tile).text((20, 20), "SPECIMEN", font=f, fill=255)
    tile = tile.rotate(14, expand=True, resample=Image.BICUBIC)
    x = (A4_PX[0] - tile.width) // 2 + 150
    y = max(y_free + 80, A4_PX[1] - tile.height - 120)
    grey = Image.new("L", tile.size, 222)
    region = img.crop((x, y, x + tile.width, y + tile.height))
    region = Image.composite(grey, region, tile)
    img.paste(region, (x, y))


def render_scan(doc: Doc, style_name: str | None = None) -> Image.Image:
    """A clean 300 dpi grayscale 'scan' of a document."""
    if doc.doc_type == "passport":
        return render_passport_scan(doc)
    style_name = style_name or TYPE_STYLE.get(doc.doc_type, "letter")
    reg, bold, left, centred, ruled = STYLES[style_name]
    W, H = A4_PX
    img = Image.new("L", A4_PX, PAPER)
    d = ImageDraw.Draw(img)
    right = W - left
    width = right - left
    y = 150
    d.text((left, y), HEADER[doc.lang], font=font(bold, 38), fill=60)
    y += 150
    tf = font(bold, 78)
    for line in _wrap(doc.title, width, tf.getlength):
        x = (W - tf.getlength(line)) / 2 if centred else left
        d.text((x, y), line, font=tf, fill=INK)
        y += 105
    if doc.subtitle:
        sf = font(reg, 50)
        for line in _wrap(doc.subtitle, width, sf.getlength):
            x = (W - sf.getlength(line)) / 2 if centred else left
            d.text((x, y), line, font=sf, fill=INK)
            y += 70
    if ruled:
        d.line((left, y + 10, right, y + 10), fill=INK, width=4)
    y += 70
    bf = font(reg, 46)
    for raw in doc.lines:
        for line in (_wrap(raw, width, bf.getlength) if raw else [""]):
            d.text((left, y), line, font=bf, fill=INK)
            y += 68
    _draw_watermark(img, y, bold)
    return img


def render_passport_scan(doc: Doc) -> Image.Image:
    W, H = A4_PX
    img = Image.new("L", A4_PX, PAPER)
    d = ImageDraw.Draw(img)
    left = 190
    d.text((left, 150), HEADER[doc.lang], font=font("lsans-bold", 38), fill=60)
    d.text((left, 290), doc.title, font=font("lsans-bold", 76), fill=INK)
    bx0, by0, bx1, by1 = left - 20, 450, W - left + 20, 450 + 1650
    d.rounded_rectangle((bx0, by0, bx1, by1), radius=40, outline=INK, width=5)
    # faint guilloche-like background band, as on real data pages
    for k in range(320, bx1 - bx0 - 320, 36):
        d.arc((bx0 + k - 300, by0 + 1180, bx0 + k + 300, by0 + 1420), 200, 340, fill=225, width=2)
    d.text((bx0 + 60, by0 + 50), doc.subtitle, font=font("lsans-bold", 58), fill=INK)
    px0, py0 = bx0 + 60, by0 + 170
    d.rectangle((px0, py0, px0 + 470, py0 + 620), outline=INK, width=4)
    pf = font("lsans", 44)
    d.text((px0 + 235, py0 + 280), "PHOTO", font=pf, fill=90, anchor="mm")
    d.text((px0 + 235, py0 + 340), "SPECIMEN", font=pf, fill=90, anchor="mm")
    fx, fy = px0 + 530, py0 + 10
    ff = font("lsans", 42)
    for line in doc.lines:
        for part in _wrap(line, bx1 - fx - 40, ff.getlength):
            d.text((fx, fy), part, font=ff, fill=INK)
            fy += 62
    line1, line2 = doc.person.mrz()
    mf = font("mono", 54)
    mw = mf.getlength(line1)
    mx = bx0 + ((bx1 - bx0) - mw) / 2
    d.text((mx, by1 - 250), line1, font=mf, fill=INK)
    d.text((mx, by1 - 150), line2, font=mf, fill=INK)
    _draw_watermark(img, by1 + 40, "lsans-bold")
    return img


def render_visa_page(lang: str) -> Image.Image:
    """Second page of the multi-page TIFF: a passport page with a visa and entry stamps."""
    W, H = A4_PX
    img = Image.new("L", A4_PX, PAPER)
    d = ImageDraw.Draw(img)
    left = 190
    d.text((left, 150), HEADER[lang], font=font("lsans-bold", 38), fill=60)
    d.text((left, 290), "Visa / stamps page (copy)", font=font("lsans-bold", 76), fill=INK)
    bx0, by0, bx1, by1 = left - 20, 450, W - left + 20, 450 + 1650
    d.rounded_rectangle((bx0, by0, bx1, by1), radius=40, outline=INK, width=5)
    vf, sf = font("lsans-bold", 52), font("lsans", 42)
    d.rectangle((bx0 + 60, by0 + 60, bx1 - 60, by0 + 760), outline=INK, width=4)
    rows = ["VISA — SPECIMEN — SCHENGEN STATES", "Type: D (national long stay)   Entries: MULT",
            "Valid for: BELGIUM   Duration of stay: 365 days",
            "Remarks: SINGLE PERMIT — WORK AUTHORISED (SPECIMEN)",
            "Surname, name: VOORBEELD, LINA", "Number: BEL000000000 (specimen)"]
    for i, r in enumerate(rows):
        d.text((bx0 + 100, by0 + 100 + i * 105), r, font=vf if i == 0 else sf, fill=INK)
    for cx, cy, txt in ((bx0 + 450, by0 + 1150, "ENTRY BRU"), (bx0 + 1250, by0 + 1250, "EXIT BRU")):
        d.ellipse((cx - 260, cy - 190, cx + 260, cy + 190), outline=70, width=8)
        d.text((cx, cy - 50), txt, font=font("lsans-bold", 60), fill=70, anchor="mm")
        d.text((cx, cy + 40), "SPECIMEN", font=font("lsans", 46), fill=70, anchor="mm")
    return img


# --------------------------------------------------------------------------------------------
# Scanner and camera effects (numpy / OpenCV), all seeded
# --------------------------------------------------------------------------------------------

def rng_for(name: str) -> np.random.Generator:
    return np.random.default_rng(int(hashlib.sha256(name.encode()).hexdigest()[:12], 16))


def scanify(img: Image.Image, name: str) -> Image.Image:
    """A flatbed scan: slight skew, scanner softness, a few specks of dust."""
    rng = rng_for("scan:" + name)
    a = np.asarray(img, dtype=np.float32)
    h, w = a.shape
    angle = float(rng.uniform(-0.35, 0.35))
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=PAPER)
    a = cv2.GaussianBlur(a, (0, 0), 0.6)
    for _ in range(int(rng.integers(15, 40))):
        x, y = int(rng.integers(0, w)), int(rng.integers(0, h))
        r = int(rng.integers(1, 4))
        cv2.circle(a, (x, y), r, float(rng.integers(120, 200)), -1)
    return Image.fromarray(np.clip(a + 0.5, 0, 255).astype(np.uint8), "L")


def blur(img: Image.Image, sigma: float) -> Image.Image:
    a = cv2.GaussianBlur(np.asarray(img), (0, 0), sigma)
    return Image.fromarray(a, "L")


def motion_blur(img: Image.Image, length: int, angle_deg: float = 0.0) -> Image.Image:
    k = np.zeros((length, length), np.float32)
    k[length // 2, :] = 1.0
    m = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), angle_deg, 1.0)
    k = cv2.warpAffine(k, m, (length, length))
    k /= k.sum()
    return Image.fromarray(cv2.filter2D(np.asarray(img), -1, k, borderType=cv2.BORDER_REPLICATE), "L")


def downsample(img: Image.Image, dpi: int, name: str) -> Image.Image:
    """The page as a scanner set to `dpi` sees it: pixel averaging, then the optics' softness
    (about one pixel at that resolution, which matters at 60 dpi) and a little sensor noise."""
    w, h = img.size
    size = (round(w * dpi / 300), round(h * dpi / 300))
    a = cv2.resize(np.asarray(img, dtype=np.float32), size, interpolation=cv2.INTER_AREA)
    if dpi < 100:
        a = cv2.GaussianBlur(a, (0, 0), 1.15)
        a += rng_for(f"{name}:{dpi}").normal(0, 2.0, a.shape).astype(np.float32)
    return Image.fromarray(np.clip(a + 0.5, 0, 255).astype(np.uint8), "L")


def levels(img: Image.Image, black: float, white: float, gamma: float = 1.0) -> Image.Image:
    """Map 0..255 to black..white (with an optional gamma on the way)."""
    a = np.asarray(img, dtype=np.float32) / 255.0
    a = a ** gamma
    a = black + a * (white - black)
    return Image.fromarray(np.clip(a + 0.5, 0, 255).astype(np.uint8), "L")


def dark(img: Image.Image, name: str) -> Image.Image:
    """An under-exposed scan: grey paper, slightly uneven, text still dark on it."""
    a = np.asarray(img, dtype=np.float32) / 255.0
    h, w = a.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    light = 0.46 + 0.10 * (xx / w) - 0.06 * (yy / h)
    a = a * light * 255.0
    return Image.fromarray(np.clip(a + 0.5, 0, 255).astype(np.uint8), "L")


def photo(img: Image.Image, name: str) -> Image.Image:
    """A phone photo of the page (upright, RGB): perspective, uneven shadow, noise, dark table."""
    rng = rng_for("photo:" + name)
    W, H = 2448, 3264
    src = np.asarray(img, dtype=np.float32)
    h, w = src.shape
    # table: dark, smooth texture
    small = rng.normal(0, 1, (H // 64 + 1, W // 64 + 1)).astype(np.float32)
    table = 78 + 10 * cv2.resize(small, (W, H), interpolation=cv2.INTER_CUBIC)
    # keystone (the phone held a little above the page's bottom edge), under a degree of turn
    dst = np.float32([[265, 255], [2185, 240], [2320, 3070], [135, 3090]])
    dst += rng.uniform(-12, 12, dst.shape).astype(np.float32)
    m = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), dst)
    page = cv2.warpPerspective(src, m, (W, H), flags=cv2.INTER_AREA, borderValue=0)
    mask = cv2.warpPerspective(np.ones_like(src), m, (W, H), flags=cv2.INTER_LINEAR, borderValue=0)
    a = table * (1 - mask) + page * mask
    # uneven light: a soft shadow from the top-left (the phone and the hand) and vignetting
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    shadow = 1.0 - 0.26 * np.exp(-(((xx - 300) / 1300) ** 2 + ((yy - 500) / 1500) ** 2))
    vignette = 1.0 - 0.18 * (((xx - W / 2) / (W / 2)) ** 2 + ((yy - H / 2) / (H / 2)) ** 2) / 2
    a = a * shadow * vignette * 0.93
    a = cv2.GaussianBlur(a, (0, 0), 0.9)
    a += rng.normal(0, 1.8, a.shape).astype(np.float32)
    rgb = np.stack([a * 1.0, a * 0.97, a * 0.90], axis=-1)
    return Image.fromarray(np.clip(rgb + 0.5, 0, 255).astype(np.uint8), "RGB")


def save_png(img: Image.Image, path: Path, dpi: int = 300):
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, format="PNG", dpi=(dpi, dpi), optimize=False, compress_level=9)


def save_photo_jpeg(upright: Image.Image, path: Path):
    """Pixels stored rotated (landscape), EXIF Orientation 6: only EXIF-aware readers see it upright."""
    stored = upright.transpose(Image.Transpose.ROTATE_90)   # 90 degrees counter-clockwise
    exif = Image.Exif()
    exif[0x0112] = 6          # Orientation: rotate 90 CW to display
    exif[0x010F] = "Specimen"  # Make
    exif[0x0110] = "Specimen Phone (fictitious)"  # Model
    stored.save(path, format="JPEG", quality=85, exif=exif.tobytes(), dpi=(72, 72), optimize=True)


def save_photo_heic(jpeg_path: Path, path: Path):
    """The same photo as HEIC: pillow-heif turns EXIF orientation 6 into 'irot' and decodes upright."""
    import pillow_heif
    pillow_heif.register_heif_opener()
    with Image.open(jpeg_path) as im:
        im.load()
        exif = im.info.get("exif")
        im.save(path, format="HEIF", quality=50, exif=exif)


# --------------------------------------------------------------------------------------------
# What is generated
# --------------------------------------------------------------------------------------------

#: Language of the one clean scan of each type (varied on purpose).
SCAN_LANG = {
    "application_form": "nl", "passport": "en", "employment_contract": "fr", "medical_certificate": "de",
    "criminal_record": "nl", "diploma": "en", "fee_payment_proof": "fr", "health_insurance": "de",
    "hosting_agreement": "fr", "assignment_letter": "en", "group_employment_proof": "nl",
    "residence_permit": "fr", "payslip": "nl", "vacancy_proof": "de", "order_to_leave": "fr", "entry_ban": "nl",
}
FULL_SET = ("blur-1.5", "blur-3", "blur-8", "motion-25", "150dpi", "60dpi", "rot90", "rot180", "rot270",
            "dark", "lowcontrast", "photo")
#: Degraded variants per clean scan: what each bundle and the legibility evaluation need.
DEGRADED = {
    "employment_contract-fr": FULL_SET,
    "medical_certificate-de": FULL_SET,
    "passport-en": ("blur-3", "blur-8", "150dpi", "60dpi", "rot90", "photo"),
    "criminal_record-nl": ("blur-1.5", "blur-8", "motion-25", "60dpi", "photo"),
    "application_form-nl": ("blur-3", "150dpi", "dark", "lowcontrast"),
}
#: Photos also saved as HEIC (the same photo through pillow-heif).
HEIC_TOO = ("employment_contract-fr", "criminal_record-nl")
#: Extra documents: (type, lang, variant name, person, keyword arguments for the content).
VARIANTS = [
    ("passport", "en", "expired", PEOPLE_VARIANTS["expired"], {}),
    ("passport", "nl", "wrong-check-digit", PEOPLE_VARIANTS["wrong-check-digit"], {}),
    ("medical_certificate", "nl", "too-old", LINA, {"d": date(2026, 3, 2)}),
    ("criminal_record", "fr", "too-old", LINA, {"d": date(2026, 4, 1)}),
] + [(t, lang, "turkish", AYSE, {}) for t, lang in (
    ("application_form", "en"), ("passport", "en"), ("employment_contract", "de"),
    ("medical_certificate", "de"), ("criminal_record", "en"), ("health_insurance", "de"))
] + [(t, "fr", "minor", NOA, {}) for t in (
    "application_form", "passport", "employment_contract", "medical_certificate", "health_insurance")]


def variant_image(clean: Image.Image, base: str, variant: str) -> tuple[Image.Image, int]:
    """The degraded image and the dpi to store with it."""
    if variant.startswith("blur-"):
        return blur(clean, float(variant[5:])), 300
    if variant == "motion-25":
        return motion_blur(clean, 25, 0.0), 300
    if variant == "150dpi":
        return downsample(clean, 150, base), 150
    if variant == "60dpi":
        return downsample(clean, 60, base), 60
    if variant == "rot90":
        return clean.transpose(Image.Transpose.ROTATE_90), 300    # page turned counter-clockwise
    if variant == "rot180":
        return clean.transpose(Image.Transpose.ROTATE_180), 300
    if variant == "rot270":
        return clean.transpose(Image.Transpose.ROTATE_270), 300   # page turned clockwise
    if variant == "dark":
        return dark(clean, base), 300
    if variant == "lowcontrast":
        return levels(clean, 150.0, 205.0), 300
    raise KeyError(variant)


def generate_documents(log):
    # born-digital PDFs: every type in every language, plus non-documents
    for lang in LANGS:
        for t in TYPES:
            write_pdf(PDF_DIR / lang / f"{t}.pdf", [make_doc(t, lang)])
        for kind in UNKNOWN_DOCS[lang]:
            write_pdf(PDF_DIR / lang / f"unknown-{kind}.pdf", [c_unknown(kind)])
    log(f"pdf: {len(list(PDF_DIR.rglob('*.pdf')))} files")
    for t, lang, name, person, kw in VARIANTS:
        write_pdf(VARIANT_DIR / f"{t}-{lang}-{name}.pdf", [make_doc(t, lang, person, **kw)])
    log(f"variants: {len(VARIANTS)} files")

    # clean scans, one per type
    clean = {}
    for t, lang in SCAN_LANG.items():
        base = f"{t}-{lang}"
        clean[base] = scanify(render_scan(make_doc(t, lang)), base)
        save_png(clean[base], SCAN_DIR / f"{base}.png")
    log("clean scans written")
    for base, variants in DEGRADED.items():
        for v in variants:
            if v == "photo":
                upright = photo(clean[base], base)
                jpg = SCAN_DIR / f"{base}-photo.jpg"
                save_photo_jpeg(upright, jpg)
                if base in HEIC_TOO:
                    save_photo_heic(jpg, SCAN_DIR / f"{base}-photo.heic")
            else:
                img, dpi = variant_image(clean[base], base, v)
                save_png(img, SCAN_DIR / f"{base}-{v}.png", dpi)
        log(f"degraded: {base} ({len(variants)})")

    # multi-page TIFF: passport data page + visa/stamps page
    pages = [clean["passport-en"], scanify(render_visa_page("en"), "visa-en")]
    pages[0].save(SCAN_DIR / "passport-multipage.tif", save_all=True, append_images=pages[1:],
                  compression="tiff_adobe_deflate", dpi=(300, 300))
    # a scanned blank page: paper tone, faint shading, a few specks
    rng = rng_for("blank")
    h, w = A4_PX[1], A4_PX[0]
    yy = np.linspace(0, 1, h, dtype=np.float32)[:, None]
    xx = np.linspace(0, 1, w, dtype=np.float32)[None, :]
    a = 247 - 4 * xx - 3 * yy + np.zeros((h, w), np.float32)
    for _ in range(60):
        cv2.circle(a, (int(rng.integers(0, w)), int(rng.integers(0, h))), int(rng.integers(1, 3)),
                   float(rng.integers(150, 220)), -1)
    noise_mask = rng.random((h, w)) < 0.002
    a[noise_mask] -= rng.uniform(10, 40, int(noise_mask.sum())).astype(np.float32)
    save_png(Image.fromarray(np.clip(a + 0.5, 0, 255).astype(np.uint8), "L"), SCAN_DIR / "blank.png")
    log("tiff and blank written")
    return clean


def write_bomb_png(path: Path, width: int, height: int):
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    row = b"\x00" + b"\xff" * ((width + 7) // 8)   # filter byte + white pixels
    comp = zlib.compressobj(9)
    idat = b"".join(comp.compress(row * 1000) for _ in range(height // 1000))
    idat += comp.compress(row * (height % 1000)) + comp.flush()
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)   # bit depth 1, greyscale
    phys = struct.pack(">IIB", 11811, 11811, 1)   # 300 dpi in pixels per metre
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"pHYs", phys)
                     + chunk(b"IDAT", idat) + chunk(b"IEND", b""))


def generate_bad(clean, log):
    BAD_DIR.mkdir(parents=True, exist_ok=True)
    # a valid PDF cut in the middle
    tmp = BAD_DIR / "_tmp.pdf"
    write_pdf(tmp, [make_doc("health_insurance", "en"), make_doc("payslip", "en")])
    data = tmp.read_bytes()
    tmp.unlink()
    (BAD_DIR / "corrupt.pdf").write_bytes(data[: len(data) // 2])
    write_pdf(BAD_DIR / "encrypted.pdf", [make_doc("medical_certificate", "en")], encrypt="specimen")
    (BAD_DIR / "empty.pdf").write_bytes(b"")
    junk = rng_for("program").integers(0, 256, 6000, dtype=np.uint8).tobytes()
    elf = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + struct.pack("<HHI", 2, 0x3E, 1) + junk
    (BAD_DIR / "program.pdf").write_bytes(elf)
    # decompression bomb: a 30000 x 30000 bilevel (mode "1") PNG of ~100 kB, written row by row
    write_bomb_png(BAD_DIR / "bomb.png", 30000, 30000)
    # 500 short SPECIMEN pages
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(BAD_DIR / "pages-500.pdf"), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle("SPECIMEN — 500 pages")
    for i in range(1, 501):
        c.setFont("Helvetica", 11)
        c.drawString(72, 770, f"SPECIMEN — page {i} of 500 (fictitious filler page)")
        c.showPage()
    c.save()
    # a PNG scan under a .pdf name
    shutil.copyfile(SCAN_DIR / "payslip-nl.png", BAD_DIR / "image-named.pdf")
    (BAD_DIR / "notes.txt").write_text(
        "SPECIMEN — notes (fictitious)\n"
        "To do for the application of Lina VOORBEELD:\n"
        "- ask the doctor for the certificate on the official model\n"
        "- scan the passport at 300 dpi\n"
        "- check the bank transfer message\n", encoding="utf-8")
    log("bad files written")


# --------------------------------------------------------------------------------------------
# Applicants' bundles and their manifest
# --------------------------------------------------------------------------------------------

BASE_REQUIREMENTS = ["application_form", "passport", "employment_contract", "medical_certificate",
                     "criminal_record", "fee_payment_proof", "health_insurance", "residence_permit"]
EXTRA_REQUIREMENTS = {
    "single-permit-fixed-term": ["vacancy_proof"], "highly-qualified": ["diploma"], "eu-blue-card": ["diploma"],
    # Fact-check (Dec 2026) ranking 6 and row 17: an ICT transferee keeps the foreign contract (no Belgian
    # 1978 contract) and shows a higher-education diploma.
    "intra-corporate-transfer": ["group_employment_proof", "assignment_letter", "diploma"],
    "researcher": ["hosting_agreement"], "seasonal-worker": ["vacancy_proof"], "executive": [],
}
#: Requirements a region adds to every permit, as the fact-check (December 2026) gives them:
#: Flanders' regional fee paid in the portal (from 1 Sep 2026, row 7); Brussels' copy of the
#: employer's ID card, the agent's mandate (only when an agent files) and, on a renewal, the
#: payslips and the individual account (ranking 6 and 9). docscan cannot recognise the portal fee,
#: the ID copy, the mandate or the individual account in a scan: the user confirms them.
REGION_REQUIREMENTS = {
    "flanders": ["flemish_regional_fee"],
    "brussels": ["employer_id_copy", "agent_mandate", "renewal_payslips", "individual_account"],
}
#: What an ordinary applicant answers on the page (or with --confirm / --filed-by-agent): the
#: employer files itself, its ID copy is attached, the Flemish portal fee is paid.
ORDINARY_ANSWERS = {
    "flanders": {"confirmed": ["flemish_regional_fee"]},
    "brussels": {"filed_by_agent": False, "confirmed": ["employer_id_copy"]},
}
#: Documents docscan has no type for: satisfied by the user's confirmation only.
DECLARATIONS = {"flemish_regional_fee", "employer_id_copy", "agent_mandate", "individual_account"}
UNLIMITED_REQUIREMENTS = ["application_form", "passport", "employment_contract", "payslip", "fee_payment_proof",
                          "residence_permit"]


def P(lang, t):
    return f"documents/pdf/{lang}/{t}.pdf"


def S(name):
    return f"documents/scans/{name}"


def V(name):
    return f"documents/variants/{name}.pdf"


@dataclass
class Bundle:
    name: str
    permit: str
    region: str
    description: str
    #: (file name in the bundle, source relative to sample_docs, truth): truth is
    #: (type, "ok" | "illegible" | "invalid") for a document, ("warning", code) otherwise.
    files: list
    in_belgium: bool = False
    renewal: bool = False
    minor: bool = False
    turkish: bool = False
    warnings: list = field(default_factory=list)
    #: The answers to the checklist's questions; None: what an ordinary applicant answers.
    answers: dict | None = None


def ok(t):
    return (t, "ok")


#: Bundles that mix documents of several languages: each language's specimen documents name
#: another employer (EMPLOYER: Voorbeeld Technologies NV, Exemple Solutions SA, Example Labs SRL,
#: Muster Industrie AG), so the application form and the contract (or payslip, vacancy) name two
#: employers, and docscan rightly warns that the employer's name differs (issue 15). The
#: intra-corporate transfer bundle mixes them too, but there a group's companies differ by design.
TWO_EMPLOYERS = {"seasonal-worker-complete", "unlimited-duration-complete", "medical-certificate-too-old",
                 "turkish-national-no-fee", "rotated-and-photographed"}


BAD = ("warning", "file_error")

BUNDLES = [
    # ---- complete bundles, one per permit type
    Bundle("single-permit-fixed-term-complete", "single-permit-fixed-term", "brussels",
           "Complete file (French documents, passport photographed with a phone, vacancy published on Actiris).", [
               ("formulaire-demande.pdf", P("fr", "application_form"), ok("application_form")),
               ("passeport.jpg", S("passport-en-photo.jpg"), ok("passport")),
               ("contrat-de-travail.pdf", P("fr", "employment_contract"), ok("employment_contract")),
               ("certificat-medical.pdf", P("fr", "medical_certificate"), ok("medical_certificate")),
               ("casier-judiciaire.pdf", P("fr", "criminal_record"), ok("criminal_record")),
               ("preuve-paiement-redevance.pdf", P("fr", "fee_payment_proof"), ok("fee_payment_proof")),
               ("assurance-maladie.pdf", P("fr", "health_insurance"), ok("health_insurance")),
               ("offre-emploi-actiris.pdf", P("fr", "vacancy_proof"), ok("vacancy_proof"))]),
    Bundle("highly-qualified-complete", "highly-qualified", "flanders",
           "The README's demo: a complete Flemish file, mostly Dutch born-digital PDFs, one scanned criminal "
           "record under a neutral name, an English diploma.", [
               ("aanvraagformulier.pdf", P("nl", "application_form"), ok("application_form")),
               ("paspoort.pdf", P("nl", "passport"), ok("passport")),
               ("arbeidsovereenkomst.pdf", P("nl", "employment_contract"), ok("employment_contract")),
               ("medisch-attest.pdf", P("nl", "medical_certificate"), ok("medical_certificate")),
               ("scan_0003.png", S("criminal_record-nl.png"), ok("criminal_record")),
               ("betalingsbewijs-retributie.pdf", P("nl", "fee_payment_proof"), ok("fee_payment_proof")),
               ("document1.pdf", P("nl", "health_insurance"), ok("health_insurance")),
               ("diploma.pdf", P("en", "diploma"), ok("diploma"))]),
    Bundle("eu-blue-card-complete", "eu-blue-card", "brussels",
           "Complete file in English with a scanned passport and a French diploma.", [
               ("application-form.pdf", P("en", "application_form"), ok("application_form")),
               ("passport.png", S("passport-en.png"), ok("passport")),
               ("employment-contract.pdf", P("en", "employment_contract"), ok("employment_contract")),
               ("medical-certificate.pdf", P("en", "medical_certificate"), ok("medical_certificate")),
               ("police-clearance.pdf", P("en", "criminal_record"), ok("criminal_record")),
               ("fee-payment.pdf", P("en", "fee_payment_proof"), ok("fee_payment_proof")),
               ("health-insurance.pdf", P("en", "health_insurance"), ok("health_insurance")),
               ("diplome-master.pdf", P("fr", "diploma"), ok("diploma"))]),
    Bundle("intra-corporate-transfer-complete", "intra-corporate-transfer", "wallonia",
           "Complete intra-corporate transfer: English and French PDFs, group attestation, assignment letter, "
           "a scanned German health insurance certificate under a neutral name.", [
               ("demande-permis-unique.pdf", P("fr", "application_form"), ok("application_form")),
               ("passport.pdf", P("en", "passport"), ok("passport")),
               ("contract.pdf", P("en", "employment_contract"), ok("employment_contract")),
               ("certificat-medical.pdf", P("fr", "medical_certificate"), ok("medical_certificate")),
               ("police-clearance-certificate.pdf", P("en", "criminal_record"), ok("criminal_record")),
               ("document2.pdf", P("en", "fee_payment_proof"), ok("fee_payment_proof")),
               ("scan_0007.png", S("health_insurance-de.png"), ok("health_insurance")),
               ("attestation-groupe.pdf", P("fr", "group_employment_proof"), ok("group_employment_proof")),
               ("assignment-letter.pdf", P("en", "assignment_letter"), ok("assignment_letter")),
               ("diplome.pdf", P("fr", "diploma"), ok("diploma"))]),
    Bundle("researcher-complete", "researcher", "german-speaking",
           "Complete researcher file in German with a scanned passport and a hosting agreement.", [
               ("antrag.pdf", P("de", "application_form"), ok("application_form")),
               ("Reisepass.png", S("passport-en.png"), ok("passport")),
               ("arbeitsvertrag.pdf", P("de", "employment_contract"), ok("employment_contract")),
               ("aerztliches-attest.pdf", P("de", "medical_certificate"), ok("medical_certificate")),
               ("fuehrungszeugnis.pdf", P("de", "criminal_record"), ok("criminal_record")),
               ("zahlungsnachweis.pdf", P("de", "fee_payment_proof"), ok("fee_payment_proof")),
               ("krankenversicherung.pdf", P("de", "health_insurance"), ok("health_insurance")),
               ("aufnahmevereinbarung.pdf", P("de", "hosting_agreement"), ok("hosting_agreement"))]),
    Bundle("seasonal-worker-complete", "seasonal-worker", "flanders",
           "Complete seasonal worker: Dutch and English PDFs, German passport copy, a scanned medical certificate "
           "under a neutral name, vacancy on VDAB.", [
               ("application.pdf", P("en", "application_form"), ok("application_form")),
               ("pass.pdf", P("de", "passport"), ok("passport")),
               ("arbeidsovereenkomst-seizoen.pdf", P("nl", "employment_contract"), ok("employment_contract")),
               ("scan_0001.png", S("medical_certificate-de.png"), ok("medical_certificate")),
               ("strafregister.pdf", P("nl", "criminal_record"), ok("criminal_record")),
               ("document3.pdf", P("en", "fee_payment_proof"), ok("fee_payment_proof")),
               ("ziektekostenverzekering.pdf", P("nl", "health_insurance"), ok("health_insurance")),
               ("vacature-vdab.pdf", P("nl", "vacancy_proof"), ok("vacancy_proof"))]),
    Bundle("executive-complete", "executive", "wallonia",
           "Complete executive file: French PDFs, a scanned contract, an English medical certificate.", [
               ("demande.pdf", P("fr", "application_form"), ok("application_form")),
               ("passeport.pdf", P("fr", "passport"), ok("passport")),
               ("contrat-scan.png", S("employment_contract-fr.png"), ok("employment_contract")),
               ("medical-certificate.pdf", P("en", "medical_certificate"), ok("medical_certificate")),
               ("casier-judiciaire.pdf", P("fr", "criminal_record"), ok("criminal_record")),
               ("virement-redevance.pdf", P("fr", "fee_payment_proof"), ok("fee_payment_proof")),
               ("mutuelle.pdf", P("fr", "health_insurance"), ok("health_insurance"))]),
    Bundle("unlimited-duration-complete", "unlimited-duration", "brussels",
           "Complete unlimited-duration file of a worker already living in Belgium: payslip and a scanned "
           "Belgian residence permit.", [
               ("application.pdf", P("en", "application_form"), ok("application_form")),
               ("passeport.pdf", P("fr", "passport"), ok("passport")),
               ("contrat.pdf", P("fr", "employment_contract"), ok("employment_contract")),
               ("fiche-de-paie-octobre.pdf", P("fr", "payslip"), ok("payslip")),
               ("redevance.pdf", P("fr", "fee_payment_proof"), ok("fee_payment_proof")),
               ("titre-de-sejour.png", S("residence_permit-fr.png"), ok("residence_permit"))],
           in_belgium=True),
    # ---- gaps
    Bundle("missing-medical-certificate", "highly-qualified", "flanders",
           "The demo file without its medical certificate.", [
               ("aanvraagformulier.pdf", P("nl", "application_form"), ok("application_form")),
               ("paspoort.pdf", P("nl", "passport"), ok("passport")),
               ("arbeidsovereenkomst.pdf", P("nl", "employment_contract"), ok("employment_contract")),
               ("uittreksel-strafregister.pdf", P("nl", "criminal_record"), ok("criminal_record")),
               ("betalingsbewijs-retributie.pdf", P("nl", "fee_payment_proof"), ok("fee_payment_proof")),
               ("document1.pdf", P("nl", "health_insurance"), ok("health_insurance")),
               ("diploma.pdf", P("en", "diploma"), ok("diploma"))]),
    Bundle("illegible-passport-scan", "eu-blue-card", "brussels",
           "The passport scan is blurred beyond reading (Gaussian sigma 8 px at 300 dpi); its name still says "
           "passport, so the report says the passport is illegible rather than missing.", [
               ("application-form.pdf", P("en", "application_form"), ok("application_form")),
               ("passport.png", S("passport-en-blur-8.png"), ("passport", "illegible")),
               ("employment-contract.pdf", P("en", "employment_contract"), ok("employment_contract")),
               ("medical-certificate.pdf", P("en", "medical_certificate"), ok("medical_certificate")),
               ("police-clearance.pdf", P("en", "criminal_record"), ok("criminal_record")),
               ("fee-payment.pdf", P("en", "fee_payment_proof"), ok("fee_payment_proof")),
               ("health-insurance.pdf", P("en", "health_insurance"), ok("health_insurance")),
               ("diploma.pdf", P("nl", "diploma"), ok("diploma"))]),
    Bundle("contract-scanned-at-60dpi", "single-permit-fixed-term", "brussels",
           "The employment contract was scanned at 60 dpi: too coarse to read.", [
               ("formulaire-demande.pdf", P("fr", "application_form"), ok("application_form")),
               ("passeport.pdf", P("fr", "passport"), ok("passport")),
               ("contract-scan.png", S("employment_contract-fr-60dpi.png"), ("employment_contract", "illegible")),
               ("certificat-medical.pdf", P("fr", "medical_certificate"), ok("medical_certificate")),
               ("casier-judiciaire.pdf", P("fr", "criminal_record"), ok("criminal_record")),
               ("preuve-paiement-redevance.pdf", P("fr", "fee_payment_proof"), ok("fee_payment_proof")),
               ("assurance-maladie.pdf", P("fr", "health_insurance"), ok("health_insurance")),
               ("offre-emploi-actiris.pdf", P("fr", "vacancy_proof"), ok("vacancy_proof"))]),
    Bundle("medical-certificate-too-old", "seasonal-worker", "flanders",
           "The medical certificate was issued on 2 March 2026: more than 6 months before 15 November 2026.", [
               ("application.pdf", P("en", "application_form"), ok("application_form")),
               ("paspoort.pdf", P("nl", "passport"), ok("passport")),
               ("arbeidsovereenkomst.pdf", P("nl", "employment_contract"), ok("employment_contract")),
               ("medisch-attest.pdf", V("medical_certificate-nl-too-old"), ("medical_certificate", "invalid")),
               ("strafregister.pdf", P("nl", "criminal_record"), ok("criminal_record")),
               ("document3.pdf", P("nl", "fee_payment_proof"), ok("fee_payment_proof")),
               ("ziektekostenverzekering.pdf", P("nl", "health_insurance"), ok("health_insurance")),
               ("vacature-vdab.pdf", P("nl", "vacancy_proof"), ok("vacancy_proof"))]),
    Bundle("criminal-record-too-old", "executive", "wallonia",
           "The criminal record extract was issued on 1 April 2026: more than 6 months before 15 November 2026.", [
               ("demande.pdf", P("fr", "application_form"), ok("application_form")),
               ("passeport.pdf", P("fr", "passport"), ok("passport")),
               ("contrat.pdf", P("fr", "employment_contract"), ok("employment_contract")),
               ("certificat-medical.pdf", P("fr", "medical_certificate"), ok("medical_certificate")),
               ("casier-judiciaire.pdf", V("criminal_record-fr-too-old"), ("criminal_record", "invalid")),
               ("virement-redevance.pdf", P("fr", "fee_payment_proof"), ok("fee_payment_proof")),
               ("mutuelle.pdf", P("fr", "health_insurance"), ok("health_insurance"))]),
    Bundle("expired-passport", "eu-blue-card", "german-speaking",
           "The passport expired on 30 June 2026.", [
               ("antrag.pdf", P("de", "application_form"), ok("application_form")),
               ("Reisepass.pdf", V("passport-en-expired"), ("passport", "invalid")),
               ("arbeitsvertrag.pdf", P("de", "employment_contract"), ok("employment_contract")),
               ("aerztliches-attest.pdf", P("de", "medical_certificate"), ok("medical_certificate")),
               ("fuehrungszeugnis.pdf", P("de", "criminal_record"), ok("criminal_record")),
               ("zahlungsnachweis.pdf", P("de", "fee_payment_proof"), ok("fee_payment_proof")),
               ("krankenversicherung.pdf", P("de", "health_insurance"), ok("health_insurance")),
               ("diplom.pdf", P("de", "diploma"), ok("diploma"))]),
    Bundle("passport-wrong-check-digit", "highly-qualified", "flanders",
           "The passport's machine-readable zone has a wrong check digit on the document number "
           "(a mistyped or altered number).", [
               ("aanvraagformulier.pdf", P("nl", "application_form"), ok("application_form")),
               ("paspoort.pdf", V("passport-nl-wrong-check-digit"), ("passport", "invalid")),
               ("arbeidsovereenkomst.pdf", P("nl", "employment_contract"), ok("employment_contract")),
               ("medisch-attest.pdf", P("nl", "medical_certificate"), ok("medical_certificate")),
               ("uittreksel-strafregister.pdf", P("nl", "criminal_record"), ok("criminal_record")),
               ("betalingsbewijs-retributie.pdf", P("nl", "fee_payment_proof"), ok("fee_payment_proof")),
               ("ziektekostenverzekering.pdf", P("nl", "health_insurance"), ok("health_insurance")),
               ("diploma.pdf", P("nl", "diploma"), ok("diploma"))]),
    Bundle("contract-is-a-medical-certificate", "single-permit-fixed-term", "flanders",
           "A file named contract.pdf is really a medical certificate: the content wins, so the medical "
           "certificate is there and the employment contract is missing.", [
               ("aanvraagformulier.pdf", P("nl", "application_form"), ok("application_form")),
               ("paspoort.pdf", P("nl", "passport"), ok("passport")),
               ("contract.pdf", P("en", "medical_certificate"), ok("medical_certificate")),
               ("strafregister.pdf", P("nl", "criminal_record"), ok("criminal_record")),
               ("betalingsbewijs-retributie.pdf", P("nl", "fee_payment_proof"), ok("fee_payment_proof")),
               ("ziektekostenverzekering.pdf", P("nl", "health_insurance"), ok("health_insurance")),
               ("vacature-vdab.pdf", P("nl", "vacancy_proof"), ok("vacancy_proof"))],
           warnings=["type_mismatch"]),
    Bundle("order-to-leave-the-territory", "researcher", "brussels",
           "Complete, but the file holds an order to leave the territory (annex 13): a warning, the verdict "
           "is unchanged.", [
               ("formulaire-demande.pdf", P("fr", "application_form"), ok("application_form")),
               ("passeport.pdf", P("fr", "passport"), ok("passport")),
               ("contrat-de-travail.pdf", P("fr", "employment_contract"), ok("employment_contract")),
               ("certificat-medical.pdf", P("fr", "medical_certificate"), ok("medical_certificate")),
               ("casier-judiciaire.pdf", P("fr", "criminal_record"), ok("criminal_record")),
               ("preuve-paiement-redevance.pdf", P("fr", "fee_payment_proof"), ok("fee_payment_proof")),
               ("assurance-maladie.pdf", P("fr", "health_insurance"), ok("health_insurance")),
               ("convention-accueil.pdf", P("fr", "hosting_agreement"), ok("hosting_agreement")),
               ("document5.pdf", P("fr", "order_to_leave"), ("warning", "order_to_leave"))],
           warnings=["order_to_leave"]),
    Bundle("entry-ban", "intra-corporate-transfer", "flanders",
           "Complete, but the file holds an entry ban (annex 13sexies): a warning to have it checked before "
           "leaving Belgium; the verdict is unchanged.", [
               ("aanvraagformulier.pdf", P("nl", "application_form"), ok("application_form")),
               ("paspoort.pdf", P("nl", "passport"), ok("passport")),
               ("arbeidsovereenkomst.pdf", P("nl", "employment_contract"), ok("employment_contract")),
               ("medisch-attest.pdf", P("nl", "medical_certificate"), ok("medical_certificate")),
               ("strafregister.pdf", P("nl", "criminal_record"), ok("criminal_record")),
               ("betalingsbewijs-retributie.pdf", P("nl", "fee_payment_proof"), ok("fee_payment_proof")),
               ("ziektekostenverzekering.pdf", P("nl", "health_insurance"), ok("health_insurance")),
               ("tewerkstellingsattest-groep.pdf", P("nl", "group_employment_proof"), ok("group_employment_proof")),
               ("detacheringsbrief.pdf", P("nl", "assignment_letter"), ok("assignment_letter")),
               ("diploma.pdf", P("nl", "diploma"), ok("diploma")),
               ("inreisverbod.pdf", P("nl", "entry_ban"), ("warning", "entry_ban"))],
           warnings=["entry_ban"]),
    Bundle("turkish-national-no-fee", "executive", "german-speaking",
           "A Turkish national (passport zone nationality TUR) without a fee payment proof. Whether Turkish "
           "nationals are exempt from the fee for a single permit is not established (fact-check row 4: it may "
           "cover only Association beneficiaries), so docscan asks: the fee is needs_review, not exempt.", [
               ("application.pdf", V("application_form-en-turkish"), ok("application_form")),
               ("passport.pdf", V("passport-en-turkish"), ok("passport")),
               ("arbeitsvertrag.pdf", V("employment_contract-de-turkish"), ok("employment_contract")),
               ("aerztliches-attest.pdf", V("medical_certificate-de-turkish"), ok("medical_certificate")),
               ("police-clearance.pdf", V("criminal_record-en-turkish"), ok("criminal_record")),
               ("krankenversicherung.pdf", V("health_insurance-de-turkish"), ok("health_insurance"))],
           turkish=True),
    Bundle("minor-no-criminal-record-no-fee", "seasonal-worker", "wallonia",
           "A 16-year-old worker (born 1 February 2010): neither a criminal record extract nor the fee is "
           "required, so the file is complete without them.", [
               ("formulaire-demande.pdf", V("application_form-fr-minor"), ok("application_form")),
               ("passeport.pdf", V("passport-fr-minor"), ok("passport")),
               ("contrat-de-travail.pdf", V("employment_contract-fr-minor"), ok("employment_contract")),
               ("certificat-medical.pdf", V("medical_certificate-fr-minor"), ok("medical_certificate")),
               ("assurance-maladie.pdf", V("health_insurance-fr-minor"), ok("health_insurance")),
               ("offre-emploi.pdf", P("fr", "vacancy_proof"), ok("vacancy_proof"))],
           minor=True),
    Bundle("rotated-and-photographed", "executive", "brussels",
           "Complete, but scanned sideways and upside down and photographed with a phone: a passport turned "
           "90 degrees, a medical certificate upside down, a JPEG photo stored rotated with EXIF orientation 6 "
           "and a HEIC photo.", [
               ("application-form.pdf", P("en", "application_form"), ok("application_form")),
               ("scan_0001.png", S("passport-en-rot90.png"), ok("passport")),
               ("scan_0002.png", S("medical_certificate-de-rot180.png"), ok("medical_certificate")),
               ("IMG_20261104_101512.jpg", S("employment_contract-fr-photo.jpg"), ok("employment_contract")),
               ("IMG_20261104_101630.heic", S("criminal_record-nl-photo.heic"), ok("criminal_record")),
               ("fee-payment.pdf", P("en", "fee_payment_proof"), ok("fee_payment_proof")),
               ("health-insurance.pdf", P("en", "health_insurance"), ok("health_insurance"))]),
    Bundle("with-bad-files", "researcher", "flanders",
           "Complete, plus four files that cannot be read (truncated PDF, password-protected PDF, a program "
           "named .pdf, an empty file): each gives a file_error warning, the verdict is unchanged.", [
               ("aanvraagformulier.pdf", P("nl", "application_form"), ok("application_form")),
               ("paspoort.pdf", P("nl", "passport"), ok("passport")),
               ("arbeidsovereenkomst.pdf", P("nl", "employment_contract"), ok("employment_contract")),
               ("medisch-attest.pdf", P("nl", "medical_certificate"), ok("medical_certificate")),
               ("strafregister.pdf", P("nl", "criminal_record"), ok("criminal_record")),
               ("betalingsbewijs-retributie.pdf", P("nl", "fee_payment_proof"), ok("fee_payment_proof")),
               ("ziektekostenverzekering.pdf", P("nl", "health_insurance"), ok("health_insurance")),
               ("gastovereenkomst.pdf", P("nl", "hosting_agreement"), ok("hosting_agreement")),
               ("scan-oud.pdf", "bad/corrupt.pdf", BAD),
               ("beveiligd.pdf", "bad/encrypted.pdf", BAD),
               ("setup.pdf", "bad/program.pdf", BAD),
               ("leeg.pdf", "bad/empty.pdf", BAD)],
           warnings=["file_error"]),
]


#: Issue 15: the salary requirement of the bundles whose permit has a threshold in the region, as a
#: person checking by hand concludes with docscan's data. Every sample contract pays EUR 4,866.67
#: gross a month (the application forms: EUR 58,400 a year; the assignment letter: EUR 5,100 a
#: month). These are findings on the sample data, not tuned expectations: the executive samples
#: pay less than an executive threshold, and the ICT samples' contract and letter disagree.
SALARY = {
    # Flanders' 2026 amount is the 2025 one kept, not confirmed: EUR 4,866.67 x 13.92 meets it (ok,
    # with the verify flag, as the fee proof of an unconfirmed year).
    "highly-qualified-complete": "ok",
    "missing-medical-certificate": "ok",
    "passport-wrong-check-digit": "ok",
    # EU Blue Card, Brussels: EUR 4,748 a month; EUR 4,866.67 meets it.
    "eu-blue-card-complete": "ok",
    "illegible-passport-scan": "ok",
    # The contract (EUR 4,866.67) and the assignment letter (EUR 5,100) do not state the same pay.
    "intra-corporate-transfer-complete": "needs_review",
    "entry-ban": "needs_review",
    # Executive, Wallonia: EUR 88,790 a year; the application form states EUR 58,400 a year.
    "executive-complete": "invalid",
    "criminal-record-too-old": "invalid",
    # Executive, Brussels: EUR 6,647.20 a month; the photographed contract pays EUR 4,866.67.
    "rotated-and-photographed": "invalid",
    # German-speaking Community: the Ostbelgien amount (EUR 83,135) states no year; the form's EUR
    # 58,400 a year is below it, and an unconfirmed amount never makes a salary invalid.
    "turkish-national-no-fee": "needs_review",
}


def expected(b: Bundle) -> dict:
    """The manifest entry: what a person checking the files by hand concludes."""
    if b.permit == "unlimited-duration":
        ids = list(UNLIMITED_REQUIREMENTS)
    else:
        ids = BASE_REQUIREMENTS + EXTRA_REQUIREMENTS[b.permit]
    if b.permit == "intra-corporate-transfer":
        ids.remove("employment_contract")
    if b.permit == "seasonal-worker" and b.region == "wallonia":
        ids.remove("vacancy_proof")  # Wallonia applies no labour-market test to seasonal work (row 35)
    ids += REGION_REQUIREMENTS.get(b.region, [])
    answers = dict(ORDINARY_ANSWERS.get(b.region, {}) if b.answers is None else b.answers)
    confirmed = set(answers.get("confirmed", []))
    not_required = []
    if not b.in_belgium:
        not_required.append("residence_permit")
    if b.minor and "criminal_record" in ids:
        not_required.append("criminal_record")
    # Row 4: a Turkish nationality alone no longer exempts from the fee (a minor still pays nothing).
    if (b.minor or (b.renewal and answers.get("change_of_status") is False)) and "fee_payment_proof" in ids:
        not_required.append("fee_payment_proof")
    if "agent_mandate" in ids and answers.get("filed_by_agent") is False:
        not_required.append("agent_mandate")
    if not b.renewal:
        not_required += [r for r in ("renewal_payslips", "individual_account") if r in ids]
    statuses = {}
    for rid in ids:
        if rid in not_required:
            continue
        if rid in DECLARATIONS:
            statuses[rid] = "ok" if rid in confirmed else "needs_review"
            continue
        doc_type = "payslip" if rid == "renewal_payslips" else rid
        found = [truth[1] for _, _, truth in b.files if truth[0] == doc_type]
        assert len(found) <= 1, (b.name, rid)
        if not found and rid == "fee_payment_proof" and b.turkish and "turkish_association" not in answers:
            statuses[rid] = "needs_review"  # docscan asks whether the Association exemption applies
            continue
        statuses[rid] = found[0] if found else "missing"
    if b.name in SALARY:
        statuses["salary"] = SALARY[b.name]
    entry = {
        "name": b.name,
        "path": f"bundles/{b.name}",
        "permit": b.permit,
        "region": b.region,
        "today": TODAY,
    }
    facts = {}
    if b.in_belgium or b.renewal:
        facts.update({"in_belgium": b.in_belgium, "renewal": b.renewal})
    facts.update(answers)
    if facts:
        entry["applicant"] = facts
    entry["verdict"] = "complete" if all(s == "ok" for s in statuses.values()) else "incomplete"
    entry["statuses"] = statuses
    entry["not_required"] = not_required
    entry["warnings"] = list(b.warnings) + (["employer_doubt"] if b.name in TWO_EMPLOYERS else [])
    entry["description"] = b.description
    return entry


def generate_bundles(log):
    if BUNDLE_DIR.exists():
        shutil.rmtree(BUNDLE_DIR)
    for b in BUNDLES:
        folder = BUNDLE_DIR / b.name
        folder.mkdir(parents=True)
        sources = [src for _, src, _ in b.files]
        assert len(set(sources)) == len(sources), f"{b.name}: a file twice"
        scans = [src for src in sources if not src.endswith(".pdf")]
        assert len(scans) <= (4 if b.name == "rotated-and-photographed" else 3), b.name
        for dest, src, _ in b.files:
            shutil.copyfile(HERE / src, folder / dest)
    write_manifest(log)


def write_manifest(log):
    """bundles.yaml from BUNDLES (also alone: `generate.py --manifest`, when only expectations change)."""
    entries = [expected(b) for b in BUNDLES]
    import yaml
    header = ("# Sample applicants' bundles and what a person checking them by hand concludes.\n"
              "# Generated by sample_docs/generate.py (edit the BUNDLES list there, not this file).\n"
              "# statuses: every requirement that applies; not_required: requirements that do not apply\n"
              "# to this applicant; warnings: warning codes the report must give (never change the verdict).\n")
    class Dumper(yaml.SafeDumper):
        def ignore_aliases(self, data):
            return True

    text = yaml.dump({"bundles": entries}, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100)
    MANIFEST.write_text(header + text, encoding="utf-8")
    log(f"bundles: {len(BUNDLES)}")


def main() -> int:
    import time
    started = time.perf_counter()

    def log(msg):
        print(f"[{time.perf_counter() - started:6.1f}s] {msg}", flush=True)

    if "--manifest" in sys.argv[1:]:  # only the expectations changed: rewrite bundles.yaml alone
        write_manifest(log)
        return 0
    for folder in (PDF_DIR, SCAN_DIR, VARIANT_DIR, BAD_DIR):
        if folder.exists():
            shutil.rmtree(folder)
    clean = generate_documents(log)
    generate_bad(clean, log)
    generate_bundles(log)
    total = sum(p.stat().st_size for p in HERE.rglob("*") if p.is_file())
    log(f"done: {total / 1e6:.1f} MB in sample_docs/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
