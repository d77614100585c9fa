"""Command line: `python -m etl build|export|load-parquet|rejects|corrections`.

The only ETL module that prints or configures logging. Library errors (etl.errors) become one
clear line on stderr and an exit code; unexpected errors keep their traceback. Ctrl-C (SIGINT)
and SIGTERM stop a run cleanly: the build's copy is removed, the previous database is kept, and
the exit code is 128 + the signal (130, 143), also when DuckDB was running a query (a watcher
thread interrupts it: DuckDB alone misses some signals, and reports the others as an error of
its own rather than KeyboardInterrupt).
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from etl import __version__, settings
from etl.errors import TrackerError

if TYPE_CHECKING:
    from etl.storage.correction_store import CorrectionStore

DB_HELP = f"DuckDB file (default: ${settings.SETTINGS[0].env} or data/tracker.duckdb)"


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m etl",
        description="Tracker of China's S&T cooperation agreements: build and export the database.",
        epilog="Settings (environment variables; the README has the same table):\n"
        + settings.text_table(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser(
        "build",
        help="read articles (files or folders) into the database",
        description="Read .txt/.html/.jsonl (and .gz) articles, extract agreements "
        "and initiatives, and load them; unchanged files are skipped, changed ones "
        "replaced. The database is swapped in atomically at the end.",
    )
    b.add_argument("inputs", nargs="+", metavar="INPUT", help="article files or folders")
    b.add_argument("--db", help=DB_HELP)
    b.add_argument(
        "--workers", type=int, default=None, help="worker processes (default: one per CPU core)"
    )
    b.add_argument("--no-progress", action="store_true", help="no progress bar")
    b.add_argument("--wait", action=argparse.BooleanOptionalAction, default=True,
                   help="while another build writes the database, wait for it (default, up to "
                   "TRACKER_LOCK_WAIT_S seconds); --no-wait stops at once (exit code 75)")

    e = sub.add_parser(
        "export",
        help="export articles (JSONL contract) or a table",
        description="Without --table, JSONL gives one object per article (the "
        "contract of the README); with --table, any table in any format.",
    )
    e.add_argument("--db", help=DB_HELP)
    e.add_argument("--format", choices=("jsonl", "csv", "parquet", "xlsx", "gold"), default=None,
                   help="jsonl (default), csv, parquet; xlsx only with --view; gold: the articles "
                   "reviewers marked reviewed, corrected, in the gold schema (score.py)")
    e.add_argument("--all-articles", action="store_true",
                   help="gold: every article, reviewed or not")
    e.add_argument(
        "--table",
        help="table to export (default: articles contract for jsonl, agreements for csv/parquet)",
    )
    e.add_argument("--out", help="output file (default: standard output; required for parquet)")
    e.add_argument(
        "--view", choices=("agreements", "agreement_parties", "programme_mentions", "articles"),
        help="one of the dashboard Explorer's tables, under --filter: the same rows and bytes as "
        "its download (csv, xlsx or parquet)")
    e.add_argument(
        "--filter", action="append", default=[], metavar="KEY=VALUE",
        help="a dashboard URL filter, e.g. province=河南省, date=2023, scope=全部 (repeatable; "
        "the page's URL says which are in effect)")

    lp = sub.add_parser(
        "load-parquet",
        help="load the Parquet output of etl/spark_job.py",
        description="Load the tables written by `spark-submit etl/spark_job.py` "
        "into the database, with the same de-duplication as build.",
    )
    lp.add_argument("parquet_dir", metavar="PARQUET_DIR")
    lp.add_argument("--db", help=DB_HELP)
    lp.add_argument("--wait", action=argparse.BooleanOptionalAction, default=True,
                    help="while another build writes the database, wait for it (default)")

    r = sub.add_parser("rejects", help="list the inputs the last builds rejected, with reasons")
    r.add_argument("--db", help=DB_HELP)
    _corrections_parser(sub)
    return p


def _corrections_parser(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser(
        "corrections",
        help="reviewers' corrections: export, import, apply, orphans, audit log, reviewers",
        description="Corrections live in their own store (TRACKER_CORRECTIONS, default "
        "corrections.sqlite beside the database); every build applies them.")
    actions = c.add_subparsers(dest="action", metavar="ACTION", required=True)
    e = actions.add_parser("export", help="write every correction (with its history) as JSONL",
                           description="One JSON object per correction key: its current "
                           "state, version and audit history. '-' writes to standard output.")
    e.add_argument("file", metavar="FILE")
    i = actions.add_parser("import", help="read corrections exported elsewhere (JSONL)",
                           description="New keys are added; a key this store has is replaced "
                           "only by a newer, different state. Every change is audited.")
    i.add_argument("file", metavar="FILE")
    i.add_argument("--reviewer", metavar="NAME", default=f"cli:{getpass.getuser()}",
                   help="name the audit log records for the import (default cli:<user>)")
    ap = actions.add_parser("apply", help="apply the store to the database now (a build "
                            "without new inputs)", description="Rebuild facts and marts with "
                            "the current corrections (under the build lock, swapped in "
                            "atomically); lists orphaned corrections.")
    ap.add_argument("--wait", action=argparse.BooleanOptionalAction, default=True,
                    help="while another build writes the database, wait for it (default)")
    actions.add_parser("orphans", help="corrections the last build could not place",
                       description="Corrections whose row or article is gone: kept in the "
                       "store, listed here.")
    lg = actions.add_parser("log", help="the audit log, newest first",
                            description="Who changed what, when, old and new state, why.")
    lg.add_argument("--key", metavar="KEY", help="only this correction key")
    lg.add_argument("--limit", metavar="N", type=int, default=50)
    r = actions.add_parser("add-reviewer", help="add a reviewer (or change a password)",
                           description="Writes NAME:scrypt-hash to the reviewers file "
                           "(TRACKER_REVIEWERS_FILE, default reviewers.txt beside the "
                           "database). The password is asked twice, or read from stdin.")
    r.add_argument("name", metavar="NAME")
    r.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    r.add_argument("--file", metavar="FILE", help="reviewers file to write")
    for a in actions.choices.values():
        a.add_argument("--db", help=DB_HELP)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def _db(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else settings.db_path()


def _say_waiting(message: str) -> None:
    print(f"waiting: {message}", file=sys.stderr, flush=True)


def cmd_build(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from etl.storage.build import build

    bar = tqdm(desc="articles", unit=" art", disable=args.no_progress or None, file=sys.stderr)

    def progress(n: int, _doc: str) -> None:
        bar.update(n - bar.n)

    try:
        summary = build(args.inputs, _db(args), workers=args.workers, progress=progress,
                        wait=args.wait, on_wait=_say_waiting)
    finally:
        bar.close()
    for rej in summary.rejects[:20]:
        print(f"rejected {rej.path}: {rej.reason}: {rej.message}", file=sys.stderr)
    if len(summary.rejects) > 20:
        print(f"... and {len(summary.rejects) - 20} more (python -m etl rejects)", file=sys.stderr)
    print(f"{summary.line()}\ndatabase: {summary.db_path}")
    return 0


def cmd_export_view(args: argparse.Namespace) -> int:
    """A dashboard view under URL filters (dashboard_lib/exports.py does the work)."""
    # The dashboard's modules import Streamlit, which warns that no app is running: none is.
    import streamlit.logger

    streamlit.logger.set_log_level("error")
    from dashboard_lib import exports

    fmt = args.format or "csv"
    if fmt == "jsonl":
        raise TrackerError("--view writes csv, xlsx or parquet")
    try:
        data = exports.write_view(_db(args), args.view or "agreements", args.filter, fmt)
    except exports.FilterError as exc:
        raise TrackerError(str(exc)) from exc
    if args.out:
        Path(args.out).write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from etl.storage import export

    if args.format == "gold":
        return _export_gold(args)
    if args.view or args.filter:
        return cmd_export_view(args)
    args.format = args.format or "jsonl"
    if args.format == "xlsx":
        raise TrackerError("xlsx needs --view")

    con = export.open_db(_db(args))
    try:
        if args.format == "parquet":
            if not args.out:
                raise TrackerError("--out FILE is required for parquet")
            export.write_table_parquet(con, args.table or "agreements", args.out)
            return 0
        out = open(args.out, "w", encoding="utf-8", newline="") if args.out else sys.stdout
        try:
            if args.format == "jsonl" and not args.table:
                export.write_articles_jsonl(con, out)
            elif args.format == "jsonl":
                export.write_table_jsonl(con, args.table, out)
            else:
                if args.out:
                    out.write("\ufeff")  # Excel opens UTF-8 Chinese correctly with a BOM
                export.write_table_csv(con, args.table or "agreements", out)
        finally:
            if args.out:
                out.close()
    finally:
        con.close()
    return 0


def cmd_load_parquet(args: argparse.Namespace) -> int:
    from etl.storage.parquet_load import load_parquet

    summary = load_parquet(args.parquet_dir, _db(args), wait=args.wait, on_wait=_say_waiting)
    print(summary.line())
    return 0


def cmd_rejects(args: argparse.Namespace) -> int:
    from etl.storage import export

    con = export.open_db(_db(args))
    try:
        for build_id, path, reason, message in export.iter_rejects(con):
            print(f"build {build_id}\t{reason}\t{path}\t{message}")
    finally:
        con.close()
    return 0


def _export_gold(args: argparse.Namespace) -> int:
    """`export --format gold`: the articles marked reviewed, corrected, in the gold schema."""
    from etl.storage.review import write_gold

    if args.out:
        with open(args.out, "w", encoding="utf-8", newline="\n") as out:
            n = write_gold(_db(args), out, all_articles=args.all_articles)
    else:
        n = write_gold(_db(args), sys.stdout, all_articles=args.all_articles)
    print(f"{n} reviewed articles exported in the gold schema", file=sys.stderr)
    return 0


# --------------------------------------------------------------------------- corrections


def cmd_corrections(args: argparse.Namespace) -> int:
    return {"export": _corrections_export, "import": _corrections_import,
            "apply": _corrections_apply, "orphans": _corrections_orphans,
            "log": _corrections_log, "add-reviewer": _add_reviewer}[args.action](args)


def _store(args: argparse.Namespace) -> CorrectionStore:
    from etl.storage.review import store_for

    return store_for(_db(args))


def _corrections_export(args: argparse.Namespace) -> int:
    store = _store(args)
    if args.file == "-":
        n = store.export_jsonl(sys.stdout)
    else:
        with open(args.file, "w", encoding="utf-8", newline="\n") as out:
            n = store.export_jsonl(out)
    print(f"exported {n} corrections from {store.path}", file=sys.stderr)
    return 0


def _corrections_import(args: argparse.Namespace) -> int:
    store = _store(args)
    path = Path(args.file)
    if not path.is_file():
        raise TrackerError(f"no such file: {path}")
    with path.open(encoding="utf-8") as f:
        result = store.import_jsonl(f, reviewer=args.reviewer, source=f"import:{path.name}")
    for why in result.skipped:
        print(f"skipped {why}", file=sys.stderr)
    print(f"imported into {store.path}: {result.added} added, {result.updated} updated, "
          f"{result.unchanged} unchanged, {len(result.skipped)} skipped; "
          "run `python -m etl corrections apply` (or any build) to apply them")
    return 0


def _corrections_apply(args: argparse.Namespace) -> int:
    from etl.storage.build import build

    summary = build([], _db(args), workers=1, wait=args.wait, on_wait=_say_waiting)
    print(f"{summary.line()}\ndatabase: {summary.db_path}")
    return _corrections_orphans(args)


def _corrections_orphans(args: argparse.Namespace) -> int:
    from etl.storage.review import orphans

    applied, rows = orphans(_db(args))
    if applied:
        print(f"corrections: {applied[1]}, applied: {applied[2]}, orphaned: {applied[3]} "
              f"(store position {applied[0]})")
    for key, why, by, at in rows:
        print(f"orphaned\t{key}\t{why}\t{by}\t{at}")
    return 0


def _corrections_log(args: argparse.Namespace) -> int:
    for e in _store(args).history(args.key, limit=args.limit):
        print(f"#{e.seq}\t{e.at}\t{e.reviewer}\t{e.action}\tv{e.version}\t{e.key}"
              f"\t{e.reason or ''}\t{e.note or ''}\t{e.source}")
    return 0


def _add_reviewer(args: argparse.Namespace) -> int:
    from etl.corrections.reviewers import add_reviewer, reviewers_file

    path = Path(args.file) if args.file else reviewers_file(_db(args),
                                                            settings.get("reviewers_file"))
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(f"password for {args.name}: ")
        if getpass.getpass("again: ") != password:
            raise TrackerError("the two passwords differ")
    add_reviewer(path, args.name, password)
    print(f"reviewer {args.name} written to {path} (mode {oct(os.stat(path).st_mode & 0o777)})")
    return 0


COMMANDS = {
    "build": cmd_build,
    "export": cmd_export,
    "load-parquet": cmd_load_parquet,
    "rejects": cmd_rejects,
    "corrections": cmd_corrections,
}


_SIGNALS: list[int] = []  # the stop signals received, in order
_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def _stop(signum: int, _frame: object) -> None:
    """SIGINT and SIGTERM: unwind (KeyboardInterrupt) so that the build's copy is removed."""
    _SIGNALS.append(signum)
    raise KeyboardInterrupt


