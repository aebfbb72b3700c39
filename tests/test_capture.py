"""The capture stage (issue 17): page found and straightened, capture faults named and located.

Pages are drawn, photographed and spoiled by `tests/capture_pages.py` with real OpenCV; the
slow tests read them with the real Tesseract.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

import capture_pages as pages
from docscan import capture, legibility, ocr, quality
from docscan.models import Reason
from docscan.settings import Settings


def _faults(found: capture.Capture) -> dict[str, capture.CaptureFault]:
    return {f.fault: f for f in found.faults}


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_the_page_corners_are_found_in_a_photo(seed):
    photo = pages.make("none", seed)
    outline = capture.find_outline(photo.image)
    assert outline is not None
    corners, touched = outline
    assert touched == ()
    # Within 1 % of the picture's diagonal (25 px of 2500): the page's own edge is blurred by 1-2 px.
    assert np.abs(corners - photo.corners).max() < 25


def test_a_straightened_photo_is_the_page_upright_and_cropped():
    photo = pages.make("none", 5)
    page, found = capture.straighten(photo.image)
    assert found.method == "outline" and found.faults == ()
    height, width = page.shape
    assert abs(height / width - 1754 / 1240) < 0.1  # A4 proportions back (corners moved by 40 px)
    # No table left around it: the border of the result is paper, not the dark wood (60-120).
    border = np.concatenate([page[:5].ravel(), page[-5:].ravel(), page[:, :5].ravel(), page[:, -5:].ravel()])
    assert np.percentile(border, 5) > 170


def test_a_flatbed_scan_comes_out_unchanged():
    photo = pages.make("scan", 6)
    page, found = capture.straighten(photo.image)
    assert found.method == "none" and found.corners is None and found.faults == ()
    assert page is photo.image or np.array_equal(page, photo.image)


@pytest.mark.parametrize("angle", [-2.5, 1.5, 3.0])
def test_a_skewed_scan_is_only_turned_back(angle):
    page, _ = pages.render_page(7)
    found_angle = capture.skew_angle(pages.scan(page, angle))
    assert found_angle == pytest.approx(-angle, abs=0.3)
    straightened, found = capture.straighten(pages.scan(page, angle))
    assert found.method == "deskew" and found.corners is None
    assert straightened.shape[0] >= page.shape[0]  # the canvas grows: no corner is cut away


def test_a_page_that_is_not_found_with_confidence_is_kept_as_it_is():
    # A white table: no background to tell the page from, so no crop at all.
    page, _ = pages.render_page(8)
    on_white = np.full((2000, 1500), 250, np.uint8)
    on_white[120:120 + 1754, 130:130 + 1240] = page
    outline = capture.find_outline(on_white)
    assert outline is None


def test_glare_over_the_text_is_named_located_and_hides_text():
    photo = pages.make("glare", 9, 1.0)
    page, found = capture.straighten(photo.image)
    glare = _faults(found)["glare"]
    assert glare.hides_text and found.hides_text
    x, y, w, h = glare.box
    assert 0.2 * page.shape[1] < x + w / 2 < 0.8 * page.shape[1]  # in the middle, where it was put
    assert glare.reason().code == "glare"


def test_cut_off_names_the_side_and_hides_text_when_lines_run_out():
    photo = pages.make("cut_off", 10, 1.0)
    _, found = capture.straighten(photo.image)
    cut = _faults(found)["cut_off"]
    assert cut.side == "bottom" and cut.hides_text
    assert "bottom of the page is outside the picture" in cut.reason().message
    for language in ("fr", "nl", "de"):
        assert cut.reason().render(language) != cut.reason().message


def test_a_cut_margin_is_advice_only():
    photo = pages.make("cut_off", 11, 0.0)
    _, found = capture.straighten(photo.image)
    cut = _faults(found)["cut_off"]
    assert cut.side == "bottom" and not cut.hides_text and not found.hides_text


def test_a_finger_over_the_text_is_an_obstruction():
    photo = pages.make("obstruction", 12, 1.0)
    _, found = capture.straighten(photo.image)
    finger = _faults(found)["obstruction"]
    assert finger.hides_text
    assert finger.box[0] < 20  # it enters from the left edge


def test_a_screen_photo_has_moire():
    photo = pages.make("moire", 13, 1.0)
    _, found = capture.straighten(photo.image)
    assert "moire" in _faults(found)


@pytest.mark.parametrize("seed", [14, 15, 16])
def test_clean_photos_and_scans_have_no_fault(seed):
    for kind in ("none", "scan"):
        _, found = capture.straighten(pages.make(kind, seed).image)
        assert found.faults == (), (kind, found.faults)


def test_messages_exist_in_every_language():
    for reason in (Reason.of("glare", share=0.2), Reason.of("cut_off", side="side.left"),
                   Reason.of("obstruction", share=0.05), Reason.of("moire"), Reason.of("body_unreadable", share=0.4)):
        texts = {language: reason.render(language) for language in ("en", "fr", "nl", "de")}
        assert len(set(texts.values())) == 4, texts
    assert "tilt the document away from the light" in Reason.of("glare", share=0.2).message


def test_only_gray_uint8_arrays_are_accepted():
    with pytest.raises(ValueError):
        capture.straighten(np.zeros((100, 100, 3), np.uint8))


def test_shipped_thresholds_load():
    limits = capture.load_thresholds()
    assert 0 < limits.min_page_area < limits.max_page_area <= 1


@pytest.mark.slow
def test_straightening_reads_more_words_of_a_skewed_photo():
    """Real Tesseract: the photo straightened reads at least as many of the written words."""
    photo = pages.make("none", 17)
    settings = Settings(workers=1)
    page, _ = capture.straighten(photo.image)
    written = {w.lower() for w in photo.words}

    def recall(image: np.ndarray) -> float:
        read = {w.text.lower() for w in ocr.read_page(Image.fromarray(image), settings).words}
        return len(written & read) / len(written)

    assert recall(page) >= max(0.9, recall(photo.image) - 0.02)


@pytest.mark.slow
def test_glare_over_the_text_makes_the_page_illegible_and_a_clean_photo_stays_legible(tmp_path):
    """Through the real pipeline: the fault that hides text decides, the clean photo reads."""
    from datetime import date

    from docscan import ingest
    from docscan.pipeline import PageTask, read_page

    settings = Settings(workers=1)
    verdicts = {}
    for fault in ("none", "glare"):
        photo = pages.make(fault, 18, 1.0)
        path = tmp_path / f"{fault}.jpg"
        Image.fromarray(photo.image).save(path, quality=90)
        result = read_page(PageTask(ingest.probe(path, settings), 0, settings, date(2026, 11, 15)))
        verdicts[fault] = result
    assert verdicts["none"].legible and verdicts["none"].capture.method == "outline"
    assert not any(r.code in ("glare", "blurry") for r in verdicts["none"].reasons)
    assert not verdicts["glare"].legible
    assert "glare" in {r.code for r in verdicts["glare"].reasons}


def test_a_sharp_title_over_blurred_clauses_is_not_legible():
    """Legibility depends on the body: blurred tiles where no word was read decide."""
    from docscan.classify import Classification

    words = tuple(ocr.OcrWord(w, 95.0, 100 + 60 * i, 100, 50, 30) for i, w in enumerate(
        ["employment", "contract", "between", "employer", "worker"]))
    reading = ocr.OcrResult(text=" ".join(w.text for w in words), words=words, source="ocr")

    class Quality:
        width, height = 1240, 1754
        inked_tiles = 40
        blurry_boxes = tuple((100 + 80 * (i % 10), 300 + 80 * (i // 10), 80, 80) for i in range(30))

    share = legibility.unread_blurred_share(reading, Quality())
    assert share == pytest.approx(30 / 40)
    classification = Classification("employment_contract", 10.0, True, ())
    verdict = legibility.judge(reading, classification, (), unread_blur=share)
    assert not verdict.legible and verdict.reasons[-1].code == "body_unreadable"
    # The same words with the body sharp (no blurred tile unread): the title decides as before.
    assert legibility.judge(reading, classification, (), unread_blur=0.0).legible


def test_the_preview_shows_the_straightened_page_with_a_box_around_the_glare(tmp_path):
    from docscan import ingest
    from docscan.webapp import previews

    settings = Settings(workers=1)
    thumbnails = {}
    for fault in ("none", "glare"):
        path = tmp_path / f"{fault}.jpg"
        Image.fromarray(pages.make(fault, 19, 1.0).image).save(path, quality=90)
        thumbnails[fault] = np.asarray(previews.page_thumbnail(ingest.probe(path, settings), 0, settings).convert("RGB"))
    red = [(t[..., 0] > 180) & (t[..., 1] < 60) & (t[..., 2] < 60) for t in thumbnails.values()]
    assert not red[0].any() and red[1].sum() > 100
    # Straightened: the thumbnail has the page's proportions, not the photo's 3:4 frame with the table.
    height, width = thumbnails["none"].shape[:2]
    assert abs(height / width - 1754 / 1240) < 0.1
    assert np.percentile(thumbnails["none"][:4].mean(axis=2), 5) > 150


def _fake_page(fault_names: tuple[str, ...], legible: bool, quality_codes: tuple[str, ...] = ()):
    from docscan.pipeline import PageResult

    faults = tuple(capture.CaptureFault(fault=f, box=(0, 0, 10, 10), share=0.1, hides_text=True,
                                        side="bottom" if f == "cut_off" else None) for f in fault_names)
    found = capture.Capture(method="outline", corners=None, angle=0.0, input_size=(10, 10), output_size=(10, 10),
                            faults=faults)
    reasons = (*found.reasons, *(Reason.of("too_dark", brightness=30, needed=50) for _ in quality_codes))
    return PageResult(1, "ocr", "unknown", legible, reasons, capture=found)


def test_the_capture_report_counts_recall_false_alarms_and_legibility(tmp_path):
    from docscan import evaluate_capture

    labelled = [evaluate_capture.CapturePage(path=tmp_path / f"{i}.jpg", base="b", fault=fault, strength="strong",
                                             hides_text=hides, legible=legible, split="dev")
                for i, (fault, hides, legible) in enumerate([
                    ("glare", True, False), ("glare", True, False), ("cut_off", True, False),
                    ("dark", True, False), ("none", False, True), ("none", False, True)])]
    results = [_fake_page(("glare",), False), _fake_page((), True), _fake_page(("cut_off",), False),
               _fake_page((), False, ("too_dark",)), _fake_page((), True), _fake_page(("moire",), True)]
    text, missed = evaluate_capture.report(tmp_path, "dev", labelled, results, 1.0, 1)
    rows = {line.split()[0]: line for line in text.splitlines() if line.startswith("  ")}
    assert "1/2  50.0%" in rows["glare"] and "1/1 100.0%" in rows["cut_off"] and "1/1 100.0%" in rows["dark"]
    assert "1/2  50.0%" in rows["moire"]  # named on one of the two clean pages
    assert "glare named on 1/2 pages where it hides text" in missed
    assert any("clean pages" in m for m in missed)
    assert "agreement 5/6" in text  # the glare page read as legible


@pytest.mark.slow
def test_docscan_eval_reports_a_capture_corpus(tmp_path, capsys):
    """`docscan eval` on a small capture corpus of this file's generator, real OCR."""
    from docscan import cli

    corpus = pages.write_corpus(tmp_path / "capture", [("none", 20, 0.0), ("none", 21, 0.0), ("glare", 22, 1.0),
                                                       ("cut_off", 23, 1.0), ("obstruction", 24, 1.0)])
    status = cli.main(["eval", str(corpus), "--split", "dev", "--workers", "1", "--check"])
    out = capsys.readouterr().out
    assert "Capture faults" in out and "Legibility: agreement" in out
    rows = {line.split()[0]: line for line in out.splitlines() if line.startswith("  ")}
    for fault in ("glare", "cut_off", "obstruction"):
        assert "1/1 100.0%" in rows[fault], out
    assert "any fault on a clean page: 0/2" in out
    assert status == 0, out


