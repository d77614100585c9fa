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

st.plotly_chart(cp.agreements_per_year(q.org_agreement_dates(org["org_id"]), org["name"]),
                key="org_years", config=ui.plotly_config(f"organisation_{org['name']}"))
st.markdown("**协议 Agreements**")
ui.table(q.org_agreements(org["org_id"]), name=f"agreements_{org['name']}", key="t_org_agreements",
         columns=["agreement_id", "date_label", "model", "type", "parties", "province_names",
                  "city_names", "is_new_signing"])
left, right = st.columns(2)
with left:
    st.markdown("**合作方 Partners**")
    ui.table(q.org_partners(org["org_id"]), name=f"partners_{org['name']}", key="t_org_partners",
             links={"name": "org"})
with right:
    st.markdown("**地区 Places**")
    ui.table(q.org_places(org["org_id"]), name=f"places_{org['name']}", key="t_org_places")
st.markdown("**项目（同一文章提到的） Programmes named in the same articles**")
ui.table(q.org_programmes(org["org_id"]), name=f"programmes_{org['name']}",
         key="t_org_programmes")
st.markdown("**文章 Articles**")
ui.table(q.org_articles(org["org_id"]), name=f"articles_{org['name']}", key="t_org_articles")
