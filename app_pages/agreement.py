"""协议 Agreement: one agreement's page (a permalink, /agreement?id=<agreement_id>): its fields,
its parties (each linking to its page), every report of it with the evidence highlighted in the
article's text, and its history across builds (which build first loaded a report of it)."""

from __future__ import annotations

import streamlit as st

from dashboard_lib import record_view as rv
from dashboard_lib import ui
from dashboard_lib.links import AGREEMENT
from dashboard_lib.queries import records as q
from dashboard_lib.textview import md_escape

ui.header("协议", "Agreement")
st.caption(rv.WHOLE_RECORD)
ui.database_or_stop()

key = rv.key_from_url(AGREEMENT)
record = q.agreement(key) if key else None
if record is None:
    if key:
        st.warning(f"找不到协议 No agreement with id “{key}”.")
    st.info("从任何协议表格点击协议编号，或在“数据”页选中一行后打开协议页。 "
            "Click an agreement id in any table, or choose a row on the Explorer page and open "
            "its page.", icon="🔗")
    st.stop()

st.subheader(f"{record['date_label']} · {record['parties']}")
rv.fields(record, ["agreement_id", "date_label", "date_precision", "date_lo", "date_hi",
                   "date_text", "model", "type", "title", "province_names", "city_names",
                   "is_new_signing", "online", "n_sources", "families", "in_kx_scope",
                   "first_build"], key="agreement_fields")
st.caption("审核状态 Review state: 尚无（审核功能合并后在此显示） none yet (shown here once the "
           "review feature lands)")

st.markdown("**签约方 Parties**（点击名称打开机构页 click a name to open its page）")
parties = q.agreement_parties(key)
ui.table(parties, name=f"parties_{key}", key="t_agreement_parties", links={"name": "org"})

reports = q.agreement_reports(key)
st.markdown(f"**报道 Reports**（{len(reports)} 篇文章 articles；证据句高亮 evidence highlighted）")
for i, r in enumerate(reports.itertuples(index=False)):
    new = "新签 new" if r.is_new_signing else "背景 background"
    day = r.article_date.date().isoformat() if r.article_date is not None and \
        str(r.article_date) != "NaT" else "—"
    st.markdown(f"{i + 1}. 构建 build #{r.build_id} · {day} · {md_escape(r.article_id)} · "
                f"{new} · 报道的日期 reported date: {md_escape(r.reported_date or '—')}")
    st.text(r.article_title or "")
    rv.evidence_box(r.article_id, r.span_start, r.span_end, r.evidence,
                    test_id=f"report-{i}")

st.markdown("**历次构建 History across builds**")
history = reports.groupby("build_id", as_index=False).agg(
    loaded_at=("loaded_at", "min"), n_articles=("article_id", "nunique"),
    articles=("article_id", lambda s: sorted(set(s))))
history = history.rename(columns={"articles": "inputs"})
ui.table(history, name=f"history_{key}", key="t_agreement_history")
