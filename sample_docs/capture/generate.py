#!/usr/bin/env python3
"""Generate the capture-fault corpus: phone photos of clean document pages, each as a clean
control and with one capture fault (glare, cut_off, obstruction, moire, out_of_focus, dark,
low_resolution) at a weak, medium or strong strength, labelled by real Tesseract word recall.

Why: a quality gate must be measured on captures whose faults are known and whose effect on the
text is *measured*, not assumed. The truth here is what Tesseract can still read, compared with
the words actually written on the page, so a "weak" glare that leaves every word readable is
labelled as such, and a "strong" one that hides lines is labelled as hiding text.

The pages come from the independent corpus (../independent: its content models and renderer);
this script was written without opening docscan's own code (see README.md).

    python generate.py                 # all media + Tesseract truth -> files/, labels*.csv, ...
    python generate.py --media-only    # all media, no OCR; checks the bytes against SHA256SUMS
    python generate.py --subset        # only the CI subset's media (~40 images), checked likewise
    python generate.py --out DIR --jobs 2

Deterministic: every random choice is seeded from ids through sha256 (never Python's hash()),
JPEGs are written with fixed settings, so two runs give byte-identical files (SHA256SUMS).
Tesseract's output is deterministic for one version; the version used is written in labels.csv.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.util
import io
import math
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

HERE = Path(__file__).resolve().parent
INDEPENDENT = HERE.parent / "independent"

cv2.setNumThreads(1)

# ----------------------------------------------------------------------------------------- seeds


def H(*parts: object) -> int:
    """A stable 60-bit integer from ids (sha256, never Python's hash())."""
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:15], 16)


def R(*parts: object) -> random.Random:
    return random.Random(H(*parts))


def NR(*parts: object) -> np.random.Generator:
    return np.random.default_rng(H(*parts))


# ----------------------------------------------------------------------------------------- truth rules

#: hides_text = 1 when the capture's word recall is at least this many points (fraction 0.10)
#: below its own clean control's recall: the fault made words unreadable that the control reads.
#: 10 points is well above the run-to-run spread of Tesseract between two clean photos of one page
#: (the controls' recall against the clean born-digital raster differ by a few points, see README).
HIDES_TEXT_DROP = 0.10
#: legible = 1 when the capture's recall is >= 0.8 x the control's. 0.8 is the bar that
#: sample_docs/check_legibility.py sets for a degraded page to count as legible ("names promise ...
#: >= 80% ('legible')": the share of the clean page's words still read).
LEGIBLE_RATIO = 0.8
WORD = re.compile(r"[^\W\d_]{3,}")
TESSERACT_TIMEOUT_S = 300


def words(text: str) -> Counter:
    """Normalised words of >= 3 letters: case folded, accents removed, punctuation and digits split."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).casefold()
    return Counter(WORD.findall(t))


def recall(truth: Counter, read: Counter) -> float:
    """Share of the words written on the page (with multiplicity) that OCR found in the image."""
    total = sum(truth.values())
    return sum((truth & read).values()) / total if total else 0.0


TESS_LANG = {"fr": "fra", "nl": "nld", "de": "deu", "en": "eng"}


def tess_lang(language: str) -> str:
    langs = []
    for part in language.split("+"):
        code = TESS_LANG.get(part, "eng")
        if code not in langs:
            langs.append(code)
    return "+".join(langs)


def ocr(path: Path, lang: str) -> str:
    """Real Tesseract (one thread, with a timeout). A timeout stops the run: truth must be complete."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    out = subprocess.run(["tesseract", str(path), "stdout", "-l", lang, "--psm", "3",
                          "-c", "tessedit_do_invert=0"], capture_output=True,
                         text=True, timeout=TESSERACT_TIMEOUT_S, env=env, check=True)
    return out.stdout


def tesseract_version() -> str:
    out = subprocess.run(["tesseract", "--version"], capture_output=True, text=True, timeout=30)
    return (out.stdout or out.stderr).splitlines()[0].strip()


# ----------------------------------------------------------------------------------------- bases


