"""The command line in French, Dutch and German (issue 14): no English sentence in what people read.

`docscan check --lang` and `docscan bulk --lang/--report-lang` on sample bundles; the language
also comes from the environment's locale. The JSON report stays for programs: codes, params and
the English message, whatever the language asked.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUNDLES = ROOT / "sample_docs" / "bundles"
#: Words no French, Dutch or German sentence of docscan holds, but English sentences do.
ENGLISH = re.compile(r"\b(the|must|your|should|cannot|could|which|been|until|found|missing|needs|"
                     r"required|legible|document type|file is|files)\b", re.IGNORECASE)
#: What may stay English in any language: option names, ids, file names, host names, the portal's name.
ALLOWED = re.compile(r"--[a-z-]+|\b[\w.-]+\.(pdf|png|jpg|be|com|eu)\b|Working in Belgium|docscan|'confirmed'|"
                     r"„confirmed“|« confirmed »|\b[a-z]+_[a-z_]+\b")


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "docscan", *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=600)


def english_in(text: str) -> list[str]:
    lines = [ALLOWED.sub(" ", line) for line in text.splitlines()]
    return [line for line in lines if ENGLISH.search(line)]


@pytest.mark.parametrize("language,words", [
    ("fr", ["Extrait de casier judiciaire (casier-judiciaire.pdf) : document daté du 1er avril 2026", "INCOMPLET",
            "Diplôme : document manquant", "148\u00a0€ en 2025"]),
    ("nl", ["Uittreksel uit het strafregister (casier-judiciaire.pdf): gedateerd 1 april 2026", "ONVOLLEDIG",
            "Diploma: ontbreekt", "€\u00a0148 in 2025"]),
    ("de", ["Auszug aus dem Strafregister (casier-judiciaire.pdf): datiert vom 1. April 2026", "UNVOLLSTÄNDIG",
            "Diplom: fehlt", "148\u00a0€ im Jahr 2025"]),
])
def test_check_in_each_language_shows_no_english_sentence(language, words):
    result = run("check", str(BUNDLES / "criminal-record-too-old"), "--permit", "highly-qualified",
                 "--region", "wallonia", "--today", "2026-11-15", "--lang", language, "--quiet")
    assert result.returncode == 1, result.stderr
    for expected in words:
        assert expected in result.stdout, expected
    assert not english_in(result.stdout), english_in(result.stdout)


def test_the_language_comes_from_the_locale_and_english_is_the_default():
    args = ("check", str(BUNDLES / "criminal-record-too-old"), "--permit", "executive", "--region", "wallonia",
            "--today", "2026-11-15", "--quiet")
    german = run(*args, env={**os.environ, "LANG": "de_BE.UTF-8"})
    assert "Auszug aus dem Strafregister (casier-judiciaire.pdf): datiert vom 1. April 2026" in german.stdout
    spanish = run(*args, env={**os.environ, "LANG": "es_ES.UTF-8"})
    assert "The criminal record extract (casier-judiciaire.pdf) is dated 1 April 2026" in spanish.stdout
    chosen = run(*args, "--lang", "nl", env={**os.environ, "LANG": "de_BE.UTF-8"})
    assert "gedateerd 1 april 2026" in chosen.stdout, "--lang wins over the locale"


def test_the_json_report_keeps_codes_params_and_the_english_message(tmp_path):
    out = tmp_path / "report.json"
    result = run("check", str(BUNDLES / "criminal-record-too-old"), "--permit", "executive", "--region", "wallonia",
                 "--today", "2026-11-15", "--lang", "fr", "--format", "json", "--output", str(out), "--quiet")
    assert result.returncode == 1, result.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["schema"] == "docscan.report/2"
    record = next(r for r in report["requirements"] if r["id"] == "criminal_record")
    assert record["reason"] == {"code": "too_old", "params": {
        "requirement": "criminal_record", "file": "casier-judiciaire.pdf", "issued": "2026-04-01", "months": 6,
        "limit": "2026-05-15"}}
    assert record["message"].startswith("The criminal record extract (casier-judiciaire.pdf) is dated 1 April 2026")
    assert record["reasons"][0]["code"] == "too_old" and "message" in record["reasons"][0]
    assert set(report["checklist"]["region_notes"]) == {"en", "fr", "nl", "de"}


def test_bulk_overview_in_the_hr_language_and_reports_in_the_workers(tmp_path):
    workers = tmp_path / "workers"
    for worker, bundle in (("W1", "criminal-record-too-old"), ("W2", "minor-no-criminal-record-no-fee")):
        shutil.copytree(BUNDLES / bundle, workers / worker)
    (workers / "W3").mkdir()
    out = tmp_path / "out"
    result = run("bulk", str(workers), "--out", str(out), "--permit", "executive", "--region", "wallonia",
                 "--today", "2026-11-15", "--lang", "nl", "--report-lang", "de", "--quiet", "--no-cache")
    assert result.returncode == 1, result.stderr
    overview = (out / "index.html").read_text(encoding="utf-8")
    assert '<html lang="nl">' in overview and "Dossiers gecombineerde vergunning: bulkcontrole" in overview
    assert "de map bevat geen bestanden" in overview  # W3, empty
    text = re.sub(r"<[^>]+>", " ", overview.split("<body>", 1)[1])
    assert not english_in(text), english_in(text)
    report = (out / "workers" / "W1.html").read_text(encoding="utf-8")
    assert '<html lang="de">' in report
    assert "Auszug aus dem Strafregister (casier-judiciaire.pdf): datiert vom 1. April 2026" in report
    summary = (out / "summary.csv").read_text(encoding="utf-8-sig")
    assert "de map bevat geen bestanden" in summary and "incomplete" in summary, "verdicts stay ids"
