"""Capture: find the page in a phone photo, straighten it, and name what spoiled the capture.

Most applicants photograph their documents. Before the quality gate and OCR, this stage finds
the sheet of paper against the table it lies on, corrects the perspective with the four corners
of its outline (or, on a scan that fills the image, only turns it by the few degrees it was
fed askew), and crops the background away. It is careful: when the outline is not found with
confidence the image is kept as it is (a crop that cuts text away is worse than a background),
and a flatbed scan or a born-digital render comes out unchanged or only turned.

It then looks for the capture faults that identity-verification vendors name (Jumio, Onfido,
Regula ImageQA: see /work/shared/reference/field-notes-2026-12.md) and docscan's quality gate
had no word for: a **glare** (a reflection washes out part of the page), a page **cut off**
at a side of the picture, an **obstruction** (a finger or an object over the page) and
**moiré** (a photo of a screen). Each fault says where it is (a box on the straightened page),
and whether it hides text: a fault over the page's text makes the page illegible (the words
under it cannot be read, however well the rest reads), one in an empty margin is advice.

Pure functions over grayscale ``uint8`` arrays; only `pipeline` calls them. Thresholds are data,
`docscan/rules/capture.yaml`, each with where its value came from. Every step works on a copy
whose long side is at most `ANALYSIS_LONG_SIDE` pixels, so its time and memory are bounded
whatever the photo's size; the perspective warp alone touches the full image, and its output
is capped at `MAX_OUTPUT_PIXELS_FACTOR` times the input's pixels.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from .datafiles import RULES_DIR, load_model
from .models import Reason

#: The page is looked for on a copy this many pixels on its long side: a page outline is a few
#: hundred pixels long even there, and the whole search costs some 20 ms.
ANALYSIS_LONG_SIDE = 640
#: Grey closing (a maximum then a minimum filter) of this side on the analysis copy fills in the
#: text, so the paper is one bright region: lines of body text are 3-6 px high there.
CLOSING_PX = 11
#: Deskew is searched over +-`MAX_SKEW_DEGREES` in steps of `SKEW_STEP_DEGREES`; a scan fed
#: askew by a few degrees is common, more is a photo (found by its outline) or a page turned on
#: purpose (found by Tesseract's orientation detection).
MAX_SKEW_DEGREES = 6.0
SKEW_STEP_DEGREES = 0.25
#: The straightened page may hold at most this many times the input's pixels (memory bound:
#: perspective makes the far edge short, and its side is stretched to the near one's length).
MAX_OUTPUT_PIXELS_FACTOR = 1.3
#: Sides of the picture, in the page's own terms once straightened (the EXIF turn is undone by
#: `ingest` before this stage).
SIDES = ("top", "bottom", "left", "right")
#: A ruled line removed before OCR is at least this many grey levels darker than the flattened
#: paper along its whole length. Thin rules photographed with lens blur are paler than first
#: assumed (60-150): in three independent-corpus photos that straightening made worse or did
#: not help (a payslip 42 % -> 30 %, a form 25 % -> 29 %, an insurance certificate 57 % -> 57 %)
#: the rules were 16-58 deep, median 32-44, so they stayed, and Tesseract dropped their tables
#: as pictures. At 30 they read 55 %, 43 % and 93 %; at 20 no better (55 %, 40 %, 95 %). The length (`RULE_LENGTH`), not
#: the depth, keeps text from being taken for a rule.
RULE_DEPTH = 30
#: ... and at least this share of the page's width (or height) long: table rules span 50-90 %
#: of the width, and a blurred bold word whose letters touch stays under 10 %.
RULE_LENGTH = 0.12
#: Moiré is judged on at least this many empty paper patches: a card has a few, and its
#: guilloche (a printed pattern) would decide alone.
MIN_MOIRE_PATCHES = 6
#: A washed-out glare is looked for in tiles of this side on the analysis copy: two lines of
#: body text on a page photographed whole (lines are 3-6 px high there, 8-12 px apart).
GLARE_TILE_PX = 24


class CaptureThresholds(BaseModel):
    """The limits of the capture stage, loaded from `docscan/rules/capture.yaml`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    min_page_area: float = Field(gt=0, lt=1)
    max_page_area: float = Field(gt=0, le=1)
    min_outline_fill: float = Field(gt=0, le=1)
    max_ink_outside_outline: float = Field(ge=0, lt=1)
    min_paper_contrast: float = Field(gt=0, le=255)
    min_skew_degrees: float = Field(ge=0, le=10)
    min_skew_gain: float = Field(ge=0)
    min_border_contact: float = Field(gt=0, le=1)
    glare_margin: float = Field(gt=0, le=255)
    glare_level: float = Field(gt=0, le=255)
    min_glare_area: float = Field(gt=0, lt=1)
    glare_paper_level: float = Field(gt=0, le=255)
    glare_faded_ink: float = Field(gt=0, lt=1)
    max_clipped_share: float = Field(gt=0, le=1)
    min_washed_out_share: float = Field(gt=0, le=1)
    glare_faint_print: float = Field(gt=0, le=255)
    min_faded_print_share: float = Field(ge=0, le=1)
    obstruction_depth: float = Field(gt=0, le=255)
    min_obstruction_area: float = Field(gt=0, lt=1)
    max_obstruction_texture: float = Field(ge=0, le=1)
    min_obstruction_edge: float = Field(gt=0, le=255)
    obstruction_redness: float = Field(gt=0, le=128)
    max_red_obstruction_texture: float = Field(ge=0, le=1)
    min_moire_peak: float = Field(gt=1)
    min_moire_amplitude: float = Field(gt=0, le=255)
    min_moire_chroma_peak: float = Field(gt=1)
    min_moire_chroma_amplitude: float = Field(gt=0, le=255)
    max_moire_chroma_correlation: float = Field(ge=0, le=1)
    max_moire_patch_ink: float = Field(ge=0, le=1)
    min_moire_patches: float = Field(gt=0, le=1)
    hides_text_share: float = Field(gt=0, le=1)


