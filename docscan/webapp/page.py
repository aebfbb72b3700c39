"""The applicant's page: choose the permit, add the documents, see what to do (run by `app.py`).

A second tab checks many workers at once from a zip, for HR departments (`bulk_page`).

The page only calls the pipeline (`docscan.pipeline.check_bundle`) and shows its `Report`: it
holds no checking logic of its own. It is a module rather than the body of `app.py` because the
pipeline reads pages in worker processes, which import the main script (`app.py`) as
`__mp_main__`: that import must not draw the page.

Privacy: uploads and the page cache live only in the session's temporary folder
(`SessionWorkspace`), deleted when the session ends; nothing is sent anywhere
(`.streamlit/config.toml` turns Streamlit's usage statistics off and listens on this computer
only; the page icons are emoji, not Material icons fetched from Google). Page images are shown
inline (`presentation.inline_image`), never at a `/media/` URL, which would answer anyone
without a session; downloads are made when their button is pressed, so theirs lives briefly. No traceback reaches the applicant: docscan's own errors are shown with their message,
anything else with a generic one, and `client.showErrorDetails = "none"` covers the rest.
"""

from __future__ import annotations

import logging
from datetime import date

import streamlit as st

from ..checklist import REGIONS, Checklist, load_checklist, permit_ids
from ..errors import DocscanError
from ..models import Applicant
from ..pipeline import FileResult, InputFile, PageResult, check_bundle
from ..report import Report
from ..settings import Settings
from . import previews, session
from .bulk_page import show_bulk_tab
from .html_report import format_day, render_html, type_title
from .presentation import APPLICANT_ICON, CRITICAL_WARNINGS, inline_image, md, status_style
from .session import CheckRequest, RequestedFile
from .strings import DEFAULT_LANGUAGE, LANGUAGES, UiStrings, load_strings
from .workspace import SessionWorkspace, WorkspaceRegistry

log = logging.getLogger("docscan.app")

SETTINGS = Settings()
#: Pages of one file shown with a thumbnail; a longer file shows its first pages only.
MAX_PREVIEW_PAGES = 12
#: Classification reasons shown per page: the strongest few say why; the JSON has them all.
MAX_TYPE_REASONS = 6


def _session_is_live(session_id: str) -> bool:
    """Whether Streamlit still has this session (connected); True where no server runs (AppTest)."""
    from streamlit.runtime import Runtime

    return not Runtime.exists() or bool(Runtime.instance().is_active_session(session_id))


#: Every session's folder, outside Streamlit's caches (see `workspace.WorkspaceRegistry`).
WORKSPACES = WorkspaceRegistry(_session_is_live)


