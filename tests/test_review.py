"""The adviser's review: real SQLite files, real recorded runs, decisions, audit log, purge.

No database is mocked: every test opens a SQLite file in a temporary folder through the same
`ReviewStore` (Alembic migration included) that `docscan review` uses. Recorded runs come
from the real pipeline on sample bundles (slow: Tesseract reads the scans).
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
from datetime import date, timedelta

import pytest
from sqlalchemy import inspect, select, text

from docscan.models import Applicant
from docscan.pipeline import check_bundle
from docscan.review import decisions
from docscan.review.access import SignInGuard, hash_password, verify_password
from docscan.review.recording import record_report, start_run
from docscan.review.store import AuditEntry, ConflictError, PageEvidence, ReviewError, ReviewStore, utcnow
from docscan.settings import Settings

from conftest import SAMPLE_DOCS

TODAY = date(2026, 11, 15)


def _store(tmp_path) -> ReviewStore:
    return ReviewStore(f"sqlite:///{tmp_path / 'review.sqlite'}")


def test_migration_creates_every_table_in_an_empty_database(tmp_path):
    store = _store(tmp_path)
    tables = set(inspect(store.engine).get_table_names())
    assert {"runs", "workers", "files", "flags", "page_evidence", "audit_log", "alembic_version"} <= tables
    with store.engine.connect() as connection:
        assert connection.execute(text("select version_num from alembic_version")).scalar() == "0005"  # the newest migration
    store.close()
    again = _store(tmp_path)  # opening an up-to-date database changes nothing
    with again.engine.connect() as connection:
        assert connection.execute(text("select count(*) from alembic_version")).scalar() == 1


def test_audit_log_is_append_only_in_the_database(tmp_path):
    store = _store(tmp_path)
    with store.session() as session, session.begin():
        session.add(AuditEntry(actor="a", action="comment"))
    store.close()
    raw = sqlite3.connect(tmp_path / "review.sqlite")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        raw.execute("update audit_log set actor = 'someone else'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        raw.execute("delete from audit_log")


def test_passwords_are_stored_as_salted_hashes_and_checked():
    stored = hash_password("correct horse battery", iterations=1000)
    assert "correct horse" not in stored and stored.startswith("pbkdf2_sha256$1000$")
    assert stored != hash_password("correct horse battery", iterations=1000)  # salted
    assert verify_password("correct horse battery", stored)
    assert not verify_password("correct horse batterY", stored)
    assert not verify_password("anything", "not a hash")
    with pytest.raises(ValueError):
        hash_password("short")


def test_wrong_passwords_lock_sign_in_for_a_growing_time():
    now = [1000.0]
    guard = SignInGuard(clock=lambda: now[0])
    stored = hash_password("correct horse battery", iterations=1000)
    for _ in range(5):
        assert not guard.attempt("wrong password", stored)
    assert guard.wait_seconds() == 30
    assert not guard.attempt("correct horse battery", stored)  # locked: even the right one is refused
    now[0] += 31
    for _ in range(5):
        guard.attempt("wrong again", stored)
    assert guard.wait_seconds() == 60  # the second lock-out is twice as long
    now[0] += 61
    assert guard.attempt("correct horse battery", stored) and guard.wait_seconds() == 0


# ---------------------------------------------------------------------------------------------
# Recorded runs (the real pipeline)


def _record(store: ReviewStore, bundle: str, permit: str, region: str, worker: str, retention: int = 30):
    # The ordinary applicant's answers (issue 12): the employer files itself, its ID copy is attached,
    # the Flemish portal fee is paid; what is left to review is what docscan could not read.
    answers = Applicant(filed_by_agent=False, confirmed=frozenset({"employer_id_copy", "flemish_regional_fee"}))
    report = check_bundle([SAMPLE_DOCS / "bundles" / bundle], permit, region, today=TODAY,
                          applicant=answers, settings=Settings(workers=2))
    run = start_run(store, "check", bundle, TODAY, "tester")
    row = record_report(store, run, worker, report, retention_days=retention)
    return run, row, report


@pytest.fixture(scope="module")
def recorded(tmp_path_factory):
    """One database with two recorded applicants, copied for each test that changes it."""
    folder = tmp_path_factory.mktemp("recorded")
    store = ReviewStore(f"sqlite:///{folder / 'review.sqlite'}")
    passport = _record(store, "illegible-passport-scan", "eu-blue-card", "brussels", "W-passport")
    mismatch = _record(store, "contract-is-a-medical-certificate", "single-permit-fixed-term", "flanders",
                       "W-mismatch")
    store.close()
    return folder / "review.sqlite", passport, mismatch


@pytest.fixture
def store(recorded, tmp_path):
    copy = tmp_path / "review.sqlite"
    copy.write_bytes(recorded[0].read_bytes())
    opened = ReviewStore(f"sqlite:///{copy}")
    yield opened
    opened.close()


@pytest.mark.slow
def test_recording_flags_what_docscan_could_not_settle_with_its_pages(store, recorded):
    items = decisions.queue(store)
    passport = [i for i in items if i.worker == "W-passport"]
    assert [(i.reason, i.requirement_id, i.file) for i in passport] == [("illegible", "passport", "passport.png")]
    mismatch = {i.reason for i in items if i.worker == "W-mismatch"}
    assert "type_mismatch" in mismatch
    detail = decisions.flag_detail(store, passport[0].id)
    (number, image, heatmap, page_text, _), = detail.pages
    assert number == 1 and image.startswith(b"\x89PNG") and heatmap.startswith(b"\x89PNG")  # blurry: heat map
    mismatch_item = next(i for i in items if i.reason == "type_mismatch")
    mismatch_page = decisions.flag_detail(store, mismatch_item.id).pages[0]
    assert mismatch_page[3] and "medical certificate" in mismatch_page[3].lower()  # the text read, kept for review
    assert "medical certificate" in " ".join(mismatch_page[4]).lower()  # the words that decided the type
    assert decisions.queue(store, reason="illegible", permit="eu-blue-card") == passport
    assert decisions.queue(store, status="decided") == []


@pytest.mark.slow
def test_accepting_the_flag_makes_the_worker_complete_and_is_audited(store, recorded):
    _, worker_row, report = recorded[1]
    assert report.verdict == "incomplete"
    item = next(i for i in decisions.queue(store) if i.worker == "W-passport")
    decided = decisions.decide(store, item.id, "accept", actor="Adviser Doe", version=item.version,
                               comment="original passport seen at the counter")
    assert (decided.status, decided.version, decided.decided_by) == ("accepted", 2, "Adviser Doe")
    result = decisions.reviewed(store, worker_row)
    assert (result.original_verdict, result.verdict, result.open_items) == ("incomplete", "complete", 0)
    passport = next(r for r in result.requirements if r["id"] == "passport")
    assert passport["status"] == "ok" and "Accepted by Adviser Doe" in passport["message"]
    (line,) = decisions.audit_log(store, flag_id=item.id)
    assert (line.actor, line.action, line.before["status"], line.after["status"]) == \
        ("Adviser Doe", "accept", "open", "accepted")
    assert line.comment == "original passport seen at the counter"
    exported = decisions.reviewed_report(store, worker_row)
    assert exported["verdict"] == "complete" and exported["review"]["original_verdict"] == "incomplete"
    assert exported["review"]["decisions"][0]["by"] == "Adviser Doe"


@pytest.mark.slow
def test_rejecting_keeps_the_requirement_unmet_with_the_message(store, recorded):
    _, worker_row, _ = recorded[1]
    item = next(i for i in decisions.queue(store) if i.worker == "W-passport")
    with pytest.raises(ReviewError, match="needs the message"):
        decisions.decide(store, item.id, "reject", actor="Adviser Doe")
    decisions.decide(store, item.id, "reject", actor="Adviser Doe", message="Scan the passport page again, flat.")
    result = decisions.reviewed(store, worker_row)
    passport = next(r for r in result.requirements if r["id"] == "passport")
    assert result.verdict == "incomplete" and passport["status"] == "rejected"
    assert passport["message"] == "Rejected by Adviser Doe: Scan the passport page again, flat."


@pytest.mark.slow
def test_changing_the_type_judges_the_checklist_again(store, recorded):
    _, worker_row, report = recorded[2]
    before = {r.id: r.status for r in report.requirements}
    assert before["employment_contract"] == "missing" and before["medical_certificate"] == "ok"
    item = next(i for i in decisions.queue(store) if i.worker == "W-mismatch" and i.reason == "type_mismatch")
    with pytest.raises(ReviewError, match="unknown document type"):
        decisions.decide(store, item.id, "type", actor="Adviser Doe", new_type="contract")
    decisions.decide(store, item.id, "type", actor="Adviser Doe", new_type="employment_contract")
    after = {r["id"]: r["status"] for r in decisions.reviewed(store, worker_row).requirements}
    # contract.pdf now counts as the contract, so the medical certificate it was taken for is missing.
    assert after["employment_contract"] == "ok" and after["medical_certificate"] == "missing"


@pytest.mark.slow
def test_a_second_adviser_with_an_old_version_is_told_and_nothing_is_lost(store, recorded):
    item = next(i for i in decisions.queue(store) if i.worker == "W-passport")
    decisions.decide(store, item.id, "accept", actor="First", version=item.version)
    with pytest.raises(ConflictError, match="changed since you saw it.*accepted by First"):
        decisions.decide(store, item.id, "reject", actor="Second", version=item.version, message="rescan")
    current = decisions.flag_detail(store, item.id)
    assert (current.item.status, current.item.decided_by, current.item.version) == ("accepted", "First", 2)
    assert [line.actor for line in current.history] == ["First"]


@pytest.mark.slow
def test_concurrent_decisions_from_two_threads_one_wins_one_conflicts(store, recorded):
    item = next(i for i in decisions.queue(store) if i.worker == "W-passport")
    outcomes: list[str] = []
    barrier = threading.Barrier(2)

    def adviser(name: str) -> None:
        other = ReviewStore(store.url)
        barrier.wait()
        try:
            decisions.decide(other, item.id, "accept", actor=name, version=item.version)
            outcomes.append("decided")
        except ConflictError:
            outcomes.append("conflict")
        finally:
            other.close()

    threads = [threading.Thread(target=adviser, args=(n,)) for n in ("A", "B")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["conflict", "decided"]
    assert len(decisions.audit_log(store, flag_id=item.id)) == 1


@pytest.mark.slow
def test_purge_removes_pages_past_retention_only(store, recorded):
    with store.session() as session:
        kept = len(list(session.scalars(select(PageEvidence))))
    assert kept > 0
    assert decisions.purge(store, now=utcnow() + timedelta(days=29)) == 0
    assert decisions.purge(store, now=utcnow() + timedelta(days=31)) == kept
    item = next(i for i in decisions.queue(store) if i.worker == "W-passport")
    assert decisions.flag_detail(store, item.id).pages == ()  # the flag itself stays
    assert decisions.audit_log(store)[-1].action == "purge"


# ---------------------------------------------------------------------------------------------
# Command line


def _cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "docscan", *args], capture_output=True, text=True, input=stdin,
                          timeout=600)


@pytest.mark.parametrize("action", ["runs", "list", "show", "decide", "export", "audit", "purge", "set-password"])
def test_review_help(action):
    run = _cli("review", action, "--help")
    assert run.returncode == 0 and f"docscan review {action}" in run.stdout


@pytest.mark.slow
def test_bulk_record_then_decide_on_the_command_line(tmp_path):
    """The issue's sequence: a bulk run with --record, the queue, a decision, the new verdict, the audit."""
    import shutil

    workers = tmp_path / "in"
    shutil.copytree(SAMPLE_DOCS / "bundles" / "illegible-passport-scan", workers / "W001")
    shutil.copytree(SAMPLE_DOCS / "bundles" / "eu-blue-card-complete", workers / "W002")
    # The employer files itself and its ID copy is attached (issue 12: Brussels asks for it).
    (workers / "manifest.csv").write_text("worker_id,filed_by_agent,confirmed\nW001,no,employer_id_copy\n"
                                          "W002,no,employer_id_copy\n", encoding="utf-8")
    db = tmp_path / "review.sqlite"
    bulk = _cli("bulk", str(workers), "--out", str(tmp_path / "out"), "--permit", "eu-blue-card", "--region",
                "brussels", "--today", "2026-11-15", "--record", "--db", str(db))
    assert bulk.returncode == 1 and "Recorded as run 1 for review" in bulk.stderr, bulk.stderr
    listing = _cli("review", "list", "--run", "1", "--db", str(db), "--format", "json")
    items = json.loads(listing.stdout)
    assert [(i["worker"], i["reason"], i["requirement_id"]) for i in items] == [("W001", "illegible", "passport")]
    shown = _cli("review", "show", str(items[0]["id"]), "--db", str(db), "--save-pages", str(tmp_path / "pages"))
    assert "cannot be read" in shown.stdout and (tmp_path / "pages" / f"item{items[0]['id']}-page1.png").exists()
    decided = _cli("review", "decide", str(items[0]["id"]), "--accept", "--as", "Adviser Doe", "--comment",
                   "seen the original", "--db", str(db))
    assert decided.returncode == 0 and "W001: verdict complete (docscan said incomplete)" in decided.stdout
    stale = _cli("review", "decide", str(items[0]["id"]), "--reject", "rescan", "--version", "1", "--as", "B",
                 "--db", str(db))
    assert stale.returncode == 2 and "changed since you saw it" in stale.stderr
    audit = _cli("review", "audit", "--run", "1", "--db", str(db))
    assert "Adviser Doe" in audit.stdout and "'open' -> 'accepted'" in audit.stdout
    export = json.loads(_cli("review", "export", "1", "--db", str(db)).stdout)
    assert export["W001"]["verdict"] == "complete" and export["W002"]["verdict"] == "complete"


def test_set_password_keeps_other_secrets(tmp_path):
    secrets = tmp_path / "secrets.toml"
    secrets.write_text('[auth]\nredirect_uri = "http://localhost:8501/oauth2callback"\n\n[review]\n'
                       'password_hash = "old"\nnote = "kept"\n', encoding="utf-8")
    run = _cli("review", "set-password", "--secrets", str(secrets), stdin="a long enough password\n")
    assert run.returncode == 0, run.stderr
    content = secrets.read_text(encoding="utf-8")
    assert 'redirect_uri = "http://localhost:8501/oauth2callback"' in content and 'note = "kept"' in content
    assert '"old"' not in content and "a long enough password" not in content
    stored = content.split('password_hash = "')[1].split('"')[0]
    assert verify_password("a long enough password", stored)
    assert _cli("review", "set-password", "--secrets", str(secrets), stdin="short\n").returncode == 2


def test_record_without_tesseract_work_refuses_db_alone(tmp_path):
    run = _cli("check", str(SAMPLE_DOCS / "bundles" / "eu-blue-card-complete"), "--permit", "eu-blue-card",
               "--region", "brussels", "--db", str(tmp_path / "x.sqlite"))
    assert run.returncode == 2 and "--db is only used with --record" in run.stderr
