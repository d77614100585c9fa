"""The dashboard's only database access: read-only DuckDB, parameterised SQL, cached results.

Connection policy (TOOLING §8):
- one read-only connection per DB file, configured like the SQL console (external access off,
  extension autoload/autoinstall off, configuration locked), so the console can share its instance;
- the ETL replaces the file with os.replace(); every query checks the file's (st_ino, st_mtime_ns,
  st_size) and reopens when it changed, so a rebuilt DB is picked up without a restart;
- an idle connection is closed after IDLE_CLOSE_S seconds, so the dashboard holds no lock on the
  file while nobody is looking (the ETL never needs one anyway: it builds a copy and swaps it in).
Results are cached with st.cache_data, keyed on the SQL, the parameters and the file signature.

SQL is written as constants. The only text ever spliced into them is the WHERE fragments of the
filter table (dashboard_lib/filters.py), which are constants too: user values travel as `?`
parameters only.
"""

from __future__ import annotations

import atexit
import logging
import os
import re
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import streamlit as st

from dashboard_lib import settings

LOGGER = logging.getLogger(__name__)

IDLE_CLOSE_S = 30.0

# Identical for every connection to the file, so the console's cursors share the instance.
DB_CONFIG: dict[str, Any] = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "threads": 2,
    "memory_limit": str(settings.get("TRACKER_DB_MEMORY_LIMIT")),
    "lock_configuration": True,  # keep last: freezes every setting above
}

BUILD_HINT = "python -m etl build seeds/"


class DashboardDataError(Exception):
    """A problem with the database that the user can act on (shown by ui.show_error)."""


class NoDatabase(DashboardDataError):
    pass


class MissingMarts(DashboardDataError):
    pass


# --------------------------------------------------------------------------- connection


def db_path() -> Path:
    return settings.path("TRACKER_DB")


Signature = tuple[int, int, int]


def signature(path: Path) -> Signature:
    """Identity of the DB file's current version: changes when the ETL swaps a new file in."""
    try:
        st_ = os.stat(path)
    except FileNotFoundError as exc:
        raise NoDatabase(
            f"没有数据库 No database at {path}. Build one with `{BUILD_HINT}` "
            "(or upload articles on the 导入 Import page)."
        ) from exc
    return (st_.st_ino, st_.st_mtime_ns, st_.st_size)


def db_exists() -> bool:
    return db_path().is_file()


@dataclass
class _Conn:
    sig: Signature
    con: duckdb.DuckDBPyConnection
    last_used: float = field(default_factory=time.monotonic)


class _Gate:
    """Many concurrent queries, or one exclusive holder (reconnect, in-process build)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._exclusive = False

    @contextmanager
    def shared(self) -> Iterator[None]:
        with self._cond:
            while self._exclusive:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        with self._cond:
            while self._exclusive:
                self._cond.wait()
            self._exclusive = True
            while self._readers:
                self._cond.wait()
        try:
            yield
        finally:
            with self._cond:
                self._exclusive = False
                self._cond.notify_all()


_GATE = _Gate()
_CONNS: dict[str, _Conn] = {}
_IDLE_TIMER: list[threading.Timer] = []


def _close_all() -> None:
    for conn in _CONNS.values():
        try:
            conn.con.close()
        except duckdb.Error:  # already closed
            LOGGER.debug("closing a closed connection")
    _CONNS.clear()


atexit.register(_close_all)


def release() -> None:
    """Close every connection (they reopen on the next query)."""
    with _GATE.exclusive():
        _close_all()


def _close_if_idle() -> None:
    with _GATE.exclusive():
        now = time.monotonic()
        for key in [k for k, c in _CONNS.items() if now - c.last_used >= IDLE_CLOSE_S]:
            _CONNS.pop(key).con.close()


def _schedule_idle_close() -> None:
    if _IDLE_TIMER:
        _IDLE_TIMER.pop().cancel()
    timer = threading.Timer(IDLE_CLOSE_S + 0.5, _close_if_idle)
    timer.daemon = True
    timer.start()
    _IDLE_TIMER.append(timer)


def _reopen(path: Path) -> None:
    with _GATE.exclusive():
        sig = signature(path)
        current = _CONNS.get(str(path))
        if current is not None and current.sig == sig:
            return
        if current is not None:
            current.con.close()
            del _CONNS[str(path)]
        _CONNS[str(path)] = _Conn(sig, duckdb.connect(str(path), read_only=True,
                                                      config=dict(DB_CONFIG)))


@contextmanager
def cursor(path: Path | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor on the current version of the DB file (reopened if the file was replaced)."""
    path = path or db_path()
    for _ in range(5):
        sig = signature(path)
        with _GATE.shared():
            conn = _CONNS.get(str(path))
            if conn is not None and conn.sig == sig:
                conn.last_used = time.monotonic()
                cur = conn.con.cursor()
                try:
                    yield cur
                finally:
                    cur.close()
                    _schedule_idle_close()
                return
        _reopen(path)
    raise DashboardDataError(f"The database at {path} keeps changing; try again in a moment.")


