"""Corpus E: documents that are none of the 16 types but look like some of them (doc_type `unknown`, `MODELS_E`).

They are what applicants and HR staff put in a file by mistake or as context: a sworn translator's invoice (looks
like a fee payment or a criminal record: it names the translated extract), a news/blog page about the Working in
Belgium portal (names every document of an application), a former employer's work certificate (attestation de
travail / arbeidsattest / Arbeitsbescheinigung: looks like group-employment proof or a contract), a payroll
provider's cover letter (looks like a payslip), a bank's account-opening letter (IBAN, looks like a fee payment),
a commune's appointment letter after the decision (looks like a residence or removal document), a CV (names a
degree and employers) and a child's school certificate.

Sources for structure and facts (sentences our own): legalneo.fr, payfit.com, business-optimisation.fr
(attestation de travail vs certificat de travail: employer's identity, employee, entry date, position, contract
type); eeklo.be and kortenberg.be (after approval the worker makes an appointment with the commune within eight
working days, annex 46/47; registration and home check); vreemdelingenrecht.be (fee of 144 euro, portal); the
reference single-permit.md (fee EUR 148 for 2025, annexes 46-48, DVZ account); economy-employment.brussels
("photocopy of all the pay slips", "individual account").
"""

from __future__ import annotations

from datetime import timedelta

from spec import Context, DocSpec, Model, Person

from content._common import add_months, address_in
from content._e_common import B, be_iban, d_long, d_num, footer, full_name, kbo, money, nat, pick, place, ref

MODELS: list = []   # corpus E is loaded by corpus_e.py from MODELS_E only


def _doc(ctx: Context, p: Person, lang: str, model: str, pages, **kw) -> DocSpec:
    return DocSpec(doc_id="", doc_type="unknown", language=lang, model=model, pages=tuple(tuple(pg) for pg in pages),
                   issue_date=ctx.issue_date, **kw)


