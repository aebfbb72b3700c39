"""Corpus F's part of the generator: more independent dev models (identity documents, payslips, fee proofs, medical
certificates, group-employment proofs, entry bans, diplomas and look-alikes) and 13 dev bundles.

Written by a helper session that did not read corpora A-E's content modules (see README, "Corpus F"). Its models are
`MODELS_F` of `content/f_identity.py`, `content/f_money.py` and `content/f_letters.py` (their `MODELS` is empty, so
generate.py's loading of corpora A-E is unchanged). Files are `files/f-<n>.<ext>` (numbered in sha256 order of the
document id); their rows are appended after the earlier rows of `labels.csv`; bundles are `bundles/f-*/`, their
entries appended after the earlier entries of `bundles.yaml` (earlier lines stay byte-identical).

    python corpus_f.py             # render every corpus F file and bundle, update labels.csv and bundles.yaml
    python corpus_f.py --missing   # only files not yet on disk
    python corpus_f.py --out DIR

Deterministic: every choice is seeded from an id through sha256 (generate.H / generate.R); PDFs use reportlab's
invariant mode (render.py).
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

import yaml  # noqa: E402

import generate as G  # noqa: E402
from content import f_identity, f_letters, f_money  # noqa: E402
from content._common import age, region_lang  # noqa: E402

MODULES = (f_identity, f_money, f_letters)
PER_TYPE = {"passport": 2, "residence_permit": 3, "payslip": 3, "fee_payment_proof": 3, "medical_certificate": 3, "group_employment_proof": 2,
            "entry_ban": 2, "diploma": 2, "health_insurance": 2}   # others: 1
KIND_SHARE = (("pdf", 0.35), ("scanpdf", 0.15), ("scan", 0.25), ("photo", 0.25))
ID_LIKE = {"passport", "residence_permit"}


def models() -> list:
    out = []
    for mod in MODULES:
        assert not mod.MODELS
        out += list(mod.MODELS_F)
    names = [m.name for m in out]
    assert len(names) == len(set(names)), "duplicate corpus F model names"
    assert all(n.startswith("f-") for n in names)
    return out


def by_name() -> dict:
    return {m.name: m for m in models()}


def _region(lang: str, r: random.Random) -> str:
    lg = lang.split("+")[0]
    if lg == "nl":
        return r.choice(["flanders", "flanders", "brussels"])
    if lg == "de":
        return "german-speaking"
    if lg == "fr":
        return r.choice(["brussels", "wallonia"])
    return r.choice(["flanders", "brussels", "wallonia"])


def _permit(m, r: random.Random) -> str:
    if m.doc_type in ("assignment_letter", "group_employment_proof"):
        return "intra-corporate-transfer"
    if m.doc_type == "vacancy_proof":
        return "single-permit-fixed-term"
    if m.doc_type == "diploma":
        return r.choice(["highly-qualified", "eu-blue-card"])
    if "unlimited" in m.name:
        return "unlimited-duration"
    return r.choice(["highly-qualified", "eu-blue-card", "executive", "single-permit-fixed-term", "unlimited-duration", "intra-corporate-transfer"])


def build_docs() -> list[dict]:
    docs = []
    for m in sorted(models(), key=lambda m: m.name):
        for i in range(PER_TYPE.get(m.doc_type, 1)):
            lang = m.languages[i % len(m.languages)]
            key = f"F|{m.name}|{lang}|{i}"
            r = G.R("fdoc", key)
            region = _region(lang, r)
            in_be = m.in_belgium if m.in_belgium is not None else (m.doc_type == "payslip" or r.random() < 0.3)
            nat = m.nationalities[i % len(m.nationalities)] if m.nationalities else None
            p = G.make_person("f|" + key, nat, in_be, region)
            today = G.TODAY_BASE + timedelta(days=r.randint(0, 40))
            issue = G.issue_for(m.doc_type, today, r)
            if m.doc_type == "passport" and m.name == "f-pp-mar-data-page":
                issue = today - timedelta(days=r.randint(200, 1600))   # Moroccan passports run 5 years
            if m.doc_type == "entry_ban":
                issue = today - timedelta(days=r.randint(200, 1500))
            if m.name.startswith("f-dip-equivalence") or m.name.startswith("f-dip-naric"):
                issue = today - timedelta(days=r.randint(60, 500))
            ctx = G.make_context("f|" + key, today, issue, region, _permit(m, r))
            spec = replace(m.build(p, ctx, lang), doc_id=f"{m.name}--{lang}--{i}")
            docs.append({"spec": spec, "model": m.name, "doc_type": spec.doc_type, "language": spec.language, "issue": spec.issue_date})
    _assign_kinds(docs)
    _assign_names(docs)
    return docs


def _multi(d: dict) -> bool:
    return len(d["spec"].pages) > 1 and d["spec"].page_size not in ("ID1",)   # a card's two sides are copied on one sheet


def _assign_kinds(docs: list[dict]) -> None:
    n = len(docs)
    quota = {k: round(s * n) for k, s in KIND_SHARE}
    quota["photo"] = n - quota["pdf"] - quota["scanpdf"] - quota["scan"]
    multi = sorted([d for d in docs if _multi(d)], key=lambda d: G.H("fkind", d["spec"].doc_id))
    single = [d for d in docs if not _multi(d)]
    for j, d in enumerate(multi):
        k = "scanpdf" if (j % 3 == 1 and quota["scanpdf"] > 0) else "pdf"
        d["kind"] = k
        quota[k] -= 1
    # identity documents first take the image kinds (they are copied or photographed, rarely born digital)
    ids = sorted([d for d in single if d["doc_type"] in ID_LIKE or d["spec"].page_size in ("ID1", "ID3")], key=lambda d: G.H("fkind", d["spec"].doc_id))
    rest = sorted([d for d in single if d not in ids], key=lambda d: G.H("fkind", d["spec"].doc_id))
    img = [k for k in ("scan", "photo", "scanpdf") for _ in range(max(quota[k], 0))]
    random.Random(G.H("fkinds-id", n)).shuffle(img)
    for d in ids:
        k = img.pop() if img else "scan"
        d["kind"] = k
        quota[k] -= 1
    pool = [k for k, _ in KIND_SHARE for _ in range(max(quota[k], 0))]
    random.Random(G.H("fkinds", n)).shuffle(pool)
    for d, k in zip(rest, pool + ["pdf"] * len(rest)):
        d["kind"] = k


def _assign_names(docs: list[dict]) -> None:
    for n, d in enumerate(sorted(docs, key=lambda d: G.H("fname", d["spec"].doc_id)), start=1):
        r = G.R("fext", d["spec"].doc_id)
        fmt = ""
        if d["kind"] in ("pdf", "scanpdf"):
            ext = "pdf"
        elif d["kind"] == "scan":
            fmt = "png" if r.random() < 0.4 else "jpg"
            ext = fmt
        else:
            ext = "jpeg" if r.random() < 0.3 else "jpg"
        d["fmt"], d["path"], d["n"] = fmt, f"files/f-{n}.{ext}", n


# --------------------------------------------------------------------------------------------- bundles

# (name, permit, region, lives in Belgium, nationality, gap) ; gap: None | (kind, requirement)
PLANS = [
    ("f-hq-brussels-complete", "highly-qualified", "brussels", False, "MAR", None),
    ("f-fixedterm-wallonia-complete", "single-permit-fixed-term", "wallonia", True, "PHL", None),
    ("f-ict-flanders-complete", "intra-corporate-transfer", "flanders", False, "USA", None),
    ("f-unlimited-brussels-complete", "unlimited-duration", "brussels", True, "MAR", None),
    ("f-bluecard-dg-complete", "eu-blue-card", "german-speaking", False, "BRA", None),
    ("f-seasonal-wallonia-complete", "seasonal-worker", "wallonia", False, "UKR", None),
    ("f-hq-flanders-missing-fee", "highly-qualified", "flanders", False, "COL", ("missing", "fee_payment_proof")),
    ("f-fixedterm-brussels-old-criminal-record", "single-permit-fixed-term", "brussels", False, "PHL", ("old", "criminal_record")),
    ("f-bluecard-wallonia-old-medical", "eu-blue-card", "wallonia", True, "COL", ("old", "medical_certificate")),
    ("f-exec-dg-expired-passport", "executive", "german-speaking", False, "USA", ("expired", "passport")),
    ("f-ict-wallonia-other-person-group-proof", "intra-corporate-transfer", "wallonia", False, "BRA", ("other_person", "group_employment_proof")),
    ("f-unlimited-flanders-other-employer-payslip", "unlimited-duration", "flanders", True, "UKR", ("other_employer", "payslip")),
    ("f-exec-flanders-missing-residence-permit", "executive", "flanders", True, "COL", ("missing", "residence_permit")),
]


def _pick_model(q: str, permit: str, region: str, in_be: bool, nat: str, bname: str) -> str:
    h = G.H("fpick", bname, q)
    if q == "application_form":
        return "f-af-unlimited-worker-form" if permit == "unlimited-duration" else "f-af-regional-single-permit-form"
    if q == "passport":
        return f"f-pp-{nat.lower()}-data-page"
    if q == "employment_contract":
        return ["f-ec-contract-indefinite-articles", "f-ec-employment-agreement-en"][h % 2]
    if q == "medical_certificate":
        if not in_be:
            return "f-med-panel-physician-legalised"
        opts = ["f-med-dvz-model-certificate", "f-med-gp-free-certificate"] + (["f-med-hospital-bilingual"] if region == "brussels" else [])
        return opts[h % len(opts)]
    if q == "criminal_record":
        return "f-cr-be-commune-extract-596-1" if in_be else "f-cr-foreign-police-clearance-apostille"
    if q == "fee_payment_proof":
        opts = ["f-fee-banking-app-screen", "f-fee-online-banking-confirmation", "f-fee-corporate-payment-report"] + ([] if in_be else ["f-fee-foreign-bank-swift-advice"])
        return opts[h % len(opts)]
    if q == "health_insurance":
        return "f-hi-mutualite-attestation-inscription" if in_be else "f-hi-expat-certificate-of-insurance"
    if q == "residence_permit":
        return "f-rp-be-eu-blue-card-h" if permit == "eu-blue-card" else "f-rp-be-single-permit-card"
    if q == "diploma":
        opts = ["f-dip-degree-with-transcript", "f-dip-naric-vlaanderen-niveau" if region == "flanders" else "f-dip-equivalence-fwb"]
        return opts[h % 2]
    if q == "vacancy_proof":
        return "f-vac-publication-certificate"
    if q == "group_employment_proof":
        return ["f-gep-parent-hr-certificate", "f-gep-attestation-emploi-groupe", "f-gep-group-payroll-record-extract"][h % 3]
    if q == "assignment_letter":
        return "f-al-intragroup-assignment-letter"
    if q == "payslip":
        return ["f-ps-secretariat-grid", "f-ps-two-column-slip", "f-ps-employer-letterhead-slip", "f-ps-bilingual-fiche-loonbrief"][h % 4]
    raise KeyError(q)


def _lang_for(m, region: str, bname: str, q: str) -> str:
    pref = [lg for lg in m.languages if lg.split("+")[0] == region_lang(region)]
    if region == "brussels":
        pref += [lg for lg in m.languages if lg.startswith("nl")]
    pref = pref or [lg for lg in m.languages if lg.startswith("en")] or list(m.languages)
    return pref[G.H("flang", bname, q) % len(pref)]


def build_bundles() -> tuple[list[dict], list[str]]:
    import corpus_c
    from content._f_common import salary_month
    checklists = G.load_checklists()
    M = by_name()
    bundles, warnings = [], []
    for idx, (bname, permit, region, in_be, nat, gap) in enumerate(PLANS):
        today = date(2026, 11, 4) + timedelta(days=(idx * 4) % 40)
        p = G.make_person(f"fbundle|{bname}", nat, in_be, region)
        reqs = checklists[permit]["requirements"]
        common = checklists[permit]["common"]
        applicable = [q for q in reqs if G.applies(q, common, p, today, in_be, False)]
        not_required = [q for q in reqs if q not in applicable]
        emp_ctx = G.make_context(f"fbundle|{bname}", today, today, region, permit)
        statuses, files, ident_src = {}, [], {}
        gkind, greq = gap if gap else (None, None)
        for q in applicable:
            if gkind == "missing" and q == greq:
                statuses[q] = "missing"
                continue
            iss = today - timedelta(days=20 + G.H("fiss", bname, q) % 60)
            if q == "passport":
                iss = today - timedelta(days=300 + G.H("fiss", bname, q) % (1400 if nat == "MAR" else 2500))
            elif q == "residence_permit":
                iss = today - timedelta(days=40 + G.H("fiss", bname, q) % 250)
            elif q == "diploma":
                iss = today - timedelta(days=(500 + G.H("fiss", bname, q) % 2500) if "transcript" in _pick_model(q, permit, region, in_be, nat, bname)
                                        else 80 + G.H("fiss", bname, q) % 400)
            elif q == "payslip":
                iss = today - timedelta(days=10 + G.H("fiss", bname, q) % 25)
            status = "ok"
            ctx = replace(emp_ctx, issue_date=iss)
            who = p
            if gkind == "old" and q == greq:
                ctx = replace(ctx, issue_date=today - timedelta(days=225 + G.H("fold", bname) % 55))   # 7.4 to 9.2 months old
                status = "invalid"
            if gkind == "expired" and q == greq:
                ctx = replace(ctx, issue_date=today - timedelta(days=3653 + 30 + G.H("fexp", bname) % 250))
                status = "invalid"
            if gkind == "other_person" and q == greq:
                o = G.make_person(f"fbundle-other|{bname}", nat, in_be, region)
                sur = "SPECIMEN-OTHER" if o.surname == p.surname else o.surname
                who = replace(o, surname=sur, birth_date=p.birth_date.replace(year=p.birth_date.year + (4 if p.birth_date.year < 1995 else -4)))
                status = "invalid"
            if gkind == "other_employer" and q == greq:
                others = [e for e in G.EMPLOYERS[region] if e[0] != emp_ctx.employer]
                oe = others[G.H("foe", bname) % len(others)]
                ctx = replace(ctx, employer=oe[0], employer_address=oe[1])
                status = "invalid"
            m = M[_pick_model(q, permit, region, in_be, nat, bname)]
            lang = _lang_for(m, region, bname, q)
            spec = m.build(who, ctx, lang)
            if q == "passport" and status == "ok":
                assert spec.expiry_date > today, bname
            if q == "passport" and status == "invalid":
                assert spec.expiry_date < today, bname
            statuses[q] = status
            files.append((q, replace(spec, doc_id=f"{bname}--{q}")))
            if gkind in ("other_person", "other_employer") and q == greq:
                ident_src[len(files) - 1] = "person" if gkind == "other_person" else "employer"
        n_img = 1 + G.H("fnimg", bname) % 3
        order = sorted(range(len(files)), key=lambda i: (files[i][0] not in G.ID_TYPES, G.H("fimg", bname, i)))
        img_idx = set(order[:n_img])
        namer = G.Namer()
        jobs, identity = [], []
        for i, (_q, spec) in enumerate(files):
            kind = ["scan", "photo", "scanpdf"][G.H("fk", bname, i) % 3] if i in img_idx else "pdf"
            if kind in ("scan", "photo") and len(spec.pages) > 1 and spec.page_size != "ID1":
                kind = "scanpdf"
            fmt = "jpg" if kind == "scan" and G.H("ff", bname, i) % 3 else ("png" if kind == "scan" else "")
            ext = "pdf" if kind in ("pdf", "scanpdf") else (fmt or "jpg")
            fname = namer.name(bname + str(i), kind, ext, today - timedelta(days=25))
            jobs.append(G.Job(spec, kind, spec.doc_id, f"bundles/{bname}/{fname}", fmt))
            if i in ident_src:
                identity.append({"file": fname, "kind": ident_src[i], "expect": "invalid"})
        answers = G.ORDINARY_ANSWERS.get(region, {})
        for confirmed in answers.get("confirmed", []):
            statuses[confirmed] = "ok"
        for dropped in G.FACT_CHECK_NOT_REQUIRED.get((permit, region), []):
            if dropped in statuses:
                del statuses[dropped]
                not_required = sorted({*not_required, dropped})
        verdict = "complete" if all(s == "ok" for s in statuses.values()) else "incomplete"
        # salary: judged on the contract (the assignment letter for an ICT); corpus F's documents state a gross monthly base
        sal = None
        if corpus_c.threshold(permit, region, today.year, age(p, today), emp_ctx.job_title):
            stated = {"amount": salary_month(emp_ctx), "period": "month", "gross": "gross", "basis": "base", "hours": 38}
            sal = corpus_c.salary_status(permit, region, today.year, age(p, today), emp_ctx.job_title, stated)
        desc = f"{p.given_names} {p.surname} ({p.nationality}, born {p.birth_date.isoformat()}), {permit} in {region}" + \
            (", lives in Belgium" if in_be else ", applies from abroad")
        if gkind == "missing":
            desc += f"; the {greq.replace('_', ' ')} is missing"
        elif gkind == "old":
            desc += f"; the {greq.replace('_', ' ')} is more than 6 months old at {today.isoformat()}"
        elif gkind == "expired":
            desc += f"; the passport expired before {today.isoformat()}"
        elif gkind == "other_person":
            desc += f"; the {greq.replace('_', ' ')} names another person"
        elif gkind == "other_employer":
            desc += f"; the {greq.replace('_', ' ')} is from another employer"
        else:
            desc += "; every required document present and valid"
        if (permit, region) in G.FACT_CHECK_NOT_REQUIRED:
            desc += " (no vacancy proof: Wallonia applies no labour-market test to seasonal work)"
        if sal:
            desc += f"; salary {sal['status']}"
        desc += " (corpus F)"
        b = {"name": bname, "path": f"bundles/{bname}", "permit": permit, "region": region, "today": today,
             "applicant": {"in_belgium": in_be, "renewal": False, **answers}, "verdict": verdict, "statuses": statuses,
             "not_required": not_required, "warnings": [], "identity": identity, "split": "dev", "subset": False, "description": desc, "jobs": jobs}
        if sal:
            b["salary"] = sal
            keys = list(b)
            b = {k: b[k] for k in keys[:keys.index("identity") + 1] + ["salary"] + [k for k in keys if k not in keys[:keys.index("identity") + 1] + ["salary"]]}
        bundles.append(b)
    return bundles, warnings


# --------------------------------------------------------------------------------------------- generate

def generate(out: Path, missing: bool = False, n_jobs: int = 1) -> tuple[list[list], list[dict], list[str]]:
    """Render corpus F into out/files and out/bundles; return its labels.csv rows (file-number order), its bundle
    entries and the errors."""
    docs = build_docs()
    bundles, warns = build_bundles()
    old = G.read_labels(out / "labels.csv")
    jobs = [G.Job(d["spec"], d["kind"], d["spec"].doc_id, d["path"], d["fmt"]) for d in docs]
    for b in bundles:
        jobs += b["jobs"]
    results = G.run_jobs(jobs, out, n_jobs, missing)
    rows, errors = [], list(warns)
    for d in sorted(docs, key=lambda d: d["n"]):
        v = results[d["path"]]
        if v is None:
            data = (out / d["path"]).read_bytes()
            prev = old.get(d["path"])
            v = (hashlib.sha256(data).hexdigest(), int(prev["pages"]) if prev else (len(d["spec"].pages) if d["kind"] in ("pdf", "scanpdf") else 1),
                 prev["degradation"] if prev else "")
        sha, pages, deg = v
        if sha.startswith("ERROR"):
            errors.append(f"{d['path']}: {sha.splitlines()[-1]}")
            continue
        rows.append([d["path"], d["doc_type"], d["language"], d["kind"], d["spec"].doc_id, d["model"], "dev", 0, pages, deg, 1,
                     d["issue"].isoformat() if d["issue"] else "", sha])
    for b in bundles:
        for j in b["jobs"]:
            v = results.get(j.relpath)
            if v is not None and v[0].startswith("ERROR"):
                errors.append(f"{j.relpath}: {v[0].splitlines()[-1]}")
    return rows, bundles, errors


def rows_text(rows: list[list]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def bundle_text(bundles: list[dict]) -> str:
    """The entries exactly as generate.write_bundles_yaml writes them."""
    out = io.StringIO()
    for b in bundles:
        d = {k: b[k] for k in ("name", "path", "permit", "region", "today", "applicant", "verdict", "statuses", "not_required",
                               "warnings", "identity", "salary", "split", "subset", "description") if k in b}
        out.write(yaml.safe_dump([d], sort_keys=False, allow_unicode=True, default_flow_style=None, width=200))
    return out.getvalue()


def update_labels(path: Path, rows: list[list]) -> None:
    """Drop earlier corpus F rows, append the new ones; every other line is kept byte for byte."""
    kept = [ln for ln in path.read_text().splitlines(keepends=True) if not ln.startswith("files/f-")]
    path.write_text("".join(kept) + rows_text(rows))


def update_bundles(path: Path, bundles: list[dict]) -> None:
    """Drop earlier corpus F entries (they are the last ones), append the new ones; earlier lines kept byte for byte."""
    lines = path.read_text().splitlines(keepends=True)
    cut = next((i for i, ln in enumerate(lines) if ln.startswith("- name: f-")), len(lines))
    path.write_text("".join(lines[:cut]) + bundle_text(bundles))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(HERE))
    ap.add_argument("--missing", action="store_true")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    t0 = time.time()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    rows, bundles, errors = generate(out, args.missing, args.jobs)
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    if (out / "labels.csv").exists():
        update_labels(out / "labels.csv", rows)
    else:
        (out / "labels.csv").write_text(G.LABEL_HEADER + ",".join(G.COLUMNS) + "\n" + rows_text(rows))
    if (out / "bundles.yaml").exists():
        update_bundles(out / "bundles.yaml", bundles)
    else:
        (out / "bundles.yaml").write_text("bundles:\n" + bundle_text(bundles))
    print(f"corpus F: {len(rows)} files, {len(bundles)} bundles ({sum(len(b['jobs']) for b in bundles)} files), {len(errors)} errors, {time.time() - t0:.0f} s")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
