"""项目 Programme: one programme's page (a permalink, /programme?id=<initiative_id>): its fields,
the same programme in other places, and every mention with the evidence highlighted."""

from __future__ import annotations

import streamlit as st

from dashboard_lib import record_view as rv
from dashboard_lib import ui
from dashboard_lib.links import PROGRAMME
from dashboard_lib.queries import records as q
from dashboard_lib.textview import md_escape

MENTIONS_SHOWN = 20

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
# Each report's box reads its article's text: the first MENTIONS_SHOWN are shown as boxes (a
# national programme has 1,300 mentions in the 1M-article benchmark), every one in the table.
shown = mentions.head(MENTIONS_SHOWN)
more = (f"；显示前 {MENTIONS_SHOWN} 条，全部见下表 the first {MENTIONS_SHOWN} shown, every one in "
        "the table below" if len(mentions) > MENTIONS_SHOWN else "")
st.markdown(f"**提及 Mentions**（{len(mentions)}；证据句高亮 evidence highlighted{more}）")
for i, m in enumerate(shown.itertuples(index=False)):
    day = m.published_date.date().isoformat() if str(m.published_date) != "NaT" else "—"
    st.markdown(f"{i + 1}. 构建 build #{m.build_id} · {day} · {md_escape(m.article_id)}")
    st.text(m.article_title or "")
    rv.evidence_box(m.article_id, m.span_start, m.span_end, m.evidence or "",
                    test_id=f"mention-{i}")
if more:
    ui.table(mentions, name=f"mentions_{record['name']}", key="t_programme_mentions",
             columns=["article_id", "article_title", "published_date", "build_id", "place",
                      "designated", "evidence"])