def session_workspace() -> SessionWorkspace:
    """This browser session's private folder; deleted once the session has ended."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    context = get_script_run_ctx()
    return WORKSPACES.get(context.session_id if context else "no-session")


def main() -> None:
    """Draw the whole page; Streamlit calls this from the top on every interaction."""
    st.set_page_config(page_title="docscan", page_icon=APPLICANT_ICON, layout="wide",
                       menu_items={"Get help": None, "Report a bug": None,
                                   "About": "docscan checks a Belgian single-permit application file on this computer."})
    workspace = session_workspace()

    head, switch = st.columns([5, 2], vertical_alignment="top")
    with switch:
        language = st.radio(load_strings(DEFAULT_LANGUAGE).t("page.language"), list(LANGUAGES), key=session.LANGUAGE,
                            format_func=LANGUAGES.__getitem__, horizontal=True)
    words = load_strings(language)
    t = words.t
    with head:
        st.title(t("page.title"))
    st.info(t("page.privacy"), icon=":material/lock:")

    # Both tabs run on every rerun (Streamlit draws hidden tabs too): each keeps its own state.
    # A language switch changes the labels, and Streamlit then forgets which tab was open: the
    # page remembers it and opens the same one again (an HR user stays on the bulk tab).
    # (Not through `default`: that would change the tabs' identity at every switch and redraw them.)
    labels = [t("page.tab_applicant"), t("page.tab_bulk")]
    if st.session_state.get(session.TABS) not in labels:
        st.session_state[session.TABS] = labels[st.session_state.get(session.OPEN_TAB, 0)]
    applicant_tab, bulk_tab = st.tabs(labels, key=session.TABS, on_change="rerun")
    st.session_state[session.OPEN_TAB] = 1 if bulk_tab.open else 0
    with applicant_tab:
        st.write(t("page.intro"))
        checklist, request_base = choose_permit(words)
        inputs, files = collect_uploads(workspace, checklist, words)
        request = None
        if request_base is not None and inputs:
            request = CheckRequest(**request_base, language=language, files=tuple(files))
        run_and_show(workspace, request, inputs, checklist, words)
    with bulk_tab:
        show_bulk_tab(workspace, words)


# ---------------------------------------------------------------------------------------------
# 1. Permit and region


def choose_permit(words: UiStrings) -> tuple[Checklist | None, dict | None]:
    """The permit, region, date and facts; returns the checklist and the request's fields once chosen."""
    t, language = words.t, words.language
    st.header(t("choose.header"))
    permits = permit_ids()
    titles = {p: load_checklist(p, REGIONS[0]) for p in permits}  # title and summary do not depend on the region
    left, right = st.columns(2, gap="large")
    with left:
        permit = st.radio(t("choose.permit"), permits, index=None, key=session.PERMIT,
                          format_func=lambda p: titles[p].title.get(language) or titles[p].title["en"],
                          captions=[md(titles[p].summary.get(language) or titles[p].summary["en"]) for p in permits])
        if permit is None:
            st.caption(t("choose.permit_prompt"))
    with right:
        region = st.radio(t("choose.region"), REGIONS, index=None, key=session.REGION, help=t("choose.region_help"),
                          format_func=lambda r: t(f"region.{r}"), captions=[md(t(f"region.{r}_line")) for r in REGIONS])
        checklist = load_checklist(permit, region) if permit and region else None
        if checklist is not None:
            note = checklist.note.get(language) or checklist.note.get("en")
            if note:
                st.caption(md(t("choose.region_note", note=note)))
        submit_date = st.date_input(t("choose.submit_date"), value=date.today(), key=session.SUBMIT_DATE,
                                    help=t("choose.submit_date_help"), format="DD/MM/YYYY")
        in_belgium = st.checkbox(t("choose.in_belgium"), key=session.IN_BELGIUM, help=t("choose.in_belgium_help"))
        renewal = st.checkbox(t("choose.renewal"), key=session.RENEWAL, help=t("choose.renewal_help"))
    if checklist is None:
        return None, None
    return checklist, {"permit": permit, "region": region, "today": submit_date or date.today(),
                       "in_belgium": bool(in_belgium), "renewal": bool(renewal)}


# ---------------------------------------------------------------------------------------------
# 2. Documents


def collect_uploads(workspace: SessionWorkspace, checklist: Checklist | None,
                    words: UiStrings) -> tuple[list[InputFile], list[RequestedFile]]:
    """The drop zone and the slots; every upload is written into the session folder once."""
    t, language = words.t, words.language
    generation = st.session_state.setdefault(session.UPLOAD_GENERATION, 0)
    st.header(t("upload.header"))
    st.caption(t("upload.formats"))
    everything, by_slot = st.tabs([t("upload.tab_all"), t("upload.tab_slots")])
    uploads: list[tuple[object, str | None]] = []
    with everything:
        dropped = st.file_uploader(t("upload.dropzone"), accept_multiple_files=True,
                                   key=session.dropzone_key(generation), help=t("upload.dropzone_help"))
        uploads += [(f, None) for f in dropped or []]
    with by_slot:
        if checklist is None:
            st.info(t("upload.slots_need_permit"))
        else:
            st.caption(t("upload.slots_intro"))
            columns = st.columns(2)
            for i, requirement in enumerate(checklist.requirements):
                declared = requirement.id if requirement.id in requirement.documents else requirement.documents[0]
                with columns[i % 2]:
                    files = st.file_uploader(requirement.text("title", language), accept_multiple_files=True,
                                             key=session.slot_key(requirement.id, generation),
                                             help=md(requirement.text("hint", language)) or None)
                uploads += [(f, declared) for f in files or []]

    inputs, requested = [], []
    for upload, declared in uploads:
        stored = workspace.store(upload.file_id, upload.name, upload.getvalue)
        inputs.append(InputFile(str(stored.path), declared_type=declared, display_name=stored.name))
        requested.append(RequestedFile(stored.sha256, stored.name, declared))
    workspace.keep_only(upload.file_id for upload, _ in uploads)
    return inputs, requested


