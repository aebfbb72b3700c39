"""Evaluation: how often docscan is right, measured on labelled documents anyone can re-run.

`docscan eval [CORPUS]` reads every document of a corpus through the real pipeline and compares
with the truth:

* **Document type** — the truth is in the file's name, which the generator gives it from
  what it rendered: `pdf/<lang>/<type>.pdf`, `scans/<type>-<lang>[-<degradation>].<ext>`,
  `unknown-*` for pages that are none of the types. The file name is *not* shown to the
  classifier here (no type is declared from names), so the figure measures the content alone.
* **Legibility** — the truth is what can be read, not a blur number: a degraded scan is
  legible when Tesseract reads at least 80% of the words it reads on the clean original,
  illegible when it reads at most 40%; pages in between are ambiguous and left out. docscan's
  verdict and the usual baseline (global variance of the Laplacian >= 100) are scored on the
  same pages, side by side.
* **Bundles** — every bundle of `bundles.yaml`: verdict and every requirement status.
"""

from __future__ import annotations

import re
import statistics
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from . import classify, ingest
from .classify import UNKNOWN
from .models import Applicant
from .pipeline import PageCache, PageResult, PageTask, assemble_file, check_bundle, read_pages
from .settings import Settings

#: Legibility truth (issue 4): share of the clean original's words still read.
LEGIBLE_RATIO = 0.8
ILLEGIBLE_RATIO = 0.4
#: The baseline everyone starts from: a page is sharp when the Laplacian variance is >= 100.
LAPLACIAN_THRESHOLD = 100.0

_SCAN_NAME = re.compile(r"^(?P<type>[a-z_]+)-(?P<lang>en|fr|nl|de)(?:-(?P<variant>.+))?$")
_WORD = re.compile(r"[^\W\d_]{3,}")


@dataclass(frozen=True)
class Sample:
    """One labelled file of the corpus."""

    path: Path
    doc_type: str
    #: For scans: the clean original this one was degraded from (None for the original itself).
    original: Path | None


def label_corpus(corpus: Path, rules: classify.DocumentRules) -> list[Sample]:
    """Labels from the generator's naming scheme; files that follow no scheme are left out."""
    samples = []
    for path in sorted(corpus.rglob("*")):
        if not path.is_file() or path.suffix.lower() in (".yaml", ".md", ".py", ".csv", ".txt"):
            continue
        stem = path.stem
        if stem.startswith("unknown") or stem == "blank":
            samples.append(Sample(path, UNKNOWN, None))
            continue
        if path.parent.parent.name == "pdf" and stem in rules.types:
            samples.append(Sample(path, stem, None))
            continue
        match = _SCAN_NAME.match(stem)
        if match and match["type"] in rules.types:
            original = None
            if match["variant"]:
                candidate = path.with_name(f"{match['type']}-{match['lang']}.png")
                original = candidate if candidate.exists() else None
            samples.append(Sample(path, match["type"], original))
        elif stem.startswith("passport-multipage"):
            samples.append(Sample(path, "passport", None))
    return samples


def _words(page: PageResult) -> Counter:
    return Counter(word.lower() for word in _WORD.findall(page.text))


