"""The page's bulk tab: an HR department checks many workers' files from one zip.

The zip holds one folder per worker; a manifest CSV (uploaded, or `manifest.csv` in the zip)
says which permit each worker applies for, and the tab's default permit and region cover the
workers it does not list. The tab only calls `docscan.bulk.run_bulk` and shows its
`BulkSummary`; the reports are written by `docscan.bulk_report.BulkOutput`, the same files
`docscan bulk --out` writes, so the downloads read like the command line's output folder.

Privacy: the zip and the manifest are written into the session's folder (`SessionWorkspace`)
only for the run, and the run's folder — uploads and reports — is deleted as soon as the
downloads are packed: what stays is the result in the session's memory and the bulk page
cache (what was read, without document text), both gone with the session. `run_bulk` unpacks
the zip into a private temporary folder of its own (mode 0700), deleted when the run ends.

A batch takes minutes, so nothing re-runs on its own: the last result stays in session state
with the `BulkRequest` it answered (a language switch redraws it, nothing is read again), and
only "Check all workers" starts a run. A run cut short by a rerun (any click while it works)
is started again by the next script run rather than lost.
"""

from __future__ import annotations

import io
import logging
import shutil
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal, Sequence

import streamlit as st
from streamlit.runtime.uploaded_file_manager import UploadedFile

from .. import ingest
from ..bulk import BulkProgress, BulkSummary, WorkerOutcome, iter_verdict_order, run_bulk
from ..bulk_report import BulkOutput
from ..checklist import REGIONS, load_checklist, permit_ids
from ..errors import DocscanError
from ..outputs import write_private
from ..messages import render
from ..settings import Settings
from . import session
from .frame import upload_limit_megabytes
from .presentation import CRITICAL_WARNINGS, md
from .session import BulkRequest
from .strings import UiStrings
from .workspace import SessionWorkspace, safe_file_name

log = logging.getLogger("docscan.app")

SETTINGS = Settings()
#: Manifests are spreadsheets saved as CSV; some save a tab-separated one as .txt or .tsv.
MANIFEST_SUFFIXES = ["csv", "txt", "tsv"]
#: Warning codes the table leaves out because the problems column already names each file.
WARNINGS_SHOWN_AS_PROBLEMS = ("file_error",)


@dataclass(frozen=True)
class BulkResult:
    """One finished run as the tab keeps it: the summary and the downloads, packed once."""

    #: The `SessionWorkspace.id` it was made in: a result outlives no folder.
    workspace_id: str
    request: BulkRequest
    summary: BulkSummary
    summary_csv: bytes
    reports_zip: bytes


def show_bulk_tab(workspace: SessionWorkspace, words: UiStrings) -> None:
    """Draw the bulk tab: what to upload, the defaults, the button, and the last result."""
    t = words.t
    state = st.session_state
    result: BulkResult | None = state.get(session.BULK_RESULT)
    if result is not None and result.workspace_id != workspace.id:  # the session folder was replaced
        state.pop(session.BULK_RESULT, None)
        result = None

    st.header(t("bulk.header"))
    st.markdown(t("bulk.intro", megabytes=upload_limit_megabytes()))
    st.code(t("bulk.layout"), language=None)
    st.caption(t("bulk.privacy"))

    request, archive, manifest = choose_bulk_input(words)
    buttons = st.container(horizontal=True)
    buttons.button(t("bulk.check"), key=session.BULK_CHECK, type="primary", disabled=request is None,
                   icon=":material/groups:", on_click=_ask_for_a_run)
    if buttons.button(t("bulk.reset"), key=session.BULK_RESET, icon=":material/delete:"):
        workspace.reset_bulk()
        state[session.BULK_GENERATION] = state.get(session.BULK_GENERATION, 0) + 1
        for key in (session.BULK_RESULT, session.BULK_ERROR, session.BULK_PENDING):
            state.pop(key, None)
        st.rerun()

    # The click only asks for a run; the request is dropped once the run has finished. A rerun
    # in the middle (the user touched a widget, switched the language) stops the script, and
    # with it the run: the next script run starts it again, and the pages already read come
    # from the bulk page cache.
    if state.get(session.BULK_PENDING) and request is None:
        state.pop(session.BULK_PENDING, None)
    if state.get(session.BULK_PENDING):
        # A pending run without a request was dropped just above; a request comes with its zip.
        assert request is not None and archive is not None
        state.pop(session.BULK_ERROR, None)
        result, error = run_bulk_check(request, archive, manifest, workspace, words)
        state.pop(session.BULK_PENDING, None)
        if result is None:
            state.pop(session.BULK_RESULT, None)
            state[session.BULK_ERROR] = error
        else:
            state[session.BULK_RESULT] = result

    if state.get(session.BULK_ERROR):
        st.error(state[session.BULK_ERROR], icon=":material/error:")
    if result is None:
        return
    if result.request != request:
        st.warning(t("bulk.stale"), icon=":material/sync_problem:")
    try:
        show_bulk_result(result, words)
    except Exception as error:  # a display bug must not show a traceback
        log.error("could not show the bulk result: %s", type(error).__name__)
        log.debug("details", exc_info=True)
        st.error(t("check.display_error"))


