"""总览 Overview: headline figures, the latest agreements, what changed since the previous build."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard_lib import ui
from dashboard_lib.glossary import help_text
from dashboard_lib.queries import overview as q
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

st.subheader("最新协议 Latest agreements")
SHOWN = ["date_label", "model", "type", "parties", "province_names", "city_names",
         "is_new_signing", "article_title"]
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
    with st.expander("构建历史 Build history"):
        ui.table(builds, name="builds", key="t_builds")
