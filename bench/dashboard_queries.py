#!/usr/bin/env python3
"""Latency of every query the dashboard runs, on a database of 1M articles: p50/p95 per query.

    python bench/dashboard_queries.py                    # 1,000,000 articles, 15 timed runs
    python bench/dashboard_queries.py --quick            # 100,000 articles, 5 runs
    python bench/dashboard_queries.py --articles 300000 --rebuild

The database (bench/out/dash-<N>.duckdb, reused when present) is SYNTHESISED, not extracted:
the ETL is not run on 1M texts. The staged tables are generated in DuckDB SQL with the shape a
build gives (per 1M articles: ~300k agreements from ~330k reports, 2 parties each, drawn over
the real gazetteer's 31 provinces, 333 prefectures and ~2,800 counties in every cooperation
model; ~800k programme mentions; dates 2016-2025 at day/month/year/approx precision), with
article texts taken from a pool of bench/make_corpus.py pages (each prefixed with its id, so
none repeats). Then etl.storage.load.rebuild_facts runs facts.sql and marts.sql exactly as a build
does.

The queries are the SQL constants of dashboard_lib/queries/ (every `SQL_*`, from
queries.all_sql(), so a query added there is timed without touching this file), run through the
dashboard's connection code (read-only, its DuckDB config) without Streamlit's result cache, as
on a first page view. Scoped queries run under three filter scopes built by dashboard_lib.filters:
none, province + date range, and a text search (the default one, without article bodies). A
query the pages replace by a twin when no filter is set, or only the scope switch's default
(queries.UNFILTERED_TWINS), is not timed under "none" or "kx (default)": its twin is. Queries
the pages show through db.Table (a table or capped chart) are timed as shown: the first
TRACKER_TABLE_MAX_ROWS rows plus the count (scope label ":page"); their full form only runs for
a download. Target: p95 <= 300 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"
TARGET_MS = 300.0

# Extra parameters of the queries that take their own `?` (after the scope's), by name.
EXTRA: dict[str, tuple[Any, ...]] = {
    "SQL_LATEST_AGREEMENTS": (10,),
    "SQL_PROVINCE_STATS": (None, None, "会市合作"),
    # the twins of the default view (scope 科协参与 only): kx_only = True
    "SQL_PROVINCE_STATS_ALL": (True, None, None, True, "会市合作"),
    "SQL_CITY_POINTS": (None, None),
    "SQL_CITY_POINTS_ALL": (True, None, None),
    "SQL_PARTIES_TABLE_ALL": (True,),
    "SQL_ARTICLE_COUNT_ALL": (True,),
    "SQL_PARTNER_LINES": (None, None, 400),
    "SQL_PREFECTURE_STATUS": (None, None, "410000"),
    "SQL_TOP_PROGRAMMES": (15,),
    "SQL_PROVINCE_AGREEMENTS": (None, None, "410000"),
    "SQL_COVERAGE_TIMELINE": ("会市合作",),
    # the review queue "to review", nothing saved since the last build
    "SQL_REVIEW_QUEUE": ([], [], None, None, "todo", [], [], [], [], [], None, None),
    "SQL_MERGE_CANDIDATES": ("none", None, None),
}


# ----------------------------------------------------------------------------- the database
def _text_pool(n: int) -> Any:
    """(i, clean_text, original_text) of n generated pages, as an Arrow table."""
    import opencc
    import pyarrow as pa

    from bench.make_corpus import generate

    t2s = opencc.OpenCC("t2s")
    texts = [text for _, text, _ in generate(n, seed=11, workers=1)]
    return pa.table({"i": list(range(n)), "original_text": texts,
                     "clean_text": [t2s.convert(t) for t in texts]})


SYNTH_SQL = """
-- Gazetteer handles: numbered provinces, prefectures, counties (with their parents).
CREATE TEMP TABLE _prov AS
SELECT row_number() OVER (ORDER BY adcode) - 1 AS k, adcode, name FROM regions
WHERE level = 'province' AND adcode NOT IN ('710000', '810000', '820000');
CREATE TEMP TABLE _pref AS
SELECT row_number() OVER (ORDER BY r.adcode) - 1 AS k, r.adcode, r.name, r.province,
       r.province_adcode FROM regions r WHERE r.level = 'prefecture';
