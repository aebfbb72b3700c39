"""`docscan eval` on the facts read from documents (issue 15): salaries and entry-ban dates.

A corpus may carry, beside its `labels.csv`, a `salaries.csv` (columns `path, doc_type, stated,
amount, currency, period, hours_per_week, gross, basis, language, split`) and an `entry_bans.csv`
(`path, notified, years, ends, lifting_from, split`). For each split this reports:

* salaries, over the documents that state one: read right (amount within 0.01, period and gross
  as labelled), read as the labelled hourly rate's monthly equivalent (a payslip's month of pay,
  rate x the document's weekly hours x 52 / 12 within a cent: the same pay, and the same verdict
  against a monthly threshold, counted apart from both right and wrong), read with confidence
  but wrong (also counting a confident reading on a document that states no salary), and sent to
  review (a reading the checklist would not compare);
* entry bans: end dates and lifting dates right, wrong (a confident date that is not the label's),
  and not read.

The readers are measured on the text of the pages (text layer or the real Tesseract), apart from
the document type: a document the classifier missed is still measured here. An accuracy figure
counts only on documents written independently of the rules (STYLE rule 9): say which corpus.
"""

from __future__ import annotations

import csv
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from . import checklist, dates, ingest, removal, salary
from .errors import UsageError
from .pipeline import PageCache, PageTask, read_pages
from .settings import Settings

SALARY_COLUMNS = ("path", "doc_type", "stated", "amount", "currency", "period", "hours_per_week", "gross", "basis",
                  "language", "split")
ENTRY_BAN_COLUMNS = ("path", "notified", "years", "ends", "lifting_from", "split")


def has_fact_labels(corpus: Path) -> bool:
    return (corpus / "salaries.csv").exists() or (corpus / "entry_bans.csv").exists()


@dataclass
class SalaryScore:
    stating: int = 0
    right: int = 0
    confident_wrong: int = 0
    needs_review: int = 0
    not_stating: int = 0
    equivalent: int = 0
    wrong: list[str] = field(default_factory=list)
    equivalents: list[str] = field(default_factory=list)


@dataclass
class EntryBanScore:
    files: int = 0
    ends_right: int = 0
    lifting_right: int = 0
    wrong: int = 0
    unread: int = 0
    missed: list[str] = field(default_factory=list)


@dataclass
class FactEvaluation:
    text: str
    salaries: dict[str, SalaryScore] = field(default_factory=dict)
    entry_bans: dict[str, EntryBanScore] = field(default_factory=dict)


def read_rows(path: Path, columns: tuple[str, ...]) -> list[dict]:
    """The rows of a truth CSV (`#` comment lines skipped); a missing column stops the run."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    reader = csv.DictReader(lines)
    missing = [c for c in columns if c not in (reader.fieldnames or ())]
    if missing:
        raise UsageError(f"{path}: missing column(s) {', '.join(missing)}")
    return list(reader)


def _texts(corpus: Path, paths: list[str], settings: Settings, cache: PageCache,
           today: date) -> dict[str, str]:
    """The text of every labelled file, read by the pipeline's own page reader."""
    absent = [p for p in paths if not (corpus / p).exists()]
    if absent:
        raise UsageError(f"{len(absent)} labelled files are not there (first: {corpus / absent[0]})")
    sources = {p: ingest.probe(corpus / p, settings) for p in dict.fromkeys(paths)}
    tasks = [PageTask(source, i, settings, today) for source in sources.values() if source.readable
             for i in range(source.page_count)]
    results = iter(read_pages(tasks, settings, cache=cache))
    return {p: "\n".join(next(results).text for _ in range(s.page_count)) if s.readable else ""
            for p, s in sources.items()}


def run(corpus: Path, settings: Settings, cache: PageCache | None = None, *,
        today: date | None = None, split: str = "all") -> FactEvaluation:
    """Read the labelled files and score the salary and entry-ban readers, per split: only the
    rows of `split` ("dev", "test"), or every split ("all"). A row without a split counts in each,
    as a corpus without splits does. Calibrating on dev must not read, nor print, the test rows."""
    if cache is None:
        with tempfile.TemporaryDirectory(prefix="docscan-eval-facts-") as folder:
            return run(corpus, settings, PageCache(folder), today=today, split=split)
    today = today or date(2026, 11, 15)
    salary_rows = read_rows(corpus / "salaries.csv", SALARY_COLUMNS) if (corpus / "salaries.csv").exists() else []
    ban_rows = read_rows(corpus / "entry_bans.csv", ENTRY_BAN_COLUMNS) if (corpus / "entry_bans.csv").exists() else []
    if split != "all":
        salary_rows = [r for r in salary_rows if r["split"] in ("", split)]
        ban_rows = [r for r in ban_rows if r["split"] in ("", split)]
    texts = _texts(corpus, [r["path"] for r in (*salary_rows, *ban_rows)], settings, cache, today)
    result = FactEvaluation("")
    for row in salary_rows:
        _score_salary(row, texts[row["path"]], result.salaries.setdefault(row["split"] or "-", SalaryScore()))
    for row in ban_rows:
        _score_entry_ban(row, texts[row["path"]], today,
                         result.entry_bans.setdefault(row["split"] or "-", EntryBanScore()))
    result.text = _table(corpus, result)
    return result


