#!/usr/bin/env python3
"""Paint cost of two versions of the dashboard side by side, robust to a loaded machine.

    git archive main | tar -x -C /tmp/base && ln -s $PWD/.venv /tmp/base/.venv
    python bench/paint_ab.py /tmp/base --visits 3

Starts `streamlit run dashboard.py` from BEFORE (another checkout) and from this tree, on the
same 1M-article database, and visits the heaviest pages alternately on each (after one warming
visit each), in fresh browser contexts. Per visit: ready (as bench/first_paint.py measures it),
then, 1.5 s later (charts and lazy table rows settled), the renderer main thread's CPU time
(Chrome's ThreadTime metric) and the Streamlit server's CPU time (/proc). Wall times move 2-3x
with the other users of a shared machine; CPU times much less. Prints medians (markdown).
"""
import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import bench.first_paint as fp  # noqa: E402

ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
ap.add_argument("before", type=Path, help="the other checkout (with its .venv)")
ap.add_argument("--visits", type=int, default=3)
ap.add_argument("--db", type=Path, default=fp.OUT / "dash-1000000.duckdb")
ap.add_argument("--only", help="regex: visit only the pages whose name matches")
args = ap.parse_args()
from playwright.sync_api import sync_playwright  # noqa: E402

DB = args.db
ORG = "org?org=%E4%B8%AD%E5%9B%BD%E7%A7%91%E5%AD%A6%E6%8A%80%E6%9C%AF%E5%8D%8F%E4%BC%9A"
PAGES = [("Overview", ""), ("Timeline", "timeline"), ("Programmes", "programmes"),
         ("Explorer", "explorer"), ("Review", "review"), ("Org 中国科协", ORG), ("Map", "map"),
         ("Network", "network"),
         # The Timeline's and the Programmes' other tabs (a checkout without tabs draws all).
         ("Timeline: each agreement", "timeline?chart=%E6%AF%8F%E9%A1%B9%E5%8D%8F%E8%AE%AE"
                                      "%20Each%20agreement"),
         ("Programmes: province × family", "programmes?prog_tab=%E7%9C%81%E4%BB%BD%20%C3%97%20"
                                           "%E7%B1%BB%E5%88%AB%20Province%20%C3%97%20family")]
# The agreement and programme permalinks on their heaviest records (bench/first_paint.py).
PAGES += [(f"{title.split(' ')[0]} record", path) for title, path in fp.record_pages(DB, fp.pages())
          if not path.startswith("org")]
if args.only:
    import re

    PAGES = [p for p in PAGES if re.search(args.only, p[0])]


def cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


PLOTLY_DRAWN = """() => [...document.querySelectorAll('[data-testid=stPlotlyChart]')]
  .every(e => e.querySelector('.main-svg'))"""


def visit(browser: object, server: tuple, path: str) -> tuple[float, float, float]:
    proc, base = server
    ctx = browser.new_context(viewport={"width": 1400, "height": 1250}, locale="zh-CN")
    try:
        page = ctx.new_page()
        page.set_default_timeout(120_000)
        cdp = ctx.new_cdp_session(page)
        cdp.send("Performance.enable")
        c0, t0 = cpu(proc.pid), time.perf_counter()
        page.goto(f"{base}/{path}")
        for sel in fp.READY:
            page.wait_for_selector(sel)
        ready = time.perf_counter() - t0
        # Every plotly chart drawn (its SVG is there: on a loaded machine plotly.js can still be
        # loading when the script has finished), then charts and lazy table rows settle.
        page.wait_for_function(PLOTLY_DRAWN, polling=100)
        page.wait_for_timeout(1500)
        metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
        return ready, metrics.get("ThreadTime", 0.0), cpu(proc.pid) - c0
    finally:
        ctx.close()


servers = {}
for side, root in (("before", args.before.resolve()), ("after", ROOT)):
    fp.ROOT = root
    servers[side] = fp.start_server(DB, fp.OUT / f"paint_ab_{side}.log")
res: dict[str, dict[str, list]] = {}
try:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=fp.CHROMIUM, args=fp.CHROMIUM_ARGS)
        for v in range(args.visits + 1):  # visit 0 warms both servers
            for name, path in PAGES:
                for side in ("before", "after") if v % 2 == 0 else ("after", "before"):
                    r = visit(browser, servers[side], path)
                    if v:
                        res.setdefault(name, {}).setdefault(side, []).append(r)
        browser.close()
finally:
    for proc, _ in servers.values():
        proc.terminate()
print(f"load average {' '.join(Path('/proc/loadavg').read_text().split()[:3])}")
print("| page | ready (s) before → after | browser main-thread CPU (s) | server CPU (s) |")
print("|---|---|---|---|")
for name, sides in res.items():
    med = {k: [statistics.median(x[i] for x in sides[k]) for i in range(3)] for k in sides}
    print(f"| {name} | " + " | ".join(f"{med['before'][i]:.2f} → {med['after'][i]:.2f}"
                                      for i in range(3)) + " |")
(fp.OUT / "paint_ab.json").write_text(json.dumps(res, ensure_ascii=False), encoding="utf-8")
