"""The applicant's page end to end, in a real headless browser.

`streamlit run app.py` is started on a free port of 127.0.0.1; Debian's Chromium (the Makefile
installs the `chromium` package), driven by Playwright's Python package, chooses the permit,
drops a sample bundle and a file over the 60 MB limit into the drop zone, presses "Check the
files", and reads the checklist. The browser is never downloaded (`playwright install` is not
used): Playwright is pointed at /usr/bin/chromium.

It also checks what the privacy notice promises: the server keeps the uploads in a session
folder under its temporary directory, and the folder is gone once the browser has left.

To refresh the README's screenshot from this run:

    DOCSCAN_SCREENSHOT=docs/screenshot.png .venv/bin/python -m pytest tests/test_app_browser.py
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import date
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = "illegible-passport-scan"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
STATUS_WORDS = {"ok": "OK", "missing": "Missing", "illegible": "Cannot be read", "invalid": "Not valid",
                "needs_review": "To check"}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (make installs it)"),
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_healthy(url: str, server: subprocess.Popen, log: Path, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"streamlit stopped with code {server.returncode}:\n{log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(url + "_stcore/health", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"streamlit did not answer within {seconds:.0f} s:\n{log.read_text(errors='replace')}")


@pytest.fixture
def server(tmp_path):
    """`streamlit run app.py` on 127.0.0.1 with its own temporary directory; stopped afterwards."""
    port = free_port()
    temporary = tmp_path / "server-tmp"
    temporary.mkdir()
    log = tmp_path / "streamlit.log"
    env = {**os.environ, "TMPDIR": str(temporary)}
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
             "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false"],
            cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_until_healthy(url, process, log)
        yield url, temporary
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def test_applicant_drops_a_bundle_and_reads_the_checklist(server, tmp_path, bundles_manifest):
    from playwright.sync_api import expect, sync_playwright

    url, server_tmp = server
    entry = next(b for b in bundles_manifest if b["name"] == BUNDLE)
    today = date.fromisoformat(str(entry["today"]))
    files = sorted(str(p) for p in (ROOT / "sample_docs" / "bundles" / BUNDLE).iterdir() if p.is_file())
    too_big = tmp_path / "too-big.pdf"
    with too_big.open("wb") as handle:
        handle.write(b"%PDF-1.4\n")
        handle.truncate(61 * 2**20)
    with (ROOT / "checklists" / f"{entry['permit']}.yaml").open(encoding="utf-8") as handle:
        permit_title = yaml.safe_load(handle)["title"]["en"]
    region_title = {"flanders": "Flanders", "brussels": "Brussels", "wallonia": "Wallonia",
                    "german-speaking": "German-speaking Community"}[entry["region"]]

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.set_default_timeout(60_000)
            page.goto(url)
            expect(page.get_by_role("heading", name="Check a single-permit application file")).to_be_visible()
            expect(page.get_by_text("everything runs on this computer and nothing leaves it")).to_be_visible()

            page.get_by_text(permit_title, exact=True).click()
            page.get_by_text(region_title, exact=True).click()
            page.get_by_role("spinbutton", name="day, Date you will submit the file").click()
            page.keyboard.type(f"{today.day:02d}{today.month:02d}{today.year}")
            page.keyboard.press("Tab")
            expect(page.get_by_role("group", name="Date you will submit the file")).to_contain_text(str(today.year))
            # The ordinary applicant's answers (the bundle's `applicant:`): e.g. the Flemish regional
            # fee paid in the portal, which docscan cannot see in a scan (issue 12).
            answers = entry.get("applicant") or {}
            for requirement_id in answers.get("confirmed", []):
                wait_for_the_rerun(page)
                page.locator(f".st-key-confirm-{requirement_id} label").first.click()
            for fact, value in answers.items():
                if fact not in ("confirmed", "in_belgium", "renewal"):
                    wait_for_the_rerun(page)
                    page.locator(f".st-key-fact-{fact} label").filter(has_text="Yes" if value else "No").first.click()
            wait_for_the_rerun(page)

            # The drop zone takes the bundle; the file over the limit is refused beside its name.
            page.locator("[data-testid=stFileUploader] input[type=file]").first.set_input_files([*files, str(too_big)])
            expect(page.get_by_text(f"Files ready to check: {len(files)}")).to_be_visible()
            expect(page.get_by_text("File must be 60.0MB or smaller.")).to_be_visible()
            assert list(server_tmp.glob("docscan-session-*/uploads/*/*")), "uploads kept in the session folder"

            started = time.perf_counter()
            page.get_by_role("button", name="Check the files").click()
            for requirement, status in entry["statuses"].items():
                row = page.locator(f".st-key-req-{requirement}")
                expect(row).to_contain_text(STATUS_WORDS[status], timeout=180_000)
            seconds = time.perf_counter() - started
            print(f"\n{BUNDLE}: {len(files)} files, checklist shown {seconds:.1f} s after the click")

            expected_verdict = "Complete" if entry["verdict"] == "complete" else "Not complete yet"
            expect(page.get_by_text(expected_verdict)).to_be_visible()
            expect(page.get_by_text("Where the page is blurry")).to_be_visible()  # the passport's heat map
            expect(page.get_by_role("button", name="Report (JSON)")).to_be_visible()
            assert "Traceback" not in page.content()

            screenshot(page, tmp_path / "result.png")
            target = os.environ.get("DOCSCAN_SCREENSHOT")
            if target:
                shutil.copyfile(tmp_path / "result.png", ROOT / target)
        finally:
            browser.close()

    # The browser has left: the session ends and its folder, with the uploads, is deleted.
    deadline = time.monotonic() + 30
    while list(server_tmp.glob("docscan-session-*")) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not list(server_tmp.glob("docscan-session-*")), "the session folder outlived the session"


def wait_for_the_rerun(page) -> None:
    """Until Streamlit has run the script for what was just done (its app root says so)."""
    from playwright.sync_api import expect

    page.wait_for_timeout(500)  # the rerun request leaves the browser after the change is seen
    expect(page.locator("[data-test-script-state]")).to_have_attribute("data-test-script-state", "notRunning")


def screenshot(page, path: Path) -> None:
    """The result as a person sees it: from the documents to the end of the checklist."""
    main = page.locator("[data-testid=stMain]")
    height = main.evaluate("element => element.scrollHeight")
    page.set_viewport_size({"width": 1400, "height": min(int(height) + 40, 16000)})
    page.wait_for_timeout(800)
    top = page.get_by_role("heading", name="2. Documents").bounding_box()
    bottom = page.get_by_role("heading", name="Download the report").bounding_box()
    clip = {"x": 0, "y": top["y"] - 20, "width": 1400, "height": bottom["y"] - top["y"] + 10}
    page.screenshot(path=str(path), clip=clip)


def test_hr_checks_a_zip_of_workers_in_the_bulk_tab(server, tmp_path):
    """The bulk tab through the real file inputs: a zip of three workers and a manifest → the table."""
    import zipfile

    from playwright.sync_api import expect, sync_playwright

    url, server_tmp = server
    bundles = ROOT / "sample_docs" / "bundles"
    workers = {"W001": sorted((bundles / "highly-qualified-complete").iterdir()),
               "W002": sorted((bundles / "missing-medical-certificate").iterdir()),
               "W003": [ROOT / "sample_docs" / "bad" / "corrupt.pdf"]}
    archive = tmp_path / "workers.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        for worker, files in workers.items():
            for file in files:
                handle.write(file, f"{worker}/{file.name}")
    manifest = tmp_path / "manifest.csv"
    # `confirmed`: the Flemish regional fee was paid in the portal (issue 12; docscan cannot see it).
    manifest.write_text("worker_id,permit,region,confirmed\n"
                        + "".join(f"{w},highly-qualified,flanders,flemish_regional_fee\n" for w in workers),
                        encoding="utf-8")
    today = date(2026, 11, 15)  # the samples' expected results hold on this date
    expected = {"W001": "Ready to file", "W002": "Incomplete", "W003": "Not checked"}

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.set_default_timeout(60_000)
            page.goto(url)
            page.get_by_role("tab", name="Many workers (HR)").click()
            expect(page.get_by_role("heading", name="Check many workers at once")).to_be_visible()
            # One thing at a time, each once the page has finished the rerun the one before caused:
            # a file given to an upload box that is being redrawn is lost, and a click before the
            # manifest is in would check the workers without it.
            for box, path in ((".st-key-bulk-zip-0", archive), (".st-key-bulk-manifest-0", manifest)):
                page.locator(f"{box} input[type=file]").set_input_files(str(path))
                expect(page.locator(box)).to_contain_text(path.name)
                wait_for_the_rerun(page)
            page.get_by_role("spinbutton", name="day, Date the files will be submitted").click()
            page.keyboard.type(f"{today.day:02d}{today.month:02d}{today.year}")
            page.keyboard.press("Tab")
            expect(page.get_by_role("group", name="Date the files will be submitted")).to_contain_text(str(today.year))
            wait_for_the_rerun(page)
            check = page.get_by_role("button", name="Check all workers")
            expect(check).to_be_enabled()

            started = time.perf_counter()
            check.click()
            grid = page.locator(".stDataFrame, [data-testid=stDataFrame]").first
            expect(grid).to_be_visible(timeout=180_000)
            print(f"\nbulk tab: {len(workers)} workers, table shown {time.perf_counter() - started:.1f} s after the click")
            # The table is drawn on a canvas; the cells' text is in its fallback table (not in the
            # accessibility tree Playwright's roles search, hence CSS), one row per worker.
            rows = grid.locator("tbody tr[role=row]")
            expect(rows).to_have_count(len(workers))
            for worker, verdict in expected.items():
                expect(rows.filter(has_text=worker)).to_contain_text(verdict)
            order = [rows.nth(i).locator("td").first.text_content() for i in range(len(workers))]
            assert order == ["W003", "W002", "W001"], order  # by what needs doing
            expect(page.get_by_role("button", name="Summary (CSV)")).to_be_visible()
            expect(page.get_by_role("button", name="All reports (zip)")).to_be_visible()
            assert "Traceback" not in page.content()
            assert not list(server_tmp.glob("docscan-session-*/bulk/*/input/*.zip")), "the zip outlived the run"
            assert not list(server_tmp.glob("docscan-bulk-*")), "the unpacked zip outlived the run"
        finally:
            browser.close()