def _ask_for_a_run() -> None:
    st.session_state[session.BULK_PENDING] = True


def choose_bulk_input(words: UiStrings) -> tuple[BulkRequest | None, UploadedFile | None, UploadedFile | None]:
    """The uploads, default permit and region, and date; the request once a zip is there."""
    t, language = words.t, words.language
    generation = st.session_state.setdefault(session.BULK_GENERATION, 0)
    permits = permit_ids()
    titles = {p: load_checklist(p, REGIONS[0]).title for p in permits}
    left, right = st.columns(2, gap="large")
    with left:
        archive = st.file_uploader(t("bulk.zip"), type=["zip"], key=session.bulk_zip_key(generation),
                                   help=t("bulk.zip_help"))
        manifest = st.file_uploader(t("bulk.manifest"), type=MANIFEST_SUFFIXES,
                                    key=session.bulk_manifest_key(generation), help=t("bulk.manifest_help"))
    with right:
        permit = st.selectbox(t("bulk.default_permit"), permits, index=None, key=session.BULK_PERMIT,
                              placeholder=t("bulk.none"), help=t("bulk.default_help"),
                              format_func=lambda p: titles[p].get(language) or titles[p]["en"])
        region = st.selectbox(t("bulk.default_region"), REGIONS, index=None, key=session.BULK_REGION,
                              placeholder=t("bulk.none"), format_func=lambda r: t(f"region.{r}"))
        today = st.date_input(t("bulk.date"), value=date.today(), key=session.BULK_DATE,
                              help=t("choose.submit_date_help"), format="DD/MM/YYYY")
    if archive is None:
        st.caption(t("bulk.need_zip"))
        return None, None, manifest
    if manifest is None and not (permit and region):
        st.caption(t("bulk.need_permit"))
    request = BulkRequest(archive.file_id, archive.name, manifest.file_id if manifest else None,
                          manifest.name if manifest else None, permit, region, today or date.today())
    return request, archive, manifest


def run_bulk_check(request: BulkRequest, archive: UploadedFile, manifest: UploadedFile | None,
                   workspace: SessionWorkspace, words: UiStrings) -> tuple[BulkResult | None, str | None]:
    """Save the uploads, run every worker with a progress bar, pack the downloads.

    Unusable input (not a zip, a manifest without worker_id) becomes a message; so does any
    other failure, without its details (they go to the log), never a traceback.
    """
    t = words.t
    run = workspace.new_bulk_run()
    placeholder = st.empty()
    try:
        zip_path = _save(run / "input", archive.name, archive.getvalue())
        if not ingest.is_zip_archive(zip_path):
            return None, t("bulk.not_a_zip", name=archive.name)
        manifest_path = _save(run / "manifest", manifest.name, manifest.getvalue()) if manifest else None
        bar = placeholder.progress(0.0, text=t("bulk.starting"))

        def progress(state: BulkProgress) -> None:
            done = state.workers_done / state.workers_total if state.workers_total else 0.0
            bar.progress(min(1.0, done), text=t("bulk.progress", done=state.workers_done,
                                                 total=state.workers_total, pages=state.pages_done))

        output = BulkOutput(run / "reports", words.language)
        summary = run_bulk(zip_path, manifest_path=manifest_path, default_permit=request.default_permit,
                           default_region=request.default_region, today=request.today, settings=SETTINGS,
                           cache=workspace.bulk_cache, progress=progress, on_outcome=output.write_worker,
                           unpack_into=run)
        output.write_summary(summary)
        return BulkResult(workspace.id, request, summary, (output.folder / "summary.csv").read_bytes(),
                          reports_archive(output.folder)), None
    except DocscanError as error:
        return None, t("bulk.error", message=error.message)
    except Exception as error:  # the edge: never a traceback in front of the user
        log.error("bulk check failed: %s", type(error).__name__)
        log.debug("details", exc_info=True)
        return None, t("bulk.unexpected")
    finally:
        # First the files: when a rerun stops the script here, drawing may raise again.
        shutil.rmtree(run, ignore_errors=True)
        placeholder.empty()


def _save(folder: Path, name: str, data: bytes) -> Path:
    """An upload written into the run's folder under its own (safe) name, which messages show."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return write_private(folder / safe_file_name(name), data)


def reports_archive(folder: Path) -> bytes:
    """A zip of the run's output folder: summary.csv, index.html and workers/ (links still work)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.name.endswith(".tmp"):
                archive.write(path, path.relative_to(folder).as_posix())
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------
# The result


