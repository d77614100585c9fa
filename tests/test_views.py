"""AppTest tier for issue 13's views: what a person sees (labels, counts against independent SQL
over the fact tables), and the command-line export of the same view."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dashboard_lib import downloads, exports, filters
from tests.dashboard_support import ROOT, make_dashboard_db, sql_rows, sql_value
from tests.test_app import echarts_payloads, metrics, plotly_figures, run_app
from tests.test_app import values as plotly_values

HENAN_KX = "河南省科学技术协会"
# Agreements a 科协 or a 学会 signed (the scope switch's default), from the fact tables.
KX = """EXISTS (SELECT 1 FROM agreement_parties k WHERE k.agreement_id = a.agreement_id
        AND k.kind IN ('科协', '学会'))"""


@pytest.fixture(scope="module")
def views_db(seeds_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_dashboard_db(seeds_db, tmp_path_factory.mktemp("views"))


@pytest.fixture()
def db_env(views_db: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("TRACKER_DB", str(views_db))
    yield views_db


def unlinked(values: Any) -> list[str]:
    """A link column's keys (/org?org=X -> X)."""
    return [str(v).rsplit("=", 1)[1] for v in values]


# --------------------------------------------------------------------------- organisation


def test_organisation_page_shows_its_agreements_partners_places_and_names(db_env: Path) -> None:
    at = run_app("organisation", {"org": HENAN_KX})
    mine = f"""SELECT DISTINCT agreement_id FROM agreement_parties WHERE name = '{HENAN_KX}'"""
    n = sql_value(db_env, f"SELECT count(*) FROM ({mine})")
    assert metrics(at)["协议 Agreements"] == str(n)
    partners = {r[0] for r in sql_rows(db_env, f"""SELECT DISTINCT name FROM agreement_parties
        WHERE agreement_id IN ({mine}) AND name <> '{HENAN_KX}'""")}
    assert metrics(at)["合作方 Partners"] == str(len(partners))
    assert [t.label for t in at.tabs] == [  # one table per tab, only the open one drawn
        "协议 Agreements", "合作方 Partners", "地区 Places",
        "项目 Programmes（同一文章提到的 named in the same articles）", "文章 Articles"]
    assert len(at.dataframe) == 2  # its fields, and the open tab's table (AppTest: no keys)
    agreements = at.dataframe[1].value
    assert set(unlinked(agreements["agreement_id"])) == {r[0] for r in sql_rows(db_env, mine)}
    tabs = run_app("organisation", {"org": HENAN_KX, "org_tab": "合作方 Partners"})
    assert len(tabs.dataframe) == 2
    shown_partners = next(d.value for d in tabs.dataframe if "party_kind" in d.value.columns
                          and "n_agreements" in d.value.columns)
    assert set(unlinked(shown_partners["name"])) == partners  # each links to its own page
    fields = next(d.value for d in at.dataframe if "字段 Field" in d.value.columns)
    values = dict(zip(fields["字段 Field"], fields["值 Value"], strict=True))
    variants = sql_value(db_env, "SELECT list_sort(list_distinct(list(mention))) FROM "
                                 f"stg_agreement_parties WHERE name = '{HENAN_KX}'")
    assert values["写法 Name variants"] == "、".join(variants)
    assert values["机构类别 Kind"] == "科协 association"
    years = plotly_figures(at)[0]
    assert years["data"] and "每年签约" in years["layout"]["title"]["text"]
    # Its bars, counted by the query: per year, the agreements dated to that year (any model).
    drawn: dict[int, int] = {}
    for trace in years["data"]:
        for x, y in zip(plotly_values(trace["x"]), plotly_values(trace["y"]),
                        strict=True):
            drawn[int(x)] = drawn.get(int(x), 0) + int(y)
    assert drawn == dict(sql_rows(db_env, f"""SELECT year(a.event_date), count(*)
        FROM agreements a WHERE a.agreement_id IN ({mine}) AND a.event_date IS NOT NULL
        GROUP BY 1"""))