def _watch_signals() -> Callable[[], None]:
    """Start a thread that, on a stop signal, interrupts the running build's DuckDB query until
    the build has ended (etl.storage.builds.interrupt_running): DuckDB alone missed about half
    of the Ctrl-Cs sent during a long query. The signal handler wakes the thread through
    signal.set_wakeup_fd. Returns the function that stops the watch."""
    read_fd, write_fd = os.pipe()
    os.set_blocking(write_fd, False)
    previous = signal.set_wakeup_fd(write_fd, warn_on_full_buffer=False)
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            woken = os.read(read_fd, 64)
            if done.is_set() or not any(b in _STOP_SIGNALS for b in woken):
                continue
            _SIGNALS.append(next(b for b in woken if b in _STOP_SIGNALS))
            from etl.storage.builds import interrupt_running

            while not done.is_set() and interrupt_running():
                done.wait(0.1)

    thread = threading.Thread(target=watch, name="signal-watch", daemon=True)
    thread.start()

    def stop() -> None:
        signal.set_wakeup_fd(previous)
        done.set()
        os.write(write_fd, b"\0")  # wake the thread so that it sees `done`
        thread.join(1.0)
        os.close(write_fd)
        if not thread.is_alive():
            os.close(read_fd)

    return stop


def _interrupted() -> int:
    signum = _SIGNALS[0] if _SIGNALS else signal.SIGINT
    print(f"interrupted ({signal.Signals(signum).name}): the previous database is unchanged",
          file=sys.stderr)
    return 128 + signum


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    _SIGNALS.clear()
    handlers, unwatch = {}, None
    if threading.current_thread() is threading.main_thread():
        handlers = {s: signal.signal(s, _stop) for s in _STOP_SIGNALS}
        unwatch = _watch_signals()
    try:
        return COMMANDS[args.command](args)
    except TrackerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return _interrupted()
    except BrokenPipeError:
        return 0
    except Exception:
        if _SIGNALS:  # the query DuckDB was running when the signal came was interrupted
            return _interrupted()
        raise
    finally:
        if unwatch is not None:
            unwatch()
        for signum, handler in handlers.items():
            signal.signal(signum, handler)
