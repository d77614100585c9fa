"""项目 Programme: one programme's page (a permalink, /programme?id=<initiative_id>): its fields,
the same programme in other places, and every mention with the evidence highlighted."""

from __future__ import annotations

import streamlit as st

from dashboard_lib import record_view as rv
from dashboard_lib import ui
from dashboard_lib.links import PROGRAMME
from dashboard_lib.queries import records as q
from dashboard_lib.textview import md_escape

ui.header("项目", "Programme")
st.caption(rv.WHOLE_RECORD)
ui.database_or_stop()

key = rv.key_from_url(PROGRAMME)
record = q.programme(key) if key else None
if record is None:
    if key:
        st.warning(f"找不到项目 No programme with id “{key}”.")
    st.info("从“项目”或“数据”页的表格点击项目编号打开项目页。 "
            "Click a programme id in a table of the Programmes or Explorer page.", icon="🔗")
    st.stop()

st.subheader(f"{record['name']} · {record['region'] or '全国 national'}")
rv.fields(record, ["initiative_id", "name", "family", "programme_kind", "region", "province",
                   "designated", "n_mentions", "n_articles", "first_seen", "last_seen"],
          key="programme_fields")
st.markdown("**同名项目在各地 The same programme in other places**")
ui.table(q.programme_places(key), name=f"places_{record['name']}", key="t_programme_places")

mentions = q.programme_mentions(key)
st.markdown(f"**提及 Mentions**（{len(mentions)}；证据句高亮 evidence highlighted）")
for i, m in enumerate(mentions.itertuples(index=False)):
    day = m.published_date.date().isoformat() if str(m.published_date) != "NaT" else "—"
    st.markdown(f"{i + 1}. 构建 build #{m.build_id} · {day} · {md_escape(m.article_id)}")
    st.text(m.article_title or "")
    rv.evidence_box(m.article_id, m.span_start, m.span_end, m.evidence or "",
                    test_id=f"mention-{i}")
