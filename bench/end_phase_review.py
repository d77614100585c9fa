#!/usr/bin/env python3
"""CPU cost of the review step at the end of a build: `load.rebuild_facts` with and without
corrections, on a synthesised database.

    python bench/end_phase_review.py                          # 300k articles, 0 and 500, 2 runs
    python bench/end_phase_review.py --corrections 0 --code bench/out/main   # another tree

The database is bench/out/dash-<N>.duckdb of dashboard_queries.py (built here when missing).
Each run copies it and runs `load.rebuild_facts` (the review step, facts.sql, marts.sql) through
a build's connection (`connect_for_build`: DuckDB memory_limit = TRACKER_BUILD_MEMORY), and
prints CPU seconds of the process (DuckDB's threads included) and wall seconds: on a shared
machine the wall time says more about the neighbours than about the code. With K corrections,
a store is made first (TRACKER_CORRECTIONS, in bench/out): the first agreement row of K
articles, 4/5 accepted and 1/5 rejected, as a reviewer would save them; it reports how many the
build applied and the CPU of the review step alone. `--code DIR` runs another source tree
(e.g. `git archive main | tar -x -C bench/out/main`) on the same database, for a comparison
(a tree without the review step runs without corrections).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"


def make_store(db: Path, store_path: Path, n: int) -> int:
    """Save the first agreement row of `n` articles (4/5 accept, 1/5 reject) into a new store."""
    import duckdb

    from etl.corrections import model
    from etl.storage.correction_store import CorrectionStore

    for p in store_path.parent.glob(store_path.name + "*"):
        p.unlink()
    store = CorrectionStore(store_path)
    if n == 0:
        return 0
    con = duckdb.connect(str(db), read_only=True)
    try:
        cur = con.execute(
            "SELECT * EXCLUDE (rn) FROM (SELECT *, row_number() OVER (PARTITION BY article_id "
            "ORDER BY seq) AS rn FROM mart_review_queue WHERE item = 'agreement') WHERE rn = 1 "
            "ORDER BY hash(article_id) LIMIT ?", [n])
        cols = [d[0] for d in cur.description]
        rows = [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
    finally:
        con.close()
    for i, row in enumerate(rows):
        change = (model.row_change("agreement", row, "accept") if i % 5 else
                  model.row_change("agreement", row, "reject", reason="not_signing"))
        store.save(change, expected_version=0, reviewer="bench")
    return len(rows)


def one_run(db: Path) -> str:
    from etl.storage import load
    from etl.storage.builds import connect_for_build

    try:
        from etl.storage import review
    except ImportError:  # a tree without the review step
        review = None
    step: dict[str, float] = {}
    if review is not None:
        stage = review.stage

        def timed(con: object, store: object = None) -> object:  # review.stage, timed
            c0 = time.process_time()
            try:
                return stage(con, store)
            finally:
                step["cpu"] = time.process_time() - c0

        review.stage = timed
    work = db.with_name(db.stem + "-review-run.duckdb")
    shutil.copy2(db, work)
    try:
        con = connect_for_build(work)
        try:
            c0, w0 = time.process_time(), time.perf_counter()
            load.rebuild_facts(con)
            cpu, wall = time.process_time() - c0, time.perf_counter() - w0
            applied = (con.execute("SELECT corrections, applied, orphaned FROM review_applied")
                       .fetchone() if review is not None else None)
        finally:
            con.close()
    finally:
        if review is not None:
            review.stage = stage
        work.unlink(missing_ok=True)
        Path(f"{work}.wal").unlink(missing_ok=True)
    out = f"rebuild_facts CPU {cpu:.1f} s, wall {wall:.1f} s"
    if applied is not None:
        out += (f"; review step CPU {step['cpu']:.2f} s; corrections {applied[0]}, "
                f"applied {applied[1]}, orphaned {applied[2]}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=300_000)
    ap.add_argument("--corrections", type=int, nargs="+", default=[0, 500])
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--code", type=Path, default=ROOT, help="source tree to run (default: this)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.code.resolve()))
    if args.code.resolve() != ROOT:
        sys.path.insert(1, str(ROOT))  # bench.dashboard_queries, if the DB must be built
    store_path = OUT / "end-phase-review-corrections.sqlite"
    os.environ["TRACKER_CORRECTIONS"] = str(store_path)  # before etl.settings is read
    OUT.mkdir(parents=True, exist_ok=True)
    db = OUT / f"dash-{args.articles}.duckdb"
    if not db.exists():
        from bench.dashboard_queries import build_db

        build_db(args.articles, db)
    for n in args.corrections:
        try:
            saved = make_store(db, store_path, n)
        except ImportError:  # a tree without corrections
            saved = 0
        for run in range(1, args.runs + 1):
            print(f"{args.code.name}, {args.articles} articles, {saved} corrections saved, "
                  f"run {run}: {one_run(db)}", flush=True)
    for p in OUT.glob(store_path.name + "*"):
        p.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
