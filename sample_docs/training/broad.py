#!/usr/bin/env python3
"""A second, broader training corpus for docscan's learned page classifier.

Written from public descriptions of real documents (see the `source` of each family and the
"broad.py" section of README.md), without looking at docscan's rules, its classifier, the first
generator's templates or any evaluation corpus. The point is variety in how real documents are
worded and laid out, so the model does not learn one imagined wording per class.

Standard library only; deterministic: every random choice comes from `random.Random(str)` seeded
with strings such as "{seed}:{doc_type}:{i}", never from `hash()`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import statistics
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Callable, Iterator, Sequence, TypeVar

V = TypeVar("V")

TYPES = [
    "application_form", "passport", "employment_contract", "medical_certificate",
    "criminal_record", "fee_payment_proof", "health_insurance", "residence_permit", "diploma",
    "vacancy_proof", "group_employment_proof", "assignment_letter", "hosting_agreement",
    "payslip", "order_to_leave", "entry_ban",
]
UNKNOWN = "unknown"

# The one real datum: the Immigration Office's public account (reference notes).
FEE_IBAN = "BE57 6792 0060 9235"
FEE_BIC = "PCHQBEBB"

FIRST_M = ["Rahul", "Arjun", "Jose", "Mark Anthony", "Youssef", "Mehmet", "Ahmet", "Wei", "Hiroshi",
           "Chinedu", "Oleksandr", "Diego", "Minh", "Omar", "Reza", "Carlos", "Kwame", "Imran",
           "Andrés", "Thabo", "Dmitri", "Santiago", "Farid", "Kenji", "Emeka", "Luis", "Tariq",
           "Nikhil", "Jun", "Samuel", "Bilal", "Mateus", "Arman", "Tenzin", "Rashid"]
FIRST_F = ["Priya", "Maria Cristina", "Fatima", "Ayşe", "Mei", "Yuki", "Ngozi", "Olena", "Valentina",
           "Thi Lan", "Leila", "Ana Paula", "Amina", "Sakura", "Camila", "Zainab", "Anjali", "Esra",
           "Xiaoling", "Adaeze", "Daniela", "Nadia", "Gabriela", "Aigerim", "Lucía", "Hina",
           "Joy", "Kateryna", "Soo-ah", "Mariam"]
LAST = ["Sharma", "Reddy", "Dela Cruz", "Santos", "El Amrani", "Benali", "Yılmaz", "Demir", "Zhang",
        "Liu", "Tanaka", "Okafor", "Adeyemi", "Kovalenko", "Shevchenko", "Hernández", "García",
        "Nguyen", "Tran", "Haddad", "Mansour", "Hosseini", "Karimi", "Mensah", "Asante", "Khan",
        "Qureshi", "Pereira", "Oliveira", "Mokoena", "Ivanov", "Rodríguez", "Rahman", "Sato", "Mwangi",
        "Otieno", "Aziz", "Kaya", "Chowdhury", "Park", "Lopez", "Bautista", "Nazarov", "Abubakar"]
BE_FIRST = ["Luc", "An", "Sophie", "Pieter", "Els", "Marc", "Nathalie", "Koen", "Isabelle", "Jan",
            "Véronique", "Tom", "Hilde", "Didier", "Katrien", "Olivier", "Annelies", "Bernard"]
BE_LAST = ["Peeters", "Janssens", "Maes", "Dubois", "Lambert", "Claes", "Willems", "Dupont",
           "Goossens", "Lejeune", "Wouters", "Mertens", "Renard", "De Smet", "Vandenberghe", "Hermans"]

# code: (en, fr, nl, de, ICAO)
COUNTRIES = {
    "IN": ("India", "Inde", "Indië", "Indien", "IND"),
    "PH": ("Philippines", "Philippines", "Filipijnen", "Philippinen", "PHL"),
    "MA": ("Morocco", "Maroc", "Marokko", "Marokko", "MAR"),
    "TR": ("Turkey", "Turquie", "Turkije", "Türkei", "TUR"),
    "CN": ("China", "Chine", "China", "China", "CHN"),
    "JP": ("Japan", "Japon", "Japan", "Japan", "JPN"),
    "NG": ("Nigeria", "Nigeria", "Nigeria", "Nigeria", "NGA"),
    "UA": ("Ukraine", "Ukraine", "Oekraïne", "Ukraine", "UKR"),
    "BR": ("Brazil", "Brésil", "Brazilië", "Brasilien", "BRA"),
    "MX": ("Mexico", "Mexique", "Mexico", "Mexiko", "MEX"),
    "VN": ("Viet Nam", "Viêt Nam", "Vietnam", "Vietnam", "VNM"),
    "EG": ("Egypt", "Égypte", "Egypte", "Ägypten", "EGY"),
    "IR": ("Iran", "Iran", "Iran", "Iran", "IRN"),
    "CO": ("Colombia", "Colombie", "Colombia", "Kolumbien", "COL"),
    "KE": ("Kenya", "Kenya", "Kenia", "Kenia", "KEN"),
    "PK": ("Pakistan", "Pakistan", "Pakistan", "Pakistan", "PAK"),
    "US": ("United States", "États-Unis", "Verenigde Staten", "Vereinigte Staaten", "USA"),
    "GH": ("Ghana", "Ghana", "Ghana", "Ghana", "GHA"),
    "TN": ("Tunisia", "Tunisie", "Tunesië", "Tunesien", "TUN"),
    "CM": ("Cameroon", "Cameroun", "Kameroen", "Kamerun", "CMR"),
    "ZA": ("South Africa", "Afrique du Sud", "Zuid-Afrika", "Südafrika", "ZAF"),
    "KZ": ("Kazakhstan", "Kazakhstan", "Kazachstan", "Kasachstan", "KAZ"),
    "BD": ("Bangladesh", "Bangladesh", "Bangladesh", "Bangladesch", "BGD"),
    "KR": ("Korea", "Corée", "Korea", "Korea", "KOR"),
}
LANG_IDX = {"en": 0, "fr": 1, "nl": 2, "de": 3}
# (postcode, French name, Dutch name, region): a street is drawn in the region's language.
BE_CITIES = [("1000", "Bruxelles", "Brussel", "bxl"), ("1050", "Ixelles", "Elsene", "bxl"), ("1030", "Schaerbeek", "Schaarbeek", "bxl"),
             ("2000", "Anvers", "Antwerpen", "vl"), ("9000", "Gand", "Gent", "vl"), ("3000", "Louvain", "Leuven", "vl"),
             ("8000", "Bruges", "Brugge", "vl"), ("2800", "Malines", "Mechelen", "vl"), ("3500", "Hasselt", "Hasselt", "vl"),
             ("8500", "Courtrai", "Kortrijk", "vl"), ("1930", "Zaventem", "Zaventem", "vl"),
             ("4000", "Liège", "Luik", "wal"), ("5000", "Namur", "Namen", "wal"), ("6000", "Charleroi", "Charleroi", "wal"),
             ("1300", "Wavre", "Waver", "wal"), ("7000", "Mons", "Bergen", "wal"),
             ("4700", "Eupen", "Eupen", "dg"), ("4780", "Saint-Vith", "Sankt Vith", "dg")]
REGIONS_BY_LANG = {"nl": ["vl", "vl", "bxl"], "fr": ["wal", "wal", "bxl"], "de": ["dg"], "en": ["vl", "wal", "bxl"]}
STREETS_FR = ["rue de la Loi", "avenue Louise", "rue du Marché", "chaussée de Wavre", "boulevard d'Avroy",
              "rue des Tanneurs", "avenue des Arts", "place Saint-Lambert", "rue de Fer"]
STREETS_NL = ["Kerkstraat", "Stationsstraat", "Meir", "Veldstraat", "Bondgenotenlaan", "Grote Markt",
              "Nijverheidslaan", "Diestsestraat", "Koningin Astridlaan"]
STREETS_DE = ["Klötzerbahn", "Gospertstraße", "Aachener Straße", "Hauptstraße", "Bergstraße"]
CO_PREFIX = ["Nordline", "Vandaal", "Brabix", "Meuse Valley", "Scheldt", "Lysander", "Kempen", "Ardenix",
             "Orbis", "Quanteq", "Helio", "Polder", "Cobalt Bay", "Zenitra", "Marlow", "Tessel", "Ivora",
             "Greywater", "Solvane", "Brightwell"]
CO_SUFFIX_BE = ["NV", "BV", "SA", "SRL", "BVBA", "CommV"]
CO_SECTOR = ["Logistics", "Engineering", "Software", "Foods", "Pharma", "Construct", "Data Systems",
             "Hospitality", "Greenhouses", "Consulting", "Biotech", "Automotive"]
JOBS = {
    "en": ["software engineer", "data scientist", "mechanical engineer", "nurse", "chef", "IT consultant",
           "project manager", "greenhouse worker", "welder", "financial analyst", "research scientist",
           "truck driver", "SAP consultant", "electrical technician"],
    "fr": ["ingénieur logiciel", "analyste de données", "ingénieur mécanicien", "infirmier", "cuisinier",
           "consultant informatique", "chef de projet", "ouvrier horticole", "soudeur", "analyste financier",
           "chercheur", "chauffeur poids lourd", "technicien électricien"],
    "nl": ["softwareontwikkelaar", "data-analist", "werktuigbouwkundig ingenieur", "verpleegkundige",
           "kok", "IT-consultant", "projectleider", "serrearbeider", "lasser", "financieel analist",
           "onderzoeker", "vrachtwagenchauffeur", "elektrotechnicus"],
    "de": ["Softwareentwickler", "Datenanalyst", "Maschinenbauingenieur", "Pflegefachkraft", "Koch",
           "IT-Berater", "Projektleiter", "Gewächshausarbeiter", "Schweißer", "Finanzanalyst",
           "Forscher", "LKW-Fahrer", "Elektrotechniker"],
}
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
MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def base_lang(lang: str) -> str:
    """The language used for labels: bilingual 'fr-nl' rows use French first."""
    return lang.split("-")[0]


def mrz_check(s: str) -> str:
    """ICAO 9303 check digit (weights 7, 3, 1)."""
    total = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch.upper()) - 55
        else:
            v = 0
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


class Ctx:
    """One fictitious case: a worker, an employer and dates, drawn once and reused on every page."""

    def __init__(self, rng: random.Random, lang: str) -> None:
        self.r = rng
        self.lang = lang
        self.bl = base_lang(lang)
        self.sex = rng.choice("MF")
        self.first = rng.choice(FIRST_M if self.sex == "M" else FIRST_F)
        self.last = rng.choice(LAST)
        self.cc = rng.choice(list(COUNTRIES))
        self.birth = dt.date(rng.randint(1968, 2003), rng.randint(1, 12), rng.randint(1, 28))
        self.passport_no = rng.choice("PNKAEUZ") + "".join(rng.choice("0123456789") for _ in range(7))
        self.issue = dt.date(rng.randint(2017, 2025), rng.randint(1, 12), rng.randint(1, 28))
        self.expiry = self.issue.replace(year=self.issue.year + rng.choice([5, 10]))
        self.today = dt.date(rng.choice([2024, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28))
        self.company = self.make_company()
        self.job = rng.choice(JOBS.get(self.bl, JOBS["en"]))
        region = rng.choice(REGIONS_BY_LANG.get(self.bl, ["bxl"]))
        city = rng.choice([x for x in BE_CITIES if x[3] == region])
        self.region = region
        self.pc = city[0]
        self.city = city[2] if self.bl == "nl" else ("Sankt Vith" if self.bl == "de" and city[0] == "4780" else city[1])
        self.contact = f"{rng.choice(BE_FIRST)} {rng.choice(BE_LAST)}"

    def issued_in(self, codes: list[str]) -> None:
        """Documents issued by one country are held by its nationals (kept across pages)."""
        if self.cc not in codes:
            self.cc = self.r.choice(codes)

    # --- simple draws -------------------------------------------------------------------------
    def pick(self, seq: Sequence[V]) -> V:
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def make_company(self) -> str:
        return f"{self.r.choice(CO_PREFIX)} {self.r.choice(CO_SECTOR)} {self.r.choice(CO_SUFFIX_BE)}"

    def foreign_company(self) -> str:
        suffix = {"IN": "Pvt. Ltd.", "PH": "Inc.", "JP": "K.K.", "CN": "Co., Ltd.", "BR": "Ltda.",
                  "MX": "S.A. de C.V.", "TR": "A.Ş.", "US": "Inc.", "KR": "Co., Ltd."}.get(self.cc, "Ltd.")
        return f"{self.r.choice(CO_PREFIX)} {self.r.choice(CO_SECTOR)} {suffix}"

    def country(self, lang: str | None = None, cc: str | None = None) -> str:
        return COUNTRIES[cc or self.cc][LANG_IDX.get(base_lang(lang or self.lang), 0)]

    def nationality(self) -> str:
        return self.country()

    def full(self, style: int | None = None) -> str:
        style = self.r.randint(0, 4) if style is None else style
        return [f"{self.first} {self.last}", f"{self.last.upper()} {self.first}",
                f"{self.last.upper()}, {self.first}", f"{self.first} {self.last.upper()}",
                f"{self.last} {self.first}"][style]

    def mr(self) -> str:
        return {"fr": ("Monsieur", "Madame"), "nl": ("de heer", "mevrouw"), "de": ("Herrn", "Frau"),
                "en": ("Mr", "Ms")}[self.bl][0 if self.sex == "M" else 1]

    def nrn(self) -> str:
        y = self.birth.year % 100
        return f"{y:02d}.{self.birth.month:02d}.{self.birth.day:02d}-{self.digits(3)}.{self.digits(2)}"

    def kbo(self) -> str:
        return f"0{self.r.randint(200, 899)}.{self.digits(3)}.{self.digits(3)}"

    def iban_be(self) -> str:
        first10 = self.digits(10)
        chk = int(first10) % 97 or 97
        bban = f"{first10}{chk:02d}"
        num = int(bban + "1114" + "00")  # B=11, E=14
        cd = 98 - num % 97
        s = f"BE{cd:02d}{bban}"
        return " ".join(s[i:i + 4] for i in range(0, 16, 4))

    def addr(self) -> str:
        if self.region == "vl" or (self.region == "bxl" and self.bl == "nl"):
            street = self.pick(STREETS_NL)
        elif self.region == "dg":
            street = self.pick(STREETS_DE)
        else:
            street = self.pick(STREETS_FR)
        num = self.r.randint(1, 220)
        if street in STREETS_NL or street in STREETS_DE:
            return f"{street} {num}, {self.pc} {self.city}"
        return f"{num} {street}, {self.pc} {self.city}" if self.chance(0.3) else f"{street} {num}, {self.pc} {self.city}"

    def foreign_addr(self) -> str:
        return f"{self.r.randint(1, 999)} {self.pick(['Main Road', 'Sector 4', 'Rizal Street', 'Avenida Paulista', 'Rue Ibn Batouta', 'Atatürk Cad.', 'Nguyen Trai', 'Ring Road'])}, {self.country('en')}"

    def date(self, d: dt.date | None = None, style: int | None = None) -> str:
        d = d or self.today
        style = self.r.randint(0, 7) if style is None else style
        m = MONTHS[self.bl if self.bl in MONTHS else "en"][d.month - 1]
        if style == 0:
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        if style == 1:
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        if style == 2:
            return f"{d.day:02d}-{d.month:02d}-{d.year}"
        if style == 3:
            return d.isoformat()
        if style == 4:
            return f"{d.day} {m} {d.year}"
        if style == 5:
            return f"{d.day:02d} {MON3[d.month - 1]} {d.year}"
        if style == 6:
            if self.bl == "en":
                return f"{m} {d.day}, {d.year}"
            if self.bl == "de":
                return f"{d.day}. {m} {d.year}"
            return f"{d.day:02d} {m} {d.year}"
        return f"{d.day}/{d.month}/{d.year % 100:02d}"

    def shift(self, days: int, d: dt.date | None = None) -> dt.date:
        return (d or self.today) + dt.timedelta(days=days)

    def money(self, lo: float, hi: float, cur: str = "EUR") -> str:
        v = round(self.r.uniform(lo, hi), 2)
        return self.fmt_money(v, cur)

    def fmt_money(self, v: float, cur: str = "EUR") -> str:
        whole, cents = f"{v:.2f}".split(".")
        grp = f"{int(whole):,}"
        style = self.r.randint(0, 4)
        if style == 0:
            return f"{grp.replace(',', '.')},{cents} {cur}"
        if style == 1:
            return f"€ {grp.replace(',', '.')},{cents}" if cur == "EUR" else f"{cur} {grp},{cents}"
        if style == 2:
            return f"{grp.replace(',', ' ')},{cents} {'€' if cur == 'EUR' else cur}"
        if style == 3:
            return f"{cur} {grp}.{cents}"
        return f"{whole},{cents}"

    def sep(self) -> str:
        return self.pick([": ", ":  ", " : ", "\t", " .......... ", " - ", ":", " | "])

    def fields(self, pairs: list[tuple[str, str]], style: int | None = None) -> str:
        """Label/value pairs laid out as a real form is read by OCR: inline, stacked, or as a
        two-column table read column by column (all labels, then all values)."""
        style = self.r.choice([0, 0, 0, 1, 1, 2, 3]) if style is None else style
        s = self.sep()
        if style == 0:
            return "\n".join(f"{k}{s}{v}" for k, v in pairs)
        if style == 1:
            return "\n".join(f"{k}\n{v}" for k, v in pairs)
        if style == 2:
            return "\n".join(k for k, _ in pairs) + "\n" + "\n".join(v for _, v in pairs)
        return "\n".join(f"{k.upper()}{s}{v}" for k, v in pairs)

    def blank(self, labels: list[str]) -> str:
        dots = self.pick(["........................................", "____________________", "…………………………", "[                    ]"])
        return "\n".join(f"{k} {dots}" for k in labels)

    def boxes(self, items: list[str], checked: float = 0.6) -> str:
        on, off = self.pick([("[X]", "[ ]"), ("☒", "☐"), ("(x)", "( )"), ("■", "□"), ("X", "O")])
        return "\n".join(f"{on if self.chance(checked) else off} {it}" for it in items)

    def sign(self, who: str) -> str:
        return self.pick([f"{who}\n(signature)", f"Signature: ______________\n{who}", f"{who}\n/signed/",
                          f"(sé) {who}", f"{who}\n[illegible signature]", f"{who}\n~~~~~~"])

    def stamp(self) -> str:
        return self.pick(["[STAMP]", "(cachet)", "[stempel]", "(Stempel)", "[official seal]", "(( SEAL ))", "[DRY SEAL]", ""])


@dataclass(frozen=True)
class Family:
    """One template family: a real-world document shape, in the languages it exists in."""

    name: str
    doc_type: str
    langs: tuple[str, ...]
    fn: Callable[[Ctx], tuple[str | None, list[str]]]
    source: str


REGISTRY: dict[str, list[Family]] = defaultdict(list)


FamilyFn = Callable[[Ctx], tuple[str | None, list[str]]]


def family(doc_type: str, langs: str, source: str) -> Callable[[FamilyFn], FamilyFn]:
    """Register a family function under its class; `langs` is space-separated."""

    def deco(fn: FamilyFn) -> FamilyFn:
        name = fn.__name__.lstrip("_")
        REGISTRY[doc_type].append(Family(name, doc_type, tuple(langs.split()), fn, source))
        return fn

    return deco


def T(c: Ctx, **by_lang: str) -> str:
    """Pick the text for the row's language (bilingual rows use the first part)."""
    return by_lang.get(c.bl) or by_lang.get("en") or next(iter(by_lang.values()))


# =============================================================================================
# application_form
# =============================================================================================
ANNEX_LIST = {
    "fr": ["copie du passeport", "certificat médical", "extrait de casier judiciaire", "preuve du paiement de la redevance",
           "contrat de travail", "copie du diplôme", "preuve d'assurance maladie"],
    "nl": ["kopie paspoort", "medisch attest", "uittreksel uit het strafregister", "bewijs van betaling retributie",
           "arbeidsovereenkomst", "kopie diploma", "bewijs ziektekostenverzekering"],
    "en": ["copy of passport", "medical certificate", "criminal record extract", "proof of payment of the fee",
           "employment contract", "copy of diploma", "proof of health insurance"],
    "de": ["Kopie des Reisepasses", "ärztliches Attest", "Auszug aus dem Strafregister", "Zahlungsnachweis der Gebühr",
           "Arbeitsvertrag", "Kopie des Diploms", "Nachweis der Krankenversicherung"],
}


@family("application_form", "fr nl en", "werk-economie-emploi.brussels/fr_FR/permis-unique-ict (Brussels form: 'Demande d'autorisation de travail de plus de 90 jours ... via la procédure unique')")
def bxl_employer_form(c: Ctx):
    title = T(c, fr="DEMANDE D'AUTORISATION DE TRAVAIL DE PLUS DE 90 JOURS POUR UN TRAVAILLEUR DE NATIONALITÉ ÉTRANGÈRE\nvia la procédure unique (permis unique)",
              nl="AANVRAAG TOT TEWERKSTELLING VAN MEER DAN 90 DAGEN VAN EEN WERKNEMER VAN VREEMDE NATIONALITEIT\nvia de gecombineerde procedure (single permit)",
              en="APPLICATION FOR AUTHORISATION TO WORK FOR MORE THAN 90 DAYS - FOREIGN NATIONAL\nsingle permit procedure")
    head = T(c, fr="Région de Bruxelles-Capitale - Bruxelles Economie et Emploi - Direction de la Migration économique",
             nl="Brussels Hoofdstedelijk Gewest - Brussel Economie en Werkgelegenheid - Directie Economische Migratie",
             en="Brussels-Capital Region - Brussels Economy and Employment - Economic Migration")
    emp = c.fields([(T(c, fr="1. Employeur - dénomination", nl="1. Werkgever - benaming", en="1. Employer - name"), c.company),
                    (T(c, fr="Numéro d'entreprise (BCE)", nl="Ondernemingsnummer (KBO)", en="Enterprise number"), c.kbo()),
                    (T(c, fr="Adresse du siège d'exploitation", nl="Adres exploitatiezetel", en="Address of place of work"), c.addr()),
                    (T(c, fr="Personne de contact", nl="Contactpersoon", en="Contact person"), c.contact),
                    (T(c, fr="Commission paritaire", nl="Paritair comité", en="Joint committee"), c.pick(["200", "124", "302", "145", "118"]))])
    wrk = c.fields([(T(c, fr="2. Travailleur - nom", nl="2. Werknemer - naam", en="2. Worker - surname"), c.last),
                    (T(c, fr="Prénom(s)", nl="Voorna(a)m(en)", en="Given names"), c.first),
                    (T(c, fr="Date de naissance", nl="Geboortedatum", en="Date of birth"), c.date(c.birth)),
                    (T(c, fr="Nationalité", nl="Nationaliteit", en="Nationality"), c.nationality()),
                    (T(c, fr="N° de passeport", nl="Paspoortnummer", en="Passport number"), c.passport_no),
                    (T(c, fr="Résidence actuelle", nl="Huidige verblijfplaats", en="Current residence"), c.foreign_addr())])
    occ = c.fields([(T(c, fr="3. Occupation - fonction", nl="3. Tewerkstelling - functie", en="3. Employment - position"), c.job),
                    (T(c, fr="Durée prévue", nl="Voorziene duur", en="Expected duration"), c.pick(["12 mois", "24 maanden", "36 months", "indéterminée"])),
                    (T(c, fr="Rémunération brute mensuelle", nl="Bruto maandloon", en="Gross monthly salary"), c.money(3400, 7200)),
                    (T(c, fr="Catégorie", nl="Categorie", en="Category"), T(c, fr="personnel hautement qualifié", nl="hooggeschoold personeel", en="highly qualified worker"))])
    annex = T(c, fr="4. Documents joints", nl="4. Bijgevoegde documenten", en="4. Enclosed documents") + "\n" + c.boxes(ANNEX_LIST[c.bl if c.bl in ANNEX_LIST else "en"])
    sig = T(c, fr=f"Fait à {c.city}, le {c.date()}", nl=f"Opgemaakt te {c.city} op {c.date()}", en=f"Done at {c.city} on {c.date()}") + "\n" + c.sign(c.contact)
    return title, [head, emp, wrk, occ, annex, sig]


@family("application_form", "nl en", "vlaanderen.be/gecombineerde-vergunning-van-bepaalde-duur (Flemish procedure, documents in fixed order); vreemdelingenrecht.be 'Hoe vraag je een gecombineerde vergunning aan'")
def vl_aanvraag(c: Ctx):
    title = T(c, nl=c.pick(["Aanvraag toelating tot arbeid - gecombineerde vergunning", "AANVRAAGFORMULIER GECOMBINEERDE VERGUNNING (bepaalde duur)", "Aanvraag gecombineerde vergunning - hoogopgeleide werknemer"]),
              en=c.pick(["Application for a combined permit (single permit) - Flanders", "Single permit application form - Flemish Region"]))
    head = T(c, nl="Vlaamse overheid - Departement Werk en Sociale Economie - Afdeling Economische Migratie",
             en="Flemish Government - Department of Work and Social Economy - Economic Migration")
    a = T(c, nl="DEEL A - GEGEVENS WERKGEVER", en="PART A - EMPLOYER") + "\n" + c.fields([
        (T(c, nl="Naam onderneming", en="Company name"), c.company), (T(c, nl="KBO-nummer", en="CBE number"), c.kbo()),
        (T(c, nl="RSZ-nummer", en="NSSO number"), c.digits(9)), (T(c, nl="Vestigingseenheid", en="Establishment unit"), c.addr())])
    b = T(c, nl="DEEL B - GEGEVENS WERKNEMER", en="PART B - EMPLOYEE") + "\n" + c.fields([
        (T(c, nl="Familienaam", en="Family name"), c.last.upper()), (T(c, nl="Voornaam", en="First name"), c.first),
        (T(c, nl="Geslacht", en="Sex"), c.sex), (T(c, nl="Geboortedatum", en="Date of birth"), c.date(c.birth, 0)),
        (T(c, nl="Geboorteplaats", en="Place of birth"), c.country()), (T(c, nl="Nationaliteit", en="Nationality"), c.nationality()),
        (T(c, nl="Reisdocument nr.", en="Travel document no."), c.passport_no)])
    d = T(c, nl="DEEL C - TEWERKSTELLING", en="PART C - EMPLOYMENT") + "\n" + c.fields([
        (T(c, nl="Functie", en="Job title"), c.job), (T(c, nl="Arbeidsregime", en="Working time"), c.pick(["voltijds 38u/week", "full-time 40h", "deeltijds 30u"])),
        (T(c, nl="Jaarloon bruto", en="Gross annual salary"), c.money(48912, 90000)),
        (T(c, nl="Begindatum", en="Start date"), c.date(c.shift(60))), (T(c, nl="Diplomatieke post", en="Diplomatic post"), f"{T(c, nl='Ambassade van België te', en='Embassy of Belgium in')} {c.country()}")])
    e = T(c, nl="Verklaring van de werkgever: ik verklaar dat de gegevens juist en volledig zijn.",
          en="Employer's declaration: I declare that the information given is true and complete.") + "\n" + c.sign(c.contact)
    return title, [head, a, b, d, e]


@family("application_form", "en fr nl de", "workinginbelgium.be/fr/permis-unique.html (federal one-stop portal 'Working in Belgium'); field-notes: portal forwards to the region")
def portal_summary(c: Ctx):
    title = T(c, en="Working in Belgium - Single permit application - summary", fr="Working in Belgium - Demande de permis unique - récapitulatif",
              nl="Working in Belgium - Aanvraag gecombineerde vergunning - overzicht", de="Working in Belgium - Antrag auf kombinierte Erlaubnis - Zusammenfassung")
    ref = c.fields([(T(c, en="Application number", fr="Numéro de demande", nl="Aanvraagnummer", de="Antragsnummer"), f"WIB-{c.today.year}-{c.digits(7)}"),
                    (T(c, en="Status", fr="Statut", nl="Status", de="Status"), T(c, en="Submitted", fr="Introduite", nl="Ingediend", de="Eingereicht")),
                    (T(c, en="Competent region", fr="Région compétente", nl="Bevoegd gewest", de="Zuständige Region"), c.pick(["Vlaanderen", "Bruxelles-Capitale", "Wallonie", "Deutschsprachige Gemeinschaft"])),
                    (T(c, en="Submitted on", fr="Introduite le", nl="Ingediend op", de="Eingereicht am"), c.date())])
    who = c.fields([(T(c, en="Employer", fr="Employeur", nl="Werkgever", de="Arbeitgeber"), f"{c.company} ({c.kbo()})"),
                    (T(c, en="Foreign worker", fr="Travailleur étranger", nl="Buitenlandse werknemer", de="Ausländischer Arbeitnehmer"), c.full()),
                    (T(c, en="Nationality", fr="Nationalité", nl="Nationaliteit", de="Staatsangehörigkeit"), c.nationality()),
                    (T(c, en="Type of permit", fr="Type de permis", nl="Type vergunning", de="Art der Erlaubnis"), T(c, en="fixed term", fr="durée limitée", nl="bepaalde duur", de="befristet"))])
    att = T(c, en="Attachments uploaded", fr="Pièces jointes", nl="Opgeladen bijlagen", de="Hochgeladene Anlagen") + "\n" + "\n".join(
        f"- {x}.pdf" for x in c.r.sample(ANNEX_LIST[c.bl], 5))
    foot = T(c, en="Only complete applications are processed.", fr="Seules les demandes complètes sont traitées.",
             nl="Enkel volledige aanvragen worden behandeld.", de="Nur vollständige Anträge werden bearbeitet.") + f"\nhttps://www.workinginbelgium.be  {c.date()} 1/{c.r.randint(1, 3)}"
    return title, [ref, who, att, foot]


@family("application_form", "fr", "myria.be/fr/droits-fondamentaux/migration-economique/le-permis-unique-procedure (Wallonia: Direction de l'Emploi et des Permis de Travail; employer files the form ad hoc)")
def wal_employer_worker(c: Ctx):
    part = c.pick(["VOLET EMPLOYEUR", "VOLET TRAVAILLEUR", "PARTIE A COMPLÉTER PAR L'EMPLOYEUR", "PARTIE A COMPLÉTER PAR LE TRAVAILLEUR"])
    title = f"SPW Économie Emploi Recherche - Direction de l'Emploi et des Permis de travail\nDEMANDE DE PERMIS UNIQUE - {part}"
    b1 = c.fields([("Raison sociale", c.company), ("N° BCE", c.kbo()), ("N° ONSS", c.digits(9)), ("Siège d'exploitation", c.addr()),
                   ("Secteur d'activité", c.pick(["horeca", "construction", "informatique", "soins de santé"]))])
    b2 = c.fields([("Nom", c.last), ("Prénom", c.first), ("Né(e) le", c.date(c.birth)), ("à", c.country("fr")),
                   ("Nationalité", c.country("fr")), ("État civil", c.pick(["célibataire", "marié(e)", "cohabitant légal"])),
                   ("Adresse à l'étranger", c.foreign_addr())])
    b3 = "Déclarations\n" + c.boxes(["l'employeur s'engage à informer l'administration de toute modification",
                                     "le travailleur n'a pas encore séjourné en Belgique",
                                     "le travailleur réside légalement en Belgique (joindre le titre de séjour)",
                                     "demande de renouvellement"], 0.5)
    b4 = f"Date : {c.date()}\nSignature de l'employeur ou de son mandataire\n{c.sign(c.contact)}\nSignature du travailleur\n{c.sign(c.full(0))}"
    return title, [b1, b2, b3, b4]


