"""Evaluation: how often docscan is right, measured on labelled documents anyone can re-run.

`docscan eval [CORPUS]` reads every document of a corpus through the real pipeline and compares
with the truth written in the corpus's `labels.csv` (sample_docs/eval/, made by its generator):

* **Document type** — the file name is *not* shown to the classifier (no type is declared from
  names), so the figure measures the content alone. A page that is none of the types must come
  out `unknown`: a required type given to an unrelated page is the worst error there is.
* **Legibility** — the truth is what can be read, not a blur number: a degraded page is legible
  when Tesseract reads at least 80% of the words it reads on the clean original, illegible when
  it reads at most 40%; pages in between are ambiguous and left out. The counts come from plain
  Tesseract at generation time and are kept in the labels, so the truth does not depend on the
  code under test. docscan's verdict and the usual baseline (global variance of the Laplacian
  >= 100) are scored on the same pages, side by side, and per degradation kind.
* **Bundles** — every bundle of the corpus's `bundles.yaml`: verdict and every requirement status.

The legibility thresholds are chosen on the `calibration` split (`--calibrate`) and the figures
reported on the `test` split, fixed in the labels by base document, so no page the thresholds
were chosen on is scored. `--check` turns the issue's targets into an exit code for CI.

A corpus without `labels.csv` (sample_docs/documents) is labelled from the sample generator's
naming scheme instead, and its legibility truth computed from docscan's own reading.
"""

from __future__ import annotations

import csv
import itertools
import re
import statistics
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

import yaml

from . import classify, ingest, legibility
from .classify import UNKNOWN
from .errors import UsageError
from .legibility import LegibilityThresholds
from .models import answers_to_applicant
from .pipeline import PageCache, PageResult, PageTask, assemble_file, check_bundle, read_pages
from .settings import Settings

#: Legibility truth (issue 4): share of the clean original's words still read.
LEGIBLE_RATIO = 0.8
ILLEGIBLE_RATIO = 0.4
#: The baseline everyone starts from: a page is sharp when the Laplacian variance is >= 100.
LAPLACIAN_THRESHOLD = 100.0

#: The issue's targets, checked by `--check`.
TARGET_TYPE_ACCURACY = 0.98
TARGET_LEGIBILITY_AGREEMENT = 0.95
TARGET_FALSE_REJECTIONS = 0.02

SPLITS = ("calibration", "test")
LABEL_FIELDS = ("path", "doc_type", "language", "kind", "base", "degradation", "strength", "split", "subset",
                "original", "clean_words", "read_words", "truth_ratio", "sha256")

_SCAN_NAME = re.compile(r"^(?P<type>[a-z_]+)-(?P<lang>en|fr|nl|de)(?:-(?P<variant>.+))?$")
_WORD = re.compile(r"[^\W\d_]{3,}")


@dataclass(frozen=True)
class Sample:
    """One labelled file of the corpus."""

    path: Path
    doc_type: str
    #: The clean scan a degraded page was made from (None for clean pages and PDFs).
    original: Path | None = None
    kind: str = ""
    base: str = ""
    degradation: str = "none"
    strength: float = 0.0
    #: "calibration", "test", or None for a corpus without labels (no split).
    split: str | None = None
    subset: bool = False
    #: Share of the clean original's words read on this page (from the labels), if known.
    truth_ratio: float | None = None
    sha256: str = ""


# ---------------------------------------------------------------------------------------------
# Labels


