"""`docscan bulk` on a terminal: a progress bar, a line per worker that failed, the summary.

Kept apart from `cli.py` because it is the only part of the command line that draws (with
rich); like the rest of the CLI it only calls `bulk.run_bulk` and writes what it returns.
Nothing printed here holds document text: worker ids, file names and reasons only, each
through `terminal.printable` (rich's `escape` keeps control characters such as ESC).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                           TimeElapsedColumn, TimeRemainingColumn)

from .bulk import BulkProgress, WorkerOutcome, run_bulk
from .bulk_report import BulkOutput
from .errors import UsageError
from .messages import render
from .pipeline import PageCache
from .settings import Settings
from .terminal import printable

#: Without a terminal (a log file, CI), a plain progress line at most this often.
PLAIN_PROGRESS_SECONDS = 15.0


def run_bulk_with_progress(args: argparse.Namespace, settings: Settings) -> int:
    """Run the bulk check for the CLI; returns the exit code (0 all ready, 1 not all, 130 interrupted)."""
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out} is a file; give a folder (it is created if needed)")
    from .cli import language as chosen_language

    language = chosen_language(args)
    try:
        output = BulkOutput(out, language, getattr(args, "report_lang", None))
    except OSError as exc:
        raise UsageError(f"cannot create the output folder {out}: {exc.strerror}") from None
    cache = None if args.no_cache else PageCache(out / "page-cache")
    console = Console(stderr=True, highlight=False, soft_wrap=True)
    show_bar = console.is_terminal and not args.quiet
    bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("workers · {task.fields[pages]} pages"), TimeElapsedColumn(),
                   TextColumn("left"), TimeRemainingColumn(), console=console, disable=not show_bar)
    task = bar.add_task("checking", total=None, pages=0)
    last_plain = [time.monotonic()]

    def progress(state: BulkProgress) -> None:
        bar.update(task, total=state.workers_total, completed=state.workers_done, pages=state.pages_done)
        if not show_bar and not args.quiet and time.monotonic() - last_plain[0] >= PLAIN_PROGRESS_SECONDS:
            last_plain[0] = time.monotonic()
            console.print(f"docscan: {state.workers_done}/{state.workers_total} workers, "
                          f"{state.pages_done} pages read")

    from .cli import _recorder

    store, run_id = _recorder(args, "bulk", Path(args.input).resolve().name, args.today)

    from .cli import _export_limits

    limits = _export_limits(args)

    def finished(outcome: WorkerOutcome) -> None:
        output.write_worker(outcome)
        if limits is not None:
            output.write_export(outcome, limits, settings)
        if store is not None and outcome.report is not None:
            from .review.recording import record_report

            record_report(store, run_id, outcome.worker_id, outcome.report, name=outcome.name, settings=settings,
                          retention_days=args.retention)
        if outcome.verdict == "error":
            console.print(f"[red]✘[/red] {escape(printable(outcome.worker_id))}: "
                          f"{escape(printable(render(outcome.error, language) if outcome.error else ''))}")

    with bar:
        summary = run_bulk(args.input, manifest_path=args.manifest, default_permit=args.permit,
                           default_region=args.region, today=args.today, settings=settings, cache=cache,
                           progress=progress, on_outcome=finished)
    output.write_summary(summary)
    for problem in summary.problems:
        console.print(f"[yellow]![/yellow] {escape(printable(render(problem, language)))}")
    ready, incomplete, errors = summary.count("complete"), summary.count("incomplete"), summary.count("error")
    console.print(f"docscan: {len(summary.outcomes)} workers checked in {summary.seconds:.0f} s "
                  f"({summary.pages_read} pages, {summary.pages_reused} of them not read again): {ready} ready to file, {incomplete} incomplete, "
                  f"{errors} not checked.")
    console.print(f"Overview: {out / 'index.html'}   summary: {out / 'summary.csv'}   reports: {out / 'workers'}")
    if store is not None:
        console.print(f"Recorded as run {run_id} for review: docscan review list --run {run_id}")
        store.close()
    if cache is not None:
        console.print(f"Page results are kept in {out / 'page-cache'} so a re-run reads only new files "
                      "(they hold what was read from the documents; delete the folder or use --no-cache).")
    if summary.interrupted:
        console.print(f"docscan: interrupted; {len(summary.pending)} workers not checked yet. Run the same "
                      "command again to go on: finished pages are not read again." if cache is not None else
                      f"docscan: interrupted; {len(summary.pending)} workers not checked yet.")
        return 128 + summary.stop_signal if summary.stop_signal else 130
    return 0 if ready == len(summary.outcomes) else 1
