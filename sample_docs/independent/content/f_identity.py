"""Corpus F: identity documents. Passport data pages (TD3, ICAO 9303 check digits via _common.td3), Belgian
residence cards (TD1 zone, front and back), and look-alikes that are none of the 16 types (a Schengen D visa
sticker page, a foreign national identity card, a Belgian driving licence).

Sources (search tool; structure and facts only, sentences our own):
- hr.wikipedia.org "Putovnica Turske" (fields of the Turkish data page, Turkish and English captions);
  docslib.org / irb-cisr.gc.ca TUR104875.E (biometric passports since 1 June 2010, 10-year validity).
- ukrainian-passport.com "What data is entered inside Ukrainian biometric documents" (the fields: record number in
  the register, document number, authority code...); wikipedia "Ukrainian passport" (data in Ukrainian and English).
- commissioner.brussels "I live in Belgium with a single permit, can I change job" (the card states
  "Marché du travail: limité / Arbeidsmarkt: beperkt"); 5195.f2w.bosa.be "National statements (visa D)" (remarks line
  of a D visa); byahut.com / ashleyelizabethbeauty.com pages on Belgian card types (A card valid as long as the
  work permit plus one month, 'observations' field, B card).
- ICAO 9303 layouts as implemented in _common.td1/td3 (computed check digits); the MRV-A visa zone built the same way.
Every person, number and authority is invented; every page says SPECIMEN.
"""

from __future__ import annotations

from datetime import timedelta

from spec import Context, DocSpec, Model, Person

from content._f_common import (B, add_months, check_digit, commune_for, d_mon, d_num, lang1, nn_digits, nn_fmt,
                               passport_expiry, pick, ref, seeded, td1, td3, yymmdd)

MODELS: list = []   # corpus F's models are MODELS_F (corpus_f.py); MODELS stays empty so earlier corpora are unchanged

# --------------------------------------------------------------------------------------------- passports