@lru_cache(maxsize=4)
def load_thresholds(path: Path | None = None) -> CaptureThresholds:
    """Load and validate the capture thresholds (read once per process)."""
    return load_model(Path(path) if path else RULES_DIR / "capture.yaml", CaptureThresholds)


@dataclass(frozen=True, kw_only=True)
class CaptureFault:
    """One fault of the capture, where it is, and whether it hides text.

    `box` is (left, top, width, height) in pixels of the straightened page (the image the
    quality gate, OCR and the preview see); `share` is the share of the page it covers (or, for
    moiré, of the paper examined).
    """

    fault: str
    box: tuple[int, int, int, int]
    share: float
    hides_text: bool
    side: str | None = None

    def reason(self) -> Reason:
        """The reason a person reads: what is wrong and what to do."""
        percent = round(self.share, 2)
        if self.fault == "cut_off":
            return Reason.of("cut_off", side=f"side.{self.side}")
        if self.fault == "moire":
            return Reason.of("moire")
        return Reason.of(self.fault, share=percent)


@dataclass(frozen=True, kw_only=True)
class Capture:
    """What the capture stage found and did on one page.

    `corners` are the page's corners in the input image (top-left, top-right, bottom-right,
    bottom-left) when an outline was found with confidence; `method` says what was done:
    "outline" (perspective corrected and background cropped), "deskew" (turned by `angle`
    degrees), or "none" (kept as it was).
    """

    method: str
    corners: tuple[tuple[float, float], ...] | None
    angle: float
    input_size: tuple[int, int]
    output_size: tuple[int, int]
    faults: tuple[CaptureFault, ...]
    #: The sides where the page runs out of the picture (no sliver of its edge was cut there):
    #: `replay` needs them to cut another rendering of the page exactly as this one was cut.
    touched: tuple[str, ...] = ()

    @property
    def reasons(self) -> tuple[Reason, ...]:
        return tuple(f.reason() for f in self.faults)

    @property
    def hides_text(self) -> bool:
        return any(f.hides_text for f in self.faults)

    def to_dict(self) -> dict:
        return {"method": self.method, "angle": round(self.angle, 2),
                "corners": [[round(x, 1), round(y, 1)] for x, y in self.corners] if self.corners else None,
                "input_size": list(self.input_size), "output_size": list(self.output_size),
                "faults": [{"fault": f.fault, "box": list(f.box), "share": round(f.share, 3),
                            "hides_text": f.hides_text, "side": f.side} for f in self.faults]}


# ---------------------------------------------------------------------------------------------
# Public functions


def straighten(gray: np.ndarray, thresholds: CaptureThresholds | None = None, *,
               colour: np.ndarray | None = None) -> tuple[np.ndarray, Capture]:
    """The page found, straightened and cropped, with what was found wrong with the capture.

    Returns the image to measure and read (the input itself when nothing was done) and the
    `Capture` saying what was done and which faults were found on the result. `colour` is the
    same picture in colour (RGB, `ingest.PageInput.colour`), when the file has colour: a
    screen's sub-pixel fringes and a finger's skin are told from a grey page by it; without it
    the faults are looked for in grey alone.
    """
    limits = thresholds or load_thresholds()
    _check(gray)
    if colour is not None and (colour.ndim != 3 or colour.shape[:2] != gray.shape or colour.shape[2] != 3):
        colour = None  # not the same picture: judged in grey
    height, width = gray.shape
    outline = find_outline(gray, limits)
    if outline is not None:
        corners, touched = outline
        page = _warp(gray, corners, touched)
        method, angle = "outline", 0.0
    else:
        corners, touched = None, ()
        angle = skew_angle(gray, limits)
        page = _rotate(gray, angle) if angle else gray
        method = "deskew" if angle else "none"
    colour_page = _straightened_as(colour, method, corners, angle, touched) if colour is not None else None
    faults = find_faults(page, touched, limits, colour=colour_page, cropped=method == "outline")
    capture = Capture(method=method, corners=tuple(map(tuple, corners.tolist())) if corners is not None else None,
                      angle=angle, input_size=(width, height), output_size=(page.shape[1], page.shape[0]),
                      faults=faults, touched=tuple(touched))
    return page, capture


def replay(image: np.ndarray, found: Capture) -> np.ndarray:
    """The straightening `found` describes, done again on another rendering of the same page (the
    colour image an export embeds, `export.py`): same corners, turn and crop, so the words the
    OCR read on the straightened page fall on the same pixels. An image of another size than
    the one measured is returned unchanged."""
    if (image.shape[1], image.shape[0]) != tuple(found.input_size):
        return image
    corners = np.array(found.corners, dtype=np.float32) if found.corners else None
    return _straightened_as(image, found.method, corners, found.angle, found.touched)


def _straightened_as(image: np.ndarray, method: str, corners: np.ndarray | None, angle: float,
                     touched: tuple[str, ...]) -> np.ndarray:
    """`image` (grey or colour) warped, turned or kept as `method` says."""
    if method == "outline" and corners is not None:
        return _warp(image, corners, touched)
    if method == "deskew" and angle:
        return _rotate(image, angle)
    return image


