"""Attacks on a live `streamlit run app.py` server (issue 13, items 2, 16, 17), from a real client.

The server runs on a free port of 127.0.0.1 with its own temporary folder, review database and
secrets file. The victim is Debian's Chromium driven by Playwright (as in `test_app_browser`);
the attacker is a plain websocket client that speaks Streamlit's protocol: a `BackMsg`
protobuf on `/_stcore/stream`, which any client may open without signing in or loading the page.
"""

from __future__ import annotations

import re
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from test_app_browser import CHROMIUM, CHROMIUM_ARGS, wait_for_the_rerun

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "correct horse battery staple"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (make installs it)"),
]


@pytest.fixture(scope="module")
def password_hash() -> str:
    from docscan.review.access import hash_password

    return hash_password(PASSWORD)


@pytest.fixture
def server(tmp_path, password_hash):
    """`streamlit run app.py` with a private TMPDIR, review database and adviser password."""
    from page_browser import streamlit_server

    with streamlit_server(tmp_path, secrets=f'[review]\npassword_hash = "{password_hash}"\n') as served:
        yield served


def send_clear_cache(url: str) -> None:
    """What any websocket client can send: Streamlit's "clear cache" message, unauthenticated."""
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from websockets.sync.client import connect

    message = BackMsg()
    message.clear_cache = True
    with connect(url.replace("http://", "ws://") + "_stcore/stream", subprotocols=["streamlit"]) as socket:
        socket.send(message.SerializeToString())
        time.sleep(1.0)  # let the server handle it before the connection goes


def test_clear_cache_from_any_client_keeps_other_sessions_folders(server, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    url, server_tmp = server
    upload = ROOT / "sample_docs" / "bundles" / "highly-qualified-complete" / "diploma.pdf"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.set_default_timeout(60_000)
            page.goto(url)
            page.locator("[data-testid=stFileUploader] input[type=file]").first.set_input_files(str(upload))
            expect(page.locator("[data-testid=stFileUploader]").first).to_contain_text("diploma.pdf")
            deadline = time.monotonic() + 30
            while not list(server_tmp.glob("docscan-session-*/uploads/*/diploma.pdf")) and time.monotonic() < deadline:
                time.sleep(0.3)
            stored = list(server_tmp.glob("docscan-session-*/uploads/*/diploma.pdf"))
            assert stored, "the upload is in the session folder"

            send_clear_cache(url)
            time.sleep(2.0)
            assert all(p.exists() for p in stored), "another client's clear_cache deleted the applicant's folder"
        finally:
            browser.close()


def test_clear_cache_does_not_reset_the_sign_in_lock_out(server):
    from playwright.sync_api import expect, sync_playwright

    url, _ = server
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.set_default_timeout(60_000)
            page.goto(url + "review")

            def attempt(password: str) -> None:
                page.get_by_label("Your name (it goes into the audit log)").fill("Mallory")
                page.get_by_label("Adviser password").fill(password)
                page.get_by_role("button", name="Sign in").click()
                wait_for_the_rerun(page)

            for _ in range(5):
                attempt("not the password")
            expect(page.get_by_text(re.compile("Too many wrong passwords"))).to_be_visible()

            send_clear_cache(url)
            page.reload()
            expect(page.get_by_label("Adviser password")).to_be_visible()
            attempt(PASSWORD)
            expect(page.get_by_text(re.compile("Too many wrong passwords"))).to_be_visible()
            expect(page.get_by_text("Signed in as")).not_to_be_visible()
        finally:
            browser.close()


def test_the_pages_load_nothing_from_anywhere_but_this_server(server):
    """README: nothing is sent anywhere. The browser asks this server, and only it, for everything."""
    from urllib.parse import urlparse

    from playwright.sync_api import expect, sync_playwright

    url, _ = server
    asked: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.set_default_timeout(60_000)
            page.on("request", lambda request: asked.append(request.url))
            page.goto(url)
            expect(page.get_by_role("heading", name="Check a single-permit application file")).to_be_visible()
            wait_for_the_rerun(page)
            page.goto(url + "review")
            expect(page.get_by_label("Adviser password")).to_be_visible()
            wait_for_the_rerun(page)
            page.wait_for_timeout(1500)
            icon = page.evaluate("() => document.querySelector(\"link[rel='shortcut icon']\").href")
        finally:
            browser.close()
    elsewhere = sorted({u for u in asked if urlparse(u).scheme not in ("data", "blob")
                        and urlparse(u).hostname != "127.0.0.1"})
    assert not elsewhere, elsewhere
    assert icon.startswith("data:image/svg+xml"), icon


def test_no_page_image_or_report_answers_at_a_media_url_for_the_whole_session(server):
    """/media/ URLs answer anyone, without session or sign-in: nothing of a document may sit at one."""
    from playwright.sync_api import expect, sync_playwright

    url, _ = server
    upload = ROOT / "sample_docs" / "bundles" / "highly-qualified-complete" / "diploma.pdf"
    asked: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.set_default_timeout(120_000)
            page.on("request", lambda request: asked.append(request.url))
            page.goto(url)
            page.get_by_text("Highly qualified worker", exact=True).click()
            page.get_by_text("Flanders", exact=True).click()
            wait_for_the_rerun(page)
            page.locator("[data-testid=stFileUploader] input[type=file]").first.set_input_files(str(upload))
            expect(page.get_by_text("Files ready to check: 1")).to_be_visible()
            page.get_by_role("button", name="Check the files").click()
            expect(page.get_by_role("button", name="Report (JSON)")).to_be_visible(timeout=180_000)
            wait_for_the_rerun(page)
            expect(page.locator("figure.docscan-page-image img[src^='data:image/png']").first).to_be_visible()
            media = [u for u in asked if urllib.parse.urlparse(u).path.startswith("/media/")]
            assert not media, f"a page image was served at a /media/ URL: {media}"

            with page.expect_download() as started:
                page.get_by_role("button", name="Report (JSON)").click()
            report_url = started.value.url
            assert urllib.parse.urlparse(report_url).path.startswith("/media/"), report_url
            # Two more runs of the page (a language switch and back): the report's URL is gone.
            page.get_by_text("Nederlands", exact=True).click()
            wait_for_the_rerun(page)
            page.get_by_text("English", exact=True).click()
            wait_for_the_rerun(page)
            page.get_by_text("Nederlands", exact=True).click()
            wait_for_the_rerun(page)
            with pytest.raises(urllib.error.HTTPError) as answer:
                urllib.request.urlopen(report_url, timeout=10)
            assert answer.value.code == 404
        finally:
            browser.close()