@family("application_form", "de", "myria.be (Deutschsprachige Gemeinschaft: Ministerium der DG, Fachbereich Ausbildung/Beschäftigung); reference notes: 'Antrag kombinierte Erlaubnis'")
def dg_antrag(c: Ctx):
    title = c.pick(["Antrag auf eine kombinierte Erlaubnis (Single Permit)", "ANTRAG KOMBINIERTE ERLAUBNIS - Arbeitserlaubnis und Aufenthalt über 90 Tage"])
    head = "Ministerium der Deutschsprachigen Gemeinschaft - Fachbereich Beschäftigung - Gospertstraße 1, 4700 Eupen"
    b1 = "1. Angaben zum Arbeitgeber\n" + c.fields([("Firmenbezeichnung", c.company), ("Unternehmensnummer", c.kbo()), ("Anschrift", c.addr()), ("Ansprechpartner", c.contact)])
    b2 = "2. Angaben zum Arbeitnehmer\n" + c.fields([("Name", c.last), ("Vorname", c.first), ("Geburtsdatum", c.date(c.birth, 1)),
                                                     ("Staatsangehörigkeit", c.country("de")), ("Reisepassnummer", c.passport_no)])
    b3 = "3. Beschäftigung\n" + c.fields([("Tätigkeit", c.job), ("Paritätische Kommission", c.pick(["200", "111", "124"])), ("Bruttomonatslohn", c.money(3000, 6000)),
                                         ("Beginn", c.date(c.shift(45)))])
    b4 = "Anlagen\n" + c.boxes(ANNEX_LIST["de"]) + f"\nEupen, den {c.date()}\n" + c.sign(c.contact)
    return title, [head, b1, b2, b3, b4]


@family("application_form", "fr nl en de", "reference single-permit.md (form signed and dated by employer; worker part); doczz.fr annexe forms for the dotted blank-field layout")
def blank_or_later_page(c: Ctx):
    """Blank forms and later pages with declarations only (no title on page 2 in reality)."""
    labels = {"fr": ["Nom de l'employeur", "Numéro d'entreprise", "Nom du travailleur", "Prénom", "Nationalité", "Date de naissance", "Fonction", "Lieu d'occupation"],
              "nl": ["Naam werkgever", "Ondernemingsnummer", "Naam werknemer", "Voornaam", "Nationaliteit", "Geboortedatum", "Functie", "Plaats van tewerkstelling"],
              "en": ["Employer name", "Enterprise number", "Worker surname", "First name", "Nationality", "Date of birth", "Position", "Place of work"],
              "de": ["Name des Arbeitgebers", "Unternehmensnummer", "Name des Arbeitnehmers", "Vorname", "Staatsangehörigkeit", "Geburtsdatum", "Tätigkeit", "Arbeitsort"]}[c.bl]
    title = T(c, fr="Formulaire de demande de permis unique", nl="Aanvraagformulier gecombineerde vergunning", en="Single permit application form", de="Antragsformular kombinierte Erlaubnis")
    decl = T(c, fr="Déclaration sur l'honneur : le soussigné certifie que les renseignements fournis dans la présente demande sont exacts. L'employeur s'engage à respecter les conditions d'occupation.",
             nl="Verklaring op eer: ondergetekende bevestigt dat de gegevens in deze aanvraag juist zijn. De werkgever verbindt zich ertoe de voorwaarden van tewerkstelling na te leven.",
             en="Declaration on honour: the undersigned certifies that the information in this application is correct. The employer undertakes to comply with the conditions of employment.",
             de="Ehrenwörtliche Erklärung: Der Unterzeichnete bestätigt die Richtigkeit der Angaben in diesem Antrag. Der Arbeitgeber verpflichtet sich, die Beschäftigungsbedingungen einzuhalten.")
    sig = T(c, fr="Signature de l'employeur / du mandataire", nl="Handtekening werkgever / mandataris", en="Signature of employer / mandated representative", de="Unterschrift Arbeitgeber / Bevollmächtigter")
    if c.chance(0.5):
        return title, [c.blank(labels), decl, sig + "\n" + c.blank([T(c, fr="Date", nl="Datum", en="Date", de="Datum")])]
    return None, [decl, c.boxes(ANNEX_LIST[c.bl]), sig + "\n" + c.sign(c.contact), f"{c.date()}   p. {c.r.randint(2, 4)}/{c.r.randint(4, 5)}"]


@family("application_form", "nl fr", "kortenberg.be/gecombineerde-vergunning-single-permit (unlimited-duration permit: 4 years of work, filed by the worker)")
def unlimited_worker(c: Ctx):
    title = T(c, nl="Aanvraag arbeidstoelating van onbepaalde duur - in te vullen door de werknemer",
              fr="Demande d'autorisation de travail à durée illimitée - à compléter par le travailleur")
    b1 = c.fields([(T(c, nl="Rijksregisternummer", fr="Numéro de registre national"), c.nrn()), (T(c, nl="Naam en voornaam", fr="Nom et prénom"), c.full()),
                   (T(c, nl="Adres", fr="Adresse"), c.addr()), (T(c, nl="Nationaliteit", fr="Nationalité"), c.nationality())])
    rows = []
    y = c.today.year - 5
    for i in range(c.r.randint(2, 4)):
        rows.append(f"{y + i}-{y + i + 1}  {c.make_company()}  {c.pick(['voltijds', 'temps plein', 'deeltijds', 'mi-temps'])}")
    b2 = T(c, nl="Overzicht tewerkstellingen van de laatste 5 jaar", fr="Aperçu des occupations des 5 dernières années") + "\n" + "\n".join(rows)
    b3 = T(c, nl="Bijlagen: loonfiches, individuele rekening, kopie verblijfskaart", fr="Annexes : fiches de paie, compte individuel, copie de la carte de séjour")
    return title, [b1, b2, b3, c.sign(c.full(0))]


# =============================================================================================
# passport
# =============================================================================================
def mrz_lines(c: Ctx) -> str:
    icao = COUNTRIES[c.cc][4]
    name = (c.last.upper().replace(" ", "<").replace("İ", "I").replace("Ş", "S").replace("Í", "I").replace("Á", "A").replace("É", "E").replace("Ú", "U").replace("Ó", "O")
            + "<<" + c.first.upper().replace(" ", "<").replace("Ş", "S").replace("Í", "I").replace("Ú", "U").replace("É", "E"))
    name = "".join(ch if ch.isascii() and (ch.isalnum() or ch == "<") else "<" for ch in name)
    l1 = f"P<{icao}{name}".ljust(44, "<")[:44]
    doc = c.passport_no.ljust(9, "<")
    bd = c.birth.strftime("%y%m%d")
    ex = c.expiry.strftime("%y%m%d")
    opt = "<" * 14
    body = f"{doc}{mrz_check(doc)}{icao}{bd}{mrz_check(bd)}{c.sex}{ex}{mrz_check(ex)}{opt}{mrz_check(opt)}"
    final = mrz_check(doc + mrz_check(doc) + bd + mrz_check(bd) + ex + mrz_check(ex) + opt + mrz_check(opt))
    return l1 + "\n" + body + final


@family("passport", "en", "cardlogix.com/glossary/icao and flyriver.com passport-data-fields (ICAO 9303 data page: type, code, number, surname, given names, MRZ 2x44)")
def icao_datapage(c: Ctx):
    icao = COUNTRIES[c.cc][4]
    title = c.pick(["PASSPORT", f"REPUBLIC OF {c.country('en').upper()}\nPASSPORT", f"{c.country('en').upper()} PASSPORT", "PASSPORT / PASSEPORT"])
    f = c.fields([("Type", "P"), ("Code", icao), ("Passport No.", c.passport_no), ("Surname", c.last.upper()), ("Given names", c.first.upper()),
                  ("Nationality", c.country("en").upper()), ("Date of birth", c.date(c.birth, 5)), ("Sex", c.sex),
                  ("Place of birth", c.pick(["MUMBAI", "MANILA", "CASABLANCA", "ISTANBUL", "LAGOS", "KYIV", "BOGOTA", "HANOI", "CAIRO", "NAIROBI"])),
                  ("Date of issue", c.date(c.issue, 5)), ("Date of expiry", c.date(c.expiry, 5)), ("Authority", c.pick(["MINISTRY OF FOREIGN AFFAIRS", "DFA MANILA", "PASSPORT OFFICE", "REGIONAL PASSPORT OFFICE"]))], c.pick([0, 1, 2]))
    return title, [f, mrz_lines(c)]


@family("passport", "en", "ICAO 9303 Part 3 (zbook.org transcription): machine readable zone alone, as a cropped scan shows it")
def mrz_only(c: Ctx):
    extra = c.pick(["", "<<<<<<<<<<<<<<<<<<<<<", c.country("en").upper(), "Signature of bearer"])
    return None, [extra, mrz_lines(c)]


@family("passport", "fr", "idcheck.io identity-documents/passport (booklet data page with bilingual labels)")
def bilingual_datapage(c: Ctx):
    c.issued_in(["MA", "TN", "CM"])
    state = {"MA": "ROYAUME DU MAROC", "TN": "RÉPUBLIQUE TUNISIENNE", "CM": "RÉPUBLIQUE DU CAMEROUN"}[c.cc]
    title = c.pick(["PASSEPORT / PASSPORT", f"{state}\nPASSEPORT", f"{state}\nPASSEPORT / PASSPORT", "PASSEPORT"])
    f = c.fields([("Type / Type", "P"), ("Code du pays / Country code", COUNTRIES[c.cc][4]), ("N° du passeport / Passport No.", c.passport_no),
                  ("Nom / Surname", c.last.upper()), ("Prénoms / Given names", c.first.upper()), ("Nationalité / Nationality", c.country("fr").upper()),
                  ("Date de naissance / Date of birth", c.date(c.birth, 1)), ("Sexe / Sex", c.sex), ("Lieu de naissance / Place of birth", c.pick({"MA": ["RABAT", "FES", "OUJDA"], "TN": ["TUNIS", "SFAX"], "CM": ["DOUALA", "YAOUNDE"]}[c.cc])),
                  ("Date de délivrance / Date of issue", c.date(c.issue, 1)), ("Date d'expiration / Date of expiry", c.date(c.expiry, 1)),
                  ("Autorité / Authority", c.pick(["DGSN", "MINISTÈRE DE L'INTÉRIEUR", "CONSULAT GÉNÉRAL"]))])
    return title, [f, mrz_lines(c)]


@family("passport", "en", "idcheck.io passport page (endorsements/observations pages and the issuing-state request page)")
def request_and_observations(c: Ctx):
    ctry = c.country("en")
    req = c.pick([f"The Government of the Republic of {ctry} requests all whom it may concern to permit the bearer, a citizen of {ctry}, to pass without delay or hindrance and in case of need to give all lawful aid and protection.",
                  f"These are to request and require in the name of the President of {ctry} all those whom it may concern to allow the bearer to pass freely without let or hindrance."])
    obs = "OBSERVATIONS / ENDORSEMENTS\n" + c.pick(["NIL", f"Holder's previous passport No. {c.pick('ZKLM')}{c.digits(7)} cancelled.", "This passport contains 36 pages.", "ECNR"])
    data = c.fields([("Passport No", c.passport_no), ("Name", c.full(1)), ("Date of expiry", c.date(c.expiry, 5))])
    return c.pick(["PASSPORT", None]), [req, obs, data]


@family("passport", "fr nl", "reference single-permit.md (Brussels asks a copy of every page; the data page is the core); commune 'copie certifiée conforme' practice")
def certified_copy(c: Ctx):
    stamp = T(c, fr=f"COPIE CERTIFIÉE CONFORME À L'ORIGINAL\nAdministration communale de {c.city}, le {c.date()}",
              nl=f"VOOR EENSLUIDEND AFSCHRIFT\nGemeentebestuur {c.city}, {c.date()}")
    f = c.fields([("Passport No / N°", c.passport_no), ("Surname / Nom", c.last.upper()), ("Given names / Prénoms", c.first.upper()),
                  ("Nationality", c.country("en").upper()), ("Date of birth", c.date(c.birth, 5)), ("Date of expiry", c.date(c.expiry, 5))])
    return "PASSPORT", [f, mrz_lines(c), stamp + "\n" + c.stamp()]


@family("passport", "en", "flyriver.com passport-data-fields (personal and document fields) - Turkish/Ukrainian/Japanese style labels in national language plus English")
def national_label_datapage(c: Ctx):
    c.issued_in(["TR", "UA", "JP"])
    labels = {"TR": ("PASAPORT / PASSPORT", ["Soyadı / Surname", "Adı / Given name(s)", "Uyruğu / Nationality", "Doğum tarihi / Date of birth", "Geçerlilik tarihi / Date of expiry", "Pasaport No / Passport No"]),
              "UA": ("ПАСПОРТ / PASSPORT", ["Прізвище / Surname", "Ім'я / Given names", "Громадянство / Nationality", "Дата народження / Date of birth", "Дата закінчення / Date of expiry", "№ / Passport No."]),
              "JP": ("旅券 PASSPORT", ["Surname", "Given name", "Nationality", "Date of birth", "Date of expiry", "Passport No."])}[c.cc]
    vals = [c.last.upper(), c.first.upper(), c.country("en").upper(), c.date(c.birth, 5), c.date(c.expiry, 5), c.passport_no]
    return labels[0], [c.fields(list(zip(labels[1], vals))), mrz_lines(c)]


# =============================================================================================
# employment_contract
# =============================================================================================
def parties(c: Ctx) -> str:
    return T(c, fr=f"ENTRE : {c.company}, numéro d'entreprise {c.kbo()}, dont le siège est établi {c.addr()}, représentée par {c.contact}, ci-après « l'employeur »,\nET : {c.mr()} {c.full(0)}, né(e) le {c.date(c.birth)}, de nationalité {c.nationality()}, ci-après « le travailleur ».",
             nl=f"TUSSEN: {c.company}, ondernemingsnummer {c.kbo()}, met zetel te {c.addr()}, vertegenwoordigd door {c.contact}, hierna \"de werkgever\",\nEN: {c.mr()} {c.full(0)}, geboren op {c.date(c.birth)}, nationaliteit {c.nationality()}, hierna \"de werknemer\".",
             en=f"BETWEEN {c.company}, enterprise number {c.kbo()}, registered office {c.addr()}, represented by {c.contact} (the \"Employer\")\nAND {c.full(0)}, born {c.date(c.birth)}, {c.nationality()} national (the \"Employee\").",
             de=f"ZWISCHEN {c.company}, Unternehmensnummer {c.kbo()}, mit Sitz in {c.addr()}, vertreten durch {c.contact}, nachstehend \"Arbeitgeber\",\nUND {c.mr()} {c.full(0)}, geboren am {c.date(c.birth)}, Staatsangehörigkeit {c.nationality()}, nachstehend \"Arbeitnehmer\".")


def contract_clauses(c: Ctx, kind: str) -> list[str]:
    pc = c.pick(["200", "124", "118", "302", "145", "111", "140", "226"])
    cl = {
        "fr": [f"Article {{n}} - Fonction. Le travailleur est engagé en qualité de {c.job}.",
               f"Article {{n}} - Lieu de travail. Les prestations s'effectuent à {c.city} et, le cas échéant, chez les clients de l'employeur.",
               f"Article {{n}} - Rémunération. La rémunération mensuelle brute est fixée à {c.money(2200, 6800)}, indexée conformément aux décisions de la commission paritaire n° {pc}.",
               "Article {n} - Durée du travail. " + c.pick(["Le régime de travail est de 38 heures par semaine.", "Le travailleur est occupé à temps partiel, 19 heures par semaine, selon l'horaire repris en annexe.", "Le régime est de 40 heures par semaine avec 12 jours de repos compensatoire."]),
               "Article {n} - Le présent contrat est régi par la loi du 3 juillet 1978 relative aux contrats de travail.",
               "Article {n} - Le travailleur déclare avoir reçu un exemplaire du règlement de travail.",
               "Article {n} - Préavis. Chaque partie peut mettre fin au contrat moyennant un préavis conforme aux articles 37/2 et suivants de la loi du 3 juillet 1978.",
               "Article {n} - L'exécution du contrat est subordonnée à l'obtention du permis unique et au résultat favorable de l'examen médical."],
        "nl": [f"Artikel {{n}} - Functie. De werknemer wordt aangeworven als {c.job}.",
               f"Artikel {{n}} - Plaats van tewerkstelling: {c.city}.",
               f"Artikel {{n}} - Loon. Het bruto maandloon bedraagt {c.money(2200, 6800)}. Het paritair comité nr. {pc} is van toepassing.",
               "Artikel {n} - Arbeidsduur. " + c.pick(["De wekelijkse arbeidsduur bedraagt 38 uur.", "Deeltijdse arbeid: 24 uur per week volgens het uurrooster in bijlage.", "Voltijds, 40 uur per week met ADV-dagen."]),
               "Artikel {n} - Deze overeenkomst is onderworpen aan de wet van 3 juli 1978 betreffende de arbeidsovereenkomsten.",
               "Artikel {n} - De werknemer verklaart een exemplaar van het arbeidsreglement ontvangen te hebben.",
               "Artikel {n} - Opzegging gebeurt volgens de opzegtermijnen van de wet van 3 juli 1978.",
               "Artikel {n} - De uitvoering van deze overeenkomst is afhankelijk van de toekenning van de gecombineerde vergunning."],
        "en": [f"Clause {{n}} - Position. The Employee is hired as {c.job}.",
               f"Clause {{n}} - Place of work: {c.city}, Belgium.",
               f"Clause {{n}} - Remuneration. Gross annual salary {c.money(48912, 95000)}, paid in 12 monthly instalments plus holiday pay and end-of-year bonus (joint committee {pc}).",
               "Clause {n} - Working hours: " + c.pick(["38 hours per week.", "part-time, 30 hours per week.", "40 hours per week, flexible schedule."]),
               "Clause {n} - This agreement is governed by the Belgian Law of 3 July 1978 on employment contracts.",
               "Clause {n} - Notice periods follow Belgian law.",
               "Clause {n} - This contract is conditional upon the grant of a single permit to the Employee."],
        "de": [f"§ {{n}} Tätigkeit. Der Arbeitnehmer wird als {c.job} eingestellt.",
               f"§ {{n}} Arbeitsort: {c.city}.",
               f"§ {{n}} Vergütung. Das Bruttomonatsgehalt beträgt {c.money(2200, 6000)}. Es gilt die paritätische Kommission Nr. {pc}.",
               "§ {n} Arbeitszeit: " + c.pick(["38 Stunden pro Woche.", "Teilzeit, 19 Stunden pro Woche."]),
               "§ {n} Auf diesen Vertrag findet das Gesetz vom 3. Juli 1978 über die Arbeitsverträge Anwendung.",
               "§ {n} Kündigungsfristen gemäß belgischem Recht."],
    }[c.bl]
    if kind == "cdd":
        cl.insert(1, T(c, fr=f"Article {{n}} - Durée. Le contrat est conclu pour une durée déterminée du {c.date(c.shift(30))} au {c.date(c.shift(395))}.",
                       nl=f"Artikel {{n}} - Duur. De overeenkomst wordt gesloten voor een bepaalde duur van {c.date(c.shift(30))} tot {c.date(c.shift(395))}.",
                       en=f"Clause {{n}} - Term. This is a fixed-term contract from {c.date(c.shift(30))} to {c.date(c.shift(395))}.",
                       de=f"§ {{n}} Dauer. Befristet vom {c.date(c.shift(30))} bis {c.date(c.shift(395))}."))
    else:
        cl.insert(1, T(c, fr=f"Article {{n}} - Le contrat prend cours le {c.date(c.shift(30))} pour une durée indéterminée.",
                       nl=f"Artikel {{n}} - De overeenkomst gaat in op {c.date(c.shift(30))} voor onbepaalde duur.",
                       en=f"Clause {{n}} - Start date {c.date(c.shift(30))}; the contract is of indefinite duration.",
                       de=f"§ {{n}} Der Vertrag beginnt am {c.date(c.shift(30))} und wird auf unbestimmte Zeit geschlossen."))
    if c.chance(0.3):
        c.r.shuffle(cl)
    return [x.replace("{n}", str(i + 1)) for i, x in enumerate(cl)]


def renumber(clauses: list[str]) -> list[str]:
    """Number clauses 1, 2, 3... again after some were left out."""
    out = []
    for i, x in enumerate(clauses, 1):
        head, _, rest = x.partition(" - ")
        word = head.split(" ")[0]
        out.append(f"{word} {i} - {rest}" if rest and word in ("Article", "Artikel", "Clause") else x)
    return out


def contract_sign(c: Ctx) -> str:
    return T(c, fr=f"Fait en deux exemplaires à {c.city}, le {c.date()}, chaque partie reconnaissant avoir reçu le sien.",
             nl=f"Opgemaakt in twee exemplaren te {c.city} op {c.date()}, waarvan elke partij erkent er één ontvangen te hebben.",
             en=f"Signed in duplicate at {c.city} on {c.date()}.", de=f"In zweifacher Ausfertigung erstellt in {c.city}, am {c.date()}.") + "\n" + \
        T(c, fr="L'employeur", nl="De werkgever", en="The Employer", de="Der Arbeitgeber") + "      " + T(c, fr="Le travailleur (lu et approuvé)", nl="De werknemer (gelezen en goedgekeurd)", en="The Employee", de="Der Arbeitnehmer") + "\n" + c.sign(c.contact) + "\n" + c.sign(c.full(0))


@family("employment_contract", "fr", "lacsc.be fiche de salaire / vlaanderen.be arbeidsovereenkomst (elements of a contract); bbtk.org 'Je rechten op zak - Arbeidsovereenkomst' (employee vs worker contracts)")
def cdi_employe(c: Ctx):
    title = c.pick(["CONTRAT DE TRAVAIL D'EMPLOYÉ À DURÉE INDÉTERMINÉE", "Contrat de travail - employé - durée indéterminée", "CONTRAT DE TRAVAIL"])
    return title, [parties(c), "IL A ÉTÉ CONVENU CE QUI SUIT :", *contract_clauses(c, "cdi"), contract_sign(c)]


@family("employment_contract", "nl", "vlaanderen.be/werken/werk-zoeken/arbeidsovereenkomst (identity of parties, start date, workplace, function, duration, pay, termination, work rules)")
def arbeidsovereenkomst_bediende(c: Ctx):
    title = c.pick(["ARBEIDSOVEREENKOMST VOOR BEDIENDEN VAN ONBEPAALDE DUUR", "Arbeidsovereenkomst bediende", "ARBEIDSOVEREENKOMST"])
    return title, [parties(c), "WERD OVEREENGEKOMEN WAT VOLGT:", *contract_clauses(c, "cdi"), contract_sign(c)]


@family("employment_contract", "fr nl en", "scribd.com 'Modèle de CDD à temps partiel' (article layout: engagement, motif, durée) adapted to Belgian law; reference notes (2026 Flanders contract content)")
def fixed_term(c: Ctx):
    title = T(c, fr="CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE", nl="ARBEIDSOVEREENKOMST VOOR EEN BEPAALDE DUUR", en="FIXED-TERM EMPLOYMENT CONTRACT")
    return title, [parties(c), *contract_clauses(c, "cdd"), contract_sign(c)]


@family("employment_contract", "fr nl", "legisocial.fr CDI temps partiel (mandatory mentions: weekly hours and their distribution) read for shape; Belgian part-time rule that the schedule is in the contract")
def part_time(c: Ctx):
    title = T(c, fr="CONTRAT DE TRAVAIL À TEMPS PARTIEL", nl="ARBEIDSOVEREENKOMST VOOR DEELTIJDSE ARBEID")
    days = {"fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"], "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]}[c.bl]
    sched = T(c, fr="Horaire de travail (annexe)", nl="Uurrooster (bijlage)") + "\n" + "\n".join(
        f"{d}  {c.pick(['08:00-12:00', '13:00-17:00', T(c, fr='repos', nl='rust'), '09:00-15:30'])}" for d in days)
    return title, [parties(c), *contract_clauses(c, "cdi")[:5], sched, contract_sign(c)]


@family("employment_contract", "en", "lawinsider.com contract layouts (Employment Agreement with numbered clauses) adapted to Belgian highly qualified hires")
def employment_agreement(c: Ctx):
    title = c.pick(["EMPLOYMENT AGREEMENT", "Employment Contract (Open-ended)", "CONTRACT OF EMPLOYMENT - WHITE-COLLAR EMPLOYEE"])
    extra = c.pick(["Schedule 1 - Benefits: company car, group insurance, hospitalisation insurance, meal vouchers of EUR 8 per working day.",
                    "Confidentiality: the Employee shall not disclose confidential information during or after employment.",
                    "Probation: no trial period applies under Belgian law since 2014."])
    return title, [parties(c), *contract_clauses(c, c.pick(["cdi", "cdd"])), extra, contract_sign(c)]


@family("employment_contract", "de", "reference notes (Arbeitsvertrag; paritätische Kommission) and myria.be (German-speaking Community procedure)")
def arbeitsvertrag_dg(c: Ctx):
    title = c.pick(["ARBEITSVERTRAG FÜR ANGESTELLTE", "Arbeitsvertrag auf unbestimmte Zeit", "ARBEITSVERTRAG"])
    return title, [parties(c), *contract_clauses(c, c.pick(["cdi", "cdd"])), contract_sign(c)]


@family("employment_contract", "nl fr", "vlaanderen.be gecombineerde-vergunning (seasonal work in horticulture); PC 145 horticulture; Belgian seasonal fixed-term practice")
def seasonal_contract(c: Ctx):
    title = T(c, nl="ARBEIDSOVEREENKOMST VOOR ARBEIDERS - SEIZOENSARBEID (PC 145 tuinbouw)", fr="CONTRAT DE TRAVAIL D'OUVRIER - TRAVAIL SAISONNIER (CP 145 horticulture)")
    body = T(c, nl=f"De werknemer wordt tewerkgesteld als seizoensarbeider voor de oogst van {c.pick(['aardbeien', 'peren', 'tomaten', 'witloof'])} van {c.date(c.shift(20))} tot {c.date(c.shift(140))}. Uurloon: {c.money(14, 17)} bruto. De wet van 3 juli 1978 is van toepassing.",
             fr=f"Le travailleur est occupé comme saisonnier pour la récolte des {c.pick(['fraises', 'poires', 'tomates'])} du {c.date(c.shift(20))} au {c.date(c.shift(140))}. Salaire horaire brut : {c.money(14, 17)}. La loi du 3 juillet 1978 s'applique.")
    return title, [parties(c), body, contract_sign(c)]


# =============================================================================================
# medical_certificate
# =============================================================================================
@family("medical_certificate", "fr nl en de", "werk-economie-emploi.brussels ICT page ('Certificat médical de l'Office des étrangers pour travailleur de nationalité étrangère'); expat.com forum transcription of a 'ne souffre d'aucune des maladies pouvant mettre en danger la santé publique' model")
def dvz_model(c: Ctx):
    title = T(c, fr="CERTIFICAT MÉDICAL", nl="MEDISCH ATTEST", en="MEDICAL CERTIFICATE", de="ÄRZTLICHES ATTEST")
    sub = T(c, fr="(modèle de l'Office des étrangers - travailleur de nationalité étrangère)", nl="(model Dienst Vreemdelingenzaken - buitenlandse werknemer)",
            en="(Immigration Office model - foreign worker)", de="(Muster des Ausländeramts - ausländischer Arbeitnehmer)")
    doc = f"Dr. {c.pick(BE_FIRST + FIRST_M)} {c.pick(LAST + BE_LAST)}"
    body = T(c, fr=f"Je soussigné(e), {doc}, docteur en médecine, certifie avoir examiné ce jour {c.mr()} {c.full(0)}, né(e) le {c.date(c.birth)}, de nationalité {c.nationality()}, et déclare qu'il ne ressort pas de cet examen qu'il/elle soit atteint(e) d'une des maladies pouvant mettre en danger la santé publique énumérées à l'annexe de la loi du 15 décembre 1980.",
             nl=f"Ondergetekende, {doc}, doctor in de geneeskunde, verklaart op heden {c.mr()} {c.full(0)}, geboren op {c.date(c.birth)}, nationaliteit {c.nationality()}, onderzocht te hebben en dat uit dit onderzoek niet blijkt dat betrokkene lijdt aan een van de ziekten die de volksgezondheid in gevaar kunnen brengen, opgesomd in de bijlage bij de wet van 15 december 1980.",
             en=f"I, the undersigned {doc}, medical doctor, certify that I have today examined {c.full(0)}, born {c.date(c.birth)}, of {c.nationality()} nationality, and that the examination does not show that the person suffers from any of the diseases that may endanger public health listed in the annex to the Law of 15 December 1980.",
             de=f"Der Unterzeichnete, {doc}, Doktor der Medizin, bescheinigt, heute {c.mr()} {c.full(0)}, geboren am {c.date(c.birth)}, Staatsangehörigkeit {c.nationality()}, untersucht zu haben, und dass die Untersuchung keine der Krankheiten ergibt, die die Volksgesundheit gefährden können und im Anhang zum Gesetz vom 15. Dezember 1980 aufgeführt sind.")
    sig = T(c, fr=f"Fait à {c.pick(['Mumbai', 'Manille', 'Casablanca', c.city])}, le {c.date()}", nl=f"Opgemaakt te {c.city} op {c.date()}", en=f"Place and date: {c.pick(['Manila', 'Bangalore', 'Nairobi', 'Lagos'])}, {c.date()}", de=f"Ort, Datum: {c.city}, {c.date()}") + \
        "\n" + c.sign(doc) + "\n" + c.stamp() + "\n" + T(c, fr="N° INAMI / cachet du médecin", nl="RIZIV-nr. / stempel arts", en="Registration no. / doctor's stamp", de="Stempel des Arztes") + f" {c.digits(1)}-{c.digits(5)}-{c.digits(2)}-{c.digits(3)}"
    return title, [sub, body, sig]


@family("medical_certificate", "en", "ash.tm.fr and legifrance arrêté 27/12/2016 on migrant medical checks (clinical exam, chest X-ray for TB) read for form shape; embassy-approved panel physician practice (reference notes)")
def panel_physician_report(c: Ctx):
    title = c.pick(["MEDICAL EXAMINATION REPORT", "Medical Certificate for Visa / Work Permit Purposes", "PRE-EMPLOYMENT MEDICAL FITNESS CERTIFICATE (Belgium)"])
    clinic = f"{c.pick(['St. Luke', 'Apollo-style', 'Sunrise', 'Unity', 'Medicare Plus'])} Diagnostic Centre - approved by the Embassy of Belgium"
    exam = c.fields([("Applicant", c.full()), ("Passport No.", c.passport_no), ("Date of birth", c.date(c.birth)), ("Height / Weight", f"{c.r.randint(150, 190)} cm / {c.r.randint(48, 98)} kg"),
                     ("Chest X-ray (PA view)", c.pick(["Normal", "No active lesion", "No abnormality detected"])), ("Sputum / IGRA", c.pick(["Negative", "Not indicated"])),
                     ("Syphilis (VDRL)", c.pick(["Non-reactive", "Negative"]))])
    concl = c.pick(["CONCLUSION: The applicant is free from any disease that may endanger public health as defined by Belgian law.",
                    "Remarks: fit. No evidence of active pulmonary tuberculosis or of any quarantinable disease."])
    return title, [clinic, exam, concl, c.sign(f"Dr. {c.pick(FIRST_M + FIRST_F)} {c.pick(LAST)}, MD") + "\n" + c.stamp()]


