"""Corpus C's part of the generator (called by generate.py): salary documents, entry bans and
orders to leave (standalone, with salaries.csv and entry_bans.csv), identity and salary bundles, and
the `identity:` / `salary:` keys of every bundle.

Kept apart from corpus A/B's code so that nothing they generate changes: corpus C's models are read
from `MODELS_C` (not `MODELS`), split among themselves by the same rule (within each type, rank by
sha256(name), even dev, odd test), named with a Namer that already knows every earlier file name,
and seeded from their own ids.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import replace
from datetime import date, timedelta

from spec import DocSpec, Person

import generate as G
from content import c_entry_ban as EB
from content import c_salary as CS
from content._common import add_months, age, company_number, region_lang

YEAR_FACTOR = 13.92   # Belgian convention: 12 months + 13th month + double holiday pay (Flanders: yearly / 13.92 = month)


# ------------------------------------------------------------------------------------------- split

def split_c(models) -> dict[str, str]:
    out, by = {}, {}
    for m in models:
        by.setdefault(m.doc_type, []).append(m)
    for ms in by.values():
        for i, m in enumerate(sorted(ms, key=lambda m: hashlib.sha256(m.name.encode()).hexdigest())):
            out[m.name] = "dev" if i % 2 == 0 else "test"
    return out


# ------------------------------------------------------------------------------------------- thresholds

def _checklist(permit: str) -> dict:
    import yaml
    return yaml.safe_load((G.CHECKLISTS / f"{permit}.yaml").read_text())


def ict_role(job: str) -> str:
    j = job.lower()
    return "manager" if "manager" in j or "director" in j else "trainee" if "trainee" in j else "specialist"


def threshold(permit: str, region: str, year: int, age_: int, job: str = "") -> tuple[float, str, str] | None:
    """(amount, per, band) of the checklist threshold for the year (or the undated one), the under-30 band when
    the worker is under 30 and the band exists, the ICT role from the job title. None: no threshold."""
    data = _checklist(permit)
    ts = ((data.get("regions") or {}).get(region) or {}).get("salary_thresholds") or []
    if not ts:
        return None
    dated = [t for t in ts if t.get("year") == year] or [t for t in ts if "year" not in t] or \
        [t for t in ts if t.get("year") == max(x.get("year", 0) for x in ts)]
    if permit == "intra-corporate-transfer":
        dated = [t for t in dated if t.get("role") == ict_role(job)] or dated
    normal = [t for t in dated if not t.get("band")]
    young = [t for t in dated if t.get("band") == "under_30"]
    t = young[0] if (age_ < 30 and young) else normal[0]
    return float(t["amount"]), t["per"], t.get("band", "")


def salary_status(permit: str, region: str, year: int, age_: int, job: str, stated: dict | None) -> dict | None:
    """The bundle's `salary:` entry. stated: {amount, period, gross, basis, hours} or None (no salary stated)."""
    th = threshold(permit, region, year, age_, job)
    if th is None:
        return None
    if not stated:
        return {"status": "needs_review", "amount": None, "period": None, "gross": None}
    out = {"amount": stated["amount"], "period": stated["period"], "gross": stated["gross"]}
    if stated["gross"] == "net" or (region == "brussels" and stated.get("basis") == "total"):
        out = {"status": "needs_review", **out}
        return out
    if (stated["period"] == "hour" and not stated.get("hours")) or stated.get("currency", "EUR") != "EUR":
        return {"status": "needs_review", **out}
    amt, per, _ = th
    a, p = stated["amount"], stated["period"]
    if p == "hour":
        monthly = a * stated["hours"] * 52 / 12
    elif p == "year":
        monthly = a / (12 if region == "brussels" else YEAR_FACTOR)
    else:
        monthly = a
    th_month = amt if per == "month" else amt / YEAR_FACTOR
    ok = (a >= amt) if (p == "year" and per == "year") else (monthly >= th_month - 1e-9)
    return {"status": "ok" if ok else "invalid", **out}


# ------------------------------------------------------------------------------------------- standalone

SAL_SCEN = [("highly-qualified", "brussels"), ("highly-qualified", "flanders"), ("eu-blue-card", "wallonia"), ("executive", "brussels"),
            ("highly-qualified", "wallonia"), ("executive", "flanders"), ("eu-blue-card", "flanders"), ("highly-qualified", "german-speaking"),
            ("single-permit-fixed-term", "flanders"), ("seasonal-worker", "wallonia"), ("single-permit-fixed-term", "brussels")]


