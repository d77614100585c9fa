"""总览 Overview: headline figures, the latest agreements, what changed since the previous build."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard_lib import ui
from dashboard_lib.queries import overview as q
from dashboard_lib.textview import md_escape

scope = ui.page_start("总览", "Overview")
m = q.overview_metrics(scope)

row1 = st.columns(4)
row1[0].metric("协议 Agreements", m["agreements"],
               help=f"其中新签 of which new signings: {m['new_signings']}")
row1[1].metric("合作方 Partners", m["partners"],
               help="与科协签约的机构（不含科协一方） Organisations on the other side")
row1[2].metric("省份 Provinces", m["provinces"])
row1[3].metric("城市 Cities", m["cities"], help="地级行政区 Prefecture-level")
row2 = st.columns(4)
row2[0].metric("项目 Programmes", m["programmes"])
row2[1].metric("文章 Articles", m["articles"])
row2[2].metric("最近签约 Latest signing", m["latest_date"] or "—",
               help=md_escape(m["latest_parties"]) if m["latest_parties"] else None)
row2[3].metric("新签 New signings", m["new_signings"])

st.subheader("最新协议 Latest agreements")
SHOWN = ["review_mark", "date_label", "model", "type", "parties", "province_names", "city_names",
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
                   help=f"完成 finished {last['finished_at']}")
    cols[1].metric("新增/更新文章 Added articles", int(last["added"] or 0))
    cols[2].metric("拒收 Rejected", int(last["rejected"] or 0))
    delta = last["agreements_delta"]
    cols[3].metric("协议总数 Agreements (all)", int(last["agreements"] or 0),
                   delta=None if delta is None else int(delta))
    st.markdown("**本次构建新增或更新的协议 Agreements new or updated in the latest build**")
    ui.table(q.new_in_latest_build(scope), name="new_in_latest_build", key="t_new_build",
             columns=SHOWN)
    with st.expander("构建历史 Build history"):
        ui.table(builds, name="builds", key="t_builds")
