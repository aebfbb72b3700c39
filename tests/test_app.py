"""The applicant's page (app.py), driven by Streamlit's AppTest without a browser.

AppTest in the pinned Streamlit uploads files through `st.file_uploader` itself
(`file_uploader(key=...).set_value([(name, bytes, mime)])`), so the page has no test-only hook:
the tests upload the sample bundles exactly as the browser would, into the drop zone or into
the slots. Widget keys come from `docscan.webapp.session`, the names the page itself uses.

Tests that read scans with Tesseract are marked `slow` (they still run in CI); the others use
the born-digital PDFs of the sample bundles, whose text layer needs no OCR.
"""

from __future__ import annotations

import json
import re
import tomllib
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from docscan.checklist import load_checklist, load_common
from docscan.errors import DocscanError, MissingDependencyError
from docscan.pipeline import PageCache
from docscan.settings import Settings
from docscan.webapp import session
from docscan.webapp.html_report import render_html
from docscan.webapp.strings import LANGUAGES, STRINGS_DIR, load_strings, placeholders
from docscan.webapp.workspace import SessionWorkspace, safe_file_name

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
BUNDLES = ROOT / "sample_docs" / "bundles"
TODAY = date(2026, 11, 15)
EN = load_strings("en")


# ---------------------------------------------------------------------------------------------
# Driving the page

_opened: list[AppTest] = []


@pytest.fixture(autouse=True)
def close_session_folders():
    """Delete each test's session folder afterwards, as the end of a browser session does.

    AppTest runs every page under one session id, so without this the tests would share one
    folder and one page cache; the page makes a new folder when it finds its old one closed.
    """
    yield
    while _opened:
        at = _opened.pop()
        workspace = at.session_state[session.WORKSPACE] if session.WORKSPACE in at.session_state else None
        if workspace is not None:
            workspace.close()


def open_page() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=300)
    _opened.append(at)
    at.run()
    assert not at.exception
    return at


def choose(at: AppTest, permit: str, region: str, today: date = TODAY, *, in_belgium: bool = False,
           answers: dict | None = None) -> None:
    """Choose the permit and region and answer the questions as an ordinary applicant does (the
    bundle's `applicant:` answers in sample_docs/bundles.yaml: the employer files itself, its ID
    copy is attached, the Flemish portal fee is paid)."""
    at.radio(key=session.PERMIT).set_value(permit)
    at.radio(key=session.REGION).set_value(region)
    at.date_input(key=session.SUBMIT_DATE).set_value(today)
    at.checkbox(key=session.IN_BELGIUM).set_value(in_belgium)
    at.run()
    answers = ORDINARY_ANSWERS.get(region, {}) if answers is None else answers
    for requirement_id in answers.get("confirmed", []):
        at.checkbox(key=session.confirm_key(requirement_id)).check()
    for fact, value in answers.items():
        if fact not in ("confirmed", "in_belgium", "renewal"):
            at.radio(key=session.fact_key(fact)).set_value(value)
    at.run()
    assert not at.exception


#: What an ordinary applicant answers, as sample_docs/generate.py's ORDINARY_ANSWERS.
ORDINARY_ANSWERS = {"flanders": {"confirmed": ["flemish_regional_fee"]},
                    "brussels": {"filed_by_agent": False, "confirmed": ["employer_id_copy"]}}


def as_uploads(paths) -> list[tuple[str, bytes, str]]:
    return [(Path(p).name, Path(p).read_bytes(), "application/octet-stream") for p in paths]


def drop(at: AppTest, paths) -> None:
    at.file_uploader(key=session.dropzone_key(0)).set_value(as_uploads(paths))
    at.run()
    assert not at.exception


def check(at: AppTest) -> None:
    at.button(key=session.CHECK).click()
    at.run()
    assert not at.exception


def statuses(at: AppTest) -> dict[str, str]:
    return {r.id: r.status for r in at.session_state[session.REPORT].requirements}


def texts(at: AppTest) -> str:
    """Everything the page shows as text (Markdown escapes removed), to look for words and tracebacks."""
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    for kind in ("error", "warning", "success", "info"):
        parts += [e.value for e in getattr(at, kind)]
    return re.sub(r"\\(.)", r"\1", "\n".join(parts))