def _bind(params: Sequence[Any]) -> list[Any]:
    return [list(p) if isinstance(p, tuple) else p for p in params]


def _execute(sql: str, params: Sequence[Any], path: Path) -> pd.DataFrame:
    with cursor(path) as cur:
        try:
            return cur.execute(sql, _bind(params)).df()
        except duckdb.CatalogException as exc:
            if "mart_" in str(exc):
                raise MissingMarts(
                    f"数据库缺少 mart 视图 The database at {path} has no mart views "
                    f"(built before etl/sql/marts.sql existed). Rebuild it: `{BUILD_HINT}`."
                ) from exc
            raise


@st.cache_data(ttl=int(settings.get("TRACKER_CACHE_TTL_S")), show_spinner=False, max_entries=512)
def _cached(sql: str, params: tuple[Any, ...], path: str, sig: Signature) -> pd.DataFrame:
    del sig  # part of the cache key only
    return _execute(sql, params, Path(path))


def run(sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
    """Run a read-only query (cached per DB version) and return a DataFrame."""
    path = db_path()
    return _cached(sql, tuple(params), str(path), signature(path))


# --------------------------------------------------------------------------- scopes


@dataclass(frozen=True)
class Clause:
    """A WHERE fragment from the filter table plus its parameters."""

    sql: str = "TRUE"
    params: tuple[Any, ...] = ()


@dataclass(frozen=True)
class Scope:
    """The active filters, as one clause per mart the pages read."""

    agreements: Clause = Clause()  # over mart_agreements
    mentions: Clause = Clause()  # over mart_initiative_mentions
    articles: Clause = Clause()  # over mart_articles


ALL = Scope()

# Queries that the pages replace, when no filter is set, by a cheaper twin giving the same rows
# (a count without the per-article facts; figures pre-aggregated by marts.sql).
UNFILTERED_TWINS: dict[str, str] = {
    "SQL_ARTICLE_COUNT": "SQL_ARTICLE_COUNT_ALL",
    "SQL_PROVINCE_STATS": "SQL_PROVINCE_STATS_ALL",
    "SQL_CITY_POINTS": "SQL_CITY_POINTS_ALL",
    "SQL_PARTIES_TABLE": "SQL_PARTIES_TABLE_ALL",
}

# {a}, {m} and {r} stand for the scope's clauses; `?` for the query's own parameters.
_SLOT = re.compile(r"\{([amr])\}|\?")


def scoped(template: str, scope: Scope, *extra: Any) -> tuple[str, list[Any]]:
    """Fill a SQL template's scope slots; return SQL and parameters in positional order."""
    clauses = {"a": scope.agreements, "m": scope.mentions, "r": scope.articles}
    params: list[Any] = []
    rest = list(extra)

    def fill(match: re.Match[str]) -> str:
        if match.group(1):
            clause = clauses[match.group(1)]
            params.extend(clause.params)
            return f"({clause.sql})"
        params.append(rest.pop(0))
        return "?"

    sql = _SLOT.sub(fill, template)
    if rest:
        raise ValueError("more parameters than placeholders")
    return sql, params


def run_scoped(template: str, scope: Scope, *extra: Any) -> pd.DataFrame:
    sql, params = scoped(template, scope, *extra)
    return run(sql, params)


@dataclass(frozen=True)
class Table:
    """A table view: the page on screen is a cached LIMIT query; the full view (every row, for
    downloads) is run only when a download is asked for, and is not kept in the cache."""

    sql: str
    params: tuple[Any, ...] = ()

    def page(self, limit: int) -> tuple[pd.DataFrame, int]:
        """The first `limit` rows and the number of rows in the whole view."""
        df = run(self.sql + "\nLIMIT ?", [*self.params, limit])
        if len(df) < limit:
            return df, len(df)
        total = run(f"SELECT count(*) AS n FROM ({self.sql}) AS t", self.params)["n"][0]
        return df, int(total)

    def full(self) -> pd.DataFrame:
        return _execute(self.sql, self.params, db_path())


def table_scoped(template: str, scope: Scope, *extra: Any) -> Table:
    sql, params = scoped(template, scope, *extra)
    return Table(sql, tuple(params))


# Review marks and the machine's original values (etl/corrections/sql/review_marts.sql).
REVIEW_COLUMNS = """review_mark, reviewed, review_status, reviewed_by, reviewed_at,
    machine_parties, machine_date, machine_date_precision, machine_type, machine_model,
    machine_signing"""
MENTION_REVIEW_COLUMNS = """review_mark, reviewed, review_status, reviewed_by, reviewed_at,
    machine_name, machine_family, machine_kind, machine_region"""

A = "a AS (SELECT * FROM mart_agreements WHERE {a})"
M = "m AS (SELECT * FROM mart_initiative_mentions WHERE {m})"
# Articles without their texts (mart_articles adds them, for the SQL console).
R = "r AS (SELECT * FROM mart_article_list WHERE {r})"

# --------------------------------------------------------------------------- filter options


@dataclass(frozen=True)
class FilterOptions:
    date_min: Any
    date_max: Any
    provinces: list[str]
    cities: dict[str, list[str]]  # province -> its cities that occur in the data
    models: list[str]
    types: list[str]
    families: list[str]


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


def filter_options() -> FilterOptions:
    dates = run(SQL_OPTION_DATES).iloc[0]
    places = run(SQL_OPTION_PLACES)
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
    )


