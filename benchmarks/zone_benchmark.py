"""What the zone reader costs, page by page, on a zone corpus (issue 11).

`docscan eval sample_docs/mrz` reads every page whole (page OCR in four languages, seconds a
page) before the zone reader runs, so a run takes an hour on the shared machine, and a change
to the zone reader could only be measured that way. This benchmark keeps each page's OCR
(`--memo DIR`, JSON, keyed on the image's SHA-256, the languages and Tesseract's version) and
runs only what follows it the way `pipeline.read_page` does: the capture stage, the zone
reader on the page as decoded (or as taken out of a photo's perspective) and the page's
judgement (`pipeline.judge_reading`), whose zone is scored like the eval scores it
(`evaluate_mrz.report`).

Per page it records the zone reader's processor seconds (this process and its Tesseract runs,
the issue's "on one core"), its Tesseract calls (zone crops and printed-field readings) and
whether the page is **hard**: its first reading that looks like a zone does not prove it (every
key check digit passing, line 1 read, both codes in ICAO's list), so the reader retries. Run
from a checkout, with that checkout's code:

    OMP_THREAD_LIMIT=1 PYTHONPATH=. nice .venv/bin/python benchmarks/zone_benchmark.py \\
        sample_docs/mrz --memo /tmp/zone-memo --out after.json [--compare before.json]

`--compare` prints a second column from an earlier `--out` (another checkout's code, same
memo): the hard pages are then the earlier run's, so both columns cover the same pages.
The memo holds the pages' text: it is kept only where asked for (a 0700 folder).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import time
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from PIL import Image

from docscan import capture as capture_stage
from docscan import evaluate_mrz, ingest, mrz, mrz_zone, ocr, pipeline, quality
from docscan.settings import Settings


def _memo_path(memo: Path, sha256: str, settings: Settings) -> Path:
    key = hashlib.sha256(repr((sha256, settings.tesseract_languages, ocr.tesseract_version())).encode())
    return memo / f"{key.hexdigest()[:32]}.json"


def _reading_from_json(data: dict[str, Any]) -> ocr.OcrResult:
    return ocr.OcrResult(**{**data, "words": tuple(ocr.OcrWord(**w) for w in data["words"]),
                            "lines": tuple(ocr.TextLine(**line) for line in data["lines"])})


def page_reading(image: Image.Image, sha256: str, settings: Settings, memo: Path) -> ocr.OcrResult:
    """The page OCR of `image`, from the memo when it was read before."""
    path = _memo_path(memo, sha256, settings)
    if path.exists():
        return _reading_from_json(json.loads(path.read_text(encoding="utf-8")))
    reading = ocr.read_page(image, settings)
    path.write_text(json.dumps(asdict(reading)), encoding="utf-8")
    path.chmod(0o600)
    return reading


class _CountingOcr:
    """Counts the zone reader's Tesseract calls and keeps the zone crops' texts in order."""

    def __init__(self) -> None:
        self.zone_texts: list[str] = []
        self.printed = 0
        self._read_zone, self._read_printed = ocr.read_zone, ocr.read_printed_fields

    def __enter__(self) -> "_CountingOcr":
        def read_zone(*args: Any, **kwargs: Any) -> str:
            text = self._read_zone(*args, **kwargs)
            self.zone_texts.append(text)
            return text

        def read_printed(*args: Any, **kwargs: Any) -> str:
            self.printed += 1
            return self._read_printed(*args, **kwargs)

        ocr.read_zone, ocr.read_printed_fields = read_zone, read_printed  # type: ignore[assignment]
        return self

    def __exit__(self, *_: object) -> None:
        ocr.read_zone, ocr.read_printed_fields = self._read_zone, self._read_printed  # type: ignore[assignment]


def _first_reading_proves(texts: list[str], today: date, page_text: str) -> bool:
    """Whether the first zone-like crop reading proves the zone, as the reader's early stop
    judges it: the key check digits pass, line 1 is read and both codes are ICAO's."""
    first = next((text for text in texts if mrz_zone._zone_signs(text) >= mrz_zone.MIN_ZONE_SIGNS), None)
    if first is None:
        return False
    zone = mrz.find_zone(first, today, visual_text=page_text, line2_alone=True)
    return zone is not None and zone.valid and mrz_zone._complete(zone)


