"""Turn a `DocSpec` into media: a born-digital PDF, an image-only scanned PDF, a flatbed scan or a
phone photo.

One layout engine (reportlab canvas) draws every page; the image media rasterise that PDF with
pypdfium2 and then degrade it like a scanner or a phone camera would. Everything is seeded, so
the same spec and seed give byte-identical files.

The look of a document (fonts, accent colour, logo shape, field style) is chosen from a hash of
its model name, so one issuer always looks the same and different issuers look different.
Fonts are deliberately not DejaVu/Liberation (docscan's own generators use those).
"""

from __future__ import annotations

import hashlib
import io
import math
import random
from dataclasses import dataclass
from functools import lru_cache

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from spec import Block, DocSpec

MM = 72.0 / 25.4
PAGE_SIZES = {
    "A4": (595.28, 841.89),
    "ID3": (125 * MM, 88 * MM),      # passport data page
    "ID1": (85.6 * MM, 54.0 * MM),   # residence card
    "PHONE": (300.0, 620.0),         # a bank app screen saved as PDF / screenshot
    "SLIP": (595.28, 430.0),         # a paper transfer slip
}

# ----------------------------------------------------------------------------------------- fonts

_TTF = {
    "carlito": ("/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
                "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
                "/usr/share/fonts/truetype/crosextra/Carlito-Italic.ttf"),
    "caladea": ("/usr/share/fonts/truetype/crosextra/Caladea-Regular.ttf",
                "/usr/share/fonts/truetype/crosextra/Caladea-Bold.ttf",
                "/usr/share/fonts/truetype/crosextra/Caladea-Italic.ttf"),
    "freesans": ("/usr/share/fonts/truetype/freefont/FreeSans.ttf",
                 "/usr/share/fonts/truetype/freefont/FreeSansBold.ttf",
                 "/usr/share/fonts/truetype/freefont/FreeSansOblique.ttf"),
    "freeserif": ("/usr/share/fonts/truetype/freefont/FreeSerif.ttf",
                  "/usr/share/fonts/truetype/freefont/FreeSerifBold.ttf",
                  "/usr/share/fonts/truetype/freefont/FreeSerifItalic.ttf"),
    "freemono": ("/usr/share/fonts/truetype/freefont/FreeMono.ttf",
                 "/usr/share/fonts/truetype/freefont/FreeMonoBold.ttf",
                 "/usr/share/fonts/truetype/freefont/FreeMonoOblique.ttf"),
    # corpus D: Han and Japanese (Debian package fonts-wqy-zenhei); appended, so list(_TTF)[:4] is unchanged
    "wqy": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",) * 3,
}
_T1_AFM = "/usr/share/fonts/type1/urw-base35/"
_T1_PFB = "/usr/share/fonts/X11/Type1/"
_T1 = {
    "nimbussans": ("NimbusSans-Regular", "NimbusSans-Bold", "NimbusSans-Italic"),
    "urwgothic": ("URWGothic-Book", "URWGothic-Demi", "URWGothic-BookOblique"),
    "bookman": ("URWBookman-Light", "URWBookman-Demi", "URWBookman-LightItalic"),
    "c059": ("C059-Roman", "C059-Bold", "C059-Italic"),
    "p052": ("P052-Roman", "P052-Bold", "P052-Italic"),
    "narrow": ("NimbusSansNarrow-Regular", "NimbusSansNarrow-Bold", "NimbusSansNarrow-Oblique"),
}
OCRB = "/usr/share/fonts/opentype/ocr-b/OCRB.otf"
SCRIPT_FONT = "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf"


@lru_cache(maxsize=None)
def _register(family: str) -> tuple[str, str, str]:
    """Register a family with reportlab once; return (regular, bold, italic) font names."""
    names = []
    if family in _TTF:
        for i, path in enumerate(_TTF[family]):
            name = f"{family}-{i}"
            pdfmetrics.registerFont(TTFont(name, path))
            names.append(name)
    else:
        for face in _T1[family]:
            f = pdfmetrics.EmbeddedType1Face(_T1_AFM + face + ".afm", _T1_PFB + face + ".pfb")
            pdfmetrics.registerTypeFace(f)
            pdfmetrics.registerFont(pdfmetrics.Font(face, f.name, "WinAnsiEncoding"))
            names.append(face)
    return names[0], names[1], names[2]


def _cp1252_ok(spec: DocSpec) -> bool:
    for page in spec.pages:
        for b in page:
            for s in (b.text, *[c for r in b.rows for c in r]):
                try:
                    s.encode("cp1252")
                except UnicodeEncodeError:
                    return False
    return True


# ----------------------------------------------------------------------------------------- style

ACCENTS = [(0.05, 0.20, 0.45), (0.55, 0.08, 0.10), (0.05, 0.35, 0.25), (0.15, 0.15, 0.15),
           (0.35, 0.10, 0.45), (0.00, 0.35, 0.55), (0.60, 0.35, 0.00), (0.10, 0.25, 0.60)]
STAMP_INKS = [(0.15, 0.25, 0.65), (0.45, 0.15, 0.55), (0.70, 0.12, 0.12), (0.10, 0.40, 0.30)]


@dataclass(frozen=True)
class Style:
    family: str
    accent: tuple[float, float, float]
    logo: str            # circle | shield | bars | square | triangle | none
    field_style: str     # colon | boxed | dotted | table
    heading_style: str   # rule | band | plain
    base_size: float
    ink: tuple[float, float, float]


def _h(s: str) -> int:
    return int(hashlib.sha256(s.encode()).hexdigest()[:12], 16)


