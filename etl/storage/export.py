"""Exports: the JSONL article contract, and any table as CSV, JSONL or Parquet.

The JSONL article export is a contract (see README): one object per article, `id` = the input
file's stem, with the agreements and initiatives that article reports, in the schema of the gold
files that the scorer (tests/scoring.py) reads. It is sorted and deterministic, so two builds of the
same inputs export byte-identical files however many workers they used.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import duckdb

from etl.errors import DatabaseMissing, UnknownTable

EXPORTABLE = (
    "articles",
    "agreements",
    "agreement_parties",
    "agreement_sources",
    "organizations",
    "initiatives",
    "initiative_mentions",
    "regions",
    "rejects",
    "builds",
    "stg_agreements",
    "stg_agreement_parties",
    "stg_initiatives",
)


def open_db(db_path: str | Path) -> duckdb.DuckDBPyConnection:
    if not Path(db_path).exists():
        raise DatabaseMissing(
            f"no database at {db_path}: build one with `python -m etl build seeds/ --db {db_path}`"
        )
    return duckdb.connect(str(db_path), read_only=True)


def _agreements_by_article(con: duckdb.DuckDBPyConnection) -> dict[str, list[dict]]:
    parties: dict[tuple[str, int], list[tuple[str, str]]] = defaultdict(list)
    for art, seq, name, mention in con.execute(
        "SELECT article_id, seq, name, mention FROM stg_agreement_parties "
        "ORDER BY article_id, seq, position"
    ).fetchall():
        parties[(art, seq)].append((name, mention))
    out: dict[str, list[dict]] = defaultdict(list)
    cur = con.execute(
        "SELECT article_id, seq, agreement_id, date, date_precision, date_after, date_before, "
        "date_text, type, title, model, provinces, cities, counties, is_new_signing, background, "
        "online, confidence, evidence FROM stg_agreements ORDER BY article_id, seq"
    )
    cols = [d[0] for d in cur.description]
    for row in cur.fetchall():
        r = dict(zip(cols, row, strict=True))
        ps = parties[(r["article_id"], r["seq"])]
        out[r.pop("article_id")].append(
            {
                "agreement_id": r["agreement_id"],
                "parties": [p[0] for p in ps],
                "party_mentions": [p[1] for p in ps],
                **{
                    k: r[k]
                    for k in (
                        "date",
                        "date_precision",
                        "date_after",
                        "date_before",
                        "date_text",
                        "type",
                        "title",
                        "model",
                    )
                },
                "provinces": list(r["provinces"] or []),
                "cities": list(r["cities"] or []),
                "counties": list(r["counties"] or []),
                "is_new_signing": r["is_new_signing"],
                "background": r["background"],
                "online": r["online"],
                "confidence": round(r["confidence"], 3),
                "evidence": r["evidence"],
            }
        )
    return out


def _initiatives_by_article(con: duckdb.DuckDBPyConnection) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    cur = con.execute(
        "SELECT article_id, initiative_id, name, family, kind, region, place, designated, evidence "
        "FROM stg_initiatives ORDER BY article_id, seq"
    )
    cols = [d[0] for d in cur.description]
    for row in cur.fetchall():
        r = dict(zip(cols, row, strict=True))
        out[r.pop("article_id")].append(r)
    return out


def iter_article_records(con: duckdb.DuckDBPyConnection) -> Iterator[dict]:
    """Yield the contract's article objects, sorted by id."""
    agreements = _agreements_by_article(con)
    initiatives = _initiatives_by_article(con)
    cur = con.execute(
        "SELECT article_id, title, published, published_precision, source, author, url, script, "
        "duplicate_of, path, content_hash, simhash, clean_text FROM articles ORDER BY article_id"
    )
    for (art, title, published, precision, source, author, url, script, dup, path, content_hash,
         simhash, text) in cur.fetchall():
        yield {
            "id": art,
            "title": title,
            "published": published[:10] if published else None,
            "published_at": published,
            "published_precision": precision,
            "source": source,
            "author": author,
            "url": url,
            "script": script,
            "duplicate_of": dup,
            "path": path,
            "content_hash": content_hash,
            "simhash": simhash,
            "agreements": agreements.get(art, []),
            "initiatives": initiatives.get(art, []),
            "text": text,
        }


def write_articles_jsonl(con: duckdb.DuckDBPyConnection, out: TextIO) -> int:
    n = 0
    for rec in iter_article_records(con):
        out.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
        n += 1
    return n


def _check_table(con: duckdb.DuckDBPyConnection, table: str) -> None:
    present = {
        r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()
    }
    if table not in EXPORTABLE or table not in present:
        raise UnknownTable(
            f"unknown table {table!r}; choose one of: "
            + ", ".join(t for t in EXPORTABLE if t in present)
        )


# A spreadsheet reads a cell beginning with one of these as a formula (CSV injection). OWASP's
# advice: prefix such a text cell with a single quote, which shows it as text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(text: str) -> str:
    """A text cell that no spreadsheet runs as a formula (the dashboard's CSV downloads too)."""
    return "'" + text if text.startswith(FORMULA_START) else text


def write_table_csv(con: duckdb.DuckDBPyConnection, table: str, out: TextIO) -> int:
    """CSV with a header; lists joined with '|'; text cells that would start a formula get a
    leading quote. Callers add a BOM for Excel when writing files."""
    _check_table(con, table)
    cur = con.execute(f"SELECT * FROM {table}")
    cols = [d[0] for d in cur.description]
    w = csv.writer(out, lineterminator="\n")
    w.writerow(cols)
    n = 0
    while batch := cur.fetchmany(10_000):
        for row in batch:
            w.writerow(
                [
                    csv_safe("|".join(map(str, v))) if isinstance(v, list)
                    else "" if v is None else csv_safe(v) if isinstance(v, str) else v
                    for v in row
                ]
            )
            n += 1
    return n


def write_table_jsonl(con: duckdb.DuckDBPyConnection, table: str, out: TextIO) -> int:
    _check_table(con, table)
    cur = con.execute(f"SELECT * FROM {table}")
    cols = [d[0] for d in cur.description]
    n = 0
    while batch := cur.fetchmany(10_000):
        for row in batch:
            out.write(
                json.dumps(dict(zip(cols, row, strict=True)), ensure_ascii=False, default=str)
                + "\n"
            )
            n += 1
    return n


def write_table_parquet(con: duckdb.DuckDBPyConnection, table: str, path: str | Path) -> int:
    _check_table(con, table)
    arrow = con.execute(f"SELECT * FROM {table}").to_arrow_table()
    import pyarrow.parquet as pq

    pq.write_table(arrow, str(path))
    return arrow.num_rows


def iter_rejects(con: duckdb.DuckDBPyConnection) -> Iterator[tuple[int, str, str, str]]:
    """(build_id, path, reason, message) of every input the builds rejected, by build and path."""
    yield from con.execute(
        "SELECT build_id, path, reason, message FROM rejects ORDER BY build_id, path"
    ).fetchall()


def to_csv_bytes(con: duckdb.DuckDBPyConnection, table: str) -> bytes:
    buf = io.StringIO()
    write_table_csv(con, table, buf)
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")
