"""OCR with the real Tesseract, and fault injection: timeout, crash, missing program or language."""

from pathlib import Path

import pytest
import pytesseract
from PIL import Image, ImageDraw, ImageFont

from docscan import ocr
from docscan.errors import MissingDependencyError, OcrError, OcrTimeout
from docscan.settings import Settings

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LINE = "Uittreksel uit het strafregister afgegeven op 1 oktober 2026"


def _page() -> Image.Image:
    """An A4 page at 300 dpi with ten lines of Dutch body text."""
    page = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, 42)
    for i in range(10):
        draw.text((200, 300 + i * 90), LINE, font=font, fill=0)
    return page




@pytest.mark.slow
@pytest.mark.parametrize("turn", [0, 90, 180, 270])
def test_reads_a_page_in_any_orientation(turn):
    result = ocr.read_page(_page().rotate(turn, expand=True), Settings())
    assert "strafregister" in result.text
    assert LINE in result.text, "words come out in reading order"
    assert result.rotation == turn, "Pillow turned it counter-clockwise; docscan turns it back clockwise"
    assert len(result.confident_words) >= 80


@pytest.mark.slow
def test_an_upside_down_page_osd_is_unsure_of_is_still_turned(monkeypatch):
    # Fault injection on OSD alone (the reading is the real Tesseract's): photos of a page held
    # upside down gave OSD confidences of 0.4-0.9, below MIN_OSD_CONFIDENCE, and stayed unread.
    monkeypatch.setattr(ocr, "detect_orientation", lambda image, settings: ocr.Orientation(0, 0.4, "Latin", 1.0))
    result = ocr.read_page(_page().rotate(180, expand=True), Settings())
    assert result.rotation == 180 and LINE in result.text
    # An upright page that reads poorly is not turned by an unsure guess (its turn reads worse).
    faint = _page().crop((0, 0, 2480, 480))
    kept = ocr.read_page(faint, Settings())
    assert kept.rotation == 0


@pytest.mark.slow
def test_timeout_is_a_typed_error_with_advice():
    with pytest.raises(OcrTimeout, match="longer than .* and was stopped"):
        ocr.read_page(_page(), Settings(ocr_timeout=0.05))


def test_crash_is_a_typed_error(fake_tesseract):
    fake_tesseract('[ "$1" = --version ] && { echo "tesseract 5.3.0"; exit 0; }\n'
                   "echo 'Segmentation fault' >&2; exit 139")
    with pytest.raises(OcrError) as error:
        ocr.read_page(_page(), Settings())
    assert not isinstance(error.value, OcrTimeout)
    assert "Tesseract failed" in error.value.message


def test_broken_tesseract_binary_is_a_typed_error(fake_tesseract):
    fake_tesseract("exit 139")  # crashes even when asked for its version
    with pytest.raises(OcrError, match="Tesseract failed"):
        ocr.read_page(_page(), Settings())


def test_missing_tesseract_names_the_package(monkeypatch):
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    ocr.installed_languages.cache_clear()
    try:
        with pytest.raises(MissingDependencyError, match="apt-get install tesseract-ocr"):
            ocr.check_installation(Settings())
    finally:
        ocr.installed_languages.cache_clear()


def test_missing_language_pack_is_named(tmp_path, monkeypatch):
    system = Path("/usr/share/tesseract-ocr/5/tessdata")
    (tmp_path / "eng.traineddata").symlink_to(system / "eng.traineddata")
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    ocr.installed_languages.cache_clear()
    try:
        with pytest.raises(MissingDependencyError) as error:
            ocr.check_installation(Settings())
    finally:
        ocr.installed_languages.cache_clear()
    assert "fra, nld, deu, osd" in error.value.message
    assert "tesseract-ocr-fra" in error.value.message and error.value.exit_code == 4


def test_text_layer_reading_has_no_words_in_its_stats():
    reading = ocr.from_text_layer("Contrat de travail entre Jean Exemple et Utopia SA")
    stats = reading.stats()
    assert stats["source"] == "text_layer" and stats["words"] == 9
    assert "Exemple" not in repr(stats), "report figures never carry document text"