def _load_independent():
    """The independent corpus's generator and renderer (loaded by path: both are called generate.py)."""
    sys.path.insert(0, str(INDEPENDENT))
    spec = importlib.util.spec_from_file_location("independent_generate", INDEPENDENT / "generate.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules["independent_generate"] = mod
    spec.loader.exec_module(mod)
    import render  # noqa: PLC0415  (independent/render.py, on the path now)
    return mod, render


#: How many bases of each document type (28 in all, 14 dev + 14 test).
QUOTA = {"employment_contract": 3, "criminal_record": 3, "application_form": 2, "medical_certificate": 2,
         "health_insurance": 2, "diploma": 2, "payslip": 2, "assignment_letter": 2, "order_to_leave": 2,
         "vacancy_proof": 2, "passport": 2, "residence_permit": 2, "fee_payment_proof": 1,
         "entry_ban": 1}
LANGS_OK = {"fr", "nl", "de", "en", "fr+nl", "nl+en"}
SMALL = {"ID1", "ID3"}


@dataclass(frozen=True)
class Base:
    base_id: str
    doc_type: str
    language: str
    split: str
    page_size: str
    spec: object


def choose_bases(ind) -> list[Base]:
    """28 bases over types and languages, half dev half test (the independent corpus's model split)."""
    models, _w = ind.load_models()
    split = ind.split_of_models(models)
    docs = [d for d in ind.build_standalone(models, split)
            if d["language"] in LANGS_OK and d["spec"].page_size in ("A4", "ID1", "ID3")]
    lang_count: Counter = Counter()
    chosen: list[dict] = []
    odd_turn = 0
    for t in sorted(QUOTA):
        n = QUOTA[t]
        splits = ["dev", "test"] * (n // 2)
        if n % 2:
            splits.append("dev" if odd_turn % 2 == 0 else "test")
            odd_turn += 1
        used_models: set[str] = set()
        for s in splits:
            cands = [d for d in docs if d["doc_type"] == t and d["split"] == s and d["model"] not in used_models]
            if not cands:
                continue
            d = min(cands, key=lambda d: (lang_count[d["language"].split("+")[0]], H("base", d["spec"].doc_id)))
            used_models.add(d["model"])
            lang_count[d["language"].split("+")[0]] += 1
            chosen.append(d)
    return [Base(d["spec"].doc_id, d["doc_type"], d["language"], d["split"], d["spec"].page_size, d["spec"])
            for d in chosen]


def base_page(b: Base, render) -> tuple[np.ndarray, int, Counter]:
    """The clean page (RGB uint8), its raster dpi, and the words written on it (from the text layer).

    A4 pages are rasterised at 200, 240 or 300 dpi. Cards and passport pages are rasterised at
    500 dpi (the phone is held closer to a small document) and laid on a white sheet, a card's two
    sides one under the other."""
    import pypdfium2 as pdfium  # noqa: PLC0415

    pdf, _n = render.render_pdf(b.spec)
    doc = pdfium.PdfDocument(pdf)
    small = b.page_size in SMALL
    n_pages = 2 if b.page_size == "ID1" else 1
    text = []
    for i in range(min(n_pages, len(doc))):
        tp = doc[i].get_textpage()
        text.append(tp.get_text_bounded())
        tp.close()
    doc.close()
    r = R("dpi", b.base_id)
    dpi = 500 if small else r.choice([200, 240, 300])
    pages = render.rasterize(pdf, dpi, max_pages=n_pages)
    if not small:
        return np.asarray(pages[0].convert("RGB")), dpi, words("\n".join(text))
    margin = int(dpi * 12 / 25.4)
    gap = int(dpi * 8 / 25.4)
    w = max(p.width for p in pages) + 2 * margin
    h = sum(p.height for p in pages) + gap * (len(pages) - 1) + 2 * margin
    sheet = Image.new("RGB", (w, h), (246, 246, 243))
    y = margin
    for p in pages:
        sheet.paste(p, (margin + r.randint(-gap // 3, gap // 3), y))
        y += p.height + gap
    return np.asarray(sheet), dpi, words("\n".join(text))


# ----------------------------------------------------------------------------------------- faults

FAULTS = ["glare", "cut_off", "obstruction", "moire", "out_of_focus", "dark", "low_resolution"]
STRENGTHS = ["weak", "medium", "strong"]


def plan(bases: list[Base]) -> list[tuple[Base, str, str]]:
    """Every base: the control, each fault once (strength rotating with the base's rank in its split,
    so each fault x strength has 5-6 bases per split), and one extra strength of one fault."""
    out = []
    for s in ("dev", "test"):
        group = sorted([b for b in bases if b.split == s], key=lambda b: H("rank", b.base_id))
        for j, b in enumerate(group):
            out.append((b, "none", "none"))
            for f, fault in enumerate(FAULTS):
                out.append((b, fault, STRENGTHS[(j + f) % 3]))
            f2 = j % len(FAULTS)
            out.append((b, FAULTS[f2], STRENGTHS[(j + f2 + 1) % 3]))
    return out


# ----------------------------------------------------------------------------------------- camera

FRAME = (1968, 2624)   # 5 MP, 3:4 (width, height in portrait): a phone photo as mail and chat apps pass it on


@dataclass(frozen=True)
class Scene:
    """What stays the same between a base's control and its faulty captures."""

    fill: float
    angle: float
    jitter: tuple[float, ...]
    dx: float
    dy: float
    light_angle: float
    light_amp: float
    vignette: float
    warm: tuple[float, float, float]
    blur: float
    noise: float
    quality: int


def scene_for(base_id: str) -> Scene:
    r = R("scene", base_id)
    return Scene(fill=r.uniform(0.80, 0.88), angle=r.uniform(-3.0, 3.0),
                 jitter=tuple(r.uniform(-1, 1) * r.uniform(0.012, 0.03) for _ in range(8)),
                 dx=r.uniform(-0.02, 0.02), dy=r.uniform(-0.02, 0.02), light_angle=r.uniform(0, 2 * math.pi),
                 light_amp=r.uniform(0.05, 0.12), vignette=r.uniform(0.04, 0.10),
                 warm=(1.0, r.uniform(0.97, 1.0), r.uniform(0.90, 0.97)), blur=r.uniform(0.5, 0.8),
                 noise=r.uniform(1.5, 3.0), quality=r.randint(86, 94))


def _frame_size(page: np.ndarray) -> tuple[int, int]:
    ph, pw = page.shape[:2]
    return FRAME if ph >= pw else (FRAME[1], FRAME[0])


def _quad(sc: Scene, pw: float, ph: float, W: int, H_: int, cut: tuple[str, float] | None) -> np.ndarray:
    """Where the page's corners land in the frame: centred, slightly turned and tilted."""
    cx, cy = W / 2 + sc.dx * W, H_ / 2 + sc.dy * H_
    a = math.radians(sc.angle)
    pts = []
    for k, (sx, sy) in enumerate([(-1, -1), (1, -1), (1, 1), (-1, 1)]):
        x, y = sx * pw / 2, sy * ph / 2
        x, y = x * math.cos(a) - y * math.sin(a), x * math.sin(a) + y * math.cos(a)
        pts.append([cx + x + sc.jitter[2 * k] * pw, cy + y + sc.jitter[2 * k + 1] * ph])
    q = np.float32(pts)
    if cut:   # move the page so that a share `f` of it lies outside the frame on one side
        side, f = cut
        if side == "top":
            q[:, 1] += -f * ph - q[:, 1].min()
        elif side == "bottom":
            q[:, 1] += (H_ + f * ph) - q[:, 1].max()
        elif side == "left":
            q[:, 0] += -f * pw - q[:, 0].min()
        else:
            q[:, 0] += (W + f * pw) - q[:, 0].max()
    return q


def _smooth_field(W: int, H_: int, sc: Scene) -> np.ndarray:
    """Uneven light: a gradient and a vignette, computed small and enlarged (H x W float32)."""
    hs, ws = H_ // 8, W // 8
    yy, xx = np.mgrid[0:hs, 0:ws].astype(np.float32)
    grad = math.cos(sc.light_angle) * (xx / ws - 0.5) + math.sin(sc.light_angle) * (yy / hs - 0.5)
    light = 1.0 + sc.light_amp * grad
    light *= 1.0 - sc.vignette * ((xx / ws - 0.5) ** 2 + (yy / hs - 0.5) ** 2) * 2
    return cv2.resize(light, (W, H_), interpolation=cv2.INTER_LINEAR)


def paper_scene(page: np.ndarray, base_id: str, render, cut: tuple[str, float] | None = None
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The page photographed on a background: float32 frame (0..255), page->frame homography, page mask."""
    sc = scene_for(base_id)
    W, H_ = _frame_size(page)
    ph, pw = page.shape[:2]
    scale = min(W * sc.fill / pw, H_ * sc.fill / ph)
    page2 = cv2.resize(page, (max(1, round(pw * scale)), max(1, round(ph * scale))),
                       interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)
    ph2, pw2 = page2.shape[:2]
    dst = _quad(sc, pw2, ph2, W, H_, cut)
    src = np.float32([[0, 0], [pw2, 0], [pw2, ph2], [0, ph2]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page2, M, (W, H_), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((ph2, pw2), 255, np.uint8), M, (W, H_), flags=cv2.INTER_LINEAR)
    bg, _kind = render._background(W, H_, R("bg", base_id))
    m = mask.astype(np.float32) / 255.0
    q = cv2.resize(m, (W // 4, H_ // 4), interpolation=cv2.INTER_AREA)
    sh = cv2.resize(cv2.GaussianBlur(q, (0, 0), 4), (W, H_), interpolation=cv2.INTER_LINEAR)
    sh = np.roll(sh, (14, 10), axis=(0, 1))
    frame = warped.astype(np.float32) * m[..., None] + bg.astype(np.float32) * ((1 - m) * (1 - 0.4 * sh))[..., None]
    frame *= _smooth_field(W, H_, sc)[..., None] * np.float32(sc.warm)
    return frame, M, m


def _page_point(M: np.ndarray, x: float, y: float) -> tuple[float, float]:
    v = M @ np.array([x, y, 1.0])
    return float(v[0] / v[2]), float(v[1] / v[2])


def add_glare(frame: np.ndarray, M: np.ndarray, page_wh: tuple[int, int], key: str, strength: str) -> None:
    """Specular reflection of a lamp or a window on glossy paper or a laminated card: light added on
    top of the page and clipped, so where it saturates the print under it disappears.
    weak: a soft sheen that lowers contrast without saturating the print; medium: a lamp's
    reflection with a saturated core over a few lines; strong: a window / tube-light streak across
    the page."""
    r = R("glare", key, strength)
    H_, W = frame.shape[:2]
    pw, ph = page_wh
    cx, cy = _page_point(M, pw * r.uniform(0.3, 0.7), ph * r.uniform(0.3, 0.7))
    page_px = math.dist(_page_point(M, 0, 0), _page_point(M, pw, 0))   # page width in frame pixels
    s = 4
    hs, ws = H_ // s, W // s
    yy, xx = np.mgrid[0:hs, 0:ws].astype(np.float32)
    ang = r.uniform(0, math.pi)
    u = ((xx - cx / s) * math.cos(ang) + (yy - cy / s) * math.sin(ang))
    v = (-(xx - cx / s) * math.sin(ang) + (yy - cy / s) * math.cos(ang))
    if strength == "weak":
        a, b, peak, core = page_px * 0.16, page_px * 0.10, 150.0, 0.0
    elif strength == "medium":
        a, b, peak, core = page_px * 0.20, page_px * 0.12, 190.0, 1.0
    else:
        a, b, peak, core = page_px * 0.60, page_px * 0.16, 200.0, 1.0
    a, b = a / s, b / s
    d2 = (u / a) ** 2 + (v / b) ** 2
    halo = np.exp(-d2 * 1.6) * peak
    if core:   # the light source's own image: flat, fully saturated, with a soft rim
        rim = np.clip((1.0 - np.sqrt(d2) / 0.55) / 0.25, 0, 1)
        halo = halo + rim * 400.0
    field = cv2.resize(halo.astype(np.float32), (W, H_), interpolation=cv2.INTER_LINEAR)
    frame += field[..., None] * np.float32([1.0, 1.0, 0.98])


def add_finger(frame: np.ndarray, M: np.ndarray, page_wh: tuple[int, int], key: str, strength: str) -> None:
    """A thumb over the page (weak: holding the page by its margin; medium: reaching over the text
    near an edge), or (strong) a finger in front of the lens: a large, very blurred, reddish shape
    covering a corner of the frame."""
    r = R("finger", key, strength)
    H_, W = frame.shape[:2]
    pw, ph = page_wh
    skin = np.float32(r.choice([(226, 178, 150), (204, 146, 112), (168, 112, 82), (120, 80, 58), (236, 194, 168)]))
    if strength == "strong":
        corner = (r.choice([0, W]), H_ * r.uniform(0.35, 0.65))   # from the side the hand holds
        s = 8
        hs, ws = H_ // s, W // s
        yy, xx = np.mgrid[0:hs, 0:ws].astype(np.float32)
        rad = W * r.uniform(0.40, 0.48) / s
        d = np.sqrt((xx - corner[0] / s) ** 2 + ((yy - corner[1] / s) / 1.25) ** 2)
        alpha = np.clip((rad - d) / (rad * 0.25), 0, 1)
        alpha = cv2.GaussianBlur(alpha, (0, 0), 6)
        glow = np.clip(d / rad, 0, 1)
        alpha = cv2.resize(alpha, (W, H_), interpolation=cv2.INTER_LINEAR)[..., None]
        glow = cv2.resize(glow, (W, H_), interpolation=cv2.INTER_LINEAR)[..., None]
        # flesh lit from behind: dark red in the middle, brighter and more skin-coloured at the rim
        col = skin * (0.25 + 0.55 * glow) * np.float32([1.0, 0.6, 0.5]) + np.float32([40, 8, 4]) * glow
        frame *= 1 - alpha
        frame += col * alpha
        return
    side = r.choice(["left", "right", "bottom"])
    t = r.uniform(0.3, 0.7)
    depth = 0.035 if strength == "weak" else r.uniform(0.20, 0.26)
    if side == "left":
        edge, inward = (0.0, t * ph), (1.0, 0.0)
    elif side == "right":
        edge, inward = (pw, t * ph), (-1.0, 0.0)
    else:
        edge, inward = (t * pw, ph), (0.0, -1.0)
    tilt = r.uniform(-0.35, 0.35)
    ix, iy = inward[0] - tilt * inward[1], inward[1] + tilt * inward[0]
    tip = _page_point(M, edge[0] + ix * depth * pw, edge[1] + iy * depth * pw)
    far = _page_point(M, edge[0] - ix * 1.5 * pw, edge[1] - iy * 1.5 * pw)
    page_px = math.dist(_page_point(M, 0, 0), _page_point(M, pw, 0))
    rad = page_px * r.uniform(0.055, 0.065)
    # distance to the thumb's axis segment (tip -> far), on a quarter-size grid
    s = 2
    hs, ws = H_ // s, W // s
    yy, xx = np.mgrid[0:hs, 0:ws].astype(np.float32)
    ax, ay = tip[0] / s, tip[1] / s
    bx, by = far[0] / s, far[1] / s
    vx, vy = bx - ax, by - ay
    L2 = vx * vx + vy * vy
    tpar = np.clip(((xx - ax) * vx + (yy - ay) * vy) / L2, 0, 1)
    px, py = ax + tpar * vx, ay + tpar * vy
    d = np.sqrt((xx - px) ** 2 + (yy - py) ** 2) / (rad / s)
    # the thumb widens a little away from the tip
    d = d / (1 + 0.35 * np.clip(tpar * math.sqrt(L2) / (4 * rad / s), 0, 1))
    alpha = np.clip((1.0 - d) * 6, 0, 1)
    shade = 1.0 - 0.45 * np.clip(d, 0, 1) ** 2
    along = np.clip(tpar * math.sqrt(L2) / (rad / s), 0, 20)
    # the nail: an ellipse behind the tip, on the axis
    nx, ny = ax + vx / math.sqrt(L2) * rad * 0.75 / s, ay + vy / math.sqrt(L2) * rad * 0.75 / s
    cu = ((xx - nx) * vx + (yy - ny) * vy) / math.sqrt(L2) / (rad * 0.62 / s)
    cv_ = (-(xx - nx) * vy + (yy - ny) * vx) / math.sqrt(L2) / (rad * 0.55 / s)
    nail = np.clip((1.0 - (cu ** 2 + cv_ ** 2)) * 5, 0, 1) * alpha
    del along
    shadow = cv2.GaussianBlur(np.roll(alpha, (int(rad * 0.5 / s), int(rad * 0.35 / s)), axis=(0, 1)), (0, 0), rad * 0.5 / s)
    tex = NR("skin", key).standard_normal((hs, ws)).astype(np.float32)
    tex = cv2.GaussianBlur(tex, (0, 0), 2) * 0.04
    up = lambda a: cv2.resize(a.astype(np.float32), (W, H_), interpolation=cv2.INTER_LINEAR)  # noqa: E731
    alpha, shade, nail, shadow, tex = up(alpha), up(shade), up(nail), up(shadow), up(tex)
    col = skin[None, None, :] * (shade * (1 + tex))[..., None]
    nail_col = np.float32([238, 200, 196]) * (0.85 + 0.15 * shade)[..., None]
    col = col * (1 - 0.8 * nail[..., None]) + nail_col * (0.8 * nail[..., None])
    frame *= (1 - 0.45 * shadow)[..., None]
    # the finger is nearer than the page: out of the focus plane, so its edge is soft
    a3 = cv2.GaussianBlur(alpha, (0, 0), 3.0)[..., None]
    col = cv2.GaussianBlur(col, (0, 0), 2.0)
    frame *= 1 - a3
    frame += col * a3


def disc_blur(frame: np.ndarray, radius: float) -> np.ndarray:
    """Defocus: the image of a point is a disc (not a Gaussian, not a line as in motion blur)."""
    n = int(math.ceil(radius)) * 2 + 3
    yy, xx = np.mgrid[0:n, 0:n].astype(np.float32) - n // 2
    k = np.clip(radius + 0.5 - np.sqrt(xx ** 2 + yy ** 2), 0, 1)
    k /= k.sum()
    lin = (np.clip(frame, 0, 255) / 255.0) ** 2.2    # blur in linear light (bright areas bloom)
    lin = cv2.filter2D(lin, -1, k, borderType=cv2.BORDER_REFLECT)
    return (np.clip(lin, 0, 1) ** (1 / 2.2)) * 255.0


def underexpose(frame: np.ndarray, key: str, strength: str) -> np.ndarray:
    """Too little light: few photons per pixel (shot noise, colour noise, read noise), a phone's
    partial gain that still leaves the picture dark, and its noise reduction smearing fine detail."""
    bright, photons = {"weak": (0.45, 60.0), "medium": (0.25, 12.0), "strong": (0.13, 4.0)}[strength]
    rng = NR("dark", key, strength)
    lin = (np.clip(frame, 0, 255) / 255.0) ** 2.2
    sig = rng.poisson(lin * photons).astype(np.float32) + rng.standard_normal(lin.shape).astype(np.float32) * 1.6
    lin = np.clip(sig / photons, 0, None) * bright ** 2.2
    out = (np.clip(lin, 0, 1) ** (1 / 2.2)) * 255.0
    out = cv2.GaussianBlur(out, (0, 0), 0.9)            # noise reduction
    return out.astype(np.float32)


def screen_scene(page: np.ndarray, key: str, strength: str) -> np.ndarray:
    """A photo of the page shown on a monitor: the screen's RGB sub-pixel grid sampled by the
    camera's sensor (aliasing = moire bands), blue-white screen glow, brightness falling off
    towards the screen's edges, a faint room reflection, a dark bezel and room around it."""
    r = R("screen", key, strength)
    W, H_ = _frame_size(page)
    # page height in screen pixels; sub-pixel contrast (bleed: light into the other sub-pixels,
    # gap: the dark row between pixel rows)
    h_s, bleed, gap = {"weak": (1800, 0.35, 0.70), "medium": (1300, 0.18, 0.50), "strong": (900, 0.08, 0.35)}[strength]
    ph, pw = page.shape[:2]
    w_s = round(pw * h_s / ph)
    content = cv2.resize(page, (w_s, h_s), interpolation=cv2.INTER_AREA).astype(np.float32)
    mx, my = int(w_s * 0.08), int(h_s * 0.05)
    canvas = np.full((h_s + 2 * my + 40, w_s + 2 * mx, 3), 72.0, np.float32)   # viewer's grey around the page
    canvas[:40] = 38.0                                                          # its tool bar
    canvas[40 + my:40 + my + h_s, mx:mx + w_s] = content
    canvas *= np.float32([0.90, 0.95, 1.0])                                     # cold screen white
    ch_, cw_ = canvas.shape[:2]
    k = 3
    fill = r.uniform(0.90, 0.96)
    scale = min(W * fill / (cw_ * k), H_ * fill / (ch_ * k))
    cx, cy = W / 2 + r.uniform(-0.02, 0.02) * W, H_ / 2 + r.uniform(-0.02, 0.02) * H_
    ang = math.radians(r.uniform(1.0, 4.0) * r.choice([-1, 1]))
    pts = []
    for sx, sy in [(-1, -1), (1, -1), (1, 1), (-1, 1)]:
        x, y = sx * cw_ * k * scale / 2, sy * ch_ * k * scale / 2
        x, y = x * math.cos(ang) - y * math.sin(ang), x * math.sin(ang) + y * math.cos(ang)
        pts.append([cx + x + r.uniform(-0.015, 0.015) * W, cy + y + r.uniform(-0.015, 0.015) * H_])
    src = np.float32([[0, 0], [cw_ * k, 0], [cw_ * k, ch_ * k], [0, ch_ * k]])
    Mx = cv2.getPerspectiveTransform(src, np.float32(pts))
    frame = np.empty((H_, W, 3), np.float32)
    rows = np.ones(k, np.float32)
    rows[-1] = gap
    for c in range(3):
        cols = np.full(k, bleed, np.float32)
        cols[c] = 1.0
        tile = np.outer(rows, cols) / (np.outer(rows, cols).mean() * 3)   # keeps the mean brightness
        up = np.repeat(np.repeat(canvas[..., c], k, axis=0), k, axis=1)
        up *= np.tile(tile, (ch_, cw_)) * 3
        # no optical low-pass filter on a phone: the sensor samples the grid directly -> aliasing
        frame[..., c] = cv2.warpPerspective(up, Mx, (W, H_), flags=cv2.INTER_LINEAR, borderValue=0)
    mask = cv2.warpPerspective(np.full((ch_, cw_), 1.0, np.float32), cv2.getPerspectiveTransform(
        np.float32([[0, 0], [cw_, 0], [cw_, ch_], [0, ch_]]), np.float32(pts)), (W, H_), flags=cv2.INTER_LINEAR)
    # viewing-angle fall-off and refresh banding
    sc = scene_for(key)
    falloff = _smooth_field(W, H_, sc) ** 2
    yy = np.arange(H_, dtype=np.float32)[:, None]
    band_amp = {"weak": 0.02, "medium": 0.05, "strong": 0.09}[strength]
    bands = 1 + band_amp * np.sin(yy / H_ * 2 * math.pi * r.uniform(3, 7) + r.uniform(0, 6))
    frame *= (falloff * bands)[..., None] * r.uniform(1.0, 1.1)
    # glow: light spreading around bright screen areas, and the room reflected in the glass
    small = cv2.resize(frame, (W // 8, H_ // 8), interpolation=cv2.INTER_AREA)
    glow = cv2.resize(cv2.GaussianBlur(small, (0, 0), 6), (W, H_), interpolation=cv2.INTER_LINEAR)
    frame += glow * 0.10
    xx = np.arange(W, dtype=np.float32)[None, :]
    refl = np.clip(1 - np.abs((xx / W - r.uniform(0.2, 0.8)) * 3 + (yy / H_ - 0.5)), 0, 1) * r.uniform(10, 22)
    frame += (refl * mask)[..., None]
    bezel = np.float32([22, 22, 24])
    room = np.float32([48, 44, 40]) * r.uniform(0.8, 1.2)
    m_bezel = cv2.dilate(mask, np.ones((int(W * 0.035), int(W * 0.035)), np.uint8))
    outside = (room * (1 - m_bezel)[..., None] + bezel * (m_bezel - mask)[..., None])
    frame += outside
    if strength == "strong":
        frame = disc_blur(frame, 1.5)    # focus hunting on a screen
    return frame


def finish(frame: np.ndarray, key: str, sc: Scene, noise: bool = True) -> Image.Image:
    """Lens blur, sensor noise, 8 bits."""
    frame = cv2.GaussianBlur(frame, (0, 0), sc.blur)
    if noise:
        n = NR("noise", key).standard_normal(frame.shape[:2]).astype(np.float32) * sc.noise
        frame += n[..., None]
    return Image.fromarray(np.clip(frame + 0.5, 0, 255).astype(np.uint8))


def capture(page: np.ndarray, base_id: str, fault: str, strength: str, render) -> tuple[bytes, str]:
    """One phone capture of the page; returns (JPEG bytes, a short description of what was done)."""
    key = f"{base_id}|{fault}|{strength}"
    sc = scene_for(base_id)
    ph, pw = page.shape[:2]
    desc = [fault if fault == "none" else f"{fault}-{strength}"]
    quality = sc.quality
    if fault == "moire":
        frame = screen_scene(page, key, strength)
        img = finish(frame, key, sc)
    else:
        cut = None
        if fault == "cut_off":
            side = R("cut", key).choice(["top", "bottom", "left", "right"])
            f = {"weak": 0.03, "medium": 0.18, "strong": 0.36}[strength]
            cut = (side, f)
            desc.append(f"{side}{f:.2f}")
        frame, M, _m = paper_scene(page, base_id, render, cut)
        # the page was scaled before the warp: homography from the *scaled* page; recover page size
        scale = min(_frame_size(page)[0] * sc.fill / pw, _frame_size(page)[1] * sc.fill / ph)
        page_wh = (round(pw * scale), round(ph * scale))
        if fault == "glare":
            add_glare(frame, M, page_wh, key, strength)
        frame = cv2.GaussianBlur(frame, (0, 0), sc.blur)
        if fault == "out_of_focus":
            rad = {"weak": 1.2, "medium": 2.3, "strong": 4.5}[strength]
            frame = disc_blur(frame, rad)
            desc.append(f"disc{rad}")
        if fault == "obstruction":
            add_finger(frame, M, page_wh, key, strength)
        if fault == "dark":
            frame = underexpose(frame, key, strength)
            img = Image.fromarray(np.clip(frame + 0.5, 0, 255).astype(np.uint8))
            quality = min(quality, 85)
        else:
            n = NR("noise", key).standard_normal(frame.shape[:2]).astype(np.float32) * sc.noise
            frame += n[..., None]
            img = Image.fromarray(np.clip(frame + 0.5, 0, 255).astype(np.uint8))
    if fault == "low_resolution":
        long_side = {"weak": 1700, "medium": 1150, "strong": 760}[strength]
        w, h = img.size
        f = long_side / max(w, h)
        small = img.resize((round(w * f), round(h * f)), Image.Resampling.BILINEAR)
        if R("upscale", key).random() < 0.5:     # a small capture enlarged again (zoom, an app's "enhance")
            img = small.resize((w, h), Image.Resampling.BICUBIC)
            desc.append(f"{long_side}px-upscaled")
        else:
            img = small
            desc.append(f"{long_side}px")
        quality = min(quality, 80)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=False, progressive=False, subsampling=2)
    desc.append(f"jpeg{quality}")
    return buf.getvalue(), ",".join(desc)


# ----------------------------------------------------------------------------------------- names


def phone_name(key: str, used: set[str]) -> str:
    """A neutral name as phones write them; never the fault or the document type."""
    r = R("name", key)
    t = datetime(2026, 10, 1, 8, 0, 0) + timedelta(days=r.randint(0, 60), seconds=r.randint(0, 13 * 3600))
    pats = [f"IMG_{t:%Y%m%d_%H%M%S}.jpg", f"IMG_{t:%Y%m%d_%H%M%S}.jpg", f"PXL_{t:%Y%m%d_%H%M%S}{r.randint(100, 999)}.jpg",
            f"{t:%Y%m%d_%H%M%S}.jpg"]
    name = r.choice(pats)
    while name.lower() in used:
        t += timedelta(seconds=1)
        name = f"IMG_{t:%Y%m%d_%H%M%S}.jpg"
    used.add(name.lower())
    return name


# ----------------------------------------------------------------------------------------- work


def _work(args: tuple) -> list[dict]:
    """All captures of one base (and their OCR): one task per base, so the page is rendered once."""
    b, items, out, do_ocr = args
    _ind, render = _load_independent() if "render" not in sys.modules else (None, sys.modules["render"])
    page, dpi, truth = base_page(b, render)
    rows = []
    clean_recall = None
    lang = tess_lang(b.language)
    if do_ocr:
        with tempfile.TemporaryDirectory() as td:
            p = Path(td) / "clean.png"
            Image.fromarray(page).save(p, dpi=(dpi, dpi), compress_level=1)
            clean_recall = recall(truth, words(ocr(p, lang)))
    for fault, strength, rel in items:
        data, desc = capture(page, b.base_id, fault, strength, render)
        path = Path(out) / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        rec = recall(truth, words(ocr(path, lang))) if do_ocr else None
        rows.append({"path": rel, "base": b.base_id, "fault": fault, "strength": strength, "split": b.split,
                     "recall": rec, "sha256": hashlib.sha256(data).hexdigest(), "desc": desc,
                     "clean_recall": clean_recall, "words": sum(truth.values()), "dpi": dpi})
    return rows


LABEL_HEADER = """# Capture-fault corpus: phone photos of clean SPECIMEN pages, with one capture fault each (or none).
# Written without seeing docscan's quality code; regenerate with generate.py (media byte-identical, see SHA256SUMS).
# Truth measured with {tess}, language(s) of the document, --psm 3, tessedit_do_invert=0, on the JPEG as written.
# path: the image, relative to sample_docs/capture/ (files/ is git-ignored; regenerate)
# base: the clean page it was photographed from (an independent-corpus document id, model--language--index)
# fault: glare | cut_off | obstruction | moire | out_of_focus | dark | low_resolution | none (the base's clean control)
# strength: weak | medium | strong (none for the control); the strength of the physical fault, not its effect on the text
# hides_text: 1 when word_recall is >= 0.10 (10 points) below the control's recall: the fault made words unreadable
#   that the clean control reads. Control rows: 0 (they are the reference; bases.csv compares them with the raster)
# word_recall: share of the words written on the page (text layer; case, accents, punctuation normalised;
#   words of >= 3 letters, with multiplicity) that Tesseract finds in the image, 3 decimals
# legible: 1 when word_recall >= 0.8 x the control's recall (0.8: the bar of sample_docs/check_legibility.py);
#   control rows: 1
# split: dev | test, by base (every capture of a base is in the same split)
"""
COLUMNS = ["path", "base", "fault", "strength", "hides_text", "word_recall", "legible", "split"]


def truth_labels(rows: list[dict]) -> None:
    control = {r["base"]: r["recall"] for r in rows if r["fault"] == "none"}
    for r in rows:
        if r["fault"] == "none":   # the control is the reference itself (see bases.csv for it against the raster)
            r["hides_text"], r["legible"] = 0, 1
            continue
        ref = control[r["base"]]
        r["hides_text"] = int(ref - r["recall"] >= HIDES_TEXT_DROP - 1e-9)
        r["legible"] = int(r["recall"] >= LEGIBLE_RATIO * ref - 1e-9)


def write_labels(path: Path, rows: list[dict], tess: str) -> None:
    with open(path, "w", newline="") as f:
        f.write(LABEL_HEADER.format(tess=tess))
        w = csv.writer(f, lineterminator="\n")
        w.writerow(COLUMNS)
        for r in sorted(rows, key=lambda r: r["path"]):
            w.writerow([r["path"], r["base"], r["fault"], r["strength"], r["hides_text"], f"{r['recall']:.3f}",
                        r["legible"], r["split"]])


def read_labels(path: Path) -> list[dict]:
    if not path.exists():
        return []
    lines = [ln for ln in path.read_text().splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines))


def choose_subset(items: list[tuple[Base, str, str, str]]) -> set[str]:
    """~40 images for a CI gate: 2 dev and 2 test bases with all their captures (every fault, all
    strengths between them), plus one more capture per fault x strength missing from those."""
    bases = sorted({b.base_id: b for b, *_ in items}.values(), key=lambda b: H("subset", b.base_id))
    pick = [b for b in bases if b.split == "dev"][:2] + [b for b in bases if b.split == "test"][:2]
    ids = {b.base_id for b in pick}
    chosen = {rel for b, _f, _s, rel in items if b.base_id in ids}
    have = {(f, s) for b, f, s, rel in items if b.base_id in ids}
    for _b, f, s, rel in sorted(items, key=lambda it: H("subset2", it[3])):
        if (f, s) not in have:
            have.add((f, s))
            chosen.add(rel)
    return chosen


def contact_sheet(out: Path, rows: list[dict], dest: Path) -> None:
    """One capture per fault (the strong one of a dev base, and the control), small, with captions."""
    from PIL import ImageDraw, ImageFont  # noqa: PLC0415
    picks = []
    dev = [r for r in rows if r["split"] == "dev"]
    for fault in ["none"] + FAULTS:
        want = "none" if fault == "none" else "strong"
        cands = sorted([r for r in dev if r["fault"] == fault and r["strength"] == want], key=lambda r: r["path"])
        cands = [r for r in cands if "passport" not in r["base"] and "permit" not in r["base"]] or cands
        if cands:
            picks.append(cands[0])
    tw, th = 360, 480
    cols = 4
    sheet = Image.new("RGB", (cols * tw, math.ceil(len(picks) / cols) * (th + 34)), (255, 255, 255))
    d = ImageDraw.Draw(sheet)
    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf", 17)
    except OSError:
        font = ImageFont.load_default()
    for i, r in enumerate(picks):
        with Image.open(out / r["path"]) as im:
            im = im.convert("RGB")
            im.thumbnail((tw - 8, th - 8), Image.Resampling.LANCZOS)
            x, y = (i % cols) * tw, (i // cols) * (th + 34)
            sheet.paste(im, (x + (tw - im.width) // 2, y + 4))
        rec = f", recall {float(r['recall']):.2f}" if r.get("recall") is not None else ""
        d.text((x + 8, y + th + 6), f"{r['fault']} / {r['strength']}{rec}", fill=(0, 0, 0), font=font)
    sheet.save(dest, "JPEG", quality=70, optimize=False, progressive=False)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(HERE))
    ap.add_argument("--subset", action="store_true", help="only the CI subset's media (no OCR)")
    ap.add_argument("--media-only", action="store_true", help="all media, no OCR; check against SHA256SUMS")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--verbose", action="store_true", help="print every image's description")
    ap.add_argument("--limit-bases", type=int, default=0, help="(development) only the first N bases")
    args = ap.parse_args()
    t0 = time.time()
    out = Path(args.out)
    ind, _render = _load_independent()
    bases = choose_bases(ind)
    if args.limit_bases:
        bases = bases[:args.limit_bases]
    used: set[str] = set()
    items = [(b, f, s, "files/" + phone_name(f"{b.base_id}|{f}|{s}", used)) for b, f, s in plan(bases)]
    subset = choose_subset(items)
    todo = [it for it in items if it[3] in subset or not args.subset]
    do_ocr = not (args.subset or args.media_only)
    tasks: dict[str, list] = {}
    base_of = {}
    for b, f, s, rel in todo:
        tasks.setdefault(b.base_id, []).append((f, s, rel))
        base_of[b.base_id] = b
    work = [(base_of[k], v, str(out), do_ocr) for k, v in tasks.items()]
    work.sort(key=lambda w: -len(w[1]))
    rows: list[dict] = []
    if args.jobs > 1 and len(work) > 1:
        import multiprocessing as mp  # noqa: PLC0415
        with mp.get_context("fork").Pool(args.jobs) as pool:
            for res in pool.imap_unordered(_work, work):
                rows += res
                print(f"  {res[0]['base']}: {len(res)} captures, {time.time() - t0:.0f} s", file=sys.stderr)
    else:
        for w in work:
            res = _work(w)
            rows += res
            print(f"  {res[0]['base']}: {len(res)} captures, {time.time() - t0:.0f} s", file=sys.stderr)
    sums_path = out / "SHA256SUMS"
    if do_ocr:
        truth_labels(rows)
        tess = tesseract_version()
        write_labels(out / "labels.csv", rows, tess)
        write_labels(out / "labels-subset.csv", [r for r in rows if r["path"] in subset], tess)
        with open(sums_path, "w") as f:
            for r in sorted(rows, key=lambda r: r["path"]):
                f.write(f"{r['sha256']}  {r['path']}\n")
        with open(out / "bases.csv", "w", newline="") as f:
            f.write("# One row per base page: its type and language, raster dpi, words written on it (>= 3 letters),\n"
                    "# Tesseract recall on the clean raster and on the clean phone control, split.\n")
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["base", "doc_type", "language", "page_size", "dpi", "words", "clean_recall", "control_recall", "split"])
            ctrl = {r["base"]: r for r in rows if r["fault"] == "none"}
            for b in sorted(bases, key=lambda b: b.base_id):
                c = ctrl[b.base_id]
                w.writerow([b.base_id, b.doc_type, b.language, b.page_size, c["dpi"], c["words"],
                            f"{c['clean_recall']:.3f}", f"{c['recall']:.3f}", b.split])
        contact_sheet(out, rows, out / "contact-sheet.jpg")
        summary(rows)
    else:
        known = {}
        ref = HERE / "SHA256SUMS"   # the committed reference, whatever --out is
        if ref.exists():
            for ln in ref.read_text().splitlines():
                sha, _, rel = ln.partition("  ")
                known[rel] = sha
        bad = [r["path"] for r in rows if r["path"] in known and known[r["path"]] != r["sha256"]]
        missing = [r["path"] for r in rows if r["path"] not in known]
        if args.verbose:
            for r in sorted(rows, key=lambda r: (r["base"], FAULTS.index(r["fault"]) if r["fault"] in FAULTS else -1)):
                print(f"{r['path']}  {r['desc']}", file=sys.stderr)
        print(f"{len(rows)} images; {len(bad)} differ from SHA256SUMS, {len(missing)} not listed", file=sys.stderr)
        if bad:
            print("differ: " + ", ".join(bad[:10]), file=sys.stderr)
            return 1
    print(f"{len(rows)} images from {len(tasks)} bases in {time.time() - t0:.0f} s", file=sys.stderr)
    return 0


def summary(rows: list[dict]) -> None:
    by: dict[tuple, list] = {}
    for r in rows:
        by.setdefault((r["fault"], r["strength"], r["split"]), []).append(r)
    print(f"{'fault':<16}{'strength':<9}{'split':<6}{'n':>4}{'hides':>7}{'legible':>9}{'recall':>8}")
    for k in sorted(by):
        rs = by[k]
        print(f"{k[0]:<16}{k[1]:<9}{k[2]:<6}{len(rs):>4}{sum(r['hides_text'] for r in rs):>7}"
              f"{sum(r['legible'] for r in rs):>9}{sum(r['recall'] for r in rs) / len(rs):>8.3f}")


if __name__ == "__main__":
    sys.exit(main())
