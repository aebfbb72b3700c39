"""Regression tests for issue 13's hardening: each attack that once worked, now handled.

The hostile inputs are made by `tests/hostile.py` (nothing large is committed). Tests that need
a live Streamlit server are in `test_server_attacks.py`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import hostile
from docscan import ingest
from docscan.models import Reason


# ---------------------------------------------------------------------------------------------
# Zips (items 5, 11 and 20)


def _unpacked_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def test_a_bomb_of_many_one_mebibyte_entries_is_refused_entry_by_entry(tmp_path):
    archive = hostile.many_small_entries_bomb(tmp_path, entries=512)
    out = tmp_path / "out"
    out.mkdir()
    problems = ingest.extract_archive(archive, out)
    assert len(problems) == 512 and {p.reason.code for p in problems} == {"zip_bomb"}
    assert _unpacked_bytes(out) == 0


def test_a_bomb_of_entries_under_the_ratio_floor_stops_at_the_archives_ratio(tmp_path):
    archive = hostile.many_tiny_entries_bomb(tmp_path, entries=3000)
    out = tmp_path / "out"
    out.mkdir()
    limits = ingest.ArchiveLimits(archive_ratio_slack_bytes=2**20)
    problems = ingest.extract_archive(archive, out, limits)
    budget = limits.max_archive_ratio * archive.stat().st_size + limits.archive_ratio_slack_bytes
    assert _unpacked_bytes(out) <= budget
    assert problems and all(p.reason.code == "archive_too_large" for p in problems)
    assert "times its own size" in problems[0].reason.message


def test_entries_the_file_system_cannot_hold_are_problems_and_the_rest_is_unpacked(tmp_path):
    archive = hostile.conflicting_entries_zip(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    problems = {(p.entry[:40], p.reason.code) for p in ingest.extract_archive(archive, out)}
    assert problems == {("W1/x/y.pdf", "path_conflict"), ("W3/dir", "path_conflict"),
                        ("W1/" + "n" * 37, "name_too_long"), ("W1/" + "d/" * 18 + "d", "name_too_long"),
                        ("W2/same.pdf", "duplicate_entry")}
    files = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert files == ["W1/good.pdf", "W1/x", "W2/other.pdf", "W2/same.pdf", "W3/dir/z.pdf"]
    assert (out / "W2" / "same.pdf").read_bytes() == hostile.TINY_PDF, "the first of two same names is kept"


def test_a_bulk_run_over_a_zip_of_conflicting_entries_checks_every_worker(tmp_path):
    from docscan.bulk import run_bulk
    from docscan.settings import Settings

    archive = hostile.conflicting_entries_zip(tmp_path)
    summary = run_bulk(archive, default_permit="highly-qualified", default_region="flanders",
                       settings=Settings(workers=1))
    by_worker = {o.worker_id: o for o in summary.outcomes}
    assert set(by_worker) == {"W1", "W2", "W3"}
    problems = " | ".join(p.message for p in by_worker["W2"].file_problems)
    assert "same.pdf: the archive holds another entry of this name" in problems
    assert "duplicate_entry" in {p.params["problem"]["code"] for p in by_worker["W2"].file_problems}


# ---------------------------------------------------------------------------------------------
# Outputs are never written through a planted link (item 6, second half)


def _one_outcome():
    from docscan.bulk import BulkSummary, WorkerOutcome

    outcome = WorkerOutcome(worker_id="W1", name=None, permit="highly-qualified", region="flanders",
                            verdict="incomplete", missing=("passport",))
    return outcome, BulkSummary(outcomes=(outcome,), problems=(), seconds=1.0, pages_read=1, stage_seconds={})


def test_bulk_reports_replace_planted_links_instead_of_following_them(tmp_path):
    import os
    import stat

    from docscan.bulk_report import BulkOutput

    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    out = tmp_path / "out"
    (out / "workers").mkdir(parents=True)
    # Every name the old writer used, and the final names themselves, planted as links.
    for name in ("workers/W1.json", "workers/W1.json.tmp", "workers/W1.html.tmp", "summary.csv.tmp",
                 "index.html", "index.html.tmp"):
        (out / name).symlink_to(victim)
    outcome, summary = _one_outcome()
    output = BulkOutput(out)
    output.write_worker(outcome)
    output.write_summary(summary)
    assert victim.read_text() == "precious\n", "a report was written through a link"
    for name in ("workers/W1.json", "workers/W1.html", "summary.csv", "index.html"):
        path = out / name
        assert not path.is_symlink() and path.stat().st_size > 0, name
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, f"{name} is readable by others"
    assert '"W1"' in (out / "workers" / "W1.json").read_text()
    assert not [p for p in os.listdir(out) if p.endswith(".part")], "a temporary file was left behind"


def test_a_workers_folder_planted_as_a_link_is_refused(tmp_path):
    from docscan.bulk_report import BulkOutput
    from docscan.errors import UsageError

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "workers").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(UsageError, match="symbolic link"):
        BulkOutput(out)
    assert list(elsewhere.iterdir()) == []


def test_check_output_replaces_a_link_and_keeps_its_target(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    report = tmp_path / "report.json"
    report.symlink_to(victim)
    folder = hostile.non_utf8_folder(tmp_path)
    run = docscan("check", str(folder), "--permit", "highly-qualified", "--region", "flanders", "--workers", "1",
                  "--format", "json", "--output", str(report))
    assert run.returncode == 1, run.stderr
    assert victim.read_text() == "precious\n"
    assert not report.is_symlink() and '"schema"' in report.read_text()


# ---------------------------------------------------------------------------------------------
# Formula injection in summary.csv (item 4)


def test_summary_csv_cells_never_start_a_formula(tmp_path):
    import csv

    from docscan.bulk import BulkSummary, WorkerOutcome
    from docscan.bulk_report import BulkOutput

    from docscan.models import Reason

    # The hostile texts come in as file names and entry names: the params that reach the cells.
    outcomes = tuple(WorkerOutcome(formula, formula, "executive", "flanders", "error",
                                   error=Reason.of("worker_not_checked", problem=formula),
                                   file_problems=(Reason.of("file_error", file=formula, problem=Reason("corrupt_pdf")),
                                                  Reason.of("stray_file", file=formula)), files=2, pages=-1)
                     for formula in hostile.FORMULAS)
    output = BulkOutput(tmp_path)
    output.write_summary(BulkSummary(outcomes, (), 1.0, 0, {}, interrupted=True, pending=("=1+1",)))
    with (tmp_path / "summary.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(hostile.FORMULAS) + 1
    cells = [cell for row in rows for column, cell in row.items() if column != "pages"]
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells), cells
    assert {row["worker_id"] for row in rows} == {"'" + f for f in hostile.FORMULAS} | {"'=1+1"}
    assert {row["pages"] for row in rows} == {"-1", ""}, "numbers stay numbers"


# ---------------------------------------------------------------------------------------------
# The review page (items 3, 2 and 20's lock-out)

REVIEW_PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="module")
def review_password_hash() -> str:
    from docscan.review.access import hash_password

    return hash_password(REVIEW_PASSWORD)


def record_hostile_flag(url: str, file_name: str = hostile.MARKDOWN_NAME, worker: str = "W1") -> int:
    """A recorded run with one flag about a file of this name, written as the recorder writes it."""
    from docscan.review.store import File, Flag, ReviewStore, Run, Worker

    store = ReviewStore(url)
    state = {"permit": "eu-blue-card", "region": "brussels", "today": "2026-11-15",
             "applicant": {"birth_date": None, "nationality": None, "in_belgium": False, "renewal": False,
                           "source": None}, "documents": [], "requirements": []}
    with store.session() as session, session.begin():
        run = Run(kind="bulk", label="hostile.zip", today="2026-11-15", recorded_by="test")
        row = Worker(worker_key=worker, permit="eu-blue-card", region="brussels", verdict="incomplete",
                     state=state, report={"schema": "docscan.report/2"})
        run.workers.append(row)
        file = File(name=file_name, sha256="0" * 64, kind="pdf", pages=1, doc_type="unknown")
        row.files.append(file)
        row.flags.append(Flag(file=file, requirement_id=None, reason="file_error",
                              message=f"{file_name}: The PDF is damaged and cannot be opened."))
        session.add(run)
        session.flush()
        flag_id = row.flags[0].id
    store.close()
    return flag_id


def open_review_page(password_hash: str):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(Path(__file__).resolve().parent.parent / "app.py"), default_timeout=120)
    at.secrets.update({"review": {"password_hash": password_hash}})
    at.switch_page("review.py").run()
    assert not at.exception
    return at


def review_sign_in(at, password: str, name: str = "Ann Adviser"):
    from docscan.webapp import review_page

    at.text_input(key=review_page.SIGNIN_NAME).set_value(name)
    at.text_input(key=review_page.SIGNIN_PASSWORD).set_value(password)
    at.button(key=review_page.SIGNIN_SUBMIT).click().run()
    assert not at.exception
    return at


@pytest.fixture
def review_db(tmp_path, monkeypatch) -> str:
    """A fresh review database for this test, as `DOCSCAN_DB` names it to the page."""
    from docscan.webapp import review_page

    path = tmp_path / "review.sqlite"
    monkeypatch.setenv("DOCSCAN_DB", str(path))
    review_page.review_store.clear()
    yield f"sqlite:///{path}"
    review_page.review_store.clear()


def test_a_file_name_in_markdown_shows_as_text_on_the_review_page(review_db, review_password_hash):
    record_hostile_flag(review_db)
    at = review_sign_in(open_review_page(review_password_hash), REVIEW_PASSWORD)
    shown = [w.value for w in at.warning] + [m.value for m in at.markdown] + [e.value for e in at.error]
    flag = next(v for v in shown if "Verify this document here" in v)
    assert "](https" not in flag and "![" not in flag, flag
    assert "\\[Verify this document here\\]\\(https" in flag
    assert not any("](https" in v or "![" in v for v in shown), shown


def test_five_wrong_guesses_by_one_client_do_not_lock_out_the_other_advisers(review_db, review_password_hash):
    from docscan.review.access import MAX_FAILURES

    at = open_review_page(review_password_hash)
    for _ in range(MAX_FAILURES):
        review_sign_in(at, "a guess", name="Mallory")
    assert any(e.value.startswith("Too many wrong passwords") for e in at.error)
    again = review_sign_in(open_review_page(review_password_hash), REVIEW_PASSWORD, name="Mallory")
    assert any(e.value.startswith("Too many wrong passwords") for e in again.error), "the guesser stays locked"
    ann = review_sign_in(open_review_page(review_password_hash), REVIEW_PASSWORD, name="Ann Adviser")
    assert not ann.error and ann.session_state["review.adviser"] == "Ann Adviser"


def test_a_guesser_changing_names_is_stopped_by_the_servers_count(review_db, review_password_hash, monkeypatch):
    import streamlit as st

    from docscan.review import access

    monkeypatch.setattr(access, "MAX_SERVER_FAILURES", 8)  # the real 50 works the same, only slower
    at = open_review_page(review_password_hash)
    for i in range(access.MAX_SERVER_FAILURES):  # never five under one name
        review_sign_in(at, "a guess", name=f"name {i // (access.MAX_FAILURES - 1)}")
    st.cache_resource.clear()  # what Streamlit's "clear cache" message does: the count is not there
    st.cache_data.clear()
    ann = review_sign_in(open_review_page(review_password_hash), REVIEW_PASSWORD, name="Ann Adviser")
    assert any(e.value.startswith("Too many wrong passwords") for e in ann.error), [e.value for e in ann.error]


# ---------------------------------------------------------------------------------------------
# The review database (items 9, 18, 19)


def test_the_review_database_is_readable_by_its_owner_only(tmp_path):
    import os
    import stat

    from docscan.review.store import ReviewStore

    old = os.umask(0o022)
    try:
        fresh = tmp_path / "data" / "docscan" / "review.sqlite"
        ReviewStore(f"sqlite:///{fresh}").close()
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o600
        assert stat.S_IMODE(fresh.parent.stat().st_mode) == 0o700
        older = tmp_path / "older.sqlite"
        ReviewStore(f"sqlite:///{older}").close()
        older.chmod(0o644)  # as docscan used to leave it
        ReviewStore(f"sqlite:///{older}").close()
        assert stat.S_IMODE(older.stat().st_mode) == 0o600
    finally:
        os.umask(old)


def _raw(url: str):
    import sqlite3

    connection = sqlite3.connect(url.removeprefix("sqlite:///"))
    connection.isolation_level = None
    return connection


def test_the_audit_log_cannot_be_replaced_nor_a_flag_changed_without_its_entry(tmp_path):
    import sqlite3

    from docscan.review import decisions

    url = f"sqlite:///{tmp_path / 'review.sqlite'}"
    flag_id = record_hostile_flag(url, file_name="scan.pdf")
    from docscan.review.store import ReviewStore

    store = ReviewStore(url)
    decisions.decide(store, flag_id, "accept", actor="Ann", version=1)
    store.close()
    raw = _raw(url)
    entry = raw.execute("select id from audit_log").fetchone()[0]
    for statement in (f"replace into audit_log (id, at, actor, action) values ({entry}, '2026-01-01', 'x', 'accept')",
                      f"insert or replace into audit_log (id, at, actor, action) values ({entry}, '2026-01-01', 'x', 'y')"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            raw.execute(statement)
    with pytest.raises(sqlite3.DatabaseError, match="audit entry"):
        raw.execute(f"update flags set status = 'rejected', decided_by = 'Mallory' where id = {flag_id}")
    with pytest.raises(sqlite3.DatabaseError, match="audit entry"):
        raw.execute(f"update flags set status = 'rejected', version = version + 1 where id = {flag_id}")
    with pytest.raises(sqlite3.DatabaseError, match="never replaced"):
        raw.execute(f"replace into flags (id, worker_id, reason, message, status, version) "
                    f"values ({flag_id}, 1, 'x', 'x', 'rejected', 9)")
    assert raw.execute("select actor, action from audit_log").fetchall() == [("Ann", "accept")]
    assert raw.execute(f"select status, decided_by from flags where id = {flag_id}").fetchone() == ("accepted", "Ann")


@pytest.mark.parametrize("damage", ["drop table audit_log", "drop trigger flags_update_needs_audit"])
def test_a_database_without_its_audit_log_is_refused_with_a_message(tmp_path, capsys, damage):
    from docscan.cli import main

    url = f"sqlite:///{tmp_path / 'review.sqlite'}"
    flag_id = record_hostile_flag(url, file_name="scan.pdf")
    _raw(url).execute(damage)
    code = main(["review", "decide", str(flag_id), "--accept", "--as", "Ann", "--db", str(tmp_path / "review.sqlite")])
    err = capsys.readouterr().err
    assert code == 2 and "has lost part of its audit log" in err and "OperationalError" not in err, err


def test_decide_without_version_never_replaces_another_advisers_decision(tmp_path, capsys):
    from docscan.cli import main

    db = tmp_path / "review.sqlite"
    flag_id = record_hostile_flag(f"sqlite:///{db}", file_name="scan.pdf")
    assert main(["review", "decide", str(flag_id), "--accept", "--as", "Ann", "--db", str(db)]) == 0
    capsys.readouterr()
    code = main(["review", "decide", str(flag_id), "--reject", "send it again", "--as", "Bob", "--db", str(db)])
    err = capsys.readouterr().err
    assert code == 2 and "accepted by Ann" in err and "--version 2" in err, err
    raw = _raw(f"sqlite:///{db}")
    assert raw.execute(f"select status, decided_by from flags where id = {flag_id}").fetchone() == ("accepted", "Ann")
    # Having looked (version 2), Bob may decide.
    assert main(["review", "decide", str(flag_id), "--reject", "send it again", "--as", "Bob", "--version", "2",
                 "--db", str(db)]) == 0


# ---------------------------------------------------------------------------------------------
# File names that are not UTF-8 (item 10)

ROOT = Path(__file__).resolve().parent.parent


def docscan(*args: str, timeout: float = 300):
    """`python -m docscan ARGS` as a user runs it (stdout is a pipe: strict UTF-8, no terminal)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "docscan", *args], capture_output=True, text=True, timeout=timeout,
                          env=env, cwd=ROOT)


