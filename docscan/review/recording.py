"""Recording a checked bundle for review: what is flagged, and the pages kept behind each flag.

`docscan check --record` and `docscan bulk --record` call `record_report` once per applicant,
while the files are still there, so the reviewer later sees the pages themselves (a reduced
image, the sharpness heat map where the page is blurry, the text read with the words that
decided its type). The report itself never held that text; it is read from the page results
here, kept in the database only until the retention period ends, and never logged.

Flagged is everything docscan could not settle alone: a requirement that is illegible,
invalid or needs review, a document whose type is uncertain, and every warning (order to
leave, entry ban, a file that reads as another type than declared, a file or page that could
not be read).
"""

from __future__ import annotations

import io
from dataclasses import asdict
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image

from .. import ingest, quality
from ..errors import FileProblem
from ..models import Document, Reason
from ..settings import Settings
from .store import DEFAULT_RETENTION_DAYS, File, Flag, PageEvidence, ReviewStore, Run, Worker, utcnow

if TYPE_CHECKING:  # pragma: no cover
    from ..pipeline import FileResult
    from ..report import Report

#: Requirement statuses that go to the queue.
FLAGGED_STATUSES = ("illegible", "invalid", "needs_review")
#: Warnings that go to the queue (a duplicate file only needs removing, not judging).
FLAGGED_WARNINGS = ("order_to_leave", "entry_ban", "type_mismatch", "file_error", "page_error")
#: Longest side of a stored page image: enough to read a document on screen, a tenth of the scan.
EVIDENCE_SIDE = 1400
#: Resolution a born-digital PDF page is drawn at for the reviewer.
EVIDENCE_PDF_DPI = 110

def start_run(store: ReviewStore, kind: str, label: str, today: date, recorded_by: str) -> int:
    """A new run in the database; returns its id."""
    with store.session() as session, session.begin():
        run = Run(kind=kind, label=Path(label).name[:255] or label[:255], today=today.isoformat(),
                  recorded_by=recorded_by[:255])
        session.add(run)
        session.flush()
        return run.id


def record_report(store: ReviewStore, run_id: int, worker_key: str, report: "Report", *,
                  name: str | None = None, settings: Settings | None = None,
                  retention_days: int = DEFAULT_RETENTION_DAYS) -> int:
    """Store one applicant's result, its flags and the pages behind them; returns the worker's row id."""
    settings = settings or Settings()
    documents = [d for f in report.files for d in f.documents]
    state = {"permit": report.permit, "region": report.region, "today": report.today.isoformat(),
             "applicant": _applicant_state(report),
             "documents": [_document_state(d) for d in documents],
             "requirements": [r.to_dict() for r in report.requirements]}
    expires = utcnow() + timedelta(days=retention_days)
    with store.session() as session, session.begin():
        worker = Worker(run_id=run_id, worker_key=worker_key[:255], name=name, permit=report.permit,
                        region=report.region, verdict=report.verdict, state=state, report=report.to_dict())
        session.add(worker)
        rows: dict[str, File] = {}
        for result in report.files:
            row = File(name=result.path[:255], sha256=result.source.sha256, kind=result.source.kind,
                       pages=len(result.pages), doc_type=result.doc_type)
            worker.files.append(row)
            rows[result.path] = row
        for flag, file_result, pages in _flags(report, rows):
            worker.flags.append(flag)
            for page in pages:
                flag.evidence.append(_evidence(file_result, page, settings, expires))
        session.flush()
        return worker.id


