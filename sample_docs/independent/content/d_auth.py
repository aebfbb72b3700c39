"""Corpus D: what authenticates or translates a foreign document.

- Apostilles: always the ten numbered fields of the Hague Convention's model certificate under
  "Apostille (Convention de La Haye du 5 octobre 1961)", with each country's labels and its own
  layout (numbered list, table, bordered stamp), on the document's page or as a separate sheet.
- Belgian consular legalisation: a sticker with a 12-digit control number (diplomatie.belgium.be);
  the e-legalisation of the Belgian embassy in Abuja (since 23 November 2020) as a page of a signed
  PDF with a LegalWeb file number.
- Sworn translations by translators of the Belgian national register (Act of 10 April 2014), in
  French, Dutch, German or English, with the declaration, stamp and register number.

All names, numbers and offices are invented; authorities are named generically.
"""

from __future__ import annotations

from datetime import date, timedelta

from spec import Block

from content._d_common import DModel, Facts, dmy, specimen_footer

MODELS: list = []   # see d_records.py: corpus D reads MODELS_D / APOSTILLES / TRANSLATORS

TITLE = "Apostille (Convention de La Haye du 5 octobre 1961)"

# Labels of the ten fields by label set: 1 country, 2 signed by, 3 capacity, 4 seal of, 5 at, 6 the (date), 7 by, 8 No, 9 seal, 10 signature
LABELS = {
    "en": ("Country", "This public document has been signed by", "acting in the capacity of", "bears the seal/stamp of",
           "Certified at", "the", "by", "No", "Seal/stamp", "Signature"),
    "fr": ("Pays", "Le présent acte public a été signé par", "agissant en qualité de", "est revêtu du sceau/timbre de",
           "Attesté à", "le", "par", "sous n°", "Sceau/timbre", "Signature"),
    "es": ("País", "El presente documento público ha sido firmado por", "quien actúa en calidad de", "y está revestido del sello/timbre de",
           "Certificado en", "el día", "por", "bajo el número", "Sello/timbre", "Firma"),
    "pt": ("País", "Este documento público foi assinado por", "na qualidade de", "tem o selo/carimbo de",
           "Certificado em", "em", "por", "sob o n.º", "Selo/carimbo", "Assinatura"),
    "ru": ("Страна", "Настоящий официальный документ подписан", "выступающим в качестве", "скреплён печатью/штампом",
           "Удостоверено в", "дата", "кем", "за №", "Печать/штамп", "Подпись"),
    "uk": ("Країна", "Цей офіційний документ підписаний", "який діє як", "скріплений печаткою/штампом",
           "Засвідчено в", "дата", "ким", "за №", "Печатка/штамп", "Підпис"),
    "zh": ("国家", "本公文书由", "以下列身份签署", "盖有下列印章",
           "证明地点", "日期", "证明机关", "编号", "印章", "签字"),
    "tr": ("Ülke", "Bu resmi belge", "sıfatıyla hareket eden", "mühür/damgasını taşımaktadır",
           "Onaylandığı yer", "tarih", "onaylayan", "sayı", "Mühür/damga", "İmza"),
    "vi": ("Quốc gia", "Giấy tờ công này được ký bởi", "với tư cách là", "có dấu/con dấu của",
           "Chứng nhận tại", "ngày", "bởi", "Số", "Dấu/con dấu", "Chữ ký"),
    "ar": ("البلد", "هذه الوثيقة العمومية موقعة من طرف", "بصفته", "وتحمل خاتم",
           "مصادق عليها في", "بتاريخ", "من طرف", "تحت رقم", "الخاتم", "التوقيع"),
}