def for_ocr(page: np.ndarray, found: Capture) -> np.ndarray:
    """The straightened photo as OCR should get it: evenly lit, without its tables' rules.

    Two things went wrong when Tesseract read a photo once its table was cropped away. Its
    global (Otsu) threshold had been split between the dark table and the paper; on the paper
    alone, lit unevenly, it fell inside the paper's own gradient and the dim side went black:
    a criminal record photo read 114 words before cropping and 31 after, every line's start
    lost. So the paper is flattened first: each pixel divided by the paper's level around it
    (the page closed over its text). And straightening makes a photographed table's rules
    exactly level, which Tesseract's layout analysis takes for a picture and drops with its
    text; rules are lines of ink at least `RULE_LENGTH` of the page's width long (horizontal)
    or of its height (vertical) and `RULE_DEPTH` below the paper: longer than a blurred word
    whose letters touch (at 4 % of the width, words of a blurred photo were wiped out). A scan
    turned level (`deskew`) is straightened too, and loses its tables the same way: a bank's
    payment confirmation scanned 1 degree askew read 78 words as it was, 42 once turned (its
    table of beneficiary, IBAN and amount gone) and 67, every one confident, with its rules
    taken out (independent corpus dev bundle hq-wallonia-missing-application-form). Only pages
    left as they are (`none`: renders and level scans) go to OCR unchanged.
    """
    if found.method == "none":
        return page
    height, width = page.shape
    level = np.maximum(_paper_level(page).astype(np.float32), 1.0)
    flat = np.clip(page.astype(np.float32) * (245.0 / level), 0, 255).astype(np.uint8)
    ink = cv2.subtract(np.full_like(flat, 245), flat)
    across = cv2.getStructuringElement(cv2.MORPH_RECT, (max(20, round(RULE_LENGTH * width)), 1))
    down = cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(20, round(RULE_LENGTH * height))))
    rules = np.maximum(cv2.morphologyEx(ink, cv2.MORPH_OPEN, across), cv2.morphologyEx(ink, cv2.MORPH_OPEN, down))
    line = (rules >= RULE_DEPTH).astype(np.uint8)
    if line.any():
        flat[np.asarray(cv2.dilate(line, np.ones((3, 3), np.uint8))) > 0] = 245
    return np.ascontiguousarray(flat)


def _paper_level(page: np.ndarray) -> np.ndarray:
    """The paper's level under every pixel: the page closed over its text, at full size."""
    small, scale = _small(page)
    closed = cv2.GaussianBlur(_closed(small), (0, 0), 3)  # smooth: the closing leaves steps
    if scale >= 1.0:
        return closed
    return cv2.resize(closed, (page.shape[1], page.shape[0]), interpolation=cv2.INTER_LINEAR)


