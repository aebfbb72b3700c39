"""Corpus C: entry bans (annex 13sexies, doc type entry_ban) and orders to leave (annex 13,
order_to_leave) with and without an entry-ban mention, written without docscan's rules.

Facts: the entry ban is a separate decision under article 74/11 of the law of 15 December 1980 that
accompanies an order to leave (annex 13); its duration is stated in years (up to 5 years, more for a
threat to public order or national security: we use 1 to 8); it runs from the notification; a
lifting or suspension may be requested under article 74/12 from abroad, in principle once two
thirds of the duration have passed. The duration is written in figures and in words ("trois ans",
"drie jaar", "drei Jahre", "three years"). The truth (`Ban`: notification date and years) is chosen
by generate.py and written to entry_bans.csv. Not in `MODELS` (see c_salary).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from spec import Context, DocSpec, Person

from ._common import B, d_long, d_num, nat, ref, seeded, specimen_footer

MODELS: list = []


@dataclass(frozen=True)
class Ban:
    notified: date
    years: int
    words: bool = True          # the duration also in words
    mention_ban: bool = True    # (order_to_leave) mentions an accompanying entry ban


@dataclass(frozen=True)
class CModelBan:
    name: str
    doc_type: str
    languages: tuple
    build: Callable[[Person, Context, str, Ban], DocSpec]


YW = {"fr": ["", "un an", "deux ans", "trois ans", "quatre ans", "cinq ans", "six ans", "sept ans", "huit ans"],
      "nl": ["", "één jaar", "twee jaar", "drie jaar", "vier jaar", "vijf jaar", "zes jaar", "zeven jaar", "acht jaar"],
      "de": ["", "ein Jahr", "zwei Jahre", "drei Jahre", "vier Jahre", "fünf Jahre", "sechs Jahre", "sieben Jahre", "acht Jahre"],
      "en": ["", "one year", "two years", "three years", "four years", "five years", "six years", "seven years", "eight years"]}
YN = {"fr": ("an", "ans"), "nl": ("jaar", "jaar"), "de": ("Jahr", "Jahre"), "en": ("year", "years")}
#: German after "von" (dative): "ein Einreiseverbot von drei Jahren"
YW_DAT = ["", "einem Jahr", "zwei Jahren", "drei Jahren", "vier Jahren", "fünf Jahren", "sechs Jahren", "sieben Jahren", "acht Jahren"]

HEAD = {"fr": ("ROYAUME DE BELGIQUE", "SPF Intérieur – Office des étrangers", "Boulevard Pachéco 44, 1000 Bruxelles"),
        "nl": ("KONINKRIJK BELGIË", "FOD Binnenlandse Zaken – Dienst Vreemdelingenzaken", "Pachecolaan 44, 1000 Brussel"),
        "de": ("KÖNIGREICH BELGIEN", "FÖD Inneres – Ausländeramt", "Pachecolaan 44, 1000 Brüssel"),
        "en": ("KINGDOM OF BELGIUM", "FPS Home Affairs – Immigration Office", "Boulevard Pachéco 44, 1000 Brussels")}


def duration(b: Ban, lang: str, figures_first: bool, dative: bool = False) -> str:
    """'3 ans (trois ans)' / 'trois ans (3 ans)' / '3 ans' (German dative after 'von': '3 Jahren (drei Jahren)')."""
    n = YN[lang][0 if b.years == 1 else 1]
    if dative and lang == "de":
        n = "Jahr" if b.years == 1 else "Jahren"
    if not b.words:
        return f"{b.years} {n}"
    w = YW_DAT[b.years] if (dative and lang == "de") else YW[lang][b.years]
    return f"{b.years} {n} ({w})" if figures_first else f"{w} ({b.years} {n})"


def _ident(p: Person, lang: str) -> B:
    k = {"fr": ("Nom", "Prénom(s)", "Date de naissance", "Nationalité"), "nl": ("Naam", "Voornaam", "Geboortedatum", "Nationaliteit"),
         "de": ("Name", "Vorname(n)", "Geburtsdatum", "Staatsangehörigkeit"), "en": ("Surname", "Given names", "Date of birth", "Nationality")}[lang]
    return B("field", "", (k[0], p.surname.upper()), (k[1], p.given_names), (k[2], d_num(p.birth_date)), (k[3], nat(p, lang)))


def _decision(p: Person, ctx: Context, lang: str, b: Ban) -> DocSpec:
    """Annex 13sexies as a running-text decision with a notification block at the end (fr, nl, de)."""
    r = seeded("c-eb1", p.passport_number, b.notified, lang, b.years)
    decided = b.notified - timedelta(days=r.choice([0, 1, 2, 5, 9]))
    oqt = decided - timedelta(days=r.choice([0, 0, 3]))
    dur = duration(b, lang, r.random() < 0.5, dative=True)
    art = r.choice(["1°", "2°"])
    # art. 74/11 § 1: al. 2 up to 3 years (1° no time to leave, 2° return obligation not met), al. 3 up to 5 years (fraud),
    # al. 4 more than 5 years (serious threat to public order or national security)
    k = 2 if b.years <= 3 else 3 if b.years <= 5 else 4
    AL = {"fr": {2: f"alinéa 2, {art}", 3: "alinéa 3 (fraude)", 4: "alinéa 4 (menace grave pour l'ordre public)"},
          "nl": {2: f"tweede lid, {art}", 3: "derde lid (fraude)", 4: "vierde lid (ernstige bedreiging voor de openbare orde)"},
          "de": {2: f"Absatz 2 {art}", 3: "Absatz 3 (Betrug)", 4: "Absatz 4 (schwerwiegende Gefahr für die öffentliche Ordnung)"},
          "en": {2: f"second paragraph, {art}", 3: "third paragraph (fraud)", 4: "fourth paragraph (serious threat to public order)"}}[lang][k]
    T = {"fr": ("ANNEXE 13sexies", "DÉCISION D'INTERDICTION D'ENTRÉE",
                f"Il est enjoint à l'intéressé(e) ci-dessous de ne pas entrer sur le territoire belge ni sur celui des États Schengen pendant {dur}, "
                f"en application de l'article 74/11, § 1er, {AL} de la loi du 15 décembre 1980.",
                f"Cette interdiction accompagne l'ordre de quitter le territoire (annexe 13) du {d_num(oqt)}.",
                "Elle prend cours le jour de sa notification. Une demande de levée peut être introduite (art. 74/12) auprès du poste diplomatique "
                "belge, en principe après les deux tiers de la durée.",
                "NOTIFICATION", f"Notifié(e) le {d_num(b.notified)} par l'agent de la commune de {r.choice(['Schaerbeek', 'Liège', 'Charleroi', 'Ixelles'])}.",
                "Signature de l'intéressé(e)", f"Décision prise à Bruxelles le {d_long(decided, 'fr')}"),
         "nl": ("BIJLAGE 13sexies", "BESLISSING TOT INREISVERBOD",
                f"Aan de hierna genoemde persoon wordt een inreisverbod van {dur} opgelegd voor het grondgebied van België en de Schengenstaten, "
                f"met toepassing van artikel 74/11, § 1, {AL} van de wet van 15 december 1980.",
                f"Dit inreisverbod gaat gepaard met het bevel om het grondgebied te verlaten (bijlage 13) van {d_num(oqt)}.",
                "Het gaat in op de dag van de kennisgeving. De opheffing kan worden gevraagd (art. 74/12) bij de Belgische diplomatieke post, "
                "in principe na twee derde van de duur.",
                "KENNISGEVING", f"Ter kennis gebracht op {d_num(b.notified)} door de ambtenaar van de gemeente {r.choice(['Antwerpen', 'Gent', 'Mechelen', 'Leuven'])}.",
                "Handtekening van de betrokkene", f"Beslissing genomen te Brussel op {d_long(decided, 'nl')}"),
         "de": ("ANLAGE 13sexies", "BESCHLUSS ÜBER EIN EINREISEVERBOT",
                f"Gegen die nachstehend genannte Person wird ein Einreiseverbot von {dur} für das Staatsgebiet Belgiens und der Schengen-Staaten "
                f"verhängt, in Anwendung von Artikel 74/11 § 1 {AL} des Gesetzes vom 15. Dezember 1980.",
                f"Das Einreiseverbot begleitet die Anweisung, das Staatsgebiet zu verlassen (Anlage 13), vom {d_num(oqt)}.",
                "Es gilt ab dem Tag der Notifizierung. Die Aufhebung kann gemäß Artikel 74/12 bei der belgischen Vertretung beantragt werden, "
                "grundsätzlich nach zwei Dritteln der Dauer.",
                "NOTIFIZIERUNG", f"Notifiziert am {d_num(b.notified)} durch den Beamten der Gemeinde {r.choice(['Eupen', 'Kelmis', 'Sankt Vith'])}.",
                "Unterschrift der betroffenen Person", f"Beschluss gefasst in Brüssel am {d_long(decided, 'de')}"),
         "en": ("ANNEX 13sexies (translation)", "ENTRY BAN DECISION",
                f"The person named below is banned from entering the territory of Belgium and of the Schengen States for {dur}, "
                f"under article 74/11, § 1, {AL} of the law of 15 December 1980.",
                f"This entry ban accompanies the order to leave the territory (annex 13) of {d_num(oqt)}.",
                "It applies from the day of notification. A lifting may be requested (art. 74/12) from the Belgian embassy or consulate, "
                "in principle after two thirds of its duration.",
                "NOTIFICATION", f"Notified on {d_num(b.notified)} by the officer of the municipality of {r.choice(['Schaerbeek', 'Antwerp', 'Liège', 'Ghent'])}.",
                "Signature of the person concerned", f"Decision taken in Brussels on {d_long(decided, 'en')}")}[lang]
    blocks = [B("letterhead", "", *HEAD[lang]), B("subtitle", T[0], align="right"), B("field", "", ("Réf. / Ref.", ref(r, "SP #######"))),
              B("title", T[1], align="center"), _ident(p, lang), B("para", T[2]), B("para", T[3]), B("para", T[4]),
              B("para", T[8] + "."), B("signature", {"fr": "L'attaché, pour la Secrétaire d'État", "nl": "De attaché, voor de Staatssecretaris",
                                                       "de": "Der Attaché, für die Staatssekretärin",
                                                       "en": "The attaché, for the State Secretary"}[lang], align="right"),
              B("heading", T[5]), B("para", T[6]), B("signature", T[7], align="left"), specimen_footer()]
    return DocSpec("c", "entry_ban", lang, "c-annex13sexies-decision", (tuple(blocks),), issue_date=decided)


def _form(p: Person, ctx: Context, lang: str, b: Ban) -> DocSpec:
    """Annex 13sexies as a form with boxes (nl, fr, de): duration box, notification date box."""
    r = seeded("c-eb2", p.passport_number, b.notified, lang, b.years)
    decided = b.notified - timedelta(days=r.choice([1, 3, 7, 12]))
    L = {"nl": ("Bijlage 13sexies – model", "INREISVERBOD", "Duur van het inreisverbod", "Wettelijke grondslag", "Datum van de beslissing",
                "Datum van kennisgeving", "Reden", ["geen termijn voor vrijwillig vertrek", "terugkeerverplichting niet nageleefd", "bedreiging voor de openbare orde"],
                "Tegen deze beslissing kan binnen 30 dagen na de kennisgeving beroep worden ingesteld bij de Raad voor Vreemdelingenbetwistingen."),
         "fr": ("Annexe 13sexies – modèle", "INTERDICTION D'ENTRÉE", "Durée de l'interdiction", "Base légale", "Date de la décision",
                "Date de notification", "Motif", ["aucun délai pour le départ volontaire", "obligation de retour non remplie", "menace pour l'ordre public"],
                "Un recours peut être introduit auprès du Conseil du Contentieux des Étrangers dans les 30 jours de la notification."),
         "de": ("Anlage 13sexies – Muster", "EINREISEVERBOT", "Dauer des Einreiseverbots", "Rechtsgrundlage", "Datum des Beschlusses",
                "Datum der Notifizierung", "Grund", ["keine Frist für die freiwillige Ausreise", "Rückkehrpflicht nicht erfüllt", "Gefahr für die öffentliche Ordnung"],
                "Gegen diesen Beschluss kann binnen 30 Tagen nach der Notifizierung Klage beim Rat für Ausländerstreitsachen erhoben werden.")}[lang]
    k = 2 if b.years > 5 else r.randint(0, 1)
    basis = "art. 74/11, § 1, al. 4" if b.years > 5 else "art. 74/11, § 1, al. 3" if b.years > 3 else "art. 74/11, § 1, al. 2"
    blocks = [B("letterhead", "", *HEAD[lang]), B("subtitle", L[0], align="right"), B("title", L[1], align="center"), _ident(p, lang),
              B("field", "", (L[2], duration(b, lang, True)), (L[3], basis + " – wet/loi 15.12.1980"), (L[4], d_num(decided, "/")),
                (L[5], d_num(b.notified, "/")), ("Dossier", ref(r, "#######"))),
              B("checkbox", "", *[("[x]" if i == k else "[ ]", t) for i, t in enumerate(L[7])]), B("para", L[8]),
              B("stamp", "DVZ / OE\n" + d_num(b.notified)), B("signature", "", align="right"), specimen_footer()]
    return DocSpec("c", "entry_ban", lang, "c-annex13sexies-form-boxes", (tuple(blocks),), issue_date=decided)


def _translation_en(p: Person, ctx: Context, lang: str, b: Ban) -> DocSpec:
    """English translation of an annex 13sexies (translation handed over by a lawyer or NGO)."""
    r = seeded("c-eb3", p.passport_number, b.notified, b.years)
    decided = b.notified - timedelta(days=r.choice([0, 2, 4]))
    blocks = [B("letterhead", "", *HEAD["en"]), B("subtitle", "Free translation – original in French (annexe 13sexies)", align="center"),
              B("title", "ANNEX 13sexies – ENTRY BAN", align="center"), _ident(p, "en"),
              B("para", f"An entry ban of {duration(b, 'en', r.random() < 0.5)} is imposed on the person named above for the territory of Belgium "
                        "and of the States fully applying the Schengen acquis (article 74/11 of the law of 15 December 1980)."),
              B("para", f"This decision was taken on {d_long(decided, 'en')} and notified to the person concerned on {d_long(b.notified, 'en')}. "
                        "The entry ban applies from the date of notification."),
              B("para", "The person concerned may apply for the lifting or suspension of the entry ban (article 74/12) to the Belgian embassy or "
                        "consulate for their place of residence abroad, in principle once two thirds of the ban have elapsed."),
              B("para", "An appeal lies to the Council for Alien Law Litigation within 30 days of notification."),
              B("footer", "Translation for information only; only the original decision is authentic."), specimen_footer()]
    return DocSpec("c", "entry_ban", "en", "c-annex13sexies-en-translation", (tuple(blocks),), issue_date=decided)


def _notification_act(p: Person, ctx: Context, lang: str, b: Ban) -> DocSpec:
    """The commune's notification act of an entry ban, with the duration and the notification date (de, fr, nl)."""
    r = seeded("c-eb4", p.passport_number, b.notified, lang, b.years)
    decided = b.notified - timedelta(days=r.choice([4, 6, 10, 15]))
    T = {"de": ("ZUSTELLUNGSURKUNDE", "Anlage 13sexies – Einreiseverbot",
                f"Am {d_long(b.notified, 'de')} wurde der nachstehend genannten Person der Beschluss des Ausländeramts vom {d_num(decided)} "
                f"über ein Einreiseverbot von {duration(b, 'de', False, dative=True)} zugestellt.", "Die Person hat eine Abschrift erhalten.",
                "Der Bürgermeister / Der beauftragte Beamte"),
         "fr": ("ACTE DE NOTIFICATION", "Annexe 13sexies – interdiction d'entrée",
                f"Le {d_long(b.notified, 'fr')}, la décision de l'Office des étrangers du {d_num(decided)} imposant une interdiction d'entrée de "
                f"{duration(b, 'fr', False)} a été notifiée à la personne désignée ci-dessous.", "L'intéressé(e) en a reçu une copie.",
                "Le bourgmestre / l'agent délégué"),
         "nl": ("AKTE VAN KENNISGEVING", "Bijlage 13sexies – inreisverbod",
                f"Op {d_long(b.notified, 'nl')} werd de beslissing van de Dienst Vreemdelingenzaken van {d_num(decided)} houdende een inreisverbod van "
                f"{duration(b, 'nl', False)} ter kennis gebracht van de hierna genoemde persoon.", "Betrokkene heeft een afschrift ontvangen.",
                "De burgemeester / de gemachtigde ambtenaar")}[lang]
    commune = {"de": "Gemeinde Kelmis", "fr": "Commune de Molenbeek-Saint-Jean", "nl": "Stad Mechelen"}[lang]
    blocks = [B("letterhead", "", commune, "Dienst Ausländer / Service Étrangers / Dienst Vreemdelingen"), B("title", T[0], align="center"),
              B("subtitle", T[1], align="center"), B("para", T[2]), _ident(p, lang), B("para", T[3]),
              B("field", "", ("Ref. DVZ/OE", ref(r, "#######")), ("Ref. " + commune.split()[-1], ref(r, "ETR/####/###"))),
              B("stamp", commune.upper()), B("signature", T[4], align="right"), specimen_footer()]
    return DocSpec("c", "entry_ban", lang, "c-entry-ban-notification-act", (tuple(blocks),), issue_date=b.notified)