def test_organisation_tabs_list_its_places_programmes_and_articles(db_env: Path) -> None:
    mine = f"""SELECT DISTINCT agreement_id FROM agreement_parties WHERE name = '{HENAN_KX}'"""
    tables = {}
    for tab, key in (("地区 Places", "t_org_places"), ("文章 Articles", "t_org_articles"),
                     ("项目 Programmes（同一文章提到的 named in the same articles）",
                      "t_org_programmes")):
        at = run_app("organisation", {"org": HENAN_KX, "org_tab": tab})
        assert len(at.dataframe) == 2  # its fields, and the open tab's table
        tables[key] = at.dataframe[1].value
    articles = {r[0] for r in sql_rows(db_env, f"""SELECT DISTINCT article_id
        FROM agreement_sources WHERE agreement_id IN ({mine})""")}
    assert set(tables["t_org_articles"]["article_id"]) == articles
    assert len(tables["t_org_places"]) > 0 and len(tables["t_org_programmes"]) > 0


def test_an_unknown_organisation_is_said_and_near_names_offered(db_env: Path) -> None:
    at = run_app("organisation", {"org": "河南省科协"})  # a way it is written, not its name
    assert any("找不到机构" in w.value for w in at.warning)
    links = [p.proto.page for p in at.get("page_link")]
    assert links  # organisations whose names or variants contain the text


# --------------------------------------------------------------------------- agreement


def test_agreement_page_lists_every_report_with_its_evidence_and_build(db_env: Path) -> None:
    aid, n = sql_rows(db_env, """SELECT agreement_id, count(*) FROM agreement_sources
        GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1""")[0]
    at = run_app("agreement", {"id": aid})
    boxes = [h.proto.body for h in at.get("html") if 'data-testid="report-' in h.proto.body]
    assert len(boxes) == n
    evidence = [r[0] for r in sql_rows(db_env, "SELECT evidence FROM agreement_sources WHERE "
                                               "agreement_id = ? ORDER BY article_id", [aid])]
    marked = [re.sub(r"<[^>]+>", "", b.split("<mark", 1)[1].split(">", 1)[1].split("</mark>")[0])
              for b in boxes]
    assert sorted(marked) == sorted(evidence)  # the evidence is what is highlighted
    builds = {r[0] for r in sql_rows(db_env, """SELECT DISTINCT ar.build_id FROM agreement_sources
        s JOIN articles ar USING (article_id) WHERE s.agreement_id = ?""", [aid])}
    history = next(d.value for d in at.dataframe if "loaded_at" in d.value.columns)
    assert set(history["build_id"]) == builds
    parties = next(d.value for d in at.dataframe if "party_kind" in d.value.columns)
    assert unlinked(parties["name"]) == [r[0] for r in sql_rows(
        db_env, "SELECT name FROM agreement_parties WHERE agreement_id = ? ORDER BY position",
        [aid])]


def test_programme_page_lists_every_mention(db_env: Path) -> None:
    iid, n = sql_rows(db_env, """SELECT initiative_id, count(*) FROM initiative_mentions
        GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1""")[0]
    at = run_app("programme", {"id": iid})
    boxes = [h for h in at.get("html") if 'data-testid="mention-' in h.proto.body]
    assert len(boxes) == n and all("<mark" in b.proto.body for b in boxes)


def test_a_programme_chosen_in_the_url_links_to_its_page(db_env: Path) -> None:
    iid, name = sql_rows(db_env, """SELECT initiative_id, any_value(i.name) FROM initiative_mentions
        JOIN initiatives i USING (initiative_id) GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1""")[0]
    at = run_app("explorer", {"scope": "全部", "tab": "项目 Programmes", "programme": iid})
    links = {p.proto.label: p.proto for p in at.get("page_link")}
    target = links[f"项目页 Programme page: {name}"]
    assert (target.page, target.query_string) == ("programme", f"id={iid}")
    assert at.query_params["programme"] == iid  # kept, not cleared by the first run


# --------------------------------------------------------------------------- network


def test_network_draws_the_pairs_of_the_view_and_lists_the_hubs(db_env: Path) -> None:
    at = run_app("network")
    payload = echarts_payloads(at)[0]["options"]
    graph = payload["series"][0]
    pairs = sql_rows(db_env, f"""
        SELECT p.org_id, q.org_id FROM agreement_parties p JOIN agreement_parties q
          ON q.agreement_id = p.agreement_id AND p.org_id < q.org_id
        JOIN agreements a ON a.agreement_id = p.agreement_id
        WHERE {KX} GROUP BY ALL""")
    assert {(e["source"], e["target"]) for e in graph["links"]} == set(pairs)
    assert {n["id"] for n in graph["data"]} == {o for pair in pairs for o in pair}
    hubs = next(d.value for d in at.dataframe if "n_partners" in d.value.columns)
    assert unlinked(hubs["name"])[0] == HENAN_KX  # the strongest hub first
    degree = max(sum(1 for p in pairs if o in p) for o in {o for p in pairs for o in p})
    assert int(hubs["n_partners"].iloc[0]) == degree
    assert payload["legend"]["data"]  # kinds in the legend; shapes explained in the chart
    assert any(g.get("id") == "level-key" for g in payload["graphic"])


