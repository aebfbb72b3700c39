"""The adviser's decisions: the queue, deciding an item, the recomputed verdict, purge, export.

A decision never edits docscan's original result. It is stored on the flag (with a version
number for optimistic locking) and in the append-only audit log, and the requirement statuses
are *recomputed* from the recorded documents with every decision applied:

* change type — the file's documents take the adviser's type, and the checklist is judged again
  (so a file retyped as the medical certificate can fill that requirement, with its date checks);
* accept — the flagged requirement counts as ok ("accepted by <adviser>");
* reject — the requirement is not met, and the message to send the applicant is kept with it.

Two advisers deciding the same item: each decision names the version it was shown; the second
finds a newer version, gets `ConflictError` with the item's current state, and nothing of it
is written.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import CursorResult, select, update

from .. import checklist as checklist_module
from ..classify import load_rules
from ..models import (Applicant, AuthenticationKind, CountrySource, Document, EmployerFields, EntryBanReading,
                      FieldComparison, IdentityFinding, IdentityStatus, PersonFields, Reason, SalaryReading,
                      SignatureCheck)
from .store import AuditEntry, ConflictError, Flag, PageEvidence, ReviewError, ReviewStore, Run, Worker, utcnow

DECISIONS = ("accept", "reject", "type", "comment")
OPEN, DECIDED = "open", ("accepted", "rejected", "retyped")


@dataclass(frozen=True)
class QueueItem:
    """A flag as the queue lists it."""

    id: int
    run_id: int
    worker: str
    permit: str
    region: str
    reason: str
    requirement_id: str | None
    doc_type: str | None
    file: str | None
    status: str
    message: str
    version: int
    decided_by: str | None
    #: What the flag says as a reason (None for flags recorded before issue 14).
    message_reason: dict | None = None

    def say(self, language: str) -> str:
        """The flag's message in `language` (its recorded English text when it has no reason)."""
        if self.message_reason:
            from ..messages import render

            return render(self.message_reason, language)
        return self.message


def queue(store: ReviewStore, *, run: int | None = None, worker: str | None = None, permit: str | None = None,
          reason: str | None = None, status: str = "open") -> list[QueueItem]:
    """Flags matching the filters, oldest run first; status is open, decided or all."""
    with store.session() as session:
        query = select(Flag, Worker).join(Worker, Flag.worker_id == Worker.id)
        if run is not None:
            query = query.where(Worker.run_id == run)
        if worker:
            query = query.where(Worker.worker_key == worker)
        if permit:
            query = query.where(Worker.permit == permit)
        if reason:
            query = query.where(Flag.reason == reason)
        if status == "open":
            query = query.where(Flag.status == OPEN)
        elif status == "decided":
            query = query.where(Flag.status.in_(DECIDED))
        elif status != "all":
            raise ReviewError(f"status must be open, decided or all, not '{status}'")
        rows = session.execute(query.order_by(Worker.run_id, Worker.id, Flag.id)).all()
        return [QueueItem(f.id, w.run_id, w.worker_key, w.permit, w.region, f.reason, f.requirement_id, f.doc_type,
                          f.file.name if f.file else None, f.status, f.message, f.version, f.decided_by,
                          f.message_reason)
                for f, w in rows]


@dataclass(frozen=True)
class FlagDetail:
    item: QueueItem
    comment: str | None
    decided_type: str | None
    reject_message: str | None
    decided_at: datetime | None
    #: (page number, image PNG or None, heat map PNG or None, text or None, highlights); empty once purged.
    pages: tuple[tuple[int, bytes | None, bytes | None, str | None, tuple[str, ...]], ...]
    history: tuple["AuditLine", ...]


@dataclass(frozen=True)
class AuditLine:
    at: datetime
    actor: str
    action: str
    flag_id: int | None
    before: dict | None
    after: dict | None
    comment: str | None


