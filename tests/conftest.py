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
