"""Pipeline: ingest → quality → OCR → classify → checklist → report, for one applicant's bundle.

The work is a row of small named stages. Reading a page (`read_page`) is a pure function of a
picklable `PageTask`, so pages are spread over one process per core; everything after it
(grouping pages into documents, the checklist, the report) is cheap and runs in the caller.

Nothing here raises for a bad file: every problem with a file or a page becomes a `Reason` in
that file's entry, and the rest of the bundle is still checked. Only unusable arguments
(unknown permit, no input at all) and a missing Tesseract stop the run.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import logging
import multiprocessing
import os
import pickle
import secrets
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Sequence

from PIL import Image

from . import __version__
from . import checklist as checklist_module
from . import capture as capture_stage
from . import authentication, card_remarks, classify, dates, identity, ingest, language, legibility, mrz, mrz_zone, ocr, quality, removal, salary
from .signatures import signature_reason
from .errors import FileProblem, OcrError, UsageError
from .ingest import SourceFile
from .datafiles import RULES_DIR
from .models import Applicant, AuthenticationKind, CountrySource, Document, EntryBanReading, Reason, SalaryReading, SignatureCheck, SignatureState
from .outputs import write_private
from .report import Report, ReportWarning, build_report
from .settings import Settings

log = logging.getLogger(__name__)

#: Bump when a change to reading or classifying pages makes cached page results stale.
PAGE_RESULT_VERSION = 24  # 8: reasons are codes (issue 14); 9: signatures on a PDF's first page (issue 16); 10: salary and entry ban per page (issue 15); 11: photos straightened, capture faults (issue 17); 12: an upside-down page OSD was unsure of is turned (issue 15); 13: a zone's number confirmed by the page when a date's check fails (issue 11); 14: capture faults recalibrated, outlines kept only when sure (issue 17); 15: marks of non-Latin scripts kept, the text model silent on pages mostly in other scripts (issue 16); 16: a zone drawn on a born-digital identity page is read from the rendered page (issue 10); 17: moiré and obstruction judged in colour too (issue 17); 18: zones settled by the printed page (number, century, state), TD1 lines 1-2 alone, `state_read` (issue 11); 19: a salary's doubts (words that disagree, a split figure, payslip rows in any column order) (issue 15); 20: soft shapes (a portrait, a shadow) no longer make a page blurry (issue 17); 21: the zone's retries in their measured order, bounded once the key fields are proved; `zone_cost` (issue 11); 22: a page read poorly is read again as sparse text; zone line pieces joined, the zone read the way up with more fillers (issue 11); 23: no script named for a page read well in Latin once turned (issue 16); 24: a zone number disputed when other readings give its letters otherwise or never give it in its place (issue 11)

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class PageTask:
    """Everything a worker process needs to read one page."""

    source: SourceFile
    index: int
    settings: Settings
    today: date


@dataclass(frozen=True)
class PageResult:
    """One page read, measured and classified."""

    number: int
    #: "text_layer", "ocr", or "none" when nothing could be read.
    source: str
    doc_type: str
    legible: bool
    reasons: tuple[Reason, ...]
    classification: classify.Classification | None = None
    quality: quality.PageQuality | None = None
    ocr_stats: dict = field(default_factory=dict)
    found_dates: tuple[dates.FoundDate, ...] = ()
    #: The pay and the entry-ban facts the page states (issue 15), read here so that a page kept
    #: without its text (the bulk page cache) still gives them.
    salary: SalaryReading | None = None
    entry_ban: EntryBanReading | None = None
    #: The text read. Kept for the person looking at the result (the app's OCR panel), never
    #: written to logs or to the JSON report unless asked for.
    text: str = ""
    error: Reason | None = None
    exif_rotation: int = 0
    seconds: float = 0.0
    #: Seconds per stage ("decode", "quality", "ocr", "classify"), for the benchmarks.
    stage_seconds: dict = field(default_factory=dict)
    #: The words with their confidences, so the evaluation can re-judge legibility under other
    #: thresholds without reading the page again (`docscan eval --calibrate`). Never reported.
    reading: ocr.OcrResult | None = None
    #: What the capture stage found and did (page outline, straightening, glare, cut-off...):
    #: None for a page read from a PDF text layer.
    capture: capture_stage.Capture | None = None
    #: `judgement_fingerprint()` when the page was judged: a cached page judged under other
    #: rules is judged again (from its reading) or read again (without one).
    judged_with: str = ""
    #: The file's PDF signatures, on its first page only (None: not checked, or none found).
    signatures: SignatureCheck | None = None
    #: What the zone reader cost on this page (processor seconds, Tesseract runs, whether its
    #: first reading proved the zone), for `docscan eval`'s figures; None when it did not run.
    zone_cost: mrz_zone.ZoneCost | None = None

    def to_dict(self, include_text: bool = False) -> dict:
        data = {
            "page": self.number,
            "doc_type": self.doc_type,
            "legible": self.legible,
            "source": self.source,
            "quality": self.quality.to_dict() if self.quality else None,
            "capture": self.capture.to_dict() if self.capture else None,
            "ocr": self.ocr_stats,
            "classification": self.classification.to_dict() if self.classification else None,
            "reasons": [r.to_dict() for r in self.reasons],
            "error": self.error.to_dict() if self.error else None,
            "seconds": round(self.seconds, 2),
            "stages": {stage: round(seconds, 3) for stage, seconds in self.stage_seconds.items()},
        }
        if include_text:
            data["text"] = self.text
        return data


@dataclass(frozen=True)
class FileResult:
    """One input file: what it is, its pages, and the documents found in it."""

    source: SourceFile
    pages: tuple[PageResult, ...]
    documents: tuple[Document, ...]
    doc_type: str
    error: Reason | None

    @property
    def path(self) -> str:
        return self.source.name

    @property
    def signatures(self) -> SignatureCheck | None:
        """The PDF's signatures and seals (checked with its first page), None when it has none."""
        return self.pages[0].signatures if self.pages else None


