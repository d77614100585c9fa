"""Plotly builders for the Timeline and Programmes pages: pure functions, DataFrame -> go.Figure.

Text from articles (party names, programme names) goes into hover labels and tree labels, which
plotly renders with a small HTML subset: every such string is escaped here first.
"""

from __future__ import annotations

import html
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from dashboard_lib.queries import COVERAGE_MODEL

# Marker per date precision: the precision of each point is visible at a glance.
PRECISION_STYLE: dict[str, tuple[str, str]] = {
    "day": ("circle", "日 day"),
    "month": ("square", "月 month"),
    "year": ("diamond", "年 year"),
    "approx": ("circle-open", "约 approx (近日…)"),
    "unknown": ("x-thin-open", "区间 range only"),
}
FAMILY_ORDER = ["科普", "科创", "智库", "人才", "组织", "党建", "其他"]
# One colour per cooperation model on every chart.
MODEL_COLORS: dict[str, str] = {
    "省会合作": "#1f5fa8", "会市合作": "#d1495b", "会地合作": "#2e9e6a", "会会合作": "#8e5bb5",
    "市市合作": "#e08a1e", "院地合作": "#17becf", "厅市合作": "#9c8b00", "校地合作": "#8c564b",
    "企业合作": "#e377c2", "其他": "#7f7f7f",
}
_SPARE = ["#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173"]


def model_color(model: str) -> str:
    if model in MODEL_COLORS:
        return MODEL_COLORS[model]
    return _SPARE[sum(map(ord, model)) % len(_SPARE)]


# Margins leave room for axis titles and tick labels (automargin grows them when needed).
LAYOUT: dict[str, Any] = {"margin": {"l": 10, "r": 10, "t": 60, "b": 10}}
TOP_LEGEND: dict[str, Any] = {"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0}
FAMILY_COLORS: dict[str, str] = {
    "科普": "#2e86c1", "科创": "#d1495b", "智库": "#8e5bb5", "人才": "#2e9e6a",
    "组织": "#e08a1e", "党建": "#b03a2e", "其他": "#7f7f7f",
}


def esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=False)


def _empty(title: str) -> go.Figure:
    fig = go.Figure()
    fig.update_layout(title=title, annotations=[{
        "text": "无数据 No data for these filters", "showarrow": False,
        "xref": "paper", "yref": "paper", "x": 0.5, "y": 0.5}], **LAYOUT)
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig


def with_caption(fig: go.Figure, caption: str) -> go.Figure:
    """The figure with a caption line below the plot (source, filters, date), so that a
    downloaded image says where it comes from and what it shows."""
    if not caption:
        return fig
    bottom = max(70, int(fig.layout.margin.b or 10) + 60)
    fig.add_annotation(text=esc(caption), showarrow=False, xref="paper", yref="paper",
                       x=0, y=0, xanchor="left", yanchor="top", yshift=-46,
                       font={"size": 10, "color": "#666"}, align="left")
    fig.update_layout(margin={"b": bottom})
    if fig.layout.height:
        fig.update_layout(height=fig.layout.height + 40)
    return fig


def agreements_per_year(counts: pd.DataFrame, name: str) -> go.Figure:
    """One organisation's agreements per year (known to the year), stacked by model; `counts`
    has one row per year and model: `year`, `model`, `n` (queries.records.org_years)."""
    title = f"每年签约 Agreements per year · {esc(name)}"
    if counts.empty:
        return _empty(title)
    fig = go.Figure()
    for model, part in counts.groupby("model", sort=True):
        fig.add_bar(x=part["year"], y=part["n"], name=esc(model),
                    marker_color=model_color(str(model)),
                    hovertemplate="%{x}: %{y}<extra>" + esc(model) + "</extra>")
    fig.update_layout(title=title, barmode="stack", legend=TOP_LEGEND, showlegend=True,
                      height=320, **LAYOUT)
    fig.update_xaxes(title="年份 Year", dtick=1, tickformat="d")
    fig.update_yaxes(title="协议数 Agreements", rangemode="tozero",
                     **count_axis(counts.groupby("year")["n"].sum().max()))
    return fig


def count_axis(max_count: float) -> dict[str, object]:
    """Axis settings for counts: one tick per unit while counts are small (no 0.5 ticks), else
    plotly's own spacing. A tick per unit over thousands of agreements draws thousands of grid
    lines: on a 1M-article database that froze the browser for 15-60 s per chart."""
    return {"dtick": 1} if max_count <= 10 else {"tickformat": ",d"}