# --------------------------------------------------------------------------- overview

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
       (SELECT count(DISTINCT initiative_id) FROM m) AS programmes,
       (SELECT date_label FROM latest) AS latest_date,
       (SELECT parties FROM latest) AS latest_parties
"""
SQL_ARTICLE_COUNT = f"WITH {R} SELECT count(*) AS n FROM r"
# Without an article filter the count needs none of mart_articles' per-article facts.
SQL_ARTICLE_COUNT_ALL = "SELECT count(*) AS n FROM mart_article_texts"


def overview_metrics(scope: Scope) -> dict[str, Any]:
    row = run_scoped(SQL_OVERVIEW, scope).iloc[0].to_dict()
    out = {k: (None if isinstance(v, float) and pd.isna(v) else v) for k, v in row.items()}
    articles = (run(SQL_ARTICLE_COUNT_ALL) if scope.articles.sql == "TRUE"
                else run_scoped(SQL_ARTICLE_COUNT, scope))
    out["articles"] = int(articles["n"][0])
    return out


AGREEMENT_COLUMNS = """agreement_id, date_label, event_date, date_precision, model, type, parties,
    partner, province_names, city_names, is_new_signing, online, n_sources, title, evidence,
    article_id, article_title, article_date, article_source, article_url, """ + REVIEW_COLUMNS

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
    return run(SQL_BUILDS)


# Agreements first reported by an article (re)loaded in the latest build (first_build: the
# earliest build of the articles reporting it, computed by marts.sql).
SQL_NEW_IN_LATEST_BUILD = f"""
WITH {A}
SELECT {AGREEMENT_COLUMNS} FROM a
WHERE first_build = (SELECT max(build_id) FROM builds)
ORDER BY date_lo DESC NULLS LAST, date_hi DESC NULLS LAST, agreement_id
"""


def new_in_latest_build(scope: Scope) -> Table:
    return table_scoped(SQL_NEW_IN_LATEST_BUILD, scope)


# --------------------------------------------------------------------------- map

# A map tooltip lists the first MAP_LABELS agreements (labels, sorted) and says how many more
# there are (n_labels: the number of distinct labels): a province's full list holds ~10k
# labels on a 1M-article database (32 MB per query). marts.sql pre-aggregates the same number.
MAP_LABELS = 12
_FIRST_LABELS = (f"list_sort(list(DISTINCT am.label) FILTER (WHERE am.label IS NOT NULL))"
                 f"[1:{MAP_LABELS}]")

# Prefecture-level units per province (the denominator of 会市合作 coverage).
_PREFECTURE_TOTALS = """
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

