"""Proofs of payment of the Immigration Office's administrative fee ("redevance" / "retributie").

Public facts used (reference file, stad.gent and agii.be as cited there): beneficiary Immigration
Office (Dienst Vreemdelingenzaken / Office des étrangers), IBAN BE57 6792 0060 9235,
BIC PCHQBEBB, message "Name Firstname Nationality DD.MM.YYYY" (agii.be writes it without
spaces), EUR 148 in 2025. Models:
- a mobile banking app's confirmation screen (nl/fr/en/de, phone-sized page);
- a bank account statement with the transfer among other lines (nl/fr/de);
- the paper transfer slip "Virement / Overschrijving / Überweisung" filled by hand;
- a foreign bank's SWIFT outward remittance advice (en);
- an online-banking PDF receipt (nl/fr/de/en).
"""

from __future__ import annotations

from datetime import timedelta

from spec import Context, DocSpec, Model, Person

from ._common import B, d_num, money, ref, seeded, specimen_footer

IBAN = "BE57 6792 0060 9235"
BIC = "PCHQBEBB"
BENEF = {"nl": "Dienst Vreemdelingenzaken", "fr": "Office des étrangers", "de": "Ausländeramt",
         "en": "Immigration Office (Office des étrangers)"}
BENEF_ADDR = "Antwerpsesteenweg 59B, 1000 Brussel"   # as given on stad.gent's fee page
AMOUNT = 148.00

NAT_EN = {"IND": "Indian", "PHL": "Filipino", "MAR": "Moroccan", "TUR": "Turkish", "USA": "American", "BRA": "Brazilian",
          "COL": "Colombian", "CHN": "Chinese", "UKR": "Ukrainian", "NGA": "Nigerian"}


def message(p: Person, lang: str, compact: bool = False) -> str:
    nat = p.nationality_name.get(lang, NAT_EN.get(p.nationality, p.nationality))
    nat = nat[:1].upper() + nat[1:]
    first = p.given_names.split()[0]
    if compact:
        return f"{p.surname.upper()}{first}{nat}{p.birth_date:%d%m%Y}"
    return f"{p.surname.upper()} {first} {nat} {p.birth_date:%d.%m.%Y}"


def _payer_iban(r) -> str:
    return "BE" + ref(r, "## #### #### ####")