def find_outline(gray: np.ndarray, thresholds: CaptureThresholds | None = None
                 ) -> tuple[np.ndarray, tuple[str, ...]] | None:
    """The page's four corners in `gray` (float32, 4 x 2: tl, tr, br, bl) and the sides of the
    picture the page runs into, or None when no outline is found with confidence.

    The paper is the bright region once the text is closed over (a grey closing), split from
    the background by Otsu's threshold; its convex hull is reduced to four corners. It is
    trusted only when it covers a plausible share of the picture, fills its quadrilateral, and
    stands clearly brighter than what lies around it. A page filling the picture (a scan) has
    no outline to find.
    """
    limits = thresholds or load_thresholds()
    small, scale = _small(gray)
    closed = _closed(small)
    _, bright = cv2.threshold(cv2.GaussianBlur(closed, (5, 5), 0), 0, 1, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(bright.astype(np.uint8), connectivity=4)
    if count < 2:
        return None
    largest = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    region = _fill_holes((labels == largest).astype(np.uint8))
    area = float(region.sum()) / region.size
    if not limits.min_page_area <= area <= limits.max_page_area:
        return None
    touched = _touched_sides(region, limits)
    if len(touched) == 4:
        return None  # the paper fills the picture: a scan, or a photo taken very close
    contours, _ = cv2.findContours(region, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    hull = cv2.convexHull(max(contours, key=cv2.contourArea))
    ink = _ink(small) & region
    for quad in _four_corners(hull):
        if _outline_fits(quad, region, ink, closed, limits):
            return (quad / scale).astype(np.float32), touched
    return None


def _outline_fits(quad: np.ndarray, region: np.ndarray, ink: np.ndarray, closed: np.ndarray,
                  limits: CaptureThresholds) -> bool:
    """Whether four corners are the paper's outline: the paper fills them, they leave none of
    its text out (`max_ink_outside_outline`: the warp would crop it), and the paper inside
    stands clearly brighter than what lies around it."""
    quad_area = cv2.contourArea(quad.astype(np.float32))
    if quad_area <= 0 or region.sum() / quad_area < limits.min_outline_fill:
        return False
    inside = np.zeros_like(region)
    cv2.fillConvexPoly(inside, quad.astype(np.int32), 1)
    if float((ink & (1 - inside)).sum()) > limits.max_ink_outside_outline * max(float(ink.sum()), 1.0):
        return False
    outside = inside == 0
    if outside.sum() < 0.01 * region.size:
        return False
    contrast = float(np.median(closed[inside == 1])) - float(np.median(closed[outside]))
    return contrast >= limits.min_paper_contrast


def skew_angle(gray: np.ndarray, thresholds: CaptureThresholds | None = None) -> float:
    """Degrees (counter-clockwise) to turn a page so its text lines run level; 0 when unsure.

    Projection profile: the text is binarised and its row sums are taken at each trial angle;
    level lines give the sharpest profile (the largest sum of squared differences between
    adjacent rows). An angle is only used when it beats the level page clearly (`min_skew_gain`)
    and is at least `min_skew_degrees`, so a straight render is left exactly as it is.
    """
    limits = thresholds or load_thresholds()
    small, _ = _small(gray)
    ink = _ink(small)
    if ink.sum() < 200:
        return 0.0
    points = np.argwhere(ink > 0).astype(np.float32)  # (row, col)
    centre = np.array(ink.shape, np.float32) / 2

    def sharpness(angle: float) -> float:
        theta = np.deg2rad(angle)
        rows = (points[:, 0] - centre[0]) * np.cos(theta) + (points[:, 1] - centre[1]) * np.sin(theta)
        profile = np.bincount(np.round(rows - rows.min()).astype(np.int64))
        return float(np.sum(np.diff(profile.astype(np.float64)) ** 2))

    angles = np.arange(-MAX_SKEW_DEGREES, MAX_SKEW_DEGREES + 1e-6, SKEW_STEP_DEGREES)
    scores = np.array([sharpness(float(a)) for a in angles])
    level = sharpness(0.0)
    best = float(angles[int(np.argmax(scores))])
    if abs(best) < limits.min_skew_degrees or scores.max() < level * (1 + limits.min_skew_gain):
        return 0.0
    # Image rows grow downwards: a profile sharpest at +a means the lines descend to the right
    # by a; cv2's positive angle turns counter-clockwise, which lifts them back.
    return -best


def find_faults(page: np.ndarray, cut_sides: tuple[str, ...] = (),
                thresholds: CaptureThresholds | None = None, *,
                colour: np.ndarray | None = None, cropped: bool = False) -> tuple[CaptureFault, ...]:
    """Glare, cut-off sides, obstructions and moiré on a straightened page (`colour`: the same
    page in RGB, when the file has colour; `cropped`: the background was cut away with the
    page's outline, so nothing around the page is left in the picture)."""
    limits = thresholds or load_thresholds()
    small, scale = _small(page)
    closed = _closed(small)
    ink = _ink(small)
    text_box = _text_box(ink)
    faults: list[CaptureFault] = []
    faults += _glare(small, closed, ink, text_box, scale, limits)
    objects = _obstructions(small, closed, text_box, scale, limits)
    if not objects and colour is not None:
        objects = _red_obstructions(_small(colour)[0], small, text_box, scale, limits, cropped)
    faults += objects
    faults += _cut_off(ink, cut_sides, scale, limits)
    faults += _moire(page, ink, scale, limits, colour)
    return tuple(faults)


# ---------------------------------------------------------------------------------------------
# Faults


def _glare(small: np.ndarray, closed: np.ndarray, ink: np.ndarray, text_box, scale: float,
           limits: CaptureThresholds) -> list[CaptureFault]:
    """Regions much brighter than the page's paper, where the text has faded: a reflection.

    The paper level is the median of the closed (text-free) page. A glare stands
    `glare_margin` levels above it and reaches `glare_level`: on a page already at 250 (a
    scan, a render) nothing can stand above the paper, so no glare is ever found there.
    """
    washed = _washed_out(small, closed, text_box, scale, limits)
    paper = float(np.median(closed))
    threshold = max(paper + limits.glare_margin, limits.glare_level)
    if threshold > 254:
        return washed
    mask = (cv2.GaussianBlur(closed, (9, 9), 0) >= threshold).astype(np.uint8)
    faults = _regions("glare", mask, limits.min_glare_area, text_box, ink, scale, limits)
    # A white band printed on a tinted page (a passport's zone, a form's field) is brighter than
    # the paper too, but its text keeps its full contrast: a reflection washes the text out.
    density = _ink_density(ink, text_box)
    return [f for f in faults if _ink_density(ink, _unscaled(f.box, scale)) < 0.5 * density] or washed


def _washed_out(small: np.ndarray, closed: np.ndarray, text_box, scale: float,
                limits: CaptureThresholds) -> list[CaptureFault]:
    """A reflection on a page whose paper is already near white: where the sensor clipped, the
    text has faded.

    A phone exposes paper at 240-253, so a reflection cannot stand `glare_margin` above it
    (the capture corpus's glares: paper at 241-252, none found that way). What it still does is
    clip the paper at 254-255 and wash the print out: the text block is cut in tiles (about two
    lines of text each), and a tile is washed out when its paper is clipped
    (`glare_paper_level`) and its darkest ink is under `glare_faded_ink` of the page's typical
    ink. Empty tiles count too (the core of a reflection leaves no ink at all), so a page whose
    paper is clipped nearly everywhere (a render, a white scan, `max_clipped_share`) has no
    glare to find: a reflection is local. And some of those tiles still show faded print
    (`min_faded_print_share`): the rim of a reflection, which empty clipped paper has not.
    """
    if text_box is None:
        return []
    x, y, w, h = text_box
    tile = GLARE_TILE_PX
    rows, cols = h // tile, w // tile
    if rows < 2 or cols < 2:
        return []

    def tiles(image: np.ndarray) -> np.ndarray:
        block = image[y:y + rows * tile, x:x + cols * tile].astype(np.float32)
        return block.reshape(rows, tile, cols, tile).swapaxes(1, 2).reshape(rows, cols, tile * tile)

    depth = np.percentile(tiles(cv2.subtract(closed, small)), 99, axis=2)
    paper = np.median(tiles(closed), axis=2)
    inked = depth[depth >= 40]  # tiles with real print: the page's typical ink depth
    if inked.size < 4:
        return []
    clipped = paper >= limits.glare_paper_level
    if clipped.mean() > limits.max_clipped_share:
        return []
    faded = clipped & (depth < limits.glare_faded_ink * float(np.percentile(inked, 75)))
    share = float(faded.mean())
    # Empty clipped paper alone is not a reflection (a phone screenshot's blank lower half): the
    # rim of a reflection leaves print still visible but faded.
    rim = float((faded & (depth >= limits.glare_faint_print)).mean())
    if share < limits.min_washed_out_share or rim < limits.min_faded_print_share:
        return []
    count, labels, stats, _ = cv2.connectedComponentsWithStats(faded.astype(np.uint8), connectivity=8)
    largest = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    left, top, across, down = (int(v) for v in stats[largest][:4])
    box = _box(x + left * tile, y + top * tile, across * tile, down * tile, scale)
    # Advice, not a verdict: how much of the page is washed out did not tell the glares that
    # cost words from those that did not (dev split: 14-26 % of the page where 10 points of
    # word recall or more were lost, 12-30 % where not), and a page called illegible that
    # reads 80-90 % of its words is a false rejection. What OCR read decides.
    return [CaptureFault(fault="glare", box=box, share=share * w * h / small.size, hides_text=False)]


def _obstructions(small: np.ndarray, closed: np.ndarray, text_box, scale: float,
                  limits: CaptureThresholds) -> list[CaptureFault]:
    """A finger or an object over the page: a large, dark, smooth region entering from an edge.

    The closing leaves only marks wider than a text line, so what stays `obstruction_depth`
    below the paper is a photo, a black bar, a shadow or an object. An object has no text
    under it (its inside is smooth: `max_obstruction_texture`, the share of its pixels with
    fine detail), and enters from the page's edge: a photo printed on the page stands inside
    its margins, and a hand's shadow still shows the text under it.
    """
    paper = float(np.median(closed))
    dark = (closed < paper - limits.obstruction_depth).astype(np.uint8)
    mask: np.ndarray = cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8))
    detail = np.abs(small.astype(np.int16) - cv2.medianBlur(small, 5).astype(np.int16)) > 12
    smooth = cv2.GaussianBlur(closed, (3, 3), 0).astype(np.float32)
    steepness: np.ndarray = cv2.magnitude(cv2.Sobel(smooth, cv2.CV_32F, 1, 0, ksize=3, scale=1 / 8),
                              cv2.Sobel(smooth, cv2.CV_32F, 0, 1, ksize=3, scale=1 / 8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    height, width = mask.shape
    faults = []
    for label in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[label])
        if area < limits.min_obstruction_area * mask.size:
            continue
        edge = 2
        if not (x <= edge or y <= edge or x + w >= width - edge or y + h >= height - edge):
            continue
        if w >= 0.8 * width or h >= 0.8 * height:
            continue  # a band along a whole side: a scanner lid's shadow or the table, not a finger
        blob = labels == label
        if float(detail[blob].mean()) > limits.max_obstruction_texture:
            continue
        # An object's edge is a step; a shadow fades over a finger's width or more.
        ring = cv2.morphologyEx(blob.astype(np.uint8), cv2.MORPH_GRADIENT, np.ones((3, 3), np.uint8)) > 0
        ring[:edge + 1], ring[-edge - 1:], ring[:, :edge + 1], ring[:, -edge - 1:] = False, False, False, False
        if not ring.any() or float(np.percentile(steepness[ring], 75)) < limits.min_obstruction_edge:
            continue
        hides = _hides(blob, text_box, limits)
        faults.append(CaptureFault(fault="obstruction", box=_box(x, y, w, h, scale), share=area / mask.size,
                                   hides_text=hides))
    return faults


def _red_obstructions(colour: np.ndarray, small: np.ndarray, text_box, scale: float,
                      limits: CaptureThresholds, cropped: bool) -> list[CaptureFault]:
    """A finger over the page seen by its colour: skin, or a finger in front of the lens lit
    from behind (dark red), far redder than the paper, entering from the page's edge.

    The grey test (`_obstructions`) wants a step at the object's edge, to tell it from a hand's
    shadow; a finger in front of the lens is so out of focus that it has none (the capture
    corpus's dev split: a blur over a tenth of the page). A shadow keeps the paper's hue, a
    finger does not: its CIELAB a* (green-red) stands `obstruction_redness` above the paper's.
    Printed red (a stamp, a logo) has text or lines in it and stands inside the margins. A band
    along a whole side is the table left beside a page whose outline was not found; on a page
    cropped to its outline it is an object (a finger in front of the lens spans the page).
    A finger's blurred rim lets some print show through (`max_red_obstruction_texture`).
    """
    lab = cv2.cvtColor(np.ascontiguousarray(colour), cv2.COLOR_RGB2LAB)
    lightness = lab[..., 0].astype(np.float32)
    redness = lab[..., 1].astype(np.float32) - 128.0
    paper = lightness >= np.percentile(lightness, 75) - 12
    red = ((redness - float(np.median(redness[paper]))) >= limits.obstruction_redness).astype(np.uint8)
    mask: np.ndarray = cv2.morphologyEx(red, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8))
    if mask.shape != small.shape:
        return []
    detail = np.abs(small.astype(np.int16) - cv2.medianBlur(small, 5).astype(np.int16)) > 12
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    height, width = mask.shape
    faults = []
    for label in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[label])
        if area < limits.min_obstruction_area * mask.size or (not cropped and (w >= 0.8 * width or h >= 0.8 * height)):
            continue
        if not (x <= 2 or y <= 2 or x + w >= width - 2 or y + h >= height - 2):
            continue
        blob = labels == label
        if float(detail[blob].mean()) > limits.max_red_obstruction_texture:
            continue
        faults.append(CaptureFault(fault="obstruction", box=_box(x, y, w, h, scale), share=area / mask.size,
                                   hides_text=_hides(blob, text_box, limits)))
    return faults


