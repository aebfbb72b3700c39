"""One person throughout the bundle, end to end (issue 15, part 2): the real pipeline on PDFs
rendered with reportlab by the sample generator and one scan read by real Tesseract, the bulk
mode with a worker's file in another worker's folder, and the bundle evaluation's identity figures.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import yaml

from docscan.evaluate import _bundles
from docscan.models import answers_to_applicant
from docscan.pipeline import check_bundle
from docscan.report import render_text
from docscan.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "sample_docs"))
import generate  # noqa: E402  (the sample generator: reportlab PDFs and Pillow scans)

YOUSSEF = replace(generate.LINA, given="Youssef Karim", surname="HADDAD", sex="M", birth=date(1990, 2, 1),
                  doc_no="AB1234567", personal_no="")
AHMED = replace(YOUSSEF, given="Ahmed", surname="BENALI", birth=date(1987, 6, 23), doc_no="ZX9876543")
#: The same man, his name spelt as another office wrote it (an initial, a transliteration).
YOUSSEF_VARIANT = replace(YOUSSEF, given="Yusuf K.")

PERMIT, REGION, TODAY = "highly-qualified", "flanders", date(2026, 11, 15)
APPLICANT = answers_to_applicant({"confirmed": ["flemish_regional_fee"]}, "given")
TYPES = ("application_form", "passport", "employment_contract", "medical_certificate", "criminal_record",
         "fee_payment_proof", "health_insurance", "diploma")


def write_bundle(folder: Path, person=YOUSSEF, *, lang: str = "en", replace_type: dict | None = None,
                 scan: str | None = None) -> Path:
    """A complete highly-qualified bundle of `person`; `replace_type` gives some documents to
    another person; `scan` is a type rendered as a 300 dpi PNG (read by Tesseract), not a PDF."""
    folder.mkdir(parents=True, exist_ok=True)
    for doc_type in TYPES:
        owner = (replace_type or {}).get(doc_type, person)
        doc = generate.make_doc(doc_type, lang, owner)
        if doc_type == scan:
            generate.render_scan(doc).save(folder / f"{doc_type}.png", dpi=(300, 300))
        else:
            generate.write_pdf(folder / f"{doc_type}.pdf", [doc])
    return folder


def _statuses(report) -> dict[str, str]:
    return {r.id: r.status for r in report.requirements}


@pytest.fixture(scope="module")
def clean_report(tmp_path_factory, page_cache):
    folder = write_bundle(tmp_path_factory.mktemp("clean") / "bundle")
    return check_bundle([folder], PERMIT, REGION, today=TODAY, applicant=APPLICANT, cache=page_cache)


def test_a_clean_bundle_has_no_identity_flag(clean_report):
    assert clean_report.verdict == "complete", {r.id: r.message for r in clean_report.requirements}
    assert not [w for w in clean_report.warnings if w.code.startswith(("identity", "employer", "fee_"))]
    summary = clean_report.to_dict()["identity"]
    assert summary["person_reference"] == "passport.pdf"
    assert summary["compared"] >= 4 and summary["other_person"] == [] and summary["warnings"] == []


@pytest.mark.slow
def test_a_criminal_record_of_another_person_is_invalid_with_both_names(tmp_path, page_cache):
    """The record is a scan (real Tesseract) of Ahmed BENALI's record in Youssef HADDAD's bundle."""
    folder = write_bundle(tmp_path / "bundle", replace_type={"criminal_record": AHMED}, scan="criminal_record")
    report = check_bundle([folder], PERMIT, REGION, today=TODAY, applicant=APPLICANT, cache=page_cache)
    record = next(r for r in report.requirements if r.id == "criminal_record")
    assert record.status == "invalid", record.message
    assert record.reason.code == "identity_other_person"
    assert "Ahmed BENALI" in record.message and "Youssef Karim HADDAD" in record.message
    assert "criminal_record.png" in record.message
    others = {r.id: r.status for r in report.requirements if r.id != "criminal_record"}
    assert set(others.values()) == {"ok"}, others
    # every surface: the text report in each language, the JSON report
    for language, words in (("en", "names Ahmed BENALI"), ("fr", "au nom de « Ahmed BENALI »"),
                            ("nl", "op naam van Ahmed BENALI"), ("de", "lautet auf Ahmed BENALI")):
        assert words in render_text(report, language)
    data = json.loads(report.to_json())
    assert data["identity"]["other_person"] == ["criminal_record.png"]
    (entry,) = [d for f in data["files"] if f["path"] == "criminal_record.png" for d in f["documents"]]
    assert entry["identity"][0]["status"] == "other" and entry["identity"][0]["fields"]["birth_date"] == "different"
    assert "name" in entry["identity_fields_read"]


def test_a_spelling_variant_is_a_warning_and_the_requirement_stays_ok(tmp_path, page_cache):
    folder = write_bundle(tmp_path / "bundle", replace_type={"employment_contract": YOUSSEF_VARIANT})
    report = check_bundle([folder], PERMIT, REGION, today=TODAY, applicant=APPLICANT, cache=page_cache)
    assert _statuses(report)["employment_contract"] == "ok"
    assert report.verdict == "complete"
    (warning,) = [w for w in report.warnings if w.code == "identity_spelling"]
    assert warning.file == "employment_contract.pdf"
    assert "Yusuf K. HADDAD" in warning.message and "Youssef Karim HADDAD" in warning.message


def test_another_employer_is_invalid_on_the_later_document(tmp_path, page_cache):
    folder = write_bundle(tmp_path / "bundle")
    contract = generate.make_doc("employment_contract", "en", YOUSSEF)
    lines = [line.replace("Example Labs SRL", "Other Company BV").replace("Exemple Solutions SA", "Other Company BV")
             for line in contract.lines]
    lines = [_with_enterprise_number(line) for line in lines]
    generate.write_pdf(folder / "employment_contract.pdf", [replace(contract, lines=lines)])
    form = generate.make_doc("application_form", "en", YOUSSEF)
    generate.write_pdf(folder / "application_form.pdf",
                       [replace(form, lines=[_with_enterprise_number(line, "0403.170.701") for line in form.lines])])
    report = check_bundle([folder], PERMIT, REGION, today=TODAY, applicant=APPLICANT, cache=page_cache)
    contract_status = next(r for r in report.requirements if r.id == "employment_contract")
    assert contract_status.status == "invalid", contract_status.message
    assert contract_status.reason.code == "employer_other"
    assert "0202.239.951" in contract_status.message and "0403.170.701" in contract_status.message
    assert _statuses(report)["application_form"] == "ok"


def _with_enterprise_number(line: str, number: str = "0202.239.951") -> str:
    """The generator's specimen numbers (0999.999.90x) fail their check digits; give a valid one."""
    import re

    return re.sub(r"0999\.999\.90\d", number, line)


