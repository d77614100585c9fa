"""The last step of every build (local, worker pool, Spark load): corrections applied.

`etl.load.rebuild_facts(con)`, which every build (and every fixture) ends with, runs
`rebuild_facts(con)` here:
1. read the corrections store (one consistent snapshot; the build never writes the store);
2. correct the staged rows of the articles the corrections touch (apply.correct_article) and
   shadow `stg_agreements`, `stg_agreement_parties`, `stg_initiatives` with TEMP tables of the
   same names (the machine's rows of every other article plus the corrected rows; DuckDB
   resolves a bare name to the temp schema first), so facts.sql and marts.sql derive the
   corrected data unchanged while the staged tables keep the machine's output (the next
   incremental build compares and re-applies against it). Temp tables, not views: facts.sql
   reads each staged table several times (a view with its anti-join made the step 3x slower);
3. drop them and build the review marts (sql/review_marts.sql): the review queue, the review
   marks on the marts, the orphaned corrections, and `mart_review_applied` (which store position
   the database reflects).
A correction saved while a build runs is not in that build's snapshot: it stays in the store and
the next build applies it (the page says so).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb

from etl.corrections import _etl
from etl.corrections.apply import ArticleReview, CorrectionIndex, correct_article, stg_rows
from etl.corrections.model import Correction
from etl.corrections.store import CorrectionStore, Snapshot, store_path_for

LOGGER = logging.getLogger(__name__)
SQL_DIR = Path(__file__).resolve().parent / "sql"
SHADOWED = ("stg_agreements", "stg_agreement_parties", "stg_initiatives")


@dataclass
class ApplyReport:
    """What the last step did, for the build summary and tests."""

    store: str
    store_seq: int = 0
    corrections: int = 0
    applied: int = 0
    orphans: list[tuple[str, str]] = field(default_factory=list)  # (key, why)
    touched_articles: int = 0


def _timestamp(value: str | None) -> datetime | None:
    """Store times (ISO with +08:00) as naive Asia/Shanghai wall-clock times."""
    return datetime.fromisoformat(value).replace(tzinfo=None) if value else None


def _main(con: duckdb.DuckDBPyConnection) -> str:
    """The build database's main schema, fully qualified (a bare `main.` would also find the
    temp views that shadow the staged tables)."""
    name = con.execute("SELECT current_database()").fetchone()[0]
    return '"' + str(name).replace('"', '""') + '".main'


def _register(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]]) -> None:
    _etl.load.insert_rows(con, table, rows)


def _dicts(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict[str, Any]]:
    cur = con.execute(sql)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def _machine_rows(con: duckdb.DuckDBPyConnection, main: str
                  ) -> tuple[dict[str, list[dict]], dict[str, list[dict]], dict[str, tuple]]:
    """Staged rows and texts of the touched articles, by article."""
    agreements: dict[str, list[dict]] = {}
    parties: dict[tuple[str, int], list[dict]] = {}
    for p in _dicts(con, f"SELECT p.* FROM {main}.stg_agreement_parties p SEMI JOIN "
                        "_touched_articles t USING (article_id) "
                        "ORDER BY article_id, seq, position"):
        parties.setdefault((p["article_id"], p["seq"]), []).append(
            {k: p[k] for k in ("name", "mention", "kind", "level", "adcode")})
    for a in _dicts(con, f"SELECT s.* FROM {main}.stg_agreements s SEMI JOIN _touched_articles t "
                        "USING (article_id) ORDER BY article_id, seq"):
        a["parties"] = parties.get((a["article_id"], a["seq"]), [])
        agreements.setdefault(a["article_id"], []).append(a)
    initiatives: dict[str, list[dict]] = {}
    for i in _dicts(con, f"SELECT s.* FROM {main}.stg_initiatives s SEMI JOIN _touched_articles t "
                        "USING (article_id) ORDER BY article_id, seq"):
        initiatives.setdefault(i["article_id"], []).append(i)
    texts = {r[0]: (r[1], r[2]) for r in con.execute(
        f"SELECT article_id, clean_text, length(original_text) FROM {main}.articles "
        "SEMI JOIN _touched_articles USING (article_id)").fetchall()}
    return agreements, initiatives, texts


def review_row(item: str, row: dict[str, Any]) -> dict[str, Any]:
    """A corrected row as a `_review_rows` record (review_rows.sql)."""
    machine = row.get("machine")
    out = {k: row.get(k) for k in (
        "item_key", "article_id", "seq", "agreement_id", "initiative_id", "span_start",
        "span_end", "orig_start", "orig_end", "evidence", "status", "reviewed_by",
        "reject_reason", "correction_key")}
    out["item"] = item
    out["reviewed_at"] = _timestamp(row.get("reviewed_at"))
    if item == "agreement":
        out.update(
            parties=[p["name"] for p in row["parties"]],
            party_mentions=[p.get("mention") or p["name"] for p in row["parties"]],
            date=row.get("date"), date_precision=row.get("date_precision"),
            date_after=row.get("date_after"), date_before=row.get("date_before"),
            type=row.get("type"), model=row.get("model"),
            signing="new" if row["is_new_signing"] else (
                "background" if row["background"] else "draft"),
            provinces=list(row.get("provinces") or []), cities=list(row.get("cities") or []),
            confidence=row.get("confidence"))
        if machine:
            out.update(machine_parties=[p["name"] for p in machine["parties"]],
                       machine_date=machine["date"],
                       machine_date_precision=machine["date_precision"],
                       machine_type=machine["type"], machine_model=machine["model"],
                       machine_signing=machine["signing"])
    else:
        out.update({k: row.get(k) for k in ("name", "family", "kind", "region")})
        if machine:
            out.update(machine_name=machine["name"], machine_family=machine["family"],
                       machine_kind=machine["kind"], machine_region=machine["region"])
    return out


def _why(c: Correction, texts: dict[str, tuple]) -> str:
    if c.target == "event":
        return ("合并的协议已不存在 the merged agreement is gone" if c.action == "merge"
                else "拆分的报道已不存在 the reports it splits are gone")
    if c.article_id not in texts:
        return "文章已不在数据库中 the article is no longer in the database"
    if c.action == "add":
        return "证据句已不在文章中 the evidence sentence is no longer in the article"
    return "文章已变，此行不再被抽取 the article changed and this row is no longer extracted"


def touched_articles(con: duckdb.DuckDBPyConnection, idx: CorrectionIndex,
                     main: str | None = None) -> set[str]:
    """Articles whose rows the corrections may change: named ones, and every article reporting
    an event a merge absorbs."""
    main = main or _main(con)
    ids = idx.article_ids()
    merged = sorted(idx.merged_event_ids())
    if merged:
        ids |= {r[0] for r in con.execute(
            f"SELECT DISTINCT article_id FROM {main}.stg_agreements "
            "WHERE list_contains(?, agreement_id)", [merged]).fetchall()}
    return ids


def review_articles(con: duckdb.DuckDBPyConnection, idx: CorrectionIndex,
                    ids: Iterable[str], main: str | None = None) -> dict[str, ArticleReview]:
    """Corrected rows of these articles (missing articles get an empty review)."""
    main = main or _main(con)
    con.execute("CREATE OR REPLACE TEMP TABLE _touched_articles (article_id VARCHAR PRIMARY KEY)")
    _register(con, "_touched_articles", [{"article_id": a} for a in sorted(set(ids))])
    agreements, initiatives, texts = _machine_rows(con, main)
    out = {}
    for art in sorted(set(ids)):
        clean, orig_len = texts.get(art, (None, None))
        out[art] = correct_article(art, agreements.get(art, []), initiatives.get(art, []), idx,
                                   clean_text=clean, original_len=orig_len)
    return out


def database_file(con: duckdb.DuckDBPyConnection) -> Path:
    """The file of the connection's database (the store sits beside it)."""
    row = con.execute("SELECT path FROM duckdb_databases() "
                      "WHERE database_name = current_database()").fetchone()
    return Path(row[0]) if row and row[0] else Path.cwd() / "memory.duckdb"