# country -> (label sets, layout, authority, place, capacity of the signer, source)
APOSTILLE_LAYOUT = {
    "MA": (("ar", "fr"), "table", "Ministère de la Justice — Direction des affaires civiles (SPECIMEN)", "Rabat", "Greffier en chef",
           "Morocco, apostille since 2016 (Justice ministry and courts); demarchesmaroc.com 'Apostille et traduction'"),
    "TN": (("ar", "fr"), "stamp", "Ministère des Affaires étrangères (SPECIMEN)", "Tunis", "Chef de service", "Tunisia, party since 2018"),
    "IN": (("en",), "list", "Ministry of External Affairs, CPV Division (SPECIMEN)", "New Delhi", "Superintendent of Police",
           "India, MEA apostille sticker (isarey-document-attestation.com)"),
    "TR": (("tr", "fr"), "table", "Kaymakamlık / Valilik (SPECIMEN)", "Ankara", "Daire Başkanı", "Türkiye, apostille by governorships"),
    "RU": (("ru",), "stamp", "ГУ МВД России, Зональный информационный центр (SPECIMEN)", "Москва", "начальник отдела",
           "Russia: apostilles on MVD certificates by the zonal information centre (3dsattv.ru)"),
    "US": (("en",), "list", "Secretary of State of the State of Ohio (SPECIMEN)", "Columbus, Ohio", "Superintendent, BCI",
           "US Secretaries of State issue apostilles (wikipedia Apostille Convention)"),
    "CN": (("zh", "en"), "table", "中华人民共和国外交部 Ministry of Foreign Affairs (SPECIMEN)", "Beijing", "公证员 Notary",
           "China, apostille since 7 November 2023 (hicom-asia.com)"),
    "UA": (("uk", "en"), "list", "Міністерство юстиції України (SPECIMEN)", "Київ", "начальник сервісного центру", "Ukraine (verdragen.nl)"),
    "BR": (("pt", "en", "fr"), "table", "Cartório de Notas (SPECIMEN) — Conselho Nacional de Justiça", "Belo Horizonte", "Delegado(a)",
           "Brazil, apostille by notary offices under CNJ since 2016"),
    "PH": (("en",), "stamp", "Department of Foreign Affairs, Office of Consular Affairs (SPECIMEN)", "Pasay City", "Director",
           "Philippines, DFA apostille since 2019"),
    "CO": (("es", "en"), "table", "Ministerio de Relaciones Exteriores — Apostilla en línea (SPECIMEN)", "Bogotá D.C.", "Funcionario",
           "Colombia, online e-apostille (Convention in force 30-01-2001, verdragen.nl)"),
    "MX": (("es",), "list", "Secretaría General de Gobierno del Estado (SPECIMEN)", "Puebla", "Director de Servicios Periciales",
           "Mexico, apostille by state governments"),
    "JP": (("en",), "table", "Ministry of Foreign Affairs of Japan (SPECIMEN)", "Tokyo", "President of the University",
           "Japan, MOFA apostille in English with the French title"),
    "GB": (("en",), "list", "Foreign, Commonwealth and Development Office (SPECIMEN)", "Milton Keynes", "Authorised officer, ACRO",
           "UK, all apostilles by the FCDO in Milton Keynes (wikipedia Apostille Convention)"),
    "CA": (("en", "fr"), "table", "Global Affairs Canada — Affaires mondiales Canada (SPECIMEN)", "Ottawa", "Manager / Gestionnaire",
           "Canada, party since 11 January 2024"),
    "VN": (("vi", "en"), "table", "Cục Lãnh sự — Consular Department, Ministry of Foreign Affairs (SPECIMEN)", "Hà Nội", "Giám đốc Sở Tư pháp",
           "Viet Nam, party with entry into force 11-09-2026; competent authority the MFA Consular Department (verdragen.nl)"),
}


# Invented officials: who signed the document (field 2) and who signs the apostille (field 10), by country.
OFFICIALS = {
    "MA": ("Rachid ALAOUI", "Nadia BERRADA"), "TN": ("Sami BEN SALAH", "Leila GHARBI"), "IN": ("R. K. MISHRA", "Anita DESAI"),
    "TR": ("Mehmet AYDIN", "Selin KORKMAZ"), "RU": ("Иванов И. П.", "Петрова Е. В."), "US": ("Mark T. ELLISON", "Deborah K. LANE"),
    "CN": ("李明", "赵静"), "UA": ("Коваль О. М.", "Лисенко Т. В."), "BR": ("Ricardo MOURA", "Patrícia LEMOS"),
    "PH": ("Jose R. BAUTISTA", "Ma. Elena CRUZ"), "CO": ("Andrés PINZÓN", "Claudia ROJAS"), "MX": ("Héctor SALGADO", "Verónica ORTIZ"),
    "JP": ("Kenji TANAKA", "Yumi KOBAYASHI"), "GB": ("A. PRESTON", "J. WALSH"), "CA": ("Luc GAGNON", "Sarah MACDONALD"),
    "VN": ("Trần Văn Minh", "Phạm Thị Hoa"), "EG": ("Hany SALEM", ""), "NG": ("Ibrahim MUSA", ""),
}


