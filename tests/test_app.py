"""AppTest tier: every page runs headless against the dashboard DB; figures match the database.

AppTest runs no JavaScript, so charts are checked through their payloads: the plotly figure
(`json.loads(el.proto.spec)`) and the ECharts options (`el.proto.json`).
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
import json
import re
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard_lib import glossary, ui
from tests.dashboard_support import (
    ROOT,
    expected_overview,
    make_dashboard_db,
    sql_rows,
    sql_value,
)

ALL_SCOPE = {"scope": "全部"}  # tests of other features compare with every agreement
PAGES = ["overview", "map", "timeline", "network", "programmes", "explorer", "organisation",
         "agreement", "programme", "review", "importer", "glossary"]


@pytest.fixture(scope="session")
def dashboard_db(seeds_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_dashboard_db(seeds_db, tmp_path_factory.mktemp("dashboard"))


@pytest.fixture()
def db_env(dashboard_db: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("TRACKER_DB", str(dashboard_db))
    yield dashboard_db


def run_app(page: str = "overview", query: dict[str, Any] | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    if page != "overview":
        at.switch_page(f"app_pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def caption(at: AppTest) -> str:
    """The active-filters caption as displayed (markdown backslash escapes removed)."""
    return re.sub(r"\\(.)", r"\1", at.caption[0].value)


def table_with(at: AppTest, column: str) -> Any:
    """The first table having this column (non-selectable tables carry no key in AppTest)."""
    return next(d.value for d in at.dataframe if column in d.value.columns)


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def plotly_figures(at: AppTest) -> list[dict[str, Any]]:
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def values(array: Any) -> list[Any]:
    """A plotly array from the figure JSON: a list, or a typed array {dtype, bdata(, shape)}."""
    if isinstance(array, dict) and "bdata" in array:
        data = np.frombuffer(base64.b64decode(array["bdata"]), dtype=np.dtype(array["dtype"]))
        return data.tolist()
    return list(array)


def values_2d(array: Any) -> list[list[Any]]:
    if isinstance(array, dict) and "bdata" in array:
        flat = np.frombuffer(base64.b64decode(array["bdata"]), dtype=np.dtype(array["dtype"]))
        rows, cols = (int(x) for x in str(array["shape"]).split(","))
        return flat.reshape(rows, cols).tolist()
    return [list(r) for r in array]


def echarts_payloads(at: AppTest) -> list[dict[str, Any]]:
    return [json.loads(el.proto.json) for el in at.get("bidi_component")]


# --------------------------------------------------------------------------- every page


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_without_exceptions(db_env: Path, page: str) -> None:
    at = run_app(page)
    assert at.title, "each page has a title"
    # permalink pages show the whole record: no filter caption, a note instead
    assert "筛选" in caption(at) or page in ("importer", "glossary") or "永久链接" in caption(at)


@pytest.mark.parametrize("page", PAGES)
def test_missing_database_explains_how_to_build_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, page: str) -> None:
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "absent.duckdb"))
    at = run_app(page)
    if page == "importer":  # the Import page is how a first database can be made
        assert at.get("file_uploader")
        return
    if page == "glossary":  # the words mean the same without a database
        assert len(at.dataframe) == len(glossary.sections())
        return
    assert any("python -m etl build seeds/" in c.value for c in at.code)
    assert any("No database" in i.value for i in at.info)
    assert not at.get("plotly_chart") and not at.get("bidi_component")


@pytest.fixture(scope="session")
def empty_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database the ETL has created but never loaded an article into."""
    import duckdb

    from etl.storage import load

    db = tmp_path_factory.mktemp("empty") / "tracker.duckdb"
    con = duckdb.connect(str(db))
    try:
        load.ensure_schema(con)
        load.rebuild_facts(con)
    finally:
        con.close()
    return db


@pytest.mark.parametrize("page", [p for p in PAGES if p not in ("importer", "glossary")])
def test_empty_database_says_so(empty_db: Path, monkeypatch: pytest.MonkeyPatch,
                                page: str) -> None:
    monkeypatch.setenv("TRACKER_DB", str(empty_db))
    at = run_app(page)
    assert any("holds no data yet" in i.value for i in at.info)


# --------------------------------------------------------------------------- overview


def test_overview_figures_equal_the_database(db_env: Path) -> None:
    shown = metrics(run_app())
    for label, value in expected_overview(db_env).items():
        assert shown[label] == str(value), label
    n_provinces = sql_value(db_env, """
        SELECT count(DISTINCT p) FROM (SELECT unnest(provinces) AS p FROM agreements)""")
    assert shown["省份 Provinces"] == str(n_provinces)
    latest = sql_value(db_env, """
        SELECT date FROM agreements WHERE date IS NOT NULL AND date_precision <> 'unknown'
        ORDER BY event_date DESC LIMIT 1""")
    assert latest in shown["最近签约 Latest signing"]


def test_overview_latest_agreements_table(db_env: Path) -> None:
    at = run_app()
    table = at.dataframe[0].value
    n = sql_value(db_env, "SELECT count(*) FROM agreements")
    assert len(table) == min(10, n)
    newest = sql_value(db_env, "SELECT max(event_date) FROM agreements")
    # dates shown as ISO text; the hidden machine columns (event_date) are not sent at all
    assert any(newest.isoformat() in str(v) for v in table["date_label"])
    assert "event_date" not in table.columns