def show_bulk_result(result: BulkResult, words: UiStrings) -> None:
    """Counts, problems outside any worker, the table by what needs doing, the downloads."""
    t = words.t
    summary = result.summary
    st.subheader(t("bulk.result_header"))
    counts = st.columns(3)
    counts[0].metric(t("bulk.verdict.complete"), summary.count("complete"))
    counts[1].metric(t("bulk.verdict.incomplete"), summary.count("incomplete"))
    counts[2].metric(t("bulk.verdict.error"), summary.count("error"))
    st.caption(t("bulk.done", workers=len(summary.outcomes), pages=summary.pages_read,
                 seconds=f"{summary.seconds:.0f}"))
    for code in CRITICAL_WARNINGS:  # an order to leave or an entry ban: say for whom before the table
        workers = [o.worker_id for o in summary.outcomes if code in o.warnings]
        if workers:
            st.error(f"**{t(f'warning.{code}_title')}**: {md(', '.join(workers))}", icon=":material/warning:")
    if summary.problems:
        st.warning(f"**{t('bulk.problems_header')}**\n\n" + "\n".join(f"- {md(render(p, words.language))}"
                                                                    for p in summary.problems),
                   icon=":material/folder_off:")
    # Lists of documents get a bounded width so that the problems column stays in view.
    widths: dict[str, Literal["small", "medium", "large"]] = {"missing": "medium", "illegible": "small", "invalid": "small", "needs_review": "small",
              "warnings": "small", "problems": "large"}
    st.dataframe(worker_table(summary.outcomes, words), hide_index=True,
                 column_config={t(f"bulk.column.{key}"): st.column_config.TextColumn(width=width)
                                for key, width in widths.items()})
    downloads = st.container(horizontal=True)
    # Made on the click (callables), so their /media/ URLs, which answer without a session, live briefly.
    downloads.download_button(t("bulk.download_csv"), lambda: result.summary_csv, file_name="docscan-bulk-summary.csv",
                              mime="text/csv", key=session.BULK_DOWNLOAD_CSV, on_click="ignore",
                              icon=":material/table:")
    downloads.download_button(t("bulk.download_reports"), lambda: result.reports_zip, file_name="docscan-bulk-reports.zip",
                              mime="application/zip", key=session.BULK_DOWNLOAD_REPORTS, on_click="ignore",
                              icon=":material/folder_zip:")
    st.caption(t("bulk.download_hint"))


def worker_table(outcomes: Sequence[WorkerOutcome], words: UiStrings) -> dict[str, list[str]]:
    """One row per worker, by what needs doing, in the interface language (columns by label)."""
    t = words.t
    columns = {key: t(f"bulk.column.{key}") for key in (
        "worker", "name", "permit", "region", "verdict", "missing", "illegible", "invalid", "needs_review",
        "warnings", "problems")}
    table: dict[str, list[str]] = {label: [] for label in columns.values()}
    for outcome in iter_verdict_order(outcomes):
        titles = _requirement_titles(outcome.permit, outcome.region, words.language)
        row = {
            "worker": outcome.worker_id,
            "name": outcome.name or "",
            "permit": _permit_title(outcome.permit, words.language),
            "region": t(f"region.{outcome.region}") if outcome.region in REGIONS else outcome.region or "",
            "verdict": t(f"bulk.verdict.{outcome.verdict}") if words.has(f"bulk.verdict.{outcome.verdict}")
            else outcome.verdict,
            "missing": _names(outcome.missing, titles),
            "illegible": _names(outcome.illegible, titles),
            "invalid": _names(outcome.invalid, titles),
            "needs_review": _names(outcome.needs_review, titles),
            "warnings": "; ".join(_warning_title(code, words) for code in outcome.warnings
                                  if code not in WARNINGS_SHOWN_AS_PROBLEMS),
            "problems": " | ".join(render(r, words.language) for r in
                                   ([outcome.error] if outcome.error else []) + list(outcome.file_problems)),
        }
        for key, label in columns.items():
            table[label].append(row[key])
    return table


def _requirement_titles(permit: str | None, region: str | None, language: str) -> dict[str, str]:
    """Requirement id → its title in `language`; empty for a worker with no (known) permit."""
    if permit not in permit_ids() or region not in REGIONS:
        return {}
    return {r.id: r.text("title", language) for r in load_checklist(permit, region).requirements}


def _permit_title(permit: str | None, language: str) -> str:
    if permit not in permit_ids():
        return permit or ""
    title = load_checklist(permit, REGIONS[0]).title  # the title does not depend on the region
    return title.get(language) or title["en"]


def _names(requirement_ids: Sequence[str], titles: dict[str, str]) -> str:
    return "; ".join(titles.get(i, i.replace("_", " ")) for i in requirement_ids)


def _warning_title(code: str, words: UiStrings) -> str:
    if code in CRITICAL_WARNINGS:
        return words.t(f"warning.{code}_title")
    return code.replace("_", " ")