def officials(country: str) -> tuple[str, str]:
    """(document signatory, authenticating officer), each marked SPECIMEN."""
    a, b = OFFICIALS[country]
    return f"{a} (SPECIMEN)", f"{b} (SPECIMEN)" if b else ""


def _short(name: str, n: int = 34) -> str:
    """An authority's name cut at a word boundary to fit a stamp."""
    name = name.split(" (SPECIMEN)")[0]
    if len(name) <= n:
        return name
    cut = name[:n].rsplit(" ", 1)[0]
    return cut.rstrip(",;—-/ ")


def apostille_blocks(country: str, seal_of: str, issued: date, number: str, on_page: bool = False) -> tuple[Block, ...]:
    """The apostille's ten numbered fields in the country's labels and layout. On the document's own page the
    certificate is compact (no separate signature line: the officer's name stands in field 10, as on stamps)."""
    sets, layout, authority, place, capacity, _src = APOSTILLE_LAYOUT[country]
    signer, officer = officials(country)
    values = (COUNTRY_NAMES[country], signer, capacity, seal_of, place, dmy(issued), authority, number, "[SPECIMEN seal]", officer)

    def label(i: int) -> str:
        return " / ".join(LABELS[s][i] for s in sets)
    head = [Block("heading", "APOSTILLE", align="center"), Block("subtitle", TITLE, align="center")]
    n_body = 10 if on_page else 8
    if layout == "list":
        body = [Block("list", rows=tuple((f"{label(i)}: {values[i]}",) for i in range(n_body)), align="right")]
    elif layout == "table":
        body = [Block("table", rows=(("", " / ".join(sets).upper(), ""),) + tuple((str(i + 1), label(i), values[i]) for i in range(n_body)))]
    else:
        body = [Block("stamp", rows=tuple((f"{i + 1}. {label(i)}: {values[i]}",) for i in range(n_body)), align="center")]
    if on_page:
        return tuple(head + body)
    tail = [Block("field", rows=((f"9. {label(8)}", values[8]), (f"10. {label(9)}", officer))),
            Block("stamp", rows=((_short(authority),), ("SPECIMEN",)), align="left"),
            Block("signature", officer, align="right")]
    return tuple(head + body + tail)


COUNTRY_NAMES = {"MA": "Maroc", "TN": "Tunisie", "IN": "India", "TR": "Türkiye", "RU": "Российская Федерация", "US": "United States of America",
                 "CN": "中华人民共和国 People's Republic of China", "UA": "Україна / Ukraine", "BR": "República Federativa do Brasil",
                 "PH": "Republic of the Philippines", "CO": "Colombia", "MX": "México", "JP": "Japan", "GB": "United Kingdom",
                 "CA": "Canada", "VN": "Việt Nam / Viet Nam", "EG": "Egypt", "NG": "Nigeria"}


def apostille_page(country: str, seal_of: str, issued: date, number: str) -> tuple[Block, ...]:
    """A separate apostille sheet (allonge) of the competent authority."""
    return (Block("letterhead", rows=((APOSTILLE_LAYOUT[country][2],),), align="center"),) + \
        apostille_blocks(country, seal_of, issued, number) + (specimen_footer("Apostille"),)


FOREIGN_MINISTRY = {   # the issuing country's own legalisation that a Belgian consul then legalises (non-Hague countries)
    "EG": ("وزارة الخارجية", "مكتب التصديقات — SPECIMEN", "تم التصديق على توقيع"),
    "NG": ("FEDERAL MINISTRY OF FOREIGN AFFAIRS", "Consular and Legal Department — SPECIMEN", "AUTHENTICATED"),
}


def foreign_ministry_stamp(country: str, issued: date) -> Block:
    a, b, c = FOREIGN_MINISTRY[country]
    return Block("stamp", rows=((a,), (b,), (f"{c} {dmy(issued)}",)), align="left")


