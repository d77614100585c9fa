"""The dashboard's queries: SQL constants over the `mart_*` tables of etl/storage/sql/marts.sql
only, one module per page family, each with the small functions the pages call.

- `options`: the values the sidebar filters offer;
- `overview`, `maps`, `timeline`, `programmes`, `explorer`, `review`: what each page shows;
- `records`: the permalink pages of one organisation, agreement or programme;
- `network`: the partner network (organisations and the agreements between them).

Every SQL constant is named `SQL_*`; `all_sql()` collects them (tests/test_marts_only.py checks
that none names a table outside the marts; bench/dashboard_queries.py times them all). The SQL
console runs the analyst's own SQL and is not part of this layer.
"""

from __future__ import annotations

import importlib
from types import ModuleType

# The cooperation model whose prefecture-level signings make a province's coverage: a 科协 and a
# city government (会市合作). Passed to the queries as a parameter, shown in labels.
COVERAGE_MODEL = "会市合作"

MODULES = ("options", "overview", "maps", "timeline", "programmes", "explorer", "review",
           "records", "network")

# Queries that the pages replace, when no filter is set, by a cheaper twin giving the same rows
# (a count without the per-article facts; figures pre-aggregated by marts.sql).
UNFILTERED_TWINS: dict[str, str] = {
    "SQL_ARTICLE_COUNT": "SQL_ARTICLE_COUNT_ALL",
    "SQL_PROVINCE_STATS": "SQL_PROVINCE_STATS_ALL",
    "SQL_CITY_POINTS": "SQL_CITY_POINTS_ALL",
    "SQL_PARTIES_TABLE": "SQL_PARTIES_TABLE_ALL",
}


def modules() -> list[ModuleType]:
    return [importlib.import_module(f"{__name__}.{m}") for m in MODULES]


def all_sql() -> dict[str, str]:
    """Every `SQL_*` constant of the query modules, by name (names are unique across them)."""
    out: dict[str, str] = {}
    for module in modules():
        for name, value in vars(module).items():
            if name.startswith("SQL_") and isinstance(value, str):
                if name in out:
                    raise ValueError(f"{name} is defined twice")
                out[name] = value
    return out