# Agreements per province (all 34 units, zero included), 会市合作 coverage, tooltip lines.
SQL_PROVINCE_STATS = f"""
WITH {A},
am AS (SELECT * FROM a WHERE ?::VARCHAR IS NULL OR model = ?),
provinces AS (SELECT * FROM regions WHERE level = 'province'),
per_province AS (
    SELECT g.province_adcode, count(DISTINCT am.agreement_id) AS n_agreements,
           {_FIRST_LABELS} AS labels, count(DISTINCT am.label) AS n_labels
    FROM am JOIN mart_agreement_regions g USING (agreement_id)
    WHERE g.level = 'province'
    GROUP BY g.province_adcode
),
{_PREFECTURE_TOTALS.strip()}
signed AS (
    SELECT g.province_adcode, count(DISTINCT g.adcode) AS n_signed
    FROM a JOIN mart_agreement_regions g USING (agreement_id)
    JOIN mart_prefectures p ON p.adcode = g.adcode AND p.is_prefecture
    WHERE a.model = '会市合作' AND g.level = 'prefecture'
    GROUP BY g.province_adcode
)
{_PROVINCE_STATS_SELECT.strip()}
"""


# With no filter: the same rows from the figures marts.sql pre-aggregates (mart_map_places).
_MODEL_ROWS = "CASE WHEN ?::VARCHAR IS NULL THEN all_models ELSE NOT all_models AND model = ? END"
SQL_PROVINCE_STATS_ALL = f"""
WITH provinces AS (SELECT * FROM regions WHERE level = 'province'),
per_province AS (
    SELECT adcode AS province_adcode, n_agreements, labels, n_labels FROM mart_map_places
    WHERE is_province AND {_MODEL_ROWS}
),
{_PREFECTURE_TOTALS.strip()}
signed AS (
    SELECT p.province_adcode, count(*) AS n_signed
    FROM mart_map_places c JOIN mart_prefectures p ON p.adcode = c.adcode AND p.is_prefecture
    WHERE NOT c.is_province AND NOT c.all_models AND c.model = '会市合作'
    GROUP BY p.province_adcode
)
{_PROVINCE_STATS_SELECT.strip()}
"""


def province_stats(scope: Scope, model: str | None = None) -> pd.DataFrame:
    if scope == ALL:
        return run(SQL_PROVINCE_STATS_ALL, [model, model])
    return run_scoped(SQL_PROVINCE_STATS, scope, model, model)


SQL_CITY_POINTS = f"""
WITH {A},
am AS (SELECT * FROM a WHERE ?::VARCHAR IS NULL OR model = ?)
SELECT g.adcode, g.name, g.province, r.short_name AS province_short, g.longitude, g.latitude,
       count(DISTINCT am.agreement_id) AS n_agreements,
       {_FIRST_LABELS} AS labels, count(DISTINCT am.label) AS n_labels
FROM am JOIN mart_agreement_regions g USING (agreement_id)
JOIN regions r ON r.adcode = g.province_adcode
WHERE g.level <> 'province' AND g.longitude IS NOT NULL
GROUP BY ALL ORDER BY n_agreements DESC, g.adcode
"""


SQL_CITY_POINTS_ALL = f"""
SELECT g.adcode, g.name, g.province, r.short_name AS province_short, g.longitude, g.latitude,
       c.n_agreements, c.labels, c.n_labels
FROM mart_map_places c JOIN mart_prefectures g USING (adcode)
JOIN regions r ON r.adcode = g.province_adcode
WHERE NOT c.is_province AND {_MODEL_ROWS} AND g.longitude IS NOT NULL
ORDER BY c.n_agreements DESC, g.adcode
"""


