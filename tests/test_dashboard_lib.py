"""Unit tests of dashboard_lib: filters -> SQL, the query layer, downloads, console, importer."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest
from openpyxl import load_workbook

from dashboard_lib import (
    charts_echarts,
    console,
    db,
    downloads,
    filters,
    fixtures,
    importer,
    queries,
    scope,
    textview,
)
from dashboard_lib.queries import explorer, maps, options, overview
from tests.dashboard_support import ROOT, make_dashboard_db, sql_rows, sql_value


@pytest.fixture(scope="session")
def dashboard_db(seeds_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_dashboard_db(seeds_db, tmp_path_factory.mktemp("lib"))


@pytest.fixture()
def db_env(dashboard_db: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TRACKER_DB", str(dashboard_db))
    return dashboard_db


# --------------------------------------------------------------------------- filters

SAMPLE_VALUES = {
    "scope": "科协参与",
    "date": (dt.date(2022, 1, 1), dt.date(2023, 12, 31)),
    "province": ("河南省",),
    "city": ("信阳市",),
    "model": ("会市合作",),
    "type": ("全面战略合作协议",),
    "family": ("科普",),
    "signing": "新签",
    "q": "信阳",
    "fulltext": True,
    "reviewed": "已审",
}


def test_every_filter_has_sample_value_and_fragments_with_placeholders_only() -> None:
    assert set(SAMPLE_VALUES) == {f.key for f in filters.FILTERS}
    for f in filters.FILTERS:
        if f.widget == "toggle":  # switches another filter's fragments, restricts nothing itself
            assert not f.sql and any(g.alt_when == f.key for g in filters.FILTERS), f.key
            continue
        assert set(f.sql) == set(filters.TARGETS), f.key
        for fragment in [*f.sql.values(), *f.alt_sql.values()]:
            assert "?" in fragment and "'" not in fragment.replace("'\\'", ""), fragment
        if f.alt_sql:
            assert f.alt_when in {g.key for g in filters.FILTERS}, f.key
            assert set(f.alt_sql) <= set(f.sql), f.key


@pytest.mark.parametrize("key", list(SAMPLE_VALUES))
@pytest.mark.parametrize("target,view", [("agreements", "mart_agreements"),
                                         ("mentions", "mart_initiative_mentions"),
                                         ("articles", "mart_articles"),
                                         ("articles", "mart_article_list")])
def test_each_filter_runs_on_each_mart_and_restricts_it(db_env: Path, key: str, target: str,
                                                        view: str) -> None:
    state = filters.FilterState({key: SAMPLE_VALUES[key]})
    clause = state.clause(target)  # type: ignore[arg-type]
    assert clause.sql.count("?") == len(clause.params)
    n = db.run(f"SELECT count(*) AS n FROM {view} WHERE {clause.sql}",
                    list(clause.params))["n"][0]
    total = db.run(f"SELECT count(*) AS n FROM {view}")["n"][0]
    assert 0 <= n <= total


def test_filter_values_travel_as_parameters_not_sql(db_env: Path) -> None:
    hostile = "x' OR 1=1 --"
    state = filters.FilterState({"q": hostile, "province": (hostile,)})
    clause = state.clause("agreements")
    assert hostile not in clause.sql
    n = db.run(f"SELECT count(*) AS n FROM mart_agreements WHERE {clause.sql}",
                    list(clause.params))["n"][0]
    assert n == 0


def test_text_search_has_no_wildcards(db_env: Path) -> None:
    state = filters.FilterState({"q": "%"})
    assert state.clause("mentions").params == ("%", "%")
    clause = state.clause("agreements")
    n = db.run(f"SELECT count(*) AS n FROM mart_agreements WHERE {clause.sql}",
                    list(clause.params))["n"][0]
    assert n == 0  # "%" is a character, not "anything"


def _body_only_word(db: Path) -> str:
    """Four characters of an article body that no article's search_text holds."""
    body = sql_value(db, "SELECT clean_text FROM articles ORDER BY length(clean_text) DESC, "
                         "article_id LIMIT 1")
    for i in range(len(body) - 4):
        word = body[i:i + 4]
        if word.strip() == word and "\n" not in word and not sql_value(
                db, "SELECT count(*) FROM mart_article_list WHERE contains(search_text, ?)",
                [word]):
            return word
    raise AssertionError("no body-only word in the fixture")


def test_text_search_reads_bodies_only_when_asked(db_env: Path) -> None:
    word = _body_only_word(db_env)
    plain = filters.FilterState({"q": word})
    full = filters.FilterState({"q": word, "fulltext": True})
    assert plain.clause("agreements") == full.clause("agreements")  # bodies: articles only
    assert plain.clause("mentions") == full.clause("mentions")

    def ids(state: filters.FilterState) -> set[str]:
        return set(explorer.articles_table(state.scope()).full()["article_id"])

    assert ids(plain) == set()
    assert ids(full) == {r[0] for r in sql_rows(
        db_env, "SELECT article_id FROM articles WHERE contains(clean_text, ?)", [word])} != set()
    title = sql_value(db_env, "SELECT title FROM articles WHERE title <> '' ORDER BY article_id "
                              "LIMIT 1")
    assert ids(filters.FilterState({"q": title})) <= ids(
        filters.FilterState({"q": title, "fulltext": True}))
    assert "同时搜索正文 Also search article text" in full.caption()
    assert not filters.state_from({"fulltext": False}, None).values