def test_check_reads_a_file_whose_name_is_not_utf8(tmp_path):
    folder = hostile.non_utf8_folder(tmp_path)
    text = docscan("check", str(folder), "--permit", "highly-qualified", "--region", "flanders", "--workers", "1")
    assert text.returncode == 1, text.stderr
    assert "attestation-médicale.pdf: Medical certificate" in text.stdout
    as_json = docscan("check", str(folder), "--permit", "highly-qualified", "--region", "flanders", "--workers", "1",
                      "--format", "json")
    assert as_json.returncode == 1 and '"path": "attestation-médicale.pdf"' in as_json.stdout


def test_bulk_over_a_folder_of_names_that_are_not_utf8_checks_the_worker(tmp_path):
    import csv

    folder = hostile.non_utf8_bulk_folder(tmp_path)
    out = tmp_path / "out"
    run = docscan("bulk", str(folder), "--out", str(out), "--permit", "highly-qualified", "--region", "flanders",
                  "--workers", "1", "--quiet")
    assert run.returncode == 1, run.stderr
    with (out / "summary.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["worker_id"], r["verdict"]) for r in rows] == [("José", "incomplete")]
    assert "passport" not in rows[0]["missing"], "passeport-été.pdf was read"


# ---------------------------------------------------------------------------------------------
# Newlines and escape sequences in names reach no terminal (item 14)


def test_names_with_newlines_and_escapes_cannot_forge_report_lines(tmp_path):
    folder = tmp_path / "applicant"
    folder.mkdir()
    for name in (hostile.NEWLINE_NAME, hostile.ESCAPE_NAME):
        (folder / name).write_bytes(hostile.TINY_PDF)
    run = docscan("check", str(folder), "--permit", "highly-qualified", "--region", "flanders", "--workers", "1")
    assert run.returncode == 1, run.stderr
    assert "\x1b" not in run.stdout and "\x1b" not in run.stderr
    assert not any(line.strip().startswith("✔ Medical certificate") for line in run.stdout.splitlines()), run.stdout
    assert "scan.pdf\\n  ✔ Medical certificate" in run.stdout and "\\x1b[2J" in run.stdout


def test_bulk_and_review_commands_print_names_as_inert_text(tmp_path):
    inputs = tmp_path / "input"
    (inputs / "\x1b[2JW1\nforged line").mkdir(parents=True)  # an empty folder: an error line names it
    run = docscan("bulk", str(inputs), "--out", str(tmp_path / "out"), "--permit", "highly-qualified",
                  "--region", "flanders", "--workers", "1", "--quiet")
    assert run.returncode == 1, run.stderr
    assert "\x1b" not in run.stderr and "\\x1b[2JW1\\nforged line" in run.stderr
    db = tmp_path / "review.sqlite"
    record_hostile_flag(f"sqlite:///{db}", file_name=hostile.NEWLINE_NAME, worker="W1\x1b[2J")
    listing = docscan("review", "list", "--db", str(db))
    shown = docscan("review", "show", "1", "--db", str(db))
    for output in (listing.stdout, shown.stdout):
        assert "\x1b" not in output and not any(line.strip().startswith("✔") for line in output.splitlines()), output


# ---------------------------------------------------------------------------------------------
# What the command line prints on stderr (items 15 and 20)


def test_debug_shows_no_document_text(tmp_path):
    pdf = ROOT / "sample_docs" / "bundles" / "highly-qualified-complete" / "diploma.pdf"
    run = docscan("--debug", "check", str(pdf), "--permit", "highly-qualified", "--region", "flanders",
                  "--workers", "1")
    assert run.returncode == 1, run.stderr
    for words in ("VOORBEELD", "Utopia", "Computer Science", "Tj", "BT"):
        assert words not in run.stderr, f"{words!r} on stderr with --debug:\n{run.stderr[:2000]}"


@pytest.mark.parametrize("workers", ["1", "2"])
def test_library_warnings_do_not_reach_stderr_with_their_paths(tmp_path, workers):
    folder = tmp_path / "photos"
    folder.mkdir()
    hostile.corrupt_exif_jpeg(folder, "a.jpg")
    hostile.corrupt_exif_jpeg(folder, "b.jpg")
    run = docscan("check", str(folder), "--permit", "highly-qualified", "--region", "flanders", "--workers", workers)
    assert run.returncode == 1, run.stderr
    assert "Warning" not in run.stderr and "site-packages" not in run.stderr and "PIL" not in run.stderr, run.stderr


def test_a_closed_pipe_ends_the_command_quietly():
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    pipeline = subprocess.run(f"{sys.executable} -m docscan types | head -n 1", shell=True, capture_output=True,
                              text=True, env=env, cwd=ROOT, timeout=120)
    assert pipeline.stdout.count("\n") == 1
    assert pipeline.stderr == "", pipeline.stderr


# ---------------------------------------------------------------------------------------------
# Links that lead nowhere (item 20)


def test_links_that_lead_nowhere_are_reported_not_skipped(tmp_path):
    from docscan.bulk import find_workers

    folder = hostile.symlink_loop_folder(tmp_path)
    run = docscan("check", str(folder), "--permit", "highly-qualified", "--region", "flanders", "--workers", "1")
    assert run.returncode == 1, run.stderr
    for name in ("dangling.pdf", "loop-a.pdf", "loop-b.pdf"):
        assert f"{name}: NOT READ — This is a link to a file that is not there" in run.stdout, run.stdout
    bulk_input = tmp_path / "bulk"
    (bulk_input / "W1").mkdir(parents=True)
    (bulk_input / "W1" / "scan.pdf").write_bytes(hostile.TINY_PDF)
    (bulk_input / "W2").symlink_to(bulk_input / "gone")
    found = find_workers(bulk_input)
    assert [w.worker_id for w in found.folders] == ["W1"]
    assert found.problems == (Reason.of("dangling_link", file="W2"),)
    assert found.problems[0].message == "W2: this is a link that leads nowhere (a deleted file or a loop); it was not checked"


# ---------------------------------------------------------------------------------------------
# Session folders outside Streamlit's caches (item 2; the live attack is in test_server_attacks)


def test_session_folders_go_when_their_session_ends_and_only_then():
    from docscan.webapp.workspace import WorkspaceRegistry

    live = {"a", "b"}
    registry = WorkspaceRegistry(lambda session_id: session_id in live, sweep_seconds=3600)
    first, second = registry.get("a"), registry.get("b")
    try:
        assert registry.get("a") is first and first.root.exists()
        assert registry.sweep() == 0 and first.root.exists() and second.root.exists()
        live.discard("a")  # the browser left
        assert registry.sweep() == 1
        assert not first.root.exists() and second.root.exists()
        assert registry.get("a") is not first, "a session that comes back gets a new, empty folder"
    finally:
        for workspace in (first, second, registry.get("a")):
            workspace.close()
