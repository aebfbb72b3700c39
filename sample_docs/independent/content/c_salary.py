"""Corpus C: documents that state a salary (or do not), written without docscan's rules.

Models (doc types employment_contract, payslip, application_form, assignment_letter), built for a
person, a context and a `Pay` plan chosen by generate.py (the plan is the truth written to
salaries.csv). Structure from public pages found with the search tool: the mandatory mentions of a
Belgian contract under the law of 3 July 1978 (parties, function, place, working time, wage, joint
committee), social-secretariat payslip grids ("salaire de base", "cotisation ONSS 13,07 %",
"précompte professionnel", "bijzondere bijdrage sociale zekerheid", "maaltijdcheques", "net à
payer"), the "13e mois / eindejaarspremie" and "double pécule de vacances / dubbel vakantiegeld",
hourly wages for manual workers ("uurloon ... 38 uur per week"), expat packages stated as a yearly
total, net-only offers. Amounts are written in the ways Belgians write them ("3.703,44 EUR",
"€ 3 703,44", "EUR 48,912.00", "48 912 €", "3703,44 euros", "EUR 4.100"), sometimes also in words.

These models are not in `MODELS` (so adding them does not move corpus A/B's models between splits or
change their documents); generate.py reads `MODELS_C`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from spec import Context, DocSpec, Person

from ._common import B, add_months, d_long, d_num, joint_committee, nat, ref, seeded, specimen_footer

MODELS: list = []   # nothing for the corpus A/B loader


@dataclass(frozen=True)
class Pay:
    """What a document says about pay; the truth of salaries.csv."""

    stated: bool = True
    amount: float = 0.0        # the main figure as written (gross, or net when only net is stated)
    period: str = "month"      # month | year | hour
    hours: int = 38            # weekly hours (printed; the truth column only for hourly pay)
    gross: str = "gross"       # gross | net: what `amount` is
    basis: str = "base"        # base (base salary) | total (a package including 13th month, holiday pay...)
    style: str = "dot"         # how the amount is written (see fmt_money)
    words: bool = False        # the amount also in words
    net: float = 0.0           # a net figure also printed (0: none)
    kbo: str = ""              # the employer's enterprise number to print
    extras: tuple = ()         # extra pay items mentioned: "13th", "vacation", "meal", "bonus", "car"


@dataclass(frozen=True)
class CModel:
    name: str
    doc_type: str
    languages: tuple
    build: Callable[[Person, Context, str, Pay], DocSpec]
    periods: tuple = ("month",)     # the pay periods this model writes
    allow_none: bool = False        # may state no salary at all
    allow_net: bool = False         # may state only a net figure


# ------------------------------------------------------------------------------------ amounts

def _group(whole: str, sep: str) -> str:
    out = ""
    while len(whole) > 3:
        out = sep + whole[-3:] + out
        whole = whole[:-3]
    return whole + out


def num(x: float, style: str) -> str:
    """The figure only: dot 3.703,44 | space 3 703,44 | comma 3,703.44 | plain 3703,44 |
    int_dot 4.100 | int_space 48 912 | int_comma 48,912."""
    whole, frac = f"{x:.2f}".split(".")
    if style == "dot":
        return _group(whole, ".") + "," + frac
    if style == "space":
        return _group(whole, "\u00a0" if False else " ") + "," + frac
    if style == "comma":
        return _group(whole, ",") + "." + frac
    if style == "plain":
        return whole + "," + frac
    if style == "int_dot":
        return _group(whole, ".")
    if style == "int_space":
        return _group(whole, " ")
    if style == "int_comma":
        return _group(whole, ",")
    raise ValueError(style)


def fmt_money(x: float, style: str, lang: str, r: random.Random) -> str:
    n = num(x, style)
    lg = lang.split("+")[0]
    if style in ("comma", "int_comma"):
        return r.choice([f"EUR {n}", f"€{n}", f"EUR {n}"])
    if style == "plain":
        return r.choice([f"{n} euros" if lg == "fr" else f"{n} euro", f"{n} EUR"])
    if style in ("int_dot",):
        return r.choice([f"EUR {n}", f"{n} EUR", f"€ {n},-"]) if lg != "de" else r.choice([f"{n},– €", f"EUR {n}", f"{n} Euro"])
    if style == "int_space":
        return r.choice([f"{n} €", f"{n} EUR"])
    if style == "space":
        return r.choice([f"€ {n}", f"{n} €", f"{n} EUR"])
    return r.choice([f"{n} EUR", f"EUR {n}", f"€ {n}"])


def styles_for(lang: str, whole: bool) -> list[str]:
    lg = lang.split("+")[0]
    s = {"fr": ["space", "plain", "dot"], "nl": ["dot", "dot", "plain"], "de": ["dot", "dot"], "en": ["comma", "comma", "dot"]}[lg]
    if whole:
        s = s + {"fr": ["int_space", "int_dot"], "nl": ["int_dot"], "de": ["int_dot"], "en": ["int_comma"]}[lg]
    return s


# ------------------------------------------------------------------------------------ words

_EN = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_EN_T = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _en(n: int) -> str:
    if n < 20:
        return _EN[n]
    if n < 100:
        return _EN_T[n // 10] + ("-" + _EN[n % 10] if n % 10 else "")
    if n < 1000:
        return _EN[n // 100] + " hundred" + (" and " + _en(n % 100) if n % 100 else "")
    return _en(n // 1000) + " thousand" + ((" and " if n % 1000 < 100 else " ") + _en(n % 1000) if n % 1000 else "")


_FR = ("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit "
       "dix-neuf").split()
_FR_T = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _fr(n: int, final: bool = True) -> str:
    if n < 20:
        return _FR[n]
    if n < 70:
        t, u = divmod(n, 10)
        return _FR_T[t] + ("" if u == 0 else " et un" if u == 1 else "-" + _FR[u])
    if n < 80:
        return "soixante" + (" et onze" if n == 71 else "-" + _FR[n - 60])
    if n < 100:
        u = n - 80
        return "quatre-vingt" + (("s" if final else "") if u == 0 else "-" + _FR[u])
    if n < 1000:
        h, rest = divmod(n, 100)
        head = "cent" if h == 1 else _FR[h] + " cent" + ("s" if rest == 0 and final else "")
        return head + (" " + _fr(rest, final) if rest else "")
    th, rest = divmod(n, 1000)
    head = "mille" if th == 1 else _fr(th, False) + " mille"
    return head + (" " + _fr(rest, final) if rest else "")


_NL = "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
_NL_T = "_ _ twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()


def _nl(n: int) -> str:
    if n < 20:
        return _NL[n]
    if n < 100:
        t, u = divmod(n, 10)
        if not u:
            return _NL_T[t]
        ul = _NL[u]
        return ul + ("ën" if ul.endswith("e") else "en") + _NL_T[t]
    if n < 1000:
        h, rest = divmod(n, 100)
        return ("" if h == 1 else _NL[h]) + "honderd" + (_nl(rest) if rest else "")
    th, rest = divmod(n, 1000)
    return ("" if th == 1 else _nl(th)) + "duizend" + (" " + _nl(rest) if rest else "")


_DE = "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn".split()
_DE_T = "_ _ zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig".split()


def _de(n: int, tail: bool = True) -> str:
    if n == 1:
        return "eins" if tail else "ein"
    if n < 20:
        return _DE[n]
    if n < 100:
        t, u = divmod(n, 10)
        return (("ein" if u == 1 else _DE[u]) + "und" if u else "") + _DE_T[t]
    if n < 1000:
        h, rest = divmod(n, 100)
        return ("ein" if h == 1 else _DE[h]) + "hundert" + (_de(rest) if rest else "")
    th, rest = divmod(n, 1000)
    return ("ein" if th == 1 else _de(th, False)) + "tausend" + (_de(rest) if rest else "")


def in_words(x: float, lang: str) -> str:
    n = int(round(x))
    lg = lang.split("+")[0]
    if lg == "fr":
        return _fr(n) + " euros"
    if lg == "nl":
        return _nl(n) + " euro"
    if lg == "de":
        return _de(n) + " Euro"
    return _en(n) + " euros"


def valid_kbo(r: random.Random) -> str:
    """A Belgian enterprise number 0xxx.xxx.xxx whose last 2 digits are 97 - (first 8 mod 97)."""
    first8 = int("0" + str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(6)))
    check = 97 - first8 % 97
    s = f"{first8:08d}{check:02d}"
    return f"{s[:4]}.{s[4:7]}.{s[7:]}"


def kbo_ok(s: str) -> bool:
    d = s.replace(".", "").replace(" ", "")
    return len(d) == 10 and 97 - int(d[:8]) % 97 == int(d[8:])


# ------------------------------------------------------------------------------------ texts

def _name(p: Person) -> str:
    return f"{p.surname.upper()} {p.given_names}".strip()


def _start(ctx: Context) -> date:
    return add_months(ctx.issue_date, 2).replace(day=1)


def _amount_text(pay: Pay, lang: str, r: random.Random) -> str:
    s = fmt_money(pay.amount, pay.style, lang, r)
    if pay.words:
        s += f" ({in_words(pay.amount, lang)})"
    return s


PER = {"month": {"fr": "mensuelle", "nl": "maandelijks", "de": "monatlich", "en": "monthly"},
       "year": {"fr": "annuelle", "nl": "jaarlijks", "de": "jährlich", "en": "annual"}}


def _extras_text(pay: Pay, lang: str, r: random.Random) -> str:
    lg = lang.split("+")[0]
    T = {
        "13th": {"fr": "une prime de fin d'année (13e mois)", "nl": "een eindejaarspremie (13de maand)", "de": "eine Jahresendprämie (13. Monatsgehalt)",
                 "en": "a 13th-month end-of-year bonus"},
        "vacation": {"fr": "un double pécule de vacances", "nl": "het dubbel vakantiegeld", "de": "das doppelte Urlaubsgeld",
                     "en": "double holiday pay"},
        "meal": {"fr": f"des chèques-repas de {num(8, 'space')} EUR par jour presté", "nl": f"maaltijdcheques van EUR {num(8, 'dot')} per gewerkte dag",
                 "de": f"Mahlzeitschecks von {num(8, 'dot')} EUR pro Arbeitstag", "en": "meal vouchers of EUR 8.00 per working day"},
        "bonus": {"fr": f"une prime annuelle sur objectifs de maximum {num(r.choice([1500, 2500, 3000]), 'int_space')} EUR",
                  "nl": f"een jaarlijkse doelbonus van maximaal EUR {num(r.choice([1500, 2500, 3000]), 'int_dot')}",
                  "de": f"einen jährlichen Zielbonus von höchstens {num(r.choice([1500, 2500, 3000]), 'int_dot')} EUR",
                  "en": f"an annual target bonus of up to EUR {num(r.choice([1500, 2500, 3000]), 'int_comma')}"},
        "car": {"fr": "une voiture de société (ATN selon la législation fiscale)", "nl": "een bedrijfswagen (VAA volgens de fiscale wetgeving)",
                "de": "einen Firmenwagen", "en": "a company car"},
    }
    items = [T[e][lg] for e in pay.extras]
    if not items:
        return ""
    head = {"fr": "En outre, le travailleur a droit à ", "nl": "Daarnaast heeft de werknemer recht op ",
            "de": "Zusätzlich erhält der Arbeitnehmer ", "en": "In addition, the employee receives "}[lg]
    andw = {"fr": " et ", "nl": " en ", "de": " und ", "en": " and "}[lg]
    return head + (", ".join(items[:-1]) + andw + items[-1] if len(items) > 1 else items[0]) + "."


def _pay_clause(pay: Pay, lang: str, r: random.Random, jc: str) -> str:
    lg = lang.split("+")[0]
    if not pay.stated:
        return {"fr": f"La rémunération est fixée conformément aux barèmes de la commission paritaire {jc} et à la classification de fonction "
                      "de l'employeur ; elle est communiquée au travailleur par écrit avant l'entrée en service.",
                "nl": f"Het loon wordt vastgesteld volgens de loonschalen van paritair comité {jc} en de functieclassificatie van de werkgever; "
                      "het wordt vóór de indiensttreding schriftelijk meegedeeld.",
                "de": f"Die Entlohnung richtet sich nach den Lohntabellen der paritätischen Kommission {jc} und der Funktionseinstufung des "
                      "Arbeitgebers; sie wird dem Arbeitnehmer vor Dienstantritt schriftlich mitgeteilt.",
                "en": f"Remuneration follows the pay scales of joint committee {jc} and the employer's job classification; it will be "
                      "confirmed in writing before the start date."}[lg]
    a = _amount_text(pay, lang, r)
    if pay.period == "hour":
        s = {"fr": f"Le salaire horaire brut est de {a}, pour un horaire de {pay.hours} heures par semaine.",
             "nl": f"Het loon bedraagt {a} bruto per uur, {pay.hours} uur per week.",
             "de": f"Der Bruttostundenlohn beträgt {a} bei einer Wochenarbeitszeit von {pay.hours} Stunden.",
             "en": f"The gross hourly wage is {a}, for {pay.hours} hours a week."}[lg]
    elif pay.gross == "net":
        s = {"fr": f"L'employeur garantit au travailleur une rémunération nette {PER[pay.period]['fr']} de {a}.",
             "nl": f"De werkgever waarborgt een netto{'maand' if pay.period == 'month' else 'jaar'}loon van {a}.",
             "de": f"Der Arbeitgeber garantiert ein {'monatliches' if pay.period == 'month' else 'jährliches'} Nettoentgelt von {a}.",
             "en": f"The employer guarantees a net {PER[pay.period]['en']} salary of {a}."}[lg]
    elif pay.basis == "total":
        s = {"fr": f"La rémunération annuelle brute globale, 13e mois et double pécule de vacances compris, s'élève à {a}.",
             "nl": f"Het totale bruto jaarloon, eindejaarspremie en dubbel vakantiegeld inbegrepen, bedraagt {a}.",
             "de": f"Die jährliche Gesamtbruttovergütung einschließlich 13. Monatsgehalt und doppeltem Urlaubsgeld beträgt {a}.",
             "en": f"The total annual gross remuneration package, including the 13th month and double holiday pay, is {a}."}[lg]
    else:
        if pay.period == "month":
            s = {"fr": f"La rémunération mensuelle brute de base est fixée à {a}, payable à terme échu.",
                 "nl": f"Het bruto basismaandloon bedraagt {a}, betaalbaar na vervallen termijn.",
                 "de": f"Das monatliche Bruttogrundgehalt beträgt {a}, zahlbar am Monatsende.",
                 "en": f"The gross monthly base salary is {a}, paid at the end of each month."}[lg]
        else:
            s = {"fr": f"La rémunération annuelle brute de base est de {a}, payée en douze mensualités.",
                 "nl": f"Het bruto basisjaarloon bedraagt {a}, betaald in twaalf maandelijkse schijven.",
                 "de": f"Das jährliche Bruttogrundgehalt beträgt {a}, zahlbar in zwölf Monatsraten.",
                 "en": f"The annual gross base salary is {a}, paid in twelve monthly instalments."}[lg]
    if pay.net and pay.gross == "gross":
        s += {"fr": f" À titre indicatif, le net mensuel estimé est de {fmt_money(pay.net, pay.style if 'int' not in pay.style else 'space', lang, r)}.",
              "nl": f" Ter informatie: het geschatte nettomaandloon bedraagt {fmt_money(pay.net, 'dot', lang, r)}.",
              "de": f" Zur Information: das geschätzte Nettomonatsgehalt beträgt {fmt_money(pay.net, 'dot', lang, r)}.",
              "en": f" For information, the estimated monthly net pay is {fmt_money(pay.net, 'comma', lang, r)}."}[lg]
    ex = _extras_text(pay, lang, r)
    return s + (" " + ex if ex else "")


# ------------------------------------------------------------------------------------ contracts

def _contract_articles(p: Person, ctx: Context, lang: str, pay: Pay) -> DocSpec:
    """Numbered-article contract of indefinite duration (employee), law of 3 July 1978."""
    r = seeded("c-art", p.passport_number, ctx.issue_date, lang, pay.amount)
    jc, jcn = joint_committee(ctx)
    lg = lang
    hours = pay.hours
    start = _start(ctx)
    A = {
        "fr": ["Article {n} – Engagement", "Article {n} – Condition suspensive", "Article {n} – Lieu de travail", "Article {n} – Durée du travail",
               "Article {n} – Rémunération", "Article {n} – Commission paritaire", "Article {n} – Entrée en service"],
        "nl": ["Artikel {n} – Indienstneming", "Artikel {n} – Opschortende voorwaarde", "Artikel {n} – Plaats van tewerkstelling",
               "Artikel {n} – Arbeidsduur", "Artikel {n} – Loon", "Artikel {n} – Paritair comité", "Artikel {n} – Indiensttreding"],
        "de": ["Artikel {n} – Einstellung", "Artikel {n} – Aufschiebende Bedingung", "Artikel {n} – Arbeitsort", "Artikel {n} – Arbeitszeit",
               "Artikel {n} – Entlohnung", "Artikel {n} – Paritätische Kommission", "Artikel {n} – Dienstantritt"],
    }[lg]
    body = {
        "fr": [f"L'employeur engage le travailleur en qualité de {ctx.job_title} (classe {r.choice(['B', 'C', 'D'])}), par un contrat de travail "
               "d'employé à durée indéterminée régi par la loi du 3 juillet 1978.",
               "Le contrat ne prend effet qu'à l'octroi du permis unique (autorisation de travail et de séjour) demandé par l'employeur.",
               f"Le travail est exécuté au siège de l'employeur, {ctx.employer_address}.",
               f"La durée hebdomadaire de travail est de {hours} heures (article 19 de la loi du 16 mars 1971 et règlement de travail)."],
        "nl": [f"De werkgever neemt de werknemer in dienst als {ctx.job_title} (functieklasse {r.choice(['B', 'C', 'D'])}), met een "
               "arbeidsovereenkomst voor bedienden voor onbepaalde tijd (wet van 3 juli 1978).",
               "De overeenkomst gaat pas in wanneer de gecombineerde vergunning (arbeid en verblijf) is toegekend.",
               f"De arbeid wordt verricht op de zetel van de werkgever, {ctx.employer_address}.",
               f"De wekelijkse arbeidsduur bedraagt {hours} uur (arbeidsreglement, art. 4)."],
        "de": [f"Der Arbeitgeber stellt den Arbeitnehmer als {ctx.job_title} (Funktionsklasse {r.choice(['B', 'C', 'D'])}) im Rahmen eines "
               "unbefristeten Angestelltenvertrags (Gesetz vom 3. Juli 1978) ein.",
               "Der Vertrag wird erst mit der Erteilung der kombinierten Erlaubnis (Arbeit und Aufenthalt) wirksam.",
               f"Arbeitsort ist der Sitz des Arbeitgebers, {ctx.employer_address}.",
               f"Die wöchentliche Arbeitszeit beträgt {hours} Stunden (Arbeitsordnung, Art. 4)."],
    }[lg]
    body.append(_pay_clause(pay, lg, r, jc))
    body.append({"fr": f"L'employeur relève de la CP {jc} ({jcn['fr']}).", "nl": f"De werkgever valt onder PC {jc} ({jcn['nl']}).",
                 "de": f"Der Arbeitgeber untersteht der PK {jc} ({jcn['de']})."}[lg])
    body.append({"fr": f"Le travailleur entre en service le {d_long(start, 'fr')}.", "nl": f"De werknemer treedt in dienst op {d_long(start, 'nl')}.",
                 "de": f"Der Arbeitnehmer tritt am {d_long(start, 'de')} seinen Dienst an."}[lg])
    title = {"fr": "CONTRAT DE TRAVAIL D'EMPLOYÉ", "nl": "ARBEIDSOVEREENKOMST VOOR BEDIENDEN", "de": "ARBEITSVERTRAG FÜR ANGESTELLTE"}[lg]
    sub = {"fr": "à durée indéterminée – loi du 3 juillet 1978", "nl": "voor onbepaalde tijd – wet van 3 juli 1978",
           "de": "auf unbestimmte Zeit – Gesetz vom 3. Juli 1978"}[lg]
    lab = {"fr": ("Employeur", "N° BCE", "Travailleur", "Date de naissance", "Nationalité", "Passeport"),
           "nl": ("Werkgever", "KBO-nummer", "Werknemer", "Geboortedatum", "Nationaliteit", "Paspoort"),
           "de": ("Arbeitgeber", "Unternehmensnummer", "Arbeitnehmer", "Geburtsdatum", "Staatsangehörigkeit", "Reisepass")}[lg]
    parties = B("field", "", (lab[0], ctx.employer), (lab[1], pay.kbo), (lab[2], _name(p)), (lab[3], d_num(p.birth_date)),
                (lab[4], nat(p, lg)), (lab[5], p.passport_number))
    arts = [x for i, (h, t) in enumerate(zip(A, body)) for x in (B("heading", h.format(n=i + 1)), B("para", t))]
    city = ctx.employer_address.split(",")[-1].strip()
    sign = {"fr": ("Fait à", "en deux exemplaires", "Pour l'employeur", "Le travailleur"),
            "nl": ("Opgemaakt te", "in twee exemplaren", "Voor de werkgever", "De werknemer"),
            "de": ("Ausgefertigt in", "in zwei Exemplaren", "Für den Arbeitgeber", "Der Arbeitnehmer")}[lg]
    p1 = (B("letterhead", "", ctx.employer, ctx.employer_address, f"{lab[1]} {pay.kbo}", align=r.choice(["left", "right"])),
          B("title", title), B("subtitle", sub), parties, *arts[:10], specimen_footer(ref(r, "HR-####-##")))
    # the pay article (5) stays on page 1: scans and photos show the first page only
    p2 = (*arts[10:], B("para", f"{sign[0]} {city}, {d_num(ctx.issue_date)}, {sign[1]}."),
          B("signature", sign[2], align="left"), B("signature", sign[3], align="right"), specimen_footer())
    return DocSpec("c", "employment_contract", lg, "c-contract-numbered-articles", (p1, p2), issue_date=ctx.issue_date)


def _contract_paytable(p: Person, ctx: Context, lang: str, pay: Pay) -> DocSpec:
    """Contract with the pay in a table of pay components (social-secretariat template)."""
    r = seeded("c-tab", p.passport_number, ctx.issue_date, lang, pay.amount)
    jc, jcn = joint_committee(ctx)
    lg = lang
    L = {
        "nl": dict(title="ARBEIDSOVEREENKOMST", sub=f"Bediende – onbepaalde duur – PC {jc}", comp="Loonbestanddeel", amt="Bedrag",
                   base={"month": "Bruto basisloon per maand", "year": "Bruto basisloon per jaar", "hour": "Bruto uurloon"},
                   net="Netto maandloon (gewaarborgd)", total="Totaal bruto jaarpakket",
                   ex={"13th": ("Eindejaarspremie (13de maand)", "volgens cao PC " + jc), "vacation": ("Dubbel vakantiegeld", "92 % van het maandloon"),
                       "meal": ("Maaltijdcheques", "EUR 8,00 per dag (werknemersbijdrage EUR 1,09)"), "bonus": ("Niet-recurrente bonus (cao 90)", "max. EUR 3.000"),
                       "car": ("Bedrijfswagen", "VAA fiscaal")},
                   hours=f"Arbeidsduur: {pay.hours} uur per week, maandag tot vrijdag.", party=("Werkgever", "Ondernemingsnummer", "Werknemer", "Geboren op", "Paspoortnummer"),
                   func="Functie", start="Aanvang", cond="Deze overeenkomst is gesloten onder de opschortende voorwaarde van de toekenning van de gecombineerde vergunning.",
                   none="Loon: volgens barema PC " + jc + ", klasse en anciënniteit (bijlage 1, wordt later toegevoegd).",
                   sig=("Voor de werkgever", "De werknemer")),
        "fr": dict(title="CONTRAT DE TRAVAIL", sub=f"Employé – durée indéterminée – CP {jc}", comp="Élément de rémunération", amt="Montant",
                   base={"month": "Salaire mensuel brut de base", "year": "Salaire annuel brut de base", "hour": "Salaire horaire brut"},
                   net="Salaire mensuel net (garanti)", total="Package annuel brut total",
                   ex={"13th": ("Prime de fin d'année (13e mois)", "selon CCT CP " + jc), "vacation": ("Double pécule de vacances", "92 % du salaire mensuel"),
                       "meal": ("Chèques-repas", "8,00 EUR par jour (part travailleur 1,09 EUR)"), "bonus": ("Bonus non récurrent (CCT 90)", "max. 3 000 EUR"),
                       "car": ("Voiture de société", "ATN fiscal")},
                   hours=f"Durée du travail : {pay.hours} heures par semaine, du lundi au vendredi.", party=("Employeur", "Numéro d'entreprise", "Travailleur", "Né(e) le", "N° de passeport"),
                   func="Fonction", start="Début", cond="Le présent contrat est conclu sous la condition suspensive de l'octroi du permis unique.",
                   none="Rémunération : selon le barème de la CP " + jc + ", classe et ancienneté (annexe 1, à joindre).",
                   sig=("Pour l'employeur", "Le travailleur")),
    }[lg]
    rows = [(L["comp"], L["amt"])]
    if pay.stated:
        a = fmt_money(pay.amount, pay.style, lg, r)
        if pay.gross == "net":
            rows.append((L["net"], a))
        elif pay.basis == "total":
            rows += [(L["ex"][e][0], L["ex"][e][1]) for e in pay.extras if e in ("meal",)]
            rows.append((L["total"] + (" (13e mois et double pécule compris)" if lg == "fr" else " (incl. eindejaarspremie en dubbel vakantiegeld)"), a))
        else:
            rows.append((L["base"][pay.period], a + (f" ({in_words(pay.amount, lg)})" if pay.words else "")))
            rows += [(L["ex"][e][0], L["ex"][e][1]) for e in pay.extras]
            if pay.net:
                rows.append((L["net"].split("(")[0].strip() + (" (indicatif)" if lg == "fr" else " (indicatief)"), fmt_money(pay.net, pay.style if "int" not in pay.style else "dot", lg, r)))
    start = _start(ctx)
    blocks = [B("letterhead", "", ctx.employer, ctx.employer_address, align="center"), B("title", L["title"]), B("subtitle", L["sub"]),
              B("field", "", (L["party"][0], ctx.employer), (L["party"][1], pay.kbo), (L["party"][2], _name(p)),
                (L["party"][3], d_num(p.birth_date, "/")), (L["party"][4], p.passport_number), (L["func"], ctx.job_title),
                (L["start"], d_num(start))),
              B("para", L["cond"]), B("para", L["hours"])]
    blocks.append(B("table", "", *rows) if pay.stated else B("para", L["none"]))
    blocks += [B("para", f"{ctx.employer_address.split(',')[-1].strip()}, {d_num(ctx.issue_date)}"),
               B("signature", L["sig"][0], align="left"), B("signature", L["sig"][1], align="right"), specimen_footer()]
    return DocSpec("c", "employment_contract", lg, "c-contract-pay-table", (tuple(blocks),), issue_date=ctx.issue_date)


def _agreement_en(p: Person, ctx: Context, lang: str, pay: Pay) -> DocSpec:
    """English employment agreement of an international employer (offer-letter style), law of 3 July 1978."""
    r = seeded("c-en", p.passport_number, ctx.issue_date, pay.amount)
    jc, _ = joint_committee(ctx)
    start = _start(ctx)
    clauses = [
        ("1. Position", f"{ctx.employer} (enterprise number {pay.kbo}) employs {p.given_names} {p.surname.upper()}, born on "
                        f"{d_long(p.birth_date, 'en')}, as {ctx.job_title}, under an employment contract of indefinite duration "
                        "governed by the Belgian law of 3 July 1978."),
        ("2. Condition", "This agreement takes effect only once the single permit (work and residence) has been granted."),
        ("3. Working time", f"{pay.hours} hours per week; joint committee {jc}."),
        ("4. Remuneration", _pay_clause(pay, "en", r, jc)),
        ("5. Start date", f"{d_long(start, 'en')} or the first day after the single permit is granted."),
        ("6. Notice", "Notice periods follow articles 37/2 and 37/11 of the law of 3 July 1978."),
    ]
    blocks = [B("letterhead", "", ctx.employer, ctx.employer_address, f"VAT BE {pay.kbo}", align="left"),
              B("title", "EMPLOYMENT AGREEMENT"), B("subtitle", f"Ref. {ref(r, 'EA/2026/####')} – passport {p.passport_number}")]
    for h, t in clauses:
        blocks += [B("heading", h), B("para", t)]
    blocks += [B("para", f"Signed in {ctx.employer_address.split(',')[-1].strip()} on {d_long(ctx.issue_date, 'en')}, in two originals."),
               B("signature", "For the employer", align="left"), B("signature", "The employee", align="right"), specimen_footer()]
    return DocSpec("c", "employment_contract", "en", "c-employment-agreement-en", (tuple(blocks),), issue_date=ctx.issue_date)


def _worker_hourly(p: Person, ctx: Context, lang: str, pay: Pay) -> DocSpec:
    """Manual worker's fixed-term contract with an hourly wage (Arbeitsvertrag / arbeidsovereenkomst / contrat d'ouvrier)."""
    r = seeded("c-hr", p.passport_number, ctx.issue_date, lang, pay.amount)
    jc, jcn = joint_committee(ctx)
    start = _start(ctx)
    end = start + timedelta(days=r.choice([182, 273, 364]))
    lg = lang
    T = {
        "de": ("ARBEITSVERTRAG FÜR ARBEITER AUF BESTIMMTE ZEIT", "Gesetz vom 3. Juli 1978, Artikel 9 und 10",
               ("Arbeitgeber", "Unternehmensnummer", "Arbeiter", "Geburtsdatum", "Reisepass", "Funktion", "Vertragsdauer", "Paritätische Kommission"),
               f"vom {d_num(start)} bis {d_num(end)}", "§ 4 Lohn", "§ 5 Arbeitszeit",
               f"Die Wochenarbeitszeit beträgt {pay.hours} Stunden; Überstunden werden gemäß Artikel 29 des Arbeitsgesetzes vom 16. März 1971 vergütet.",
               "Der Vertrag steht unter dem Vorbehalt der Erteilung der kombinierten Erlaubnis. Der Arbeitgeber trägt die Reisekosten.",
               ("Unterschrift Arbeitgeber", "Unterschrift Arbeiter")),
        "nl": ("ARBEIDSOVEREENKOMST VOOR ARBEIDERS – BEPAALDE TIJD", "Wet van 3 juli 1978, artikelen 9 en 10",
               ("Werkgever", "Ondernemingsnummer", "Arbeider", "Geboortedatum", "Paspoort", "Functie", "Duur", "Paritair comité"),
               f"van {d_num(start)} tot en met {d_num(end)}", "Art. 4 – Loon", "Art. 5 – Arbeidsduur",
               f"De wekelijkse arbeidsduur bedraagt {pay.hours} uur; overuren worden betaald volgens artikel 29 van de arbeidswet van 16 maart 1971.",
               "Deze overeenkomst is afhankelijk van de toekenning van de gecombineerde vergunning. De werkgever betaalt de reiskosten.",
               ("Handtekening werkgever", "Handtekening arbeider")),
        "fr": ("CONTRAT DE TRAVAIL D'OUVRIER À DURÉE DÉTERMINÉE", "Loi du 3 juillet 1978, articles 9 et 10",
               ("Employeur", "Numéro d'entreprise", "Ouvrier", "Date de naissance", "Passeport", "Fonction", "Durée", "Commission paritaire"),
               f"du {d_num(start)} au {d_num(end)} inclus", "Art. 4 – Rémunération", "Art. 5 – Durée du travail",
               f"La durée hebdomadaire de travail est de {pay.hours} heures ; les heures supplémentaires sont payées selon l'article 29 de la loi du 16 mars 1971.",
               "Le contrat est subordonné à l'octroi du permis unique. L'employeur prend en charge les frais de voyage.",
               ("Signature de l'employeur", "Signature de l'ouvrier")),
    }[lg]
    lab = T[2]
    blocks = [B("letterhead", "", ctx.employer, ctx.employer_address, f"{lab[1]}: {pay.kbo}", align="center"),
              B("title", T[0]), B("subtitle", T[1]),
              B("field", "", (lab[0], ctx.employer), (lab[1], pay.kbo), (lab[2], _name(p)), (lab[3], d_num(p.birth_date)),
                (lab[4], p.passport_number), (lab[5], ctx.job_title), (lab[6], T[3]), (lab[7], f"{jc} – {jcn[lg]}")),
              B("heading", T[4]), B("para", _pay_clause(pay, lg, r, jc)),
              B("heading", T[5]), B("para", T[6]), B("para", T[7]),
              B("para", f"{ctx.employer_address.split(',')[-1].strip()}, {d_num(ctx.issue_date)}"),
              B("signature", T[8][0], align="left"), B("signature", T[8][1], align="right"), specimen_footer()]
    return DocSpec("c", "employment_contract", lg, "c-worker-contract-hourly", (tuple(blocks),), issue_date=ctx.issue_date)


# ------------------------------------------------------------------------------------ payslips

def _deductions(gross: float) -> tuple[float, float, float, float]:
    onss = round(gross * 0.1307, 2)
    taxable = gross - onss
    pp = round(taxable * 0.27, 2)
    bbsz = round(min(60.94, taxable * 0.011), 2)
    return onss, pp, bbsz, round(taxable - pp - bbsz, 2)


def _month_gross(pay: Pay) -> float:
    if pay.period == "hour":
        return round(pay.amount * pay.hours * 52 / 12, 2)
    if pay.period == "year":
        return round(pay.amount / 12, 2)
    return pay.amount


def _payslip_grid(p: Person, ctx: Context, lang: str, pay: Pay) -> DocSpec:
    """Social-secretariat payslip grid with payroll codes (fiche de paie / loonbrief, fr, nl, fr+nl)."""
    r = seeded("c-ps", p.passport_number, ctx.issue_date, lang, pay.amount)
    jc, _ = joint_committee(ctx)
    lg = lang.split("+")[0]
    month = ctx.issue_date.replace(day=1) - timedelta(days=1)
    mg = _month_gross(pay)
    onss, pp, bbsz, net = _deductions(mg)
    meal = 8.0 * 20 if "meal" in pay.extras else 0
    L = {"fr": ("FICHE DE PAIE", "Période", "Code", "Libellé", "Base", "Taux", "Montant", "Salaire de base", "Heures prestées",
                "Cotisation ONSS travailleur", "Précompte professionnel", "Cotisation spéciale sécurité sociale", "Net à payer",
                "Chèques-repas (part travailleur)", "Employeur", "Travailleur", "Régime", "Date d'entrée", "CP"),
         "nl": ("LOONBRIEF", "Periode", "Code", "Omschrijving", "Basis", "Percentage", "Bedrag", "Basisloon", "Gepresteerde uren",
                "RSZ werknemer", "Bedrijfsvoorheffing", "Bijzondere bijdrage sociale zekerheid", "Netto te betalen",
                "Maaltijdcheques (werknemersbijdrage)", "Werkgever", "Werknemer", "Arbeidsregime", "Datum indiensttreding", "PC")}[lg]
    if lang == "fr+nl":
        title = "FICHE DE PAIE / LOONBRIEF"
    else:
        title = L[0]
    per = f"{month.month:02d}/{month.year}"
    S = "dot" if pay.style.startswith("int") else pay.style
    rows = [(L[2], L[3], L[4], L[5], L[6])]
    if pay.period == "hour":
        h = round(pay.hours * 52 / 12, 2)
        rows.append(("1010", L[7], f"{num(h, 'dot' if lg == 'nl' else 'space')} h", num(pay.amount, S), num(mg, S)))
    else:
        rows.append(("1010", L[7], "", "", num(mg, S)))
    if "bonus" in pay.extras:
        rows.append(("1150", "Prime / Premie" if lang == "fr+nl" else ("Prime" if lg == "fr" else "Premie"), "", "", num(250, S)))
    rows += [("2000", L[9], num(mg, S), "13,07 %", "-" + num(onss, S)),
             ("3000", L[10], num(mg - onss, S), "", "-" + num(pp, S)),
             ("3100", L[11], "", "", "-" + num(bbsz, S))]
    if meal:
        rows.append(("4100", L[13], "20", "1,09", "-" + num(21.8, S)))
        net = round(net - 21.8, 2)
    rows.append(("9999", L[12], "", "", num(net, S)))
    info = B("field", "", (L[14], f"{ctx.employer} – {pay.kbo}"), (L[15], _name(p)), (L[1], per), (L[16], f"{pay.hours}/{pay.hours} h"),
             (L[18], jc), (L[17], d_num(add_months(ctx.issue_date, -r.randint(3, 20)).replace(day=1))))
    blocks = [B("letterhead", "", r.choice(["SecreSoc SPECIMEN ASBL – secrétariat social agréé", "Sociaal Secretariaat SPECIMEN vzw",
                                            "PayPartner SPECIMEN – erkend sociaal secretariaat"]), align="left"),
              B("title", title), info, B("table", "", *rows),
              B("para", {"fr": f"Montant viré le {d_num(ctx.issue_date)} sur le compte BE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}.",
                         "nl": f"Bedrag overgeschreven op {d_num(ctx.issue_date)} naar rekening BE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}."}[lg]),
              specimen_footer()]
    return DocSpec("c", "payslip", lang, "c-payslip-payroll-codes", (tuple(blocks),), issue_date=ctx.issue_date)


def _lohnabrechnung(p: Person, ctx: Context, lang: str, pay: Pay) -> DocSpec:
    """German-speaking Community payslip (Lohnabrechnung / Gehaltsabrechnung), de; also an nl variant."""
    r = seeded("c-lohn", p.passport_number, ctx.issue_date, lang, pay.amount)
    jc, _ = joint_committee(ctx)
    month = ctx.issue_date.replace(day=1) - timedelta(days=1)
    mg = _month_gross(pay)
    onss, pp, bbsz, net = _deductions(mg)
    S = "dot"
    if lang == "de":
        title = f"GEHALTSABRECHNUNG {month.month:02d}/{month.year}" if pay.period != "hour" else f"LOHNABRECHNUNG {month.month:02d}/{month.year}"
        f = B("field", "", ("Arbeitgeber", ctx.employer), ("Unternehmensnummer", pay.kbo), ("Arbeitnehmer", _name(p)),
              ("Personalnummer", ref(r, "#####")), ("Paritätische Kommission", jc), ("Wochenstunden", str(pay.hours)))
        rows = [("Lohnart", "Menge", "Satz", "Betrag EUR")]
        if pay.period == "hour":
            rows.append(("Stundenlohn", num(round(pay.hours * 52 / 12, 2), S), num(pay.amount, S), num(mg, S)))
        else:
            rows.append(("Grundgehalt", "1,00", "", num(mg, S)))
        rows += [("Bruttolohn", "", "", num(mg, S)), ("LSS-Beitrag Arbeitnehmer", "", "13,07 %", "-" + num(onss, S)),
                 ("Berufssteuervorabzug", "", "", "-" + num(pp, S)), ("Sonderbeitrag soziale Sicherheit", "", "", "-" + num(bbsz, S)),
                 ("Auszahlungsbetrag (netto)", "", "", num(net, S))]
        foot = "Kumuliert seit Jahresbeginn: siehe Jahresübersicht. Urlaubsgeld wird im Juni ausgezahlt."
    else:
        title = f"LOONAFREKENING {month.month:02d}/{month.year}"
        f = B("field", "", ("Werkgever", ctx.employer), ("KBO", pay.kbo), ("Werknemer", _name(p)), ("Personeelsnummer", ref(r, "#####")),
              ("PC", jc), ("Uren per week", str(pay.hours)))
        rows = [("Looncomponent", "Aantal", "Tarief", "Bedrag EUR")]
        if pay.period == "hour":
            rows.append(("Uurloon", num(round(pay.hours * 52 / 12, 2), S), num(pay.amount, S), num(mg, S)))
        else:
            rows.append(("Maandwedde", "1,00", "", num(mg, S)))
        rows += [("Brutoloon", "", "", num(mg, S)), ("RSZ werknemer", "", "13,07 %", "-" + num(onss, S)),
                 ("Bedrijfsvoorheffing", "", "", "-" + num(pp, S)), ("BBSZ", "", "", "-" + num(bbsz, S)), ("Nettoloon", "", "", num(net, S))]
        foot = "Cumul sinds 1 januari: zie jaaroverzicht. Het vakantiegeld wordt in mei uitbetaald."
    blocks = [B("letterhead", "", ctx.employer, ctx.employer_address, align="right"), B("title", title), f, B("table", "", *rows),
              B("para", foot), specimen_footer()]
    return DocSpec("c", "payslip", lang, "c-lohnabrechnung-table", (tuple(blocks),), issue_date=ctx.issue_date)


def _payslip_en(p: Person, ctx: Context, lang: str, pay: Pay) -> DocSpec:
    """English payslip of a Belgian payroll provider for expat staff (monthly, with 13th month in December)."""
    month = ctx.issue_date.replace(day=1) - timedelta(days=1)
    mg = _month_gross(pay)
    onss, pp, bbsz, net = _deductions(mg)
    S = "comma"
    rows = [("Description", "Units", "Rate", "Amount (EUR)")]
    if pay.period == "hour":
        rows.append(("Hourly wage", num(round(pay.hours * 52 / 12, 2), S), num(pay.amount, S), num(mg, S)))
    else:
        rows.append(("Base salary", "1.00", num(mg, S), num(mg, S)))
    if "meal" in pay.extras:
        rows.append(("Meal vouchers (employee share)", "21", "1.09", "-22.89"))
    rows += [("Gross taxable", "", "", num(mg - onss, S)), ("Social security (employee, 13.07%)", "", "", "-" + num(onss, S)),
             ("Withholding tax", "", "", "-" + num(pp, S)), ("Special social security contribution", "", "", "-" + num(bbsz, S)),
             ("NET PAY", "", "", num(net - (22.89 if "meal" in pay.extras else 0), S))]
    blocks = [B("letterhead", "", "PayPartner SPECIMEN – payroll services", "on behalf of " + ctx.employer, align="left"),
              B("title", f"PAYSLIP – {month:%B %Y}"),
              B("field", "", ("Employer", f"{ctx.employer} (BCE/KBO {pay.kbo})"), ("Employee", f"{p.given_names} {p.surname.upper()}"),
                ("Date of birth", d_num(p.birth_date, "/")), ("Working time", f"{pay.hours} h/week"), ("Pay date", d_num(ctx.issue_date, "/"))),
              B("table", "", *rows), B("footer", "Holiday pay (double pécule) is paid in June; 13th month in December."), specimen_footer()]
    return DocSpec("c", "payslip", "en", "c-payslip-en-payroll-provider", (tuple(blocks),), issue_date=ctx.issue_date)


def _payslip_compact(p: Person, ctx: Context, lang: str, pay: Pay) -> DocSpec:
    """Compact two-column payslip of a small business (fr, nl), gross and net side by side."""
    r = seeded("c-psc", p.passport_number, ctx.issue_date, lang, pay.amount)
    jc, _ = joint_committee(ctx)
    month = ctx.issue_date.replace(day=1) - timedelta(days=1)
    mg = _month_gross(pay)
    onss, pp, bbsz, net = _deductions(mg)
    S = pay.style if not pay.style.startswith("int") else "dot"
    if lang == "fr":
        head = ("DÉCOMPTE DE RÉMUNÉRATION", f"Mois de {d_long(month, 'fr').split(' ', 1)[1]}")
        rows = [("Brut", "Retenues / Net")]
        left = f"Salaire horaire {num(pay.amount, S)} × {pay.hours} h/sem." if pay.period == "hour" else f"Appointements de base {num(mg, S)}"
        rows += [(left, f"ONSS 13,07 % : {num(onss, S)}"), (f"Total brut {num(mg, S)}", f"Précompte : {num(pp, S)}"),
                 (f"CP {jc}", f"CSSS : {num(bbsz, S)}"), ("", f"NET : {num(net, S)} EUR")]
        f = B("field", "", ("Employeur", f"{ctx.employer}, BCE {pay.kbo}"), ("Travailleur", _name(p)), ("Fonction", ctx.job_title))
    else:
        head = ("LOONSTROOK", f"Maand {d_long(month, 'nl').split(' ', 1)[1]}")
        rows = [("Bruto", "Inhoudingen / Netto")]
        left = f"Uurloon {num(pay.amount, S)} × {pay.hours} u/week" if pay.period == "hour" else f"Basisloon {num(mg, S)}"
        rows += [(left, f"RSZ 13,07 %: {num(onss, S)}"), (f"Totaal bruto {num(mg, S)}", f"Bedrijfsvoorheffing: {num(pp, S)}"),
                 (f"PC {jc}", f"BBSZ: {num(bbsz, S)}"), ("", f"NETTO: {num(net, S)} EUR")]
        f = B("field", "", ("Werkgever", f"{ctx.employer}, KBO {pay.kbo}"), ("Werknemer", _name(p)), ("Functie", ctx.job_title))
    blocks = [B("letterhead", "", ctx.employer, ctx.employer_address, align="center"), B("title", head[0]), B("subtitle", head[1]), f,
              B("table", "", *rows), specimen_footer(ref(r, "N° ######"))]
    return DocSpec("c", "payslip", lang, "c-payslip-compact-two-columns", (tuple(blocks),), issue_date=ctx.issue_date)


# ------------------------------------------------------------------------------------ application forms, assignment letters

def _form_salary(p: Person, ctx: Context, lang: str, pay: Pay) -> DocSpec:
    """Application form section 'Conditions of employment' with the planned pay (fr, nl, de, en)."""
    jc, _ = joint_committee(ctx)
    lg = lang
    L = {"fr": ("DEMANDE DE PERMIS UNIQUE", "Partie C – Conditions d'occupation", "Rémunération brute prévue", "par mois", "par an", "par heure",
                "Durée hebdomadaire du travail", "Commission paritaire", "Nom du travailleur", "Date de naissance", "Employeur", "N° BCE",
                "Je certifie que les données sont exactes.", "Signature de l'employeur"),
         "nl": ("AANVRAAG GECOMBINEERDE VERGUNNING", "Deel C – Arbeidsvoorwaarden", "Voorzien brutoloon", "per maand", "per jaar", "per uur",
                "Wekelijkse arbeidsduur", "Paritair comité", "Naam werknemer", "Geboortedatum", "Werkgever", "KBO-nr.",
                "Ik verklaar dat de gegevens juist zijn.", "Handtekening werkgever"),
         "de": ("ANTRAG AUF KOMBINIERTE ERLAUBNIS", "Teil C – Beschäftigungsbedingungen", "Vorgesehener Bruttolohn", "pro Monat", "pro Jahr", "pro Stunde",
                "Wöchentliche Arbeitszeit", "Paritätische Kommission", "Name des Arbeitnehmers", "Geburtsdatum", "Arbeitgeber", "Unternehmensnr.",
                "Ich bestätige die Richtigkeit der Angaben.", "Unterschrift des Arbeitgebers"),
         "en": ("SINGLE PERMIT APPLICATION", "Part C – Terms of employment", "Planned gross pay", "per month", "per year", "per hour",
                "Weekly working hours", "Joint committee", "Worker's name", "Date of birth", "Employer", "Enterprise no.",
                "I certify that the information is correct.", "Employer's signature")}[lg]
    per = {"month": L[3], "year": L[4], "hour": L[5]}[pay.period]
    boxes = B("checkbox", "", *[("[x]" if pay.period == k else "[ ]", v) for k, v in (("month", L[3]), ("year", L[4]), ("hour", L[5]))])
    amount = num(pay.amount, pay.style) + " EUR" if pay.stated else "……………"
    blocks = [B("letterhead", "", {"fr": "Région de Bruxelles-Capitale – Bruxelles Économie et Emploi", "nl": "Vlaamse overheid – Departement Werk en Sociale Economie",
                                   "de": "Ministerium der Deutschsprachigen Gemeinschaft – Fachbereich Beschäftigung",
                                   "en": "Working in Belgium – one-stop counter"}[lg], align="left"),
              B("title", L[0]), B("subtitle", "SPECIMEN"),
              B("field", "", (L[8], _name(p)), (L[9], d_num(p.birth_date)), (L[10], ctx.employer), (L[11], pay.kbo)),
              B("heading", L[1]),
              B("field", "", (L[2], f"{amount}  {per}"), (L[6], f"{pay.hours} h"), (L[7], f"{jc}")), boxes,
              B("para", L[12]), B("para", f"{d_num(ctx.issue_date)}"), B("signature", L[13], align="right"), specimen_footer()]
    return DocSpec("c", "application_form", lg, "c-application-form-pay-section", (tuple(blocks),), issue_date=ctx.issue_date)


def _form_portal_summary(p: Person, ctx: Context, lang: str, pay: Pay) -> DocSpec:
    """Online portal's printable summary of a single-permit application, with the yearly/monthly pay (en, nl, fr)."""
    r = seeded("c-afp", p.passport_number, ctx.issue_date, lang, pay.amount)
    lg = lang
    L = {"en": ("Application summary – single permit", "Applicant (employer)", "Worker", "Born", "Job", "Gross salary", "Hours/week", "Submitted",
                {"month": "monthly", "year": "yearly", "hour": "hourly"}),
         "nl": ("Samenvatting aanvraag – gecombineerde vergunning", "Aanvrager (werkgever)", "Werknemer", "Geboren", "Functie", "Brutoloon", "Uren/week",
                "Ingediend", {"month": "maandelijks", "year": "jaarlijks", "hour": "per uur"}),
         "fr": ("Résumé de la demande – permis unique", "Demandeur (employeur)", "Travailleur", "Né(e) le", "Fonction", "Salaire brut", "Heures/semaine",
                "Introduite le", {"month": "mensuel", "year": "annuel", "hour": "horaire"})}[lg]
    sal = f"{fmt_money(pay.amount, pay.style, lg, r)} ({L[8][pay.period]})"
    blocks = [B("letterhead", "", "Working in Belgium SPECIMEN portal", f"{ref(r, 'APP-2026-######')}", align="left"),
              B("title", L[0]),
              B("table", "", ("", ""), (L[1], f"{ctx.employer} – {pay.kbo}"), (L[2], _name(p)), (L[3], d_num(p.birth_date, "/")),
                (L[4], ctx.job_title), (L[5], sal), (L[6], str(pay.hours)), (L[7], d_num(ctx.issue_date, "/"))),
              specimen_footer()]
    return DocSpec("c", "application_form", lg, "c-portal-summary-pay", (tuple(blocks),), issue_date=ctx.issue_date)


