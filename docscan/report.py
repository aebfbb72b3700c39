"""Report: the verdict on a bundle, as JSON for programs and as text for people.

The report is built from the result objects of the earlier stages, never by re-reading files.
Its JSON form is a stable schema (`docscan.report/2`: codes and params of every reason, with the
English message for convenience) that the Streamlit page, the bulk mode and other programs read.
By default it holds no document text and no personal data beyond the file names the user gave:
reports get mailed around and stored. People get `render_text(report, language)`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Sequence

from .messages import LANGUAGES
from .models import Applicant, Reason
from .terminal import printable

if TYPE_CHECKING:  # pragma: no cover
    from .checklist import Checklist, Notice, NotRequired, RequirementResult
    from .pipeline import FileResult

SCHEMA = "docscan.report/2"

#: Icons for the text report, the same ones the app shows.
STATUS_ICONS = {"ok": "✔", "missing": "✘", "illegible": "◌", "invalid": "✘", "needs_review": "?"}


@dataclass(frozen=True)
class ReportWarning:
    """Something a person must know even when the bundle is complete.

    `code` says what kind of warning it is (`order_to_leave`, `file_error`, `unsafe_path`...);
    `reason` is what to say, as a code and params, written at the edge in the reader's language.
    """

    code: str
    reason: Reason
    file: str | None = None

    @property
    def message(self) -> str:
        """The English sentence (programs, logs of tests); people get `reason` rendered."""
        return self.reason.message

    def to_dict(self) -> dict:
        return {"code": self.code, "reason": self.reason.as_param(), "message": self.message, "file": self.file}


@dataclass(frozen=True)
class Report:
    """Everything docscan concluded about one applicant's bundle."""

    permit: str
    permit_title: str
    region: str
    #: The region's notes per language ({"en": ..., "fr": ...}): `note(language)` picks one.
    region_notes: dict
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

    def permit_title_in(self, language: str) -> str:
        """The permit's name in `language`, from the checklist data."""
        from .checklist import load_permit_file

        try:
            titles = load_permit_file(self.permit).title
        except Exception:  # noqa: BLE001 - a report of a checklist folder docscan cannot read now
            return self.permit_title
        by_language = {str(lang): text for lang, text in titles.items()}
        return by_language.get(language) or by_language.get("en") or self.permit_title

    @property
    def region_note(self) -> str:
        """The notes in English (programs; people get `note(language)`)."""
        return self.note("en")

    def note(self, language: str) -> str:
        return self.region_notes.get(language) or self.region_notes.get("en", "")

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
            "identity": _identity_summary(self.files),
            "checklist": {"as_of": self.checklist_as_of.isoformat(), "region_note": self.region_note,
                          "region_notes": dict(self.region_notes), "sources": list(self.sources)},
            "timing": {"seconds": round(self.seconds, 2), "pages_read": self.pages_read},
        }

    def to_json(self, include_text: bool = False) -> str:
        return json.dumps(self.to_dict(include_text), ensure_ascii=False, indent=2)


def _identity_summary(files: Sequence["FileResult"]) -> dict:
    """One person, one employer (issue 15): the reference and the documents by verdict, as labels.

    No names or numbers here: they are only in the reasons that name both spellings.
    """
    summary: dict[str, Any] = {"person_reference": None, "employer_reference": None, "compared": 0,
                               "other_person": [], "other_employer": [], "other_account": [], "warnings": []}
    for result in files:
        for document in result.documents:
            if document.identity:
                summary["compared"] += 1
            for finding in document.identity:
                key = f"{finding.kind}_reference"
                if key in summary and summary[key] is None:
                    summary[key] = finding.reference
                if finding.status == "other":
                    summary[f"other_{finding.kind}"].append(document.label)
                elif finding.reason is not None:
                    summary["warnings"].append(document.label)
    return summary


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
                       # issue 11 (additive): the zone came from a text layer (exact), not OCR
                       "mrz_exact": d.mrz_exact,
                       "card_remarks": list(d.card_remarks),
                       # issue 16 (additive): the language read, whether it needs a translation
                       "language": d.language, "foreign_language": d.foreign_language, "script": d.script,
                       "needs_translation": d.needs_translation, "translation_declaration": d.translation_declaration,
                       "translated_in": d.translated_in, "translation_of": d.translation_of,
                       # issue 16 (additive): the apostille or legalisation found, and the issuing country
                       "authentication": d.authentication.value if d.authentication else None,
                       "authenticated_in": d.authenticated_in, "authenticates": d.authenticates,
                       "issuing_country": d.issuing_country,
                       "country_source": d.country_source.value if d.country_source else None,
                       # issue 15: the pay read (contracts, payslips, forms, assignment letters) and
                       # an entry ban's notification and duration; null for other documents
                       "salary": d.salary.to_dict() if d.salary else None,
                       "entry_ban": d.entry_ban.to_dict() if d.entry_ban else None,
                       # Issue 15: which particulars were read (names of fields, not their values)
                       # and what comparing them with the bundle's reference concluded.
                       "identity_fields_read": list(d.person.read_fields) if d.person else [],
                       "identity": [f.to_dict() for f in d.identity]} for d in result.documents],
        "pages": [p.to_dict(include_text) for p in result.pages],
        "signatures": _signatures_dict(result),
    }