def _cut_off(ink: np.ndarray, cut_sides: tuple[str, ...], scale: float, limits: CaptureThresholds
             ) -> list[CaptureFault]:
    """A page that runs out of the picture: the sides found by `find_outline`. It hides text
    when ink reaches the cut edge (text lines cut through), else it is advice (a margin lost)."""
    height, width = ink.shape
    band = max(3, round(0.02 * min(height, width)))
    strips = {"top": ink[:band], "bottom": ink[-band:], "left": ink[:, :band], "right": ink[:, -band:]}
    boxes = {"top": (0, 0, width, band), "bottom": (0, height - band, width, band),
             "left": (0, 0, band, height), "right": (width - band, 0, band, height)}
    faults = []
    for side in cut_sides:
        hides = float(strips[side].mean()) > 0.002
        faults.append(CaptureFault(fault="cut_off", box=_box(*boxes[side], scale), share=0.0, hides_text=hides,
                                   side=side))
    return faults


def _moire(page: np.ndarray, ink: np.ndarray, scale: float, limits: CaptureThresholds,
           colour: np.ndarray | None = None) -> list[CaptureFault]:
    """A regular pattern over the paper: the pixel grid of a screen beating with the camera's.

    Patches of paper without text, at full resolution (the pattern is a few pixels fine), are
    high-passed and their spectrum searched for a narrow peak: paper noise has a flat spectrum
    (a peak some 10 times its median), a moiré stands 50-1000 times above it. JPEG's 8-pixel
    blocks are left out (their lines sit at multiples of 1/8). A screen's sub-pixels are red,
    green and blue stripes, so in colour the pattern is in the chroma too (red minus green,
    blue minus green), several levels deep; paper, print and a card's guilloche keep their
    chroma flat there (the capture corpus's dev split: at most 2 levels on its clean pages,
    4-47 on its screen photos). A card cropped to its edge has no empty paper: its least inked
    patches (`max_moire_patch_ink`) are examined then.
    """
    side = 128
    height, width = page.shape
    if min(height, width) < 2 * side:
        return []
    spread = cv2.dilate(ink, np.ones((9, 9), np.uint8))
    candidates = []
    for top in range(side // 2, height - side - side // 2, side):
        for left in range(side // 2, width - side - side // 2, side):
            y0, x0 = int(top * scale), int(left * scale)
            y1, x1 = int((top + side) * scale) + 1, int((left + side) * scale) + 1
            candidates.append((float(ink[y0:y1, x0:x1].mean()), float(spread[y0:y1, x0:x1].mean()), top, left))
    empty = [(top, left) for _, near, top, left in candidates if near <= 0.001]
    if len(empty) < MIN_MOIRE_PATCHES:
        # Too little empty paper: the least inked patches, when they are few enough in ink that
        # a pattern over the page can still be told from the print.
        empty = [(top, left) for share, _, top, left in sorted(candidates)[:24] if share <= limits.max_moire_patch_ink]
    if len(empty) < MIN_MOIRE_PATCHES:
        return []  # too little paper to tell a pattern over the page from one printed on it
    rng = np.random.default_rng(0)  # a fixed sample: the same page gives the same verdict
    chosen = [empty[i] for i in sorted(rng.permutation(len(empty))[:24])]
    freqs = np.fft.fftfreq(side)
    fy, fx = np.meshgrid(freqs, freqs, indexing="ij")
    radius = np.hypot(fx, fy)
    band = (radius >= 1 / 48) & (radius <= 0.45)
    jpeg = np.zeros_like(band)
    for axis in (fx, fy):
        jpeg |= np.abs(np.abs(axis) * 8 - np.round(np.abs(axis) * 8)) < 1.5 / side * 8
    usable = band & ~jpeg
    window = np.outer(np.hanning(side), np.hanning(side))

    def high_pass(raw: np.ndarray) -> np.ndarray:
        return (raw - np.asarray(cv2.GaussianBlur(raw, (0, 0), 12), np.float32)) * window

    def peak(patch: np.ndarray) -> tuple[float, float]:
        """The patch's sharpest spectral peak over its median, and its peak-to-peak levels."""
        values = np.abs(np.fft.fft2(patch))[usable]
        return (float(values.max()) / max(float(np.median(values)), 1e-6),
                4 * float(values.max()) / window.sum())  # peak-to-peak of a sinusoid

    hits = []
    for top, left in chosen:
        grey = high_pass(page[top:top + side, left:left + side].astype(np.float32))
        ratio, amplitude = peak(grey)
        hit = ratio >= limits.min_moire_peak and amplitude >= limits.min_moire_amplitude
        if colour is not None and not hit:
            rgb = colour[top:top + side, left:left + side].astype(np.float32)
            for chroma in (high_pass(rgb[..., 0] - rgb[..., 1]), high_pass(rgb[..., 2] - rgb[..., 1])):
                ratio, amplitude = peak(chroma)
                hit = hit or (ratio >= limits.min_moire_chroma_peak and amplitude >= limits.min_moire_chroma_amplitude
                              and _shade_correlation(chroma, grey) <= limits.max_moire_chroma_correlation)
        hits.append(hit)
    share = float(np.mean(hits))
    if share < limits.min_moire_patches:
        return []
    return [CaptureFault(fault="moire", box=(0, 0, width, height), share=share, hides_text=False)]


def _shade_correlation(chroma: np.ndarray, grey: np.ndarray) -> float:
    """How much a patch's colour pattern follows its grey one (absolute correlation, 0-1).

    Printed lines of one ink (a card's guilloche) darken every channel together, so their
    chroma is their grey pattern times a constant (correlation near 1). A screen's red, green
    and blue sub-pixels are lit side by side: the colour swings from red to blue while the grey
    hardly changes, and the two patterns are nearly unrelated.
    """
    spread = float(np.sqrt((chroma ** 2).sum() * (grey ** 2).sum()))
    return abs(float((chroma * grey).sum())) / spread if spread > 0 else 0.0


def _regions(fault: str, mask: np.ndarray, min_area: float, text_box, ink: np.ndarray, scale: float,
             limits: CaptureThresholds) -> list[CaptureFault]:
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    faults = []
    for label in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[label])
        if area < min_area * mask.size:
            continue
        blob = labels == label
        faults.append(CaptureFault(fault=fault, box=_box(x, y, w, h, scale), share=area / mask.size,
                                   hides_text=_hides(blob, text_box, limits)))
    return faults


def _hides(blob: np.ndarray, text_box, limits: CaptureThresholds) -> bool:
    """Whether a fault covers enough of the page's text block that words are lost under it."""
    if text_box is None:
        return False
    x, y, w, h = text_box
    covered = float(blob[y:y + h, x:x + w].sum())
    return covered >= limits.hides_text_share * w * h


def _ink_density(ink: np.ndarray, box) -> float:
    if box is None:
        return 0.0
    x, y, w, h = box
    part = ink[y:y + h, x:x + w]
    return float(part.mean()) if part.size else 0.0


def _unscaled(box: tuple[int, int, int, int], scale: float) -> tuple[int, int, int, int]:
    return tuple(round(v * scale) for v in box)  # type: ignore[return-value]


def _text_box(ink: np.ndarray) -> tuple[int, int, int, int] | None:
    """The box holding the page's text (the 1st to 99th percentile of its ink), or None."""
    points = np.argwhere(ink > 0)
    if points.shape[0] < 100:
        return None
    top, left = np.percentile(points, 1, axis=0)
    bottom, right = np.percentile(points, 99, axis=0)
    return int(left), int(top), max(1, int(right - left)), max(1, int(bottom - top))


# ---------------------------------------------------------------------------------------------
# Helpers


def _check(gray: np.ndarray) -> None:
    if not isinstance(gray, np.ndarray) or gray.ndim != 2 or gray.dtype != np.uint8:
        raise ValueError("capture: expected a 2-D uint8 grayscale array (see quality.page_to_gray)")


def _small(gray: np.ndarray) -> tuple[np.ndarray, float]:
    scale = min(1.0, ANALYSIS_LONG_SIDE / max(gray.shape))
    if scale >= 1.0:
        return np.ascontiguousarray(gray), 1.0
    size = (max(1, round(gray.shape[1] * scale)), max(1, round(gray.shape[0] * scale)))
    return cv2.resize(gray, size, interpolation=cv2.INTER_AREA), scale


def _closed(small: np.ndarray) -> np.ndarray:
    """The page with its text closed over: paper, and what is wider than a text line."""
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (CLOSING_PX, CLOSING_PX))
    return cv2.morphologyEx(small, cv2.MORPH_CLOSE, kernel)


