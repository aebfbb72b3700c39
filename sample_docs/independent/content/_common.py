"""Helpers shared by corpus A's content modules: dates in four languages, MRZ check digits,
fictitious issuers. Not a content module itself (it has no MODELS)."""

from __future__ import annotations

import hashlib
import random
from datetime import date, timedelta

from spec import Block, Context, Person

MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
           "Ekim", "Kasım", "Aralık"],
}


def lang1(lang: str) -> str:
    """First language of a combined code such as 'fr+nl'."""
    return lang.split("+")[0]


def d_long(d: date, lang: str) -> str:
    lang = lang1(lang)
    m = MONTHS.get(lang, MONTHS["en"])[d.month - 1]
    if lang == "en":
        return f"{d.day} {m} {d.year}"
    if lang == "de":
        return f"{d.day}. {m} {d.year}"
    if lang == "fr" and d.day == 1:
        return f"1er {m} {d.year}"
    return f"{d.day} {m} {d.year}"


def d_num(d: date, sep: str = ".") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def d_us(d: date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def d_mon(d: date) -> str:
    """Passport style: 12 MAR 1990 (month in English capitals)."""
    return f"{d.day:02d} {MONTHS['en'][d.month - 1][:3].upper()} {d.year}"


def pick(lang: str, **texts: str) -> str:
    """The text in `lang` (first language of a combined code), falling back to English."""
    lang = lang1(lang)
    return texts.get(lang) or texts.get("en") or next(iter(texts.values()))


def seeded(*parts: object) -> random.Random:
    return random.Random(int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12], 16))


def age(p: Person, on: date) -> int:
    return on.year - p.birth_date.year - ((on.month, on.day) < (p.birth_date.month, p.birth_date.day))


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    day = min(d.day, [31, 29 if y % 4 == 0 and (y % 100 or y % 400 == 0) else 28, 31, 30, 31, 30,
                      31, 31, 30, 31, 30, 31][m - 1])
    return date(y, m, day)


def workdays_before(d: date, n: int) -> date:
    while n:
        d -= timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


# ----------------------------------------------------------------------------------------- MRZ