def style_for(spec: DocSpec) -> Style:
    r = random.Random(_h(spec.model))
    latin = _cp1252_ok(spec)
    families = list(_TTF)[:4] + (list(_T1) if latin else [])
    family = spec.font if getattr(spec, "font", "") else r.choice(families)
    if family in _T1 and not latin:
        family = "freesans"
    return Style(
        family=family,
        accent=r.choice(ACCENTS),
        logo=r.choice(["circle", "shield", "bars", "square", "triangle", "none"]),
        field_style=r.choice(["colon", "boxed", "dotted", "table"]),
        heading_style=r.choice(["rule", "band", "plain"]),
        base_size=r.choice([8.8, 9.2, 9.6, 10.0]),
        ink=r.choice(STAMP_INKS),
    )


# ----------------------------------------------------------------------------------------- layout


@lru_cache(maxsize=64)
def _mrz_png(lines: tuple[str, ...], px_per_char: int = 24) -> bytes:
    """OCR-B lines drawn by Pillow (reportlab cannot embed the CFF OCR-B font)."""
    font = ImageFont.truetype(OCRB, int(px_per_char * 1.65))
    n = max(len(x) for x in lines)
    w = int(n * px_per_char + 20)
    lh = int(px_per_char * 2.0)
    img = Image.new("L", (w, lh * len(lines) + 10), 255)
    d = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        for j, ch in enumerate(line):
            d.text((10 + j * px_per_char, 5 + i * lh), ch, font=font, fill=0)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def _scribble(c: canvas.Canvas, x: float, y: float, w: float, seed: int, ink) -> None:
    r = random.Random(seed)
    c.saveState()
    c.setStrokeColor(Color(*ink))
    c.setLineWidth(0.9)
    p = c.beginPath()
    p.moveTo(x, y + r.uniform(2, 8))
    cx = x
    for _ in range(r.randint(4, 7)):
        nx = cx + w / 6
        p.curveTo(cx + r.uniform(0, w / 8), y + r.uniform(10, 22), nx - r.uniform(0, w / 8),
                  y + r.uniform(-6, 4), nx, y + r.uniform(0, 12))
        cx = nx
    c.drawPath(p, stroke=1, fill=0)
    c.line(x + w * 0.1, y - 2, x + w * 0.8, y + 3)
    c.restoreState()


def _logo(c: canvas.Canvas, st: Style, x: float, y: float, s: float) -> None:
    c.saveState()
    c.setFillColor(Color(*st.accent))
    c.setStrokeColor(Color(*st.accent))
    if st.logo == "circle":
        c.circle(x + s / 2, y + s / 2, s / 2, fill=1, stroke=0)
        c.setFillColor(Color(1, 1, 1))
        c.circle(x + s / 2, y + s / 2, s / 4, fill=1, stroke=0)
    elif st.logo == "shield":
        p = c.beginPath()
        p.moveTo(x, y + s)
        p.lineTo(x + s, y + s)
        p.lineTo(x + s, y + s * 0.4)
        p.curveTo(x + s, y + s * 0.1, x + s / 2, y, x + s / 2, y)
        p.curveTo(x + s / 2, y, x, y + s * 0.1, x, y + s * 0.4)
        p.close()
        c.drawPath(p, fill=1, stroke=0)
        c.setFillColor(Color(1, 0.85, 0.2))
        c.rect(x + s * 0.42, y + s * 0.25, s * 0.16, s * 0.6, fill=1, stroke=0)
    elif st.logo == "bars":
        for i in range(4):
            c.rect(x + i * s / 4, y, s / 6, s * (0.4 + 0.2 * i), fill=1, stroke=0)
    elif st.logo == "square":
        c.rect(x, y, s, s, fill=1, stroke=0)
        c.setFillColor(Color(1, 1, 1))
        c.rect(x + s * 0.2, y + s * 0.2, s * 0.6, s * 0.25, fill=1, stroke=0)
    elif st.logo == "triangle":
        p = c.beginPath()
        p.moveTo(x, y)
        p.lineTo(x + s, y)
        p.lineTo(x + s / 2, y + s)
        p.close()
        c.drawPath(p, fill=1, stroke=0)
    c.restoreState()


