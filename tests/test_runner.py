"""The page runner: every page resolves to a result, whatever happens to its worker (issue 13,
items 1, 7, 12 and 21): a page over its time or memory bound fails alone, a killed worker's page
is read again, a page that raises is a failed page, and the workers' scratch files go with them."""

import multiprocessing
import os
import time
from pathlib import Path


from docscan import ingest, pipeline, runner, text_model
from docscan.settings import Settings

SAMPLES = Path(__file__).resolve().parent.parent / "sample_docs" / "documents"
SCAN = SAMPLES / "scans" / "medical_certificate-de.png"
PDF = SAMPLES / "pdf" / "fr" / "criminal_record.pdf"


def _task(path: Path, settings: Settings) -> pipeline.PageTask:
    from datetime import date

    return pipeline.PageTask(ingest.probe(path, settings), 0, settings, date(2026, 11, 15))


def _fork():
    # Forked workers inherit this test's monkeypatches (a fake Tesseract); production uses forkserver.
    return multiprocessing.get_context("fork")




def test_a_page_over_its_time_bound_fails_alone_and_its_tesseract_is_killed(fake_tesseract, tmp_path):
    marker = tmp_path / "tesseract-still-running"
    fake_tesseract('[ "$1" = --version ] && { echo "tesseract 5.3.0"; exit 0; }\n'
                   f'sleep 60; touch {marker}')
    settings = Settings(workers=2)
    text_model.load_shipped()  # loaded before the fork, as the forkserver's workers share it
    with runner.PageRunner(2, page_timeout=15, memory_mb=4096, context_factory=_fork) as pages:
        slow = pages.submit(_task(SCAN, settings))
        fast = pages.submit(_task(PDF, settings))
        assert fast.result(timeout=60).error is None  # the text layer needs no Tesseract
        result = slow.result(timeout=60)
    assert result.error is not None and result.error.code == "page_timeout"
    assert "longer than 15 s" in result.error.message
    time.sleep(1)
    assert not marker.exists(), "the worker's Tesseract was killed with it"


def test_a_killed_worker_loses_no_page(tmp_path):
    settings = Settings(workers=2)
    with runner.PageRunner(1, page_timeout=300, memory_mb=4096, context_factory=_fork) as pages:
        future = pages.submit(_task(SCAN, settings))
        deadline = time.monotonic() + 30
        while pages._slots[0].job is None and time.monotonic() < deadline:
            time.sleep(0.05)
        os.kill(pages._slots[0].process.pid, 9)
        result = future.result(timeout=300)
        assert pages.counts.crashes == 1 and pages.counts.retried == 1
    assert result.error is None and result.doc_type == "medical_certificate"
    assert any(r.code == "page_retried" for r in result.reasons)


def test_a_page_over_its_memory_bound_is_a_page_error():
    settings = Settings(workers=2)
    with runner.PageRunner(1, page_timeout=120, memory_mb=64, context_factory=_fork) as pages:
        result = pages.submit(_task(SCAN, settings)).result(timeout=120)
    assert result.error is not None and result.error.code in ("page_too_large", "page_failed")


def test_worker_scratch_folders_are_private_and_removed():
    settings = Settings(workers=2)
    pages = runner.PageRunner(1, page_timeout=120, memory_mb=4096, context_factory=_fork)
    try:
        pages.submit(_task(PDF, settings)).result(timeout=120)
        scratch = pages._slots[0].scratch
        assert scratch and os.stat(scratch).st_mode & 0o777 == 0o700
    finally:
        pages.shutdown()
    assert not os.path.exists(scratch)


def test_the_serial_runner_turns_an_exception_into_a_failed_page(monkeypatch):
    def explode(task):
        raise RuntimeError("boom")
    monkeypatch.setattr(pipeline, "read_page", explode)
    result = runner.SerialRunner().submit(_task(PDF, Settings(workers=1))).result()
    assert result.error.code == "page_failed" and "boom" not in result.error.message


def test_a_replaced_page_cache_file_is_never_unpickled(tmp_path, monkeypatch):
    """Issue 13, item 6: a file replaced in the page cache ran a command when unpickled."""
    import pickle

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    settings = Settings(workers=1)
    cache = pipeline.PageCache(tmp_path / "cache")
    task = _task(PDF, settings)
    cache.put(task, pipeline.read_page(task))
    assert cache.get(task).doc_type == "criminal_record"
    assert os.stat(tmp_path / "data" / "docscan" / "cache.key").st_mode & 0o777 == 0o600
    marker = tmp_path / "pwned"

    class Hostile:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    cache._key(task).write_bytes(pickle.dumps(Hostile()))
    assert cache.get(task) is None and not marker.exists()
    # A signed file whose payload was changed is refused too.
    cache.put(task, pipeline.read_page(task))
    data = bytearray(cache._key(task).read_bytes())
    data[-5] ^= 0xFF
    cache._key(task).write_bytes(bytes(data))
    assert cache.get(task) is None
