"""Bulk pre-check: many workers' files in one run, for an HR department (`docscan bulk`).

The input is a folder (or a zip of one) with one sub-folder per worker, and a manifest CSV
saying which permit each worker applies for. Every worker's bundle goes through the same
pipeline as `docscan check` (`pipeline.plan_bundle` → pages → `pipeline.finish_bundle`), but
the pages of *all* workers are fed into one pool of processes, a bounded number at a time, so
both cores stay busy across worker boundaries and memory does not grow with the run: a
worker's page results are dropped once its report is written.

Nothing about one worker stops the run: a manifest line with an unknown permit, a folder with
no readable file, an unsafe zip entry — each becomes a message naming the worker (or the
manifest line), and the other workers are checked. Only unusable arguments (no input, a
manifest without a worker_id column, no permit for anybody) raise `UsageError`.

Page results are cached by content hash (`pipeline.PageCache`), so a re-run after adding one
missing document reads only that document, and a run stopped with Ctrl-C resumes where it
stopped. Cached results hold no document text (bulk reports never show it); they do hold what
was read from the documents (types, dates), which is why the cache lives in the output folder
the user chose and can be turned off.
"""

from __future__ import annotations

import csv
import io
import logging
import re
import signal
import tempfile
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from types import FrameType
from typing import Callable, Iterator, Sequence

from . import ingest, ocr
from .checklist import REGIONS, load_checklist, permit_ids
from .errors import DocscanError, UsageError
from .models import FACT_NAMES, Applicant, Reason, answers_to_applicant
from .pipeline import BundlePlan, PageCache, PageResult, PageTask, finish_bundle, plan_bundle
from .runner import Runner, make_runner
from .report import Report, ReportWarning
from .settings import Settings

log = logging.getLogger(__name__)

#: The manifest's columns: the first three say what to check; the others are facts that decide
#: which documents apply (as `docscan check --birth-date ...` does for one worker).
MANIFEST_COLUMNS = ("worker_id", "permit", "region")
#: The facts are the checklist's questions (models.FACT_NAMES); `confirmed` lists the ids of the
#: documents docscan cannot recognise that the HR user confirms are attached (employer_id_copy;...).
OPTIONAL_COLUMNS = ("name", *FACT_NAMES, "confirmed")
#: A manifest is a small file; a bigger one is not a manifest.
MAX_MANIFEST_BYTES = 10 * 2**20
#: Names a manifest may have inside the input folder or zip, when `--manifest` is not given.
MANIFEST_NAMES = ("manifest.csv", "workers.csv")



# ---------------------------------------------------------------------------------------------
# The manifest


@dataclass(frozen=True)
class WorkerEntry:
    """One worker as the manifest (or the defaults) describe them."""

    worker_id: str
    permit: str
    region: str
    name: str | None = None
    applicant: Applicant = Applicant()
    #: Manifest line (1 = header), None when the worker comes from the defaults.
    line: int | None = None


@dataclass(frozen=True)
class ManifestProblem:
    """A manifest line that cannot be used, named by line and worker."""

    line: int
    worker_id: str | None
    message: str

    def __str__(self) -> str:
        who = f" (worker {self.worker_id})" if self.worker_id else ""
        return f"manifest line {self.line}{who}: {self.message}"

    @property
    def reason(self) -> Reason:
        """The problem as a reason: the line and worker as params (the detail stays in English)."""
        if self.worker_id:
            return Reason.of("manifest_worker_problem", line=self.line, worker=self.worker_id, problem=self.message)
        return Reason.of("manifest_problem", line=self.line, problem=self.message)


@dataclass(frozen=True)
class Manifest:
    entries: tuple[WorkerEntry, ...]
    problems: tuple[ManifestProblem, ...]