class _Layout:
    """A tiny flow layout over a reportlab canvas."""

    def __init__(self, c: canvas.Canvas, spec: DocSpec, st: Style, size: tuple[float, float]):
        self.c, self.spec, self.st = c, spec, st
        self.W, self.H = size
        self.small = spec.page_size in ("ID1", "ID3")
        self.margin = 14 if self.small else (20 if spec.page_size == "PHONE" else 48)
        self.fs = 5.6 if self.small else (st.base_size + 0.8 if spec.page_size == "PHONE" else st.base_size)
        self.right_inset = 0.0
        self.reg, self.bold, self.ital = _register(st.family)
        self.page_no = 0
        self.y = 0.0
        self.left = self.margin
        self.indent_until = None  # (y_limit, x) for text beside a photo
        self.footer_text = ""
        self.total_pages = 0

    # -- pages
    def new_page(self) -> None:
        if self.page_no:
            self._finish_page()
            self.c.showPage()
        self.page_no += 1
        self.c.setPageSize((self.W, self.H))
        if self.spec.page_size in ("ID1", "ID3"):
            self._card_background()
        self._watermark()
        self.y = self.H - self.margin - (4 if self.small else 8)
        self.indent_until = None

    def _card_background(self) -> None:
        c, st = self.c, self.st
        c.saveState()
        a = st.accent
        c.setFillColor(Color(1 - (1 - a[0]) * 0.10, 1 - (1 - a[1]) * 0.10, 1 - (1 - a[2]) * 0.10))
        c.setStrokeColor(Color(*a))
        c.roundRect(2, 2, self.W - 4, self.H - 4, 8, fill=1, stroke=1)
        c.setStrokeColor(Color(a[0], a[1], a[2], alpha=0.25))
        c.setLineWidth(0.3)
        for i in range(0, int(self.W), 9):   # guilloche-like waves
            p = c.beginPath()
            p.moveTo(i, 4)
            p.curveTo(i + 30, self.H * 0.3, i - 30, self.H * 0.7, i + 10, self.H - 4)
            c.drawPath(p, stroke=1, fill=0)
        c.restoreState()

    def _watermark(self) -> None:
        c = self.c
        c.saveState()
        c.setFillColor(Color(0.55, 0.55, 0.55, alpha=0.12))
        c.translate(self.W / 2, self.H / 2)
        c.rotate(math.degrees(math.atan2(self.H, self.W)) * 0.8)
        size = min(self.W, self.H) / 5.5
        c.setFont(self.bold, size)
        c.drawCentredString(0, -size / 3, "SPECIMEN")
        c.restoreState()
        c.saveState()
        c.setFillColor(Color(0.45, 0.45, 0.45))
        c.setFont(self.reg, 4.5 if self.small else 6.5)
        c.drawRightString(self.W - self.margin, self.H - (7 if self.small else 20), "SPECIMEN")
        c.restoreState()

    def _finish_page(self) -> None:
        c = self.c
        if self.footer_text:
            c.saveState()
            c.setFont(self.reg, self.fs * 0.75)
            c.setFillColor(Color(0.3, 0.3, 0.3))
            lines = simpleSplit(self.footer_text, self.reg, self.fs * 0.75, self.W - 2 * self.margin)
            yy = self.margin * 0.55 + len(lines) * self.fs * 0.9
            c.setStrokeColor(Color(*self.st.accent))
            c.setLineWidth(0.4)
            c.line(self.margin, yy + 4, self.W - self.margin, yy + 4)
            for ln in lines:
                c.drawString(self.margin, yy - self.fs * 0.5, ln)
                yy -= self.fs * 0.9
            c.restoreState()
        if not self.small and self.spec.page_size == "A4":
            c.saveState()
            c.setFont(self.reg, 7)
            c.drawRightString(self.W - self.margin, 16, f"{self.page_no}/{self.total_pages}")
            c.restoreState()

    def need(self, h: float) -> None:
        bottom = self.margin + (30 if self.footer_text and not self.small else 0)
        if self.y - h < bottom and not self.small:
            self.new_page()

    @property
    def x0(self) -> float:
        if self.indent_until and self.y > self.indent_until[0]:
            return self.indent_until[1]
        return self.margin

    @property
    def width(self) -> float:
        return self.W - self.margin - self.x0

    # -- text helpers
    def text_lines(self, text: str, font: str, size: float, align: str = "left",
                   color=(0, 0, 0), lead: float = 1.25) -> None:
        c = self.c
        c.setFillColor(Color(*color))
        for para in text.split("\n"):
            for ln in simpleSplit(para, font, size, self.width) or [""]:
                self.need(size * lead)
                self.y -= size * lead
                c.setFont(font, size)
                if align == "center":
                    c.drawCentredString((self.x0 + self.W - self.margin) / 2, self.y, ln)
                elif align == "right":
                    c.drawRightString(self.W - self.margin - self.right_inset, self.y, ln)
                else:
                    c.drawString(self.x0, self.y, ln)
        c.setFillColor(Color(0, 0, 0))

    # -- blocks
    def block(self, b: Block, idx: int) -> None:
        getattr(self, "b_" + b.kind)(b, idx)

    def b_letterhead(self, b: Block, idx: int) -> None:
        st, c = self.st, self.c
        lines = [r[0] for r in b.rows] if b.rows else b.text.split("\n")
        s = 8 if self.small else 34
        top = self.y
        if st.logo != "none" and not self.small:
            lx = {"left": self.margin, "center": self.W / 2 - s / 2, "right": self.W - self.margin - s}[b.align]
            if b.align == "center":
                _logo(c, st, lx, self.y - s, s)
                self.y -= s + 4
            else:
                _logo(c, st, lx, self.y - s, s)
        saved = self.margin
        if st.logo != "none" and b.align == "left" and not self.small:
            self.indent_until = (top - s - 6, self.margin + s + 10)
        if st.logo != "none" and b.align == "right" and not self.small:
            self.right_inset = s + 10
        for i, ln in enumerate(lines):
            self.text_lines(ln, self.bold if i == 0 else self.reg,
                            self.fs * (1.25 if i == 0 else 0.85), b.align,
                            st.accent if i == 0 else (0.2, 0.2, 0.2), lead=1.2)
        self.y = min(self.y, top - s) - (2 if self.small else 8)
        self.indent_until = None
        self.right_inset = 0.0
        self.margin = saved
        if not self.small:
            c.setStrokeColor(Color(*st.accent))
            c.setLineWidth(1.2 if st.heading_style == "band" else 0.6)
            c.line(self.margin, self.y, self.W - self.margin, self.y)
            self.y -= 6

    def b_title(self, b: Block, idx: int) -> None:
        self.y -= 2 if self.small else 8
        self.text_lines(b.text, self.bold, self.fs * (1.5 if self.small else 1.75), b.align or "center",
                        (0.05, 0.05, 0.05) if self.st.heading_style != "band" else self.st.accent)
        self.y -= 1 if self.small else 4

    def b_subtitle(self, b: Block, idx: int) -> None:
        self.text_lines(b.text, self.ital, self.fs * 1.05, b.align or "center", (0.2, 0.2, 0.2))
        self.y -= 1 if self.small else 5

    def b_heading(self, b: Block, idx: int) -> None:
        st, c = self.st, self.c
        self.need(self.fs * 3.5)
        self.y -= self.fs * (0.3 if self.small else 0.9)
        if st.heading_style == "band" and not self.small:
            h = self.fs * 1.6
            c.setFillColor(Color(*[1 - (1 - v) * 0.18 for v in st.accent]))
            c.rect(self.x0, self.y - h + 2, self.width, h, fill=1, stroke=0)
            self.text_lines(b.text, self.bold, self.fs * 1.05, b.align, (0.05, 0.05, 0.05))
            self.y -= 4
        else:
            self.text_lines(b.text, self.bold, self.fs * 1.08, b.align, st.accent if st.heading_style == "rule" else (0, 0, 0))
            if st.heading_style == "rule" and not self.small:
                c.setStrokeColor(Color(*st.accent))
                c.setLineWidth(0.5)
                c.line(self.x0, self.y - 3, self.W - self.margin, self.y - 3)
                self.y -= 5
        self.y -= 2

    def b_para(self, b: Block, idx: int) -> None:
        self.text_lines(b.text, self.reg, self.fs, b.align)
        self.y -= self.fs * (0.2 if self.small else 0.55)

    def b_footer(self, b: Block, idx: int) -> None:
        if self.small:
            self.text_lines(b.text, self.reg, self.fs * 0.75, b.align, (0.3, 0.3, 0.3))
        else:
            self.footer_text = b.text

    def b_field(self, b: Block, idx: int) -> None:
        c, st = self.c, self.st
        fs = self.fs
        style = "colon" if self.small else st.field_style
        if self.small:   # cards and passport pages: small caption above the value, 1 or 2 per row
            for row in b.rows:
                pairs = [(row[i], row[i + 1] if i + 1 < len(row) else "") for i in range(0, len(row), 2)]
                pairs = [pv for pv in pairs if pv[0] or pv[1]]
                self.y -= fs * 0.95
                x0, colw = self.x0, self.width / max(len(pairs), 1)
                lowest = self.y
                for k, (label, value) in enumerate(pairs):
                    x = x0 + k * colw
                    yy = self.y
                    c.setFont(self.reg, fs * 0.72)
                    c.setFillColor(Color(0.25, 0.25, 0.3))
                    c.drawString(x, yy, label)
                    yy -= fs * 1.15
                    c.setFont(self.bold, fs * 1.02)
                    c.setFillColor(Color(0, 0, 0))
                    for ln in simpleSplit(value, self.bold, fs * 1.02, colw - 3)[:2] or [""]:
                        c.drawString(x, yy, ln)
                        yy -= fs * 1.05
                    lowest = min(lowest, yy + fs * 1.05)
                self.y = lowest
            self.y -= fs * 0.2
            return
        labw = min(max(pdfmetrics.stringWidth(r[0], self.reg, fs) for r in b.rows) + 12, self.width * 0.45)
        for label, *rest in b.rows:
            value = rest[0] if rest else ""
            vlines = simpleSplit(value, self.bold if style != "boxed" else self.reg, fs, self.width - labw - 8) or [""]
            llines = simpleSplit(label, self.reg, fs, labw - 6) or [""]
            n = max(len(vlines), len(llines))
            h = n * fs * 1.25 + (6 if style in ("boxed", "table") else 2)
            self.need(h)
            top = self.y
            if style in ("boxed", "table"):
                c.setStrokeColor(Color(0.35, 0.35, 0.35))
                c.setLineWidth(0.5)
                if style == "table":
                    c.setFillColor(Color(*[1 - (1 - v) * 0.10 for v in st.accent]))
                    c.rect(self.x0, top - h, labw, h, fill=1, stroke=1)
                    c.rect(self.x0 + labw, top - h, self.width - labw, h, fill=0, stroke=1)
                else:
                    c.rect(self.x0 + labw, top - h + 1, self.width - labw, h - 2, fill=0, stroke=1)
                c.setFillColor(Color(0, 0, 0))
            yy = top - fs * 1.1 - (3 if style in ("boxed", "table") else 0)
            c.setFont(self.reg, fs)
            for ln in llines:
                c.drawString(self.x0 + 3, yy, ln + (" :" if style == "colon" and ln == llines[-1] else ""))
                yy -= fs * 1.25
            yy = top - fs * 1.1 - (3 if style in ("boxed", "table") else 0)
            vf = self.reg if style == "boxed" else self.bold
            for ln in vlines:
                c.setFont(vf, fs)
                if style == "boxed":
                    c.setFont("Courier" if self.st.family in _T1 else self.reg, fs)
                c.drawString(self.x0 + labw + 5, yy, ln)
                yy -= fs * 1.25
            if style == "dotted":
                c.setDash(1, 2)
                c.setStrokeColor(Color(0.5, 0.5, 0.5))
                c.line(self.x0 + labw, top - fs * 1.35, self.W - self.margin, top - fs * 1.35)
                c.setDash()
            self.y = top - h
        self.y -= fs * 0.6

    def b_table(self, b: Block, idx: int) -> None:
        c, st, fs = self.c, self.st, self.fs * 0.95
        rows = b.rows
        ncol = max(len(r) for r in rows)
        weights = [max(len(r[i]) if i < len(r) else 0 for r in rows) + 4 for i in range(ncol)]
        tot = sum(weights)
        widths = [self.width * w / tot for w in weights]
        for ri, row in enumerate(rows):
            cells = [simpleSplit(row[i] if i < len(row) else "", self.bold if ri == 0 else self.reg, fs, widths[i] - 6) or [""]
                     for i in range(ncol)]
            h = max(len(x) for x in cells) * fs * 1.2 + 5
            self.need(h)
            x = self.x0
            if ri == 0:
                c.setFillColor(Color(*[1 - (1 - v) * 0.25 for v in st.accent]))
                c.rect(self.x0, self.y - h, self.width, h, fill=1, stroke=0)
            c.setStrokeColor(Color(0.4, 0.4, 0.4))
            c.setLineWidth(0.4)
            for i in range(ncol):
                c.rect(x, self.y - h, widths[i], h, fill=0, stroke=1)
                c.setFillColor(Color(0, 0, 0))
                c.setFont(self.bold if ri == 0 else self.reg, fs)
                yy = self.y - fs * 1.1 - 1
                for ln in cells[i]:
                    c.drawString(x + 3, yy, ln)
                    yy -= fs * 1.2
                x += widths[i]
            self.y -= h
        self.y -= self.fs

    def b_list(self, b: Block, idx: int) -> None:
        fs = self.fs
        for i, r in enumerate(b.rows):
            mark = f"{i + 1}." if b.align == "right" else "\u2022" if self.st.family not in _T1 else "-"
            lines = simpleSplit(r[0], self.reg, fs, self.width - 18) or [""]
            for j, ln in enumerate(lines):
                self.need(fs * 1.3)
                self.y -= fs * 1.3
                self.c.setFont(self.reg, fs)
                if j == 0:
                    self.c.drawString(self.x0 + 4, self.y, mark)
                self.c.drawString(self.x0 + 18, self.y, ln)
        self.y -= fs * 0.6

    def b_checkbox(self, b: Block, idx: int) -> None:
        c, fs = self.c, self.fs
        for box, label in b.rows:
            lines = simpleSplit(label, self.reg, fs, self.width - 20) or [""]
            self.need(fs * 1.4 * len(lines))
            self.y -= fs * 1.4
            s = fs * 0.95
            c.setStrokeColor(Color(0, 0, 0))
            c.setLineWidth(0.6)
            c.rect(self.x0 + 2, self.y - 1, s, s, fill=0, stroke=1)
            if "x" in box.lower():
                c.setLineWidth(1.1)
                c.setStrokeColor(Color(0.1, 0.1, 0.35))
                c.line(self.x0 + 3, self.y, self.x0 + 1 + s, self.y - 2 + s)
                c.line(self.x0 + 3, self.y - 2 + s, self.x0 + 1 + s, self.y)
            c.setFont(self.reg, fs)
            c.drawString(self.x0 + 16, self.y, lines[0])
            for ln in lines[1:]:
                self.y -= fs * 1.25
                c.drawString(self.x0 + 16, self.y, ln)
        self.y -= fs * 0.6

    def b_stamp(self, b: Block, idx: int) -> None:
        c = self.c
        r = random.Random(_h(self.spec.doc_id + str(idx)))
        ink = STAMP_INKS[r.randrange(len(STAMP_INKS))] if r.random() < 0.5 else self.st.ink
        lines = [x[0] for x in b.rows] if b.rows else b.text.split("\n")
        fs = self.fs * (0.95 if not self.small else 0.9)
        w = max(pdfmetrics.stringWidth(ln, self.bold, fs) for ln in lines) + 16
        h = len(lines) * fs * 1.25 + 10
        self.need(h + 10)
        if b.align == "center":
            cx = self.W / 2
        elif b.align == "left":
            cx = self.margin + w / 2 + r.uniform(0, 30)
        else:
            cx = self.W - self.margin - w / 2 - r.uniform(0, 40)
        cy = self.y - h / 2 - 4
        c.saveState()
        c.translate(cx, cy)
        c.rotate(r.uniform(-14, 14))
        col = Color(ink[0], ink[1], ink[2], alpha=0.85)
        c.setStrokeColor(col)
        c.setFillColor(col)
        c.setLineWidth(1.4)
        round_ = r.random() < 0.35 and len(lines) <= 4
        if round_:
            rad = max(w, h) / 2 + 4
            c.circle(0, 0, rad, fill=0, stroke=1)
            c.circle(0, 0, rad - 3, fill=0, stroke=1)
        else:
            c.roundRect(-w / 2, -h / 2, w, h, 4, fill=0, stroke=1)
            c.rect(-w / 2 + 2.5, -h / 2 + 2.5, w - 5, h - 5, fill=0, stroke=1)
        yy = h / 2 - 5 - fs
        for ln in lines:
            c.setFont(self.bold, fs)
            c.drawCentredString(0, yy, ln)
            yy -= fs * 1.25
        c.restoreState()
        self.y -= h + (14 if round_ else 8)

    def b_signature(self, b: Block, idx: int) -> None:
        c = self.c
        self.need(self.fs * 6)
        r = random.Random(_h(self.spec.doc_id + "sig" + str(idx)))
        w = 110 if not self.small else 40
        if b.align == "right":
            x = self.W - self.margin - w - 20
        elif b.align == "center":
            x = self.W / 2 - w / 2
        else:
            x = self.x0 + 10
        self.y -= self.fs * (4.2 if not self.small else 2.6)
        _scribble(c, x, self.y + self.fs * 0.8, w, r.randrange(10**9), (0.05, 0.1, 0.35))
        c.setStrokeColor(Color(0.3, 0.3, 0.3))
        c.setLineWidth(0.4)
        c.line(x - 5, self.y, x + w + 15, self.y)
        c.setFont(self.reg, self.fs * 0.85)
        c.setFillColor(Color(0, 0, 0))
        for i, ln in enumerate(b.text.split("\n")):
            c.drawString(x - 5, self.y - self.fs * (1.1 + i * 1.05), ln)
        self.y -= self.fs * (1.4 + 1.05 * len(b.text.split("\n")))

    def b_mrz(self, b: Block, idx: int) -> None:
        lines = tuple(r[0] for r in b.rows)
        png = _mrz_png(lines)
        img = Image.open(io.BytesIO(png))
        n = max(len(x) for x in lines)
        w = self.W - 2 * (6 if self.small else self.margin)
        h = w * img.height / img.width
        x = (self.W - w) / 2
        ybot = 4 if self.small else self.y - h - 6
        if self.small:
            self.c.setFillColor(Color(1, 1, 1, alpha=0.6))
            self.c.rect(3, 3, self.W - 6, h + 2, fill=1, stroke=0)
        self.c.drawImage(ImageReader(img), x, ybot, w, h)
        if not self.small:
            self.y = ybot - 4
        del n

    def b_photo(self, b: Block, idx: int) -> None:
        c = self.c
        pw = self.W * (0.24 if self.small else 0.16)
        ph = pw * 1.28
        x = self.margin if b.align != "right" else self.W - self.margin - pw
        top = self.y
        c.saveState()
        c.setFillColor(Color(0.82, 0.84, 0.87))
        c.setStrokeColor(Color(0.4, 0.4, 0.4))
        c.rect(x, top - ph, pw, ph, fill=1, stroke=1)
        c.setFillColor(Color(0.45, 0.47, 0.52))
        c.circle(x + pw / 2, top - ph * 0.38, pw * 0.22, fill=1, stroke=0)
        p = c.beginPath()
        p.moveTo(x + pw * 0.1, top - ph)
        p.curveTo(x + pw * 0.15, top - ph * 0.62, x + pw * 0.85, top - ph * 0.62, x + pw * 0.9, top - ph)
        p.close()
        c.drawPath(p, fill=1, stroke=0)
        c.restoreState()
        if b.align != "right":
            self.indent_until = (top - ph - 2, x + pw + (6 if self.small else 14))
        if b.text == "float":
            return
        self.y -= 0


