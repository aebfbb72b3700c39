"""Removal decisions (doc_types ``order_to_leave`` and ``entry_ban``), written without docscan's rules.

Models imitate the Immigration Office (Office des étrangers / Dienst Vreemdelingenzaken / Ausländeramt)
annexes to the Royal Decree of 8 October 1981: annex 13 "ordre de quitter le territoire – modèle B",
annex 13septies (order with detention for removal), a residence refusal followed by an order to leave,
and annex 13sexies (entry ban, art. 74/11). Wording is rebuilt from agii.be's pages on bijlage 13 /
13sexies / 13quinquies, the DVZ procedure guide ("Bevel om het grondgebied te verlaten", term of 30
days, 7 or 0 days), adde.be case summaries (art. 7, al. 1, 1°; 74/14 §3; 74/11 §1 al. 2) and UCLouvain's
CEDIE note (entry ban is a separate decision accessory to the order). The order mentions the entry
ban only "le cas échéant"; the entry ban refers back to the order. All persons and numbers invented.
"""

from __future__ import annotations

from datetime import date, timedelta

try:  # the content folder may be imported as a subpackage or with independent/ on sys.path
    from ..spec import Block, Context, DocSpec, Model, Person  # type: ignore
except ImportError:  # pragma: no cover
    from spec import Block, Context, DocSpec, Model, Person  # type: ignore

# --------------------------------------------------------------------------- helpers (local copy)
MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"],
}


def fdate(d: date, lang: str, style: str = "long") -> str:
    if style == "num":
        return d.strftime("%d/%m/%Y") if lang != "de" else d.strftime("%d.%m.%Y")
    m = MONTHS.get(lang, MONTHS["en"])[d.month - 1]
    if lang == "en":
        return f"{d.day} {m} {d.year}"
    if lang == "de":
        return f"{d.day}. {m} {d.year}"
    if lang == "pt":
        return f"{d.day} de {m} de {d.year}"
    return f"{d.day} {m} {d.year}"


def B(kind: str, text: str = "", rows=(), align: str = "left") -> Block:
    return Block(kind=kind, text=text, rows=tuple(tuple(r) for r in rows), align=align)  # type: ignore[arg-type]


def full(p: Person) -> str:
    return f"{p.given_names} {p.surname}"


def formal(p: Person) -> str:
    return f"{p.surname.upper()} {p.given_names}"


def nat(p: Person, lang: str) -> str:
    return p.nationality_name.get(lang) or p.nationality_name.get("en") or p.nationality


