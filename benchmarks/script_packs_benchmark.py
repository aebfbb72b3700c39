#!/usr/bin/env python3
"""Script packs (issue 16): what reading a page again with its script's Tesseract packs costs
and gains, on test pages drawn here (fictitious, SPECIMEN), and their installed size.

    .venv/bin/python benchmarks/script_packs_benchmark.py

For each page (a Russian, a Ukrainian and an Arabic certificate of no criminal record, and a
French one as the four-language control) docscan's page reader runs twice, with the packs
(`Settings().script_languages`) and without (`script_languages=()`): seconds for the page, the
type recognised, the issue date read, and whether the script was named. The installed size is
dpkg's `Installed-Size` of each package of the Makefile's SCRIPT_PACKS.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

PACKAGES = ("tesseract-ocr-rus", "tesseract-ocr-ukr", "tesseract-ocr-ara")

UKRAINIAN_RECORD = [
    "ДОВІДКА ПРО НЕСУДИМІСТЬ",
    "Міністерство внутрішніх справ України",
    "Видана SPECIMEN Петренко Олені Іванівні, дата народження 05.06.1993,",
    "про те, що вона не має судимості та не притягувалася",
    "до кримінальної відповідальності. Дата видачі: 01.10.2026",
    "Документ вигаданий, для випробувань. SPECIMEN",
]


def main() -> int:
    from docscan.ingest import probe
    from docscan.pipeline import PageTask, read_page
    from docscan.settings import Settings

    from rendering import scan
    from test_authentication import MOROCCAN_ARABIC_RECORD, MOROCCAN_RECORD, RUSSIAN_RECORD, _native_scan

    for package in PACKAGES:
        size = subprocess.run(["dpkg-query", "-W", "-f=${Installed-Size}", package], capture_output=True, text=True)
        print(f"{package}: {int(size.stdout) / 1024:.1f} MB installed" if size.returncode == 0 else
              f"{package}: not installed")
    today = date(2026, 11, 15)
    with tempfile.TemporaryDirectory() as folder:
        pages = {"ru": _native_scan(RUSSIAN_RECORD, Path(folder) / "ru.png"),
                 "uk": _native_scan(UKRAINIAN_RECORD, Path(folder) / "uk.png"),
                 "ar": _native_scan(MOROCCAN_ARABIC_RECORD, Path(folder) / "ar.png", rtl=True),
                 "fr (control)": scan(MOROCCAN_RECORD, Path(folder) / "fr.png")}
        print(f"{'page':<13} {'packs':<6} {'seconds':>7}  {'type':<16} {'issue date':<11} script")
        for name, path in pages.items():
            for label, settings in (("with", Settings(workers=1)), ("without", replace(Settings(workers=1),
                                                                                      script_languages=()))):
                result = read_page(PageTask(probe(path, settings), 0, settings, today))
                issued = max((d.value for d in result.found_dates), default=None)
                print(f"{name:<13} {label:<6} {result.seconds:7.2f}  {result.classification.doc_type:<16} "
                      f"{str(issued):<11} {result.reading.script if result.reading else None}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