def render_pdf(spec: DocSpec) -> tuple[bytes, int]:
    """Born-digital PDF with a text layer; returns (bytes, number of pages)."""
    st = style_for(spec)
    size = PAGE_SIZES.get(spec.page_size, PAGE_SIZES["A4"])
    canvas_cls = canvas.Canvas
    if not _cp1252_ok(spec):   # corpus D: Arabic and Devanagari need a shaper (d_shaping.py); others unchanged
        from d_shaping import ShapingCanvas, needs_shaping
        if needs_shaping(s for page in spec.pages for b in page for s in (b.text, *[c for r in b.rows for c in r])):
            canvas_cls = ShapingCanvas

    def draw(total: int) -> tuple[bytes, int]:
        buf = io.BytesIO()
        c = canvas_cls(buf, pagesize=size, invariant=1, pageCompression=1)
        c.setTitle("SPECIMEN document")
        c.setAuthor("SPECIMEN")
        c.setCreator("independent corpus")
        lay = _Layout(c, spec, st, size)
        lay.total_pages = total
        for i, page in enumerate(spec.pages):
            if i > 0 and not any(b.kind == "title" for b in page):
                pass
            lay.new_page()
            for _j, b in enumerate(page):
                if b.kind == "footer":
                    lay.footer_text = b.text if not lay.small else lay.footer_text
            for j, b in enumerate(page):
                if b.kind == "footer" and not lay.small:
                    continue
                lay.block(b, i * 100 + j)
        lay._finish_page()
        c.save()
        return buf.getvalue(), lay.page_no

    data, n = draw(len(spec.pages))
    if n != len(spec.pages):
        data, n = draw(n)
    return data, n