def _score_salary(row: dict, text: str, score: SalaryScore) -> None:
    reading = salary.read_salary(text, row["doc_type"], row.get("language") or None)
    statement = salary.primary_statement(reading, doc_type=row["doc_type"])
    confident = statement is not None and salary.is_confident(statement, reading)
    name = Path(row["path"]).name
    if row["stated"].strip() != "1":
        score.not_stating += 1
        if confident and statement is not None:
            score.confident_wrong += 1
            score.wrong.append(f"{name}: states no salary, read {statement.amount} {statement.period}")
        return
    score.stating += 1
    if not confident:
        score.needs_review += 1
        return
    assert statement is not None  # confident implies a statement
    right = (abs(statement.amount - float(row["amount"])) <= 0.01 and statement.period == row["period"]
             and statement.gross == row["gross"])
    if right:
        score.right += 1
    elif statement.gross == row["gross"] and _monthly_equivalent(row, statement.amount, statement.period):
        score.equivalent += 1
        score.equivalents.append(f"{name}: expected {row['amount']} {row['gross']} hour at {row['hours_per_week']} h "
                                 f"a week, read {statement.amount} {statement.gross} month")
    else:
        score.confident_wrong += 1
        score.wrong.append(f"{name}: expected {row['amount']} {row['gross']} {row['period']}, "
                           f"read {statement.amount} {statement.gross} {statement.period}")


def _monthly_equivalent(row: dict, amount: float, period: str | None) -> bool:
    """Whether a month's amount is the labelled hourly rate times the document's weekly hours
    times 52 / 12, to the cent (the Belgian payroll convention: 38 h a week is 164,67 h a month)."""
    if row["period"] != "hour" or period != "month" or not row["hours_per_week"].strip():
        return False
    month = checklist.monthly_from_hourly(float(row["amount"]), float(row["hours_per_week"]))
    return abs(amount - round(month, 2)) <= 0.011


def _score_entry_ban(row: dict, text: str, today: date, score: EntryBanScore) -> None:
    issued = dates.issue_date(dates.find_dates(text), today)
    found = removal.entry_ban_dates(removal.read_entry_ban(text, issued))
    score.files += 1
    expected_ends = date.fromisoformat(row["ends"]) if row["ends"].strip() else None
    expected_lifting = date.fromisoformat(row["lifting_from"]) if row["lifting_from"].strip() else None
    name = Path(row["path"]).name
    if found is None:
        score.unread += 1
        if expected_ends is not None:
            score.missed.append(f"{name}: not read (expected end {expected_ends})")
        return
    score.ends_right += found.ends == expected_ends
    score.lifting_right += found.lifting_from == expected_lifting
    if found.ends != expected_ends or found.lifting_from != expected_lifting:
        score.wrong += 1
        score.missed.append(f"{name}: read end {found.ends}, lifting {found.lifting_from}; "
                            f"expected {expected_ends}, {expected_lifting}")


def _table(corpus: Path, result: FactEvaluation) -> str:
    lines = [f"Facts read from documents (issue 15), corpus {corpus}:"]
    for split, score in sorted(result.salaries.items()):
        stating = max(score.stating, 1)
        lines.append(f"  salaries [{split}]: read right {score.right}/{score.stating} ({score.right / stating:.1%}) "
                     f"of the documents stating one; confident and wrong {score.confident_wrong} "
                     f"(over {score.stating + score.not_stating} documents); needs review {score.needs_review}"
                     + (f"; read as the hourly rate's monthly equivalent {score.equivalent}" if score.equivalent else ""))
        lines += [f"    wrong: {w}" for w in score.wrong]
        lines += [f"    equivalent: {e}" for e in score.equivalents]
    for split, ban in sorted(result.entry_bans.items()):
        lines.append(f"  entry bans [{split}]: end right {ban.ends_right}/{ban.files}, lifting date right "
                     f"{ban.lifting_right}/{ban.files}; confident and wrong {ban.wrong}; not read {ban.unread}")
        lines += [f"    {m}" for m in ban.missed]
    if len(lines) == 1:
        lines.append("  (no salaries.csv nor entry_bans.csv)")
    return "\n".join(lines) + "\n"

