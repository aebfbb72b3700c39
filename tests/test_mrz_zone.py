"""The zone reader end to end (issue 11): real Tesseract on images made by the corpus generator.

Each image is composed by `sample_docs/mrz/generate.py` (OCR-B zone, security print, its own
check digits), written to a temporary folder and read through `pipeline.read_page`, as a
scan would be. The issue's silent errors are checked on the facts the pipeline states.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from docscan import ingest, mrz_zone, pipeline
from docscan.mrz import stated_facts
from docscan.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 15)


def _generator():
    spec = importlib.util.spec_from_file_location("mrz_generate", ROOT / "sample_docs" / "mrz" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["mrz_generate"] = module
    spec.loader.exec_module(module)
    return module


GEN = _generator()


def render(tmp_path: Path, name: str, holder, zone_px: int = 700, kind: str = "scan", seed: int = 1) -> Path:
    import random

    import numpy as np

    rng = random.Random(seed)
    page = GEN.degrade(GEN.data_page(holder, zone_px, rng), kind, rng, np.random.default_rng(seed))
    path = tmp_path / f"{name}.jpg"
    page.save(path, "JPEG", quality=85)
    return path


def read(path: Path) -> pipeline.PageResult:
    settings = Settings(workers=1)
    return pipeline.read_page(pipeline.PageTask(ingest.probe(str(path), settings), 0, settings, TODAY))


def holder(**fields):
    base = dict(fmt="TD3", code="P", state="CZE", nationality="CZE", surname="NOVÁK", given="JAN",
                number="EH1234567", birth=date(1980, 5, 17), expiry=date(2030, 6, 1), sex="M", optional="")
    base.update(fields)
    return GEN.Holder(**base)


@pytest.mark.slow
def test_expired_1998_passport_photo_is_expired(tmp_path):
    page = read(render(tmp_path, "expired", holder(expiry=date(1998, 1, 4)), kind="photo"))
    zone = page.classification.mrz
    assert page.doc_type == "passport" and zone is not None
    assert stated_facts(zone).get("expiry_date") in (date(1998, 1, 4), None)
    assert zone.expiry_date != date(2098, 1, 4)


@pytest.mark.slow
def test_czech_nationality_is_cze_or_unstated(tmp_path):
    page = read(render(tmp_path, "cze", holder(), zone_px=420, kind="photo", seed=3))
    facts = stated_facts(page.classification.mrz)
    assert facts.get("nationality", "CZE") == "CZE"
    assert facts.get("issuing_state", "CZE") == "CZE"


@pytest.mark.slow
def test_birth_1911_is_never_2011(tmp_path):
    page = read(render(tmp_path, "born-1911", holder(birth=date(1911, 1, 1))))
    facts = stated_facts(page.classification.mrz)
    assert facts.get("birth_date", date(1911, 1, 1)) == date(1911, 1, 1)


@pytest.mark.slow
def test_us_immigrant_visa_is_not_a_passport(tmp_path):
    visa = holder(fmt="MRV-A", code="VN", state="USA", nationality="MEX", surname="GARCÍA LÓPEZ", given="ROSA")
    page = read(render(tmp_path, "us-visa", visa, zone_px=800))
    assert page.classification.mrz is not None and page.classification.mrz.format == "MRV-A"
    assert page.doc_type != "passport", page.classification.reasons


@pytest.mark.slow
def test_small_specimen_zone_with_personal_number_is_read(tmp_path):
    specimen = holder(state="UTO", nationality="UTO", surname="ERIKSSON", given="ANNA MARIA", number="L898902C3",
                      birth=date(1974, 8, 12), expiry=date(2032, 4, 15), sex="F", optional="ZE184226B")
    page = read(render(tmp_path, "specimen-small", specimen, zone_px=320))
    zone = page.classification.mrz
    assert zone is not None and zone.key_fields_proved, zone
    assert stated_facts(zone)["document_number"] == "L898902C3"
    assert not any("300 dpi" in r.message for r in page.reasons if r.code.startswith("mrz_"))


@pytest.mark.slow
def test_belgian_residence_card_turned_a_quarter(tmp_path):
    card = holder(fmt="TD1", code="AR", state="BEL", nationality="TUR", surname="YILMAZ", given="AYSE",
                  number="B12345678", birth=date(1990, 3, 2), expiry=date(2031, 3, 1), sex="F")
    page = read(render(tmp_path, "residence-card", card, zone_px=520, kind="rot90"))
    assert page.doc_type == "residence_permit", page.classification.reasons
    assert stated_facts(page.classification.mrz)["expiry_date"] == date(2031, 3, 1)


def test_zone_reader_finds_nothing_on_a_blank_page():
    reading = mrz_zone.read_zone(Image.new("L", (800, 600), 255), Settings(workers=1), today=TODAY)
    assert reading.zone is None and reading.attempts == 0


@pytest.mark.slow
def test_eval_on_the_ci_subset_meets_the_targets():
    """`docscan eval sample_docs/mrz --subset --check`, as CI runs it (corpus subset generated first)."""
    subprocess.run([sys.executable, str(ROOT / "sample_docs" / "mrz" / "generate.py"), "--subset"], check=True,
                   cwd=ROOT, timeout=120)
    result = subprocess.run([sys.executable, "-m", "docscan", "eval", "sample_docs/mrz", "--subset", "--check"],
                            cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "silent errors:                 0" in result.stdout
    assert "zones found:" in result.stdout and "key fields right:" in result.stdout



def test_a_tesseract_timeout_on_the_zone_ends_the_search_not_the_page(tmp_path, monkeypatch):
    """Fault injection: the crop's reading times out; the reader gives what it has (nothing)."""
    from docscan import ocr
    from docscan.errors import OcrTimeout

    def timeout(*args, **kwargs):
        raise OcrTimeout("Reading the page took longer than 6 s and was stopped.")

    monkeypatch.setattr(ocr, "read_zone", timeout)
    image = Image.open(render(tmp_path, "timeout", holder()))
    reading = mrz_zone.read_zone(image, Settings(workers=1), today=TODAY)
    assert reading.zone is None and reading.attempts == 1


