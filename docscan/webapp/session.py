"""What the page keeps between re-runs, and when a re-run must read pages again.

Streamlit runs `app.py` from the top on every click. The page keeps the last report with the
`CheckRequest` it answered; a new request that only changes things that need no new reading
(language, permit, region, date, facts, a file removed or moved to another slot) is checked again
at once — every page is in the session's page cache, so it takes a moment — while a request
with a file not read before waits for the applicant to press "Check the files".

The bulk tab (many workers from one zip) keeps its last result with the `BulkRequest` it
answered, and never re-runs on its own: a batch takes minutes, so only its button starts one.

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
BIRTH_DATE = "birth_date"
NATIONALITY = "nationality"
CHECK = "check"
RESET = "reset"
DOWNLOAD_JSON = "download_json"
DOWNLOAD_HTML = "download_html"
DOWNLOAD_EXPORT = "download_export"

# Session-state keys of the page's own values.
REPORT = "docscan_report"
REQUEST = "docscan_request"
#: The session's `SessionWorkspace` (its folder holds the uploads and the page cache).
WORKSPACE = "docscan_workspace"
ERROR = "docscan_error"
UPLOAD_GENERATION = "docscan_upload_generation"

# The applicant's and the bulk tab, and which of them is open (by position: labels change with the language).
TABS = "tabs"
OPEN_TAB = "docscan_open_tab"

# Widget keys of the bulk tab.
BULK_PERMIT = "bulk_permit"
BULK_REGION = "bulk_region"
BULK_DATE = "bulk_date"
BULK_CHECK = "bulk_check"
BULK_RESET = "bulk_reset"
BULK_DOWNLOAD_CSV = "bulk_download_csv"
BULK_DOWNLOAD_REPORTS = "bulk_download_reports"

# Session-state keys of the bulk tab's own values.
#: The last run's `bulk_page.BulkResult` (summary, table rows' source, downloads).
BULK_RESULT = "docscan_bulk_result"
BULK_ERROR = "docscan_bulk_error"
#: Set by "Check all workers", dropped when the run has finished (a rerun mid-run restarts it).
BULK_PENDING = "docscan_bulk_pending"
BULK_GENERATION = "docscan_bulk_generation"


def bulk_zip_key(generation: int = 0) -> str:
    """Key of the bulk tab's zip upload; a new generation empties it ("delete these files")."""
    return f"bulk-zip-{generation}"


def bulk_manifest_key(generation: int = 0) -> str:
    """Key of the bulk tab's manifest upload."""
    return f"bulk-manifest-{generation}"


def dropzone_key(generation: int = 0) -> str:
    """Key of the all-files upload zone; a new generation empties it ("start again")."""
    return f"dropzone-{generation}"


def slot_key(requirement_id: str, generation: int = 0) -> str:
    """Key of the upload slot of one requirement."""
    return f"slot-{generation}-{requirement_id}"


def fact_key(fact: str) -> str:
    """Key of the question widget of one fact (models.FACT_NAMES) other than birth date and nationality."""
    return f"fact-{fact}"


def confirm_key(requirement_id: str) -> str:
    """Key of the checkbox confirming a document docscan cannot recognise (a declaration)."""
    return f"confirm-{requirement_id}"


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
    #: The other answers, as (fact, value) pairs; unanswered facts are left out (unknown).
    facts: tuple[tuple[str, object], ...] = ()
    #: Ids of the documents docscan cannot recognise that the applicant confirms.
    confirmed: frozenset[str] = frozenset()

    @property
    def contents(self) -> frozenset[str]:
        return frozenset(f.sha256 for f in self.files)


@dataclass(frozen=True)
class BulkRequest:
    """What a bulk run depends on: the uploads (by Streamlit's upload id), defaults and date."""

    zip_id: str
    zip_name: str
    manifest_id: str | None
    manifest_name: str | None
    default_permit: str | None
    default_region: str | None
    today: date


def rerun_without_asking(request: CheckRequest, last: CheckRequest | None) -> bool:
    """Whether the page may redo the check on its own: something changed, but no file is new."""
    return last is not None and request != last and bool(request.files) and request.contents <= last.contents