@pytest.mark.slow
def test_bulk_catches_a_file_put_in_another_workers_folder(tmp_path):
    workers = tmp_path / "workers"
    write_bundle(workers / "W001", YOUSSEF)
    write_bundle(workers / "W002", AHMED, lang="fr")
    # HR dropped Youssef's criminal record into Ahmed's folder (and Ahmed's own is missing)
    (workers / "W002" / "criminal_record.pdf").unlink()
    (workers / "W002" / "casier-youssef.pdf").write_bytes((workers / "W001" / "criminal_record.pdf").read_bytes())
    (workers / "manifest.csv").write_text("worker_id,permit,region,confirmed\n"
                                          f"W001,{PERMIT},{REGION},flemish_regional_fee\n"
                                          f"W002,{PERMIT},{REGION},flemish_regional_fee\n", encoding="utf-8")
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, "-m", "docscan", "bulk", str(workers), "--out", str(out),
                          "--today", TODAY.isoformat(), "--no-cache"], capture_output=True, text=True, timeout=900,
                         cwd=ROOT)
    assert run.returncode == 1, run.stderr
    w2 = json.loads((out / "workers" / "W002.json").read_text(encoding="utf-8"))
    record = next(r for r in w2["requirements"] if r["id"] == "criminal_record")
    assert record["status"] == "invalid", record["message"]
    assert record["reason"]["code"] == "identity_other_person"
    assert "Youssef Karim HADDAD" in record["message"] and "Ahmed BENALI" in record["message"]
    assert w2["identity"]["other_person"] == ["casier-youssef.pdf"]
    w1 = json.loads((out / "workers" / "W001.json").read_text(encoding="utf-8"))
    assert w1["verdict"] == "complete", [r["message"] for r in w1["requirements"] if r["status"] != "ok"]
    with (out / "summary.csv").open(encoding="utf-8-sig") as handle:
        rows = {row["worker_id"]: row for row in csv.DictReader(handle)}
    assert rows["W002"]["verdict"] == "incomplete" and "criminal_record" in rows["W002"]["invalid"]
    assert rows["W001"]["verdict"] == "complete"
    # the worker's printable report says it in the HR user's language too
    assert "Ahmed BENALI" in (out / "workers" / "W002.html").read_text(encoding="utf-8")
    # privacy: nothing of the names on the console
    assert "HADDAD" not in run.stderr + run.stdout and "BENALI" not in run.stderr + run.stdout


