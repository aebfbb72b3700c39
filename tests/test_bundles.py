"""End to end: every sample bundle through the real pipeline (real Tesseract), against its manifest.

sample_docs/bundles.yaml says, for each applicant's bundle, the verdict and the status of every
requirement that a person checking the documents by hand would give. The test runs the whole
pipeline and compares; nothing is mocked.
"""

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

from docscan.models import answers_to_applicant
from docscan.pipeline import check_bundle

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = yaml.safe_load((ROOT / "sample_docs" / "bundles.yaml").read_text(encoding="utf-8"))
BUNDLES = MANIFEST["bundles"] if isinstance(MANIFEST, dict) else MANIFEST


def _today(entry) -> date:
    value = entry["today"]
    return value if isinstance(value, date) else date.fromisoformat(str(value))


@pytest.mark.slow
@pytest.mark.parametrize("entry", BUNDLES, ids=[b["name"] for b in BUNDLES])
def test_bundle_verdict_and_statuses(entry, page_cache):
    facts = entry.get("applicant") or {}
    report = check_bundle([ROOT / "sample_docs" / entry["path"]], entry["permit"], entry["region"],
                          today=_today(entry), cache=page_cache,
                          applicant=answers_to_applicant(facts, "given"))
    statuses = {r.id: r.status for r in report.requirements}
    messages = {r.id: r.message for r in report.requirements}
    assert statuses == entry["statuses"], messages
    assert report.verdict == entry["verdict"]
    assert sorted(n.id for n in report.not_required) == sorted(entry.get("not_required") or [])
    assert {w.code for w in report.warnings} == set(entry.get("warnings") or [])
    for requirement in report.requirements:
        assert requirement.message, "every requirement says something a person can act on"


@pytest.mark.slow
def test_cli_json_report_schema(tmp_path):
    entry = next(b for b in BUNDLES if b["verdict"] == "incomplete")
    output = tmp_path / "report.json"
    result = subprocess.run(
        [sys.executable, "-m", "docscan", "check", str(ROOT / "sample_docs" / entry["path"]), "--permit",
         entry["permit"], "--region", entry["region"], "--today", str(_today(entry)), "--format", "json",
         "--output", str(output)], capture_output=True, text=True, timeout=900)
    assert result.returncode == 1, result.stderr
    report = json.loads(output.read_text())
    assert report["schema"] == "docscan.report/2"
    assert report["verdict"] == "incomplete"
    assert {"permit", "region", "requirements", "files", "warnings"} <= report.keys()
    for requirement in report["requirements"]:
        assert {"id", "status", "files", "message"} <= requirement.keys()
        assert requirement["status"] in ("ok", "missing", "illegible", "invalid", "needs_review")
    for file in report["files"]:
        assert {"path", "doc_type", "error", "pages"} <= file.keys()
        for page in file["pages"]:
            assert {"page", "doc_type", "legible", "quality", "reasons"} <= page.keys()
            assert "text" not in page, "no document text in the report unless asked for"
