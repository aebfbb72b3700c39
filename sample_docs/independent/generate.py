"""Generate the independent evaluation corpus: standalone documents (files/ + labels.csv) and
applicant bundles (bundles/ + bundles.yaml).

Deterministic: every random choice is seeded from a document or bundle id (sha256, never
Python's hash()), PDFs are written with reportlab's invariant mode, so two runs give
byte-identical files.

    python generate.py                # everything, into this folder
    python generate.py --subset       # only the CI subset (standalone + bundles marked subset)
    python generate.py --missing      # only files that are not there yet
    python generate.py --out DIR --jobs 2

Content modules are every `content/*.py` not starting with "_" that exposes `MODELS`; a module
that is missing or fails to import is skipped with a warning (corpus B writes some of them).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib
import io
import math
import random
import sys
import time
import traceback
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import yaml  # noqa: E402

from spec import Context, DocSpec, Model, Person  # noqa: E402

CHECKLISTS = HERE.parent.parent / "checklists"
TYPES = ["application_form", "passport", "employment_contract", "medical_certificate", "criminal_record",
         "fee_payment_proof", "health_insurance", "residence_permit", "diploma", "vacancy_proof",
         "group_employment_proof", "assignment_letter", "hosting_agreement", "payslip", "order_to_leave", "entry_ban"]
A_TYPES = TYPES[:8]
ID_TYPES = {"passport", "residence_permit"}


def H(*parts: object) -> int:
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:15], 16)


def R(*parts: object) -> random.Random:
    return random.Random(H(*parts))


# ----------------------------------------------------------------------------------------- models

def load_models() -> tuple[list[Model], list[str]]:
    models, warnings = [], []
    for path in sorted((HERE / "content").glob("*.py")):
        if path.name.startswith("_"):
            continue
        name = "content." + path.stem
        try:
            mod = importlib.import_module(name)
            ms = list(mod.MODELS)
        except Exception as e:  # a helper's module may be absent or broken: skip it, say so
            warnings.append(f"skipped {path.name}: {type(e).__name__}: {e}")
            continue
        for m in ms:
            if not isinstance(m, Model) or not m.languages:
                warnings.append(f"{path.name}: ignored a malformed model {m!r:.60}")
                continue
            models.append(m)
    names = [m.name for m in models]
    dup = {n for n in names if names.count(n) > 1}
    if dup:
        warnings.append(f"duplicate model names (later ones dropped): {sorted(dup)}")
        seen, keep = set(), []
        for m in models:
            if m.name not in seen:
                keep.append(m)
                seen.add(m.name)
        models = keep
    return models, warnings


def split_of_models(models: list[Model]) -> dict[str, str]:
    """SPLIT BY MODEL. Within each document type, rank models by sha256(name); even ranks go to
    dev, odd ranks to test. Every type with >= 4 models thus has >= 2 in each split."""
    out = {}
    by_type: dict[str, list[Model]] = {}
    for m in models:
        by_type.setdefault(m.doc_type, []).append(m)
    for _doc_type, ms in by_type.items():
        ranked = sorted(ms, key=lambda m: hashlib.sha256(m.name.encode()).hexdigest())
        for i, m in enumerate(ranked):
            out[m.name] = "dev" if i % 2 == 0 else "test"
    return out


REGION_HINTS = {"vl-": "flanders", "vdab": "flanders", "flanders": "flanders", "bxl": "brussels", "actiris": "brussels",
                "brussels": "brussels", "wal-": "wallonia", "forem": "wallonia", "wallonia": "wallonia",
                "dg-": "german-speaking", "adg": "german-speaking"}


def model_region(m: Model) -> str | None:
    for k, v in REGION_HINTS.items():
        if k in m.name.lower():
            return v
    return None


# ----------------------------------------------------------------------------------------- persons

NAT = {
    "IND": {"en": "Indian", "fr": "indienne", "nl": "Indiaas", "de": "indisch"},
    "PHL": {"en": "Filipino", "fr": "philippine", "nl": "Filipijns", "de": "philippinisch"},
    "MAR": {"en": "Moroccan", "fr": "marocaine", "nl": "Marokkaans", "de": "marokkanisch"},
    "TUR": {"en": "Turkish", "fr": "turque", "nl": "Turks", "de": "türkisch"},
    "USA": {"en": "American", "fr": "américaine", "nl": "Amerikaans", "de": "amerikanisch"},
    "BRA": {"en": "Brazilian", "fr": "brésilienne", "nl": "Braziliaans", "de": "brasilianisch"},
    "COL": {"en": "Colombian", "fr": "colombienne", "nl": "Colombiaans", "de": "kolumbianisch"},
    "CHN": {"en": "Chinese", "fr": "chinoise", "nl": "Chinees", "de": "chinesisch"},
    "UKR": {"en": "Ukrainian", "fr": "ukrainienne", "nl": "Oekraïens", "de": "ukrainisch"},
    "NGA": {"en": "Nigerian", "fr": "nigériane", "nl": "Nigeriaans", "de": "nigerianisch"},
}
NAMES = {
    "IND": (["Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram"], ["SHARMA", "IYER", "REDDY", "NAIR", "SPECIMEN"], ["Bengaluru", "Chennai", "Pune", "Hyderabad"]),
    "PHL": (["Maria Luisa", "Jose Miguel", "Angelica", "Mark Anthony"], ["SANTOS", "DELA CRUZ", "REYES", "SPECIMEN"], ["Quezon City", "Cebu City", "Davao City"]),
    "MAR": (["Yasmine", "Youssef", "Salma", "Omar"], ["EL AMRANI", "BENNANI", "SPECIMEN", "TAZI"], ["Casablanca", "Rabat", "Fès", "Tanger"]),
    "TUR": (["Elif", "Mehmet", "Zeynep", "Emre"], ["YILMAZ", "ÖZTÜRK", "SPECIMEN", "KAYA"], ["İstanbul", "Ankara", "İzmir", "Bursa"]),
    "USA": (["Emily Grace", "Michael", "Sarah", "Daniel James"], ["JOHNSON", "SPECIMEN", "MILLER", "HAPPY TRAVELER"], ["Ohio, U.S.A.", "Texas, U.S.A.", "California, U.S.A."]),
    "BRA": (["Ana Beatriz", "João Pedro", "Larissa", "Thiago"], ["DA SILVA", "SPECIMEN", "OLIVEIRA", "SOUZA"], ["São Paulo", "Recife", "Curitiba"]),
    "COL": (["Valentina", "Santiago", "Camila", "Andrés Felipe"], ["GÓMEZ", "SPECIMEN", "RODRÍGUEZ", "MARTÍNEZ"], ["Medellín", "Bogotá", "Cali"]),
    "CHN": (["Wei", "Li Na", "Jun", "Xiaoyu"], ["ZHANG", "SPECIMEN", "WANG", "LIU"], ["Shanghai", "Chengdu", "Wuhan"]),
    "UKR": (["Olena", "Andrii", "Iryna", "Taras"], ["SHEVCHENKO", "SPECIMEN", "KOVALENKO", "BONDARENKO"], ["Kyiv", "Lviv", "Kharkiv"]),
    "NGA": (["Chiamaka", "Oluwaseun", "Ngozi", "Emeka"], ["ADEYEMI", "SPECIMEN", "OKAFOR", "BELLO"], ["Lagos", "Abuja", "Enugu"]),
}
PASSPORT_PATTERN = {"IND": "@#######", "PHL": "P#######@", "MAR": "@@#######", "TUR": "U########", "USA": "#########",
                    "BRA": "@@######", "COL": "AX#######", "CHN": "E########", "UKR": "@@######", "NGA": "A########"}


def _fill(pattern: str, r: random.Random) -> str:
    return "".join(str(r.randint(0, 9)) if c == "#" else chr(65 + r.randint(0, 25)) if c == "@" else c for c in pattern)


def make_person(key: str, nationality: str | None = None, in_belgium: bool = False, region: str = "brussels") -> Person:
    r = R("person", key)
    n = nationality or r.choice(sorted(NAT))
    given, surnames, places = NAMES[n]
    g = r.choice(given)
    female = g in ("Priya", "Ananya", "Kavya", "Maria Luisa", "Angelica", "Yasmine", "Salma", "Elif", "Zeynep", "Emily Grace",
                   "Sarah", "Ana Beatriz", "Larissa", "Valentina", "Camila", "Li Na", "Xiaoyu", "Olena", "Iryna", "Chiamaka", "Ngozi")
    born = date(r.randint(1975, 2001), r.randint(1, 12), r.randint(1, 28))
    addr = ""
    if in_belgium:
        from content._common import address_in, region_lang
        addr = address_in(region, region_lang(region), r)
    return Person(given_names=g, surname=r.choice(surnames), sex="F" if female else "M", birth_date=born,
                  birth_place=r.choice(places), nationality=n, nationality_name=NAT[n],
                  passport_number=_fill(PASSPORT_PATTERN[n], r), address=addr)


EMPLOYERS = {
    "flanders": [("SPECIMEN Logistics NV", "Havenlaan 12, 2030 Antwerpen"), ("Voorbeeld Software BV", "Kortrijksesteenweg 200, 9000 Gent"),
                 ("Kempen Tuinbouw SPECIMEN BV", "Boerenkrijglaan 8, 2260 Westerlo"), ("KU SPECIMEN Research vzw", "Naamsestraat 22, 3000 Leuven")],
    "brussels": [("SPECIMEN Consulting SRL", "Avenue Louise 140, 1050 Bruxelles"), ("Exemple Digital SA", "Rue de la Loi 80, 1040 Bruxelles"),
                 ("Université SPECIMEN de Bruxelles", "Avenue F. Roosevelt 50, 1050 Bruxelles"), ("Brasserie Exemple SRL", "Place du Jeu de Balle 3, 1000 Bruxelles")],
    "wallonia": [("SPECIMEN Aéro SA", "Rue de l'Aéroport 5, 4460 Grâce-Hollogne"), ("Exemple Pharma SA", "Rue de l'Institut 89, 1330 Rixensart"),
                 ("Vergers Exemple SRL", "Chaussée de Namur 300, 5030 Gembloux"), ("Université Exemple de Liège", "Place du 20-Août 7, 4000 Liège")],
    "german-speaking": [("SPECIMEN Kabelwerk AG", "Industriestraße 10, 4700 Eupen"), ("Muster Holzbau GmbH", "Malmedyer Straße 40, 4780 Sankt Vith"),
                        ("Forschungszentrum Muster VoG", "Hütte 79, 4700 Eupen"), ("Hotel Muster GmbH", "Hauptstraße 5, 4780 Sankt Vith")],
}
JOBS = {
    "single-permit-fixed-term": ["Welder", "Heavy goods mechanic", "Care assistant nurse", "Cook"],
    "highly-qualified": ["Software engineer", "Data scientist", "Process engineer", "Financial analyst"],
    "eu-blue-card": ["Senior software architect", "Cloud engineer", "Electrical engineer"],
    "executive": ["Managing director", "Chief financial officer", "Regional sales director"],
    "intra-corporate-transfer": ["IT specialist (ICT)", "Project manager (ICT)", "Engineering specialist"],
    "researcher": ["Postdoctoral researcher", "Research fellow"],
    "seasonal-worker": ["Fruit picker (seasonal harvest)", "Horticulture plant worker (seasonal)"],
    "unlimited-duration": ["Warehouse technician", "Software developer", "Nurse"],
}
PERMITS = list(JOBS)


def make_context(key: str, today: date, issue: date, region: str, permit: str) -> Context:
    r = R("ctx", key)
    emp = EMPLOYERS[region]
    if permit == "researcher":
        e = emp[2]
    elif permit == "seasonal-worker":
        e = emp[2] if region in ("flanders", "wallonia") else emp[3]
    else:
        e = r.choice([emp[0], emp[1], emp[3]])
    return Context(today=today, issue_date=issue, employer=e[0], employer_address=e[1], region=region, permit=permit,
                   job_title=r.choice(JOBS[permit]), rng=random.Random(H("ctxrng", key)))


# ----------------------------------------------------------------------------------------- rendering jobs

@dataclass(frozen=True)
class Job:
    spec: DocSpec
    kind: str
    seed: str
    relpath: str
    fmt: str = ""


def _render_job(job: Job, out: str) -> tuple[str, str, int, str]:
    from render import render
    r = render(job.spec, job.kind, job.seed, job.fmt)
    path = Path(out) / job.relpath
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(r.data)
    return job.relpath, hashlib.sha256(r.data).hexdigest(), r.pages, r.degradation


def _run_one(args):
    job, out = args
    try:
        return _render_job(job, out)
    except Exception:
        return job.relpath, "ERROR " + traceback.format_exc(limit=4), 0, ""


def run_jobs(jobs: list[Job], out: Path, n_jobs: int, missing: bool) -> dict[str, tuple[str, int, str]]:
    results = {}
    todo = []
    for j in jobs:
        p = out / j.relpath
        if missing and p.exists():
            results[j.relpath] = None  # filled from labels or re-hashed below
        else:
            todo.append(j)
    if n_jobs > 1 and len(todo) > 4:
        import multiprocessing as mp
        with mp.get_context("fork").Pool(n_jobs) as pool:
            for rel, sha, pages, deg in pool.imap_unordered(_run_one, [(j, str(out)) for j in todo], chunksize=2):
                results[rel] = (sha, pages, deg)
    else:
        for j in todo:
            rel, sha, pages, deg = _run_one((j, str(out)))
            results[rel] = (sha, pages, deg)
    for rel, v in list(results.items()):
        if v is not None and v[0].startswith("ERROR"):
            print(f"ERROR rendering {rel}:\n{v[0]}", file=sys.stderr)
    return results


# ----------------------------------------------------------------------------------------- names

class Namer:
    """Neutral file names as phones, scanners and browsers produce them (never the type)."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def name(self, key: str, kind: str, ext: str, when: date) -> str:
        r = R("name", key)
        hh, mm, ss = r.randint(7, 21), r.randint(0, 59), r.randint(0, 59)
        d = when + timedelta(days=r.randint(0, 20))
        if kind == "photo":
            pats = [f"IMG_{d:%Y%m%d}_{hh:02d}{mm:02d}{ss:02d}.jpg", f"WhatsApp Image {d:%Y-%m-%d} at {hh:02d}.{mm:02d}.{ss:02d}.jpeg",
                    f"PXL_{d:%Y%m%d}_{hh:02d}{mm:02d}{ss:02d}{r.randint(100, 999)}.jpg", f"{d:%Y%m%d}_{hh:02d}{mm:02d}{ss:02d}.jpg",
                    f"photo_{d:%Y-%m-%d}_{hh:02d}-{mm:02d}-{ss:02d}.jpg", f"IMG-{d:%Y%m%d}-WA{r.randint(0, 99):04d}.jpg"]
        elif kind == "scan":
            e = ext
            pats = [f"Scan_{d:%Y-%m-%d}.{e}", f"scan{r.randint(1, 120):04d}.{e}", f"SCN_{r.randint(1, 999):04d}.{e}",
                    f"img{d:%Y%m%d}_{hh:02d}{mm:02d}{ss:02d}{r.randint(10, 99)}.{e}", f"Numérisation_{d:%Y%m%d}.{e}",
                    f"EPSON{r.randint(1, 999):03d}.{e}", f"Scan {d:%d-%m-%Y} {hh:02d}.{mm:02d}.{ss:02d}.{e}"]
        elif kind == "scanpdf":
            pats = [f"scan{r.randint(1, 120):04d}.pdf", f"CamScanner {d:%m-%d-%Y} {hh:02d}.{mm:02d}.pdf",
                    f"Scan_{d:%Y%m%d}_{hh:02d}{mm:02d}{ss:02d}.pdf", f"SKM_C{r.choice([224, 258, 308])}e{d:%y%m%d}{hh:02d}{mm:02d}0.pdf",
                    f"Doc{d:%Y%m%d}.pdf", f"Adobe Scan {d:%d %b %Y}.pdf"]
        else:
            pats = [f"document({r.randint(1, 9)}).pdf", "document.pdf", f"download ({r.randint(1, 12)}).pdf", f"{d:%Y%m%d}{hh:02d}{mm:02d}{ss:02d}.pdf",
                    f"file_{r.randint(1000, 9999)}.pdf", f"Doc{r.randint(1, 9)}.pdf", f"print_{d:%Y-%m-%d}.pdf",
                    f"{r.randint(10 ** 7, 10 ** 8 - 1)}.pdf"]
        base = r.choice(pats)
        nm, n = base, 1
        stem, dot, e = base.rpartition(".")
        while nm.lower() in self.used:
            n += 1
            nm = f"{stem} ({n}).{e}" if r.random() < 0.6 else f"{stem}_{n}.{e}"
        self.used.add(nm.lower())
        return nm


