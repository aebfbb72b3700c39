"""The page's bulk tab (HR: many workers from one zip), driven by Streamlit's AppTest.

The zip and the manifest are uploaded through the tab's own `st.file_uploader`s, as in
`tests/test_app.py` (AppTest in the pinned Streamlit sets an uploader's files with
`set_value((name, bytes, mime))`), so the tab has no test-only hook. The zips are built in a
temporary folder from the sample bundles: one complete worker, one without a medical
certificate, one whose only file is a corrupt PDF.

Tests that read a scan with Tesseract (the complete bundle has one) are marked `slow`; the
others use the born-digital PDFs, whose text layer needs no OCR, or stop before any reading.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import docscan.webapp.bulk_page as bulk_page
from docscan.webapp import session
from docscan.webapp.strings import load_strings

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
BUNDLES = ROOT / "sample_docs" / "bundles"
CORRUPT = ROOT / "sample_docs" / "bad" / "corrupt.pdf"
TODAY = date(2026, 11, 15)
EN = load_strings("en")
#: `confirmed`: the Flemish regional fee was paid in the portal, which docscan cannot see (issue 12).
MANIFEST = ("worker_id,permit,region,name,confirmed\n"
            "W001,highly-qualified,flanders,Ana Peeters,flemish_regional_fee\n"
            "W002,highly-qualified,flanders,Bram Jacobs,flemish_regional_fee\n"
            "W003,highly-qualified,flanders,Chloé Dubois,flemish_regional_fee\n")

_opened: list[AppTest] = []


@pytest.fixture(autouse=True)
def close_session_folders():
    """Delete each test's session folder afterwards, as the end of a browser session does."""
    yield
    while _opened:
        at = _opened.pop()
        if session.WORKSPACE in at.session_state:
            at.session_state[session.WORKSPACE].close()


