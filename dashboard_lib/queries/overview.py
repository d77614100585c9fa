"""总览 Overview: headline figures, the latest agreements, what the latest build added."""

from __future__ import annotations

from typing import Any

import pandas as pd

from dashboard_lib import db
from dashboard_lib.scope import (
    AGREEMENT_COLUMNS,
    A,
    M,
    R,
    Scope,
    run_scoped,
    scope_only,
    table_scoped,
)

SQL_OVERVIEW = f"""
WITH {A}, {M},
-- unnest() in the select list: ~25x faster than a lateral join with unnest() on 300k rows.
partners AS (
    SELECT DISTINCT name FROM (SELECT unnest(party_names) AS name, cast_name FROM a)
    WHERE name IS DISTINCT FROM cast_name
),
latest AS (
    SELECT date_label, parties FROM a WHERE date_lo IS NOT NULL AND date_precision <> 'unknown'
    ORDER BY date_lo DESC, date_hi DESC, agreement_id LIMIT 1
)
SELECT (SELECT count(*) FROM a) AS agreements,
       (SELECT count(*) FROM a WHERE is_new_signing) AS new_signings,
       (SELECT count(*) FROM partners) AS partners,
       (SELECT count(DISTINCT adcode) FROM (SELECT unnest(province_adcodes) AS adcode FROM a))
           AS provinces,
       (SELECT count(DISTINCT adcode) FROM (SELECT unnest(city_adcodes) AS adcode FROM a))
           AS cities,
       -- programmes as the Programmes page lists them: by name (科创中国 in five cities is one)
       (SELECT count(DISTINCT name) FROM m) AS programmes,
       (SELECT count(DISTINCT initiative_id) FROM m) AS programme_places,
       (SELECT count(*) FROM m) AS programme_mentions,
       (SELECT date_label FROM latest) AS latest_date,
       (SELECT parties FROM latest) AS latest_parties
"""
SQL_ARTICLE_COUNT = f"WITH {R} SELECT count(*) AS n FROM r"
# Without an article filter the count needs none of mart_articles' per-article facts.
# Parameter: kx_only (the scope switch's 科协参与 alone). One boolean column of mart_article_list.
SQL_ARTICLE_COUNT_ALL = "SELECT count(*) AS n FROM mart_article_list WHERE in_kx_scope OR NOT ?"


def overview_metrics(scope: Scope) -> dict[str, Any]:
    row = run_scoped(SQL_OVERVIEW, scope).iloc[0].to_dict()
    out = {k: (None if isinstance(v, float) and pd.isna(v) else v) for k, v in row.items()}
    kx = scope_only(scope)
    articles = (db.run(SQL_ARTICLE_COUNT_ALL, [kx]) if kx is not None
                else run_scoped(SQL_ARTICLE_COUNT, scope))
    out["articles"] = int(articles["n"][0])
    return out


SQL_LATEST_AGREEMENTS = f"""
WITH {A}
SELECT {AGREEMENT_COLUMNS} FROM a
ORDER BY date_lo DESC NULLS LAST, date_hi DESC NULLS LAST, agreement_id
LIMIT ?
"""


def latest_agreements(scope: Scope, n: int = 10) -> pd.DataFrame:
    return run_scoped(SQL_LATEST_AGREEMENTS, scope, n)


SQL_BUILDS = """
SELECT build_id, started_at, finished_at, read, added, unchanged, rejected, agreements,
       agreements_delta, initiatives, initiatives_delta, etl_version
FROM mart_builds ORDER BY build_id DESC
"""


def builds() -> pd.DataFrame:
    return db.run(SQL_BUILDS)


# Agreements first reported by an article (re)loaded in the latest build (first_build: the
# earliest build of the articles reporting it, computed by marts.sql).
SQL_NEW_IN_LATEST_BUILD = f"""
WITH {A}
SELECT {AGREEMENT_COLUMNS} FROM a
WHERE first_build = (SELECT max(build_id) FROM mart_builds)
ORDER BY date_lo DESC NULLS LAST, date_hi DESC NULLS LAST, agreement_id
"""


# What the Overview's agreement tables show (the page reads only these of a table view).
AGREEMENT_LIST_COLUMNS = ["review_mark", "agreement_id", "date_label", "model", "type", "parties",
                          "province_names", "city_names", "is_new_signing", "article_title"]


def new_in_latest_build(scope: Scope) -> db.Table:
    return table_scoped(SQL_NEW_IN_LATEST_BUILD, scope)


# Whether the database holds any article at all (an empty state says so only when it is true).
SQL_DATABASE_IS_EMPTY = "SELECT NOT EXISTS (SELECT 1 FROM mart_article_list) AS empty"


def database_is_empty() -> bool:
    return bool(db.run(SQL_DATABASE_IS_EMPTY)["empty"][0])


# Two periods side by side (the date filter aside: the periods are the ranges): agreements and
# new signings dated within each, partners and provinces whose first agreement falls within it.
# Parameters: the first period's (lo, hi), the second's (lo, hi).
SQL_PERIODS = f"""
WITH {A},
partner_firsts AS (
    SELECT name, min(date_lo) AS first_date FROM (
        SELECT unnest(party_names) AS name, cast_name, date_lo FROM a WHERE date_lo IS NOT NULL)
    WHERE name IS DISTINCT FROM cast_name GROUP BY name
),
province_firsts AS (
    SELECT adcode, min(date_lo) AS first_date FROM (
        SELECT unnest(province_adcodes) AS adcode, date_lo FROM a WHERE date_lo IS NOT NULL)
    GROUP BY adcode
),
periods AS (
    SELECT 1 AS period, ?::DATE AS lo, ?::DATE AS hi
    UNION ALL
    SELECT 2, ?::DATE, ?::DATE
)
SELECT p.period, p.lo, p.hi,
       (SELECT count(*) FROM a WHERE date_lo >= p.lo AND coalesce(date_hi, date_lo) <= p.hi)
           AS agreements,
       (SELECT count(*) FROM a WHERE is_new_signing AND date_lo >= p.lo
           AND coalesce(date_hi, date_lo) <= p.hi) AS new_signings,
       (SELECT count(*) FROM partner_firsts WHERE first_date BETWEEN p.lo AND p.hi)
           AS new_partners,
       (SELECT coalesce(list(r.name ORDER BY r.adcode), [])
          FROM province_firsts f JOIN mart_regions r USING (adcode)
         WHERE f.first_date BETWEEN p.lo AND p.hi) AS provinces_joined
FROM periods p ORDER BY p.period
"""


def periods(scope: Scope, first: tuple[Any, Any], second: tuple[Any, Any]) -> pd.DataFrame:
    """The comparison of two date ranges (first, second): one row each."""
    return run_scoped(SQL_PERIODS, scope, first[0], first[1], second[0], second[1])