def make_pay(m, lang: str, i: int, r: random.Random, permit: str, region: str, age_: int, kbo: str) -> CS.Pay:
    period = m.periods[i % len(m.periods)]
    if m.allow_none and i % 5 == 3:
        return CS.Pay(stated=False, kbo=kbo, hours=r.choice([38, 40, 36]))
    net_only = m.allow_net and i % 5 == 4
    th = threshold(permit, region, 2026, age_)
    th_m = (th[0] if th[1] == "month" else th[0] / YEAR_FACTOR) if th else 2600.0
    above = i % 2 == 0
    monthly = th_m * (r.uniform(1.03, 1.35) if above else r.uniform(0.72, 0.96))
    hours = r.choice([38, 38, 40, 36, 39])
    whole = r.random() < 0.45
    if period == "hour":
        amount = round(r.uniform(14.2, 24.9), 2) if not th else round(monthly * 12 / 52 / hours, 2)
        whole = False
    elif period == "year":
        amount = round(monthly * YEAR_FACTOR / (100 if whole else 1)) * (100 if whole else 1)
    else:
        amount = round(monthly / 50) * 50 if whole else round(monthly, 2)
    basis = "total" if (period == "year" and r.random() < 0.35 and not net_only) else "base"
    gross = "gross"
    net = 0.0
    if net_only:
        amount = round(amount * 0.62 / 10) * 10 if whole else round(amount * 0.62, 2)
        gross = "net"
    elif period == "month" and r.random() < 0.3:
        net = round(amount * 0.63, 2)
    whole = float(amount).is_integer()
    style = r.choice(CS.styles_for(lang, whole))
    words = whole and r.random() < 0.4 and period != "hour"
    extras = tuple(e for e in ("13th", "vacation", "meal", "bonus", "car") if r.random() < 0.35)
    if basis == "total":
        extras = tuple(e for e in extras if e in ("meal", "car"))
    return CS.Pay(True, float(amount), period, hours, gross, basis, style, words, net, kbo, extras)