def _order(p: Person, ctx: Context, lang: str, b: Ban, name: str, boxed: bool) -> DocSpec:
    r = seeded("c-oq", name, p.passport_number, b.notified, lang)
    days = r.choice([30, 7, 0])
    T = {"fr": ("ANNEXE 13", "ORDRE DE QUITTER LE TERRITOIRE", f"Il est enjoint à l'intéressé(e) de quitter le territoire de la Belgique et des États Schengen "
                f"{'dans les ' + str(days) + ' jours' if days else 'immédiatement'} de la notification de la présente décision.",
                "MOTIF : article 7, alinéa 1er, 1° de la loi du 15 décembre 1980 : l'intéressé(e) demeure dans le Royaume sans être porteur des documents requis.",
                "La présente décision est assortie d'une interdiction d'entrée (annexe 13sexies) notifiée le même jour.",
                "Notifié le"),
         "nl": ("BIJLAGE 13", "BEVEL OM HET GRONDGEBIED TE VERLATEN", f"De betrokkene wordt bevolen het grondgebied van België en de Schengenstaten te verlaten "
                f"{'binnen ' + str(days) + ' dagen' if days else 'onmiddellijk'} na de kennisgeving.",
                "REDEN: artikel 7, eerste lid, 1° van de wet van 15 december 1980: betrokkene verblijft in het Rijk zonder de vereiste documenten.",
                "Deze beslissing gaat gepaard met een inreisverbod (bijlage 13sexies), dezelfde dag ter kennis gebracht.", "Ter kennis gebracht op"),
         "de": ("ANLAGE 13", "ANWEISUNG, DAS STAATSGEBIET ZU VERLASSEN", f"Der betroffenen Person wird angewiesen, das Staatsgebiet Belgiens und der Schengen-Staaten "
                f"{'binnen ' + str(days) + ' Tagen' if days else 'unverzüglich'} nach der Notifizierung zu verlassen.",
                "GRUND: Artikel 7 Absatz 1 Nr. 1 des Gesetzes vom 15. Dezember 1980: die Person hält sich ohne die erforderlichen Dokumente im Königreich auf.",
                "Dieser Beschluss geht mit einem Einreiseverbot (Anlage 13sexies) einher, das am selben Tag notifiziert wurde.", "Notifiziert am"),
         "en": ("ANNEX 13", "ORDER TO LEAVE THE TERRITORY", f"The person concerned is ordered to leave the territory of Belgium and the Schengen States "
                f"{'within ' + str(days) + ' days' if days else 'immediately'} of notification (free translation).",
                "GROUNDS: article 7, first paragraph, 1° of the law of 15 December 1980: staying in the Kingdom without the required documents.",
                "This decision is accompanied by an entry ban (annex 13sexies) notified the same day.", "Notified on")}[lang]
    blocks = [B("letterhead", "", *HEAD[lang]), B("subtitle", T[0], align="right"), B("title", T[1], align="center"), _ident(p, lang), B("para", T[2]), B("para", T[3])]
    if b.mention_ban:
        blocks.append(B("para", T[4]))
    if boxed:
        blocks.append(B("checkbox", "", ("[x]" if b.mention_ban else "[ ]", {"fr": "avec interdiction d'entrée (annexe 13sexies)", "nl": "met inreisverbod (bijlage 13sexies)",
                                                                              "de": "mit Einreiseverbot (Anlage 13sexies)", "en": "with entry ban (annex 13sexies)"}[lang]),
                        ("[ ]" if b.mention_ban else "[x]", {"fr": "sans interdiction d'entrée", "nl": "zonder inreisverbod", "de": "ohne Einreiseverbot",
                                                             "en": "without entry ban"}[lang])))
    blocks += [B("field", "", (T[5], d_num(b.notified)), ("Dossier", ref(r, "#######"))), B("signature", "", align="right"), specimen_footer()]
    return DocSpec("c", "order_to_leave", lang, name, (tuple(blocks),), issue_date=b.notified)


MODELS_C = [
    CModelBan("c-annex13sexies-decision", "entry_ban", ("fr", "nl", "de", "en"), _decision),
    CModelBan("c-annex13sexies-form-boxes", "entry_ban", ("nl", "fr", "de"), _form),
    CModelBan("c-annex13sexies-en-translation", "entry_ban", ("en",), _translation_en),
    CModelBan("c-entry-ban-notification-act", "entry_ban", ("de", "fr", "nl"), _notification_act),
    CModelBan("c-annex13-order-running-text", "order_to_leave", ("fr", "nl", "de", "en"),
              lambda p, c, lg, b: _order(p, c, lg, b, "c-annex13-order-running-text", False)),
    CModelBan("c-annex13-order-tick-boxes", "order_to_leave", ("nl", "fr", "de"),
              lambda p, c, lg, b: _order(p, c, lg, b, "c-annex13-order-tick-boxes", True)),
]