# ---------------------------------------------------------------------------------------------
# 3. Check and result


def run_and_show(workspace: SessionWorkspace, request: CheckRequest | None, inputs: list[InputFile],
                 checklist: Checklist | None, words: UiStrings) -> None:
    t = words.t
    state = st.session_state
    if state.get(session.WORKSPACE) is not workspace:  # a new folder: the old one's results are gone with it
        state[session.WORKSPACE] = workspace
        state.pop(session.REPORT, None)
        state.pop(session.REQUEST, None)
    if request is not None:
        st.caption(t("upload.count", count=len(request.files)))
    elif checklist is None:
        st.caption(t("upload.need_choice"))
    else:
        st.caption(t("upload.need_files"))

    buttons = st.container(horizontal=True)
    clicked = buttons.button(t("upload.check"), key=session.CHECK, type="primary", disabled=request is None,
                             icon=":material/fact_check:")
    if buttons.button(t("upload.reset"), key=session.RESET, icon=":material/delete:"):
        workspace.reset()
        state[session.UPLOAD_GENERATION] = state.get(session.UPLOAD_GENERATION, 0) + 1
        for key in (session.REPORT, session.REQUEST, session.ERROR):
            state.pop(key, None)
        st.rerun()

    last: CheckRequest | None = state.get(session.REQUEST)
    if request is not None and (clicked or session.rerun_without_asking(request, last)):
        state.pop(session.ERROR, None)
        report, error = run_check(request, inputs, workspace, words)
        if report is None:
            state.pop(session.REPORT, None)
            state.pop(session.REQUEST, None)
            state[session.ERROR] = error
        else:
            state[session.REPORT], state[session.REQUEST] = report, request

    if state.get(session.ERROR):
        st.error(state[session.ERROR], icon=":material/error:")
    report: Report | None = state.get(session.REPORT)
    if report is None or request is None:
        return
    if state.get(session.REQUEST) != request:
        st.warning(t("upload.stale"), icon=":material/sync_problem:")
    try:
        show_report(report, state[session.REQUEST], workspace, words)
    except Exception as error:  # a display bug must not show a traceback or hide the checklist above it
        log.error("could not show part of the result: %s", type(error).__name__)
        log.debug("details", exc_info=True)
        st.error(t("check.display_error"))


def run_check(request: CheckRequest, inputs: list[InputFile], workspace: SessionWorkspace,
              words: UiStrings) -> tuple[Report | None, str | None]:
    """Run the pipeline with a progress bar; an error becomes a message, never a traceback."""
    t = words.t
    placeholder = st.empty()
    bar = placeholder.progress(0.0, text=t("check.starting"))

    def progress(done: int, total: int) -> None:
        bar.progress(min(1.0, done / total) if total else 1.0, text=t("check.progress", done=done, total=total))

    try:
        report = check_bundle(inputs, request.permit, request.region, today=request.today,
                              applicant=Applicant(in_belgium=request.in_belgium, renewal=request.renewal),
                              settings=SETTINGS, cache=workspace.cache, progress=progress,
                              language=request.language)
        return report, None
    except DocscanError as error:
        return None, t("check.error", message=error.message)
    except Exception as error:  # the edge: never a traceback in front of an applicant
        log.error("check failed: %s", type(error).__name__)
        log.debug("details", exc_info=True)
        return None, t("check.unexpected")
    finally:
        placeholder.empty()