def flag_detail(store: ReviewStore, flag_id: int) -> FlagDetail:
    """One item with the pages behind it and its history."""
    with store.session() as session:
        flag = session.get(Flag, flag_id)
        if flag is None:
            raise ReviewError(f"no review item {flag_id}; 'docscan review list' shows them")
        item = queue_item(flag)
        pages = tuple((e.page, e.image_png, e.heatmap_png, e.text, tuple(e.highlights or ()))
                      for e in sorted(flag.evidence, key=lambda e: e.page))
        history = tuple(_audit_line(a) for a in session.scalars(
            select(AuditEntry).where(AuditEntry.flag_id == flag_id).order_by(AuditEntry.id)))
        return FlagDetail(item, flag.comment, flag.decided_type, flag.reject_message, flag.decided_at, pages, history)


def queue_item(flag: Flag) -> QueueItem:
    w = flag.worker
    return QueueItem(flag.id, w.run_id, w.worker_key, w.permit, w.region, flag.reason, flag.requirement_id,
                     flag.doc_type, flag.file.name if flag.file else None, flag.status, flag.message, flag.version,
                     flag.decided_by, flag.message_reason)


def decide(store: ReviewStore, flag_id: int, decision: str, *, actor: str, version: int | None = None,
           new_type: str | None = None, message: str | None = None, comment: str | None = None) -> QueueItem:
    """Record a decision on an item; `version` is the one the adviser was shown (None: the current one).

    Raises `ConflictError` when the item changed since that version, `ReviewError` for a
    decision that cannot apply (unknown type, a reject without a message).
    """
    if decision not in DECISIONS:
        raise ReviewError(f"decision must be one of {', '.join(DECISIONS)}")
    if not actor.strip():
        raise ReviewError("a decision needs the adviser's name")
    if decision == "type":
        rules = load_rules()
        if new_type not in rules.types:
            raise ReviewError(f"unknown document type '{new_type}'; known: {', '.join(rules.type_ids)}")
    if decision == "reject" and not (message and message.strip()):
        raise ReviewError("a rejection needs the message to send the applicant (what new document is needed)")
    if decision == "comment" and not (comment and comment.strip()):
        raise ReviewError("a comment needs its text")
    try:
        with store.session() as session, session.begin():
            flag = session.get(Flag, flag_id)
            if flag is None:
                raise ReviewError(f"no review item {flag_id}; 'docscan review list' shows them")
            seen = flag.version if version is None else version
            before = _flag_state(flag)
            changes: dict = {"version": seen + 1}
            if decision != "comment":
                changes.update(status={"accept": "accepted", "reject": "rejected", "type": "retyped"}[decision],
                               decided_type=new_type if decision == "type" else None,
                               reject_message=message.strip() if decision == "reject" and message else None,
                               decided_by=actor, decided_at=utcnow())
            if comment:
                changes["comment"] = comment.strip()
            # The audit entry first: the database refuses a change to a flag without the entry
            # for its new version (migration 0003), so neither can exist without the other.
            session.add(AuditEntry(actor=actor, action=decision, flag_id=flag_id, worker_id=flag.worker_id,
                                   before=before, after={**before, **_jsonable(changes)}, comment=comment))
            session.flush()
            # Optimistic locking: the update only applies to the version the adviser saw.
            # SQLAlchemy's stubs type Session.execute as Result, though an UPDATE gives a CursorResult.
            result = cast(CursorResult, session.execute(update(Flag).where(Flag.id == flag_id, Flag.version == seen).values(**changes)
                                     .execution_options(synchronize_session=False)))
            if result.rowcount != 1:
                raise _StaleVersion()  # rolls the audit entry back with the transaction
        conflict = False
    except _StaleVersion:
        conflict = True
    current = flag_detail(store, flag_id).item
    if conflict:
        who = f" by {current.decided_by}" if current.decided_by else ""
        raise ConflictError(
            f"item {flag_id} changed since you saw it (version {seen}; now version {current.version}, "
            f"{current.status}{who}); look at it again before deciding")
    return current


class _StaleVersion(Exception):
    """The flag's version moved on between reading it and writing the decision."""


def _flag_state(flag: Flag) -> dict:
    return {"status": flag.status, "decided_type": flag.decided_type, "reject_message": flag.reject_message,
            "comment": flag.comment, "decided_by": flag.decided_by, "version": flag.version}


