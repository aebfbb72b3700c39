#!/usr/bin/env python3
"""Check that the degraded scans' names tell the truth, with the real Tesseract.

For every degraded scan in documents/scans (`<type>-<lang>-<variant>.<ext>`) this reads the
degraded page and its clean original with `tesseract IMG - -l eng+fra+nld+deu` and prints the
share of the clean page's words (letters only, 3 or more, counted with multiplicity — the rule
`docscan eval` uses) that are still read. Names promise: blur-1.5, blur-3, 150dpi, dark and
photo >= 80% ("legible"); blur-8, motion-25 and 60dpi <= 40% ("illegible"). Rotated scans are
read after turning them upright (Tesseract alone does not rotate pages); photos after applying
their EXIF orientation; HEIC through pillow-heif.

    .venv/bin/python sample_docs/check_legibility.py        # about 5 minutes on 2 cores
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PIL import Image, ImageOps

HERE = Path(__file__).resolve().parent
SCANS = HERE / "documents" / "scans"
NAME = re.compile(r"^(?P<base>[a-z_]+-(?:en|fr|nl|de))-(?P<variant>.+)$")
WORD = re.compile(r"[^\W\d_]{3,}")
LEGIBLE = ("blur-1.5", "blur-3", "150dpi", "dark", "photo")
ILLEGIBLE = ("blur-8", "motion-25", "60dpi")
UPRIGHT = {"rot90": Image.Transpose.ROTATE_270, "rot180": Image.Transpose.ROTATE_180,
           "rot270": Image.Transpose.ROTATE_90}


def read(path: Path, variant: str | float | None) -> Counter:
    """Words of 3+ letters plain Tesseract reads on the page, turned upright first: `variant` names a
    quarter turn (`rot90`...) or is the page's skew in degrees counter-clockwise, undone as a person
    holding the page would (Tesseract alone neither turns nor deskews a page)."""
    if path.suffix == ".heic":
        import pillow_heif
        pillow_heif.register_heif_opener()
    with Image.open(path) as im:
        im = ImageOps.exif_transpose(im).convert("L")
        if isinstance(variant, str) and variant in UPRIGHT:
            im = im.transpose(UPRIGHT[variant])
        elif isinstance(variant, (int, float)) and variant:
            im = im.rotate(-variant, resample=Image.BICUBIC, expand=True, fillcolor=255)
        with tempfile.NamedTemporaryFile(suffix=".png") as tmp:
            im.save(tmp.name, dpi=im.info.get("dpi", (300, 300)))
            out = subprocess.run(["tesseract", tmp.name, "-", "-l", "eng+fra+nld+deu"],
                                 capture_output=True, text=True, check=True).stdout
    return Counter(w.lower() for w in WORD.findall(out))


def main() -> int:
    jobs = []
    for path in sorted(SCANS.iterdir()):
        m = NAME.match(path.stem)
        if m and (SCANS / f"{m['base']}.png").exists():
            variant = "photo" if m["variant"] == "photo" else m["variant"]
            jobs.append((path, SCANS / f"{m['base']}.png", variant))
    originals = sorted({j[1] for j in jobs})
    with ThreadPoolExecutor(max_workers=2) as pool:
        clean = dict(zip(originals, pool.map(lambda p: read(p, None), originals)))
        degraded = list(pool.map(lambda j: read(j[0], j[2]), jobs))
    failures = 0
    print(f"{'file':<44}{'clean':>7}{'read':>7}{'ratio':>7}  promise")
    for (path, original, variant), words in zip(jobs, degraded):
        base = clean[original]
        ratio = sum((base & words).values()) / max(sum(base.values()), 1)
        promise = "legible" if variant in LEGIBLE else "illegible" if variant in ILLEGIBLE else "-"
        bad = (promise == "legible" and ratio < 0.8) or (promise == "illegible" and ratio > 0.4)
        failures += bad
        print(f"{path.name:<44}{sum(base.values()):>7}{sum((base & words).values()):>7}{ratio:>7.2f}  "
              f"{promise}{'   <- WRONG' if bad else ''}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
