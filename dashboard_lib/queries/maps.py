"""地图 Map: provinces by agreements or coverage, partner lines, city points, one province's
prefecture-level units (signed or not yet) and its agreements."""

from __future__ import annotations

import pandas as pd

from dashboard_lib import db
from dashboard_lib.queries import COVERAGE_MODEL
from dashboard_lib.scope import AGREEMENT_COLUMNS, A, Scope, run_scoped, scope_only, table_scoped

# A map tooltip lists the first agreement labels (sorted), as many as the mart macro
# mart_map_label_cap() allows, and says how many more there are (n_labels): a province's full
# list holds ~10k labels on a 1M-article database (32 MB per query).
_FIRST_LABELS = ("list_sort(list(DISTINCT am.label) FILTER (WHERE am.label IS NOT NULL))"
                 "[1:mart_map_label_cap()]")

# Prefecture-level units per province (the denominator of coverage).
PREFECTURE_TOTALS = """
totals AS (
    SELECT province_adcode, count(*) AS n_prefectures FROM mart_prefectures
    WHERE is_prefecture GROUP BY province_adcode
),
"""
# The output of both province-statistics queries (scoped, and the no-filter one that reads
# mart_map_places).
_PROVINCE_STATS_SELECT = """
SELECT p.adcode, p.name, p.short_name, coalesce(p.map_name, p.short_name) AS map_name,
       p.longitude, p.latitude,
       coalesce(pp.n_agreements, 0) AS n_agreements,
       coalesce(t.n_prefectures, 0) AS n_prefectures,
       coalesce(s.n_signed, 0) AS n_signed,
       CASE WHEN t.n_prefectures > 0 THEN coalesce(s.n_signed, 0) / t.n_prefectures END
           AS coverage,
       coalesce(pp.labels, []) AS labels, coalesce(pp.n_labels, 0) AS n_labels
FROM provinces p
LEFT JOIN per_province pp ON pp.province_adcode = p.adcode
LEFT JOIN totals t ON t.province_adcode = p.adcode
LEFT JOIN signed s ON s.province_adcode = p.adcode
ORDER BY p.adcode
"""

# Agreements per province (all 34 units, zero included), coverage, tooltip lines.
SQL_PROVINCE_STATS = f"""
WITH {A},
am AS (SELECT * FROM a WHERE ?::VARCHAR IS NULL OR model = ?),
provinces AS (SELECT * FROM mart_regions WHERE level = 'province'),
per_province AS (
    SELECT g.province_adcode, count(DISTINCT am.agreement_id) AS n_agreements,
           {_FIRST_LABELS} AS labels, count(DISTINCT am.label) AS n_labels
    FROM am JOIN mart_agreement_regions g USING (agreement_id)
    WHERE g.level = 'province'
    GROUP BY g.province_adcode
),
{PREFECTURE_TOTALS.strip()}
signed AS (
    SELECT g.province_adcode, count(DISTINCT g.adcode) AS n_signed
    FROM a JOIN mart_agreement_regions g USING (agreement_id)
    JOIN mart_prefectures p ON p.adcode = g.adcode AND p.is_prefecture
    WHERE a.model = ? AND g.level = 'prefecture'
    GROUP BY g.province_adcode
)
{_PROVINCE_STATS_SELECT.strip()}
"""


# With no filter: the same rows from the figures marts.sql pre-aggregates (mart_map_places).
# (kx_only, model, model): the rows of the scope switch's choice and of one model or all.
_MODEL_ROWS = ("kx_only = ? AND CASE WHEN ?::VARCHAR IS NULL THEN all_models "
               "ELSE NOT all_models AND model = ? END")
SQL_PROVINCE_STATS_ALL = f"""
WITH provinces AS (SELECT * FROM mart_regions WHERE level = 'province'),
per_province AS (
    SELECT adcode AS province_adcode, n_agreements, labels, n_labels FROM mart_map_places
    WHERE is_province AND {_MODEL_ROWS}
),
{PREFECTURE_TOTALS.strip()}
signed AS (
    SELECT p.province_adcode, count(*) AS n_signed
    FROM mart_map_places c JOIN mart_prefectures p ON p.adcode = c.adcode AND p.is_prefecture
    WHERE c.kx_only = ? AND NOT c.is_province AND NOT c.all_models AND c.model = ?
    GROUP BY p.province_adcode
)
{_PROVINCE_STATS_SELECT.strip()}
"""


