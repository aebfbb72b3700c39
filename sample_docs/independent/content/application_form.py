"""Single-permit application forms and portal summaries.

Models (structure from the federal one-stop counter "Working in Belgium" described on the DOFI/BOSA
single-permit page, the Flemish forms page vlaanderen.be "toelating tot arbeid –
aanvraagformulieren", Brussels Economy and Employment's annex list, SPW Emploi and the
Ministerium der Deutschsprachigen Gemeinschaft):
- the portal's generated application summary (en/fr/nl/de), which lists the uploaded annexes;
- the Flemish paper form with category check boxes (nl/en);
- the Brussels bilingual FR/NL form;
- the Walloon SPW form with its "annexes à joindre";
- the German-speaking Community's "Antrag";
- the worker's own form for an unlimited-duration permit (Wallonia / Brussels, fr/nl).
The annex lists name the other documents (passport copy, medical certificate, criminal record,
contract, proof of fee payment...), as real forms do.
"""

from __future__ import annotations

from spec import Context, DocSpec, Model, Person

from ._common import (B, company_number, d_num, joint_committee, money, nat, permit_name, ref, salary_for,
                      seeded, specimen_footer)

ANNEX = {
    "fr": ["copie de toutes les pages du passeport en cours de validité", "certificat médical (modèle de l'Office des étrangers)",
           "extrait de casier judiciaire de moins de 6 mois", "contrat de travail signé par les deux parties",
           "preuve du paiement de la redevance à l'Office des étrangers", "preuve d'une assurance maladie",
           "copie du diplôme", "copie du titre de séjour (si le travailleur réside en Belgique)"],
    "nl": ["kopie van alle bladzijden van het geldige paspoort", "medisch attest (model DVZ)",
           "uittreksel uit het strafregister van minder dan 6 maanden", "arbeidsovereenkomst ondertekend door beide partijen",
           "bewijs van betaling van de retributie aan de Dienst Vreemdelingenzaken", "bewijs van ziektekostenverzekering",
           "kopie van het diploma", "kopie van de verblijfskaart (als de werknemer in België verblijft)"],
    "de": ["Kopie aller Seiten des gültigen Reisepasses", "ärztliches Attest (Muster des Ausländeramtes)",
           "Auszug aus dem Strafregister (nicht älter als 6 Monate)", "von beiden Parteien unterzeichneter Arbeitsvertrag",
           "Nachweis der Zahlung der Gebühr an das Ausländeramt", "Nachweis einer Krankenversicherung",
           "Kopie des Diploms", "Kopie des Aufenthaltstitels (falls der Arbeitnehmer in Belgien wohnt)"],
    "en": ["copy of every page of the valid passport", "medical certificate (Immigration Office model)",
           "criminal record extract less than 6 months old", "employment contract signed by both parties",
           "proof of payment of the administrative fee to the Immigration Office", "proof of health insurance",
           "copy of the diploma", "copy of the Belgian residence card (if the worker lives in Belgium)"],
}


def _worker_rows(p: Person, lang: str, r):
    lab = {
        "fr": ("Nom", "Prénom(s)", "Date de naissance", "Lieu de naissance", "Nationalité", "Sexe", "N° de passeport"),
        "nl": ("Naam", "Voornaam/-namen", "Geboortedatum", "Geboorteplaats", "Nationaliteit", "Geslacht", "Paspoortnummer"),
        "de": ("Name", "Vorname(n)", "Geburtsdatum", "Geburtsort", "Staatsangehörigkeit", "Geschlecht", "Reisepassnummer"),
        "en": ("Surname", "Given name(s)", "Date of birth", "Place of birth", "Nationality", "Sex", "Passport number"),
    }[lang]
    return (lab[0], p.surname.upper()), (lab[1], p.given_names), (lab[2], d_num(p.birth_date)), \
        (lab[3], p.birth_place), (lab[4], nat(p, lang)), (lab[5], p.sex), (lab[6], p.passport_number)