def page_images(at: AppTest) -> list[str]:
    """The page images shown (thumbnails, heat maps): inline HTML figures, never /media/ URLs."""
    return [h.value for h in at.html if 'class="docscan-page-image"' in h.value]


def bundle_files(name: str) -> list[Path]:
    return sorted(p for p in (BUNDLES / name).iterdir() if p.is_file())


def manifest_entry(bundles_manifest, name: str) -> dict:
    return next(b for b in bundles_manifest if b["name"] == name)


def check_bundle_through_drop_zone(bundles_manifest, name: str) -> AppTest:
    entry = manifest_entry(bundles_manifest, name)
    at = open_page()
    applicant = entry.get("applicant") or {}
    choose(at, entry["permit"], entry["region"], date.fromisoformat(str(entry["today"])),
           in_belgium=bool(applicant.get("in_belgium")), answers=applicant)
    drop(at, bundle_files(name))
    check(at)
    return at


# ---------------------------------------------------------------------------------------------
# Before any check


def test_page_opens_in_english_with_the_privacy_notice_and_nothing_to_check_yet():
    at = open_page()
    assert at.title[0].value == EN.t("page.title")
    assert any(EN.t("page.privacy") == info.value for info in at.info)
    assert at.button(key=session.CHECK).disabled
    assert EN.t("upload.need_choice") in texts(at)


def test_permit_and_region_are_chosen_in_plain_words_with_one_line_each():
    at = open_page()
    permit = at.radio(key=session.PERMIT)
    region = at.radio(key=session.REGION)
    assert "Highly qualified worker" in permit.options and "highly-qualified" not in permit.options
    assert region.options == ["Flanders", "Brussels", "Wallonia", "German-speaking Community"]
    captions = [c for c in permit.proto.captions]
    assert len(captions) == len(permit.options) and all(captions)
    assert all(region.proto.captions)


def test_choosing_a_permit_gives_one_upload_slot_per_required_document():
    at = open_page()
    choose(at, "highly-qualified", "flanders")
    checklist = load_checklist("highly-qualified", "flanders")
    slots = [u for u in at.file_uploader if u.key.startswith("slot-")]
    # Documents docscan recognises get a slot; the Flemish portal fee (a declaration) a checkbox.
    assert sorted(u.label for u in slots) == sorted(r.text("title", "en") for r in checklist.requirements
                                                    if r.kind == "document")
    assert at.checkbox(key=session.confirm_key("flemish_regional_fee")).label == "Flemish regional fee paid in the portal"
    applicant_uploads = [u for u in at.file_uploader if u.key.startswith(("slot-", "dropzone-"))]
    assert all(u.accept_multiple_files for u in applicant_uploads)  # the bulk tab's zip upload takes one file
    assert at.button(key=session.CHECK).disabled  # still no file


def test_the_interface_switches_to_french_and_dutch_with_translated_slots():
    at = open_page()
    choose(at, "highly-qualified", "flanders")
    for language in ("fr", "nl"):
        at.radio(key=session.LANGUAGE).set_value(language).run()
        assert not at.exception
        words = load_strings(language)
        assert at.title[0].value == words.t("page.title")
        assert at.radio(key=session.REGION).options[0] == words.t("region.flanders")
        slot_labels = [u.label for u in at.file_uploader if u.key.startswith("slot-")]
        assert load_checklist("highly-qualified", "flanders").requirements[1].text("title", language) in slot_labels
        # The choice survives the switch: the keyed widgets keep their values.
        assert at.radio(key=session.PERMIT).value == "highly-qualified"


# ---------------------------------------------------------------------------------------------
# Checking bundles