def province_stats(scope: Scope, model: str | None = None) -> pd.DataFrame:
    """Every province: agreements (of `model`, or all), coverage, the first tooltip labels."""
    if (kx := scope_only(scope)) is not None:
        return db.run(SQL_PROVINCE_STATS_ALL, [kx, model, model, kx, COVERAGE_MODEL])
    return run_scoped(SQL_PROVINCE_STATS, scope, model, model, COVERAGE_MODEL)


SQL_CITY_POINTS = f"""
WITH {A},
am AS (SELECT * FROM a WHERE ?::VARCHAR IS NULL OR model = ?)
SELECT g.adcode, g.name, g.province, r.short_name AS province_short, g.longitude, g.latitude,
       count(DISTINCT am.agreement_id) AS n_agreements,
       {_FIRST_LABELS} AS labels, count(DISTINCT am.label) AS n_labels
FROM am JOIN mart_agreement_regions g USING (agreement_id)
JOIN mart_regions r ON r.adcode = g.province_adcode
WHERE g.level <> 'province' AND g.longitude IS NOT NULL
GROUP BY ALL ORDER BY n_agreements DESC, g.adcode
"""


SQL_CITY_POINTS_ALL = f"""
SELECT g.adcode, g.name, g.province, r.short_name AS province_short, g.longitude, g.latitude,
       c.n_agreements, c.labels, c.n_labels
FROM mart_map_places c JOIN mart_prefectures g USING (adcode)
JOIN mart_regions r ON r.adcode = g.province_adcode
WHERE NOT c.is_province AND {_MODEL_ROWS} AND g.longitude IS NOT NULL
ORDER BY c.n_agreements DESC, g.adcode
"""


def city_points(scope: Scope, model: str | None = None) -> pd.DataFrame:
    if (kx := scope_only(scope)) is not None:
        return db.run(SQL_CITY_POINTS_ALL, [kx, model, model])
    return run_scoped(SQL_CITY_POINTS, scope, model, model)


SQL_PARTNER_LINES = f"""
WITH {A},
am AS (SELECT * FROM a WHERE ?::VARCHAR IS NULL OR model = ?)
SELECT am.cast_name, am.partner, am.model, am.cast_longitude, am.cast_latitude,
       am.partner_longitude, am.partner_latitude, r.short_name AS partner_province,
       count(*) AS n_agreements,
       list_sort(list(am.date_label || ' ' || am.type))[1:mart_map_label_cap()] AS labels,
       count(*) AS n_labels
FROM am
LEFT JOIN mart_regions p ON p.adcode = am.partner_adcode
LEFT JOIN mart_regions r ON r.adcode = p.province_adcode
WHERE am.cast_longitude IS NOT NULL AND am.partner_longitude IS NOT NULL
  AND (am.cast_longitude <> am.partner_longitude OR am.cast_latitude <> am.partner_latitude)
GROUP BY ALL ORDER BY n_agreements DESC, am.cast_name, am.partner
LIMIT ?
"""


def partner_lines(scope: Scope, model: str | None = None, limit: int = 400) -> pd.DataFrame:
    """Lines from each 科协's seat to its partners: the `limit` busiest pairs."""
    return run_scoped(SQL_PARTNER_LINES, scope, model, model, limit)


