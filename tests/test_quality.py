"""Quality gate: verdicts on pages of real body text, rendered here and degraded on purpose.

Each page is rendered with Pillow at 300 dpi (DejaVu Sans 10.5 pt, an A4 page of contract
text), then blurred, smeared, resampled, darkened or bleached with OpenCV. The expected
verdicts follow what Tesseract reads on the same pages (the figures are in
docscan/rules/quality.yaml): Gaussian blur up to sigma 3 reads perfectly, sigma 8 and a 25 px
motion smear do not; a page captured at 60 dpi is too coarse whatever size it is stored at.
"""

from __future__ import annotations

import json
import time
from functools import lru_cache

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from docscan import quality
from docscan.errors import ConfigError
from docscan.quality import PageQuality, QualityThresholds, assess, load_thresholds

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

BODY_TEXT = (
    "This employment contract is made between the employer, a company registered in Belgium, and the "
    "employee named below. The employee will work as a software engineer at the office in Ghent for an "
    "indefinite period, starting on the first day of the month after the single permit has been granted "
    "by the competent region. The gross monthly salary amounts to four thousand two hundred euro, paid at "
    "the end of each month by bank transfer, together with holiday pay and an end of year bonus as "
    "provided by the joint committee. Working time is thirty eight hours per week, from Monday to Friday. "
    "The employee declares that the information given in the application is correct and complete, and "
    "undertakes to inform the employer of any change in his residence status. Either party may end this "
    "contract with the notice periods laid down in the law of third July nineteen seventy eight on "
    "employment contracts. Signed in two copies in Ghent, each party acknowledging receipt of one copy. "
)


@lru_cache(maxsize=8)
def _render(dpi: int, filled: float) -> np.ndarray:
    width, height = round(8.27 * dpi), round(11.69 * dpi)
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, round(10.5 / 72 * dpi))
    margin = round(dpi / 2.54 * 2.5)
    line_height = round(10.5 / 72 * dpi * 1.4)
    words = (BODY_TEXT * 20).split()
    y, i = margin, 0
    while y + line_height < margin + (height - 2 * margin) * filled:
        line: list[str] = []
        while i < len(words) and draw.textlength(" ".join([*line, words[i]]), font=font) <= width - 2 * margin:
            line.append(words[i])
            i += 1
        draw.text((margin, y), " ".join(line), font=font, fill=20)
        y += line_height
    array = np.asarray(page).copy()
    array.setflags(write=False)  # shared between tests: degrade copies, never the original
    return array


def render_page(dpi: int = 300, filled: float = 1.0) -> np.ndarray:
    """An A4 page of body text; `filled` is the share of the text area that holds text."""
    return _render(dpi, filled)


# ---------------------------------------------------------------------------------------------
# Degradations, as a scanner or a phone produces them


def gaussian(sigma):
    return lambda page: cv2.GaussianBlur(page, (0, 0), sigma)


def motion(length):
    """A horizontal smear of `length` pixels: the phone moved during the exposure."""
    return lambda page: cv2.blur(page, (length, 1), borderType=cv2.BORDER_REPLICATE)


def captured_at(dpi, stored_at_full_size=True, interpolation=cv2.INTER_CUBIC):
    """Captured at `dpi` (pixel averaging), then optionally enlarged back to the 300 dpi size."""
    def degrade(page):
        height, width = page.shape
        small = cv2.resize(page, (round(width * dpi / 300), round(height * dpi / 300)), interpolation=cv2.INTER_AREA)
        return cv2.resize(small, (width, height), interpolation=interpolation) if stored_at_full_size else small
    return degrade


def levels(paper, ink, noise=0.0):
    """Paper and ink moved to the given grey levels, with Gaussian noise of `noise` levels."""
    def degrade(page):
        values = ink + (page.astype(np.float32) - 20) / 235 * (paper - ink)
        values += np.random.default_rng(7).normal(0, noise, page.shape) if noise else 0
        return np.clip(values, 0, 255).astype(np.uint8)
    return degrade


def jpeg(quality, noise=3.0):
    """Sensor noise, then JPEG compression: what a phone or a cheap scanner hands over."""
    def degrade(page):
        noisy = np.clip(page + np.random.default_rng(5).normal(0, noise, page.shape), 0, 255).astype(np.uint8)
        _, data = cv2.imencode(".jpg", noisy, [cv2.IMWRITE_JPEG_QUALITY, quality])
        return cv2.imdecode(data, cv2.IMREAD_GRAYSCALE)
    return degrade


