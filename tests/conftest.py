"""Shared fixtures: everything points at the committed specimen documents in sample_docs/."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DOCS = ROOT / "sample_docs"


@pytest.fixture(scope="session")
def sample_docs() -> Path:
    return SAMPLE_DOCS


@pytest.fixture(scope="session")
def bad_docs() -> Path:
    return SAMPLE_DOCS / "bad"


@pytest.fixture(scope="session")
def bundles_manifest() -> list[dict]:
    with (SAMPLE_DOCS / "bundles.yaml").open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return data["bundles"] if isinstance(data, dict) else data


@pytest.fixture(scope="session")
def page_cache(tmp_path_factory):
    """One page cache for the test session: bundles share files, and OCR is the slow part.

    It is filled by the real pipeline during this run (never committed, never pre-filled).
    """
    from docscan.pipeline import PageCache

    return PageCache(tmp_path_factory.mktemp("page-cache"))


@pytest.fixture
def fake_tesseract(tmp_path, monkeypatch):
    """Point pytesseract at a script standing in for a broken Tesseract (`install(body)`);
    docscan's cached version and languages are forgotten before and after."""
    import pytesseract

    from docscan import ocr

    def install(body: str) -> None:
        script = tmp_path / "tesseract"
        script.write_text("#!/bin/sh\n" + body + "\n")
        script.chmod(0o755)
        monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(script))
        ocr._version_of.cache_clear()
        ocr.installed_languages.cache_clear()
    yield install
    ocr.installed_languages.cache_clear()
    ocr._version_of.cache_clear()


@pytest.fixture(autouse=True)
def english_locale(monkeypatch):
    """The CLI writes in the environment's language (issue 14): tests that read English output run
    in an English locale whatever the developer's is; a test that wants another sets it itself."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
