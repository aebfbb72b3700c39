"""Type evaluation on an independent corpus, and the calibration of the classifier's thresholds.

An accuracy figure counts only on documents written independently of the rules it measures
(`sample_docs/independent/`, written by someone who never saw `docscan/rules/`). Its labels
name, per file, the type (or `unknown`), the real-world model it imitates and the split: the
split is by model, so the `test` split holds only models nobody tuned on.

What is reported, per split, for the rules alone and for rules with the learned model:
* type right on legible documents, and the confusion matrix;
* confident-and-wrong: a type stated with confidence that is not the document's — the worst
  failure, since nobody is asked to look;
* `needs_review` rate among legible documents of a known type (false flags for HR);
* unrelated documents given one of the types (a requirement "met" by a stranger document);
* classification milliseconds per page;
* the corpus's bundles: verdict and every requirement status.

`--calibrate-types` chooses the decision thresholds on the `dev` split only: the rules'
opinions and the model's predictions do not depend on the thresholds, so they are computed
once per page and the grid re-decides them cheaply.
"""

from __future__ import annotations

import csv
import re
import itertools
import statistics
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from pathlib import Path

from . import classify, ingest, text_model
from .classify import UNKNOWN, DocumentRules
from .errors import UsageError
from .pipeline import PageCache, PageTask, assemble_file, read_pages
from .settings import Settings

SPLITS = ("dev", "test")
REQUIRED_COLUMNS = ("path", "doc_type", "model", "split")

#: Issue 10's targets, on the test split.
TARGET_ACCURACY = 0.99
TARGET_NEEDS_REVIEW = 0.02
#: The calibration's requirement: a confident type is right at least this often on dev.
TARGET_CONFIDENT_PRECISION = 0.995
#: The classification budget per page.
TARGET_MS_PER_PAGE = 50.0
#: CI's gate on the dev split's subset (`--subset --check`): a regression gate at what docscan
#: reaches there now, not the issue's targets, which the test split is measured against (and
#: which are not all met yet: see the README). Raise these as the classifier improves.
GATE = {"accuracy": 0.85, "confident_wrong": 1, "needs_review": 0.30, "unrelated_typed": 3, "bundle_verdicts": 0.25}


@dataclass(frozen=True)
class LabelledFile:
    path: Path
    doc_type: str
    model: str
    split: str
    kind: str = ""
    language: str = ""
    subset: bool = False
    legible: bool = True
    sha256: str = ""


def is_independent_corpus(corpus: Path) -> bool:
    """A corpus in this format has a `model` column in its labels."""
    labels = corpus / "labels.csv"
    if not labels.exists():
        return False
    header = next((line for line in labels.read_text(encoding="utf-8").splitlines()
                   if line and not line.startswith("#")), "")
    return "model" in header.split(",")


def load_labels(corpus: Path, rules: DocumentRules) -> list[LabelledFile]:
    labels = corpus / "labels.csv"
    lines = [line for line in labels.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    reader = csv.DictReader(lines)
    missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or ())]
    if missing:
        raise UsageError(f"{labels}: missing column(s) {', '.join(missing)}")
    known = set(rules.types) | {UNKNOWN}
    model_split: dict[str, str]  # real-world model a file imitates -> its split (a model is in one split)
    files, model_split = [], {}
    for number, row in enumerate(reader, start=2):
        where = f"{labels}, row {number}"
        if row["doc_type"] not in known:
            raise UsageError(f"{where}: doc_type '{row['doc_type']}' is not a document type nor 'unknown'")
        if row["split"] not in SPLITS:
            raise UsageError(f"{where}: split must be dev or test, not '{row['split']}'")
        if model_split.setdefault(row["model"], row["split"]) != row["split"]:
            raise UsageError(f"{where}: model '{row['model']}' is in both splits")
        files.append(LabelledFile(corpus / row["path"], row["doc_type"], row["model"], row["split"],
                                  row.get("kind", ""), row.get("language", ""), row.get("subset") == "1",
                                  row.get("legible", "1") != "0", row.get("sha256", "")))
    return files