def load_labels(path: Path) -> list[Sample]:
    """Read `labels.csv` (lines starting with # are comments); an error names the line and field."""
    rules = classify.load_rules()
    known_types = set(rules.types) | {UNKNOWN}
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    reader = csv.DictReader(lines)
    missing = [f for f in ("path", "doc_type", "base", "split") if f not in (reader.fieldnames or ())]
    if missing:
        raise UsageError(f"{path}: missing column(s) {', '.join(missing)}")
    samples = []
    for number, row in enumerate(reader, start=2):
        where = f"{path}, row {number}"
        if row["doc_type"] not in known_types:
            raise UsageError(f"{where}: doc_type '{row['doc_type']}' is not a document type nor 'unknown'")
        if row["split"] not in SPLITS:
            raise UsageError(f"{where}: split must be calibration or test, not '{row['split']}'")
        try:
            ratio = float(row["truth_ratio"]) if row.get("truth_ratio") else None
            strength = float(row.get("strength") or 0)
        except ValueError:
            raise UsageError(f"{where}: truth_ratio and strength must be numbers") from None
        if ratio is not None and not 0 <= ratio <= 1:
            raise UsageError(f"{where}: truth_ratio must be between 0 and 1")
        samples.append(Sample(
            path=path.parent / row["path"], doc_type=row["doc_type"],
            original=path.parent / row["original"] if row.get("original") else None,
            kind=row.get("kind", ""), base=row["base"], degradation=row.get("degradation") or "none",
            strength=strength, split=row["split"], subset=row.get("subset") == "1", truth_ratio=ratio,
            sha256=row.get("sha256", "")))
    check_split(samples, path)
    return samples


def check_split(samples: list[Sample], where: Path | str = "labels") -> None:
    """Every base document in one split only: otherwise the test split would hold a copy of a
    page the thresholds were calibrated on."""
    splits: dict[str, set[str]] = defaultdict(set)
    for sample in samples:
        splits[sample.base].add(sample.split or "")
    leaking = sorted(base for base, names in splits.items() if len(names) > 1)
    if leaking:
        raise UsageError(f"{where}: base document(s) in both splits: {', '.join(leaking)}")


def label_corpus(corpus: Path, rules: classify.DocumentRules) -> list[Sample]:
    """Labels from the sample generator's naming scheme (a corpus without labels.csv)."""
    samples = []
    for path in sorted(corpus.rglob("*")):
        if not path.is_file() or path.suffix.lower() in (".yaml", ".md", ".py", ".csv", ".txt"):
            continue
        stem = path.stem
        if stem.startswith("unknown") or stem == "blank":
            samples.append(Sample(path, UNKNOWN, kind="pdf" if path.suffix.lower() == ".pdf" else "scan"))
            continue
        if path.parent.parent.name == "pdf" and stem in rules.types:
            samples.append(Sample(path, stem, kind="pdf"))
            continue
        match = _SCAN_NAME.match(stem)
        if match and match["type"] in rules.types:
            original = None
            if match["variant"]:
                candidate = path.with_name(f"{match['type']}-{match['lang']}.png")
                original = candidate if candidate.exists() else None
            degradation = re.sub(r"^\d+(?=dpi)|[-\d.]+$", "", match["variant"] or "") or "none"
            samples.append(Sample(path, match["type"], original, kind="scan", degradation=degradation))
        elif stem.startswith("passport-multipage"):
            samples.append(Sample(path, "passport", kind="scan"))
    return samples


def truth_ratio(clean: Counter, degraded: Counter) -> float | None:
    """Share of the words read on the clean original (with multiplicity) still read on the page."""
    total = sum(clean.values())
    return sum((clean & degraded).values()) / total if total else None


def truth_legible(ratio: float | None) -> bool | None:
    """True legible, False illegible, None ambiguous (or unknown): left out of the score."""
    if ratio is None or ILLEGIBLE_RATIO < ratio < LEGIBLE_RATIO:
        return None
    return ratio >= LEGIBLE_RATIO


def words_of(text: str) -> Counter:
    return Counter(word.lower() for word in _WORD.findall(text))


def select(samples: list[Sample], split: str, subset: bool) -> list[Sample]:
    """The samples scored: one split (or all), optionally only the CI subset."""
    return [s for s in samples if (split == "all" or s.split in (None, split)) and (s.subset or not subset)]


# ---------------------------------------------------------------------------------------------
# Scoring


@dataclass(frozen=True)
class LegibilityCase:
    """One page with a legibility truth, and what docscan needs to judge it again cheaply."""

    name: str
    degradation: str
    truth: bool
    ratio: float
    docscan: bool
    baseline: bool
    laplacian: float | None
    #: Read words per `confident_word` tried; None when the page is judged without counting
    #: (blank page, failed OCR, text layer): then `fixed` is the verdict under any threshold.
    counts: dict[float, tuple[int, float]] | None
    confirmed: bool
    mrz_ok: bool
    fixed: bool


