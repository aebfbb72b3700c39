"""The committed specimen documents (sample_docs/) are what they claim to be. No OCR here."""

from __future__ import annotations

import hashlib
import importlib.util
import re
import struct
import sys
from pathlib import Path

import pdfplumber
import pytest
import yaml
from PIL import Image

from docscan.checklist import load_common

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_docs"
MANIFEST = yaml.safe_load((SAMPLES / "bundles.yaml").read_text(encoding="utf-8"))["bundles"]
TYPES = ["application_form", "passport", "employment_contract", "medical_certificate", "criminal_record",
         "diploma", "fee_payment_proof", "health_insurance", "hosting_agreement", "assignment_letter",
         "group_employment_proof", "residence_permit", "payslip", "vacancy_proof", "order_to_leave", "entry_ban"]
PDFS = sorted((SAMPLES / "documents" / "pdf").rglob("*.pdf"))
PASSPORT_PDFS = sorted((SAMPLES / "documents").rglob("passport*.pdf"))
WRONG_CHECK_DIGIT = "passport-nl-wrong-check-digit.pdf"
MRZ_LINE = re.compile(r"^[A-Z0-9<]{44}$")


def icao_check_digit(field: str) -> int:
    """ICAO 9303 part 3: weights 7, 3, 1 repeating; 0-9 as such, A-Z = 10-35, '<' = 0."""
    values = {str(d): d for d in range(10)}
    values.update({chr(ord("A") + i): 10 + i for i in range(26)})
    values["<"] = 0
    return sum(values[ch] * (7, 3, 1)[i % 3] for i, ch in enumerate(field)) % 10


def failing_checks(line2: str) -> list[str]:
    """Names of the TD3 line-2 check digits that do not match."""
    def ok(field: str, digit: str) -> bool:
        if digit == "<":  # an all-filler optional field may have '<' as its check digit
            return set(field) == {"<"}
        return icao_check_digit(field) == int(digit)

    checks = {
        "number": (line2[0:9], line2[9]),
        "birth": (line2[13:19], line2[19]),
        "expiry": (line2[21:27], line2[27]),
        "optional": (line2[28:42], line2[42]),
        "composite": (line2[0:10] + line2[13:20] + line2[21:43], line2[43]),
    }
    return [name for name, (field, digit) in checks.items() if not ok(field, digit)]


def mrz_lines(pdf: Path) -> list[str]:
    with pdfplumber.open(pdf) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
    return [line.strip() for line in text.splitlines() if MRZ_LINE.match(line.strip())]


def test_check_digit_of_the_icao_specimen():
    # ICAO Doc 9303 part 4, appendix: the specimen passport of Anna Maria ERIKSSON.
    line2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
    assert failing_checks(line2) == []
    assert icao_check_digit("L898902C3") == 6


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["name"] for e in MANIFEST])
def test_bundle_exists_and_is_consistent(entry):
    folder = SAMPLES / entry["path"]
    files = [p for p in folder.iterdir() if p.is_file()]
    assert files, f"{folder} is empty"
    good = [p for p in files if p.stat().st_size > 0]
    assert good
    hashes = [hashlib.sha256(p.read_bytes()).hexdigest() for p in files]
    assert len(set(hashes)) == len(hashes), "the same file twice in one bundle"
    assert str(entry["today"]) == "2026-11-15"
    assert set(entry["statuses"].values()) <= {"ok", "missing", "illegible", "invalid", "needs_review"}
    # Requirement ids: document types, plus what docscan cannot recognise and the user confirms
    # (employer_id_copy, flemish_regional_fee...: checklists/common.yaml, kind declaration).
    assert set(entry["statuses"]) <= set(TYPES) | set(load_common().requirements)
    assert not set(entry["statuses"]) & set(entry.get("not_required") or [])
    complete = all(s == "ok" for s in entry["statuses"].values())
    assert entry["verdict"] == ("complete" if complete else "incomplete")
    scans = [p for p in files if p.suffix.lower() not in (".pdf",)]
    assert len(scans) <= 4


def test_manifest_covers_every_permit_and_region():
    permits = {e["permit"] for e in MANIFEST}
    assert permits == {"single-permit-fixed-term", "highly-qualified", "eu-blue-card", "intra-corporate-transfer",
                       "researcher", "seasonal-worker", "executive", "unlimited-duration"}
    assert {e["region"] for e in MANIFEST} == {"flanders", "brussels", "wallonia", "german-speaking"}
    demo = next(e for e in MANIFEST if e["name"] == "highly-qualified-complete")
    assert demo["verdict"] == "complete" and demo["region"] == "flanders"


def test_every_type_and_language_has_a_pdf():
    for lang in ("fr", "nl", "de", "en"):
        for doc_type in TYPES:
            assert (SAMPLES / "documents" / "pdf" / lang / f"{doc_type}.pdf").is_file(), (lang, doc_type)
    assert len(list((SAMPLES / "documents" / "pdf").rglob("unknown-*.pdf"))) >= 4