CREATE TEMP TABLE _cty AS
SELECT row_number() OVER (ORDER BY c.adcode) - 1 AS k, c.adcode, c.name,
       coalesce(c.prefecture, c.province) AS parent, c.province,
       CASE WHEN c.prefecture IS NOT NULL THEN c.prefecture END AS prefecture
FROM regions c WHERE c.level = 'county';

CREATE TEMP TABLE _art AS
SELECT i, 's' || lpad(CAST(i AS VARCHAR), 8, '0') AS article_id,
       DATE '2016-01-01' + CAST(hash(i, 'd') % 3650 AS INTEGER) AS pub,
       hash(i, 'k') % 100 AS kind
FROM range($n) t(i);

INSERT INTO articles
SELECT a.article_id, 'bench/corpus.jsonl#' || (a.i + 1), 'jsonl', 'utf-8',
       md5(a.article_id || 'raw') || md5(a.article_id || 'raw2'),
       '科技合作新闻 ' || a.article_id, strftime(a.pub, '%Y-%m-%d'), a.pub, 'day',
       '科技网' || (hash(a.i, 's') % 300), NULL,
       'https://news.example.cn/' || a.article_id || '.html',
       CASE WHEN hash(a.i, 'sc') % 100 < 63 THEN 'simplified' WHEN hash(a.i, 'sc') % 100 < 75
            THEN 'traditional' ELSE 'traditional+pinyin' END,
       md5(a.article_id), NULL, NULL,
       a.article_id || ' ' || p.clean_text, a.article_id || ' ' || p.original_text,
       [], 3, 0, 0, 1, TIMESTAMP '2026-01-01 00:00:00'
FROM _art a JOIN _pool p ON p.i = hash(a.i, 'p') % $pool;

-- Reports: 22% of the articles report 1-3 signings; 10% of the reports are a second article
-- about a signing already reported (same agreement id).
CREATE TEMP TABLE _rep AS
SELECT a.i, a.article_id, a.pub, s.seq,
       hash(a.i, s.seq, 'm') % 100 AS m, hash(a.i, s.seq, 'x') AS h,
       hash(a.i, s.seq, 'again') % 10 = 0 AND a.i > 1000 AS again
FROM _art a, range(3) s(seq)
WHERE a.kind < 22 AND s.seq < 1 + (hash(a.i, 'n') % 3 = 0)::INT + (hash(a.i, 'n') % 9 = 0)::INT;

CREATE TEMP TABLE _agr AS
SELECT r.*,
       CASE WHEN m < 40 THEN '会市合作' WHEN m < 50 THEN '省会合作' WHEN m < 70 THEN '会地合作'
            WHEN m < 78 THEN '会会合作' WHEN m < 88 THEN '市市合作' ELSE '其他' END AS model,
       (SELECT count(*) FROM _pref) AS npref, (SELECT count(*) FROM _cty) AS ncty,
       (SELECT count(*) FROM _prov) AS nprov
FROM _rep r;

CREATE TEMP TABLE _pairs AS
SELECT g.*, p1.name AS pref1, p1.adcode AS pref1_code, p1.province AS prov_of_pref1,
       p1.province_adcode AS prov_of_pref1_code,
       p2.name AS pref2, p2.adcode AS pref2_code, p2.province AS prov_of_pref2,
       v1.name AS prov1, v1.adcode AS prov1_code, v2.name AS prov2, v2.adcode AS prov2_code,
       c.name AS county, c.adcode AS county_code, c.parent AS county_parent,
       c.prefecture AS county_pref, c.province AS county_prov
