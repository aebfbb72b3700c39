"""Belgian employment contracts (law of 3 July 1978) and an English-language agreement.

Models (content follows the mandatory mentions listed by the Flemish and Walloon pages summarised
in the reference file: parties, duration, place, working hours, wage and joint committee,
position; Walloon clauses on travel and medical costs; structure of social-secretariat templates):
- "Contrat de travail d'employé à durée indéterminée / Arbeidsovereenkomst voor bedienden" (fr/nl/de),
  numbered articles;
- fixed-term contract for manual workers ("ouvrier" / "arbeider" / "Arbeiter"), e.g. horticulture
  (joint committee 145) for seasonal work (fr/nl/de);
- an English "Employment Agreement" of an international employer under Belgian law (en);
- a bilingual NL/EN two-column style contract (nl+en) used by Flemish tech companies;
- a university researcher's contract ("contrat de chercheur" / "arbeidsovereenkomst voor
  wetenschappelijk personeel") (fr/nl/en).
Each states it is subject to the single permit / work authorisation being granted.
"""

from __future__ import annotations

from datetime import timedelta

from spec import Context, DocSpec, Model, Person

from ._common import (B, add_months, company_number, d_long, d_num, joint_committee, money, nat, ref,
                      salary_for, seeded, specimen_footer)


def _start(ctx: Context):
    return add_months(ctx.issue_date, 2).replace(day=1)