def read_manifest(text: str, *, default_permit: str | None = None, default_region: str | None = None,
                  source: str = "manifest") -> Manifest:
    """Parse a manifest CSV (comma, semicolon or tab separated, as spreadsheets export it).

    A missing `permit` or `region` column is filled from the defaults; without a default, and
    always without `worker_id`, the manifest is unusable (`UsageError` naming the column). A bad
    line (unknown permit, bad date, duplicate worker) becomes a `ManifestProblem`; the other
    lines are used.
    """
    if not text.strip():
        raise UsageError(f"{source} is empty; it needs a header line: {', '.join(MANIFEST_COLUMNS)}")
    first_line = text.splitlines()[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = [_column_name(h) for h in next(reader)]
    defaults = {"permit": default_permit, "region": default_region}
    for column in MANIFEST_COLUMNS:
        if column not in header and (column == "worker_id" or defaults[column] is None):
            raise UsageError(f"{source} has no '{column}' column (found: {', '.join(h for h in header if h) or 'none'}); "
                             f"the first line must name the columns {', '.join(MANIFEST_COLUMNS)}"
                             + ("" if column == "worker_id" else f", or give --{column} for every worker"))
    seen: dict[str, int]  # worker (by folder key) -> the manifest line that listed it first
    permits, entries, problems, seen = set(permit_ids()), [], [], {}
    # Spreadsheets carry other columns (department, notes): ignored, but said, since a typo
    # ("birthdate") would otherwise silently drop a fact that decides what applies.
    known = set(MANIFEST_COLUMNS) | set(OPTIONAL_COLUMNS)
    unknown_columns = [h for h in header if h and h not in known]
    if unknown_columns:
        problems.append(ManifestProblem(1, None, (
            f"column(s) {', '.join(unknown_columns)} not used; docscan reads {', '.join(MANIFEST_COLUMNS)} "
            f"and {', '.join(OPTIONAL_COLUMNS)}")))
    for line_number, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        values = {column: (row[i].strip() if i < len(row) else "") for i, column in enumerate(header)}
        worker_id = values.get("worker_id", "")
        if not worker_id:
            problems.append(ManifestProblem(line_number, None, "no worker_id; the line was skipped"))
            continue
        if _folder_key(worker_id) in seen:
            problems.append(ManifestProblem(line_number, worker_id,
                                            f"the same worker as on line {seen[_folder_key(worker_id)]}; skipped"))
            continue
        seen[_folder_key(worker_id)] = line_number
        try:
            entries.append(_entry(values, worker_id, line_number, defaults, permits))
        except ValueError as error:
            problems.append(ManifestProblem(line_number, worker_id, str(error)))
    return Manifest(tuple(entries), tuple(problems))


def _entry(values: dict[str, str], worker_id: str, line: int, defaults: dict, permits: set[str]) -> WorkerEntry:
    permit = values.get("permit") or defaults["permit"]
    region = (values.get("region") or defaults["region"] or "").lower()
    if not permit:
        raise ValueError("no permit given, and no default permit for everyone")
    if permit not in permits:
        raise ValueError(f"unknown permit '{permit}'; known: {', '.join(sorted(permits))}")
    if region not in REGIONS:
        raise ValueError(f"unknown region '{region}'; known: {', '.join(REGIONS)}")
    applicant = answers_to_applicant(values, "manifest")
    confirmable = {r.id for r in load_checklist(permit, region).requirements if r.kind == "declaration"}
    unknown = sorted(applicant.confirmed - confirmable)
    if unknown:
        raise ValueError(f"confirmed names {', '.join(unknown)}, not a document to confirm for {permit} in {region}"
                         f" (choose from: {', '.join(sorted(confirmable)) or 'none'})")
    return WorkerEntry(worker_id, permit, region, values.get("name") or None, applicant, line)


def _column_name(header: str) -> str:
    return re.sub(r"[\s\-]+", "_", header.strip().lstrip("\ufeff").lower())


def decode_manifest(data: bytes, source: str) -> str:
    """Manifest bytes as text: UTF-8 (with or without Excel's BOM), else Windows-1252."""
    if len(data) > MAX_MANIFEST_BYTES:
        raise UsageError(f"{source} is {len(data) / 2**20:.0f} MB: that is not a manifest of workers")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


# ---------------------------------------------------------------------------------------------
# The workers' folders


@dataclass(frozen=True)
class WorkerFolder:
    """A worker's folder in the input, and the entries of it that could not be unpacked."""

    worker_id: str
    path: Path
    #: `entry_problem` reasons: the entry's path inside the folder and why it was not unpacked.
    problems: tuple[Reason, ...] = ()


@dataclass(frozen=True)
class BulkInput:
    """What was found in the input: one folder per worker, a manifest if one was there, strays."""

    root: Path
    folders: tuple[WorkerFolder, ...]
    manifest_text: str | None
    #: Problems that belong to no worker (a file at the top, an unsafe entry outside any folder).
    problems: tuple[Reason, ...]


def find_workers(root: Path, archive_problems: Sequence[ingest.ArchiveProblem] = ()) -> BulkInput:
    """One worker per sub-folder of `root`, in name order.

    A zip of the parent folder ("Q1/W001/...") has a single folder at the top: its sub-folders
    are the workers. A file at the top that is not the manifest belongs to no worker and is
    reported, not guessed.
    """
    children = sorted(p for p in root.iterdir() if not _hidden(p.name))
    files = [p for p in children if p.is_file()]
    folders = [p for p in children if p.is_dir()]
    prefix: tuple[str, ...] = ()
    if len(folders) == 1 and not files and any(p.is_dir() for p in folders[0].iterdir()):
        prefix = (folders[0].name,)
        root = folders[0]
        children = sorted(p for p in root.iterdir() if not _hidden(p.name))
        files = [p for p in children if p.is_file()]
        folders = [p for p in children if p.is_dir()]
    manifest_file = next((p for p in files if p.name.lower() in MANIFEST_NAMES), None)
    problems = [Reason.of("stray_file", file=ingest.readable_name(p.name)) for p in files if p is not manifest_file]
    problems += [Reason.of("dangling_link", file=ingest.readable_name(p.name))
                 for p in children if p.is_symlink() and not p.exists()]
    by_worker: dict[str, list[Reason]] = {}
    folder_names = {p.name for p in folders}
    for problem in archive_problems:
        parts = problem.parts[len(prefix):] if problem.parts[:len(prefix)] == prefix else problem.parts
        if len(parts) >= 2 and parts[0] in folder_names:
            by_worker.setdefault(parts[0], []).append(
                Reason.of("entry_problem", entry="/".join(parts[1:]), problem=problem.reason))
        else:
            problems.append(Reason.of("entry_problem", entry=problem.entry, problem=problem.reason))
    workers = tuple(WorkerFolder(ingest.readable_name(p.name), p, tuple(by_worker.get(p.name, ()))) for p in folders)
    manifest_text = decode_manifest(manifest_file.read_bytes(), manifest_file.name) if manifest_file else None
    return BulkInput(root, workers, manifest_text, tuple(problems))


def _hidden(name: str) -> bool:
    return name.startswith((".", "__MACOSX", "~$")) or name.lower() in ("thumbs.db", "desktop.ini")


def _folder_key(worker_id: str) -> str:
    """Worker ids match folder names regardless of case and surrounding spaces."""
    return worker_id.strip().casefold()


# ---------------------------------------------------------------------------------------------
# Jobs: a worker, what to check them against, and the folder of their files


@dataclass(frozen=True)
class WorkerJob:
    worker_id: str
    entry: WorkerEntry | None
    folder: WorkerFolder | None
    #: Set when the worker cannot be checked at all (no folder, bad manifest line).
    error: Reason | None = None


def match_jobs(found: BulkInput, manifest: Manifest | None, default_permit: str | None,
               default_region: str | None) -> list[WorkerJob]:
    """Pair manifest lines with folders; whatever does not pair is a job with an error."""
    folders = {_folder_key(f.worker_id): f for f in found.folders}
    jobs: list[WorkerJob] = []
    folder: WorkerFolder | None  # a folder found in the input, or the one a manifest line names (if any)
    if manifest is None:
        for folder in found.folders:
            entry = WorkerEntry(folder.worker_id, default_permit or "", default_region or "")
            jobs.append(WorkerJob(folder.worker_id, entry, folder))
        return jobs
    listed = set()
    for entry in manifest.entries:
        key = _folder_key(entry.worker_id)
        listed.add(key)
        folder = folders.get(key)
        if folder is None:
            jobs.append(WorkerJob(entry.worker_id, entry, None, Reason.of(
                "no_worker_folder", worker=entry.worker_id, line=entry.line)))
        else:
            jobs.append(WorkerJob(entry.worker_id, entry, folder))
    for problem in manifest.problems:
        if problem.worker_id is not None:
            key = _folder_key(problem.worker_id)
            if key not in listed:
                listed.add(key)
                jobs.append(WorkerJob(problem.worker_id, None, folders.get(key), problem.reason))
    for key, folder in folders.items():
        if key in listed:
            continue
        if default_permit and default_region:
            jobs.append(WorkerJob(folder.worker_id, WorkerEntry(folder.worker_id, default_permit, default_region),
                                  folder))
        else:
            jobs.append(WorkerJob(folder.worker_id, None, folder, Reason("not_in_manifest")))
    return jobs


# ---------------------------------------------------------------------------------------------
# Outcomes


@dataclass(frozen=True)
class WorkerOutcome:
    """What one worker's check concluded, as the summary and the overview show it."""

    worker_id: str
    name: str | None
    permit: str | None
    region: str | None
    #: "complete", "incomplete", or "error" (could not be checked, or no file could be read).
    verdict: str
    missing: tuple[str, ...] = ()
    illegible: tuple[str, ...] = ()
    invalid: tuple[str, ...] = ()
    needs_review: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    #: Per-file problems (unreadable files, entries not unpacked): `file_error` / `entry_problem` reasons.
    file_problems: tuple[Reason, ...] = ()
    #: Why the worker could not be checked (verdict "error").
    error: Reason | None = None
    files: int = 0
    pages: int = 0
    seconds: float = 0.0
    report: Report | None = field(default=None, compare=False, repr=False)

    @property
    def to_do(self) -> int:
        """How much this worker's file needs: the overview sorts on it."""
        return len(self.missing) + len(self.illegible) + len(self.invalid) + len(self.needs_review)


def outcome_from_report(job: WorkerJob, report: Report, extra_problems: Sequence[Reason]) -> WorkerOutcome:
    by_status: dict[str, list[str]] = {}
    for requirement in report.requirements:
        by_status.setdefault(requirement.status, []).append(requirement.id)
    problems = [Reason.of("file_error", file=f.path, problem=f.error) for f in report.files if f.error is not None]
    problems += list(extra_problems)
    readable = [f for f in report.files if f.error is None]
    error = None
    verdict = report.verdict
    if not readable:
        verdict = "error"
        count = len(report.files)
        error = Reason("folder_empty") if not count else Reason.of("none_readable", count=count)
    entry = job.entry
    return WorkerOutcome(
        job.worker_id, entry.name if entry else None, report.permit, report.region, verdict,
        tuple(by_status.get("missing", ())), tuple(by_status.get("illegible", ())),
        tuple(by_status.get("invalid", ())), tuple(by_status.get("needs_review", ())),
        tuple(dict.fromkeys(w.code for w in report.warnings)), tuple(problems), error,
        len(report.files), report.pages_read, report.seconds, report)


def failed_outcome(job: WorkerJob, error: Reason, problems: Sequence[Reason] = ()) -> WorkerOutcome:
    entry = job.entry
    return WorkerOutcome(job.worker_id, entry.name if entry else None, entry.permit if entry else None,
                         entry.region if entry else None, "error", file_problems=tuple(problems), error=error)


# ---------------------------------------------------------------------------------------------
# Running


@dataclass(frozen=True)
class BulkProgress:
    """Where the run is, for a progress bar."""

    workers_done: int
    workers_total: int
    pages_done: int
    #: Pages known so far (bundles are planned as the run goes, so this grows).
    pages_planned: int


@dataclass(frozen=True)
class BulkSummary:
    outcomes: tuple[WorkerOutcome, ...]
    problems: tuple[Reason, ...]
    seconds: float
    pages_read: int
    #: Seconds spent per stage, summed over pages (decode, quality, ocr, classify).
    stage_seconds: dict
    interrupted: bool = False
    #: Workers an interrupted run did not finish, in input order.
    pending: tuple[str, ...] = ()
    #: Pages not read again: taken from the page cache, or the same content as a page already
    #: read in this run (the same vacancy notice filed for several workers).
    pages_reused: int = 0
    #: The signal that stopped an interrupted run (SIGTERM, SIGHUP); None for Ctrl-C.
    stop_signal: int | None = None

    def count(self, verdict: str) -> int:
        return sum(1 for o in self.outcomes if o.verdict == verdict)


ProgressHook = Callable[[BulkProgress], None]
OutcomeHook = Callable[[WorkerOutcome], None]


def run_bulk(input_path: str | Path, *, manifest_path: str | Path | None = None,
             default_permit: str | None = None, default_region: str | None = None,
             today: date | None = None, settings: Settings | None = None, cache: PageCache | None = None,
             progress: ProgressHook | None = None, on_outcome: OutcomeHook | None = None,
             keep_reports: bool = False, unpack_into: str | Path | None = None) -> BulkSummary:
    """Check every worker of a folder or zip; `on_outcome` gets each worker as it finishes.

    Outcomes come in the order workers finish (roughly input order). With `keep_reports`
    the full `Report` stays on each outcome (the web page shows them); otherwise it is dropped
    after `on_outcome` so a thousand workers do not stay in memory.
    On Ctrl-C the finished workers are returned with `interrupted=True`. A zip is unpacked into
    a private temporary folder inside `unpack_into` (the web page's session folder), else the
    system's temporary folder; it is deleted when the run ends.
    """
    settings = settings or Settings()
    today = today or date.today()
    input_path = Path(input_path)
    if not input_path.exists():
        raise UsageError(f"no such folder or zip: {input_path}")
    if default_region is not None and default_region not in REGIONS:
        raise UsageError(f"unknown region '{default_region}'; known: {', '.join(REGIONS)}")
    if default_permit is not None and default_permit not in permit_ids():
        raise UsageError(f"unknown permit '{default_permit}'; see 'docscan permits'")
    ocr.check_installation(settings)
    started = time.perf_counter()
    with _opened_input(input_path, unpack_into) as (root, archive_problems):
        found = find_workers(root, archive_problems)
        manifest = _load_manifest(manifest_path, found, default_permit, default_region)
        if manifest is None and not (default_permit and default_region):
            raise UsageError("say which permit each worker applies for: a manifest (worker_id, permit, region), "
                             "or a default permit and region for all of them (on the command line: "
                             "--manifest FILE.csv, or --permit and --region)")
        jobs = match_jobs(found, manifest, default_permit, default_region)
        if not jobs and archive_problems:
            first = archive_problems[0]
            raise UsageError(f"nothing usable could be unpacked from {input_path.name}: {len(archive_problems)} "
                             f"entries were refused, the first ({first.entry}) because {first.reason.message}")
        if not jobs:
            raise UsageError(f"no worker folders in {input_path}: put each worker's documents in a folder "
                             "named after the worker")
        problems = list(found.problems) + ([p.reason for p in manifest.problems if p.worker_id is None]
                                           if manifest else [])
        scheduler = _Scheduler(jobs, settings, today, cache, progress, on_outcome, keep_reports)
        interrupted = False
        stop_signal = None
        try:
            with _stop_on_ctrl_c(scheduler):
                scheduler.run()
            interrupted = scheduler.stop_requested
        except KeyboardInterrupt as stop:  # a second Ctrl-C, or SIGTERM/SIGHUP (errors.Stopped)
            interrupted = True
            stop_signal = getattr(stop, "signum", None)
    finished = {o.worker_id for o in scheduler.outcomes}
    pending = tuple(j.worker_id for j in jobs if j.worker_id not in finished)
    return BulkSummary(tuple(scheduler.outcomes), tuple(problems), time.perf_counter() - started,
                       scheduler.pages_done, dict(scheduler.stage_seconds), interrupted, pending,
                       scheduler.pages_reused, stop_signal)


class _stop_on_ctrl_c:
    """Turn the first Ctrl-C into a request to stop between two pages, not an exception.

    A worker's report is then never cut off half-way through being written, and the summary
    lists every worker that finished. A second Ctrl-C stops at once. Only the main thread can
    handle signals (a web page runs the check in another thread): there this does nothing.
    """

    def __init__(self, scheduler: "_Scheduler"):
        self.scheduler = scheduler
        self.previous: Callable[[int, FrameType | None], object] | int | None = None

    def __enter__(self) -> None:
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGINT, self._handle)

    def _handle(self, _signum, _frame) -> None:
        if self.scheduler.stop_requested:
            raise KeyboardInterrupt
        self.scheduler.stop_requested = True

    def __exit__(self, *exc) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)


