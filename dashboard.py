"""Entry point: `streamlit run dashboard.py`. Page navigation plus the shared sidebar filters.

The filters are drawn here, on every run, so their values (bound to the URL's query parameters)
survive page switches; each page reads them through dashboard_lib.filters.current().
"""

from __future__ import annotations

import contextlib

import streamlit as st

from dashboard_lib import db, filters
from dashboard_lib.queries.options import filter_options

st.set_page_config(page_title="科技合作协议追踪 S&T Cooperation Tracker", page_icon="🤝",
                   layout="wide")

PAGES = [
    st.Page("app_pages/overview.py", title="总览 Overview", icon=":material/dashboard:",
            default=True),
    st.Page("app_pages/map.py", title="地图 Map", icon=":material/map:", url_path="map"),
    st.Page("app_pages/timeline.py", title="时间线 Timeline", icon=":material/timeline:",
            url_path="timeline"),
    st.Page("app_pages/programmes.py", title="项目 Programmes", icon=":material/account_tree:",
            url_path="programmes"),
    st.Page("app_pages/explorer.py", title="数据 Explorer", icon=":material/table_view:",
            url_path="explorer"),
    st.Page("app_pages/importer.py", title="导入 Import", icon=":material/upload_file:",
            url_path="import"),
    st.Page("app_pages/review.py", title="审核 Review", icon=":material/fact_check:",
            url_path="review"),
]

page = st.navigation(PAGES)
with contextlib.suppress(db.DashboardDataError):  # no usable database: each page says why
    filters.render_sidebar(filter_options())
st.sidebar.caption(f"数据库 Database: `{db.db_path()}`")
page.run()
