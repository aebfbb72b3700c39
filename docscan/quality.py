"""Quality gate: is a scanned page sharp, large and contrasted enough to be read?

The Flemish portal rejects blurry scans automatically, so docscan measures every scanned page
before it is submitted and says what to do about a bad one ("blurry: rescan at 300 dpi and hold
the phone still").

The usual measure, the variance of the Laplacian over the whole image with a threshold of 100,
is wrong for documents: it measures how much fine detail there is *per pixel*, which depends on
the resolution and on how much of the page is text. A 300 dpi A4 scan blurred by 3 pixels still
reads perfectly yet scores about 10; a 60 dpi scan scores over 10 000 and cannot be read.
It is kept in `PageQuality.laplacian_variance` for comparison only and never used in the verdict.

Instead every measure here is taken in units of the page's own text:

* the **text height** (x-height) is measured from the letters themselves (connected components
  of the binarised ink), so the page can be rescaled to a fixed text height before anything
  else is measured; a 150 dpi and a 300 dpi scan of the same page then look alike;
* **sharpness** is 1 minus the width of the ink edges in text heights, measured per tile over the
  tiles that hold ink only (empty paper says nothing about focus, so a half-empty page is judged
  on its text), in the worst of four directions (motion blur smears one direction only); tiles
  whose edges are as wide as a letter hold a soft shape (a portrait, a shadow), not text, and do
  not make a page blurry;
* the **effective resolution** is the resolution at which body text (10-11 pt) would have the
  measured text height, divided by the factor by which the image was enlarged after capture
  (an enlarged image has a regular interpolation grid, found in the spectrum of its rows), so a
  60 dpi scan stored at 300 dpi is still found to be about 60 dpi.

All functions are pure: a grayscale ``uint8`` array in, numbers out. Thresholds are data,
`docscan/rules/quality.yaml`, where each says what it measures and where its value came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
from PIL import Image
from pydantic import BaseModel, ConfigDict, Field

from .datafiles import RULES_DIR, load_model
from .models import Reason

# ---------------------------------------------------------------------------------------------
# Method constants. These define *how* things are measured; the limits that decide a verdict
# are in quality.yaml. Values were chosen on pages rendered at 60-300 dpi in DejaVu Sans and
# Liberation Serif/Sans, 8-10.5 pt (the experiments behind quality.yaml).

#: Pages are analysed on a copy whose long side is at most this. An A4 page at 300 dpi becomes
#: ~150 dpi with letters ~12 px high: enough to find and measure them, 3.5 times fewer pixels.
ANALYSIS_LONG_SIDE = 1800

#: Sharpness is measured after scaling the page so that its x-height is this many pixels (pages
#: with smaller text are not enlarged: enlarging adds no detail). 12 px is the x-height of
#: 10 pt text at 150 dpi, so 150 and 300 dpi scans of one page are measured at the same scale.
NORMALISED_TEXT_HEIGHT = 12.0

#: Sharpness tiles are this many x-heights square: about two lines of text, small enough for
#: the heat map to show where a phone photo is out of focus.
TILE_TEXT_HEIGHTS = 6

#: x-height of body text in points: 10.5 pt in Arial (5.4), Times (4.8), Calibri 11 pt (5.1),
#: DejaVu Sans (5.7). Converts a text height in pixels into "the resolution at which body text
#: would look like this"; typical fonts land within +-20 %.
BODY_X_HEIGHT_PT = 5.2

#: Edge width (contrast / steepest gradient) of a perfectly sharp, pixel-sampled edge: the
#: central difference of a step spread over one pixel. Removed in quadrature from the measured
#: width, so that sharpness does not depend on how many pixels the letters have.
SAMPLING_EDGE_PX = 2.0

#: Below this x-height in *captured* pixels blur cannot be told from coarse sampling (a letter
#: 5 px high is all edge); such pages get `low_resolution`, not `blurry`.
MIN_TEXT_PX_FOR_BLUR = 8.0

#: Letters are binarised at this fraction of the page contrast, not at Otsu's threshold: on a
#: blurred page Otsu cuts close to the paper level and the letters swell and merge into words,
#: inflating the text height by 40 % (measured at blur sigma 3-8); at 0.65 it stays within 20 %.
LETTER_LEVEL = 0.65

#: At least this many letter-shaped components are needed to call a text height measured
#: (a few words); fewer, and the page is measured at an assumed body-text size.
MIN_LETTERS = 30

#: A mark must be this many grey levels darker than the paper (and 4 noise deviations) to count
#: as ink; scanner noise and paper texture stay below it. Fainter than 8 levels (3 % of the
#: range) is invisible on screen: such a page is blank, not washed out.
MIN_MARK_CONTRAST = 8.0
NOISE_MARGIN = 4.0
#: Fewer marked pixels than this (a speck of dust) and there is nothing to measure: blank.
MIN_MARKED_PIXELS = 50

#: A tile whose ink edges are about as wide as its letters are high (sharpness at most this)
#: holds a soft shape, not blurred text: a portrait's silhouette, a card's rounded edge or drop
#: shadow, a hand's shadow, a finger in front of the lens. Defocused text keeps edges narrower
#: than its letters: the capture corpus's strongly defocused photos (dev split, issue 17) have
#: their blurred tiles at 0.40-0.51 (median), the tests' Gaussian sigma 8 at 0.17, while the
#: blurred tiles of its clean card and of the four photos and scans of the independent corpus's
#: dev sample that were called blurry (a person sees sharp text on all five) sat at 0.00.
SOFT_SHAPE_SHARPNESS = 0.05
#: ... unless such tiles hold most of the page's ink: then the text itself is smeared beyond its
#: letters' height (on pages that are not, they were at most 40 % of the inked tiles: the dev
#: split's finger in front of the lens; the independent corpus's 112 dev photos and scans 35 %).
MAX_SOFT_SHAPE_SHARE = 0.5

#: Enlargement detection: a spectral line must stand this many times above the local median of
#: the spectrum of the rows' second differences. Native scans and JPEGs stay below 5; enlarged
#: images (60-240 dpi to 300 dpi, cubic or linear) give 10-70.
MIN_GRID_PEAK = 8.0
#: An enlargement by p holds (almost) no detail above its source's Nyquist frequency 1/(2p).
#: A candidate p is accepted when less than this share of the edge energy lies above 1.5 times
#: that frequency: enlarged pages measured 0.006-0.06, native pages 0.2-0.6.
MAX_GRID_LEAK = 0.1
#: Only enlargements of at least 2.2x are looked for: smaller ones cannot be told apart reliably
#: (x1.25 and x5 leave the same 5-pixel grid), a 2x grid sits on the highest frequency where
#: motion-blurred pages also showed lines, and neither can push a usable scan below the limit.
MIN_REPORTED_UPSCALE = 2.2


class QualityThresholds(BaseModel):
    """The limits of the quality gate, loaded from `docscan/rules/quality.yaml`.

    Every value is validated on load (a threshold of -3 or a share of 1.5 is a typing mistake
    that would silently pass or fail every page); the file names where each one came from.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    min_sharpness: float = Field(gt=0, lt=1)
    max_blurry_tile_share: float = Field(gt=0, le=1)
    min_effective_dpi: float = Field(gt=0, le=600)
    min_contrast: float = Field(gt=0, le=255)
    min_contrast_to_noise: float = Field(gt=0, le=100)
    washed_out_paper_level: float = Field(gt=0, le=255)
    min_brightness: float = Field(ge=0, lt=255)
    blank_max_ink_ratio: float = Field(ge=0, lt=0.1)
    min_image_side: int = Field(ge=1, le=10000)


