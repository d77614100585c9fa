"""The sidebar filters, declared once.

`FILTERS` is a table of filter definitions. Each row drives:
- its sidebar widget (key = URL query parameter, bound with `bind="query-params"`, so the URL of
  any page is a shareable link to the same view);
- its WHERE fragment for each mart a page reads (agreements, initiative mentions, articles),
  with `?` placeholders only: user values are always parameters;
- its part of the "active filters" caption.
A filter without a fragment for a mart does not restrict that mart (the caption says so).
A toggle filter restricts nothing itself: it switches another filter to its `alt_sql` fragments
(the text search over article bodies, `fulltext`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import streamlit as st

from dashboard_lib.queries.options import FilterOptions
from dashboard_lib.scope import Clause, Scope
from dashboard_lib.textview import md_escape

Target = Literal["agreements", "mentions", "articles"]
TARGETS: tuple[Target, ...] = ("agreements", "mentions", "articles")


@dataclass(frozen=True)
class FilterDef:
    key: str  # widget key and URL query parameter
    label: str  # 中文 English
    widget: Literal["date_range", "multiselect", "choice", "text", "toggle"]
    help: str
    sql: Mapping[Target, str]  # WHERE fragment per mart, `?` placeholders only
    options: Callable[[FilterOptions, Mapping[str, Any]], list[str]] | None = None
    choices: tuple[tuple[str, str], ...] = ()  # choice widget: (value, label); first = inactive
    choice_params: Mapping[str, Any] = field(default_factory=dict)
    alt_sql: Mapping[Target, str] = field(default_factory=dict)  # used when `alt_when` is on
    alt_when: str | None = None  # key of the toggle filter that switches to alt_sql


def _city_options(opts: FilterOptions, state: Mapping[str, Any]) -> list[str]:
    chosen = state.get("province") or opts.provinces
    return [c for p in chosen for c in opts.cities.get(p, [])]


FILTERS: tuple[FilterDef, ...] = (
    FilterDef(
        "date", "日期范围 Date range", "date_range",
        "签约日期（文章：发布日期）。设定后，日期未知的协议不显示。 Signing date (articles: "
        "publication date); undated agreements are hidden once a range is set.",
        {"agreements": "date_lo >= ? AND coalesce(date_hi, date_lo) <= ?",
         "mentions": "published_date BETWEEN ? AND ?",
         "articles": "published_date BETWEEN ? AND ?"},
    ),
    FilterDef(
        "province", "省份 Province", "multiselect", "协议涉及的省级行政区 Province-level units",
        {"agreements": "list_has_any(province_names, ?)",
         "mentions": "list_contains(?, province)",
         "articles": "list_has_any(province_names, ?)"},
        options=lambda opts, _state: opts.provinces,
    ),
    FilterDef(
        "city", "城市 City", "multiselect", "地级行政区 Prefecture-level cities",
        {"agreements": "list_has_any(city_names, ?)",
         "mentions": "list_contains(?, prefecture)",
         "articles": "list_has_any(city_names, ?)"},
        options=_city_options,
    ),
    FilterDef(
        "model", "合作模式 Cooperation model", "multiselect",
        "省会合作、会市合作… (项目与文章：同一文章报道的协议 programmes and articles: agreements "
        "reported in the same article)",
        {"agreements": "list_contains(?, model)",
         "mentions": "list_has_any(article_models, ?)",
         "articles": "list_has_any(models, ?)"},
        options=lambda opts, _state: opts.models,
    ),
    FilterDef(
        "type", "协议类型 Agreement type", "multiselect", "全面战略合作协议、框架协议…",
        {"agreements": "list_contains(?, type)",
         "mentions": "list_has_any(article_types, ?)",
         "articles": "list_has_any(types, ?)"},
        options=lambda opts, _state: opts.types,
    ),
    FilterDef(
        "family", "项目类别 Programme family", "multiselect",
        "科普、科创、智库… (协议：同一文章提到的项目 agreements: programmes named in the "
        "same article)",
        {"agreements": "list_has_any(families, ?)",
         "mentions": "list_contains(?, family)",
         "articles": "list_has_any(families, ?)"},
        options=lambda opts, _state: opts.families,
    ),
    FilterDef(
        "signing", "新签/背景 New signing vs background", "choice",
        "新签：文章报道的签约；背景：文章回顾的早前签约 New: the signing the article reports; "
        "background: an earlier signing it recalls",
        {"agreements": "is_new_signing = ?",
         "mentions": "CASE WHEN ? THEN article_has_new ELSE article_has_background END",
         "articles": "CASE WHEN ? THEN has_new_signing ELSE has_background END"},
        # The URL carries the option text (?signing=新签), so the options are short words.
        choices=(("全部", "全部 All"), ("新签", "新签 New"), ("背景", "背景 Background")),
        choice_params={"新签": True, "背景": False},
    ),
    # contains(): a plain substring test, no wildcards to escape, and ~4x faster than ILIKE on
    # long Chinese texts (no case folding; Latin letters are matched case-sensitively).
    # Articles: search_text (title, parties, programme names, evidence sentences; marts.sql)
    # unless `fulltext` is on. Scanning the bodies takes seconds on a 1M-article database.
    FilterDef(
        "q", "文本搜索 Text search", "text",
        "签约方、标题、项目名称、证据句（区分大小写）… Parties, titles, programme names, evidence "
        "sentences (case-sensitive)",
        {"agreements": "contains(search_text, ?)",
         "mentions": "(contains(name, ?) OR contains(evidence, ?))",
         "articles": "contains(search_text, ?)"},
        alt_sql={"articles": "(contains(search_text, ?) OR article_id IN (SELECT article_id "
                             "FROM mart_article_texts WHERE contains(clean_text, ?)))"},
        alt_when="fulltext",
    ),
    # Review marks (etl/storage/sql/marts.sql, from the corrections every build applies).
    FilterDef(
        "reviewed", "审核 Review", "choice",
        "已审：分析员检查过（接受或更正）；已改：被更正过；未审：机器结果 Reviewed: an analyst "
        "checked it; changed: corrected; not reviewed: as the machine read it",
        dict.fromkeys(("agreements", "mentions", "articles"),
                      "CASE ?::INTEGER WHEN 2 THEN changed WHEN 1 THEN reviewed "
                      "ELSE NOT reviewed END"),
        choices=(("全部", "全部 All"), ("已审", "已审 Reviewed"), ("已改", "已改 Changed"),
                 ("未审", "未审 Not reviewed")),
        choice_params={"已审": 1, "已改": 2, "未审": 0},
    ),
    FilterDef(
        "fulltext", "同时搜索正文 Also search article text", "toggle",
        "文章表的文本搜索也查找文章正文；大数据库上较慢（数秒） The text search of the articles "
        "table also looks in article bodies; slower on large databases (seconds)",
        {},
    ),
)

@dataclass(frozen=True)
class FilterState:
    """The filter values in effect (only active filters are present)."""

    values: Mapping[str, Any] = field(default_factory=dict)

    def active(self) -> list[FilterDef]:
        return [f for f in FILTERS if f.key in self.values]

    def clause(self, target: Target) -> Clause:
        parts: list[str] = []
        params: list[Any] = []
        for f in self.active():
            fragment = f.sql.get(target)
            if f.alt_when is not None and self.values.get(f.alt_when):
                fragment = f.alt_sql.get(target, fragment)
            if fragment is None:
                continue
            base = _params(f, self.values[f.key])
            holes = fragment.count("?")
            parts.append(f"({fragment})")
            params.extend(base * (holes // len(base)))
        return Clause(" AND ".join(parts) or "TRUE", tuple(params))

    def scope(self) -> Scope:
        return Scope(*(self.clause(t) for t in TARGETS))

    def caption(self) -> str:
        if not self.values:
            return "筛选：无（全部数据） Filters: none (all data)"
        # Values come from the URL and the DB: escaped, the caption is markdown.
        return "筛选 Filters: " + " · ".join(
            f"{f.label} = {md_escape(_describe(f, self.values[f.key]))}" for f in self.active()
        )


def _params(f: FilterDef, value: Any) -> list[Any]:
    if f.widget == "date_range":
        return [value[0], value[1]]
    if f.widget == "multiselect":
        return [tuple(value)]
    if f.widget == "choice":
        return [f.choice_params[value]]
    return [value]


def _describe(f: FilterDef, value: Any) -> str:
    if f.widget == "date_range":
        return f"{value[0].isoformat()} ~ {value[1].isoformat()}"
    if f.widget == "multiselect":
        return "、".join(value)
    if f.widget == "choice":
        return dict(f.choices)[value]
    if f.widget == "toggle":
        return "是 on"
    return f"“{value}”"


def state_from(raw: Mapping[str, Any], opts: FilterOptions | None) -> FilterState:
    """Keep the active values from raw widget values (a dict or st.session_state)."""
    values: dict[str, Any] = {}
    for f in FILTERS:
        value = raw.get(f.key)
        if f.widget == "date_range":
            if (isinstance(value, (tuple, list)) and len(value) == 2
                    and all(isinstance(v, dt.date) for v in value)):
                full = opts is not None and (value[0], value[1]) == (opts.date_min, opts.date_max)
                if not full:
                    values[f.key] = (value[0], value[1])
        elif f.widget == "multiselect":
            if value:
                values[f.key] = tuple(value)
        elif f.widget == "choice":
            if value and value != f.choices[0][0] and value in f.choice_params:
                values[f.key] = value
        elif f.widget == "toggle":
            if value is True:
                values[f.key] = True
        elif isinstance(value, str) and value.strip():
            values[f.key] = value.strip()
    return FilterState(values)


def current(opts: FilterOptions | None = None) -> FilterState:
    """The filters in effect for this run, from the widgets' session state."""
    return state_from(st.session_state, opts)