# code: (language label, state lines, title, captions (type, code, number, surname, given, nationality, birth, sex,
#        birth place, issue, expiry, authority, personal), nationality value, authority, sex values (M, F), personal pattern)
PP = {
    "TUR": ("tr+en+fr", "TÜRKİYE CUMHURİYETİ / REPUBLIC OF TÜRKİYE", "PASAPORT / PASSPORT / PASSEPORT",
            ("Tipi / Type / Type", "Ülke Kodu / Country Code / Code du pays", "Pasaport No / Passport No / N° du passeport",
             "Soyadı / Surname / Nom", "Adı / Given Name(s) / Prénom(s)", "Uyruğu / Nationality / Nationalité",
             "Doğum Tarihi / Date of birth / Date de naissance", "Cinsiyeti / Sex / Sexe", "Doğum Yeri / Place of birth / Lieu de naissance",
             "Veriliş Tarihi / Date of issue / Date de délivrance", "Geçerlilik Tarihi / Date of expiry / Date d'expiration",
             "Makam / Authority / Autorité", "T.C. Kimlik No / Personal No / N° personnel"),
            "T.C.", "T.C. İÇİŞLERİ BAKANLIĞI (SPECIMEN)", ("E/M", "K/F"), "###########"),
    "UKR": ("uk+en", "УКРАЇНА / UKRAINE", "ПАСПОРТ / PASSPORT",
            ("Тип / Type", "Код держави / Code of State", "Паспорт № / Passport No.", "Прізвище / Surname", "Ім'я / Given Names",
             "Громадянство / Nationality", "Дата народження / Date of birth", "Стать / Sex", "Місце народження / Place of birth",
             "Дата видачі / Date of issue", "Дата закінчення строку дії / Date of expiry", "Орган, що видав / Authority",
             "Запис № / Record No."), "УКРАЇНА/UKR", "8000 (SPECIMEN)", ("Ч/M", "Ж/F"), "########-#####"),
    "BRA": ("pt+en+fr", "REPÚBLICA FEDERATIVA DO BRASIL", "PASSAPORTE / PASSPORT / PASSEPORT",
            ("Tipo / Type / Type", "Código do país / Country code / Code du pays", "Passaporte nº / Passport No. / Passeport nº",
             "Sobrenome / Surname / Nom", "Nome / Given names / Prénoms", "Nacionalidade / Nationality / Nationalité",
             "Data de nascimento / Date of birth / Date de naissance", "Sexo / Sex / Sexe", "Naturalidade / Place of birth / Lieu de naissance",
             "Data de expedição / Date of issue / Date de délivrance", "Válido até / Date of expiry / Date d'expiration",
             "Autoridade / Authority / Autorité", ""), "BRASILEIRO(A)", "POLÍCIA FEDERAL (SPECIMEN)", ("M", "F"), ""),
    "COL": ("es+en", "REPÚBLICA DE COLOMBIA", "PASAPORTE / PASSPORT",
            ("Tipo / Type", "Código / Code", "Pasaporte No. / Passport No.", "Apellidos / Surname", "Nombres / Given names",
             "Nacionalidad / Nationality", "Fecha de nacimiento / Date of birth", "Sexo / Sex", "Lugar de nacimiento / Place of birth",
             "Fecha de expedición / Date of issue", "Fecha de vencimiento / Date of expiry", "Autoridad / Authority",
             "No. de identificación / Personal No."), "COLOMBIANA", "MINISTERIO DE RELACIONES EXTERIORES (SPECIMEN)", ("M", "F"), "##########"),
    "PHL": ("tl+en", "REPUBLIKA NG PILIPINAS / REPUBLIC OF THE PHILIPPINES", "PASAPORTE / PASSPORT",
            ("Uri / Type", "Kodigo ng Bansa / Country Code", "Pasaporte Blg. / Passport No.", "Apelyido / Surname", "Pangalan / Given Names",
             "Nasyonalidad / Nationality", "Petsa ng Kapanganakan / Date of Birth", "Kasarian / Sex", "Lugar ng Kapanganakan / Place of Birth",
             "Petsa ng Pagkakaloob / Date of Issue", "Valid Hanggang / Valid Until", "Awtoridad / Authority", ""),
            "FILIPINO", "DFA MANILA (SPECIMEN)", ("M", "F"), ""),
    "USA": ("en+fr+es", "UNITED STATES OF AMERICA", "PASSPORT / PASSEPORT / PASAPORTE",
            ("Type / Type / Tipo", "Code / Code / Código", "Passport No. / No. du Passeport / No. de Pasaporte", "Surname / Nom / Apellidos",
             "Given Names / Prénoms / Nombres", "Nationality / Nationalité / Nacionalidad", "Date of birth / Date de naissance / Fecha de nacimiento",
             "Sex / Sexe / Sexo", "Place of birth / Lieu de naissance / Lugar de nacimiento", "Date of issue / Date de délivrance / Fecha de expedición",
             "Date of expiration / Date d'expiration / Fecha de caducidad", "Authority / Autorité / Autoridad", ""),
            "UNITED STATES OF AMERICA", "United States Department of State (SPECIMEN)", ("M", "F"), ""),
    "MAR": ("fr+en", "ROYAUME DU MAROC / KINGDOM OF MOROCCO", "PASSEPORT / PASSPORT",
            ("Type / Type", "Code du pays / Country code", "N° du passeport / Passport No.", "Nom / Surname", "Prénoms / Given names",
             "Nationalité / Nationality", "Date de naissance / Date of birth", "Sexe / Sex", "Lieu de naissance / Place of birth",
             "Date de délivrance / Date of issue", "Date d'expiration / Date of expiry", "Autorité / Authority", "N° CNIE / ID card No."),
            "MAROCAINE", "DGSN (SPECIMEN)", ("M", "F"), "@@######"),
}
PP_SOURCE = {"TUR": "hr.wikipedia.org Putovnica Turske; irb-cisr.gc.ca TUR104875.E", "UKR": "ukrainian-passport.com; wikipedia Ukrainian passport",
             "BRA": "usual Brazilian data page captions (pt/en/fr)", "COL": "usual Colombian data page captions (es/en)",
             "PHL": "usual Philippine data page captions (tl/en)", "USA": "usual US data page captions (en/fr/es)",
             "MAR": "usual Moroccan data page captions (fr/en; Arabic left out)"}
PP_YEARS = {"USA": 10, "BRA": 10, "COL": 10, "PHL": 10, "MAR": 5, "TUR": 10, "UKR": 10}


