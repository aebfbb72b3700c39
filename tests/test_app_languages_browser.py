"""No English on a French, Dutch or German page: a real browser checks a bundle with a missing, an
invalid and an illegible document, and reads what the page says.

The browser asks for the language (``Accept-Language`` and ``navigator.language``), as an
applicant's browser does, and the page must start in it. Two checks of the main area's visible
text (innerText: what is hidden is not read; the Material icons' ligature names are left out):

* **the page frame** (must pass now): the words of `docscan/webapp/strings/` and what
  Streamlit draws itself. The reasons docscan writes (every sentence of the JSON report the
  page offers, downloaded with its button) and the checklist data that has no version in the
  language yet (`page_browser.data_fallbacks`: German permit and requirement titles) are taken
  out first; what is left must hold no English word (`page_browser.ENGLISH`).
* **the reasons too** (the whole text): what docscan says to do, rendered from the message
  catalogues in the page's language.

The English run of the same test takes the English screenshot. To refresh the four screenshots
of docs/ (one result in each language):

    DOCSCAN_SCREENSHOTS=docs PYTHONPATH=. .venv/bin/python -m pytest tests/test_app_languages_browser.py
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest

from docscan.webapp.strings import load_strings
from page_browser import (CHROMIUM, CHROMIUM_ARGS, MIXED_BUNDLE, data_fallbacks, downloaded_report, drop_bundle,
                          english_words, frame_text, report_texts, streamlit_server, wait_for_statuses,
                          wait_for_the_rerun, without)

ROOT = Path(__file__).resolve().parent.parent
LOCALES = {"en": "en-GB", "fr": "fr-BE", "nl": "nl-BE", "de": "de-BE"}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (make installs it)"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with streamlit_server(tmp_path_factory.mktemp("languages-server")) as (url, _):
        yield url


@pytest.fixture(scope="module")
def results(server):
    """Each language's page after the check: (frame text, the JSON report), run once per language."""
    from playwright.sync_api import expect, sync_playwright

    found: dict[str, tuple[str, dict]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            def run(language: str) -> tuple[str, dict]:
                if language in found:
                    return found[language]
                words = load_strings(language)
                locale = LOCALES[language]
                context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale=locale,
                                              extra_http_headers={"Accept-Language": f"{locale},{language};q=0.9"})
                page = context.new_page()
                page.set_default_timeout(60_000)
                asked: list[str] = []
                page.on("request", lambda request: asked.append(request.url))
                page.goto(server)
                # The browser's language, without touching the switch.
                expect(page.get_by_role("heading", name=words.t("page.title"))).to_be_visible(timeout=60_000)
                expect(page.locator("html")).to_have_attribute("lang", language, timeout=30_000)
                wait_for_the_rerun(page)
                drop_bundle(page, MIXED_BUNDLE, words)
                page.get_by_role("button", name=words.t("upload.check")).click()
                wait_for_statuses(page, MIXED_BUNDLE, words)
                wait_for_the_rerun(page)
                assert "Traceback" not in page.content()
                target = os.environ.get("DOCSCAN_SCREENSHOTS")
                if target:
                    screenshot_result(page, words, ROOT / target / f"screenshot-{language}.png")
                found[language] = (frame_text(page), downloaded_report(page, words.t("download.json")))
                context.close()
                # The page's own words and CSS load nothing: the browser asked this server only.
                elsewhere = sorted({u for u in asked if urlparse(u).scheme not in ("data", "blob")
                                    and urlparse(u).hostname != "127.0.0.1"})
                assert not elsewhere, elsewhere
                return found[language]

            yield run
        finally:
            browser.close()


def screenshot_result(page, words, path: Path) -> None:
    """From the result's heading to the downloads: the verdict and the checklist with what to do."""
    main = page.locator("[data-testid=stMain]")
    height = main.evaluate("element => element.scrollHeight")
    page.set_viewport_size({"width": 1400, "height": min(int(height) + 40, 16000)})
    page.wait_for_timeout(800)
    top = page.get_by_role("heading", name=words.t("result.header")).bounding_box()
    bottom = page.get_by_role("heading", name=words.t("download.header")).bounding_box()
    clip = {"x": 0, "y": top["y"] - 20, "width": 1400, "height": bottom["y"] - top["y"] + 10}
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp.png")
    page.screenshot(path=str(temporary), clip=clip)
    shutil.move(temporary, path)
    page.set_viewport_size({"width": 1400, "height": 1000})


def test_the_english_page_shows_the_result(results):
    """English: the words are English; run for the English screenshot and as the baseline."""
    text, report = results("en")
    assert load_strings("en").t("status.missing") in text
    assert report["verdict"] == "incomplete"
    # The checks below can fail: on the English page they find English in the frame itself.
    assert len(english_words(without(text, report_texts(report) + data_fallbacks("en")))) > 20


@pytest.mark.parametrize("language", ["fr", "nl", "de"])
def test_the_page_frame_has_no_english(results, language):
    text, report = results(language)
    words = load_strings(language)
    for status in set(MIXED_BUNDLE.statuses.values()):
        assert words.t(f"status.{status}") in text
    assert words.t("result.incomplete", count=3, total=len(report["requirements"])) in " ".join(text.split())
    frame = without(text, report_texts(report) + data_fallbacks(language))
    assert not english_words(frame), f"English in the {language} page frame: {english_words(frame)}"


@pytest.mark.parametrize("language", ["fr", "nl", "de"])
def test_the_reasons_have_no_english_either(results, language):
    """The whole main area, reasons included (what docscan says to do for each document)."""
    text, _ = results(language)
    assert not english_words(text), f"English on the {language} page: {english_words(text)[:10]}"
