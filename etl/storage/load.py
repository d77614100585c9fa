"""DuckDB I/O: the layer of the ETL that talks to the database (builds.py keeps a build's
bookkeeping, review.py applies the reviewers' corrections, both through it).

Rows arrive as plain dicts (from etl.storage.rows), are buffered per table and written in batches
through Arrow, which is two orders of magnitude faster than row-by-row INSERTs.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import pyarrow as pa

if TYPE_CHECKING:
    from etl.storage.correction_store import CorrectionStore

LOGGER = logging.getLogger(__name__)
SQL_DIR = Path(__file__).resolve().parent / "sql"
REGIONS_CSV = Path(__file__).resolve().parent.parent / "data" / "regions.csv"
STAGED_TABLES = ("articles", "stg_agreements", "stg_agreement_parties", "stg_initiatives")


def read_sql(name: str) -> str:
    return (SQL_DIR / name).read_text(encoding="utf-8")


def schema_columns() -> dict[str, dict[str, str]]:
    """{table: {column: DuckDB type}} of the tables schema.sql creates, in column order."""
    con = duckdb.connect(":memory:")
    try:
        con.execute(read_sql("schema.sql"))
        out: dict[str, dict[str, str]] = {}
        for table, column, typ in con.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position"
        ).fetchall():
            out.setdefault(table, {})[column] = typ
        return out
    finally:
        con.close()


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the staged tables if missing and fill `regions` once."""
    con.execute(read_sql("schema.sql"))
    if con.execute("SELECT count(*) FROM regions").fetchone()[0] == 0:
        load_regions(con)


def load_regions(con: duckdb.DuckDBPyConnection, path: Path = REGIONS_CSV) -> int:
    """Load the gazetteer (etl/data/regions.csv) into `regions`."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = []
        for r in csv.DictReader(f):
            rows.append(
                {
                    "adcode": r["adcode"],
                    "name": r["name"],
                    "short_name": r["short_name"],
                    "aliases": [a for a in (r.get("aliases") or "").split("|") if a],
                    "level": r["level"],
                    "parent_adcode": r.get("parent_adcode") or None,
                    "province_adcode": r["province_adcode"],
                    "province": r["province"],
                    "prefecture": r.get("prefecture") or None,
                    "longitude": float(r["longitude"]) if r.get("longitude") else None,
                    "latitude": float(r["latitude"]) if r.get("latitude") else None,
                    "map_name": r.get("map_name") or None,
                }
            )
    insert_rows(con, "regions", rows)
    return len(rows)


def table_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    return [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    """Append rows (dicts keyed by column name) to a table in one Arrow batch."""
    if not rows:
        return
    cols = table_columns(con, table)
    data = pa.Table.from_pydict({c: [r.get(c) for r in rows] for c in cols})  # 2x from_pylist
    con.register("_batch", data)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _batch")
    finally:
        con.unregister("_batch")


def delete_articles(con: duckdb.DuckDBPyConnection, article_ids: Iterable[str]) -> None:
    """Remove every staged row of these articles (a changed file replaces its rows)."""
    ids = list(article_ids)
    if not ids:
        return
    con.register("_ids", pa.table({"article_id": ids}))
    try:
        for table in STAGED_TABLES:
            con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM _ids)")
    finally:
        con.unregister("_ids")


def existing_hashes(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    return dict(con.execute("SELECT article_id, raw_sha256 FROM articles").fetchall())


def mark_duplicates(con: duckdb.DuckDBPyConnection, max_distance: int = 3) -> None:
    """Set articles.duplicate_of for near-duplicates (SimHash within `max_distance` bits).

    Candidates share one of four 16-bit bands (pigeonhole: ≤3 differing bits leave a band equal),
    so the join stays near-linear instead of comparing every pair.
    """
    con.execute("UPDATE articles SET duplicate_of = NULL")
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _sh AS
        SELECT article_id, published, ('0x' || simhash)::UBIGINT AS h
        FROM articles WHERE simhash IS NOT NULL AND length(simhash) = 16;
        CREATE OR REPLACE TEMP TABLE _dups AS
        WITH bands AS (
            SELECT article_id, published, h, b, (h >> (16 * b)) & 65535 AS band
            FROM _sh, range(4) t(b)
        ),
        pairs AS (
            SELECT DISTINCT x.article_id AS a, y.article_id AS first
            FROM bands x JOIN bands y ON x.b = y.b AND x.band = y.band
            WHERE (coalesce(y.published, ''), y.article_id)
                < (coalesce(x.published, ''), x.article_id)
              AND bit_count(xor(x.h, y.h)) <= {int(max_distance)}
        )
        SELECT a, min(first) AS first FROM pairs GROUP BY a;
        UPDATE articles SET duplicate_of = d.first FROM _dups d WHERE articles.article_id = d.a;
        DROP TABLE _sh; DROP TABLE _dups;
    """)


def rebuild_facts(con: duckdb.DuckDBPyConnection, store: CorrectionStore | None = None) -> None:
    """Derive the fact tables and the dashboard's marts from the staged rows, with the
    reviewers' corrections applied: the review step (etl/storage/review.py) reads the
    corrections store (`store`, else the one beside the database file) and defines the reviewed
    staged rows that facts.sql reads."""
    from etl.storage import review  # it builds on this module's inserts

    review.stage(con, store)
    try:
        con.execute(read_sql("facts.sql"))
    finally:
        review.unstage(con)
    # a mart may change between view and table across versions: drop the old ones first
    for (name,) in con.execute(
        "SELECT view_name FROM duckdb_views() WHERE view_name LIKE 'mart\\_%' ESCAPE '\\'"
    ).fetchall():
        con.execute(f'DROP VIEW IF EXISTS "{name}"')
    for (name,) in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'mart\\_%' ESCAPE '\\'"
    ).fetchall():
        con.execute(f'DROP TABLE IF EXISTS "{name}"')
    con.execute(read_sql("marts.sql"))