def test_overview_shows_what_the_latest_build_added(db_env: Path) -> None:
    at = run_app()
    shown = metrics(at)
    last = sql_rows(db_env, "SELECT build_id, added FROM builds ORDER BY build_id DESC LIMIT 1")[0]
    assert shown["构建 Build"] == f"#{last[0]}"
    assert shown["新增/更新文章 Added articles"] == str(last[1])
    new_ids = {r[0] for r in sql_rows(db_env, """
        SELECT s.agreement_id FROM agreement_sources s JOIN articles a USING (article_id)
        GROUP BY s.agreement_id HAVING min(a.build_id) = (SELECT max(build_id) FROM builds)""")}
    shown_ids = {link.rsplit("=", 1)[1] for link in at.dataframe[1].value["agreement_id"]}
    assert shown_ids == new_ids  # each a link to its agreement page


@pytest.mark.parametrize("province", ["河南省", "陕西省"])
def test_province_filter_changes_figures_and_tables(db_env: Path, province: str) -> None:
    at = run_app()
    before = metrics(at)["协议 Agreements"]
    at.multiselect(key="province").set_value([province]).run()
    assert not at.exception
    shown = metrics(at)
    for label, value in expected_overview(db_env, province).items():
        assert shown[label] == str(value), label
    assert shown["协议 Agreements"] != before
    assert province in caption(at)
    assert all(province in list(p) for p in at.dataframe[0].value["province_names"])


def test_filter_set_through_the_url_is_applied(db_env: Path) -> None:
    at = run_app(query={"province": "陕西省", "signing": "新签", **ALL_SCOPE})
    expected = sql_value(db_env, """
        SELECT count(*) FROM agreements
        WHERE list_contains(provinces, '陕西省') AND is_new_signing""")
    assert metrics(at)["协议 Agreements"] == str(expected)
    assert at.multiselect(key="province").value == ["陕西省"]
    assert "新签 New" in caption(at)


def test_text_search_and_date_range(db_env: Path) -> None:
    at = run_app()
    at.text_input(key="q").set_value("信阳").run()
    n = sql_value(db_env, """
        SELECT count(*) FROM agreements a WHERE EXISTS (
            SELECT 1 FROM agreement_parties p
            WHERE p.agreement_id = a.agreement_id AND p.name LIKE '%信阳%')""")
    assert metrics(at)["协议 Agreements"] == str(n)
    at.text_input(key="q").set_value("").run()
    at.date_input(key="date").set_value((dt.date(2023, 1, 1), dt.date(2023, 12, 31))).run()
    n = sql_value(db_env, """
        SELECT count(*) FROM agreements
        WHERE event_date >= DATE '2023-01-01' AND event_date <= DATE '2023-12-31'
          AND date_precision <> 'unknown'""")
    assert metrics(at)["协议 Agreements"] == str(n)
    assert "2023-01-01 ~ 2023-12-31" in caption(at)


def test_reset_button_clears_filters(db_env: Path) -> None:
    at = run_app(query={"province": "陕西省", **ALL_SCOPE})
    at.button(key="reset_filters").click().run()
    total = expected_overview(db_env)["协议 Agreements"]  # the default scope is back
    assert metrics(at)["协议 Agreements"] == str(total)
    assert caption(at) == "筛选 Filters: 范围 Scope = 科协参与 With a 科协"


# --------------------------------------------------------------------------- map


def map_series(at: AppTest, index: int = 0) -> dict[str, Any]:
    return echarts_payloads(at)[index]


def province_counts(db: Path, model: str | None = None) -> dict[str, int]:
    rows = sql_rows(db, """
        SELECT r.map_name, count(DISTINCT a.agreement_id)
        FROM agreements a, unnest(a.provinces) AS u(p)
        JOIN regions r ON r.level = 'province' AND r.name = u.p
        WHERE ?::VARCHAR IS NULL OR a.model = ?
        GROUP BY ALL""", [model, model])
    return dict(rows)


def test_map_colours_provinces_by_agreements(db_env: Path) -> None:
    at = run_app("map", ALL_SCOPE)
    payload = map_series(at)
    assert payload["map"]["mapName"] == "china"  # the name that makes ECharts draw 南海诸岛
    assert len(payload["map"]["geoJson"]["features"]) == 34
    options = payload["options"]
    assert options["geo"]["map"] == "china"
    data = {d["name"]: d["value"] for d in options["series"][0]["data"]}
    assert len(data) == 34
    expected = province_counts(db_env)
    assert {k: v for k, v in data.items() if v} == expected
    assert options["visualMap"]["max"] >= max(expected.values())
    features = {f["properties"]["name"] for f in payload["map"]["geoJson"]["features"]}
    assert set(data) <= features  # every province has a feature to colour