def legalisation_sticker(country: str, embassy: str, city: str, control: str, issued: date) -> tuple[Block, ...]:
    """The Belgian consular legalisation sticker (trilingual, control number of 12 digits, diplomatie.belgium.be) over the
    issuing country's foreign-ministry legalisation, whose signature it legalises."""
    signer = f"{OFFICIALS[country][0]}, {FOREIGN_MINISTRY[country][0]} (SPECIMEN)"
    return (foreign_ministry_stamp(country, issued - timedelta(days=4)),
        Block("heading", "ROYAUME DE BELGIQUE — KONINKRIJK BELGIË — KÖNIGREICH BELGIEN", align="center"),
        Block("field", rows=(("Légalisation / Legalisatie / Legalisierung", f"{embassy} — {city}"),
                             ("Vu pour légalisation de la signature de / Gezien voor legalisatie van de handtekening van", signer),
                             ("Date / Datum", dmy(issued)),
                             ("Numéro de contrôle / Controlenummer / Kontrollnummer", control))),
        Block("para", "La légalisation ne porte que sur l'authenticité de la signature, pas sur le contenu du document. "
                      "De legalisatie betreft enkel de echtheid van de handtekening, niet de inhoud van het document. (SPECIMEN)"),
        Block("stamp", rows=((_short(embassy, 40),), ("SPECIMEN",), (control,)), align="right"),
    )


def legalisation_page(*a) -> tuple[Block, ...]:
    return (Block("title", "Légalisation / Legalisatie", align="center"),
            Block("para", "Verso du document — achterzijde van het document (SPECIMEN)", align="center")) + legalisation_sticker(*a) + (
        specimen_footer("Légalisation consulaire belge"),)


def e_legalisation_page(country: str, embassy: str, file_no: str, closing: date, issued: date) -> tuple[Block, ...]:
    """The e-legalisation added by a Belgian embassy (a page of the signed PDF; checkable on LegalWeb)."""
    return (
        Block("letterhead", rows=(("SPF Affaires étrangères — FOD Buitenlandse Zaken (SPECIMEN)",), (embassy,)), align="left"),
        Block("title", "E-LEGALISATION", align="center"),
        Block("field", rows=(("Document", "Police character certificate — Nigeria"),
                             ("Signature legalised / Handtekening gelegaliseerd",
                              f"{OFFICIALS[country][0]}, {FOREIGN_MINISTRY[country][0]} (SPECIMEN)"),
                             ("Date of legalisation", dmy(issued)), ("File number / Dossiernummer", file_no),
                             ("Closing date / Afsluitdatum", dmy(closing)))),
        Block("para", "This legalisation is electronic: it is valid only as the signed PDF. Check it on LegalWeb with the file number "
                      "and the closing date. The legalisation concerns the signature only, not the content. (SPECIMEN)"),
        Block("para", "[QR code — SPECIMEN — LegalWeb]", align="left"),
        specimen_footer("e-Legalisation"),
    )


# ------------------------------------------------------------------------------------------ sworn translations