# ---------------------------------------------------------------------------------------------
# Stage: read one page (runs in a worker process)


def read_page(task: PageTask) -> PageResult:
    """Load, measure, OCR and classify one page; every failure becomes a reason, never an exception.

    A PDF's signatures are checked with its first page, in the same worker (so under the same
    memory ceiling and deadline) and bounded on their own (`signatures.py`): whatever happens
    to the signature check, the page is still read, and the other way round.
    """
    result = _read_page_content(task)
    if task.index == 0 and task.source.kind == "pdf":
        started = time.perf_counter()
        check = ingest.read_signatures(task.source, task.settings)
        if check is not None:
            result = replace(result, signatures=check,
                             stage_seconds={**result.stage_seconds, "signatures": time.perf_counter() - started})
    return result


def _read_page_content(task: PageTask) -> PageResult:
    """The page itself: decode, quality gate, OCR or text layer, classification."""
    started = time.perf_counter()
    clock = _StageClock()
    settings = task.settings
    try:
        page = ingest.load_page(task.source, task.index, settings)
    except FileProblem as problem:
        return _failed_page(task.index + 1, problem.reason, started)
    except MemoryError:
        return _failed_page(task.index + 1, Reason("page_too_large"), started)
    clock.lap("decode")

    zone = None
    capture: capture_stage.Capture | None = None
    zone_reading: mrz_zone.ZoneReading | None = None
    if page.text is not None:
        reading = ocr.from_text_layer(page.text, page.text_lines, page.page_height)
        page_quality = None
        zone = _zone_drawn_on_typed_page(task, reading)
        clock.lap("zone")
    else:
        assert page.image is not None  # a page without a text layer is decoded as an image
        captured = quality.page_to_gray(page.image)
        gray, capture = capture_stage.straighten(captured, colour=page.colour_pixels())
        image = Image.fromarray(capture_stage.for_ocr(gray, capture), "L") if capture.method != "none" \
            else page.image
        clock.lap("capture")
        # A photo's enlargement (a zoom, an app's "enhance") is measured before the warp erases it.
        page_quality = quality.assess(gray, page.declared_dpi, upscale=quality.upscale_factor(captured)
                                      if capture.method == "outline" else None)
        clock.lap("quality")
        if page_quality.blank:
            return PageResult(page.number, "none", classify.UNKNOWN, False, page_quality.reasons,
                              quality=page_quality, capture=capture, exif_rotation=page.exif_rotation,
                              seconds=time.perf_counter() - started, stage_seconds=clock.laps)
        try:
            reading = ocr.read_page(image, settings)
        except OcrError as failure:
            reason = failure.reason
            clock.lap("ocr")
            return PageResult(page.number, "none", classify.UNKNOWN, False,
                              (*capture.reasons, *page_quality.reasons, reason),
                              quality=page_quality, capture=capture, error=reason, exif_rotation=page.exif_rotation,
                              seconds=time.perf_counter() - started, stage_seconds=clock.laps)
        clock.lap("ocr")
        # The zone reader straightens its own band (angle and shear), so it gets the page as
        # decoded, or the page taken out of a photo's perspective, never the one prepared for OCR
        # (`for_ocr` removes long dark rules, which a small zone's runs of fillers are) nor one
        # turned by a deskew: a 2-degree turn's interpolation blurred the 320 px specimen zone
        # until its check digits failed (tests/test_mrz_zone.py).
        straight = Image.fromarray(gray, "L") if capture.method == "outline" else page.image
        zone_reading = _read_zone(straight, reading, settings, task.today)
        clock.lap("zone")
        if zone_reading is not None:
            zone = zone_reading.zone
            clock.laps["zone_cpu"] = zone_reading.cpu_seconds

    result = judge_reading(page.number, reading, page_quality, task.today, zone, capture)
    clock.lap("classify")
    return replace(result, exif_rotation=page.exif_rotation, seconds=time.perf_counter() - started,
                   stage_seconds=clock.laps, zone_cost=zone_reading.cost if zone_reading else None)


def judge_reading(number: int, reading: ocr.OcrResult, page_quality: quality.PageQuality | None,
                  today: date, zone: mrz.Mrz | None = None,
                  capture: capture_stage.Capture | None = None) -> PageResult:
    """Everything after OCR: type, legibility, dates. Cheap, so a cached reading is judged
    again when the rules or the text model change instead of being read again. `zone` is the
    machine-readable zone read from the page image, if any; `capture` what the capture stage
    found (a fault that hides text makes the page illegible, one that does not is advice)."""
    classification = classify.classify_page(reading, today=today, zone=zone)
    capture_reasons = capture.reasons if capture else ()
    verdict = legibility.judge(reading, classification,
                               (*capture_reasons, *(page_quality.reasons if page_quality else ())),
                               blank=False, hidden=bool(capture and capture.hides_text),
                               unread_blur=legibility.unread_blurred_share(reading, page_quality))
    zone_reasons = tuple(r for r in classification.mrz.reasons if r.code in _ZONE_REASONS) \
        if classification.mrz else ()
    return PageResult(
        number=number, source=reading.source, doc_type=classification.doc_type,
        legible=verdict.legible, reasons=(*verdict.reasons, *zone_reasons), classification=classification,
        quality=page_quality, capture=capture, ocr_stats={**reading.stats(), "read_words": verdict.read_words,
                                         "read_share": round(verdict.read_share, 3)},
        found_dates=dates.find_dates(reading.text), text=reading.text, reading=reading,
        salary=salary.read_salary(reading.text, classification.doc_type),
        entry_ban=removal.read_entry_ban(reading.text) if classification.doc_type != classify.UNKNOWN
        or removal.mentions_entry_ban(reading.text) else None,
        judged_with=judgement_fingerprint())


