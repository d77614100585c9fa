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


def _queries(contracts: dict = CONTRACTS) -> list[tuple[str, str]]:
    out = []
    for table, columns in contracts.items():
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
            if "holds" in rule:
                out.append(
                    (
                        f"{table}.{col} holds {rule['holds']}",
                        f"SELECT count(*) FROM {table} WHERE NOT ({rule['holds']})",
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


MARTS = sorted(t for t in CONTRACTS if t.startswith("mart_"))


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    return [r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
        "ORDER BY ordinal_position", [table]).fetchall()]


def test_every_mart_has_a_full_column_contract(seeds_db: Path) -> None:
    """Each mart of the database is in contracts.toml with exactly its columns, in order."""
    con = duckdb.connect(str(seeds_db), read_only=True)
    try:
        marts = sorted(r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'mart\\_%' "
            "ESCAPE '\\'").fetchall())
        declared = {t: list(CONTRACTS[t]) for t in MARTS}
        actual = {t: _columns(con, t) for t in marts}
    finally:
        con.close()
    assert marts == MARTS
    assert actual == declared


def test_contract_rules_can_fail(fresh_seeds_db: Path) -> None:
    """Broken mart rows are counted by the rules that guard them."""
    con = duckdb.connect(str(fresh_seeds_db))
    try:
        con.execute("UPDATE mart_agreements SET n_sources = 0, model = '别的', "
                    "article_url = 'javascript:alert(1)' WHERE agreement_id = "
                    "(SELECT min(agreement_id) FROM mart_agreements)")
        con.execute("UPDATE mart_map_places SET labels = list_concat(labels, labels, labels) "
                    "WHERE n_labels > 4")
        broken = {name for name, sql in _queries({"mart_agreements": CONTRACTS["mart_agreements"],
                                                  "mart_map_places": CONTRACTS["mart_map_places"]})
                  if con.execute(sql).fetchone()[0]}
    finally:
        con.close()
    assert broken == {"mart_agreements.n_sources holds n_sources >= 1",
                      "mart_agreements.model accepted",
                      "mart_agreements.article_url matches",
                      "mart_map_places.labels holds "
                      "len(labels) <= least(n_labels, mart_map_label_cap())"}