def test_the_bundle_evaluation_reports_identity(tmp_path, page_cache):
    """A small corpus of bundles with `identity:` lists, through the evaluation's bundle loop."""
    corpus = tmp_path / "corpus"
    write_bundle(corpus / "bundles" / "clean")
    write_bundle(corpus / "bundles" / "other-person", replace_type={"criminal_record": AHMED})
    write_bundle(corpus / "bundles" / "variant", replace_type={"employment_contract": YOUSSEF_VARIANT})
    # a bundle whose identity list claims a catch docscan cannot make (the record is his own):
    # the evaluation must report it as missed, or it is a test that cannot fail
    write_bundle(corpus / "bundles" / "wrongly-labelled")
    ok = {t: "ok" for t in TYPES} | {"flemish_regional_fee": "ok"}
    common = {"permit": PERMIT, "region": REGION, "today": TODAY.isoformat(),
              "applicant": {"confirmed": ["flemish_regional_fee"]}}
    entries = [
        {"name": "clean", "path": "bundles/clean", **common, "verdict": "complete", "statuses": ok, "identity": []},
        {"name": "other-person", "path": "bundles/other-person", **common, "verdict": "incomplete",
         "statuses": ok | {"criminal_record": "invalid"},
         "identity": [{"file": "criminal_record.pdf", "kind": "person", "expect": "invalid"}]},
        {"name": "variant", "path": "bundles/variant", **common, "verdict": "complete", "statuses": ok,
         "identity": [{"file": "employment_contract.pdf", "kind": "person", "expect": "warning"}]},
        {"name": "wrongly-labelled", "path": "bundles/wrongly-labelled", **common, "verdict": "complete",
         "statuses": ok, "identity": [{"file": "medical_certificate.pdf", "kind": "person", "expect": "invalid"}]},
    ]
    manifest = corpus / "bundles.yaml"
    manifest.write_text(yaml.safe_dump({"bundles": entries}), encoding="utf-8")
    missed: list[str] = []
    counts: dict = {}
    lines = _bundles(manifest, Settings(), page_cache, False, missed, counts=counts)
    assert counts["identity"] == {"bundles": 4, "person_caught": 1, "person": 2, "employer_caught": 0,
                                  "employer": 0, "variants_warned": 1, "variants": 1, "variants_invalid": 0,
                                  "clean_bundles": 1, "false_invalids": 0}, lines
    assert any(line.startswith("Identity (4 bundles") and "other person caught 1/2" in line for line in lines)
    assert any("medical_certificate.pdf (person) expected invalid, not caught" in line for line in lines)
    assert any(m.startswith("identity: 1 foreign document") for m in missed)


@pytest.mark.slow
def test_the_page_shows_another_persons_document_and_a_spelling_variant(tmp_path):
    """The Streamlit page through AppTest: the invalid row names both people, the variant is a warning."""
    from test_app import check, choose, drop, open_page, statuses, texts

    folder = write_bundle(tmp_path / "bundle", replace_type={"criminal_record": AHMED,
                                                             "employment_contract": YOUSSEF_VARIANT})
    at = open_page()
    choose(at, PERMIT, REGION, TODAY)
    drop(at, sorted(folder.iterdir()))
    check(at)
    assert statuses(at)["criminal_record"] == "invalid"
    assert statuses(at)["employment_contract"] == "ok"
    shown = texts(at)
    assert "names Ahmed BENALI, the passport (passport.pdf) Youssef Karim HADDAD" in shown
    assert any("“Yusuf K. HADDAD”" in w.value and "“Youssef Karim HADDAD”" in w.value for w in at.warning)