@family("medical_certificate", "en fr", "expat.com forum model ('Ne souffre d'aucune des maladies suivantes ... maladies quarantenaires ... tuberculose') - checkbox layout")
def checkbox_certificate(c: Ctx):
    title = T(c, en="MEDICAL CERTIFICATE", fr="CERTIFICAT MÉDICAL")
    items = T(c, en="quarantinable diseases under the International Health Regulations|active tuberculosis of the respiratory tract|other infectious or contagious parasitic diseases",
              fr="maladies quarantenaires visées par le Règlement sanitaire international|tuberculose de l'appareil respiratoire active ou à tendance évolutive|autres maladies infectieuses ou parasitaires contagieuses").split("|")
    head = c.fields([(T(c, en="Name", fr="Nom"), c.full()), (T(c, en="Nationality", fr="Nationalité"), c.nationality()), (T(c, en="Date of birth", fr="Date de naissance"), c.date(c.birth))])
    intro = T(c, en="The person named above does NOT suffer from:", fr="La personne susnommée NE SOUFFRE PAS de :")
    return title, [head, intro + "\n" + c.boxes(items, 0.95), c.sign("Dr. " + c.pick(LAST)) + "\n" + c.date()]


@family("medical_certificate", "fr nl", "field-notes (sworn translators' stamp legalises translations since 1 March 2021); Arabic/Turkish doctor's certificates translated for Belgian use")
def sworn_translation_medical(c: Ctx):
    head = T(c, fr=f"TRADUCTION JURÉE - de l'{c.pick(['arabe', 'turc', 'espagnol', 'portugais'])} vers le français", nl=f"BEËDIGDE VERTALING uit het {c.pick(['Arabisch', 'Turks', 'Spaans'])} naar het Nederlands")
    title = T(c, fr="[Traduction] CERTIFICAT MÉDICAL", nl="[Vertaling] MEDISCH ATTEST")
    body = T(c, fr=f"Le médecin soussigné atteste que {c.full(0)}, titulaire du passeport n° {c.passport_no}, a été examiné(e) et ne présente aucune maladie contagieuse ni aucune affection mettant en danger la santé publique.",
             nl=f"De ondergetekende arts verklaart dat {c.full(0)}, houder van paspoort nr. {c.passport_no}, werd onderzocht en geen besmettelijke ziekte of aandoening heeft die de volksgezondheid in gevaar brengt.")
    cert = T(c, fr=f"Je soussigné, traducteur juré près le tribunal de première instance, certifie la présente traduction conforme à l'original.\nRegistre national des traducteurs jurés n° {c.digits(6)}",
             nl=f"Ondergetekende, beëdigd vertaler, verklaart dat deze vertaling getrouw is aan het origineel.\nNationaal register beëdigd vertalers nr. {c.digits(6)}")
    return title, [head, body, c.stamp(), cert]


@family("medical_certificate", "nl de en", "reference notes ('medisch attest', 'ärztliches Attest'); short GP attestations on letterhead")
def short_gp_attest(c: Ctx):
    title = T(c, nl="Medisch attest", de="Ärztliche Bescheinigung", en="Medical certificate")
    body = T(c, nl=f"Hierbij verklaar ik dat {c.full(0)} ({c.date(c.birth)}) geen aandoening vertoont die een gevaar vormt voor de volksgezondheid, in het kader van de aanvraag van een gecombineerde vergunning.",
             de=f"Hiermit bescheinige ich, dass bei {c.full(0)} ({c.date(c.birth)}) keine Krankheit festgestellt wurde, welche die öffentliche Gesundheit gefährden kann (Antrag auf kombinierte Erlaubnis).",
             en=f"This is to certify that {c.full(0)} ({c.date(c.birth)}) shows no disease that may endanger public health. Issued for the single permit application.")
    return title, [f"Dr. {c.pick(BE_FIRST)} {c.pick(BE_LAST)} - {T(c, nl='huisarts', de='Allgemeinmedizin', en='general practitioner')} - {c.addr()}", body, c.date() + "\n" + c.sign("Dr. " + c.pick(BE_LAST))]


@family("medical_certificate", "en", "swedenabroad/legifrance pages on migrant health checks (lab panel, vaccination) - hospital letterhead variant with a results table")
def hospital_fitness(c: Ctx):
    title = c.pick(["CERTIFICATE OF MEDICAL FITNESS", "Medical Fitness Certificate - Overseas Employment"])
    tab = "Test | Result\n" + "\n".join(f"{t} | {r}" for t, r in [("Chest X-ray", "Normal"), ("HIV 1&2", "Non-reactive"), ("HBsAg", "Negative"), ("TB screening", "Negative"), ("Physical exam", "Fit")] if c.chance(0.8))
    return title, [f"{c.pick(['Makati', 'Chennai', 'Dhaka', 'Accra'])} General Hospital - Department of Occupational Medicine", c.fields([("Patient", c.full()), ("Passport", c.passport_no)]), tab,
                   "The above-named person is medically fit and free from communicable diseases of public health concern.", c.sign("Medical Director") + "\n" + c.stamp()]


# =============================================================================================
# criminal_record
# =============================================================================================
@family("criminal_record", "fr nl de", "reference notes (Belgian extract, electronic seal since 22 June 2021; models 595/596.1/596.2 for the purpose of the request)")
def be_extrait(c: Ctx):
    title = T(c, fr=c.pick(["EXTRAIT DU CASIER JUDICIAIRE", "Extrait de casier judiciaire (modèle 1)", "EXTRAIT DE CASIER JUDICIAIRE - Article 595 du Code d'instruction criminelle"]),
              nl=c.pick(["UITTREKSEL UIT HET STRAFREGISTER", "Uittreksel uit het strafregister (model 1)", "UITTREKSEL STRAFREGISTER - artikel 595 Wetboek van strafvordering"]),
              de=c.pick(["AUSZUG AUS DEM STRAFREGISTER", "Strafregisterauszug (Muster 1)"]))
    head = T(c, fr="Royaume de Belgique - SPF Justice - Casier judiciaire central", nl="Koninkrijk België - FOD Justitie - Centraal Strafregister", de="Königreich Belgien - FÖD Justiz - Zentrales Strafregister")
    f = c.fields([(T(c, fr="Nom", nl="Naam", de="Name"), c.last.upper()), (T(c, fr="Prénoms", nl="Voornamen", de="Vornamen"), c.first),
                  (T(c, fr="Né(e) le", nl="Geboren op", de="Geboren am"), c.date(c.birth)), (T(c, fr="Numéro de registre national", nl="Rijksregisternummer", de="Nationalregisternummer"), c.nrn()),
                  (T(c, fr="Nationalité", nl="Nationaliteit", de="Staatsangehörigkeit"), c.nationality())])
    res = T(c, fr=c.pick(["NÉANT", "Aucune condamnation n'est mentionnée.", "Le casier judiciaire ne mentionne aucune condamnation."]),
            nl=c.pick(["NIHIL", "Geen veroordelingen vermeld.", "Het strafregister vermeldt geen veroordelingen."]), de=c.pick(["KEINE EINTRAGUNG", "Es sind keine Verurteilungen vermerkt."]))
    foot = T(c, fr=f"Délivré le {c.date()} - document muni d'un cachet électronique - destination : {c.pick(['usage administratif', 'permis unique', 'étranger'])}",
             nl=f"Afgeleverd op {c.date()} - document met elektronisch zegel - bestemming: {c.pick(['administratief gebruik', 'buitenland', 'arbeidskaart'])}",
             de=f"Ausgestellt am {c.date()} - elektronisches Siegel")
    return title, [head, f, res, foot]


@family("criminal_record", "en", "oivisas.com and bajajfinserv.in on the Indian Police Clearance Certificate (Passport Seva, Regional Passport Office, 'Clear' police report)")
def india_pcc(c: Ctx):
    c.issued_in(["IN"])
    title = c.pick(["POLICE CLEARANCE CERTIFICATE", "Police Clearance Certificate (PCC)"])
    head = c.pick(["Government of India - Ministry of External Affairs - Regional Passport Office", "Passport Seva Kendra - Government of India"])
    body = f"This is to certify that no adverse information has come to light against {c.full(0)}, holder of Indian passport No. {c.passport_no} issued at {c.pick(['Mumbai', 'Delhi', 'Chennai', 'Hyderabad'])} on {c.date(c.issue)}, which would render him/her ineligible for grant of residence/work permit in {c.pick(['Belgium', 'BELGIUM'])}."
    f = c.fields([("File No.", f"{c.pick(['MU', 'DL', 'CH', 'HY'])}{c.digits(10)}"), ("Date", c.date()), ("Place", c.pick(["Mumbai", "Bengaluru", "Kochi"]))])
    return title, [head, body, f, c.sign("Passport Officer") + "\n" + c.stamp()]


@family("criminal_record", "en", "NBI clearance common layout (Philippines National Bureau of Investigation: 'No Record on File'); general knowledge")
def nbi_clearance(c: Ctx):
    c.issued_in(["PH"])
    title = c.pick(["NBI CLEARANCE", "NATIONAL BUREAU OF INVESTIGATION CLEARANCE"])
    f = c.fields([("NAME", c.full(2).upper()), ("ADDRESS", c.foreign_addr()), ("BIRTH DATE", c.date(c.birth, 5)), ("BIRTH PLACE", c.pick(["QUEZON CITY", "CEBU CITY", "DAVAO"])),
                  ("PURPOSE", c.pick(["TRAVEL ABROAD", "EMPLOYMENT ABROAD - BELGIUM", "WORK VISA"])), ("NBI ID NO", f"{c.pick('ABCDE')}{c.digits(10)}")])
    rem = "REMARKS: " + c.pick(["NO RECORD ON FILE", "NO DEROGATORY RECORD", "NO CRIMINAL RECORD"])
    return title, ["Republic of the Philippines - Department of Justice", f, rem, f"Valid until {c.date(c.shift(365))}\nDIRECTOR\n" + c.stamp()]


@family("criminal_record", "en fr", "adlisicil.adalet.gov.tr and turkiye.gov.tr (Adli Sicil Kaydı from e-Devlet with barcode verification) - sworn translation into English/French")
def turkey_adli_sicil(c: Ctx):
    c.issued_in(["TR"])
    title = T(c, en="CRIMINAL RECORD CERTIFICATE (Adli Sicil Kaydı) - sworn translation", fr="CERTIFICAT DE CASIER JUDICIAIRE (Adli Sicil Kaydı) - traduction jurée")
    head = T(c, en="Republic of Türkiye - Ministry of Justice - General Directorate of Criminal Records and Statistics", fr="République de Turquie - Ministère de la Justice - Direction générale du casier judiciaire et des statistiques")
    f = c.fields([(T(c, en="T.R. Identity No", fr="N° d'identité"), c.digits(11)), (T(c, en="Name Surname", fr="Nom Prénom"), c.full(0)),
                  (T(c, en="Father's name", fr="Nom du père"), c.pick(FIRST_M)), (T(c, en="Date of birth", fr="Date de naissance"), c.date(c.birth, 1)),
                  (T(c, en="Purpose", fr="Motif"), T(c, en="official institution", fr="institution officielle"))])
    res = T(c, en="CRIMINAL RECORD: NONE.  ARCHIVE RECORD: NONE.", fr="CASIER JUDICIAIRE : NÉANT.  ARCHIVES : NÉANT.")
    ver = T(c, en=f"This document was produced electronically. Barcode: {c.digits(16)}. It can be verified at turkiye.gov.tr.", fr=f"Document produit électroniquement. Code-barres : {c.digits(16)}. Vérifiable sur turkiye.gov.tr.")
    return title, [head, f, res, ver, T(c, en="Apostille (Convention de La Haye du 5 octobre 1961) attached.", fr="Apostille (Convention de La Haye du 5 octobre 1961) jointe.")]


@family("criminal_record", "de", "tuerkei.diplo.de Führungszeugnis page (Bundesamt für Justiz, Bundeszentralregister, 53094 Bonn) - worker's last country of residence in the EU")
def fuehrungszeugnis(c: Ctx):
    title = c.pick(["Führungszeugnis", "FÜHRUNGSZEUGNIS - Belegart N", "Führungszeugnis zur Vorlage bei einer Behörde (Belegart O)"])
    head = "Bundesamt für Justiz - Bundeszentralregister - 53094 Bonn"
    f = c.fields([("Geburtsname", c.last), ("Familienname", c.last), ("Vornamen", c.first), ("Geburtsdatum", c.date(c.birth, 1)),
                  ("Staatsangehörigkeit", c.country("de")), ("Anschrift", c.addr())])
    return title, [head, f, "Inhalt: Keine Eintragung", f"Bonn, {c.date()}\nIm Auftrag\n" + c.sign("Bundesamt für Justiz")]


@family("criminal_record", "fr en", "Maghreb 'Bulletin n°3 du casier judiciaire' layout and the apostille fields (field-notes: apostille has a fixed 10-field layout)")
def maghreb_bulletin3(c: Ctx):
    c.issued_in(["MA", "TN", "CM"])
    title = T(c, fr="BULLETIN N° 3 DU CASIER JUDICIAIRE", en="CRIMINAL RECORD - BULLETIN No. 3 (translation)")
    state = {"MA": ("Royaume du Maroc", "Kingdom of Morocco"), "TN": ("République Tunisienne", "Republic of Tunisia"), "CM": ("République du Cameroun", "Republic of Cameroon")}[c.cc]
    head = T(c, fr=f"{state[0]} - Ministère de la Justice - Tribunal de première instance", en=f"{state[1]} - Ministry of Justice - Court of First Instance")
    f = c.fields([(T(c, fr="Nom", en="Surname"), c.last), (T(c, fr="Prénom", en="First name"), c.first), (T(c, fr="Fils/Fille de", en="Son/daughter of"), f"{c.pick(FIRST_M)} et {c.pick(FIRST_F)}"),
                  (T(c, fr="Date et lieu de naissance", en="Date and place of birth"), f"{c.date(c.birth)} {c.pick(['Fès', 'Sfax', 'Yaoundé', 'Oujda'])}"),
                  (T(c, fr="N° CIN", en="ID No."), f"{c.pick('ABCJ')}{c.digits(6)}")])
    res = T(c, fr="CONDAMNATIONS : NÉANT", en="CONVICTIONS: NIL")
    return title, [head, f, res, c.stamp(), T(c, fr="Le greffier en chef", en="Chief Clerk") + "\n" + c.date()]


@family("criminal_record", "en", "reference notes ('certificate of good conduct'); Kenyan DCI / Nigerian police certificate shapes (general knowledge)")
def good_conduct_certificate(c: Ctx):
    c.issued_in(["KE", "NG", "GH"])
    title = c.pick(["CERTIFICATE OF GOOD CONDUCT", "POLICE CHARACTER CERTIFICATE", "POLICE CERTIFICATE"])
    head = c.pick(["Directorate of Criminal Investigations - Criminal Records Office", "Nigeria Police Force - Force Criminal Investigation Department", "Ghana Police Service - CID Headquarters"])
    body = f"This is to certify that {c.full(0)}, ID/Passport No. {c.passport_no}, whose fingerprints were taken on {c.date(c.shift(-40))}, has been checked against the criminal records and {c.pick(['no criminal record was found', 'is not known to have any criminal record', 'has no record of conviction'])}."
    return title, [head, body, f"Ref: CRO/{c.digits(6)}/{c.today.year}", c.sign("for Director") + "\n" + c.stamp()]


@family("criminal_record", "en", "US 'Identity History Summary' request response shape (general knowledge): fingerprint-based 'no prior arrest data'")
def us_identity_history(c: Ctx):
    c.issued_in(["US"])
    title = c.pick(["IDENTITY HISTORY SUMMARY", "Identity History Summary Check - Response"])
    body = f"A search of the fingerprints provided by {c.full(0)} (DOB {c.date(c.birth, 6)}) has revealed no prior arrest data at the FBI."
    return title, ["U.S. Department of Justice - Federal Bureau of Investigation - Criminal Justice Information Services Division", body, f"Date: {c.date()}  Request No. {c.digits(12)}", "Apostille attached"]


# =============================================================================================
# fee_payment_proof
# =============================================================================================
def fee_msg(c: Ctx) -> str:
    # Turkish nationals are exempt from the fee (reference notes), so the payer never names one.
    nat = c.country(cc="MA") if c.cc == "TR" else c.nationality()
    return f"{c.last.upper()} {c.first} {nat.upper()} {c.birth.strftime('%d.%m.%Y')}"


def fee_amount(c: Ctx) -> str:
    # EUR 144 (2024) and EUR 148 (2025) from the reference notes; no 2026 amount was found.
    return c.fmt_money(c.pick([144.0, 148.0]))


def fee_beneficiary(c: Ctx) -> str:
    return c.pick(["DVZ - Dienst Vreemdelingenzaken", "Office des Etrangers", "SPF Intérieur - Office des étrangers", "FOD Binnenlandse Zaken DVZ retributie",
                   "DIENST VREEMDELINGENZAKEN", "OE - Redevance", "Immigration Office (DVZ/OE)"])


@family("fee_payment_proof", "nl fr en", "bpostbank.be 'Uw rekeninguittreksels in een nieuw kleedje' (transfer detail: beneficiary, communication, value date); wikifin.be overschrijvingen (IBAN, structured or free communication)")
def bank_app_transfer(c: Ctx):
    bank = c.pick(["KBC Mobile", "Belfius Mobile", "ING Banking", "BNP Paribas Fortis Easy Banking", "Argenta", "Crelan", "Beobank", "bpost bank", "Keytrade Bank", "AXA Bank"])
    title = T(c, nl=c.pick(["Overschrijving uitgevoerd", "Bevestiging van uw overschrijving", "Details verrichting"]),
              fr=c.pick(["Virement exécuté", "Confirmation de votre virement", "Détails de l'opération"]), en=c.pick(["Transfer executed", "Payment confirmation", "Transaction details"]))
    f = c.fields([(T(c, nl="Van rekening", fr="Du compte", en="From account"), f"{c.iban_be()} {c.full(0)}"),
                  (T(c, nl="Begunstigde", fr="Bénéficiaire", en="Beneficiary"), fee_beneficiary(c)),
                  (T(c, nl="Rekening begunstigde", fr="Compte bénéficiaire", en="Beneficiary account"), FEE_IBAN), ("BIC", FEE_BIC),
                  (T(c, nl="Bedrag", fr="Montant", en="Amount"), fee_amount(c)),
                  (T(c, nl="Mededeling", fr="Communication", en="Message"), fee_msg(c)),
                  (T(c, nl="Uitvoeringsdatum", fr="Date d'exécution", en="Execution date"), c.date()),
                  (T(c, nl="Status", fr="Statut", en="Status"), T(c, nl="Uitgevoerd", fr="Exécuté", en="Executed"))])
    return title, [bank, f, T(c, nl=f"Referte: {c.digits(4)}-{c.digits(6)}", fr=f"Référence : {c.digits(4)}-{c.digits(6)}", en=f"Reference {c.digits(10)}")]


@family("fee_payment_proof", "nl fr", "bpostbank.be rekeninguittreksel description (header with IBAN/BIC, 'uittreksel', 'Beschikb.' value date, outgoing transfer detail); wikifin.be 'Hoe je rekening checken'")
def account_statement_line(c: Ctx):
    title = T(c, nl=f"Rekeninguittreksel nr. {c.r.randint(1, 250)}", fr=f"Extrait de compte n° {c.r.randint(1, 250)}")
    head = c.fields([("IBAN", c.iban_be()), ("BIC", c.pick(["GEBABEBB", "KREDBEBB", "BBRUBEBB", "BPOTBEB1", "ARSPBE22"])), (T(c, nl="Vorig saldo", fr="Ancien solde"), c.money(200, 9000))])
    lines = [f"{c.date(c.shift(-3), 0)}  {T(c, nl='Betaling Bancontact', fr='Paiement Bancontact')} {c.pick(['DELHAIZE', 'COLRUYT', 'ALDI', 'SNCB'])}  -{c.money(5, 90)}",
             f"{c.date(c.shift(-1), 0)}  {T(c, nl='Europese overschrijving naar', fr='Virement européen vers')} {FEE_IBAN} {fee_beneficiary(c)}  {T(c, nl='Mededeling', fr='Communication')}: {fee_msg(c)}  -{fee_amount(c)}  {T(c, nl='Beschikb.', fr='Valeur')} {c.date(c.shift(-1), 0)}",
             f"{c.date(c.shift(0), 0)}  {T(c, nl='Overschrijving in uw voordeel', fr='Virement en votre faveur')} {c.make_company()}  +{c.money(1500, 4000)}"]
    return title, [head, "\n".join(lines), T(c, nl="Nieuw saldo", fr="Nouveau solde") + c.sep() + c.money(100, 9000)]


@family("fee_payment_proof", "en", "help.revolut.com 'Transfer Confirmation' PDF found under the transfer (sender, recipient, IBAN, reference, status 'Completed')")
def fintech_confirmation(c: Ctx):
    app = c.pick(["Revolut", "Wise", "N26", "bunq"])
    title = c.pick(["Transfer confirmation", "Payment confirmation", "Transfer receipt"])
    f = c.fields([("Sender", c.full(0)), ("Recipient", fee_beneficiary(c)), ("IBAN", FEE_IBAN), ("BIC/SWIFT", FEE_BIC), ("Amount", fee_amount(c)),
                  ("Reference", fee_msg(c)), ("Status", c.pick(["Completed", "Complete", "Sent"])), ("Transaction ID", f"{c.digits(8)}-{c.pick('abcdef')}{c.digits(3)}"),
                  ("Date", c.date())])
    return f"{app}\n{title}", [f, f"This confirmation is provided by {app}. Keep it as proof of payment."]


@family("fee_payment_proof", "en", "ING.be 'Status en opvolgen betalingen' (SEPA / international transfer tracking) - foreign bank SWIFT outward remittance advice paying the Belgian fee from abroad")
def swift_remittance(c: Ctx):
    title = c.pick(["OUTWARD REMITTANCE ADVICE", "SWIFT PAYMENT CONFIRMATION (MT103)", "Foreign Telegraphic Transfer - Debit Advice"])
    f = c.fields([(":20: Sender's reference", c.digits(12)), (":32A: Value date/Currency/Amount", f"{c.today.strftime('%y%m%d')}EUR{c.pick(['144,00', '148,00'])}"),
                  (":50K: Ordering customer", c.full(2).upper()), (":59: Beneficiary", f"/{FEE_IBAN.replace(' ', '')}\n{fee_beneficiary(c).upper()}"),
                  (":57A: Account with institution", FEE_BIC), (":70: Remittance information", fee_msg(c)), (":71A: Charges", c.pick(["OUR", "SHA"]))], 0)
    return title, [c.pick(["State Bank - International Banking Division", "Metrobank - Remittance Center", "Banque Populaire - Service International"]), f]


@family("fee_payment_proof", "fr nl", "wikifin.be overschrijvingen (paper transfer form fields) - counter/self-bank transfer slip stamped by the branch")
def paper_transfer_slip(c: Ctx):
    title = T(c, fr="VIREMENT EUROPÉEN", nl="EUROPESE OVERSCHRIJVING")
    f = c.fields([(T(c, fr="Montant", nl="Bedrag"), c.pick(["144,00", "148,00"]) + " EUR"), (T(c, fr="Compte donneur d'ordre (IBAN)", nl="Rekening opdrachtgever (IBAN)"), c.iban_be()),
                  (T(c, fr="Nom et adresse du donneur d'ordre", nl="Naam en adres opdrachtgever"), f"{c.contact} - {c.company}"),
                  (T(c, fr="Compte bénéficiaire (IBAN)", nl="Rekening begunstigde (IBAN)"), FEE_IBAN), ("BIC", FEE_BIC),
                  (T(c, fr="Nom du bénéficiaire", nl="Naam begunstigde"), fee_beneficiary(c)), (T(c, fr="Communication", nl="Mededeling"), fee_msg(c))], 1)
    return title, [f, T(c, fr="Date mémo", nl="Memodatum") + c.sep() + c.date(), c.stamp() + " " + T(c, fr="Signature(s)", nl="Handtekening(en)")]


@family("fee_payment_proof", "en fr nl", "reference notes (fee paid by the worker, the employer or a third person; message 'Name Firstname Nationality DD.MM.YYYY'); vreemdelingenrecht.be (retributie transfer)")
def employer_batch_payment(c: Ctx):
    title = T(c, en="Payment order - batch confirmation", fr="Ordre de paiement groupé - confirmation", nl="Betaalopdracht - groepsbevestiging")
    rows = []
    for _ in range(c.r.randint(1, 4)):
        other = c.pick([k for k in COUNTRIES if k != "TR"])
        born = dt.date(c.r.randint(1970, 2003), c.r.randint(1, 12), c.r.randint(1, 28))
        rows.append(f"{FEE_IBAN} | {fee_beneficiary(c)} | {c.pick(['144,00', '148,00'])} EUR | {c.pick(LAST).upper()} {c.pick(FIRST_M + FIRST_F)} {c.country(cc=other).upper()} {born.strftime('%d.%m.%Y')}")
    rows.insert(c.r.randint(0, len(rows)), f"{FEE_IBAN} | {fee_beneficiary(c)} | {fee_amount(c)} | {fee_msg(c)}")
    head = c.fields([(T(c, en="Ordering company", fr="Société", nl="Onderneming"), c.company), (T(c, en="Debit account", fr="Compte débité", nl="Gedebiteerde rekening"), c.iban_be()),
                     (T(c, en="Execution date", fr="Date d'exécution", nl="Uitvoeringsdatum"), c.date())])
    return title, [head, T(c, en="Beneficiary IBAN | Name | Amount | Communication", fr="IBAN bénéficiaire | Nom | Montant | Communication", nl="IBAN begunstigde | Naam | Bedrag | Mededeling") + "\n" + "\n".join(rows),
                   T(c, en="Administrative fee single permit", fr="Redevance administrative permis unique", nl="Administratieve retributie gecombineerde vergunning")]


@family("fee_payment_proof", "nl fr", "vreemdelingenrecht.be ('bewijs van de betaling van de administratieve bijdrage (retributie)'); commune/DVZ acknowledgement of fee received")
def fee_receipt_letter(c: Ctx):
    title = T(c, nl="Bewijs van betaling van de retributie", fr="Preuve de paiement de la redevance")
    body = T(c, nl=f"De som van {fee_amount(c)} werd op {c.date()} overgeschreven op rekening {FEE_IBAN} (BIC {FEE_BIC}) van de Dienst Vreemdelingenzaken met de mededeling \"{fee_msg(c)}\".",
             fr=f"La somme de {fee_amount(c)} a été virée le {c.date()} sur le compte {FEE_IBAN} (BIC {FEE_BIC}) de l'Office des étrangers avec la communication « {fee_msg(c)} ».")
    return title, [body, T(c, nl="Bijlage: schermafdruk van de bankapp.", fr="Annexe : capture d'écran de l'application bancaire."), c.sign(c.contact)]


# =============================================================================================
# health_insurance
# =============================================================================================
MUTUAL_NAMES = ["Mutualité Libre Horizon", "Ziekenfonds De Linde", "Mutualia", "Onafhankelijk Ziekenfonds Noord",
                "Mutualité du Centre", "Krankenkasse Ostbelgien", "Santéa Mutualité", "Heliant Ziekenfonds"]


@family("health_insurance", "fr nl de", "itg.fr 'attestation mutuelle' (member number, identity, insurer details, validity) read for shape; Belgian mutualité/ziekenfonds affiliation attestations")
def mutual_affiliation(c: Ctx):
    title = T(c, fr=c.pick(["ATTESTATION D'AFFILIATION", "Attestation d'assurabilité soins de santé", "ATTESTATION D'INSCRIPTION"]),
              nl=c.pick(["ATTEST VAN AANSLUITING", "Verzekerbaarheidsattest geneeskundige verzorging", "ATTEST VAN INSCHRIJVING"]),
              de=c.pick(["MITGLIEDSBESCHEINIGUNG", "Bescheinigung über die Versicherung für Gesundheitspflege"]))
    mut = c.pick(MUTUAL_NAMES)
    body = T(c, fr=f"La mutualité soussignée certifie que {c.mr()} {c.full(0)}, numéro de registre national {c.nrn()}, est affilié(e) depuis le {c.date(c.shift(-200))} et a droit aux prestations de l'assurance obligatoire soins de santé et indemnités en qualité de {c.pick(['titulaire', 'travailleur salarié'])}.",
             nl=f"Het ondergetekende ziekenfonds verklaart dat {c.mr()} {c.full(0)}, rijksregisternummer {c.nrn()}, aangesloten is sinds {c.date(c.shift(-200))} en recht heeft op de prestaties van de verplichte verzekering voor geneeskundige verzorging en uitkeringen als {c.pick(['gerechtigde', 'werknemer'])}.",
             de=f"Die unterzeichnete Krankenkasse bescheinigt, dass {c.mr()} {c.full(0)}, Nationalregisternummer {c.nrn()}, seit dem {c.date(c.shift(-200))} Mitglied ist und Anspruch auf Leistungen der Pflichtversicherung für Gesundheitspflege hat.")
    f = c.fields([(T(c, fr="N° d'affilié", nl="Lidnummer", de="Mitgliedsnummer"), c.digits(10)), (T(c, fr="Code titulaire", nl="Code gerechtigde", de="Code"), f"{c.digits(3)}/{c.digits(3)}"),
                  (T(c, fr="Valable jusqu'au", nl="Geldig tot", de="Gültig bis"), c.date(c.shift(365)))])
    return title, [mut + " - " + c.addr(), body, f, c.sign(T(c, fr="Le service des affiliations", nl="De dienst inschrijvingen", de="Die Mitgliederverwaltung"))]


@family("health_insurance", "en de fr", "swedenabroad.com medical travel insurance page, icicilombard.com and onlinevisaguide.com (certificate must state policyholder, coverage EUR 30,000, validity, repatriation)")
def private_certificate(c: Ctx):
    insurer = c.pick(["Globalis Care Insurance", "Meridian Health Assurance", "Northstar International Health", "Euro-Med Expat Cover"])
    title = T(c, en=c.pick(["CERTIFICATE OF INSURANCE", "Certificate of Health Insurance Cover", "INSURANCE CONFIRMATION - INTERNATIONAL HEALTH PLAN"]),
              de=c.pick(["VERSICHERUNGSBESTÄTIGUNG", "Bescheinigung über den Krankenversicherungsschutz", "Versicherungsnachweis - internationale Krankenversicherung"]),
              fr=c.pick(["ATTESTATION D'ASSURANCE", "Attestation de couverture soins de santé", "CERTIFICAT D'ASSURANCE MALADIE INTERNATIONALE"]))
    f = c.fields([(T(c, en="Insured person", de="Versicherte Person", fr="Assuré"), c.full()), (T(c, en="Date of birth", de="Geburtsdatum", fr="Date de naissance"), c.date(c.birth)),
                  (T(c, en="Passport", de="Reisepass", fr="Passeport"), c.passport_no), (T(c, en="Policy number", de="Versicherungsnummer", fr="N° de contrat"), f"{c.pick('GMNE')}{c.digits(9)}"),
                  (T(c, en="Plan", de="Tarif", fr="Formule"), c.pick(["Global Health Plus", "Expat Premier", "Comprehensive Inpatient & Outpatient"])),
                  (T(c, en="Territory", de="Geltungsbereich", fr="Territoire"), T(c, en=c.pick(["Worldwide excl. USA", "Europe incl. Belgium"]), de=c.pick(["weltweit ohne USA", "Europa einschl. Belgien"]), fr=c.pick(["monde entier hors USA", "Europe, Belgique comprise"]))),
                  (T(c, en="Period of cover", de="Versicherungszeitraum", fr="Période de couverture"), f"{c.date(c.shift(10))} - {c.date(c.shift(375))}"),
                  (T(c, en="Maximum benefit", de="Höchstleistung", fr="Plafond"), c.money(250000, 2000000)),
                  (T(c, en="Medical repatriation", de="Rücktransport", fr="Rapatriement médical"), T(c, en="Included", de="eingeschlossen", fr="inclus"))])
    conf = T(c, en="We confirm that the insured is covered for medical expenses, hospitalisation and medical repatriation during the period shown.",
             de="Wir bestätigen, dass die versicherte Person im genannten Zeitraum für Krankheitskosten, Krankenhausaufenthalt und Rücktransport versichert ist.",
             fr="Nous confirmons que l'assuré est couvert pour les frais médicaux, l'hospitalisation et le rapatriement médical pendant la période indiquée.")
    return title, [insurer, f, conf, c.sign(T(c, en="Underwriting Department", de="Abteilung Leistung", fr="Service souscription"))]


