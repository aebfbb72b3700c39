"""The advisers' review page: the queue of what docscan could not settle alone, and the decisions.

`app.py` serves it at `/review`, hidden from the applicant's page (`review.py` only calls
`main()`). The queue holds other people's passports and criminal records, so nothing of it is
drawn before sign-in (`signed_in_adviser`):

* Streamlit's OIDC sign-in (`st.login`) when `[auth]` is configured in `.streamlit/secrets.toml`;
  the adviser is the account's e-mail (or name), optionally limited to `[review] advisers`;
* otherwise the adviser password whose hash is `[review] password_hash` (`docscan review
  set-password`), with the adviser's name typed next to it. Wrong passwords are counted in the
  review database (`SignInGuard` with `DatabaseGuardStore`), per client and per server, so
  neither a new browser session nor Streamlit's "clear cache" message resets them.

The page holds no review logic: the queue, the decisions (with optimistic locking), the verdict
recomputed with them and the audit log are `docscan.review.decisions`, exactly what
`docscan review` uses. Each decision names the version of the item the adviser was *shown*:
the buttons' callbacks carry it from the run that drew them, so a decision made on a stale
screen is refused with `ConflictError` and the page shows the item's new state, never writing
over someone else's decision. A database problem shows as a message, never as a traceback.
"""

from __future__ import annotations

import html
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

import streamlit as st
from sqlalchemy.exc import SQLAlchemyError

from ..classify import load_rules
from ..messages import render
from ..review import decisions
from ..review.access import DatabaseGuardStore, SignInGuard, client_scope
from ..review.decisions import ConflictError, FlagDetail, QueueItem
from ..review.store import ReviewError, ReviewStore, review_database_url
from .presentation import REVIEW_ICON, inline_image
from .frame import language_switch, page_frame
from .strings import DEFAULT_LANGUAGE, UiStrings, load_strings

#: The review page's own words (the applicant's page has `strings/<lang>.yaml`).
REVIEW_STRINGS_DIR = Path(__file__).resolve().parent / "strings" / "review"

# Session-state keys of the page, in one place (the tests use them too).
LANGUAGE = "review.language"
ADVISER = "review.adviser"
SIGNIN_NAME = "review.signin.name"
SIGNIN_PASSWORD = "review.signin.password"
SIGNIN_SUBMIT = "review.signin.submit"
SIGN_OUT = "review.sign_out"
FILTER_RUN = "review.filter.run"
FILTER_WORKER = "review.filter.worker"
FILTER_PERMIT = "review.filter.permit"
FILTER_REASON = "review.filter.reason"
FILTER_STATUS = "review.filter.status"
SELECTED = "review.selected"
#: What the last decision came to (`DecisionOutcome`), shown once on the next run.
OUTCOME = "review.outcome"
STATUSES = ("open", "decided", "all")


@dataclass(frozen=True)
class DecisionOutcome:
    """What a decision button's callback came to, for the run that follows it."""

    #: done, conflict or error.
    kind: str
    flag_id: int
    adviser: str
    #: The decision (done) or the reason it was not recorded (conflict, error).
    text: str


def decision_key(name: str, flag_id: int) -> str:
    """Key of a decision widget; per item, so a message typed for one item never reaches another."""
    return f"review.decide.{name}.{flag_id}"


@st.cache_resource(show_spinner=False)
def review_store(url: str) -> ReviewStore:
    """One open database per URL and server process (opening it runs the migrations)."""
    return ReviewStore(url)


def sign_in_guard(store: ReviewStore) -> SignInGuard:
    """The count of wrong passwords, in the review database: shared by every session and process.

    Not a cached resource: any websocket client can empty Streamlit's caches (its "clear cache"
    message needs no sign-in), which used to reset the count.
    """
    return SignInGuard(store=DatabaseGuardStore(store))


def main() -> None:
    """Draw the review page; Streamlit calls it from the top on every interaction."""
    st.set_page_config(page_title="docscan review", page_icon=REVIEW_ICON, layout="wide")
    head, switch = st.columns([5, 2], vertical_alignment="top")
    with switch:
        language = language_switch(LANGUAGE, review_strings(DEFAULT_LANGUAGE).t("page.language"))
    page_frame(language)
    words = review_strings(language)
    with head:
        st.title(words.t("page.title"))
    adviser = signed_in_adviser(words)
    if adviser is None:
        return
    try:
        store = review_store(review_database_url())
        show_outcome(store, words)
        show_queue(store, adviser, words)
    except ReviewError as error:
        st.error(words.t("errors.database", message=_md_escape(str(error))), icon=":material/error:")
    except SQLAlchemyError as error:
        # The database went away or broke under the page (a deleted file, a lost connection):
        # `decisions` only maps the errors it expects, so the rest is named here, not traced.
        st.error(words.t("errors.database", message=type(error).__name__), icon=":material/error:")