def build_standalone_c(docs_ab: list[dict]) -> tuple[list[dict], list[list], list[list]]:
    models = list(CS.MODELS_C) + list(EB.MODELS_C)
    split = split_c(models)
    namer = G.Namer()
    namer.used = {d["path"].split("/", 1)[1].lower() for d in docs_ab}
    docs, sal_rows, ban_rows = [], [], []
    per_model = {"employment_contract": 5, "payslip": 4, "application_form": 3, "assignment_letter": 3, "entry_ban": 5, "order_to_leave": 4}
    for m in sorted(models, key=lambda m: m.name):
        for i in range(per_model[m.doc_type]):
            lang = m.languages[i % len(m.languages)]
            key = f"C|{m.name}|{lang}|{i}"
            r = G.R("cdoc", key)
            today = G.TODAY_BASE + timedelta(days=r.randint(0, 40))
            doc_id = f"{m.name}--{lang}--{i}"
            if isinstance(m, CS.CModel):
                permit, region = SAL_SCEN[G.H("scen", key) % len(SAL_SCEN)]
                if m.doc_type == "assignment_letter":
                    permit, region = "intra-corporate-transfer", r.choice(["flanders", "brussels", "wallonia"])
                if "hour" in m.periods and len(m.periods) == 1:
                    permit = r.choice(["single-permit-fixed-term", "seasonal-worker"])
                lg = lang.split("+")[0]
                region = {"nl": r.choice(["flanders", "brussels"]), "de": "german-speaking"}.get(lg, region if lg != "fr" or region != "flanders" else "brussels")
                p = G.make_person("c|" + key, None, r.random() < 0.3, region)
                ctx = G.make_context("c|" + key, today, today - timedelta(days=r.randint(10, 90)), region, permit)
                pay = make_pay(m, lang, i, r, permit, region, age(p, today), CS.valid_kbo(G.R("kbo", key)))
                spec = m.build(p, ctx, lang, pay)
                truth = ["stated", pay]
            else:
                p = G.make_person("c|" + key, None, False, "brussels")
                notified = today - timedelta(days=30 + G.H("notif", key) % 2400)
                if notified.month == 2 and notified.day == 29:
                    notified -= timedelta(days=1)
                years = 1 + G.H("years", key) % 8
                ban = EB.Ban(notified, years, words=(i % 3 != 2), mention_ban=(i % 2 == 0))
                ctx = G.make_context("c|" + key, today, notified, "brussels", "single-permit-fixed-term")
                spec = m.build(p, ctx, lang, ban)
                truth = ["ban", ban]
            spec = replace(spec, doc_id=doc_id)
            kind = G.pick_kind(r, m.doc_type)
            ext = "pdf" if kind in ("pdf", "scanpdf") else "jpg"
            fmt = ""
            if kind == "scan":
                fmt = "png" if G.R("fmt", doc_id).random() < 0.35 else "jpg"
                ext = fmt
            when = spec.issue_date if spec.issue_date and spec.issue_date > date(2025, 6, 1) else G.TODAY_BASE - timedelta(days=30)
            path = "files/" + namer.name("C|" + doc_id, kind, ext, when)
            docs.append({"spec": spec, "kind": kind, "model": m.name, "doc_type": spec.doc_type, "language": spec.language,
                         "split": split[m.name], "issue": spec.issue_date, "fmt": fmt, "path": path, "subset": 0})
            if truth[0] == "stated":
                pay = truth[1]
                if pay.stated:
                    sal_rows.append([path, m.doc_type, 1, f"{pay.amount:.2f}", "EUR", pay.period, pay.hours if pay.period == "hour" else "",
                                     pay.gross, pay.basis, spec.language, split[m.name]])
                else:
                    sal_rows.append([path, m.doc_type, 0, "", "", "", "", "", "", spec.language, split[m.name]])
            elif m.doc_type == "entry_ban":
                b = truth[1]
                ends = b.notified.replace(year=b.notified.year + b.years)
                lift = add_months(b.notified, b.years * 12 * 2 // 3)
                ban_rows.append([path, b.notified.isoformat(), b.years, ends.isoformat(), lift.isoformat(), split[m.name]])
    return docs, sal_rows, ban_rows


SAL_HEADER = """# Corpus C: what each standalone salary document (employment contracts, payslips, application forms,
# assignment letters) says about pay. Written without seeing docscan's rules; regenerate with generate.py.
# path: file relative to sample_docs/independent/ (also in labels.csv); doc_type as in labels.csv
# stated: 1 if the document states a salary figure, 0 if not (e.g. "according to the joint committee's scales")
# amount: the main salary figure as stated, decimal with a dot (3703.44); the base salary when the document states one,
#   the total package when it states only a total (basis=total); for a document stating only net pay, the net figure
# currency: EUR; period: month | year | hour; hours_per_week: only for hourly pay (the weekly hours the document states)
# gross: gross | net (what `amount` is; net only when the document states no gross figure)
# basis: base (base salary; bonuses, 13th month, holiday pay or meal vouchers may be listed beside it) |
#   total (a yearly package including the 13th month and double holiday pay)
# Payslips: amount is the monthly base salary (or the hourly rate) on the slip, not the net pay or the month's total.
# language: as in labels.csv; split: dev | test (by model)
"""
SAL_COLUMNS = ["path", "doc_type", "stated", "amount", "currency", "period", "hours_per_week", "gross", "basis", "language", "split"]

BAN_HEADER = """# Corpus C: entry bans (annex 13sexies) among the standalone files. Written without seeing docscan's rules.
# path: file relative to sample_docs/independent/ (also in labels.csv)
# notified: ISO date the ban was notified (the ban runs from the notification); years: its duration in years
# ends: notified + years, same day and month
# lifting_from: the first day a lifting may be asked (art. 74/12: once two thirds of the duration have passed):
#   notified + floor(years * 12 * 2 / 3) months, same day of month (clamped to the month's last day)
# split: dev | test (by model)
"""
BAN_COLUMNS = ["path", "notified", "years", "ends", "lifting_from", "split"]


# ------------------------------------------------------------------------------------------- salary of existing bundles

import re  # noqa: E402

_NUM = r"(\d{1,3}(?:[ .,]\d{3})*(?:[.,]\d{2})?|\d+(?:[.,]\d{2})?)"


def _parse_num(s: str) -> float:
    s = s.strip()
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d{2})?", s):
        return float(s.replace(",", ""))
    if re.fullmatch(r"\d+,\d{3}", s):
        return float(s.replace(",", ""))
    s = s.replace(" ", "").replace(".", "X") if re.search(r",\d{2}$", s) else s.replace(" ", "")
    s = s.replace("X", "").replace(",", ".") if "X" in s or re.search(r",\d{2}$", s) else s
    return float(s)