@dataclass(frozen=True)
class PageEvidence:
    """What classification needs of one page, computed once: the thresholds re-decide it."""

    opinion: classify.RulesOpinion
    prediction: text_model.Prediction | None


@dataclass(frozen=True)
class FileOutcome:
    truth: str
    doc_type: str
    confident: bool

    @property
    def right(self) -> bool:
        return self.doc_type == self.truth

    @property
    def confident_wrong(self) -> bool:
        return self.confident and self.doc_type != UNKNOWN and self.doc_type != self.truth

    @property
    def needs_review(self) -> bool:
        return self.doc_type != UNKNOWN and not self.confident


@dataclass(frozen=True)
class TypeScore:
    files: int
    right: int
    confident_wrong: int
    known: int
    needs_review: int
    unrelated: int
    unrelated_typed: int
    confusion: Counter = field(default_factory=Counter, compare=False)
    wrong: tuple[str, ...] = ()

    @property
    def accuracy(self) -> float:
        return self.right / self.files if self.files else 0.0

    @property
    def needs_review_rate(self) -> float:
        return self.needs_review / self.known if self.known else 0.0


def score_outcomes(names: list[str], outcomes: list[FileOutcome]) -> TypeScore:
    confusion: Counter = Counter((o.truth, o.doc_type) for o in outcomes)
    known = [o for o in outcomes if o.truth != UNKNOWN]
    wrong = tuple(f"{name}: expected {o.truth}, got {o.doc_type}{'' if o.confident else ' (needs review)'}"
                  for name, o in zip(names, outcomes) if not o.right)
    return TypeScore(
        files=len(outcomes), right=sum(o.right for o in outcomes),
        confident_wrong=sum(o.confident_wrong for o in outcomes), known=len(known),
        needs_review=sum(o.needs_review and o.right for o in known),
        unrelated=sum(o.truth == UNKNOWN for o in outcomes),
        unrelated_typed=sum(o.truth == UNKNOWN and o.doc_type != UNKNOWN for o in outcomes),
        confusion=confusion, wrong=wrong)


@dataclass
class TypeEvaluation:
    text: str
    missed: list[str] = field(default_factory=list)
    chosen: dict | None = None
    files: int = 0