def review_strings(language: str) -> UiStrings:
    return load_strings(language, folder=REVIEW_STRINGS_DIR)


# ---------------------------------------------------------------------------------------------
# Sign-in


def secrets_section(name: str) -> Mapping | None:
    """A section of `.streamlit/secrets.toml`, or None when it (or the whole file) is absent."""
    try:
        section = st.secrets.get(name)
    except FileNotFoundError:  # no secrets file at all (StreamlitSecretNotFoundError)
        return None
    return section if isinstance(section, Mapping) else None


def signed_in_adviser(words: UiStrings) -> str | None:
    """The signed-in adviser's name, or None after drawing the sign-in (nothing else is drawn then)."""
    t = words.t
    auth = secrets_section("auth")
    review = secrets_section("review") or {}
    if auth:
        return _oidc_adviser(auth, review, words)
    adviser = st.session_state.get(ADVISER)
    if adviser:
        _signed_in_bar(adviser, words, on_sign_out=lambda: st.session_state.pop(ADVISER, None))
        return adviser
    st.header(t("signin.header"))  # h2 under the h1 title: headings go down one level at a time
    stored_hash = str(review.get("password_hash") or "").strip()
    if not stored_hash:
        st.error(t("signin.no_password"), icon=":material/lock:")
        return None
    st.caption(t("signin.intro"))
    # clear_on_submit: the password does not stay in the session state after the attempt.
    with st.form("review.signin", clear_on_submit=True):
        name = st.text_input(t("signin.name"), key=SIGNIN_NAME, max_chars=120)
        password = st.text_input(t("signin.password"), type="password", key=SIGNIN_PASSWORD)
        submitted = st.form_submit_button(t("signin.submit"), key=SIGNIN_SUBMIT, type="primary")
    if not submitted:
        return None
    if not name.strip():
        st.warning(t("signin.need_name"))
        return None
    try:
        guard = sign_in_guard(review_store(review_database_url()))
        address = st.context.ip_address  # None without a connection (and not a str in AppTest)
        client = client_scope(address if isinstance(address, str) else None, name)
        if (wait := guard.wait_seconds(client)) > 0:
            st.error(t("signin.locked", seconds=math.ceil(wait)), icon=":material/timer:")
        elif guard.attempt(password, stored_hash, client):
            st.session_state[ADVISER] = name.strip()
            st.rerun()
        elif (wait := guard.wait_seconds(client)) > 0:  # this failure started a lock-out
            st.error(t("signin.locked", seconds=math.ceil(wait)), icon=":material/timer:")
        else:
            st.error(t("signin.wrong"), icon=":material/lock:")
    except ReviewError as error:  # no count of attempts, no sign-in: the queue stays closed
        st.error(t("errors.database", message=_md_escape(str(error))), icon=":material/error:")
    except SQLAlchemyError as error:
        st.error(t("errors.database", message=type(error).__name__), icon=":material/error:")
    return None


def _oidc_adviser(auth: Mapping, review: Mapping, words: UiStrings) -> str | None:
    """The adviser from Streamlit's OIDC sign-in; `[review] advisers` (e-mails) narrows who gets in.

    Without that list every account the identity provider accepts is an adviser: right for the
    organisation's own provider (an Entra ID tenant), wrong for a public one such as Google.
    """
    t = words.t
    if not st.user.is_logged_in:
        st.header(t("signin.header"))
        st.caption(t("signin.intro"))
        # `[auth]` with its own client_id is the default provider; else the first `[auth.<name>]`.
        providers = [name for name, value in auth.items() if isinstance(value, Mapping)]
        provider = None if "client_id" in auth or not providers else providers[0]
        st.button(t("signin.oidc_button"), key=SIGNIN_SUBMIT, type="primary", on_click=st.login, args=(provider,))
        return None
    adviser = str(st.user.get("email") or st.user.get("name") or "").strip()
    allowed = [str(a).strip().lower() for a in review.get("advisers") or ()]
    if not adviser or (allowed and adviser.lower() not in allowed):
        st.error(t("signin.not_allowed", who=adviser or "?"), icon=":material/block:")
        st.button(t("signin.sign_out"), key=SIGN_OUT, on_click=st.logout)
        return None
    _signed_in_bar(adviser, words, on_sign_out=st.logout)
    return adviser