@pytest.mark.slow
def test_complete_bundle_dropped_all_at_once(bundles_manifest):
    at = check_bundle_through_drop_zone(bundles_manifest, "highly-qualified-complete")
    entry = manifest_entry(bundles_manifest, "highly-qualified-complete")
    assert statuses(at) == entry["statuses"]
    assert at.success[0].value == f"**{EN.t('result.complete')}**"
    shown = texts(at)
    assert shown.count(f"-badge[:material/check_circle: {EN.t('status.ok')}]") == len(entry["statuses"])
    # Every file has its thumbnail, its type and why, and its text in a collapsible panel.
    assert len(page_images(at)) >= len(bundle_files("highly-qualified-complete"))
    assert not at.image, "no page image is served at a /media/ URL"
    assert "Recognised as: **Criminal record extract**" in shown
    assert "Why this type:" in shown
    assert any(e.label == EN.t("files.text", number=1) for e in at.expander)
    assert any("uittreksel" in c.value.lower() for c in at.code)  # the OCR text of the scanned record
    # Downloads: the JSON report (no document text), the printable summary, and the files ready
    # to submit, made from this session's uploads: one PDF per requirement and the index.
    labels = [b.label for b in at.download_button]
    assert labels == [EN.t("download.json"), EN.t("download.html"), EN.t("download.export")]
    report = at.session_state[session.REPORT]
    data = json.loads(report.to_json())
    assert data["verdict"] == "complete" and "text" not in data["files"][0]["pages"][0]
    import io
    import zipfile

    from docscan.webapp.page import export_zip

    with zipfile.ZipFile(io.BytesIO(export_zip(report, "en"))) as archive:
        names = archive.namelist()
    assert names[0] == "00-index.pdf"
    documents = [r for r in report.requirements if r.kind == "document"]  # declarations have no file
    assert len(names) == 1 + len(documents) and all(r.status == "ok" for r in documents), names
    assert all(name.endswith(".pdf") for name in names)


@pytest.mark.slow
def test_missing_document_with_files_in_their_slots(bundles_manifest):
    slots = {"aanvraagformulier.pdf": "application_form", "paspoort.pdf": "passport",
             "arbeidsovereenkomst.pdf": "employment_contract", "uittreksel-strafregister.pdf": "criminal_record",
             "betalingsbewijs-retributie.pdf": "fee_payment_proof", "document1.pdf": "health_insurance",
             "diploma.pdf": "diploma"}
    folder = BUNDLES / "missing-medical-certificate"
    assert sorted(slots) == sorted(p.name for p in folder.iterdir())
    at = open_page()
    choose(at, "highly-qualified", "flanders")
    for name, requirement in slots.items():
        at.file_uploader(key=session.slot_key(requirement)).set_value(as_uploads([folder / name]))
    at.run()
    assert EN.t("upload.count", count=len(slots)) in texts(at)
    check(at)
    assert statuses(at) == manifest_entry(bundles_manifest, "missing-medical-certificate")["statuses"]
    report = at.session_state[session.REPORT]
    assert {f.path: f.source.declared_type for f in report.files} == slots
    shown = texts(at)
    assert f"-badge[:material/cancel: {EN.t('status.missing')}]" in shown
    assert "Medical certificate missing" in shown  # the message that says what to do
    # 10 requirements: the 8 documents, the Flemish regional fee (fact-check row 7), confirmed, and
    # the salary against the threshold (issue 15).
    assert any(e.value.startswith("**Not complete yet: 1 of 10") for e in at.error)


@pytest.mark.slow
def test_a_slot_holding_another_document_is_reported():
    at = open_page()
    choose(at, "highly-qualified", "flanders")
    medical = BUNDLES / "highly-qualified-complete" / "medisch-attest.pdf"
    at.file_uploader(key=session.slot_key("employment_contract")).set_value(as_uploads([medical]))
    at.run()
    check(at)
    assert statuses(at)["medical_certificate"] == "ok"
    assert statuses(at)["employment_contract"] == "missing"
    assert any(w.value.startswith("medisch-attest.pdf is named or uploaded as “Employment contract”")
               and "“Medical certificate”" in w.value for w in at.warning)  # the pipeline's type_mismatch warning
    assert "Its slot or file name says: Employment contract" in texts(at)


@pytest.mark.slow
def test_illegible_scan_shows_why_and_where_it_is_blurry(bundles_manifest):
    at = check_bundle_through_drop_zone(bundles_manifest, "illegible-passport-scan")
    assert statuses(at)["passport"] == "illegible"
    shown = texts(at)
    assert f"-badge[:material/blur_on: {EN.t('status.illegible')}]" in shown
    assert "blurry: rescan at 300 dpi" in shown
    assert EN.t("files.quality_poor") in shown
    assert any("<figcaption" in image and EN.t("files.heatmap") in image for image in page_images(at))


