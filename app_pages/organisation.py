"""机构 Organisation: one organisation's page (a permalink, /org?org=<full name>): its agreements
over time, its partners, places, programmes, articles, and the names it was written as."""

from __future__ import annotations

import streamlit as st

from dashboard_lib import charts_plotly as cp
from dashboard_lib import record_view as rv
from dashboard_lib import ui
from dashboard_lib.links import ORG
from dashboard_lib.queries import records as q

ui.header("机构", "Organisation")
st.caption(rv.WHOLE_RECORD)
ui.database_or_stop()

key = rv.key_from_url(ORG)
org = q.organisation(key) if key else None
if org is None:
    if key:
        st.warning(f"找不到机构 No organisation named “{key}”.")
        similar = q.organisation_suggestions(key)
        for name in similar["name"]:
            rv.page_link("org", name, name)
    st.markdown("**选择机构 Choose an organisation**（按协议数 by agreements; 点击名称打开 click "
                "a name to open its page）")
    ui.table(q.org_list(), name="organisations", key="t_orgs", links={"name": "org"})
    st.stop()

st.subheader(org["name"])
cols = st.columns(4)
cols[0].metric("协议 Agreements", org["n_agreements"])
cols[1].metric("合作方 Partners", org["n_partners"])
cols[2].metric("首次签约 First", str(org["first_date"].date()) if org["first_date"] else "—")
cols[3].metric("最近签约 Latest", str(org["last_date"].date()) if org["last_date"] else "—")
rv.fields(org, ["name", "party_kind", "party_level", "region", "province", "variants",
                "n_mentions", "in_kx_scope", "org_id"], key="org_fields")

st.plotly_chart(cp.agreements_per_year(q.org_years(org["org_id"]), org["name"]),
                key="org_years", config=ui.plotly_config(f"organisation_{org['name']}"))
# Its agreements, partners, places, programmes and articles, one table per tab (?org_tab=, in the
# URL like the Explorer's): only the open tab is queried and drawn. All five at once were five
# queries over 中国科协's 32,000 agreements on a first visit and five tables for the browser.
tabs = st.tabs(["协议 Agreements", "合作方 Partners", "地区 Places",
                "项目 Programmes（同一文章提到的 named in the same articles）", "文章 Articles"],
               key="org_tab", bind="query-params", on_change="rerun")
name, org_id = org["name"], org["org_id"]
with tabs[0]:
    if tabs[0].open:
        ui.table(q.org_agreements(org_id, int(org["n_agreements"])), name=f"agreements_{name}",
                 key="t_org_agreements",
                 columns=["agreement_id", "date_label", "model", "type", "parties",
                          "province_names", "city_names", "is_new_signing"])
with tabs[1]:
    if tabs[1].open:
        ui.table(q.org_partners(org_id), name=f"partners_{name}", key="t_org_partners",
                 links={"name": "org"})
with tabs[2]:
    if tabs[2].open:
        ui.table(q.org_places(org_id), name=f"places_{name}", key="t_org_places")
with tabs[3]:
    if tabs[3].open:
        ui.table(q.org_programmes(org_id), name=f"programmes_{name}", key="t_org_programmes")
with tabs[4]:
    if tabs[4].open:
        ui.table(q.org_articles(org_id), name=f"articles_{name}", key="t_org_articles")