def city_points(scope: Scope, model: str | None = None) -> pd.DataFrame:
    if scope == ALL:
        return run(SQL_CITY_POINTS_ALL, [model, model])
    return run_scoped(SQL_CITY_POINTS, scope, model, model)


SQL_PARTNER_LINES = f"""
WITH {A},
am AS (SELECT * FROM a WHERE ?::VARCHAR IS NULL OR model = ?)
SELECT am.cast_name, am.partner, am.model, am.cast_longitude, am.cast_latitude,
       am.partner_longitude, am.partner_latitude, r.short_name AS partner_province,
       count(*) AS n_agreements,
       list_sort(list(am.date_label || ' ' || am.type)) AS labels
FROM am
LEFT JOIN regions p ON p.adcode = am.partner_adcode
LEFT JOIN regions r ON r.adcode = p.province_adcode
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
           list_sort(list(DISTINCT am.label)) AS labels
    FROM am JOIN mart_agreement_regions g USING (agreement_id)
    WHERE g.level <> 'province' AND g.province_adcode = (SELECT adcode FROM province)
    GROUP BY g.adcode
)
SELECT p.adcode, p.name, p.map_name, p.is_prefecture, p.longitude, p.latitude,
       coalesce(c.n_agreements, 0) AS n_agreements,
       coalesce(c.n_agreements, 0) > 0 AS signed, c.first_signed,
       coalesce(c.labels, []) AS labels
FROM mart_prefectures p LEFT JOIN per_city c USING (adcode)
WHERE p.province_adcode = (SELECT adcode FROM province)
ORDER BY p.adcode
"""


def prefecture_status(scope: Scope, province_adcode: str, model: str | None = None) -> pd.DataFrame:
    return run_scoped(SQL_PREFECTURE_STATUS, scope, model, model, province_adcode)


SQL_PROVINCES = """
SELECT adcode, name, short_name, coalesce(map_name, short_name) AS map_name
FROM regions WHERE level = 'province' ORDER BY adcode
"""


def provinces() -> pd.DataFrame:
    return run(SQL_PROVINCES)


# --------------------------------------------------------------------------- timeline

SQL_MONTHLY = f"""
WITH {A}
SELECT month, model, count(*) AS n FROM a WHERE month IS NOT NULL
GROUP BY ALL ORDER BY month, model
"""


def monthly_signings(scope: Scope) -> pd.DataFrame:
    return run_scoped(SQL_MONTHLY, scope)


SQL_AGREEMENT_POINTS = f"""
WITH {A}
SELECT a.agreement_id, a.date_lo, a.date_hi, a.date_precision, a.date_label, a.model, a.type,
       a.parties, a.is_new_signing, a.province_short
FROM a
ORDER BY a.date_lo DESC NULLS LAST, a.agreement_id
"""


def agreement_points(scope: Scope) -> Table:
    """Every agreement's date range, most recent first (chart the first page only: a browser
    cannot draw 300k points)."""
    return table_scoped(SQL_AGREEMENT_POINTS, scope)


SQL_DATE_COUNTS = f"""
WITH {A}
SELECT count(*) AS agreements, count(month) AS with_month, count(date_lo) AS with_date
FROM a
"""


def date_counts(scope: Scope) -> dict[str, int]:
    """How many agreements have a month, any date at all, or neither."""
    return {k: int(v) for k, v in run_scoped(SQL_DATE_COUNTS, scope).iloc[0].items()}


