"""数据 Explorer: agreements, parties, programmes and articles under the sidebar filters; choose a
row to read its article with the evidence highlighted next to the original text; a read-only
SQL console."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from dashboard_lib import console, record_view, textview, ui
from dashboard_lib.db import DashboardDataError
from dashboard_lib.links import DEFAULT_LINKS
from dashboard_lib.queries import explorer as q
from dashboard_lib.queries import records

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

# The tab and each table's chosen row are in the URL (?tab=文章 Articles&article=d004,
# &agreement=…, &party=<agreement_id>:<position>, &programme=<initiative_id>), the SQL
# query too (?sql=…): a shared link opens the same view.
# Only the open table tab is drawn (each table is a page of up to 5,000 rows, 1-4 MB sent to the
# browser on 1M articles): choosing a tab reruns the page and draws that one. A chosen row that
# is in the URL (?agreement=, ?programme=, ?article=) is chosen again when its tab reopens.
tabs = st.tabs(["协议 Agreements", "参与方 Parties", "项目 Programmes", "文章 Articles",
                "SQL 控制台 Console"], key="tab", bind="query-params", on_change="rerun")

with tabs[0]:
    if tabs[0].open:
        agreements, row = ui.table(q.agreements_table(scope), name="agreements",
                                   key="t_agreements", selectable=True, columns=AGREEMENT_SHOWN,
                                   url_row=("agreement", "agreement_id"))
        # The chosen agreement: the row, or the URL's (?agreement=…, also when not on this page).
        aid = selected(agreements, row, "agreement_id") or record_view.key_from_url("agreement")
        if aid is not None:
            record_view.page_link("agreement", aid, f"协议页 Agreement page: {aid}")
            first_source = q.agreement_sources(aid)["article_id"]
            article_id = selected(agreements, row, "article_id") or (
                str(first_source.iloc[0]) if len(first_source) else "")
            show_article(article_id, agreement_id=aid, key="ag")

with tabs[1]:
    if tabs[1].open:
        # The chosen party is in the URL (?party=<agreement_id>:<position>), like the other
        # tabs' rows: it is chosen again when the person comes back to this tab.
        parties, row = ui.table(q.parties_table(scope), name="agreement_parties", key="t_parties",
                                selectable=True, links={**DEFAULT_LINKS, "name": "org"},
                                url_row=("party", ("agreement_id", "position")))
        if row is None and (wanted := record_view.key_from_url("party")):
            row = next((i for i, k in enumerate(ui.row_ids(parties, ("agreement_id",
                                                                     "position")))
                        if k == wanted), None)
        if (aid := selected(parties, row, "agreement_id")) is not None:
            record_view.page_link("org", selected(parties, row, "name") or "",
                                  f"机构页 Organisation page: {selected(parties, row, 'name')}")
            show_article(selected(parties, row, "article_id") or "", agreement_id=aid, key="pa")

with tabs[2]:
    if tabs[2].open:
        mentions, row = ui.table(q.initiatives_table(scope), name="programme_mentions",
                                 key="t_initiatives", selectable=True,
                                 url_row=("programme", "initiative_id"))
        # The chosen programme: the row, or the URL's (?programme=…, also beyond the rows shown).
        iid = selected(mentions, row, "initiative_id") or record_view.key_from_url("programme")
        if iid is not None and (programme := records.programme(iid)) is not None:
            record_view.page_link("programme", iid, f"项目页 Programme page: {programme['name']}")
            first_mention = records.programme_mentions(iid)["article_id"]
            article_id = selected(mentions, row, "article_id") or (
                str(first_mention.iloc[0]) if len(first_mention) else "")
            show_article(article_id, initiative_id=iid, key="in")
        elif iid is not None:
            st.warning(f"找不到项目 No programme with id “{iid}”.")

with tabs[3]:
    if tabs[3].open:
        articles, row = ui.table(q.articles_table(scope), name="articles", key="t_articles",
                                 selectable=True, url_row=("article", "article_id"))
        if (art_id := selected(articles, row, "article_id")
                or record_view.key_from_url("article")) is not None:
            show_article(art_id, key="ar")

with tabs[4]:  # always drawn: the SQL text (in the URL too) must not vanish with its tab
    st.caption(console.limits_text())
    example = st.selectbox("示例查询 Example queries", list(console.EXAMPLES), index=None,
                           key="console_example", placeholder="选择示例 Choose an example")
    if example and st.session_state.get("_console_loaded") != example:
        st.session_state["sql"] = console.EXAMPLES[example]
        st.session_state["_console_loaded"] = example
    sql = st.text_area("SQL", key="sql", height=180, placeholder=console.PLACEHOLDER,
                       bind="query-params")
    # A shared link with ?sql= shows its result, as Datasette does (read-only, bounded).
    first_view = sql and "console_result" not in st.session_state and \
        not st.session_state.get("_console_ran")
    if st.button("运行 Run", key="console_run", type="primary") or first_view:
        st.session_state["_console_ran"] = True
        try:
            with st.spinner("查询运行中 Running the query…"):
                st.session_state["console_result"] = console.run_console(sql)
        except DashboardDataError as exc:
            st.session_state.pop("console_result", None)
            ui.show_console_error(exc)
    result = st.session_state.get("console_result")
    if result is not None:  # kept until the next run, so other widgets don't wipe it
        note = f"{len(result.frame)} 行 rows · {result.seconds:.2f} s"
        if result.truncated:
            note += " · 已截断 truncated at the row cap"
        st.caption(note)
        ui.table(result.frame, name="query_result", key="t_console", links={})
