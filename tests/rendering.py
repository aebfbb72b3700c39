"""Test documents drawn at test time: lines of text as a born-digital PDF, or as the 300 dpi
grayscale scan of it that a flatbed scanner saves (read by the real Tesseract in the tests)."""

from __future__ import annotations

import io
from pathlib import Path

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def text_pdf(lines: list[str], font: str = "Helvetica", size: int = 13) -> bytes:
    """One A4-ish page with `lines` from the top; a font other than Helvetica means DejaVu Sans
    (Cyrillic, Greek, accents beyond Latin-1), or the TrueType file it names (FreeSans for
    Devanagari). An empty line leaves a gap."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    if font != "Helvetica":
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        path = font if font.endswith(".ttf") else DEJAVU
        font = Path(path).stem
        pdfmetrics.registerFont(TTFont(font, path))
    page.setFont(font, size)
    y = 760
    for line in lines:
        page.drawString(60, y, line)
        y -= round(size * 1.85)
    page.save()
    return buffer.getvalue()


def scan(lines: list[str], path: Path, font: str = "Helvetica", size: int = 13) -> Path:
    """The page as a 300 dpi grayscale PNG, as a flatbed scanner saves it."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(text_pdf(lines, font, size))
    image = document[0].render(scale=300 / 72, grayscale=True).to_pil().convert("L")
    image.save(path, dpi=(300, 300))
    return path