def run(corpus: Path, bundles: Path | None, settings: Settings, cache: PageCache | None = None,
        today: date | None = None) -> str:
    """Evaluate and return the printed table."""
    rules = classify.load_rules()
    samples = label_corpus(corpus, rules)
    today = today or date(2026, 11, 15)
    sources = {s.path: ingest.probe(s.path, settings) for s in samples}
    tasks = [PageTask(sources[s.path], i, settings, today) for s in samples if sources[s.path].readable
             for i in range(sources[s.path].page_count)]
    started = time.perf_counter()
    results = iter(read_pages(tasks, settings, cache=cache))
    elapsed = time.perf_counter() - started
    pages: dict[Path, tuple[PageResult, ...]] = {}
    for s in samples:
        source = sources[s.path]
        pages[s.path] = tuple(next(results) for _ in range(source.page_count)) if source.readable else ()

    # Document type, from content only.
    confusion: Counter = Counter()
    wrong = []
    for s in samples:
        source = sources[s.path]
        result = assemble_file(source, pages[s.path], rules, today, use_file_name=False)
        predicted = result.doc_type
        legible = all(p.legible for p in result.pages) if result.pages else False
        if not legible and s.original is not None:
            continue  # an unreadable degraded copy has no type to find; legibility scores it
        confusion[(s.doc_type, predicted)] += 1
        if predicted != s.doc_type:
            wrong.append(f"{s.path.relative_to(corpus)}: expected {s.doc_type}, got {predicted}")
    typed = sum(confusion.values())
    right = sum(n for (truth, got), n in confusion.items() if truth == got)
    forced = sum(n for (truth, got), n in confusion.items() if truth == UNKNOWN and got != UNKNOWN)

    # Legibility, against what can be read on the clean original.
    rows = []
    for s in samples:
        if s.original is None or s.original not in pages or not pages[s.path] or not pages[s.original]:
            continue
        clean, degraded = _words(pages[s.original][0]), _words(pages[s.path][0])
        if not clean:
            continue
        ratio = sum((clean & degraded).values()) / sum(clean.values())
        if ILLEGIBLE_RATIO < ratio < LEGIBLE_RATIO:
            continue
        page = pages[s.path][0]
        baseline = page.quality is not None and page.quality.laplacian_variance >= LAPLACIAN_THRESHOLD
        rows.append((s.path.name, ratio >= LEGIBLE_RATIO, page.legible, baseline, ratio,
                     page.quality.laplacian_variance if page.quality else None))
    lines = [f"Corpus: {corpus} ({len(samples)} files, {len(tasks)} pages)", ""]
    lines.append(f"Document type (content only): {right}/{typed} right = {100 * right / max(typed, 1):.1f}%; "
                 f"non-documents given a type: {forced}")
    for line in wrong:
        lines.append(f"  wrong: {line}")
    lines += ["", "Confusion (truth -> predicted: count), errors only:"]
    lines += [f"  {truth} -> {got}: {n}" for (truth, got), n in sorted(confusion.items()) if truth != got] or ["  none"]
    lines += ["", f"Legibility on {len(rows)} degraded scans (truth: >= {LEGIBLE_RATIO:.0%} of the clean page's "
                  f"words read = legible, <= {ILLEGIBLE_RATIO:.0%} = illegible):",
              f"  {'':<22}{'agreement':>10}{'false rejections':>18}{'false acceptances':>19}"]
    for name, column in (("docscan", 2), (f"Laplacian var >= {LAPLACIAN_THRESHOLD:g}", 3)):
        agree = sum(1 for r in rows if r[1] == r[column])
        false_reject = sum(1 for r in rows if r[1] and not r[column])
        false_accept = sum(1 for r in rows if not r[1] and r[column])
        lines.append(f"  {name:<22}{agree:>5}/{len(rows):<4}{false_reject:>14}{false_accept:>19}")
    lines.append("  per page (file, truth ratio, docscan, baseline, Laplacian variance):")
    for name, truth, ours, base, ratio, variance in rows:
        flag = "" if truth == ours else "   <- docscan wrong"
        lines.append(f"    {name:<40} {ratio:5.2f} {'legible' if truth else 'illegible':<10} "
                     f"{'legible' if ours else 'illegible':<10} {'legible' if base else 'illegible':<10} "
                     f"{variance if variance is not None else float('nan'):9.1f}{flag}")

    ocr_seconds = [p.seconds for ps in pages.values() for p in ps if p.source == "ocr"]
    text_seconds = [p.seconds for ps in pages.values() for p in ps if p.source == "text_layer"]
    lines += ["", f"Seconds per page (one worker's time): scans median {_median(ocr_seconds)}, "
                  f"text-layer PDFs median {_median(text_seconds)}; wall clock {elapsed:.1f} s for "
                  f"{len(tasks)} pages with {settings.workers} workers "
                  f"({elapsed / max(len(tasks), 1):.2f} s per page)."]
    if bundles is not None and bundles.exists():
        lines += [""] + _bundles(bundles, settings, cache)
    return "\n".join(lines) + "\n"


def _median(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} s" if values else "n/a"


def _bundles(manifest: Path, settings: Settings, cache: PageCache | None) -> list[str]:
    entries = yaml.safe_load(manifest.read_text(encoding="utf-8"))
    entries = entries["bundles"] if isinstance(entries, dict) else entries
    verdicts = statuses = status_total = 0
    failures = []
    for entry in entries:
        facts = entry.get("applicant") or {}
        report = check_bundle([manifest.parent / entry["path"]], entry["permit"], entry["region"],
                              today=date.fromisoformat(str(entry["today"])), settings=settings, cache=cache,
                              applicant=Applicant(in_belgium=bool(facts.get("in_belgium")),
                                                  renewal=bool(facts.get("renewal"))))
        verdicts += report.verdict == entry["verdict"]
        got = {r.id: r.status for r in report.requirements}
        for req_id, expected in entry["statuses"].items():
            status_total += 1
            statuses += got.get(req_id) == expected
            if got.get(req_id) != expected:
                failures.append(f"  {entry['name']}: {req_id} expected {expected}, got {got.get(req_id)}")
    return [f"Bundles: verdict right {verdicts}/{len(entries)}; requirement statuses right "
            f"{statuses}/{status_total}", *failures]
