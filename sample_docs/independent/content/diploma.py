"""Diplomas and degree certificates (doc_type ``diploma``), written without docscan's rules.

Models imitate real layouts found with the ``search`` tool and general knowledge of them:
Belgian university/hogeschool diplomas (FWB decree "paysage" of 7 Nov 2013, Flemish Codex Hoger
Onderwijs), a provisional "attestation de réussite tenant lieu de diplôme", an Indian B.Tech degree
certificate read at convocation, a Philippine state-university diploma, a Moroccan licence, a
Brazilian "diploma de bacharel" with a sworn translation, a German Masterurkunde + Zeugnis, and a
US-style official transcript that states the degree conferred. All people and numbers are invented.
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


# ---------------------------------------------------------------------------- field pools
FIELDS = {
    "fr": ["en sciences informatiques", "en ingénieur civil en informatique", "en sciences de gestion",
           "en ingénieur civil électromécanicien", "en sciences biomédicales", "en chimie",
           "en sciences économiques, orientation générale", "en sciences de l'ingénieur industriel"],
    "nl": ["in de informatica", "in de industriële wetenschappen: elektromechanica",
           "in de toegepaste economische wetenschappen", "in de ingenieurswetenschappen: computerwetenschappen",
           "in de biomedische wetenschappen", "in de verpleegkunde", "in de chemie"],
    "de": ["Informatik", "Maschinenbau", "Wirtschaftsinformatik", "Elektrotechnik", "Biochemie",
           "Data Science"],
    "en": ["Computer Science and Engineering", "Electronics and Communication Engineering",
           "Mechanical Engineering", "Information Technology", "Chemical Engineering",
           "Electrical and Electronics Engineering"],
}
MENTIONS = {
    "fr": ["avec satisfaction", "avec distinction", "avec grande distinction", "avec la plus grande distinction"],
    "nl": ["op voldoende wijze", "met onderscheiding", "met grote onderscheiding", "met de grootste onderscheiding"],
    "de": ["gut (2,0)", "sehr gut (1,4)", "befriedigend (2,7)", "mit Auszeichnung (1,0)"],
}
CITIES_BE = ["Bruxelles", "Liège", "Namur", "Mons", "Louvain-la-Neuve", "Charleroi"]
STEDEN_BE = ["Brussel", "Gent", "Leuven", "Antwerpen", "Hasselt", "Kortrijk", "Brugge"]


# ------------------------------------------------------------------------------- models
def build_be_master(p: Person, ctx: Context, lang: str) -> DocSpec:
    """Belgian university master's diploma: big university name, large title, decree reference."""
    rng = ctx.rng
    g = grad_date(p, ctx, rng, 23)
    num = f"{g.year}/{digits(rng, 5)}"
    if lang == "fr":
        city = rng.choice(CITIES_BE)
        field = rng.choice(FIELDS["fr"])
        pages = ((
            B("letterhead", f"UNIVERSITÉ SPECIMEN DE {city.upper()}\nFédération Wallonie-Bruxelles", align="center"),
            B("para", "Vu le décret du 7 novembre 2013 définissant le paysage de l'enseignement supérieur "
                      "et l'organisation académique des études ;", align="center"),
            B("para", "Vu le procès-verbal de délibération du jury ;", align="center"),
            B("title", "DIPLÔME DE MASTER", align="center"),
            B("para", f"Le Recteur de l'Université SPECIMEN de {city} certifie que "
                      f"{'Madame' if p.sex == 'F' else 'Monsieur'} {full(p)}, "
                      f"né{'e' if p.sex == 'F' else ''} à {p.birth_place} le {fdate(p.birth_date, 'fr')}, "
                      f"a obtenu le grade académique de", align="center"),
            B("subtitle", f"MASTER {field.upper()} (120 crédits) – finalité spécialisée", align="center"),
            B("para", f"{rng.choice(MENTIONS['fr'])}, à la session de {MONTHS['fr'][g.month - 1]} {g.year}.", align="center"),
            B("field", rows=(("Diplôme n°", num), ("Niveau CEC/EQF", "7"), ("Donné à", f"{city}, le {fdate(g + timedelta(days=rng.randint(20, 90)), 'fr')}"))),
            B("signature", "Le Doyen de la Faculté"),
            B("signature", "Le Recteur"),
            B("signature", "Le/La titulaire"),
            B("stamp", f"UNIVERSITÉ SPECIMEN\n{city.upper()}\nSCEAU"),
            B("footer", "Ce diplôme est accompagné d'un supplément au diplôme. Document SPECIMEN – toute reproduction sans valeur."),
        ),)
    elif lang == "nl":
        city = rng.choice(STEDEN_BE)
        field = rng.choice(FIELDS["nl"])
        pages = ((
            B("letterhead", f"Universiteit SPECIMEN {city}", align="center"),
            B("title", "DIPLOMA", align="center"),
            B("para", "De rector van de Universiteit SPECIMEN, gelet op de Codex Hoger Onderwijs, "
                      "en op voordracht van de examencommissie,", align="center"),
            B("para", "verklaart dat", align="center"),
            B("subtitle", f"{full(p)}", align="center"),
            B("para", f"geboren te {p.birth_place} op {fdate(p.birth_date, 'nl')}, "
                      f"de graad heeft behaald van", align="center"),
            B("subtitle", f"Master of Science {field}", align="center"),
            B("para", f"{rng.choice(MENTIONS['nl'])}.", align="center"),
            B("field", rows=(("Datum van de beraadslaging", fdate(g, "nl")), ("Diplomanummer", num),
                             ("Niveau Vlaamse kwalificatiestructuur", "7"))),
            B("para", f"Gegeven te {city}, {fdate(g + timedelta(days=rng.randint(14, 60)), 'nl')}."),
            B("signature", "De decaan"),
            B("signature", "De rector"),
            B("stamp", "UNIVERSITEIT SPECIMEN\nDROOGSTEMPEL"),
            B("footer", "SPECIMEN – Bij dit diploma hoort een diplomasupplement."),
        ),)
    else:  # de: Autonome Hochschule in der DG issues Bachelor; use a university in Liège region bilingual
        field = rng.choice(FIELDS["de"])
        pages = ((
            B("letterhead", "AUTONOME HOCHSCHULE SPECIMEN\nin der Deutschsprachigen Gemeinschaft Belgiens\nEupen", align="center"),
            B("title", "Diplom", align="center"),
            B("para", "Gemäß dem Dekret vom 27. Juni 2005 zur Schaffung einer autonomen Hochschule "
                      "und auf Beschluss des Prüfungsausschusses", align="center"),
            B("para", f"wird {'Frau' if p.sex == 'F' else 'Herrn'} {full(p)}, geboren am "
                      f"{fdate(p.birth_date, 'de')} in {p.birth_place}, der akademische Grad", align="center"),
            B("subtitle", f"Bachelor – {field}", align="center"),
            B("para", f"mit dem Prädikat „{rng.choice(MENTIONS['de'])}“ verliehen.", align="center"),
            B("field", rows=(("Diplom-Nr.", num), ("Eupen, den", fdate(g + timedelta(days=30), "de")))),
            B("signature", "Der Direktor"),
            B("signature", "Der Vorsitzende des Prüfungsausschusses"),
            B("stamp", "AHS SPECIMEN\nSIEGEL"),
            B("footer", "SPECIMEN – Muster ohne Rechtswirkung."),
        ),)
    return DocSpec(doc_id=doc_id("diploma", lang, "be-univ", p, ctx, rng), doc_type="diploma", language=lang,
                   model="Belgian university diploma (FWB decree 7 Nov 2013 / Flemish Codex Hoger Onderwijs / AHS DG), layout after UCLouvain/KU Leuven-style parchments",
                   pages=pages, issue_date=g)