def run(corpus: Path, bundles: Path | None, settings: Settings, cache: PageCache | None = None, *,
        split: str = "test", subset: bool = False, calibrate: bool = False,
        today: date | None = None) -> TypeEvaluation:
    """Read the corpus's files of one split and report (or calibrate) the type figures."""
    if cache is None:
        with tempfile.TemporaryDirectory(prefix="docscan-eval-") as folder:
            return run(corpus, bundles, settings, PageCache(folder), split=split, subset=subset,
                       calibrate=calibrate, today=today)
    rules = classify.load_rules()
    every = load_labels(corpus, rules)
    if calibrate:
        split = "dev"
    files = [f for f in every if (split == "all" or f.split == split) and (f.subset or not subset) and f.legible]
    if not files:
        raise UsageError(f"no labelled files in {corpus} for split '{split}'" + (" in the subset" if subset else ""))
    absent = [f.path for f in files if not f.path.exists()]
    if absent:
        raise UsageError(f"{len(absent)} labelled files are not there (first: {absent[0]}); generate them with "
                         f"'python {corpus}/generate.py --missing'")
    today = today or date(2026, 11, 15)
    sources = {f.path: ingest.probe(f.path, settings) for f in files}
    tasks = [PageTask(sources[f.path], i, settings, today) for f in files if sources[f.path].readable
             for i in range(sources[f.path].page_count)]
    started = time.perf_counter()
    results = iter(read_pages(tasks, settings, cache=cache))
    elapsed = time.perf_counter() - started
    pages = {f.path: tuple(next(results) for _ in range(sources[f.path].page_count)) if sources[f.path].readable
             else () for f in files}

    model = text_model.load_shipped()
    evidence, milliseconds = _evidence(pages, rules, model, today)
    names = [f.path.name for f in files]
    truths = [f.doc_type for f in files]
    models = sorted({f.model for f in files})
    lines = [f"Corpus: {corpus} ({len(every)} files, {len({f.model for f in every})} real-world models; written "
             f"without seeing docscan's rules); reported on the {split} split{' (CI subset)' if subset else ''}: "
             f"{len(files)} legible files of {len(models)} models, {len(tasks)} pages "
             f"({elapsed:.0f} s to read with {settings.workers} workers)"]
    changed = [f for f in files if f.sha256 and sources[f.path].sha256 != f.sha256]
    lines.append(f"Files against labels.csv SHA-256: {'all match' if not changed else f'{len(changed)} differ'}")
    if calibrate:
        chosen, table = calibrate_thresholds(files, sources, pages, evidence, rules, model, today)
        return TypeEvaluation("\n".join(lines + [""] + table) + "\n", [], chosen, len(files))

    rules_alone = _outcomes(files, sources, pages, evidence, rules, None, today)
    combined = _outcomes(files, sources, pages, evidence, rules, model, today)
    missed: list[str] = []
    lines += [""] + type_table(names, truths, {"rules alone": rules_alone, "rules + learned model": combined}
                               if model else {"rules alone": rules_alone}, missed, enforce=True,
                               gate=GATE if subset else None)
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for f, outcome in zip(files, combined):
        by_kind[f.kind or "?"][0] += outcome.right
        by_kind[f.kind or "?"][1] += 1
    lines.append("  by kind: " + ", ".join(f"{k} {r}/{n}" for k, (r, n) in sorted(by_kind.items())))
    median = statistics.median(milliseconds) if milliseconds else 0.0
    lines += ["", f"Classification: median {median:.1f} ms a page, slowest {max(milliseconds, default=0):.1f} ms "
                  f"(target < {TARGET_MS_PER_PAGE:.0f} ms)"]
    if median >= TARGET_MS_PER_PAGE:
        missed.append(f"classification {median:.0f} ms a page")
    if bundles is not None and bundles.exists():
        from .evaluate import _bundles

        counts: dict = {}
        bundle_missed: list[str] = []
        lines += [""] + _bundles(bundles, settings, cache, subset, bundle_missed, split=split, counts=counts)
        if not subset:
            missed += bundle_missed
        elif counts.get("bundles") and counts["verdicts"] / counts["bundles"] < GATE["bundle_verdicts"]:
            missed.append(f"bundle verdicts {counts['verdicts']}/{counts['bundles']} (CI gate)")
    lines += ["", "Targets: " + ("all met" if not missed else "MISSED: " + "; ".join(missed))]
    return TypeEvaluation("\n".join(lines) + "\n", missed)


def _evidence(pages: dict, rules: DocumentRules, model, today: date) -> tuple[dict, list[float]]:
    evidence: dict[tuple[Path, int], PageEvidence] = {}
    milliseconds = []
    for path, results in pages.items():
        for index, page in enumerate(results):
            if page.reading is None:
                continue
            started = time.perf_counter()
            title = classify.layout.title_text(page.reading.lines, page.reading.page_height) \
                if page.reading.lines else None
            text = classify.page_text(page.reading.text, title, rules)
            opinion = classify.rules_opinion(text, rules, today) if text.body else None
            prediction = model.predict(text.raw) if model and text.body else None
            milliseconds.append(1000 * (time.perf_counter() - started))
            if opinion is not None:
                evidence[(path, index)] = PageEvidence(opinion, prediction)
    return evidence, milliseconds


def _outcomes(files, sources, pages, evidence, rules: DocumentRules, model, today: date,
              memo: dict | None = None) -> list[FileOutcome]:
    """Each file's outcome with these thresholds. `memo` (the calibration's) keeps a file's
    outcome for the pages' decisions it was assembled from: thresholds move only a page's type and
    confidence, and most threshold sets leave most files' pages as another set decided them."""
    outcomes = []
    for f in files:
        redone = []
        for index, page in enumerate(pages[f.path]):
            found = evidence.get((f.path, index))
            if found is None:
                redone.append(page)
                continue
            decision = classify.decide(found.opinion, found.prediction if model else None, rules)
            redone.append(replace(page, doc_type=decision.doc_type, classification=decision))
        key = (f.path, tuple(_decided(p) for p in redone))
        if memo is not None and key in memo:
            outcomes.append(memo[key])
            continue
        result = assemble_file(sources[f.path], tuple(redone), rules, today, use_file_name=False)
        confident = all(d.confident for d in result.documents if d.doc_type == result.doc_type) \
            if result.documents else True
        outcomes.append(FileOutcome(f.doc_type, result.doc_type, confident))
        if memo is not None:
            memo[key] = outcomes[-1]
    return outcomes


