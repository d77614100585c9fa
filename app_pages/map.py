"""地图 Map: provinces by agreements or 会市合作 coverage, partner lines, city points; click or
choose a province for its prefecture-level map of signed and not-yet-signed cities."""

from __future__ import annotations

import json

import streamlit as st
from streamlit_echarts import Map, st_echarts

from dashboard_lib import charts_echarts as ce
from dashboard_lib import geo, ui
from dashboard_lib.glossary import help_text
from dashboard_lib.queries import COVERAGE_MODEL
from dashboard_lib.queries import maps as q
from dashboard_lib.queries.options import filter_options
from dashboard_lib.textview import md_escape

ALL_MODELS = "全部"
BY_COUNT, BY_COVERAGE = "协议数", "覆盖率"

scope = ui.page_start("地图", "Map")
provinces = q.provinces()
short_to_adcode = dict(zip(provinces["short_name"], provinces["adcode"], strict=True))

controls = st.columns([2, 5, 3])
metric = controls[0].segmented_control(
    "着色 Colour by", [BY_COUNT, BY_COVERAGE], default=BY_COUNT, key="map_metric",
    bind="query-params",
    help=help_text("协议数 agreements per province · 覆盖率 share of a province's "
                   f"prefecture-level cities with a {COVERAGE_MODEL} agreement", "models"))
model_choice = controls[1].pills(
    "合作模式 Cooperation model", [ALL_MODELS, *filter_options().models], default=ALL_MODELS,
    key="map_model", bind="query-params", wrap=True,
    help=help_text("只在地图上切换 switches the map only", "models"))
layers = controls[2].pills("图层 Layers", [ce.PARTNERS, ce.CITIES], selection_mode="multi",
                           default=[ce.PARTNERS, ce.CITIES], key="map_layers",
                           bind="query-params")
model = None if model_choice in (None, ALL_MODELS) else model_choice

stats = q.province_stats(scope, model)
if int(stats["n_agreements"].sum()) == 0:
    ui.empty()


def _on_map_click() -> None:
    event = (st.session_state.get("cn_map") or {}).get("chart_event") or {}
    name = event.get("name") if isinstance(event, dict) else None
    if name in short_to_adcode:
        st.session_state["drill"] = name
        st.session_state["_scroll_to_drill"] = True  # its map is below: bring it into view


caption = ui.chart_caption()
st_echarts(
    ce.with_export(
        ce.china_map_options(stats, q.city_points(scope, model), q.partner_lines(scope, model),
                             metric="coverage" if metric == BY_COVERAGE else "agreements",
                             show_lines=ce.PARTNERS in (layers or []),
                             show_cities=ce.CITIES in (layers or [])),
        name=ui.export_name("map"), caption=caption, image_format=ui.image_format()),
    map=Map(ce.CHINA_MAP, geo.china_geojson()), height="640px", key="cn_map",
    renderer=ui.echarts_renderer(),
    events={"click": ce.CLICK_EVENT, "rendered": ce.expose_event("cn")},
    on_change=_on_map_click,
)

st.subheader("地图随时间 Map over time", anchor="over-time")
if st.toggle("显示逐年地图（滑块与播放） Show the map year by year (slider and play)",
             key="map_time", bind="query-params"):
    st.caption("拖动滑块或点击播放，看覆盖逐年增长；只知月份、年份或区间的协议按最晚可能日期计入。 "
               "Drag the slider or press play to watch coverage grow; an agreement known only "
               "to the month, year or a range counts from the latest date it can have.")
    st_echarts(ce.with_export(
        ce.map_over_time_options(q.map_over_time(scope, model),
                                 metric="coverage" if metric == BY_COVERAGE else "agreements",
                                 caption=caption),
        name=ui.export_name("map_over_time"), caption="", image_format=ui.image_format()),
        map=Map(ce.CHINA_MAP, geo.china_geojson()), height="620px", key="time_map",
        renderer=ui.echarts_renderer(), events={"rendered": ce.expose_event("time")})

st.subheader("省份下钻 Province drill-down", anchor="drill")
# Options are plain short names: the URL carries the option text (?drill=河南).
drill = st.selectbox(
    "省份 Province", list(short_to_adcode), index=None, key="drill", bind="query-params",
    placeholder="点击地图或选择 Click the map or choose")
if drill:
    adcode = short_to_adcode[drill]
    status = q.prefecture_status(scope, adcode, model)
    left, right = st.columns([3, 2])
    with left:
        chart = ce.province_map_chart(status, drill, f"{drill} 地级行政区 Prefecture level")
        st_echarts(ce.with_export(json.loads(chart.dump_options()),
                                  name=ui.export_name(f"map_{drill}"), caption=caption,
                                  image_format=ui.image_format()),
                   map=Map(drill, geo.province_geojson(adcode)), height="560px",
                   key="province_map", renderer=ui.echarts_renderer(),
                   events={"rendered": ce.expose_event("province")})
    with right:
        # The table lists what the headline counts: the prefecture-level units. County-level
        # cities under the province (济源市 …) are drawn on the map but listed apart.
        pref = status[status["is_prefecture"]]
        signed = int(pref["signed"].sum())
        c1, c2 = st.columns(2)
        c1.metric("已签约城市 Signed cities", f"{signed} / {len(pref)}",
                  help=f"地级行政区中有{COVERAGE_MODEL}等协议的 prefecture-level units with an "
                       "agreement (the model chosen above)")
        c2.metric("覆盖率 Coverage", f"{signed / len(pref):.0%}" if len(pref) else "—")
        ui.table(pref, name=f"prefectures_{adcode}", key="t_prefectures", height=360,
                 columns=["name", "signed", "n_agreements", "first_signed", "labels"])
        direct = status[~status["is_prefecture"]]
        if not direct.empty:
            st.caption("省直管县级市（地图上画出，不计入覆盖率） County-level cities under the "
                       "province (on the map, not counted): " + "、".join(
                           f"{md_escape(r.name)}{'（已签约 signed）' if r.signed else ''}"
                           for r in direct.itertuples()))
    st.markdown(f"**{md_escape(drill)}的协议 Agreements in {md_escape(drill)}**")
    ui.table(q.province_agreements(scope, adcode, model), name=f"agreements_{adcode}",
             key="t_province_agreements",
             columns=["agreement_id", "date_label", "model", "type", "parties", "city_names",
                      "is_new_signing"])
    if st.session_state.pop("_scroll_to_drill", False):
        ui.scroll_to("drill")

with ui.on_open("各省统计 Per-province figures", "x_province_stats") as shown:
    if shown:
        ui.table(stats, name="province_stats", key="t_province_stats",
                 columns=["name", "n_agreements", "n_signed", "n_prefectures", "coverage"])
