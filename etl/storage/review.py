"""The review step of every build: the reviewers' corrections applied before the facts.

`load.rebuild_facts`, the end of every local build, Parquet load and fixture, runs `stage(con)`
first:
1. it reads one snapshot of the corrections store (correction_store.py; a build never writes
   the store) and corrects the staged rows of the articles the corrections touch
   (etl.corrections.apply, pure);
2. it writes the review tables of sql/review.sql: `review_rows` (every row of those articles,
   rejected ones included, with its review status and the machine's values), `review_articles`
   (articles marked reviewed), `review_orphans` (corrections whose row, event or article is
   gone: kept in the store, listed) and `review_applied` (the store position the database
   reflects);
3. it defines `reviewed_agreements`, `reviewed_agreement_parties` and `reviewed_initiatives`:
   the staged rows with those articles' rows replaced by the corrected ones (TEMP tables, or
   plain views of `stg_*` when no article is touched). facts.sql reads them; marts.sql reads
   the review tables (the review queue, the review marks on the marts).
The staged tables keep the machine's output: the next incremental build compares against it and
applies the corrections again. A correction saved while a build runs is not in that build's
snapshot: it stays in the store and the next build applies it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

import duckdb

from etl import settings
from etl.corrections.apply import ArticleReview, CorrectionIndex, correct_article
from etl.corrections.gold import HEAD_KEYS, gold_record
from etl.corrections.model import Correction
from etl.errors import DatabaseMissing
from etl.storage import load
from etl.storage.correction_store import CorrectionStore, store_path_for
from etl.storage.rows import first_day

LOGGER = logging.getLogger(__name__)
# The staged tables facts.sql reads through their reviewed twins.
REVIEWED = {"stg_agreements": "reviewed_agreements",
            "stg_agreement_parties": "reviewed_agreement_parties",
            "stg_initiatives": "reviewed_initiatives"}


@dataclass
class ApplyReport:
    """What the review step did (tests, logs)."""

    store: str = ""
    store_seq: int = 0
    corrections: int = 0
    applied: int = 0
    orphans: list[tuple[str, str]] = field(default_factory=list)  # (key, why)
    touched_articles: int = 0


def store_for(db_path: str | Path) -> CorrectionStore:
    """The corrections store of a tracker database (TRACKER_CORRECTIONS, else beside it)."""
    return CorrectionStore(store_path_for(db_path, settings.get("corrections")))


def database_file(con: duckdb.DuckDBPyConnection) -> Path | None:
    """The file of the connection's database (None in memory: no store then)."""
    row = con.execute("SELECT path FROM duckdb_databases() "
                      "WHERE database_name = current_database()").fetchone()
    return Path(row[0]) if row and row[0] else None


def _timestamp(value: str | None) -> datetime | None:
    """Store times (ISO with +08:00) as naive Asia/Shanghai wall-clock times."""
    return datetime.fromisoformat(value).replace(tzinfo=None) if value else None


def _dicts(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict[str, Any]]:
    cur = con.execute(sql)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


# --------------------------------------------------------------------------- corrected rows


def touched_articles(con: duckdb.DuckDBPyConnection, idx: CorrectionIndex) -> set[str]:
    """Articles whose rows the corrections may change: the ones they name, and every article
    reporting an event a merge absorbs."""
    ids = idx.article_ids()
    merged = sorted(idx.merged_event_ids())
    if merged:
        ids |= {r[0] for r in con.execute(
            "SELECT DISTINCT article_id FROM stg_agreements WHERE list_contains(?, agreement_id)",
            [merged]).fetchall()}
    return ids


def _machine_rows(con: duckdb.DuckDBPyConnection, with_text: set[str]
                  ) -> tuple[dict[str, list[dict]], dict[str, list[dict]], set[str],
                             dict[str, tuple]]:
    """Staged rows of the articles in `_touched_articles`, by article; which of them are in the
    database; and the texts of those in `with_text` (the articles with added rows, the only
    ones whose text the corrections read: fetching the text of every touched article scanned
    the whole text columns, 3 s CPU for 500 articles of 300k)."""
    parties: dict[tuple[str, int], list[dict]] = {}
    for p in _dicts(con, "SELECT p.* FROM stg_agreement_parties p SEMI JOIN _touched_articles "
                         "USING (article_id) ORDER BY article_id, seq, position"):
        parties.setdefault((p["article_id"], p["seq"]), []).append(
            {k: p[k] for k in ("name", "mention", "kind", "level", "adcode")})
    agreements: dict[str, list[dict]] = {}
    for a in _dicts(con, "SELECT s.* FROM stg_agreements s SEMI JOIN _touched_articles "
                         "USING (article_id) ORDER BY article_id, seq"):
        a["parties"] = parties.get((a["article_id"], a["seq"]), [])
        agreements.setdefault(a["article_id"], []).append(a)
    initiatives: dict[str, list[dict]] = {}
    for i in _dicts(con, "SELECT s.* FROM stg_initiatives s SEMI JOIN _touched_articles "
                         "USING (article_id) ORDER BY article_id, seq"):
        initiatives.setdefault(i["article_id"], []).append(i)
    present = {r[0] for r in con.execute(
        "SELECT article_id FROM articles SEMI JOIN _touched_articles USING (article_id)"
    ).fetchall()}
    texts: dict[str, tuple] = {}
    if with_text & present:
        texts = {r[0]: (r[1], r[2]) for r in con.execute(
            "SELECT article_id, clean_text, length(original_text) FROM articles "
            "WHERE list_contains(?, article_id)", [sorted(with_text & present)]).fetchall()}
    return agreements, initiatives, present, texts


