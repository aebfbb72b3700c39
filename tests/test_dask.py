"""`docscan bulk --scheduler` on a real Dask cluster started here (issue 18, part 1).

A `dask scheduler` and two `dask worker` processes on 127.0.0.1 (tests/dask_cluster.py), the
real pipeline and Tesseract on two sample bundles (born-digital PDFs and two small scans): the
same summary and the same requirement statuses as a local run, with a worker killed half-way
through too; Ctrl-C and a lost scheduler stop the run cleanly, and the next run resumes from the
page cache; an address where no scheduler answers, and a worker that could not bound its pages,
are clear errors.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLE_DOCS
from dask_cluster import WORKER_ENVIRONMENT, LocalCluster, free_port

TODAY = "2026-11-15"
#: Two workers: six born-digital PDFs; six PDFs and a scanned contract (PNG), thirteen pages in all.
CORPUS = {"W1": "minor-no-criminal-record-no-fee", "W2": "executive-complete"}


def _bulk(corpus: Path, out: Path, *extra: str, environment: dict[str, str] | None = None,
          timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run(_bulk_command(corpus, out, *extra), capture_output=True, text=True, timeout=timeout,
                          cwd=ROOT, env=_environment(environment))


def _bulk_command(corpus: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "docscan", "bulk", str(corpus), "--permit", "single-permit-fixed-term",
            "--region", "brussels", "--today", TODAY, "--out", str(out), "--quiet", *extra]


def _environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_THREAD_LIMIT": "1"}
    environment.pop("DOCSCAN_SCHEDULER", None)
    return {**environment, **(extra or {})}


def _statuses(out: Path) -> dict[str, list[tuple[str, str]]]:
    """Each worker's requirements and their statuses, from the JSON reports."""
    return {path.stem: [(r["id"], r["status"]) for r in json.loads(path.read_text())["requirements"]]
            for path in sorted((out / "workers").glob("*.json"))}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("dask-corpus")
    for worker, bundle in CORPUS.items():
        shutil.copytree(SAMPLE_DOCS / "bundles" / bundle, folder / worker)
    return folder


@pytest.fixture(scope="module")
def local_run(corpus, tmp_path_factory) -> Path:
    """The reference: the same corpus read on this machine's page runner."""
    out = tmp_path_factory.mktemp("local") / "out"
    done = _bulk(corpus, out, "--workers", "1", "--no-cache")
    assert done.returncode == 1, done.stderr  # both workers are incomplete (nothing failed)
    return out


@pytest.fixture()
def cluster():
    with LocalCluster(2) as running:
        yield running


@pytest.mark.slow
def test_bulk_on_a_dask_cluster_gives_the_local_results(corpus, local_run, cluster, tmp_path):
    out = tmp_path / "out"
    done = _bulk(corpus, out, environment={"DOCSCAN_SCHEDULER": cluster.address})
    assert done.returncode == 1, done.stderr
    assert "2 workers checked" in done.stderr and "13 pages" in done.stderr
    assert (out / "summary.csv").read_text() == (local_run / "summary.csv").read_text()
    assert _statuses(out) == _statuses(local_run)
    assert "page_failed" not in (out / "workers" / "W2.json").read_text()
    # Both workers read pages (a readiness check per worker, then the 13 pages between them), and
    # the page cache was written here, by the machine running bulk.
    with cluster.client() as client:
        # A lambda travels by value (cloudpickle): the workers cannot import this test module.
        executed = client.run(lambda dask_worker: dask_worker.state.executed_count)
    assert sorted(executed.values())[0] >= 1 and sum(executed.values()) >= 13, executed
    assert len(list((out / "page-cache").rglob("*.pickle"))) == 13
    rerun = _bulk(corpus, out, "--scheduler", cluster.address)
    assert rerun.returncode == 1 and "13 of them not read again" in rerun.stderr, rerun.stderr


