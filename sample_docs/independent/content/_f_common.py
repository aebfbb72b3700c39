"""Helpers of corpus F's content modules (not a content module: the loader skips names starting with "_").

Corpus F was written without reading corpora A-E's content modules; it uses only the framework helpers of
`_common.py` and `_e_common.py` (dates, MRZ check digits, communes, valid enterprise numbers and IBANs)."""

from __future__ import annotations

import math
import random
from datetime import date, timedelta

from spec import Block, Context, Person

from content._common import (B, add_months, address_in, check_digit, commune_for, d_long, d_mon, d_num, doctor_name,  # noqa: F401
                             joint_committee, lang1, money, nat, permit_name, pick, ref, seeded, td1, td3, yymmdd)
from content._e_common import be_iban  # noqa: F401

DVZ_IBAN = "BE57 6792 0060 9235"
DVZ_BIC = "PCHQBEBB"
FEE = 148.00
DVZ_NAME = {"fr": "Office des étrangers", "nl": "Dienst Vreemdelingenzaken", "de": "Ausländeramt", "en": "Immigration Office"}
DVZ_ADDR = "Boulevard Pachéco 44, 1000 Bruxelles"


def footer(lang: str, extra: str = "") -> Block:
    t = pick(lang, fr="SPECIMEN – document fictif, créé pour tester un logiciel", nl="SPECIMEN – fictief document, gemaakt om software te testen",
             de="SPECIMEN – fiktives Dokument für Softwaretests", en="SPECIMEN – fictitious document made for software testing")
    return B("footer", (extra + " | " if extra else "") + t)


def kbo_for(name: str) -> str:
    """A valid (mod 97) Belgian enterprise number derived from the employer's name (fictitious)."""
    r = seeded("f-kbo", name)
    n = r.randint(2_000_000, 8_999_999)
    s = f"0{n:07d}{97 - n % 97:02d}"
    return f"{s[:4]}.{s[4:7]}.{s[7:]}"


def onss_for(name: str) -> str:
    r = seeded("f-onss", name)
    return f"{r.randint(100, 999)}-{r.randint(1000000, 9999999)}-{r.randint(10, 99)}"


def full(p: Person) -> str:
    return f"{p.given_names} {p.surname}"


def upper_name(p: Person) -> str:
    return f"{p.surname.upper()}, {p.given_names}"


def nn_digits(p: Person, r: random.Random) -> str:
    """11-digit Belgian national register number with its check digits (fictitious)."""
    b = p.birth_date
    seq = r.randint(1, 997)
    if seq % 2 == (0 if p.sex == "M" else 1):
        seq += 1
    base = f"{b.year % 100:02d}{b.month:02d}{b.day:02d}{seq:03d}"
    n = int(base) if b.year < 2000 else int("2" + base)
    return base + f"{97 - n % 97:02d}"


def nn_fmt(d: str) -> str:
    return f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}"


def structured(r: random.Random) -> str:
    n = r.randint(10 ** 9, 10 ** 10 - 1)
    cd = n % 97 or 97
    s = f"{n:010d}{cd:02d}"
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"


def passport_expiry(issue: date, years: int = 10) -> date:
    return add_months(issue, 12 * years) - timedelta(days=1)


def fee_message(p: Person, lang: str) -> str:
    return f"{p.surname.upper()} {p.given_names} {nat(p, lang)} {d_num(p.birth_date)}"


def month_threshold(ctx: Context) -> float | None:
    try:
        import corpus_c
        th = corpus_c.threshold(ctx.permit, ctx.region, ctx.today.year, 40, ctx.job_title)
    except Exception:
        th = None
    if not th:
        return None
    return th[0] if th[1] == "month" else th[0] / 13.92


def salary_month(ctx: Context) -> float:
    """The gross monthly base salary corpus F's documents state for this employer and job: above the
    permit's threshold (the full one, not the under-30 band) where there is one."""
    r = seeded("f-salary", ctx.employer, ctx.permit, ctx.job_title, ctx.region)
    th = month_threshold(ctx)
    if th:
        return float(math.ceil(th * r.uniform(1.06, 1.25) / 5) * 5)
    return float(r.randint(112, 150) * 25)


def payroll(gross: float, r: random.Random, worker: bool = False) -> dict:
    """A plausible Belgian payslip computation (approximate; fictitious)."""
    base = gross * (1.08 if worker else 1.0)
    onss = round(base * 0.1307, 2)
    taxable = round(gross - onss, 2)
    pp = round(taxable * r.uniform(0.24, 0.31), 2)
    bss = round(r.choice([9.30, 18.60, 31.02, 37.20, 51.64]), 2)
    days = r.randint(19, 22)
    meal = round(days * 1.09, 2)
    net = round(taxable - pp - bss - meal, 2)
    return {"gross": gross, "onss": onss, "taxable": taxable, "pp": pp, "bss": bss, "days": days, "meal": meal, "net": net}


def eur(x: float, lang: str) -> str:
    return money(x, lang) + (" EUR" if lang1(lang) != "en" else "")


def region_lang(region: str) -> str:
    return {"flanders": "nl", "brussels": "fr", "wallonia": "fr", "german-speaking": "de"}.get(region, "fr")


def city_of(ctx: Context) -> str:
    a = ctx.employer_address
    return a.rsplit(" ", 1)[-1] if a else "Bruxelles"


GIVEN_BE = ["Anne", "Pieter", "Sofie", "Marc", "Hilde", "Luc", "Nathalie", "Koen", "Isabelle", "Jan", "Els", "Olivier", "Katrin", "Bernd"]
SUR_BE = ["Vermeulen", "Dubois", "Lambert", "Peeters", "Janssens", "Martin", "Claes", "Lejeune", "Maes", "Wouters", "Schmitz", "Kremer"]


def officer(r: random.Random) -> str:
    return f"{r.choice(GIVEN_BE)} {r.choice(SUR_BE)}"
