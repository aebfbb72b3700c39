"""The advisers' review page (app.py → /review), driven by Streamlit's AppTest without a browser.

The page is opened the way a browser opens http://localhost:8501/review: `app.py` with
`switch_page("review.py")`, the file `app.py` registers under the url path "review". The
database is a real SQLite file per test (`DOCSCAN_DB`), copied from one recorded with the real
pipeline on the illegible-passport-scan sample bundle (`--record` does the same), so the queue
holds the real flag with its page image and heat map. The password hash is given through
`AppTest.secrets`, as `.streamlit/secrets.toml` gives it to the server.

The tests that need the recorded run are marked `slow` (one OCR run for the module).
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from docscan.models import Applicant
from docscan.pipeline import check_bundle
from docscan.review import decisions
from docscan.review.access import MAX_FAILURES, hash_password
from docscan.review.recording import record_report, start_run
from docscan.review.store import ReviewStore
from docscan.webapp import review_page, session
from docscan.webapp.review_page import REVIEW_STRINGS_DIR, highlighted_text
from docscan.webapp.strings import LANGUAGES, load_strings

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
BUNDLE = ROOT / "sample_docs" / "bundles" / "illegible-passport-scan"
TODAY = date(2026, 11, 15)
PASSWORD = "correct horse battery staple"
#: Hashed once: PBKDF2 with the real 600,000 iterations is what the page checks against.
PASSWORD_HASH = hash_password(PASSWORD)
WORDS = load_strings("en", folder=REVIEW_STRINGS_DIR)
t = WORDS.t


# ---------------------------------------------------------------------------------------------
# Fixtures


@pytest.fixture(scope="module")
def recorded_db(tmp_path_factory) -> Path:
    """A review database holding one recorded run of the illegible-passport-scan bundle."""
    path = tmp_path_factory.mktemp("review-template") / "review.sqlite"
    store = ReviewStore(f"sqlite:///{path}")
    # The ordinary applicant's answers (issue 12): the employer files itself, its ID copy is attached.
    report = check_bundle([str(BUNDLE)], "eu-blue-card", "brussels", today=TODAY,
                          applicant=Applicant(filed_by_agent=False, confirmed=frozenset({"employer_id_copy"})))
    run = start_run(store, "check", BUNDLE.name, TODAY, "test")
    record_report(store, run, BUNDLE.name, report)
    store.close()
    return path


@pytest.fixture(autouse=True)
def fresh_server(tmp_path, monkeypatch):
    """Each test is a new server: an empty database of its own, no sign-in failures counted.

    The page keeps the open database in `st.cache_resource`, which outlives an AppTest (it is
    per process, as it is per server in production): the tests clear it. The sign-in failures
    are counted in that database, so a new one starts with none.
    """
    monkeypatch.setenv("DOCSCAN_DB", str(tmp_path / "review.sqlite"))
    review_page.review_store.clear()
    yield
    review_page.review_store.clear()


@pytest.fixture
def recorded_store(recorded_db, tmp_path, monkeypatch) -> ReviewStore:
    """This test's copy of the recorded database, pointed at by `DOCSCAN_DB`."""
    path = tmp_path / "recorded.sqlite"
    shutil.copyfile(recorded_db, path)
    monkeypatch.setenv("DOCSCAN_DB", str(path))
    store = ReviewStore(f"sqlite:///{path}")
    yield store
    store.close()


# ---------------------------------------------------------------------------------------------
# Driving the page


def open_review(secrets: dict | None = None, user: dict | None = None) -> AppTest:
    """The review page of app.py, as /review opens it, with these secrets (none by default)."""
    at = AppTest.from_file(APP, default_timeout=120)
    # A non-empty `secrets` replaces the real `.streamlit/secrets.toml` for the run: a password
    # set on the developer's machine must not leak into the tests.
    at.secrets.update(secrets or {"review": {}})
    if user is not None:
        at.user = user
    at.switch_page("review.py").run()
    assert not at.exception
    return at


def with_password() -> dict:
    return {"review": {"password_hash": PASSWORD_HASH}}