def _decided(page) -> tuple:
    """What of a page's classification the file's assembly reads (its reasons are words only)."""
    c = page.classification
    return (page.doc_type, None) if c is None else \
        (page.doc_type, c.confident, c.rules_type, c.runner_up, c.language, c.titled, c.score)


def type_table(names: list[str], truths: list[str], columns: dict[str, list[FileOutcome]], missed: list[str],
               *, enforce: bool, gate: dict | None = None) -> list[str]:
    """The figures of every column side by side, then the last column's misses and confusion."""
    scores = {name: score_outcomes(names, outcomes) for name, outcomes in columns.items()}
    width = max(len(n) for n in scores) + 2
    lines = [f"{'':<{width}}type right           confident & wrong   needs review (known types)   "
             f"unrelated given a type"]
    for name, s in scores.items():
        lines.append(f"{name:<{width}}{s.right:>4}/{s.files:<4} {100 * s.accuracy:5.1f}%   {s.confident_wrong:>6}"
                     f"              {s.needs_review:>4}/{s.known:<4} {100 * s.needs_review_rate:5.1f}%"
                     f"             {s.unrelated_typed:>3}/{s.unrelated}")
    final = list(scores.values())[-1]
    lines.append(f"  (targets: type right >= {TARGET_ACCURACY:.0%}, 0 confident & wrong, needs review <= "
                 f"{TARGET_NEEDS_REVIEW:.0%}, 0 unrelated given a type)")
    lines += [f"  wrong: {w}" for w in final.wrong]
    lines += ["", "Confusion (truth: right/total, then what the others were read as):"]
    for truth in sorted({t for t, _ in final.confusion}):
        row = {got: n for (t, got), n in final.confusion.items() if t == truth}
        others = ", ".join(f"{got} {n}" for got, n in sorted(row.items()) if got != truth)
        lines.append(f"  {truth:<24}{row.get(truth, 0):>3}/{sum(row.values()):<3}{'  -> ' + others if others else ''}")
    if enforce and gate is not None:
        lines.append(f"  CI gate on this subset: type right >= {gate['accuracy']:.0%}, confident & wrong <= "
                     f"{gate['confident_wrong']}, needs review <= {gate['needs_review']:.0%}, unrelated given a type <= "
                     f"{gate['unrelated_typed']}")
        if final.accuracy < gate["accuracy"]:
            missed.append(f"type right {100 * final.accuracy:.1f}% < {gate['accuracy']:.0%} (CI gate)")
        if final.confident_wrong > gate["confident_wrong"]:
            missed.append(f"{final.confident_wrong} confident and wrong (CI gate)")
        if final.needs_review_rate > gate["needs_review"]:
            missed.append(f"needs review {100 * final.needs_review_rate:.1f}% (CI gate)")
        if final.unrelated_typed > gate["unrelated_typed"]:
            missed.append(f"{final.unrelated_typed} unrelated document(s) given a type (CI gate)")
    elif enforce:
        if final.accuracy < TARGET_ACCURACY:
            missed.append(f"type right {100 * final.accuracy:.1f}% < {TARGET_ACCURACY:.0%}")
        if final.confident_wrong:
            missed.append(f"{final.confident_wrong} confident and wrong")
        if final.needs_review_rate > TARGET_NEEDS_REVIEW:
            missed.append(f"needs review {100 * final.needs_review_rate:.1f}% > {TARGET_NEEDS_REVIEW:.0%}")
        if final.unrelated_typed:
            missed.append(f"{final.unrelated_typed} unrelated document(s) given a type")
    return lines


# ---------------------------------------------------------------------------------------------
# Calibration of the decision thresholds (dev split only)