@pytest.mark.slow
def test_bad_files_get_a_message_beside_them_and_the_rest_is_checked(bundles_manifest):
    at = check_bundle_through_drop_zone(bundles_manifest, "with-bad-files")
    entry = manifest_entry(bundles_manifest, "with-bad-files")
    assert statuses(at) == entry["statuses"]
    report = at.session_state[session.REPORT]
    bad = [f for f in report.files if f.error is not None]
    assert len(bad) == 4
    errors = [re.sub(r"\\(.)", r"\1", e.value) for e in at.error]
    for result in bad:
        assert any(result.error.message in e for e in errors), result.path
    assert EN.t("result.unreadable_files", count=4) in texts(at)
    assert "Traceback" not in texts(at)


def test_not_a_document_and_too_large_files_are_refused_one_by_one(tmp_path):
    """A text file, a program named .pdf and a file over 60 MB: each gets its own message."""
    big = tmp_path / "scan-huge.pdf"
    with big.open("wb") as handle:
        handle.write(b"%PDF-1.4\n")
        handle.truncate(Settings().max_file_bytes + 1024 * 1024)
    notes = tmp_path / "notes.txt"
    notes.write_text("To do: ask the doctor for the certificate.\n", encoding="utf-8")
    program = tmp_path / "program.pdf"
    program.write_bytes(b"\x7fELF\x02\x01\x01" + bytes(200))
    contract = BUNDLES / "highly-qualified-complete" / "arbeidsovereenkomst.pdf"
    at = open_page()
    choose(at, "highly-qualified", "flanders")
    drop(at, [notes, program, big, contract])
    check(at)
    errors = "\n".join(e.value for e in at.error).lower()
    assert "this is a text file, not a scan or a pdf" in errors
    assert "this is a program, not a document" in errors
    assert "the limit is 60 mb" in errors
    assert statuses(at)["employment_contract"] == "ok"


@pytest.mark.slow
def test_order_to_leave_warning_stands_first_in_plain_words(bundles_manifest):
    at = check_bundle_through_drop_zone(bundles_manifest, "order-to-leave-the-territory")
    first = at.error[0].value
    assert first.startswith(f"**{EN.t('warning.order_to_leave_title')}**")
    assert "Before leaving Belgium" in first
    assert at.session_state[session.REPORT].verdict == "complete"  # a warning never changes the verdict
    assert at.success[0].value == f"**{EN.t('result.complete')}**"


def test_language_switch_after_a_check_reuses_every_page_read(monkeypatch):
    """A page already read is not read again when the page re-runs (the session's page cache)."""
    written = []
    original_put = PageCache.put
    monkeypatch.setattr(PageCache, "put", lambda self, task, result: (written.append(task), original_put(self, task, result)))
    pdfs = [p for p in bundle_files("highly-qualified-complete") if p.suffix == ".pdf"]
    at = open_page()
    choose(at, "highly-qualified", "flanders")
    drop(at, pdfs)
    check(at)
    assert len(written) == len(pdfs)
    at.radio(key=session.LANGUAGE).set_value("nl").run()  # no click: nothing new to read
    assert not at.exception
    assert len(written) == len(pdfs)
    report = at.session_state[session.REPORT]
    assert next(r for r in report.requirements if r.id == "passport").title == "Paspoort"
    # What to do is in Dutch too now, from the message catalogues (issue 14): no "in English" caption.
    assert "De uitgebreide uitleg is in het Engels." not in texts(at)
    assert "Uittreksel uit het strafregister: ontbreekt; geen enkel bestand in het dossier is dit document." in texts(at)
    assert load_strings("nl").t("status.missing") in texts(at)  # the criminal record (a PNG scan): not in the PDFs
    # A new file waits for the button, and the page says the result is for the files before.
    drop(at, pdfs + [BUNDLES / "highly-qualified-complete" / "scan_0003.png"])
    assert len(written) == len(pdfs)
    assert any(w.value == load_strings("nl").t("upload.stale") for w in at.warning)


def test_uploads_live_only_in_the_session_folder_and_start_again_deletes_them():
    at = open_page()
    choose(at, "highly-qualified", "flanders")
    drop(at, [BUNDLES / "highly-qualified-complete" / "diploma.pdf"])
    workspace: SessionWorkspace = at.session_state[session.WORKSPACE]
    stored = list(workspace.uploads.rglob("*.pdf"))
    assert [p.name for p in stored] == ["diploma.pdf"]
    assert Path(workspace.root).name.startswith("docscan-session-")
    at.button(key=session.RESET).click().run()
    assert not list(workspace.uploads.rglob("*.pdf"))
    assert at.file_uploader(key=session.dropzone_key(1)).value == []
    workspace.close()
    assert not Path(workspace.root).exists()


