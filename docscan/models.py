"""Shared result types: the vocabulary every stage speaks.

Stage-specific results live with their stage (`quality.PageQuality`, `ocr.OcrResult`,
`classify.Classification`, ...); what several stages and the report need is here.
All results are frozen: a later stage derives a new object instead of editing an old one,
so a result can be pickled to and from worker processes and cached by content hash.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Reason:
    """Why a verdict was given: a stable `code` for programs and a `message` for people.

    The message says what to do where something can be done ("rescan at 300 dpi").
    """

    code: str
    message: str

    def to_dict(self) -> dict:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True)
class Document:
    """One document found in the bundle: a whole file, or a run of pages inside a file.

    This is what a checklist requirement is satisfied by. It carries the facts the checklist
    needs (dates, MRZ) so the checklist never goes back to the files.
    """

    file: str
    first_page: int
    last_page: int
    doc_type: str
    #: Type the file name or upload slot declared, if any.
    declared_type: str | None
    #: How the type was decided: "content", "declared" (content unreadable), or
    #: "declared_unconfirmed" (readable, but nothing in it confirms the declared type).
    type_source: str
    legible: bool
    #: False when the type was decided on thin evidence: an adviser should look.
    confident: bool
    issue_date: date | None = None
    expiry_date: date | None = None
    birth_date: date | None = None
    nationality: str | None = None
    #: None when the document has no machine-readable zone (or it could not be found).
    mrz_valid: bool | None = None
    reasons: tuple[Reason, ...] = ()
    #: Content hash of the file, to tell a second copy of the same file from a second document.
    sha256: str = ""

    @property
    def label(self) -> str:
        """The file, with the pages when the document is only part of it."""
        if self.first_page == self.last_page == 0:
            return self.file
        return f"{self.file} (pages {self.first_page}-{self.last_page})" if self.first_page != self.last_page \
            else f"{self.file} (page {self.first_page})"


@dataclass(frozen=True)
class Applicant:
    """Facts about the worker that decide which requirements apply.

    Given by the user (`--in-belgium`, `--renewal`, ...) or read from the passport's MRZ.
    """

    birth_date: date | None = None
    nationality: str | None = None
    in_belgium: bool = False
    renewal: bool = False
    #: Where birth date and nationality came from, for the report ("passport MRZ", "given").
    source: str | None = None

    def age_on(self, day: date) -> int | None:
        if self.birth_date is None:
            return None
        before_birthday = (day.month, day.day) < (self.birth_date.month, self.birth_date.day)
        return day.year - self.birth_date.year - int(before_birthday)
