"""A small generator of phone photos and scans with known capture faults, for the tests.

A page of English body text is drawn with Pillow at about 150 dpi (the words are known, so
Tesseract's word recall can be counted), then either kept as a flatbed scan (optionally
turned a few degrees) or warped with a known perspective onto a textured background (a phone
photo), and spoiled with one fault: a glare, a cut-off side, a finger, a moiré, defocus, dark
light or low resolution. Deterministic: every random choice comes from the given seed.

`write_corpus` writes such pages with a `labels.csv` in the format of the capture corpus of
issue 17 (`path,base,fault,strength,hides_text,word_recall,legible,split`), so `docscan eval`'s
capture report is tested on files it has never seen, made independently of its thresholds.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

WORDS = ("employment contract between the employer and the worker concluded under Belgian law "
         "the worker shall perform the duties described below during the working hours agreed "
         "the salary is paid monthly into the account of the worker before the last working day "
         "holidays are granted according to the rules of the joint committee for the sector "
         "either party may end this agreement with the notice required by the law of July").split()

PAGE_SIZE = (1240, 1754)  # A4 at 150 dpi


@dataclass(frozen=True)
class Photo:
    """A generated page image and what is true about it."""

    image: np.ndarray
    words: tuple[str, ...]
    #: Where the page's corners are in `image` (tl, tr, br, bl), None for a scan.
    corners: np.ndarray | None
    fault: str = "none"
    hides_text: bool = False


def render_page(seed: int, lines: int = 34, title: str = "EMPLOYMENT CONTRACT") -> tuple[np.ndarray, tuple[str, ...]]:
    """A white A4 page at 150 dpi with a title and `lines` lines of body text (10.5 pt)."""
    rng = np.random.default_rng(seed)
    page = Image.new("L", PAGE_SIZE, 255)
    draw = ImageDraw.Draw(page)
    draw.text((110, 110), title, font=ImageFont.truetype(BOLD, 40), fill=0)
    body = ImageFont.truetype(FONT, 22)
    written: list[str] = title.split()
    y = 210
    for _ in range(lines):
        line = [WORDS[int(i)] for i in rng.integers(0, len(WORDS), 9)]
        draw.text((110, y), " ".join(line), font=body, fill=20)
        written += line
        y += 40
    return np.asarray(page).copy(), tuple(written)


def background(shape: tuple[int, int], seed: int) -> np.ndarray:
    """A dark wood-like table: stripes and noise, 60-120 grey levels."""
    rng = np.random.default_rng(seed)
    height, width = shape
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    stripes = 90 + 25 * np.sin(xx / 37.0 + 4 * np.sin(yy / 150.0)) + rng.normal(0, 6, shape)
    return np.clip(stripes, 0, 255).astype(np.uint8)


def photograph(page: np.ndarray, seed: int, *, frame: tuple[int, int] = (1500, 2000),
               corners: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The page warped onto a background with a perspective; the photo and the page's corners."""
    rng = np.random.default_rng(seed)
    width, height = frame
    if corners is None:
        jitter = rng.uniform(-60, 60, (4, 2))
        # An A4 page (1120 x 1584 px, 1:1.414) seen a little from the side: each corner moved by
        # up to 40 px, so the page keeps its proportions within about 7 %.
        jitter = jitter * (40 / 60)
        left, top = (width - 1120) / 2, (height - 1584) / 2
        corners = np.array([[left, top], [left + 1120, top], [left + 1120, top + 1584], [left, top + 1584]],
                           np.float32) + jitter.astype(np.float32)
    source = np.array([[0, 0], [page.shape[1] - 1, 0], [page.shape[1] - 1, page.shape[0] - 1],
                       [0, page.shape[0] - 1]], np.float32)
    matrix = cv2.getPerspectiveTransform(source, corners.astype(np.float32))
    warped = cv2.warpPerspective(page, matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=0)
    inside = cv2.warpPerspective(np.full(page.shape, 255, np.uint8), matrix, (width, height), borderValue=0)
    # Phone light: the paper a little grey and uneven, as on a table under a room lamp.
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    light = 0.86 + 0.06 * np.cos(xx / width * 2.5) * np.cos(yy / height * 2.0)
    paper = (warped.astype(np.float32) * light).clip(0, 255)
    photo = np.where(inside > 127, paper, background((height, width), seed)).astype(np.float32)
    photo = cv2.GaussianBlur(photo, (0, 0), 0.7) + rng.normal(0, 2.0, photo.shape)
    return np.clip(photo, 0, 255).astype(np.uint8), corners.astype(np.float32)