def test_a_hanging_tesseract_is_bounded(fake_tesseract, monkeypatch):
    """Issue 13, item 13: `--version` and `--list-langs` used to run without a timeout."""
    fake_tesseract("sleep 30")
    monkeypatch.setattr(ocr, "PROBE_TIMEOUT", 0.5)
    ocr._version_of.cache_clear()
    with pytest.raises(MissingDependencyError, match="did not answer"):
        ocr.check_installation(Settings())
    with pytest.raises(OcrError, match="did not answer"):
        ocr.read_page(_page(), Settings())


def test_an_unreadable_version_is_an_install_error_not_system_exit(fake_tesseract):
    fake_tesseract('echo "tesseract banana"')
    ocr._version_of.cache_clear()
    with pytest.raises(MissingDependencyError, match="version") as error:
        ocr.check_installation(Settings())
    assert error.value.exit_code == 4


def test_a_crash_names_the_signal_not_a_tuple(fake_tesseract):
    fake_tesseract('[ "$1" = --version ] && { echo "tesseract 5.3.0"; exit 0; }\n'
                   '[ "$1" = --list-langs ] && { printf "List of\\neng\\nfra\\nnld\\ndeu\\nosd\\n"; exit 0; }\n'
                   'kill -SEGV $$')
    ocr._version_of.cache_clear()
    with pytest.raises(OcrError) as error:
        ocr.read_page(_page(), Settings())
    assert "((" not in error.value.message and "Tesseract" in error.value.message


def test_a_language_pack_failing_during_ocr_is_an_install_error(fake_tesseract):
    """The TesseractError branch used to be unreachable (RuntimeError was caught first)."""
    fake_tesseract('[ "$1" = --version ] && { echo "tesseract 5.3.0"; exit 0; }\n'
                   "echo 'Failed loading language fra' >&2; exit 1")
    ocr._version_of.cache_clear()
    with pytest.raises(MissingDependencyError, match="tesseract-ocr-fra") as error:
        ocr.read_page(_page(), Settings())
    assert error.value.exit_code == 4


@pytest.mark.slow
def test_a_page_with_scattered_fields_is_read_as_sparse_text():
    # A visa page scanned on an A4 sheet (tests/data/README.md): the automatic segmentation
    # reads no word of it; docscan reads it again as sparse text and keeps that reading.
    page = Image.open(Path(__file__).parent / "data" / "visa-page-on-a-sheet.jpg").convert("L")
    automatic = ocr._image_to_words(page, Settings())
    assert len(automatic.confident_words) < ocr.POOR_READING_WORDS, "the premise: psm 3 reads it poorly"
    result = ocr.read_page(page, Settings())
    assert len(result.confident_words) >= 25
    assert "SHARMA" in result.text and "PERMIS UNIQUE" in result.text


@pytest.mark.slow
def test_a_page_read_well_in_latin_once_turned_names_no_other_script():
    # A transfer slip photographed upside down (tests/data/README.md), straightened as the pipeline
    # does before OCR: OSD, on the page as it lies, names the script Cyrillic; turned, the Latin
    # models read it well, so no script is named (a document "in a script docscan cannot read"
    # would be asked for a translation it does not need).
    from capture_pages import straightened
    from docscan import capture

    settings = Settings()
    gray, found = straightened(Path(__file__).parent / "data" / "transfer-slip-upside-down.jpg")
    assert found.method == "outline"
    page = Image.fromarray(capture.for_ocr(gray, found), "L")
    orientation = ocr.detect_orientation(page, settings)
    assert orientation.script == "Cyrillic" and orientation.script_confidence >= ocr.MIN_SCRIPT_CONFIDENCE, \
        "the premise: OSD names another script"
    result = ocr.read_page(page, settings)
    assert result.rotation == 180
    assert "OVERSCHRIJVING" in result.text and "Office des" in result.text
    assert result.script is None and result.script_confidence == 0.0
