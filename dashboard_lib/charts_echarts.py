"""ECharts builders for the Map page: pure functions from query results to chart options.

- `china_map_options`: provinces coloured by agreements or by 会市合作 coverage, lines from each
  科协's seat to its partners, city points sized by count. Plain ECharts options (a geo component
  shared by a map series, a lines series and a scatter series: pyecharts' Geo cannot carry a map
  series), registered by the page under the name "china" so ECharts draws the 南海诸岛 inset.
- `province_map_chart`: a pyecharts `Map` of one province's prefecture-level units, signed vs
  not yet signed, shown with st_pyecharts.

No JavaScript functions appear in the options (st_pyecharts json-decodes them). Tooltips are
per-item HTML strings built here from escaped text: article-derived names can never inject
markup, and braces are written as entities so ECharts does not read them as {a}/{b} templates.
"""

from __future__ import annotations

import html
import itertools
import math
from collections.abc import Iterable
from typing import Any

import pandas as pd
from pyecharts import options as opts
from pyecharts.charts import Map

from dashboard_lib.queries import COVERAGE_MODEL

CHINA_MAP = "china"  # the one name for which ECharts adds the 南海诸岛 inset
COLORS = ["#eef3f8", "#bcd4e6", "#7fb0d4", "#3f84bd", "#1d5a94", "#0b3463"]
SIGNED, NOT_SIGNED = "#c0392b", "#e3e7ec"
PARTNERS, CITIES = "合作关系 Partners", "城市 Cities"  # layer names (legend, page toggles)

# Click handler for the national map: the clicked province (a region, or the province of a
# clicked city point / partner line, carried as `drill`) goes back to Python: streamlit-echarts
# reruns with it as `chart_event`. Clicks elsewhere stay in the browser.
CLICK_EVENT = (
    "function (p) { if (!p) { return; } "
    "if (p.data && p.data.drill) { return {name: p.data.drill}; } "
    "if (p.componentType === 'geo' || p.seriesType === 'map') { return {name: p.name}; } }"
)


def expose_event(chart_id: str) -> str:
    """A 'rendered' handler keeping the live chart on window.__trackerCharts[chart_id], so that
    browser tests can turn coordinates into pixels (chart.convertToPixel) and click a region.
    It returns nothing, so it never triggers a rerun."""
    if not chart_id.isidentifier():
        raise ValueError(chart_id)
    return ("function () { window.__trackerCharts = window.__trackerCharts || {}; "
            f"window.__trackerCharts['{chart_id}'] = chart; }}")


def text(value: Any) -> str:
    """Escaped text for an HTML tooltip, braces as entities (not ECharts templates)."""
    escaped = html.escape("" if value is None else str(value), quote=True)
    return escaped.replace("{", "&#123;").replace("}", "&#125;")


def tooltip_html(title: str, lines: Iterable[Any] = (), summary: str | None = None,
                 total: int | None = None) -> str:
    """A tooltip: bold title, an optional summary line, then the escaped lines. The queries
    return only the first lines (the mart's label cap); `total` says how many there are."""
    items = [str(x) for x in lines if x is not None]
    parts = [f"<b>{text(title)}</b>"]
    if summary:
        parts.append(text(summary))
    parts.extend("· " + text(x) for x in items)
    if total is not None and total > len(items):
        parts.append(text(f"… 另 {total - len(items)} 项 more"))
    return "<br/>".join(parts)


def _labels(value: Any) -> list[str]:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    return [str(v) for v in value]


def _count(row: Any, name: str) -> int | None:
    value = getattr(row, name, None)
    return None if value is None or pd.isna(value) else int(value)


def _province_item(row: Any, by_coverage: bool) -> dict[str, Any]:
    """One province of the map series: its value (count or coverage share) and tooltip."""
    if by_coverage:  # in percent: the colour scale reads 0–100 %
        value: float | None = (None if pd.isna(row.coverage)
                               else round(100 * float(row.coverage), 1))
        summary = (f"{COVERAGE_MODEL}覆盖 coverage {row.n_signed}/{row.n_prefectures} "
                   f"({value:.0f}%)" if value is not None
                   else "无地级市 no prefecture-level cities")
    else:
        value = int(row.n_agreements)
        summary = f"协议 agreements: {row.n_agreements}"
    return {
        "name": row.map_name,
        "value": value if value is not None else "-",
        "tooltip": {"formatter": tooltip_html(row.name, _labels(row.labels), summary,
                                              total=_count(row, "n_labels"))},
    }


