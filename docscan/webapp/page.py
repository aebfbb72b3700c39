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
from typing import Any

import streamlit as st
from streamlit.runtime.uploaded_file_manager import UploadedFile

from ..checklist import (REGIONS, Checklist, applies, load_checklist, load_common, open_questions, permit_ids,
                         region_description)
from ..errors import DocscanError
from ..messages import render, requirement_name, term
from ..models import FACT_NAMES, ICT_ROLES, Applicant, Reason, SignatureState
from ..pipeline import FileResult, InputFile, PageResult, check_bundle
from ..report import Report, fact_source, language_lines
from ..settings import Settings
from . import previews, session
from .bulk_page import show_bulk_tab
from .html_report import format_day, render_html, type_title
from .presentation import APPLICANT_ICON, CRITICAL_WARNINGS, inline_image, md, status_style
from .session import CheckRequest, RequestedFile
from .frame import language_switch, page_frame, upload_limit_megabytes
from .strings import DEFAULT_LANGUAGE, UiStrings, load_strings
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
        language = language_switch(session.LANGUAGE, load_strings(DEFAULT_LANGUAGE).t("page.language"))
    page_frame(language)
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
        confirmed = collect_confirmations(checklist, request_base, words)
        request = None
        if request_base is not None and inputs:
            request = CheckRequest(**request_base, language=language, files=tuple(files), confirmed=confirmed)
        run_and_show(workspace, request, inputs, checklist, words)
    with bulk_tab:
        show_bulk_tab(workspace, words)


def export_zip(report: Report, language: str) -> bytes:
    """The files ready to submit, zipped, made when the button is pressed from the uploads still
    in this session's folder (`export.py`). A file that went away is left out, never an error."""
    from ..export import export_report

    return export_report(report, language=language).zip_bytes()


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
        # The one-line descriptions come from the checklist data (common.yaml, regions.*.description).
        region = st.radio(t("choose.region"), REGIONS, index=None, key=session.REGION, help=t("choose.region_help"),
                          format_func=lambda r: t(f"region.{r}"),
                          captions=[md(region_description(r, language) or t(f"region.{r}_line")) for r in REGIONS])
        checklist = load_checklist(permit, region) if permit and region else None
        if checklist is not None:
            note = checklist.note.get(language) or checklist.note.get("en")
            if note:
                st.caption(md(t("choose.region_note", note=note)))
        submit_date = st.date_input(t("choose.submit_date"), value=date.today(), key=session.SUBMIT_DATE,
                                    help=t("choose.submit_date_help"), format="DD/MM/YYYY")
        in_belgium = st.checkbox(t("choose.in_belgium"), key=session.IN_BELGIUM, help=t("choose.in_belgium_help"))
        renewal = st.checkbox(t("choose.renewal"), key=session.RENEWAL, help=t("choose.renewal_help"))
    facts = ask_facts(checklist, bool(in_belgium), bool(renewal), submit_date or date.today(), words)
    if checklist is None:
        return None, None
    return checklist, {"permit": permit, "region": region, "today": submit_date or date.today(),
                       "in_belgium": bool(in_belgium), "renewal": bool(renewal), "facts": facts}


