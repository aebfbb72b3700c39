"""Report: the verdict on a bundle, as JSON for programs and as text for people.

The report is built from the result objects of the earlier stages, never by re-reading files.
Its JSON form is a stable schema (`docscan.report/1`) that the Streamlit page, the bulk mode
and other programs read. By default it holds no document text and no personal data beyond
the file names the user gave: reports get mailed around and stored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Sequence

from .models import Applicant
from .terminal import printable

if TYPE_CHECKING:  # pragma: no cover
    from .checklist import Checklist, Notice, NotRequired, RequirementResult
    from .pipeline import FileResult

SCHEMA = "docscan.report/1"

#: Icons for the text report, the same ones the app shows.
STATUS_ICONS = {"ok": "✔", "missing": "✘", "illegible": "◌", "invalid": "✘", "needs_review": "?"}


@dataclass(frozen=True)
class ReportWarning:
    """Something a person must know even when the bundle is complete."""

    code: str
    message: str
    file: str | None = None

    def to_dict(self) -> dict:
        return {"code": self.code, "message": self.message, "file": self.file}


@dataclass(frozen=True)
class Report:
    """Everything docscan concluded about one applicant's bundle."""

    permit: str
    permit_title: str
    region: str
    region_note: str
    today: date
    checklist_as_of: date
    applicant: Applicant
    requirements: tuple["RequirementResult", ...]
    not_required: tuple["NotRequired", ...]
    files: tuple["FileResult", ...]
    warnings: tuple[ReportWarning, ...]
    sources: tuple[dict, ...]
    seconds: float
    pages_read: int
    #: What the checklist data says besides the statuses (amounts, reminders, facts to verify,
    #: open questions); like warnings, never changes the verdict.
    notices: tuple["Notice", ...] = ()

    @property
    def verdict(self) -> str:
        """Complete only when every applicable requirement is ok; warnings never change it."""
        return "complete" if all(r.status == "ok" for r in self.requirements) else "incomplete"

    @property
    def exit_code(self) -> int:
        return 0 if self.verdict == "complete" else 1

    def counts(self) -> dict[str, int]:
        tally: dict[str, int] = {}
        for requirement in self.requirements:
            tally[requirement.status] = tally.get(requirement.status, 0) + 1
        return tally

    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "permit": self.permit,
            "permit_title": self.permit_title,
            "region": self.region,
            "today": self.today.isoformat(),
            "verdict": self.verdict,
            "summary": self.counts(),
            "requirements": [r.to_dict() for r in self.requirements],
            "not_required": [n.to_dict() for n in self.not_required],
            "files": [_file_dict(f, include_text) for f in self.files],
            "warnings": [w.to_dict() for w in self.warnings],
            "notices": [n.to_dict() for n in self.notices],
            "applicant": {
                "age_known": self.applicant.birth_date is not None,
                "nationality": self.applicant.nationality,
                "in_belgium": self.applicant.in_belgium,
                "renewal": self.applicant.renewal,
                "facts_from": self.applicant.source,
                # Every fact with its value (the birth date only as "known": reports get mailed
                # around) and where it came from, so a wrong reading can be corrected.
                "facts": _facts(self.applicant),
                "confirmed": sorted(self.applicant.confirmed),
            },
            "checklist": {"as_of": self.checklist_as_of.isoformat(), "region_note": self.region_note,
                          "sources": list(self.sources)},
            "timing": {"seconds": round(self.seconds, 2), "pages_read": self.pages_read},
        }

    def to_json(self, include_text: bool = False) -> str:
        return json.dumps(self.to_dict(include_text), ensure_ascii=False, indent=2)


def _file_dict(result: "FileResult", include_text: bool) -> dict:
    source = result.source
    return {
        "path": source.name,
        "doc_type": result.doc_type,
        "declared_type": source.declared_type,
        "kind": source.kind,
        "sha256": source.sha256,
        "error": result.error.to_dict() if result.error else None,
        "documents": [{"doc_type": d.doc_type, "pages": [d.first_page, d.last_page], "legible": d.legible,
                       "type_source": d.type_source, "confident": d.confident,
                       "issue_date": d.issue_date.isoformat() if d.issue_date else None,
                       "expiry_date": d.expiry_date.isoformat() if d.expiry_date else None,
                       "mrz_valid": d.mrz_valid, "mrz_uncertain_fields": list(d.mrz_uncertain_fields),
                       "card_remarks": list(d.card_remarks)} for d in result.documents],
        "pages": [p.to_dict(include_text) for p in result.pages],
    }