def test_network_follows_the_filters(db_env: Path) -> None:
    at = run_app("network", {"province": "陕西省"})
    names = {n["name"] for n in echarts_payloads(at)[0]["options"]["series"][0]["data"]}
    assert "陕西省科学技术协会" in names and HENAN_KX not in names


# --------------------------------------------------------------------------- overview


def test_period_comparison_counts_each_range(db_env: Path) -> None:
    at = run_app("overview", {"compare": "2023", "compare_to": "2022"})
    shown = metrics(at)

    def count(lo: str, hi: str, extra: str = "TRUE") -> int:
        return sql_value(db_env, f"""SELECT count(*) FROM mart_agreements a
            WHERE in_kx_scope AND date_lo >= DATE '{lo}'
              AND coalesce(date_hi, date_lo) <= DATE '{hi}' AND {extra}""")

    a23, a22 = count("2023-01-01", "2023-12-31"), count("2022-01-01", "2022-12-31")
    assert shown["时期内协议 Agreements in the period"] == str(a23)
    delta = next(m for m in at.metric if m.label.startswith("时期内协议")).proto.delta
    assert delta == str(a23 - a22)
    new23 = count("2023-01-01", "2023-12-31", "is_new_signing")
    assert shown["时期内新签 New signings in the period"] == str(new23)
    joined = [r[0] for r in sql_rows(db_env, """
        WITH f AS (SELECT unnest(province_adcodes) AS adcode, min(date_lo) AS first
                   FROM mart_agreements WHERE in_kx_scope AND date_lo IS NOT NULL GROUP BY 1)
        SELECT r.name FROM f JOIN regions r USING (adcode)
        WHERE first BETWEEN DATE '2023-01-01' AND DATE '2023-12-31' ORDER BY r.adcode""")]
    assert shown["新加入省份 Provinces joined"] == str(len(joined))
    assert any(("、".join(joined) or "—") in c.value for c in at.caption)


def test_a_period_not_understood_is_said(db_env: Path) -> None:
    at = run_app("overview", {"compare": "last spring"})
    assert any("无法识别的时期" in w.value for w in at.warning)


# --------------------------------------------------------------------------- map over time


def test_map_over_time_ends_where_the_map_is_and_grows(db_env: Path) -> None:
    at = run_app("map", {"map_time": "true", "scope": "全部"})
    timeline = echarts_payloads(at)[1]["options"]
    years = timeline["baseOption"]["timeline"]["data"]
    assert timeline["baseOption"]["timeline"]["currentIndex"] == len(years) - 1  # opens on today
    steps = timeline["options"]
    last = {d["name"]: d["value"] for d in steps[-1]["series"][0]["data"]}
    dated = dict(sql_rows(db_env, """
        SELECT r.map_name, count(DISTINCT a.agreement_id)
        FROM agreements a, unnest(a.provinces) AS u(p)
        JOIN regions r ON r.level = 'province' AND r.name = u.p
        WHERE a.event_date IS NOT NULL OR a.date_after IS NOT NULL OR a.date_before IS NOT NULL
        GROUP BY ALL"""))
    assert {k: v for k, v in last.items() if v} == dated
    totals = [sum(d["value"] for d in s["series"][0]["data"]) for s in steps]
    assert totals == sorted(totals)  # cumulative: never shrinks


# --------------------------------------------------------------------------- facets


def test_filter_options_carry_their_counts(db_env: Path) -> None:
    at = run_app("overview")
    options = at.multiselect(key="province").options
    expected = dict(sql_rows(db_env, f"""
        SELECT p, count(*) FROM (SELECT unnest(provinces) AS p, agreement_id FROM agreements a
                                 WHERE {KX}) GROUP BY p"""))
    shown = dict(re.fullmatch(r"(.+) \((\d+)\)", o).groups() for o in options)  # type: ignore
    assert {k: int(v) for k, v in shown.items() if int(v)} == expected
    counts = [int(v) for v in shown.values()]
    assert counts == sorted(counts, reverse=True)  # the options that show the most first


# --------------------------------------------------------------------------- exports


