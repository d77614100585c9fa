"""总览 Overview: headline figures, the latest agreements, what changed since the previous build."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from dashboard_lib import filters, ui
from dashboard_lib.glossary import help_text
from dashboard_lib.queries import overview as q
from dashboard_lib.queries.options import filter_options
from dashboard_lib.textview import md_escape

scope = ui.page_start("总览", "Overview")
m = q.overview_metrics(scope)

row1 = st.columns(4)
row1[0].metric("协议 Agreements", m["agreements"],
               help=help_text(f"其中新签 of which new signings: {m['new_signings']}", "scope"))
row1[1].metric("合作方 Partners", m["partners"],
               help=help_text("与科协签约的机构（不含科协一方） Organisations on the other side",
                              "parties"))
row1[2].metric("省份 Provinces", m["provinces"],
               help=help_text("协议涉及的省级行政区 Province-level units", "places"))
row1[3].metric("城市 Cities", m["cities"],
               help=help_text("地级行政区 Prefecture-level", "places"))
row2 = st.columns(4)
row2[0].metric("项目 Programmes", m["programmes"],
               help=help_text(
                   f"不同的项目名称，与“项目”页相同；按地区分为 {m['programme_places']} 个项目点，"
                   f"共被提及 {m['programme_mentions']} 次。 Distinct programme names, as the "
                   f"Programmes page lists them: {m['programme_places']} programme–place "
                   f"pairs, {m['programme_mentions']} mentions.", "families"))
row2[1].metric("文章 Articles", m["articles"],
               help=help_text("范围内的文章 Articles in the scope", "scope"))
row2[2].metric("最近签约 Latest signing", m["latest_date"] or "—",
               help=help_text(md_escape(m["latest_parties"] or ""), "precision"))
row2[3].metric("新签 New signings", m["new_signings"],
               help=help_text("文章报道的签约 Signings reported as new", "signing"))

st.subheader("时期对比 Period comparison", anchor="compare")
# Two date ranges from the URL (?compare=2024&compare_to=2023, any form the date filter takes);
# by default the latest year of the data and the year before. The date filter is set aside here.
opts = filter_options()
latest = opts.date_max.year if opts.date_max else None
c1, c2 = st.columns(2)
first_text = c1.text_input("时期 Period", key="compare", bind="query-params",
                           placeholder=f"{latest or ''}（默认：数据的最近一年 default: the latest "
                                       "year of the data）")
second_text = c2.text_input("对比 Compared with", key="compare_to", bind="query-params",
                            placeholder=f"{(latest or 1) - 1}（默认：前一年 default: the year "
                                        "before）")
try:
    first = filters.parse_date_range([first_text]) if first_text else (
        filters.parse_date_range([str(latest)]) if latest else None)
    second = filters.parse_date_range([second_text]) if second_text else (
        filters.parse_date_range([str(first[0].year - 1)]) if first else None)
except ValueError:
    st.warning("无法识别的时期，应为 2024、2024-05 或 2024-01-01~2024-06-30。 A period was not "
               "understood: write 2024, 2024-05 or 2024-01-01~2024-06-30.", icon="⚠️")
    first = second = None
if first and second:
    comparison = q.periods(ui.current_state().without("date").scope(), first, second)
    a, b = comparison.iloc[0], comparison.iloc[1]

    def period_label(lo: Any, hi: Any) -> str:
        return filters.describe(filters.BY_KEY["date"], (lo.date(), hi.date()))

    st.caption(f"{period_label(a['lo'], a['hi'])} 对比 vs {period_label(b['lo'], b['hi'])}"
               "（侧栏的日期范围此处不适用 the sidebar's date range does not apply here）")
    cols = st.columns(4)
    for col, (label, field, section) in zip(cols, [
            ("时期内协议 Agreements in the period", "agreements", "scope"),
            ("时期内新签 New signings in the period", "new_signings", "signing"),
            ("新合作方 New partners", "new_partners", "parties"),
            ("新加入省份 Provinces joined", "provinces_joined", "places")], strict=True):
        now = len(a[field]) if field == "provinces_joined" else int(a[field])
        then = len(b[field]) if field == "provinces_joined" else int(b[field])
        col.metric(label, now, delta=now - then, help=help_text(
            f"对比期 compared period: {then}。新合作方/新加入省份：首次签约落在该时期 New partners "
            "and provinces: their first agreement falls in the period.", section))
    joined = list(a["provinces_joined"])
    st.caption("新加入的省份 Provinces that joined: " + ("、".join(joined) if joined else "—"))

st.subheader("最新协议 Latest agreements")
SHOWN = q.AGREEMENT_LIST_COLUMNS
ui.table(q.latest_agreements(scope, 10), name="latest_agreements", key="t_latest", columns=SHOWN)

st.subheader("与上次构建相比 Since the previous build")
builds = q.builds()
if builds.empty:
    ui.empty("还没有构建记录 No builds recorded yet.")
else:
    last = builds.iloc[0].map(lambda v: None if pd.isna(v) else v)  # NULL: build never finished
    cols = st.columns(4)
    cols[0].metric("构建 Build", f"#{last['build_id']}",
                   help=help_text(f"完成 finished {last['finished_at']}", "builds"))
    cols[1].metric("新增/更新文章 Added articles", int(last["added"] or 0))
    cols[2].metric("拒收 Rejected", int(last["rejected"] or 0))
    delta = last["agreements_delta"]
    cols[3].metric("协议总数 Agreements (all)", int(last["agreements"] or 0),
                   delta=None if delta is None else int(delta))
    st.markdown("**本次构建新增或更新的协议 Agreements new or updated in the latest build**")
    ui.table(q.new_in_latest_build(scope), name="new_in_latest_build", key="t_new_build",
             columns=SHOWN,
             empty_message=ui.with_filters(
                 f"本次构建（#{last['build_id']}）没有新增或更新协议",
                 f"The latest build (#{last['build_id']}) added or updated no agreements"))
    with ui.on_open("构建历史 Build history", "x_builds") as shown:
        if shown:
            ui.table(builds, name="builds", key="t_builds")