@family("health_insurance", "fr nl en", "checklist-facts (Brussels asks the employer's commitment to cover the worker and family for health care); reference notes ('or the employer's commitment')")
def employer_commitment(c: Ctx):
    title = T(c, fr="ENGAGEMENT DE L'EMPLOYEUR - COUVERTURE SOINS DE SANTÉ", nl="VERBINTENIS VAN DE WERKGEVER - DEKKING GENEESKUNDIGE VERZORGING", en="EMPLOYER'S UNDERTAKING - HEALTH INSURANCE COVER")
    body = T(c, fr=f"Je soussigné(e), {c.contact}, agissant pour {c.company} ({c.kbo()}), m'engage à ce que {c.full(0)}, de nationalité {c.nationality()}, ainsi que les membres de sa famille qui l'accompagnent, soient couverts par une assurance maladie couvrant tous les risques en Belgique dès le début de l'occupation, jusqu'à son affiliation à une mutualité.",
             nl=f"Ondergetekende, {c.contact}, handelend voor {c.company} ({c.kbo()}), verbindt zich ertoe dat {c.full(0)}, nationaliteit {c.nationality()}, en de begeleidende gezinsleden vanaf het begin van de tewerkstelling gedekt zijn door een ziektekostenverzekering die alle risico's in België dekt, tot de aansluiting bij een ziekenfonds.",
             en=f"I, {c.contact}, on behalf of {c.company} ({c.kbo()}), undertake that {c.full(0)}, {c.nationality()} national, and accompanying family members will be covered by health insurance for all risks in Belgium from the first day of employment until affiliation with a Belgian health insurance fund.")
    return title, [body, c.date() + "\n" + c.sign(c.contact)]


@family("health_insurance", "en de", "swedenabroad.com / europe-visa-check (travel medical insurance: EUR 30,000, all Schengen states, emergency treatment, repatriation)")
def travel_medical(c: Ctx):
    title = T(c, en=c.pick(["TRAVEL MEDICAL INSURANCE - CERTIFICATE", "Schengen Travel Health Insurance Certificate"]), de=c.pick(["REISEKRANKENVERSICHERUNG - VERSICHERUNGSBESTÄTIGUNG", "Versicherungsbestätigung Auslandskrankenversicherung"]))
    f = c.fields([(T(c, en="Insured", de="Versicherte Person"), c.full()), (T(c, en="Validity", de="Gültigkeit"), f"{c.date(c.shift(5))} - {c.date(c.shift(95))}"),
                  (T(c, en="Coverage", de="Deckungssumme"), c.pick(["EUR 30,000", "EUR 50.000", "EUR 100,000"])), (T(c, en="Territory", de="Geltungsbereich"), T(c, en="All Schengen countries", de="Alle Schengen-Staaten")),
                  (T(c, en="Deductible", de="Selbstbeteiligung"), c.pick(["none", "keine", "EUR 0"]))])
    cov = T(c, en="Covers emergency medical treatment, hospitalisation, medical evacuation and repatriation of remains.", de="Deckt Notfallbehandlung, Krankenhausaufenthalt, Rücktransport und Überführung im Todesfall.")
    return title, [c.pick(["TravelSafe Assurance", "Reiseschutz Allgemeine AG", "Schengen Shield Insurance"]), f, cov]


@family("health_insurance", "nl fr", "Belgian group hospitalisation insurance membership certificates (employer group policy); itg.fr attestation fields")
def group_hospitalisation(c: Ctx):
    title = T(c, nl="Aansluitingsattest hospitalisatieverzekering (groepspolis)", fr="Attestation d'affiliation - assurance hospitalisation collective")
    f = c.fields([(T(c, nl="Werkgever / polishouder", fr="Employeur / preneur"), c.company), (T(c, nl="Polisnummer", fr="N° de police"), f"GH-{c.digits(7)}"),
                  (T(c, nl="Aangeslotene", fr="Affilié"), c.full()), (T(c, nl="Medeverzekerden", fr="Coassurés"), c.pick(["partner, 2 kinderen", "aucun", "conjoint"])),
                  (T(c, nl="Ingangsdatum", fr="Date de prise d'effet"), c.date(c.shift(30)))])
    return title, [c.pick(["Assurances Ardenne Santé", "Zorgplus Verzekeringen", "MedicaBel"]), f, T(c, nl="Waarborg: ziekenhuisopname, pre- en posthospitalisatie, ernstige ziekten.", fr="Garanties : hospitalisation, pré- et post-hospitalisation, maladies graves.")]


@family("health_insurance", "fr nl en", "Belgian CAAMI/HZIV (public auxiliary fund) registration confirmation e-mail; itg.fr attestation contents")
def caami_registration_mail(c: Ctx):
    title = T(c, fr="Confirmation de votre inscription - assurance soins de santé", nl="Bevestiging van uw inschrijving - ziekteverzekering", en="Confirmation of your registration - health insurance")
    body = T(c, fr=f"Bonjour {c.full(0)},\nNous confirmons votre inscription auprès de notre caisse pour l'assurance soins de santé à partir du {c.date()}. Votre attestation d'assurabilité est jointe. Vous recevrez vos vignettes par courrier.",
             nl=f"Beste {c.full(0)},\nWij bevestigen uw inschrijving bij onze kas voor de ziekteverzekering vanaf {c.date()}. Uw verzekerbaarheidsattest zit in bijlage. U ontvangt uw klevers per post.",
             en=f"Dear {c.full(0)},\nWe confirm your registration with our fund for compulsory health insurance from {c.date()}. Your insurability certificate is attached.")
    return title, [f"From: inscriptions@{c.pick(['caisse-auxiliaire', 'hulpkas', 'mutualia'])}.example\nTo: {c.first.lower()}.{c.last.lower().replace(' ', '')}@mail.example", body]


# =============================================================================================
# residence_permit
# =============================================================================================
CARD_TITLE = "BELGIQUE BELGIË BELGIEN\nTITRE DE SÉJOUR - VERBLIJFSTITEL - AUFENTHALTSTITEL - RESIDENCE PERMIT"


def td1_mrz(c: Ctx) -> str:
    no = f"B{c.digits(8)}"
    bd, ex = c.birth.strftime("%y%m%d"), c.shift(365 * c.r.randint(1, 5)).strftime("%y%m%d")
    l1 = f"IRBEL{no}{mrz_check(no)}".ljust(30, "<")
    l2 = f"{bd}{mrz_check(bd)}{c.sex}{ex}{mrz_check(ex)}{COUNTRIES[c.cc][4]}".ljust(29, "<") + mrz_check(l1[5:30] + bd + ex)
    l3 = (c.last.upper().replace(" ", "<") + "<<" + c.first.upper().replace(" ", "<"))
    l3 = "".join(ch if ch.isascii() and (ch.isalnum() or ch == "<") else "<" for ch in l3).ljust(30, "<")[:30]
    return "\n".join([l1, l2, l3])


@family("residence_permit", "fr-nl", "reference notes (2021 cards: A séjour limité, B séjour illimité, 'accès au marché du travail : limité'); paxatagore.org on Belgian residence titles")
def card_front(c: Ctx):
    typ = c.pick(["A", "B", "K", "L", "H", "A"])
    label = {"A": "A SÉJOUR LIMITÉ - BEPERKT VERBLIJF", "B": "B SÉJOUR ILLIMITÉ - ONBEPERKT VERBLIJF", "K": "K RÉSIDENT DE LONGUE DURÉE", "L": "L RÉSIDENT LONGUE DURÉE - UE",
             "H": "H CARTE BLEUE EUROPÉENNE - EUROPESE BLAUWE KAART"}[typ]
    f = c.fields([("Nom / Naam / Name", c.last.upper()), ("Prénoms / Voornamen", c.first), ("Nationalité / Nationaliteit", COUNTRIES[c.cc][4]),
                  ("Sexe / Geslacht", c.sex), ("Valable jusqu'au / Geldig tot", c.date(c.shift(365 * 2), 1)), ("N° de carte / Kaartnr.", f"B {c.digits(7)} {c.digits(2)}")], c.pick([0, 1, 2]))
    return CARD_TITLE, [label, f]


@family("residence_permit", "fr nl", "reference notes ('accès au marché du travail : limité'; single permit = residence title with a work mention); workinginbelgium.be (permis unique est un titre de séjour)")
def card_back_remarks(c: Ctx):
    rem = T(c, fr=c.pick(["Remarques : PERMIS UNIQUE - travailleur salarié - marché du travail : limité", "Marché du travail : limité\nEmployeur : " + c.company, "Marché du travail : illimité"]),
            nl=c.pick(["Opmerkingen: GECOMBINEERDE VERGUNNING - arbeidsmarkt: beperkt", "Arbeidsmarkt: beperkt\nWerkgever: " + c.company, "Arbeidsmarkt: onbeperkt"]))
    f = c.fields([(T(c, fr="Lieu et date de délivrance", nl="Plaats en datum van afgifte"), f"{c.city} {c.date(c.shift(-30), 1)}"), (T(c, fr="Date de naissance", nl="Geboortedatum"), c.date(c.birth, 1))])
    return None, [rem, f, td1_mrz(c)]


@family("residence_permit", "fr-nl", "workinginbelgium.be/fr/permis-unique.html ('Le permis unique est un titre de séjour comportant une mention relative au travail')")
def single_permit_card(c: Ctx):
    title = c.pick(["PERMIS UNIQUE / GECOMBINEERDE VERGUNNING", CARD_TITLE, "TITRE DE SÉJOUR - PERMIS UNIQUE"])
    f = c.fields([("Nom / Name", c.full(1)), ("Type", "A"), ("Remarques / Remarks", c.pick(["PERMIS UNIQUE", "SINGLE PERMIT", "GECOMBINEERDE VERGUNNING"])),
                  ("Valable jusqu'au / Valid until", c.date(c.shift(365), 1)), ("Accès au marché du travail", c.pick(["limité", "beperkt", "limited"]))])
    return title, [f, td1_mrz(c) if c.chance(0.5) else ""]


@family("residence_permit", "fr nl", "commune practice: photocopy of both sides of the card certified by the commune ('copie conforme'); reference notes (current Belgian residence document only if the worker lives in Belgium)")
def card_copy_both_sides(c: Ctx):
    head = T(c, fr="Copie recto/verso de la carte de séjour", nl="Kopie voor- en achterzijde verblijfskaart")
    front = CARD_TITLE + "\n" + c.fields([("Nom", c.last.upper()), ("Prénom", c.first), ("Nationalité", COUNTRIES[c.cc][4]), ("Valable jusqu'au", c.date(c.shift(400), 1))])
    back = T(c, fr="Verso", nl="Achterzijde") + "\n" + td1_mrz(c)
    return head, [front, back, T(c, fr=f"Pour copie conforme - {c.city}, le {c.date()}", nl=f"Voor eensluidend afschrift - {c.city}, {c.date()}") + " " + c.stamp()]


@family("residence_permit", "en", "reference notes (card types A/B/K/L, EU Blue Card H); senat.fr/rdvprefecture.com on residence titles and their mentions (read for what a card carries)")
def blue_card_h(c: Ctx):
    title = c.pick(["EUROPESE BLAUWE KAART - CARTE BLEUE EUROPÉENNE - EU BLUE CARD", CARD_TITLE])
    f = c.fields([("Type", "H"), ("Surname", c.last.upper()), ("Given names", c.first), ("Nationality", COUNTRIES[c.cc][4]), ("Valid until", c.date(c.shift(730), 1)),
                  ("Remarks", c.pick(["EU BLUE CARD", "Carte bleue européenne", "Labour market: limited"]))])
    return title, [f, td1_mrz(c)]


@family("residence_permit", "fr nl de", "reference notes (B séjour illimité, K/L long-term residents); e-card renewal at the commune")
def long_term_card(c: Ctx):
    label = c.pick(["B - SÉJOUR ILLIMITÉ", "K - VESTIGING / ÉTABLISSEMENT", "L - EU-LANGDURIG INGEZETENE", "B - UNBEFRISTETER AUFENTHALT"])
    f = c.fields([(T(c, fr="Titulaire", nl="Houder", de="Inhaber"), c.full(1)), (T(c, fr="Né(e) le", nl="Geboren op", de="Geboren am"), c.date(c.birth)),
                  (T(c, fr="Carte valable jusqu'au", nl="Kaart geldig tot", de="Karte gültig bis"), c.date(c.shift(1800))), (T(c, fr="Marché du travail", nl="Arbeidsmarkt", de="Arbeitsmarkt"), T(c, fr="illimité", nl="onbeperkt", de="unbeschränkt"))])
    return CARD_TITLE, [label, f]


# =============================================================================================
# diploma
# =============================================================================================
UNIS = ["University of Eastbridge", "Northfield Institute of Technology", "Universidad del Valle Alto", "Sunrise University of Engineering",
        "Université de Sidi Amar", "Kiyosumi University", "Lakeshore State University", "Anatolia Technical University", "Universidade Federal do Planalto"]
DEGREES = ["Bachelor of Science in Computer Engineering", "Master of Science in Data Science", "Bachelor of Technology (Mechanical Engineering)",
           "Master of Business Administration", "Bachelor of Science in Nursing", "Doctor of Philosophy in Chemistry", "Master of Engineering"]


@family("diploma", "en", "eatsip365.com / winenfood.com on the anatomy of a degree certificate (institution name and seal, conferral statement, degree and major, date, registrar/president signatures, serial number)")
def degree_certificate(c: Ctx):
    uni = c.pick(UNIS)
    title = uni.upper()
    body = c.pick([f"This is to certify that\n{c.full(0)}\nhaving fulfilled all the requirements prescribed by the University has been conferred the degree of\n{c.pick(DEGREES)}\nwith all the rights, privileges and honours thereunto appertaining.",
                   f"On the recommendation of the Faculty, the Board of Trustees hereby confers upon {c.full(0)} the degree of {c.pick(DEGREES)}" + c.pick(["", " cum laude", ", First Class Honours"]) + "."])
    foot = f"Given this {c.date(c.shift(-900), 4)}\n" + c.sign("Registrar") + "   " + c.sign("President") + f"\nSerial No. {c.digits(7)}  {c.stamp()}"
    return title, [body, foot]


@family("diploma", "fr", "French-style university diplomas ('Vu le code de l'éducation... le grade de master est conféré'); Maghreb/West-African university diplomas (general knowledge)")
def diplome(c: Ctx):
    title = c.pick(["DIPLÔME DE MASTER", "DIPLÔME D'INGÉNIEUR D'ÉTAT", "DIPLÔME DE LICENCE", "DIPLÔME NATIONAL DE MASTER"])
    body = f"Vu les textes réglementaires en vigueur,\nVu le procès-verbal du jury en date du {c.date(c.shift(-800))},\nLe diplôme de {c.pick(['Master en Génie Informatique', 'Ingénieur d Etat en Génie Civil', 'Licence en Sciences Economiques', 'Master Réseaux et Télécommunications'])} est délivré à\n{c.mr()} {c.full(0)}\nné(e) le {c.date(c.birth)} à {c.pick(['Rabat', 'Tunis', 'Dakar', 'Abidjan', 'Yaoundé'])}\navec la mention {c.pick(['Assez bien', 'Bien', 'Très bien', 'Passable'])}."
    return title, [f"{c.pick(['Université de Sidi Amar', 'École Nationale Supérieure des Hauts-Plateaux', 'Université Cheikh Fictif'])} - {c.pick(['Faculté des Sciences', 'Faculté des Sciences et Techniques'])}", body, f"Fait à {c.pick(['Rabat', 'Tunis', 'Dakar'])}, le {c.date(c.shift(-700))}\nLe Recteur\n" + c.stamp() + f"\nN° {c.digits(6)}"]


@family("diploma", "fr nl", "field-notes (NARIC diploma recognition e-service); Belgian 'équivalence' / 'gelijkwaardigheid' decisions for foreign diplomas")
def naric_equivalence(c: Ctx):
    title = T(c, fr="DÉCISION D'ÉQUIVALENCE DE DIPLÔME", nl="BESLISSING GELIJKWAARDIGHEID BUITENLANDS DIPLOMA")
    body = T(c, fr=f"Le diplôme de {c.pick(DEGREES)} délivré le {c.date(c.shift(-900))} par {c.pick(UNIS)} ({c.country('fr')}) à {c.full(0)} est reconnu équivalent au grade académique de {c.pick(['bachelier', 'master'])} en {c.pick(['sciences de l ingénieur', 'informatique', 'sciences économiques'])}.",
             nl=f"Het diploma {c.pick(DEGREES)} uitgereikt op {c.date(c.shift(-900))} door {c.pick(UNIS)} ({c.country('nl')}) aan {c.full(0)} wordt erkend als gelijkwaardig aan de graad van {c.pick(['bachelor', 'master'])} in de {c.pick(['industriële wetenschappen', 'informatica', 'economische wetenschappen'])}.")
    head = T(c, fr="Fédération Wallonie-Bruxelles - Service des équivalences (NARIC)", nl="Vlaamse overheid - NARIC-Vlaanderen - Agentschap voor Hoger Onderwijs")
    return title, [head, f"Dossier {c.digits(6)}", body, c.date() + "\n" + c.sign(T(c, fr="Le Directeur", nl="Het afdelingshoofd"))]


@family("diploma", "en fr", "field-notes (sworn translations for documents not in FR/NL/DE/EN); Spanish/Portuguese university titles ('Título de Ingeniero', 'Diploma de Bacharel') translated")
def translated_titulo(c: Ctx):
    head = T(c, en=f"SWORN TRANSLATION from {c.pick(['Spanish', 'Portuguese'])}", fr=f"TRADUCTION JURÉE de l'{c.pick(['espagnol', 'portugais'])}")
    title = T(c, en=c.pick(["[Translation] DEGREE - Title of Systems Engineer", "[Translation] BACHELOR'S DIPLOMA"]), fr=c.pick(["[Traduction] TITRE D'INGÉNIEUR DE SYSTÈMES", "[Traduction] DIPLÔME DE BACHELIER"]))
    body = T(c, en=f"The Rector of {c.pick(UNIS)}, in view of the fact that {c.full(0)}, born in {c.country('en')}, has completed the studies established by law, awards the professional title of {c.pick(['Systems Engineer', 'Industrial Engineer', 'Bachelor in Economics'])}.",
             fr=f"Le Recteur de {c.pick(UNIS)}, attendu que {c.full(0)}, né(e) en {c.country('fr')}, a accompli les études prévues par la loi, lui confère le titre professionnel de {c.pick(['Ingénieur de systèmes', 'Ingénieur industriel', 'Licencié en économie'])}.")
    cert = T(c, en=f"I certify that this is a true and complete translation of the original. Sworn translator, national register no. {c.digits(6)}.", fr=f"Traduction certifiée conforme à l'original. Traducteur juré, registre national n° {c.digits(6)}.")
    return title, [head, body, f"Reg. {c.digits(5)}, Book {c.r.randint(1, 40)}, Folio {c.r.randint(1, 300)}", cert]


@family("diploma", "en", "nadchodzi4.com 'What is included in a bachelor degree certificate' (graduate name, degree, date of graduation, signatures, seal, serial numbers) - Indian provisional/consolidated certificate shape")
def provisional_certificate(c: Ctx):
    c.issued_in(["IN", "BD", "PK"])
    title = c.pick(["PROVISIONAL DEGREE CERTIFICATE", "DEGREE CERTIFICATE", "CONVOCATION CERTIFICATE"])
    body = f"Certified that {c.full(0)} (Register No. {c.digits(10)}) has passed the {c.pick(['B.Tech.', 'B.E.', 'M.Sc.', 'M.C.A.'])} degree examination in {c.pick(['Computer Science and Engineering', 'Electronics and Communication', 'Information Technology'])} held in {c.pick(MONTHS['en'])} {c.today.year - c.r.randint(1, 8)} and was placed in {c.pick(['First Class with Distinction', 'First Class', 'Second Class'])}."
    return title, [c.pick(["Sunrise University of Engineering", "Deccan Technological University", "Coastal Institute of Technology (Autonomous)"]), body, c.sign("Controller of Examinations") + "\n" + c.stamp()]


@family("diploma", "de nl", "thm.de ('wird ... der akademische Grad Bachelor of Science (B. Sc.) ... verliehen'); unicum.de (Bachelorzeugnis signed by the dean and the chair of the examination board); Dutch/Flemish diploma wording from general knowledge")
def urkunde_getuigschrift(c: Ctx):
    title = T(c, de=c.pick(["URKUNDE", "MASTERURKUNDE", "BACHELORURKUNDE"]), nl=c.pick(["DIPLOMA", "Diploma van master", "GETUIGSCHRIFT"]))
    body = T(c, de=f"Die {c.pick(['Technische Hochschule Rheinfeld', 'Universität Nordheide'])} verleiht {c.mr()} {c.full(0)}, geboren am {c.date(c.birth)} in {c.country('de')}, auf Grund der bestandenen Prüfung den akademischen Grad {c.pick(['Master of Science (M.Sc.)', 'Bachelor of Engineering (B.Eng.)', 'Diplom-Ingenieur'])}.",
             nl=f"De {c.pick(['Hogeschool Westerdijk', 'Universiteit van Lindenveld'])} verleent aan {c.full(0)}, geboren op {c.date(c.birth)} te {c.country('nl')}, de graad van {c.pick(['master in de ingenieurswetenschappen', 'bachelor in de informatica', 'master of science in de biochemie'])}" + c.pick(["", " met onderscheiding", " met grote onderscheiding"]) + ".")
    return title, [body, f"{c.date(c.shift(-600))}\n" + c.sign(T(c, de="Die Dekanin / Der Dekan", nl="De rector")) + "  " + c.sign(T(c, de="Vorsitzende(r) des Prüfungsausschusses", nl="De decaan"))]


# =============================================================================================
# vacancy_proof
# =============================================================================================
@family("vacancy_proof", "nl", "vlaanderen.be/gecombineerde-vergunning-overige (VDAB vacancy 'in gedeeld beheer', published at least 6 weeks before, still online); werkgevers.vdab.be kwaliteitsrichtlijnen (gender-neutral title, Dutch main language)")
def vdab_publication(c: Ctx):
    title = c.pick(["Vacature", "Vacaturedetail - vdab.be", c.job.capitalize()])
    f = c.fields([("Vacaturenummer", c.digits(8)), ("Functie", c.job), ("Werkgever", c.company), ("Plaats tewerkstelling", c.city),
                  ("Gepubliceerd op", c.date(c.shift(-70))), ("Status", c.pick(["online", "actief", "gepubliceerd"])), ("Beheer", c.pick(["gedeeld beheer met VDAB", "VDAB helpt mij een kandidaat te vinden"]))])
    desc = c.pick([f"Wat ga je doen? Als {c.job} werk je in een team van {c.r.randint(4, 30)} collega's.", "Profiel: bachelor of gelijkwaardig door ervaring. Kennis van Nederlands en Engels.",
                   "Aanbod: contract van onbepaalde duur, voltijds, maaltijdcheques."])
    return title, [f, desc, f"vdab.be/vacatures/{c.digits(8)}   afgedrukt op {c.date()}"]


@family("vacancy_proof", "fr nl", "securex.eu article on the Brussels labour-market test (Actiris; no suitable worker on the Brussels market); reference notes (Actiris, 5 weeks)")
def actiris_offer(c: Ctx):
    title = T(c, fr=c.pick(["Offre d'emploi Actiris", "ACTIRIS - Détail de l'offre"]), nl=c.pick(["Vacature Actiris", "ACTIRIS - Detail vacature"]))
    f = c.fields([(T(c, fr="Référence de l'offre", nl="Referentie vacature"), f"{c.digits(7)}"), (T(c, fr="Fonction", nl="Functie"), c.job),
                  (T(c, fr="Employeur", nl="Werkgever"), c.company), (T(c, fr="Date de publication", nl="Publicatiedatum"), c.date(c.shift(-45))),
                  (T(c, fr="Type de contrat", nl="Type contract"), T(c, fr="CDI - temps plein", nl="onbepaalde duur - voltijds")), (T(c, fr="Lieu", nl="Plaats"), "Bruxelles / Brussel")])
    return title, [f, T(c, fr="Cette offre a été diffusée sur actiris.brussels et transmise au réseau EURES.", nl="Deze vacature werd verspreid via actiris.brussels en doorgestuurd naar EURES.")]


@family("vacancy_proof", "fr", "bruzz.be / vlaanderen.be on regional employment services (Forem for Wallonia); Walloon labour-market test via leforem.be offers")
def forem_offer(c: Ctx):
    title = c.pick(["Le Forem - Offre d'emploi", "Offre d'emploi n° " + c.digits(7)])
    f = c.fields([("Intitulé du poste", c.job), ("Entreprise", c.company), ("Lieu de travail", c.pick(["Liège", "Namur", "Charleroi", "Mons"])),
                  ("Publiée le", c.date(c.shift(-50))), ("Diffusion", c.pick(["leforem.be, EURES", "leforem.be"])), ("Expérience", c.pick(["2 ans", "5 ans", "débutant accepté"]))])
    return title, [f, f"Attestation de publication délivrée à la demande de l'employeur le {c.date()}."]


@family("vacancy_proof", "de", "vlaanderen.be VDAB page lists ADG as the German-speaking Community's employment service; Stellenangebot published by the Arbeitsamt der DG")
def adg_stellenangebot(c: Ctx):
    title = c.pick(["Arbeitsamt der Deutschsprachigen Gemeinschaft - Stellenangebot", "ADG - Stellenangebot Nr. " + c.digits(6)])
    f = c.fields([("Beruf", c.job), ("Arbeitgeber", c.company), ("Arbeitsort", c.pick(["Eupen", "St. Vith", "Kelmis"])), ("Veröffentlicht am", c.date(c.shift(-40))),
                  ("Vertragsart", c.pick(["unbefristet", "befristet"])), ("Sprachen", "Deutsch, Französisch")])
    return title, [f, "Dieses Stellenangebot wurde auch im EURES-Portal veröffentlicht."]


@family("vacancy_proof", "en de fr", "reference notes (Flanders: 9 weeks on VDAB and EURES); EURES portal job vacancy printout")
def eures_vacancy(c: Ctx):
    title = T(c, en=c.pick(["EURES - The European Job Mobility Portal - Job vacancy", "EURES job vacancy details"]), de=c.pick(["EURES - Das Europäische Portal zur beruflichen Mobilität - Stellenangebot", "EURES Stellenangebot"]),
              fr=c.pick(["EURES - Le portail européen sur la mobilité de l'emploi - Offre d'emploi", "EURES - détail de l'offre"]))
    f = c.fields([(T(c, en="Job title", de="Stellenbezeichnung", fr="Intitulé du poste"), c.job), (T(c, en="Employer", de="Arbeitgeber", fr="Employeur"), c.company),
                  (T(c, en="Location", de="Arbeitsort", fr="Lieu"), f"{c.city}, {T(c, en='Belgium', de='Belgien', fr='Belgique')}"),
                  (T(c, en="Date published", de="Veröffentlicht am", fr="Date de publication"), c.date(c.shift(-63))), (T(c, en="Last date for application", de="Bewerbungsfrist", fr="Date limite de candidature"), c.date(c.shift(14))),
                  (T(c, en="Source", de="Quelle", fr="Source"), c.pick(["VDAB", "Actiris", "Le Forem", "ADG"])), (T(c, en="Vacancy ID", de="Referenznummer", fr="Référence"), f"{c.digits(10)}")])
    return title, [f, T(c, en="Skills required: ", de="Anforderungen: ", fr="Compétences : ") + c.pick(["Java, Spring, SQL", "TIG/MIG", "SAP FI/CO", "HACCP"])]


@family("vacancy_proof", "nl en", "vlaanderen.be (vacancy evaluated, approved and published by VDAB in shared management) - VDAB confirmation e-mail to the employer")
def vdab_confirmation_mail(c: Ctx):
    title = T(c, nl="Bevestiging publicatie vacature", en="Confirmation of vacancy publication")
    body = T(c, nl=f"Beste {c.contact},\nUw vacature {c.digits(8)} voor de functie '{c.job}' werd door VDAB geëvalueerd en goedgekeurd en staat sinds {c.date(c.shift(-60))} online in gedeeld beheer. De vacature blijft gepubliceerd tot {c.date(c.shift(30))}.",
             en=f"Dear {c.contact},\nYour vacancy {c.digits(8)} for '{c.job}' was reviewed and approved by VDAB and has been published in shared management since {c.date(c.shift(-60))}.")
    return title, ["Van: VDAB Werkgeversdienst <werkgevers@vdab.example>", body, T(c, nl="Met vriendelijke groeten,\nVDAB-consulent", en="Kind regards,\nVDAB employer services")]


@family("vacancy_proof", "fr nl", "groups.be / securex articles on the labour-market analysis in Brussels; a regional service's report of an unsuccessful search (labour-market test)")
def labour_market_test(c: Ctx):
    title = T(c, fr="RAPPORT D'ANALYSE DU MARCHÉ DE L'EMPLOI", nl="VERSLAG ARBEIDSMARKTONDERZOEK")
    body = T(c, fr=f"Suite à la publication de l'offre n° {c.digits(7)} ({c.job}) du {c.date(c.shift(-50))} au {c.date()}, {c.r.randint(0, 6)} candidatures ont été transmises à l'employeur ; aucune ne correspondait au profil.",
             nl=f"Na publicatie van vacature nr. {c.digits(7)} ({c.job}) van {c.date(c.shift(-50))} tot {c.date()} werden {c.r.randint(0, 6)} kandidaten doorgestuurd; geen enkele voldeed aan het profiel.")
    return title, [c.company, body, c.sign(T(c, fr="Conseiller employeurs", nl="Werkgeversconsulent"))]


# =============================================================================================
# group_employment_proof
# =============================================================================================
def group_names(c: Ctx) -> tuple[str, str, str]:
    root = c.pick(CO_PREFIX)
    sector = c.pick(CO_SECTOR)
    home = f"{root} {sector} {c.foreign_company().split()[-1]}"
    host = f"{root} {sector} Belgium {c.pick(['NV', 'SA', 'BV', 'SRL'])}"
    return f"{root} Group", home, host


@family("group_employment_proof", "en", "theladders.com / thepaystubs.com employment verification letters (letterhead, name, title, dates, salary, authorised signature) - intra-group variant")
def hr_certificate(c: Ctx):
    grp, home, host = group_names(c)
    title = c.pick(["CERTIFICATE OF EMPLOYMENT", "TO WHOM IT MAY CONCERN", "Employment Confirmation Letter"])
    body = f"This is to certify that {c.mr()} {c.full(0)} (employee ID {c.digits(6)}) has been employed by {home}, a wholly owned subsidiary of {grp}, since {c.date(c.shift(-c.r.randint(200, 2500)))} and is currently working as {c.pick(JOBS['en'])}. The employment has been continuous and without interruption."
    extra = c.pick([f"{c.first} will be transferred to our Belgian affiliate {host} under an intra-corporate transfer.",
                    f"Both {home} and {host} belong to {grp}.",
                    "Annual gross salary: " + c.money(30000, 90000, c.pick(["USD", "INR", "EUR", "JPY"]))])
    return title, [home + " - Human Resources", body, extra, c.sign("HR Business Partner") + "\n" + c.date()]


