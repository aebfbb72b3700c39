"""A real Dask cluster on this machine, for the tests and the benchmark of `docscan bulk --scheduler`.

`dask scheduler` and `dask worker` processes on 127.0.0.1, on free ports, each in its own
process group so that a worker can be killed with its children (the bounded page process,
Tesseract) as a machine that goes away would be, and so that `close` always ends them all.
Workers are started as the README says: one thread, no daemon, no spilling, OMP_THREAD_LIMIT=1.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: The environment the README gives `dask worker` (docscan's readiness check requires it).
WORKER_ENVIRONMENT = {
    "DASK_DISTRIBUTED__WORKER__DAEMON": "False",
    "DASK_DISTRIBUTED__WORKER__MEMORY__TARGET": "False",
    "DASK_DISTRIBUTED__WORKER__MEMORY__SPILL": "False",
    "OMP_THREAD_LIMIT": "1",
}


def free_port() -> int:
    """A TCP port nothing listens on (bound and released at once)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class LocalCluster:
    """A scheduler and `workers` single-threaded workers named w1, w2..., ended by `close`."""

    def __init__(self, workers: int, *, worker_environment: dict[str, str] | None = None):
        self.port = free_port()
        self.address = f"tcp://127.0.0.1:{self.port}"
        self.logs = Path(tempfile.mkdtemp(prefix="docscan-dask-test-"))
        self.processes: dict[str, subprocess.Popen] = {}
        self._environment = {**os.environ, "PYTHONPATH": str(ROOT),
                             **(WORKER_ENVIRONMENT if worker_environment is None else worker_environment)}
        try:
            self._start("scheduler", ["scheduler", "--host", "127.0.0.1", "--port", str(self.port),
                                      "--no-dashboard"])
            self._wait_for_port()
            for number in range(1, workers + 1):
                self.add_worker(f"w{number}")
            self.wait_for_workers(workers)
        except BaseException:
            self.close()
            raise

    def add_worker(self, name: str) -> None:
        self._start(name, ["worker", self.address, "--nthreads", "1", "--host", "127.0.0.1", "--no-dashboard",
                           "--name", name])

    def _start(self, name: str, arguments: list[str]) -> None:
        log = (self.logs / f"{name}.log").open("wb")
        self.processes[name] = subprocess.Popen([sys.executable, "-m", "dask", *arguments], stdout=log,
                                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                                env=self._environment, start_new_session=True)
        log.close()

    def _wait_for_port(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"the Dask scheduler did not start: {self.log('scheduler')}")

    def client(self):
        from distributed import Client

        return Client(self.address, timeout=30, set_as_default=False)

    def wait_for_workers(self, count: int, timeout: float = 90) -> None:
        with self.client() as client:
            client.wait_for_workers(count, timeout=timeout)

    def kill(self, name: str) -> None:
        """SIGKILL a process and its children (the worker, its nanny, its page process, Tesseract)."""
        process = self.processes[name]
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait(timeout=30)

    def log(self, name: str) -> str:
        return (self.logs / f"{name}.log").read_text(errors="replace")[-3000:]

    def close(self) -> None:
        for process in reversed(list(self.processes.values())):
            if process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                except ProcessLookupError:
                    continue
        for process in self.processes.values():
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)

    def __enter__(self) -> "LocalCluster":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
