"""Browser tests: the real dashboard in headless chromium, network limited to 127.0.0.1.

Each test saves a screenshot of what it checked to tests/artifacts/ for review.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import Page, expect

from tests.dashboard_support import expected_overview, sql_value

pytestmark = pytest.mark.e2e


def wait_app(page: Page) -> None:
    """Until the websocket is up and the script run has finished."""
    page.wait_for_selector("[data-testid='stApp'][data-test-connection-state='CONNECTED']")
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']")
    page.wait_for_selector("[data-testid='stMainBlockContainer'] h1")


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


def painted_share(page: Page, n: int = 0) -> float:
    painted, total = page.evaluate(PAINTED_JS, n)
    return painted / total


def shown_metrics(page: Page) -> dict[str, str]:
    out = {}
    for metric in page.get_by_test_id("stMetric").all():
        label = metric.get_by_test_id("stMetricLabel").inner_text().strip()
        out[label] = metric.get_by_test_id("stMetricValue").inner_text().strip()
    return out


def test_overview_numbers_equal_the_database(page: Page, server: str, e2e_db: Path,
                                             artifacts: Path) -> None:
    goto(page, server)
    expect(page.get_by_test_id("stMetric").first).to_be_visible()
    shown = shown_metrics(page)
    for label, value in expected_overview(e2e_db).items():
        assert shown[label] == str(value), label
    page.screenshot(path=str(artifacts / "overview.png"))


def test_filter_set_through_the_url_is_applied(page: Page, server: str, e2e_db: Path,
                                              artifacts: Path) -> None:
    goto(page, server, f"?province={quote('陕西省')}")
    expect(page.get_by_text("筛选 Filters: 省份 Province = 陕西省")).to_be_visible()
    shown = shown_metrics(page)
    for label, value in expected_overview(e2e_db, "陕西省").items():
        assert shown[label] == str(value), label
    page.screenshot(path=str(artifacts / "overview_url_filter.png"))


def test_map_is_drawn_and_a_click_drills_down(page: Page, server: str, e2e_db: Path,
                                              artifacts: Path) -> None:
    goto(page, server, "map")
    page.wait_for_function("() => window.__trackerCharts && window.__trackerCharts.cn")
    page.wait_for_timeout(1500)  # let the map's entry animation finish
    assert painted_share(page, 0) > 0.02, "the China map canvas is blank"
    page.screenshot(path=str(artifacts / "map.png"))

    # Click Henan where the map is drawn (geo coordinates -> pixels of the live chart).
    x, y = page.evaluate("() => window.__trackerCharts.cn.convertToPixel({geoIndex: 0}, "
                         "[113.4, 33.4])")
    box = page.locator(".echarts-container").first.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + x, box["y"] + y)
    expect(page.locator(".echarts-container")).to_have_count(2)
    wait_app(page)
    assert "drill=" in page.url
    page.wait_for_function("() => window.__trackerCharts && window.__trackerCharts.province")
    page.wait_for_timeout(1500)
    assert painted_share(page, 1) > 0.01, "the province map canvas is blank"
    signed = sql_value(e2e_db, """SELECT count(DISTINCT c) FROM (SELECT unnest(cities) AS c
        FROM agreements WHERE list_contains(provinces, '河南省'))""")
    total = sql_value(e2e_db, """SELECT count(*) FROM regions
        WHERE level = 'prefecture' AND province_adcode = '410000'""")
    assert shown_metrics(page)["已签约城市 Signed cities"] == f"{signed} / {total}"
    page.get_by_text("省份下钻 Province drill-down").scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "map_drill_down.png"))
