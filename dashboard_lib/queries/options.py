"""What the sidebar filters offer: the date range, places, models, types and programme families
present in the data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from dashboard_lib.db import run
from dashboard_lib.scope import A, Scope, run_scoped


@dataclass(frozen=True)
class FilterOptions:
    date_min: Any
    date_max: Any
    provinces: list[str]
    cities: dict[str, list[str]]  # province -> its cities that occur in the data
    models: list[str]
    types: list[str]
    families: list[str]
    # URL spellings of every province and prefecture-level unit of the gazetteer (not only those
    # in the data): full names, short names (河南, 信阳) and map names -> full name.
    province_aliases: dict[str, str] = field(default_factory=dict)
    city_aliases: dict[str, str] = field(default_factory=dict)


SQL_OPTION_DATES = """
SELECT min(date_lo) AS lo, max(coalesce(date_hi, date_lo)) AS hi FROM mart_agreements
"""
SQL_OPTION_PLACES = """
WITH places AS (
    SELECT province_adcode, province, CASE WHEN level <> 'province' THEN name END AS city,
           CASE WHEN level <> 'province' THEN adcode END AS city_adcode
    FROM mart_agreement_regions
    UNION ALL
    SELECT province_adcode, province, prefecture, NULL FROM mart_initiative_mentions
    WHERE province IS NOT NULL
)
SELECT province, province_adcode, city, min(city_adcode) AS city_adcode
FROM places GROUP BY ALL ORDER BY province_adcode, city_adcode NULLS LAST, city
"""
SQL_OPTION_MODELS = """
SELECT model, count(*) AS n FROM mart_agreements GROUP BY model ORDER BY n DESC, model
"""
SQL_OPTION_TYPES = """
SELECT type, count(*) AS n FROM mart_agreements GROUP BY type ORDER BY n DESC, type
"""
SQL_OPTION_FAMILIES = """
SELECT family, count(*) AS n FROM mart_initiative_mentions GROUP BY family ORDER BY n DESC, family
"""
# Every name a URL may use for a province or a prefecture-level unit; a short name shared by two
# units (朝阳: 朝阳区, 朝阳市) is left out, the full names stay.
SQL_OPTION_REGION_NAMES = """
WITH names AS (
    SELECT 'province' AS what, name AS alias, name FROM mart_regions WHERE level = 'province'
    UNION SELECT 'province', short_name, name FROM mart_regions
        WHERE level = 'province' AND short_name IS NOT NULL
    UNION SELECT 'province', map_name, name FROM mart_regions
        WHERE level = 'province' AND map_name IS NOT NULL
    UNION SELECT 'city', name, name FROM mart_prefectures
    UNION SELECT 'city', short_name, name FROM mart_prefectures WHERE short_name IS NOT NULL
)
SELECT what, alias, min(name) AS name FROM names
GROUP BY ALL HAVING count(DISTINCT name) = 1
ORDER BY what, alias
"""


def filter_options() -> FilterOptions:
    """What the filters offer, from the dashboard's cached connection."""
    return build_options(run)


def build_options(run: Callable[..., pd.DataFrame]) -> FilterOptions:
    """What the filters offer, from any way of running SQL (the CLI has its own connection)."""
    dates = run(SQL_OPTION_DATES).iloc[0]
    places = run(SQL_OPTION_PLACES)
    names = run(SQL_OPTION_REGION_NAMES)
    provinces = list(dict.fromkeys(places["province"].dropna()))
    cities: dict[str, list[str]] = {p: [] for p in provinces}
    for row in places.dropna(subset=["city"]).itertuples():
        if row.city not in cities[row.province]:
            cities[row.province].append(row.city)
    return FilterOptions(
        date_min=None if pd.isna(dates["lo"]) else dates["lo"].date(),
        date_max=None if pd.isna(dates["hi"]) else dates["hi"].date(),
        provinces=provinces,
        cities=cities,
        models=[m for m in run(SQL_OPTION_MODELS)["model"] if m],
        types=[t for t in run(SQL_OPTION_TYPES)["type"] if t],
        families=[f for f in run(SQL_OPTION_FAMILIES)["family"] if f],
        province_aliases=dict(zip(names.loc[names["what"] == "province", "alias"],
                                  names.loc[names["what"] == "province", "name"], strict=True)),
        city_aliases=dict(zip(names.loc[names["what"] == "city", "alias"],
                              names.loc[names["what"] == "city", "name"], strict=True)),
    )


# How many agreements (or mentions) of each model, type, family and precision the data holds: the
# glossary's counts (all data, no filter).
SQL_GLOSSARY_COUNTS = """
SELECT 'models' AS section, model AS term, count(*) AS n FROM mart_agreements GROUP BY ALL
UNION ALL
SELECT 'types', type, count(*) FROM mart_agreements WHERE type IS NOT NULL GROUP BY ALL
UNION ALL
SELECT 'families', family, count(*) FROM mart_initiative_mentions GROUP BY ALL
UNION ALL
SELECT 'precision', CASE date_precision WHEN 'day' THEN '日' WHEN 'month' THEN '月'
                         WHEN 'year' THEN '年' WHEN 'approx' THEN '约' ELSE '未知' END,
       count(*) FROM mart_agreements GROUP BY ALL
ORDER BY section, term
"""


def glossary_counts() -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for row in run(SQL_GLOSSARY_COUNTS).itertuples(index=False):
        out.setdefault(row.section, {})[row.term] = int(row.n)
    return out


# Facets (Datasette): how many agreements each option of the multiselect filters would show,
# under the other filters. One query gives every facet of one scope.
SQL_FACETS = f"""
WITH {A}
SELECT 'province' AS facet, v AS value, count(*) AS n
FROM (SELECT unnest(province_names) AS v FROM a) GROUP BY v
UNION ALL
SELECT 'city', v, count(*) FROM (SELECT unnest(city_names) AS v FROM a) GROUP BY v
UNION ALL
SELECT 'model', model, count(*) FROM a GROUP BY model
UNION ALL
SELECT 'type', type, count(*) FROM a WHERE type IS NOT NULL GROUP BY type
UNION ALL
SELECT 'family', v, count(*) FROM (SELECT unnest(families) AS v FROM a) GROUP BY v
"""
FACETS = ("province", "city", "model", "type", "family")


def facet_counts(scopes: dict[str, Scope]) -> dict[str, dict[str, int]]:
    """For each facet, its options' agreement counts under its own scope (the filters without
    its own); facets sharing a scope share one query."""
    out: dict[str, dict[str, int]] = {}
    by_scope: dict[Scope, list[str]] = {}
    for facet, scope in scopes.items():
        by_scope.setdefault(scope, []).append(facet)
    for scope, facets in by_scope.items():
        df = run_scoped(SQL_FACETS, scope)
        for facet in facets:
            part = df[df["facet"] == facet]
            out[facet] = dict(zip(part["value"], (int(n) for n in part["n"]), strict=True))
    return out
