"""Browser tests of issue 13's views: what a person sees, counts against SQL, clicks that lead
where they say, downloads that say what they hold."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, quote, urlparse

import pytest
from playwright.sync_api import Page, expect

from dashboard_lib import exports
from tests.dashboard_support import ROOT, expected_overview, sql_rows, sql_value
from tests.e2e.test_browser import expect_metric, wait_app, wait_plotly_drawn
from tests.e2e.test_surprises import echarts_option

pytestmark = pytest.mark.e2e


def query(page: Page) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def test_a_network_node_click_opens_its_organisation(page: Page, server: str,
                                                     e2e_db: Path) -> None:
    page.goto(f"{server}/network")
    wait_app(page)
    option = echarts_option(page, "network")
    labelled = [n["name"] for n in option["series"][0]["data"] if n["label"]["show"]]
    # Where the live chart drew each node (its layout in the graph's view -> page pixels) and
    # how big; the hub clicked is the labelled node whose centre is furthest from the edge of
    # any other node, so that no neighbour (a big hub drawn over it) takes the click.
    # A force layout may still be moving: read the positions until two reads agree.
    read_centres = """() => {
        const chart = window.__trackerCharts.network;
        const data = chart.getModel().getSeriesByIndex(0).getData();
        const out = {};
        for (let idx = 0; idx < data.count(); idx++) {
            const el = data.getItemGraphicEl(idx);
            if (!el) continue;
            const r = el.getBoundingRect(); const m = el.transform || [1, 0, 0, 1, 0, 0];
            out[data.getName(idx)] = [m[4] + (r.x + r.width / 2) * m[0],
                                      m[5] + (r.y + r.height / 2) * m[3],
                                      Math.max(r.width * m[0], r.height * m[3]) / 2];
        }
        return out;
    }"""
    page.wait_for_function(f"""() => {{
        const now = JSON.stringify(({read_centres})());
        const same = window.__lastCentres === now;
        window.__lastCentres = now;
        return same;
    }}""", polling=250)
    centres = page.evaluate(read_centres)

    def room(name: str) -> float:
        x0, y0, _ = centres[name]
        return min((((x - x0) ** 2 + (y - y0) ** 2) ** 0.5 - r
                    for k, (x, y, r) in centres.items() if k != name), default=1e9)

    hub = {"name": max((n for n in labelled if n in centres), key=room)}
    x, y, _ = centres[hub["name"]]
    box = page.locator(".echarts-container").first.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + x, box["y"] + y)
    page.wait_for_url("**/org?**")
    wait_app(page)
    assert query(page)["org"] == [hub["name"]]
    expect(page.get_by_test_id("stMainBlockContainer").locator("h3").first).to_have_text(
        hub["name"])
    n = sql_value(e2e_db, """SELECT count(DISTINCT agreement_id) FROM agreement_parties
        WHERE name = ?""", [hub["name"]])
    expect_metric(page, "协议 Agreements", str(n))


def test_a_chosen_row_is_in_the_url_and_its_link_opens_the_agreement(
        page: Page, server: str, e2e_db: Path) -> None:
    aid, n = sql_rows(e2e_db, """SELECT s.agreement_id, count(*) FROM agreement_sources s
        JOIN mart_agreements a USING (agreement_id) WHERE a.in_kx_scope
        GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1""")[0]
    page.goto(f"{server}/explorer?agreement={aid}")
    wait_app(page)
    expect(page.get_by_test_id("clean-text")).to_be_visible()  # the row is chosen from the URL
    link = page.get_by_role("link", name=f"协议页 Agreement page: {aid}")
    expect(link).to_be_visible()
    link.click()
    page.wait_for_url("**/agreement?**")
    wait_app(page)
    assert query(page)["id"] == [aid]
    reports = page.locator("[data-testid^='report-']")
    expect(reports).to_have_count(n)
    expect(reports.first.locator("mark")).to_be_visible()
    assert "scope" in query(page)  # the filters came along


def test_a_programme_chosen_in_the_url_opens_its_page_with_every_mention(
        page: Page, server: str, e2e_db: Path) -> None:
    iid, name, n = sql_rows(e2e_db, """SELECT initiative_id, any_value(i.name), count(*)
        FROM initiative_mentions JOIN initiatives i USING (initiative_id)
        GROUP BY 1 ORDER BY 3 DESC, 1 LIMIT 1""")[0]
    page.goto(f"{server}/explorer?scope={quote('全部')}&tab={quote('项目 Programmes')}"
              f"&programme={iid}")
    wait_app(page)
    link = page.get_by_role("link", name=f"项目页 Programme page: {name}")
    expect(link).to_be_visible()
    link.click()
    page.wait_for_url("**/programme?**")
    wait_app(page)
    assert query(page)["id"] == [iid]
    main = page.get_by_test_id("stMainBlockContainer")
    expect(main.locator("h3").first).to_contain_text(name)
    expect(main.get_by_text(f"提及 Mentions（{n}")).to_be_visible()
    mentions = page.locator("[data-testid^='mention-']")
    expect(mentions).to_have_count(n)
    evidence = {r[0] for r in sql_rows(e2e_db, """SELECT evidence FROM initiative_mentions
        WHERE initiative_id = ?""", [iid])}
    assert mentions.first.locator("mark").first.inner_text().strip() in evidence


def test_period_comparison_from_the_url(page: Page, server: str, e2e_db: Path) -> None:
    page.goto(f"{server}/?compare=2023&compare_to=2022")
    wait_app(page)
    n = sql_value(e2e_db, """SELECT count(*) FROM mart_agreements WHERE in_kx_scope
        AND date_lo >= DATE '2023-01-01' AND coalesce(date_hi, date_lo) <= DATE '2023-12-31'""")
    expect_metric(page, "时期内协议 Agreements in the period", str(n))
    expect(page.get_by_text("2023-01-01 ~ 2023-12-31 对比 vs 2022-01-01 ~ 2022-12-31",
                            exact=False)).to_be_visible()


def test_the_map_over_time_moves_back_to_the_first_year(page: Page, server: str) -> None:
    page.goto(f"{server}/map?map_time=true&scope={quote('全部')}")
    wait_app(page)
    option = echarts_option(page, "time")
    years = option["timeline"][0]["data"]
    assert len(years) > 1 and option["timeline"][0]["currentIndex"] == len(years) - 1
    coloured_now = sum(1 for d in option["series"][0]["data"]
                       if isinstance(d.get("value"), (int, float)) and d["value"] > 0)
    # What the slider does when dragged to its start (the play button steps the same way).
    page.evaluate("() => window.__trackerCharts.time.dispatchAction("
                  "{type: 'timelineChange', currentIndex: 0})")
    page.wait_for_function("() => window.__trackerCharts.time.getOption().title[0].text"
                           ".includes('截至')")
    option = echarts_option(page, "time")
    first = str(years[0]["value"] if isinstance(years[0], dict) else years[0])
    assert first in option["title"][0]["text"]
    coloured_then = sum(1 for d in option["series"][0]["data"]
                        if isinstance(d.get("value"), (int, float)) and d["value"] > 0)
    assert coloured_then < coloured_now  # fewer provinces had signed back then


def test_filter_options_show_how_many_agreements_they_hold(page: Page, server: str,
                                                            e2e_db: Path) -> None:
    page.goto(server)
    wait_app(page)
    page.get_by_test_id("stSidebar").get_by_role("combobox", name="省份 Province").click()
    n = sql_value(e2e_db, """SELECT count(*) FROM mart_agreements
        WHERE in_kx_scope AND list_contains(province_names, '河南省')""")
    expect(page.get_by_role("option", name=f"河南省 ({n})")).to_be_visible()


def test_chart_images_download_with_names_and_captions(page: Page, server: str) -> None:
    page.goto(f"{server}/timeline?province={quote('河南省')}&img=SVG")
    wait_app(page)
    wait_plotly_drawn(page)
    chart = page.locator(".js-plotly-plot").first
    chart.hover()
    with page.expect_download() as info:  # plotly's own download button, in the chosen format
        chart.locator(".modebar-btn[data-title='Download plot']").click()
    download = info.value
    assert download.suggested_filename == "signings_per_month_河南省.svg"
    svg = Path(download.path()).read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<svg") and "来源 Source" in svg and "河南省" in svg


def test_the_command_a_page_shows_downloads_what_the_page_downloads(
        page: Page, server: str, e2e_db: Path, tmp_path: Path) -> None:
    page.goto(f"{server}/explorer?province={quote('河南省')}")
    wait_app(page)
    page.get_by_text("命令行下载同一视图 The same view from the command line").click()
    command = page.get_by_test_id("stCode").filter(has_text="python -m etl export").inner_text()
    panel = page.get_by_role("tabpanel", name="协议 Agreements")
    with page.expect_download() as info:
        panel.get_by_test_id("stDownloadButton").filter(has_text="CSV").click()
    from_page = Path(info.value.path()).read_bytes()
    words = command.split()
    filters = [words[i + 1] for i, w in enumerate(words) if w == "--filter"]
    out = tmp_path / "cli.csv"
    done = subprocess.run(
        [sys.executable, "-m", "etl", "export", "--db", str(e2e_db), "--view", "agreements",
         *[x for f in filters for x in ("--filter", f)], "--format", "csv", "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == from_page
    assert command.endswith(f"--out {info.value.suggested_filename}")
    assert exports.shell_word(filters[0]) == filters[0]


def test_the_explorer_tab_is_in_the_url(page: Page, server: str) -> None:
    page.goto(f"{server}/explorer")
    wait_app(page)
    page.get_by_role("tab", name="文章 Articles").click()
    page.wait_for_function("() => decodeURIComponent(location.search).includes('文章')")
    page.goto(page.url)  # a shared link: a fresh session
    wait_app(page)
    expect(page.get_by_role("tab", name="文章 Articles")).to_have_attribute(
        "aria-selected", "true")


def test_the_timeline_shows_one_chart_per_tab_and_its_data_on_demand(
        page: Page, server: str, e2e_db: Path) -> None:
    """The Timeline's three charts are tabs, the open one in the URL (?chart=); a chart's table
    is drawn when its expander is opened, with as many rows as the database says."""
    from tests.e2e.test_surprises import PLOTLY_POINTS_JS, POINTS_TAB, wait_plotly

    page.goto(f"{server}/timeline?scope={quote('全部')}")
    wait_app(page)
    wait_plotly(page, "monthly")
    expect(page.locator(".js-plotly-plot")).to_have_count(1)  # one chart, the open tab's
    page.get_by_role("tab", name=POINTS_TAB).click()
    page.wait_for_function("() => decodeURIComponent(location.search).includes('每项协议')")
    wait_app(page)
    wait_plotly(page, "points")
    expect(page.locator(".js-plotly-plot")).to_have_count(1)
    dated = sql_value(e2e_db, "SELECT count(*) FROM mart_agreements WHERE date_lo IS NOT NULL")
    assert len(page.evaluate(PLOTLY_POINTS_JS, "points")) == dated
    panel = page.get_by_role("tabpanel", name=POINTS_TAB)
    expect(panel.get_by_test_id("stDataFrame")).to_have_count(0)  # not made until opened
    panel.get_by_text("数据 Data: 每项协议 each agreement").click()
    n = sql_value(e2e_db, "SELECT count(*) FROM mart_agreements")
    expect(panel.get_by_text(f"共 {n} 行 rows")).to_be_visible()
    expect(panel.get_by_test_id("stDataFrame")).to_have_count(1)
    page.goto(page.url)  # a shared link: the same tab
    wait_app(page)
    expect(page.get_by_role("tab", name=POINTS_TAB)).to_have_attribute("aria-selected", "true")
    wait_plotly(page, "points")


def test_a_chosen_party_is_still_chosen_after_switching_tabs(page: Page, server: str,
                                                             e2e_db: Path) -> None:
    """A Parties row chosen by a click was forgotten when the person switched to another tab and
    back (only the open tab is drawn): it is in the URL, as the other tabs' rows are."""
    agreement_id, position, name = sql_rows(e2e_db, """
        SELECT agreement_id, position, name FROM mart_agreement_parties WHERE in_kx_scope
        ORDER BY event_date DESC NULLS LAST, agreement_id, position LIMIT 1""")[0]
    page.goto(f"{server}/explorer?tab={quote('参与方 Parties')}")
    wait_app(page)
    grid = page.get_by_role("tabpanel", name="参与方 Parties").get_by_test_id("stDataFrame")
    expect(grid).to_be_visible()
    box = grid.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + 15, box["y"] + 35 + 17)  # the first row's selection cell
    link = page.get_by_role("link", name=f"机构页 Organisation page: {name}")
    expect(link).to_be_visible()
    page.wait_for_function("(k) => new URLSearchParams(location.search).get('party') === k",
                           arg=f"{agreement_id}:{position}")
    wait_app(page)
    page.get_by_role("tab", name="协议 Agreements").click()
    wait_app(page)
    expect(link).to_have_count(0)
    page.get_by_role("tab", name="参与方 Parties").click()
    wait_app(page)
    expect(link).to_be_visible()  # the same row, its article beside it
    expect(page.get_by_test_id("clean-text")).to_be_visible()


