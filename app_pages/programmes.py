"""项目 Programmes (in progress)."""

import streamlit as st

from dashboard_lib import ui

scope = ui.page_start("项目", "Programmes")
st.info("建设中 Under construction")
