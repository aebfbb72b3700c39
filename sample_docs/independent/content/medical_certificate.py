"""Medical certificates for a single-permit or long-stay application.

People call the Immigration Office's model by many names: "certificat médical", "attestation
médicale", "medisch getuigschrift", "medisch attest", "ärztliches Attest / ärztliche Bescheinigung",
"medical certificate". Models imitated (facts from the Brussels annex list and the reference file:
the doctor certifies that the person suffers from none of the diseases listed in the annex to the
law of 15 December 1980 that may endanger public health; at most 6 months old; abroad, from a
doctor approved by the Belgian embassy, often legalised):
- the Immigration Office's one-page model in FR, NL, DE or EN;
- a bilingual FR/NL form version with check boxes for the examinations;
- an embassy-approved physician's certificate on a foreign clinic letterhead (EN), with a
  legalisation stamp;
- a Belgian GP's short attest on a prescription-pad style letterhead (NL/FR), with the RIZIV/INAMI number;
- a Moroccan doctor's "certificat médical" with a "légalisation de signature" stamp (FR).
"""

from __future__ import annotations

from spec import Context, DocSpec, Model, Person

from ._common import B, commune_for, d_long, d_num, doctor_name, nat, ref, seeded, specimen_footer

LAW = {
    "fr": "l'annexe de la loi du 15 décembre 1980 sur l'accès au territoire, le séjour, l'établissement et l'éloignement des étrangers",
    "nl": "de bijlage bij de wet van 15 december 1980 betreffende de toegang tot het grondgebied, het verblijf, de vestiging en de verwijdering van vreemdelingen",
    "de": "der Anlage zum Gesetz vom 15. Dezember 1980 über die Einreise ins Staatsgebiet, den Aufenthalt, die Niederlassung und das Entfernen von Ausländern",
    "en": "the annex to the Belgian Act of 15 December 1980 on access to the territory, residence, settlement and removal of foreign nationals",
}