def _jsonable(changes: dict) -> dict:
    return {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in changes.items() if k != "decided_at"}


def _audit_line(entry: AuditEntry) -> AuditLine:
    return AuditLine(entry.at, entry.actor, entry.action, entry.flag_id, entry.before, entry.after, entry.comment)


def audit_log(store: ReviewStore, *, flag_id: int | None = None, run: int | None = None) -> list[AuditLine]:
    with store.session() as session:
        query = select(AuditEntry).order_by(AuditEntry.id)
        if flag_id is not None:
            query = query.where(AuditEntry.flag_id == flag_id)
        if run is not None:
            query = query.where(AuditEntry.worker_id.in_(select(Worker.id).where(Worker.run_id == run)))
        return [_audit_line(a) for a in session.scalars(query)]


# ---------------------------------------------------------------------------------------------
# The verdict with the decisions applied


@dataclass(frozen=True)
class ReviewedWorker:
    worker_id: int
    worker: str
    original_verdict: str
    verdict: str
    requirements: tuple[dict, ...]
    decisions: tuple[dict, ...]
    open_items: int


def reviewed(store: ReviewStore, worker_row: int) -> ReviewedWorker:
    """The worker's requirement statuses and verdict recomputed with every decision."""
    with store.session() as session:
        worker = session.get(Worker, worker_row)
        if worker is None:
            raise ReviewError(f"no recorded worker {worker_row}")
        state = worker.state
        flags = list(worker.flags)
        files = {f.id: f.name for f in worker.files}
    retyped = {files[f.file_id]: f.decided_type for f in flags if f.status == "retyped" and f.file_id in files}
    documents = tuple(_document(d, retyped) for d in state["documents"])
    checklist = checklist_module.load_checklist(state["permit"], state["region"])
    today = date.fromisoformat(state["today"])
    requirements, _ = checklist_module.evaluate(checklist, documents, _applicant(state["applicant"]), today)
    results = {r.id: r.to_dict() for r in requirements}
    decisions = []
    for flag in flags:
        if flag.status in ("accepted", "rejected") and flag.requirement_id in results:
            entry = results[flag.requirement_id]
            if flag.status == "accepted" and entry["status"] != "ok":
                said = Reason.of("accepted_by_comment", adviser=flag.decided_by, comment=flag.comment) \
                    if flag.comment else Reason.of("accepted_by", adviser=flag.decided_by)
                entry.update(status="ok", reason=said.as_param(), message=said.message)
            elif flag.status == "rejected":
                said = Reason.of("rejected_by", adviser=flag.decided_by, message=flag.reject_message)
                entry.update(status="rejected", reason=said.as_param(), message=said.message)
        if flag.status != OPEN:
            decisions.append({"item": flag.id, "requirement": flag.requirement_id, "reason": flag.reason,
                              "decision": flag.status, "type": flag.decided_type, "message": flag.reject_message,
                              "comment": flag.comment, "by": flag.decided_by,
                              "at": flag.decided_at.isoformat() if flag.decided_at else None})
    statuses = tuple(results.values())
    verdict = "complete" if all(r["status"] == "ok" for r in statuses) else "incomplete"
    return ReviewedWorker(worker_row, worker.worker_key, worker.verdict, verdict, statuses, tuple(decisions),
                          sum(1 for f in flags if f.status == OPEN))


def reviewed_report(store: ReviewStore, worker_row: int) -> dict:
    """The recorded report with the recomputed requirements, verdict and the decisions behind them."""
    result = reviewed(store, worker_row)
    with store.session() as session:
        worker = session.get(Worker, worker_row)
        if worker is None:  # removed since `reviewed` read it
            raise ReviewError(f"no recorded worker {worker_row}")
        report = dict(worker.report)
    report.update(requirements=list(result.requirements), verdict=result.verdict,
                  review={"original_verdict": result.original_verdict, "decisions": list(result.decisions),
                          "open_items": result.open_items})
    return report


def run_workers(store: ReviewStore, run: int) -> list[tuple[int, str]]:
    with store.session() as session:
        if session.get(Run, run) is None:
            raise ReviewError(f"no recorded run {run}; 'docscan review runs' lists them")
        return [(w.id, w.worker_key) for w in session.scalars(select(Worker).where(Worker.run_id == run)
                                                             .order_by(Worker.id))]