@pytest.mark.parametrize("kx", [False, True], ids=["no filter", "scope 科协参与 only"])
def test_unfiltered_twins_give_the_same_rows(db_env: Path, kx: bool) -> None:
    """With no filter, or only the scope switch's 科协参与, a page reads a cheaper twin of a
    query: same rows."""
    active = scope.KX if kx else scope.ALL
    assert filters.FilterState({"scope": "科协参与"} if kx else {}).scope() == active
    assert scope.scope_only(active) is kx
    for name, twin in queries.UNFILTERED_TWINS.items():
        models: list[tuple[Any, ...]] = [()]
        twin_params: list[tuple[Any, ...]] = [(kx,)]
        if name == "SQL_CITY_POINTS":
            models = [(None, None), ("会市合作", "会市合作"), ("none such", "none such")]
            twin_params = [(kx, *m) for m in models]
        if name == "SQL_PROVINCE_STATS":
            models = [(m, m, queries.COVERAGE_MODEL) for m in (None, "会市合作", "none such")]
            twin_params = [(kx, m[0], m[1], kx, m[2]) for m in models]
        for extra, own in zip(models, twin_params, strict=True):
            scoped = scope.run_scoped(SQL[name], active, *extra)
            direct = db.run(SQL[twin], list(own))
            pd.testing.assert_frame_equal(scoped, direct, check_dtype=False, obj=f"{name}{extra}")
    assert explorer.parties_table(active).sql == explorer.SQL_PARTIES_TABLE_ALL
    assert maps.province_stats(active).equals(
        db.run(maps.SQL_PROVINCE_STATS_ALL, [kx, None, None, kx, queries.COVERAGE_MODEL]))
    assert scope.scope_only(filters.FilterState({"province": ("河南省",)}).scope()) is None


def test_state_from_widget_values_keeps_only_active_filters() -> None:
    opts = options.FilterOptions(dt.date(2021, 1, 1), dt.date(2024, 12, 31), [], {}, [], [], [])
    raw = {"date": (dt.date(2021, 1, 1), dt.date(2024, 12, 31)), "province": [],
           "signing": "全部", "q": "  ", "model": ["会市合作"]}
    state = filters.state_from(raw, opts)
    assert dict(state.values) == {"model": ("会市合作",)}
    narrowed = filters.state_from({"date": (dt.date(2022, 1, 1), dt.date(2022, 6, 30))}, opts)
    assert narrowed.values["date"] == (dt.date(2022, 1, 1), dt.date(2022, 6, 30))
    half_chosen = filters.state_from({"date": (dt.date(2022, 1, 1),)}, opts)
    assert not half_chosen.values
    assert "无" in filters.FilterState().caption()
    assert "合作模式 Cooperation model = 会市合作" in state.caption()


OPTS = options.FilterOptions(
    dt.date(2021, 1, 1), dt.date(2024, 12, 31), ["河南省", "陕西省"],
    {"河南省": ["信阳市", "郑州市"], "陕西省": ["西安市"]}, ["会市合作", "省会合作"], ["合作协议"],
    ["科普"], province_aliases={"河南省": "河南省", "河南": "河南省", "河北省": "河北省",
                               "河北": "河北省", "陕西省": "陕西省", "陕西": "陕西省"},
    city_aliases={"信阳市": "信阳市", "信阳": "信阳市", "郑州": "郑州市", "西安": "西安市"})


@pytest.mark.parametrize("params,values", [
    # the forms the app writes, and Streamlit's own (repeated parameters)
    ({"province": ["河南省"]}, {"province": ("河南省",)}),
    ({"province": ["河南省", "陕西省"]}, {"province": ("河南省", "陕西省")}),
    # short place names, as the map's drill-down and the timeline show them
    ({"province": ["河南"], "city": ["信阳"]}, {"province": ("河南省",), "city": ("信阳市",)}),
    ({"province": ["河南,陕西"]}, {"province": ("河南省", "陕西省")}),
    # a valid province with no data is still a filter (it shows nothing, and says so)
    ({"province": ["河北"]}, {"province": ("河北省",)}),
    # a year, a month, a range in several spellings, the two-value form
    ({"date": ["2022"]}, {"date": (dt.date(2022, 1, 1), dt.date(2022, 12, 31))}),
    ({"date": ["2022-02"]}, {"date": (dt.date(2022, 2, 1), dt.date(2022, 2, 28))}),
    ({"date": ["2022-01-05~2023-03-04"]}, {"date": (dt.date(2022, 1, 5), dt.date(2023, 3, 4))}),
    ({"date": ["2022-01-05..2023-03"]}, {"date": (dt.date(2022, 1, 5), dt.date(2023, 3, 31))}),
    ({"date": ["2022-01-05", "2023-03-04"]},
     {"date": (dt.date(2022, 1, 5), dt.date(2023, 3, 4))}),
    # the whole data is no filter (it moves with the data)
    ({"date": ["2021-01-01~2024-12-31"]}, {}),
    ({"signing": ["新签"]}, {"signing": "新签"}),
    ({"signing": ["new"]}, {"signing": "新签"}),
    ({"signing": ["全部"]}, {}),
    ({"fulltext": ["true"]}, {"fulltext": True}),
    ({"fulltext": ["1"]}, {"fulltext": True}),
    ({"fulltext": ["false"]}, {}),
    ({"q": [" 信阳 "]}, {"q": "信阳"}),
])
def test_url_parameters_are_read_in_the_forms_people_write(params: dict[str, list[str]],
                                                          values: dict[str, Any]) -> None:
    parsed = filters.parse(params, OPTS)
    assert dict(parsed.state.values) == {"scope": "科协参与", **values}  # the scope's default
    assert parsed.problems == ()
    # what the URL is rewritten to reads back as the same filters
    assert filters.parse(parsed.params, OPTS).state == parsed.state


@pytest.mark.parametrize("params,scope_value", [
    ({}, "科协参与"), ({"scope": ["全部"]}, None), ({"scope": ["all"]}, None),
    ({"scope": ["科协参与"]}, "科协参与")])
def test_the_scope_switch_defaults_to_kx_and_is_always_in_the_url(
        params: dict[str, list[str]], scope_value: str | None) -> None:
    parsed = filters.parse(params, OPTS)
    assert parsed.state.values.get("scope") == scope_value
    assert parsed.params["scope"] == [scope_value or "全部"]  # either way, the URL says which
    assert "范围 Scope" in parsed.state.caption() or scope_value is None


