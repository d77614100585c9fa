"""数据 Explorer: agreements, parties, programmes and articles under the sidebar filters; choose a
row to read its article with the evidence highlighted next to the original text; a read-only
SQL console."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from dashboard_lib import console, textview, ui
from dashboard_lib.db import DashboardDataError
from dashboard_lib.queries import explorer as q

scope = ui.page_start("数据", "Explorer")
st.caption("选择一行查看文章原文与证据句。 Choose a row to read its article and evidence.")


def show_article(article_id: str, *, agreement_id: str | None = None,
                 initiative_id: str | None = None, key: str) -> None:
    """The article's clean text with evidence highlighted, and the original text beside it."""
    if agreement_id is not None:
        sources = q.agreement_sources(agreement_id)
        if len(sources) > 1:
            article_id = st.selectbox(
                "来源文章 Source article", list(sources["article_id"]), key=f"{key}_source",
                format_func=lambda a: f"{a} · {sources.set_index('article_id').at[a, 'title']}")
    art = q.article(article_id)
    if art is None:
        ui.empty(f"找不到文章 Article not found: {article_id}")
        return
    spans = q.evidence_spans(article_id, agreement_id=agreement_id, initiative_id=initiative_id)
    # Article-derived strings are shown with st.text (never markdown or HTML).
    day = "" if pd.isna(art["published_date"]) else art["published_date"].date().isoformat()
    title = art["title"] or "（无标题 untitled）"
    st.text(f"{title}\n{day}  {art['source'] or ''}  ·  {article_id}")
    left, right = st.columns(2)
    with left:
        st.markdown("**清洗文本 Clean text**（证据句高亮 evidence highlighted）")
        st.html(textview.highlight_html(
            art["clean_text"], zip(spans["span_start"], spans["span_end"], strict=True),
            test_id="clean-text"))
    with right:
        st.markdown("**原文 Original text**")
        st.html(textview.highlight_html(
            art["original_text"], zip(spans["orig_start"], spans["orig_end"], strict=True),
            test_id="original-text"))


def selected(df: Any, row: int | None, column: str) -> str | None:
    if row is None or row >= len(df):
        return None
    return str(df.iloc[row][column])


AGREEMENT_SHOWN = ["review_mark", "agreement_id", "date_label", "date_precision", "model", "type",
                   "parties", "partner", "province_names", "city_names", "is_new_signing", "online",
                   "n_sources", "title", "evidence", "article_id", "article_title",
                   "article_date", "article_source", "article_url"]

tabs = st.tabs(["协议 Agreements", "参与方 Parties", "项目 Programmes", "文章 Articles",
                "SQL 控制台 Console"])

with tabs[0]:
    agreements, row = ui.table(q.agreements_table(scope), name="agreements",
                               key="t_agreements", selectable=True, columns=AGREEMENT_SHOWN)
    if (aid := selected(agreements, row, "agreement_id")) is not None:
        show_article(selected(agreements, row, "article_id") or "", agreement_id=aid,
                     key="ag")

with tabs[1]:
    parties, row = ui.table(q.parties_table(scope), name="agreement_parties", key="t_parties",
                            selectable=True)
    if (aid := selected(parties, row, "agreement_id")) is not None:
        show_article(selected(parties, row, "article_id") or "", agreement_id=aid, key="pa")

with tabs[2]:
    mentions, row = ui.table(q.initiatives_table(scope), name="programme_mentions",
                             key="t_initiatives", selectable=True)
    if (iid := selected(mentions, row, "initiative_id")) is not None:
        show_article(selected(mentions, row, "article_id") or "", initiative_id=iid, key="in")

with tabs[3]:
    articles, row = ui.table(q.articles_table(scope), name="articles", key="t_articles",
                             selectable=True)
    if (art_id := selected(articles, row, "article_id")) is not None:
        show_article(art_id, key="ar")

with tabs[4]:
    st.caption(console.limits_text())
    example = st.selectbox("示例查询 Example queries", list(console.EXAMPLES), index=None,
                           key="console_example", placeholder="选择示例 Choose an example")
    if example and st.session_state.get("_console_loaded") != example:
        st.session_state["console_sql"] = console.EXAMPLES[example]
        st.session_state["_console_loaded"] = example
    sql = st.text_area("SQL", key="console_sql", height=180,
                       placeholder=console.PLACEHOLDER)
    if st.button("运行 Run", key="console_run", type="primary"):
        try:
            with st.spinner("查询运行中 Running the query…"):
                st.session_state["console_result"] = console.run_console(sql)
        except DashboardDataError as exc:
            st.session_state.pop("console_result", None)
            ui.show_error(exc)
    result = st.session_state.get("console_result")
    if result is not None:  # kept until the next run, so other widgets don't wipe it
        note = f"{len(result.frame)} 行 rows · {result.seconds:.2f} s"
        if result.truncated:
            note += " · 已截断 truncated at the row cap"
        st.caption(note)
        ui.table(result.frame, name="query_result", key="t_console")