def _passport(code: str):
    lang_label, state, title, cap, natv, auth, sexes, pers_pat = PP[code]

    def build(p: Person, ctx: Context, lang: str) -> DocSpec:
        r = seeded("f-pp", code, p.passport_number, p.surname)
        issue = ctx.issue_date
        expiry = passport_expiry(issue, PP_YEARS[code])
        personal = ref(r, pers_pat) if pers_pat else ""
        mrz_pers = personal.replace("-", "")[:14]
        l1, l2 = td3("P", code, p, p.passport_number, expiry, mrz_pers)
        sex = sexes[0] if p.sex == "M" else sexes[1]
        rows = [(cap[0], "P"), (cap[1], code), (cap[2], p.passport_number), (cap[3], p.surname.upper()), (cap[4], p.given_names.upper()),
                (cap[5], natv), (cap[6], d_mon(p.birth_date)), (cap[7], sex), (cap[8], p.birth_place.upper()),
                (cap[9], d_mon(issue)), (cap[10], d_mon(expiry)), (cap[11], auth)]
        if personal and cap[12]:
            rows.append((cap[12], personal))
        page = (B("letterhead", state, align="center"), B("title", title, align="center"), B("photo"), B("field", "", *rows),
                B("signature", pick(lang, en="Holder's signature")), B("mrz", "", (l1,), (l2,)))
        return DocSpec(doc_id="", doc_type="passport", language=lang_label, model=f"f-pp-{code.lower()}-data-page", pages=(page,),
                       issue_date=issue, expiry_date=expiry, page_size="ID3")
    return Model(f"f-pp-{code.lower()}-data-page", "passport", (lang_label,), build, nationalities=(code,))


# --------------------------------------------------------------------------------------------- Belgian residence cards

CARD_CAPTIONS = {
    "nl": ("Naam", "Voornamen", "Nationaliteit", "Geslacht", "Geboortedatum", "Kaartnummer", "Geldig van - tot", "Plaats van afgifte",
           "Opmerkingen", "Geboorteplaats", "Rijksregisternummer"),
    "fr": ("Nom", "Prénoms", "Nationalité", "Sexe", "Date de naissance", "N° de carte", "Valable du - au", "Lieu de délivrance",
           "Remarques", "Lieu de naissance", "N° de registre national"),
    "de": ("Name", "Vornamen", "Staatsangehörigkeit", "Geschlecht", "Geburtsdatum", "Kartennummer", "Gültig vom - bis", "Ausstellungsort",
           "Anmerkungen", "Geburtsort", "Nationalregisternummer"),
}
CARD_TITLE = {"nl": "VERBLIJFSTITEL", "fr": "TITRE DE SÉJOUR", "de": "AUFENTHALTSTITEL"}
# kind: (card letter, type text per language, remarks per language, validity months, mrz doc code)
CARD_KIND = {
    "single-permit": ("A", {"nl": "GECOMBINEERDE VERGUNNING", "fr": "PERMIS UNIQUE", "de": "KOMBINIERTE ERLAUBNIS"},
                      {"nl": "Arbeidsmarkt: beperkt", "fr": "Marché du travail : limité", "de": "Arbeitsmarkt: begrenzt"}, 13, "IR"),
    "card-a": ("A", {"nl": "A. BEPERKT VERBLIJF", "fr": "A. SÉJOUR LIMITÉ", "de": "A. BEFRISTETER AUFENTHALT"},
               {"nl": "Arbeidsmarkt: beperkt - art. 61/25", "fr": "Marché du travail : limité", "de": "Arbeitsmarkt: begrenzt"}, 12, "I<"),
    "card-b": ("B", {"nl": "B. ONBEPERKT VERBLIJF", "fr": "B. SÉJOUR ILLIMITÉ", "de": "B. UNBEFRISTETER AUFENTHALT"},
               {"nl": "Arbeidsmarkt: onbeperkt", "fr": "Marché du travail : illimité", "de": "Arbeitsmarkt: unbegrenzt"}, 60, "IR"),
    "blue-card": ("H", {"nl": "EUROPESE BLAUWE KAART", "fr": "CARTE BLEUE EUROPÉENNE", "de": "BLAUE KARTE EU"},
                  {"nl": "Arbeidsmarkt: beperkt - Europese blauwe kaart", "fr": "Marché du travail : limité - carte bleue européenne",
                   "de": "Arbeitsmarkt: begrenzt - Blaue Karte EU"}, 13, "IR"),
}
CARD_FIRST = {"nl": "BELGIË", "fr": "BELGIQUE", "de": "BELGIEN"}


