"""Reviewed articles in the gold schema (tests/fixtures/gold_seeds.jsonl), so the analysts' work
becomes evaluation data for ../shared/tools/score.py.

An article is exported once a reviewer marked it complete (every row checked, nothing missing),
with the corrected rows: the store's current corrections applied to the database's extraction
by the same function as the build (apply.correct_article), so the export is current even before
the next build. Rejected rows are left out; added rows are in.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import duckdb

from etl.corrections.apply import CorrectionIndex
from etl.corrections.build_step import review_articles
from etl.corrections.store import CorrectionStore

AGREEMENT_KEYS = ("date", "date_precision", "date_after", "date_before", "type", "title",
                  "model")


def _agreement(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "parties": [p["name"] for p in row["parties"]],
        "party_mentions": [p.get("mention") or p["name"] for p in row["parties"]],
        **{k: row.get(k) for k in AGREEMENT_KEYS},
        "provinces": list(row.get("provinces") or []),
        "cities": list(row.get("cities") or []),
        "counties": list(row.get("counties") or []),
        "is_new_signing": bool(row["is_new_signing"]),
        "background": bool(row["background"]),
        "evidence": row.get("evidence"),
        "review_status": row["status"],
    }


def _initiative(row: dict[str, Any]) -> dict[str, Any]:
    return {"name": row["name"], "family": row["family"], "kind": row["kind"],
            "region": row.get("region"), "evidence": row.get("evidence"),
            "review_status": row["status"]}


def iter_gold(con: duckdb.DuckDBPyConnection, store: CorrectionStore, *,
              all_articles: bool = False) -> Iterator[dict[str, Any]]:
    """Gold records of the reviewed articles (of every article with all_articles), by id."""
    idx = CorrectionIndex.of(store.snapshot().corrections)
    present = {r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()}
    ids = present if all_articles else set(idx.complete) & present
    reviews = review_articles(con, idx, ids)
    heads = {r[0]: r[1:] for r in con.execute(
        "SELECT article_id, title, published, source, author, url, script FROM articles "
        "WHERE list_contains(?, article_id)", [sorted(ids)]).fetchall()}
    for art in sorted(ids):
        review = reviews[art]
        title, published, source, author, url, script = heads[art]
        done = idx.complete.get(art)
        agreements = sorted((r for r in review.agreements if r["status"] != "rejected"),
                            key=lambda r: (r["span_start"], r["seq"]))
        initiatives = sorted((r for r in review.initiatives if r["status"] != "rejected"),
                             key=lambda r: (r["span_start"], r["seq"]))
        yield {
            "id": art, "title": title, "published": published[:10] if published else None,
            "source": source, "author": author, "url": url, "script": script,
            "reviewed": done is not None,
            "reviewed_by": done.updated_by if done else None,
            "reviewed_at": done.updated_at if done else None,
            "agreements": [_agreement(r) for r in agreements],
            "initiatives": [_initiative(r) for r in initiatives],
        }


def write_gold(db_path: str | Path, store: CorrectionStore, out: TextIO, *,
               all_articles: bool = False) -> int:
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        n = 0
        for rec in iter_gold(con, store, all_articles=all_articles):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
        return n
    finally:
        con.close()