def test_each_page_shows_the_command_that_downloads_the_same_view(db_env: Path) -> None:
    at = run_app("explorer", {"province": "河南", "date": "2022"})
    assert not [c for c in at.code if "python -m etl export" in c.value]  # made when opened
    assert at.expander[0].label == "命令行下载同一视图 The same view from the command line"
    at.session_state["x_cli"] = True  # the person opens it
    at.run()
    command = next(c.value for c in at.code if "python -m etl export" in c.value)
    assert "--filter scope=科协参与 --filter date=2022-01-01~2022-12-31 --filter province=河南省" \
        in command
    assert command.endswith("--out agreements_河南省_2022.csv")


def test_the_command_line_export_equals_the_page_download(db_env: Path, tmp_path: Path) -> None:
    """`python -m etl export --view … --filter …` writes the bytes the page's CSV button gives."""
    from dashboard_lib.queries import explorer, options

    state = filters.parse({"province": ["河南省"], "date": ["2022"]},
                          options.filter_options()).state
    page_bytes = downloads.to_csv_bytes(explorer.agreements_table(state.scope()).full())
    out = tmp_path / "view.csv"
    args = [sys.executable, "-m", "etl", "export", "--db", str(db_env), "--view", "agreements",
            *filters.export_args(state), "--format", "csv", "--out", str(out)]
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == page_bytes
    assert page_bytes.count(b"\r\n") - 1 == sql_value(db_env, """SELECT count(*)
        FROM mart_agreements WHERE list_has_any(province_names, ['河南省']) AND in_kx_scope
          AND date_lo >= DATE '2022-01-01' AND coalesce(date_hi, date_lo) <= DATE '2022-12-31'""")
    bad = subprocess.run([*args[:8], "--filter", "date=garbage"], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert bad.returncode != 0 and "date=garbage" in bad.stderr


def test_chart_downloads_say_what_they_hold(db_env: Path) -> None:
    charts = [el for tab in ("每月签约 Per month", "每项协议 Each agreement", "覆盖率 Coverage")
              for el in run_app("timeline", {"province": "河南省", "img": "SVG", "chart": tab}
                                ).get("plotly_chart")]
    assert len(charts) == 3  # one per tab
    for el in charts:
        config = json.loads(el.proto.config)
        assert config["toImageButtonOptions"]["format"] == "svg"
        assert config["toImageButtonOptions"]["filename"].endswith("_河南省")
        figure = json.loads(el.proto.spec)
        notes = " ".join(a.get("text", "") for a in figure["layout"].get("annotations", []))
        assert "来源 Source" in notes and "省份 Province = 河南省" in notes
    at = run_app("map", {"province": "河南省"})
    option = echarts_payloads(at)[0]["options"]
    assert option["toolbox"]["feature"]["saveAsImage"]["name"] == "map_河南省"
    caption = next(g for g in option["graphic"] if g.get("id") == "caption")
    assert "省份 Province = 河南省" in caption["style"]["text"]


def test_explorer_tab_row_and_query_come_from_the_url(db_env: Path) -> None:
    aid = sql_value(db_env, "SELECT agreement_id FROM mart_agreements WHERE in_kx_scope "
                            "ORDER BY date_lo DESC NULLS LAST LIMIT 1")
    at = run_app("explorer", {"agreement": aid})
    assert any('data-testid="clean-text"' in h.proto.body for h in at.get("html"))
    links = [p.proto.page for p in at.get("page_link")]
    assert any("agreement" in p for p in links)
    at = run_app("explorer", {"tab": "SQL 控制台 Console",
                              "sql": "SELECT count(*) AS n FROM mart_agreements"})
    result = next(d.value for d in at.dataframe if list(d.value.columns) == ["n"])
    assert int(result["n"].iloc[0]) == sql_value(db_env, "SELECT count(*) FROM agreements")


def test_the_command_quotes_only_what_the_shell_needs() -> None:
    assert exports.shell_word("province=河南省") == "province=河南省"
    assert exports.shell_word("q=a b") == "'q=a b'"
    assert exports.shell_word("q=$(rm)") == "'q=$(rm)'"


def test_export_names_and_dictionary_unit() -> None:
    state = filters.FilterState({"scope": "科协参与", "province": ("河南省",),
                                 "date": (dt.date(2023, 1, 1), dt.date(2023, 12, 31))})
    assert exports.command("agreements", state).endswith(
        "--filter province=河南省 --format csv --out agreements_河南省_2023.csv")
    with pytest.raises(exports.FilterError, match="unknown filter"):
        exports.parse_filters(["provnce=河南省"])
