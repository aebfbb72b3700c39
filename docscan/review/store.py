"""The review database: runs, workers, files, flags, decisions and the audit log.

SQLite is the embedded default (`review_database_url()`); a team points `DOCSCAN_DB` at a
PostgreSQL URL instead, since everything goes through SQLAlchemy. The schema is made and
upgraded by Alembic migrations (`docscan/review/migrations/`), run when the database is
opened, so an old file is upgraded in place and a new one is created from nothing.

What is kept, and for how long, is the point of this module:
* runs, workers, files (content hash, not only the name), flags and decisions stay, because
  they are the adviser's work;
* the page images and the text read behind each flag are kept only until `expires_at`
  (recording day + retention, 30 days by default) and `purge` deletes them; nothing is
  recorded at all unless the user asked for it (`--record`);
* the audit log is append-only: the code never updates or deletes a row of it, and on SQLite
  a trigger refuses it too.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import (JSON, DateTime, Float, ForeignKey, Integer, LargeBinary, String, Text, create_engine, event)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, sessionmaker

from ..errors import DocscanError

#: Days a flagged page's image and text are kept for the reviewer.
DEFAULT_RETENTION_DAYS = 30


class ReviewError(DocscanError):
    """The review database cannot be used, or an item cannot be decided as asked."""

    exit_code = 2
    code = "review"


class ConflictError(ReviewError):
    """Someone else decided the item since it was shown: nothing was written."""

    code = "review_conflict"


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def review_database_url() -> str:
    """`DOCSCAN_DB` (a SQLAlchemy URL or a file path), else a SQLite file in the user's data folder."""
    configured = os.environ.get("DOCSCAN_DB", "").strip()
    if configured:
        return configured if "://" in configured else f"sqlite:///{Path(configured).expanduser().resolve()}"
    data_home = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return f"sqlite:///{data_home / 'docscan' / 'review.sqlite'}"


class Base(DeclarativeBase):
    pass


class Run(Base):
    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    #: "check" (one applicant) or "bulk" (an HR run).
    kind: Mapped[str] = mapped_column(String(16))
    #: The input's name (folder or zip), for the queue's filter; never a document's content.
    label: Mapped[str] = mapped_column(String(255))
    today: Mapped[str] = mapped_column(String(10))
    recorded_by: Mapped[str] = mapped_column(String(255))
    workers: Mapped[list["Worker"]] = relationship(back_populates="run", cascade="all, delete-orphan")


class Worker(Base):
    __tablename__ = "workers"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"), index=True)
    worker_key: Mapped[str] = mapped_column(String(255))
    name: Mapped[str | None] = mapped_column(String(255), nullable=True)
    permit: Mapped[str] = mapped_column(String(64))
    region: Mapped[str] = mapped_column(String(32))
    #: The verdict docscan gave before any decision.
    verdict: Mapped[str] = mapped_column(String(16))
    #: Facts the checklist needs to be judged again: applicant, documents, requirement results.
    state: Mapped[dict] = mapped_column(JSON)
    #: The report as `docscan check --format json` gives it (no document text).
    report: Mapped[dict] = mapped_column(JSON)
    run: Mapped[Run] = relationship(back_populates="workers")
    files: Mapped[list["File"]] = relationship(back_populates="worker", cascade="all, delete-orphan")
    flags: Mapped[list["Flag"]] = relationship(back_populates="worker", cascade="all, delete-orphan")


