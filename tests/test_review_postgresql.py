"""The review database on a real PostgreSQL server, as a team shares it (DOCSCAN_DB=postgresql+psycopg://…).

A throwaway server of Debian's `postgresql` package is started for the module (its own data
folder and socket, a free port, run as the `postgres` account when the tests run as root) and
stopped afterwards. What is checked is what issue 13 (item 18) found on SQLite and what 0001's
PostgreSQL rules left open: history cannot be rewritten, and a flag cannot change without its
audit entry; a database that lost its guards is refused with a message.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

PG_BIN = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
pytestmark = [
    pytest.mark.skipif(not PG_BIN, reason="Debian's postgresql is not installed (make test installs it)"),
    pytest.mark.skipif(shutil.which("runuser") is None and os.geteuid() == 0, reason="runuser is needed as root"),
]


def _as_server_user(args: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


@pytest.fixture(scope="module")
def postgresql_url():
    pytest.importorskip("psycopg")
    bin_dir = Path(PG_BIN[-1])
    folder = Path(tempfile.mkdtemp(prefix="docscan-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data = folder / "data"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    subprocess.run(_as_server_user([str(bin_dir / "initdb"), "-D", str(data), "-U", "docscan", "--auth=trust",
                                    "-E", "UTF8"]), check=True, capture_output=True, timeout=120)
    log = folder / "server.log"
    subprocess.run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60",
                                    "-o", f"-k {folder} -p {port} -c listen_addresses=''", "start"]),
                   check=True, capture_output=True, timeout=120)
    try:
        yield f"postgresql+psycopg://docscan@/postgres?host={folder}&port={port}"
    finally:
        subprocess.run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True, timeout=60)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def fresh_database(postgresql_url):
    """The server's database, emptied of docscan's tables before each test."""
    import sqlalchemy

    engine = sqlalchemy.create_engine(postgresql_url)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    engine.dispose()
    return postgresql_url


def _record_flag(url: str) -> int:
    from test_hardening import record_hostile_flag

    return record_hostile_flag(url, file_name="scan.pdf")


def _raw(url: str):
    import psycopg

    query = dict(part.split("=") for part in url.split("?", 1)[1].split("&"))
    return psycopg.connect(host=query["host"], port=int(query["port"]), user="docscan", dbname="postgres",
                           autocommit=True)


def test_decisions_are_recorded_and_history_cannot_be_rewritten(fresh_database):
    import psycopg

    from docscan.review import decisions
    from docscan.review.store import ReviewStore

    flag_id = _record_flag(fresh_database)
    store = ReviewStore(fresh_database)
    decisions.decide(store, flag_id, "accept", actor="Ann", version=1)
    store.close()
    with _raw(fresh_database) as raw:
        for statement in ("UPDATE audit_log SET actor = 'Mallory'", "DELETE FROM audit_log", "TRUNCATE audit_log"):
            with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
                raw.execute(statement)
        for statement in (f"UPDATE flags SET status = 'rejected', decided_by = 'Mallory' WHERE id = {flag_id}",
                          f"UPDATE flags SET status = 'rejected', version = version + 1 WHERE id = {flag_id}"):
            with pytest.raises(psycopg.errors.RaiseException, match="audit entry"):
                raw.execute(statement)
        row = raw.execute(f"SELECT id, worker_id, reason, message, version FROM flags WHERE id = {flag_id}").fetchone()
        with pytest.raises(psycopg.errors.RaiseException, match="audit entry"):
            raw.execute("INSERT INTO flags (id, worker_id, reason, message, status, version) "
                        "VALUES (%s, %s, %s, %s, 'rejected', %s) ON CONFLICT (id) DO UPDATE SET status = 'rejected'",
                        row)
        assert raw.execute("SELECT actor, action FROM audit_log").fetchall() == [("Ann", "accept")]
        assert raw.execute(f"SELECT status, decided_by FROM flags WHERE id = {flag_id}").fetchone() == ("accepted", "Ann")


def test_a_database_that_lost_its_guards_is_refused(fresh_database):
    from docscan.review.store import ReviewError, ReviewStore

    _record_flag(fresh_database)
    with _raw(fresh_database) as raw:
        raw.execute("DROP TRIGGER flags_update_needs_audit ON flags")
    with pytest.raises(ReviewError, match="has lost part of its audit log"):
        ReviewStore(fresh_database)
