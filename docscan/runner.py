"""The page runner: the one place pages are read in other processes, with one failure semantics.

`docscan check`, `docscan bulk`, the page and the evaluation all read pages through
`PageRunner.submit(task) -> Future[PageResult]`. Whatever happens to a page — an exception, a
worker killed by the kernel, a Tesseract or pdfminer that runs away, memory exhausted — its
future resolves to a `PageResult` with a reason, never to an exception, and the other pages
go on. (Before, `check` and `bulk` had two pools that failed differently: one dead worker
failed every remaining page of `check`.)

Bounds, for every stage of a page (decoding, the PDF text layer, quality, OCR, classifying):
* wall clock: a page still running after `Settings.page_timeout` has its worker killed, and
  is reported as taking too long;
* memory: each worker runs under an address-space limit (`Settings.worker_memory_mb`), so
  a decompression or parsing bomb fails that page with a MemoryError instead of taking the
  machine's memory.
A worker that dies without an answer (killed, crashed) has its page tried once more in a fresh
worker, and the reason says so; a page that kills two workers is reported as failed.

`SerialRunner` reads pages in the calling process (one worker asked for): the same futures
and the same exception guard, without the kill-based bounds (Tesseract keeps its own timeout).
`dask_runner.DaskRunner` sends the pages to a Dask distributed cluster (`Settings.scheduler`),
where each page is read by a `PageRunner` of one worker process: the same bounds and results.

Every runner has `submit`, `shutdown` and `capacity` (pages it reads at once: how many to keep
queued).
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from collections import deque
from concurrent.futures import Future
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.context import ForkContext, ForkServerContext, SpawnContext
from multiprocessing.process import BaseProcess
from typing import Any, Callable, Protocol

from .models import Reason

log = logging.getLogger(__name__)


class Runner(Protocol):
    """What every backend offers: a future per page that always resolves to a `PageResult`."""

    @property
    def capacity(self) -> int:
        """Pages read at once: a caller keeps a few times this many submitted."""
        ...

    def submit(self, task) -> Future: ...

    def shutdown(self, cancel: bool = True) -> None: ...

#: The page workers' scratch folders are named SCRATCH_PREFIX + the starting process's id + "-...".
SCRATCH_PREFIX = "docscan-page-"
#: How many times a page is started in a fresh worker after its worker died without an answer.
RETRIES_AFTER_CRASH = 1


def failed_page(task, code: str, elapsed: float = 0.0, **params: object):
    from .pipeline import PageResult
    from .classify import UNKNOWN

    reason = Reason.of(code, **params)
    return PageResult(task.index + 1, "none", UNKNOWN, False, (reason,), error=reason, seconds=elapsed)


def guarded_read(task):
    """`pipeline.read_page` with every exception turned into a failed page (both runners use it)."""
    from .pipeline import read_page

    started = time.perf_counter()
    try:
        return read_page(task)
    except MemoryError:
        return failed_page(task, "page_too_large", time.perf_counter() - started)
    except Exception as error:  # noqa: BLE001 - the guard of last resort: a page, never the run
        log.warning("page %d failed: %s", task.index + 1, type(error).__name__)
        return failed_page(task, "page_failed", time.perf_counter() - started)


class SerialRunner:
    """Pages read one after the other in this process, with the same futures and guard."""

    capacity = 1

    def submit(self, task) -> Future:
        future: Future = Future()
        future.set_result(guarded_read(task))
        return future

    def shutdown(self, cancel: bool = True) -> None:
        return None

    def __enter__(self) -> "SerialRunner":
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()


def _worker_main(connection: Connection, memory_bytes: int, scratch: str) -> None:
    """A worker process: read the tasks it is sent, under its memory limit, until told to stop.

    Its temporary files (the page image pytesseract hands Tesseract, Tesseract's TSV) go to
    `scratch`, a 0700 folder of its own that the parent deletes even when the worker is killed.
    """
    import resource
    import tempfile

    os.environ["TMPDIR"] = scratch
    tempfile.tempdir = scratch

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl-C stops
    _die_with_parent()
    if memory_bytes > 0:
        try:
            resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
        except (ValueError, OSError):  # a lower hard limit is already set: keep it
            pass
    while True:
        try:
            task = connection.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        connection.send(guarded_read(task))


def _die_with_parent() -> None:
    """Have Linux kill this worker when the process that started it ends (PR_SET_PDEATHSIG).

    A parent killed outright (SIGKILL, the out-of-memory killer) runs no clean-up: without this
    its workers went on starting Tesseract on documents nobody waits for (issue 13, item 8).
    Elsewhere than Linux nothing is done; the parent's clean-up still ends them in every other case.
    """
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass


@dataclass
class _Job:
    task: Any  # a pipeline.PageTask (not imported: the runner knows nothing of pages)
    future: Future
    attempts: int = 0
    crashed: bool = False


@dataclass
class _Slot:
    process: BaseProcess | None = None
    connection: Connection | None = None
    job: _Job | None = None
    deadline: float = 0.0
    started: float = 0.0
    served: int = 0
    scratch: str = ""


@dataclass
class _Counts:
    timeouts: int = 0
    crashes: int = 0
    retried: int = 0
    by_reason: dict = field(default_factory=dict)


class PageRunner:
    """Worker processes fed one page at a time, each page bounded in time and memory."""

    def __init__(self, workers: int, *, page_timeout: float, memory_mb: int,
                 context_factory: Callable | None = None, max_pages_per_worker: int = 200,
                 scratch_parent: str | None = None):
        """`scratch_parent`: where the workers' private temporary folders are made (None: the
        system's temporary folder; a Dask worker gives a memory-backed one)."""
        from .pipeline import worker_context

        self._context: ForkServerContext | SpawnContext | ForkContext = (context_factory or worker_context)()
        self._timeout = page_timeout
        self._memory = memory_mb * 2**20
        self._max_pages = max_pages_per_worker
        self._scratch_parent = scratch_parent
        self._slots = [_Slot() for _ in range(max(1, workers))]
        self._queue: deque[_Job] = deque()
        self._lock = threading.Condition()
        self._closing = False
        self.counts = _Counts()
        self._thread = threading.Thread(target=self._dispatch, name="docscan-page-runner", daemon=True)
        self._thread.start()

    # -- public -------------------------------------------------------------------------------

    @property
    def capacity(self) -> int:
        return len(self._slots)

    def submit(self, task) -> Future:
        future: Future = Future()
        with self._lock:
            if self._closing:
                raise RuntimeError("the page runner is shut down")
            self._queue.append(_Job(task, future))
            self._lock.notify()
        return future

    def shutdown(self, cancel: bool = True) -> None:
        """Stop: queued pages are cancelled (`cancel`) or finished first; workers are ended."""
        with self._lock:
            if cancel:
                while self._queue:
                    self._queue.popleft().future.cancel()
            self._closing = True
            self._lock.notify()
        self._thread.join(timeout=self._timeout + 10 if not cancel else 10)
        for slot in self._slots:
            if slot.job is not None and not slot.job.future.done():
                slot.job.future.cancel()
            self._stop_worker(slot, kill=cancel)

    def __enter__(self) -> "PageRunner":
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown(cancel=True)

    # -- the dispatcher thread ------------------------------------------------------------------

    def _dispatch(self) -> None:
        while True:
            with self._lock:
                self._start_jobs()
                busy = [s for s in self._slots if s.job is not None]
                if not busy:
                    if self._closing and not self._queue:
                        return
                    self._lock.wait(timeout=0.5)
                    continue
            now = time.monotonic()
            next_deadline = min(s.deadline for s in busy)
            ready = wait([s.connection for s in busy if s.connection is not None],
                         timeout=max(0.0, min(0.5, next_deadline - now)))
            with self._lock:
                for slot in busy:
                    if slot.connection in ready:
                        self._collect(slot)
                    elif time.monotonic() > slot.deadline:
                        self._time_out(slot)

    def _start_jobs(self) -> None:
        for slot in self._slots:
            while slot.job is None and self._queue:
                job = self._queue.popleft()
                # A page tried again after a crash is already running; a new one starts now,
                # unless the caller cancelled it meanwhile.
                if not job.future.running() and not job.future.set_running_or_notify_cancel():
                    continue
                try:
                    if slot.process is None or not slot.process.is_alive() or slot.served >= self._max_pages:
                        self._stop_worker(slot, kill=False)
                        self._start_worker(slot)
                    assert slot.connection is not None  # _start_worker made it
                    slot.connection.send(job.task)
                except (OSError, ValueError, EOFError) as error:
                    log.warning("a page worker could not be started or fed: %s", type(error).__name__)
                    self._stop_worker(slot, kill=True)
                    job.future.set_result(failed_page(job.task, "page_failed"))
                    continue
                slot.job, slot.started = job, time.monotonic()
                slot.deadline = slot.started + self._timeout
                slot.served += 1

    def _collect(self, slot: _Slot) -> None:
        job = slot.job
        assert job is not None and slot.connection is not None  # only busy slots are collected
        try:
            result = slot.connection.recv()
        except (EOFError, OSError):
            self._crashed(slot)
            return
        slot.job = None
        if job.crashed:
            result = _with_note(result, Reason("page_retried"))
        job.future.set_result(result)

    def _crashed(self, slot: _Slot) -> None:
        """The worker died without an answer: a page that kills a worker once may be innocent
        (the machine was short of memory); twice, it is reported."""
        job = slot.job
        assert job is not None  # only a busy slot's worker can crash on a page
        code = slot.process.exitcode if slot.process is not None else None
        self._stop_worker(slot, kill=True)
        slot.job = None
        self.counts.crashes += 1
        log.warning("a page worker died (exit code %s) on page %d", code, job.task.index + 1)
        if job.attempts < RETRIES_AFTER_CRASH:
            self.counts.retried += 1
            self._queue.appendleft(_Job(job.task, job.future, job.attempts + 1, True))
            return
        job.future.set_result(failed_page(job.task, "page_crashed", time.monotonic() - slot.started))

    def _time_out(self, slot: _Slot) -> None:
        job = slot.job
        assert job is not None  # only a busy slot has a deadline
        self._stop_worker(slot, kill=True)
        slot.job = None
        self.counts.timeouts += 1
        job.future.set_result(failed_page(job.task, "page_timeout", self._timeout, seconds=round(self._timeout)))

    def _start_worker(self, slot: _Slot) -> None:
        import tempfile

        # Named after this process, so that folders left by a process killed outright can be told
        # from those of a live one and deleted (`dask_runner.sweep_scratch`).
        slot.scratch = tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-", dir=self._scratch_parent)  # 0700
        parent, child = self._context.Pipe(duplex=True)
        process = self._context.Process(target=_worker_main, args=(child, self._memory, slot.scratch),
                                        daemon=True, name="docscan-page-worker")
        process.start()
        child.close()
        slot.process, slot.connection, slot.served = process, parent, 0

    def _stop_worker(self, slot: _Slot, *, kill: bool) -> None:
        process, connection = slot.process, slot.connection
        slot.process = slot.connection = None
        if connection is not None:
            try:
                if not kill:
                    connection.send(None)
            except (OSError, ValueError):
                pass
            connection.close()
        if process is not None:
            if kill and process.is_alive() and process.pid is not None:
                _kill_tree(process.pid)
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
                process.join(timeout=5)
        if slot.scratch:
            import shutil

            shutil.rmtree(slot.scratch, ignore_errors=True)
            slot.scratch = ""


def _kill_tree(pid: int) -> None:
    """Kill a worker and the Tesseract it may be running (its children)."""
    try:
        children = [int(p) for p in open(f"/proc/{pid}/task/{pid}/children").read().split()]
    except OSError:
        children = []
    for child in children:
        try:
            os.kill(child, signal.SIGKILL)
        except OSError:
            pass
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass


def _with_note(result, note: Reason):
    from dataclasses import replace

    return replace(result, reasons=(*result.reasons, note))


def make_runner(settings) -> Runner:
    """The runner `settings` ask for: a Dask cluster (`settings.scheduler`), worker processes, or
    this process when one worker is asked."""
    if settings.scheduler:
        from .dask_runner import DaskRunner

        return DaskRunner(settings)
    if settings.workers <= 1:
        return SerialRunner()
    return PageRunner(settings.workers, page_timeout=settings.page_deadline, memory_mb=settings.worker_memory_mb)
