"""Small Streamlit building blocks shared by the pages: header, errors, empty states, tables."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import pandas as pd
import streamlit as st

from dashboard_lib import db, downloads, filters, labels, sidebar
from dashboard_lib import links as links_module
from dashboard_lib.db import DashboardDataError
from dashboard_lib.queries import overview
from dashboard_lib.queries.options import filter_options
from dashboard_lib.scope import Scope
from dashboard_lib.textview import md_escape
from etl import settings

NO_DATA = ("没有符合当前筛选条件的数据。请放宽或清除左侧筛选。 "
           "No data for these filters: loosen or reset them in the sidebar.")
NOTHING_HERE = "这里没有数据。 Nothing to show here."
NO_DATA_AT_ALL = ("数据库里还没有数据：在“导入 Import”页上传文章，或运行 "
                  "`python -m etl build seeds/`。 The database holds no data yet: upload articles "
                  "on the Import page or build it from the seeds.")

def show_error(exc: Exception) -> None:
    """The one place errors reach the user: actionable data errors as info, others in full."""
    # Messages can quote file names, paths or SQL: escaped, st.info/warning/error are markdown.
    if isinstance(exc, db.NoDatabase):
        st.info(md_escape(exc), icon="🗄️")
        st.code(db.BUILD_HINT, language="bash")
    elif isinstance(exc, DashboardDataError):
        st.warning(md_escape(exc))
    else:
        st.error(md_escape(f"出错了 Something went wrong: {type(exc).__name__}: {exc}"))


# SQL console errors as a short sentence (the DuckDB detail is folded away), by a marker in the
# console's message: the DuckDB exception name, or the console's own words for its limits.
CONSOLE_ERRORS: tuple[tuple[str, str], ...] = (
    ("查询超时", "查询超时，已停止。请缩小查询范围（加 WHERE 或 LIMIT）。 "
             "The query took too long and was stopped: narrow it (WHERE, LIMIT)."),
    ("控制台不能访问", "不允许：控制台只读，不能读写文件或访问网络。 "
                "Not allowed: the console is read-only, without file or network access."),
    ("PermissionException", "不允许：控制台只读，不能读写文件或访问网络。 "
                            "Not allowed: the console is read-only, without file or network "
                            "access."),
    ("超出内存上限", "查询所需内存超出上限，已停止：请缩小查询范围。 "
               "The query needed more memory than allowed: narrow it."),
    ("结果过大", "结果过大：请减少列或行。 The result is too large: select fewer columns or rows."),
    ("控制台正忙", "控制台正忙，请稍后再试。 The console is busy: try again in a moment."),
    ("查询进程意外退出", "查询进程意外退出。 The query's process ended unexpectedly."),
    ("CatalogException", "表或列不存在。可用的表见示例“表和视图”。 "
                         "A table or column does not exist: see the example 'Tables and views'."),
    ("ParserException", "SQL 语法有误。 The SQL has a syntax error."),
    ("BinderException", "列名或表达式有误（列不存在或类型不符）。 "
                        "A column name or expression is not valid (no such column, or the wrong "
                        "type)."),
    ("ConversionException", "数据类型转换失败。 "
                            "A value could not be converted to the type asked for."),
    ("InvalidInputException", "输入有误。 The input is not valid."),
    ("OutOfMemoryException", "内存不足：请缩小查询范围。 Out of memory: narrow the query."),
    ("请输入", "请输入 SQL 查询。 Enter a SQL query."),
    ("查询过长", "查询过长。 The query is too long."),
)


def console_error_sentence(message: str) -> str:
    """The short sentence for a console error message (the message itself is the detail)."""
    for marker, sentence in CONSOLE_ERRORS:
        if marker in message:
            return sentence
    return "查询失败。 The query failed."


def show_console_error(exc: Exception) -> None:
    """A console error: a short Chinese sentence, the DuckDB detail folded away."""
    st.warning(console_error_sentence(str(exc)), icon="⚠️")
    with st.expander("详情 Details (DuckDB)"):
        st.code(str(exc), language=None)


def scroll_to(anchor: str) -> None:
    """Bring a heading (its anchor) into view, e.g. the result of a click that lands below the
    fold. The script is a constant: only an identifier-like anchor is interpolated."""
    if not anchor.replace("-", "").isalnum():
        raise ValueError(anchor)
    st.html(f"<script>setTimeout(() => {{ const el = window.parent.document.getElementById("
            f"'{anchor}') || document.getElementById('{anchor}'); if (el) {{ el.scrollIntoView("
            "{block: 'start'}); } }, 100);</script>", unsafe_allow_javascript=True)


def header(zh: str, en: str) -> None:
    st.title(f"{zh} :gray[{en}]")


def page_start(zh: str, en: str, view: str = "agreements") -> Scope:
    """Title, database check (empty state + stop when missing) and the active filter caption."""
    header(zh, en)
    try:
        filter_options()  # the database is there and has its marts
    except DashboardDataError as exc:
        show_error(exc)
        st.stop()
    state = sidebar.current()
    st.caption(state.caption())
    with on_open("命令行下载同一视图 The same view from the command line", "x_cli") as shown:
        if shown:
            from dashboard_lib import exports

            st.code(exports.command(view, state), language="bash")
            st.caption("筛选与本页网址相同；--format 可为 csv、xlsx、parquet。 The filters are "
                       "this page's URL's; --format csv, xlsx or parquet.")
    if problems := sidebar.problems():
        st.warning("网址中有无法识别的筛选值，未应用： Some values in the URL were not understood "
                   "and are not applied:\n\n" + "\n".join(f"- {md_escape(p.message())}"
                                                            for p in problems), icon="⚠️")
    return state.scope()


@contextmanager
def on_open(label: str, key: str, **kwargs: Any) -> Iterator[bool]:
    """An expander whose content is made only while it is open: `with on_open(…) as shown: if
    shown: …`. Opening it reruns the page (cached queries: a fraction of a second). A closed
    expander's content is otherwise built, sent and drawn on every visit (a table, or the
    syntax-highlighted command line: 0.25 s of the browser's main thread on every page)."""
    box = st.expander(label, key=key, on_change="rerun", **kwargs)
    with box:
        yield bool(box.open)