@functools.lru_cache(maxsize=1)
def judgement_fingerprint() -> str:
    """What page judgements depend on besides the reading: the rules files, the text model and
    the code that judges (a change to the classifier alone re-judges cached pages too)."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(RULES_DIR.glob("*.yaml")) + sorted(RULES_DIR.glob("text_model.*")) + sorted(package.rglob("*.py")):
        digest.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


#: Doubts about a machine-readable zone that a person must see (which field to check).
_ZONE_REASONS = ("mrz_check_digit", "mrz_birth_century_unsettled", "mrz_unknown_code", "mrz_state_uncertain",
                 "mrz_number_unconfirmed")


#: Documents whose data page carries a machine-readable zone.
_ZONE_TYPES = ("passport", "residence_permit")


def _zone_drawn_on_typed_page(task: PageTask, reading: ocr.OcrResult) -> mrz.Mrz | None:
    """The zone of a born-digital identity page whose text layer has the data page's labels but
    not the zone (drawn as an image or as curves), read from the rendered page; None otherwise.

    Issue 10's independent bundles: a passport PDF whose zone was an image came out "expiry
    date could not be read" although the zone is on the page for anyone to see."""
    if mrz.find_zone(reading.text, today=task.today) is not None:
        return None  # the text layer's zone is exact, even with a wrong check digit: never re-read by OCR
    guess = classify.classify_page(reading, today=task.today)
    if guess.doc_type not in _ZONE_TYPES and guess.rules_type not in _ZONE_TYPES:
        return None
    try:
        image = ingest.render_page(task.source, task.index, task.settings)
    except (FileProblem, MemoryError):
        return None
    return mrz_zone.read_zone(image, task.settings, page_text=reading.text, today=task.today).zone


def _read_zone(image, reading: ocr.OcrResult, settings: Settings, today: date) -> mrz_zone.ZoneReading | None:
    """The zone read from the page image (issue 11), or None when not looked for: pages of
    running text have no zone, and their many lines would only cost time."""
    if not mrz_zone.worth_reading(reading):
        return None
    return mrz_zone.read_zone(image, settings, page_text=reading.text, today=today, words=reading.words,
                              words_rotation=reading.rotation)


class _StageClock:
    """Seconds spent in each stage of reading a page."""

    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.laps[stage] = self.laps.get(stage, 0.0) + now - self._last
        self._last = now


def _failed_page(number: int, reason: Reason, started: float) -> PageResult:
    return PageResult(number, "none", classify.UNKNOWN, False, (reason,), error=reason,
                      seconds=time.perf_counter() - started)


# ---------------------------------------------------------------------------------------------
# Page cache: re-reading a bundle after adding one file only reads the new file


class PageCache:
    """Page results on disk, keyed by file content, page, settings and code version.

    Off unless asked for: cached results contain document text, which is not kept after use
    unless the user wants it kept (privacy). The folder is 0700 and each file 0600.

    A cached result is a pickle, and unpickling runs code: a file replaced in the cache folder
    ran a command (issue 13, item 6). So every file is signed with an HMAC whose key lives
    outside the cache (`cache_key()`, 0600 in the user's data folder), and a file whose
    signature does not verify is ignored, never unpickled. Files are written to a fresh
    temporary name (O_EXCL, never through a link) and renamed into place.
    """

    _MAGIC = b"DSC1"

    def __init__(self, folder: str | os.PathLike):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._secret = cache_key()
        self._warned = False

    def _key(self, task: PageTask) -> Path:
        # The legibility thresholds are part of the key: a re-calibration changes page verdicts.
        # Rules and the text model are not: a page judged under others is judged again (`get`).
        # The package version is part of it too: a new docscan may read a page differently.
        # The script packs configured and installed change what a page in another script reads (issue 16).
        packs = tuple((script, ocr.script_languages(script, task.settings)) for script, _ in task.settings.script_languages)
        fingerprint = repr((__version__, PAGE_RESULT_VERSION, task.source.sha256, task.index, task.settings.languages,
                            packs,
                            task.settings.render_dpi, task.today.isoformat(),
                            legibility.load_thresholds().model_dump()))
        digest = hashlib.sha256(fingerprint.encode()).hexdigest()
        return self.folder / digest[:2] / f"{digest}.pickle"

    def _signature(self, payload: bytes) -> bytes:
        return hmac.new(self._secret, payload, hashlib.sha256).digest()

    def get(self, task: PageTask) -> PageResult | None:
        path = self._key(task)
        try:
            if path.is_symlink():
                return None
            data = path.read_bytes()
        except OSError:
            return None
        head, signature, payload = data[:4], data[4:36], data[36:]
        if head != self._MAGIC or not hmac.compare_digest(signature, self._signature(payload)):
            if not self._warned:  # once per run: a foreign cache folder would repeat it for every page
                log.warning("page cache files not written by this docscan (or changed) are ignored: "
                            "those pages are read again")
                self._warned = True
            return None
        try:
            result = pickle.loads(payload)
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return None
        if result.judged_with == judgement_fingerprint() or result.error is not None or result.source == "none":
            return result
        if result.reading is None:
            return None  # judged under other rules, and its words were not kept: read it again
        zone = result.classification.mrz if result.classification else None
        judged = judge_reading(result.number, result.reading, result.quality, task.today, zone, result.capture)
        # The signatures were checked on the file, not judged from the reading: they stay.
        return replace(judged, exif_rotation=result.exif_rotation, seconds=result.seconds,
                       stage_seconds=result.stage_seconds, signatures=result.signatures, zone_cost=result.zone_cost)

    def put(self, task: PageTask, result: PageResult) -> None:
        if result.error is not None and result.error.code.startswith(("ocr_", "page_timeout", "page_failed", "page_crashed",
                                                                   "file_changed")):
            return  # a timeout or a crash may pass on a quieter machine: do not remember it
        path = self._key(task)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        payload = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        write_private(path, self._MAGIC + self._signature(payload) + payload)


def cache_key() -> bytes:
    """The secret that signs page-cache files: 32 random bytes in the user's data folder
    (`$XDG_DATA_HOME/docscan/cache.key`, 0600), made on first use."""
    home = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "docscan"
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = home / "cache.key"
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    except FileExistsError:
        return path.read_bytes()
    with os.fdopen(descriptor, "wb") as out:
        out.write(secrets.token_bytes(32))
    return path.read_bytes()


