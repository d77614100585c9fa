"""导入 Import (in progress)."""

import streamlit as st

from dashboard_lib import ui

ui.header("导入", "Import")
st.file_uploader("文章 Articles", accept_multiple_files=True, key="upload")
