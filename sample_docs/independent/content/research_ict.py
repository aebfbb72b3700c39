"""Researcher and intra-corporate-transfer documents, written without docscan's rules.

doc_types: ``hosting_agreement``, ``assignment_letter``, ``group_employment_proof``.

Sources found with ``search``: BELSPO's hosting-agreement pages (conditions; "form duly completed
and signed by both parties"), the field list of annex 2 of the Royal Decree of 8 June 2007
(institution, head, researcher's passport number, diploma, project title, promotor, legal
relationship, gross monthly income, salary/grant, duration, resources for stay and return), the
list of hosting-agreement elements in Directive (EU) 2016/801; for ICT: vlaanderen.be's ICT page
(same group, 3 months' prior continuous employment, level-5 qualification) and assignment-letter
practice notes (home contract stays in force, assignment salary and allowances, home social
security, insurance, return guarantee). Companies and people are invented.
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



UNIS = {"fr": ["Université SPECIMEN de Bruxelles", "Université SPECIMEN de Liège", "Institut royal SPECIMEN des Sciences naturelles"],
        "nl": ["Universiteit SPECIMEN Gent", "Vrije Universiteit SPECIMEN Brussel", "Onderzoekscentrum SPECIMEN Leuven"],
        "de": ["Forschungsinstitut SPECIMEN Eupen", "Autonome Hochschule SPECIMEN (Forschungsabteilung)"],
        "en": ["SPECIMEN University Antwerp", "SPECIMEN Institute for Advanced Research (Brussels)", "SPECIMEN Centre for Microelectronics"]}
PROJECTS = ["Machine learning for SPECIMEN protein folding", "Low-carbon concrete SPECIMEN mixtures", "Quantum sensing with SPECIMEN diamonds",
            "Urban heat islands in SPECIMEN cities", "Federated analytics of SPECIMEN health records", "Coastal erosion modelling (SPECIMEN)"]


def stay(ctx: Context, rng) -> tuple[date, date]:
    s = ctx.issue_date + timedelta(days=rng.randint(30, 120))
    e = s + timedelta(days=365 * rng.choice([1, 2, 3, 4]) - 1)
    return s, e


# ============================================================================ hosting agreements
def build_annex2_form(p: Person, ctx: Context, lang: str) -> DocSpec:
    """The federal hosting-agreement form (annex 2 RD 8 June 2007, updated for Directive 2016/801)."""
    rng = ctx.rng
    s, e = stay(ctx, rng)
    org = rng.choice(UNIS[lang])
    proj = rng.choice(PROJECTS)
    inc = rng.randint(2600, 4600)
    L = {
        "fr": dict(title="CONVENTION D'ACCUEIL", sub="Annexe 2 à l'arrêté royal du 8 juin 2007 – directive (UE) 2016/801 – loi du 15 décembre 1980",
                   intro="En vue de l'autorisation de séjour de plus de trois mois en Belgique d'un ressortissant d'un pays tiers, invité en qualité de chercheur par un organisme de recherche agréé pour y mener un projet de recherche,",
                   inst="L'organisme ci-après :", decl="Déclare accueillir en qualité de chercheur :", proj="Pour le projet suivant :", reg="Selon les modalités suivantes :",
                   k=("Nom", "N° d'entreprise", "Adresse", "Chef de l'organisme", "Qualité", "Nom", "Prénom(s)", "Date de naissance", "Lieu de naissance", "Nationalité",
                      "N° de passeport", "Diplôme", "Titre du projet de recherche", "Promoteur", "Lieu d'exécution", "Nature de la relation juridique",
                      "Revenu mensuel (brut)", "Type de revenu", "Durée"),
                   rel=rng.choice(["contrat de travail", "bourse de recherche"]), typ=("[x] salaire  [ ] bourse  [ ] autre" ),
                   end="Et déclare en outre que la personne susmentionnée dispose des ressources requises pour couvrir ses frais de séjour, sa couverture sociale (assurance maladie) et son retour dans son pays d'origine.",
                   done="Fait en deux exemplaires à", sig=("Pour l'organisme de recherche (personne habilitée)", "Le chercheur")),
        "nl": dict(title="GASTOVEREENKOMST", sub="Bijlage 2 bij het koninklijk besluit van 8 juni 2007 – Richtlijn (EU) 2016/801 – wet van 15 december 1980",
                   intro="Met het oog op de machtiging tot een verblijf van meer dan drie maanden in België van een onderdaan van een derde land, uitgenodigd als onderzoeker door een erkende onderzoeksinstelling om er een onderzoeksproject uit te voeren,",
                   inst="De hierna vermelde instelling:", decl="Verklaart dat zij als onderzoeker ontvangt:", proj="Voor het volgende project:", reg="Volgens de volgende opvangregeling:",
                   k=("Naam", "Ondernemingsnummer", "Adres", "Hoofd van de instelling", "Hoedanigheid", "Naam", "Voorna(a)m(en)", "Geboortedatum", "Geboorteplaats", "Nationaliteit",
                      "Paspoortnummer", "Diploma", "Titel van het onderzoeksproject", "Projectleider (promotor)", "Uitvoeringsplaats", "Aard van de juridische relatie",
                      "Maandinkomen (brutobedrag)", "Type van inkomen", "Duur"),
                   rel=rng.choice(["arbeidsovereenkomst", "onderzoeksbeurs"]), typ="[x] salaris  [ ] beurs  [ ] andere",
                   end="En verklaart bovendien dat de hierboven vermelde persoon over de vereiste middelen beschikt om zijn verblijfkosten, zijn sociale dekking (ziekteverzekering) en zijn terugkeer naar zijn land van herkomst te dekken.",
                   done="Gedaan in twee exemplaren te", sig=("Voor de onderzoeksinstelling (gemachtigde persoon)", "De onderzoeker")),
        "de": dict(title="AUFNAHMEVEREINBARUNG", sub="Anlage 2 zum Königlichen Erlass vom 8. Juni 2007 – Richtlinie (EU) 2016/801 – Gesetz vom 15. Dezember 1980",
                   intro="Im Hinblick auf die Erlaubnis zum Aufenthalt von mehr als drei Monaten in Belgien eines Drittstaatsangehörigen, der von einer zugelassenen Forschungseinrichtung als Forscher eingeladen wird, um dort ein Forschungsprojekt durchzuführen,",
                   inst="Die nachstehende Einrichtung:", decl="erklärt, folgende Person als Forscher aufzunehmen:", proj="Für folgendes Projekt:", reg="Gemäß folgender Aufnahmeregelung:",
                   k=("Name", "Unternehmensnummer", "Anschrift", "Leiter der Einrichtung", "Eigenschaft", "Name", "Vorname(n)", "Geburtsdatum", "Geburtsort", "Staatsangehörigkeit",
                      "Reisepassnummer", "Diplom", "Titel des Forschungsprojekts", "Projektleiter", "Ausführungsort", "Art des Rechtsverhältnisses",
                      "Monatseinkommen (brutto)", "Art des Einkommens", "Dauer"),
                   rel=rng.choice(["Arbeitsvertrag", "Forschungsstipendium"]), typ="[x] Gehalt  [ ] Stipendium  [ ] sonstiges",
                   end="und erklärt ferner, dass die vorgenannte Person über die erforderlichen Mittel verfügt, um ihre Aufenthaltskosten, ihre soziale Absicherung (Krankenversicherung) und ihre Rückreise zu decken.",
                   done="Ausgefertigt in zwei Exemplaren in", sig=("Für die Forschungseinrichtung (bevollmächtigte Person)", "Der Forscher / Die Forscherin")),
        "en": dict(title="HOSTING AGREEMENT", sub="Annex 2 to the Royal Decree of 8 June 2007 – Directive (EU) 2016/801 – Law of 15 December 1980 (unofficial English version)",
                   intro="With a view to the authorisation of a stay of more than three months in Belgium of a third-country national invited as a researcher by an approved research organisation to carry out a research project,",
                   inst="The organisation below:", decl="Declares that it hosts as a researcher:", proj="For the following project:", reg="Under the following arrangements:",
                   k=("Name", "Enterprise number", "Address", "Head of the organisation", "Capacity", "Surname", "First name(s)", "Date of birth", "Place of birth", "Nationality",
                      "Passport number", "Diploma", "Title of the research project", "Project leader (promoter)", "Place of research", "Legal relationship",
                      "Monthly income (gross)", "Type of income", "Duration"),
                   rel=rng.choice(["employment contract", "research grant"]), typ="[x] salary  [ ] grant  [ ] other",
                   end="And further declares that the above person has sufficient resources to cover the costs of the stay, social cover (health insurance) and return travel.",
                   done="Done in two copies at", sig=("For the research organisation (authorised signatory)", "The researcher")),
    }[lang]
    k = L["k"]
    grant_words = ("bourse", "beurs", "Stipendium", "grant")
    if any(w in L["rel"] for w in grant_words):
        L["typ"] = {"fr": "[ ] salaire  [x] bourse  [ ] autre", "nl": "[ ] salaris  [x] beurs  [ ] andere",
                    "de": "[ ] Gehalt  [x] Stipendium  [ ] sonstiges", "en": "[ ] salary  [x] grant  [ ] other"}[lang]
    degree = rng.choice(["PhD in Chemistry", "Master of Science in Physics", "Doctorate in Civil Engineering", "PhD in Computer Science"])
    pg1 = (
        B("title", L["title"], align="center"),
        B("subtitle", L["sub"], align="center"),
        B("para", L["intro"]),
        B("heading", L["inst"]),
        B("field", rows=((k[0], org), (k[1], f"0{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}"), (k[2], ctx.employer_address),
                         (k[3], f"Prof. SPECIMEN {rng.choice(['Dupont', 'Janssens', 'Peeters', 'Lambert'])}"), (k[4], rng.choice(["Recteur/Rector", "Directeur", "Director"])))),
        B("heading", L["decl"]),
        B("field", rows=((k[5], p.surname.upper()), (k[6], p.given_names), (k[7], fdate(p.birth_date, lang, "num")), (k[8], p.birth_place),
                         (k[9], nat(p, lang)), (k[10], p.passport_number), (k[11], degree))),
    )
    pg2 = (
        B("heading", L["proj"]),
        B("field", rows=((k[12], proj), (k[13], f"Prof. dr. SPECIMEN {rng.choice(['Martens', 'Leclercq', 'Schmitz'])}"), (k[14], org))),
        B("heading", L["reg"]),
        B("field", rows=((k[15], L["rel"]), (k[16], f"EUR {inc:,}".replace(",", ".")), (k[17], L["typ"]),
                         (k[18], f"{fdate(s, lang, 'num')} – {fdate(e, lang, 'num')}"))),
        B("para", L["end"]),
        B("para", f"{L['done']} {rng.choice(['Bruxelles', 'Gent', 'Liège', 'Antwerpen', 'Eupen'])}, {fdate(ctx.issue_date, lang)}"),
        B("signature", L["sig"][0]),
        B("signature", L["sig"][1]),
        B("footer", "SPECIMEN – form completed for test purposes only"),
    )
    return DocSpec(doc_id=doc_id("hosting_agreement", lang, "annex2-form", p, ctx, rng), doc_type="hosting_agreement", language=lang,
                   model="Federal hosting-agreement form (annex 2 RD 8 June 2007 field list, BELSPO page), updated reference to Directive 2016/801",
                   pages=(pg1, pg2), issue_date=ctx.issue_date, expiry_date=e)


def build_univ_template(p: Person, ctx: Context, lang: str) -> DocSpec:
    """University's own article-style hosting agreement, several pages, title only on page 1."""
    rng = ctx.rng
    s, e = stay(ctx, rng)
    org = rng.choice(UNIS[lang])
    proj = rng.choice(PROJECTS)
    sal = rng.randint(3000, 5200)
    if lang == "en":
        pg1 = (
            B("letterhead", f"{org}\nDepartment of Research Affairs – International Researcher Office"),
            B("title", "Hosting Agreement for a Third-Country Researcher"),
            B("subtitle", "pursuant to Directive (EU) 2016/801 and Articles 61/10 ff. of the Belgian Law of 15 December 1980"),
            B("heading", "Between"),
            B("para", f"{org}, an approved research organisation (BELSPO approval no. {digits(rng, 3)}/{rng.randint(2021, 2025)}), "
                      f"hereinafter 'the Host Organisation', and {full(p)}, born {fdate(p.birth_date, 'en')} in {p.birth_place}, "
                      f"{nat(p, 'en')} national, passport no. {p.passport_number}, hereinafter 'the Researcher'."),
            B("heading", "Article 1 – Research project"),
            B("para", f"The Researcher undertakes to complete the research project '{proj}'. The Host Organisation confirms "
                      f"that the project was approved by its research council and that the Researcher's qualifications were "
                      f"verified on the basis of the diplomas submitted."),
            B("heading", "Article 2 – Duration"),
            B("para", f"The project runs from {fdate(s, 'en')} to {fdate(e, 'en')}."),
        )
        pg2 = (
            B("heading", "Article 3 – Legal relationship and working conditions"),
            B("para", f"The Researcher will be employed under a fixed-term employment contract as postdoctoral researcher, "
                      f"gross monthly salary EUR {sal:,}, 38 hours a week. The employment contract is attached to this agreement."),
            B("heading", "Article 4 – Resources, health insurance and return"),
            B("para", "The Host Organisation confirms that the Researcher will have sufficient monthly resources, health "
                      "insurance through registration with a Belgian health insurance fund (mutualité/ziekenfonds) from the start "
                      "date, and means for return travel."),
            B("heading", "Article 5 – Mobility"),
            B("para", "Short-term mobility to other Member States for the project shall be notified in advance."),
            B("heading", "Article 6 – End of the agreement"),
            B("para", "This agreement ends automatically if the Researcher is refused admission, or if the legal relationship ends."),
            B("para", f"Done at {rng.choice(['Antwerp', 'Brussels', 'Leuven'])} on {fdate(ctx.issue_date, 'en')}, in two originals."),
            B("signature", "For the Host Organisation – Vice-Rector for Research"),
            B("signature", "The Researcher"),
            B("footer", "SPECIMEN – page 2/2"),
        )
    elif lang == "nl":
        pg1 = (
            B("letterhead", f"{org}\nDirectie Onderzoeksaangelegenheden"),
            B("title", "Gastovereenkomst onderzoeker"),
            B("subtitle", "overeenkomstig Richtlijn (EU) 2016/801 en de wet van 15 december 1980"),
            B("para", f"Tussen {org}, erkende onderzoeksinstelling, hierna 'de instelling', en {full(p)}, geboren op "
                      f"{fdate(p.birth_date, 'nl')} te {p.birth_place}, paspoortnummer {p.passport_number}, hierna 'de onderzoeker'."),
            B("heading", "Artikel 1 – Onderzoeksproject"),
            B("para", f"De onderzoeker verbindt zich ertoe het onderzoeksproject '{proj}' uit te voeren. De instelling bevestigt "
                      "dat zij de onderzoeker ontvangt om het project te voltooien."),
            B("heading", "Artikel 2 – Duur"),
            B("para", f"Van {fdate(s, 'nl')} tot {fdate(e, 'nl')}."),
        )
        pg2 = (
            B("heading", "Artikel 3 – Juridische relatie"),
            B("para", f"Arbeidsovereenkomst voor bepaalde duur als postdoctoraal onderzoeker, brutomaandloon EUR {sal}."),
            B("heading", "Artikel 4 – Middelen en ziekteverzekering"),
            B("para", "De onderzoeker beschikt over voldoende middelen en wordt aangesloten bij een Belgisch ziekenfonds."),
            B("para", f"Opgemaakt te Gent op {fdate(ctx.issue_date, 'nl')} in twee exemplaren."),
            B("signature", "Voor de instelling – de vicerector onderzoek"),
            B("signature", "De onderzoeker"),
            B("footer", "SPECIMEN"),
        )
    else:
        pg1 = (
            B("letterhead", f"{org}\nAdministration de la Recherche"),
            B("title", "Convention d'accueil d'un chercheur ressortissant d'un pays tiers"),
            B("subtitle", "Directive (UE) 2016/801 – loi du 15 décembre 1980, art. 61/10 et suivants"),
            B("para", f"Entre {org}, organisme de recherche agréé, ci-après « l'organisme », et {'Mme' if p.sex == 'F' else 'M.'} "
                      f"{full(p)}, né(e) le {fdate(p.birth_date, 'fr')} à {p.birth_place}, passeport n° {p.passport_number}, ci-après « le chercheur »."),
            B("heading", "Article 1er – Objet"),
            B("para", f"Le chercheur s'engage à mener à bien le projet de recherche « {proj} »; l'organisme l'accueille à cette fin."),
            B("heading", "Article 2 – Durée"),
            B("para", f"Du {fdate(s, 'fr')} au {fdate(e, 'fr')}."),
        )
        pg2 = (
            B("heading", "Article 3 – Relation juridique et conditions de travail"),
            B("para", f"Contrat de travail à durée déterminée de chercheur post-doctoral, rémunération mensuelle brute de {sal} EUR."),
            B("heading", "Article 4 – Ressources, assurance maladie et retour"),
            B("para", "L'organisme confirme que le chercheur disposera de ressources suffisantes, d'une assurance maladie et des "
                      "moyens de son retour."),
            B("para", f"Fait à Liège le {fdate(ctx.issue_date, 'fr')}, en deux exemplaires originaux."),
            B("signature", "Pour l'organisme – le Vice-recteur à la recherche"),
            B("signature", "Le chercheur"),
            B("footer", "SPECIMEN – 2/2"),
        )
    return DocSpec(doc_id=doc_id("hosting_agreement", lang, "univ-template", p, ctx, rng), doc_type="hosting_agreement", language=lang,
                   model="University article-style hosting agreement (elements of Directive 2016/801 art. 10)",
                   pages=(pg1, pg2), issue_date=ctx.issue_date, expiry_date=e)


