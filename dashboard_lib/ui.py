"""Small Streamlit building blocks shared by the pages: header, errors, empty states, tables."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pandas as pd
import streamlit as st

from dashboard_lib import db, downloads, filters
from dashboard_lib.db import DashboardDataError
from dashboard_lib.queries.options import filter_options
from dashboard_lib.scope import Scope
from dashboard_lib.textview import md_escape
from etl import settings

NO_DATA = ("没有符合当前筛选条件的数据。请放宽或清除左侧筛选。 "
           "No data for these filters: loosen or reset them in the sidebar.")
NO_DATA_AT_ALL = ("数据库里还没有数据：在“导入 Import”页上传文章，或运行 "
                  "`python -m etl build seeds/`。 The database holds no data yet: upload articles "
                  "on the Import page or build it from the seeds.")

COLUMN_CONFIG: dict[str, Any] = {
    "agreement_id": st.column_config.TextColumn("协议 ID", width="small"),
    "date_label": st.column_config.TextColumn("日期 Date", help="按精度显示 at its precision"),
    "event_date": st.column_config.DateColumn("日期(起) Date from", format="YYYY-MM-DD"),
    "date_precision": st.column_config.TextColumn("精度 Precision", width="small"),
    "model": st.column_config.TextColumn("合作模式 Model"),
    "type": st.column_config.TextColumn("协议类型 Type"),
    "parties": st.column_config.TextColumn("签约方 Parties", width="large"),
    "partner": st.column_config.TextColumn("合作方 Partner"),
    "province_names": st.column_config.ListColumn("省份 Provinces"),
    "city_names": st.column_config.ListColumn("城市 Cities"),
    "is_new_signing": st.column_config.CheckboxColumn("新签 New"),
    "online": st.column_config.CheckboxColumn("线上 Online", width="small"),
    "n_sources": st.column_config.NumberColumn("来源数 Sources", width="small"),
    "title": st.column_config.TextColumn("标题 Title", width="large"),
    "evidence": st.column_config.TextColumn("证据句 Evidence", width="large"),
    "article_id": st.column_config.TextColumn("文章 Article"),
    "article_title": st.column_config.TextColumn("文章标题 Article title"),
    "article_date": st.column_config.DateColumn("发布日期 Published", format="YYYY-MM-DD"),
    "article_source": st.column_config.TextColumn("来源 Source"),
    "article_url": st.column_config.LinkColumn("链接 URL", display_text="打开 open"),
    "url": st.column_config.LinkColumn("链接 URL", display_text="打开 open"),
    "position": st.column_config.NumberColumn("序 #", width="small"),
    "name": st.column_config.TextColumn("名称 Name", width="medium"),
    "mention": st.column_config.TextColumn("原文写法 Mention"),
    "kind": st.column_config.TextColumn("类别 Kind"),
    "level": st.column_config.TextColumn("层级 Level"),
    "adcode": st.column_config.TextColumn("区划代码 Adcode"),
    "region": st.column_config.TextColumn("地区 Region"),
    "province": st.column_config.TextColumn("省份 Province"),
    "family": st.column_config.TextColumn("类别 Family"),
    "place": st.column_config.TextColumn("地点 Place"),
    "designated": st.column_config.TextColumn("认定 Designated"),
    "published_date": st.column_config.DateColumn("发布日期 Published", format="YYYY-MM-DD"),
    "source": st.column_config.TextColumn("来源 Source"),
    "n_agreements": st.column_config.NumberColumn("协议 Agreements"),
    "n_initiatives": st.column_config.NumberColumn("项目 Programmes"),
    "n_mentions": st.column_config.NumberColumn("提及 Mentions"),
    "n_articles": st.column_config.NumberColumn("文章 Articles"),
    "regions": st.column_config.ListColumn("地区 Regions"),
    "script": st.column_config.TextColumn("字形 Script"),
    "duplicate_of": st.column_config.TextColumn("重复于 Duplicate of"),
    "n_chars": st.column_config.NumberColumn("字数 Chars"),
    "build_id": st.column_config.NumberColumn("构建 Build", width="small"),
    "initiative_id": None,
    "seq": None,
    # review marks (downloads also carry reviewed_by, reviewed_at and the machine's values)
    "review_mark": st.column_config.TextColumn("审 ✓", width="small",
                                               help="✓ 已审 reviewed · ✎ 已改 changed"),
    "reviewed": None,
    "review_status": None,
    "review_complete": None,
    "reviewed_by": None,
    "reviewed_at": None,
    **dict.fromkeys(("machine_parties", "machine_date", "machine_date_precision",
                     "machine_type", "machine_model", "machine_signing", "machine_name",
                     "machine_family", "machine_kind", "machine_region")),
}


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


def header(zh: str, en: str) -> None:
    st.title(f"{zh} :gray[{en}]")


def page_start(zh: str, en: str) -> Scope:
    """Title, database check (empty state + stop when missing) and the active filter caption."""
    header(zh, en)
    try:
        opts = filter_options()
    except DashboardDataError as exc:
        show_error(exc)
        st.stop()
    state = filters.current(opts)
    st.session_state["_filters_active"] = bool(state.values)
    st.caption(state.caption())
    return state.scope()


def empty(message: str | None = None) -> None:
    """Why there is nothing to show: the filters, or an empty database."""
    if message is None:
        message = NO_DATA if st.session_state.get("_filters_active", True) else NO_DATA_AT_ALL
    st.info(message, icon="🔎")


def download_buttons(full: Callable[[], pd.DataFrame], total: int, name: str, key: str) -> None:
    """CSV / Excel / Parquet of the whole view (every row), made only when clicked."""
    row = st.container(horizontal=True, vertical_alignment="center")
    row.caption(f"共 {total} 行 rows · 下载 Download:")
    for label, ext, mime, writer in downloads.FORMATS:
        row.download_button(
            label, data=lambda w=writer: w(full()), file_name=f"{name}.{ext}", mime=mime,
            key=f"dl_{key}_{ext}", on_click="ignore", icon=":material/download:",
        )


def table(source: pd.DataFrame | db.Table, *, name: str, key: str,
          selectable: bool = False, column_config: Mapping[str, Any] | None = None,
          height: int | str = "auto", columns: Sequence[str] | None = None,
          ) -> tuple[pd.DataFrame, int | None]:
    """A table with bilingual column labels and downloads of the whole view (all rows, all
    columns: `columns` only chooses what is displayed). Shows at most TRACKER_TABLE_MAX_ROWS
    rows. Returns the rows shown and the position of the selected one, if any."""
    cap = int(settings.get("table_max_rows"))
    if isinstance(source, db.Table):
        shown, total = source.page(cap)
        full: Callable[[], pd.DataFrame] = source.full
    else:
        shown, total = source.head(cap), len(source)
        full = lambda: source  # noqa: E731 - the frame itself is the whole view
    if shown.empty:
        empty()
        return shown, None
    if total > len(shown):
        st.caption(f"显示前 {len(shown)} 行，共 {total} 行；下载包含全部。 "
                   f"Showing the first {len(shown)} of {total} rows; downloads hold all of them.")
    config = {c: COLUMN_CONFIG[c] for c in shown.columns if c in COLUMN_CONFIG}
    config.update(column_config or {})
    kwargs: dict[str, Any] = {"hide_index": True, "column_config": config, "key": key,
                              "height": height, "column_order": columns}
    if selectable:
        event = st.dataframe(shown, on_select="rerun", selection_mode="single-row", **kwargs)
        download_buttons(full, total, name, key)
        rows = event.selection.rows if event is not None else []
        return shown, (int(rows[0]) if rows else None)
    st.dataframe(shown, **kwargs)
    download_buttons(full, total, name, key)
    return shown, None