FROM _agr g
JOIN _pref p1 ON p1.k = g.h % g.npref
JOIN _pref p2 ON p2.k = (g.h // 7) % g.npref
JOIN _prov v1 ON v1.k = g.h % g.nprov
JOIN _prov v2 ON v2.k = (g.h // 11) % g.nprov
JOIN _cty c ON c.k = (g.h // 13) % g.ncty;

CREATE TEMP TABLE _parties AS
SELECT i, article_id, seq, again, pub, model, h,
       CASE model
         WHEN '会市合作' THEN [prov_of_pref1 || '科学技术协会', pref1 || '人民政府']
         WHEN '省会合作' THEN [prov1 || '人民政府', '中国科学技术协会']
         WHEN '会地合作' THEN [county_parent || '科学技术协会',
                              coalesce(county_pref, county_prov) || county || '人民政府']
         WHEN '会会合作' THEN [prov1 || '科学技术协会', prov2 || '科学技术协会']
         WHEN '市市合作' THEN [pref1 || '科学技术局', pref2 || '科学技术局']
         ELSE [prov_of_pref1 || '科学技术厅', pref1 || '人民政府'] END AS names,
       CASE model
         WHEN '会市合作' THEN [prov_of_pref1_code, pref1_code]
         WHEN '省会合作' THEN [prov1_code, NULL]
         WHEN '会地合作' THEN [NULL, county_code]
         WHEN '会会合作' THEN [prov1_code, prov2_code]
         WHEN '市市合作' THEN [pref1_code, pref2_code]
         ELSE [prov_of_pref1_code, pref1_code] END AS codes,
       CASE model
         WHEN '会市合作' THEN ['科协', 'government'] WHEN '省会合作' THEN ['government', '科协']
         WHEN '会地合作' THEN ['科协', 'government'] WHEN '会会合作' THEN ['科协', '科协']
         WHEN '市市合作' THEN ['bureau', 'bureau'] ELSE ['bureau', 'government'] END AS kinds,
       CASE model
         WHEN '会市合作' THEN ['provincial', 'prefecture'] WHEN '省会合作'
              THEN ['provincial', 'national']
         WHEN '会地合作' THEN ['prefecture', 'county'] WHEN '会会合作'
              THEN ['provincial', 'provincial']
         WHEN '市市合作' THEN ['prefecture', 'prefecture'] ELSE ['provincial', 'prefecture']
         END AS levels,
       CASE model
         WHEN '会市合作' THEN [prov_of_pref1] WHEN '省会合作' THEN [prov1]
         WHEN '会地合作' THEN [county_prov] WHEN '会会合作' THEN list_distinct([prov1, prov2])
         WHEN '市市合作' THEN list_distinct([prov_of_pref1, prov_of_pref2])
         ELSE [prov_of_pref1] END AS provinces,
       CASE model
         WHEN '会市合作' THEN [pref1] WHEN '省会合作' THEN [] WHEN '会会合作' THEN []
         WHEN '会地合作' THEN CASE WHEN county_pref IS NULL THEN [] ELSE [county_pref] END
         WHEN '市市合作' THEN [pref1, pref2] ELSE [pref1] END AS cities,
       CASE model WHEN '会地合作' THEN [coalesce(county_pref, county_prov) || county] ELSE []
         END AS counties
FROM _pairs;

-- A repeat report copies an earlier report's agreement (the article i // 2's first one).
CREATE TEMP TABLE _final AS
SELECT p.*, CASE hash(p.i, p.seq, 'prec') % 10 WHEN 0 THEN 'month' WHEN 1 THEN 'year'
                 WHEN 2 THEN 'approx' ELSE 'day' END AS precision,
       p.pub - CAST(hash(p.i, p.seq, 'lag') % 4 AS INTEGER) AS d
FROM _parties p;

INSERT INTO stg_agreements
SELECT f.article_id, f.seq,
       CASE WHEN f.again THEN md5(CAST(f.i // 2 AS VARCHAR) || ':0')[1:16]
            ELSE md5(CAST(f.i AS VARCHAR) || ':' || f.seq)[1:16] END,
       CASE f.precision WHEN 'month' THEN date_trunc('month', f.d)
                        WHEN 'year' THEN date_trunc('year', f.d) ELSE f.d END,
       CASE f.precision WHEN 'month' THEN strftime(f.d, '%Y-%m')
                        WHEN 'year' THEN strftime(f.d, '%Y') ELSE strftime(f.d, '%Y-%m-%d') END,
       f.precision, NULL,
       CASE WHEN f.precision = 'approx' THEN strftime(f.pub, '%Y-%m-%d') END,
       CASE f.precision WHEN 'approx' THEN '近日' ELSE strftime(f.d, '%-m月%-d日') END,
       ['全面战略合作协议', '战略合作框架协议', '战略合作协议', '合作协议',
        '会市合作协议'][1 + CAST(f.h % 5 AS BIGINT)],
       NULL, f.model, f.provinces, f.cities, f.counties,
       hash(f.i, f.seq, 'bg') % 8 <> 0, hash(f.i, f.seq, 'bg') % 8 = 0,
       hash(f.i, f.seq, 'on') % 20 = 0, 0.5 + (f.h % 50) / 100.0,
       f.names[1] || '与' || f.names[2] || '签署合作协议。', 0, 24, 0, 24
FROM _final f;

INSERT INTO stg_agreement_parties
SELECT f.article_id, f.seq, pos - 1, f.names[pos], f.names[pos], f.kinds[pos], f.levels[pos],
       f.codes[pos]
FROM _final f, range(1, 3) t(pos);

-- Programme mentions: ~0.8 per article over ~40 programmes x 31 provinces.
INSERT INTO stg_initiatives
SELECT a.article_id, s.seq,
       md5(pr.name || '|' || v.name)[1:16], pr.name, pr.family, pr.kind, v.name, v.adcode, NULL,
       NULL, '推动“' || pr.name || '”落地。', 0, 10, 0, 10
FROM _art a, range(3) s(seq),
     (SELECT row_number() OVER () - 1 AS k, * FROM (VALUES
        ('科创中国', '科创', 'brand'), ('科创中国试点城市', '科创', 'pilot'),
        ('科普中国', '科普', 'brand'), ('智汇中国', '智库', 'brand'),
        ('海智计划', '人才', 'project'), ('院士专家工作站', '人才', 'platform'),
        ('学会服务站', '科创', 'platform'), ('乡村科普e站', '科普', 'platform'),
        ('全国科普日', '科普', 'event'), ('科技志愿服务', '科普', 'action'),
        ('科技工作者日', '其他', 'event'), ('党建强会', '党建', 'action'),
        ('基层科协组织3+1试点', '组织', 'pilot'), ('青少年科技创新大赛', '科普', 'event'),
        ('科技小院', '科创', 'platform'), ('创新驱动助力工程', '科创', 'project'))
        t(name, family, kind)) pr,
     _prov v
WHERE s.seq < hash(a.i, 'ni') % 3 AND pr.k = hash(a.i, s.seq, 'pr') % 16
  AND v.k = hash(a.i, 'pv') % 31 AND a.kind < 60;

UPDATE articles SET
    n_agreements = coalesce((SELECT count(*) FROM stg_agreements s
                             WHERE s.article_id = articles.article_id), 0),
    n_initiatives = coalesce((SELECT count(*) FROM stg_initiatives s
                              WHERE s.article_id = articles.article_id), 0);
INSERT INTO builds VALUES (1, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 01:00:00',
                           ['bench'], $n, $n, 0, 0, NULL, NULL, 'bench');
"""


def build_db(n: int, path: Path, pool: int = 3000) -> None:
    import duckdb

    from etl.storage import load

    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    t0 = time.perf_counter()
    con = duckdb.connect(str(tmp))
    try:
        load.ensure_schema(con)
        con.register("_pool_arrow", _text_pool(pool))
        con.execute("CREATE TEMP TABLE _pool AS SELECT * FROM _pool_arrow")
        sql = SYNTH_SQL.replace("$n", str(int(n))).replace("$pool", str(int(pool)))
        con.execute(sql)
        load.rebuild_facts(con)
        con.execute("UPDATE builds SET agreements = (SELECT count(*) FROM agreements), "
                    "initiatives = (SELECT count(*) FROM initiatives)")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    os.replace(tmp, path)
    print(f"built {path} in {time.perf_counter() - t0:.0f} s "
          f"({path.stat().st_size / 1e9:.2f} GB)", flush=True)


def refresh_marts(db: Path) -> None:
    """Re-derive the facts and the marts of an existing DB with the current SQL files."""
    import duckdb

    from etl.storage import load

    t0 = time.perf_counter()
    con = duckdb.connect(str(db))
    try:
        load.rebuild_facts(con)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    print(f"refreshed facts and marts of {db} in {time.perf_counter() - t0:.0f} s", flush=True)


def materialized_copy(db: Path) -> Path:
    """A copy of `db` whose mart views are tables (what marts.sql could create at build time)."""
    import shutil

    import duckdb

    from etl.storage.load import SQL_DIR

    out = db.with_name(db.stem + "-mat.duckdb")
    if out.exists() and out.stat().st_mtime >= db.stat().st_mtime:
        return out
    t0 = time.perf_counter()
    tmp = out.with_name(out.name + ".tmp")
    shutil.copy2(db, tmp)
    views = re.findall(r"CREATE OR REPLACE VIEW (\w+)", (SQL_DIR / "marts.sql").read_text("utf-8"))
    con = duckdb.connect(str(tmp))
    try:
        for v in views:  # in file order: a view only reads the ones above it
            con.execute(f"CREATE TABLE _m AS SELECT * FROM {v}; DROP VIEW {v}; "
                        f"ALTER TABLE _m RENAME TO {v}")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    os.replace(tmp, out)
    print(f"materialised {len(views)} mart views into {out} in {time.perf_counter() - t0:.0f} s",
          flush=True)
    return out


# ----------------------------------------------------------------------------- the queries
def dashboard_queries() -> dict[str, str]:
    from dashboard_lib.queries import all_sql

    return all_sql()


_SCOPE_SLOT = re.compile(r"\{[amr]\}")


def scopes() -> dict[str, Any]:
    from dashboard_lib.filters import FilterState
    from dashboard_lib.scope import ALL, KX

    return {
        "none": ALL,
        "kx (default)": KX,  # the scope switch's default, the view a first visit shows
        "province+date": FilterState({"scope": "科协参与", "province": ["河南省", "湖北省"],
                                      "date": (dt.date(2020, 1, 1), dt.date(2023, 12, 31))}
                                     ).scope(),
        "search": FilterState({"scope": "科协参与", "q": "宜昌"}).scope(),
    }


def _lookup_params(db: Path) -> dict[str, tuple[Any, ...]]:
    """Parameters of the queries about one article or agreement: a busy one, from the DB."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        art = con.execute("SELECT article_id FROM stg_agreements GROUP BY article_id "
                          "ORDER BY count(*) DESC, article_id LIMIT 1").fetchone()[0]
        agr = con.execute("SELECT agreement_id FROM agreement_sources GROUP BY agreement_id "
                          "ORDER BY count(*) DESC, agreement_id LIMIT 1").fetchone()[0]
        key = con.execute("SELECT item_key FROM mart_review_queue WHERE article_id = ? "
                          "ORDER BY item_key LIMIT 1", [art]).fetchone()[0]
    finally:
        con.close()
    return {"SQL_ARTICLE": (art,), "SQL_SPANS": (art, None, None, None, None),
            "SQL_AGREEMENT_SOURCES": (agr,), "SQL_REVIEW_ITEM": (key,),
            "SQL_EVENT_REPORTS": (agr,), "SQL_REVIEW_ARTICLE_ITEMS": (art,),
            "SQL_REVIEW_EVENT": (agr,), "SQL_REVIEW_EVENT_DATE": (agr,),
            "SQL_REVIEW_EVENT_PARTIES": (agr,)}


def paged_queries() -> set[str]:
    """The queries the pages show through db.Table: on screen, a LIMIT page + a count."""
    from dashboard_lib import queries

    src = "".join(Path(m.__file__).read_text(encoding="utf-8") for m in queries.modules())
    return set(re.findall(r"(?:table_scoped|Table)\((SQL_\w+)", src))


def page_limit() -> int:
    from etl import settings

    return int(settings.get("table_max_rows"))


def timed_page(sql: str, params: list[Any], db: Path, repeat: int,
               limit: int) -> tuple[list[float], int]:
    """db.Table.page: the first `limit` rows, then the total count when the page is full."""
    from dashboard_lib import db as dashboard_db

    def once() -> int:
        df = dashboard_db.execute(sql + "\nLIMIT ?", [*params, limit], db)
        if len(df) == limit:
            dashboard_db.execute(f"SELECT count(*) AS n FROM ({sql}) AS t", params, db)
        return len(df)

    rows = once()
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        once()
        out.append((time.perf_counter() - t0) * 1000)
    return out, rows


def timed(sql: str, params: list[Any], db: Path, repeat: int) -> tuple[list[float], int]:
    """Milliseconds of `repeat` runs after one warm-up, through the dashboard's own code."""
    from dashboard_lib import db as dashboard_db

    rows = len(dashboard_db.execute(sql, params, db))  # warm-up: opens the connection
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        dashboard_db.execute(sql, params, db)
        out.append((time.perf_counter() - t0) * 1000)
    return out, rows


def p(values: list[float], q: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1_000_000)
    ap.add_argument("--db", type=Path, help="default: bench/out/dash-<articles>.duckdb")
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--refresh-marts", action="store_true",
                    help="re-run facts.sql and marts.sql on the existing DB (after they changed)")
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--quick", action="store_true", help="100,000 articles, 5 runs")
    ap.add_argument("--only", help="regex: time only the queries whose name matches")
    ap.add_argument("--materialize", action="store_true",
                    help="time a copy whose mart views are materialised as tables")
    args = ap.parse_args(argv)
    if args.quick:
        args.articles, args.repeat = 100_000, 5
    db = args.db or OUT / f"dash-{args.articles}.duckdb"
    OUT.mkdir(parents=True, exist_ok=True)
    if args.rebuild or not db.exists():
        print(f"synthesising {args.articles:,} articles into {db} ...", flush=True)
        build_db(args.articles, db)
    elif args.refresh_marts:
        refresh_marts(db)
    if args.materialize:
        db = materialized_copy(db)
    os.environ["TRACKER_DB"] = str(db)
    import duckdb

    from dashboard_lib.queries import UNFILTERED_TWINS
    from dashboard_lib.scope import scoped

    con = duckdb.connect(str(db), read_only=True)
    sizes = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in
             ("articles", "stg_agreements", "agreements", "agreement_parties",
              "stg_initiatives", "initiatives")}
    con.close()
    print("database: " + ", ".join(f"{t} {n:,}" for t, n in sizes.items()))
    lookup_params = _lookup_params(db)
    out_json = OUT / f"dashboard_queries{'-mat' if args.materialize else ''}.json"
    results = []
    print(f"{'query':<28}{'scope':<15}{'rows':>9}{'p50 ms':>9}{'p95 ms':>9}")
    for name, sql in sorted(dashboard_queries().items()):
        if args.only and not re.search(args.only, name):
            continue
        extra = EXTRA.get(name, ())
        own = _SCOPE_SLOT.sub("", sql).count("?")
        if not _SCOPE_SLOT.search(sql):
            extra = lookup_params.get(name, extra)
        if own != len(extra):
            print(f"{name:<28}skipped: it takes {own} parameters of its own; add them to EXTRA")
            continue
        if _SCOPE_SLOT.search(sql):
            runs = [(label, *scoped(sql, sc, *extra)) for label, sc in scopes().items()
                    if not (label in ("none", "kx (default)") and name in UNFILTERED_TWINS)]
        else:
            runs = [("-", sql, list(extra))]
        paged = name in paged_queries()
        for label, q_sql, q_params in runs:
            if paged:  # as shown on screen; the full query runs only for a download
                ms, rows = timed_page(q_sql, q_params, db, args.repeat, page_limit())
                label += ":page"
            else:
                ms, rows = timed(q_sql, q_params, db, args.repeat)
            r = {"query": name, "scope": label, "rows": rows, "p50_ms": p(ms, 50),
                 "p95_ms": p(ms, 95), "max_ms": max(ms)}
            results.append(r)
            flag = "  <-- over target" if r["p95_ms"] > TARGET_MS else ""
            print(f"{name:<28}{label:<15}{rows:>9,}{r['p50_ms']:>9.0f}{r['p95_ms']:>9.0f}{flag}",
                  flush=True)
            out_json.write_text(json.dumps(  # after every query: a long run keeps its figures
                {"db": str(db), "sizes": sizes, "repeat": args.repeat, "results": results},
                ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    over = [r for r in results if r["p95_ms"] > TARGET_MS]
    worst = max(results, key=lambda r: r["p95_ms"]) if results else None
    print(f"\n{len(results)} query/scope pairs, {len(over)} over the p95 target of "
          f"{TARGET_MS:.0f} ms" + (f"; worst {worst['query']} ({worst['scope']}) "
                                   f"{worst['p95_ms']:.0f} ms" if worst else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