@pytest.mark.parametrize("pdf", PDFS, ids=[str(p.relative_to(SAMPLES)) for p in PDFS])
def test_pdf_has_a_specimen_text_layer(pdf):
    with pdfplumber.open(pdf) as doc:
        assert doc.pages
        for page in doc.pages:
            assert "SPECIMEN" in (page.extract_text() or "")


@pytest.mark.parametrize("pdf", PASSPORT_PDFS, ids=[p.name for p in PASSPORT_PDFS])
def test_passport_mrz_check_digits(pdf):
    lines = mrz_lines(pdf)
    assert len(lines) == 2, lines
    line1, line2 = lines
    assert line1.startswith("P<") and line1[2:5] in ("UTO", "TUR")
    assert re.match(r"^[A-Z]+[0-9]+<*$", line2[0:9]), "document number: letters then digits"
    if pdf.name == WRONG_CHECK_DIGIT:
        assert failing_checks(line2) == ["number"]
        digit = int(line2[9])
        assert (icao_check_digit(line2[0:9]) + 1) % 10 == digit, "check digit off by one"
    else:
        assert failing_checks(line2) == []


def test_mrz_of_every_passport_the_generator_renders():
    spec = importlib.util.spec_from_file_location("sample_generate", SAMPLES / "generate.py")
    generate = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = generate  # dataclasses look their module up while the file runs
    try:
        spec.loader.exec_module(generate)
    finally:
        del sys.modules[spec.name]
    people = [generate.LINA, generate.AYSE, generate.NOA, *generate.PEOPLE_VARIANTS.values()]
    wrong = 0
    for person in people:
        line1, line2 = person.mrz()
        assert MRZ_LINE.match(line1) and MRZ_LINE.match(line2)
        failing = failing_checks(line2)
        if person.wrong_check:
            wrong += 1
            assert failing == ["number"]
        else:
            assert failing == []
    assert wrong == 1
    assert generate.LINA.mrz()[1][13:19] == "900412" and generate.LINA.mrz()[1][21:27] == "310514"
    assert generate.PEOPLE_VARIANTS["expired"].mrz()[1][21:27] == "260630"
    assert generate.NOA.mrz()[1][13:19] == "100201"
    assert generate.AYSE.mrz()[1][10:13] == "TUR"


def test_scans_carry_their_resolution():
    scans = SAMPLES / "documents" / "scans"
    clean = [p for p in scans.glob("*.png") if re.match(r"^[a-z_]+-(en|fr|nl|de)$", p.stem)]
    assert {p.stem.rsplit("-", 1)[0] for p in clean} == set(TYPES)
    for path in clean:
        with Image.open(path) as im:
            assert im.size == (2480, 3508) and im.mode == "L"
            assert round(im.info["dpi"][0]) == 300
    for path in scans.glob("*-60dpi.png"):
        with Image.open(path) as im:
            assert round(im.info["dpi"][0]) == 60 and im.width == 496
    for path in scans.glob("*-150dpi.png"):
        with Image.open(path) as im:
            assert round(im.info["dpi"][0]) == 150 and im.width == 1240


def test_phone_photo_is_stored_rotated_with_exif_orientation_6():
    photos = sorted((SAMPLES / "documents" / "scans").glob("*-photo.jpg"))
    assert photos
    for path in photos:
        with Image.open(path) as im:
            assert im.getexif().get(0x0112) == 6
            assert im.width > im.height, "pixels are stored landscape; upright only after EXIF rotation"
    assert list((SAMPLES / "documents" / "scans").glob("*-photo.heic"))
    with Image.open(SAMPLES / "documents" / "scans" / "passport-multipage.tif") as tif:
        assert tif.n_frames >= 2


def test_bad_files_are_bad_in_the_promised_way():
    bad = SAMPLES / "bad"
    assert (bad / "empty.pdf").stat().st_size == 0
    assert (bad / "program.pdf").read_bytes()[:4] == b"\x7fELF"
    corrupt = (bad / "corrupt.pdf").read_bytes()
    assert corrupt.startswith(b"%PDF") and b"%%EOF" not in corrupt
    assert b"/Encrypt" in (bad / "encrypted.pdf").read_bytes()
    head = (bad / "bomb.png").read_bytes()[:33]
    width, height, depth = struct.unpack(">IIB", head[16:25])
    assert (width, height, depth) == (30000, 30000, 1) and (bad / "bomb.png").stat().st_size < 1_000_000
    assert (bad / "image-named.pdf").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with pdfplumber.open(bad / "pages-500.pdf") as doc:
        assert len(doc.pages) == 500
    assert (bad / "pages-500.pdf").stat().st_size < 1_000_000
    assert (bad / "notes.txt").read_text(encoding="utf-8").strip()