T_LABELS = {
    "fr": {"authority": "Autorité émettrice", "title": "Intitulé", "surname": "Nom", "given": "Prénom(s)", "birth_date": "Date de naissance",
           "birth_place": "Lieu de naissance", "father": "Père", "mother": "Mère", "id_number": "Numéro d'identification",
           "result": "Mentions", "degree": "Grade", "institution": "Établissement", "examination": "Mention", "purpose": "Motif",
           "ref": "Numéro", "issued": "Date de délivrance", "place": "Lieu", "signatory": "Signataire"},
    "nl": {"authority": "Uitgevende overheid", "title": "Titel", "surname": "Naam", "given": "Voornaam/voornamen", "birth_date": "Geboortedatum",
           "birth_place": "Geboorteplaats", "father": "Vader", "mother": "Moeder", "id_number": "Identificatienummer",
           "result": "Vermeldingen", "degree": "Graad", "institution": "Instelling", "examination": "Graad van verdienste", "purpose": "Doel",
           "ref": "Nummer", "issued": "Datum van afgifte", "place": "Plaats", "signatory": "Ondertekenaar"},
    "de": {"authority": "Ausstellende Behörde", "title": "Bezeichnung", "surname": "Familienname", "given": "Vorname(n)", "birth_date": "Geburtsdatum",
           "birth_place": "Geburtsort", "father": "Vater", "mother": "Mutter", "id_number": "Identifikationsnummer",
           "result": "Eintragungen", "degree": "Grad", "institution": "Einrichtung", "examination": "Prädikat", "purpose": "Zweck",
           "ref": "Nummer", "issued": "Ausstellungsdatum", "place": "Ort", "signatory": "Unterzeichner"},
    "en": {"authority": "Issuing authority", "title": "Title", "surname": "Surname", "given": "Given name(s)", "birth_date": "Date of birth",
           "birth_place": "Place of birth", "father": "Father", "mother": "Mother", "id_number": "Identification number",
           "result": "Entries", "degree": "Degree", "institution": "Institution", "examination": "Classification", "purpose": "Purpose",
           "ref": "Number", "issued": "Date of issue", "place": "Place", "signatory": "Signatory"},
}
T_RESULT = {"criminal_record": {"fr": "Néant — aucune condamnation inscrite", "nl": "Blanco — geen veroordelingen vermeld",
                                "de": "Keine Eintragung — keine Verurteilung verzeichnet", "en": None},
            "diploma": {"fr": "Diplôme conféré", "nl": "Diploma uitgereikt", "de": "Urkunde verliehen", "en": None}}
# The English values of the facts that the French, Dutch and German translators render in their language
# (names, dates and numbers are kept as they are).
T_VALUE = {
    "Uttar Pradesh Police, office of the Superintendent of Police of the district":
        {"fr": "Police de l'Uttar Pradesh, bureau du surintendant de police du district",
         "nl": "Politie van Uttar Pradesh, kantoor van de hoofdcommissaris van het district",
         "de": "Polizei von Uttar Pradesh, Büro des Polizeipräsidenten des Distrikts"},
    "Republic of Türkiye, Ministry of Justice, Directorate General of Criminal Records":
        {"fr": "République de Türkiye, ministère de la Justice, direction générale du casier judiciaire",
         "nl": "Republiek Türkiye, ministerie van Justitie, directoraat-generaal Strafregister",
         "de": "Republik Türkei, Justizministerium, Generaldirektion für Strafregister"},
    "Russian Federation, Ministry of Internal Affairs, information centre":
        {"fr": "Fédération de Russie, ministère de l'Intérieur, centre d'information",
         "nl": "Russische Federatie, ministerie van Binnenlandse Zaken, informatiecentrum",
         "de": "Russische Föderation, Innenministerium, Informationszentrum"},
    "Arab Republic of Egypt, Ministry of Interior, criminal evidence department":
        {"fr": "République arabe d'Égypte, ministère de l'Intérieur, direction des preuves criminelles",
         "nl": "Arabische Republiek Egypte, ministerie van Binnenlandse Zaken, dienst criminele bewijsvoering",
         "de": "Arabische Republik Ägypten, Innenministerium, Abteilung für kriminaltechnische Beweise"},
    "Italian Republic, Ministry of Justice, local criminal records office":
        {"fr": "République italienne, ministère de la Justice, bureau local du casier judiciaire",
         "nl": "Italiaanse Republiek, ministerie van Justitie, lokaal bureau van het strafregister",
         "de": "Italienische Republik, Justizministerium, örtliches Strafregisteramt"},
    "Republic of Poland, Ministry of Justice, National Criminal Register":
        {"fr": "République de Pologne, ministère de la Justice, casier judiciaire national",
         "nl": "Republiek Polen, ministerie van Justitie, nationaal strafregister",
         "de": "Republik Polen, Justizministerium, Nationales Strafregister"},
    "Public Security Bureau": {"fr": "Bureau de la sécurité publique", "nl": "Bureau voor Openbare Veiligheid",
                               "de": "Amt für öffentliche Sicherheit"},
    "Federative Republic of Brazil, Federal Police": {"fr": "République fédérative du Brésil, police fédérale",
                                                      "nl": "Federatieve Republiek Brazilië, federale politie",
                                                      "de": "Föderative Republik Brasilien, Bundespolizei"},
    "Federal University (Brazil)": {"fr": "Université fédérale (Brésil)", "nl": "Federale universiteit (Brazilië)",
                                    "de": "Bundesuniversität (Brasilien)"},
    "National University Corporation (Japan)": {"fr": "Université nationale (Japon)", "nl": "Nationale universiteit (Japan)",
                                                "de": "Nationale Universität (Japan)"},
    "Employment abroad": {"fr": "Emploi à l'étranger", "nl": "Tewerkstelling in het buitenland", "de": "Beschäftigung im Ausland"},
    "Work abroad": {"fr": "Travail à l'étranger", "nl": "Werk in het buitenland", "de": "Arbeit im Ausland"},
    "To be submitted to an official authority": {"fr": "Destiné à être remis à une autorité officielle",
                                                 "nl": "Voor te leggen aan een officiële instantie",
                                                 "de": "Zur Vorlage bei einer Behörde"},
    "Bachelor of Electrical Engineering": {"fr": "Bachelier en génie électrique", "nl": "Bachelor in de elektrotechniek",
                                           "de": "Bachelor in Elektrotechnik"},
    "Master of Engineering": {"fr": "Master en sciences de l'ingénieur", "nl": "Master in de ingenieurswetenschappen",
                              "de": "Master der Ingenieurwissenschaften"},
}