SQL_PREFECTURE_STATUS = f"""
WITH {A},
am AS (SELECT * FROM a WHERE ?::VARCHAR IS NULL OR model = ?),
province AS (SELECT ?::VARCHAR AS adcode),
-- only the chosen province's places (a place's province never changes)
per_city AS (
    SELECT g.adcode, count(DISTINCT am.agreement_id) AS n_agreements,
           min(am.date_lo) AS first_signed,
           {_FIRST_LABELS} AS labels, count(DISTINCT am.label) AS n_labels
    FROM am JOIN mart_agreement_regions g USING (agreement_id)
    WHERE g.level <> 'province' AND g.province_adcode = (SELECT adcode FROM province)
    GROUP BY g.adcode
)
SELECT p.adcode, p.name, p.map_name, p.is_prefecture, p.longitude, p.latitude,
       coalesce(c.n_agreements, 0) AS n_agreements,
       coalesce(c.n_agreements, 0) > 0 AS signed, c.first_signed,
       coalesce(c.labels, []) AS labels, coalesce(c.n_labels, 0) AS n_labels
FROM mart_prefectures p LEFT JOIN per_city c USING (adcode)
WHERE p.province_adcode = (SELECT adcode FROM province)
ORDER BY p.adcode
"""


def prefecture_status(scope: Scope, province_adcode: str, model: str | None = None) -> pd.DataFrame:
    return run_scoped(SQL_PREFECTURE_STATUS, scope, model, model, province_adcode)


SQL_PROVINCES = """
SELECT adcode, name, short_name, coalesce(map_name, short_name) AS map_name
FROM mart_regions WHERE level = 'province' ORDER BY adcode
"""


def provinces() -> pd.DataFrame:
    return db.run(SQL_PROVINCES)


SQL_PROVINCE_AGREEMENTS = f"""
WITH {A},
am AS (SELECT * FROM a WHERE ?::VARCHAR IS NULL OR model = ?)
SELECT {AGREEMENT_COLUMNS} FROM am WHERE list_contains(province_adcodes, ?)
ORDER BY date_lo DESC NULLS LAST, date_hi DESC NULLS LAST, agreement_id
"""


def province_agreements(scope: Scope, province_adcode: str,
                        model: str | None = None) -> db.Table:
    return table_scoped(SQL_PROVINCE_AGREEMENTS, scope, model, model, province_adcode)


# The map over time: for each province and each year, the agreements (of `model`, or all) whose
# latest possible date falls in or before that year, and the prefecture-level cities signed by
# then with the coverage model (an agreement known only to the month, year or a range counts from
# the latest date it can have, as on the Timeline).
SQL_MAP_OVER_TIME = f"""
WITH {A},
am AS (SELECT * FROM a WHERE ?::VARCHAR IS NULL OR model = ?),
dated AS (
    SELECT agreement_id, model, year(coalesce(date_hi, date_lo)) AS year FROM am
    WHERE coalesce(date_hi, date_lo) IS NOT NULL
),
province_firsts AS (
    SELECT g.adcode, d.year, count(DISTINCT d.agreement_id) AS n_new
    FROM dated d JOIN mart_agreement_regions g USING (agreement_id)
    WHERE g.level = 'province' GROUP BY ALL
),
city_firsts AS (
    SELECT p.province_adcode AS adcode, min(d.year) AS year, g.adcode AS city
    FROM dated d JOIN mart_agreement_regions g USING (agreement_id)
    JOIN mart_prefectures p ON p.adcode = g.adcode AND p.is_prefecture
    WHERE g.level = 'prefecture' AND d.model = ?
    GROUP BY p.province_adcode, g.adcode
),
years AS (SELECT DISTINCT year FROM dated),
{PREFECTURE_TOTALS.strip()}
grid AS (
    SELECT r.adcode, r.name, coalesce(r.map_name, r.short_name) AS map_name, y.year
    FROM mart_regions r, years y WHERE r.level = 'province'
)
SELECT g.year, g.adcode, g.name, g.map_name,
       (SELECT coalesce(sum(n_new), 0) FROM province_firsts f
         WHERE f.adcode = g.adcode AND f.year <= g.year) AS n_agreements,
       (SELECT count(*) FROM city_firsts c WHERE c.adcode = g.adcode AND c.year <= g.year)
           AS n_signed,
       t.n_prefectures
FROM grid g LEFT JOIN totals t ON t.province_adcode = g.adcode
ORDER BY g.year, g.adcode
"""


def map_over_time(scope: Scope, model: str | None = None) -> pd.DataFrame:
    """Per year and province: agreements so far, prefecture-level cities signed so far."""
    return run_scoped(SQL_MAP_OVER_TIME, scope, model, model, COVERAGE_MODEL)