def _app(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("fee-app", p.passport_number, ctx.issue_date, lang)
    bank = r.choice(["SPECIMEN Bank", "Banque Exemple", "Voorbeeldbank", "Musterbank"])
    t = {
        "nl": ("Overschrijving verzonden", "Je overschrijving is uitgevoerd.", "Begunstigde", "Rekening", "Bedrag",
               "Mededeling", "Uitvoeringsdatum", "Van rekening", "Referentie", "Deel bewijs als PDF"),
        "fr": ("Virement envoyé", "Votre virement a été exécuté.", "Bénéficiaire", "Compte", "Montant",
               "Communication", "Date d'exécution", "Du compte", "Référence", "Partager la preuve en PDF"),
        "en": ("Transfer sent", "Your transfer has been executed.", "Beneficiary", "Account", "Amount",
               "Message", "Execution date", "From account", "Reference", "Share proof as PDF"),
        "de": ("Überweisung gesendet", "Ihre Überweisung wurde ausgeführt.", "Empfänger", "Konto", "Betrag",
               "Verwendungszweck", "Ausführungsdatum", "Vom Konto", "Referenz", "Beleg als PDF teilen"),
    }[lang]
    d = ctx.issue_date
    pages = ((
        B("letterhead", "", bank, f"{r.randint(8, 18):02d}:{r.randint(0, 59):02d}   4G   87%", align="center"),
        B("title", t[0]),
        B("para", t[1], align="center"),
        B("field", "", (t[2], BENEF[lang]), (t[3], f"{IBAN}  BIC {BIC}"), (t[4], f"EUR {money(AMOUNT, lang)}"),
          (t[5], message(p, lang, compact=r.random() < 0.3)), (t[6], d_num(d, "/")),
          (t[7], _payer_iban(r)), (t[8], ref(r, "##########@@"))),
        B("stamp", "", "✓ OK" if False else "OK", align="center"),
        B("para", t[9], align="center"),
        specimen_footer(),
    ),)
    return DocSpec(f"fee-app-{lang}", "fee_payment_proof", lang, "bank-app-transfer-confirmation", pages,
                   issue_date=d, page_size="PHONE")


def _statement(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("fee-st", p.passport_number, ctx.issue_date, lang)
    d = ctx.issue_date
    bank = r.choice(["Banque SPECIMEN SA", "SPECIMEN Bank NV", "Crédit Exemple", "Spaarbank Voorbeeld"])
    t = {
        "nl": ("Rekeninguittreksel", "Zichtrekening", "Datum", "Omschrijving", "Valuta", "Bedrag", "Vorig saldo", "Nieuw saldo",
               "Overschrijving naar", "Mededeling"),
        "fr": ("Extrait de compte", "Compte à vue", "Date", "Description", "Valeur", "Montant", "Ancien solde", "Nouveau solde",
               "Virement vers", "Communication"),
        "de": ("Kontoauszug", "Girokonto", "Datum", "Beschreibung", "Valuta", "Betrag", "Alter Saldo", "Neuer Saldo",
               "Überweisung an", "Mitteilung"),
    }[lang]
    prev = r.randint(900, 4000) + 0.37
    lines = [
        (d_num(d - timedelta(days=3)), r.choice(["Bancontact SUPERMARCHÉ", "Bancontact ALBERT", "Maestro COLRUYT"]),
         d_num(d - timedelta(days=3)), "-" + money(r.randint(20, 90) + 0.45, lang)),
        (d_num(d), f"{t[8]} {BENEF[lang]} {IBAN} {BIC} – {t[9]}: {message(p, lang)}", d_num(d), "-" + money(AMOUNT, lang)),
        (d_num(d + timedelta(days=1)), r.choice(["Domiciliëring PROXIMUS", "Domiciliation ENGIE", "Lastschrift TELENET"]),
         d_num(d + timedelta(days=1)), "-" + money(r.randint(30, 70) + 0.99, lang)),
    ]
    new = prev - AMOUNT - 100
    pages = ((
        B("letterhead", "", bank, "Siège – Zetel: Boulevard de l'Exemple 1, 1000 Bruxelles", f"BIC {ref(r, '@@@@BEBB')}"),
        B("title", f"{t[0]} {r.randint(1, 24)}/{d.year}", align="left"),
        B("field", "", (t[1], _payer_iban(r)), ("", f"{p.surname.upper()} {p.given_names}"),
          (t[6], f"EUR {money(prev, lang)}")),
        B("table", "", (t[2], t[3], t[4], t[5]), *lines),
        B("field", "", (t[7], f"EUR {money(new, lang)}")),
        specimen_footer(ref(r, "Page 1 – ####")),
    ),)
    return DocSpec(f"fee-st-{lang}", "fee_payment_proof", lang, "bank-account-statement-transfer-line", pages, issue_date=d)


def _slip(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("fee-slip", p.passport_number, ctx.issue_date)
    d = ctx.issue_date
    pages = ((
        B("letterhead", "", "VIREMENT – OVERSCHRIJVING – ÜBERWEISUNG", "Banque / Bank: SPECIMEN", align="left"),
        B("field", "", ("Date d'exécution – Uitvoeringsdatum", d_num(d, " ")),
          ("Montant – Bedrag – Betrag  EUR", money(AMOUNT, "fr")),
          ("Compte donneur d'ordre – Rekening opdrachtgever", _payer_iban(r)),
          ("Nom donneur d'ordre – Naam opdrachtgever", f"{p.surname.upper()} {p.given_names}"),
          ("Compte bénéficiaire – Rekening begunstigde", IBAN), ("BIC", BIC),
          ("Nom bénéficiaire – Naam begunstigde", "Office des étrangers / DVZ"),
          ("Adresse – Adres", BENEF_ADDR),
          ("Communication – Mededeling", message(p, "fr"))),
        B("signature", "Signature – Handtekening", align="right"),
        B("stamp", "", "REÇU – ONTVANGEN", d_num(d), align="left"),
    ),)
    return DocSpec("fee-slip", "fee_payment_proof", "fr+nl", "paper-transfer-slip-virement-overschrijving", pages,
                   issue_date=d, page_size="SLIP")


def _swift(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("fee-swift", p.passport_number, ctx.issue_date)
    d = ctx.issue_date
    bank = {"IND": "SPECIMEN Bank Ltd, Mumbai", "PHL": "SPECIMEN Banking Corp., Makati", "NGA": "SPECIMEN Bank Plc, Lagos",
            "USA": "SPECIMEN National Bank, New York", "BRA": "Banco SPECIMEN S.A., São Paulo"}.get(p.nationality, "SPECIMEN Bank, Head Office")
    pages = ((
        B("letterhead", "", bank, "Trade & Remittance Operations", align="right"),
        B("title", "OUTWARD REMITTANCE ADVICE", align="left"),
        B("subtitle", "SWIFT MT103 – Customer credit transfer", align="left"),
        B("table", "", ("Field", "Content"), (":20: Sender's reference", ref(r, "OR########")),
          (":32A: Value date / currency / amount", f"{d:%y%m%d} EUR {AMOUNT:.2f}"),
          (":50K: Ordering customer", f"{p.surname.upper()} {p.given_names}"),
          (":57A: Account with institution", BIC),
          (":59: Beneficiary", f"/BE57679200609235 {BENEF['en']}, Brussels"),
          (":70: Remittance information", message(p, "en")),
          (":71A: Charges", "OUR")),
        B("para", "The above payment has been debited from your account and sent through the SWIFT network. "
          "This advice is computer generated and needs no signature."),
        B("field", "", ("Debit account", ref(r, "##############")), ("Exchange rate", f"{r.uniform(80, 95):.4f}"),
          ("Date", d_num(d, "/"))),
        specimen_footer(),
    ),)
    return DocSpec("fee-swift", "fee_payment_proof", "en", "foreign-bank-swift-remittance-advice", pages, issue_date=d)


def _receipt(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("fee-rc", p.passport_number, ctx.issue_date, lang)
    d = ctx.issue_date
    t = {
        "nl": ("Bevestiging van uw betaling", "Onderstaande overschrijving werd op {} uitgevoerd.", "Opdrachtgever", "Begunstigde",
               "IBAN begunstigde", "Bedrag", "Mededeling", "Status", "Uitgevoerd"),
        "fr": ("Confirmation de votre paiement", "Le virement ci-dessous a été exécuté le {}.", "Donneur d'ordre", "Bénéficiaire",
               "IBAN du bénéficiaire", "Montant", "Communication", "Statut", "Exécuté"),
        "de": ("Bestätigung Ihrer Zahlung", "Die folgende Überweisung wurde am {} ausgeführt.", "Auftraggeber", "Empfänger",
               "IBAN des Empfängers", "Betrag", "Verwendungszweck", "Status", "Ausgeführt"),
        "en": ("Payment confirmation", "The transfer below was executed on {}.", "Ordering party", "Beneficiary",
               "Beneficiary IBAN", "Amount", "Message", "Status", "Executed"),
    }[lang]
    pages = ((
        B("letterhead", "", r.choice(["SPECIMEN Bank – Online banking", "Banque Exemple – Banque en ligne", "Voorbeeldbank – Online bankieren"]),
          align="left"),
        B("title", t[0], align="left"),
        B("para", t[1].format(d_num(d))),
        B("field", "", (t[2], f"{p.surname.upper()} {p.given_names} – {_payer_iban(r)}"), (t[3], f"{BENEF[lang]}, {BENEF_ADDR}"),
          (t[4], f"{IBAN} ({BIC} – bpost)"), (t[5], f"{money(AMOUNT, lang)} EUR"), (t[6], message(p, lang, compact=r.random() < 0.4)),
          (t[7], t[8])),
        specimen_footer(ref(r, "Doc. ##########")),
    ),)
    return DocSpec(f"fee-rc-{lang}", "fee_payment_proof", lang, "online-banking-payment-confirmation-pdf", pages, issue_date=d)


MODELS = [
    Model("bank-app-transfer-confirmation", "fee_payment_proof", ("nl", "fr", "en", "de"), _app),
    Model("bank-account-statement-transfer-line", "fee_payment_proof", ("nl", "fr", "de"), _statement, in_belgium=True),
    Model("paper-transfer-slip-virement-overschrijving", "fee_payment_proof", ("fr+nl",), _slip),
    Model("foreign-bank-swift-remittance-advice", "fee_payment_proof", ("en",), _swift, in_belgium=False),
    Model("online-banking-payment-confirmation-pdf", "fee_payment_proof", ("nl", "fr", "de", "en"), _receipt),
]
