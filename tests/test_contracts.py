"""Every column rule of etl/storage/contracts.toml, checked on databases built from the seeds and
corpus."""

from __future__ import annotations

import tomllib
from pathlib import Path

import duckdb
import pytest

CONTRACTS = tomllib.loads(
    (Path(__file__).resolve().parent.parent / "etl" / "storage" / "contracts.toml").read_text(
        "utf-8"
    )
)


def _queries() -> list[tuple[str, str]]:
    out = []
    for table, columns in CONTRACTS.items():
        for col, rule in columns.items():
            if rule.get("unique"):
                out.append(
                    (
                        f"{table}.{col} unique",
                        f"SELECT count(*) FROM (SELECT {col} FROM {table} WHERE {col} IS NOT NULL"
                        f" GROUP BY {col} HAVING count(*) > 1)",
                    )
                )
            if rule.get("not_null"):
                out.append(
                    (f"{table}.{col} not null", f"SELECT count(*) FROM {table} WHERE {col} IS NULL")
                )
            if "accepted" in rule:
                values = ", ".join("'" + v.replace("'", "''") + "'" for v in rule["accepted"])
                out.append(
                    (
                        f"{table}.{col} accepted",
                        f"SELECT count(*) FROM {table} WHERE {col} NOT IN ({values})",
                    )
                )
            if "matches" in rule:
                out.append(
                    (
                        f"{table}.{col} matches",
                        f"SELECT count(*) FROM {table} WHERE {col} IS NOT NULL AND NOT "
                        f"regexp_full_match({col}::VARCHAR, '{rule['matches']}')",
                    )
                )
            if "references" in rule:
                rt, rc = rule["references"].split(".")
                out.append(
                    (
                        f"{table}.{col} references {rt}.{rc}",
                        f"SELECT count(*) FROM {table} t WHERE t.{col} IS NOT NULL AND "
                        f"t.{col} NOT IN (SELECT {rc} FROM {rt} WHERE {rc} IS NOT NULL)",
                    )
                )
    return out


QUERIES = _queries()


@pytest.mark.parametrize("db_name", ["seeds_db", "corpus_db"])
def test_contracts(db_name: str, request: pytest.FixtureRequest) -> None:
    db = request.getfixturevalue(db_name)
    con = duckdb.connect(str(db), read_only=True)
    try:
        broken = {name: n for name, sql in QUERIES if (n := con.execute(sql).fetchone()[0])}
    finally:
        con.close()
    assert broken == {}


def test_contracts_cover_every_fact_table() -> None:
    assert {
        "regions",
        "articles",
        "agreements",
        "agreement_parties",
        "agreement_sources",
        "organizations",
        "initiatives",
        "initiative_mentions",
        "rejects",
    } <= set(CONTRACTS)


def test_regions_are_the_real_gazetteer(seeds_db: Path) -> None:
    con = duckdb.connect(str(seeds_db), read_only=True)
    try:
        counts = dict(con.execute("SELECT level, count(*) FROM regions GROUP BY level").fetchall())
    finally:
        con.close()
    assert counts["province"] == 34 and counts["prefecture"] == 333
    assert counts["county"] > 2800