# ---------------------------------------------------------------------------------------------
# Running the pages


def read_pages(tasks: Sequence[PageTask], settings: Settings, *, cache: PageCache | None = None,
               progress: ProgressCallback | None = None) -> list[PageResult]:
    """Read every task, in parallel where it pays, returning results in task order."""
    results: list[PageResult | None] = [None] * len(tasks)
    pending = []
    for i, task in enumerate(tasks):
        cached = cache.get(task) if cache else None
        if cached is not None:
            results[i] = cached
        else:
            pending.append(i)
    done = len(tasks) - len(pending)
    if progress:
        progress(done, len(tasks))

    def finish(i: int, result: PageResult) -> None:
        nonlocal done
        results[i] = result
        if cache:
            cache.put(tasks[i], result)
        done += 1
        if progress:
            progress(done, len(tasks))

    if not pending:
        return [r for r in results if r is not None]
    from .runner import make_runner

    runner = make_runner(replace(settings, workers=min(settings.workers, len(pending))))
    # A bounded window of pages out at once: each result is cached and counted as it comes back,
    # so an interrupted run keeps what it read, and one worker (this process, which reads a page
    # at submit) shows its progress page by page instead of at the end.
    window = 2 * max(1, runner.capacity)
    waiting = list(reversed(pending))
    out: dict[Future, int] = {}
    try:
        while waiting or out:
            while waiting and len(out) < window:
                i = waiting.pop()
                out[runner.submit(tasks[i])] = i
            finished, _ = wait(out, return_when=FIRST_COMPLETED)
            for future in finished:
                finish(out.pop(future), future.result())
    finally:
        # Interrupted (Ctrl-C, or the page re-ran while the check was going on): drop the pages
        # not started yet instead of reading them for nobody. Finished ones are cached.
        runner.shutdown(cancel=True)
    return [r for r in results if r is not None]


def worker_context() -> multiprocessing.context.ForkServerContext:
    """The process context for page workers.

    forkserver: safe from threaded callers (Streamlit) and cheaper than spawn. The server
    imports the pipeline (OpenCV, NumPy, pdfplumber) once, before it forks any worker, so the
    workers share those pages instead of each importing its own copy (about 100 MB a worker).
    The preload only takes effect if the server has not started yet in this process.
    """
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    return context


# ---------------------------------------------------------------------------------------------
# Stage: from pages to documents


def assemble_file(source: SourceFile, pages: tuple[PageResult, ...], rules: classify.DocumentRules,
                  today: date, *, use_file_name: bool = True) -> FileResult:
    """Group a file's pages into documents and settle declared against detected types.

    `use_file_name=False` ignores what the name declares (the evaluation measures content alone).
    """
    if source.error is not None:
        return FileResult(source, (), (), classify.UNKNOWN, source.error)
    declared = source.declared_type
    if declared is None and use_file_name:
        declared = classify.declared_type_from_name(source.name, rules)
    segments = _segments(pages)
    signatures = pages[0].signatures if pages else None
    documents = tuple(replace(_document(source, declared, segment, today), signatures=signatures)
                      for segment in segments)
    doc_type = file_type(documents)
    # Page failures stay with their pages (reported as page_error): the file itself was readable.
    return FileResult(replace(source, declared_type=declared), pages, documents, doc_type, None)


def file_type(documents: Sequence[Document]) -> str:
    """The type a file is listed under: the most frequent content type among its documents,
    ties going to the first in the file, so identical bytes always give the same type (a set's
    order changes from run to run with Python's string hashing)."""
    typed = [d.doc_type for d in documents if d.doc_type != classify.UNKNOWN]
    if not typed:
        return classify.UNKNOWN
    counts = Counter(typed)
    return max(dict.fromkeys(typed), key=lambda t: counts[t])


def _segments(pages: tuple[PageResult, ...]) -> list[list[PageResult]]:
    """Runs of pages of one type; unknown, unreadable and untitled pages belong to the
    document before them.

    A scan of a passport's data page followed by visa pages is one passport; a PDF holding a
    contract and then a medical certificate is two documents. A page that names no type in
    its title (page 3 of a contract, whose clauses happen to mention a payslip) does not start
    a new document: only a titled page of another type does.
    """
    segments: list[list[PageResult]] = []
    for page in pages:
        typed = page.doc_type != classify.UNKNOWN
        titled = bool(page.classification and page.classification.titled)
        if segments and (not typed or not titled or _segment_type(segments[-1]) in (page.doc_type, classify.UNKNOWN)):
            segments[-1].append(page)
        else:
            segments.append([page])
    return segments


def _segment_type(segment: list[PageResult]) -> str:
    for page in segment:
        if page.doc_type != classify.UNKNOWN:
            return page.doc_type
    return classify.UNKNOWN