def province_series(stats: pd.DataFrame, by_coverage: bool) -> dict[str, Any]:
    """The map series: every province coloured by its count or its coverage."""
    return {
        "type": "map",
        "name": f"{COVERAGE_MODEL}覆盖率 Coverage" if by_coverage else "协议数 Agreements",
        "geoIndex": 0,
        "data": [_province_item(row, by_coverage) for row in stats.itertuples(index=False)],
    }


def partner_line_series(lines: pd.DataFrame) -> dict[str, Any]:
    """Lines from each 科协's seat to its partner's, wider for more agreements; a click on one
    drills down into the partner's province."""
    width_top = max(1, int(lines["n_agreements"].max()))
    return {
        "type": "lines",
        "name": PARTNERS,
        "coordinateSystem": "geo",
        "zlevel": 2,
        "effect": {"show": True, "period": 5, "symbol": "arrow", "symbolSize": 6,
                   "trailLength": 0.1},
        "lineStyle": {"color": "#d35400", "opacity": 0.65, "curveness": 0.25},
        "data": [{
            "name": f"{r.cast_name} → {r.partner}",
            "coords": [[float(r.cast_longitude), float(r.cast_latitude)],
                       [float(r.partner_longitude), float(r.partner_latitude)]],
            "value": int(r.n_agreements),
            "lineStyle": {"width": 1.2 + 2.5 * (int(r.n_agreements) - 1) / max(1, width_top - 1)},
            "drill": r.partner_province,
            "tooltip": {"formatter": tooltip_html(f"{r.cast_name} → {r.partner}",
                                                  _labels(r.labels),
                                                  total=_count(r, "n_labels"))},
        } for r in lines.itertuples(index=False)],
    }


def size_steps(top: int) -> list[tuple[int, int]]:
    """Agreement-count bands for the city points' sizes: (low, high) inclusive, at most 4."""
    if top <= 4:
        return [(n, n) for n in range(1, top + 1)]
    cuts = sorted({1, 2, max(3, round(top ** 0.5)), top})
    bands = [(1, 1)]
    for lo, hi in itertools.pairwise(cuts):
        bands.append((lo + 1 if lo > 1 else 2, hi))
    return [(a, b) for a, b in bands if a <= b]


def point_size(n: int, top: int) -> float:
    """A city point's size: its area grows with the agreements."""
    return 6 + 10 * math.sqrt(n / max(1, top))


def size_key(top: int) -> dict[str, Any]:
    """The key to the city points' sizes, drawn in the chart (so it is in every export): a
    title, then one dot per band at the size a city with that many agreements gets."""
    children: list[dict[str, Any]] = [{
        "type": "text", "left": 0, "top": 0,
        "style": {"text": "城市点大小 = 协议数 Dot size = agreements", "fontSize": 11,
                  "fill": "#444"}}]
    y = 22
    for lo, hi in size_steps(top):
        size = point_size(hi, top)
        label = f"{lo}" if lo == hi else f"{lo}–{hi}"
        children.append({"type": "circle", "shape": {"cx": 9, "cy": y + size / 2, "r": size / 2},
                         "style": {"fill": CITY_COLOR, "stroke": "#fff", "lineWidth": 1}})
        children.append({"type": "text", "left": 24, "top": y + size / 2 - 7,
                         "style": {"text": f"{label} 项协议 agreements", "fontSize": 11,
                                   "fill": "#444"}})
        y += size + 6
    return {"type": "group", "id": "size-key", "left": 10, "top": 10, "children": children}


CITY_COLOR = "#8e44ad"