@pytest.mark.parametrize("error, shown", [
    (MissingDependencyError("Tesseract is not installed: install tesseract-ocr"),
     "The files could not be checked: Tesseract is not installed: install tesseract-ocr"),
    (RuntimeError("boom in /secret/path"), EN.t("check.unexpected")),
])
def test_a_failed_check_shows_a_message_and_never_a_traceback(monkeypatch, error, shown):
    import docscan.webapp.page as page

    def failing(*args, **kwargs):
        raise error

    monkeypatch.setattr(page, "check_bundle", failing)
    at = open_page()
    choose(at, "highly-qualified", "flanders")
    drop(at, [BUNDLES / "highly-qualified-complete" / "diploma.pdf"])
    check(at)
    assert [e.value for e in at.error] == [shown]
    assert "boom" not in texts(at) and "Traceback" not in texts(at)
    assert session.REPORT not in at.session_state


# ---------------------------------------------------------------------------------------------
# Helpers of the page


def test_every_language_has_the_english_keys_and_placeholders():
    english = load_strings("en").words
    for language in LANGUAGES:
        words = load_strings(language).words
        assert set(words) == set(english)
        for key, text in words.items():
            assert placeholders(text) == placeholders(english[key]), (language, key)


def test_a_broken_translation_names_the_file_and_the_key(tmp_path):
    for name in ("en.yaml", "fr.yaml"):
        (tmp_path / name).write_text((STRINGS_DIR / name).read_text(encoding="utf-8"), encoding="utf-8")
    french = tmp_path / "fr.yaml"
    french.write_text(french.read_text(encoding="utf-8").replace("{count}", "{nombre}", 1), encoding="utf-8")
    with pytest.raises(DocscanError, match=r"fr\.yaml: key '.*' must use the placeholders \['count'\]"):
        load_strings("fr", tmp_path)


@pytest.mark.parametrize("name, safe", [
    ("passport.jpg", "passport.jpg"),
    ("../../etc/passwd", "passwd"),
    ("C:\\Users\\me\\scan 1.png", "scan 1.png"),
    (".hidden.pdf", "hidden.pdf"),
    ("", "upload"),
    ("a\x00b.pdf", "ab.pdf"),
    ("x" * 300 + ".pdf", "x" * 116 + ".pdf"),
])
def test_uploaded_file_names_cannot_leave_the_session_folder(name, safe):
    assert safe_file_name(name) == safe


def test_workspace_keeps_one_copy_per_upload_and_deletes_removed_ones():
    workspace = SessionWorkspace()
    try:
        first = workspace.store("id-1", "scan.pdf", lambda: b"%PDF-1 one")
        second = workspace.store("id-2", "scan.pdf", lambda: b"%PDF-1 two")
        assert first.path != second.path and first.path.name == second.path.name == "scan.pdf"
        assert workspace.store("id-1", "scan.pdf", lambda: pytest.fail("read twice")) == first
        workspace.keep_only(["id-2"])
        assert not first.path.exists() and second.path.exists()
    finally:
        workspace.close()
    assert not workspace.root.exists()


def test_printable_summary_escapes_file_names_and_puts_warnings_first(tmp_path):
    from docscan.pipeline import check_bundle

    source = BUNDLES / "order-to-leave-the-territory"
    files = []
    for path in source.glob("*.pdf"):
        target = tmp_path / ("<b>" + path.name if path.name == "convention-accueil.pdf" else path.name)
        target.write_bytes(path.read_bytes())
        files.append(target)
    odd = tmp_path / "<img src=x onerror=alert(1)>.pdf"
    odd.write_bytes((source / "contrat-de-travail.pdf").read_bytes())
    report = check_bundle([*files, odd], "researcher", "brussels", today=TODAY, language="fr")
    html = render_html(report, load_strings("fr"), permit_title="Chercheur")
    assert "<img src" not in html and "&lt;img src=x onerror=alert(1)&gt;.pdf" in html and "&lt;b&gt;convention" in html
    french = load_strings("fr")
    assert html.index(french.t("warning.order_to_leave_title")) < html.index(french.t("html.document"))
    assert french.t("status.ok") in html and "Chercheur" in html and '<html lang="fr">' in html
    assert "http" not in html.split("<h2>" + french.t("html.sources"))[0]  # nothing loaded from anywhere


