"""`docscan review ...`: the adviser's queue on the command line.

    docscan review runs                               recorded runs, with open and decided items
    docscan review list [--run N] [--worker W] [--permit P] [--reason R] [--status open|decided|all]
    docscan review show ID [--save-pages DIR]         the item, its reasons, text and history
    docscan review decide ID --accept|--reject MESSAGE|--type TYPE [--comment TEXT] [--version N]
    docscan review export RUN [--out DIR]             reviewed reports (verdicts recomputed)
    docscan review audit [--run N] [--item ID]        the audit log
    docscan review purge                              delete page images and texts past retention

The adviser's name comes from `--as`, else `DOCSCAN_ADVISER`, else the login name; it is what
the audit log records. The database is `--db` or `DOCSCAN_DB`, else the default SQLite file.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
from pathlib import Path

from ..terminal import printable, printable_block
from .store import ConflictError, ReviewStore, redacted


def add_database_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="URL",
                        help="review database: a SQLAlchemy URL or a SQLite file (default: DOCSCAN_DB, else "
                             "~/.local/share/docscan/review.sqlite)")


def add_review_parser(commands) -> None:
    review = commands.add_parser("review", help="the adviser's queue of flagged documents",
                                 description="Go through what docscan could not settle alone (runs recorded "
                                             "with --record) and decide.")
    actions = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)

    runs = actions.add_parser("runs", help="recorded runs")
    add_database_options(runs)

    listing = actions.add_parser("list", help="the queue, with filters")
    add_database_options(listing)
    listing.add_argument("--run", type=int, metavar="N")
    listing.add_argument("--worker", metavar="ID")
    listing.add_argument("--permit", metavar="ID")
    listing.add_argument("--reason", metavar="REASON",
                         help="illegible, invalid, needs_review, uncertain_type, order_to_leave, entry_ban, ...")
    listing.add_argument("--status", choices=("open", "decided", "all"), default="open")
    listing.add_argument("--format", choices=("text", "json"), default="text")

    show = actions.add_parser("show", help="one item: reasons, text read, history")
    add_database_options(show)
    show.add_argument("item", type=int, metavar="ID")
    show.add_argument("--save-pages", metavar="DIR", help="write the item's page images (PNG) into DIR")
    show.add_argument("--lang", choices=("en", "fr", "nl", "de"), metavar="LANG", default=None,
                      help="language of the item's message: en, fr, nl, de (default: from the environment's "
                           "locale, else en)")

    decide = actions.add_parser("decide", help="accept, reject or retype an item, or comment on it")
    add_database_options(decide)
    decide.add_argument("item", type=int, metavar="ID")
    choice = decide.add_mutually_exclusive_group(required=True)
    choice.add_argument("--accept", action="store_true", help="override the flag: the document is fine")
    choice.add_argument("--reject", metavar="MESSAGE", help="a new document is needed; MESSAGE is sent to the applicant")
    choice.add_argument("--type", metavar="TYPE", help="the document is of this type (see 'docscan types')")
    choice.add_argument("--comment-only", action="store_true", help="only add the --comment")
    decide.add_argument("--comment", metavar="TEXT")
    decide.add_argument("--version", type=int, metavar="N",
                        help="the item's version you looked at ('docscan review show' gives it); refused if someone "
                             "changed it since. Without it, only an item nobody has touched can be decided")
    decide.add_argument("--as", dest="actor", metavar="NAME", help="your name for the audit log")

    export = actions.add_parser("export", help="the run's reports with the decisions applied")
    add_database_options(export)
    export.add_argument("run", type=int, metavar="RUN")
    export.add_argument("--out", metavar="DIR", help="one JSON per worker in DIR (default: all on stdout)")

    audit = actions.add_parser("audit", help="the audit log")
    add_database_options(audit)
    audit.add_argument("--run", type=int, metavar="N")
    audit.add_argument("--item", type=int, metavar="ID")

    purge = actions.add_parser("purge", help="delete stored page images and texts past their retention period")
    add_database_options(purge)

    password = actions.add_parser("set-password", help="set the adviser password of the review page",
                                  description="Ask for the adviser password and store its hash (never the "
                                              "password) in .streamlit/secrets.toml, section [review].")
    password.add_argument("--secrets", default=".streamlit/secrets.toml", metavar="FILE",
                          help="secrets file to write (default: .streamlit/secrets.toml)")


def adviser_name(given: str | None) -> str:
    return (given or os.environ.get("DOCSCAN_ADVISER") or getpass.getuser() or "adviser").strip()


def open_store(url: str | None) -> ReviewStore:
    if url and "://" not in url:
        url = f"sqlite:///{Path(url).expanduser().resolve()}"
    return ReviewStore(url)


def run_review(args: argparse.Namespace) -> int:
    from . import decisions

    if args.review_command == "set-password":
        return _set_password(Path(args.secrets))
    store = open_store(args.db)
    try:
        command = args.review_command
        if command == "runs":
            for run in decisions.runs(store):
                print(f"run {run['id']}  {run['created_at']:%Y-%m-%d %H:%M}  {run['kind']:<5} {printable(run['label']):<30} "
                      f"{run['workers']} worker(s), {run['open']} open, {run['decided']} decided")
            return 0
        if command == "list":
            items = decisions.queue(store, run=args.run, worker=args.worker, permit=args.permit, reason=args.reason,
                                    status=args.status)
            if args.format == "json":
                print(json.dumps([item.__dict__ for item in items], ensure_ascii=False, indent=2))
                return 0
            for item in items:
                print(f"#{item.id:<5} run {item.run_id:<3} {printable(item.worker):<24} {printable(item.reason):<15} "
                      f"{printable(item.requirement_id or '-'):<22} {item.status:<9} v{item.version}  {printable(item.file or '')}")
            print(f"{len(items)} item(s) ({args.status}) in {redacted(store.url)}")
            return 0
        if command == "show":
            return _show(store, args)
        if command == "decide":
            decision = ("accept" if args.accept else "reject" if args.reject else "type" if args.type else "comment")
            item = decisions.decide(store, args.item, decision, actor=adviser_name(args.actor),
                                    version=_version_seen(store, args), new_type=args.type, message=args.reject,
                                    comment=args.comment)
            result = decisions.reviewed(store, decisions.worker_row_of(store, item.id))
            print(f"#{item.id} {item.status} (version {item.version}) by {printable(item.decided_by or adviser_name(args.actor))}")
            print(f"{printable(result.worker)}: verdict {result.verdict} (docscan said {result.original_verdict}); "
                  f"{result.open_items} item(s) still open")
            return 0
        if command == "export":
            reports = {key: decisions.reviewed_report(store, row) for row, key in decisions.run_workers(store, args.run)}
            if args.out:
                from ..bulk_report import worker_file_stem
                from ..outputs import write_private

                folder = Path(args.out)
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
                taken: set[str] = set()
                for key, report in reports.items():
                    write_private(folder / f"{worker_file_stem(key, taken)}.json",
                                  json.dumps(report, ensure_ascii=False, indent=2) + "\n")
                print(f"{len(reports)} reviewed report(s) written to {folder}")
            else:
                print(json.dumps(reports, ensure_ascii=False, indent=2))
            return 0
        if command == "audit":
            for line in decisions.audit_log(store, flag_id=args.item, run=args.run):
                change = ""
                if line.before and line.after:
                    change = ", ".join(f"{k}: {line.before.get(k)!r} -> {line.after.get(k)!r}"
                                       for k in ("status", "decided_type", "reject_message")
                                       if line.before.get(k) != line.after.get(k))
                print(f"{line.at:%Y-%m-%d %H:%M:%S}  {printable(line.actor):<20} {line.action:<8} "
                      f"{'#' + str(line.flag_id) if line.flag_id else '':<6} {change}"
                      + (f"  comment: {printable(line.comment)}" if line.comment else ""))
            return 0
        if command == "purge":
            count = decisions.purge(store)
            print(f"{count} stored page(s) past their retention period deleted")
            return 0
        raise AssertionError(command)  # pragma: no cover - argparse allows only the commands above
    finally:
        store.close()


def _version_seen(store: ReviewStore, args: argparse.Namespace) -> int:
    """The version a decision applies to: `--version`, or the recorded one for an untouched item.

    Without `--version` the adviser has not said what they looked at, so the decision may only
    apply to an item nobody has touched since it was recorded (version 1): it used to apply to
    whatever the item had become, silently replacing another adviser's decision.
    """
    from . import decisions

    if args.version is not None:
        return args.version
    item = decisions.flag_detail(store, args.item).item
    if item.version != 1:
        who = f" by {item.decided_by}" if item.decided_by else ""
        raise ConflictError(
            f"item {item.id} was changed since it was recorded (now version {item.version}, {item.status}{who}); "
            f"look at it with 'docscan review show {item.id}', then decide again with --version {item.version}")
    return item.version


def _show(store: ReviewStore, args: argparse.Namespace) -> int:
    from . import decisions

    detail = decisions.flag_detail(store, args.item)
    item = detail.item
    print(f"#{item.id}  run {item.run_id}  worker {printable(item.worker)}  ({item.permit}, {item.region})")
    print(f"reason: {printable(item.reason)}   requirement: {printable(item.requirement_id or '-')}   type: {item.doc_type or '-'}   "
          f"file: {printable(item.file or '-')}")
    print(f"status: {item.status}  version {item.version}" + (f"  by {printable(item.decided_by)}" if item.decided_by else ""))
    from ..cli import language

    print(f"\n{printable(item.say(language(args)))}\n")
    if detail.reject_message:
        print(f"message to the applicant: {printable(detail.reject_message)}")
    if detail.comment:
        print(f"comment: {printable(detail.comment)}")
    if not detail.pages:
        print("(no stored pages: none were kept, or their retention period ended)")
    for number, image, heatmap, text, highlights in detail.pages:
        print(f"--- page {number}: image {'kept' if image else 'none'}, heat map {'kept' if heatmap else 'none'}; "
              f"decided by: {', '.join(highlights) or '-'}")
        if text:
            print(printable_block(text.strip()[:2000]))
        if args.save_pages and image:
            from ..outputs import write_private

            folder = Path(args.save_pages)
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_private(folder / f"item{item.id}-page{number}.png", image)
            if heatmap:
                write_private(folder / f"item{item.id}-page{number}-heatmap.png", heatmap)
    if detail.history:
        print("\nhistory:")
        for line in detail.history:
            print(f"  {line.at:%Y-%m-%d %H:%M}  {printable(line.actor)}  {line.action}" + (f": {printable(line.comment)}" if line.comment else ""))
    return 0


def _set_password(secrets: Path) -> int:
    """Store the hash of a new adviser password in the secrets file, keeping its other settings."""
    import re
    import sys

    from ..errors import UsageError
    from .access import hash_password

    if sys.stdin.isatty():
        first = getpass.getpass("New adviser password (10 characters or more): ")
        if getpass.getpass("The same again: ") != first:
            raise UsageError("the two passwords differ; nothing was changed")
    else:
        first = sys.stdin.readline().rstrip("\n")
    try:
        line = f'password_hash = "{hash_password(first)}"'
    except ValueError as error:
        raise UsageError(str(error)) from None
    text = secrets.read_text(encoding="utf-8") if secrets.exists() else ""
    if re.search(r"^\[review\]\s*$", text, flags=re.M):
        section = re.search(r"^\[review\]\s*$(.*?)(?=^\[|\Z)", text, flags=re.M | re.S)
        assert section is not None  # the header matched just above, and the section's body may be empty
        body = re.sub(r"^password_hash\s*=.*$\n?", "", section.group(1), flags=re.M)
        text = text[:section.start(1)] + "\n" + line + "\n" + body.lstrip("\n") + text[section.end(1):]
    else:
        text = (text.rstrip("\n") + "\n\n" if text.strip() else "") + "[review]\n" + line + "\n"
    from ..outputs import write_private

    secrets.parent.mkdir(parents=True, exist_ok=True)
    write_private(secrets, text)  # 0600 from the first byte: it holds the password's hash
    print(f"adviser password set in {secrets} (only its hash is stored)")
    return 0