def _oe_model(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("mc-oe", p.passport_number, ctx.issue_date, lang)
    doc = doctor_name(r)
    d = ctx.issue_date
    abroad = {"IND": "Mumbai", "PHL": "Manila", "MAR": "Casablanca", "TUR": "Istanbul", "COL": "Bogotá", "BRA": "São Paulo",
              "USA": "Chicago", "CHN": "Shanghai", "UKR": "Kyiv", "NGA": "Lagos"}
    here = {"fr": ["Bruxelles", "Liège", "Namur"], "nl": ["Gent", "Antwerpen", "Leuven"], "de": ["Eupen", "Sankt Vith"],
            "en": ["Brussels"]}[lang]
    city = r.choice(here) if p.address else abroad.get(p.nationality, "Brussels")
    t = {
        "fr": ("ROYAUME DE BELGIQUE – Service public fédéral Intérieur", "Office des étrangers",
               r.choice(["CERTIFICAT MÉDICAL", "Certificat médical"]),
               "(modèle prévu pour la demande d'autorisation de séjour – permis unique)",
               f"Je soussigné(e), {doc}, docteur en médecine, certifie avoir examiné ce jour :",
               ("Nom", "Prénom(s)", "Date de naissance", "Nationalité", "Passeport n°"),
               f"et déclare qu'il/elle n'est atteint(e) d'aucune des maladies pouvant mettre en danger la santé publique "
               f"énumérées à {LAW['fr']}.",
               f"Fait à {city}, le {d_num(d)}", "Signature et cachet du médecin"),
        "nl": ("KONINKRIJK BELGIË – Federale Overheidsdienst Binnenlandse Zaken", "Dienst Vreemdelingenzaken",
               r.choice(["MEDISCH GETUIGSCHRIFT", "Medisch attest"]),
               "(model voor de aanvraag tot machtiging tot verblijf – gecombineerde vergunning)",
               f"Ondergetekende, {doc}, doctor in de geneeskunde, verklaart vandaag onderzocht te hebben:",
               ("Naam", "Voornaam/-namen", "Geboortedatum", "Nationaliteit", "Paspoortnummer"),
               f"en verklaart dat hij/zij niet lijdt aan een van de ziekten die de volksgezondheid in gevaar kunnen brengen, "
               f"opgesomd in {LAW['nl']}.",
               f"Opgemaakt te {city} op {d_num(d)}", "Handtekening en stempel van de arts"),
        "de": ("KÖNIGREICH BELGIEN – Föderaler Öffentlicher Dienst Inneres", "Ausländeramt",
               r.choice(["ÄRZTLICHES ATTEST", "Ärztliche Bescheinigung"]),
               "(Muster für den Antrag auf Aufenthaltserlaubnis – kombinierte Erlaubnis)",
               f"Der/die Unterzeichnete, {doc}, Doktor der Medizin, bescheinigt, heute untersucht zu haben:",
               ("Name", "Vorname(n)", "Geburtsdatum", "Staatsangehörigkeit", "Reisepass Nr."),
               f"und erklärt, dass er/sie an keiner der Krankheiten leidet, die die Volksgesundheit gefährden können und in "
               f"{LAW['de']} aufgeführt sind.",
               f"Ausgestellt in {city}, am {d_num(d)}", "Unterschrift und Stempel des Arztes"),
        "en": ("KINGDOM OF BELGIUM – Federal Public Service Home Affairs", "Immigration Office",
               "MEDICAL CERTIFICATE",
               "(model for an application for authorisation to stay – single permit)",
               f"I, the undersigned, {doc}, doctor of medicine, certify that I have today examined:",
               ("Surname", "Given name(s)", "Date of birth", "Nationality", "Passport No."),
               f"and declare that he/she does not suffer from any of the diseases that may endanger public health listed in "
               f"{LAW['en']}.",
               f"Done at {city} on {d_num(d)}", "Signature and stamp of the doctor"),
    }[lang]
    pages = ((
        B("letterhead", "", t[0], t[1], align="center"),
        B("title", t[2]), B("subtitle", t[3]),
        B("para", t[4]),
        B("field", "", (t[5][0], p.surname.upper()), (t[5][1], p.given_names), (t[5][2], d_num(p.birth_date)),
          (t[5][3], nat(p, lang)), (t[5][4], p.passport_number)),
        B("para", t[6]),
        B("para", t[7]),
        B("stamp", "", doc.upper(), "MÉDECIN – ARTS – DOCTOR", ref(r, "#-#####-##-###"), align="right"),
        B("signature", t[8], align="right"),
        specimen_footer(),
    ),)
    return DocSpec(f"mc-oe-{lang}", "medical_certificate", lang, "oe-dvz-model-medical-certificate", pages, issue_date=d)


def _bilingual_form(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("mc-form", p.passport_number, ctx.issue_date)
    doc = doctor_name(r)
    d = ctx.issue_date
    pages = ((
        B("letterhead", "", "Office des étrangers – Dienst Vreemdelingenzaken", "Modèle de certificat médical – Model van medisch getuigschrift",
          align="center"),
        B("title", "Certificat médical – Medisch getuigschrift"),
        B("heading", "1. Identité du/de la requérant(e) – Identiteit van de aanvrager"),
        B("field", "", ("Nom – Naam", p.surname.upper()), ("Prénom – Voornaam", p.given_names),
          ("Date de naissance – Geboortedatum", d_num(p.birth_date)), ("Nationalité – Nationaliteit", p.nationality),
          ("Document de voyage – Reisdocument", p.passport_number)),
        B("heading", "2. Examens réalisés – Uitgevoerde onderzoeken"),
        B("checkbox", "", ("[x]", "Examen clinique général – Algemeen klinisch onderzoek"),
          ("[x]", "Radiographie du thorax – Radiografie van de thorax"),
          ("[x]", "Dépistage de la tuberculose – Opsporing van tuberculose"),
          ("[ ]", "Examens complémentaires – Bijkomende onderzoeken")),
        B("heading", "3. Conclusion – Besluit"),
        B("checkbox", "", ("[x]", "n'est atteint(e) d'aucune maladie visée à l'annexe de la loi du 15 décembre 1980 – lijdt aan geen "
                                  "enkele ziekte bedoeld in de bijlage bij de wet van 15 december 1980"),
          ("[ ]", "est atteint(e) d'une maladie visée – lijdt aan een bedoelde ziekte")),
        B("field", "", ("Médecin – Arts", doc), ("N° INAMI – RIZIV-nr.", ref(r, "#-#####-##-###")),
          ("Date – Datum", d_num(d))),
        B("signature", "Signature – Handtekening", align="right"),
        B("stamp", "", doc.upper(), ref(r, "INAMI #####"), align="left"),
        specimen_footer("Valable 6 mois – 6 maanden geldig"),
    ),)
    return DocSpec("mc-form", "medical_certificate", "fr+nl", "oe-dvz-bilingual-form-checkboxes", pages, issue_date=d)


def _panel_physician(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("mc-panel", p.passport_number, ctx.issue_date)
    d = ctx.issue_date
    city = {"IND": "Mumbai", "PHL": "Makati City", "NGA": "Lagos", "CHN": "Beijing", "UKR": "Kyiv", "BRA": "São Paulo",
            "COL": "Bogotá", "USA": "New York", "TUR": "Ankara", "MAR": "Rabat"}.get(p.nationality, "Manila")
    clinic = r.choice(["St. Luke's", "Horizon", "Medicentre", "Unity", "Pacific"]) + " Medical Clinic"
    doc = doctor_name(r)
    pages = ((
        B("letterhead", "", f"{clinic} – {city}", "Panel physician approved by the Embassy of Belgium",
          "Visa medical examinations – Tel. +00 000 000 000", align="left"),
        B("title", "MEDICAL CERTIFICATE"),
        B("subtitle", "for a long-stay (type D) visa / single permit application to Belgium"),
        B("field", "", ("Applicant", f"{p.surname.upper()}, {p.given_names}"), ("Date of birth", d_num(p.birth_date, "/")),
          ("Sex", p.sex), ("Passport No.", p.passport_number), ("Purpose", "employment in Belgium"),
          ("Date of examination", d_num(d, "/"))),
        B("table", "", ("Examination", "Result"), ("Physical examination", "normal"), ("Chest X-ray (PA view)", "no active lesion"),
          ("Tuberculosis screening", "negative"), ("Syphilis serology", "non-reactive"), ("Mental status", "normal")),
        B("para", "On the basis of the examinations above I certify that the applicant is not suffering from any of the "
          "diseases that may endanger public health listed in " + LAW["en"] + ", and is fit to travel and to work."),
        B("signature", f"{doc}, MD\nExamining physician, licence {ref(r, '#######')}", align="left"),
        B("stamp", "", clinic.upper(), city.upper(), "VISA MEDICAL", align="right"),
        B("stamp", "", "LEGALISED / LÉGALISÉ", "Embassy of Belgium", ref(r, "No ####/2026"), align="left"),
        specimen_footer("Valid 6 months from the date of examination"),
    ),)
    return DocSpec("mc-panel", "medical_certificate", "en", "embassy-panel-physician-medical-certificate", pages, issue_date=d)


def _gp(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("mc-gp", p.passport_number, ctx.issue_date, lang)
    doc = doctor_name(r)
    town, pc, _ = commune_for(ctx.region, lang, r)
    d = ctx.issue_date
    if lang == "nl":
        body = (f"Ik, ondergetekende {doc}, huisarts, verklaar {p.given_names} {p.surname.upper()}, geboren op "
                f"{d_num(p.birth_date)}, vandaag onderzocht te hebben. Betrokkene lijdt niet aan een ziekte die de "
                "volksgezondheid in gevaar kan brengen zoals bedoeld in de bijlage bij de wet van 15 december 1980. "
                "Dit attest wordt afgeleverd voor de aanvraag van een gecombineerde vergunning.")
        pages = ((B("letterhead", "", doc, "Huisarts – Algemene geneeskunde", f"Kerkplein {r.randint(1, 40)}, {pc} {town}",
                    f"RIZIV {ref(r, '#-#####-##-###')}", align="left"),
                  B("title", r.choice(["Medisch attest", "MEDISCH GETUIGSCHRIFT"]), align="left"),
                  B("para", body), B("para", f"{town}, {d_long(d, 'nl')}"),
                  B("signature", doc, align="right"),
                  B("stamp", "", doc.upper(), "HUISARTS", f"{pc} {town.upper()}", align="right"),
                  specimen_footer()),)
    else:
        body = (f"Je soussigné(e), {doc}, médecin généraliste, atteste avoir examiné ce jour {p.given_names} "
                f"{p.surname.upper()}, né(e) le {d_num(p.birth_date)}, et certifie que l'intéressé(e) ne présente aucune "
                "des maladies mettant en danger la santé publique visées à l'annexe de la loi du 15 décembre 1980. "
                "Attestation délivrée à la demande de l'intéressé(e) pour son dossier de permis unique.")
        pages = ((B("letterhead", "", doc, "Médecine générale", f"Rue du Centre {r.randint(1, 90)}, {pc} {town}",
                    f"INAMI {ref(r, '#-#####-##-###')}", align="left"),
                  B("title", r.choice(["Attestation médicale", "CERTIFICAT MÉDICAL"]), align="left"),
                  B("para", body), B("para", f"{town}, le {d_long(d, 'fr')}"),
                  B("signature", doc, align="right"),
                  B("stamp", "", doc.upper(), "MÉDECIN GÉNÉRALISTE", align="right"),
                  specimen_footer()),)
    return DocSpec(f"mc-gp-{lang}", "medical_certificate", lang, "be-gp-medical-attest", pages, issue_date=d)


def _morocco(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("mc-mar", p.passport_number, ctx.issue_date)
    doc = doctor_name(r).replace("Dr ", "Dr. ")
    city = r.choice(["Casablanca", "Rabat", "Tanger", "Agadir"])
    d = ctx.issue_date
    pages = ((
        B("letterhead", "", doc, "Médecin généraliste – Diplômé de la Faculté de Médecine de Rabat",
          f"Bd Mohammed V, {city} – Maroc", align="center"),
        B("title", "CERTIFICAT MÉDICAL"),
        B("para", f"Je soussigné, {doc}, certifie avoir examiné ce jour M./Mme {p.surname.upper()} {p.given_names}, "
          f"né(e) le {d_num(p.birth_date, '/')} à {p.birth_place}, titulaire du passeport n° {p.passport_number}."),
        B("para", "L'examen clinique et la radiographie pulmonaire n'ont révélé aucune maladie contagieuse ni aucune affection "
          "mettant en danger la santé publique au sens de " + LAW["fr"] + "."),
        B("para", "Certificat délivré à l'intéressé(e) pour servir et valoir ce que de droit (demande de visa de travail – Belgique)."),
        B("para", f"Fait à {city}, le {d_num(d, '/')}"),
        B("signature", doc, align="right"),
        B("stamp", "", "LÉGALISATION DE SIGNATURE", f"ARRONDISSEMENT {city.upper()}", d_num(d, "/"), align="left"),
        specimen_footer(),
    ),)
    return DocSpec("mc-mar", "medical_certificate", "fr", "mar-doctor-certificat-medical-legalise", pages, issue_date=d)


MODELS = [
    Model("oe-dvz-model-medical-certificate", "medical_certificate", ("fr", "nl", "de", "en"), _oe_model),
    Model("oe-dvz-bilingual-form-checkboxes", "medical_certificate", ("fr+nl",), _bilingual_form),
    Model("embassy-panel-physician-medical-certificate", "medical_certificate", ("en",), _panel_physician, in_belgium=False),
    Model("be-gp-medical-attest", "medical_certificate", ("nl", "fr"), _gp, in_belgium=True),
    Model("mar-doctor-certificat-medical-legalise", "medical_certificate", ("fr",), _morocco, nationalities=("MAR",), in_belgium=False),
]
