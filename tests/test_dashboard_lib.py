"""Unit tests of dashboard_lib: filters -> SQL, the query layer, downloads, console, importer."""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest
from openpyxl import load_workbook

from dashboard_lib import (
    charts_echarts,
    console,
    downloads,
    filters,
    fixtures,
    importer,
    queries,
    settings,
    textview,
)
from tests.dashboard_support import ROOT, make_dashboard_db, sql_rows, sql_value


@pytest.fixture(scope="session")
def dashboard_db(seeds_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_dashboard_db(seeds_db, tmp_path_factory.mktemp("lib"))


@pytest.fixture()
def db_env(dashboard_db: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TRACKER_DB", str(dashboard_db))
    return dashboard_db


# --------------------------------------------------------------------------- filters

SAMPLE_VALUES = {
    "date": (dt.date(2022, 1, 1), dt.date(2023, 12, 31)),
    "province": ("河南省",),
    "city": ("信阳市",),
    "model": ("会市合作",),
    "type": ("全面战略合作协议",),
    "family": ("科普",),
    "signing": "新签",
    "q": "信阳",
    "fulltext": True,
    "reviewed": "已审",
}


def test_every_filter_has_sample_value_and_fragments_with_placeholders_only() -> None:
    assert set(SAMPLE_VALUES) == {f.key for f in filters.FILTERS}
    for f in filters.FILTERS:
        if f.widget == "toggle":  # switches another filter's fragments, restricts nothing itself
            assert not f.sql and any(g.alt_when == f.key for g in filters.FILTERS), f.key
            continue
        assert set(f.sql) == set(filters.TARGETS), f.key
        for fragment in [*f.sql.values(), *f.alt_sql.values()]:
            assert "?" in fragment and "'" not in fragment.replace("'\\'", ""), fragment
        if f.alt_sql:
            assert f.alt_when in filters.BY_KEY and set(f.alt_sql) <= set(f.sql), f.key


@pytest.mark.parametrize("key", list(SAMPLE_VALUES))
@pytest.mark.parametrize("target,view", [("agreements", "mart_agreements"),
                                         ("mentions", "mart_initiative_mentions"),
                                         ("articles", "mart_articles"),
                                         ("articles", "mart_article_list")])
def test_each_filter_runs_on_each_mart_and_restricts_it(db_env: Path, key: str, target: str,
                                                        view: str) -> None:
    state = filters.FilterState({key: SAMPLE_VALUES[key]})
    clause = state.clause(target)  # type: ignore[arg-type]
    assert clause.sql.count("?") == len(clause.params)
    n = queries.run(f"SELECT count(*) AS n FROM {view} WHERE {clause.sql}",
                    list(clause.params))["n"][0]
    total = queries.run(f"SELECT count(*) AS n FROM {view}")["n"][0]
    assert 0 <= n <= total


def test_filter_values_travel_as_parameters_not_sql(db_env: Path) -> None:
    hostile = "x' OR 1=1 --"
    state = filters.FilterState({"q": hostile, "province": (hostile,)})
    clause = state.clause("agreements")
    assert hostile not in clause.sql
    n = queries.run(f"SELECT count(*) AS n FROM mart_agreements WHERE {clause.sql}",
                    list(clause.params))["n"][0]
    assert n == 0


def test_text_search_has_no_wildcards(db_env: Path) -> None:
    state = filters.FilterState({"q": "%"})
    assert state.clause("mentions").params == ("%", "%")
    clause = state.clause("agreements")
    n = queries.run(f"SELECT count(*) AS n FROM mart_agreements WHERE {clause.sql}",
                    list(clause.params))["n"][0]
    assert n == 0  # "%" is a character, not "anything"


def _body_only_word(db: Path) -> str:
    """Four characters of an article body that no article's search_text holds."""
    body = sql_value(db, "SELECT clean_text FROM articles ORDER BY length(clean_text) DESC, "
                         "article_id LIMIT 1")
    for i in range(len(body) - 4):
        word = body[i:i + 4]
        if word.strip() == word and "\n" not in word and not sql_value(
                db, "SELECT count(*) FROM mart_article_list WHERE contains(search_text, ?)",
                [word]):
            return word
    raise AssertionError("no body-only word in the fixture")


def test_text_search_reads_bodies_only_when_asked(db_env: Path) -> None:
    word = _body_only_word(db_env)
    plain = filters.FilterState({"q": word})
    full = filters.FilterState({"q": word, "fulltext": True})
    assert plain.clause("agreements") == full.clause("agreements")  # bodies: articles only
    assert plain.clause("mentions") == full.clause("mentions")

    def ids(state: filters.FilterState) -> set[str]:
        return set(queries.articles_table(state.scope()).full()["article_id"])

    assert ids(plain) == set()
    assert ids(full) == {r[0] for r in sql_rows(
        db_env, "SELECT article_id FROM articles WHERE contains(clean_text, ?)", [word])} != set()
    title = sql_value(db_env, "SELECT title FROM articles WHERE title <> '' ORDER BY article_id "
                              "LIMIT 1")
    assert ids(filters.FilterState({"q": title})) <= ids(
        filters.FilterState({"q": title, "fulltext": True}))
    assert "同时搜索正文 Also search article text" in full.caption()
    assert not filters.state_from({"fulltext": False}, None).values


def test_unfiltered_twins_give_the_same_rows(db_env: Path) -> None:
    for name, twin in queries.UNFILTERED_TWINS.items():
        models: list[tuple[Any, ...]] = [()]
        if name in ("SQL_PROVINCE_STATS", "SQL_CITY_POINTS"):
            models = [(None, None), ("会市合作", "会市合作"), ("none such", "none such")]
        for extra in models:
            scoped = queries.run_scoped(getattr(queries, name), queries.ALL, *extra)
            direct = queries.run(getattr(queries, twin), list(extra))
            pd.testing.assert_frame_equal(scoped, direct, check_dtype=False, obj=f"{name}{extra}")
    assert queries.parties_table(queries.ALL).sql == queries.SQL_PARTIES_TABLE_ALL
    assert queries.province_stats(queries.ALL).equals(
        queries.run(queries.SQL_PROVINCE_STATS_ALL, [None, None]))


def test_state_from_widget_values_keeps_only_active_filters() -> None:
    opts = queries.FilterOptions(dt.date(2021, 1, 1), dt.date(2024, 12, 31), [], {}, [], [], [])
    raw = {"date": (dt.date(2021, 1, 1), dt.date(2024, 12, 31)), "province": [],
           "signing": "全部", "q": "  ", "model": ["会市合作"]}
    state = filters.state_from(raw, opts)
    assert dict(state.values) == {"model": ("会市合作",)}
    narrowed = filters.state_from({"date": (dt.date(2022, 1, 1), dt.date(2022, 6, 30))}, opts)
    assert narrowed.values["date"] == (dt.date(2022, 1, 1), dt.date(2022, 6, 30))
    half_chosen = filters.state_from({"date": (dt.date(2022, 1, 1),)}, opts)
    assert not half_chosen.values
    assert "无" in filters.FilterState().caption()
    assert "合作模式 Cooperation model = 会市合作" in state.caption()


def test_scoped_fills_slots_in_positional_order() -> None:
    scope = queries.Scope(agreements=queries.Clause("x = ?", (1,)),
                          mentions=queries.Clause("y = ? AND z = ?", (2, 3)))
    sql, params = queries.scoped("WITH a AS ({a}), m AS ({m}) SELECT ? FROM a LIMIT ?", scope,
                                 "p", 9)
    assert sql == "WITH a AS ((x = ?)), m AS ((y = ? AND z = ?)) SELECT ? FROM a LIMIT ?"
    assert params == [1, 2, 3, "p", 9]
    with pytest.raises(ValueError):
        queries.scoped("SELECT 1", queries.ALL, "unused")


# --------------------------------------------------------------------------- query layer


def test_every_named_query_runs_on_the_fixture_db(db_env: Path) -> None:
    scope = filters.FilterState({"province": ("河南省",), "q": "协议"}).scope()
    for sql_name, extra in [("SQL_OVERVIEW", ()), ("SQL_ARTICLE_COUNT", ()),
                            ("SQL_LATEST_AGREEMENTS", (5,)),
                            ("SQL_PROVINCE_STATS", (None, None)),
                            ("SQL_CITY_POINTS", ("会市合作", "会市合作")),
                            ("SQL_PARTNER_LINES", (None, None, 10)),
                            ("SQL_PREFECTURE_STATUS", (None, None, "410000")),
                            ("SQL_MONTHLY", ()), ("SQL_AGREEMENT_POINTS", ()),
                            ("SQL_DATE_COUNTS", ()),
                            ("SQL_COVERAGE_TIMELINE", ()), ("SQL_PROGRAMME_TREE", ()),
                            ("SQL_TOP_PROGRAMMES", (5,)), ("SQL_PROVINCE_FAMILY", ()),
                            ("SQL_PILOTS", ()), ("SQL_AGREEMENTS_TABLE", ()),
                            ("SQL_PARTIES_TABLE", ()), ("SQL_INITIATIVES_TABLE", ()),
                            ("SQL_ARTICLES_TABLE", ()), ("SQL_NEW_IN_LATEST_BUILD", ()),
                            ("SQL_PROVINCE_AGREEMENTS", (None, None, "410000"))]:
        df = queries.run_scoped(getattr(queries, sql_name), scope, *extra)
        assert isinstance(df, pd.DataFrame), sql_name


def test_table_pages_are_cached_limits_and_downloads_get_every_row(db_env: Path) -> None:
    view = queries.agreements_table(queries.ALL)
    page, total = view.page(3)
    full = view.full()
    assert len(page) == 3 and total == len(full) == sql_value(db_env,
                                                             "SELECT count(*) FROM agreements")
    assert list(page["agreement_id"]) == list(full["agreement_id"][:3])  # same order
    small, n = view.page(10_000)
    assert n == len(small) == total


def test_missing_database_is_a_typed_error(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "none.duckdb"))
    with pytest.raises(queries.NoDatabase, match="python -m etl build seeds/"):
        queries.filter_options()


def test_database_without_marts_says_to_rebuild(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "old.duckdb"
    duckdb.connect(str(db)).close()
    monkeypatch.setenv("TRACKER_DB", str(db))
    with pytest.raises(queries.MissingMarts, match="Rebuild"):
        queries.filter_options()


def test_rebuilt_database_is_picked_up_and_the_etl_is_never_blocked(
        seeds_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "live.duckdb"
    shutil.copy2(seeds_db, db)
    monkeypatch.setenv("TRACKER_DB", str(db))
    before = queries.overview_metrics(queries.ALL)["articles"]
    extra = tmp_path / "more"
    extra.mkdir()
    (extra / "zz_new_article.txt").write_text(
        "时间:2024-05-11 来源: 湖北日报\n5月10日，湖北省科协与宜昌市人民政府签署战略合作协议。",
        encoding="utf-8")
    # The dashboard holds its read-only connection; the ETL (another process) still builds.
    result = subprocess.run([sys.executable, "-m", "etl", "build", str(extra), "--db", str(db)],
                            cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    after = queries.overview_metrics(queries.ALL)["articles"]  # no restart, no cache clearing
    assert after == before + 1


def test_connection_is_read_only_and_locked(db_env: Path) -> None:
    with queries.cursor() as cur:
        for statement in ["CREATE TABLE t (i INT)", "SET enable_external_access = true",
                          "SELECT * FROM read_text('/etc/passwd')"]:
            with pytest.raises(duckdb.Error):
                cur.execute(statement)


# --------------------------------------------------------------------------- downloads


def test_csv_bytes_are_exactly_specified() -> None:
    df = pd.DataFrame({
        "名称": ["河南省科协", "a,b", None],
        "n": [1, 2, 3],
        "ok": [True, False, True],
        "day": pd.to_datetime(["2023-08-08", None, "2024-01-31"]),
        "tags": [["河南省", "信阳市"], [], ["x"]],
        "share": [0.5, None, 1 / 3],
    })
    expected = ("\ufeff名称,n,ok,day,tags,share\r\n"
                "河南省科协,1,true,2023-08-08,河南省; 信阳市,0.5\r\n"
                "\"a,b\",2,false,,,\r\n"
                ",3,true,2024-01-31,x,0.3333333333333333\r\n").encode("utf-8")
    assert downloads.to_csv_bytes(df) == expected


def test_excel_keeps_text_as_text_and_drops_control_characters() -> None:
    df = pd.DataFrame({"a": ["=HYPERLINK(\"http://x\")", "ok\x07bell"], "l": [["p", "q"], []]})
    ws = load_workbook(io.BytesIO(downloads.to_excel_bytes(df))).active
    assert ws is not None
    assert ws["A2"].data_type == "s" and ws["A2"].value == "=HYPERLINK(\"http://x\")"
    assert ws["A3"].value == "okbell"
    assert ws["B2"].value == "p; q"


def test_parquet_keeps_types_and_lists() -> None:
    df = pd.DataFrame({"n": [1, 2], "l": [["a"], ["b", "c"]]})
    table = pq.read_table(io.BytesIO(downloads.to_parquet_bytes(df)))
    assert table.column("l").to_pylist() == [["a"], ["b", "c"]]
    assert table.column("n").to_pylist() == [1, 2]


# --------------------------------------------------------------------------- text and charts


def test_highlight_escapes_everything_and_marks_spans() -> None:
    text = "前<script>alert(1)</script>后<img src=x onerror=alert(2)>尾"
    out = textview.highlight_html(text, [(1, 9), (5, 12), (400, 999), (3, 3)], test_id="t")
    assert "<script" not in out and "<img" not in out
    assert out.count("<mark") == 1  # overlapping spans merged, empty and out-of-range dropped
    assert "&lt;script&gt;" in out and "&lt;img src=x onerror=alert(2)&gt;" in out
    assert textview.merge_spans([(5, 8), (0, 2), (2, 3)], 6) == [(0, 3), (5, 6)]


def test_tooltips_escape_markup_and_template_braces() -> None:
    tip = charts_echarts.tooltip_html("<b>河南</b>", ["{a}<img src=x onerror=alert(1)>"] * 15,
                                      "3 项")
    assert "<img" not in tip and "&lt;img" in tip
    assert "{a}" not in tip and "&#123;a&#125;" in tip
    assert "另 3 项 more" in tip
    with pytest.raises(ValueError):
        charts_echarts.expose_event("x'];alert(1);//")


# --------------------------------------------------------------------------- console


@pytest.mark.parametrize("sql", [
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_text('/etc/hostname')",
    "COPY (SELECT 1) TO '/tmp/tracker_console_escape.csv'",
    "ATTACH '/tmp/tracker_console_escape.duckdb' AS x",
    "INSTALL httpfs",
    "SET enable_external_access = true",
    "RESET lock_configuration",
    "CREATE TABLE evil AS SELECT 1",
    "DELETE FROM agreements",
    "SELECT * FROM read_parquet('https://example.com/x.parquet')",
])
def test_console_blocks_escapes(db_env: Path, sql: str) -> None:
    with pytest.raises(console.ConsoleError):
        console.run_console(sql)
    assert not Path("/tmp/tracker_console_escape.csv").exists()


def test_console_returns_rows_with_a_cap_and_stops_slow_queries(db_env: Path) -> None:
    result = console.run_console("SELECT * FROM range(50) t(i)", max_rows=20)
    assert len(result.frame) == 20 and result.truncated
    full = console.run_console(console.EXAMPLES["各省协议数 Agreements per province"])
    assert int(full.frame["agreements"].sum()) >= int(sql_value(
        db_env, "SELECT count(*) FROM agreements WHERE len(provinces) > 0"))
    with pytest.raises(console.ConsoleError, match="stopped"):
        console.run_console("SELECT count(*) FROM range(100000000000) a", timeout_s=0.5)
    with pytest.raises(console.ConsoleError):
        console.run_console("   ")


@pytest.mark.parametrize("name", list(console.EXAMPLES))
def test_console_examples_run(db_env: Path, name: str) -> None:
    assert not console.run_console(console.EXAMPLES[name]).frame.columns.empty


# --------------------------------------------------------------------------- importer


def _zip(members: dict[str, bytes], symlink: str | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        if symlink:
            info = zipfile.ZipInfo(symlink)
            info.external_attr = (0o120777 << 16)
            zf.writestr(info, "/etc/passwd")
    return buf.getvalue()


def test_zip_cannot_write_outside_its_folder(tmp_path: Path) -> None:
    root = tmp_path / "uploads"
    data = _zip({"ok/a.txt": "正文".encode(), "../escape.txt": b"x", "/abs/escape.txt": b"x",
                 "C:/win.txt": b"x", "b/../../escape2.txt": b"x", "run.exe": b"MZ",
                 ".hidden.txt": b"x"}, symlink="link.txt")
    staged = importer.stage_uploads([("batch.zip", data), ("notes.pdf", b"%PDF")], root)
    assert [p.relative_to(staged.folder).as_posix() for p in staged.files] == ["batch/ok/a.txt"]
    assert all(p.resolve().is_relative_to(staged.folder.resolve()) for p in staged.files)
    reasons = {name: why.split(":")[0] for name, why in staged.skipped}
    assert reasons == {
        "batch.zip:../escape.txt": "unsafe_path", "batch.zip:/abs/escape.txt": "unsafe_path",
        "batch.zip:C:/win.txt": "unsafe_path", "batch.zip:b/../../escape2.txt": "unsafe_path",
        "batch.zip:link.txt": "unsafe_path", "batch.zip:run.exe": "unsupported",
        "batch.zip:.hidden.txt": "hidden", "notes.pdf": "unsupported"}
    assert not (tmp_path / "escape.txt").exists() and not (root / "escape.txt").exists()


def test_upload_limits_count_unzipped_bytes_and_files(tmp_path: Path) -> None:
    bomb = _zip({"big.txt": b"0" * (3 * 1024 * 1024)})  # compresses to a few KB
    with pytest.raises(importer.UploadError, match="too large"):
        importer.stage_uploads([("bomb.zip", bomb)], tmp_path, max_mb=1)
    many = _zip({f"a{i}.txt": b"x" for i in range(5)})
    with pytest.raises(importer.UploadError, match="Too many"):
        importer.stage_uploads([("many.zip", many)], tmp_path, max_files=4)
    with pytest.raises(importer.UploadError, match="zip"):
        importer.stage_uploads([("fake.zip", b"not a zip")], tmp_path)
    assert importer.safe_name("..\\..\\evil<>.txt") == "evil__.txt"
    assert importer.safe_name("../..") is None


# --------------------------------------------------------------------------- settings, fixtures


def test_every_setting_is_documented() -> None:
    readme = (ROOT / "dashboard_lib" / "README.md").read_text(encoding="utf-8")
    for s in settings.SETTINGS:
        assert s.name in readme, s.name
        assert s.help


def test_settings_read_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_CONSOLE_MAX_ROWS", "7")
    monkeypatch.setenv("TRACKER_DB", "rel/x.duckdb")
    assert settings.get("TRACKER_CONSOLE_MAX_ROWS") == 7
    assert settings.path("TRACKER_DB") == ROOT / "rel" / "x.duckdb"


def test_standalone_fixture_db_has_every_page_s_data(tmp_path: Path) -> None:
    db = fixtures.build_fixture_db(tmp_path / "fx.duckdb")
    con = duckdb.connect(str(db), read_only=True)
    try:
        counts = con.execute("""SELECT (SELECT count(*) FROM mart_agreements),
            (SELECT count(*) FROM mart_initiatives), (SELECT count(DISTINCT build_id) FROM builds),
            (SELECT count(*) FROM articles WHERE clean_text LIKE '%<script>%')""").fetchone()
    finally:
        con.close()
    assert counts is not None and counts[0] > 10 and counts[1] > 10 and counts[2] == 2
    assert counts[3] == 1