def _assignment_pay(p: Person, ctx: Context, lang: str, pay: Pay) -> DocSpec:
    """Intra-group assignment letter with the pay during the assignment (en, fr, nl): monthly gross, yearly, or net only."""
    r = seeded("c-al", p.passport_number, ctx.issue_date, lang, pay.amount)
    lg = lang
    home = r.choice(["SPECIMEN Technologies Pvt Ltd, Bengaluru", "Exemplo Sistemas Ltda, São Paulo", "SPECIMEN Manila Services Inc.",
                     "Örnek Yazılım A.Ş., İstanbul"])
    a = _amount_text(pay, lg, r)
    per = {"en": {"month": "per month", "year": "per year"}, "fr": {"month": "par mois", "year": "par an"}, "nl": {"month": "per maand", "year": "per jaar"}}[lg][pay.period]
    kind = "net" if pay.gross == "net" else {"en": "gross", "fr": "brut", "nl": "bruto"}[lg]
    pay_s = {"en": f"During the assignment you will receive a {kind} salary of {a} {per}, paid through the Belgian payroll of {ctx.employer}.",
             "fr": f"Pendant le détachement, vous percevrez une rémunération {'nette' if kind == 'net' else 'brute'} de {a} {per}, versée par {ctx.employer}.",
             "nl": f"Tijdens de detachering ontvangt u een {'netto' if kind == 'net' else 'bruto'}loon van {a} {per}, uitbetaald door {ctx.employer}."}[lg]
    ex = _extras_text(pay, lg, r)
    body = {"en": ["Dear " + p.given_names + ",", f"We confirm your assignment from {home} to {ctx.employer} (enterprise number {pay.kbo}) as {ctx.job_title}, "
                   f"from {d_long(_start(ctx), 'en')} for 24 months.", pay_s + (" " + ex if ex else ""),
                   "Your home employment contract remains in force. Return travel and housing assistance are covered by the group."],
            "fr": ["Madame, Monsieur,", f"Nous confirmons le détachement de {p.given_names} {p.surname.upper()} de {home} vers {ctx.employer} "
                   f"(BCE {pay.kbo}) en qualité de {ctx.job_title}, à partir du {d_long(_start(ctx), 'fr')}, pour 24 mois.", pay_s + (" " + ex if ex else ""),
                   "Le contrat de travail d'origine reste en vigueur pendant le détachement."],
            "nl": ["Geachte,", f"Wij bevestigen de detachering van {p.given_names} {p.surname.upper()} van {home} naar {ctx.employer} "
                   f"(KBO {pay.kbo}) als {ctx.job_title}, vanaf {d_long(_start(ctx), 'nl')}, voor 24 maanden.", pay_s + (" " + ex if ex else ""),
                   "De oorspronkelijke arbeidsovereenkomst blijft van kracht tijdens de detachering."]}[lg]
    title = {"en": "LETTER OF ASSIGNMENT", "fr": "LETTRE DE DÉTACHEMENT", "nl": "DETACHERINGSBRIEF"}[lg]
    blocks = [B("letterhead", "", home, "Group Human Resources", align="left"), B("title", title),
              B("field", "", ("Ref.", ref(r, "GM-####/##")), ("Date", d_num(ctx.issue_date)), ("Passport", p.passport_number))]
    blocks += [B("para", t) for t in body]
    blocks += [B("signature", "Group HR", align="left"), B("signature", ctx.employer, align="right"), specimen_footer()]
    return DocSpec("c", "assignment_letter", lg, "c-assignment-letter-pay", (tuple(blocks),), issue_date=ctx.issue_date)