def _prepare(corpus: Path, row: dict[str, str], settings: Settings, memo: Path):
    """A zone corpus page as the pipeline prepares it (pipeline._read_page_content): its date, the
    straightened grey page, the capture stage's result, the page as decoded, and the OCR reading
    of the page after the capture stage (the zone reader gets the page as decoded, or taken out
    of a photo's perspective)."""
    source = ingest.probe(str(corpus / row["path"]), settings)
    page = ingest.load_page(source, 0, settings)
    assert page.image is not None
    gray, capture = capture_stage.straighten(quality.page_to_gray(page.image), colour=page.colour_pixels())
    image = Image.fromarray(capture_stage.for_ocr(gray, capture), "L") if capture.method != "none" else page.image
    return (date.fromisoformat(row["today"]), gray, capture, page.image,
            page_reading(image, source.sha256, settings, memo))


def measure(corpus: Path, memo: Path, subset: bool, zone_seconds: float | None = None) -> list[dict[str, Any]]:
    settings = Settings() if zone_seconds is None else Settings(zone_seconds=zone_seconds)
    rows = evaluate_mrz._labels(corpus, subset)
    measured = []
    for number, row in enumerate(rows, 1):
        today, gray, capture, decoded, reading = _prepare(corpus, row, settings, memo)
        straight = Image.fromarray(gray, "L") if capture.method == "outline" else decoded
        started, own_started = time.perf_counter(), time.process_time()
        with _CountingOcr() as counted:
            zone_reading = (mrz_zone.read_zone(straight, settings, page_text=reading.text, today=today,
                                               words=reading.words, words_rotation=reading.rotation)
                            if mrz_zone.worth_reading(reading) else None)
        seconds, own_seconds = time.perf_counter() - started, time.process_time() - own_started
        result = pipeline.judge_reading(1, reading, None, today, zone_reading.zone if zone_reading else None, capture)
        zone = result.classification.mrz if result.classification else None
        stated = {key: (value.isoformat() if isinstance(value, date) else str(value))
                  for key, value in (mrz.stated_facts(zone) if zone else {}).items()}
        measured.append({
            "path": row["path"], "found": zone is not None, "stated": stated, "doc_type": result.doc_type,
            "seconds": seconds, "cpu_seconds": zone_reading.cpu_seconds if zone_reading else 0.0,
            "own_cpu_seconds": own_seconds if zone_reading else 0.0,
            "zone_reads": len(counted.zone_texts), "printed_reads": counted.printed,
            "hard": not _first_reading_proves(counted.zone_texts, today, reading.text)})
        print(f"\r{number}/{len(rows)}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return measured


def retry_table(corpus: Path, memo: Path, subset: bool, paths: set[str]) -> None:
    """How often each retry of `mrz_zone._retries`, read alone after the first reading, proves
    the zone (line 1, codes and every check digit; and the key fields alone) on the pages of
    `paths`: the first band that reads as a zone, as the reader takes it."""
    import cv2
    import numpy as np

    settings = Settings()
    proved: dict[int, int] = {}
    key_proved: dict[int, int] = {}
    tried = 0
    for row in evaluate_mrz._labels(corpus, subset):
        if row["path"] not in paths:
            continue
        today, gray, capture, decoded, reading = _prepare(corpus, row, settings, memo)
        straight = gray if capture.method == "outline" else np.asarray(decoded.convert("L"))
        bands = [*mrz_zone.find_bands(straight), *mrz_zone._bands_from_words(reading.words, reading.rotation)]
        for band in bands[:mrz_zone.MAX_CANDIDATES]:
            crop = mrz_zone.crop_band(straight, band)
            first = None
            for turned in (crop, cv2.rotate(crop, cv2.ROTATE_180)):
                text = ocr.read_zone(Image.fromarray(turned), settings)
                if mrz_zone._zone_signs(text) >= mrz_zone.MIN_ZONE_SIGNS:
                    first = (turned, text)
                    break
            if first is None:
                continue
            tried += 1
            for index, (variant, thresholding) in enumerate(mrz_zone._retries(first[0])):
                text = ocr.read_zone(Image.fromarray(variant), settings, thresholding=thresholding)
                zone = mrz.find_zone(first[1] + "\n" + text, today, visual_text=reading.text, line2_alone=True)
                proved[index] = proved.get(index, 0) + bool(zone and zone.valid and mrz_zone._complete(zone))
                key_proved[index] = key_proved.get(index, 0) + bool(zone and zone.key_fields_proved)
            break
        print(f"\r{tried}/{len(paths)}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    print(f"retries read alone after the first reading, on {tried} hard pages that read as a zone:")
    for index in sorted(proved):
        print(f"  retry {index}: proves {proved[index]}, key fields {key_proved[index]}")


def _cases(measured: list[dict[str, Any]], corpus: Path, subset: bool) -> tuple[evaluate_mrz.ZoneCase, ...]:
    truth = {row["path"]: row for row in evaluate_mrz._labels(corpus, subset)}
    return tuple(evaluate_mrz.ZoneCase(m["path"], truth[m["path"]], m["found"], m["stated"], m["doc_type"],
                                       m["seconds"], m["cpu_seconds"], m["seconds"]) for m in measured)


def _quantile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def summary(measured: list[dict[str, Any]], hard: set[str]) -> dict[str, str]:
    """Cost figures of one run, over all pages and over the `hard` ones."""
    figures: dict[str, str] = {}
    for name, pages in (("all", measured), ("hard", [m for m in measured if m["path"] in hard]),
                        ("easy", [m for m in measured if m["path"] not in hard])):
        cpu = [m["cpu_seconds"] for m in pages]
        calls = [m["zone_reads"] + m["printed_reads"] for m in pages]
        if not pages:
            continue
        figures[f"{name} pages"] = str(len(pages))
        figures[f"{name} cpu s mean"] = f"{statistics.mean(cpu):.2f}"
        figures[f"{name} cpu s median"] = f"{statistics.median(cpu):.2f}"
        figures[f"{name} cpu s p90"] = f"{_quantile(cpu, 0.9):.2f}"
        figures[f"{name} cpu s max"] = f"{max(cpu):.2f}"
        figures[f"{name} cpu s mean outside Tesseract"] = f"{statistics.mean(m.get('own_cpu_seconds', 0.0) for m in pages):.2f}"
        figures[f"{name} Tesseract calls mean"] = f"{statistics.mean(calls):.1f}"
        figures[f"{name} printed reads mean"] = f"{statistics.mean(m['printed_reads'] for m in pages):.2f}"
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--memo", type=Path, required=True, help="folder keeping each page's OCR (its text)")
    parser.add_argument("--subset", action="store_true", help="only the CI subset")
    parser.add_argument("--out", type=Path, help="write the per-page measurements here (JSON, no text)")
    parser.add_argument("--compare", type=Path, help="an earlier --out to print beside this run")
    parser.add_argument("--zone-seconds", type=float, metavar="S",
                        help="the zone reader's budget (Settings.zone_seconds): a larger one shows what more readings do")
    parser.add_argument("--retries", type=Path, metavar="OUT",
                        help="only tell how often each retry proves the zone, on the hard pages of an earlier --out")
    args = parser.parse_args()
    args.memo.mkdir(mode=0o700, parents=True, exist_ok=True)
    if args.retries:
        retry_table(args.corpus, args.memo, args.subset,
                    {m["path"] for m in json.loads(args.retries.read_text()) if m["hard"]})
        return 0
    measured = measure(args.corpus, args.memo, args.subset, args.zone_seconds)
    if args.out:
        # Paths and figures only: the stated facts stay in memory.
        args.out.write_text(json.dumps([{k: v for k, v in m.items() if k != "stated"} | {"right": case.right,
                                         "silent": bool(case.wrong)}
                                        for m, case in zip(measured, _cases(measured, args.corpus, args.subset))]))
    text, _missed = evaluate_mrz.report(_cases(measured, args.corpus, args.subset), args.corpus, args.subset)
    print(text, end="")
    before = json.loads(args.compare.read_text()) if args.compare else None
    hard = {m["path"] for m in (before or measured) if m["hard"]}
    now = summary(measured, hard)
    if before is None:
        for name, value in now.items():
            print(f"  {name:<32} {value:>8}")
        return 0
    earlier = summary(before, hard)
    print(f"  {'(hard pages: the earlier run)':<32} {'before':>8} {'after':>8}")
    for name in now:
        print(f"  {name:<32} {earlier.get(name, '-'):>8} {now[name]:>8}")
    print(f"  {'key fields right':<32} {sum(m['right'] for m in before):>8} "
          f"{sum(c.right for c in _cases(measured, args.corpus, args.subset)):>8}")
    print(f"  {'silent errors':<32} {sum(m['silent'] for m in before):>8} "
          f"{sum(bool(c.wrong) for c in _cases(measured, args.corpus, args.subset)):>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