def _signed_in_bar(adviser: str, words: UiStrings, *, on_sign_out) -> None:
    who, out = st.columns([5, 1], vertical_alignment="center")
    who.markdown(words.t("signin.signed_in_as", adviser=_md_escape(adviser)))
    out.button(words.t("signin.sign_out"), key=SIGN_OUT, on_click=on_sign_out)
    st.caption(words.t("page.intro"))


# ---------------------------------------------------------------------------------------------
# The queue


def show_queue(store: ReviewStore, adviser: str, words: UiStrings) -> None:
    """Filters, the table of matching items, and the chosen item in detail."""
    t = words.t
    st.header(t("filters.header"))
    everything = decisions.queue(store, status="all")
    runs = {r["id"]: r for r in decisions.runs(store)}
    any_value = t("filters.any")
    columns = st.columns(5)
    run = columns[0].selectbox(
        t("filters.run"), [None, *runs], key=FILTER_RUN,
        format_func=lambda r: any_value if r is None else t("filters.run_label", id=r, label=runs[r]["label"],
                                                             created=f"{runs[r]['created_at']:%Y-%m-%d %H:%M}"))
    worker = columns[1].selectbox(t("filters.worker"), [None, *_distinct(i.worker for i in everything)],
                                  key=FILTER_WORKER, format_func=lambda v: any_value if v is None else v)
    permit = columns[2].selectbox(t("filters.permit"), [None, *_distinct(i.permit for i in everything)],
                                  key=FILTER_PERMIT, format_func=lambda v: any_value if v is None else v)
    reason = columns[3].selectbox(t("filters.reason"), [None, *_distinct(i.reason for i in everything)],
                                  key=FILTER_REASON, format_func=lambda v: any_value if v is None else v)
    status = columns[4].radio(t("filters.status"), STATUSES, key=FILTER_STATUS, horizontal=True,
                              format_func=lambda s: t(f"filters.status_{s}"))
    items = decisions.queue(store, run=run, worker=worker, permit=permit, reason=reason, status=status)
    if not items:
        st.info(t("filters.empty"))
        return
    st.caption(t("filters.count", count=len(items)))
    st.dataframe([_table_row(item, words) for item in items], hide_index=True, width="stretch")
    by_id = {item.id: item for item in items}
    # The choice is kept across reruns; an item that left the filtered queue falls back to the
    # first, set explicitly (a dropped choice let the browser keep showing the old label).
    if st.session_state.get(SELECTED) not in by_id:
        st.session_state[SELECTED] = items[0].id
    chosen = st.selectbox(t("filters.choose"), list(by_id), key=SELECTED,
                          format_func=lambda i: t("filters.item_label", id=i, worker=by_id[i].worker,
                                                  reason=by_id[i].reason, requirement=by_id[i].requirement_id or "-"))
    show_item(store, decisions.flag_detail(store, chosen), adviser, words)


def _distinct(values) -> list[str]:
    return sorted({v for v in values if v})


def _table_row(item: QueueItem, words: UiStrings) -> dict:
    t = words.t
    return {t("table.id"): item.id, t("table.run"): item.run_id, t("table.worker"): item.worker,
            t("table.permit"): item.permit, t("table.reason"): item.reason,
            t("table.requirement"): item.requirement_id or "", t("table.file"): item.file or "",
            t("table.status"): item.status, t("table.decided_by"): item.decided_by or ""}


# ---------------------------------------------------------------------------------------------
# One item