def _document(source: SourceFile, declared: str | None, segment: list[PageResult], today: date) -> Document:
    content_type = _segment_type(segment)
    key_page = next((p for p in segment if p.doc_type == content_type), segment[0])
    meaningful = [p for p in segment if not _is_blank(p)] or segment
    legible = all(p.legible for p in meaningful)
    reasons = tuple(dict.fromkeys(r for p in meaningful for r in p.reasons))
    confident = bool(key_page.classification and key_page.classification.confident)

    if content_type != classify.UNKNOWN:
        doc_type, type_source = content_type, "content"
    elif declared and not any(p.legible for p in meaningful):
        doc_type, type_source, confident = declared, "declared", True
    elif declared:
        doc_type, type_source, confident = declared, "declared_unconfirmed", False
    else:
        doc_type, type_source = classify.UNKNOWN, "content"

    found = tuple(d for p in segment for d in p.found_dates)
    zone_page = next((p for p in segment if p.classification and p.classification.mrz), None)
    zone = zone_page.classification.mrz if zone_page and zone_page.classification else None
    # What the zone proves is a fact; what it does not is left to the visual zone's dates, except
    # a birth date whose century the zone could not settle (issue 11: then the age is unknown).
    facts: mrz.StatedFacts = mrz.stated_facts(zone) if zone else {}
    expiry = facts["expiry_date"] if "expiry_date" in facts else dates.expiry_date(found)
    birth = facts.get("birth_date") if zone and zone.checks.get("birth") else dates.birth_date(found)
    issued = dates.issue_date(found, today)
    text = "\n".join(p.text for p in segment)
    ocr_words = [(w.text, w.confidence) for p in segment if p.source == "ocr" and p.reading for w in p.reading.words]
    person, employer = identity.document_fields(
        doc_type, text, zone=zone, birth_date=dates.birth_date(found),
        confidences=ocr_words if any(p.source == "ocr" for p in segment) else None)
    return Document(
        file=source.name, first_page=segment[0].number if source.page_count > 1 else 0,
        last_page=segment[-1].number if source.page_count > 1 else 0,
        doc_type=doc_type, declared_type=declared, type_source=type_source, legible=legible,
        confident=confident, issue_date=issued, expiry_date=expiry, birth_date=birth,
        nationality=facts.get("nationality"),
        mrz_valid=zone.key_fields_proved if zone else None,
        mrz_uncertain_fields=zone.uncertain_key_fields if zone else (),
        # Exact only when the text layer itself holds the zone (not one read from the rendered page).
        mrz_exact=zone is not None and zone_page is not None and zone_page.source == "text_layer"
        and mrz.find_zone(zone_page.text, today=today) == zone,
        card_remarks=card_remarks.find_remarks("\n".join(p.text for p in segment)) if doc_type == "residence_permit"
        else (),
        # Only what was read from the document itself: a declared type with nothing legible has no text.
        salary=salary.merge_readings([p.salary for p in segment if p.salary is not None], doc_type)
        if doc_type in salary.load_rules().documents and legible else None,
        entry_ban=removal.merge_readings([p.entry_ban for p in segment if p.entry_ban is not None], issued)
        if doc_type in ("entry_ban", "order_to_leave") else None,
        reasons=reasons, sha256=source.sha256, person=person, employer=employer,
        **_language_facts(segment, doc_type), **_authentication_facts(segment))


def _language_facts(segment: list[PageResult], doc_type: str) -> dict:
    """The document's language, script and translator's declaration (issue 16), from the text
    read; types the rules exempt (identity documents) are never foreign."""
    rules = language.load_language_rules()
    text = "\n".join(p.text for p in segment if p.text)
    finding = language.identify(text, rules) if text.strip() else None
    script = None
    # A page the Latin models read poorly, whose OSD names another script, says more than the
    # few Latin-looking "words" read from it.
    for page in segment:
        reading = page.reading
        if reading is not None and reading.script and reading.script not in rules.latin_scripts \
                and reading.script_confidence >= rules.script_min_confidence:
            script = rules.script_codes.get(reading.script, reading.script)
            break
    exempt = doc_type in rules.exempt_types or doc_type == classify.UNKNOWN
    return {"language": finding.language if finding else None,
            "foreign_language": bool(finding and not finding.accepted) and not exempt,
            "script": None if exempt else script,
            "translation_declaration": bool(finding and finding.translation_declaration)}


def _authentication_facts(segment: list[PageResult]) -> dict:
    """The apostille or legalisation on the document's pages and the country its text names
    (issue 16); the bundle settles the rest (`settle_authentications`)."""
    text = "\n".join(p.text for p in segment if p.text)
    if not text.strip():
        return {}
    signed = any(s.state == SignatureState.INTACT for p in segment if p.signatures for s in p.signatures.signatures)
    mark = authentication.find_mark(text, signed=signed)
    country = authentication.country_in_text(text)
    source = CountrySource.APOSTILLE if mark is not None and mark.country is not None and mark.country == country \
        else CountrySource.TEXT
    return {"authentication": mark.kind if mark else None, "issuing_country": country,
            "country_source": source if country else None}


def settle_authentications(files: Sequence[FileResult], checklist: checklist_module.Checklist,
                           applicant: Applicant) -> tuple[FileResult, ...]:
    """Link each separate apostille or legalisation to the document it authenticates, and
    presume the issuing country of a foreign document whose text names none (issue 16).

    A document holding a mark whose type needs no authentication (most often an unrecognised
    page: an apostille sheet, a sticker on its own), or whose text opens with the mark, is a
    separate mark: it authenticates the
    document of the bundle that needs one and shares most words with it (the signer's name, the
    authority), the same file first; with nothing to tell two candidates apart it stays unlinked
    (`authentication.mark_target`).
    """
    rules = authentication.load_authentication_rules()
    needing = set(rules.public_documents) | {t for r in checklist.requirements if r.legalise_outside_eea
                                             for t in r.documents}
    texts = {id(d): _document_text(f, d) for f in files for d in f.documents}
    documents = [d for f in files for d in f.documents]
    # A sheet that opens with the apostille is one even when its words (a criminal records office
    # in field 4) made it look like the document it authenticates.
    marks = [d for d in documents if d.authentication is not None
             and (d.doc_type not in needing or authentication.opens_with_mark(texts[id(d)], rules))]
    targets = [d for d in documents if d.doc_type in needing and d.authentication is None and d.translation_of is None
               and not any(d is m for m in marks)]
    changed: dict[int, Document] = {}
    for mark in marks:
        free = [t for t in targets if id(t) not in changed]
        chosen = authentication.mark_target(texts[id(mark)], [authentication.MarkCandidate(
            texts[id(t)], t.file == mark.file, _owes(t, mark.authentication, rules)) for t in free], rules)
        if chosen is None:
            continue
        target = free[chosen]
        country = target.issuing_country or (mark.issuing_country if mark.country_source == CountrySource.APOSTILLE
                                             else None)
        changed[id(target)] = replace(target, authentication=mark.authentication, authenticated_in=mark.label,
                                      issuing_country=country, country_source=target.country_source or (
                                          CountrySource.APOSTILLE if country else None))
        changed[id(mark)] = replace(mark, authenticates=target.label)
    by_label = {d.label: d for d in documents}
    for document in documents:
        current = changed.get(id(document), document)
        translation = by_label.get(current.translated_in or "")
        if current.doc_type in needing and current.issuing_country is None and translation is not None \
                and translation is not document:
            # The sworn translation renders the original's letterhead in one of the four languages,
            # below the translator's own heading ("Autorité émettrice : République arabe
            # d'Égypte"): its whole text names the country, Belgium aside (issue 16).
            rendered = translation.issuing_country if translation.issuing_country not in (None, "BE") \
                else authentication.translated_country(texts[id(translation)], rules)
            if rendered is not None:
                current = replace(current, issuing_country=rendered,
                                  country_source=translation.country_source or CountrySource.TEXT)
                changed[id(document)] = current
        if current.doc_type in needing and current.issuing_country is None and current.foreign_language:
            presumed = authentication.presumed_country(current.language, applicant.nationality, rules)
            if presumed is not None:
                changed[id(document)] = replace(current, issuing_country=presumed[0], country_source=presumed[1])
    if not changed:
        return tuple(files)
    return tuple(replace(f, documents=tuple(changed.get(id(d), d) for d in f.documents)) for f in files)


