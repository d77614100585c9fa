"""AppTest tier: every page runs headless against the dashboard DB; figures match the database.

AppTest runs no JavaScript, so charts are checked through their payloads: the plotly figure
(`json.loads(el.proto.spec)`) and the ECharts options (`el.proto.json`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from tests.dashboard_support import (
    ROOT,
    expected_overview,
    make_dashboard_db,
    sql_rows,
    sql_value,
)

PAGES = ["overview", "map", "timeline", "programmes", "explorer", "importer"]


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


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def plotly_figures(at: AppTest) -> list[dict[str, Any]]:
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def echarts_payloads(at: AppTest) -> list[dict[str, Any]]:
    return [json.loads(el.proto.json) for el in at.get("bidi_component")]


# --------------------------------------------------------------------------- every page


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_without_exceptions(db_env: Path, page: str) -> None:
    at = run_app(page)
    assert at.title, "each page has a title"
    assert "筛选" in at.caption[0].value or page == "importer"


@pytest.mark.parametrize("page", PAGES)
def test_missing_database_explains_how_to_build_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, page: str) -> None:
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "absent.duckdb"))
    at = run_app(page)
    if page == "importer":  # the Import page is how a first database can be made
        assert at.get("file_uploader")
        return
    assert any("python -m etl build seeds/" in c.value for c in at.code)
    assert any("No database" in i.value for i in at.info)
    assert not at.get("plotly_chart") and not at.get("bidi_component")


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
    assert table["event_date"].max().date() == newest


def test_overview_shows_what_the_latest_build_added(db_env: Path) -> None:
    at = run_app()
    shown = metrics(at)
    last = sql_rows(db_env, "SELECT build_id, added FROM builds ORDER BY build_id DESC LIMIT 1")[0]
    assert shown["构建 Build"] == f"#{last[0]}"
    assert shown["新增/更新文章 Added articles"] == str(last[1])
    new_ids = {r[0] for r in sql_rows(db_env, """
        SELECT s.agreement_id FROM agreement_sources s JOIN articles a USING (article_id)
        GROUP BY s.agreement_id HAVING min(a.build_id) = (SELECT max(build_id) FROM builds)""")}
    assert set(at.dataframe[1].value["agreement_id"]) == new_ids


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
    assert province in at.caption[0].value
    assert all(province in list(p) for p in at.dataframe[0].value["province_names"])


def test_filter_set_through_the_url_is_applied(db_env: Path) -> None:
    at = run_app(query={"province": "陕西省", "signing": "新签"})
    expected = sql_value(db_env, """
        SELECT count(*) FROM agreements
        WHERE list_contains(provinces, '陕西省') AND is_new_signing""")
    assert metrics(at)["协议 Agreements"] == str(expected)
    assert at.multiselect(key="province").value == ["陕西省"]
    assert "新签 New" in at.caption[0].value


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
    assert "2023-01-01 ~ 2023-12-31" in at.caption[0].value


def test_reset_button_clears_filters(db_env: Path) -> None:
    at = run_app(query={"province": "陕西省"})
    at.button(key="reset_filters").click().run()
    total = sql_value(db_env, "SELECT count(*) FROM agreements")
    assert metrics(at)["协议 Agreements"] == str(total)
    assert "无" in at.caption[0].value
