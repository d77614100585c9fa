"""Entry point: `streamlit run dashboard.py`. Page navigation plus the shared sidebar filters.

The filters are read from the URL and drawn here, on every run, so they follow the user from
page to page (dashboard_lib/sidebar.py); each page reads them through ui.page_start().
"""

from __future__ import annotations

import contextlib

import streamlit as st

from dashboard_lib import db, sidebar, ui, warmup
from dashboard_lib.glossary import help_text
from dashboard_lib.queries.options import FACETS, facet_counts, filter_options

st.set_page_config(page_title="科技合作协议追踪 S&T Cooperation Tracker", page_icon="🤝",
                   layout="wide")

PAGES = {
    "看板 Dashboard": [
        st.Page("app_pages/overview.py", title="总览 Overview", icon=":material/dashboard:",
                default=True),
        st.Page("app_pages/map.py", title="地图 Map", icon=":material/map:", url_path="map"),
        st.Page("app_pages/timeline.py", title="时间线 Timeline", icon=":material/timeline:",
                url_path="timeline"),
        st.Page("app_pages/network.py", title="合作网络 Network", icon=":material/hub:",
                url_path="network"),
        st.Page("app_pages/programmes.py", title="项目 Programmes",
                icon=":material/account_tree:", url_path="programmes"),
        st.Page("app_pages/explorer.py", title="数据 Explorer", icon=":material/table_view:",
                url_path="explorer"),
    ],
    # One record each, a permalink (/org?org=…, /agreement?id=…, /programme?id=…).
    "记录 Records": [
        st.Page("app_pages/organisation.py", title="机构 Organisation",
                icon=":material/apartment:", url_path="org"),
        st.Page("app_pages/agreement.py", title="协议 Agreement", icon=":material/handshake:",
                url_path="agreement"),
        st.Page("app_pages/programme.py", title="项目详情 Programme", icon=":material/flag:",
                url_path="programme"),
    ],
    "其他 More": [
        st.Page("app_pages/review.py", title="审核 Review", icon=":material/fact_check:",
                url_path="review"),
        st.Page("app_pages/glossary.py", title="术语 Glossary", icon=":material/menu_book:",
                url_path="glossary"),
        st.Page("app_pages/importer.py", title="导入 Import", icon=":material/upload_file:",
                url_path="import"),
    ],
}

page = st.navigation(PAGES)
# The server's warm-up (dashboard_lib/warmup.py) pauses while a visitor's run is in progress.
with warmup.visitor():
    with contextlib.suppress(db.DashboardDataError):  # no usable database: each page says why
        options = filter_options()
        warmup.start()  # the first run of the server warms every page's default view
        parsed = sidebar.sync(options, page.url_path)
        # Facets: each option's agreements under the other filters (a filter's own choice aside).
        facets = facet_counts({k: parsed.state.without(k).scope() for k in FACETS})
        sidebar.render(options, facets.get)
    st.sidebar.segmented_control(
        "图片格式 Image format", list(ui.IMAGE_FORMATS), default="PNG", key="img",
        bind="query-params", help=help_text(
            "图表下载按钮保存的格式（图内附来源与筛选） The format of the charts' download buttons "
            "(each image carries the source and the filters)", "exports"))
    st.sidebar.caption(f"数据库 Database: `{db.db_path()}`")
    page.run()
