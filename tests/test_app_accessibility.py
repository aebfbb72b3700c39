"""The three pages for everyone, in a real headless browser (Debian's Chromium through Playwright).

* axe-core (the copy bundled in `axe-playwright-python`, injected from the installed file) finds
  no serious or critical violation on the applicant's page before and after a result, on the
  HR bulk tab before and after a run, and on the review page before and after sign-in with an
  item open.
* The whole applicant check is done with the keyboard alone: Tab, arrows, Space and Enter
  choose the permit, region and answers, open the file chooser, start the check and reach the
  result; nothing is clicked.
* Status is never told by colour alone: each requirement's row holds its status word beside
  its colour.
* At 200% zoom (a 1280-px-wide window at 200% is 640 CSS px) and on a 390-px-wide phone the
  main area never scrolls sideways and each result row fits.
* The page's language reaches the browser: `<html lang>` follows the switch, and a browser
  that asks for German gets the German page.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from docscan.models import Applicant
from docscan.pipeline import check_bundle
from docscan.review.access import hash_password
from docscan.review.recording import record_report, start_run
from docscan.review.store import ReviewStore
from docscan.webapp.review_page import REVIEW_STRINGS_DIR
from docscan.webapp.strings import load_strings
from page_browser import (SERIOUS, STEP, CHROMIUM, CHROMIUM_ARGS, MIXED_BUNDLE, axe_violations, describe, drop_bundle,
                          no_horizontal_scroll, overflowing_rows, streamlit_server, wait_for_statuses,
                          wait_for_the_rerun)

ROOT = Path(__file__).resolve().parent.parent
EN = load_strings("en")
PASSWORD = "correct horse battery staple"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (make installs it)"),
]


@pytest.fixture(scope="module")
def recorded_db(tmp_path_factory) -> Path:
    """A review database with one recorded run of the mixed bundle (its illegible passport is an item)."""
    path = tmp_path_factory.mktemp("review") / "review.sqlite"
    store = ReviewStore(f"sqlite:///{path}")
    report = check_bundle([str(p) for p in MIXED_BUNDLE.files], MIXED_BUNDLE.permit, MIXED_BUNDLE.region,
                          today=MIXED_BUNDLE.today,
                          applicant=Applicant(filed_by_agent=False, confirmed=frozenset(MIXED_BUNDLE.confirmed)))
    record_report(store, start_run(store, "check", "mixed", MIXED_BUNDLE.today, "test"), "W001", report)
    store.close()
    return path


@pytest.fixture(scope="module")
def server(tmp_path_factory, recorded_db):
    """One server for the module, with the advisers' password and a copy of the recorded database."""
    folder = tmp_path_factory.mktemp("a11y-server")
    database = folder / "review.sqlite"
    shutil.copyfile(recorded_db, database)
    secrets = f'[review]\npassword_hash = "{hash_password(PASSWORD)}"\n'
    with streamlit_server(folder, secrets=secrets, database=database) as (url, _):
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            instance.close()


def new_page(browser, **options):
    context = browser.new_context(**{"viewport": {"width": 1400, "height": 1000}, "locale": "en-GB", **options})
    page = context.new_page()
    page.set_default_timeout(60_000)
    return page


def assert_no_serious_violation(page, where: str) -> None:
    """No serious or critical violation; every violation found, of any impact, is printed (`-s`)."""
    every = axe_violations(page)
    found = [v for v in every if v["impact"] in SERIOUS]
    print(f"\naxe-core, {where}: {describe(every)}")
    assert not found, f"{where}: {describe(found)}"


def check_the_mixed_bundle(page, words=EN) -> None:
    drop_bundle(page, MIXED_BUNDLE, words)
    page.get_by_role("button", name=words.t("upload.check")).click()
    wait_for_statuses(page, MIXED_BUNDLE, words)
    wait_for_the_rerun(page)


