"""The shared sidebar filters: widgets that are a view of the URL.

The URL's query string is the filters' only state (dashboard_lib/filters.py reads and writes
it). On every run, before the page:
1. the filter parameters are read from the URL; Streamlit's page navigation drops the query
   string, so on a page switch the previous page's filters are carried over (a shared link or
   the browser's back button is taken as it is);
2. they are parsed: aliases are accepted, values that cannot be understood are collected as
   problems (shown by ui.page_start, never dropped silently), a date range equal to the whole
   data is no filter;
3. the URL is rewritten to the canonical form of what is in effect, so that every active filter
   is in the URL (and the caption), and nothing else is;
4. the widgets are set to it when the URL changed, and write the URL when a person changes them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import streamlit as st

from dashboard_lib import filters, glossary
from dashboard_lib.filters import FILTERS, FilterState, Params, UrlProblem
from dashboard_lib.queries.options import FilterOptions

LAST_PARAMS = "_filter_params"  # canonical filter parameters of the previous run
LAST_PAGE = "_filter_page"
PROBLEMS = "_url_problems"
STATE = "_filter_state"

# Facet counts: for a filter key, its options' counts under the other filters (or None).
Counts = Callable[[str], Mapping[str, int] | None]


def url_params() -> Params:
    """The filter parameters of the current URL (each a list of values)."""
    return {k: st.query_params.get_all(k) for k in filters.KEYS if k in st.query_params}


def _write_url(params: Params) -> None:
    """Make the URL's filter parameters exactly `params` (other parameters are left alone)."""
    for key in filters.KEYS:
        want = params.get(key)
        have = st.query_params.get_all(key) if key in st.query_params else None
        if want == have:
            continue
        if want:
            st.query_params[key] = want if len(want) > 1 else want[0]
        else:
            del st.query_params[key]


def _is_history_navigation() -> bool:
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    return bool(getattr(ctx, "is_history_navigation", False))


def sync(opts: FilterOptions, page: str) -> filters.Parsed:
    """Steps 1-4 above, before the widgets are drawn; returns what is in effect."""
    raw = url_params()
    last: Params | None = st.session_state.get(LAST_PARAMS)
    switched = st.session_state.get(LAST_PAGE) not in (None, page)
    st.session_state[LAST_PAGE] = page
    if switched and last is not None and not raw and not _is_history_navigation():
        raw = dict(last)  # the navigation dropped the query string: keep the filters
    parsed = filters.parse(raw, opts)
    if raw != last:  # a new URL: its problems replace the previous ones
        st.session_state[PROBLEMS] = parsed.problems
    _write_url(parsed.params)
    if parsed.params != last:
        for f in FILTERS:
            st.session_state[f.key] = filters.widget_value(f, parsed.state)
    st.session_state[LAST_PARAMS] = parsed.params
    st.session_state[STATE] = parsed.state
    return parsed


def current() -> FilterState:
    """The filters in effect for this run (set by sync)."""
    return st.session_state.get(STATE) or FilterState()


def problems() -> tuple[UrlProblem, ...]:
    return tuple(st.session_state.get(PROBLEMS) or ())


def _on_change(key: str, opts: FilterOptions) -> None:
    """A person changed a widget: write its value to the URL (the next run reads it)."""
    value = st.session_state.get(key)
    f = filters.BY_KEY[key]
    if f.widget == "date_range" and isinstance(value, (tuple, list)) and len(value) == 1:
        return  # the first end of a range was chosen: wait for the second
    params = dict(st.session_state.get(LAST_PARAMS) or filters.parse({}, opts).params)
    part = filters.to_params(filters.state_from({key: value}, opts))
    params.pop(key, None)
    if key in part:
        params[key] = part[key]
    if f.widget == "date_range" and key not in params:
        st.session_state[key] = ()  # the whole data: no filter, and the widget shows none
    _write_url(params)


def _reset(opts: FilterOptions) -> None:
    _write_url(filters.parse({}, opts).params)


def _label(value: str, counts: Mapping[str, int] | None) -> str:
    """An option with its facet count (agreements it would show under the other filters)."""
    if counts is None:
        return value
    return f"{value} ({counts.get(value, 0)})"


def render(opts: FilterOptions, counts: Counts | None = None) -> FilterState:
    """Draw the filter widgets (their values set by sync) and return the active filters."""
    sb = st.sidebar
    sb.markdown("**筛选 Filters**")
    state = current()
    for f in FILTERS:
        help_text = glossary.help_text(f.help, f.glossary) if f.glossary else f.help
        common: dict[str, Any] = {"key": f.key, "help": help_text, "on_change": _on_change,
                                  "args": (f.key, opts)}
        if f.widget == "date_range":
            chosen = state.values.get(f.key)
            lo = min(d for d in (opts.date_min, chosen and chosen[0]) if d) \
                if (opts.date_min or chosen) else None
            hi = max(d for d in (opts.date_max, chosen and chosen[1]) if d) \
                if (opts.date_max or chosen) else None
            extent = (f"{opts.date_min.isoformat()} ~ {opts.date_max.isoformat()}"
                      if opts.date_min and opts.date_max else "—")
            sb.date_input(f"{f.label}（全部 all: {extent}）", min_value=lo, max_value=hi,
                          format="YYYY-MM-DD", **common)
        elif f.widget == "multiselect":
            assert f.options is not None
            chosen_values = list(state.values.get(f.key, ()))
            choices = f.options(opts, state.values)
            choices += [v for v in chosen_values if v not in choices]
            facet = counts(f.key) if counts else None
            if facet is not None:  # the options that show the most first, as Datasette's facets
                choices.sort(key=lambda v, c=facet: -c.get(v, 0))
            sb.multiselect(f.label, choices, placeholder="全部 All",
                           format_func=lambda v, c=facet: _label(v, c), **common)
        elif f.widget == "choice":
            values = [v for v, _ in f.choices]
            if f.default is not None:  # the default choice first (科协参与 · 全部)
                values = [f.default, *[v for v in values if v != f.default]]
            sb.segmented_control(f.label, values, **common)
        elif f.widget == "toggle":
            sb.toggle(f.label, **common)
        else:
            sb.text_input(f.label, placeholder="例如 信阳", **common)
    sb.button("清除筛选 Reset filters", on_click=_reset, args=(opts,), key="reset_filters")
    return state