@lru_cache(maxsize=4)
def load_thresholds(path: Path | None = None) -> QualityThresholds:
    """Load and validate the quality thresholds (cached: read once per process).

    A missing or invalid value raises `ConfigError` naming the file and the field.
    """
    return load_model(Path(path) if path else RULES_DIR / "quality.yaml", QualityThresholds)


@dataclass(frozen=True)
class PageQuality:
    """What the quality gate measured on one page, and the reasons for its verdict.

    Measures that need text are None when the page has none. Only `reasons` decide the
    verdict; `laplacian_variance` is the common global figure, kept to show why it is not used.
    """

    width: int
    height: int
    #: Resolution written in the file, when there was one; often wrong (72 for phone photos).
    declared_dpi: float | None
    #: Median height of lower-case letters (x-height) in pixels of this image.
    text_height_px: float | None
    #: Resolution at which body text would show the measured detail, after undoing any
    #: enlargement: what the page was really captured at.
    effective_dpi: float | None
    #: How much the image was enlarged after capture (1.0 when no interpolation grid was found).
    upscale_factor: float
    #: 1 - (edge width / text height), median over inked tiles; 1 is crisp, 0 is a smear.
    sharpness: float | None
    #: Share of the tiles of text whose sharpness is below the limit (tiles holding a soft shape,
    #: such as a portrait or a shadow, are left out: `SOFT_SHAPE_SHARPNESS`).
    blurry_tile_share: float | None
    #: Paper level minus ink level, in grey levels (0-255).
    contrast: float
    #: Paper level, in grey levels (0 black - 255 white).
    brightness: float
    #: Standard deviation of the image noise, in grey levels.
    noise: float
    #: Share of the page covered by ink.
    ink_ratio: float
    blank: bool
    #: Variance of the Laplacian over the whole image: for comparison only, never judged.
    laplacian_variance: float
    reasons: tuple[Reason, ...]
    #: The inked tiles below the blur limit, as (left, top, width, height) in pixels of this
    #: image, and how many tiles hold ink: legibility asks whether words were read in them (a
    #: sharp title over blurred clauses must not make a page legible).
    blurry_boxes: tuple[tuple[int, int, int, int], ...] = ()
    inked_tiles: int = 0

    @property
    def verdict(self) -> str:
        """'blank', 'poor' (some reason to rescan) or 'good'."""
        if self.blank:
            return "blank"
        return "poor" if self.reasons else "good"

    def to_dict(self) -> dict:
        """JSON-ready, rounded to what the measures can resolve."""

        def rounded(value: float | None, digits: int) -> float | None:
            return None if value is None else round(float(value), digits)

        return {
            "verdict": self.verdict,
            "width": self.width,
            "height": self.height,
            "declared_dpi": rounded(self.declared_dpi, 0),
            "text_height_px": rounded(self.text_height_px, 1),
            "effective_dpi": rounded(self.effective_dpi, 0),
            "upscale_factor": rounded(self.upscale_factor, 2),
            "sharpness": rounded(self.sharpness, 3),
            "blurry_tile_share": rounded(self.blurry_tile_share, 3),
            "contrast": rounded(self.contrast, 1),
            "brightness": rounded(self.brightness, 1),
            "noise": rounded(self.noise, 2),
            "ink_ratio": rounded(self.ink_ratio, 5),
            "blank": self.blank,
            "laplacian_variance": rounded(self.laplacian_variance, 1),
            "reasons": [reason.to_dict() for reason in self.reasons],
        }