def assert_status_words_beside_colours(page, words=EN) -> None:
    """Each row's coloured badge holds its status word and an icon of its own; never a colour alone.

    The icon is decorative for screen readers (`aria-hidden`): the word says the status, and
    Streamlit would read the icon's English ligature name ("blur_on icon")."""
    icons = set()
    for requirement, status in MIXED_BUNDLE.statuses.items():
        badge = page.locator(f".st-key-req-{requirement} .stMarkdownBadge").first
        icon = badge.locator("span[translate=no]")
        assert words.t(f"status.{status}") in badge.inner_text(), (requirement, badge.inner_text())
        assert icon.get_attribute("aria-hidden") == "true" and icon.get_attribute("aria-label") is None
        icons.add((status, icon.inner_text()))
    assert len({icon for _, icon in icons}) == len({status for status, _ in icons}), icons  # one shape per status


# ---------------------------------------------------------------------------------------------
# axe-core


def test_axe_finds_no_serious_violation_on_the_applicants_page(server, browser):
    page = new_page(browser)
    page.goto(server)
    page.get_by_role("heading", name=EN.t("page.title")).wait_for()
    wait_for_the_rerun(page)
    assert_no_serious_violation(page, "applicant's page, empty")
    check_the_mixed_bundle(page)
    assert_no_serious_violation(page, "applicant's page, with a result")
    assert_status_words_beside_colours(page)
    page.context.close()


def test_axe_finds_no_serious_violation_on_the_bulk_tab(server, browser, tmp_path):
    import zipfile

    from playwright.sync_api import expect

    archive = tmp_path / "workers.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        for file in MIXED_BUNDLE.files:
            if file.suffix == ".pdf":  # born-digital: no OCR, the test stays quick
                handle.write(file, f"W001/{file.name}")
        handle.write(ROOT / "sample_docs" / "bad" / "corrupt.pdf", "W002/corrupt.pdf")
    page = new_page(browser)
    page.goto(server)
    page.get_by_role("tab", name=EN.t("page.tab_bulk")).click()
    expect(page.get_by_role("heading", name=EN.t("bulk.header"))).to_be_visible(timeout=STEP)
    wait_for_the_rerun(page)
    assert_no_serious_violation(page, "bulk tab, empty")
    page.locator(".st-key-bulk-zip-0 input[type=file]").set_input_files(str(archive))
    expect(page.locator(".st-key-bulk-zip-0")).to_contain_text(archive.name, timeout=STEP)
    wait_for_the_rerun(page)
    page.get_by_role("combobox", name=EN.t("bulk.default_permit")).click()
    page.get_by_role("option", name="EU Blue Card").click()
    wait_for_the_rerun(page)
    page.get_by_role("combobox", name=EN.t("bulk.default_region")).click()
    page.get_by_role("option", name=EN.t("region.brussels")).click()
    wait_for_the_rerun(page)
    page.get_by_role("button", name=EN.t("bulk.check")).click()
    expect(page.locator("[data-testid=stDataFrame]").first).to_be_visible(timeout=180_000)
    wait_for_the_rerun(page)
    assert_no_serious_violation(page, "bulk tab, with a result")
    page.context.close()


def test_axe_finds_no_serious_violation_on_the_review_page(server, browser):
    from playwright.sync_api import expect

    words = load_strings("en", folder=REVIEW_STRINGS_DIR)
    page = new_page(browser)
    page.goto(server + "review")
    expect(page.get_by_role("heading", name=words.t("signin.header"))).to_be_visible(timeout=STEP)
    wait_for_the_rerun(page)
    assert_no_serious_violation(page, "review page, sign-in")
    page.get_by_label(words.t("signin.name")).fill("Ann Adviser")
    page.get_by_label(words.t("signin.password")).fill(PASSWORD)
    page.get_by_role("button", name=words.t("signin.submit")).click()
    expect(page.get_by_text(words.t("decide.header"), exact=True)).to_be_visible(timeout=60_000)
    wait_for_the_rerun(page)
    assert_no_serious_violation(page, "review page, an item open")
    page.context.close()


# ---------------------------------------------------------------------------------------------
# Keyboard


def focused(page) -> dict:
    """What has the keyboard focus: its tag, role, accessible text, and the keyed block it is in."""
    return page.evaluate("""() => {
        const e = document.activeElement;
        const keyed = e.closest('[class*="st-key-"]');
        const label = e.closest('label');
        return {tag: e.tagName, type: e.type || '', role: e.getAttribute('role') || '',
                text: (e.getAttribute('aria-label') || e.innerText || (label ? label.innerText : '') || '').trim(),
                key: keyed ? [...keyed.classList].filter(c => c.startsWith('st-key-')).join(' ') : '',
                checked: !!e.checked};
    }""")


