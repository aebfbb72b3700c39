"""Files ready to submit (issue 17): size, resolution and read-back of exported PDFs on real scans.

Reads files of the independent corpus (phone photos, flatbed scans, image-only PDFs: what an
applicant uploads), exports each as docscan's export does, and prints per kind: how many PDFs
open in pdfplumber and in PDFium (Chromium's PDF engine), fit the size limit, their median and
largest size, the resolution and JPEG quality chosen, and the share of the words docscan read
that the PDF's text layer gives back (target: at least 95%).

    .venv/bin/python benchmarks/export_benchmark.py --files 24 [--max-mb 2] [--workers 1]
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "sample_docs" / "independent"


def words_of(text: str) -> list[str]:
    return [w for w in (re.sub(r"\W", "", token.lower()) for token in text.split()) if w]


def main() -> int:
    import pdfplumber
    import pypdfium2 as pdfium

    from docscan import classify, export, ingest
    from docscan.pipeline import PageTask, assemble_file, read_pages
    from docscan.settings import Settings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=24, help="files per run, spread over the kinds")
    parser.add_argument("--max-mb", type=float, default=2.0)
    parser.add_argument("--workers", type=int, default=1, help="page workers (default 1: a shared machine)")
    args = parser.parse_args()

    with (CORPUS / "labels.csv").open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(line for line in handle if not line.startswith("#"))]
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        if row["kind"] in ("photo", "scan", "scanpdf") and (CORPUS / row["path"]).exists():
            by_kind[row["kind"]].append(row)
    chosen = [row for kind in sorted(by_kind) for row in by_kind[kind][: max(1, args.files // len(by_kind))]]
    settings = Settings(workers=args.workers)
    limits = export.ExportLimits(max_bytes=int(args.max_mb * 1_000_000))
    rules = classify.load_rules()
    sources = [ingest.probe(CORPUS / row["path"], settings) for row in chosen]
    tasks = [PageTask(source, i, settings, date(2026, 11, 15)) for source in sources if source.readable
             for i in range(source.page_count)]
    started = time.perf_counter()
    pages = iter(read_pages(tasks, settings))
    read_seconds = time.perf_counter() - started
    figures: dict[str, list[dict]] = defaultdict(list)
    export_seconds = 0.0
    for row, source in zip(chosen, sources):
        if not source.readable:
            continue
        file_result = assemble_file(source, tuple(next(pages) for _ in range(source.page_count)), rules,
                                    date(2026, 11, 15))
        started = time.perf_counter()
        built = export._build_pdf([(file_result, page) for page in file_result.pages], settings, limits)
        export_seconds += time.perf_counter() - started
        if built.data is None:
            figures[row["kind"]].append({"opened": False})
            continue
        try:
            document = pdfium.PdfDocument(built.data)
            pdfium_ok = len(document) == built.pages
            document.close()
            with pdfplumber.open(io.BytesIO(built.data)) as pdf:
                back = Counter(w for page in pdf.pages for w in words_of(page.extract_text() or ""))
            opened = True
        except Exception:  # noqa: BLE001 - a PDF that does not open is the figure being measured
            opened, pdfium_ok, back = False, False, Counter()
        read = Counter(w for page in file_result.pages for w in words_of(page.text))
        total = sum(read.values())
        found = sum(min(count, back[word]) for word, count in read.items())
        figures[row["kind"]].append({"path": row["path"], "opened": opened and pdfium_ok, "size": len(built.data),
                                     "within": len(built.data) <= limits.max_bytes, "dpi": built.dpi,
                                     "quality": built.quality, "readback": found / total if total else 1.0})
    print(f"Export of {sum(len(v) for v in figures.values())} files of the independent corpus "
          f"(limit {args.max_mb:g} MB a file); reading {read_seconds:.0f} s, export {export_seconds:.1f} s in all")
    print(f"{'kind':8} {'files':>5} {'open':>5} {'fit':>5} {'median MB':>10} {'max MB':>7} {'dpi/quality':>14} "
          f"{'read-back median':>17} {'min':>6}")
    for kind, items in sorted(figures.items()):
        done = [i for i in items if i.get("opened")]
        sizes = [i["size"] / 1e6 for i in done]
        backs = [i["readback"] for i in done]
        settings_used = Counter(f"{i['dpi']}/{i['quality']}" for i in done).most_common(1)
        print(f"{kind:8} {len(items):5} {len(done):5} {sum(i['within'] for i in done):5} "
              f"{statistics.median(sizes) if sizes else 0:10.2f} {max(sizes) if sizes else 0:7.2f} "
              f"{settings_used[0][0] if settings_used else '-':>14} "
              f"{statistics.median(backs) if backs else 0:17.3f} {min(backs) if backs else 0:6.3f}")
    for kind, items in sorted(figures.items()):
        for item in items:
            if item.get("opened") and item["readback"] < 0.95:
                print(f"  read back below 95%: {item['path']} ({kind}) {item['readback']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