def digits(rng, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def doc_id(dtype: str, lang: str, model: str, p: Person, ctx: Context, rng) -> str:
    return f"{dtype}-{lang}-{model}-{p.surname.lower().replace(' ', '')}-{ctx.issue_date.isoformat()}-{digits(rng, 4)}"


def grad_date(p: Person, ctx: Context, rng, min_age: int = 22) -> date:
    """A graduation date after the person turned ``min_age`` and before the document date."""
    start = date(p.birth_date.year + min_age, 6, 20)
    latest = ctx.issue_date - timedelta(days=30)
    if start >= latest:
        return latest
    span = (latest - start).days
    d = start + timedelta(days=rng.randint(0, span))
    # graduations cluster in June/July/September
    month = rng.choice([6, 7, 7, 9, 9, 1])
    try:
        return date(d.year, month, rng.randint(1, 28)) if date(d.year, month, 28) < latest else d
    except ValueError:
        return d



HEAD = {
    "fr": "ROYAUME DE BELGIQUE\nSPF Intérieur – Office des étrangers\nBoulevard Pachéco 44, 1000 Bruxelles",
    "nl": "KONINKRIJK BELGIË\nFOD Binnenlandse Zaken – Dienst Vreemdelingenzaken\nPachecolaan 44, 1000 Brussel",
    "de": "KÖNIGREICH BELGIEN\nFÖD Inneres – Ausländeramt\nPachecolaan 44, 1000 Brüssel",
    "en": "KINGDOM OF BELGIUM\nFPS Home Affairs – Immigration Office\nBoulevard Pachéco 44, 1000 Brussels",
}
DELEGATE = {"fr": "Pour la Secrétaire d'État à l'Asile et la Migration, l'attaché(e) délégué(e)",
            "nl": "Voor de Staatssecretaris voor Asiel en Migratie, de gemachtigde attaché",
            "de": "Für die Staatssekretärin für Asyl und Migration, der beauftragte Attaché",
            "en": "For the State Secretary for Asylum and Migration, the delegated attaché"}


def dossier(rng) -> str:
    return f"{digits(rng, 7)}"


def ident(p: Person, lang: str) -> Block:
    k = {"fr": ("Nom", "Prénom(s)", "Date de naissance", "Lieu de naissance", "Nationalité"),
         "nl": ("Naam", "Voornaam", "Geboortedatum", "Geboorteplaats", "Nationaliteit"),
         "de": ("Name", "Vorname(n)", "Geburtsdatum", "Geburtsort", "Staatsangehörigkeit"),
         "en": ("Surname", "Given names", "Date of birth", "Place of birth", "Nationality")}[lang]
    return B("field", rows=((k[0], p.surname.upper()), (k[1], p.given_names), (k[2], fdate(p.birth_date, lang, "num")),
                            (k[3], p.birth_place), (k[4], nat(p, lang))))


MOTIFS_OQT = {
    "fr": [("Article 7, alinéa 1er, 1°", "il demeure dans le Royaume sans être porteur des documents requis par l'article 2 : l'intéressé(e) n'est pas en possession d'un passeport valable revêtu d'un visa valable."),
           ("Article 7, alinéa 1er, 2°", "il demeure dans le Royaume au-delà du délai fixé : le visa de court séjour / la durée de 90 jours est dépassé(e)."),
           ("Article 7, alinéa 1er, 8°", "il exerce une activité professionnelle salariée sans être en possession de l'autorisation requise (permis unique)."),
           ("Article 13, § 3", "l'autorisation de séjour n'a pas été renouvelée ; la carte A est expirée.")],
    "nl": [("Artikel 7, eerste lid, 1°", "hij verblijft in het Rijk zonder houder te zijn van de bij artikel 2 vereiste documenten: betrokkene is niet in het bezit van een geldig paspoort voorzien van een geldig visum."),
           ("Artikel 7, eerste lid, 2°", "hij verblijft langer in het Rijk dan de toegestane termijn: de duur van 90 dagen is overschreden."),
           ("Artikel 7, eerste lid, 8°", "hij oefent een beroepsactiviteit in ondergeschikt verband uit zonder de vereiste toelating (gecombineerde vergunning)."),
           ("Artikel 13, § 3", "de machtiging tot verblijf werd niet verlengd; de A-kaart is vervallen.")],
    "de": [("Artikel 7 Absatz 1 Nr. 1", "er hält sich im Königreich auf, ohne Inhaber der in Artikel 2 vorgeschriebenen Dokumente zu sein: der Betreffende besitzt keinen gültigen Reisepass mit gültigem Visum."),
           ("Artikel 7 Absatz 1 Nr. 2", "er hält sich länger als die erlaubte Frist im Königreich auf."),
           ("Artikel 7 Absatz 1 Nr. 8", "er übt eine Berufstätigkeit als Arbeitnehmer ohne die erforderliche Erlaubnis aus.")],
    "en": [("Article 7, first paragraph, 1°", "he/she remains in the Kingdom without the documents required by Article 2: no valid passport with a valid visa."),
           ("Article 7, first paragraph, 2°", "he/she remains in the Kingdom beyond the authorised period of 90 days.")],
}
DELAY = {
    "fr": [("30", None), ("7", "Article 74/14, § 3, 1° : il existe un risque de fuite."), ("0", "Article 74/14, § 3, 4° : le ressortissant d'un pays tiers n'a pas obtempéré dans le délai imparti à une précédente décision d'éloignement.")],
    "nl": [("30", None), ("7", "Artikel 74/14, § 3, 1°: er bestaat een risico op onderduiken."), ("0", "Artikel 74/14, § 3, 4°: de onderdaan van een derde land heeft een eerdere beslissing tot verwijdering niet binnen de toegestane termijn uitgevoerd.")],
    "de": [("30", None), ("7", "Artikel 74/14 § 3 Nr. 1: es besteht Fluchtgefahr.")],
    "en": [("30", None), ("7", "Article 74/14, §3, 1°: there is a risk of absconding.")],
}


def build_annex13(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    motif = rng.choice(MOTIFS_OQT[lang])
    delay, dmotif = rng.choice(DELAY[lang])
    ref = dossier(rng)
    T = {
        "fr": dict(an="ANNEXE 13 – MODÈLE B", title="ORDRE DE QUITTER LE TERRITOIRE",
                   inj=f"Il est enjoint à {'Madame' if p.sex == 'F' else 'Monsieur'}, qui déclare se nommer :",
                   body=f"de quitter le territoire de la Belgique, ainsi que le territoire des États qui appliquent entièrement l'acquis de Schengen, "
                        f"sauf s'il (si elle) possède les documents requis pour s'y rendre, dans les {delay} jours de la notification de la décision.",
                   mh="MOTIF DE LA DÉCISION :", mi="L'ordre de quitter le territoire est délivré en application des articles suivants de la loi du 15 décembre 1980 "
                                                    "sur l'accès au territoire, le séjour, l'établissement et l'éloignement des étrangers et sur la base des faits suivants :",
                   dh="Délai pour quitter le territoire",
                   ce="Le cas échéant, le présent ordre est assorti d'une interdiction d'entrée, notifiée par une décision distincte (annexe 13sexies). "
                      "À défaut d'obtempérer, l'intéressé(e) s'expose à être ramené(e) à la frontière et à être détenu(e) à cette fin.",
                   rec="Un recours en annulation peut être introduit auprès du Conseil du Contentieux des Étrangers dans les 30 jours de la notification (art. 39/57). "
                       "Une demande de suspension peut y être jointe.",
                   notif="ACTE DE NOTIFICATION", nt=f"Le présent ordre a été notifié à l'intéressé(e) le ____ par l'administration communale / la police. "
                                                  f"Passeport présenté : {p.passport_number if rng.random() < 0.6 else 'néant'}.",
                   place="Fait à Bruxelles, le"),
        "nl": dict(an="BIJLAGE 13 – MODEL B", title="BEVEL OM HET GRONDGEBIED TE VERLATEN",
                   inj=f"{'Mevrouw' if p.sex == 'F' else 'De heer'}, die verklaart te heten:",
                   body=f"wordt het bevel gegeven het grondgebied van België te verlaten, evenals het grondgebied van de staten die het Schengenacquis "
                        f"ten volle toepassen, tenzij hij/zij beschikt over de documenten die vereist zijn om er zich naar toe te begeven, binnen {delay} dagen na de kennisgeving.",
                   mh="REDEN VAN DE BESLISSING:", mi="Het bevel om het grondgebied te verlaten wordt afgegeven in toepassing van de volgende artikelen van de wet van 15 december 1980 "
                                                     "betreffende de toegang tot het grondgebied, het verblijf, de vestiging en de verwijdering van vreemdelingen en op grond van volgende feiten:",
                   dh="Termijn om het grondgebied te verlaten",
                   ce="In voorkomend geval gaat dit bevel gepaard met een inreisverbod dat bij afzonderlijke beslissing (bijlage 13sexies) ter kennis wordt gebracht. "
                      "Bij gebrek aan uitvoering kan betrokkene naar de grens worden teruggeleid en daartoe worden vastgehouden.",
                   rec="Tegen deze beslissing kan binnen 30 dagen na de kennisgeving een beroep tot nietigverklaring worden ingesteld bij de Raad voor Vreemdelingenbetwistingen.",
                   notif="AKTE VAN KENNISGEVING", nt=f"Dit bevel werd op ____ ter kennis gebracht door het gemeentebestuur / de politie. Voorgelegd paspoort: {p.passport_number}.",
                   place="Brussel,"),
        "de": dict(an="ANLAGE 13 – MUSTER B", title="ANWEISUNG, DAS STAATSGEBIET ZU VERLASSEN",
                   inj=f"{'Frau' if p.sex == 'F' else 'Herr'}, der/die erklärt, wie folgt zu heißen:",
                   body=f"wird angewiesen, das Staatsgebiet Belgiens sowie das Staatsgebiet der Staaten, die den Schengen-Besitzstand vollständig anwenden, "
                        f"binnen {delay} Tagen nach Notifizierung zu verlassen, es sei denn, er/sie besitzt die für die Einreise dorthin erforderlichen Dokumente.",
                   mh="GRUND DES BESCHLUSSES:", mi="Die Anweisung wird in Anwendung folgender Artikel des Gesetzes vom 15. Dezember 1980 über die Einreise ins Staatsgebiet, "
                                                   "den Aufenthalt, die Niederlassung und das Entfernen von Ausländern und aufgrund folgender Fakten erteilt:",
                   dh="Frist zum Verlassen des Staatsgebiets",
                   ce="Gegebenenfalls geht diese Anweisung mit einem Einreiseverbot einher, das durch einen gesonderten Beschluss (Anlage 13sexies) notifiziert wird.",
                   rec="Gegen diesen Beschluss kann binnen 30 Tagen nach Notifizierung eine Nichtigkeitsklage beim Rat für Ausländerstreitsachen eingereicht werden.",
                   notif="NOTIFIZIERUNGSURKUNDE", nt=f"Notifiziert am ____ durch die Gemeindeverwaltung Eupen. Vorgelegter Reisepass: {p.passport_number}.",
                   place="Brüssel, den"),
    }[lang]
    d_text = f"{delay} " + {"fr": "jours", "nl": "dagen", "de": "Tage"}[lang]
    if delay == "0":
        d_text = {"fr": "sans délai (0 jour)", "nl": "onmiddellijk (0 dagen)", "de": "unverzüglich (0 Tage)"}[lang]
        T["body"] = T["body"].replace("dans les 0 jours de la notification de la décision", "sans délai").replace("binnen 0 dagen na de kennisgeving", "onmiddellijk")
    pg1 = (
        B("letterhead", HEAD[lang]),
        B("subtitle", T["an"], align="right"),
        B("field", rows=(({"fr": "Réf.", "nl": "Ref.", "de": "Az."}[lang], f"{ref}"),)),
        B("title", T["title"], align="center"),
        B("para", T["inj"]),
        ident(p, lang),
        B("para", T["body"]),
        B("heading", T["mh"]),
        B("para", T["mi"]),
        B("list", rows=((f"{motif[0]} : {motif[1]}",),)),
        B("field", rows=((T["dh"], d_text),)),
    ) + ((B("para", dmotif),) if dmotif else ()) + (
        B("para", T["ce"]),
        B("para", f"{T['place']} {fdate(ctx.issue_date, lang)}"),
        B("signature", DELEGATE[lang]),
        B("stamp", "OFFICE DES ÉTRANGERS\nDIENST VREEMDELINGENZAKEN\nSPECIMEN"),
    )
    pg2 = (
        B("heading", T["notif"]),
        B("para", T["nt"]),
        B("para", T["rec"]),
        B("signature", {"fr": "Signature de l'intéressé(e)", "nl": "Handtekening van betrokkene", "de": "Unterschrift des Betreffenden"}[lang]),
        B("signature", {"fr": "Le fonctionnaire notifiant", "nl": "De ambtenaar die de kennisgeving doet", "de": "Der notifizierende Beamte"}[lang]),
        B("footer", "SPECIMEN – document fictif / fictief document / fiktives Dokument"),
    )
    return DocSpec(doc_id=doc_id("order_to_leave", lang, "annex13", p, ctx, rng), doc_type="order_to_leave", language=lang,
                   model="Annex 13 'ordre de quitter le territoire – modèle B' (RD 8 Oct 1981) with notification act (agii.be bijlage 13)",
                   pages=(pg1, pg2), issue_date=ctx.issue_date)


def build_annex13septies(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    ref = dossier(rng)
    centre = rng.choice(["Centre fermé SPECIMEN de Vottem", "Centre de transit SPECIMEN Caricole", "Centre fermé SPECIMEN de Merksplas"])
    T = {
        "fr": ("ANNEXE 13septies", "ORDRE DE QUITTER LE TERRITOIRE AVEC MAINTIEN EN VUE D'ÉLOIGNEMENT",
               "ORDRE DE QUITTER LE TERRITOIRE", "Il est enjoint à l'intéressé(e) de quitter le territoire de la Belgique ainsi que le territoire des États Schengen, sans délai.",
               "Article 7, alinéa 1er, 1° et Article 74/14, § 3, 1° de la loi du 15 décembre 1980 : il existe un risque de fuite ; l'intéressé(e) n'a pas de passeport valable ni d'adresse officielle.",
               "RECONDUITE À LA FRONTIÈRE", "En application de l'article 7, alinéa 2, il est nécessaire de faire ramener sans délai l'intéressé(e) à la frontière, à l'exception des frontières des États Schengen.",
               "MAINTIEN", f"En application de l'article 7, alinéa 3, l'intéressé(e) doit être détenu(e) à cette fin ; il/elle est transféré(e) au {centre}.",
               "Le cas échéant, une interdiction d'entrée est notifiée par décision séparée (annexe 13sexies). Recours : Conseil du Contentieux des Étrangers, 10 jours (extrême urgence) / 30 jours ; contre la détention : chambre du conseil du tribunal correctionnel."),
        "nl": ("BIJLAGE 13septies", "BEVEL OM HET GRONDGEBIED TE VERLATEN MET VASTHOUDING MET HET OOG OP VERWIJDERING",
               "BEVEL OM HET GRONDGEBIED TE VERLATEN", "Betrokkene krijgt het bevel het grondgebied van België en de Schengenstaten onmiddellijk te verlaten.",
               "Artikel 7, eerste lid, 1° en artikel 74/14, § 3, 1° van de wet van 15 december 1980: er bestaat een risico op onderduiken; betrokkene heeft geen geldig paspoort.",
               "TERUGLEIDING NAAR DE GRENS", "In toepassing van artikel 7, tweede lid, is het noodzakelijk betrokkene zonder verwijl naar de grens terug te leiden.",
               "VASTHOUDING", f"In toepassing van artikel 7, derde lid, moet betrokkene daartoe worden vastgehouden in het {centre.replace('Centre fermé', 'gesloten centrum').replace('Centre de transit', 'transitcentrum')}.",
               "In voorkomend geval wordt een inreisverbod bij afzonderlijke beslissing (bijlage 13sexies) betekend. Beroep bij de Raad voor Vreemdelingenbetwistingen; tegen de vasthouding: raadkamer."),
        "de": ("ANLAGE 13septies", "ANWEISUNG, DAS STAATSGEBIET ZU VERLASSEN, MIT FESTHALTUNG IM HINBLICK AUF ENTFERNUNG",
               "ANWEISUNG, DAS STAATSGEBIET ZU VERLASSEN", "Der Betreffende wird angewiesen, das Staatsgebiet Belgiens und der Schengen-Staaten unverzüglich zu verlassen.",
               "Artikel 7 Absatz 1 Nr. 1 und Artikel 74/14 § 3 Nr. 1 des Gesetzes vom 15. Dezember 1980: es besteht Fluchtgefahr.",
               "ZURÜCKFÜHRUNG ZUR GRENZE", "In Anwendung von Artikel 7 Absatz 2 ist der Betreffende unverzüglich zur Grenze zurückzuführen.",
               "FESTHALTUNG", f"In Anwendung von Artikel 7 Absatz 3 wird der Betreffende zu diesem Zweck festgehalten ({centre}).",
               "Gegebenenfalls wird ein Einreiseverbot durch gesonderten Beschluss (Anlage 13sexies) notifiziert."),
    }[lang]
    pg1 = (
        B("letterhead", HEAD[lang]),
        B("subtitle", T[0]),
        B("title", T[1]),
        ident(p, lang),
        B("heading", T[2]), B("para", T[3]), B("para", T[4]),
        B("heading", T[5]), B("para", T[6]),
        B("heading", T[7]), B("para", T[8]),
        B("para", T[9]),
        B("field", rows=(("Dossier", ref), ("Date / Datum", fdate(ctx.issue_date, lang, "num")))),
        B("signature", DELEGATE[lang]),
        B("footer", "SPECIMEN"),
    )
    return DocSpec(doc_id=doc_id("order_to_leave", lang, "annex13septies", p, ctx, rng), doc_type="order_to_leave", language=lang,
                   model="Annex 13septies order to leave with detention for removal (adde.be summaries; art. 7 al. 1-3, 74/14 §3)",
                   pages=(pg1,), issue_date=ctx.issue_date)


def build_refusal_with_order(p: Person, ctx: Context, lang: str) -> DocSpec:
    """Residence refusal letter (page 1) followed by the order to leave (page 2)."""
    rng = ctx.rng
    ref = dossier(rng)
    if lang == "fr":
        pg1 = (
            B("letterhead", HEAD["fr"] + f"\nDirection Accès et Séjour – Bureau Séjour limité\nN° de dossier : {ref}"),
            B("para", f"À l'attention du Bourgmestre de la commune de {rng.choice(['Schaerbeek', 'Liège', 'Anderlecht', 'Namur'])}"),
            B("title", "DÉCISION DE REFUS DE PROLONGATION DU SÉJOUR"),
            B("para", f"L'autorisation de séjour de {'Madame' if p.sex == 'F' else 'Monsieur'} {formal(p)}, de nationalité {nat(p, 'fr')}, "
                      f"titulaire du passeport n° {p.passport_number}, n'est pas prolongée. Motif : l'intéressé(e) ne produit pas de "
                      f"nouvelle autorisation de travail ni de permis unique valable ; le contrat de travail a pris fin."),
            B("para", "En conséquence, la commune est invitée à retirer le titre de séjour (carte A) et à notifier à l'intéressé(e) "
                      "l'ordre de quitter le territoire ci-joint."),
            B("signature", DELEGATE["fr"]),
        )
        pg2 = (
            B("heading", "Annexe 13 – ORDRE DE QUITTER LE TERRITOIRE"),
            B("para", f"Il est enjoint à {formal(p)}, né(e) le {fdate(p.birth_date, 'fr', 'num')}, de quitter le territoire de la Belgique "
                      f"et des États Schengen dans les 30 jours de la notification. Base légale : article 13, § 3, et article 7 de la loi du 15 décembre 1980."),
            B("para", "Le cas échéant, une interdiction d'entrée peut être imposée ultérieurement si l'ordre n'est pas exécuté. Recours : CCE, 30 jours."),
            B("signature", "Le Bourgmestre ou son délégué – notification"),
            B("footer", "SPECIMEN"),
        )
    else:
        pg1 = (
            B("letterhead", HEAD["nl"] + f"\nDirectie Toegang en Verblijf – Bureau Beperkt Verblijf\nDossiernummer: {ref}"),
            B("para", f"Aan de burgemeester van de gemeente {rng.choice(['Antwerpen', 'Gent', 'Leuven', 'Genk'])}"),
            B("title", "BESLISSING TOT WEIGERING VAN VERLENGING VAN HET VERBLIJF"),
            B("para", f"De machtiging tot verblijf van {formal(p)}, nationaliteit {nat(p, 'nl')}, paspoort nr. {p.passport_number}, "
                      "wordt niet verlengd: betrokkene legt geen geldige gecombineerde vergunning voor; de arbeidsovereenkomst is beëindigd."),
            B("para", "Het gemeentebestuur wordt verzocht de A-kaart in te trekken en betrokkene het bijgevoegde bevel ter kennis te brengen."),
            B("signature", DELEGATE["nl"]),
        )
        pg2 = (
            B("heading", "Bijlage 13 – BEVEL OM HET GRONDGEBIED TE VERLATEN"),
            B("para", f"Aan {formal(p)}, geboren op {fdate(p.birth_date, 'nl', 'num')}, wordt het bevel gegeven het grondgebied binnen 30 dagen te verlaten "
                      "(artikel 13, § 3 en artikel 7 van de wet van 15 december 1980)."),
            B("para", "In voorkomend geval kan later een inreisverbod worden opgelegd. Beroep: Raad voor Vreemdelingenbetwistingen, 30 dagen."),
            B("signature", "De burgemeester of zijn gemachtigde – kennisgeving"),
            B("footer", "SPECIMEN"),
        )
    return DocSpec(doc_id=doc_id("order_to_leave", lang, "refusal-order", p, ctx, rng), doc_type="order_to_leave", language=lang,
                   model="Immigration Office refusal to extend limited stay, with annex 13 order to leave attached (13bis-style combined decision)",
                   pages=(pg1, pg2), issue_date=ctx.issue_date)


def build_translated_notice(p: Person, ctx: Context, lang: str) -> DocSpec:
    """Police/commune notification of an order to leave with a translation of its key elements (English)."""
    rng = ctx.rng
    delay = rng.choice(["30", "7"])
    blocks = (
        B("letterhead", "Police locale / Lokale politie – Zone SPECIMEN\nService Étrangers"),
        B("title", "ORDER TO LEAVE THE TERRITORY"),
        B("subtitle", "Translation of the main elements of the decision (annex 13) – right to translation, art. 74/13 / Directive 2008/115/EC"),
        ident(p, "en"),
        B("para", f"You are ordered to leave the territory of Belgium and of the States applying the Schengen acquis in full within {delay} days of "
                  "notification, unless you hold the documents required to go there."),
        B("para", "Legal basis: Article 7, first paragraph, 1° of the Law of 15 December 1980 – you stay without a valid passport and visa."),
        B("para", "Where applicable, an entry ban may be imposed by a separate decision. You may lodge an appeal with the Council for Alien Law "
                  "Litigation within 30 days. For voluntary return assistance you may contact the return counsellor of the Immigration Office."),
        B("field", rows=(("Passport", p.passport_number), ("Notified on", fdate(ctx.issue_date, "en")))),
        B("signature", "Notifying officer"),
        B("footer", "SPECIMEN – informative translation; only the French/Dutch/German decision is authentic."),
    )
    return DocSpec(doc_id=doc_id("order_to_leave", "en", "translated-notice", p, ctx, rng), doc_type="order_to_leave", language="en",
                   model="English informative translation of an annex 13 order to leave handed over at notification",
                   pages=(blocks,), issue_date=ctx.issue_date)


def build_annex13_checkbox(p: Person, ctx: Context, lang: str) -> DocSpec:
    """Older printed annex 13 with pre-printed grounds of article 7 to tick, and a box for the term."""
    rng = ctx.rng
    picks = set(rng.sample(range(4), rng.choice([1, 2])))
    delay = rng.choice(["30", "30", "7"])
    T = {
        "fr": ("ANNEXE 13", "ORDRE DE QUITTER LE TERRITOIRE",
               f"En exécution de la décision du délégué de la Secrétaire d'État à l'Asile et la Migration, il est enjoint à l'intéressé(e) désigné(e) ci-dessous de quitter le territoire du Royaume et des États Schengen dans les {delay} jours, au motif que (art. 7 de la loi du 15 décembre 1980) :",
               ["1° il demeure dans le Royaume sans être porteur des documents requis (passeport, visa) ;", "2° il demeure dans le Royaume au-delà du délai fixé ;",
                "3° il est considéré comme pouvant compromettre l'ordre public ;", "8° il exerce une activité professionnelle sans autorisation."],
               "Le cas échéant, une interdiction d'entrée fera l'objet d'une décision séparée.", "Délai accordé", "jours"),
        "nl": ("BIJLAGE 13", "BEVEL OM HET GRONDGEBIED TE VERLATEN",
               f"In uitvoering van de beslissing van de gemachtigde van de Staatssecretaris voor Asiel en Migratie wordt aan de hierna vermelde persoon bevel gegeven het grondgebied van het Rijk en de Schengenstaten te verlaten binnen {delay} dagen, omdat (art. 7 van de wet van 15 december 1980):",
               ["1° hij in het Rijk verblijft zonder houder te zijn van de vereiste documenten (paspoort, visum);", "2° hij langer in het Rijk verblijft dan de toegestane termijn;",
                "3° hij door zijn gedrag geacht wordt de openbare orde te kunnen schaden;", "8° hij een beroepsactiviteit uitoefent zonder de vereiste toelating."],
               "In voorkomend geval maakt een inreisverbod het voorwerp uit van een afzonderlijke beslissing.", "Toegestane termijn", "dagen"),
        "de": ("ANLAGE 13", "ANWEISUNG, DAS STAATSGEBIET ZU VERLASSEN",
               f"In Ausführung des Beschlusses des Beauftragten der Staatssekretärin für Asyl und Migration wird die nachstehend genannte Person angewiesen, das Staatsgebiet des Königreichs und der Schengen-Staaten binnen {delay} Tagen zu verlassen, weil (Art. 7 des Gesetzes vom 15. Dezember 1980):",
               ["1. sie sich ohne die erforderlichen Dokumente (Reisepass, Visum) im Königreich aufhält;", "2. sie sich länger als die erlaubte Frist im Königreich aufhält;",
                "3. sie als Gefahr für die öffentliche Ordnung betrachtet wird;", "8. sie ohne Erlaubnis eine Berufstätigkeit ausübt."],
               "Gegebenenfalls ist ein Einreiseverbot Gegenstand eines gesonderten Beschlusses.", "Gewährte Frist", "Tage"),
    }[lang]
    pg = (
        B("letterhead", HEAD[lang]),
        B("subtitle", T[0], align="left"),
        B("title", T[1], align="center"),
        ident(p, lang),
        B("para", T[2]),
        B("checkbox", rows=tuple(("[x]" if i in picks else "[ ]", g) for i, g in enumerate(T[3]))),
        B("field", rows=((T[5], f"{delay} {T[6]}"), ("Passeport / Paspoort / Reisepass" if rng.random() < 0.3 else {"fr": "Passeport", "nl": "Paspoort", "de": "Reisepass"}[lang], p.passport_number))),
        B("para", T[4]),
        B("para", fdate(ctx.issue_date, lang, "num")),
        B("signature", DELEGATE[lang]),
        B("footer", "SPECIMEN"),
    )
    return DocSpec(doc_id=doc_id("order_to_leave", lang, "annex13-checkbox", p, ctx, rng), doc_type="order_to_leave", language=lang,
                   model="Older printed annex 13 form with tick-box grounds of article 7",
                   pages=(pg,), issue_date=ctx.issue_date)


# ============================================================================ entry bans
def build_annex13sexies(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    years = rng.choice([2, 3, 3])
    oqt_date = ctx.issue_date - timedelta(days=rng.choice([0, 0, 14, 60]))
    ref = dossier(rng)
    T = {
        "fr": dict(an="ANNEXE 13sexies", title="INTERDICTION D'ENTRÉE",
                   b1=f"Une interdiction d'entrée d'une durée de {years} ans est imposée à {'Madame' if p.sex == 'F' else 'Monsieur'} :",
                   b2="sur le territoire belge ainsi que sur le territoire des États qui appliquent entièrement l'acquis de Schengen, sauf s'il (si elle) possède les documents requis pour s'y rendre.",
                   b3=f"La décision d'éloignement (ordre de quitter le territoire, annexe 13) du {fdate(oqt_date, 'fr')} est assortie de cette interdiction d'entrée.",
                   mh="MOTIF DE LA DÉCISION :",
                   m="L'interdiction d'entrée est délivrée en application de l'article 74/11, § 1er, alinéa 2, de la loi du 15 décembre 1980 : "
                     + rng.choice(["1° aucun délai n'est accordé pour le départ volontaire ;", "2° l'obligation de retour n'a pas été remplie ;"]),
                   dur=f"La durée de {years} ans est justifiée au regard de l'ensemble des circonstances : l'intéressé(e) a déjà fait l'objet d'un ordre de quitter le territoire, "
                       "ne démontre pas de vie familiale en Belgique et a travaillé sans permis unique.",
                   lev="L'intéressé(e) peut demander la levée ou la suspension de l'interdiction d'entrée conformément à l'article 74/12, auprès du poste diplomatique ou consulaire belge compétent pour son lieu de séjour à l'étranger.",
                   rec="Recours en annulation auprès du Conseil du Contentieux des Étrangers dans les 30 jours de la notification.",
                   place="Bruxelles, le"),
        "nl": dict(an="BIJLAGE 13sexies", title="INREISVERBOD",
                   b1=f"Aan {'mevrouw' if p.sex == 'F' else 'de heer'}:",
                   b2=f"wordt een inreisverbod van {years} jaar opgelegd voor het grondgebied van België en van de staten die het Schengenacquis ten volle toepassen, tenzij hij/zij beschikt over de vereiste documenten.",
                   b3=f"De beslissing tot verwijdering (bevel om het grondgebied te verlaten, bijlage 13) van {fdate(oqt_date, 'nl')} gaat gepaard met dit inreisverbod.",
                   mh="REDEN VAN DE BESLISSING:",
                   m="Het inreisverbod wordt afgegeven in toepassing van artikel 74/11, § 1, tweede lid, van de wet van 15 december 1980: "
                     + rng.choice(["1° voor het vrijwillig vertrek is geen enkele termijn toegestaan;", "2° een vroegere beslissing tot verwijdering werd niet uitgevoerd;"]),
                   dur=f"De duur van {years} jaar is proportioneel: betrokkene gaf geen gevolg aan een eerder bevel en heeft geen gezinsleven in België aangetoond.",
                   lev="Betrokkene kan de opheffing of de opschorting van het inreisverbod aanvragen overeenkomstig artikel 74/12, bij de Belgische diplomatieke of consulaire post in het buitenland.",
                   rec="Beroep tot nietigverklaring bij de Raad voor Vreemdelingenbetwistingen binnen 30 dagen na de kennisgeving.",
                   place="Brussel,"),
        "de": dict(an="ANLAGE 13sexies", title="EINREISEVERBOT",
                   b1=f"{'Frau' if p.sex == 'F' else 'Herrn'}:",
                   b2=f"wird ein Einreiseverbot von {years} Jahren für das Staatsgebiet Belgiens und der Staaten, die den Schengen-Besitzstand vollständig anwenden, auferlegt.",
                   b3=f"Der Entfernungsbeschluss (Anweisung, das Staatsgebiet zu verlassen, Anlage 13) vom {fdate(oqt_date, 'de')} geht mit diesem Einreiseverbot einher.",
                   mh="GRUND DES BESCHLUSSES:",
                   m="Das Einreiseverbot wird in Anwendung von Artikel 74/11 § 1 Absatz 2 des Gesetzes vom 15. Dezember 1980 erteilt: der Rückkehrverpflichtung wurde nicht nachgekommen.",
                   dur=f"Die Dauer von {years} Jahren ist verhältnismäßig.",
                   lev="Der Betreffende kann gemäß Artikel 74/12 die Aufhebung oder Aussetzung des Einreiseverbots bei der belgischen diplomatischen oder konsularischen Vertretung beantragen.",
                   rec="Nichtigkeitsklage beim Rat für Ausländerstreitsachen binnen 30 Tagen.",
                   place="Brüssel, den"),
    }[lang]
    end = ctx.issue_date + timedelta(days=365 * years)
    pg1 = (
        B("letterhead", HEAD[lang]),
        B("subtitle", T["an"], align="right"),
        B("field", rows=(("Dossier", ref),)),
        B("title", T["title"], align="center"),
        B("para", T["b1"]),
        ident(p, lang),
        B("para", T["b2"]),
        B("para", T["b3"]),
        B("heading", T["mh"]),
        B("para", T["m"]),
        B("para", T["dur"]),
        B("para", T["lev"]),
        B("para", T["rec"]),
        B("para", f"{T['place']} {fdate(ctx.issue_date, lang)}"),
        B("signature", DELEGATE[lang]),
        B("footer", "SPECIMEN"),
    )
    return DocSpec(doc_id=doc_id("entry_ban", lang, "annex13sexies", p, ctx, rng), doc_type="entry_ban", language=lang,
                   model="Annex 13sexies entry ban (art. 74/11 §1 al. 2; lifting art. 74/12), referring to the annex 13 order (agii.be inreisverbod)",
                   pages=(pg1,), issue_date=ctx.issue_date, expiry_date=end)


def build_entry_ban_public_order(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    years = rng.choice([6, 8, 10])
    ref = dossier(rng)
    if lang == "fr":
        body = (f"En application de l'article 74/11, § 1er, alinéa 4, de la loi du 15 décembre 1980, une interdiction d'entrée de {years} ans "
                f"est imposée à {formal(p)}, l'intéressé(e) constituant une menace grave pour l'ordre public. Cette interdiction accompagne "
                f"l'ordre de quitter le territoire avec maintien (annexe 13septies) notifié le même jour.")
        t, s = "INTERDICTION D'ENTRÉE", "Annexe 13sexies – ordre public / sécurité nationale"
    else:
        body = (f"In toepassing van artikel 74/11, § 1, vierde lid, van de wet van 15 december 1980 wordt aan {formal(p)} een inreisverbod van {years} jaar "
                "opgelegd omdat betrokkene een ernstige bedreiging vormt voor de openbare orde. Dit inreisverbod vergezelt het bevel om het grondgebied te "
                "verlaten met vasthouding (bijlage 13septies) dat dezelfde dag werd betekend.")
        t, s = "INREISVERBOD", "Bijlage 13sexies – openbare orde / nationale veiligheid"
    blocks = (
        B("letterhead", HEAD[lang]),
        B("title", t),
        B("subtitle", s),
        ident(p, lang),
        B("para", body),
        B("para", {"fr": "Motivation : condamnation définitive à une peine d'emprisonnement ; absence de liens familiaux en Belgique (art. 8 CEDH examiné).",
                   "nl": "Motivering: definitieve veroordeling tot een gevangenisstraf; geen gezinsbanden in België (art. 8 EVRM onderzocht)."}[lang]),
        B("field", rows=(("Dossier", ref), ("Date / Datum", fdate(ctx.issue_date, lang, "num")),
                         ("Durée / Duur", f"{years} ans" if lang == "fr" else f"{years} jaar"))),
        B("signature", DELEGATE[lang]),
        B("footer", "SPECIMEN"),
    )
    return DocSpec(doc_id=doc_id("entry_ban", lang, "public-order", p, ctx, rng), doc_type="entry_ban", language=lang,
                   model="Annex 13sexies entry ban longer than 5 years for public-order reasons (art. 74/11 §1 al. 4)",
                   pages=(blocks,), issue_date=ctx.issue_date, expiry_date=ctx.issue_date + timedelta(days=365 * years))


def build_entry_ban_with_notification(p: Person, ctx: Context, lang: str) -> DocSpec:
    rng = ctx.rng
    years = rng.choice([1, 2, 3])
    T = {"en": ("ENTRY BAN", "Annex 13sexies – informative translation",
                f"An entry ban of {years} year(s) is imposed on you for the territory of Belgium and the Schengen States. It accompanies the order to leave the "
                "territory notified to you earlier. Legal basis: Article 74/11 of the Law of 15 December 1980.",
                "You may request the lifting or suspension of the entry ban (Article 74/12) from abroad, through the Belgian embassy or consulate. "
                "For professional reasons this is possible once two thirds of the ban have elapsed.", "NOTIFICATION"),
         "fr": ("INTERDICTION D'ENTRÉE", "Annexe 13sexies",
                f"Une interdiction d'entrée de {years} an(s) vous est imposée. Elle accompagne l'ordre de quitter le territoire qui vous a été notifié. Base : article 74/11 de la loi du 15 décembre 1980.",
                "Levée ou suspension : article 74/12, demande à introduire depuis l'étranger auprès du poste diplomatique belge.", "ACTE DE NOTIFICATION"),
         "nl": ("INREISVERBOD", "Bijlage 13sexies",
                f"U wordt een inreisverbod van {years} jaar opgelegd. Het gaat gepaard met het bevel om het grondgebied te verlaten dat u eerder werd betekend. Grondslag: artikel 74/11.",
                "Opheffing of opschorting: artikel 74/12, aan te vragen vanuit het buitenland bij de Belgische diplomatieke post.", "AKTE VAN KENNISGEVING"),
         "de": ("EINREISEVERBOT", "Anlage 13sexies",
                f"Gegen Sie wird ein Einreiseverbot von {years} Jahr(en) verhängt. Es begleitet die Ihnen notifizierte Anweisung, das Staatsgebiet zu verlassen. Grundlage: Artikel 74/11.",
                "Aufhebung oder Aussetzung: Artikel 74/12, Antrag vom Ausland aus bei der belgischen Vertretung.", "NOTIFIZIERUNGSURKUNDE")}[lang]
    pg1 = (
        B("letterhead", HEAD[lang]),
        B("title", T[0], align="center"),
        B("subtitle", T[1], align="center"),
        ident(p, lang),
        B("para", T[2]),
        B("para", T[3]),
        B("signature", DELEGATE[lang]),
    )
    pg2 = (
        B("heading", T[4]),
        B("field", rows=(("Date", fdate(ctx.issue_date, lang, "num")), ("Passport / Passeport / Paspoort / Reisepass", p.passport_number))),
        B("signature", "Signature / Handtekening / Unterschrift"),
        B("footer", "SPECIMEN"),
    )
    return DocSpec(doc_id=doc_id("entry_ban", lang, "with-notification", p, ctx, rng), doc_type="entry_ban", language=lang,
                   model="Annex 13sexies with separate notification page; EN informative translation (dofi.ibz.be entry-ban page)",
                   pages=(pg1, pg2), issue_date=ctx.issue_date, expiry_date=ctx.issue_date + timedelta(days=365 * years))


def build_annex13sexies_checkbox(p: Person, ctx: Context, lang: str) -> DocSpec:
    """Form-style annex 13sexies: the grounds and duration are ticked boxes, as on the printed model."""
    rng = ctx.rng
    years = rng.choice([1, 2, 3, 3])
    g = rng.randint(0, 1)
    oqt = ctx.issue_date - timedelta(days=rng.choice([0, 0, 3, 30]))
    T = {
        "fr": ("Annexe 13sexies", "INTERDICTION D'ENTRÉE",
               f"Une interdiction d'entrée d'une durée de {years} ans est imposée à l'intéressé(e), qui déclare se nommer :",
               "sur le territoire belge ainsi que sur le territoire des États qui appliquent entièrement l'acquis de Schengen.",
               f"La décision d'éloignement du {fdate(oqt, 'fr', 'num')} est assortie de cette interdiction d'entrée.",
               "En vertu de l'article 74/11, § 1er, alinéa 2, de la loi du 15 décembre 1980, la décision d'éloignement est assortie d'une interdiction d'entrée, parce que :",
               ("1° aucun délai n'est accordé pour le départ volontaire ou ;", "2° l'obligation de retour n'a pas été remplie."),
               "Durée :", ("un an", "deux ans", "trois ans"),
               "Article 74/12 : levée ou suspension possible ; la demande est introduite auprès du poste diplomatique ou consulaire belge compétent."),
        "nl": ("Bijlage 13sexies", "INREISVERBOD",
               "Aan betrokkene, die verklaart te heten:",
               f"wordt een inreisverbod voor {years} jaar opgelegd voor het grondgebied van België en de staten die het Schengenacquis ten volle toepassen.",
               f"De beslissing tot verwijdering van {fdate(oqt, 'nl', 'num')} gaat gepaard met dit inreisverbod.",
               "Krachtens artikel 74/11, § 1, tweede lid, van de wet van 15 december 1980 gaat de beslissing tot verwijdering gepaard met een inreisverbod, omdat:",
               ("1° voor het vrijwillig vertrek geen enkele termijn is toegestaan of;", "2° een vroegere beslissing tot verwijdering niet uitgevoerd werd."),
               "Duur:", ("één jaar", "twee jaar", "drie jaar"),
               "Artikel 74/12: opheffing of opschorting mogelijk via de Belgische diplomatieke of consulaire post."),
        "de": ("Anlage 13sexies", "EINREISEVERBOT",
               "Dem Betreffenden, der erklärt, wie folgt zu heißen:",
               f"wird ein Einreiseverbot von {years} Jahren für das Staatsgebiet Belgiens und der Schengen-Staaten auferlegt.",
               f"Der Entfernungsbeschluss vom {fdate(oqt, 'de', 'num')} geht mit diesem Einreiseverbot einher.",
               "Gemäß Artikel 74/11 § 1 Absatz 2 des Gesetzes vom 15. Dezember 1980 geht der Entfernungsbeschluss mit einem Einreiseverbot einher, weil:",
               ("1. keine Frist für die freiwillige Ausreise eingeräumt wird oder", "2. der Rückkehrverpflichtung nicht nachgekommen wurde."),
               "Dauer:", ("ein Jahr", "zwei Jahre", "drei Jahre"),
               "Artikel 74/12: Aufhebung oder Aussetzung über die belgische diplomatische oder konsularische Vertretung."),
    }[lang]
    pg = (
        B("letterhead", HEAD[lang]),
        B("subtitle", T[0], align="right"),
        B("title", T[1], align="center"),
        B("para", T[2]),
        ident(p, lang),
        B("para", T[3]),
        B("para", T[4]),
        B("para", T[5]),
        B("checkbox", rows=(("[x]" if g == 0 else "[ ]", T[6][0]), ("[x]" if g == 1 else "[ ]", T[6][1]))),
        B("para", T[7]),
        B("checkbox", rows=tuple(("[x]" if i + 1 == years else "[ ]", lab) for i, lab in enumerate(T[8]))),
        B("para", T[9]),
        B("field", rows=(("Dossier", dossier(rng)), ("Date / Datum", fdate(ctx.issue_date, lang, "num")))),
        B("signature", DELEGATE[lang]),
        B("footer", "SPECIMEN"),
    )
    return DocSpec(doc_id=doc_id("entry_ban", lang, "annex13sexies-checkbox", p, ctx, rng), doc_type="entry_ban", language=lang,
                   model="Printed annex 13sexies form with ticked grounds (74/11 §1 al. 2, 1° or 2°) and duration boxes",
                   pages=(pg,), issue_date=ctx.issue_date, expiry_date=ctx.issue_date + timedelta(days=365 * years))


MODELS: list[Model] = [
    Model("annex13-order-to-leave-model-b", "order_to_leave", ("fr", "nl", "de"), build_annex13),
    Model("annex13-tickbox-form", "order_to_leave", ("fr", "nl", "de"), build_annex13_checkbox),
    Model("annex13septies-order-with-detention", "order_to_leave", ("fr", "nl", "de"), build_annex13septies),
    Model("residence-refusal-with-annex13", "order_to_leave", ("fr", "nl"), build_refusal_with_order),
    Model("annex13-english-translation-notice", "order_to_leave", ("en",), build_translated_notice),
    Model("annex13sexies-entry-ban", "entry_ban", ("fr", "nl", "de"), build_annex13sexies),
    Model("annex13sexies-public-order", "entry_ban", ("fr", "nl"), build_entry_ban_public_order),
    Model("annex13sexies-checkbox-form", "entry_ban", ("fr", "nl", "de"), build_annex13sexies_checkbox),
    Model("annex13sexies-with-notification", "entry_ban", ("en", "fr", "nl", "de"), build_entry_ban_with_notification),
]