def runs(store: ReviewStore) -> list[dict]:
    with store.session() as session:
        out = []
        for run in session.scalars(select(Run).order_by(Run.id)):
            flags = [f for w in run.workers for f in w.flags]
            out.append({"id": run.id, "created_at": run.created_at, "kind": run.kind, "label": run.label,
                        "workers": len(run.workers), "open": sum(f.status == OPEN for f in flags),
                        "decided": sum(f.status != OPEN for f in flags)})
        return out


def worker_row_of(store: ReviewStore, flag_id: int) -> int:
    with store.session() as session:
        flag = session.get(Flag, flag_id)
        if flag is None:
            raise ReviewError(f"no review item {flag_id}")
        return flag.worker_id


def _document(data: dict, retyped: dict[str, str | None]) -> Document:
    values = dict(data)
    for key in ("issue_date", "expiry_date", "birth_date"):
        values[key] = date.fromisoformat(values[key]) if values[key] else None
    values["reasons"] = tuple(_reason(r) for r in values["reasons"])
    values["mrz_uncertain_fields"] = tuple(values.get("mrz_uncertain_fields", ()))
    values["card_remarks"] = tuple(values.get("card_remarks", ()))
    values["signatures"] = SignatureCheck.from_dict(values.get("signatures"))
    values["salary"] = SalaryReading.from_dict(values["salary"]) if values.get("salary") else None
    values["entry_ban"] = EntryBanReading.from_dict(values["entry_ban"]) if values.get("entry_ban") else None
    values["person"], values["employer"], values["identity"] = _identity_state(values)
    # Issue 16: the apostille or legalisation found and where the country came from, as recorded.
    values["authentication"] = AuthenticationKind(values["authentication"]) if values.get("authentication") else None
    values["country_source"] = CountrySource(values["country_source"]) if values.get("country_source") else None
    document = Document(**values)
    new_type = retyped.get(document.file)
    if new_type:
        document = replace(document, doc_type=new_type, type_source="adviser", confident=True)
    return document


def _reason(data: dict) -> Reason:
    """A recorded reason; one recorded before reasons had params keeps its English text."""
    if "params" in data:
        return Reason.from_dict(data)
    return Reason.of("legacy_message", text=data.get("message", data.get("code", "")))


def _applicant(data: dict) -> Applicant:
    return Applicant.from_state(data)


# ---------------------------------------------------------------------------------------------
# Retention


def purge(store: ReviewStore, *, now: datetime | None = None, actor: str = "docscan review purge") -> int:
    """Delete the page images and texts whose retention has ended; returns how many pages went."""
    now = now or utcnow()
    with store.session() as session, session.begin():
        expired = list(session.scalars(select(PageEvidence).where(PageEvidence.expires_at <= now)))
        for evidence in expired:
            session.delete(evidence)
        if expired:
            session.add(AuditEntry(actor=actor, action="purge", comment=f"{len(expired)} page(s) past retention",
                                   after={"pages_deleted": len(expired)}))
        return len(expired)


def _identity_state(values: dict) -> tuple:
    """The particulars, employer and identity findings of a recorded document, read back (issue 15)."""
    person = values.get("person")
    if isinstance(person, dict):
        birth = person.get("birth_date")
        particulars: dict[str, Any] = {**person, "birth_date": date.fromisoformat(birth) if birth else None}
        person = PersonFields(**particulars)
    employer = values.get("employer")
    if isinstance(employer, dict):
        fields: dict[str, Any] = {key: tuple(value) if isinstance(value, list) else value
                                  for key, value in employer.items()}
        employer = EmployerFields(**fields)
    findings = tuple(
        IdentityFinding(kind=item["kind"], status=IdentityStatus(item["status"]), reference=item.get("reference"),
                        fields={name: FieldComparison(value) for name, value in (item.get("fields") or {}).items()},
                        reason=Reason.from_dict(item["reason"]) if item.get("reason") else None)
        for item in values.get("identity") or ())
    return person, employer, findings