def sign_in(at: AppTest, password: str, name: str = "Ann Adviser") -> AppTest:
    at.text_input(key=review_page.SIGNIN_NAME).set_value(name)
    at.text_input(key=review_page.SIGNIN_PASSWORD).set_value(password)
    at.button(key=review_page.SIGNIN_SUBMIT).click().run()
    assert not at.exception
    return at


def page_images(at: AppTest) -> list[str]:
    """The page images shown: inline HTML figures (an `st.image` would be served at a /media/ URL)."""
    return [h.value for h in at.html if 'class="docscan-page-image"' in h.value]


def queue_shown(at: AppTest) -> bool:
    """Whether any part of the queue is drawn (filters, table or an item)."""
    return (any(s.key == review_page.FILTER_RUN for s in at.selectbox) or len(at.dataframe) > 0
            or len(at.image) > 0 or len(page_images(at)) > 0)


def errors(at: AppTest) -> list[str]:
    return [e.value for e in at.error]


def markdown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def passport_item(store: ReviewStore) -> decisions.QueueItem:
    items = [i for i in decisions.queue(store, status="all") if i.requirement_id == "passport"]
    assert len(items) == 1, items
    return items[0]


# ---------------------------------------------------------------------------------------------
# Sign-in


def test_without_a_configured_password_the_queue_stays_closed():
    at = open_review()
    assert any("docscan review set-password" in e for e in errors(at))
    assert not queue_shown(at)
    assert not at.text_input, "no password form when there is no password to check"


def test_a_wrong_password_is_refused():
    at = sign_in(open_review(with_password()), "not the password at all")
    assert t("signin.wrong") in errors(at)
    assert not queue_shown(at)
    assert review_page.ADVISER not in at.session_state


def test_a_sign_in_needs_the_advisers_name():
    at = sign_in(open_review(with_password()), PASSWORD, name="   ")
    assert [w.value for w in at.warning] == [t("signin.need_name")]
    assert not queue_shown(at)


def test_after_five_wrong_passwords_even_the_right_one_is_refused():
    at = open_review(with_password())
    for _ in range(MAX_FAILURES):
        sign_in(at, "still not the password")
    assert any(e.startswith("Too many wrong passwords") for e in errors(at))
    # A new browser session does not reset the count: the guard is the server's.
    again = sign_in(open_review(with_password()), PASSWORD)
    locked = [e for e in errors(again) if e.startswith("Too many wrong passwords")]
    assert locked and " s." in locked[0], errors(again)
    assert not queue_shown(again)
    assert review_page.ADVISER not in again.session_state


def test_the_right_password_opens_the_queue_and_sign_out_closes_it():
    at = sign_in(open_review(with_password()), PASSWORD)
    assert not errors(at)
    assert at.session_state[review_page.ADVISER] == "Ann Adviser"
    assert "Signed in as **Ann Adviser**" in markdown(at)
    assert queue_shown(at)
    assert not at.text_input, "the sign-in form is gone"
    at.button(key=review_page.SIGN_OUT).click().run()
    assert not queue_shown(at)
    assert at.text_input(key=review_page.SIGNIN_PASSWORD).value == ""


OIDC = {"auth": {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x" * 32,
                 "client_id": "docscan", "client_secret": "secret",
                 "server_metadata_url": "https://id.example.be/.well-known/openid-configuration"}}


def test_with_oidc_configured_the_queue_needs_the_providers_sign_in():
    at = open_review(OIDC, user={"is_logged_in": False})
    assert at.button(key=review_page.SIGNIN_SUBMIT).label == t("signin.oidc_button")
    assert not at.text_input, "no password form when OIDC is configured"
    assert not queue_shown(at)

    at = open_review(OIDC, user={"is_logged_in": True, "email": "ann@advice.example.be", "name": "Ann"})
    assert "Signed in as **ann@advice\\.example\\.be**" in markdown(at)
    assert [i.value for i in at.info] == [t("filters.empty")]  # the (empty) queue is open


def test_oidc_accounts_not_on_the_advisers_list_are_refused():
    secrets = {**OIDC, "review": {"advisers": ["ann@advice.example.be"]}}
    at = open_review(secrets, user={"is_logged_in": True, "email": "someone@gmail.example"})
    assert errors(at) == [t("signin.not_allowed", who="someone@gmail.example")]
    assert not queue_shown(at)


