"""What the browser tests of the page frame share: a server, the mixed bundle, axe-core, the page's text.

* `streamlit_server`: `streamlit run app.py` on a free port of 127.0.0.1 with its own
  temporary folder, a secrets file (the advisers' password hash) and a review database.
* `MIXED_BUNDLE`: a bundle with a missing, an invalid and an illegible document, made of
  sample files: the illegible-passport-scan bundle (a blurry passport scan) without its
  medical certificate, with the criminal-record-too-old bundle's extract (dated 1 April 2026).
* `axe_violations`: axe-core (bundled in the `axe-playwright-python` package, injected
  from the local file: nothing is fetched) on the page; `SERIOUS`, the impacts that fail a page.
* `frame_text` / `english_words`: the words a reader sees in the main area, and the English
  ones among them.

Chromium is Debian's (/usr/bin/chromium), never a downloaded one (see test_app_browser.py).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from test_app_browser import CHROMIUM, CHROMIUM_ARGS, free_port, wait_until_healthy

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_docs" / "bundles"

__all__ = ["CHROMIUM", "CHROMIUM_ARGS"]

#: How long a step may take on a loaded 2-core machine (a rerun, a widget drawn): the machine
#: is shared, and Playwright's 5 s default made these tests fail on load, not on the page.
STEP = 60_000


def wait_for_the_rerun(page, timeout: float = STEP) -> None:
    """Until Streamlit has run the script for what was just done (its app root says so) and drawn it."""
    from playwright.sync_api import expect

    page.wait_for_timeout(500)  # the rerun request leaves the browser after the change is seen
    expect(page.locator("[data-test-script-state]")).to_have_attribute("data-test-script-state", "notRunning",
                                                                       timeout=timeout)
    # Streamlit loads each kind of widget's code on first use and draws a placeholder
    # (`stSkeleton`) until it comes: a second page in the same browser showed 19 of them for
    # about a second after the script had run, and Tab pressed then found no widget at all.
    expect(page.locator("[data-testid=stSkeleton]")).to_have_count(0, timeout=timeout)


@dataclass(frozen=True)
class Bundle:
    """Files to drop, the choices an applicant makes for them, and the statuses docscan must give."""

    files: tuple[Path, ...]
    permit: str
    region: str
    today: date
    filed_by_agent: bool
    confirmed: tuple[str, ...]
    statuses: dict[str, str]


MIXED_BUNDLE = Bundle(
    files=tuple(sorted(p for p in (SAMPLES / "illegible-passport-scan").iterdir()
                       if p.name not in ("medical-certificate.pdf", "police-clearance.pdf")))
    + (SAMPLES / "criminal-record-too-old" / "casier-judiciaire.pdf",),
    permit="eu-blue-card", region="brussels", today=date(2026, 11, 15), filed_by_agent=False,
    confirmed=("employer_id_copy",),
    statuses={"passport": "illegible", "medical_certificate": "missing", "criminal_record": "invalid",
              "application_form": "ok", "employment_contract": "ok"},
)


@contextmanager
def streamlit_server(tmp_path: Path, *, secrets: str = "", database: Path | None = None):
    """`streamlit run app.py` on 127.0.0.1; yields its URL and its temporary folder."""
    port = free_port()
    temporary = tmp_path / "server-tmp"
    temporary.mkdir(exist_ok=True)
    secrets_file = tmp_path / "secrets.toml"
    secrets_file.write_text(secrets, encoding="utf-8")
    log = tmp_path / "streamlit.log"
    env = {**os.environ, "TMPDIR": str(temporary), "OMP_THREAD_LIMIT": "1",
           "DOCSCAN_DB": str(database or tmp_path / "review.sqlite")}
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
             "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false",
             "--secrets.files", str(secrets_file)],
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


#: axe-core's impacts that fail a page.
SERIOUS = ("serious", "critical")


def axe_violations(page, context=None) -> list[dict]:
    """Every axe-core violation (WCAG 2.x A and AA rules and best practices) on the page."""
    from axe_playwright_python.sync_playwright import Axe

    page.wait_for_timeout(500)  # let Streamlit finish drawing what the last rerun sent
    return Axe().run(page, context=context).response["violations"]


def describe(violations: list[dict]) -> str:
    """One line per violation: impact, rule, how many elements, the first element's selector."""
    return "\n".join(f"{v['impact']} {v['id']} ×{len(v['nodes'])}: {v['help']} — {v['nodes'][0]['target']}"
                     for v in violations) or "none"


def frame_text(page) -> str:
    """The text a reader sees in the main area (innerText: what is hidden is left out), without
    the names of the Material icons, which the icon font draws as pictures."""
    return page.evaluate("""() => {
        const style = document.createElement('style');
        style.textContent = '[data-testid=stIconMaterial] { visibility: hidden !important; }';
        document.head.appendChild(style);
        try { return document.querySelector('[data-testid=stMain]').innerText; }
        finally { style.remove(); }
    }""")


#: English words that French, Dutch and German sentences do not use (" is " and " of " are
#: Dutch, " on " and " a " French, " will " German: they are not here), and Streamlit's English.
ENGLISH = re.compile(r"\b(the|must|your|you|and|are|with|for|this|that|what|been|have|should|cannot|"
                     r"could|from|which|Upload|Browse|Drag|drop|Limit|files|per file)\b", re.IGNORECASE)


#: A quotation of the document's own words inside a reason ("'application for a single permit'
#: trouvé"): an English document is quoted as it is written. An apostrophe inside a word (d'après)
#: opens no quotation.
QUOTED = re.compile(r"(?<!\w)'[^'\n]+'(?!\w)")