def city_point_series(cities: pd.DataFrame) -> dict[str, Any]:
    """A point per prefecture-level place, its area growing with the agreements (size_legend
    explains it); a click drills down into its province."""
    size_top = max(1, int(cities["n_agreements"].max()))
    return {
        "type": "scatter",
        "name": CITIES,
        "coordinateSystem": "geo",
        "zlevel": 3,
        "itemStyle": {"color": CITY_COLOR, "borderColor": "#fff", "borderWidth": 1},
        "data": [{
            "name": r.name,
            "value": [float(r.longitude), float(r.latitude), int(r.n_agreements)],
            "symbolSize": point_size(int(r.n_agreements), size_top),
            "drill": r.province_short,
            "tooltip": {"formatter": tooltip_html(f"{r.name}（{r.province}）", _labels(r.labels),
                                                  f"协议 agreements: {r.n_agreements}",
                                                  total=_count(r, "n_labels"))},
        } for r in cities.itertuples(index=False)],
    }


def colour_scale(top: float, *, percent: bool = False) -> dict[str, Any]:
    """The continuous legend colouring the provinces from 0 to `top`, with its title (what the
    colour means) above the bar; coverage in percent."""
    title = (f"{COVERAGE_MODEL}覆盖率 Coverage (%)" if percent
             else "协议数 Agreements")
    scale: dict[str, Any] = {
        "type": "continuous",
        "seriesIndex": 0,
        "min": 0,
        "max": top,
        "left": "left",
        "bottom": 10,
        "calculable": True,
        "itemHeight": 120,
        "text": [title, ""],
        "textGap": 8,
        "inRange": {"color": COLORS},
        "outOfRange": {"color": "#f5f5f5"},
    }
    if percent:
        scale["formatter"] = "{value}%"
        scale["precision"] = 0
    return scale


def geo_component() -> dict[str, Any]:
    """The geo component the three series share: the map registered as CHINA_MAP."""
    return {
        "map": CHINA_MAP,
        "roam": True,
        "top": 30,
        "bottom": 10,
        "label": {"show": False},
        "itemStyle": {"areaColor": "#f5f5f5", "borderColor": "#8a96a3", "borderWidth": 0.6},
        "emphasis": {"label": {"show": True}, "itemStyle": {"areaColor": "#f6c453"}},
    }


def china_map_options(stats: pd.DataFrame, cities: pd.DataFrame, lines: pd.DataFrame, *,
                      metric: str = "agreements", show_lines: bool = True,
                      show_cities: bool = True) -> dict[str, Any]:
    """Options for the national map.

    stats: one row per province (map_name, name, n_agreements, n_signed, n_prefectures,
    coverage, labels, n_labels); cities: (name, province, province_short, longitude, latitude,
    n_agreements, labels, n_labels); lines: (cast_name, partner, cast_/partner_ longitude/latitude,
    partner_province, n_agreements, labels, n_labels). labels are the first tooltip lines,
    n_labels how many there are. metric: "agreements" (count) or "coverage" (share of
    prefecture-level cities with an agreement of the coverage model).
    """
    by_coverage = metric == "coverage"
    provinces = province_series(stats, by_coverage)
    layers = []
    if show_lines and not lines.empty:
        layers.append(partner_line_series(lines))
    if show_cities and not cities.empty:
        layers.append(city_point_series(cities))
    counts = [d["value"] for d in provinces["data"] if isinstance(d["value"], (int, float))]
    keys = ([size_key(max(1, int(cities["n_agreements"].max())))]
            if any(layer["type"] == "scatter" for layer in layers) else [])
    return {
        "tooltip": {"trigger": "item", "confine": True, "enterable": False},
        "legend": ({"data": [s["name"] for s in layers], "left": "right", "top": "top"}
                   if layers else {"show": False}),
        "visualMap": (colour_scale(100.0, percent=True) if by_coverage
                      else colour_scale(max(1, math.ceil(max(counts or [1]))))),
        "graphic": keys,
        "geo": geo_component(),
        "series": [provinces, *layers],
    }