def _signatures_dict(result: "FileResult") -> dict | None:
    """The PDF's signatures and seals (issue 16; additive in docscan.report/2), None without any:
    each with its state, who signed (the certificate's common name and organisation), when, and
    what it says as a reason; `trust_checked` is False, and `trust_note` says what that means."""
    from .signatures import signature_reason

    check = result.signatures
    if check is None:
        return None
    data = check.to_dict()
    for entry, signature in zip(data["signatures"], check.signatures):
        entry["reason"] = signature_reason(signature, result.path).to_dict()
    data["trust_note"] = Reason("signature_trust_not_checked").to_dict()
    return data


def build_report(checklist: "Checklist", today: date, applicant: Applicant,
                 requirements: Sequence["RequirementResult"], not_required: Sequence["NotRequired"],
                 files: Sequence["FileResult"], warnings: Sequence[ReportWarning], *, seconds: float,
                 pages_read: int, language: str = "en", notices: Sequence["Notice"] = ()) -> Report:
    """Assemble the report from the checklist verdicts and the file results."""
    note = {lang: checklist.note.get(lang) or checklist.note.get("en", "") for lang in LANGUAGES}
    sources = tuple({"title": s.title, "url": s.url, "as_of": s.as_of.isoformat(), "seen": s.seen.isoformat()}
                    for s in checklist.sources)
    return Report(checklist.permit, checklist.title.get(language) or checklist.title["en"], checklist.region,
                  note, today, checklist.as_of, applicant, tuple(requirements), tuple(not_required), tuple(files),
                  tuple(warnings), sources, seconds, pages_read, tuple(notices))


def render_text(report: Report, language: str = "en") -> str:
    """The report for a person reading a terminal, in `language`: verdict, what to do, then the files."""
    from .messages import label, render, requirement_name, term, type_name

    say = lambda key, **params: label(key, language, **params)  # noqa: E731
    lines = [say("report_title", permit=report.permit_title_in(language), permit_id=report.permit, region=report.region),
             say("checked_on", today=report.today, as_of=report.checklist_as_of), ""]
    for warning in report.warnings:
        if warning.code in ("order_to_leave", "entry_ban"):
            lines += [say("warning_banner", message=render(warning.reason, language)), ""]
    if report.verdict == "complete":
        verdict = say("complete")
        if any(w.code in ("order_to_leave", "entry_ban") for w in report.warnings):
            verdict += " " + say("read_warning_above")
    else:
        counts = [say("status_count", count=n, status=f"status.{status}")
                  for status, n in sorted(report.counts().items()) if status != "ok"]
        verdict = say("incomplete", counts=counts)
    lines += [verdict, "", say("requirements")]
    ids = [r.id for r in report.requirements] + [r.id for r in report.not_required]
    width = max([len(requirement_name(i, language)) for i in ids] + [38])
    for requirement in report.requirements:
        icon = STATUS_ICONS.get(requirement.status, " ")
        verify = "  " + say("verify_flag") if requirement.verify else ""
        title = requirement_name(requirement.id, language)
        lines.append(f"  {icon} {title:<{width}} {term(f'status_upper.{requirement.status}', language)}{verify}")
        if requirement.status != "ok":
            lines.append(f"      {render(requirement.reason, language)}")
        elif requirement.files:
            lines.append(f"      {', '.join(requirement.files)}")
    for item in report.not_required:
        lines.append(f"  – {requirement_name(item.id, language):<{width}} {say('not_required')}  "
                     f"{render(item.reason, language)}")
    facts = _fact_lines(report.applicant, language)
    if facts:
        lines += ["", say("facts_used")]
        lines += [f"  {line}" for line in facts]
    shown = [n for n in report.notices if n.kind != "question"]
    if shown:
        lines += ["", say("check_before_filing")]
        lines += [f"  {'!' if n.verify else '·'} {render(n.reason, language)}" for n in shown]
    questions = [n for n in report.notices if n.kind == "question"]
    if questions:
        lines += ["", say("questions")]
        lines += [f"  ? {render(n.reason, language)}" for n in questions]
    other = [w for w in report.warnings if w.code not in ("order_to_leave", "entry_ban")]
    if other:
        lines += ["", say("warnings")]
        lines += [f"  ! {render(w.reason, language)}" for w in other]
    lines += ["", say("files")]
    for result in report.files:
        if result.error is not None:
            lines.append(f"  {result.path}: {say('not_read')} — {render(result.error, language)}")
            continue
        pages = len(result.pages)
        legible = sum(1 for p in result.pages if p.legible)
        kind = term("type.unrecognised", language) if result.doc_type == "unknown" else type_name(result.doc_type, language)
        lines.append(f"  {result.path}: {kind} "
                     f"({say('file_pages', legible=legible, pages=pages)})")
        for page in result.pages:
            if not page.legible:
                why = "; ".join(render(r, language) for r in page.reasons) or say("cannot_be_read")
                lines.append(f"      {say('page', page=page.number)}: {why}")
        lines += [f"      {line}" for line in language_lines(result, language)]
        lines += [f"      ✎ {line}" for line in signature_lines(result, language)]
    if any(f.signatures is not None for f in report.files):
        lines += ["", render(Reason("signature_trust_not_checked"), language)]
    note = report.note(language)
    if note:
        lines += ["", say("region_note", note=note)]
    lines += ["", say("timing", pages=report.pages_read, seconds=report.seconds)]
    # File names and the messages quoting them are the applicant's: a newline in one must not
    # make a line of its own (a forged "✔ ... OK"), nor an escape sequence drive the terminal.
    return "\n".join(printable(line) for line in lines) + "\n"