# ---------------------------------------------------------------------------------------------
# Public functions


def page_to_gray(image: Image.Image) -> np.ndarray:
    """Any Pillow image as a grayscale ``uint8`` array, keeping its real brightness.

    Transparency is flattened onto white paper (a transparent PNG is a page on white, not on
    black); 16-bit images are scaled by their bit depth, not by their brightest pixel, so an
    underexposed 16-bit scan stays dark and can be judged so.
    """
    mode = image.mode
    if mode in ("RGBA", "RGBa", "LA", "La", "PA") or (mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        paper.alpha_composite(rgba)
        image, mode = paper.convert("RGB"), "RGB"
    if mode.startswith("I;16") or mode == "I":
        values = np.asarray(image).astype(np.float64)
        if mode == "I" and values.size and values.max() <= 255:
            return np.ascontiguousarray(np.clip(values, 0, 255).astype(np.uint8))
        return np.ascontiguousarray(np.clip(np.rint(values / 257.0), 0, 255).astype(np.uint8))
    if mode == "F":
        values = np.asarray(image, dtype=np.float64)
        if values.size and np.nanmax(values) <= 1.0:
            values = values * 255.0
        return np.ascontiguousarray(np.clip(np.rint(np.nan_to_num(values)), 0, 255).astype(np.uint8))
    if mode not in ("L", "1", "P", "RGB", "CMYK", "YCbCr"):
        image = image.convert("RGB")  # LAB, HSV and other exotic modes go through RGB
    return np.ascontiguousarray(np.asarray(image.convert("L"), dtype=np.uint8))


def assess(gray: np.ndarray, dpi: float | None = None,
           thresholds: QualityThresholds | None = None, *, upscale: float | None = None) -> PageQuality:
    """Measure a grayscale page and give it a verdict with reasons a person can act on.

    `dpi` is the resolution declared in the file, if any. It is recorded and used only when the
    page has no text to measure, because phones write 72 and some scanners write nonsense.
    `upscale` is the enlargement measured on the picture as captured (`upscale_factor`), for a
    page that was straightened out of a photo: the perspective warp resamples every pixel and
    erases the interpolation grid the enlargement left, so it cannot be found on `gray`.
    """
    limits = thresholds or load_thresholds()
    page = _analyse(gray, dpi, upscale)
    height, width = gray.shape
    reasons: list[Reason] = []
    if min(height, width) < limits.min_image_side:
        reasons.append(Reason.of("small_image", width=width, height=height))
    if page.marked_pixels < MIN_MARKED_PIXELS or page.ink_ratio < limits.blank_max_ink_ratio:
        reasons.append(Reason.of("blank_page", ink=round(float(page.ink_ratio), 6)))
        return _quality(gray, dpi, page, True, None, reasons)

    blurry_share = _blurry_share(page.text_tile_values, limits)
    reasons += _resolution_reasons(page, limits)
    reasons += _blur_reasons(page, blurry_share, limits)
    reasons += _light_reasons(page, limits)
    return _quality(gray, dpi, page, False, blurry_share, reasons, limits)


def _resolution_reasons(page: _Analysis, limits: QualityThresholds) -> list[Reason]:
    if page.effective_dpi is None or page.effective_dpi >= limits.min_effective_dpi:
        return []
    how = (Reason.of("upscaled", factor=round(float(page.upscale_factor), 1)) if page.upscale_factor > 1
           else Reason.of("letters_small", height=round(page.text_height_px or 0.0)))  # known whenever the dpi is
    return [Reason.of("low_resolution", dpi=round(float(page.effective_dpi)), how=how)]


def _blurry_share(values: np.ndarray, limits: QualityThresholds) -> float | None:
    """Share of the tiles of text (`_Analysis.text_tile_values`) below the blur limit."""
    return float(np.mean(values < limits.min_sharpness)) if values.size else None


def _blur_reasons(page: _Analysis, blurry_share: float | None, limits: QualityThresholds) -> list[Reason]:
    if not page.blur_measurable or blurry_share is None or blurry_share < limits.max_blurry_tile_share:
        return []
    values = page.text_tile_values
    blurred = float(np.median(values[values < limits.min_sharpness]))
    return [Reason.of("blurry", share=round(blurry_share, 2), sharpness=round(blurred, 2),
                      needed=round(float(limits.min_sharpness), 2))]


def _light_reasons(page: _Analysis, limits: QualityThresholds) -> list[Reason]:
    """Too dark, too faint or too noisy; a faint page on white paper is washed out (over-exposed)."""
    reasons = []
    if page.brightness < limits.min_brightness:
        reasons.append(Reason.of("too_dark", brightness=round(float(page.brightness)),
                                 needed=round(float(limits.min_brightness))))
    contrast_to_noise = page.contrast / max(page.noise, 0.5)  # below 0.5 the noise is quantisation
    if page.contrast < limits.min_contrast and page.brightness >= limits.washed_out_paper_level:
        reasons.append(Reason.of("too_bright", contrast=round(float(page.contrast)), needed=round(float(limits.min_contrast))))
    elif page.contrast < limits.min_contrast:
        reasons.append(Reason.of("low_contrast", detail=Reason.of(
            "contrast_levels", contrast=round(float(page.contrast)), needed=round(float(limits.min_contrast)))))
    elif contrast_to_noise < limits.min_contrast_to_noise:
        reasons.append(Reason.of("low_contrast", detail=Reason.of(
            "contrast_noise", ratio=round(float(contrast_to_noise), 1), needed=round(float(limits.min_contrast_to_noise), 1))))
    return reasons


def sharpness_map(gray: np.ndarray) -> np.ndarray:
    """Sharpness of each tile of the page (rows x columns), NaN where a tile holds no ink.

    Tiles are `TILE_TEXT_HEIGHTS` x-heights square, counted from the top left corner; the
    right and bottom remainders smaller than a tile are not measured.
    """
    return _analyse(gray, None).tile_sharpness.copy()


def heatmap_image(gray: np.ndarray, thresholds: QualityThresholds | None = None,
                  max_side: int = 1000) -> Image.Image:
    """The page with its sharpness map laid over it: red is blurry, green is sharp.

    Shows *where* a page is blurry (a phone photo out of focus at one edge, a smeared fold).
    Colours turn from red to green around the blur limit of `thresholds`; tiles without ink
    are left uncoloured. The image is at most `max_side` pixels on its long side.
    """
    limits = thresholds or load_thresholds()
    page = _analyse(gray, None)
    height, width = gray.shape
    scale = min(1.0, max_side / max(height, width))
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    base = cv2.resize(gray, size, interpolation=cv2.INTER_AREA) if scale < 1 else gray
    canvas = cv2.cvtColor(base, cv2.COLOR_GRAY2RGB).astype(np.float32)

    tiles = page.tile_sharpness
    if tiles.size:
        # Red below the limit, through yellow at it, to green 0.15 above it.
        position = np.clip((np.nan_to_num(tiles, nan=0.0) - (limits.min_sharpness - 0.15)) / 0.3, 0.0, 1.0)
        colours = np.zeros((*tiles.shape, 3), np.float32)
        colours[..., 0] = 255 * np.clip(2 - 2 * position, 0, 1)
        colours[..., 1] = 255 * np.clip(2 * position, 0, 1)
        tile_px = page.tile_px * scale  # tile side in heat-map pixels
        covered = (min(size[0], round(tiles.shape[1] * tile_px)), min(size[1], round(tiles.shape[0] * tile_px)))
        inked = ~np.isnan(tiles)
        layer = cv2.resize(colours, covered, interpolation=cv2.INTER_NEAREST)
        alpha = cv2.resize(inked.astype(np.float32) * 0.45, covered, interpolation=cv2.INTER_NEAREST)[..., None]
        region = canvas[:covered[1], :covered[0]]
        canvas[:covered[1], :covered[0]] = region * (1 - alpha) + layer * alpha
    return Image.fromarray(np.clip(canvas, 0, 255).astype(np.uint8), "RGB")


# ---------------------------------------------------------------------------------------------
# Measurement


@dataclass(frozen=True)
class _Analysis:
    """Everything measured on one page, before any threshold is applied."""

    text_height_px: float | None
    effective_dpi: float | None
    upscale_factor: float
    #: False when the letters are too few pixels high for blur to be told from coarse sampling.
    blur_measurable: bool
    #: Per-tile sharpness, NaN where a tile holds no ink.
    tile_sharpness: np.ndarray
    #: Side of one tile in pixels of the original image.
    tile_px: float
    contrast: float
    brightness: float
    noise: float
    ink_ratio: float
    #: Pixels clearly darker than the paper; a page with (almost) none is blank.
    marked_pixels: int

    @property
    def tile_values(self) -> np.ndarray:
        return self.tile_sharpness[~np.isnan(self.tile_sharpness)]

    @property
    def text_tile_values(self) -> np.ndarray:
        """The inked tiles that judge focus: without the soft shapes (`SOFT_SHAPE_SHARPNESS`),
        unless those hold most of the ink (`MAX_SOFT_SHAPE_SHARE`: the text itself is smeared)."""
        values = self.tile_values
        soft = values <= SOFT_SHAPE_SHARPNESS
        if not values.size or float(np.mean(soft)) > MAX_SOFT_SHAPE_SHARE:
            return values
        return values[~soft]


def _analyse(gray: np.ndarray, dpi: float | None, upscale: float | None = None) -> _Analysis:
    """Measure a page; shared by `assess`, `sharpness_map` and `heatmap_image`."""
    if not isinstance(gray, np.ndarray) or gray.ndim != 2 or gray.dtype != np.uint8:
        raise ValueError("quality: expected a 2-D uint8 grayscale array (see page_to_gray)")
    gray = np.ascontiguousarray(gray)  # OpenCV needs contiguous rows; a crop or a flip may not be
    height, width = gray.shape
    no_tiles = np.full((0, 0), np.nan)
    if height < 8 or width < 8:  # a few pixels: nothing to measure, and too small anyway
        level = float(gray.mean()) if gray.size else 255.0
        return _Analysis(None, None, 1.0, False, no_tiles, 1.0, 0.0, level, 0.0, 0.0, 0)

    work_scale = min(1.0, ANALYSIS_LONG_SIDE / max(height, width))
    work = _resize(gray, work_scale)
    paper, on_page = _paper(work)
    # Typed as an array: numpy's percentile stubs refuse cv2's MatLike (its dtype is a union).
    darkness: np.ndarray = cv2.subtract(paper, work)  # 0 on paper, grows with the ink's darkness
    darkness[~on_page] = 0  # the table or scanner lid around a photographed page is not ink
    noise = _noise(gray)

    # A mark stands clearly above the paper noise. The analysis copy averages 1/scale^2 pixels
    # into one, which divides white noise by 1/scale (measured there directly, the estimate
    # would be too low: averaged neighbours are correlated). The typical depth of marks is the
    # contrast.
    mark = max(MIN_MARK_CONTRAST, NOISE_MARGIN * noise * work_scale)
    marks = darkness[darkness > mark]
    brightness = float(np.median(paper[on_page]))
    if marks.size < MIN_MARKED_PIXELS:  # nothing but paper and noise
        return _Analysis(None, None, 1.0, False, no_tiles, 1.0, 0.0, brightness, noise,
                         marks.size / darkness.size, int(marks.size))
    contrast = float(np.percentile(marks, 90))
    ink_ratio = float(np.count_nonzero(darkness > max(mark, contrast / 2)) / darkness.size)

    text_height_work = _x_height(darkness, contrast)
    upscale = upscale_factor(gray) if upscale is None else upscale
    if text_height_work is not None:
        text_height = text_height_work / work_scale
        effective_dpi = text_height * 72.0 / BODY_X_HEIGHT_PT / upscale
        blur_measurable = text_height / upscale >= MIN_TEXT_PX_FOR_BLUR
    else:
        # No letters to measure: judge focus at the size body text would have (at the declared
        # resolution if plausible, else on an A4 page filling the image), so that a page too
        # blurred for any letter to survive is still found blurry.
        text_height, effective_dpi = None, None
        assumed_dpi = dpi if dpi and 100 <= dpi <= 1200 else min(height, width) / 8.27
        text_height_work = max(3.0, assumed_dpi * BODY_X_HEIGHT_PT / 72.0 * work_scale)
        blur_measurable = True
    tiles, tile_px_work = _tile_sharpness(darkness, text_height_work, contrast, mark)
    return _Analysis(text_height, effective_dpi, upscale, blur_measurable, tiles, tile_px_work / work_scale,
                     contrast, brightness, noise, ink_ratio, int(marks.size))


def _quality(gray: np.ndarray, dpi: float | None, page: _Analysis, blank: bool,
             blurry_share: float | None, reasons: list[Reason],
             limits: QualityThresholds | None = None) -> PageQuality:
    height, width = gray.shape
    values = page.tile_values
    return PageQuality(
        width=width, height=height, declared_dpi=float(dpi) if dpi else None,
        text_height_px=None if blank else page.text_height_px,
        effective_dpi=None if blank else page.effective_dpi,
        upscale_factor=page.upscale_factor,
        sharpness=float(np.median(values)) if values.size and not blank else None,
        blurry_tile_share=None if blank else blurry_share,
        contrast=page.contrast, brightness=page.brightness, noise=page.noise, ink_ratio=page.ink_ratio,
        blank=blank, laplacian_variance=_laplacian_variance(gray), reasons=tuple(reasons),
        blurry_boxes=() if blank else _blurry_boxes(page, limits), inked_tiles=int(values.size))


def _blurry_boxes(page: _Analysis, limits: QualityThresholds | None) -> tuple[tuple[int, int, int, int], ...]:
    # Every inked tile below the limit, soft shapes included: legibility asks whether words were
    # read in them (`legibility.unread_blurred_share`), and its verdicts stay as they were.
    tiles = page.tile_sharpness
    if limits is None or not tiles.size:
        return ()
    side = page.tile_px
    rows, cols = np.nonzero(np.nan_to_num(tiles, nan=1.0) < limits.min_sharpness)
    return tuple((round(c * side), round(r * side), round(side), round(side)) for r, c in zip(rows, cols))


def _resize(image: np.ndarray, scale: float) -> np.ndarray:
    """Shrink by `scale` with pixel averaging (never enlarge: enlarging adds no detail)."""
    if scale >= 1.0:
        return image
    height, width = image.shape
    return cv2.resize(image, (max(1, round(width * scale)), max(1, round(height * scale))),
                      interpolation=cv2.INTER_AREA)


def _paper(work: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The paper's brightness under every pixel, and where the page is.

    The paper level is the brightest 8x8 block average nearby: phone photos are lit unevenly
    (paper at 250 in the middle, 190 in a corner), and ink measured against one page-wide level
    would take the dim corner for ink. The 40-pixel window of the analysis copy (about 7 mm of
    an A4 page) always reaches paper between words and lines.

    The page is the bright region and everything it encloses (its text), less a 16-pixel band
    along its edge: in a photo the table around the page is darker than the paper, and the band
    where the paper level spills over the table edge would look like a thick black stroke.
    A scan where the paper fills the image is all page.
    """
    height, width = work.shape
    small = cv2.resize(work, (max(1, width // 8), max(1, height // 8)), interpolation=cv2.INTER_AREA)
    # Typed as an array: numpy's percentile stubs refuse cv2's MatLike (its dtype is a union).
    local: np.ndarray = cv2.blur(cv2.dilate(small, np.ones((5, 5), np.uint8)), (5, 5))
    paper = cv2.resize(local, (width, height), interpolation=cv2.INTER_LINEAR)

    # Bright: within 30 % of the page's paper level (dim corners of a photo stay inside).
    level = float(np.percentile(local, 90))
    bright = (local >= level * 0.7).astype(np.uint8)
    outside = np.pad(1 - bright, 1, constant_values=1)  # a frame of "outside" around the image
    flooded = outside.copy()
    cv2.floodFill(flooded, None, (0, 0), 2)
    page = (flooded[1:-1, 1:-1] != 2).astype(np.uint8)  # bright, or enclosed by bright
    if page.all():
        return paper, np.ones(work.shape, bool)
    page = cv2.erode(page, np.ones((5, 5), np.uint8), borderType=cv2.BORDER_REPLICATE)
    on_page = cv2.resize(page, (width, height), interpolation=cv2.INTER_NEAREST).astype(bool)
    return paper, on_page if on_page.any() else np.ones(work.shape, bool)


def _noise(image: np.ndarray) -> float:
    """Standard deviation of the pixel noise, from the median neighbour difference.

    Most neighbouring pixels of a page are both paper, so the median absolute difference
    (robust to the minority that straddle an edge) measures the noise alone.
    """
    rows = image[:: max(1, image.shape[0] // 400)].astype(np.int16)
    steps = np.abs(np.diff(rows, axis=1)).ravel()
    if steps.size == 0:
        return 0.0
    # For Gaussian noise the difference of two pixels has sigma*sqrt(2), and its median absolute
    # value is 0.6745 of that. The median is interpolated: noise of 1-3 grey levels gives
    # differences of 0-4, where a whole-number median would be far too coarse.
    return max(0.0, _grouped_median(steps)) / (0.6745 * np.sqrt(2.0))


def _x_height(darkness: np.ndarray, contrast: float) -> float | None:
    """Median height of the letter-shaped ink components (the x-height), or None.

    Components are kept when shaped like a letter: at least 3 px high, no more than twice as
    wide as high (merged words and rules are wider), neither a solid block nor a hairline
    frame, and smaller than a tenth of the page. Most letters of running text are x-height
    letters (a c e m n o r s u ...), so their median is the x-height.
    """
    mask = (darkness > LETTER_LEVEL * contrast).astype(np.uint8)
    _, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    heights = stats[1:, cv2.CC_STAT_HEIGHT]
    widths = stats[1:, cv2.CC_STAT_WIDTH]
    areas = stats[1:, cv2.CC_STAT_AREA]
    fill = areas / np.maximum(widths * heights, 1)
    letters = ((heights >= 3) & (areas >= 6) & (widths <= 2 * heights) & (heights <= mask.shape[0] / 10)
               & (fill > 0.08) & (fill < 0.9))
    if np.count_nonzero(letters) < MIN_LETTERS:
        return None
    heights = heights[letters]
    # Pieces much lower than the tall letters are broken letters, not letters: motion blur
    # fades the strokes across its direction and leaves their tops and feet apart (at 9 px of
    # horizontal blur, 40 % of the components). Ascenders are ~1.4 x-heights, so x-height
    # letters sit at ~0.7 of the 90th percentile and are all kept.
    heights = heights[heights >= 0.55 * np.percentile(heights, 90)]
    return _grouped_median(heights)


def _grouped_median(values: np.ndarray) -> float:
    """Median of non-negative whole numbers (heights, grey-level steps), interpolated within its
    unit as for grouped data, so that it moves in finer steps than the numbers themselves."""
    counts = np.bincount(values)
    cumulative = np.cumsum(counts)
    half = values.size / 2
    k = int(np.searchsorted(cumulative, half))
    below = cumulative[k] - counts[k]
    return float(k - 0.5 + (half - below) / counts[k])


def _tile_sharpness(darkness: np.ndarray, text_height: float, contrast: float,
                    mark: float) -> tuple[np.ndarray, float]:
    """Sharpness of every tile (NaN without ink) and the tile side, in analysis pixels.

    The page is first scaled so letters are `NORMALISED_TEXT_HEIGHT` high. In each tile the
    edge width is the tile's ink depth divided by its steepest gradients (99th percentile),
    which for a blurred edge is proportional to the blur and independent of the contrast; it
    is taken in the worst of four directions that have edges, so motion blur (one direction)
    is caught, less the width of a perfectly sharp sampled edge, in text heights.
    """
    scale = min(1.0, NORMALISED_TEXT_HEIGHT / text_height)
    image = _resize(darkness, scale).astype(np.float32)
    letter = text_height * scale
    side = max(8, round(TILE_TEXT_HEIGHTS * letter))
    rows, cols = image.shape[0] // side, image.shape[1] // side
    if rows == 0 or cols == 0:
        return np.full((0, 0), np.nan), side / scale

    def quantile(values: np.ndarray, q: float) -> tuple[np.ndarray, np.ndarray]:
        """The q-quantile of every tile, and the tiles as (rows, cols, pixels)."""
        tiles = values[: rows * side, : cols * side].reshape(rows, side, cols, side).swapaxes(1, 2)
        tiles = tiles.reshape(rows, cols, side * side)
        k = int(q * (side * side - 1))
        return np.partition(tiles, k, axis=2)[..., k], tiles

    depth, tiles = quantile(image, 0.995)
    inked_share = (tiles > depth[..., None] / 2).mean(axis=2)
    # A tile counts when it holds real ink over at least 2 % of its area, about one letter (a
    # speck or the fringe of a neighbour's letter has no edges worth measuring). Its ink may be
    # much paler than the page's: blur spreads ink out, and blurred text must still be judged.
    inked = (depth >= max(mark, contrast / 4)) & (inked_share >= 0.02)

    gx = cv2.Sobel(image, cv2.CV_32F, 1, 0, ksize=3, scale=1 / 8)
    gy = cv2.Sobel(image, cv2.CV_32F, 0, 1, ksize=3, scale=1 / 8)
    widths, variations = [], []
    directions = (np.abs(gx), np.abs(gy), np.abs(gx + gy) * np.sqrt(0.5), np.abs(gx - gy) * np.sqrt(0.5))
    for k, gradient in enumerate(directions):
        steepest, gradient_tiles = quantile(gradient, 0.99)
        widths.append(depth / np.maximum(steepest, 1e-3))
        # Only edges that face this direction more than the perpendicular one count as edges
        # across it. A ruled line tilted by a few degrees (every phone photo, a skewed scan)
        # has a faint gradient along its whole length in the direction it runs: sin(3 deg) of
        # its real one, over 5 % of the tile's variation, which read as a smear 20 times wider
        # than the line's edge: sharpness 0.00 on the table rows of sharp phone photos
        # (issue 17). A vertical stroke smeared by motion blur still faces its direction.
        # Paper noise faces every direction in half its pixels, so only gradients above a
        # quarter of the ink's marking level count (a 15 px smear of 100 levels still gives 6).
        facing = (gradient >= directions[k ^ 1]) & (gradient >= mark / 4)
        _, facing_tiles = quantile(np.where(facing, gradient, 0.0).astype(np.float32), 0.99)
        variations.append(facing_tiles.sum(axis=2))
    # A direction is judged only where the tile has edges across it: a ruled line has none
    # along its length and is not blurred for that. Blur keeps the total variation of an edge,
    # so a smeared direction still has plenty (a 40 px smear keeps 18 % of the other
    # direction's; a ruled line has 0.4 %).
    stacked = np.stack(variations)
    judged = stacked >= 0.05 * stacked.max(axis=0)
    width = np.where(judged, np.stack(widths), 0.0).max(axis=0)
    blur = np.sqrt(np.maximum(width ** 2 - SAMPLING_EDGE_PX ** 2, 0.0)) / letter
    sharpness = np.clip(1.0 - blur, 0.0, 1.0)
    sharpness[~inked] = np.nan
    return sharpness, side / scale


def upscale_factor(gray: np.ndarray) -> float:
    """How much the image was enlarged after capture; 1.0 when no enlargement is found.

    Enlarging by p interpolates between the captured samples, which leaves a grid with a
    period of p pixels in the rows' second differences (A. Gallagher, "Detection of linear and
    cubic interpolation in JPEG compressed images", CRV 2005). The grid gives the period P, but
    P pixels may hold 1, 2, ... captured samples (x5 and x1.25 both leave a 5-pixel grid), so
    the number of samples m is the smallest for which the rows carry almost no detail above the
    sampling limit of p = P/m: an enlarged image has none, a native one plenty.

    Only rows are examined: columns carry the text lines' own period. JPEG's 8-pixel blocks
    leave lines at multiples of 1/8, which are all ignored when the 1/8 or 3/8 line is present
    (an exact 8x or 8/3x enlargement is then missed; 4x leaves neither line).
    """
    height, width = gray.shape
    if width < 128:
        return 1.0
    rows = gray[:: max(1, height // 600)].astype(np.float32)
    second = np.abs(rows[:, 2:] - 2 * rows[:, 1:-1] + rows[:, :-2]).mean(axis=0)
    spectrum = np.abs(np.fft.rfft((second - second.mean()) * np.hanning(second.size)))
    freqs = np.fft.rfftfreq(second.size)
    half = max(5, second.size // 160)
    padded = np.pad(spectrum, half, mode="edge")
    baseline = np.median(np.lib.stride_tricks.sliding_window_view(padded, 2 * half + 1), axis=1)
    peak = spectrum / np.maximum(baseline, 1e-9)

    candidate = (freqs >= 1 / 16) & (freqs <= 1 / MIN_REPORTED_UPSCALE)
    bin_width = freqs[1]

    def near(frequency: float) -> np.ndarray:  # a line spreads over +-2 bins (Hann window)
        return np.abs(freqs - frequency) <= 3 * bin_width

    if max(peak[near(1 / 8)].max(initial=0), peak[near(3 / 8)].max(initial=0)) >= MIN_GRID_PEAK:
        # JPEG blocks: the lines at 1/8 and 3/8 are not left by enlargements of 2-4x.
        for k in (1, 2, 3):
            candidate &= ~near(k / 8)
    lines = np.flatnonzero(candidate & (peak >= MIN_GRID_PEAK))
    if lines.size == 0:
        return 1.0
    # The grid's own frequency is the lowest line (higher ones are its harmonics), taken at
    # the top of its spread.
    around = np.zeros_like(candidate)
    around[lines[0]: lines[0] + 4] = True
    period = 1.0 / freqs[int(np.argmax(np.where(around & candidate, spectrum, -1.0)))]

    steps = np.diff(rows, axis=1)
    steps = steps[np.abs(steps).max(axis=1) > 20]  # rows that cross some ink
    if steps.shape[0] < 8:
        return 1.0
    power = (np.abs(np.fft.rfft(steps * np.hanning(steps.shape[1]), axis=1)) ** 2).mean(axis=0)
    power_freqs = np.fft.rfftfreq(steps.shape[1])
    total = power[1:].sum()
    for samples in range(1, int(period / MIN_REPORTED_UPSCALE) + 1):
        factor = period / samples
        if power[power_freqs > 0.75 / factor].sum() < MAX_GRID_LEAK * total:
            return float(factor)
    return 1.0


def _laplacian_variance(gray: np.ndarray) -> float:
    """The usual global blur figure, ``cv2.Laplacian(gray, cv2.CV_64F).var()``, for comparison only.

    Computed in 16-bit integers (exact for 8-bit input, whose Laplacian lies within +-1020),
    which saves a 280 MB float array on a 600 dpi page.
    """
    _, deviation = cv2.meanStdDev(cv2.Laplacian(gray, cv2.CV_16S))
    return float(deviation[0, 0]) ** 2
