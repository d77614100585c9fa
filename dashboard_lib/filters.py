"""The sidebar filters, declared once; the URL is their only state.

`FILTERS` is a table of filter definitions. Each row drives:
- how its URL query parameter is read (`parse`: the forms the app writes and a few more, e.g.
  short province names, a year for a date range) and written (`to_params`: one canonical form);
- its sidebar widget (dashboard_lib/sidebar.py), a view of the URL;
- its WHERE fragment for each mart a page reads (agreements, initiative mentions, articles),
  with `?` placeholders only: user values are always parameters;
- its part of the "active filters" caption, and its `--filter` of `python -m etl export`.
A filter without a fragment for a mart does not restrict that mart (`unrestricted` says why).
A toggle filter restricts nothing itself: it switches another filter to its `alt_sql` fragments
(the text search over article bodies, `fulltext`).

Rules (issue 13): a filter is active only when it is in the URL and shown in the caption; a URL
value that cannot be understood is reported (`UrlProblem`), never dropped silently; a date range
equal to the whole data is no filter, so it moves with the data.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from dashboard_lib.queries.options import FilterOptions
from dashboard_lib.scope import KX_FRAGMENTS, Clause, Scope
from dashboard_lib.textview import md_escape

Target = Literal["agreements", "mentions", "articles"]
TARGETS: tuple[Target, ...] = ("agreements", "mentions", "articles")
Params = dict[str, list[str]]

KX_SCOPE, ALL_SCOPE = "科协参与", "全部"


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
    default: str | None = None  # choice in effect when the URL names none (written to the URL)
    aliases: Mapping[str, str] = field(default_factory=dict)  # other URL spellings -> value
    glossary: str | None = None  # the glossary section its help links to


def _city_options(opts: FilterOptions, state: Mapping[str, Any]) -> list[str]:
    chosen = state.get("province") or opts.provinces
    return [c for p in chosen for c in opts.cities.get(p, [])]


FILTERS: tuple[FilterDef, ...] = (
    FilterDef(
        "scope", "范围 Scope", "choice",
        "科协参与：至少一方是科协或学会的协议（默认）；全部：也包括中科院、科技厅、高校、企业等"
        "签署的协议。 With a 科协: agreements a 科协 or a 学会 signed (default); all: also those "
        "of CAS institutes, 科技厅, universities, companies … (项目与文章：报道科协协议或不报道"
        "协议的文章 programmes and articles: in articles reporting a 科协 agreement or none)",
        {target: KX_FRAGMENTS[target] for target in TARGETS},
        choices=((ALL_SCOPE, "全部 All"), (KX_SCOPE, "科协参与 With a 科协")),
        choice_params={KX_SCOPE: True},
        default=KX_SCOPE,
        aliases={"kx": KX_SCOPE, "cast": KX_SCOPE, "all": ALL_SCOPE},
        glossary="scope",
    ),
    FilterDef(
        "date", "日期范围 Date range", "date_range",
        "签约日期（文章：发布日期）。设定后，日期未知的协议不显示。网址写法 URL: date=2023 或 "
        "date=2023-01-01~2023-06-30. Signing date (articles: publication date); undated "
        "agreements are hidden once a range is set.",
        {"agreements": "date_lo >= ? AND coalesce(date_hi, date_lo) <= ?",
         "mentions": "published_date BETWEEN ? AND ?",
         "articles": "published_date BETWEEN ? AND ?"},
        glossary="precision",
    ),
    FilterDef(
        "province", "省份 Province", "multiselect", "协议涉及的省级行政区 Province-level units",
        {"agreements": "list_has_any(province_names, ?)",
         "mentions": "list_contains(?, province)",
         "articles": "list_has_any(province_names, ?)"},
        options=lambda opts, _state: opts.provinces,
        glossary="places",
    ),
    FilterDef(
        "city", "城市 City", "multiselect", "地级行政区 Prefecture-level cities",
        {"agreements": "list_has_any(city_names, ?)",
         "mentions": "list_contains(?, prefecture)",
         "articles": "list_has_any(city_names, ?)"},
        options=_city_options,
        glossary="places",
    ),
    FilterDef(
        "model", "合作模式 Cooperation model", "multiselect",
        "省会合作、会市合作… (项目与文章：同一文章报道的协议 programmes and articles: agreements "
        "reported in the same article)",
        {"agreements": "list_contains(?, model)",
         "mentions": "list_has_any(article_models, ?)",
         "articles": "list_has_any(models, ?)"},
        options=lambda opts, _state: opts.models,
        glossary="models",
    ),
    FilterDef(
        "type", "协议类型 Agreement type", "multiselect", "全面战略合作协议、框架协议…",
        {"agreements": "list_contains(?, type)",
         "mentions": "list_has_any(article_types, ?)",
         "articles": "list_has_any(types, ?)"},
        options=lambda opts, _state: opts.types,
        glossary="types",
    ),
    FilterDef(
        "family", "项目类别 Programme family", "multiselect",
        "科普、科创、智库… (协议：同一文章提到的项目 agreements: programmes named in the "
        "same article)",
        {"agreements": "list_has_any(families, ?)",
         "mentions": "list_contains(?, family)",
         "articles": "list_has_any(families, ?)"},
        options=lambda opts, _state: opts.families,
        glossary="families",
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
        aliases={"new": "新签", "background": "背景", "true": "新签", "false": "背景",
                 "all": "全部"},
        glossary="signing",
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
        glossary="search",
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
        glossary="review",
    ),
    FilterDef(
        "fulltext", "同时搜索正文 Also search article text", "toggle",
        "文章表的文本搜索也查找文章正文；大数据库上较慢（数秒） The text search of the articles "
        "table also looks in article bodies; slower on large databases (seconds)",
        {},
        aliases={"1": "true", "yes": "true", "on": "true", "是": "true",
                 "0": "false", "no": "false", "off": "false", "否": "false"},
        glossary="search",
    ),
)
BY_KEY: dict[str, FilterDef] = {f.key: f for f in FILTERS}
# The order of the words of a file name (places first: agreements_河南省_2023.csv).
SLUG_ORDER = ("scope", "province", "city", "model", "type", "family", "date", "signing", "reviewed",
              "q", "fulltext")
KEYS: tuple[str, ...] = tuple(BY_KEY)


@dataclass(frozen=True)
class FilterState:
    """The filter values in effect (only active filters are present)."""

    values: Mapping[str, Any] = field(default_factory=dict)

    def active(self) -> list[FilterDef]:
        return [f for f in FILTERS if f.key in self.values]

    def without(self, key: str) -> FilterState:
        """The same filters but one (a facet's counts: the other filters only)."""
        return FilterState({k: v for k, v in self.values.items() if k != key})

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
            f"{f.label} = {md_escape(describe(f, self.values[f.key]))}" for f in self.active()
        )

    def plain_caption(self) -> str:
        """The caption as plain text (for chart images and file notes)."""
        if not self.values:
            return "筛选：无（全部数据） Filters: none (all data)"
        return "筛选 Filters: " + " · ".join(
            f"{f.label} = {describe(f, self.values[f.key])}" for f in self.active())

    def params(self) -> Params:
        """The URL query parameters of these filters (canonical form)."""
        return to_params(self)

    def slug(self) -> str:
        """Words for a file name that say what the view holds: 河南省_2023, 科协参与_会市合作."""
        parts: list[str] = []
        for f in sorted(FILTERS, key=lambda f: SLUG_ORDER.index(f.key)):
            value = self.values.get(f.key)
            if f.default is not None:  # a default choice is the view's name; the other is said
                if value != f.default:
                    parts.append(f.choices[0][0] if value is None else str(value))
                continue
            if value is None:
                continue
            if f.widget == "date_range":
                parts.append(_date_slug(value))
            elif f.widget == "multiselect":
                parts.append("+".join(value[:3]) + ("等" if len(value) > 3 else ""))
            elif f.widget == "choice":
                parts.append(str(value))
            elif f.widget == "text":
                parts.append(f"搜索{value}")
        return "_".join(safe_name(p) for p in parts if p)


