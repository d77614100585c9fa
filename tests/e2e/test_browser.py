"""Browser tests: the real dashboard in headless chromium, network limited to 127.0.0.1.

Each test saves a screenshot of what it checked to tests/artifacts/ for review.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from playwright.sync_api import Page, expect

from tests.dashboard_support import expected_overview, sql_rows, sql_value
from tests.e2e.conftest import TABLE_ROWS, UPLOAD_MAX_MB

pytestmark = pytest.mark.e2e


# True once the app has been connected, not running and without stale elements for `ms`
# milliseconds on end: a first load with URL-bound widgets is followed by a rerun, and a click
# during that rerun is lost. The browser polls it (a condition, not a fixed wait).
SETTLED_JS = """(ms) => {
  const app = document.querySelector("[data-testid='stApp']");
  const idle = app !== null && app.dataset.testConnectionState === 'CONNECTED'
    && app.dataset.testScriptState === 'notRunning'
    && document.querySelector("[data-testid='stMainBlockContainer'] h1") !== null
    && document.querySelector("[data-stale='true']") === null;
  const now = performance.now();
  if (!idle) { window.__settledSince = null; return false; }
  if (!window.__settledSince) { window.__settledSince = now; }
  return now - window.__settledSince >= ms;
}"""


def wait_app(page: Page) -> None:
    """Until the page shows its title and its script has settled (not rerunning)."""
    page.evaluate("window.__settledSince = null")
    page.wait_for_function(SETTLED_JS, arg=400, polling=50)


def goto(page: Page, base: str, path: str = "") -> None:
    page.goto(f"{base}/{path}")
    wait_app(page)


# Pixels of the n-th ECharts container's base canvas that are not background (near white).
PAINTED_JS = """(n) => {
  const canvas = document.querySelectorAll('.echarts-container')[n].querySelector('canvas');
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3] > 0 && (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240)) painted++;
  }
  return [painted, canvas.width * canvas.height];
}"""


# Pixels of the n-th ECharts container's base canvas close to an RGB colour.
COLOUR_JS = """([n, rgb]) => {
  const canvas = document.querySelectorAll('.echarts-container')[n].querySelector('canvas');
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let hits = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i] - rgb[0]) + Math.abs(data[i + 1] - rgb[1])
        + Math.abs(data[i + 2] - rgb[2]) < 30) hits++;
  }
  return hits;
}"""


def wait_drawn(page: Page, chart: str, n: int, share: float) -> None:
    """Until the chart exists and at least `share` of its canvas is painted (what a person sees:
    the map is drawn), retried by the browser."""
    page.wait_for_function(
        """([chart, n, share, painted]) => {
             if (!(window.__trackerCharts && window.__trackerCharts[chart])) { return false; }
             const [p, total] = (eval(painted))(n);
             return p / total > share;
           }""", arg=[chart, n, share, PAINTED_JS])


def wait_colour(page: Page, n: int, rgb: tuple[int, int, int], pixels: int) -> None:
    """Until the n-th chart shows at least `pixels` pixels of a colour."""
    page.wait_for_function("([n, rgb, pixels, js]) => (eval(js))([n, rgb]) > pixels",
                           arg=[n, list(rgb), pixels, COLOUR_JS])


# A plotly chart's marks are drawn: a mark (bar, point, sector, cell) with a visible area.
PLOTLY_MARKS_JS = """() => Array.from(document.querySelectorAll(
    '.js-plotly-plot g.trace path, .js-plotly-plot g.slice path')).some(p => {
      const r = p.getBoundingClientRect(); return r.width > 1 && r.height > 1; })"""


def wait_plotly_drawn(page: Page) -> None:
    page.wait_for_function(PLOTLY_MARKS_JS)


def expect_metric(page: Page, label: str, value: str) -> None:
    """Retrying check of one metric (elements can arrive just after the run has finished)."""
    metric = page.get_by_test_id("stMetric").filter(
        has=page.get_by_test_id("stMetricLabel").get_by_text(label, exact=True))
    expect(metric.get_by_test_id("stMetricValue")).to_have_text(value)


def test_overview_numbers_equal_the_database(page: Page, server: str, e2e_db: Path,
                                             artifacts: Path) -> None:
    goto(page, server)
    for label, value in expected_overview(e2e_db).items():
        expect_metric(page, label, str(value))
    page.screenshot(path=str(artifacts / "overview.png"))


def test_filter_set_through_the_url_is_applied(page: Page, server: str, e2e_db: Path,
                                              artifacts: Path) -> None:
    goto(page, server, f"?province={quote('陕西省')}")
    expect(page.get_by_text(
        "筛选 Filters: 范围 Scope = 科协参与 With a 科协 · 省份 Province = 陕西省")).to_be_visible()
    for label, value in expected_overview(e2e_db, "陕西省").items():
        expect_metric(page, label, str(value))
    page.screenshot(path=str(artifacts / "overview_url_filter.png"))


def test_map_is_drawn_and_a_click_drills_down(page: Page, server: str, e2e_db: Path,
                                              artifacts: Path) -> None:
    goto(page, server, "map")
    wait_drawn(page, "cn", 0, 0.02)  # the China map is drawn, not blank
    page.screenshot(path=str(artifacts / "map.png"))

    # Click Henan where the map is drawn (geo coordinates -> pixels of the live chart).
    x, y = page.evaluate("() => window.__trackerCharts.cn.convertToPixel({geoIndex: 0}, "
                         "[113.4, 33.4])")
    box = page.locator(".echarts-container").first.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + x, box["y"] + y)
    expect(page.locator(".echarts-container")).to_have_count(2)
    page.wait_for_url("**drill=**")
    wait_drawn(page, "province", 1, 0.01)  # the province map is drawn
    signed_red = (0xC0, 0x39, 0x2B)  # charts_echarts.SIGNED
    wait_colour(page, 1, signed_red, 500)  # cities drawn as signed
    signed = sql_value(e2e_db, """SELECT count(DISTINCT c) FROM (SELECT unnest(cities) AS c
        FROM agreements WHERE list_contains(provinces, '河南省'))""")
    total = sql_value(e2e_db, """SELECT count(*) FROM regions
        WHERE level = 'prefecture' AND province_adcode = '410000'""")
    expect_metric(page, "已签约城市 Signed cities", f"{signed} / {total}")
    page.mouse.move(5, 5)  # let the tooltip go
    page.locator(".echarts-container").nth(1).scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "map_drill_down.png"))


def test_url_values_are_shown_as_text(page: Page, server: str) -> None:
    """A shared link cannot make the page fetch anything (the page fixture fails on that)."""
    goto(page, server, "?q=" + quote("![x](http://example.com/pixel.png) <img src=x>"))
    expect(page.get_by_text("![x](http://example.com/pixel.png) <img src=x>", exact=False)
           ).to_be_visible()
    assert page.locator("img[src*='example.com'], img[src='x']").count() == 0


def test_article_body_search_toggle_is_set_through_the_url(page: Page, server: str) -> None:
    goto(page, server, f"explorer?q={quote('驻马店签约')}&fulltext=true")
    expect(page.get_by_text("同时搜索正文 Also search article text = 是 on", exact=False)
           ).to_be_visible()
    expect(page.get_by_test_id("stException")).to_have_count(0)


PAGES = [("", "总览", "overview"), ("map", "地图", "map"), ("timeline", "时间线", "timeline"),
         ("network", "合作网络", "network"), ("programmes", "项目", "programmes"),
         ("explorer", "数据", "explorer"), ("org", "机构", "organisation"),
         ("agreement", "协议", "agreement"), ("programme", "项目", "programme"),
         ("glossary", "术语", "glossary"), ("import", "导入", "import"),
         ("review", "审核", "review")]


@pytest.mark.parametrize("path,title,shot", PAGES, ids=[p[2] for p in PAGES])
def test_every_page_loads(page: Page, server: str, artifacts: Path, path: str, title: str,
                          shot: str) -> None:
    goto(page, server, path)
    expect(page.locator("h1").first).to_contain_text(title)
    expect(page.get_by_test_id("stException")).to_have_count(0)
    if shot in ("timeline", "programmes"):  # the charts' marks are drawn
        wait_plotly_drawn(page)
    if shot == "map":
        wait_drawn(page, "cn", 0, 0.02)
    page.screenshot(path=str(artifacts / f"page_{shot}.png"))


# The explorer's agreements export, written independently of the dashboard's code: the same
# columns and order straight from the mart, serialised by the documented CSV rules.
EXPORT_SQL = """
SELECT agreement_id, date_label, event_date, date_precision, model, type, parties, partner,
       province_names, city_names, is_new_signing, online, n_sources, title, evidence,
       article_id, article_title, article_date, article_source, article_url, review_mark,
       reviewed, review_status, reviewed_by, reviewed_at, machine_parties, machine_date,
       machine_date_precision, machine_type, machine_model, machine_signing