def _portal(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("af-oss", p.passport_number, ctx.issue_date, lang)
    emp, addr = ctx.employer, ctx.employer_address
    jc, jcn = joint_committee(ctx)
    sal = salary_for(ctx)
    t = {
        "en": ("Working in Belgium – One-stop counter", "Application for a single permit", "Summary of the application",
               "Employer", "Worker", "Employment", "Annexes uploaded", "Declaration",
               "I declare that the information given is true and complete. Submitted electronically.",
               ("Company number", "NSSO number", "Address", "Contact"), ("Position", "Joint committee", "Gross monthly wage",
                                                                           "Start / end", "Place of work", "Competent region", "Category")),
        "fr": ("Working in Belgium – Guichet unique", "Demande de permis unique", "Récapitulatif de la demande",
               "Employeur", "Travailleur", "Occupation", "Annexes téléchargées", "Déclaration",
               "Je déclare que les données communiquées sont exactes et complètes. Introduit par voie électronique.",
               ("Numéro d'entreprise (BCE)", "Numéro ONSS", "Adresse", "Personne de contact"),
               ("Fonction", "Commission paritaire", "Salaire mensuel brut", "Début / fin", "Lieu de travail", "Région compétente", "Catégorie")),
        "nl": ("Working in Belgium – Uniek loket", "Aanvraag gecombineerde vergunning", "Samenvatting van de aanvraag",
               "Werkgever", "Werknemer", "Tewerkstelling", "Opgeladen bijlagen", "Verklaring",
               "Ik verklaar dat de verstrekte gegevens juist en volledig zijn. Elektronisch ingediend.",
               ("Ondernemingsnummer (KBO)", "RSZ-nummer", "Adres", "Contactpersoon"),
               ("Functie", "Paritair comité", "Bruto maandloon", "Begin / einde", "Plaats van tewerkstelling", "Bevoegd gewest", "Categorie")),
        "de": ("Working in Belgium – Einheitsschalter", "Antrag auf kombinierte Erlaubnis", "Zusammenfassung des Antrags",
               "Arbeitgeber", "Arbeitnehmer", "Beschäftigung", "Hochgeladene Anlagen", "Erklärung",
               "Ich erkläre, dass die Angaben richtig und vollständig sind. Elektronisch eingereicht.",
               ("Unternehmensnummer (ZDU)", "LSS-Nummer", "Anschrift", "Kontaktperson"),
               ("Funktion", "Paritätische Kommission", "Bruttomonatslohn", "Beginn / Ende", "Arbeitsort", "Zuständige Region", "Kategorie")),
    }[lang]
    region_name = {"flanders": {"fr": "Région flamande", "nl": "Vlaams Gewest", "de": "Flämische Region", "en": "Flemish Region"},
                   "brussels": {"fr": "Région de Bruxelles-Capitale", "nl": "Brussels Hoofdstedelijk Gewest", "de": "Region Brüssel-Hauptstadt", "en": "Brussels-Capital Region"},
                   "wallonia": {"fr": "Région wallonne", "nl": "Waals Gewest", "de": "Wallonische Region", "en": "Walloon Region"},
                   "german-speaking": {"fr": "Communauté germanophone", "nl": "Duitstalige Gemeenschap", "de": "Deutschsprachige Gemeinschaft", "en": "German-speaking Community"}}[ctx.region][lang]
    files = ["passport_all_pages.pdf", "medical_certificate.pdf", "criminal_record.pdf", "employment_contract.pdf",
             "payment_fee.pdf", "health_insurance.pdf"]
    annex_rows = [(t[6].split()[0] if False else str(i + 1), a, f) for i, (a, f) in enumerate(zip(ANNEX[lang][:6], files))]
    p1 = (
        B("letterhead", "", t[0], "www.workinginbelgium.be", align="left"),
        B("title", t[1], align="left"),
        B("subtitle", f"{t[2]} – {ref(r, 'OSS-2026-######')} – {d_num(ctx.issue_date)}", align="left"),
        B("heading", t[3]),
        B("field", "", (t[3], emp), (t[9][0], company_number(emp)), (t[9][1], ref(r, "###-#######-##")), (t[9][2], addr),
          (t[9][3], r.choice(["HR department", "Mobility team", "Personnel"]))),
        B("heading", t[4]),
        B("field", "", *_worker_rows(p, lang, r)),
        B("heading", t[5]),
        B("field", "", (t[10][0], ctx.job_title), (t[10][1], f"{jc} – {jcn[lang]}"), (t[10][2], f"EUR {money(sal, lang)}"),
          (t[10][3], f"{d_num(ctx.today)} – {d_num(ctx.today.replace(year=ctx.today.year + 2))}"), (t[10][4], addr),
          (t[10][5], region_name), (t[10][6], permit_name(ctx, lang))),
        specimen_footer(ref(r, "Ref. ##########")),
    )
    p2 = (
        B("heading", t[6]),
        B("table", "", ("#", t[6], "File"), *annex_rows),
        B("heading", t[7]),
        B("para", t[8]),
        B("field", "", ("Timestamp", f"{d_num(ctx.issue_date)} {r.randint(8, 18):02d}:{r.randint(0, 59):02d}"),
          ("eID / itsme", "signed by the employer's mandated representative")),
        specimen_footer(),
    )
    return DocSpec(f"af-oss-{lang}", "application_form", lang, "be-oss-portal-application-summary", (p1, p2),
                   issue_date=ctx.issue_date)


def _flanders(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("af-vl", p.passport_number, ctx.issue_date, lang)
    jc, jcn = joint_committee(ctx)
    cat = ctx.permit
    if lang == "nl":
        boxes = [("hooggeschoolde werknemer", "highly-qualified"), ("Europese blauwe kaart", "eu-blue-card"),
                 ("leidinggevend personeel", "executive"), ("onderzoeker", "researcher"),
                 ("seizoenarbeider", "seasonal-worker"), ("overplaatsing binnen een onderneming (ICT)", "intra-corporate-transfer"),
                 ("onbepaalde duur", "unlimited-duration"), ("overige (knelpuntberoep)", "single-permit-fixed-term")]
        pages = ((
            B("letterhead", "", "Vlaamse overheid", "Departement Werk en Sociale Economie", "Afdeling Economische Migratie",
              "Koning Albert II-laan 35 bus 20, 1030 Brussel"),
            B("title", "Aanvraag van een toelating tot arbeid – gecombineerde vergunning"),
            B("subtitle", "in te vullen door de werkgever – enkel volledige dossiers worden behandeld"),
            B("heading", "1. Categorie"),
            B("checkbox", "", *[("[x]" if k == cat else "[ ]", lbl) for lbl, k in boxes]),
            B("heading", "2. Gegevens van de werkgever"),
            B("field", "", ("Naam van de onderneming", ctx.employer), ("Ondernemingsnummer", company_number(ctx.employer)),
              ("Adres", ctx.employer_address), ("Paritair comité", f"PC {jc}")),
            B("heading", "3. Gegevens van de werknemer"),
            B("field", "", *_worker_rows(p, "nl", r)),
            B("heading", "4. Tewerkstelling"),
            B("field", "", ("Functie", ctx.job_title), ("Bruto jaarloon", f"EUR {money(salary_for(ctx) * 13.92, 'nl')}"),
              ("Vermoedelijke begindatum", d_num(ctx.today))),
            specimen_footer("Formulier gecombineerde vergunning – versie 2026"),
        ), (
            B("heading", "5. Bij te voegen stukken"),
            B("checkbox", "", *[("[x]", a) for a in ANNEX["nl"][:6]]),
            B("para", "Alle bijlagen mogen in het Engels, Frans of Duits zijn. Enkel dit aanvraagformulier moet een origineel zijn."),
            B("heading", "6. Ondertekening"),
            B("field", "", ("Datum", d_num(ctx.issue_date)), ("Plaats", ctx.employer_address.split(",")[-1].strip())),
            B("signature", "Handtekening van de werkgever", align="left"),
            B("signature", "Handtekening van de werknemer (voor kennisname)", align="right"),
            specimen_footer(),
        ))
    else:
        boxes = [("highly qualified worker", "highly-qualified"), ("European Blue Card", "eu-blue-card"),
                 ("executive staff", "executive"), ("researcher", "researcher"), ("seasonal worker", "seasonal-worker"),
                 ("intra-corporate transferee", "intra-corporate-transfer"), ("unlimited duration", "unlimited-duration"),
                 ("other (shortage occupation)", "single-permit-fixed-term")]
        pages = ((
            B("letterhead", "", "Flemish Government", "Department of Work and Social Economy", "Economic Migration Division"),
            B("title", "Application for a work authorisation – single permit"),
            B("subtitle", "to be completed by the employer (English courtesy version of the Dutch form)"),
            B("heading", "1. Category"),
            B("checkbox", "", *[("[x]" if k == cat else "[ ]", lbl) for lbl, k in boxes]),
            B("heading", "2. Employer"),
            B("field", "", ("Company name", ctx.employer), ("Enterprise number", company_number(ctx.employer)),
              ("Address", ctx.employer_address), ("Joint committee", f"JC {jc}")),
            B("heading", "3. Worker"),
            B("field", "", *_worker_rows(p, "en", r)),
            B("heading", "4. Annexes"),
            B("checkbox", "", *[("[x]", a) for a in ANNEX["en"][:6]]),
            B("field", "", ("Date", d_num(ctx.issue_date))),
            B("signature", "Signature of the employer", align="left"),
            specimen_footer(),
        ),)
    return DocSpec(f"af-vl-{lang}", "application_form", lang, "vl-aanvraagformulier-gecombineerde-vergunning", pages,
                   issue_date=ctx.issue_date)


def _brussels(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("af-bxl", p.passport_number, ctx.issue_date)
    jc, _ = joint_committee(ctx)
    fr, nl = ANNEX["fr"], ANNEX["nl"]
    pages = ((
        B("letterhead", "", "Bruxelles Économie et Emploi – Brussel Economie en Werkgelegenheid",
          "Direction de la Migration économique – Directie Economische Migratie",
          "Place Saint-Lazare 2 / Sint-Lazarusplein 2, 1035 Bruxelles – Brussel", align="center"),
        B("title", "Formulaire de demande de permis unique"),
        B("subtitle", "Aanvraagformulier voor een gecombineerde vergunning"),
        B("heading", "A. Employeur – Werkgever"),
        B("field", "", ("Dénomination – Benaming", ctx.employer), ("N° BCE – KBO-nr.", company_number(ctx.employer)),
          ("Siège – Zetel", ctx.employer_address), ("Commission paritaire – Paritair comité", jc)),
        B("heading", "B. Travailleur – Werknemer"),
        B("field", "", ("Nom – Naam", p.surname.upper()), ("Prénom – Voornaam", p.given_names),
          ("Né(e) le – Geboren op", d_num(p.birth_date)), ("Nationalité – Nationaliteit", f"{nat(p, 'fr')} / {nat(p, 'nl')}"),
          ("Passeport – Paspoort", p.passport_number)),
        B("heading", "C. Occupation – Tewerkstelling"),
        B("field", "", ("Fonction – Functie", ctx.job_title), ("Salaire brut de base – Bruto basisloon",
                                                              f"{money(salary_for(ctx), 'fr')} EUR / mois – maand"),
          ("Catégorie – Categorie", f"{permit_name(ctx, 'fr')} / {permit_name(ctx, 'nl')}")),
        B("heading", "D. Annexes – Bijlagen"),
        B("checkbox", "", *[("[x]", f"{a} – {b}") for a, b in zip(fr[:6], nl[:6])]),
        B("field", "", ("Date – Datum", d_num(ctx.issue_date))),
        B("signature", "Signature de l'employeur – Handtekening van de werkgever", align="right"),
        specimen_footer(ref(r, "BEE/PU/####/#####")),
    ),)
    return DocSpec("af-bxl", "application_form", "fr+nl", "bxl-formulaire-permis-unique-bilingue", pages,
                   issue_date=ctx.issue_date)


def _wallonia(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("af-wal", p.passport_number, ctx.issue_date)
    jc, jcn = joint_committee(ctx)
    pages = ((
        B("letterhead", "", "SPW Économie, Emploi, Recherche", "Département de l'Emploi et de la Formation professionnelle",
          "Direction de l'Emploi et des Permis de travail", "Place de la Wallonie 1, 5100 Jambes"),
        B("title", "Demande d'autorisation de travail dans le cadre du permis unique", align="left"),
        B("subtitle", "Formulaire employeur – à joindre à la demande introduite via le guichet unique", align="left"),
        B("heading", "Cadre 1 – L'employeur"),
        B("field", "", ("Raison sociale", ctx.employer), ("Numéro d'entreprise", company_number(ctx.employer)),
          ("Adresse du siège d'exploitation", ctx.employer_address), ("Commission paritaire", f"{jc} – {jcn['fr']}")),
        B("heading", "Cadre 2 – Le travailleur"),
        B("field", "", *_worker_rows(p, "fr", r)),
        B("heading", "Cadre 3 – L'occupation"),
        B("field", "", ("Fonction exercée", ctx.job_title), ("Horaire hebdomadaire", f"{r.choice([38, 38, 40])} heures"),
          ("Rémunération brute", f"{money(salary_for(ctx), 'fr')} EUR par mois"), ("Catégorie", permit_name(ctx, "fr"))),
        B("checkbox", "", ("[x]", "L'employeur s'engage à prendre en charge les frais de voyage du travailleur."),
          ("[x]", "L'employeur s'engage à couvrir les soins médicaux et pharmaceutiques jusqu'à l'affiliation à une mutualité.")),
        specimen_footer("Formulaire permis unique – SPW"),
    ), (
        B("heading", "Cadre 4 – Annexes à joindre"),
        B("list", "", *ANNEX["fr"][:7], align="right"),
        B("heading", "Cadre 5 – Signature"),
        B("para", f"Fait à {ctx.employer_address.split(',')[-1].strip()}, le {d_num(ctx.issue_date)}."),
        B("signature", "Pour l'employeur (nom, qualité)", align="left"),
        B("stamp", "", ctx.employer.upper(), "DIRECTION DES RESSOURCES HUMAINES", align="right"),
        specimen_footer(),
    ))
    return DocSpec("af-wal", "application_form", "fr", "wal-spw-formulaire-permis-unique", pages, issue_date=ctx.issue_date)


def _dg(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("af-dg", p.passport_number, ctx.issue_date)
    jc, jcn = joint_committee(ctx)
    pages = ((
        B("letterhead", "", "Ministerium der Deutschsprachigen Gemeinschaft", "Fachbereich Beschäftigung – Arbeitserlaubnisse",
          "Gospertstraße 1, 4700 Eupen", align="right"),
        B("title", "Antrag auf eine kombinierte Erlaubnis (Arbeit und Aufenthalt)"),
        B("heading", "I. Arbeitgeber"),
        B("field", "", ("Firma", ctx.employer), ("Unternehmensnummer", company_number(ctx.employer)),
          ("Anschrift", ctx.employer_address), ("Paritätische Kommission", f"{jc} – {jcn['de']}")),
        B("heading", "II. Arbeitnehmer"),
        B("field", "", *_worker_rows(p, "de", r)),
        B("heading", "III. Beschäftigung"),
        B("field", "", ("Funktion", ctx.job_title), ("Bruttolohn", f"{money(salary_for(ctx), 'de')} EUR monatlich"),
          ("Art der Erlaubnis", permit_name(ctx, "de"))),
        B("heading", "IV. Beizufügende Unterlagen"),
        B("checkbox", "", *[("[x]", a) for a in ANNEX["de"][:6]]),
        B("para", f"Eupen, den {d_num(ctx.issue_date)}"),
        B("signature", "Unterschrift des Arbeitgebers", align="right"),
        specimen_footer(),
    ),)
    return DocSpec("af-dg", "application_form", "de", "dg-antrag-kombinierte-erlaubnis", pages, issue_date=ctx.issue_date)


def _worker_unlimited(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("af-ul", p.passport_number, ctx.issue_date, lang)
    if lang == "fr":
        pages = ((
            B("letterhead", "", "Demande introduite par le travailleur", "Permis unique à durée illimitée"),
            B("title", "Formulaire de demande – permis unique à durée illimitée"),
            B("subtitle", "à compléter, dater et signer par le travailleur lui-même"),
            B("field", "", *_worker_rows(p, "fr", r), ("Adresse en Belgique", p.address or "—")),
            B("heading", "Périodes de travail en Belgique"),
            B("table", "", ("Employeur", "Du", "Au", "Permis"),
              (ctx.employer, d_num(ctx.today.replace(year=ctx.today.year - 4)), d_num(ctx.today), "permis unique"),),
            B("heading", "Documents joints"),
            B("checkbox", "", ("[x]", "copie du passeport"), ("[x]", "copie du titre de séjour"),
              ("[x]", "fiches de paie / compte individuel des 4 dernières années"), ("[x]", "contrat de travail en cours"),
              ("[x]", "preuve du paiement de la redevance")),
            B("field", "", ("Date", d_num(ctx.issue_date))),
            B("signature", "Signature du travailleur", align="right"),
            specimen_footer(),
        ),)
    else:
        pages = ((
            B("letterhead", "", "Aanvraag door de werknemer", "Gecombineerde vergunning van onbepaalde duur"),
            B("title", "Aanvraagformulier – toelating tot arbeid van onbepaalde duur"),
            B("subtitle", "in te vullen, te dateren en te ondertekenen door de werknemer zelf"),
            B("field", "", *_worker_rows(p, "nl", r), ("Adres in België", p.address or "—")),
            B("heading", "Arbeidsperiodes in België"),
            B("table", "", ("Werkgever", "Van", "Tot", "Vergunning"),
              (ctx.employer, d_num(ctx.today.replace(year=ctx.today.year - 4)), d_num(ctx.today), "gecombineerde vergunning")),
            B("heading", "Bijgevoegde stukken"),
            B("checkbox", "", ("[x]", "kopie van het paspoort"), ("[x]", "kopie van de verblijfskaart"),
              ("[x]", "loonbrieven / individuele rekening van de laatste 4 jaar"), ("[x]", "lopende arbeidsovereenkomst"),
              ("[x]", "bewijs van betaling van de retributie")),
            B("field", "", ("Datum", d_num(ctx.issue_date))),
            B("signature", "Handtekening van de werknemer", align="right"),
            specimen_footer(),
        ),)
    return DocSpec(f"af-ul-{lang}", "application_form", lang, "worker-form-unlimited-duration", pages, issue_date=ctx.issue_date)


MODELS = [
    Model("be-oss-portal-application-summary", "application_form", ("en", "fr", "nl", "de"), _portal),
    Model("vl-aanvraagformulier-gecombineerde-vergunning", "application_form", ("nl", "en"), _flanders),
    Model("bxl-formulaire-permis-unique-bilingue", "application_form", ("fr+nl",), _brussels),
    Model("wal-spw-formulaire-permis-unique", "application_form", ("fr",), _wallonia),
    Model("dg-antrag-kombinierte-erlaubnis", "application_form", ("de",), _dg),
    Model("worker-form-unlimited-duration", "application_form", ("fr", "nl"), _worker_unlimited, in_belgium=True),
]
