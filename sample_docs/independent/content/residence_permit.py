"""Belgian electronic residence cards for third-country nationals (front and back, TD1 zone).

Models (facts from commune pages such as gistel.be "verblijfkaart voor vreemdelingen" and the
expat guide nordicexpat.com "Belgian residence cards & the titre de séjour explained", which
lists the A, B, K, L, H and single-permit cards; the card title is in the commune's language
first, then the other national languages and English):
- A card, temporary stay (certificate of registration in the foreigners' register);
- the single-permit card: an A card whose remarks say "permis unique" and the labour-market access
  ("marché du travail : limité" / "arbeidsmarkt: beperkt" / "Arbeitsmarkt: beschränkt");
- B card, unlimited stay ("arbeidsmarkt: onbeperkt");
- H card, EU Blue Card.
An annex 15 or an orange card is not modelled here (a different type; left out on purpose).
"""

from __future__ import annotations

from datetime import timedelta

from spec import Context, DocSpec, Model, Person

from ._common import B, add_months, commune_for, d_num, national_number, ref, seeded, td1

TITLES = {
    "fr": "TITRE DE SÉJOUR", "nl": "VERBLIJFSTITEL", "de": "AUFENTHALTSTITEL", "en": "RESIDENCE PERMIT",
}
COUNTRY = {"fr": "BELGIQUE", "nl": "BELGIË", "de": "BELGIEN", "en": "BELGIUM"}
LAB = {
    "fr": ("Nom", "Prénoms", "Nationalité", "Sexe", "Date de naissance", "N° de carte", "Valable jusqu'au",
           "Type de titre", "Remarques", "Lieu de naissance", "Délivré à", "Date de délivrance", "N° national"),
    "nl": ("Naam", "Voornamen", "Nationaliteit", "Geslacht", "Geboortedatum", "Kaartnummer", "Geldig tot",
           "Type verblijfstitel", "Opmerkingen", "Geboorteplaats", "Afgegeven te", "Datum van afgifte", "Rijksregisternr."),
    "de": ("Name", "Vornamen", "Staatsangehörigkeit", "Geschlecht", "Geburtsdatum", "Kartennummer", "Gültig bis",
           "Art des Titels", "Anmerkungen", "Geburtsort", "Ausgestellt in", "Ausstellungsdatum", "Nationalregisternr."),
}

KIND = {
    "a": {"fr": "A – SÉJOUR TEMPORAIRE", "nl": "A – TIJDELIJK VERBLIJF", "de": "A – BEFRISTETER AUFENTHALT"},
    "sp": {"fr": "A – PERMIS UNIQUE", "nl": "A – GECOMBINEERDE VERGUNNING", "de": "A – KOMBINIERTE ERLAUBNIS"},
    "b": {"fr": "B – SÉJOUR ILLIMITÉ", "nl": "B – ONBEPERKT VERBLIJF", "de": "B – UNBEFRISTETER AUFENTHALT"},
    "h": {"fr": "H – CARTE BLEUE EUROPÉENNE", "nl": "H – EUROPESE BLAUWE KAART", "de": "H – BLAUE KARTE EU"},
}
REMARK = {
    "a": {"fr": "Marché du travail : illimité", "nl": "Arbeidsmarkt: onbeperkt", "de": "Arbeitsmarkt: unbeschränkt"},
    "sp": {"fr": "PERMIS UNIQUE – Marché du travail : limité – travail autorisé",
           "nl": "GECOMBINEERDE VERGUNNING – Arbeidsmarkt: beperkt",
           "de": "KOMBINIERTE ERLAUBNIS – Arbeitsmarkt: beschränkt"},
    "b": {"fr": "Marché du travail : illimité", "nl": "Arbeidsmarkt: onbeperkt", "de": "Arbeitsmarkt: unbeschränkt"},
    "h": {"fr": "Carte bleue européenne – Marché du travail : limité", "nl": "Europese blauwe kaart – Arbeidsmarkt: beperkt",
          "de": "Blaue Karte EU – Arbeitsmarkt: beschränkt"},
}
MODEL_NAMES = {"a": "be-a-card-temporary-stay", "sp": "be-single-permit-card", "b": "be-b-card-unlimited-stay",
               "h": "be-h-card-eu-blue-card"}


def _build(kind: str):
    def build(p: Person, ctx: Context, lang: str) -> DocSpec:
        r = seeded("rp", kind, p.passport_number, ctx.issue_date, lang)
        L = LAB[lang]
        issued = ctx.issue_date
        years = {"a": 1, "sp": 1, "b": 5, "h": 1}[kind] + (r.randint(0, 2) if kind in ("sp", "h") else 0)
        expiry = add_months(issued, 12 * years) - timedelta(days=1)
        number = "B" + ref(r, "########")
        commune, pc, _ = commune_for(ctx.region, lang, r)
        others = [x for x in ("fr", "nl", "de") if x != lang]
        header = " ".join([COUNTRY[lang]] + [COUNTRY[o] for o in others] + ["BELGIUM"])
        title = " ".join([TITLES[lang]] + [TITLES[o] for o in others])
        front = (
            B("letterhead", "", header, title, align="left"),
            B("photo", "float"),
            B("field", "", (L[0], p.surname.upper()), (L[1], p.given_names),
              (L[2], p.nationality, L[3], p.sex),
              (L[4], d_num(p.birth_date, " "), L[5], number),
              (L[7], KIND[kind][lang]),
              (L[6], d_num(expiry, " "))),
        )
        l1, l2, l3 = td1("IR", "BEL", number, p, expiry)
        nn = national_number(p, r)
        back = (
            B("field", "", (L[9], p.birth_place.upper(), L[11], d_num(issued, " ")),
              (L[10], f"{commune.upper()}"),
              (L[8], REMARK[kind][lang]),
              (L[12], nn)),
            B("mrz", "", (l1,), (l2,), (l3,)),
        )
        return DocSpec(f"rp-{kind}-{lang}", "residence_permit", lang, MODEL_NAMES[kind], (front, back),
                       issue_date=issued, expiry_date=expiry, page_size="ID1")
    return build


MODELS = [Model(MODEL_NAMES[k], "residence_permit", ("fr", "nl", "de"), _build(k), in_belgium=True)
          for k in ("a", "sp", "b", "h")]