def defaults(opts: FilterOptions) -> dict[str, Any]:
    """Each filter's inactive value (what its widget shows when the URL does not set it)."""
    out: dict[str, Any] = {}
    for f in FILTERS:
        if f.widget == "date_range":
            out[f.key] = (opts.date_min, opts.date_max)
        elif f.widget == "multiselect":
            out[f.key] = []
        elif f.widget == "choice":
            out[f.key] = f.choices[0][0]
        elif f.widget == "toggle":
            out[f.key] = False
        else:
            out[f.key] = ""
    return out


def _reset(opts: FilterOptions) -> None:
    # Bound widgets are changed through session_state (that also rewrites the URL).
    for key, value in defaults(opts).items():
        if key in st.session_state:
            st.session_state[key] = value


def render_sidebar(opts: FilterOptions) -> FilterState:
    """Draw the filter widgets (bound to the URL) and return the active filters."""
    sb = st.sidebar
    sb.markdown("**筛选 Filters**")
    for f in FILTERS:
        if f.widget == "date_range":
            if opts.date_min is None or opts.date_max is None:
                continue
            sb.date_input(f.label, value=(opts.date_min, opts.date_max), min_value=opts.date_min,
                          max_value=opts.date_max, key=f.key, help=f.help, bind="query-params")
        elif f.widget == "multiselect":
            assert f.options is not None
            sb.multiselect(f.label, f.options(opts, st.session_state), key=f.key, help=f.help,
                           placeholder="全部 All", bind="query-params")
        elif f.widget == "choice":
            sb.segmented_control(f.label, [v for v, _ in f.choices], default=f.choices[0][0],
                                 key=f.key, help=f.help, bind="query-params")
        elif f.widget == "toggle":
            sb.toggle(f.label, key=f.key, help=f.help, bind="query-params")
        else:
            sb.text_input(f.label, key=f.key, help=f.help, bind="query-params",
                          placeholder="例如 信阳")
    sb.button("清除筛选 Reset filters", on_click=_reset, args=(opts,), key="reset_filters")
    return current(opts)