def spec_text(spec: DocSpec) -> str:
    out = []
    for page in spec.pages:
        for b in page:
            out.append(b.text)
            out += [" | ".join(r) for r in b.rows]
    return "\n".join(out)


# (pattern, period, basis) tried in order on corpus A/B's contracts and assignment letters (their wording, read from content/*.py)
_PATTERNS = [
    (r"rémunération mensuelle brute est fixée à " + _NUM + r" EUR", "month"),
    (r"bruto maandloon bedraagt EUR " + _NUM, "month"),
    (r"monatliche Bruttolohn beträgt " + _NUM + r" EUR", "month"),
    (r"gross monthly salary of EUR " + _NUM, "month"),
    (r"Bruto maandloon: EUR " + _NUM, "month"),
    (r"Gross monthly salary: EUR " + _NUM, "month"),
    (r"" + _NUM + r" EUR bruts par mois", "month"),
    (r"bruto EUR " + _NUM + r" per maand", "month"),
    (r"EUR " + _NUM + r" gross per month", "month"),
    (r"Rémunération pendant le détachement : " + _NUM + r" EUR bruts par mois", "month"),
    (r"EUR " + _NUM + r" bruto per maand", "month"),
    (r"EUR " + _NUM + r" brutto monatlich", "month"),
    (r"Annual gross salary EUR " + _NUM, "year"),
    (r"(?:Brutojaarloon|Salaire annuel brut): EUR " + _NUM, "year"),
    (r"gross monthly salary EUR " + _NUM, "month"),
    (r"brutomaandloon EUR " + _NUM, "month"),
    (r"rémunération mensuelle brute de " + _NUM + r" EUR", "month"),
    (r"Salaire horaire brut \| " + _NUM + r" EUR", "hour"),
    (r"Bruto uurloon \| EUR " + _NUM, "hour"),
    (r"Bruttostundenlohn \| " + _NUM + r" EUR", "hour"),
]


def stated_in_spec(spec: DocSpec) -> dict | None:
    t = spec_text(spec)
    mm = re.search(r"Home base salary \| ([A-Z]{3}) " + _NUM + r" per year", t)   # a foreign-currency home salary: needs review
    if mm and mm.group(1) != "EUR":
        return {"amount": _parse_num(mm.group(2)), "period": "year", "gross": "gross", "basis": "base", "hours": 0, "currency": mm.group(1)}
    for pat, period in _PATTERNS:
        mm = re.search(pat, t)
        if mm:
            return {"amount": _parse_num(mm.group(1)), "period": period, "gross": "gross", "basis": "base", "hours": 0}
    return None


def add_keys_to_old(bundles: list[dict], persons: dict) -> list[str]:
    """identity: [] and salary: for corpus A/B's bundles (their documents are unchanged)."""
    notes = []
    for b in bundles:
        b.setdefault("identity", [])
        src = [j for j in b["jobs"] if j.spec.doc_id.endswith("--employment_contract") or j.spec.doc_id.endswith("--assignment_letter")]
        stated = stated_in_spec(src[0].spec) if src else None
        p, job = persons[b["name"]]
        s = salary_status(b["permit"], b["region"], b["today"].year, age(p, b["today"]), job, stated)
        if s is not None:
            b["salary"] = s
            notes.append(f"{b['name']}: {src[0].spec.model if src else '-'} -> {s}")
    return notes


# ------------------------------------------------------------------------------------------- corpus C bundles

import unicodedata  # noqa: E402


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("İ", "I").replace("ı", "i")


def variant(p: Person, how: str) -> Person:
    g = p.given_names.split()
    if how == "accents":
        return replace(p, given_names=strip_accents(p.given_names), surname=strip_accents(p.surname))
    if how == "order":
        return replace(p, given_names=" ".join(reversed(g)))
    if how == "initial":
        return replace(p, given_names=" ".join([g[0]] + [x[0] + "." for x in g[1:]]) if len(g) > 1 else g[0][0] + ".")
    if how == "mrz":
        sur = strip_accents(p.surname).upper().replace(" ", "<").replace("-", "<")
        return replace(p, surname=f"{sur}<<{strip_accents(p.given_names).upper().replace(' ', '<')}", given_names="")
    raise ValueError(how)