@family("group_employment_proof", "fr", "employment verification letter contents (matchr.com, cleverism.com) rendered as a French 'attestation d'emploi' within a group")
def attestation_emploi_groupe(c: Ctx):
    grp, home, host = group_names(c)
    title = c.pick(["ATTESTATION D'EMPLOI", "ATTESTATION D'OCCUPATION AU SEIN DU GROUPE", "Attestation de l'employeur"])
    body = f"Nous soussignés, {home}, société du groupe {grp}, attestons que {c.mr()} {c.full(0)} est occupé(e) au sein de notre société depuis le {c.date(c.shift(-c.r.randint(200, 2500)))}, sans interruption, en qualité de {c.pick(JOBS['fr'])}, dans le cadre d'un contrat à durée indéterminée."
    extra = f"La présente attestation est délivrée en vue de son transfert temporaire intragroupe vers {host}, en Belgique."
    return title, [body, extra, f"Fait à {c.pick(['Casablanca', 'Tunis', 'Montréal', 'Dakar'])}, le {c.date()}\nDirection des Ressources Humaines\n" + c.sign(c.pick(BE_FIRST) + " " + c.pick(LAST)) + "\n" + c.stamp()]


@family("group_employment_proof", "de", "Arbeitgeberbescheinigung within a Konzern (employment verification letter contents from sevdesk/lohn-profi context) - German-language group HR")
def konzern_bescheinigung(c: Ctx):
    grp, home, host = group_names(c)
    title = c.pick(["ARBEITGEBERBESCHEINIGUNG", "Beschäftigungsnachweis - Konzernzugehörigkeit", "Bescheinigung über die Betriebszugehörigkeit"])
    body = f"Hiermit bestätigen wir, dass {c.mr()} {c.full(0)}, geboren am {c.date(c.birth)}, seit dem {c.date(c.shift(-c.r.randint(200, 2500)))} ununterbrochen bei der {home} beschäftigt ist. Die {home} ist ein Unternehmen der {grp}. Die Entsendung zur {host} erfolgt im Rahmen eines unternehmensinternen Transfers."
    return title, [body, f"Personalabteilung\n{c.date()}\n" + c.sign("i. A. Personalleitung")]


@family("group_employment_proof", "nl", "employment verification letter contents (cleverism.com) as a Dutch 'werkgeversverklaring' - intra-group transfer (overplaatsing binnen een onderneming)")
def werkgeversverklaring_groep(c: Ctx):
    grp, home, host = group_names(c)
    title = c.pick(["WERKGEVERSVERKLARING", "Verklaring van tewerkstelling binnen de groep"])
    body = f"{home}, onderdeel van {grp}, verklaart dat {c.full(0)} sinds {c.date(c.shift(-c.r.randint(200, 2500)))} zonder onderbreking in dienst is als {c.pick(JOBS['nl'])}. Betrokkene wordt in het kader van een overplaatsing binnen een onderneming tewerkgesteld bij {host}."
    return title, [body, c.sign("HR-manager") + "\n" + c.date()]


@family("group_employment_proof", "en", "HR service-record tables in employment verification practice (sampleletterr.com HR guide) - employment history within the group, one line per entity")
def group_service_record(c: Ctx):
    grp, home, host = group_names(c)
    title = c.pick(["EMPLOYMENT HISTORY WITHIN THE GROUP", "Intra-group service record", f"{grp} - Statement of service"])
    rows = ["Entity | Country | From | To | Position"]
    start = c.shift(-c.r.randint(900, 3000))
    for _ in range(c.r.randint(1, 3)):
        end = start + dt.timedelta(days=c.r.randint(200, 900))
        rows.append(f"{c.pick(CO_PREFIX)} {c.pick(CO_SECTOR)} {c.pick(['Ltd', 'Pte Ltd', 'GmbH', 'Inc.'])} | {c.pick(['India', 'Singapore', 'USA', 'Brazil', 'Japan'])} | {c.date(start, 3)} | {c.date(end, 3)} | {c.pick(JOBS['en'])}")
        start = end
    rows.append(f"{home} | {c.country('en')} | {c.date(start, 3)} | present | {c.pick(JOBS['en'])}")
    return title, [f"Employee: {c.full()}  ID {c.digits(7)}", "\n".join(rows), f"Total continuous service in the group: {c.r.randint(1, 9)} years. Certified by Group HR Shared Services.", c.sign("Group HR")]


@family("group_employment_proof", "en", "HRIS employee-profile printouts used as proof of employment (thepaystubs.com: company contact, dates of employment, authorised representative)")
def hris_profile(c: Ctx):
    grp, home, host = group_names(c)
    title = c.pick(["Worker Profile - Employment Details", "Employee Record (HRIS export)"])
    f = c.fields([("Worker", c.full()), ("Worker ID", c.digits(8)), ("Legal entity", home), ("Ultimate parent", grp), ("Hire date", c.date(c.shift(-c.r.randint(200, 2500)), 3)),
                  ("Continuous service date", c.date(c.shift(-c.r.randint(200, 2500)), 3)), ("Worker type", "Employee - Regular"), ("Status", "Active"),
                  ("Planned international move", f"{host} (Belgium)")])
    return title, [f, f"Printed {c.date()} by HR Operations - certified true extract"]


@family("group_employment_proof", "en", "apostille-japan.com/en/documents/employment-certificate (zaishoku shomeisho: company name, representative's name and seal, position, tenure, salary); yameriiii.com guide to English certificates of employment")
def asian_coe_translation(c: Ctx):
    grp, home, host = group_names(c)
    title = c.pick(["CERTIFICATE OF EMPLOYMENT (translation)", "在職証明書 / CERTIFICATE OF EMPLOYMENT", "在职证明 Certificate of Employment"])
    body = f"Name: {c.full(1)}\nDate of joining: {c.date(c.shift(-c.r.randint(300, 2500)), 3)}\nDepartment: {c.pick(['R&D Center', 'Production Engineering', 'IT Division'])}\nThe above person is a regular employee of our company, a member of {grp}, and is scheduled for assignment to {host}."
    return title, [home, body, f"Company seal {c.stamp()}\nRepresentative Director"]


# =============================================================================================
# assignment_letter
# =============================================================================================
@family("assignment_letter", "en", "topia.com glossary 'Assignment Letter' (dates, home/host, compensation, allowances, housing, tax equalisation, repatriation); msigts.com 'Letter of Assignment'; caprelo.com letter of understanding")
def letter_of_assignment(c: Ctx):
    grp, home, host = group_names(c)
    title = c.pick(["LETTER OF ASSIGNMENT", "International Assignment Letter", "Long-Term Assignment - Letter of Understanding"])
    start = c.shift(60)
    items = [f"1. Assignment: you will be assigned from {home} (home company) to {host} (host company) in {c.city}, Belgium, as {c.pick(JOBS['en'])}.",
             f"2. Duration: from {c.date(start)} to {c.date(start + dt.timedelta(days=365 * c.r.randint(1, 3)))}.",
             f"3. Compensation: your home base salary of {c.money(40000, 120000, c.pick(['USD', 'INR', 'EUR']))} per year continues to be paid via home payroll.",
             "4. Allowances: " + c.pick(["cost-of-living allowance, housing allowance up to EUR 1,800 per month, home leave once a year.", "host housing, relocation lump sum, school fees for dependent children."]),
             "5. Tax: you will be tax equalised; a hypothetical tax will be withheld.",
             "6. Social security: you remain covered by the home country scheme where a certificate of coverage is available.",
             "7. Repatriation: at the end of the assignment you will return to a comparable position in the home company.",
             "8. Your employment contract with the home company remains in force during the assignment."]
    if c.chance(0.3):
        c.r.shuffle(items)
    return title, [f"Dear {c.full(0)},", *items, "Please sign and return a copy to Global Mobility.", c.sign("Global Mobility Manager") + "\n" + c.sign(c.full(0) + " (assignee)")]


@family("assignment_letter", "fr", "werk-economie-emploi.brussels/fr_FR/permis-unique-ict ('durée du contrat de travail ou du détachement (voir contrat ou lettre de mission)', maximum 3 years)")
def lettre_de_mission(c: Ctx):
    grp, home, host = group_names(c)
    title = c.pick(["LETTRE DE MISSION", "LETTRE DE DÉTACHEMENT - TRANSFERT TEMPORAIRE INTRAGROUPE", "Lettre d'affectation temporaire"])
    body = [f"{c.mr()} {c.full(0)},", f"Nous avons le plaisir de vous confirmer votre détachement auprès de {host}, entité belge du groupe {grp}, dans le cadre d'un transfert temporaire intragroupe.",
            c.fields([("Fonction", c.pick(JOBS['fr'])), ("Qualité", c.pick(["cadre", "expert", "employé stagiaire"])), ("Début", c.date(c.shift(45))), ("Durée", c.pick(["12 mois", "24 mois", "36 mois"])),
                      ("Rémunération", c.money(4000, 9000) + " brut par mois"), ("Employeur d'origine", home)]),
            "Votre contrat de travail avec l'employeur d'origine reste en vigueur pendant la durée de la mission. Au terme de celle-ci, vous réintégrerez votre poste."]
    return title, [*body, c.sign("Directeur des Ressources Humaines")]


@family("assignment_letter", "nl", "reference notes ('overplaatsing binnen een onderneming'); ICT letter contents from topia.com applied to a Dutch-language group letter")
def detacheringsbrief(c: Ctx):
    grp, home, host = group_names(c)
    title = c.pick(["DETACHERINGSBRIEF", "Bevestiging overplaatsing binnen de onderneming", "OPDRACHTBRIEF INTERNATIONALE TEWERKSTELLING"])
    body = f"Beste {c.first},\nHierbij bevestigen wij uw tijdelijke overplaatsing van {home} naar {host} ({c.city}) als {c.pick(JOBS['nl'])} voor de periode van {c.date(c.shift(40))} tot {c.date(c.shift(40 + 365 * c.r.randint(1, 3)))}. Uw arbeidsovereenkomst met {home} blijft behouden. U ontvangt een expatvergoeding en huisvestingstoelage."
    return title, [body, "Terugkeer: na afloop keert u terug naar een gelijkwaardige functie.", c.sign("HR Global Mobility")]


@family("assignment_letter", "de", "reference notes ('unternehmensinterner Transfer'); Entsendungsschreiben contents per topia.com/msigts.com")
def entsendungsschreiben(c: Ctx):
    grp, home, host = group_names(c)
    title = c.pick(["ENTSENDUNGSSCHREIBEN", "Entsendungsvereinbarung - unternehmensinterner Transfer"])
    body = [f"Sehr geehrte(r) {c.full(0)},", f"wir bestätigen Ihre Entsendung von der {home} zur {host} in Belgien im Rahmen eines unternehmensinternen Transfers (ICT).",
            c.fields([("Beginn", c.date(c.shift(30))), ("Dauer", c.pick(["12 Monate", "24 Monate", "36 Monate"])), ("Funktion", c.pick(JOBS['de'])), ("Vergütung", c.money(5000, 9000) + " brutto/Monat")]),
            "Der Arbeitsvertrag mit der entsendenden Gesellschaft bleibt bestehen. Rückkehrgarantie nach Ende der Entsendung."]
    return title, [*body, c.sign("Personalleitung")]


@family("assignment_letter", "en fr nl de", "msigts.com LOA elements (terms and conditions, employment status, visa and permit sponsorship) - tripartite secondment agreement")
def secondment_agreement(c: Ctx):
    grp, home, host = group_names(c)
    title = T(c, en=c.pick(["SECONDMENT AGREEMENT", "Tripartite Secondment Agreement"]), fr=c.pick(["CONVENTION DE DÉTACHEMENT", "Convention tripartite de détachement intragroupe"]),
              nl=c.pick(["DETACHERINGSOVEREENKOMST", "Driepartijenovereenkomst detachering"]), de=c.pick(["ENTSENDUNGSVEREINBARUNG", "Dreiseitige Entsendungsvereinbarung"]))
    start, end = c.date(c.shift(30)), c.date(c.shift(30 + 365 * 2))
    parts = T(c, en=f"This agreement is made between (1) {home} (the Seconding Company), (2) {host} (the Host Company) and (3) {c.full(0)} (the Secondee), all members of {grp}.",
              fr=f"Entre (1) {home} (la société d'origine), (2) {host} (la société d'accueil) et (3) {c.full(0)} (le travailleur détaché), sociétés du groupe {grp}, il est convenu ce qui suit.",
              nl=f"Tussen (1) {home} (de uitzendende onderneming), (2) {host} (de ontvangende onderneming) en (3) {c.full(0)} (de gedetacheerde werknemer), allen behorend tot {grp}, wordt overeengekomen wat volgt.",
              de=f"Zwischen (1) {home} (entsendende Gesellschaft), (2) {host} (aufnehmende Gesellschaft) und (3) {c.full(0)} (entsandter Arbeitnehmer), alle Teil der {grp}, wird Folgendes vereinbart.")
    clauses = T(c, en=f"1. Secondment period: {start} to {end}.|2. The Secondee remains employed by the Seconding Company.|3. The Host Company shall direct the day-to-day work of the Secondee.|4. Immigration: the Host Company shall apply for the single permit (ICT) in Belgium.|5. Costs are recharged to the Host Company under the intercompany agreement.",
                fr=f"1. Durée du détachement : du {start} au {end}.|2. Le travailleur reste lié par son contrat de travail avec la société d'origine.|3. La société d'accueil organise le travail quotidien.|4. La société d'accueil introduit la demande de permis unique (ICT) en Belgique.|5. Les coûts sont refacturés à la société d'accueil.",
                nl=f"1. Duur van de detachering: van {start} tot {end}.|2. De werknemer blijft in dienst van de uitzendende onderneming.|3. De ontvangende onderneming organiseert het dagelijkse werk.|4. De ontvangende onderneming vraagt de gecombineerde vergunning (ICT) aan in België.|5. De kosten worden doorgerekend aan de ontvangende onderneming.",
                de=f"1. Dauer der Entsendung: {start} bis {end}.|2. Der Arbeitnehmer bleibt bei der entsendenden Gesellschaft angestellt.|3. Die aufnehmende Gesellschaft leitet die tägliche Arbeit.|4. Die aufnehmende Gesellschaft beantragt die kombinierte Erlaubnis (ICT) in Belgien.|5. Die Kosten werden der aufnehmenden Gesellschaft weiterbelastet.").split("|")
    return title, [parts, *clauses, c.sign(T(c, en="for the Seconding Company", fr="pour la société d'origine", nl="voor de uitzendende onderneming", de="für die entsendende Gesellschaft")) + "\n"
                   + c.sign(T(c, en="for the Host Company", fr="pour la société d'accueil", nl="voor de ontvangende onderneming", de="für die aufnehmende Gesellschaft")) + "\n" + c.sign(c.full(0))]


@family("assignment_letter", "en fr nl de", "caprelo.com ('This letter is to inform you that you will be transferred effective [date] to our location in...') - short assignment confirmation e-mail")
def assignment_email(c: Ctx):
    grp, home, host = group_names(c)
    title = T(c, en="Subject: Your international assignment to Belgium - confirmation", fr="Objet : Confirmation de votre affectation en Belgique",
              nl="Onderwerp: bevestiging van je opdracht in België", de="Betreff: Bestätigung Ihrer Entsendung nach Belgien")
    body = T(c, en=f"Hi {c.first},\nFollowing our discussion, this message confirms your assignment to {host} starting {c.date(c.shift(50))} for {c.r.randint(12, 36)} months. Your home contract with {home} continues; the assignment allowances are set out in the attached policy. Global Mobility will start the ICT single permit application.",
             fr=f"Bonjour {c.first},\nNous vous confirmons votre affectation auprès de {host} à partir du {c.date(c.shift(50))} pour {c.r.randint(12, 36)} mois. Votre contrat avec {home} est maintenu ; les indemnités d'expatriation figurent dans la politique jointe.",
             nl=f"Dag {c.first},\nHierbij bevestigen we je opdracht bij {host} vanaf {c.date(c.shift(50))} voor {c.r.randint(12, 36)} maanden. Je contract met {home} blijft lopen; de vergoedingen staan in het bijgevoegde mobiliteitsbeleid.",
             de=f"Hallo {c.first},\nwir bestätigen Ihre Entsendung zur {host} ab {c.date(c.shift(50))} für {c.r.randint(12, 36)} Monate. Ihr Vertrag mit der {home} bleibt bestehen; die Zulagen regelt die beigefügte Entsendungsrichtlinie.")
    return title, [f"From: mobility@{c.pick(CO_PREFIX).lower().replace(' ', '')}.example", body]


# =============================================================================================
# hosting_agreement
# =============================================================================================
RESEARCH_ORGS = ["Université de Lieseyn", "Institut Royal des Sciences Fictives", "Universiteit van Lindenveld", "Hogeschool Westerdijk Research Centre",
                 "Centre de Recherche Meuse-Ardenne", "Vlaams Instituut voor Kwantumtechnologie (fictief)", "Forschungszentrum Ostkantone"]


@family("hosting_agreement", "fr nl en de", "belspo.be/belspo/visa/conv_en.stm (approved research organisation; conditions: approved project, verified qualifications, sufficient resources; signed by a person empowered to bind the organisation)")
def belspo_form(c: Ctx):
    title = T(c, fr="CONVENTION D'ACCUEIL", nl="GASTOVEREENKOMST", en="HOSTING AGREEMENT", de="AUFNAHMEVEREINBARUNG")
    sub = T(c, fr="conclue entre un organisme de recherche agréé et un chercheur ressortissant d'un pays tiers", nl="gesloten tussen een erkende onderzoeksinstelling en een onderzoeker uit een derde land",
            en="between an approved research organisation and a third-country researcher", de="zwischen einer zugelassenen Forschungseinrichtung und einem Forscher aus einem Drittstaat")
    org = c.fields([(T(c, fr="Organisme de recherche", nl="Onderzoeksinstelling", en="Research organisation", de="Forschungseinrichtung"), c.pick(RESEARCH_ORGS)),
                    (T(c, fr="Numéro d'agrément", nl="Erkenningsnummer", en="Approval number", de="Zulassungsnummer"), f"{c.digits(3)}/{c.today.year - c.r.randint(1, 9)}")])
    res = c.fields([(T(c, fr="Chercheur", nl="Onderzoeker", en="Researcher", de="Forscher"), c.full()), (T(c, fr="Nationalité", nl="Nationaliteit", en="Nationality", de="Staatsangehörigkeit"), c.nationality()),
                    (T(c, fr="Diplôme", nl="Diploma", en="Degree", de="Abschluss"), c.pick(["PhD", "Master of Science", "Doctorat"]))])
    proj = c.fields([(T(c, fr="Titre du projet de recherche", nl="Titel van het onderzoeksproject", en="Title of the research project", de="Titel des Forschungsprojekts"), c.pick(["Low-power neuromorphic sensors", "Soil microbiome and drought", "Quantum error correction codes", "Urban heat islands modelling"])),
                     (T(c, fr="Date de début / de fin", nl="Begin- en einddatum", en="Start / end date", de="Beginn / Ende"), f"{c.date(c.shift(30))} - {c.date(c.shift(30 + 365 * 2))}"),
                     (T(c, fr="Relation juridique", nl="Juridische band", en="Legal relationship", de="Rechtsverhältnis"), T(c, fr=c.pick(["contrat de travail", "bourse"]), nl=c.pick(["arbeidsovereenkomst", "beurs"]), en=c.pick(["employment contract", "scholarship"]), de=c.pick(["Arbeitsvertrag", "Stipendium"]))),
                     (T(c, fr="Ressources mensuelles", nl="Maandelijkse middelen", en="Monthly resources", de="Monatliche Mittel"), c.money(2200, 4200))])
    eng = T(c, fr="Le chercheur s'engage à mener à bien le projet de recherche ; l'organisme s'engage à l'accueillir à cet effet.", nl="De onderzoeker verbindt zich ertoe het onderzoeksproject te voltooien; de instelling verbindt zich ertoe de onderzoeker daartoe te ontvangen.",
            en="The researcher undertakes to complete the research project; the organisation undertakes to host the researcher for that purpose.", de="Der Forscher verpflichtet sich, das Forschungsprojekt durchzuführen; die Einrichtung verpflichtet sich, ihn dafür aufzunehmen.")
    return title, [sub, org, res, proj, eng, c.sign(T(c, fr="Pour l'organisme de recherche", nl="Voor de onderzoeksinstelling", en="For the research organisation", de="Für die Forschungseinrichtung")) + "\n" + c.sign(T(c, fr="Le chercheur", nl="De onderzoeker", en="The researcher", de="Der Forscher"))]


@family("hosting_agreement", "en", "docsbay.net 'Hosting Agreement - Accredited Research Organisation and Third Country Researcher' (sections: researcher, family, research project with start/end dates and salary, organisation)")
def sectioned_form(c: Ctx):
    title = c.pick(["HOSTING AGREEMENT", "Hosting Agreement - Accredited Research Organisation and Third Country Researcher"])
    s1 = "Section 1 - Researcher\n" + c.fields([("Title", c.pick(["Dr", "Mr", "Ms", "Prof"])), ("Surname", c.last), ("Forename(s)", c.first), ("Date of birth", c.date(c.birth)), ("Passport No", c.passport_no)])
    s3 = "Section 3 - Research project\n" + c.fields([("Title of research project", c.pick(["Machine learning for protein folding", "Coastal erosion modelling", "Battery cathode chemistry"])),
                                                     ("Start date", c.date(c.shift(20))), ("End date", c.date(c.shift(20 + 365 * 3))), ("Gross annual salary", c.money(38000, 62000)),
                                                     ("Sources of project funding", c.pick(["FWO", "FNRS", "Horizon Europe MSCA", "university funds"]))])
    s4 = "Section 4 - Research organisation\n" + c.fields([("Name", c.pick(RESEARCH_ORGS)), ("Authorised signatory", f"{c.pick(BE_FIRST)} {c.pick(BE_LAST)}, Vice-Rector for Research")])
    return title, ["This is a fixed-term hosting agreement between the researcher specified in Section 1 and the research organisation specified in Section 4, solely for the purpose of the research specified in Section 3.", s1, s3, s4]


@family("hosting_agreement", "nl", "belspo.be hosting agreement conditions in Dutch ('gastovereenkomst'); wordscope.be (title and purpose of the project, start and end dates, legal relationship, working conditions)")
def gastovereenkomst_brief(c: Ctx):
    title = c.pick(["GASTOVEREENKOMST", "Gastovereenkomst onderzoeker (richtlijn (EU) 2016/801)"])
    body = f"Tussen {c.pick(RESEARCH_ORGS)}, erkende onderzoeksinstelling, en {c.full(0)}, onderzoeker, wordt overeengekomen dat de onderzoeker het project '{c.pick(['Duurzame betonmengsels', 'Eiwitstructuren en AI', 'Hydrologie van de Schelde'])}' uitvoert van {c.date(c.shift(30))} tot {c.date(c.shift(30 + 365 * 2))}."
    cond = c.boxes(["het onderzoeksproject werd goedgekeurd door de bevoegde instanties", "de kwalificaties van de onderzoeker werden nagegaan", "de onderzoeker beschikt over voldoende middelen", "de onderzoeker is gedekt door een ziektekostenverzekering"], 0.95)
    return title, [body, cond, c.sign("Rector") + "\n" + c.sign("Onderzoeker")]


@family("hosting_agreement", "de", "belspo.be conditions rendered in German (Aufnahmevereinbarung, reference notes); German-speaking Community research organisation")
def aufnahmevereinbarung(c: Ctx):
    title = c.pick(["AUFNAHMEVEREINBARUNG", "Aufnahmevereinbarung für Forscher"])
    body = f"Die {c.pick(RESEARCH_ORGS)} nimmt {c.full(0)} als Forscher für das Forschungsprojekt \"{c.pick(['Grenzüberschreitende Arbeitsmärkte', 'Biodiversität im Hohen Venn', 'Smart-Grid-Steuerung'])}\" auf. Laufzeit: {c.date(c.shift(20))} bis {c.date(c.shift(20 + 365 * 2))}. Monatliche Mittel: {c.money(2400, 4000)}."
    return title, [body, "Der Forscher verpflichtet sich, das Projekt durchzuführen.", c.sign("Für die Forschungseinrichtung")]


@family("hosting_agreement", "fr en", "belspo.be (rights and duties of the approved organisation: return costs, social security rights) - later page of a hosting agreement without title")
def obligations_page(c: Ctx):
    items = T(c, fr="L'organisme de recherche prend en charge les frais de retour du chercheur en cas de séjour irrégulier.|L'organisme informe l'administration de toute fin anticipée de la convention d'accueil.|Le chercheur bénéficie des mêmes droits en matière de sécurité sociale que les nationaux.",
              en="The research organisation covers the researcher's return costs if the researcher remains illegally.|The organisation informs the authorities of any early termination of the hosting agreement.|The researcher has the same social security rights as nationals.").split("|")
    return None, [*items, f"{c.date()}\n" + c.sign(c.pick(RESEARCH_ORGS)) + f"\n{T(c, fr='page', en='page')} {c.r.randint(2, 3)}/3"]


@family("hosting_agreement", "en", "EURAXESS hosting agreement practice (docsbay.net) - university letter confirming a signed hosting agreement")
def host_confirmation_letter(c: Ctx):
    title = c.pick(["Hosting Agreement - confirmation letter", "HOSTING AGREEMENT - researcher (Directive (EU) 2016/801)"])
    body = f"We confirm that {c.pick(RESEARCH_ORGS)}, an approved research organisation, has concluded a hosting agreement with {c.full(0)} for the research project '{c.pick(['Graphene membranes', 'Migration and labour law', 'Deep-sea sediment cores'])}' from {c.date(c.shift(10))} to {c.date(c.shift(10 + 365 * 3))}. The researcher will receive a monthly net stipend of {c.money(2000, 3200)}."
    return title, [body, c.sign("Vice-Rector Research Policy")]


# =============================================================================================
# payslip
# =============================================================================================
def pay_numbers(c: Ctx, worker: bool = False) -> dict[str, float]:
    gross = round(c.r.uniform(2100, 7200), 2)
    base = gross * (1.08 if worker else 1.0)
    onss = round(base * 0.1307, 2)  # 13,07 % (staffing-esg.be, financesetmoi.be; workers on 108 %)
    taxable = gross - onss
    pp = round(taxable * c.r.uniform(0.18, 0.33), 2)
    meal = round(c.r.randint(18, 22) * c.pick([1.09, 1.09, 2.0]), 2)
    net = round(taxable - pp - meal, 2)
    return {"gross": gross, "onss": onss, "taxable": taxable, "pp": pp, "meal": meal, "net": net}


def pay_period(c: Ctx) -> str:
    m = MONTHS[c.bl if c.bl in MONTHS else "en"][c.today.month - 1]
    return f"{m} {c.today.year}"


def be_payslip(c: Ctx, bureau: str, style: int) -> tuple[str | None, list[str]]:
    n = pay_numbers(c, worker=c.chance(0.3))
    L = {"fr": ["Rémunération brute", "Cotisation ONSS personnelle", "Rémunération imposable", "Précompte professionnel", "Retenue chèques-repas", "Net à payer", "Bonus à l'emploi"],
         "nl": ["Brutoloon", "Persoonlijke RSZ-bijdrage", "Belastbaar loon", "Bedrijfsvoorheffing", "Inhouding maaltijdcheques", "Netto te betalen", "Werkbonus"],
         "en": ["Gross pay", "Employee social security (NSSO)", "Taxable pay", "Withholding tax", "Meal voucher deduction", "Net pay", "Work bonus"]}[c.bl]
    lines = [(L[0], n["gross"]), (L[1], -n["onss"]), (L[2], n["taxable"]), (L[3], -n["pp"]), (L[4], -n["meal"]), (L[5], n["net"])]
    if c.chance(0.2):
        lines.insert(2, (L[6], round(c.r.uniform(10, 150), 2)))
    code = lambda: c.pick(["", f"{c.digits(4)} "])  # noqa: E731
    if style == 0:
        table = "\n".join(f"{code()}{k}{c.sep()}{c.fmt_money(v)}" for k, v in lines)
    elif style == 1:
        table = "\n".join(k for k, _ in lines) + "\n" + "\n".join(f"{v:.2f}".replace(".", ",") for _, v in lines)
    else:
        table = "\n".join(f"{k.upper():<34}{v:>12.2f}" for k, v in lines)
    head = c.fields([(T(c, fr="Employeur", nl="Werkgever", en="Employer"), c.company), (T(c, fr="N° d'entreprise", nl="Ondernemingsnr.", en="Enterprise no."), c.kbo()),
                     (T(c, fr="Travailleur", nl="Werknemer", en="Employee"), c.full()), (T(c, fr="Matricule", nl="Personeelsnr.", en="Staff no."), c.digits(6)),
                     (T(c, fr="Commission paritaire", nl="Paritair comité", en="Joint committee"), c.pick(["200", "124", "302", "111", "118"])),
                     (T(c, fr="Période", nl="Periode", en="Period"), pay_period(c)), (T(c, fr="Fonction", nl="Functie", en="Position"), c.job),
                     (T(c, fr="Régime", nl="Arbeidsregime", en="Work schedule"), c.pick(["38/38", "40/40", "19/38", "30/38"]))])
    days = T(c, fr=f"Jours prestés : {c.r.randint(17, 22)}  Congés : {c.r.randint(0, 3)}  Jours fériés : {c.r.randint(0, 2)}", nl=f"Gewerkte dagen: {c.r.randint(17, 22)}  Vakantie: {c.r.randint(0, 3)}  Feestdagen: {c.r.randint(0, 2)}",
             en=f"Days worked: {c.r.randint(17, 22)}  Holidays: {c.r.randint(0, 3)}  Public holidays: {c.r.randint(0, 2)}")
    pay = T(c, fr=f"Viré sur le compte {c.iban_be()} le {c.date(c.shift(2))}", nl=f"Overgeschreven op rekening {c.iban_be()} op {c.date(c.shift(2))}", en=f"Paid to account {c.iban_be()} on {c.date(c.shift(2))}")
    title = T(c, fr=c.pick(["FICHE DE PAIE", "Décompte de rémunération", "FICHE DE RÉMUNÉRATION", "Décompte salarial"]),
              nl=c.pick(["LOONBRIEF", "Loonfiche", "LOONAFREKENING", "Loonstrook"]), en=c.pick(["PAYSLIP", "Pay statement", "Salary slip"]))
    return f"{bureau}\n{title}", [head, days, table, pay]


@family("payslip", "nl fr en", "modedemploiasbl.be 'La fiche de paie' (period, employer, worker data, leave balance, gross-to-net); lacsc.be mandatory mentions - SD Worx-style layout")
def sdworx_style(c: Ctx):
    return be_payslip(c, c.pick(["SD Worx", "SD WORX - Sociaal Secretariaat", "Payroll by SD Worx"]), 0)


@family("payslip", "fr nl", "lacsc.be 'Comprendre sa fiche de paie' (CP, régime, rémunération de base, prestations du mois) - Securex-style layout")
def securex_style(c: Ctx):
    return be_payslip(c, c.pick(["Securex Secrétariat Social", "Securex Sociaal Secretariaat"]), c.pick([0, 2]))