def rebuild_facts(con: duckdb.DuckDBPyConnection, db_path: str | Path | None = None,
                  store: CorrectionStore | None = None) -> ApplyReport:
    """facts.sql + marts.sql on the corrected staged rows, then the review marts.

    The store is `store`, else the one of `db_path` (store_path_for), else the one beside the
    connection's database file."""
    store = store or CorrectionStore(store_path_for(db_path or database_file(con)))
    snap: Snapshot = store.snapshot()
    report = ApplyReport(store=str(store.path), store_seq=snap.max_seq,
                         corrections=len(snap.corrections))
    idx = CorrectionIndex.of(snap.corrections)
    main = _main(con)
    con.execute((SQL_DIR / "review_rows.sql").read_text(encoding="utf-8"))
    reviews: dict[str, ArticleReview] = {}
    if idx:
        ids = touched_articles(con, idx, main)
        reviews = review_articles(con, idx, ids, main)
        report.touched_articles = len(reviews)
        _shadow(con, main, reviews.values())
    try:
        _etl.load.rebuild_facts(con, corrections=False)
    finally:
        for table in SHADOWED:
            con.execute(f"DROP TABLE IF EXISTS temp.main.{table}")
            con.execute(f"DROP TABLE IF EXISTS temp.main._corrected_{table}")
    _review_marts(con, snap, idx, reviews, report)
    return report