def english_words(text: str) -> list[str]:
    """Each English word of `text` (outside quotations of a document) with the words around it."""
    text = QUOTED.sub("«…»", text)
    return [text[max(0, m.start() - 40):m.end() + 40].replace("\n", " ") for m in ENGLISH.finditer(text)]


def report_texts(report: dict) -> list[str]:
    """Every sentence of a JSON report (the reasons docscan writes), longest first."""
    found: list[str] = []

    def walk(value) -> None:
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str) and " " in value.strip():
            found.append(value)

    walk(report)
    return sorted(set(found), key=len, reverse=True)


def data_fallbacks(language: str) -> list[str]:
    """The English texts of the checklist and document data that have no `language` version:
    the page shows them in English until the data is translated (permit summaries, region
    descriptions, questions, requirement titles and hints)."""
    found: list[str] = []

    def walk(value) -> None:
        if isinstance(value, dict):
            if isinstance(value.get("en"), str) and not value.get(language):
                found.append(value["en"])
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in [*sorted((ROOT / "checklists").glob("*.yaml")), ROOT / "docscan" / "rules" / "document_types.yaml"]:
        with path.open(encoding="utf-8") as handle:
            walk(yaml.safe_load(handle))
    return sorted(set(found), key=len, reverse=True)


def without(text: str, parts: list[str]) -> str:
    """`text` with each of `parts` taken out, whitespace compared loosely (lines wrap differently);
    a ``{placeholder}`` in a part (a data template such as "From {fee_from} Flanders…") stands
    for whatever the page filled in."""
    flat = " ".join(text.split())
    for part in parts:
        needle = " ".join(part.split())
        if not needle:
            continue
        if "{" in needle:
            pattern = ".{0,40}?".join(re.escape(piece) for piece in re.split(r"\{[a-z_]+\}", needle))
            flat = re.sub(pattern, " ", flat)
        else:
            flat = flat.replace(needle, " ")
    return flat


def downloaded_report(page, button_name: str) -> dict:
    """The JSON report the page's download button gives."""
    with page.expect_download() as download:
        page.get_by_role("button", name=button_name).click()
    return json.loads(Path(download.value.path()).read_text(encoding="utf-8"))


def drop_bundle(page, bundle: Bundle, words, *, confirm_label: str | None = None) -> None:
    """Choose the permit, region, date and answers with the mouse, then drop the files."""
    from playwright.sync_api import expect

    page.locator(".st-key-permit [role=radiogroup] label").nth(permit_index(bundle.permit)).click()
    wait_for_the_rerun(page)
    page.locator(".st-key-region [role=radiogroup] label").nth(region_index(bundle.region)).click()
    wait_for_the_rerun(page)
    set_date(page, words.t("choose.submit_date"), bundle.today)
    wait_for_the_rerun(page)
    for requirement_id in bundle.confirmed:
        page.locator(f".st-key-confirm-{requirement_id} label").first.click()
        wait_for_the_rerun(page)
    answer = words.t("choose.answer_yes") if bundle.filed_by_agent else words.t("choose.answer_no")
    page.locator(".st-key-fact-filed_by_agent label").filter(has_text=answer).first.click()
    wait_for_the_rerun(page)
    page.locator(".st-key-dropzone-0 input[type=file]").set_input_files([str(p) for p in bundle.files])
    expect(page.get_by_text(words.t("upload.count", count=len(bundle.files)))).to_be_visible(timeout=STEP)
    wait_for_the_rerun(page)


def set_date(page, label: str, day: date) -> None:
    """Type a date into Streamlit's date field (day, month, year segments), as a person does."""
    from playwright.sync_api import expect

    page.get_by_role("group", name=label).get_by_role("spinbutton").first.click()
    page.keyboard.type(f"{day.day:02d}{day.month:02d}{day.year}")
    page.keyboard.press("Tab")
    expect(page.get_by_role("group", name=label)).to_contain_text(str(day.year), timeout=STEP)


def permit_index(permit: str) -> int:
    from docscan.checklist import permit_ids

    return permit_ids().index(permit)


def region_index(region: str) -> int:
    from docscan.checklist import REGIONS

    return list(REGIONS).index(region)


def wait_for_statuses(page, bundle: Bundle, words, timeout: float = 180_000) -> None:
    """Until every requirement row of the result shows its expected status word."""
    from playwright.sync_api import expect

    for requirement, status in bundle.statuses.items():
        expect(page.locator(f".st-key-req-{requirement}")).to_contain_text(words.t(f"status.{status}"),
                                                                           timeout=timeout)


def no_horizontal_scroll(page) -> dict:
    """How wide the document and the main area are against the window (equal when nothing scrolls sideways)."""
    return page.evaluate("""() => {
        const main = document.querySelector('[data-testid=stMain]');
        return {window: window.innerWidth, document: document.documentElement.scrollWidth,
                main: main.scrollWidth, mainVisible: main.clientWidth};
    }""")


def overflowing_rows(page) -> list[str]:
    """Result rows whose text is wider than the row or than the window (cut or off screen)."""
    return page.evaluate("""() => [...document.querySelectorAll('[class*="st-key-req-"]')]
        .filter(row => row.scrollWidth > row.clientWidth + 1
                    || row.getBoundingClientRect().right > window.innerWidth + 1
                    || row.getBoundingClientRect().left < -1)
        .map(row => [...row.classList].find(c => c.startsWith('st-key-req-')))""")


def wait_for(predicate, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.2)
