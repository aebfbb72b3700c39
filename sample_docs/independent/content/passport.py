"""Passport data pages (ICAO 9303 TD3) of states whose nationals often apply for Belgian single
permits, sometimes followed by a visa/stamp page (a multi-page copy, as Brussels asks for every page).

Each issuing state is its own model: the label languages, date style and number format follow the
state's real booklet (bilingual or trilingual captions such as "Surname / Nom", "Soyadı / Surname",
"Apelyido / Surname", "Прізвище / Surname"). Chinese and Arabic captions are left out (no
shaping-capable CJK/Arabic font here), so those booklets carry their Latin captions only.
The machine-readable zone is computed with correct check digits (see `_common.td3`).
"""

from __future__ import annotations

from datetime import date, timedelta

from spec import Context, DocSpec, Model, Person

from ._common import B, add_months, d_mon, d_num, ref, seeded, td3

# state: (header lines, caption languages, label table key, date style, authority, model name)
STATES = {
    "IND": (("REPUBLIC OF INDIA", "PASSPORT"), "en", "en", "slash", "MEA/RPO", "ind-passport-data-page"),
    "PHL": (("REPUBLIKA NG PILIPINAS", "REPUBLIC OF THE PHILIPPINES", "PASAPORTE / PASSPORT"), "tl+en", "tl", "mon", "DFA MANILA", "phl-passport-data-page"),
    "MAR": (("ROYAUME DU MAROC", "KINGDOM OF MOROCCO", "PASSEPORT / PASSPORT"), "fr+en", "fr", "dot", "ROYAUME DU MAROC", "mar-passport-data-page"),
    "TUR": (("TÜRKİYE CUMHURİYETİ", "REPUBLIC OF TÜRKİYE", "PASAPORT / PASSPORT / PASSEPORT"), "tr+en+fr", "tr", "dot", "T.C. İÇİŞLERİ BAKANLIĞI", "tur-passport-data-page"),
    "USA": (("UNITED STATES OF AMERICA", "PASSPORT / PASSEPORT / PASAPORTE"), "en+fr+es", "us", "mon", "United States Department of State", "usa-passport-data-page"),
    "BRA": (("REPÚBLICA FEDERATIVA DO BRASIL", "PASSAPORTE / PASSPORT / PASSEPORT"), "pt+en+fr", "pt", "mon", "POLÍCIA FEDERAL", "bra-passport-data-page"),
    "COL": (("REPÚBLICA DE COLOMBIA", "PASAPORTE / PASSPORT"), "es+en", "es", "mon", "MINISTERIO DE RELACIONES EXTERIORES", "col-passport-data-page"),
    "UKR": (("УКРАЇНА / UKRAINE", "ПАСПОРТ / PASSPORT"), "uk+en", "uk", "dot", "4610", "ukr-passport-data-page"),
    "NGA": (("FEDERAL REPUBLIC OF NIGERIA", "PASSPORT"), "en", "en", "mon", "NIS ABUJA", "nga-passport-data-page"),
    "CHN": (("PEOPLE'S REPUBLIC OF CHINA", "PASSPORT"), "en", "en", "mon", "National Immigration Administration", "chn-passport-data-page"),
}

LABELS = {
    "en": ("Type", "Country code", "Passport No.", "Surname", "Given name(s)", "Nationality", "Sex",
           "Date of birth", "Place of birth", "Date of issue", "Date of expiry", "Authority"),
    "us": ("Type / Type / Tipo", "Code / Code / Código", "Passport No. / No. du passeport", "Surname / Nom / Apellidos",
           "Given names / Prénoms / Nombres", "Nationality / Nationalité", "Sex / Sexe", "Date of birth / Date de naissance",
           "Place of birth / Lieu de naissance", "Date of issue / Date de délivrance", "Date of expiration / Date d'expiration",
           "Authority / Autorité"),
    "fr": ("Type / Type", "Code du pays / Country code", "N° du passeport / Passport No.", "Nom / Surname",
           "Prénoms / Given names", "Nationalité / Nationality", "Sexe / Sex", "Date de naissance / Date of birth",
           "Lieu de naissance / Place of birth", "Date de délivrance / Date of issue", "Date d'expiration / Date of expiry",
           "Autorité / Authority"),
    "tr": ("Tipi / Type", "Ülke kodu / Country code", "Pasaport No / Passport No", "Soyadı / Surname",
           "Adı / Given name(s)", "Uyruğu / Nationality", "Cinsiyeti / Sex", "Doğum tarihi / Date of birth",
           "Doğum yeri / Place of birth", "Veriliş tarihi / Date of issue", "Geçerlilik tarihi / Date of expiry",
           "Makam / Authority"),
    "tl": ("Uri / Type", "Kodigo / Code", "Pasaporte Blg. / Passport No.", "Apelyido / Surname",
           "Mga Pangalan / Given names", "Nasyonalidad / Nationality", "Kasarian / Sex",
           "Petsa ng Kapanganakan / Date of birth", "Lugar ng Kapanganakan / Place of birth",
           "Petsa ng Pagkakaloob / Date of issue", "Valid Hanggang / Valid until", "Maykapangyarihan / Authority"),
    "pt": ("Tipo / Type", "Código do país / Country code", "Passaporte nº / Passport No.", "Sobrenome / Surname",
           "Nome / Given names", "Nacionalidade / Nationality", "Sexo / Sex", "Data de nascimento / Date of birth",
           "Naturalidade / Place of birth", "Data de expedição / Date of issue", "Válido até / Date of expiry",
           "Autoridade / Authority"),
    "es": ("Tipo / Type", "Código / Code", "Pasaporte No. / Passport No.", "Apellidos / Surname",
           "Nombres / Given names", "Nacionalidad / Nationality", "Sexo / Sex", "Fecha de nacimiento / Date of birth",
           "Lugar de nacimiento / Place of birth", "Fecha de expedición / Date of issue",
           "Fecha de vencimiento / Date of expiry", "Autoridad / Authority"),
    "uk": ("Тип / Type", "Код держави / Code", "Паспорт № / Passport No.", "Прізвище / Surname",
           "Ім'я / Given names", "Громадянство / Nationality", "Стать / Sex", "Дата народження / Date of birth",
           "Місце народження / Place of birth", "Дата видачі / Date of issue", "Дійсний до / Date of expiry",
           "Орган, що видав / Authority"),
}