def province_map_chart(status: pd.DataFrame, map_name: str, title: str) -> Map:
    """Prefecture-level map of one province: signed (has an agreement) vs not yet.

    status: one row per prefecture-level unit (name, map_name, n_agreements, labels).
    `map_name` is the name the province's GeoJSON is registered under.
    """
    items: list[opts.MapItem] = []
    for r in status.itertuples(index=False):
        n = int(r.n_agreements)
        summary = f"已签约 signed: {n} 项协议 agreements" if n else "未签约 not yet signed"
        items.append(opts.MapItem(
            # White text with a dark outline: readable on the red area and past its border (a
            # border city's name runs over the white page, where plain white text vanished).
            name=r.map_name, value=n,
            label_opts=opts.LabelOpts(is_show=bool(n), color="#fff", text_border_color="#5b1a13",
                                      text_border_width=2),
            tooltip_opts=opts.TooltipOpts(formatter=tooltip_html(
                r.name, _labels(r.labels), summary, total=_count(r, "n_labels"))),
        ))
    chart = Map(init_opts=opts.InitOpts(width="100%", height="520px"))
    # layout_size: room at the edges, so the names of border cities are not cut off.
    chart.add("协议 Agreements", items, maptype=map_name, is_map_symbol_show=False,
              layout_center=["50%", "52%"], layout_size="82%",
              label_opts=opts.LabelOpts(is_show=False, font_size=10, color="#333"),
              emphasis_itemstyle_opts=opts.ItemStyleOpts(area_color="#f6c453"))
    chart.set_global_opts(
        title_opts=opts.TitleOpts(title=title, pos_left="center"),
        tooltip_opts=opts.TooltipOpts(trigger="item", is_confine=True),
        legend_opts=opts.LegendOpts(is_show=False),
        visualmap_opts=opts.VisualMapOpts(
            is_piecewise=True, pos_left="left", pos_bottom="10",
            # gte/lte: ECharts 6 leaves a piece given only `min` unmatched (nothing coloured).
            pieces=[{"gte": 1, "label": "已签约 signed", "color": SIGNED},
                    {"lte": 0, "label": "未签约 not yet", "color": NOT_SIGNED}]),
    )
    return chart


# --------------------------------------------------------------------------- partner network

KIND_COLORS: dict[str, str] = {
    "科协": "#c0392b", "学会": "#e67e22", "government": "#1f5fa8", "bureau": "#5dade2",
    "university": "#8e44ad", "institute": "#16a085", "enterprise": "#d4ac0d", "zone": "#7f8c8d",
    "other": "#95a5a6",
}
LEVEL_SYMBOLS: dict[str, str] = {
    "national": "diamond", "provincial": "roundRect", "prefecture": "circle",
    "county": "triangle", "other": "pin",
}


def org_href(name: str) -> str:
    """The organisation page of a name (relative URL, the name percent-encoded)."""
    from urllib.parse import quote

    return f"/org?org={quote(name)}"


def _level_key() -> dict[str, Any]:
    """What the node shapes mean (levels), drawn in the chart so every export carries it."""
    from dashboard_lib import labels

    children: list[dict[str, Any]] = [{
        "type": "text", "left": 0, "top": 0,
        "style": {"text": "形状 = 层级 Shape = level", "fontSize": 11, "fill": "#444"}}]
    for i, (level, symbol) in enumerate(LEVEL_SYMBOLS.items()):
        y = 20 + 18 * i
        shape = {"diamond": "polygon", "roundRect": "rect", "circle": "circle",
                 "triangle": "polygon", "pin": "circle"}[symbol]
        element: dict[str, Any] = {"type": shape, "style": {"fill": "#888"}}
        if shape == "circle":
            element["shape"] = {"cx": 6, "cy": y + 6, "r": 5 if symbol == "circle" else 3}
        elif shape == "rect":
            element["shape"] = {"x": 1, "y": y + 1, "width": 10, "height": 10, "r": 2}
        elif symbol == "diamond":
            element["shape"] = {"points": [[6, y], [12, y + 6], [6, y + 12], [0, y + 6]]}
        else:
            element["shape"] = {"points": [[6, y], [12, y + 12], [0, y + 12]]}
        children.append(element)
        children.append({"type": "text", "left": 18, "top": y,
                         "style": {"text": labels.value("party_level", level), "fontSize": 11,
                                   "fill": "#444"}})
    return {"type": "group", "id": "level-key", "right": 10, "bottom": 10,
            "children": children}


