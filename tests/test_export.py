"""Files ready to submit (issue 17, `docscan/export.py`), on a real bundle read by the real Tesseract.

The bundle `rotated-and-photographed` has born-digital PDFs, flatbed scans, a phone photo
(JPEG with an EXIF turn) and a HEIC photo. Each exported PDF must open in pdfplumber and in
PDFium (the engine of Chromium's PDF viewer, through pypdfium2), stay under its size limit,
be at most 300 dpi, and read back (its text layer) with at least 95% of the words docscan read.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import zipfile
from collections import Counter
from datetime import date
from pathlib import Path

import numpy as np
import pdfplumber
import pikepdf
import pytest
import pypdfium2 as pdfium
from PIL import Image

from docscan import export
from docscan.models import Applicant
from docscan.pipeline import check_bundle

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "sample_docs" / "bundles" / "rotated-and-photographed"
TODAY = date(2026, 11, 15)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    """The bundle copied to a folder of its own (a test removes a file) and checked once."""
    folder = tmp_path_factory.mktemp("bundle")
    for path in BUNDLE.iterdir():
        shutil.copy(path, folder / path.name)
    report = check_bundle(sorted(str(p) for p in folder.iterdir()), "executive", "brussels", today=TODAY,
                          applicant=Applicant(filed_by_agent=False, confirmed=frozenset({"employer_id_copy"})))
    return folder, report


def words_of(text: str) -> list[str]:
    return [w for w in (re.sub(r"\W", "", token.lower()) for token in text.split()) if w]


def test_one_pdf_per_document_named_in_the_readers_language(checked):
    _, report = checked
    exported = export.export_report(report, language="fr")
    names = list(exported.contents)
    assert names[0] == "00-sommaire.pdf"
    assert "02-passeport.pdf" in names and "05-extrait-de-casier-judiciaire.pdf" in names
    documents = [r for r in report.requirements if r.kind == "document" and r.status != "missing"]
    assert [f.requirement for f in exported.files] == [r.id for r in documents]
    assert not exported.skipped_pages


def test_every_pdf_opens_fits_and_reads_back(checked):
    _, report = checked
    exported = export.export_report(report, language="en")
    by_name = {f.path: f for f in report.files}
    for item in exported.files:
        data = exported.contents[item.name]
        assert item.size == len(data) <= export.ExportLimits().max_bytes and item.within_limit
        # PDFium (Chromium's PDF engine) renders every page, and it is not blank.
        document = pdfium.PdfDocument(data)
        assert len(document) == item.pages >= 1
        rendered = np.asarray(document[0].render(scale=0.5).to_pil().convert("L"))
        assert rendered.min() < 128, f"{item.name}: the page renders blank"
        document.close()
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            back = Counter(w for page in pdf.pages for w in words_of(page.extract_text() or ""))
            for page in pdf.pages:
                for image in page.images:  # never above 300 dpi
                    assert image["srcsize"][0] / (page.width / 72) <= 300.5
        source = by_name[item.sources[0]]
        read = Counter(w for page in source.pages for w in words_of(page.text))
        found = sum(min(count, back[word]) for word, count in read.items())
        assert found >= 0.95 * sum(read.values()), (item.name, found, sum(read.values()))
        # Scans and photos get their text layer from docscan's OCR; born-digital pages keep theirs.
        assert item.ocr_text_pages == sum(1 for page in source.pages if page.source == "ocr")


def test_the_index_lists_what_is_there_and_what_is_missing(checked):
    _, report = checked
    exported = export.export_report(report, language="en")
    with pdfplumber.open(io.BytesIO(exported.contents[exported.index_name])) as pdf:
        text = " ".join(page.extract_text() or "" for page in pdf.pages)
    assert "files ready to submit" in text.lower()
    for item in exported.files:
        assert item.name in text
    assert "Brussels" in text and "15 November 2026" in text


def test_a_size_limit_lowers_quality_then_resolution_and_says_when_it_cannot(checked):
    _, report = checked
    small = export.export_report(report, limits=export.ExportLimits(max_bytes=200_000))
    default = {f.requirement: f for f in export.export_report(report).files}
    for item in small.files:
        if item.dpi is None:
            continue  # a born-digital copy
        assert item.within_limit == (item.size <= 200_000)
        if item.within_limit:
            assert (item.dpi, -item.quality) >= (150, -85)
            assert item.size <= default[item.requirement].size
        else:  # even 150 dpi at the lowest quality did not fit: said, and the floor was used
            assert (item.dpi, item.quality) == (150, 50)
    assert any(item.dpi is not None and (item.dpi < 300 or item.quality < 85) for item in small.files)


def test_colour_is_kept_only_where_the_page_has_colour():
    grey = Image.new("RGB", (400, 300), (235, 233, 230))
    assert not export._has_colour(grey)
    stamped = grey.copy()
    stamped.paste((30, 60, 200), (20, 20, 120, 120))  # a blue stamp on 8% of the page
    assert export._has_colour(stamped)


def test_a_file_gone_before_the_export_is_left_out_not_an_error(checked, tmp_path):
    folder, report = checked
    photo = next(f for f in report.files if f.path.endswith(".jpg"))
    moved = tmp_path / photo.path
    shutil.move(photo.source.path, moved)
    try:
        exported = export.export_report(report)
    finally:
        shutil.move(moved, photo.source.path)
    assert (photo.path, 1) in exported.skipped_pages
    assert all(photo.path not in f.sources for f in exported.files)
    assert exported.index_name in exported.contents


def test_zip_holds_the_index_first_then_the_documents(checked):
    _, report = checked
    exported = export.export_report(report, language="nl")
    with zipfile.ZipFile(io.BytesIO(exported.zip_bytes())) as archive:
        assert archive.namelist() == list(exported.contents)
        assert archive.namelist()[0] == "00-inhoud.pdf"
        for name in archive.namelist():
            pikepdf.open(io.BytesIO(archive.read(name))).close()


def test_slug_makes_plain_file_names():
    assert export.slug("Extrait de casier judiciaire") == "extrait-de-casier-judiciaire"
    assert export.slug("Ärztliches Attest / Bescheinigung") == "arztliches-attest-bescheinigung"
    assert export.slug("../../etc/passwd") == "etc-passwd"
    assert export.slug("???") == "document"


def test_limits_refuse_nonsense():
    with pytest.raises(ValueError):
        export.ExportLimits(max_bytes=10)
    with pytest.raises(ValueError):
        export.ExportLimits(max_dpi=1200)


def test_check_export_writes_private_files_and_a_zip(tmp_path):
    """`docscan check --export DIR` on born-digital files (no OCR: quick) writes the PDFs and the zip."""
    out = tmp_path / "ready"
    files = [str(p) for p in sorted(BUNDLE.iterdir()) if p.suffix == ".pdf"]
    done = subprocess.run([sys.executable, "-m", "docscan", "check", *files, "--permit", "executive",
                           "--region", "brussels", "--today", TODAY.isoformat(), "--lang", "de", "--export", str(out),
                           "--quiet"], capture_output=True, text=True, timeout=600)
    assert done.returncode in (0, 1), done.stderr
    written = sorted(p.name for p in out.iterdir())
    assert "00-inhalt.pdf" in written and "files-ready-to-submit.zip" in written
    assert len([n for n in written if n.endswith(".pdf")]) == 1 + len(files)
    assert all((p.stat().st_mode & 0o777) == 0o600 for p in out.iterdir())
    assert "ready to submit" in done.stderr
    bad = subprocess.run([sys.executable, "-m", "docscan", "check", *files, "--permit", "executive",
                          "--region", "brussels", "--export", str(out), "--export-max-mb", "0.01", "--quiet"],
                         capture_output=True, text=True, timeout=600)
    assert bad.returncode == 2 and "--export-max-mb" in bad.stderr and "Traceback" not in bad.stderr


def test_a_sealed_pdf_is_exported_byte_for_byte(tmp_path):
    """A sealed criminal-record extract (Belgian extracts are e-sealed): any rewrite would break
    its seal, so the export keeps the file exactly as given, and the index says why."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from signing import make_pki, sign_pdf

    extract = ROOT / "sample_docs" / "bundles" / "criminal-record-too-old" / "casier-judiciaire.pdf"
    sealed = tmp_path / "extrait.pdf"
    sealed.write_bytes(sign_pdf(extract.read_bytes(), make_pki()))
    report = check_bundle([str(sealed)], "executive", "brussels", today=TODAY)
    assert report.files[0].signatures is not None and report.files[0].signatures.signatures
    exported = export.export_report(report, language="en")
    item = next(f for f in exported.files if f.requirement == "criminal_record")
    assert item.sealed_original and exported.contents[item.name] == sealed.read_bytes()
    with pdfplumber.open(io.BytesIO(exported.contents[exported.index_name])) as pdf:
        assert "any copy would break the seal" in " ".join(p.extract_text() or "" for p in pdf.pages)