class _opened_input:
    """The input as a folder: a folder as it is, a zip unpacked into a private temporary folder.

    The temporary folder (mode 0700) is deleted when the run ends, interrupted or not: the
    documents are not kept after use.
    """

    def __init__(self, path: Path, parent: str | Path | None = None):
        self.path = path
        self.parent = parent
        self.temporary: tempfile.TemporaryDirectory | None = None

    def __enter__(self) -> tuple[Path, list[ingest.ArchiveProblem]]:
        if self.path.is_dir():
            return self.path, []
        if not ingest.is_zip_archive(self.path):
            raise UsageError(f"{self.path.name} is neither a folder nor a zip archive: give the folder holding "
                             "one sub-folder per worker, or a zip of it")
        self.temporary = tempfile.TemporaryDirectory(prefix="docscan-bulk-", dir=self.parent)
        root = Path(self.temporary.name)
        problems = ingest.extract_archive(self.path, root)
        return root, problems

    def __exit__(self, *exc) -> None:
        if self.temporary is not None:
            self.temporary.cleanup()


def _load_manifest(path: str | Path | None, found: BulkInput, default_permit: str | None,
                   default_region: str | None) -> Manifest | None:
    if path is not None:
        manifest_file = Path(path)
        try:
            data = manifest_file.read_bytes()
        except OSError as exc:
            raise UsageError(f"cannot read the manifest {manifest_file}: {exc.strerror}") from None
        text, source = decode_manifest(data, manifest_file.name), manifest_file.name
    elif found.manifest_text is not None:
        text, source = found.manifest_text, "the manifest in the input"
    else:
        return None
    return read_manifest(text, default_permit=default_permit, default_region=default_region, source=source)