@pytest.mark.slow
def test_a_minors_birth_century_is_settled_from_the_printed_page_when_the_page_text_cannot(tmp_path):
    """A visa turned half round: the page OCR gives nothing (page_text empty here), and a birth
    'YY' 14 is 1914 or 2014. The printed fields above the zone, read the way the zone reads,
    give '23 APR/APR 2014' (issue 11's corpus, image 006)."""
    visa = holder(fmt="MRV-A", code="V", state="USA", nationality="PHL", surname="IVANOV", given="JOHN PAUL",
                  number="CA015625", birth=date(2014, 4, 23), expiry=date(2027, 10, 31), sex="F")
    image = Image.open(render(tmp_path, "minor-visa", visa, zone_px=900, kind="rot180", seed=6))
    reading = mrz_zone.read_zone(image, Settings(workers=1), today=TODAY)
    assert reading.zone is not None and reading.zone.key_fields_proved, reading
    assert stated_facts(reading.zone)["birth_date"] == date(2014, 4, 23)


@pytest.mark.slow
@pytest.mark.parametrize("seed", [2, 5])
def test_a_passport_photographed_askew_is_read(tmp_path, seed):
    """Issue 11, photographed passports: the document turned up to 25 degrees and seen in
    perspective ('tilted' in the corpus); zone lines are taken up to `MAX_LINE_ANGLE`."""
    page = read(render(tmp_path, f"tilted-{seed}", holder(), zone_px=800, kind="tilted", seed=seed))
    zone = page.classification.mrz
    assert zone is not None and zone.key_fields_proved, page.reasons
    assert stated_facts(zone)["document_number"] == "EH1234567"
    assert page.doc_type == "passport"


def test_the_band_of_a_zone_turned_20_degrees_is_found():
    """Without OCR: the band finder keeps a zone whose lines slope by 20 degrees, and gives its slope."""
    import random

    import numpy as np

    rng = random.Random(4)
    page = GEN.data_page(holder(), 900, rng).rotate(20, expand=True, fillcolor=(120, 90, 60))
    bands = mrz_zone.find_bands(np.asarray(page.convert("L")))
    assert bands and bands[0].lines == 2 and abs(abs(bands[0].angle) - 20) < 3, bands[:2]


