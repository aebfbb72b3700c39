"""Corpus E: assignment letters, hosting agreements, orders to leave, health insurance, foreign criminal records and
diplomas (models in `MODELS_E`).

Structure and facts from public pages found with the search tool (sentences are our own):
- topia.com glossary "Assignment Letter" (start and end dates, home and host locations, base salary, allowances,
  benefits, housing, tax equalisation, repatriation); crgglobal.com and read.uberflip.com (Graebel) on assignment
  policy items (immigration assistance, medical examination, working hours of the host location); and
  economy-employment.brussels "List of appendices" (for a secondment: a declaration signed by the employer stating the
  duration and the employment and pay conditions during the secondment; the foreign social-security certificate).
- wordscope.be (EU proposal: a hosting agreement names the research project's title and purpose, the researcher's
  commitment, the organisation's commitment to host, start and end dates, the legal relationship and the working
  conditions); fr.scribd.com "Convention d'accueil" (boxed frames on the approved host organisation and the researcher).
- reference single-permit.md (annex 13 / 13sexies names in FR/NL/DE; an entry ban can block a legal return).
- nahatabalama.mondoblog.org, minjustice.cm, memoireonline.com (Cameroon: bulletin n°3 issued by the registry of the
  Tribunal de première instance of the birthplace, signed by the chief registrar and the public prosecutor,
  arts. 573-583 of the Code of Criminal Procedure of 2005); e-service.admin.ch and ch.ch (Swiss "Privatauszug"
  of the Federal Office of Justice, Bundesrain 20, 3003 Bern; extracts without convictions in German, French, Italian
  and English; CHF 17, certification for foreign authorities CHF 20); kenyapolice.go.ke, nairobileo.co.ke,
  victormochere.com, kenyahighcommission.net (Kenya DCI "Police Clearance Certificate (Certificate of Good
  Conduct)", fingerprints, downloaded from the eCitizen account, no record traced).
- attestation wording for sickness funds: reference single-permit.md ("proof of health insurance covering all risks").
"""

from __future__ import annotations

from datetime import timedelta

from spec import Context, DocSpec, Model, Person

from content._common import add_months, salary_for
from content._e_common import B, d_long, d_num, footer, full_name, money, nat, pick, place, ref

MODELS: list = []   # corpus E is loaded by corpus_e.py from MODELS_E only


def _doc(ctx: Context, p: Person, doc_type: str, lang: str, model: str, pages, **kw) -> DocSpec:
    return DocSpec(doc_id="", doc_type=doc_type, language=lang, model=model, pages=tuple(tuple(pg) for pg in pages),
                   issue_date=kw.pop("issue", ctx.issue_date), **kw)


HOME = {"IND": ("SPECIMEN Infotech Services Pvt. Ltd.", "Whitefield Main Road, Bengaluru 560066, India", "INR"),
        "BRA": ("SPECIMEN Engenharia Ltda.", "Av. Paulista 1000, São Paulo, Brazil", "BRL"),
        "MAR": ("SPECIMEN Maroc Services SARL", "Boulevard Zerktouni 90, Casablanca, Maroc", "MAD"),
        "TUR": ("SPECIMEN Teknoloji A.Ş.", "Büyükdere Cad. 120, İstanbul, Türkiye", "TRY"),
        "USA": ("SPECIMEN Systems Inc.", "400 Main Street, Columbus OH, U.S.A.", "USD"),
        "CHN": ("SPECIMEN (Shanghai) Co., Ltd.", "Century Avenue 88, Shanghai, China", "CNY"),
        "PHL": ("SPECIMEN Solutions Phils. Inc.", "Ayala Avenue 6750, Makati City, Philippines", "PHP"),
        "COL": ("SPECIMEN Andina S.A.S.", "Carrera 7 # 71-21, Bogotá, Colombia", "COP"),
        "UKR": ("SPECIMEN Soft LLC", "Khreshchatyk St. 10, Kyiv, Ukraine", "UAH"),
        "NGA": ("SPECIMEN Nigeria Ltd.", "Adeola Odeku Street 12, Lagos, Nigeria", "NGN")}


def _home(p: Person):
    return HOME.get(p.nationality, HOME["IND"])


# ------------------------------------------------------------------------------------------- assignment letters

