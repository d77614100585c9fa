"""时间线 Timeline: signings per month by model; every agreement as a point whose marker shows its
date precision; cumulative 会市合作 coverage per province. One chart at a time, in tabs."""

from __future__ import annotations

import streamlit as st

from dashboard_lib import charts_plotly as cp
from dashboard_lib import ui
from dashboard_lib.queries import timeline as q
from etl import settings

scope = ui.page_start("时间线", "Timeline")
# Points drawn (TRACKER_TIMELINE_MAX_POINTS, 1,000): 3,000 took the browser 2-7 s to draw on 1M
# articles and 2 shared cores; the rest are in the table below the chart and its downloads.
POINTS_MAX = int(settings.get("timeline_max_points"))

counts = q.date_counts(scope)
if counts["agreements"] == 0:
    ui.empty()
    st.stop()
caption = ui.chart_caption()

# One chart per tab, in the URL (?chart=…): only the open tab is queried and drawn. Three plotly
# charts on one page took the browser's main thread 1.3 s more than one on 1M articles (2.7 s in
# all against the Overview's 1.3 s), most of the page's time to be fully drawn.
monthly_tab, points_tab, coverage_tab = st.tabs(
    TABS := ["每月签约 Per month", "每项协议 Each agreement", "覆盖率 Coverage"],
    key="chart", bind="query-params", on_change="rerun")

with monthly_tab:
    if monthly_tab.open:
        monthly = q.monthly_signings(scope)
        st.plotly_chart(cp.with_caption(cp.monthly_signings(monthly), caption), key="monthly",
                        config=ui.plotly_config("signings_per_month"))
        if no_month := counts["agreements"] - counts["with_month"]:
            st.caption(f"另有 {no_month} 项协议只知年份或日期区间，未计入月度统计。 "
                       f"{no_month} agreements known only to the year or a date range are not "
                       "counted.")
        with ui.on_open("数据 Data: 每月签约 signings per month", "x_monthly") as shown:
            if shown:
                ui.table(monthly, name="signings_per_month", key="t_monthly")

with points_tab:
    if points_tab.open:
        points_view = q.agreement_points(scope)
        points, _ = points_view.page(POINTS_MAX)
        st.plotly_chart(cp.with_caption(cp.agreement_points(points), caption), key="points",
                        config=ui.plotly_config("agreement_dates"))
        if counts["with_date"] > POINTS_MAX:
            dated = counts["with_date"]
            st.caption(f"只画出最近的 {POINTS_MAX} 项协议（共 {dated} 项有日期）；其余见下方"
                       "“每项协议”表格及其下载，或缩小筛选范围（如日期、省份）后再画。 "
                       f"The {POINTS_MAX} most recent of {dated} dated agreements are drawn; "
                       "every one is in the table “each agreement” below (and its downloads), "
                       "or narrow the filters (dates, provinces) to draw the others.")
        if undated := counts["agreements"] - counts["with_date"]:
            st.caption(f"{undated} 项协议没有任何日期信息，未画出。 "
                       f"{undated} agreements have no date at all and are not drawn.")
        with ui.on_open("数据 Data: 每项协议 each agreement", "x_points") as shown:
            if shown:
                ui.table(points_view, name="agreement_dates", key="t_points")

with coverage_tab:
    if coverage_tab.open:
        coverage = q.coverage_timeline(scope)
        st.plotly_chart(cp.with_caption(cp.coverage_over_time(coverage), caption),
                        key="coverage", config=ui.plotly_config("coverage_over_time"))
        st.caption("只知月份、年份或区间的协议按最晚可能日期计入。 An agreement known only to the "
                   "month, year or a range counts from the latest date it can have.")
        with ui.on_open("数据 Data: 覆盖率 coverage", "x_coverage") as shown:
            if shown:
                ui.table(coverage, name="coverage_over_time", key="t_coverage")