@family("payslip", "fr nl", "references.lesoir.be 'Comment décrypter sa fiche de paie' (ONSS 13,07 %, rémunération imposable, précompte) - Partena-style layout")
def partena_style(c: Ctx):
    return be_payslip(c, c.pick(["Partena Professional", "Partena - Secrétariat social"]), 1)


@family("payslip", "nl", "staffing-esg.be 'Je loonbrief uitgelegd' (RSZ 13,07 % on 108 % for workers, bedrijfsvoorheffing, nettoloon); starttowork.be (werkbonus) - Acerta-style layout")
def acerta_style(c: Ctx):
    return be_payslip(c, c.pick(["Acerta Sociaal Secretariaat", "acerta"]), c.pick([0, 1, 2]))


@family("payslip", "nl fr", "bpostbank.be 'bruto en netto' and financesetmoi.be (salaire brut, cotisation ONSS, précompte, net) - Liantis-style layout")
def liantis_style(c: Ctx):
    return be_payslip(c, c.pick(["Liantis", "Liantis Sociaal Secretariaat"]), c.pick([0, 2]))


@family("payslip", "fr", "odoo.jerouville.be 'Explication fiche de paie' (chèques-repas count, RCC hours, overtime at 150 %, night supplement) - Group S-style layout with time counters")
def groups_style(c: Ctx):
    t, b = be_payslip(c, c.pick(["Group S - Secrétariat social", "GROUP S"]), 0)
    counters = f"Chèques-repas : {c.r.randint(17, 22)}\nHeures normales : {c.r.randint(140, 168)}\nHeures supplémentaires 150 % : {c.r.randint(0, 12)}\nRepos compensatoire (RCC) : {c.r.randint(0, 8)} h\nSupplément nuit 25 % : {c.r.randint(0, 20)} h"
    return t, [*b[:2], counters, *b[2:]]


@family("payslip", "en", "Indian salary slip shape (Basic, HRA, allowances, Provident Fund, Professional Tax, TDS, net pay) - foreign payslips for unlimited-duration/ICT files (general knowledge)")
def foreign_salary_slip(c: Ctx):
    c.issued_in(["IN"])
    title = c.pick(["SALARY SLIP", f"Payslip for the month of {MONTHS['en'][c.today.month - 1]} {c.today.year}", "PAY SLIP"])
    basic = c.r.randint(40000, 180000)
    earn = [("Basic", basic), ("HRA", basic // 2), ("Special Allowance", c.r.randint(5000, 40000)), ("Conveyance", 1600)]
    ded = [("Provident Fund", int(basic * 0.12)), ("Professional Tax", 200), ("TDS", c.r.randint(2000, 30000))]
    gross = sum(v for _, v in earn)
    net = gross - sum(v for _, v in ded)
    tab = "Earnings | Amount | Deductions | Amount\n" + "\n".join(f"{e[0]} | {e[1]:,} | {d[0] if d else ''} | {d[1] if d else ''}" for e, d in zip(earn, [*ded, None]))
    return title, [c.foreign_company(), c.fields([("Employee name", c.full()), ("Employee code", c.digits(6)), ("Designation", c.pick(JOBS["en"])), ("PAN", f"{c.pick('ABCDE')}{c.pick('ABCDE')}{c.pick('ABCDE')}PK{c.digits(4)}A")]),
                   tab, f"Gross earnings: INR {gross:,}\nNet pay: INR {net:,}", "This is a computer-generated payslip and does not require a signature."]


@family("payslip", "de", "sevdesk.de 'Gehaltsabrechnung' and lohn-profi.com (Brutto, Lohnsteuer, Kranken-/Pflege-/Renten-/Arbeitslosenversicherung, Netto, Auszahlungsbetrag)")
def lohnabrechnung(c: Ctx):
    title = c.pick(["Lohnabrechnung", "Gehaltsabrechnung", "Entgeltabrechnung", "Verdienstabrechnung"]) + f" {MONTHS['de'][c.today.month - 1]} {c.today.year}"
    b = round(c.r.uniform(2800, 6500), 2)
    rows = [("Gehalt", b), ("Lohnsteuer", -b * 0.14), ("Solidaritätszuschlag", 0.0), ("Krankenversicherung", -b * 0.081), ("Pflegeversicherung", -b * 0.017),
            ("Rentenversicherung", -b * 0.093), ("Arbeitslosenversicherung", -b * 0.013)]
    net = sum(v for _, v in rows)
    tab = "\n".join(f"{k}{c.sep()}{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") for k, v in rows)
    return title, [c.fields([("Arbeitgeber", c.make_company().replace("NV", "GmbH")), ("Mitarbeiter", c.full()), ("Steuerklasse", str(c.r.randint(1, 5))), ("SV-Nummer", c.digits(12))]), tab,
                   f"Nettoverdienst{c.sep()}{net:,.2f}\nAuszahlungsbetrag{c.sep()}{net:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")]


@family("payslip", "fr nl", "lacsc.be / modedemploiasbl.be (fiche de paie) - a later payslip page without title: employer charges and leave balances")
def payslip_page2(c: Ctx):
    n = pay_numbers(c)
    rows = T(c, fr=f"Cotisations patronales ONSS : {c.fmt_money(n['gross'] * 0.25)}\nSolde congés légaux : {c.r.randint(0, 20)} jours\nPécule de vacances provisionné : {c.fmt_money(n['gross'] * 0.15)}\nNet à payer : {c.fmt_money(n['net'])}",
             nl=f"Werkgeversbijdragen RSZ: {c.fmt_money(n['gross'] * 0.25)}\nSaldo wettelijke vakantie: {c.r.randint(0, 20)} dagen\nVakantiegeld: {c.fmt_money(n['gross'] * 0.15)}\nNetto te betalen: {c.fmt_money(n['net'])}")
    return None, [f"{c.full()}  {pay_period(c)}", rows, "2/2"]


# =============================================================================================
# order_to_leave
# =============================================================================================
SCHENGEN = "Allemagne, Autriche, Croatie, Danemark, Espagne, Estonie, Finlande, France, Grèce, Hongrie, Islande, Italie, Lettonie, Liechtenstein, Lituanie, Luxembourg, Malte, Norvège, Pays-Bas, Pologne, Portugal, République tchèque, Slovaquie, Slovénie, Suède, Suisse"


@family("order_to_leave", "fr nl de", "doczz.fr 'Annexe 13 Ordre de quitter le territoire' transcription (SPF Intérieur, Office des Etrangers; nom, prénom, date et lieu de naissance, nationalité; délai; MOTIF DE LA DECISION, articles of the Law of 15 December 1980)")
def annexe13(c: Ctx):
    title = T(c, fr="ANNEXE 13\nORDRE DE QUITTER LE TERRITOIRE", nl="BIJLAGE 13\nBEVEL OM HET GRONDGEBIED TE VERLATEN", de="ANLAGE 13\nANWEISUNG, DAS STAATSGEBIET ZU VERLASSEN")
    head = T(c, fr="Royaume de Belgique - Service Public Fédéral Intérieur - Office des Étrangers", nl="Koninkrijk België - Federale Overheidsdienst Binnenlandse Zaken - Dienst Vreemdelingenzaken",
             de="Königreich Belgien - Föderaler Öffentlicher Dienst Inneres - Ausländeramt") + f"\nRéf. : {c.digits(7)}"
    who = T(c, fr=f"Il est enjoint à {c.mr()}, qui déclare se nommer :\nnom : {c.last}\nprénom : {c.first}\ndate de naissance : {c.date(c.birth)}\nnationalité : {c.nationality()}",
            nl=f"Aan {c.mr()}, die verklaart te heten:\nnaam: {c.last}\nvoornaam: {c.first}\ngeboortedatum: {c.date(c.birth)}\nnationaliteit: {c.nationality()}",
            de=f"{c.mr()}, der/die erklärt zu heißen:\nName: {c.last}\nVorname: {c.first}\nGeburtsdatum: {c.date(c.birth)}\nStaatsangehörigkeit: {c.nationality()}")
    order = T(c, fr=f"de quitter le territoire de la Belgique, ainsi que le territoire des États qui appliquent entièrement l'acquis de Schengen, sauf s'il possède les documents requis pour s'y rendre, dans les {c.pick(['30', '7', '0'])} jours de la notification de la décision.",
              nl=f"wordt het bevel gegeven het grondgebied van België te verlaten, evenals het grondgebied van de staten die het Schengenacquis ten volle toepassen, tenzij hij beschikt over de documenten die vereist zijn om er zich naar toe te begeven, binnen {c.pick(['30', '7', '0'])} dagen na de kennisgeving.",
              de=f"wird angewiesen, das Staatsgebiet Belgiens sowie das Staatsgebiet der Staaten, die den Schengen-Besitzstand vollständig anwenden, binnen {c.pick(['30', '7'])} Tagen nach Notifizierung zu verlassen.")
    motif = T(c, fr="MOTIF DE LA DÉCISION :\nL'ordre de quitter le territoire est délivré en application de l'article 7, alinéa 1er, 1°, de la loi du 15 décembre 1980 sur l'accès au territoire, le séjour, l'établissement et l'éloignement des étrangers : l'intéressé demeure dans le Royaume sans être porteur des documents requis par l'article 2.",
              nl="REDEN VAN DE BESLISSING:\nHet bevel wordt afgegeven in toepassing van artikel 7, eerste lid, 1°, van de wet van 15 december 1980 betreffende de toegang tot het grondgebied, het verblijf, de vestiging en de verwijdering van vreemdelingen: betrokkene verblijft in het Rijk zonder houder te zijn van de bij artikel 2 vereiste documenten.",
              de="BEGRÜNDUNG DER ENTSCHEIDUNG:\nArtikel 7 Absatz 1 Nr. 1 des Gesetzes vom 15. Dezember 1980 über die Einreise ins Staatsgebiet, den Aufenthalt, die Niederlassung und das Entfernen von Ausländern.")
    return title, [head, who, order, motif, c.sign(T(c, fr="Pour le Secrétaire d'État, l'attaché", nl="Voor de Staatssecretaris, de attaché", de="Für den Staatssekretär"))]


@family("order_to_leave", "fr nl", "doczz.fr 'ANNEXE 12 ROYAUME DE BELGIQUE Province Arrondissement' transcription (Province / Arrondissement / Commune; list of Schengen states; motif with the missing document)")
def annexe12(c: Ctx):
    title = T(c, fr="ANNEXE 12\nORDRE DE QUITTER LE TERRITOIRE", nl="BIJLAGE 12\nBEVEL OM HET GRONDGEBIED TE VERLATEN")
    head = c.fields([("Province", c.pick(["Liège", "Hainaut", "Antwerpen", "Oost-Vlaanderen"])), ("Arrondissement", c.city), ("Commune / Gemeente", c.city), ("Réf.", c.digits(6))])
    body = T(c, fr=f"En exécution de l'article 7, alinéa 1, de la loi du 15 décembre 1980, il est enjoint au nommé {c.full(0)}, né à {c.country('fr')} le {c.date(c.birth)}, de nationalité {c.nationality()}, de quitter, au plus tard le {c.date(c.shift(30))}, le territoire de la Belgique ainsi que les territoires des États suivants : {SCHENGEN}.",
             nl=f"In uitvoering van artikel 7, eerste lid, van de wet van 15 december 1980 wordt aan {c.full(0)}, geboren op {c.date(c.birth)}, nationaliteit {c.nationality()}, bevel gegeven uiterlijk op {c.date(c.shift(30))} het grondgebied van België en van de Schengenstaten te verlaten.")
    return title, [head, body, T(c, fr="MOTIF DE LA DÉCISION : l'intéressé n'est pas en possession d'un passeport revêtu d'un visa valable.", nl="REDEN: betrokkene is niet in het bezit van een geldig paspoort met visum."), c.sign(T(c, fr="Le Bourgmestre", nl="De burgemeester"))]


@family("order_to_leave", "fr nl", "reference notes (annex 13bis: 'Décision de refus de séjour avec ordre de quitter le territoire')")
def annexe13bis(c: Ctx):
    title = T(c, fr="ANNEXE 13bis\nDÉCISION DE REFUS DE SÉJOUR AVEC ORDRE DE QUITTER LE TERRITOIRE", nl="BIJLAGE 13bis\nBESLISSING TOT WEIGERING VAN VERBLIJF MET BEVEL OM HET GRONDGEBIED TE VERLATEN")
    body = T(c, fr=f"La demande de séjour introduite le {c.date(c.shift(-120))} par {c.full(0)}, de nationalité {c.nationality()}, est refusée. En exécution de la loi du 15 décembre 1980, il est enjoint à l'intéressé de quitter le territoire dans les 30 jours.",
             nl=f"De aanvraag tot verblijf ingediend op {c.date(c.shift(-120))} door {c.full(0)}, nationaliteit {c.nationality()}, wordt geweigerd. Betrokkene krijgt het bevel het grondgebied te verlaten binnen 30 dagen.")
    return title, ["Office des Étrangers / Dienst Vreemdelingenzaken", body, T(c, fr="Un recours peut être introduit auprès du Conseil du Contentieux des Étrangers dans les 30 jours.", nl="Tegen deze beslissing kan beroep worden ingesteld bij de Raad voor Vreemdelingenbetwistingen binnen 30 dagen.")]


@family("order_to_leave", "fr nl", "reference notes (13septies: '... avec maintien en vue d'éloignement'); adde.be case summaries on annexe 13septies")
def annexe13septies(c: Ctx):
    title = T(c, fr="ANNEXE 13septies\nORDRE DE QUITTER LE TERRITOIRE AVEC MAINTIEN EN VUE D'ÉLOIGNEMENT", nl="BIJLAGE 13septies\nBEVEL OM HET GRONDGEBIED TE VERLATEN MET VASTHOUDING MET HET OOG OP VERWIJDERING")
    body = T(c, fr=f"{c.mr()} {c.full(0)}, né(e) le {c.date(c.birth)}, de nationalité {c.nationality()}, doit quitter le territoire sans délai. En application de l'article 7, alinéa 3, de la loi du 15 décembre 1980, l'intéressé sera maintenu au centre fermé de {c.pick(['Vottem', 'Merksplas', 'Steenokkerzeel'])} en vue de son éloignement.",
             nl=f"{c.mr()} {c.full(0)}, geboren op {c.date(c.birth)}, nationaliteit {c.nationality()}, moet het grondgebied onmiddellijk verlaten. Betrokkene wordt vastgehouden in het gesloten centrum te {c.pick(['Merksplas', 'Brugge', 'Steenokkerzeel'])} met het oog op verwijdering.")
    return title, [body, T(c, fr="Reconduite à la frontière : oui", nl="Terugleiding naar de grens: ja"), c.sign("Office des Étrangers")]


@family("order_to_leave", "fr nl", "agii.be (order notified by the commune or police; right to a translation of the main elements and of the remedies) - notification act page")
def notification_act(c: Ctx):
    title = T(c, fr="ACTE DE NOTIFICATION", nl="AKTE VAN KENNISGEVING")
    body = T(c, fr=f"Le {c.date()}, je soussigné, agent de police de la zone {c.city}, ai notifié à {c.full(0)} la décision de l'Office des étrangers du {c.date(c.shift(-7))} lui enjoignant de quitter le territoire (annexe 13). L'intéressé a reçu une copie et déclare {c.pick(['comprendre le français', 'avoir reçu une traduction'])}.",
             nl=f"Op {c.date()} heb ik, ondergetekende, politieagent van de zone {c.city}, aan {c.full(0)} kennis gegeven van de beslissing van de Dienst Vreemdelingenzaken van {c.date(c.shift(-7))} houdende bevel om het grondgebied te verlaten (bijlage 13).")
    return title, [body, c.sign(T(c, fr="L'agent notificateur", nl="De betekenende agent")) + "\n" + c.sign(T(c, fr="L'intéressé", nl="Betrokkene"))]


@family("order_to_leave", "en", "agii.be 'inreisverbod voor derdelanders' (right to a written or oral translation of the main elements of the order to leave, including remedies)")
def informative_translation(c: Ctx):
    title = c.pick(["ORDER TO LEAVE THE TERRITORY - informative translation", "Annex 13 - Order to leave the territory (translation of the main elements)"])
    body = f"You, {c.full(0)}, born on {c.date(c.birth)}, national of {c.country('en')}, are ordered to leave the territory of Belgium and of the States that fully apply the Schengen acquis within {c.pick(['30', '7'])} days of notification."
    rem = "Remedies: you may lodge an appeal with the Council for Alien Law Litigation within 30 days of notification. This translation is provided for information only."
    return title, ["Immigration Office (DVZ/OE)", body, rem]


@family("order_to_leave", "nl fr", "kruispuntmi.be (BGV with a 0-day term; preventive measures: report to the mayor or police) - commune letter summarising an order to leave without the legal articles")
def commune_letter_bgv(c: Ctx):
    title = T(c, nl="Betreft: bevel om het grondgebied te verlaten", fr="Concerne : ordre de quitter le territoire")
    body = T(c, nl=f"Geachte {c.mr()} {c.last},\nDe Dienst Vreemdelingenzaken heeft beslist dat u het grondgebied moet verlaten. U moet België verlaten uiterlijk op {c.date(c.shift(30))}. U wordt verzocht zich tot dan elke week aan te melden bij de dienst Vreemdelingen van de gemeente.",
             fr=f"{c.mr()} {c.last},\nL'Office des étrangers a décidé que vous devez quitter le territoire au plus tard le {c.date(c.shift(30))}. Vous êtes invité(e) à vous présenter chaque semaine au service Étrangers de la commune.")
    return title, [T(c, nl=f"Gemeente {c.city} - dienst Vreemdelingen", fr=f"Commune de {c.city} - service Étrangers"), body, c.sign(T(c, nl="De ambtenaar", fr="Le fonctionnaire"))]


# =============================================================================================
# entry_ban
# =============================================================================================
@family("entry_ban", "fr nl de", "agii.be 'Inreisverbod voor derdelanders' (annex 13sexies is a separate decision notified with an annex 13 or 13septies; covers the EU states except Ireland, CH, NO, IS, LI); cedie UCLouvain on art. 74/11")
def annexe13sexies(c: Ctx):
    title = T(c, fr="ANNEXE 13sexies\nINTERDICTION D'ENTRÉE", nl="BIJLAGE 13sexies\nINREISVERBOD", de="ANLAGE 13sexies\nEINREISEVERBOT")
    yrs = c.pick(["2", "3", "4", "8"])
    body = T(c, fr=f"Une interdiction d'entrée d'une durée de {yrs} ans est imposée à {c.mr()} {c.full(0)}, né(e) le {c.date(c.birth)}, de nationalité {c.nationality()}, sur le territoire belge ainsi que sur le territoire des États qui appliquent entièrement l'acquis de Schengen.",
             nl=f"Aan {c.mr()} {c.full(0)}, geboren op {c.date(c.birth)}, nationaliteit {c.nationality()}, wordt een inreisverbod van {yrs} jaar opgelegd voor het Belgisch grondgebied en het grondgebied van de staten die het Schengenacquis ten volle toepassen.",
             de=f"Gegen {c.mr()} {c.full(0)}, geboren am {c.date(c.birth)}, Staatsangehörigkeit {c.nationality()}, wird ein Einreiseverbot von {yrs} Jahren für das belgische Staatsgebiet und die Schengen-Staaten verhängt.")
    motif = T(c, fr="La décision d'éloignement est assortie d'une interdiction d'entrée parce que : " + c.pick(["aucun délai n'est accordé pour le départ volontaire", "l'obligation de retour n'a pas été remplie", "l'intéressé constitue une menace pour l'ordre public"]) + " (article 74/11, § 1er, alinéa 2, de la loi du 15 décembre 1980).",
              nl="Het inreisverbod gaat gepaard met de verwijderingsbeslissing omdat " + c.pick(["geen termijn voor vrijwillig vertrek werd toegestaan", "niet voldaan werd aan een eerdere terugkeerverplichting", "betrokkene een gevaar vormt voor de openbare orde"]) + " (artikel 74/11, § 1, tweede lid, van de wet van 15 december 1980).",
              de="Begründung: " + c.pick(["keine Frist zur freiwilligen Ausreise gewährt", "frühere Rückkehrverpflichtung nicht erfüllt"]) + " (Artikel 74/11 § 1 Absatz 2 des Gesetzes vom 15. Dezember 1980).")
    return title, [T(c, fr="Office des Étrangers", nl="Dienst Vreemdelingenzaken", de="Ausländeramt") + f" - Réf. {c.digits(7)}", body, motif, c.sign(T(c, fr="L'attaché", nl="De attaché", de="Der Attaché"))]


@family("entry_ban", "en", "agii.be (right to a translation of the main elements of the order with entry ban) - informative English translation of an annex 13sexies")
def entry_ban_translation(c: Ctx):
    title = c.pick(["ENTRY BAN (Annex 13sexies) - informative translation", "Decision imposing an entry ban - translation"])
    body = f"An entry ban of {c.pick(['two', 'three', 'five'])} years is imposed on {c.full(0)}, born {c.date(c.birth)}, national of {c.country('en')}. The ban applies to the territory of Belgium and of the Schengen States. It takes effect from the date on which you actually leave the territory."
    return title, [body, "You may request the lifting or suspension of the entry ban from abroad. An appeal may be lodged with the Council for Alien Law Litigation within 30 days."]


@family("entry_ban", "fr nl", "adde.be case summaries (OQT with entry ban of three years and detention, separate reasoning for the ban); cedie UCLouvain note C.C.E. 27 February 2015")
def ban_motivation_page(c: Ctx):
    body = T(c, fr=f"Motivation de l'interdiction d'entrée : la durée de {c.pick(['deux', 'trois'])} ans est proportionnée compte tenu de l'ensemble des circonstances propres au cas ; l'intéressé n'a pas obtempéré à l'ordre de quitter le territoire notifié le {c.date(c.shift(-300))}. Aucune vie familiale au sens de l'article 8 CEDH n'a été invoquée.",
             nl=f"Motivering van het inreisverbod: de duur van {c.pick(['twee', 'drie'])} jaar is proportioneel gelet op alle omstandigheden; betrokkene heeft geen gevolg gegeven aan het bevel om het grondgebied te verlaten betekend op {c.date(c.shift(-300))}. Er werd geen gezinsleven in de zin van artikel 8 EVRM aangevoerd.")
    return c.pick([None, T(c, fr="INTERDICTION D'ENTRÉE", nl="INREISVERBOD")]), [body, T(c, fr="Article 74/11 de la loi du 15 décembre 1980", nl="Artikel 74/11 van de wet van 15 december 1980"), f"{c.r.randint(2, 3)}/3"]


@family("entry_ban", "en", "etaamb.openjustice.be (Royal Decree of 11 November 2024 implementing the SIS law); kruispuntmi.be (entry ban covers the Schengen area) - letter informing of a SIS entry alert")
def sis_alert_letter(c: Ctx):
    title = c.pick(["Notification of an entry ban and SIS alert", "Subject: Entry ban - registration in the Schengen Information System"])
    body = f"Dear {c.full(0)},\nWe inform you that the entry ban imposed on you on {c.date(c.shift(-60))} for a period of {c.pick(['3', '4', '2'])} years has been recorded in the Schengen Information System (SIS). You may not enter or stay in Belgium or the other Schengen States during that period."
    return title, [body, "Immigration Office - Return Directorate", c.sign("for the Director-General")]


@family("entry_ban", "nl fr", "agii.be (lifting may be asked; ban starts from actual departure - Ouhrami C-225/16) - akte van kennisgeving of an entry ban")
def ban_notification(c: Ctx):
    title = T(c, nl="AKTE VAN KENNISGEVING - INREISVERBOD", fr="NOTIFICATION - INTERDICTION D'ENTRÉE")
    body = T(c, nl=f"Op {c.date()} werd aan {c.full(0)} kennis gegeven van het inreisverbod (bijlage 13sexies) van {c.pick(['2', '3'])} jaar, samen met het bevel om het grondgebied te verlaten (bijlage 13).",
             fr=f"Le {c.date()}, notification a été faite à {c.full(0)} de l'interdiction d'entrée (annexe 13sexies) de {c.pick(['2', '3'])} ans, ainsi que de l'ordre de quitter le territoire (annexe 13).")
    return title, [body, T(c, nl="Betrokkene weigert te tekenen.", fr="L'intéressé refuse de signer.") if c.chance(0.3) else c.sign(c.full(0))]


@family("entry_ban", "de en", "reference notes (Einreiseverbot; the ban covers the Schengen area and can block a legal return; lifting after two thirds) - short decision without legal articles")
def short_ban_notice(c: Ctx):
    title = T(c, de="Einreiseverbot", en="Entry ban")
    body = T(c, de=f"{c.full(0)} darf für die Dauer von {c.pick(['zwei', 'drei', 'fünf'])} Jahren nicht in das Hoheitsgebiet Belgiens und der Schengen-Staaten einreisen. Ein Antrag auf Aufhebung ist möglich.",
             en=f"{c.full(0)} may not enter the territory of Belgium and the Schengen States for {c.pick(['two', 'three', 'five'])} years. A request to lift the ban is possible.")
    return title, [body, c.date()]


# =============================================================================================
# unknown: documents uploaded by mistake, or that only mention the documents above
# =============================================================================================
U = "unknown"


@family(U, "fr nl en de", "bosa.be / vreemdelingenrecht.be document lists (cover letters listing the documents to provide)")
def cover_letter_list(c: Ctx):
    items = c.r.sample(ANNEX_LIST[c.bl], 5)
    body = T(c, fr=f"Madame, Monsieur,\nVeuillez trouver ci-joint le dossier de demande de permis unique pour {c.full(0)}. Le dossier comprend :", nl=f"Geachte,\nIn bijlage vindt u het aanvraagdossier voor de gecombineerde vergunning van {c.full(0)}. Het dossier bevat:",
             en=f"Dear Sir or Madam,\nPlease find enclosed the single permit application file for {c.full(0)}. The file contains:",
             de=f"Sehr geehrte Damen und Herren,\nanbei erhalten Sie die Antragsunterlagen für die kombinierte Erlaubnis von {c.full(0)}. Die Akte enthält:")
    return T(c, fr="Objet : introduction d'un dossier", nl="Betreft: indiening dossier", en="Re: submission of application file", de="Betreff: Einreichung der Antragsunterlagen"), [c.company, body + "\n" + "\n".join(f"- {x}" for x in items), c.sign(c.contact)]


@family(U, "en nl de", "field-notes (HR departments filing many workers) - HR e-mail asking the worker for documents")
def hr_email_request(c: Ctx):
    body = T(c, en=f"Hi {c.first},\nTo start your single permit application we still need: a scan of your passport (all pages), your police clearance certificate (less than 6 months old, apostilled), the medical certificate on the Immigration Office model and your diploma. Please upload them to the portal by {c.date(c.shift(14))}.",
             nl=f"Dag {c.first},\nVoor je aanvraag gecombineerde vergunning hebben we nog nodig: een kopie van je paspoort, een uittreksel uit het strafregister (max. 6 maanden oud), het medisch attest en je diploma.",
             de=f"Hallo {c.first},\nfür Ihren Antrag auf kombinierte Erlaubnis fehlen noch: Kopie des Reisepasses, Führungszeugnis oder Strafregisterauszug (höchstens 6 Monate alt), ärztliches Attest und Diplom.")
    return T(c, en="Subject: documents needed for your work permit", nl="Onderwerp: ontbrekende documenten", de="Betreff: fehlende Unterlagen"), [f"From: hr@{c.pick(CO_PREFIX).lower().replace(' ', '')}.example", body, T(c, en="Best regards, HR team", nl="Groeten, HR", de="Mit freundlichen Grüßen, Personalabteilung")]


@family(U, "en fr", "reference notes (core list per category) - applicant checklist with tick boxes")
def checklist(c: Ctx):
    return T(c, en="CHECKLIST - single permit documents", fr="LISTE DE CONTRÔLE - documents permis unique"), [c.boxes(ANNEX_LIST[c.bl] + [T(c, en="hosting agreement (researchers)", fr="convention d'accueil (chercheurs)"), T(c, en="assignment letter (ICT)", fr="lettre de mission (ICT)")], 0.5), T(c, en="Keep this list; do not upload it.", fr="Conservez cette liste.")]


@family(U, "fr nl", "field-notes (sworn translators' register) - translator's invoice for translating a criminal record")
def translator_invoice(c: Ctx):
    f = c.fields([(T(c, fr="Facture n°", nl="Factuur nr."), f"{c.today.year}-{c.digits(4)}"), (T(c, fr="Client", nl="Klant"), c.full()),
                  (T(c, fr="Prestation", nl="Dienst"), T(c, fr="traduction jurée d'un extrait de casier judiciaire (2 pages) et d'un diplôme", nl="beëdigde vertaling van een uittreksel uit het strafregister en een diploma")),
                  (T(c, fr="Montant HTVA", nl="Bedrag excl. btw"), c.money(60, 180)), ("TVA / btw 21 %", c.money(10, 40)), (T(c, fr="À payer sur", nl="Te betalen op"), c.iban_be())])
    return T(c, fr="FACTURE", nl="FACTUUR"), [f"{c.pick(BE_FIRST)} {c.pick(BE_LAST)} - {T(c, fr='traductrice jurée', nl='beëdigd vertaler')}", f]


@family(U, "nl fr en", "generic supplier invoices (VAT, structured communication +++ / +++) per wikifin.be overschrijvingen")
def supplier_invoice(c: Ctx):
    f = c.fields([(T(c, nl="Factuurnummer", fr="Numéro de facture", en="Invoice number"), c.digits(8)), (T(c, nl="Factuurdatum", fr="Date", en="Date"), c.date()),
                  (T(c, nl="Omschrijving", fr="Description", en="Description"), c.pick(["laptop", "office chairs", "consultancy days", "verhuisdiensten", "déménagement"])),
                  (T(c, nl="Totaal incl. btw", fr="Total TVAC", en="Total incl. VAT"), c.money(80, 4000)), (T(c, nl="Mededeling", fr="Communication", en="Reference"), f"+++{c.digits(3)}/{c.digits(4)}/{c.digits(5)}+++")])
    return T(c, nl="FACTUUR", fr="FACTURE", en="INVOICE"), [c.make_company(), f, T(c, nl="Te betalen binnen 30 dagen.", fr="Payable à 30 jours.", en="Payment within 30 days.")]


@family(U, "fr nl", "Belgian residential lease models (bail de résidence principale / woninghuurovereenkomst) - general knowledge")
def rental_contract(c: Ctx):
    body = T(c, fr=f"Entre {c.pick(BE_FIRST)} {c.pick(BE_LAST)}, bailleur, et {c.full(0)}, preneur, il est convenu ce qui suit : le bailleur donne en location le bien situé {c.addr()}. Loyer mensuel : {c.money(650, 1600)}. Garantie locative : deux mois de loyer. Durée : 9 ans. Le bail sera enregistré.",
             nl=f"Tussen {c.pick(BE_FIRST)} {c.pick(BE_LAST)}, verhuurder, en {c.full(0)}, huurder: de verhuurder verhuurt het goed gelegen te {c.addr()}. Maandelijkse huurprijs: {c.money(650, 1600)}. Huurwaarborg: twee maanden. Duur: 9 jaar.")
    return T(c, fr="BAIL DE RÉSIDENCE PRINCIPALE", nl="WONINGHUUROVEREENKOMST (hoofdverblijfplaats)"), [body, T(c, fr="État des lieux d'entrée annexé.", nl="Plaatsbeschrijving in bijlage."), c.sign(T(c, fr="Le bailleur", nl="De verhuurder"))]