def ask_facts(checklist: Checklist | None, in_belgium: bool, renewal: bool, today: date,
              words: UiStrings) -> tuple[tuple[str, object], ...]:
    """The questions whose answers change this checklist, each unanswered until the user answers.

    Which questions are shown depends only on the permit, region, nationality and the two
    checkboxes, never on the other answers, so an answer never makes its own widget disappear.
    The words of each question come from the checklist data (common.yaml, questions).
    """
    t, language = words.t, words.language
    questions = load_common().questions

    def label(fact: str) -> str:
        # The ignore: typeshed's dict.get takes only the key type (a Language Literal), not any str.
        return questions.get(fact, {}).get(language) or questions.get(fact, {}).get("en", fact)  # type: ignore[call-overload]

    with st.expander(t("choose.facts_header"), expanded=checklist is not None, icon=":material/quiz:"):
        st.caption(t("choose.facts_intro"))
        left, right = st.columns(2)
        with left:
            birth = st.date_input(t("choose.birth_date"), value=None, key=session.BIRTH_DATE, format="DD/MM/YYYY",
                                  min_value=date(1920, 1, 1), max_value=today, help=t("choose.birth_date_help"))
        with right:
            typed = (st.text_input(t("choose.nationality"), key=session.NATIONALITY, max_chars=3,
                                   help=t("choose.nationality_help")) or "").strip().upper()
        nationality = typed if len(typed) == 3 and typed.isalpha() else None
        if typed and nationality is None:
            st.caption(t("choose.nationality_invalid"))
        answers: list[tuple[str, object]] = []
        if birth:
            answers.append(("birth_date", birth))
        if nationality:
            answers.append(("nationality", nationality))
        if checklist is None:
            return tuple(answers)
        # A nationality read from the passport in the last check also brings its questions (the
        # Turkish Association status): the reader sees them once docscan knows.
        last: Report | None = st.session_state.get(session.REPORT)
        read = last.applicant.nationality if last is not None else None
        probe = Applicant(nationality=nationality or read, in_belgium=in_belgium, renewal=renewal)
        asked = [f for f in open_questions(checklist, probe, today) if f not in ("birth_date", "nationality")]
        columns = st.columns(2)
        value: str | bool | None  # an ICT role, or yes / no; None while unanswered
        for i, fact in enumerate(asked):
            with columns[i % 2]:
                if fact == "ict_role":
                    value = st.radio(label(fact), ICT_ROLES, index=None, key=session.fact_key(fact), horizontal=True)
                else:
                    value = st.radio(label(fact), [True, False], index=None, key=session.fact_key(fact),
                                     horizontal=True,
                                     format_func=lambda v: t("choose.answer_yes") if v else t("choose.answer_no"))
            if value is not None:
                answers.append((fact, value))
    return tuple(sorted(answers, key=lambda item: FACT_NAMES.index(item[0])))


def collect_confirmations(checklist: Checklist | None, request_base: dict | None, words: UiStrings) -> frozenset[str]:
    """A checkbox for each document docscan cannot recognise (kind 'declaration' in the data) that
    applies with the answers given so far (the mandate while nobody said the employer files itself)."""
    if checklist is None or request_base is None:
        return frozenset()
    probe = Applicant(**dict(request_base["facts"]), in_belgium=request_base["in_belgium"],
                      renewal=request_base["renewal"])
    declarations = [r for r in checklist.requirements
                    if r.kind == "declaration" and applies(r, probe, request_base["today"])[0]]
    if not declarations:
        return frozenset()
    t, language = words.t, words.language
    st.subheader(t("upload.confirm_header"))
    st.caption(t("upload.confirm_intro"))
    ticked = set()
    for requirement in declarations:
        if st.checkbox(requirement.text("title", language), key=session.confirm_key(requirement.id),
                       help=md(requirement.text("hint", language)) or None):
            ticked.add(requirement.id)
    return frozenset(ticked)


# ---------------------------------------------------------------------------------------------
# 2. Documents