def test_words_set_close_overlapping_or_beside_a_line_read_back_one_by_one():
    """OCR boxes a few pixels apart ("of 3"), two readings of a watermark over each other, and a
    stray word beside a line each read back as their own words (issue 17: 3 of the export
    benchmark's 18 files read back under 95%, "of3", "spmeceimenn", "monet ain t")."""
    from docscan import classify, ocr
    from docscan.pipeline import PageResult

    words = (("payment", 100, 400, 180), ("of", 290, 400, 40), ("3", 333, 400, 20),
             ("specimen", 600, 400, 300), ("specimen", 640, 400, 300),
             ("montant", 100, 700, 200), ("i", 150, 706, 12), ("total", 400, 700, 130))
    reading = ocr.OcrResult(text=" ".join(w[0] for w in words), source="ocr",
                            words=tuple(ocr.OcrWord(text, 90.0, left, top, width, 40)
                                        for text, left, top, width in words))
    page = PageResult(1, "ocr", classify.UNKNOWN, True, (), reading=reading, text=reading.text)
    prepared = export._ImagePage(Image.new("RGB", (2480, 3508), "white"), 300.0, page)
    pdf = pikepdf.new()
    assert export._add_image_page(pdf, prepared, 300, 85) == 1
    buffer = io.BytesIO()
    pdf.save(buffer)
    with pdfplumber.open(io.BytesIO(buffer.getvalue())) as opened:
        back = Counter(words_of(opened.pages[0].extract_text() or ""))
    assert back == Counter(w[0] for w in words)
