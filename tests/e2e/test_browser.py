"""Browser tests: the real dashboard in headless chromium, network limited to 127.0.0.1.

Each test saves a screenshot of what it checked to tests/artifacts/ for review.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import Page, expect

from tests.dashboard_support import expected_overview

pytestmark = pytest.mark.e2e


def wait_app(page: Page) -> None:
    """Until the websocket is up and the script run has finished."""
    page.wait_for_selector("[data-testid='stApp'][data-test-connection-state='CONNECTED']")
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']")
    page.wait_for_selector("[data-testid='stMainBlockContainer'] h1")


def goto(page: Page, base: str, path: str = "") -> None:
    page.goto(f"{base}/{path}")
    wait_app(page)


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