@pytest.mark.parametrize("params,problem", [
    ({"date": ["garbage"]}, ("date", "garbage")),
    ({"date": ["2023-12-31~2023-01-01"]}, ("date", "2023-12-31~2023-01-01")),
    ({"signing": ["xyz"]}, ("signing", "xyz")),
    ({"province": ["河北x"]}, ("province", "河北x")),
    ({"model": ["院市合作"]}, ("model", "院市合作")),
    ({"fulltext": ["maybe"]}, ("fulltext", "maybe")),
])
def test_url_values_not_understood_are_reported_not_dropped(
        params: dict[str, list[str]], problem: tuple[str, str]) -> None:
    parsed = filters.parse(params, OPTS)
    assert [(p.key, p.value) for p in parsed.problems] == [problem]
    assert problem[1] in parsed.problems[0].message()
    assert problem[0] not in parsed.params  # not applied, and the URL no longer says it is


def test_good_values_survive_a_bad_one_in_the_same_parameter() -> None:
    parsed = filters.parse({"province": ["河南", "河北x"]}, OPTS)
    assert parsed.state.values == {"scope": "科协参与", "province": ("河南省",)}
    assert parsed.params["province"] == ["河南省"]
    assert [p.value for p in parsed.problems] == ["河北x"]


def test_canonical_url_parameters_of_every_filter() -> None:
    state = filters.FilterState({
        "date": (dt.date(2022, 1, 1), dt.date(2022, 12, 31)), "province": ("河南省", "陕西省"),
        "signing": "新签", "q": "信阳", "fulltext": True})
    assert filters.to_params(state) == {
        "scope": ["全部"], "date": ["2022-01-01~2022-12-31"], "province": ["河南省", "陕西省"],
        "signing": ["新签"], "q": ["信阳"], "fulltext": ["true"]}
    assert filters.export_args(filters.FilterState({"province": ("河南省",), "scope": "科协参与"})
                               ) == ["--filter", "scope=科协参与", "--filter", "province=河南省"]
    assert state.slug() == "全部_河南省+陕西省_2022_新签_搜索信阳"
    default_scope = filters.FilterState({"scope": "科协参与", "province": ("河南省",),
                                         "date": (dt.date(2023, 1, 1), dt.date(2023, 12, 31))})
    assert default_scope.slug() == "河南省_2023"  # agreements_河南省_2023.csv


def test_scoped_fills_slots_in_positional_order() -> None:
    two = scope.Scope(agreements=scope.Clause("x = ?", (1,)),
                      mentions=scope.Clause("y = ? AND z = ?", (2, 3)))
    sql, params = scope.scoped("WITH a AS ({a}), m AS ({m}) SELECT ? FROM a LIMIT ?", two,
                                 "p", 9)
    assert sql == "WITH a AS ((x = ?)), m AS ((y = ? AND z = ?)) SELECT ? FROM a LIMIT ?"
    assert params == [1, 2, 3, "p", 9]
    with pytest.raises(ValueError):
        scope.scoped("SELECT 1", scope.ALL, "unused")


# --------------------------------------------------------------------------- query layer


SQL = queries.all_sql()
COVERAGE = queries.COVERAGE_MODEL
# Each query's own parameters (after its scope's), by name: every query of the layer is listed.
QUERY_PARAMS: dict[str, tuple[Any, ...]] = {
    "SQL_OPTION_DATES": (), "SQL_OPTION_PLACES": (), "SQL_OPTION_MODELS": (),
    "SQL_OPTION_TYPES": (), "SQL_OPTION_FAMILIES": (), "SQL_OPTION_REGION_NAMES": (),
    "SQL_GLOSSARY_COUNTS": (),
    "SQL_DATABASE_IS_EMPTY": (),
    "SQL_OVERVIEW": (), "SQL_ARTICLE_COUNT": (), "SQL_ARTICLE_COUNT_ALL": (False,),
    "SQL_LATEST_AGREEMENTS": (5,), "SQL_BUILDS": (), "SQL_NEW_IN_LATEST_BUILD": (),
    "SQL_PROVINCE_STATS": (None, None, COVERAGE),
    "SQL_PROVINCE_STATS_ALL": (True, None, None, True, COVERAGE),
    "SQL_CITY_POINTS": ("会市合作", "会市合作"), "SQL_CITY_POINTS_ALL": (False, None, None),
    "SQL_PARTNER_LINES": (None, None, 10), "SQL_PREFECTURE_STATUS": (None, None, "410000"),
    "SQL_PROVINCES": (), "SQL_PROVINCE_AGREEMENTS": (None, None, "410000"),
    "SQL_MONTHLY": (), "SQL_AGREEMENT_POINTS": (), "SQL_DATE_COUNTS": (),
    "SQL_COVERAGE_TIMELINE": (COVERAGE,),
    "SQL_PROGRAMME_TREE": (), "SQL_TOP_PROGRAMMES": (5,), "SQL_PROVINCE_FAMILY": (),
    "SQL_PILOTS": (),
    "SQL_AGREEMENTS_TABLE": (), "SQL_PARTIES_TABLE": (), "SQL_PARTIES_TABLE_ALL": (True,),
    "SQL_INITIATIVES_TABLE": (), "SQL_ARTICLES_TABLE": (),
    "SQL_ARTICLE": ("x99_hostile_markup",), "SQL_SPANS": ("x99_hostile_markup",) + (None,) * 4,
    "SQL_AGREEMENT_SOURCES": ("none",),
    "SQL_REVIEW_APPLIED": (),
    "SQL_REVIEW_QUEUE": ([], ["x"], "agreement", "agreement", "todo", ["k"], [], ["k"], [],
                         [], "new_party", "new_party"),
    "SQL_REVIEW_ITEM": ("k",), "SQL_EVENT_REPORTS": ("a",), "SQL_REVIEW_ARTICLE_CHOICES": (),
    "SQL_REVIEW_ARTICLE_ITEMS": ("x",), "SQL_REVIEW_ORPHANS": (),
    "SQL_REVIEW_ORGANISATIONS": (), "SQL_MERGE_CANDIDATES": ("a", "科协", "科协"),
    "SQL_REVIEW_EVENT": ("a",), "SQL_REVIEW_EVENT_DATE": ("a",), "SQL_REVIEW_EVENT_PARTIES": ("a",),
    "SQL_FACETS": (),
    "SQL_PERIODS": (dt.date(2023, 1, 1), dt.date(2023, 12, 31), dt.date(2022, 1, 1),
                    dt.date(2022, 12, 31)),
    "SQL_MAP_OVER_TIME": (None, None, COVERAGE),
    "SQL_ORG": ("河南省科学技术协会", "河南省科学技术协会"),
    "SQL_ORG_SUGGESTIONS": ("科协", "科协"),
    "SQL_ORG_AGREEMENTS": ("x",), "SQL_ORG_YEARS": ("x",),
    "SQL_ORG_PARTNERS": ("x", "x"), "SQL_ORG_PLACES": ("x",),
    "SQL_ORG_ARTICLES": ("x",), "SQL_ORG_PROGRAMMES": ("x",), "SQL_ORG_LIST": (),
    "SQL_AGREEMENT": ("x",), "SQL_AGREEMENT_PARTIES": ("x",), "SQL_AGREEMENT_REPORTS": ("x",),
    "SQL_PROGRAMME": ("x",), "SQL_PROGRAMME_MENTIONS": ("x",), "SQL_PROGRAMME_PLACES": ("x",),
    "SQL_ARTICLE_EXCERPT": (0, 10, "x99_hostile_markup"),
    "SQL_NETWORK_EDGES": (50,), "SQL_NETWORK_NODES": (), "SQL_NETWORK_COUNTS": (),
}
# Every filter active (the text search over article bodies too): all fragments are in the SQL.
EVERY_FILTER = filters.FilterState({
    "scope": "科协参与", "date": (dt.date(2020, 1, 1), dt.date(2025, 12, 31)),
    "province": ("河南省",),
    "city": ("信阳市",), "model": ("会市合作",), "type": ("全面战略合作协议",), "family": ("科普",),
    "signing": "新签", "q": "协议", "fulltext": True, "reviewed": "已审"})


