"""项目 Programmes: family → programme → region, the most mentioned programmes, province × family,
and pilot designations (试点城市/园区); one section per tab."""

from __future__ import annotations

import streamlit as st

from dashboard_lib import charts_plotly as cp
from dashboard_lib import ui
from dashboard_lib.queries import programmes as q

scope = ui.page_start("项目", "Programmes", view="programme_mentions")

tree = q.programme_tree(scope)
if tree.empty:
    ui.empty()
    st.stop()

caption = ui.chart_caption()
# One section per tab, in the URL (?prog_tab=…): only the open tab is queried and drawn (three
# plotly charts and a 5,000-row table at once were 2.2-2.5 s of the browser's main thread on 1M
# articles, against 1.3 s for the Overview).
composition, provinces, pilots = st.tabs(
    ["项目构成 Family → programme", "省份 × 类别 Province × family",
     "试点认定 Pilot designations"], key="prog_tab", bind="query-params", on_change="rerun")

with composition:
    if composition.open:
        left, right = st.columns([3, 2])
        with left:
            shape = st.segmented_control("图形 Chart", ["旭日图 Sunburst", "矩形树图 Treemap"],
                                         default="旭日图 Sunburst", key="tree_kind")
            kind = "treemap" if shape == "矩形树图 Treemap" else "sunburst"
            st.plotly_chart(cp.with_caption(cp.programme_tree(tree, kind), caption), key="tree",
                            config=ui.plotly_config(f"programmes_{kind}"))
        with right:
            top = q.top_programmes(scope, 15)
            st.plotly_chart(cp.with_caption(cp.top_programmes(top), caption), key="top",
                            config=ui.plotly_config("top_programmes"))
        with ui.on_open("数据 Data: 项目提及 programme mentions", "x_mentions") as shown:
            if shown:
                ui.table(top, name="top_programmes", key="t_top")
                ui.table(tree, name="programme_tree", key="t_tree")

with provinces:
    if provinces.open:
        matrix = q.province_family(scope)
        st.plotly_chart(cp.with_caption(cp.province_family_heatmap(matrix), caption),
                        key="heatmap", config=ui.plotly_config("province_family"))
        with ui.on_open("数据 Data: 省份 × 类别 province × family", "x_matrix") as shown:
            if shown:
                ui.table(matrix, name="province_family", key="t_matrix")

with pilots:
    if pilots.open:
        ui.table(q.pilots(scope), name="pilot_designations", key="t_pilots",
                 columns=q.PILOT_COLUMNS)
