"""Criminal record extracts and police clearances, Belgian and foreign.

Real-world models imitated (structure and facts only; wording is ours):
- Belgian commune extract, art. 595 / 596.1 / 596.2 of the Code of Criminal Procedure (the
  old "model 1 / model 2"), as described on commune pages (politie.be FAQ, stekene.be,
  waasmunster.be, lanaken.be, gerpinnes.be); issued by the population service, carries the
  national number, the purpose, "néant / geen vermeldingen", an electronic seal since 2021.
- Belgian Central Criminal Record (SPF Justice / FOD Justitie) bilingual extract.
- Moroccan "fiche anthropométrique" (bulletin n°3 style) from the Sûreté nationale, with an apostille.
- Indian Police Clearance Certificate issued by a Regional Passport Office (names the passport).
- Philippine NBI clearance ("No Record on File" / "No Derogatory Record", per respicio.ph and
  nbiclearancesonline.ph pages).
- Turkish "Adli Sicil Kaydı" with a sworn French or Dutch translation on page 2.
- US FBI Identity History Summary ("No arrest record") with an apostille.
- German "Führungszeugnis" (Bundesamt für Justiz, "Inhalt: Keine Eintragung").
- Dutch "Verklaring Omtrent het Gedrag" (Justis).
"""

from __future__ import annotations

from datetime import timedelta

from spec import Context, DocSpec, Model, Person

from ._common import (B, commune_for, d_long, d_num, d_us, national_number, nat, ref,
                      seeded, specimen_footer)