# ----------------------------------------------------------------------------------------- images


def rasterize(pdf: bytes, dpi: int, max_pages: int | None = None) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    out = []
    for i in range(len(doc) if max_pages is None else min(max_pages, len(doc))):
        page = doc[i]
        img = page.render(scale=dpi / 72.0).to_pil().convert("RGB")
        out.append(img)
        page.close()
    doc.close()
    return out


def _on_a4(img, dpi: int, rng: random.Random) -> Image.Image:
    """Small documents (card sides, passport pages) lying on an A4 flatbed, one under the other."""
    imgs = img if isinstance(img, list) else [img]
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    sheet = Image.new("RGB", (W, H), (250, 250, 248))
    x = int(dpi * rng.uniform(0.3, 0.9))
    y = int(dpi * rng.uniform(0.3, 1.2))
    for im in imgs:
        if y + im.height > H:
            break
        sheet.paste(im, (x + int(dpi * rng.uniform(-0.1, 0.1)), y))
        y += im.height + int(dpi * rng.uniform(0.25, 0.6))
    return sheet


def scan_degrade(img: Image.Image, rng: random.Random, dpi: int) -> tuple[Image.Image, list[str]]:
    """Flatbed scan: skew, paper tone, noise, slight blur; sometimes greyscale."""
    desc = []
    grey = rng.random() < 0.3
    tone = np.array([rng.uniform(238, 252), rng.uniform(234, 248), rng.uniform(222, 242)], np.float32) / 255.0
    angle = rng.uniform(-2.0, 2.0)
    src = np.asarray(img.convert("L") if grey else img)
    h, w = src.shape[:2]
    M = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    a = cv2.warpAffine(src, M, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                       borderValue=(250, 250, 250) if not grey else 250).astype(np.float32)
    a *= float(tone.mean()) if grey else tone
    desc += ["tone", f"skew{angle:+.1f}"]
    if rng.random() < 0.4:   # a darker strip where the lid did not close
        side = rng.choice(["left", "top"])
        n = int(min(h, w) * rng.uniform(0.01, 0.025))
        ramp = np.linspace(0.55, 1.0, n, dtype=np.float32)
        if side == "left":
            a[:, :n] *= ramp[None, :, None] if not grey else ramp[None, :]
        else:
            a[:n] *= ramp[:, None, None] if not grey else ramp[:, None]
        desc.append("edge-shadow")
    nrng = np.random.default_rng(rng.randrange(2**31))
    sigma = rng.uniform(2.0, 4.5)
    noise = nrng.standard_normal((h, w), dtype=np.float32) * sigma
    a += noise if grey else noise[..., None]
    desc.append(f"noise{sigma:.0f}")
    if rng.random() < 0.6:
        a = cv2.GaussianBlur(a, (0, 0), (0.5 + rng.random() * 0.5) * dpi / 300)
        desc.append("blur")
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if grey:
        desc.append("grey")
    return out, desc


