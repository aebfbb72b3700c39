"""The session's private folder: uploaded files and the page cache, deleted when the session ends.

Uploaded documents are passports, criminal records and medical certificates, so they are kept
in exactly one place — a `TemporaryDirectory` made for one browser session — and nowhere else:
no global cache, no folder shared between sessions, nothing under the working directory. The
page gets its session's `SessionWorkspace` from a `WorkspaceRegistry`, which deletes the folder
once Streamlit no longer has the session (checked every few seconds); the `TemporaryDirectory`
finaliser deletes it at the latest when the server process exits.

The registry is deliberately not a Streamlit cache (`st.cache_resource` with a release hook, as
it was): any websocket client can send Streamlit's "clear cache" message without loading the
page or signing in, and clearing the caches released — deleted — every other applicant's
folder in the middle of their session (issue 13).

The page cache (`docscan.pipeline.PageCache`) lives in the same folder, so a page already read
is not read again when the page re-runs (a language switch, a file added), and it goes away
with the uploads. Previews (thumbnails, heat maps) are kept in memory, per session.

The HR bulk tab has its own corner of the folder: `bulk/<run>/` for the zip and manifest of one
run and the reports it writes, and its own page cache. Its cache is apart because bulk runs
store page results without their text (bulk reports never show it): shared with the applicant's
cache, a file checked in both tabs would show no text on the applicant's page.
"""

from __future__ import annotations

import hashlib
import logging
import re
import shutil
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, TypeVar

from ..outputs import write_private
from ..pipeline import PageCache

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Longest file name kept for an upload (file systems allow 255 bytes; keep room for UTF-8).
MAX_NAME_CHARS = 120


@dataclass(frozen=True)
class StoredUpload:
    """One uploaded file as written into the session folder."""

    path: Path
    #: The name the applicant's file had: shown in the report and read for a declared type.
    name: str
    sha256: str
    size: int


def safe_file_name(name: str) -> str:
    """The uploaded file's own name without folders or control characters, never empty.

    Browsers send only a base name, but a crafted request could send ``../../x``; the name is
    also what the report shows, so it stays as close to the applicant's as possible.
    """
    base = re.split(r"[\\/]", name or "")[-1]
    base = "".join(ch for ch in base if ch.isprintable()).strip().lstrip(".")
    if not base:
        return "upload"
    if len(base) > MAX_NAME_CHARS:
        stem, dot, suffix = base.rpartition(".")
        base = (stem[: MAX_NAME_CHARS - len(suffix) - 1] + "." + suffix) if dot and len(suffix) <= 10 \
            else base[:MAX_NAME_CHARS]
    return base