def show_item(store: ReviewStore, detail: FlagDetail, adviser: str, words: UiStrings) -> None:
    """The item's reasons, its pages (image, heat map, text read), history and decision controls."""
    t, item = words.t, detail.item
    st.subheader(t("detail.header", id=item.id, reason=_md_escape(item.reason)))
    show_state(detail, words)
    # The flag's message quotes file names and worker ids from the recorded run: whoever named
    # the file chose them, so they are shown literally (no link, no remote image in this page).
    st.warning(_md_escape(item.say(words.language)), icon=":material/flag:")
    if not detail.pages:
        st.caption(t("detail.purged"))
    for number, image_png, heatmap_png, text, highlights in detail.pages:
        with st.expander(t("detail.page", number=number), expanded=True):
            left, right = st.columns(2)
            if image_png:
                left.html(inline_image(image_png, caption=t("detail.image")))
            else:
                left.caption(t("detail.no_image"))
            if heatmap_png:
                right.html(inline_image(heatmap_png, caption=t("detail.heatmap")))
            st.markdown(f"**{t('detail.text')}**")
            if text and text.strip():
                st.html(f'<div class="docscan-ocr-text" style="white-space: pre-wrap; font-family: monospace; '
                        f'font-size: 0.85rem">{highlighted_text(text, highlights)}</div>')
            else:
                st.caption(t("detail.no_text"))
    with st.expander(t("detail.history"), expanded=bool(detail.history)):
        if detail.history:
            st.dataframe([{t("detail.history_when"): f"{line.at:%Y-%m-%d %H:%M:%S}",
                           t("detail.history_adviser"): line.actor, t("detail.history_action"): line.action,
                           t("detail.history_status"): (line.after or {}).get("status"),
                           t("detail.history_version"): (line.after or {}).get("version"),
                           t("detail.history_comment"): line.comment or ""} for line in detail.history],
                         hide_index=True, width="stretch")
        else:
            st.caption(t("detail.no_history"))
    decision_controls(store, item, adviser, words)
    show_reviewed(store, decisions.worker_row_of(store, item.id), words, key=f"item.{item.id}")


def show_state(detail: FlagDetail, words: UiStrings) -> None:
    """Who decided what on the item so far (also shown after a conflict: the state that won)."""
    t, item = words.t, detail.item
    st.markdown(t("detail.facts", worker=_md_escape(item.worker), permit=_md_escape(item.permit),
                  region=_md_escape(item.region), requirement=_md_escape(item.requirement_id or "-"),
                  file=_md_escape(item.file or "-"), status=_md_escape(item.status), version=item.version))
    if item.decided_by:
        at = f"{detail.decided_at:%Y-%m-%d %H:%M}" if detail.decided_at else "?"
        st.markdown(t("detail.decided", adviser=_md_escape(item.decided_by), at=at))
    if detail.decided_type:
        st.markdown(t("detail.decided_type", type=_md_escape(detail.decided_type)))
    if detail.reject_message:
        st.markdown(t("detail.reject_message", message=_md_escape(detail.reject_message)))
    if detail.comment:
        st.markdown(t("detail.comment", comment=_md_escape(detail.comment)))


def highlighted_text(text: str, phrases: Sequence[str]) -> str:
    """The text read, HTML-escaped, with the phrases that decided the type in `<mark>`.

    OCR text is untrusted (anyone can write `<script>` on a page they scan), so every piece is
    escaped; only the `<mark>` tags are ours. Phrases match case-insensitively with any run of
    whitespace between their words, as the classifier's matching does across line breaks.
    """
    patterns = [r"\s+".join(map(re.escape, p.split())) for p in sorted(set(phrases), key=len, reverse=True)
                if p.split()]
    if not patterns:
        return html.escape(text)
    pieces, last = [], 0
    for match in re.finditer("|".join(patterns), text, flags=re.IGNORECASE):
        pieces += [html.escape(text[last:match.start()]), f"<mark>{html.escape(match.group())}</mark>"]
        last = match.end()
    pieces.append(html.escape(text[last:]))
    return "".join(pieces)


def _md_escape(text: str) -> str:
    """Text from the database shown inside markdown: its markdown and HTML characters are literal."""
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|<>~$:])", r"\\\1", text)


# ---------------------------------------------------------------------------------------------
# Decisions


def decision_controls(store: ReviewStore, item: QueueItem, adviser: str, words: UiStrings) -> None:
    """Accept, reject, change type, comment: each carries the version drawn now (`item.version`).

    The callbacks run at the start of the next run, before anything is read again, with the
    arguments of this run: a decision is checked against what the adviser saw, not against
    whatever the database holds by the time the button is pressed.
    """
    t = words.t
    st.markdown(f"#### {t('decide.header')}")
    shown = (store, item.id, item.version, adviser)
    accept, reject, retype, comment = st.tabs([t("decide.accept"), t("decide.reject"), t("decide.type"),
                                               t("decide.comment")])
    with accept:
        st.caption(t("decide.accept_help"))
        st.text_input(t("decide.accept_comment"), key=decision_key("accept_comment", item.id))
        st.button(t("decide.accept"), key=decision_key("accept", item.id), type="primary",
                  on_click=_decide, args=(*shown, "accept"))
    with reject:
        st.text_area(t("decide.reject_message"), key=decision_key("reject_message", item.id),
                     help=t("decide.reject_message_help"))
        st.button(t("decide.reject"), key=decision_key("reject", item.id), on_click=_decide, args=(*shown, "reject"))
    with retype:
        type_ids = list(load_rules().type_ids)
        st.selectbox(t("decide.new_type"), type_ids, key=decision_key("new_type", item.id),
                     index=type_ids.index(item.doc_type) if item.doc_type in type_ids else 0,
                     format_func=lambda i: i.replace("_", " "))
        st.button(t("decide.type"), key=decision_key("type", item.id), on_click=_decide, args=(*shown, "type"))
    with comment:
        st.text_area(t("decide.comment_text"), key=decision_key("comment_text", item.id))
        st.button(t("decide.comment"), key=decision_key("comment", item.id), on_click=_decide,
                  args=(*shown, "comment"))