@dataclass
class _Bundle:
    """A worker in flight: the plan, the pages read so far, how many are still out."""

    job: WorkerJob
    plan: BundlePlan
    results: list[PageResult | None]
    remaining: int
    started: float


class _Scheduler:
    """Feeds the pages of every worker through one process pool, a bounded window at a time.

    Bundles are planned (files probed) only when the pool needs more pages, and a worker's
    report is made as soon as its last page is back, so memory holds the window and the
    workers in flight, never the whole run.
    """

    def __init__(self, jobs: Sequence[WorkerJob], settings: Settings, today: date, cache: PageCache | None,
                 progress: ProgressHook | None, on_outcome: OutcomeHook | None, keep_reports: bool):
        self.jobs = list(jobs)
        self.settings = settings
        self.today = today
        self.cache = cache
        self.progress = progress
        self.on_outcome = on_outcome
        self.keep_reports = keep_reports
        self.outcomes: list[WorkerOutcome] = []
        self.pages_done = 0
        self.pages_reused = 0
        self.pages_planned = 0
        self.stage_seconds: dict[str, float] = {}
        #: Pages kept submitted: a few per page the runner reads at once (set when it starts).
        self.window = 2
        #: Set by Ctrl-C: no new page is started, and the run returns what is finished.
        self.stop_requested = False
        self.inflight: dict[Future, tuple[_Bundle, int]] = {}
        #: Pages waiting for an identical page (same file content, same page) already in flight.
        self.same_page: dict[tuple, list[tuple[_Bundle, int]]] = {}
        self.open_bundles: list[_Bundle] = []

    def run(self) -> None:
        # One page runner for every worker's pages: a page that fails, hangs or kills its reader
        # is that page's result, the same as in `docscan check` (runner.py).
        pages = make_runner(self.settings)
        self.window = max(2, pages.capacity * 3)
        try:
            pending = iter(self.jobs)
            exhausted = False
            self._report_progress()
            while not self.stop_requested:
                while not exhausted and len(self.inflight) < self.window and not self.stop_requested:
                    job = next(pending, None)
                    if job is None:
                        exhausted = True
                        break
                    self._start(job, pages)
                if not self.inflight:
                    if exhausted:
                        break
                    continue
                done, _ = wait(list(self.inflight), timeout=0.5, return_when=FIRST_COMPLETED)
                for future in done:
                    bundle, index = self.inflight.pop(future)
                    result = future.result()
                    self._finish_page(bundle, index, result)
                    for twin, twin_index in self.same_page.pop(_identity(bundle.plan.tasks[index]), ())[1:]:
                        self._finish_page(twin, twin_index, result, from_cache=True)
        finally:
            pages.shutdown(cancel=True)

    def _start(self, job: WorkerJob, pages: Runner) -> None:
        if job.error is not None:
            self._emit(failed_outcome(job, job.error, job.folder.problems if job.folder else ()))
            return
        folder = job.folder
        entry = job.entry
        # match_jobs gives every job without an error both its manifest entry and its folder.
        assert folder is not None and entry is not None
        started = time.perf_counter()
        try:
            plan = plan_bundle([folder.path], entry.permit, entry.region, today=self.today,
                               applicant=entry.applicant, settings=self.settings)
        except UsageError as error:
            if error.code == "no_input_files":
                reason = Reason("folder_empty") if not folder.problems else Reason("folder_nothing_unpacked")
            else:
                reason = Reason.of("worker_not_checked", problem=error.message)
            self._emit(failed_outcome(job, reason, folder.problems))
            return
        except DocscanError as error:
            self._emit(failed_outcome(job, Reason.of("worker_not_checked", problem=error.message), folder.problems))
            return
        bundle = _Bundle(job, plan, [None] * len(plan.tasks), len(plan.tasks), started)
        self.pages_planned += len(plan.tasks)
        self.open_bundles.append(bundle)
        for index, task in enumerate(plan.tasks):
            cached = self.cache.get(task) if self.cache else None
            if cached is not None:
                self._finish_page(bundle, index, cached, from_cache=True)
            elif _identity(task) in self.same_page:
                self.same_page[_identity(task)].append((bundle, index))
            else:
                self.same_page[_identity(task)] = [(bundle, index)]
                self.inflight[pages.submit(task)] = (bundle, index)
        if not plan.tasks:
            self._close(bundle)

    def _finish_page(self, bundle: _Bundle, index: int, result: PageResult, from_cache: bool = False) -> None:
        # Bulk reports never show document text: the cache does not keep it (nor the words with
        # their boxes), and the worker's results hold the text only until the worker's report is
        # made (and recorded, with --record).
        result = replace(result, reading=None) if result.reading is not None else result
        if self.cache and not from_cache:
            self.cache.put(bundle.plan.tasks[index], replace(result, text="") if result.text else result)
        if from_cache:
            self.pages_reused += 1
        else:
            for stage, seconds in result.stage_seconds.items():
                self.stage_seconds[stage] = self.stage_seconds.get(stage, 0.0) + seconds
        bundle.results[index] = result
        bundle.remaining -= 1
        self.pages_done += 1
        if bundle.remaining == 0:
            self._close(bundle)
        else:
            self._report_progress()

    def _close(self, bundle: _Bundle) -> None:
        self.open_bundles.remove(bundle)
        # Closed only once every page is in (`remaining` is 0), so no result is missing.
        results = [result for result in bundle.results if result is not None]
        assert len(results) == len(bundle.results)
        report = finish_bundle(bundle.plan, results, seconds=time.perf_counter() - bundle.started)
        extra = bundle.job.folder.problems if bundle.job.folder else ()
        if extra:
            # The warning's code is the entry's problem (`unsafe_path`, `zip_bomb`...), its file the entry.
            report = replace(report, warnings=report.warnings + tuple(
                ReportWarning(r.params["problem"]["code"], r, r.params["entry"]) for r in extra))
        self._emit(outcome_from_report(bundle.job, report, extra))

    def _emit(self, outcome: WorkerOutcome) -> None:
        self.outcomes.append(outcome if self.keep_reports else replace(outcome, report=None))
        if self.on_outcome is not None:
            self.on_outcome(outcome)
        self._report_progress()

    def _report_progress(self) -> None:
        if self.progress is not None:
            self.progress(BulkProgress(len(self.outcomes), len(self.jobs), self.pages_done, self.pages_planned))


def _identity(task: PageTask) -> tuple:
    """Pages with the same identity give the same result (settings are the same for the run)."""
    return task.source.sha256, task.index, task.today


def iter_verdict_order(outcomes: Sequence[WorkerOutcome]) -> Iterator[WorkerOutcome]:
    """Workers by what needs doing: could not be checked, then most to do, then complete."""
    rank = {"error": 0, "incomplete": 1, "complete": 2}
    yield from sorted(outcomes, key=lambda o: (rank.get(o.verdict, 0), -o.to_do, -len(o.warnings), o.worker_id))
