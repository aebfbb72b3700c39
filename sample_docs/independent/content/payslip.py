"""Payslips and individual accounts (doc_type ``payslip``), written without docscan's rules.

Models imitate Belgian social-secretariat payslips (fiche de paie / loonbrief / Lohnabrechnung /
payslip) as explained by BBTK, Attentia and HLN ("RSZ 13,07 %", "bedrijfsvoorheffing",
"bijzondere bijdrage sociale zekerheid", "werkbonus", arbeiders on 108 %), the annual "compte
individuel / individuele rekening" an employer must keep, and an Indian home-country salary slip
(Basic, HRA, PF, Professional Tax, TDS) as used in intra-corporate-transfer files. Secretariat names
are invented ("SecreSoc SPECIMEN", "PayPartner SPECIMEN", "Sociaal Secretariaat SPECIMEN").
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


SECRETARIATS = ["SecreSoc SPECIMEN asbl", "PayPartner SPECIMEN vzw", "Sociaal Secretariaat SPECIMEN", "Groupe S-SPECIMEN"]
JC = [("200", {"fr": "Commission paritaire auxiliaire pour employés", "nl": "Aanvullend paritair comité voor de bedienden",
               "de": "Paritätische Hilfskommission für Angestellte", "en": "Supplementary Joint Committee for white-collar workers"}),
      ("218", {"fr": "CNAE pour employés", "nl": "NAPC voor de bedienden", "de": "NAPK für Angestellte", "en": "National Auxiliary Joint Committee for employees"}),
      ("209", {"fr": "CP employés des fabrications métalliques", "nl": "PC bedienden der metaalfabrikatennijverheid",
               "de": "PK Angestellte der Metallverarbeitung", "en": "JC for employees in metal manufacturing"}),
      ("226", {"fr": "CP employés du commerce international, du transport et de la logistique", "nl": "PC bedienden uit de internationale handel, het vervoer en de logistiek",
               "de": "PK Angestellte des internationalen Handels, Transports und der Logistik", "en": "JC for employees in international trade, transport and logistics"}),
      ("330", {"fr": "CP des établissements et des services de santé", "nl": "PC voor de gezondheidsinrichtingen en -diensten",
               "de": "PK für Gesundheitseinrichtungen und -dienste", "en": "JC for health care institutions and services"})]


def period_of(ctx: Context) -> date:
    d = ctx.issue_date
    # a payslip dated at the start of a month concerns the previous month
    if d.day < 10:
        d = (d.replace(day=1) - timedelta(days=1))
    return d.replace(day=1)


def amounts(rng, base: float | None = None) -> dict:
    gross = base or round(rng.uniform(3200, 6400), 2)
    onss = round(gross * 0.1307, 2)
    taxable = gross - onss
    pp = round(taxable * rng.uniform(0.22, 0.31), 2)
    cssp = round(rng.choice([9.30, 18.60, 27.90, 35.12, 41.60, 48.00]), 2)
    meal = round(rng.choice([0, 1.09, 1.09]) * rng.randint(18, 22), 2)
    net = round(taxable - pp - cssp - meal, 2)
    return {"gross": gross, "onss": onss, "taxable": taxable, "pp": pp, "cssp": cssp, "meal": meal, "net": net}


def iban(rng) -> str:
    return f"BE{rng.randint(10, 99)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"


L = {
    "title": {"fr": "Fiche de paie", "nl": "Loonbrief", "de": "Lohnabrechnung", "en": "Payslip"},
    "period": {"fr": "Période", "nl": "Periode", "de": "Zeitraum", "en": "Period"},
    "employer": {"fr": "Employeur", "nl": "Werkgever", "de": "Arbeitgeber", "en": "Employer"},
    "worker": {"fr": "Travailleur", "nl": "Werknemer", "de": "Arbeitnehmer", "en": "Employee"},
    "onssno": {"fr": "N° ONSS", "nl": "RSZ-nr.", "de": "LSS-Nr.", "en": "NSSO no."},
    "bce": {"fr": "N° BCE", "nl": "KBO-nr.", "de": "ZUD-Nr.", "en": "Enterprise no."},
    "jc": {"fr": "Commission paritaire", "nl": "Paritair comité", "de": "Paritätische Kommission", "en": "Joint committee"},
    "function": {"fr": "Fonction", "nl": "Functie", "de": "Funktion", "en": "Position"},
    "entry": {"fr": "Date d'entrée", "nl": "Datum in dienst", "de": "Eintrittsdatum", "en": "Start date"},
    "contract": {"fr": "Contrat de travail", "nl": "Arbeidsovereenkomst", "de": "Arbeitsvertrag", "en": "Employment contract"},
    "cdi": {"fr": "employé – durée indéterminée – temps plein", "nl": "bediende – onbepaalde duur – voltijds",
            "de": "Angestellter – unbefristet – Vollzeit", "en": "white-collar – open-ended – full time"},
    "niss": {"fr": "NISS", "nl": "INSZ", "de": "NISS", "en": "National number"},
    "base": {"fr": "Salaire mensuel de base", "nl": "Basismaandloon", "de": "Monatsgrundgehalt", "en": "Monthly base salary"},
    "gross": {"fr": "Rémunération brute", "nl": "Brutoloon", "de": "Bruttolohn", "en": "Gross pay"},
    "onss": {"fr": "Cotisation personnelle ONSS 13,07 %", "nl": "Persoonlijke RSZ-bijdrage 13,07 %",
             "de": "Persönlicher LSS-Beitrag 13,07 %", "en": "Employee social security (NSSO) 13.07%"},
    "taxable": {"fr": "Rémunération imposable", "nl": "Belastbaar loon", "de": "Steuerpflichtiger Lohn", "en": "Taxable pay"},
    "pp": {"fr": "Précompte professionnel", "nl": "Bedrijfsvoorheffing", "de": "Berufssteuervorabzug", "en": "Withholding tax (précompte professionnel)"},
    "cssp": {"fr": "Cotisation spéciale de sécurité sociale", "nl": "Bijzondere bijdrage sociale zekerheid",
             "de": "Sonderbeitrag zur sozialen Sicherheit", "en": "Special social security contribution"},
    "meal": {"fr": "Quote-part chèques-repas", "nl": "Werknemersbijdrage maaltijdcheques", "de": "Eigenanteil Essensgutscheine", "en": "Meal voucher employee share"},
    "net": {"fr": "Net à payer", "nl": "Netto te betalen", "de": "Auszuzahlender Nettobetrag", "en": "Net pay"},
    "paid": {"fr": "Versé sur le compte", "nl": "Gestort op rekening", "de": "Überwiesen auf Konto", "en": "Paid to account"},
    "code": {"fr": "Code", "nl": "Code", "de": "Code", "en": "Code"},
    "label": {"fr": "Libellé", "nl": "Omschrijving", "de": "Bezeichnung", "en": "Description"},
    "qty": {"fr": "Nombre", "nl": "Aantal", "de": "Anzahl", "en": "Qty"},
    "amount": {"fr": "Montant", "nl": "Bedrag", "de": "Betrag", "en": "Amount"},
    "days": {"fr": "Jours prestés", "nl": "Gewerkte dagen", "de": "Arbeitstage", "en": "Days worked"},
}


def t(key: str, lang: str) -> str:
    return L[key][lang]


def build_socsec_monthly(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    per = period_of(ctx)
    a = amounts(rng)
    jc = rng.choice(JC)
    sec = rng.choice(SECRETARIATS)
    entry = per - timedelta(days=rng.randint(120, 1500))
    emp_no = digits(rng, 6)
    niss = f"{p.birth_date.strftime('%y.%m.%d')}-{digits(rng, 3)}.{digits(rng, 2)}"
    month = f"{MONTHS[lang][per.month - 1]} {per.year}"
    table = (
        (t("code", lang), t("label", lang), t("qty", lang), t("amount", lang)),
        ("1010", t("base", lang), "21,00" if lang != "en" else "21.00", eur(a["gross"], lang)),
        ("3000", t("gross", lang), "", eur(a["gross"], lang)),
        ("3100", t("onss", lang), "", "-" + eur(a["onss"], lang)),
        ("3200", t("taxable", lang), "", eur(a["taxable"], lang)),
        ("4000", t("pp", lang), "", "-" + eur(a["pp"], lang)),
        ("4100", t("cssp", lang), "", "-" + eur(a["cssp"], lang)),
        ("5010", t("meal", lang), str(rng.randint(18, 22)), "-" + eur(a["meal"], lang)),
        ("9000", t("net", lang), "", eur(a["net"], lang)),
    )
    notes = {
        "fr": f"Conformément à votre contrat de travail et aux barèmes de la CP {jc[0]}. Le pécule de vacances sera payé en mai/juin. "
              "Conservez ce document : il peut être demandé pour le renouvellement de votre permis unique. SPECIMEN",
        "nl": f"Volgens uw arbeidsovereenkomst en de barema's van PC {jc[0]}. Bewaar deze loonbrief; hij kan gevraagd worden bij de "
              "hernieuwing van uw gecombineerde vergunning. SPECIMEN",
        "de": f"Gemäß Ihrem Arbeitsvertrag und den Tabellen der PK {jc[0]}. Bitte bewahren Sie diese Abrechnung auf. SPECIMEN",
        "en": f"In accordance with your employment contract and the pay scales of JC {jc[0]}. Keep this payslip; it may be requested "
              "when your single permit is renewed. SPECIMEN",
    }
    blocks = (
        B("letterhead", f"{sec}\nSecrétariat social agréé / Erkend sociaal secretariaat – dossier {digits(rng, 5)}"),
        B("title", f"{t('title', lang)} – {month}", align="right"),
        B("field", rows=((t("employer", lang), f"{ctx.employer}, {ctx.employer_address}"),
                         (t("onssno", lang), f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 2)}"),
                         (t("bce", lang), f"0{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}"),
                         (t("jc", lang), f"{jc[0]} – {jc[1][lang]}"))),
        B("field", rows=((t("worker", lang), f"{formal(p)} ({emp_no})"), (t("niss", lang), niss),
                         (t("function", lang), ctx.job_title), (t("entry", lang), fdate(entry, lang, "num")),
                         (t("contract", lang), t("cdi", lang)),
                         (t("period", lang), f"{fdate(per, lang, 'num')} – {fdate((per.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1), lang, 'num')}"))),
        B("table", rows=table),
        B("field", rows=((t("paid", lang), iban(rng)),)),
        B("footer", notes[lang]),
    )
    return DocSpec(doc_id=doc_id("payslip", lang, "socsec-monthly", p, ctx, rng), doc_type="payslip", language=lang,
                   model="Belgian social-secretariat monthly payslip (codes table; RSZ 13,07 %, bedrijfsvoorheffing, BBSZ) after BBTK/HLN explanations",
                   pages=(blocks,), issue_date=ctx.issue_date)


def build_compact(p: Person, ctx: Context, lang: str) -> DocSpec:
    """SME payslip printed by payroll software: summary boxes left-right, title only in a header band."""
    rng = ctx.rng
    per = period_of(ctx)
    a = amounts(rng)
    bonus = round(rng.uniform(40, 180), 2) if a["gross"] < 3600 else 0.0
    car = round(rng.choice([0, 0, 141.67, 162.50]), 2)
    hdr = {"fr": "DÉCOMPTE DE RÉMUNÉRATION", "nl": "LOONAFREKENING", "de": "VERDIENSTABRECHNUNG", "en": "PAY STATEMENT"}[lang]
    wb = {"fr": "Bonus à l'emploi", "nl": "Werkbonus", "de": "Beschäftigungsbonus", "en": "Work bonus (werkbonus)"}[lang]
    atn = {"fr": "Avantage de toute nature voiture de société", "nl": "Voordeel alle aard bedrijfswagen",
           "de": "Sachbezug Firmenwagen", "en": "Benefit in kind – company car"}[lang]
    rows = [(t("label", lang), t("amount", lang)),
            (t("gross", lang), eur(a["gross"], lang)),
            (t("onss", lang), "-" + eur(a["onss"], lang))]
    if bonus:
        rows.append((wb, "+" + eur(bonus, lang)))
    if car:
        rows.append((atn, eur(car, lang)))
    rows += [(t("pp", lang), "-" + eur(a["pp"], lang)), (t("cssp", lang), "-" + eur(a["cssp"], lang)),
             (t("net", lang), eur(a["net"] + bonus, lang))]
    jc = rng.choice(JC)
    blocks = (
        B("heading", f"{hdr}  ·  {MONTHS[lang][per.month - 1].upper()} {per.year}  ·  {rng.choice(['PayPartner SPECIMEN', 'SecreSoc SPECIMEN'])}"),
        B("letterhead", f"{ctx.employer}\n{ctx.employer_address}"),
        B("field", rows=((t("worker", lang), full(p)), (dict(fr="Adresse", nl="Adres", de="Anschrift", en="Address")[lang], p.address or "—"),
                         (t("jc", lang), jc[0]), (dict(fr="Régime", nl="Arbeidsregime", de="Arbeitszeit", en="Working time")[lang], "38 h/sem." if lang == "fr" else "38 u/week" if lang == "nl" else "38 Std./Woche" if lang == "de" else "38 h/week"),
                         (t("days", lang), str(rng.randint(19, 22))),
                         (dict(fr="Barème", nl="Barema", de="Lohntabelle", en="Pay scale")[lang], f"{rng.choice(['A', 'B', 'C', 'D'])}{rng.randint(1, 9)}"))),
        B("table", rows=tuple(rows)),
        B("field", rows=((t("paid", lang), f"{iban(rng)} – {fdate(per.replace(day=28) + timedelta(days=rng.randint(3, 6)), lang, 'num')}"),)),
        B("footer", {"fr": "Document établi conformément à l'AR du 27 septembre 1966 (décompte). Questions : votre gestionnaire de paie. SPECIMEN",
                     "nl": "Opgemaakt overeenkomstig het KB van 27 september 1966 (loonafrekening). Vragen: uw payrolldossierbeheerder. SPECIMEN",
                     "de": "Erstellt gemäß K.E. vom 27. September 1966. Fragen: Ihr Lohnbuchhalter. SPECIMEN",
                     "en": "Issued under the Royal Decree of 27 September 1966 on pay statements. SPECIMEN"}[lang]),
    )
    return DocSpec(doc_id=doc_id("payslip", lang, "compact", p, ctx, rng), doc_type="payslip", language=lang,
                   model="Belgian SME payroll-software pay statement (header band title, werkbonus, VAA bedrijfswagen)",
                   pages=(blocks,), issue_date=ctx.issue_date)


def build_worker_hourly(p: Person, ctx: Context, lang: str) -> DocSpec:
    """Blue-collar payslip: hourly wage x hours, RSZ on 108 %, holiday fund mention."""
    rng = ctx.rng
    per = period_of(ctx)
    rate = round(rng.uniform(15.2, 21.8), 4)
    hours = rng.choice([152, 159.6, 164.67, 144.4])
    gross = round(rate * hours, 2)
    onss = round(gross * 1.08 * 0.1307, 2)
    pp = round((gross - onss) * 0.19, 2)
    net = round(gross - onss - pp, 2)
    jcno, jcname = rng.choice([("124", {"fr": "CP de la construction", "nl": "PC voor het bouwbedrijf"}),
                               ("302", {"fr": "CP de l'industrie hôtelière", "nl": "PC voor het hotelbedrijf"}),
                               ("111", {"fr": "CP des constructions métallique, mécanique et électrique", "nl": "PC voor de metaal-, machine- en elektrische bouw"}),
                               ("145", {"fr": "CP pour les entreprises horticoles", "nl": "PC voor het tuinbouwbedrijf"})])
    if lang == "fr":
        title, lab = "Fiche de salaire ouvrier", ("Heures prestées", "Salaire horaire", "Brut", "ONSS (13,07 % sur 108 %)", "Précompte professionnel", "Net")
        foot = "Votre pécule de vacances est versé par la caisse de vacances (ONVA). Copie du contrat de travail disponible au service du personnel. SPECIMEN"
    else:
        title, lab = "Loonstrook arbeider", ("Gepresteerde uren", "Uurloon", "Bruto", "RSZ (13,07 % op 108 %)", "Bedrijfsvoorheffing", "Netto")
        foot = "Uw vakantiegeld wordt betaald door het vakantiefonds (RJV). Een kopie van de arbeidsovereenkomst ligt ter inzage op het personeelssecretariaat. SPECIMEN"
    blocks = (
        B("letterhead", f"{ctx.employer} – {ctx.employer_address}\n{'Secrétariat social' if lang == 'fr' else 'Sociaal secretariaat'} : {rng.choice(SECRETARIATS)}"),
        B("title", title),
        B("field", rows=(("Nom / Naam", formal(p)), ("PC", f"{jcno} – {jcname[lang]}"),
                         (t("period", lang), f"{MONTHS[lang][per.month - 1]} {per.year}"),
                         (t("function", lang), ctx.job_title))),
        B("table", rows=(("", "Nombre / taux" if lang == "fr" else "Aantal / tarief", "Montant" if lang == "fr" else "Bedrag"), (lab[0], f"{hours}".replace(".", ","), ""),
                         (lab[1], eur(rate, lang), ""), (lab[2], "", eur(gross, lang)),
                         (lab[3], "", "-" + eur(onss, lang)), (lab[4], "", "-" + eur(pp, lang)),
                         (lab[5], "", eur(net, lang)))),
        B("footer", foot),
    )
    return DocSpec(doc_id=doc_id("payslip", lang, "worker-hourly", p, ctx, rng), doc_type="payslip", language=lang,
                   model="Belgian blue-collar (arbeider/ouvrier) payslip, RSZ on 108 % (BBTK explanation)",
                   pages=(blocks,), issue_date=ctx.issue_date)


def build_individual_account(p: Person, ctx: Context, lang: str) -> DocSpec:
    """Annual individual account (compte individuel / individuele rekening), one row per month."""
    rng = ctx.rng
    year = ctx.issue_date.year - (1 if ctx.issue_date.month < 3 else 0)
    if year == ctx.issue_date.year:
        months = list(range(1, ctx.issue_date.month))
        year_months = months if months else [1]
    else:
        year_months = list(range(1, 13))
    base = round(rng.uniform(3100, 5900), 2)
    title = {"fr": "COMPTE INDIVIDUEL", "nl": "INDIVIDUELE REKENING", "de": "INDIVIDUELLES KONTO", "en": "INDIVIDUAL ACCOUNT"}[lang]
    sub = {"fr": f"Année {year} – AR du 8 août 1980, art. 13 et suivants",
           "nl": f"Jaar {year} – KB van 8 augustus 1980, art. 13 e.v.",
           "de": f"Jahr {year} – K.E. vom 8. August 1980, Art. 13 ff.",
           "en": f"Year {year} – Royal Decree of 8 August 1980, art. 13 ff."}[lang]
    hdr = (t("period", lang), t("days", lang), t("gross", lang), "ONSS/RSZ", t("pp", lang), t("net", lang))
    rows = [hdr]
    tg = tn = 0.0
    for m in year_months:
        a = amounts(rng, base + (base * 0.02 if m >= 6 else 0))
        tg += a["gross"]
        tn += a["net"]
        rows.append((MONTHS[lang][m - 1].capitalize(), str(rng.randint(19, 23)), eur(a["gross"], lang), eur(a["onss"], lang), eur(a["pp"], lang), eur(a["net"], lang)))
    rows.append(("Total", "", eur(tg, lang), "", "", eur(tn, lang)))
    jc = rng.choice(JC)
    p1 = (
        B("letterhead", f"{rng.choice(SECRETARIATS)} · {dict(fr='pour', nl='voor', de='für', en='for')[lang]} {ctx.employer}"),
        B("title", title, align="center"),
        B("subtitle", sub, align="center"),
        B("field", rows=((t("worker", lang), formal(p)), (t("niss", lang), f"{p.birth_date.strftime('%y.%m.%d')}-{digits(rng, 3)}.{digits(rng, 2)}"),
                         (t("jc", lang), f"{jc[0]} – {jc[1][lang]}"), (t("function", lang), ctx.job_title),
                         (t("contract", lang), t("cdi", lang)))),
        B("table", rows=tuple(rows)),
        B("footer", {"fr": "Le compte individuel reprend, par travailleur, les rémunérations et retenues de l'année civile. SPECIMEN",
                     "nl": "De individuele rekening vermeldt per werknemer de lonen en inhoudingen van het kalenderjaar. SPECIMEN",
                     "de": "Das individuelle Konto enthält je Arbeitnehmer die Entlohnung und Abzüge des Kalenderjahres. SPECIMEN",
                     "en": "The individual account lists each employee's pay and deductions for the calendar year. SPECIMEN"}[lang]),
        B("signature", {"fr": "Pour l'employeur", "nl": "Voor de werkgever", "de": "Für den Arbeitgeber", "en": "For the employer"}[lang]),
    )
    return DocSpec(doc_id=doc_id("payslip", lang, "individual-account", p, ctx, rng), doc_type="payslip", language=lang,
                   model="Belgian 'compte individuel / individuele rekening' (social document, RD 8 Aug 1980), asked in Brussels renewals",
                   pages=(p1,), issue_date=ctx.issue_date)


def build_in_salary_slip(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    per = period_of(ctx)
    basic = rng.randint(60, 180) * 1000
    hra = int(basic * 0.4)
    special = rng.randint(10, 60) * 1000
    pf = int(basic * 0.12)
    ptax = 200
    tds = int((basic + hra + special) * rng.uniform(0.08, 0.2))
    gross = basic + hra + special
    net = gross - pf - ptax - tds
    co = rng.choice(["SPECIMEN Infotech Private Limited", "SPECIMEN Software Services Ltd."])
    blocks = (
        B("letterhead", f"{co}\nTower B, SPECIMEN Tech Park, Whitefield, Bengaluru 560066, India\nCIN U72200KA{rng.randint(1998, 2016)}PTC{digits(rng, 6)}", align="center"),
        B("subtitle", f"Payslip for the month of {MONTHS['en'][per.month - 1]} {per.year}", align="center"),
        B("field", rows=(("Employee Name", full(p)), ("Employee ID", f"E{digits(rng, 6)}"), ("Designation", ctx.job_title),
                         ("Date of Joining", fdate(per - timedelta(days=rng.randint(400, 3000)), "en", "num")),
                         ("PAN", f"{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(5))}{digits(rng, 4)}{rng.choice('ABCDEFGH')}"),
                         ("UAN", digits(rng, 12)), ("Bank A/c", f"XXXXXX{digits(rng, 4)}"),
                         ("Work location", f"On assignment – {ctx.employer} (Belgium)" if rng.random() < 0.5 else "Bengaluru"))),
        B("table", rows=(("Earnings", "INR", "Deductions", "INR"), ("Basic", f"{basic:,}", "Provident Fund", f"{pf:,}"),
                         ("House Rent Allowance", f"{hra:,}", "Professional Tax", f"{ptax:,}"),
                         ("Special Allowance", f"{special:,}", "Income Tax (TDS)", f"{tds:,}"),
                         ("Gross Earnings", f"{gross:,}", "Total Deductions", f"{pf + ptax + tds:,}"))),
        B("field", rows=(("Net Pay", f"INR {net:,}"),)),
        B("footer", "This is a computer-generated payslip and does not require a signature. SPECIMEN"),
    )
    return DocSpec(doc_id=doc_id("payslip", "en", "in-salary-slip", p, ctx, rng), doc_type="payslip", language="en",
                   model="Indian IT-company monthly salary slip (Basic/HRA/PF/Professional Tax/TDS)",
                   pages=(blocks,), issue_date=ctx.issue_date)


def build_bilingual_brussels(p: Person, ctx: Context, lang: str) -> DocSpec:
    """Brussels secretariat layout with every label in French and Dutch (language 'fr+nl')."""
    rng = ctx.rng
    per = period_of(ctx)
    a = amounts(rng)
    jc = rng.choice(JC)
    def bi(k: str) -> str:
        return f"{L[k]['fr']} / {L[k]['nl']}"
    month = f"{MONTHS['fr'][per.month - 1]} – {MONTHS['nl'][per.month - 1]} {per.year}"
    blocks = (
        B("letterhead", f"{rng.choice(SECRETARIATS)} · Bruxelles – Brussel"),
        B("heading", f"FICHE DE PAIE / LOONBRIEF · {month}"),
        B("field", rows=((bi("employer"), ctx.employer), (bi("jc"), f"{jc[0]} – {jc[1]['fr']} / {jc[1]['nl']}"),
                         (bi("worker"), formal(p)), (bi("function"), ctx.job_title),
                         (bi("contract"), f"{L['cdi']['fr']} / {L['cdi']['nl']}"))),
        B("table", rows=(("Libellé / Omschrijving", "EUR"), (bi("gross"), eur(a["gross"], "fr")), ("ONSS / RSZ 13,07 %", "-" + eur(a["onss"], "fr")),
                         (bi("taxable"), eur(a["taxable"], "fr")), (bi("pp"), "-" + eur(a["pp"], "fr")), ("CSSS / BBSZ", "-" + eur(a["cssp"], "fr")),
                         (bi("net"), eur(a["net"], "fr")))),
        B("field", rows=((bi("paid"), iban(rng)),)),
        B("footer", "Document social – sociaal document · SPECIMEN"),
    )
    return DocSpec(doc_id=doc_id("payslip", "fr+nl", "bilingual-brussels", p, ctx, rng), doc_type="payslip", language="fr+nl",
                   model="Bilingual FR/NL Brussels social-secretariat payslip",
                   pages=(blocks,), issue_date=ctx.issue_date)



MODELS: list[Model] = [
    Model("be-socsec-monthly-payslip", "payslip", ("fr", "nl", "de", "en"), build_socsec_monthly),
    Model("be-sme-pay-statement", "payslip", ("fr", "nl", "de", "en"), build_compact),
    Model("be-blue-collar-payslip", "payslip", ("fr", "nl"), build_worker_hourly),
    Model("be-individual-account", "payslip", ("fr", "nl", "de", "en"), build_individual_account),
    Model("be-bilingual-brussels-payslip", "payslip", ("fr+nl",), build_bilingual_brussels),
    Model("in-salary-slip", "payslip", ("en",), build_in_salary_slip),
]