def _date_slug(value: tuple[dt.date, dt.date]) -> str:
    lo, hi = value
    if (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31):
        return str(lo.year) if lo.year == hi.year else f"{lo.year}-{hi.year}"
    return f"{lo.isoformat()}~{hi.isoformat()}"


_UNSAFE = re.compile(r"[\\/:*?\"<>|\s\x00-\x1f]+")


def safe_name(text: str) -> str:
    """Text fit for a file name: no path separators, wildcards, quotes or spaces."""
    return _UNSAFE.sub("-", text).strip("-.")[:40]


def _params(f: FilterDef, value: Any) -> list[Any]:
    if f.widget == "date_range":
        return [value[0], value[1]]
    if f.widget == "multiselect":
        return [tuple(value)]
    if f.widget == "choice":
        return [f.choice_params[value]]
    return [value]


def describe(f: FilterDef, value: Any) -> str:
    """A filter value as a person reads it."""
    if f.widget == "date_range":
        return f"{value[0].isoformat()} ~ {value[1].isoformat()}"
    if f.widget == "multiselect":
        return "、".join(value)
    if f.widget == "choice":
        return dict(f.choices)[value]
    if f.widget == "toggle":
        return "是 on"
    return f"“{value}”"


# --------------------------------------------------------------------------- the URL


