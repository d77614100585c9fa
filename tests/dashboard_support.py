"""Helpers shared by the dashboard's AppTest and Playwright tests.

`make_dashboard_db` is the database every dashboard test reads: the seeds built by the real ETL
(conftest's `seeds_db`) plus the dashboard fixture articles (a second build with more provinces,
programmes, and one article whose text carries <script>/<img onerror> payloads).
Expected values are computed here with independent SQL over the fact tables.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import duckdb

from dashboard_lib import db as db_module
from dashboard_lib import fixtures

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"


def make_dashboard_db(seeds_db: Path, out_dir: Path) -> Path:
    db = out_dir / "tracker.duckdb"
    shutil.copy2(seeds_db, db)
    fixtures.extend_db(db)
    return db


def _connect(db: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection with the dashboard's config (so both can coexist in one process).

    The dashboard's own connections are closed first: DuckDB hands a new connect() the cached
    instance of a path while one is open, which would still show a file the ETL has replaced.
    """
    db_module.release()
    return duckdb.connect(str(db), read_only=True, config=dict(db_module.DB_CONFIG))


def sql_value(db: Path, sql: str, params: list[Any] | None = None) -> Any:
    """One value from the DB, by independent SQL."""
    con = _connect(db)
    try:
        row = con.execute(sql, params or []).fetchone()
    finally:
        con.close()
    return None if row is None else row[0]


def sql_rows(db: Path, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    con = _connect(db)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


# Headline figures straight from the fact tables (not the marts the pages read). `{kx}` is TRUE for
# the scope switch's default (科协参与: agreements a 科协 or a 学会 signed; articles reporting one
# or no agreement at all), FALSE for 全部.
KX_AGREEMENT = """(NOT {kx} OR EXISTS (SELECT 1 FROM agreement_parties p
    WHERE p.agreement_id = {a}.agreement_id AND p.kind IN ('科协', '学会')))"""
KX_ARTICLE = """(NOT {kx} OR NOT EXISTS (SELECT 1 FROM agreement_sources s
    WHERE s.article_id = {r}.article_id) OR EXISTS (SELECT 1 FROM agreement_sources s
    JOIN agreement_parties p USING (agreement_id)
    WHERE s.article_id = {r}.article_id AND p.kind IN ('科协', '学会')))"""
EXPECTED_OVERVIEW_SQL: dict[str, str] = {
    "协议 Agreements": f"""
        SELECT count(*) FROM agreements g
        WHERE (?::VARCHAR IS NULL OR list_contains(provinces, ?)) AND {KX_AGREEMENT}""",
    "文章 Articles": f"""
        SELECT count(DISTINCT a.article_id) FROM articles a
        LEFT JOIN agreement_sources s USING (article_id)
        LEFT JOIN agreements g USING (agreement_id)
        LEFT JOIN initiative_mentions m ON m.article_id = a.article_id
        LEFT JOIN initiatives i USING (initiative_id)
        LEFT JOIN regions r ON r.adcode = i.region_adcode
        WHERE (?::VARCHAR IS NULL OR list_contains(g.provinces, ?) OR r.province = ?)
          AND {KX_ARTICLE.replace("{r}", "a")}""",
    "城市 Cities": f"""
        SELECT count(DISTINCT c) FROM (
            SELECT unnest(cities) AS c FROM agreements g
            WHERE (?::VARCHAR IS NULL OR list_contains(provinces, ?)) AND {KX_AGREEMENT})""",
    "项目 Programmes": f"""
        SELECT count(DISTINCT i.name) FROM initiative_mentions m
        JOIN initiatives i USING (initiative_id)
        LEFT JOIN regions r ON r.adcode = i.region_adcode
        WHERE (?::VARCHAR IS NULL OR r.province = ?) AND {KX_ARTICLE.replace("{r}", "m")}""",
}


def expected_overview(db: Path, province: str | None = None, *,
                      kx: bool = True) -> dict[str, int]:
    """The overview's headline figures, by independent SQL; `kx`: the scope switch's default."""
    out = {}
    for label, sql in EXPECTED_OVERVIEW_SQL.items():
        sql = sql.replace("{a}", "g").replace("{kx}", "TRUE" if kx else "FALSE")
        n = sql.count("?")
        out[label] = int(sql_value(db, sql, [province] * n))
    return out