@pytest.mark.slow
def test_a_contract_with_a_sharp_title_and_blurred_clauses_is_illegible(tmp_path):
    """Real OCR: the title reads and names the type, the clauses do not; the body decides."""
    import cv2
    from datetime import date

    from docscan import ingest
    from docscan.pipeline import PageTask, read_page

    page, _ = pages.render_page(25, lines=30, title="EMPLOYMENT CONTRACT")
    blurred = page.copy()
    blurred[190:] = cv2.GaussianBlur(page[190:], (0, 0), 4.5)
    settings = Settings(workers=1)
    results = {}
    for name, image in (("sharp", page), ("blurred", blurred)):
        path = tmp_path / f"{name}.png"
        Image.fromarray(image).save(path, dpi=(150, 150))
        results[name] = read_page(PageTask(ingest.probe(path, settings), 0, settings, date(2026, 11, 15)))
    assert results["sharp"].legible
    assert not results["blurred"].legible, results["blurred"].reasons
    assert {"blurry", "body_unreadable"} & {r.code for r in results["blurred"].reasons}


# ---------------------------------------------------------------------------------------------
# Calibration on the capture corpus (issue 17): each fix with pages made here


def _bright_photo(seed: int) -> np.ndarray:
    """A phone photo whose paper is exposed near white (245-253), as phones expose it."""
    photo = pages.make("none", seed)
    page_level = float(np.percentile(photo.image, 95))
    return np.clip(photo.image.astype(np.float32) * (250.0 / page_level), 0, 255).astype(np.uint8)


