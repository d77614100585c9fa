#!/usr/bin/env python3
"""Peak memory of the end of a build on a large database: near-duplicates, facts and marts.

    python bench/end_phase_memory.py                 # the 1M-article DB of dashboard_queries.py

The streaming part of a build holds one batch at a time (etl_throughput.py shows its memory over
the run); what grows with the database is the end, where `load.mark_duplicates` and
`load.rebuild_facts` run over every article. This runs exactly those, on a copy of the 1M-article
database, through the build's own connection (`etl.storage.builds.connect_for_build`: DuckDB
memory_limit = TRACKER_BUILD_MEMORY), and prints the seconds and the peak RSS of the process.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "dash-1000000.duckdb")
    args = ap.parse_args(argv)
    if not args.db.exists():
        print(f"no database at {args.db}: run bench/dashboard_queries.py first", file=sys.stderr)
        return 2
    from etl import settings
    from etl.storage import load
    from etl.storage.builds import connect_for_build

    copy = args.db.with_name(args.db.stem + "-endphase.duckdb")
    shutil.copy2(args.db, copy)
    try:
        limit = settings.get("build_memory")
        con = connect_for_build(copy)
        n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        if con.execute("SELECT count(simhash) FROM articles").fetchone()[0] == 0:
            # the synthesised DB has no fingerprints: give each article a pseudo-random one, so
            # the near-duplicate band join does the work it does on a real 1M-article build
            con.execute("UPDATE articles "
                        "SET simhash = lpad(printf('%x', hash(article_id)), 16, '0')")
            con.execute("CHECKPOINT")
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        t0 = time.perf_counter()
        load.mark_duplicates(con)
        t1 = time.perf_counter()
        load.rebuild_facts(con)
        t2 = time.perf_counter()
        con.execute("CHECKPOINT")
        t3 = time.perf_counter()
        con.close()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    finally:
        copy.unlink(missing_ok=True)
        Path(f"{copy}.wal").unlink(missing_ok=True)
    print(f"{n:,} articles, DuckDB memory_limit {limit}: near-duplicates {t1 - t0:.1f} s, "
          f"facts + marts {t2 - t1:.1f} s, checkpoint {t3 - t2:.1f} s; peak RSS {peak:.0f} MB "
          f"(after opening: {base:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
