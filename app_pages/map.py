"""地图 Map (in progress)."""

import streamlit as st

from dashboard_lib import ui

scope = ui.page_start("地图", "Map")
st.info("建设中 Under construction")