def current_state() -> filters.FilterState:
    """The filters in effect (for views that need more than their SQL, e.g. one filter aside)."""
    return sidebar.current()


def database_or_stop() -> None:
    """The database is there, has its marts and holds data; else say what to do and stop."""
    try:
        filter_options()
    except DashboardDataError as exc:
        show_error(exc)
        st.stop()
    if overview.database_is_empty():
        st.info(NO_DATA_AT_ALL, icon="🔎")
        st.stop()


# --------------------------------------------------------------------------- chart exports

IMAGE_FORMATS = ("PNG", "SVG")


def image_format() -> str:
    """The format chart downloads are saved in (the sidebar's 图片格式, ?img=SVG): png or svg."""
    value = st.session_state.get("img") or st.query_params.get("img") or "PNG"
    return "svg" if str(value).upper() == "SVG" else "png"


def chart_caption() -> str:
    """What a chart image says below it: the source, the filters in effect, the date."""
    import datetime as dt

    state = sidebar.current()
    return (f"来源 Source: 科技合作协议追踪 S&T cooperation tracker ({db.db_path().name}) · "
            f"{state.plain_caption()} · {dt.date.today().isoformat()}")


def export_name(name: str) -> str:
    """A file name that says what it holds: agreements_河南省_2023."""
    from dashboard_lib.filters import safe_name

    slug = sidebar.current().slug()
    return f"{safe_name(name)}_{slug}" if slug else safe_name(name)


