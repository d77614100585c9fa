"""Issue 13's surprises, each reproduced in the browser as a new analyst met it.

These tests run on their own server over a seeds-only database (what `make run` shows), which
they import articles into through the Import page; each test leaves the database in a state the
other tests accept (an import that adds nothing, or one newer article).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlparse

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.dashboard_support import sql_value
from tests.e2e.conftest import serve, warm
from tests.e2e.test_browser import expect_metric, wait_app, wait_drawn

pytestmark = pytest.mark.e2e

NEWER_ARTICLE = ("时间:2025-03-18 10:00 来源: 湖北日报\n3月17日，湖北省科协与荆州市人民政府签署"
                 "全面战略合作协议，双方将共建科技创新平台。")


@pytest.fixture(scope="module")
def seeds_only_db(seeds_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    import shutil

    db = tmp_path_factory.mktemp("seeds_only") / "tracker.duckdb"
    shutil.copy2(seeds_db, db)
    return db


@pytest.fixture(scope="module")
def seeds_server(seeds_only_db: Path, browser: Browser,
                 tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serve(seeds_only_db, tmp_path_factory.mktemp("seeds_server")) as base:
        yield warm(browser, base)


def nav(page: Page, title: str) -> None:
    """Go to another page the way a person does: the sidebar's page list (same session)."""
    page.get_by_test_id("stSidebarNav").get_by_text(title, exact=True).click()
    expect(page.locator("h1").first).to_contain_text(title.split()[0])
    wait_app(page)


def import_file(page: Page, path: Path) -> None:
    nav(page, "导入 Import")
    page.locator("input[type=file]").set_input_files(str(path))
    expect(page.get_by_test_id("stFileChip")).to_have_count(1)
    page.get_by_role("button", name="导入并构建 Import and build").click()
    expect(page.get_by_test_id("stAlertContentSuccess")).to_be_visible(timeout=60_000)
    wait_app(page)


def query(page: Page) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def test_a_date_range_equal_to_all_data_moves_with_the_data(
        page: Page, seeds_server: str, seeds_only_db: Path, tmp_path: Path) -> None:
    """Surprise 1: after importing a newer article, 查看总览 showed the old date range as a
    filter (in the caption, not in the URL) and hid the new rows."""
    page.goto(seeds_server)
    wait_app(page)
    expect(page.get_by_text("筛选", exact=False).first).to_be_visible()
    upload = tmp_path / "zz_jingzhou_2025.txt"
    upload.write_text(NEWER_ARTICLE, encoding="utf-8")
    import_file(page, upload)
    page.get_by_role("link", name="查看总览 See the overview").click()
    expect(page.locator("h1").first).to_contain_text("总览")
    wait_app(page)
    caption = page.get_by_test_id("stMainBlockContainer").get_by_test_id(
        "stCaptionContainer").first
    expect(caption).not_to_contain_text("日期范围")
    assert "date" not in query(page)
    n = sql_value(seeds_only_db, "SELECT count(*) FROM mart_agreements WHERE in_kx_scope")
    expect_metric(page, "协议 Agreements", str(n))
    expect_metric(page, "最近签约 Latest signing", "2025-03-17")


def test_an_import_that_adds_nothing_does_not_say_the_database_is_empty(
        page: Page, seeds_server: str, tmp_path: Path) -> None:
    """Surprise 2: 'The database holds no data yet' under a full database, after an import
    that added nothing."""
    page.goto(seeds_server)
    wait_app(page)
    seed = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))[0]
    again = tmp_path / seed.name
    again.write_bytes(seed.read_bytes())
    import_file(page, again)
    expect_metric(page, "新增/更新 Added", "0")
    page.get_by_role("link", name="查看总览 See the overview").click()
    expect(page.locator("h1").first).to_contain_text("总览")
    wait_app(page)
    expect(page.get_by_text("没有新增或更新协议", exact=False)).to_be_visible()
    expect(page.get_by_text("holds no data yet", exact=False)).to_have_count(0)