@family(U, "fr nl", "utility bills (electricity/gas annual settlement); reference notes warn 'redevance' also appears on bills")
def utility_bill(c: Ctx):
    f = c.fields([(T(c, fr="Code EAN", nl="EAN-code"), "5414" + c.digits(14)), (T(c, fr="Consommation", nl="Verbruik"), f"{c.r.randint(900, 4500)} kWh"),
                  (T(c, fr="Redevance de raccordement", nl="Vaste vergoeding"), c.money(20, 90)), (T(c, fr="Cotisation fédérale", nl="Federale bijdrage"), c.money(5, 30)),
                  (T(c, fr="Total à payer", nl="Totaal te betalen"), c.money(60, 400))])
    return T(c, fr="FACTURE D'ÉLECTRICITÉ - décompte annuel", nl="ELEKTRICITEITSFACTUUR - jaarafrekening"), [c.pick(["Luminus-style Énergie", "VoltaBel Energie", "Ardenergie"]), c.full(), f]


@family(U, "nl fr en", "wikifin.be 'Hoe je rekening checken' (statement lists all operations in a period) - ordinary monthly bank statement")
def bank_statement(c: Ctx):
    ops = []
    for d in range(1, c.r.randint(5, 12)):
        what = c.pick(["SALARIS", "SALAIRE", "DELHAIZE", "PROXIMUS", "HUUR", "LOYER", "NMBS", "BOL.COM", "SPOTIFY"])
        amount = c.money(1800, 4200) if what.startswith("SALA") else c.money(5, 1200)
        ops.append(f"{c.date(c.shift(-d), 0)} {what} {'+' if what.startswith('SALA') else '-'}{amount}")
    return T(c, nl="Rekeningoverzicht", fr="Relevé de compte", en="Account statement"), [c.fields([("IBAN", c.iban_be()), (T(c, nl="Periode", fr="Période", en="Period"), pay_period(c))]), "\n".join(ops)]


@family(U, "en", "transcript of records layout (course, credits, grade) - school transcripts are not diplomas - general knowledge")
def transcript(c: Ctx):
    rows = "\n".join(f"{c.pick(['CS101', 'MA201', 'PH110', 'EE305', 'HS120'])} {c.pick(['Data Structures', 'Linear Algebra', 'Physics I', 'Signals', 'Communication Skills'])} | {c.r.randint(2, 6)} | {c.pick(['A', 'B+', 'A-', 'B'])}" for _ in range(c.r.randint(5, 10)))
    return c.pick(["TRANSCRIPT OF RECORDS", "Official Academic Transcript", "GRADE REPORT"]), [c.pick(UNIS), f"Student: {c.full()}  ID {c.digits(8)}", "Code Course | Credits | Grade\n" + rows, f"Cumulative GPA: {c.r.uniform(2.8, 4.0):.2f}"]


@family(U, "fr nl en", "enrolment certificates of universities and schools (attestation d'inscription / inschrijvingsbewijs) - general knowledge")
def enrolment_certificate(c: Ctx):
    body = T(c, fr=f"Le secrétariat certifie que {c.full(0)} est régulièrement inscrit(e) pour l'année académique {c.today.year}-{c.today.year + 1} en {c.pick(['bachelier en informatique', 'master en gestion'])}.",
             nl=f"Het studentensecretariaat verklaart dat {c.full(0)} ingeschreven is voor het academiejaar {c.today.year}-{c.today.year + 1} in de opleiding {c.pick(['master bio-ingenieur', 'bachelor verpleegkunde'])}.",
             en=f"This is to certify that {c.full(0)} is enrolled as a full-time student for the academic year {c.today.year}-{c.today.year + 1}.")
    return T(c, fr="ATTESTATION D'INSCRIPTION", nl="INSCHRIJVINGSBEWIJS", en="CERTIFICATE OF ENROLMENT"), [body, c.sign("Registrar")]


@family(U, "fr nl de", "former employers' work certificates (attestation de travail / arbeidsattest / Arbeitszeugnis) with no group link - general knowledge")
def former_work_certificate(c: Ctx):
    body = T(c, fr=f"Nous certifions que {c.full(0)} a été occupé(e) dans notre entreprise du {c.date(c.shift(-1500))} au {c.date(c.shift(-300))} en qualité de {c.pick(JOBS['fr'])}. Il/elle nous quitte libre de tout engagement.",
             nl=f"Wij verklaren dat {c.full(0)} bij ons tewerkgesteld was van {c.date(c.shift(-1500))} tot {c.date(c.shift(-300))} als {c.pick(JOBS['nl'])}.",
             de=f"{c.full(0)} war vom {c.date(c.shift(-1500))} bis zum {c.date(c.shift(-300))} als {c.pick(JOBS['de'])} in unserem Unternehmen tätig. Wir bedauern sein/ihr Ausscheiden und wünschen alles Gute.")
    return T(c, fr="ATTESTATION DE TRAVAIL", nl="ARBEIDSATTEST", de="ARBEITSZEUGNIS"), [c.make_company(), body, c.sign(T(c, fr="La direction", nl="De directie", de="Geschäftsführung"))]


@family(U, "en fr", "job offer letters (offer of employment) - not a vacancy publication and not a contract - general knowledge")
def job_offer(c: Ctx):
    body = T(c, en=f"Dear {c.first},\nWe are pleased to offer you the position of {c.pick(JOBS['en'])} at {c.company} in {c.city}, with a gross annual salary of {c.money(45000, 90000)}. This offer is subject to obtaining a single permit. Please confirm your acceptance by {c.date(c.shift(10))}.",
             fr=f"{c.mr()},\nNous avons le plaisir de vous proposer le poste de {c.pick(JOBS['fr'])} chez {c.company}. Cette offre est conditionnée à l'obtention du permis unique.")
    return T(c, en="OFFER OF EMPLOYMENT", fr="PROPOSITION D'ENGAGEMENT"), [body, c.sign(c.contact)]


@family(U, "en fr", "CV / résumé layouts (profile, experience, education, skills, languages) - general knowledge")
def cv(c: Ctx):
    exp = "\n".join(f"{y}-{y + 2}  {c.pick(JOBS['en'])} - {c.foreign_company()}" for y in range(c.today.year - 8, c.today.year, 3))
    return c.full(0).upper(), [f"{c.first.lower()}@mail.example | +{c.digits(11)}", T(c, en="PROFESSIONAL EXPERIENCE", fr="EXPÉRIENCE PROFESSIONNELLE") + "\n" + exp,
                               T(c, en="EDUCATION", fr="FORMATION") + f"\n{c.pick(DEGREES)} - {c.pick(UNIS)}", T(c, en="LANGUAGES: English (C1), French (A2)", fr="LANGUES : anglais (C1), français (B1)")]


@family(U, "en fr", "motivation letters for job applications - general knowledge")
def motivation_letter(c: Ctx):
    body = T(c, en=f"Dear Hiring Manager,\nI am writing to apply for the position of {c.pick(JOBS['en'])}. With {c.r.randint(3, 12)} years of experience, I am confident I can contribute to your team in Belgium. I look forward to discussing my application.",
             fr=f"Madame, Monsieur,\nJe me permets de vous adresser ma candidature pour le poste de {c.pick(JOBS['fr'])}. Fort(e) de {c.r.randint(3, 12)} ans d'expérience, je souhaite rejoindre votre équipe.")
    return T(c, en="Cover letter", fr="Lettre de motivation"), [c.full(0), body, c.full(0)]


@family(U, "en", "5530.f2w.fedict.be Hong Kong consulate 'Visa Type D' (multiple-entry national visa, valid for Belgium) and ugent.be (max 365 days, multiple entries) - visa sticker with the MRV zone; not a residence card nor a passport data page")
def visa_sticker(c: Ctx):
    f = c.fields([("VALID FOR", "BELGIQUE"), ("FROM", c.date(c.shift(5), 1)), ("UNTIL", c.date(c.shift(95), 1)), ("TYPE OF VISA", "D"), ("NUMBER OF ENTRIES", "MULT"),
                  ("DURATION OF STAY", "90 DAYS"), ("ISSUED IN", c.pick(["NEW DELHI", "MANILA", "RABAT", "ANKARA"])), ("PASSPORT NUMBER", c.passport_no), ("SURNAME, NAME", c.full(2).upper()),
                  ("REMARKS", c.pick(["TRAVAILLEUR - PERMIS UNIQUE", "B1 WORK", "ART. 61"]))], 0)
    mrz = f"VDBEL{c.last.upper().replace(' ', '<')}<<{c.first.upper().replace(' ', '<')}".ljust(44, "<")[:44]
    return "VISA", [f, "".join(ch if ch.isascii() else "<" for ch in mrz)]


@family(U, "en fr", "japan.diplomatie.belgium.be 'D Visa for Single Permit Approval Holders' (visa application form printed from VOW, annex 46, admission to work); ugent.be single permit visa page")
def visa_application_form(c: Ctx):
    f = c.fields([(T(c, en="1. Surname", fr="1. Nom"), c.last), (T(c, en="2. First name(s)", fr="2. Prénom(s)"), c.first), (T(c, en="3. Date of birth", fr="3. Date de naissance"), c.date(c.birth)),
                  (T(c, en="13. Travel document number", fr="13. Numéro du document de voyage"), c.passport_no), (T(c, en="21. Purpose of stay", fr="21. Objet du séjour"), T(c, en="work (single permit)", fr="travail (permis unique)")),
                  (T(c, en="Intended date of arrival", fr="Date d'arrivée prévue"), c.date(c.shift(60)))])
    return T(c, en="APPLICATION FOR A NATIONAL VISA (LONG STAY)", fr="DEMANDE DE VISA NATIONAL (LONG SÉJOUR)"), [f, T(c, en="Attach: passport, police clearance, medical certificate, proof of the fee", fr="Joindre : passeport, casier judiciaire, certificat médical")]


@family(U, "en", "foreign national ID cards (e.g. unified multi-purpose IDs, voter cards) - general knowledge")
def foreign_id_card(c: Ctx):
    f = c.fields([("Surname", c.last.upper()), ("Given name", c.first.upper()), ("Date of birth", c.date(c.birth, 5)), ("ID No.", f"{c.digits(4)}-{c.digits(7)}-{c.digits(1)}"), ("Address", c.foreign_addr())])
    return c.pick([f"REPUBLIC OF {c.country('en').upper()}\nNATIONAL IDENTITY CARD", "UNIFIED MULTI-PURPOSE ID", "VOTER IDENTITY CARD"]), [f]


@family(U, "fr en", "civil status extracts (acte de naissance / birth certificate) - general knowledge")
def birth_certificate(c: Ctx):
    body = T(c, fr=f"Le {c.date(c.birth)} est né(e) {c.full(0)}, de sexe {c.sex}, fils/fille de {c.pick(FIRST_M)} {c.last} et de {c.pick(FIRST_F)} {c.pick(LAST)}.", en=f"Name of child: {c.full(0)}\nDate of birth: {c.date(c.birth)}\nFather: {c.pick(FIRST_M)} {c.last}\nMother: {c.pick(FIRST_F)} {c.pick(LAST)}")
    return T(c, fr="EXTRAIT D'ACTE DE NAISSANCE", en="CERTIFICATE OF LIVE BIRTH"), [body, f"Registry No. {c.digits(6)}", c.stamp()]


@family(U, "fr en nl", "civil status extracts (acte de mariage / marriage certificate / huwelijksakte) - general knowledge")
def marriage_certificate(c: Ctx):
    body = T(c, fr=f"Le {c.date(c.shift(-2000))} ont contracté mariage {c.full(0)} et {c.pick(FIRST_F + FIRST_M)} {c.pick(LAST)}.", en=f"This certifies that {c.full(0)} and {c.pick(FIRST_F + FIRST_M)} {c.pick(LAST)} were united in marriage on {c.date(c.shift(-2000))}.",
             nl=f"Op {c.date(c.shift(-2000))} zijn in het huwelijk getreden: {c.full(0)} en {c.pick(FIRST_F + FIRST_M)} {c.pick(LAST)}.")
    return T(c, fr="ACTE DE MARIAGE", en="CERTIFICATE OF MARRIAGE", nl="HUWELIJKSAKTE"), [body, c.stamp()]


@family(U, "en fr", "driving licences (EU model categories; foreign licences) - general knowledge")
def driving_licence(c: Ctx):
    f = c.fields([("1.", c.last.upper()), ("2.", c.first), ("3.", f"{c.date(c.birth, 1)} {c.country('en')}"), ("4a.", c.date(c.issue, 1)), ("4b.", c.date(c.expiry, 1)), ("5.", c.digits(10)), ("9.", c.pick(["B", "AM/B", "B/C"]))])
    return T(c, en="DRIVING LICENCE", fr="PERMIS DE CONDUIRE"), [f]


@family(U, "nl fr en de", "news articles on labour migration (brusselstimes.com 2026 thresholds; VisaHQ news on the portal) - mention permits, orders to leave, entry bans")
def news_article(c: Ctx):
    body = T(c, nl=f"Het aantal aanvragen voor een gecombineerde vergunning steeg vorig jaar met {c.r.randint(5, 30)} procent. Volgens de Dienst Vreemdelingenzaken kregen ook meer mensen een bevel om het grondgebied te verlaten, soms met een inreisverbod.",
             fr=f"Le nombre de demandes de permis unique a augmenté de {c.r.randint(5, 30)} % l'an dernier. Selon l'Office des étrangers, davantage d'ordres de quitter le territoire ont aussi été délivrés, parfois assortis d'une interdiction d'entrée.",
             en=f"Single permit applications rose by {c.r.randint(5, 30)} percent last year. The Immigration Office also issued more orders to leave the territory, some with an entry ban, while employers complain about slow processing.",
             de=f"Die Zahl der Anträge auf eine kombinierte Erlaubnis stieg im vergangenen Jahr um {c.r.randint(5, 30)} Prozent. Das Ausländeramt stellte auch mehr Anweisungen zum Verlassen des Staatsgebiets aus, teils mit Einreiseverbot.")
    return T(c, fr=c.pick(["Économie", "Société"]), nl="Binnenland", en="Belgium", de="Ostbelgien"), [T(c, fr="Le Quotidien", nl="De Dagkrant", en="Brussels Weekly", de="Ostkurier") + f" - {c.date()}", body, T(c, nl="Lees ook:", fr="À lire aussi :", en="Read more:", de="Lesen Sie auch:") + " ..."]


@family(U, "en fr nl", "government information pages on the single permit (workinginbelgium.be, vlaanderen.be, bosa.be)")
def gov_leaflet(c: Ctx):
    body = T(c, en="Who needs a single permit? Non-EU nationals who want to work in Belgium for more than 90 days. The employer files the application online. Documents: passport, medical certificate, criminal record, proof of payment of the administrative fee, employment contract.",
             fr="Qui a besoin d'un permis unique ? Les ressortissants non européens qui veulent travailler plus de 90 jours en Belgique. L'employeur introduit la demande en ligne.",
             nl="Wie heeft een gecombineerde vergunning nodig? Niet-EU-onderdanen die langer dan 90 dagen in België willen werken. De werkgever dient de aanvraag online in.")
    return T(c, en="Single permit - information for employers", fr="Permis unique - informations", nl="Gecombineerde vergunning - info"), [body, T(c, en="More information: www.workinginbelgium.be", fr="Plus d'infos : www.workinginbelgium.be", nl="Meer info: www.workinginbelgium.be")]


@family(U, "fr nl", "car insurance certificates (attestation d'assurance RC auto / verzekeringsbewijs BA auto) - insurance that is not health insurance - general knowledge")
def car_insurance(c: Ctx):
    f = c.fields([(T(c, fr="Preneur", nl="Verzekeringnemer"), c.full()), (T(c, fr="Véhicule", nl="Voertuig"), f"{c.pick(['Toyota', 'Skoda', 'Peugeot'])} - 1-{c.pick('ABCDEFGH')}{c.pick('ABCDEFGH')}{c.pick('ABCDEFGH')}-{c.digits(3)}"),
                  (T(c, fr="Police n°", nl="Polis nr."), c.digits(9)), (T(c, fr="Période", nl="Periode"), f"{c.date()} - {c.date(c.shift(365))}")])
    return T(c, fr="CERTIFICAT D'ASSURANCE RESPONSABILITÉ CIVILE AUTOMOBILE", nl="VERZEKERINGSBEWIJS BA MOTORRIJTUIGEN"), [f]


@family(U, "nl fr", "home insurance (brandverzekering / assurance incendie) policies - general knowledge")
def home_insurance(c: Ctx):
    return T(c, nl="BIJZONDERE VOORWAARDEN BRANDVERZEKERING", fr="CONDITIONS PARTICULIÈRES ASSURANCE INCENDIE"), [c.fields([(T(c, nl="Risicoadres", fr="Adresse du risque"), c.addr()), (T(c, nl="Premie", fr="Prime"), c.money(150, 600)), (T(c, nl="Waarborgen", fr="Garanties"), T(c, nl="brand, waterschade, diefstal", fr="incendie, dégâts des eaux, vol"))])]


@family(U, "fr nl", "test-achats.be 'Votre avertissement-extrait de rôle de A à Z' and lalibre.be (AER: amount to pay, account, payment deadline, income year and tax year; federal and regional parts)")
def tax_assessment(c: Ctx):
    return T(c, fr="AVERTISSEMENT-EXTRAIT DE RÔLE - impôt des personnes physiques", nl="AANSLAGBILJET PERSONENBELASTING"), [
        c.fields([(T(c, fr="Exercice d'imposition", nl="Aanslagjaar"), str(c.today.year)), (T(c, fr="Revenus de l'année", nl="Inkomsten van het jaar"), str(c.today.year - 1)),
                  (T(c, fr="Contribuable", nl="Belastingplichtige"), c.full()), (T(c, fr="Montant à payer", nl="Te betalen"), c.money(0, 3000)),
                  (T(c, fr="À payer au plus tard le", nl="Te betalen uiterlijk op"), c.date(c.shift(60))),
                  (T(c, fr="Communication structurée", nl="Gestructureerde mededeling"), f"+++{c.digits(3)}/{c.digits(4)}/{c.digits(5)}+++")]),
        T(c, fr="Impôt État fédéral / Impôt Région / Taxe communale additionnelle", nl="Federale belasting / Gewestelijke belasting / Aanvullende gemeentebelasting"), "SPF Finances / FOD Financiën"]


@family(U, "nl fr", "eeklo.be / mechelen.be ('maak een afspraak' at the commune to register after arrival) - appointment confirmations")
def commune_appointment(c: Ctx):
    body = T(c, nl=f"Uw afspraak bij de dienst Burgerzaken - Vreemdelingen is bevestigd op {c.date(c.shift(10))} om {c.r.randint(8, 15)}:{c.pick(['00', '15', '30', '45'])}. Breng mee: paspoort, bijlage 46 of visum, pasfoto, huurcontract.",
             fr=f"Votre rendez-vous au service Population - Étrangers est confirmé le {c.date(c.shift(10))} à {c.r.randint(8, 15)}h{c.pick(['00', '30'])}. Apportez : passeport, visa, photo, bail.")
    return T(c, nl="Bevestiging afspraak", fr="Confirmation de rendez-vous"), [T(c, nl=f"Stad {c.city}", fr=f"Commune de {c.city}"), body]


@family(U, "fr nl", "workinginbelgium.be (employer must still declare Dimona) - Dimona acknowledgement")
def dimona_ack(c: Ctx):
    return T(c, fr="Accusé de réception Dimona IN", nl="Ontvangstbewijs Dimona IN"), [c.fields([(T(c, fr="Employeur", nl="Werkgever"), c.company), ("NISS/INSZ", c.nrn()), (T(c, fr="Date d'entrée", nl="Datum in dienst"), c.date()), ("Dimona", c.digits(12))])]


@family(U, "fr nl", "onem.be feuille info E14 'Formulaire C4-CERTIFICAT DE CHÔMAGE' and persoproject.be (mentions: worker, national number, employer with enterprise/ONSS number and joint committee, dates, weekly hours, gross pay, reason)")
def c4_certificate(c: Ctx):
    return "C4 - " + T(c, fr="CERTIFICAT DE CHÔMAGE", nl="WERKLOOSHEIDSBEWIJS"), [
        c.fields([(T(c, fr="Travailleur", nl="Werknemer"), c.full()), (T(c, fr="N° de registre national", nl="Rijksregisternummer"), c.nrn()),
                  (T(c, fr="Employeur", nl="Werkgever"), f"{c.company} ({c.kbo()})"), (T(c, fr="Commission paritaire", nl="Paritair comité"), c.pick(["200", "124", "302"])),
                  (T(c, fr="Occupé du ... au ...", nl="Tewerkgesteld van ... tot ..."), f"{c.date(c.shift(-700))} - {c.date()}"),
                  (T(c, fr="Rémunération brute", nl="Brutoloon"), c.money(2000, 4500)),
                  (T(c, fr="Motif précis du chômage", nl="Juiste reden van de werkloosheid"), T(c, fr=c.pick(["fin de contrat à durée déterminée", "licenciement pour raisons économiques"]), nl=c.pick(["einde overeenkomst van bepaalde duur", "ontslag om economische redenen"])))]), "ONEM / RVA"]


@family(U, "nl fr", "Crossroads Bank for Enterprises extracts (KBO/BCE public search) - general knowledge")
def kbo_extract(c: Ctx):
    return T(c, nl="Uittreksel Kruispuntbank van Ondernemingen", fr="Extrait de la Banque-Carrefour des Entreprises"), [c.fields([(T(c, nl="Ondernemingsnummer", fr="Numéro d'entreprise"), c.kbo()), (T(c, nl="Naam", fr="Dénomination"), c.company), (T(c, nl="Rechtsvorm", fr="Forme légale"), c.pick(["NV", "BV", "SA", "SRL"])), (T(c, nl="Zetel", fr="Siège"), c.addr())])]


@family(U, "fr en", "laboratory results reports (haematology, biochemistry) - medical but not the immigration medical certificate - general knowledge")
def lab_results(c: Ctx):
    rows = "\n".join(f"{t} {c.r.uniform(lo, hi):.1f} {u} ({lo}-{hi})" for t, lo, hi, u in [("Hémoglobine", 12, 17, "g/dL"), ("Glucose", 70, 110, "mg/dL"), ("Cholestérol", 150, 240, "mg/dL"), ("CRP", 0, 5, "mg/L")])
    return T(c, fr="RÉSULTATS D'ANALYSES", en="LABORATORY REPORT"), [f"{c.full()}  {c.date()}", rows]


@family(U, "en", "international certificate of vaccination (yellow card) layout - general knowledge")
def vaccination_card(c: Ctx):
    return "INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS", [f"This is to certify that {c.full(0)} has been vaccinated against {c.pick(['yellow fever', 'COVID-19', 'hepatitis B'])} on {c.date()}.", c.stamp()]