def monthly_signings(df: pd.DataFrame) -> go.Figure:
    """Stacked bars: agreements per month (month known) by cooperation model."""
    title = "每月签约 Signings per month (按合作模式 by model)"
    if df.empty:
        return _empty(title)
    fig = go.Figure()
    for model, part in df.groupby("model", sort=True):
        fig.add_bar(x=part["month"], y=part["n"], name=esc(model),
                    marker_color=model_color(str(model)),
                    hovertemplate="%{x|%Y-%m}: %{y}<extra>" + esc(model) + "</extra>")
    fig.update_layout(title=title, barmode="stack", bargap=0.15, legend=TOP_LEGEND,
                      showlegend=True, **LAYOUT)
    fig.update_xaxes(type="date", tickformat="%Y-%m", title="月份 Month")
    fig.update_yaxes(title="协议数 Agreements", rangemode="tozero",
                     **count_axis(df.groupby("month")["n"].sum().max()))
    return fig


def _precision_label(precision: str) -> str:
    return PRECISION_STYLE.get(precision, ("", precision))[1]


def _midpoint(lo: pd.Timestamp, hi: pd.Timestamp) -> pd.Timestamp:
    return lo + (hi - lo) / 2


RANGE_COLOR = "rgba(150,170,200,0.45)"  # a date range: a pale blue-grey bar, no model colour
# Vertical spread of points that would sit on one another (same row, dates closer than a
# marker): offsets in row units, alternating above and below the row's line.
DODGE_STEP, DODGE_MAX = 0.2, 0.42


