"""Proofs of health insurance: Belgian sickness funds, private expat insurers, and the employer's
commitment that the federal page accepts instead.

Models:
- a mutual insurance fund's certificate of affiliation ("attestation d'affiliation / aansluitingsattest
  / Mitgliedsbescheinigung"), stating the person is in order for health care cover (fr/nl/de);
- the public auxiliary fund's attestation (CAAMI / HZIV / HIIK), form style (fr/nl/de);
- a private international health plan's certificate of insurance with a coverage table (en);
- a collective hospitalisation insurance attestation from an insurer (fr/nl/de);
- the employer's commitment to cover health care until the worker joins a fund (fr/nl/en), which
  names the employment contract and the single-permit application.
"""

from __future__ import annotations

from datetime import timedelta

from spec import Context, DocSpec, Model, Person

from ._common import B, add_months, d_long, d_num, national_number, ref, seeded, specimen_footer


def _mutualite(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("hi-mut", p.passport_number, ctx.issue_date, lang)
    d = ctx.issue_date
    since = add_months(d, -r.randint(1, 30)).replace(day=1)
    t = {
        "fr": (r.choice(["Mutualité SPECIMEN", "Mutualité libre Exemple", "Solidaris Exemple"]), "Attestation d'affiliation",
               f"La mutualité certifie que la personne mentionnée ci-dessous est affiliée auprès de nos services et est en ordre "
               f"d'assurabilité pour les soins de santé (assurance obligatoire soins de santé et indemnités) depuis le {d_num(since)}.",
               ("Nom", "Prénom", "Date de naissance", "NISS", "N° d'affiliation", "Qualité", "Employeur"),
               "titulaire – travailleur salarié",
               "Attestation délivrée à la demande de l'intéressé(e), pour être jointe au dossier de permis unique.",
               "Le conseiller mutualiste"),
        "nl": (r.choice(["Ziekenfonds SPECIMEN", "Voorbeeld Mutualiteit", "Onafhankelijk Ziekenfonds Voorbeeld"]), "Aansluitingsattest",
               f"Het ziekenfonds bevestigt dat onderstaande persoon bij ons aangesloten is en in orde is met de verzekerbaarheid "
               f"voor geneeskundige verzorging (verplichte ziekteverzekering) sinds {d_num(since)}.",
               ("Naam", "Voornaam", "Geboortedatum", "INSZ", "Aansluitingsnummer", "Hoedanigheid", "Werkgever"),
               "gerechtigde – werknemer",
               "Dit attest wordt afgeleverd op vraag van de betrokkene voor de aanvraag van een gecombineerde vergunning.",
               "De ziekenfondsadviseur"),
        "de": (r.choice(["Krankenkasse SPECIMEN", "Christliche Krankenkasse Muster"]), "Mitgliedsbescheinigung",
               f"Die Krankenkasse bestätigt, dass die unten genannte Person bei uns Mitglied ist und seit dem {d_num(since)} "
               "Anrecht auf Erstattung der Gesundheitsleistungen (Pflichtversicherung) hat.",
               ("Name", "Vorname", "Geburtsdatum", "ENSS", "Mitgliedsnummer", "Eigenschaft", "Arbeitgeber"),
               "Berechtigter – Arbeitnehmer",
               "Diese Bescheinigung wird auf Antrag der betroffenen Person für den Antrag auf kombinierte Erlaubnis ausgestellt.",
               "Der Berater"),
    }[lang]
    L = t[3]
    pages = ((
        B("letterhead", "", t[0], "Service Affiliations – Dienst Aansluitingen" if lang != "de" else "Mitgliederverwaltung",
          f"Tel. 0{r.randint(2, 9)}/{r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}", align="left"),
        B("title", t[1], align="left"),
        B("para", t[2]),
        B("field", "", (L[0], p.surname.upper()), (L[1], p.given_names), (L[2], d_num(p.birth_date)),
          (L[3], national_number(p, r).replace(".", "").replace("-", "")), (L[4], ref(r, "###-#######-##")),
          (L[5], t[4]), (L[6], ctx.employer)),
        B("para", t[5]),
        B("para", d_long(d, lang)),
        B("signature", t[6], align="right"),
        B("stamp", "", t[0].upper(), d_num(d), align="left"),
        specimen_footer(),
    ),)
    return DocSpec(f"hi-mut-{lang}", "health_insurance", lang, "be-mutualite-attestation-affiliation", pages, issue_date=d)


def _caami(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("hi-caami", p.passport_number, ctx.issue_date, lang)
    d = ctx.issue_date
    head = {"fr": ("Caisse auxiliaire d'assurance maladie-invalidité (CAAMI)", "Attestation d'inscription – assurance soins de santé"),
            "nl": ("Hulpkas voor ziekte- en invaliditeitsverzekering (HZIV)", "Attest van inschrijving – verzekering geneeskundige verzorging"),
            "de": ("Hilfskasse für Kranken- und Invalidenversicherung (HKIV)", "Bescheinigung der Einschreibung – Gesundheitspflegeversicherung")}[lang]
    lab = {"fr": ("Nom et prénom", "Date de naissance", "Numéro d'inscription", "Début de la couverture", "Régime"),
           "nl": ("Naam en voornaam", "Geboortedatum", "Inschrijvingsnummer", "Begin van de dekking", "Stelsel"),
           "de": ("Name und Vorname", "Geburtsdatum", "Einschreibungsnummer", "Beginn der Deckung", "System")}[lang]
    reg = {"fr": "régime général – travailleur salarié", "nl": "algemene regeling – werknemer", "de": "allgemeines System – Arbeitnehmer"}[lang]
    pages = ((
        B("letterhead", "", head[0], "Rue du Trône 30A / Troonstraat 30A, 1000 Bruxelles – Brussel", align="center"),
        B("title", head[1]),
        B("field", "", (lab[0], f"{p.surname.upper()} {p.given_names}"), (lab[1], d_num(p.birth_date)),
          (lab[2], ref(r, "###/######")), (lab[3], d_num(d.replace(day=1))), (lab[4], reg)),
        B("checkbox", "", ("[x]", {"fr": "soins de santé", "nl": "geneeskundige verzorging", "de": "Gesundheitspflege"}[lang]),
          ("[x]", {"fr": "indemnités", "nl": "uitkeringen", "de": "Entschädigungen"}[lang]),
          ("[ ]", {"fr": "personne à charge", "nl": "persoon ten laste", "de": "Person zu Lasten"}[lang])),
        B("stamp", "", head[0].split("(")[-1].rstrip(")"), d_num(d), align="right"),
        specimen_footer(),
    ),)
    return DocSpec(f"hi-caami-{lang}", "health_insurance", lang, "caami-hziv-attestation", pages, issue_date=d)


def _expat(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("hi-expat", p.passport_number, ctx.issue_date)
    d = ctx.issue_date
    insurer = r.choice(["GlobalCare SPECIMEN", "Expatria Health", "Meridian International Health", "Atlas Expat Insurance"])
    start = add_months(d, 1).replace(day=1)
    end = add_months(start, 12) - timedelta(days=1)
    pages = ((
        B("letterhead", "", insurer, "International private medical insurance", "Customer service +32 2 000 00 00 (24/7)", align="right"),
        B("title", "CERTIFICATE OF INSURANCE"),
        B("subtitle", "International Health Plan – Worldwide excluding USA"),
        B("field", "", ("Insured member", f"{p.given_names} {p.surname.upper()}"), ("Date of birth", d_num(p.birth_date, "/")),
          ("Passport", p.passport_number), ("Policy number", ref(r, "IHP-######-##")), ("Policyholder", ctx.employer),
          ("Period of cover", f"{d_num(start, '/')} – {d_num(end, '/')}"), ("Country of residence", "Belgium")),
        B("table", "", ("Benefit", "Limit"), ("In-patient and day-patient treatment", "100 %, no limit"),
          ("Out-patient treatment", "100 %, up to EUR 15,000"), ("Emergency evacuation and repatriation", "covered"),
          ("Maternity", "after 10 months"), ("Deductible", "none")),
        B("para", "This certificate confirms that the insured is covered for all medical risks in Belgium during the period "
          "above. It is issued at the request of the policyholder for the single permit application and follows the "
          "employment contract signed between the insured and the policyholder."),
        B("signature", "Underwriting department", align="left"),
        specimen_footer(f"Issued {d_num(d, '/')}"),
    ),)
    return DocSpec("hi-expat", "health_insurance", "en", "private-expat-health-insurance-certificate", pages, issue_date=d)


def _hospitalisation(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("hi-hosp", p.passport_number, ctx.issue_date, lang)
    d = ctx.issue_date
    ins = r.choice(["Assurances SPECIMEN SA", "Voorbeeld Verzekeringen NV", "Exemple Assurances"])
    t = {
        "fr": ("Attestation d'assurance", "Assurance hospitalisation collective", "Nous attestons que la personne ci-dessous est "
               "assurée dans le cadre du contrat collectif souscrit par son employeur. La garantie couvre les frais "
               "d'hospitalisation et les soins pré- et post-hospitaliers en Belgique.", ("Assuré", "Né(e) le", "Contrat n°",
               "Preneur d'assurance", "Prise d'effet"), "Le service clientèle"),
        "nl": ("Verzekeringsattest", "Collectieve hospitalisatieverzekering", "Wij bevestigen dat onderstaande persoon verzekerd "
               "is in het kader van de collectieve polis van zijn/haar werkgever. De dekking omvat de kosten van hospitalisatie "
               "en de pre- en posthospitalisatiezorg in België.", ("Verzekerde", "Geboren op", "Polisnummer",
               "Verzekeringnemer", "Ingangsdatum"), "De klantendienst"),
        "de": ("Versicherungsbescheinigung", "Kollektive Krankenhausversicherung", "Wir bestätigen, dass die unten genannte Person "
               "im Rahmen des von ihrem Arbeitgeber abgeschlossenen Kollektivvertrags versichert ist. Die Deckung umfasst "
               "Krankenhauskosten sowie Vor- und Nachbehandlung in Belgien.", ("Versicherte Person", "Geboren am",
               "Vertragsnummer", "Versicherungsnehmer", "Beginn"), "Der Kundendienst"),
    }[lang]
    pages = ((
        B("letterhead", "", ins, "Entreprise d'assurances agréée – Toegelaten verzekeringsonderneming", align="left"),
        B("title", t[0], align="left"), B("subtitle", t[1], align="left"),
        B("para", t[2]),
        B("field", "", (t[3][0], f"{p.surname.upper()} {p.given_names}"), (t[3][1], d_num(p.birth_date)),
          (t[3][2], ref(r, "HOS/#######")), (t[3][3], ctx.employer), (t[3][4], d_num(add_months(d, 1).replace(day=1)))),
        B("signature", t[4], align="right"),
        specimen_footer(d_num(d)),
    ),)
    return DocSpec(f"hi-hosp-{lang}", "health_insurance", lang, "collective-hospitalisation-insurance-attestation", pages, issue_date=d)


def _employer_commitment(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("hi-emp", p.passport_number, ctx.issue_date, lang)
    d = ctx.issue_date
    city = ctx.employer_address.split(",")[-1].strip()
    t = {
        "fr": ("Engagement de l'employeur – couverture des soins de santé",
               f"Objet : demande de permis unique pour {p.given_names} {p.surname.upper()} (passeport {p.passport_number})",
               f"Par la présente, {ctx.employer} s'engage à prendre en charge l'ensemble des frais médicaux et pharmaceutiques "
               "de son travailleur en Belgique jusqu'à son affiliation à une mutualité, et à lui assurer une assurance "
               "maladie couvrant tous les risques. Le travailleur sera engagé selon le contrat de travail joint à la demande.",
               f"Fait à {city}, le {d_num(d)}", "Pour l'employeur, la Directrice RH"),
        "nl": ("Verbintenis van de werkgever – dekking geneeskundige verzorging",
               f"Betreft: aanvraag gecombineerde vergunning voor {p.given_names} {p.surname.upper()} (paspoort {p.passport_number})",
               f"{ctx.employer} verbindt zich ertoe alle medische en farmaceutische kosten van de werknemer in België te dragen "
               "tot zijn/haar aansluiting bij een ziekenfonds, en een ziektekostenverzekering te voorzien die alle risico's "
               "dekt. De werknemer wordt tewerkgesteld volgens de bijgevoegde arbeidsovereenkomst.",
               f"{city}, {d_num(d)}", "Voor de werkgever, HR-directeur"),
        "en": ("Employer's undertaking – health care cover",
               f"Re: single permit application for {p.given_names} {p.surname.upper()} (passport {p.passport_number})",
               f"{ctx.employer} undertakes to bear all medical and pharmaceutical costs of the employee in Belgium until the "
               "employee is registered with a Belgian sickness fund, and to provide health insurance covering all risks in "
               "the meantime. The employee will work under the employment contract attached to the application.",
               f"{city}, {d_long(d, 'en')}", "For the employer, Head of HR"),
    }[lang]
    pages = ((
        B("letterhead", "", ctx.employer, ctx.employer_address, align=r.choice(["left", "right"])),
        B("title", t[0], align="left"),
        B("para", t[1]), B("para", t[2]), B("para", t[3]),
        B("signature", t[4], align="left"),
        B("stamp", "", ctx.employer.upper(), align="right"),
        specimen_footer(),
    ),)
    return DocSpec(f"hi-emp-{lang}", "health_insurance", lang, "employer-commitment-health-cover", pages, issue_date=d)


MODELS = [
    Model("be-mutualite-attestation-affiliation", "health_insurance", ("fr", "nl", "de"), _mutualite, in_belgium=True),
    Model("caami-hziv-attestation", "health_insurance", ("fr", "nl", "de"), _caami, in_belgium=True),
    Model("private-expat-health-insurance-certificate", "health_insurance", ("en",), _expat),
    Model("collective-hospitalisation-insurance-attestation", "health_insurance", ("fr", "nl", "de"), _hospitalisation),
    Model("employer-commitment-health-cover", "health_insurance", ("fr", "nl", "en"), _employer_commitment),
]
