#!/usr/bin/env python3
"""Time to first paint and to a finished page, for every dashboard page, in headless chromium.

    python bench/first_paint.py                          # the 1M-article DB of dashboard_queries
    python bench/first_paint.py --db data/tracker.duckdb --runs 3
    python bench/first_paint.py --articles 100000 --materialize

Starts the dashboard as `make run` does (`streamlit run serve.py`; `dashboard.py` in a checkout
without serve.py) on a free loopback port against the database (built by
bench/dashboard_queries.py when missing), then opens each page of dashboard.py's navigation in a
fresh browser context (Playwright + Debian's /usr/bin/chromium, network limited to 127.0.0.1)
and reports, per page:
- first paint: the browser's first-contentful-paint (Performance API), i.e. Streamlit's shell;
- ready: navigation start until the page's script run has finished and its title is drawn
  (stApp connected, script state notRunning, an h1 in the main block), i.e. every query has
  returned and every element is on screen: the figure the <= 3 s target is about.
The first visit of each page is cold (no Streamlit result cache; DuckDB's pages may be warm from
the earlier pages), later runs are warm (cached results). Results also go to
bench/out/first_paint.json.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-quic", "--no-first-run", "--disable-component-update",
                 "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]
TARGET_S = 3.0
READY = ("[data-testid='stApp'][data-test-connection-state='CONNECTED']",
         "[data-testid='stApp'][data-test-script-state='notRunning']",
         "[data-testid='stMainBlockContainer'] h1")


def pages() -> list[tuple[str, str]]:
    """(title, url path) of every page in dashboard.py's navigation, the default one first."""
    src = (ROOT / "dashboard.py").read_text(encoding="utf-8")
    found = []
    for m in re.finditer(r"st\.Page\((.*?)\)", src, re.S):
        args = m.group(1)
        title = re.search(r'title="([^"]+)"', args)
        url = re.search(r'url_path="([^"]*)"', args)
        found.append((title.group(1) if title else args.split(",")[0],
                      "" if "default=True" in args or not url else url.group(1)))
    return sorted(found, key=lambda p: p[1] != "")


# The record pages opened on their heaviest record too (without one they list the records):
# the organisation with the most agreements, the agreement with the most reports, the
# programme with the most mentions.
HEAVIEST = {
    "org": ("org", "SELECT name FROM mart_organizations ORDER BY n_agreements DESC, name LIMIT 1"),
    "agreement": ("id", """SELECT agreement_id FROM agreement_sources GROUP BY 1
                           ORDER BY count(*) DESC, 1 LIMIT 1"""),
    "programme": ("id", """SELECT initiative_id FROM initiative_mentions GROUP BY 1
                           ORDER BY count(*) DESC, 1 LIMIT 1"""),
}