def build_report(checklist: "Checklist", today: date, applicant: Applicant,
                 requirements: Sequence["RequirementResult"], not_required: Sequence["NotRequired"],
                 files: Sequence["FileResult"], warnings: Sequence[ReportWarning], *, seconds: float,
                 pages_read: int, language: str = "en", notices: Sequence["Notice"] = ()) -> Report:
    """Assemble the report from the checklist verdicts and the file results."""
    note = checklist.note.get(language) or checklist.note.get("en", "")
    sources = tuple({"title": s.title, "url": s.url, "as_of": s.as_of.isoformat(), "seen": s.seen.isoformat()}
                    for s in checklist.sources)
    return Report(checklist.permit, checklist.title.get(language) or checklist.title["en"], checklist.region,
                  note, today, checklist.as_of, applicant, tuple(requirements), tuple(not_required), tuple(files),
                  tuple(warnings), sources, seconds, pages_read, tuple(notices))


def render_text(report: Report) -> str:
    """The report for a person reading a terminal: verdict, what to do, then the files."""
    lines = [
        f"docscan — {report.permit_title} ({report.permit}), {report.region.replace('-', ' ').title()}",
        f"Checked on {report.today.isoformat()} against the checklist as of {report.checklist_as_of.isoformat()}.",
        "",
    ]
    for warning in report.warnings:
        if warning.code in ("order_to_leave", "entry_ban"):
            lines += [f"!! WARNING ({warning.code}): {warning.message}", ""]
    verdict = "COMPLETE: every required document is present, legible and valid." if report.verdict == "complete" \
        else "INCOMPLETE: " + ", ".join(f"{n} {status.replace('_', ' ')}" for status, n in sorted(report.counts().items())
                                        if status != "ok") + "."
    if report.verdict == "complete" and any(w.code in ("order_to_leave", "entry_ban") for w in report.warnings):
        verdict += " But read the warning above before the worker leaves Belgium."
    lines += [verdict, "", "Requirements:"]
    for requirement in report.requirements:
        icon = STATUS_ICONS.get(requirement.status, " ")
        verify = "  (verify: not confirmed)" if requirement.verify else ""
        lines.append(f"  {icon} {requirement.title:<38} {requirement.status.upper()}{verify}")
        if requirement.status != "ok":
            lines.append(f"      {requirement.message}")
        elif requirement.files:
            lines.append(f"      {', '.join(requirement.files)}")
    for item in report.not_required:
        lines.append(f"  – {item.title:<38} NOT REQUIRED  {item.message}")
    facts = _fact_lines(report.applicant)
    if facts:
        lines += ["", "Facts used (correct a wrong one with its option, e.g. --birth-date):"]
        lines += [f"  {line}" for line in facts]
    shown = [n for n in report.notices if n.kind != "question"]
    if shown:
        lines += ["", "Check before filing:"]
        lines += [f"  {'!' if n.verify else '·'} {n.message}" for n in shown]
    questions = [n for n in report.notices if n.kind == "question"]
    if questions:
        lines += ["", "Questions that would change the checklist:"]
        lines += [f"  ? {n.message}" for n in questions]
    other = [w for w in report.warnings if w.code not in ("order_to_leave", "entry_ban")]
    if other:
        lines += ["", "Warnings:"]
        lines += [f"  ! {w.message}" for w in other]
    lines += ["", "Files:"]
    for result in report.files:
        if result.error is not None:
            lines.append(f"  {result.path}: NOT READ — {result.error.message}")
            continue
        pages = len(result.pages)
        legible = sum(1 for p in result.pages if p.legible)
        lines.append(f"  {result.path}: {result.doc_type} ({legible}/{pages} page{'s' if pages != 1 else ''} legible)")
        for page in result.pages:
            if not page.legible:
                why = "; ".join(r.message for r in page.reasons) or "cannot be read"
                lines.append(f"      page {page.number}: {why}")
    if report.region_note:
        lines += ["", f"Note for this region: {report.region_note}"]
    lines += ["", f"{report.pages_read} pages read in {report.seconds:.1f} s."]
    # File names and the messages quoting them are the applicant's: a newline in one must not
    # make a line of its own (a forged "✔ ... OK"), nor an escape sequence drive the terminal.
    return "\n".join(printable(line) for line in lines) + "\n"


def _facts(applicant: Applicant) -> dict:
    from .models import FACT_NAMES

    facts = {}
    for name in FACT_NAMES:
        value = applicant.fact(name)
        if name == "birth_date":
            value = value is not None
        facts[name] = {"value": value, "from": applicant.source_of(name)}
    return facts


def _fact_lines(applicant: Applicant) -> list[str]:
    """The known facts with where each came from; the birth date in full (the user may correct it)."""
    from .models import FACT_NAMES

    lines = []
    for name in FACT_NAMES:
        value = applicant.fact(name)
        if value is None or (name in ("in_belgium", "renewal") and value is False and not applicant.source_of(name)):
            continue
        shown = value.isoformat() if isinstance(value, date) else ("yes" if value is True else "no" if value is False
                                                                   else str(value))
        where = applicant.source_of(name)
        lines.append(f"{name.replace('_', ' ')}: {shown}" + (f" ({where})" if where else ""))
    if applicant.confirmed:
        lines.append("confirmed by you: " + ", ".join(sorted(applicant.confirmed)))
    return lines
