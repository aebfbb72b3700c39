"""Command line: `docscan check`, `docscan permits`, `docscan types`.

The CLI only parses arguments, calls the pipeline and prints. One handler at the edge turns
docscan's errors into a clear message and an exit code; no traceback reaches a user (run with
`--debug` to see one when reporting a bug).

Exit codes: 0 complete, 1 incomplete, 2 unusable arguments or no readable input,
3 invalid checklist or rules data, 4 Tesseract or a language pack missing, 130 interrupted.
"""

from __future__ import annotations

import argparse
import os
import logging
import signal
import sys
import warnings
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TextIO

from . import __version__
from .checklist import REGIONS, load_checklist, permit_ids
from .errors import DocscanError, Stopped, UsageError
from .models import FACT_NAMES, ICT_ROLES, Applicant
from .outputs import write_private
from .pipeline import InputFile, PageCache, check_bundle
from .messages import LANGUAGES, language_from_environment
from .report import render_text
from .settings import Settings
from .terminal import printable

log = logging.getLogger("docscan")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="docscan",
        description="Check a Belgian single-permit application file before it is submitted: "
                    "which documents are present, legible, missing or invalid, and why.")
    parser.add_argument("--version", action="version", version=f"docscan {__version__}")
    parser.add_argument("--debug", action="store_true", help="show internal details when something goes wrong")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser("check", help="check one applicant's files against a permit checklist",
                                description="Check one applicant's scans and PDFs against the checklist of a "
                                            "permit type in a region.")
    check.add_argument("paths", nargs="+", metavar="PATH", help="files or folders holding the applicant's documents")
    check.add_argument("--permit", required=True, metavar="ID",
                       help="permit type, e.g. highly-qualified (see 'docscan permits')")
    check.add_argument("--region", required=True, metavar="ID", help="one of: " + ", ".join(REGIONS))
    check.add_argument("--today", metavar="YYYY-MM-DD", type=_parse_date,
                       help="date to judge validity against (default: today), for reproducible runs")
    check.add_argument("--format", choices=("text", "json"), default="text", help="report format (default: text)")
    check.add_argument("--output", metavar="FILE", help="write the report to FILE instead of the screen")
    check.add_argument("--declare", action="append", default=[], metavar="FILE=TYPE",
                       help="declare a file's document type (e.g. scan3.png=passport); content still wins")
    _add_fact_options(check)
    check.add_argument("--workers", type=int, metavar="N", help="pages read in parallel (default: one per core)")
    check.add_argument("--timeout", type=float, metavar="SECONDS", help="OCR time limit per page (default 90)")
    check.add_argument("--cache", metavar="DIR",
                       help="keep page results in DIR so a re-run only reads new files (holds document text)")
    check.add_argument("--include-text", action="store_true", help="put the text read from each page in the JSON report")
    check.add_argument("--export", metavar="DIR",
                       help="also write the files ready to submit into DIR: one PDF per document, named for it, "
                            "upright, with searchable text, under the size limit, an index, and all of them in a zip")
    check.add_argument("--export-max-mb", type=float, default=2.0, metavar="MB",
                       help="size limit of each exported PDF in MB (default 2)")
    check.add_argument("--quiet", action="store_true", help="no progress on stderr")
    _add_language_option(check, "the text report's language and the exported files' names")
    _add_record_options(check)

    bulk = commands.add_parser(
        "bulk", help="check many workers' files at once (one folder per worker), for HR departments",
        description="Check every worker's folder of INPUT (a folder or a .zip with one sub-folder per worker) "
                    "against the checklist of their permit. Writes summary.csv, index.html and a report per "
                    "worker into --out. A re-run reads only new or changed files; a run stopped with Ctrl-C "
                    "resumes where it stopped.")
    bulk.add_argument("input", metavar="INPUT", help="folder or .zip holding one sub-folder per worker")
    bulk.add_argument("--out", required=True, metavar="DIR", help="folder for the summary, the overview and the reports")
    bulk.add_argument("--manifest", metavar="FILE.csv",
                      help="CSV with columns worker_id, permit, region (optional: name, the facts "
                           f"{', '.join(FACT_NAMES)}, and confirmed: ids of documents docscan cannot recognise, "
                           "e.g. employer_id_copy); default: manifest.csv inside INPUT, if any")
    bulk.add_argument("--permit", metavar="ID", help="permit for workers the manifest does not give one (or for all)")
    bulk.add_argument("--region", metavar="ID", help="region for workers the manifest does not give one (or for all)")
    bulk.add_argument("--today", metavar="YYYY-MM-DD", type=_parse_date,
                      help="date to judge validity against (default: today)")
    bulk.add_argument("--workers", type=int, metavar="N", help="pages read in parallel (default: one per core)")
    bulk.add_argument("--timeout", type=float, metavar="SECONDS", help="OCR time limit per page (default 90)")
    bulk.add_argument("--scheduler", metavar="tcp://HOST:8786", default=os.environ.get("DOCSCAN_SCHEDULER") or None,
                      help="read the pages on a Dask distributed cluster, at this scheduler (default: "
                           "$DOCSCAN_SCHEDULER; without either, on this machine); see the README")
    bulk.add_argument("--no-cache", action="store_true",
                      help="keep no page results (by default they are kept in DIR/page-cache so a re-run or a "
                           "resumed run reads only what is new; they hold what was read, not the text)")
    bulk.add_argument("--quiet", action="store_true", help="no progress bar")
    bulk.add_argument("--export", action="store_true",
                      help="also write each worker's files ready to submit into DIR/workers/<worker>-ready/ "
                           "(one PDF per document, an index, and a zip; see check --export)")
    bulk.add_argument("--export-max-mb", type=float, default=2.0, metavar="MB",
                      help="size limit of each exported PDF in MB (default 2)")
    _add_language_option(bulk, "the language of the overview, summary.csv and messages (the HR user's)")
    bulk.add_argument("--report-lang", choices=LANGUAGES, metavar="LANG",
                      help="language of each worker's printable report (default: --lang)")
    _add_record_options(bulk)

    from .review.cli import add_review_parser

    add_review_parser(commands)

    permits = commands.add_parser("permits", help="list the permit types and regions, with their sources",
                                  description="List the permit types with their requirements in a region; with "
                                              "--sources, every requirement, amount and note with its sources; with "
                                              "--stale, the facts whose source is older than 12 months.")
    permits.add_argument("--region", default="flanders", choices=REGIONS, help="region for the requirement list")
    permits.add_argument("--sources", action="store_true",
                         help="print every requirement, condition, amount and note with its sources (URL, dates)")
    permits.add_argument("--stale", action="store_true",
                         help="list the facts whose source is older than 12 months (relative to --today); exit 1 "
                              "when there is any")
    permits.add_argument("--today", metavar="YYYY-MM-DD", type=_parse_date, help="date for --stale and the "
                         "amounts (default: today)")
    commands.add_parser("types", help="list the document types docscan recognises",
                        description="List the document types docscan recognises, with the file-name words that declare them.")

    evaluate = commands.add_parser("eval", help="measure accuracy on a labelled corpus",
                                   description="Run the real pipeline over a labelled corpus and print document-"
                                               "type accuracy and confusion, legibility agreement (with the Laplacian "
                                               "baseline side by side), bundle accuracy and seconds per page. "
                                               "Reported on the test split; thresholds are calibrated on the "
                                               "calibration split (--calibrate).")
    evaluate.add_argument("corpus", nargs="?", default="sample_docs/eval", help="folder of labelled documents "
                          "(with labels.csv; without it, labels come from the sample generator's file names)")
    evaluate.add_argument("--bundles", help="bundle manifest (default: CORPUS/bundles.yaml or the one beside "
                                            "CORPUS; '' to skip)")
    evaluate.add_argument("--split", choices=("test", "calibration", "dev", "all"),
                          help="which split to report on (default: test; all with --subset; an independent "
                               "corpus has dev and test)")
    evaluate.add_argument("--subset", action="store_true", help="only the small subset CI runs")
    evaluate.add_argument("--calibrate", action="store_true",
                          help="choose the legibility thresholds on the calibration split and print them")
    evaluate.add_argument("--calibrate-types", action="store_true",
                          help="independent corpus: choose the classifier's thresholds on the dev split and print them")
    evaluate.add_argument("--write", action="store_true", help="with --calibrate: write them to legibility.yaml; "
                                                               "with --calibrate-types: to document_types.yaml")
    evaluate.add_argument("--check", action="store_true", help="exit 1 when a target of issue 4 is missed")
    evaluate.add_argument("--workers", type=int, metavar="N", help="pages read in parallel (default: one per core)")
    evaluate.add_argument("--cache", metavar="DIR", help="reuse page results kept in DIR")
    return parser