@dataclass(frozen=True)
class Score:
    """Agreement, false rejections (legible judged illegible) and false acceptances."""

    pages: int
    agree: int
    false_reject: int
    false_accept: int
    legible: int
    illegible: int

    @property
    def agreement(self) -> float:
        return self.agree / self.pages if self.pages else 0.0

    @property
    def false_reject_rate(self) -> float:
        """Share of the legible pages judged illegible: applicants sent to rescan for nothing."""
        return self.false_reject / self.legible if self.legible else 0.0

    @property
    def false_accept_rate(self) -> float:
        """Share of the illegible pages judged legible: files the portal rejects weeks later."""
        return self.false_accept / self.illegible if self.illegible else 0.0


def score(truths: list[bool], verdicts: list[bool]) -> Score:
    pairs = list(zip(truths, verdicts))
    return Score(len(pairs), sum(t == v for t, v in pairs), sum(t and not v for t, v in pairs),
                 sum(v and not t for t, v in pairs), sum(truths), len(truths) - sum(truths))


def rejudge(case: LegibilityCase, limits: LegibilityThresholds) -> bool:
    """docscan's verdict on the page under other thresholds, from the counts made once."""
    if case.counts is None:
        return case.fixed
    words, share = case.counts[limits.confident_word]
    return legibility.decide(words, share, case.confirmed, case.mrz_ok, limits)


#: The grid `--calibrate` searches.
GRID = {
    "confident_word": (40.0, 50.0, 60.0, 70.0, 80.0),
    "min_read_words": (5, 10, 15, 20, 25, 30, 40, 50, 60, 80),
    "min_read_share": (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75),
    "min_words_if_type_confirmed": (3, 5, 8, 12, 16, 20),
}


@dataclass(frozen=True)
class Calibration:
    thresholds: LegibilityThresholds
    score: Score
    feasible: bool
    tried: int


def calibrate(cases: list[LegibilityCase], grid: dict = GRID,
              max_false_reject_rate: float = TARGET_FALSE_REJECTIONS) -> Calibration:
    """The thresholds with the best agreement among those with false rejections <= the limit.

    Ties go to fewer false rejections, then to the most lenient values (lowest share, fewest
    words): a false "illegible" sends an applicant to rescan for nothing. When no point meets
    the limit, the one with the fewest false rejections wins and `feasible` is False.
    """
    truths = [c.truth for c in cases]
    best_key, best = None, None
    tried = 0
    names = list(grid)
    for values in itertools.product(*(grid[n] for n in names)):
        limits = LegibilityThresholds(**dict(zip(names, values)))
        tried += 1
        result = score(truths, [rejudge(c, limits) for c in cases])
        feasible = result.false_reject_rate <= max_false_reject_rate
        key = (not feasible, result.false_reject if not feasible else 0, -result.agree, result.false_reject,
               limits.min_read_share, limits.min_read_words, limits.min_words_if_type_confirmed, limits.confident_word)
        if best_key is None or key < best_key:
            best_key, best = key, Calibration(limits, result, feasible, 0)
    if best is None:
        raise ValueError("the calibration grid has no point to try (a threshold with no values)")
    return Calibration(best.thresholds, best.score, best.feasible, tried)