def _shadow(con: duckdb.DuckDBPyConnection, main: str,
            reviews: Iterable[ArticleReview]) -> None:
    corrected: dict[str, list[dict]] = {t: [] for t in SHADOWED}
    for review in reviews:
        for table, rows in stg_rows(review).items():
            corrected[table].extend(rows)
    for table in SHADOWED:
        con.execute(f"CREATE OR REPLACE TEMP TABLE _corrected_{table} AS "
                    f"SELECT * FROM {main}.{table} LIMIT 0")
        _register(con, f"_corrected_{table}", corrected[table])
        con.execute(f"""
            CREATE OR REPLACE TEMP TABLE {table} AS
            SELECT * FROM {main}.{table}
            WHERE article_id NOT IN (SELECT article_id FROM _touched_articles)
            UNION ALL
            SELECT * FROM _corrected_{table}""")


def _review_marts(con: duckdb.DuckDBPyConnection, snap: Snapshot, idx: CorrectionIndex,
                  reviews: dict[str, ArticleReview], report: ApplyReport) -> None:
    rows: list[dict[str, Any]] = []
    matched: set[str] = set()
    for review in reviews.values():
        matched |= review.matched
        rows.extend(review_row("agreement", r) for r in review.agreements)
        rows.extend(review_row("initiative", r) for r in review.initiatives)
    _register(con, "_review_rows", rows)
    texts = {r[0]: None for r in con.execute(
        "SELECT article_id FROM articles SEMI JOIN _touched_articles USING (article_id)"
    ).fetchall()}
    _register(con, "_review_articles", [
        {"article_id": art, "completed_by": c.updated_by,
         "completed_at": _timestamp(c.updated_at)}
        for art, c in sorted(idx.complete.items()) if art in texts])
    orphans = []
    for c in snap.corrections:
        if c.key in matched:
            continue
        why = _why(c, texts)
        report.orphans.append((c.key, why))
        orphans.append({"key": c.key, "target": c.target, "action": c.action,
                        "article_id": c.article_id, "evidence": c.payload.get("evidence"),
                        "why": why, "reason": c.reason, "note": c.note, "version": c.version,
                        "updated_by": c.updated_by, "updated_at": _timestamp(c.updated_at)})
    _register(con, "_review_orphans", orphans)
    report.applied = report.corrections - len(orphans)
    if con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'mart_agreements' "
                   "AND NOT temporary").fetchone()[0]:
        con.execute((SQL_DIR / "review_marts.sql").read_text(encoding="utf-8"))
    con.execute("""
        CREATE OR REPLACE TABLE mart_review_applied AS
        SELECT ?::TIMESTAMP AS applied_at, ?::VARCHAR AS store, ?::BIGINT AS store_seq,
               ?::INTEGER AS corrections, ?::INTEGER AS applied, ?::INTEGER AS orphaned""",
                [datetime.now(), report.store, report.store_seq, report.corrections,
                 report.applied, len(orphans)])
    for table in ("_review_rows", "_review_articles", "_review_orphans", "_touched_articles",
                  "_agreement_marks"):
        con.execute(f"DROP TABLE IF EXISTS temp.main.{table}")
    if orphans:
        LOGGER.warning("%d corrections are orphaned (their rows are gone): see "
                       "mart_review_orphans or `python -m etl corrections orphans`", len(orphans))

