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
from .classify import load_rules
from .outputs import FOLDER_MODE, private_folder, write_private

SUMMARY_COLUMNS = ("worker_id", "name", "permit", "region", "verdict", "missing", "illegible", "invalid",
                   "needs_review", "warnings", "file_problems", "error", "files", "pages", "report")

_VERDICT_WORDS = {"complete": "ready to file", "incomplete": "incomplete", "error": "not checked",
                  "interrupted": "not checked yet"}


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

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
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
            data = {"schema": "docscan.report/1", "permit": outcome.permit, "region": outcome.region,
                    "verdict": "error", "requirements": [], "files": [], "warnings": []}
        data["worker"] = {"id": outcome.worker_id, "name": outcome.name, "bulk_verdict": outcome.verdict,
                          "error": outcome.error, "file_problems": list(outcome.file_problems)}
        _write_atomic(self.workers / f"{stem}.json", json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        _write_atomic(self.workers / f"{stem}.html", _worker_html(outcome))

    def write_summary(self, summary: BulkSummary) -> None:
        """summary.csv and index.html; workers an interrupted run did not reach are listed as such."""
        pending = summary.pending
        rows = [summary_row(o, self.report_path(o.worker_id)) for o in summary.outcomes]
        rows += [{"worker_id": w, "verdict": "interrupted", "error": "not checked yet: run the same command again"}
                 for w in pending]
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=SUMMARY_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for row in sorted(rows, key=lambda r: r["worker_id"].casefold()):
            writer.writerow({column: spreadsheet_cell(value) for column, value in row.items()})
        # utf-8-sig: Excel, which most HR departments open a CSV with, then shows accents right.
        _write_atomic(self.folder / "summary.csv", buffer.getvalue(), encoding="utf-8-sig")
        _write_atomic(self.folder / "index.html", overview_html(summary, pending, self))



def summary_row(outcome: WorkerOutcome, report_path: str = "") -> dict:
    """One worker's row of summary.csv (the web page shows the same rows as a table)."""
    return {"worker_id": outcome.worker_id, "name": outcome.name or "", "permit": outcome.permit or "",
            "region": outcome.region or "", "verdict": outcome.verdict,
            "missing": "; ".join(outcome.missing), "illegible": "; ".join(outcome.illegible),
            "invalid": "; ".join(outcome.invalid), "needs_review": "; ".join(outcome.needs_review),
            "warnings": "; ".join(outcome.warnings), "file_problems": " | ".join(outcome.file_problems),
            "error": outcome.error or "", "files": outcome.files, "pages": outcome.pages,
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


def _write_atomic(path: Path, text: str, encoding: str = "utf-8") -> None:
    # A fresh private name, never `NAME.tmp` (issue 13, item 6: a planted link there was followed).
    write_private(path, text, encoding=encoding)


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


def _titles(ids: Sequence[str]) -> list[str]:
    rules = load_rules()
    return [rules.title(i) if i in rules.types else i for i in ids]


def _todo_items(outcome: WorkerOutcome) -> list[str]:
    items = []
    if outcome.error:
        items.append(escape(outcome.error))
    for label, ids in (("missing", outcome.missing), ("illegible", outcome.illegible),
                       ("invalid", outcome.invalid), ("to review", outcome.needs_review)):
        if ids:
            items.append(f"<b>{label}:</b> {escape(', '.join(_titles(ids)))}")
    for code in outcome.warnings:
        css = ' class="warn"' if code in ("order_to_leave", "entry_ban") else ""
        items.append(f"<span{css}>warning: {escape(code.replace('_', ' '))}</span>")
    for problem in outcome.file_problems:
        items.append(f'<span class="small">{escape(problem)}</span>')
    return items


def overview_html(summary: BulkSummary, pending: Sequence[str], output: BulkOutput) -> str:
    """The overview page: counts, problems outside any worker, and one row per worker."""
    counts = {v: summary.count(v) for v in ("complete", "incomplete", "error")}
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             "<title>docscan bulk pre-check</title>", f"<style>{_STYLE}</style></head><body>",
             "<h1>Single-permit files: bulk pre-check</h1>",
             f'<p class="meta">{len(summary.outcomes) + len(pending)} workers, {summary.pages_read} pages read in '
             f"{summary.seconds:.0f} s; made {escape(datetime.now().strftime('%d/%m/%Y %H:%M'))} by docscan on this "
             "computer. Sorted by what needs doing.</p>",
             '<p class="counts">'
             f"<span>{counts['error']} not checked</span><span>{counts['incomplete']} incomplete</span>"
             f"<span>{counts['complete']} ready to file</span>"
             + (f"<span>{len(pending)} not reached (interrupted)</span>" if pending else "") + "</p>"]
    if summary.problems:
        parts.append("<h2>Outside any worker's folder</h2><ul>")
        parts += [f"<li>{escape(p)}</li>" for p in summary.problems]
        parts.append("</ul>")
    parts.append("<table><thead><tr><th>Worker</th><th>Permit</th><th>Region</th><th>Verdict</th>"
                 "<th>What to do</th><th>Report</th></tr></thead><tbody>")
    for outcome in iter_verdict_order(summary.outcomes):
        stem = output.stem(outcome.worker_id)
        items = _todo_items(outcome) or ["nothing: the file can be submitted"]
        who = escape(outcome.worker_id) + (f'<br><span class="small">{escape(outcome.name)}</span>'
                                            if outcome.name else "")
        parts.append(
            f'<tr class="{escape(outcome.verdict)}"><td>{who}</td><td>{escape(outcome.permit or "")}</td>'
            f'<td>{escape(outcome.region or "")}</td><td class="verdict">{_VERDICT_WORDS.get(outcome.verdict, outcome.verdict)}</td>'
            f"<td><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul></td>"
            f'<td><a href="workers/{escape(stem)}.html">report</a> · <a href="workers/{escape(stem)}.json">JSON</a></td></tr>')
    for worker_id in pending:
        parts.append(f'<tr class="interrupted"><td>{escape(worker_id)}</td><td></td><td></td>'
                     '<td class="verdict">not checked yet</td><td>the run was interrupted before this worker; '
                     "run the same command again</td><td></td></tr>")
    parts.append("</tbody></table></body></html>")
    return "\n".join(parts) + "\n"


def _worker_html(outcome: WorkerOutcome) -> str:
    if outcome.report is not None:
        from .webapp.html_report import render_html
        from .webapp.strings import load_strings

        page = render_html(outcome.report, load_strings("en"))
        if outcome.file_problems:
            extra = "".join(f"<li>{escape(p)}</li>" for p in outcome.file_problems)
            page = page.replace("</body>", f"<h2>Files not checked</h2><ul>{extra}</ul></body>", 1)
        return page
    items = "".join(f"<li>{i}</li>" for i in _todo_items(outcome))
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>docscan: "
            f"{escape(outcome.worker_id)}</title><style>{_STYLE}</style></head><body>"
            f"<h1>{escape(outcome.worker_id)}: not checked</h1><ul>{items}</ul></body></html>\n")