# ----------------------------------------------------------------------------------------- standalone

TODAY_BASE = date(2026, 11, 2)

KIND_WEIGHTS = {"id": [("pdf", 0.05), ("scanpdf", 0.20), ("scan", 0.37), ("photo", 0.38)],
                "doc": [("pdf", 0.36), ("scanpdf", 0.15), ("scan", 0.245), ("photo", 0.245)]}


def pick_kind(r: random.Random, doc_type: str) -> str:
    w = KIND_WEIGHTS["id" if doc_type in ID_TYPES else "doc"]
    x = r.random()
    for k, p in w:
        x -= p
        if x <= 0:
            return k
    return w[-1][0]


def fits(m: Model, p: Person, in_belgium: bool) -> bool:
    if m.nationalities and p.nationality not in m.nationalities:
        return False
    if m.in_belgium is not None and m.in_belgium != in_belgium:
        return False
    return True


def issue_for(doc_type: str, today: date, r: random.Random) -> date:
    if doc_type == "passport":
        return today - timedelta(days=r.randint(200, 3300))
    if doc_type == "residence_permit":
        return today - timedelta(days=r.randint(40, 300))
    if doc_type == "diploma":
        return today - timedelta(days=r.randint(400, 3000))
    if doc_type == "payslip":
        return today - timedelta(days=r.randint(20, 60))
    return today - timedelta(days=r.randint(30, 120))


