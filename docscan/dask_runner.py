"""The page runner's second backend: pages read on a Dask distributed cluster (`--scheduler`).

A thousand workers' files outgrow one machine, and Tesseract is the cost (about a second of one
core per scanned page), so the answer is more cores on a real distributed engine rather than a
scheduler of docscan's own: Dask's scheduler places the pages on the workers, and when a worker
dies it runs that worker's pages again elsewhere (no page is lost).

Failure semantics are those of the local runner, because a Dask worker reads each page through a
`PageRunner` of its own (one bounded child process per worker thread): the page's wall clock and
address-space limit apply there, a killed child's page is read again once, and any exception is
a failed page. `DaskRunner.submit` returns the same `Future[PageResult]` as the other backends.
Only the machine that runs `docscan bulk` writes outputs and the page cache: results come back.

Privacy: a page's file travels inside its task, in memory (`ingest.with_content`), and is
decoded from memory on the worker. The worker's child process gets a scratch folder in
/dev/shm (memory) for the page image pytesseract hands Tesseract, and the readiness check
refuses workers that could spill data to disk (Dask's memory target/spill). Nothing of a
document is written to a worker's disk.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import os
import tempfile
import threading
import uuid
from concurrent.futures import Future, InvalidStateError
from dataclasses import replace
from pathlib import Path

from . import ingest
from .errors import DocscanError, FileProblem, MissingDependencyError
from .runner import SCRATCH_PREFIX, PageRunner, failed_page
from .settings import Settings

log = logging.getLogger(__name__)

#: What a run that lost its scheduler says (the run stops; rerunning resumes it).
_LOST = ("the connection to the Dask scheduler was lost; the finished workers' reports are written. "
         "Run the same command again to go on: finished pages are not read again")

#: Seconds to reach the scheduler: an address nobody answers at is an error this fast, not a hang.
CONNECT_SECONDS = 10.0
#: Seconds a scheduler may take to have its first worker (a cluster being started).
WORKER_WAIT_SECONDS = 30.0
#: How a worker must be started for docscan (the readiness check names what is missing).
WORKER_COMMAND = ("DASK_DISTRIBUTED__WORKER__DAEMON=False DASK_DISTRIBUTED__WORKER__MEMORY__TARGET=False "
                  "DASK_DISTRIBUTED__WORKER__MEMORY__SPILL=False OMP_THREAD_LIMIT=1 "
                  "dask worker tcp://HOST:8786 --nthreads 1")


class ClusterError(DocscanError):
    """The Dask cluster cannot be used (unreachable, no workers, a worker not fit) or was lost."""

    exit_code = 2
    code = "usage"


# ---------------------------------------------------------------------------------------------
# On a Dask worker

_worker_state = threading.local()


def read_on_worker(task):
    """One page, on a Dask worker, in a bounded child process of that worker (kept for the next).

    A worker started as a daemon cannot have child processes; the readiness check refuses such
    workers, and one that joins later fails its pages here rather than read them unbounded.
    """
    if multiprocessing.current_process().daemon:
        raise ClusterError("a Dask worker started without DASK_DISTRIBUTED__WORKER__DAEMON=False "
                           "cannot bound its pages")
    bounds = (task.settings.page_deadline, task.settings.worker_memory_mb)
    scratch = memory_folder()
    sweep_scratch(scratch)  # a listing of /dev/shm: nothing beside a page's reading
    runner = getattr(_worker_state, "runner", None)
    if runner is None or _worker_state.bounds != bounds:
        if runner is not None:
            runner.shutdown()
        runner = PageRunner(1, page_timeout=bounds[0], memory_mb=bounds[1], scratch_parent=scratch)
        atexit.register(runner.shutdown)  # a worker stopped cleanly deletes its scratch folder
        _worker_state.runner, _worker_state.bounds = runner, bounds
    return runner.submit(task).result()


def memory_folder() -> str | None:
    """A memory-backed folder for the page workers' scratch files (Linux's /dev/shm), if any."""
    folder = "/dev/shm"
    return folder if os.path.isdir(folder) and os.access(folder, os.W_OK | os.X_OK) else None


def sweep_scratch(parent: str | None) -> None:
    """Delete the scratch folders that Dask workers killed outright (no clean-up) left in `parent`:
    a page image being read by Tesseract at that moment would otherwise stay in memory."""
    import re
    import shutil

    for folder in Path(parent or tempfile.gettempdir()).glob(f"{SCRATCH_PREFIX}*-*"):
        match = re.fullmatch(rf"{SCRATCH_PREFIX}(\d+)-.*", folder.name)
        if match is None or _alive(int(match.group(1))):
            continue
        shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive, and not ours to clean
        return True
    return True


def worker_problems(settings: Settings, dask_worker=None) -> tuple[str, list[str]]:
    """This Dask worker's docscan version, and what keeps it from reading pages as docscan must
    (run on every worker when a run starts)."""
    from . import __version__, ocr

    problems = []
    if multiprocessing.current_process().daemon:
        problems.append("it runs as a daemon process, which cannot start the bounded page process "
                        "(start it with DASK_DISTRIBUTED__WORKER__DAEMON=False)")
    memory = getattr(dask_worker, "memory_manager", None)
    if memory is not None and memory.memory_limit and (memory.memory_target_fraction or memory.memory_spill_fraction):
        problems.append("it may spill task data (document pages) to its disk (start it with "
                        "DASK_DISTRIBUTED__WORKER__MEMORY__TARGET=False and ..._SPILL=False)")
    if memory_folder() is None:
        problems.append("it has no /dev/shm, so Tesseract's page image would be written to its disk")
    try:
        ocr.check_installation(settings)
    except MissingDependencyError as error:
        problems.append(error.message)
    return __version__, problems


# ---------------------------------------------------------------------------------------------
# On the machine that runs docscan bulk


def _probe(address: str) -> None:
    """Open one connection to the scheduler, handshake included, before a `Client` is made.

    A `Client` that fails to start is left for the garbage collector, whose clean-up then
    prints a traceback; and an address where something else answers (not a Dask scheduler)
    made Dask's handshake read a garbage frame length and fail with a MemoryError.
    """
    import asyncio

    from distributed.comm import connect

    async def handshake() -> None:
        comm = await connect(address, timeout=CONNECT_SECONDS)
        await comm.close()

    try:
        asyncio.run(handshake())
    except (Exception, MemoryError) as error:  # noqa: BLE001 - whatever answered, it is no scheduler
        raise _unreachable(address, error) from None


def _unreachable(address: str, error: BaseException) -> ClusterError:
    log.debug("Dask scheduler not reached: %s", type(error).__name__)
    return ClusterError(f"cannot reach a Dask scheduler at {address} within {CONNECT_SECONDS:.0f} s: check the "
                        "address (tcp://HOST:8786) and that 'dask scheduler' runs there")


class DaskRunner:
    """Pages sent to a Dask cluster; each future resolves to a `PageResult`, as with `PageRunner`."""

    def __init__(self, settings: Settings):
        from distributed import Client

        from . import __version__

        # Dask's client logs a lost connection with its traceback on stderr: docscan says what
        # happened itself (ClusterError), and no traceback reaches the user.
        for name in ["distributed", "tornado", *logging.root.manager.loggerDict]:
            if name.split(".")[0] in ("distributed", "tornado"):  # Dask's config sets some children's levels
                logging.getLogger(name).setLevel(logging.CRITICAL + 1)
        address = settings.scheduler or ""
        _probe(address)
        try:
            self._client = Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
        except (OSError, TimeoutError, ValueError, TypeError) as error:
            raise _unreachable(address, error) from None
        try:
            self._client.wait_for_workers(1, timeout=WORKER_WAIT_SECONDS)
            readiness = self._client.run(worker_problems, settings)
        except (OSError, TimeoutError) as error:
            self._client.close()
            raise ClusterError(f"the Dask scheduler at {address} has no worker after {WORKER_WAIT_SECONDS:.0f} s "
                               f"({type(error).__name__}); start one on each machine: {WORKER_COMMAND}") from None
        except Exception as error:  # noqa: BLE001 - a worker without this docscan cannot even run the check
            self._client.close()
            raise ClusterError(f"the Dask workers at {address} could not run docscan's check ({type(error).__name__}): "
                               f"install docscan {__version__} on every worker machine") from None
        # A worker with another docscan would judge pages by other rules (and unpickle results badly).
        unfit = {worker: problems + ([f"it runs docscan {version}, this machine {__version__}"]
                                     if version != __version__ else [])
                 for worker, (version, problems) in readiness.items()}
        unfit = {worker: problems for worker, problems in unfit.items() if problems}
        if unfit:
            self._client.close()
            worker, problems = next(iter(unfit.items()))
            said = "; ".join(problems)
            raise ClusterError(f"{len(unfit)} of {len(readiness)} Dask workers cannot read pages for docscan, "
                               f"e.g. {worker}: {said}. Start each as: {WORKER_COMMAND}")
        self._capacity = max(1, sum(self._client.nthreads().values()))
        self._lock = threading.Lock()
        self._remote: dict[Future, object] = {}
        self._closing = False
        self._content: tuple[str, ingest.SourceFile] | None = None

    @property
    def capacity(self) -> int:
        """The cluster's threads when the run started (one page each)."""
        return self._capacity

    def submit(self, task) -> Future:
        future: Future = Future()
        try:
            task = replace(task, source=self._with_content(task.source))
        except FileProblem as problem:
            future.set_result(failed_page(task, problem.code))
            return future
        remote = self._client.submit(read_on_worker, task, key=f"docscan-page-{uuid.uuid4().hex}", pure=False)
        with self._lock:
            self._remote[future] = remote
        remote.add_done_callback(lambda done: self._settle(done, future, task))
        return future

    def _with_content(self, source: ingest.SourceFile) -> ingest.SourceFile:
        # A file's pages are submitted one after the other: its bytes are read (and hashed) once.
        if self._content is not None and self._content[0] == source.path and self._content[1].sha256 == source.sha256:
            return self._content[1]
        loaded = ingest.with_content(source)
        self._content = (source.path, loaded)
        return loaded

    def _settle(self, remote, future: Future, task) -> None:
        """A task ended on the cluster: its page result, or a failed page; a lost cluster stops the run."""
        from distributed import KilledWorker

        with self._lock:
            self._remote.pop(future, None)
        if future.done():
            return
        try:
            if remote.status == "finished":
                outcome: object = remote.result()
            elif remote.status == "cancelled":
                outcome = None if self._closing else ClusterError(_LOST)
            else:
                error = remote.exception()
                # KilledWorker: the page's task was running on workers that died, more times than
                # the scheduler allows (distributed.scheduler.allowed-failures): the page is failed.
                code = "page_crashed" if isinstance(error, KilledWorker) else "page_failed"
                log.warning("page %d failed on the cluster: %s", task.index + 1, type(error).__name__)
                outcome = failed_page(task, code)
        except OSError:  # distributed's CommClosedError is one
            # The task finished but its result could not be fetched because the connection to the
            # scheduler closed meanwhile: the cluster is lost, not the page (it is read again on resume).
            outcome = None if self._closing else ClusterError(_LOST)
        except Exception as error:  # noqa: BLE001 - the result could not be fetched: the page failed
            log.warning("page %d: its result did not come back: %s", task.index + 1, type(error).__name__)
            outcome = failed_page(task, "page_failed")
        try:
            if outcome is None:
                future.cancel()
            elif isinstance(outcome, ClusterError):
                future.set_exception(outcome)
            else:
                future.set_result(outcome)
        except InvalidStateError:  # cancelled meanwhile by shutdown
            pass

    def shutdown(self, cancel: bool = True) -> None:
        """Stop: pages still out are cancelled on the cluster (`cancel`) or waited for; the client closes."""
        with self._lock:
            self._closing = True
            pending = dict(self._remote)
        if cancel:
            for future in pending:
                future.cancel()
            try:
                self._client.cancel(list(pending.values()))
            except Exception as error:  # noqa: BLE001 - the scheduler may already be gone
                log.debug("cancelling pages on the cluster failed: %s", type(error).__name__)
        else:
            for future in pending:
                try:
                    future.exception()
                except Exception:  # noqa: BLE001 - cancelled: nothing to wait for
                    pass
        self._client.close(timeout=10)

    def __enter__(self) -> "DaskRunner":
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()