def scan(page: np.ndarray, angle: float = 0.0) -> np.ndarray:
    """A flatbed scan: the page turned by `angle` degrees (counter-clockwise) on white."""
    if not angle:
        return page.copy()
    height, width = page.shape
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    return cv2.warpAffine(page, matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=255)


def add_glare(photo: np.ndarray, centre: tuple[int, int], radius: int) -> np.ndarray:
    """A reflection: a saturated disc with a soft rim, washing out what is under it."""
    height, width = photo.shape
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    distance = np.hypot(xx - centre[0], yy - centre[1]) / radius
    strength = np.clip(1.6 - distance, 0, 1)  # 1 inside 0.6 r, fading out at 1.6 r
    out = photo.astype(np.float32) * (1 - strength) + 255 * strength
    return np.clip(out, 0, 255).astype(np.uint8)


def add_finger(photo: np.ndarray, base: tuple[int, int], tip: tuple[int, int], thickness: int) -> np.ndarray:
    """A finger entering from the edge: a smooth, darker, opaque rounded bar."""
    mask = np.zeros(photo.shape, np.uint8)
    cv2.line(mask, base, tip, 255, thickness)
    cv2.circle(mask, tip, thickness // 2, 255, -1)
    mask = cv2.GaussianBlur(mask, (0, 0), 1.5)
    skin = np.full(photo.shape, 150, np.float32)
    alpha = mask.astype(np.float32) / 255
    return np.clip(photo * (1 - alpha) + skin * alpha, 0, 255).astype(np.uint8)


def add_moire(photo: np.ndarray, period: float = 5.0, angle: float = 20.0, amplitude: float = 8.0) -> np.ndarray:
    """A screen's pixel grid beating with the sensor: a fine sinusoidal pattern everywhere."""
    height, width = photo.shape
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    theta = np.deg2rad(angle)
    wave = np.sin(2 * np.pi * (xx * np.cos(theta) + yy * np.sin(theta)) / period)
    return np.clip(photo.astype(np.float32) + amplitude * wave, 0, 255).astype(np.uint8)


def make(fault: str, seed: int, strength: float = 1.0) -> Photo:
    """One phone photo with `fault` (or "none"), `strength` from 0 (harmless) to 1 (hides text)."""
    page, words = render_page(seed)
    if fault == "scan":
        return Photo(image=scan(page), words=words, corners=None)
    if fault == "cut_off":
        # The bottom of the page runs out of the picture: the frame ends above the page's foot.
        frame = (1500, 2000)
        keep = 0.95 - 0.3 * strength  # share of the page's height inside the picture
        top = 170.0
        full = 1754 * 1.0
        corners = np.array([[200, top], [1300, top + 20], [1330, top + full], [170, top + full - 10]], np.float32)
        photo, corners = photograph(page, seed, frame=(frame[0], int(top + keep * full)), corners=corners)
        hides = keep < 0.88  # the last lines of text (at 88 % of the page) are lost
        return Photo(image=photo, words=words, corners=corners, fault=fault, hides_text=hides)
    photo, corners = photograph(page, seed)
    hides = strength >= 0.5
    if fault == "glare":
        if hides:  # over the body text
            centre = corners.mean(axis=0)
            photo = add_glare(photo, (int(centre[0]), int(centre[1] - 200)), int(90 + 260 * strength))
        else:  # a small reflection in the blank bottom margin, below the last line
            foot = corners[2] * 0.5 + corners[3] * 0.5 - (corners[3] - corners[0]) * 0.04
            photo = add_glare(photo, (int(foot[0]), int(foot[1])), 40)
    elif fault == "obstruction":
        left_edge = (corners[0] + corners[3]) / 2
        reach = 120 + 500 * strength if hides else 40  # a thumb holding the margin only
        base = (int(left_edge[0]) - 120, int(left_edge[1]))
        photo = add_finger(photo, base, (int(left_edge[0] + reach), int(left_edge[1] + 60)), int(70 + 40 * strength))
    elif fault == "moire":
        photo = add_moire(photo, amplitude=4 + 8 * strength)
        hides = False
    elif fault == "out_of_focus":
        photo = cv2.GaussianBlur(photo, (0, 0), 0.8 + 4.5 * strength)
    elif fault == "dark":
        photo = np.clip(photo.astype(np.float32) * (0.6 - 0.45 * strength), 0, 255).astype(np.uint8)
        noise = np.random.default_rng(seed).normal(0, 3 + 5 * strength, photo.shape)
        photo = np.clip(photo + noise, 0, 255).astype(np.uint8)
    elif fault == "low_resolution":
        factor = 1.5 + 3.5 * strength
        small = cv2.resize(photo, None, fx=1 / factor, fy=1 / factor, interpolation=cv2.INTER_AREA)
        photo = small
        corners = corners / factor
    elif fault != "none":
        raise ValueError(fault)
    return Photo(image=photo, words=words, corners=corners, fault=fault, hides_text=hides and fault != "none")


def write_corpus(folder: Path, plan: list[tuple[str, int, float]], split: str = "dev") -> Path:
    """Write photos `(fault, seed, strength)` as JPEGs with a capture-corpus `labels.csv`."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for fault, seed, strength in plan:
        photo = make(fault, seed, strength)
        name = f"{fault}-{seed}-{strength:.1f}.jpg"
        Image.fromarray(photo.image).save(folder / name, quality=90)
        legible = not photo.hides_text
        rows.append({"path": name, "base": f"page-{seed}", "fault": fault, "strength": f"{strength:.2f}",
                     "hides_text": int(photo.hides_text), "word_recall": "", "legible": int(legible), "split": split})
    with open(folder / "labels.csv", "w", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=["path", "base", "fault", "strength", "hides_text", "word_recall",
                                                 "legible", "split"])
        writer.writeheader()
        writer.writerows(rows)
    return folder


def in_colour(photo: np.ndarray) -> np.ndarray:
    """A grey photo as a phone's colour picture: paper a little warm (red and green above blue)."""
    gray = photo.astype(np.float32)
    return np.clip(np.stack([gray * 1.0, gray * 0.98, gray * 0.93], axis=2), 0, 255).astype(np.uint8)


def on_screen(photo: np.ndarray, pixels_per_screen_pixel: float = 1.3) -> np.ndarray:
    """A colour photo of the page shown on a screen: each screen pixel is a red, a green and a
    blue stripe with a dark gap under it, sampled by the sensor at its own pixel centres with no
    low-pass filter, so the stripes alias into colour moiré over the whole picture."""
    height, width = photo.shape[:2]
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    stripe = np.floor(3 * xx / pixels_per_screen_pixel).astype(np.int64) % 3  # which sub-pixel is seen
    row_gap = (yy / pixels_per_screen_pixel) % 1.0 > 0.8
    gain = np.full((height, width, 3), 0.72, np.float32)
    for channel in range(3):
        gain[..., channel][stripe == channel] = 1.0
    gain[row_gap] *= 0.85
    return np.clip(photo.astype(np.float32) * gain, 0, 255).astype(np.uint8)


def add_guilloche(photo: np.ndarray, box: tuple[int, int, int, int], colour=(150, 90, 170),
                  strength: float = 0.15) -> np.ndarray:
    """Fine curved security lines printed in a colour over `box` (left, top, width, height), as
    on a passport's data page or a residence card: periodic, but printed on the paper; pale
    (`strength` of the ink), as the capture corpus's cards (their grey pattern 5 levels deep)."""
    out = photo.copy()
    left, top, width, height = box
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    phase = xx / 7.0 + 3.0 * np.sin(yy / 90.0) + 2.0 * np.sin(xx / 140.0)
    line = (np.cos(2 * np.pi * phase) > 0.8).astype(np.float32) * strength  # thin lines
    region = out[top:top + height, left:left + width].astype(np.float32)
    ink = np.array(colour, np.float32)
    out[top:top + height, left:left + width] = np.clip(region * (1 - line[..., None]) + ink * line[..., None], 0, 255)
    return out


def add_lens_finger(photo: np.ndarray, side: str = "left", reach: float = 0.3) -> np.ndarray:
    """A finger in front of the lens: a dark red, back-lit shape so far out of focus that it has
    no edge, over `reach` of the picture's width from one side."""
    height, width = photo.shape[:2]
    mask = np.zeros((height, width), np.float32)
    centre_x = int(-0.1 * width) if side == "left" else int(1.1 * width)
    cv2.ellipse(mask, (centre_x, height // 2), (int((reach + 0.1) * width), int(0.35 * height)), 0, 0, 360, 1.0, -1)
    alpha = cv2.GaussianBlur(mask, (0, 0), 0.04 * width)[..., None]
    skin = np.array((120, 35, 25), np.float32)  # skin lit from behind: deep red
    return np.clip(photo.astype(np.float32) * (1 - alpha) + skin * alpha, 0, 255).astype(np.uint8)


def straightened(path: Path):
    """A stored file's first page as the pipeline's capture stage hands it on: decoded, grey,
    straightened (`capture.straighten`); returns the page and what the stage found."""
    from docscan import capture, ingest, quality
    from docscan.settings import Settings

    settings = Settings()
    page = ingest.load_page(ingest.probe(path, settings), 0, settings)
    return capture.straighten(quality.page_to_gray(page.image), colour=page.colour_pixels())