T_DOC_TITLE = {
    "criminal_record": {"fr": "Extrait de casier judiciaire / certificat de non-condamnation",
                        "nl": "Uittreksel uit het strafregister / attest van geen veroordeling",
                        "de": "Strafregisterauszug / Bescheinigung über das Nichtvorliegen von Verurteilungen"},
    "diploma": {"fr": "Diplôme", "nl": "Diploma", "de": "Hochschulurkunde"},
}
T_TITLES = {
    "fr": ("TRADUCTION JURÉE", "Traduction {src_from} vers le français", "Traduction certifiée conforme à l'original",
           "Je soussigné(e), {name}, traducteur-juré inscrit au Registre national des experts judiciaires et des traducteurs, "
           "interprètes et traducteurs-interprètes jurés sous le numéro {reg}, certifie que la présente traduction est fidèle et "
           "complète du document original rédigé en {src_in} qui m'a été présenté.", "Fait à {city}, le {date}"),
    "nl": ("BEËDIGDE VERTALING", "Vertaling uit {src_from} naar het Nederlands", "Voor getrouwe vertaling",
           "Ik, ondergetekende, {name}, beëdigd vertaler ingeschreven in het nationaal register voor gerechtsdeskundigen en beëdigd "
           "vertalers, tolken en vertalers-tolken onder nummer {reg}, verklaar dat deze vertaling getrouw en volledig is en overeenstemt "
           "met het mij voorgelegde originele document in {src_in}.", "Gedaan te {city}, op {date}"),
    "de": ("BEEIDIGTE ÜBERSETZUNG", "Übersetzung aus {src_from} ins Deutsche", "Für die Richtigkeit und Vollständigkeit der Übersetzung",
           "Ich, der/die Unterzeichnete, {name}, vereidigter Übersetzer, eingetragen im nationalen Register der Gerichtssachverständigen "
           "und der vereidigten Übersetzer, Dolmetscher und Übersetzer-Dolmetscher unter der Nummer {reg}, bestätige, dass die "
           "vorstehende Übersetzung aus {src_from} mit dem mir vorgelegten Original vollständig übereinstimmt.", "Eupen, den {date}"),
    "en": ("SWORN TRANSLATION", "Translation from {src_from} into English", "Certified true translation",
           "I, the undersigned, {name}, sworn translator registered in the Belgian national register of court experts and sworn "
           "translators, interpreters and translator-interpreters under number {reg}, certify that this translation is a true and "
           "complete rendering of the original document in {src_in} presented to me.", "Done at {city} on {date}"),
}
# The source language in each target language: (after "from": "de l'arabe" / "het Arabisch" / "dem Arabischen" / "Arabic",
# after "written in": "arabe" / "het Arabisch" / - / "Arabic")
_LN = {"ar": ("arabe", "Arabisch", "Arabischen", "Arabic"), "hi": ("hindi", "Hindi", "Hindi", "Hindi"), "tr": ("turc", "Turks", "Türkischen", "Turkish"),
       "ru": ("russe", "Russisch", "Russischen", "Russian"), "uk": ("ukrainien", "Oekraïens", "Ukrainischen", "Ukrainian"),
       "zh": ("chinois", "Chinees", "Chinesischen", "Chinese"), "ja": ("japonais", "Japans", "Japanischen", "Japanese"),
       "vi": ("vietnamien", "Vietnamees", "Vietnamesischen", "Vietnamese"), "it": ("italien", "Italiaans", "Italienischen", "Italian"),
       "ro": ("roumain", "Roemeens", "Rumänischen", "Romanian"), "pl": ("polonais", "Pools", "Polnischen", "Polish"),
       "es": ("espagnol", "Spaans", "Spanischen", "Spanish"), "pt": ("portugais", "Portugees", "Portugiesischen", "Portuguese")}
