"""Thumbnails and blur heat maps of checked pages, decoded through `docscan.ingest`.

Only `ingest` opens the applicant's files (STYLE.md): a thumbnail is a PDF page rendered at a
low resolution by `ingest.render_pdf_page`, or an image page loaded by `ingest.load_page` (EXIF
rotation undone, like the page the pipeline read) and shrunk. The heat map is
`quality.heatmap_image` over the very pixels the quality gate measured: the page as
`ingest.load_page` gives it, in the same grey conversion, found and straightened by
`capture.straighten` as the pipeline did (issue 17): the preview shows the page that was read,
with a box around each glare, obstruction or cut edge the capture stage found.

Both are made only for the page being shown, after the check, and kept per session by
`SessionWorkspace.preview`.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from .. import capture, ingest, quality
from ..errors import FileProblem
from ..ingest import SourceFile
from ..settings import Settings

#: Resolution of PDF thumbnails: an A4 page becomes about 500 x 700 pixels, sharp enough on a
#: high-density screen at the 160-pixel width the page shows, and quick to render.
THUMBNAIL_DPI = 60
#: Long side of image thumbnails, in pixels.
THUMBNAIL_SIDE = 700
#: Long side of the heat map: enough to see which lines are blurred.
HEATMAP_SIDE = 900


def page_thumbnail(source: SourceFile, index: int, settings: Settings) -> Image.Image:
    """A small picture of page `index` (0-based). Raises `FileProblem` when it cannot be decoded."""
    if source.kind == "pdf":
        image = ingest.render_pdf_page(Path(source.path), index, THUMBNAIL_DPI, settings)
    else:
        page = ingest.load_page(source, index, settings)
        if page.image is None:  # pragma: no cover - only PDF pages have a text layer
            raise FileProblem("no image on this page", code="no_image")
        gray, found = capture.straighten(quality.page_to_gray(page.image), colour=page.colour_pixels())
        return mark_faults(Image.fromarray(gray, "L"), found)
    image = image.copy()
    image.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE))
    return image


#: Colour of the boxes drawn around capture faults: a red that reads on paper and on the heat map.
FAULT_COLOUR = (200, 30, 30)


def mark_faults(page: Image.Image, found: capture.Capture) -> Image.Image:
    """A thumbnail of the straightened page with a box around each located fault (glare,
    obstruction, a cut edge): where to look, beside the sentence that says what to do."""
    scale = min(1.0, THUMBNAIL_SIDE / max(page.size))
    image = page.convert("RGB")
    image.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE))
    draw = ImageDraw.Draw(image)
    width = max(2, round(image.width / 150))
    for fault in found.faults:
        if fault.fault == "moire":
            continue  # over the whole page: nothing to point at
        x, y, w, h = (round(v * scale) for v in fault.box)
        draw.rectangle((x, y, min(image.width - 1, x + w), min(image.height - 1, y + h)),
                       outline=FAULT_COLOUR, width=width)
    return image


def blur_heatmap(source: SourceFile, index: int, settings: Settings) -> Image.Image | None:
    """The sharpness heat map of page `index`, or None for a page taken from a PDF text layer."""
    page = ingest.load_page(source, index, settings)
    if page.image is None:
        return None
    gray, _ = capture.straighten(quality.page_to_gray(page.image), colour=page.colour_pixels())
    return quality.heatmap_image(np.ascontiguousarray(gray), max_side=HEATMAP_SIDE)


def is_blurry(reasons) -> bool:
    """Whether the quality gate called the page blurry (the reason code set by `quality.assess`)."""
    return any(reason.code == "blurry" for reason in reasons)