#: The grid `--calibrate-types` searches.
TYPE_GRID = {
    "min_score": (8.0, 10.0),
    "confident_score": (12.0, 14.0, 16.0),
    "min_margin": (4.0, 6.0),
    "model_agree": (0.5, 0.6, 0.7),
    "model_disagree": (0.5, 0.7),
    "model_solo": (0.6, 0.7, 0.8),
    "model_override": (0.5, 0.6, 0.7),
    "model_solo_agree": (0.9, 0.95, 0.98, 1.01),
    "model_override_confident": (0.9, 0.95, 0.98, 1.01),
    "model_unknown_override": (0.8, 0.9, 0.95, 1.01),
}


def calibrate_thresholds(files, sources, pages, evidence, rules: DocumentRules, model, today: date):
    """The thresholds that keep a confident type right >= 99.5% of the time on dev, with the
    fewest documents sent to review, then the most right, then no unrelated document typed."""
    names = [f.path.name for f in files]
    best: tuple[tuple, dict[str, float], TypeScore, float] | None = None
    tried = 0
    keys = list(TYPE_GRID)
    memo: dict = {}
    for values in itertools.product(*(TYPE_GRID[k] for k in keys)):
        candidate = dict(zip(keys, values))
        if candidate["confident_score"] < candidate["min_score"]:
            continue
        tried += 1
        trial = rules.model_copy(update=candidate)
        outcomes = _outcomes(files, sources, pages, evidence, trial, model, today, memo)
        result = score_outcomes(names, outcomes)
        precision = confident_precision(outcomes)
        # First a confident type that is right (>= 99.5%); then types right, less each unrelated
        # document given a type, less a quarter of each document sent to review (a false flag costs
        # a person a look; a wrong type costs a refused file).
        feasible = precision >= TARGET_CONFIDENT_PRECISION
        key = (feasible, -result.confident_wrong,
               result.right - result.unrelated_typed - 0.25 * result.needs_review, -result.needs_review,
               -abs(candidate["confident_score"] - rules.confident_score))
        if best is None or key > best[0]:
            best = (key, candidate, result, precision)
    assert best is not None  # TYPE_GRID holds sets with confident_score >= min_score: some are tried
    _, chosen, result, precision = best
    lines = [f"Calibration on the dev split: {tried} threshold sets tried; chosen "
             + ", ".join(f"{k} {v:g}" for k, v in chosen.items()),
             f"  type right {result.right}/{result.files}, confident & wrong {result.confident_wrong}, needs review "
             f"{result.needs_review}/{result.known}, unrelated given a type {result.unrelated_typed}/{result.unrelated}, "
             f"confident precision {100 * precision:.2f}% (required >= {100 * TARGET_CONFIDENT_PRECISION:.1f}%)"]
    lines += [f"  wrong: {w}" for w in result.wrong]
    return chosen, lines


def confident_precision(outcomes: list[FileOutcome]) -> float:
    """Share of the confidently typed files whose type is right (1.0 when none is confident)."""
    confident = [o for o in outcomes if o.confident and o.doc_type != UNKNOWN]
    return sum(o.right for o in confident) / len(confident) if confident else 1.0


def write_thresholds(path: Path, chosen: dict, note: str) -> None:
    """Put the chosen thresholds and the calibration note into the rules file, keeping the
    rest of the file (comments included) as it is."""
    text = path.read_text(encoding="utf-8")
    for key, value in {**chosen, "calibration": note}.items():
        rendered = f'"{value}"' if isinstance(value, str) else f"{value:g}"
        text, count = re.subn(rf"(?m)^{key}:.*$", f"{key}: {rendered}", text, count=1)
        if not count:
            raise UsageError(f"{path} has no '{key}:' line to update")
    path.write_text(text, encoding="utf-8")
    classify.load_rules.cache_clear()


def calibration_note(corpus: Path, files: int) -> str:
    day = datetime.now(timezone.utc).date().isoformat()
    return (f"{day} by 'docscan eval {corpus} --calibrate-types --write' on the dev split ({files} files): "
            f"confident types right >= {100 * TARGET_CONFIDENT_PRECISION:.1f}% asked, else the fewest confident and "
            "wrong; then the most right, less unrelated typed and a quarter of those sent to review; reported on "
            "the test split")