def _cdi(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("ec-cdi", p.passport_number, ctx.issue_date, lang)
    jc, jcn = joint_committee(ctx)
    sal = salary_for(ctx)
    start = _start(ctx)
    place = ctx.employer_address
    hours = r.choice([38, 38, 40, 39])
    if lang == "fr":
        arts = [
            ("Article 1 – Objet", f"L'employeur engage le travailleur en qualité de {ctx.job_title}, dans les liens d'un contrat de "
             "travail d'employé à durée indéterminée régi par la loi du 3 juillet 1978 relative aux contrats de travail."),
            ("Article 2 – Condition suspensive", "Le présent contrat ne produit ses effets qu'à la date à laquelle le travailleur "
             "est en possession du permis unique (autorisation de séjour et de travail) délivré sur la base de la demande "
             "introduite par l'employeur."),
            ("Article 3 – Lieu de travail", f"Le travail est exécuté à {place}, ou à tout autre endroit en Belgique où l'employeur l'envoie."),
            ("Article 4 – Durée du travail", f"La durée hebdomadaire de travail est de {hours} heures, selon l'horaire du règlement de travail."),
            ("Article 5 – Rémunération", f"La rémunération mensuelle brute est fixée à {money(sal, 'fr')} EUR, payable à terme échu "
             "par virement. Le travailleur bénéficie du pécule de vacances et de la prime de fin d'année prévus par la commission paritaire."),
            ("Article 6 – Commission paritaire", f"L'employeur relève de la commission paritaire n° {jc} ({jcn['fr']})."),
            ("Article 7 – Début", f"Le contrat prend cours le {d_long(start, 'fr')}, sous réserve de l'article 2."),
            ("Article 8 – Règlement de travail", "Le travailleur reconnaît avoir reçu une copie du règlement de travail."),
        ]
        head = ("CONTRAT DE TRAVAIL D'EMPLOYÉ À DURÉE INDÉTERMINÉE", "Loi du 3 juillet 1978 relative aux contrats de travail",
                "ENTRE LES SOUSSIGNÉS", "L'employeur", "Le travailleur", "Fait en deux exemplaires à",
                "Pour l'employeur", "Le travailleur (lu et approuvé)")
        parties = [("Employeur", ctx.employer), ("N° d'entreprise", company_number(ctx.employer)), ("Siège", ctx.employer_address),
                   ("Travailleur", f"{p.surname.upper()} {p.given_names}"), ("Né(e) le", d_num(p.birth_date)),
                   ("Nationalité", nat(p, "fr")), ("Passeport", p.passport_number)]
    elif lang == "nl":
        arts = [
            ("Artikel 1 – Voorwerp", f"De werkgever neemt de werknemer in dienst als {ctx.job_title}, met een arbeidsovereenkomst "
             "voor bedienden voor onbepaalde tijd, onderworpen aan de wet van 3 juli 1978 betreffende de arbeidsovereenkomsten."),
            ("Artikel 2 – Opschortende voorwaarde", "Deze overeenkomst gaat pas in wanneer de werknemer over de gecombineerde "
             "vergunning (toelating tot arbeid en verblijf) beschikt."),
            ("Artikel 3 – Plaats van tewerkstelling", f"De arbeid wordt verricht te {place}."),
            ("Artikel 4 – Arbeidsduur", f"De wekelijkse arbeidsduur bedraagt {hours} uur volgens het arbeidsreglement."),
            ("Artikel 5 – Loon", f"Het bruto maandloon bedraagt EUR {money(sal, 'nl')}, maandelijks betaald via overschrijving."),
            ("Artikel 6 – Paritair comité", f"De werkgever valt onder paritair comité nr. {jc} ({jcn['nl']})."),
            ("Artikel 7 – Aanvang", f"De overeenkomst begint op {d_long(start, 'nl')}, onder voorbehoud van artikel 2."),
            ("Artikel 8 – Arbeidsreglement", "De werknemer verklaart een exemplaar van het arbeidsreglement ontvangen te hebben."),
        ]
        head = ("ARBEIDSOVEREENKOMST VOOR BEDIENDEN VOOR ONBEPAALDE TIJD", "Wet van 3 juli 1978 betreffende de arbeidsovereenkomsten",
                "TUSSEN", "De werkgever", "De werknemer", "Opgemaakt in twee exemplaren te", "Voor de werkgever",
                "De werknemer (gelezen en goedgekeurd)")
        parties = [("Werkgever", ctx.employer), ("Ondernemingsnummer", company_number(ctx.employer)), ("Zetel", ctx.employer_address),
                   ("Werknemer", f"{p.surname.upper()} {p.given_names}"), ("Geboren op", d_num(p.birth_date)),
                   ("Nationaliteit", nat(p, "nl")), ("Paspoort", p.passport_number)]
    else:
        arts = [
            ("Artikel 1 – Gegenstand", f"Der Arbeitgeber stellt den Arbeitnehmer als {ctx.job_title} im Rahmen eines unbefristeten "
             "Arbeitsvertrags für Angestellte gemäß dem Gesetz vom 3. Juli 1978 über die Arbeitsverträge ein."),
            ("Artikel 2 – Aufschiebende Bedingung", "Der Vertrag wird erst wirksam, wenn der Arbeitnehmer im Besitz der kombinierten "
             "Erlaubnis (Arbeits- und Aufenthaltserlaubnis) ist."),
            ("Artikel 3 – Arbeitsort", f"Die Arbeit wird in {place} ausgeführt."),
            ("Artikel 4 – Arbeitszeit", f"Die wöchentliche Arbeitszeit beträgt {hours} Stunden."),
            ("Artikel 5 – Entlohnung", f"Der monatliche Bruttolohn beträgt {money(sal, 'de')} EUR."),
            ("Artikel 6 – Paritätische Kommission", f"Der Arbeitgeber untersteht der paritätischen Kommission Nr. {jc} ({jcn['de']})."),
            ("Artikel 7 – Beginn", f"Der Vertrag beginnt am {d_long(start, 'de')}, vorbehaltlich Artikel 2."),
        ]
        head = ("ARBEITSVERTRAG FÜR ANGESTELLTE AUF UNBESTIMMTE ZEIT", "Gesetz vom 3. Juli 1978 über die Arbeitsverträge",
                "ZWISCHEN", "Der Arbeitgeber", "Der Arbeitnehmer", "Ausgefertigt in zwei Exemplaren in", "Für den Arbeitgeber",
                "Der Arbeitnehmer (gelesen und genehmigt)")
        parties = [("Arbeitgeber", ctx.employer), ("Unternehmensnummer", company_number(ctx.employer)), ("Sitz", ctx.employer_address),
                   ("Arbeitnehmer", f"{p.surname.upper()} {p.given_names}"), ("Geboren am", d_num(p.birth_date)),
                   ("Staatsangehörigkeit", nat(p, "de")), ("Reisepass", p.passport_number)]
    city = ctx.employer_address.split(",")[-1].strip()
    blocks1 = [B("letterhead", "", ctx.employer, ctx.employer_address, align=r.choice(["left", "right"])),
               B("title", head[0]), B("subtitle", head[1]), B("heading", head[2]), B("field", "", *parties)]
    blocks1 += [x for a in arts[:5] for x in (B("heading", a[0]), B("para", a[1]))]
    blocks1.append(specimen_footer(ref(r, "Ref. HR/####/###")))
    blocks2 = [x for a in arts[5:] for x in (B("heading", a[0]), B("para", a[1]))]
    blocks2 += [B("para", f"{head[5]} {city}, {d_num(ctx.issue_date)}."),
                B("signature", head[6], align="left"), B("signature", head[7], align="right"), specimen_footer()]
    return DocSpec(f"ec-cdi-{lang}", "employment_contract", lang, "be-contrat-employe-duree-indeterminee",
                   (tuple(blocks1), tuple(blocks2)), issue_date=ctx.issue_date)


def _cdd_worker(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("ec-cdd", p.passport_number, ctx.issue_date, lang)
    jc, jcn = joint_committee(ctx)
    start = _start(ctx)
    end = start + timedelta(days=r.choice([120, 140, 149, 364]))
    hourly = round(salary_for(ctx) / 164.67, 2)
    t = {
        "fr": ("CONTRAT DE TRAVAIL D'OUVRIER À DURÉE DÉTERMINÉE", "(loi du 3 juillet 1978, art. 9 et 10)",
               [("Employeur", ctx.employer), ("Ouvrier", f"{p.surname.upper()} {p.given_names}"), ("Nationalité", nat(p, "fr")),
                ("Passeport", p.passport_number), ("Fonction", ctx.job_title), ("Période", f"du {d_num(start)} au {d_num(end)}"),
                ("Salaire horaire brut", f"{money(hourly, 'fr')} EUR"), ("Commission paritaire", f"CP {jc} – {jcn['fr']}"),
                ("Lieu", ctx.employer_address)],
               "Le présent contrat est conclu pour une durée déterminée. Il est subordonné à l'octroi du permis unique "
               "(autorisation de travail de la Région et autorisation de séjour de l'Office des étrangers). L'employeur "
               "prend en charge les frais de voyage et les soins médicaux jusqu'à l'affiliation du travailleur à une mutualité.",
               "Signature de l'employeur", "Signature de l'ouvrier"),
        "nl": ("ARBEIDSOVEREENKOMST VOOR ARBEIDERS VOOR BEPAALDE TIJD", "(wet van 3 juli 1978, art. 9 en 10)",
               [("Werkgever", ctx.employer), ("Arbeider", f"{p.surname.upper()} {p.given_names}"), ("Nationaliteit", nat(p, "nl")),
                ("Paspoort", p.passport_number), ("Functie", ctx.job_title), ("Periode", f"van {d_num(start)} tot {d_num(end)}"),
                ("Bruto uurloon", f"EUR {money(hourly, 'nl')}"), ("Paritair comité", f"PC {jc} – {jcn['nl']}"),
                ("Plaats", ctx.employer_address)],
               "Deze overeenkomst wordt gesloten voor een bepaalde tijd en is afhankelijk van de toekenning van de "
               "gecombineerde vergunning. De werkgever betaalt de reiskosten en de medische kosten tot de werknemer "
               "bij een ziekenfonds is aangesloten.",
               "Handtekening werkgever", "Handtekening arbeider"),
        "de": ("ARBEITSVERTRAG FÜR ARBEITER AUF BESTIMMTE ZEIT", "(Gesetz vom 3. Juli 1978, Art. 9 und 10)",
               [("Arbeitgeber", ctx.employer), ("Arbeiter", f"{p.surname.upper()} {p.given_names}"), ("Staatsangehörigkeit", nat(p, "de")),
                ("Reisepass", p.passport_number), ("Funktion", ctx.job_title), ("Zeitraum", f"vom {d_num(start)} bis {d_num(end)}"),
                ("Bruttostundenlohn", f"{money(hourly, 'de')} EUR"), ("Paritätische Kommission", f"PK {jc} – {jcn['de']}"),
                ("Arbeitsort", ctx.employer_address)],
               "Dieser Vertrag wird auf bestimmte Zeit geschlossen und steht unter dem Vorbehalt der Erteilung der kombinierten "
               "Erlaubnis. Der Arbeitgeber übernimmt die Reisekosten und die ärztliche Versorgung bis zum Beitritt zu einer Krankenkasse.",
               "Unterschrift Arbeitgeber", "Unterschrift Arbeiter"),
    }[lang]
    pages = ((
        B("letterhead", "", ctx.employer, ctx.employer_address, f"BCE/KBO {company_number(ctx.employer)}", align="center"),
        B("title", t[0]), B("subtitle", t[1]),
        B("field", "", *t[2]),
        B("para", t[3]),
        B("para", f"{ctx.employer_address.split(',')[-1].strip()}, {d_num(ctx.issue_date)}"),
        B("signature", t[4], align="left"), B("signature", t[5], align="right"),
        specimen_footer(),
    ),)
    return DocSpec(f"ec-cdd-{lang}", "employment_contract", lang, "be-contrat-ouvrier-duree-determinee", pages,
                   issue_date=ctx.issue_date)


def _english(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("ec-en", p.passport_number, ctx.issue_date)
    jc, jcn = joint_committee(ctx)
    sal = salary_for(ctx)
    start = _start(ctx)
    clauses = [
        ("1. Position", f"The Employee is employed as {ctx.job_title}. This Agreement is an employment contract for white-collar "
         "employees of indefinite duration within the meaning of the Belgian Act of 3 July 1978 on employment contracts."),
        ("2. Condition precedent", "Employment starts only once the Employee holds a valid single permit (combined work and "
         "residence authorisation). The Employer files the application through the Working in Belgium one-stop counter."),
        ("3. Place of work", f"{ctx.employer_address}, with occasional travel."),
        ("4. Working time", "38 hours per week, Monday to Friday."),
        ("5. Remuneration", f"A gross monthly salary of EUR {money(sal, 'en')}, paid 13.92 times a year including holiday pay "
         "and the end-of-year premium."),
        ("6. Joint committee", f"The Employer falls under Joint Committee No. {jc} ({jcn['en']})."),
        ("7. Start date", d_long(start, "en")),
        ("8. Benefits", "Hospitalisation insurance and group insurance according to the Employer's policy; meal vouchers."),
        ("9. Governing law", "Belgian law. Any dispute falls under the labour courts of the Employer's seat."),
    ]
    p1 = [B("letterhead", "", ctx.employer, ctx.employer_address, f"Enterprise number {company_number(ctx.employer)}"),
          B("title", "EMPLOYMENT AGREEMENT"),
          B("subtitle", "White-collar employee – indefinite term"),
          B("field", "", ("Employer", ctx.employer), ("Employee", f"{p.given_names} {p.surname.upper()}"),
            ("Date of birth", d_num(p.birth_date, "/")), ("Nationality", nat(p, "en")), ("Passport", p.passport_number))]
    p1 += [x for c in clauses for x in (B("heading", c[0]), B("para", c[1]))]
    p1 += [B("para", f"Signed in two originals on {d_long(ctx.issue_date, 'en')}."),
           B("signature", "For the Employer\nHR Director", align="left"),
           B("signature", "The Employee", align="right"), specimen_footer(ref(r, "Contract ID ######"))]
    return DocSpec("ec-en", "employment_contract", "en", "employment-agreement-en-belgian-law", (tuple(p1),),
                   issue_date=ctx.issue_date)


def _bilingual(p: Person, ctx: Context, lang: str) -> DocSpec:
    jc, jcn = joint_committee(ctx)
    sal = salary_for(ctx)
    start = _start(ctx)
    rows = [("Artikel / Article", "Nederlands", "English"),
            ("1", f"De werknemer wordt aangeworven als {ctx.job_title} voor onbepaalde tijd (wet van 3 juli 1978).",
             f"The employee is hired as {ctx.job_title} for an indefinite term (Act of 3 July 1978)."),
            ("2", "De overeenkomst gaat in zodra de gecombineerde vergunning is toegekend.",
             "The agreement takes effect once the single permit has been granted."),
            ("3", f"Plaats van tewerkstelling: {ctx.employer_address}.", f"Place of work: {ctx.employer_address}."),
            ("4", f"Bruto maandloon: EUR {money(sal, 'nl')}.", f"Gross monthly salary: EUR {money(sal, 'en')}."),
            ("5", f"Paritair comité {jc}.", f"Joint committee {jc}."),
            ("6", f"Aanvang: {d_num(start)}.", f"Start: {d_num(start)}."),
            ("7", "Bij tegenstrijdigheid primeert de Nederlandse tekst.", "In case of conflict the Dutch text prevails.")]
    pages = ((
        B("letterhead", "", ctx.employer, ctx.employer_address, align="right"),
        B("title", "Arbeidsovereenkomst – Employment contract"),
        B("field", "", ("Werkgever / Employer", ctx.employer), ("Werknemer / Employee", f"{p.surname.upper()} {p.given_names}"),
          ("Geboortedatum / Date of birth", d_num(p.birth_date)), ("Paspoort / Passport", p.passport_number)),
        B("table", "", *rows),
        B("para", f"Opgemaakt te / Signed at {ctx.employer_address.split(',')[-1].strip()}, {d_num(ctx.issue_date)}"),
        B("signature", "Werkgever / Employer", align="left"), B("signature", "Werknemer / Employee", align="right"),
        specimen_footer(),
    ),)
    return DocSpec("ec-bi", "employment_contract", "nl+en", "bilingual-nl-en-arbeidsovereenkomst", pages,
                   issue_date=ctx.issue_date)


def _researcher(p: Person, ctx: Context, lang: str) -> DocSpec:
    sal = salary_for(ctx)
    start = _start(ctx)
    end = add_months(start, 36) - timedelta(days=1)
    uni = ctx.employer
    t = {
        "fr": ("Contrat de travail à durée déterminée – personnel scientifique", "Chercheur postdoctoral",
               f"L'université engage {p.given_names} {p.surname.upper()} ({nat(p, 'fr')}, passeport {p.passport_number}) "
               f"en qualité de chercheur, du {d_num(start)} au {d_num(end)}, conformément à la loi du 3 juillet 1978. "
               "La convention d'accueil conclue avec le chercheur fait partie intégrante du présent contrat.",
               f"Rémunération : barème du personnel scientifique, {money(sal, 'fr')} EUR bruts par mois. Commission paritaire : "
               "le personnel contractuel de l'université n'y relève pas (secteur public) / CP 200 pour l'ASBL de recherche.",
               "Pour l'université, le Recteur", "Le chercheur"),
        "nl": ("Arbeidsovereenkomst voor bepaalde tijd – wetenschappelijk personeel", "Postdoctoraal onderzoeker",
               f"De universiteit neemt {p.given_names} {p.surname.upper()} ({nat(p, 'nl')}, paspoort {p.passport_number}) in dienst "
               f"als onderzoeker van {d_num(start)} tot {d_num(end)}, volgens de wet van 3 juli 1978. De gastovereenkomst "
               "met de onderzoeker maakt integraal deel uit van deze overeenkomst.",
               f"Loon: barema wetenschappelijk personeel, bruto EUR {money(sal, 'nl')} per maand.",
               "Voor de universiteit, de rector", "De onderzoeker"),
        "en": ("Fixed-term employment contract – academic staff", "Postdoctoral researcher",
               f"The University employs {p.given_names} {p.surname.upper()} ({nat(p, 'en')}, passport {p.passport_number}) as a "
               f"researcher from {d_num(start)} to {d_num(end)} under the Act of 3 July 1978. The hosting agreement signed "
               "with the researcher forms part of this contract.",
               f"Salary: academic staff scale, EUR {money(sal, 'en')} gross per month.",
               "For the University, the Rector", "The researcher"),
    }[lang]
    pages = ((
        B("letterhead", "", uni, ctx.employer_address, "Human Resources – Personnel", align="left"),
        B("title", t[0]), B("subtitle", t[1]),
        B("para", t[2]), B("para", t[3]),
        B("para", pick_date(ctx, lang)),
        B("signature", t[4], align="left"), B("signature", t[5], align="right"),
        specimen_footer(),
    ),)
    return DocSpec(f"ec-res-{lang}", "employment_contract", lang, "university-researcher-contract", pages,
                   issue_date=ctx.issue_date)


def pick_date(ctx: Context, lang: str) -> str:
    city = ctx.employer_address.split(",")[-1].strip()
    return {"fr": f"Fait à {city}, le {d_long(ctx.issue_date, 'fr')}", "nl": f"Opgemaakt te {city} op {d_long(ctx.issue_date, 'nl')}",
            "en": f"Done at {city} on {d_long(ctx.issue_date, 'en')}"}.get(lang, d_num(ctx.issue_date))


MODELS = [
    Model("be-contrat-employe-duree-indeterminee", "employment_contract", ("fr", "nl", "de"), _cdi),
    Model("be-contrat-ouvrier-duree-determinee", "employment_contract", ("fr", "nl", "de"), _cdd_worker),
    Model("employment-agreement-en-belgian-law", "employment_contract", ("en",), _english),
    Model("bilingual-nl-en-arbeidsovereenkomst", "employment_contract", ("nl+en",), _bilingual),
    Model("university-researcher-contract", "employment_contract", ("fr", "nl", "en"), _researcher),
]
