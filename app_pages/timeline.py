"""时间线 Timeline (in progress)."""

import streamlit as st

from dashboard_lib import ui

scope = ui.page_start("时间线", "Timeline")
st.info("建设中 Under construction")