def language_lines(result: "FileResult", language: str) -> list[str]:
    """Each document's language, when it was judged (text report, page)."""
    from .messages import label

    lines = []
    for document in result.documents:
        if document.language is None and document.script is None:
            continue
        code = document.language or document.script or ""
        if document.translated_in and document.translated_in != document.label:
            lines.append(label("file_language_translated", language, name=code, translation=document.translated_in))
        elif document.language:
            lines.append(label("file_language", language, name=code))
    return list(dict.fromkeys(lines))


def signature_lines(result: "FileResult", language: str) -> list[str]:
    """What a file's signatures and seals say, one line each, in `language` (text report, page)."""
    from .messages import render
    from .signatures import signature_reason

    check = result.signatures
    if check is None:
        return []
    lines = [render(signature_reason(s, result.path), language) for s in check.signatures]
    if check.error is not None:
        lines.append(render(Reason.of("signature_problem", file=result.path, problem=check.error), language))
    if check.not_checked:
        lines.append(render(Reason.of("signatures_not_checked", count=check.not_checked), language))
    return lines


def _facts(applicant: Applicant) -> dict:
    from .models import FACT_NAMES

    facts = {}
    for name in FACT_NAMES:
        value = applicant.fact(name)
        if name == "birth_date":
            value = value is not None
        facts[name] = {"value": value, "from": applicant.source_of(name)}
    return facts


def fact_source(source: str, language: str) -> str:
    """Where a fact came from, in words: given, the manifest, or the passport file it was read from."""
    from .messages import label, term

    if source in ("given", "manifest", "passport machine-readable zone"):
        return term(f"fact_source.{source}", language)
    return label("fact_from_mrz", language, file=source)


def _fact_lines(applicant: Applicant, language: str = "en") -> list[str]:
    """The known facts with where each came from; the birth date in full (the user may correct it)."""
    from .messages import label, term
    from .models import FACT_NAMES

    lines = []
    for name in FACT_NAMES:
        value = applicant.fact(name)
        if value is None or (name in ("in_belgium", "renewal") and value is False and not applicant.source_of(name)):
            continue
        shown = value.isoformat() if isinstance(value, date) else (
            label("answer_yes", language) if value is True else label("answer_no", language) if value is False
            else str(value))
        where = applicant.source_of(name)
        lines.append(f"{term(f'fact.{name}', language)}: {shown}" + (f" ({fact_source(where, language)})" if where else ""))
    if applicant.confirmed:
        lines.append(label("confirmed_by_you", language, ids=sorted(applicant.confirmed)))
    return lines