@pytest.mark.parametrize("url,shown,problem", [
    ("?province=河南", "省份 Province = 河南省", None),
    ("map?province=河南&city=信阳", "城市 City = 信阳市", None),
    ("?date=2022", "日期范围 Date range = 2022-01-01 ~ 2022-12-31", None),
    ("?date=garbage", None, "date=garbage"),
    ("?signing=xyz", None, "signing=xyz"),
    ("timeline?province=河北x", None, "province=河北x"),
])
def test_url_values_are_understood_or_reported(page: Page, seeds_server: str, url: str,
                                               shown: str | None, problem: str | None) -> None:
    """Surprise 3: `?province=河南`, `date=garbage`, `signing=xyz` showed national data and
    rewrote the URL without a word. The forms the app writes (short province names) are
    understood; anything else is named in a warning."""
    path, _, qs = url.partition("?")
    page.goto(f"{seeds_server}/{path}?{quote(qs, safe='=&')}")
    wait_app(page)
    if shown is not None:
        expect(page.get_by_text(shown, exact=False).first).to_be_visible()
        key = url.split("?")[1].split("=")[0]
        assert key in query(page)  # the filter in effect is in the URL
    if problem is not None:
        warning = page.get_by_test_id("stAlertContentWarning").filter(has_text="网址")
        expect(warning).to_contain_text(problem)
        expect(warning).to_contain_text("not understood")


def grid_headers(grid: Any) -> list[str]:
    return grid.locator("th[role=columnheader]").all_inner_texts()


def grid_cells(grid: Any) -> list[str]:
    return grid.locator("td[role=gridcell]").all_inner_texts()


def test_tables_show_words_not_codes_or_column_names(page: Page, server: str) -> None:
    """Surprise 4: raw values (approx, government, None) and raw column names (started_at,
    agreements_delta) in tables; rows numbered from 0. Every label is Chinese first, English
    second; None is an empty cell; rows are numbered from 1."""
    page.goto(f"{server}/?scope=全部")
    wait_app(page)
    page.get_by_text("构建历史 Build history").click()
    history = page.get_by_test_id("stExpander").get_by_test_id("stDataFrame")
    expect(history.locator("th[role=columnheader]").first).to_be_attached()
    headers = grid_headers(history)
    assert "开始时间 Started" in headers and "started_at" not in headers
    assert not any(h.endswith("_at") or "_delta" in h for h in headers), headers

    page.goto(f"{server}/explorer?scope=全部")
    wait_app(page)
    agreements = page.get_by_role("tabpanel", name="协议 Agreements").get_by_test_id(
        "stDataFrame")
    expect(agreements.locator("td[role=gridcell]").first).to_have_text("1")
    cells = grid_cells(agreements)
    assert "约 approx" in cells or "日 day" in cells
    assert not {"approx", "day", "month", "None"} & set(cells)
    page.get_by_role("tab", name="参与方 Parties").click()
    parties = page.get_by_role("tabpanel", name="参与方 Parties").get_by_test_id("stDataFrame")
    expect(parties.locator("th[role=columnheader]").first).to_be_attached()
    assert "机构类别 Kind" in grid_headers(parties)
    cells = grid_cells(parties)
    assert "政府 government" in cells
    assert not {"government", "county", "None"} & set(cells)


def test_console_errors_are_a_short_sentence_with_the_detail_folded(page: Page,
                                                                     server: str) -> None:
    """Surprise 4: SQL-console errors showed DuckDB's whole message."""
    page.goto(f"{server}/explorer")
    wait_app(page)
    page.get_by_role("tab", name="SQL 控制台 Console").click()
    page.get_by_role("tabpanel", name="SQL 控制台 Console").locator("textarea").fill(
        "SELECT nonsense FROM mart_agreements")
    page.get_by_role("button", name="运行 Run").click()
    warning = page.get_by_test_id("stAlertContentWarning").filter(has_text="列名或表达式有误")
    expect(warning).to_be_visible()
    expect(warning).not_to_contain_text("Binder Error")
    details = page.get_by_test_id("stExpander").filter(has_text="详情 Details")
    expect(details.get_by_text("Binder Error", exact=False)).to_be_hidden()  # folded away
    details.get_by_text("详情 Details").click()
    expect(details.get_by_text("Binder Error", exact=False)).to_be_visible()


# --------------------------------------------------------------------------- surprise 5: charts

# A chart by its Streamlit key (st-key-<key>): the n-th .js-plotly-plot is not stable, as the
# charts of a page are drawn in whatever order plotly finishes them.
PLOTLY_LEGEND_JS = """(k) => {
  const gd = document.querySelector('.st-key-' + k + ' .js-plotly-plot');
  return gd._fullData.filter(t => t.showlegend && t.visible !== 'legendonly').map(t => ({
    name: t.name, mode: t.mode,
    symbol: t.marker ? [].concat(t.marker.symbol)[0] : null}));
}"""
PLOTLY_POINTS_JS = """(k) => {
  const gd = document.querySelector('.st-key-' + k + ' .js-plotly-plot');
  return gd._fullData.filter(t => t.mode === 'markers' && t.customdata)
    .flatMap(t => Array.from(t.x, (x, i) => [String(x), t.y[i]]));
}"""