def build_standalone(models: list[Model], split: dict[str, str]) -> list[dict]:
    by_type: dict[str, list[Model]] = {}
    for m in models:
        by_type.setdefault(m.doc_type, []).append(m)
    docs = []
    for t in sorted(by_type):
        ms = sorted(by_type[t], key=lambda m: m.name)
        target = 20 if t in A_TYPES else (max(45, len(ms)) if t == "unknown" else 16)
        per = max(2, math.ceil(target / len(ms))) if t != "unknown" else max(1, math.ceil(target / len(ms)))
        for m in ms:
            for i in range(per):
                lang = m.languages[i % len(m.languages)]
                key = f"{m.name}|{lang}|{i}"
                r = R("doc", key)
                in_be = m.in_belgium if m.in_belgium is not None else (r.random() < 0.35)
                nat = m.nationalities[i % len(m.nationalities)] if m.nationalities else None
                region = model_region(m) or r.choice(["flanders", "brussels", "wallonia", "german-speaking"] if lang != "de" else ["german-speaking"])
                if lang.startswith("nl") and region in ("wallonia", "german-speaking") and not model_region(m):
                    region = "flanders"
                if lang.startswith("fr") and region == "flanders" and not model_region(m):
                    region = r.choice(["brussels", "wallonia"])
                p = make_person("sa|" + key, nat, in_be, region)
                today = TODAY_BASE + timedelta(days=r.randint(0, 40))
                permit = r.choice(PERMITS)
                if "research" in m.name or "hosting" in m.name:
                    permit = "researcher"
                elif "ict" in m.name or "group" in m.name or "assignment" in m.name:
                    permit = "intra-corporate-transfer"
                elif "ouvrier" in m.name:
                    permit = r.choice(["seasonal-worker", "single-permit-fixed-term"])
                elif "employe" in m.name or "employment-agreement" in m.name or "arbeidsovereenkomst" in m.name:
                    permit = r.choice(["highly-qualified", "eu-blue-card", "executive", "single-permit-fixed-term"])
                ctx = make_context("sa|" + key, today, issue_for(t, today, r), region, permit)
                try:
                    spec = m.build(p, ctx, lang)
                except Exception as e:
                    print(f"warning: model {m.name} ({lang}) failed to build: {type(e).__name__}: {e}", file=sys.stderr)
                    continue
                doc_id = f"{m.name}--{lang}--{i}"
                spec = replace(spec, doc_id=doc_id)
                kind = pick_kind(r, t)
                if t == "passport" and len(spec.pages) > 1 and r.random() < 0.6:
                    kind = "scanpdf"   # a copy of every page, as Brussels asks
                docs.append({"spec": spec, "kind": kind, "model": m.name, "doc_type": spec.doc_type, "language": spec.language,
                             "split": split[m.name], "issue": spec.issue_date})
    # neutral file names
    namer = Namer()
    for d in docs:
        ext = "pdf" if d["kind"] in ("pdf", "scanpdf") else "jpg"
        fmt = ""
        if d["kind"] == "scan":
            fmt = "png" if R("fmt", d["spec"].doc_id).random() < 0.35 else "jpg"
            ext = fmt
        d["fmt"] = fmt
        when = d["issue"] if d["issue"] and d["issue"] > date(2025, 6, 1) else TODAY_BASE - timedelta(days=30)
        d["path"] = "files/" + namer.name(d["spec"].doc_id, d["kind"], ext, when)
    choose_subset(docs)
    return docs