def _owes(document: Document, kind: AuthenticationKind | None, rules: authentication.AuthenticationRules) -> bool:
    """Whether the document's known issuing country owes this kind of mark."""
    if document.issuing_country is None or kind is None:
        return False
    needed = authentication.required_kind(document.issuing_country, rules)
    legalised = kind in (AuthenticationKind.LEGALISATION, AuthenticationKind.E_LEGALISATION)
    return needed == kind or (needed == AuthenticationKind.LEGALISATION and legalised)


def _document_text(result: FileResult, document: Document) -> str:
    """The text of the pages a document spans (a whole file: all its pages)."""
    if document.first_page == document.last_page == 0:
        return "\n".join(p.text for p in result.pages if p.text)
    return "\n".join(p.text for p in result.pages if p.text and document.first_page <= p.number <= document.last_page)


def settle_translations(files: Sequence[FileResult]) -> tuple[FileResult, ...]:
    """Pair each document that needs a translation with the sworn translation among the files.

    A translation is a document in one of the four languages whose text holds a sworn
    translator's declaration (`rules/languages.yaml`); a file holding both the original and its
    translation is its own translation. It renders a document of its own type, or it is unsure
    of its type (a translation opens with the translator's heading, not the document's title);
    among those, the one that shares the most dates and numbers with the original is its
    translation (`language.translation_evidence`), each translation used once, the surest pairs
    first. A translation typed `unknown` takes its original's type. The original is then
    "translated" (its status is not held back), and the translation is not counted as a second
    candidate.
    """
    documents = [d for f in files for d in f.documents]
    texts = {id(d): _document_text(f, d) for f in files for d in f.documents}
    translations = [d for d in documents if d.translation_declaration and not d.foreign_language and d.script is None]
    paired: dict[int, Document] = {}
    used: dict[int, Document] = {}
    originals = []
    for document in documents:
        if not (document.foreign_language or document.script is not None):
            continue
        if document.translation_declaration:
            paired[id(document)] = replace(document, translated_in=document.label)
        else:
            originals.append(document)
    candidates = sorted(((_translation_fit(o, t, texts), i, j) for i, o in enumerate(originals)
                         for j, t in enumerate(translations) if t.label != o.label), key=lambda c: (-c[0], c[1], c[2]))
    for fit, i, j in candidates:
        original, translation = originals[i], translations[j]
        if fit < 0 or id(original) in paired or id(translation) in used:
            continue
        paired[id(original)] = replace(original, translated_in=translation.label)
        used[id(translation)] = original
    for translation in translations:
        if id(translation) in used or translation.doc_type == classify.UNKNOWN:
            continue
        # An original docscan could not read (a page in a script without its packs, read as
        # Latin noise) is unknown; the translation's dates and numbers still point at it.
        unread = [(language.translation_evidence(texts[id(d)], texts[id(translation)]), i)
                  for i, d in enumerate(documents) if d.doc_type == classify.UNKNOWN and id(d) not in paired
                  and id(d) not in used and not d.translation_declaration]
        unread.sort(reverse=True)
        if unread and unread[0][0] >= UNREAD_ORIGINAL_EVIDENCE and (len(unread) == 1 or unread[1][0] < unread[0][0]):
            original = documents[unread[0][1]]
            paired[id(original)] = replace(original, doc_type=translation.doc_type, confident=translation.confident,
                                           translated_in=translation.label)
            used[id(translation)] = original
    if not paired:
        return tuple(files)
    settled = []
    for result in files:
        documents_now = tuple(paired.get(id(d)) or (_as_translation(d, used[id(d)]) if id(d) in used else d)
                              for d in result.documents)
        settled.append(replace(result, documents=documents_now))
    return tuple(settled)


#: Dates and numbers an unknown document must share with a sworn translation to be taken as its
#: original: a passport shares two with any of its holder's documents (birth date, number); the
#: Indian certificate of corpus D's dev split shared its number, date, birth date and passport number.
UNREAD_ORIGINAL_EVIDENCE = 3


def _translation_fit(original: Document, translation: Document, texts: dict[int, str]) -> int:
    """How well `translation` fits `original`: 100 for the same type, plus the dates and numbers
    both give; -1 when it cannot be its translation (another known type, or an unsure type
    without a shared date or number)."""
    evidence = language.translation_evidence(texts[id(original)], texts[id(translation)])
    if translation.doc_type == original.doc_type:
        return 100 + evidence
    if translation.doc_type == classify.UNKNOWN and evidence:
        return evidence
    return -1