def show_report(report: Report, request: CheckRequest, workspace: SessionWorkspace, words: UiStrings) -> None:
    t = words.t
    checklist = load_checklist(report.permit, report.region)
    permit_title = checklist.title.get(words.language) or checklist.title["en"]
    st.header(t("result.header"))

    for warning in report.warnings:  # an order to leave or an entry ban comes first, in plain words
        if warning.code in CRITICAL_WARNINGS:
            st.error(f"**{t(f'warning.{warning.code}_title')}**\n\n{t(f'warning.{warning.code}')}\n\n"
                     f"{md(t('warning.in_file', file=warning.file or ''))}", icon=":material/warning:")

    problems = sum(1 for r in report.requirements if r.status != "ok")
    if report.verdict == "complete":
        st.success(f"**{t('result.complete')}**", icon=":material/verified:")
    else:
        st.error(f"**{t('result.incomplete', count=problems, total=len(report.requirements))}**",
                 icon=":material/assignment_late:")
    st.caption(md(f"{permit_title} · {t(f'region.{report.region}')} · "
                  f"{t('result.as_of', today=format_day(report.today), as_of=format_day(report.checklist_as_of))} "
                  f"{t('check.done', pages=report.pages_read, seconds=f'{report.seconds:.1f}')}"))

    st.subheader(t("result.checklist"))
    if t("result.messages_language"):
        st.caption(t("result.messages_language"))
    # A coloured bar on the left of each row, so the statuses read at a glance (and in print).
    st.html("<style>" + "".join(
        f".st-key-{session.requirement_container_key(r.id)} {{ border-left: 0.4rem solid "
        f"{status_style(r.status).hex_colour} !important; }}" for r in report.requirements) + "</style>")
    for requirement in report.requirements:
        style = status_style(requirement.status)
        label = t(f"status.{requirement.status}") if words.has(f"status.{requirement.status}") else requirement.status
        files = md(t("result.files_label", files=", ".join(requirement.files))) if requirement.files else ""
        with st.container(border=True, key=session.requirement_container_key(requirement.id)):
            line = f":{style.colour}-badge[{style.material_icon} {md(label)}] &nbsp; **{md(requirement.title)}**"
            if requirement.status == "ok":
                st.markdown(line + (f" &nbsp; :gray[{files}]" if files else ""))
            else:
                st.markdown(line + "\n\n" + md(requirement.message))
                if files:
                    st.caption(files)
    if report.not_required:
        st.markdown(f"**{t('result.not_required')}**")
        st.markdown("\n".join(f"- :gray[{md(item.title)}: {md(item.message)}]" for item in report.not_required))

    others = [w for w in report.warnings if w.code not in CRITICAL_WARNINGS]
    if others:
        st.subheader(t("result.also_note"))
        for warning in others:
            if warning.code not in ("file_error", "page_error"):
                st.warning(md(warning.message), icon=":material/info:")
        unreadable = {w.file for w in others if w.code in ("file_error", "page_error")}
        if unreadable:
            st.warning(t("result.unreadable_files", count=len(unreadable)), icon=":material/report:")
    if report.region_note:
        st.caption(md(t("result.region_note", note=report.region_note)))

    st.subheader(t("download.header"))
    downloads = st.container(horizontal=True)
    # The files are made when the button is pressed (a callable): Streamlit then serves them at a
    # /media/ URL that answers without a session, but only until the next runs, not all session long.
    downloads.download_button(t("download.json"), report.to_json, file_name=f"docscan-{report.permit}.json",
                         mime="application/json", key=session.DOWNLOAD_JSON, on_click="ignore",
                         icon=":material/data_object:")
    downloads.download_button(t("download.html"), lambda: render_html(report, words, permit_title=permit_title),
                          file_name=f"docscan-{report.permit}.html", mime="text/html", key=session.DOWNLOAD_HTML,
                          on_click="ignore", icon=":material/print:")
    st.caption(t("download.hint"))

    st.subheader(t("files.header"))
    for index, result in enumerate(report.files):
        with st.container(border=True, key=f"file-{index}"):
            show_file(result, workspace, words)


