"""Vacancy publications and confirmations (doc_type ``vacancy_proof``), written without docscan's rules.

Models imitate: a vdab.be job-page print (vacaturenummer, "gepubliceerd op", functie / profiel /
aanbod, also shown on EURES), a VDAB employer-service confirmation of publication, an Actiris
"attestation de diffusion d'une offre d'emploi" (bilingual Brussels), a leforem.be offer print
with its reference and end of diffusion, an Arbeitsamt der DG "Stellenangebot" plus
"Bescheinigung", and a EURES portal job page. Sources: VDAB's vacancy quality guidelines and
Vacature Posting API pages (publication period, max 90 days), the checklist facts (9 weeks VDAB +
EURES in Flanders, 5 weeks Actiris / Forem). Reference numbers are invented.
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



TASKS = {
    "nl": ["Je ontwikkelt en onderhoudt software voor onze klanten.", "Je analyseert de behoeften van de interne gebruikers.",
           "Je werkt in een agile team van 6 collega's.", "Je rapporteert aan de teamleader.", "Je volgt de kwaliteit en planning van de projecten op."],
    "fr": ["Vous assurez le développement et la maintenance des applications.", "Vous analysez les besoins des utilisateurs internes.",
           "Vous travaillez au sein d'une équipe agile.", "Vous rapportez au responsable d'équipe.", "Vous suivez la planification et la qualité des projets."],
    "de": ["Sie entwickeln und warten Softwareanwendungen.", "Sie analysieren die Anforderungen der Fachabteilungen.",
           "Sie arbeiten in einem agilen Team.", "Sie berichten an die Teamleitung."],
    "en": ["You design, build and maintain applications.", "You analyse requirements with internal users.",
           "You work in an agile team of six.", "You report to the team lead.", "You follow up project planning and quality."],
}
DIPLOMA_REQ = {
    "nl": ["Master in de informatica of gelijkwaardig door ervaring", "Bachelor in de toegepaste informatica", "Master industriële wetenschappen"],
    "fr": ["Master en sciences informatiques ou équivalent", "Bachelier en informatique de gestion", "Diplôme d'ingénieur civil ou industriel"],
    "de": ["Masterabschluss in Informatik oder gleichwertig", "Bachelor in Wirtschaftsinformatik", "Ingenieurstudium (Master)"],
    "en": ["Master's degree in computer science or equivalent", "Bachelor's degree in engineering", "University degree (EQF level 6 or 7)"],
}


def pub_window(ctx: Context, rng, weeks: int, closed: bool = False) -> tuple[date, date]:
    """Publication period of at least ``weeks`` weeks; ``closed`` keeps its end on or before the document date."""
    start = ctx.issue_date - timedelta(days=7 * weeks + rng.randint(0, 20))
    end = start + timedelta(days=7 * weeks + rng.randint(0, 10))
    if closed and end > ctx.issue_date:
        end = ctx.issue_date
        start = min(start, end - timedelta(days=7 * weeks))
    return start, end


def build_vdab_page(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    start, end = pub_window(ctx, rng, 9)
    ref = digits(rng, 8)
    city = rng.choice(["Antwerpen", "Gent", "Mechelen", "Leuven", "Hasselt", "Brugge"])
    if lang == "nl":
        pg1 = (
            B("letterhead", "vdab.be  ›  Vacatures  ›  Vacature " + ref),
            B("title", ctx.job_title),
            B("field", rows=(("Werkgever", ctx.employer), ("Plaats tewerkstelling", city), ("Vacaturenummer", ref),
                             ("Gepubliceerd op", fdate(start, "nl", "num")), ("Solliciteren tot", fdate(end, "nl", "num")),
                             ("Ook gepubliceerd op", "EURES – Europees portaal voor beroepsmobiliteit"))),
            B("heading", "Functieomschrijving"),
            B("list", rows=tuple((x,) for x in rng.sample(TASKS["nl"], 3))),
            B("heading", "Profiel"),
            B("list", rows=((f"Diploma: {rng.choice(DIPLOMA_REQ['nl'])}",), ("Talen: Nederlands, Engels",),
                            (f"Ervaring: {rng.randint(1, 5)} jaar",), ("Rijbewijs B is een pluspunt",))),
            B("heading", "Aanbod"),
            B("para", "Contract van onbepaalde duur, voltijds (38 u/week). Marktconform loon volgens PC 200, maaltijdcheques, "
                      "hospitalisatieverzekering en opleidingsbudget."),
            B("heading", "Solliciteren"),
            B("para", f"Via e-mail naar jobs@{ctx.employer.split()[0].lower()}.example met cv en motivatiebrief."),
            B("footer", f"Afgedrukt op {fdate(ctx.issue_date, 'nl', 'num')} – VDAB Werkgeversservice – SPECIMEN"),
        )
    else:
        pg1 = (
            B("letterhead", "vdab.be  ›  Jobs  ›  Vacancy " + ref),
            B("title", ctx.job_title),
            B("field", rows=(("Employer", ctx.employer), ("Place of work", city), ("Vacancy number", ref),
                             ("Published", fdate(start, "en")), ("Apply until", fdate(end, "en")),
                             ("Also on", "EURES (European Job Mobility Portal)"))),
            B("heading", "Job description"),
            B("list", rows=tuple((x,) for x in rng.sample(TASKS["en"], 3))),
            B("heading", "Profile"),
            B("list", rows=((f"Degree: {rng.choice(DIPLOMA_REQ['en'])}",), ("Languages: English; Dutch is an asset",))),
            B("heading", "Offer"),
            B("para", "Permanent full-time contract; salary according to joint committee 200; meal vouchers; hospitalisation insurance."),
            B("footer", f"Printed {fdate(ctx.issue_date, 'en')} from vdab.be (English job posting allowed when VDAB does not mediate). SPECIMEN"),
        )
    return DocSpec(doc_id=doc_id("vacancy_proof", lang, "vdab-page", p, ctx, rng), doc_type="vacancy_proof", language=lang,
                   model="vdab.be job page print (vacaturenummer, publicatieperiode, functie/profiel/aanbod, EURES)",
                   pages=(pg1,), issue_date=ctx.issue_date)


def build_vdab_confirmation(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    start, end = pub_window(ctx, rng, 9, closed=True)
    ref = digits(rng, 8)
    if lang == "nl":
        blocks = (
            B("letterhead", "VDAB – Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding\nWerkgeversservice · Keizerslaan 11, 1000 Brussel"),
            B("para", f"{ctx.employer}\n{ctx.employer_address}"),
            B("field", rows=(("Uw referte", f"HR-{digits(rng, 4)}"), ("Ons kenmerk", f"WGS/{ref}"), ("Datum", fdate(ctx.issue_date, "nl")))),
            B("subtitle", "Betreft: bevestiging van publicatie van uw vacature"),
            B("para", f"Geachte, hierbij bevestigen wij dat uw vacature '{ctx.job_title}' met vacaturenummer {ref} "
                      f"gepubliceerd werd op vdab.be van {fdate(start, 'nl')} tot {fdate(end, 'nl')}, "
                      f"en doorgestuurd werd naar het EURES-portaal."),
            B("para", "Deze bevestiging kan u toevoegen aan een aanvraag tot toelating tot arbeid. Ze geldt niet als beslissing "
                      "over die aanvraag; de arbeidsovereenkomst, het diploma en het medisch attest van de kandidaat "
                      "moeten apart worden bezorgd."),
            B("signature", "Accountmanager Werkgeversservice"),
            B("footer", "VDAB · vdab.be · 0800 30 700 · SPECIMEN"),
        )
    else:
        blocks = (
            B("letterhead", "VDAB – Flemish Public Employment Service\nEmployer Service"),
            B("title", "Confirmation of vacancy publication"),
            B("field", rows=(("Employer", ctx.employer), ("Vacancy", f"{ctx.job_title} – no. {ref}"),
                             ("Published on vdab.be", f"{fdate(start, 'en')} – {fdate(end, 'en')}"),
                             ("Shared with EURES", "yes"), ("Date", fdate(ctx.issue_date, "en")))),
            B("para", "This confirmation is issued at the employer's request, e.g. for a work authorisation file. SPECIMEN"),
            B("signature", "VDAB Employer Service"),
        )
    return DocSpec(doc_id=doc_id("vacancy_proof", lang, "vdab-confirmation", p, ctx, rng), doc_type="vacancy_proof", language=lang,
                   model="VDAB employer-service letter confirming a vacancy's publication period (labour market test, 9 weeks VDAB+EURES)",
                   pages=(blocks,), issue_date=ctx.issue_date)


def build_actiris(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    start, end = pub_window(ctx, rng, 5, closed=True)
    ref = f"{rng.choice(['OE', 'WA'])}{digits(rng, 7)}"
    head = "ACTIRIS\nOffice régional bruxellois de l'Emploi – Brusselse Gewestelijke Dienst voor Arbeidsbemiddeling\nAvenue de l'Astronomie 14 / Sterrenkundelaan 14, 1210 Bruxelles/Brussel"
    if lang == "fr":
        blocks = (
            B("letterhead", head),
            B("title", "ATTESTATION DE DIFFUSION D'UNE OFFRE D'EMPLOI"),
            B("para", f"Actiris atteste que l'offre d'emploi ci-dessous, introduite par {ctx.employer}, a été diffusée "
                      f"sur actiris.brussels du {fdate(start, 'fr')} au {fdate(end, 'fr')} inclus, soit "
                      f"{(end - start).days // 7} semaines."),
            B("field", rows=(("Référence de l'offre", ref), ("Intitulé", ctx.job_title), ("Lieu de travail", "Région de Bruxelles-Capitale"),
                             ("Type de contrat", rng.choice(["CDI temps plein", "CDD 12 mois temps plein"])),
                             ("Diplôme requis", rng.choice(DIPLOMA_REQ["fr"])), ("Langues", "français, néerlandais, anglais"))),
            B("para", "Candidatures reçues via Actiris : " + str(rng.randint(0, 14)) + ". La présente attestation est délivrée "
                      "à la demande de l'employeur dans le cadre d'une demande de permis unique."),
            B("signature", "Service Employeurs – Actiris"),
            B("footer", "SPECIMEN – Actiris ne se prononce pas sur l'octroi de l'autorisation de travail."),
        )
    elif lang == "nl":
        blocks = (
            B("letterhead", head),
            B("title", "ATTEST VAN VERSPREIDING VAN EEN WERKAANBIEDING"),
            B("para", f"Actiris verklaart dat de onderstaande werkaanbieding van {ctx.employer} verspreid werd op "
                      f"actiris.brussels van {fdate(start, 'nl')} tot en met {fdate(end, 'nl')}."),
            B("field", rows=(("Referentie", ref), ("Functie", ctx.job_title), ("Contract", "onbepaalde duur, voltijds"),
                             ("Vereist diploma", rng.choice(DIPLOMA_REQ["nl"])))),
            B("para", "Dit attest wordt op verzoek van de werkgever afgeleverd met het oog op een aanvraag voor een gecombineerde vergunning."),
            B("signature", "Dienst Werkgevers – Actiris"),
            B("footer", "SPECIMEN"),
        )
    else:
        blocks = (
            B("letterhead", head),
            B("title", "Certificate of job offer publication"),
            B("field", rows=(("Offer reference", ref), ("Job title", ctx.job_title), ("Employer", ctx.employer),
                             ("Published on actiris.brussels", f"{fdate(start, 'en')} – {fdate(end, 'en')}"),
                             ("Required qualification", rng.choice(DIPLOMA_REQ["en"])))),
            B("para", "Issued at the employer's request for a single-permit application (Brussels labour market test). SPECIMEN"),
            B("signature", "Actiris Employer Service"),
        )
    return DocSpec(doc_id=doc_id("vacancy_proof", lang, "actiris", p, ctx, rng), doc_type="vacancy_proof", language=lang,
                   model="Actiris attestation de diffusion / attest van verspreiding (Brussels, ≥5 weeks publication)",
                   pages=(blocks,), issue_date=ctx.issue_date)


def build_forem(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    start, end = pub_window(ctx, rng, 5)
    ref = digits(rng, 7)
    city = rng.choice(["Liège", "Namur", "Charleroi", "Mons", "Wavre", "Arlon"])
    pg1 = (
        B("letterhead", "leforem.be  ›  Offres d'emploi  ›  Détail de l'offre"),
        B("heading", f"Offre n° {ref}"),
        B("title", ctx.job_title.upper()),
        B("field", rows=(("Employeur", ctx.employer), ("Lieu de travail", city), ("Publiée le", fdate(start, "fr", "num")),
                         ("Date de fin de diffusion", fdate(end, "fr", "num")), ("Secteur", rng.choice(["Informatique", "Logistique", "Soins de santé", "Construction"])))),
        B("heading", "Fonction"),
        B("list", rows=tuple((x,) for x in rng.sample(TASKS["fr"], 3))),
        B("heading", "Profil du candidat"),
        B("list", rows=((f"Diplôme : {rng.choice(DIPLOMA_REQ['fr'])}",), (f"Expérience : {rng.randint(0, 5)} an(s)",),
                        ("Permis de conduire B",), ("Langues : français (très bon), anglais (bon)",))),
        B("heading", "Conditions"),
        B("para", "Contrat à durée indéterminée, temps plein de jour. Rémunération selon barème de la commission paritaire."),
        B("footer", "Le Forem – Service public wallon de l'emploi et de la formation. SPECIMEN"),
    )
    pg2 = (
        B("heading", "Confirmation de diffusion – Conseiller entreprises"),
        B("para", f"Le Forem confirme que l'offre n° {ref} a été diffusée sur leforem.be et relayée sur le portail EURES "
                  f"pendant la période indiquée. Délivré à {city}, le {fdate(ctx.issue_date, 'fr')}."),
        B("signature", "Le/La conseiller(ère) entreprises"),
        B("stamp", "LE FOREM\nSERVICE ENTREPRISES\nSPECIMEN"),
    )
    pages = (pg1, pg2) if rng.random() < 0.6 else (pg1,)
    return DocSpec(doc_id=doc_id("vacancy_proof", "fr", "forem", p, ctx, rng), doc_type="vacancy_proof", language="fr",
                   model="leforem.be job offer detail print (+ optional Forem confirmation of diffusion)",
                   pages=pages, issue_date=ctx.issue_date)


def build_adg(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    start, end = pub_window(ctx, rng, 5, closed=True)
    ref = f"ST-{ctx.issue_date.year}-{digits(rng, 4)}"
    pg1 = (
        B("letterhead", "Arbeitsamt der Deutschsprachigen Gemeinschaft (ADG)\nHütte 79, 4700 Eupen · www.adg.be"),
        B("title", "Bescheinigung über die Veröffentlichung eines Stellenangebots"),
        B("para", f"Das Arbeitsamt der DG bescheinigt, dass das Stellenangebot Nr. {ref} des Arbeitgebers {ctx.employer} "
                  f"vom {fdate(start, 'de')} bis zum {fdate(end, 'de')} auf www.adg.be veröffentlicht und an EURES "
                  f"übermittelt wurde."),
        B("heading", "Stellenangebot"),
        B("field", rows=(("Beruf", ctx.job_title), ("Arbeitsort", rng.choice(["Eupen", "Sankt Vith", "Kelmis", "Bütgenbach"])),
                         ("Vertrag", "unbefristet, Vollzeit"), ("Anforderungen", rng.choice(DIPLOMA_REQ["de"])),
                         ("Sprachen", "Deutsch, Französisch"))),
        B("list", rows=tuple((x,) for x in rng.sample(TASKS["de"], 2))),
        B("para", f"Eupen, den {fdate(ctx.issue_date, 'de')}"),
        B("signature", "Dienst für Arbeitgeber"),
        B("footer", "SPECIMEN – Diese Bescheinigung ersetzt keine Beschäftigungserlaubnis des Ministeriums der DG."),
    )
    return DocSpec(doc_id=doc_id("vacancy_proof", "de", "adg", p, ctx, rng), doc_type="vacancy_proof", language="de",
                   model="Arbeitsamt der DG (ADG) certificate of publication of a Stellenangebot",
                   pages=(pg1,), issue_date=ctx.issue_date)


def build_eures(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    start, end = pub_window(ctx, rng, rng.choice([5, 9]))
    src = {"flanders": "VDAB", "brussels": "Actiris", "wallonia": "Le Forem", "german": "ADG"}.get(ctx.region, "VDAB")
    lab = {"en": ("Job vacancy", "Published", "Last modification", "Application deadline", "Offered by", "Job description", "Requirements", "Education level"),
           "fr": ("Offre d'emploi", "Publiée le", "Dernière modification", "Date limite de candidature", "Proposé par", "Description", "Exigences", "Niveau d'éducation"),
           "nl": ("Vacature", "Gepubliceerd", "Laatst gewijzigd", "Uiterste sollicitatiedatum", "Aangeboden door", "Functieomschrijving", "Vereisten", "Opleidingsniveau"),
           "de": ("Stellenangebot", "Veröffentlicht", "Letzte Änderung", "Bewerbungsfrist", "Angeboten von", "Beschreibung", "Anforderungen", "Bildungsniveau")}[lang]
    blocks = (
        B("letterhead", "EURES – The European Job Mobility Portal · eures.europa.eu"),
        B("subtitle", lab[0]),
        B("title", ctx.job_title),
        B("field", rows=((lab[1], fdate(start, lang)), (lab[2], fdate(start + timedelta(days=3), lang)), (lab[3], fdate(end, lang)),
                         (lab[4], f"{ctx.employer} – via {src}"), ("ID", f"{digits(rng, 3)}{rng.choice('ABCDEF')}{digits(rng, 8)}"),
                         (lab[7], "ISCED 6/7"))),
        B("heading", lab[5]),
        B("list", rows=tuple((x,) for x in rng.sample(TASKS[lang], 2))),
        B("heading", lab[6]),
        B("para", rng.choice(DIPLOMA_REQ[lang])),
        B("footer", "© European Union · printed copy SPECIMEN"),
    )
    return DocSpec(doc_id=doc_id("vacancy_proof", lang, "eures", p, ctx, rng), doc_type="vacancy_proof", language=lang,
                   model="EURES portal job vacancy page (relayed from VDAB/Actiris/Forem/ADG)",
                   pages=(blocks,), issue_date=ctx.issue_date)


MODELS: list[Model] = [
    Model("vdab-job-page", "vacancy_proof", ("nl", "en"), build_vdab_page),
    Model("vdab-publication-confirmation", "vacancy_proof", ("nl", "en"), build_vdab_confirmation),
    Model("actiris-publication-certificate", "vacancy_proof", ("fr", "nl", "en"), build_actiris),
    Model("forem-offer-print", "vacancy_proof", ("fr",), build_forem),
    Model("adg-publication-certificate", "vacancy_proof", ("de",), build_adg),
    Model("eures-vacancy-page", "vacancy_proof", ("en", "fr", "nl", "de"), build_eures),
]