POINTS_TAB = "每项协议 Each agreement"  # the Timeline's tab of the points chart (?chart=)


def wait_plotly(page: Page, key: str) -> None:
    page.wait_for_function("(k) => { const gd = document.querySelector('.st-key-' + k + "
                           "' .js-plotly-plot'); return gd && gd._fullData && gd._fullLayout; }",
                           arg=key)


def test_timeline_marks_mean_one_thing_and_points_do_not_hide_each_other(
        page: Page, server: str) -> None:
    """Surprise 5: a hollow circle meant both 其他 and 约 in the legend; agreements with the same
    date range sat on one another."""
    page.goto(f"{server}/timeline?scope=全部&chart={quote(POINTS_TAB)}")
    wait_app(page)
    wait_plotly(page, "points")
    legend = page.evaluate(PLOTLY_LEGEND_JS, "points")
    shapes = [e["symbol"] for e in legend if e["mode"] == "markers"]
    assert shapes and len(shapes) == len(set(shapes)), legend  # one shape, one meaning
    points = [tuple(p) for p in page.evaluate(PLOTLY_POINTS_JS, "points")]
    assert len(points) == len(set(points))  # no two agreements drawn at the same place


def test_a_lone_line_keeps_its_legend_and_colour_scales_have_titles(page: Page,
                                                                     server: str) -> None:
    """Surprise 5: one line without a legend; a colour scale without a title."""
    page.goto(f"{server}/timeline?province={quote('河南省')}&scope=全部"
              f"&chart={quote('覆盖率 Coverage')}")
    wait_app(page)
    wait_plotly(page, "coverage")
    coverage = page.evaluate("() => { const gd = document.querySelector("
                             "'.st-key-coverage .js-plotly-plot');"
                             " return [gd._fullData.length, gd._fullLayout.showlegend]; }")
    assert coverage == [1, True]
    page.goto(f"{server}/programmes?scope=全部&prog_tab={quote('省份 × 类别 Province × family')}")
    wait_app(page)
    wait_plotly(page, "heatmap")
    title = page.evaluate("() => document.querySelector('.st-key-heatmap .js-plotly-plot')"
                          "._fullData[0].colorbar.title.text")
    assert "Mentions" in title


def echarts_option(page: Page, chart: str) -> Any:
    page.wait_for_function("(c) => window.__trackerCharts && window.__trackerCharts[c]",
                           arg=chart)
    return page.evaluate("(c) => JSON.parse(JSON.stringify(window.__trackerCharts[c]"
                         ".getOption()))", chart)


def test_map_scales_say_what_they_show_in_percent_and_dot_sizes(page: Page,
                                                                server: str) -> None:
    """Surprise 5: coverage as 0–1, a colour scale without a title, dot size unexplained."""
    page.goto(f"{server}/map?scope=全部")
    wait_app(page)
    option = echarts_option(page, "cn")
    assert option["visualMap"][0]["text"][0] == "协议数 Agreements"
    texts = [g.get("style", {}).get("text", "") for g in option["graphic"][0]["elements"]]
    assert "城市点大小 = 协议数 Dot size = agreements" in texts
    assert any(t.endswith("项协议 agreements") for t in texts)  # one line per dot size
    page.goto(f"{server}/map?scope=全部&map_metric={quote('覆盖率')}")
    wait_app(page)
    option = echarts_option(page, "cn")
    scale = option["visualMap"][0]
    assert scale["max"] == 100 and scale["formatter"] == "{value}%"
    values = [d["value"] for d in option["series"][0]["data"]
              if isinstance(d.get("value"), (int, float))]
    assert max(values) > 1  # percent, not a share


def test_drill_down_lists_what_its_headline_counts_and_comes_into_view(
        page: Page, server: str) -> None:
    """Surprise 5: the drill-down table counted 济源市, which the headline excludes; a click on
    the map drew the province below the fold; border cities' names were cut off."""
    page.goto(f"{server}/map?scope=全部")
    wait_app(page)
    wait_drawn(page, "cn", 0, 0.02)
    x, y = page.evaluate("() => window.__trackerCharts.cn.convertToPixel({geoIndex: 0}, "
                         "[113.4, 33.4])")
    box = page.locator(".echarts-container").first.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + x, box["y"] + y)
    province = page.locator(".echarts-container").nth(1)
    expect(province).to_be_in_viewport(ratio=0.6)
    wait_app(page)
    metric = page.get_by_test_id("stMetric").filter(has_text="已签约城市 Signed cities")
    _signed, total = metric.get_by_test_id("stMetricValue").inner_text().split(" / ")
    column = page.get_by_test_id("stColumn").filter(has=metric)
    # the table beside the headline holds one row per unit the headline counts
    expect(column.get_by_text(f"共 {total} 行 rows", exact=False)).to_be_visible()
    labels = [d.get("label", {}) for d in echarts_option(page, "province")["series"][0]["data"]]
    shown = [lab for lab in labels if lab.get("show")]
    assert shown and all(lab.get("textBorderWidth", 0) >= 1 for lab in shown)


