"""Corpus E's part of the generator: more independent real-world models, all in the `dev` split.

Written by a fifth helper session that did not read corpora A-D's content modules (see README, "Corpus E").
Its models are `MODELS_E` of `content/e_forms.py`, `content/e_letters.py` and `content/e_unknown.py` (their
`MODELS` is empty, so generate.py's loading of corpora A-D is unchanged). Files are `files/e-<n>.<ext>`;
their rows are appended after the earlier rows of `labels.csv` (earlier rows stay byte-identical).

    python corpus_e.py             # render every corpus E file into files/ and update labels.csv
    python corpus_e.py --missing   # only files not yet on disk
    python corpus_e.py --out DIR

Deterministic: every choice is seeded from the document id through sha256 (generate.H / generate.R), PDFs use
reportlab's invariant mode (render.py).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import random
import sys
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate as G  # noqa: E402
from spec import Person  # noqa: E402

from content import e_forms, e_letters, e_unknown  # noqa: E402

MODULES = (e_forms, e_letters, e_unknown)
PER_MODEL = {"application_form": 3, "employment_contract": 3, "vacancy_proof": 3, "criminal_record": 3}   # others: 2
KIND_SHARE = (("pdf", 0.35), ("scanpdf", 0.15), ("scan", 0.25), ("photo", 0.25))

#: nationalities that corpus A's generate.NAT does not have (persons of corpus E's foreign criminal records)
EXTRA_NAT = {
    "KEN": ({"en": "Kenyan", "fr": "kényane", "nl": "Keniaans", "de": "kenianisch"},
            ["Wanjiru", "Otieno", "Akinyi", "Kamau"], ["MWANGI", "ODHIAMBO", "SPECIMEN", "KIPLAGAT"], ["Nairobi", "Mombasa", "Kisumu"], "AK#######"),
    "CMR": ({"en": "Cameroonian", "fr": "camerounaise", "nl": "Kameroens", "de": "kamerunisch"},
            ["Brice", "Aïcha", "Christelle", "Hervé"], ["NGUEMA", "TCHOUPO", "SPECIMEN", "MBARGA"], ["Yaoundé", "Douala", "Bafoussam"], "@@#######"),
}
FEMALE = {"Wanjiru", "Akinyi", "Aïcha", "Christelle"}


def models() -> list:
    out = []
    for mod in MODULES:
        out += list(mod.MODELS_E)
    names = [m.name for m in out]
    assert len(names) == len(set(names)), "duplicate corpus E model names"
    assert all(n.startswith("e-") for n in names)
    return out


def region_of(name: str) -> str | None:
    for mod in MODULES:
        if name in getattr(mod, "REGION_E", {}):
            return mod.REGION_E[name]
    return None


def make_person(key: str, nationality: str | None, in_be: bool, region: str) -> Person:
    if nationality is None or nationality in G.NAT:
        return G.make_person(key, nationality, in_be, region)
    names, given, surnames, places, pat = EXTRA_NAT[nationality]
    r = G.R("eperson", key)
    g = r.choice(given)
    addr = ""
    if in_be:
        from content._common import address_in, region_lang
        addr = address_in(region, region_lang(region), r)
    return Person(given_names=g, surname=r.choice(surnames), sex="F" if g in FEMALE else "M",
                  birth_date=date(r.randint(1978, 2000), r.randint(1, 12), r.randint(1, 28)), birth_place=r.choice(places),
                  nationality=nationality, nationality_name=names, passport_number=G._fill(pat, r), address=addr)


def _region(m, lang: str, r: random.Random) -> str:
    reg = region_of(m.name)
    if reg:
        return reg
    lg = lang.split("+")[0]
    if lg == "nl":
        return r.choice(["flanders", "flanders", "brussels"])
    if lg == "de":
        return "german-speaking"
    if lg == "fr":
        return r.choice(["brussels", "wallonia"])
    return r.choice(["flanders", "brussels", "wallonia"])


def _permit(m, r: random.Random) -> str:
    if m.doc_type in ("assignment_letter",):
        return "intra-corporate-transfer"
    if m.doc_type == "hosting_agreement":
        return "researcher"
    if m.doc_type == "vacancy_proof":
        return r.choice(["single-permit-fixed-term", "single-permit-fixed-term", "seasonal-worker"])
    if m.doc_type == "diploma":
        return r.choice(["highly-qualified", "eu-blue-card"])
    if "verlenging" in m.name:
        return r.choice(["highly-qualified", "single-permit-fixed-term"])
    return r.choice(["highly-qualified", "eu-blue-card", "executive", "single-permit-fixed-term", "researcher", "unlimited-duration"])


def build_docs() -> list[dict]:
    docs = []
    for m in sorted(models(), key=lambda m: m.name):
        for i in range(PER_MODEL.get(m.doc_type, 2)):
            lang = m.languages[i % len(m.languages)]
            key = f"E|{m.name}|{lang}|{i}"
            r = G.R("edoc", key)
            region = _region(m, lang, r)
            in_be = m.in_belgium if m.in_belgium is not None else (m.doc_type == "order_to_leave" or r.random() < 0.3)
            nat = m.nationalities[i % len(m.nationalities)] if m.nationalities else None
            p = make_person("e|" + key, nat, in_be, region)
            today = G.TODAY_BASE + timedelta(days=r.randint(0, 40))
            issue = G.issue_for(m.doc_type, today, r)
            if m.doc_type == "order_to_leave":
                issue = today - timedelta(days=r.randint(200, 1500))
            ctx = G.make_context("e|" + key, today, issue, region, _permit(m, r))
            spec = replace(m.build(p, ctx, lang), doc_id=f"{m.name}--{lang}--{i}")
            docs.append({"spec": spec, "model": m.name, "doc_type": spec.doc_type, "language": spec.language,
                         "issue": spec.issue_date})
    _assign_kinds(docs)
    _assign_names(docs)
    return docs


def _assign_kinds(docs: list[dict]) -> None:
    """Media shares close to KIND_SHARE; multi-page documents only as PDFs (a scan or photo shows one page)."""
    n = len(docs)
    quota = {k: round(s * n) for k, s in KIND_SHARE}
    quota["photo"] = n - quota["pdf"] - quota["scanpdf"] - quota["scan"]
    multi = sorted([d for d in docs if len(d["spec"].pages) > 1], key=lambda d: G.H("ekind", d["spec"].doc_id))
    single = sorted([d for d in docs if len(d["spec"].pages) == 1], key=lambda d: G.H("ekind", d["spec"].doc_id))
    for j, d in enumerate(multi):
        k = "scanpdf" if (j % 3 == 1 and quota["scanpdf"] > 0) else "pdf"
        d["kind"] = k
        quota[k] -= 1
    pool = [k for k, _ in KIND_SHARE for _ in range(max(quota[k], 0))]
    random.Random(G.H("ekinds", n)).shuffle(pool)
    for d, k in zip(single, pool + ["pdf"] * len(single)):
        d["kind"] = k


def _assign_names(docs: list[dict]) -> None:
    for n, d in enumerate(sorted(docs, key=lambda d: G.H("ename", d["spec"].doc_id)), start=1):
        r = G.R("eext", d["spec"].doc_id)
        fmt = ""
        if d["kind"] in ("pdf", "scanpdf"):
            ext = "pdf"
        elif d["kind"] == "scan":
            fmt = "png" if r.random() < 0.4 else "jpg"
            ext = fmt
        else:
            ext = "jpeg" if r.random() < 0.3 else "jpg"
        d["fmt"], d["path"], d["n"] = fmt, f"files/e-{n}.{ext}", n


def generate(out: Path, missing: bool = False, n_jobs: int = 1) -> tuple[list[list], list[str]]:
    """Render corpus E into out/files; return its labels.csv rows (in file-number order) and the errors."""
    docs = build_docs()
    old = G.read_labels(out / "labels.csv")
    jobs = [G.Job(d["spec"], d["kind"], d["spec"].doc_id, d["path"], d["fmt"]) for d in docs]
    results = G.run_jobs(jobs, out, n_jobs, missing)
    rows, errors = [], []
    for d in sorted(docs, key=lambda d: d["n"]):
        v = results[d["path"]]
        if v is None:
            data = (out / d["path"]).read_bytes()
            prev = old.get(d["path"])
            v = (hashlib.sha256(data).hexdigest(), int(prev["pages"]) if prev else 0, prev["degradation"] if prev else "")
            if not prev:   # kept file without a row: take its page count from the spec
                v = (v[0], len(d["spec"].pages) if d["kind"] in ("pdf", "scanpdf") else 1, "")
        sha, pages, deg = v
        if sha.startswith("ERROR"):
            errors.append(f"{d['path']}: {sha.splitlines()[-1]}")
            continue
        rows.append([d["path"], d["doc_type"], d["language"], d["kind"], d["spec"].doc_id, d["model"], "dev", 0, pages, deg, 1,
                     d["issue"].isoformat() if d["issue"] else "", sha])
    return rows, errors


def rows_text(rows: list[list]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def update_labels(path: Path, rows: list[list]) -> None:
    """Drop earlier corpus E rows, append the new ones; every other line is kept byte for byte."""
    kept = [ln for ln in path.read_text().splitlines(keepends=True) if not ln.startswith("files/e-")]
    path.write_text("".join(kept) + rows_text(rows))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(HERE))
    ap.add_argument("--missing", action="store_true")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    t0 = time.time()
    out = Path(args.out)
    rows, errors = generate(out, args.missing, args.jobs)
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    if (out / "labels.csv").exists():
        update_labels(out / "labels.csv", rows)
    else:
        (out / "labels.csv").write_text(G.LABEL_HEADER + ",".join(G.COLUMNS) + "\n" + rows_text(rows))
    print(f"corpus E: {len(rows)} files, {len(errors)} errors, {time.time() - t0:.0f} s")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