def test_map_partner_lines_and_city_points(db_env: Path) -> None:
    options = map_series(run_app("map", ALL_SCOPE))["options"]
    kinds = {s["type"]: s for s in options["series"]}
    seats = {r[0]: (r[1], r[2]) for r in sql_rows(db_env, """
        SELECT name, longitude, latitude FROM regions WHERE adcode IN ('110000', '410000')""")}
    line_starts = {tuple(d["coords"][0]) for d in kinds["lines"]["data"]}
    assert seats["北京市"] in line_starts  # 中国科协 (national) sits in Beijing
    assert seats["河南省"] in line_starts  # 河南省科协 to its cities
    expected = dict(sql_rows(db_env, """
        SELECT c, count(DISTINCT agreement_id) FROM
            (SELECT agreement_id, unnest(cities) AS c FROM agreements) GROUP BY c"""))
    shown = {d["name"]: d["value"][2] for d in kinds["scatter"]["data"]}
    assert shown == expected


def test_map_coverage_and_model_switch(db_env: Path) -> None:
    at = run_app("map", query={"map_metric": "覆盖率"})
    data = {d["name"]: d["value"] for d in map_series(at)["options"]["series"][0]["data"]}
    signed = sql_value(db_env, """
        SELECT count(DISTINCT c) FROM (
            SELECT unnest(cities) AS c FROM agreements
            WHERE model = '会市合作' AND list_contains(provinces, '河南省'))""")
    total = sql_value(db_env, "SELECT count(*) FROM regions WHERE level = 'prefecture' "
                              "AND province_adcode = '410000'")
    assert data["河南"] == pytest.approx(round(100 * signed / total, 1))  # percent
    assert data["北京"] == "-"  # a municipality has no prefecture-level cities
    at.pills(key="map_model").set_value("省会合作").run()
    at.segmented_control(key="map_metric").set_value("协议数").run()
    data = {d["name"]: d["value"] for d in map_series(at)["options"]["series"][0]["data"]}
    assert {k: v for k, v in data.items() if v} == province_counts(db_env, "省会合作")


def test_map_province_drill_down(db_env: Path) -> None:
    at = run_app("map", query={"drill": "河南"})
    payloads = echarts_payloads(at)
    assert len(payloads) == 2
    province = payloads[1]
    assert province["map"]["mapName"] == "河南"
    names = {d["name"]: d["value"] for d in province["options"]["series"][0]["data"]}
    features = {f["properties"]["name"] for f in province["map"]["geoJson"]["features"]}
    assert set(names) <= features
    expected_units = {r[0] for r in sql_rows(db_env, """
        SELECT map_name FROM regions WHERE province_adcode = '410000'
          AND (level = 'prefecture' OR (level = 'county' AND parent_adcode = '410000'))""")}
    assert set(names) == expected_units
    signed = {r[0] for r in sql_rows(db_env, """
        SELECT DISTINCT unnest(cities) FROM agreements WHERE list_contains(provinces, '河南省')""")}
    assert {n for n, v in names.items() if v} == signed
    pieces = province["options"]["visualMap"]["pieces"]  # ECharts 6 needs gte/lte bounds
    assert pieces[0]["gte"] == 1 and pieces[1]["lte"] == 0
    n_pref = sql_value(db_env, "SELECT count(*) FROM regions WHERE level = 'prefecture' "
                               "AND province_adcode = '410000'")
    assert metrics(at)["已签约城市 Signed cities"] == f"{len(signed)} / {n_pref}"


def test_map_tooltips_escape_article_text(db_env: Path) -> None:
    options = map_series(run_app("map"))["options"]
    henan = next(d for d in options["series"][0]["data"] if d["name"] == "河南")
    tip = henan["tooltip"]["formatter"]
    assert "&lt;img" in tip and "<img" not in tip
    assert all("<script" not in json.dumps(s, ensure_ascii=False) for s in options["series"])


def test_map_follows_the_sidebar_filters(db_env: Path) -> None:
    at = run_app("map", query={"province": "陕西省"})
    data = {d["name"]: d["value"] for d in map_series(at)["options"]["series"][0]["data"]}
    assert {k for k, v in data.items() if v} == {"陕西"}


# --------------------------------------------------------------------------- timeline


MONTHLY_TAB, POINTS_TAB, COVERAGE_TAB = ({"chart": t} for t in (
    "每月签约 Per month", "每项协议 Each agreement", "覆盖率 Coverage"))


def test_timeline_draws_one_chart_its_tab_names(db_env: Path) -> None:
    """The three charts are tabs (?chart=…), only the open one queried and drawn: three plotly
    charts at once were most of the page's 4.5-5 s on 1M articles. The tab is in the URL."""
    titles = {}
    for tab in (MONTHLY_TAB, POINTS_TAB, COVERAGE_TAB):
        at = run_app("timeline", {**ALL_SCOPE, **tab})
        figures = plotly_figures(at)
        assert len(figures) == 1, tab
        titles[tab["chart"]] = figures[0]["layout"]["title"]["text"]
        assert [t.label for t in at.tabs] == ["每月签约 Per month", "每项协议 Each agreement",
                                              "覆盖率 Coverage"]
    assert titles["每月签约 Per month"].startswith("每月签约 Signings per month")
    assert titles["每项协议 Each agreement"].startswith("每项协议 Each agreement")
    assert "覆盖率" in titles["覆盖率 Coverage"]
    default = plotly_figures(run_app("timeline", ALL_SCOPE))  # no ?chart: the first tab
    assert [f["layout"]["title"]["text"] for f in default] == [titles["每月签约 Per month"]]


