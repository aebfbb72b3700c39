#!/usr/bin/env python3
"""Training corpus generator for docscan's learned page classifier.

Writes OCR-like page texts for the 16 single-permit document types and `unknown`, in French,
Dutch, German, English, bilingual FR/NL and foreign documents (in English or with a sworn
translation).  Every text is composed from interchangeable parts (titles, issuer blocks,
labelled fields, clauses, footers) with fictitious values, and a share of texts gets OCR noise.

    python sample_docs/training/generate.py --out train.jsonl [--per-type 150] [--seed 0]
    python sample_docs/training/generate.py --stats

Everything is fictitious; the only real datum is the Immigration Office's public account
(IBAN BE57 6792 0060 9235, BIC PCHQBEBB) on fee payment proofs.
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from datetime import date, timedelta
from typing import Callable, Iterator

TYPES = (
    "application_form", "passport", "employment_contract", "medical_certificate", "criminal_record",
    "diploma", "fee_payment_proof", "health_insurance", "hosting_agreement", "assignment_letter",
    "group_employment_proof", "residence_permit", "payslip", "vacancy_proof", "order_to_leave",
    "entry_ban",
)
CLASSES = TYPES + ("unknown",)

# ------------------------------------------------------------------------------------------
# registry
TEMPLATES: dict[str, list[tuple[str, Callable, str]]] = collections.defaultdict(list)


def tpl(doc_type: str, name: str, langs: tuple[str, ...]):
    """Register a template function f(r, lang) -> list of blocks (first block = title part)."""
    def deco(f):
        for lg in langs:
            TEMPLATES[doc_type].append((f"{name}_{lg}", f, lg))
        return f
    return deco


def ch(r: random.Random, *opts):
    if len(opts) == 1 and isinstance(opts[0], (list, tuple, str)):
        opts = opts[0]          # a list of alternatives, or a string of letters
    return r.choice(opts)


def maybe(r, p, x, alt=""):
    return x if r.random() < p else alt


def L(lang, **kw):
    """Pick the wording for a language; bilingual 'fr-nl' joins French and Dutch."""
    if lang == "fr-nl":
        return f"{kw['fr']} / {kw['nl']}" if "fr" in kw and "nl" in kw else kw.get("fr")
    return kw.get(lang, kw.get("en"))


def LL(r, lang, **kw):
    """Like L, but each value may be a list of alternatives."""
    def pick(v):
        return r.choice(v) if isinstance(v, (list, tuple)) else v
    if lang == "fr-nl":
        if "fr" in kw and "nl" in kw:
            return f"{pick(kw['fr'])} / {pick(kw['nl'])}"
        return pick(kw.get("fr", kw.get("en")))
    return pick(kw.get(lang, kw.get("en")))


def base_lang(lang):
    return "fr" if lang == "fr-nl" else lang


# ------------------------------------------------------------------------------------------
# fictitious values
FIRST = ["Arjun", "Priya", "Rahul", "Ananya", "Mohamed", "Fatima", "Youssef", "Khadija", "Mehmet",
         "Ayse", "Emre", "Zeynep", "Maria Luisa", "Jose Antonio", "Joy", "Mark Anthony", "Rosalie",
         "Oluwaseun", "Chinedu", "Ngozi", "Amina", "Ibrahima", "Aissatou", "Olena", "Taras",
         "Oksana", "Wei", "Li Na", "Hiroshi", "Thi Lan", "Van Minh", "Gabriel", "Larissa", "Diego",
         "Camila", "Sipho", "Thandiwe", "Rustam", "Dilnoza", "Tamar", "Giorgi", "Samir", "Leila",
         "Kwame", "Abena", "Nikhil", "Sneha", "Hamza", "Salma", "Andrés", "Valentina", "Ömer",
         "Büşra", "Rajesh", "Kavitha", "Jun", "Seo-yeon", "Aleksandr", "Daria", "Pedro", "Beatriz"]
LAST = ["Sharma", "Patel", "Iyer", "Reddy", "Benali", "El Amrani", "Bouzid", "Tazi", "Yilmaz",
        "Demir", "Kaya", "Çelik", "Dela Cruz", "Santos", "Reyes", "Bautista", "Okafor", "Adeyemi",
        "Balogun", "Diallo", "Ndiaye", "Sow", "Kovalenko", "Shevchenko", "Bondar", "Zhang", "Wang",
        "Liu", "Tanaka", "Nguyen", "Tran", "Pereira", "Oliveira", "Costa", "Ramírez", "García",
        "Dlamini", "Nkosi", "Karimov", "Yusupova", "Beridze", "Kapanadze", "Haddad", "Mansour",
        "Mensah", "Owusu", "Kulkarni", "Menon", "Chaudhry", "Qureshi", "Morales", "Gómez",
        "Öztürk", "Aydın", "Krishnan", "Nair", "Park", "Kim", "Petrov", "Ivanova", "Almeida"]
BE_FIRST = ["Sofie", "Pieter", "Els", "Koen", "Marie", "Jean-Luc", "Nathalie", "Thierry", "Anke",
            "Jürgen", "Hilde", "Bart", "Céline", "Olivier", "Katrien", "Dirk", "Isabelle", "Wim",
            "Laurence", "Luc", "An", "Geert", "Sabine", "Frédéric", "Lotte", "Manon"]
BE_LAST = ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
           "Wouters", "De Smet", "Dubois", "Lambert", "Dupont", "Martin", "Leroy", "Lejeune",
           "Renard", "Collard", "Schmitz", "Kessler", "Michiels", "Vermeulen", "Van Damme",
           "Dumont", "Hendrickx", "Lenaerts", "Cornelis", "Gérard"]

COUNTRIES = {  # code: (en, fr, nl, de, adjective en, capital/city)
    "IND": ("India", "Inde", "India", "Indien", "Indian", ["New Delhi", "Mumbai", "Bengaluru", "Chennai", "Pune", "Hyderabad"]),
    "MAR": ("Morocco", "Maroc", "Marokko", "Marokko", "Moroccan", ["Rabat", "Casablanca", "Tanger", "Fès"]),
    "TUR": ("Turkey", "Turquie", "Turkije", "Türkei", "Turkish", ["Ankara", "Istanbul", "Izmir", "Bursa"]),
    "PHL": ("Philippines", "Philippines", "Filipijnen", "Philippinen", "Filipino", ["Manila", "Quezon City", "Cebu City", "Davao"]),
    "NGA": ("Nigeria", "Nigeria", "Nigeria", "Nigeria", "Nigerian", ["Lagos", "Abuja", "Ibadan"]),
    "SEN": ("Senegal", "Sénégal", "Senegal", "Senegal", "Senegalese", ["Dakar", "Thiès", "Saint-Louis"]),
    "UKR": ("Ukraine", "Ukraine", "Oekraïne", "Ukraine", "Ukrainian", ["Kyiv", "Lviv", "Kharkiv", "Odesa"]),
    "CHN": ("China", "Chine", "China", "China", "Chinese", ["Beijing", "Shanghai", "Wuhan", "Chengdu"]),
    "JPN": ("Japan", "Japon", "Japan", "Japan", "Japanese", ["Tokyo", "Osaka", "Nagoya"]),
    "VNM": ("Viet Nam", "Viêt Nam", "Vietnam", "Vietnam", "Vietnamese", ["Hanoi", "Ho Chi Minh City", "Da Nang"]),
    "BRA": ("Brazil", "Brésil", "Brazilië", "Brasilien", "Brazilian", ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba"]),
    "COL": ("Colombia", "Colombie", "Colombia", "Kolumbien", "Colombian", ["Bogotá", "Medellín", "Cali"]),
    "ZAF": ("South Africa", "Afrique du Sud", "Zuid-Afrika", "Südafrika", "South African", ["Johannesburg", "Cape Town", "Durban"]),
    "UZB": ("Uzbekistan", "Ouzbékistan", "Oezbekistan", "Usbekistan", "Uzbek", ["Tashkent", "Samarkand"]),
    "GEO": ("Georgia", "Géorgie", "Georgië", "Georgien", "Georgian", ["Tbilisi", "Batumi", "Kutaisi"]),
    "TUN": ("Tunisia", "Tunisie", "Tunesië", "Tunesien", "Tunisian", ["Tunis", "Sfax", "Sousse"]),
    "GHA": ("Ghana", "Ghana", "Ghana", "Ghana", "Ghanaian", ["Accra", "Kumasi"]),
    "PAK": ("Pakistan", "Pakistan", "Pakistan", "Pakistan", "Pakistani", ["Lahore", "Karachi", "Islamabad"]),
    "MEX": ("Mexico", "Mexique", "Mexico", "Mexiko", "Mexican", ["Ciudad de México", "Guadalajara", "Monterrey"]),
    "KOR": ("Republic of Korea", "République de Corée", "Zuid-Korea", "Republik Korea", "Korean", ["Seoul", "Busan"]),
    "RUS": ("Russian Federation", "Fédération de Russie", "Rusland", "Russische Föderation", "Russian", ["Moscow", "Kazan"]),
    "EGY": ("Egypt", "Égypte", "Egypte", "Ägypten", "Egyptian", ["Cairo", "Alexandria"]),
    "CMR": ("Cameroon", "Cameroun", "Kameroen", "Kamerun", "Cameroonian", ["Yaoundé", "Douala"]),
    "USA": ("United States of America", "États-Unis", "Verenigde Staten", "Vereinigte Staaten", "American", ["Chicago", "Houston", "Boston"]),
}
NAT_ADJ = {  # nationality words per language (a few per country)
    "fr": {"IND": "indienne", "MAR": "marocaine", "TUR": "turque", "PHL": "philippine", "NGA": "nigériane",
           "SEN": "sénégalaise", "UKR": "ukrainienne", "CHN": "chinoise", "JPN": "japonaise", "VNM": "vietnamienne",
           "BRA": "brésilienne", "COL": "colombienne", "ZAF": "sud-africaine", "UZB": "ouzbèke", "GEO": "géorgienne",
           "TUN": "tunisienne", "GHA": "ghanéenne", "PAK": "pakistanaise", "MEX": "mexicaine", "KOR": "coréenne",
           "RUS": "russe", "EGY": "égyptienne", "CMR": "camerounaise", "USA": "américaine"},
    "nl": {"IND": "Indiaas", "MAR": "Marokkaans", "TUR": "Turks", "PHL": "Filipijns", "NGA": "Nigeriaans",
           "SEN": "Senegalees", "UKR": "Oekraïens", "CHN": "Chinees", "JPN": "Japans", "VNM": "Vietnamees",
           "BRA": "Braziliaans", "COL": "Colombiaans", "ZAF": "Zuid-Afrikaans", "UZB": "Oezbeeks", "GEO": "Georgisch",
           "TUN": "Tunesisch", "GHA": "Ghanees", "PAK": "Pakistaans", "MEX": "Mexicaans", "KOR": "Zuid-Koreaans",
           "RUS": "Russisch", "EGY": "Egyptisch", "CMR": "Kameroens", "USA": "Amerikaans"},
    "de": {"IND": "indisch", "MAR": "marokkanisch", "TUR": "türkisch", "PHL": "philippinisch", "NGA": "nigerianisch",
           "SEN": "senegalesisch", "UKR": "ukrainisch", "CHN": "chinesisch", "JPN": "japanisch", "VNM": "vietnamesisch",
           "BRA": "brasilianisch", "COL": "kolumbianisch", "ZAF": "südafrikanisch", "UZB": "usbekisch", "GEO": "georgisch",
           "TUN": "tunesisch", "GHA": "ghanaisch", "PAK": "pakistanisch", "MEX": "mexikanisch", "KOR": "koreanisch",
           "RUS": "russisch", "EGY": "ägyptisch", "CMR": "kamerunisch", "USA": "amerikanisch"},
}

MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}
MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

BE_CITIES = [("1000", "Bruxelles", "Brussel"), ("1030", "Schaerbeek", "Schaarbeek"), ("1050", "Ixelles", "Elsene"),
             ("1070", "Anderlecht", "Anderlecht"), ("1200", "Woluwe-Saint-Lambert", "Sint-Lambrechts-Woluwe"),
             ("2000", "Anvers", "Antwerpen"), ("2018", "Anvers", "Antwerpen"), ("9000", "Gand", "Gent"),
             ("3000", "Louvain", "Leuven"), ("8000", "Bruges", "Brugge"), ("2800", "Malines", "Mechelen"),
             ("3500", "Hasselt", "Hasselt"), ("8500", "Courtrai", "Kortrijk"), ("4000", "Liège", "Luik"),
             ("5000", "Namur", "Namen"), ("6000", "Charleroi", "Charleroi"), ("7000", "Mons", "Bergen"),
             ("1348", "Louvain-la-Neuve", "Louvain-la-Neuve"), ("4700", "Eupen", "Eupen"), ("4780", "Saint-Vith", "Sankt Vith"),
             ("1800", "Vilvorde", "Vilvoorde"), ("2300", "Turnhout", "Turnhout"), ("9300", "Alost", "Aalst"),
             ("1300", "Wavre", "Waver"), ("1930", "Zaventem", "Zaventem")]
STREETS_FR = ["rue de la Station", "avenue Louise", "rue du Marché", "chaussée de Wavre", "rue des Tanneurs",
              "boulevard Émile Jacqmain", "rue Haute", "avenue des Arts", "rue de Namur", "place Saint-Lambert", "rue du Moulin"]
STREETS_NL = ["Stationsstraat", "Kerkstraat", "Molenstraat", "Dorpsstraat", "Meir", "Veldstraat", "Bondgenotenlaan",
              "Nieuwstraat", "Kortrijksesteenweg", "Lange Lozanastraat", "Brusselsesteenweg", "Diestsevest"]
STREETS_DE = ["Hauptstraße", "Bahnhofstraße", "Kirchstraße", "Aachener Straße", "Gospertstraße", "Klötzerbahn", "Malmedyer Straße"]

COMPANY_STEMS = ["Brabant Logistics", "Nordsee Engineering", "Scheldt Data Systems", "Meuse Biotech", "Ardenne Foods",
                 "Kempen Precision", "Lys Textiles", "Sambre Metal Works", "Flanders Cloud Services", "Zenne Analytics",
                 "Hoeilaart Greenhouses", "Ostbelgien Maschinenbau", "Coast Hospitality Group", "Iris Consulting",
                 "Ourthe Pharma", "Dijle Robotics", "Haspengouw Fruit", "Senne Software", "Dender Construct",
                 "Helix Semiconductors Europe", "Polder Care", "Atomium Digital", "Vesdre Chemicals", "Zoniën Labs"]
FORMS = ["SA", "SRL", "NV", "BV", "SRL", "NV", "BV", "AG", "VoG", "ASBL", "CommV"]
FOREIGN_COMPANIES = ["Tata Elxsi Ltd", "Infosys Technologies Ltd", "Sundaram Software Pvt. Ltd", "Anadolu Makina A.S.",
                     "Manila Harbour Services Inc.", "Lagos Energy Partners Ltd", "Shenzhen Brightway Electronics Co., Ltd",
                     "Kyoto Optics K.K.", "São Paulo Engenharia Ltda", "Bogotá Datos S.A.S.", "Cape Mining Services (Pty) Ltd",
                     "Hanoi Digital JSC", "Tashkent Textile LLC", "Casablanca Auto Parts SARL", "Pune Pharma Research Pvt Ltd"]
GROUPS = ["Helix Group", "Brightway Group", "Sundaram Holdings", "Anadolu Group", "Kyoto Optics Group", "Ardenne Group",
          "Polaris Industries Group", "Meridian Global", "Orion Holding", "Atlas Group"]
UNIS = {
    "fr": ["Université libre de Bruxelles", "Université de Liège", "UCLouvain", "Université de Namur", "Université de Mons", "Haute École Léonard de Vinci"],
    "nl": ["KU Leuven", "Universiteit Gent", "Vrije Universiteit Brussel", "Universiteit Antwerpen", "Universiteit Hasselt", "Hogeschool Gent"],
    "de": ["RWTH Aachen", "Universität zu Köln", "Technische Universität München", "Universität Wien", "Autonome Hochschule Ostbelgien"],
    "en": ["University of Mumbai", "Anna University", "University of the Philippines", "University of Lagos", "Middle East Technical University",
           "Tsinghua University", "University of Cape Town", "National University of Singapore", "Cairo University", "Universidade de São Paulo",
           "Indian Institute of Technology Madras", "Taras Shevchenko National University of Kyiv", "Ateneo de Manila University"],
}
RESEARCH_ORGS = ["KU Leuven", "Universiteit Gent", "Université libre de Bruxelles", "UCLouvain", "imec vzw", "VITO NV",
                 "Université de Liège", "Vrije Universiteit Brussel", "Institut de Médecine Tropicale", "SCK CEN",
                 "Universiteit Antwerpen", "Université de Namur", "Koninklijk Belgisch Instituut voor Natuurwetenschappen"]


def rdate(r, start=date(2024, 1, 1), end=date(2026, 11, 30)):
    return start + timedelta(days=r.randrange((end - start).days))


def birthdate(r):
    return rdate(r, date(1968, 1, 1), date(2003, 12, 31))


def fdate(r, d: date, lang: str, style: str | None = None) -> str:
    lg = base_lang(lang)
    style = style or r.choice(["slash", "slash", "dot", "dash", "iso", "long", "long", "short2", "mon3"])
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "short2":
        return f"{d.day}/{d.month}/{d.year % 100:02d}"
    if style == "mon3":
        return f"{d.day:02d} {MON3[d.month-1]} {d.year}"
    m = MONTHS.get(lg, MONTHS["en"])[d.month - 1]
    if lg == "de":
        return f"{d.day}. {m} {d.year}"
    if lg == "en" and r.random() < 0.5:
        return f"{m} {d.day}, {d.year}"
    if lg == "fr" and d.day == 1 and r.random() < 0.5:
        return f"1er {m} {d.year}"
    return f"{d.day} {m} {d.year}"


def money(r, x: float, lang: str = "fr", style: str | None = None) -> str:
    style = style or r.choice(["be", "be", "be_sym", "be_space", "en", "be_nocur", "be_eur_pre"])
    if x < 0:
        return "-" + money(r, -x, lang, style)
    ip = int(x)
    cents = int(round((x - ip) * 100)) % 100
    def grp(sep):
        s = f"{ip:,}".replace(",", sep)
        return s
    if style == "be":
        return f"{grp('.')},{cents:02d} EUR"
    if style == "be_sym":
        return f"€ {grp('.')},{cents:02d}"
    if style == "be_space":
        return f"{grp(' ')},{cents:02d} €"
    if style == "en":
        return f"EUR {grp(',')}.{cents:02d}"
    if style == "be_eur_pre":
        return f"EUR {grp('.')},{cents:02d}"
    return f"{grp('.')},{cents:02d}"


def enterprise_no(r):
    n = f"0{r.randint(200, 999)}{r.randint(100, 999)}{r.randint(100, 999)}"
    return ch(r, f"{n[:4]}.{n[4:7]}.{n[7:]}", f"BE {n[:4]} {n[4:7]} {n[7:]}", f"BE{n}", f"{n[:4]}.{n[4:7]}.{n[7:]}")


def nrn(r, bd: date):
    return f"{bd.year % 100:02d}.{bd.month:02d}.{bd.day:02d}-{r.randint(1, 998):03d}.{r.randint(1, 97):02d}"


def iban_be(r):
    return f"BE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}"


def passport_no(r, cc):
    fmt = {"IND": lambda: ch(r, "JKLMNPRSTUVWZ") + f"{r.randint(1000000, 9999999)}",
           "PHL": lambda: "P" + f"{r.randint(1000000, 9999999)}" + ch(r, "ABC"),
           "TUR": lambda: "U" + f"{r.randint(10000000, 99999999)}",
           "CHN": lambda: "E" + f"{r.randint(10000000, 99999999)}",
           "USA": lambda: f"{r.randint(500000000, 699999999)}"}
    f = fmt.get(cc, lambda: ch(r, "AB", "CD", "N", "P", "G", "AA", "UA", "EK", "FA") + f"{r.randint(100000, 9999999)}")
    return f()


def be_address(r, lang):
    zipc, fr, nl = r.choice(BE_CITIES)
    lg = base_lang(lang)
    if lg == "nl" or (lg == "en" and r.random() < .5):
        return f"{r.choice(STREETS_NL)} {r.randint(1, 220)}{maybe(r, .2, ch(r, ' bus 3', ' bus 12', '/B'))}", f"{zipc} {nl}"
    if lg == "de":
        if zipc.startswith("47"):
            return f"{r.choice(STREETS_DE)} {r.randint(1, 90)}", f"{zipc} {fr if zipc != '4780' else 'Sankt Vith'}"
        return f"{r.choice(STREETS_FR)} {r.randint(1, 220)}", f"{zipc} {fr}"
    return f"{r.choice(STREETS_FR)} {r.randint(1, 220)}{maybe(r, .2, ch(r, ' bte 4', ' boîte 11', '/2'))}", f"{zipc} {fr}"


class Person:
    def __init__(self, r):
        self.first = r.choice(FIRST)
        self.last = r.choice(LAST)
        self.cc = r.choice(list(COUNTRIES))
        self.birth = birthdate(r)
        self.birthplace = r.choice(COUNTRIES[self.cc][5])
        self.passport = passport_no(r, self.cc)
        self.sex = r.choice("MF")
        self.nrn = nrn(r, self.birth)

    def name(self, r, style=None):
        style = style or r.choice(["LAST First", "First LAST", "Last, First", "LAST, First", "First Last"])
        if style == "LAST First":
            return f"{self.last.upper()} {self.first}"
        if style == "First LAST":
            return f"{self.first} {self.last.upper()}"
        if style == "Last, First":
            return f"{self.last}, {self.first}"
        if style == "LAST, First":
            return f"{self.last.upper()}, {self.first}"
        return f"{self.first} {self.last}"

    def country(self, lang):
        c = COUNTRIES[self.cc]
        return {"en": c[0], "fr": c[1], "nl": c[2], "de": c[3]}.get(base_lang(lang), c[0])

    def nationality(self, r, lang):
        lg = base_lang(lang)
        if lg == "en":
            return ch(r, COUNTRIES[self.cc][4], COUNTRIES[self.cc][4].upper(), self.cc)
        return ch(r, NAT_ADJ[lg][self.cc], NAT_ADJ[lg][self.cc].capitalize(), self.country(lang), self.cc)


def be_person(r):
    return f"{r.choice(BE_FIRST)} {r.choice(BE_LAST)}"


def company(r, lang="fr"):
    stem = r.choice(COMPANY_STEMS)
    return f"{stem} {r.choice(FORMS)}"


def field(r, label, value, style=None):
    style = style or r.choice([": ", ": ", " : ", " ", "\t", " .......... ", ":  ", " - ", "\n"])
    if style == "\n":
        return f"{label}\n{value}"
    return f"{label}{style}{value}"


def fields(r, pairs):
    return [field(r, a, b) for a, b in pairs if b is not None]


def junk(r):
    return ch(r, ["|", "||", "~", "—", "*", "=", ".:.", "°", "§", "«", "»", "®", "©", "_", "/", "lll", "ii",
                  "[]", "(.)", "·", "&", "%", "#", "+", "@", "‹", "¬", "SPW", "BE", "EU", "OK", "N°", "x"])


def page_no(r, n, total, lang):
    lg = base_lang(lang)
    w = {"fr": ch(r, "Page", "page", "p."), "nl": ch(r, "Pagina", "Blz.", "blad"), "de": ch(r, "Seite", "S."),
         "en": ch(r, "Page", "page", "p.")}[lg if lg in ("fr", "nl", "de") else "en"]
    sep = {"fr": "sur", "nl": "van", "de": "von", "en": "of"}.get(lg, "of")
    return ch(r, f"{w} {n}/{total}", f"{w} {n} {sep} {total}", f"- {n} -", f"{n}/{total}", f"{w} {n}")


# ------------------------------------------------------------------------------------------
# OCR noise
CONFUSIONS = [("rn", "m"), ("m", "rn"), ("l", "1"), ("1", "l"), ("l", "I"), ("I", "l"), ("i", "l"), ("O", "0"),
              ("0", "O"), ("o", "0"), ("e", "c"), ("c", "e"), ("é", "e"), ("è", "e"), ("ë", "e"), ("ê", "e"),
              ("à", "a"), ("ü", "u"), ("ö", "o"), ("ä", "a"), ("ß", "B"), ("ç", "c"), ("S", "5"), ("5", "S"),
              ("B", "8"), ("g", "q"), ("h", "b"), ("u", "v"), ("n", "ri"), ("cl", "d"), ("d", "cl"), ("vv", "w"),
              ("w", "vv"), ("t", "f"), ("f", "t"), ("é", "6"), ("a", "o"), ("ii", "ü"), (",", "."), (".", ","),
              ("'", "’"), ("’", "'"), ("fi", "ﬁ"), ("E", "F"), ("Z", "2"), ("2", "Z")]


def _confuse(word, r, p):
    if r.random() > p:
        return word
    a, b = r.choice(CONFUSIONS)
    idx = word.find(a)
    if idx < 0:
        # fall back to an accent strip or a random letter drop
        if len(word) > 3 and r.random() < 0.12:
            k = r.randrange(len(word))
            return word[:k] + word[k + 1:]
        return word
    return word[:idx] + b + word[idx + len(a):]


def ocr_noise(text: str, r: random.Random, strength: float | None = None) -> str:
    """Degrade a clean page text the way a scanner + OCR engine does."""
    if strength is None:
        strength = r.choice([r.uniform(0.01, 0.05), r.uniform(0.04, 0.10), r.uniform(0.08, 0.20)])
    s = strength
    lines = text.split("\n")
    out = []
    # shuffle a window of lines (multi-column layout read in the wrong order)
    if r.random() < 0.25 and len(lines) > 6:
        i = r.randrange(len(lines) - 4)
        j = i + r.randint(3, min(8, len(lines) - i))
        win = lines[i:j]
        r.shuffle(win)
        lines[i:j] = win
    for line in lines:
        if r.random() < s * 0.25 and len(lines) > 5:      # lost line
            continue
        if r.random() < s * 0.15:                           # stamp / logo junk
            out.append(" ".join(junk(r) for _ in range(r.randint(1, 4))))
        words = line.split(" ")
        nw = []
        for w in words:
            w = _confuse(w, r, s)
            if r.random() < s * 0.08 and len(w) > 6:       # split word
                k = r.randint(2, len(w) - 2)
                w = w[:k] + " " + w[k:]
            nw.append(w)
        # merge words / double spaces
        buf = ""
        for k, w in enumerate(nw):
            if k == 0:
                buf = w
            elif r.random() < s * 0.12:
                buf += w
            elif r.random() < s * 0.1:
                buf += "  " + w
            else:
                buf += " " + w
        line = buf
        if r.random() < s * 0.1:
            line = line.upper() if r.random() < 0.5 else line.lower()
        # hyphenation across a line break
        if len(line) > 40 and r.random() < s * 0.3:
            k = line.find(" ", r.randint(15, len(line) - 10))
            if k > 0:
                pos = k + 1
                m = line.find(" ", pos)
                m = len(line) if m < 0 else m
                if m - pos > 6:
                    cut = pos + (m - pos) // 2
                    line = line[:cut] + "-\n" + line[cut:]
        if r.random() < s * 0.1:
            line += " " + junk(r)
        out.append(line)
    t = "\n".join(out)
    if r.random() < 0.2:
        t = t.replace("\n\n", "\n")
    return t


# ------------------------------------------------------------------------------------------
# composition of a page from blocks
def compose(r: random.Random, blocks: list, lang: str) -> tuple[str, str]:
    """blocks[0] is the title/header block; returns (text, variant)."""
    blocks = [b if isinstance(b, list) else [b] for b in blocks if b]
    blocks = [[ln for ln in b if ln is not None and ln != ""] for b in blocks]
    blocks = [b for b in blocks if b]
    variant = "full"
    x = r.random()
    if x < 0.12 and len(blocks) >= 4:                       # a page 2 without the title
        k = r.randint(1, max(1, len(blocks) // 2))
        blocks = blocks[k:]
        blocks.append([page_no(r, 2, ch(r, 2, 2, 3), lang)])
        variant = "page2"
    elif x < 0.27 and len(blocks) >= 4:                     # a short crop (card, first lines)
        k = r.randint(1, 2)
        blocks = blocks[:1] + blocks[1:1 + k]
        variant = "short"
    if r.random() < 0.12:
        for b in blocks[1:]:
            if len(b) > 3 and r.random() < 0.4:
                r.shuffle(b)
    if r.random() < 0.12:                                   # a two-column form read column by column
        for k, b in enumerate(blocks):
            pairs = [ln.split(": ", 1) for ln in b if ": " in ln]
            if len(pairs) >= 3 and len(pairs) == len(b) and r.random() < 0.6:
                blocks[k] = [a for a, _ in pairs] + [v for _, v in pairs]
    if variant == "full" and r.random() < 0.3 and len(blocks) > 3:
        blocks.append([page_no(r, 1, ch(r, 1, 2), lang)])
    sep = ch(r, "\n", "\n\n", "\n\n", "\n")
    text = sep.join("\n".join(b) for b in blocks)
    return text, variant


# ==========================================================================================
# criminal_record
CR_TITLES = {
    "fr": ["EXTRAIT DU CASIER JUDICIAIRE", "Extrait de casier judiciaire", "EXTRAIT DE CASIER JUDICIAIRE - Modèle 1",
           "Extrait de casier judiciaire (art. 595 du Code d'instruction criminelle)", "Extrait du Casier judiciaire central",
           "CERTIFICAT DE BONNE CONDUITE, VIE ET MOEURS", "Extrait de casier - modèle 595", "CASIER JUDICIAIRE — EXTRAIT"],
    "nl": ["UITTREKSEL UIT HET STRAFREGISTER", "Uittreksel uit het strafregister", "Uittreksel van het strafregister",
           "UITTREKSEL UIT HET CENTRAAL STRAFREGISTER", "Bewijs van goed gedrag en zeden", "Getuigschrift van goed zedelijk gedrag",
           "Uittreksel strafregister - Model 1 (art. 595 Sv.)", "STRAFREGISTER - UITTREKSEL"],
    "de": ["AUSZUG AUS DEM STRAFREGISTER", "Auszug aus dem Strafregister", "Strafregisterauszug", "Führungszeugnis",
           "FÜHRUNGSZEUGNIS zur Vorlage bei einer Behörde", "Auszug aus dem Zentralen Strafregister", "Leumundszeugnis"],
    "en": ["POLICE CLEARANCE CERTIFICATE", "Police Clearance Certificate", "CERTIFICATE OF NO CRIMINAL RECORD",
           "Criminal Record Certificate", "Certificate of Good Conduct", "NBI CLEARANCE", "Criminal Record Extract",
           "CERTIFICATE OF CRIMINAL RECORD", "Police Character Certificate", "Extract from the Criminal Register"],
}


def _cr_person_fields(r, p, lang):
    lg = base_lang(lang)
    lab = {
        "fr": ["Nom", "Prénom(s)", "Date de naissance", "Lieu de naissance", "Nationalité", "N° de passeport", "Adresse", "Numéro de registre national", "Sexe"],
        "nl": ["Naam", "Voornaam/voornamen", "Geboortedatum", "Geboorteplaats", "Nationaliteit", "Paspoortnummer", "Adres", "Rijksregisternummer", "Geslacht"],
        "de": ["Name", "Vorname(n)", "Geburtsdatum", "Geburtsort", "Staatsangehörigkeit", "Reisepassnummer", "Anschrift", "Nationalregisternummer", "Geschlecht"],
        "en": ["Surname", "Given names", "Date of birth", "Place of birth", "Nationality", "Passport No.", "Address", "ID number", "Sex"],
    }[lg]
    out = [(lab[0], p.last.upper()), (lab[1], p.first), (lab[2], fdate(r, p.birth, lang)),
           (lab[3], f"{p.birthplace} ({p.country(lang)})"), (lab[4], p.nationality(r, lang))]
    if r.random() < .8:
        out.append((lab[5], p.passport))
    if r.random() < .4:
        out.append((lab[8], p.sex))
    r.shuffle(out)
    return fields(r, out)


@tpl("criminal_record", "be_commune", ("fr", "nl", "de", "fr-nl"))
def cr_be_commune(r, lang):
    p = Person(r)
    lg = base_lang(lang)
    zipc, cfr, cnl = r.choice(BE_CITIES)
    city = cnl if lg == "nl" else cfr
    issuer = LL(r, lang, fr=[f"Commune de {city}", f"Ville de {city}", f"Administration communale de {city}"],
                nl=[f"Gemeente {city}", f"Stad {city}", f"Gemeentebestuur {city}"],
                de=[f"Gemeinde {city}", f"Stadt {city}"])
    title = ch(r, CR_TITLES[lg]) if lang != "fr-nl" else f"{ch(r, CR_TITLES['fr'])} / {ch(r, CR_TITLES['nl'])}"
    head = [ch(r, "ROYAUME DE BELGIQUE", "KONINKRIJK BELGIË", "Belgique - België - Belgien", "SPF Justice / FOD Justitie", ""),
            issuer, L(lang, fr="Service Population - Casier judiciaire", nl="Dienst Burgerzaken - Strafregister", de="Bevölkerungsdienst"),
            title]
    model = LL(r, lang, fr=["Modèle 1 - article 595 du Code d'instruction criminelle", "Modèle 596.1 - activité réglementée",
                            "Modèle 2 - article 596, alinéa 2 (contact avec des mineurs)"],
               nl=["Model 1 - artikel 595 van het Wetboek van strafvordering", "Model 596.1 - gereglementeerde activiteit",
                   "Model 2 - artikel 596, tweede lid (contact met minderjarigen)"],
               de=["Muster 1 - Artikel 595 der Strafprozessordnung", "Muster 2 - Artikel 596 Absatz 2"])
    purpose = LL(r, lang, fr=["Destination : demande de permis unique / séjour à l'étranger", "Délivré en vue de : emploi",
                              "Finalité : dossier de séjour - Office des étrangers", "Usage : administration étrangère"],
                 nl=["Doel: aanvraag gecombineerde vergunning", "Afgeleverd met het oog op: tewerkstelling",
                     "Bestemming: buitenland", "Doel: verblijfsaanvraag"],
                 de=["Zweck: Beschäftigung", "Bestimmt für: ausländische Behörde", "Verwendungszweck: Aufenthaltsantrag"])
    result = LL(r, lang, fr=["Le casier judiciaire de l'intéressé(e) ne mentionne aucune condamnation.",
                             "NÉANT", "Aucune inscription.", "Il ne résulte pas du casier judiciaire que l'intéressé(e) ait encouru de condamnation.",
                             "Mentions : néant"],
                 nl=["Er komen geen veroordelingen voor in het strafregister van betrokkene.", "BLANCO", "Geen vermeldingen.",
                     "Uit het strafregister blijkt niet dat betrokkene veroordeeld werd.", "Vermeldingen: geen"],
                 de=["Im Strafregister sind keine Verurteilungen eingetragen.", "KEINE EINTRAGUNG", "Keine Vermerke."])
    when = rdate(r, date(2026, 1, 1), date(2026, 11, 30))
    seal = LL(r, lang, fr=[f"Délivré à {city}, le {fdate(r, when, lang)}", f"Fait à {city} le {fdate(r, when, lang)}"],
              nl=[f"Afgeleverd te {city} op {fdate(r, when, lang)}", f"{city}, {fdate(r, when, lang)}"],
              de=[f"Ausgestellt in {city} am {fdate(r, when, lang)}"])
    foot = [seal, LL(r, lang, fr=["Pour le Bourgmestre, l'officier de l'état civil délégué", "Le fonctionnaire délégué", "Sceau électronique du SPF Justice"],
                     nl=["Voor de burgemeester, de gemachtigde ambtenaar", "De ambtenaar van de burgerlijke stand", "Elektronisch zegel FOD Justitie"],
                     de=["Für den Bürgermeister, der beauftragte Beamte", "Elektronisches Siegel des FÖD Justiz"]),
            maybe(r, .4, f"{ch(r, 'Réf.', 'Ref.', 'Kenmerk', 'Az.')} {r.randint(100000, 999999)}/{when.year}"),
            maybe(r, .3, L(lang, fr="Ce document est valable sans signature manuscrite (sceau électronique).",
                           nl="Dit document is geldig zonder handtekening (elektronisch zegel).",
                           de="Dieses Dokument ist ohne Unterschrift gültig."))]
    return [head, [model, purpose], _cr_person_fields(r, p, lang), [result], foot]


@tpl("criminal_record", "foreign_pcc", ("en",))
def cr_foreign_pcc(r, lang):
    p = Person(r)
    c = p.country("en")
    issuer = ch(r, [f"Government of {c}\nMinistry of Home Affairs\nPassport Office {p.birthplace}",
                    f"National Police of {c}\nCriminal Investigation Department",
                    f"Republic of {c}\nMinistry of Interior\nDirectorate of Criminal Records",
                    "NATIONAL BUREAU OF INVESTIGATION\nRepublic of the Philippines\nDepartment of Justice",
                    f"{c} Police Service - Criminal Records Office",
                    f"Embassy of {c} in Brussels\nConsular Section"])
    title = ch(r, CR_TITLES["en"])
    when = rdate(r, date(2025, 12, 1), date(2026, 11, 20))
    body = ch(r, [
        f"This is to certify that there is no adverse information against {p.name(r)}, holder of Indian passport No. {p.passport}, which would render the applicant ineligible for the grant of a visa or residence permit abroad.".replace("Indian", COUNTRIES[p.cc][4]),
        f"This is to certify that the person whose particulars are given below has NO CRIMINAL RECORD on file as of {fdate(r, when, 'en')}.",
        f"After verification of the records of this office, it is hereby certified that {p.name(r)} has not been convicted of any criminal offence in {c}.",
        "NO RECORD ON FILE. This clearance is issued upon request of the above-named person for TRAVEL ABROAD / EMPLOYMENT purposes.",
        "Checks against the national criminal database revealed no convictions, cautions or pending cases for the applicant.",
    ])
    purpose = ch(r, "Purpose: Employment abroad (Belgium)", "PURPOSE: VISA / WORK PERMIT", "Purpose : residence in Belgium",
                 "Country of destination: BELGIUM", "")
    valid = ch(r, "This certificate is valid for six (6) months from the date of issue.",
               "Validity: 6 months", "Not valid if altered or erased.", "Verification: scan the QR code or visit the official portal.", "")
    sig = ch(r, ["Regional Passport Officer", "Director, Criminal Records Division", "Chief of Police", "Clearance Officer",
                 "Consul", "Authorised signatory"])
    return [[issuer, title, f"{ch(r, 'Certificate No.', 'Ref. No.', 'NBI ID No.', 'Serial No.', 'PCC No.')} {r.randint(10**7, 10**9)}"],
            _cr_person_fields(r, p, "en"),
            [body, purpose],
            [f"Date of issue: {fdate(r, when, 'en')}", valid, f"({sig})", maybe(r, .4, "APOSTILLE attached" if r.random() < .5 else "Legalised by the Embassy of Belgium")]]


@tpl("criminal_record", "translated", ("fr", "nl", "en", "de"))
def cr_translated(r, lang):
    """A foreign record in a sworn translation."""
    p = Person(r)
    src = ch(r, ["Türkçe", "Arabic", "Portuguese", "Spanish", "Russian", "Ukrainian", "Vietnamese", "Chinese", "Japanese"])
    orig = ch(r, ["ADLİ SİCİL KAYDI", "САВЕТ / ДОВІДКА про відсутність судимості", "CERTIDÃO DE ANTECEDENTES CRIMINAIS",
                  "CERTIFICADO DE ANTECEDENTES PENALES", "Справка об отсутствии судимости", "LÝ LỊCH TƯ PHÁP",
                  "无犯罪记录证明", "犯罪経歴証明書", "بطاقة السوابق العدلية", "FICHE ANTHROPOMÉTRIQUE"])
    lg = base_lang(lang)
    title = ch(r, CR_TITLES[lg])
    trans = LL(r, lang,
               fr=[f"TRADUCTION JURÉE du {src.lower()}", "Traduction certifiée conforme", "Traduction officielle"],
               nl=[f"BEËDIGDE VERTALING uit het {src}", "Voor eensluidende vertaling", "Beëdigde vertaling"],
               de=[f"BEGLAUBIGTE ÜBERSETZUNG aus dem {src}", "Beeidigte Übersetzung"],
               en=[f"SWORN TRANSLATION from {src}", "Certified translation", "Official translation"])
    c = p.country(lang)
    body = LL(r, lang,
              fr=[f"Selon les registres du casier judiciaire de {c}, la personne susmentionnée n'a fait l'objet d'aucune condamnation.",
                  "Résultat de la recherche : AUCUNE CONDAMNATION ENREGISTRÉE."],
              nl=[f"Volgens het strafregister van {c} werd bovengenoemde persoon niet veroordeeld.", "Resultaat: GEEN VEROORDELINGEN."],
              de=[f"Laut Strafregister von {c} liegen gegen die genannte Person keine Verurteilungen vor.", "Ergebnis: KEINE EINTRAGUNGEN."],
              en=[f"According to the criminal records of {c}, the above-named person has no convictions.", "Result: NO RECORD."])
    tr_stamp = LL(r, lang,
                  fr=[f"Je soussigné(e), {be_person(r)}, traducteur juré près le tribunal de première instance de {ch(r, 'Bruxelles', 'Liège', 'Namur')}, certifie que la présente traduction est fidèle et conforme à l'original."],
                  nl=[f"Ondergetekende, {be_person(r)}, beëdigd vertaler bij de rechtbank van eerste aanleg te {ch(r, 'Antwerpen', 'Gent', 'Leuven', 'Brussel')}, verklaart dat deze vertaling getrouw en volledig is."],
                  de=[f"Der/die Unterzeichnete, {be_person(r)}, beeidigter Übersetzer beim Gericht Eupen, bestätigt die Richtigkeit der Übersetzung."],
                  en=[f"I, {be_person(r)}, sworn translator registered in the national register of sworn translators, certify that this is a true and complete translation of the original."])
    return [[trans, maybe(r, .5, f"[{orig}]"), title, maybe(r, .5, f"{ch(r, 'N°', 'Nr.', 'No.')} {r.randint(10**6, 10**8)}")],
            _cr_person_fields(r, p, lang), [body], [maybe(r, .5, ch(r, "Apostille (Convention de La Haye du 5 octobre 1961)", "APOSTILLE", "Legalisatie / Légalisation")), tr_stamp]]


@tpl("criminal_record", "de_bzr", ("de",))
def cr_de_fz(r, lang):
    p = Person(r)
    when = rdate(r, date(2026, 1, 1), date(2026, 11, 20))
    return [[ch(r, "Bundesamt für Justiz", "Bundesamt für Justiz - Bundeszentralregister", "Republik Österreich - Landespolizeidirektion",
                "Schweizerische Eidgenossenschaft - Bundesamt für Justiz"),
             ch(r, "Führungszeugnis", "Belegart: N (Privatführungszeugnis)", "Strafregisterbescheinigung", "Privatauszug aus dem Strafregister",
                "Führungszeugnis nach § 30 BZRG", "Auszug aus dem Strafregister")],
            fields(r, [("Geburtsname", p.last.upper()), ("Familienname", p.last.upper()), ("Vornamen", p.first),
                       ("Geburtsdatum", fdate(r, p.birth, "de", "dot")), ("Geburtsort", p.birthplace),
                       ("Staatsangehörigkeit", p.nationality(r, "de")), ("Reisepass", maybe(r, .6, p.passport, None))]),
            [ch(r, "Inhalt: Keine Eintragung", "Im Register ist keine Eintragung vorhanden.", "Keine Verurteilungen.",
                "Es bestehen keine Einträge.")],
            [f"{ch(r, 'Bonn', 'Wien', 'Bern')}, den {fdate(r, when, 'de')}", ch(r, "Im Auftrag", "Dieses Dokument wurde maschinell erstellt."),
             maybe(r, .3, "Apostille")]]


# ==========================================================================================
# medical_certificate
@tpl("medical_certificate", "io_model", ("fr", "nl", "de", "en", "fr-nl"))
def med_io(r, lang):
    p = Person(r)
    _lg = base_lang(lang)
    title = LL(r, lang, fr=["CERTIFICAT MÉDICAL", "Certificat médical", "Certificat médical (modèle Office des étrangers)",
                            "CERTIFICAT MEDICAL destiné à l'Office des étrangers"],
               nl=["MEDISCH ATTEST", "Medisch attest", "MEDISCH GETUIGSCHRIFT", "Medisch getuigschrift (model Dienst Vreemdelingenzaken)", "Geneeskundig attest"],
               de=["ÄRZTLICHES ATTEST", "Ärztliches Attest", "ÄRZTLICHE BESCHEINIGUNG", "Gesundheitszeugnis", "Ärztliches Zeugnis"],
               en=["MEDICAL CERTIFICATE", "Medical Certificate", "Medical certificate (model of the Immigration Office)", "CERTIFICATE OF MEDICAL EXAMINATION"])
    head = [ch(r, "SPF Intérieur - Office des étrangers", "FOD Binnenlandse Zaken - Dienst Vreemdelingenzaken",
               "Federal Public Service Home Affairs - Immigration Office", "Royaume de Belgique", "", "")]
    if lang == "fr-nl":
        head = ["Office des étrangers / Dienst Vreemdelingenzaken"]
    doc = f"Dr {ch(r, BE_FIRST + FIRST)} {ch(r, BE_LAST + LAST)}"
    body = LL(r, lang,
              fr=[f"Je soussigné(e), {doc}, docteur en médecine, certifie avoir examiné ce jour {p.name(r)}, né(e) le {fdate(r, p.birth, lang)}, de nationalité {p.nationality(r, 'fr')},",
                  f"Le médecin soussigné déclare avoir examiné {p.name(r)} (passeport n° {p.passport})"],
              nl=[f"Ondergetekende, {doc}, doctor in de geneeskunde, verklaart vandaag {p.name(r)}, geboren op {fdate(r, p.birth, lang)}, van {p.nationality(r, 'nl')}e nationaliteit, te hebben onderzocht",
                  f"De ondergetekende geneesheer verklaart {p.name(r)} (paspoort nr. {p.passport}) te hebben onderzocht"],
              de=[f"Der/die unterzeichnete Arzt/Ärztin {doc} bescheinigt, {p.name(r)}, geboren am {fdate(r, p.birth, lang)}, heute untersucht zu haben",
                  f"Hiermit wird bestätigt, dass {p.name(r)} (Reisepass Nr. {p.passport}) ärztlich untersucht wurde"],
              en=[f"I, the undersigned, {doc}, medical practitioner, certify that I have examined {p.name(r)}, born on {fdate(r, p.birth, lang)}, nationality {p.nationality(r, 'en')},",
                  f"The undersigned physician certifies having examined {p.name(r)}, holder of passport no. {p.passport},"])
    concl = LL(r, lang,
               fr=["et qu'il/elle n'est atteint(e) d'aucune des maladies pouvant mettre en danger la santé publique énumérées à l'annexe de la loi du 15 décembre 1980 sur l'accès au territoire, le séjour, l'établissement et l'éloignement des étrangers.",
                   "et constate qu'il/elle ne souffre d'aucune maladie visée à l'annexe de la loi du 15 décembre 1980."],
               nl=["en dat hij/zij niet lijdt aan een van de ziekten die de volksgezondheid in gevaar kunnen brengen, opgesomd in de bijlage bij de wet van 15 december 1980 betreffende de toegang tot het grondgebied, het verblijf, de vestiging en de verwijdering van vreemdelingen.",
                   "en stelt vast dat betrokkene geen ziekte vertoont vermeld in de bijlage van de wet van 15 december 1980."],
               de=["und dass er/sie an keiner der im Anhang zum Gesetz vom 15. Dezember 1980 aufgeführten Krankheiten leidet, die die Volksgesundheit gefährden können.",
                   "Es wurden keine Krankheiten festgestellt, die die öffentliche Gesundheit gefährden könnten."],
               en=["and that he/she does not suffer from any of the diseases that may endanger public health listed in the annex to the Law of 15 December 1980 on access to the territory, residence, settlement and removal of foreign nationals.",
                   "and found no disease or condition endangering public health within the meaning of the annex to the Belgian Law of 15 December 1980."])
    extra = LL(r, lang,
               fr=["Examens réalisés : radiographie du thorax, examen clinique général.", "Tuberculose : absence de signes cliniques et radiologiques.",
                   "Médecin agréé par l'Ambassade de Belgique.", ""],
               nl=["Uitgevoerde onderzoeken: RX thorax, klinisch onderzoek.", "Tuberculose: geen klinische of radiologische tekens.",
                   "Arts erkend door de Belgische ambassade.", ""],
               de=["Durchgeführte Untersuchungen: Thorax-Röntgen, klinische Untersuchung.", "Tuberkulose: kein Befund.", ""],
               en=["Tests carried out: chest X-ray, general clinical examination, TB screening (negative).",
                   "Panel physician approved by the Embassy of Belgium.", "Blood tests: within normal limits.", ""])
    when = rdate(r, date(2026, 3, 1), date(2026, 11, 25))
    city = ch(r, [c[1] for c in BE_CITIES] + COUNTRIES[p.cc][5])
    foot = [LL(r, lang, fr=[f"Fait à {city}, le {fdate(r, when, lang)}"], nl=[f"Opgemaakt te {city} op {fdate(r, when, lang)}"],
               de=[f"{city}, den {fdate(r, when, lang)}"], en=[f"Place and date: {city}, {fdate(r, when, lang)}"]),
            LL(r, lang, fr=["Signature et cachet du médecin", "Cachet du médecin"], nl=["Handtekening en stempel van de arts", "Stempel geneesheer"],
               de=["Unterschrift und Stempel des Arztes"], en=["Signature and stamp of the doctor", "Physician's seal"]),
            maybe(r, .5, f"{ch(r, 'INAMI', 'RIZIV', 'Reg. No.', 'Licence No.', 'N° Ordre')} {r.randint(1, 9)}-{r.randint(10000, 99999)}-{r.randint(10, 99)}-{r.randint(100, 999)}")]
    return [head + [title], [body, concl], [extra], foot]


@tpl("medical_certificate", "panel_physician", ("en", "fr"))
def med_panel(r, lang):
    p = Person(r)
    _c = p.country(lang)  # still drawn: the texts after it must stay the same
    clinic = ch(r, [f"{p.birthplace} International Medical Centre", f"St. Luke's Diagnostic Clinic, {p.birthplace}",
                    f"IOM Migration Health Assessment Centre, {p.birthplace}", f"Clinique Pasteur, {p.birthplace}", f"Apollo Health Check, {p.birthplace}"])
    when = rdate(r, date(2026, 2, 1), date(2026, 11, 25))
    if lang == "en":
        return [[clinic, ch(r, "Medical Certificate for Visa / Residence in Belgium", "MEDICAL CERTIFICATE", "Medical Examination Report - Belgium",
                           "Certificate of Health (Belgian Immigration Office model)")],
                fields(r, [("Applicant", p.name(r)), ("Date of birth", fdate(r, p.birth, "en")), ("Passport number", p.passport),
                           ("Nationality", p.nationality(r, "en")), ("Date of examination", fdate(r, when, "en"))]),
                [ch(r, "Chest X-ray: normal. Sputum: not required.", "Physical examination: unremarkable.", "Vision, hearing: normal."),
                 ch(r, "Conclusion: the applicant does not suffer from any disease that may endanger public health as listed in the annex to the Belgian Law of 15 December 1980.",
                    "Conclusion: FIT. No disease of public health significance detected.",
                    "I certify that the applicant is free from tuberculosis and other diseases dangerous to public health.")],
                [f"Examining physician: Dr {ch(r, FIRST)} {ch(r, LAST)}", "Signature / Stamp", maybe(r, .5, "Approved by the Embassy of Belgium")]]
    return [[clinic, ch(r, "CERTIFICAT MÉDICAL", "Certificat médical - visa de long séjour Belgique", "Certificat médical d'aptitude")],
            fields(r, [("Nom et prénom", p.name(r)), ("Né(e) le", fdate(r, p.birth, "fr")), ("Passeport", p.passport),
                       ("Nationalité", p.nationality(r, "fr"))]),
            [ch(r, "L'examen clinique et la radiographie pulmonaire n'ont révélé aucune affection contagieuse.",
                "Le/la patient(e) n'est atteint(e) d'aucune maladie mettant en danger la santé publique (annexe de la loi du 15/12/1980).")],
            [f"Dr {ch(r, FIRST)} {ch(r, LAST)}, médecin agréé", f"{p.birthplace}, le {fdate(r, when, 'fr')}"]]


# ==========================================================================================
# application_form
ANNEX_ITEMS = {
    "fr": ["copie du passeport (toutes les pages)", "certificat médical", "extrait de casier judiciaire", "contrat de travail",
           "preuve du paiement de la redevance", "copie du diplôme", "preuve d'assurance maladie", "description de fonction",
           "copie du titre de séjour", "convention d'accueil", "lettre de détachement", "preuve de publication de l'offre d'emploi",
           "statuts de l'employeur", "procuration du mandataire", "copie de la carte d'identité de l'employeur"],
    "nl": ["kopie van het paspoort (alle bladzijden)", "medisch attest", "uittreksel uit het strafregister", "arbeidsovereenkomst",
           "bewijs van betaling van de retributie", "kopie van het diploma", "bewijs van ziektekostenverzekering", "functiebeschrijving",
           "kopie van de verblijfskaart", "gastovereenkomst", "detacheringsbrief", "bewijs van publicatie van de vacature bij VDAB",
           "statuten van de werkgever", "volmacht", "kopie identiteitskaart werkgever"],
    "de": ["Kopie des Reisepasses", "ärztliches Attest", "Auszug aus dem Strafregister", "Arbeitsvertrag", "Nachweis der Gebührenzahlung",
           "Kopie des Diploms", "Nachweis der Krankenversicherung", "Stellenbeschreibung", "Kopie des Aufenthaltstitels"],
    "en": ["copy of the passport (all pages)", "medical certificate", "criminal record extract", "employment contract",
           "proof of payment of the administrative fee", "copy of the diploma", "proof of health insurance", "job description",
           "copy of the residence permit", "hosting agreement", "assignment letter", "proof of publication of the vacancy",
           "articles of association", "power of attorney"],
}


def annex_list(r, lang, k=None):
    lg = base_lang(lang)
    items = r.sample(ANNEX_ITEMS[lg], k or r.randint(3, min(9, len(ANNEX_ITEMS[lg]))))
    style = ch(r, "box", "num", "dash", "inline")
    if style == "inline":
        return [", ".join(items)]
    out = []
    for i, it in enumerate(items, 1):
        out.append({"box": f"{ch(r, '[X]', '[x]', '☒', '■', '[ ]', '□')} {it}", "num": f"{i}. {it}", "dash": f"- {it}"}[style])
    return out


@tpl("application_form", "portal", ("fr", "nl", "de", "en"))
def app_portal(r, lang):
    p = Person(r)
    emp = company(r)
    title = LL(r, lang, fr=["Demande de permis unique", "DEMANDE DE PERMIS UNIQUE - Travailleur étranger", "Demande d'autorisation de travail et de séjour (permis unique)",
                            "Récapitulatif de la demande - permis unique"],
               nl=["Aanvraag gecombineerde vergunning", "AANVRAAG VOOR EEN GECOMBINEERDE VERGUNNING", "Aanvraag toelating tot arbeid en verblijf",
                   "Overzicht van uw aanvraag - gecombineerde vergunning"],
               de=["Antrag auf eine kombinierte Erlaubnis", "ANTRAG KOMBINIERTE ERLAUBNIS", "Antrag auf Arbeitserlaubnis und Aufenthalt (kombinierte Erlaubnis)"],
               en=["Single permit application", "APPLICATION FOR A SINGLE PERMIT", "Application for a work and residence permit (single permit)",
                   "Summary of your application - single permit"])
    portal = ch(r, "Working in Belgium", "Working in Belgium - guichet unique / uniek loket", "One-Stop Counter - Working in Belgium", "")
    cat = LL(r, lang, fr=["Catégorie : travailleur hautement qualifié", "Catégorie : carte bleue européenne", "Catégorie : durée limitée - fonction en pénurie",
                          "Catégorie : travailleur saisonnier", "Catégorie : cadre dirigeant", "Catégorie : chercheur", "Catégorie : transfert intragroupe (ICT)"],
              nl=["Categorie: hoogopgeleide werknemer", "Categorie: Europese blauwe kaart", "Categorie: middengeschoold - knelpuntberoep",
                  "Categorie: seizoenarbeider", "Categorie: leidinggevend personeel", "Categorie: onderzoeker", "Categorie: ICT - overplaatsing binnen een onderneming"],
              de=["Kategorie: hochqualifizierte Arbeitskraft", "Kategorie: Blaue Karte EU", "Kategorie: Saisonarbeitnehmer", "Kategorie: Führungskraft"],
              en=["Category: highly qualified worker", "Category: EU Blue Card", "Category: shortage occupation", "Category: seasonal worker",
                  "Category: executive", "Category: researcher", "Category: intra-corporate transferee"])
    lg = base_lang(lang)
    E = {"fr": ("Employeur", "Dénomination", "Numéro BCE", "Commission paritaire", "Travailleur", "Nom", "Prénom", "Date de naissance", "Nationalité", "N° passeport", "Fonction", "Salaire brut annuel", "Lieu de travail", "Date de début"),
         "nl": ("Werkgever", "Naam", "KBO-nummer", "Paritair comité", "Werknemer", "Naam", "Voornaam", "Geboortedatum", "Nationaliteit", "Paspoortnummer", "Functie", "Bruto jaarloon", "Plaats van tewerkstelling", "Begindatum"),
         "de": ("Arbeitgeber", "Bezeichnung", "Unternehmensnummer", "Paritätische Kommission", "Arbeitnehmer", "Name", "Vorname", "Geburtsdatum", "Staatsangehörigkeit", "Reisepassnummer", "Funktion", "Bruttojahresgehalt", "Arbeitsort", "Beginn"),
         "en": ("Employer", "Name", "Enterprise number", "Joint committee", "Worker", "Surname", "First name", "Date of birth", "Nationality", "Passport number", "Position", "Gross annual salary", "Place of work", "Start date")}[lg]
    a1, a2 = be_address(r, lang)
    emp_block = [f"{ch(r, '1.', 'A.', 'Section 1 -', '')} {E[0]}".strip()] + fields(r, [(E[1], emp), (E[2], enterprise_no(r)), (E[3], f"{ch(r, '200', '124', '111', '140.03', '302', '319', '330', '145')}"), ("", f"{a1}, {a2}")])
    wk_block = [f"{ch(r, '2.', 'B.', 'Section 2 -', '')} {E[4]}".strip()] + fields(r, [(E[5], p.last.upper()), (E[6], p.first), (E[7], fdate(r, p.birth, lang)),
                                                                                    (E[8], p.nationality(r, lang)), (E[9], p.passport)])
    job = fields(r, [(E[10], ch(r, "Software engineer", "Data analyst", "Ingénieur process", "Verpleegkundige", "Elektromechanicus", "Chef de cuisine", "Research scientist", "Project manager", "Lasser", "Truck mechanic")),
                     (E[11], money(r, r.uniform(35000, 95000), lang)), (E[12], be_address(r, lang)[1]), (E[13], fdate(r, rdate(r, date(2026, 6, 1), date(2027, 3, 1)), lang))])
    ann_t = LL(r, lang, fr=["Annexes jointes à la demande :", "Documents joints", "Pièces à joindre"], nl=["Bijlagen bij de aanvraag:", "Bijgevoegde documenten", "Bijlagen"],
               de=["Anlagen zum Antrag:", "Beigefügte Unterlagen"], en=["Documents attached to the application:", "Annexes", "Attachments"])
    sig = LL(r, lang, fr=["Je certifie que les données sont exactes et complètes. Date et signature de l'employeur", "Signature de l'employeur ou de son mandataire"],
             nl=["Ik verklaar dat de gegevens juist en volledig zijn. Datum en handtekening van de werkgever", "Handtekening werkgever of lasthebber"],
             de=["Ich bestätige die Richtigkeit der Angaben. Datum und Unterschrift des Arbeitgebers"],
             en=["I declare that the information given is true and complete. Date and signature of the employer", "Signature of the employer or authorised agent"])
    ref = f"{ch(r, 'Dossier', 'Référence', 'Referentie', 'Aktenzeichen', 'Application ID', 'Aanvraagnummer')} {ch(r, 'WIB', 'SP', 'GV', 'PU')}-{r.randint(2025, 2026)}-{r.randint(100000, 999999)}"
    return [[portal, title, ref], [cat], emp_block, wk_block, job, [ann_t] + annex_list(r, lang), [sig, fdate(r, rdate(r), lang)]]


@tpl("application_form", "flemish_paper", ("nl", "en"))
def app_flemish(r, lang):
    p = Person(r)
    if lang == "nl":
        return [[ch(r, "Vlaamse overheid", "Departement Werk en Sociale Economie", "Vlaanderen - Werk en Sociale Economie"),
                 ch(r, "Aanvraag van een gecombineerde vergunning voor hoogopgeleide werknemers", "Aanvraagformulier gecombineerde vergunning",
                    "Aanvraag van een toelating tot arbeid voor een werknemer van buiten de EER", "AANVRAAG GECOMBINEERDE VERGUNNING - middengeschoolde functie"),
                 ch(r, "Waarvoor dient dit formulier?", "Dit formulier is bestemd voor werkgevers.", "")],
                [ch(r, "Vul dit formulier in en bezorg het via het uniek loket Working in Belgium.", "Aan wie bezorgt u dit formulier?",
                    "Met dit formulier vraagt u als werkgever een gecombineerde vergunning aan voor een werknemer.")],
                ["Gegevens van de werkgever"] + fields(r, [("KBO-nummer", enterprise_no(r)), ("naam", company(r)), ("RSZ-nummer", f"{r.randint(100000, 999999)}-{r.randint(10, 99)}"),
                                                        ("paritair comité", ch(r, "200", "124", "111", "302"))]),
                ["Gegevens van de werknemer"] + fields(r, [("achternaam", p.last), ("voornaam", p.first), ("nationaliteit", p.nationality(r, "nl")), ("paspoortnummer", p.passport),
                                                         ("geboortedatum", fdate(r, p.birth, "nl"))]),
                ["Welke documenten voegt u bij uw aanvraag?"] + annex_list(r, "nl"),
                ["Ondertekening", "Ik bevestig dat alle gegevens in dit formulier naar waarheid zijn ingevuld.", f"datum {fdate(r, rdate(r), 'nl', 'slash')}", "handtekening"]]
    return [[ch(r, "Flemish Government - Department of Work and Social Economy", "Flanders"), ch(r, "Application for a single permit - highly skilled worker", "Application form single permit")],
            fields(r, [("Employer", company(r)), ("Company number", enterprise_no(r)), ("Employee", p.name(r)), ("Nationality", p.nationality(r, "en")), ("Passport number", p.passport)]),
            ["Which documents do you enclose?"] + annex_list(r, "en"), ["I confirm that all information in this form is correct.", "Signature"]]


@tpl("application_form", "wallonia_brussels", ("fr", "de", "fr-nl"))
def app_wal(r, lang):
    p = Person(r)
    if lang == "de":
        return [[ch(r, "Ministerium der Deutschsprachigen Gemeinschaft", "Ostbelgien - Fachbereich Beschäftigung"),
                 ch(r, "Antrag auf eine kombinierte Erlaubnis", "Antragsformular kombinierte Erlaubnis (Arbeit und Aufenthalt)", "Antrag auf Arbeitserlaubnis für ausländische Arbeitnehmer")],
                fields(r, [("Arbeitgeber", company(r)), ("Unternehmensnummer", enterprise_no(r)), ("Name des Arbeitnehmers", p.name(r)),
                           ("Staatsangehörigkeit", p.nationality(r, "de")), ("Reisepass Nr.", p.passport), ("Geburtsdatum", fdate(r, p.birth, "de"))]),
                ["Dem Antrag sind beizufügen:"] + annex_list(r, "de"),
                [f"Eupen, den {fdate(r, rdate(r), 'de')}", "Unterschrift des Arbeitgebers"]]
    title = ch(r, "Demande de permis unique", "Formulaire de demande d'autorisation de travail - permis unique", "DEMANDE D'AUTORISATION DE TRAVAIL (PERMIS UNIQUE)",
               "Demande de permis unique - durée illimitée") if lang == "fr" else "Demande de permis unique / Aanvraag gecombineerde vergunning"
    issuer = ch(r, "SPW Économie, Emploi, Recherche - Direction de l'Emploi et des permis de travail", "Wallonie - Service public de Wallonie",
                "Bruxelles Économie et Emploi - Direction de la Migration économique", "Région de Bruxelles-Capitale / Brussels Hoofdstedelijk Gewest")
    return [[issuer, title],
            [ch(r, "Cadre 1 - Identification de l'employeur", "I. Employeur", "Données de l'employeur / Gegevens werkgever")] +
            fields(r, [("Raison sociale", company(r)), ("N° BCE", enterprise_no(r)), ("N° ONSS", f"{r.randint(100000, 999999)}-{r.randint(10, 99)}"),
                       ("Commission paritaire n°", ch(r, "200", "124", "118", "302", "330"))]),
            [ch(r, "Cadre 2 - Identification du travailleur", "II. Travailleur", "Travailleur / Werknemer")] +
            fields(r, [("Nom", p.last.upper()), ("Prénom", p.first), ("Nationalité", p.nationality(r, "fr")), ("Passeport n°", p.passport),
                       ("Lieu et date de naissance", f"{p.birthplace}, {fdate(r, p.birth, 'fr')}")]),
            [ch(r, "Cadre 3 - Occupation", "III. Conditions d'occupation")] +
            fields(r, [("Fonction", ch(r, "Développeur", "Infirmier", "Soudeur", "Comptable", "Technicien de maintenance")), ("Durée du contrat", ch(r, "indéterminée", "12 mois", "24 mois")),
                       ("Rémunération brute mensuelle", money(r, r.uniform(2800, 7000), "fr"))]),
            [ch(r, "Liste des annexes", "Documents à joindre obligatoirement", "Annexes")] + annex_list(r, lang),
            [ch(r, "Fait à", "Date"), fdate(r, rdate(r), "fr"), ch(r, "Signature de l'employeur", "Signature du travailleur (demande durée illimitée)")]]


# ==========================================================================================
# passport
def _cd(s):
    w = [7, 3, 1]
    v = 0
    for i, c in enumerate(s):
        n = int(c) if c.isdigit() else (ord(c) - 55 if c.isalpha() else 0)
        v += n * w[i % 3]
    return str(v % 10)


def mrz_td3(p: Person, exp: date, kind="P"):
    import unicodedata
    def clean(s):
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()
        return "".join(c if c.isalpha() else "<" for c in s)
    names = f"{clean(p.last)}<<{clean(p.first)}"
    l1 = (f"{kind}<{p.cc}{names}" + "<" * 44)[:44]
    num = (p.passport + "<" * 9)[:9]
    bd = p.birth.strftime("%y%m%d")
    ed = exp.strftime("%y%m%d")
    body = f"{num}{_cd(num)}{p.cc}{bd}{_cd(bd)}{p.sex}{ed}{_cd(ed)}" + "<" * 14 + "0"
    l2 = body + _cd(num + _cd(num) + bd + _cd(bd) + ed + _cd(ed) + "<" * 14 + "0")
    return l1, l2[:44]


@tpl("passport", "datapage", ("en", "fr", "fr-nl", "de"))
def pass_datapage(r, lang):
    p = Person(r)
    c = COUNTRIES[p.cc]
    issue = rdate(r, date(2017, 1, 1), date(2026, 6, 1))
    exp = issue.replace(year=issue.year + 10) - timedelta(days=1)
    state = ch(r, [f"REPUBLIC OF {c[0].upper()}", c[0].upper(), f"RÉPUBLIQUE DU {c[1].upper()}", f"{c[0].upper()} - {c[1].upper()}"])
    kind = ch(r, "PASSPORT", "PASSPORT / PASSEPORT", "PASSEPORT", "PASAPORTE / PASSPORT", "REISEPASS / PASSPORT", "PASSPORT PASSEPORT PASAPORTE")
    labs = ch(r, [
        ["Type", "Country code", "Passport No.", "Surname", "Given names", "Nationality", "Date of birth", "Sex", "Place of birth", "Date of issue", "Date of expiry", "Authority"],
        ["Type/Type", "Code du pays/Country code", "N° du passeport/Passport No.", "Nom/Surname", "Prénoms/Given names", "Nationalité/Nationality",
         "Date de naissance/Date of birth", "Sexe/Sex", "Lieu de naissance/Place of birth", "Date de délivrance/Date of issue", "Date d'expiration/Date of expiry", "Autorité/Authority"],
        ["Typ/Type", "Ländercode/Code", "Pass-Nr./Passport No.", "Name/Surname", "Vornamen/Given names", "Staatsangehörigkeit/Nationality",
         "Geburtsdatum/Date of birth", "Geschlecht/Sex", "Geburtsort/Place of birth", "Ausstellungsdatum/Date of issue", "Gültig bis/Date of expiry", "Behörde/Authority"],
    ])
    df = ch(r, "mon3", "slash", "dot", "long")
    vals = ["P", p.cc, p.passport, p.last.upper(), p.first.upper(), ch(r, c[4].upper(), c[0].upper()), fdate(r, p.birth, "en", df), p.sex,
            f"{p.birthplace.upper()}", fdate(r, issue, "en", df), fdate(r, exp, "en", df),
            ch(r, "MINISTRY OF FOREIGN AFFAIRS", f"PASSPORT OFFICE {c[5][0].upper()}", "DGPS", "MINISTRY OF INTERIOR", "EMBASSY IN BRUSSELS")]
    pairs = list(zip(labs, vals))
    if r.random() < .3:
        pairs = pairs[:-1]
    body = fields(r, pairs) if r.random() < .6 else [f"{a}" for a, _ in pairs[:4]] + [v for _, v in pairs]
    mrz = list(mrz_td3(p, exp))
    if r.random() < .2:
        mrz = [mrz[0]]
    return [[state, kind], body, mrz if r.random() < .85 else [ch(r, "P<", "<<<<<<<<<<<<<")]]


@tpl("passport", "copy_certified", ("fr", "nl", "en"))
def pass_copy(r, lang):
    p = Person(r)
    c = COUNTRIES[p.cc]
    exp = rdate(r, date(2027, 1, 1), date(2035, 12, 1))
    stamp = LL(r, lang, fr=["Copie certifiée conforme à l'original", "Pour copie conforme", "COPIE"], nl=["Voor eensluidend afschrift", "Kopie conform origineel", "KOPIE"],
               en=["Certified true copy of the original", "TRUE COPY", "COPY"])
    return [[ch(r, "PASSPORT", c[0].upper(), f"{c[0].upper()} PASSPORT"), stamp],
            [f"{p.last.upper()}", f"{p.first.upper()}", f"{c[4].upper()}", fdate(r, p.birth, "en", "mon3"), p.sex, p.birthplace.upper(), fdate(r, exp, "en", "mon3"), p.passport],
            list(mrz_td3(p, exp)), [maybe(r, .5, f"{ch(r, 'Page', 'Pagina')} {r.randint(1, 3)}"), maybe(r, .4, f"{be_person(r)} - {ch(r, 'HR', 'RH', 'Personeelsdienst')}")]]


@tpl("passport", "inner_pages", ("en",))
def pass_inner(r, lang):
    p = Person(r)
    exp = rdate(r, date(2027, 1, 1), date(2035, 12, 1))
    lines = [ch(r, "Name of Father / Legal Guardian", "Observations", "Endorsements", "Amendments"),
             f"{ch(r, FIRST)} {p.last.upper()}", ch(r, "Name of Mother", "Spouse", ""), f"{ch(r, FIRST)} {p.last.upper()}",
             ch(r, "Address", "Residence"), f"{r.randint(1, 400)}, {ch(r, 'Sector', 'Block', 'Street', 'Barangay')} {r.randint(1, 40)}, {p.birthplace}",
             f"Old Passport No. {passport_no(r, p.cc)}", f"File No. {ch(r, 'MU', 'DL', 'BN', 'CH')}{r.randint(10**10, 10**11)}"]
    return [[ch(r, "REPUBLIC OF INDIA", f"{p.country('en').upper()} PASSPORT", "PASSPORT")], lines, [f"{p.passport}", maybe(r, .5, mrz_td3(p, exp)[1])]]


# ==========================================================================================
# employment_contract
JOBS = {"fr": ["ingénieur logiciel", "analyste de données", "infirmier(ère)", "soudeur", "technicien de maintenance", "chef de projet", "comptable", "cuisinier"],
        "nl": ["softwareontwikkelaar", "data-analist", "verpleegkundige", "lasser", "onderhoudstechnicus", "projectleider", "boekhouder", "kok", "vrachtwagenmonteur"],
        "de": ["Softwareentwickler", "Datenanalyst", "Krankenpfleger", "Schweißer", "Wartungstechniker", "Projektleiter", "Buchhalter"],
        "en": ["software engineer", "data analyst", "nurse", "welder", "maintenance technician", "project manager", "accountant", "process engineer"]}


@tpl("employment_contract", "be_contract", ("fr", "nl", "de", "en"))
def contract(r, lang):
    p = Person(r)
    emp = company(r)
    lg = lang
    start = rdate(r, date(2026, 3, 1), date(2027, 3, 1))
    salary = r.uniform(2600, 8000)
    title = LL(r, lang, fr=["CONTRAT DE TRAVAIL D'EMPLOYÉ", "Contrat de travail à durée indéterminée", "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE", "Contrat de travail", "Contrat d'emploi"],
               nl=["ARBEIDSOVEREENKOMST VOOR BEDIENDEN", "Arbeidsovereenkomst voor onbepaalde duur", "ARBEIDSOVEREENKOMST VOOR BEPAALDE TIJD", "Arbeidsovereenkomst", "Arbeidscontract"],
               de=["ARBEITSVERTRAG FÜR ANGESTELLTE", "Arbeitsvertrag auf unbestimmte Dauer", "Befristeter Arbeitsvertrag", "Arbeitsvertrag", "Anstellungsvertrag"],
               en=["EMPLOYMENT CONTRACT", "Employment Contract (open-ended)", "FIXED-TERM EMPLOYMENT CONTRACT", "Contract of Employment", "Employment agreement"])
    parties = LL(r, lang,
                 fr=[f"ENTRE : {emp}, dont le siège est établi {', '.join(be_address(r, 'fr'))}, BCE {enterprise_no(r)}, représentée par {be_person(r)}, ci-après « l'employeur »,\nET : {p.name(r)}, né(e) le {fdate(r, p.birth, 'fr')} à {p.birthplace}, de nationalité {p.nationality(r, 'fr')}, ci-après « le travailleur »,"],
                 nl=[f"TUSSEN: {emp}, met maatschappelijke zetel te {', '.join(be_address(r, 'nl'))}, KBO {enterprise_no(r)}, vertegenwoordigd door {be_person(r)}, hierna 'de werkgever',\nEN: {p.name(r)}, geboren op {fdate(r, p.birth, 'nl')} te {p.birthplace}, nationaliteit {p.nationality(r, 'nl')}, hierna 'de werknemer',"],
                 de=[f"ZWISCHEN: {emp}, mit Sitz in {', '.join(be_address(r, 'de'))}, Unternehmensnummer {enterprise_no(r)}, nachstehend „Arbeitgeber“ genannt,\nUND: {p.name(r)}, geboren am {fdate(r, p.birth, 'de')} in {p.birthplace}, Staatsangehörigkeit {p.nationality(r, 'de')}, nachstehend „Arbeitnehmer“ genannt,"],
                 en=[f"BETWEEN: {emp}, registered office at {', '.join(be_address(r, 'en'))}, enterprise number {enterprise_no(r)}, hereinafter 'the Employer',\nAND: {p.name(r)}, born on {fdate(r, p.birth, 'en')} in {p.birthplace}, {p.nationality(r, 'en')} national, passport {p.passport}, hereinafter 'the Employee',"])
    agreed = LL(r, lang, fr=["IL A ÉTÉ CONVENU CE QUI SUIT :", "Il est convenu ce qui suit."], nl=["WORDT OVEREENGEKOMEN WAT VOLGT:", "Werd het volgende overeengekomen:"],
                de=["WIRD FOLGENDES VEREINBART:"], en=["IT IS AGREED AS FOLLOWS:", "The parties agree as follows:"])
    job = ch(r, JOBS[lg])
    pc = ch(r, "200", "124", "111", "302", "330", "118", "140", "209", "319")
    art = {"fr": "Article", "nl": "Artikel", "de": "Artikel", "en": "Article"}[lg]
    clauses = {
        "fr": [f"Le travailleur est engagé en qualité de {job}. Lieu de travail : {be_address(r, 'fr')[1]}.",
               f"Le contrat prend cours le {fdate(r, start, 'fr')}, sous réserve de l'obtention du permis unique (autorisation de travail et de séjour).",
               f"La rémunération mensuelle brute est fixée à {money(r, salary, 'fr')}. Le travailleur relève de la commission paritaire n° {pc}.",
               "La durée hebdomadaire de travail est de 38 heures, réparties du lundi au vendredi.",
               "Le présent contrat est régi par la loi du 3 juillet 1978 relative aux contrats de travail.",
               "L'employeur prend en charge les frais de voyage ainsi que les soins médicaux et pharmaceutiques jusqu'à l'affiliation à une mutualité.",
               "Le travailleur se soumettra à l'examen médical d'embauche auprès du service externe de prévention.",
               "Une période d'essai n'est pas applicable. Le préavis est régi par les articles 37 et suivants de la loi du 3 juillet 1978.",
               "Le règlement de travail fait partie intégrante du présent contrat; le travailleur en a reçu une copie."],
        "nl": [f"De werknemer wordt aangeworven als {job}. Plaats van tewerkstelling: {be_address(r, 'nl')[1]}.",
               f"De overeenkomst vangt aan op {fdate(r, start, 'nl')}, onder voorbehoud van de toekenning van de gecombineerde vergunning.",
               f"Het bruto maandloon bedraagt {money(r, salary, 'nl')}. De werknemer valt onder het paritair comité nr. {pc}.",
               "De wekelijkse arbeidsduur bedraagt 38 uur, van maandag tot vrijdag.",
               "Deze overeenkomst wordt beheerst door de wet van 3 juli 1978 betreffende de arbeidsovereenkomsten.",
               "De werkgever draagt de reiskosten en de medische kosten tot de aansluiting bij een ziekenfonds.",
               "De werknemer ondergaat een voorafgaand gezondheidsonderzoek bij de externe dienst voor preventie en bescherming op het werk.",
               "De opzeggingstermijn wordt bepaald overeenkomstig de wet van 3 juli 1978.",
               "Het arbeidsreglement maakt integraal deel uit van deze overeenkomst."],
        "de": [f"Der Arbeitnehmer wird als {job} eingestellt. Arbeitsort: {be_address(r, 'de')[1]}.",
               f"Der Vertrag beginnt am {fdate(r, start, 'de')}, vorbehaltlich der Erteilung der kombinierten Erlaubnis.",
               f"Das monatliche Bruttogehalt beträgt {money(r, salary, 'de')}. Zuständig ist die paritätische Kommission Nr. {pc}.",
               "Die wöchentliche Arbeitszeit beträgt 38 Stunden.",
               "Dieser Vertrag unterliegt dem Gesetz vom 3. Juli 1978 über die Arbeitsverträge.",
               "Der Arbeitgeber übernimmt die Reisekosten sowie die Arzt- und Arzneimittelkosten bis zum Beitritt zu einer Krankenkasse.",
               "Der Arbeitnehmer unterzieht sich der arbeitsmedizinischen Einstellungsuntersuchung."],
        "en": [f"The Employee is hired as {job}. Place of work: {be_address(r, 'en')[1]}, Belgium.",
               f"This contract starts on {fdate(r, start, 'en')}, subject to the single permit (work and residence authorisation) being granted.",
               f"The gross monthly salary is {money(r, salary, 'en')}. The Employee falls under joint committee no. {pc}.",
               "Working time is 38 hours per week, Monday to Friday.",
               "This contract is governed by the Belgian Law of 3 July 1978 on employment contracts.",
               "The Employer bears the travel costs and medical and pharmaceutical care until the Employee is affiliated with a health insurance fund.",
               "The Employee shall undergo a pre-employment medical examination by the external prevention service.",
               "Notice periods are governed by the Law of 3 July 1978.",
               "The work regulations form an integral part of this contract."],
    }[lg]
    k = r.randint(4, len(clauses))
    cl = r.sample(clauses, k)
    numbered = [f"{art} {i}. {c}" if r.random() < .7 else c for i, c in enumerate(cl, 1)]
    sign = LL(r, lang, fr=[f"Fait en deux exemplaires à {be_address(r, 'fr')[1][5:]}, le {fdate(r, rdate(r), 'fr')}.\nL'employeur                    Le travailleur", "Lu et approuvé\nSignature des parties"],
              nl=[f"Opgemaakt in twee exemplaren te {be_address(r, 'nl')[1][5:]} op {fdate(r, rdate(r), 'nl')}.\nDe werkgever                    De werknemer", "Gelezen en goedgekeurd\nHandtekeningen"],
              de=[f"Ausgefertigt in zwei Exemplaren in Eupen am {fdate(r, rdate(r), 'de')}.\nDer Arbeitgeber                Der Arbeitnehmer"],
              en=[f"Done in two originals in {be_address(r, 'en')[1][5:]} on {fdate(r, rdate(r), 'en')}.\nThe Employer                    The Employee", "Signed for agreement by both parties"])
    return [[title], [parties, agreed], numbered[: len(numbered) // 2], numbered[len(numbered) // 2:], [sign]]


@tpl("employment_contract", "offer_contract_en", ("en", "nl"))
def contract_short(r, lang):
    p = Person(r)
    if lang == "nl":
        return [[ch(r, "Arbeidsovereenkomst voor arbeiders", "ARBEIDSOVEREENKOMST SEIZOENSARBEID", "Arbeidsovereenkomst - deeltijdse tewerkstelling")],
                fields(r, [("Werkgever", company(r)), ("Ondernemingsnummer", enterprise_no(r)), ("Werknemer", p.name(r)), ("Nationaliteit", p.nationality(r, "nl")),
                           ("Functie", ch(r, JOBS["nl"])), ("Paritair comité", ch(r, "145.04 (tuinbouw)", "144 (landbouw)", "302 (horeca)", "111")),
                           ("Uurloon", money(r, r.uniform(14, 25), "nl")), ("Duur", ch(r, "van 1 april tot 31 augustus", "bepaalde tijd: 150 dagen", "onbepaalde duur"))]),
                ["Deze arbeidsovereenkomst is onderworpen aan de wet van 3 juli 1978.", "De tewerkstelling begint pas na toekenning van de gecombineerde vergunning.",
                 "Handtekening werkgever - handtekening werknemer"]]
    return [[ch(r, "EMPLOYMENT CONTRACT - KEY TERMS", "Employment contract for white-collar workers (translation)", "Contract of employment - highly skilled worker")],
            fields(r, [("Employer", company(r)), ("Employee", p.name(r)), ("Passport No.", p.passport), ("Position", ch(r, JOBS["en"])),
                       ("Joint committee", ch(r, "JC 200", "PC 200", "JC 111", "CP 124")), ("Annual gross salary", money(r, r.uniform(45000, 99000), "en", "en")),
                       ("Contract type", ch(r, "indefinite term", "fixed term of 24 months")), ("Start date", fdate(r, rdate(r), "en"))]),
            ["This contract is subject to the Belgian Law of 3 July 1978 on employment contracts and to the granting of the single permit.",
             "Both parties have signed this contract on the date stated above.", "Employer signature ______   Employee signature ______"]]


# ==========================================================================================
# diploma
DEGREES = {
    "fr": ["Master en sciences de l'ingénieur industriel", "Master en informatique", "Bachelier en soins infirmiers", "Master en sciences économiques",
           "Bachelier en comptabilité", "Master en chimie", "Docteur en sciences"],
    "nl": ["Master of Science in de ingenieurswetenschappen", "Master in de informatica", "Bachelor in de verpleegkunde", "Master in de economische wetenschappen",
           "Bachelor in de toegepaste informatica", "Master in de biochemie", "Doctor in de wetenschappen"],
    "de": ["Master of Science Informatik", "Bachelor of Engineering Maschinenbau", "Diplom-Ingenieur Elektrotechnik", "Master of Arts Betriebswirtschaft", "Bachelor of Science Chemie"],
    "en": ["Bachelor of Technology (Computer Science and Engineering)", "Master of Science in Mechanical Engineering", "Bachelor of Science in Nursing",
           "Master of Business Administration", "Bachelor of Engineering (Electronics)", "Master of Computer Applications", "Doctor of Philosophy in Chemistry",
           "Bachelor of Science in Information Technology", "Master of Science in Data Science"],
}


@tpl("diploma", "university", ("fr", "nl", "de", "en"))
def diploma(r, lang):
    p = Person(r)
    uni = ch(r, UNIS[lang])
    deg = ch(r, DEGREES[lang])
    d = rdate(r, date(2005, 6, 1), date(2025, 9, 30))
    grade = LL(r, lang, fr=["avec distinction", "avec grande distinction", "avec la plus grande distinction", "avec fruit", ""],
               nl=["met onderscheiding", "met grote onderscheiding", "met de grootste onderscheiding", "op voldoende wijze", ""],
               de=["mit Auszeichnung", "Gesamtnote: gut (1,7)", "sehr gut", ""],
               en=["with First Class Honours", "with Distinction", "First Division", "Cum Laude", "CGPA 8.4/10", ""])
    title = LL(r, lang, fr=["DIPLÔME", "Diplôme de master", "DIPLÔME DE BACHELIER", "Diplôme"], nl=["DIPLOMA", "Diploma van master", "GETUIGSCHRIFT", "Diploma"],
               de=["URKUNDE", "Masterurkunde", "DIPLOM", "Bachelorurkunde", "Zeugnis"], en=["DEGREE CERTIFICATE", "Diploma", "CERTIFICATE OF DEGREE", "Provisional Degree Certificate", "DIPLOMA"])
    body = LL(r, lang,
              fr=[f"Le jury, vu les épreuves subies, décerne à {p.name(r)}, né(e) à {p.birthplace} le {fdate(r, p.birth, 'fr')}, le grade académique de {deg} {grade}.",
                  f"Nous, Recteur de l'{uni}, attestons que {p.name(r)} a obtenu le diplôme de {deg}."],
              nl=[f"De examencommissie verleent aan {p.name(r)}, geboren te {p.birthplace} op {fdate(r, p.birth, 'nl')}, de graad van {deg} {grade}.",
                  f"Het diploma van {deg} wordt uitgereikt aan {p.name(r)}."],
              de=[f"Die Hochschule verleiht {p.name(r)}, geboren am {fdate(r, p.birth, 'de')} in {p.birthplace}, den akademischen Grad {deg} {grade}.",
                  f"Hiermit wird beurkundet, dass {p.name(r)} die Masterprüfung im Studiengang {deg} bestanden hat."],
              en=[f"This is to certify that {p.name(r)} has been admitted to the degree of {deg} {grade}, having passed the prescribed examinations.",
                  f"The Senate of the {uni} hereby confers upon {p.name(r)} the degree of {deg} {grade} with all rights and privileges thereto."])
    sig = LL(r, lang, fr=["Le Recteur        Le Doyen        Le Secrétaire du jury"], nl=["De rector        De decaan        De secretaris van de examencommissie"],
             de=["Der Präsident        Der Dekan"], en=["Vice-Chancellor        Registrar        Controller of Examinations"])
    return [[uni, title], [body], [fdate(r, d, lang), sig, maybe(r, .3, f"{ch(r, 'Reg. No.', 'N° ', 'Nr.', 'Roll No.')} {r.randint(10**5, 10**8)}"),
                                   maybe(r, .3, ch(r, "APOSTILLE", "Legalisation: Ministry of External Affairs", "Vu pour légalisation de la signature"))]]


@tpl("diploma", "translated_diploma", ("fr", "nl", "en"))
def diploma_tr(r, lang):
    p = Person(r)
    deg = ch(r, DEGREES["en"])
    return [[LL(r, lang, fr=["Traduction jurée", "TRADUCTION"], nl=["Beëdigde vertaling", "VERTALING"], en=["Sworn translation", "TRANSLATION"]),
             LL(r, lang, fr=["DIPLÔME D'ENSEIGNEMENT SUPÉRIEUR", "DIPLÔME DE LICENCE"], nl=["DIPLOMA HOGER ONDERWIJS", "DIPLOMA"], en=["HIGHER EDUCATION DIPLOMA", "DIPLOMA OF SPECIALIST"])],
            [LL(r, lang, fr=[f"{ch(r, UNIS['en'])} certifie que {p.name(r)} a achevé le programme {deg} et obtenu le diplôme."],
                nl=[f"{ch(r, UNIS['en'])} verklaart dat {p.name(r)} de opleiding {deg} met succes heeft voltooid en het diploma heeft behaald."],
                en=[f"{ch(r, UNIS['en'])} certifies that {p.name(r)} completed the programme {deg} and was awarded the diploma."]),
             f"{ch(r, 'Série', 'Reeks', 'Series')} {ch(r, 'AB', 'KB', 'MD')} {r.randint(100000, 999999)}"],
            [LL(r, lang, fr=["Le traducteur juré certifie la traduction conforme à l'original."], nl=["De beëdigd vertaler verklaart de vertaling conform het origineel."],
                en=["The sworn translator certifies this translation to be true to the original."])]]


# ==========================================================================================
# fee_payment_proof
BANKS = ["KBC", "BNP Paribas Fortis", "Belfius", "ING Belgique", "ING België", "Argenta", "Crelan", "bpost bank", "Beobank", "AXA Bank", "vdk bank", "Triodos"]
IO_IBAN = ["BE57 6792 0060 9235", "BE57679200609235", "BE57 6792 0060 9235", "BE 57 6792 0060 9235"]


def fee_ref(r, p, lang):
    d = p.birth
    return ch(r, f"{p.last} {p.first} {p.nationality(r, lang)} {d.day:02d}.{d.month:02d}.{d.year}",
              f"{p.last.upper()}{p.first.upper()}{p.cc}{d.day:02d}{d.month:02d}{d.year}",
              f"{p.last} {p.first} {p.cc} {d.day:02d}/{d.month:02d}/{d.year}",
              f"redevance {p.last} {p.first}", f"retributie {p.last} {p.first} {d.day:02d}.{d.month:02d}.{d.year}")


@tpl("fee_payment_proof", "bank_confirmation", ("fr", "nl", "de", "en"))
def fee_bank(r, lang):
    p = Person(r)
    bank = ch(r, BANKS)
    amt = ch(r, [144, 148, 150.0, 151, 148.0, 180.0, 153])
    d = rdate(r, date(2025, 1, 1), date(2026, 11, 28))
    title = LL(r, lang, fr=["Confirmation de virement", "Avis de débit", "Détail de l'opération", "Preuve de paiement", "Virement européen exécuté"],
               nl=["Bevestiging overschrijving", "Betalingsbewijs", "Detail verrichting", "Uitgevoerde overschrijving", "Debetbericht"],
               de=["Überweisungsbestätigung", "Zahlungsnachweis", "Zahlungsbestätigung", "Auftragsbestätigung SEPA-Überweisung"],
               en=["Transfer confirmation", "Payment confirmation", "Proof of payment", "Transaction details", "SEPA credit transfer executed"])
    ben = ch(r, "Office des étrangers", "Dienst Vreemdelingenzaken", "SPF Intérieur - Office des Etrangers", "FOD Binnenlandse Zaken DVZ",
             "DVZ - Retributies", "OE Redevances", "Immigration Office", "IBZ Office des étrangers")
    lab = {"fr": ("Compte donneur d'ordre", "Bénéficiaire", "Compte bénéficiaire", "BIC", "Montant", "Communication", "Date d'exécution", "Statut"),
           "nl": ("Rekening opdrachtgever", "Begunstigde", "Rekening begunstigde", "BIC", "Bedrag", "Mededeling", "Uitvoeringsdatum", "Status"),
           "de": ("Auftraggeberkonto", "Empfänger", "IBAN Empfänger", "BIC", "Betrag", "Verwendungszweck", "Ausführungsdatum", "Status"),
           "en": ("Debit account", "Beneficiary", "Beneficiary account", "BIC", "Amount", "Message / reference", "Execution date", "Status")}[lang]
    status = LL(r, lang, fr=["Exécuté", "Traité"], nl=["Uitgevoerd", "Verwerkt"], de=["Ausgeführt"], en=["Executed", "Completed"])
    flds = [(lab[0], iban_be(r)), (lab[1], ben), (lab[2], ch(r, IO_IBAN)), (lab[3], ch(r, "PCHQBEBB", "PCHQ BE BB", None)), (lab[4], money(r, amt, lang)),
            (lab[5], fee_ref(r, p, lang)), (lab[6], fdate(r, d, lang)), (lab[7], status)]
    if r.random() < .3:
        flds.insert(0, (LL(r, lang, fr="Donneur d'ordre", nl="Opdrachtgever", de="Auftraggeber", en="Ordering party"), ch(r, company(r), p.name(r))))
    extra = LL(r, lang, fr=["Ce document ne constitue pas un extrait de compte.", "Redevance administrative - demande de permis unique", ""],
               nl=["Dit document is geen rekeninguittreksel.", "Retributie aanvraag gecombineerde vergunning", ""],
               de=["Dieses Dokument ist kein Kontoauszug.", "Verwaltungsgebühr kombinierte Erlaubnis", ""],
               en=["This document is not a bank statement.", "Administrative fee for the single permit application", ""])
    return [[bank, title, maybe(r, .4, f"{ch(r, 'Réf.', 'Ref', 'Referenz')} {r.randint(10**9, 10**10)}")], fields(r, flds), [extra, maybe(r, .3, fdate(r, d, lang) + f" {r.randint(8, 19)}:{r.randint(10, 59)}")]]


@tpl("fee_payment_proof", "swift_foreign", ("en",))
def fee_swift(r, lang):
    p = Person(r)
    return [[ch(r, "State Bank of India", "BDO Unibank", "Ziraat Bankasi", "Attijariwafa bank", "Bank of China", "Access Bank Plc", "Banco do Brasil"),
             ch(r, "Outward Remittance Advice", "SWIFT MT103 Payment Confirmation", "Foreign Transfer Receipt", "Customer Credit Transfer")],
            fields(r, [("Ordering customer", p.name(r)), ("Beneficiary customer", ch(r, "OFFICE DES ETRANGERS", "DIENST VREEMDELINGENZAKEN", "IMMIGRATION OFFICE BELGIUM")),
                       ("Beneficiary IBAN", ch(r, IO_IBAN)), ("Beneficiary bank BIC", ch(r, "PCHQBEBB", "PCHQBEBBXXX")), ("Currency / amount", ch(r, "EUR 148.00", "EUR 144,00", "EUR 148,00")),
                       ("Remittance information", fee_ref(r, p, "en")), ("Value date", fdate(r, rdate(r), "en")), ("Charges", ch(r, "OUR", "SHA")),
                       ("UETR", f"{r.randint(10**7, 10**8):x}-{r.randint(1000, 9999)}-4{r.randint(100, 999)}")]),
            [ch(r, "Purpose: administrative fee Belgian residence application", "Purpose of remittance: visa / permit fee", "")]]


@tpl("fee_payment_proof", "app_screenshot", ("nl", "fr", "fr-nl"))
def fee_app(r, lang):
    p = Person(r)
    return [[ch(r, "KBC Mobile", "Belfius Mobile", "Easy Banking App", "ING Banking", "Argenta app"), LL(r, lang, fr=["Virement effectué", "Votre virement a été envoyé"], nl=["Overschrijving verzonden", "Uw overschrijving is uitgevoerd"])],
            [money(r, ch(r, [148, 144]), lang), LL(r, lang, fr=["vers"], nl=["naar"]), ch(r, "Dienst Vreemdelingenzaken", "Office des étrangers", "DVZ/OE"), ch(r, IO_IBAN),
             fee_ref(r, p, lang), fdate(r, rdate(r), lang)],
            [LL(r, lang, fr=["Redevance Office des étrangers"], nl=["Retributie DVZ"]), maybe(r, .5, "PCHQBEBB")]]


# ==========================================================================================
# health_insurance
MUTUALITIES = {
    "fr": ["Mutualité chrétienne", "Solidaris - Mutualité socialiste", "Partenamut", "Mutualité Libérale", "Mutualités Libres", "Mutualité neutre",
           "Caisse auxiliaire d'assurance maladie-invalidité (CAAMI)", "Helan (mutualité)"],
    "nl": ["Christelijke Mutualiteit (CM)", "Solidaris - Socialistische Mutualiteit", "Helan Onafhankelijk Ziekenfonds", "Liberale Mutualiteit", "Vlaams & Neutraal Ziekenfonds",
           "Hulpkas voor Ziekte- en Invaliditeitsverzekering (HZIV)", "Partena Ziekenfonds"],
    "de": ["Christliche Krankenkasse", "Sozialistische Krankenkasse", "Freie Krankenkasse", "Hilfskasse für Kranken- und Invalidenversicherung"],
}


@tpl("health_insurance", "mutuality_certificate", ("fr", "nl", "de", "fr-nl"))
def hi_mut(r, lang):
    p = Person(r)
    lg = base_lang(lang)
    mut = ch(r, MUTUALITIES[lg])
    title = LL(r, lang, fr=["Attestation d'affiliation", "ATTESTATION D'ASSURABILITÉ", "Attestation d'assurance maladie", "Certificat d'inscription - assurance soins de santé"],
               nl=["Attest van aansluiting", "ATTEST VAN VERZEKERBAARHEID", "Bewijs van ziektekostenverzekering", "Attest ziekteverzekering - geneeskundige verzorging"],
               de=["Mitgliedsbescheinigung", "Bescheinigung über die Krankenversicherung", "Versicherungsbescheinigung"])
    d0 = rdate(r, date(2023, 1, 1), date(2026, 10, 1))
    body = LL(r, lang, fr=[f"{mut} certifie que {p.name(r)}, né(e) le {fdate(r, p.birth, 'fr')}, NISS {p.nrn}, est affilié(e) depuis le {fdate(r, d0, 'fr')} et est en ordre d'assurance soins de santé obligatoire.",
                           "Nous attestons que la personne mentionnée ci-dessous bénéficie de l'assurance maladie-invalidité (soins de santé) en qualité de titulaire."],
              nl=[f"{mut} verklaart dat {p.name(r)}, geboren op {fdate(r, p.birth, 'nl')}, rijksregisternummer {p.nrn}, aangesloten is sinds {fdate(r, d0, 'nl')} en in orde is met de verplichte verzekering voor geneeskundige verzorging.",
                          "Wij bevestigen dat onderstaande persoon als gerechtigde verzekerd is voor geneeskundige verzorging."],
              de=[f"Die {mut} bescheinigt, dass {p.name(r)}, geboren am {fdate(r, p.birth, 'de')}, seit dem {fdate(r, d0, 'de')} Mitglied ist und Anspruch auf Gesundheitsleistungen hat."])
    flds = fields(r, [(L(lang, fr="Numéro d'affiliation", nl="Aansluitingsnummer", de="Mitgliedsnummer"), f"{r.randint(100, 999)}/{r.randint(1000000, 9999999)}"),
                      (L(lang, fr="Qualité", nl="Hoedanigheid", de="Eigenschaft"), LL(r, lang, fr=["titulaire", "personne à charge"], nl=["gerechtigde", "persoon ten laste"], de=["Berechtigter"])),
                      (L(lang, fr="Période de couverture", nl="Periode", de="Zeitraum"), f"{fdate(r, d0, lang, 'slash')} - 31/12/{d0.year + 1}"),
                      (L(lang, fr="Code titulaire", nl="CG1/CG2", de="Kode"), f"{ch(r, '110', '111', '120', '130')}/{ch(r, '110', '111', '130')}")])
    return [[mut, title], [body], flds, [f"{ch(r, 'Bruxelles', 'Liège', 'Antwerpen', 'Gent', 'Eupen')}, {fdate(r, rdate(r), lang)}",
                                          L(lang, fr="Le service Affiliations", nl="De dienst Inschrijvingen", de="Die Mitgliederabteilung")]]


@tpl("health_insurance", "private_policy", ("en", "fr", "nl", "de"))
def hi_private(r, lang):
    p = Person(r)
    ins = ch(r, "Allianz Care", "Cigna Global Health", "AXA Travel Insurance", "DKV Belgium", "April International", "Bupa Global", "Henner", "AG Insurance - Hospi")
    title = LL(r, lang, fr=["Attestation d'assurance soins de santé", "Certificat d'assurance maladie", "Attestation - police d'assurance santé"],
               nl=["Verzekeringsattest ziektekosten", "Ziektekostenverzekering - polisattest", "Attest hospitalisatie- en ziektekostenverzekering"],
               de=["Versicherungsbestätigung Krankenversicherung", "Versicherungsschein - Reisekrankenversicherung"],
               en=["Certificate of Health Insurance", "Insurance certificate", "Proof of health insurance cover", "Confirmation of cover"])
    d0 = rdate(r, date(2026, 1, 1), date(2026, 11, 1))
    d1 = d0 + timedelta(days=ch(r, 365, 730, 180))
    lab = L(lang, fr=["Assuré", "Police n°", "Validité", "Couverture", "Territoire"], nl=["Verzekerde", "Polisnummer", "Geldigheid", "Dekking", "Gebied"],
             de=["Versicherte Person", "Versicherungsnummer", "Gültigkeit", "Deckung", "Geltungsbereich"], en=["Insured", "Policy number", "Period of cover", "Cover", "Area"])
    return [[ins, title], [LL(r, lang, fr=[f"Nous certifions que {p.name(r)} est assuré(e) auprès de notre compagnie pour les frais médicaux, pharmaceutiques et d'hospitalisation en Belgique."],
                             nl=[f"Wij bevestigen dat {p.name(r)} bij ons verzekerd is voor medische, farmaceutische en hospitalisatiekosten in België."],
                             de=[f"Hiermit bestätigen wir, dass {p.name(r)} bei uns für ärztliche Behandlung, Arzneimittel und Krankenhausaufenthalt in Belgien versichert ist."],
                             en=[f"We hereby confirm that {p.name(r)} is insured with us for medical, pharmaceutical and hospital costs in Belgium and the Schengen area."])],
            fields(r, [(lab[0], p.name(r)), (lab[1], f"{ch(r, 'POL', 'HI', 'P')}-{r.randint(10**6, 10**8)}"), (lab[2], f"{fdate(r, d0, lang)} - {fdate(r, d1, lang)}"),
                       (lab[3], ch(r, "EUR 100,000", money(r, 1000000, lang), "unlimited", "illimitée", "onbeperkt")), (lab[4], ch(r, "Belgium / Schengen", "Europe", "Worldwide excl. USA")),
                       ("Passport", maybe(r, .4, p.passport, None))]),
            [ch(r, "Repatriation included.", "No waiting period.", "Franchise : 0 EUR", ""), f"{fdate(r, d0, lang)}"]]


@tpl("health_insurance", "employer_commitment", ("fr", "nl", "en"))
def hi_commit(r, lang):
    p = Person(r)
    emp = company(r)
    return [[emp, LL(r, lang, fr=["Engagement de l'employeur - assurance soins de santé", "Déclaration de prise en charge des soins de santé"],
                     nl=["Verbintenis van de werkgever - ziektekostenverzekering", "Verklaring tenlasteneming geneeskundige verzorging"],
                     en=["Employer's undertaking - health insurance cover", "Employer commitment regarding health insurance"])],
            [LL(r, lang, fr=[f"Le soussigné, {be_person(r)}, agissant pour {emp}, s'engage à couvrir {p.name(r)} (passeport {p.passport}) et les membres de sa famille par une assurance maladie couvrant l'ensemble des risques en Belgique jusqu'à son affiliation à une mutualité."],
                nl=[f"Ondergetekende, {be_person(r)}, handelend voor {emp}, verbindt zich ertoe {p.name(r)} (paspoort {p.passport}) en zijn/haar gezin te dekken met een ziektekostenverzekering voor alle risico's in België tot de aansluiting bij een ziekenfonds."],
                en=[f"The undersigned, {be_person(r)}, on behalf of {emp}, undertakes to provide {p.name(r)} (passport {p.passport}) and family members with health insurance covering all risks in Belgium until affiliation with a Belgian health insurance fund."])],
            [fdate(r, rdate(r), lang), LL(r, lang, fr=["Signature et cachet"], nl=["Handtekening en stempel"], en=["Signature and company stamp"])]]


# ==========================================================================================
# hosting_agreement
@tpl("hosting_agreement", "kb_2007_form", ("nl", "fr", "en", "de"))
def hosting(r, lang):
    p = Person(r)
    org = ch(r, RESEARCH_ORGS)
    title = LL(r, lang, fr=["CONVENTION D'ACCUEIL", "Convention d'accueil (chercheur)", "Convention d'accueil - annexe 2 de l'arrêté royal du 8 juin 2007"],
               nl=["GASTOVEREENKOMST", "Gastovereenkomst (onderzoeker)", "Gastovereenkomst - bijlage 2 bij het koninklijk besluit van 8 juni 2007"],
               de=["AUFNAHMEVEREINBARUNG", "Aufnahmevereinbarung für Forscher"], en=["HOSTING AGREEMENT", "Hosting agreement (researcher)", "Hosting Agreement for a third-country researcher"])
    intro = LL(r, lang, fr=["En vue de l'autorisation de séjour de plus de trois mois en Belgique d'un ressortissant d'un pays tiers invité en qualité de chercheur par un organisme de recherche agréé,",
                            "Vu la directive (UE) 2016/801 et la loi du 15 décembre 1980,"],
               nl=["Met het oog op de machtiging tot een verblijf van meer dan drie maanden in België van een onderdaan van een derde land, uitgenodigd als onderzoeker door een erkende onderzoeksinstelling,",
                   "Gezien richtlijn (EU) 2016/801 en de wet van 15 december 1980,"],
               de=["Im Hinblick auf den Aufenthalt von mehr als drei Monaten eines Drittstaatsangehörigen, der als Forscher von einer zugelassenen Forschungseinrichtung eingeladen wird,"],
               en=["With a view to the authorisation of stay of more than three months in Belgium of a third-country national invited as a researcher by an approved research organisation,",
                   "Having regard to Directive (EU) 2016/801 and the Law of 15 December 1980,"])
    lab = {"nl": ["Onderzoeksinstelling", "Hoofd van de instelling", "Naam onderzoeker", "Nationaliteit", "Paspoortnummer", "Titel van het onderzoeksproject", "Promotor", "Maandinkomen (bruto)", "Type inkomen", "Duur"],
           "fr": ["Organisme de recherche", "Responsable de l'organisme", "Nom du chercheur", "Nationalité", "N° de passeport", "Titre du projet de recherche", "Promoteur", "Revenu mensuel brut", "Type de revenu", "Durée"],
           "de": ["Forschungseinrichtung", "Leiter der Einrichtung", "Name des Forschers", "Staatsangehörigkeit", "Reisepassnummer", "Titel des Forschungsprojekts", "Projektleiter", "Monatliches Bruttoeinkommen", "Art des Einkommens", "Dauer"],
           "en": ["Research organisation", "Head of the organisation", "Researcher", "Nationality", "Passport number", "Title of the research project", "Supervisor", "Gross monthly income", "Type of income", "Duration"]}[lang]
    proj = ch(r, "Machine learning for protein folding", "Climate-resilient crops in the Sahel", "Quantum error correction", "Urban heat islands in Flanders",
              "Antimicrobial resistance surveillance", "Low-power neuromorphic chips", "Medieval manuscripts digitisation")
    d0 = rdate(r, date(2026, 1, 1), date(2027, 3, 1))
    flds = fields(r, [(lab[0], org), (lab[1], f"Prof. {be_person(r)}"), (lab[2], p.name(r)), (lab[3], p.nationality(r, lang)), (lab[4], p.passport),
                      (lab[5], proj), (lab[6], f"Prof. dr. {be_person(r)}"), (lab[7], money(r, r.uniform(2300, 4500), lang)),
                      (lab[8], LL(r, lang, fr=["salaire", "bourse"], nl=["salaris", "beurs"], de=["Gehalt", "Stipendium"], en=["salary", "scholarship", "grant"])),
                      (lab[9], f"{fdate(r, d0, lang)} - {fdate(r, d0 + timedelta(days=ch(r, 365, 730, 1095)), lang)}")])
    oblig = LL(r, lang, fr=["L'organisme de recherche s'engage à prendre en charge les frais de séjour et de retour du chercheur en cas de séjour illégal, et confirme que le chercheur dispose d'une assurance maladie."],
               nl=["De onderzoeksinstelling verbindt zich ertoe de verblijfs- en terugkeerkosten te dragen indien de onderzoeker illegaal op het grondgebied verblijft, en bevestigt dat de onderzoeker over een ziektekostenverzekering beschikt."],
               de=["Die Forschungseinrichtung verpflichtet sich, die Kosten für Aufenthalt und Rückkehr zu tragen."],
               en=["The research organisation undertakes to bear the costs of stay and return should the researcher remain illegally, and confirms the researcher holds health insurance."])
    sign = LL(r, lang, fr=["Fait en deux exemplaires. Pour l'organisme de recherche - Le chercheur"], nl=["Opgemaakt in twee exemplaren. Voor de onderzoeksinstelling - De onderzoeker"],
              de=["In zweifacher Ausfertigung. Für die Forschungseinrichtung - Der Forscher"], en=["Done in two copies. For the research organisation - The researcher"])
    return [[org, title], [intro], flds, [oblig], [sign, fdate(r, rdate(r), lang)]]


@tpl("hosting_agreement", "invitation_en", ("en",))
def hosting_letter(r, lang):
    p = Person(r)
    org = ch(r, RESEARCH_ORGS)
    return [[org, ch(r, "Department of Chemistry", "Faculty of Engineering Science", "Research Department", "Human Resources - International Researchers"),
             ch(r, "Hosting agreement concluded under Directive (EU) 2016/801", "Hosting agreement - researcher admission", "HOSTING AGREEMENT")],
            [f"{org}, approved research organisation (BELSPO approval no. {r.randint(100, 999)}), hosts {p.name(r)}, {p.nationality(r, 'en')}, passport {p.passport}, as a postdoctoral researcher.",
             f"Research project: {ch(r, 'Battery materials', 'Infectious disease modelling', 'Computer vision for agriculture')}. Duration: {ch(r, '24', '36', '12')} months.",
             "The researcher has sufficient resources and health insurance. The organisation is responsible for the costs of return."],
            ["Signed by the rector and by the researcher", fdate(r, rdate(r), "en")]]


# ==========================================================================================
# assignment_letter (ICT)
@tpl("assignment_letter", "ict_letter", ("en", "fr", "nl", "de"))
def ict(r, lang):
    p = Person(r)
    home = ch(r, FOREIGN_COMPANIES)
    host = company(r)
    grp = ch(r, GROUPS)
    d0 = rdate(r, date(2026, 1, 1), date(2027, 3, 1))
    months = ch(r, 12, 18, 24, 36)
    role = LL(r, lang, fr=["cadre", "spécialiste", "stagiaire salarié"], nl=["leidinggevende", "specialist", "stagiair-werknemer"], de=["Führungskraft", "Spezialist", "Trainee"],
              en=["manager", "specialist", "trainee employee"])
    title = LL(r, lang, fr=["LETTRE DE DÉTACHEMENT", "Lettre d'affectation - transfert temporaire intragroupe", "Lettre de mission (ICT)", "Objet : détachement intragroupe"],
               nl=["DETACHERINGSBRIEF", "Detacheringsbrief - overplaatsing binnen een onderneming", "Opdrachtbrief ICT", "Betreft: tijdelijke overplaatsing binnen de groep"],
               de=["ENTSENDUNGSSCHREIBEN", "Entsendungsschreiben - unternehmensinterner Transfer", "Betreff: Entsendung innerhalb der Unternehmensgruppe"],
               en=["ASSIGNMENT LETTER", "Letter of assignment - intra-corporate transfer", "International Assignment Letter", "Secondment letter", "Re: Intra-corporate transfer to Belgium"])
    body = LL(r, lang,
              fr=[f"Nous confirmons que {p.name(r)}, de nationalité {p.nationality(r, 'fr')}, passeport {p.passport}, actuellement employé(e) par {home}, sera détaché(e) auprès de {host} en Belgique en qualité de {role} à partir du {fdate(r, d0, 'fr')} pour une durée de {months} mois.",
                  f"Au terme du détachement, le travailleur réintégrera {home}. Il conserve son contrat de travail d'origine."],
              nl=[f"Wij bevestigen dat {p.name(r)}, nationaliteit {p.nationality(r, 'nl')}, paspoort {p.passport}, in dienst bij {home}, vanaf {fdate(r, d0, 'nl')} voor {months} maanden gedetacheerd wordt naar {host} in België als {role}.",
                  f"Na afloop van de detachering keert de werknemer terug naar {home}. De oorspronkelijke arbeidsovereenkomst blijft behouden."],
              de=[f"Wir bestätigen, dass {p.name(r)}, Staatsangehörigkeit {p.nationality(r, 'de')}, Reisepass {p.passport}, beschäftigt bei {home}, ab dem {fdate(r, d0, 'de')} für {months} Monate als {role} zu {host} in Belgien entsandt wird.",
                  f"Nach Ende der Entsendung kehrt der Arbeitnehmer zu {home} zurück."],
              en=[f"We confirm that {p.name(r)}, {p.nationality(r, 'en')} national, passport no. {p.passport}, currently employed by {home}, will be assigned to {host} in Belgium as a {role} from {fdate(r, d0, 'en')} for a period of {months} months.",
                  f"Upon completion of the assignment, the employee will return to {home}. The home-country employment contract remains in force during the assignment."])
    terms = LL(r, lang,
               fr=[f"Rémunération annuelle brute : {money(r, r.uniform(50000, 120000), 'fr')}, versée par l'entité d'origine.", "Allocations : logement, voyage aller-retour, frais de scolarité.",
                   f"Les deux entités appartiennent au groupe {grp}.", "Le travailleur reste assujetti à la sécurité sociale du pays d'origine (certificat de détachement)."],
               nl=[f"Bruto jaarloon: {money(r, r.uniform(50000, 120000), 'nl')}, betaald door de zendende entiteit.", "Vergoedingen: huisvesting, reis heen en terug.",
                   f"Beide entiteiten behoren tot de groep {grp}.", "De werknemer blijft onderworpen aan de sociale zekerheid van het land van herkomst."],
               de=[f"Bruttojahresgehalt: {money(r, r.uniform(50000, 120000), 'de')}.", f"Beide Gesellschaften gehören zur {grp}.", "Zulagen: Wohnung, Heimreise."],
               en=[f"Annual gross salary: {money(r, r.uniform(50000, 120000), 'en', 'en')}, paid by the home entity (split payroll: no).", "Allowances: housing, home leave flight, relocation.",
                   f"Both the sending and the host entity are part of the {grp}.", "Host manager: " + be_person(r), "Social security: home country (certificate of coverage)."])
    return [[home, maybe(r, .5, ", ".join(be_address(r, lang))), title], [body], terms, [f"{fdate(r, rdate(r), lang)}", f"{be_person(r)}, {ch(r, 'HR Director', 'Global Mobility Manager', 'DRH', 'HR-directeur', 'Personalleiter')}",
                                                                                     LL(r, lang, fr=["Lu et accepté par le travailleur"], nl=["Gelezen en goedgekeurd door de werknemer"], de=["Gelesen und akzeptiert"], en=["Acknowledged and accepted by the employee"])]]


# ==========================================================================================
# group_employment_proof
@tpl("group_employment_proof", "hr_certificate", ("en", "fr", "nl", "de"))
def grp_proof(r, lang):
    p = Person(r)
    home = ch(r, FOREIGN_COMPANIES)
    grp = ch(r, GROUPS)
    d0 = rdate(r, date(2014, 1, 1), date(2026, 5, 1))
    title = LL(r, lang, fr=["ATTESTATION D'EMPLOI AU SEIN DU GROUPE", "Attestation d'emploi", "Certificat d'ancienneté au sein du groupe", "Attestation de service - groupe"],
               nl=["TEWERKSTELLINGSATTEST BINNEN DE GROEP", "Attest van tewerkstelling binnen de groep", "Verklaring van dienstanciënniteit in de groep"],
               de=["BESCHÄFTIGUNGSNACHWEIS INNERHALB DER UNTERNEHMENSGRUPPE", "Bescheinigung über die Konzernzugehörigkeit", "Beschäftigungsbestätigung"],
               en=["PROOF OF EMPLOYMENT WITHIN THE GROUP", "Certificate of employment within the group", "Employment verification letter", "To whom it may concern - employment certificate",
                   "Confirmation of group employment"])
    body = LL(r, lang,
              fr=[f"Nous certifions que {p.name(r)}, passeport {p.passport}, est employé(e) par {home}, société membre du groupe {grp}, depuis le {fdate(r, d0, 'fr')} sans interruption, sous contrat à durée indéterminée.",
                  f"{p.name(r)} travaille au sein du groupe {grp} de manière ininterrompue depuis le {fdate(r, d0, 'fr')}, soit plus de trois mois avant le transfert."],
              nl=[f"Wij verklaren dat {p.name(r)}, paspoort {p.passport}, sinds {fdate(r, d0, 'nl')} ononderbroken in dienst is bij {home}, onderdeel van de groep {grp}.",
                  f"Betrokkene is zonder onderbreking tewerkgesteld binnen de groep {grp} sinds {fdate(r, d0, 'nl')}, dus langer dan drie maanden vóór de overplaatsing."],
              de=[f"Wir bestätigen, dass {p.name(r)}, Reisepass {p.passport}, seit dem {fdate(r, d0, 'de')} ununterbrochen bei {home}, einem Unternehmen der {grp}, beschäftigt ist.",
                  f"Die Beschäftigung innerhalb der Unternehmensgruppe {grp} besteht ohne Unterbrechung seit {fdate(r, d0, 'de')}."],
              en=[f"This is to certify that {p.name(r)}, passport no. {p.passport}, has been employed by {home}, a member of the {grp}, since {fdate(r, d0, 'en')} without interruption.",
                  f"We confirm that {p.name(r)} has worked continuously within the {grp} since {fdate(r, d0, 'en')}, i.e. for more than three months immediately preceding the intra-corporate transfer."])
    flds = fields(r, [(LL(r, lang, fr="Fonction actuelle", nl="Huidige functie", de="Derzeitige Position", en="Current position"), ch(r, JOBS["en"])),
                      (LL(r, lang, fr="Entité", nl="Entiteit", de="Gesellschaft", en="Legal entity"), home),
                      (LL(r, lang, fr="Employee ID", nl="Personeelsnummer", de="Personalnummer", en="Employee ID"), f"{r.randint(10000, 99999)}"),
                      (LL(r, lang, fr="Date d'entrée", nl="Datum indiensttreding", de="Eintrittsdatum", en="Date of joining"), fdate(r, d0, lang))])
    return [[home, title], [body], flds, [LL(r, lang, fr=["Cette attestation est délivrée en vue d'une demande de permis unique (ICT)."], nl=["Dit attest wordt afgeleverd voor een aanvraag ICT-vergunning."],
                                              de=["Diese Bescheinigung dient dem Antrag auf eine ICT-Erlaubnis."], en=["This letter is issued for the purpose of an ICT permit application in Belgium.", "Issued upon request of the employee."]),
                                           f"{be_person(r) if r.random() < .3 else ch(r, FIRST) + ' ' + ch(r, LAST)}, {ch(r, 'HR Manager', 'Head of HR', 'Responsable RH', 'HR-manager')}", fdate(r, rdate(r), lang)]]


@tpl("group_employment_proof", "payroll_history", ("en",))
def grp_history(r, lang):
    p = Person(r)
    _home = ch(r, FOREIGN_COMPANIES)  # still drawn: the texts after it must stay the same
    grp = ch(r, GROUPS)
    rows = []
    d = rdate(r, date(2016, 1, 1), date(2024, 1, 1))
    for k in range(r.randint(2, 5)):
        d2 = d + timedelta(days=r.randint(200, 900))
        rows.append(f"{fdate(r, d, 'en', 'slash')} - {fdate(r, d2, 'en', 'slash') if k < 4 else 'present'}   {ch(r, FOREIGN_COMPANIES)}   {ch(r, JOBS['en'])}")
        d = d2 + timedelta(days=1)
    return [[grp, ch(r, "Group HR Shared Services", "Global Mobility"), ch(r, "Employment history within the group", "Statement of service - group companies", "Group employment record")],
            fields(r, [("Employee", p.name(r)), ("Passport", p.passport), ("Nationality", p.nationality(r, "en"))]),
            ["Period   Company   Position"] + rows,
            [ch(r, "No interruption of service between the assignments listed above.", "Continuous service within the group: yes."), f"Certified by {ch(r, FIRST)} {ch(r, LAST)}, Group HR"]]


# ==========================================================================================
# residence_permit
@tpl("residence_permit", "be_card_front", ("fr-nl", "nl", "fr", "de", "en"))
def rp_card(r, lang):
    p = Person(r)
    card = ch(r, ["A", "B", "K", "L", "EU Blue Card", "H", "F", "F+"])
    title = LL(r, lang, fr=["TITRE DE SÉJOUR", "CARTE DE SÉJOUR", "Titre de séjour - Carte A", "PERMIS DE SÉJOUR"], nl=["VERBLIJFSTITEL", "VERBLIJFSKAART", "VERBLIJFSVERGUNNING", "Verblijfstitel - A-kaart"],
               de=["AUFENTHALTSTITEL", "AUFENTHALTSKARTE", "Aufenthaltserlaubnis"], en=["RESIDENCE PERMIT", "RESIDENCE CARD", "Residence permit - single permit"])
    country = ch(r, "BELGIQUE BELGIË BELGIEN", "BELGIË BELGIQUE BELGIEN BELGIUM", "BELGIQUE - BELGIË", "KONINKRIJK BELGIË")
    exp = rdate(r, date(2026, 6, 1), date(2031, 12, 1))
    lab = ch(r, [["NOM / NAAM", "PRÉNOMS / VOORNAMEN", "NATIONALITÉ / NATIONALITEIT", "DATE DE NAISSANCE / GEBOORTEDATUM", "SEXE / GESLACHT", "VALABLE JUSQU'AU / GELDIG TOT", "TYPE DE PERMIS / TYPE VERGUNNING", "REMARQUES / OPMERKINGEN"],
                 ["Name", "Vornamen", "Staatsangehörigkeit", "Geburtsdatum", "Geschlecht", "Gültig bis", "Art des Titels", "Anmerkungen"],
                 ["Surname", "Given names", "Nationality", "Date of birth", "Sex", "Valid until", "Type of permit", "Remarks"]])
    remark = ch(r, "Accès au marché du travail : limité", "Accès au marché du travail : illimité", "Toegang tot de arbeidsmarkt: beperkt", "Arbeidsmarkt: onbeperkt",
                "A. Séjour limité", "B. Séjour illimité", "K. Établissement / Vestiging", "L. Résident de longue durée - UE / Langdurig ingezetene - EU",
                "Marché du travail : limité", "Arbeidsmarkt: beperkt", "Arbeitsmarkt: unbeschränkt", "Labour market: limited", "GECOMBINEERDE VERGUNNING",
                "PERMIS UNIQUE", "Single permit", "Carte bleue européenne", "ICT", "Chercheur / Onderzoeker", "")
    vals = [p.last.upper(), p.first, p.cc, fdate(r, p.birth, "fr", ch(r, "dot", "slash")), p.sex, fdate(r, exp, "fr", ch(r, "dot", "slash")), card, remark]
    body = fields(r, list(zip(lab, vals)))
    num = f"{ch(r, 'B', 'C', 'A')}{r.randint(10**9, 10**10 - 1)}"
    mrz = [f"I{ch(r, 'R', 'D', 'P')}BEL{num}<<<<<<<<<<<<<<<"[:30], f"{p.birth.strftime('%y%m%d')}{r.randint(0, 9)}{p.sex}{exp.strftime('%y%m%d')}{r.randint(0, 9)}{p.cc}<<<<<<<<<<<{r.randint(0, 9)}"[:30],
           (f"{p.last.upper()}<<{p.first.upper()}".replace(" ", "<") + "<" * 30)[:30]]
    return [[country, title, maybe(r, .6, f"{ch(r, 'Carte', 'Kaart', 'Karte', 'Card')} {card}")], body, [num] + (mrz if r.random() < .5 else [])]


@tpl("residence_permit", "be_card_back", ("fr-nl", "de", "en"))
def rp_back(r, lang):
    p = Person(r)
    zipc, fr, nl = r.choice(BE_CITIES)
    return [[LL(r, lang, fr="Titre de séjour / Verblijfstitel", de="Aufenthaltstitel", en="Residence permit"), ch(r, "A - séjour limité / beperkt verblijf", "B - séjour illimité / onbeperkt verblijf", "Carte A", "A-kaart")],
            fields(r, [(LL(r, lang, fr="Lieu et date de délivrance / Plaats en datum van afgifte", de="Ort und Datum der Ausstellung", en="Place and date of issue"), f"{fr} {fdate(r, rdate(r), 'fr', 'dot')}"),
                       (LL(r, lang, fr="Adresse / Adres", de="Adresse", en="Address"), ", ".join(be_address(r, lang))),
                       (LL(r, lang, fr="N° national / Rijksregisternr.", de="Nationalregisternummer", en="National number"), p.nrn)]),
            [ch(r, "Accès au marché du travail: limité - voir permis unique", "Toegang arbeidsmarkt: beperkt tot werkgever", "Remarques: travailleur hautement qualifié", ""),
             f"{ch(r, 'B', 'C')}{r.randint(10**9, 10**10 - 1)}"]]


@tpl("residence_permit", "electronic_card_scan", ("fr", "nl"))
def rp_scan(r, lang):
    p = Person(r)
    return [[L(lang, fr="Carte électronique pour étrangers - carte A", nl="Elektronische vreemdelingenkaart - A-kaart"),
             L(lang, fr="Certificat d'inscription au registre des étrangers - séjour temporaire", nl="Bewijs van inschrijving in het vreemdelingenregister - tijdelijk verblijf")],
            [p.name(r, "LAST First"), p.cc, fdate(r, p.birth, lang, "dot"), L(lang, fr="valable jusqu'au", nl="geldig tot") + " " + fdate(r, rdate(r, date(2026, 12, 1), date(2029, 12, 1)), lang, "dot")],
            [L(lang, fr="Titre de séjour délivré conformément au règlement (UE) 2017/1954", nl="Verblijfstitel uitgereikt overeenkomstig verordening (EU) 2017/1954"), maybe(r, .5, "PERMIS UNIQUE / GECOMBINEERDE VERGUNNING")]]


# ==========================================================================================
# payslip
@tpl("payslip", "be_payslip", ("fr", "nl", "de", "en"))
def payslip(r, lang):
    p = Person(r)
    emp = company(r)
    gross = r.uniform(2400, 9000)
    onss = gross * 0.1307
    taxable = gross - onss
    pp = taxable * r.uniform(0.18, 0.35)
    net = taxable - pp - r.uniform(0, 40)
    m = r.randint(1, 12)
    y = ch(r, 2025, 2026)
    title = LL(r, lang, fr=["FICHE DE PAIE", "Fiche de salaire", "Bulletin de paie", "DÉCOMPTE DE RÉMUNÉRATION", "Fiche de rémunération mensuelle"],
               nl=["LOONBRIEF", "Loonstrook", "Loonfiche", "LOONAFREKENING", "Afrekening bezoldiging"], de=["LOHNABRECHNUNG", "Gehaltsabrechnung", "Lohnzettel", "Verdienstabrechnung"],
               en=["PAYSLIP", "Pay slip", "Salary statement", "Monthly pay statement", "Earnings statement"])
    sec = ch(r, "SD Worx", "Securex", "Partena Professional", "Acerta", "Liantis", "Group S", "UCM", "Attentia", "")
    lab = {"fr": ["Salaire de base", "Brut", "Cotisation ONSS travailleur 13,07 %", "Imposable", "Précompte professionnel", "Cotisation spéciale sécurité sociale", "Net à payer", "Période", "Commission paritaire", "Date d'entrée", "Chèques-repas"],
           "nl": ["Basisloon", "Brutoloon", "RSZ-bijdrage werknemer 13,07 %", "Belastbaar", "Bedrijfsvoorheffing", "Bijzondere bijdrage sociale zekerheid", "Nettoloon", "Periode", "Paritair comité", "Datum indiensttreding", "Maaltijdcheques"],
           "de": ["Grundgehalt", "Bruttolohn", "LSS-Beitrag Arbeitnehmer 13,07 %", "Steuerpflichtig", "Berufssteuervorabzug", "Sonderbeitrag soziale Sicherheit", "Nettolohn", "Zeitraum", "Paritätische Kommission", "Eintrittsdatum", "Mahlzeitschecks"],
           "en": ["Base salary", "Gross pay", "Employee social security (ONSS/RSZ) 13.07%", "Taxable", "Withholding tax (précompte professionnel)", "Special social security contribution", "Net pay", "Period", "Joint committee", "Start date", "Meal vouchers"]}[lang]
    per = f"{MONTHS[lang][m - 1]} {y}" if r.random() < .6 else f"{m:02d}/{y}"
    st = ch(r, "be", "be_nocur", "en", "be_sym")
    lines = [f"{lab[0]}  {money(r, gross, lang, st)}", f"{lab[1]}  {money(r, gross, lang, st)}", f"{lab[2]}  -{money(r, onss, lang, st)}",
             f"{lab[3]}  {money(r, taxable, lang, st)}", f"{lab[4]}  -{money(r, pp, lang, st)}", maybe(r, .6, f"{lab[5]}  -{money(r, r.uniform(5, 60), lang, st)}"),
             maybe(r, .4, f"{lab[10]}  {r.randint(18, 22)} x 8,00"), f"{lab[6]}  {money(r, net, lang, st)}"]
    head = fields(r, [(lab[7], per), (ch(r, "Employeur", "Werkgever", "Arbeitgeber", "Employer"), emp), ("BCE/KBO", maybe(r, .5, enterprise_no(r), None)),
                      (ch(r, "Travailleur", "Werknemer", "Arbeitnehmer", "Employee"), p.name(r)), (lab[8], ch(r, "200", "124", "111", "302")),
                      (lab[9], fdate(r, rdate(r, date(2020, 1, 1), date(2026, 1, 1)), lang)), ("IBAN", maybe(r, .5, iban_be(r), None)),
                      (L(lang, fr="N° ONSS", nl="RSZ-nr.", de="LSS-Nr.", en="ONSS no."), maybe(r, .4, f"{r.randint(100000, 999999)}-{r.randint(10, 99)}", None))])
    foot = LL(r, lang, fr=["Contrat : employé à durée indéterminée - régime 38h/semaine", "Virement effectué le " + fdate(r, rdate(r), lang), ""],
              nl=["Contract: bediende onbepaalde duur - 38u/week", "Overgeschreven op " + fdate(r, rdate(r), lang), ""],
              de=["Vertrag: Angestellter unbefristet", ""], en=["Contract: open-ended employment contract, full time", "Paid by transfer on " + fdate(r, rdate(r), lang), ""])
    return [[maybe(r, .6, sec), title, per], head, lines, [foot]]


@tpl("payslip", "individual_account", ("fr", "nl", "de"))
def indiv_account(r, lang):
    p = Person(r)
    y = ch(r, 2022, 2023, 2024, 2025)
    title = LL(r, lang, fr=["COMPTE INDIVIDUEL", f"Compte individuel {y}", "Compte individuel du travailleur (AR du 8 août 1980)"],
               nl=["INDIVIDUELE REKENING", f"Individuele rekening {y}", "Individuele rekening werknemer (KB 8 augustus 1980)"],
               de=["INDIVIDUELLES KONTO", f"Individuelles Konto {y}"])
    rows = []
    tot = 0
    for mth in range(1, 13):
        g = r.uniform(2800, 6000)
        tot += g
        rows.append(f"{MONTHS[lang][mth - 1][:4]}  {r.randint(19, 23)}  {money(r, g, lang, 'be_nocur')}  {money(r, g * .1307, lang, 'be_nocur')}  {money(r, g * .6, lang, 'be_nocur')}")
    hdr = L(lang, fr="Mois  Jours  Brut  ONSS  Net", nl="Maand  Dagen  Bruto  RSZ  Netto", de="Monat  Tage  Brutto  LSS  Netto")
    return [[company(r), title], fields(r, [(L(lang, fr="Travailleur", nl="Werknemer", de="Arbeitnehmer"), p.name(r)), ("NISS/INSZ", p.nrn),
                                           (L(lang, fr="Commission paritaire", nl="Paritair comité", de="Paritätische Kommission"), ch(r, "200", "124", "111"))]),
            [hdr] + r.sample(rows, r.randint(4, 12)), [f"Total {money(r, tot, lang)}", L(lang, fr="Précompte professionnel retenu", nl="Ingehouden bedrijfsvoorheffing", de="Einbehaltener Steuervorabzug") + f" {money(r, tot * .25, lang)}"]]


# ==========================================================================================
# vacancy_proof
@tpl("vacancy_proof", "public_service_posting", ("nl", "fr", "de", "en"))
def vacancy(r, lang):
    emp = company(r)
    svc = {"nl": ch(r, "VDAB", "VDAB - Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding", "vdab.be", "VDAB Werkgeversdienst"),
           "fr": ch(r, "Actiris", "Le Forem", "FOREM", "Actiris - Office régional bruxellois de l'emploi", "leforem.be"),
           "de": ch(r, "Arbeitsamt der Deutschsprachigen Gemeinschaft (ADG)", "ADG Ostbelgien", "Arbeitsamt der DG"),
           "en": ch(r, "EURES - European Job Mobility Portal", "EURES", "VDAB (English version)", "Actiris")}[lang]
    job = ch(r, JOBS[lang])
    d0 = rdate(r, date(2025, 6, 1), date(2026, 10, 1))
    d1 = d0 + timedelta(weeks=ch(r, 5, 6, 9, 10, 12))
    title = LL(r, lang, fr=["Offre d'emploi", "Preuve de publication - Offre d'emploi", "Votre offre d'emploi a été publiée", "Preuve de diffusion de l'offre"],
               nl=["Vacature", "Bewijs van publicatie van de vacature", "Uw vacature is gepubliceerd", "Vacaturedetail"],
               de=["Stellenangebot", "Stellenausschreibung", "Bestätigung der Veröffentlichung des Stellenangebots"],
               en=["Job vacancy", "Vacancy details", "Proof of publication of the vacancy", "Job offer published on EURES"])
    lab = {"nl": ["Vacaturenummer", "Functie", "Werkgever", "Plaats", "Gepubliceerd op", "Publicatie tot", "Contract", "Profiel", "Solliciteren"],
           "fr": ["Référence de l'offre", "Fonction", "Employeur", "Lieu", "Publiée le", "Date de fin de publication", "Contrat", "Profil", "Postuler"],
           "de": ["Angebotsnummer", "Stelle", "Arbeitgeber", "Ort", "Veröffentlicht am", "Veröffentlicht bis", "Vertrag", "Profil", "Bewerbung"],
           "en": ["Vacancy ID", "Job title", "Employer", "Location", "Published on", "Publication end date", "Contract", "Requirements", "How to apply"]}[lang]
    flds = fields(r, [(lab[0], f"{r.randint(10**6, 10**8)}"), (lab[1], job), (lab[2], emp), (lab[3], be_address(r, lang)[1]),
                      (lab[4], fdate(r, d0, lang)), (lab[5], fdate(r, d1, lang)),
                      (lab[6], LL(r, lang, fr=["CDI temps plein", "CDD 12 mois"], nl=["vast contract, voltijds", "tijdelijk"], de=["unbefristet, Vollzeit"], en=["permanent, full-time"]))])
    desc = LL(r, lang, fr=[f"Nous recherchons un(e) {job} motivé(e). Vous disposez d'au moins 3 ans d'expérience. Connaissance du français, l'anglais est un atout.",
                           "Votre offre est visible sur le site et transmise à EURES pendant toute la durée de publication."],
              nl=[f"Wij zoeken een gemotiveerde {job}. Je hebt minstens 3 jaar ervaring. Kennis van het Nederlands is een pluspunt.",
                  "Deze vacature werd ook doorgestuurd naar EURES en blijft online gedurende de volledige publicatieperiode."],
              de=[f"Wir suchen einen {job} (m/w/d). Berufserfahrung erwünscht, Deutsch- und Französischkenntnisse."],
              en=[f"We are looking for an experienced {job}. Minimum 3 years' experience. English required.", "This vacancy is published on the EURES portal in all EU/EEA countries."])
    return [[svc, title], flds, [desc], [LL(r, lang, fr=["Imprimé le " + fdate(r, d1, lang)], nl=["Afgedrukt op " + fdate(r, d1, lang)], de=["Gedruckt am " + fdate(r, d1, lang)], en=["Printed " + fdate(r, d1, lang)])]]


@tpl("vacancy_proof", "publication_email", ("nl", "fr", "en"))
def vacancy_mail(r, lang):
    job = ch(r, JOBS[lang])
    d0 = rdate(r, date(2025, 6, 1), date(2026, 10, 1))
    svc = ch(r, {"nl": ["VDAB"], "fr": ["Actiris", "Le Forem"], "en": ["EURES", "VDAB", "Actiris"]}[lang])
    return [[f"{L(lang, fr='De', nl='Van', en='From')}: {ch(r, 'no-reply', 'werkgevers', 'employeurs')}@{svc.lower().replace(' ', '')}.be",
             f"{L(lang, fr='Objet', nl='Onderwerp', en='Subject')}: " + LL(r, lang, fr=["Confirmation de publication de votre offre d'emploi"], nl=["Bevestiging publicatie vacature"], en=["Your vacancy has been published"])],
            [LL(r, lang, fr=[f"Votre offre d'emploi « {job} » (réf. {r.randint(10**6, 10**7)}) a été publiée le {fdate(r, d0, lang)} sur le site de {svc} et relayée sur EURES."],
                nl=[f"Uw vacature '{job}' (nr. {r.randint(10**6, 10**7)}) staat sinds {fdate(r, d0, lang)} online op vdab.be en werd doorgestuurd naar EURES."],
                en=[f"Your vacancy '{job}' (ref. {r.randint(10**6, 10**7)}) was published on {fdate(r, d0, lang)} with {svc} and shared with EURES."]),
             LL(r, lang, fr=["Durée de publication : 5 semaines minimum."], nl=["Publicatieduur: minstens 9 weken."], en=["Publication period: at least 9 weeks."])],
            [company(r), maybe(r, .5, f"{ch(r, 'Candidatures reçues', 'Aantal sollicitaties', 'Applications received')}: {r.randint(0, 30)}")]]


# ==========================================================================================
# order_to_leave / entry_ban
def _io_header(r, lang):
    return LL(r, lang, fr=["ROYAUME DE BELGIQUE\nSPF Intérieur\nOffice des étrangers", "Office des étrangers", "SPF Intérieur - Direction générale Office des étrangers"],
              nl=["KONINKRIJK BELGIË\nFOD Binnenlandse Zaken\nDienst Vreemdelingenzaken", "Dienst Vreemdelingenzaken", "FOD Binnenlandse Zaken - Algemene Directie Dienst Vreemdelingenzaken"],
              de=["KÖNIGREICH BELGIEN\nFÖD Inneres\nAusländeramt", "Ausländeramt", "Föderaler Öffentlicher Dienst Inneres - Ausländeramt"],
              en=["KINGDOM OF BELGIUM\nFPS Home Affairs\nImmigration Office", "Immigration Office (translation)"])


@tpl("order_to_leave", "annex13", ("fr", "nl", "de", "en"))
def otl(r, lang):
    p = Person(r)
    ann = ch(r, "13", "13", "13", "12", "13bis", "13septies")
    annexe = LL(r, lang, fr=f"ANNEXE {ann}", nl=f"BIJLAGE {ann}", de=f"ANLAGE {ann}", en=f"ANNEX {ann}")
    title = LL(r, lang, fr=["ORDRE DE QUITTER LE TERRITOIRE", "Ordre de quitter le territoire", "Décision de refus de séjour avec ordre de quitter le territoire",
                            "ORDRE DE QUITTER LE TERRITOIRE AVEC MAINTIEN EN VUE D'ÉLOIGNEMENT"],
               nl=["BEVEL OM HET GRONDGEBIED TE VERLATEN", "Bevel om het grondgebied te verlaten", "Beslissing tot weigering van verblijf met bevel om het grondgebied te verlaten",
                   "BEVEL OM HET GRONDGEBIED TE VERLATEN MET VASTHOUDING MET HET OOG OP VERWIJDERING"],
               de=["ANWEISUNG, DAS STAATSGEBIET ZU VERLASSEN", "Anweisung, das Staatsgebiet zu verlassen", "Entscheidung über die Verweigerung des Aufenthalts mit Anweisung, das Staatsgebiet zu verlassen"],
               en=["ORDER TO LEAVE THE TERRITORY", "Order to leave the territory", "Decision refusing residence with an order to leave the territory"])
    days = ch(r, 30, 30, 7, 0, 15)
    body = LL(r, lang,
              fr=[f"Il est enjoint à {ch(r, 'Monsieur', 'Madame')} {p.name(r)}, né(e) à {p.birthplace} le {fdate(r, p.birth, 'fr')}, de nationalité {p.nationality(r, 'fr')}, de quitter le territoire de la Belgique, ainsi que le territoire des États qui appliquent entièrement l'acquis de Schengen, sauf s'il/elle possède les documents requis pour s'y rendre, dans les {days} jours de la notification de la présente décision."],
              nl=[f"Aan {ch(r, 'de heer', 'mevrouw')} {p.name(r)}, geboren te {p.birthplace} op {fdate(r, p.birth, 'nl')}, van {p.nationality(r, 'nl')}e nationaliteit, wordt het bevel gegeven om het grondgebied van België te verlaten, evenals het grondgebied van de staten die het Schengenacquis ten volle toepassen, tenzij hij/zij beschikt over de documenten die vereist zijn om er zich naar toe te begeven, binnen {days} dagen na de kennisgeving van deze beslissing."],
              de=[f"{ch(r, 'Herrn', 'Frau')} {p.name(r)}, geboren in {p.birthplace} am {fdate(r, p.birth, 'de')}, Staatsangehörigkeit {p.nationality(r, 'de')}, wird angewiesen, das Staatsgebiet Belgiens sowie das Staatsgebiet der Staaten, die den Schengen-Besitzstand vollständig anwenden, binnen {days} Tagen nach Notifizierung dieses Beschlusses zu verlassen."],
              en=[f"{p.name(r)}, born in {p.birthplace} on {fdate(r, p.birth, 'en')}, {p.nationality(r, 'en')} national, is ordered to leave the territory of Belgium and of the States fully applying the Schengen acquis, unless he/she holds the documents required to go there, within {days} days of notification of this decision."])
    reasons = LL(r, lang,
                 fr=["MOTIF DE LA DÉCISION : article 7, alinéa 1er, 1° de la loi du 15 décembre 1980 : l'intéressé(e) demeure dans le Royaume sans être porteur des documents requis.",
                     "L'intéressé(e) n'est pas en possession d'un passeport revêtu d'un visa valable.", "Le délai de séjour autorisé est dépassé."],
                 nl=["REDEN VAN DE BESLISSING: artikel 7, eerste lid, 1° van de wet van 15 december 1980: betrokkene verblijft in het Rijk zonder houder te zijn van de vereiste documenten.",
                     "Betrokkene is niet in het bezit van een geldig paspoort voorzien van een geldig visum.", "De toegestane verblijfsduur werd overschreden."],
                 de=["BEGRÜNDUNG: Artikel 7 Absatz 1 Nr. 1 des Gesetzes vom 15. Dezember 1980: die betreffende Person hält sich ohne die erforderlichen Dokumente im Königreich auf."],
                 en=["GROUNDS: Article 7, first paragraph, 1° of the Law of 15 December 1980: the person concerned stays in the Kingdom without the required documents."])
    ban = LL(r, lang, fr=["La présente décision peut être assortie d'une interdiction d'entrée (annexe 13sexies).", "Une interdiction d'entrée pourra être imposée si le présent ordre n'est pas exécuté.", ""],
             nl=["Deze beslissing kan gepaard gaan met een inreisverbod (bijlage 13sexies).", "Indien dit bevel niet wordt uitgevoerd, kan een inreisverbod worden opgelegd.", ""],
             de=["Dieser Beschluss kann mit einem Einreiseverbot (Anlage 13sexies) einhergehen.", ""],
             en=["This decision may be accompanied by an entry ban (annex 13sexies).", ""])
    appeal = LL(r, lang, fr=["Un recours en suspension et en annulation peut être introduit devant le Conseil du Contentieux des Étrangers dans les 30 jours de la notification."],
                nl=["Tegen deze beslissing kan binnen 30 dagen na kennisgeving een beroep tot schorsing en nietigverklaring worden ingediend bij de Raad voor Vreemdelingenbetwistingen."],
                de=["Gegen diesen Beschluss kann binnen 30 Tagen beim Rat für Ausländerstreitsachen Beschwerde eingelegt werden."],
                en=["An appeal may be lodged with the Council for Alien Law Litigation within 30 days of notification."])
    when = rdate(r, date(2025, 1, 1), date(2026, 11, 20))
    foot = [LL(r, lang, fr=[f"Fait à Bruxelles, le {fdate(r, when, 'fr')}"], nl=[f"Brussel, {fdate(r, when, 'nl')}"], de=[f"Brüssel, den {fdate(r, when, 'de')}"], en=[f"Brussels, {fdate(r, when, 'en')}"]),
            LL(r, lang, fr=["Pour le Secrétaire d'État à l'Asile et la Migration", "Le délégué de la Ministre"], nl=["Voor de Staatssecretaris voor Asiel en Migratie", "De gemachtigde van de minister"],
               de=["Für den Staatssekretär für Asyl und Migration"], en=["For the State Secretary for Asylum and Migration"]),
            f"{ch(r, 'SP', 'OE', 'DVZ', 'Ref.')} {r.randint(1000000, 9999999)}", maybe(r, .4, LL(r, lang, fr=["Notifié le"], nl=["Betekend op"], de=["Notifiziert am"], en=["Notified on"]) + " " + fdate(r, when + timedelta(days=r.randint(1, 20)), lang))]
    return [[_io_header(r, lang), annexe, title], [body], [reasons, ban], [appeal], foot]


@tpl("order_to_leave", "notification_police", ("fr", "nl"))
def otl_notif(r, lang):
    p = Person(r)
    return [[L(lang, fr="Zone de police " + ch(r, "Bruxelles-Capitale Ixelles", "Liège", "Charleroi"), nl="Politiezone " + ch(r, "Antwerpen", "Gent", "Leuven")),
             L(lang, fr="Notification d'un ordre de quitter le territoire (annexe 13)", nl="Kennisgeving van een bevel om het grondgebied te verlaten (bijlage 13)")],
            [L(lang, fr=f"Ce jour, nous avons notifié à {p.name(r)} ({p.nationality(r, 'fr')}) l'ordre de quitter le territoire pris par l'Office des étrangers.",
               nl=f"Heden werd aan {p.name(r)} ({p.nationality(r, 'nl')}) het bevel om het grondgebied te verlaten van de Dienst Vreemdelingenzaken betekend."),
             L(lang, fr="L'intéressé(e) a été informé(e) des possibilités de retour volontaire (Fedasil).", nl="Betrokkene werd geïnformeerd over vrijwillige terugkeer (Fedasil).")],
            [L(lang, fr="Signature de l'intéressé(e)", nl="Handtekening betrokkene"), fdate(r, rdate(r), lang)]]


@tpl("entry_ban", "annex13sexies", ("fr", "nl", "de", "en"))
def entry_ban(r, lang):
    p = Person(r)
    years = ch(r, 2, 3, 3, 5, 8)
    annexe = LL(r, lang, fr=["ANNEXE 13sexies", "Annexe 13 sexies"], nl=["BIJLAGE 13sexies", "Bijlage 13 sexies"], de=["ANLAGE 13sexies"], en=["ANNEX 13sexies"])
    title = LL(r, lang, fr=["INTERDICTION D'ENTRÉE", "Interdiction d'entrée", "DÉCISION D'INTERDICTION D'ENTRÉE"], nl=["INREISVERBOD", "Inreisverbod", "BESLISSING INREISVERBOD"],
               de=["EINREISEVERBOT", "Einreiseverbot"], en=["ENTRY BAN", "Entry ban", "DECISION IMPOSING AN ENTRY BAN"])
    body = LL(r, lang,
              fr=[f"Une interdiction d'entrée d'une durée de {years} ans est imposée à {p.name(r)}, né(e) le {fdate(r, p.birth, 'fr')}, de nationalité {p.nationality(r, 'fr')}, sur le territoire belge ainsi que sur le territoire des États qui appliquent entièrement l'acquis de Schengen."],
              nl=[f"Aan {p.name(r)}, geboren op {fdate(r, p.birth, 'nl')}, nationaliteit {p.nationality(r, 'nl')}, wordt een inreisverbod van {years} jaar opgelegd voor het grondgebied van België en van de staten die het Schengenacquis ten volle toepassen."],
              de=[f"Gegen {p.name(r)}, geboren am {fdate(r, p.birth, 'de')}, Staatsangehörigkeit {p.nationality(r, 'de')}, wird ein Einreiseverbot von {years} Jahren für das Staatsgebiet Belgiens und der Schengen-Staaten verhängt."],
              en=[f"An entry ban of {years} years is imposed on {p.name(r)}, born on {fdate(r, p.birth, 'en')}, {p.nationality(r, 'en')} national, for the territory of Belgium and of the States fully applying the Schengen acquis."])
    link = LL(r, lang, fr=["La décision d'éloignement du " + fdate(r, rdate(r), "fr") + " est assortie de cette interdiction d'entrée.", "Article 74/11 de la loi du 15 décembre 1980."],
              nl=["De verwijderingsbeslissing van " + fdate(r, rdate(r), "nl") + " gaat gepaard met dit inreisverbod.", "Artikel 74/11 van de wet van 15 december 1980."],
              de=["Die Entfernungsentscheidung wird von diesem Einreiseverbot begleitet. Artikel 74/11 des Gesetzes vom 15. Dezember 1980."],
              en=["The removal decision is accompanied by this entry ban. Article 74/11 of the Law of 15 December 1980."])
    reasons = LL(r, lang, fr=["Motif : aucun délai n'est accordé pour le départ volontaire / l'obligation de retour n'a pas été remplie.", "L'intéressé(e) constitue une menace pour l'ordre public."],
                 nl=["Reden: voor het vrijwillig vertrek werd geen termijn toegestaan / de terugkeerverplichting werd niet uitgevoerd.", "Betrokkene vormt een gevaar voor de openbare orde."],
                 de=["Grund: keine Frist für die freiwillige Ausreise / Rückkehrverpflichtung nicht erfüllt."], en=["Grounds: no period for voluntary departure was granted / the return obligation was not complied with."])
    lift = LL(r, lang, fr=["La levée ou la suspension peut être demandée auprès du poste diplomatique belge compétent à l'étranger."],
              nl=["De opheffing of opschorting kan worden aangevraagd bij de bevoegde Belgische diplomatieke post in het buitenland."],
              de=["Die Aufhebung oder Aussetzung kann bei der zuständigen belgischen Auslandsvertretung beantragt werden."],
              en=["Lifting or suspension may be requested from the competent Belgian diplomatic post abroad."])
    when = rdate(r, date(2025, 1, 1), date(2026, 11, 20))
    return [[_io_header(r, lang), annexe, title], [body], [link, reasons], [lift, LL(r, lang, fr=["Recours : Conseil du Contentieux des Étrangers, 30 jours."], nl=["Beroep: Raad voor Vreemdelingenbetwistingen, 30 dagen."], de=["Beschwerde: Rat für Ausländerstreitsachen."], en=["Appeal: Council for Alien Law Litigation, 30 days."])],
            [fdate(r, when, lang), f"{ch(r, 'SP', 'OE', 'DVZ')} {r.randint(1000000, 9999999)}"]]


# ==========================================================================================
# unknown: everything else found in applicants' uploads, many with cross-mentions
U = "unknown"


@tpl(U, "bank_statement", ("fr", "nl", "en", "de"))
def u_bank_statement(r, lang):
    rows = []
    for _ in range(r.randint(4, 12)):
        rows.append(f"{fdate(r, rdate(r), lang, 'slash')}  {ch(r, 'Delhaize', 'Colruyt', 'SNCB/NMBS', 'Proximus', 'Loyer / Huur', 'Salaire / Loon', 'Bancontact', 'Engie', 'Retrait ATM', 'Amazon', 'STIB-MIVB', 'Apotheek')}  {ch(r, '-', '+')}{money(r, r.uniform(3, 2500), lang, 'be_nocur')}")
    return [[ch(r, BANKS), LL(r, lang, fr=["Extrait de compte", "Relevé de compte n°" + str(r.randint(1, 60))], nl=["Rekeninguittreksel", "Uittreksel nr. " + str(r.randint(1, 60))],
                                en=["Account statement", "Statement of account"], de=["Kontoauszug"])],
            fields(r, [("IBAN", iban_be(r)), (L(lang, fr="Titulaire", nl="Houder", en="Holder", de="Inhaber"), Person(r).name(r)),
                       (L(lang, fr="Ancien solde", nl="Vorig saldo", en="Previous balance", de="Alter Saldo"), money(r, r.uniform(0, 9000), lang))]),
            rows, [L(lang, fr="Nouveau solde", nl="Nieuw saldo", en="New balance", de="Neuer Saldo") + " " + money(r, r.uniform(0, 9000), lang)]]


@tpl(U, "utility_bill", ("fr", "nl", "de", "en"))
def u_utility(r, lang):
    sup = ch(r, "Engie", "Luminus", "TotalEnergies", "Eneco", "Mega", "Vivaqua", "De Watergroep", "SWDE", "Proximus", "Telenet", "VOO", "Orange Belgium")
    return [[sup, LL(r, lang, fr=["Facture de régularisation", "Facture d'acompte", "Votre facture"], nl=["Afrekeningsfactuur", "Voorschotfactuur", "Uw factuur"],
                     de=["Jahresabrechnung", "Rechnung"], en=["Your bill", "Invoice"])],
            fields(r, [(L(lang, fr="Numéro client", nl="Klantnummer", de="Kundennummer", en="Customer number"), str(r.randint(10**8, 10**9))),
                       (L(lang, fr="Adresse de fourniture", nl="Leveringsadres", de="Lieferadresse", en="Supply address"), ", ".join(be_address(r, lang))),
                       (L(lang, fr="Redevance de raccordement", nl="Netvergoeding", de="Netzgebühr", en="Network charge"), money(r, r.uniform(5, 60), lang)),
                       (L(lang, fr="Montant à payer", nl="Te betalen bedrag", de="Zu zahlender Betrag", en="Amount due"), money(r, r.uniform(40, 900), lang)),
                       (L(lang, fr="Communication structurée", nl="Gestructureerde mededeling", de="Strukturierte Mitteilung", en="Structured reference"), f"+++{r.randint(100, 999)}/{r.randint(1000, 9999)}/{r.randint(10000, 99999)}+++"),
                       ("IBAN", iban_be(r)), (L(lang, fr="Échéance", nl="Vervaldag", de="Fällig am", en="Due date"), fdate(r, rdate(r), lang))]),
            [LL(r, lang, fr=["Consommation électricité : 2.431 kWh", "Eau : 78 m³"], nl=["Verbruik elektriciteit: 2.431 kWh", "Water: 78 m³"], de=["Verbrauch: 2.431 kWh"], en=["Consumption: 2,431 kWh"])]]


@tpl(U, "lease", ("fr", "nl", "en"))
def u_lease(r, lang):
    p = Person(r)
    return [[LL(r, lang, fr=["BAIL DE RÉSIDENCE PRINCIPALE", "Contrat de bail", "Bail à loyer"], nl=["HUUROVEREENKOMST HOOFDVERBLIJFPLAATS", "Woninghuurovereenkomst"], en=["RESIDENTIAL LEASE AGREEMENT", "Tenancy agreement"])],
            [LL(r, lang, fr=[f"Entre le bailleur {be_person(r)} et le preneur {p.name(r)}, il est convenu ce qui suit. Le bien situé {', '.join(be_address(r, 'fr'))} est loué pour une durée de 3 ans."],
                nl=[f"Tussen verhuurder {be_person(r)} en huurder {p.name(r)} wordt overeengekomen wat volgt. Het goed gelegen te {', '.join(be_address(r, 'nl'))} wordt verhuurd voor 9 jaar."],
                en=[f"Between the landlord {be_person(r)} and the tenant {p.name(r)}: the dwelling at {', '.join(be_address(r, 'en'))} is let for 3 years."])],
            [LL(r, lang, fr=[f"Loyer mensuel : {money(r, r.uniform(600, 1600), 'fr')}. Garantie locative : 2 mois. Indexation annuelle.", "Le bail sera enregistré par le bailleur. État des lieux d'entrée."],
                nl=[f"Maandelijkse huurprijs: {money(r, r.uniform(600, 1600), 'nl')}. Huurwaarborg: 2 maanden.", "De verhuurder laat het contract registreren. Plaatsbeschrijving."],
                en=[f"Monthly rent: {money(r, r.uniform(600, 1600), 'en')}. Rental deposit: two months.", "Registration of the lease is the landlord's responsibility."])],
            [LL(r, lang, fr=["Fait en trois exemplaires. Le bailleur - Le preneur"], nl=["Opgemaakt in drie exemplaren. De verhuurder - De huurder"], en=["Signed in three copies. Landlord - Tenant"])]]


@tpl(U, "cv", ("en", "fr", "nl", "de"))
def u_cv(r, lang):
    p = Person(r)
    return [[p.name(r, "First Last"), LL(r, lang, fr=["Curriculum vitae", "CV"], nl=["Curriculum vitae", "CV"], de=["Lebenslauf"], en=["Curriculum Vitae", "Résumé", "CV"])],
            fields(r, [(L(lang, fr="Nationalité", nl="Nationaliteit", de="Staatsangehörigkeit", en="Nationality"), p.nationality(r, lang)),
                       (L(lang, fr="Date de naissance", nl="Geboortedatum", de="Geburtsdatum", en="Date of birth"), fdate(r, p.birth, lang)),
                       ("E-mail", f"{p.first.lower().split()[0]}.{p.last.lower().replace(' ', '')}@mail.example")]),
            [L(lang, fr="Expérience professionnelle", nl="Werkervaring", de="Berufserfahrung", en="Work experience"),
             f"{r.randint(2012, 2020)} - {ch(r, 'present', 'aujourd’hui', 'heden', 'heute')}  {ch(r, JOBS['en'])}, {ch(r, FOREIGN_COMPANIES)}",
             f"{r.randint(2008, 2012)} - {r.randint(2012, 2016)}  {ch(r, JOBS['en'])}, {ch(r, FOREIGN_COMPANIES)}"],
            [L(lang, fr="Formation", nl="Opleiding", de="Ausbildung", en="Education"), f"{ch(r, DEGREES['en'])}, {ch(r, UNIS['en'])} ({r.randint(2005, 2018)})"],
            [L(lang, fr="Langues", nl="Talen", de="Sprachen", en="Languages") + ": " + ch(r, "English (C1), French (B1)", "Anglais, français", "Engels, Nederlands (A2)")]]


@tpl(U, "cover_letter", ("en", "fr", "nl"))
def u_cover(r, lang):
    p = Person(r)
    return [[p.name(r, "First Last"), ", ".join(be_address(r, lang)) if r.random() < .4 else p.birthplace, fdate(r, rdate(r), lang)],
            [LL(r, lang, fr=["Objet : candidature au poste de " + ch(r, JOBS["fr"])], nl=["Betreft: sollicitatie voor de functie van " + ch(r, JOBS["nl"])], en=["Re: application for the position of " + ch(r, JOBS["en"])]),
             LL(r, lang, fr=["Madame, Monsieur,", "Chère Madame,"], nl=["Geachte heer, mevrouw,"], en=["Dear Hiring Manager,", "Dear Sir or Madam,"])],
            [LL(r, lang, fr=["C'est avec un grand intérêt que j'ai lu votre offre d'emploi publiée sur le site d'Actiris. Fort(e) de cinq années d'expérience, je souhaite mettre mes compétences au service de votre entreprise. Je suis conscient(e) qu'un permis unique sera nécessaire."],
                nl=["Met veel interesse las ik uw vacature op de website van de VDAB. Met vijf jaar ervaring wil ik graag bijdragen aan uw team. Ik weet dat een gecombineerde vergunning nodig is."],
                en=["I read with great interest your vacancy published on EURES. With five years of experience, I am confident I can contribute to your team. I understand a single permit will be required and I am ready to provide my passport, diploma and other documents."])],
            [LL(r, lang, fr=["Veuillez agréer, Madame, Monsieur, mes salutations distinguées."], nl=["Met vriendelijke groeten,"], en=["Yours faithfully,", "Kind regards,"]), p.name(r, "First Last")]]


@tpl(U, "birth_certificate", ("fr", "nl", "en"))
def u_birth(r, lang):
    p = Person(r)
    return [[LL(r, lang, fr=["EXTRAIT D'ACTE DE NAISSANCE", "Acte de naissance", "Copie intégrale d'acte de naissance"], nl=["UITTREKSEL UIT DE GEBOORTEAKTE", "Geboorteakte"],
                en=["BIRTH CERTIFICATE", "Certificate of Live Birth", "Extract of birth registration"]),
             maybe(r, .5, LL(r, lang, fr=["Traduction jurée"], nl=["Beëdigde vertaling"], en=["Sworn translation", "Translation"]))],
            fields(r, [(L(lang, fr="Nom de l'enfant", nl="Naam van het kind", en="Name of child"), p.name(r)), (L(lang, fr="Né(e) le", nl="Geboren op", en="Date of birth"), fdate(r, p.birth, lang)),
                       (L(lang, fr="Lieu", nl="Plaats", en="Place of birth"), p.birthplace), (L(lang, fr="Père", nl="Vader", en="Father"), f"{ch(r, FIRST)} {p.last}"),
                       (L(lang, fr="Mère", nl="Moeder", en="Mother"), f"{ch(r, FIRST)} {ch(r, LAST)}"), (L(lang, fr="N° d'acte", nl="Aktenummer", en="Registration No."), str(r.randint(100, 99999)))]),
            [LL(r, lang, fr=["Officier de l'état civil", "Délivré pour servir et valoir ce que de droit."], nl=["Ambtenaar van de burgerlijke stand"], en=["Civil Registrar", "Local Civil Registry Office"]),
             maybe(r, .5, "APOSTILLE")]]


@tpl(U, "marriage_certificate", ("fr", "nl", "en", "de"))
def u_marriage(r, lang):
    a, b = Person(r), Person(r)
    return [[LL(r, lang, fr=["ACTE DE MARIAGE", "Extrait d'acte de mariage"], nl=["HUWELIJKSAKTE", "Uittreksel uit de huwelijksakte"], en=["MARRIAGE CERTIFICATE", "Certificate of Marriage"], de=["HEIRATSURKUNDE", "Eheurkunde"])],
            [LL(r, lang, fr=[f"Le {fdate(r, rdate(r, date(2005, 1, 1), date(2025, 1, 1)), 'fr')} ont contracté mariage {a.name(r)} et {b.name(r)}."],
                nl=[f"Op {fdate(r, rdate(r, date(2005, 1, 1), date(2025, 1, 1)), 'nl')} zijn in het huwelijk getreden {a.name(r)} en {b.name(r)}."],
                en=[f"This is to certify that {a.name(r)} and {b.name(r)} were joined in marriage on {fdate(r, rdate(r, date(2005, 1, 1), date(2025, 1, 1)), 'en')} at {a.birthplace}."],
                de=[f"{a.name(r)} und {b.name(r)} haben am {fdate(r, rdate(r, date(2005, 1, 1), date(2025, 1, 1)), 'de')} die Ehe geschlossen."])],
            fields(r, [(L(lang, fr="Témoins", nl="Getuigen", en="Witnesses", de="Trauzeugen"), f"{ch(r, FIRST)} {ch(r, LAST)}, {ch(r, FIRST)} {ch(r, LAST)}"),
                       (L(lang, fr="Registre n°", nl="Register nr.", en="Register No.", de="Registernummer"), str(r.randint(10, 9999)))]),
            [maybe(r, .5, "Apostille (Convention de La Haye du 5 octobre 1961)")]]


@tpl(U, "foreign_id_card", ("en", "fr"))
def u_foreign_id(r, lang):
    p = Person(r)
    c = COUNTRIES[p.cc]
    return [[ch(r, f"{c[0].upper()}", f"REPUBLIC OF {c[0].upper()}", f"RÉPUBLIQUE DU {c[1].upper()}"),
             ch(r, "NATIONAL IDENTITY CARD", "IDENTITY CARD", "CARTE NATIONALE D'IDENTITÉ", "UNIFIED MULTI-PURPOSE ID", "Aadhaar", "NÜFUS CÜZDANI / T.C. KİMLİK KARTI", "Carte d'identité nationale électronique")],
            fields(r, [("Name / Nom", p.name(r)), ("Date of birth / Date de naissance", fdate(r, p.birth, "en", "dot")), ("Sex", p.sex),
                       ("ID No.", f"{r.randint(10**9, 10**12)}"), ("Expiry", fdate(r, rdate(r, date(2027, 1, 1), date(2034, 1, 1)), "en", "dot"))]),
            [f"ID{p.cc}{r.randint(10**8, 10**9)}<<<<<<<<<<<<<<<"[:30], maybe(r, .5, (f"{p.last.upper()}<<{p.first.upper()}".replace(' ', '<') + '<' * 30)[:30])]]


@tpl(U, "driving_licence", ("fr-nl", "en", "de"))
def u_licence(r, lang):
    p = Person(r)
    return [[ch(r, "PERMIS DE CONDUIRE / RIJBEWIJS / FÜHRERSCHEIN", "BELGIQUE BELGIË BELGIEN", "DRIVING LICENCE", f"{p.country('en').upper()} DRIVING LICENSE", "FÜHRERSCHEIN")],
            [f"1. {p.last.upper()}", f"2. {p.first}", f"3. {fdate(r, p.birth, 'fr', 'dot')} {p.birthplace}", f"4a. {fdate(r, rdate(r), 'fr', 'dot')}",
             f"4b. {fdate(r, rdate(r, date(2027, 1, 1), date(2036, 1, 1)), 'fr', 'dot')}", f"4c. {ch(r, 'Bruxelles', 'Antwerpen', 'Liège', 'Transport Office')}",
             f"5. {r.randint(10**9, 10**10)}", f"9. {ch(r, 'B', 'AM B', 'B BE C', 'A B')}"]]


@tpl(U, "schengen_visa", ("en",))
def u_visa(r, lang):
    p = Person(r)
    d0 = rdate(r, date(2025, 1, 1), date(2026, 11, 1))
    num = f"BEL{r.randint(10**8, 10**9)}"
    l1 = (f"VCBEL{p.last.upper().replace(' ', '<')}<<{p.first.upper().replace(' ', '<')}" + "<" * 44)[:44]
    l2 = (f"{p.passport}<{r.randint(0, 9)}{p.cc}{p.birth.strftime('%y%m%d')}{r.randint(0, 9)}{p.sex}{(d0 + timedelta(days=90)).strftime('%y%m%d')}{r.randint(0, 9)}" + "<" * 44)[:44]
    return [[ch(r, "VISA", "VISA / VISUM", "SCHENGEN VISA"), ch(r, "VALABLE POUR / VALID FOR: ETATS SCHENGEN", "GELDIG VOOR: SCHENGENSTATEN", "VALID FOR: BELGIUM")],
            fields(r, [("FROM / DU", fdate(r, d0, "en", "dot")), ("UNTIL / AU", fdate(r, d0 + timedelta(days=90), "en", "dot")), ("TYPE OF VISA", ch(r, "C", "D")),
                       ("NUMBER OF ENTRIES", ch(r, "MULT", "01", "02")), ("DURATION OF STAY", f"{ch(r, 30, 90, 15)} DAYS"), ("ISSUED IN", ch(r, "NEW DELHI", "MANILA", "RABAT", "ANKARA", "LAGOS")),
                       ("SURNAME, NAME", f"{p.last.upper()}, {p.first.upper()}"), ("PASSPORT NUMBER", p.passport), ("NATIONALITY", p.cc),
                       ("REMARKS", ch(r, "TOURISM", "BUSINESS", "D-VISA TRAVAIL / ARBEID", "ECONOMIC MIGRATION - SINGLE PERMIT", "ART. 9"))]),
            [num, l1, l2]]


@tpl(U, "commune_letter_docs", ("fr", "nl", "de"))
def u_commune_letter(r, lang):
    p = Person(r)
    zipc, fr, nl = r.choice(BE_CITIES)
    city = nl if lang == "nl" else fr
    items = r.sample(ANNEX_ITEMS[lang][:9], r.randint(3, 6))
    return [[LL(r, lang, fr=[f"Commune de {city} - Service des étrangers"], nl=[f"Stad {city} - Dienst Vreemdelingen"], de=[f"Gemeinde {city} - Ausländerdienst"]),
             LL(r, lang, fr=["Convocation", "Objet : documents à présenter"], nl=["Uitnodiging", "Betreft: mee te brengen documenten"], de=["Einladung", "Betreff: vorzulegende Unterlagen"])],
            [LL(r, lang, fr=[f"{ch(r, 'Madame', 'Monsieur')} {p.name(r)}, nous vous prions de vous présenter à nos guichets le {fdate(r, rdate(r), 'fr')} à {r.randint(8, 15)}h{ch(r, '00', '30')} munie des documents suivants :"],
                nl=[f"Beste {p.name(r)}, gelieve u aan te melden aan ons loket op {fdate(r, rdate(r), 'nl')} om {r.randint(8, 15)}u{ch(r, '00', '30')} met de volgende documenten:"],
                de=[f"Sehr geehrte(r) {p.name(r)}, bitte erscheinen Sie am {fdate(r, rdate(r), 'de')} mit folgenden Unterlagen:"])],
            [f"- {it}" for it in items] + [LL(r, lang, fr=["- deux photos d'identité récentes", "- votre passeport en cours de validité"], nl=["- twee recente pasfoto's", "- uw geldig paspoort"], de=["- zwei Passfotos"])],
            [LL(r, lang, fr=["À défaut, votre demande ne pourra être traitée.", "Le fonctionnaire délégué"], nl=["Zonder deze documenten kan uw aanvraag niet behandeld worden.", "De ambtenaar"], de=["Mit freundlichen Grüßen"])]]


@tpl(U, "work_certificate", ("fr", "nl", "de", "en"))
def u_work_cert(r, lang):
    p = Person(r)
    emp = company(r)
    d0 = rdate(r, date(2015, 1, 1), date(2022, 1, 1))
    d1 = rdate(r, date(2022, 2, 1), date(2026, 6, 1))
    return [[emp, LL(r, lang, fr=["ATTESTATION DE TRAVAIL", "Certificat de travail", "Attestation d'occupation"], nl=["ARBEIDSATTEST", "Attest van tewerkstelling", "Werkgeversattest"],
                     de=["ARBEITSZEUGNIS", "Arbeitsbescheinigung", "Beschäftigungsnachweis"], en=["WORK CERTIFICATE", "Certificate of employment", "Experience certificate", "Service certificate"])],
            [LL(r, lang, fr=[f"Nous certifions que {p.name(r)} a été occupé(e) dans notre entreprise du {fdate(r, d0, 'fr')} au {fdate(r, d1, 'fr')} en qualité de {ch(r, JOBS['fr'])}. Le contrat de travail a pris fin de commun accord. Libre de tout engagement."],
                nl=[f"Wij verklaren dat {p.name(r)} bij ons in dienst was van {fdate(r, d0, 'nl')} tot {fdate(r, d1, 'nl')} als {ch(r, JOBS['nl'])}. De arbeidsovereenkomst werd beëindigd in onderling akkoord."],
                de=[f"Herr/Frau {p.name(r)} war vom {fdate(r, d0, 'de')} bis {fdate(r, d1, 'de')} als {ch(r, JOBS['de'])} in unserem Unternehmen beschäftigt. Wir bedauern das Ausscheiden und wünschen alles Gute."],
                en=[f"This is to certify that {p.name(r)} worked with us from {fdate(r, d0, 'en')} to {fdate(r, d1, 'en')} as {ch(r, JOBS['en'])}. During this period his/her conduct was good. We wish him/her success in future endeavours."])],
            [LL(r, lang, fr=["Délivré à la demande de l'intéressé(e) pour servir et valoir ce que de droit."], nl=["Afgeleverd op verzoek van betrokkene."], de=["Ausgestellt auf Wunsch des Arbeitnehmers."], en=["Issued on request."]),
             fdate(r, d1, lang), be_person(r)]]


@tpl(U, "invoice", ("fr", "nl", "en", "de"))
def u_invoice(r, lang):
    rows = [f"{ch(r, 'Consultance', 'Consulting', 'Installation', 'Transport', 'Licence logiciel', 'Onderhoud', 'Wartung', 'Catering', 'Hosting web')}  {r.randint(1, 20)}  {money(r, r.uniform(20, 900), lang, 'be_nocur')}" for _ in range(r.randint(1, 5))]
    tot = r.uniform(100, 8000)
    return [[company(r), LL(r, lang, fr=["FACTURE", "Facture n° " + str(r.randint(2025000, 2026999))], nl=["FACTUUR", "Factuur nr. " + str(r.randint(2025000, 2026999))], en=["INVOICE", "Tax invoice"], de=["RECHNUNG"])],
            fields(r, [(L(lang, fr="Client", nl="Klant", en="Bill to", de="Kunde"), company(r)), ("TVA/BTW/VAT", enterprise_no(r)),
                       (L(lang, fr="Date", nl="Datum", en="Date", de="Datum"), fdate(r, rdate(r), lang))]),
            rows, [f"{L(lang, fr='Total TVAC', nl='Totaal incl. btw', en='Total incl. VAT', de='Gesamtbetrag')} {money(r, tot, lang)}",
                   L(lang, fr=f"À payer sur le compte {iban_be(r)} avant le {fdate(r, rdate(r), 'fr')}", nl=f"Te betalen op rekening {iban_be(r)}", en=f"Please pay to {iban_be(r)}", de=f"Bitte überweisen auf {iban_be(r)}")]]


@tpl(U, "translator_invoice", ("fr", "nl", "en"))
def u_translator_invoice(r, lang):
    p = Person(r)
    doc = ch(r, [("extrait de casier judiciaire", "uittreksel uit het strafregister", "police clearance certificate"), ("certificat médical", "medisch attest", "medical certificate"),
                 ("diplôme", "diploma", "degree certificate"), ("acte de naissance", "geboorteakte", "birth certificate")])
    d = {"fr": doc[0], "nl": doc[1], "en": doc[2]}[lang]
    return [[f"{be_person(r)} - " + LL(r, lang, fr=["Traducteur juré", "Traductrice jurée"], nl=["Beëdigd vertaler"], en=["Sworn translator"]),
             LL(r, lang, fr=["FACTURE"], nl=["FACTUUR"], en=["INVOICE"]) + f" {r.randint(2026001, 2026400)}"],
            fields(r, [(L(lang, fr="Client", nl="Klant", en="Client"), p.name(r)), (L(lang, fr="Date", nl="Datum", en="Date"), fdate(r, rdate(r), lang))]),
            [LL(r, lang, fr=[f"Traduction jurée {ch(r, 'anglais', 'turc', 'arabe', 'portugais')} > français : {d} ({r.randint(1, 3)} pages)"],
                nl=[f"Beëdigde vertaling {ch(r, 'Engels', 'Turks', 'Arabisch')} > Nederlands: {d} ({r.randint(1, 3)} blz.)"],
                en=[f"Sworn translation Turkish > English: {d} ({r.randint(1, 3)} pages)"]) + f"  {money(r, r.uniform(40, 120), lang)}",
             LL(r, lang, fr=["Légalisation de la signature au tribunal", "Frais d'envoi"], nl=["Legalisatie handtekening rechtbank", "Verzendkosten"], en=["Court legalisation", "Postage"]) + f"  {money(r, r.uniform(5, 30), lang)}",
             f"{L(lang, fr='Total', nl='Totaal', en='Total')}  {money(r, r.uniform(60, 200), lang)}", f"IBAN {iban_be(r)}", L(lang, fr="TVA non applicable", nl="Btw-vrijstelling kleine onderneming", en="VAT exempt")]]


@tpl(U, "newspaper_article", ("fr", "nl", "en", "de"))
def u_news(r, lang):
    paper = {"fr": ch(r, "Le Soir", "La Libre Belgique", "L'Avenir", "RTBF Info", "La DH"), "nl": ch(r, "De Standaard", "De Morgen", "Het Nieuwsblad", "VRT NWS", "Gazet van Antwerpen"),
             "en": ch(r, "The Brussels Times", "Belga English", "Euronews"), "de": ch(r, "GrenzEcho", "BRF Nachrichten")}[lang]
    body = LL(r, lang,
              fr=["Le portail Working in Belgium a traité plus de 20.000 demandes de permis unique l'an dernier. Les employeurs se plaignent toutefois des délais. Selon l'Office des étrangers, le nombre d'ordres de quitter le territoire délivrés a augmenté, et certains travailleurs découvrent une interdiction d'entrée au moment de revenir.",
                  "Les régions revoient les seuils salariaux pour les travailleurs hautement qualifiés. Un avocat rappelle qu'un casier judiciaire et un certificat médical de moins de six mois sont exigés."],
              nl=["Het loket Working in Belgium verwerkte vorig jaar meer dan 20.000 aanvragen voor een gecombineerde vergunning. Werkgevers klagen over de wachttijd. De Dienst Vreemdelingenzaken leverde meer bevelen om het grondgebied te verlaten af; sommige werknemers ontdekken pas bij hun terugkeer een inreisverbod.",
                  "Vlaanderen voert een nieuwe retributie van 180 euro in voor elke aanvraag. Een advocaat benadrukt dat het uittreksel uit het strafregister en het medisch attest niet ouder mogen zijn dan zes maanden."],
              en=["The Working in Belgium portal processed more than 20,000 single permit applications last year, but employers complain about delays. Lawyers warn that workers who received an order to leave the territory may face an entry ban when trying to return.",
                  "Flanders introduces a new regional fee for work permit applications, on top of the federal administrative fee paid to the Immigration Office."],
              de=["Das Portal Working in Belgium hat im vergangenen Jahr über 20.000 Anträge auf eine kombinierte Erlaubnis bearbeitet. Ein Anwalt warnt: Wer eine Anweisung, das Staatsgebiet zu verlassen, erhalten hat, riskiert ein Einreiseverbot."])
    return [[paper, fdate(r, rdate(r), lang), LL(r, lang, fr=["Permis unique : les employeurs s'impatientent", "Migration économique : ce qui change en 2026"],
                                                 nl=["Gecombineerde vergunning: werkgevers ongeduldig", "Arbeidsmigratie: dit verandert in 2026"],
                                                 en=["Single permit backlog frustrates employers", "What changes for work permits in 2026"], de=["Kombinierte Erlaubnis: Arbeitgeber warten"])],
            [body], [f"{ch(r, BE_FIRST)} {ch(r, BE_LAST)}", maybe(r, .5, LL(r, lang, fr=["Lire aussi :"], nl=["Lees ook:"], en=["Read more:"], de=["Lesen Sie auch:"]))]]


@tpl(U, "school_certificate", ("fr", "nl", "de"))
def u_school(r, lang):
    p = Person(r)
    return [[LL(r, lang, fr=["Athénée royal " + ch(r, "d'Ixelles", "de Namur"), "Institut Saint-Joseph"], nl=["Sint-Jozefscollege", "GO! Atheneum " + ch(r, "Antwerpen", "Gent")], de=["Königliches Athenäum Eupen", "Pater-Damian-Schule"]),
             LL(r, lang, fr=["ATTESTATION DE FRÉQUENTATION SCOLAIRE", "Attestation d'inscription"], nl=["ATTEST VAN INSCHRIJVING", "Schoolattest"], de=["SCHULBESCHEINIGUNG"])],
            [LL(r, lang, fr=[f"La direction certifie que l'élève {p.name(r)} est régulièrement inscrit(e) en {ch(r, '3e', '5e', '1re')} année secondaire pour l'année scolaire 2026-2027."],
                nl=[f"De directie verklaart dat leerling {p.name(r)} regelmatig ingeschreven is in het {ch(r, '3de', '5de', '1ste')} jaar secundair onderwijs, schooljaar 2026-2027."],
                de=[f"Die Schulleitung bescheinigt, dass {p.name(r)} im Schuljahr 2026-2027 die {ch(r, '3.', '5.')} Klasse besucht."])],
            [fdate(r, rdate(r), lang), LL(r, lang, fr=["La Direction"], nl=["De directeur"], de=["Die Schulleitung"])]]


@tpl(U, "tax_assessment", ("fr", "nl", "de"))
def u_tax(r, lang):
    p = Person(r)
    return [[LL(r, lang, fr=["SPF FINANCES", "Service public fédéral Finances"], nl=["FOD FINANCIËN"], de=["FÖD FINANZEN"]),
             LL(r, lang, fr=["AVERTISSEMENT-EXTRAIT DE RÔLE", "Impôt des personnes physiques - exercice d'imposition 2026"], nl=["AANSLAGBILJET PERSONENBELASTING", "Aanslagjaar 2026 - inkomsten 2025"],
                de=["STEUERBESCHEID - Einkommensteuer", "Steuerjahr 2026"])],
            fields(r, [(L(lang, fr="Contribuable", nl="Belastingplichtige", de="Steuerpflichtiger"), p.name(r)), ("NN/RR", p.nrn),
                       (L(lang, fr="Revenu imposable globalement", nl="Gezamenlijk belastbaar inkomen", de="Gesamtes steuerpflichtiges Einkommen"), money(r, r.uniform(20000, 90000), lang)),
                       (L(lang, fr="Précompte professionnel", nl="Bedrijfsvoorheffing", de="Berufssteuervorabzug"), money(r, r.uniform(4000, 25000), lang)),
                       (L(lang, fr="Solde à rembourser", nl="Terug te betalen saldo", de="Zu erstattender Betrag"), money(r, r.uniform(10, 3000), lang))]),
            [LL(r, lang, fr=["Article de rôle n° " + str(r.randint(10**6, 10**7))], nl=["Artikelnummer " + str(r.randint(10**6, 10**7))], de=["Artikel Nr. " + str(r.randint(10**6, 10**7))])]]


@tpl(U, "appointment_letter", ("fr", "nl", "en"))
def u_appointment(r, lang):
    p = Person(r)
    org = ch(r, "Ambassade de Belgique à " + ch(r, "New Delhi", "Rabat", "Ankara", "Manille"), "VFS Global - Belgium Visa Application Centre", "TLScontact Belgique", "Office des étrangers - guichet")
    return [[org, LL(r, lang, fr=["Confirmation de rendez-vous"], nl=["Afspraakbevestiging"], en=["Appointment confirmation", "Appointment letter"])],
            fields(r, [(L(lang, fr="Demandeur", nl="Aanvrager", en="Applicant"), p.name(r)), (L(lang, fr="N° de passeport", nl="Paspoortnummer", en="Passport number"), p.passport),
                       (L(lang, fr="Date et heure", nl="Datum en uur", en="Date and time"), f"{fdate(r, rdate(r), lang)} {r.randint(8, 15)}:{ch(r, '00', '15', '30', '45')}"),
                       (L(lang, fr="Type de visa", nl="Visumtype", en="Visa category"), ch(r, "D - travail", "D - permis unique", "D - work", "C - business"))]),
            [LL(r, lang, fr=["Veuillez apporter : passeport, formulaire de demande de visa, décision de permis unique, certificat médical, extrait de casier judiciaire, preuve de paiement."],
                nl=["Breng mee: paspoort, visumaanvraagformulier, beslissing gecombineerde vergunning, medisch attest, uittreksel strafregister."],
                en=["Please bring: passport, visa application form, single permit approval (annex 46), medical certificate, police clearance certificate, proof of payment of the fee."])]]


@tpl(U, "annex15", ("fr", "nl", "de"))
def u_annex15(r, lang):
    p = Person(r)
    return [[L(lang, fr="ANNEXE 15", nl="BIJLAGE 15", de="ANLAGE 15"),
             L(lang, fr="Attestation tenant lieu de titre de séjour temporaire", nl="Attest dat als tijdelijke verblijfstitel dient", de="Bescheinigung, die als vorläufiger Aufenthaltstitel dient") if r.random() < .5 else
             L(lang, fr="Attestation de déclaration de demande", nl="Bewijs van aanvraag", de="Bescheinigung der Antragstellung")],
            [L(lang, fr=f"Le bourgmestre certifie que {p.name(r)}, de nationalité {p.nationality(r, 'fr')}, s'est présenté(e) à l'administration communale le {fdate(r, rdate(r), 'fr')} pour introduire une demande. Ce document est valable 45 jours.",
               nl=f"De burgemeester verklaart dat {p.name(r)}, nationaliteit {p.nationality(r, 'nl')}, zich op {fdate(r, rdate(r), 'nl')} bij het gemeentebestuur heeft aangemeld om een aanvraag in te dienen. Dit attest is 45 dagen geldig.",
               de=f"Der Bürgermeister bescheinigt, dass {p.name(r)}, Staatsangehörigkeit {p.nationality(r, 'de')}, am {fdate(r, rdate(r), 'de')} bei der Gemeindeverwaltung einen Antrag gestellt hat. Diese Bescheinigung gilt 45 Tage.")],
            [L(lang, fr="Le présent document n'est pas une carte de séjour.", nl="Dit document is geen verblijfskaart.", de="Dieses Dokument ist keine Aufenthaltskarte."), fdate(r, rdate(r), lang)]]


@tpl(U, "family_composition", ("fr", "nl", "de"))
def u_family(r, lang):
    p = Person(r)
    return [[L(lang, fr=f"Commune de {ch(r, [c[1] for c in BE_CITIES])}", nl=f"Gemeente {ch(r, [c[2] for c in BE_CITIES])}", de=f"Gemeinde {ch(r, 'Eupen', 'Kelmis', 'Sankt Vith', 'Lontzen', 'Raeren')}"),
             L(lang, fr="CERTIFICAT DE COMPOSITION DE MÉNAGE", nl="GETUIGSCHRIFT VAN GEZINSSAMENSTELLING", de="BESCHEINIGUNG ÜBER DIE HAUSHALTSZUSAMMENSETZUNG") if r.random() < .6 else L(lang, fr="Certificat de résidence avec historique", nl="Bewijs van woonst met historiek", de="Wohnsitzbescheinigung mit Verlauf")],
            [f"{p.name(r)}  {fdate(r, p.birth, lang, 'dot')}  {L(lang, fr='Référence', nl='Referentiepersoon', de='Bezugsperson')}", f"{ch(r, FIRST)} {p.last}  {fdate(r, birthdate(r), lang, 'dot')}  {L(lang, fr='Conjoint', nl='Echtgeno(o)t(e)', de='Ehepartner')}",
             ", ".join(be_address(r, lang))],
            [L(lang, fr="Extrait du Registre national des personnes physiques", nl="Uittreksel uit het Rijksregister", de="Auszug aus dem Nationalregister"), fdate(r, rdate(r), lang)]]


@tpl(U, "payment_other", ("fr", "nl", "en", "de"))
def u_payment_other(r, lang):
    """A bank transfer that is NOT the Immigration Office fee (rent, translator, school)."""
    return [[ch(r, BANKS), LL(r, lang, fr=["Confirmation de virement"], nl=["Bevestiging overschrijving"], en=["Transfer confirmation"], de=["Überweisungsbestätigung"])],
            fields(r, [(L(lang, fr="Bénéficiaire", nl="Begunstigde", en="Beneficiary", de="Empfänger"), ch(r, be_person(r), company(r), "Immo " + ch(r, BE_LAST), "Athénée royal")),
                       (L(lang, fr="Compte", nl="Rekening", en="Account", de="Konto"), iban_be(r)), (L(lang, fr="Montant", nl="Bedrag", en="Amount", de="Betrag"), money(r, r.uniform(20, 2000), lang)),
                       (L(lang, fr="Communication", nl="Mededeling", en="Message", de="Verwendungszweck"), ch(r, "Miete", "loyer " + MONTHS["fr"][r.randint(0, 11)], "huur", "garantie locative", "traduction jurée", "inschrijvingsgeld", "facture 2026-114")),
                       (L(lang, fr="Date", nl="Datum", en="Date", de="Datum"), fdate(r, rdate(r), lang))])]


@tpl(U, "apostille_page", ("fr", "en", "nl"))
def u_apostille(r, lang):
    return [["APOSTILLE", "(Convention de La Haye du 5 octobre 1961)"],
            [f"1. {L(lang, fr='Pays', en='Country', nl='Land')}: {ch(r, [c[0] for c in COUNTRIES.values()])}",
             f"2. {L(lang, fr='Le présent acte public a été signé par', en='This public document has been signed by', nl='Deze openbare akte werd ondertekend door')} {ch(r, FIRST)} {ch(r, LAST)}",
             f"3. {L(lang, fr='agissant en qualité de', en='acting in the capacity of', nl='handelend in de hoedanigheid van')} {ch(r, 'Registrar', 'Notary', 'Officer')}",
             f"5. {L(lang, fr='à', en='at', nl='te')} {ch(r, [c[5][0] for c in COUNTRIES.values()])}", f"6. {fdate(r, rdate(r), lang)}",
             f"8. N° {r.randint(10**5, 10**7)}", f"10. {L(lang, fr='Signature', en='Signature', nl='Handtekening')}"]]


@tpl(U, "dimona", ("fr", "nl"))
def u_dimona(r, lang):
    p = Person(r)
    return [[L(lang, fr="ONSS - Déclaration immédiate de l'emploi (Dimona)", nl="RSZ - Onmiddellijke aangifte van tewerkstelling (Dimona)"), L(lang, fr="Accusé de réception", nl="Ontvangstbewijs")],
            fields(r, [(L(lang, fr="Employeur", nl="Werkgever"), company(r)), (L(lang, fr="Travailleur", nl="Werknemer"), p.name(r)), ("INSZ/NISS", p.nrn),
                       (L(lang, fr="Date d'entrée", nl="Datum in dienst"), fdate(r, rdate(r), lang)), (L(lang, fr="Commission paritaire", nl="Paritair comité"), ch(r, "200", "124")),
                       (L(lang, fr="Numéro Dimona", nl="Dimonanummer"), str(r.randint(10**11, 10**12)))])]


@tpl(U, "c4_unemployment", ("fr", "nl"))
def u_c4(r, lang):
    p = Person(r)
    return [[L(lang, fr="C4 - Certificat de chômage", nl="C4 - Werkloosheidsbewijs"), L(lang, fr="ONEM", nl="RVA")],
            fields(r, [(L(lang, fr="Travailleur", nl="Werknemer"), p.name(r)), (L(lang, fr="Fin du contrat de travail", nl="Einde arbeidsovereenkomst"), fdate(r, rdate(r), lang)),
                       (L(lang, fr="Motif précis", nl="Juiste reden"), L(lang, fr="licenciement - restructuration", nl="ontslag - herstructurering"))]),
            [L(lang, fr="À remettre à votre organisme de paiement des allocations de chômage.", nl="Te bezorgen aan uw uitbetalingsinstelling.")]]


@tpl(U, "decision_annex46", ("fr", "nl", "en"))
def u_annex46(r, lang):
    p = Person(r)
    return [[_io_header(r, lang), L(lang, fr="ANNEXE 46", nl="BIJLAGE 46", en="ANNEX 46")],
            [L(lang, fr=f"Décision d'octroi d'un permis unique. L'autorisation de séjour et de travail est accordée à {p.name(r)}. Le titre de séjour sera délivré par la commune.",
               nl=f"Beslissing tot toekenning van een gecombineerde vergunning aan {p.name(r)}. De gemeente reikt de verblijfstitel uit.",
               en=f"Decision granting a single permit to {p.name(r)}. The municipality will issue the residence card.")],
            [fdate(r, rdate(r), lang), f"{ch(r, 'Réf.', 'Ref.')} {r.randint(10**6, 10**7)}"]]


@tpl(U, "job_description", ("en", "fr", "nl"))
def u_jobdesc(r, lang):
    return [[company(r), LL(r, lang, fr=["Description de fonction", "Organigramme et description de poste"], nl=["Functiebeschrijving", "Functieprofiel"], en=["Job description", "Role profile"])],
            [LL(r, lang, fr=["Missions principales : concevoir, tester et maintenir les applications; encadrer deux développeurs juniors; rapporter au CTO."],
                nl=["Kerntaken: ontwerpen, testen en onderhouden van toepassingen; coachen van junior collega's; rapporteert aan de CTO."],
                en=["Key responsibilities: design, test and maintain applications; mentor two junior developers; reports to the CTO."]),
             LL(r, lang, fr=["Niveau de qualification : 5 (bachelier ou master)."], nl=["Kwalificatieniveau: VKS 5."], en=["Qualification level: master's degree or equivalent."])]]


@tpl(U, "belgian_eid", ("fr-nl", "de"))
def u_eid(r, lang):
    return [[ch(r, "BELGIQUE BELGIË BELGIEN BELGIUM", "KONINKRIJK BELGIË"), ch(r, "CARTE D'IDENTITÉ / IDENTITEITSKAART / PERSONALAUSWEIS / IDENTITY CARD", "IDENTITEITSKAART")],
            [f"{ch(r, BE_LAST).upper()}", ch(r, BE_FIRST), "BEL", fdate(r, birthdate(r), "fr", "dot"), ch(r, "M", "F"), f"{r.randint(100, 999)}-{r.randint(1000000, 9999999)}-{r.randint(10, 99)}"],
            [f"IDBEL{r.randint(10**8, 10**9)}<<<<<<<<<<<<<<<"[:30]]]


@tpl(U, "medical_other", ("fr", "nl", "en"))
def u_medical_other(r, lang):
    """Lab results / vaccination card / pharmacy receipt: medical words but not the model certificate."""
    p = Person(r)
    k = r.randrange(3)
    if k == 0:
        return [[ch(r, "Laboratoire Synlab", "AML Laboratorium", "CHU - Laboratoire de biologie clinique"), LL(r, lang, fr=["Résultats d'analyses"], nl=["Laboratoriumresultaten"], en=["Laboratory report"])],
                fields(r, [("Patient", p.name(r)), ("Hémoglobine / Hemoglobine", f"{r.uniform(11, 17):.1f} g/dL"), ("Glucose", f"{r.randint(70, 120)} mg/dL"), ("CRP", f"{r.uniform(0, 8):.1f} mg/L")])]
    if k == 1:
        return [[LL(r, lang, fr=["Carnet de vaccination"], nl=["Vaccinatiekaart"], en=["International Certificate of Vaccination"])],
                [p.name(r), f"Yellow fever / Fièvre jaune  {fdate(r, rdate(r), lang)}", f"COVID-19  {fdate(r, rdate(r), lang)}", "Dr. " + ch(r, LAST)]]
    return [[ch(r, "Pharmacie du Centre", "Apotheek De Linde", "Multipharma"), LL(r, lang, fr=["Ticket de caisse"], nl=["Kasticket"], en=["Receipt"])],
            [f"{ch(r, 'Dafalgan 1g', 'Ibuprofen 400', 'Sirop toux', 'Vitamine D')}  {money(r, r.uniform(3, 20), lang)}", f"Total {money(r, r.uniform(3, 40), lang)}", "Bancontact"]]


@tpl(U, "insurance_other", ("fr", "nl", "en"))
def u_insurance_other(r, lang):
    """Car / fire / liability insurance: insurance words but not health insurance."""
    return [[ch(r, "AG Insurance", "Ethias", "P&V", "Baloise", "AXA Belgium", "KBC Verzekeringen"),
             LL(r, lang, fr=["Conditions particulières - assurance RC auto", "Attestation d'assurance incendie habitation", "Assurance responsabilité civile familiale"],
                nl=["Bijzondere voorwaarden - BA auto", "Attest brandverzekering woning", "Familiale verzekering"], en=["Motor insurance schedule", "Home insurance certificate"])],
            fields(r, [(L(lang, fr="Preneur", nl="Verzekeringnemer", en="Policyholder"), Person(r).name(r)), (L(lang, fr="Police n°", nl="Polisnummer", en="Policy no."), str(r.randint(10**7, 10**9))),
                       (L(lang, fr="Véhicule", nl="Voertuig", en="Vehicle"), maybe(r, .5, f"{ch(r, 'VW Golf', 'Toyota Yaris', 'Skoda Octavia')} 1-{ch(r, 'ABC', 'XYZ', 'KLM')}-{r.randint(100, 999)}", None)),
                       (L(lang, fr="Prime annuelle", nl="Jaarpremie", en="Annual premium"), money(r, r.uniform(200, 1400), lang))])]


@tpl(U, "email_hr", ("en", "fr", "nl", "de"))
def u_email(r, lang):
    p = Person(r)
    return [[f"From: {ch(r, BE_FIRST).lower()}@{ch(r, COMPANY_STEMS).split()[0].lower()}.be", f"To: {p.first.split()[0].lower()}@mail.example",
             f"{L(lang, fr='Objet', nl='Onderwerp', en='Subject', de='Betreff')}: " + LL(r, lang, fr=["Documents pour votre permis unique"], nl=["Documenten voor je gecombineerde vergunning"], en=["Documents for your single permit"], de=["Unterlagen für Ihre kombinierte Erlaubnis"])],
            [LL(r, lang, fr=["Bonjour, pour finaliser votre dossier, pourriez-vous nous envoyer une copie de votre passeport, votre diplôme, l'extrait de casier judiciaire et le certificat médical ? Le contrat de travail vous sera envoyé pour signature."],
                nl=["Hallo, om je dossier af te ronden hebben we nog je paspoort, je diploma, het uittreksel uit het strafregister en het medisch attest nodig. De arbeidsovereenkomst sturen we je ter ondertekening."],
                en=["Hi, to complete your file we still need a scan of your passport, your diploma, the police clearance certificate and the medical certificate. We will send the employment contract for e-signature."],
                de=["Guten Tag, für Ihre Akte benötigen wir noch eine Kopie Ihres Reisepasses, Ihr Diplom, den Strafregisterauszug und das ärztliche Attest. Den Arbeitsvertrag senden wir Ihnen zur Unterschrift."])],
            [LL(r, lang, fr=["Cordialement"], nl=["Met vriendelijke groeten"], en=["Best regards"], de=["Mit freundlichen Grüßen"]), be_person(r)]]


@tpl(U, "travel_ticket", ("en", "fr"))
def u_ticket(r, lang):
    p = Person(r)
    return [[ch(r, "Brussels Airlines", "Turkish Airlines", "Emirates", "Royal Air Maroc", "Qatar Airways"), ch(r, "E-TICKET RECEIPT", "Boarding pass", "Itinerary / Itinéraire")],
            fields(r, [("Passenger / Passager", p.name(r, "LAST, First")), ("Booking ref", "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))),
                       ("Flight", f"{ch(r, 'SN', 'TK', 'EK', 'AT')}{r.randint(100, 999)}"), ("From", ch(r, "DEL", "MNL", "CMN", "IST", "LOS")), ("To", "BRU"),
                       ("Date", fdate(r, rdate(r), "en")), ("Passport", maybe(r, .4, p.passport, None))])]


@tpl(U, "mandate", ("fr", "nl", "en"))
def u_mandate(r, lang):
    emp = company(r)
    return [[LL(r, lang, fr=["PROCURATION", "Mandat"], nl=["VOLMACHT", "Mandaat"], en=["POWER OF ATTORNEY", "Mandate"])],
            [LL(r, lang, fr=[f"{emp}, représentée par {be_person(r)}, donne mandat à {company(r)} pour introduire en son nom les demandes de permis unique via le guichet Working in Belgium."],
                nl=[f"{emp}, vertegenwoordigd door {be_person(r)}, geeft volmacht aan {company(r)} om in haar naam aanvragen voor gecombineerde vergunningen in te dienen."],
                en=[f"{emp}, represented by {be_person(r)}, authorises {company(r)} to file single permit applications on its behalf."])],
            [fdate(r, rdate(r), lang), LL(r, lang, fr=["Signature du mandant"], nl=["Handtekening volmachtgever"], en=["Signature"])]]


@tpl(U, "kbo_extract", ("fr", "nl"))
def u_kbo(r, lang):
    return [[L(lang, fr="Banque-Carrefour des Entreprises - Données de l'entité", nl="Kruispuntbank van Ondernemingen - Gegevens van de entiteit")],
            fields(r, [(L(lang, fr="Numéro d'entreprise", nl="Ondernemingsnummer"), enterprise_no(r)), (L(lang, fr="Dénomination", nl="Benaming"), company(r)),
                       (L(lang, fr="Forme légale", nl="Rechtsvorm"), ch(r, "Société anonyme", "Naamloze vennootschap", "Besloten vennootschap")),
                       (L(lang, fr="Adresse du siège", nl="Adres van de zetel"), ", ".join(be_address(r, lang))), (L(lang, fr="Date de début", nl="Begindatum"), fdate(r, rdate(r, date(1990, 1, 1), date(2020, 1, 1)), lang)),
                       ("NACEBEL", f"{r.randint(10, 96)}.{r.randint(100, 999)}")])]


@tpl(U, "payslip_like_holiday", ("fr", "nl"))
def u_holiday(r, lang):
    p = Person(r)
    return [[L(lang, fr="Attestation de vacances", nl="Vakantieattest"), L(lang, fr="Exercice de vacances 2026", nl="Vakantiedienstjaar 2026")],
            [L(lang, fr=f"Nous attestons que {p.name(r)} a pris {r.randint(5, 20)} jours de vacances et a perçu un pécule de sortie de {money(r, r.uniform(500, 3000), 'fr')}.",
               nl=f"Wij verklaren dat {p.name(r)} {r.randint(5, 20)} vakantiedagen genomen heeft; vertrekvakantiegeld: {money(r, r.uniform(500, 3000), 'nl')}.")]]


@tpl(U, "rental_guarantee", ("fr", "nl"))
def u_guarantee(r, lang):
    return [[ch(r, BANKS), L(lang, fr="Garantie locative - attestation de constitution", nl="Huurwaarborg - attest van vestiging")],
            [L(lang, fr=f"Un compte bloqué au nom du locataire a été ouvert pour un montant de {money(r, r.uniform(1000, 3200), 'fr')} en faveur du bailleur {be_person(r)}.",
               nl=f"Er werd een geblokkeerde rekening geopend op naam van de huurder voor {money(r, r.uniform(1000, 3200), 'nl')} ten gunste van verhuurder {be_person(r)}.")]]



# ==========================================================================================
# more templates (variety)
@tpl("criminal_record", "maghreb_fr", ("fr",))
def cr_maghreb(r, lang):
    p = Person(r)
    st = ch(r, [("ROYAUME DU MAROC", "Ministère de la Justice", "Casier judiciaire central - Rabat"),
                ("RÉPUBLIQUE TUNISIENNE", "Ministère de l'Intérieur", "Bulletin n° 3"),
                ("RÉPUBLIQUE DU SÉNÉGAL", "Ministère de la Justice", "Tribunal de Grande Instance de Dakar - Greffe"),
                ("RÉPUBLIQUE DU CAMEROUN", "Ministère de la Justice", "Greffe du Tribunal de Première Instance"),
                ("RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", "Ministère de la Justice", "Casier judiciaire - Bulletin n° 3")])
    when = rdate(r, date(2025, 12, 1), date(2026, 11, 20))
    return [[*st, ch(r, "EXTRAIT DU CASIER JUDICIAIRE", "BULLETIN N° 3 DU CASIER JUDICIAIRE", "Extrait de casier judiciaire (Bulletin n°3)", "FICHE ANTHROPOMÉTRIQUE")],
            _cr_person_fields(r, p, "fr") + [field(r, "Fils/Fille de", f"{ch(r, FIRST)} et de {ch(r, FIRST)} {ch(r, LAST)}")],
            [ch(r, "Condamnations : NÉANT", "NÉANT", "Aucune condamnation", "Bulletin n° 3 : NÉANT"), ch(r, "Délivré pour servir à l'étranger.", "Délivré à l'intéressé(e) sur sa demande.", "")],
            [f"{ch(r, 'Rabat', 'Tunis', 'Dakar', 'Yaoundé', 'Alger')}, le {fdate(r, when, 'fr')}", ch(r, "Le Greffier en chef", "Le Procureur de la République", "Le Directeur du casier judiciaire"),
             maybe(r, .5, ch(r, "Légalisé par l'Ambassade de Belgique", "APOSTILLE", "Vu pour légalisation de signature"))]]


@tpl("criminal_record", "anglo_police", ("en",))
def cr_anglo(r, lang):
    p = Person(r)
    when = rdate(r, date(2025, 12, 1), date(2026, 11, 20))
    k = r.randrange(4)
    if k == 0:
        head = ["U.S. Department of Justice", "Federal Bureau of Investigation", "Criminal Justice Information Services Division", "IDENTITY HISTORY SUMMARY"]
        res = "A search of the fingerprints provided by the subject of this request has revealed no prior arrest data at the FBI."
    elif k == 1:
        head = ["ACRO Criminal Records Office", "POLICE CERTIFICATE", "Issued under the Data Protection Act 2018"]
        res = "There is no trace of any convictions or other relevant information on the Police National Computer."
    elif k == 2:
        head = ["South African Police Service", "Criminal Record Centre", "POLICE CLEARANCE CERTIFICATE"]
        res = "No criminal convictions have been recorded against the applicant in the Republic of South Africa."
    else:
        head = ["NATIONAL BUREAU OF INVESTIGATION", "NBI CLEARANCE", f"NBI ID No. {ch(r, 'A', 'B', 'C')}{r.randint(10**9, 10**10)}"]
        res = ch(r, "REMARKS: NO RECORD ON FILE", "REMARKS: NO DEROGATORY RECORD", "NO CRIMINAL RECORD AS OF THIS DATE")
    return [head, _cr_person_fields(r, p, "en"), [res, ch(r, "Purpose: Immigration - Belgium", "PURPOSE: TRAVEL ABROAD", "Purpose: employment overseas")],
            [f"Date: {fdate(r, when, 'en')}", ch(r, "Not valid without seal", "Valid for 1 year from date of issue", "This certificate may be verified online."),
             maybe(r, .4, "APOSTILLE (Convention de La Haye du 5 octobre 1961)")]]


@tpl("medical_certificate", "short_handwritten", ("nl", "de", "fr"))
def med_short(r, lang):
    p = Person(r)
    return [[LL(r, lang, fr=["Certificat médical", "CERTIFICAT MEDICAL"], nl=["Medisch attest", "MEDISCH ATTEST", "Geneeskundig getuigschrift"], de=["Ärztliches Attest", "ÄRZTLICHES ZEUGNIS"])],
            [LL(r, lang, fr=[f"Je certifie que {p.name(r)} ne présente aucune des maladies énumérées à l'annexe de la loi du 15.12.1980."],
                nl=[f"Ik verklaar dat {p.name(r)} niet lijdt aan een ziekte opgesomd in de bijlage van de wet van 15.12.1980."],
                de=[f"Ich bescheinige, dass {p.name(r)} an keiner der im Anhang des Gesetzes vom 15.12.1980 genannten Krankheiten leidet."]),
             LL(r, lang, fr=["(modèle de l'Office des étrangers)"], nl=["(model DVZ)"], de=["(Muster des Ausländeramtes)"])],
            [f"Dr. {ch(r, BE_LAST)}", fdate(r, rdate(r), lang), LL(r, lang, fr=["cachet"], nl=["stempel"], de=["Stempel"])]]


@tpl("passport", "scripts", ("en",))
def pass_scripts(r, lang):
    p = Person(r)
    exp = rdate(r, date(2027, 1, 1), date(2035, 12, 1))
    hdr = ch(r, ["ПАСПОРТ / PASSPORT", "УКРАЇНА UKRAINE ПАСПОРТ PASSPORT", "جواز سفر PASSPORT", "中华人民共和国 护照 PASSPORT", "PASAPORTE / PASSPORT",
                 "TÜRKİYE CUMHURİYETİ PASAPORT / PASSPORT", "PASSAPORTE / PASSPORT", "旅券 PASSPORT JAPAN", "HỘ CHIẾU / PASSPORT", "ПАСПОРТ РЕСПУБЛИКИ УЗБЕКИСТАН"])
    lines = ["Type / Тип P", f"Code {p.cc}", f"Passport No. {p.passport}", p.last.upper(), p.first.upper(), COUNTRIES[p.cc][4].upper(),
             fdate(r, p.birth, "en", "mon3"), p.sex, p.birthplace.upper(), fdate(r, exp, "en", "mon3")]
    r.shuffle(lines)
    return [[hdr], lines, list(mrz_td3(p, exp))]


@tpl("passport", "mrz_only", ("en",))
def pass_mrz(r, lang):
    p = Person(r)
    exp = rdate(r, date(2027, 1, 1), date(2035, 12, 1))
    return [[ch(r, "P", "PASSPORT", "", "Passport data page")], list(mrz_td3(p, exp)), [maybe(r, .5, p.passport)]]


@tpl("employment_contract", "bilingual_hq", ("fr-nl", "de"))
def contract_bi(r, lang):
    p = Person(r)
    if lang == "de":
        return [[ch(r, "ARBEITSVERTRAG", "Arbeitsvertrag für Arbeiter", "Saisonarbeitsvertrag")],
                fields(r, [("Arbeitgeber", company(r)), ("Arbeitnehmer", p.name(r)), ("Staatsangehörigkeit", p.nationality(r, "de")), ("Funktion", ch(r, JOBS["de"])),
                           ("Paritätische Kommission", ch(r, "111", "124", "145")), ("Stundenlohn", money(r, r.uniform(14, 28), "de")), ("Beginn", fdate(r, rdate(r), "de"))]),
                ["Auf diesen Vertrag findet das Gesetz vom 3. Juli 1978 über die Arbeitsverträge Anwendung.", "Der Arbeitnehmer verpflichtet sich, die Arbeitsordnung einzuhalten.",
                 "Der Vertrag wird unter der aufschiebenden Bedingung der Erteilung der kombinierten Erlaubnis geschlossen."],
                ["Unterschrift Arbeitgeber", "Unterschrift Arbeitnehmer", "Eupen, " + fdate(r, rdate(r), "de")]]
    return [["CONTRAT DE TRAVAIL / ARBEIDSOVEREENKOMST", ch(r, "Employé / Bediende", "Durée indéterminée / Onbepaalde duur")],
            fields(r, [("Employeur / Werkgever", company(r)), ("Travailleur / Werknemer", p.name(r)), ("Fonction / Functie", ch(r, JOBS["fr"])),
                       ("Commission paritaire / Paritair comité", ch(r, "200", "111")), ("Salaire brut / Brutoloon", money(r, r.uniform(3700, 7000), "fr"))]),
            ["Loi du 3 juillet 1978 relative aux contrats de travail / Wet van 3 juli 1978 betreffende de arbeidsovereenkomsten",
             "Le travailleur / De werknemer: ____________     L'employeur / De werkgever: ____________"]]


@tpl("employment_contract", "clauses_page", ("fr", "nl", "en"))
def contract_clauses(r, lang):
    """A later page of a contract: clauses and signatures, no title."""
    cl = {"fr": ["Article 8 - Confidentialité. Le travailleur s'engage à ne divulguer aucune information confidentielle de l'employeur, pendant et après l'exécution du présent contrat.",
                 "Article 9 - Clause de non-concurrence. Conformément aux articles 65 et 86 de la loi du 3 juillet 1978, le travailleur s'interdit, pendant 12 mois...",
                 "Article 10 - Fin du contrat. Chaque partie peut mettre fin au contrat moyennant un préavis conforme à la loi.",
                 "Article 11 - Le présent contrat est suspendu à l'octroi du permis unique au travailleur.", "Article 12 - Litiges : tribunal du travail de Bruxelles."],
          "nl": ["Artikel 8 - Geheimhouding. De werknemer verbindt zich ertoe geen vertrouwelijke informatie bekend te maken, zowel tijdens als na de arbeidsovereenkomst.",
                 "Artikel 9 - Concurrentiebeding. Overeenkomstig de artikelen 65 en 86 van de wet van 3 juli 1978...",
                 "Artikel 10 - Beëindiging. Elke partij kan de overeenkomst beëindigen met inachtneming van de wettelijke opzeggingstermijn.",
                 "Artikel 11 - Deze overeenkomst gaat pas in na toekenning van de gecombineerde vergunning.", "Artikel 12 - Geschillen: arbeidsrechtbank Antwerpen."],
          "en": ["Clause 8 - Confidentiality. The Employee shall not disclose any confidential information of the Employer during or after this employment contract.",
                 "Clause 9 - Non-compete. In accordance with Articles 65 and 86 of the Law of 3 July 1978, the Employee shall refrain...",
                 "Clause 10 - Termination. Either party may terminate this contract subject to statutory notice.",
                 "Clause 11 - This contract is subject to the single permit being granted to the Employee.", "Clause 12 - Disputes: Labour Court of Brussels."]}[lang]
    k = r.randint(2, 5)
    return [[page_no(r, ch(r, 2, 3, 4), ch(r, 3, 4, 5), lang)], r.sample(cl, k),
            [LL(r, lang, fr=["Pour l'employeur", "L'employeur"], nl=["Voor de werkgever", "De werkgever"], en=["For the Employer"]) + f" {be_person(r)}",
             LL(r, lang, fr=["Le travailleur"], nl=["De werknemer"], en=["The Employee"]) + f" {Person(r).name(r)}"]]


@tpl("diploma", "conferral_short", ("en", "de", "nl"))
def diploma_short(r, lang):
    p = Person(r)
    deg = ch(r, DEGREES[lang])
    return [[ch(r, UNIS[lang])],
            [LL(r, lang, en=["has conferred upon", "hereby confers on"], de=["verleiht", "hat verliehen an"], nl=["verleent aan", "reikt uit aan"]), p.name(r, "First Last"),
             LL(r, lang, en=["the degree of"], de=["den akademischen Grad"], nl=["het diploma van", "de graad van"]), deg,
             fdate(r, rdate(r, date(2006, 1, 1), date(2025, 9, 1)), lang)],
            [maybe(r, .6, LL(r, lang, en=["Registrar"], de=["Der Präsident"], nl=["De rector"]))]]


@tpl("fee_payment_proof", "portal_receipt", ("nl", "en", "fr", "de"))
def fee_portal(r, lang):
    p = Person(r)
    return [[ch(r, "Working in Belgium", "Uniek loket - Working in Belgium", "Guichet unique"),
             LL(r, lang, fr=["Reçu de paiement - redevance administrative", "Paiement de la redevance"], nl=["Betalingsbewijs retributie", "Ontvangstbewijs betaling retributie"],
                en=["Payment receipt - administrative fee", "Fee paid"], de=["Zahlungsbeleg - Verwaltungsgebühr", "Gebühr bezahlt"])],
            fields(r, [(LL(r, lang, fr="Dossier", nl="Dossier", en="Application", de="Akte"), f"WIB-{r.randint(2025, 2026)}-{r.randint(10**5, 10**6)}"),
                       (LL(r, lang, fr="Travailleur", nl="Werknemer", en="Worker", de="Arbeitnehmer"), p.name(r)),
                       (LL(r, lang, fr="Montant payé", nl="Betaald bedrag", en="Amount paid", de="Bezahlter Betrag"), money(r, ch(r, [148, 180, 144]), lang)),
                       (LL(r, lang, fr="Bénéficiaire", nl="Begunstigde", en="Beneficiary", de="Empfänger"), ch(r, "Ausländeramt (BE57 6792 0060 9235)", "Office des étrangers (BE57 6792 0060 9235)", "DVZ - BE57 6792 0060 9235", "Vlaamse overheid - retributie", "Immigration Office")),
                       (LL(r, lang, fr="Date", nl="Datum", en="Date", de="Datum"), fdate(r, rdate(r), lang)),
                       (LL(r, lang, fr="Statut", nl="Status", en="Status", de="Status"), LL(r, lang, fr=["payé"], nl=["betaald"], en=["paid"], de=["bezahlt"]))])]


@tpl("assignment_letter", "loa_terms", ("en", "fr", "nl"))
def ict_terms(r, lang):
    p = Person(r)
    home = ch(r, FOREIGN_COMPANIES)
    host = company(r)
    d0 = rdate(r, date(2026, 1, 1), date(2027, 3, 1))
    d1 = d0 + timedelta(days=ch(r, 365, 548, 730, 1095))
    lab = {"en": ["Assignee", "Home entity", "Host entity", "Host country", "Assignment start", "Assignment end", "Position in host entity", "Base salary (home payroll)", "Allowances", "Tax", "Repatriation"],
           "fr": ["Travailleur détaché", "Entité d'origine", "Entité d'accueil", "Pays d'accueil", "Début du détachement", "Fin du détachement", "Fonction", "Salaire de base", "Indemnités", "Fiscalité", "Retour"],
           "nl": ["Gedetacheerde", "Zendende entiteit", "Ontvangende entiteit", "Gastland", "Begin detachering", "Einde detachering", "Functie", "Basisloon", "Vergoedingen", "Belastingen", "Terugkeer"]}[lang]
    return [[home, LL(r, lang, en=["LETTER OF ASSIGNMENT", "Long-term international assignment - terms and conditions", "Assignment Letter (ICT Directive 2014/66/EU)"],
                      fr=["LETTRE DE DÉTACHEMENT - conditions", "Lettre d'affectation internationale"], nl=["DETACHERINGSBRIEF - voorwaarden", "Opdrachtbrief internationale detachering"])],
            fields(r, [(lab[0], p.name(r)), (lab[1], home), (lab[2], host), (lab[3], "Belgium / Belgique / België"), (lab[4], fdate(r, d0, lang)), (lab[5], fdate(r, d1, lang)),
                       (lab[6], ch(r, "Senior specialist", "Engineering manager", "Trainee", "Solution architect")), (lab[7], money(r, r.uniform(40000, 110000), lang, "en")),
                       (lab[8], ch(r, "housing, COLA, home leave", "logement, scolarité", "huisvesting, schoolgeld")), (lab[9], ch(r, "tax equalisation", "égalisation fiscale", "tax equalization - hypothetical tax")),
                       (lab[10], ch(r, "guaranteed return to home entity", "retour garanti", "terugkeer naar de zendende entiteit"))]),
            [LL(r, lang, en=["This letter forms part of the application for an intra-corporate transferee permit. The assignee has been employed within the group for more than 3 months."],
                fr=["Cette lettre accompagne la demande de permis unique ICT (transfert temporaire intragroupe)."], nl=["Deze brief hoort bij de aanvraag ICT-vergunning (overplaatsing binnen een onderneming)."])],
            [LL(r, lang, en=["Signed for the home entity", "Agreed and accepted"], fr=["Pour l'entité d'origine"], nl=["Voor de zendende entiteit"]), fdate(r, rdate(r), lang)]]


@tpl("assignment_letter", "entsendung_short", ("de", "en"))
def ict_short(r, lang):
    p = Person(r)
    return [[ch(r, FOREIGN_COMPANIES), LL(r, lang, de=["Entsendungsbestätigung", "Bestätigung der Entsendung nach Belgien"], en=["Confirmation of secondment to Belgium", "Secondment letter"])],
            [LL(r, lang, de=[f"Hiermit bestätigen wir die Entsendung von {p.name(r)} (Pass {p.passport}) an unsere belgische Tochtergesellschaft {company(r)} als unternehmensinterner Transfer für {ch(r, 12, 24, 36)} Monate."],
                en=[f"We confirm the secondment of {p.name(r)} (passport {p.passport}) to our Belgian subsidiary {company(r)} as an intra-corporate transferee for {ch(r, 12, 24, 36)} months."]),
             LL(r, lang, de=["Das Arbeitsverhältnis mit der entsendenden Gesellschaft bleibt bestehen."], en=["The employment relationship with the sending company continues during the secondment."])],
            [fdate(r, rdate(r), lang)]]


@tpl("group_employment_proof", "table_fr_nl_de", ("fr", "nl", "de"))
def grp_table(r, lang):
    p = Person(r)
    grp = ch(r, GROUPS)
    title = LL(r, lang, fr=["Attestation d'ancienneté au sein du groupe", "ATTESTATION D'EMPLOI - GROUPE"], nl=["Attest anciënniteit binnen de groep", "TEWERKSTELLINGSATTEST GROEP"],
               de=["Nachweis der Beschäftigung im Konzern", "Konzernbeschäftigungsnachweis"])
    rows = []
    d = rdate(r, date(2015, 1, 1), date(2024, 6, 1))
    for _k in range(r.randint(1, 4)):
        d2 = d + timedelta(days=r.randint(120, 1000))
        rows.append(f"{fdate(r, d, lang, 'slash')} - {fdate(r, d2, lang, 'slash')}  {ch(r, FOREIGN_COMPANIES)}  {ch(r, JOBS[lang])}")
        d = d2 + timedelta(days=1)
    return [[grp, title], fields(r, [(L(lang, fr="Nom", nl="Naam", de="Name"), p.name(r)), (L(lang, fr="Passeport", nl="Paspoort", de="Reisepass"), p.passport)]),
            rows, [LL(r, lang, fr=["Emploi sans interruption au sein du groupe depuis plus de trois mois."], nl=["Ononderbroken tewerkstelling binnen de groep gedurende meer dan drie maanden."],
                      de=["Ununterbrochene Beschäftigung in der Unternehmensgruppe seit mehr als drei Monaten."]), fdate(r, rdate(r), lang)]]


@tpl("hosting_agreement", "bilingual_grant", ("fr-nl", "fr", "de"))
def hosting_bi(r, lang):
    p = Person(r)
    org = ch(r, RESEARCH_ORGS)
    if lang == "fr-nl":
        t = "CONVENTION D'ACCUEIL / GASTOVEREENKOMST"
    else:
        t = LL(r, lang, fr=["Convention d'accueil - chercheur boursier", "CONVENTION D'ACCUEIL"], de=["Aufnahmevereinbarung (Stipendiat)", "AUFNAHMEVEREINBARUNG"])
    return [[org, t],
            fields(r, [(L(lang, fr="Organisme de recherche agréé / Erkende onderzoeksinstelling", de="Zugelassene Forschungseinrichtung"), org),
                       (L(lang, fr="Chercheur / Onderzoeker", de="Forscher"), p.name(r)), (L(lang, fr="Passeport / Paspoort", de="Reisepass"), p.passport),
                       (L(lang, fr="Projet / Project", de="Projekt"), ch(r, "Catalyse verte", "Neural decoding", "Hydrogéologie du karst")),
                       (L(lang, fr="Bourse / Beurs", de="Stipendium"), money(r, r.uniform(1900, 3000), lang) + " / mois"),
                       (L(lang, fr="Durée / Duur", de="Dauer"), f"{ch(r, 12, 24, 36, 48)} {L(lang, fr='mois / maanden', de='Monate')}")]),
            [L(lang, fr="L'organisme de recherche et le chercheur signent la présente convention d'accueil conformément à la loi du 15 décembre 1980. / De onderzoeksinstelling en de onderzoeker ondertekenen deze gastovereenkomst.",
               de="Die Forschungseinrichtung und der Forscher unterzeichnen diese Aufnahmevereinbarung gemäß dem Gesetz vom 15. Dezember 1980.")],
            [fdate(r, rdate(r), lang)]]


@tpl("order_to_leave", "annex13_form", ("fr", "nl", "de"))
def otl_form(r, lang):
    p = Person(r)
    hdr = L(lang, fr="ANNEXE 13 - ORDRE DE QUITTER LE TERRITOIRE (modèle B)", nl="BIJLAGE 13 - BEVEL OM HET GRONDGEBIED TE VERLATEN (model B)",
            de="ANLAGE 13 - ANWEISUNG, DAS STAATSGEBIET ZU VERLASSEN")
    fl = fields(r, [(L(lang, fr="Nom", nl="Naam", de="Name"), p.last.upper()), (L(lang, fr="Prénom", nl="Voornaam", de="Vorname"), p.first),
                    (L(lang, fr="Date de naissance", nl="Geboortedatum", de="Geburtsdatum"), fdate(r, p.birth, lang)),
                    (L(lang, fr="Nationalité", nl="Nationaliteit", de="Staatsangehörigkeit"), p.nationality(r, lang)),
                    (L(lang, fr="Délai", nl="Termijn", de="Frist"), f"{ch(r, 30, 7, 10)} " + L(lang, fr="jours", nl="dagen", de="Tage"))])
    boxes = [f"{ch(r, '[X]', '[ ]', '☒', '☐')} " + x for x in r.sample(L(lang,
        fr=["article 7, alinéa 1er, 1° : demeure dans le Royaume sans être porteur des documents requis", "article 7, alinéa 1er, 2° : dépassement du délai de séjour",
            "article 7, alinéa 1er, 3° : compromet l'ordre public", "article 7, alinéa 1er, 13° : refus de la demande d'autorisation de séjour"],
        nl=["artikel 7, eerste lid, 1°: verblijft in het Rijk zonder de vereiste documenten", "artikel 7, eerste lid, 2°: overschrijding van de verblijfsduur",
            "artikel 7, eerste lid, 3°: gevaar voor de openbare orde", "artikel 7, eerste lid, 13°: weigering van de aanvraag"],
        de=["Artikel 7 Absatz 1 Nr. 1: ohne erforderliche Dokumente", "Artikel 7 Absatz 1 Nr. 2: Überschreitung der Aufenthaltsdauer"]), 2)]
    return [[_io_header(r, lang), hdr], fl, boxes,
            [L(lang, fr="En cas de non-respect, l'intéressé(e) s'expose à une interdiction d'entrée et à un éloignement sous contrainte.",
               nl="Bij niet-naleving riskeert betrokkene een inreisverbod en gedwongen verwijdering.", de="Bei Nichtbefolgung drohen ein Einreiseverbot und die Abschiebung."),
             fdate(r, rdate(r), lang)]]


@tpl("entry_ban", "motivation_page", ("fr", "nl", "en"))
def eb_motiv(r, lang):
    years = ch(r, 2, 3, 5)
    return [[LL(r, lang, fr=["Interdiction d'entrée - motivation", "ANNEXE 13sexies (suite)"], nl=["Inreisverbod - motivering", "BIJLAGE 13sexies (vervolg)"], en=["Entry ban - reasons", "ANNEX 13sexies (continued)"])],
            [LL(r, lang, fr=[f"La durée de {years} ans de l'interdiction d'entrée est proportionnée : l'intéressé(e) n'a pas obtempéré à un ordre de quitter le territoire antérieur. Article 74/11, §1er, alinéa 2 de la loi du 15 décembre 1980."],
                nl=[f"De duur van {years} jaar van het inreisverbod is proportioneel: betrokkene gaf geen gevolg aan een eerder bevel om het grondgebied te verlaten. Artikel 74/11, §1, tweede lid van de wet van 15 december 1980."],
                en=[f"The duration of {years} years of the entry ban is proportionate: the person did not comply with an earlier order to leave the territory. Article 74/11, §1, second paragraph of the Law of 15 December 1980."]),
             LL(r, lang, fr=["L'intérêt supérieur de l'enfant, la vie familiale et l'état de santé ont été pris en compte (article 74/13)."],
                nl=["Er werd rekening gehouden met het hoger belang van het kind, het gezinsleven en de gezondheidstoestand (artikel 74/13)."],
                en=["The best interests of the child, family life and state of health were taken into account (Article 74/13)."])],
            [LL(r, lang, fr=["L'interdiction d'entrée prend cours le jour où l'intéressé(e) quitte effectivement le territoire Schengen."], nl=["Het inreisverbod gaat in op de dag dat betrokkene het Schengengebied daadwerkelijk verlaat."],
                en=["The entry ban starts on the day the person actually leaves the Schengen area."])]]


@tpl("entry_ban", "police_notification", ("fr", "nl", "de"))
def eb_notif(r, lang):
    p = Person(r)
    return [[L(lang, fr="Notification d'une interdiction d'entrée (annexe 13sexies)", nl="Kennisgeving van een inreisverbod (bijlage 13sexies)", de="Zustellung eines Einreiseverbots (Anlage 13sexies)")],
            [L(lang, fr=f"Ce jour, l'interdiction d'entrée de {ch(r, 2, 3)} ans prise par l'Office des étrangers a été notifiée à {p.name(r)}, né(e) le {fdate(r, p.birth, 'fr')}.",
               nl=f"Heden werd het inreisverbod van {ch(r, 2, 3)} jaar van de Dienst Vreemdelingenzaken betekend aan {p.name(r)}, geboren op {fdate(r, p.birth, 'nl')}.",
               de=f"Heute wurde {p.name(r)}, geboren am {fdate(r, p.birth, 'de')}, das Einreiseverbot des Ausländeramtes zugestellt."),
             L(lang, fr="Une copie de la décision a été remise à l'intéressé(e).", nl="Een afschrift werd aan betrokkene overhandigd.", de="Eine Abschrift wurde ausgehändigt.")],
            [fdate(r, rdate(r), lang), L(lang, fr="Signature de l'agent notificateur", nl="Handtekening van de betekenende ambtenaar", de="Unterschrift des Beamten")]]


@tpl("vacancy_proof", "eures_listing", ("en", "de", "fr"))
def vac_eures(r, lang):
    job = ch(r, JOBS[lang])
    return [[ch(r, "EURES - The European Job Mobility Portal", "eures.europa.eu"), LL(r, lang, en=["Job details"], de=["Stellenangebot - Details"], fr=["Détail de l'offre d'emploi"])],
            [job, company(r), f"{be_address(r, lang)[1]}, {L(lang, en='Belgium', de='Belgien', fr='Belgique')}",
             f"{L(lang, en='Date published', de='Veröffentlicht am', fr='Date de publication')}: {fdate(r, rdate(r), lang)}",
             f"{L(lang, en='Last application date', de='Bewerbungsschluss', fr='Date limite')}: {fdate(r, rdate(r), lang)}",
             f"{L(lang, en='Source', de='Quelle', fr='Source')}: {ch(r, 'VDAB', 'Actiris', 'FOREM', 'ADG')}", f"{L(lang, en='Number of posts', de='Anzahl Stellen', fr='Nombre de postes')}: {r.randint(1, 10)}"],
            [LL(r, lang, en=["Apply via the public employment service of Belgium."], de=["Bewerbung über den öffentlichen Arbeitsvermittlungsdienst."], fr=["Postulez via le service public de l'emploi."])]]


@tpl("payslip", "payroll_codes", ("fr", "nl"))
def payslip_codes(r, lang):
    p = Person(r)
    g = r.uniform(3000, 8000)
    codes = [("1010", L(lang, fr="Rémunération mensuelle", nl="Maandwedde"), g), ("1120", L(lang, fr="Heures supplémentaires", nl="Overuren"), r.uniform(0, 400)),
             ("3100", L(lang, fr="Cotisation personnelle ONSS", nl="Persoonlijke RSZ-bijdrage"), -g * .1307),
             ("3200", L(lang, fr="Bonus à l'emploi", nl="Werkbonus"), r.uniform(0, 100)),
             ("4000", L(lang, fr="Rémunération imposable", nl="Belastbaar loon"), g * .87),
             ("4100", L(lang, fr="Précompte professionnel", nl="Bedrijfsvoorheffing"), -g * .25),
             ("5010", L(lang, fr="Frais de transport", nl="Woon-werkverkeer"), r.uniform(10, 120)),
             ("6000", L(lang, fr="Net à payer", nl="Netto te betalen"), g * .6)]
    st = ch(r, "be_nocur", "be")
    return [[ch(r, "SD Worx", "Securex", "Partena", "Acerta"), L(lang, fr="Fiche de rémunération", nl="Loonbrief") + f" {r.randint(1, 12):02d}/{ch(r, 2025, 2026)}"],
            fields(r, [(L(lang, fr="Matricule", nl="Personeelsnummer"), str(r.randint(1000, 99999))), (L(lang, fr="Nom", nl="Naam"), p.name(r)), (L(lang, fr="Employeur", nl="Werkgever"), company(r))]),
            [f"{c}  {lab}  {money(r, v, lang, st)}" for c, lab, v in codes if r.random() < .85]]



@tpl(U, "visa_application_form", ("en", "fr", "nl"))
def u_visa_form(r, lang):
    p = Person(r)
    return [[LL(r, lang, en=["Application for National Visa (type D)", "Application for Schengen Visa"], fr=["Demande de visa national (type D)", "Formulaire de demande de visa Schengen"],
                nl=["Aanvraag nationaal visum (type D)", "Aanvraagformulier Schengenvisum"]), maybe(r, .5, "This application form is free / Ce formulaire est gratuit")],
            [f"1. {L(lang, en='Surname', fr='Nom', nl='Naam')}: {p.last.upper()}", f"3. {L(lang, en='First name(s)', fr='Prénom(s)', nl='Voorna(a)m(en)')}: {p.first}",
             f"4. {L(lang, en='Date of birth', fr='Date de naissance', nl='Geboortedatum')}: {fdate(r, p.birth, lang)}", f"7. {L(lang, en='Current nationality', fr='Nationalité actuelle', nl='Huidige nationaliteit')}: {p.nationality(r, lang)}",
             f"13. {L(lang, en='Number of travel document', fr='Numéro du document de voyage', nl='Nummer van het reisdocument')}: {p.passport}",
             f"23. {L(lang, en='Purpose of journey', fr='Objet du voyage', nl='Doel van de reis')}: {ch(r, 'Work / Travail', 'Employment - single permit', 'Arbeid')}"],
            [L(lang, en="Place and date - Signature", fr="Lieu et date - Signature", nl="Plaats en datum - Handtekening")]]


@tpl(U, "annex3bis_sponsorship", ("fr", "nl"))
def u_annex3bis(r, lang):
    p = Person(r)
    return [[L(lang, fr="ANNEXE 3bis - Engagement de prise en charge", nl="BIJLAGE 3bis - Verbintenis tot tenlasteneming")],
            [L(lang, fr=f"Je soussigné(e) {be_person(r)}, garant, m'engage à prendre en charge les frais de séjour, de soins de santé et de rapatriement de {p.name(r)}, passeport {p.passport}, pendant son séjour de courte durée.",
               nl=f"Ondergetekende {be_person(r)} verbindt zich ertoe de kosten voor verblijf, gezondheidszorg en repatriëring te dragen van {p.name(r)}, paspoort {p.passport}, tijdens het kort verblijf.")],
            [L(lang, fr="Légalisation de la signature par l'administration communale", nl="Legalisatie van de handtekening door het gemeentebestuur"), fdate(r, rdate(r), lang)]]


@tpl(U, "police_report_lost", ("fr", "nl", "en"))
def u_police_report(r, lang):
    p = Person(r)
    return [[L(lang, fr="Police fédérale / locale - Procès-verbal", nl="Lokale politie - Proces-verbaal", en="Police report"),
             L(lang, fr="Déclaration de perte de documents", nl="Aangifte van verlies van documenten", en="Declaration of loss / theft")],
            [L(lang, fr=f"Le déclarant {p.name(r)}, de nationalité {p.nationality(r, 'fr')}, déclare avoir perdu son passeport n° {p.passport} ainsi que sa carte de séjour.",
               nl=f"Aangever {p.name(r)}, nationaliteit {p.nationality(r, 'nl')}, verklaart zijn/haar paspoort nr. {p.passport} en verblijfskaart verloren te hebben.",
               en=f"The declarant {p.name(r)}, {p.nationality(r, 'en')} national, reports the loss of passport no. {p.passport}."),
             f"PV {ch(r, 'BR', 'AN', 'LG', 'GE')}.{r.randint(10, 99)}.L{r.randint(1, 9)}.{r.randint(100000, 999999)}/{ch(r, 2025, 2026)}"],
            [fdate(r, rdate(r), lang), L(lang, fr="L'inspecteur de police", nl="De inspecteur", en="Officer")]]


@tpl(U, "blank_or_stamp", ("fr", "nl", "en", "de"))
def u_blank(r, lang):
    k = r.randrange(3)
    if k == 0:
        return [[" ".join(junk(r) for _ in range(r.randint(2, 8)))], [maybe(r, .5, fdate(r, rdate(r), lang))]]
    if k == 1:
        return [[LL(r, lang, fr=["Verso - page blanche", "Cette page est intentionnellement laissée blanche."], nl=["Deze pagina werd bewust blanco gelaten."],
                    de=["Diese Seite wurde absichtlich leer gelassen."], en=["This page intentionally left blank.", "Notes"])]]
    return [[LL(r, lang, fr=["Reçu le", "Pour accord"], nl=["Ontvangen op", "Voor akkoord"], de=["Eingegangen am"], en=["Received", "Approved"]), fdate(r, rdate(r), lang)],
            [" ".join(junk(r) for _ in range(r.randint(1, 4))), be_person(r)]]


@tpl(U, "parking_fine", ("fr", "nl"))
def u_fine(r, lang):
    return [[ch(r, "parking.brussels", "Stad Antwerpen - Parkeerbedrijf", "Ville de Liège"), L(lang, fr="Redevance de stationnement", nl="Parkeerretributie")],
            fields(r, [(L(lang, fr="Plaque", nl="Nummerplaat"), f"1-{ch(r, 'ABC', 'GHT', 'XKL')}-{r.randint(100, 999)}"), (L(lang, fr="Montant", nl="Bedrag"), money(r, ch(r, [25, 35, 50]), lang)),
                       (L(lang, fr="Date", nl="Datum"), fdate(r, rdate(r), lang)), ("IBAN", iban_be(r))])]


@tpl(U, "pension_or_benefit", ("fr", "nl", "de"))
def u_benefit(r, lang):
    p = Person(r)
    return [[LL(r, lang, fr=["Famiris - allocations familiales", "Service fédéral des Pensions", "CAPAC - paiement"], nl=["FONS - Groeipakket", "Federale Pensioendienst", "HVW - betaling"],
                de=["Ministerium der DG - Familienleistungen", "Föderaler Pensionsdienst"])],
            [LL(r, lang, fr=[f"Nous vous informons que le montant de {money(r, r.uniform(100, 1500), 'fr')} sera versé le {fdate(r, rdate(r), 'fr')}."],
                nl=[f"Wij laten u weten dat het bedrag van {money(r, r.uniform(100, 1500), 'nl')} op {fdate(r, rdate(r), 'nl')} wordt uitbetaald."],
                de=[f"Der Betrag von {money(r, r.uniform(100, 1500), 'de')} wird am {fdate(r, rdate(r), 'de')} überwiesen."]), p.name(r)]]


@tpl(U, "naric_or_equivalence_request", ("fr", "nl"))
def u_naric_request(r, lang):
    p = Person(r)
    return [[L(lang, fr="Fédération Wallonie-Bruxelles - Service des équivalences", nl="NARIC-Vlaanderen"),
             L(lang, fr="Accusé de réception de votre demande", nl="Ontvangstbevestiging van uw aanvraag")],
            [L(lang, fr=f"Nous avons bien reçu la demande de {p.name(r)}. Les frais de dossier de {money(r, ch(r, [150, 200]), 'fr')} doivent être payés avant l'analyse.",
               nl=f"Wij ontvingen de aanvraag van {p.name(r)}. De dossierkosten van {money(r, ch(r, [90, 180]), 'nl')} moeten betaald worden vóór de behandeling.")]]


@tpl("medical_certificate", "checkbox_form", ("fr-nl", "en", "de"))
def med_checkbox(r, lang):
    p = Person(r)
    dis = L(lang, fr=["Tuberculose / Tuberculose", "Maladies quarantenaires / Quarantaineziekten", "Autres maladies infectieuses contagieuses / Andere besmettelijke ziekten"],
            en=["Tuberculosis", "Quarantinable diseases (IHR 2005)", "Other contagious infectious diseases"], de=["Tuberkulose", "Quarantänepflichtige Krankheiten", "Andere ansteckende Krankheiten"])
    return [[L(lang, fr="MODÈLE DE CERTIFICAT MÉDICAL / MODEL VAN MEDISCH GETUIGSCHRIFT", en="MEDICAL CERTIFICATE - MODEL", de="MUSTER EINES ÄRZTLICHEN ATTESTES"),
             L(lang, fr="Office des étrangers / Dienst Vreemdelingenzaken", en="Belgian Immigration Office", de="Ausländeramt")],
            fields(r, [(L(lang, fr="Nom / Naam", en="Name", de="Name"), p.name(r)), (L(lang, fr="Date de naissance / Geboortedatum", en="Date of birth", de="Geburtsdatum"), fdate(r, p.birth, lang)),
                       (L(lang, fr="Passeport / Paspoort", en="Passport", de="Reisepass"), p.passport)]),
            [f"{ch(r, '☐', '[ ]', '□')} {d}: {L(lang, fr='non / neen', en='no', de='nein')}" for d in dis],
            [L(lang, fr="Le médecin certifie que l'intéressé(e) n'est atteint(e) d'aucune de ces maladies. / De arts verklaart dat betrokkene aan geen van deze ziekten lijdt.",
               en="The physician certifies that the person is free of the above diseases.", de="Der Arzt bescheinigt, dass keine dieser Krankheiten vorliegt."),
             f"Dr {ch(r, LAST)} - {fdate(r, rdate(r), lang)}"]]


@tpl("application_form", "unlimited_worker", ("fr", "nl"))
def app_unlimited(r, lang):
    p = Person(r)
    rows = [f"{r.randint(2018, 2025)}  {company(r)}  {ch(r, JOBS[lang])}" for _ in range(r.randint(2, 4))]
    return [[L(lang, fr="Demande de permis unique à durée illimitée - introduite par le travailleur", nl="Aanvraag gecombineerde vergunning van onbepaalde duur - door de werknemer"),
             L(lang, fr="Formulaire de demande", nl="Aanvraagformulier")],
            fields(r, [(L(lang, fr="Nom et prénom", nl="Naam en voornaam"), p.name(r)), (L(lang, fr="N° de registre national", nl="Rijksregisternummer"), p.nrn),
                       (L(lang, fr="Nationalité", nl="Nationaliteit"), p.nationality(r, lang)), (L(lang, fr="Adresse", nl="Adres"), ", ".join(be_address(r, lang)))]),
            [L(lang, fr="Périodes d'occupation au cours des cinq dernières années :", nl="Tewerkstellingsperiodes in de voorbije vijf jaar:")] + rows,
            [L(lang, fr="Annexes : fiches de paie, comptes individuels, copies des permis précédents, copie du titre de séjour, contrat de travail en cours.",
               nl="Bijlagen: loonbrieven, individuele rekeningen, kopieën van vorige vergunningen, kopie verblijfskaart, lopende arbeidsovereenkomst."),
             L(lang, fr="Signature du demandeur", nl="Handtekening van de aanvrager")]]


@tpl("diploma", "maghreb_fr", ("fr",))
def diploma_maghreb(r, lang):
    p = Person(r)
    return [[ch(r, "ROYAUME DU MAROC - Université Mohammed V de Rabat", "RÉPUBLIQUE TUNISIENNE - Université de Tunis El Manar", "RÉPUBLIQUE DU SÉNÉGAL - Université Cheikh Anta Diop de Dakar",
                "RÉPUBLIQUE DU CAMEROUN - Université de Yaoundé I", "Ministère de l'Enseignement supérieur et de la Recherche scientifique"),
             ch(r, "DIPLÔME NATIONAL DE LICENCE", "DIPLÔME D'INGÉNIEUR D'ÉTAT", "DIPLÔME DE MASTER", "DIPLÔME D'ÉTUDES SUPÉRIEURES SPÉCIALISÉES")],
            [f"Vu les procès-verbaux du jury, le diplôme est délivré à {p.name(r)}, né(e) le {fdate(r, p.birth, 'fr')} à {p.birthplace},",
             f"Spécialité : {ch(r, 'Génie informatique', 'Génie civil', 'Économie et gestion', 'Chimie', 'Réseaux et télécommunications')}", f"Mention : {ch(r, 'Bien', 'Assez bien', 'Très bien', 'Passable')}"],
            [f"Fait à {p.birthplace}, le {fdate(r, rdate(r, date(2008, 1, 1), date(2025, 1, 1)), 'fr')}", "Le Président de l'Université", f"N° {r.randint(10000, 999999)}"]]


@tpl("health_insurance", "insurance_card", ("fr", "nl", "en"))
def hi_card(r, lang):
    p = Person(r)
    return [[ch(r, MUTUALITIES["fr"] + MUTUALITIES["nl"] + ["Allianz Care", "Cigna Global", "DKV"]),
             LL(r, lang, fr=["Carte d'assurance soins de santé", "Carte d'affilié - assurance maladie"], nl=["Verzekeringskaart ziektekosten", "Lidkaart ziekenfonds - ziekteverzekering"],
                en=["Health insurance card", "Member card - medical insurance"])],
            [p.name(r), f"{ch(r, 'N°', 'Nr.', 'ID')} {r.randint(10**8, 10**10)}", f"{L(lang, fr='Valable jusqu au', nl='Geldig tot', en='Valid until')} {fdate(r, rdate(r, date(2026, 12, 1), date(2029, 1, 1)), lang)}",
             maybe(r, .5, ch(r, "Hospitalisation - Assistance 24/7", "Tiers payant", "Emergency: +32 2 000 00 00"))]]


@tpl("residence_permit", "old_model", ("fr-nl", "de"))
def rp_old(r, lang):
    p = Person(r)
    return [[ch(r, "BELGIQUE - BELGIË", "ROYAUME DE BELGIQUE - KONINKRIJK BELGIË", "BELGIEN"),
             L(lang, fr="CERTIFICAT D'INSCRIPTION AU REGISTRE DES ÉTRANGERS / BEWIJS VAN INSCHRIJVING IN HET VREEMDELINGENREGISTER", de="BESCHEINIGUNG DER EINTRAGUNG IM AUSLÄNDERREGISTER"),
             L(lang, fr="Titre de séjour / Verblijfstitel - carte A", de="Aufenthaltstitel - Karte A")],
            [p.name(r, "LAST First"), p.cc, fdate(r, p.birth, lang, "dot"), f"{ch(r, 'Valable jusqu au / Geldig tot', 'Gültig bis')} {fdate(r, rdate(r, date(2026, 1, 1), date(2028, 1, 1)), lang, 'dot')}",
             ch(r, "Séjour temporaire / Tijdelijk verblijf", "Befristeter Aufenthalt"), f"{ch(r, 'B', 'C')}{r.randint(10**9, 10**10 - 1)}"]]


@tpl("payslip", "intl_en", ("en", "de"))
def payslip_en(r, lang):
    p = Person(r)
    g = r.uniform(4000, 9000)
    rows = L(lang, en=[("Monthly base salary", g), ("Employee social security contribution (13.07%)", -g * .1307), ("Withholding tax", -g * .3), ("Company car benefit in kind", r.uniform(100, 300)),
                       ("Net salary", g * .55)],
             de=[("Grundgehalt", g), ("Arbeitnehmerbeitrag soziale Sicherheit (13,07 %)", -g * .1307), ("Berufssteuervorabzug", -g * .3), ("Nettogehalt", g * .55)])
    return [[company(r), L(lang, en="Payslip", de="Gehaltsabrechnung") + f" {MONTHS[lang][r.randint(0, 11)]} {ch(r, 2025, 2026)}"],
            fields(r, [(L(lang, en="Employee", de="Mitarbeiter"), p.name(r)), (L(lang, en="Employee number", de="Personalnummer"), str(r.randint(100, 9999))),
                       (L(lang, en="Position", de="Funktion"), ch(r, JOBS[lang])), ("IBAN", iban_be(r))]),
            [f"{a}  {money(r, v, lang, 'en' if lang == 'en' else 'be')}" for a, v in rows]]


@tpl("vacancy_proof", "service_attestation", ("fr", "nl"))
def vac_attest(r, lang):
    d0 = rdate(r, date(2025, 5, 1), date(2026, 9, 1))
    d1 = d0 + timedelta(weeks=ch(r, 5, 6, 9, 10))
    return [[L(lang, fr=ch(r, "Actiris - Service Employeurs", "Le Forem - Conseillers entreprises"), nl="VDAB - Dienstverlening werkgevers"),
             L(lang, fr="Attestation de diffusion d'une offre d'emploi", nl="Attest van verspreiding van een vacature")],
            [L(lang, fr=f"Nous attestons que l'offre d'emploi n° {r.randint(10**6, 10**7)} « {ch(r, JOBS['fr'])} » de {company(r)} a été diffusée du {fdate(r, d0, 'fr')} au {fdate(r, d1, 'fr')} et transmise au réseau EURES.",
               nl=f"Wij bevestigen dat vacature nr. {r.randint(10**6, 10**7)} '{ch(r, JOBS['nl'])}' van {company(r)} van {fdate(r, d0, 'nl')} tot {fdate(r, d1, 'nl')} werd gepubliceerd en doorgestuurd naar EURES."),
             L(lang, fr=f"Candidatures reçues : {r.randint(0, 12)}. Aucun candidat ne répondait au profil.", nl=f"Ontvangen kandidaturen: {r.randint(0, 12)}. Geen enkele kandidaat beantwoordde aan het profiel.")],
            [fdate(r, d1, lang), be_person(r)]]


@tpl(U, "record_request_form", ("fr", "nl", "en"))
def u_record_request(r, lang):
    p = Person(r)
    return [[LL(r, lang, fr=["Demande d'extrait de casier judiciaire - formulaire", "Formulaire de demande d'un extrait de casier judiciaire"],
                nl=["Aanvraag uittreksel uit het strafregister - formulier", "Aanvraagformulier uittreksel strafregister"], en=["Request form - police clearance certificate", "Application for a criminal record certificate"])],
            fields(r, [(L(lang, fr="Nom", nl="Naam", en="Name"), p.name(r)), (L(lang, fr="Date de naissance", nl="Geboortedatum", en="Date of birth"), fdate(r, p.birth, lang)),
                       (L(lang, fr="Modèle demandé", nl="Gevraagd model", en="Type requested"), ch(r, "595", "596.1", "596.2", "standard")),
                       (L(lang, fr="Motif de la demande", nl="Reden van de aanvraag", en="Reason"), L(lang, fr="permis unique", nl="gecombineerde vergunning", en="work permit abroad"))]),
            [L(lang, fr="Joindre une copie de la carte d'identité ou du passeport. Délai de traitement : 5 jours ouvrables.", nl="Voeg een kopie van de identiteitskaart of het paspoort toe. Behandelingstermijn: 5 werkdagen.",
               en="Attach a copy of your ID or passport. Processing time: 5 working days."), L(lang, fr="Signature du demandeur", nl="Handtekening aanvrager", en="Applicant signature")]]


@tpl(U, "internship_agreement", ("fr", "nl", "en"))
def u_internship(r, lang):
    p = Person(r)
    return [[ch(r, UNIS["fr"] + UNIS["nl"]), LL(r, lang, fr=["Convention de stage", "Convention de stage en entreprise"], nl=["Stageovereenkomst", "Stagecontract"], en=["Internship agreement", "Student placement agreement"])],
            [LL(r, lang, fr=[f"Entre l'établissement d'enseignement, l'entreprise {company(r)} et l'étudiant(e) {p.name(r)}, il est convenu d'un stage non rémunéré de {ch(r, 8, 12, 16)} semaines."],
                nl=[f"Tussen de onderwijsinstelling, de onderneming {company(r)} en student {p.name(r)} wordt een onbezoldigde stage van {ch(r, 8, 12, 16)} weken overeengekomen."],
                en=[f"Between the university, the company {company(r)} and the student {p.name(r)}, an unpaid placement of {ch(r, 8, 12, 16)} weeks is agreed."]),
             LL(r, lang, fr=["Le stagiaire est couvert par l'assurance de l'établissement. Le maître de stage évalue le stagiaire."], nl=["De stagiair is verzekerd via de onderwijsinstelling. De stagementor beoordeelt de stagiair."],
                en=["The student is insured by the university. The supervisor evaluates the intern."])],
            [L(lang, fr="L'établissement - L'entreprise - L'étudiant", nl="De instelling - De onderneming - De student", en="University - Company - Student")]]


@tpl(U, "a1_limosa", ("en", "fr", "nl"))
def u_a1(r, lang):
    p = Person(r)
    if r.random() < .5:
        return [[ch(r, "PORTABLE DOCUMENT A1", "Certificate of coverage", "Certificat de détachement (sécurité sociale)"),
                 L(lang, en="Certificate concerning the social security legislation which applies to the holder", fr="Attestation concernant la législation de sécurité sociale applicable au titulaire", nl="Verklaring betreffende de socialezekerheidswetgeving die op de houder van toepassing is")],
                fields(r, [("1.1 Personal identification number", str(r.randint(10**8, 10**10))), ("1.3 Surname", p.last.upper()), ("1.4 Forenames", p.first),
                           ("2.1 Member State whose legislation applies", ch(r, "India (bilateral agreement)", "Japan (agreement)", "Turkey")), ("2.2 Starting date", fdate(r, rdate(r), "en")),
                           ("3.2 Posted employed person", "X")])]
    return [["LIMOSA-1", L(lang, en="Declaration of posting - acknowledgement", fr="Déclaration de détachement - accusé de réception", nl="Melding van detachering - ontvangstbewijs")],
            fields(r, [(L(lang, en="Worker", fr="Travailleur", nl="Werknemer"), p.name(r)), (L(lang, en="Employer abroad", fr="Employeur à l'étranger", nl="Buitenlandse werkgever"), ch(r, FOREIGN_COMPANIES)),
                       (L(lang, en="Belgian client", fr="Client belge", nl="Belgische opdrachtgever"), company(r)), (L(lang, en="Period", fr="Période", nl="Periode"), f"{fdate(r, rdate(r), lang)} - {fdate(r, rdate(r), lang)}"),
                       ("L1 ID", str(r.randint(10**6, 10**7)))])]


@tpl(U, "group_organigram", ("en", "fr"))
def u_organigram(r, lang):
    grp = ch(r, GROUPS)
    ents = r.sample(FOREIGN_COMPANIES, 4)
    return [[grp, L(lang, en=ch(r, "Group structure chart", "Organisation chart"), fr=ch(r, "Organigramme du groupe", "Structure du groupe"))],
            [f"{grp} (100%)"] + [f"  └ {e} ({ch(r, 100, 100, 75, 51)}%)" for e in ents] + [f"  └ {company(r)} (100%) - Belgium"],
            [L(lang, en="Shareholding as at " + fdate(r, rdate(r), "en"), fr="Participations au " + fdate(r, rdate(r), "fr"))]]


@tpl(U, "tax_form_28110", ("fr", "nl"))
def u_28110(r, lang):
    p = Person(r)
    return [[L(lang, fr="Fiche 281.10 - revenus 2025", nl="Fiche 281.10 - inkomsten 2025"), L(lang, fr="Rémunérations des travailleurs", nl="Bezoldigingen van werknemers")],
            fields(r, [(L(lang, fr="Débiteur des revenus", nl="Schuldenaar van de inkomsten"), company(r)), (L(lang, fr="Bénéficiaire", nl="Verkrijger"), p.name(r)), ("NN/INSZ", p.nrn),
                       ("250", money(r, r.uniform(30000, 90000), lang, "be_nocur")), ("286", money(r, r.uniform(8000, 25000), lang, "be_nocur")), ("287", money(r, r.uniform(10, 300), lang, "be_nocur"))]),
            [L(lang, fr="Document à conserver pour votre déclaration d'impôt.", nl="Bewaar dit document voor uw belastingaangifte.")]]


@tpl(U, "refusal_annex48", ("fr", "nl", "en"))
def u_annex48(r, lang):
    p = Person(r)
    return [[_io_header(r, lang), L(lang, fr="ANNEXE 48", nl="BIJLAGE 48", en="ANNEX 48")],
            [L(lang, fr=f"Décision de refus d'une demande de permis unique introduite pour {p.name(r)}. L'autorisation de travail a été refusée par la Région.",
               nl=f"Beslissing tot weigering van de aanvraag gecombineerde vergunning voor {p.name(r)}. De toelating tot arbeid werd geweigerd door het Gewest.",
               en=f"Decision refusing the single permit application filed for {p.name(r)}. The work authorisation was refused by the Region."),
             L(lang, fr="Un recours peut être introduit auprès du Conseil du Contentieux des Étrangers.", nl="Beroep mogelijk bij de Raad voor Vreemdelingenbetwistingen.", en="An appeal may be lodged.")],
            [fdate(r, rdate(r), lang)]]


@tpl(U, "conference_invitation", ("en",))
def u_conf(r, lang):
    p = Person(r)
    return [[ch(r, RESEARCH_ORGS), ch(r, "Invitation letter", "Letter of invitation - international workshop")],
            [f"Dear {p.name(r, 'First Last')}, we are pleased to invite you to present your work at the {ch(r, 'Workshop on Applied Machine Learning', 'Symposium on Tropical Medicine', 'Conference on Battery Materials')} in {ch(r, 'Leuven', 'Ghent', 'Brussels')} on {fdate(r, rdate(r), 'en')}.",
             "This letter is issued for your short-stay visa application. Travel and accommodation are at your own expense."],
            [f"Prof. {be_person(r)}, chair of the organising committee"]]


@tpl(U, "cv_long", ("en", "fr"))
def u_cv2(r, lang):
    p = Person(r)
    return [[p.name(r, "First Last"), ch(r, JOBS[lang]), f"{p.first.split()[0].lower()}@mail.example | +{r.randint(30, 99)} {r.randint(100000000, 999999999)}"],
            [L(lang, en="PROFILE", fr="PROFIL"), L(lang, en="Results-driven professional with 6 years of experience. Skills: Python, SQL, project management.",
                                                   fr="Professionnel(le) avec 6 ans d'expérience. Compétences : gestion de projet, SAP, Excel avancé.")],
            [L(lang, en="SKILLS", fr="COMPÉTENCES"), ch(r, "Java, Kubernetes, AWS", "AutoCAD, SolidWorks", "Nursing care, triage", "Welding TIG/MIG")],
            [L(lang, en="REFERENCES", fr="RÉFÉRENCES"), L(lang, en="Available on request", fr="Disponibles sur demande")],
            [L(lang, en="HOBBIES", fr="LOISIRS"), ch(r, "cricket, chess", "football, lecture", "photography, hiking")]]


def _articles(r, lang, items):
    w = {"fr": "Article", "nl": "Artikel", "de": "Artikel", "en": "Article"}[base_lang(lang)]
    out = []
    for i, (t, body) in enumerate(items, 1):
        out.append([f"{w} {i} - {t}" if r.random() < .7 else f"{i}. {t}", body])
    return out


@tpl("hosting_agreement", "articles", ("nl", "de", "fr", "en"))
def hosting_articles(r, lang):
    p = Person(r)
    org = ch(r, RESEARCH_ORGS)
    months = ch(r, 12, 24, 36, 48)
    items = {
        "nl": [("Voorwerp", f"{org} ontvangt {p.name(r)} als onderzoeker voor het onderzoeksproject zoals beschreven in bijlage."),
               ("Duur", f"De gastovereenkomst geldt voor {months} maanden vanaf {fdate(r, rdate(r), 'nl')}."),
               ("Financiering", f"De onderzoeker ontvangt een {ch(r, 'beurs', 'salaris')} van {money(r, r.uniform(2200, 4200), 'nl')} per maand."),
               ("Verplichtingen van de onderzoeksinstelling", "De instelling draagt de verblijfs- en terugkeerkosten indien de onderzoeker onwettig verblijft."),
               ("Verplichtingen van de onderzoeker", "De onderzoeker voert het project uit en beschikt over een ziektekostenverzekering."),
               ("Einde", "De gastovereenkomst eindigt van rechtswege bij weigering van de toelating tot verblijf.")],
        "de": [("Gegenstand", f"{org} nimmt {p.name(r)} als Forscher für das Forschungsprojekt auf."), ("Dauer", f"Die Aufnahmevereinbarung gilt für {months} Monate."),
               ("Finanzierung", f"Der Forscher erhält ein {ch(r, 'Stipendium', 'Gehalt')} von {money(r, r.uniform(2200, 4200), 'de')} monatlich."),
               ("Pflichten der Forschungseinrichtung", "Die Einrichtung trägt die Kosten des Aufenthalts und der Rückkehr bei illegalem Aufenthalt."),
               ("Pflichten des Forschers", "Der Forscher führt das Projekt durch und verfügt über eine Krankenversicherung.")],
        "fr": [("Objet", f"{org} accueille {p.name(r)} en qualité de chercheur pour le projet de recherche décrit en annexe."), ("Durée", f"La convention d'accueil est conclue pour {months} mois."),
               ("Financement", f"Le chercheur perçoit {ch(r, 'une bourse', 'un salaire')} de {money(r, r.uniform(2200, 4200), 'fr')} par mois."),
               ("Obligations de l'organisme de recherche", "L'organisme prend en charge les frais de séjour et de retour en cas de séjour illégal."),
               ("Obligations du chercheur", "Le chercheur réalise le projet et dispose d'une assurance maladie.")],
        "en": [("Purpose", f"{org} hosts {p.name(r)} as a researcher for the research project described in the annex."), ("Duration", f"This hosting agreement runs for {months} months."),
               ("Funding", f"The researcher receives a {ch(r, 'scholarship', 'salary')} of {money(r, r.uniform(2200, 4200), 'en')} per month."),
               ("Obligations of the research organisation", "The organisation bears the costs of stay and return in case of illegal stay."),
               ("Obligations of the researcher", "The researcher carries out the project and holds health insurance.")]}[lang]
    title = LL(r, lang, nl=["Gastovereenkomst", "GASTOVEREENKOMST tussen de onderzoeksinstelling en de onderzoeker"], de=["Aufnahmevereinbarung", "AUFNAHMEVEREINBARUNG zwischen Forschungseinrichtung und Forscher"],
               fr=["Convention d'accueil", "CONVENTION D'ACCUEIL entre l'organisme de recherche et le chercheur"], en=["Hosting agreement", "HOSTING AGREEMENT between the research organisation and the researcher"])
    return [[org, title]] + _articles(r, lang, r.sample(items, r.randint(3, len(items)))) + [[fdate(r, rdate(r), lang), L(lang, nl="De rector - De onderzoeker", de="Der Rektor - Der Forscher", fr="Le recteur - Le chercheur", en="Rector - Researcher")]]


@tpl("assignment_letter", "secondment_agreement", ("nl", "de", "fr"))
def ict_articles(r, lang):
    p = Person(r)
    home = ch(r, FOREIGN_COMPANIES)
    host = company(r)
    items = {
        "nl": [("Detachering", f"{home} detacheert {p.name(r)} (paspoort {p.passport}) naar {host} in België in het kader van een overplaatsing binnen een onderneming."),
               ("Duur", f"De detachering loopt van {fdate(r, rdate(r), 'nl')} voor {ch(r, 12, 24, 36)} maanden."),
               ("Bezoldiging", f"De werknemer blijft op de loonlijst van {home}; bruto jaarloon {money(r, r.uniform(50000, 110000), 'nl')}."),
               ("Gezag", f"Tijdens de detachering voert de werknemer zijn opdracht uit bij {host}."), ("Terugkeer", f"Na afloop keert de werknemer terug naar {home}.")],
        "de": [("Entsendung", f"{home} entsendet {p.name(r)} (Reisepass {p.passport}) im Rahmen eines unternehmensinternen Transfers zu {host} nach Belgien."),
               ("Dauer", f"Die Entsendung beginnt am {fdate(r, rdate(r), 'de')} und dauert {ch(r, 12, 24, 36)} Monate."),
               ("Vergütung", f"Der Arbeitnehmer bleibt bei {home} angestellt; Bruttojahresgehalt {money(r, r.uniform(50000, 110000), 'de')}."),
               ("Rückkehr", f"Nach Ablauf kehrt der Arbeitnehmer zu {home} zurück.")],
        "fr": [("Détachement", f"{home} détache {p.name(r)} (passeport {p.passport}) auprès de {host} en Belgique dans le cadre d'un transfert temporaire intragroupe."),
               ("Durée", f"Le détachement débute le {fdate(r, rdate(r), 'fr')} pour {ch(r, 12, 24, 36)} mois."),
               ("Rémunération", f"Le travailleur reste rémunéré par {home} : {money(r, r.uniform(50000, 110000), 'fr')} bruts par an."),
               ("Retour", f"À l'issue du détachement, le travailleur réintègre {home}.")]}[lang]
    title = LL(r, lang, nl=["Detacheringsovereenkomst", "Detacheringsbrief - voorwaarden"], de=["Entsendungsvereinbarung", "Entsendungsschreiben - Bedingungen"], fr=["Convention de détachement", "Lettre de détachement - conditions"])
    return [[home, title]] + _articles(r, lang, items) + [[fdate(r, rdate(r), lang)]]


@tpl("group_employment_proof", "authority_letter", ("nl", "de", "en", "fr"))
def grp_letter(r, lang):
    p = Person(r)
    home = ch(r, FOREIGN_COMPANIES)
    grp = ch(r, GROUPS)
    d0 = rdate(r, date(2012, 1, 1), date(2026, 6, 1))
    return [[home, L(lang, nl="Aan de Belgische overheid", de="An die belgischen Behörden", en="To the Belgian authorities", fr="Aux autorités belges"),
             LL(r, lang, nl=["Betreft: bewijs van tewerkstelling binnen de groep"], de=["Betreff: Nachweis der Beschäftigung innerhalb der Gruppe"], en=["Subject: proof of employment within the group"],
                fr=["Objet : preuve d'emploi au sein du groupe"])],
            [L(lang, nl=f"Hierbij bevestigen wij dat {p.name(r)} sinds {fdate(r, d0, 'nl')} zonder onderbreking in dienst is van {home}, een vennootschap van {grp}.",
               de=f"Hiermit bestätigen wir, dass {p.name(r)} seit dem {fdate(r, d0, 'de')} ohne Unterbrechung bei {home}, einer Gesellschaft der {grp}, beschäftigt ist.",
               en=f"We hereby confirm that {p.name(r)} has been employed without interruption by {home}, a company of the {grp}, since {fdate(r, d0, 'en')}.",
               fr=f"Nous confirmons que {p.name(r)} est employé(e) sans interruption par {home}, société du groupe {grp}, depuis le {fdate(r, d0, 'fr')}."),
             L(lang, nl="In bijlage: de loonbrieven van de laatste drie maanden.", de="Anbei: die Gehaltsabrechnungen der letzten drei Monate.", en="Enclosed: payslips for the last three months.",
               fr="En annexe : les fiches de paie des trois derniers mois.")],
            [fdate(r, rdate(r), lang), f"{ch(r, FIRST)} {ch(r, LAST)}, HR"]]


@tpl("order_to_leave", "annex13septies_detention", ("fr", "nl", "en"))
def otl_septies(r, lang):
    p = Person(r)
    centre = ch(r, "127bis Steenokkerzeel", "Merksplas", "Vottem", "Bruges / Brugge", "Holsbeek")
    return [[_io_header(r, lang), L(lang, fr="ANNEXE 13septies", nl="BIJLAGE 13septies", en="ANNEX 13septies"),
             L(lang, fr="ORDRE DE QUITTER LE TERRITOIRE AVEC MAINTIEN EN VUE D'ÉLOIGNEMENT", nl="BEVEL OM HET GRONDGEBIED TE VERLATEN MET VASTHOUDING MET HET OOG OP VERWIJDERING",
               en="ORDER TO LEAVE THE TERRITORY WITH DETENTION FOR THE PURPOSE OF REMOVAL")],
            [L(lang, fr=f"{p.name(r)}, de nationalité {p.nationality(r, 'fr')}, doit quitter immédiatement le territoire. Il/elle est maintenu(e) au centre fermé de {centre} en vue de son éloignement.",
               nl=f"{p.name(r)}, nationaliteit {p.nationality(r, 'nl')}, moet het grondgebied onmiddellijk verlaten. Betrokkene wordt vastgehouden in het gesloten centrum {centre} met het oog op verwijdering.",
               en=f"{p.name(r)}, {p.nationality(r, 'en')} national, must leave the territory immediately and is detained in the closed centre {centre} for the purpose of removal."),
             L(lang, fr="Aucun délai n'est accordé pour le départ volontaire (article 74/14, §3 de la loi du 15 décembre 1980).", nl="Er wordt geen termijn voor vrijwillig vertrek toegestaan (artikel 74/14, §3).",
               en="No period for voluntary departure is granted (Article 74/14, §3).")],
            [L(lang, fr="Reconduite à la frontière du pays d'origine.", nl="Terugleiding naar de grens van het land van herkomst.", en="Escort to the border of the country of origin."),
             L(lang, fr="Recours : Conseil du Contentieux des Étrangers; chambre du conseil pour la détention.", nl="Beroep: Raad voor Vreemdelingenbetwistingen; raadkamer voor de vasthouding.", en="Appeal: Council for Alien Law Litigation; council chamber for detention."),
             fdate(r, rdate(r), lang)]]


@tpl("entry_ban", "ban_form", ("fr", "nl", "de", "en"))
def eb_form(r, lang):
    p = Person(r)
    d0 = rdate(r, date(2025, 1, 1), date(2026, 11, 1))
    years = ch(r, 2, 3, 5)
    lab = {"fr": ["Nom", "Prénom", "Nationalité", "Date de naissance", "Durée de l'interdiction d'entrée", "Prend cours le", "Territoire", "Signalement SIS"],
           "nl": ["Naam", "Voornaam", "Nationaliteit", "Geboortedatum", "Duur van het inreisverbod", "Gaat in op", "Grondgebied", "SIS-signalering"],
           "de": ["Name", "Vorname", "Staatsangehörigkeit", "Geburtsdatum", "Dauer des Einreiseverbots", "Beginn", "Gebiet", "SIS-Ausschreibung"],
           "en": ["Surname", "First name", "Nationality", "Date of birth", "Duration of the entry ban", "Starts on", "Territory", "SIS alert"]}[lang]
    return [[_io_header(r, lang), LL(r, lang, fr=["Annexe 13sexies - INTERDICTION D'ENTRÉE"], nl=["Bijlage 13sexies - INREISVERBOD"], de=["Anlage 13sexies - EINREISEVERBOT"], en=["Annex 13sexies - ENTRY BAN"])],
            fields(r, [(lab[0], p.last.upper()), (lab[1], p.first), (lab[2], p.nationality(r, lang)), (lab[3], fdate(r, p.birth, lang)),
                       (lab[4], f"{years} " + L(lang, fr="ans", nl="jaar", de="Jahre", en="years")), (lab[5], fdate(r, d0, lang)),
                       (lab[6], L(lang, fr="Belgique et États Schengen", nl="België en Schengenstaten", de="Belgien und Schengen-Staaten", en="Belgium and Schengen States")),
                       (lab[7], L(lang, fr="oui", nl="ja", de="ja", en="yes"))]),
            [L(lang, fr="La levée de l'interdiction d'entrée peut être demandée après les deux tiers de sa durée pour des raisons professionnelles.",
               nl="De opheffing van het inreisverbod kan om professionele redenen worden gevraagd na twee derde van de duur.",
               de="Die Aufhebung des Einreiseverbots kann aus beruflichen Gründen nach zwei Dritteln der Dauer beantragt werden.",
               en="Lifting of the entry ban may be requested for professional reasons after two thirds of its duration.")]]


@tpl(U, "io_letter_other", ("fr", "nl", "en"))
def u_io_letter(r, lang):
    p = Person(r)
    return [[_io_header(r, lang), LL(r, lang, fr=["Demande de documents complémentaires", "Accusé de réception de votre demande"], nl=["Vraag om bijkomende documenten", "Ontvangstbevestiging van uw aanvraag"],
                                     en=["Request for additional documents", "Acknowledgement of your application"])],
            [L(lang, fr=f"Concerne : {p.name(r)}, né(e) le {fdate(r, p.birth, 'fr')}. Votre dossier de séjour est en cours d'examen. Veuillez transmettre dans les 15 jours une copie complète du passeport et une preuve de moyens de subsistance.",
               nl=f"Betreft: {p.name(r)}, geboren op {fdate(r, p.birth, 'nl')}. Uw verblijfsdossier wordt onderzocht. Gelieve binnen 15 dagen een volledige kopie van het paspoort en een bewijs van bestaansmiddelen te bezorgen.",
               en=f"Re: {p.name(r)}, born {fdate(r, p.birth, 'en')}. Your residence file is under examination. Please send within 15 days a full copy of the passport and proof of means of subsistence."),
             f"{ch(r, 'Réf.', 'Ref.')} {r.randint(1000000, 9999999)}"],
            [fdate(r, rdate(r), lang)]]


@tpl("criminal_record", "original_foreign", ("es", "pt", "tr"))
def cr_original(r, lang):
    p = Person(r)
    when = fdate(r, rdate(r, date(2025, 12, 1), date(2026, 11, 20)), "en", ch(r, "slash", "dot"))
    if lang == "es":
        return [[ch(r, "MINISTERIO DE JUSTICIA", "REPÚBLICA DE COLOMBIA - POLICÍA NACIONAL", "ESTADOS UNIDOS MEXICANOS - FISCALÍA GENERAL"),
                 ch(r, "CERTIFICADO DE ANTECEDENTES PENALES", "Certificado de antecedentes judiciales", "CONSTANCIA DE NO ANTECEDENTES PENALES")],
                fields(r, [("Nombre", p.name(r)), ("Fecha de nacimiento", fdate(r, p.birth, "en", "slash")), ("Nacionalidad", p.cc), ("Pasaporte", p.passport)]),
                [ch(r, "NO REGISTRA ANTECEDENTES PENALES.", "Carece de antecedentes penales.", "No tiene asuntos pendientes con las autoridades judiciales."), f"Expedido el {when}", "APOSTILLE"]]
    if lang == "pt":
        return [[ch(r, "REPÚBLICA FEDERATIVA DO BRASIL - POLÍCIA FEDERAL", "MINISTÉRIO DA JUSTIÇA - Registo Criminal", "Tribunal de Justiça do Estado de São Paulo"),
                 ch(r, "CERTIDÃO DE ANTECEDENTES CRIMINAIS", "Certificado do registo criminal", "Atestado de antecedentes criminais")],
                fields(r, [("Nome", p.name(r)), ("Data de nascimento", fdate(r, p.birth, "en", "slash")), ("Nacionalidade", p.cc), ("Passaporte", p.passport)]),
                [ch(r, "CERTIFICA que NÃO CONSTA condenação com trânsito em julgado.", "Nada consta.", "Não constam antecedentes criminais."), f"Emitida em {when}", "Apostila"]]
    return [["TÜRKİYE CUMHURİYETİ", "ADALET BAKANLIĞI", ch(r, "ADLİ SİCİL KAYDI", "Adli Sicil Belgesi", "ADLİ SİCİL VE ARŞİV KAYDI")],
            fields(r, [("Adı Soyadı", p.name(r)), ("Doğum Tarihi", fdate(r, p.birth, "en", "dot")), ("T.C. Kimlik No", str(r.randint(10**10, 10**11 - 1))), ("Pasaport No", p.passport)]),
            [ch(r, "ADLİ SİCİL KAYDI YOKTUR", "Kaydı yoktur."), f"Tarih: {when}", "Apostil"]]


@tpl("diploma", "original_foreign", ("es", "pt"))
def diploma_original(r, lang):
    p = Person(r)
    if lang == "es":
        return [[ch(r, "Universidad Nacional de Colombia", "Universidad Nacional Autónoma de México", "Universidad de Buenos Aires"), ch(r, "TÍTULO DE INGENIERO", "DIPLOMA", "Título Profesional")],
                [f"Otorga a {p.name(r)} el título de {ch(r, 'Ingeniero de Sistemas', 'Licenciado en Economía', 'Magíster en Ciencias')}", f"Dado en {ch(r, 'Bogotá', 'Ciudad de México')}, {fdate(r, rdate(r, date(2008, 1, 1), date(2024, 1, 1)), 'en', 'slash')}"],
                ["El Rector", "El Secretario General"]]
    return [[ch(r, "Universidade de São Paulo", "Universidade Federal do Rio de Janeiro", "Universidade de Lisboa"), ch(r, "DIPLOMA", "Diploma de Bacharel", "Carta de Curso")],
            [f"Confere a {p.name(r)} o grau de {ch(r, 'Bacharel em Engenharia Elétrica', 'Mestre em Ciência da Computação', 'Licenciado em Enfermagem')}", f"Em {fdate(r, rdate(r, date(2008, 1, 1), date(2024, 1, 1)), 'en', 'slash')}"],
            ["O Reitor"]]


@tpl("medical_certificate", "original_foreign", ("es", "pt"))
def med_original(r, lang):
    p = Person(r)
    if lang == "es":
        return [[ch(r, "CERTIFICADO MÉDICO", "Certificado médico oficial")],
                [f"El médico que suscribe certifica haber examinado a {p.name(r)}, pasaporte {p.passport}, y que no padece ninguna enfermedad infectocontagiosa que pueda poner en peligro la salud pública.",
                 "Radiografía de tórax: normal."], [f"Dr. {ch(r, FIRST)} {ch(r, LAST)}", fdate(r, rdate(r), "en", "slash")]]
    return [[ch(r, "ATESTADO MÉDICO", "Certificado médico")],
            [f"Atesto, para os devidos fins, que examinei {p.name(r)}, passaporte {p.passport}, e que não apresenta doença infectocontagiosa que possa pôr em perigo a saúde pública.",
             "Raio-X do tórax: sem alterações."], [f"Dr. {ch(r, FIRST)} {ch(r, LAST)} - CRM {r.randint(10000, 99999)}", fdate(r, rdate(r), "en", "slash")]]


@tpl(U, "foreign_other", ("es", "pt", "tr"))
def u_foreign_other(r, lang):
    p = Person(r)
    t = {"es": ["FACTURA", "CERTIFICADO DE NACIMIENTO", "Contrato de arrendamiento", "Extracto bancario"],
         "pt": ["FATURA", "CERTIDÃO DE NASCIMENTO", "Contrato de locação", "Extrato bancário"],
         "tr": ["FATURA", "NÜFUS KAYIT ÖRNEĞİ", "Kira sözleşmesi", "Hesap özeti"]}[lang]
    return [[ch(r, t)], [p.name(r), fdate(r, rdate(r), "en", "slash"), f"{r.randint(10, 9999)},{r.randint(10, 99)}", ch(r, p.birthplace, "Lisboa", "Madrid", "Ankara")]]


# ==========================================================================================
# Generic per-class lexicon: a template family that recombines each class's titles, issuers,
# labelled fields and clauses in random layouts (letter, form, card, table), so that the model
# sees the key words outside the layouts of the hand-written templates above.
# Labels are "Label|kind" with kind in name, date, num, money, place, nat, pass, text.
LEX = {
 "application_form": {
  "fr": dict(t=["Demande de permis unique", "Formulaire de demande - permis unique", "Demande d'autorisation de séjour et de travail", "Permis unique : demande initiale",
                "Demande de renouvellement du permis unique", "Formulaire unique de demande", "Demande d'admission au travail"],
             i=["Working in Belgium", "Bruxelles Économie et Emploi", "SPW Emploi - permis de travail", "Guichet unique fédéral", "Service Migration économique"],
             l=["Nom de l'employeur|name", "Numéro d'entreprise|num", "Nom du travailleur|name", "Nationalité|nat", "Numéro de passeport|pass", "Date de début prévue|date",
                "Salaire annuel brut|money", "Type de demande|text", "Région compétente|text", "Signature de l'employeur|text"],
             c=["Annexes : copie du passeport, certificat médical, extrait de casier judiciaire, contrat de travail, preuve de paiement de la redevance.",
                "Cochez les documents joints à la demande.", "La demande incomplète est déclarée irrecevable.", "L'employeur certifie l'exactitude des renseignements.",
                "Joindre le diplôme pour un travailleur hautement qualifié."],
             v=["première demande", "renouvellement", "Région de Bruxelles-Capitale", "Wallonie", "carte bleue européenne", "hautement qualifié"]),
  "nl": dict(t=["Aanvraag gecombineerde vergunning", "Aanvraagformulier gecombineerde vergunning", "Aanvraag toelating tot arbeid en verblijf", "Verlenging gecombineerde vergunning - aanvraag",
                "Aanvraag voor een gecombineerde vergunning", "Aanvraag arbeidskaart en verblijf"],
             i=["Working in Belgium", "Departement Werk en Sociale Economie", "Vlaamse overheid - Economische migratie", "Uniek loket", "Brussel Economie en Werkgelegenheid"],
             l=["Naam werkgever|name", "Ondernemingsnummer|num", "Naam werknemer|name", "Nationaliteit|nat", "Paspoortnummer|pass", "Geplande startdatum|date",
                "Bruto jaarloon|money", "Soort aanvraag|text", "Bevoegd gewest|text", "Handtekening werkgever|text"],
             c=["Bijlagen: kopie paspoort, medisch attest, uittreksel uit het strafregister, arbeidsovereenkomst, bewijs van betaling retributie.",
                "Vink de documenten aan die u bij de aanvraag voegt.", "Een onvolledige aanvraag is onontvankelijk.", "De werkgever verklaart dat de gegevens juist zijn.",
                "Voeg het diploma toe voor een hoogopgeleide werknemer."],
             v=["eerste aanvraag", "verlenging", "Vlaams Gewest", "Europese blauwe kaart", "hoogopgeleid", "middengeschoold"]),
  "de": dict(t=["Antrag auf eine kombinierte Erlaubnis", "Antragsformular - kombinierte Erlaubnis", "Antrag auf Arbeits- und Aufenthaltserlaubnis", "Verlängerungsantrag kombinierte Erlaubnis"],
             i=["Ministerium der Deutschsprachigen Gemeinschaft", "Working in Belgium", "Fachbereich Beschäftigung"],
             l=["Name des Arbeitgebers|name", "Unternehmensnummer|num", "Name des Arbeitnehmers|name", "Staatsangehörigkeit|nat", "Reisepassnummer|pass", "Geplanter Beginn|date",
                "Bruttojahresgehalt|money", "Art des Antrags|text"],
             c=["Anlagen: Kopie des Reisepasses, ärztliches Attest, Strafregisterauszug, Arbeitsvertrag, Zahlungsnachweis der Gebühr.", "Unvollständige Anträge sind unzulässig.",
                "Der Arbeitgeber bestätigt die Richtigkeit der Angaben."],
             v=["Erstantrag", "Verlängerung", "hochqualifiziert"]),
  "en": dict(t=["Single permit application", "Application form - single permit", "Application for a work and residence permit", "Single permit renewal application",
                "Application for a single permit (employer)", "Combined permit application"],
             i=["Working in Belgium", "Flemish Department of Work", "Brussels Economy and Employment", "One-stop counter"],
             l=["Employer name|name", "Company number|num", "Worker name|name", "Nationality|nat", "Passport number|pass", "Planned start date|date", "Gross annual salary|money",
                "Type of application|text", "Competent region|text"],
             c=["Attachments: copy of passport, medical certificate, criminal record extract, employment contract, proof of fee payment.",
                "Tick the documents enclosed with this application.", "An incomplete application is inadmissible.", "The employer declares the information to be correct."],
             v=["first application", "renewal", "Flanders", "Brussels-Capital", "EU Blue Card", "highly qualified"])},
 "passport": {
  "fr": dict(t=["PASSEPORT", "Passeport", "PASSEPORT / PASSPORT"], i=["République", "Ministère des Affaires étrangères"],
             l=["Nom|name", "Prénoms|name", "Nationalité|nat", "Date de naissance|date", "Lieu de naissance|place", "Date de délivrance|date", "Date d'expiration|date", "N° du passeport|pass", "Autorité|text", "Sexe|text"],
             c=["Signature du titulaire", "Ce passeport contient 32 pages."], v=["M", "F", "Ministère de l'Intérieur", "Préfecture"]),
  "en": dict(t=["PASSPORT", "Passport", "PASSPORT / PASSEPORT", "Travel document - Passport"], i=["Republic", "Ministry of Foreign Affairs", "Department of Immigration"],
             l=["Surname|name", "Given names|name", "Nationality|nat", "Date of birth|date", "Place of birth|place", "Date of issue|date", "Date of expiry|date", "Passport No.|pass",
                "Authority|text", "Sex|text", "Type|text", "Country code|text"],
             c=["Holder's signature", "This passport contains 36 pages.", "The bearer is a citizen of the issuing state."], v=["P", "M", "F", "MFA", "PASSPORT OFFICE"]),
  "nl": dict(t=["PASPOORT", "Paspoort", "PASPOORT / PASSPORT"], i=["Republiek"], l=["Naam|name", "Voornamen|name", "Nationaliteit|nat", "Geboortedatum|date", "Geboorteplaats|place",
             "Datum van afgifte|date", "Vervaldatum|date", "Paspoortnummer|pass"], c=["Handtekening van de houder"], v=["M", "V"]),
  "de": dict(t=["REISEPASS", "Reisepass", "REISEPASS / PASSPORT"], i=["Republik"], l=["Name|name", "Vornamen|name", "Staatsangehörigkeit|nat", "Geburtsdatum|date", "Geburtsort|place",
             "Ausstellungsdatum|date", "Gültig bis|date", "Pass-Nr.|pass", "Behörde|text"], c=["Unterschrift des Inhabers"], v=["M", "W"])},
 "employment_contract": {
  "fr": dict(t=["Contrat de travail", "CONTRAT D'EMPLOI", "Contrat de travail d'ouvrier", "Contrat de travail à temps partiel", "Contrat de travail - cadre", "Contrat de travail pour travailleur saisonnier"],
             i=[], l=["Employeur|name", "Travailleur|name", "Fonction|text", "Commission paritaire|num", "Rémunération brute|money", "Date d'entrée en service|date", "Lieu de travail|place", "Horaire|text"],
             c=["Le présent contrat est conclu pour une durée indéterminée.", "Les parties sont soumises à la loi du 3 juillet 1978 relative aux contrats de travail.",
                "Le travailleur exécutera son travail sous l'autorité de l'employeur.", "L'entrée en service est subordonnée à l'obtention du permis unique.",
                "Le préavis sera notifié conformément à la loi.", "Le travailleur passera l'évaluation de santé préalable auprès du médecin du travail.",
                "Un exemplaire signé est remis à chaque partie."], v=["38 h/semaine", "temps plein", "CP 200", "employé"]),
  "nl": dict(t=["Arbeidsovereenkomst", "ARBEIDSCONTRACT", "Arbeidsovereenkomst voor werklieden", "Deeltijdse arbeidsovereenkomst", "Arbeidsovereenkomst - kaderlid", "Arbeidsovereenkomst seizoenarbeid"],
             i=[], l=["Werkgever|name", "Werknemer|name", "Functie|text", "Paritair comité|num", "Brutoloon|money", "Datum indiensttreding|date", "Plaats van tewerkstelling|place", "Uurrooster|text"],
             c=["Deze overeenkomst wordt gesloten voor onbepaalde duur.", "De partijen zijn onderworpen aan de wet van 3 juli 1978 betreffende de arbeidsovereenkomsten.",
                "De werknemer voert zijn werk uit onder het gezag van de werkgever.", "De indiensttreding is afhankelijk van de gecombineerde vergunning.",
                "De opzegging gebeurt volgens de wettelijke bepalingen.", "De werknemer ondergaat de voorafgaande gezondheidsbeoordeling bij de arbeidsgeneesheer.",
                "Elke partij ontvangt een ondertekend exemplaar."], v=["38 u/week", "voltijds", "PC 200", "bediende"]),
  "de": dict(t=["Arbeitsvertrag", "ARBEITSVERTRAG", "Teilzeitarbeitsvertrag", "Arbeitsvertrag für Saisonarbeit"], i=[],
             l=["Arbeitgeber|name", "Arbeitnehmer|name", "Funktion|text", "Paritätische Kommission|num", "Bruttolohn|money", "Beginn des Arbeitsverhältnisses|date", "Arbeitsort|place"],
             c=["Dieser Vertrag wird auf unbestimmte Zeit geschlossen.", "Es gilt das Gesetz vom 3. Juli 1978 über die Arbeitsverträge.", "Der Arbeitsbeginn setzt die kombinierte Erlaubnis voraus.",
                "Jede Partei erhält ein unterzeichnetes Exemplar."], v=["Vollzeit", "38 Std./Woche"]),
  "en": dict(t=["Employment contract", "EMPLOYMENT AGREEMENT", "Contract of employment", "Part-time employment contract", "Employment contract - seasonal work"], i=[],
             l=["Employer|name", "Employee|name", "Job title|text", "Joint committee|num", "Gross salary|money", "Start date|date", "Place of work|place", "Working hours|text"],
             c=["This contract is concluded for an indefinite period.", "The parties are bound by the Belgian Law of 3 July 1978 on employment contracts.",
                "The employee works under the authority of the employer.", "Commencement is subject to the single permit being granted.", "Each party receives a signed copy."],
             v=["38 hours/week", "full-time", "JC 200"])},
 "medical_certificate": {
  "fr": dict(t=["Certificat médical", "CERTIFICAT MÉDICAL", "Certificat médical - séjour de plus de trois mois", "Attestation médicale (modèle Office des étrangers)"],
             i=["Cabinet médical", "Centre médical", "Médecin agréé par l'ambassade"], l=["Patient|name", "Né(e) le|date", "Nationalité|nat", "Passeport|pass", "Date de l'examen|date", "Médecin|name", "N° INAMI|num"],
             c=["n'est atteint(e) d'aucune des maladies énumérées à l'annexe de la loi du 15 décembre 1980", "pouvant mettre en danger la santé publique",
                "Radiographie pulmonaire : pas d'anomalie.", "Certificat établi à la demande de l'intéressé(e) en vue d'un séjour en Belgique.", "Signature et cachet du médecin"], v=["néant"]),
  "nl": dict(t=["Medisch attest", "MEDISCH ATTEST", "Medisch getuigschrift - verblijf van meer dan drie maanden", "Geneeskundig attest (model DVZ)"],
             i=["Huisartsenpraktijk", "Medisch centrum", "Door de ambassade erkende arts"], l=["Patiënt|name", "Geboren op|date", "Nationaliteit|nat", "Paspoort|pass", "Datum onderzoek|date", "Arts|name", "RIZIV-nr.|num"],
             c=["lijdt aan geen enkele ziekte opgesomd in de bijlage bij de wet van 15 december 1980", "die de volksgezondheid in gevaar kan brengen",
                "RX thorax: geen afwijkingen.", "Attest opgemaakt op verzoek van betrokkene met het oog op verblijf in België.", "Handtekening en stempel van de arts"], v=["geen"]),
  "de": dict(t=["Ärztliches Attest", "ÄRZTLICHES ATTEST", "Ärztliche Bescheinigung für den Aufenthalt", "Gesundheitszeugnis"], i=["Arztpraxis", "Medizinisches Zentrum"],
             l=["Patient|name", "Geboren am|date", "Staatsangehörigkeit|nat", "Reisepass|pass", "Untersuchungsdatum|date", "Arzt|name"],
             c=["leidet an keiner der im Anhang zum Gesetz vom 15. Dezember 1980 genannten Krankheiten", "welche die Volksgesundheit gefährden können", "Thorax-Röntgen: unauffällig.", "Stempel und Unterschrift des Arztes"], v=["keine"]),
  "en": dict(t=["Medical certificate", "MEDICAL CERTIFICATE", "Medical certificate for residence in Belgium", "Certificate of medical examination"], i=["Medical clinic", "Panel physician", "Health centre"],
             l=["Patient|name", "Date of birth|date", "Nationality|nat", "Passport|pass", "Date of examination|date", "Physician|name", "Licence no.|num"],
             c=["does not suffer from any of the diseases listed in the annex to the Law of 15 December 1980", "that may endanger public health", "Chest X-ray: normal.",
                "Issued at the request of the person concerned for a stay in Belgium.", "Doctor's signature and stamp"], v=["none"])},
 "criminal_record": {
  "fr": dict(t=CR_TITLES["fr"], i=["SPF Justice - Casier judiciaire central", "Administration communale", "Ministère de la Justice"],
             l=["Nom|name", "Prénom|name", "Date de naissance|date", "Lieu de naissance|place", "Nationalité|nat", "Passeport n°|pass", "Date de délivrance|date", "Finalité|text"],
             c=["Aucune condamnation n'est inscrite au casier judiciaire.", "Néant.", "Le présent extrait est délivré pour usage à l'étranger.", "Extrait valable sans signature manuscrite.",
                "Casier judiciaire vierge."], v=["emploi", "séjour", "néant"]),
  "nl": dict(t=CR_TITLES["nl"], i=["FOD Justitie - Centraal Strafregister", "Gemeentebestuur", "Dienst Burgerzaken"],
             l=["Naam|name", "Voornaam|name", "Geboortedatum|date", "Geboorteplaats|place", "Nationaliteit|nat", "Paspoortnr.|pass", "Datum van afgifte|date", "Doel|text"],
             c=["Er zijn geen veroordelingen ingeschreven in het strafregister.", "Blanco.", "Dit uittreksel wordt afgeleverd voor gebruik in het buitenland.", "Geen vermeldingen."],
             v=["tewerkstelling", "verblijf", "blanco"]),
  "de": dict(t=CR_TITLES["de"], i=["FÖD Justiz - Zentrales Strafregister", "Gemeindeverwaltung", "Bundesamt für Justiz"],
             l=["Name|name", "Vorname|name", "Geburtsdatum|date", "Geburtsort|place", "Staatsangehörigkeit|nat", "Reisepass|pass", "Ausstellungsdatum|date", "Zweck|text"],
             c=["Keine Eintragungen im Strafregister.", "Keine Verurteilungen.", "Zur Vorlage bei einer ausländischen Behörde."], v=["Beschäftigung", "keine Eintragung"]),
  "en": dict(t=CR_TITLES["en"], i=["Ministry of Justice", "National Police", "Criminal Records Bureau", "Ministry of Interior"],
             l=["Surname|name", "Given name|name", "Date of birth|date", "Place of birth|place", "Nationality|nat", "Passport No.|pass", "Date of issue|date", "Purpose|text"],
             c=["No criminal record was found in the national database.", "NIL", "The applicant has not been convicted of any offence.", "Issued for immigration purposes.", "No record on file."],
             v=["employment abroad", "visa", "NIL"])},
 "diploma": {
  "fr": dict(t=["Diplôme", "DIPLÔME DE MASTER", "Diplôme de bachelier", "Diplôme de docteur", "Grade académique"], i=UNIS["fr"],
             l=["Décerné à|name", "Né(e) le|date", "Grade|text", "Date de délibération|date", "N° de diplôme|num"],
             c=["a obtenu le grade académique de", "avec distinction", "Le jury a délibéré et décerne le diplôme.", "Le Recteur", "Sceau de l'université"], v=DEGREES["fr"]),
  "nl": dict(t=["Diploma", "DIPLOMA VAN MASTER", "Diploma van bachelor", "Doctoraatsdiploma", "Academische graad"], i=UNIS["nl"],
             l=["Uitgereikt aan|name", "Geboren op|date", "Graad|text", "Datum deliberatie|date", "Diplomanummer|num"],
             c=["heeft de academische graad behaald van", "met onderscheiding", "De examencommissie reikt het diploma uit.", "De rector", "Zegel van de universiteit"], v=DEGREES["nl"]),
  "de": dict(t=["Diplom", "URKUNDE", "Masterurkunde", "Bachelorurkunde", "Promotionsurkunde"], i=UNIS["de"],
             l=["Verliehen an|name", "Geboren am|date", "Akademischer Grad|text", "Datum|date", "Urkunden-Nr.|num"],
             c=["wird der akademische Grad verliehen", "mit Auszeichnung", "Der Präsident der Hochschule", "Siegel"], v=DEGREES["de"]),
  "en": dict(t=["Diploma", "DEGREE CERTIFICATE", "Certificate of Degree", "Bachelor's Degree", "Master's Degree Certificate"], i=UNIS["en"],
             l=["Awarded to|name", "Date of birth|date", "Degree|text", "Date of award|date", "Certificate No.|num", "Enrolment No.|num"],
             c=["has been admitted to the degree of", "with Distinction", "having fulfilled all the requirements", "Vice-Chancellor", "Registrar", "Seal of the University"], v=DEGREES["en"])},
 "fee_payment_proof": {
  "fr": dict(t=["Preuve de paiement", "Confirmation de virement", "Redevance - preuve de paiement", "Paiement de la redevance administrative"], i=BANKS,
             l=["Bénéficiaire|text", "IBAN bénéficiaire|text", "BIC|text", "Montant|money", "Communication|text", "Date|date", "Donneur d'ordre|name"],
             c=["Redevance due à l'Office des étrangers pour la demande de séjour.", "Virement exécuté.", "Communication : nom, prénom, nationalité, date de naissance."],
             v=["Office des étrangers", "BE57 6792 0060 9235", "PCHQBEBB", "SPF Intérieur"]),
  "nl": dict(t=["Betalingsbewijs", "Bevestiging overschrijving", "Retributie - betalingsbewijs", "Betaling administratieve retributie"], i=BANKS,
             l=["Begunstigde|text", "IBAN begunstigde|text", "BIC|text", "Bedrag|money", "Mededeling|text", "Datum|date", "Opdrachtgever|name"],
             c=["Retributie verschuldigd aan de Dienst Vreemdelingenzaken voor de verblijfsaanvraag.", "Overschrijving uitgevoerd.", "Mededeling: naam, voornaam, nationaliteit, geboortedatum."],
             v=["Dienst Vreemdelingenzaken", "BE57 6792 0060 9235", "PCHQBEBB", "FOD Binnenlandse Zaken"]),
  "de": dict(t=["Zahlungsnachweis", "Überweisungsbestätigung", "Gebühr - Zahlungsbestätigung"], i=["Belfius", "BNP Paribas Fortis", "ING", "KBC"],
             l=["Empfänger|text", "IBAN Empfänger|text", "BIC|text", "Betrag|money", "Verwendungszweck|text", "Datum|date", "Auftraggeber|name"],
             c=["Gebühr an das Ausländeramt für den Aufenthaltsantrag.", "Überweisung ausgeführt."], v=["Ausländeramt", "BE57 6792 0060 9235", "PCHQBEBB"]),
  "en": dict(t=["Proof of payment", "Transfer confirmation", "Administrative fee - proof of payment", "Payment advice"], i=BANKS + ["Wise", "Revolut", "Western Union"],
             l=["Beneficiary|text", "Beneficiary IBAN|text", "BIC|text", "Amount|money", "Reference|text", "Date|date", "Payer|name"],
             c=["Administrative fee payable to the Immigration Office for the residence application.", "Transfer executed.", "Reference: surname, first name, nationality, date of birth."],
             v=["Immigration Office", "BE57 6792 0060 9235", "PCHQBEBB", "FPS Home Affairs"])},
 "health_insurance": {
  "fr": dict(t=["Attestation d'assurance maladie", "Attestation d'affiliation à la mutualité", "Certificat d'assurance soins de santé", "Attestation d'assurabilité", "Assurance maladie - attestation"],
             i=MUTUALITIES["fr"] + ["DKV", "AXA Assistance"], l=["Affilié|name", "NISS|num", "N° d'affiliation|num", "Début de couverture|date", "Fin de couverture|date", "Qualité|text"],
             c=["est en ordre de cotisation pour l'assurance soins de santé.", "couvre les frais médicaux, d'hospitalisation et de médicaments en Belgique.", "Les personnes à charge sont également couvertes.",
                "Cette attestation est valable pour l'année en cours."], v=["titulaire", "personne à charge", "assurance obligatoire"]),
  "nl": dict(t=["Attest ziektekostenverzekering", "Attest van aansluiting bij het ziekenfonds", "Verzekeringsattest geneeskundige verzorging", "Attest van verzekerbaarheid", "Bewijs van ziekteverzekering"],
             i=MUTUALITIES["nl"] + ["DKV", "AG Insurance"], l=["Aangeslotene|name", "INSZ|num", "Aansluitingsnummer|num", "Begin dekking|date", "Einde dekking|date", "Hoedanigheid|text"],
             c=["is in orde met de bijdragen voor de verplichte ziekteverzekering.", "dekt medische kosten, hospitalisatie en geneesmiddelen in België.", "Personen ten laste zijn ook verzekerd.",
                "Dit attest is geldig voor het lopende jaar."], v=["gerechtigde", "persoon ten laste", "verplichte verzekering"]),
  "de": dict(t=["Versicherungsbescheinigung Krankenversicherung", "Mitgliedsbescheinigung Krankenkasse", "Nachweis der Krankenversicherung"], i=MUTUALITIES["de"],
             l=["Mitglied|name", "Nationalregisternummer|num", "Mitgliedsnummer|num", "Beginn|date", "Ende|date"],
             c=["ist bei uns krankenversichert.", "deckt Arzt-, Krankenhaus- und Arzneimittelkosten in Belgien."], v=["Berechtigter"]),
  "en": dict(t=["Health insurance certificate", "Certificate of health insurance", "Proof of health insurance", "Medical insurance confirmation"], i=["Allianz Care", "Cigna", "Bupa Global", "AXA", "GeoBlue", "April International"],
             l=["Insured person|name", "Policy number|num", "Start of cover|date", "End of cover|date", "Sum insured|money", "Plan|text"],
             c=["covers medical, hospital and pharmaceutical costs in Belgium.", "The policy covers all risks normally covered for Belgian nationals.", "Dependants are covered."], v=["Global Health Plan", "Comprehensive"])},
 "hosting_agreement": {
  "fr": dict(t=["Convention d'accueil", "CONVENTION D'ACCUEIL", "Convention d'accueil chercheur", "Convention d'accueil - organisme de recherche agréé"], i=RESEARCH_ORGS,
             l=["Organisme de recherche|text", "Chercheur|name", "Nationalité|nat", "Passeport|pass", "Projet de recherche|text", "Début|date", "Fin|date", "Revenu mensuel|money"],
             c=["L'organisme de recherche agréé accueille le chercheur pour réaliser le projet de recherche.", "Le chercheur dispose de ressources suffisantes et d'une assurance maladie.",
                "Agrément délivré par la Politique scientifique fédérale.", "Signée par l'organisme de recherche et par le chercheur."], v=RESEARCH_ORGS),
  "nl": dict(t=["Gastovereenkomst", "GASTOVEREENKOMST", "Gastovereenkomst onderzoeker", "Gastovereenkomst - erkende onderzoeksinstelling"], i=RESEARCH_ORGS,
             l=["Onderzoeksinstelling|text", "Onderzoeker|name", "Nationaliteit|nat", "Paspoort|pass", "Onderzoeksproject|text", "Begin|date", "Einde|date", "Maandinkomen|money"],
             c=["De erkende onderzoeksinstelling ontvangt de onderzoeker om het onderzoeksproject uit te voeren.", "De onderzoeker beschikt over voldoende middelen en een ziektekostenverzekering.",
                "Erkenning door het Federaal Wetenschapsbeleid.", "Ondertekend door de onderzoeksinstelling en de onderzoeker."], v=RESEARCH_ORGS),
  "de": dict(t=["Aufnahmevereinbarung", "AUFNAHMEVEREINBARUNG", "Aufnahmevereinbarung für Forscher"], i=RESEARCH_ORGS,
             l=["Forschungseinrichtung|text", "Forscher|name", "Staatsangehörigkeit|nat", "Reisepass|pass", "Forschungsprojekt|text", "Beginn|date", "Ende|date"],
             c=["Die zugelassene Forschungseinrichtung nimmt den Forscher für das Forschungsprojekt auf.", "Unterzeichnet von der Forschungseinrichtung und dem Forscher."], v=RESEARCH_ORGS),
  "en": dict(t=["Hosting agreement", "HOSTING AGREEMENT", "Hosting agreement for researchers", "Hosting agreement - approved research organisation"], i=RESEARCH_ORGS,
             l=["Research organisation|text", "Researcher|name", "Nationality|nat", "Passport|pass", "Research project|text", "Start|date", "End|date", "Monthly income|money"],
             c=["The approved research organisation hosts the researcher to carry out the research project.", "The researcher has sufficient resources and health insurance.",
                "Approval granted by the Belgian Science Policy Office.", "Signed by the research organisation and the researcher."], v=RESEARCH_ORGS)},
 "assignment_letter": {
  "fr": dict(t=["Lettre de détachement", "Lettre d'affectation", "Lettre de mission - transfert intragroupe", "Détachement temporaire en Belgique", "Lettre de transfert temporaire intragroupe"],
             i=FOREIGN_COMPANIES, l=["Travailleur détaché|name", "Société d'origine|text", "Société d'accueil|text", "Début du détachement|date", "Durée|text", "Fonction|text", "Rémunération|money"],
             c=["Le travailleur est détaché temporairement auprès de notre filiale belge.", "Le contrat de travail avec la société d'origine est maintenu.", "Au terme de la mission, le travailleur réintègre la société d'origine.",
                "Transfert temporaire intragroupe au sens de la directive 2014/66/UE."], v=["24 mois", "12 mois", "spécialiste", "cadre"] + FOREIGN_COMPANIES),
  "nl": dict(t=["Detacheringsbrief", "Opdrachtbrief", "Overplaatsing binnen een onderneming - brief", "Tijdelijke detachering naar België"],
             i=FOREIGN_COMPANIES, l=["Gedetacheerde werknemer|name", "Zendende onderneming|text", "Ontvangende onderneming|text", "Begin detachering|date", "Duur|text", "Functie|text", "Loon|money"],
             c=["De werknemer wordt tijdelijk gedetacheerd naar onze Belgische dochteronderneming.", "De arbeidsovereenkomst met de zendende onderneming blijft behouden.", "Na de opdracht keert de werknemer terug.",
                "Overplaatsing binnen een onderneming in de zin van richtlijn 2014/66/EU."], v=["24 maanden", "specialist", "leidinggevende"] + FOREIGN_COMPANIES),
  "de": dict(t=["Entsendungsschreiben", "Entsendungsvereinbarung", "Unternehmensinterner Transfer - Entsendung"], i=FOREIGN_COMPANIES,
             l=["Entsandter Mitarbeiter|name", "Entsendende Gesellschaft|text", "Aufnehmende Gesellschaft|text", "Beginn der Entsendung|date", "Dauer|text", "Funktion|text"],
             c=["Der Mitarbeiter wird vorübergehend zu unserer belgischen Tochtergesellschaft entsandt.", "Der Arbeitsvertrag mit der entsendenden Gesellschaft bleibt bestehen."], v=["24 Monate", "Spezialist"] + FOREIGN_COMPANIES),
  "en": dict(t=["Assignment letter", "Letter of assignment", "Secondment letter", "Intra-corporate transfer letter", "International assignment - letter of understanding"], i=FOREIGN_COMPANIES,
             l=["Assignee|name", "Home company|text", "Host company|text", "Assignment start date|date", "Duration|text", "Host position|text", "Salary|money", "Home-country contract|text"],
             c=["The employee is temporarily assigned to our Belgian affiliate.", "The home-country employment contract remains in force.", "At the end of the assignment the employee will be repatriated.",
                "Intra-corporate transfer within the meaning of Directive 2014/66/EU.", "Tax equalisation and housing allowance apply."], v=["24 months", "specialist", "manager", "retained"] + FOREIGN_COMPANIES)},
 "group_employment_proof": {
  "fr": dict(t=["Attestation d'emploi au sein du groupe", "Attestation d'ancienneté", "Certificat d'emploi - groupe", "Preuve d'emploi dans le groupe"], i=FOREIGN_COMPANIES + GROUPS,
             l=["Salarié|name", "Société employeuse|text", "Groupe|text", "Date d'embauche|date", "Fonction|text", "Type de contrat|text"],
             c=["est employé(e) sans interruption au sein du groupe depuis la date indiquée.", "La société fait partie du même groupe que l'entité belge d'accueil.", "au moins trois mois avant le transfert"],
             v=GROUPS + ["CDI"]),
  "nl": dict(t=["Tewerkstellingsattest binnen de groep", "Attest anciënniteit", "Bewijs van tewerkstelling in de groep"], i=FOREIGN_COMPANIES + GROUPS,
             l=["Werknemer|name", "Werkgevende vennootschap|text", "Groep|text", "Datum indiensttreding|date", "Functie|text", "Type contract|text"],
             c=["is ononderbroken tewerkgesteld binnen de groep sinds de vermelde datum.", "De vennootschap behoort tot dezelfde groep als de Belgische ontvangende entiteit.", "minstens drie maanden vóór de overplaatsing"],
             v=GROUPS + ["onbepaalde duur"]),
  "de": dict(t=["Beschäftigungsnachweis innerhalb der Unternehmensgruppe", "Konzernzugehörigkeitsbescheinigung", "Bestätigung der Betriebszugehörigkeit"], i=FOREIGN_COMPANIES + GROUPS,
             l=["Mitarbeiter|name", "Arbeitgebergesellschaft|text", "Konzern|text", "Eintrittsdatum|date", "Position|text"],
             c=["ist seit dem genannten Datum ununterbrochen in der Unternehmensgruppe beschäftigt.", "mindestens drei Monate vor dem Transfer"], v=GROUPS),
  "en": dict(t=["Proof of employment within the group", "Employment certificate", "Certificate of continuous employment", "Group employment confirmation", "Employment verification"],
             i=FOREIGN_COMPANIES + GROUPS, l=["Employee|name", "Employing entity|text", "Group|text", "Date of joining|date", "Designation|text", "Employment type|text", "Employee ID|num"],
             c=["has been continuously employed within the group since the date above.", "The employing entity belongs to the same group as the Belgian host entity.",
                "at least three months immediately before the transfer", "This certificate is issued for the ICT permit application."], v=GROUPS + ["permanent"])},
 "residence_permit": {
  "fr": dict(t=["Titre de séjour", "Carte de séjour", "Carte A - séjour temporaire", "Carte B - séjour illimité", "Permis de séjour", "Carte électronique pour étrangers"], i=["Belgique", "Royaume de Belgique"],
             l=["Nom|name", "Prénom|name", "Nationalité|nat", "Date de naissance|date", "Valable jusqu'au|date", "Type de titre|text", "Remarques|text", "N° de carte|num"],
             c=["Marché du travail : limité", "Permis unique", "Délivré par la commune", "Titre de séjour conforme au règlement (UE) 2017/1954"], v=["A", "B", "K", "permis unique", "carte bleue européenne"]),
  "nl": dict(t=["Verblijfstitel", "Verblijfskaart", "A-kaart - tijdelijk verblijf", "B-kaart - onbeperkt verblijf", "Verblijfsvergunning", "Elektronische vreemdelingenkaart"], i=["België", "Koninkrijk België"],
             l=["Naam|name", "Voornaam|name", "Nationaliteit|nat", "Geboortedatum|date", "Geldig tot|date", "Soort titel|text", "Opmerkingen|text", "Kaartnummer|num"],
             c=["Arbeidsmarkt: beperkt", "Gecombineerde vergunning", "Uitgereikt door de gemeente"], v=["A", "B", "K", "gecombineerde vergunning", "Europese blauwe kaart"]),
  "de": dict(t=["Aufenthaltstitel", "Aufenthaltskarte", "Karte A - befristeter Aufenthalt", "Aufenthaltserlaubnis"], i=["Belgien", "Königreich Belgien"],
             l=["Name|name", "Vorname|name", "Staatsangehörigkeit|nat", "Geburtsdatum|date", "Gültig bis|date", "Art des Titels|text", "Anmerkungen|text"],
             c=["Arbeitsmarkt: beschränkt", "Kombinierte Erlaubnis"], v=["A", "B", "kombinierte Erlaubnis"]),
  "en": dict(t=["Residence permit", "Residence card", "A card - temporary residence", "Belgian residence permit", "Electronic residence card"], i=["Belgium", "Kingdom of Belgium"],
             l=["Surname|name", "Given names|name", "Nationality|nat", "Date of birth|date", "Valid until|date", "Type of permit|text", "Remarks|text", "Card number|num"],
             c=["Labour market: limited", "Single permit", "Issued by the municipality"], v=["A", "B", "single permit", "EU Blue Card"])},
 "payslip": {
  "fr": dict(t=["Fiche de paie", "Fiche de salaire", "Bulletin de paie", "Décompte de salaire", "Fiche de rémunération", "Compte individuel"], i=["SD Worx", "Securex", "Partena", "Acerta", "Liantis"],
             l=["Salaire brut|money", "Cotisation ONSS|money", "Précompte professionnel|money", "Salaire net|money", "Période|text", "Employeur|name", "Travailleur|name", "Commission paritaire|num", "Chèques-repas|num"],
             c=["Net à payer versé sur votre compte.", "Rémunération selon le contrat de travail.", "Cotisation spéciale de sécurité sociale retenue.", "Bonus à l'emploi appliqué."], v=["mensuel", "employé"]),
  "nl": dict(t=["Loonbrief", "Loonstrook", "Loonfiche", "Loonafrekening", "Individuele rekening"], i=["SD Worx", "Securex", "Partena", "Acerta", "Liantis"],
             l=["Brutoloon|money", "RSZ-bijdrage|money", "Bedrijfsvoorheffing|money", "Nettoloon|money", "Periode|text", "Werkgever|name", "Werknemer|name", "Paritair comité|num", "Maaltijdcheques|num"],
             c=["Netto te betalen overgeschreven op uw rekening.", "Loon volgens de arbeidsovereenkomst.", "Bijzondere bijdrage sociale zekerheid ingehouden.", "Werkbonus toegepast."], v=["maandelijks", "bediende"]),
  "de": dict(t=["Lohnabrechnung", "Gehaltsabrechnung", "Verdienstabrechnung", "Individuelles Konto"], i=["SD Worx", "Securex", "Partena"],
             l=["Bruttolohn|money", "LSS-Beitrag|money", "Berufssteuervorabzug|money", "Nettolohn|money", "Zeitraum|text", "Arbeitgeber|name", "Arbeitnehmer|name"],
             c=["Auszahlungsbetrag überwiesen.", "Vergütung gemäß Arbeitsvertrag."], v=["monatlich"]),
  "en": dict(t=["Payslip", "Pay slip", "Salary slip", "Pay statement", "Individual account (annual pay record)"], i=["SD Worx", "Securex", "Partena", "ADP"],
             l=["Gross pay|money", "Social security (ONSS/RSZ)|money", "Withholding tax|money", "Net pay|money", "Pay period|text", "Employer|name", "Employee|name", "Joint committee|num"],
             c=["Net pay transferred to your account.", "Pay according to the employment contract.", "Special social security contribution withheld."], v=["monthly"])},
 "vacancy_proof": {
  "fr": dict(t=["Offre d'emploi", "Preuve de publication de l'offre d'emploi", "Votre offre est en ligne", "Offre d'emploi publiée", "Diffusion de l'offre d'emploi"], i=["Actiris", "Le Forem", "EURES"],
             l=["Intitulé du poste|text", "Employeur|name", "Référence|num", "Date de publication|date", "Fin de publication|date", "Lieu de travail|place", "Type de contrat|text"],
             c=["L'offre a été publiée pendant au moins cinq semaines.", "Offre relayée sur le portail EURES.", "Postulez en ligne.", "Profil recherché : expérience de 3 ans."], v=JOBS["fr"]),
  "nl": dict(t=["Vacature", "Bewijs van publicatie vacature", "Uw vacature staat online", "Gepubliceerde vacature", "Vacatureoverzicht"], i=["VDAB", "Actiris", "EURES"],
             l=["Functietitel|text", "Werkgever|name", "Vacaturenummer|num", "Publicatiedatum|date", "Einde publicatie|date", "Plaats tewerkstelling|place", "Contracttype|text"],
             c=["De vacature stond minstens negen weken online bij VDAB en EURES.", "Vacature doorgestuurd naar EURES.", "Solliciteer online.", "Gevraagd profiel: 3 jaar ervaring."], v=JOBS["nl"]),
  "de": dict(t=["Stellenangebot", "Stellenausschreibung", "Veröffentlichungsnachweis Stellenangebot"], i=["Arbeitsamt der DG", "ADG", "EURES"],
             l=["Stellenbezeichnung|text", "Arbeitgeber|name", "Referenz|num", "Veröffentlicht am|date", "Veröffentlicht bis|date", "Arbeitsort|place"],
             c=["Das Stellenangebot wurde über EURES verbreitet.", "Bewerbung online."], v=JOBS["de"]),
  "en": dict(t=["Job vacancy", "Vacancy", "Proof of vacancy publication", "Job posting", "Published job offer"], i=["EURES", "VDAB", "Actiris", "Le Forem"],
             l=["Job title|text", "Employer|name", "Vacancy number|num", "Publication date|date", "End of publication|date", "Work location|place", "Contract type|text"],
             c=["The vacancy was published for the required period.", "Shared on the EURES portal.", "Apply online.", "Required: 3 years of experience."], v=JOBS["en"])},
 "order_to_leave": {
  "fr": dict(t=["Ordre de quitter le territoire", "ORDRE DE QUITTER LE TERRITOIRE", "Annexe 13 - ordre de quitter le territoire", "Décision : ordre de quitter le territoire"], i=["Office des étrangers", "SPF Intérieur"],
             l=["Nom|name", "Date de naissance|date", "Nationalité|nat", "Délai|text", "Date de la décision|date", "Référence|num"],
             c=["de quitter le territoire de la Belgique ainsi que le territoire des États Schengen", "dans les 30 jours de la notification", "en application de l'article 7 de la loi du 15 décembre 1980",
                "Recours possible devant le Conseil du Contentieux des Étrangers.", "À défaut d'obtempérer, l'intéressé(e) pourra être ramené(e) à la frontière."], v=["30 jours", "7 jours"]),
  "nl": dict(t=["Bevel om het grondgebied te verlaten", "BEVEL OM HET GRONDGEBIED TE VERLATEN", "Bijlage 13 - bevel om het grondgebied te verlaten", "Beslissing: bevel om het grondgebied te verlaten"],
             i=["Dienst Vreemdelingenzaken", "FOD Binnenlandse Zaken"], l=["Naam|name", "Geboortedatum|date", "Nationaliteit|nat", "Termijn|text", "Datum beslissing|date", "Referte|num"],
             c=["het grondgebied van België en van de Schengenstaten te verlaten", "binnen 30 dagen na de kennisgeving", "met toepassing van artikel 7 van de wet van 15 december 1980",
                "Beroep mogelijk bij de Raad voor Vreemdelingenbetwistingen.", "Bij niet-naleving kan betrokkene naar de grens worden teruggeleid."], v=["30 dagen", "7 dagen"]),
  "de": dict(t=["Anweisung, das Staatsgebiet zu verlassen", "ANWEISUNG, DAS STAATSGEBIET ZU VERLASSEN", "Anlage 13 - Anweisung, das Staatsgebiet zu verlassen"], i=["Ausländeramt", "FÖD Inneres"],
             l=["Name|name", "Geburtsdatum|date", "Staatsangehörigkeit|nat", "Frist|text", "Datum|date"],
             c=["das Staatsgebiet Belgiens und der Schengen-Staaten zu verlassen", "binnen 30 Tagen nach der Notifizierung", "Beschwerde beim Rat für Ausländerstreitsachen möglich."], v=["30 Tage"]),
  "en": dict(t=["Order to leave the territory", "ORDER TO LEAVE THE TERRITORY", "Annex 13 - order to leave the territory"], i=["Immigration Office", "FPS Home Affairs"],
             l=["Name|name", "Date of birth|date", "Nationality|nat", "Time limit|text", "Decision date|date", "Reference|num"],
             c=["to leave the territory of Belgium and of the Schengen States", "within 30 days of notification", "under Article 7 of the Law of 15 December 1980", "Appeal to the Council for Alien Law Litigation."], v=["30 days"])},
 "entry_ban": {
  "fr": dict(t=["Interdiction d'entrée", "INTERDICTION D'ENTRÉE", "Annexe 13sexies - interdiction d'entrée", "Décision d'interdiction d'entrée"], i=["Office des étrangers", "SPF Intérieur"],
             l=["Nom|name", "Date de naissance|date", "Nationalité|nat", "Durée de l'interdiction|text", "Date de la décision|date", "Référence|num"],
             c=["Une interdiction d'entrée est imposée sur le territoire belge et des États Schengen.", "en application de l'article 74/11 de la loi du 15 décembre 1980",
                "La levée peut être demandée auprès du poste diplomatique belge.", "L'interdiction d'entrée accompagne l'ordre de quitter le territoire."], v=["3 ans", "2 ans", "5 ans"]),
  "nl": dict(t=["Inreisverbod", "INREISVERBOD", "Bijlage 13sexies - inreisverbod", "Beslissing tot inreisverbod"], i=["Dienst Vreemdelingenzaken", "FOD Binnenlandse Zaken"],
             l=["Naam|name", "Geboortedatum|date", "Nationaliteit|nat", "Duur van het inreisverbod|text", "Datum beslissing|date", "Referte|num"],
             c=["Er wordt een inreisverbod opgelegd voor het grondgebied van België en de Schengenstaten.", "met toepassing van artikel 74/11 van de wet van 15 december 1980",
                "De opheffing kan worden aangevraagd bij de Belgische diplomatieke post.", "Het inreisverbod gaat gepaard met het bevel om het grondgebied te verlaten."], v=["3 jaar", "2 jaar", "5 jaar"]),
  "de": dict(t=["Einreiseverbot", "EINREISEVERBOT", "Anlage 13sexies - Einreiseverbot"], i=["Ausländeramt"], l=["Name|name", "Geburtsdatum|date", "Staatsangehörigkeit|nat", "Dauer|text", "Datum|date"],
             c=["Ein Einreiseverbot für Belgien und die Schengen-Staaten wird verhängt.", "gemäß Artikel 74/11 des Gesetzes vom 15. Dezember 1980"], v=["3 Jahre"]),
  "en": dict(t=["Entry ban", "ENTRY BAN", "Annex 13sexies - entry ban", "Decision imposing an entry ban"], i=["Immigration Office", "FPS Home Affairs"],
             l=["Name|name", "Date of birth|date", "Nationality|nat", "Duration of the ban|text", "Decision date|date", "Reference|num"],
             c=["An entry ban is imposed for the territory of Belgium and the Schengen States.", "under Article 74/11 of the Law of 15 December 1980",
                "Lifting may be requested via the Belgian diplomatic post.", "The entry ban accompanies the order to leave the territory."], v=["3 years", "2 years"])},
}


ORG_WORDS = ("employ", "werkgever", "arbeitgeber", "donneur", "opdrachtgever", "auftraggeber", "payer", "société", "company", "entity")


def _lexval(r, kind, p, lang, ent, label=""):
    if kind == "name":
        lab = label.lower()
        if any(w in lab for w in ORG_WORDS) and not any(w in lab for w in ("employee", "werknemer", "arbeitnehmer", "salarié")):
            return ch(r, company(r), company(r), be_person(r))
        if "médecin" in lab or "arts" == lab or "arzt" in lab or "physician" in lab:
            return f"Dr {ch(r, BE_FIRST + FIRST)} {ch(r, BE_LAST + LAST)}"
        return p.name(r)
    if kind == "date":
        if any(w in label.lower() for w in ("naissance", "geboorte", "geburt", "birth", "né(e)", "geboren")):
            return fdate(r, p.birth, lang)
        return fdate(r, rdate(r, date(2015, 1, 1), date(2027, 6, 1)), lang)
    if kind == "num":
        return ch(r, str(r.randint(100, 999)), f"{r.randint(10**5, 10**9)}", enterprise_no(r), p.nrn)
    if kind == "money":
        return money(r, r.uniform(100, 90000), lang)
    if kind == "place":
        if any(w in label.lower() for w in ("naissance", "geboorte", "geburt", "birth")):
            return p.birthplace
        return ch(r, be_address(r, lang)[1], p.birthplace)
    if kind == "nat":
        return p.nationality(r, lang)
    if kind == "pass":
        return p.passport
    return ch(r, ent["v"]) if ent.get("v") else "-"


def _make_lex_tpl(doc_type):
    def gen(r, lang):
        ent = LEX[doc_type][lang]
        p = Person(r)
        layout = ch(r, "letter", "form", "card", "table", "form")
        title = ch(r, ent["t"])
        title = ch(r, title, title.upper(), title.lower(), title.title())
        head = [maybe(r, .6, ch(r, ent["i"]) if ent["i"] else ""), title]
        if r.random() < .3 and len(ent["t"]) > 1:
            head.append(ch(r, ent["t"]))                          # a second wording as subtitle
        labs = r.sample(ent["l"], r.randint(min(2, len(ent["l"])), len(ent["l"])))
        pairs = [(lb.split("|")[0], _lexval(r, lb.split("|")[1], p, lang, ent, lb.split("|")[0])) for lb in labs]
        cl = r.sample(ent["c"], r.randint(1, len(ent["c"])))
        if layout == "card":
            return [head, [f"{a} {b}" if r.random() < .5 else b for a, b in pairs[:5]]]
        if layout == "table":
            return [head, [" | ".join(a for a, _ in pairs), " | ".join(b for _, b in pairs)], cl[:2], [fdate(r, rdate(r), lang)]]
        if layout == "letter":
            body = " ".join(cl)
            return [head, [f"{pairs[0][0]}: {pairs[0][1]}"] if pairs else [], [body], fields(r, pairs[1:]), [fdate(r, rdate(r), lang), ch(r, be_person(r), p.name(r))]]
        return [head, fields(r, pairs), cl, [maybe(r, .5, fdate(r, rdate(r), lang))]]
    return gen


# extra title wordings (synonyms, older names, foreign usage) merged into the lexicon
_EXTRA_TITLES = {
    "criminal_record": {"fr": ["Certificat de non-condamnation", "Attestation de non-inscription au casier judiciaire", "Certificat de bonnes vie et mœurs", "Extrait de casier judiciaire (modèle 1)"],
                        "nl": ["Uittreksel strafregister", "Attest van goed gedrag en zeden", "Bewijs van goed zedelijk gedrag"],
                        "de": ["Strafregisterauszug (Privatauszug)", "Polizeiliches Führungszeugnis", "Auszug aus dem Strafregister (Muster 1)"],
                        "en": ["Police Certificate", "Good Conduct Certificate", "Clearance Certificate", "Character Certificate", "Certificate of No Criminal Conviction"]},
    "medical_certificate": {"fr": ["Certificat de bonne santé", "Attestation médicale", "Certificat médical d'aptitude"], "nl": ["Gezondheidsattest", "Medisch certificaat", "Doktersattest"],
                            "de": ["Gesundheitsbescheinigung", "Ärztliche Bescheinigung"], "en": ["Health certificate", "Medical fitness certificate", "Certificate of good health"]},
    "diploma": {"fr": ["Diplôme d'ingénieur", "Diplôme de licence", "Certificat de réussite - grade de master"], "nl": ["Getuigschrift van bachelor", "Masterdiploma", "Bachelordiploma"],
                "de": ["Diplomurkunde", "Hochschulabschluss - Urkunde"], "en": ["Graduation certificate", "Degree of Bachelor", "Certificate of graduation", "Master's diploma"]},
    "fee_payment_proof": {"fr": ["Ordre de virement", "Avis d'exécution - virement", "Reçu de paiement"], "nl": ["Overschrijvingsopdracht", "Uitvoeringsbericht overschrijving", "Betalingsontvangst"],
                          "de": ["Zahlungsauftrag", "Ausführungsbestätigung"], "en": ["Payment receipt", "Remittance advice", "Wire transfer confirmation"]},
    "health_insurance": {"fr": ["Attestation de couverture soins de santé", "Police d'assurance hospitalisation - attestation"], "nl": ["Certificaat van verzekering - ziektekosten", "Polis hospitalisatieverzekering - attest"],
                         "de": ["Reisekrankenversicherung - Bestätigung", "Krankenversicherungsnachweis"], "en": ["Insurance policy schedule - medical", "Certificate of cover - health", "Medical insurance certificate"]},
    "payslip": {"fr": ["Décompte de paie", "Bulletin de salaire", "Relevé de rémunération"], "nl": ["Loonafrekening", "Salarisstrook", "Loonbrief bediende"],
                "de": ["Entgeltabrechnung", "Lohn- und Gehaltsabrechnung"], "en": ["Salary slip", "Wage statement", "Payroll statement"]},
    "vacancy_proof": {"fr": ["Annonce d'emploi", "Offre d'emploi - détail", "Publication de l'offre"], "nl": ["Vacaturebericht", "Vacature - detail", "Publicatie vacature"],
                      "de": ["Stellenanzeige", "Jobangebot"], "en": ["Job advertisement", "Job offer", "Vacancy notice"]},
    "residence_permit": {"fr": ["Titre de séjour électronique", "Carte de séjour pour étrangers"], "nl": ["Elektronische verblijfstitel", "Verblijfskaart voor vreemdelingen"],
                         "de": ["Elektronischer Aufenthaltstitel"], "en": ["Electronic residence permit", "Residence permit card"]},
    "order_to_leave": {"fr": ["Ordre de quitter le territoire (annexe 13)", "OQT - ordre de quitter le territoire"], "nl": ["Bevel om het grondgebied te verlaten (bijlage 13)", "BGV - bevel om het grondgebied te verlaten"],
                       "de": ["Anweisung das Staatsgebiet zu verlassen (Anlage 13)"], "en": ["Order to leave the territory (annex 13)"]},
    "entry_ban": {"fr": ["Interdiction d'entrée sur le territoire", "Décision d'interdiction d'entrée (annexe 13sexies)"], "nl": ["Inreisverbod (bijlage 13sexies)", "Beslissing tot oplegging van een inreisverbod"],
                  "de": ["Einreise- und Aufenthaltsverbot", "Einreiseverbot (Anlage 13sexies)"], "en": ["Entry ban (annex 13sexies)", "Re-entry ban decision"]},
    "application_form": {"fr": ["Formulaire de demande d'autorisation de travail", "Demande de permis unique - formulaire employeur"], "nl": ["Aanvraagformulier toelating tot arbeid", "Aanvraag gecombineerde vergunning - formulier werkgever"],
                         "de": ["Antrag auf Arbeitserlaubnis"], "en": ["Application for work authorisation", "Single permit application form"]},
    "group_employment_proof": {"fr": ["Attestation de l'employeur - ancienneté dans le groupe", "Certificat de service"], "nl": ["Werkgeversattest - anciënniteit in de groep", "Dienstattest"],
                               "de": ["Arbeitgeberbescheinigung - Konzernzugehörigkeit"], "en": ["Certificate of service", "Service letter - group employment"]},
    "assignment_letter": {"fr": ["Lettre de mission", "Confirmation de détachement"], "nl": ["Opdrachtbevestiging detachering", "Detacheringsbevestiging"],
                          "de": ["Entsendungsbestätigung", "Entsendungsvertrag"], "en": ["Assignment confirmation", "Delegation letter", "Transfer letter"]},
    "hosting_agreement": {"fr": ["Convention d'accueil (directive 2016/801)"], "nl": ["Gastovereenkomst (richtlijn 2016/801)"], "de": ["Aufnahmevereinbarung (Richtlinie 2016/801)"],
                          "en": ["Hosting Agreement (Directive 2016/801)", "Researcher hosting agreement"]},
}
for _t, _d in _EXTRA_TITLES.items():
    for _lg, _titles in _d.items():
        if _lg in LEX[_t]:
            LEX[_t][_lg]["t"] = list(LEX[_t][_lg]["t"]) + _titles


for _t, _langs in LEX.items():
    tpl(_t, "lexicon", tuple(_langs))(_make_lex_tpl(_t))


@tpl(U, "wallonia_env_permit", ("fr", "de"))
def u_env_permit(r, lang):
    """In Wallonia 'permis unique' also names the combined planning + environment permit."""
    return [[L(lang, fr="Commune de " + ch(r, "Namur", "Mons", "Wavre", "Ciney", "Arlon"), de="Gemeinde " + ch(r, "Eupen", "Bütgenbach", "Raeren")),
             L(lang, fr=ch(r, "Demande de permis unique (permis d'environnement et d'urbanisme)", "PERMIS UNIQUE - décision du Collège communal", "Avis d'enquête publique - demande de permis unique"),
               de=ch(r, "Globalgenehmigung - Antrag (Umwelt- und Städtebaugenehmigung)", "Umweltgenehmigung - Entscheidung"))],
            [L(lang, fr=f"Établissement de classe {ch(r, 1, 2)} : {ch(r, 'exploitation d un élevage', 'station-service', 'atelier de carrosserie', 'entrepôt frigorifique')}. Demandeur : {company(r)}. Parcelle cadastrée section {ch(r, 'A', 'B', 'C')} n° {r.randint(10, 999)}.",
               de=f"Betrieb der Klasse {ch(r, 1, 2)}: {ch(r, 'Tankstelle', 'Werkstatt', 'Lagerhalle')}. Antragsteller: {company(r)}."),
             L(lang, fr="Le dossier peut être consulté à l'administration communale durant l'enquête publique de 15 jours.", de="Die Akte kann während der öffentlichen Untersuchung eingesehen werden.")],
            [fdate(r, rdate(r), lang), L(lang, fr="Le Collège communal", de="Das Gemeindekollegium")]]


ULEX = {
    "fr": dict(t=["Facture", "Bon de commande", "Offre de prix", "Attestation de domicile", "Relevé de compte", "Contrat de bail", "Certificat de scolarité", "Procès-verbal d'assemblée générale",
                  "Statuts de la société", "Bulletin de notes", "Attestation de formation", "Certificat de garantie", "Note d'honoraires", "Accusé de réception", "Convocation",
                  "Demande de renseignements", "Attestation de chômage", "Attestation de la caisse d'allocations familiales", "Avis de passage", "Rappel de paiement", "Formulaire d'inscription au cours de langue",
                  "Certificat de composition de ménage", "Carte de membre", "Plan d'accès", "Règlement de travail", "Attestation de stage", "Déclaration de créance"],
               c=["Merci de régler le montant avant l'échéance.", "Veuillez trouver ci-joint les documents demandés.", "Pour toute question, contactez notre service clientèle.",
                  "Ce document ne constitue pas une preuve de séjour.", "Pièces à fournir : carte d'identité ou passeport.", "La présente attestation est délivrée pour servir et valoir ce que de droit.",
                  "Le montant sera prélevé par domiciliation.", "Inscription au cours de néerlandais niveau A1.", "Votre dossier est en cours de traitement.", "Nous accusons réception de votre courrier."]),
    "nl": dict(t=["Factuur", "Bestelbon", "Offerte", "Bewijs van woonst", "Rekeninguittreksel", "Huurcontract", "Inschrijvingsbewijs school", "Notulen algemene vergadering", "Statuten van de vennootschap",
                  "Rapport", "Attest van opleiding", "Garantiebewijs", "Ereloonnota", "Ontvangstbevestiging", "Uitnodiging", "Herinnering betaling", "Inschrijvingsformulier taalcursus",
                  "Lidkaart", "Routebeschrijving", "Arbeidsreglement", "Stageattest", "Inburgeringsattest"],
               c=["Gelieve het bedrag vóór de vervaldag te betalen.", "In bijlage vindt u de gevraagde documenten.", "Voor vragen kunt u onze klantendienst contacteren.",
                  "Dit document is geen verblijfsbewijs.", "Mee te brengen: identiteitskaart of paspoort.", "Dit attest wordt afgeleverd om te dienen waar nodig.",
                  "Het bedrag wordt via domiciliëring geïnd.", "Inschrijving cursus Nederlands tweede taal, niveau 1.", "Uw dossier is in behandeling.", "Wij bevestigen de ontvangst van uw brief."]),
    "de": dict(t=["Rechnung", "Bestellung", "Angebot", "Wohnsitzbescheinigung", "Kontoauszug", "Mietvertrag", "Schulbescheinigung", "Protokoll der Generalversammlung", "Satzung",
                  "Teilnahmebescheinigung", "Garantieschein", "Eingangsbestätigung", "Einladung", "Zahlungserinnerung", "Anmeldung Sprachkurs", "Mitgliedsausweis"],
               c=["Bitte zahlen Sie den Betrag bis zum Fälligkeitsdatum.", "Anbei erhalten Sie die angeforderten Unterlagen.", "Dieses Dokument ist kein Aufenthaltsnachweis.",
                  "Mitzubringen: Personalausweis oder Reisepass.", "Ihre Akte wird bearbeitet.", "Wir bestätigen den Eingang Ihres Schreibens."]),
    "en": dict(t=["Invoice", "Purchase order", "Quotation", "Proof of address", "Bank statement", "Tenancy agreement", "School enrolment letter", "Minutes of the general meeting",
                  "Articles of association", "Transcript of records", "Training certificate", "Warranty card", "Receipt", "Acknowledgement of receipt", "Invitation", "Payment reminder",
                  "Language course registration", "Membership card", "Reference letter", "Recommendation letter", "Salary offer letter", "Relocation quote", "Flight itinerary", "Hotel booking confirmation"],
               c=["Please pay the amount before the due date.", "Please find enclosed the requested documents.", "For any questions, contact our customer service.",
                  "This document is not proof of residence.", "Bring your ID card or passport.", "Your file is being processed.", "We acknowledge receipt of your letter.",
                  "I am pleased to recommend the candidate for the position.", "The moving company will pack and ship household goods."]),
}


def _ulex(r, lang):
    ent = ULEX[lang]
    p = Person(r)
    pairs = r.sample([(L(lang, fr="Nom", nl="Naam", de="Name", en="Name"), p.name(r)), (L(lang, fr="Date", nl="Datum", de="Datum", en="Date"), fdate(r, rdate(r), lang)),
                      (L(lang, fr="Référence", nl="Referentie", de="Referenz", en="Reference"), str(r.randint(10**4, 10**8))),
                      (L(lang, fr="Montant", nl="Bedrag", de="Betrag", en="Amount"), money(r, r.uniform(5, 5000), lang)),
                      (L(lang, fr="Adresse", nl="Adres", de="Adresse", en="Address"), ", ".join(be_address(r, lang))),
                      ("IBAN", iban_be(r)), (L(lang, fr="N° client", nl="Klantnr.", de="Kundennr.", en="Customer no."), str(r.randint(10**5, 10**7)))], r.randint(2, 6))
    return [[ch(r, company(r), be_person(r), ch(r, BANKS), ""), ch(r, ent["t"])], fields(r, pairs), r.sample(ent["c"], r.randint(1, 3)), [maybe(r, .5, fdate(r, rdate(r), lang))]]


tpl(U, "lexicon", ("fr", "nl", "de", "en"))(_ulex)


# ==========================================================================================
# driver
def letterhead(r, lang):
    """A generic letterhead shared by every class (so that it predicts nothing)."""
    a1, a2 = be_address(r, lang)
    who = ch(r, company(r), company(r), be_person(r), ch(r, FOREIGN_COMPANIES))
    dom = who.split()[0].lower().replace(",", "")
    lines = [who, f"{a1} - {a2}" if r.random() < .5 else a1, maybe(r, .5, a2),
             ch(r, "Tel.", "Tél.", "T", "Phone") + f" +32 {r.randint(2, 9)} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
             maybe(r, .6, f"www.{dom}.be"), maybe(r, .5, f"info@{dom}.be"), maybe(r, .4, ch(r, "TVA", "BTW", "VAT", "USt-IdNr.") + " " + enterprise_no(r)),
             maybe(r, .3, "IBAN " + iban_be(r))]
    return [x for x in lines if x]


def footer(r, lang):
    return ch(r, [f"{ch(r, 'Imprimé le', 'Afgedrukt op', 'Gedruckt am', 'Printed on')} {fdate(r, rdate(r), lang)}", "Confidential", "Confidentiel", "Vertrouwelijk", "Vertraulich",
                  f"www.{ch(r, COMPANY_STEMS).split()[0].lower()}.be", f"{ch(r, 'Réf', 'Ref', 'Kenmerk', 'Az')}: {r.randint(1000, 99999)}/{ch(r, 'AB', 'HR', 'JD', 'XY')}",
                  "Document généré électroniquement", "Elektronisch gegenereerd document", "Dieses Dokument wurde elektronisch erstellt", "This is a computer-generated document",
                  f"{r.randint(1, 9)}/{r.randint(1, 9)}", "SPECIMEN", "COPY", "KOPIE", "COPIE"])


def split_title(r, text):
    """OCR often breaks a title over two lines: 'EXTRAIT DU' / 'CASIER JUDICIAIRE'."""
    lines = text.split("\n")
    for k in range(min(6, len(lines))):
        ln = lines[k]
        if len(ln) > 14 and " " in ln.strip() and r.random() < 0.4:
            cut = ln.find(" ", len(ln) // 3)
            if cut > 0:
                lines[k] = ln[:cut] + "\n" + ln[cut + 1:]
                break
    return "\n".join(lines)


TRANSLATED_TYPES = ("criminal_record", "medical_certificate", "diploma", "group_employment_proof", "assignment_letter", "unknown")


def sworn_translation(r, lang):
    """Header and certification of a sworn translation wrapped around a foreign document."""
    src = ch(r, ["arabe", "turc", "espagnol", "portugais", "russe", "ukrainien", "chinois", "hindi", "vietnamien"])
    who = be_person(r)
    head = LL(r, lang, fr=[f"Traduction jurée de l'{src}" if src[0] in "aeiou" else f"Traduction jurée du {src}", "TRADUCTION CERTIFIÉE CONFORME"],
              nl=["Beëdigde vertaling", "VOOR EENSLUIDENDE VERTALING"], de=["Beglaubigte Übersetzung", "BEEIDIGTE ÜBERSETZUNG"], en=["Sworn translation", "CERTIFIED TRANSLATION"])
    cert = LL(r, lang, fr=[f"Je soussigné(e) {who}, traducteur juré inscrit au registre national, certifie la présente traduction conforme à l'original. N° {r.randint(1000, 9999)}"],
              nl=[f"Ondergetekende {who}, beëdigd vertaler ingeschreven in het nationaal register, verklaart deze vertaling getrouw en volledig. Nr. {r.randint(1000, 9999)}"],
              de=[f"Der/die Unterzeichnete {who}, beeidigter Übersetzer, bestätigt die Übereinstimmung der Übersetzung mit dem Original."],
              en=[f"I, {who}, sworn translator (national register no. {r.randint(1000, 9999)}), certify this translation to be true and complete."])
    return head, cert


def _one(r: random.Random, doc_type: str, name: str, f: Callable, lang: str, noise_share: float) -> dict:
    blocks = f(r, lang)
    if r.random() < 0.12:
        blocks = [letterhead(r, lang)] + blocks if r.random() < .5 else [blocks[0], letterhead(r, lang)] + blocks[1:]
    if r.random() < 0.2:
        blocks = blocks + [[footer(r, lang)]]
    if doc_type in TRANSLATED_TYPES and lang in ("fr", "nl", "de", "en") and r.random() < 0.08:
        head, cert = sworn_translation(r, lang)
        blocks = [[head]] + blocks + [[cert]]
    text, variant = compose(r, blocks, lang)
    if r.random() < 0.15:
        text = split_title(r, text)
    if variant == "full" and r.random() < 0.08:            # two pages: a second filled copy without its title
        more = [b if isinstance(b, list) else [b] for b in f(r, lang)[1:] if b]
        more = ["\n".join(x for x in b if x) for b in more]
        text += "\n" + page_no(r, 1, 2, lang) + "\n\f\n" + "\n".join(x for x in more if x) + "\n" + page_no(r, 2, 2, lang)
        variant = "long"
    noisy = r.random() < noise_share
    if noisy:
        text = ocr_noise(text, r)
    if r.random() < 0.15:                                  # random header/footer artefacts
        text = ch(r, "", "SPECIMEN\n", "Scan " + fdate(r, rdate(r), "en", "iso") + "\n", "CamScanner\n", "Numérisé avec / Gescand met\n") + text
    return {"text": text.strip(), "doc_type": doc_type, "language": lang, "template": name,
            "variant": variant, "ocr_noise": noisy}


def samples(seed: int = 0, per_type: int = 150, noise_share: float = 0.4) -> Iterator[dict]:
    """Yield per_type samples for every type and 2 * per_type for `unknown`, deterministically."""
    for doc_type in CLASSES:
        tpls = TEMPLATES[doc_type]
        n = per_type * (2 if doc_type == "unknown" else 1)
        order_rng = random.Random(f"{seed}:{doc_type}:order")
        order = []
        while len(order) < n:                              # every template used, in a shuffled round-robin
            block = list(range(len(tpls)))
            order_rng.shuffle(block)
            order.extend(block)
        for i in range(n):
            name, f, lang = tpls[order[i]]
            r = random.Random(f"{seed}:{doc_type}:{i}")
            yield _one(r, doc_type, name, f, lang, noise_share)


def stats(rows: list[dict], examples: int = 1) -> str:
    out = []
    by = collections.Counter(x["doc_type"] for x in rows)
    langs = collections.defaultdict(collections.Counter)
    tpls = collections.defaultdict(set)
    lens = collections.defaultdict(list)
    for x in rows:
        langs[x["doc_type"]][x["language"]] += 1
        tpls[x["doc_type"]].add(x["template"])
        lens[x["doc_type"]].append(len(x["text"].split()))
    out.append(f"{'class':24s} {'n':>5s} {'tpl':>4s} {'words min/med/max':>18s}  languages")
    for c in CLASSES:
        ls = sorted(lens[c])
        med = ls[len(ls) // 2] if ls else 0
        out.append(f"{c:24s} {by[c]:5d} {len(tpls[c]):4d} {ls[0] if ls else 0:6d}/{med:4d}/{ls[-1] if ls else 0:5d}  "
                   + ", ".join(f"{k}:{v}" for k, v in sorted(langs[c].items())))
    out.append(f"total {len(rows)}; with OCR noise {sum(x['ocr_noise'] for x in rows)}; "
               f"variants {dict(collections.Counter(x['variant'] for x in rows))}")
    rng = random.Random(1)
    for c in CLASSES:
        pool = [x for x in rows if x["doc_type"] == c]
        for x in rng.sample(pool, min(examples, len(pool))):
            out.append(f"\n--- {c} / {x['template']} / {x['variant']} / noise={x['ocr_noise']}\n{x['text'][:600]}")
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", help="write JSONL here")
    ap.add_argument("--per-type", type=int, default=150)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--noise-share", type=float, default=0.4)
    ap.add_argument("--stats", action="store_true", help="print per-class counts, template counts and examples")
    ap.add_argument("--examples", type=int, default=1)
    a = ap.parse_args(argv)
    rows = list(samples(a.seed, a.per_type, a.noise_share))
    if a.out:
        with open(a.out, "w", encoding="utf-8") as fh:
            for x in rows:
                fh.write(json.dumps(x, ensure_ascii=False) + "\n")
        print(f"wrote {len(rows)} samples to {a.out}", file=sys.stderr)
    if a.stats or not a.out:
        print(stats(rows, a.examples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
