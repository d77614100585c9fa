"""What the Review page's buttons and forms do: callbacks on the session state.

Each callback builds a correction from the item the reviewer has open and saves it through
dashboard_lib/review.py (which needs a reviewer session). The version saved against is the one
the reviewer *opened* (`rv_open`), not the one of the latest rerun: if another reviewer saved the
item meanwhile, the save fails with their change shown, and the reviewer decides again.
Messages for the page go to `state["rv_flash"]`. No Streamlit import: tests call these with a
plain dict as the state.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, MutableMapping
from typing import Any

from dashboard_lib import review, review_auth
from etl.corrections import model
from etl.corrections.model import ConflictError, Correction, CorrectionError

LOGGER = logging.getLogger(__name__)
State = MutableMapping[str, Any]
AUTO_MODEL = "（按签约方自动 auto）"


def flash(state: State, kind: str, message: str) -> None:
    state["rv_flash"] = (kind, message)


def open_item(state: State, key: str, version: int) -> dict[str, Any]:
    """Remember the version of the item the reviewer is looking at (once per item)."""
    current = state.get("rv_open")
    if not current or current.get("key") != key:
        state["rv_gen"] = int(state.get("rv_gen", 0)) + 1
        current = {"key": key, "version": version, "gen": state["rv_gen"]}
        state["rv_open"] = current
    return current


def form_key(state: State, field: str, form: str = "e") -> str:
    """Widget key of a form field (form e: edit, aa: add agreement, ai: add programme); a new
    generation resets the forms to fresh values."""
    return f"rv_{form}_{field}_{state.get('rv_open', {}).get('gen', 0)}"


def _refresh(state: State) -> None:
    state["rv_gen"] = int(state.get("rv_gen", 0)) + 1
    if state.get("rv_open"):
        state["rv_open"]["gen"] = state["rv_gen"]


def _run(state: State, what: str, save: Callable[[], Correction], *, advance: bool = False,
         item_key: str | None = None) -> Correction | None:
    try:
        saved = save()
    except ConflictError as exc:
        flash(state, "warning", str(exc))
        if item_key and state.get("rv_open", {}).get("key") == item_key:
            state["rv_open"]["version"] = exc.current.version if exc.current else 0
            _refresh(state)  # the form now starts from their values
        return None
    except (CorrectionError, review_auth.NotSignedIn) as exc:
        flash(state, "error", str(exc))
        return None
    if item_key and state.get("rv_open", {}).get("key") == item_key:
        state["rv_open"]["version"] = saved.version
    flash(state, "success", f"{what} · 已保存 saved (v{saved.version})。下次构建或“应用”后各页"
                            "显示。 Every page shows it after the next build or Apply.")
    if advance and state.get("rv_next_key"):
        state["rv_cursor"] = state["rv_next_key"]
    return saved


def _expected(state: State, key: str) -> int:
    opened = state.get("rv_open") or {}
    return int(opened.get("version", 0)) if opened.get("key") == key else 0


def _row_change(row: Mapping[str, Any], action: str, **kwargs: Any) -> Correction:
    if model.is_added_key(row["item_key"]) and action in ("reject", "accept"):
        # a row a reviewer added: rejecting it withdraws it, accepting keeps it as it is
        saved = review.store().get(row["item_key"])
        if action == "reject":
            return model.Correction(key=row["item_key"], target=row["item"], action="none",
                                    article_id=row["article_id"],
                                    payload=dict(saved.payload) if saved else {},
                                    note=kwargs.get("note"))
        raise CorrectionError("审核员新增的行无需接受 A row a reviewer added needs no accept")
    return model.row_change(row["item"], row, action, **kwargs)


def accept(state: State, row: Mapping[str, Any]) -> None:
    _run(state, "接受 Accepted",
         lambda: review.save(state, _row_change(row, "accept"),
                             _expected(state, row["item_key"])),
         advance=True, item_key=row["item_key"])


def reject(state: State, row: Mapping[str, Any]) -> None:
    reason = state.get(f"rv_reason_{row['item']}") or (
        "not_signing" if row["item"] == "agreement" else "not_programme")
    note = (state.get("rv_note") or "").strip() or None
    _run(state, f"驳回 Rejected ({model.REJECT_REASONS.get(reason, reason)})",
         lambda: review.save(state, _row_change(row, "reject", reason=reason, note=note),
                             _expected(state, row["item_key"])),
         advance=True, item_key=row["item_key"])


def undo(state: State, row: Mapping[str, Any]) -> None:
    _run(state, "撤销 Undone",
         lambda: review.undo(state, row["item_key"], _expected(state, row["item_key"])),
         item_key=row["item_key"])


def _agreement_form(state: State, form: str, context: list[str]) -> dict[str, Any]:
    def get(field: str) -> Any:
        return state.get(form_key(state, field, form))

    known = review.organisations()
    chosen = get("model")
    return review.agreement_values(
        party_names=list(get("parties") or []), date=get("date"),
        precision=get("precision") or "unknown", type_=get("type") or "",
        model_name=None if chosen in (None, AUTO_MODEL) else chosen,
        signing=get("signing") or "new", date_after=get("after"), date_before=get("before"),
        known=known, context=[known[n] for n in context if n in known])


def _initiative_form(state: State, form: str) -> dict[str, Any]:
    def get(field: str) -> Any:
        return state.get(form_key(state, field, form))

    return review.initiative_values(name=get("name") or "", family=get("family") or "其他",
                                    kind=get("kind") or "other", region=get("region"))


def edit(state: State, row: Mapping[str, Any]) -> None:
    note = (state.get(form_key(state, "note")) or "").strip() or None

    def save() -> Correction:
        if row["item"] == "agreement":
            values = _agreement_form(state, "e", list(row.get("parties") or []))
        else:
            values = _initiative_form(state, "e")
        action = "add" if model.is_added_key(row["item_key"]) else "edit"
        return review.save(state, model.row_change(row["item"], row, action, values=values,
                                                   note=note),
                           _expected(state, row["item_key"]))

    _run(state, "修改 Edited", save, item_key=row["item_key"])


def merge(state: State, row: Mapping[str, Any], version: int) -> None:
    """Merge the item's event into the chosen one; `version`: of the merge key as drawn."""
    target = state.get("rv_merge_target")

    def save() -> Correction:
        if not target:
            raise CorrectionError("请选择要保留的协议 Choose the agreement to keep")
        absorbed = review.event_ref(row["agreement_id"])
        into = review.event_ref(target)
        if absorbed is None or into is None:
            raise CorrectionError("此协议由拆分产生，不能合并；请先撤销拆分。 This agreement was "
                                  "made by a split: undo the split before merging it.")
        change = model.merge_change(absorbed, into, review.event_parties(target),
                                    note=(state.get("rv_merge_note") or "").strip() or None)
        return review.save(state, change, version)

    _run(state, "合并 Merged", save)