class SessionWorkspace:
    """A temporary folder for one session's uploads and page cache."""

    def __init__(self, prefix: str = "docscan-session-"):
        self._folder = tempfile.TemporaryDirectory(prefix=prefix)
        self.root = Path(self._folder.name)
        self.id = uuid.uuid4().hex
        self.uploads = self.root / "uploads"
        self.uploads.mkdir()
        self.cache = PageCache(self.root / "page-cache")
        self.bulk = self.root / "bulk"
        self.bulk_cache = PageCache(self.root / "bulk-page-cache")
        self._stored: dict[str, StoredUpload] = {}
        self._previews: dict[tuple, object] = {}
        self._lock = threading.Lock()
        self.closed = False

    def store(self, upload_id: str, name: str, read: Callable[[], bytes]) -> StoredUpload:
        """Write an upload into the folder once; `upload_id` is Streamlit's id for that upload.

        Files go to ``uploads/<content hash>/<their own name>``: two files of the same name stay
        apart, and the name the applicant gave is kept for the report.
        """
        with self._lock:
            known = self._stored.get(upload_id)
            if known is not None and known.path.exists():
                return known
            data = read()
            digest = hashlib.sha256(data).hexdigest()
            folder = self.uploads / digest[:32]
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / safe_file_name(name)
            if not path.exists():
                write_private(path, data)
            stored = StoredUpload(path, name or path.name, digest, len(data))
            self._stored[upload_id] = stored
            return stored

    def keep_only(self, upload_ids: Iterable[str]) -> None:
        """Delete the files of uploads the applicant removed from the page."""
        with self._lock:
            keep = set(upload_ids)
            for upload_id in [u for u in self._stored if u not in keep]:
                del self._stored[upload_id]
            wanted = {stored.path for stored in self._stored.values()}
            for path in list(self.uploads.glob("*/*")):
                if path not in wanted:
                    path.unlink(missing_ok=True)
            for folder in list(self.uploads.iterdir()):
                if folder.is_dir() and not any(folder.iterdir()):
                    folder.rmdir()
            # Previews are keyed by content: drop those of files no longer here.
            hashes = {stored.sha256 for stored in self._stored.values()}
            self._previews = {k: v for k, v in self._previews.items() if k[0] in hashes}

    def preview(self, key: tuple, make: Callable[[], T]) -> T:
        """A preview (thumbnail, heat map) made once per session; `key[0]` is the file's hash."""
        if key not in self._previews:
            self._previews[key] = make()
        return self._previews[key]  # type: ignore[return-value]

    def reset(self) -> None:
        """Delete every upload, cached page and preview, keeping the folder for new uploads."""
        with self._lock:
            self._stored.clear()
            self._previews.clear()
            for child in (self.uploads, self.cache.folder):
                shutil.rmtree(child, ignore_errors=True)
                child.mkdir(parents=True, exist_ok=True)

    def new_bulk_run(self) -> Path:
        """An empty folder for one bulk run; the folders of earlier runs are deleted first.

        Only the last run's reports are kept (the page shows one result at a time), so a
        session that checks ten batches does not keep ten copies of the workers' results.
        """
        with self._lock:
            shutil.rmtree(self.bulk, ignore_errors=True)
            run = self.bulk / uuid.uuid4().hex[:12]
            run.mkdir(parents=True)
            return run

    def reset_bulk(self) -> None:
        """Delete the bulk runs' files and their page cache (the bulk tab's "delete" button)."""
        with self._lock:
            for child in (self.bulk, self.bulk_cache.folder):
                shutil.rmtree(child, ignore_errors=True)
            self.bulk_cache.folder.mkdir(parents=True, exist_ok=True)

    def close(self) -> None:
        """Delete the folder and everything in it (the session ended)."""
        self.closed = True
        self._stored.clear()
        self._previews.clear()
        try:
            self._folder.cleanup()
        except OSError as exc:  # a file still open on an odd platform: the finaliser retries at exit
            log.warning("session folder not fully removed: %s", exc.strerror)


class WorkspaceRegistry:
    """The server's session folders, by Streamlit session id, deleted when their session is gone.

    `is_live(session_id)` says whether Streamlit still has the session; a daemon thread asks
    every `sweep_seconds` and closes the folders of sessions that ended (the browser left, the
    session timed out). Nothing a client sends can empty the registry.
    """

    def __init__(self, is_live: Callable[[str], bool], *, sweep_seconds: float = 3.0,
                 make: Callable[[], SessionWorkspace] = SessionWorkspace):
        self._is_live = is_live
        self._make = make
        self._sweep_seconds = sweep_seconds
        self._workspaces: dict[str, SessionWorkspace] = {}
        self._lock = threading.Lock()
        self._sweeper: threading.Thread | None = None

    def get(self, session_id: str) -> SessionWorkspace:
        """The session's folder, made on its first use (or again, if it was closed)."""
        with self._lock:
            workspace = self._workspaces.get(session_id)
            if workspace is None or workspace.closed:
                workspace = self._workspaces[session_id] = self._make()
            if self._sweeper is None:
                self._sweeper = threading.Thread(target=self._sweep_forever, name="docscan-workspace-sweeper",
                                                 daemon=True)
                self._sweeper.start()
            return workspace

    def sweep(self) -> int:
        """Close the folders of sessions Streamlit no longer has; returns how many were closed."""
        with self._lock:
            ended = [sid for sid in self._workspaces if not self._live(sid)]
            gone = [self._workspaces.pop(sid) for sid in ended]
        for workspace in gone:
            workspace.close()
        return len(gone)

    def _live(self, session_id: str) -> bool:
        try:
            return bool(self._is_live(session_id))
        except Exception:  # the runtime is shutting down: keep the folder, the finaliser removes it
            return True

    def _sweep_forever(self) -> None:
        while True:
            time.sleep(self._sweep_seconds)
            try:
                self.sweep()
            except Exception as error:  # never let the sweeper die: the next round tries again
                log.warning("session folders not swept: %s", type(error).__name__)