def network_options(nodes: pd.DataFrame, edges: pd.DataFrame, *, labelled: int = 15,
                    caption: str = "") -> dict[str, Any]:
    """A force-directed graph: a node per organisation (colour = kind, shape = level, area =
    agreements in view), an edge per pair that signed together (width = agreements). The
    `labelled` busiest hubs carry their names. A click on a node opens its organisation page
    (the page reads the click); tooltips are escaped HTML with a link to that page.

    nodes: org_id, name, party_kind, party_level, province, n_agreements, n_partners;
    edges: source, target, n_agreements (org_ids)."""
    from dashboard_lib import labels

    shown = set(edges["source"]) | set(edges["target"])
    part = nodes[nodes["org_id"].isin(shown)]
    top_n = max([1, *[int(n) for n in part["n_agreements"]]])
    hubs = set(part.sort_values(["n_partners", "n_agreements"], ascending=False)
               .head(labelled)["org_id"])
    kinds = [k for k in KIND_COLORS if k in set(part["party_kind"])]
    categories = [{"name": labels.value("party_kind", k),
                   "itemStyle": {"color": KIND_COLORS[k]}} for k in kinds]
    graph_nodes = []
    for r in part.itertuples(index=False):
        summary = (f"{labels.value('party_kind', r.party_kind)} · "
                   f"{labels.value('party_level', r.party_level)}"
                   + (f" · {r.province}" if isinstance(r.province, str) else ""))
        graph_nodes.append({
            "id": r.org_id, "name": r.name,
            "category": kinds.index(r.party_kind) if r.party_kind in kinds else 0,
            "symbol": LEVEL_SYMBOLS.get(r.party_level, "circle"),
            "symbolSize": round(8 + 22 * math.sqrt(int(r.n_agreements) / top_n), 1),
            "value": int(r.n_agreements),
            "label": {"show": r.org_id in hubs},
            "tooltip": {"formatter": tooltip_html(
                r.name, [f"协议 agreements: {r.n_agreements}",
                         f"合作方 partners: {r.n_partners}"], summary)
                + f'<br/><a href="{text(org_href(r.name))}" target="_self">'
                  "打开机构页 Open its page →</a>"},
        })
    names = dict(zip(part["org_id"], part["name"], strict=True))
    width_top = max([1, *[int(n) for n in edges["n_agreements"]]])
    graph_edges = [{
        "source": r.source, "target": r.target, "value": int(r.n_agreements),
        "lineStyle": {"width": 1 + 4 * (int(r.n_agreements) - 1) / max(1, width_top - 1)},
        "tooltip": {"formatter": tooltip_html(
            f"{names.get(r.source, '')} — {names.get(r.target, '')}",
            [f"协议 agreements: {r.n_agreements}"])},
    } for r in edges.itertuples(index=False)]
    return {
        "title": {"text": "合作网络 Partner network", "left": "left", "top": 0,
                  "textStyle": {"fontSize": 14}},
        "tooltip": {"trigger": "item", "confine": True, "enterable": True},
        "legend": {"data": [c["name"] for c in categories], "top": 28, "left": "left",
                   "orient": "vertical", "textStyle": {"fontSize": 11}},
        "graphic": [_level_key(),
                    {"type": "text", "id": "caption", "left": 10, "bottom": 2,
                     "style": {"text": caption, "fontSize": 10, "fill": "#666"}}],
        "animationDurationUpdate": 0,
        "series": [{
            "type": "graph", "layout": "force", "roam": True, "draggable": True,
            "categories": categories, "data": graph_nodes, "links": graph_edges,
            "label": {"position": "right", "fontSize": 11},
            "labelLayout": {"hideOverlap": True},
            "lineStyle": {"color": "source", "opacity": 0.45, "curveness": 0.1},
            "emphasis": {"focus": "adjacency", "lineStyle": {"width": 4}},
            # Compact: strong gravity, short edges, so that the view holds the whole graph.
            "zoom": 0.8,
            "force": {"repulsion": 60, "edgeLength": [20, 70], "gravity": 0.25,
                      "friction": 0.6, "layoutAnimation": False},
        }],
    }