def _add_language_option(parser: argparse.ArgumentParser, what: str) -> None:
    """`--lang`: en, fr, nl or de; by default the environment's locale when it is one of them."""
    parser.add_argument("--lang", choices=LANGUAGES, metavar="LANG", default=None,
                        help=f"{what}: {', '.join(LANGUAGES)} (default: from LANGUAGE, LC_ALL, LC_MESSAGES or "
                             "LANG when one of these, else en)")


def language(args: argparse.Namespace) -> str:
    """The language asked with --lang, else the environment's (messages.language_from_environment)."""
    return getattr(args, "lang", None) or language_from_environment()


def _add_record_options(parser: argparse.ArgumentParser) -> None:
    from .review.cli import add_database_options

    parser.add_argument("--record", action="store_true",
                        help="record the result in the review database for an adviser: flags, and the pages "
                             "behind them (images and text read, kept for --retention days)")
    parser.add_argument("--retention", type=int, default=30, metavar="DAYS",
                        help="days the recorded page images and texts are kept (default 30)")
    add_database_options(parser)


def _add_fact_options(parser: argparse.ArgumentParser) -> None:
    """The facts that decide which documents apply, one option each (unknown when not given)."""
    facts = parser.add_argument_group("facts that decide what applies (unknown when not given: nothing is dropped)")
    facts.add_argument("--birth-date", type=_parse_date, metavar="YYYY-MM-DD",
                       help="the worker's date of birth; wins over the one read from the passport")
    facts.add_argument("--nationality", metavar="CODE",
                       help="the worker's nationality as a 3-letter code (e.g. TUR); wins over the passport's")
    facts.add_argument("--in-belgium", action="store_true", help="the worker already lives in Belgium")
    facts.add_argument("--renewal", action="store_true", help="this is a renewal")
    yes_no = {
        "change-of-status": "the renewal changes the permit type or the employer (the federal fee is due again)",
        "research-grant": "the researcher is hosted on a grant, without an employment contract",
        "issued-outside-eea": "the criminal record or medical certificate was issued outside the EEA "
                              "(then it must be legalised or apostilled)",
        "filed-by-agent": "an agent (lawyer, mobility consultant) files for the employer (Brussels: the mandate)",
        "stateless": "the worker is a recognised stateless person (no federal fee)",
        "scholarship": "the worker holds a listed study or research scholarship (no federal fee)",
        "turkish-association": "the Turkish worker is a beneficiary of the EU-Turkey Association agreement "
                               "(a fee exemption that is not confirmed for single permits)",
    }
    for flag, words in yes_no.items():
        facts.add_argument(f"--{flag}", action=argparse.BooleanOptionalAction, default=None, help=words)
    facts.add_argument("--ict-role", choices=ICT_ROLES, help="role in an intra-corporate transfer (thresholds per role)")
    facts.add_argument("--confirm", action="append", default=[], metavar="ID",
                       help="confirm a document docscan cannot recognise is attached (or a portal fee is paid), "
                            "e.g. --confirm employer_id_copy; see 'docscan permits --sources'")