def test_the_sides_of_a_polygon_meet_at_the_corner_it_cut():
    # A page whose bottom-left corner is missing from the bright region: a fifth, diagonal edge.
    cut = np.array([[100, 100], [500, 100], [500, 700], [160, 700], [100, 620]], np.float64)
    corners = capture._corners_of_sides(cut)
    assert corners is not None
    assert np.abs(capture._order(corners) - np.array([[100, 100], [500, 100], [500, 700], [100, 700]])).max() < 1e-6


def test_a_page_corner_in_shadow_is_not_cut_off():
    """The corner's shadow takes it out of the paper's region; the sides still meet where it is."""
    photo = pages.make("none", 21)
    image = photo.image.astype(np.float32)
    height, width = image.shape
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    bottom_left = photo.corners[3]
    # A shadow over the corner, dark enough that the paper there looks like the table.
    shadow = (bottom_left[1] - yy) + (xx - bottom_left[0]) < 260
    image[shadow] *= 0.45
    found = capture.find_outline(np.clip(image, 0, 255).astype(np.uint8))
    assert found is not None
    corners, _ = found
    assert np.abs(corners - photo.corners).max() < 25


def test_pale_table_rules_are_removed_before_ocr():
    """A thin rule photographed with lens blur is 30-60 levels below the paper, not 60-150."""
    page, _ = pages.render_page(22, lines=20)
    page = page.copy()
    page[1300:1303, 110:1130] = 200  # a rule across the page, 55 levels below white
    image, corners = pages.photograph(page, 22)
    straight, found = capture.straighten(image)
    assert found.method == "outline"
    flat = capture.for_ocr(straight, found)
    row = round(1301 / 1754 * flat.shape[0])
    band = flat[row - 12:row + 12, flat.shape[1] // 3: 2 * flat.shape[1] // 3]
    assert band.min() > 225  # the rule is gone; what is left there is paper


def test_a_reflection_on_near_white_paper_is_glare_as_advice():
    photo = _bright_photo(23)
    corners = pages.make("none", 23).corners
    centre = corners.mean(axis=0)
    # A window's reflection over a third of the body text (the capture corpus's strong glares: 22-36 %).
    glared = pages.add_glare(photo, (int(centre[0]), int(centre[1] - 250)), 380)
    _, found = capture.straighten(glared)
    glare = _faults(found)["glare"]
    # Named, with where it is; whether the page is legible is left to what OCR reads.
    assert not glare.hides_text and not found.hides_text
    x, y, w, h = glare.box
    assert w * h > 0.1 * found.output_size[0] * found.output_size[1]


@pytest.mark.parametrize("seed", [24, 25])
def test_near_white_paper_without_a_reflection_is_no_glare(seed):
    _, found = capture.straighten(_bright_photo(seed))
    assert "glare" not in _faults(found)


def test_a_white_render_or_scan_has_no_washed_out_glare():
    page, _ = pages.render_page(26)
    _, found = capture.straighten(page)
    assert found.faults == ()


def test_a_photo_taken_in_dim_light_is_too_dark():
    from docscan import quality
    photo = _bright_photo(27)
    dim = np.clip(photo.astype(np.float32) * 0.45, 0, 255).astype(np.uint8)  # paper at about 112
    straight, _ = capture.straighten(dim)
    assert "too_dark" in {r.code for r in quality.assess(straight).reasons}
    straight, _ = capture.straighten(photo)
    assert "too_dark" not in {r.code for r in quality.assess(straight).reasons}


def test_an_enlarged_photo_keeps_its_enlargement_once_straightened():
    """The warp erases the interpolation grid of a zoom: it is measured on the photo as captured."""
    from docscan import quality
    photo = pages.make("none", 28).image
    small = cv2.resize(photo, None, fx=1 / 2.5, fy=1 / 2.5, interpolation=cv2.INTER_AREA)
    enlarged = cv2.resize(small, (photo.shape[1], photo.shape[0]), interpolation=cv2.INTER_CUBIC)
    assert quality.upscale_factor(enlarged) == pytest.approx(2.5, abs=0.15)
    straight, found = capture.straighten(enlarged)
    assert found.method == "outline"
    measured = quality.assess(straight, upscale=quality.upscale_factor(enlarged))
    assert measured.upscale_factor == pytest.approx(2.5, abs=0.15)
    assert "low_resolution" in {r.code for r in measured.reasons}


def _gray(rgb: np.ndarray) -> np.ndarray:
    return quality.page_to_gray(Image.fromarray(rgb, "RGB"))


@pytest.mark.parametrize("pitch", [1.3, 2.4])
def test_a_photo_of_a_screen_is_moire_by_its_colour_fringes(pitch):
    # Issue 17: the screen's sub-pixel stripes alias into colour fringes; in grey they are a
    # few levels deep (the grey test alone missed most screen photos), in the chroma far more.
    photo = pages.in_colour(pages.make("none", 30).image)
    screen = pages.on_screen(photo, pitch)
    _, found = capture.straighten(_gray(screen), colour=screen)
    assert "moire" in _faults(found)
    _, clean = capture.straighten(_gray(photo), colour=photo)
    assert "moire" not in _faults(clean)


def test_printed_guilloche_is_not_moire():
    # A card's security lines are periodic in colour too, but printed in one ink: their chroma
    # follows their grey pattern, which a screen's side-by-side sub-pixels do not.
    photo = pages.make("none", 31)
    left, top = (int(v) + 60 for v in photo.corners[0])
    printed = pages.add_guilloche(pages.in_colour(photo.image), (left, top, 900, 1300))
    _, found = capture.straighten(_gray(printed), colour=printed)
    assert "moire" not in _faults(found), found.faults
    # ... and it is that test which keeps it out: without it, the lines' chroma peaks count.
    blind = capture.load_thresholds().model_copy(update={"max_moire_chroma_correlation": 1.0})
    _, unguarded = capture.straighten(_gray(printed), blind, colour=printed)
    assert "moire" in _faults(unguarded)


def test_a_finger_in_front_of_the_lens_is_an_obstruction_by_its_colour():
    # So out of focus it has no edge (the grey test wants a step): its red tells it from a shadow.
    photo = pages.add_lens_finger(pages.in_colour(pages.make("none", 32).image), "left", 0.3)
    _, grey_only = capture.straighten(_gray(photo))
    _, found = capture.straighten(_gray(photo), colour=photo)
    finger = _faults(found)["obstruction"]
    assert finger.hides_text and found.hides_text
    assert finger.box[0] < 0.05 * photo.shape[1]  # it enters from the left
    assert "obstruction" not in _faults(grey_only)  # what colour adds


def test_a_grey_shadow_over_the_page_is_no_obstruction_in_colour_either():
    # The same shape without its colour: a soft shadow keeps the paper's hue.
    photo = pages.in_colour(pages.make("none", 33).image)
    height, width = photo.shape[:2]
    mask = np.zeros((height, width), np.float32)
    cv2.ellipse(mask, (-width // 10, height // 2), (width * 4 // 10, height * 35 // 100), 0, 0, 360, 1.0, -1)
    alpha = cv2.GaussianBlur(mask, (0, 0), 0.04 * width)[..., None] * 0.35
    shaded = np.clip(photo * (1 - alpha), 0, 255).astype(np.uint8)
    _, found = capture.straighten(_gray(shaded), colour=shaded)
    assert "obstruction" not in _faults(found)


def test_a_colour_picture_of_another_size_is_ignored():
    photo = pages.make("none", 34).image
    other = pages.in_colour(photo)[:-10]
    page, found = capture.straighten(photo, colour=other)
    assert found.method == "outline" and found.faults == ()


def test_a_colour_photo_keeps_its_colour_for_the_capture_stage(tmp_path):
    from docscan import ingest

    colour = pages.in_colour(pages.make("none", 35).image)
    Image.fromarray(colour, "RGB").save(tmp_path / "photo.jpg", quality=92)
    Image.fromarray(colour[..., 1], "L").save(tmp_path / "grey.jpg", quality=92)
    settings = Settings(workers=1)
    page = ingest.load_page(ingest.probe(tmp_path / "photo.jpg", settings), 0, settings)
    pixels = page.colour_pixels()
    assert pixels is not None and pixels.shape == (*np.asarray(page.image).shape, 3)
    grey = ingest.load_page(ingest.probe(tmp_path / "grey.jpg", settings), 0, settings)
    assert grey.colour is None and grey.colour_pixels() is None


@pytest.mark.slow
def test_a_scan_turned_level_keeps_its_table():
    # A payment confirmation scanned 1 degree askew (tests/data/README.md): turned level, the
    # table's rules lie exactly level and Tesseract dropped the table with the beneficiary, the
    # IBAN and the amount; with the rules taken out, as for a straightened photo, they are read.
    settings = Settings()
    straight, found = pages.straightened(Path(__file__).parent / "data" / "payment-confirmation-askew.pdf")
    assert found.method == "deskew" and abs(found.angle) >= 0.5
    turned_only = ocr.read_page(Image.fromarray(straight, "L"), settings)
    assert "Immigration Office" not in turned_only.text, "the premise: the turned scan loses its table"
    result = ocr.read_page(Image.fromarray(capture.for_ocr(straight, found), "L"), settings)
    for words in ("Immigration Office", "BE57 6792 0060 9235", "148.00 EUR"):
        assert words in result.text, words
