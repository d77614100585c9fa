"""审核 Review: the extracted rows most likely wrong first; each with its evidence highlighted in
the article (clean and original text) and its fields side by side; reviewers accept, edit,
reject, merge, split and add. Corrections go to their own store; every build applies them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pandas as pd
import streamlit as st

from dashboard_lib import review, review_auth, textview, ui
from dashboard_lib import review_actions as act
from dashboard_lib.queries import explorer
from etl.corrections import model
from etl.corrections.reviewers import ReviewerConfigError

scope = ui.page_start("审核", "Review")
st.caption("按出错可能性排序的待审队列；更正保存在独立的更正库中，每次构建都会应用。 "
           "Rows to check, most likely wrong first. Corrections live in their own store and "
           "every build applies them.")
state = st.session_state
db = review.db_path()
md = textview.md_escape

# ----------------------------------------------------------------------------- who may write
try:
    configured = review_auth.reviewers(db)
except ReviewerConfigError as exc:
    configured = {}
    ui.show_error(exc)
session = review_auth.current(state, db)


def _sign_in() -> None:
    try:
        review_auth.sign_in(state, db, state.get("rv_signin_name") or "",
                            state.get("rv_signin_password") or "",
                            client=st.context.ip_address or "?")
        state.pop("rv_signin_error", None)
    except review_auth.SignInError as exc:
        state["rv_signin_error"] = str(exc)
    state["rv_signin_password"] = ""


if not configured:
    st.info("还没有配置审核员，此页只读。 No reviewer is configured, so this page is read-only. "
            "To configure one:", icon="🔒")
    # Plain fixed-width text, not st.code: the code highlighter alone took the browser 0.3 s.
    st.text(review_auth.setup_hint(db))
elif session is None:
    if state.pop("_review_expired", False):
        st.warning("登录已过期，请重新登录。 Your sign-in expired: sign in again.")
    with st.form("rv_signin"):
        st.markdown("**审核员登录 Reviewer sign-in** （浏览无需登录 viewing needs none）")
        cols = st.columns(2)
        cols[0].text_input("用户名 Name", key="rv_signin_name")
        cols[1].text_input("密码 Password", type="password", key="rv_signin_password")
        st.form_submit_button("登录 Sign in", on_click=_sign_in, type="primary")
    if error := state.get("rv_signin_error"):
        st.error(md(error))
else:
    bar = st.container(horizontal=True, vertical_alignment="center")
    until = datetime.fromtimestamp(session.expires_at).strftime("%H:%M")
    bar.markdown(f"已登录 Signed in: **{md(session.name)}** · 有效至 until {until}")
    bar.button("退出 Sign out", key="rv_signout", on_click=review_auth.sign_out, args=(state,))

# ----------------------------------------------------------------------------- store status
live = review.live_state()
status = st.container(horizontal=True, vertical_alignment="center")
status.caption(
    f"更正库 Store: `{review.store().path}` · 已审 reviewed {len(live.reviewed_keys)} 行 rows, "
    f"{len(live.completed_articles)} 篇 articles · ⏳ 尚未应用 not yet applied: {live.n_pending}")
if session is not None and status.button("应用到数据库 Apply now", key="rv_apply",
                                         icon=":material/sync:"):
    waiting = st.empty()
    with st.spinner("应用中 Applying…"):
        act.apply_now(state, on_wait=lambda message: waiting.info(
            f"等待另一个构建完成 Waiting for another build: {md(message)}"))
    st.rerun()

if flash := state.pop("rv_flash", None):
    kind, message = flash
    {"success": st.success, "warning": st.warning}.get(kind, st.error)(md(message))

QUEUE_CONFIG: dict[str, Any] = {
    "pending": st.column_config.TextColumn("⏳", width="small",
                                           help="上次构建后已保存 saved since the last build"),
    "risk": st.column_config.NumberColumn("风险 Risk", format="%.1f", width="small"),
    "reasons": st.column_config.ListColumn("原因 Why"),
    "status": st.column_config.TextColumn("状态 Status", width="small"),
    "item": st.column_config.TextColumn("类型 Item", width="small"),
    "parties": st.column_config.ListColumn("签约方 Parties"),
    "date": st.column_config.TextColumn("日期 Date"),
    "signing": st.column_config.TextColumn("新签 Signing", width="small"),
    "item_key": None,
}

tab_queue, tab_orphans, tab_log = st.tabs(["待审队列 Queue", "孤立更正 Orphaned",
                                           "审核日志 Audit log"])

with tab_orphans:
    st.caption("文章改变后找不到原行的更正：保留在更正库中，不会丢弃。 Corrections whose row is "
               "gone since the article changed: kept in the store, never dropped.")
    orphans = review.orphans_table()
    if orphans.page(1)[1]:
        ui.table(orphans, name="review_orphans", key="t_review_orphans")
    else:
        st.caption("没有孤立的更正。 No orphaned corrections.")

with tab_log:
    st.caption("谁、何时、改了什么、旧值与新值、原因；只追加，撤销也是新记录。 Who, when, what, "
               "old and new values, why; append-only (an undo is a new entry).")
    log = review.audit_frame()
    if log.empty:
        st.caption("还没有审核记录。 Nothing reviewed yet.")
    else:
        ui.table(log, name="review_log", key="t_review_log")

with tab_queue:
    controls = st.columns([2, 3, 3])
    item_choice = controls[0].segmented_control(
        "类型 Item", list(review.ITEM_OPTIONS), default="全部", key="rv_item",
        help="协议或项目 Agreements or programmes", bind="query-params")
    mode = controls[1].segmented_control(
        "状态 Status", list(review.MODE_OPTIONS), default="待审", key="rv_mode",
        help="待审 to review · 已审 reviewed · 已改 changed · 全部 all", bind="query-params")
    reason = controls[2].selectbox(
        "风险原因 Risk reason", list(review.RISK_OPTIONS), index=None, key="rv_risk",
        placeholder="全部 All", bind="query-params",
        help="; ".join(f"{k}: {review.RISK_REASONS[v]}" for k, v in review.RISK_OPTIONS.items()))
    table = review.queue_table(scope, live, item=review.ITEM_OPTIONS.get(item_choice or "全部"),
                               mode=review.MODE_OPTIONS.get(mode or "待审", "todo"),
                               reason=review.RISK_OPTIONS.get(reason or ""))
    shown, selected = ui.table(table, name="review_queue", key="t_review", selectable=True,
                               columns=review.QUEUE_SHOWN, column_config=QUEUE_CONFIG,
                               height=240)
    keys = [] if shown.empty else list(shown["item_key"])
    if selected is not None and state.get("rv_last_selected") != (selected, keys[selected]):
        state["rv_last_selected"] = (selected, keys[selected])
        state["rv_cursor"] = keys[selected]
    # ?item=KEY opens that row (a link to share); the URL follows the row that is open.
    linked = st.query_params.get("item")
    if linked and linked != state.get("rv_url_item"):
        state["rv_cursor"] = linked
    cursor = state.get("rv_cursor")
    if cursor not in keys and (cursor != linked or not cursor):
        cursor = keys[0] if keys else None
    row = review.queue_row(cursor) if cursor else None
    if row is None and keys:
        cursor = keys[0]
        row = review.queue_row(cursor)
    state["rv_cursor"] = state["rv_url_item"] = cursor
    if cursor and linked != cursor:
        st.query_params["item"] = cursor
    # The open row can also be chosen by name (keyboard-friendly, no grid needed).
    labels = review.item_labels(shown)
    if row is not None and cursor not in labels:
        labels = {cursor: review.item_label(row), **labels}
    if labels:
        state["rv_pick"] = cursor

        def _pick() -> None:
            state["rv_cursor"] = state["rv_pick"]

        st.selectbox("当前条目 Open row", list(labels), key="rv_pick", format_func=labels.get,
                     on_change=_pick)

if row is not None:
    pos = keys.index(cursor) if cursor in keys else None
    after = keys[pos + 1:] if pos is not None else keys
    state["rv_next_key"] = next((k for k in after if k != cursor), None)
    prev_key = keys[pos - 1] if pos else None
    article_key = model.article_key(row["article_id"])
    saved_now = review.saved_versions([cursor, article_key])
    saved, completed = saved_now.get(cursor), saved_now.get(article_key)
    act.open_item(state, cursor, saved.version if saved else 0)
    live_status = review.live_status(row, saved, completed)
    is_agreement = row["item"] == "agreement"


    def _goto(key: str | None) -> None:
        if key:
            state["rv_cursor"] = key


    with tab_queue, st.container(border=True, key="rv_item_box"):
        st.subheader(f"{review.ITEMS[row['item']]} · "
                     f"{'—' if pos is None else pos + 1} / {len(keys)}")
        st.text(f"{row['article_title'] or '（无标题 untitled）'} · {row['article_id']}")
        pending = cursor in live.pending_keys or row["article_id"] in live.pending_articles
        st.caption(
            f"状态 Status: {review.STATUS_LABELS.get(live_status, live_status)}"
            + (" · ⏳ 已保存，待应用 saved, applied at the next build" if pending else "")
            + f" · 风险 Risk {row['risk']:.1f}: "
            + ("、".join(review.RISK_REASONS.get(r, r) for r in row["reasons"] or []) or "—"))
        if saved is not None:
            st.caption(md(f"最近修改 Last change: {saved.updated_by} · {saved.updated_at} · "
                          f"v{saved.version} · {saved.action}"
                          + (f" · {model.REJECT_REASONS.get(saved.reason or '', '')}"
                             if saved.reason else "") + (f" · {saved.note}" if saved.note else "")))
        st.dataframe(review.fields_frame(row, saved), hide_index=True, key="rv_fields")
        article = explorer.article(row["article_id"])
        if article is not None:
            left, right = st.columns(2)
            left.markdown("**清洗文本 Clean text**（证据句高亮 evidence highlighted）")
            left.html(textview.highlight_html(article["clean_text"],
                                              [(row["span_start"], row["span_end"])],
                                              test_id="review-clean"))
            right.markdown("**原文 Original text**")
            right.html(textview.highlight_html(article["original_text"],
                                               [(row["orig_start"], row["orig_end"])],
                                               test_id="review-original"))
        if is_agreement:
            reports = review.event_reports(row["agreement_id"])
            if len(reports) > 1:
                st.markdown(f"**同一签约的 {len(reports)} 篇报道 Reports of this signing**")
                st.dataframe(reports.drop(columns=["item_key"]), hide_index=True, key="rv_reports")

        nav = st.container(horizontal=True)
        nav.button("上一条 Previous", key="rv_prev", shortcut="P", on_click=_goto, args=(prev_key,),
                   disabled=prev_key is None)
        nav.button("下一条 Next", key="rv_next", shortcut="N", on_click=_goto,
                   args=(state["rv_next_key"],), disabled=state["rv_next_key"] is None)
        if session is None:
            nav.caption("登录审核员后可接受、修改、驳回。 Sign in as a reviewer to accept, edit or "
                        "reject.")
        else:
            nav.button("接受 Accept", key="rv_accept", shortcut="A", type="primary",
                       icon=":material/check:", on_click=act.accept, args=(state, row))
            nav.button("驳回 Reject", key="rv_reject", shortcut="X", icon=":material/close:",
                       on_click=act.reject, args=(state, row))
            nav.selectbox("驳回原因 Reject reason", list(model.REJECT_REASONS),
                          format_func=model.REJECT_REASONS.get, key=f"rv_reason_{row['item']}",
                          index=0 if is_agreement else list(model.REJECT_REASONS).index(
                              "not_programme"))
            if saved is not None and saved.action != "none":
                nav.button("撤销 Undo", key="rv_undo", icon=":material/undo:", on_click=act.undo,
                           args=(state, row))
            st.text_input("备注 Note", key="rv_note", placeholder="驳回或修改的理由 why (optional)")
            st.caption("快捷键 Shortcuts: A 接受 accept · X 驳回 reject · N 下一条 next · "
                       "P 上一条 previous")

            current: dict[str, Any] = dict(row)
            if saved is not None and saved.action in ("edit", "add"):
                values = dict(saved.values)
                if is_agreement:
                    values["parties"] = [p["name"] for p in values.get("parties", [])]
                current.update(values)

            def fk(field: str) -> str:
                return act.form_key(state, field)

            with st.expander("编辑 Edit", icon=":material/edit:"), st.form("rv_edit_form"):
                if is_agreement:
                    parties = list(current.get("parties") or [])
                    st.multiselect("签约方 Parties（可输入新名称 type a new name）",
                                   list(dict.fromkeys([*parties, *review.organisations()])),
                                   default=parties, accept_new_options=True, key=fk("parties"))
                    c1, c2 = st.columns(2)
                    c1.text_input("日期 Date (YYYY / YYYY-MM / YYYY-MM-DD)",
                                  value=current.get("date") or "", key=fk("date"))
                    c2.selectbox("精度 Precision", review.PRECISIONS, key=fk("precision"),
                                 index=review.PRECISIONS.index(current.get("date_precision")
                                                               or "unknown"))
                    c1.text_input("不早于 Not before (可选 optional)",
                                  value=current.get("date_after") or "", key=fk("after"))
                    c2.text_input("不晚于 Not after (可选 optional)",
                                  value=current.get("date_before") or "", key=fk("before"))
                    c1.text_input("协议类型 Type", value=current.get("type") or "", key=fk("type"))
                    models = list(review.vocabulary("agreements", "model"))
                    c2.selectbox("合作模式 Model", [act.AUTO_MODEL, *models], key=fk("model"),
                                 index=models.index(current["model"]) + 1
                                 if current.get("model") in models else 0)
                    st.radio("新签/背景 Signing", model.SIGNINGS,
                             format_func=review.SIGNING_LABELS.get,
                             index=model.SIGNINGS.index(current.get("signing") or "new"),
                             horizontal=True, key=fk("signing"))
                else:
                    st.text_input("名称 Name", value=current.get("name") or "", key=fk("name"))
                    c1, c2, c3 = st.columns(3)
                    families = list(review.vocabulary("initiatives", "family"))
                    kinds = list(review.vocabulary("initiatives", "kind"))
                    c1.selectbox("类别 Family", families, key=fk("family"),
                                 index=families.index(current["family"])
                                 if current.get("family") in families else len(families) - 1)
                    c2.selectbox("形式 Kind", kinds, key=fk("kind"),
                                 index=kinds.index(current["kind"])
                                 if current.get("kind") in kinds else len(kinds) - 1)
                    c3.text_input("地区 Region", value=current.get("region") or "",
                                  key=fk("region"))
                st.text_input("备注 Note", key=fk("note"))
                st.form_submit_button("保存修改 Save edit", type="primary", on_click=act.edit,
                                      args=(state, row))

            if is_agreement:
                with st.expander("合并 / 拆分 Merge / split", icon=":material/call_merge:"):
                    ref = review.event_ref(row["agreement_id"])
                    if row.get("correction_key", "") and str(row["correction_key"]).startswith(
                            "event:") and row["status"] in ("merged", "split"):
                        done = review.saved_versions([row["correction_key"]]).get(
                            row["correction_key"])
                        if done is not None and done.action != "none":
                            verb = "合并" if done.action == "merge" else "拆分"
                            st.button(f"撤销{verb} Undo the {done.action}", key="rv_event_undo",
                                      on_click=act.withdraw_event,
                                      args=(state, done.key, done.version))
                    st.text_input("查找要保留的协议（签约方包含）Find the agreement to keep "
                                  "(parties contain)", key="rv_merge_q")
                    found = review.find_agreements(state.get("rv_merge_q"), row["agreement_id"])
                    labels = {r.agreement_id: f"{r.date_label} · {r.parties} ({r.n_sources})"
                              for r in found.itertuples()}
                    st.selectbox("与之合并（保留它）Merge into (kept)", list(labels),
                                 format_func=labels.get, index=None, key="rv_merge_target",
                                 placeholder="选择协议 Choose an agreement")
                    merge_version = 0
                    if ref is not None:
                        existing = review.saved_versions([model.merge_key(ref)]).get(
                            model.merge_key(ref))
                        merge_version = existing.version if existing else 0
                    st.button("合并 Merge: 本协议并入所选 this one joins the chosen one",
                              key="rv_merge", on_click=act.merge, args=(state, row, merge_version),
                              disabled=ref is None)
                    reports = review.event_reports(row["agreement_id"])
                    report_labels = {r.item_key: f"{r.article_id} · {r.date or '日期未知'} · "
                                     f"{(r.evidence or '')[:40]}" for r in reports.itertuples()}
                    st.multiselect("拆出为另一签约的报道 Reports that are another signing",
                                   list(report_labels), default=[cursor],
                                   format_func=report_labels.get, key="rv_split_rows")
                    st.button("拆分 Split them off", key="rv_split", on_click=act.split,
                              args=(state, row), disabled=ref is None)


# ----------------------------------------------------------------------------- the article
# The article of the open row, or any article in view (one the machine found nothing in).
choices = review.article_choices(scope)
default_article = row["article_id"] if row is not None else next(iter(choices), None)
if state.get("rv_article_for") != cursor:
    state["rv_article_for"] = cursor
    state["rv_article_pick"] = default_article
article_ids = list(dict.fromkeys(a for a in (default_article, state.get("rv_article_pick"),
                                             *choices) if a))
with tab_queue, st.container(border=True, key="rv_article_box"):
    picked = st.selectbox("文章 Article（新增遗漏、审完整篇 add what is missing, mark it "
                          "reviewed）", article_ids, key="rv_article_pick",
                          format_func=lambda a: f"{a} · {choices.get(a) or ''}")
    if picked is None:
        st.stop()
    if state.get("rv_add_for") != picked:  # the sentences are those of the picked article
        state["rv_add_for"] = picked
        state.pop("rv_add_sentence", None)
    article = explorer.article(picked)
    items = review.article_items(picked)
    completed = review.saved_versions([model.article_key(picked)]).get(
        model.article_key(picked))
    is_done = completed is not None and completed.action == "complete"
    st.markdown(f"**本文 This article** · {int((items['item'] == 'agreement').sum())} 协议 "
                f"agreements · {int((items['item'] == 'initiative').sum())} 项目 programmes"
                + (f" · ✓ 已审完 reviewed by {md(completed.updated_by)}" if is_done else ""))
    if session is not None and article is not None:
        st.button("本文审核完成 Article reviewed: 其余各行无误，无遗漏 the other rows are right, "
                  "nothing is missing", key="rv_complete", on_click=act.complete,
                  args=(state, picked, completed.version if completed else 0),
                  disabled=is_done, icon=":material/done_all:")
        with st.expander("新增遗漏的协议或项目 Add a missing agreement or programme",
                         icon=":material/add:"):
            text = article["clean_text"]
            spans = review.sentence_options(text)
            st.selectbox("证据句 Evidence sentence", spans, index=None, key="rv_add_sentence",
                         format_func=lambda s: f"{spans.index(s) + 1}. {text[s[0]:s[1]]}",
                         placeholder="选择证据句 Choose the sentence that says so")
            chosen = state.get("rv_add_sentence")
            if chosen:
                st.html(textview.highlight_html(text, [tuple(chosen)], test_id="review-add"))
            add_ag, add_in = st.tabs(["新增协议 Agreement", "新增项目 Programme"])
            with add_ag, st.form("rv_add_agreement"):
                st.multiselect("签约方 Parties（可输入新名称 type a new name）",
                               list(review.organisations()), accept_new_options=True,
                               key=act.form_key(state, "parties", "aa"))
                c1, c2 = st.columns(2)
                c1.text_input("日期 Date (YYYY / YYYY-MM / YYYY-MM-DD)",
                              key=act.form_key(state, "date", "aa"))
                c2.selectbox("精度 Precision", review.PRECISIONS, index=0,
                             key=act.form_key(state, "precision", "aa"))
                c1.text_input("协议类型 Type", value="合作协议",
                              key=act.form_key(state, "type", "aa"))
                c2.selectbox("合作模式 Model",
                             [act.AUTO_MODEL, *review.vocabulary("agreements", "model")],
                             key=act.form_key(state, "model", "aa"))
                st.radio("新签/背景 Signing", model.SIGNINGS, format_func=review.SIGNING_LABELS.get,
                         horizontal=True, key=act.form_key(state, "signing", "aa"))
                st.text_input("备注 Note", key=act.form_key(state, "note", "aa"))
                st.form_submit_button("新增协议 Add the agreement", type="primary",
                                      on_click=act.add, args=(state, "agreement", article))
            with add_in, st.form("rv_add_initiative"):
                st.text_input("名称 Name", key=act.form_key(state, "name", "ai"))
                c1, c2, c3 = st.columns(3)
                c1.selectbox("类别 Family", review.vocabulary("initiatives", "family"),
                             key=act.form_key(state, "family", "ai"))
                c2.selectbox("形式 Kind", review.vocabulary("initiatives", "kind"),
                             key=act.form_key(state, "kind", "ai"))
                c3.text_input("地区 Region", key=act.form_key(state, "region", "ai"))
                st.text_input("备注 Note", key=act.form_key(state, "note", "ai"))
                st.form_submit_button("新增项目 Add the programme", type="primary",
                                      on_click=act.add, args=(state, "initiative", article))
    if not items.empty:
        st.dataframe(pd.DataFrame({
            "类型 Item": items["item"],
            "内容 Row": [", ".join(p) if isinstance(p, list | tuple) or hasattr(p, "tolist")
                         else (n or "") for p, n in zip(items["parties"], items["name"],
                                                        strict=True)],
            "状态 Status": items["status"]}), hide_index=True, key="rv_article_items")
