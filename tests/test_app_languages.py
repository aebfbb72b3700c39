"""The page frame's languages: German beside English, French and Dutch; the browser's language first.

Driven by Streamlit's AppTest (no browser): `AppTest.context["locale"]` is what a browser's
``navigator.language`` gives `st.context.locale`. The real ``Accept-Language`` header is read
in a real browser by tests/test_app_accessibility.py; here `preferred_language` is tested on
its own with should-give tables.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from docscan.webapp import review_page, session
from docscan.webapp.frame import upload_frame_css
from docscan.webapp.review_page import REVIEW_STRINGS_DIR
from docscan.webapp.strings import DEFAULT_LANGUAGE, LANGUAGES, STRINGS_DIR, load_strings, preferred_language

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")


@pytest.mark.parametrize(("accept_language", "locale", "expected"), [
    ("de-BE,de;q=0.9,en;q=0.8", None, "de"),
    ("fr-BE", None, "fr"),
    ("nl", None, "nl"),
    ("en-GB,en;q=0.9", "fr-BE", "en"),  # the header is the browser's whole list: it wins
    ("es-ES,es;q=0.9,nl;q=0.5,fr;q=0.4", None, "nl"),  # the first of the four it accepts
    ("fr;q=0.3,de;q=0.8", None, "de"),  # by weight, not by position
    ("de;q=0,fr", None, "fr"),  # q=0 means "not this one"
    ("es-ES,it", None, "en"),  # none of the four: English
    (None, "de-DE", "de"),  # no header (a test harness, a proxy that drops it): the locale
    ("", "nl_BE", "nl"),
    (None, None, "en"),
    ("*", "pt-BR", "en"),
    ("fr;q=abc,, ;q=1,de-AT", None, "de"),  # malformed parts are read as far as they can be, never raised on
])
def test_the_preferred_language_is_the_first_of_the_four_the_browser_accepts(accept_language, locale, expected):
    assert preferred_language(accept_language, locale) == expected


def test_german_is_a_language_of_every_page():
    assert list(LANGUAGES) == ["en", "fr", "nl", "de"]
    assert LANGUAGES["de"] == "Deutsch"
    # load_strings checks the keys and placeholders against English, and names a missing key.
    assert load_strings("de").t("page.title") == "Antrag auf kombinierte Erlaubnis prüfen"
    assert load_strings("de", folder=REVIEW_STRINGS_DIR).t("page.title") == "Prüfwarteschlange (Berater)"


@pytest.mark.parametrize("folder", [STRINGS_DIR, REVIEW_STRINGS_DIR], ids=["applicant", "review"])
@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != DEFAULT_LANGUAGE])
def test_no_word_is_left_untranslated(folder, language):
    """A text identical to English is a forgotten translation, except the few that are the same
    words in both (codes, file names, 'Status', 'Region', French 'Documents', Dutch 'item', the
    language switch's own label)."""
    same_in_both = {"upload.header", "detail.header", "filters.count", "page.language", "bulk.layout", "region.brussels", "files.page", "download.json",
                    "html.status", "html.document", "bulk.column.name", "bulk.column.region", "html.region",
                    "result.fact_line", "warning.in_file", "filters.item_label", "detail.page", "table.status",
                    "history_status", "detail.history_status", "detail.history_version", "filters.status",
                    "result.message", "detail.history_action", "status.ok", "html.verdict", "result.status"}
    english = load_strings(DEFAULT_LANGUAGE, folder=folder).words
    words = load_strings(language, folder=folder).words
    left = sorted(key for key, text in words.items()
                  if text and text == english[key] and key not in same_in_both and " " in text)
    assert not left, f"{folder / (language + '.yaml')}: still English: {left}"


def test_the_german_files_use_the_belgian_authorities_terms():
    """The German-speaking Community's and the federal German wording, not Germany's."""
    text = (STRINGS_DIR / "de.yaml").read_text(encoding="utf-8")
    assert "kombinierte Erlaubnis" in text  # Ostbelgien's and the federal portals' name of the single permit
    assert "Ausländeramt" in text  # the Immigration Office / Office des étrangers / Dienst Vreemdelingenzaken
    assert "Auszug aus dem Strafregister" in text  # Belgium's extract, not Germany's Führungszeugnis
    assert "Ministerium der Deutschsprachigen Gemeinschaft" in text
    for not_belgian in ("Ausländerbehörde", "Aufenthaltstitel-Antrag", "Bundesamt"):
        assert not_belgian not in text


def open_page(locale: str | None = None, path: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    if locale is not None:
        at.context = {"locale": locale}
    at.secrets.update({"review": {}})
    if path:
        at.switch_page(path)
    at.run()
    assert not at.exception
    return at


@pytest.fixture(autouse=True)
def close_session_folders():
    """Each AppTest's session folder is deleted afterwards, as the end of a browser session does."""
    opened: list[AppTest] = []
    yield opened
    for at in opened:
        if session.WORKSPACE in at.session_state:
            at.session_state[session.WORKSPACE].close()


@pytest.mark.parametrize(("locale", "expected"), [("de-BE", "de"), ("fr-BE", "fr"), ("nl-BE", "nl"),
                                                  ("en-US", "en"), ("es-ES", "en"), (None, "en")])
def test_the_applicants_page_starts_in_the_browsers_language(locale, expected, close_session_folders):
    at = open_page(locale)
    close_session_folders.append(at)
    assert at.radio(key=session.LANGUAGE).value == expected
    assert at.title[0].value == load_strings(expected).t("page.title")


def test_the_switch_still_wins_over_the_browsers_language(close_session_folders):
    at = open_page("de-BE")
    close_session_folders.append(at)
    at.radio(key=session.LANGUAGE).set_value("nl").run()
    assert not at.exception
    assert at.title[0].value == load_strings("nl").t("page.title")
    at.run()  # a rerun (any click) keeps the reader's choice, although the browser still says German
    assert at.radio(key=session.LANGUAGE).value == "nl"
    assert at.title[0].value == load_strings("nl").t("page.title")


def test_the_review_page_starts_in_the_browsers_language():
    at = open_page("de-DE", path="review.py")
    assert at.radio(key=review_page.LANGUAGE).value == "de"
    assert [x.value for x in at.title] == [load_strings("de", folder=REVIEW_STRINGS_DIR).t("page.title")]
    assert at.radio(key=review_page.LANGUAGE).options == list(LANGUAGES.values())


def test_the_page_says_the_real_upload_limit():
    """The limit written above the boxes is the server's (`server.maxUploadSize`), not a copy."""
    with (ROOT / ".streamlit" / "config.toml").open(encoding="utf-8") as handle:
        limit = tomllib.loads(handle.read())["server"]["maxUploadSize"]
    at = open_page("fr-BE")
    captions = [c.value for c in at.caption]
    assert load_strings("fr").t("upload.formats", megabytes=limit) in captions
    assert any(f"{limit} Mo" in c for c in captions)


@pytest.mark.parametrize("language", ["fr", "nl", "de"])
def test_the_uploaders_english_is_replaced_by_the_pages_words(language):
    css = upload_frame_css(load_strings(language))
    words = load_strings(language)
    assert json.dumps(words.t("upload.browse")) in css
    assert "stFileUploaderDropzoneInstructions" in css and "stFileChip" in css
    assert "url(" not in css and "@import" not in css  # nothing loaded from anywhere
    assert upload_frame_css(load_strings("en")) == ""  # English: Streamlit's own words are right
