"""Load the Parquet output of etl/spark_job.py into the database, as a local build would.

`python -m etl load-parquet PARQUET_DIR --db PATH` calls `load_parquet`. The rules are those of
etl/storage/build.py, applied in SQL so that a load of 100M articles never passes rows through
Python:
- two inputs with the same article id: the first in path order (then line order inside a dump)
  is kept, the others become `rejects` rows with reason duplicate_id;
- an article already in the database with the same raw_sha256 is unchanged and left alone; a
  changed one has all its staged rows replaced;
- then near-duplicates are marked and the fact tables rebuilt (etl.storage.load), and the new file
  is swapped in atomically: a failed load leaves the previous database untouched.
"""

from __future__ import annotations

import logging
from pathlib import Path

import duckdb

from etl.errors import InputNotFound
from etl.records import Reject
from etl.storage import rows
from etl.storage.builds import BuildSummary, WaitFn, finish_build, start_build, updating

LOGGER = logging.getLogger(__name__)
STG_TABLES = ("stg_agreements", "stg_agreement_parties", "stg_initiatives")


def _scan(parquet_dir: Path, table: str) -> str:
    files = sorted((parquet_dir / table).glob("*.parquet"))
    if not files:
        return ""
    return "read_parquet([" + ", ".join("'" + str(f).replace("'", "''") + "'" for f in files) + "])"


def _order_key(alias: str) -> str:
    """Input order of a local build: file path, then the line number of a `<file>#<n>` path."""
    p = f"{alias}.path"
    return (f"CASE WHEN {alias}.fmt = 'jsonl' AND {p} LIKE '%#%' "
            f"THEN regexp_replace({p}, '#[0-9]+$', '') ELSE {p} END, "
            f"CASE WHEN {alias}.fmt = 'jsonl' THEN try_cast(regexp_extract({p}, '#([0-9]+)$', 1) "
            f"AS BIGINT) END NULLS FIRST")


def load_parquet(parquet_dir: str | Path, db_path: str | Path, *, wait: bool = True,
                 on_wait: WaitFn | None = None) -> BuildSummary:
    """Load the Spark job's tables from `parquet_dir` into the database at `db_path` (waiting
    for another build of it as `build` does)."""
    src = Path(parquet_dir)
    if not (src / "articles").is_dir():
        raise InputNotFound(f"no Spark output at {src}: expected {src}/articles/*.parquet "
                            f"(run `spark-submit etl/spark_job.py INPUT {src}`)")
    db = Path(db_path)
    db.parent.mkdir(parents=True, exist_ok=True)
    summary = BuildSummary(db_path=str(db))
    # the local build's lock and copy-and-swap: a failed load changes nothing
    with updating(db, wait_s=None if wait else 0, on_wait=on_wait) as con:
        _load_into(con, src, summary)
    return summary


def _load_into(con: duckdb.DuckDBPyConnection, src: Path, summary: BuildSummary) -> None:
    started = start_build(con, [str(src)], summary)
    stamp = {"build_id": summary.build_id, "at": started}
    _rank_inputs(con, src, summary)
    _replace_changed(con, src, stamp)
    _record_rejects(con, src, stamp, summary)
    for name in ("_in", "_ranked", "_todo"):
        con.execute(f"DROP TABLE {name}")
    finish_build(con, summary)
    LOGGER.info("loaded %s: %s", src, summary.line())


def _rank_inputs(con: duckdb.DuckDBPyConnection, src: Path, summary: BuildSummary) -> None:
    """_in: the articles of the output; _ranked: each id's inputs in a local build's order;
    _todo: the winner of each id that is new or changed (raw bytes not in the database)."""
    con.execute(f"CREATE TEMP TABLE _in AS SELECT * FROM {_scan(src, 'articles')}")
    con.execute(f"""
        CREATE TEMP TABLE _ranked AS
        SELECT a.article_id, a.path, a.raw_sha256,
               row_number() OVER (PARTITION BY a.article_id ORDER BY {_order_key('a')}) AS rn
        FROM _in a;
        CREATE TEMP TABLE _todo AS
        SELECT r.article_id, r.path FROM _ranked r
        LEFT JOIN articles old ON old.article_id = r.article_id
        WHERE r.rn = 1 AND (old.article_id IS NULL OR old.raw_sha256 <> r.raw_sha256);
    """)
    summary.read = con.execute("SELECT count(*) FROM _in").fetchone()[0]
    summary.added = con.execute("SELECT count(*) FROM _todo").fetchone()[0]
    summary.unchanged = con.execute(
        "SELECT count(*) FROM _ranked WHERE rn = 1").fetchone()[0] - summary.added


def _replace_changed(con: duckdb.DuckDBPyConnection, src: Path, stamp: dict) -> None:
    """Every staged row of the _todo articles replaced by the output's (stamped with this load)."""
    for table in ("articles", *STG_TABLES):
        con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM _todo)")
    cols = ", ".join(rows.SCHEMA["articles"])
    con.execute(f"""
        INSERT INTO articles ({cols})
        SELECT {cols.replace('build_id', '$build_id AS build_id')
                    .replace('loaded_at', '$at AS loaded_at')}
        FROM _in a SEMI JOIN _todo t ON a.article_id = t.article_id AND a.path = t.path
    """, stamp)
    for table in STG_TABLES:
        scan = _scan(src, table)
        if not scan:
            continue
        cols = ", ".join(rows.SCHEMA[table])
        con.execute(f"""
            INSERT INTO {table} ({cols})
            SELECT {cols} FROM {scan} s
            SEMI JOIN _todo t ON s.article_id = t.article_id AND s.{rows.PATH_COLUMN} = t.path
        """)


def _record_rejects(con: duckdb.DuckDBPyConnection, src: Path, stamp: dict,
                    summary: BuildSummary) -> None:
    """The job's rejects and the ids that lost to an earlier input (duplicate_id)."""
    rcols = ", ".join(c for c in rows.SCHEMA["rejects"] if c not in ("build_id", "rejected_at"))
    if scan := _scan(src, "rejects"):
        con.execute(f"INSERT INTO rejects ({rcols}, build_id, rejected_at) "
                    f"SELECT {rcols}, $build_id, $at FROM {scan} ORDER BY path, doc_id", stamp)
    con.execute(f"""
        INSERT INTO rejects ({rcols}, build_id, rejected_at)
        SELECT path, article_id, 'duplicate_id',
               'another input in this build already has the id ' || article_id, $build_id, $at
        FROM _ranked WHERE rn > 1 ORDER BY path
    """, stamp)
    found = con.execute("SELECT path, reason, message, doc_id FROM rejects WHERE build_id = ? "
                        "ORDER BY path", [summary.build_id]).fetchall()
    summary.rejects = [Reject(*r) for r in found]
    summary.rejected = len(found)
    # As in a local build, `read` counts every input item: articles (duplicates included) and
    # the inputs the readers or the extraction rejected.
    summary.read += sum(1 for r in found if r[1] != "duplicate_id")
