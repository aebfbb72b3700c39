"""The capture-fault figures of a capture corpus without OCR: which faults the capture stage and
the quality gate name, per fault, where it hides text, where it does not, and on clean pages.

`docscan eval sample_docs/capture` gives the same figures and the legibility verdicts, but reads
every page with Tesseract (252 five-megapixel photos: over an hour on a loaded 2-core machine).
The faults are named before OCR, so this runs the same stages (`ingest`, `capture.straighten`,
`quality.assess` with the photo's enlargement measured before the warp, as `pipeline` does) in
a few minutes. Only `body_unreadable`, which needs OCR, is not seen (it also names
out-of-focus), so out-of-focus may be named a little more often by `docscan eval`. Run:

    OMP_THREAD_LIMIT=1 .venv/bin/python benchmarks/capture_faults.py [CORPUS] [--split dev|test|all]

With `--independent`, CORPUS is a corpus of ordinary documents (sample_docs/independent): the
faults named on its photos and scans, which carry none on purpose, are listed for a person to
judge (`--previews DIR` writes those pages with their boxes):

    OMP_THREAD_LIMIT=1 .venv/bin/python benchmarks/capture_faults.py sample_docs/independent \
        --independent --split dev --photos 20 --scans 16 --previews /tmp/alarms
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def faults_named(path: Path, previews: Path | None = None) -> set[str]:
    """The faults named on one image, from the capture stage's and the quality gate's codes;
    with `previews`, the straightened page with a box around each fault is written there when
    any is named (to see whether a person would agree)."""
    from PIL import Image

    from docscan import capture, ingest, quality
    from docscan.evaluate_capture import NAMED_BY
    from docscan.settings import Settings

    settings = Settings(workers=1)
    page = ingest.load_page(ingest.probe(path, settings), 0, settings)
    if page.image is None:
        return set()
    captured = quality.page_to_gray(page.image)
    straight, found = capture.straighten(captured, colour=page.colour_pixels())
    measured = quality.assess(straight, page.declared_dpi,
                              upscale=quality.upscale_factor(captured) if found.method == "outline" else None)
    codes = {r.code for r in measured.reasons} | {f.fault for f in found.faults}
    named = {fault for fault, names in NAMED_BY.items() if codes & set(names)}
    if previews is not None and named:
        from docscan.webapp.previews import mark_faults

        previews.mkdir(parents=True, exist_ok=True)
        mark_faults(Image.fromarray(straight, "L"), found).save(previews / f"{path.stem}.png")
    return named


def independent(corpus: Path, split: str, photos: int, scans: int, previews: Path | None) -> int:
    """The faults named on photos and scans of a corpus of ordinary documents (`labels.csv`
    with `kind` and `split`, such as sample_docs/independent): none has a capture fault put
    on purpose, so each fault named is to be looked at (`previews`) and judged by a person."""
    rows = [r for r in csv.DictReader(line for line in open(corpus / "labels.csv", encoding="utf-8")
                                      if not line.startswith("#")) if split == "all" or r["split"] == split]
    chosen = []
    for kind, count in (("photo", photos), ("scan", scans)):
        of_kind = [r for r in rows if r["kind"] == kind]
        chosen += of_kind[:: max(1, len(of_kind) // count)][:count] if count else of_kind
    print(f"{len(chosen)} photos and scans on the {split} split of {corpus} (no OCR), evenly spread over labels.csv")
    alarms = 0
    for row in chosen:
        named = faults_named(corpus / row["path"], previews)
        alarms += bool(named)
        print(f"  {Path(row['path']).name:44} {row['kind']:6} {row['degradation']:14} {', '.join(sorted(named)) or '-'}")
    print(f"  a fault named on {alarms}/{len(chosen)}")
    return 0


def main() -> int:
    from docscan.evaluate_capture import FAULTS, load_labels

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(ROOT / "sample_docs" / "capture"))
    parser.add_argument("--split", default="test", choices=("dev", "test", "all"))
    parser.add_argument("--independent", action="store_true",
                        help="CORPUS is a corpus of ordinary documents: list the faults named on its photos and scans")
    parser.add_argument("--photos", type=int, default=0, help="with --independent: this many photos (default all)")
    parser.add_argument("--scans", type=int, default=0, help="with --independent: this many scans (default all)")
    parser.add_argument("--previews", help="write the pages on which a fault is named, with its box, here")
    args = parser.parse_args()
    if args.independent:
        return independent(Path(args.corpus), args.split, args.photos, args.scans,
                           Path(args.previews) if args.previews else None)
    pages = [p for p in load_labels(Path(args.corpus)) if args.split == "all" or p.split == args.split]
    named = [faults_named(p.path) for p in pages]
    clean = [i for i, p in enumerate(pages) if p.fault == "none"]
    print(f"{len(pages)} pages on the {args.split} split of {args.corpus} (no OCR)")
    print(f"  {'fault':16} {'hides text: named':>18} {'harmless: named':>16} {'named on clean pages':>21}")
    for fault in FAULTS:
        hiding = [i for i, p in enumerate(pages) if p.fault == fault and p.hides_text]
        harmless = [i for i, p in enumerate(pages) if p.fault == fault and not p.hides_text]
        cells = [f"{sum(fault in named[i] for i in group)}/{len(group)}" for group in (hiding, harmless, clean)]
        print(f"  {fault:16} {cells[0]:>18} {cells[1]:>16} {cells[2]:>21}")
    wrong = [f"{pages[i].path.name} ({', '.join(sorted(named[i]))})" for i in clean if named[i]]
    print(f"  any fault on a clean page: {len(wrong)}/{len(clean)}" + (f": {'; '.join(wrong)}" if wrong else ""))
    missed = [f"{p.path.name} ({p.fault})" for i, p in enumerate(pages)
              if p.fault != "none" and p.hides_text and p.fault not in named[i]]
    print(f"  missed where it hides text: {len(missed)}" + (f": {'; '.join(missed)}" if missed else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