def record_pages(db: Path, listed: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(title + the record, url path with its key) for each record page of the navigation."""
    from urllib.parse import quote

    import duckdb

    out = []
    with duckdb.connect(str(db), read_only=True) as con:
        for title, path in listed:
            if path in HEAVIEST:
                key, sql = HEAVIEST[path]
                row = con.execute(sql).fetchone()
                if row:
                    out.append((f"{title} ({key}=…)", f"{path}?{key}={quote(str(row[0]))}"))
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def entry_script(root: Path) -> str:
    """How `make run` starts that checkout: serve.py (the dashboard behind st.App, warmed at
    server start) where it exists, else dashboard.py."""
    return "serve.py" if (root / "serve.py").exists() else "dashboard.py"


def start_server(db: Path, log: Path) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    env = {**os.environ, "TRACKER_DB": str(db)}
    with log.open("wb") as fh:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", entry_script(ROOT),
             "--server.port", str(port), "--server.address", "127.0.0.1",
             "--server.headless", "true",
             "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false"],
            cwd=ROOT, env=env, stdout=fh, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as r:
                if r.read() == b"ok":
                    return proc, base
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError(f"streamlit did not start:\n{log.read_text(errors='replace')}")
        time.sleep(0.2)


def measure(browser: object, url: str, timeout_s: float) -> dict:
    ctx = browser.new_context(viewport={"width": 1400, "height": 1250}, locale="zh-CN")
    page = ctx.new_page()
    page.set_default_timeout(timeout_s * 1000)
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        t0 = time.perf_counter()
        page.goto(url)
        try:
            for sel in READY:
                page.wait_for_selector(sel)
        except PlaywrightTimeout:
            return {"ready_s": None, "first_paint_s": None, "exceptions": 0,
                    "exception_texts": [], "timeout_s": timeout_s}
        ready = time.perf_counter() - t0
        fcp = page.evaluate("() => (performance.getEntriesByName('first-contentful-paint')[0]"
                            " || {}).startTime || null")
        exc = page.locator("[data-testid='stException']")
        errors = [exc.nth(i).inner_text()[:300] for i in range(exc.count())]
        return {"ready_s": ready, "first_paint_s": fcp / 1000 if fcp else None,
                "exceptions": len(errors), "exception_texts": errors}
    finally:
        ctx.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, help="default: bench/out/dash-<articles>.duckdb")
    ap.add_argument("--articles", type=int, default=1_000_000)
    ap.add_argument("--materialize", action="store_true",
                    help="use the copy whose mart views are tables (dashboard_queries.py)")
    ap.add_argument("--runs", type=int, default=3, help="visits per page (the first is cold)")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per page visit")
    ap.add_argument("--json", default="first_paint.json", help="results file in bench/out/")
    ap.add_argument("--only", help="regex: visit only the pages whose title matches")
    args = ap.parse_args(argv)
    from bench import dashboard_queries as dq

    db = args.db or OUT / f"dash-{args.articles}.duckdb"
    if not db.exists():
        dq.build_db(args.articles, db)
    if args.materialize:
        db = dq.materialized_copy(db)
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing: apt-get install chromium")
        return 1
    from playwright.sync_api import sync_playwright

    OUT.mkdir(parents=True, exist_ok=True)
    proc, base = start_server(db, OUT / "first_paint_streamlit.log")
    results: dict[str, list[dict]] = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            print(f"database {db}; server {base}")
            print(f"{'page':<28}{'run':>4}{'first paint s':>15}{'ready s':>10}")
            listed = pages()
            listed += record_pages(db, listed)
            if args.only:
                listed = [p for p in listed if re.search(args.only, p[0])]
            for run in range(args.runs):
                for title, path in listed:
                    r = measure(browser, f"{base}/{path}", args.timeout)
                    results.setdefault(title, []).append(r)
                    fp = f"{r['first_paint_s']:.2f}" if r["first_paint_s"] else "-"
                    if r["ready_s"] is None:
                        print(f"{title:<28}{run + 1:>4}{fp:>15}{'> ' + str(args.timeout):>10}"
                              "  <-- not ready within the timeout", flush=True)
                        continue
                    flag = "  <-- over target" if r["ready_s"] > TARGET_S else ""
                    if r["exceptions"]:
                        first = r["exception_texts"][0].splitlines()[0][:80]
                        flag += f"  ({r['exceptions']} exception shown: {first})"
                    print(f"{title:<28}{run + 1:>4}{fp:>15}{r['ready_s']:>10.2f}{flag}",
                          flush=True)
            browser.close()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    print()
    for title, rs in results.items():
        cold = rs[0]["ready_s"]
        warm = [r["ready_s"] for r in rs[1:] if r["ready_s"] is not None]
        print(f"{title:<28} cold " + (f"{cold:.2f} s" if cold is not None else "timeout")
              + (f", warm median {statistics.median(warm):.2f} s" if warm else ""))
    (OUT / args.json).write_text(json.dumps({"db": str(db), "results": results},
                                                     ensure_ascii=False, indent=1) + "\n",
                                          encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