SUNBURST_FONTS_JS = """() => Array.from(document.querySelectorAll(
    '.js-plotly-plot g.slice text')).filter(t => t.textContent.trim()
    && getComputedStyle(t).display !== 'none' && t.getAttribute('opacity') !== '0')
    .map(t => parseFloat(getComputedStyle(t).fontSize))"""


def test_programme_labels_are_readable_and_counted_as_listed(page: Page, server: str,
                                                              e2e_db: Path) -> None:
    """Surprise 5: the sunburst's outer ring of tiny labels; '项目 161' counted programme-place
    pairs while the Programmes page lists programme names."""
    page.goto(f"{server}/programmes?scope=全部")
    wait_app(page)
    page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot g.slice').length")
    sizes = page.evaluate(SUNBURST_FONTS_JS)
    assert sizes and min(sizes) >= 10, sorted(sizes)[:5]
    # two rings (family, programme); a programme's regions open on a click
    rings = sql_value(e2e_db, """SELECT count(DISTINCT family) + count(DISTINCT (family, name))
                                 FROM mart_initiative_mentions""")
    expect(page.locator(".js-plotly-plot").first.locator("g.slice")).to_have_count(rings)
    page.goto(f"{server}/?scope=全部")
    wait_app(page)
    names = sql_value(e2e_db, "SELECT count(DISTINCT name) FROM mart_initiative_mentions")
    assert names < sql_value(e2e_db, "SELECT count(*) FROM mart_initiatives")  # they differ
    expect_metric(page, "项目 Programmes", str(names))


# --------------------------------------------------------------------------- surprise 6: scope

def test_scope_switch_is_in_the_url_and_the_caption_and_changes_the_rows(
        page: Page, server: str, e2e_db: Path) -> None:
    """Surprise 6: half the agreements were signed by no 科协 and mixed in without a word. The
    scope switch (科协参与 / 全部) is a shared filter, 科协参与 by default, in the URL."""
    page.goto(f"{server}/explorer")
    wait_app(page)
    assert query(page).get("scope") == ["科协参与"]  # the default is written, not implied
    caption = page.get_by_test_id("stMainBlockContainer").get_by_test_id(
        "stCaptionContainer").first
    expect(caption).to_contain_text("范围 Scope = 科协参与")
    kx = sql_value(e2e_db, "SELECT count(*) FROM mart_agreements WHERE in_kx_scope")
    every = sql_value(e2e_db, "SELECT count(*) FROM mart_agreements")
    assert kx < every
    panel = page.get_by_role("tabpanel", name="协议 Agreements")
    expect(panel.get_by_text(f"共 {kx} 行", exact=False).first).to_be_visible()
    page.get_by_test_id("stSidebar").get_by_role("radio", name="全部", exact=True).first.click()
    wait_app(page)
    expect(panel.get_by_text(f"共 {every} 行", exact=False).first).to_be_visible()
    assert query(page).get("scope") == ["全部"]
    expect(caption).not_to_contain_text("科协参与")


def test_help_icons_lead_to_the_glossary(page: Page, server: str) -> None:
    """Surprise 6: the split models (院地合作, 厅市合作 …) come with a glossary that every help
    icon links to."""
    page.goto(f"{server}/glossary#models")
    wait_app(page)
    models = page.get_by_test_id("stDataFrame").nth(1)
    expect(models.locator("td[role=gridcell]", has_text="院地合作").first).to_be_attached()
    page.goto(f"{server}/")
    wait_app(page)
    model_filter = page.get_by_test_id("stSidebar").get_by_test_id("stWidgetLabel").filter(
        has_text="合作模式 Cooperation model")
    model_filter.get_by_test_id("stTooltipHoverTarget").hover()
    link = page.get_by_role("link", name="术语 Glossary: 合作模式 Cooperation models")
    expect(link).to_be_visible()
    assert link.get_attribute("href").endswith("/glossary#models")
