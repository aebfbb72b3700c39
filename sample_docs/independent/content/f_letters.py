"""Corpus F: certificates, decisions and letters. Medical certificates (the Immigration Office's model, a GP's free
certificate, an embassy-approved physician's certificate with a legalisation, a hospital's bilingual certificate),
proofs of employment in the group, entry bans (annex 13sexies) and an English translation, diplomas (a degree with its
transcript, equivalence decisions of the French and Flemish communities), criminal records, application forms,
employment contracts, a vacancy publication certificate, an ICT assignment letter, and look-alikes that are none of
the 16 types (a commune's appointment letter, a lease, a birth certificate, an occupational-health form, a training
certificate, a household composition certificate).

Sources (search tool; structure and facts only, sentences our own):
- Medical: shared/reference/single-permit.md (Immigration Office model: none of the diseases listed in the annex of
  the law of 15 December 1980; at most 6 months old; abroad a doctor approved by the Belgian embassy); checklists
  common.yaml (Flanders: a certificate drawn up abroad is legalised).
- Group employment: legislation.gov.uk, Directive 2014/66/EU art. 5 (evidence of 3 to 12 uninterrupted months in the
  group; the assignment letter's content: duration, location, position, remuneration, transfer back);
  labourpathways.migrationpartnershipfacility.eu (evidence that both entities belong to the group; 3 years / 1 year);
  frs.gov.cz "Letter of transfer" (what a letter of transfer states).
- Entry bans: portailqa.sipr.ucl.ac.be (CCE 27 February 2015 n° 139 936: the ban is a separate decision with its own
  reasons, art. 74/11 of the law of 15 December 1980), kruispuntmi.be "Inreisverbod" (Schengen area, the cases in which
  a ban is imposed).
- Diplomas: equisup.cfwb.be (missions, procedure: equivalence to a specific degree or to a level of studies, Lisbon
  Convention 1997), fedasilinfo.be, mondiplome.be (NARIC-Vlaanderen).
- Criminal record, application forms, contracts, vacancy: shared/reference/single-permit.md and checklists/*.yaml.
Every person, company, number and stamp is invented; every page says SPECIMEN.
"""

from __future__ import annotations

from datetime import date, timedelta

from spec import Context, DocSpec, Model, Person

from content._f_common import (B, add_months, address_in, commune_for, d_long, d_num, doctor_name, eur, footer, full,
                               joint_committee, kbo_for, lang1, money, nat, officer, permit_name, pick, ref,
                               salary_month, seeded)

MODELS: list = []

HOME_CITY = {"IND": "Bengaluru", "PHL": "Makati City", "MAR": "Casablanca", "TUR": "İstanbul", "USA": "Chicago, IL", "BRA": "São Paulo",
             "COL": "Bogotá", "CHN": "Shanghai", "UKR": "Kyiv", "NGA": "Lagos", "KEN": "Nairobi", "CMR": "Douala"}


def parent_company(ctx: Context, p: Person) -> tuple[str, str]:
    base = ctx.employer.split(" ")[0] if not ctx.employer.startswith("SPECIMEN") else ctx.employer.split(" ")[1]
    city = HOME_CITY.get(p.nationality, "Bengaluru")
    return f"{base} SPECIMEN Global Holdings", city


def T(lang: str, **k) -> str:
    return pick(lang, **k)


# --------------------------------------------------------------------------------------------- medical certificates