def choose_subset(docs: list[dict]) -> None:
    """~45 dev files: every type at least twice, every kind present; cheap kinds preferred."""
    for d in docs:
        d["subset"] = 0
    dev = [d for d in docs if d["split"] == "dev"]
    types = sorted({d["doc_type"] for d in docs})
    chosen = []
    for t in types:
        cands = sorted([d for d in dev if d["doc_type"] == t], key=lambda d: H("sub", d["spec"].doc_id))
        kinds_seen = set()
        picked = []
        for d in cands:   # first a different kind each time
            if d["kind"] not in kinds_seen and len(picked) < 2:
                picked.append(d)
                kinds_seen.add(d["kind"])
        for d in cands:
            if len(picked) >= 2:
                break
            if d not in picked:
                picked.append(d)
        chosen += picked
    extra = sorted([d for d in dev if d not in chosen], key=lambda d: H("sub2", d["spec"].doc_id))
    for k in ("photo", "scan", "scanpdf", "pdf"):
        if not any(c["kind"] == k for c in chosen):
            chosen += [d for d in extra if d["kind"] == k][:1]
    for d in extra:
        if len(chosen) >= 45:
            break
        if d not in chosen and d["kind"] in ("pdf", "scanpdf", "scan"):
            chosen.append(d)
    for d in chosen:
        d["subset"] = 1


