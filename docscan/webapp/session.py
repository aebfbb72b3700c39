"""What the page keeps between re-runs, and when a re-run must read pages again.

Streamlit runs `app.py` from the top on every click. The page keeps the last report with the
`CheckRequest` it answered; a new request that only changes things that need no new reading
(language, permit, region, date, facts, a file removed or moved to another slot) is checked again
at once — every page is in the session's page cache, so it takes a moment — while a request
with a file not read before waits for the applicant to press "Check the files".

Widget keys are named here so that the tests drive the page by the same names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# Widget keys.
LANGUAGE = "language"
PERMIT = "permit"
REGION = "region"
SUBMIT_DATE = "submit_date"
IN_BELGIUM = "in_belgium"
RENEWAL = "renewal"
CHECK = "check"
RESET = "reset"
DOWNLOAD_JSON = "download_json"
DOWNLOAD_HTML = "download_html"

# Session-state keys of the page's own values.
REPORT = "docscan_report"
REQUEST = "docscan_request"
#: The session's `SessionWorkspace` (its folder holds the uploads and the page cache).
WORKSPACE = "docscan_workspace"
ERROR = "docscan_error"
UPLOAD_GENERATION = "docscan_upload_generation"


def dropzone_key(generation: int = 0) -> str:
    """Key of the all-files upload zone; a new generation empties it ("start again")."""
    return f"dropzone-{generation}"


def slot_key(requirement_id: str, generation: int = 0) -> str:
    """Key of the upload slot of one requirement."""
    return f"slot-{generation}-{requirement_id}"


def requirement_container_key(requirement_id: str) -> str:
    """Key of a requirement's row in the checklist (the browser finds it as `.st-key-<key>`)."""
    return f"req-{requirement_id}"


@dataclass(frozen=True)
class RequestedFile:
    """One file of a request: its content, the name the applicant gave it, and its slot's type."""

    sha256: str
    name: str
    declared_type: str | None


@dataclass(frozen=True)
class CheckRequest:
    """Everything a check depends on; two equal requests give the same report."""

    permit: str
    region: str
    today: date
    in_belgium: bool
    renewal: bool
    language: str
    files: tuple[RequestedFile, ...]

    @property
    def contents(self) -> frozenset[str]:
        return frozenset(f.sha256 for f in self.files)


def rerun_without_asking(request: CheckRequest, last: CheckRequest | None) -> bool:
    """Whether the page may redo the check on its own: something changed, but no file is new."""
    return last is not None and request != last and bool(request.files) and request.contents <= last.contents