def ict_letter_en(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = ctx.rng
    home, haddr, cur = _home(p)
    start = add_months(ctx.issue_date, 3)
    months = r.choice([18, 24, 30, 36])
    since = ctx.issue_date - timedelta(days=r.randint(400, 2500))
    allowance = r.choice([900, 1100, 1250, 1500])
    sal = salary_for(ctx)
    page = [B("letterhead", "", (home,), (haddr,), ("Global Mobility – Human Resources",)),
            B("para", f"{d_long(ctx.issue_date, 'en')}\n\nPrivate and confidential\n{full_name(p)}\nEmployee ID {ref(r, '######')}"),
            B("title", "Letter of international assignment"),
            B("para", f"Dear {p.given_names.split()[0]},"),
            B("para", f"We are pleased to confirm your temporary assignment to our group company {ctx.employer}, {ctx.employer_address}, "
                      f"Belgium, as {ctx.job_title}. You have been employed by {home} without interruption since {d_long(since, 'en')}, "
                      "and you remain employed by us during the assignment."),
            B("field", "", ("Host entity", ctx.employer), ("Planned start", d_long(start, "en")),
              ("Duration", f"{months} months, ending {d_long(add_months(start, months) - timedelta(days=1), 'en')}"),
              ("Base salary during assignment", f"EUR {money(sal, 'en')} gross per month, paid through the Belgian payroll"),
              ("Allowances", f"housing EUR {allowance} per month; one home leave trip per year"),
              ("Health cover", "international health insurance for you and accompanying family"),
              ("Return", "at the end of the assignment you return to your position in the home company")),
            B("para", "The assignment is subject to the single permit for intra-corporate transferees (ICT) being granted by the Belgian "
                      "authorities. Please send us a copy of your passport and your police clearance certificate so that the "
                      "application can be filed."),
            B("para", "Please sign and return a copy of this letter to confirm your acceptance."),
            B("signature", f"{r.choice(['Anita', 'Rahul', 'Grace', 'Mark'])} {r.choice(['Menon', 'Kapoor', 'Walker', 'Cruz'])}, Head of Global Mobility"),
            B("signature", f"Accepted: {full_name(p)}"),
            footer("en")]
    return _doc(ctx, p, "assignment_letter", "en", "e-ict-letter-of-international-assignment", [page])


def ict_lettre_fr(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = ctx.rng
    home, haddr, cur = _home(p)
    start = add_months(ctx.issue_date, 2)
    months = r.choice([12, 24, 36])
    page = [B("letterhead", "", (home,), (haddr,)),
            B("title", "Lettre de détachement"),
            B("subtitle", "transfert temporaire intragroupe (ICT) vers la Belgique"),
            B("para", f"La société {home} (« l'entreprise d'origine ») déclare détacher temporairement son salarié "
                      f"{p.given_names} {p.surname}, né le {d_num(p.birth_date)}, de nationalité {nat(p, 'fr')}, passeport n° {p.passport_number}, "
                      f"auprès de l'entité d'accueil {ctx.employer}, {ctx.employer_address}, appartenant au même groupe."),
            B("field", "", ("Fonction pendant le détachement", ctx.job_title), ("Début prévu", d_num(start)),
              ("Durée", f"{months} mois"), ("Rémunération", f"{money(salary_for(ctx), 'fr')} EUR bruts par mois"),
              ("Temps de travail", "38 heures par semaine, selon l'horaire de l'entité d'accueil"),
              ("Sécurité sociale", "certificat de détachement demandé auprès de l'institution du pays d'origine")),
            B("para", "À l'issue de la mission, le salarié réintègre l'entreprise d'origine dans une fonction équivalente. Les frais de "
                      "voyage aller et retour sont pris en charge par l'entreprise d'origine."),
            B("para", "Le présent document est établi pour être joint à la demande de permis unique."),
            B("field", "", ("Fait à", haddr.split(",")[-2].strip()), ("le", d_num(ctx.issue_date))),
            B("signature", f"{r.choice(['Karim', 'Nadia', 'Ana', 'Paulo'])} {r.choice(['Alaoui', 'Berrada', 'Costa', 'Lima'])}, directeur des ressources humaines"),
            B("stamp", home),
            footer("fr")]
    return _doc(ctx, p, "assignment_letter", "fr", "e-ict-lettre-de-detachement-intragroupe", [page])


def ict_detachering_nl(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = ctx.rng
    home, haddr, _ = _home(p)
    start = add_months(ctx.issue_date, 2)
    page = [B("letterhead", "", (ctx.employer,), (ctx.employer_address,), ("in opdracht van " + home,)),
            B("title", "Verklaring van overplaatsing binnen de onderneming"),
            B("para", f"Ondergetekenden, {home} (zendende onderneming) en {ctx.employer} (ontvangende entiteit), verklaren dat "
                      f"{p.given_names} {p.surname}, geboren op {d_num(p.birth_date)}, tijdelijk wordt overgeplaatst naar België."),
            B("table", "", ("Gegeven", "Inhoud"), ("Functie", ctx.job_title), ("Rol", r.choice(["specialist", "leidinggevende"])),
              ("Begin overplaatsing", d_num(start)), ("Einde overplaatsing", d_num(add_months(start, 24) - timedelta(days=1))),
              ("Bruto maandloon", "EUR " + money(salary_for(ctx), "nl")), ("Werkplaats", ctx.employer_address)),
            B("para", "De werknemer blijft verbonden door zijn arbeidsovereenkomst met de zendende onderneming en keert na afloop "
                      "terug naar een functie binnen de groep. Het bewijs dat hij minstens drie maanden onafgebroken in de groep werkt, "
                      "wordt afzonderlijk bijgevoegd."),
            B("field", "", ("Datum", d_num(ctx.issue_date)), ("Plaats", place(ctx, r))),
            B("signature", "Voor de zendende onderneming"), B("signature", "Voor de ontvangende entiteit"),
            footer("nl")]
    return _doc(ctx, p, "assignment_letter", "nl", "e-ict-verklaring-overplaatsing", [page])


def ict_entsendung_de(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = ctx.rng
    home, haddr, cur = _home(p)
    start = add_months(ctx.issue_date, 2)
    months = r.choice([12, 18, 24])
    t = lambda **k: pick(lang, **k)  # noqa: E731
    page = [B("letterhead", "", (home,), (haddr,)),
            B("title", t(de="Entsendungsvereinbarung", en="Secondment agreement")),
            B("subtitle", t(de="Zusatz zum Arbeitsvertrag – unternehmensinterner Transfer nach Belgien",
                            en="Addendum to the employment contract – intra-corporate transfer to Belgium")),
            B("field", "", (t(de="Mitarbeiter", en="Employee"), f"{p.surname}, {p.given_names}"), (t(de="Aufnehmende Niederlassung", en="Host entity"), ctx.employer),
              (t(de="Beginn", en="Start"), d_num(start)), (t(de="Dauer", en="Duration"), t(de=f"{months} Monate", en=f"{months} months")),
              (t(de="Vergütung", en="Remuneration"), t(de=f"{money(salary_for(ctx), 'de')} EUR brutto monatlich", en=f"EUR {money(salary_for(ctx), 'en')} gross per month")),
              (t(de="Zulagen", en="Allowances"), t(de="Mietzuschuss, Umzugskosten", en="rent allowance, relocation costs"))),
            B("para", t(de="Das Arbeitsverhältnis mit dem entsendenden Unternehmen bleibt bestehen. Nach Ende der Entsendung kehrt der "
                           "Mitarbeiter an seinen bisherigen Standort zurück. Die Entsendung beginnt erst nach Erteilung der kombinierten "
                           "Erlaubnis (ICT).",
                        en="The employment with the sending company continues. At the end of the secondment the employee returns to the "
                           "home location. The secondment starts only once the single permit (ICT) is granted.")),
            B("field", "", (t(de="Datum", en="Date"), d_num(ctx.issue_date))),
            B("signature", t(de="Entsendendes Unternehmen", en="Sending company")), B("signature", t(de="Mitarbeiter", en="Employee")),
            footer(lang)]
    return _doc(ctx, p, "assignment_letter", lang, "e-ict-entsendungsvereinbarung", [page])


# ------------------------------------------------------------------------------------------- hosting agreements

def convention_accueil(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = ctx.rng
    fr = lang == "fr"
    t = lambda **k: pick(lang, **k)  # noqa: E731
    start = add_months(ctx.issue_date, 3)
    proj = r.choice([("Modélisation des crues de la Meuse", "Flood modelling of the Meuse basin"),
                     ("Catalyseurs pour l'hydrogène vert", "Catalysts for green hydrogen"),
                     ("Imagerie médicale par apprentissage profond", "Deep-learning medical imaging")])
    p1 = [B("letterhead", "", (ctx.employer,), (t(fr="Organisme de recherche agréé – Service des relations internationales", en="Approved research organisation – International Office"),)),
          B("title", t(fr="Convention d'accueil", en="Hosting agreement")),
          B("subtitle", t(fr="chercheur ressortissant d'un pays tiers – article 61/11 de la loi du 15 décembre 1980",
                          en="third-country researcher – article 61/11 of the law of 15 December 1980")),
          B("heading", t(fr="Cadre A – Organisme d'accueil", en="Frame A – Host organisation")),
          B("field", "", (t(fr="Dénomination", en="Name"), ctx.employer), (t(fr="Numéro d'agrément", en="Approval number"), ref(r, "AGR/##/###")),
            (t(fr="Responsable scientifique", en="Scientific supervisor"), f"Prof. {r.choice(['M. Dumont', 'A. Lefèvre', 'J. Collard'])}")),
          B("heading", t(fr="Cadre B – Chercheur", en="Frame B – Researcher")),
          B("field", "", (t(fr="Nom et prénoms", en="Name"), f"{p.surname} {p.given_names}"), (t(fr="Né(e) le", en="Born"), d_num(p.birth_date)),
            (t(fr="Nationalité", en="Nationality"), nat(p, lang)), (t(fr="Passeport", en="Passport"), p.passport_number),
            (t(fr="Diplôme", en="Degree"), t(fr="doctorat", en="PhD"))),
          B("heading", t(fr="Cadre C – Projet de recherche", en="Frame C – Research project")),
          B("field", "", (t(fr="Titre", en="Title"), proj[0] if fr else proj[1]),
            (t(fr="Début", en="Start"), d_num(start)), (t(fr="Fin", en="End"), d_num(add_months(start, 24) - timedelta(days=1))),
            (t(fr="Relation juridique", en="Legal relationship"), t(fr="contrat de travail à durée déterminée", en="fixed-term employment contract")),
            (t(fr="Ressources mensuelles", en="Monthly resources"), f"{money(salary_for(ctx), lang)} EUR")),
          footer(lang, "1/2")]
    p2 = [B("para", t(fr="Le chercheur s'engage à mener à bien le projet décrit ci-dessus. L'organisme confirme accueillir le chercheur à "
                         "cette fin, disposer des moyens nécessaires et couvrir ses frais de retour en cas de séjour irrégulier, ainsi que "
                         "vérifier qu'il dispose d'une assurance maladie.",
                      en="The researcher undertakes to complete the project described above. The organisation confirms that it hosts the "
                         "researcher for that purpose, has the means needed, will cover return costs in case of irregular stay, and will "
                         "check that the researcher has health insurance.")),
          B("field", "", (t(fr="Fait à", en="Done at"), place(ctx, r)), (t(fr="le", en="on"), d_num(ctx.issue_date))),
          B("signature", t(fr="Pour l'organisme d'accueil", en="For the host organisation")), B("signature", t(fr="Le chercheur", en="The researcher")),
          B("stamp", ctx.employer), footer(lang, "2/2")]
    return _doc(ctx, p, "hosting_agreement", lang, "e-hosting-convention-accueil-cadres", [p1, p2])


def gastovereenkomst(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = ctx.rng
    t = lambda **k: pick(lang, **k)  # noqa: E731
    start = add_months(ctx.issue_date, 2)
    page = [B("letterhead", "", (ctx.employer,), (ctx.employer_address,)),
            B("title", t(nl="Gastovereenkomst voor onderzoekers", en="Hosting agreement for researchers")),
            B("para", t(nl=f"Tussen {ctx.employer}, erkende onderzoeksinstelling, en {p.given_names} {p.surname} (°{d_num(p.birth_date)}, "
                           f"{nat(p, 'nl')}) wordt het volgende overeengekomen.",
                        en=f"Between {ctx.employer}, an approved research organisation, and {p.given_names} {p.surname} (born "
                           f"{d_num(p.birth_date)}, {nat(p, 'en')}) the following is agreed.")),
            B("list", "", (t(nl="1. Onderwerp: onderzoeksproject 'Duurzame batterijmaterialen' in het kader van een doctoraatsbeurs.",
                             en="1. Subject: research project 'Sustainable battery materials' under a doctoral grant."),),
              (t(nl=f"2. Duur: van {d_num(start)} tot {d_num(add_months(start, 36) - timedelta(days=1))}.",
                 en=f"2. Duration: from {d_num(start)} to {d_num(add_months(start, 36) - timedelta(days=1))}."),),
              (t(nl=f"3. De onderzoeker ontvangt een beurs van EUR {money(salary_for(ctx), 'nl')} netto per maand.",
                 en=f"3. The researcher receives a grant of EUR {money(salary_for(ctx), 'en')} net per month."),),
              (t(nl="4. De instelling bevestigt dat de onderzoeker over een ziektekostenverzekering beschikt.",
                 en="4. The organisation confirms that the researcher has health insurance."),),
              (t(nl="5. De onderzoeker verbindt zich ertoe het project uit te voeren; de instelling ontvangt hem daartoe.",
                 en="5. The researcher undertakes to carry out the project; the organisation hosts the researcher for that purpose."),)),
            B("field", "", (t(nl="Opgemaakt te", en="Signed at"), place(ctx, r)), (t(nl="Datum", en="Date"), d_num(ctx.issue_date))),
            B("signature", t(nl="Voor de onderzoeksinstelling", en="For the research organisation")),
            B("signature", t(nl="De onderzoeker", en="The researcher")),
            footer(lang)]
    return _doc(ctx, p, "hosting_agreement", lang, "e-hosting-gastovereenkomst-beurs", [page])


# ------------------------------------------------------------------------------------------- orders to leave

def otl_commune(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = ctx.rng
    t = lambda **k: pick(lang, **k)  # noqa: E731
    days = r.choice([30, 30, 7])
    page = [B("letterhead", "", (t(fr="Royaume de Belgique – SPF Intérieur", nl="Koninkrijk België – FOD Binnenlandse Zaken"),),
              (t(fr="Office des étrangers", nl="Dienst Vreemdelingenzaken"),)),
            B("title", t(fr="Annexe 13 – Ordre de quitter le territoire", nl="Bijlage 13 – Bevel om het grondgebied te verlaten")),
            B("para", t(fr=f"En exécution de la décision du délégué du Secrétaire d'État à l'Asile et la Migration, il est enjoint à "
                           f"{p.surname} {p.given_names}, né(e) à {p.birth_place} le {d_num(p.birth_date)}, de nationalité {nat(p, 'fr')}, "
                           f"de quitter le territoire de la Belgique ainsi que des États Schengen dans les {days} jours de la notification.",
                        nl=f"In uitvoering van de beslissing van de gemachtigde van de Staatssecretaris voor Asiel en Migratie wordt aan "
                           f"{p.surname} {p.given_names}, geboren te {p.birth_place} op {d_num(p.birth_date)}, van {nat(p, 'nl')}e nationaliteit, "
                           f"het bevel gegeven het grondgebied van België en van de Schengenstaten te verlaten binnen {days} dagen na de kennisgeving.")),
            B("heading", t(fr="Motifs", nl="Motieven")),
            B("para", t(fr="L'intéressé(e) demeure dans le Royaume au-delà de la durée de séjour autorisée (article 7, alinéa 1er, 2° de "
                           "la loi du 15 décembre 1980).",
                        nl="Betrokkene verblijft in het Rijk langer dan de toegestane duur (artikel 7, eerste lid, 2° van de wet van "
                           "15 december 1980).")),
            B("para", t(fr="La présente décision n'est pas assortie d'une interdiction d'entrée. En cas de non-respect, une interdiction "
                           "d'entrée (annexe 13sexies) pourra être imposée ultérieurement.",
                        nl="Deze beslissing gaat niet gepaard met een inreisverbod. Bij niet-naleving kan later een inreisverbod "
                           "(bijlage 13sexies) worden opgelegd.")),
            B("field", "", (t(fr="Référence OE", nl="Referentie DVZ"), ref(r, "#######")), (t(fr="Notifié le", nl="Betekend op"), d_num(ctx.issue_date)),
              (t(fr="Commune", nl="Gemeente"), place(ctx, r))),
            B("para", t(fr="Un recours en suspension et en annulation peut être introduit devant le Conseil du contentieux des étrangers "
                           "dans les trente jours de la notification.",
                        nl="Tegen deze beslissing kan binnen dertig dagen na de kennisgeving een beroep tot schorsing en vernietiging "
                           "worden ingediend bij de Raad voor Vreemdelingenbetwistingen.")),
            B("signature", t(fr="L'intéressé(e)", nl="Betrokkene")), B("signature", t(fr="Le fonctionnaire communal", nl="De gemeentelijke ambtenaar")),
            B("stamp", t(fr="Administration communale\nService Étrangers", nl="Gemeentebestuur\nDienst Vreemdelingen")),
            footer(lang)]
    return _doc(ctx, p, "order_to_leave", lang, "e-otl-bijlage13-gemeente-kennisgeving", [page])


def otl_anweisung(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = ctx.rng
    ban = r.random() < 0.5
    page = [B("letterhead", "", ("Königreich Belgien – FÖD Inneres",), ("Ausländeramt",)),
            B("title", "Anlage 13 – Anweisung, das Staatsgebiet zu verlassen"),
            B("para", f"Herrn/Frau {p.surname} {p.given_names}, geboren am {d_num(p.birth_date)} in {p.birth_place}, Staatsangehörigkeit "
                      f"{nat(p, 'de')}, wird die Anweisung erteilt, das Staatsgebiet Belgiens und der Schengen-Staaten spätestens "
                      f"{r.choice([7, 30])} Tage nach der Notifizierung zu verlassen."),
            B("heading", "Begründung"),
            B("para", "Die betreffende Person ist nicht im Besitz eines gültigen Aufenthaltsdokuments (Artikel 7 Absatz 1 Nr. 1 des "
                      "Gesetzes vom 15. Dezember 1980)."),
            B("checkbox", "", ("[x]" if ban else "[ ]", "Diese Entscheidung geht mit einem Einreiseverbot einher (Anlage 13sexies, gesondert notifiziert)."),
              ("[ ]" if ban else "[x]", "Kein Einreiseverbot.")),
            B("field", "", ("Aktenzeichen", ref(r, "#######")), ("Notifiziert am", d_num(ctx.issue_date)), ("Gemeinde", r.choice(["Eupen", "Sankt Vith", "Kelmis"]))),
            B("para", "Gegen diese Entscheidung kann binnen dreißig Tagen eine Klage beim Rat für Ausländerstreitsachen eingereicht werden."),
            B("signature", "Der Beauftragte des Staatssekretärs"), B("stamp", "Ausländeramt"),
            footer("de")]
    return _doc(ctx, p, "order_to_leave", "de", "e-otl-anlage13-anweisung", [page])


def otl_translation_en(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = ctx.rng
    page = [B("para", "Unofficial translation prepared for the client – the French original is authoritative"),
            B("title", "Annex 13septies – Order to leave the territory with detention for removal"),
            B("para", f"{p.surname} {p.given_names}, born in {p.birth_place} on {d_num(p.birth_date)}, of {nat(p, 'en')} nationality, "
                      "is ordered to leave the territory of Belgium and of the Schengen States."),
            B("para", "Reasons: the person concerned stays in the Kingdom without a valid visa or residence permit and did not comply "
                      "with an earlier order to leave. The person is held in a closed centre with a view to removal."),
            B("para", "An entry ban of three years (annex 13sexies) is notified together with this decision."),
            B("field", "", ("Immigration Office reference", ref(r, "#######")), ("Notified on", d_long(ctx.issue_date, "en"))),
            B("para", "Appeal: within ten days to the Council for Alien Law Litigation."),
            B("signature", "Translated by the office of Me " + r.choice(["L. Janssens", "C. Dubois", "H. Mertens"]) + ", lawyer"),
            footer("en")]
    return _doc(ctx, p, "order_to_leave", "en", "e-otl-annex13septies-free-translation", [page])


# ------------------------------------------------------------------------------------------- health insurance

def mutualite_attestation(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = ctx.rng
    t = lambda **k: pick(lang, **k)  # noqa: E731
    since = ctx.issue_date - timedelta(days=r.randint(40, 700))
    page = [B("letterhead", "", (t(fr="Mutualité SPECIMEN – Office régional", nl="SPECIMEN Ziekenfonds – Regionale dienst"),),
              (t(fr="Organisme assureur reconnu – assurance obligatoire soins de santé", nl="Erkende verzekeringsinstelling – verplichte verzekering geneeskundige verzorging"),)),
            B("title", t(fr="Attestation d'affiliation", nl="Attest van aansluiting")),
            B("para", t(fr=f"Nous certifions que {p.surname} {p.given_names}, né(e) le {d_num(p.birth_date)}, est affilié(e) à notre mutualité "
                           f"en qualité de titulaire depuis le {d_num(since)} et a droit aux remboursements de l'assurance obligatoire "
                           "soins de santé à la date de la présente attestation.",
                        nl=f"Wij bevestigen dat {p.surname} {p.given_names}, geboren op {d_num(p.birth_date)}, sinds {d_num(since)} als "
                           "gerechtigde bij ons ziekenfonds is aangesloten en op de datum van dit attest recht heeft op terugbetalingen "
                           "van de verplichte verzekering voor geneeskundige verzorging.")),
            B("field", "", (t(fr="Numéro d'affiliation", nl="Aansluitingsnummer"), ref(r, "###-#######-##")),
              (t(fr="Qualité", nl="Hoedanigheid"), t(fr="travailleur salarié", nl="werknemer")),
              (t(fr="Employeur déclaré", nl="Aangegeven werkgever"), ctx.employer),
              (t(fr="Assurance complémentaire", nl="Aanvullende verzekering"), t(fr="en ordre de cotisation", nl="in orde met bijdragen"))),
            B("para", t(fr="Attestation délivrée à la demande de l'intéressé(e) pour sa demande de permis unique.",
                        nl="Attest afgeleverd op verzoek van betrokkene voor de aanvraag van een gecombineerde vergunning.")),
            B("field", "", (t(fr="Date", nl="Datum"), d_num(ctx.issue_date))),
            B("stamp", t(fr="Mutualité SPECIMEN\nservice affiliations", nl="SPECIMEN Ziekenfonds\ndienst aansluitingen")),
            footer(lang)]
    return _doc(ctx, p, "health_insurance", lang, "e-hi-attestation-affiliation-mutualite", [page])


def intl_insurance_cert(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = ctx.rng
    t = lambda **k: pick(lang, **k)  # noqa: E731
    start = add_months(ctx.issue_date, 1)
    page = [B("letterhead", "", ("SPECIMEN Global Health Insurance SE",), ("International private medical insurance",)),
            B("title", t(en="Certificate of insurance", de="Versicherungsbestätigung")),
            B("field", "", (t(en="Policy number", de="Policennummer"), ref(r, "GH-#########")), (t(en="Insured person", de="Versicherte Person"), full_name(p)),
              (t(en="Date of birth", de="Geburtsdatum"), d_num(p.birth_date)), (t(en="Passport", de="Reisepass"), p.passport_number),
              (t(en="Policyholder", de="Versicherungsnehmer"), ctx.employer),
              (t(en="Period of cover", de="Versicherungszeitraum"), f"{d_num(start)} – {d_num(add_months(start, 24) - timedelta(days=1))}"),
              (t(en="Area of cover", de="Geltungsbereich"), t(en="Europe including Belgium", de="Europa einschließlich Belgien"))),
            B("table", "", (t(en="Benefit", de="Leistung"), t(en="Limit", de="Höchstbetrag")),
              (t(en="In-patient treatment", de="Stationäre Behandlung"), "EUR 1.000.000"), (t(en="Out-patient treatment", de="Ambulante Behandlung"), t(en="full cost", de="volle Kosten")),
              (t(en="Repatriation", de="Rücktransport"), t(en="included", de="eingeschlossen")), (t(en="Deductible", de="Selbstbehalt"), "EUR 0")),
            B("para", t(en="This certificate confirms that the insured person is covered for all medical risks during the stay in Belgium. "
                           "It is issued for the single permit application.",
                        de="Diese Bestätigung weist nach, dass die versicherte Person während des Aufenthalts in Belgien gegen alle "
                           "Krankheitsrisiken versichert ist. Sie wird für den Antrag auf kombinierte Erlaubnis ausgestellt.")),
            B("field", "", (t(en="Issued", de="Ausgestellt"), d_num(ctx.issue_date))),
            B("signature", t(en="Underwriting department", de="Abteilung Antragsprüfung")),
            footer(lang)]
    return _doc(ctx, p, "health_insurance", lang, "e-hi-international-certificate-of-insurance", [page])


# ------------------------------------------------------------------------------------------- criminal records (foreign)

def ke_good_conduct(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = ctx.rng
    page = [B("letterhead", "", ("REPUBLIC OF KENYA",), ("NATIONAL POLICE SERVICE – DIRECTORATE OF CRIMINAL INVESTIGATIONS",),
              ("Criminal Records Office, P.O. Box 00000, Nairobi",)),
            B("title", "POLICE CLEARANCE CERTIFICATE"),
            B("subtitle", "(Certificate of Good Conduct)"),
            B("field", "", ("Ref. No.", ref(r, "PCC/####/######")), ("Name", f"{p.surname} {p.given_names}".upper()),
              ("ID / Passport No.", p.passport_number), ("Date of birth", d_num(p.birth_date, "/")),
              ("Nationality", nat(p, "en"))),
            B("para", "This is to certify that the above-named person, whose fingerprints were taken and searched in the records of this "
                      "office, has no criminal record traced as at the date of issue."),
            B("para", "Purpose: employment abroad (Belgium)."),
            B("field", "", ("Date of issue", d_num(ctx.issue_date, "/")), ("Serial", ref(r, "########"))),
            B("signature", "for Director, Criminal Investigations"),
            B("stamp", "CRIMINAL RECORDS OFFICE\nNAIROBI"),
            footer("en", "Verify authenticity with the issuing office · eCitizen")]
    return _doc(ctx, p, "criminal_record", "en", "e-cr-ke-dci-police-clearance", [page])


def ch_privatauszug(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = ctx.rng
    page = [B("letterhead", "", ("Schweizerische Eidgenossenschaft · Confédération suisse · Confederazione Svizzera",),
              ("Bundesamt für Justiz BJ · Office fédéral de la justice OFJ · Federal Office of Justice",),
              ("Schweizerisches Strafregister · Bundesrain 20 · 3003 Bern",)),
            B("title", "Privatauszug / Extrait privé / Private extract"),
            B("subtitle", "aus dem Schweizerischen Strafregister / du casier judiciaire suisse / from the Swiss criminal record"),
            B("field", "", ("Name / Nom / Surname", p.surname), ("Vorname(n) / Prénom(s) / First name(s)", p.given_names),
              ("Geburtsdatum / Date de naissance / Date of birth", d_num(p.birth_date)),
              ("Staatsangehörigkeit / Nationalité / Nationality", nat(p, "de") + " / " + nat(p, "en")),
              ("Auszugsnummer / N° d'extrait / Extract no.", ref(r, "####-####-####"))),
            B("para", "Im Strafregister nicht verzeichnet. / Ne figure pas au casier judiciaire. / Not registered in the criminal record."),
            B("field", "", ("Ausgestellt am / Délivré le / Issued on", d_num(ctx.issue_date))),
            B("stamp", "Bundesamt für Justiz\nStrafregister"),
            footer("de", "Dieser Auszug enthält nur Urteile gemäss Art. 371 StGB")]
    return _doc(ctx, p, "criminal_record", "de+fr+en", "e-cr-ch-privatauszug-strafregister", [page])


def cm_bulletin3(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = ctx.rng
    town = r.choice(["Yaoundé", "Douala", "Bafoussam", "Buea"])
    num = ref(r, "####/B3/TPI")
    p1 = [B("letterhead", "", ("RÉPUBLIQUE DU CAMEROUN – Paix – Travail – Patrie",), ("COUR D'APPEL DU CENTRE",),
            (f"TRIBUNAL DE PREMIÈRE INSTANCE DE {town.upper()} – GREFFE",)),
          B("title", "Extrait du casier judiciaire – Bulletin n° 3"),
          B("field", "", ("N°", num), ("Nom", p.surname), ("Prénoms", p.given_names), ("Né(e) le", d_num(p.birth_date)),
            ("à", p.birth_place), ("Fils/fille de", f"{r.choice(['Jean', 'Paul', 'Emmanuel'])} et de {r.choice(['Marie', 'Odile', 'Berthe'])}"),
            ("Nationalité", nat(p, "fr"))),
          B("table", "", ("Date des condamnations", "Juridictions", "Nature des crimes ou délits", "Peines"), ("NÉANT", "", "", "")),
          B("para", "Le présent bulletin est délivré à l'intéressé(e) sur sa demande (articles 573 à 583 du Code de procédure pénale)."),
          B("field", "", ("Délivré à", town), ("le", d_num(ctx.issue_date))),
          B("signature", "Le Greffier en chef"), B("signature", "Le Procureur de la République"),
          B("stamp", f"GREFFE TPI\n{town.upper()}"),
          footer("fr")]
    pages = [p1]
    if lang == "fr+nl":
        pages.append([B("para", "Beëdigde vertaling uit het Frans"),
                      B("title", "Uittreksel uit het strafregister – Bulletin nr. 3"),
                      B("field", "", ("Nummer", num), ("Naam", p.surname), ("Voornamen", p.given_names), ("Geboren op", d_num(p.birth_date)),
                        ("te", p.birth_place), ("Veroordelingen", "GEEN")),
                      B("para", f"Afgeleverd door de griffie van de rechtbank van eerste aanleg van {town} op {d_num(ctx.issue_date)}."),
                      B("para", "Ondergetekende, beëdigd vertaler, verklaart dat deze vertaling getrouw en volledig is."),
                      B("signature", f"{r.choice(['M. Verhoeven', 'S. Gillis', 'P. De Smet'])}, beëdigd vertaler Frans-Nederlands"),
                      B("stamp", "Beëdigd vertaler\nNationaal register"), footer("nl")])
    return _doc(ctx, p, "criminal_record", lang, "e-cr-cm-bulletin3-tpi", pages)


# ------------------------------------------------------------------------------------------- diplomas

def in_degree(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = ctx.rng
    deg = r.choice(["Master of Technology (Computer Science and Engineering)", "Bachelor of Technology (Mechanical Engineering)",
                    "Master of Science (Data Science)"])
    conv = ctx.issue_date
    page = [B("letterhead", "", ("SPECIMEN INSTITUTE OF TECHNOLOGY",), ("(an institution established by an Act of the State Legislature)",)),
            B("para", f"Serial No. {ref(r, '######')}          Enrolment No. {ref(r, '##@@####')}", align="right"),
            B("title", "Degree Certificate"),
            B("para", f"On the recommendation of the Academic Council, the Board of Governors hereby confers on {full_name(p).upper()} "
                      f"the degree of {deg}, the candidate having satisfied the requirements for the said degree, and passed in "
                      f"First Class with Distinction in the examination held in {d_long(add_months(conv, -3), 'en').split(' ', 1)[1]}.",
                  align="center"),
            B("para", f"Given under the seal of the Institute on {d_long(conv, 'en')}.", align="center"),
            B("signature", "Registrar"), B("signature", "Director"),
            B("stamp", "SEAL OF THE INSTITUTE"),
            footer("en")]
    return _doc(ctx, p, "diploma", "en", "e-dip-in-institute-degree-certificate", [page])


def ma_ingenieur(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = ctx.rng
    spec = r.choice(["Génie informatique", "Génie électrique", "Génie industriel"])
    page = [B("letterhead", "", ("ROYAUME DU MAROC",), ("Ministère de l'Enseignement supérieur, de la Recherche scientifique et de l'Innovation",),
              ("École Nationale SPECIMEN des Sciences Appliquées",)),
            B("title", "Diplôme d'Ingénieur d'État"),
            B("para", f"Vu le décret fixant le régime des études et des évaluations, et vu le procès-verbal du jury de délibération, "
                      f"le diplôme d'Ingénieur d'État en {spec} est décerné à", align="center"),
            B("para", f"{p.surname.upper()} {p.given_names}", align="center"),
            B("field", "", ("Né(e) le", d_num(p.birth_date)), ("à", p.birth_place), ("CNE", ref(r, "@#########")),
              ("Mention", r.choice(["Assez bien", "Bien", "Très bien"])), ("Session", f"juillet {ctx.issue_date.year}")),
            B("field", "", ("Fait à", r.choice(["Rabat", "Fès", "Tanger"])), ("le", d_num(ctx.issue_date))),
            B("signature", "Le Directeur de l'École"), B("signature", "Le Président de l'Université"),
            B("stamp", "ENSA SPECIMEN\nScolarité"),
            footer("fr", f"N° d'enregistrement {ref(r, '####/##')}")]
    return _doc(ctx, p, "diploma", "fr", "e-dip-ma-diplome-ingenieur-etat", [page])


def _m(name, t, langs, fn, **kw) -> Model:
    return Model(name=name, doc_type=t, languages=langs, build=fn, **kw)


MODELS_E = [
    _m("e-ict-letter-of-international-assignment", "assignment_letter", ("en",), ict_letter_en),
    _m("e-ict-lettre-de-detachement-intragroupe", "assignment_letter", ("fr",), ict_lettre_fr, nationalities=("MAR", "BRA", "COL")),
    _m("e-ict-verklaring-overplaatsing", "assignment_letter", ("nl",), ict_detachering_nl),
    _m("e-ict-entsendungsvereinbarung", "assignment_letter", ("de", "en"), ict_entsendung_de),
    _m("e-hosting-convention-accueil-cadres", "hosting_agreement", ("fr", "en"), convention_accueil),
    _m("e-hosting-gastovereenkomst-beurs", "hosting_agreement", ("nl", "en"), gastovereenkomst),
    _m("e-otl-bijlage13-gemeente-kennisgeving", "order_to_leave", ("fr", "nl"), otl_commune),
    _m("e-otl-anlage13-anweisung", "order_to_leave", ("de",), otl_anweisung),
    _m("e-otl-annex13septies-free-translation", "order_to_leave", ("en",), otl_translation_en),
    _m("e-hi-attestation-affiliation-mutualite", "health_insurance", ("fr", "nl"), mutualite_attestation, in_belgium=True),
    _m("e-hi-international-certificate-of-insurance", "health_insurance", ("en", "de"), intl_insurance_cert),
    _m("e-cr-ke-dci-police-clearance", "criminal_record", ("en",), ke_good_conduct, nationalities=("KEN",)),
    _m("e-cr-ch-privatauszug-strafregister", "criminal_record", ("de+fr+en",), ch_privatauszug),
    _m("e-cr-cm-bulletin3-tpi", "criminal_record", ("fr", "fr+nl"), cm_bulletin3, nationalities=("CMR",)),
    _m("e-dip-in-institute-degree-certificate", "diploma", ("en",), in_degree, nationalities=("IND",)),
    _m("e-dip-ma-diplome-ingenieur-etat", "diploma", ("fr",), ma_ingenieur, nationalities=("MAR",)),
]
REGION_E = {"e-otl-anlage13-anweisung": "german-speaking", "e-hosting-gastovereenkomst-beurs": "flanders",
            "e-hosting-convention-accueil-cadres": "wallonia"}