def plotly_config(name: str) -> dict[str, Any]:
    """plotly's download button: the chosen format, a file name saying what it holds."""
    fmt = image_format()
    return {"displaylogo": False,
            "toImageButtonOptions": {"format": fmt, "filename": export_name(name),
                                     "scale": 2 if fmt == "png" else 1}}


def echarts_renderer() -> str:
    """ECharts draws on a canvas (PNG downloads) or in SVG (SVG downloads)."""
    return "svg" if image_format() == "svg" else "canvas"


def with_filters(zh: str, en: str) -> str:
    """An empty-state sentence, saying "under these filters" when filters are active."""
    if sidebar.current().values:
        return f"{zh}（在当前筛选下）。 {en} under these filters."
    return f"{zh}。 {en}."


def empty(message: str | None = None) -> None:
    """Why there is nothing to show: the view's own reason (`message`), an empty database, the
    filters, or nothing to show in all the data. The database's emptiness is asked of the
    database, never guessed from an empty table."""
    if message is None:
        if overview.database_is_empty():
            message = NO_DATA_AT_ALL
        elif sidebar.current().values:
            message = NO_DATA
        else:
            message = NOTHING_HERE
    st.info(message, icon="🔎")


def download_buttons(full: Callable[[], pd.DataFrame], total: int, name: str, key: str) -> None:
    """CSV / Excel / Parquet of the whole view (every row), made only when clicked."""
    row = st.container(horizontal=True, vertical_alignment="center")
    row.caption(f"共 {total} 行 rows · 下载 Download:")
    for label, ext, mime, writer in downloads.FORMATS:
        row.download_button(
            label, data=lambda w=writer: w(full()), file_name=f"{export_name(name)}.{ext}",
            mime=mime,
            key=f"dl_{key}_{ext}", on_click="ignore", icon=":material/download:",
        )


def row_ids(frame: pd.DataFrame, columns: str | tuple[str, ...]) -> list[str]:
    """Each row's id as the URL holds it: one column's value, or several joined by ':'."""
    cols = (columns,) if isinstance(columns, str) else columns
    if frame.empty or not set(cols) <= set(frame.columns):
        return []
    return [":".join(str(v) for v in values)
            for values in zip(*(frame[c] for c in cols), strict=True)]


LAZY_ROWS = 1000  # tables longer than this send their rows to the browser as it scrolls
# A table whose rows can be chosen cannot be lazy: it shows pages of this many rows (of a view
# larger than that), with a page number (5,000 rows were 2-4 MB per table on 1M articles).
SELECT_PAGE_ROWS = 1000