def test_an_unusable_database_is_a_message_not_a_traceback(monkeypatch):
    monkeypatch.setenv("DOCSCAN_DB", "nosuchdialect://nowhere")
    at = sign_in(open_review(with_password()), PASSWORD)
    assert any(e.startswith("The review database cannot be used") for e in errors(at)), errors(at)
    assert not queue_shown(at)


# ---------------------------------------------------------------------------------------------
# The queue and the decisions (a recorded run)


@pytest.mark.slow
def test_the_queue_shows_the_passport_item_with_its_page(recorded_store):
    item = passport_item(recorded_store)
    at = sign_in(open_review(with_password()), PASSWORD)
    table = at.dataframe[0].value
    assert list(table[t("table.id")]) == [item.id]
    assert list(table[t("table.requirement")]) == ["passport"]
    assert list(table[t("table.reason")]) == ["illegible"]
    assert at.selectbox(key=review_page.SELECTED).value == item.id
    assert any("cannot be read" in w.value for w in at.warning)  # the reasons
    assert len(page_images(at)) == 2, "the page image and its sharpness heat map"
    assert not at.image, "no page image is served at a /media/ URL"
    assert "Verdict **incomplete**" in markdown(at)
    # The filters narrow the queue: by reason (the one item stays), by status (none is decided yet).
    at.selectbox(key=review_page.FILTER_REASON).set_value("illegible").run()
    assert len(at.dataframe[0].value) == 1
    at.radio(key=review_page.FILTER_STATUS).set_value("decided").run()
    assert [i.value for i in at.info] == [t("filters.empty")]


@pytest.mark.slow
def test_accepting_the_passport_completes_the_worker_and_the_audit_names_the_adviser(recorded_store):
    item = passport_item(recorded_store)
    at = sign_in(open_review(with_password()), PASSWORD)
    at.text_input(key=review_page.decision_key("accept_comment", item.id)).set_value("Checked the original")
    at.button(key=review_page.decision_key("accept", item.id)).click().run()
    assert not at.exception
    assert [s.value for s in at.success] == [t("decide.done", id=item.id, decision="accept", adviser="Ann Adviser")]
    assert "Verdict **complete** (docscan's own: incomplete)" in markdown(at)
    assert at.download_button, "the reviewed report can be downloaded"
    assert decisions.reviewed(recorded_store, decisions.worker_row_of(recorded_store, item.id)).verdict == "complete"
    log = decisions.audit_log(recorded_store, flag_id=item.id)
    assert [(line.actor, line.action, line.comment) for line in log] == [("Ann Adviser", "accept",
                                                                          "Checked the original")]


@pytest.mark.slow
def test_a_conflicting_decision_is_refused_shown_and_nothing_is_lost(recorded_store):
    item = passport_item(recorded_store)
    at = sign_in(open_review(with_password()), PASSWORD)
    assert f"version {item.version}" in markdown(at)
    # Another adviser rejects the item while this page still shows version 1.
    decisions.decide(recorded_store, item.id, "reject", actor="Bob Other", version=item.version,
                     message="Please send a sharp scan of the passport photo page")
    at.text_input(key=review_page.decision_key("accept_comment", item.id)).set_value("Looks fine to me")
    at.button(key=review_page.decision_key("accept", item.id)).click().run()
    assert not at.exception
    conflict = [w.value for w in at.warning if w.value.startswith("Someone else decided this item")]
    assert conflict and "rejected by Bob Other" in conflict[0]
    shown = markdown(at)
    assert "Now: status **rejected**, version 2, decided by Bob Other" in shown
    assert "Please send a sharp scan of the passport photo page" in shown.replace("\\", "")
    # Bob's decision stands, alone; Ann's comment is still in its box, to send again.
    assert [(line.actor, line.action) for line in decisions.audit_log(recorded_store, flag_id=item.id)] == [
        ("Bob Other", "reject")]
    assert decisions.flag_detail(recorded_store, item.id).item.status == "rejected"
    assert at.session_state[review_page.decision_key("accept_comment", item.id)] == "Looks fine to me"
    # The item stays on screen in its new state (the status filter widens to "all").
    assert at.radio(key=review_page.FILTER_STATUS).value == "all"
    assert at.selectbox(key=review_page.SELECTED).value == item.id
    assert "status **rejected** · version 2" in markdown(at)
    # Having seen it, Ann decides again on the new version: both decisions are in the log.
    at.button(key=review_page.decision_key("accept", item.id)).click().run()
    assert [s.value for s in at.success] == [t("decide.done", id=item.id, decision="accept", adviser="Ann Adviser")]
    assert [(line.actor, line.action) for line in decisions.audit_log(recorded_store, flag_id=item.id)] == [
        ("Bob Other", "reject"), ("Ann Adviser", "accept")]