def review_articles(con: duckdb.DuckDBPyConnection, idx: CorrectionIndex,
                    ids: Iterable[str]) -> dict[str, ArticleReview]:
    """The corrected rows of these articles (an article not in the database gets an empty
    review); leaves their ids in the temp table `_touched_articles`."""
    ids = sorted(set(ids))
    con.execute("CREATE OR REPLACE TEMP TABLE _touched_articles (article_id VARCHAR PRIMARY KEY)")
    load.insert_rows(con, "_touched_articles", [{"article_id": a} for a in ids])
    agreements, initiatives, present, texts = _machine_rows(con, set(idx.adds))
    out = {}
    for art in ids:
        # the text is read only to place added rows: "" stands for it in an article without any
        clean, orig_len = texts.get(art, ("" if art in present else None, None))
        out[art] = correct_article(art, agreements.get(art, []), initiatives.get(art, []), idx,
                                   clean_text=clean, original_len=orig_len)
    return out


def _staged_shape(reviews: Iterable[ArticleReview]) -> dict[str, list[dict[str, Any]]]:
    """The corrected rows in the shape of the staged tables (rejected rows left out)."""
    out: dict[str, list[dict[str, Any]]] = {table: [] for table in REVIEWED}
    for review in reviews:
        for row in review.agreements:
            if row["status"] == "rejected":
                continue
            out["stg_agreements"].append({**row, "event_date": first_day(row.get("date"))})
            out["stg_agreement_parties"] += [
                {"article_id": row["article_id"], "seq": row["seq"], "position": pos,
                 "name": p["name"], "mention": p.get("mention") or p["name"], "kind": p["kind"],
                 "level": p["level"], "adcode": p.get("adcode")}
                for pos, p in enumerate(row["parties"])]
        out["stg_initiatives"] += [r for r in review.initiatives if r["status"] != "rejected"]
    return out


def review_row(item: str, row: dict[str, Any]) -> dict[str, Any]:
    """A corrected row as a `review_rows` record (sql/review.sql)."""
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


def _why(c: Correction, present: set[str]) -> str:
    if c.target == "event":
        return ("合并的协议已不存在 the merged agreement is gone" if c.action == "merge"
                else "拆分的报道已不存在 the reports it splits are gone")
    if c.article_id not in present:
        return "文章已不在数据库中 the article is no longer in the database"
    if c.action == "add":
        return "证据句已不在文章中 the evidence sentence is no longer in the article"
    return "文章已变，此行不再被抽取 the article changed and this row is no longer extracted"


# --------------------------------------------------------------------------- the step


def stage(con: duckdb.DuckDBPyConnection, store: CorrectionStore | None = None) -> ApplyReport:
    """Write the review tables and define the reviewed staged rows facts.sql reads.

    The store is `store`, else the one of the connection's database file (none in memory)."""
    if store is None:
        db = database_file(con)
        store = store_for(db) if db is not None else None
    con.execute(load.read_sql("review.sql"))
    snap = store.snapshot() if store is not None else None
    corrections = snap.corrections if snap is not None else ()
    report = ApplyReport(store=str(store.path) if store is not None else "",
                         store_seq=snap.max_seq if snap is not None else 0,
                         corrections=len(corrections))
    idx = CorrectionIndex.of(corrections)
    reviews: dict[str, ArticleReview] = {}
    if idx:
        reviews = review_articles(con, idx, touched_articles(con, idx))
    report.touched_articles = len(reviews)
    present = {r[0] for r in con.execute(
        "SELECT article_id FROM articles SEMI JOIN _touched_articles USING (article_id)"
    ).fetchall()} if reviews else set()
    load.insert_rows(con, "review_rows", [
        review_row(item, r) for review in reviews.values()
        for item, rows in (("agreement", review.agreements), ("initiative", review.initiatives))
        for r in rows])
    load.insert_rows(con, "review_articles", [
        {"article_id": art, "completed_by": c.updated_by, "completed_at": _timestamp(c.updated_at)}
        for art, c in sorted(idx.complete.items()) if art in present])
    matched = set().union(*(r.matched for r in reviews.values()))
    orphans = [c for c in corrections if c.key not in matched]
    report.orphans = [(c.key, _why(c, present)) for c in orphans]
    load.insert_rows(con, "review_orphans", [
        {"key": c.key, "target": c.target, "action": c.action, "article_id": c.article_id,
         "evidence": c.payload.get("evidence"), "why": why, "reason": c.reason, "note": c.note,
         "version": c.version, "updated_by": c.updated_by,
         "updated_at": _timestamp(c.updated_at)}
        for c, (_, why) in zip(orphans, report.orphans, strict=True)])
    report.applied = report.corrections - len(orphans)
    load.insert_rows(con, "review_applied", [
        {"applied_at": datetime.now(), "store": report.store, "store_seq": report.store_seq,
         "corrections": report.corrections, "applied": report.applied,
         "orphaned": len(orphans)}])
    _define_reviewed(con, _staged_shape(reviews.values()) if reviews else None)
    if orphans:
        LOGGER.warning("%d corrections are orphaned (their rows are gone): see "
                       "mart_review_orphans or `python -m etl corrections orphans`", len(orphans))
    return report


