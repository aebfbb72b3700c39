"""Corpus F: pay and money documents. Belgian payslips of social secretariats (FR, NL, DE, FR+NL), proofs of the
Immigration Office fee (a banking app's screen, an online-banking PDF, a foreign bank's SWIFT advice, a corporate
banking payment report), health insurance certificates, and look-alikes that are none of the 16 types (a pension
statement, a bank statement with the fee transfer still pending, an electricity bill, a salary simulation, an
employer's instructions on how to pay the fee).

Sources (search tool; structure and facts only, sentences our own):
- financesetmoi.be "Ta fiche de paie, tu y comprends quelque chose ?", artware-solutions.org "La fiche de paie en
  Belgique", lex4you.securex.be (net pay calculation), acerta.be "De salaire brut à salaire net" (ONSS 13,07 %, for
  manual workers on 108 %; précompte professionnel; special contribution), slideplayer.fr/amp/1684052 (the 15 legal
  items of a Belgian payslip), bbtk.org "Loonbriefje" and bpostbank.be (RSZ-bijdrage, bedrijfsvoorheffing, nettoloon).
- Fee: checklists/common.yaml and shared/reference/single-permit.md (IBAN BE57 6792 0060 9235, BIC PCHQBEBB, message
  "Name Firstname Nationality DD.MM.YYYY"; EUR 148 in 2025, the 2026 amount was not found, so 148 is used).
- Health insurance: shared/reference/single-permit.md (proof of health insurance; sickness fund affiliation).
Every person, company, number and stamp is invented; every page says SPECIMEN.
"""

from __future__ import annotations

from datetime import date, timedelta

from spec import Context, DocSpec, Model, Person

from content._f_common import (B, DVZ_BIC, DVZ_IBAN, DVZ_NAME, FEE, add_months, address_in, be_iban, d_long, d_num, eur, fee_message,
                               footer, full, joint_committee, kbo_for, lang1, money, nat, nn_digits, nn_fmt, officer, onss_for, payroll,
                               pick, ref, salary_month, seeded, structured)

MODELS: list = []