def _as_translation(translation: Document, original: Document) -> Document:
    """The translation, marked as its original's: of the original's type when it had none."""
    doc_type = original.doc_type if translation.doc_type == classify.UNKNOWN else translation.doc_type
    return replace(translation, translation_of=original.label, doc_type=doc_type)


def _is_blank(page: PageResult) -> bool:
    return page.quality is not None and page.quality.blank


def applicant_from_documents(documents: Iterable[Document], given: Applicant) -> Applicant:
    """Fill the birth date and nationality the user did not give from a valid passport MRZ.

    A given fact always wins; `fact_sources` records where each one came from (the user, or the
    passport file it was read from), so the report can show it and the user can correct it.
    """
    sources = dict(given.fact_sources)
    for name in ("birth_date", "nationality"):
        if getattr(given, name) is not None:
            sources.setdefault(name, given.source or "given")
    passport = next((d for d in documents if d.doc_type == "passport" and d.mrz_valid), None)
    if passport is None:
        return replace(given, fact_sources=tuple(sorted(sources.items())))
    read_from = passport.label  # the document it was read from (its machine-readable zone)
    if given.birth_date is None and passport.birth_date is not None:
        sources["birth_date"] = read_from
    if given.nationality is None and passport.nationality is not None:
        sources["nationality"] = read_from
    birth = given.birth_date or passport.birth_date
    nationality = given.nationality or passport.nationality
    source = given.source or "passport machine-readable zone"
    return replace(given, birth_date=birth, nationality=nationality, source=source,
                   fact_sources=tuple(sorted(sources.items())))


# ---------------------------------------------------------------------------------------------
# The whole bundle


@dataclass(frozen=True)
class InputFile:
    """A file to check, with an optional type declared by the caller (an upload slot)."""

    path: str
    declared_type: str | None = None
    display_name: str | None = None


@dataclass(frozen=True)
class BundlePlan:
    """One applicant's bundle, probed and ready to read: what `read_pages` needs and what comes after.

    Splitting planning from reading lets `check_bundle` read one bundle while the bulk mode
    feeds the pages of many bundles into one pool of processes.
    """

    checklist: checklist_module.Checklist
    rules: classify.DocumentRules
    sources: tuple[SourceFile, ...]
    tasks: tuple[PageTask, ...]
    today: date
    applicant: Applicant
    language: str = "en"


def plan_bundle(inputs: Sequence[str | os.PathLike | InputFile], permit: str, region: str, *,
                today: date | None = None, applicant: Applicant | None = None,
                settings: Settings | None = None, language: str = "en") -> BundlePlan:
    """Load the checklist and probe every file (cheap: no page is decoded yet).

    Raises `UsageError` for unusable arguments (unknown permit or region, a path that does not
    exist, no input at all); a bad file never raises, it becomes its `SourceFile.error`.
    """
    settings = settings or Settings()
    today = today or date.today()
    checklist = checklist_module.load_checklist(permit, region)
    rules = classify.load_rules()
    files = _expand_inputs(inputs)
    if not files:
        raise UsageError("no input files: give the scans and PDFs to check, or a folder holding them",
                         code="no_input_files")
    sources = tuple(ingest.probe(f.path, settings, declared_type=_valid_declared(f.declared_type, rules),
                                 display_name=f.display_name) for f in files)
    tasks = tuple(PageTask(source, i, settings, today) for source in sources if source.readable
                  for i in range(source.page_count))
    return BundlePlan(checklist, rules, sources, tasks, today, applicant or Applicant(), language)


def finish_bundle(plan: BundlePlan, page_results: Sequence[PageResult], *, seconds: float = 0.0) -> Report:
    """From the pages read (in `plan.tasks` order) to the report: documents, checklist, warnings."""
    results = iter(page_results)
    file_results = []
    for source in plan.sources:
        pages = tuple(next(results) for _ in range(source.page_count)) if source.readable else ()
        file_results.append(assemble_file(source, pages, plan.rules, plan.today))
    file_results = check_identity(list(settle_translations(file_results)), plan.checklist)
    documents = tuple(d for f in file_results for d in f.documents)
    who = applicant_from_documents(documents, plan.applicant)
    file_results = list(settle_authentications(file_results, plan.checklist, who))
    documents = tuple(d for f in file_results for d in f.documents)
    requirements, not_required = checklist_module.evaluate(plan.checklist, documents, who, plan.today,
                                                           plan.language)
    warnings = collect_warnings(file_results, plan.rules, plan.today) + identity_warnings(documents, requirements)
    notices = checklist_module.notices(plan.checklist, documents, who, plan.today, plan.language)
    return build_report(plan.checklist, plan.today, who, requirements, not_required, tuple(file_results),
                        warnings, seconds=seconds, pages_read=len(plan.tasks), language=plan.language,
                        notices=notices)


def check_bundle(inputs: Sequence[str | os.PathLike | InputFile], permit: str, region: str, *,
                 today: date | None = None, applicant: Applicant | None = None,
                 settings: Settings | None = None, cache: PageCache | None = None,
                 progress: ProgressCallback | None = None, language: str = "en") -> Report:
    """Check one applicant's files against the checklist of `permit` in `region`.

    Raises `UsageError` for unusable arguments (unknown permit or region, a path that does not
    exist) and `MissingDependencyError` without Tesseract; a bad file never raises.
    """
    settings = settings or Settings()
    plan = plan_bundle(inputs, permit, region, today=today, applicant=applicant, settings=settings,
                       language=language)
    ocr.check_installation(settings)
    started = time.perf_counter()
    page_results = read_pages(plan.tasks, settings, cache=cache, progress=progress)
    return finish_bundle(plan, page_results, seconds=time.perf_counter() - started)


def _expand_inputs(inputs: Sequence[str | os.PathLike | InputFile]) -> list[InputFile]:
    files: list[InputFile] = []
    for item in inputs:
        if isinstance(item, InputFile):
            files.append(item)
        else:
            files.extend(InputFile(str(path)) for path in ingest.iter_input_paths([item]))
    return files