def build_be_attest(p: Person, ctx: Context, lang: str) -> DocSpec:
    """Registrar's provisional certificate: 'attestation tenant lieu de diplôme' on letter paper."""
    rng = ctx.rng
    g = grad_date(p, ctx, rng, 22)
    issued = min(ctx.issue_date, g + timedelta(days=rng.randint(3, 40)))
    ref = f"INS/{g.year}/{digits(rng, 6)}"
    if lang == "fr":
        field = rng.choice(FIELDS["fr"])
        blocks = (
            B("letterhead", "Haute École SPECIMEN – Service des inscriptions\nRue du Campus 12, 4000 Liège\ninscriptions@he-specimen.example"),
            B("field", rows=(("Réf.", ref), ("Date", fdate(issued, "fr")))),
            B("title", "Attestation de réussite tenant lieu de diplôme"),
            B("para", f"La Directrice-Présidente de la Haute École SPECIMEN atteste que "
                      f"{'Mme' if p.sex == 'F' else 'M.'} {formal(p)}, né(e) le {fdate(p.birth_date, 'fr', 'num')} "
                      f"à {p.birth_place}, de nationalité {nat(p, 'fr')}, a satisfait aux épreuves du "
                      f"cycle d'études conduisant au grade de BACHELIER {field.upper()} lors de la délibération "
                      f"du {fdate(g, 'fr')}, avec la mention « {rng.choice(MENTIONS['fr'])} »."),
            B("para", "Le diplôme original sera délivré ultérieurement ; la présente attestation en tient lieu "
                      "jusqu'à sa remise. Elle peut être produite auprès de tout employeur ou administration "
                      "(notamment dans le cadre d'une demande de permis unique)."),
            B("signature", "Pour la Directrice-Présidente, le Directeur de catégorie"),
            B("stamp", "HAUTE ÉCOLE SPECIMEN\nSecrétariat"),
            B("footer", "SPECIMEN — Attestation délivrée sur demande de l'étudiant(e)."),
        )
    elif lang == "nl":
        field = rng.choice(FIELDS["nl"])
        blocks = (
            B("letterhead", "Hogeschool SPECIMEN\nStudentenadministratie – Campus Noord\nNijverheidskaai 7, 9000 Gent"),
            B("field", rows=(("Ons kenmerk", ref), ("Gent,", fdate(issued, "nl")))),
            B("title", "Attest van diplomering"),
            B("para", f"Hierbij bevestigt de Hogeschool SPECIMEN dat {full(p)} (°{fdate(p.birth_date, 'nl', 'num')}, "
                      f"{p.birth_place}) het diploma van Bachelor {field} heeft behaald op {fdate(g, 'nl')}, "
                      f"{rng.choice(MENTIONS['nl'])}."),
            B("para", "Dit attest geldt als voorlopig bewijs tot het officiële diploma wordt uitgereikt op de "
                      "proclamatie. Het diploma wordt geregistreerd in de Databank Hoger Onderwijs (DHO)."),
            B("signature", "Het diensthoofd studentenadministratie"),
            B("footer", "SPECIMEN – dit attest wordt enkel digitaal ondertekend afgeleverd."),
        )
    else:  # en
        field = rng.choice(FIELDS["en"])
        blocks = (
            B("letterhead", "SPECIMEN UNIVERSITY BRUSSELS – Registrar's Office\nBoulevard de l'Exemple 50, 1050 Brussels"),
            B("title", "Certificate of Graduation"),
            B("subtitle", "(provisional — in lieu of diploma)"),
            B("para", f"This is to certify that {full(p)}, born on {fdate(p.birth_date, 'en')} in {p.birth_place}, "
                      f"student number {digits(rng, 8)}, has successfully completed all requirements of the "
                      f"programme Master of Science in {field} and was awarded the degree on {fdate(g, 'en')} "
                      f"{rng.choice(['with distinction', 'with great distinction', 'with satisfaction'])}."),
            B("para", "The official diploma will be handed over at the graduation ceremony. This certificate is "
                      "issued at the request of the graduate for administrative purposes."),
            B("field", rows=(("Reference", ref), ("Brussels, ", fdate(issued, "en")))),
            B("signature", "Head of the Registrar's Office"),
            B("footer", "SPECIMEN document – no legal value."),
        )
    return DocSpec(doc_id=doc_id("diploma", lang, "be-attest", p, ctx, rng), doc_type="diploma", language=lang,
                   model="Belgian registrar's provisional certificate of graduation (attestation de réussite / attest van diplomering)",
                   pages=(blocks,), issue_date=issued)


def ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def build_in_btech(p: Person, ctx: Context, lang: str) -> DocSpec:
    """Indian degree certificate: huge university name, small 'Degree Certificate' caption, convocation text."""
    rng = ctx.rng
    g = grad_date(p, ctx, rng, 21)
    uni = rng.choice(["SPECIMEN INSTITUTE OF TECHNOLOGY UNIVERSITY", "SPECIMEN TECHNOLOGICAL UNIVERSITY",
                      "UNIVERSITY OF SPECIMEN, CHENNAI"])
    branch = rng.choice(FIELDS["en"])
    roll = f"{rng.choice(['1BM', '21CS', '17EC', 'RA'])}{digits(rng, 7)}"
    blocks = (
        B("letterhead", f"{uni}", align="center"),
        B("para", "(Established under State Act No. XX of 1994 · Recognised by the UGC under Section 2(f))", align="center"),
        B("subtitle", "Degree Certificate", align="center"),
        B("field", rows=(("Sl. No.", f"DC {digits(rng, 6)}"), ("Register No.", roll))),
        B("para", "This is to certify that", align="center"),
        B("subtitle", full(p).upper(), align="center"),
        B("para", f"having passed the examination held in {MONTHS['en'][g.month - 1]} {g.year} has been admitted to the "
                  f"degree of BACHELOR OF TECHNOLOGY in {branch} and placed in the "
                  f"{rng.choice(['FIRST CLASS WITH DISTINCTION', 'FIRST CLASS', 'SECOND CLASS'])}.", align="center"),
        B("para", f"Given under the seal of the University at the {ordinal(rng.randint(14, 41))} Annual Convocation held on "
                  f"{fdate(g + timedelta(days=rng.randint(90, 300)), 'en')}.", align="center"),
        B("photo", "photo"),
        B("signature", "Controller of Examinations"),
        B("signature", "Vice-Chancellor"),
        B("stamp", "SEAL OF THE UNIVERSITY\nSPECIMEN"),
        B("footer", "Verify at verification portal quoting the Sl. No. · SPECIMEN"),
    )
    return DocSpec(doc_id=doc_id("diploma", "en", "in-btech", p, ctx, rng), doc_type="diploma", language="en",
                   model="Indian university B.Tech degree certificate (convocation wording, Sl. No./Register No.)",
                   pages=(blocks,), issue_date=g)