# Cumulative 会市合作 coverage: for each province, the share of its prefecture-level cities
# whose first 会市合作 agreement was certainly signed by each date (the latest possible date of
# an agreement known only to the month, year or within bounds).
SQL_COVERAGE_TIMELINE = f"""
WITH {A},
firsts AS (
    SELECT g.province_adcode, g.adcode, min(coalesce(a.date_hi, a.date_lo)) AS first_date
    FROM a JOIN mart_agreement_regions g USING (agreement_id)
    JOIN mart_prefectures p ON p.adcode = g.adcode AND p.is_prefecture
    WHERE a.model = '会市合作' AND g.level = 'prefecture'
      AND coalesce(a.date_hi, a.date_lo) IS NOT NULL
    GROUP BY ALL
),
{_PREFECTURE_TOTALS.strip()}
steps AS (
    SELECT province_adcode, first_date, count(*) AS n_new FROM firsts GROUP BY ALL
)
SELECT r.short_name AS province, s.first_date AS date,
       sum(s.n_new) OVER (PARTITION BY s.province_adcode ORDER BY s.first_date) AS n_signed,
       t.n_prefectures,
       sum(s.n_new) OVER (PARTITION BY s.province_adcode ORDER BY s.first_date)
           / t.n_prefectures AS coverage
FROM steps s JOIN totals t USING (province_adcode)
JOIN regions r ON r.adcode = s.province_adcode
ORDER BY s.province_adcode, s.first_date
"""


def coverage_timeline(scope: Scope) -> pd.DataFrame:
    return run_scoped(SQL_COVERAGE_TIMELINE, scope)


# --------------------------------------------------------------------------- programmes

SQL_PROGRAMME_TREE = f"""
WITH {M}
SELECT family, name, coalesce(region, '全国 national') AS region, count(*) AS n
FROM m GROUP BY ALL ORDER BY family, name, region
"""


def programme_tree(scope: Scope) -> pd.DataFrame:
    return run_scoped(SQL_PROGRAMME_TREE, scope)


SQL_TOP_PROGRAMMES = f"""
WITH {M}
SELECT name, any_value(family) AS family, count(*) AS n_mentions,
       count(DISTINCT article_id) AS n_articles,
       list_sort(list(DISTINCT region) FILTER (WHERE region IS NOT NULL)) AS regions
FROM m GROUP BY name ORDER BY n_mentions DESC, n_articles DESC, name LIMIT ?
"""


def top_programmes(scope: Scope, n: int = 15) -> pd.DataFrame:
    return run_scoped(SQL_TOP_PROGRAMMES, scope, n)


SQL_PROVINCE_FAMILY = f"""
WITH {M}
SELECT coalesce(r.short_name, '全国') AS province, coalesce(m.province_adcode, '000000') AS adcode,
       m.family, count(*) AS n
FROM m LEFT JOIN regions r ON r.adcode = m.province_adcode
GROUP BY ALL ORDER BY adcode, family
"""


def province_family(scope: Scope) -> pd.DataFrame:
    return run_scoped(SQL_PROVINCE_FAMILY, scope)


SQL_PILOTS = f"""
WITH {M}
SELECT name, family, region, province, place, designated, published_date, article_id,
       article_title, evidence
FROM m WHERE kind = 'pilot'
ORDER BY designated NULLS LAST, published_date NULLS LAST, name, region
"""


def pilots(scope: Scope) -> Table:
    return table_scoped(SQL_PILOTS, scope)


# --------------------------------------------------------------------------- explorer

SQL_AGREEMENTS_TABLE = f"""
WITH {A}
SELECT {AGREEMENT_COLUMNS} FROM a
ORDER BY date_lo DESC NULLS LAST, date_hi DESC NULLS LAST, agreement_id
"""


def agreements_table(scope: Scope) -> Table:
    return table_scoped(SQL_AGREEMENTS_TABLE, scope)


SQL_PARTIES_TABLE = f"""
WITH {A}
SELECT p.agreement_id, p.position, p.name, p.mention, p.kind, p.level, p.adcode, p.region,
       p.date_label, p.model, p.type, p.parties, p.article_id, p.review_mark
FROM mart_agreement_parties p
WHERE p.agreement_id IN (SELECT agreement_id FROM a)
ORDER BY p.event_date DESC NULLS LAST, p.agreement_id, p.position
"""


# With no filter every party is in (mart_agreement_parties holds the parties of mart_agreements):
# no semi-join of 600k parties with 300k agreements.
SQL_PARTIES_TABLE_ALL = """
SELECT p.agreement_id, p.position, p.name, p.mention, p.kind, p.level, p.adcode, p.region,
       p.date_label, p.model, p.type, p.parties, p.article_id, p.review_mark
FROM mart_agreement_parties p
ORDER BY p.event_date DESC NULLS LAST, p.agreement_id, p.position
"""


