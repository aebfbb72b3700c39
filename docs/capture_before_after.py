"""The picture of README's capture section: a phone photo as taken, beside the page docscan
straightened out of it (issue 17).

Left, the photo as `ingest` decodes it (EXIF turn undone) with the page outline the capture
stage found drawn in red; right, the page as the quality gate, OCR and the previews get it:
perspective corrected, background cropped, evenly lit and without its table rules
(`capture.for_ocr`). Run from the repository root, after the independent corpus's media exist
(`cd sample_docs/independent && ../../.venv/bin/python generate.py --missing`):

    .venv/bin/python docs/capture_before_after.py [PHOTO] [--out docs/capture-before-after.jpg]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: A photographed payslip of the independent corpus (written without seeing docscan's rules).
DEFAULT_PHOTO = ROOT / "sample_docs" / "independent" / "files" / "WhatsApp Image 2026-10-27 at 16.24.08.jpeg"
#: Height of each half, in pixels: small enough for a README (the file stays under 300 KB).
HEIGHT = 760


def picture(photo: Path):
    """The side-by-side image (a Pillow RGB image)."""
    import numpy as np
    from PIL import Image, ImageDraw

    from docscan import capture, ingest, quality
    from docscan.settings import Settings

    settings = Settings(workers=1)
    page = ingest.load_page(ingest.probe(photo, settings), 0, settings)
    if page.image is None:
        raise SystemExit(f"{photo}: not an image")
    gray = quality.page_to_gray(page.image)
    straight, found = capture.straighten(gray)
    before = page.image.convert("RGB")
    if found.corners:
        ImageDraw.Draw(before).line([*found.corners, found.corners[0]], fill=(220, 30, 30), width=8)
    after = Image.fromarray(np.asarray(capture.for_ocr(straight, found)), "L").convert("RGB")
    halves = [image.resize((round(image.width * HEIGHT / image.height), HEIGHT), Image.Resampling.LANCZOS)
              for image in (before, after)]
    gap = 16
    canvas = Image.new("RGB", (halves[0].width + gap + halves[1].width, HEIGHT), (255, 255, 255))
    canvas.paste(halves[0], (0, 0))
    canvas.paste(halves[1], (halves[0].width + gap, 0))
    return canvas


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("photo", nargs="?", default=str(DEFAULT_PHOTO))
    parser.add_argument("--out", default=str(ROOT / "docs" / "capture-before-after.jpg"))
    args = parser.parse_args()
    photo = Path(args.photo)
    if not photo.exists():
        print(f"{photo} is not there: run generate.py --missing in sample_docs/independent", file=sys.stderr)
        return 2
    picture(photo).save(args.out, quality=82, optimize=True)
    print(f"{args.out}: {Path(args.out).stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