def test_every_query_runs_on_the_fixture_db(db_env: Path) -> None:
    assert set(QUERY_PARAMS) == set(SQL)  # a new query gets its parameters here
    for active in (scope.ALL, EVERY_FILTER.scope(),
                   filters.FilterState({"province": ("河南省",), "q": "协议"}).scope()):
        for name, template in SQL.items():
            df = scope.run_scoped(template, active, *QUERY_PARAMS[name])
            assert isinstance(df, pd.DataFrame), name


def tables_read(sql: str) -> set[str]:
    """The tables and views a SELECT reads, from DuckDB's parse tree (json_serialize_sql): a
    name in FROM is a CTE only where that CTE is in scope (a CTE's body does not see itself or
    the CTEs after it), so `WITH agreements AS (SELECT * FROM agreements)` reads the table."""
    import json

    con = duckdb.connect()
    try:
        tree = json.loads(con.execute("SELECT json_serialize_sql(?)", [sql]).fetchone()[0])
    finally:
        con.close()
    assert not tree["error"], tree.get("error_message")
    found: set[str] = set()

    def walk(node: Any, ctes: frozenset[str]) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item, ctes)
            return
        if not isinstance(node, dict):
            return
        if node.get("type") == "BASE_TABLE":
            name = node["table_name"]
            if node.get("schema_name") or name not in ctes:
                found.add(name)
        scope_here = ctes
        for entry in (node.get("cte_map") or {}).get("map", []):
            walk(entry["value"], scope_here)  # sees the CTEs before it only
            scope_here = scope_here | {entry["key"]}
        for key, value in node.items():
            if key != "cte_map":
                walk(value, scope_here)

    walk(tree["statements"], frozenset())
    return found


def test_dashboard_queries_read_marts_only(db_env: Path) -> None:
    """The dashboard reads only mart_* tables and views, with every filter fragment included
    (the SQL console is the analyst's own SQL and is not part of the query layer)."""
    offenders = {}
    for name, template in SQL.items():
        sql, _ = scope.scoped(template, EVERY_FILTER.scope(), *QUERY_PARAMS[name])
        if bad := {t for t in tables_read(sql) if not t.startswith("mart_")}:
            offenders[name] = bad
    assert offenders == {}
    # The check can fail: a fact table, also behind a CTE of the same name, is found.
    assert tables_read("WITH agreements AS (SELECT * FROM agreements), a AS (SELECT 1) "
                       "SELECT * FROM agreements, a, mart_regions WHERE adcode IN "
                       "(SELECT adcode FROM regions) LIMIT ?") \
        == {"agreements", "mart_regions", "regions"}


def test_sql_lives_in_the_query_layer() -> None:
    """Pages and helpers call the query modules; no SQL text elsewhere in the dashboard (the
    console's examples are the analyst's SQL; db.py only wraps a query in a count; fixtures.py
    writes a test database). The check can fail: the console's examples would be found."""
    import ast

    sql_like = re.compile(r"\b(SELECT|FROM|JOIN)\b\s+[\w*(]")
    # Checked above, filled into the queries: the filter fragments and the scope CTEs.
    exempt = {"console.py", "fixtures.py", "db.py", "filters.py", "scope.py"}
    offenders = []
    for path in [ROOT / "dashboard.py", *sorted((ROOT / "app_pages").glob("*.py")),
                 *sorted((ROOT / "dashboard_lib").glob("*.py"))]:
        if path.name in exempt:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and sql_like.search(node.value):
                offenders.append(f"{path.name}: {node.value[:40]!r}")
    assert offenders == []
    console_src = (ROOT / "dashboard_lib" / "console.py").read_text(encoding="utf-8")
    assert any(isinstance(n, ast.Constant) and isinstance(n.value, str) and sql_like.search(n.value)
               for n in ast.walk(ast.parse(console_src)))