def build_grant_hosting(p: Person, ctx: Context, lang: str) -> DocSpec:
    """Hosting agreement for a grant-funded (no employment contract) postdoc."""
    rng = ctx.rng
    s, e = stay(ctx, rng)
    org = rng.choice(UNIS[lang])
    grant = rng.randint(2100, 2900)
    funder = rng.choice(["Fonds SPECIMEN pour la Recherche", "SPECIMEN Research Foundation", "Fonds Wetenschappelijk Onderzoek SPECIMEN"])
    txt = {
        "fr": ("Convention d'accueil – chercheur boursier", f"Le chercheur bénéficie d'une bourse de recherche de {funder} de {grant} EUR nets par mois, sans contrat de travail. "
               "L'organisme atteste que cette bourse couvre les frais de séjour et de retour, et que le chercheur est couvert par une assurance soins de santé.",
               "Organisme d'accueil", "Chercheur", "Passeport", "Projet", "Période"),
        "nl": ("Gastovereenkomst – bursaal onderzoeker", f"De onderzoeker ontvangt een onderzoeksbeurs van {funder} van EUR {grant} netto per maand, zonder arbeidsovereenkomst. "
               "De instelling bevestigt dat deze beurs de verblijfs- en terugreiskosten dekt en dat de onderzoeker een ziektekostenverzekering heeft.",
               "Gastinstelling", "Onderzoeker", "Paspoort", "Project", "Periode"),
        "en": ("Hosting agreement – grant-funded researcher", f"The researcher holds a research grant from {funder} of EUR {grant} net per month; there is no employment contract. "
               "The host confirms that the grant covers living and return costs and that the researcher has health insurance cover.",
               "Host organisation", "Researcher", "Passport", "Project", "Period"),
    }[lang]
    blocks = (
        B("letterhead", f"{org} · Grants Office · SPECIMEN"),
        B("title", txt[0]),
        B("field", rows=((txt[2], org), (txt[3], full(p)), (txt[4], p.passport_number), (txt[5], rng.choice(PROJECTS)),
                         (txt[6], f"{fdate(s, lang, 'num')} – {fdate(e, lang, 'num')}"))),
        B("para", txt[1]),
        B("para", "Directive (EU) 2016/801 · " + {"fr": "Les deux parties signent la présente convention.", "nl": "Beide partijen ondertekenen deze overeenkomst.",
                                                  "en": "Both parties sign this agreement."}[lang]),
        B("signature", {"fr": "Le Recteur", "nl": "De rector", "en": "The Rector"}[lang]),
        B("signature", {"fr": "Le chercheur", "nl": "De onderzoeker", "en": "The researcher"}[lang]),
    )
    return DocSpec(doc_id=doc_id("hosting_agreement", lang, "grant", p, ctx, rng), doc_type="hosting_agreement", language=lang,
                   model="Hosting agreement resting on a research grant (no employment contract), one page",
                   pages=(blocks,), issue_date=ctx.issue_date, expiry_date=e)