SECRETARIATS = ["SPECIMEN Payroll Services", "Exemplum Sociaal Secretariaat", "Modèle Secrétariat Social", "Muster Lohnbüro"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def _period(ctx: Context) -> date:
    d = ctx.issue_date
    first = d.replace(day=1) - timedelta(days=1)   # the month before the slip was issued
    return first.replace(day=1)


def _month_name(d: date, lang: str) -> str:
    return d_long(d, lang).split(" ", 1)[1] if lang1(lang) != "de" else d_long(d, lang).split(" ", 1)[1]


# --------------------------------------------------------------------------------------------- payslips

def _payslip(name: str, style: str, langs: tuple[str, ...]):
    def build(p: Person, ctx: Context, lang: str) -> DocSpec:
        r = seeded(name, p.passport_number, ctx.employer)
        per = _period(ctx)
        gross = salary_month(ctx)
        worker = "welder" in ctx.job_title.lower() or "picker" in ctx.job_title.lower() or "plant" in ctx.job_title.lower()
        pay = payroll(gross, r, worker)
        jc, _ = joint_committee(ctx)
        sec = r.choice(SECRETARIATS)
        nn = nn_fmt(nn_digits(p, r))
        staff = ref(r, "#####")
        kbo = kbo_for(ctx.employer)
        iban = be_iban(r)
        month = _month_name(per, lang)
        T = lambda **k: pick(lang, **k)  # noqa: E731
        pages = []
        head = (B("letterhead", f"{sec}\n{T(fr='Secrétariat social agréé', nl='Erkend sociaal secretariaat', de='Anerkanntes Sozialsekretariat', en='Approved social secretariat')} - SPECIMEN"),
                B("title", T(fr=f"Fiche de paie - {month}", nl=f"Loonbrief - {month}", de=f"Lohnabrechnung - {month}", en=f"Payslip - {month}")
                  if lang != "fr+nl" else f"Fiche de paie / Loonbrief - {month}"))
        emp = B("field", "", (T(fr="Employeur", nl="Werkgever", de="Arbeitgeber", en="Employer"), ctx.employer),
                (T(fr="Adresse", nl="Adres", de="Anschrift", en="Address"), ctx.employer_address),
                (T(fr="N° d'entreprise", nl="Ondernemingsnummer", de="Unternehmensnummer", en="Enterprise number"), kbo),
                (T(fr="N° ONSS", nl="RSZ-nummer", de="LSS-Nummer", en="NSSO number"), onss_for(ctx.employer)),
                (T(fr="Commission paritaire", nl="Paritair comité", de="Paritätische Kommission", en="Joint committee"), jc))
        wk = B("field", "", (T(fr="Travailleur", nl="Werknemer", de="Arbeitnehmer", en="Employee"), f"{p.surname.upper()} {p.given_names}"),
               (T(fr="N° de registre national", nl="Rijksregisternummer", de="Nationalregisternummer", en="National number"), nn),
               (T(fr="Matricule", nl="Personeelsnummer", de="Personalnummer", en="Staff number"), staff),
               (T(fr="Fonction", nl="Functie", de="Funktion", en="Position"), ctx.job_title),
               (T(fr="Période", nl="Periode", de="Zeitraum", en="Period"), f"{d_num(per)} - {d_num(add_months(per, 1) - timedelta(days=1))}"),
               (T(fr="Régime", nl="Arbeidsregime", de="Arbeitsregelung", en="Work schedule"), "38/38"))
        rows = [(T(fr="Code", nl="Code", de="Code", en="Code"), T(fr="Libellé", nl="Omschrijving", de="Bezeichnung", en="Item"),
                 T(fr="Montant", nl="Bedrag", de="Betrag", en="Amount")),
                ("1010", T(fr="Salaire mensuel de base", nl="Basismaandloon", de="Grundgehalt monatlich", en="Monthly base salary"), eur(pay["gross"], lang)),
                ("3010", T(fr="Cotisation personnelle ONSS 13,07 %", nl="Persoonlijke RSZ-bijdrage 13,07 %", de="Persönlicher LSS-Beitrag 13,07 %",
                           en="Employee social security 13.07 %"), "-" + eur(pay["onss"], lang)),
                ("", T(fr="Rémunération imposable", nl="Belastbaar loon", de="Steuerpflichtige Entlohnung", en="Taxable pay"), eur(pay["taxable"], lang)),
                ("4000", T(fr="Précompte professionnel", nl="Bedrijfsvoorheffing", de="Berufssteuervorabzug", en="Withholding tax"), "-" + eur(pay["pp"], lang)),
                ("4100", T(fr="Cotisation spéciale sécurité sociale", nl="Bijzondere bijdrage sociale zekerheid", de="Sondersozialversicherungsbeitrag",
                           en="Special social security contribution"), "-" + eur(pay["bss"], lang)),
                ("5200", T(fr=f"Chèques-repas, part personnelle ({pay['days']} x 1,09)", nl=f"Maaltijdcheques, eigen bijdrage ({pay['days']} x 1,09)",
                           de=f"Essensschecks, Eigenanteil ({pay['days']} x 1,09)", en=f"Meal vouchers, own share ({pay['days']} x 1.09)"), "-" + eur(pay["meal"], lang)),
                ("", T(fr="NET À PAYER", nl="NETTO TE BETALEN", de="AUSZUZAHLENDER NETTOBETRAG", en="NET PAY"), eur(pay["net"], lang))]
        if lang == "fr+nl":
            rows = [(a, b + (" / " + {"Salaire mensuel de base": "Basismaandloon", "Précompte professionnel": "Bedrijfsvoorheffing",
                                      "NET À PAYER": "NETTO TE BETALEN", "Rémunération imposable": "Belastbaar loon"}.get(b, "") if b in
                             ("Salaire mensuel de base", "Précompte professionnel", "NET À PAYER", "Rémunération imposable") else ""), c)
                    for a, b, c in rows]
        pay_to = B("para", T(fr=f"Virement au compte {iban} le {d_num(ctx.issue_date)}.", nl=f"Overschrijving op rekening {iban} op {d_num(ctx.issue_date)}.",
                             de=f"Überweisung auf das Konto {iban} am {d_num(ctx.issue_date)}.", en=f"Paid to account {iban} on {d_num(ctx.issue_date)}."))
        if style == "grid":
            page = head + (emp, wk, B("table", "", *rows), pay_to, footer(lang, f"{sec} · {ref(r, 'DOC-######')}"))
        elif style == "two-col":
            page = head + (B("field", "", (ctx.employer, f"{p.surname.upper()} {p.given_names}"), (kbo, ctx.job_title), (jc, nn)),
                           B("table", "", *rows), pay_to, footer(lang))
        else:   # employer letterhead with the secretariat in the footer
            page = (B("letterhead", f"{ctx.employer}\n{ctx.employer_address}\n{kbo}"), head[1], wk, B("table", "", *rows),
                    B("para", T(fr="Cumul annuel imposable", nl="Cumulatief belastbaar dit jaar", de="Steuerpflichtig kumuliert", en="Year-to-date taxable")
                      + f": {eur(pay['taxable'] * per.month, lang)}"), pay_to, footer(lang, sec))
        pages.append(page)
        return DocSpec(doc_id="", doc_type="payslip", language=lang, model=name, pages=tuple(pages), issue_date=ctx.issue_date)
    return Model(name, "payslip", langs, build)


# --------------------------------------------------------------------------------------------- fee payment proofs

def _fee_app(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("f-fee-app", p.passport_number)
    T = lambda **k: pick(lang, **k)  # noqa: E731
    when = ctx.issue_date
    bank = r.choice(["SPECIMEN Bank", "Exemplo Mobile", "Modelbank"])
    page = (B("letterhead", f"{bank}   {r.randint(8, 17)}:{r.randint(10, 59)}   ▮▮▮ 4G"),
            B("title", T(fr="Virement exécuté", nl="Overschrijving uitgevoerd", en="Transfer completed", de="Überweisung ausgeführt"), align="center"),
            B("subtitle", f"- {money(FEE, lang)} EUR", align="center"),
            B("field", "", (T(fr="Bénéficiaire", nl="Begunstigde", de="Empfänger", en="Beneficiary"), DVZ_NAME[lang1(lang)] if lang1(lang) in DVZ_NAME else "Dienst Vreemdelingenzaken"),
              ("IBAN", DVZ_IBAN), ("BIC", DVZ_BIC),
              (T(fr="Communication", nl="Mededeling", de="Mitteilung", en="Message"), fee_message(p, lang)),
              (T(fr="Date d'exécution", nl="Uitvoeringsdatum", de="Ausführungsdatum", en="Execution date"), d_num(when)),
              (T(fr="Du compte", nl="Van rekening", de="Vom Konto", en="From account"), be_iban(r)),
              (T(fr="Référence", nl="Referentie", de="Referenz", en="Reference"), ref(r, "TRX########"))),
            B("stamp", "✓ " + T(fr="Exécuté", nl="Uitgevoerd", de="Ausgeführt", en="Done")), footer(lang))
    return DocSpec(doc_id="", doc_type="fee_payment_proof", language=lang, model="f-fee-banking-app-screen", pages=(page,),
                   issue_date=when, page_size="PHONE")


def _fee_pdf(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("f-fee-pdf", p.passport_number)
    T = lambda **k: pick(lang, **k)  # noqa: E731
    when = ctx.issue_date
    payer = full(p) if r.random() < 0.5 else ctx.employer
    page = (B("letterhead", "SPECIMEN Banque · Bank · Bank\n" + T(fr="Banque en ligne", nl="Online bankieren", de="Online-Banking", en="Online banking")),
            B("title", T(fr="Confirmation de virement SEPA", nl="Bevestiging SEPA-overschrijving", de="Bestätigung SEPA-Überweisung", en="SEPA transfer confirmation")),
            B("field", "", (T(fr="Donneur d'ordre", nl="Opdrachtgever", de="Auftraggeber", en="Ordering party"), payer),
              (T(fr="Compte débité", nl="Gedebiteerde rekening", de="Belastetes Konto", en="Debited account"), be_iban(r)),
              (T(fr="Bénéficiaire", nl="Begunstigde", de="Empfänger", en="Beneficiary"), f"{DVZ_NAME.get(lang1(lang), DVZ_NAME['en'])} - Retributie/Redevance"),
              (T(fr="Compte du bénéficiaire", nl="Rekening begunstigde", de="Konto des Empfängers", en="Beneficiary account"), f"{DVZ_IBAN} ({DVZ_BIC})"),
              (T(fr="Montant", nl="Bedrag", de="Betrag", en="Amount"), eur(FEE, lang) if lang1(lang) != "en" else f"EUR {money(FEE, 'en')}"),
              (T(fr="Communication libre", nl="Vrije mededeling", de="Freie Mitteilung", en="Free message"), fee_message(p, lang)),
              (T(fr="Date mémo", nl="Memodatum", de="Memodatum", en="Value date"), d_num(when)),
              (T(fr="Statut", nl="Status", de="Status", en="Status"), T(fr="Exécuté", nl="Uitgevoerd", de="Ausgeführt", en="Executed"))),
            B("para", T(fr="Ce document confirme l'exécution du virement ci-dessus. Conservez-le comme preuve de paiement.",
                        nl="Dit document bevestigt de uitvoering van bovenstaande overschrijving. Bewaar het als betalingsbewijs.",
                        de="Dieses Dokument bestätigt die Ausführung der obigen Überweisung. Bewahren Sie es als Zahlungsnachweis auf.",
                        en="This document confirms that the transfer above was executed. Keep it as proof of payment.")),
            footer(lang, ref(r, "ID ##########")))
    return DocSpec(doc_id="", doc_type="fee_payment_proof", language=lang, model="f-fee-online-banking-confirmation", pages=(page,), issue_date=when)


def _fee_swift(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("f-fee-swift", p.passport_number)
    when = ctx.issue_date
    page = (B("letterhead", f"SPECIMEN {p.birth_place} Commercial Bank\nInternational Payments Department"),
            B("title", "Outward Remittance Advice (SWIFT MT103)"),
            B("field", "", ("Transaction reference (20)", ref(r, "OR##########")), ("Value date / currency / amount (32A)", f"{when:%y%m%d}EUR{money(FEE, 'en').replace(',', '')}"),
              ("Ordering customer (50K)", f"{p.surname.upper()} {p.given_names.upper()}, {p.birth_place.upper()}"),
              ("Beneficiary institution (57A)", DVZ_BIC), ("Beneficiary (59)", f"/{DVZ_IBAN.replace(' ', '')}\nDIENST VREEMDELINGENZAKEN / OFFICE DES ETRANGERS\nBRUSSELS BELGIUM"),
              ("Remittance information (70)", fee_message(p, "en").upper()), ("Details of charges (71A)", "OUR"),
              ("Charges", f"{r.randint(8, 25)}.00 EUR equivalent, debited separately")),
            B("stamp", "SPECIMEN BANK\nPROCESSED\n" + d_num(when)), footer("en"))
    return DocSpec(doc_id="", doc_type="fee_payment_proof", language="en", model="f-fee-foreign-bank-swift-advice", pages=(page,), issue_date=when)


def _fee_corporate(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("f-fee-corp", p.passport_number, ctx.employer)
    T = lambda **k: pick(lang, **k)  # noqa: E731
    when = ctx.issue_date
    _other_rows = [(ctx.employer + " - " + T(fr="loyer bureaux", nl="huur kantoor", de="Büromiete", en="office rent"), eur(r.randint(2000, 6000), lang), T(fr="Exécuté", nl="Uitgevoerd", de="Ausgeführt", en="Executed"))]
    page = (B("letterhead", f"{ctx.employer}\n{ctx.employer_address}\n{kbo_for(ctx.employer)}"),
            B("title", T(fr="Rapport d'exécution de paiements", nl="Uitvoeringsrapport betalingen", de="Ausführungsbericht Zahlungen", en="Payment execution report")),
            B("field", "", (T(fr="Lot", nl="Batch", de="Stapel", en="Batch"), ref(r, "B-####-##")), (T(fr="Date", nl="Datum", de="Datum", en="Date"), d_num(when)),
              (T(fr="Compte donneur d'ordre", nl="Rekening opdrachtgever", de="Auftraggeberkonto", en="Debit account"), be_iban(r))),
            B("table", "", (T(fr="Bénéficiaire / communication", nl="Begunstigde / mededeling", de="Empfänger / Mitteilung", en="Beneficiary / message"),
                            T(fr="Montant", nl="Bedrag", de="Betrag", en="Amount"), T(fr="Statut", nl="Status", de="Status", en="Status")),
              (f"{DVZ_NAME.get(lang1(lang), DVZ_NAME['en'])} {DVZ_IBAN} - {fee_message(p, lang)}", eur(FEE, lang), T(fr="Exécuté", nl="Uitgevoerd", de="Ausgeführt", en="Executed"))),
            B("para", T(fr=f"Redevance pour la demande de permis unique de {full(p)}.", nl=f"Retributie voor de aanvraag gecombineerde vergunning van {full(p)}.",
                        de=f"Gebühr für den Antrag auf kombinierte Erlaubnis von {full(p)}.", en=f"Administrative fee for the single permit application of {full(p)}.")),
            B("signature", officer(r) + " - " + T(fr="comptabilité", nl="boekhouding", de="Buchhaltung", en="accounts")), footer(lang))
    return DocSpec(doc_id="", doc_type="fee_payment_proof", language=lang, model="f-fee-corporate-payment-report", pages=(page,), issue_date=when)


# --------------------------------------------------------------------------------------------- health insurance

def _hi_mutualite(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("f-hi-mut", p.passport_number)
    T = lambda **k: pick(lang, **k)  # noqa: E731
    fund = T(fr="Mutualité SPECIMEN", nl="Ziekenfonds SPECIMEN", de="Krankenkasse SPECIMEN", en="SPECIMEN sickness fund")
    nn = nn_fmt(nn_digits(p, r))
    start = ctx.issue_date - timedelta(days=r.randint(20, 300))
    page = (B("letterhead", f"{fund}\n{T(fr='Union nationale', nl='Landsbond', de='Landesbund', en='National union')} {r.randint(100, 600)} · SPECIMEN"),
            B("title", T(fr="Attestation d'inscription", nl="Attest van inschrijving", de="Mitgliedsbescheinigung", en="Certificate of membership")),
            B("para", T(fr=f"Nous certifions que {full(p)}, né(e) le {d_num(p.birth_date)}, numéro de registre national {nn}, est inscrit(e) auprès de notre mutualité "
                           f"depuis le {d_num(start)} en qualité de titulaire travailleur salarié et a droit aux soins de santé de l'assurance obligatoire.",
                        nl=f"Wij bevestigen dat {full(p)}, geboren op {d_num(p.birth_date)}, rijksregisternummer {nn}, sinds {d_num(start)} bij ons ziekenfonds "
                           f"is ingeschreven als gerechtigde werknemer en recht heeft op geneeskundige verzorging van de verplichte verzekering.",
                        de=f"Wir bescheinigen, dass {full(p)}, geboren am {d_num(p.birth_date)}, Nationalregisternummer {nn}, seit dem {d_num(start)} als "
                           f"Arbeitnehmer bei unserer Krankenkasse eingeschrieben ist und Anspruch auf Gesundheitsleistungen der Pflichtversicherung hat.")),
            B("field", "", (T(fr="Employeur", nl="Werkgever", de="Arbeitgeber"), ctx.employer), (T(fr="N° d'affiliation", nl="Aansluitingsnummer", de="Mitgliedsnummer"), ref(r, "###-#######-##")),
              (T(fr="Personnes à charge", nl="Personen ten laste", de="Unterhaltsberechtigte"), str(r.randint(0, 3)))),
            B("stamp", fund.upper() + "\n" + d_num(ctx.issue_date)), B("signature", officer(r)), footer(lang))
    return DocSpec(doc_id="", doc_type="health_insurance", language=lang, model="f-hi-mutualite-attestation-inscription", pages=(page,), issue_date=ctx.issue_date)


def _hi_private(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("f-hi-priv", p.passport_number)
    start = ctx.issue_date + timedelta(days=r.randint(5, 30))
    end = add_months(start, 12) - timedelta(days=1)
    page = (B("letterhead", "SPECIMEN Expat Health Insurance Ltd\nInternational Private Medical Insurance"),
            B("title", "Certificate of Insurance"),
            B("field", "", ("Policy number", ref(r, "IPMI-######")), ("Insured person", f"{p.surname.upper()} {p.given_names}"),
              ("Date of birth", d_num(p.birth_date)), ("Passport number", p.passport_number), ("Nationality", nat(p, "en")),
              ("Policyholder", ctx.employer), ("Period of cover", f"{d_num(start)} - {d_num(end)}"), ("Area of cover", "Europe incl. Belgium")),
            B("table", "", ("Benefit", "Limit"), ("In-patient and day-patient treatment", "EUR 1,000,000"), ("Out-patient treatment", "EUR 25,000"),
              ("Emergency evacuation and repatriation", "Full cost"), ("Deductible", "EUR 0")),
            B("para", "The cover meets the requirements for a residence and work application in Belgium and takes effect on arrival."),
            B("signature", "Underwriting department"), footer("en"))
    return DocSpec(doc_id="", doc_type="health_insurance", language="en", model="f-hi-expat-certificate-of-insurance", pages=(page,), issue_date=ctx.issue_date)


# --------------------------------------------------------------------------------------------- look-alikes (unknown)

def _unk_pension(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("f-unk-pens", p.passport_number)
    T = lambda **k: pick(lang, **k)  # noqa: E731
    amount = r.randint(1400, 2300) + 0.37
    page = (B("letterhead", T(fr="Caisse de pensions SPECIMEN", nl="Pensioenkas SPECIMEN")),
            B("title", T(fr="Décompte mensuel de pension", nl="Maandelijkse pensioenafrekening")),
            B("field", "", (T(fr="Bénéficiaire", nl="Gerechtigde"), "SPECIMEN " + r.choice(["Georges", "Maria", "Jozef"])),
              (T(fr="Mois", nl="Maand"), d_long(ctx.issue_date, lang).split(" ", 1)[1])),
            B("table", "", (T(fr="Libellé", nl="Omschrijving"), T(fr="Montant", nl="Bedrag")), (T(fr="Pension brute", nl="Bruto pensioen"), eur(amount, lang)),
              (T(fr="Cotisation AMI 3,55 %", nl="ZIV-bijdrage 3,55 %"), "-" + eur(amount * 0.0355, lang)),
              (T(fr="Précompte professionnel", nl="Bedrijfsvoorheffing"), "-" + eur(amount * 0.11, lang)),
              (T(fr="Net payé", nl="Netto betaald"), eur(amount * 0.8545, lang))), footer(lang))
    return DocSpec(doc_id="", doc_type="unknown", language=lang, model="f-unk-pension-payment-statement", pages=(page,), issue_date=ctx.issue_date)


def _unk_statement(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("f-unk-stmt", p.passport_number)
    T = lambda **k: pick(lang, **k)  # noqa: E731
    d = ctx.issue_date
    rows = [(T(fr="Date", nl="Datum", en="Date"), T(fr="Description", nl="Omschrijving", en="Description"), T(fr="Montant", nl="Bedrag", en="Amount"))]
    for i in range(4):
        rows.append((d_num(d - timedelta(days=3 * i + 2)), r.choice(["SPECIMEN SUPERMARKT", "NMBS/SNCB", "PHARMACIE EXEMPLE", "BOOKSHOP SPECIMEN"]),
                     "-" + money(r.randint(5, 90) + 0.45, lang)))
    rows.append((d_num(d + timedelta(days=2)), T(fr="VIREMENT PROGRAMMÉ - EN ATTENTE", nl="GEPLANDE OVERSCHRIJVING - IN AFWACHTING", en="SCHEDULED TRANSFER - PENDING")
                 + f" {DVZ_IBAN} {fee_message(p, lang)}", "-" + money(FEE, lang)))
    page = (B("letterhead", "SPECIMEN Bank"), B("title", T(fr="Extrait de compte n° ", nl="Rekeninguittreksel nr. ", en="Account statement no. ") + str(r.randint(10, 99))),
            B("field", "", (T(fr="Titulaire", nl="Houder", en="Holder"), full(p)), ("IBAN", be_iban(r))),
            B("table", "", *rows),
            B("para", T(fr="Les opérations en attente ne sont pas encore exécutées et peuvent être annulées.",
                        nl="Verrichtingen in afwachting zijn nog niet uitgevoerd en kunnen nog worden geannuleerd.",
                        en="Pending operations have not been executed yet and may still be cancelled.")), footer(lang))
    return DocSpec(doc_id="", doc_type="unknown", language=lang, model="f-unk-bank-statement-fee-pending", pages=(page,), issue_date=d)


def _unk_bill(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("f-unk-bill", p.passport_number)
    T = lambda **k: pick(lang, **k)  # noqa: E731
    amt = r.randint(60, 190) + 0.12
    page = (B("letterhead", "SPECIMEN Energie"), B("title", T(fr="Facture d'acompte électricité", nl="Voorschotfactuur elektriciteit")),
            B("field", "", (T(fr="Client", nl="Klant"), full(p)), (T(fr="Adresse de fourniture", nl="Leveringsadres"), p.address or address_in(ctx.region, lang, r)),
              ("EAN", "5414" + ref(r, "##############")), (T(fr="Montant à payer", nl="Te betalen bedrag"), eur(amt, lang)),
              (T(fr="Communication structurée", nl="Gestructureerde mededeling"), structured(r)), ("IBAN", be_iban(r)),
              (T(fr="Échéance", nl="Vervaldag"), d_num(ctx.issue_date + timedelta(days=15)))), footer(lang))
    return DocSpec(doc_id="", doc_type="unknown", language=lang, model="f-unk-electricity-bill", pages=(page,), issue_date=ctx.issue_date)


def _unk_simulation(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("f-unk-sim", p.passport_number)
    T = lambda **k: pick(lang, **k)  # noqa: E731
    gross = salary_month(ctx)
    pay = payroll(gross, r)
    page = (B("letterhead", ctx.employer + " - HR"), B("title", T(nl="Loonsimulatie (geen loonbrief)", en="Salary simulation (not a payslip)")),
            B("para", T(nl=f"Indicatieve berekening voor de kandidaat {full(p)}, functie {ctx.job_title}, vóór ondertekening van de arbeidsovereenkomst.",
                        en=f"Indicative calculation for the candidate {full(p)}, position {ctx.job_title}, before the employment contract is signed.")),
            B("table", "", (T(nl="Omschrijving", en="Item"), T(nl="Bedrag", en="Amount")), (T(nl="Bruto maandloon", en="Gross monthly salary"), eur(gross, lang)),
              (T(nl="RSZ 13,07 %", en="Social security 13.07 %"), "-" + eur(pay["onss"], lang)), (T(nl="Geschatte bedrijfsvoorheffing", en="Estimated withholding tax"), "-" + eur(pay["pp"], lang)),
              (T(nl="Geschat netto", en="Estimated net"), eur(pay["net"], lang))),
            B("para", T(nl="Deze simulatie heeft geen contractuele waarde.", en="This simulation has no contractual value.")), footer(lang))
    return DocSpec(doc_id="", doc_type="unknown", language=lang, model="f-unk-salary-simulation", pages=(page,), issue_date=ctx.issue_date)


def _unk_fee_instructions(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("f-unk-feeinst", p.passport_number)
    T = lambda **k: pick(lang, **k)  # noqa: E731
    page = (B("letterhead", ctx.employer + " - HR"), B("title", T(fr="Comment payer la redevance", nl="Hoe de retributie betalen")),
            B("para", T(fr=f"Bonjour {p.given_names}, avant l'introduction de votre demande, la redevance doit être payée à l'Office des étrangers. Nous n'avons pas encore reçu la preuve du paiement.",
                        nl=f"Beste {p.given_names}, voor de indiening van je aanvraag moet de retributie aan de Dienst Vreemdelingenzaken betaald zijn. We hebben het betalingsbewijs nog niet ontvangen.")),
            B("list", "", (f"IBAN {DVZ_IBAN} - BIC {DVZ_BIC}",), (T(fr="Montant : voir dofi.ibz.be (indexé chaque 1er janvier)", nl="Bedrag: zie dofi.ibz.be (geïndexeerd op 1 januari)"),),
              (T(fr="Communication : NOM Prénom Nationalité JJ.MM.AAAA", nl="Mededeling: NAAM Voornaam Nationaliteit DD.MM.JJJJ"),),
              (T(fr="Envoyez-nous ensuite la confirmation de votre banque.", nl="Stuur ons daarna de bevestiging van je bank."),)),
            B("signature", officer(r)), footer(lang))
    return DocSpec(doc_id="", doc_type="unknown", language=lang, model="f-unk-employer-fee-instructions", pages=(page,), issue_date=ctx.issue_date)


MODELS_F = [
    _payslip("f-ps-secretariat-grid", "grid", ("fr", "nl", "de")),
    _payslip("f-ps-two-column-slip", "two-col", ("nl", "fr", "en")),
    _payslip("f-ps-employer-letterhead-slip", "letterhead", ("de", "fr", "nl")),
    _payslip("f-ps-bilingual-fiche-loonbrief", "grid", ("fr+nl",)),
    Model("f-fee-banking-app-screen", "fee_payment_proof", ("nl", "fr", "en"), _fee_app),
    Model("f-fee-online-banking-confirmation", "fee_payment_proof", ("fr", "nl", "de"), _fee_pdf),
    Model("f-fee-foreign-bank-swift-advice", "fee_payment_proof", ("en",), _fee_swift),
    Model("f-fee-corporate-payment-report", "fee_payment_proof", ("nl", "fr", "en"), _fee_corporate),
    Model("f-hi-mutualite-attestation-inscription", "health_insurance", ("fr", "nl", "de"), _hi_mutualite, in_belgium=True),
    Model("f-hi-expat-certificate-of-insurance", "health_insurance", ("en",), _hi_private),
    Model("f-unk-pension-payment-statement", "unknown", ("fr", "nl"), _unk_pension),
    Model("f-unk-bank-statement-fee-pending", "unknown", ("fr", "nl", "en"), _unk_statement),
    Model("f-unk-electricity-bill", "unknown", ("nl", "fr"), _unk_bill, in_belgium=True),
    Model("f-unk-salary-simulation", "unknown", ("nl", "en"), _unk_simulation),
    Model("f-unk-employer-fee-instructions", "unknown", ("fr", "nl"), _unk_fee_instructions),
]