def _ink(small: np.ndarray) -> np.ndarray:
    """Text strokes: marks at least 30 levels darker than the closed paper around them."""
    darkness = cv2.subtract(_closed(small), small)
    return (darkness > 30).astype(np.uint8)


def _fill_holes(region: np.ndarray) -> np.ndarray:
    outside = np.pad(1 - region, 1, constant_values=1).astype(np.uint8)
    cv2.floodFill(outside, None, (0, 0), 2)
    return (outside[1:-1, 1:-1] != 2).astype(np.uint8)


def _touched_sides(region: np.ndarray, limits: CaptureThresholds) -> tuple[str, ...]:
    """The sides of the picture the page runs into (over `min_border_contact` of their length)."""
    edges = {"top": region[0], "bottom": region[-1], "left": region[:, 0], "right": region[:, -1]}
    return tuple(side for side in SIDES if float(edges[side].mean()) >= limits.min_border_contact)


def _four_corners(hull: np.ndarray) -> list[np.ndarray]:
    """Candidate corners (tl, tr, br, bl) of a convex outline, the likeliest first; the caller
    keeps the first that fits the paper (`_outline_fits`).

    First, where its four longest sides meet: a corner of the page that lies in shadow is
    missing from the bright region, which then has a fifth, diagonal edge across it;
    simplifying the polygon until it had four vertices kept that edge as a side and cut the
    corner off (an application form photographed in dim light lost its last lines, and OCR
    read nothing of the warped page, issue 17), while the sides' lines still meet where the
    paper's corner is. The outline is simplified finely (0.4 % of its perimeter) so that a
    side running along the picture's edge (a page cut off there) stays a side. Then the
    polygon simplified until it has four vertices (a thumb holding the page makes a bump whose
    edge can be longer than a true side), then the extreme points along the diagonals.
    """
    perimeter = cv2.arcLength(hull, True)
    candidates = []
    for epsilon in (0.004, 0.01):
        sides = _corners_of_sides(cv2.approxPolyDP(hull, epsilon * perimeter, True).reshape(-1, 2).astype(np.float64))
        if sides is not None:
            candidates.append(sides)
    for epsilon in (0.01, 0.02, 0.03, 0.05, 0.08):
        approx = cv2.approxPolyDP(hull, epsilon * perimeter, True)
        if len(approx) == 4:
            candidates.append(approx.reshape(4, 2).astype(np.float64))
            break
    hull_points = hull.reshape(-1, 2).astype(np.float64)
    sums, diffs = hull_points.sum(axis=1), hull_points[:, 0] - hull_points[:, 1]
    candidates.append(hull_points[[np.argmin(sums), np.argmax(diffs), np.argmax(sums), np.argmin(diffs)]])
    return [quad for quad in map(_page_corners, candidates) if quad is not None]