@pytest.mark.slow
def test_a_worker_killed_in_the_middle_of_the_run_loses_no_page(corpus, local_run, cluster, tmp_path):
    out = tmp_path / "out"
    run = subprocess.Popen(_bulk_command(corpus, out, "--scheduler", cluster.address, "--no-cache"),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                           env=_environment())
    killed_while_reading = []
    try:
        with cluster.client() as client:
            w1 = next(address for address, worker in client.scheduler_info()["workers"].items()
                      if worker["name"] == "w1")
            w1_pid = client.run(os.getpid, workers=[w1])[w1]
            deadline = time.monotonic() + 300
            while time.monotonic() < deadline and run.poll() is None:
                processing = client.processing()
                if processing.get(w1):
                    time.sleep(0.5)  # inside the page: decoding, Tesseract
                    killed_while_reading = list(client.processing().get(w1, ()))
                    if killed_while_reading:
                        cluster.kill("w1")
                        break
                time.sleep(0.05)
        _, stderr = run.communicate(timeout=600)
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
    assert killed_while_reading, "the run ended before worker w1 read a page"
    assert cluster.processes["w1"].poll() is not None
    assert run.returncode == 1, stderr
    assert "2 workers checked" in stderr and "13 pages" in stderr
    assert (out / "summary.csv").read_text() == (local_run / "summary.csv").read_text()
    assert _statuses(out) == _statuses(local_run)
    # The killed worker's scratch folder (the page image Tesseract was reading, in /dev/shm) is
    # deleted by the worker that read the page again.
    assert not list(Path("/dev/shm").glob(f"docscan-page-{w1_pid}-*"))


@pytest.mark.slow
def test_an_unreachable_scheduler_is_a_clear_error_in_bounded_time(corpus, tmp_path):
    address = f"tcp://127.0.0.1:{free_port()}"
    started = time.monotonic()
    done = _bulk(corpus, tmp_path / "out", "--scheduler", address, timeout=120)
    assert done.returncode == 2
    assert f"cannot reach a Dask scheduler at {address} within 10 s" in done.stderr
    assert "Traceback" not in done.stderr and "Error" not in done.stderr
    assert time.monotonic() - started < 60
    assert not (tmp_path / "out" / "summary.csv").exists()


@pytest.mark.slow
def test_a_worker_that_cannot_bound_its_pages_is_refused(corpus, tmp_path):
    """Dask's default worker is a daemon process (no child: no page bound) that spills to disk."""
    defaults = {name: value for name, value in WORKER_ENVIRONMENT.items() if not name.startswith("DASK_")}
    with LocalCluster(1, worker_environment=defaults) as daemonic:
        done = _bulk(corpus, tmp_path / "out", "--scheduler", daemonic.address, timeout=180)
    assert done.returncode == 2, done.stderr
    assert "1 of 1 Dask workers cannot read pages for docscan" in done.stderr
    assert "daemon" in done.stderr and "spill" in done.stderr
    assert "Traceback" not in done.stderr


def _start_and_wait_for_a_cached_page(corpus: Path, out: Path, address: str) -> subprocess.Popen:
    """A bulk run on the cluster, returned once at least one page result is in its cache."""
    run = subprocess.Popen(_bulk_command(corpus, out, "--scheduler", address), stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True, cwd=ROOT, env=_environment())
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and run.poll() is None and not any((out / "page-cache").rglob("*.pickle")):
        time.sleep(0.05)
    assert run.poll() is None, "the run ended before it could be stopped"
    return run


@pytest.mark.slow
def test_ctrl_c_on_a_cluster_run_keeps_what_is_finished_and_the_next_run_resumes(corpus, local_run, cluster,
                                                                                tmp_path):
    out = tmp_path / "out"
    run = _start_and_wait_for_a_cached_page(corpus, out, cluster.address)
    run.send_signal(signal.SIGINT)
    _, stderr = run.communicate(timeout=120)
    assert run.returncode == 130 and "interrupted" in stderr, stderr
    again = _bulk(corpus, out, "--scheduler", cluster.address)
    assert again.returncode == 1, again.stderr
    reused = int(again.stderr.split(" of them not read again")[0].rsplit("pages, ", 1)[1])
    assert 1 <= reused < 13
    assert (out / "summary.csv").read_text() == (local_run / "summary.csv").read_text()


@pytest.mark.slow
def test_a_lost_scheduler_stops_the_run_cleanly_and_a_new_cluster_resumes_it(corpus, local_run, tmp_path):
    out = tmp_path / "out"
    with LocalCluster(2) as first:
        run = _start_and_wait_for_a_cached_page(corpus, out, first.address)
        first.kill("scheduler")
        _, stderr = run.communicate(timeout=120)
    assert run.returncode == 2, stderr
    assert stderr.strip() == ("docscan: the connection to the Dask scheduler was lost; the finished workers' reports "
                              "are written. Run the same command again to go on: finished pages are not read again")
    with LocalCluster(2) as second:
        again = _bulk(corpus, out, "--scheduler", second.address)
    assert again.returncode == 1, again.stderr
    assert "not read again" in again.stderr and " 0 of them" not in again.stderr
    assert (out / "summary.csv").read_text() == (local_run / "summary.csv").read_text()
    assert _statuses(out) == _statuses(local_run)