def _background(w: int, h: int, rng: random.Random) -> tuple[np.ndarray, str]:
    """A table, wood, cloth or dark desk under the page, made at quarter size and enlarged (uint8)."""
    kind = rng.choice(["wood", "cloth", "table", "desk"])
    nrng = np.random.default_rng(rng.randrange(2**31))
    hs, ws = h // 4 + 1, w // 4 + 1
    yy, xx = np.mgrid[0:hs, 0:ws].astype(np.float32)
    if kind == "wood":
        base = np.array([rng.uniform(110, 160), rng.uniform(70, 100), rng.uniform(35, 60)], np.float32)
        stripes = np.sin((xx * 0.08 + np.sin(yy * 0.016) * 6) * 2.2)
        a = base[None, None, :] * (0.85 + 0.12 * stripes[..., None])
    elif kind == "cloth":
        base = np.array([rng.uniform(40, 200), rng.uniform(40, 200), rng.uniform(40, 200)], np.float32)
        weave = np.sin(xx * 2.2) * np.sin(yy * 2.2)
        a = base[None, None, :] * (0.9 + 0.06 * weave[..., None])
    elif kind == "table":
        g = rng.uniform(170, 215)
        a = np.full((hs, ws, 3), g, np.float32) * np.array([1.0, 0.99, 0.96], np.float32)
    else:
        a = np.full((hs, ws, 3), rng.uniform(50, 90), np.float32)
    a += nrng.standard_normal((hs, ws, 3), dtype=np.float32) * 5
    a = np.clip(a, 0, 255).astype(np.uint8)
    return cv2.resize(a, (w, h), interpolation=cv2.INTER_LINEAR), kind