def build_ph_diploma(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    g = grad_date(p, ctx, rng, 21)
    prog = rng.choice(["Bachelor of Science in Nursing", "Bachelor of Science in Information Technology",
                       "Bachelor of Science in Civil Engineering", "Bachelor of Science in Accountancy"])
    blocks = (
        B("letterhead", "Republic of the Philippines\nSPECIMEN STATE UNIVERSITY\nQuezon City", align="center"),
        B("para", "To all persons who may read this diploma, greetings:", align="center"),
        B("para", "Be it known that the Board of Regents, upon recommendation of the Faculty of the "
                  "College, has conferred upon", align="center"),
        B("subtitle", full(p).upper(), align="center"),
        B("para", "the degree of", align="center"),
        B("title", prog, align="center"),
        B("para", "with all the rights, privileges and honors thereunto appertaining. In witness whereof, the "
                  f"seal of the University and the signatures of its officers are hereunto affixed this "
                  f"{fdate(g, 'en')}.", align="center"),
        B("field", rows=(("Special Order No.", f"(B)(R-IV)No. 50-{digits(rng, 6)} s. {g.year}"),
                         ("CHED Recognition", "SPECIMEN"))),
        B("signature", "University Registrar"),
        B("signature", "President"),
        B("stamp", "SPECIMEN STATE UNIVERSITY\nOFFICIAL SEAL"),
        B("footer", "Authenticated copy – CHED / DFA apostille attached separately. SPECIMEN"),
    )
    return DocSpec(doc_id=doc_id("diploma", "en", "ph-diploma", p, ctx, rng), doc_type="diploma", language="en",
                   model="Philippine state-university diploma (Board of Regents wording, CHED special order number)",
                   pages=(blocks,), issue_date=g)


def build_ma_licence(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    g = grad_date(p, ctx, rng, 21)
    filiere = rng.choice(["Sciences Mathématiques et Informatique", "Sciences Économiques et Gestion",
                          "Génie Électrique", "Sciences de la Matière Chimie"])
    blocks = (
        B("letterhead", "ROYAUME DU MAROC\nUniversité SPECIMEN – Fès\nFaculté des Sciences Dhar El Mahraz", align="center"),
        B("title", "DIPLÔME DE LICENCE D'ÉTUDES FONDAMENTALES", align="center"),
        B("para", "Vu la loi n° 01-00 portant organisation de l'enseignement supérieur ;\n"
                  "Vu le cahier des normes pédagogiques nationales du cycle de licence ;\n"
                  "Vu le procès-verbal du jury de délibération ;"),
        B("para", f"Le Président de l'Université confère à {'Mlle/Mme' if p.sex == 'F' else 'M.'} {formal(p)}"
                  f", né(e) le {fdate(p.birth_date, 'fr', 'num')} à {p.birth_place}, "
                  f"CNE {rng.choice('BDFGJ')}{digits(rng, 9)}, le"),
        B("subtitle", f"Diplôme de Licence d'Études Fondamentales – Filière : {filiere}", align="center"),
        B("field", rows=(("Mention", rng.choice(["Passable", "Assez Bien", "Bien", "Très Bien"])),
                         ("Session", f"{rng.choice(['Printemps', 'Automne'])} {g.year}"),
                         ("N° d'enregistrement", f"{digits(rng, 4)}/{g.year}"),
                         ("Fait à Fès, le", fdate(g + timedelta(days=rng.randint(60, 200)), "fr", "num")))),
        B("signature", "Le Doyen"),
        B("signature", "Le Président de l'Université"),
        B("stamp", "UNIVERSITÉ SPECIMEN\nFÈS"),
        B("footer", "Il n'est délivré qu'un seul exemplaire du présent diplôme. SPECIMEN"),
    )
    return DocSpec(doc_id=doc_id("diploma", "fr", "ma-licence", p, ctx, rng), doc_type="diploma", language="fr",
                   model="Moroccan 'Licence d'études fondamentales' (loi 01-00), French side of the bilingual parchment",
                   pages=(blocks,), issue_date=g)


def build_br_bacharel(p: Person, ctx: Context, lang: str) -> DocSpec:
    """Brazilian diploma in Portuguese (page 1) followed by a sworn translation (page 2)."""
    rng = ctx.rng
    g = grad_date(p, ctx, rng, 22)
    curso = rng.choice([("Engenharia Civil", {"fr": "Génie civil", "nl": "Burgerlijke bouwkunde", "en": "Civil Engineering"}),
                        ("Ciência da Computação", {"fr": "Informatique", "nl": "Informatica", "en": "Computer Science"}),
                        ("Administração", {"fr": "Administration des entreprises", "nl": "Bedrijfskunde", "en": "Business Administration"})])
    reg = f"{digits(rng, 5)}/{g.year}"
    orig = (
        B("letterhead", "REPÚBLICA FEDERATIVA DO BRASIL\nMINISTÉRIO DA EDUCAÇÃO\nUNIVERSIDADE FEDERAL SPECIMEN", align="center"),
        B("title", "DIPLOMA", align="center"),
        B("para", f"O Reitor da Universidade Federal SPECIMEN, no uso de suas atribuições e tendo em vista a conclusão "
                  f"do Curso de {curso[0]}, em {fdate(g, 'pt')}, confere o título de Bacharel em {curso[0]} a", align="center"),
        B("subtitle", full(p).upper(), align="center"),
        B("para", f"{p.nationality_name.get('pt') or ('brasileiro(a)' if p.nationality == 'BRA' else 'de nacionalidade ' + p.nationality)}, natural de {p.birth_place}, nascido(a) em "
                  f"{fdate(p.birth_date, 'pt')}, e outorga-lhe o presente diploma, a fim de que possa gozar "
                  f"de todos os direitos e prerrogativas legais.", align="center"),
        B("field", rows=(("Registro nº", reg), ("Processo", f"23{digits(rng, 3)}.{digits(rng, 6)}/{g.year}"))),
        B("signature", "Reitor"),
        B("signature", "Diplomado(a)"),
        B("footer", "Diploma registrado nos termos do art. 48 da Lei nº 9.394/1996. ESPÉCIME / SPECIMEN"),
    )
    t = lang
    if t == "fr":
        trans = (
            B("letterhead", "Traduction jurée du portugais vers le français\nTraducteur juré SPECIMEN – inscrit au Registre national des traducteurs jurés"),
            B("heading", "[Armoiries] République fédérative du Brésil – Ministère de l'Éducation – Université fédérale SPECIMEN"),
            B("para", f"DIPLÔME. Le Recteur de l'Université fédérale SPECIMEN, dans l'exercice de ses attributions et "
                      f"vu l'achèvement du cursus de {curso[1]['fr']} le {fdate(g, 'fr')}, confère le titre de "
                      f"Bachelier (Bacharel) en {curso[1]['fr']} à {full(p).upper()}, né(e) à {p.birth_place} le "
                      f"{fdate(p.birth_date, 'fr')}. Enregistrement n° {reg}."),
            B("para", "Je soussigné, traducteur juré, certifie que la présente traduction est conforme à l'original "
                      "en langue portugaise qui m'a été présenté."),
            B("signature", "Le traducteur juré"),
            B("stamp", "TRADUCTEUR JURÉ\nSPECIMEN\nPT>FR"),
        )
    elif t == "nl":
        trans = (
            B("letterhead", "Beëdigde vertaling uit het Portugees naar het Nederlands\nBeëdigd vertaler SPECIMEN – Nationaal Register beëdigd vertalers"),
            B("para", f"DIPLOMA. De Rector van de Federale Universiteit SPECIMEN verleent, na voltooiing van de opleiding "
                      f"{curso[1]['nl']} op {fdate(g, 'nl')}, de titel van Bachelor (Bacharel) in de {curso[1]['nl']} aan "
                      f"{full(p).upper()}, geboren te {p.birth_place} op {fdate(p.birth_date, 'nl')}. Registratie nr. {reg}."),
            B("para", "Ondergetekende, beëdigd vertaler, verklaart dat deze vertaling getrouw en volledig is."),
            B("signature", "De beëdigd vertaler"),
            B("stamp", "BEËDIGD VERTALER\nSPECIMEN"),
        )
    else:
        trans = (
            B("letterhead", "Certified translation from Portuguese into English\nSworn translator SPECIMEN (Belgian national register of sworn translators)"),
            B("para", f"DIPLOMA. The Rector of the Federal University SPECIMEN, having regard to the completion of the "
                      f"{curso[1]['en']} programme on {fdate(g, 'en')}, confers the degree of Bachelor (Bacharel) of "
                      f"{curso[1]['en']} upon {full(p).upper()}, born in {p.birth_place} on {fdate(p.birth_date, 'en')}. "
                      f"Registration no. {reg}."),
            B("para", "I, the undersigned sworn translator, certify this to be a true and complete translation of the original."),
            B("signature", "Sworn translator"),
            B("stamp", "SWORN TRANSLATOR\nSPECIMEN"),
        )
    return DocSpec(doc_id=doc_id("diploma", f"pt+{t}", "br-bacharel", p, ctx, rng), doc_type="diploma",
                   language=f"pt+{t}", model="Brazilian federal-university 'Diploma de Bacharel' (Lei 9.394/1996 registration) + Belgian sworn translation",
                   pages=(orig, trans), issue_date=g)


def build_de_urkunde(p: Person, ctx: Context, lang: str) -> DocSpec:
    """German Masterurkunde (page 1) with Zeugnis grades (page 2); English variant for bilingual issue."""
    rng = ctx.rng
    g = grad_date(p, ctx, rng, 23)
    fach = rng.choice(FIELDS["de"])
    grade = rng.choice(["1,3", "1,7", "2,0", "2,3"])
    if lang == "de":
        p1 = (
            B("letterhead", "Technische Universität SPECIMEN\nFakultät für Informatik und Elektrotechnik", align="center"),
            B("title", "URKUNDE", align="center"),
            B("para", f"Die Technische Universität SPECIMEN verleiht mit dieser Urkunde {'Frau' if p.sex == 'F' else 'Herrn'}", align="center"),
            B("subtitle", full(p), align="center"),
            B("para", f"geboren am {fdate(p.birth_date, 'de')} in {p.birth_place}", align="center"),
            B("para", f"den akademischen Grad Master of Science (M.Sc.), nachdem die Masterprüfung im Studiengang "
                      f"{fach} am {fdate(g, 'de')} bestanden wurde.", align="center"),
            B("field", rows=(("Ort, Datum", f"SPECIMENSTADT, {fdate(g + timedelta(days=21), 'de')}"),)),
            B("signature", "Die Präsidentin"),
            B("signature", "Der Dekan"),
            B("stamp", "TU SPECIMEN\nSIEGEL"),
        )
        p2 = (
            B("heading", "Zeugnis über die Masterprüfung"),
            B("field", rows=(("Name", formal(p)), ("Matrikelnummer", digits(rng, 7)), ("Studiengang", f"{fach} (M.Sc.)"))),
            B("table", rows=(("Modul", "ECTS", "Note"), ("Pflichtmodule", "60", rng.choice(["1,7", "2,0"])),
                             ("Wahlpflichtmodule", "30", rng.choice(["1,3", "2,3"])), ("Masterarbeit", "30", rng.choice(["1,0", "1,3"])))),
            B("field", rows=(("Gesamtnote", grade), ("Thema der Masterarbeit", "Verteilte Verfahren für SPECIMEN-Daten"))),
            B("footer", "Notenskala: 1,0–1,5 sehr gut; 1,6–2,5 gut; 2,6–3,5 befriedigend; 3,6–4,0 ausreichend. SPECIMEN"),
        )
    else:
        p1 = (
            B("letterhead", "SPECIMEN University of Technology (Germany)\nFaculty of Computer Science", align="center"),
            B("title", "Master's Degree Certificate", align="center"),
            B("para", f"SPECIMEN University of Technology hereby awards {full(p)}, born {fdate(p.birth_date, 'en')} in "
                      f"{p.birth_place}, the academic degree Master of Science (M.Sc.) in {fach}, having passed the "
                      f"master's examination on {fdate(g, 'en')} with the overall grade {grade}.", align="center"),
            B("signature", "President"),
            B("signature", "Dean"),
            B("stamp", "SPECIMEN UNIVERSITY OF TECHNOLOGY\nSEAL"),
        )
        p2 = (
            B("heading", "Transcript (Zeugnis) – Master's examination"),
            B("table", rows=(("Module group", "ECTS", "Grade"), ("Compulsory modules", "60", "1.7"), ("Electives", "30", "2.0"), ("Master's thesis", "30", "1.3"))),
            B("footer", "This English version is issued together with the German original (Urkunde). SPECIMEN"),
        )
    return DocSpec(doc_id=doc_id("diploma", lang, "de-urkunde", p, ctx, rng), doc_type="diploma", language=lang,
                   model="German university Masterurkunde + Zeugnis über die Masterprüfung (two sheets)",
                   pages=(p1, p2), issue_date=g)


def build_transcript_conferred(p: Person, ctx: Context, lang: str) -> DocSpec:
    """Official transcript that explicitly states the degree conferred (kept as diploma evidence)."""
    rng = ctx.rng
    g = grad_date(p, ctx, rng, 22)
    courses = [("CS101", "Programming Fundamentals", "4", "A"), ("MA201", "Linear Algebra", "3", "B+"),
               ("CS230", "Data Structures", "4", "A-"), ("CS340", "Operating Systems", "3", "B"),
               ("CS410", "Machine Learning", "3", "A"), ("HU120", "Technical Writing", "2", "A-"),
               ("CS499", "Capstone Project", "6", "A")]
    rng.shuffle(courses)
    if lang == "fr":
        rows = [("Code", "Intitulé", "Crédits", "Note /20")] + [(c, n, cr, str(rng.randint(11, 18))) for c, n, cr, _ in courses]
        p1 = (
            B("letterhead", "Université SPECIMEN de Tunis – Direction des études"),
            B("title", "Relevé de notes et attestation du grade conféré"),
            B("field", rows=(("Nom et prénom", formal(p)), ("Date de naissance", fdate(p.birth_date, "fr", "num")),
                             ("Passeport", p.passport_number), ("Grade conféré", "Licence nationale en informatique"),
                             ("Date de collation du grade", fdate(g, "fr")))),
            B("table", rows=rows),
            B("para", "Le grade susmentionné a été conféré à l'intéressé(e) par délibération du jury ; le diplôme "
                      "définitif est en cours d'édition. SPECIMEN"),
            B("signature", "Le Directeur des études"),
        )
    else:
        rows = [("Course", "Title", "Credits", "Grade")] + [tuple(c) for c in courses]
        p1 = (
            B("letterhead", "SPECIMEN UNIVERSITY – Office of the Registrar\n1200 College Ave, Specimen City"),
            B("title", "OFFICIAL TRANSCRIPT"),
            B("field", rows=(("Student", formal(p)), ("Date of birth", fdate(p.birth_date, "en")),
                             ("Student ID", digits(rng, 9)), ("Degree conferred", "Bachelor of Science, Computer Science"),
                             ("Date conferred", fdate(g, "en")), ("Honors", rng.choice(["Cum Laude", "Magna Cum Laude", "—"])))),
            B("table", rows=rows),
            B("field", rows=(("Cumulative GPA", f"3.{rng.randint(10, 95)}"),)),
            B("footer", "Issued to student in a sealed envelope – not valid if opened. SPECIMEN"),
            B("signature", "University Registrar"),
        )
    return DocSpec(doc_id=doc_id("diploma", lang, "transcript-conferred", p, ctx, rng), doc_type="diploma", language=lang,
                   model="University official transcript stating 'Degree conferred' / 'grade conféré' (US registrar / Maghreb faculty style)",
                   pages=(p1,), issue_date=g)


def build_tr_lisans(p: Person, ctx: Context, lang: str) -> DocSpec:
    """Turkish 'Lisans Diploması' (page 1, Turkish) with a sworn translation (page 2)."""
    rng = ctx.rng
    g = grad_date(p, ctx, rng, 22)
    bolum = rng.choice([("Bilgisayar Mühendisliği", {"fr": "génie informatique", "nl": "computeringenieurswetenschappen", "en": "Computer Engineering"}),
                        ("İnşaat Mühendisliği", {"fr": "génie civil", "nl": "bouwkunde", "en": "Civil Engineering"}),
                        ("İşletme", {"fr": "gestion d'entreprise", "nl": "bedrijfskunde", "en": "Business Administration"})])
    no = f"{digits(rng, 6)}"
    orig = (
        B("letterhead", "T.C.\nSPECIMEN ÜNİVERSİTESİ", align="center"),
        B("title", "DİPLOMA", align="center"),
        B("para", f"{p.birth_date.year} yılında {p.birth_place} doğumlu {full(p).upper()}, Mühendislik Fakültesi {bolum[0]} Bölümü'nü "
                  f"{fdate(g, 'en', 'num')} tarihinde bitirerek LİSANS diplomasını almaya hak kazanmıştır.", align="center"),
        B("field", rows=(("Diploma No", no), ("T.C. Kimlik No", digits(rng, 11)))),
        B("signature", "Dekan"), B("signature", "Rektör"),
        B("footer", "ÖRNEKTİR / SPECIMEN"),
    )
    T = {"fr": ("Traduction jurée du turc", f"DIPLÔME. {full(p).upper()}, né(e) en {p.birth_date.year} à {p.birth_place}, ayant achevé le {fdate(g, 'fr')} le département de {bolum[1]['fr']} "
                f"de la Faculté d'ingénierie, a obtenu le diplôme de LICENCE (Lisans, bac+4). Diplôme n° {no}.", "Pour traduction conforme, le traducteur juré"),
         "nl": ("Beëdigde vertaling uit het Turks", f"DIPLOMA. {full(p).upper()}, geboren in {p.birth_date.year} te {p.birth_place}, heeft op {fdate(g, 'nl')} de opleiding {bolum[1]['nl']} "
                f"aan de Faculteit Ingenieurswetenschappen voltooid en het LICENTIAAT/BACHELOR-diploma (Lisans, 4 jaar) behaald. Diplomanr. {no}.", "Voor getrouwe vertaling, de beëdigd vertaler"),
         "en": ("Certified translation from Turkish", f"DIPLOMA. {full(p).upper()}, born in {p.birth_date.year} in {p.birth_place}, completed the {bolum[1]['en']} department of the "
                f"Faculty of Engineering on {fdate(g, 'en')} and is entitled to the BACHELOR'S (Lisans) diploma. Diploma no. {no}.", "Certified true translation, sworn translator")}[lang]
    trans = (B("letterhead", f"{T[0]} · SPECIMEN"), B("para", T[1]), B("signature", T[2]), B("stamp", "SWORN TRANSLATOR\nTRADUCTEUR JURÉ\nSPECIMEN"))
    return DocSpec(doc_id=doc_id("diploma", f"tr+{lang}", "tr-lisans", p, ctx, rng), doc_type="diploma", language=f"tr+{lang}",
                   model="Turkish university Lisans diploması + sworn translation",
                   pages=(orig, trans), issue_date=g)


def build_in_provisional(p: Person, ctx: Context, lang: str) -> DocSpec:
    """Indian 'Provisional Degree Certificate' issued before convocation (common in files)."""
    rng = ctx.rng
    g = grad_date(p, ctx, rng, 21)
    blocks = (
        B("letterhead", "UNIVERSITY OF SPECIMEN\nOffice of the Controller of Examinations\nHyderabad – 500 007", align="center"),
        B("title", "PROVISIONAL CERTIFICATE", align="center"),
        B("field", rows=(("No.", f"PC/{g.year}/{digits(rng, 5)}"), ("Hall Ticket No.", digits(rng, 12)))),
        B("para", f"This is to certify that {full(p).upper()}, son/daughter of SPECIMEN, has passed the MASTER OF COMPUTER APPLICATIONS (MCA) "
                  f"examination held in {MONTHS['en'][g.month - 1]} {g.year} and was placed in FIRST DIVISION. He/She is eligible for the award "
                  "of the degree, which will be conferred at the next convocation."),
        B("para", f"Date: {fdate(g + timedelta(days=rng.randint(20, 60)), 'en', 'num')}"),
        B("signature", "Controller of Examinations"),
        B("stamp", "CONTROLLER OF EXAMINATIONS\nSPECIMEN"),
        B("footer", "This certificate is valid till the original degree is issued. SPECIMEN"),
    )
    return DocSpec(doc_id=doc_id("diploma", "en", "in-provisional", p, ctx, rng), doc_type="diploma", language="en",
                   model="Indian university provisional (degree) certificate issued by the Controller of Examinations",
                   pages=(blocks,), issue_date=g)



MODELS: list[Model] = [
    Model("be-university-diploma", "diploma", ("fr", "nl", "de"), build_be_master),
    Model("be-provisional-graduation-certificate", "diploma", ("fr", "nl", "en"), build_be_attest),
    Model("in-btech-degree-certificate", "diploma", ("en",), build_in_btech),
    Model("ph-state-university-diploma", "diploma", ("en",), build_ph_diploma),
    Model("ma-licence-etudes-fondamentales", "diploma", ("fr",), build_ma_licence),
    Model("br-diploma-bacharel-sworn-translation", "diploma", ("fr", "nl", "en"), build_br_bacharel),
    Model("de-masterurkunde-zeugnis", "diploma", ("de", "en"), build_de_urkunde),
    Model("tr-lisans-diploma-sworn-translation", "diploma", ("fr", "nl", "en"), build_tr_lisans),
    Model("in-provisional-degree-certificate", "diploma", ("en",), build_in_provisional),
    Model("transcript-degree-conferred", "diploma", ("en", "fr"), build_transcript_conferred),
]