def test_timeline_tables_are_drawn_when_opened(db_env: Path) -> None:
    """A chart's data table is one click away (its expander), made only when opened."""
    at = run_app("timeline", {**ALL_SCOPE, **MONTHLY_TAB})
    assert not at.dataframe
    assert [e.label for e in at.expander][-1] == "数据 Data: 每月签约 signings per month"
    at.session_state["x_monthly"] = True
    at.run()
    table = next(d.value for d in at.dataframe if "n" in d.value.columns)
    assert int(table["n"].sum()) == sql_value(
        db_env, "SELECT count(*) FROM agreements WHERE length(date) >= 7")


def test_timeline_monthly_counts_by_model(db_env: Path) -> None:
    monthly = plotly_figures(run_app("timeline", {**ALL_SCOPE, **MONTHLY_TAB}))[0]
    shown: dict[str, int] = {}
    for trace in monthly["data"]:
        assert trace["type"] == "bar"
        shown[trace["name"]] = shown.get(trace["name"], 0) + sum(values(trace["y"]))
    expected = dict(sql_rows(db_env, """
        SELECT model, count(*) FROM agreements WHERE length(date) >= 7 GROUP BY model"""))
    assert shown == expected


def test_timeline_points_show_date_precision(db_env: Path) -> None:
    points = plotly_figures(run_app("timeline", {**ALL_SCOPE, **POINTS_TAB}))[0]
    symbol_of = {"day": "circle", "month": "square", "year": "diamond",
                 "approx": "circle-open", "unknown": "x-thin-open"}
    shown: dict[str, str] = {}
    for trace in points["data"]:
        if trace.get("mode") == "markers" and trace.get("customdata"):
            shown.update(zip(values(trace["customdata"]), trace["marker"]["symbol"],
                             strict=True))
    expected = dict(sql_rows(db_env, """
        SELECT agreement_id, date_precision FROM agreements
        WHERE event_date IS NOT NULL OR date_after IS NOT NULL"""))
    assert set(shown) == set(expected)
    assert {k: symbol_of[v] for k, v in expected.items()} == shown
    assert {"day", "month", "approx"} <= set(expected.values())  # the fixture has each kind
    ranges = [t for t in points["data"] if t.get("mode") == "lines"]
    assert ranges, "month/year/bounded dates are drawn as ranges"


def test_timeline_coverage_ends_at_current_coverage(db_env: Path) -> None:
    coverage = plotly_figures(run_app("timeline", COVERAGE_TAB))[0]
    henan = next(t for t in coverage["data"] if t["name"] == "河南")
    signed = sql_value(db_env, """
        SELECT count(DISTINCT c) FROM (SELECT unnest(cities) AS c FROM agreements
            WHERE model = '会市合作' AND list_contains(provinces, '河南省'))""")
    total = sql_value(db_env, "SELECT count(*) FROM regions WHERE level = 'prefecture' "
                              "AND province_adcode = '410000'")
    shares = values(henan["y"])
    assert shares[-1] == pytest.approx(signed / total)
    assert shares == sorted(shares)  # cumulative


WARMED_PAGES = ["overview", "map", "timeline", "network", "programmes", "explorer", "organisation",
                "review"]