def _card(kind: str):
    letter, ktype, remarks, months, code = CARD_KIND[kind]
    name = {"single-permit": "f-rp-be-single-permit-card", "card-a": "f-rp-be-card-a", "card-b": "f-rp-be-card-b", "blue-card": "f-rp-be-eu-blue-card-h"}[kind]

    def build(p: Person, ctx: Context, lang: str) -> DocSpec:
        lg = lang1(lang)
        cap = CARD_CAPTIONS[lg]
        r = seeded("f-card", kind, p.passport_number)
        issue = ctx.issue_date
        expiry = add_months(issue, months)
        if kind == "single-permit":   # a single permit card runs as long as the permit (1 to 3 years)
            expiry = add_months(issue, 12 * (1 + r.randint(0, 2)))
        number = "B" + ref(r, "########")
        nn = nn_digits(p, r)
        commune, pc, _ = commune_for(ctx.region, lg, r)
        l1, l2, l3 = td1(code, "BEL", number, p, expiry, opt2=nn)
        others = [x for x in ("nl", "fr", "de") if x != lg]
        state = " ".join([CARD_FIRST[lg]] + [CARD_FIRST[x] for x in others] + ["BELGIUM"])
        front = (B("letterhead", state, align="center"), B("title", f"{CARD_TITLE[lg]} / RESIDENCE PERMIT", align="center"),
                 B("subtitle", f"{letter} - {ktype[lg]}", align="center"), B("photo"),
                 B("field", "", (cap[0], p.surname.upper()), (cap[1], p.given_names), (cap[2], p.nationality), (cap[3], p.sex),
                   (cap[4], d_num(p.birth_date, " ")), (cap[5], f"{number[0]} {number[1:]}"),
                   (cap[6], f"{d_num(issue)} - {d_num(expiry)}")),
                 B("signature", ""))
        back = (B("field", "", (cap[7], commune.upper()), (cap[8], remarks[lg]), (cap[9], p.birth_place), (cap[10], nn_fmt(nn))),
                B("mrz", "", (l1,), (l2,), (l3,)))
        lab = {"nl": "nl", "fr": "fr", "de": "de"}[lg]
        return DocSpec(doc_id="", doc_type="residence_permit", language=lab, model=name, pages=(front, back),
                       issue_date=issue, expiry_date=expiry, page_size="ID1")
    return Model(name, "residence_permit", ("fr", "nl", "de"), build, in_belgium=True)


# --------------------------------------------------------------------------------------------- look-alikes (unknown)

def _visa_build(p: Person, ctx: Context, lang: str) -> DocSpec:
    """A Belgian D visa sticker on a passport page (MRV-A zone), which is not the passport's data page."""
    r = seeded("f-visa", p.passport_number)
    start = ctx.issue_date
    until = start + timedelta(days=r.choice([90, 180, 365]))
    ref(r, "######")   # an unused visa number, still drawn so the seeded choices after it stay the same
    l1 = ("VDBEL" + (p.surname.upper().replace(" ", "<") + "<<" + p.given_names.upper().replace(" ", "<")) + "<" * 44)[:44]
    import unicodedata
    l1 = "".join(c for c in unicodedata.normalize("NFKD", l1) if not unicodedata.combining(c))
    l1 = "".join(c if (c.isalnum() or c == "<") else "<" for c in l1)[:44]
    num = p.passport_number[:9].ljust(9, "<")
    dob, exp = yymmdd(p.birth_date), yymmdd(until)
    l2 = (num + check_digit(num) + p.nationality + dob + check_digit(dob) + p.sex + exp + check_digit(exp) + "<" * 16)[:44]
    page = (B("letterhead", "VISA - BELGIË BELGIQUE BELGIEN", align="center"),
            B("field", "", ("VALABLE POUR / VALID FOR", "ÉTATS SCHENGEN"), ("DU / FROM", d_num(start)), ("AU / UNTIL", d_num(until)),
              ("TYPE DE VISA / TYPE OF VISA", "D"), ("NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT"), ("DURÉE DE SÉJOUR / DURATION", "XXX"),
              ("DÉLIVRÉ À / ISSUED IN", r.choice(["NEW DELHI", "RABAT", "MANILA", "ANKARA", "BOGOTA", "KYIV"])), ("LE / ON", d_num(start - timedelta(days=12))),
              ("NUMÉRO DU PASSEPORT / PASSPORT NUMBER", p.passport_number), ("NOM, PRÉNOM / SURNAME, NAME", f"{p.surname.upper()}, {p.given_names.upper()}"),
              ("REMARQUES / REMARKS", "B21 / PERMIS UNIQUE - ART. 61/25")),
            B("photo"), B("stamp", "ENTRÉE / ENTRY\nBRUSSELS AIRPORT\n" + d_num(start + timedelta(days=r.randint(3, 40)))),
            B("mrz", "", (l1,), (l2,)), B("footer", "SPECIMEN visa page (page 7) - not a data page"))
    return DocSpec(doc_id="", doc_type="unknown", language="fr+en", model="f-unk-visa-d-sticker-page", pages=(page,),
                   issue_date=start, expiry_date=until, page_size="ID3")