def collect_uploads(workspace: SessionWorkspace, checklist: Checklist | None,
                    words: UiStrings) -> tuple[list[InputFile], list[RequestedFile]]:
    """The drop zone and the slots; every upload is written into the session folder once."""
    t, language = words.t, words.language
    generation = st.session_state.setdefault(session.UPLOAD_GENERATION, 0)
    st.header(t("upload.header"))
    st.caption(t("upload.formats", megabytes=upload_limit_megabytes()))
    everything, by_slot = st.tabs([t("upload.tab_all"), t("upload.tab_slots")])
    uploads: list[tuple[UploadedFile, str | None]] = []
    declared: str | None  # the document type of the slot a file was put in; None from the drop zone
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
            # Only what docscan can recognise gets a slot; the others are confirmed below.
            for i, requirement in enumerate(r for r in checklist.requirements if r.kind == "document"):
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
            previous: Report | None = state.get(session.REPORT)
            state[session.REPORT], state[session.REQUEST] = report, request
            if report.applicant.nationality and (previous is None or
                                                 previous.applicant.nationality != report.applicant.nationality):
                st.rerun()  # the questions above depend on the nationality the passport gave

    if state.get(session.ERROR):
        st.error(state[session.ERROR], icon=":material/error:")
    report = state.get(session.REPORT)
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
        # Each fact has its own type (a date, a code, yes / no): Applicant's fields are their schema.
        given: dict[str, Any] = dict(request.facts)
        applicant = Applicant(**given, in_belgium=request.in_belgium, renewal=request.renewal,
                              confirmed=request.confirmed, source="given" if ("birth_date" in given or
                                                                              "nationality" in given) else None,
                              fact_sources=tuple(sorted((name, "given") for name in given)))
        report = check_bundle(inputs, request.permit, request.region, today=request.today, applicant=applicant,
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
    say = lambda reason: md(render(reason, words.language))  # noqa: E731 - reasons in the page's language
    # A coloured bar on the left of each row, so the statuses read at a glance (and in print).
    st.html("<style>" + "".join(
        f".st-key-{session.requirement_container_key(r.id)} {{ border-left: 0.4rem solid "
        f"{status_style(r.status).hex_colour} !important; }}" for r in report.requirements) + "</style>")
    for requirement in report.requirements:
        style = status_style(requirement.status)
        label = t(f"status.{requirement.status}") if words.has(f"status.{requirement.status}") else requirement.status
        files = md(t("result.files_label", files=", ".join(requirement.files))) if requirement.files else ""
        with st.container(border=True, key=session.requirement_container_key(requirement.id)):
            line = f":{style.colour}-badge[{style.material_icon} {md(label)}] &nbsp; **{md(requirement_name(requirement.id, words.language))}**"
            if requirement.status == "ok":
                st.markdown(line + (f" &nbsp; :gray[{files}]" if files else ""))
            else:
                st.markdown(line + "\n\n" + say(requirement.reason))
                if files:
                    st.caption(files)
    if report.not_required:
        st.markdown(f"**{t('result.not_required')}**")
        st.markdown("\n".join(f"- :gray[{md(requirement_name(item.id, words.language))}: {say(item.reason)}]"
                               for item in report.not_required))

    show_facts_and_notices(report, words)

    others = [w for w in report.warnings if w.code not in CRITICAL_WARNINGS]
    if others:
        st.subheader(t("result.also_note"))
        for warning in others:
            if warning.code not in ("file_error", "page_error"):
                st.warning(say(warning.reason), icon=":material/info:")
        unreadable = {w.file for w in others if w.code in ("file_error", "page_error")}
        if unreadable:
            st.warning(t("result.unreadable_files", count=len(unreadable)), icon=":material/report:")
    if report.note(words.language):
        st.caption(md(t("result.region_note", note=report.note(words.language))))

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
    downloads.download_button(t("download.export"), lambda: export_zip(report, words.language),
                              file_name=f"docscan-{report.permit}-files.zip", mime="application/zip",
                              key=session.DOWNLOAD_EXPORT, on_click="ignore", icon=":material/folder_zip:")
    st.caption(t("download.hint"))
    st.caption(t("download.export_hint"))

    st.subheader(t("files.header"))
    for index, result in enumerate(report.files):
        with st.container(border=True, key=f"file-{index}"):
            show_file(result, workspace, words)


def show_facts_and_notices(report: Report, words: UiStrings) -> None:
    """The facts the check used, with where each came from (a wrong reading can be corrected under 1),
    then what the checklist data says to check before filing, and the open questions."""
    t = words.t
    who = report.applicant
    lines = []
    for fact in FACT_NAMES:
        value = who.fact(fact)
        source = who.source_of(fact)
        if value is None or source is None:
            continue
        shown = format_day(value) if isinstance(value, date) else (
            t("choose.answer_yes") if value is True else t("choose.answer_no") if value is False else str(value))
        lines.append(t("result.fact_line", fact=term(f"fact.{fact}", words.language), value=shown,
                       source=fact_source(source, words.language)))
    if lines:
        st.subheader(t("result.facts"))
        st.markdown("\n".join(f"- {md(line)}" for line in lines))
        if any(who.source_of(f) not in (None, "given") for f in FACT_NAMES):
            st.caption(t("result.fact_correct"))
    shown_notices = [n for n in report.notices if n.kind != "question"]
    if shown_notices:
        st.subheader(t("result.notices"))
        for notice in shown_notices:
            if notice.verify or notice.kind in ("freshness", "renewal"):
                st.warning(md(render(notice.reason, words.language)), icon=":material/fact_check:")
            else:
                st.info(md(render(notice.reason, words.language)), icon=":material/info:")
    questions = [n for n in report.notices if n.kind == "question"]
    if questions:
        st.markdown(f"**{t('result.questions')}**")
        st.markdown("\n".join(f"- :gray[{md(render(n.reason, words.language))}]" for n in questions))


def show_file(result: FileResult, workspace: SessionWorkspace, words: UiStrings) -> None:
    """One file: what it was recognised as, then each page with its preview, quality and text."""
    t = words.t
    if result.error is not None:
        st.markdown(f":red[:material/error:] **{md(result.path)}**")
        st.error(md(t("files.not_read", message=render(result.error, words.language))))
        return
    readable = all(p.legible for p in result.pages)
    icon = ":green[:material/check_circle:]" if readable else ":orange[:material/blur_on:]"
    declared = result.source.declared_type
    from_name = bool(result.documents) and all(d.type_source != "content" for d in result.documents)
    kind = "files.taken_as" if from_name and result.doc_type == declared else "files.recognised"
    st.markdown(f"{icon} **{md(result.path)}** — {t(kind, type=md(type_title(result.doc_type, words)))}")
    if declared and declared != result.doc_type:
        st.caption(md(t("files.declared", type=type_title(declared, words))))
    for line in language_lines(result, words.language):
        st.caption(md(line))
    show_signatures(result, words)
    many = len(result.pages) > 1
    for page in result.pages[:MAX_PREVIEW_PAGES]:
        show_page(result, page, many, workspace, words)
    if len(result.pages) > MAX_PREVIEW_PAGES:
        st.caption(t("files.more_pages", count=MAX_PREVIEW_PAGES))
        for page in result.pages[MAX_PREVIEW_PAGES:]:
            show_page(result, page, many, workspace, words, thumbnail=False)


def show_signatures(result: FileResult, words: UiStrings) -> None:
    """A PDF's signatures and seals (issue 16): an intact seal helps the adviser, a PDF changed
    after it was sealed must be replaced; then, in small print, that trust was not checked."""
    from ..signatures import signature_reason

    check = result.signatures
    if check is None:
        return
    for signature in check.signatures:
        text = md(render(signature_reason(signature, result.path), words.language))
        if signature.state == SignatureState.INTACT:
            st.markdown(f":green[:material/verified:] {text}")
        elif signature.state == SignatureState.ADDITIONS:
            st.info(text, icon=":material/edit_note:")
        else:
            st.warning(text, icon=":material/gpp_bad:")
    if check.error is not None:
        st.warning(md(render(Reason.of("signature_problem", file=result.path, problem=check.error), words.language)),
                   icon=":material/gpp_maybe:")
    if check.not_checked:
        st.caption(md(render(Reason.of("signatures_not_checked", count=check.not_checked), words.language)))
    st.caption(md(render(Reason("signature_trust_not_checked"), words.language)))


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
            st.markdown("\n".join(f"- {md(render(reason, words.language))}" for reason in reasons))
        if page.error is not None and page.error not in reasons:
            st.warning(md(t("files.page_problem", message=render(page.error, words.language))))
        if page.classification is not None:
            found = [render(r, words.language) for r in page.classification.reasons
                     if r.code != "no_text"][:MAX_TYPE_REASONS]
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
