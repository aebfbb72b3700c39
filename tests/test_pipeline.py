"""The pipeline on bad input: every bad file is reported for itself, the rest is still checked."""

import json
import resource
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from docscan.pipeline import InputFile, check_bundle
from docscan.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 15)
BAD = ["corrupt.pdf", "encrypted.pdf", "empty.pdf", "program.pdf", "bomb.png", "pages-500.pdf", "notes.txt"]


@pytest.mark.slow
def test_bad_files_do_not_stop_the_bundle(bad_docs, sample_docs, page_cache):
    good = sample_docs / "documents" / "pdf" / "nl" / "criminal_record.pdf"
    report = check_bundle([*(bad_docs / name for name in BAD), good], "researcher", "flanders",
                          today=TODAY, cache=page_cache)
    by_name = {f.path: f for f in report.files}
    for name in BAD:
        assert by_name[name].error is not None, name
        assert by_name[name].error.message.endswith((".", ")"))
    assert by_name["criminal_record.pdf"].error is None
    assert by_name["criminal_record.pdf"].doc_type == "criminal_record"
    assert {w.file for w in report.warnings if w.code == "file_error"} == set(BAD)
    record = next(r for r in report.requirements if r.id == "criminal_record")
    assert record.status == "ok", record.message


@pytest.mark.slow
def test_ocr_timeout_is_reported_for_the_page_and_the_rest_goes_on(sample_docs):
    scan = sorted((sample_docs / "documents" / "scans").glob("*.png"))[0]
    text_pdf = sample_docs / "documents" / "pdf" / "en" / "employment_contract.pdf"
    report = check_bundle([scan, text_pdf], "researcher", "flanders", today=TODAY,
                          settings=Settings(ocr_timeout=0.05, workers=1))
    by_name = {f.path: f for f in report.files}
    page = by_name[scan.name].pages[0]
    assert page.error is not None and page.error.code == "ocr_timeout"
    assert not page.legible
    assert by_name["employment_contract.pdf"].doc_type == "employment_contract"
    assert any(w.code == "page_error" for w in report.warnings)


@pytest.mark.slow
def test_declared_type_kept_for_an_unreadable_scan(sample_docs):
    # The medical certificate's own blurred scan: nothing on it says what it is, so the slot's type holds.
    blurred = sample_docs / "documents" / "scans" / "medical_certificate-de-blur-8.png"
    report = check_bundle([InputFile(str(blurred), declared_type="medical_certificate")], "researcher",
                          "flanders", today=TODAY)
    medical = next(r for r in report.requirements if r.id == "medical_certificate")
    assert medical.status == "illegible", medical.message
    assert "cannot be read" in medical.message


@pytest.mark.slow
def test_a_blurred_page_whose_title_contradicts_the_slot_is_flagged(sample_docs):
    # The title of this blurred passport stays legible (read as sparse text): the file is not taken for the
    # medical certificate it was uploaded as, and the applicant is told what it looks like instead.
    blurred = sample_docs / "documents" / "scans" / "passport-en-blur-8.png"
    report = check_bundle([InputFile(str(blurred), declared_type="medical_certificate")], "researcher",
                          "flanders", today=TODAY)
    by_id = {r.id: r for r in report.requirements}
    assert by_id["passport"].status == "illegible", by_id["passport"].message
    assert by_id["medical_certificate"].status == "missing"
    mismatch = next(w for w in report.warnings if w.code == "type_mismatch")
    assert mismatch.reason.params["declared"] == "medical_certificate" and mismatch.reason.params["found"] == ["passport"]


@pytest.mark.slow
def test_bad_folder_memory_stays_bounded(bad_docs):
    """The bomb and the 500-page PDF are refused before they are decoded: memory stays small."""
    result = subprocess.run([sys.executable, "-m", "docscan", "check", str(bad_docs), "--permit", "researcher",
                             "--region", "flanders", "--format", "json", "--today", "2026-11-15"],
                            capture_output=True, text=True, timeout=900)
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert result.returncode in (1, 2), result.stderr
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout)
    assert {f["path"] for f in report["files"] if f["error"]} >= set(BAD)
    assert peak_mib < 1024, f"peak memory {peak_mib:.0f} MiB"
