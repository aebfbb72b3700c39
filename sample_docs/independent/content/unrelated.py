"""Documents that are none of the required types (doc_type ``unknown``), written without docscan's rules.

They are the everyday papers that end up in a permit bundle by mistake. Many deliberately quote
other types' words (passport number, employment contract, medical check, insurance, fee, criminal
record, diploma, vacancy reference, order to leave) in their bodies, as real ones do. Layouts follow
common Belgian and foreign models: bank statements, energy bills with "redevance"/"cotisation
fédérale" lines, leases, CVs, cover letters, civil-status extracts, a TD1 ID card, driving
licences, visa stickers (MRV-A/B "V<" lines), a commune's list of documents to bring, a former
employer's work certificate (not within a group), a sworn translator's invoice and quote, a
newspaper article on the Working in Belgium portal, school certificates, a rental guarantee, a gym
and a telecom contract, a tax assessment, a Kids-ID letter, an Immigration Office appointment
letter, a hospital bill and an occupational-medicine invitation. All are fictitious (SPECIMEN).
"""

from __future__ import annotations

from datetime import date, timedelta

try:  # the content folder may be imported as a subpackage or with independent/ on sys.path
    from ..spec import Block, Context, DocSpec, Model, Person  # type: ignore
except ImportError:  # pragma: no cover
    from spec import Block, Context, DocSpec, Model, Person  # type: ignore

# --------------------------------------------------------------------------- helpers (local copy)
MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"],
}


def fdate(d: date, lang: str, style: str = "long") -> str:
    if style == "num":
        return d.strftime("%d/%m/%Y") if lang != "de" else d.strftime("%d.%m.%Y")
    m = MONTHS.get(lang, MONTHS["en"])[d.month - 1]
    if lang == "en":
        return f"{d.day} {m} {d.year}"
    if lang == "de":
        return f"{d.day}. {m} {d.year}"
    if lang == "pt":
        return f"{d.day} de {m} de {d.year}"
    return f"{d.day} {m} {d.year}"


def B(kind: str, text: str = "", rows=(), align: str = "left") -> Block:
    return Block(kind=kind, text=text, rows=tuple(tuple(r) for r in rows), align=align)  # type: ignore[arg-type]


def full(p: Person) -> str:
    return f"{p.given_names} {p.surname}"


def formal(p: Person) -> str:
    return f"{p.surname.upper()} {p.given_names}"


def nat(p: Person, lang: str) -> str:
    return p.nationality_name.get(lang) or p.nationality_name.get("en") or p.nationality


