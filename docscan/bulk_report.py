"""What a bulk run leaves in its output folder: a summary CSV, a report per worker, an overview.

    OUT/summary.csv            one row per worker: verdict, what is missing, illegible, invalid...
    OUT/index.html             the overview: workers sorted by what needs doing, with links
    OUT/workers/<id>.json      the worker's report, the same schema as `docscan check --format json`
    OUT/workers/<id>.html      the same report, printable

Every file is written whole to a temporary name and then renamed, so an interrupted run never
leaves half a report. Reports hold no document text; the overview loads nothing from anywhere
(no scripts, fonts or images) and escapes every value, since worker ids and file names come
from the HR department's folders.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime
from html import escape
from pathlib import Path
from typing import Sequence

from .bulk import BulkSummary, WorkerOutcome, iter_verdict_order
from .outputs import FOLDER_MODE, private_folder, write_private
from .messages import format_day, label, render, requirement_name, term
from .report import SCHEMA

SUMMARY_COLUMNS = ("worker_id", "name", "permit", "region", "verdict", "missing", "illegible", "invalid",
                   "needs_review", "warnings", "file_problems", "error", "files", "pages", "report")

#: The overview's words for a verdict (labels of the message catalogues).
_VERDICT_LABELS = {"complete": "bulk_ready", "incomplete": "bulk_incomplete", "error": "bulk_not_checked",
                   "interrupted": "bulk_not_checked_yet"}


def worker_file_stem(worker_id: str, taken: set[str]) -> str:
    """A file name for the worker's reports: the id with anything unsafe replaced, made unique."""
    stem = re.sub(r"[^\w.-]+", "_", worker_id, flags=re.UNICODE).strip("._") or "worker"
    stem = stem[:80]
    candidate, n = stem, 2
    while candidate.casefold() in taken:
        candidate, n = f"{stem}-{n}", n + 1
    taken.add(candidate.casefold())
    return candidate