def _decide(store: ReviewStore, flag_id: int, version: int, adviser: str, decision: str) -> None:
    """A decision button's callback: record it, or keep why not for the run that follows."""
    state = st.session_state
    fields = {"accept": ("accept_comment", "comment"), "reject": ("reject_message", "message"),
              "type": ("new_type", "new_type"), "comment": ("comment_text", "comment")}
    widget, argument = fields[decision]
    value = state.get(decision_key(widget, flag_id))
    try:
        decisions.decide(store, flag_id, decision, actor=adviser, version=version, **{argument: value or None})
    except ConflictError as error:
        # Keep the item on screen although it may have left the filtered queue (another adviser
        # decided it): its new state is then drawn with the same widgets, so what this adviser
        # typed stays in its box, to be sent again once they have looked. Only the status can
        # have changed; the other filters still match.
        state[FILTER_STATUS] = "all"
        state[SELECTED] = flag_id
        state[OUTCOME] = DecisionOutcome("conflict", flag_id, adviser, str(error))
        return
    except ReviewError as error:
        state[OUTCOME] = DecisionOutcome("error", flag_id, adviser, str(error))
        return
    except SQLAlchemyError as error:
        state[OUTCOME] = DecisionOutcome("error", flag_id, adviser,
                                         f"the review database failed ({type(error).__name__}); try again")
        return
    if widget != "new_type":
        state[decision_key(widget, flag_id)] = ""
    state[OUTCOME] = DecisionOutcome("done", flag_id, adviser, decision)


def show_outcome(store: ReviewStore, words: UiStrings) -> None:
    """The last decision's outcome, once: recorded (with the worker's new verdict), refused, or conflicting."""
    outcome: DecisionOutcome | None = st.session_state.pop(OUTCOME, None)
    if outcome is None:
        return
    t, flag_id = words.t, outcome.flag_id
    if outcome.kind == "error":
        st.error(_md_escape(outcome.text), icon=":material/error:")
        return
    if outcome.kind == "conflict":
        # The item itself is drawn below in its new state (the callback kept it selected).
        now = decisions.flag_detail(store, flag_id).item
        st.warning(t("decide.conflict", detail=_md_escape(outcome.text)), icon=":material/sync_problem:")
        st.markdown(t("decide.now_state", status=_md_escape(now.status), version=now.version,
                      adviser=_md_escape(now.decided_by or t("decide.nobody"))))
        return
    st.success(t("decide.done", id=flag_id, decision=_md_escape(outcome.text), adviser=_md_escape(outcome.adviser)),
               icon=":material/check_circle:")
    show_reviewed(store, decisions.worker_row_of(store, flag_id), words, key=f"outcome.{flag_id}")


def show_reviewed(store: ReviewStore, worker_row: int, words: UiStrings, *, key: str) -> None:
    """The worker's requirement statuses and verdict recomputed with every decision, and the report."""
    t = words.t
    result = decisions.reviewed(store, worker_row)
    with st.container(border=True):
        st.markdown(f"**{t('result.header', worker=_md_escape(result.worker))}**")
        st.markdown(t("result.verdict", verdict=_md_escape(result.verdict), original=_md_escape(result.original_verdict),
                      open=result.open_items))
        st.dataframe([{t("result.requirement"): r.get("id"), t("result.status"): r.get("status"),
                       t("result.message"): render(r["reason"], words.language) if r.get("reason")
                       else r.get("message")} for r in result.requirements],
                     hide_index=True, width="stretch")
        report = decisions.reviewed_report(store, worker_row)
        # Made on the click, so its /media/ URL (which answers without sign-in) lives only briefly.
        st.download_button(t("result.download"), lambda: json.dumps(report, indent=2, ensure_ascii=False, default=str),
                           file_name=f"reviewed-{_file_safe(result.worker)}.json", mime="application/json",
                           key=f"review.download.{key}", on_click="ignore")


def _file_safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-") or "worker"