def _page_corners(points: np.ndarray) -> np.ndarray | None:
    """Four points as tl, tr, br, bl when they make a page: convex, each corner 45-135 degrees."""
    ordered = _order(points)
    if len({tuple(p) for p in ordered.tolist()}) < 4 or not cv2.isContourConvex(ordered.astype(np.float32)):
        return None
    for i in range(4):  # each corner between 45 and 135 degrees: a page, not a sliver
        a, b, c = ordered[i - 1], ordered[i], ordered[(i + 1) % 4]
        u, v = a - b, c - b
        cosine = float(np.dot(u, v) / max(np.linalg.norm(u) * np.linalg.norm(v), 1e-9))
        if abs(cosine) > np.cos(np.deg2rad(45)):
            return None
    return ordered


def _corners_of_sides(polygon: np.ndarray) -> np.ndarray | None:
    """The four points where the lines of a convex polygon's four longest edges meet (in the
    polygon's order), or None when its four longest edges do not hold most of its perimeter
    (a rounded or ragged shape has no sides to speak of)."""
    if len(polygon) < 4:
        return None
    ends = np.roll(polygon, -1, axis=0)
    lengths = np.linalg.norm(ends - polygon, axis=1)
    sides = np.sort(np.argsort(lengths)[-4:])
    if lengths[sides].sum() < 0.8 * lengths.sum():
        return None
    corners = []
    for i in range(4):
        a, b = sides[i - 1], sides[i]
        p, r = polygon[a], ends[a] - polygon[a]
        q, t = polygon[b], ends[b] - polygon[b]
        cross = r[0] * t[1] - r[1] * t[0]
        if abs(cross) < 1e-9 * np.linalg.norm(r) * np.linalg.norm(t):
            return None  # parallel neighbours: two pieces of one side
        u = ((q - p)[0] * t[1] - (q - p)[1] * t[0]) / cross
        corners.append(p + u * r)
    return np.array(corners)