def test_table_pages_are_cached_limits_and_downloads_get_every_row(db_env: Path) -> None:
    view = explorer.agreements_table(scope.ALL)
    page, total = view.page(3)
    full = view.full()
    assert len(page) == 3 and total == len(full) == sql_value(db_env,
                                                             "SELECT count(*) FROM agreements")
    assert list(page["agreement_id"]) == list(full["agreement_id"][:3])  # same order
    small, n = view.page(10_000)
    assert n == len(small) == total
    # A table reads only the columns it displays (those the view has), in the view's row order,
    # while its downloads keep every column.
    narrow, n = view.page(3, 0, ["parties", "agreement_id", "no_such_column"])
    assert list(narrow.columns) == ["agreement_id", "parties"] and n == total
    assert list(narrow["agreement_id"]) == list(page["agreement_id"])
    assert list(narrow["parties"]) == list(full["parties"][:3])
    second, _ = view.page(2, 2, ["agreement_id"])
    assert list(second["agreement_id"]) == list(full["agreement_id"][2:4])
    assert set(view.full().columns) == set(full.columns)
    # A total the build stored spares the count query (it is taken as given).
    assert db.Table(view.sql, view.params, total=12345).page(3)[1] == 12345


def test_missing_database_is_a_typed_error(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "none.duckdb"))
    with pytest.raises(db.NoDatabase, match="python -m etl build seeds/"):
        options.filter_options()