@family(U, "en", "airline e-ticket / booking confirmations - general knowledge")
def flight_booking(c: Ctx):
    return "E-TICKET RECEIPT / ITINERARY", [c.fields([("Passenger", c.full(2).upper()), ("Booking ref", "".join(c.pick("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))), ("Flight", f"{c.pick(['EK', 'TK', 'QR', 'SN'])}{c.r.randint(100, 999)} {c.pick(['BOM', 'MNL', 'IST', 'CMN'])}-BRU"), ("Date", c.date(c.shift(40))), ("Passport", c.passport_no)])]


@family(U, "en fr", "hotel/temporary housing booking confirmations - general knowledge")
def hotel_booking(c: Ctx):
    return T(c, en="Booking confirmation", fr="Confirmation de réservation"), [c.fields([(T(c, en="Guest", fr="Client"), c.full()), (T(c, en="Check-in", fr="Arrivée"), c.date(c.shift(40))), (T(c, en="Nights", fr="Nuits"), str(c.r.randint(2, 30))), (T(c, en="Total", fr="Total"), c.money(100, 3000))])]


@family(U, "nl fr", "salary simulations by social secretariats (bruto-netto berekening) - explicitly not a payslip - general knowledge")
def salary_simulation(c: Ctx):
    n = pay_numbers(c)
    return T(c, nl="SIMULATIE BRUTO-NETTO", fr="SIMULATION BRUT-NET"), [c.fields([(T(c, nl="Brutoloon", fr="Brut"), c.fmt_money(n["gross"])), (T(c, nl="Geschat netto", fr="Net estimé"), c.fmt_money(n["net"]))]), T(c, nl="Deze simulatie is geen loonbrief en heeft geen bewijskracht.", fr="Cette simulation n'est pas une fiche de paie.")]


@family(U, "fr nl en", "powers of attorney / mandates for a representative filing the application - general knowledge")
def power_of_attorney(c: Ctx):
    body = T(c, fr=f"Je soussigné(e) {c.contact}, administrateur de {c.company}, donne mandat à {c.pick(BE_FIRST)} {c.pick(BE_LAST)}, avocat, pour introduire en notre nom la demande de permis unique de {c.full(0)}.",
             nl=f"Ondergetekende {c.contact}, bestuurder van {c.company}, geeft volmacht aan {c.pick(BE_FIRST)} {c.pick(BE_LAST)} om in onze naam de aanvraag gecombineerde vergunning voor {c.full(0)} in te dienen.",
             en=f"I, {c.contact}, director of {c.company}, authorise {c.pick(BE_FIRST)} {c.pick(BE_LAST)} to file the single permit application for {c.full(0)} on our behalf.")
    return T(c, fr="PROCURATION", nl="VOLMACHT", en="POWER OF ATTORNEY"), [body, c.sign(c.contact)]


@family(U, "fr nl", "adde.be case summaries (appeals against orders to leave and entry bans before the CCE/RvV) - lawyer's letter about an appeal")
def lawyer_appeal_letter(c: Ctx):
    body = T(c, fr=f"Cher client,\nNous avons introduit le {c.date()} un recours en annulation et en suspension devant le Conseil du Contentieux des Étrangers contre l'ordre de quitter le territoire et l'interdiction d'entrée qui vous ont été notifiés. Nous vous tiendrons informé(e).",
             nl=f"Beste cliënt,\nWij hebben op {c.date()} een beroep tot nietigverklaring ingediend bij de Raad voor Vreemdelingenbetwistingen tegen het bevel om het grondgebied te verlaten en het inreisverbod.")
    return T(c, fr="Concerne : votre dossier - recours", nl="Betreft: uw dossier - beroep"), [f"{c.pick(BE_LAST)} & {c.pick(BE_LAST)} {T(c, fr='avocats', nl='advocaten')}", body]


@family(U, "en", "employer guarantee / sponsorship letters for a visa application - general knowledge")
def sponsorship_letter(c: Ctx):
    return "LETTER OF GUARANTEE", [f"{c.company} guarantees all costs of stay and return of {c.full(0)} during the visa period and confirms that a single permit was granted (annex 46 attached).", c.sign(c.contact)]


@family(U, "en nl", "job descriptions / organisation charts requested in Brussels bottleneck files (checklist-facts)")
def job_description(c: Ctx):
    return T(c, en="JOB DESCRIPTION", nl="FUNCTIEBESCHRIJVING"), [c.fields([(T(c, en="Position", nl="Functie"), c.job), (T(c, en="Reports to", nl="Rapporteert aan"), c.pick(["CTO", "Plant manager", "Head of Data"])), (T(c, en="Responsibilities", nl="Verantwoordelijkheden"), T(c, en="design, testing, documentation", nl="ontwerp, testen, documentatie"))])]


@family(U, "en fr", "field-notes (apostille: fixed 10-field layout titled 'Apostille (Convention de La Haye du 5 octobre 1961)') - apostille page alone")
def apostille_alone(c: Ctx):
    f = "\n".join([f"1. Country: {c.country('en')}", f"2. has been signed by {c.pick(FIRST_M)} {c.pick(LAST)}", "3. acting in the capacity of Registrar", "4. bears the seal/stamp of the Ministry",
                   f"5. at {c.pick(['Manila', 'New Delhi', 'Ankara'])}", f"6. the {c.date()}", "7. by the Department of Foreign Affairs", f"8. No. {c.digits(8)}", "9. Seal/stamp", "10. Signature"])
    return "APOSTILLE\n(Convention de La Haye du 5 octobre 1961)", [f]


@family(U, "en", "letters of recommendation / reference letters - general knowledge")
def recommendation_letter(c: Ctx):
    return "LETTER OF RECOMMENDATION", [f"It is my pleasure to recommend {c.full(0)}, who worked under my supervision for {c.r.randint(2, 6)} years. {c.first} is reliable and skilled.", c.sign(f"Prof. {c.pick(LAST)}")]


@family(U, "nl fr", "mobile phone subscription contracts - general knowledge")
def phone_contract(c: Ctx):
    return T(c, nl="Abonnementsovereenkomst mobiel", fr="Contrat d'abonnement mobile"), [c.fields([(T(c, nl="Klant", fr="Client"), c.full()), ("Nr.", f"+32 4{c.digits(2)} {c.digits(2)} {c.digits(2)} {c.digits(2)}"), (T(c, nl="Maandprijs", fr="Prix mensuel"), c.money(10, 50))])]


@family(U, "fr nl", "traffic fines (perception immédiate / onmiddellijke inning) - general knowledge")
def traffic_fine(c: Ctx):
    return T(c, fr="PERCEPTION IMMÉDIATE - infraction routière", nl="ONMIDDELLIJKE INNING - verkeersovertreding"), [c.fields([(T(c, fr="Montant", nl="Bedrag"), c.money(50, 200)), (T(c, fr="Communication", nl="Mededeling"), f"+++{c.digits(3)}/{c.digits(4)}/{c.digits(5)}+++"), ("IBAN", c.iban_be())])]


@family(U, "en", "university admission letters (letter of acceptance) - general knowledge")
def admission_letter(c: Ctx):
    return "LETTER OF ADMISSION", [f"Dear {c.full(0)}, we are pleased to inform you that you have been admitted to the {c.pick(DEGREES)} programme starting {c.date(c.shift(90))}.", c.sign("Admissions Office")]


@family(U, "nl fr", "child benefit (Groeipakket / allocations familiales) letters - general knowledge")
def child_benefit(c: Ctx):
    return T(c, nl="Groeipakket - beslissing", fr="Allocations familiales - décision"), [T(c, nl=f"U ontvangt vanaf {c.date()} het basisbedrag voor uw kind.", fr=f"Vous bénéficiez à partir du {c.date()} du montant de base pour votre enfant."), c.money(170, 180)]


@family(U, "fr en", "training certificates (certificate of completion/attendance) - not a diploma - general knowledge")
def training_certificate(c: Ctx):
    return T(c, fr="ATTESTATION DE PARTICIPATION", en="CERTIFICATE OF COMPLETION"), [T(c, fr=f"{c.full(0)} a suivi la formation « {c.pick(['Sécurité VCA', 'Excel avancé', 'Premiers secours'])} » ({c.r.randint(4, 40)} heures).", en=f"{c.full(0)} has completed the course '{c.pick(['Agile Scrum Fundamentals', 'Cloud Practitioner', 'First Aid'])}' ({c.r.randint(4, 40)} hours).")]


@family(U, "fr nl", "commune fees for issuing an electronic card ('redevance' / retributie for the card) - a payment that is not the Immigration Office fee - general knowledge")
def commune_card_fee(c: Ctx):
    return T(c, fr="QUITTANCE - redevance communale", nl="KWITANTIE - gemeentelijke retributie"), [T(c, fr=f"Reçu la somme de {c.money(20, 40)} pour la délivrance d'une carte électronique pour étrangers.", nl=f"Ontvangen: {c.money(20, 40)} voor de afgifte van een elektronische vreemdelingenkaart."), c.stamp()]


@family(U, "nl", "VDAB job-seeker registration certificates (inschrijvingsattest werkzoekende) - VDAB paper that is not a vacancy - general knowledge")
def jobseeker_registration(c: Ctx):
    return "Attest van inschrijving als werkzoekende", [f"VDAB verklaart dat {c.full(0)} sinds {c.date(c.shift(-90))} ingeschreven is als niet-werkende werkzoekende.", "VDAB - Keizerslaan 11, 1000 Brussel"]


@family(U, "fr nl", "sick notes (certificat d'incapacité de travail / attest arbeidsongeschiktheid) - medical, not the immigration model - general knowledge")
def sick_note(c: Ctx):
    return T(c, fr="CERTIFICAT D'INCAPACITÉ DE TRAVAIL", nl="GENEESKUNDIG GETUIGSCHRIFT ARBEIDSONGESCHIKTHEID"), [T(c, fr=f"Je soussigné, docteur en médecine, certifie que {c.full(0)} est incapable de travailler du {c.date()} au {c.date(c.shift(7))} inclus. Sortie autorisée.", nl=f"Ondergetekende arts verklaart dat {c.full(0)} arbeidsongeschikt is van {c.date()} tot {c.date(c.shift(7))}."), c.sign("Dr. " + c.pick(BE_LAST))]


@family(U, "en", "travel insurance claim forms - insurance paperwork that is not proof of cover - general knowledge")
def insurance_claim(c: Ctx):
    return "TRAVEL INSURANCE CLAIM FORM", [c.blank(["Policy number", "Claimant name", "Date of incident", "Description", "Amount claimed"])]


@family(U, "fr nl", "pension / mypension statements - general knowledge")
def pension_statement(c: Ctx):
    return T(c, fr="Aperçu de votre carrière - mypension", nl="Overzicht van uw loopbaan - mypension"), [c.fields([(T(c, fr="Années de carrière", nl="Loopbaanjaren"), str(c.r.randint(1, 8))), (T(c, fr="Pension estimée", nl="Geschat pensioen"), c.money(100, 900))])]


@family(U, "fr nl en", "japan.diplomatie.belgium.be and ugent.be (annex 46 = decision granting the single permit, notified to employer, worker and embassy); reference notes (annexes 46/47/48) - the decision is not one of the file's documents")
def annex46_decision(c: Ctx):
    title = T(c, fr="ANNEXE 46\nDÉCISION D'OCTROI D'UN PERMIS UNIQUE", nl="BIJLAGE 46\nBESLISSING TOT TOEKENNING VAN EEN GECOMBINEERDE VERGUNNING", en="ANNEX 46\nDECISION GRANTING A SINGLE PERMIT (translation)")
    body = T(c, fr=f"L'autorisation de séjour et de travail est accordée à {c.full(0)}, de nationalité {c.nationality()}, pour être occupé(e) par {c.company} jusqu'au {c.date(c.shift(365))}. L'intéressé(e) doit se présenter à l'administration communale de son lieu de résidence dans les huit jours ouvrables de son arrivée.",
             nl=f"De machtiging tot verblijf en arbeid wordt toegekend aan {c.full(0)}, nationaliteit {c.nationality()}, voor tewerkstelling bij {c.company} tot {c.date(c.shift(365))}. Betrokkene meldt zich binnen acht werkdagen na aankomst bij het gemeentebestuur van de verblijfplaats.",
             en=f"Authorisation to stay and work is granted to {c.full(0)}, {c.nationality()} national, for employment with {c.company} until {c.date(c.shift(365))}. The person must report to the municipality of residence within eight working days of arrival.")
    return title, [T(c, fr="Office des Étrangers", nl="Dienst Vreemdelingenzaken", en="Immigration Office"), body, c.sign(T(c, fr="Pour le Ministre", nl="Voor de Minister", en="For the Minister"))]


@family(U, "en", "japan.diplomatie.belgium.be 'D Visa for Single Permit Approval Holders' (numbered list of supporting documents, originals and copies) - an embassy checklist that names the documents")
def embassy_checklist(c: Ctx):
    rows = ["DOCUMENT | TYPE | COMMENT", "1 | Visa application form | 2 originals, printed from VOW, signed", "2 | Passport | 1 original + 1 copy of the data page",
            "3 | Recent photographs | 3 originals, ICAO standard", "4 | Single permit approval (annex 46) | 1 original", "5 | Admission to work | 1 original",
            "6 | Medical certificate, police clearance | originals, apostilled"]
    return f"Embassy of Belgium in {c.pick(['Tokyo', 'New Delhi', 'Manila', 'Rabat'])} - D visa for single permit approval holders", ["\n".join(rows), "An incomplete application file can result in a visa refusal."]


# --- more issuers for the classes that vary most in reality -----------------------------------
@family("application_form", "fr nl en", "werk-economie-emploi.brussels ICT page (form 'via la procédure unique', employer abroad) and single-permit.md (form signed by employer; worker part) - the worker-side part of the Brussels form")
def bxl_worker_part(c: Ctx):
    title = T(c, fr="PERMIS UNIQUE - PARTIE À COMPLÉTER PAR LE TRAVAILLEUR", nl="GECOMBINEERDE VERGUNNING - DEEL IN TE VULLEN DOOR DE WERKNEMER", en="SINGLE PERMIT - PART TO BE COMPLETED BY THE WORKER")
    f = c.fields([(T(c, fr="Nom", nl="Naam", en="Surname"), c.last), (T(c, fr="Prénom", nl="Voornaam", en="First name"), c.first),
                  (T(c, fr="Lieu et date de naissance", nl="Geboorteplaats en -datum", en="Place and date of birth"), f"{c.country()} {c.date(c.birth)}"),
                  (T(c, fr="Adresse actuelle", nl="Huidig adres", en="Current address"), c.foreign_addr()),
                  (T(c, fr="Poste diplomatique belge compétent", nl="Bevoegde Belgische diplomatieke post", en="Competent Belgian diplomatic post"), c.pick(["New Delhi", "Manila", "Rabat", "Ankara", "Tokyo", "Nairobi"])),
                  (T(c, fr="Membres de la famille qui accompagnent", nl="Begeleidende gezinsleden", en="Accompanying family members"), c.pick(["0", "1", "2"]))])
    decl = T(c, fr="Je déclare avoir pris connaissance des conditions de séjour et m'engage à les respecter.", nl="Ik verklaar kennis te hebben genomen van de verblijfsvoorwaarden en verbind mij ertoe ze na te leven.",
             en="I declare that I have read the conditions of stay and undertake to comply with them.")
    return title, [f, decl, c.date() + "\n" + c.sign(c.full(0))]


@family("application_form", "fr", "field-notes (Wallonia's unlimited-duration permit still takes a scanned paper form by e-mail, emploi.wallonie.be) - a scanned paper form with handwritten-looking answers")
def wal_unlimited_paper(c: Ctx):
    title = "Région wallonne - DEMANDE D'AUTORISATION DE TRAVAIL À DURÉE ILLIMITÉE (permis unique)"
    f = c.fields([("Nom", c.last.upper()), ("Prénom", c.first), ("N° national", c.nrn()), ("Adresse", c.addr()), ("Titre de séjour actuel", c.pick(["carte A", "carte A - permis unique"])),
                  ("Nombre d'années d'occupation", str(c.r.randint(4, 6)))], c.pick([1, 2]))
    return title, [f, c.boxes(["copie du titre de séjour", "fiches de paie", "compte individuel", "copie du passeport"], 0.8), "À renvoyer scanné par courriel.", c.sign(c.full(0))]


@family("employment_contract", "fr nl", "vlaanderen.be arbeidsovereenkomst (duration: a clearly defined job or a replacement contract); bbtk.org (contract types) - replacement contract")
def replacement_contract(c: Ctx):
    title = T(c, fr="CONTRAT DE REMPLACEMENT", nl="VERVANGINGSOVEREENKOMST")
    why = T(c, fr=f"Le travailleur est engagé pour remplacer {c.pick(BE_FIRST)} {c.pick(BE_LAST)}, dont le contrat est suspendu pour {c.pick(['maladie', 'congé parental', 'crédit-temps'])}. Le contrat prend fin au retour du travailleur remplacé, et au plus tard après deux ans.",
             nl=f"De werknemer wordt aangeworven ter vervanging van {c.pick(BE_FIRST)} {c.pick(BE_LAST)}, wiens overeenkomst geschorst is wegens {c.pick(['ziekte', 'ouderschapsverlof', 'tijdskrediet'])}. De overeenkomst eindigt bij de terugkeer van de vervangen werknemer.")
    kept = [x for x in contract_clauses(c, "cdi") if "indéterminée" not in x and "onbepaalde duur" not in x][:5]
    return title, [parties(c), why, *renumber(kept), contract_sign(c)]


@family("employment_contract", "fr nl", "lacsc.be (the joint committee, CP, on the payslip and in the contract); reference notes (contract names the joint committee) - hotel and restaurant sector contract (CP 302)")
def horeca_contract(c: Ctx):
    title = T(c, fr="CONTRAT DE TRAVAIL - SECTEUR HORECA (CP 302)", nl="ARBEIDSOVEREENKOMST - HORECA (PC 302)")
    job = T(c, fr=c.pick(["cuisinier", "chef de partie", "commis de cuisine"]), nl=c.pick(["kok", "chef de partie", "keukenhulp"]))
    body = T(c, fr=f"Le travailleur est engagé comme {job} dans l'établissement situé {c.addr()}. Horaire variable communiqué cinq jours à l'avance. Salaire selon les barèmes de la commission paritaire 302 : {c.money(2300, 3200)} brut par mois. Loi du 3 juillet 1978.",
             nl=f"De werknemer wordt aangeworven als {job} in de vestiging te {c.addr()}. Variabel uurrooster, vijf dagen vooraf meegedeeld. Loon volgens de barema's van paritair comité 302: {c.money(2300, 3200)} bruto per maand. Wet van 3 juli 1978.")
    return title, [parties(c), body, contract_sign(c)]


@family("entry_ban", "fr nl", "adde.be and cedie UCLouvain summaries of art. 74/11 § 1, al. 2 of the Law of 15 December 1980 (ban when no period for voluntary departure was granted, or an earlier return obligation was not met) - tick-box page of the decision")
def ban_reasons_checkboxes(c: Ctx):
    title = T(c, fr="INTERDICTION D'ENTRÉE - MOTIFS", nl="INREISVERBOD - MOTIEVEN")
    items = T(c, fr="1° aucun délai n'est accordé pour le départ volontaire|2° l'obligation de retour n'a pas été remplie|l'intéressé constitue une menace pour l'ordre public|fraude",
              nl="1° voor het vrijwillig vertrek werd geen enkele termijn toegestaan|2° een vroegere beslissing tot verwijdering werd niet uitgevoerd|betrokkene vormt een bedreiging voor de openbare orde|fraude").split("|")
    dur = T(c, fr=f"Durée de l'interdiction d'entrée : {c.pick(['2', '3', '4'])} ans", nl=f"Duur van het inreisverbod: {c.pick(['2', '3', '4'])} jaar")
    return title, [f"{c.full(0)} - {c.nationality()}", T(c, fr="En vertu de l'article 74/11, § 1er, alinéa 2, de la loi du 15 décembre 1980 :", nl="Krachtens artikel 74/11, § 1, tweede lid, van de wet van 15 december 1980:"), c.boxes(items, 0.4), dur]


@family("criminal_record", "en fr", "field-notes (documents outside FR/NL/DE/EN need a sworn translation; apostille) - Brazilian Federal Police criminal record certificate ('Certidão de Antecedentes Criminais') in sworn translation - general knowledge")
def brazil_certidao(c: Ctx):
    c.issued_in(["BR"])
    title = T(c, en="[Sworn translation from Portuguese] CRIMINAL RECORD CERTIFICATE", fr="[Traduction jurée du portugais] CERTIFICAT D'ANTÉCÉDENTS JUDICIAIRES")
    body = T(c, en=f"The Federal Police certifies that, after searching its records, NO criminal record was found against {c.full(0).upper()}, Brazilian, born on {c.date(c.birth)}, son/daughter of {c.pick(FIRST_F)} {c.last}.",
             fr=f"La Police fédérale certifie qu'après consultation de ses registres, AUCUN antécédent judiciaire n'a été trouvé au nom de {c.full(0).upper()}, de nationalité brésilienne, né(e) le {c.date(c.birth)}.")
    return title, [T(c, en="Federative Republic of Brazil - Ministry of Justice - Federal Police", fr="République fédérative du Brésil - Ministère de la Justice - Police fédérale"), body, T(c, en=f"Certificate No. {c.digits(10)} - verifiable online", fr=f"Certificat n° {c.digits(10)} - vérifiable en ligne"),
                   T(c, en="True translation certified by a sworn translator.", fr="Traduction certifiée conforme par un traducteur juré.")]


@family("fee_payment_proof", "fr nl en", "ING.be business FAQ ('Status en opvolgen betalingen': status of SEPA transfers with the reason) and bpostbank.be (executed transfer detail) - PDF execution notice ('avis d'exécution')")
def execution_notice_pdf(c: Ctx):
    title = T(c, fr="AVIS D'EXÉCUTION - VIREMENT SEPA", nl="UITVOERINGSBERICHT - SEPA-OVERSCHRIJVING", en="EXECUTION NOTICE - SEPA CREDIT TRANSFER")
    f = c.fields([(T(c, fr="Donneur d'ordre", nl="Opdrachtgever", en="Ordering party"), c.pick([c.full(0), c.company])),
                  (T(c, fr="Contrepartie", nl="Tegenpartij", en="Counterparty"), fee_beneficiary(c)), ("IBAN", FEE_IBAN), ("BIC", FEE_BIC),
                  (T(c, fr="Montant", nl="Bedrag", en="Amount"), fee_amount(c)), (T(c, fr="Date valeur", nl="Valutadatum", en="Value date"), c.date()),
                  (T(c, fr="Communication libre", nl="Vrije mededeling", en="Unstructured remittance"), fee_msg(c)),
                  (T(c, fr="Référence de la banque", nl="Bankreferte", en="Bank reference"), f"{c.pick(['SEPA', 'SCT', 'EB'])}{c.digits(12)}")], c.pick([0, 2]))
    return title, [f, T(c, fr="Ce document ne constitue pas un extrait de compte.", nl="Dit document is geen rekeninguittreksel.", en="This notice is not a bank statement.")]


@family("fee_payment_proof", "nl fr", "wikifin.be overschrijvingen (Self'Bank terminals at the branch) - short thermal receipt from a self-service bank terminal")
def selfbank_ticket(c: Ctx):
    lines = [c.pick(["SELF'BANK", "SELF-SERVICE BANKING", "BANKAUTOMAAT"]), f"{c.date(style=0)} {c.r.randint(8, 19):02d}:{c.r.randint(0, 59):02d}",
             T(c, nl="OVERSCHRIJVING", fr="VIREMENT"), f"{T(c, nl='VAN', fr='DE')} {c.iban_be()[:7]}**** ****", f"{T(c, nl='NAAR', fr='VERS')} {FEE_IBAN}",
             fee_beneficiary(c).upper(), f"{T(c, nl='BEDRAG', fr='MONTANT')} {c.pick(['144,00', '148,00'])} EUR", f"{T(c, nl='MEDEDELING', fr='COMMUNICATION')} {fee_msg(c)}",
             T(c, nl="UITGEVOERD - BEWAAR DIT TICKET", fr="EXÉCUTÉ - CONSERVEZ CE TICKET")]
    return None, ["\n".join(lines)]


@family("fee_payment_proof", "nl fr en", "help.revolut.com and bpostbank.be (status 'complete', beneficiary, message) - phone screenshot of a banking app with status bar and a check mark")
def phone_screenshot(c: Ctx):
    bar = f"{c.r.randint(7, 22)}:{c.r.randint(0, 59):02d}  {c.pick(['4G', '5G', 'LTE', 'WiFi'])}  {c.r.randint(8, 99)}%"
    ok = T(c, nl=c.pick(["Betaling verstuurd", "Je overschrijving is onderweg", "Overschrijving gelukt"]), fr=c.pick(["Paiement envoyé", "Votre virement a été effectué", "Virement réussi"]),
           en=c.pick(["Payment sent", "Your transfer is on its way", "Transfer successful"]))
    f = c.fields([(T(c, nl="Aan", fr="À", en="To"), fee_beneficiary(c)), ("", FEE_IBAN), (T(c, nl="Bedrag", fr="Montant", en="Amount"), fee_amount(c)),
                  (T(c, nl="Mededeling", fr="Communication", en="Message"), fee_msg(c)), (T(c, nl="Datum", fr="Date", en="Date"), c.date())], 1)
    return None, [bar, c.pick(["✓", "(v)", "OK"]) + " " + ok, f, T(c, nl="Delen  |  Nieuwe betaling", fr="Partager  |  Nouveau paiement", en="Share  |  New payment")]


@family("group_employment_proof", "en fr nl de", "sampleletterr.com HR employment verification guide (identifying information, tenure, position) - declaration of group affiliation naming the parent, the home entity and the Belgian host")
def group_affiliation_declaration(c: Ctx):
    grp, home, host = group_names(c)
    title = T(c, en="DECLARATION OF GROUP AFFILIATION AND PRIOR EMPLOYMENT", fr="DÉCLARATION D'APPARTENANCE AU GROUPE ET D'EMPLOI ANTÉRIEUR",
              nl="VERKLARING GROEPSLIDMAATSCHAP EN VOORAFGAANDE TEWERKSTELLING", de="ERKLÄRUNG ZUR KONZERNZUGEHÖRIGKEIT UND VORBESCHÄFTIGUNG")
    body = T(c, en=f"{grp} declares that {home} and {host} are both controlled by {grp} ({c.r.randint(51, 100)} % shareholding). {c.full(0)} has been employed by {home} for the last {c.r.randint(4, 60)} months without interruption, immediately before the intra-corporate transfer to Belgium.",
             fr=f"{grp} déclare que {home} et {host} sont contrôlées par {grp} (participation de {c.r.randint(51, 100)} %). {c.full(0)} est employé(e) par {home} depuis {c.r.randint(4, 60)} mois sans interruption, immédiatement avant le transfert temporaire intragroupe vers la Belgique.",
             nl=f"{grp} verklaart dat {home} en {host} beide onder controle staan van {grp} (deelneming van {c.r.randint(51, 100)} %). {c.full(0)} is sinds {c.r.randint(4, 60)} maanden ononderbroken in dienst bij {home}, vlak voor de overplaatsing binnen de onderneming naar België.",
             de=f"Die {grp} erklärt, dass {home} und {host} von der {grp} beherrscht werden (Beteiligung {c.r.randint(51, 100)} %). {c.full(0)} ist seit {c.r.randint(4, 60)} Monaten ununterbrochen bei der {home} beschäftigt, unmittelbar vor dem unternehmensinternen Transfer nach Belgien.")
    return title, [body, T(c, en="Organisation chart attached.", fr="Organigramme joint.", nl="Organigram in bijlage.", de="Organigramm anbei."),
                   c.sign(T(c, en="Group General Counsel", fr="Directeur juridique du groupe", nl="Juridisch directeur van de groep", de="Leiter Recht des Konzerns"))]


@family(U, "de", "Mietvertrag (residential lease) in the German-speaking Community - general knowledge")
def mietvertrag(c: Ctx):
    body = f"Zwischen {c.pick(BE_FIRST)} {c.pick(BE_LAST)} (Vermieter) und {c.full(0)} (Mieter) wird folgender Mietvertrag geschlossen: Mietobjekt {c.addr()}, monatliche Miete {c.money(550, 1200)}, Mietgarantie zwei Monatsmieten, Dauer 9 Jahre."
    return "MIETVERTRAG FÜR DEN HAUPTWOHNSITZ", [body, c.sign("Vermieter") + "\n" + c.sign("Mieter")]


@family(U, "de", "Kontoauszug (ordinary monthly bank statement, German-language) - wikifin.be description of statements")
def kontoauszug(c: Ctx):
    ops = [f"{c.date(c.shift(-d), 1)} {c.pick(['GEHALT', 'MIETE', 'SUPERMARKT', 'TANKSTELLE', 'VERSICHERUNG'])} {c.pick(['+', '-'])}{c.money(5, 2500)}" for d in range(1, c.r.randint(4, 10))]
    return "KONTOAUSZUG", [c.fields([("IBAN", c.iban_be()), ("Zeitraum", pay_period(c)), ("Alter Kontostand", c.money(100, 5000))]), "\n".join(ops)]


# =============================================================================================
# composition: layout variants, shared layers, OCR noise
# =============================================================================================
VARIANTS = ["full", "full", "full", "short", "page2", "long"]
# Legal annexes and contracts keep their order; other issuers move blocks around.
FIXED_ORDER = {"order_to_leave", "entry_ban", "employment_contract", "passport", "residence_permit"}
SPECIMEN_MARKS = ["SPECIMEN", "*** SPECIMEN ***", "SPECIMEN - fictitious data", "S P E C I M E N", "[SPECIMEN]", "SPECIMEN / MODÈLE / VOORBEELD"]


def specimen_mark(r: random.Random) -> str:
    """Every page carries the word SPECIMEN (a header, a watermark line or a footer). A watermark
    read letter by letter ("S P E C I M E N") comes with the word itself on another line."""
    m = r.choice(SPECIMEN_MARKS)
    return m + "\nSPECIMEN" if m == "S P E C I M E N" else m


def case_title(r: random.Random, title: str) -> str:
    """Titles are upper case, title case, lower case, or broken over two lines in real scans."""
    k = r.random()
    if k < 0.15:
        return title.lower()
    if k < 0.3:
        return title.upper()
    if k < 0.4 and " " in title and "\n" not in title:
        words = title.split(" ")
        cut = r.randint(1, len(words) - 1) if len(words) > 1 else 1
        return " ".join(words[:cut]) + "\n" + " ".join(words[cut:])
    return title


def layers(c: Ctx) -> tuple[list[str], list[str]]:
    """Headers and footers shared by all classes: scanner apps, print stamps, page numbers."""
    head: list[str] = []
    foot: list[str] = []
    r = c.r
    if r.random() < 0.12:
        head.append(r.choice(["Scanned with CamScanner", "Adobe Scan " + c.date(style=3), "Microsoft Lens", "Scanned by Genius Scan"]))
    if r.random() < 0.15:
        head.append(r.choice([f"Tel. +32 {r.randint(2, 9)} {c.digits(3)} {c.digits(2)} {c.digits(2)}", f"TVA BE {c.kbo()}", f"www.{r.choice(CO_PREFIX).lower().replace(' ', '')}.example"]))
    if r.random() < 0.2:
        foot.append(r.choice([f"Page {r.randint(1, 3)} of {r.randint(3, 4)}", f"{r.randint(1, 2)}/{r.randint(2, 3)}", f"Imprimé le {c.date()}", f"Afgedrukt op {c.date()}", "COPY", "CONFIDENTIAL", "Copie", f"- {r.randint(1, 3)} -"]))
    return head, foot


def compose(fam: Family, lang: str, variant: str, r: random.Random) -> str:
    """One page (or two for `long`) of a family, with the variant's layout."""
    c = Ctx(r, lang)
    title, blocks = fam.fn(c)
    blocks = [b for b in blocks if b and b.strip()]
    head, foot = layers(c)
    mark = specimen_mark(r)
    if variant == "short":
        keep = blocks[: r.randint(1, 2)]
        parts = ([case_title(r, title)] if title else []) + keep
    elif variant == "page2":
        rest = blocks[1:] if len(blocks) > 1 else blocks
        parts = rest + [r.choice([f"{r.randint(2, 3)}/{r.randint(3, 4)}", f"Page {r.randint(2, 4)}", f"p. {r.randint(2, 4)}", ""])]
    else:
        body = list(blocks)
        fixed = fam.doc_type in FIXED_ORDER or any(b.lstrip()[:1].isdigit() or b.lstrip().startswith(("Article", "Artikel", "Clause", "§", "Section")) for b in body)
        if len(body) > 3 and not fixed and r.random() < 0.2:  # blocks in another order, as issuers vary them
            mid = body[1:-1]
            r.shuffle(mid)
            body = [body[0], *mid, body[-1]]
        parts = head + ([case_title(r, title)] if title else []) + body + foot
        if variant == "long":
            _, more = fam.fn(c)  # same case (person, employer, dates) continued on a second page
            cont = more[len(more) // 2:] if len(more) > 1 else more
            parts += ["", r.choice(["--- page 2 ---", "2/2", "Page 2", "- 2 -"]), *cont]
    pos = r.random()
    if pos < 0.5:
        parts.insert(0, mark)
    elif pos < 0.8:
        parts.append(mark)
    else:
        parts.insert(r.randint(0, len(parts)), mark)
    return "\n".join(p for p in parts if p is not None).strip() + "\n"


CONFUSIONS = [("rn", "m"), ("m", "rn"), ("l", "1"), ("1", "l"), ("I", "l"), ("O", "0"), ("0", "O"), ("e", "c"), ("c", "e"), ("S", "5"), ("5", "S"),
              ("cl", "d"), ("h", "b"), ("B", "8"), ("u", "v"), ("fi", "ñ"), ("a", "o"), ("n", "ri")]
ACCENTS = {"é": "e", "è": "e", "ê": "e", "ë": "e", "à": "a", "â": "a", "ç": "c", "ô": "o", "û": "u", "ü": "u", "ö": "o", "ä": "a", "ï": "i", "î": "i", "ß": "B", "É": "E", "ğ": "g", "ş": "s", "ı": "i"}
STRAYS = ["|", "~", "»", "®", "::", "'", "°", "_", "—", ".,", "l|", "(( ))", "%", "*"]


def ocr_noise(text: str, r: random.Random, strength: float) -> str:
    """Light synthetic OCR damage: character confusions, lost accents, split and merged words,
    hyphenation at line ends, broken lines and stray marks from stamps. Lines with SPECIMEN are
    left alone so every row keeps the word."""
    out: list[str] = []
    for line in text.split("\n"):
        if "SPECIMEN" in line:
            out.append(line)
            continue
        if line and r.random() < 0.02 * strength:
            continue  # line lost under a stamp
        chars = list(line)
        for i, ch in enumerate(chars):
            if ch in ACCENTS and r.random() < 0.5 * strength:
                chars[i] = ACCENTS[ch]
        line = "".join(chars)
        for a, b in CONFUSIONS:
            if a in line and r.random() < 0.08 * strength:
                idx = line.find(a, r.randint(0, max(0, len(line) - 1)) if r.random() < 0.5 else 0)
                if idx >= 0:
                    line = line[:idx] + b + line[idx + len(a):]
        words = line.split(" ")
        if len(words) > 3 and r.random() < 0.1 * strength:
            j = r.randrange(len(words) - 1)
            words[j:j + 2] = [words[j] + words[j + 1]]
        if words and r.random() < 0.06 * strength:
            j = r.randrange(len(words))
            w = words[j]
            if len(w) > 5:
                k = r.randint(2, len(w) - 2)
                words[j] = w[:k] + " " + w[k:]
        line = " ".join(words)
        if len(line) > 40 and r.random() < 0.15 * strength:
            k = line.rfind(" ", 20, len(line) - 5)
            if k > 0:
                nxt = line.find(" ", k + 1)
                word_end = nxt if nxt > 0 else len(line)
                if word_end - k > 6 and r.random() < 0.5:
                    cut = k + 1 + r.randint(2, word_end - k - 3)
                    line = line[:cut] + "-\n" + line[cut:]
                else:
                    line = line[:k] + "\n" + line[k + 1:]
        if r.random() < 0.04 * strength:
            line = r.choice(STRAYS) + " " + line
        if r.random() < 0.03 * strength:
            line = line.upper() if r.random() < 0.5 else line.lower()
        out.append(line)
    if r.random() < 0.1 * strength:
        out.insert(r.randint(0, len(out)), r.choice(["(( STAMP ))", "~~ ~ ~~", "| | |", "@#", "ll1l"]))
    return "\n".join(out)


def all_templates(doc_type: str) -> list[tuple[Family, str]]:
    return [(f, lang) for f in REGISTRY[doc_type] for lang in f.langs]


def samples(seed: int = 0, per_type: int = 150) -> Iterator[dict[str, object]]:
    """Yield labelled rows: `per_type` for each of the 16 types and twice that for `unknown`.

    Templates (family x language) are drawn in a shuffled round-robin, so every template appears
    once `per_type` reaches the template count."""
    for doc_type in [*TYPES, UNKNOWN]:
        n = per_type * (2 if doc_type == UNKNOWN else 1)
        templates = all_templates(doc_type)
        order: list[tuple[Family, str]] = []
        cycle = 0
        while len(order) < n:
            batch = list(templates)
            random.Random(f"{seed}:{doc_type}:order:{cycle}").shuffle(batch)
            order += batch
            cycle += 1
        for i in range(n):
            fam, lang = order[i]
            r = random.Random(f"{seed}:{doc_type}:{i}")
            variant = r.choice(VARIANTS)
            text = compose(fam, lang, variant, r)
            noisy = r.random() < 0.5
            if noisy:
                text = ocr_noise(text, random.Random(f"{seed}:{doc_type}:{i}:noise"), r.choice([0.5, 1.0, 2.0]))
            if "SPECIMEN" not in text:
                raise AssertionError(f"row {doc_type}:{i} ({fam.name}_{lang}) lost the word SPECIMEN")
            yield {"text": text, "doc_type": doc_type, "language": lang, "template": f"{fam.name}_{lang}", "variant": variant, "ocr_noise": noisy}


def stats(rows: list[dict[str, object]], examples: int, seed: int) -> str:
    """Counts, families, templates, word counts and languages per class, then examples."""
    by: dict[str, list[dict[str, object]]] = defaultdict(list)
    for row in rows:
        by[str(row["doc_type"])].append(row)
    out = [f"{'class':<24}{'rows':>6}{'fam':>5}{'tmpl':>6}  words min/med/max   languages"]
    for t in [*TYPES, UNKNOWN]:
        rs = by[t]
        wc = [len(str(x["text"]).split()) for x in rs]
        langs = Counter(str(x["language"]) for x in rs)
        out.append(f"{t:<24}{len(rs):>6}{len(REGISTRY[t]):>5}{len(all_templates(t)):>6}  {min(wc):>4}/{int(statistics.median(wc)):>4}/{max(wc):>5}   "
                   + " ".join(f"{k}:{v}" for k, v in sorted(langs.items())))
    out.append(f"total rows: {len(rows)}; families: {sum(len(v) for v in REGISTRY.values())}; "
               f"variants: {dict(Counter(str(x['variant']) for x in rows))}; with OCR noise: {sum(1 for x in rows if x['ocr_noise'])}")
    digest = hashlib.sha256("\x00".join(str(x["text"]) for x in rows).encode()).hexdigest()
    out.append(f"sha256 of texts (seed {seed}): {digest}")
    for t in [*TYPES, UNKNOWN]:
        for row in by[t][:examples]:
            out.append(f"\n===== {t} | {row['template']} | {row['variant']} | noise={row['ocr_noise']} =====\n{row['text']}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """CLI: write JSONL rows, or print statistics and examples."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--out", help="write rows as JSON lines to this file")
    ap.add_argument("--per-type", type=int, default=150, help="rows per type (unknown gets twice this)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--stats", action="store_true", help="print counts per class")
    ap.add_argument("--examples", type=int, default=0, help="with --stats: examples per class")
    ap.add_argument("--sources", action="store_true", help="list the families and their real-world sources")
    a = ap.parse_args(argv)
    if a.sources:
        for t in [*TYPES, UNKNOWN]:
            for f in REGISTRY[t]:
                print(f"{t}\t{f.name}\t{' '.join(f.langs)}\t{f.source}")
        return 0
    rows = list(samples(a.seed, a.per_type))
    if a.out:
        with open(a.out, "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    if a.stats or not a.out:
        print(stats(rows, a.examples, a.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