def test_a_table_whose_rows_can_be_chosen_turns_pages(page: Page, server: str,
                                                      e2e_db: Path) -> None:
    """Selectable tables show pages (here of TRACKER_TABLE_MAX_ROWS = 5 rows) and a page number;
    the caption says which rows are shown."""
    n = sql_value(e2e_db, "SELECT count(*) FROM mart_agreements WHERE in_kx_scope")
    assert n > 5
    page.goto(f"{server}/explorer")
    wait_app(page)
    panel = page.get_by_role("tabpanel", name="协议 Agreements")
    expect(panel.get_by_text(f"显示前 5 行，共 {n} 行")).to_be_visible()
    number = panel.get_by_label("页 Page", exact=False)
    expect(number).to_have_value("1")
    number.fill("2")
    number.press("Enter")
    expect(panel.get_by_text(f"显示第 6–{min(10, n)} 行，共 {n} 行")).to_be_visible()
    wait_app(page)
    expect(panel.get_by_test_id("stDataFrame")).to_have_count(1)  # the page replaces page 1


def test_the_timeline_says_it_draws_only_the_latest_points(page: Page, e2e_db: Path,
                                                             tmp_path: Path) -> None:
    """Past TRACKER_TIMELINE_MAX_POINTS the chart draws the most recent agreements, and a caption
    under it says so and where the others are: never silently."""
    from tests.e2e.conftest import serve
    from tests.e2e.test_surprises import PLOTLY_POINTS_JS, POINTS_TAB, wait_plotly

    dated = sql_value(e2e_db, "SELECT count(*) FROM mart_agreements WHERE date_lo IS NOT NULL")
    assert dated > 3
    with serve(e2e_db, tmp_path, TRACKER_TIMELINE_MAX_POINTS="3") as base:
        page.goto(f"{base}/timeline?scope={quote('全部')}&chart={quote(POINTS_TAB)}")
        wait_app(page)
        wait_plotly(page, "points")
        assert len(page.evaluate(PLOTLY_POINTS_JS, "points")) == 3
        expect(page.get_by_text(f"只画出最近的 3 项协议（共 {dated} 项有日期）",
                                exact=False)).to_be_visible()
        expect(page.get_by_text("The 3 most recent of", exact=False)).to_be_visible()


def test_a_fresh_servers_first_visitor_follows_a_record_link(page: Page, e2e_db: Path,
                                                             tmp_path: Path) -> None:
    """`make run` serves the dashboard with serve.py, whose warm-up starts with the server and
    runs beside the first visits: a fresh server's very first visitor, arriving by a shared link
    to an organisation, sees its page with its counts, and the Overview's numbers next."""
    from tests.e2e.conftest import serve

    org = "河南省科学技术协会"
    mine = f"SELECT DISTINCT agreement_id FROM agreement_parties WHERE name = '{org}'"
    with serve(e2e_db, tmp_path, "serve.py") as base:
        page.goto(f"{base}/org?org={quote(org)}", timeout=180_000)  # a cold server
        wait_app(page)
        expect(page.get_by_role("heading", name=org)).to_be_visible()
        expect_metric(page, "协议 Agreements", str(sql_value(e2e_db,
                                                           f"SELECT count(*) FROM ({mine})")))
        agreements = page.get_by_test_id("stDataFrame").nth(1)
        expect(agreements).to_be_visible()
        page.goto(base)
        wait_app(page)
        for label, value in expected_overview(e2e_db).items():
            expect_metric(page, label, str(value))