# ----------------------------------------------------------------------------------------- bundles

def load_checklists() -> dict[str, dict]:
    common = yaml.safe_load((CHECKLISTS / "common.yaml").read_text())["requirements"]
    out = {}
    for f in sorted(CHECKLISTS.glob("*.yaml")):
        if f.stem == "common":
            continue
        data = yaml.safe_load(f.read_text())
        out[f.stem] = {"requirements": data["requirements"], "common": common}
    return out


def applies(req: str, common: dict, p: Person, today: date, in_belgium: bool, renewal: bool) -> bool:
    from content._common import age
    cond = (common.get(req) or {}).get("applies_when") or {}
    if "age_at_least" in cond and age(p, today) < cond["age_at_least"]:
        return False
    if "nationality_not" in cond and p.nationality in cond["nationality_not"]:
        return False
    if "renewal" in cond and cond["renewal"] != renewal:
        return False
    if "in_belgium" in cond and cond["in_belgium"] != in_belgium:
        return False
    return True


REGIONS = ["flanders", "brussels", "wallonia", "german-speaking"]
NATS_CYCLE = ["IND", "PHL", "MAR", "TUR", "USA", "BRA", "COL", "CHN", "UKR", "NGA"]

# Gap bundles: (permit, region, gap kind, requirement)
GAPS = [
    ("highly-qualified", "flanders", "missing", "medical_certificate"),
    ("eu-blue-card", "brussels", "age", "criminal_record"),
    ("single-permit-fixed-term", "wallonia", "missing", "vacancy_proof"),
    ("executive", "german-speaking", "expired", "passport"),
    ("researcher", "flanders", "missing", "hosting_agreement"),
    ("intra-corporate-transfer", "brussels", "missing", "assignment_letter"),
    ("seasonal-worker", "wallonia", "age", "medical_certificate"),
    ("unlimited-duration", "flanders", "missing", "payslip"),
    ("highly-qualified", "brussels", "missing", "fee_payment_proof"),
    ("eu-blue-card", "german-speaking", "missing", "diploma"),
    ("single-permit-fixed-term", "flanders", "age", "criminal_record"),
    ("executive", "wallonia", "missing", "health_insurance"),
    ("researcher", "brussels", "expired", "passport"),
    ("intra-corporate-transfer", "flanders", "missing", "group_employment_proof"),
    ("seasonal-worker", "german-speaking", "missing", "employment_contract"),
    ("unlimited-duration", "wallonia", "missing", "residence_permit"),
    ("highly-qualified", "wallonia", "missing", "application_form"),
    ("eu-blue-card", "flanders", "age", "medical_certificate"),
    ("executive", "brussels", "missing", "criminal_record"),
    ("single-permit-fixed-term", "german-speaking", "expired", "passport"),
]


#: What an ordinary employer filing itself answers to the checklist's questions (see build_bundles).
ORDINARY_ANSWERS = {
    "flanders": {"confirmed": ["flemish_regional_fee"]},
    "brussels": {"filed_by_agent": False, "confirmed": ["employer_id_copy"]},
}


#: Requirements the fact-check of the checklists (shared/reference/checklist-facts-2026-12.md)
#: found that a region does not ask for: #35, Wallonia applies no labour-market test to seasonal work.
FACT_CHECK_NOT_REQUIRED = {
    ("seasonal-worker", "wallonia"): ["vacancy_proof"],
}


