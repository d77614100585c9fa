#!/usr/bin/env python3
"""Cold visits of two versions of the dashboard side by side: a fresh server per round.

    python bench/paint_cold_ab.py ../wt-base --rounds 3 [--db-before PATH] [--db PATH]

bench/paint_ab.py compares warm visits (every result cached); this compares what the first
visitors of a freshly started server wait for: each round starts BEFORE's server (another
checkout, started the way that checkout's `make run` starts it: bench/first_paint.py's
entry_script) and this tree's, one after the other in alternating order, and visits, as soon as
the server answers, the Overview (the server's first session: imports and first queries), then
the record pages on their heaviest records (not among any warm-up's default views) and the
other dashboard pages, each once, in fresh browser contexts. Per visit: first paint and ready
(as bench/first_paint.py measures them) and the Streamlit server's CPU time (/proc). Prints the
medians per page (markdown) and the load average; raw figures go to bench/out/paint_cold_ab.json.
`--settle S`: the first visit S seconds after the server answers (a server started before its
visitors come). `--db-before`: BEFORE reads its own database (when this tree's build writes
tables or indexes BEFORE's queries could use).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import bench.first_paint as fp  # noqa: E402

ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ap.add_argument("before", type=Path, help="the other checkout (with its .venv)")
ap.add_argument("--rounds", type=int, default=3)
ap.add_argument("--db", type=Path, default=fp.OUT / "dash-1000000.duckdb")
ap.add_argument("--db-before", type=Path, help="BEFORE's database (default: --db)")
ap.add_argument("--only", help="regex: visit only the pages whose name matches (and the first)")
ap.add_argument("--settle", type=float, default=0.0,
                help="seconds between the server answering and the first visit (0: at once, "
                     "the worst case for a warm-up that starts with the server)")
args = ap.parse_args()
from playwright.sync_api import sync_playwright  # noqa: E402

ROOTS = {"before": args.before.resolve(), "after": ROOT}
DBS = {"before": args.db_before or args.db, "after": args.db}
EACH_AGREEMENT = "timeline?chart=%E6%AF%8F%E9%A1%B9%E5%8D%8F%E8%AE%AE%20Each%20agreement"
records = {title.split(" ")[0]: path for title, path in fp.record_pages(DBS["after"], fp.pages())}
PAGES = [("总览 Overview (first session)", ""),
         *[(f"{name} ({path.split('?')[1][:3]}…)", path) for name, path in records.items()],
         ("地图 Map", "map"), ("时间线 Timeline", "timeline"),
         ("时间线 每项协议 tab", EACH_AGREEMENT), ("项目 Programmes", "programmes"),
         ("数据 Explorer", "explorer"), ("审核 Review", "review")]
if args.only:
    import re

    PAGES = PAGES[:1] + [p for p in PAGES[1:] if re.search(args.only, p[0])]


def cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


res: dict[str, dict[str, list[dict]]] = {}
loads: list[str] = []
with sync_playwright() as p:
    browser = p.chromium.launch(executable_path=fp.CHROMIUM, args=fp.CHROMIUM_ARGS)
    for r in range(args.rounds):
        for side in ("before", "after") if r % 2 == 0 else ("after", "before"):
            fp.ROOT = ROOTS[side]
            loads.append(load())
            proc, base = fp.start_server(DBS[side], fp.OUT / f"paint_cold_ab_{side}.log")
            time.sleep(args.settle)
            try:
                for name, path in PAGES:
                    c0 = cpu(proc.pid)
                    m = fp.measure(browser, f"{base}/{path}", 120)
                    m["server_cpu_s"] = cpu(proc.pid) - c0
                    res.setdefault(name, {}).setdefault(side, []).append(m)
                    print(f"round {r + 1} {side:<6} {name:<34} first paint "
                          f"{m['first_paint_s'] or 0:5.2f}  ready {m['ready_s'] or -1:6.2f}  "
                          f"server CPU {m['server_cpu_s']:5.2f}  (load {load()})", flush=True)
            finally:
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:  # a server that will not stop is killed
                    proc.kill()
            time.sleep(1)
    browser.close()
loads.append(load())


def med(xs: list[dict], key: str) -> str:
    vals = [x[key] for x in xs if x.get(key) is not None]
    return f"{statistics.median(vals):.2f}" if vals else "-"


print(f"\nload average at each server start and at the end: {'; '.join(loads)}")
print("| page (cold: first visit after a server start) | first paint (s) before → after "
      "| ready (s) before → after | server CPU (s) before → after |")
print("|---|---|---|---|")
for name, sides in res.items():
    print(f"| {name} | " + " | ".join(f"{med(sides['before'], k)} → {med(sides['after'], k)}"
                                      for k in ("first_paint_s", "ready_s", "server_cpu_s"))
          + " |")
(fp.OUT / "paint_cold_ab.json").write_text(json.dumps({"loads": loads, "results": res},
                                                      ensure_ascii=False), encoding="utf-8")