def _assignment_table(p: Person, ctx: Context, lang: str, pay: Pay) -> DocSpec:
    """Assignment terms sheet (en, de): a table of assignment conditions including the pay."""
    r = seeded("c-at", p.passport_number, ctx.issue_date, lang, pay.amount)
    lg = lang
    a = fmt_money(pay.amount, pay.style, lg, r)
    if lg == "en":
        per = {"month": "monthly", "year": "annual"}[pay.period]
        rows = [("Item", "Terms"), ("Assignee", _name(p)), ("Date of birth", d_num(p.birth_date)), ("Host entity", f"{ctx.employer} ({pay.kbo})"),
                ("Position", ctx.job_title), ("Duration", "18 months"),
                ("Salary", f"{a} {'net' if pay.gross == 'net' else 'gross'} {per}" + (" (total package incl. 13th month and holiday pay)" if pay.basis == "total" else ""))]
        rows += [("Benefits", ", ".join({"meal": "meal vouchers", "car": "company car", "13th": "13th month", "vacation": "holiday pay", "bonus": "bonus"}[e] for e in pay.extras))] if pay.extras else []
        title = "ASSIGNMENT TERMS"
    else:
        per = {"month": "monatlich", "year": "jährlich"}[pay.period]
        rows = [("Punkt", "Bedingungen"), ("Entsandte Person", _name(p)), ("Geburtsdatum", d_num(p.birth_date)), ("Aufnehmende Einheit", f"{ctx.employer} ({pay.kbo})"),
                ("Funktion", ctx.job_title), ("Dauer", "18 Monate"),
                ("Vergütung", f"{a} {'netto' if pay.gross == 'net' else 'brutto'} {per}" + (" (Gesamtpaket inkl. 13. Monatsgehalt und Urlaubsgeld)" if pay.basis == "total" else ""))]
        title = "ENTSENDUNGSBEDINGUNGEN"
    blocks = [B("letterhead", "", ctx.employer, ctx.employer_address, align="right"), B("title", title), B("table", "", *rows),
              B("para", f"{d_num(ctx.issue_date)}"), B("signature", "HR", align="left"), B("signature", _name(p), align="right"), specimen_footer()]
    return DocSpec("c", "assignment_letter", lg, "c-assignment-terms-table", (tuple(blocks),), issue_date=ctx.issue_date)