@pytest.mark.slow
def test_a_rejection_needs_its_message(recorded_store):
    item = passport_item(recorded_store)
    at = sign_in(open_review(with_password()), PASSWORD)
    at.button(key=review_page.decision_key("reject", item.id)).click().run()
    assert any("needs the message to send the applicant" in e for e in errors(at))
    assert decisions.audit_log(recorded_store, flag_id=item.id) == []


# ---------------------------------------------------------------------------------------------
# The applicant's page, the words, the text


def test_the_applicants_page_has_no_link_to_the_review_page():
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    try:
        assert not at.exception
        assert not at.get("page_link")
        labels = [getattr(e, "label", "") or "" for e in at.main] + [getattr(e, "value", "") for e in at.main]
        shown = " ".join(str(v) for v in labels) + markdown(at)
        assert "Review (advisers)" not in shown and "/review" not in shown
        assert not queue_shown(at)
    finally:
        workspace = at.session_state[session.WORKSPACE] if session.WORKSPACE in at.session_state else None
        if workspace is not None:
            workspace.close()


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_language_has_the_review_pages_words(language):
    # load_strings checks the keys and placeholders against English.
    assert load_strings(language, folder=REVIEW_STRINGS_DIR).words.keys() == WORDS.words.keys()


def test_the_review_page_in_french():
    at = open_review()
    at.radio(key=review_page.LANGUAGE).set_value("fr").run()
    assert not at.exception
    assert [x.value for x in at.title] == [load_strings("fr", folder=REVIEW_STRINGS_DIR).t("page.title")]


@pytest.mark.parametrize(("text", "phrases", "expected"), [
    ("PASSPORT of Belgium", ["passport"], "<mark>PASSPORT</mark> of Belgium"),
    ("Reisepass\nNationality", ["reisepass nationality"], "<mark>Reisepass\nNationality</mark>"),
    ("<script>alert(1)</script> passport", ["passport"],
     "&lt;script&gt;alert(1)&lt;/script&gt; <mark>passport</mark>"),
    ("a <b> c", ["<b>"], "a <mark>&lt;b&gt;</mark> c"),
    ("contrat de travail", ["arbeidsovereenkomst"], "contrat de travail"),
    ("no phrases & all", [], "no phrases &amp; all"),
    ("travail contrat de travail", ["contrat de travail", "travail"],
     "<mark>travail</mark> <mark>contrat de travail</mark>"),
])
def test_the_text_read_is_escaped_with_the_deciding_words_marked(text, phrases, expected):
    assert highlighted_text(text, phrases) == expected


@pytest.mark.slow
def test_a_comment_is_kept_in_the_history_and_leaves_the_item_open(recorded_store):
    item = passport_item(recorded_store)
    at = sign_in(open_review(with_password()), PASSWORD)
    at.text_area(key=review_page.decision_key("comment_text", item.id)).set_value("Asked for the original")
    at.button(key=review_page.decision_key("comment", item.id)).click().run()
    assert [s.value for s in at.success] == [t("decide.done", id=item.id, decision="comment", adviser="Ann Adviser")]
    adviser, comment = t("detail.history_adviser"), t("detail.history_comment")
    history = next(d.value for d in at.dataframe if adviser in d.value.columns)
    assert list(history[adviser]) == ["Ann Adviser"] and list(history[comment]) == ["Asked for the original"]
    assert "status **open** · version 2" in markdown(at)
    assert at.text_area(key=review_page.decision_key("comment_text", item.id)).value == ""