def build_bilingual_table(p: Person, ctx: Context, lang: str) -> DocSpec:
    """Two-language hosting agreement laid out as a table (local language / English), as some institutes issue it."""
    rng = ctx.rng
    s, e = stay(ctx, rng)
    org = rng.choice(UNIS[lang])
    proj = rng.choice(PROJECTS)
    inc = rng.randint(2400, 4800)
    L = {
        "de": ("Aufnahmevereinbarung / Hosting Agreement", "gemäß Richtlinie (EU) 2016/801 / pursuant to Directive (EU) 2016/801",
               ("Forschungseinrichtung / Research organisation", "Forscher(in) / Researcher", "Reisepass / Passport", "Geburtsdatum / Date of birth",
                "Forschungsprojekt / Research project", "Beginn – Ende / Start – end", "Rechtsverhältnis / Legal relationship", "Bruttomonatseinkommen / Gross monthly income",
                "Krankenversicherung / Health insurance"),
               ("Arbeitsvertrag / employment contract", "gesetzliche Krankenkasse (Krankenkasse) / statutory health insurance fund"),
               "Die Einrichtung verpflichtet sich, den Forscher aufzunehmen; der Forscher verpflichtet sich, das Projekt durchzuführen. / The organisation undertakes to host the researcher; the researcher undertakes to complete the project."),
        "nl": ("Gastovereenkomst / Hosting Agreement", "overeenkomstig Richtlijn (EU) 2016/801 / pursuant to Directive (EU) 2016/801",
               ("Onderzoeksinstelling / Research organisation", "Onderzoeker / Researcher", "Paspoort / Passport", "Geboortedatum / Date of birth",
                "Onderzoeksproject / Research project", "Begin – einde / Start – end", "Juridische relatie / Legal relationship", "Brutomaandinkomen / Gross monthly income",
                "Ziekteverzekering / Health insurance"),
               ("arbeidsovereenkomst / employment contract", "aansluiting bij een ziekenfonds / registration with a health insurance fund"),
               "De instelling ontvangt de onderzoeker; de onderzoeker voert het project uit. / The organisation hosts the researcher; the researcher completes the project."),
        "fr": ("Convention d'accueil / Hosting Agreement", "conformément à la directive (UE) 2016/801 / pursuant to Directive (EU) 2016/801",
               ("Organisme de recherche / Research organisation", "Chercheur / Researcher", "Passeport / Passport", "Date de naissance / Date of birth",
                "Projet de recherche / Research project", "Début – fin / Start – end", "Relation juridique / Legal relationship", "Revenu mensuel brut / Gross monthly income",
                "Assurance maladie / Health insurance"),
               ("contrat de travail / employment contract", "affiliation à une mutualité / registration with a health insurance fund"),
               "L'organisme accueille le chercheur ; le chercheur mène à bien le projet. / The organisation hosts the researcher; the researcher completes the project."),
    }[lang]
    k = L[2]
    rows = ({"de": ("Angabe / Item", "Inhalt / Details"), "nl": ("Rubriek / Item", "Gegevens / Details"), "fr": ("Rubrique / Item", "Données / Details")}[lang], (k[0], org), (k[1], full(p)), (k[2], p.passport_number), (k[3], fdate(p.birth_date, lang, "num")), (k[4], proj),
            (k[5], f"{fdate(s, lang, 'num')} – {fdate(e, lang, 'num')}"), (k[6], L[3][0]), (k[7], f"EUR {inc}"), (k[8], L[3][1]))
    pg = (
        B("letterhead", f"{org}\nInternational Office · SPECIMEN"),
        B("title", L[0], align="center"),
        B("subtitle", L[1], align="center"),
        B("table", rows=rows),
        B("para", L[4]),
        B("para", f"{fdate(ctx.issue_date, lang)}"),
        B("signature", "Rektor / Rector / Recteur"),
        B("signature", full(p)),
        B("footer", "SPECIMEN"),
    )
    return DocSpec(doc_id=doc_id("hosting_agreement", f"{lang}+en", "bilingual-table", p, ctx, rng), doc_type="hosting_agreement", language=f"{lang}+en",
                   model="Bilingual (local language / English) table-layout hosting agreement issued by a research institute",
                   pages=(pg,), issue_date=ctx.issue_date, expiry_date=e)