#: Names with two given names (and accents where the nationality writes them) for the identity bundles.
NAMES2 = {"TUR": ("Zeynep Elif", "ÖZTÜRK", "F"), "COL": ("Andrés Felipe", "GÓMEZ", "M"), "MAR": ("Youssef Karim", "HADDAD", "M"),
          "PHL": ("Maria Luisa", "DELA CRUZ", "F"), "BRA": ("João Pedro", "CONCEIÇÃO", "M"), "IND": ("Arjun Kumar", "REDDY", "M"),
          "UKR": ("Olena Mariia", "KOVALENKO", "F"), "USA": ("Emily Grace", "JOHNSON", "F"), "NGA": ("Chiamaka Ngozi", "OKAFOR", "F"),
          "CHN": ("Li Na", "WANG", "F")}
ACCENTED = ("TUR", "COL", "BRA")
OTHER_SURNAMES = {"TUR": "KARAKAŞ", "COL": "CASTAÑO", "MAR": "BERRADA", "PHL": "MAGBANUA", "BRA": "FERREIRA", "IND": "PATEL",
                  "UKR": "MELNYK", "USA": "WILLIAMS", "NGA": "EZE", "CHN": "CHEN"}
OTHER_EMPLOYERS = {"flanders": ("Scheldekade Bouw SPECIMEN NV", "Scheldekaai 7, 2000 Antwerpen"),
                   "brussels": ("Atelier Exemple Services SRL", "Rue Royale 210, 1000 Bruxelles"),
                   "wallonia": ("Meuse Métal Exemple SA", "Quai de la Batte 12, 4020 Liège"),
                   "german-speaking": ("Eifel Transporte Muster GmbH", "Aachener Straße 95, 4700 Eupen")}

# name, permit, region, split, age (None: any), pay for a corpus C contract (or None: corpus A's contract), identity changes
C_PLANS = [
    # salary: above / below / under-30 / base vs total / net only / no salary
    ("c-hq-flanders-salary-below", "highly-qualified", "flanders", "dev", 34, dict(amount=45000.0, period="year", style="int_dot"), []),
    ("c-hq-flanders-under30-salary-ok", "highly-qualified", "flanders", "test", 26, dict(amount=41500.0, period="year", style="dot", words=True), []),
    ("c-hq-brussels-salary-base-below", "highly-qualified", "brussels", "dev", 33, dict(amount=3650.0, period="month", style="space",
                                                                                          extras=("13th", "vacation", "meal")), []),
    ("c-hq-brussels-salary-exact", "highly-qualified", "brussels", "test", 31, dict(amount=3703.44, period="month", style="dot"), []),
    ("c-bluecard-wallonia-salary-ok", "eu-blue-card", "wallonia", "dev", 38, dict(amount=70200.0, period="year", style="int_space"), []),
    ("c-bluecard-brussels-salary-total-only", "eu-blue-card", "brussels", "test", 36, dict(amount=72000.0, period="year", style="comma", basis="total"), []),
    ("c-exec-flanders-no-salary", "executive", "flanders", "dev", 45, dict(stated=False), []),
    ("c-hq-wallonia-salary-net-only", "highly-qualified", "wallonia", "test", 35, dict(amount=2950.0, period="month", style="space", gross="net"), []),
    ("c-exec-brussels-salary-below", "executive", "brussels", "test", 47, dict(amount=6500.0, period="month", style="plain"), []),
    ("c-hq-dg-salary-below", "highly-qualified", "german-speaking", "dev", 40, dict(amount=3300.0, period="month", style="dot", words=True), []),
    ("c-hq-wallonia-under30-salary-ok", "highly-qualified", "wallonia", "dev", 27, dict(amount=3200.0, period="month", style="int_space", words=True), []),
    ("c-exec-wallonia-salary-ok", "executive", "wallonia", "test", 50, dict(amount=6900.0, period="month", style="space", net=4150.0,
                                                                             extras=("car", "bonus")), []),
    # one person throughout: another person, another employer
    ("c-fixedterm-flanders-other-person-criminal-record", "single-permit-fixed-term", "flanders", "dev", None, None,
     [("criminal_record", "person", "other-same-given")]),
    ("c-research-wallonia-other-person-medical-certificate", "researcher", "wallonia", "test", None, None,
     [("medical_certificate", "person", "other")]),
    ("c-hq-brussels-other-person-criminal-record", "highly-qualified", "brussels", "test", 32, dict(amount=4100.0, period="month", style="int_dot"),
     [("criminal_record", "person", "other")]),
    ("c-fixedterm-wallonia-other-employer-contract", "single-permit-fixed-term", "wallonia", "dev", None, dict(amount=2850.0, period="month", style="space"),
     [("employment_contract", "employer", "other")]),
    ("c-unlimited-brussels-other-employer-payslip", "unlimited-duration", "brussels", "test", None, None,
     [("payslip", "employer", "other")]),
    ("c-fixedterm-dg-other-employer-contract", "single-permit-fixed-term", "german-speaking", "test", None, dict(amount=17.85, period="hour", style="dot"),
     [("employment_contract", "employer", "other")]),
    # spelling variants only (complete bundles stay complete)
    ("c-fixedterm-brussels-name-variants", "single-permit-fixed-term", "brussels", "dev", None, None,
     [("criminal_record", "person", "accents"), ("medical_certificate", "person", "order")]),
    ("c-hq-flanders-name-variants", "highly-qualified", "flanders", "test", 36, dict(amount=52000.0, period="year", style="int_dot"),
     [("medical_certificate", "person", "accents"), ("health_insurance", "person", "initial"), ("employment_contract", "person", "mrz")]),
    ("c-seasonal-flanders-name-mrz-style", "seasonal-worker", "flanders", "dev", None, dict(amount=15.20, period="hour", style="dot"),
     [("employment_contract", "person", "mrz"), ("fee_payment_proof", "person", "initial")]),
    ("c-exec-wallonia-name-order", "executive", "wallonia", "test", 44, dict(amount=7600.0, period="month", style="space"),
     [("criminal_record", "person", "order")]),
]


