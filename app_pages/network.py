"""合作网络 Partner network: organisations as nodes (colour = kind, shape = level, size =
agreements), agreements as edges, under the sidebar filters; the strongest hubs listed; a click on
a node opens its organisation page. ECharts graph, offline."""

from __future__ import annotations

import streamlit as st
from streamlit_echarts import st_echarts

from dashboard_lib import charts_echarts as ce
from dashboard_lib import links, ui
from dashboard_lib.queries import network as q

scope = ui.page_start("合作网络", "Partner network")
counts = q.counts(scope)
if counts["edges"] == 0:
    ui.empty()
    st.stop()
nodes = q.nodes(scope)
edges = q.edges(scope)  # the busiest q.EDGES_MAX pairs


def _on_node_click() -> None:
    event = (st.session_state.get("network_chart") or {}).get("chart_event") or {}
    name = event.get("name") if isinstance(event, dict) else None
    if isinstance(name, str) and name:
        st.session_state["_open_org"] = name


st_echarts(ce.with_export(ce.network_options(nodes, edges, caption=ui.chart_caption()),
                         name=ui.export_name("network"), caption="",
                         image_format=ui.image_format()), height="680px",
           key="network_chart", renderer=ui.echarts_renderer(),
           events={"click": ce.NODE_CLICK_EVENT, "rendered": ce.expose_event("network")},
           on_change=_on_node_click)
if (name := st.session_state.pop("_open_org", None)) is not None:
    st.switch_page(links.page("org"), query_params={links.ORG: name})
shown = len(set(edges["source"]) | set(edges["target"]))
note = (f"{counts['nodes']} 个机构、{counts['edges']} 对合作关系。 "
        f"{counts['nodes']} organisations, {counts['edges']} partner pairs.")
if counts["edges"] > len(edges):
    note += (f" 图中画出最紧密的 {len(edges)} 对（{shown} 个机构）；请缩小筛选范围查看其余。 The "
             f"{len(edges)} strongest pairs ({shown} organisations) are drawn; narrow the "
             "filters to see the others.")
st.caption(note + " 点击节点打开机构页 Click a node to open its organisation page.")

st.subheader("最大的枢纽 Strongest hubs")
st.caption("合作方最多的机构 Organisations with the most partners in this view")
ui.table(nodes.head(20), name="network_hubs", key="t_hubs",
         columns=["name", "party_kind", "party_level", "province", "n_partners",
                  "n_agreements"], links={"name": "org"})
with ui.on_open("数据 Data: 合作关系 partner pairs", "x_pairs") as shown:
    if shown:
        names = dict(zip(nodes["org_id"], nodes["name"], strict=True))
        pairs = edges.assign(source=[names.get(s, s) for s in edges["source"]],
                             target=[names.get(t, t) for t in edges["target"]])
        ui.table(pairs.rename(columns={"source": "org_a", "target": "org_b"}),
                 name="network_pairs", key="t_pairs", links={"org_a": "org", "org_b": "org"})