def _applicant(args: argparse.Namespace, confirmed: set[str]) -> Applicant:
    """The facts given on the command line; the ones left out stay unknown."""
    nationality = args.nationality.upper() if args.nationality else None
    if nationality and not (len(nationality) == 3 and nationality.isalpha()):
        raise UsageError(f"--nationality must be a 3-letter code such as TUR, not '{args.nationality}'")
    given = {name: getattr(args, name) for name in FACT_NAMES if getattr(args, name, None) is not None}
    given["nationality"] = nationality
    for name in ("in_belgium", "renewal"):
        if not given.get(name):
            given.pop(name, None)
    given = {k: v for k, v in given.items() if v is not None}
    return Applicant(**given, confirmed=frozenset(confirmed),
                     source="given" if (args.birth_date or nationality) else None,
                     fact_sources=tuple(sorted((name, "given") for name in given)))


def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; write it as YYYY-MM-DD") from None


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the command and return its exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    _configure_logging(args.debug)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        _stop_on_signals()
        return {"check": _check, "bulk": _bulk, "review": _review, "permits": _permits, "types": _types,
                "eval": _eval}[args.command](args)
    except DocscanError as error:
        print(f"docscan: {printable(error.message)}", file=sys.stderr)  # it may quote a file name
        return error.exit_code
    except Stopped as stop:
        print(f"docscan: stopped ({signal.Signals(stop.signum).name})", file=sys.stderr)
        return stop.exit_code
    except KeyboardInterrupt:
        print("docscan: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `docscan ... | head`: the reader has what it wanted
        _stdout_to_devnull()
        return 141  # 128 + SIGPIPE, what a shell reports for a command stopped by a closed pipe
    except Exception as error:  # the edge: never show a traceback to a user
        if args.debug:
            raise
        print(f"docscan: internal error ({type(error).__name__}). Run again with --debug and report it.",
              file=sys.stderr)
        return 70


def _stop_on_signals() -> None:
    """SIGTERM and SIGHUP stop the command the way Ctrl-C does, cleanly (`errors.Stopped`).

    Their default action ends the process at once, without the `finally` blocks that end page
    workers and delete unpacked documents: a `docscan bulk` stopped by a service manager or a
    closed terminal left every worker's documents in /tmp (issue 13, item 8).
    """
    def stop(signum: int, _frame: object) -> None:
        raise Stopped(signum)

    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, stop)