def _define_reviewed(con: duckdb.DuckDBPyConnection,
                     corrected: dict[str, list[dict[str, Any]]] | None) -> None:
    """The reviewed twins of the staged tables: the machine's rows of the untouched articles
    plus the corrected rows (TEMP tables, not views: facts.sql reads each several times)."""
    _drop_reviewed(con)
    for staged, reviewed in REVIEWED.items():
        if corrected is None:
            con.execute(f"CREATE TEMP VIEW {reviewed} AS SELECT * FROM {staged}")
            continue
        con.execute(f"CREATE TEMP TABLE {reviewed} AS SELECT * FROM {staged} "
                    "WHERE article_id NOT IN (SELECT article_id FROM _touched_articles)")
        load.insert_rows(con, reviewed, corrected[staged])


def unstage(con: duckdb.DuckDBPyConnection) -> None:
    """Drop the reviewed twins (after facts.sql has read them)."""
    _drop_reviewed(con)
    con.execute("DROP TABLE IF EXISTS temp.main._touched_articles")


def _drop_reviewed(con: duckdb.DuckDBPyConnection) -> None:
    for kind, name in con.execute(
            "SELECT 'VIEW', view_name FROM duckdb_views() WHERE temporary "
            "AND list_contains(?, view_name) UNION ALL "
            "SELECT 'TABLE', table_name FROM duckdb_tables() WHERE temporary "
            "AND list_contains(?, table_name)",
            [list(REVIEWED.values()), list(REVIEWED.values())]).fetchall():
        con.execute(f"DROP {kind} temp.main.{name}")


# --------------------------------------------------------------------------- reading


def _open(db_path: Path) -> duckdb.DuckDBPyConnection:
    if not db_path.exists():
        raise DatabaseMissing(f"no database at {db_path}: build one with `python -m etl build`")
    return duckdb.connect(str(db_path), read_only=True)


def orphans(db_path: Path) -> tuple[tuple[Any, ...] | None, list[tuple[Any, ...]]]:
    """What the last build applied (store_seq, corrections, applied, orphaned) and the
    corrections it could not place (key, why, updated_by, updated_at)."""
    con = _open(db_path)
    try:
        applied = con.execute("SELECT store_seq, corrections, applied, orphaned "
                              "FROM mart_review_applied").fetchone()
        rows = con.execute("SELECT key, why, updated_by, updated_at FROM mart_review_orphans "
                           "ORDER BY article_id, key").fetchall()
    finally:
        con.close()
    return applied, rows


def iter_gold(con: duckdb.DuckDBPyConnection, store: CorrectionStore, *,
              all_articles: bool = False) -> Iterator[dict[str, Any]]:
    """Gold records of the articles marked reviewed (of every article with all_articles), by
    id, with the store's current corrections (current even before the next build)."""
    idx = CorrectionIndex.of(store.snapshot().corrections)
    present = {r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()}
    ids = present if all_articles else set(idx.complete) & present
    reviews = review_articles(con, idx, ids)
    heads = {h["article_id"]: h for h in _dicts(
        con, f"SELECT article_id, {', '.join(HEAD_KEYS)} FROM articles "
             "SEMI JOIN _touched_articles USING (article_id)")}
    for art in sorted(ids):
        yield gold_record(art, heads[art], reviews[art], idx.complete.get(art))


def write_gold(db_path: Path, out: TextIO, *, all_articles: bool = False) -> int:
    """`export --format gold`: one JSON record per reviewed article; returns how many."""
    con = _open(db_path)
    try:
        n = 0
        for rec in iter_gold(con, store_for(db_path), all_articles=all_articles):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
        return n
    finally:
        con.close()
