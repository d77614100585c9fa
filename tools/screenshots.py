#!/usr/bin/env python3
"""Screenshots of every dashboard page, on the seeds database and on the dev-corpus database.

    python tools/screenshots.py                 # both databases -> screenshots/ (git-ignored)
    python tools/screenshots.py --db seeds      # one of them
    python tools/screenshots.py --only map      # pages whose name contains "map"

Builds the two databases with the real ETL when missing (`screenshots/db/seeds.duckdb` from
`seeds/`; `screenshots/db/dev.duckdb` from `seeds/` plus the 60 articles of
`tests/fixtures/corpus/`), starts `streamlit run dashboard.py` on a free loopback port for each,
opens every view of VIEWS in headless chromium (network limited to 127.0.0.1), waits until the
script run has finished and the page's charts are drawn, and saves
`screenshots/<db>/<nn>_<view>.png`, plus an `index.html` showing them all on one page: anyone can
look at the whole dashboard in a minute.
"""

from __future__ import annotations

import argparse
import html
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.first_paint import CHROMIUM, CHROMIUM_ARGS, start_server  # noqa: E402

OUT = ROOT / "screenshots"
IDLE = ("[data-testid='stApp'][data-test-connection-state='CONNECTED']"
        "[data-test-script-state='notRunning']")

# (name, URL path and query, what to wait for besides the idle app: a CSS selector or None).
# {agreement}, {programme}, {org}: a busy record of the database (see busy_records).
VIEWS: list[tuple[str, str, str | None]] = [
    ("overview", "", None),
    ("overview_all_scope", "?scope=全部", None),
    ("overview_compare", "?compare=2023&compare_to=2022#compare", None),
    ("map", "map", ".echarts-container canvas"),
    ("map_drill_henan", "map?drill=河南", ".echarts-container canvas"),
    ("map_coverage", "map?map_metric=覆盖率", ".echarts-container canvas"),
    ("map_over_time", "map?map_time=true&scope=全部", ".echarts-container canvas"),
    ("timeline", "timeline", ".js-plotly-plot"),
    ("timeline_all_scope", "timeline?scope=全部", ".js-plotly-plot"),
    ("network", "network?scope=全部", ".echarts-container canvas"),
    ("programmes", "programmes", ".js-plotly-plot"),
    ("explorer", "explorer", "[data-testid='stDataFrame']"),
    ("explorer_row", "explorer?agreement={agreement}", "[data-testid='clean-text']"),
    ("explorer_console", "explorer?tab=SQL 控制台 Console&sql=SELECT model, count(*) AS n "
     "FROM mart_agreements GROUP BY model ORDER BY n DESC", None),
    ("organisation", "org?org={org}", ".js-plotly-plot"),
    ("organisations", "org", "[data-testid='stDataFrame']"),
    ("agreement", "agreement?id={agreement}", "[data-testid='report-0']"),
    ("programme", "programme?id={programme}", "[data-testid='mention-0']"),
    ("glossary", "glossary", "[data-testid='stDataFrame']"),
    ("import", "import", None),
]