class BulkOutput:
    """Writes the reports of a bulk run into one folder as the workers finish."""

    def __init__(self, folder: str | Path, language: str = "en", report_language: str | None = None):
        """`language`: the HR user's, for the overview and summary.csv; `report_language`: each
        worker's printable report (the worker's language, say; the HR user's by default)."""
        self.folder = Path(folder)
        self.language = language
        self.report_language = report_language or language
        self.folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
        # A `workers` link planted in the output folder must not carry reports elsewhere.
        self.workers = private_folder(self.folder / "workers", within=self.folder)
        self._stems: dict[str, str] = {}
        self._taken: set[str] = set()

    def stem(self, worker_id: str) -> str:
        if worker_id not in self._stems:
            self._stems[worker_id] = worker_file_stem(worker_id, self._taken)
        return self._stems[worker_id]

    def report_path(self, worker_id: str) -> str:
        """The worker's JSON report, relative to the output folder."""
        return f"workers/{self.stem(worker_id)}.json"

    def write_worker(self, outcome: WorkerOutcome) -> None:
        """The worker's JSON and printable report (a worker that was not checked gets its reason)."""
        stem = self.stem(outcome.worker_id)
        if outcome.report is not None:
            data = outcome.report.to_dict()
        else:
            data = {"schema": SCHEMA, "permit": outcome.permit, "region": outcome.region,
                    "verdict": "error", "requirements": [], "files": [], "warnings": []}
        data["worker"] = {"id": outcome.worker_id, "name": outcome.name, "bulk_verdict": outcome.verdict,
                          "error": outcome.error.to_dict() if outcome.error else None,
                          "file_problems": [p.to_dict() for p in outcome.file_problems]}
        write_private(self.workers / f"{stem}.json", json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        write_private(self.workers / f"{stem}.html", _worker_html(outcome, self.report_language))

    def write_export(self, outcome: WorkerOutcome, limits, settings) -> int:
        """`bulk --export`: the worker's files ready to submit in workers/<stem>-ready/ (made while
        the worker's files are still unpacked); returns how many files were written."""
        from .export import export_report

        if outcome.report is None:
            return 0
        exported = export_report(outcome.report, language=self.report_language, settings=settings, limits=limits)
        folder = private_folder(self.workers / f"{self.stem(outcome.worker_id)}-ready", within=self.folder)
        written = exported.write(folder)
        write_private(folder / "files-ready-to-submit.zip", exported.zip_bytes())
        return len(written)

    def write_summary(self, summary: BulkSummary) -> None:
        """summary.csv and index.html; workers an interrupted run did not reach are listed as such."""
        pending = summary.pending
        rows = [summary_row(o, self.report_path(o.worker_id), self.language) for o in summary.outcomes]
        rows += [{"worker_id": w, "verdict": "interrupted", "error": label("bulk_run_again", self.language)}
                 for w in pending]
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=SUMMARY_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for row in sorted(rows, key=lambda r: r["worker_id"].casefold()):
            writer.writerow({column: spreadsheet_cell(value) for column, value in row.items()})
        # utf-8-sig: Excel, which most HR departments open a CSV with, then shows accents right.
        write_private(self.folder / "summary.csv", buffer.getvalue(), encoding="utf-8-sig")
        write_private(self.folder / "index.html", overview_html(summary, pending, self, self.language))



def summary_row(outcome: WorkerOutcome, report_path: str = "", language: str = "en") -> dict:
    """One worker's row of summary.csv (the web page shows the same rows as a table).

    Ids (verdict, requirements, warning codes) stay as they are, for filters and formulas; the
    problems are sentences in `language`.
    """
    return {"worker_id": outcome.worker_id, "name": outcome.name or "", "permit": outcome.permit or "",
            "region": outcome.region or "", "verdict": outcome.verdict,
            "missing": "; ".join(outcome.missing), "illegible": "; ".join(outcome.illegible),
            "invalid": "; ".join(outcome.invalid), "needs_review": "; ".join(outcome.needs_review),
            "warnings": "; ".join(outcome.warnings),
            "file_problems": " | ".join(render(p, language) for p in outcome.file_problems),
            "error": render(outcome.error, language) if outcome.error else "", "files": outcome.files, "pages": outcome.pages,
            "report": report_path}


#: A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets
#: (OWASP "CSV injection"); tab and carriage return too, since some strip them before reading.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: object) -> object:
    """A summary.csv cell that a spreadsheet shows as text, never runs as a formula.

    Worker ids come from folder names, names from the manifest and problems from file names:
    all chosen by whoever made the zip. A text cell that would start a formula gets a leading
    apostrophe, which spreadsheets read as "this is text" and do not show. Numbers stay numbers.
    """
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value




# ---------------------------------------------------------------------------------------------
# HTML

_STYLE = """
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: #1d1d1f; margin: 2em auto;
       max-width: 75em; line-height: 1.4; font-size: 10.5pt; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
.meta { color: #555; margin: 0.2em 0 1em; }
.counts span { display: inline-block; margin-right: 1.2em; font-weight: bold; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.35em 0.5em; border-bottom: 1px solid #ddd; }
th { background: #f3f3f3; position: sticky; top: 0; }
td.verdict { white-space: nowrap; font-weight: bold; }
tr.error td.verdict { color: #7a1f1f; } tr.incomplete td.verdict { color: #c62828; }
tr.complete td.verdict { color: #1b7f3b; } tr.interrupted td.verdict { color: #555; }
.warn { color: #c62828; font-weight: bold; }
.small { font-size: 0.9em; color: #555; }
ul { margin: 0; padding-left: 1.2em; }
"""


def _titles(ids: Sequence[str], language: str) -> list[str]:
    return [requirement_name(i, language) for i in ids]


def _todo_items(outcome: WorkerOutcome, language: str) -> list[str]:
    items = []
    if outcome.error:
        items.append(escape(render(outcome.error, language)))
    for key, ids in (("status.missing", outcome.missing), ("status.illegible", outcome.illegible),
                     ("status.invalid", outcome.invalid), ("status.needs_review", outcome.needs_review)):
        if ids:
            items.append(f"<b>{escape(term(key, language))}:</b> {escape(', '.join(_titles(ids, language)))}")
    for code in outcome.warnings:
        css = ' class="warn"' if code in ("order_to_leave", "entry_ban") else ""
        items.append(f"<span{css}>{escape(label('bulk_warning', language, code=code))}</span>")
    for problem in outcome.file_problems:
        items.append(f'<span class="small">{escape(render(problem, language))}</span>')
    return items


def overview_html(summary: BulkSummary, pending: Sequence[str], output: BulkOutput, language: str = "en") -> str:
    """The overview page, in the HR user's language: counts, problems outside any worker, one row per worker."""
    counts = {v: summary.count(v) for v in ("complete", "incomplete", "error")}
    say = lambda key, **params: escape(label(key, language, **params))  # noqa: E731
    now = datetime.now()
    parts = ["<!DOCTYPE html>", f'<html lang="{escape(language)}"><head><meta charset="utf-8">',
             f"<title>{say('bulk_title')}</title>", f"<style>{_STYLE}</style></head><body>",
             f"<h1>{say('bulk_heading')}</h1>",
             '<p class="meta">' + say("bulk_meta", workers=len(summary.outcomes) + len(pending),
                                       pages=summary.pages_read, seconds=round(summary.seconds),
                                       day=format_day(now.date(), language), time=now.strftime("%H:%M")) + "</p>",
             '<p class="counts">'
             f"<span>{say('bulk_count_not_checked', count=counts['error'])}</span>"
             f"<span>{say('bulk_count_incomplete', count=counts['incomplete'])}</span>"
             f"<span>{say('bulk_count_ready', count=counts['complete'])}</span>"
             + (f"<span>{say('bulk_count_interrupted', count=len(pending))}</span>" if pending else "") + "</p>"]
    if summary.problems:
        parts.append(f"<h2>{say('bulk_outside')}</h2><ul>")
        parts += [f"<li>{escape(render(p, language))}</li>" for p in summary.problems]
        parts.append("</ul>")
    parts.append(f"<table><thead><tr><th>{say('bulk_worker')}</th><th>{say('bulk_permit')}</th>"
                 f"<th>{say('bulk_region')}</th><th>{say('bulk_verdict')}</th><th>{say('bulk_to_do')}</th>"
                 f"<th>{say('bulk_report')}</th></tr></thead><tbody>")
    for outcome in iter_verdict_order(summary.outcomes):
        stem = output.stem(outcome.worker_id)
        items = _todo_items(outcome, language) or [say("bulk_nothing_to_do")]
        who = escape(outcome.worker_id) + (f'<br><span class="small">{escape(outcome.name)}</span>'
                                            if outcome.name else "")
        verdict = say(_VERDICT_LABELS[outcome.verdict]) if outcome.verdict in _VERDICT_LABELS else escape(outcome.verdict)
        parts.append(
            f'<tr class="{escape(outcome.verdict)}"><td>{who}</td><td>{escape(outcome.permit or "")}</td>'
            f'<td>{escape(term("region." + outcome.region, language) if outcome.region else "")}</td>'
            f'<td class="verdict">{verdict}</td>'
            f"<td><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul></td>"
            f'<td><a href="workers/{escape(stem)}.html">{say("bulk_report_link")}</a> · '
            f'<a href="workers/{escape(stem)}.json">JSON</a></td></tr>')
    for worker_id in pending:
        parts.append(f'<tr class="interrupted"><td>{escape(worker_id)}</td><td></td><td></td>'
                     f'<td class="verdict">{say("bulk_not_checked_yet")}</td><td>{say("bulk_interrupted_row")}'
                     "</td><td></td></tr>")
    parts.append("</tbody></table></body></html>")
    return "\n".join(parts) + "\n"


def _worker_html(outcome: WorkerOutcome, language: str = "en") -> str:
    say = lambda key, **params: escape(label(key, language, **params))  # noqa: E731
    if outcome.report is not None:
        from .webapp.html_report import render_html
        from .webapp.strings import LANGUAGES as FRAME_LANGUAGES
        from .webapp.strings import load_strings

        # The frame's words (headings) come from the page's strings; a language they do not have
        # yet gets English headings, and what to do is still written in `language`.
        frame = load_strings(language if language in FRAME_LANGUAGES else "en")
        page = render_html(outcome.report, frame, language)
        if outcome.file_problems:
            extra = "".join(f"<li>{escape(render(p, language))}</li>" for p in outcome.file_problems)
            page = page.replace("</body>", f"<h2>{say('bulk_files_not_checked')}</h2><ul>{extra}</ul></body>", 1)
        return page
    items = "".join(f"<li>{i}</li>" for i in _todo_items(outcome, language))
    return (f"<!DOCTYPE html><html lang=\"{escape(language)}\"><head><meta charset=\"utf-8\"><title>docscan: "
            f"{escape(outcome.worker_id)}</title><style>{_STYLE}</style></head><body>"
            f"<h1>{say('bulk_worker_not_checked', worker=outcome.worker_id)}</h1><ul>{items}</ul></body></html>\n")