def photo_degrade(img: Image.Image, rng: random.Random) -> tuple[Image.Image, list[str], int]:
    """Phone photo: page on a background, perspective, uneven light, shadow, blur.

    Returns (image, description, exif_orientation or 0)."""
    desc = []
    page = np.asarray(img.convert("RGB"))
    ph, pw = page.shape[:2]
    long_side = rng.choice([1800, 2000, 2200, 2400])
    W, H = (long_side, int(long_side * 0.75)) if pw > ph else (int(long_side * 0.75), long_side)
    bg, kind = _background(W, H, rng)
    desc.append(kind)
    fill = rng.uniform(0.70, 0.88)
    scale = min(W * fill / pw, H * fill / ph)
    dw, dh = pw * scale, ph * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.045
    dst = np.float32([
        [cx - dw / 2 + rng.uniform(-j, j) * dw, cy - dh / 2 + rng.uniform(-j, j) * dh],
        [cx + dw / 2 + rng.uniform(-j, j) * dw, cy - dh / 2 + rng.uniform(-j, j) * dh],
        [cx + dw / 2 + rng.uniform(-j, j) * dw, cy + dh / 2 + rng.uniform(-j, j) * dh],
        [cx - dw / 2 + rng.uniform(-j, j) * dw, cy + dh / 2 + rng.uniform(-j, j) * dh],
    ])
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), M, (W, H), flags=cv2.INTER_LINEAR)
    desc.append("perspective")
    # soft drop shadow of the sheet on the background (quarter size, enlarged)
    q = cv2.resize(mask, (W // 4, H // 4), interpolation=cv2.INTER_AREA).astype(np.float32) / 255.0
    sh = cv2.resize(cv2.GaussianBlur(q, (0, 0), 3), (W, H), interpolation=cv2.INTER_LINEAR)
    sh = np.roll(sh, (10, 8), axis=(0, 1))
    m = mask.astype(np.float32) / 255.0
    bgw = (1.0 - m) * (1.0 - 0.35 * sh)
    a = cv2.blendLinear(warped, bg, np.ascontiguousarray(m), np.ascontiguousarray(np.maximum(bgw, 1e-4)))
    # uneven light and a hand/phone shadow, at 1/8 size, enlarged (smooth fields)
    hs, ws = H // 8, W // 8
    yy, xx = np.mgrid[0:hs, 0:ws].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = np.cos(ang) * (xx / ws - 0.5) + np.sin(ang) * (yy / hs - 0.5)
    light = 1.0 + rng.uniform(0.12, 0.25) * grad
    r2 = (xx / ws - 0.5) ** 2 + (yy / hs - 0.5) ** 2
    light *= 1.0 - rng.uniform(0.10, 0.22) * r2 * 2
    desc.append("light")
    if rng.random() < 0.5:
        poly = np.zeros((hs, ws), np.float32)
        corner = rng.choice([(0, 0), (ws, 0), (0, hs), (ws, hs)])
        pts = np.int32([corner, (corner[0] or ws * 0.45, abs(corner[1] - hs * rng.uniform(0.3, 0.5))),
                        (abs(corner[0] - ws * rng.uniform(0.3, 0.5)), corner[1] or hs * 0.45)])
        cv2.fillPoly(poly, [pts], 1.0)
        light *= 1 - rng.uniform(0.18, 0.3) * cv2.GaussianBlur(poly, (0, 0), 5)
        desc.append("shadow")
    warm = np.array([1.0, rng.uniform(0.96, 1.0), rng.uniform(0.88, 0.97)], np.float32)
    light3 = cv2.resize(light, (W, H), interpolation=cv2.INTER_LINEAR)[..., None] * warm
    a = a.astype(np.float32)
    a *= light3
    b = rng.uniform(0.6, 1.3)
    a = cv2.GaussianBlur(a, (0, 0), b)
    desc.append(f"blur{b:.1f}")
    nrng = np.random.default_rng(rng.randrange(2**31))
    a += (nrng.standard_normal((H, W), dtype=np.float32) * rng.uniform(2, 5))[..., None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    orientation = 0
    roll = rng.random()
    if roll < 0.15:      # phone held sideways, EXIF says how to show it
        out = out.transpose(Image.Transpose.ROTATE_90)
        orientation = 6
        desc.append("exif6")
    elif roll < 0.20:
        out = out.transpose(Image.Transpose.ROTATE_270)
        orientation = 8
        desc.append("exif8")
    elif roll < 0.25:    # turned and no tag at all
        out = out.transpose(Image.Transpose.ROTATE_180)
        desc.append("rot180")
    elif roll < 0.29:
        out = out.transpose(Image.Transpose.ROTATE_90)
        desc.append("rot90")
    return out, desc, orientation


def encode_jpeg(img: Image.Image, quality: int, orientation: int = 0, dpi: int | None = None) -> bytes:
    buf = io.BytesIO()
    kw = {"quality": quality, "optimize": False, "progressive": False}
    if orientation:
        ex = Image.Exif()
        ex[0x0112] = orientation
        ex[0x010F] = "SPECIMEN"
        kw["exif"] = ex.tobytes()
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.save(buf, "JPEG", **kw)
    return buf.getvalue()


def encode_png(img: Image.Image, dpi: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", dpi=(dpi, dpi), compress_level=3)
    return buf.getvalue()


def images_to_pdf(jpegs: list[tuple[bytes, int, int]], dpi: int) -> bytes:
    """Image-only PDF: every page is one JPEG, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for data, w, h in jpegs:
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        c.setPageSize((pw, ph))
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, pw, ph)
        c.showPage()
    c.save()
    return buf.getvalue()


@dataclass(frozen=True)
class Rendered:
    data: bytes
    ext: str
    pages: int
    degradation: str


def render(spec: DocSpec, kind: str, seed: str, fmt: str = "") -> Rendered:
    """Render `spec` as `kind` (pdf | scanpdf | scan | photo). `fmt` picks png/jpg for scans."""
    rng = random.Random(_h(seed + kind))
    pdf, n = render_pdf(spec)
    small = spec.page_size in ("ID1", "ID3")
    if kind == "pdf":
        return Rendered(pdf, "pdf", n, "none")
    if kind == "scanpdf":
        dpi = rng.choice([200, 200, 200, 240]) if not small else 250
        pages = rasterize(pdf, dpi)
        if spec.page_size == "ID1":   # both sides of a card copied on one sheet
            pages = [pages]
        jp = []
        desc = []
        q = rng.randint(72, 88)
        for i, p in enumerate(pages):
            if small:
                p = _on_a4(p, 250, rng)
                dpi_used = 250
            else:
                dpi_used = dpi
            im, d = scan_degrade(p, random.Random(_h(seed + str(i))), dpi_used)
            desc = d
            jp.append((encode_jpeg(im.convert("RGB") if im.mode != "L" else im, q), im.width, im.height))
        return Rendered(images_to_pdf(jp, dpi), "pdf", len(pages), ",".join([f"dpi{dpi}"] + desc + [f"jpeg{q}"]))
    if kind == "scan":
        dpi = rng.choice([150, 200, 200, 200, 240, 300]) if not small else 250
        if small:
            sides = rasterize(pdf, 250)
            p = _on_a4(sides if spec.page_size == "ID1" else sides[:1], 250, rng) if rng.random() < 0.75 else sides[0]
        else:
            p = rasterize(pdf, dpi, max_pages=1)[0]
        im, d = scan_degrade(p, rng, dpi)
        fmt = fmt or rng.choice(["png", "jpg", "jpg"])
        if fmt == "png":
            if im.mode != "L" and rng.random() < 0.6:
                im = im.convert("L")
                d.append("grey")
            return Rendered(encode_png(im, dpi), "png", 1, ",".join([f"dpi{dpi}"] + d + ["png"]))
        q = rng.randint(80, 92)
        return Rendered(encode_jpeg(im, q, dpi=dpi), "jpg", 1, ",".join([f"dpi{dpi}"] + d + [f"jpeg{q}"]))
    if kind == "photo":
        dpi = 130 if not small else 380
        if spec.page_size == "PHONE":
            dpi = 300
        p = rasterize(pdf, dpi, max_pages=1)[0]
        im, d, orient = photo_degrade(p, rng)
        q = rng.randint(70, 90)
        return Rendered(encode_jpeg(im, q, orientation=orient), "jpg", 1, ",".join(d + [f"jpeg{q}"]))
    raise ValueError(kind)
