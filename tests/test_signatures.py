"""PDF signatures and seals (issue 16), with real pyHanko: a fictitious SPECIMEN CA and seal made
at test time, a sample criminal-record PDF sealed with it, then altered in the ways a sealed PDF
is altered. Through `ingest.read_signatures`, the pipeline and `docscan check`."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from docscan import ingest, signatures
from docscan.models import SignatureState
from docscan.settings import Settings

from signing import (SEAL_NAME, SEAL_ORGANISATION, change_signed_byte, corrupt_signature_contents, make_pki,
                     replace_page_content, sign_pdf)

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "sample_docs" / "bundles" / "single-permit-fixed-term-complete"
RECORD = BUNDLE / "casier-judiciaire.pdf"
PERMIT, REGION, TODAY = "single-permit-fixed-term", "brussels", date(2026, 11, 15)


class _Listener:
    """A local TCP server that counts the connections it gets: the revocation URL of the
    seal's certificate points here, so any fetch would be seen."""

    def __init__(self) -> None:
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(8)
        self.server.settimeout(0.2)
        self.connections = 0
        self._stop = False
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.getsockname()[1]}"

    def _serve(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.server.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop = True
        self.thread.join(2)
        self.server.close()


@pytest.fixture(scope="module")
def listener():
    server = _Listener()
    yield server
    server.close()


@pytest.fixture(scope="module")
def signed_pdfs(tmp_path_factory, listener) -> dict[str, Path]:
    """The sample criminal record: unsigned, sealed, and sealed then altered."""
    pki = make_pki(revocation_url=listener.url)
    folder = tmp_path_factory.mktemp("signed")
    original = RECORD.read_bytes()
    sealed = sign_pdf(original, pki)
    files = {"unsigned": original, "sealed": sealed, "byte_changed": change_signed_byte(sealed),
             "content_replaced": replace_page_content(sealed), "corrupt": corrupt_signature_contents(sealed),
             "countersigned": sign_pdf(sealed, pki, field_name="Second")}
    paths = {}
    for name, data in files.items():
        path = folder / f"{name}.pdf"
        path.write_bytes(data)
        paths[name] = path
    return paths


def _check(path: Path, settings: Settings | None = None):
    return ingest.read_signatures(ingest.probe(path, settings or Settings()), settings or Settings())


def test_intact_seal_is_reported_with_signer_and_time(signed_pdfs, listener):
    check = _check(signed_pdfs["sealed"])
    assert check is not None and check.error is None and check.state == SignatureState.INTACT
    (seal,) = check.signatures
    assert (seal.signer, seal.organisation) == (SEAL_NAME, SEAL_ORGANISATION)
    assert seal.digest_ok is True and seal.coverage == "entire_file" and seal.modification == "none"
    assert seal.signed_at and date.fromisoformat(seal.signed_on) == date.today()
    assert check.trust_checked is False
    # The seal's certificate names an OCSP responder and a CRL on the listener: never fetched.
    assert listener.connections == 0


def test_unsigned_pdf_and_images_have_no_signature_check(signed_pdfs, sample_docs):
    assert _check(signed_pdfs["unsigned"]) is None
    assert _check(BUNDLE / "passeport.jpg") is None


def test_a_byte_changed_inside_the_signed_range_is_modified(signed_pdfs):
    check = _check(signed_pdfs["byte_changed"])
    assert check.state == SignatureState.MODIFIED
    assert check.signatures[0].digest_ok is False
    assert check.signatures[0].signer == SEAL_NAME  # still says whose seal was broken


def test_an_incremental_update_that_changes_the_page_is_modified(signed_pdfs):
    check = _check(signed_pdfs["content_replaced"])
    (seal,) = check.signatures
    # The signed revision is untouched (digest fine), but what came after rewrites the page.
    assert seal.digest_ok is True and seal.coverage == "entire_revision"
    assert seal.modification == "other" and seal.state == SignatureState.MODIFIED


def test_a_second_signature_after_the_seal_is_only_an_addition(signed_pdfs):
    check = _check(signed_pdfs["countersigned"])
    first, second = check.signatures
    assert first.modification == "form_filling" and first.state == SignatureState.ADDITIONS
    assert second.state == SignatureState.INTACT
    assert check.state == SignatureState.ADDITIONS


def test_a_corrupt_signature_gives_a_reason_not_a_traceback(signed_pdfs):
    check = _check(signed_pdfs["corrupt"])
    assert check.state == SignatureState.UNREADABLE
    assert check.signatures[0].problem.code == "signature_unreadable"
    assert "could not be checked" in signatures.signature_reason(check.signatures[0], "x.pdf").message


@pytest.mark.parametrize("data", [
    b"%PDF-1.7\n/ByteRange [0 10 20 30]\n%%EOF",  # the marker and nothing else
    b"%PDF-1.7\n1 0 obj << /Type /Catalog /AcroForm << /Fields [2 0 R] >> >> endobj\n"
    b"2 0 obj << /FT /Sig /V << /Type /Sig /ByteRange [0 -1 999999999 5] /Contents <3082> >> >> endobj\n"
    b"trailer << /Root 1 0 R >>\n%%EOF",  # a hostile signature dictionary without an xref
])
def test_hostile_signature_structures_never_raise(data):
    check = signatures.check_signatures(data, Settings())
    assert check.error is not None or all(s.state == SignatureState.UNREADABLE for s in check.signatures)


def test_the_check_is_stopped_at_its_time_limit(signed_pdfs):
    settings = Settings(signature_timeout=0.05)  # less than the child needs to start
    check = _check(signed_pdfs["sealed"], settings)
    assert check.error is not None and check.error.code == "signature_timeout"
    assert check.error.params == {"seconds": 0}


def test_the_check_runs_under_a_memory_ceiling(signed_pdfs):
    check = _check(signed_pdfs["sealed"], Settings(signature_memory_mb=64))  # pyHanko cannot even load
    assert check.error is not None and check.error.code in ("signature_too_large", "signature_check_failed")


def test_the_child_cannot_open_network_connections(listener):
    script = ("import socket; from docscan import signatures; signatures._forbid_network()\n"
              f"try:\n socket.create_connection(('127.0.0.1', {listener.url.rsplit(':', 1)[1]}), 2)\n"
              "except OSError as e: print('refused', e)\n")
    before = listener.connections
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.stdout.startswith("refused") and listener.connections == before


def test_pipeline_reports_intact_seal_and_flags_modified_one(signed_pdfs, tmp_path, page_cache):
    from docscan.pipeline import check_bundle

    bundle = tmp_path / "bundle"
    shutil.copytree(BUNDLE, bundle)
    (bundle / "casier-judiciaire.pdf").write_bytes(signed_pdfs["sealed"].read_bytes())
    settings = Settings(workers=1)
    applicant = _bundle_applicant()
    report = check_bundle([bundle], PERMIT, REGION, today=TODAY, applicant=applicant, settings=settings,
                          cache=page_cache)
    assert report.verdict == "complete"
    record = next(f for f in report.files if f.path == "casier-judiciaire.pdf")
    assert record.signatures.state == SignatureState.INTACT
    data = report.to_dict()
    entry = next(f for f in data["files"] if f["path"] == "casier-judiciaire.pdf")
    assert entry["signatures"]["signatures"][0]["signer"] == SEAL_NAME
    assert entry["signatures"]["trust_checked"] is False
    assert "not changed since" in entry["signatures"]["signatures"][0]["reason"]["message"]
    assert all(f["signatures"] is None for f in data["files"] if f["path"] != "casier-judiciaire.pdf")

    (bundle / "casier-judiciaire.pdf").write_bytes(signed_pdfs["content_replaced"].read_bytes())
    report = check_bundle([bundle], PERMIT, REGION, today=TODAY, applicant=applicant, settings=settings,
                          cache=page_cache)
    criminal = next(r for r in report.requirements if r.id == "criminal_record")
    assert criminal.status == "needs_review" and criminal.reason.code == "signed_pdf_modified"
    assert "was modified after it was sealed by" in criminal.message and "ask the issuer" in criminal.message
    assert [w.code for w in report.warnings if w.file == "casier-judiciaire.pdf"] == ["signature_modified"]
    for language in ("fr", "nl", "de"):
        assert SEAL_NAME in criminal.reason.render(language)
    # The printable summary (the page's download) says it too, with the trust note.
    from docscan.webapp.html_report import render_html
    from docscan.webapp.strings import load_strings

    page = render_html(report, load_strings("en"))
    assert "casier-judiciaire.pdf was modified after it was sealed by" in page
    assert "whether the signer is trusted was not checked" in page


def test_corrupt_signature_still_reads_the_pages(signed_pdfs, tmp_path, page_cache):
    from docscan.pipeline import check_bundle

    path = tmp_path / "casier-judiciaire.pdf"
    path.write_bytes(signed_pdfs["corrupt"].read_bytes())
    report = check_bundle([path], PERMIT, REGION, today=TODAY, applicant=_bundle_applicant(),
                          settings=Settings(workers=1), cache=page_cache)
    (result,) = report.files
    assert result.doc_type == "criminal_record" and all(p.legible for p in result.pages)
    assert [w.code for w in report.warnings] == ["signature_problem"]
    criminal = next(r for r in report.requirements if r.id == "criminal_record")
    assert criminal.status == "ok"  # an unreadable seal is reported, not held against the document


def _bundle_applicant():
    from docscan.models import Applicant

    return Applicant(filed_by_agent=False, confirmed=frozenset({"employer_id_copy"}))


def test_docscan_check_end_to_end(signed_pdfs, tmp_path):
    """The command line, as a user runs it: JSON and the text report in French."""
    path = tmp_path / "casier-judiciaire.pdf"
    path.write_bytes(signed_pdfs["content_replaced"].read_bytes())
    args = [sys.executable, "-m", "docscan", "check", str(path), "--permit", PERMIT, "--region", REGION,
            "--today", TODAY.isoformat()]
    done = subprocess.run([*args, "--format", "json"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    (entry,) = report["files"]
    assert entry["signatures"]["state"] == "modified"
    assert entry["signatures"]["signatures"][0]["modification"] == "other"
    assert SEAL_NAME not in done.stderr  # logs never name the signer
    text = subprocess.run([*args, "--lang", "fr"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert "a été modifié après avoir été scellé par" in text.stdout
    assert "la fiabilité du signataire n'a donc pas été vérifiée" in text.stdout
    assert SEAL_NAME not in text.stderr


def test_parse_answer_refuses_what_is_not_its_shape():
    check = signatures.parse_answer({"signatures": ["x", {"state": "bogus", "signer": "A" * 10_000}]})
    (only,) = check.signatures
    assert only.state == SignatureState.UNREADABLE and len(only.signer) == 200
    assert signatures.parse_answer({"error": "memory"}).error.code == "signature_too_large"
    assert replace(check, not_checked=2).not_checked == 2


def test_the_page_shows_each_seal_in_the_file_details(signed_pdfs, tmp_path):
    """The Streamlit page (AppTest): an intact seal and a modified one in the files' details,
    with the note that trust was not checked."""
    from test_app import check, choose, close_session_folders, drop, open_page, texts  # noqa: F401

    sealed = tmp_path / "casier-judiciaire.pdf"
    sealed.write_bytes(signed_pdfs["sealed"].read_bytes())
    altered = tmp_path / "extrait-modifie.pdf"
    altered.write_bytes(signed_pdfs["content_replaced"].read_bytes())
    at = open_page()
    choose(at, PERMIT, REGION, TODAY)
    drop(at, [sealed, altered])
    check(at)
    shown = texts(at)
    assert f"Signed or sealed by {SEAL_NAME} ({SEAL_ORGANISATION})" in shown and "not changed since" in shown
    assert f"extrait-modifie.pdf was modified after it was sealed by {SEAL_NAME}" in shown
    assert "whether the signer is trusted was not checked" in shown