def tab_to(page, wanted, presses: int = 250) -> dict:
    """Press Tab until `wanted(focused element)` holds; fails if it never does (not reachable)."""
    seen = []
    for _ in range(presses):
        page.keyboard.press("Tab")
        now = focused(page)
        if wanted(now):
            return now
        seen.append(f"{now['tag']}:{now['key']}:{now['text'][:30]}")
    raise AssertionError(f"not reachable with Tab; focus went through: {seen[-40:]}")


def test_the_whole_check_can_be_done_with_the_keyboard(server, browser):
    from playwright.sync_api import expect

    bundle = MIXED_BUNDLE
    page = new_page(browser)
    page.goto(server)
    page.get_by_role("heading", name=EN.t("page.title")).wait_for()
    wait_for_the_rerun(page)
    page.locator("body").focus()

    # The permit: Tab into its radio group, then the arrow keys (the first option is focused).
    from docscan.checklist import REGIONS, permit_ids

    tab_to(page, lambda f: "st-key-permit" in f["key"] and f["type"] == "radio")
    for _ in range(permit_ids().index(bundle.permit)):
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Space")
    wait_for_the_rerun(page)
    expect(page.locator(".st-key-permit input[type=radio]").nth(permit_ids().index(bundle.permit))).to_be_checked(timeout=STEP)
    tab_to(page, lambda f: "st-key-region" in f["key"] and f["type"] == "radio")
    for _ in range(list(REGIONS).index(bundle.region)):
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Space")
    wait_for_the_rerun(page)
    expect(page.locator(".st-key-region input[type=radio]").nth(list(REGIONS).index(bundle.region))).to_be_checked(timeout=STEP)
    # The date: its day field, then the digits.
    tab_to(page, lambda f: f["role"] == "spinbutton")
    page.keyboard.type(f"{bundle.today.day:02d}{bundle.today.month:02d}{bundle.today.year}")
    wait_for_the_rerun(page)
    # "Is the application filed by an agent?" No: the second option.
    tab_to(page, lambda f: "st-key-fact-filed_by_agent" in f["key"] and f["type"] == "radio")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Space")
    wait_for_the_rerun(page)
    expect(page.locator(".st-key-fact-filed_by_agent input[type=radio]").nth(1)).to_be_checked(timeout=STEP)
    for requirement_id in bundle.confirmed:
        tab_to(page, lambda f, requirement_id=requirement_id: f"st-key-confirm-{requirement_id}" in f["key"] and f["type"] == "checkbox")
        page.keyboard.press("Space")
        wait_for_the_rerun(page)
        expect(page.locator(f".st-key-confirm-{requirement_id} input[type=checkbox]")).to_be_checked(timeout=STEP)

    # The drop zone's button opens the system's file chooser with Enter. A box redrawn by the last
    # answer's rerun at that instant drops the key press (seen under load on a 2-core machine): the
    # button is then reached with Tab again, at most three times, and must open the chooser.
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    chooser = None
    for _attempt in range(3):
        wait_for_the_rerun(page)
        reached = tab_to(page, lambda f: "st-key-dropzone-0" in f["key"] and f["tag"] == "BUTTON"
                         and "help" not in f["text"].lower())
        assert reached["text"] == f"Upload: {EN.t('upload.dropzone')}"  # named after its box
        try:
            with page.expect_file_chooser(timeout=20_000) as opened:
                page.keyboard.press("Enter")
            chooser = opened.value
            break
        except PlaywrightTimeout:
            page.locator("body").focus()
    assert chooser is not None, "Enter on the drop zone's button never opened the file chooser"
    chooser.set_files([str(p) for p in bundle.files])
    expect(page.get_by_text(EN.t("upload.count", count=len(bundle.files)))).to_be_visible(timeout=STEP)
    wait_for_the_rerun(page)

    tab_to(page, lambda f: f["tag"] == "BUTTON" and f["text"].endswith(EN.t("upload.check")))
    page.keyboard.press("Enter")
    wait_for_statuses(page, bundle, EN)
    wait_for_the_rerun(page)

    # Reading the result: Tab goes on into it (the file details and the downloads), and the
    # browser scrolls each focused part into view.
    reached = tab_to(page, lambda f: f["tag"] == "BUTTON" and EN.t("download.json") in f["text"])
    assert reached
    box = page.evaluate("() => { const r = document.activeElement.getBoundingClientRect();"
                        " return {top: r.top, bottom: r.bottom, height: window.innerHeight}; }")
    assert 0 <= box["top"] and box["bottom"] <= box["height"], box
    assert EN.t("result.incomplete", count=3, total=len(page.locator('[class*="st-key-req-"]').all())) in \
        page.locator("[data-testid=stMain]").inner_text()
    page.context.close()