def digits(rng, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def doc_id(dtype: str, lang: str, model: str, p: Person, ctx: Context, rng) -> str:
    return f"{dtype}-{lang}-{model}-{p.surname.lower().replace(' ', '')}-{ctx.issue_date.isoformat()}-{digits(rng, 4)}"


def grad_date(p: Person, ctx: Context, rng, min_age: int = 22) -> date:
    """A graduation date after the person turned ``min_age`` and before the document date."""
    start = date(p.birth_date.year + min_age, 6, 20)
    latest = ctx.issue_date - timedelta(days=30)
    if start >= latest:
        return latest
    span = (latest - start).days
    d = start + timedelta(days=rng.randint(0, span))
    # graduations cluster in June/July/September
    month = rng.choice([6, 7, 7, 9, 9, 1])
    try:
        return date(d.year, month, rng.randint(1, 28)) if date(d.year, month, 28) < latest else d
    except ValueError:
        return d



def eur(x: float, lang: str) -> str:
    s = f"{x:,.2f}"
    if lang == "en":
        return s
    if lang == "fr":
        return s.replace(",", " ").replace(".", ",")
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def iban(rng) -> str:
    return f"BE{rng.randint(10, 99)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"


def mk(model: str, lang: str, p: Person, ctx: Context, desc: str, *pages, issue=None, expiry=None) -> DocSpec:
    return DocSpec(doc_id=doc_id("unknown", lang, model, p, ctx, ctx.rng), doc_type="unknown", language=lang, model=desc,
                   pages=tuple(pages), issue_date=issue or ctx.issue_date, expiry_date=expiry)


def addr(p: Person, rng) -> str:
    return p.address or rng.choice(["Rue de la Loi 100, 1040 Etterbeek", "Kerkstraat 12, 9000 Gent", "Rue Saint-Gilles 8, 4000 Liège", "Aachener Straße 3, 4700 Eupen"])


# 1 ------------------------------------------------------------------ bank statement
def bank_statement(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    L = {"fr": ("Extrait de compte", "Date", "Communication", "Montant", "Solde précédent", "Nouveau solde", ["Salaire", "Loyer", "Assurance habitation – prime annuelle", "Proximus – facture", "Carrefour", "Retrait Bancontact"]),
         "nl": ("Rekeninguittreksel", "Datum", "Mededeling", "Bedrag", "Vorig saldo", "Nieuw saldo", ["Loon", "Huur", "Brandverzekering – jaarpremie", "Telenet – factuur", "Colruyt", "Geldopname"]),
         "de": ("Kontoauszug", "Datum", "Verwendungszweck", "Betrag", "Alter Saldo", "Neuer Saldo", ["Gehalt", "Miete", "Hausratversicherung – Jahresprämie", "Proximus – Rechnung", "Delhaize", "Barabhebung"]),
         "en": ("Account statement", "Date", "Details", "Amount", "Previous balance", "New balance", ["Salary", "Rent", "Home insurance – annual premium", "Mobile phone bill", "Supermarket", "ATM withdrawal"])}[lang]
    bal = round(rng.uniform(200, 4000), 2)
    rows = [(L[1], L[2], L[3])]
    d = ctx.issue_date - timedelta(days=30)
    total = bal
    for i, lab in enumerate(L[6]):
        amt = round(rng.uniform(2500, 4200), 2) if i == 0 else -round(rng.uniform(15, 950), 2)
        total += amt
        extra = f" {ctx.employer}" if i == 0 else (f" – contrat/contract {digits(rng, 8)}" if i == 2 else "")
        rows.append((fdate(d + timedelta(days=i * 4), lang, "num"), lab + extra, eur(amt, lang)))
    blocks = (
        B("letterhead", f"{rng.choice(['Banque SPECIMEN', 'SPECIMEN Bank', 'Crédit SPECIMEN'])} · BIC SPECBEBB"),
        B("title", f"{L[0]} n° {rng.randint(1, 12)}/{ctx.issue_date.year}", align="right"),
        B("field", rows=(("Titulaire / Houder / Inhaber / Holder", full(p)), ("IBAN", iban(rng)), (L[4], eur(bal, lang)))),
        B("table", rows=tuple(rows)),
        B("field", rows=((L[5], eur(total, lang)),)),
        B("footer", "SPECIMEN – Banque fictive / fictieve bank"),
    )
    return mk("bank-statement", lang, p, ctx, "Belgian bank account statement (monthly extract)", blocks)


# 2 ------------------------------------------------------------------ energy bill
def energy_bill(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    kwh = rng.randint(180, 420)
    price = round(rng.uniform(0.24, 0.36), 4)
    fixed = round(rng.uniform(4, 9), 2)
    net = round(kwh * rng.uniform(0.09, 0.14), 2)
    cf = round(kwh * 0.0033, 2)
    L = {"fr": ("Facture d'électricité", "Période", "Énergie consommée", "Redevance fixe", "Frais de réseau (distribution, transport)", "Cotisation fédérale", "TVA 6 %", "Total à payer", "Numéro de contrat", "Code EAN"),
         "nl": ("Elektriciteitsfactuur", "Periode", "Verbruikte energie", "Vaste vergoeding", "Nettarieven (distributie, transport)", "Federale bijdrage", "Btw 6 %", "Totaal te betalen", "Contractnummer", "EAN-code"),
         "de": ("Stromrechnung", "Zeitraum", "Verbrauchte Energie", "Feste Gebühr (Redevance)", "Netzkosten (Verteilung, Transport)", "Föderaler Beitrag", "MwSt. 6 %", "Zu zahlen", "Vertragsnummer", "EAN-Code")}[lang]
    energy = round(kwh * price, 2)
    sub = energy + fixed + net + cf
    tot = round(sub * 1.06, 2)
    blocks = (
        B("letterhead", f"{rng.choice(['ÉnergieSPECIMEN', 'SPECIMEN Power', 'Lumi SPECIMEN'])}\nFournisseur d'énergie / Energieleverancier"),
        B("para", f"{full(p)}\n{addr(p, rng)}", align="right"),
        B("title", L[0]),
        B("field", rows=((L[8], digits(rng, 10)), (L[9], "5414" + digits(rng, 14)), (L[1], f"{fdate(ctx.issue_date - timedelta(days=30), lang, 'num')} – {fdate(ctx.issue_date, lang, 'num')}"))),
        B("table", rows=(("", "kWh", "EUR"), (L[2], str(kwh), eur(energy, lang)), (L[3], "", eur(fixed, lang)), (L[4], "", eur(net, lang)),
                         (L[5], "", eur(cf, lang)), (L[6], "", eur(tot - sub, lang)), (L[7], "", eur(tot, lang)))),
        B("para", f"Domiciliation / Domiciliëring – {iban(rng)}"),
        B("footer", "SPECIMEN – facture fictive / fictieve factuur"),
    )
    return mk("energy-bill", lang, p, ctx, "Belgian electricity bill with fixed fee (redevance), network costs and federal contribution", blocks)


# 3 ------------------------------------------------------------------ lease
def lease(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    rent = rng.randint(650, 1450)
    start = ctx.issue_date + timedelta(days=rng.randint(5, 40))
    T = {"fr": ("BAIL DE RÉSIDENCE PRINCIPALE", "Entre les soussignés", "le bailleur", "le preneur", f"Loyer mensuel : {rent} EUR, charges : {rng.randint(50, 150)} EUR. Garantie locative : deux mois de loyer sur un compte bloqué.",
                f"Durée : 3 ans prenant cours le {fdate(start, 'fr')}. Le preneur produit une copie de son passeport n° {p.passport_number} et de son contrat de travail.",
                "Le preneur souscrit une assurance incendie (responsabilité locative). Un état des lieux d'entrée est dressé contradictoirement."),
         "nl": ("WOONHUUROVEREENKOMST – HOOFDVERBLIJFPLAATS", "Tussen ondergetekenden", "de verhuurder", "de huurder", f"Maandelijkse huurprijs: EUR {rent}, kosten EUR {rng.randint(50, 150)}. Huurwaarborg: twee maanden huur op een geblokkeerde rekening.",
                f"Duur: 3 jaar vanaf {fdate(start, 'nl')}. De huurder legt een kopie voor van zijn paspoort nr. {p.passport_number} en van zijn arbeidsovereenkomst.",
                "De huurder sluit een brandverzekering af. Er wordt een omstandige plaatsbeschrijving opgemaakt."),
         "de": ("MIETVERTRAG FÜR DEN HAUPTWOHNSITZ", "Zwischen den Unterzeichneten", "dem Vermieter", "dem Mieter", f"Monatliche Miete: {rent} EUR, Nebenkosten {rng.randint(50, 150)} EUR. Mietkaution: zwei Monatsmieten auf einem Sperrkonto.",
                f"Dauer: 3 Jahre ab dem {fdate(start, 'de')}. Der Mieter legt eine Kopie seines Reisepasses Nr. {p.passport_number} vor.",
                "Der Mieter schließt eine Brandversicherung ab."),
         "en": ("RESIDENTIAL LEASE AGREEMENT", "Between the undersigned", "the Landlord", "the Tenant", f"Monthly rent: EUR {rent} plus EUR {rng.randint(50, 150)} charges. Rental deposit: two months' rent on a blocked account.",
                f"Term: 3 years from {fdate(start, 'en')}. The Tenant provides a copy of passport no. {p.passport_number} and of the employment contract as proof of income.",
                "The Tenant takes out fire insurance (tenant's liability).")}[lang]
    pg1 = (
        B("title", T[0], align="center"),
        B("para", f"{T[1]} : SPECIMEN {rng.choice(['Dubois', 'Claes', 'Wouters', 'Maes'])} ({T[2]}) {dict(fr='et', nl='en', de='und', en='and')[lang]} {full(p)} ({T[3]})."),
        B("para", f"{dict(fr='Bien loué', nl='Gehuurd goed', de='Mietobjekt', en='Premises')[lang]} : {addr(p, rng)}"),
        B("para", T[4]), B("para", T[5]),
    )
    pg2 = (B("para", T[6]), B("signature", T[2]), B("signature", T[3]), B("footer", "SPECIMEN – à faire enregistrer / te registreren"))
    return mk("lease", lang, p, ctx, "Belgian main-residence lease (regional model lease, two pages)", pg1, pg2)


# 4 ------------------------------------------------------------------ CV
def cv(p: Person, ctx: Context, lang: str) -> DocSpec:
    y = p.birth_date.year
    H = {"en": ("Curriculum Vitae", "Professional experience", "Education", "Languages", "Skills"),
         "fr": ("Curriculum vitae", "Expérience professionnelle", "Formation", "Langues", "Compétences"),
         "nl": ("Curriculum vitae", "Werkervaring", "Opleiding", "Talen", "Vaardigheden"),
         "de": ("Lebenslauf", "Berufserfahrung", "Ausbildung", "Sprachen", "Kenntnisse")}[lang]
    blocks = (
        B("title", full(p)),
        B("subtitle", f"{ctx.job_title} · {p.birth_place} · {full(p).split()[0].lower()}@mail.example · SPECIMEN"),
        B("heading", H[1]),
        B("list", rows=((f"{y + 24}–{y + 28}: Junior developer, SPECIMEN Soft Pvt Ltd",), (f"{y + 28}–present: {ctx.job_title}, SPECIMEN Consulting",),
                        ({"en": "Employment contract: permanent; notice period 2 months", "fr": "Contrat de travail à durée indéterminée, préavis de 2 mois",
                          "nl": "Arbeidsovereenkomst onbepaalde duur, opzegtermijn 2 maanden", "de": "Unbefristeter Arbeitsvertrag, Kündigungsfrist 2 Monate"}[lang],))),
        B("heading", H[2]),
        B("list", rows=((f"{y + 22}: Bachelor/Master – SPECIMEN University (diploma available on request)",), (f"{y + 18}: Secondary school certificate",))),
        B("heading", H[3]),
        B("para", "English C1 · French B1 · Dutch A2"),
        B("heading", H[4]),
        B("para", "Python, SQL, project management, driving licence B"),
    )
    return mk("cv", lang, p, ctx, "Job applicant's CV (one page, chronological)", blocks)


# 5 ------------------------------------------------------------------ cover letter
def cover_letter(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    ref = digits(rng, 8)
    T = {"en": ("Application for the position of", f"Dear Hiring Manager,\nI am writing to apply for the {ctx.job_title} vacancy (VDAB reference {ref}) published on vdab.be and EURES. "
                "I hold a master's degree in engineering and have five years of experience. I would need a single permit; my passport is valid until 2031. "
                "Please find my CV and diploma attached.", "Yours sincerely,"),
         "fr": ("Candidature au poste de", f"Madame, Monsieur,\nJe me permets de poser ma candidature pour l'offre de {ctx.job_title} (réf. Actiris {ref}). "
                "Titulaire d'un master, je dispose de cinq ans d'expérience. Je joins mon CV et une copie de mon diplôme.", "Veuillez agréer mes salutations distinguées."),
         "nl": ("Sollicitatie voor de functie van", f"Geachte,\nGraag stel ik mij kandidaat voor de vacature {ctx.job_title} (vacaturenummer {ref}). "
                "Ik behaalde een masterdiploma en heb vijf jaar ervaring. In bijlage vindt u mijn cv.", "Met vriendelijke groeten,")}[lang]
    blocks = (
        B("para", f"{full(p)}\n{addr(p, rng)}"),
        B("para", f"{ctx.employer}\n{ctx.employer_address}", align="right"),
        B("para", fdate(ctx.issue_date, lang)),
        B("subtitle", f"{T[0]} {ctx.job_title}"),
        B("para", T[1]),
        B("para", T[2]),
        B("signature", full(p)),
        B("footer", "SPECIMEN"),
    )
    return mk("cover-letter", lang, p, ctx, "Applicant's cover letter quoting a vacancy reference", blocks)


# 6 ------------------------------------------------------------------ birth certificate
def birth_certificate(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    if lang == "en":
        blocks = (
            B("letterhead", "GOVERNMENT OF SPECIMEN STATE\nDepartment of Health & Family Welfare – Registrar of Births and Deaths", align="center"),
            B("title", "BIRTH CERTIFICATE", align="center"),
            B("subtitle", "(Issued under Section 12/17 of the Registration of Births & Deaths Act, 1969)", align="center"),
            B("field", rows=(("Name", full(p).upper()), ("Sex", "Female" if p.sex == "F" else "Male"), ("Date of birth", fdate(p.birth_date, "en", "num")),
                             ("Place of birth", p.birth_place), ("Name of mother", "SPECIMEN MOTHER"), ("Name of father", "SPECIMEN FATHER"),
                             ("Registration No.", f"{p.birth_date.year}/{digits(rng, 6)}"), ("Date of issue", fdate(ctx.issue_date, "en", "num")))),
            B("stamp", "REGISTRAR\nSPECIMEN"),
            B("footer", "Apostille to be obtained from the Ministry of External Affairs for use abroad. SPECIMEN"),
        )
    else:
        blocks = (
            B("letterhead", "ROYAUME DU MAROC\nMinistère de l'Intérieur – Commune SPECIMEN\nBureau de l'état civil", align="center"),
            B("title", "EXTRAIT D'ACTE DE NAISSANCE", align="center"),
            B("field", rows=(("Nom", p.surname.upper()), ("Prénom", p.given_names), ("Né(e) le", fdate(p.birth_date, "fr")), ("À", p.birth_place),
                             ("Fils/Fille de", "SPECIMEN et de SPECIMEN"), ("Acte n°", f"{digits(rng, 4)}/{p.birth_date.year}"))),
            B("para", f"Pour extrait certifié conforme aux registres, le {fdate(ctx.issue_date, 'fr')}."),
            B("signature", "L'Officier de l'état civil"),
            B("footer", "SPECIMEN"),
        )
    return mk("birth-certificate", lang, p, ctx, "Foreign birth certificate / extrait d'acte de naissance", blocks)


# 7 ------------------------------------------------------------------ marriage certificate
def marriage(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    md = ctx.issue_date - timedelta(days=rng.randint(200, 3000))
    T = {"fr": ("EXTRAIT D'ACTE DE MARIAGE", "Commune de", "Officier de l'état civil"),
         "nl": ("UITTREKSEL UIT DE HUWELIJKSAKTE", "Gemeente", "Ambtenaar van de burgerlijke stand"),
         "en": ("CERTIFICATE OF MARRIAGE", "Municipality of", "Civil Registrar")}[lang]
    blocks = (
        B("letterhead", f"{T[1]} SPECIMEN", align="center"),
        B("title", T[0], align="center"),
        B("table", rows=(("", "1", "2"), ("Nom / Naam / Name", full(p), "SPECIMEN Spouse"), ("°", fdate(p.birth_date, lang, "num"), fdate(p.birth_date + timedelta(days=400), lang, "num")),
                         ("Lieu / Plaats / Place", p.birth_place, "SPECIMEN"))),
        B("field", rows=(("Date du mariage / Huwelijksdatum / Date of marriage", fdate(md, lang)), ("Acte / Akte / Entry no.", digits(rng, 5)))),
        B("signature", T[2]),
        B("footer", "SPECIMEN – Convention CIEC / Règlement (UE) 2016/1191 formulaire multilingue"),
    )
    return mk("marriage-certificate", lang, p, ctx, "Marriage certificate extract", blocks)


# 8 ------------------------------------------------------------------ national ID card TD1
def _mrz_name(p: Person) -> str:
    s = (p.surname.upper().replace(" ", "<") + "<<" + p.given_names.upper().replace(" ", "<"))
    return (s + "<" * 30)[:30]


def national_id(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    exp = ctx.issue_date + timedelta(days=365 * 10)
    no = f"{rng.choice('ABCDEFGH')}{digits(rng, 8)}"
    l1 = (f"I<{p.nationality}{no}{rng.randint(0, 9)}" + "<" * 30)[:30]
    l2 = (f"{p.birth_date.strftime('%y%m%d')}{rng.randint(0, 9)}{p.sex}{exp.strftime('%y%m%d')}{rng.randint(0, 9)}{p.nationality}" + "<" * 30)[:29] + str(rng.randint(0, 9))
    front = (
        B("letterhead", {"en": f"REPUBLIC OF SPECIMEN – NATIONAL IDENTITY CARD ({p.nationality})", "fr": f"CARTE NATIONALE D'IDENTITÉ ÉLECTRONIQUE – {p.nationality} – SPECIMEN"}[lang]),
        B("photo", "photo"),
        B("field", rows=(("Surname / Nom", p.surname.upper()), ("Given names / Prénoms", p.given_names), ("Sex / Sexe", p.sex),
                         ("Date of birth / Né(e) le", fdate(p.birth_date, "en", "num")), ("Document no.", no), ("Date of expiry", fdate(exp, "en", "num")))),
        B("signature", "Holder's signature"),
    )
    back = (B("field", rows=(("Place of birth", p.birth_place), ("Issuing authority", "SPECIMEN"))), B("mrz", rows=((l1,), (l2,), (_mrz_name(p),))))
    return mk("national-id-td1", lang, p, ctx, "Foreign national ID card, TD1 format with 3-line MRZ", front, back, expiry=exp)


# 9 ------------------------------------------------------------------ driving licence
def driving_licence(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    exp = ctx.issue_date + timedelta(days=365 * 10)
    hdr = {"fr": "PERMIS DE CONDUIRE – ROYAUME DE BELGIQUE", "nl": "RIJBEWIJS – KONINKRIJK BELGIË", "de": "FÜHRERSCHEIN – KÖNIGREICH BELGIEN",
           "en": "DRIVING LICENCE – REPUBLIC OF SPECIMEN"}[lang]
    blocks = (
        B("letterhead", hdr),
        B("photo", "photo"),
        B("field", rows=(("1.", p.surname.upper()), ("2.", p.given_names), ("3.", f"{fdate(p.birth_date, 'fr', 'num')} {p.birth_place}"),
                         ("4a.", fdate(ctx.issue_date, "fr", "num")), ("4b.", fdate(exp, "fr", "num")), ("4c.", "SPECIMEN"),
                         ("5.", digits(rng, 10)), ("9.", "AM B"))),
        B("signature", "7."),
        B("footer", "SPECIMEN"),
    )
    return mk("driving-licence", lang, p, ctx, "Driving licence card (EU numbered fields 1-9)", blocks, expiry=exp)


# 10 ------------------------------------------------------------------ visa sticker
def visa_page(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    kind = rng.choice(["schengen", "us"])
    exp = ctx.issue_date + timedelta(days=rng.choice([90, 180, 365]))
    n = (p.surname.upper().replace(" ", "<") + "<<" + p.given_names.upper().replace(" ", "<"))
    if kind == "schengen":
        l1 = (f"V<BEL{n}" + "<" * 44)[:44]
        head = "VISA  BELGIQUE – BELGIË – BELGIEN – SPECIMEN"
        fields = (("Valable pour / Valid for", "BELGIQUE"), ("Du / From", fdate(ctx.issue_date, "fr", "num")), ("Au / Until", fdate(exp, "fr", "num")),
                  ("Type de visa", "D"), ("Durée du séjour", f"{(exp - ctx.issue_date).days} JOURS"), ("Remarques", "PERMIS UNIQUE / TRAVAIL – SPECIMEN"),
                  ("Passeport n°", p.passport_number))
    else:
        l1 = (f"VNUSA{n}" + "<" * 44)[:44]
        head = "UNITED STATES OF AMERICA – NONIMMIGRANT VISA – SPECIMEN"
        fields = (("Issuing Post", "SPECIMEN"), ("Visa Type/Class", "R B1/B2"), ("Passport Number", p.passport_number),
                  ("Issue Date", fdate(ctx.issue_date, "en", "num")), ("Expiration Date", fdate(exp, "en", "num")), ("Entries", "M"))
    l2 = (f"{p.passport_number}<{rng.randint(0, 9)}{p.nationality}{p.birth_date.strftime('%y%m%d')}{rng.randint(0, 9)}{p.sex}{exp.strftime('%y%m%d')}{rng.randint(0, 9)}" + "<" * 44)[:44]
    blocks = (B("letterhead", head), B("photo", "photo"), B("field", rows=fields), B("mrz", rows=((l1,), (l2,))))
    return mk("visa-sticker", lang, p, ctx, f"{'Schengen/national D' if kind == 'schengen' else 'US nonimmigrant'} visa sticker on a passport page (MRV 'V<' lines)", blocks, expiry=exp)


# 11 ------------------------------------------------------------------ commune letter: documents to bring
def commune_letter(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    rdv = ctx.issue_date + timedelta(days=rng.randint(7, 30))
    T = {"fr": ("Service Population – Étrangers", "Objet : votre rendez-vous pour l'inscription", f"Nous vous fixons rendez-vous le {fdate(rdv, 'fr')} à 10h. Veuillez vous munir :",
                ["de votre passeport national valable et d'une copie de toutes les pages", "de la décision d'autorisation de séjour (permis unique) transmise par l'Office des étrangers",
                 "d'un extrait de casier judiciaire et d'un certificat médical si ceux-ci vous sont demandés", "de votre contrat de bail ou d'une preuve de logement",
                 "de 3 photos d'identité récentes et de la redevance de 25 EUR pour la carte (paiement par Bancontact)"],
                "Un agent de quartier passera vérifier votre résidence effective."),
         "nl": ("Dienst Bevolking – Vreemdelingen", "Betreft: uw afspraak voor inschrijving", f"Wij verwachten u op {fdate(rdv, 'nl')} om 10 u. Gelieve mee te brengen:",
                ["uw geldig nationaal paspoort en een kopie van alle bladzijden", "de beslissing van de Dienst Vreemdelingenzaken (gecombineerde vergunning)",
                 "een uittreksel uit het strafregister en een medisch attest indien gevraagd", "uw huurcontract", "3 recente pasfoto's; de retributie voor de kaart betaalt u met Bancontact"],
                "De wijkagent komt uw woonst controleren."),
         "de": ("Dienst Bevölkerung – Ausländer", "Betreff: Ihr Termin zur Eintragung", f"Wir erwarten Sie am {fdate(rdv, 'de')} um 10 Uhr. Bitte bringen Sie mit:",
                ["Ihren gültigen Reisepass mit Kopie aller Seiten", "die Entscheidung des Ausländeramts (kombinierte Erlaubnis)", "gegebenenfalls einen Strafregisterauszug und ein ärztliches Attest",
                 "Ihren Mietvertrag", "3 Passfotos; die Gebühr für die Karte"], "Ein Polizeibeamter wird Ihren Wohnsitz überprüfen.")}[lang]
    blocks = (
        B("letterhead", f"{'Commune de' if lang == 'fr' else 'Gemeente' if lang == 'nl' else 'Gemeinde'} SPECIMEN\n{T[0]}"),
        B("para", f"{full(p)}\n{addr(p, rng)}", align="right"),
        B("subtitle", T[1]),
        B("para", T[2]),
        B("list", rows=tuple((x,) for x in T[3])),
        B("para", T[4]),
        B("signature", "L'Officier de l'état civil / De ambtenaar / Der Standesbeamte"),
        B("footer", "SPECIMEN"),
    )
    return mk("commune-documents-letter", lang, p, ctx, "Commune population service letter listing documents to bring", blocks)


# 12 ------------------------------------------------------------------ former employer's work certificate
def work_certificate(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    start = ctx.issue_date - timedelta(days=rng.randint(900, 2500))
    end = ctx.issue_date - timedelta(days=rng.randint(30, 300))
    co, city = {"fr": rng.choice([("Boulangerie SPECIMEN srl", "Charleroi"), ("Hôtel SPECIMEN", "Namur")]),
                "nl": rng.choice([("SPECIMEN Bouw NV", "Mechelen"), ("Garage SPECIMEN BV", "Aalst")]),
                "de": rng.choice([("SPECIMEN Retail GmbH", "Aachen"), ("Bäckerei SPECIMEN", "Sankt Vith")]),
                "en": rng.choice([("SPECIMEN Textiles Ltd.", "Pune, India"), ("SPECIMEN Foods Plc", "Lagos, Nigeria")])}[lang]
    T = {"fr": ("ATTESTATION D'EMPLOI", f"Nous certifions que {full(p)} a été occupé(e) dans notre entreprise du {fdate(start, 'fr')} au {fdate(end, 'fr')} en qualité de {ctx.job_title}, "
                "sous contrat de travail à durée indéterminée, à temps plein. Le travailleur nous quitte libre de tout engagement.", "Attestation délivrée conformément à l'article 21 de la loi du 3 juillet 1978."),
         "nl": ("ARBEIDSATTEST", f"Wij verklaren dat {full(p)} in onze onderneming tewerkgesteld was van {fdate(start, 'nl')} tot {fdate(end, 'nl')} als {ctx.job_title}, "
                "met een arbeidsovereenkomst voor onbepaalde duur, voltijds. De werknemer verlaat ons vrij van elke verbintenis.", "Afgeleverd overeenkomstig artikel 21 van de wet van 3 juli 1978."),
         "de": ("ARBEITSZEUGNIS", f"Hiermit bestätigen wir, dass {full(p)} vom {fdate(start, 'de')} bis zum {fdate(end, 'de')} als {ctx.job_title} in unserem Betrieb beschäftigt war. "
                "Die Arbeitsleistungen waren stets zu unserer vollen Zufriedenheit.", "Das Arbeitsverhältnis endete auf Wunsch des Arbeitnehmers."),
         "en": ("CERTIFICATE OF EMPLOYMENT", f"This is to certify that {full(p)} was employed with {co} from {fdate(start, 'en')} to {fdate(end, 'en')} as {ctx.job_title}. "
                "The employee resigned of their own accord; we wish them every success.", "This company is independent and not part of any group.")}[lang]
    blocks = (B("letterhead", f"{co}\n{city}"), B("title", T[0]), B("para", T[1]), B("para", T[2]),
              B("para", fdate(ctx.issue_date, lang)), B("signature", dict(fr="Le gérant", nl="De zaakvoerder", de="Der Geschäftsführer", en="Managing Director")[lang]), B("footer", "SPECIMEN"))
    return mk("former-employer-work-certificate", lang, p, ctx, "Former (non-group) employer's work certificate at the end of employment", blocks)


# 13 ------------------------------------------------------------------ translator invoice
def translator_invoice(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    pages_n = rng.randint(1, 3)
    unit = rng.choice([35, 40, 45])
    leg = rng.choice([0, 20, 25])
    T = {"fr": ("FACTURE", "Traduction jurée arabe > français : extrait de casier judiciaire", "Légalisation de la signature (SPF Justice)", "Total TVAC", "Payable à 15 jours"),
         "nl": ("FACTUUR", "Beëdigde vertaling Engels > Nederlands: uittreksel strafregister", "Legalisatie handtekening (FOD Justitie)", "Totaal incl. btw", "Betaalbaar binnen 15 dagen"),
         "en": ("INVOICE", "Sworn translation Hindi > English: police clearance certificate (criminal record)", "Legalisation fee", "Total incl. VAT", "Payable within 15 days")}[lang]
    sub = pages_n * unit + leg
    rows = (("Description", "Qty", "EUR"), (T[1], str(pages_n), eur(pages_n * unit, lang)), (T[2], "1" if leg else "0", eur(leg, lang)),
            ("TVA/BTW/VAT 21 %", "", eur(sub * 0.21, lang)), (T[3], "", eur(sub * 1.21, lang)))
    blocks = (B("letterhead", f"SPECIMEN Translations – traducteur juré / beëdigd vertaler\nTVA BE0{digits(rng, 9)}"),
              B("title", f"{T[0]} {ctx.issue_date.year}-{digits(rng, 4)}", align="right"),
              B("para", f"{full(p)}\n{addr(p, rng)}"), B("table", rows=rows), B("para", f"{T[4]} – {iban(rng)}"), B("footer", "SPECIMEN"))
    return mk("translator-invoice", lang, p, ctx, "Sworn translator's invoice for translating a criminal record extract", blocks)


# 14 ------------------------------------------------------------------ newspaper article
def newspaper(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    T = {"fr": ("LE SPECIMEN QUOTIDIEN", "Permis unique : le guichet en ligne fait le plein", "Depuis 2021, les employeurs introduisent les demandes de permis unique via le portail fédéral Working in Belgium. "
                "Contrat de travail, diplôme, certificat médical, extrait de casier judiciaire et preuve du paiement de la redevance doivent être joints en une fois. "
                "« Un dossier incomplet, c'est des semaines perdues », explique une juriste SPECIMEN. Un ordre de quitter le territoire peut même suivre un refus."),
         "nl": ("DE SPECIMEN STANDAARD", "Gecombineerde vergunning: loket draait op volle toeren", "Sinds 2021 dienen werkgevers hun aanvragen in via het federale portaal Working in Belgium. "
                "Arbeidsovereenkomst, diploma, medisch attest, uittreksel uit het strafregister en bewijs van betaling van de retributie moeten in één keer worden opgeladen. "
                "Vlaanderen voerde daarnaast een eigen vergoeding in."),
         "en": ("THE SPECIMEN TIMES", "Single permit: online portal under pressure", "Since 2021, employers file single-permit applications through the federal Working in Belgium portal. "
                "The employment contract, diploma, medical certificate, criminal record extract and proof of fee payment must all be uploaded at once, lawyers warn."),
         "de": ("SPECIMEN ECHO", "Kombinierte Erlaubnis: Online-Schalter stark gefragt", "Seit 2021 reichen Arbeitgeber Anträge über das Portal Working in Belgium ein. Arbeitsvertrag, Diplom, ärztliches Attest, "
                "Strafregisterauszug und Zahlungsnachweis der Gebühr müssen gemeinsam hochgeladen werden.")}[lang]
    blocks = (B("letterhead", f"{T[0]} · {fdate(ctx.issue_date, lang)} · SPECIMEN", align="center"), B("title", T[1]), B("para", T[2]),
              B("para", "— " + rng.choice(["Économie", "Economie", "Business", "Wirtschaft"]) + " —"), B("footer", "p. " + str(rng.randint(2, 18))))
    return mk("newspaper-article", lang, p, ctx, "Newspaper page about the single-permit portal (Working in Belgium)", blocks)


# 15 ------------------------------------------------------------------ school certificate
def school_certificate(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    child = f"{rng.choice(['Aarav', 'Lina', 'Noah', 'Sofia', 'Adam'])} {p.surname}"
    yr = ctx.issue_date.year if ctx.issue_date.month >= 9 else ctx.issue_date.year - 1
    T = {"fr": ("ATTESTATION DE FRÉQUENTATION SCOLAIRE", f"La direction de l'École fondamentale SPECIMEN certifie que l'élève {child} est régulièrement inscrit(e) en {rng.randint(1, 6)}e primaire pour l'année scolaire {yr}-{yr + 1}."),
         "nl": ("INSCHRIJVINGSATTEST", f"De directie van Basisschool SPECIMEN bevestigt dat {child} ingeschreven is in het {rng.randint(1, 6)}e leerjaar voor het schooljaar {yr}-{yr + 1}."),
         "de": ("SCHULBESCHEINIGUNG", f"Die Schulleitung der Gemeindeschule SPECIMEN bescheinigt, dass {child} im Schuljahr {yr}-{yr + 1} das {rng.randint(1, 6)}. Primarschuljahr besucht.")}[lang]
    blocks = (B("letterhead", "SPECIMEN – École / School / Schule"), B("title", T[0]), B("para", T[1]),
              B("para", {"fr": "Parent/responsable", "nl": "Ouder", "de": "Erziehungsberechtigter"}[lang] + f" : {full(p)}"),
              B("signature", "La direction / De directie / Die Schulleitung"), B("footer", "SPECIMEN"))
    return mk("school-certificate", lang, p, ctx, "Primary-school enrolment certificate for the worker's child", blocks)


# 16 ------------------------------------------------------------------ rental guarantee
def rental_guarantee(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    amt = rng.randint(1300, 2900)
    T = {"fr": ("Attestation de constitution de garantie locative", f"La Banque SPECIMEN atteste qu'une garantie locative de {amt} EUR a été constituée au nom de {full(p)} (preneur) "
                "en faveur du bailleur, sur un compte bloqué conformément à l'article 62 du décret wallon / à l'ordonnance bruxelloise relative au bail d'habitation.",
                "Libération uniquement sur accord des deux parties ou décision judiciaire."),
         "nl": ("Attest huurwaarborg", f"SPECIMEN Bank bevestigt dat een huurwaarborg van EUR {amt} werd gesteld op naam van {full(p)} (huurder) ten gunste van de verhuurder, "
                "op een geblokkeerde rekening overeenkomstig het Vlaams Woninghuurdecreet.", "Vrijgave enkel met akkoord van beide partijen of op rechterlijke beslissing.")}[lang]
    blocks = (B("letterhead", "Banque SPECIMEN / SPECIMEN Bank"), B("title", T[0]), B("para", T[1]),
              B("field", rows=(("Compte / Rekening", iban(rng)), ("Date / Datum", fdate(ctx.issue_date, lang, "num")))), B("para", T[2]), B("footer", "SPECIMEN"))
    return mk("rental-guarantee", lang, p, ctx, "Bank certificate of a blocked rental deposit (garantie locative / huurwaarborg)", blocks)


# 17 ------------------------------------------------------------------ gym contract
def gym_contract(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    fee = rng.choice([24.99, 29.90, 34.95, 39.00])
    T = {"fr": ("CONTRAT D'ADHÉSION", f"Formule All-In : {eur(fee, 'fr')} EUR/mois, durée minimale 12 mois, frais d'inscription 19 EUR.", "Le membre déclare être en bonne santé et ne pas avoir de contre-indication médicale à la pratique sportive ; un certificat médical peut être exigé pour les cours intensifs."),
         "nl": ("LIDMAATSCHAPSCONTRACT", f"Formule All-In: EUR {eur(fee, 'nl')}/maand, minimale duur 12 maanden, inschrijvingskost EUR 19.", "Het lid verklaart in goede gezondheid te zijn; voor intensieve lessen kan een medisch attest gevraagd worden."),
         "en": ("MEMBERSHIP CONTRACT", f"All-In plan: EUR {fee}/month, 12-month minimum term, joining fee EUR 19.", "The member declares to be in good health; a medical certificate may be requested for intensive classes. Accident insurance included.")}[lang]
    blocks = (B("letterhead", "SPECIMEN FITNESS CLUB"), B("title", T[0]),
              B("field", rows=((dict(fr="Membre", nl="Lid", en="Member")[lang], full(p)), ("ID", p.passport_number), ("Start", fdate(ctx.issue_date, lang, "num")))),
              B("para", T[1]), B("para", T[2]), B("checkbox", rows=(("[x]", "SEPA"), ("[ ]", "Cash"))), B("signature", full(p)), B("footer", "SPECIMEN"))
    return mk("gym-contract", lang, p, ctx, "Fitness-club membership contract", blocks)


# 18 ------------------------------------------------------------------ telecom contract
def telecom(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    price = rng.choice([15, 25, 35, 55])
    T = {"fr": ("Contrat d'abonnement mobile", "Conditions particulières", f"Forfait SPECIMEN {price} : {price} EUR/mois. Pièce d'identité présentée : passeport n° {p.passport_number}."),
         "nl": ("Abonnementsovereenkomst mobiel", "Bijzondere voorwaarden", f"Formule SPECIMEN {price}: EUR {price}/maand. Voorgelegd identiteitsbewijs: paspoort nr. {p.passport_number}."),
         "de": ("Mobilfunkvertrag", "Besondere Bedingungen", f"Tarif SPECIMEN {price}: {price} EUR/Monat. Vorgelegtes Ausweisdokument: Reisepass Nr. {p.passport_number}."),
         "en": ("Mobile subscription contract", "Specific terms", f"SPECIMEN {price} plan: EUR {price}/month. ID presented: passport no. {p.passport_number}.")}[lang]
    blocks = (B("letterhead", "SPECIMEN Telecom SA/NV"), B("title", T[0]),
              B("field", rows=(("Client", full(p)), ("N°/Nr.", f"04{digits(rng, 8)}"), ("Date", fdate(ctx.issue_date, lang, "num")))),
              B("heading", T[1]), B("para", T[2]), B("para", "SIM: 8932" + digits(rng, 15)), B("signature", full(p)), B("footer", "SPECIMEN"))
    return mk("telecom-contract", lang, p, ctx, "Mobile-phone subscription contract", blocks)


# 19 ------------------------------------------------------------------ tax assessment
def tax_assessment(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    yr = ctx.issue_date.year
    amt = round(rng.uniform(-1500, 2500), 2)
    T = {"fr": ("AVERTISSEMENT-EXTRAIT DE RÔLE", f"Impôt des personnes physiques – exercice d'imposition {yr} (revenus {yr - 1})", "Revenus professionnels imposables", "Précompte professionnel retenu", "Solde"),
         "nl": ("AANSLAGBILJET", f"Personenbelasting – aanslagjaar {yr} (inkomsten {yr - 1})", "Belastbaar beroepsinkomen", "Ingehouden bedrijfsvoorheffing", "Saldo"),
         "de": ("STEUERBESCHEID (STEUERAUSZUG)", f"Steuer der natürlichen Personen – Steuerjahr {yr} (Einkünfte {yr - 1})", "Steuerpflichtige Berufseinkünfte", "Einbehaltener Berufssteuervorabzug", "Saldo")}[lang]
    inc = rng.randint(32000, 72000)
    blocks = (B("letterhead", "SPF FINANCES / FOD FINANCIËN / FÖD FINANZEN – SPECIMEN"), B("title", T[0]), B("subtitle", T[1]),
              B("field", rows=(("Nom / Naam / Name", formal(p)), ("Art. 1", digits(rng, 9)))),
              B("table", rows=(("", "EUR"), (T[2], eur(inc, lang)), (T[3], eur(inc * 0.27, lang)), (T[4], eur(amt, lang)))),
              B("footer", "SPECIMEN"))
    return mk("tax-assessment", lang, p, ctx, "Belgian personal income tax assessment notice", blocks)


# 20 ------------------------------------------------------------------ Kids-ID letter
def kids_id(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    T = {"fr": ("Votre Kids-ID est prête", "Vous trouverez ci-dessous les codes PIN et PUK de la Kids-ID de votre enfant. Présentez-vous au guichet avec ce courrier. La redevance de 7,40 EUR a été perçue lors de la demande."),
         "nl": ("De Kids-ID van uw kind ligt klaar", "Hieronder vindt u de pin- en pukcode van de Kids-ID. Kom de kaart afhalen met deze brief. De retributie werd bij de aanvraag betaald."),
         "de": ("Die Kids-ID Ihres Kindes liegt bereit", "Nachstehend finden Sie PIN- und PUK-Code der Kids-ID. Bitte holen Sie die Karte mit diesem Schreiben ab.")}[lang]
    blocks = (B("letterhead", "SPF Intérieur / FOD Binnenlandse Zaken – Registre national – SPECIMEN"), B("para", f"{full(p)}\n{addr(p, rng)}"),
              B("subtitle", T[0]), B("para", T[1]), B("field", rows=(("PIN", "••••"), ("PUK", digits(rng, 6) + "•••"))), B("footer", "SPECIMEN"))
    return mk("kids-id-letter", lang, p, ctx, "Kids-ID PIN/PUK letter (Registre national)", blocks)


# 21 ------------------------------------------------------------------ translator quote
def translator_quote(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    T = {"en": ("QUOTATION", [("Sworn translation of diploma (2 pages)", "90.00"), ("Sworn translation of birth certificate", "45.00"), ("Apostille check / legalisation handling", "30.00")], "Valid 30 days. Turnaround 5 working days."),
         "fr": ("DEVIS", [("Traduction jurée du diplôme (2 pages)", "90,00"), ("Traduction jurée de l'acte de naissance", "45,00"), ("Légalisation", "30,00")], "Valable 30 jours."),
         "nl": ("OFFERTE", [("Beëdigde vertaling diploma (2 blz.)", "90,00"), ("Beëdigde vertaling geboorteakte", "45,00"), ("Legalisatie", "30,00")], "Geldig 30 dagen.")}[lang]
    blocks = (B("letterhead", "SPECIMEN Language Services"), B("title", f"{T[0]} Q-{digits(rng, 5)}"), B("para", full(p)),
              B("table", rows=(("Item", "EUR"),) + tuple(T[1])), B("para", T[2]), B("footer", "SPECIMEN"))
    return mk("translator-quote", lang, p, ctx, "Translation agency quote for diploma and birth-certificate translations", blocks)


# 22 ------------------------------------------------------------------ Immigration Office appointment letter
def dvz_appointment(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    rdv = ctx.issue_date + timedelta(days=rng.randint(10, 40))
    T = {"fr": ("CONVOCATION", f"Vous êtes invité(e) à vous présenter le {fdate(rdv, 'fr')} à 9h30 au guichet de l'Office des étrangers, WTC II, Bruxelles, pour la prise de vos données biométriques. "
                "Munissez-vous de votre passeport et de la présente convocation. Cette convocation n'est pas un titre de séjour."),
         "nl": ("UITNODIGING", f"U wordt verwacht op {fdate(rdv, 'nl')} om 9u30 aan het loket van de Dienst Vreemdelingenzaken, WTC II, Brussel, voor de afname van uw biometrische gegevens. "
                "Breng uw paspoort en deze uitnodiging mee. Deze uitnodiging is geen verblijfsdocument."),
         "en": ("APPOINTMENT LETTER", f"You are invited to the Immigration Office counter, WTC II, Brussels, on {fdate(rdv, 'en')} at 9:30 for biometric data capture. "
                "Bring your passport and this letter. This letter is not a residence document.")}[lang]
    blocks = (B("letterhead", HEAD_DVZ), B("field", rows=(("Dossier", digits(rng, 7)), ("Date", fdate(ctx.issue_date, lang, "num")))),
              B("para", f"{full(p)}"), B("title", T[0]), B("para", T[1]), B("footer", "SPECIMEN"))
    return mk("dvz-appointment", lang, p, ctx, "Immigration Office appointment/convocation letter", blocks)


HEAD_DVZ = "SPF Intérieur – Office des étrangers / FOD Binnenlandse Zaken – Dienst Vreemdelingenzaken\nSPECIMEN"


# 23 ------------------------------------------------------------------ hospital bill
def hospital_bill(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    total = round(rng.uniform(80, 900), 2)
    mut = round(total * rng.uniform(0.4, 0.8), 2)
    T = {"fr": ("FACTURE D'HOSPITALISATION", "Intervention mutuelle (tiers payant)", "À votre charge", "Consultation / imagerie / médicaments"),
         "nl": ("ZIEKENHUISFACTUUR", "Tussenkomst ziekenfonds (derdebetalersregeling)", "Ten laste van de patiënt", "Raadpleging / beeldvorming / geneesmiddelen"),
         "de": ("KRANKENHAUSRECHNUNG", "Anteil Krankenkasse", "Zu Ihren Lasten", "Konsultation / Bildgebung / Medikamente"),
         "en": ("HOSPITAL INVOICE", "Health insurance fund share", "Patient share", "Consultation / imaging / medication")}[lang]
    blocks = (B("letterhead", "Centre hospitalier SPECIMEN / Ziekenhuis SPECIMEN"), B("title", T[0]),
              B("field", rows=(("Patient", full(p)), ("N°", digits(rng, 9)), ("Date", fdate(ctx.issue_date, lang, "num")))),
              B("table", rows=(("", "EUR"), (T[3], eur(total, lang)), (T[1], "-" + eur(mut, lang)), (T[2], eur(total - mut, lang)))),
              B("para", f"{iban(rng)} – +++{digits(rng, 3)}/{digits(rng, 4)}/{digits(rng, 5)}+++"), B("footer", "SPECIMEN"))
    return mk("hospital-bill", lang, p, ctx, "Hospital invoice with health-insurance fund share", blocks)


# 24 ------------------------------------------------------------------ occupational medicine invitation
def occ_medicine(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    rdv = ctx.issue_date + timedelta(days=rng.randint(3, 20))
    T = {"fr": ("Convocation à l'évaluation de santé préalable", f"Dans le cadre de votre engagement chez {ctx.employer}, vous êtes convoqué(e) le {fdate(rdv, 'fr')} par le service externe de prévention. "
                "Cet examen de médecine du travail ne remplace pas le certificat médical exigé pour le séjour."),
         "nl": ("Oproeping voorafgaande gezondheidsbeoordeling", f"In het kader van uw indiensttreding bij {ctx.employer} wordt u op {fdate(rdv, 'nl')} verwacht bij de externe dienst voor preventie. "
                "Dit arbeidsgeneeskundig onderzoek vervangt het medisch attest voor het verblijf niet.")}[lang]
    blocks = (B("letterhead", "SPECIMEN Prévention / SPECIMEN Preventie – service externe / externe dienst"), B("para", full(p)),
              B("subtitle", T[0]), B("para", T[1]), B("footer", "SPECIMEN"))
    return mk("occupational-medicine-invitation", lang, p, ctx, "External prevention service invitation to a pre-employment health assessment", blocks)


# 25 ------------------------------------------------------------------ language course enrolment
def language_course(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    T = {"fr": ("Attestation d'inscription", f"{full(p)} est inscrit(e) au cours de néerlandais niveau A{rng.randint(1, 2)} (120 heures) à la Maison des Langues SPECIMEN. Droit d'inscription : 75 EUR."),
         "nl": ("Inschrijvingsbewijs", f"{full(p)} is ingeschreven voor de cursus Nederlands tweede taal, richtgraad {rng.randint(1, 3)}, bij CVO SPECIMEN. Inschrijvingsgeld: EUR 75.")}[lang]
    blocks = (B("letterhead", "SPECIMEN – centre de langues / taalcentrum"), B("title", T[0]), B("para", T[1]),
              B("para", fdate(ctx.issue_date, lang)), B("signature", "Secrétariat / Secretariaat"), B("footer", "SPECIMEN"))
    return mk("language-course-enrolment", lang, p, ctx, "Language-course enrolment certificate (CVO / maison des langues)", blocks)


# 26 ------------------------------------------------------------------ water bill / insurance policy (home) renewal
def home_insurance(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    prem = round(rng.uniform(180, 420), 2)
    T = {"fr": ("Avis d'échéance – assurance habitation", f"Contrat n° {digits(rng, 9)} – Habitation {addr(p, rng)}. Prime annuelle : {eur(prem, 'fr')} EUR. Garanties : incendie, dégâts des eaux, responsabilité civile vie privée."),
         "nl": ("Vervaldagbericht – woonverzekering", f"Polis nr. {digits(rng, 9)} – Woning {addr(p, rng)}. Jaarpremie: EUR {eur(prem, 'nl')}. Waarborgen: brand, waterschade, familiale aansprakelijkheid."),
         "en": ("Renewal notice – home insurance", f"Policy no. {digits(rng, 9)} – Property {addr(p, rng)}. Annual premium: EUR {prem:.2f}. Cover: fire, water damage, third-party liability."),
         "de": ("Fälligkeitsmitteilung – Wohngebäudeversicherung", f"Vertrag Nr. {digits(rng, 9)} – Wohnung {addr(p, rng)}. Jahresprämie: {eur(prem, 'de')} EUR. Deckung: Brand, Wasserschaden, Haftpflicht.")}[lang]
    blocks = (B("letterhead", "SPECIMEN Assurances / Verzekeringen / Versicherungen"), B("para", full(p), align="right"), B("title", T[0]), B("para", T[1]),
              B("para", f"{iban(rng)}"), B("footer", "SPECIMEN – ceci n'est pas une assurance soins de santé / geen ziekteverzekering"))
    return mk("home-insurance-notice", lang, p, ctx, "Home (fire) insurance premium notice", blocks)


# 27 ------------------------------------------------------------------ transcript without degree conferred
def transcript_in_progress(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    rows = {"en": ("Course", "Credits", "Grade"), "fr": ("Unité d'enseignement", "ECTS", "Note /20"), "nl": ("Opleidingsonderdeel", "Stp.", "Score /20")}[lang]
    courses = ["Algorithms", "Databases", "Statistics", "Networks", "Ethics", "Thesis seminar"]
    T = {"en": ("Transcript of Records", "Programme: Master of Science in Computer Science – status: enrolled, degree not yet awarded (60 of 120 credits)."),
         "fr": ("Relevé de notes", "Programme : Master en sciences informatiques – statut : en cours, grade non encore conféré (60/120 crédits)."),
         "nl": ("Puntenlijst / Transcript of Records", "Opleiding: Master in de informatica – status: ingeschreven, diploma nog niet behaald (60/120 studiepunten).")}[lang]
    blocks = (B("letterhead", "SPECIMEN University – Student Administration"), B("title", T[0]),
              B("field", rows=(("Student", formal(p)), ("No.", digits(rng, 8)), ("Academic year", f"{ctx.issue_date.year - 1}-{ctx.issue_date.year}"))),
              B("para", T[1]),
              B("table", rows=(rows,) + tuple((c, str(rng.choice([3, 6, 9])), str(rng.randint(10, 18))) for c in rng.sample(courses, 4))),
              B("footer", "SPECIMEN – not a diploma / pas un diplôme / geen diploma"))
    return mk("transcript-in-progress", lang, p, ctx, "University transcript of records of a student still enrolled (no degree conferred)", blocks)


# 28 ------------------------------------------------------------------ university enrolment certificate
def enrolment_certificate(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    y = ctx.issue_date.year if ctx.issue_date.month >= 9 else ctx.issue_date.year - 1
    T = {"fr": ("Attestation d'inscription", f"L'Université SPECIMEN atteste que {full(p)} est régulièrement inscrit(e) pour l'année académique {y}-{y + 1} en 1re année de Master en sciences de gestion."),
         "nl": ("Inschrijvingsbewijs", f"Universiteit SPECIMEN bevestigt dat {full(p)} voor het academiejaar {y}-{y + 1} ingeschreven is in de Master in de bedrijfseconomie."),
         "en": ("Certificate of Enrolment", f"SPECIMEN University certifies that {full(p)} is enrolled for the academic year {y}-{y + 1} in the Master of Science in Engineering.")}[lang]
    blocks = (B("letterhead", "Université SPECIMEN / Universiteit SPECIMEN – Registrar"), B("title", T[0]), B("para", T[1]),
              B("field", rows=(("Student no.", digits(rng, 8)), ("Date", fdate(ctx.issue_date, lang, "num")))), B("signature", "Registrar"), B("footer", "SPECIMEN"))
    return mk("university-enrolment", lang, p, ctx, "University enrolment certificate (student, no degree)", blocks)


# 29 ------------------------------------------------------------------ social security certificate of coverage
def certificate_of_coverage(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    s = ctx.issue_date + timedelta(days=rng.randint(10, 60))
    e = s + timedelta(days=365 * rng.choice([2, 3]))
    blocks = (
        B("letterhead", "EMPLOYEES' PROVIDENT FUND ORGANISATION (SPECIMEN)\nInternational Workers Cell", align="center"),
        B("title", "CERTIFICATE OF COVERAGE", align="center"),
        B("subtitle", "Agreement on Social Security between India and Belgium – Article 8 (detached workers)", align="center"),
        B("field", rows=(("Employee", full(p)), ("Passport No.", p.passport_number), ("Employer in India", "SPECIMEN Infotech Private Limited"),
                         ("Place of work in Belgium", ctx.employer), ("Period", f"{fdate(s, 'en', 'num')} – {fdate(e, 'en', 'num')}"))),
        B("para", "The employee remains subject to the Indian social security legislation during the detachment and is exempt from Belgian contributions for pensions."),
        B("signature", "Regional Provident Fund Commissioner"),
        B("footer", "SPECIMEN – certificate of coverage, not an assignment letter"),
    )
    return mk("certificate-of-coverage", lang, p, ctx, "Bilateral social-security certificate of coverage for a detached worker", blocks, expiry=e)


# 30 ------------------------------------------------------------------ Limosa declaration receipt
def limosa(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    s = ctx.issue_date + timedelta(days=rng.randint(1, 20))
    T = {"fr": ("Accusé de réception de la déclaration Limosa (L1)", "Travailleur salarié détaché", "Lieu d'occupation", "Employeur étranger"),
         "nl": ("Ontvangstbewijs Limosa-melding (L1)", "Gedetacheerde werknemer", "Plaats van tewerkstelling", "Buitenlandse werkgever"),
         "en": ("Limosa declaration receipt (L1)", "Posted employee", "Place of work", "Foreign employer")}[lang]
    blocks = (B("letterhead", "ONSS – RSZ – NSSO · Limosa · SPECIMEN"), B("title", T[0]),
              B("field", rows=(("ID", f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}"), (T[1], full(p)), ("Passport", p.passport_number),
                               (T[3], "SPECIMEN Systems Inc."), (T[2], ctx.employer_address), ("Start", fdate(s, lang, "num")))),
              B("footer", "SPECIMEN – ce document ne vaut pas permis de travail / geen arbeidskaart"))
    return mk("limosa-receipt", lang, p, ctx, "Limosa L1 posting declaration receipt (ONSS/RSZ)", blocks)



MODELS: list[Model] = [
    Model("bank-statement", "unknown", ("fr", "nl", "de", "en"), bank_statement),
    Model("electricity-bill", "unknown", ("fr", "nl", "de"), energy_bill),
    Model("residential-lease", "unknown", ("fr", "nl", "de", "en"), lease),
    Model("cv", "unknown", ("en", "fr", "nl", "de"), cv),
    Model("cover-letter", "unknown", ("en", "fr", "nl"), cover_letter),
    Model("birth-certificate", "unknown", ("en", "fr"), birth_certificate),
    Model("marriage-certificate", "unknown", ("fr", "nl", "en"), marriage),
    Model("national-id-td1", "unknown", ("en", "fr"), national_id),
    Model("driving-licence", "unknown", ("fr", "nl", "de", "en"), driving_licence),
    Model("visa-sticker", "unknown", ("en",), visa_page),
    Model("commune-documents-letter", "unknown", ("fr", "nl", "de"), commune_letter),
    Model("former-employer-work-certificate", "unknown", ("fr", "nl", "de", "en"), work_certificate),
    Model("translator-invoice-criminal-record", "unknown", ("fr", "nl", "en"), translator_invoice),
    Model("newspaper-single-permit-article", "unknown", ("fr", "nl", "en", "de"), newspaper),
    Model("school-certificate", "unknown", ("fr", "nl", "de"), school_certificate),
    Model("rental-guarantee", "unknown", ("fr", "nl"), rental_guarantee),
    Model("gym-contract", "unknown", ("fr", "nl", "en"), gym_contract),
    Model("telecom-contract", "unknown", ("fr", "nl", "de", "en"), telecom),
    Model("tax-assessment", "unknown", ("fr", "nl", "de"), tax_assessment),
    Model("kids-id-letter", "unknown", ("fr", "nl", "de"), kids_id),
    Model("translator-quote", "unknown", ("en", "fr", "nl"), translator_quote),
    Model("immigration-office-appointment", "unknown", ("fr", "nl", "en"), dvz_appointment),
    Model("hospital-bill", "unknown", ("fr", "nl", "de", "en"), hospital_bill),
    Model("occupational-medicine-invitation", "unknown", ("fr", "nl"), occ_medicine),
    Model("language-course-enrolment", "unknown", ("fr", "nl"), language_course),
    Model("home-insurance-notice", "unknown", ("fr", "nl", "en", "de"), home_insurance),
    Model("transcript-in-progress", "unknown", ("en", "fr", "nl"), transcript_in_progress),
    Model("university-enrolment-certificate", "unknown", ("fr", "nl", "en"), enrolment_certificate),
    Model("social-security-certificate-of-coverage", "unknown", ("en",), certificate_of_coverage),
    Model("limosa-declaration-receipt", "unknown", ("fr", "nl", "en"), limosa),
]