def build_bundles_c(models: list, split: dict[str, str], used_bundle_names: set[str]) -> tuple[list[dict], list[str]]:
    checklists = G.load_checklists()
    by_type: dict[str, list] = {}
    for m in models:
        by_type.setdefault(m.doc_type, []).append(m)
    cmodels = list(CS.MODELS_C)
    csplit = split_c(list(CS.MODELS_C) + list(EB.MODELS_C))
    warnings, bundles = [], []
    for idx, (bname, permit, region, bsplit, want_age, pay_kw, changes) in enumerate(C_PLANS):
        assert bname not in used_bundle_names
        r = G.R("cbundle", bname)
        in_be = permit == "unlimited-duration" or (permit not in ("intra-corporate-transfer", "seasonal-worker") and r.random() < 0.25)
        pp_nats = sorted({n_ for m in by_type.get("passport", []) if split[m.name] == bsplit for n_ in m.nationalities})
        need_acc = any(c[2] == "accents" for c in changes)
        cand = [n_ for n_ in pp_nats if n_ in ACCENTED] if need_acc else pp_nats
        if any(c[2] == "mrz" for c in changes) and "MAR" in pp_nats and not need_acc:
            cand = ["MAR"]
        nat = (cand or pp_nats)[G.H("cnat", bname) % len(cand or pp_nats)]
        today = date(2026, 11, 3) + timedelta(days=(idx * 5) % 40)
        base = G.make_person(f"cbundle|{bname}", nat, in_be, region)
        given, sur, sex = NAMES2[nat]
        by = today.year - (want_age if want_age else 29 + G.H("cage", bname) % 18) - 1
        bd = date(by, 1 + G.H("cbm", bname) % 12, 1 + G.H("cbd", bname) % 28)
        if (bd.month, bd.day) <= (today.month, today.day):
            bd = bd.replace(year=by + 1)   # age = want_age at today
        p = replace(base, given_names=given, surname=sur, sex=sex, birth_date=bd)
        if want_age:
            assert age(p, today) == want_age, (bname, age(p, today))
        reqs = checklists[permit]["requirements"]
        common = checklists[permit]["common"]
        applicable = [q for q in reqs if G.applies(q, common, p, today, in_be, False)]
        not_required = [q for q in reqs if q not in applicable]
        emp_ctx = G.make_context(f"cbundle|{bname}", today, today, region, permit)
        main_kbo = company_number(emp_ctx.employer)
        ch = {q: (kind, how) for q, kind, how in changes}
        statuses, files, identity_src, stated = {}, [], {}, None
        skip = False
        for q in applicable:
            if q not in by_type and q not in ("employment_contract", "payslip"):
                warnings.append(f"bundle {bname}: no model for {q}")
                skip = True
                break
            iss = today - timedelta(days=30 + G.H("iss", bname, q) % 90)
            if q == "passport":
                iss = today - timedelta(days=300 + G.H("iss", bname, q) % 2500)
            if q == "residence_permit":
                iss = today - timedelta(days=40 + G.H("iss", bname, q) % 250)
            if q == "diploma":
                iss = today - timedelta(days=500 + G.H("iss", bname, q) % 2500)
            if q == "payslip":
                iss = today - timedelta(days=10 + G.H("iss", bname, q) % 40)
            ctx = replace(emp_ctx, issue_date=iss)
            who = p
            kind, how = ch.get(q, (None, None))
            if kind == "person":
                if how.startswith("other"):
                    o = G.make_person(f"cbundle-other|{bname}", nat, in_be, region)
                    obd = date(p.birth_date.year + (3 if p.birth_date.year < 1995 else -4), 1 + (p.birth_date.month + 4) % 12, min(28, p.birth_date.day + 3))
                    who = replace(o, given_names=p.given_names if how == "other-same-given" else o.given_names,
                                  surname=OTHER_SURNAMES[nat], birth_date=obd, sex=p.sex if how == "other-same-given" else o.sex)
                else:
                    who = variant(p, how)
            use_c = (q == "employment_contract" and pay_kw is not None) or q == "payslip" or (kind == "employer")
            if use_c:
                dtype = q
                lang_pref = region_lang(region)
                period = (pay_kw or {}).get("period", "month")
                cands = [m for m in cmodels if m.doc_type == dtype and csplit[m.name] == bsplit and period in m.periods]
                if (pay_kw or {}).get("stated") is False:
                    cands = [m for m in cands if m.allow_none] or cands
                if (pay_kw or {}).get("gross") == "net":
                    cands = [m for m in cands if m.allow_net] or cands
                if (pay_kw or {}).get("basis") == "total":
                    cands = [m for m in cands if m.name != "c-worker-contract-hourly"] or cands
                if not cands:
                    cands = [m for m in cmodels if m.doc_type == dtype and period in m.periods and (csplit[m.name] == bsplit or True)]
                m = cands[G.H("cpick", bname, q) % len(cands)]
                langs = [lg for lg in m.languages if lg.split("+")[0] == lang_pref] or [lg for lg in m.languages if lg == "en"] or list(m.languages)
                lang = langs[G.H("clang", bname, q) % len(langs)]
                kw = dict(pay_kw or dict(amount=3350.0 if permit == "unlimited-duration" else 2900.0, period="month", style="dot"))
                kw.setdefault("hours", 38)
                pay = CS.Pay(kbo=main_kbo, **kw)
                if pay.style not in CS.styles_for(lang, float(pay.amount).is_integer()):
                    pay = replace(pay, style=CS.styles_for(lang, float(pay.amount).is_integer())[0])
                if kind == "employer":
                    oe = OTHER_EMPLOYERS[region]
                    ctx = replace(ctx, employer=oe[0], employer_address=oe[1])
                    pay = replace(pay, kbo=CS.valid_kbo(G.R("okbo", bname)))
                    assert CS.kbo_ok(pay.kbo)
                elif q == "employment_contract":
                    stated = {"amount": pay.amount, "period": pay.period, "gross": pay.gross, "basis": pay.basis, "hours": pay.hours} if pay.stated else None
                spec = m.build(who, ctx, lang, pay)
                mname = m.name
            else:
                cands = [m for m in by_type.get(q, []) if split[m.name] == bsplit and G.fits(m, p, in_be)]
                reg_ok = [m for m in cands if G.model_region(m) in (None, region)]
                exact = [m for m in reg_ok if G.model_region(m) == region]
                if q == "application_form" and permit == "unlimited-duration":
                    exact = [m for m in reg_ok if "unlimited" in m.name] or exact
                elif q == "application_form":
                    reg_ok = [m for m in reg_ok if "unlimited" not in m.name] or reg_ok
                pool = exact or reg_ok or cands
                if not pool:
                    warnings.append(f"bundle {bname}: no {bsplit} model for {q}; bundle skipped")
                    skip = True
                    break
                m = pool[G.H("pick", bname, q) % len(pool)]
                langs = list(m.languages)
                pref = [lg for lg in langs if lg.split("+")[0] == region_lang(region)] + [lg for lg in langs if lg.startswith("en")]
                lang = (pref or langs)[G.H("lang", bname, q) % len(pref or langs)]
                try:
                    spec = m.build(who, ctx, lang)
                except Exception as e:
                    warnings.append(f"bundle {bname}: {m.name} failed for {q} ({type(e).__name__}: {e}); bundle skipped")
                    skip = True
                    break
                if q == "passport" and spec.expiry_date and spec.expiry_date <= today:
                    spec = m.build(who, replace(ctx, issue_date=today - timedelta(days=400)), lang)
                if q == "employment_contract":
                    stated = stated_in_spec(spec)
                mname = m.name
            statuses[q] = "invalid" if (kind == "employer" or (kind == "person" and how.startswith("other"))) else "ok"
            files.append((q, mname, replace(spec, doc_id=f"{bname}--{q}")))
            if kind:
                identity_src[len(files) - 1] = (kind, "invalid" if statuses[q] == "invalid" else "warning")
        if skip:
            continue
        if permit == "intra-corporate-transfer":
            raise AssertionError("no ICT plans in corpus C")
        all_files = list(files)
        n_img = 1 + G.H("nimg", bname) % 3
        order = sorted(range(len(all_files)), key=lambda i: (all_files[i][0] not in G.ID_TYPES, G.H("img", bname, i)))
        img_idx = set(order[:n_img])
        namer = G.Namer()
        jobs, identity = [], []
        for i, (_q, _mname, spec) in enumerate(all_files):
            kind = ["scan", "photo", "scanpdf"][G.H("k", bname, i) % 3] if i in img_idx else "pdf"
            fmt = "jpg" if kind == "scan" and G.H("f", bname, i) % 3 else ("png" if kind == "scan" else "")
            ext = "pdf" if kind in ("pdf", "scanpdf") else (fmt or "jpg")
            fname = namer.name(bname + str(i), kind, ext, today - timedelta(days=25))
            jobs.append(G.Job(spec, kind, spec.doc_id, f"bundles/{bname}/{fname}", fmt))
            if i in identity_src:
                identity.append({"file": fname, "kind": identity_src[i][0], "expect": identity_src[i][1]})
        answers = G.ORDINARY_ANSWERS.get(region, {})
        for confirmed in answers.get("confirmed", []):
            statuses[confirmed] = "ok"
        for dropped in G.FACT_CHECK_NOT_REQUIRED.get((permit, region), []):
            if dropped in statuses:
                del statuses[dropped]
                not_required = sorted({*not_required, dropped})
        verdict = "complete" if all(s == "ok" for s in statuses.values()) else "incomplete"
        desc = f"{p.given_names} {p.surname} ({p.nationality}, born {p.birth_date.isoformat()}), {permit} in {region}" + \
            (", lives in Belgium" if in_be else ", applies from abroad")
        for q, kind, how in changes:
            if kind == "employer":
                desc += f"; the {q.replace('_', ' ')} is with another employer ({OTHER_EMPLOYERS[region][0]})"
            elif how.startswith("other"):
                desc += f"; the {q.replace('_', ' ')} is another person's ({OTHER_SURNAMES[nat]})"
            else:
                desc += f"; the {q.replace('_', ' ')} spells the name differently ({how})"
        sal = salary_status(permit, region, today.year, age(p, today), emp_ctx.job_title, stated)
        if sal:
            desc += f"; salary {sal['status']}"
        if not changes:
            desc += "; every required document present and valid"
        b = {"name": bname, "path": f"bundles/{bname}", "permit": permit, "region": region, "today": today,
             "applicant": {"in_belgium": in_be, "renewal": False, **answers}, "verdict": verdict, "statuses": statuses,
             "not_required": not_required, "warnings": [], "split": bsplit, "subset": False, "description": desc, "jobs": jobs,
             "identity": identity}
        if sal:
            b["salary"] = sal
        bundles.append(b)
    return bundles, warnings