def _belgian_commune(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("cr-be", p.passport_number, ctx.issue_date, lang)
    name, pc, _ = commune_for(ctx.region if lang != "de" else "german-speaking", lang, r)
    art = r.choice(["595", "596, al. 1", "595"])
    nn = national_number(p, r)
    d = ctx.issue_date
    if lang == "nl":
        head = B("letterhead", "", f"GEMEENTE {name.upper()}" if r.random() < .5 else f"Stad {name}",
                 "Dienst Burgerzaken – Bevolking", f"{pc} {name}", align=r.choice(["left", "center"]))
        title = r.choice(["UITTREKSEL UIT HET STRAFREGISTER", "Uittreksel uit het strafregister"])
        sub = f"afgeleverd overeenkomstig artikel {art} van het Wetboek van strafvordering"
        fields = B("field", "", ("Naam", p.surname.upper()), ("Voornamen", p.given_names),
                   ("Geboren te", f"{p.birth_place} op {d_num(p.birth_date)}"), ("Nationaliteit", nat(p, "nl")),
                   ("Rijksregisternummer", nn), ("Adres", p.address or f"{pc} {name}"))
        body = [B("para", f"De burgemeester van {name} verklaart dat uit het strafregister van bovengenoemde persoon "
                  "geen enkele vermelding blijkt die volgens de wet op dit uittreksel moet voorkomen."),
                B("table", "", ("Datum", "Rechtscollege", "Misdrijf", "Straf"), ("–", "Geen vermeldingen", "–", "–")),
                B("field", "", ("Doel van de aanvraag", r.choice(["arbeidskaart / gecombineerde vergunning", "tewerkstelling",
                                                                  "verblijfsaanvraag"])),
                  ("Afgeleverd op", d_num(d)), ("Geldig", "zonder beperking in de tijd; de aanvrager zorgt zelf dat het recent is"))]
        sign = B("signature", "Voor de burgemeester,\nde ambtenaar van de burgerlijke stand", align="right")
        stamp = B("stamp", "", f"GEMEENTE {name.upper()}", "BURGERZAKEN", d_num(d), align="left")
        foot = specimen_footer("Elektronisch verzegeld uittreksel – controleer de zegel in de PDF")
    elif lang == "de":
        head = B("letterhead", "", f"Gemeinde {name}", "Standesamt – Bevölkerungsdienst", f"{pc} {name}")
        title = "AUSZUG AUS DEM STRAFREGISTER"
        sub = f"ausgestellt gemäß Artikel {art} des Strafprozessgesetzbuches"
        fields = B("field", "", ("Name", p.surname.upper()), ("Vornamen", p.given_names),
                   ("Geboren in / am", f"{p.birth_place}, {d_num(p.birth_date)}"), ("Staatsangehörigkeit", nat(p, "de")),
                   ("Nationalregisternummer", nn))
        body = [B("para", "Der Bürgermeister bescheinigt, dass das Strafregister der oben genannten Person keine "
                  "Verurteilung enthält, die gesetzlich in diesem Auszug aufzuführen ist."),
                B("field", "", ("Vermerke", "keine"), ("Zweck", "Antrag auf kombinierte Erlaubnis (Arbeit und Aufenthalt)"),
                  ("Ausgestellt am", d_num(d)))]
        sign = B("signature", "Für den Bürgermeister\nDer Standesbeamte", align="right")
        stamp = B("stamp", "", f"GEMEINDE {name.upper()}", "STANDESAMT", align="left")
        foot = specimen_footer("Gebührenfrei")
    else:
        head = B("letterhead", "", f"Commune d'{name}" if name[0] in "AEIOU" else f"Commune de {name}",
                 "Service Population – Casier judiciaire", f"{pc} {name}", align=r.choice(["left", "center"]))
        title = r.choice(["EXTRAIT DU CASIER JUDICIAIRE", "Extrait de casier judiciaire"])
        sub = f"délivré en application de l'article {art} du Code d'instruction criminelle"
        fields = B("field", "", ("Nom", p.surname.upper()), ("Prénom(s)", p.given_names),
                   ("Né(e) à / le", f"{p.birth_place}, le {d_num(p.birth_date)}"), ("Nationalité", nat(p, "fr")),
                   ("N° de registre national", nn), ("Adresse", p.address or f"{pc} {name}"))
        body = [B("para", f"Le Bourgmestre de la commune de {name} certifie que le casier judiciaire de la personne "
                  "désignée ci-dessus ne contient aucune condamnation devant figurer sur le présent extrait."),
                B("table", "", ("Date", "Juridiction", "Infraction", "Peine"), ("Néant", "", "", "")),
                B("field", "", ("Finalité", r.choice(["permis unique – demande d'autorisation de séjour et de travail",
                                                      "emploi", "dossier Office des étrangers"])),
                  ("Délivré le", d_num(d)))]
        sign = B("signature", "Pour le Bourgmestre,\nl'Officier de l'état civil délégué", align="right")
        stamp = B("stamp", "", f"COMMUNE DE {name.upper()}", "POPULATION", d_num(d), align="left")
        foot = specimen_footer("Cet extrait est délivré à l'intéressé(e) en personne")
    pages = ((head, B("title", title), B("subtitle", sub), fields, *body, stamp, sign, foot),)
    return DocSpec(f"cr-be-{lang}", "criminal_record", lang, "be-commune-extract-595", pages, issue_date=d)


def _belgian_central(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("cr-central", p.passport_number, ctx.issue_date)
    d = ctx.issue_date
    pages = ((
        B("letterhead", "", "SPF JUSTICE – FOD JUSTITIE", "Casier judiciaire central – Centraal Strafregister",
          "Boulevard de Waterloo 115 – Waterloolaan 115, 1000 Bruxelles – Brussel", align="center"),
        B("title", "Extrait du casier judiciaire – Uittreksel uit het strafregister"),
        B("subtitle", "Art. 596, al. 1 C.I.cr. / Sv. – activité réglementée / gereglementeerde activiteit"),
        B("field", "", ("Nom – Naam", p.surname.upper()), ("Prénoms – Voornamen", p.given_names),
          ("Date de naissance – Geboortedatum", d_num(p.birth_date)),
          ("Lieu de naissance – Geboorteplaats", p.birth_place),
          ("Document d'identité – Identiteitsdocument", f"passeport / paspoort {p.passport_number}"),
          ("Numéro de dossier – Dossiernummer", ref(r, "CJC/####/######"))),
        B("heading", "Condamnations – Veroordelingen"),
        B("para", "Néant – Geen"),
        B("para", "Le présent extrait est délivré pour une personne qui ne réside pas ou plus en Belgique, pour la "
          "période de son séjour. / Dit uittreksel wordt afgeleverd voor een persoon die niet of niet meer in België "
          "verblijft, voor de periode van het verblijf."),
        B("field", "", ("Délivré le – Afgeleverd op", d_num(d)), ("Destinataire – Bestemmeling", "l'intéressé(e) / de betrokkene")),
        B("stamp", "", "CASIER JUDICIAIRE CENTRAL", "CENTRAAL STRAFREGISTER", "SCEAU ÉLECTRONIQUE", align="right"),
        B("footer", "Document signé électroniquement – Elektronisch ondertekend document. SPECIMEN"),
    ),)
    return DocSpec("cr-be-central", "criminal_record", "fr+nl", "be-central-criminal-record-bilingual", pages, issue_date=d)


def _apostille(country: str, authority: str, d, r, lang: str = "en") -> tuple:
    return (
        B("title", "APOSTILLE"),
        B("subtitle", "(Convention de La Haye du 5 octobre 1961)"),
        B("field", "", ("1. Country / Pays", country),
          ("This public document / Le présent acte public", ""),
          ("2. has been signed by", authority),
          ("3. acting in the capacity of", "issuing officer"),
          ("4. bears the seal/stamp of", authority),
          ("Certified / Attesté", ""),
          ("5. at", r.choice(["Capital", "Central office"])),
          ("6. the", d_num(d + timedelta(days=r.randint(2, 9)))),
          ("7. by", "Ministry of Foreign Affairs"),
          ("8. No", ref(r, "AP-########")),
          ("9. Seal/stamp", "[seal]"),
          ("10. Signature", "")),
        B("stamp", "", "APOSTILLE", country.upper(), ref(r, "No ######"), align="right"),
        B("signature", "Authorised officer", align="left"),
        specimen_footer(),
    )


def _morocco(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("cr-mar", p.passport_number, ctx.issue_date)
    d = ctx.issue_date
    city = r.choice(["Casablanca", "Rabat", "Tanger", "Fès", "Marrakech"])
    p1 = (
        B("letterhead", "", "ROYAUME DU MAROC", "Direction Générale de la Sûreté Nationale",
          f"Préfecture de Police de {city} – Service de l'Identité judiciaire", align="center"),
        B("title", "FICHE ANTHROPOMÉTRIQUE"),
        B("subtitle", "Extrait du casier judiciaire – Bulletin n° 3 (délivré à l'intéressé)"),
        B("photo", "float"),
        B("field", "", ("Nom", p.surname.upper()), ("Prénom", p.given_names), ("Né le", d_num(p.birth_date, "/")),
          ("à", p.birth_place), ("Nationalité", "marocaine" if p.nationality == "MAR" else nat(p, "fr")),
          ("C.N.I.E. / Passeport n°", p.passport_number), ("Profession", ctx.job_title)),
        B("heading", "Mentions"),
        B("para", "NÉANT – Aucune condamnation inscrite au nom de l'intéressé à la date de délivrance."),
        B("field", "", ("Demande n°", ref(r, "######/####")), ("Délivrée le", d_num(d, "/")),
          ("Motif", "Usage à l'étranger – Belgique (travail)")),
        B("stamp", "", "SÛRETÉ NATIONALE", f"PRÉFECTURE DE {city.upper()}", "IDENTITÉ JUDICIAIRE", align="right"),
        B("signature", "Le Chef du Service", align="right"),
        specimen_footer("Validité : 3 mois"),
    )
    p2 = (B("letterhead", "", "ROYAUME DU MAROC", "Ministère des Affaires étrangères", align="center"),
          *_apostille("Maroc / Morocco", "Direction Générale de la Sûreté Nationale", d, r))
    return DocSpec("cr-mar", "criminal_record", "fr", "mar-fiche-anthropometrique-apostille", (p1, p2), issue_date=d)


def _india(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("cr-ind", p.passport_number, ctx.issue_date)
    d = ctx.issue_date
    office = r.choice(["Bengaluru", "Hyderabad", "Mumbai", "Chennai", "Pune"])
    fname = r.choice(["RAJESH", "SURESH", "VIJAY", "ANIL"]) + " " + p.surname.upper()
    pages = ((
        B("letterhead", "", "Government of India – Ministry of External Affairs", f"Regional Passport Office, {office}",
          "Passport Seva Kendra", align="center"),
        B("title", "POLICE CLEARANCE CERTIFICATE"),
        B("field", "", ("PCC No.", ref(r, "@@#######") ), ("File No.", ref(r, "@@##########@")), ("Date", d_num(d, "/"))),
        B("para", f"This is to certify that {p.given_names.upper()} {p.surname.upper()}, son/daughter of {fname}, holder of "
          f"Indian Passport No. {p.passport_number} issued at {office}, resident of {r.choice(['Whitefield', 'Andheri East', 'Gachibowli'])}, "
          f"{office}, India, has no adverse record as per the report received from the police authorities and there "
          "is no adverse information against the applicant which would make him/her ineligible for grant of a "
          "visa for Belgium."),
        B("para", "This certificate is issued for the purpose of: EMPLOYMENT VISA (BELGIUM)."),
        B("para", "This certificate is valid for a period of six months from the date of issue unless cancelled earlier."),
        B("stamp", "", "REGIONAL PASSPORT OFFICE", office.upper(), "GOVERNMENT OF INDIA", align="left"),
        B("signature", "For Regional Passport Officer", align="right"),
        specimen_footer("Verify this certificate on the Passport Seva portal with the file number"),
    ),)
    return DocSpec("cr-ind", "criminal_record", "en", "ind-police-clearance-certificate", pages, issue_date=d)


def _nbi(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("cr-nbi", p.passport_number, ctx.issue_date)
    d = ctx.issue_date
    pages = ((
        B("letterhead", "", "REPUBLIC OF THE PHILIPPINES", "DEPARTMENT OF JUSTICE",
          "NATIONAL BUREAU OF INVESTIGATION", align="center"),
        B("title", "NBI CLEARANCE"),
        B("subtitle", "for travel abroad / employment abroad"),
        B("photo", "float"),
        B("field", "", ("NAME", f"{p.surname.upper()}, {p.given_names.upper()}"), ("ADDRESS", r.choice(["QUEZON CITY", "PASIG CITY", "CEBU CITY", "DAVAO CITY"])),
          ("BIRTH DATE", d_us(p.birth_date)), ("BIRTH PLACE", p.birth_place.upper()), ("SEX", p.sex),
          ("CITIZENSHIP", "FILIPINO" if p.nationality == "PHL" else nat(p, "en").upper()),
          ("PURPOSE", "TRAVEL ABROAD – BELGIUM"), ("PASSPORT NO.", p.passport_number)),
        B("heading", "REMARKS"),
        B("para", r.choice(["NO RECORD ON FILE", "NO DEROGATORY RECORD"])),
        B("para", "This is to certify that the person whose name, photograph and thumbprint appear herein has "
          "no derogatory record on file as of this date."),
        B("field", "", ("NBI ID NO.", ref(r, "@####@###@-@#####")), ("DATE ISSUED", d_num(d, "-")),
          ("VALID UNTIL", d_num(d.replace(year=d.year + 1) if not (d.month == 2 and d.day == 29) else d, "-"))),
        B("signature", "DIRECTOR", align="right"),
        B("footer", "Verify via QR code at the NBI clearance website. Not valid without the official dry seal. SPECIMEN"),
    ),)
    return DocSpec("cr-phl", "criminal_record", "en", "phl-nbi-clearance", pages, issue_date=d)


def _turkey(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("cr-tur", p.passport_number, ctx.issue_date)
    d = ctx.issue_date
    tr_lang = "fr" if lang.endswith("fr") else "nl"
    barcode = ref(r, "####-####-####-####")
    p1 = (
        B("letterhead", "", "T.C. ADALET BAKANLIĞI", "Adli Sicil ve İstatistik Genel Müdürlüğü", align="center"),
        B("title", "ADLİ SİCİL KAYDI"),
        B("field", "", ("T.C. Kimlik No / Pasaport No", p.passport_number), ("Adı", p.given_names.upper()),
          ("Soyadı", p.surname.upper()), ("Doğum Yeri / Tarihi", f"{p.birth_place} / {d_num(p.birth_date)}"),
          ("Veriliş Nedeni", "Resmi daireye verilmek üzere"), ("Veriliş Tarihi", d_num(d)), ("Belge No", barcode)),
        B("heading", "Adli Sicil Kaydı"),
        B("para", "ADLİ SİCİL KAYDI YOKTUR"),
        B("heading", "Arşiv Kaydı"),
        B("para", "ARŞİV KAYDI YOKTUR"),
        B("para", "Bu belge 5070 sayılı Elektronik İmza Kanunu uyarınca güvenli elektronik imza ile imzalanmıştır. "
          "Belgenin doğruluğunu e-Devlet Kapısı üzerinden barkod numarası ile kontrol edebilirsiniz."),
        specimen_footer(),
    )
    if tr_lang == "fr":
        p2 = (
            B("letterhead", "", "Traduction jurée", "Traducteur juré – registre national des traducteurs jurés",
              "Avenue de l'Exemple 12, 1060 Saint-Gilles", align="right"),
            B("title", "Traduction du turc"),
            B("subtitle", "RÉPUBLIQUE DE TURQUIE – MINISTÈRE DE LA JUSTICE – Direction générale du casier judiciaire et des statistiques"),
            B("heading", "EXTRAIT DU CASIER JUDICIAIRE"),
            B("field", "", ("N° d'identité / passeport", p.passport_number), ("Prénom", p.given_names.upper()),
              ("Nom", p.surname.upper()), ("Lieu / date de naissance", f"{p.birth_place} / {d_num(p.birth_date)}"),
              ("Motif de délivrance", "À remettre à une administration officielle"), ("Date de délivrance", d_num(d)),
              ("N° du document", barcode)),
            B("para", "Casier judiciaire : AUCUNE INSCRIPTION AU CASIER JUDICIAIRE"),
            B("para", "Archives : AUCUNE INSCRIPTION AUX ARCHIVES"),
            B("para", "Je soussigné(e), traducteur juré près le tribunal de première instance francophone de Bruxelles, "
              "certifie que la présente traduction est conforme à l'original turc qui m'a été présenté."),
            B("stamp", "", "TRADUCTEUR JURÉ", "TURC – FRANÇAIS", ref(r, "N° ####"), align="right"),
            B("signature", "Le traducteur juré", align="right"),
            specimen_footer(),
        )
    else:
        p2 = (
            B("letterhead", "", "Beëdigde vertaling", "Beëdigd vertaler – nationaal register van beëdigd vertalers",
              "Lange Nieuwstraat 40, 2000 Antwerpen", align="right"),
            B("title", "Vertaling uit het Turks"),
            B("subtitle", "REPUBLIEK TURKIJE – MINISTERIE VAN JUSTITIE – Algemene Directie Strafregister en Statistiek"),
            B("heading", "UITTREKSEL UIT HET STRAFREGISTER"),
            B("field", "", ("Identiteits-/paspoortnummer", p.passport_number), ("Voornaam", p.given_names.upper()),
              ("Naam", p.surname.upper()), ("Geboorteplaats / -datum", f"{p.birth_place} / {d_num(p.birth_date)}"),
              ("Reden van afgifte", "Af te geven aan een officiële instantie"), ("Datum van afgifte", d_num(d)),
              ("Documentnummer", barcode)),
            B("para", "Strafregister: GEEN INSCHRIJVING"),
            B("para", "Archief: GEEN INSCHRIJVING"),
            B("para", "Ondergetekende, beëdigd vertaler bij de rechtbank van eerste aanleg Antwerpen, verklaart dat deze "
              "vertaling getrouw en volledig is."),
            B("stamp", "", "BEËDIGD VERTALER", "TURKS – NEDERLANDS", ref(r, "Nr ####"), align="right"),
            B("signature", "De beëdigd vertaler", align="right"),
            specimen_footer(),
        )
    return DocSpec("cr-tur", "criminal_record", f"tr+{tr_lang}", "tur-adli-sicil-sworn-translation", (p1, p2), issue_date=d)


def _fbi(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("cr-fbi", p.passport_number, ctx.issue_date)
    d = ctx.issue_date
    p1 = (
        B("letterhead", "", "U.S. Department of Justice", "Federal Bureau of Investigation",
          "Criminal Justice Information Services Division, Clarksburg, WV 26306", align="left"),
        B("title", "Identity History Summary"),
        B("field", "", ("Date", d_long(d, "en")), ("Name", f"{p.surname.upper()}, {p.given_names.upper()}"),
          ("Date of birth", d_us(p.birth_date)), ("Place of birth", p.birth_place), ("Request number", ref(r, "E########-@@@@-####"))),
        B("para", "The FBI's Criminal Justice Information Services Division has conducted a search of its "
          "Next Generation Identification system based on the fingerprints submitted."),
        B("para", "Result: NO ARREST RECORD. A search of the fingerprints provided did not reveal any prior arrest data."),
        B("para", "This response is provided for the applicant's personal review and may be used for employment "
          "or immigration purposes abroad. The FBI does not certify that the applicant has no criminal record "
          "in jurisdictions that did not submit arrest data."),
        B("signature", "Section Chief, Biometric Services Section", align="left"),
        B("stamp", "", "FBI – CJIS", "OFFICIAL", align="right"),
        specimen_footer(),
    )
    p2 = (B("letterhead", "", "United States of America", "Department of State – Authentications Office", align="center"),
          *_apostille("United States of America", "Federal Bureau of Investigation", d, r))
    return DocSpec("cr-usa", "criminal_record", "en", "usa-fbi-identity-history-summary-apostille", (p1, p2), issue_date=d)


def _germany(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("cr-de", p.passport_number, ctx.issue_date)
    d = ctx.issue_date
    pages = ((
        B("letterhead", "", "Bundesamt für Justiz", "– Bundeszentralregister –", "53094 Bonn", align="right"),
        B("para", f"{p.given_names} {p.surname}\n{r.choice(['Hauptstraße', 'Lindenweg', 'Am Markt'])} {r.randint(1, 80)}\n"
          f"{r.choice(['50667 Köln', '52062 Aachen', '40213 Düsseldorf'])}"),
        B("title", "Führungszeugnis", align="left"),
        B("subtitle", "(Belegart N – zur Vorlage bei einer Behörde im Ausland)", align="left"),
        B("field", "", ("Geburtsname", p.surname.upper()), ("Familienname", p.surname.upper()), ("Vornamen", p.given_names),
          ("Geburtsdatum", d_num(p.birth_date)), ("Geburtsort", p.birth_place), ("Staatsangehörigkeit", nat(p, "de")),
          ("Antragsdatum", d_num(d - timedelta(days=r.randint(5, 12))))),
        B("heading", "Inhalt:"),
        B("para", "Keine Eintragung"),
        B("para", f"Bonn, den {d_num(d)}"),
        B("signature", "Bundesamt für Justiz\n(im Auftrag)", align="left"),
        B("footer", f"Dieses Führungszeugnis wurde maschinell erstellt und ist ohne Unterschrift gültig. Prüfnummer {ref(r, '###########')}. SPECIMEN"),
    ),)
    return DocSpec("cr-de", "criminal_record", "de", "de-fuehrungszeugnis", pages, issue_date=d)


def _vog(p: Person, ctx: Context, lang: str) -> DocSpec:
    r = seeded("cr-nl", p.passport_number, ctx.issue_date)
    d = ctx.issue_date
    pages = ((
        B("letterhead", "", "Justis", "Ministerie van Justitie en Veiligheid", "Postbus 16000, Den Haag", align="left"),
        B("title", "Verklaring Omtrent het Gedrag", align="left"),
        B("subtitle", "(VOG natuurlijke personen)", align="left"),
        B("para", "De Minister van Justitie en Veiligheid verklaart dat uit een onderzoek naar het gedrag van:"),
        B("field", "", ("Naam", p.surname.upper()), ("Voornamen", p.given_names), ("Geboortedatum", d_num(p.birth_date, "-")),
          ("Geboorteplaats", p.birth_place), ("Geboorteland", p.birth_place.split(",")[-1].strip())),
        B("para", "met betrekking tot het doel waarvoor de verklaring is aangevraagd, niet is gebleken van "
          "bezwaren tegen deze persoon. Het doel: functie als " + ctx.job_title + " (buitenland, België)."),
        B("field", "", ("Dossiernummer", ref(r, "########")), ("Datum afgifte", d_num(d, "-"))),
        B("signature", "Namens de Minister van Justitie en Veiligheid,\nhet hoofd van de afdeling Screening", align="left"),
        B("stamp", "", "JUSTIS", "SCREENINGSAUTORITEIT", align="right"),
        specimen_footer("Deze verklaring is geen bewijs van goed gedrag in andere landen"),
    ),)
    return DocSpec("cr-nlvog", "criminal_record", "nl", "nl-verklaring-omtrent-het-gedrag", pages, issue_date=d)


def _edevlet_translated(p: Person, ctx: Context, lang: str) -> DocSpec:
    """The Turkish e-Devlet portal also issues the record directly in other languages (trthaber.com:
    English, French, German, Dutch... since 2017-2018), with a barcode to verify it."""
    r = seeded("cr-tur-ed", p.passport_number, ctx.issue_date, lang)
    d = ctx.issue_date
    t = {
        "fr": ("RÉPUBLIQUE DE TURQUIE", "MINISTÈRE DE LA JUSTICE", "Direction générale du casier judiciaire et des statistiques",
               "CASIER JUDICIAIRE", ("N° d'identité", "Prénom", "Nom", "Nom du père", "Lieu / date de naissance", "Motif",
                                    "Date de délivrance", "Code de vérification"),
               "À remettre à une autorité étrangère", "IL N'Y A PAS DE CASIER JUDICIAIRE.", "IL N'Y A PAS D'ARCHIVE.",
               "Ce document a été signé électroniquement. Son authenticité peut être vérifiée sur e-Devlet avec le code de vérification."),
        "nl": ("REPUBLIEK TURKIJE", "MINISTERIE VAN JUSTITIE", "Directoraat-generaal Strafregister en Statistiek",
               "STRAFREGISTER", ("Identiteitsnummer", "Voornaam", "Naam", "Naam van de vader", "Geboorteplaats / -datum", "Doel",
                                 "Datum van afgifte", "Verificatiecode"),
               "Voor een buitenlandse instantie", "ER IS GEEN STRAFREGISTER.", "ER IS GEEN ARCHIEFREGISTRATIE.",
               "Dit document is elektronisch ondertekend. De echtheid kan op e-Devlet worden gecontroleerd met de verificatiecode."),
        "en": ("REPUBLIC OF TÜRKİYE", "MINISTRY OF JUSTICE", "General Directorate of Criminal Records and Statistics",
               "CRIMINAL RECORD", ("ID number", "Name", "Surname", "Father's name", "Place / date of birth", "Purpose",
                                  "Date of issue", "Verification code"),
               "To be submitted to a foreign authority", "THERE IS NO CRIMINAL RECORD.", "THERE IS NO ARCHIVE RECORD.",
               "This document has been signed electronically. Its authenticity can be verified on e-Devlet with the verification code."),
    }[lang]
    L = t[4]
    pages = ((
        B("letterhead", "", t[0], t[1], t[2], align="center"),
        B("title", t[3]),
        B("field", "", (L[0], ref(r, "###########")), (L[1], p.given_names.upper()), (L[2], p.surname.upper()),
          (L[3], r.choice(["AHMET", "MUSTAFA", "HASAN", "ALİ"])), (L[4], f"{p.birth_place} / {d_num(p.birth_date, '/')}"),
          (L[5], t[5]), (L[6], d_num(d, "/")), (L[7], ref(r, "@@##-####-@@##-####"))),
        B("heading", t[3]),
        B("para", t[6]),
        B("para", t[7]),
        B("para", t[8]),
        B("footer", f"e-Devlet Kapısı – turkiye.gov.tr – {ref(r, '##########')} – SPECIMEN"),
    ),)
    return DocSpec(f"cr-tur-ed-{lang}", "criminal_record", lang, "tur-edevlet-criminal-record-translated", pages, issue_date=d)


def _police_character(p: Person, ctx: Context, lang: str) -> DocSpec:
    """Police certificates of other origin countries: Nigeria Police Force character certificate (en),
    Colombian 'certificado de antecedentes' (es + sworn French translation), Brazilian Federal Police
    'certidão de antecedentes criminais' (pt + sworn Dutch translation), Ukrainian extract (uk + en)."""
    r = seeded("cr-pol", p.passport_number, ctx.issue_date)
    d = ctx.issue_date
    n = p.nationality
    if n == "NGA":
        pages = ((
            B("letterhead", "", "NIGERIA POLICE FORCE", "Force Criminal Investigation Department (FCID)", "Area 10, Garki, Abuja", align="center"),
            B("title", "POLICE CHARACTER CERTIFICATE"),
            B("para", f"This is to certify that {p.given_names.upper()} {p.surname.upper()}, born on {d_num(p.birth_date, '/')} "
              f"at {p.birth_place}, holder of Nigerian passport No. {p.passport_number}, has been screened through the "
              "Central Criminal Registry and has NO criminal record."),
            B("field", "", ("Certificate No.", ref(r, "FCID/CCR/######")), ("Purpose", "Employment abroad (Belgium)"),
              ("Date", d_num(d, "/"))),
            B("stamp", "", "NIGERIA POLICE FORCE", "FCID – CCR", align="right"),
            B("signature", "Commissioner of Police, Central Criminal Registry", align="left"),
            specimen_footer(),
        ),)
        return DocSpec("cr-nga", "criminal_record", "en", "origin-country-police-certificate", pages, issue_date=d)
    if n == "UKR":
        p1 = (B("letterhead", "", "МІНІСТЕРСТВО ВНУТРІШНІХ СПРАВ УКРАЇНИ", "Сервісний центр МВС", align="center"),
              B("title", "ВИТЯГ"),
              B("subtitle", "з інформаційно-аналітичної системи щодо притягнення до кримінальної відповідальності"),
              B("field", "", ("Прізвище, ім'я", f"{p.surname.upper()} {p.given_names.upper()}"), ("Дата народження", d_num(p.birth_date)),
                ("Паспорт", p.passport_number), ("Дата", d_num(d))),
              B("para", "станом на дату видачі до кримінальної відповідальності не притягується, незнятої чи непогашеної судимості не має"),
              B("stamp", "", "МВС УКРАЇНИ", ref(r, "№ ######"), align="right"), specimen_footer())
        p2 = (B("letterhead", "", "Certified translation from Ukrainian", "Sworn translator, Brussels", align="right"),
              B("title", "EXTRACT"),
              B("subtitle", "from the information and analytical system on criminal liability (Ministry of Internal Affairs of Ukraine)"),
              B("field", "", ("Surname, name", f"{p.surname.upper()} {p.given_names.upper()}"), ("Date of birth", d_num(p.birth_date)),
                ("Passport", p.passport_number), ("Date", d_num(d))),
              B("para", "As of the date of issue the person is not prosecuted and has no unexpunged or outstanding conviction."),
              B("stamp", "", "SWORN TRANSLATOR", "UKRAINIAN – ENGLISH", align="right"), B("signature", "Sworn translator", align="right"),
              specimen_footer())
        return DocSpec("cr-ukr", "criminal_record", "uk+en", "origin-country-police-certificate", (p1, p2), issue_date=d)
    if n == "BRA":
        p1 = (B("letterhead", "", "MINISTÉRIO DA JUSTIÇA E SEGURANÇA PÚBLICA", "POLÍCIA FEDERAL", align="center"),
              B("title", "CERTIDÃO DE ANTECEDENTES CRIMINAIS"),
              B("para", f"A Polícia Federal certifica que, após pesquisa no Sistema Nacional de Informações Criminais, NÃO CONSTA "
                f"condenação com trânsito em julgado em nome de {p.given_names.upper()} {p.surname.upper()}, nascido(a) em "
                f"{d_num(p.birth_date, '/')}, passaporte {p.passport_number}."),
              B("field", "", ("Certidão nº", ref(r, "#########/2026")), ("Emitida em", d_num(d, "/"))), specimen_footer())
        p2 = (B("letterhead", "", "Beëdigde vertaling uit het Portugees", "Beëdigd vertaler, Gent", align="right"),
              B("title", "UITTREKSEL UIT HET STRAFREGISTER"),
              B("subtitle", "Certificaat van strafrechtelijke antecedenten – Federale Politie van Brazilië"),
              B("para", f"De Federale Politie verklaart dat er na opzoeking in het Nationaal Systeem van Strafrechtelijke Informatie "
                f"GEEN definitieve veroordeling bestaat op naam van {p.given_names.upper()} {p.surname.upper()}, geboren op "
                f"{d_num(p.birth_date)}, paspoort {p.passport_number}."),
              B("stamp", "", "BEËDIGD VERTALER", "PORTUGEES – NEDERLANDS", align="right"), B("signature", "De beëdigd vertaler", align="right"),
              specimen_footer())
        return DocSpec("cr-bra", "criminal_record", "pt+nl", "origin-country-police-certificate", (p1, p2), issue_date=d)
    # Colombia (and any other nationality): Policía Nacional certificate with a French sworn translation
    p1 = (B("letterhead", "", "REPÚBLICA DE COLOMBIA", "POLICÍA NACIONAL – Dirección de Investigación Criminal e INTERPOL", align="center"),
          B("title", "CERTIFICADO DE ANTECEDENTES JUDICIALES"),
          B("para", f"La Policía Nacional de Colombia informa que siendo las {r.randint(8, 17)}:{r.randint(10, 59)} del {d_num(d, '/')}, "
            f"el ciudadano(a) identificado(a) con pasaporte {p.passport_number}, {p.surname.upper()} {p.given_names.upper()}, "
            "NO TIENE ASUNTOS PENDIENTES CON LAS AUTORIDADES JUDICIALES."),
          B("field", "", ("Código de verificación", ref(r, "##########"))), specimen_footer())
    p2 = (B("letterhead", "", "Traduction jurée de l'espagnol", "Traductrice jurée, Liège", align="right"),
          B("title", "EXTRAIT DE CASIER JUDICIAIRE"),
          B("subtitle", "Certificat d'antécédents judiciaires – Police nationale de Colombie"),
          B("para", f"La Police nationale de Colombie informe qu'à la date du {d_num(d)}, la personne identifiée par le passeport "
            f"{p.passport_number}, {p.surname.upper()} {p.given_names.upper()}, N'A AUCUNE AFFAIRE EN COURS AVEC LES AUTORITÉS JUDICIAIRES."),
          B("stamp", "", "TRADUCTRICE JURÉE", "ESPAGNOL – FRANÇAIS", align="right"), B("signature", "La traductrice jurée", align="right"),
          specimen_footer())
    return DocSpec("cr-col", "criminal_record", "es+fr", "origin-country-police-certificate", (p1, p2), issue_date=d)


MODELS = [
    Model("be-commune-extract-595", "criminal_record", ("fr", "nl", "de"), _belgian_commune, in_belgium=True),
    Model("be-central-criminal-record-bilingual", "criminal_record", ("fr+nl",), _belgian_central),
    Model("mar-fiche-anthropometrique-apostille", "criminal_record", ("fr",), _morocco, nationalities=("MAR",)),
    Model("ind-police-clearance-certificate", "criminal_record", ("en",), _india, nationalities=("IND",)),
    Model("phl-nbi-clearance", "criminal_record", ("en",), _nbi, nationalities=("PHL",)),
    Model("tur-adli-sicil-sworn-translation", "criminal_record", ("tr+fr", "tr+nl"), _turkey, nationalities=("TUR",)),
    Model("usa-fbi-identity-history-summary-apostille", "criminal_record", ("en",), _fbi, nationalities=("USA",)),
    Model("de-fuehrungszeugnis", "criminal_record", ("de",), _germany),
    Model("nl-verklaring-omtrent-het-gedrag", "criminal_record", ("nl",), _vog),
    Model("tur-edevlet-criminal-record-translated", "criminal_record", ("fr", "nl", "en"), _edevlet_translated, nationalities=("TUR",)),
    Model("origin-country-police-certificate", "criminal_record", ("en",), _police_character,
          nationalities=("NGA", "UKR", "BRA", "COL")),
]