def build_bundles(models: list[Model], split: dict[str, str]) -> tuple[list[dict], list[str]]:
    checklists = load_checklists()
    by_type: dict[str, list[Model]] = {}
    for m in models:
        by_type.setdefault(m.doc_type, []).append(m)
    warnings = []
    plans = []
    n = 0
    for permit in PERMITS:
        for region in REGIONS:
            plans.append((permit, region, None, None))
    for g in GAPS:
        plans.append(g)
    # one bundle with a removal order (warning) and complete otherwise
    plans.append(("highly-qualified", "brussels", "removal", None))
    bundles = []
    for idx, (permit, region, gap, gap_req) in enumerate(plans):
        n += 1
        bsplit = "dev" if idx % 2 == 0 else "test"
        if gap and idx >= 32:
            bsplit = "dev" if (idx - 32) % 2 == 0 else "test"
        r = R("bundle", permit, region, gap, gap_req)
        in_be = permit == "unlimited-duration" or (permit not in ("intra-corporate-transfer", "seasonal-worker") and r.random() < 0.25)
        renewal = False
        # the applicant's nationality must have a passport model in the bundle's split
        pp_nats = sorted({n_ for m in by_type.get("passport", []) if split[m.name] == bsplit for n_ in m.nationalities}) or NATS_CYCLE
        nat = pp_nats[(idx // 2) % len(pp_nats)]
        p = make_person(f"bundle|{idx}|{permit}|{region}", nat, in_be, region)
        today = date(2026, 11, 2) + timedelta(days=(idx * 3) % 45)
        name_parts = {"highly-qualified": "hq", "eu-blue-card": "bluecard", "executive": "exec", "intra-corporate-transfer": "ict",
                      "researcher": "research", "seasonal-worker": "seasonal", "single-permit-fixed-term": "fixedterm",
                      "unlimited-duration": "unlimited"}
        rname = {"flanders": "flanders", "brussels": "brussels", "wallonia": "wallonia", "german-speaking": "dg"}[region]
        if gap is None:
            bname = f"{name_parts[permit]}-{rname}-complete"
        elif gap == "removal":
            bname = f"{name_parts[permit]}-{rname}-with-removal-order"
        else:
            label = {"missing": "missing", "age": "old", "expired": "expired"}[gap]
            bname = f"{name_parts[permit]}-{rname}-{label}-{gap_req.replace('_', '-')}"
        reqs = checklists[permit]["requirements"]
        common = checklists[permit]["common"]
        applicable = [q for q in reqs if applies(q, common, p, today, in_be, renewal)]
        not_required = [q for q in reqs if q not in applicable]
        if gap_req and gap_req not in applicable:
            warnings.append(f"bundle {bname}: gap requirement {gap_req} does not apply; skipped")
            continue
        ctx_key = f"bundle|{bname}"
        emp_ctx = make_context(ctx_key, today, today, region, permit)
        statuses = {}
        files = []
        skip = False
        for q in applicable:
            if gap == "missing" and q == gap_req:
                statuses[q] = "missing"
                continue
            cands = [m for m in by_type.get(q, []) if split[m.name] == bsplit and fits(m, p, in_be)]
            reg_ok = [m for m in cands if model_region(m) in (None, region)]
            exact = [m for m in reg_ok if model_region(m) == region]
            if q == "application_form" and permit == "unlimited-duration":
                exact = [m for m in reg_ok if "unlimited" in m.name] or exact
            elif q == "application_form":
                reg_ok = [m for m in reg_ok if "unlimited" not in m.name] or reg_ok
            pool = exact or reg_ok or cands
            if not pool:
                warnings.append(f"bundle {bname}: no {bsplit} model for {q}; bundle skipped")
                skip = True
                break
            m = pool[H("pick", bname, q) % len(pool)]
            langs = list(m.languages)
            from content._common import region_lang
            pref = [lg for lg in langs if lg.split("+")[0] == region_lang(region)] + [lg for lg in langs if lg.startswith("en")]
            lang = (pref or langs)[H("lang", bname, q) % len(pref or langs)]
            iss = today - timedelta(days=30 + H("iss", bname, q) % 90)
            if q == "passport":
                iss = today - timedelta(days=300 + H("iss", bname, q) % 2500)
            if q == "residence_permit":
                iss = today - timedelta(days=40 + H("iss", bname, q) % 250)
            if q == "diploma":
                iss = today - timedelta(days=500 + H("iss", bname, q) % 2500)
            if q == "payslip":
                iss = today - timedelta(days=10 + H("iss", bname, q) % 40)
            status = "ok"
            if gap == "age" and q == gap_req:
                iss = today - timedelta(days=200 + H("old", bname) % 90)   # 6.5 to 9.5 months
                status = "invalid"
            if gap == "expired" and q == gap_req:
                iss = today - timedelta(days=3653 + 20 + H("exp", bname) % 200)  # 10-year passport now expired
                status = "invalid"
            ctx = replace(emp_ctx, issue_date=iss)
            try:
                spec = m.build(p, ctx, lang)
            except Exception as e:
                warnings.append(f"bundle {bname}: {m.name} failed ({e}); bundle skipped")
                skip = True
                break
            if q == "passport" and status == "ok" and spec.expiry_date and spec.expiry_date <= today:
                spec = m.build(p, replace(ctx, issue_date=today - timedelta(days=400)), lang)
            statuses[q] = status
            files.append((q, m.name, replace(spec, doc_id=f"{bname}--{q}")))
        if skip:
            continue
        warn_list = []
        extras = []
        if gap == "removal":
            ol = [m for m in by_type.get("order_to_leave", []) if split[m.name] == bsplit] or by_type.get("order_to_leave", [])
            if not ol:
                warnings.append(f"bundle {bname}: no order_to_leave model; bundle skipped")
                continue
            m = ol[0]
            lang = [lg for lg in m.languages if lg.startswith("fr")][0] if any(lg.startswith("fr") for lg in m.languages) else m.languages[0]
            spec = m.build(p, replace(emp_ctx, issue_date=today - timedelta(days=400)), lang)
            extras.append(("order_to_leave", m.name, replace(spec, doc_id=f"{bname}--order_to_leave")))
            warn_list.append("order_to_leave")
        # a harmless unrelated document in some bundles
        unrel = [m for m in by_type.get("unknown", []) if split[m.name] == bsplit]
        if unrel and r.random() < 0.35:
            m = unrel[H("unrel", bname) % len(unrel)]
            lang = m.languages[0]
            try:
                spec = m.build(p, replace(emp_ctx, issue_date=today - timedelta(days=20)), lang)
                extras.append(("unknown", m.name, replace(spec, doc_id=f"{bname}--unrelated")))
            except Exception as e:
                warnings.append(f"bundle {bname}: unrelated model {m.name} failed: {e}")
        # media: mostly born-digital PDFs, 1-3 scans/photos (passport and card first)
        all_files = files + extras
        n_img = 1 + H("nimg", bname) % 3
        order = sorted(range(len(all_files)), key=lambda i: (all_files[i][0] not in ID_TYPES, H("img", bname, i)))
        img_idx = set(order[:n_img])
        namer = Namer()
        jobs = []
        for i, (_q, _mname, spec) in enumerate(all_files):
            if i in img_idx:
                kind = ["scan", "photo", "scanpdf"][H("k", bname, i) % 3]
            else:
                kind = "pdf"
            fmt = "jpg" if kind == "scan" and H("f", bname, i) % 3 else ("png" if kind == "scan" else "")
            ext = "pdf" if kind in ("pdf", "scanpdf") else (fmt or "jpg")
            fname = namer.name(bname + str(i), kind, ext, today - timedelta(days=25))   # copied/scanned shortly before filing
            jobs.append(Job(spec, kind, spec.doc_id, f"bundles/{bname}/{fname}", fmt))
        # Added by the lead after the checklist facts issue (12), which made documents docscan cannot
        # recognise (the Flemish portal fee, the Brussels employer's ID copy) requirements that the user
        # confirms: an ordinary employer filing itself answers so, and those requirements are then ok.
        answers = ORDINARY_ANSWERS.get(region, {})
        for confirmed in answers.get("confirmed", []):
            statuses[confirmed] = "ok"
        # Also the lead's: what the December 2026 fact-check of the checklists corrected (the
        # documents are unchanged, only what the bundle is expected to require).
        for dropped in FACT_CHECK_NOT_REQUIRED.get((permit, region), []):
            if dropped in statuses:
                del statuses[dropped]
                not_required = sorted({*not_required, dropped})
        verdict = "complete" if all(s == "ok" for s in statuses.values()) else "incomplete"
        desc = f"{p.given_names} {p.surname} ({p.nationality}), {permit} in {region}" + (", lives in Belgium" if in_be else ", applies from abroad")
        if gap == "missing":
            desc += f"; {gap_req} is missing"
        elif gap == "age":
            desc += f"; the {gap_req.replace('_', ' ')} is more than 6 months old at {today.isoformat()}"
        elif gap == "expired":
            desc += f"; the passport expired before {today.isoformat()}"
        elif gap == "removal":
            desc += "; the file also holds an old order to leave the territory (warning only)"
        else:
            desc += "; every required document present and valid"
        if any(q == "unknown" for q, _, _ in extras):
            desc += "; includes an unrelated document"
        bundles.append({
            "name": bname, "path": f"bundles/{bname}", "permit": permit, "region": region, "today": today,
            "applicant": {"in_belgium": in_be, "renewal": renewal, **answers}, "verdict": verdict, "statuses": statuses,
            "not_required": not_required, "warnings": warn_list, "split": bsplit, "subset": False,
            "description": desc, "jobs": jobs, "person": p, "job": emp_ctx.job_title,   # person, job: for corpus C's salary key
        })
    # CI subset: 4 small dev bundles (2 complete, 2 with a gap)
    dev_c = [b for b in bundles if b["split"] == "dev" and b["verdict"] == "complete" and not b["warnings"]]
    dev_g = [b for b in bundles if b["split"] == "dev" and b["verdict"] == "incomplete"]
    for b in sorted(dev_c, key=lambda b: len(b["jobs"]))[:2] + sorted(dev_g, key=lambda b: len(b["jobs"]))[:2]:
        b["subset"] = True
    return bundles, warnings


# ----------------------------------------------------------------------------------------- main

LABEL_HEADER = """# Independent evaluation corpus, standalone documents (bundles are described in bundles.yaml).
# Written without seeing docscan's rules; regenerate with generate.py (byte-identical).
# path: file relative to sample_docs/independent/
# doc_type: one of the 16 docscan type ids, or unknown (none of them)
# language: fr, nl, de, en, or combined codes: fr+nl bilingual, tr+fr original + sworn translation, en+fr+es captions
# kind: pdf (born-digital, text layer) | scanpdf (image-only PDF) | scan (flatbed PNG/JPEG) | photo (phone JPEG)
# base: the document id (model--language--index); model: the real-world model imitated (see README)
# split: dev | test, by model (all documents of a model are in the same split)
# subset: 1 for the CI subset (~45 dev files)
# pages: pages in the file; degradation: what was done to the image (none for born-digital)
# legible: 1 (every file is meant to be readable by a person); issue_date: ISO or empty; sha256 of the file
"""
COLUMNS = ["path", "doc_type", "language", "kind", "base", "model", "split", "subset", "pages", "degradation", "legible",
           "issue_date", "sha256"]


def read_labels(path: Path) -> dict[str, dict]:
    if not path.exists():
        return {}
    lines = [ln for ln in path.read_text().splitlines() if ln and not ln.startswith("#")]
    return {row["path"]: row for row in csv.DictReader(lines)}


BUNDLE_HEADER_C = """# Added by corpus C. identity: the documents of the bundle that name someone else or spell the applicant differently,
#   [{file: <file name in the bundle folder>, kind: person | employer, expect: invalid | warning}]: invalid = another person
#   (other surname and birth date) or another employer (other name and enterprise number), and the requirement it was
#   meant to meet is `invalid`, the verdict `incomplete`; warning = a spelling variant of the same person (accents dropped,
#   given names in another order, an initial, an MRZ-style SURNAME<<GIVEN<NAMES), statuses and verdict unchanged; [] = none.
# salary (only where checklists/<permit>.yaml has a salary threshold for the region): {status: ok | invalid | needs_review,
#   amount: as stated, period: month | year | hour, gross: gross | net}, judged on the employment contract (the assignment
#   letter for an intra-corporate transfer) against the checklist's threshold for the bundle's year (the undated one if
#   none), the under-30 band when the applicant is under 30 at `today` and the band exists, the ICT role from the job
#   title (manager / specialist). Yearly thresholds are compared with monthly pay x 13.92 (Flanders: yearly / 13.92 is the
#   monthly threshold; the same convention is used for Wallonia and the German-speaking Community); Brussels compares the
#   base monthly wage (a yearly base / 12). needs_review: no salary stated, only a net figure, an hourly wage without weekly
#   hours, pay in a foreign currency, or (Brussels) only a total package. The salary does not change statuses or verdict.
"""


def write_bundles_yaml(path: Path, bundles: list[dict]) -> None:
    out = io.StringIO()
    out.write("# Applicant bundles of the independent corpus; files under bundles/<name>/ (regenerate with generate.py).\n")
    out.write("# statuses: every requirement that applies (ok | missing | invalid); not_required: requirements of the permit\n")
    out.write("# that do not apply to this applicant; warnings: removal documents present in the bundle.\n")
    out.write(BUNDLE_HEADER_C)
    out.write("bundles:\n")
    for b in bundles:
        d = {k: b[k] for k in ("name", "path", "permit", "region", "today", "applicant", "verdict", "statuses", "not_required",
                               "warnings", "identity", "salary", "split", "subset", "description") if k in b}
        text = yaml.safe_dump([d], sort_keys=False, allow_unicode=True, default_flow_style=None, width=200)
        out.write(text)
    path.write_text(out.getvalue())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(HERE))
    ap.add_argument("--subset", action="store_true", help="only the CI subset's files")
    ap.add_argument("--missing", action="store_true", help="only files that are not there yet")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    t0 = time.time()
    out = Path(args.out)
    models, warns = load_models()
    for w in warns:
        print("warning:", w, file=sys.stderr)
    split = split_of_models(models)
    docs = build_standalone(models, split)
    bundles, bwarns = build_bundles(models, split)
    for w in bwarns:
        print("warning:", w, file=sys.stderr)
    # corpus C (see corpus_c.py): its own models, files and bundles; earlier ones are unchanged
    import corpus_c
    cdocs, sal_rows, ban_rows = corpus_c.build_standalone_c(docs)
    docs = docs + cdocs
    corpus_c.add_keys_to_old(bundles, {b["name"]: (b["person"], b["job"]) for b in bundles})
    cbundles, cwarns = corpus_c.build_bundles_c(models, split, {b["name"] for b in bundles})
    for w in cwarns:
        print("warning:", w, file=sys.stderr)
    bundles = bundles + cbundles
    jobs = [Job(d["spec"], d["kind"], d["spec"].doc_id, d["path"], d["fmt"]) for d in docs if (d["subset"] or not args.subset)]
    for b in bundles:
        if b["subset"] or not args.subset:
            jobs += b["jobs"]
    old = read_labels(out / "labels.csv")
    results = run_jobs(jobs, out, args.jobs, args.missing)
    # files kept by --missing: take their hash from disk
    for rel, v in results.items():
        if v is None:
            data = (out / rel).read_bytes()
            prev = old.get(rel)
            results[rel] = (hashlib.sha256(data).hexdigest(), int(prev["pages"]) if prev else 0, prev["degradation"] if prev else "")
    errors = [k for k, v in results.items() if v[0].startswith("ERROR")]
    if not args.subset:   # corpus D (corpus_d.py): foreign documents, files/d-* and foreign.csv
        import corpus_d
        n_d, d_errors = corpus_d.generate(out, args.missing)
        for e in d_errors:
            print(f"ERROR corpus D: {e}", file=sys.stderr)
        errors += d_errors
        print(f"corpus D: {n_d} files, {len(d_errors)} errors")
    e_rows: list[list] = []
    if not args.subset:   # corpus E (corpus_e.py): more dev models, files/e-<n>.*, rows appended after the others
        import corpus_e
        e_rows, e_errors = corpus_e.generate(out, args.missing, 1)
        for e in e_errors:
            print(f"ERROR corpus E: {e}", file=sys.stderr)
        errors += e_errors
        print(f"corpus E: {len(e_rows)} files, {len(e_errors)} errors")
    f_rows: list[list] = []
    f_bundles: list[dict] = []
    if not args.subset:   # corpus F (corpus_f.py): more dev models and dev bundles, files/f-<n>.*, bundles/f-*, appended after the others
        import corpus_f
        f_rows, f_bundles, f_errors = corpus_f.generate(out, args.missing, 1)
        for e in f_errors:
            print(f"ERROR corpus F: {e}", file=sys.stderr)
        errors += f_errors
        print(f"corpus F: {len(f_rows)} files, {len(f_bundles)} bundles, {len(f_errors)} errors")
    if not args.subset:
        with open(out / "labels.csv", "w", newline="") as f:
            f.write(LABEL_HEADER)
            w = csv.writer(f, lineterminator="\n")
            w.writerow(COLUMNS)
            for d in sorted(docs, key=lambda d: d["path"]):
                sha, pages, deg = results[d["path"]]
                w.writerow([d["path"], d["doc_type"], d["language"], d["kind"], d["spec"].doc_id, d["model"], d["split"], d["subset"],
                            pages, deg, 1, d["issue"].isoformat() if d["issue"] else "", sha])
            w.writerows(e_rows)
            w.writerows(f_rows)
        write_bundles_yaml(out / "bundles.yaml", bundles + f_bundles)
        for fname, header, cols, rows in (("salaries.csv", corpus_c.SAL_HEADER, corpus_c.SAL_COLUMNS, sal_rows),
                                          ("entry_bans.csv", corpus_c.BAN_HEADER, corpus_c.BAN_COLUMNS, ban_rows)):
            with open(out / fname, "w", newline="") as f:
                f.write(header)
                w = csv.writer(f, lineterminator="\n")
                w.writerow(cols)
                w.writerows(sorted(rows))
    else:
        bad = [d["path"] for d in docs if d["subset"] and d["path"] in old and old[d["path"]]["sha256"] != results[d["path"]][0]]
        if bad:
            print(f"warning: {len(bad)} subset files differ from labels.csv: {bad[:5]}", file=sys.stderr)
    n_std = sum(1 for d in docs if d["subset"] or not args.subset)
    n_b = sum(len(b["jobs"]) for b in bundles if b["subset"] or not args.subset)
    print(f"{n_std} standalone files, {len(bundles)} bundles ({n_b} bundle files), {len(errors)} errors, "
          f"{time.time() - t0:.0f} s")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