def translator_invoice(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = ctx.rng
    t = lambda **k: pick(lang, **k)  # noqa: E731
    lines = [(t(nl="Beëdigde vertaling uittreksel strafregister (1 blz.)", fr="Traduction jurée extrait de casier judiciaire (1 p.)"), 45.0),
             (t(nl="Beëdigde vertaling geboorteakte (1 blz.)", fr="Traduction jurée acte de naissance (1 p.)"), 40.0),
             (t(nl="Legalisatie handtekening vertaler", fr="Légalisation signature du traducteur"), 20.0)]
    sub = sum(x for _, x in lines)
    vat = round(sub * 0.21, 2)
    page = [B("letterhead", "", (f"{r.choice(['Lien', 'Marc', 'Hanne'])} {r.choice(['Verstraete', 'Goossens', 'Dierickx'])}",),
              (t(nl="Beëdigd vertaler-tolk – Frans, Engels, Nederlands", fr="Traductrice-interprète jurée – français, anglais, néerlandais"),),
              ("BTW/TVA BE " + kbo(r),)),
            B("title", t(nl="Factuur", fr="Facture")),
            B("field", "", (t(nl="Factuurnummer", fr="Numéro de facture"), ref(r, "2026-###")), (t(nl="Datum", fr="Date"), d_num(ctx.issue_date)),
              (t(nl="Klant", fr="Client"), full_name(p)), (t(nl="Referentie", fr="Référence"), t(nl="dossier gecombineerde vergunning", fr="dossier permis unique"))),
            B("table", "", (t(nl="Omschrijving", fr="Description"), t(nl="Bedrag", fr="Montant")), *[(d, money(x, lang) + " EUR") for d, x in lines],
              (t(nl="Subtotaal", fr="Sous-total"), money(sub, lang) + " EUR"), (t(nl="BTW 21 %", fr="TVA 21 %"), money(vat, lang) + " EUR"),
              (t(nl="Te betalen", fr="À payer"), money(sub + vat, lang) + " EUR")),
            B("para", t(nl=f"Gelieve te betalen binnen 14 dagen op rekening {be_iban(r)} met vermelding van het factuurnummer.",
                        fr=f"Merci de payer dans les 14 jours sur le compte {be_iban(r)} en mentionnant le numéro de facture.")),
            footer(lang)]
    return _doc(ctx, p, lang, "e-unk-sworn-translator-invoice", [page])


def news_article(p: Person, ctx: Context, lang: str) -> DocSpec:
    t = lambda **k: pick(lang, **k)  # noqa: E731
    p1 = [B("letterhead", "", (t(en="The SPECIMEN Expat Times", fr="SPECIMEN Le Journal des Expats"),), (t(en="Work & Residence", fr="Travail & séjour"),)),
          B("title", t(en="Single permit: what changes for employers filing through the portal",
                       fr="Permis unique : ce qui change pour les employeurs qui passent par le portail")),
          B("para", t(en=f"By our staff writer · {d_long(ctx.issue_date, 'en')} · 4 min read", fr=f"Par notre rédaction · {d_long(ctx.issue_date, 'fr')} · 4 min de lecture")),
          B("para", t(en="Employers who recruit outside the EU now file one application on the Working in Belgium platform. The region "
                         "where the worker will mainly work decides on the work part, the Immigration Office on residence.",
                      fr="Les employeurs qui recrutent hors de l'UE introduisent désormais une seule demande sur la plateforme Working in "
                         "Belgium. La région où le travailleur sera principalement occupé décide du volet travail, l'Office des étrangers du séjour.")),
          B("para", t(en="Advisers interviewed by the Times list the usual attachments: a copy of the passport, the employment contract, "
                         "a medical certificate, a criminal record extract for workers over 18, and proof that the administrative fee "
                         "has been paid. Incomplete files get fifteen days to be completed.",
                      fr="Les conseillers interrogés citent les annexes habituelles : copie du passeport, contrat de travail, certificat "
                         "médical, extrait de casier judiciaire pour les plus de 18 ans et preuve du paiement de la redevance. Un dossier "
                         "incomplet dispose de quinze jours pour être complété.")),
          B("para", t(en="'Most delays come from blurry scans and expired certificates,' says one HR manager in Antwerp.",
                      fr="« La plupart des retards viennent de scans flous et de certificats périmés », confie une responsable RH liégeoise.")),
          B("heading", t(en="Read also", fr="À lire aussi")),
          B("list", "", (t(en="Salary thresholds for 2026: the regions compared", fr="Seuils salariaux 2026 : les régions comparées"),),
            (t(en="How to book your commune appointment after approval", fr="Rendez-vous à la commune après l'accord : mode d'emploi"),)),
          footer(lang, t(en="Printed from the website", fr="Imprimé depuis le site"))]
    return _doc(ctx, p, lang, "e-unk-news-article-single-permit-portal", [p1])


def work_certificate(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = ctx.rng
    t = lambda **k: pick(lang, **k)  # noqa: E731
    emp = r.choice(["SPECIMEN Hôtel du Parc SRL", "Voorbeeld Bouw NV", "Muster Logistik GmbH", "Exemple Services SA"])
    start = ctx.issue_date - timedelta(days=r.randint(900, 2400))
    end = ctx.issue_date - timedelta(days=r.randint(30, 300))
    job = r.choice([t(fr="réceptionniste", nl="receptionist", de="Lagerist"), t(fr="aide-cuisinier", nl="magazijnmedewerker", de="Fahrer")])
    page = [B("letterhead", "", (emp,), (address_in("brussels" if lang == "fr" else ("flanders" if lang == "nl" else "german-speaking"), lang, r),)),
            B("title", t(fr="Attestation de travail", nl="Arbeidsattest", de="Arbeitsbescheinigung")),
            B("para", t(fr=f"Nous soussignés, {emp}, certifions que {p.given_names} {p.surname}, né(e) le {d_num(p.birth_date)}, a été occupé(e) "
                           f"dans notre entreprise en qualité de {job} du {d_num(start)} au {d_num(end)}, sous contrat de travail à temps plein.",
                        nl=f"Ondergetekende, {emp}, verklaart dat {p.given_names} {p.surname}, geboren op {d_num(p.birth_date)}, van {d_num(start)} "
                           f"tot {d_num(end)} in onze onderneming tewerkgesteld was als {job}, voltijds.",
                        de=f"Hiermit bescheinigen wir, {emp}, dass {p.given_names} {p.surname}, geboren am {d_num(p.birth_date)}, vom {d_num(start)} "
                           f"bis zum {d_num(end)} in unserem Unternehmen als {job} in Vollzeit beschäftigt war.")),
            B("para", t(fr="L'intéressé(e) nous quitte libre de tout engagement. La présente attestation est délivrée pour servir et valoir ce que de droit.",
                        nl="Betrokkene verlaat onze dienst vrij van elke verbintenis. Dit attest wordt afgeleverd om te dienen waar nodig.",
                        de="Die Bescheinigung wird auf Wunsch des Arbeitnehmers zur Vorlage bei Behörden ausgestellt.")),
            B("field", "", (t(fr="Fait à", nl="Opgemaakt te", de="Ort"), place(ctx, r)), (t(fr="le", nl="op", de="Datum"), d_num(ctx.issue_date))),
            B("signature", t(fr="La direction", nl="De directie", de="Geschäftsleitung")), B("stamp", emp),
            footer(lang)]
    return _doc(ctx, p, lang, "e-unk-former-employer-work-certificate", [page])


def payroll_cover(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = ctx.rng
    t = lambda **k: pick(lang, **k)  # noqa: E731
    page = [B("letterhead", "", ("SPECIMEN Payroll Partners vzw – erkend sociaal secretariaat",), ("Kunstlaan 1, 1000 Brussel",)),
            B("para", f"{ctx.employer}\nt.a.v. HR – {ctx.employer_address}"),
            B("para", d_long(ctx.issue_date, lang)),
            B("title", t(nl="Begeleidende brief – loondocumenten", en="Cover letter – payroll documents")),
            B("para", t(nl=f"Geachte, in bijlage vindt u de documenten die u vroeg voor het dossier van {full_name(p)} "
                           "(verlenging van de gecombineerde vergunning).",
                        en=f"Dear Sir or Madam, enclosed are the documents you requested for the file of {full_name(p)} "
                           "(renewal of the single permit).")),
            B("list", "", (t(nl="kopie van de loonbrieven januari tot en met oktober", en="copies of the payslips January to October"),),
              (t(nl="de individuele rekening van het vorige kalenderjaar", en="the individual account for the previous calendar year"),),
              (t(nl="een attest van tewerkstelling", en="a certificate of employment"),)),
            B("para", t(nl="Deze brief zelf is geen loonbrief. Voor vragen kunt u terecht bij uw dossierbeheerder.",
                        en="This letter itself is not a payslip. Please contact your account manager with any questions.")),
            B("field", "", (t(nl="Aansluitingsnummer", en="Client number"), ref(r, "######")), (t(nl="Dossierbeheerder", en="Account manager"), r.choice(["Lotte", "Wim", "Sara"]) + " " + r.choice(["Hermans", "Jacobs", "Lemmens"]))),
            footer(lang)]
    return _doc(ctx, p, lang, "e-unk-payroll-provider-cover-letter", [page])


def bank_welcome(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = ctx.rng
    t = lambda **k: pick(lang, **k)  # noqa: E731
    iban = be_iban(r)
    page = [B("letterhead", "", ("SPECIMEN Banque SA / Bank NV",), (t(fr="Agence", en="Branch") + " " + place(ctx, r),)),
            B("para", f"{full_name(p)}\n{p.address or ctx.employer_address}"),
            B("title", t(fr="Bienvenue – votre compte à vue est ouvert", en="Welcome – your current account is open")),
            B("para", t(fr=f"Madame, Monsieur, nous avons le plaisir de vous confirmer l'ouverture de votre compte le {d_num(ctx.issue_date)}.",
                        en=f"Dear customer, we are pleased to confirm that your account was opened on {d_long(ctx.issue_date, 'en')}.")),
            B("field", "", ("IBAN", iban), ("BIC", "SPECBEBB"), (t(fr="Titulaire", en="Holder"), full_name(p)),
              (t(fr="Type", en="Type"), t(fr="compte à vue", en="current account")), (t(fr="Carte de débit", en="Debit card"), t(fr="envoyée séparément", en="sent separately"))),
            B("para", t(fr="Communiquez ce numéro de compte à votre employeur pour le paiement de votre salaire. Votre code PIN vous parviendra par courrier séparé.",
                        en="Give this account number to your employer for your salary payments. Your PIN code will follow by separate mail.")),
            B("signature", t(fr="Votre conseiller", en="Your adviser")),
            footer(lang)]
    return _doc(ctx, p, lang, "e-unk-bank-account-opening-letter", [page])


def commune_appointment(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = ctx.rng
    t = lambda **k: pick(lang, **k)  # noqa: E731
    when = ctx.issue_date + timedelta(days=r.randint(5, 12))
    page = [B("letterhead", "", (t(nl="Gemeente " + place(ctx, r), fr="Commune de " + place(ctx, r), de="Gemeinde " + place(ctx, r)),),
              (t(nl="Dienst Burgerzaken – Vreemdelingen", fr="Service Population – Étrangers", de="Bürgerdienst – Ausländer"),)),
            B("title", t(nl="Bevestiging van uw afspraak", fr="Confirmation de votre rendez-vous", de="Bestätigung Ihres Termins")),
            B("field", "", (t(nl="Naam", fr="Nom", de="Name"), full_name(p)), (t(nl="Datum", fr="Date", de="Datum"), d_num(when)),
              (t(nl="Uur", fr="Heure", de="Uhrzeit"), f"{r.randint(8, 15)}:{r.choice(['00', '15', '30', '45'])}"),
              (t(nl="Loket", fr="Guichet", de="Schalter"), str(r.randint(1, 9))),
              (t(nl="Onderwerp", fr="Objet", de="Betreff"), t(nl="inschrijving na gecombineerde vergunning", fr="inscription après permis unique", de="Anmeldung nach kombinierter Erlaubnis"))),
            B("heading", t(nl="Breng mee", fr="À apporter", de="Bitte mitbringen")),
            B("list", "", (t(nl="uw paspoort met visum", fr="votre passeport avec visa", de="Ihren Reisepass mit Visum"),),
              (t(nl="de bijlage 46 (beslissing)", fr="l'annexe 46 (décision)", de="die Anlage 46 (Entscheidung)"),),
              (t(nl="twee recente pasfoto's", fr="deux photos d'identité récentes", de="zwei aktuelle Passfotos"),),
              (t(nl="uw huurcontract", fr="votre bail", de="Ihren Mietvertrag"),)),
            B("para", t(nl="Na de afspraak volgt een woonstcontrole door de wijkagent.", fr="Après le rendez-vous, l'agent de quartier passera vérifier votre résidence.",
                        de="Nach dem Termin erfolgt eine Wohnsitzkontrolle durch die Polizei.")),
            footer(lang, ref(r, "AFS-######"))]
    return _doc(ctx, p, lang, "e-unk-commune-appointment-confirmation", [page])


def cv(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = ctx.rng
    t = lambda **k: pick(lang, **k)  # noqa: E731
    y = ctx.issue_date.year
    page = [B("title", full_name(p)),
            B("para", f"{p.birth_place} · {nat(p, lang)} · +32 4{r.randint(70, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} · "
                      f"{p.given_names.split()[0].lower()}.{p.surname.split()[0].lower()}@mail.example", align="center"),
            B("heading", t(en="Profile", fr="Profil")),
            B("para", t(en=f"{ctx.job_title} with eight years of experience, looking for a position in Belgium.",
                        fr=f"{ctx.job_title}, huit ans d'expérience, à la recherche d'un poste en Belgique.")),
            B("heading", t(en="Experience", fr="Expérience professionnelle")),
            B("table", "", (t(en="Period", fr="Période"), t(en="Employer", fr="Employeur"), t(en="Role", fr="Fonction")),
              (f"{y - 4} – {y}", r.choice(["SPECIMEN Systems", "Alpha Example Ltd"]), ctx.job_title),
              (f"{y - 8} – {y - 4}", r.choice(["Beta Sample Corp", "Gamma Test Co"]), t(en="junior engineer", fr="ingénieur junior"))),
            B("heading", t(en="Education", fr="Formation")),
            B("list", "", (t(en=f"{y - 9}: Bachelor of Engineering, SPECIMEN University", fr=f"{y - 9} : licence en ingénierie, Université SPECIMEN"),),
              (t(en=f"{y - 13}: secondary school certificate", fr=f"{y - 13} : baccalauréat"),)),
            B("heading", t(en="Languages", fr="Langues")),
            B("para", t(en="English (fluent), French (B1), Dutch (A2)", fr="français (courant), anglais (C1), néerlandais (A2)")),
            footer(lang)]
    return _doc(ctx, p, lang, "e-unk-curriculum-vitae", [page])


def school_certificate(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = ctx.rng
    t = lambda **k: pick(lang, **k)  # noqa: E731
    child = r.choice(["Amira", "Noah", "Lina", "Adam", "Sara", "Yusuf"])
    yr = ctx.issue_date.year if ctx.issue_date.month >= 9 else ctx.issue_date.year - 1
    page = [B("letterhead", "", (t(fr="École fondamentale SPECIMEN", nl="Basisschool SPECIMEN"),), (address_in("brussels" if lang == "fr" else "flanders", lang, r),)),
            B("title", t(fr="Attestation de fréquentation scolaire", nl="Attest van inschrijving en regelmatige aanwezigheid")),
            B("para", t(fr=f"La direction certifie que l'élève {child} {p.surname}, né(e) le {d_num(add_months(p.birth_date, 12 * 28))}, est inscrit(e) "
                           f"dans notre établissement pour l'année scolaire {yr}-{yr + 1}, en {r.choice(['2e', '3e', '4e'])} année primaire, "
                           "et fréquente régulièrement les cours.",
                        nl=f"De directie verklaart dat de leerling {child} {p.surname}, geboren op {d_num(add_months(p.birth_date, 12 * 28))}, voor het "
                           f"schooljaar {yr}-{yr + 1} is ingeschreven in het {r.choice(['2de', '3de', '4de'])} leerjaar en de lessen regelmatig volgt.")),
            B("field", "", (t(fr="Parent / responsable", nl="Ouder / verantwoordelijke"), full_name(p)),
              (t(fr="Numéro d'inscription", nl="Inschrijvingsnummer"), ref(r, "####-###"))),
            B("para", t(fr="Attestation délivrée pour servir à toutes fins utiles.", nl="Attest afgeleverd om te dienen waar nodig.")),
            B("field", "", (t(fr="Date", nl="Datum"), d_num(ctx.issue_date))),
            B("signature", t(fr="La directrice", nl="De directeur")), B("stamp", t(fr="École SPECIMEN\nDirection", nl="Basisschool SPECIMEN\nDirectie")),
            footer(lang)]
    return _doc(ctx, p, lang, "e-unk-child-school-certificate", [page])


def _m(name, langs, fn, **kw) -> Model:
    return Model(name=name, doc_type="unknown", languages=langs, build=fn, **kw)


MODELS_E = [
    _m("e-unk-sworn-translator-invoice", ("nl", "fr"), translator_invoice),
    _m("e-unk-news-article-single-permit-portal", ("en", "fr"), news_article),
    _m("e-unk-former-employer-work-certificate", ("fr", "de", "nl"), work_certificate),
    _m("e-unk-payroll-provider-cover-letter", ("nl", "en"), payroll_cover),
    _m("e-unk-bank-account-opening-letter", ("fr", "en"), bank_welcome),
    _m("e-unk-commune-appointment-confirmation", ("nl", "fr", "de"), commune_appointment),
    _m("e-unk-curriculum-vitae", ("en", "fr"), cv),
    _m("e-unk-child-school-certificate", ("fr", "nl"), school_certificate),
]
REGION_E: dict = {}
