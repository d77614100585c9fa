"""术语 Glossary: the cooperation models (with their rules from the ETL's decision table), agreement
types, programme families and kinds, date precisions, party kinds and the scope switch, each with
how many agreements or mentions the data holds. Every help icon links here (/glossary#models)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard_lib import db, glossary, ui
from dashboard_lib.queries import options as q

ui.header("术语", "Glossary")
st.caption("看板用语的含义，中文在前，英文在后。 What the dashboard's words mean, Chinese first, "
           "English second. 数量为全部数据中的协议或提及数 Counts: agreements or mentions in all "
           "the data.")

try:
    counts = q.glossary_counts()
except db.DashboardDataError:
    counts = {}
rules = glossary.model_rules()
toc = " · ".join(f"[{s.title}](#{key.replace('_', '-')})" for key, s in glossary.sections().items())
st.markdown(toc)

for key, section in glossary.sections().items():
    st.subheader(section.title, anchor=key.replace("_", "-"))
    st.markdown(section.intro)
    rows = []
    for term in section.terms:
        row = {"术语 Term": term.term, "说明": term.zh, "Meaning": term.en}
        if key == "models":
            row["判定规则 Rule"] = "；".join(rules.get(term.term, []))
        if key in counts:
            row["数量 Count"] = counts[key].get(term.term.split(" ")[0], 0)
        rows.append(row)
    st.dataframe(pd.DataFrame(rows), hide_index=True, key=f"glossary_{key}",
                 column_config={"说明": st.column_config.TextColumn("说明", width="large"),
                                "Meaning": st.column_config.TextColumn("Meaning", width="large")})
