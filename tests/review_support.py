"""Helpers shared by the review tests: queue rows, corrections built from them, fact snapshots."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from etl.corrections import model


def queue(db: Path, where: str = "TRUE", params: list[Any] | None = None) -> list[dict]:
    """Rows of mart_review_queue as dicts."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        cur = con.execute(f"SELECT * FROM mart_review_queue WHERE {where} "
                          "ORDER BY article_id, item, seq", params or [])
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
    finally:
        con.close()


def one(db: Path, where: str, params: list[Any] | None = None) -> dict:
    rows = queue(db, where, params)
    assert len(rows) == 1, (where, params, rows)
    return rows[0]


def rows(db: Path, sql: str, params: list[Any] | None = None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def agreement_values(row: dict, **changes: Any) -> dict[str, Any]:
    """A queue row's current agreement values (parties resolved) with some changed."""
    parties = [model.resolve_party(n) for n in (changes.pop("parties", None) or row["parties"])]
    values = {"parties": parties, "date": row["date"], "date_precision": row["date_precision"],
              "date_after": row["date_after"], "date_before": row["date_before"],
              "type": row["type"], "model": row["model"], "signing": row["signing"]}
    values.update(changes)
    return values


def event_ref_of(row: dict) -> dict[str, Any]:
    return model.event_ref(row["parties"], row["date"])


FACTS_SQL = """
SELECT agreement_id, date, date_precision, type, model, is_new_signing,
       (SELECT list(name ORDER BY name) FROM agreement_parties p
         WHERE p.agreement_id = a.agreement_id) AS parties
FROM agreements a ORDER BY agreement_id
"""