def _med_dvz(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("f-med-dvz", p.passport_number, ctx.issue_date)
    doc = doctor_name(r)
    page = (B("letterhead", T(lang, fr="Royaume de Belgique - Office des étrangers", nl="Koninkrijk België - Dienst Vreemdelingenzaken",
                              de="Königreich Belgien - Ausländeramt", en="Kingdom of Belgium - Immigration Office")),
            B("title", T(lang, fr="CERTIFICAT MÉDICAL", nl="MEDISCH ATTEST", de="ÄRZTLICHES ATTEST", en="MEDICAL CERTIFICATE")),
            B("subtitle", T(lang, fr="Modèle destiné à une demande d'autorisation de séjour (loi du 15 décembre 1980)",
                            nl="Model voor een aanvraag tot machtiging tot verblijf (wet van 15 december 1980)",
                            de="Muster für einen Antrag auf Aufenthaltsermächtigung (Gesetz vom 15. Dezember 1980)",
                            en="Model for an application for authorisation to stay (Act of 15 December 1980)")),
            B("para", T(lang, fr=f"Je soussigné(e), {doc}, docteur en médecine, certifie avoir examiné ce jour :",
                        nl=f"Ondergetekende, {doc}, doctor in de geneeskunde, verklaart vandaag te hebben onderzocht:",
                        de=f"Der/die Unterzeichnete, {doc}, Doktor der Medizin, bescheinigt, heute untersucht zu haben:",
                        en=f"I, the undersigned, {doc}, doctor of medicine, certify that I have examined today:")),
            B("field", "", (T(lang, fr="Nom, prénom", nl="Naam, voornaam", de="Name, Vorname", en="Name, first name"), f"{p.surname.upper()} {p.given_names}"),
              (T(lang, fr="Né(e) le", nl="Geboren op", de="Geboren am", en="Born on"), d_num(p.birth_date)),
              (T(lang, fr="Nationalité", nl="Nationaliteit", de="Staatsangehörigkeit", en="Nationality"), nat(p, lang)),
              (T(lang, fr="Passeport n°", nl="Paspoort nr.", de="Reisepass Nr.", en="Passport no."), p.passport_number)),
            B("para", T(lang, fr="et qu'il résulte de cet examen que l'intéressé(e) n'est atteint(e) d'aucune des maladies pouvant mettre en danger la santé publique énumérées à l'annexe de la loi du 15 décembre 1980 sur l'accès au territoire, le séjour, l'établissement et l'éloignement des étrangers.",
                        nl="en dat uit dit onderzoek blijkt dat betrokkene geen van de ziekten heeft die de volksgezondheid in gevaar kunnen brengen en die zijn opgesomd in de bijlage bij de wet van 15 december 1980 betreffende de toegang tot het grondgebied, het verblijf, de vestiging en de verwijdering van vreemdelingen.",
                        de="und dass sich aus dieser Untersuchung ergibt, dass die betreffende Person an keiner der die Volksgesundheit gefährdenden Krankheiten leidet, die in der Anlage zum Gesetz vom 15. Dezember 1980 über die Einreise ins Staatsgebiet, den Aufenthalt, die Niederlassung und das Entfernen von Ausländern aufgeführt sind.",
                        en="and that this examination shows that the person concerned suffers from none of the diseases that may endanger public health listed in the annex to the Act of 15 December 1980 on access to the territory, residence, establishment and removal of foreign nationals.")),
            B("field", "", (T(lang, fr="Fait à", nl="Opgemaakt te", de="Ausgestellt in", en="Done at"), r.choice(["Bruxelles", "Leuven", "Liège", "Eupen", "Gent"])),
              (T(lang, fr="le", nl="op", de="am", en="on"), d_num(ctx.issue_date)), ("INAMI / RIZIV", ref(r, "1-#####-##-###"))),
            B("stamp", f"{doc}\n{T(lang, fr='Médecin généraliste', nl='Huisarts', de='Allgemeinarzt', en='General practitioner')}\nSPECIMEN"),
            B("signature", doc), footer(lang))
    return DocSpec(doc_id="", doc_type="medical_certificate", language=lang, model="f-med-dvz-model-certificate", pages=(page,), issue_date=ctx.issue_date)


def _med_gp(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("f-med-gp", p.passport_number, ctx.issue_date)
    doc = doctor_name(r)
    town = r.choice(["Etterbeek", "Mechelen", "Namur", "Sankt Vith", "Antwerpen"])
    page = (B("letterhead", f"{doc}\n{T(lang, fr='Médecine générale', nl='Huisartsenpraktijk', de='Hausarztpraxis', en='General practice')}\n{ref(r, 'Rue/Straat ##')}, {town}\nINAMI/RIZIV {ref(r, '1-#####-##-###')}"),
            B("title", T(lang, fr="Attestation médicale", nl="Medisch attest", de="Ärztliche Bescheinigung", en="Medical certificate")),
            B("para", T(lang, fr=f"Je certifie avoir examiné {full(p)} (né(e) le {d_num(p.birth_date)}, passeport {p.passport_number}) le {d_num(ctx.issue_date)}. L'examen clinique et la radiographie du thorax ne montrent aucun signe d'une maladie contagieuse mettant en danger la santé publique au sens de la loi du 15 décembre 1980. Certificat délivré pour une demande de permis unique.",
                        nl=f"Ik verklaar dat ik {full(p)} (geboren op {d_num(p.birth_date)}, paspoort {p.passport_number}) op {d_num(ctx.issue_date)} heb onderzocht. Het klinisch onderzoek en de thoraxfoto tonen geen enkel teken van een besmettelijke ziekte die de volksgezondheid in gevaar brengt in de zin van de wet van 15 december 1980. Attest afgeleverd voor een aanvraag gecombineerde vergunning.",
                        de=f"Ich bescheinige, {full(p)} (geboren am {d_num(p.birth_date)}, Reisepass {p.passport_number}) am {d_num(ctx.issue_date)} untersucht zu haben. Die klinische Untersuchung und die Röntgenaufnahme des Thorax zeigen kein Anzeichen einer ansteckenden, die Volksgesundheit gefährdenden Krankheit im Sinne des Gesetzes vom 15. Dezember 1980. Bescheinigung für einen Antrag auf kombinierte Erlaubnis.",
                        en=f"I certify that I examined {full(p)} (born {d_num(p.birth_date)}, passport {p.passport_number}) on {d_num(ctx.issue_date)}. The clinical examination and a chest X-ray show no sign of a contagious disease endangering public health within the meaning of the Act of 15 December 1980. Certificate issued for a single permit application.")),
            B("signature", f"{doc}, {town}, {d_num(ctx.issue_date)}"), B("stamp", doc + "\nSPECIMEN"), footer(lang))
    return DocSpec(doc_id="", doc_type="medical_certificate", language=lang, model="f-med-gp-free-certificate", pages=(page,), issue_date=ctx.issue_date)


def _med_panel(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("f-med-panel", p.passport_number, ctx.issue_date)
    city = HOME_CITY.get(p.nationality, "Nairobi")
    doc = f"Dr {r.choice(['A.', 'R.', 'M.', 'S.'])} {r.choice(['SPECIMEN', 'EXAMPLE', 'MODEL'])}"
    page = (B("letterhead", f"SPECIMEN Medical Centre, {city}\nPhysician approved by the Embassy of Belgium"),
            B("title", "Medical Certificate"), B("subtitle", "For a single permit / long-stay visa application to Belgium"),
            B("field", "", ("Applicant", f"{p.surname.upper()} {p.given_names}"), ("Date of birth", d_num(p.birth_date)), ("Passport no.", p.passport_number),
              ("Nationality", nat(p, "en")), ("Date of examination", d_num(ctx.issue_date))),
            B("checkbox", "", ("[x]", "Physical examination"), ("[x]", "Chest X-ray: no active tuberculosis"), ("[x]", "Laboratory tests as required")),
            B("para", "The applicant does not suffer from any of the diseases listed in the annex to the Belgian Act of 15 December 1980 that may endanger public health."),
            B("signature", f"{doc}, registration {ref(r, 'MC/####/##')}"),
            B("stamp", f"EMBASSY OF BELGIUM - {city.split(',')[0].upper()}\nLEGALISATION No. {ref(r, '############')}\nsignature of {doc} legalised\n{d_num(ctx.issue_date + timedelta(days=3))}"),
            footer("en"))
    return DocSpec(doc_id="", doc_type="medical_certificate", language="en", model="f-med-panel-physician-legalised", pages=(page,), issue_date=ctx.issue_date)


def _med_hospital(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("f-med-hosp", p.passport_number, ctx.issue_date)
    doc = doctor_name(r)
    page = (B("letterhead", "Cliniques SPECIMEN · SPECIMEN Klinieken - Bruxelles/Brussel\nService de médecine interne · Dienst inwendige geneeskunde"),
            B("title", "Certificat médical · Medisch getuigschrift"),
            B("field", "", ("Patient(e) / Patiënt(e)", f"{p.surname.upper()} {p.given_names}"), ("Né(e) le / Geboren op", d_num(p.birth_date)),
              ("Passeport / Paspoort", p.passport_number), ("Dossier", ref(r, "#######"))),
            B("para", "Le/la patient(e) ne présente aucune des maladies énumérées à l'annexe de la loi du 15 décembre 1980. / De patiënt(e) lijdt aan geen enkele van de ziekten opgesomd in de bijlage bij de wet van 15 december 1980."),
            B("field", "", ("Date / Datum", d_num(ctx.issue_date)), ("Médecin / Arts", doc)), B("signature", doc), B("stamp", "SPECIMEN KLINIEKEN\n" + d_num(ctx.issue_date)),
            footer("fr"))
    return DocSpec(doc_id="", doc_type="medical_certificate", language="fr+nl", model="f-med-hospital-bilingual", pages=(page,), issue_date=ctx.issue_date)


# --------------------------------------------------------------------------------------------- group employment

def _since(p: Person, ctx: Context) -> date:
    r = seeded("f-gep-since", p.passport_number, p.surname, ctx.employer)
    return add_months(ctx.issue_date, -r.randint(8, 60))


def _gep_hr(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("f-gep-hr", p.passport_number, ctx.issue_date)
    parent, city = parent_company(ctx, p)
    since = _since(p, ctx)
    months = (ctx.issue_date.year - since.year) * 12 + ctx.issue_date.month - since.month
    page = (B("letterhead", f"{parent}\n{city}\nHuman Resources - Global Mobility"),
            B("title", "Certificate of Employment within the Group"),
            B("para", f"This is to certify that {full(p)}, born on {d_num(p.birth_date)}, holder of passport {p.passport_number}, has been employed by {parent} in {city} "
                      f"without interruption since {d_long(since, 'en')} ({months} months at the date of this certificate) as {ctx.job_title}, on a permanent employment contract."),
            B("para", f"{ctx.employer}, {ctx.employer_address} (enterprise number {kbo_for(ctx.employer)}), is a member of our group: it is wholly owned by {parent} "
                      f"through its European holding. The employee is to be transferred to the Belgian entity as an intra-corporate transferee and will return to {city} at the end of the transfer."),
            B("field", "", ("Employee ID", ref(r, "EMP-######")), ("Date", d_num(ctx.issue_date))),
            B("signature", f"{officer(r)}, Head of HR"), B("stamp", parent.upper() + "\nHR DEPARTMENT"), footer("en"))
    return DocSpec(doc_id="", doc_type="group_employment_proof", language="en", model="f-gep-parent-hr-certificate", pages=(page,), issue_date=ctx.issue_date)


def _gep_fr(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("f-gep-fr", p.passport_number, ctx.issue_date)
    parent, city = parent_company(ctx, p)
    since = _since(p, ctx)
    if lang1(lang) == "nl":
        title, body = "Verklaring van tewerkstelling binnen de groep", (
            f"Ondergetekende, {officer(r)}, HR-directeur van {parent} ({city}), verklaart dat {full(p)}, geboren op {d_num(p.birth_date)}, sinds {d_num(since)} "
            f"ononderbroken in dienst is van onze vennootschap, met een arbeidsovereenkomst van onbepaalde duur, als {ctx.job_title}. {ctx.employer} "
            f"(ondernemingsnummer {kbo_for(ctx.employer)}) behoort tot dezelfde groep van ondernemingen (100 % dochteronderneming).")
    else:
        title, body = "Attestation d'emploi au sein du groupe", (
            f"Je soussigné(e), {officer(r)}, directeur des ressources humaines de {parent} ({city}), atteste que {full(p)}, né(e) le {d_num(p.birth_date)}, "
            f"est employé(e) sans interruption par notre société depuis le {d_num(since)}, sous contrat à durée indéterminée, en qualité de {ctx.job_title}. "
            f"{ctx.employer} (numéro d'entreprise {kbo_for(ctx.employer)}) appartient au même groupe d'entreprises (filiale détenue à 100 %).")
    page = (B("letterhead", f"{parent}\n{city}"), B("title", title), B("para", body),
            B("table", "", (T(lang, fr="Période", nl="Periode"), T(lang, fr="Entité", nl="Entiteit"), T(lang, fr="Fonction", nl="Functie")),
              (f"{d_num(since)} - …", parent, ctx.job_title)),
            B("para", T(lang, fr="Attestation délivrée pour la demande de permis unique (transfert temporaire intragroupe).",
                        nl="Verklaring afgeleverd voor de aanvraag van een gecombineerde vergunning (overplaatsing binnen een onderneming).")),
            B("field", "", (T(lang, fr="Fait le", nl="Opgemaakt op"), d_num(ctx.issue_date))), B("signature", officer(r)), B("stamp", parent.upper()), footer(lang))
    return DocSpec(doc_id="", doc_type="group_employment_proof", language=lang, model="f-gep-attestation-emploi-groupe", pages=(page,), issue_date=ctx.issue_date)


def _gep_payroll(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("f-gep-pay", p.passport_number, ctx.issue_date)
    parent, city = parent_company(ctx, p)
    since = _since(p, ctx)
    rows = [("Month", "Entity", "Status")]
    d = add_months(ctx.issue_date.replace(day=1), -1)
    for _ in range(6):
        rows.append((f"{d:%m/%Y}", parent, "Active - salary paid"))
        d = add_months(d, -1)
    page = (B("letterhead", f"{parent} - Group Payroll Shared Service Centre, {city}"), B("title", "Employment and Payroll Record Extract"),
            B("field", "", ("Employee", f"{p.surname.upper()} {p.given_names}"), ("Date of birth", d_num(p.birth_date)), ("Hire date (group)", d_num(since)),
              ("Current entity", parent), ("Planned host entity", f"{ctx.employer} (BE {kbo_for(ctx.employer)})")),
            B("table", "", *rows),
            B("para", "Extract of the group HR system confirming uninterrupted employment in the group during the last six months and more."),
            B("signature", f"{officer(r)}, Payroll Lead"), footer("en"))
    return DocSpec(doc_id="", doc_type="group_employment_proof", language="en", model="f-gep-group-payroll-record-extract", pages=(page,), issue_date=ctx.issue_date)


# --------------------------------------------------------------------------------------------- entry bans

WORDS = {"fr": {2: "deux", 3: "trois", 4: "quatre", 5: "cinq"}, "nl": {2: "twee", 3: "drie", 4: "vier", 5: "vijf"},
         "de": {2: "zwei", 3: "drei", 4: "vier", 5: "fünf"}, "en": {2: "two", 3: "three", 4: "four", 5: "five"}}


def _ban_years(p: Person) -> int:
    return 2 + seeded("f-ban", p.passport_number).randint(0, 3)


def _eb_decision(p: Person, ctx: Context, lang: str) -> DocSpec:
    lg = lang1(lang)
    r = seeded("f-eb-dec", p.passport_number, ctx.issue_date)
    y = _ban_years(p)
    w = WORDS[lg][y]
    title = {"fr": "ANNEXE 13sexies - INTERDICTION D'ENTRÉE", "nl": "BIJLAGE 13sexies - INREISVERBOD", "de": "ANLAGE 13sexies - EINREISEVERBOT"}[lg]
    body = {"fr": f"Une interdiction d'entrée d'une durée de {y} ({w}) ans est imposée à {full(p)}, né(e) le {d_num(p.birth_date)}, de nationalité {nat(p, 'fr')}, sur le territoire belge ainsi que sur le territoire des États qui appliquent entièrement l'acquis de Schengen, sauf s'il/elle possède les documents requis pour s'y rendre. La décision est prise en application de l'article 74/11 de la loi du 15 décembre 1980 ; elle accompagne l'ordre de quitter le territoire notifié le même jour.",
            "nl": f"Aan {full(p)}, geboren op {d_num(p.birth_date)}, van {nat(p, 'nl')}e nationaliteit, wordt een inreisverbod van {y} ({w}) jaar opgelegd voor het Belgische grondgebied en het grondgebied van de staten die het Schengenacquis volledig toepassen, tenzij hij/zij beschikt over de vereiste documenten om er zich naar toe te begeven. De beslissing wordt genomen met toepassing van artikel 74/11 van de wet van 15 december 1980; zij gaat samen met het bevel om het grondgebied te verlaten dat dezelfde dag werd betekend.",
            "de": f"Gegen {full(p)}, geboren am {d_num(p.birth_date)}, Staatsangehörigkeit {nat(p, 'de')}, wird ein Einreiseverbot von {y} ({w}) Jahren für das belgische Staatsgebiet und das Gebiet der Staaten, die den Schengen-Besitzstand vollständig anwenden, verhängt. Die Entscheidung beruht auf Artikel 74/11 des Gesetzes vom 15. Dezember 1980."}[lg]
    reasons = {"fr": "MOTIFS : l'intéressé(e) n'a pas obtempéré à un ordre de quitter le territoire antérieur ; le délai pour quitter le territoire est fixé à 0 jour. La durée tient compte de l'ensemble des circonstances propres au cas.",
               "nl": "MOTIVERING: betrokkene heeft geen gevolg gegeven aan een eerder bevel om het grondgebied te verlaten; er werd geen termijn voor vrijwillig vertrek toegestaan. De duur houdt rekening met alle omstandigheden eigen aan het geval.",
               "de": "BEGRÜNDUNG: die betreffende Person ist einer früheren Anweisung, das Staatsgebiet zu verlassen, nicht nachgekommen; keine Frist für die freiwillige Ausreise."}[lg]
    notif = {"fr": "Notifié à l'intéressé(e) le", "nl": "Betekend aan betrokkene op", "de": "Der Person zugestellt am"}[lg]
    page = (B("letterhead", {"fr": "SPF Intérieur - Office des étrangers", "nl": "FOD Binnenlandse Zaken - Dienst Vreemdelingenzaken", "de": "FÖD Inneres - Ausländeramt"}[lg]),
            B("title", title), B("field", "", ("Réf. / Ref.", ref(r, "SP #######")), ("OE/DVZ", ref(r, "#########"))), B("para", body), B("para", reasons),
            B("para", {"fr": "Un recours en annulation et une demande de suspension peuvent être introduits devant le Conseil du contentieux des étrangers dans les 30 jours de la notification. La levée peut être demandée depuis l'étranger.",
                       "nl": "Binnen 30 dagen na de betekening kan een beroep tot nietigverklaring en een vordering tot schorsing worden ingediend bij de Raad voor Vreemdelingenbetwistingen. De opheffing kan vanuit het buitenland worden gevraagd.",
                       "de": "Innerhalb von 30 Tagen nach der Zustellung kann beim Rat für Ausländerstreitsachen eine Nichtigkeitsklage eingereicht werden."}[lg]),
            B("field", "", (notif, d_num(ctx.issue_date))), B("signature", officer(r) + " - attaché"), B("stamp", "SPECIMEN\nOE / DVZ\n" + d_num(ctx.issue_date)), footer(lang))
    return DocSpec(doc_id="", doc_type="entry_ban", language=lg, model="f-eb-annex13sexies-decision", pages=(page,), issue_date=ctx.issue_date)


def _eb_translation(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("f-eb-tr", p.passport_number, ctx.issue_date)
    y = _ban_years(p)
    page = (B("letterhead", "SPECIMEN Law Office - free translation for the client"), B("title", "ANNEX 13sexies - ENTRY BAN (free translation)"),
            B("para", f"Original in Dutch: 'Bijlage 13sexies - Inreisverbod'. The Immigration Office imposes on {full(p)}, born on {d_num(p.birth_date)}, an entry ban of "
                      f"{y} ({WORDS['en'][y]}) years for Belgium and the Schengen States (article 74/11 of the Act of 15 December 1980), notified on {d_num(ctx.issue_date)} "
                      f"together with an order to leave the territory (annex 13)."),
            B("para", "The ban runs from the day of notification. Lifting may be requested from abroad, through the Belgian embassy, once two thirds of its duration have passed."),
            B("signature", f"{officer(r)}, lawyer"), footer("en"))
    return DocSpec(doc_id="", doc_type="entry_ban", language="en", model="f-eb-free-translation-en", pages=(page,), issue_date=ctx.issue_date)


def _eb_form(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("f-eb-form", p.passport_number, ctx.issue_date)
    y = _ban_years(p)
    lg = lang1(lang)
    lab = {"nl": ("Naam", "Voornaam", "Geboortedatum", "Nationaliteit", "Duur van het inreisverbod", "Datum van betekening", "Gemeente"),
           "de": ("Name", "Vorname", "Geburtsdatum", "Staatsangehörigkeit", "Dauer des Einreiseverbots", "Datum der Zustellung", "Gemeinde")}[lg]
    commune, _, _ = commune_for(ctx.region, lg, r)
    page = (B("letterhead", {"nl": "Gemeente " + commune + " - Dienst Vreemdelingen", "de": "Gemeinde " + commune + " - Ausländerdienst"}[lg]),
            B("title", {"nl": "Akte van kennisgeving - bijlage 13sexies", "de": "Zustellungsurkunde - Anlage 13sexies"}[lg]),
            B("field", "", (lab[0], p.surname.upper()), (lab[1], p.given_names), (lab[2], d_num(p.birth_date)), (lab[3], nat(p, lg)),
              (lab[4], f"{y} {'jaar' if lg == 'nl' else 'Jahre'}"), (lab[5], d_num(ctx.issue_date)), (lab[6], commune)),
            B("checkbox", "", ("[ ]", {"nl": "1 jaar", "de": "1 Jahr"}[lg]), ("[x]" if y <= 3 else "[ ]", {"nl": "2-3 jaar (art. 74/11 §1, 2°)", "de": "2-3 Jahre (Art. 74/11 §1, 2°)"}[lg]),
              ("[x]" if y > 3 else "[ ]", {"nl": "4-5 jaar (fraude)", "de": "4-5 Jahre (Betrug)"}[lg])),
            B("signature", {"nl": "Handtekening van de betrokkene", "de": "Unterschrift der Person"}[lg]), B("signature", officer(r)), B("stamp", commune.upper() + "\nSPECIMEN"),
            footer(lang))
    return DocSpec(doc_id="", doc_type="entry_ban", language=lg, model="f-eb-commune-notification-form", pages=(page,), issue_date=ctx.issue_date)


# --------------------------------------------------------------------------------------------- diplomas

DEGREES = ["Bachelor of Technology (Computer Science and Engineering)", "Master of Science in Data Analytics",
           "Bachelor of Engineering (Mechanical)", "Master of Business Administration"]


def _degree(p: Person) -> str:
    return DEGREES[seeded("f-deg", p.passport_number).randint(0, len(DEGREES) - 1)]


def _dip_transcript(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("f-dip", p.passport_number)
    uni = f"SPECIMEN State University of {HOME_CITY.get(p.nationality, 'Pune').split(',')[0]}"
    grad = ctx.issue_date
    deg = _degree(p)
    p1 = (B("letterhead", uni, align="center"), B("title", deg.split(" (")[0], align="center"),
          B("para", f"The Senate certifies that {p.given_names.upper()} {p.surname.upper()}, born on {d_num(p.birth_date)}, having fulfilled all requirements, was admitted to the degree of {deg} "
                    f"on {d_long(grad, 'en')}, First Class with Distinction.", align="center"),
          B("field", "", ("Registration No.", ref(r, "UN/####/#####")), ("Serial No.", ref(r, "D ######"))),
          B("signature", "Registrar"), B("signature", "Vice-Chancellor"), B("stamp", uni.upper() + "\nSEAL"), footer("en"))
    rows = [("Code", "Course", "Credits", "Grade")]
    for _ in range(8):
        rows.append((ref(r, "@@###"), r.choice(["Algorithms", "Linear Algebra", "Databases", "Thermodynamics", "Statistics", "Operating Systems", "Economics", "Project"]),
                     str(r.choice([3, 4, 6])), r.choice(["A", "A+", "B+", "A"])))
    p2 = (B("letterhead", uni), B("title", "Consolidated Transcript of Records"), B("field", "", ("Student", full(p)), ("Programme", deg), ("Duration", "4 years (8 semesters)")),
          B("table", "", *rows), B("field", "", ("CGPA", f"{r.uniform(7.5, 9.6):.2f} / 10")), B("signature", "Controller of Examinations"), footer("en"))
    return DocSpec(doc_id="", doc_type="diploma", language="en", model="f-dip-degree-with-transcript", pages=(p1, p2), issue_date=grad)


def _dip_equiv_fr(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("f-dip-fwb", p.passport_number)
    page = (B("letterhead", "Fédération Wallonie-Bruxelles - Direction de la reconnaissance des diplômes étrangers (SPECIMEN)"),
            B("title", "Décision d'équivalence de niveau d'études"),
            B("para", f"Vu la Convention de Lisbonne du 11 avril 1997 sur la reconnaissance des qualifications relatives à l'enseignement supérieur, et la demande introduite par {full(p)}, né(e) le {d_num(p.birth_date)} à {p.birth_place} ;"),
            B("para", f"Le diplôme étranger « {_degree(p)} » délivré par un établissement reconnu de {nat(p, 'fr')} nationalité d'origine est déclaré équivalent au niveau du grade académique de "
                      f"{'master' if 'Master' in _degree(p) else 'bachelier'} délivré en Fédération Wallonie-Bruxelles."),
            B("field", "", ("Dossier", ref(r, "EQ/####/#####")), ("Date", d_num(ctx.issue_date))),
            B("para", "La présente équivalence de niveau ne donne pas accès à une profession réglementée."),
            B("signature", officer(r) + ", directeur"), B("stamp", "FWB - ÉQUIVALENCES\nSPECIMEN"), footer("fr"))
    return DocSpec(doc_id="", doc_type="diploma", language="fr", model="f-dip-equivalence-fwb", pages=(page,), issue_date=ctx.issue_date)


def _dip_equiv_nl(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("f-dip-naric", p.passport_number)
    page = (B("letterhead", "NARIC-Vlaanderen - Vlaamse overheid (SPECIMEN)"), B("title", "Beslissing gelijkwaardigheid van niveau"),
            B("field", "", ("Aanvrager", full(p)), ("Geboortedatum", d_num(p.birth_date)), ("Buitenlands diploma", _degree(p)), ("Dossiernummer", ref(r, "NV-#######"))),
            B("para", f"Het buitenlandse diploma wordt gelijkwaardig verklaard met het niveau van een {'master' if 'Master' in _degree(p) else 'bachelor'} in het Vlaamse hoger onderwijs "
                      f"(Vlaamse kwalificatiestructuur niveau {'7' if 'Master' in _degree(p) else '6'})."),
            B("field", "", ("Datum beslissing", d_num(ctx.issue_date))), B("signature", officer(r)), footer("nl"))
    return DocSpec(doc_id="", doc_type="diploma", language="nl", model="f-dip-naric-vlaanderen-niveau", pages=(page,), issue_date=ctx.issue_date)


# --------------------------------------------------------------------------------------------- criminal records

def _cr_be(p: Person, ctx: Context, lang: str) -> DocSpec:
    lg = lang1(lang)
    r = seeded("f-cr-be", p.passport_number, ctx.issue_date)
    commune, pc, _ = commune_for(ctx.region, lg, r)
    t = {"fr": ("Extrait du casier judiciaire", "Article 596, alinéa 1er, du Code d'instruction criminelle", "Néant", "Destination : demande de permis unique / séjour",
                "Nom", "Prénoms", "Date de naissance", "Lieu de naissance", "Nationalité", "Adresse", "Condamnations"),
         "nl": ("Uittreksel uit het strafregister", "Artikel 596, eerste lid, van het Wetboek van strafvordering", "Nihil", "Bestemming: aanvraag gecombineerde vergunning / verblijf",
                "Naam", "Voornamen", "Geboortedatum", "Geboorteplaats", "Nationaliteit", "Adres", "Veroordelingen"),
         "de": ("Auszug aus dem Strafregister", "Artikel 596 Absatz 1 des Strafprozessgesetzbuches", "Keine", "Bestimmung: Antrag auf kombinierte Erlaubnis / Aufenthalt",
                "Name", "Vornamen", "Geburtsdatum", "Geburtsort", "Staatsangehörigkeit", "Adresse", "Verurteilungen")}[lg]
    page = (B("letterhead", {"fr": "Commune de ", "nl": "Gemeente ", "de": "Gemeinde "}[lg] + commune + "\n" + {"fr": "Service Population", "nl": "Dienst Burgerzaken", "de": "Einwohnermeldeamt"}[lg]),
            B("title", t[0]), B("subtitle", t[1]),
            B("field", "", (t[4], p.surname.upper()), (t[5], p.given_names), (t[6], d_num(p.birth_date)), (t[7], p.birth_place), (t[8], nat(p, lg)),
              (t[9], p.address or address_in(ctx.region, lg, r)), ("N° / Nr.", ref(r, "######/####"))),
            B("field", "", (t[10], t[2])), B("para", t[3]), B("field", "", ("Date / Datum", d_num(ctx.issue_date))),
            B("signature", officer(r)), B("stamp", commune.upper() + "\nSPECIMEN"), footer(lang))
    return DocSpec(doc_id="", doc_type="criminal_record", language=lg, model="f-cr-be-commune-extract-596-1", pages=(page,), issue_date=ctx.issue_date)


COUNTRY = {"IND": "India", "PHL": "the Philippines", "MAR": "Morocco", "TUR": "Türkiye", "USA": "the United States", "BRA": "Brazil",
           "COL": "Colombia", "CHN": "China", "UKR": "Ukraine", "NGA": "Nigeria", "KEN": "Kenya", "CMR": "Cameroon"}


def _cr_foreign(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("f-cr-for", p.passport_number, ctx.issue_date)
    c = COUNTRY.get(p.nationality, "the issuing State")
    page = (B("letterhead", f"National Police of {c} - Criminal Records Bureau (SPECIMEN)"), B("title", "Police Clearance Certificate"),
            B("para", "This is to certify that, according to the national criminal records, no criminal conviction is recorded against the person below as at the date of issue."),
            B("field", "", ("Name", f"{p.surname.upper()} {p.given_names}"), ("Date of birth", d_num(p.birth_date)), ("Place of birth", p.birth_place),
              ("Passport no.", p.passport_number), ("Purpose", "Employment and residence in Belgium"), ("Certificate no.", ref(r, "PCC/####/######")),
              ("Date of issue", d_num(ctx.issue_date))),
            B("signature", f"{officer(r)}, Superintendent"),
            B("stamp", f"APOSTILLE\n(Convention de La Haye du 5 octobre 1961)\n{c}\nNo. {ref(r, '########')} - {d_num(ctx.issue_date + timedelta(days=4))}"), footer("en"))
    return DocSpec(doc_id="", doc_type="criminal_record", language="en", model="f-cr-foreign-police-clearance-apostille", pages=(page,), issue_date=ctx.issue_date)


# --------------------------------------------------------------------------------------------- application forms

ANNEX = {"fr": ["copie de toutes les pages du passeport", "contrat de travail", "certificat médical", "extrait de casier judiciaire", "preuve du paiement de la redevance",
                "preuve d'une assurance maladie"],
         "nl": ["kopie van alle bladzijden van het paspoort", "arbeidsovereenkomst", "medisch attest", "uittreksel uit het strafregister", "bewijs van betaling van de retributie",
                "bewijs van ziektekostenverzekering"],
         "de": ["Kopie aller Seiten des Reisepasses", "Arbeitsvertrag", "ärztliches Attest", "Auszug aus dem Strafregister", "Nachweis der Zahlung der Gebühr", "Nachweis der Krankenversicherung"],
         "en": ["copy of every page of the passport", "employment contract", "medical certificate", "criminal record extract", "proof of payment of the fee", "proof of health insurance"]}
EXTRA = {"diploma": {"fr": "copie du diplôme", "nl": "kopie van het diploma", "de": "Kopie des Diploms", "en": "copy of the diploma"},
         "vacancy": {"fr": "preuve de la publication de l'offre", "nl": "bewijs van publicatie van de vacature", "de": "Nachweis der Stellenausschreibung", "en": "proof of the vacancy publication"},
         "ict": {"fr": "lettre de détachement et attestation d'emploi dans le groupe", "nl": "detacheringsbrief en tewerkstellingsattest binnen de groep",
                 "de": "Entsendungsschreiben und Beschäftigungsnachweis in der Gruppe", "en": "assignment letter and proof of employment in the group"},
         "card": {"fr": "copie du titre de séjour", "nl": "kopie van de verblijfstitel", "de": "Kopie des Aufenthaltstitels", "en": "copy of the residence permit"}}


def _annexes(ctx: Context, lg: str, in_be: bool) -> list[str]:
    a = list(ANNEX[lg])
    if ctx.permit == "intra-corporate-transfer":
        a.remove(ANNEX[lg][1])
        a.append(EXTRA["ict"][lg])
    if ctx.permit in ("highly-qualified", "eu-blue-card", "intra-corporate-transfer"):
        a.append(EXTRA["diploma"][lg])
    if ctx.permit in ("single-permit-fixed-term", "seasonal-worker"):
        a.append(EXTRA["vacancy"][lg])
    if in_be:
        a.append(EXTRA["card"][lg])
    return a


def _af_regional(p: Person, ctx: Context, lang: str) -> DocSpec:
    lg = lang1(lang)
    r = seeded("f-af", p.passport_number, ctx.issue_date)
    auth = {"flanders": {"nl": "Vlaamse overheid - Departement Werk en Sociale Economie", "en": "Flemish Government - Department of Work"},
            "brussels": {"fr": "Région de Bruxelles-Capitale - Direction des migrations économiques", "en": "Brussels-Capital Region - Economic migration"},
            "wallonia": {"fr": "SPW Économie, Emploi, Recherche - Direction de l'emploi et des permis de travail", "en": "SPW Employment - work permits"},
            "german-speaking": {"de": "Ministerium der Deutschsprachigen Gemeinschaft - Fachbereich Beschäftigung", "en": "Ministry of the German-speaking Community"}}[ctx.region]
    head = auth.get(lg) or next(iter(auth.values()))
    in_be = bool(p.address)
    L = lambda **k: pick(lang, **k)  # noqa: E731
    jc, _ = joint_committee(ctx)
    page1 = (B("letterhead", head), B("title", L(fr="Demande d'autorisation de travail - permis unique", nl="Aanvraag toelating tot arbeid - gecombineerde vergunning",
                                                 de="Antrag auf Arbeitserlaubnis - kombinierte Erlaubnis", en="Application for authorisation to work - single permit")),
             B("subtitle", L(fr="Catégorie : ", nl="Categorie: ", de="Kategorie: ", en="Category: ") + permit_name(ctx, lg)),
             B("heading", L(fr="1. Employeur", nl="1. Werkgever", de="1. Arbeitgeber", en="1. Employer")),
             B("field", "", (L(fr="Dénomination", nl="Naam", de="Bezeichnung", en="Name"), ctx.employer), (L(fr="Adresse", nl="Adres", de="Anschrift", en="Address"), ctx.employer_address),
               (L(fr="N° d'entreprise", nl="Ondernemingsnummer", de="Unternehmensnummer", en="Enterprise number"), kbo_for(ctx.employer)),
               (L(fr="Commission paritaire", nl="Paritair comité", de="Paritätische Kommission", en="Joint committee"), jc)),
             B("heading", L(fr="2. Travailleur", nl="2. Werknemer", de="2. Arbeitnehmer", en="2. Worker")),
             B("field", "", (L(fr="Nom", nl="Naam", de="Name", en="Surname"), p.surname.upper()), (L(fr="Prénoms", nl="Voornamen", de="Vornamen", en="Given names"), p.given_names),
               (L(fr="Date de naissance", nl="Geboortedatum", de="Geburtsdatum", en="Date of birth"), d_num(p.birth_date)),
               (L(fr="Nationalité", nl="Nationaliteit", de="Staatsangehörigkeit", en="Nationality"), nat(p, lg)),
               (L(fr="Passeport n°", nl="Paspoort nr.", de="Reisepass Nr.", en="Passport no."), p.passport_number),
               (L(fr="Réside en Belgique", nl="Verblijft in België", de="Wohnt in Belgien", en="Lives in Belgium"), (p.address or L(fr="non", nl="neen", de="nein", en="no")))),
             B("heading", L(fr="3. Emploi", nl="3. Tewerkstelling", de="3. Beschäftigung", en="3. Employment")),
             B("field", "", (L(fr="Fonction", nl="Functie", de="Funktion", en="Position"), ctx.job_title),
               (L(fr="Salaire mensuel brut", nl="Bruto maandloon", de="Monatliches Bruttogehalt", en="Gross monthly salary"), eur(salary_month(ctx), lg)),
               (L(fr="Lieu de travail", nl="Plaats van tewerkstelling", de="Arbeitsort", en="Place of work"), ctx.employer_address)),
             footer(lang, L(fr="page 1/2", nl="pagina 1/2", de="Seite 1/2", en="page 1/2")))
    page2 = (B("heading", L(fr="4. Annexes", nl="4. Bijlagen", de="4. Anlagen", en="4. Annexes")),
             B("checkbox", "", *[("[x]", a) for a in _annexes(ctx, lg, in_be)]),
             B("para", L(fr="L'employeur déclare sur l'honneur que les renseignements fournis sont exacts et s'engage à ne pas occuper le travailleur avant la délivrance du permis.",
                         nl="De werkgever verklaart op erewoord dat de verstrekte gegevens juist zijn en verbindt zich ertoe de werknemer niet tewerk te stellen voor de vergunning is afgegeven.",
                         de="Der Arbeitgeber erklärt ehrenwörtlich, dass die Angaben richtig sind, und verpflichtet sich, den Arbeitnehmer nicht vor Erteilung der Erlaubnis zu beschäftigen.",
                         en="The employer declares on its honour that the information is correct and undertakes not to employ the worker before the permit is issued.")),
             B("field", "", (L(fr="Date", nl="Datum", de="Datum", en="Date"), d_num(ctx.issue_date))), B("signature", officer(r) + " - " + ctx.employer),
             footer(lang, L(fr="page 2/2", nl="pagina 2/2", de="Seite 2/2", en="page 2/2")))
    return DocSpec(doc_id="", doc_type="application_form", language=lg, model="f-af-regional-single-permit-form", pages=(page1, page2), issue_date=ctx.issue_date)


def _af_unlimited(p: Person, ctx: Context, lang: str) -> DocSpec:
    lg = lang1(lang)
    r = seeded("f-af-unl", p.passport_number, ctx.issue_date)
    L = lambda **k: pick(lang, **k)  # noqa: E731
    page = (B("letterhead", L(fr="Demande introduite par le travailleur", nl="Aanvraag ingediend door de werknemer", de="Antrag des Arbeitnehmers")),
            B("title", L(fr="Demande de permis unique à durée illimitée", nl="Aanvraag gecombineerde vergunning van onbepaalde duur", de="Antrag auf unbefristete kombinierte Erlaubnis")),
            B("field", "", (L(fr="Nom, prénoms", nl="Naam, voornamen", de="Name, Vornamen"), f"{p.surname.upper()} {p.given_names}"),
              (L(fr="Date de naissance", nl="Geboortedatum", de="Geburtsdatum"), d_num(p.birth_date)), (L(fr="Nationalité", nl="Nationaliteit", de="Staatsangehörigkeit"), nat(p, lg)),
              (L(fr="Adresse en Belgique", nl="Adres in België", de="Anschrift in Belgien"), p.address or address_in(ctx.region, lg, r)),
              (L(fr="Employeur actuel", nl="Huidige werkgever", de="Derzeitiger Arbeitgeber"), f"{ctx.employer} ({kbo_for(ctx.employer)})"),
              (L(fr="Années de travail légal", nl="Jaren legale arbeid", de="Jahre legaler Arbeit"), str(4 + r.randint(0, 3)))),
            B("checkbox", "", ("[x]", L(fr="copie du passeport", nl="kopie van het paspoort", de="Kopie des Reisepasses")), ("[x]", L(fr="copie du titre de séjour", nl="kopie van de verblijfstitel", de="Kopie des Aufenthaltstitels")),
              ("[x]", L(fr="contrat de travail en cours", nl="lopende arbeidsovereenkomst", de="laufender Arbeitsvertrag")),
              ("[x]", L(fr="fiches de paie / compte individuel", nl="loonbrieven / individuele rekening", de="Lohnabrechnungen / individuelles Konto")),
              ("[x]", L(fr="preuve du paiement de la redevance", nl="bewijs van betaling van de retributie", de="Nachweis der Gebührenzahlung"))),
            B("field", "", (L(fr="Date", nl="Datum", de="Datum"), d_num(ctx.issue_date))), B("signature", full(p)), footer(lang))
    return DocSpec(doc_id="", doc_type="application_form", language=lg, model="f-af-unlimited-worker-form", pages=(page,), issue_date=ctx.issue_date)


# --------------------------------------------------------------------------------------------- employment contracts

def _ec_articles(p: Person, ctx: Context, lang: str) -> DocSpec:
    lg = lang1(lang)
    r = seeded("f-ec", p.passport_number, ctx.issue_date)
    jc, jcn = joint_committee(ctx)
    s = salary_month(ctx)
    start = ctx.issue_date + timedelta(days=60)
    A = {"fr": ["Le travailleur est engagé à durée indéterminée en qualité de {job}, à partir du {start}, sous la condition suspensive de l'octroi du permis unique.",
                "Le lieu de travail est situé {addr}. L'horaire est de 38 heures par semaine.",
                "La rémunération mensuelle brute de base est fixée à {sal}. Le travailleur reçoit en outre un treizième mois et le double pécule de vacances.",
                "Le contrat relève de la commission paritaire n° {jc} ({jcn}) et de la loi du 3 juillet 1978 relative aux contrats de travail."],
         "nl": ["De werknemer wordt voor onbepaalde duur aangeworven als {job}, vanaf {start}, onder de opschortende voorwaarde van de toekenning van de gecombineerde vergunning.",
                "De plaats van tewerkstelling is {addr}. De arbeidsduur bedraagt 38 uur per week.",
                "Het bruto basismaandloon bedraagt {sal}. De werknemer ontvangt daarnaast een dertiende maand en dubbel vakantiegeld.",
                "De overeenkomst valt onder paritair comité nr. {jc} ({jcn}) en de wet van 3 juli 1978 betreffende de arbeidsovereenkomsten."],
         "de": ["Der Arbeitnehmer wird unbefristet als {job} ab dem {start} eingestellt, unter der aufschiebenden Bedingung der Erteilung der kombinierten Erlaubnis.",
                "Der Arbeitsort ist {addr}. Die Arbeitszeit beträgt 38 Stunden pro Woche.",
                "Das monatliche Bruttogrundgehalt beträgt {sal}. Der Arbeitnehmer erhält zusätzlich ein dreizehntes Monatsgehalt und das doppelte Urlaubsgeld.",
                "Der Vertrag unterliegt der Paritätischen Kommission Nr. {jc} ({jcn}) und dem Gesetz vom 3. Juli 1978 über die Arbeitsverträge."]}[lg]
    art = {"fr": "Article", "nl": "Artikel", "de": "Artikel"}[lg]
    fmt = dict(job=ctx.job_title, start=d_num(start), addr=ctx.employer_address, sal=eur(s, lg), jc=jc, jcn=jcn[lg])
    blocks = [B("letterhead", f"{ctx.employer}\n{ctx.employer_address}\n{kbo_for(ctx.employer)}"),
              B("title", {"fr": "Contrat de travail d'employé à durée indéterminée", "nl": "Arbeidsovereenkomst voor bedienden van onbepaalde duur",
                          "de": "Unbefristeter Arbeitsvertrag für Angestellte"}[lg]),
              B("para", {"fr": f"Entre {ctx.employer}, ci-après l'employeur, et {full(p)}, né(e) le {d_num(p.birth_date)}, de nationalité {nat(p, 'fr')}, passeport {p.passport_number}, ci-après le travailleur, il est convenu ce qui suit.",
                         "nl": f"Tussen {ctx.employer}, hierna de werkgever, en {full(p)}, geboren op {d_num(p.birth_date)}, nationaliteit {nat(p, 'nl')}, paspoort {p.passport_number}, hierna de werknemer, wordt overeengekomen wat volgt.",
                         "de": f"Zwischen {ctx.employer}, nachstehend der Arbeitgeber, und {full(p)}, geboren am {d_num(p.birth_date)}, Staatsangehörigkeit {nat(p, 'de')}, Reisepass {p.passport_number}, nachstehend der Arbeitnehmer, wird Folgendes vereinbart."}[lg])]
    for i, a in enumerate(A, 1):
        blocks += [B("heading", f"{art} {i}"), B("para", a.format(**fmt))]
    blocks += [B("field", "", ({"fr": "Fait à", "nl": "Opgemaakt te", "de": "Ausgefertigt in"}[lg], ctx.employer_address.rsplit(" ", 1)[-1]), ("", d_num(ctx.issue_date))),
               B("signature", f"{officer(r)} - {ctx.employer}"), B("signature", full(p)), footer(lang)]
    return DocSpec(doc_id="", doc_type="employment_contract", language=lg, model="f-ec-contract-indefinite-articles", pages=(tuple(blocks),), issue_date=ctx.issue_date)


def _ec_en(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("f-ec-en", p.passport_number, ctx.issue_date)
    jc, _ = joint_committee(ctx)
    s = salary_month(ctx)
    start = ctx.issue_date + timedelta(days=45)
    page = (B("letterhead", f"{ctx.employer} · {ctx.employer_address} · Enterprise no. {kbo_for(ctx.employer)}"), B("title", "Employment Agreement"),
            B("field", "", ("Employee", full(p)), ("Date of birth", d_num(p.birth_date)), ("Passport", p.passport_number), ("Position", ctx.job_title),
              ("Start date", d_num(start) + " (subject to the single permit being granted)"), ("Duration", "Indefinite"), ("Working time", "Full time, 40 hours per week"),
              ("Gross monthly base salary", f"EUR {money(s, 'en')}"), ("Other pay", "13th month, double holiday pay, meal vouchers"), ("Joint committee", jc),
              ("Governing law", "Belgian Act of 3 July 1978 on employment contracts")),
            B("para", "The employee shall not start work before the single permit has been issued. This agreement is made in two originals."),
            B("signature", f"For the employer: {officer(r)}"), B("signature", f"The employee: {full(p)}"), footer("en", d_num(ctx.issue_date)))
    return DocSpec(doc_id="", doc_type="employment_contract", language="en", model="f-ec-employment-agreement-en", pages=(page,), issue_date=ctx.issue_date)


# --------------------------------------------------------------------------------------------- vacancy, assignment

def _vac(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("f-vac", ctx.employer, ctx.job_title, ctx.issue_date)
    svc = {"flanders": ("VDAB", "nl", 9), "brussels": ("Actiris", "fr", 5), "wallonia": ("Le Forem", "fr", 5), "german-speaking": ("Arbeitsamt der DG (ADG)", "de", 5)}[ctx.region]
    lg = lang1(lang)
    end = ctx.issue_date - timedelta(days=r.randint(1, 10))
    start = end - timedelta(weeks=svc[2] + r.randint(0, 2))
    page = (B("letterhead", svc[0] + " - SPECIMEN"),
            B("title", pick(lg, fr="Attestation de publication d'une offre d'emploi", nl="Attest van publicatie van een vacature", de="Bescheinigung über die Veröffentlichung eines Stellenangebots", en="Certificate of publication of a vacancy")),
            B("field", "", (pick(lg, fr="Employeur", nl="Werkgever", de="Arbeitgeber", en="Employer"), f"{ctx.employer} ({kbo_for(ctx.employer)})"),
              (pick(lg, fr="Offre n°", nl="Vacaturenummer", de="Angebot Nr.", en="Vacancy no."), ref(r, "########")), (pick(lg, fr="Fonction", nl="Functie", de="Funktion", en="Position"), ctx.job_title),
              (pick(lg, fr="Publiée du", nl="Gepubliceerd van", de="Veröffentlicht vom", en="Published from"), d_num(start)), (pick(lg, fr="au", nl="tot", de="bis", en="until"), d_num(end)),
              (pick(lg, fr="Canaux", nl="Kanalen", de="Kanäle", en="Channels"), f"{svc[0]}, EURES")),
            B("para", pick(lg, fr="Aucun candidat répondant au profil n'a été retenu pendant la période de publication.", nl="Tijdens de publicatieperiode werd geen geschikte kandidaat gevonden.",
                           de="Während der Veröffentlichung wurde kein geeigneter Bewerber gefunden.", en="No suitable candidate was found during the publication period.")),
            B("field", "", ("Date / Datum", d_num(ctx.issue_date))), B("signature", officer(r)), footer(lg))
    return DocSpec(doc_id="", doc_type="vacancy_proof", language=lg, model="f-vac-publication-certificate", pages=(page,), issue_date=ctx.issue_date)


def _assign(p: Person, ctx: Context, lang: str) -> DocSpec:
    lg = lang1(lang)
    r = seeded("f-al", p.passport_number, ctx.issue_date)
    parent, city = parent_company(ctx, p)
    s = salary_month(ctx)
    start = ctx.issue_date + timedelta(days=75)
    end = add_months(start, 24) - timedelta(days=1)
    L = lambda **k: pick(lg, **k)  # noqa: E731
    page = (B("letterhead", f"{parent}\n{city}"), B("title", L(fr="Lettre de détachement intragroupe", nl="Detacheringsbrief binnen de groep", en="Intra-corporate assignment letter")),
            B("para", L(fr=f"Madame, Monsieur {p.surname}, nous confirmons votre transfert temporaire auprès de {ctx.employer}, {ctx.employer_address}, aux conditions suivantes.",
                        nl=f"Beste {p.given_names}, we bevestigen je tijdelijke overplaatsing naar {ctx.employer}, {ctx.employer_address}, onder de volgende voorwaarden.",
                        en=f"Dear {p.given_names}, we confirm your temporary transfer to {ctx.employer}, {ctx.employer_address}, on the following terms.")),
            B("field", "", (L(fr="Fonction", nl="Functie", en="Role"), f"{ctx.job_title} ({L(fr='spécialiste', nl='specialist', en='specialist') if 'manager' not in ctx.job_title.lower() else 'manager'})"),
              (L(fr="Durée", nl="Duur", en="Duration"), f"{d_num(start)} - {d_num(end)} (24 {L(fr='mois', nl='maanden', en='months')})"),
              (L(fr="Salaire mensuel brut pendant le détachement", nl="Bruto maandloon tijdens de detachering", en="Gross monthly salary during the assignment"), eur(s, lg) if lg != "en" else f"EUR {money(s, 'en')}"),
              (L(fr="Indemnités", nl="Vergoedingen", en="Allowances"), L(fr="logement et voyage aller-retour", nl="huisvesting en heen- en terugreis", en="housing and return travel")),
              (L(fr="Retour", nl="Terugkeer", en="Return"), L(fr=f"réintégration chez {parent} à {city} à la fin du transfert", nl=f"terugkeer naar {parent} in {city} na de overplaatsing",
                                                            en=f"you will return to {parent} in {city} at the end of the transfer"))),
            B("signature", officer(r) + " - Global Mobility"), B("signature", full(p)), footer(lg, d_num(ctx.issue_date)))
    return DocSpec(doc_id="", doc_type="assignment_letter", language=lg, model="f-al-intragroup-assignment-letter", pages=(page,), issue_date=ctx.issue_date)


# --------------------------------------------------------------------------------------------- look-alikes (unknown)

def _unk_appointment(p: Person, ctx: Context, lang: str) -> DocSpec:
    lg = lang1(lang)
    r = seeded("f-unk-app", p.passport_number)
    commune, _, _ = commune_for(ctx.region, lg, r)
    when = ctx.issue_date + timedelta(days=r.randint(5, 12))
    page = (B("letterhead", pick(lg, fr=f"Commune de {commune} - Service des étrangers", nl=f"Gemeente {commune} - Dienst Vreemdelingen")),
            B("title", pick(lg, fr="Convocation", nl="Uitnodiging")),
            B("para", pick(lg, fr=f"{full(p)}, vous êtes invité(e) à vous présenter à nos guichets le {d_num(when)} à {r.randint(9, 15)} h {r.choice(['00', '15', '30'])}. Veuillez apporter :",
                           nl=f"{full(p)}, u wordt verwacht aan onze loketten op {d_num(when)} om {r.randint(9, 15)}.{r.choice(['00', '15', '30'])} uur. Breng mee:")),
            B("list", "", (pick(lg, fr="votre passeport en cours de validité", nl="uw geldig paspoort"),), (pick(lg, fr="un extrait de casier judiciaire récent", nl="een recent uittreksel uit het strafregister"),),
              (pick(lg, fr="votre certificat médical", nl="uw medisch attest"),), (pick(lg, fr="deux photos d'identité", nl="twee pasfoto's"),),
              (pick(lg, fr="la preuve du paiement de la redevance", nl="het bewijs van betaling van de retributie"),)),
            B("para", pick(lg, fr="Ce courrier n'est pas un titre de séjour.", nl="Deze brief is geen verblijfsdocument.")), B("signature", officer(r)), footer(lg))
    return DocSpec(doc_id="", doc_type="unknown", language=lg, model="f-unk-commune-appointment-bring-documents", pages=(page,), issue_date=ctx.issue_date)


def _unk_lease(p: Person, ctx: Context, lang: str) -> DocSpec:
    lg = lang1(lang)
    r = seeded("f-unk-lease", p.passport_number)
    addr = p.address or address_in(ctx.region, lg, r)
    rent = r.randint(650, 1400)
    page = (B("title", pick(lg, fr="Bail de résidence principale", nl="Huurovereenkomst voor hoofdverblijfplaats")),
            B("field", "", (pick(lg, fr="Bailleur", nl="Verhuurder"), "SPECIMEN " + officer(r)), (pick(lg, fr="Preneur", nl="Huurder"), full(p)), (pick(lg, fr="Bien loué", nl="Gehuurd goed"), addr),
              (pick(lg, fr="Durée", nl="Duur"), pick(lg, fr="3 ans", nl="3 jaar")), (pick(lg, fr="Loyer mensuel", nl="Maandelijkse huur"), eur(rent, lg)),
              (pick(lg, fr="Garantie locative", nl="Huurwaarborg"), eur(rent * 2, lg)), (pick(lg, fr="Prise de cours", nl="Aanvang"), d_num(ctx.issue_date))),
            B("para", pick(lg, fr="Le bail est enregistré par le bailleur dans les deux mois de sa signature.", nl="De verhuurder laat de overeenkomst binnen twee maanden na ondertekening registreren.")),
            B("signature", pick(lg, fr="Le bailleur", nl="De verhuurder")), B("signature", pick(lg, fr="Le preneur", nl="De huurder")), footer(lg))
    return DocSpec(doc_id="", doc_type="unknown", language=lg, model="f-unk-residential-lease", pages=(page,), issue_date=ctx.issue_date)


def _unk_birth(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("f-unk-birth", p.passport_number)
    page = (B("letterhead", f"Civil Registry of {p.birth_place} (SPECIMEN)"), B("title", "Certificate of Birth"),
            B("field", "", ("Name of child", f"{p.given_names} {p.surname.upper()}"), ("Sex", p.sex), ("Date of birth", d_long(p.birth_date, "en")), ("Place of birth", p.birth_place),
              ("Father", f"SPECIMEN {p.surname.title()}"), ("Mother", "SPECIMEN EXAMPLE"), ("Registry no.", ref(r, "####-####-#####"))),
            B("para", "Certified true copy of the entry in the register of births."), B("signature", "Civil Registrar"), B("stamp", "CIVIL REGISTRY\nSPECIMEN"), footer("en"))
    return DocSpec(doc_id="", doc_type="unknown", language="en", model="f-unk-birth-certificate", pages=(page,), issue_date=ctx.issue_date)


def _unk_occhealth(p: Person, ctx: Context, lang: str) -> DocSpec:
    lg = lang1(lang)
    r = seeded("f-unk-occ", p.passport_number)
    page = (B("letterhead", pick(lg, fr="Service externe pour la prévention et la protection au travail SPECIMEN", nl="Externe dienst voor preventie en bescherming op het werk SPECIMEN")),
            B("title", pick(lg, fr="Formulaire d'évaluation de santé", nl="Formulier voor de gezondheidsbeoordeling")),
            B("field", "", (pick(lg, fr="Travailleur", nl="Werknemer"), full(p)), (pick(lg, fr="Employeur", nl="Werkgever"), ctx.employer),
              (pick(lg, fr="Poste", nl="Functie"), ctx.job_title), (pick(lg, fr="Type d'évaluation", nl="Soort beoordeling"), pick(lg, fr="évaluation préalable à l'affectation", nl="voorafgaande gezondheidsbeoordeling"))),
            B("checkbox", "", ("[x]", pick(lg, fr="apte au poste de travail", nl="geschikt voor de functie")), ("[ ]", pick(lg, fr="inapte temporairement", nl="tijdelijk ongeschikt"))),
            B("para", pick(lg, fr="Formulaire établi par le conseiller en prévention-médecin du travail (code du bien-être au travail).", nl="Formulier opgesteld door de preventieadviseur-arbeidsarts (codex over het welzijn op het werk).")),
            B("signature", doctor_name(r)), footer(lg))
    return DocSpec(doc_id="", doc_type="unknown", language=lg, model="f-unk-occupational-health-form", pages=(page,), issue_date=ctx.issue_date)


def _unk_training(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("f-unk-train", p.passport_number)
    page = (B("letterhead", "SPECIMEN Academy - professional training"), B("title", "Certificate of Attendance"),
            B("para", f"{full(p)} attended the course 'Cloud Architecture Fundamentals' ({r.randint(16, 40)} hours) from {d_num(ctx.issue_date - timedelta(days=30))} to {d_num(ctx.issue_date)}."),
            B("para", "This certificate attests attendance only; it is not an academic degree."), B("signature", "Course director"), footer("en"))
    return DocSpec(doc_id="", doc_type="unknown", language="en", model="f-unk-training-attendance-certificate", pages=(page,), issue_date=ctx.issue_date)


def _unk_household(p: Person, ctx: Context, lang: str) -> DocSpec:
    lg = lang1(lang)
    r = seeded("f-unk-hh", p.passport_number)
    commune, _, _ = commune_for(ctx.region, lg, r)
    page = (B("letterhead", pick(lg, fr=f"Commune de {commune}", nl=f"Gemeente {commune}")), B("title", pick(lg, fr="Certificat de composition de ménage", nl="Getuigschrift van gezinssamenstelling")),
            B("table", "", (pick(lg, fr="Nom", nl="Naam"), pick(lg, fr="Date de naissance", nl="Geboortedatum"), pick(lg, fr="Lien", nl="Verwantschap")),
              (full(p), d_num(p.birth_date), pick(lg, fr="personne de référence", nl="referentiepersoon"))),
            B("field", "", (pick(lg, fr="Adresse", nl="Adres"), p.address or address_in(ctx.region, lg, r)), ("Date / Datum", d_num(ctx.issue_date))),
            B("stamp", commune.upper() + "\nSPECIMEN"), footer(lg))
    return DocSpec(doc_id="", doc_type="unknown", language=lg, model="f-unk-household-composition", pages=(page,), issue_date=ctx.issue_date)


MODELS_F = [
    Model("f-med-dvz-model-certificate", "medical_certificate", ("fr", "nl", "de", "en"), _med_dvz),
    Model("f-med-gp-free-certificate", "medical_certificate", ("nl", "fr", "de", "en"), _med_gp),
    Model("f-med-panel-physician-legalised", "medical_certificate", ("en",), _med_panel),
    Model("f-med-hospital-bilingual", "medical_certificate", ("fr+nl",), _med_hospital),
    Model("f-gep-parent-hr-certificate", "group_employment_proof", ("en",), _gep_hr),
    Model("f-gep-attestation-emploi-groupe", "group_employment_proof", ("fr", "nl"), _gep_fr),
    Model("f-gep-group-payroll-record-extract", "group_employment_proof", ("en",), _gep_payroll),
    Model("f-eb-annex13sexies-decision", "entry_ban", ("fr", "nl", "de"), _eb_decision),
    Model("f-eb-free-translation-en", "entry_ban", ("en",), _eb_translation),
    Model("f-eb-commune-notification-form", "entry_ban", ("nl", "de"), _eb_form),
    Model("f-dip-degree-with-transcript", "diploma", ("en",), _dip_transcript),
    Model("f-dip-equivalence-fwb", "diploma", ("fr",), _dip_equiv_fr),
    Model("f-dip-naric-vlaanderen-niveau", "diploma", ("nl",), _dip_equiv_nl),
    Model("f-cr-be-commune-extract-596-1", "criminal_record", ("fr", "nl", "de"), _cr_be, in_belgium=True),
    Model("f-cr-foreign-police-clearance-apostille", "criminal_record", ("en",), _cr_foreign),
    Model("f-af-regional-single-permit-form", "application_form", ("fr", "nl", "de", "en"), _af_regional),
    Model("f-af-unlimited-worker-form", "application_form", ("fr", "nl", "de"), _af_unlimited, in_belgium=True),
    Model("f-ec-contract-indefinite-articles", "employment_contract", ("fr", "nl", "de"), _ec_articles),
    Model("f-ec-employment-agreement-en", "employment_contract", ("en",), _ec_en),
    Model("f-vac-publication-certificate", "vacancy_proof", ("nl", "fr", "de"), _vac),
    Model("f-al-intragroup-assignment-letter", "assignment_letter", ("en", "fr", "nl"), _assign),
    Model("f-unk-commune-appointment-bring-documents", "unknown", ("fr", "nl"), _unk_appointment),
    Model("f-unk-residential-lease", "unknown", ("fr", "nl"), _unk_lease),
    Model("f-unk-birth-certificate", "unknown", ("en",), _unk_birth),
    Model("f-unk-occupational-health-form", "unknown", ("nl", "fr"), _unk_occhealth),
    Model("f-unk-training-attendance-certificate", "unknown", ("en",), _unk_training),
    Model("f-unk-household-composition", "unknown", ("fr", "nl"), _unk_household, in_belgium=True),
]