FOREIGN_ID = {
    "MAR": ("ROYAUME DU MAROC", "CARTE NATIONALE D'IDENTITÉ ÉLECTRONIQUE", ("Nom", "Prénom", "Né(e) le", "à", "Valable jusqu'au", "N°"), "fr"),
    "TUR": ("TÜRKİYE CUMHURİYETİ / REPUBLIC OF TÜRKİYE", "KİMLİK KARTI / IDENTITY CARD",
            ("Soyadı / Surname", "Adı / Given Name(s)", "Doğum Tarihi / Date of Birth", "Doğum Yeri / Place of birth",
             "Son Geçerlilik / Valid Until", "Seri No / Document No"), "tr+en"),
    "COL": ("REPÚBLICA DE COLOMBIA", "CÉDULA DE CIUDADANÍA", ("Apellidos", "Nombres", "Fecha de nacimiento", "Lugar de nacimiento",
                                                             "Fecha de expiración", "NUIP"), "es"),
}


def _foreign_id_build(p: Person, ctx: Context, lang: str) -> DocSpec:
    state, title, cap, lab = FOREIGN_ID[p.nationality]
    r = seeded("f-fid", p.passport_number)
    issue = ctx.issue_date
    expiry = add_months(issue, 120)
    num = ref(r, "@@######") if p.nationality != "COL" else ref(r, "#########")
    l1, l2, l3 = td1("ID", p.nationality, num, p, expiry)
    front = (B("letterhead", state, align="center"), B("title", title, align="center"), B("photo"),
             B("field", "", (cap[0], p.surname.upper()), (cap[1], p.given_names.upper()), (cap[2], d_num(p.birth_date)),
               (cap[3], p.birth_place), (cap[4], d_num(expiry)), (cap[5], num)), B("signature", ""))
    back = (B("field", "", ("Adresse / Address", ref(r, "## ") + "SPECIMEN"), ("Délivrée le / Issued", d_num(issue))), B("mrz", "", (l1,), (l2,), (l3,)))
    return DocSpec(doc_id="", doc_type="unknown", language=lab, model="f-unk-foreign-national-id-card", pages=(front, back),
                   issue_date=issue, expiry_date=expiry, page_size="ID1")


def _licence_build(p: Person, ctx: Context, lang: str) -> DocSpec:
    lg = lang1(lang)
    r = seeded("f-dl", p.passport_number)
    issue = ctx.issue_date
    expiry = add_months(issue, 120)
    commune, _, _ = commune_for(ctx.region, lg, r)
    t = {"fr": "PERMIS DE CONDUIRE", "nl": "RIJBEWIJS", "de": "FÜHRERSCHEIN"}[lg]
    front = (B("letterhead", "BELGIQUE · BELGIË · BELGIEN  B", align="center"), B("title", t, align="center"), B("photo"),
             B("field", "", ("1.", p.surname.upper()), ("2.", p.given_names), ("3.", f"{d_num(p.birth_date)} {p.birth_place}"),
               ("4a.", d_num(issue)), ("4b.", d_num(expiry)), ("4c.", commune), ("5.", ref(r, "##########")), ("9.", "B")), B("signature", ""))
    back = (B("table", "", ("9.", "10.", "11.", "12."), ("AM", "", "", ""), ("B", d_num(issue), d_num(expiry), ""), ("BE", "", "", ""), ("C", "", "", "")),
            B("footer", "SPECIMEN - " + {"fr": "permis de conduire modèle UE", "nl": "rijbewijs EU-model", "de": "Führerschein EU-Muster"}[lg]))
    return DocSpec(doc_id="", doc_type="unknown", language=lg, model="f-unk-be-driving-licence", pages=(front, back),
                   issue_date=issue, expiry_date=expiry, page_size="ID1")


MODELS_F = [_passport(c) for c in PP] + [_card(k) for k in CARD_KIND] + [
    Model("f-unk-visa-d-sticker-page", "unknown", ("fr+en",), _visa_build),
    Model("f-unk-foreign-national-id-card", "unknown", ("fr", "tr+en", "es"), _foreign_id_build, nationalities=("MAR", "TUR", "COL")),
    Model("f-unk-be-driving-licence", "unknown", ("fr", "nl", "de"), _licence_build, in_belgium=True),
]
