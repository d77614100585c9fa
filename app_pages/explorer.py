"""数据 Explorer (in progress)."""

import streamlit as st

from dashboard_lib import ui

scope = ui.page_start("数据", "Explorer")
st.info("建设中 Under construction")
