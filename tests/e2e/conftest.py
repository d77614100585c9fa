"""Playwright tier: one `streamlit run serve.py` server per session (as `make run` starts the
dashboard) on a free loopback port, reading a copy of the dashboard DB, and headless Debian
chromium whose network is limited to 127.0.0.1.

Every request a page makes that does not go to a test server on 127.0.0.1 (or data:/blob:) is
aborted and recorded; the `page` fixture fails the test if there was any. `serve()` starts more
servers (tests/e2e/test_surprises.py: a seeds-only database that its tests import into).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import (
    Browser,
    Page,
    Playwright,
    Request,
    Route,
    expect,
    sync_playwright,
)

from tests.dashboard_support import ARTIFACTS, ROOT, make_dashboard_db

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
    "--no-first-run", "--disable-component-update", "--disable-sync",
    # Belt and braces: no host name but the loopback one resolves at all.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]
VIEWPORT = {"width": 1400, "height": 1250}
LOOPBACK = "http://127.0.0.1:"  # every test server listens there
TABLE_ROWS = 5  # tall: Streamlit scrolls inside its own container
# expect() retries its condition up to this long (default 5 s): on a loaded 2-core machine a
# page's charts can take longer to draw. Conditions that hold return at once.
expect.set_options(timeout=20_000)
UPLOAD_MAX_MB = 1


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def e2e_db(seeds_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_dashboard_db(seeds_db, tmp_path_factory.mktemp("e2e"))


def _copy_output(proc: subprocess.Popen[bytes], log: Path, ready: threading.Event) -> None:
    """Copy the server's output to its log; set `ready` when it prints the URL it serves."""
    assert proc.stdout is not None
    with log.open("wb") as out:
        for line in proc.stdout:
            out.write(line)
            out.flush()
            if b"URL:" in line:
                ready.set()
    ready.set()  # the server exited: the caller finds out from proc.poll()


@contextmanager
def streamlit_server(env: dict[str, str], log: Path, entry: str = "serve.py") -> Iterator[str]:
    """`streamlit run serve.py` (as `make run` starts the dashboard; `entry="dashboard.py"`:
    the bare script) on a free loopback port with this environment: its base URL once it
    answers, stopped at the end."""
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", entry,
         "--server.port", str(port), "--server.address", "127.0.0.1",
         "--server.headless", "true", "--server.fileWatcherType", "none",
         "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    ready = threading.Event()
    threading.Thread(target=_copy_output, args=(proc, log, ready), daemon=True).start()
    base = f"http://127.0.0.1:{port}"
    # Streamlit prints its URL once it listens; then the health endpoint must answer "ok".
    if not ready.wait(timeout=60) or proc.poll() is not None:
        proc.kill()
        raise RuntimeError(f"streamlit did not start:\n{log.read_text(errors='replace')}")
    with urllib.request.urlopen(f"{base}/_stcore/health", timeout=30) as r:
        assert r.read() == b"ok"
    try:
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@contextmanager
def serve(db: Path, workdir: Path, entry: str = "serve.py", **env_extra: str) -> Iterator[str]:
    """The dashboard served by `streamlit run <entry>` reading `db`, with the test settings;
    yields its base URL."""
    env = {**os.environ, "TRACKER_DB": str(db),
           "TRACKER_UPLOAD_DIR": str(workdir / "uploads"),
           # Tables show few rows, so a download must prove it holds the whole view.
           "TRACKER_TABLE_MAX_ROWS": str(TABLE_ROWS),
           # A small upload limit, so a refused file can be a small one.
           "TRACKER_UPLOAD_MAX_MB": str(UPLOAD_MAX_MB), **env_extra}
    with streamlit_server(env, workdir / "streamlit.log", entry) as base:
        yield base


@pytest.fixture(scope="session")
def server(e2e_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serve(e2e_db, tmp_path_factory.mktemp("server")) as base:
        yield base


@pytest.fixture(scope="session")
def playwright_instance() -> Iterator[Playwright]:
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright_instance: Playwright) -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    b = playwright_instance.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield b
    b.close()


def warm(browser: Browser, base: str) -> str:
    """A fresh Streamlit server's first run imports pandas, plotly, pyecharts …: pay for that
    once, with a generous limit, so the tests' own timeouts measure the app, not a cold start
    on a busy machine."""
    context = browser.new_context(viewport=VIEWPORT)
    context.route("**/*", lambda route, request: route.continue_()
                  if request.url.startswith((base, "data:", "blob:")) else route.abort())
    pg = context.new_page()
    pg.goto(base, timeout=180_000)
    pg.get_by_test_id("stMetricValue").first.wait_for(timeout=180_000)
    context.close()
    return base


@pytest.fixture(scope="session")
def warm_server(browser: Browser, server: str) -> str:
    return warm(browser, server)


@pytest.fixture()
def page(browser: Browser, server: str, warm_server: str) -> Iterator[Page]:
    context = browser.new_context(viewport=VIEWPORT, accept_downloads=True, locale="zh-CN")
    outside: list[str] = []

    def allow_loopback_only(route: Route, request: Request) -> None:
        if request.url.startswith((LOOPBACK, "data:", "blob:")):
            route.continue_()
        else:
            outside.append(request.url)
            route.abort()

    context.route("**/*", allow_loopback_only)
    pg = context.new_page()
    pg.on("websocket", lambda ws: None if ws.url.startswith("ws://127.0.0.1:")
          else outside.append(ws.url))
    pg.set_default_timeout(30_000)
    try:
        yield pg
    finally:
        context.close()
    assert not outside, f"requests left 127.0.0.1: {outside}"


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