def _order(points: np.ndarray) -> np.ndarray:
    """Corners as top-left, top-right, bottom-right, bottom-left."""
    centre = points.mean(axis=0)
    angles = np.arctan2(points[:, 1] - centre[1], points[:, 0] - centre[0])
    ring = points[np.argsort(angles)]  # clockwise on screen, starting anywhere
    start = int(np.argmin(ring.sum(axis=1)))
    return np.roll(ring, -start, axis=0)


def _warp(gray: np.ndarray, corners: np.ndarray, touched: tuple[str, ...]) -> np.ndarray:
    """The quadrilateral `corners` as an upright rectangle, a sliver of the page's own edge left
    out on the sides that lie inside the picture (the table's edge would read as a black line)."""
    tl, tr, br, bl = corners.astype(np.float64)
    # The mean of opposite sides: the longer one would stretch the page along the side seen
    # nearer (a photo taken at an angle came out 8 % too tall), the mean keeps its proportions
    # within 2-3 % at the angles phones are held.
    width = float(np.linalg.norm(tr - tl) + np.linalg.norm(br - bl)) / 2
    height = float(np.linalg.norm(bl - tl) + np.linalg.norm(br - tr)) / 2
    limit = MAX_OUTPUT_PIXELS_FACTOR * gray.shape[0] * gray.shape[1]  # pixels, whatever the channels
    if width * height > limit:
        shrink = np.sqrt(limit / (width * height))
        width, height = width * shrink, height * shrink
    columns, rows = max(8, round(width)), max(8, round(height))
    target = np.array([[0, 0], [columns - 1, 0], [columns - 1, rows - 1], [0, rows - 1]], np.float32)
    matrix = cv2.getPerspectiveTransform(corners.astype(np.float32), target)
    page = cv2.warpPerspective(gray, matrix, (columns, rows), flags=cv2.INTER_CUBIC,
                               borderMode=cv2.BORDER_REPLICATE)
    inset = max(2, round(0.004 * min(columns, rows)))
    top = 0 if "top" in touched else inset
    bottom = rows if "bottom" in touched else rows - inset
    left = 0 if "left" in touched else inset
    right = columns if "right" in touched else columns - inset
    return np.ascontiguousarray(page[top:bottom, left:right])


def _rotate(gray: np.ndarray, angle: float) -> np.ndarray:
    """Turn by `angle` degrees (counter-clockwise), enlarging the canvas so no corner is lost;
    the new corners get the paper's level."""
    height, width = gray.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    new_width, new_height = int(round(height * sin + width * cos)), int(round(height * cos + width * sin))
    matrix[0, 2] += new_width / 2 - width / 2
    matrix[1, 2] += new_height / 2 - height / 2
    sample = gray[:: max(1, height // 200), :: max(1, width // 200)]
    # The paper's level per channel (a colour rendering replayed by `replay` keeps its tone).
    paper = tuple(float(v) for v in np.percentile(sample.reshape(-1, sample.shape[2]) if sample.ndim == 3
                                                  else sample.reshape(-1, 1), 90, axis=0))
    return cv2.warpAffine(gray, matrix, (new_width, new_height), flags=cv2.INTER_CUBIC,
                          borderMode=cv2.BORDER_CONSTANT, borderValue=paper if len(paper) > 1 else paper[0])


def _box(x: float, y: float, w: float, h: float, scale: float) -> tuple[int, int, int, int]:
    return (round(x / scale), round(y / scale), round(w / scale), round(h / scale))