def test_a_born_digital_passport_whose_zone_is_an_image_is_read_from_the_rendered_page(tmp_path):
    # Issue 10's independent bundles: a passport PDF with its labels in the text layer and its
    # zone drawn as an image came out "the expiry date could not be read".
    import io
    import random

    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    person = holder(state="USA", nationality="USA", surname="SPECIMEN", given="EMILY", number="206213432",
                    birth=date(1998, 8, 25), expiry=date(2030, 1, 9), sex="F")
    image = GEN.data_page(person, 700, random.Random(3))
    width, height = 354.0, 354.0 * image.height / image.width
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=(width, height + 60))
    page.drawImage(ImageReader(image), 0, 0, width, height)
    page.setFont("Helvetica", 7)
    for i, label in enumerate(["SPECIMEN - UNITED STATES OF AMERICA", "PASSPORT / PASSEPORT", "Surname / Nom SPECIMEN",
                               "Nationality / Nationalité UNITED STATES OF AMERICA",
                               "Date of birth / Date de naissance 25 AUG 1998", "Place of birth CALIFORNIA"]):
        page.drawString(10 + 170 * (i % 2), height + 48 - 14 * (i // 2), label)
    page.save()
    path = tmp_path / "document.pdf"
    path.write_bytes(buffer.getvalue())

    settings = Settings(workers=1)
    source = ingest.probe(str(path), settings)
    result = pipeline.read_page(pipeline.PageTask(source, 0, settings, TODAY))
    assert result.source == "text_layer"
    zone = result.classification.mrz
    assert zone is not None and zone.valid and zone.expiry_date == date(2030, 1, 9)
    assert result.doc_type == "passport"
    document = pipeline.assemble_file(source, (result,), pipeline.classify.load_rules(), TODAY).documents[0]
    assert document.expiry_date == date(2030, 1, 9)
    assert not document.mrz_exact  # read by OCR from the rendered page, not typed in the text layer


def test_the_band_of_a_card_photographed_close_is_found():
    """Without OCR: a residence card whose zone fills the straightened photo (capitals of about
    45 px at the search width, issue 11's corpus, image 083) is found as a band of three lines;
    the two smaller kernels leave its letter gaps open."""
    import random

    import numpy as np

    card = holder(fmt="TD1", code="AR", state="BEL", nationality="SRB", surname="MBARGA", given="MEI",
                  number="TT084451", birth=date(1970, 11, 17), expiry=date(2030, 1, 4), sex="M")
    page = GEN.data_page(card, 1265, random.Random(3))
    assert page.width < mrz_zone.SEARCH_WIDTH + 100
    bands = mrz_zone.find_bands(np.asarray(page.convert("L")))
    assert bands and bands[0].lines == 3 and bands[0].size[0] > 1100, bands[:2]


@pytest.mark.slow
def test_a_card_photographed_close_is_read(tmp_path):
    card = holder(fmt="TD1", code="AR", state="BEL", nationality="SRB", surname="MBARGA", given="MEI",
                  number="TT084451", birth=date(1970, 11, 17), expiry=date(2030, 1, 4), sex="M")
    import random

    page = GEN.data_page(card, 1265, random.Random(3))
    reading = mrz_zone.read_zone(page, Settings(workers=1), today=TODAY)
    assert reading.zone is not None and reading.zone.valid, reading
    assert stated_facts(reading.zone)["document_number"] == "TT084451"


@pytest.mark.slow
@pytest.mark.parametrize("birth, zone_px, kind, seed", [
    (date(2009, 1, 18), 430, "photo", 1),    # issue 11's corpus, image 193: a photo, print 13 px high
    (date(2013, 10, 18), 357, "small", 2),   # image 154: a small scan, print blurred
])
def test_a_minors_birth_century_is_read_from_a_small_printed_page(tmp_path, birth, zone_px, kind, seed):
    """A minor's birth 'YY' is 19YY or 20YY; the page OCR gives nothing here (page_text empty),
    and the printed fields above the zone, read with a block segmentation (and sharpened),
    give the printed date. The sparse-text reading alone read only the labels on such pages."""
    passport = holder(state="ALB", nationality="ALB", surname="HOXHA", given="AISHA", number="382215484",
                      birth=birth, expiry=date(2031, 8, 17), sex="F")
    image = Image.open(render(tmp_path, "minor", passport, zone_px=zone_px, kind=kind, seed=seed))
    reading = mrz_zone.read_zone(image, Settings(workers=1), today=TODAY)
    assert reading.zone is not None and reading.zone.key_fields_proved, reading
    assert stated_facts(reading.zone).get("birth_date") == birth


def _td3_zone(*, composite_right: bool) -> str:
    """A TD3 zone as a crop reading gives it: every check digit right but, if asked, the composite."""
    from docscan.mrz import check_digit

    def with_digit(value: str) -> str:
        return value + str(check_digit(value))

    line1 = "P<CZENOVAK<<JAN".ljust(44, "<")
    start = with_digit("EH1234567") + "CZE" + with_digit("800517") + "M" + with_digit("300601")
    optional = "<" * 14 + "<"
    composite = check_digit(start[0:10] + start[13:20] + start[21:28] + optional)
    line2 = start + optional + str(composite if composite_right else (composite + 1) % 10)
    return f"{line1}\n{line2}\n"


def _counting_reader(monkeypatch, text: str) -> list[int]:
    """Every crop reading gives `text`; the list counts them (and the printed fields' readings)."""
    from docscan import ocr

    calls: list[int] = []

    def read_zone(image, settings, *, thresholding=0, psm=6):
        calls.append(thresholding)
        return text

    def read_printed_fields(image, settings, *, psm=6):
        calls.append(-1)
        return ""

    monkeypatch.setattr(ocr, "read_zone", read_zone)
    monkeypatch.setattr(ocr, "read_printed_fields", read_printed_fields)
    return calls


def test_a_zone_proved_by_its_first_reading_costs_one_reading(tmp_path, monkeypatch):
    calls = _counting_reader(monkeypatch, _td3_zone(composite_right=True))
    image = Image.open(render(tmp_path, "proved", holder()))
    reading = mrz_zone.read_zone(image, Settings(workers=1), today=TODAY)
    assert reading.zone is not None and reading.zone.valid
    assert len(calls) == 1 and reading.attempts == 1
    assert reading.first_proved and reading.cost.zone_reads == 1 and reading.cost.printed_reads == 0


def test_retries_stop_soon_once_only_the_composite_digit_is_left_to_prove(tmp_path, monkeypatch):
    """Issue 11's cost on hard pages: a zone whose key fields the first reading proves, with a
    composite digit that every reading misreads, was read until the budget ran out (six retries,
    then the other bands). Now `MAX_RETRIES_AFTER_KEY_FIELDS` retries, and no other band."""
    calls = _counting_reader(monkeypatch, _td3_zone(composite_right=False))
    image = Image.open(render(tmp_path, "composite", holder()))
    settings = Settings(workers=1)
    assert len(mrz_zone.find_bands(np.asarray(image.convert("L")))) > 1  # other bands were there to read
    reading = mrz_zone.read_zone(image, settings, today=TODAY)
    zone = reading.zone
    assert zone is not None and zone.key_fields_proved and not zone.valid
    assert stated_facts(zone)["document_number"] == "EH1234567"
    assert len(calls) == 1 + mrz_zone.MAX_RETRIES_AFTER_KEY_FIELDS
    assert not reading.first_proved and reading.cost.zone_reads == len(calls)


def test_a_zone_whose_key_fields_fail_gets_every_retry(tmp_path, monkeypatch):
    """The bound is for the optional data and the composite only: a number failing its digit
    is retried in every way (and then on the next band)."""
    text = _td3_zone(composite_right=True)
    line1, line2 = text.splitlines()
    wrong_number = line2[:9] + str((int(line2[9]) + 1) % 10) + line2[10:]
    calls = _counting_reader(monkeypatch, f"{line1}\n{wrong_number}\n")
    image = Image.open(render(tmp_path, "number", holder()))
    reading = mrz_zone.read_zone(image, Settings(workers=1, zone_seconds=60.0), today=TODAY)
    assert reading.zone is not None and not reading.zone.key_fields_proved
    zone_reads = [call for call in calls if call >= 0]
    assert len(zone_reads) >= 1 + len(list(mrz_zone._retries(np.zeros((40, 400), np.uint8))))


def test_retries_are_tried_in_their_measured_order():
    """Smaller capitals under Sauvola first, then Otsu at 0.7x, then adaptive Otsu (see `_retries`)."""
    crop = np.full((60, 600), 255, np.uint8)
    retries = [(variant.shape, thresholding) for variant, thresholding in mrz_zone._retries(crop)]
    assert retries[:4] == [((42, 420), 2), ((42, 420), 0), ((60, 600), 1), ((84, 840), 2)]
    assert len(set(retries)) == len(retries) == 6  # each reading once


def test_the_printed_fields_are_not_read_when_the_page_text_proves_the_zone(tmp_path, monkeypatch):
    """The classifier takes the better of the crop's zone and the page text's: when the page
    OCR read the zone with every check digit right, reading the printed fields to settle a
    crop reading's failing number could change nothing stated."""
    text = _td3_zone(composite_right=True)
    line1, line2 = text.splitlines()
    wrong_number = line2[:9] + str((int(line2[9]) + 1) % 10) + line2[10:]
    image = Image.open(render(tmp_path, "page-text", holder()))
    settings = Settings(workers=1, zone_seconds=60.0)

    calls = _counting_reader(monkeypatch, f"{line1}\n{wrong_number}\n")
    mrz_zone.read_zone(image, settings, today=TODAY, page_text="PASSPORT\nNOVAK JAN\n")
    assert -1 in calls  # nothing proves the number: the printed fields are read

    calls.clear()
    reading = mrz_zone.read_zone(image, settings, today=TODAY, page_text=f"PASSPORT\n{text}")
    assert -1 not in calls and reading.printed_reads == 0
    assert reading.zone is not None and not reading.zone.key_fields_proved


DATA = Path(__file__).parent / "data"


@pytest.mark.slow
def test_a_passport_laid_askew_on_a_sheet_is_read():
    # Independent corpus (tests/data/README.md): the zone's line 2 came in three pieces and the
    # band, in the sheet's upper half, was read upside down first; docscan found no zone at all.
    image = Image.open(DATA / "passport-on-a-sheet.jpg")
    reading = mrz_zone.read_zone(image, Settings(), today=TODAY)
    zone = reading.zone
    assert zone is not None and zone.valid, "every check digit of the printed zone passes"
    assert (zone.document_number, zone.nationality, zone.issuing_state) == ("V1307723", "IND", "IND")
    assert (zone.birth_date, zone.expiry_date, zone.sex) == (date(1987, 9, 27), date(2030, 8, 7), "M")


def test_pieces_of_one_printed_line_are_joined_and_other_lines_are_not():
    # Three pieces of a line 2 degrees askew (as the morphology gave them on the sheet above),
    # and the line above it: the pieces become one line as long as the one above.
    line_1 = ((516.0, 607.0), (789.0, 22.0), 2.0)
    pieces = [((166.0, 631.0), (92.0, 23.0), 2.0), ((329.0, 637.0), (233.0, 23.0), 2.0),
              ((674.0, 647.0), (470.0, 23.0), 2.0)]
    joined = mrz_zone._joined_pieces([line_1, *pieces])
    assert len(joined) == 2
    line_2 = max(joined, key=lambda line: line[0][1])
    assert abs(line_2[1][0] - 789) < 25 and abs(line_2[0][1] - 640) < 5
    # A piece of another height, or off the line, or far beyond its end, is not joined.
    for stranger in (((700.0, 637.0), (300.0, 60.0), 2.0), ((700.0, 700.0), (300.0, 23.0), 2.0),
                     ((1400.0, 660.0), (300.0, 23.0), 2.0)):
        assert len(mrz_zone._joined_pieces([pieces[1], stranger])) == 2


def test_two_numbers_that_both_pass_the_check_digit_are_no_fact():
    # Synthetic visa 119 (sample_docs/mrz), photographed askew: one reading gave the number right
    # (SZ132930), the tenth a garbled one (Z2132930) passing the same check digit by luck, which
    # was stated. Of two numbers that both pass, neither is proved unless the page prints it.
    wrong = "V<USAMBARGA<<DMITRI<<<<<<<<<KKEEEKKK\nZ2132930<9KENO807047F2611011<<<<<<<<\n"
    right = "V<USAMBARGA<<DMITRI<<<<<<<<<<<<K<<KKK<\nSZ132930<9KENO0807047F2611011<<<<<<<<\n"
    zone = mrz_zone.mrz_module.find_zone(wrong, TODAY, line2_alone=True)
    assert zone is not None and zone.document_number == "Z2132930" and zone.key_fields_proved
    disputed = mrz_zone._without_disputed_number(zone, [wrong, right], "Document No SZ132930")
    assert not disputed.number_confirmed and "document_number" in disputed.uncertain_key_fields
    assert "mrz_number_disputed" in [r.code for r in disputed.reasons]
    # The dates the check digits prove stay; only the number is left to the data page.
    assert disputed.birth_date == date(2008, 7, 4) and disputed.expiry_date == date(2026, 11, 1)
    # The page printing the zone's number settles it; a rival failing its digit is no rival.
    assert mrz_zone._without_disputed_number(zone, [wrong, right], "Document No Z2132930").number_confirmed
    failing = right.replace("SZ132930<9", "SZ132931<9")
    assert mrz_zone._without_disputed_number(zone, [wrong, failing], "").number_confirmed


def test_a_number_whose_letters_other_readings_give_as_digits_is_no_fact():
    # A hard zone read many times: one reading gives the number with look-alike letters where the
    # others give digits, and passes the check digit by luck; the readings disagree on what the
    # number is made of, so it is not stated unless the page prints it.
    lucky = "P<UTOSPECIMEN<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<\nQDOS1OOO<8UTO8001014F3001019<<<<<<<<<<<<<<06\n"
    zone = mrz_zone.mrz_module.find_zone(lucky, TODAY, line2_alone=True)
    assert zone is not None and zone.key_fields_proved and zone.number_confirmed, "the premise: it passes"
    assert zone.document_number.strip("<") == "QDOS1OOO"
    digits = lucky.replace("QDOS1OOO<8", "00051000<8")
    disputed = mrz_zone._without_disputed_number(zone, [lucky, digits], "")
    assert not disputed.number_confirmed and "mrz_number_disputed" in [r.code for r in disputed.reasons]
    assert mrz_zone._without_disputed_number(zone, [lucky, digits], "No QDOS1OOO").number_confirmed
    # Other look-alikes of the same digits (a font whose zeros look like letters) dispute it too.
    looks = lucky.replace("QDOS1OOO<8", "QOQS1OOD<8")
    assert not mrz_zone._without_disputed_number(zone, [lucky, looks], "").number_confirmed
    # A number no reading gives in its place (it came from a realigned line) is no fact either,
    # when readings in its place agree on another look.
    shifted = [lucky.replace("QDOS1OOO<8", "B7DOS1OOO8"), lucky.replace("QDOS1OOO<8", "B7D0S1OOO8")]
    assert not mrz_zone._without_disputed_number(zone, [lucky.replace("QDOS1OOO<8", "B7DOS1OO"), *shifted],
                                                 "").number_confirmed
    # One letter read as a digit elsewhere is an ordinary misreading of a letter that is there.
    one = lucky.replace("QDOS1OOO<8", "QDO51OOO<7")
    assert mrz_zone._without_disputed_number(zone, [lucky, one], "").number_confirmed
    # Another line (another shape beyond one place) is no reading of this number.
    other = lucky.replace("QDOS1OOO<8", "AB121OOO<0")
    assert mrz_zone._without_disputed_number(zone, [lucky, other], "").number_confirmed


def test_the_readings_are_bounded_by_their_number_not_by_the_machine(tmp_path, monkeypatch):
    """However much processor time is left, a page gets at most `MAX_ZONE_READINGS` crop
    readings: what is stated must not depend on the machine's speed (page 119 got a tenth
    reading on a faster machine, and with it a wrong number)."""
    text = _td3_zone(composite_right=True)
    line1, line2 = text.splitlines()
    wrong_number = line2[:9] + str((int(line2[9]) + 1) % 10) + line2[10:]
    calls = _counting_reader(monkeypatch, f"{line1}\n{wrong_number}\n")
    image = Image.open(render(tmp_path, "bounded", holder()))
    # Ten candidate bands (the same band found ten times): 10 x 7 readings without the bound.
    found = mrz_zone.find_bands
    monkeypatch.setattr(mrz_zone, "MAX_CANDIDATES", 10)
    monkeypatch.setattr(mrz_zone, "find_bands", lambda gray: found(gray)[:1] * 10)
    mrz_zone.read_zone(image, Settings(workers=1, zone_seconds=600.0), today=TODAY)
    zone_reads = [call for call in calls if call >= 0]
    assert len(zone_reads) == mrz_zone.MAX_ZONE_READINGS
