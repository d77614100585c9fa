"""Serve the dashboard: `streamlit run serve.py` (what `make run` does).

The same dashboard as `streamlit run dashboard.py`, behind Streamlit's ASGI app (`st.App`) so that
work can start when the server starts rather than when its first visitor arrives: the lifespan
hook (dashboard_lib/warmup.py) imports the heavy libraries and runs every page's default-view
queries into the result cache in a background thread, while the server already answers.
`streamlit run dashboard.py` still works; its warm-up starts with the first visit.
"""

import streamlit as st

from dashboard_lib.warmup import lifespan

app = st.App("dashboard.py", lifespan=lifespan)