def test_the_warm_up_serves_every_default_view_from_the_cache(
        db_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """After the server's warm-up (dashboard_lib/warmup.py) the first visit of each dashboard
    page runs no query of its own: every one was answered while nobody was waiting."""
    import streamlit as st

    from dashboard_lib import db, review, warmup

    st.cache_data.clear()
    had_store = review.store().exists()
    assert warmup.run_all() > 0
    assert review.store().exists() == had_store  # the review queue's warm-up only reads
    ran: list[str] = []
    execute = db.execute

    def counted(sql: str, params: Any = (), path: Any = None) -> Any:
        ran.append(" ".join(sql.split())[:120])
        return execute(sql, params, path)

    monkeypatch.setattr(db, "execute", counted)
    for page in WARMED_PAGES:
        run_app(page)
        assert ran == [], (page, ran)
    st.cache_data.clear()
    run_app("timeline")
    assert ran  # the test can fail: without the warm-up the page runs its queries


def test_the_warm_up_waits_while_a_visitor_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The warm-up takes idle time only: each of its queries waits for visitors' runs to end."""
    import threading
    import time

    from dashboard_lib import warmup

    monkeypatch.setattr(warmup, "YIELD_MAX_S", 5.0)
    done = threading.Event()
    with warmup.visitor():
        waiter = threading.Thread(target=lambda: (warmup._wait_for_idle(), done.set()))
        waiter.start()
        time.sleep(0.3)
        assert not done.is_set()  # a visitor's run is in progress
    assert done.wait(2.0)  # and the warm-up goes on once it ended
    waiter.join()


def test_the_served_app_starts_the_warm_up_with_the_server(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`streamlit run serve.py` (make run) serves dashboard.py behind st.App, whose lifespan
    starts the warm-up, imports included, when the server starts: before any visitor."""
    import asyncio
    import sys
    import threading

    from streamlit.web.server.app_discovery import discover_asgi_app

    from dashboard_lib import warmup

    assert discover_asgi_app(ROOT / "serve.py").is_asgi_app  # what `streamlit run` checks
    assert 'st.App("dashboard.py", lifespan=lifespan)' in (ROOT / "serve.py").read_text(
        encoding="utf-8")
    started: list[bool] = []
    monkeypatch.setattr(warmup, "start", lambda imports=False: started.append(imports))

    async def serve_once() -> None:
        async with warmup.lifespan(None):
            assert started == [True]  # started before the server takes its first request

    # in a thread of its own: a browser test earlier in the run may leave this thread's event
    # loop running (Playwright's sync API), and asyncio.run refuses to nest in it
    failures: list[BaseException] = []

    def serve() -> None:
        try:
            asyncio.run(serve_once())
        except BaseException as exc:  # reported to the test's thread below
            failures.append(exc)

    server = threading.Thread(target=serve)
    server.start()
    server.join(timeout=60)
    assert not server.is_alive() and failures == [] and started == [True]
    warmup.import_heavy()
    assert all(name in sys.modules for name in warmup.HEAVY_IMPORTS)


def test_timeline_says_when_it_draws_only_the_latest_points(
        db_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past TRACKER_TIMELINE_MAX_POINTS the chart draws the most recent agreements and a caption
    says so and where the others are (the table below it holds every one), never silently."""
    monkeypatch.setenv("TRACKER_TIMELINE_MAX_POINTS", "3")
    at = run_app("timeline", {**ALL_SCOPE, **POINTS_TAB})
    points = plotly_figures(at)[0]
    drawn = [a for t in points["data"] if t.get("mode") == "markers" and t.get("customdata")
             for a in values(t["customdata"])]
    dated = sql_rows(db_env, """SELECT agreement_id FROM mart_agreements WHERE date_lo IS NOT NULL
        ORDER BY date_lo DESC, agreement_id""")
    assert len(dated) > 3 and sorted(drawn) == sorted(r[0] for r in dated[:3])
    note = next(c.value for c in at.caption if "只画出最近的" in c.value)
    assert f"只画出最近的 3 项协议（共 {len(dated)} 项有日期）" in note
    assert "“每项协议”表格" in note and "each agreement" in note
    at.session_state["x_points"] = True  # the table "each agreement", one click away
    at.run()
    table = next(d.value for d in at.dataframe if "date_precision" in d.value.columns)
    assert len(table) == sql_value(db_env, "SELECT count(*) FROM mart_agreements")
    monkeypatch.delenv("TRACKER_TIMELINE_MAX_POINTS")
    assert not any("只画出最近的" in c.value
                   for c in run_app("timeline", {**ALL_SCOPE, **POINTS_TAB}).caption)


def test_timeline_draws_agreements_of_several_provinces_in_one_row() -> None:
    """One row per province plus one for several provinces (a row per combination of provinces
    was 199 rows on 1M articles); the hover still names the provinces."""
    from dashboard_lib import charts_plotly as cp

    df = pd.DataFrame({
        "agreement_id": ["a", "b", "c", "d"], "date_precision": ["day"] * 4,
        "date_lo": pd.to_datetime(["2023-01-01", "2023-02-01", "2023-03-01", "2023-04-01"]),
        "date_hi": pd.to_datetime(["2023-01-01", "2023-02-01", "2023-03-01", "2023-04-01"]),
        "date_label": ["2023"] * 4, "model": ["会市合作"] * 4, "type": ["协议"] * 4,
        "parties": ["x"] * 4, "is_new_signing": [True] * 4,
        "province_short": [["河南"], ["河南", "湖北"], ["湖北", "陕西"], ["陕西"]]})
    fig = cp.agreement_points(df)
    names = list(fig.layout.yaxis.ticktext)
    assert names == ["多省 several provinces", "陕西", "河南"]  # bottom to top
    marks = next(t for t in fig.data if t.mode == "markers" and t.customdata is not None)
    row_of = {a: names[round(y)] for a, y in zip(marks.customdata, marks.y, strict=True)}
    assert row_of == {"a": "河南", "b": "多省 several provinces",
                      "c": "多省 several provinces", "d": "陕西"}
    hover = dict(zip(marks.customdata, marks.text, strict=True))
    assert "河南/湖北" in hover["b"] and "湖北/陕西" in hover["c"]


def test_timeline_follows_filters(db_env: Path) -> None:
    at = run_app("timeline", query={"province": "陕西省", **POINTS_TAB})
    points = plotly_figures(at)[0]
    names = points["layout"]["yaxis"]["ticktext"]  # one row per province, points dodged within
    rows = {names[round(y)] for t in points["data"]
            if t.get("mode") == "markers" and t.get("customdata") for y in values(t["y"])}
    assert rows == {"陕西"}


# --------------------------------------------------------------------------- programmes


def test_programmes_tree_bars_heatmap_and_pilots(db_env: Path) -> None:
    at = run_app("programmes", ALL_SCOPE)
    assert [t.label for t in at.tabs] == ["项目构成 Family → programme",
                                          "省份 × 类别 Province × family",
                                          "试点认定 Pilot designations"]
    tree, top = plotly_figures(at)  # the first tab's; the others are drawn when opened
    assert not at.dataframe
    provinces = run_app("programmes", {**ALL_SCOPE, "prog_tab": "省份 × 类别 Province × family"})
    (heat,) = plotly_figures(provinces)
    pilots_tab = run_app("programmes", {**ALL_SCOPE, "prog_tab": "试点认定 Pilot designations"})
    assert not plotly_figures(pilots_tab)
    mentions = sql_value(db_env, "SELECT count(*) FROM initiative_mentions")
    sunburst = tree["data"][0]
    assert sunburst["type"] == "sunburst"
    family_totals = {label: value for label, value, parent in zip(
        sunburst["labels"], values(sunburst["values"]), sunburst["parents"], strict=True)
        if parent == ""}
    expected = dict(sql_rows(db_env, """
        SELECT i.family, count(*)
        FROM initiative_mentions m JOIN initiatives i USING (initiative_id) GROUP BY ALL"""))
    assert family_totals == expected and sum(family_totals.values()) == mentions
    by_name: dict[str, int] = {}
    for trace in top["data"]:
        for name, n in zip(trace["y"], values(trace["x"]), strict=True):
            by_name[name] = by_name.get(name, 0) + n
    counts = dict(sql_rows(db_env, """
        SELECT i.name, count(*)
        FROM initiative_mentions m JOIN initiatives i USING (initiative_id) GROUP BY ALL"""))
    for name, n in by_name.items():
        assert counts[html.unescape(name)] == n
    assert sum(sum(row) for row in values_2d(heat["data"][0]["z"])) == mentions
    pilots = pilots_tab.dataframe[-1].value
    n_pilots = sql_value(db_env, """
        SELECT count(*) FROM initiative_mentions m JOIN initiatives i USING (initiative_id)
        WHERE i.kind = 'pilot'""")
    assert len(pilots) == n_pilots


def test_programme_names_are_escaped_in_charts(db_env: Path) -> None:
    tree, top = plotly_figures(run_app("programmes"))
    labels = tree["data"][0]["labels"] + [y for t in top["data"] for y in t["y"]]
    assert any("&lt;script&gt;" in label for label in labels)
    assert not any("<script" in label for label in labels)


def test_programmes_follow_the_family_filter(db_env: Path) -> None:
    at = run_app("programmes", query={"family": "科普"})
    sunburst = plotly_figures(at)[0]["data"][0]
    assert [lab for lab, par in zip(sunburst["labels"], sunburst["parents"], strict=True)
            if par == ""] == ["科普"]


# --------------------------------------------------------------------------- explorer


EXPLORER_TABS = {"t_agreements": "协议 Agreements", "t_parties": "参与方 Parties",
                 "t_initiatives": "项目 Programmes", "t_articles": "文章 Articles"}


def explorer_tables(query: dict[str, Any]) -> dict[str, Any]:
    """Each table of the Explorer, its tab opened (only the open tab is drawn)."""
    tables = {}
    for key, tab in EXPLORER_TABS.items():
        at = run_app("explorer", query={**query, "tab": tab})
        tables[key] = next(d.value for d in at.dataframe if d.key == key)
    return tables


def test_explorer_draws_only_the_open_tab(db_env: Path) -> None:
    """Each table is a page of up to 5,000 rows: only the open tab's is sent to the browser."""
    at = run_app("explorer")
    assert [d.key for d in at.dataframe] == ["t_agreements"]
    for key, tab in EXPLORER_TABS.items():
        at = run_app("explorer", query={"tab": tab})
        assert [d.key for d in at.dataframe] == [key]
        assert at.text_area(key="sql") is not None  # the console is drawn in every tab


def test_a_table_whose_rows_can_be_chosen_shows_them_page_by_page(
        db_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Selectable tables cannot load lazily: they show pages (of TRACKER_TABLE_MAX_ROWS, at most
    ui.SELECT_PAGE_ROWS rows) with a page number; the downloads hold every row."""
    from dashboard_lib import scope
    from dashboard_lib.queries import explorer

    monkeypatch.setenv("TRACKER_TABLE_MAX_ROWS", "2")
    every = list(explorer.agreements_table(scope.ALL).full()["agreement_id"])
    assert len(every) > 4
    at = run_app("explorer", ALL_SCOPE)
    rows = next(d.value for d in at.dataframe if d.key == "t_agreements")
    assert [link.rsplit("=", 1)[1] for link in rows["agreement_id"]] == every[:2]
    pages = -(-len(every) // 2)
    page_number = at.number_input(key="t_agreements_page")
    assert page_number.value == 1 and f"共 {pages} 页 pages" in page_number.label
    page_number.set_value(2).run()
    assert not at.exception
    rows = next(d.value for d in at.dataframe if d.key == "t_agreements_p2")
    assert [link.rsplit("=", 1)[1] for link in rows["agreement_id"]] == every[2:4]
    assert any(f"显示第 3–4 行，共 {len(every)} 行" in c.value for c in at.caption)
    assert ui.SELECT_PAGE_ROWS == 1000


def test_a_chosen_party_is_in_the_url_and_chosen_again_after_switching_tabs(
        db_env: Path) -> None:
    """A Parties row chosen by a click was forgotten when the person switched tabs (only the
    open tab is drawn, and its widget state went with it): it is in the URL now, like the other
    tabs' rows (?party=<agreement_id>:<position>), and chosen again from it."""
    agreement_id, position, name, article_id = sql_rows(db_env, """
        SELECT p.agreement_id, p.position, p.name, p.article_id FROM mart_agreement_parties p
        WHERE p.in_kx_scope ORDER BY p.event_date DESC NULLS LAST, p.agreement_id, p.position
        LIMIT 1 OFFSET 1""")[0]
    at = run_app("explorer", query={"tab": "参与方 Parties"})
    at.session_state["t_parties"] = {"selection": {"rows": [1], "columns": []}}
    at.run()
    assert at.query_params["party"] == f"{agreement_id}:{position}"

    def chosen(at: AppTest) -> list[str]:
        return [link.proto.label for link in at.get("page_link")]

    org_link = f"机构页 Organisation page: {name}"
    assert org_link in chosen(at)
    assert any(article_id in t.value for t in at.text)  # its article is shown
    # Coming back to the tab is a run with the URL's row (AppTest cannot click a tab: the
    # browser test tests/e2e/test_views.py switches tabs), as is a shared link.
    shared = run_app("explorer", query={"tab": "参与方 Parties",
                                        "party": f"{agreement_id}:{position}"})
    assert org_link in chosen(shared) and any(article_id in t.value for t in shared.text)


def test_explorer_tables_follow_filters(db_env: Path) -> None:
    tables = explorer_tables({"province": "河南省"})
    assert len(tables["t_agreements"]) == sql_value(
        db_env, "SELECT count(*) FROM agreements WHERE list_contains(provinces, '河南省')")
    assert len(tables["t_parties"]) == sql_value(db_env, """
        SELECT count(*) FROM agreement_parties WHERE agreement_id IN (
            SELECT agreement_id FROM agreements WHERE list_contains(provinces, '河南省'))""")
    assert len(tables["t_initiatives"]) == sql_value(db_env, """
        SELECT count(*) FROM initiative_mentions m JOIN initiatives i USING (initiative_id)
        JOIN regions r ON r.adcode = i.region_adcode WHERE r.province = '河南省'""")
    assert set(tables["t_articles"]["article_id"]) == {r[0] for r in sql_rows(db_env, """
        SELECT DISTINCT s.article_id FROM agreement_sources s JOIN agreements a USING (agreement_id)
        WHERE list_contains(a.provinces, '河南省')
        UNION
        SELECT m.article_id FROM initiative_mentions m JOIN initiatives i USING (initiative_id)
        JOIN regions r ON r.adcode = i.region_adcode WHERE r.province = '河南省'""")}
    assert "clean_text" not in tables["t_articles"].columns  # texts only in the viewer


def test_explorer_shows_selected_article_escaped_with_evidence(db_env: Path) -> None:
    at = run_app("explorer", query={"q": "驻马店签约", "tab": "文章 Articles"})
    articles = next(d for d in at.dataframe if d.key == "t_articles").value
    assert list(articles["article_id"]) == ["x99_hostile_markup"]
    at.session_state["t_articles"] = {"selection": {"rows": [0], "columns": []}}
    at.run()
    assert not at.exception
    boxes = [h.proto.body for h in at.get("html")]
    clean = next(b for b in boxes if 'data-testid="clean-text"' in b)
    original = next(b for b in boxes if 'data-testid="original-text"' in b)
    for box in (clean, original):
        assert "<script" not in box and "<img" not in box
        assert "&lt;script&gt;window.__xss = 1&lt;/script&gt;" in box
    evidence = sql_value(db_env, "SELECT evidence FROM agreement_sources "
                                 "WHERE article_id = 'x99_hostile_markup'")
    assert html.escape(evidence) in clean.split("<mark", 1)[1]  # the evidence is highlighted
    assert any("<script>window.__xss = 1</script>驻马店签约" in t.value for t in at.text)


def test_article_body_search_is_an_opt_in_reachable_from_the_url(db_env: Path) -> None:
    """Text search matches titles, parties, programmes and evidence; article bodies only with the
    fulltext toggle (?fulltext=true), which is slower on large databases."""
    word = "正文含有"  # in the body of x99_hostile_markup (exclusion: test_dashboard_lib)
    body_only = sql_value(db_env, "SELECT count(*) FROM articles WHERE contains(clean_text, ?)",
                          [word])
    assert body_only >= 1
    expected = {r[0] for r in sql_rows(db_env, """
        SELECT article_id FROM articles WHERE contains(clean_text, ?) OR contains(title, ?)""",
        [word, word])}
    at = run_app("explorer", query={"q": word, "fulltext": "true", "tab": "文章 Articles"})
    assert at.toggle(key="fulltext").value is True
    assert "同时搜索正文 Also search article text" in caption(at)
    articles = next(d for d in at.dataframe if d.key == "t_articles").value
    assert set(articles["article_id"]) >= expected - {None}
    at.toggle(key="fulltext").set_value(False).run()
    assert not at.exception
    plain = next(d for d in at.dataframe if d.key == "t_articles").value
    assert set(plain["article_id"]) <= set(articles["article_id"])


def test_console_runs_examples_and_refuses_escapes(db_env: Path) -> None:
    at = run_app("explorer")
    at.selectbox(key="console_example").select("签约最多的科协 Most active 科协").run()
    assert "mart_agreements" in at.text_area(key="sql").value
    at.button(key="console_run").click().run()
    result = table_with(at, "cast_name")
    expected = sql_rows(db_env, """SELECT cast_name, count(*) FROM mart_agreements
        WHERE cast_name IS NOT NULL GROUP BY 1 ORDER BY 2 DESC""")
    assert dict(zip(result["cast_name"], result["agreements"], strict=True)) == dict(expected)
    at.text_area(key="sql").set_value("SELECT * FROM read_csv('/etc/passwd')").run()
    at.button(key="console_run").click().run()
    assert [w.value for w in at.warning] == [ui.console_error_sentence("PermissionException")]
    assert at.warning[0].value.startswith("不允许：控制台只读")
    assert any("Permission" in c.value for c in at.code)  # the DuckDB detail, folded away
    assert not any("cast_name" in d.value.columns for d in at.dataframe)


# --------------------------------------------------------------------------- import


def _zip_bytes(members: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, text in members.items():
            zf.writestr(name, text.encode("utf-8"))
    return buf.getvalue()


def test_import_runs_the_etl_and_other_pages_see_the_new_data(
        dashboard_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "tracker.duckdb"
    shutil.copy2(dashboard_db, db)
    monkeypatch.setenv("TRACKER_DB", str(db))
    monkeypatch.setenv("TRACKER_UPLOAD_DIR", str(tmp_path / "uploads"))
    before = sql_value(db, "SELECT count(*) FROM articles")
    article = ("时间:2024-05-11 09:00 来源: 湖北日报\n"
               "5月10日，湖北省科协与宜昌市人民政府签署战略合作协议，双方将在科技创新等方面深化合作。")
    seed = (ROOT / "seeds" / "000_50788d440d7a5e4f.txt").read_bytes().decode("utf-8")
    upload = _zip_bytes({"new/zz_yichang.txt": article, "../escape.txt": article,
                         "000_50788d440d7a5e4f.txt": seed, "empty.txt": ""})
    at = run_app("importer")
    at.get("file_uploader")[0].set_value([("batch.zip", upload, "application/zip")]).run()
    at.button(key="import_run").click().run()
    assert not at.exception, [e.value for e in at.exception]
    shown = metrics(at)
    assert shown["新增/更新 Added"] == "1"
    assert shown["未变 Unchanged"] == "1"
    rejected = table_with(at, "reason")
    assert set(rejected["reason"]) >= {"不安全的路径 unsafe path", "空文件 empty"}  # labelled
    assert not (tmp_path / "escape.txt").exists()
    assert sql_value(db, "SELECT count(*) FROM articles") == before + 1
    overview = run_app(query=ALL_SCOPE)
    assert metrics(overview)["文章 Articles"] == str(before + 1)


def test_url_values_cannot_inject_markdown(db_env: Path) -> None:
    at = run_app(query={"q": "![x](http://example.com/pixel.png) *b*"})
    raw = at.caption[0].value
    assert "![x](" not in raw and "\\!\\[x\\]" in raw  # shown as text, not an image
    assert caption(at).endswith("“![x](http://example.com/pixel.png) *b*”")


def _uploads_left(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


def test_import_of_a_zip_member_with_a_300_character_name_says_why(
        dashboard_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """It used to raise OSError (Streamlit's exception box) and leave the staging folder."""
    db = tmp_path / "tracker.duckdb"
    shutil.copy2(dashboard_db, db)
    uploads = tmp_path / "uploads"
    monkeypatch.setenv("TRACKER_DB", str(db))
    monkeypatch.setenv("TRACKER_UPLOAD_DIR", str(uploads))
    at = run_app("importer")
    at.get("file_uploader")[0].set_value(
        [("long.zip", _zip_bytes({"长" * 100 + ".txt": "正文"}), "application/zip")]).run()
    at.button(key="import_run").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("Nothing to import" in w.value and "255" in w.value for w in at.warning)
    assert _uploads_left(uploads) == []


def test_refused_import_says_why_and_leaves_no_files(
        dashboard_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    uploads = tmp_path / "uploads"
    monkeypatch.setenv("TRACKER_DB", str(dashboard_db))
    monkeypatch.setenv("TRACKER_UPLOAD_DIR", str(uploads))
    monkeypatch.setenv("TRACKER_UPLOAD_MAX_FILES", "3")
    at = run_app("importer")
    many = _zip_bytes({f"a{i}.txt": "正文" for i in range(5)})
    at.get("file_uploader")[0].set_value([("many.zip", many, "application/zip")]).run()
    at.button(key="import_run").click().run()
    assert not at.exception
    assert any("文件过多" in w.value and "Too many files" in w.value for w in at.warning)
    assert _uploads_left(uploads) == []
    assert "import_result" not in at.session_state