def _flags(report: "Report", rows: dict[str, File]):
    """(Flag, the file it is about, its page numbers) for everything to review."""
    by_label = {d.label: (f, d) for f in report.files for d in f.documents}
    covered: set[str] = set()
    for requirement in report.requirements:
        if requirement.status not in FLAGGED_STATUSES:
            continue
        label = requirement.files[0] if requirement.files else None
        file_result, document = by_label.get(label, (None, None)) if label else (None, None)
        covered.update(requirement.files)
        yield (Flag(file=rows.get(file_result.path) if file_result else None, requirement_id=requirement.id,
                    reason=requirement.status, message=requirement.message,
                    message_reason=requirement.reason.as_param(),
                    doc_type=document.doc_type if document else requirement.id),
               file_result, _pages(file_result, document))
    for file_result in report.files:
        for document in file_result.documents:
            if document.label in covered or document.confident or document.doc_type == "unknown":
                continue
            said = Reason.of("uncertain_type", file=document.label, doc_type=document.doc_type)
            yield (Flag(file=rows[file_result.path], requirement_id=document.doc_type, reason="uncertain_type",
                        message=said.message, message_reason=said.as_param(), doc_type=document.doc_type),
                   file_result, _pages(file_result, document))
    for warning in report.warnings:
        if warning.code not in FLAGGED_WARNINGS:
            continue
        file_result = next((f for f in report.files if warning.file and warning.file.startswith(f.path)), None)
        document = file_result.documents[0] if file_result and file_result.documents else None
        yield (Flag(file=rows.get(file_result.path) if file_result else None, requirement_id=None,
                    reason=warning.code, message=warning.message, message_reason=warning.reason.as_param(),
                    doc_type=document.doc_type if document else None),
               file_result, _pages(file_result, document))


def _pages(file_result: "FileResult | None", document: Document | None) -> list:
    if file_result is None:
        return []
    if document is None or document.first_page == 0:
        return list(file_result.pages)
    return [p for p in file_result.pages if document.first_page <= p.number <= document.last_page]


def _evidence(file_result: "FileResult", page, settings: Settings, expires) -> PageEvidence:
    image_png = heatmap_png = None
    source = file_result.source
    image: Image.Image | None  # a page that does not decode has no image
    try:
        if source.kind == "pdf":
            image = ingest.render_pdf_page(Path(source.path), page.number - 1, EVIDENCE_PDF_DPI, settings)
        else:
            image = ingest.load_page(source, page.number - 1, settings).image
        if image is not None:
            if page.quality is not None and any(r.code == "blurry" for r in page.reasons):
                heatmap_png = _png(quality.heatmap_image(quality.page_to_gray(image), max_side=900))
            reduced = image.copy()
            reduced.thumbnail((EVIDENCE_SIDE, EVIDENCE_SIDE))
            image_png = _png(reduced)
    except (FileProblem, OSError, ValueError, MemoryError):
        pass  # the page could not be drawn (a damaged file): the flag keeps its reasons
    highlights = sorted(_matched_words(page.classification.reasons if page.classification else ()))
    return PageEvidence(page=page.number, image_png=image_png, heatmap_png=heatmap_png, text=page.text or None,
                        highlights=highlights, expires_at=expires)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _document_state(document: Document) -> dict:
    data = asdict(document)
    for key in ("issue_date", "expiry_date", "birth_date"):
        data[key] = data[key].isoformat() if data[key] else None
    data["reasons"] = [r.as_param() for r in document.reasons]
    data["signatures"] = document.signatures.to_dict() if document.signatures else None
    # What was read of the pay and of an entry ban (issue 15), JSON-safe, read back by decisions.
    data["salary"] = document.salary.to_dict() if document.salary else None
    data["entry_ban"] = document.entry_ban.to_dict() if document.entry_ban else None
    # The particulars and identity findings (issue 15), JSON-safe: a decision judges the checklist
    # again from these documents, and another person's document must stay invalid then.
    if document.person is not None:
        person = asdict(document.person)
        person["birth_date"] = person["birth_date"].isoformat() if person["birth_date"] else None
        data["person"] = person
    data["identity"] = [finding.to_dict() for finding in document.identity]
    return data


#: The evidence codes whose `words` are words of the page (classify.py `_match`).
_WORD_EVIDENCE = ("words_quoted", "all_words", "words_approx")


def _matched_words(reasons) -> set[str]:
    """The words and phrases that decided the type, from the reasons' params (never their text)."""
    found: set[str] = set()

    def walk(item: object) -> None:
        if isinstance(item, dict):
            if item.get("code") in _WORD_EVIDENCE:
                found.update(w for w in item.get("params", {}).get("words", []) if 2 <= len(w) <= 80)
            for value in item.values():
                walk(value)
        elif isinstance(item, list):
            for value in item:
                walk(value)

    for reason in reasons:
        if reason.code in ("matched", "model"):
            walk(reason.as_param())
    return found


def _applicant_state(report: "Report") -> dict:
    return report.applicant.to_state()
