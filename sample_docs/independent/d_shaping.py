"""Complex scripts (Arabic, Devanagari) for corpus D's born-digital PDFs.

reportlab draws one glyph per character and has no shaper, so Arabic would come out in isolated,
left-to-right letters and Devanagari without its conjuncts and vowel-sign reordering. This canvas
draws every string that holds such characters twice: visibly as an image shaped by Pillow's
libraqm layout engine (HarfBuzz + FriBiDi, already in the venv's Pillow), and invisibly (text
render mode 3, as OCR'd PDFs do) as the logical Unicode string, so the PDF keeps a text layer
that says what the page shows. Strings in other scripts go to reportlab unchanged, so documents
without Arabic or Devanagari render exactly as before.

Used by render.py only for specs that need it (see `needs_shaping`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

COMPLEX = re.compile("[\u0590-\u08ff\u0900-\u097f\ufb1d-\ufdff\ufe70-\ufeff]")
SCALE = 6.0   # image pixels per PDF point (about 430 dpi): sharp in the 200-300 dpi scans made from it


def needs_shaping(texts) -> bool:
    return any(COMPLEX.search(t) for t in texts)


@lru_cache(maxsize=64)
def _pil_font(path: str, index: int, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, px, index=index, layout_engine=ImageFont.Layout.RAQM)


@lru_cache(maxsize=512)
def _shaped(path: str, index: int, size: float, text: str, rgb: tuple[int, int, int]) -> tuple[Image.Image, float, float]:
    """(RGBA image, width in points, descent in points) of `text` shaped at `size` points."""
    font = _pil_font(path, index, max(4, round(size * SCALE)))
    ascent, descent = font.getmetrics()
    left, _top, right, _bottom = font.getbbox(text, anchor="ls")
    w = max(1, int(right - min(left, 0)) + 2)
    img = Image.new("RGBA", (w, ascent + descent + 2), (255, 255, 255, 0))
    ImageDraw.Draw(img).text((-min(left, 0) + 1, ascent + 1), text, font=font, fill=rgb + (255,), anchor="ls")
    return img, w / SCALE, (descent + 1) / SCALE


class ShapingCanvas(canvas.Canvas):
    """A reportlab canvas whose draw*String methods shape Arabic and Devanagari."""

    def _font_file(self) -> tuple[str, int]:
        name = self._fontname
        if name.endswith("-2"):   # the italic faces lack Arabic and Devanagari: use the regular one
            name = name[:-2] + "-0"
        face = pdfmetrics.getFont(name).face
        return face.filename, getattr(face, "subfontIndex", 0) or 0

    def _complex(self, x: float, y: float, text: str, align: str) -> None:
        path, index = self._font_file()
        col = self._fillColorObj
        rgb = tuple(int(round(v * 255)) for v in (col.red, col.green, col.blue))
        img, w, desc = _shaped(path, index, float(self._fontsize), text, rgb)
        x0 = x - w if align == "right" else x - w / 2 if align == "center" else x
        self.drawImage(ImageReader(img), x0, y - desc, w, img.height / SCALE, mask="auto")
        natural = pdfmetrics.stringWidth(text, self._fontname, self._fontsize)
        t = self.beginText(x0, y)
        t.setTextRenderMode(3)
        t.setFont(self._fontname, self._fontsize)
        if natural > 0:
            t.setHorizScale(100.0 * w / natural)
        t.textOut(text)
        t.setTextRenderMode(0)   # the render mode outlives ET: restore it, or all later text is invisible
        self.drawText(t)

    def drawString(self, x, y, text, *args, **kw):  # noqa: N802 (reportlab's name)
        if COMPLEX.search(text):
            return self._complex(x, y, text, "left")
        return super().drawString(x, y, text, *args, **kw)

    def drawRightString(self, x, y, text, *args, **kw):  # noqa: N802
        if COMPLEX.search(text):
            return self._complex(x, y, text, "right")
        return super().drawRightString(x, y, text, *args, **kw)

    def drawCentredString(self, x, y, text, *args, **kw):  # noqa: N802
        if COMPLEX.search(text):
            return self._complex(x, y, text, "center")
        return super().drawCentredString(x, y, text, *args, **kw)