def busy_records(db: Path) -> dict[str, str]:
    """A record of each kind with much to show: the agreement with the most reports, the
    programme with the most mentions, the organisation with the most agreements."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        one = lambda sql: (con.execute(sql).fetchone() or [""])[0]  # noqa: E731
        return {
            "agreement": one("SELECT agreement_id FROM mart_agreements "
                             "ORDER BY n_sources DESC, date_lo DESC NULLS LAST LIMIT 1"),
            "programme": one("SELECT initiative_id FROM mart_initiatives "
                             "ORDER BY n_mentions DESC, initiative_id LIMIT 1"),
            "org": one("SELECT name FROM mart_organizations WHERE in_kx_scope "
                       "ORDER BY n_agreements DESC, name LIMIT 1"),
        }
    finally:
        con.close()


def build_dbs(which: list[str]) -> dict[str, Path]:
    from etl.storage.build import build

    out: dict[str, Path] = {}
    (OUT / "db").mkdir(parents=True, exist_ok=True)
    inputs = {"seeds": [ROOT / "seeds"],
              "dev": [ROOT / "seeds", ROOT / "tests" / "fixtures" / "corpus"]}
    # Rebuilt when missing or older than the ETL's code and rules (a stale database would
    # show what an earlier ETL extracted).
    etl_changed = max(f.stat().st_mtime for f in (ROOT / "etl").rglob("*")
                      if f.is_file() and "__pycache__" not in f.parts)
    for name in which:
        db = OUT / "db" / f"{name}.duckdb"
        if db.exists() and db.stat().st_mtime < etl_changed:
            db.unlink()
        if not db.exists():
            build([str(p) for p in inputs[name]], db, workers=1)
        out[name] = db
    return out


def shoot(browser: object, base: str, folder: Path, only: str | None,
          records: dict[str, str]) -> list[Path]:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    folder.mkdir(parents=True, exist_ok=True)
    saved = []
    for i, (name, path, wait_for) in enumerate(VIEWS):
        if only and only not in name:
            continue
        ctx = browser.new_context(viewport={"width": 1400, "height": 1600}, locale="zh-CN")
        ctx.route("**/*", lambda route, request: route.continue_()
                  if request.url.startswith((base, "data:", "blob:")) else route.abort())
        page = ctx.new_page()
        page.set_default_timeout(60_000)
        started = time.perf_counter()
        try:
            page.goto(f"{base}/{path.format(**records)}")
            page.wait_for_selector(IDLE)
            page.wait_for_selector("[data-testid='stMainBlockContainer'] h1")
            if wait_for:
                page.wait_for_selector(wait_for)
            # Let animations (ECharts, plotly transitions) settle: wait until the idle state
            # holds and no chart is animating, checked by the browser, not by a fixed sleep.
            page.wait_for_function(
                "() => !document.querySelector('[data-testid=\"stSkeleton\"]')")
            page.wait_for_selector(IDLE)
        except PlaywrightTimeout:
            print(f"  {name}: not ready within 60 s (screenshot taken anyway)")
        # Streamlit scrolls inside its own container: grow the viewport to the page's height so
        # that one image holds the whole page, then wait for the run that the resize causes.
        height = page.evaluate("() => document.querySelector('[data-testid=\"stMain\"]')"
                               ".scrollHeight")
        page.set_viewport_size({"width": 1400, "height": min(max(1600, height + 40), 12000)})
        page.wait_for_selector(IDLE)
        target = folder / f"{i:02d}_{name}.png"
        page.screenshot(path=str(target))
        print(f"  {target.relative_to(ROOT)}  ({time.perf_counter() - started:.1f} s)")
        saved.append(target)
        ctx.close()
    return saved


def write_index(shots: dict[str, list[Path]]) -> Path:
    """index.html of every database's screenshots on disk (a run of one keeps the other's)."""
    for folder in ("seeds", "dev"):
        if folder not in shots and (OUT / folder).is_dir():
            shots = {**shots, folder: sorted((OUT / folder).glob("*.png"))}
    shots = {db: shots[db] for db in sorted(shots, key=lambda d: d != "seeds")}
    parts = ["<!doctype html><meta charset='utf-8'><title>Dashboard screenshots</title>",
             "<style>body{font-family:sans-serif}img{width:46%;margin:4px;border:1px solid #ccc}"
             "</style>"]
    for db, files in shots.items():
        parts.append(f"<h2>{html.escape(db)}</h2>")
        for f in files:
            rel = f.relative_to(OUT).as_posix()
            parts.append(f"<a href='{html.escape(rel)}'><img src='{html.escape(rel)}' "
                         f"title='{html.escape(f.stem)}'></a>")
    index = OUT / "index.html"
    index.write_text("\n".join(parts), encoding="utf-8")
    return index


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", choices=["seeds", "dev"], action="append")
    ap.add_argument("--only", help="only the views whose name contains this")
    args = ap.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing: apt-get install chromium")
        return 1
    from playwright.sync_api import sync_playwright

    dbs = build_dbs(args.db or ["seeds", "dev"])
    shots: dict[str, list[Path]] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for name, db in dbs.items():
            proc, base = start_server(db, OUT / f"streamlit-{name}.log")
            print(f"{name}: {db} on {base}")
            try:
                shots[name] = shoot(browser, base, OUT / name, args.only, busy_records(db))
            finally:
                proc.terminate()
                proc.wait(timeout=10)
        browser.close()
    print(f"index: {write_index(shots).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