def test_database_without_marts_says_to_rebuild(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    old = tmp_path / "old.duckdb"
    duckdb.connect(str(old)).close()
    monkeypatch.setenv("TRACKER_DB", str(old))
    with pytest.raises(db.MissingMarts, match="Rebuild"):
        options.filter_options()


def test_rebuilt_database_is_picked_up_and_the_etl_is_never_blocked(
        seeds_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    live = tmp_path / "live.duckdb"
    shutil.copy2(seeds_db, live)
    monkeypatch.setenv("TRACKER_DB", str(live))
    before = overview.overview_metrics(scope.ALL)["articles"]
    extra = tmp_path / "more"
    extra.mkdir()
    (extra / "zz_new_article.txt").write_text(
        "时间:2024-05-11 来源: 湖北日报\n5月10日，湖北省科协与宜昌市人民政府签署战略合作协议。",
        encoding="utf-8")
    # The dashboard holds its read-only connection; the ETL (another process) still builds.
    result = subprocess.run([sys.executable, "-m", "etl", "build", str(extra), "--db", str(live)],
                            cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    after = overview.overview_metrics(scope.ALL)["articles"]  # no restart, no cache clearing
    assert after == before + 1


def test_connection_is_read_only_and_locked(db_env: Path) -> None:
    with db.cursor() as cur:
        for statement in ["CREATE TABLE t (i INT)", "SET enable_external_access = true",
                          "SELECT * FROM read_text('/etc/passwd')"]:
            with pytest.raises(duckdb.Error):
                cur.execute(statement)


# --------------------------------------------------------------------------- downloads


def test_csv_bytes_are_exactly_specified() -> None:
    df = pd.DataFrame({
        "名称": ["河南省科协", "a,b", None],
        "n": [1, 2, 3],
        "ok": [True, False, True],
        "day": pd.to_datetime(["2023-08-08", None, "2024-01-31"]),
        "tags": [["河南省", "信阳市"], [], ["x"]],
        "share": [0.5, None, 1 / 3],
    })
    expected = ("\ufeff名称,n,ok,day,tags,share\r\n"
                "河南省科协,1,true,2023-08-08,河南省; 信阳市,0.5\r\n"
                "\"a,b\",2,false,,,\r\n"
                ",3,true,2024-01-31,x,0.3333333333333333\r\n").encode("utf-8")
    assert downloads.to_csv_bytes(df) == expected


FORMULAS = ["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\rx", "a=b", "河南", ""]


def test_csv_neutralises_formulas_in_text_cells_only() -> None:
    """OWASP's CSV-injection advice: text beginning with = + - @ tab CR gets a leading quote;
    numbers (a negative one too), dates and booleans are left as they are."""
    df = pd.DataFrame({"=h": FORMULAS,
                       "n": [-3, 1, 2, 3, 4, 5, 6, 7, 8],
                       "x": [-0.5] * 9,
                       "l": [["=x", "y"]] + [["y", "=x"]] * 8})
    expected = ("\ufeff'=h,n,x,l\r\n"
                "'=1+1,-3,-0.5,'=x; y\r\n"
                "'+cmd|' /C calc'!A0,1,-0.5,y; =x\r\n"
                "'-2+3,2,-0.5,y; =x\r\n"
                "'@SUM(A1),3,-0.5,y; =x\r\n"
                "'\tx,4,-0.5,y; =x\r\n"
                "\"'\rx\",5,-0.5,y; =x\r\n"
                "a=b,6,-0.5,y; =x\r\n"
                "河南,7,-0.5,y; =x\r\n"
                ",8,-0.5,y; =x\r\n").encode("utf-8")
    assert downloads.to_csv_bytes(df) == expected


def test_excel_keeps_text_as_text_and_drops_control_characters() -> None:
    df = pd.DataFrame({"a": ["=HYPERLINK(\"http://x\")", "ok\x07bell"], "l": [["p", "q"], []],
                       "=SUM(1)": ["+1", "@x"]})
    ws = load_workbook(io.BytesIO(downloads.to_excel_bytes(df))).active
    assert ws is not None
    assert ws["A2"].data_type == "s" and ws["A2"].value == "=HYPERLINK(\"http://x\")"
    assert ws["C1"].data_type == "s" and ws["C1"].value == "=SUM(1)"  # a header too
    assert (ws["C2"].value, ws["C3"].value) == ("+1", "@x")  # string cells, unchanged
    assert ws["A3"].value == "okbell"
    assert ws["B2"].value == "p; q"


def test_parquet_keeps_types_and_lists() -> None:
    df = pd.DataFrame({"n": [1, 2], "l": [["a"], ["b", "c"]]})
    table = pq.read_table(io.BytesIO(downloads.to_parquet_bytes(df)))
    assert table.column("l").to_pylist() == [["a"], ["b", "c"]]
    assert table.column("n").to_pylist() == [1, 2]


# --------------------------------------------------------------------------- text and charts


def test_highlight_escapes_everything_and_marks_spans() -> None:
    text = "前<script>alert(1)</script>后<img src=x onerror=alert(2)>尾"
    out = textview.highlight_html(text, [(1, 9), (5, 12), (400, 999), (3, 3)], test_id="t")
    assert "<script" not in out and "<img" not in out
    assert out.count("<mark") == 1  # overlapping spans merged, empty and out-of-range dropped
    assert "&lt;script&gt;" in out and "&lt;img src=x onerror=alert(2)&gt;" in out
    assert textview.merge_spans([(5, 8), (0, 2), (2, 3)], 6) == [(0, 3), (5, 6)]


def test_tooltips_escape_markup_and_template_braces() -> None:
    tip = charts_echarts.tooltip_html("<b>河南</b>", ["{a}<img src=x onerror=alert(1)>"] * 12,
                                      "3 项", total=15)
    assert "<img" not in tip and "&lt;img" in tip
    assert "{a}" not in tip and "&#123;a&#125;" in tip
    assert "另 3 项 more" in tip
    with pytest.raises(ValueError):
        charts_echarts.expose_event("x'];alert(1);//")


@pytest.mark.parametrize("top,bands", [
    (1, [(1, 1)]), (3, [(1, 1), (2, 2), (3, 3)]), (9, [(1, 1), (2, 2), (3, 3), (4, 9)]),
    (400, [(1, 1), (2, 2), (3, 20), (21, 400)])])
def test_city_dot_size_bands_cover_every_count(top: int, bands: list[tuple[int, int]]) -> None:
    assert charts_echarts.size_steps(top) == bands
    covered = [n for lo, hi in bands for n in range(lo, hi + 1)]
    assert covered == list(range(1, top + 1))


def test_china_map_options_are_built_from_named_layers() -> None:
    stats = pd.DataFrame({"map_name": ["河南", "北京"], "name": ["河南省", "北京市"],
                          "n_agreements": [3, 0], "n_signed": [2, 0], "n_prefectures": [17, 0],
                          "coverage": [2 / 17, None], "labels": [["a", "b"], []],
                          "n_labels": [3, 0]})
    cities = pd.DataFrame({"name": ["信阳市"], "province": ["河南省"], "province_short": ["河南"],
                           "longitude": [114.1], "latitude": [32.1], "n_agreements": [2],
                           "labels": [["a"]], "n_labels": [2]})
    no_lines = pd.DataFrame(columns=["n_agreements"])
    counted = charts_echarts.china_map_options(stats, cities, no_lines)
    assert [s["type"] for s in counted["series"]] == ["map", "scatter"]
    assert counted["legend"]["data"] == [charts_echarts.CITIES]
    colour = counted["visualMap"]
    assert colour["max"] == 3 and counted["geo"]["map"] == charts_echarts.CHINA_MAP
    assert colour["text"][0] == "协议数 Agreements"  # the colour scale says what it means
    (key,) = counted["graphic"]  # the key to the dot sizes, drawn in the chart
    texts = [c["style"]["text"] for c in key["children"] if c["type"] == "text"]
    assert texts == ["城市点大小 = 协议数 Dot size = agreements", "1 项协议 agreements",
                     "2 项协议 agreements"]
    radii = [c["shape"]["r"] for c in key["children"] if c["type"] == "circle"]
    assert radii == sorted(radii) and radii[-1] * 2 == charts_echarts.point_size(2, 2)
    henan = counted["series"][0]["data"][0]
    assert henan["value"] == 3 and "另 1 项 more" in henan["tooltip"]["formatter"]
    covered = charts_echarts.china_map_options(stats, cities, no_lines, metric="coverage",
                                               show_cities=False)
    assert [d["value"] for d in covered["series"][0]["data"]] == [round(200 / 17, 1), "-"]
    assert covered["legend"] == {"show": False}
    assert covered["visualMap"]["max"] == 100.0 and covered["graphic"] == []  # no dots shown
    assert covered["visualMap"]["formatter"] == "{value}%"
    assert "会市合作覆盖 coverage 2/17 (12%)" in covered["series"][0]["data"][0]["tooltip"][
        "formatter"]


# --------------------------------------------------------------------------- console


ESCAPES = [
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_text('/etc/hostname')",
    "SELECT * FROM read_blob('/proc/self/environ')",
    "SELECT * FROM glob('/*')",
    "SELECT * FROM glob('*')",
    "COPY (SELECT 1) TO '/tmp/tracker_console_escape.csv'",
    "EXPORT DATABASE '/tmp/tracker_console_escape'",
    "ATTACH '/tmp/tracker_console_escape.duckdb' AS x",
    "INSTALL httpfs",
    "SET enable_external_access = true",
    "SET disabled_filesystems = ''",
    "SET memory_limit = '100GB'",
    "RESET lock_configuration",
    "CREATE TABLE evil AS SELECT 1",
    "DELETE FROM agreements",
    "SELECT * FROM read_parquet('https://example.com/x.parquet')",
]
# The database's own file and its neighbours: DuckDB allows them even with external access off.
OWN_FILE_ESCAPES = [
    "SELECT octet_length(content) FROM read_blob('{db}')",
    "SELECT * FROM read_text('{db}')",
    "SELECT * FROM read_blob('{db}.wal')",
    "SELECT * FROM glob('{db}*')",
    "SELECT * FROM glob('{dir}/*')",
    "COPY (SELECT 1) TO '{db}.tmp/x.csv'",
]


@pytest.mark.parametrize("sql", ESCAPES + OWN_FILE_ESCAPES)
def test_console_blocks_escapes(db_env: Path, sql: str) -> None:
    sql = sql.format(db=db_env, dir=db_env.parent)
    with pytest.raises(console.ConsoleError) as caught:
        console.run_console(sql)
    assert "Permission" in str(caught.value) or "Catalog" in str(caught.value) \
        or "read-only" in str(caught.value) or "Cannot" in str(caught.value), caught.value
    assert not Path("/tmp/tracker_console_escape.csv").exists()
    assert not (db_env.parent / f"{db_env.name}.tmp").exists()


def test_reading_the_database_file_worked_without_the_file_system_switch(db_env: Path) -> None:
    """Why OWN_FILE_ESCAPES matter: with external access off and the configuration locked (the
    dashboard's own connection, which runs only the query layer's SQL), the file is readable."""
    n = sql_value(db_env, "SELECT octet_length(content) FROM read_blob(?)", [str(db_env)])
    assert n == db_env.stat().st_size


def test_console_returns_rows_with_a_cap_and_stops_slow_queries(db_env: Path) -> None:
    result = console.run_console("SELECT * FROM range(50) t(i)", max_rows=20)
    assert len(result.frame) == 20 and result.truncated
    assert list(result.frame["i"]) == list(range(20))
    full = console.run_console(console.EXAMPLES["各省协议数 Agreements per province"])
    assert int(full.frame["agreements"].sum()) >= int(sql_value(
        db_env, "SELECT count(*) FROM agreements WHERE len(provinces) > 0"))
    typed = console.run_console("SELECT [1, 2] AS l, DATE '2024-01-02' AS d, NULL AS n, "
                                "'河南' AS s").frame
    assert list(typed.iloc[0]["l"]) == [1, 2] and str(typed.iloc[0]["d"])[:10] == "2024-01-02"
    assert typed.iloc[0]["s"] == "河南"
    assert console.run_console("CHECKPOINT").frame.empty
    with pytest.raises(console.ConsoleError, match=r"stopped after 0\.5 s"):
        console.run_console("SELECT count(*) FROM range(100000000000) a", timeout_s=0.5)
    with pytest.raises(console.ConsoleError, match="Enter a SQL query"):
        console.run_console("   ")


# Queries DuckDB's own interrupt and memory limit do not stop (measured before the worker
# process: 63 s / 13.7 GB, 54 s / 16 GB, 11 s / 4 GB against a 5 s, 1 GB console), plus one that
# only burns time (levenshtein of two 100k strings: ~10 s in one uninterruptible call).
RUNAWAY = {
    "SELECT len(list_sort(range(0, 150000000)))": "内存",
    "SELECT len(range(0, 500000000))": "内存",
    "SELECT repeat('x', 2000000000)": "内存",
    "SELECT levenshtein(repeat('a', 100000), repeat('b', 100000))": "超时",
    "SELECT count(*) FROM range(100000000000) a": "超时",
}
LIMITS_PROBE = """
import json, resource, sys, time
# A safety net for the machine: no process of this probe may take more than 3 GB.
resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
from dashboard_lib import console
out = []
for sql in json.loads(sys.argv[1]):
    t = time.monotonic()
    try:
        console.run_console(sql, timeout_s=1.0, memory_mb=256)
        message = "ok"
    except console.ConsoleError as exc:
        message = str(exc)
    out.append({"sql": sql, "seconds": time.monotonic() - t, "message": message})
# This process's own peak (VmHWM): its ru_maxrss would count the RSS of the process that
# started it (Linux carries it over the exec), i.e. of pytest, which grows with the suite.
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(json.dumps({"results": out,
                  "server_peak_mb": hwm >> 10,
                  "worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss >> 10}))
"""


def test_console_limits_hold_for_queries_duckdb_cannot_stop(db_env: Path) -> None:
    """The real runaway queries against a 1 s / 256 MB console, in a process standing in for the
    dashboard: each stops within the time limit (plus the worker's start) with a clear message,
    and neither that process nor any worker grows beyond the limits."""
    import json

    probe = subprocess.run([sys.executable, "-c", LIMITS_PROBE, json.dumps(list(RUNAWAY))],
                           cwd=ROOT, capture_output=True, text=True, timeout=120,
                           env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert probe.returncode == 0, probe.stderr[-3000:]
    report = json.loads(probe.stdout.strip().splitlines()[-1])
    print(json.dumps(report, ensure_ascii=False, indent=1))  # the figures, for the record
    for row in report["results"]:
        assert RUNAWAY[row["sql"]] in row["message"], row
        assert row["seconds"] < 1.0 + console.STARTUP_S + 1.0, row
    assert report["worker_peak_mb"] < 256 + 200  # the worker's start (~100 MB) plus its limit
    assert report["server_peak_mb"] < 400


def test_dashboard_answers_while_a_console_query_runs(db_env: Path) -> None:
    import threading

    errors: list[str] = []

    def runaway() -> None:
        try:
            console.run_console("SELECT levenshtein(repeat('a', 100000), repeat('b', 100000))",
                                timeout_s=2.0)
        except console.ConsoleError as exc:
            errors.append(str(exc))

    thread = threading.Thread(target=runaway)
    thread.start()
    started = time.monotonic()
    while thread.is_alive() and time.monotonic() - started < 1.5:
        t0 = time.monotonic()
        db.execute("SELECT count(*) FROM mart_agreements")  # uncached: really runs
        assert time.monotonic() - t0 < 0.5
    thread.join()
    assert errors and "超时" in errors[0]


@pytest.mark.parametrize("name", list(console.EXAMPLES))
def test_console_examples_run(db_env: Path, name: str) -> None:
    assert not console.run_console(console.EXAMPLES[name]).frame.columns.empty


# --------------------------------------------------------------------------- importer


def _zip(members: dict[str, bytes], symlink: str | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        if symlink:
            info = zipfile.ZipInfo(symlink)
            info.external_attr = (0o120777 << 16)
            zf.writestr(info, "/etc/passwd")
    return buf.getvalue()


def test_zip_cannot_write_outside_its_folder(tmp_path: Path) -> None:
    root = tmp_path / "uploads"
    data = _zip({"ok/a.txt": "正文".encode(), "../escape.txt": b"x", "/abs/escape.txt": b"x",
                 "C:/win.txt": b"x", "b/../../escape2.txt": b"x", "run.exe": b"MZ",
                 ".hidden.txt": b"x"}, symlink="link.txt")
    staged = importer.stage_uploads([("batch.zip", data), ("notes.pdf", b"%PDF")], root)
    assert [p.relative_to(staged.folder).as_posix() for p in staged.files] == ["batch/ok/a.txt"]
    assert all(p.resolve().is_relative_to(staged.folder.resolve()) for p in staged.files)
    reasons = {name: why.split(":")[0] for name, why in staged.skipped}
    assert reasons == {
        "batch.zip:../escape.txt": "unsafe_path", "batch.zip:/abs/escape.txt": "unsafe_path",
        "batch.zip:C:/win.txt": "unsafe_path", "batch.zip:b/../../escape2.txt": "unsafe_path",
        "batch.zip:link.txt": "unsafe_path", "batch.zip:run.exe": "unsupported",
        "batch.zip:.hidden.txt": "hidden", "notes.pdf": "unsupported"}
    assert not (tmp_path / "escape.txt").exists() and not (root / "escape.txt").exists()


def test_upload_limits_count_unzipped_bytes_and_files(tmp_path: Path) -> None:
    bomb = _zip({"big.txt": b"0" * (3 * 1024 * 1024)})  # compresses to a few KB
    with pytest.raises(importer.UploadError, match="too large"):
        importer.stage_uploads([("bomb.zip", bomb)], tmp_path, max_mb=1)
    many = _zip({f"a{i}.txt": b"x" for i in range(5)})
    with pytest.raises(importer.UploadError, match="Too many"):
        importer.stage_uploads([("many.zip", many)], tmp_path, max_files=4)
    with pytest.raises(importer.UploadError, match="zip"):
        importer.stage_uploads([("fake.zip", b"not a zip")], tmp_path)
    assert importer.safe_name("..\\..\\evil<>.txt") == "evil__.txt"
    assert importer.safe_name("../..") is None


def _leftovers(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*")) if root.exists() else []


def test_zip_member_with_a_300_character_name_is_refused_with_a_reason(tmp_path: Path) -> None:
    root = tmp_path / "uploads"
    long_name = "长" * 100 + ".txt"  # 300 bytes in UTF-8: more than a file name may have
    data = _zip({long_name: "正文".encode(), "ok.txt": "正文".encode(),
                 "d" * 300 + "/a.txt": b"x"})
    staged = importer.stage_uploads([("batch.zip", data), ("x" * 300 + ".txt", b"x")], root)
    assert [p.name for p in staged.files] == ["ok.txt"]
    reasons = {name.split(":")[-1][:3]: why.split(":")[0] for name, why in staged.skipped}
    assert reasons == {"长长长": "name_too_long", "ddd": "name_too_long", "xxx": "name_too_long"}
    assert all("255" in why for _, why in staged.skipped)


def test_refused_uploads_leave_no_files(tmp_path: Path) -> None:
    root = tmp_path / "uploads"
    many = _zip({f"a{i}.txt": b"x" for i in range(5)})
    with pytest.raises(importer.UploadError, match="Too many"):
        importer.stage_uploads([("many.zip", many)], root, max_files=4)
    bomb = _zip({"ok.txt": b"x", "big.txt": b"0" * (3 * 1024 * 1024)})
    with pytest.raises(importer.UploadError, match="too large"):
        importer.stage_uploads([("bomb.zip", bomb)], root, max_mb=1)
    with pytest.raises(importer.UploadError, match="zip"):
        importer.stage_uploads([("a.txt", b"x"), ("fake.zip", b"not a zip")], root)
    assert _leftovers(root) == []


def test_an_import_with_nothing_to_import_or_a_failed_build_leaves_no_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "uploads"
    with pytest.raises(importer.UploadError, match="Nothing to import"):
        importer.import_uploads([("notes.pdf", b"%PDF")], tmp_path / "t.duckdb", root=root)
    assert _leftovers(root) == []

    def broken_build(*_args: Any, **_kwargs: Any) -> Any:
        raise KeyboardInterrupt  # e.g. the page's script stopped in the middle of the build

    monkeypatch.setattr(importer, "run_build", broken_build)
    with pytest.raises(KeyboardInterrupt):
        importer.import_uploads([("a.txt", "正文".encode())], tmp_path / "t.duckdb", root=root)
    assert _leftovers(root) == []


def test_a_successful_import_keeps_its_articles(fresh_seeds_db: Path, tmp_path: Path) -> None:
    root = tmp_path / "uploads"
    article = ("时间:2024-05-11 来源: 湖北日报\n"
               "5月10日，湖北省科协与宜昌市人民政府签署战略合作协议。")
    calls: list[tuple[int, int]] = []
    summary, staged = importer.import_uploads(
        [("zz_yichang.txt", article.encode()), ("notes.pdf", b"%PDF")], fresh_seeds_db,
        lambda n, total, _doc: calls.append((n, total)), root=root)
    assert summary.added == 1 and calls and calls[-1][1] == 1
    assert _leftovers(root) == [staged.folder.name, f"{staged.folder.name}/zz_yichang.txt"]
    assert [r["reason"] for r in importer.outcome_table(summary, staged).to_dict("records")] \
        == ["unsupported"]


# --------------------------------------------------------------------------- fixtures


def test_standalone_fixture_db_has_every_page_s_data(tmp_path: Path) -> None:
    db = fixtures.build_fixture_db(tmp_path / "fx.duckdb")
    con = duckdb.connect(str(db), read_only=True)
    try:
        counts = con.execute("""SELECT (SELECT count(*) FROM mart_agreements),
            (SELECT count(*) FROM mart_initiatives), (SELECT count(DISTINCT build_id) FROM builds),
            (SELECT count(*) FROM articles WHERE clean_text LIKE '%<script>%')""").fetchone()
    finally:
        con.close()
    assert counts is not None and counts[0] > 10 and counts[1] > 10 and counts[2] == 2
    assert counts[3] == 1