def parties_table(scope: Scope) -> Table:
    if scope == ALL:
        return Table(SQL_PARTIES_TABLE_ALL)
    return table_scoped(SQL_PARTIES_TABLE, scope)


SQL_INITIATIVES_TABLE = f"""
WITH {M}
SELECT initiative_id, name, family, kind, region, province, place, designated, published_date,
       article_id, article_title, evidence, seq, {MENTION_REVIEW_COLUMNS}
FROM m ORDER BY published_date DESC NULLS LAST, article_id, seq
"""


def initiatives_table(scope: Scope) -> Table:
    return table_scoped(SQL_INITIATIVES_TABLE, scope)


SQL_ARTICLES_TABLE = f"""
WITH {R}
SELECT article_id, title, published_date, source, url, n_agreements, n_initiatives,
       province_names, city_names, script, duplicate_of, n_chars, build_id, review_mark,
       reviewed, review_complete, reviewed_by, reviewed_at
FROM r ORDER BY published_date DESC NULLS LAST, article_id
"""


def articles_table(scope: Scope) -> Table:
    return table_scoped(SQL_ARTICLES_TABLE, scope)


SQL_ARTICLE = """
SELECT article_id, title, published_date, source, url, script, clean_text, original_text
FROM mart_article_texts WHERE article_id = ?
"""


def article(article_id: str) -> dict[str, Any] | None:
    df = run(SQL_ARTICLE, [article_id])
    return None if df.empty else df.iloc[0].to_dict()


# Evidence spans in one article, for one agreement / initiative mention, or all of them.
SQL_SPANS = """
SELECT 'agreement' AS what, agreement_id AS id, span_start, span_end, orig_start, orig_end
FROM agreement_sources WHERE article_id = ? AND (?::VARCHAR IS NULL OR agreement_id = ?)
UNION ALL
SELECT 'initiative', initiative_id, span_start, span_end, orig_start, orig_end
FROM initiative_mentions WHERE article_id = ? AND (?::VARCHAR IS NULL OR initiative_id = ?)
ORDER BY span_start, span_end
"""


def evidence_spans(article_id: str, *, agreement_id: str | None = None,
                   initiative_id: str | None = None) -> pd.DataFrame:
    """Spans of the evidence sentences in an article (all of them when no id is given)."""
    only_agreement = agreement_id is not None
    only_initiative = initiative_id is not None
    ag = agreement_id if not only_initiative else "\x00none"
    ini = initiative_id if not only_agreement else "\x00none"
    return run(SQL_SPANS, [article_id, ag, ag, article_id, ini, ini])


# --------------------------------------------------------------------------- import

SQL_REJECTS = """
SELECT path, doc_id, reason, message, rejected_at FROM rejects WHERE build_id = ? ORDER BY path
"""


def rejects(build_id: int) -> pd.DataFrame:
    return run(SQL_REJECTS, [build_id])


SQL_PROVINCE_AGREEMENTS = f"""
WITH {A},
am AS (SELECT * FROM a WHERE ?::VARCHAR IS NULL OR model = ?)
SELECT {AGREEMENT_COLUMNS} FROM am WHERE list_contains(province_adcodes, ?)
ORDER BY date_lo DESC NULLS LAST, date_hi DESC NULLS LAST, agreement_id
"""


def province_agreements(scope: Scope, province_adcode: str, model: str | None = None) -> Table:
    return table_scoped(SQL_PROVINCE_AGREEMENTS, scope, model, model, province_adcode)


SQL_AGREEMENT_SOURCES = """
SELECT s.article_id, ar.title, ar.published_date, s.is_new_signing
FROM agreement_sources s LEFT JOIN articles ar USING (article_id)
WHERE s.agreement_id = ?
ORDER BY ar.published_date NULLS LAST, s.article_id
"""


def agreement_sources(agreement_id: str) -> pd.DataFrame:
    """The articles reporting one agreement (the first is the one that describes it best)."""
    return run(SQL_AGREEMENT_SOURCES, [agreement_id])