def split(state: State, row: Mapping[str, Any]) -> None:
    keys = list(state.get("rv_split_rows") or [])

    def save() -> Correction:
        ref = review.event_ref(row["agreement_id"])
        if ref is None:
            raise CorrectionError("此协议已由拆分产生 This agreement was itself made by a split")
        return review.save(state, model.split_change(ref, keys,
                                                     note=(state.get("rv_split_note") or "")
                                                     .strip() or None), 0)

    _run(state, "拆分 Split", save)


def withdraw_event(state: State, key: str, version: int) -> None:
    """Undo a merge or a split (the event is as the machine read it again)."""
    _run(state, "撤销 Undone", lambda: review.undo(state, key, version))


def complete(state: State, article_id: str, version: int) -> None:
    _run(state, "本文审核完成 Article reviewed",
         lambda: review.save(state, model.complete_change(article_id), version))


def add(state: State, item: str, article: Mapping[str, Any]) -> None:
    """A row the machine missed, at the sentence chosen in `rv_add_sentence`."""
    span = state.get("rv_add_sentence")
    form = "aa" if item == "agreement" else "ai"

    def save() -> Correction:
        if not span:
            raise CorrectionError("请先选择证据句 Choose the evidence sentence first")
        start, end = int(span[0]), int(span[1])
        clean, original = article["clean_text"], article["original_text"]
        if item == "agreement":
            values = _agreement_form(state, "aa", [])
        else:
            values = _initiative_form(state, "ai")
        change = model.added_change(item, article["article_id"], (start, end),
                                    clean[start:end], values,
                                    orig_span=review.orig_span(clean, original, (start, end)),
                                    note=(state.get(form_key(state, "note", form)) or "")
                                    .strip() or None)
        return review.save(state, change, 0)

    label = "新增协议 Agreement added" if item == "agreement" else "新增项目 Programme added"
    if _run(state, label, save) is not None:
        _refresh(state)


def apply_now(state: State, on_wait: Callable[[str], None] | None = None) -> None:
    """Apply the store now; while another build writes the database, wait for it (`on_wait`
    says so) and apply to its result; a failure leaves the database as it was."""
    try:
        summary = review.apply_now(state, on_wait)
    except review_auth.NotSignedIn as exc:
        flash(state, "error", str(exc))
        return
    except Exception as exc:  # shown on the page; the previous database is kept
        LOGGER.exception("apply failed")
        flash(state, "error", f"应用失败，数据库未变 Apply failed, the database is unchanged: "
                              f"{type(exc).__name__}: {exc}")
        return
    flash(state, "success", f"已应用 Applied: build #{summary.build_id}, {summary.line()}")