def photographed(page):
    """The page photographed on a dark, grainy table, turned by 3 degrees, lit from one corner."""
    height, width = page.shape
    rng = np.random.default_rng(11)
    table = cv2.GaussianBlur(rng.normal(70, 25, (height, width)).astype(np.float32), (0, 0), 3)
    turn = cv2.getRotationMatrix2D((width / 2, height / 2), 3, 0.85)
    paper = cv2.warpAffine(page.astype(np.float32), turn, (width, height), flags=cv2.INTER_AREA)
    on_paper = cv2.warpAffine(np.ones_like(paper), turn, (width, height))
    photo = paper * on_paper + table * (1 - on_paper)
    rows, cols = np.mgrid[0:height, 0:width]
    photo *= 0.8 + 0.2 * (1 - (rows ** 2 + cols ** 2) / (height ** 2 + width ** 2))
    return np.clip(photo, 0, 255).astype(np.uint8)


def ruled(page):
    """Text in the top half, signature lines and a box in the empty bottom half, as on a form."""
    out = page.copy()
    height, width = page.shape
    out[height // 2:] = 255
    for y in range(height * 6 // 10, height * 9 // 10, height // 12):
        out[y: y + 4, width // 10: width * 9 // 10] = 20
    out[height * 9 // 10: height * 9 // 10 + 200, width // 10: width // 10 + 4] = 20
    return out


def bottom_half(degrade):
    def degrade_half(page):
        out = page.copy()
        out[page.shape[0] // 2:] = degrade(page)[page.shape[0] // 2:]
        return out
    return degrade_half


def soft_shapes(page):
    """Text in the top half, and soft dark shapes below it, as out-of-focus silhouettes, a card's
    drop shadow or a hand's shadow photograph: their edges are as wide as a letter is high."""
    out = page.copy()
    height, width = page.shape
    out[height // 2:] = 255
    shapes = np.zeros(page.shape, np.float32)
    for y in range(int(height * 0.58), int(height * 0.95), 420):
        for x in range(width // 8, width - width // 8, 520):
            cv2.circle(shapes, (x, y), 70, 1.0, -1)
    shapes = cv2.GaussianBlur(shapes, (0, 0), 25)
    return np.clip(out * (1 - 0.6 * shapes), 0, 255).astype(np.uint8)


def unchanged(page):
    return page


@lru_cache(maxsize=32)
def measured(name: str) -> PageQuality:
    """The page degraded as `name` says, assessed once per test session."""
    return assess(DEGRADED[name](render_page()))


DEGRADED = {
    "clean": unchanged,
    "gauss 1.5": gaussian(1.5),
    "gauss 3": gaussian(3),
    "gauss 8": gaussian(8),
    "motion 25": motion(25),
    "60 dpi enlarged": captured_at(60),
    "60 dpi enlarged (linear)": captured_at(60, interpolation=cv2.INTER_LINEAR),
    "60 dpi native": captured_at(60, stored_at_full_size=False),
    "150 dpi native": captured_at(150, stored_at_full_size=False),
    "150 dpi enlarged": captured_at(150),
    "200 dpi enlarged": captured_at(200),
    "dark": levels(paper=35, ink=5, noise=2),
    "low contrast, noisy": levels(paper=160, ink=135, noise=8),
    "washed out": levels(paper=255, ink=245, noise=1),
    "bottom half blurred": bottom_half(gaussian(8)),
    "gauss 3, noise, jpeg 80": lambda page: jpeg(80)(gaussian(3)(page)),
    "form with ruled lines": ruled,
    "sharp text over soft shapes": soft_shapes,
    "gauss 12": gaussian(12),
    "photo on a table": photographed,
    "photo on a table, gauss 8": lambda page: photographed(gaussian(8)(page)),
}


# ---------------------------------------------------------------------------------------------
# Verdicts


@pytest.mark.parametrize("name,verdict,reasons", [
    # Tesseract reads 96 % of the words at sigma 1.5 and 3 (the Laplacian variance calls both blurry).
    ("clean", "good", set()),
    ("gauss 1.5", "good", set()),
    ("gauss 3", "good", set()),
    # Sigma 8 and a 25 px smear: 3 % and 1 % of the words.
    ("gauss 8", "poor", {"blurry"}),
    ("motion 25", "poor", {"blurry"}),
    # Captured at 60 dpi, whatever size it is stored at.
    ("60 dpi enlarged", "poor", {"low_resolution"}),
    ("60 dpi enlarged (linear)", "poor", {"low_resolution"}),
    ("60 dpi native", "poor", {"low_resolution", "small_image"}),
    # 150 and 200 dpi are enough for body text, stored as captured or enlarged.
    ("150 dpi native", "good", set()),
    ("150 dpi enlarged", "good", set()),
    ("200 dpi enlarged", "good", set()),
    ("dark", "poor", {"too_dark"}),
    ("low contrast, noisy", "poor", {"low_contrast"}),
    ("washed out", "poor", {"too_bright"}),
    # Half the text out of focus is a page the portal refuses.
    ("bottom half blurred", "poor", {"blurry"}),
    # JPEG's 8-pixel blocks are not an enlargement grid; the table around a photographed page
    # is neither ink nor blur.
    ("gauss 3, noise, jpeg 80", "good", set()),
    # A ruled line has no edges along its length: that is not blur.
    ("form with ruled lines", "good", set()),
    # Soft shapes (a third of the inked tiles, sharpness 0) are not blurred text (issue 17: a
    # portrait, a card's edge or a shadow called sharp photos blurry); text smeared beyond its
    # letters' height, where such tiles are most of the page, still is.
    ("sharp text over soft shapes", "good", set()),
    ("gauss 12", "poor", {"blurry"}),
    ("photo on a table", "good", set()),
    ("photo on a table, gauss 8", "poor", {"blurry"}),
])
def test_verdict(name, verdict, reasons):
    result = measured(name)
    assert result.verdict == verdict, result.to_dict()
    assert {reason.code for reason in result.reasons} == reasons


def test_soft_shapes_are_left_out_of_the_verdict_only():
    """The soft shapes' tiles do not make the page blurry, but they stay marked as blurred: legibility
    asks whether words were read in them (`legibility.unread_blurred_share`), as before."""
    result = measured("sharp text over soft shapes")
    assert result.blurry_tile_share is not None and result.blurry_tile_share < 0.05
    lower_half = [box for box in result.blurry_boxes if box[1] >= result.height // 2]
    assert len(lower_half) >= 0.25 * result.inked_tiles
    assert all(box[1] + box[3] > result.height // 2 for box in result.blurry_boxes)


def test_blur_is_not_reported_as_low_resolution_and_back():
    """The advice must fit the fault: a coarse page is not 'blurry', a blurred one not 'low resolution'."""
    assert "blurry" not in {r.code for r in measured("60 dpi native").reasons}
    assert "low_resolution" not in {r.code for r in measured("gauss 8").reasons}


@pytest.mark.parametrize("name,low,high", [
    ("60 dpi enlarged", 40, 90),
    ("60 dpi enlarged (linear)", 40, 90),
    ("60 dpi native", 40, 90),
    ("150 dpi native", 120, 220),
])
def test_effective_dpi(name, low, high):
    assert low <= measured(name).effective_dpi <= high


def test_enlargement_is_found():
    result = measured("60 dpi enlarged")
    assert result.upscale_factor == pytest.approx(5.0, abs=0.1)
    assert result.text_height_px == pytest.approx(measured("clean").text_height_px, rel=0.1)
    assert measured("clean").upscale_factor == 1.0
    assert measured("gauss 3").upscale_factor == 1.0  # blur leaves no interpolation grid


def test_text_height_is_the_x_height():
    # DejaVu Sans has an x-height of 0.55 em: 10.5 pt at 300 dpi is 24 px, plus anti-aliasing.
    assert measured("clean").text_height_px == pytest.approx(25, abs=1.5)
    assert measured("150 dpi native").text_height_px == pytest.approx(12.5, abs=1)


def test_sharpness_orders_the_blur():
    values = [measured(name).sharpness for name in ("clean", "gauss 1.5", "gauss 3", "gauss 8")]
    assert values == sorted(values, reverse=True)
    assert 0.0 <= values[-1] < values[0] <= 1.0


# ---------------------------------------------------------------------------------------------
# Independence from how much text there is and from the resolution


@pytest.mark.parametrize("name", ["clean", "gauss 3", "gauss 8", "60 dpi enlarged"])
def test_half_empty_page_gets_the_same_verdict(name):
    """Empty paper says nothing about focus: text in the top half only must not change the verdict."""
    full = measured(name)
    half = assess(DEGRADED[name](render_page(filled=0.5)))
    assert half.verdict == full.verdict
    assert {r.code for r in half.reasons} == {r.code for r in full.reasons}
    assert half.sharpness == pytest.approx(full.sharpness, abs=0.05)
    assert half.ink_ratio < 0.6 * full.ink_ratio


@pytest.mark.parametrize("degrade_300,degrade_200", [
    (unchanged, unchanged),
    (gaussian(3), gaussian(2)),  # the same blur on paper: 0.25 mm
    (gaussian(8), gaussian(8 * 2 / 3)),
    (captured_at(60), lambda page: cv2.resize(
        cv2.resize(page, (round(page.shape[1] * 0.3), round(page.shape[0] * 0.3)), interpolation=cv2.INTER_AREA),
        page.shape[::-1], interpolation=cv2.INTER_CUBIC)),
], ids=["clean", "gauss 0.25 mm", "gauss 0.68 mm", "60 dpi enlarged"])
def test_same_verdict_at_200_and_300_dpi(degrade_300, degrade_200):
    at_300 = assess(degrade_300(render_page(300)))
    at_200 = assess(degrade_200(render_page(200)))
    assert at_200.verdict == at_300.verdict
    assert {r.code for r in at_200.reasons} == {r.code for r in at_300.reasons}
    assert at_200.sharpness == pytest.approx(at_300.sharpness, abs=0.06)
    # Text height in pixels follows the resolution; the effective resolution follows the capture.
    assert at_200.text_height_px == pytest.approx(at_300.text_height_px * 2 / 3, rel=0.12)


def test_laplacian_variance_misjudges_both_ways():
    """The usual global measure (variance of the Laplacian, limit 100) gets documents backwards.

    Observed: sigma 3 scores ~10 (it would be refused, yet Tesseract reads 96 % of it); a page
    captured at 60 dpi and kept at that size scores ~15 000 (accepted, yet it is 60 dpi); a
    25 px motion smear scores ~350 (accepted, yet Tesseract reads 1 %). It falls with blur but
    rises as the resolution drops (the same letters in fewer, harder-edged pixels) and with the
    share of the page that is ink, so no single limit can work.
    """
    assert measured("gauss 3").laplacian_variance < 100 and measured("gauss 3").verdict == "good"
    assert measured("60 dpi native").laplacian_variance > 1000 and measured("60 dpi native").verdict == "poor"
    assert measured("motion 25").laplacian_variance > 100 and measured("motion 25").verdict == "poor"
    # Captured at 60 dpi but stored at 300 dpi it falls below 100: right only by accident.
    assert measured("60 dpi enlarged").laplacian_variance < 100
    half = assess(render_page(filled=0.5))
    assert half.laplacian_variance < 0.6 * measured("clean").laplacian_variance  # same sharpness, less text


# ---------------------------------------------------------------------------------------------
# Blank pages


def _noise_page(mean, sigma):
    rng = np.random.default_rng(3)
    return np.clip(rng.normal(mean, sigma, render_page().shape), 0, 255).astype(np.uint8)


def _page_number_only():
    page = np.full(render_page().shape, 255, np.uint8)
    page[3300:3340, :600] = render_page()[300:340, :600]  # a few words at the foot of the page
    return page


@pytest.mark.parametrize("make", [
    lambda: np.full((3508, 2480), 255, np.uint8),
    lambda: _noise_page(245, 4),
    lambda: _noise_page(235, 10),
    lambda: np.zeros((3508, 2480), np.uint8),  # the scanner lid left open on a black page
    _page_number_only,
], ids=["white", "noise 4", "noise 10", "black", "page number only"])
def test_blank_pages(make):
    result = assess(make())
    assert result.blank and result.verdict == "blank"
    assert [r.code for r in result.reasons] == ["blank_page"]
    assert result.text_height_px is None and result.sharpness is None and result.effective_dpi is None


def test_a_few_lines_of_text_are_not_blank():
    result = assess(render_page(filled=0.12))
    assert not result.blank and result.verdict == "good"


# ---------------------------------------------------------------------------------------------
# Messages and output


def test_messages_say_what_to_do_and_carry_the_measure():
    low = {r.code: r.message for r in measured("60 dpi enlarged").reasons}["low_resolution"]
    dpi = round(measured("60 dpi enlarged").effective_dpi)
    assert low.startswith(f"resolution too low: about {dpi} dpi") and low.endswith("scan at 300 dpi")
    blurry = {r.code: r.message for r in measured("gauss 8").reasons}["blurry"]
    assert blurry.startswith("blurry: rescan at 300 dpi and hold the phone still")
    assert "sharpness 0." in blurry and "% of the text" in blurry
    blank = assess(_noise_page(245, 4)).reasons[0].message
    assert blank.startswith("blank page: check that the right side was scanned")
    dark = {r.code: r.message for r in measured("dark").reasons}["too_dark"]
    assert "35 of 255" in dark
    small = {r.code: r.message for r in measured("60 dpi native").reasons}["small_image"]
    assert f"{measured('60 dpi native').width} x {measured('60 dpi native').height} pixels" in small
    assert measured("60 dpi native").width == 496


def test_to_dict_is_json_ready_and_rounded():
    data = measured("gauss 3").to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["verdict"] == "good" and data["reasons"] == []
    assert data["sharpness"] == round(data["sharpness"], 3)
    assert data["effective_dpi"] == round(data["effective_dpi"])
    expected = {"width", "height", "declared_dpi", "text_height_px", "effective_dpi", "upscale_factor",
                "sharpness", "blurry_tile_share", "contrast", "brightness", "noise", "ink_ratio", "blank",
                "laplacian_variance", "reasons", "verdict"}
    assert set(data) == expected


def test_declared_dpi_is_recorded_but_not_believed():
    """Phones write 72 dpi: the text height, not the file, says what the resolution is."""
    result = assess(render_page(), dpi=72)
    assert result.declared_dpi == 72 and result.verdict == "good"
    assert result.effective_dpi > 250


def test_results_are_frozen():
    with pytest.raises(AttributeError):
        measured("clean").sharpness = 0.0  # type: ignore[misc]


# ---------------------------------------------------------------------------------------------
# Sharpness map and heat map


def test_sharpness_map_marks_inked_tiles_only():
    tiles = quality.sharpness_map(render_page(filled=0.5))
    rows, cols = tiles.shape
    assert rows > 10 and cols > 10
    inked = ~np.isnan(tiles)
    assert inked[: rows // 3].any() and not inked[rows * 2 // 3:].any()  # text in the top half only
    assert not inked[:, 0].any()  # the left margin is paper
    assert np.all((tiles[inked] >= 0) & (tiles[inked] <= 1))


def test_sharpness_map_shows_where_the_page_is_blurry():
    tiles = quality.sharpness_map(DEGRADED["bottom half blurred"](render_page()))
    rows = tiles.shape[0]
    top, bottom = tiles[: rows // 2 - 1], tiles[rows // 2 + 1:]
    assert np.nanmedian(top) > 0.75 and np.nanmedian(bottom) < 0.4


def test_heatmap_is_red_where_blurry_and_green_where_sharp():
    image = quality.heatmap_image(DEGRADED["bottom half blurred"](render_page()))
    assert image.mode == "RGB" and max(image.size) == 1000
    pixels = np.asarray(image).astype(int)
    height = pixels.shape[0]
    top, bottom = pixels[height // 10: height // 2 - 20], pixels[height // 2 + 20: height * 9 // 10]
    assert (top[..., 1] - top[..., 0]).mean() > 10      # greener than red
    assert (bottom[..., 0] - bottom[..., 1]).mean() > 10  # redder than green


def test_heatmap_of_a_small_image_keeps_its_size():
    page = captured_at(60, stored_at_full_size=False)(render_page())
    image = quality.heatmap_image(page)
    assert image.size == page.shape[::-1]


# ---------------------------------------------------------------------------------------------
# Odd inputs


@pytest.mark.parametrize("shape", [(1, 1), (5, 300), (40, 60), (3508, 10)])
def test_tiny_and_thin_images_are_judged_not_crashed(shape):
    result = assess(np.full(shape, 200, np.uint8))
    assert "small_image" in {r.code for r in result.reasons}
    assert result.verdict in ("blank", "poor")


@pytest.mark.parametrize("array", [np.zeros((10, 10, 3), np.uint8), np.zeros((10, 10), np.float32), [[0, 1]]])
def test_only_gray_uint8_arrays_are_accepted(array):
    with pytest.raises(ValueError, match="page_to_gray"):
        assess(array)


def _rgba_transparent():
    return Image.new("RGBA", (4, 4), (0, 0, 0, 0))


def _palette():
    image = Image.new("P", (4, 4), 1)
    image.putpalette([0, 0, 0, 255, 0, 0] + [0] * 762)
    return image


def _sixteen_bit():
    image = Image.new("I;16", (2, 1))
    image.putpixel((0, 0), 65535)
    image.putpixel((1, 0), 32768)
    return image


@pytest.mark.parametrize("make,expected", [
    (lambda: Image.new("L", (4, 4), 90), [[90] * 4] * 4),
    (lambda: Image.new("RGB", (4, 4), (255, 0, 0)), [[76] * 4] * 4),  # ITU-R 601 luma of red
    (_rgba_transparent, [[255] * 4] * 4),  # transparency is white paper, not black
    (lambda: Image.new("LA", (4, 4), (0, 0)), [[255] * 4] * 4),
    (lambda: Image.new("RGBA", (4, 4), (0, 0, 0, 255)), [[0] * 4] * 4),
    (_palette, [[76] * 4] * 4),
    (lambda: Image.new("1", (4, 4), 1), [[255] * 4] * 4),
    (lambda: Image.new("CMYK", (4, 4), (0, 0, 0, 0)), [[255] * 4] * 4),
    (lambda: Image.new("CMYK", (4, 4), (0, 0, 0, 255)), [[0] * 4] * 4),
    (_sixteen_bit, [[255, 128]]),  # scaled by bit depth, not by the brightest pixel
    (lambda: Image.new("I", (2, 2), 40000), [[156] * 2] * 2),
    (lambda: Image.new("F", (2, 2), 0.5), [[128] * 2] * 2),
])
def test_page_to_gray_handles_every_mode(make, expected):
    gray = quality.page_to_gray(make())
    assert gray.dtype == np.uint8 and gray.ndim == 2 and gray.flags.c_contiguous
    assert gray.tolist() == expected


# ---------------------------------------------------------------------------------------------
# Thresholds


def test_shipped_thresholds_load():
    limits = load_thresholds()
    assert 0 < limits.min_sharpness < 1 and limits.min_effective_dpi > 0


def test_thresholds_can_be_passed_in():
    lenient = load_thresholds().model_copy(update={"min_effective_dpi": 40})
    result = assess(DEGRADED["60 dpi enlarged"](render_page()), thresholds=lenient)
    assert result.verdict == "good"


def _write_thresholds(tmp_path, **changes):
    lines = [f"{key}: {value}" for key, value in {**load_thresholds().model_dump(), **changes}.items()
             if value is not None]
    path = tmp_path / "quality.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("changes,field,words", [
    ({"min_sharpness": 1.5}, "min_sharpness", "less than 1"),
    ({"min_effective_dpi": -80}, "min_effective_dpi", "greater than 0"),
    ({"max_blurry_tile_share": "many"}, "max_blurry_tile_share", "valid number"),
    ({"min_image_side": None}, "min_image_side", "Field required"),
    ({"min_sharpnes": 0.5}, "min_sharpnes", "Extra inputs"),
])
def test_invalid_thresholds_name_file_and_field(tmp_path, changes, field, words):
    path = _write_thresholds(tmp_path, **changes)
    with pytest.raises(ConfigError) as raised:
        load_thresholds(path)
    message = str(raised.value)
    assert str(path) in message and f"'{field}'" in message and words in message


def test_thresholds_file_must_be_a_mapping(tmp_path):
    path = tmp_path / "quality.yaml"
    path.write_text("- 0.58\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="quality.yaml"):
        load_thresholds(path)


def test_thresholds_are_validated_when_built_in_code():
    with pytest.raises(ValueError):
        QualityThresholds(**{**load_thresholds().model_dump(), "min_contrast": 300})


# ---------------------------------------------------------------------------------------------
# Cost


def test_a_300_dpi_page_is_measured_quickly():
    """About 0.2 s on one core; the limit leaves room for a loaded CI machine."""
    page = DEGRADED["gauss 3"](render_page())
    assess(page)  # warm up
    started = time.perf_counter()
    assess(page)
    assert time.perf_counter() - started < 1.5