NATIONALITY_CAPS = {"IND": "INDIAN", "PHL": "FILIPINO", "MAR": "MAROCAINE", "TUR": "T.C. / TUR",
                    "USA": "UNITED STATES OF AMERICA", "BRA": "BRASILEIRO(A)", "COL": "COLOMBIANA",
                    "UKR": "УКРАЇНА / UKRAINE", "NGA": "NIGERIAN", "CHN": "CHINESE"}


def _date(d: date, style: str) -> str:
    if style == "slash":
        return d_num(d, "/")
    if style == "dot":
        return d_num(d, ".")
    return d_mon(d)


def passport_expiry(p: Person, issued: date) -> date:
    years = 5 if p.nationality in ("UKR",) and p.birth_date.year > 2000 else 10
    try:
        return issued.replace(year=issued.year + years) - timedelta(days=1)
    except ValueError:
        return date(issued.year + years, 2, 28)


def _build(state: str):
    header, lang, lab, dstyle, authority, model = STATES[state]

    def build(p: Person, ctx: Context, language: str) -> DocSpec:
        r = seeded("pp", p.passport_number, ctx.issue_date)
        issued = ctx.issue_date
        expiry = passport_expiry(p, issued)
        L = LABELS[lab]
        personal = ref(r, "##########") if state in ("TUR", "UKR") else ""
        l1, l2 = td3("P", state, p, p.passport_number, expiry, personal)
        sex = {"F": "F", "M": "M"}[p.sex]
        page1 = (
            B("letterhead", "", *header, align="center"),
            B("photo", "float"),
            B("field", "", (L[0], "P", L[1], state), (L[2], p.passport_number, "", ""),
              (L[3], p.surname.upper()), (L[4], p.given_names.upper()),
              (L[5], NATIONALITY_CAPS.get(state, state), L[6], sex),
              (L[7], _date(p.birth_date, dstyle), L[8], p.birth_place.upper()),
              (L[9], _date(issued, dstyle), L[10], _date(expiry, dstyle)),
              (L[11], authority)),
            B("mrz", "", (l1,), (l2,)),
        )
        pages = [page1]
        # about a third of the copies also show a page with a visa and stamps
        if r.random() < 0.4:
            vd = add_months(ctx.today, -r.randint(6, 20))
            pages.append((
                B("letterhead", "", "VISAS", align="center"),
                B("field", "", ("VISA / VISUM", "D  –  BEL", "Valable pour / Geldig voor", "BELGIQUE / BELGIË"),
                  ("Du / Van", d_num(vd), "Au / Tot", d_num(vd + timedelta(days=364))),
                  ("Nom, prénom / Naam, voornaam", f"{p.surname.upper()}, {p.given_names.upper()}"),
                  ("Remarques / Opmerkingen", "TRAVAIL / ARBEID – PERMIS UNIQUE")),
                B("stamp", "", "BRUSSELS AIRPORT", d_num(vd + timedelta(days=r.randint(5, 40))), "ENTRÉE / INGANG", align="right"),
                B("stamp", "", "IMMIGRATION", d_num(vd - timedelta(days=r.randint(30, 90))), "DEPARTED", align="left"),
            ))
        return DocSpec(f"pp-{state.lower()}", "passport", lang, model, tuple(pages), issue_date=issued,
                       expiry_date=expiry, page_size="ID3")

    return model, lang, build


MODELS = []
for _st in STATES:
    _m, _l, _b = _build(_st)
    MODELS.append(Model(_m, "passport", (_l,), _b, nationalities=(_st,)))