MODELS_C = [
    CModel("c-contract-numbered-articles", "employment_contract", ("fr", "nl", "de"), _contract_articles, ("month", "year"), True, False),
    CModel("c-contract-pay-table", "employment_contract", ("nl", "fr"), _contract_paytable, ("month", "year", "hour"), True, True),
    CModel("c-employment-agreement-en", "employment_contract", ("en",), _agreement_en, ("month", "year"), True, True),
    CModel("c-worker-contract-hourly", "employment_contract", ("de", "nl", "fr"), _worker_hourly, ("hour",), False, False),
    CModel("c-payslip-payroll-codes", "payslip", ("fr", "nl", "fr+nl"), _payslip_grid, ("month", "hour")),
    CModel("c-lohnabrechnung-table", "payslip", ("de", "nl"), _lohnabrechnung, ("month", "hour")),
    CModel("c-payslip-en-payroll-provider", "payslip", ("en",), _payslip_en, ("month",)),
    CModel("c-payslip-compact-two-columns", "payslip", ("fr", "nl"), _payslip_compact, ("month", "hour")),
    CModel("c-application-form-pay-section", "application_form", ("fr", "nl", "de", "en"), _form_salary, ("month", "year", "hour")),
    CModel("c-portal-summary-pay", "application_form", ("en", "nl", "fr"), _form_portal_summary, ("month", "year")),
    CModel("c-assignment-letter-pay", "assignment_letter", ("en", "fr", "nl"), _assignment_pay, ("month", "year"), False, True),
    CModel("c-assignment-terms-table", "assignment_letter", ("en", "de"), _assignment_table, ("month", "year"), False, True),
]