LANGUAGE_NAMES = {k: {"fr": (("de l'" if fr[0] in "aeiouh" else "du ") + fr, fr), "nl": ("het " + nl, "het " + nl),
                      "de": ("dem " + de, de), "en": (en, en)} for k, (fr, nl, de, en) in _LN.items()}
TRANSLATORS = {   # split by model: the French and German translators' layouts in dev, the Dutch and English ones in test
    "fr": ("d-be-sworn-translation-fr", "Cabinet de traduction SPECIMEN — traductrice jurée", "Bruxelles", "Claire EXEMPLE", "freesans"),
    "de": ("d-be-sworn-translation-de", "Übersetzungsbüro MUSTER — vereidigter Übersetzer", "Eupen", "Jonas MUSTERMANN", "caladea"),
    "nl": ("d-be-sworn-translation-nl", "Vertaalbureau VOORBEELD — beëdigd vertaler", "Antwerpen", "Ann VOORBEELD", "carlito"),
    "en": ("d-be-sworn-translation-en", "SPECIMEN Language Services — sworn translator", "Liège", "Marc SPECIMEN", "freeserif"),
}


def translation_pages(lang: str, src_model: DModel, facts: Facts, reg: str, when: date,
                      with_apostille_note: str = "") -> tuple[tuple[Block, ...], ...]:
    """A sworn translation of `facts` into `lang`, made in Belgium (its stamp legalises it since 1 March 2021)."""
    _mname, office, city, name, _font = TRANSLATORS[lang]
    title, sub, certified, decl, done = T_TITLES[lang]
    names = LANGUAGE_NAMES[src_model.language.split("+")[0]]
    src_from, src_in = names[lang]
    lab = T_LABELS[lang]
    rows = []
    for k, v in facts:
        if k == "result" and T_RESULT.get(src_model.doc_type, {}).get(lang):
            v = T_RESULT[src_model.doc_type][lang]
        if k == "title" and lang != "en":
            v = T_DOC_TITLE[src_model.doc_type][lang]
        v = T_VALUE.get(v, {}).get(lang, v)
        rows.append((lab.get(k, k), v))
    page1 = [
        Block("letterhead", rows=((office,), (f"{city} — Reg. {reg}",)), align="left"),
        Block("title", title, align="center"),
        Block("subtitle", sub.format(src_from=src_from), align="center"),
        Block("field", rows=tuple(rows)),
        Block("para", "[Cachet et signature de l'autorité / stempel en handtekening / Stempel und Unterschrift / seal and signature]"),
    ]
    if with_apostille_note:
        page1.append(Block("para", with_apostille_note))
    page1 += [
        Block("heading", certified),
        Block("para", decl.format(name=name, reg=reg, src_in=src_in, src_from=src_from)),
        Block("para", done.format(city=city, date=dmy(when))),
        Block("stamp", rows=((name,), ({"fr": "Traducteur juré", "nl": "Beëdigd vertaler", "de": "Vereidigter Übersetzer",
                                        "en": "Sworn translator"}[lang],), (f"Reg. n° {reg}",), ("SPECIMEN",)), align="left"),
        Block("signature", name, align="right"),
        specimen_footer(title),
    ]
    return (tuple(page1),)