def make_zip(path: Path, workers: dict[str, list[Path]], extra: dict[str, str] | None = None) -> Path:
    """A zip with one folder per worker (`extra`: more entries by name, such as a manifest)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for worker, files in workers.items():
            for file in files:
                archive.write(file, f"{worker}/{file.name}")
        for name, text in (extra or {}).items():
            archive.writestr(name, text)
    return path


def pdfs(bundle: str) -> list[Path]:
    return sorted((BUNDLES / bundle).glob("*.pdf"))


def everything(bundle: str) -> list[Path]:
    return sorted(p for p in (BUNDLES / bundle).iterdir() if p.is_file())


def open_bulk_tab(today: date | None = TODAY) -> AppTest:
    """The page with the bulk tab's reference date set (the samples' expected results hold on TODAY)."""
    at = AppTest.from_file(APP, default_timeout=300)
    _opened.append(at)
    at.run()
    assert not at.exception
    if today is not None:
        at.date_input(key=session.BULK_DATE).set_value(today)
    return at


def upload(at: AppTest, archive: Path | None = None, manifest: tuple[str, str] | None = None) -> None:
    if archive is not None:
        at.file_uploader(key=session.bulk_zip_key(0)).set_value((archive.name, archive.read_bytes(), "application/zip"))
    if manifest is not None:
        name, text = manifest
        at.file_uploader(key=session.bulk_manifest_key(0)).set_value((name, text.encode("utf-8"), "text/csv"))
    at.run()
    assert not at.exception


def check_all(at: AppTest) -> None:
    at.button(key=session.BULK_CHECK).click()
    at.run()
    assert not at.exception


def table(at: AppTest, words=EN) -> list[dict]:
    """The per-worker table as rows keyed by the English column ids."""
    frame = at.dataframe[0].value
    labels = {words.t(f"bulk.column.{key}"): key for key in (
        "worker", "name", "permit", "region", "verdict", "missing", "illegible", "invalid", "needs_review",
        "warnings", "problems")}
    assert list(frame.columns) == list(labels)
    return [{labels[c]: v for c, v in row.items()} for row in frame.to_dict("records")]


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    for kind in ("error", "warning", "success", "info"):
        parts += [e.value for e in getattr(at, kind)]
    return re.sub(r"\\(.)", r"\1", "\n".join(parts))


@pytest.fixture
def three_workers(tmp_path) -> Path:
    return make_zip(tmp_path / "workers.zip", {
        "W001": everything("highly-qualified-complete"),
        "W002": everything("missing-medical-certificate"),
        "W003": [CORRUPT],
    })


# ---------------------------------------------------------------------------------------------
# The tab before any check


def test_the_bulk_tab_stands_beside_the_applicant_tab_and_waits_for_a_zip():
    at = open_bulk_tab(today=None)
    assert [tab.label for tab in at.tabs][:1] == [EN.t("page.tab_applicant")]
    assert EN.t("page.tab_bulk") in [tab.label for tab in at.tabs]
    assert at.button(key=session.BULK_CHECK).disabled
    assert at.button(key=session.CHECK).disabled  # the applicant's page is there as before
    assert EN.t("bulk.need_zip") in texts(at)
    assert EN.t("bulk.privacy") in texts(at)
    assert at.selectbox(key=session.BULK_PERMIT).value is None  # "none": the manifest says
    assert at.selectbox(key=session.BULK_REGION).options[0] == "Flanders"
    assert at.date_input(key=session.BULK_DATE).value == date.today()  # the reference date: today


def test_a_language_switch_keeps_the_bulk_tab_open():
    """The tab labels change with the language; the page opens the same tab again."""
    at = open_bulk_tab()
    at.session_state[session.TABS] = EN.t("page.tab_bulk")  # as a click on the tab does
    at.run()
    assert at.session_state[session.OPEN_TAB] == 1
    at.radio(key=session.LANGUAGE).set_value("nl").run()
    assert not at.exception
    assert at.session_state[session.TABS] == load_strings("nl").t("page.tab_bulk")
    assert at.button(key=session.BULK_CHECK).label == load_strings("nl").t("bulk.check")


# ---------------------------------------------------------------------------------------------
# A real run


@pytest.mark.slow
def test_three_workers_from_a_zip_and_a_manifest(three_workers, monkeypatch):
    runs = []
    real_run_bulk = bulk_page.run_bulk

    def counted(input_path, **kwargs):
        runs.append((Path(input_path), kwargs["manifest_path"], kwargs["cache"]))
        assert Path(input_path).exists() and Path(kwargs["manifest_path"]).exists()
        return real_run_bulk(input_path, **kwargs)

    monkeypatch.setattr(bulk_page, "run_bulk", counted)
    at = open_bulk_tab()
    upload(at, three_workers, ("manifest.csv", MANIFEST))
    assert not at.button(key=session.BULK_CHECK).disabled
    check_all(at)

    assert metrics(at) == {EN.t("bulk.verdict.complete"): "1", EN.t("bulk.verdict.incomplete"): "1",
                           EN.t("bulk.verdict.error"): "1"}
    rows = table(at)
    # Sorted by what needs doing: not checked, then incomplete, then ready.
    assert [(r["worker"], r["verdict"]) for r in rows] == [
        ("W003", "Not checked"), ("W002", "Incomplete"), ("W001", "Ready to file")]
    w003, w002, w001 = rows
    assert w002["missing"] == "Medical certificate" and w002["name"] == "Bram Jacobs"
    assert w002["permit"] == "Highly qualified worker" and w002["region"] == "Flanders"
    assert "corrupt.pdf: The PDF is damaged" in w003["problems"]
    assert "its only file could not be read" in w003["problems"]
    assert w001["missing"] == w001["illegible"] == w001["invalid"] == w001["problems"] == ""

    # The downloads: the summary CSV and a zip of the overview and every worker's reports.
    assert [b.label for b in at.download_button] == [EN.t("bulk.download_csv"), EN.t("bulk.download_reports")]
    result = at.session_state[session.BULK_RESULT]
    summary = list(csv.DictReader(io.StringIO(result.summary_csv.decode("utf-8-sig"))))
    assert {r["worker_id"]: r["verdict"] for r in summary} == {"W001": "complete", "W002": "incomplete",
                                                               "W003": "error"}
    with zipfile.ZipFile(io.BytesIO(result.reports_zip)) as archive:
        names = set(archive.namelist())
    assert {"summary.csv", "index.html", "workers/W001.json", "workers/W002.html", "workers/W003.json"} <= names

    # Uploads lived in the session folder, only for the run; the page cache is the bulk tab's own.
    workspace = at.session_state[session.WORKSPACE]
    (zip_path, manifest_path, cache), = runs
    assert workspace.bulk in zip_path.parents and workspace.bulk in manifest_path.parents
    assert not zip_path.exists() and not manifest_path.exists()
    assert cache is workspace.bulk_cache and cache.folder != workspace.cache.folder

    # A language switch redraws the result in French without checking again.
    at.radio(key=session.LANGUAGE).set_value("fr").run()
    assert not at.exception
    assert len(runs) == 1
    french = load_strings("fr")
    assert [r["verdict"] for r in table(at, french)] == ["Non vérifié", "Incomplet", "Prêt à envoyer"]
    assert table(at, french)[1]["missing"] == "Certificat médical"

    # "Delete these files" empties the uploads and forgets the result.
    at.button(key=session.BULK_RESET).click().run()
    assert session.BULK_RESULT not in at.session_state
    assert at.file_uploader(key=session.bulk_zip_key(1)).value is None
    assert not at.dataframe


def test_manifest_in_the_zip_defaults_for_unlisted_workers_stray_files_and_warnings(tmp_path):
    """manifest.csv inside the zip is used; a folder it does not list gets the chosen defaults.

    Also: a file at the top of the zip is reported outside any worker, and an order to leave
    the territory is named above the table.
    """
    archive = make_zip(tmp_path / "batch.zip", {"W002": pdfs("missing-medical-certificate"), "W004": [CORRUPT],
                                                "W005": pdfs("order-to-leave-the-territory")},
                       {"manifest.csv": "worker_id;permit;region;filed_by_agent;confirmed\n"
                                        "W002;highly-qualified;flanders;;flemish_regional_fee\n"
                                        "W005;researcher;brussels;no;employer_id_copy\n",
                        "notes.txt": "call the doctor"})
    at = open_bulk_tab()
    at.selectbox(key=session.BULK_PERMIT).set_value("researcher")
    at.selectbox(key=session.BULK_REGION).set_value("brussels")
    upload(at, archive)
    check_all(at)
    rows = {r["worker"]: r for r in table(at)}
    assert rows["W002"]["verdict"] == "Incomplete" and rows["W002"]["permit"] == "Highly qualified worker"
    assert rows["W004"]["verdict"] == "Not checked"
    assert rows["W004"]["permit"] == "Researcher" and rows["W004"]["region"] == "Brussels"
    assert "corrupt.pdf" in rows["W004"]["problems"]
    # An order to leave the territory: named above the table, and in the worker's row.
    assert rows["W005"]["verdict"] == "Ready to file"
    assert rows["W005"]["warnings"] == EN.t("warning.order_to_leave_title")
    assert f"**{EN.t('warning.order_to_leave_title')}**: W005" in [e.value for e in at.error]
    problems = [w.value for w in at.warning if w.value.startswith(f"**{EN.t('bulk.problems_header')}**")]
    assert len(problems) == 1 and "notes.txt" in problems[0]


# ---------------------------------------------------------------------------------------------
# Unusable input: a message, never a traceback


def test_a_file_that_is_not_a_zip_gets_a_clear_message(tmp_path):
    fake = tmp_path / "workers.zip"
    fake.write_bytes(b"%PDF-1.4 this is a PDF renamed to .zip\n")
    at = open_bulk_tab()
    upload(at, fake, ("manifest.csv", MANIFEST))
    check_all(at)
    assert [e.value for e in at.error] == [EN.t("bulk.not_a_zip", name="workers.zip")]
    assert session.BULK_RESULT not in at.session_state
    assert "Traceback" not in texts(at) and not at.dataframe


def test_a_manifest_without_worker_id_is_refused_naming_the_column(tmp_path):
    archive = make_zip(tmp_path / "workers.zip", {"W002": pdfs("missing-medical-certificate")})
    at = open_bulk_tab()
    upload(at, archive, ("workers.csv", "name,permit,region\nBram,highly-qualified,flanders\n"))
    check_all(at)
    (error,) = [e.value for e in at.error]
    assert error.startswith(EN.t("bulk.error", message="workers.csv has no 'worker_id' column"))
    assert "found: name, permit, region" in error
    assert session.BULK_RESULT not in at.session_state and not at.dataframe


def test_without_manifest_or_defaults_the_tab_says_what_to_choose(tmp_path):
    archive = make_zip(tmp_path / "workers.zip", {"W002": pdfs("missing-medical-certificate")})
    at = open_bulk_tab()
    upload(at, archive)
    assert EN.t("bulk.need_permit") in texts(at)
    check_all(at)
    (error,) = [e.value for e in at.error]
    assert error.startswith(EN.t("bulk.error", message="")) and "permit" in error
    assert not at.dataframe


def test_an_unexpected_failure_shows_a_plain_message(tmp_path, monkeypatch):
    def failing(*args, **kwargs):
        raise RuntimeError("boom in /secret/path")

    monkeypatch.setattr(bulk_page, "run_bulk", failing)
    archive = make_zip(tmp_path / "workers.zip", {"W002": pdfs("missing-medical-certificate")})
    at = open_bulk_tab()
    upload(at, archive, ("manifest.csv", MANIFEST))
    check_all(at)
    assert [e.value for e in at.error] == [EN.t("bulk.unexpected")]
    assert "boom" not in texts(at) and "Traceback" not in texts(at)
    workspace = at.session_state[session.WORKSPACE]
    assert not list(workspace.bulk.rglob("*.zip"))  # the upload's copy is gone even so
