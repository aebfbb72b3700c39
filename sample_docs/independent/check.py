"""Check the generated corpus: every file opens, born-digital PDFs have text, scanned PDFs none,
sha256 matches labels.csv, bundles.yaml names existing folders.

    python check.py [--dir DIR]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from pathlib import Path

import pdfplumber
import yaml
from PIL import Image

HERE = Path(__file__).resolve().parent


def check_file(path: Path, kind: str | None) -> str | None:
    if path.suffix.lower() == ".pdf":
        with pdfplumber.open(path) as pdf:
            if not pdf.pages:
                return "no pages"
            text = "".join((p.extract_text() or "") for p in pdf.pages)
        if kind == "pdf" and len(text.strip()) < 20:
            return "born-digital PDF without text"
        if kind == "scanpdf" and text.strip():
            return "scanned PDF has a text layer"
        return None
    with Image.open(path) as im:
        im.load()
        if min(im.size) < 500:
            return f"image too small {im.size}"
    return None


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=str(HERE))
    args = ap.parse_args()
    root = Path(args.dir)
    problems = []
    lines = [ln for ln in (root / "labels.csv").read_text().splitlines() if ln and not ln.startswith("#")]
    rows = list(csv.DictReader(lines))
    for r in rows:
        p = root / r["path"]
        if not p.exists():
            problems.append(f"{r['path']}: missing")
            continue
        if hashlib.sha256(p.read_bytes()).hexdigest() != r["sha256"]:
            problems.append(f"{r['path']}: sha256 differs from labels.csv")
        err = check_file(p, r["kind"])
        if err:
            problems.append(f"{r['path']}: {err}")
    bundles = yaml.safe_load((root / "bundles.yaml").read_text())["bundles"]
    nb = 0
    for b in bundles:
        d = root / b["path"]
        if not d.is_dir():
            problems.append(f"bundle {b['name']}: folder missing")
            continue
        for f in sorted(d.iterdir()):
            nb += 1
            try:
                err = check_file(f, None)
            except Exception as e:  # noqa: BLE001 - report any failure to open
                err = f"{type(e).__name__}: {e}"
            if err:
                problems.append(f"{f}: {err}")
    for pr in problems:
        print(pr)
    print(f"{len(rows)} standalone files, {len(bundles)} bundles ({nb} files), {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