# ============================================================================ ICT assignment letters
HOME_COS = [("SPECIMEN Infotech Private Limited", "Bengaluru, India", "INR"), ("SPECIMEN Systems Inc.", "Austin, Texas, USA", "USD"),
            ("SPECIMEN Mühendislik A.Ş.", "İstanbul, Türkiye", "TRY"), ("SPECIMEN Tecnologia Ltda.", "São Paulo, Brazil", "BRL"),
            ("SPECIMEN Holding AG", "Zürich, Switzerland", "CHF"), ("SPECIMEN Solutions Inc.", "Makati City, Philippines", "PHP")]


def build_ict_letter_en(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    home = rng.choice(HOME_COS)
    s, e = stay(ctx, rng)
    e = min(e, s + timedelta(days=3 * 365 - 1))
    home_sal = rng.randint(40, 200) * 1000
    allow = rng.randint(900, 2600)
    role = rng.choice(["specialist", "manager", "trainee employee"])
    pg1 = (
        B("letterhead", f"{home[0]}\n{home[1]}\nGlobal Mobility Team"),
        B("field", rows=(("Date", fdate(ctx.issue_date, "en")), ("Ref.", f"GM/{ctx.issue_date.year}/{digits(rng, 4)}"))),
        B("para", f"Private & confidential\n{full(p)}\nEmployee ID {digits(rng, 6)}"),
        B("title", "International Assignment Letter"),
        B("para", f"Dear {full(p).split()[0]},\nWe are pleased to confirm your intra-corporate transfer to our group company "
                  f"{ctx.employer} ({ctx.employer_address}) as {ctx.job_title} ({role}), on the terms below."),
        B("table", rows=(("Item", "Terms"), ("Host entity", ctx.employer), ("Home entity", home[0]),
                         ("Start of assignment", fdate(s, "en")), ("Expected end", fdate(e, "en")),
                         ("Home base salary", f"{home[2]} {home_sal:,} per year (unchanged)"),
                         ("Host allowance", f"EUR {allow} gross per month (cost-of-living and housing)"),
                         ("Social security", "Home-country scheme; certificate of coverage to be requested"),
                         ("Health insurance", "International medical insurance for you and your family, paid by the company"))),
    )
    pg2 = (
        B("heading", "Employment relationship"),
        B("para", "Your employment contract with the home entity remains in force during the assignment; you will not sign a "
                  "Belgian employment contract. Upon completion you will return to a comparable position in the home entity."),
        B("heading", "Immigration"),
        B("para", "The host entity will apply for a single permit (intra-corporate transferee) on your behalf. Please provide a copy "
                  "of every page of your passport, your diploma and a medical certificate; a criminal record extract may be requested."),
        B("para", "Please sign and return a copy of this letter to confirm your acceptance."),
        B("signature", "Head of Global Mobility, for the home entity"),
        B("signature", f"Accepted: {full(p)}"),
        B("footer", "SPECIMEN – intra-group assignment letter"),
    )
    return DocSpec(doc_id=doc_id("assignment_letter", "en", "ict-letter", p, ctx, rng), doc_type="assignment_letter", language="en",
                   model="Global-mobility international assignment letter (home contract stays, assignment allowance, home social security)",
                   pages=(pg1, pg2), issue_date=ctx.issue_date, expiry_date=e)


def build_secondment_letter(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    home = rng.choice(HOME_COS)
    s, e = stay(ctx, rng)
    e = min(e, s + timedelta(days=3 * 365 - 1))
    sal = rng.randint(4200, 8200)
    T = {
        "fr": ("Lettre de détachement intra-groupe", "Objet : transfert temporaire au sein du groupe",
               f"Nous vous confirmons votre détachement auprès de notre société liée {ctx.employer} en Belgique, en qualité de {ctx.job_title}, "
               f"du {fdate(s, 'fr')} au {fdate(e, 'fr')}. Votre contrat de travail avec {home[0]} reste en vigueur et n'est que suspendu quant au lieu d'exécution.",
               f"Rémunération pendant le détachement : {sal} EUR bruts par mois, payés par la société d'origine. Assurance soins de santé : prise en charge par l'employeur "
               "jusqu'à votre affiliation éventuelle en Belgique. Frais de voyage aller-retour à charge de l'employeur.",
               "Le Directeur des Ressources humaines", "Lu et approuvé, le travailleur"),
        "nl": ("Detacheringsbrief binnen de groep", "Betreft: tijdelijke overplaatsing binnen de onderneming",
               f"Wij bevestigen uw detachering naar onze verbonden onderneming {ctx.employer} in België als {ctx.job_title}, van {fdate(s, 'nl')} "
               f"tot {fdate(e, 'nl')}. Uw arbeidsovereenkomst met {home[0]} blijft gedurende de detachering van kracht.",
               f"Loon tijdens de detachering: EUR {sal} bruto per maand, uitbetaald door de zendende onderneming. Ziektekostenverzekering en reiskosten "
               "worden door de werkgever gedragen.", "HR-directeur", "Voor akkoord, de werknemer"),
        "de": ("Entsendungsschreiben (konzerninterne Entsendung)", "Betreff: Vorübergehende Versetzung innerhalb der Unternehmensgruppe",
               f"Hiermit bestätigen wir Ihre Entsendung zu unserer Konzerngesellschaft {ctx.employer} in Belgien als {ctx.job_title} vom {fdate(s, 'de')} "
               f"bis zum {fdate(e, 'de')}. Ihr Arbeitsvertrag mit der {home[0]} bleibt während der Entsendung bestehen.",
               f"Vergütung während der Entsendung: EUR {sal} brutto monatlich. Krankenversicherung sowie Reisekosten übernimmt der Arbeitgeber. "
               "Nach Ende der Entsendung kehren Sie auf eine gleichwertige Stelle zurück.", "Leiterin Personal", "Einverstanden, der Arbeitnehmer"),
        "en": ("Secondment Letter – Intra-Corporate Transfer", "Re: temporary transfer within the group",
               f"This letter confirms your secondment to our affiliate {ctx.employer}, Belgium, as {ctx.job_title}, from {fdate(s, 'en')} to {fdate(e, 'en')}. "
               f"Your employment agreement with {home[0]} continues throughout the secondment.",
               f"Compensation during the secondment: EUR {sal} gross per month. Medical insurance and return travel are covered by the employer.",
               "VP Human Resources", "Acknowledged by the employee"),
    }[lang]
    blocks = (
        B("letterhead", f"{home[0]} · {home[1]}", align="center"),
        B("para", f"{fdate(ctx.issue_date, lang)}\n{full(p)}\n{p.address or home[1]}", align="right"),
        B("title", T[0]),
        B("subtitle", T[1]),
        B("para", T[2]),
        B("para", T[3]),
        B("field", rows=((dict(fr="Passeport", nl="Paspoort", de="Reisepass", en="Passport")[lang], p.passport_number),
                         (dict(fr="Société d'accueil", nl="Ontvangende onderneming", de="Aufnehmende Gesellschaft", en="Host entity")[lang], ctx.employer))),
        B("signature", T[4]),
        B("signature", T[5]),
        B("footer", "SPECIMEN"),
    )
    return DocSpec(doc_id=doc_id("assignment_letter", lang, "secondment", p, ctx, rng), doc_type="assignment_letter", language=lang,
                   model="Short intra-group secondment letter from a non-EU group company (FR/NL/DE/EN)",
                   pages=(blocks,), issue_date=ctx.issue_date, expiry_date=e)


def build_assignment_agreement(p: Person, ctx: Context, lang: str) -> DocSpec:
    """Tripartite assignment agreement home/host/employee (numbered clauses)."""
    rng = ctx.rng
    home = rng.choice(HOME_COS)
    s, e = stay(ctx, rng)
    e = min(e, s + timedelta(days=3 * 365 - 1))
    sal = rng.randint(50, 110) * 1000
    if lang == "en":
        pg1 = (
            B("title", "ASSIGNMENT AGREEMENT", align="center"),
            B("subtitle", "Intra-corporate transfer – Directive 2014/66/EU", align="center"),
            B("para", f"between {home[0]} ({home[1]}) ('Home Company'), {ctx.employer} ('Host Company') and {full(p)} ('Assignee')."),
            B("list", rows=((f"1. Assignment. The Assignee is assigned to the Host Company as {ctx.job_title} from {fdate(s, 'en')} until {fdate(e, 'en')}.",),
                            ("2. Employer. The Home Company remains the employer; the home employment contract dated "
                             f"{fdate(s - timedelta(days=rng.randint(400, 2500)), 'en')} stays in force.",),
                            (f"3. Remuneration. Annual gross salary EUR {sal:,}, paid via split payroll; Belgian minimum pay is respected.",),
                            ("4. Insurance. The Assignee and accompanying family are covered by the group's international health insurance.",),
                            ("5. Return. At the end of the assignment the Assignee returns to the Home Company.",))),
        )
        pg2 = (
            B("list", rows=(("6. Permits. The Host Company files the single permit application; the Assignee provides passport, diploma and medical certificate.",),
                            ("7. Governing law. The home contract remains governed by its own law; Belgian mandatory rules apply during the assignment.",))),
            B("signature", "For the Home Company"), B("signature", "For the Host Company"), B("signature", "The Assignee"),
            B("footer", "SPECIMEN – page 2"),
        )
    else:
        pg1 = (
            B("title", "OVEREENKOMST VAN TERBESCHIKKINGSTELLING – ICT" if lang == "nl" else "CONVENTION DE MISSION – TRANSFERT TEMPORAIRE INTRAGROUPE", align="center"),
            B("para", f"{home[0]} ({home[1]}), {ctx.employer} en/et {full(p)}."),
            B("list", rows=((f"1. {'Opdracht' if lang == 'nl' else 'Mission'}: {ctx.job_title}, {fdate(s, lang)} – {fdate(e, lang)}.",),
                            (f"2. {'De arbeidsovereenkomst met de zendende onderneming blijft van kracht.' if lang == 'nl' else 'Le contrat de travail avec la société d’origine reste en vigueur.'}",),
                            (f"3. {'Brutojaarloon' if lang == 'nl' else 'Salaire annuel brut'}: EUR {sal:,}.",),
                            (f"4. {'Ziektekostenverzekering ten laste van de groep.' if lang == 'nl' else 'Assurance soins de santé à charge du groupe.'}",))),
        )
        pg2 = (
            B("signature", "Home / Origine"), B("signature", "Host / Accueil"), B("signature", "Werknemer / Travailleur"),
            B("footer", "SPECIMEN"),
        )
    return DocSpec(doc_id=doc_id("assignment_letter", lang, "tripartite", p, ctx, rng), doc_type="assignment_letter", language=lang,
                   model="Tripartite ICT assignment agreement (home company, host company, assignee), numbered clauses",
                   pages=(pg1, pg2), issue_date=ctx.issue_date, expiry_date=e)


def build_host_confirmation(p: Person, ctx: Context, lang: str) -> DocSpec:
    """Host entity letter to the region confirming the transfer details (often attached to ICT files)."""
    rng = ctx.rng
    home = rng.choice(HOME_COS)
    s, e = stay(ctx, rng)
    e = min(e, s + timedelta(days=3 * 365 - 1))
    T = {"en": ("Letter of assignment", f"{ctx.employer} confirms that {full(p)}, employee of our parent company {home[0]}, is transferred to us "
                f"as {ctx.job_title} from {fdate(s, 'en')} to {fdate(e, 'en')}. The worker keeps the employment contract with the parent company; "
                "salary is paid by the parent company and complies with Belgian pay levels; health insurance is provided by the group policy.",
                "To the competent regional employment authority"),
         "fr": ("Lettre d'affectation", f"{ctx.employer} confirme que {full(p)}, travailleur de notre société mère {home[0]}, est affecté(e) chez nous "
                f"en qualité de {ctx.job_title} du {fdate(s, 'fr')} au {fdate(e, 'fr')}. Il/elle conserve son contrat de travail avec la société mère ; "
                "la rémunération est versée par celle-ci ; l'assurance maladie est couverte par la police du groupe.",
                "À l'attention du service régional de l'emploi"),
         "nl": ("Toewijzingsbrief", f"{ctx.employer} bevestigt dat {full(p)}, werknemer van onze moedermaatschappij {home[0]}, aan ons wordt toegewezen "
                f"als {ctx.job_title} van {fdate(s, 'nl')} tot {fdate(e, 'nl')}. De arbeidsovereenkomst met de moedermaatschappij blijft behouden; "
                "het loon wordt door haar betaald; de ziekteverzekering valt onder de groepspolis.",
                "Aan de bevoegde gewestelijke dienst")}[lang]
    blocks = (
        B("letterhead", f"{ctx.employer}\n{ctx.employer_address}"),
        B("para", T[2]),
        B("title", T[0]),
        B("para", T[1]),
        B("field", rows=((dict(fr="Passeport", nl="Paspoort", en="Passport")[lang], p.passport_number),
                         (dict(fr="Nationalité", nl="Nationaliteit", en="Nationality")[lang], nat(p, lang)),
                         (dict(fr="Groupe", nl="Groep", en="Group")[lang], f"{home[0]} group"))),
        B("signature", "HR Business Partner"),
        B("footer", "SPECIMEN"),
    )
    return DocSpec(doc_id=doc_id("assignment_letter", lang, "host-confirmation", p, ctx, rng), doc_type="assignment_letter", language=lang,
                   model="Host-entity letter of assignment addressed to the region",
                   pages=(blocks,), issue_date=ctx.issue_date, expiry_date=e)


# ============================================================================ group employment proof
def group_start(p: Person, ctx: Context, rng) -> date:
    earliest = date(p.birth_date.year + 22, 9, 1)
    d = ctx.issue_date - timedelta(days=rng.randint(120, 3650))
    return max(d, earliest) if earliest < ctx.issue_date - timedelta(days=100) else ctx.issue_date - timedelta(days=100)


def build_group_cert_en(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    home = rng.choice(HOME_COS)
    st = group_start(p, ctx, rng)
    blocks = (
        B("letterhead", f"{home[0]}\nHuman Resources Shared Services\n{home[1]}"),
        B("para", f"{fdate(ctx.issue_date, 'en')}"),
        B("title", "CERTIFICATE OF EMPLOYMENT WITHIN THE GROUP", align="center"),
        B("para", "TO WHOM IT MAY CONCERN", align="center"),
        B("para", f"This is to certify that {'Ms' if p.sex == 'F' else 'Mr'} {full(p)}, born {fdate(p.birth_date, 'en')}, passport number "
                  f"{p.passport_number}, has been employed by {home[0]}, a member of the SPECIMEN group of companies, since "
                  f"{fdate(st, 'en')}, without interruption, and is currently employed as {ctx.job_title}."),
        B("para", f"{home[0]} and {ctx.employer} belong to the same group of undertakings (common parent: SPECIMEN Global Holdings). "
                  "This certificate is issued at the employee's request for an intra-corporate transfer application in Belgium."),
        B("field", rows=(("Employee ID", digits(rng, 6)), ("Type of employment", "Permanent, full time"), ("Continuous service", "Yes – no break in service"))),
        B("signature", "Head of HR Operations"),
        B("stamp", f"{home[0].upper()}\nHR"),
        B("footer", "SPECIMEN"),
    )
    return DocSpec(doc_id=doc_id("group_employment_proof", "en", "group-cert", p, ctx, rng), doc_type="group_employment_proof", language="en",
                   model="HR 'to whom it may concern' certificate of continuous employment within the group (ICT)",
                   pages=(blocks,), issue_date=ctx.issue_date)


def build_group_attest(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    home = rng.choice(HOME_COS)
    st = group_start(p, ctx, rng)
    T = {
        "fr": ("Attestation d'emploi au sein du groupe", f"Nous soussignés, {home[0]}, société du groupe SPECIMEN, attestons que {'Madame' if p.sex == 'F' else 'Monsieur'} {full(p)}, "
               f"né(e) le {fdate(p.birth_date, 'fr')}, est occupé(e) de manière ininterrompue au sein de notre groupe depuis le {fdate(st, 'fr')}, "
               f"actuellement en qualité de {ctx.job_title}, sous contrat de travail à durée indéterminée.",
               f"La présente attestation est délivrée en vue de son transfert temporaire intragroupe vers {ctx.employer} (Belgique)."),
        "nl": ("Verklaring van tewerkstelling binnen de groep", f"Ondergetekende, {home[0]}, lid van de SPECIMEN-groep, verklaart dat {full(p)}, geboren op "
               f"{fdate(p.birth_date, 'nl')}, sinds {fdate(st, 'nl')} zonder onderbreking binnen onze groep tewerkgesteld is, momenteel als {ctx.job_title}.",
               f"Deze verklaring wordt afgegeven met het oog op de overplaatsing binnen de onderneming naar {ctx.employer} (België)."),
        "de": ("Bescheinigung über die Beschäftigung innerhalb der Unternehmensgruppe", f"Die {home[0]}, ein Unternehmen der SPECIMEN-Gruppe, bescheinigt, dass "
               f"{'Frau' if p.sex == 'F' else 'Herr'} {full(p)}, geboren am {fdate(p.birth_date, 'de')}, seit dem {fdate(st, 'de')} ununterbrochen in unserer "
               f"Unternehmensgruppe beschäftigt ist, derzeit als {ctx.job_title}.",
               f"Diese Bescheinigung wird für die unternehmensinterne Entsendung zu {ctx.employer} (Belgien) ausgestellt."),
    }[lang]
    blocks = (
        B("letterhead", f"{home[0]} – {home[1]}"),
        B("title", T[0]),
        B("para", T[1]),
        B("para", T[2]),
        B("field", rows=((dict(fr="Passeport", nl="Paspoort", de="Reisepass")[lang], p.passport_number),)),
        B("para", fdate(ctx.issue_date, lang)),
        B("signature", "HR"),
        B("footer", "SPECIMEN"),
    )
    return DocSpec(doc_id=doc_id("group_employment_proof", lang, "group-attest", p, ctx, rng), doc_type="group_employment_proof", language=lang,
                   model="Group HR attestation of uninterrupted employment within the group (FR/NL/DE)",
                   pages=(blocks,), issue_date=ctx.issue_date)


def build_employment_history(p: Person, ctx: Context, lang: str) -> DocSpec:
    """Employment verification letter with a table of positions in several group entities."""
    rng = ctx.rng
    home = rng.choice(HOME_COS)
    st = group_start(p, ctx, rng)
    mid = st + timedelta(days=(ctx.issue_date - st).days // 2)
    rows = (("Group entity", "Position", "From", "To"),
            (f"SPECIMEN {rng.choice(['Consulting', 'Services', 'Labs'])} ({rng.choice(['Pune', 'Manila', 'Ankara', 'Curitiba'])})", "Associate", fdate(st, "en", "num"), fdate(mid - timedelta(days=1), "en", "num")),
            (home[0], ctx.job_title, fdate(mid, "en", "num"), "present"))
    blocks = (
        B("letterhead", f"SPECIMEN GROUP · People Services\n{home[1]}"),
        B("title", "Employment Verification Letter"),
        B("para", f"We confirm the employment history of {full(p)} (passport {p.passport_number}) within entities of the SPECIMEN group:"),
        B("table", rows=rows),
        B("para", "The transfer between group entities took place without any break in service; seniority was carried over. "
                  f"The employee is being transferred to {ctx.employer} in Belgium under the ICT rules."),
        B("signature", "People Services Manager"),
        B("footer", f"Issued {fdate(ctx.issue_date, 'en')} · SPECIMEN"),
    )
    return DocSpec(doc_id=doc_id("group_employment_proof", "en", "history", p, ctx, rng), doc_type="group_employment_proof", language="en",
                   model="Group employment verification letter with a table of successive group entities",
                   pages=(blocks,), issue_date=ctx.issue_date)


def build_service_record(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    home = rng.choice(HOME_COS)
    st = group_start(p, ctx, rng)
    months = max(3, (ctx.issue_date - st).days // 30)
    title = {"en": "Certificate of Continuous Service", "fr": "Certificat de service continu", "nl": "Attest van ononderbroken dienst"}[lang]
    body = {"en": f"{home[0]} certifies that {full(p)} has rendered continuous service of {months} months with the company, part of the SPECIMEN group, "
                  f"from {fdate(st, 'en')} to date. Statutory social contributions were paid for each month of service.",
            "fr": f"{home[0]} certifie que {full(p)} a accompli {months} mois de service continu au sein de la société, membre du groupe SPECIMEN, "
                  f"du {fdate(st, 'fr')} à ce jour. Les cotisations sociales ont été versées pour chaque mois.",
            "nl": f"{home[0]} verklaart dat {full(p)} {months} maanden ononderbroken dienst heeft gepresteerd bij de onderneming, onderdeel van de SPECIMEN-groep, "
                  f"van {fdate(st, 'nl')} tot heden. Voor elke maand werden sociale bijdragen betaald."}[lang]
    blocks = (
        B("letterhead", f"{home[0]}\n{home[1]}", align="center"),
        B("subtitle", title, align="center"),
        B("para", body),
        B("table", rows=(dict(en=("Year", "Months of service"), fr=("Année", "Mois de service"), nl=("Jaar", "Maanden dienst"))[lang],) + tuple((str(y), "12" if y not in (st.year, ctx.issue_date.year) else str(12 - st.month + 1 if y == st.year else ctx.issue_date.month)) for y in range(st.year, ctx.issue_date.year + 1))),
        B("signature", "Human Resources Department"),
        B("stamp", "SPECIMEN\nHR SEAL"),
    )
    return DocSpec(doc_id=doc_id("group_employment_proof", lang, "service-record", p, ctx, rng), doc_type="group_employment_proof", language=lang,
                   model="Service record / certificate of continuous service from the sending group company",
                   pages=(blocks,), issue_date=ctx.issue_date)


MODELS: list[Model] = [
    Model("annex2-hosting-agreement-form", "hosting_agreement", ("fr", "nl", "de", "en"), build_annex2_form),
    Model("university-hosting-agreement", "hosting_agreement", ("en", "nl", "fr"), build_univ_template),
    Model("grant-hosting-agreement", "hosting_agreement", ("fr", "nl", "en"), build_grant_hosting),
    Model("bilingual-hosting-agreement-table", "hosting_agreement", ("de", "nl", "fr"), build_bilingual_table),
    Model("ict-international-assignment-letter", "assignment_letter", ("en",), build_ict_letter_en),
    Model("ict-secondment-letter", "assignment_letter", ("fr", "nl", "de", "en"), build_secondment_letter),
    Model("ict-tripartite-assignment-agreement", "assignment_letter", ("en", "nl", "fr"), build_assignment_agreement),
    Model("ict-host-letter-of-assignment", "assignment_letter", ("en", "fr", "nl"), build_host_confirmation),
    Model("group-employment-certificate-en", "group_employment_proof", ("en",), build_group_cert_en),
    Model("group-employment-attestation", "group_employment_proof", ("fr", "nl", "de"), build_group_attest),
    Model("group-employment-verification-history", "group_employment_proof", ("en",), build_employment_history),
    Model("group-continuous-service-certificate", "group_employment_proof", ("en", "fr", "nl"), build_service_record),
]