FROM mart_agreements WHERE list_has_any(province_names, ['河南省']) AND in_kx_scope
ORDER BY date_lo DESC NULLS LAST, date_hi DESC NULLS LAST, agreement_id
"""


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return str(value)


def expected_csv(db: Path, sql: str) -> bytes:
    con_rows = sql_rows(db, sql)
    header = [c.strip().split()[-1] for c in sql.split("FROM")[0].replace("SELECT", "")
              .split(",")]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(header)
    for row in con_rows:
        writer.writerow([_cell(v) for v in row])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def test_csv_download_equals_the_database_query(page: Page, server: str, e2e_db: Path,
                                                artifacts: Path) -> None:
    goto(page, server, f"explorer?province={quote('河南省')}")
    panel = page.get_by_role("tabpanel", name="协议 Agreements")
    expect(panel.get_by_test_id("stDataFrame")).to_be_visible()
    n_rows = len(sql_rows(e2e_db, EXPORT_SQL))
    assert n_rows > TABLE_ROWS  # the table shows a page; the download must hold every row
    expect(panel.get_by_text(f"显示前 {TABLE_ROWS} 行，共 {n_rows} 行")).to_be_visible()
    with page.expect_download() as info:
        panel.get_by_test_id("stDownloadButton").filter(has_text="CSV").click()
    download = info.value
    assert download.suggested_filename == "agreements_河南省.csv"  # says what it holds
    data = Path(download.path()).read_bytes()
    expected = expected_csv(e2e_db, EXPORT_SQL)
    assert data.startswith(b"\xef\xbb\xbf")
    assert data == expected
    assert data.count(b"\r\n") - 1 == n_rows
    page.screenshot(path=str(artifacts / "explorer_agreements.png"))


NO_INJECTION_JS = """() => ({
  xss: window.__xss === undefined ? null : window.__xss,
  onerror: document.querySelectorAll('[onerror]').length,
  scripts: Array.from(document.scripts).filter(s => s.textContent.includes('__xss')).length,
})"""


def test_article_text_cannot_inject_html(page: Page, server: str, artifacts: Path) -> None:
    goto(page, server, f"explorer?q={quote('驻马店签约')}")
    page.get_by_role("tab", name="文章 Articles").click()
    grid = page.get_by_role("tabpanel", name="文章 Articles").get_by_test_id("stDataFrame")
    expect(grid).to_be_visible()
    box = grid.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + 15, box["y"] + 35 + 17)  # the first row's selection cell
    clean = page.get_by_test_id("clean-text")
    expect(clean).to_be_visible()
    wait_app(page)
    expect(clean).to_contain_text("<script>window.__xss = 1</script>")
    expect(clean).to_contain_text('<img src="x" onerror="window.__xss = 2">')
    expect(clean.locator("mark").first).to_contain_text("驻马店市人民政府")
    expect(page.get_by_test_id("original-text")).to_contain_text("<script>")
    assert page.evaluate(NO_INJECTION_JS) == {"xss": None, "onerror": 0, "scripts": 0}
    clean.scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "explorer_article_escaped.png"))

    # The same agreement in a map tooltip (its type carries an <img onerror>).
    goto(page, server, f"map?q={quote('驻马店')}")
    wait_drawn(page, "cn", 0, 0.02)
    x, y = page.evaluate("() => window.__trackerCharts.cn.convertToPixel({geoIndex: 0}, "
                         "[112.2, 34.9])")
    canvas = page.locator(".echarts-container").first.bounding_box()
    assert canvas is not None
    page.mouse.move(canvas["x"] + x, canvas["y"] + y)
    tooltip = page.locator(".echarts-container div").filter(has_text="河南省").last
    expect(tooltip).to_contain_text("<img")
    assert page.evaluate(NO_INJECTION_JS) == {"xss": None, "onerror": 0, "scripts": 0}
    page.screenshot(path=str(artifacts / "map_tooltip_escaped.png"))


def test_a_file_over_the_size_limit_says_why_it_was_not_uploaded(
        page: Page, server: str, tmp_path: Path, artifacts: Path) -> None:
    """The browser refuses it before uploading; the reason is readable next to the file, not
    only an icon (Streamlit's message is for screen readers)."""
    big = tmp_path / "big_article.txt"
    big.write_bytes(b"x" * ((UPLOAD_MAX_MB << 20) + 1024))
    goto(page, server, "import")
    page.locator("input[type=file]").set_input_files(str(big))
    reason = page.get_by_test_id("stFileUploader").get_by_role("alert")
    expect(reason).to_contain_text(f"File must be {UPLOAD_MAX_MB}.0MB or smaller")
    # Readable text, not the 1-pixel box screen readers get.
    page.wait_for_function("""() => {
        const e = document.querySelector("[data-testid='stFileUploader'] [role='alert']");
        const r = e && e.getBoundingClientRect();
        return r !== null && r.width > 100 && r.height > 8; }""", timeout=10_000)
    assert reason.evaluate("e => getComputedStyle(e, '::before').content") \
        == '"未上传 Not uploaded: "'
    expect(page.get_by_role("button", name="导入并构建 Import and build")).to_be_disabled()
    page.screenshot(path=str(artifacts / "import_refused_file.png"))


def test_import_adds_articles_the_other_pages_show(page: Page, server: str, e2e_db: Path,
                                                   tmp_path: Path, artifacts: Path) -> None:
    """Runs last: it changes the session's database."""
    before = sql_value(e2e_db, "SELECT count(*) FROM articles")
    upload = tmp_path / "zz_e2e_wuhan.txt"
    upload.write_text("时间:2024-06-20 10:00 来源: 湖北日报\n6月19日，湖北省科协与武汉市人民政府"
                      "签署全面战略合作协议，双方将共建科技创新平台。", encoding="utf-8")
    goto(page, server, "import")
    page.locator("input[type=file]").set_input_files(str(upload))
    expect(page.get_by_text("zz_e2e_wuhan.txt")).to_be_visible()
    page.get_by_role("button", name="导入并构建 Import and build").click()
    expect(page.get_by_test_id("stAlertContentSuccess")).to_be_visible(timeout=60_000)
    wait_app(page)
    expect_metric(page, "新增/更新 Added", "1")
    page.screenshot(path=str(artifacts / "import_done.png"))
    assert sql_value(e2e_db, "SELECT count(*) FROM articles") == before + 1
    goto(page, server)
    for label, value in expected_overview(e2e_db).items():
        expect_metric(page, label, str(value))