def show_file(result: FileResult, workspace: SessionWorkspace, words: UiStrings) -> None:
    """One file: what it was recognised as, then each page with its preview, quality and text."""
    t = words.t
    if result.error is not None:
        st.markdown(f":red[:material/error:] **{md(result.path)}**")
        st.error(md(t("files.not_read", message=result.error.message)))
        return
    readable = all(p.legible for p in result.pages)
    icon = ":green[:material/check_circle:]" if readable else ":orange[:material/blur_on:]"
    declared = result.source.declared_type
    from_name = bool(result.documents) and all(d.type_source != "content" for d in result.documents)
    kind = "files.taken_as" if from_name and result.doc_type == declared else "files.recognised"
    st.markdown(f"{icon} **{md(result.path)}** — {t(kind, type=md(type_title(result.doc_type, words)))}")
    if declared and declared != result.doc_type:
        st.caption(md(t("files.declared", type=type_title(declared, words))))
    many = len(result.pages) > 1
    for page in result.pages[:MAX_PREVIEW_PAGES]:
        show_page(result, page, many, workspace, words)
    if len(result.pages) > MAX_PREVIEW_PAGES:
        st.caption(t("files.more_pages", count=MAX_PREVIEW_PAGES))
        for page in result.pages[MAX_PREVIEW_PAGES:]:
            show_page(result, page, many, workspace, words, thumbnail=False)


def show_page(result: FileResult, page: PageResult, many: bool, workspace: SessionWorkspace, words: UiStrings,
              *, thumbnail: bool = True) -> None:
    t = words.t
    source, index = result.source, page.number - 1
    if many:
        st.markdown(f"**{t('files.page', number=page.number)}**")
    preview, details = st.columns([1, 4])
    with preview:
        if thumbnail:
            image = _preview(workspace, ("thumbnail", source, index), previews.page_thumbnail)
            if image is not None:
                st.html(inline_image(image, width=160))
            else:
                st.caption(t("files.no_preview"))
    with details:
        if page.legible:
            st.markdown(f":green[:material/check:] {t('files.readable')}")
        else:
            st.markdown(f":orange[:material/visibility_off:] **{t('files.unreadable')}**")
        quality = page.quality
        if quality is None:
            if page.source == "text_layer":
                st.caption(t("files.quality_text_layer"))
        else:
            verdict = {"good": "files.quality_good", "poor": "files.quality_poor", "blank": "files.quality_blank"}
            colour = "green" if quality.verdict == "good" else "orange"
            st.markdown(f":{colour}[{t(verdict.get(quality.verdict, 'files.quality_poor'))}]")
        shown = set(quality.reasons) if quality else set()
        reasons = [*(quality.reasons if quality else ()), *(r for r in page.reasons if r not in shown)]
        if reasons:
            st.markdown("\n".join(f"- {md(reason.message)}" for reason in reasons))
        if page.error is not None and page.error not in reasons:
            st.warning(md(t("files.page_problem", message=page.error.message)))
        if page.classification is not None:
            found = [r.message for r in page.classification.reasons if r.code != "no_text"][:MAX_TYPE_REASONS]
            st.markdown(f"*{t('files.why_type')}:* " + (md("; ".join(found)) if found else t("files.no_reasons")))
        if quality is not None and previews.is_blurry(quality.reasons):
            heatmap = _preview(workspace, ("heatmap", source, index), previews.blur_heatmap)
            if heatmap is not None:
                st.html(inline_image(heatmap, caption=t("files.heatmap"), width=320))
        with st.expander(t("files.text", number=page.number), icon=":material/article:"):
            if page.text.strip():
                st.code(page.text, language=None, wrap_lines=True)
            else:
                st.caption(t("files.no_text"))


def _preview(workspace: SessionWorkspace, key: tuple, make):
    """A thumbnail or heat map, made once per session; None when the page cannot be shown."""
    kind, source, index = key

    def build():
        try:
            return make(source, index, SETTINGS)
        except Exception as error:  # a preview is a nicety: the check result stands without it
            log.info("no %s for a page: %s", kind, type(error).__name__)
            return None

    return workspace.preview((source.sha256, kind, index), build)