class File(Base):
    __tablename__ = "files"

    id: Mapped[int] = mapped_column(primary_key=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("workers.id"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str | None] = mapped_column(String(16), nullable=True)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    doc_type: Mapped[str] = mapped_column(String(64))
    worker: Mapped[Worker] = relationship(back_populates="files")


class Flag(Base):
    """One thing docscan could not settle alone: a requirement, a page or a warning."""

    __tablename__ = "flags"

    id: Mapped[int] = mapped_column(primary_key=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("workers.id"), index=True)
    file_id: Mapped[int | None] = mapped_column(ForeignKey("files.id"), nullable=True)
    page: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: The requirement the flag is about (None for a warning that concerns no requirement).
    requirement_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    #: illegible, invalid, needs_review, order_to_leave, entry_ban, type_mismatch, ...
    reason: Mapped[str] = mapped_column(String(32), index=True)
    #: What the flag says, in English (flags recorded before reasons had params have only this).
    message: Mapped[str] = mapped_column(Text)
    #: What the flag says as a reason ({"code", "params"}), written in the reader's language at the edge.
    message_reason: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    doc_type: Mapped[str | None] = mapped_column(String(64), nullable=True)
    #: open, accepted, rejected, retyped.
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    decided_type: Mapped[str | None] = mapped_column(String(64), nullable=True)
    #: What to send the applicant when the document is rejected.
    reject_message: Mapped[str | None] = mapped_column(Text, nullable=True)
    comment: Mapped[str | None] = mapped_column(Text, nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(255), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    #: Optimistic locking: a decision names the version it saw; a stale one is refused.
    version: Mapped[int] = mapped_column(Integer, default=1)
    worker: Mapped[Worker] = relationship(back_populates="flags")
    file: Mapped[File | None] = relationship()
    evidence: Mapped[list["PageEvidence"]] = relationship(back_populates="flag", cascade="all, delete-orphan")


class PageEvidence(Base):
    """The page behind a flag, as the reviewer sees it; deleted when its retention ends."""

    __tablename__ = "page_evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    flag_id: Mapped[int] = mapped_column(ForeignKey("flags.id"), index=True)
    page: Mapped[int] = mapped_column(Integer)
    image_png: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    heatmap_png: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    text: Mapped[str | None] = mapped_column(Text, nullable=True)
    #: Words and phrases that decided the page's type, to highlight in the text.
    highlights: Mapped[list] = mapped_column(JSON, default=list)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    flag: Mapped[Flag] = relationship(back_populates="evidence")


class AuditEntry(Base):
    """Append-only: who did what, when, the value before and after, and why."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(255))
    action: Mapped[str] = mapped_column(String(32))
    flag_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    worker_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    before: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    after: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    comment: Mapped[str | None] = mapped_column(Text, nullable=True)


class SignInState(Base):
    """Failed sign-ins of one scope (a hashed client, or the server) and its lock-out.

    Kept here rather than in the page's memory so that no client can reset it (see
    `docscan.review.access`); it holds no name or address, only their hash.
    """

    __tablename__ = "sign_in_guard"

    scope: Mapped[str] = mapped_column(String(64), primary_key=True)
    #: Wall-clock times (seconds) of the failures in the current window.
    failures: Mapped[list] = mapped_column(JSON, default=list)
    locked_until: Mapped[float] = mapped_column(Float, default=0.0)
    lockouts: Mapped[int] = mapped_column(Integer, default=0)


# ---------------------------------------------------------------------------------------------
# Opening


class ReviewStore:
    """An open review database: `store.session()` gives a SQLAlchemy session on it."""

    def __init__(self, url: str | None = None):
        self.url = url or review_database_url()
        if self.url.startswith("sqlite:///"):
            _private_sqlite_file(Path(self.url.removeprefix("sqlite:///")))
        try:
            self.engine: Engine = create_engine(self.url)
        except Exception as error:  # a bad URL or a missing driver: say which
            raise ReviewError(f"cannot open the review database {redacted(self.url)}: {error}") from None
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
            event.listen(self.engine, "begin", _sqlite_begin_immediate)
        upgrade(self.engine)
        check_audit_guards(self.engine)
        self.session = sessionmaker(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()


def _private_sqlite_file(path: Path) -> None:
    """Make the SQLite file readable by its owner only (and its folder, when docscan makes it).

    It holds page images and the text read from passports and criminal records: with the
    default umask it was 0644 in a 0755 folder, readable by every account on the machine.
    SQLite gives its journal and WAL files the database file's mode, so they follow.
    """
    if str(path) in ("", ":memory:"):
        return
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        os.close(descriptor)
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)  # an older file, made before docscan did this
    except OSError as exc:
        raise ReviewError(f"cannot open the review database {path}: {exc.strerror}") from None


#: The triggers that keep the audit log whole on SQLite (migrations 0001 and 0003) and on
#: PostgreSQL (migration 0005).
SQLITE_AUDIT_TRIGGERS = ("audit_log_no_update", "audit_log_no_delete", "audit_log_no_replace", "flags_no_replace",
                         "flags_update_needs_audit")
POSTGRESQL_AUDIT_TRIGGERS = ("audit_log_append_only", "audit_log_no_truncate", "flags_update_needs_audit")


def check_audit_guards(engine: Engine) -> None:
    """Refuse a database whose audit log, or the triggers that protect it, are gone.

    Without them docscan would record decisions that no one can trace (or fail half-way with
    an `OperationalError`); better to say so and change nothing.
    """
    from sqlalchemy import inspect, text

    with engine.connect() as connection:
        missing = [t for t in ("audit_log", "flags") if not inspect(connection).has_table(t)]
        if not missing and engine.dialect.name == "sqlite":
            present = set(connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
            missing = [f"trigger {n}" for n in SQLITE_AUDIT_TRIGGERS if n not in present]
        elif not missing and engine.dialect.name == "postgresql":
            present = set(connection.execute(text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")).scalars())
            missing = [f"trigger {n}" for n in POSTGRESQL_AUDIT_TRIGGERS if n not in present]
    if missing:
        raise ReviewError(f"the review database {redacted(str(engine.url))} has lost part of its audit log "
                          f"({', '.join(missing)} missing): docscan records no decision that cannot be traced. "
                          "Restore the database from a backup, or start a new one (DOCSCAN_DB)")


def _sqlite_pragmas(connection, _record) -> None:
    # pysqlite's own BEGIN is deferred; docscan emits BEGIN IMMEDIATE itself (below).
    connection.isolation_level = None
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # Two advisers at once: wait for the other's write instead of failing at once.
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _sqlite_begin_immediate(connection) -> None:
    """Take the write lock when a transaction starts: two advisers' transactions then run one
    after the other (waiting up to the busy timeout) instead of failing on a lock upgrade; the
    version check then tells the second that the item changed."""
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration (creates it in an empty database)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except Exception as error:
        raise ReviewError(f"the review database {redacted(str(engine.url))} could not be prepared "
                          f"({type(error).__name__}: {str(error)[:200]})") from None


def redacted(url: str) -> str:
    """A database URL without its password, for messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        credentials, host = rest.rsplit("@", 1)
        user = credentials.split(":", 1)[0]
        return f"{scheme}://{user}:***@{host}"
    return url