@dataclass(frozen=True)
class UrlProblem:
    """A URL value that was not understood (and is not applied)."""

    key: str
    value: str
    reason: str  # 中文 English

    def message(self) -> str:
        label = BY_KEY[self.key].label if self.key in BY_KEY else self.key
        return f"{label}：{self.key}={self.value} — {self.reason}"


@dataclass(frozen=True)
class Parsed:
    state: FilterState
    problems: tuple[UrlProblem, ...]
    params: Params  # the canonical URL parameters of `state` (what the URL should say)


_DATE_SEP = re.compile(r"\s*(?:~|～|\.\.|/|,|，|至|到)\s*")
_DAY = re.compile(r"^(\d{4})(?:[-.年/](\d{1,2})(?:[-.月/](\d{1,2})日?)?月?)?年?$")


def parse_date_bound(text: str, *, end: bool) -> dt.date:
    """2023 / 2023-05 / 2023-05-04 (also 2023年5月4日): the first or last day it covers."""
    m = _DAY.match(text.strip())
    if not m:
        raise ValueError(text)
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if month is None:
        return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    mon = int(month)
    if day is None:
        if not end:
            return dt.date(year, mon, 1)
        nxt = dt.date(year + (mon == 12), mon % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(year, mon, int(day))


def parse_date_range(values: Sequence[str]) -> tuple[dt.date, dt.date]:
    """A date range from the URL: one value (2023, 2023-05, 2023-01-01~2023-06-30) or two."""
    parts = [p for v in values for p in _DATE_SEP.split(v.strip()) if p]
    if len(parts) == 1:
        parts = parts * 2
    if len(parts) != 2:
        raise ValueError(values)
    lo, hi = parse_date_bound(parts[0], end=False), parse_date_bound(parts[1], end=True)
    if hi < lo:
        raise ValueError(values)
    return lo, hi


def _split(values: Sequence[str]) -> list[str]:
    return [p.strip() for v in values for p in re.split(r"[,，、]", v) if p.strip()]


def _choice_value(f: FilterDef, raw: str) -> str | None:
    if raw in f.choice_params or raw in dict(f.choices):
        return raw
    alias = f.aliases.get(raw.strip().lower()) or f.aliases.get(raw.strip())
    if alias is not None:
        return alias
    by_label = {label: v for v, label in f.choices}
    return by_label.get(raw.strip())


def _known(f: FilterDef, opts: FilterOptions) -> dict[str, str]:
    """URL spelling -> value for a multiselect: the option itself, and place short names."""
    if f.key == "province":
        return {**opts.province_aliases, **{p: p for p in opts.provinces}}
    if f.key == "city":
        known = dict(opts.city_aliases)
        for cities in opts.cities.values():
            known.update({c: c for c in cities})
        return known
    assert f.options is not None
    return {v: v for v in f.options(opts, {})}


def parse(params: Mapping[str, Sequence[str]], opts: FilterOptions) -> Parsed:
    """Read the filters from URL query parameters (each a list of values).

    Accepted: what `to_params` writes, Streamlit's own forms (repeated parameters), short place
    names (河南, 信阳), a year or a month for a date range, a few English aliases. Anything else
    becomes a UrlProblem and is not applied."""
    values: dict[str, Any] = {}
    problems: list[UrlProblem] = []

    def bad(key: str, raw: Sequence[str] | str, reason: str) -> None:
        text = raw if isinstance(raw, str) else ",".join(raw)
        problems.append(UrlProblem(key, text, reason))

    for f in FILTERS:
        raw = [v for v in params.get(f.key, []) if v is not None]
        if not raw or all(v == "" for v in raw):
            if f.default is not None:
                values[f.key] = f.default
            continue
        if f.widget == "date_range":
            try:
                lo, hi = parse_date_range(raw)
            except ValueError:
                bad(f.key, raw, "无法识别的日期，应为 2023、2023-05 或 2023-01-01~2023-06-30 "
                                "not a date range (2023, 2023-05 or 2023-01-01~2023-06-30)")
                continue
            # The whole data is no filter: it moves with the data (an import of newer articles).
            if (lo, hi) != (opts.date_min, opts.date_max):
                values[f.key] = (lo, hi)
        elif f.widget == "multiselect":
            known = _known(f, opts)
            chosen: list[str] = []
            for item in _split(raw):
                value = known.get(item)
                if value is None:
                    what = {"province": "没有这个省级行政区 no such province",
                            "city": "没有这个地级行政区 no such prefecture-level city"}.get(
                        f.key, "数据中没有这个值 not a value in the data")
                    bad(f.key, item, what)
                elif value not in chosen:
                    chosen.append(value)
            if chosen:
                values[f.key] = tuple(chosen)
        elif f.widget == "choice":
            value = _choice_value(f, raw[-1])
            if value is None:
                options = " / ".join(v for v, _ in f.choices)
                bad(f.key, raw[-1], f"可选 choose one of: {options}")
                if f.default is not None:
                    values[f.key] = f.default
            elif value != f.choices[0][0]:
                values[f.key] = value
        elif f.widget == "toggle":
            word = f.aliases.get(raw[-1].strip().lower(), raw[-1].strip().lower())
            if word not in ("true", "false"):
                bad(f.key, raw[-1], "应为 true 或 false expected true or false")
            elif word == "true":
                values[f.key] = True
        else:
            text = " ".join(v.strip() for v in raw if v.strip())
            if text:
                values[f.key] = text
    state = FilterState(values)
    return Parsed(state, tuple(problems), to_params(state))


def to_params(state: FilterState) -> Params:
    """The canonical URL query parameters of a filter state: every active filter, and a choice
    with a default (the scope switch) always, so that the URL says which choice is in effect."""
    out: Params = {}
    for f in FILTERS:
        if f.key not in state.values:
            if f.default is not None:
                out[f.key] = [f.choices[0][0]]
            continue
        value = state.values[f.key]
        if f.widget == "date_range":
            out[f.key] = [f"{value[0].isoformat()}~{value[1].isoformat()}"]
        elif f.widget == "multiselect":
            out[f.key] = list(value)
        elif f.widget == "toggle":
            out[f.key] = ["true"]
        else:
            out[f.key] = [str(value)]
    return out


def export_args(state: FilterState) -> list[str]:
    """`python -m etl export` options giving the same view (its --filter mirrors the URL)."""
    args: list[str] = []
    for key, values in to_params(state).items():
        for value in values:
            args += ["--filter", f"{key}={value}"]
    return args


def widget_value(f: FilterDef, state: FilterState) -> Any:
    """What the filter's widget shows for a state."""
    if f.key not in state.values:
        return defaults_for(f)
    value = state.values[f.key]
    if f.widget == "multiselect":
        return list(value)
    return value


def defaults_for(f: FilterDef) -> Any:
    """A filter's widget value when the URL does not set it (its inactive value)."""
    if f.widget == "date_range":
        return ()
    if f.widget == "multiselect":
        return []
    if f.widget == "choice":
        return f.choices[0][0]
    if f.widget == "toggle":
        return False
    return ""


def state_from(raw: Mapping[str, Any], opts: FilterOptions | None) -> FilterState:
    """The active filters from widget values (a dict or st.session_state)."""
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
