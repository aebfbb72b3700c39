"""Helpers of corpus E's content modules (not a content module: the loader skips names starting with "_").

Corpus E was written without reading corpora A-D's content modules; it uses only the framework's
`_common.py` helpers (dates, references, communes, joint committees)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from spec import Block, Context, Person

from content._common import B, d_long, d_num, lang1, money, nat, pick, ref  # noqa: F401  (re-exported)


def kbo(r: random.Random) -> str:
    """A Belgian enterprise number with valid mod-97 check digits (fictitious)."""
    n = r.randint(2_000_000, 8_999_999)      # the first 8 digits are 0 + these 7
    cd = 97 - n % 97
    s = f"0{n:07d}{cd:02d}"
    return f"{s[:4]}.{s[4:7]}.{s[7:]}"


def be_iban(r: random.Random) -> str:
    bank = f"{r.randint(0, 999):03d}{r.randint(0, 9999999):07d}"
    cd2 = int(bank) % 97 or 97
    bban = f"{bank}{cd2:02d}"
    num = int(bban + "111400")   # B=11 E=14 00
    chk = 98 - num % 97
    s = f"BE{chk:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def footer(lang: str, extra: str = "") -> Block:
    t = pick(lang, fr="SPECIMEN – document fictif à des fins de test", nl="SPECIMEN – fictief document voor testdoeleinden",
             de="SPECIMEN – fiktives Dokument zu Testzwecken", en="SPECIMEN – fictitious document for testing")
    return B("footer", (extra + " · " if extra else "") + t)


def full_name(p: Person) -> str:
    return f"{p.given_names} {p.surname}"


def later(d: date, days: int) -> date:
    return d + timedelta(days=days)


def yn(flag: bool) -> str:
    return "[x]" if flag else "[ ]"


PLACES = {"flanders": ("Antwerpen", "Gent", "Leuven", "Mechelen"), "brussels": ("Bruxelles", "Ixelles", "Schaerbeek"),
          "wallonia": ("Liège", "Namur", "Charleroi", "Mons"), "german-speaking": ("Eupen", "Sankt Vith")}


def place(ctx: Context, r: random.Random) -> str:
    return r.choice(PLACES.get(ctx.region, PLACES["brussels"]))