def test_streamlit_settings_keep_everything_on_this_computer():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["browser"]["gatherUsageStats"] is False
    assert config["server"]["headless"] is True
    assert config["server"]["address"] == "127.0.0.1"
    assert config["server"]["maxUploadSize"] * 2**20 == Settings().max_file_bytes
    assert config["client"]["showErrorDetails"] == "none"


def test_markdown_escaping_keeps_names_and_messages_literal():
    from docscan.webapp.page import md

    assert md("scan_0003.png") == "scan\\_0003.png"
    assert md("blurry: *see* [x]($y)") == "blurry\\: \\*see\\* \\[x\\](\\$y)"
    assert md("- a list?") == "\\- a list?"


# ---------------------------------------------------------------------------------------------
# The facts that decide what applies (issue 12)


def test_the_page_asks_the_facts_of_the_chosen_checklist_and_unanswered_is_unknown():
    at = open_page()
    choose(at, "researcher", "brussels", answers={})
    keys = {r.key for r in at.radio}
    assert {session.fact_key("filed_by_agent"), session.fact_key("research_grant"),
            session.fact_key("issued_outside_eea")} <= keys
    assert session.fact_key("ict_role") not in keys and session.fact_key("turkish_association") not in keys
    assert at.radio(key=session.fact_key("filed_by_agent")).value is None  # unanswered: unknown
    assert at.radio(key=session.fact_key("filed_by_agent")).label == load_common().questions["filed_by_agent"]["en"]
    confirm_boxes = {c.key for c in at.checkbox if c.key.startswith("confirm-")}
    assert confirm_boxes == {session.confirm_key("employer_id_copy"), session.confirm_key("agent_mandate")}
    # A Turkish nationality brings the Association question; an ICT permit the role.
    at.text_input(key=session.NATIONALITY).input("tur").run()
    assert session.fact_key("turkish_association") in {r.key for r in at.radio}
    choose(at, "intra-corporate-transfer", "wallonia", answers={})
    assert at.radio(key=session.fact_key("ict_role")).options == ["manager", "specialist", "trainee"]


def test_region_lines_come_from_the_checklist_data():
    at = open_page()
    captions = list(at.radio(key=session.REGION).proto.captions)
    assert "From 1 September 2026 Flanders charges its own fee" in captions[0]
    assert "2 to 3 months before the permit ends" in captions[2].replace("\\", "")


@pytest.mark.slow
def test_answers_and_the_passport_facts_reach_the_report(bundles_manifest):
    """Given facts win; a fact read from the passport is shown with where it came from."""
    entry = manifest_entry(bundles_manifest, "turkish-national-no-fee")
    at = open_page()
    choose(at, entry["permit"], entry["region"], answers={"issued_outside_eea": False})
    drop(at, bundle_files("turkish-national-no-fee"))
    check(at)
    report = at.session_state[session.REPORT]
    assert statuses(at)["fee_payment_proof"] == "needs_review"  # row 4: asked, not exempted
    # The nationality read from the passport brings the Association question; answering it
    # re-checks at once (no new file).
    at.radio(key=session.fact_key("turkish_association")).set_value(True).run()
    report = at.session_state[session.REPORT]
    assert report.applicant.nationality == "TUR" and report.applicant.turkish_association is True
    assert report.applicant.source_of("nationality") == "passport.pdf", "the document the fact was read from"
    assert report.applicant.source_of("turkish_association") == "given"
    assert "fee_payment_proof" in {n.id for n in report.not_required}
    shown = texts(at)
    assert "nationality: TUR (machine-readable zone of passport.pdf)" in shown
    assert "this exemption was not confirmed for single permits" in shown
    assert EN.t("result.notices") in [h.value for h in at.subheader]
    # Correcting the birth date read from the passport: the given one wins.
    at.date_input(key=session.BIRTH_DATE).set_value(date(1990, 1, 2)).run()
    report = at.session_state[session.REPORT]
    assert report.applicant.birth_date == date(1990, 1, 2) and report.applicant.source_of("birth_date") == "given"