def _configure_logging(debug: bool) -> None:
    """docscan's own messages on stderr; `--debug` adds docscan's details, never a library's.

    Libraries log what they read at DEBUG level: pdfminer logs every text operator of a PDF,
    that is the document's text, which no log may hold. They stay at WARNING, with `--debug`
    too. Python warnings (Pillow's, with the path of its own source file) become one debug line.
    """
    logging.basicConfig(level=logging.WARNING, format="docscan: %(message)s")
    log.setLevel(logging.DEBUG if debug else logging.WARNING)

    def show(message: Warning | str, category: type[Warning], filename: str, lineno: int,
             file: TextIO | None = None, line: str | None = None) -> None:
        log.debug("a library warned: %s: %s", category.__name__, message)

    warnings.showwarning = show


def _stdout_to_devnull() -> None:
    """Point stdout at /dev/null so that Python's flush at exit does not fail on the closed pipe again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _settings(args: argparse.Namespace) -> Settings:
    settings_kwargs = {}
    if args.workers is not None:
        settings_kwargs["workers"] = args.workers
    if args.timeout is not None:
        settings_kwargs["ocr_timeout"] = args.timeout
    return Settings(**settings_kwargs)


def _check(args: argparse.Namespace) -> int:
    settings = _settings(args)
    limits = _export_limits(args)  # refused before any page is read
    inputs, confirmed = _inputs(args.paths, args.declare, args.permit, args.region)
    applicant = _applicant(args, set(args.confirm) | confirmed)
    _check_confirmations(applicant.confirmed, args.permit, args.region)
    progress = None if args.quiet or not sys.stderr.isatty() else _progress
    store, run_id = _recorder(args, "check", str(Path(args.paths[0]).resolve().name), args.today)
    report = check_bundle(inputs, args.permit, args.region, today=args.today, applicant=applicant,
                          settings=settings, cache=PageCache(args.cache) if args.cache else None,
                          progress=progress)
    if progress:
        print(file=sys.stderr)
    if store is not None:
        from .review.recording import record_report

        record_report(store, run_id, Path(args.paths[0]).resolve().name, report, settings=settings,
                      retention_days=args.retention)
        print(f"docscan: recorded as run {run_id} for review ('docscan review list --run {run_id}')", file=sys.stderr)
        store.close()
    if not any(f.error is None for f in report.files):
        rendered = report.to_json(args.include_text) if args.format == "json" else render_text(report, language(args))
        _write(rendered, args.output)
        print("docscan: none of the files could be read", file=sys.stderr)
        return 2
    rendered = report.to_json(args.include_text) + "\n" if args.format == "json" else render_text(report, language(args))
    _write(rendered, args.output)
    if limits is not None:
        _export(report, args, settings, limits)
    return report.exit_code


def _export_limits(args: argparse.Namespace):
    """The size limit of `--export`, or None without it; a nonsense limit is a usage error."""
    if not args.export:
        return None
    from .export import ExportLimits

    try:
        return ExportLimits(max_bytes=int(args.export_max_mb * 1_000_000))
    except ValueError as exc:
        raise UsageError(f"--export-max-mb: {exc}") from None


def _export(report, args: argparse.Namespace, settings, limits) -> None:
    """`check --export DIR`: the files ready to submit, and a line on stderr saying what was written."""
    from .export import export_report

    exported = export_report(report, language=language(args), settings=settings, limits=limits)
    try:
        written = exported.write(args.export)
        write_private(Path(args.export) / EXPORT_ZIP_NAME, exported.zip_bytes())
    except OSError as exc:
        raise UsageError(f"cannot write the files ready to submit to {args.export}: {exc.strerror}") from None
    too_large = [f.name for f in exported.files if not f.within_limit]
    print(f"docscan: {len(written)} files ready to submit in {args.export} (and {EXPORT_ZIP_NAME})"
          + (f"; over the size limit: {', '.join(too_large)}" if too_large else ""), file=sys.stderr)
    if exported.skipped_pages:
        print(f"docscan: {len(exported.skipped_pages)} pages could not be exported (their file could not be "
              "read again)", file=sys.stderr)


#: The zip `check --export` writes beside the PDFs (the page offers the same zip for download).
EXPORT_ZIP_NAME = "files-ready-to-submit.zip"


def _inputs(paths: list[str], declarations: list[str], permit: str, region: str) -> tuple[list, set[str]]:
    """The files with their declared types, and the ids of documents docscan cannot recognise that a
    `--declare FILE=ID` names: those are confirmations (the file is not read for them)."""
    declared: dict[str, str] = {}
    for item in declarations:
        name, sep, doc_type = item.partition("=")
        if not sep or not name or not doc_type:
            raise UsageError(f"--declare takes FILE=TYPE, e.g. scan3.png=passport; got '{item}'")
        declared[Path(name).name] = doc_type.strip()
    unrecognisable = _declaration_ids(permit, region)
    confirmed = {t for t in declared.values() if t in unrecognisable}
    declared = {name: t for name, t in declared.items() if t not in unrecognisable}
    if not declared:
        return list(paths), confirmed
    from .ingest import iter_input_paths

    inputs = [InputFile(str(p), declared.pop(p.name, None)) for p in iter_input_paths(paths)]
    if declared:
        raise UsageError(f"--declare names files that are not among the inputs: {', '.join(sorted(declared))}")
    return inputs, confirmed


def _declaration_ids(permit: str, region: str) -> set[str]:
    """Requirements of this checklist that docscan cannot recognise (confirmed by the user)."""
    try:
        checklist = load_checklist(permit, region)
    except UsageError:
        return set()  # the pipeline reports the unknown permit or region
    return {r.id for r in checklist.requirements if r.kind == "declaration"}


def _check_confirmations(confirmed: frozenset[str], permit: str, region: str) -> None:
    known = _declaration_ids(permit, region)
    unknown = sorted(c for c in confirmed if c not in known)
    if unknown and known:
        raise UsageError(f"--confirm {', '.join(unknown)}: not a document to confirm for {permit} in {region}; "
                         f"choose from: {', '.join(sorted(known))}")


def _write(text: str, output: str | None) -> None:
    if output:
        try:
            write_private(output, text)
        except OSError as exc:
            raise UsageError(f"cannot write the report to {output}: {exc.strerror}") from None
    else:
        sys.stdout.write(text)


def _progress(done: int, total: int) -> None:
    print(f"\rdocscan: read {done}/{total} pages", end="", file=sys.stderr, flush=True)


def _review(args: argparse.Namespace) -> int:
    from .review.cli import run_review

    return run_review(args)


def _recorder(args: argparse.Namespace, kind: str, label: str, today: date | None):
    """The review database and a new run in it when --record is given, else (None, None)."""
    if not args.record:
        if args.db:
            raise UsageError("--db is only used with --record")
        return None, None
    if args.retention < 1:
        raise UsageError("--retention must be at least 1 day")
    from .review.cli import adviser_name, open_store
    from .review.recording import start_run

    store = open_store(args.db)
    return store, start_run(store, kind, label, today or date.today(), adviser_name(None))


def _bulk(args: argparse.Namespace) -> int:
    from .bulk_cli import run_bulk_with_progress

    settings = _settings(args)
    if args.scheduler:
        settings = replace(settings, scheduler=args.scheduler)
    return run_bulk_with_progress(args, settings)


def _permits(args: argparse.Namespace) -> int:
    from . import checklist_sources

    today = args.today or date.today()
    if args.stale:
        stale = checklist_sources.stale_facts(today)
        print(checklist_sources.render_stale(stale, today), end="")
        return 1 if stale else 0
    if args.sources:
        print(checklist_sources.render_sources(args.region, today), end="")
        return 0
    print(f"Regions: {', '.join(REGIONS)}\n")
    for permit in permit_ids():
        checklist = load_checklist(permit, args.region)
        print(f"{permit}: {checklist.title['en']}")
        print(f"    {checklist.summary['en']}")
        print(f"    requires ({args.region}): {', '.join(r.id for r in checklist.requirements)}")
    return 0


def _types(args: argparse.Namespace) -> int:
    from .classify import load_rules

    rules = load_rules()
    for type_id, spec in rules.types.items():
        print(f"{type_id:<24} {spec.title['en']}  (file names: {', '.join(spec.names[:5])})")
    return 0


def _eval(args: argparse.Namespace) -> int:
    from .ocr import check_installation

    corpus = Path(args.corpus)
    if not corpus.is_dir():
        raise UsageError(f"no such corpus folder: {corpus}")
    if args.write and not (args.calibrate or args.calibrate_types):
        raise UsageError("--write goes with --calibrate or --calibrate-types")
    if args.bundles is None:
        bundles = next((p for p in (corpus / "bundles.yaml", corpus.parent / "bundles.yaml") if p.exists()), None)
    else:
        bundles = Path(args.bundles) if args.bundles else None
    settings = Settings(workers=args.workers) if args.workers else Settings()
    check_installation(settings)
    from . import evaluate_facts  # issue 15: salaries.csv / entry_bans.csv beside (or without) labels.csv
    from . import evaluate_foreign  # issue 16: foreign.csv (corpus D) beside (or without) labels.csv
    if not (corpus / "labels.csv").exists() and (evaluate_facts.has_fact_labels(corpus)
                                                 or evaluate_foreign.has_foreign_labels(corpus)):
        if evaluate_facts.has_fact_labels(corpus):
            print(evaluate_facts.run(corpus, settings, PageCache(args.cache) if args.cache else None,
                                     split=_facts_split(args)).text, end="")
        _eval_foreign(args, corpus, settings)
        return 0
    code = _eval_corpus(args, corpus, bundles, settings)
    # The facts' labels cover the whole corpus: the CI subset (`--subset`, only its files are
    # generated) is a gate on types and bundles, so the facts are measured on full runs only.
    if evaluate_facts.has_fact_labels(corpus) and not (args.calibrate or args.calibrate_types or args.subset):
        print()
        print(evaluate_facts.run(corpus, settings, PageCache(args.cache) if args.cache else None,
                                     split=_facts_split(args)).text, end="")
    if not (args.calibrate or args.calibrate_types or args.subset):
        _eval_foreign(args, corpus, settings)
    return code


def _facts_split(args: argparse.Namespace) -> str:
    """The split of salaries.csv / entry_bans.csv to score: the one asked (the calibration split
    is their dev split), or all when none is asked (as before --split applied to them)."""
    return {None: "all", "calibration": "dev"}.get(args.split, args.split)


def _eval_foreign(args: argparse.Namespace, corpus: Path, settings: Settings) -> None:
    """Corpus D's table (issue 16), when the corpus has a foreign.csv; its own split, like the types'."""
    from . import evaluate_foreign

    if not evaluate_foreign.has_foreign_labels(corpus):
        return
    split = args.split if args.split in ("dev", "test", "all") else "test"
    print()
    print(evaluate_foreign.run(corpus, settings, PageCache(args.cache) if args.cache else None, split=split).text,
          end="")


def _eval_corpus(args: argparse.Namespace, corpus: Path, bundles: Path | None, settings: Settings) -> int:
    from . import evaluate, evaluate_types
    from .datafiles import RULES_DIR

    from . import evaluate_mrz  # issue 11: a zone corpus (sample_docs/mrz) has its own figures
    if evaluate_mrz.is_mrz_corpus(corpus):
        zones = evaluate_mrz.run(corpus, settings, subset=args.subset)
        print(zones.text, end="")
        if args.check and zones.missed:
            print("docscan: targets missed: " + "; ".join(zones.missed), file=sys.stderr)
            return 1
        return 0
    from . import evaluate_capture  # issue 17: a capture-fault corpus (glare, cut off, ...)
    if evaluate_capture.is_capture_corpus(corpus):
        split = args.split or "test"
        faults = evaluate_capture.run(corpus, settings, PageCache(args.cache) if args.cache else None,
                                      split="dev" if split == "calibration" else split)
        print(faults.text, end="")
        if args.check and faults.missed:
            print("docscan: targets missed: " + "; ".join(faults.missed), file=sys.stderr)
            return 1
        return 0
    if evaluate_types.is_independent_corpus(corpus):
        return _eval_types(args, corpus, bundles, settings)
    if args.calibrate_types:
        raise UsageError("--calibrate-types needs an independent corpus (labels.csv with a model column)")
    result = evaluate.run(corpus, bundles, settings, PageCache(args.cache) if args.cache else None,
                          split=args.split or ("all" if args.subset else "test"), subset=args.subset,
                          calibrate_thresholds=args.calibrate)
    print(result.text, end="")
    if args.write and result.calibration is not None:
        path = RULES_DIR / "legibility.yaml"
        evaluate.write_thresholds(path, result.calibration.thresholds,
                                  evaluate.calibration_note(corpus, result.calibration.score.pages))
        print(f"written to {path}")
    if args.check and result.missed:
        print("docscan: targets missed: " + "; ".join(result.missed), file=sys.stderr)
        return 1
    return 0


def _eval_types(args: argparse.Namespace, corpus: Path, bundles: Path | None, settings: Settings) -> int:
    from . import evaluate_types
    from .datafiles import RULES_DIR

    if args.calibrate:
        raise UsageError("an independent corpus calibrates the classifier (--calibrate-types), not legibility")
    split = args.split or ("all" if args.subset else "test")
    if split == "calibration":
        split = "dev"
    result = evaluate_types.run(corpus, bundles, settings, PageCache(args.cache) if args.cache else None,
                                split=split, subset=args.subset, calibrate=args.calibrate_types)
    print(result.text, end="")
    if args.write and result.chosen is not None:
        path = RULES_DIR / "document_types.yaml"
        evaluate_types.write_thresholds(path, result.chosen, evaluate_types.calibration_note(corpus, result.files))
        print(f"written to {path}")
    if args.check and result.missed:
        print("docscan: targets missed: " + "; ".join(result.missed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