def dodge(rows: list[int], xs: list[float], min_gap: float) -> list[float]:
    """A y offset per point so that points of one row closer than `min_gap` on x do not hide one
    another: 0, +step, -step, +2 step … (compressed when a cluster is large). Pure, stable."""
    offsets = [0.0] * len(xs)
    order = sorted(range(len(xs)), key=lambda i: (rows[i], xs[i], i))
    cluster: list[int] = []

    def place(members: list[int]) -> None:
        if len(members) < 2:
            return
        step = min(DODGE_STEP, DODGE_MAX / ((len(members) + 1) // 2))
        for k, i in enumerate(members):
            level = (k + 1) // 2
            offsets[i] = step * level * (1 if k % 2 else -1) if k else 0.0

    for i in order:
        if cluster and (rows[i] != rows[cluster[-1]] or xs[i] - xs[cluster[-1]] > min_gap):
            place(cluster)
            cluster = []
        cluster.append(i)
    place(cluster)
    return offsets


SEVERAL_ROW = "多省 several provinces"  # the timeline's row of agreements of 2+ provinces
UNKNOWN_ROW = "未知 unknown"


def agreement_points(df: pd.DataFrame) -> go.Figure:
    """One point per agreement on a time axis, one row per province (agreements of several
    provinces share one row, `SEVERAL_ROW`); marker shape = date
    precision (grey shapes in the legend), colour = cooperation model (coloured lines in the
    legend): no mark means two things.

    A date known only to the month, year or within bounds is drawn at the middle of its range
    with a pale bar spanning the range; agreements with no date at all are left out. Points that
    would sit on one another are spread vertically within their row (`dodge`).
    """
    title = "每项协议 Each agreement (形状 = 日期精度 shape = date precision, 颜色 = 合作模式 " \
            "colour = model)"
    dated = df.dropna(subset=["date_lo"]).copy()
    if dated.empty:
        return _empty(title)
    dated["date_hi"] = dated["date_hi"].fillna(dated["date_lo"])
    dated["x"] = [_midpoint(lo, hi) for lo, hi in zip(dated["date_lo"], dated["date_hi"],
                                                        strict=True)]
    # One row per province; an agreement of several provinces goes to one shared row at the
    # bottom (its hover names them): a row per combination was 199 rows, 8,040 px, on 1M articles.
    dated["places"] = ["/".join(p) if len(p) else UNKNOWN_ROW for p in dated["province_short"]]
    dated["row_name"] = [p[0] if len(p) == 1 else (SEVERAL_ROW if len(p) else UNKNOWN_ROW)
                         for p in dated["province_short"]]
    present = set(dated["row_name"])
    names = [n for n in (UNKNOWN_ROW, SEVERAL_ROW) if n in present] + sorted(
        present - {UNKNOWN_ROW, SEVERAL_ROW}, reverse=True)  # top to bottom: 上海 … 陕西, 多省
    row_of = {name: i for i, name in enumerate(names)}
    dated["row"] = [row_of[n] for n in dated["row_name"]]
    seconds = [pd.Timestamp(x).timestamp() for x in dated["x"]]
    span = (max(seconds) - min(seconds)) or 86400.0
    dated["y"] = [r + off for r, off in zip(
        dated["row"], dodge(list(dated["row"]), seconds, span / 60), strict=True)]
    fig = go.Figure()
    ranged = dated[dated["date_hi"] > dated["date_lo"]]
    if not ranged.empty:
        xs: list[Any] = []
        ys: list[Any] = []
        for r in ranged.itertuples(index=False):
            xs += [r.date_lo, r.date_hi, None]
            ys += [r.y, r.y, None]
        fig.add_scatter(x=xs, y=ys, mode="lines", name="日期范围 date range",
                        line={"color": RANGE_COLOR, "width": 6}, hoverinfo="skip",
                        legendgroup="range", legendrank=1)
    for model, part in dated.groupby("model", sort=True):
        color = model_color(str(model))
        symbols = [PRECISION_STYLE.get(p, PRECISION_STYLE["unknown"])[0]
                   for p in part["date_precision"]]
        texts = [
            f"<b>{esc(r.date_label)}</b> ({esc(_precision_label(r.date_precision))})"
            f"<br>{esc(r.parties)}<br>{esc(r.type)} · {esc(r.model)} · {esc(r.places)}"
            + ("" if r.is_new_signing else "<br>背景 background")
            for r in part.itertuples(index=False)
        ]
        fig.add_scatter(x=part["x"], y=part["y"], mode="markers", name=esc(model),
                        marker={"symbol": symbols, "size": 11, "color": color,
                                "line": {"width": 1.5, "color": color}},
                        text=texts, hovertemplate="%{text}<extra></extra>",
                        customdata=part["agreement_id"], legendgroup=f"model-{model}",
                        showlegend=False)
        # The model's legend entry: a coloured line, a mark no precision uses.
        fig.add_scatter(x=[None], y=[None], mode="lines", name=esc(model),
                        line={"color": color, "width": 4}, legendgroup=f"model-{model}",
                        legendgrouptitle_text="合作模式 model" if model == min(
                            dated["model"]) else None, legendrank=2)
    for precision, (symbol, label) in PRECISION_STYLE.items():
        if precision in set(dated["date_precision"]):
            fig.add_scatter(x=[None], y=[None], mode="markers", name=label,
                            marker={"symbol": symbol, "size": 10, "color": "#555",
                                    "line": {"width": 1.5, "color": "#555"}},
                            legendgroup="precision", legendgrouptitle_text="精度 precision",
                            legendrank=3)
    fig.update_layout(title=title, height=max(420, 80 + 40 * len(names)), showlegend=True,
                      legend={"tracegroupgap": 12}, **LAYOUT)
    fig.update_xaxes(type="date", title="签约日期 Signing date")
    fig.update_yaxes(title=None, tickmode="array", tickvals=list(range(len(names))),
                     ticktext=[esc(n) for n in names], range=[-0.6, len(names) - 0.4],
                     showgrid=True, zeroline=False)
    return fig


def coverage_over_time(df: pd.DataFrame) -> go.Figure:
    """Step lines: share of each province's prefecture-level cities with a 会市合作 agreement."""
    title = f"{COVERAGE_MODEL}覆盖率 Cumulative {COVERAGE_MODEL} coverage per province"
    if df.empty:
        return _empty(title)
    fig = go.Figure()
    end = df["date"].max()
    for province, part in df.groupby("province", sort=True):
        part = part.sort_values("date")
        x = [*part["date"], end]
        y = [*part["coverage"], part["coverage"].iloc[-1]]
        n = [*part["n_signed"], part["n_signed"].iloc[-1]]
        total = int(part["n_prefectures"].iloc[0])
        fig.add_scatter(
            x=x, y=y, mode="lines+markers", line_shape="hv", name=esc(province),
            customdata=[[k, total] for k in n],
            hovertemplate=esc(province) + " %{x|%Y-%m-%d}: %{customdata[0]}/%{customdata[1]}"
                          " (%{y:.0%})<extra></extra>")
    # One province is one line, and still gets its legend entry (plotly hides a lone one).
    fig.update_layout(title=title, legend=TOP_LEGEND, showlegend=True, **LAYOUT)
    fig.update_xaxes(type="date", title="日期 Date")
    fig.update_yaxes(tickformat=".0%", range=[0, 1.05], title="已签约地级市占比 Share signed")
    return fig


# --------------------------------------------------------------------------- programmes


def programme_tree(df: pd.DataFrame, kind: str = "sunburst") -> go.Figure:
    """family -> programme -> region, sized by mentions (a sunburst or a treemap)."""
    title = "项目类别 → 项目 → 地区 Family → programme → region"
    if df.empty:
        return _empty(title)
    ids: list[str] = []
    labels: list[str] = []
    parents: list[str] = []
    values: list[int] = []
    colors: list[str] = []
    for family, fam in df.groupby("family", sort=False):
        color = FAMILY_COLORS.get(str(family), "#7f7f7f")
        fam_id = f"f/{family}"
        ids.append(fam_id)
        labels.append(esc(family))
        parents.append("")
        values.append(int(fam["n"].sum()))
        colors.append(color)
        for name, prog in fam.groupby("name", sort=False):
            prog_id = f"{fam_id}/p/{name}"
            ids.append(prog_id)
            labels.append(esc(name))
            parents.append(fam_id)
            values.append(int(prog["n"].sum()))
            colors.append(color)
            for r in prog.itertuples(index=False):
                ids.append(f"{prog_id}/r/{r.region}")
                labels.append(esc(r.region))
                parents.append(prog_id)
                values.append(int(r.n))
                colors.append(color)
    # Two rings at a time: the regions of ~100 programmes made an unreadable third ring; a click
    # on a programme opens its regions (the treemap likewise shows two levels below the root).
    common: dict[str, Any] = {
        "ids": ids, "labels": labels, "parents": parents, "values": values,
        "branchvalues": "total", "maxdepth": 2,
        "marker": {"colors": colors, "line": {"color": "#fff", "width": 1}},
        "hovertemplate": "%{label}: %{value} 次提及 mentions<extra></extra>"}
    if kind == "sunburst":
        trace: Any = go.Sunburst(insidetextorientation="radial", **common)
    else:
        trace = go.Treemap(**common)
    fig = go.Figure(trace)
    fig.update_layout(title=title + "（点击展开 click to open）", height=560,
                      uniformtext={"minsize": 10, "mode": "hide"}, **LAYOUT)
    return fig


def top_programmes(df: pd.DataFrame) -> go.Figure:
    title = "提及最多的项目 Most mentioned programmes"
    if df.empty:
        return _empty(title)
    part = df.iloc[::-1]
    fig = go.Figure()
    for family in [f for f in FAMILY_ORDER if f in set(part["family"])] + sorted(
            set(part["family"]) - set(FAMILY_ORDER)):
        rows = part[part["family"] == family]
        fig.add_bar(x=rows["n_mentions"], y=[esc(n) for n in rows["name"]], orientation="h",
                    name=esc(family), customdata=rows["n_articles"],
                    marker_color=FAMILY_COLORS.get(str(family), "#7f7f7f"),
                    hovertemplate="%{y}: %{x} 次提及 mentions, %{customdata} 篇文章 articles"
                                  "<extra></extra>")
    fig.update_layout(title=title, barmode="stack", height=max(360, 120 + 26 * len(part)),
                      **LAYOUT)
    fig.update_yaxes(type="category", categoryorder="array",
                     categoryarray=[esc(n) for n in part["name"]])
    fig.update_xaxes(title="提及次数 Mentions",
                     **count_axis(part.groupby("name")["n_mentions"].sum().max()))
    return fig


def province_family_heatmap(df: pd.DataFrame) -> go.Figure:
    """Mentions per province (rows) and programme family (columns)."""
    title = "省份 × 项目类别 Province × programme family"
    if df.empty:
        return _empty(title)
    families = [f for f in FAMILY_ORDER if f in set(df["family"])] + sorted(
        set(df["family"]) - set(FAMILY_ORDER))
    provinces = list(dict.fromkeys(df.sort_values("adcode")["province"]))
    grid = (df.pivot_table(index="province", columns="family", values="n", aggfunc="sum")
            .reindex(index=provinces, columns=families).fillna(0).astype(int))
    fig = go.Figure(go.Heatmap(
        z=grid.values, x=[esc(f) for f in families], y=[esc(p) for p in provinces],
        colorscale="Blues", text=grid.values, texttemplate="%{text}", xgap=2, ygap=2,
        colorbar={"title": {"text": "提及次数<br>Mentions"}},
        hovertemplate="%{y} · %{x}: %{z} 次提及 mentions<extra></extra>"))
    fig.update_layout(title=title, height=max(300, 120 + 30 * len(provinces)),
                      **{**LAYOUT, "margin": {**LAYOUT["margin"], "t": 100}})
    fig.update_yaxes(autorange="reversed", title="省份 Province")
    fig.update_xaxes(side="top", title=None)  # the family names stay in view above the rows
    return fig