# A click on a node of the network: its name back to Python (the page opens its organisation).
NODE_CLICK_EVENT = ("function (p) { if (p && p.dataType === 'node' && p.data) "
                    "{ return {name: p.data.name}; } }")


def with_export(options: dict[str, Any], *, name: str, caption: str,
                image_format: str = "png") -> dict[str, Any]:
    """The chart's options with a download button (PNG on a canvas, SVG with the SVG renderer)
    whose file name says what it holds, and the caption (source, filters, date) drawn at the
    bottom, so that the image carries it."""
    if "baseOption" in options:  # a timeline chart: the export belongs to its base
        return {**options, "baseOption": with_export(options["baseOption"], name=name,
                                                     caption=caption,
                                                     image_format=image_format)}
    out = dict(options)
    out["toolbox"] = {"right": 10, "top": 0, "feature": {"saveAsImage": {
        "type": image_format, "name": name, "title": "下载图片 Save image",
        "pixelRatio": 2, "backgroundColor": "#fff"}}}
    if caption:
        graphics = list(out.get("graphic") or [])
        graphics.append({"type": "text", "id": "caption", "left": 10, "bottom": 2,
                         "style": {"text": caption, "fontSize": 10, "fill": "#666"}})
        out["graphic"] = graphics
    return out


def map_over_time_options(df: pd.DataFrame, *, metric: str = "agreements",
                          caption: str = "") -> dict[str, Any]:
    """The China map year by year, with ECharts' timeline (a slider and a play button, in the
    browser: no rerun per step): provinces coloured by the agreements signed so far, or by the
    coverage reached so far (in %). df: year, name, map_name, n_agreements, n_signed,
    n_prefectures (cumulative, from queries.maps.map_over_time). Opens on the last year."""
    by_coverage = metric == "coverage"
    years = sorted({int(y) for y in df["year"]})
    steps = []
    for year in years:
        part = df[df["year"] == year]
        data = []
        for r in part.itertuples(index=False):
            total = None if pd.isna(r.n_prefectures) else int(r.n_prefectures)
            if by_coverage:
                value: Any = (round(100 * int(r.n_signed) / total, 1) if total else "-")
                summary = (f"{COVERAGE_MODEL}覆盖 coverage {int(r.n_signed)}/{total}"
                           if total else "无地级市 no prefecture-level cities")
            else:
                value = int(r.n_agreements)
                summary = f"截至 by {year}: {value} 项协议 agreements"
            data.append({"name": r.map_name, "value": value,
                         "tooltip": {"formatter": tooltip_html(r.name, [], summary)}})
        steps.append({"title": {"text": f"截至 {year} 年底 As of the end of {year}"},
                      "series": [{"data": data}]})
    top = 100.0 if by_coverage else max(1, int(df["n_agreements"].max() or 1))
    return {
        "baseOption": {
            "timeline": {"axisType": "category", "data": [str(y) for y in years],
                         "autoPlay": False, "playInterval": 1000, "loop": False,
                         "currentIndex": len(years) - 1, "bottom": 0, "left": 40, "right": 40,
                         "label": {"fontSize": 10},
                         "controlStyle": {"showPrevBtn": True, "showNextBtn": True}},
            "title": {"left": "center", "top": 0, "textStyle": {"fontSize": 14}},
            "tooltip": {"trigger": "item", "confine": True},
            "visualMap": colour_scale(top, percent=by_coverage) | {"bottom": 70},
            "geo": geo_component() | {"bottom": 70},
            "series": [{"type": "map", "geoIndex": 0,
                        "name": "覆盖率 Coverage" if by_coverage else "协议数 Agreements"}],
            "graphic": [{"type": "text", "id": "caption", "left": 10, "bottom": 46,
                         "style": {"text": caption, "fontSize": 10, "fill": "#666"}}],
        },
        "options": steps,
    }