def _valid_declared(declared: str | None, rules: classify.DocumentRules) -> str | None:
    if declared is None:
        return None
    if declared not in rules.types:
        raise UsageError(f"unknown document type '{declared}'; known: {', '.join(rules.type_ids)}")
    return declared


def check_identity(file_results: Sequence[FileResult], checklist: checklist_module.Checklist) -> list[FileResult]:
    """The files with every document compared with the bundle's person and employer (issue 15)."""
    documents = [d for f in file_results for d in f.documents]
    if not documents:
        return list(file_results)

    def requirement_of(doc_type: str) -> str:
        return next((r.id for r in checklist.requirements if doc_type in r.documents), doc_type)

    checked = iter(identity.check_documents(documents, requirement_of, permit=checklist.permit))
    return [replace(f, documents=tuple(next(checked) for _ in f.documents)) for f in file_results]


def identity_warnings(documents: Sequence[Document], requirements: Sequence[checklist_module.RequirementResult]
                      ) -> tuple[ReportWarning, ...]:
    """Spelling variants and doubts as warnings; another person's document too when no
    requirement says so already (a second, right one satisfied it, or no requirement takes it)."""
    said = {(reason.params.get("file"), reason.code) for r in requirements for reason in (r.reason, *r.reasons)}
    warnings = []
    for doc in documents:
        for finding in doc.identity:
            if finding.reason is None or (doc.label, finding.reason.code) in said:
                continue
            warnings.append(ReportWarning(_IDENTITY_WARNING[finding.kind, str(finding.status)], finding.reason,
                                          doc.label))
    return tuple(warnings)


#: The warning code of each kind of finding (the reason says what; the code what kind of warning).
_IDENTITY_WARNING = {("person", "variant"): "identity_spelling", ("person", "doubt"): "identity_doubt",
                     ("person", "other"): "identity_other_person", ("employer", "doubt"): "employer_doubt",
                     ("employer", "other"): "employer_other", ("account", "other"): "fee_other_account",
                     ("account", "doubt"): "fee_account_doubt"}


# ---------------------------------------------------------------------------------------------
# Warnings


def collect_warnings(files: Sequence[FileResult], rules: classify.DocumentRules,
                     today: date | None = None) -> tuple[ReportWarning, ...]:
    """Things a person must know even when every requirement is met. `today` is the submission
    date: an entry ban still running on it is said so."""
    warnings: list[ReportWarning] = []
    seen_hashes: dict[str, str] = {}
    for result in files:
        name = result.path
        if result.error is not None:
            warnings.append(ReportWarning("file_error", Reason.of("file_error", file=name, problem=result.error), name))
        for page in result.pages:
            if page.error is not None and result.error is None:
                warnings.append(ReportWarning("page_error", Reason.of("page_error", file=name, page=page.number,
                                                                      problem=page.error), name))
        if result.source.sha256 and result.source.readable:
            if result.source.sha256 in seen_hashes:
                warnings.append(ReportWarning("duplicate_file", Reason.of(
                    "duplicate_file", file=name, other=seen_hashes[result.source.sha256]), name))
            else:
                seen_hashes[result.source.sha256] = name
        for document in result.documents:
            if document.doc_type in ("order_to_leave", "entry_ban"):
                warnings.append(ReportWarning(document.doc_type, removal_warning(document, today), document.label))
        warnings.extend(_signature_warnings(result))
        declared = result.source.declared_type
        detected = {d.doc_type for d in result.documents if d.type_source == "content" and d.doc_type != classify.UNKNOWN}
        if declared and detected and declared not in detected:
            warnings.append(ReportWarning("type_mismatch", Reason.of(
                "type_mismatch", file=name, declared=declared, found=sorted(detected)), name))
    return tuple(warnings)


def _signature_warnings(result: FileResult) -> list[ReportWarning]:
    """A PDF changed after it was sealed, or whose signature could not be checked, is a warning."""
    check = result.signatures
    if check is None:
        return []
    name = result.path
    found = []
    modified = check.first_modified
    if modified is not None:
        found.append(ReportWarning("signature_modified", signature_reason(modified, name), name))
    if check.error is not None:
        found.append(ReportWarning("signature_problem", Reason.of("signature_problem", file=name, problem=check.error),
                                   name))
    elif modified is None and any(s.state == SignatureState.UNREADABLE for s in check.signatures):
        found.append(ReportWarning("signature_problem", Reason.of("signature_problem", file=name,
                                                                  problem=Reason("signature_unreadable")), name))
    return found


# The warnings on removal orders (order_to_leave, entry_ban) are worded in the message catalogues,
# from the reference file ("Removal orders"): warn, never "accept".


def removal_warning(document: Document, today: date | None) -> Reason:
    """What the warning on an order to leave or an entry ban says (issue 15).

    An entry ban whose notification date and duration were read gets its end and the day its
    lifting may be asked (and whether it still runs on the submission date); one whose date or
    duration was not read says which, and keeps the plain warning's content. An order to leave
    says whether its text mentions an entry ban. A document known from its declared type alone
    (nothing legible) keeps the plain warning.
    """
    reading = document.entry_ban
    if document.doc_type == "order_to_leave":
        if reading is None or not document.legible:
            return Reason("order_to_leave")
        if reading.mentions:
            return Reason.of("order_to_leave_mentions_ban", file=document.label, words=list(reading.mentions))
        return Reason.of("order_to_leave_no_ban_words", file=document.label)
    if reading is None or not document.legible:
        return Reason("entry_ban")
    found = removal.entry_ban_dates(reading)
    if found is None:
        unread = [term for term, value in (("entry_ban.notified", reading.notified), ("entry_ban.years", reading.years))
                  if value is None]
        return Reason.of("entry_ban_unread", file=document.label, unread=unread)
    running = None
    if today is not None:
        running = Reason.of("entry_ban_running" if today < found.ends else "entry_ban_ended", today=today)
    return Reason.of("entry_ban_dated", file=document.label, years=found.years, notified=found.notified,
                     ends=found.ends, lifting_from=found.lifting_from, running=running)