def _val(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if ch == "<":
        return 0
    return ord(ch) - 55


def check_digit(s: str) -> str:
    """ICAO 9303 check digit (weights 7, 3, 1)."""
    w = (7, 3, 1)
    return str(sum(_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(surname: str, given: str, width: int) -> str:
    def clean(x: str) -> str:
        import unicodedata
        x = unicodedata.normalize("NFKD", x)
        x = "".join(c for c in x if not unicodedata.combining(c))
        x = x.upper().replace("-", "<").replace("'", "").replace(" ", "<")
        return "".join(c for c in x if c.isalnum() or c == "<")
    s = clean(surname) + "<<" + clean(given)
    return (s + "<" * width)[:width]


def yymmdd(d: date) -> str:
    return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"


def td3(doc_type: str, state: str, p: Person, number: str, expiry: date, personal: str = "") -> tuple[str, str]:
    """Two 44-character lines of a passport (TD3)."""
    l1 = (doc_type + "<")[:2] + state + mrz_name(p.surname, p.given_names, 39)
    num = (number + "<" * 9)[:9]
    pers = (personal + "<" * 14)[:14]
    dob = yymmdd(p.birth_date)
    exp = yymmdd(expiry)
    pers_cd = check_digit(pers) if personal else "<"
    body = num + check_digit(num) + p.nationality + dob + check_digit(dob) + p.sex + exp + check_digit(exp) + pers + pers_cd
    comp = check_digit(num + check_digit(num) + dob + check_digit(dob) + exp + check_digit(exp) + pers + pers_cd)
    l2 = body + comp
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    return l1, l2


def td1(doc_code: str, state: str, number: str, p: Person, expiry: date, opt1: str = "", opt2: str = "") -> tuple[str, str, str]:
    """Three 30-character lines of a card (TD1)."""
    num = (number + "<" * 9)[:9]
    o1 = (opt1 + "<" * 15)[:15]
    l1 = (doc_code + "<")[:2] + state + num + check_digit(num) + o1
    dob = yymmdd(p.birth_date)
    exp = yymmdd(expiry)
    o2 = (opt2 + "<" * 11)[:11]
    part = dob + check_digit(dob) + p.sex + exp + check_digit(exp) + p.nationality + o2
    comp = check_digit(l1[5:30] + dob + check_digit(dob) + exp + check_digit(exp) + o2)
    l2 = part + comp
    l3 = mrz_name(p.surname, p.given_names, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30, (l1, l2, l3)
    return l1, l2, l3


# ----------------------------------------------------------------------------------------- places

# Communes: (name_fr, name_nl, name_de, postcode, region, language)
COMMUNES = [
    ("Ixelles", "Elsene", "Ixelles", "1050", "brussels", "fr"),
    ("Schaerbeek", "Schaarbeek", "Schaerbeek", "1030", "brussels", "fr"),
    ("Etterbeek", "Etterbeek", "Etterbeek", "1040", "brussels", "nl"),
    ("Gand", "Gent", "Gent", "9000", "flanders", "nl"),
    ("Anvers", "Antwerpen", "Antwerpen", "2000", "flanders", "nl"),
    ("Louvain", "Leuven", "Löwen", "3000", "flanders", "nl"),
    ("Malines", "Mechelen", "Mecheln", "2800", "flanders", "nl"),
    ("Liège", "Luik", "Lüttich", "4000", "wallonia", "fr"),
    ("Namur", "Namen", "Namur", "5000", "wallonia", "fr"),
    ("Charleroi", "Charleroi", "Charleroi", "6000", "wallonia", "fr"),
    ("Mons", "Bergen", "Mons", "7000", "wallonia", "fr"),
    ("Eupen", "Eupen", "Eupen", "4700", "german-speaking", "de"),
    ("Saint-Vith", "Sankt Vith", "Sankt Vith", "4780", "german-speaking", "de"),
]


def commune_for(region: str, lang: str, r: random.Random) -> tuple[str, str, str]:
    """(name in lang, postcode, region) of a commune of the region where that language is used."""
    la = lang1(lang)
    cands = [c for c in COMMUNES if c[4] == region] or COMMUNES
    pref = [c for c in cands if c[5] == la] or cands
    c = r.choice(pref)
    name = {"fr": c[0], "nl": c[1], "de": c[2]}.get(la, c[1] if c[5] == "nl" else c[0])
    return name, c[3], c[4]


def region_lang(region: str) -> str:
    return {"flanders": "nl", "brussels": "fr", "wallonia": "fr", "german-speaking": "de"}.get(region, "fr")


STREETS = {
    "fr": ["rue des Tilleuls", "avenue de la Couronne", "rue du Marché", "chaussée de Wavre", "rue Haute"],
    "nl": ["Kerkstraat", "Stationsstraat", "Molenweg", "Nieuwstraat", "Brugse Poort"],
    "de": ["Bergstraße", "Aachener Straße", "Hauptstraße", "Kirchstraße", "Klosterstraße"],
    "en": ["Rue des Tilleuls", "Kerkstraat", "Avenue Louise"],
}


def address_in(region: str, lang: str, r: random.Random) -> str:
    name, pc, _ = commune_for(region, lang, r)
    street = r.choice(STREETS.get(lang1(lang), STREETS["fr"]))
    if lang1(lang) in ("fr",):
        return f"{r.randint(2, 180)} {street}, {pc} {name}" if r.random() < 0.3 else f"{street.capitalize()} {r.randint(2, 180)}, {pc} {name}"
    return f"{street} {r.randint(2, 180)}, {pc} {name}"


def national_number(p: Person, r: random.Random) -> str:
    b = p.birth_date
    return f"{b.year % 100:02d}.{b.month:02d}.{b.day:02d}-{r.randint(100, 998)}.{r.randint(10, 97):02d}"


DOCTOR_SURNAMES = ["Vermeulen", "Dubois", "Lambert", "Peeters", "Janssens", "Martin", "Claes", "Lejeune",
                   "Maes", "Wouters", "Schmitz", "Kremer", "Mertens", "Renard"]
DOCTOR_GIVEN = ["Anne", "Pieter", "Sophie", "Marc", "Hilde", "Luc", "Nathalie", "Koen", "Isabelle", "Jan"]


def doctor_name(r: random.Random) -> str:
    return f"Dr {r.choice(DOCTOR_GIVEN)} {r.choice(DOCTOR_SURNAMES)}"


def person_line(p: Person) -> str:
    return f"{p.surname.upper()} {p.given_names}"


def nat(p: Person, lang: str) -> str:
    return p.nationality_name.get(lang1(lang), p.nationality_name.get("en", p.nationality))


def ref(r: random.Random, pattern: str) -> str:
    """Fill # with digits and @ with capital letters."""
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(str(r.randint(0, 9)))
        elif ch == "@":
            out.append(chr(65 + r.randint(0, 25)))
        else:
            out.append(ch)
    return "".join(out)


def B(kind: str, text: str = "", *rows, align: str = "left") -> Block:
    """Short Block constructor: B('field', '', ('Name', 'X'), ('Born', 'Y'))."""
    return Block(kind, text, tuple(tuple(r) if isinstance(r, (tuple, list)) else (r,) for r in rows), align)


def specimen_footer(extra: str = "") -> Block:
    return B("footer", (extra + " — " if extra else "") + "SPECIMEN – fictitious document for software testing")


def employer_of(ctx: Context) -> tuple[str, str]:
    return ctx.employer, ctx.employer_address


def company_number(name: str) -> str:
    r = seeded("kbo", name)
    return f"0{r.randint(400, 899)}.{r.randint(100, 999)}.{r.randint(100, 999)}"


def joint_committee(ctx: Context) -> tuple[str, dict[str, str]]:
    """A plausible joint committee for the job (number, names by language)."""
    j = (ctx.job_title + " " + ctx.permit).lower()
    if "season" in j or "harvest" in j or "fruit" in j or "plant" in j:
        return "145", {"fr": "Commission paritaire pour les entreprises horticoles",
                       "nl": "Paritair Comité voor het tuinbouwbedrijf",
                       "de": "Paritätische Kommission für Gartenbaubetriebe",
                       "en": "Joint Committee for horticultural companies"}
    if "research" in j or "postdoc" in j:
        return "200", {"fr": "Commission paritaire auxiliaire pour employés",
                       "nl": "Aanvullend Paritair Comité voor de bedienden",
                       "de": "Ergänzende Paritätische Kommission für Angestellte",
                       "en": "Supplementary Joint Committee for white-collar workers"}
    if "weld" in j or "mechanic" in j or "technician" in j:
        return "111", {"fr": "Commission paritaire des constructions métallique, mécanique et électrique",
                       "nl": "Paritair Comité voor de metaal-, machine- en elektrische bouw",
                       "de": "Paritätische Kommission für die Metall-, Maschinen- und Elektrobau",
                       "en": "Joint Committee for metal, mechanical and electrical construction"}
    if "nurse" in j or "care" in j:
        return "330", {"fr": "Commission paritaire des établissements et des services de santé",
                       "nl": "Paritair Comité voor de gezondheidsinrichtingen en -diensten",
                       "de": "Paritätische Kommission für Gesundheitseinrichtungen und -dienste",
                       "en": "Joint Committee for health establishments and services"}
    return "200", {"fr": "Commission paritaire auxiliaire pour employés",
                   "nl": "Aanvullend Paritair Comité voor de bedienden",
                   "de": "Ergänzende Paritätische Kommission für Angestellte",
                   "en": "Supplementary Joint Committee for employees"}


def salary_for(ctx: Context) -> int:
    """Gross monthly salary in EUR, above the permit's usual threshold."""
    base = {"highly-qualified": 4450, "eu-blue-card": 5600, "executive": 7300,
            "intra-corporate-transfer": 5200, "researcher": 3900, "seasonal-worker": 2250,
            "single-permit-fixed-term": 2900, "unlimited-duration": 3100}.get(ctx.permit, 3300)
    r = seeded("salary", ctx.employer, ctx.permit, ctx.job_title)
    return base + r.randint(0, 14) * 25


def money(x: float, lang: str) -> str:
    """4.450,00 (nl/de), 4 450,00 (fr), 4,450.00 (en)."""
    whole, frac = f"{x:.2f}".split(".")
    sep = {"fr": " ", "nl": ".", "de": ".", "tr": "."}.get(lang1(lang), ",")
    dec = "." if sep == "," else ","
    grp = ""
    while len(whole) > 3:
        grp = sep + whole[-3:] + grp
        whole = whole[:-3]
    return whole + grp + dec + frac


PERMIT_NAMES = {
    "single-permit-fixed-term": {"fr": "permis unique (durée déterminée)", "nl": "gecombineerde vergunning (bepaalde duur)",
                                 "de": "kombinierte Erlaubnis (befristet)", "en": "single permit (fixed term)"},
    "highly-qualified": {"fr": "travailleur hautement qualifié", "nl": "hooggeschoolde werknemer",
                         "de": "hochqualifizierter Arbeitnehmer", "en": "highly qualified worker"},
    "eu-blue-card": {"fr": "carte bleue européenne", "nl": "Europese blauwe kaart",
                     "de": "Blaue Karte EU", "en": "EU Blue Card"},
    "executive": {"fr": "personnel de direction", "nl": "leidinggevend personeel",
                  "de": "Führungskraft", "en": "executive staff"},
    "intra-corporate-transfer": {"fr": "transfert temporaire intragroupe (ICT)", "nl": "overplaatsing binnen een onderneming (ICT)",
                                 "de": "unternehmensinterner Transfer (ICT)", "en": "intra-corporate transferee (ICT)"},
    "researcher": {"fr": "chercheur", "nl": "onderzoeker", "de": "Forscher", "en": "researcher"},
    "seasonal-worker": {"fr": "travailleur saisonnier", "nl": "seizoenarbeider", "de": "Saisonarbeitnehmer",
                        "en": "seasonal worker"},
    "unlimited-duration": {"fr": "permis unique à durée illimitée", "nl": "gecombineerde vergunning van onbepaalde duur",
                           "de": "kombinierte Erlaubnis unbefristet", "en": "single permit of unlimited duration"},
}


def permit_name(ctx: Context, lang: str) -> str:
    return PERMIT_NAMES.get(ctx.permit, PERMIT_NAMES["single-permit-fixed-term"]).get(lang1(lang), "single permit")
