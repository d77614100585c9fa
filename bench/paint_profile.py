#!/usr/bin/env python3
"""Where a page's browser time goes: a JS CPU profile and a timeline trace of one warm visit.

    python bench/paint_profile.py timeline --visits 2 [--db PATH] [--top 25]

Starts this checkout's dashboard on the database, warms the page once, then visits it again in a
fresh browser context with Chrome's sampling profiler and its timeline trace on, and prints the
renderer main thread's time by kind of work (script, style, layout, paint, parse, GC) and the
JS functions with the most self time (by script file), so a page's cost can be pinned on a
chart, a table or Streamlit's own drawing before changing it.
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import bench.first_paint as fp  # noqa: E402

KINDS = {  # trace event name -> kind of work
    "FunctionCall": "script", "EvaluateScript": "script", "v8.compile": "compile",
    "v8.compileModule": "compile", "v8.produceCache": "compile", "TimerFire": "script",
    "EventDispatch": "script", "FireAnimationFrame": "script", "RunMicrotasks": "script",
    "UpdateLayoutTree": "style", "RecalculateStyles": "style", "Layout": "layout",
    "Paint": "paint", "PaintImage": "paint", "RasterTask": "paint", "CompositeLayers": "paint",
    "UpdateLayer": "paint", "Layerize": "paint", "PrePaint": "paint", "ParseHTML": "parse",
    "ParseAuthorStyleSheet": "parse", "MinorGC": "gc", "MajorGC": "gc", "V8.GC_SCAVENGER": "gc",
    "BlinkGC.AtomicPhase": "gc", "V8.GCCompactor": "gc", "V8.GCFinalizeMC": "gc",
}


def summarise_trace(events: list[dict]) -> dict[str, float]:
    """Top-level (non-nested) time per kind on the renderer main thread, in seconds."""
    main = None
    for e in events:
        if e.get("name") == "thread_name" and e.get("args", {}).get("name") == "CrRendererMain":
            main = (e["pid"], e["tid"])
    if main is None:
        return {}
    spans = sorted((e["ts"], e["ts"] + e.get("dur", 0), KINDS[e["name"]]) for e in events
                   if (e.get("pid"), e.get("tid")) == main and e.get("ph") == "X"
                   and e.get("name") in KINDS)
    out: dict[str, float] = collections.Counter()
    # Exclusive attribution: a nested event's time goes to its own kind, taken off its parent.
    stack: list[list] = []
    for start, end, kind in spans:
        while stack and stack[-1][1] <= start:
            stack.pop()
        if stack:
            out[stack[-1][2]] -= min(end, stack[-1][1]) - start
        out[kind] += end - start
        stack.append([start, end, kind])
    return {k: v / 1e6 for k, v in sorted(out.items(), key=lambda kv: -kv[1])}


def summarise_profile(profile: dict, top: int) -> list[tuple[float, str]]:
    nodes = {n["id"]: n for n in profile["nodes"]}
    self_us: dict[int, float] = collections.Counter()
    stamps = profile.get("timeDeltas", [])
    for node_id, dt in zip(profile.get("samples", []), [*stamps[1:], 0], strict=False):
        self_us[node_id] += dt
    by_fn: dict[str, float] = collections.Counter()
    by_file: dict[str, float] = collections.Counter()
    for node_id, us in self_us.items():
        cf = nodes[node_id]["callFrame"]
        url = cf.get("url", "").rsplit("/", 1)[-1][:40]
        by_fn[f"{cf.get('functionName') or '(anon)'} @ {url}:{cf.get('lineNumber')}"] += us
        by_file[url or cf.get("functionName", "")] += us
    print("\nself time by script file:")
    for name, us in sorted(by_file.items(), key=lambda kv: -kv[1])[:12]:
        print(f"  {us / 1e6:7.3f} s  {name}")
    return [(us / 1e6, name) for name, us in sorted(by_fn.items(), key=lambda kv: -kv[1])[:top]]


def profiled_visit(browser: object, url: str, top: int) -> None:
    """One visit in a fresh context with the profiler and the trace on; prints the summary."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 1250}, locale="zh-CN")
    try:
        page = ctx.new_page()
        cdp = ctx.new_cdp_session(page)
        events: list[dict] = []
        cdp.on("Tracing.dataCollected", lambda m: events.extend(m["value"]))
        done: list[bool] = []
        cdp.on("Tracing.tracingComplete", lambda m: done.append(True))
        cdp.send("Performance.enable")
        cdp.send("Profiler.enable")
        cdp.send("Profiler.setSamplingInterval", {"interval": 200})
        cdp.send("Tracing.start", {"categories": "devtools.timeline,v8,v8.execute,"
                                   "disabled-by-default-devtools.timeline",
                                   "transferMode": "ReportEvents"})
        cdp.send("Profiler.start")
        t0 = time.perf_counter()
        page.goto(url)
        for sel in fp.READY:
            page.wait_for_selector(sel, timeout=120_000)
        ready = time.perf_counter() - t0
        page.wait_for_timeout(1500)  # charts and lazy table rows settle
        profile = cdp.send("Profiler.stop")["profile"]
        cdp.send("Tracing.end")
        while not done:
            page.wait_for_timeout(100)
        metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
        dom = page.evaluate("() => document.getElementsByTagName('*').length")
        print(f"ready {ready:.2f} s · main-thread CPU {metrics.get('ThreadTime', 0):.2f} s · "
              f"script {metrics.get('ScriptDuration', 0):.2f} s · layout "
              f"{metrics.get('LayoutDuration', 0):.2f} s · style "
              f"{metrics.get('RecalcStyleDuration', 0):.2f} s · DOM nodes {dom} · JS heap "
              f"{metrics.get('JSHeapUsedSize', 0) / 1e6:.0f} MB")
        print("main thread by kind (trace):", json.dumps(
            {k: round(v, 3) for k, v in summarise_trace(events).items()}))
        for s, name in summarise_profile(profile, top):
            print(f"  {s:7.3f} s  {name}")
    finally:
        ctx.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", help="page paths with their query: timeline 'org?org=…'")
    ap.add_argument("--db", type=Path, default=fp.OUT / "dash-1000000.duckdb")
    ap.add_argument("--visits", type=int, default=1, help="profiled visits after the warm one")
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    proc, base = fp.start_server(args.db, fp.OUT / "paint_profile_streamlit.log")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=fp.CHROMIUM, args=fp.CHROMIUM_ARGS)
            for path in args.paths:
                fp.measure(browser, f"{base}/{path}", 120)  # fills the result cache
                for v in range(args.visits):
                    print(f"\n=== /{path} · visit {v + 1}")
                    profiled_visit(browser, f"{base}/{path}", args.top)
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print(f"load average {' '.join(Path('/proc/loadavg').read_text().split()[:3])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
