"""The capture-fault figures of a capture corpus without OCR: which faults the capture stage and
the quality gate name, per fault, where it hides text, where it does not, and on clean pages.

`docscan eval sample_docs/capture` gives the same figures and the legibility verdicts, but reads
every page with Tesseract (252 five-megapixel photos: over an hour on a loaded 2-core machine).
The faults are named before OCR, so this runs the same stages (`ingest`, `capture.straighten`,
`quality.assess` with the photo's enlargement measured before the warp, as `pipeline` does) in
a few minutes. Only `body_unreadable`, which needs OCR, is not seen (it also names
out-of-focus), so out-of-focus may be named a little more often by `docscan eval`. Run:

    OMP_THREAD_LIMIT=1 .venv/bin/python benchmarks/capture_faults.py [CORPUS] [--split dev|test|all]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def faults_named(path: Path) -> set[str]:
    """The faults named on one image, from the capture stage's and the quality gate's codes."""
    from docscan import capture, ingest, quality
    from docscan.evaluate_capture import NAMED_BY
    from docscan.settings import Settings

    settings = Settings(workers=1)
    page = ingest.load_page(ingest.probe(path, settings), 0, settings)
    if page.image is None:
        return set()
    captured = quality.page_to_gray(page.image)
    straight, found = capture.straighten(captured)
    measured = quality.assess(straight, page.declared_dpi,
                              upscale=quality.upscale_factor(captured) if found.method == "outline" else None)
    codes = {r.code for r in measured.reasons} | {f.fault for f in found.faults}
    return {fault for fault, names in NAMED_BY.items() if codes & set(names)}


def main() -> int:
    from docscan.evaluate_capture import FAULTS, load_labels

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(ROOT / "sample_docs" / "capture"))
    parser.add_argument("--split", default="test", choices=("dev", "test", "all"))
    args = parser.parse_args()
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
