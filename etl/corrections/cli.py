"""`python -m etl corrections export|import|apply|orphans|log|add-reviewer` and
`python -m etl export --format gold`: registered by etl/cli.py, which turns errors into messages.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

import duckdb

from etl import settings
from etl.corrections.store import CorrectionStore, store_path_for
from etl.errors import DatabaseMissing, TrackerError


def add_parser(sub: argparse._SubParsersAction, db_help: str) -> None:
    c = sub.add_parser(
        "corrections",
        help="reviewers' corrections: export, import, apply, orphans, audit log, reviewers",
        description="Corrections live in their own store (TRACKER_CORRECTIONS, default "
        "corrections.sqlite beside the database); every build applies them.")
    actions = c.add_subparsers(dest="action", required=True)

    e = actions.add_parser("export", help="write every correction (with its history) as JSONL",
                           description="One JSON object per correction key: its current "
                           "state, version and audit history. '-' writes to standard output.")
    e.add_argument("file", metavar="FILE")
    i = actions.add_parser("import", help="read corrections exported elsewhere (JSONL)",
                           description="New keys are added; a key this store has is replaced "
                           "only by a newer, different state. Every change is audited.")
    i.add_argument("file", metavar="FILE")
    i.add_argument("--reviewer", default=f"cli:{getpass.getuser()}",
                   help="name the audit log records for the import (default cli:<user>)")
    actions.add_parser("apply", help="apply the store to the database now (a build without "
                       "new inputs)", description="Rebuild facts and marts with the current "
                       "corrections; lists orphaned corrections.")
    actions.add_parser("orphans", help="corrections the last build could not place",
                       description="Corrections whose row or article is gone: kept in the "
                       "store, listed here.")
    lg = actions.add_parser("log", help="the audit log, newest first",
                            description="Who changed what, when, old and new state, why.")
    lg.add_argument("--key", help="only this correction key")
    lg.add_argument("--limit", type=int, default=50)
    r = actions.add_parser("add-reviewer", help="add a reviewer (or change a password)",
                           description="Writes NAME:scrypt-hash to the reviewers file "
                           "(TRACKER_REVIEWERS_FILE, default reviewers.txt beside the "
                           "database). The password is asked twice, or read from stdin.")
    r.add_argument("name", metavar="NAME")
    r.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    r.add_argument("--file", help="reviewers file to write")
    for p in (e, i, lg, r, *(actions.choices[n] for n in ("apply", "orphans"))):
        p.add_argument("--db", help=db_help)


def _db(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else settings.db_path()


def _store(args: argparse.Namespace) -> CorrectionStore:
    return CorrectionStore(store_path_for(_db(args)))


def cmd_corrections(args: argparse.Namespace) -> int:
    return {"export": _export, "import": _import, "apply": _apply, "orphans": _orphans,
            "log": _log, "add-reviewer": _add_reviewer}[args.action](args)


def _export(args: argparse.Namespace) -> int:
    store = _store(args)
    if args.file == "-":
        n = store.export_jsonl(sys.stdout)
    else:
        with open(args.file, "w", encoding="utf-8", newline="\n") as out:
            n = store.export_jsonl(out)
    print(f"exported {n} corrections from {store.path}", file=sys.stderr)
    return 0


def _import(args: argparse.Namespace) -> int:
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


def _apply(args: argparse.Namespace) -> int:
    from etl.build import build

    summary = build([], _db(args), workers=1)
    print(f"{summary.line()}\ndatabase: {summary.db_path}")
    return _orphans(args)


def _open(args: argparse.Namespace) -> duckdb.DuckDBPyConnection:
    db = _db(args)
    if not db.exists():
        raise DatabaseMissing(f"no database at {db}: build one with `python -m etl build`")
    return duckdb.connect(str(db), read_only=True)


def _orphans(args: argparse.Namespace) -> int:
    con = _open(args)
    try:
        applied = con.execute("SELECT store_seq, corrections, applied, orphaned "
                              "FROM mart_review_applied").fetchone()
        rows = con.execute("SELECT key, why, updated_by, updated_at FROM mart_review_orphans "
                           "ORDER BY article_id, key").fetchall()
    finally:
        con.close()
    if applied:
        print(f"corrections: {applied[1]}, applied: {applied[2]}, orphaned: {applied[3]} "
              f"(store position {applied[0]})")
    for key, why, by, at in rows:
        print(f"orphaned\t{key}\t{why}\t{by}\t{at}")
    return 0


def _log(args: argparse.Namespace) -> int:
    for e in _store(args).history(args.key, limit=args.limit):
        print(f"#{e.seq}\t{e.at}\t{e.reviewer}\t{e.action}\tv{e.version}\t{e.key}"
              f"\t{e.reason or ''}\t{e.note or ''}\t{e.source}")
    return 0


def _add_reviewer(args: argparse.Namespace) -> int:
    from etl.corrections.reviewers import add_reviewer, reviewers_file

    path = Path(args.file) if args.file else reviewers_file(_db(args))
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(f"password for {args.name}: ")
        if getpass.getpass("again: ") != password:
            raise TrackerError("the two passwords differ")
    add_reviewer(path, args.name, password)
    print(f"reviewer {args.name} written to {path} (mode {oct(os.stat(path).st_mode & 0o777)})")
    return 0


def cmd_export_gold(args: argparse.Namespace) -> int:
    """`export --format gold`: reviewed articles in the gold schema."""
    from etl.corrections.gold import write_gold

    db = _db(args)
    if not db.exists():
        raise DatabaseMissing(f"no database at {db}: build one with `python -m etl build`")
    store = CorrectionStore(store_path_for(db))
    all_articles = getattr(args, "all_articles", False)
    if args.out:
        with open(args.out, "w", encoding="utf-8", newline="\n") as out:
            n = write_gold(db, store, out, all_articles=all_articles)
    else:
        n = write_gold(db, store, sys.stdout, all_articles=all_articles)
    print(f"{n} reviewed articles exported in the gold schema", file=sys.stderr)
    return 0