def table(source: pd.DataFrame | db.Table, *, name: str, key: str,
          selectable: bool = False, column_config: Mapping[str, Any] | None = None,
          height: int | str = "auto", columns: Sequence[str] | None = None,
          empty_message: str | None = None,
          links: Mapping[str, str] | None = None,
          url_row: tuple[str, str | tuple[str, ...]] | None = None,
          ) -> tuple[pd.DataFrame, int | None]:
    """A table with bilingual column labels and downloads of the whole view (all rows, all
    columns: `columns` only chooses what is displayed). Shows at most TRACKER_TABLE_MAX_ROWS
    rows. Returns the rows shown and the position of the selected one, if any."""
    cap = int(settings.get("table_max_rows"))
    page_no, page_key = 1, f"{key}_page"
    if isinstance(source, db.Table):
        if selectable:  # cannot be lazy: pages of SELECT_PAGE_ROWS, chosen by a page number
            cap = min(cap, SELECT_PAGE_ROWS)
            page_no = max(1, int(st.session_state.get(page_key) or 1))
        # A table whose rows cannot be chosen reads only the columns it displays (the page
        # gets nothing else back from it); the downloads still hold every column of the view.
        read = None if selectable or columns is None else list(columns)
        shown, total = source.page(cap, (page_no - 1) * cap, read)
        if shown.empty and page_no > 1:  # fewer rows than before (other filters): page 1
            page_no = st.session_state[page_key] = 1
            shown, total = source.page(cap, 0, read)
        full: Callable[[], pd.DataFrame] = source.full
    else:
        shown, total = source.head(cap), len(source)
        full = lambda: source  # noqa: E731 - the frame itself is the whole view
    if shown.empty:
        empty(empty_message)
        return shown, None
    first = (page_no - 1) * cap
    if first:
        st.caption(f"显示第 {first + 1}–{first + len(shown)} 行，共 {total} 行；下载包含全部。 "
                   f"Showing rows {first + 1}–{first + len(shown)} of {total}; downloads hold "
                   "all of them.")
    elif total > len(shown):
        st.caption(f"显示前 {len(shown)} 行，共 {total} 行；下载包含全部。 "
                   f"Showing the first {len(shown)} of {total} rows; downloads hold all of them.")
    if selectable and isinstance(source, db.Table) and total > cap:
        st.number_input(f"页 Page（每页 {cap} 行 rows per page，共 {-(-total // cap)} 页 pages）",
                        min_value=1, max_value=-(-total // cap), step=1, key=page_key)
    # What a person reads: labelled values and columns, empty cells, rows numbered from 1; ids
    # and organisation names link to their permalink pages (`links`; None: DEFAULT_LINKS).
    # Only the columns shown go to the browser (the Explorer's agreements carried 11 hidden
    # columns, a third of their bytes); the page keeps every column of `shown`, the downloads
    # every column of the view.
    display = labels.for_display(shown[labels.shown_columns(shown, columns)])
    config = labels.column_config(display, column_config)
    for column, kind in (links_module.DEFAULT_LINKS if links is None else links).items():
        if column in display.columns and (column_config or {}).get(column) is None:
            display[column] = [links_module.url(kind, str(v)) if isinstance(v, str) and v
                               else None for v in display[column]]
            entry = labels.column(column)
            config[column] = st.column_config.LinkColumn(
                entry.label.strip(), help=entry.description or None,
                display_text=links_module.display_pattern(kind))
    kwargs: dict[str, Any] = {
        "hide_index": False, "column_config": config,
        "key": key, "height": height, "column_order": list(display.columns)}
    if selectable:
        # url_row = (URL key, id column or columns): the selected row is in the URL
        # (?row=<id>, or <id>:<id> for a row of several key columns), so a shared link opens
        # with the same row chosen, and so does a tab the person comes back to.
        wanted = st.query_params.get(url_row[0]) if url_row else None
        ids = row_ids(shown, url_row[1]) if url_row else []
        hits: list[int] = []
        if url_row and wanted and ids:
            hits = [i for i, v in enumerate(ids) if v == wanted]
            if hits:
                kwargs["selection_default"] = {"selection": {"rows": hits[:1]}}
        if page_no > 1:  # a row chosen on one page is not chosen on another
            kwargs["key"] = f"{key}_p{page_no}"
        event = st.dataframe(display, on_select="rerun", selection_mode="single-row", **kwargs)
        download_buttons(full, total, name, key)
        rows = event.selection.rows if event is not None else []
        position = int(rows[0]) if rows else None
        if url_row:
            chosen = None if position is None or position >= len(ids) else ids[position]
            if chosen is not None and chosen != wanted:
                st.query_params[url_row[0]] = chosen
            elif chosen is None and wanted and hits:  # the person cleared the choice
                del st.query_params[url_row[0]]
        return shown, position
    # Rows go to the browser a screenful at a time as the person scrolls (a 5,000-row page was
    # 1-4 MB per table on 1M articles, the browser's parse of it most of a page's drawing time);
    # a selectable table cannot be lazy (position-based selection), nor is a small one.
    st.dataframe(display, lazy=len(display) > LAZY_ROWS or None, **kwargs)
    download_buttons(full, total, name, key)
    return shown, None