# ---------------------------------------------------------------------------------------------
# Zoom and phone


@pytest.mark.parametrize(("width", "height", "scale", "mobile"), [
    pytest.param(640, 900, 2, False, id="200%-zoom"),  # a 1280 px window at 200%: 640 CSS px
    pytest.param(390, 844, 3, True, id="390px-phone"),  # a phone in portrait
])
def test_the_result_reads_without_sideways_scrolling(server, browser, width, height, scale, mobile):
    page = new_page(browser, viewport={"width": width, "height": height}, device_scale_factor=scale,
                    is_mobile=mobile, has_touch=mobile)
    page.goto(server)
    page.get_by_role("heading", name=EN.t("page.title")).wait_for()
    wait_for_the_rerun(page)
    sizes = no_horizontal_scroll(page)
    assert sizes["document"] <= sizes["window"] and sizes["main"] <= sizes["mainVisible"], sizes
    check_the_mixed_bundle(page)
    sizes = no_horizontal_scroll(page)
    assert sizes["document"] <= sizes["window"] and sizes["main"] <= sizes["mainVisible"], sizes
    assert overflowing_rows(page) == []
    # Readable: the verdict and each row's status word are on screen once scrolled to.
    for requirement, status in MIXED_BUNDLE.statuses.items():
        row = page.locator(f".st-key-req-{requirement}")
        row.scroll_into_view_if_needed()
        box = row.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, (requirement, box)
        assert EN.t(f"status.{status}") in row.inner_text()
    assert_status_words_beside_colours(page)
    page.context.close()


# ---------------------------------------------------------------------------------------------
# Language


def test_a_german_browser_gets_the_german_page_and_html_lang(server, browser):
    from playwright.sync_api import expect

    page = new_page(browser, locale="de-BE", extra_http_headers={"Accept-Language": "de-BE,de;q=0.9,en;q=0.5"})
    page.goto(server)
    expect(page.get_by_role("heading", name=load_strings("de").t("page.title"))).to_be_visible(timeout=STEP)
    expect(page.locator("html")).to_have_attribute("lang", "de", timeout=30_000)
    # Streamlit's English in the upload box is hidden (for screen readers too), ours is there,
    # and the box's button is named after the box.
    de = load_strings("de")
    zone = page.locator(".st-key-dropzone-0 [data-testid=stFileUploaderDropzone]")
    expect(zone.locator("[data-testid=stFileUploaderDropzoneInstructions] span").first).to_be_hidden(timeout=STEP)
    expect(zone.locator("button [data-testid=stMarkdownContainer]").first).to_be_hidden(timeout=STEP)
    expect(zone.locator("button").first).to_have_accessible_name(f"{de.t('upload.browse')}: {de.t('upload.dropzone')}", timeout=STEP)
    page.get_by_text("Français", exact=True).click()  # the switch still wins
    expect(page.get_by_role("heading", name=load_strings("fr").t("page.title"))).to_be_visible(timeout=STEP)
    expect(page.locator("html")).to_have_attribute("lang", "fr", timeout=30_000)
    fr = load_strings("fr")
    expect(zone.locator("button").first).to_have_accessible_name(f"{fr.t('upload.browse')}: {fr.t('upload.dropzone')}", timeout=STEP)
    page.get_by_text("English", exact=True).click()  # and back: Streamlit's English words again
    expect(page.locator("html")).to_have_attribute("lang", "en", timeout=30_000)
    expect(zone.locator("button [data-testid=stMarkdownContainer]").first).to_have_text("Upload", timeout=STEP)
    expect(zone.locator("button [data-testid=stMarkdownContainer]").first).to_be_visible(timeout=STEP)
    page.context.close()