def write_thresholds(path: Path, limits: LegibilityThresholds, note: str) -> None:
    """Put calibrated values into legibility.yaml, keeping its comments, with a dated note."""
    text = path.read_text(encoding="utf-8")
    for name, value in limits.model_dump().items():
        shown = f"{value:g}" if isinstance(value, float) else str(value)
        text, found = re.subn(rf"(?m)^{name}:.*$", f"{name}: {shown}", text)
        if not found:
            raise UsageError(f"{path}: no '{name}:' line to update")
    text = re.sub(r"(?m)^# Calibrated: .*\n", "", text)
    path.write_text(f"# Calibrated: {note}\n" + text, encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# The run


@dataclass
class Evaluation:
    """Figures of one run, the printed table, and which targets were missed."""

    text: str
    missed: list[str] = field(default_factory=list)
    calibration: Calibration | None = None


def run(corpus: Path, bundles: Path | None, settings: Settings, cache: PageCache | None = None,
        today: date | None = None, *, split: str = "test", subset: bool = False,
        calibrate_thresholds: bool = False) -> Evaluation:
    """Evaluate the corpus (one split of it) and return the figures with the printed table."""
    if cache is None:
        with tempfile.TemporaryDirectory(prefix="docscan-eval-") as folder:
            # Bundles are copies of corpus files: a cache for this run reads each page once.
            return run(corpus, bundles, settings, PageCache(folder), today, split=split, subset=subset,
                       calibrate_thresholds=calibrate_thresholds)
    rules = classify.load_rules()
    labels = corpus / "labels.csv"
    every = load_labels(labels) if labels.exists() else label_corpus(corpus, rules)
    if calibrate_thresholds:
        split = "calibration"
    samples = select(every, split, subset)
    if not samples:
        raise UsageError(f"no labelled files in {corpus} for split '{split}'" + (" in the subset" if subset else ""))
    absent = [s.path for s in samples if not s.path.exists()]
    if absent:
        raise UsageError(f"{len(absent)} labelled files are not there (first: {absent[0]}); generate them with "
                         "'make eval-corpus' (python sample_docs/eval/generate_eval.py --missing)")
    today = today or date(2026, 11, 15)
    # A corpus without truth in its labels needs the clean originals read too.
    needed = list(dict.fromkeys([s.path for s in samples] +
                                [s.original for s in samples if s.original and s.truth_ratio is None]))
    sources = {path: ingest.probe(path, settings) for path in needed}
    tasks = [PageTask(sources[p], i, settings, today) for p in needed if sources[p].readable
             for i in range(sources[p].page_count)]
    started = time.perf_counter()
    results = iter(read_pages(tasks, settings, cache=cache))
    elapsed = time.perf_counter() - started
    pages = {p: tuple(next(results) for _ in range(sources[p].page_count)) if sources[p].readable else ()
             for p in needed}

    lines = [_heading(corpus, labels, every, samples, split, subset, len(tasks))]
    changed = [s for s in samples if s.sha256 and sources[s.path].sha256 != s.sha256]
    if labels.exists():
        lines.append(f"Files against labels.csv SHA-256: {'all match' if not changed else f'{len(changed)} differ (figures may differ from the README)'}")
    missed: list[str] = []
    cases = _legibility_cases(samples, pages)
    if calibrate_thresholds:
        chosen = calibrate(cases)
        lines += [""] + _calibration_lines(chosen, cases)
        return Evaluation("\n".join(lines) + "\n", [], chosen)

    lines += [""] + _type_lines(samples, sources, pages, rules, today, missed)
    lines += [""] + _legibility_lines(cases, missed)
    ocr_seconds = [p.seconds for ps in pages.values() for p in ps if p.source == "ocr"]
    text_seconds = [p.seconds for ps in pages.values() for p in ps if p.source == "text_layer"]
    lines += ["", f"Seconds per page (one worker's time): scans and photos median {_median(ocr_seconds)}, "
                  f"text-layer PDFs median {_median(text_seconds)}; wall clock {elapsed:.1f} s for "
                  f"{len(tasks)} pages with {settings.workers} workers "
                  f"({elapsed / max(len(tasks), 1):.2f} s per page)."]
    if bundles is not None and bundles.exists():
        lines += [""] + _bundles(bundles, settings, cache, subset, missed)
    lines += ["", "Targets: " + ("all met" if not missed else "MISSED: " + "; ".join(missed))]
    return Evaluation("\n".join(lines) + "\n", missed)


def _heading(corpus: Path, labels: Path, every: list[Sample], samples: list[Sample], split: str, subset: bool,
             page_count: int) -> str:
    if not labels.exists():
        return (f"Corpus: {corpus} ({len(samples)} files, {page_count} pages; labelled by file names, no split: "
                "the figures include pages rules and thresholds were first tried on)")
    scope = "all splits" if split == "all" else f"the {split} split"
    where = ("thresholds calibrated on the calibration split" if split == "test" else
             "calibrating on it" if split == "calibration" else "includes the pages the thresholds were calibrated on")
    return (f"Corpus: {corpus} ({len(every)} files labelled in labels.csv); reported on {scope}"
            f"{' (CI subset)' if subset else ''}: {len(samples)} files, {page_count} pages; {where}")


def _type_lines(samples, sources, pages, rules, today, missed: list[str]) -> list[str]:
    confusion: Counter = Counter()
    confident_wrong = review = 0
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    wrong = []
    for s in samples:
        ratio = s.truth_ratio
        if s.original is not None and ratio is None and pages.get(s.original) and pages[s.path]:
            ratio = truth_ratio(words_of(pages[s.original][0].text), words_of(pages[s.path][0].text))
        if s.original is not None and truth_legible(ratio) is not True:
            continue  # a degraded copy that cannot be read has no type to find; legibility scores it
        result = assemble_file(sources[s.path], pages[s.path], rules, today, use_file_name=False)
        confusion[(s.doc_type, result.doc_type)] += 1
        confident = all(d.confident for d in result.documents if d.doc_type == result.doc_type)
        if result.doc_type != UNKNOWN:
            confident_wrong += confident and result.doc_type != s.doc_type
            review += (not confident) and s.doc_type != UNKNOWN and result.doc_type == s.doc_type
        by_kind[s.kind or "?"][0] += result.doc_type == s.doc_type
        by_kind[s.kind or "?"][1] += 1
        if result.doc_type != s.doc_type:
            wrong.append(f"{s.path.name}: expected {s.doc_type}, got {result.doc_type}")
    typed = sum(confusion.values())
    right = sum(n for (truth, got), n in confusion.items() if truth == got)
    forced = sum(n for (truth, got), n in confusion.items() if truth == UNKNOWN and got != UNKNOWN)
    unknown_pages = sum(n for (truth, _), n in confusion.items() if truth == UNKNOWN)
    accuracy = right / typed if typed else 0.0
    lines = [f"Document type (content only): {right}/{typed} right = {100 * accuracy:.1f}% "
             f"(target >= {TARGET_TYPE_ACCURACY:.0%}); pages that are none of the types given a type: "
             f"{forced}/{unknown_pages} (target 0)",
             f"  confident and wrong: {confident_wrong}; needs review among documents of a known type: "
             f"{review}/{typed - unknown_pages}",
             "  by kind: " + ", ".join(f"{kind} {r}/{n}" for kind, (r, n) in sorted(by_kind.items())),
             "  (degraded pages are counted when their truth is legible)"]
    lines += [f"  wrong: {line}" for line in wrong]
    lines += ["", "Confusion (truth: count right, then what the others were read as):"]
    for truth in sorted({t for t, _ in confusion}):
        row = {got: n for (t, got), n in confusion.items() if t == truth}
        others = ", ".join(f"{got} {n}" for got, n in sorted(row.items()) if got != truth)
        lines.append(f"  {truth:<24}{row.get(truth, 0):>3}/{sum(row.values()):<3}{'  -> ' + others if others else ''}")
    if typed and accuracy < TARGET_TYPE_ACCURACY:
        missed.append(f"document type {100 * accuracy:.1f}% < {TARGET_TYPE_ACCURACY:.0%}")
    if forced:
        missed.append(f"{forced} page(s) that are none of the types given a type")
    if confident_wrong:
        missed.append(f"{confident_wrong} page(s) typed wrong with confidence")
    return lines


def _legibility_cases(samples: list[Sample], pages: dict) -> list[LegibilityCase]:
    cases = []
    for s in samples:
        if s.original is None or not pages.get(s.path):
            continue
        ratio = s.truth_ratio
        if ratio is None and pages.get(s.original):
            ratio = truth_ratio(words_of(pages[s.original][0].text), words_of(pages[s.path][0].text))
        truth = truth_legible(ratio)
        if truth is None:
            continue
        assert ratio is not None  # truth_legible gives None for an unknown ratio
        page: PageResult = pages[s.path][0]
        variance = page.quality.laplacian_variance if page.quality else None
        counts = confirmed = mrz_ok = None
        if page.reading is not None and page.reading.source == "ocr" and page.classification is not None:
            total = len(page.reading.words)
            counts = {}
            for confident in GRID["confident_word"] + (legibility.load_thresholds().confident_word,):
                words = legibility.read_words(page.reading, confident)
                counts[confident] = (words, words / total if total else 0.0)
            confirmed = legibility.type_confirmed(page.classification)
            mrz_ok = legibility.mrz_valid(page.classification)
        cases.append(LegibilityCase(s.path.name, s.degradation, truth, ratio, page.legible,
                                    variance is not None and variance >= LAPLACIAN_THRESHOLD, variance,
                                    counts, bool(confirmed), bool(mrz_ok), page.legible))
    return cases


def _score_row(name: str, result: Score) -> str:
    return (f"  {name:<22}{result.agree:>5}/{result.pages:<4}{100 * result.agreement:5.1f}%"
            f"{result.false_reject:>8}/{result.legible:<4}{100 * result.false_reject_rate:5.1f}%"
            f"{result.false_accept:>8}/{result.illegible:<4}{100 * result.false_accept_rate:5.1f}%")


def _legibility_lines(cases: list[LegibilityCase], missed: list[str]) -> list[str]:
    truths = [c.truth for c in cases]
    ours, base = score(truths, [c.docscan for c in cases]), score(truths, [c.baseline for c in cases])
    lines = [f"Legibility on {len(cases)} degraded pages (truth: >= {LEGIBLE_RATIO:.0%} of the clean page's "
             f"words read = legible, <= {ILLEGIBLE_RATIO:.0%} = illegible, ambiguous pages left out):",
             f"  {'':<22}{'agreement':>16}{'false rejections':>18}{'false acceptances':>19}",
             _score_row("docscan", ours), _score_row(f"Laplacian var >= {LAPLACIAN_THRESHOLD:g}", base),
             "  (false rejections: share of the legible pages; false acceptances: share of the illegible ones)",
             "  agreement per degradation kind (pages: docscan, baseline):"]
    kinds = defaultdict(list)
    for case in cases:
        kinds[case.degradation].append(case)
    for kind, group in sorted(kinds.items()):
        a = sum(c.truth == c.docscan for c in group)
        b = sum(c.truth == c.baseline for c in group)
        legible = sum(c.truth for c in group)
        lines.append(f"    {kind:<12} {len(group):>3} pages ({legible:>3} legible): docscan {a:>3}/{len(group):<3} "
                     f"baseline {b:>3}/{len(group)}")
    failures = [c for c in cases if c.truth != c.docscan]
    lines.append("  pages docscan gets wrong (file, truth ratio, truth, docscan, baseline, Laplacian variance):"
                 + ("" if failures else " none"))
    for c in failures:
        lines.append(f"    {c.name:<44} {c.ratio:5.2f} {_word(c.truth):<10}{_word(c.docscan):<10}"
                     f"{_word(c.baseline):<10}{c.laplacian if c.laplacian is not None else float('nan'):9.1f}")
    if cases and ours.agreement < TARGET_LEGIBILITY_AGREEMENT:
        missed.append(f"legibility agreement {100 * ours.agreement:.1f}% < {TARGET_LEGIBILITY_AGREEMENT:.0%}")
    if cases and ours.false_reject_rate > TARGET_FALSE_REJECTIONS:
        missed.append(f"false rejections {100 * ours.false_reject_rate:.1f}% > {TARGET_FALSE_REJECTIONS:.0%}")
    return lines


def _calibration_lines(chosen: Calibration, cases: list[LegibilityCase]) -> list[str]:
    current = legibility.load_thresholds()
    truths = [c.truth for c in cases]
    now = score(truths, [rejudge(c, current) for c in cases])
    base = score(truths, [c.baseline for c in cases])
    shown = ", ".join(f"{k}={v:g}" if isinstance(v, float) else f"{k}={v}" for k, v in chosen.thresholds.model_dump().items())
    return [f"Calibration on {len(cases)} degraded pages of the calibration split ({chosen.tried} threshold sets "
            f"tried; objective: best agreement with false rejections <= {TARGET_FALSE_REJECTIONS:.0%} of the "
            "legible pages, ties to fewer false rejections, then the most lenient values):",
            f"  chosen: {shown}" + ("" if chosen.feasible else "  (no set meets the false-rejection limit)"),
            f"  {'':<22}{'agreement':>16}{'false rejections':>18}{'false acceptances':>19}",
            _score_row("chosen thresholds", chosen.score), _score_row("current legibility.yaml", now),
            _score_row(f"Laplacian var >= {LAPLACIAN_THRESHOLD:g}", base)]


def _word(legible: bool) -> str:
    return "legible" if legible else "illegible"


def _median(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} s" if values else "n/a"


def _bundles(manifest: Path, settings: Settings, cache: PageCache | None, subset: bool,
             missed: list[str], split: str | None = None, counts: dict | None = None) -> list[str]:
    entries = yaml.safe_load(manifest.read_text(encoding="utf-8"))
    entries = entries["bundles"] if isinstance(entries, dict) else entries
    if subset:
        entries = [e for e in entries if e.get("subset")]
    if split not in (None, "all"):
        # A corpus split by model has bundles per split; one without splits has all in each.
        entries = [e for e in entries if e.get("split", split) == split]
    verdicts = statuses = status_total = 0
    failures: list[str] = []
    identity = IdentityTally()
    for entry in entries:
        facts = entry.get("applicant") or {}
        report = check_bundle([manifest.parent / entry["path"]], entry["permit"], entry["region"],
                              today=date.fromisoformat(str(entry["today"])), settings=settings, cache=cache,
                              applicant=answers_to_applicant(facts, "given"))
        identity.add(entry, report, failures)
        got = {r.id: r.status for r in report.requirements}
        expected_statuses, expected_verdict = expected_with_salary(entry, got)
        verdicts += report.verdict == expected_verdict
        if report.verdict != expected_verdict:
            failures.append(f"  {entry['name']}: verdict expected {expected_verdict}, got {report.verdict}")
        for req_id, expected in expected_statuses.items():
            status_total += 1
            statuses += got.get(req_id) == expected
            if got.get(req_id) != expected:
                failures.append(f"  {entry['name']}: {req_id} expected {expected}, got {got.get(req_id)}")
    if counts is not None:
        counts.update(bundles=len(entries), verdicts=verdicts, statuses=status_total, statuses_right=statuses)
    if verdicts < len(entries) or statuses < status_total:
        missed.append(f"bundles: {len(entries) - verdicts} verdict(s) and {status_total - statuses} status(es) wrong")
    if counts is not None:
        counts.update(identity=identity.figures())
    lines = [f"Bundles ({manifest}): verdict right {verdicts}/{len(entries)}; requirement statuses right "
             f"{statuses}/{status_total}"]
    if identity.bundles:
        lines.append(identity.line())
        missed.extend(identity.missed())
    return [*lines, *failures]


# ---------------------------------------------------------------------------------------------
# One person, one employer (issue 15): a bundle's `identity:` list says which files name another
# person or employer (expect: invalid) and which only spell the name differently (expect: warning).

#: Reason codes that make a document another person's or employer's (identity.compare).
IDENTITY_INVALID_CODES = ("identity_other_person", "employer_other", "employer_other_name", "fee_other_account")
#: Warning codes of the identity comparison (pipeline._IDENTITY_WARNING).
IDENTITY_WARNING_CODES = ("identity_spelling", "identity_doubt", "identity_other_person", "employer_doubt",
                          "employer_other", "fee_other_account", "fee_account_doubt")


@dataclass
class IdentityTally:
    """Foreign documents caught, variants warned and not invalid, false invalids on clean bundles."""

    bundles: int = 0
    caught: Counter = field(default_factory=Counter)
    expected: Counter = field(default_factory=Counter)
    warned: int = 0
    variants: int = 0
    variants_invalid: int = 0
    clean_bundles: int = 0
    false_invalids: int = 0

    def add(self, entry: dict, report, failures: list[str]) -> None:
        if "identity" not in entry:
            return
        self.bundles += 1
        invalid_files = {reason.params.get("file") for r in report.requirements if r.status == "invalid"
                         for reason in (r.reason, *r.reasons) if reason.code in IDENTITY_INVALID_CODES}
        invalid_files |= {w.file for w in report.warnings
                          if w.code in ("identity_other_person", "employer_other", "fee_other_account")}
        warned_files = {w.file for w in report.warnings if w.code in IDENTITY_WARNING_CODES}
        items = entry.get("identity") or []
        if not items:
            self.clean_bundles += 1
            self.false_invalids += len(invalid_files)
            for file in sorted(f for f in invalid_files if f):
                failures.append(f"  {entry['name']}: {file} called another person's or employer's (clean bundle)")
            return
        for item in items:
            file, kind, expect = item["file"], item.get("kind", "person"), item["expect"]
            hit = any(_same_file(file, f) for f in invalid_files)
            if expect == "invalid":
                self.expected[kind] += 1
                self.caught[kind] += hit
                if not hit:
                    failures.append(f"  {entry['name']}: {file} ({kind}) expected invalid, not caught")
            else:
                self.variants += 1
                warned = any(_same_file(file, f) for f in warned_files)
                self.warned += warned and not hit
                self.variants_invalid += hit
                if hit or not warned:
                    failures.append(f"  {entry['name']}: {file} ({kind}) expected a warning, got "
                                    f"{'invalid' if hit else 'none'}")

    def figures(self) -> dict:
        return {"bundles": self.bundles, "person_caught": self.caught["person"], "person": self.expected["person"],
                "employer_caught": self.caught["employer"], "employer": self.expected["employer"],
                "variants_warned": self.warned, "variants": self.variants, "variants_invalid": self.variants_invalid,
                "clean_bundles": self.clean_bundles, "false_invalids": self.false_invalids}

    def line(self) -> str:
        f = self.figures()
        return (f"Identity ({f['bundles']} bundles with an identity list): other person caught "
                f"{f['person_caught']}/{f['person']}; other employer caught {f['employer_caught']}/{f['employer']}; "
                f"spelling variants warned and not invalid {f['variants_warned']}/{f['variants']} "
                f"({f['variants_invalid']} invalid); false invalids on {f['clean_bundles']} clean bundles: "
                f"{f['false_invalids']}")

    def missed(self) -> list[str]:
        f = self.figures()
        out = []
        if f["person_caught"] < f["person"] or f["employer_caught"] < f["employer"]:
            out.append(f"identity: {f['person'] - f['person_caught'] + f['employer'] - f['employer_caught']} "
                       "foreign document(s) not caught")
        if f["variants_warned"] < f["variants"]:
            out.append(f"identity: {f['variants'] - f['variants_warned']} spelling variant(s) not warned or invalid")
        if f["false_invalids"]:
            out.append(f"identity: {f['false_invalids']} false invalid(s) on clean bundles")
        return out


def _same_file(expected: str, label: str | None) -> bool:
    """A document label ("record.pdf (page 2)") is of the file the manifest names ("record.pdf")."""
    if not label:
        return False
    return label == expected or label.startswith(expected + " (") or Path(label).name == Path(expected).name


def expected_with_salary(entry: dict, got: dict[str, str]) -> tuple[dict[str, str], str]:
    """A bundle's expected statuses and verdict, with its salary truth when the report judged the
    salary (issue 15): the independent corpus's `salary: {status: ...}` key is the salary
    requirement's expected status, and a complete bundle whose salary is not `ok` is incomplete
    (its writer left `statuses` and `verdict` to the documents alone)."""
    statuses = dict(entry["statuses"])
    verdict = entry["verdict"]
    truth = entry.get("salary")
    if isinstance(truth, dict) and truth.get("status") and "salary" in got and "salary" not in statuses:
        statuses["salary"] = str(truth["status"])
        if verdict == "complete" and statuses["salary"] != "ok":
            verdict = "incomplete"
    return statuses, verdict


def calibration_note(corpus: Path, cases: int) -> str:
    """The dated line `--calibrate --write` puts at the top of legibility.yaml."""
    day = datetime.now(timezone.utc).date().isoformat()
    return (f"{day} by 'docscan eval {corpus} --calibrate --write' on the calibration split "
            f"({cases} degraded pages with a legibility truth); reported on the test split.")
