"""The 审核 Review page's state, form helpers and actions (the page only lays them out).

Reads: the review marts of the tracker database (mart_review_queue, mart_review_orphans,
mart_review_applied; read-only, through dashboard_lib/queries/review.py) and the corrections
store for what was saved since the last build. Writes: only the corrections store, and only with
a reviewer session (dashboard_lib/review_auth.py); every save is a compare-and-set against the
version the reviewer opened, so two reviewers never overwrite each other unknowingly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from dashboard_lib import db, review_auth
from dashboard_lib.queries import review as q
from dashboard_lib.scope import Scope
from etl import settings
from etl.corrections import model
from etl.corrections.model import Correction
from etl.extraction import gazetteer
from etl.storage.correction_store import CorrectionStore, store_path_for

LOGGER = logging.getLogger(__name__)

ITEMS = {"agreement": "协议 Agreements", "initiative": "项目 Programmes"}
MODES = {"todo": "待审 To review", "reviewed": "已审 Reviewed", "changed": "已更改 Changed",
         "all": "全部 All"}
STATUS_LABELS = {"unreviewed": "未审 Not reviewed", "accepted": "已接受 Accepted",
                 "edited": "已修改 Edited", "rejected": "已驳回 Rejected",
                 "added": "已新增 Added", "merged": "已合并 Merged", "split": "已拆分 Split",
                 "none": "已撤销 Withdrawn", "complete": "已审完 Complete"}
RISK_REASONS = {
    "low_confidence": "置信度低 Low confidence",
    "new_party": "签约方仅此一见 Party seen nowhere else",
    "vague_date": "日期不确切 Date imprecise",
    "single_source": "仅一篇报道 One source only",
    "conflict": "报道相互矛盾 Conflicting reports",
    "new_programme": "项目仅此一见 Programme seen once",
    "unclassified": "类别未定 Kind or family 'other'",
    "no_region": "无地区 No region",
}
# The queue's controls are bound to the URL, which carries the option text: short words.
ITEM_OPTIONS = {"全部": None, "协议": "agreement", "项目": "initiative"}
MODE_OPTIONS = {"待审": "todo", "已审": "reviewed", "已改": "changed", "全部": "all"}
RISK_OPTIONS = {"置信度低": "low_confidence", "签约方仅此一见": "new_party",
                "日期不确切": "vague_date", "仅一篇报道": "single_source",
                "报道矛盾": "conflict", "项目仅此一见": "new_programme",
                "类别未定": "unclassified", "无地区": "no_region"}
SIGNING_LABELS = {"new": "新签 New signing", "background": "背景 Background (earlier signing)",
                  "draft": "草案/待签 Draft, not signed yet"}
PRECISIONS = ("day", "month", "year", "approx", "unknown")
QUEUE_SHOWN = ["pending", "risk", "reasons", "status", "item", "parties", "date",
               "date_precision", "type", "model", "signing", "name", "family", "kind", "region",
               "article_id", "article_title", "evidence"]


def db_path() -> Any:
    return db.db_path()


def store() -> CorrectionStore:
    """The corrections store the builds apply (TRACKER_CORRECTIONS, else beside the database)."""
    return CorrectionStore(store_path_for(db_path(), settings.get("corrections")))


def vocabulary(table: str, column: str) -> tuple[str, ...]:
    return model.accepted_values(table, column)


# --------------------------------------------------------------------------- live state


@dataclass(frozen=True)
class LiveState:
    """The store as of this run: what was saved, and what the database does not show yet."""

    reviewed_keys: tuple[str, ...]  # keys with a current correction
    changed_keys: tuple[str, ...]  # ... that change data (edit, reject, add, merge, split)
    completed_articles: tuple[str, ...]
    pending_keys: tuple[str, ...]  # saved after the last build: not in the marts yet
    pending_articles: tuple[str, ...]
    store_seq: int
    applied_seq: int | None  # the store position the database reflects

    @property
    def n_pending(self) -> int:
        return len(self.pending_keys) + len(self.pending_articles)


def applied() -> dict[str, Any] | None:
    """Which store position the database reflects (mart_review_applied)."""
    return q.applied()


def live_state() -> LiveState:
    snap = store().snapshot()
    info = applied()
    applied_seq = int(info["store_seq"]) if info else None
    history_pending: set[str] = set()
    if applied_seq is not None and snap.max_seq > applied_seq:
        history_pending = {e.key for e in store().history(since_seq=applied_seq, limit=100_000)}
    elif applied_seq is None:
        history_pending = {c.key for c in snap.corrections}
    rows = [c for c in snap.corrections if c.target in ("agreement", "initiative")]
    done = [c for c in snap.corrections if c.target == "article"]
    events = [c for c in snap.corrections if c.target == "event"]
    changed = [c.key for c in rows if c.action in ("edit", "reject", "add")]
    changed += [k for c in events for k in c.payload.get("rows", [])]
    return LiveState(
        reviewed_keys=tuple(sorted(c.key for c in rows)),
        changed_keys=tuple(sorted(set(changed))),
        completed_articles=tuple(sorted(c.article_id or "" for c in done)),
        pending_keys=tuple(sorted(k for k in history_pending if not k.startswith("article:"))),
        pending_articles=tuple(sorted(k.split(":", 1)[1] for k in history_pending
                                      if k.startswith("article:"))),
        store_seq=snap.max_seq, applied_seq=applied_seq)


# --------------------------------------------------------------------------- queue

def queue_table(scope: Scope, live: LiveState, *, item: str | None, mode: str,
                reason: str | None) -> db.Table:
    """The queue under the sidebar filters, most likely wrong first."""
    return q.queue_table(scope, pending_keys=live.pending_keys,
                         pending_articles=live.pending_articles,
                         reviewed_keys=live.reviewed_keys,
                         completed_articles=live.completed_articles,
                         changed_keys=live.changed_keys, item=item, mode=mode, reason=reason)


def item_label(row: Mapping[str, Any]) -> str:
    """A row as a reviewer names it: its parties or programme name, and its article."""
    parties = row.get("parties")
    if parties is not None and len(parties):
        what = "、".join(str(p) for p in parties)
    else:
        what = str(row.get("name") or "")
    return f"{what} · {row.get('article_id')} #{row.get('seq')}"


def item_labels(shown: pd.DataFrame) -> dict[str, str]:
    if shown.empty:
        return {}
    return {r["item_key"]: f"{i}. {item_label(r)}"
            for i, r in enumerate(shown.to_dict("records"), 1)}


def queue_row(item_key: str) -> dict[str, Any] | None:
    df = q.queue_row(item_key)
    return None if df.empty else _plain(df.iloc[0].to_dict())


def event_reports(agreement_id: str) -> pd.DataFrame:
    """Every report of the signing event (as of the last build)."""
    return q.event_reports(agreement_id)


def article_choices(scope: Scope) -> dict[str, str]:
    """Articles in view (id -> title), for adding rows to one the queue does not reach."""
    return {r.article_id: r.title or "" for r in q.article_choices(scope).itertuples()}


def article_items(article_id: str) -> pd.DataFrame:
    return q.article_items(article_id)


def orphans_table() -> db.Table:
    return q.orphans_table()


def organisations() -> dict[str, dict[str, Any]]:
    """The organisation table as the marts have it: name -> kind, level, adcode."""
    return {r["name"]: _plain(r) for r in q.organisations().to_dict("records")}


def find_agreements(text: str | None, exclude: str) -> pd.DataFrame:
    """Agreements a merge could keep (the parties contain `text`)."""
    return q.merge_candidates((text or "").strip() or None, exclude)


def event_ref(agreement_id: str) -> dict[str, Any] | None:
    """The event's reference (normalised parties + year) when it identifies it; None for an
    event that is not parties + year (one a split made)."""
    event, dates = q.event(agreement_id)
    if event.empty:
        return None
    names = list(event.iloc[0]["party_names"])
    date = None if dates.empty or pd.isna(dates.iloc[0]["date"]) else str(dates.iloc[0]["date"])
    ref = model.event_ref(names, date)
    return ref if model.ref_event_id(ref) == agreement_id else None


def event_parties(agreement_id: str) -> list[dict[str, Any]]:
    return [_plain(r) for r in q.event_parties(agreement_id).to_dict("records")]


def _plain(row: Mapping[str, Any]) -> dict[str, Any]:
    """Numpy and pandas values as plain Python (lists, scalars, None)."""
    out: dict[str, Any] = {}
    for k, v in row.items():
        if isinstance(v, np.ndarray):
            v = v.tolist()
        elif v is not None and not isinstance(v, (list, tuple, str, dict)):
            if pd.isna(v):
                v = None
            elif isinstance(v, np.generic):
                v = v.item()
        out[k] = v
    return out


# --------------------------------------------------------------------------- the item view

AGREEMENT_FIELDS = (("parties", "签约方 Parties"), ("date", "日期 Date"),
                    ("date_precision", "精度 Precision"), ("type", "类型 Type"),
                    ("model", "合作模式 Model"), ("signing", "新签/背景 Signing"))
INITIATIVE_FIELDS = (("name", "名称 Name"), ("family", "类别 Family"), ("kind", "形式 Kind"),
                     ("region", "地区 Region"))


def _show(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, (list, tuple)):
        return "、".join(str(v.get("name", v)) if isinstance(v, dict) else str(v)
                        for v in value) or "—"
    return str(value)


def fields_frame(row: Mapping[str, Any], saved: Correction | None) -> pd.DataFrame:
    """Field | machine | in the database | saved since (when a change is pending)."""
    item = row["item"]
    fields = AGREEMENT_FIELDS if item == "agreement" else INITIATIVE_FIELDS
    values = saved.values if saved is not None and saved.action in ("edit", "add") else None
    out = []
    for key, label in fields:
        machine = row.get(f"machine_{key}")
        line = {"字段 Field": label,
                "机器抽取 Machine": _show(machine) if row.get("machine_" + fields[0][0])
                is not None else "（审核员新增 added）",
                "数据库 In the database": _show(row.get(key))}
        if saved is not None:
            if values is not None:
                line["已保存 Saved"] = _show(values.get(key))
            else:
                line["已保存 Saved"] = STATUS_LABELS.get(model.ACTION_STATUS.get(saved.action, ""),
                                                       saved.action)
        out.append(line)
    return pd.DataFrame(out)


def live_status(row: Mapping[str, Any], saved: Correction | None,
                completed: Correction | None) -> str:
    if saved is not None and saved.action != "none":
        return model.ACTION_STATUS[saved.action]
    if saved is not None:  # withdrawn since
        return "unreviewed"
    if completed is not None and completed.action == "complete":
        return "accepted"
    return str(row.get("status") or "unreviewed")


# --------------------------------------------------------------------------- form helpers


def resolve_parties(names: Sequence[str], *, known: Mapping[str, Mapping[str, Any]],
                    context: Sequence[Mapping[str, Any]] = ()) -> list[dict[str, Any]]:
    """Parties as the ETL normalises them: the organisation table's entry, or parsed, with the
    current parties' province and city as context for relative names (市政府)."""
    province = city = None
    regions = gazetteer.load_regions()
    for p in context:
        code = p.get("adcode")
        if code and code in regions:
            province = province or regions[code].province_adcode
            if regions[code].level == "prefecture":
                city = city or code
    return [model.resolve_party(n, known=known, province=province, city=city)
            for n in names if str(n).strip()]


def agreement_values(*, party_names: Sequence[str], date: str | None, precision: str,
                     type_: str, model_name: str | None, signing: str,
                     known: Mapping[str, Mapping[str, Any]],
                     context: Sequence[Mapping[str, Any]] = (),
                     date_after: str | None = None,
                     date_before: str | None = None) -> dict[str, Any]:
    """The values of an edited or added agreement; the model follows the parties when not
    chosen (None)."""
    parties = resolve_parties(party_names, known=known, context=context)
    date = (date or "").strip() or None
    values = {"parties": parties, "date": None if precision == "unknown" else date,
              "date_precision": precision, "type": (type_ or "").strip(),
              "model": model_name or model.model_of(parties), "signing": signing,
              "date_after": (date_after or "").strip() or None,
              "date_before": (date_before or "").strip() or None}
    return model.normalise_agreement_values(values)


def initiative_values(*, name: str, family: str, kind: str, region: str | None
                      ) -> dict[str, Any]:
    region = (region or "").strip() or None
    adcode = None
    if region:
        found = gazetteer.region_by_name(region)
        if found:
            region, adcode = found[0].name, found[0].adcode
    return {"name": name.strip(), "family": family, "kind": kind, "region": region,
            "region_adcode": adcode}


def sentence_options(clean_text: str) -> list[tuple[int, int]]:
    return model.sentences(clean_text)


def orig_span(clean_text: str, original_text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Where a clean-text sentence is in the original text: found as is, else a proportional
    guess (the original may be in another script; the highlight is then approximate)."""
    sentence = clean_text[span[0]:span[1]]
    at = original_text.find(sentence)
    if at >= 0:
        return at, at + len(sentence)
    scale = len(original_text) / max(1, len(clean_text))
    start = int(span[0] * scale)
    return start, min(len(original_text), max(start + 1, int(span[1] * scale)))


# --------------------------------------------------------------------------- actions


def save(state: MutableMapping[str, Any], change: Correction, expected_version: int
         ) -> Correction:
    """Save one change as the signed-in reviewer (compare-and-set on `expected_version`)."""
    session = review_auth.require(state, db_path())
    return store().save(change, expected_version=expected_version, reviewer=session.name,
                        source="page")


def undo(state: MutableMapping[str, Any], key: str, expected_version: int) -> Correction:
    session = review_auth.require(state, db_path())
    return store().undo(key, expected_version=expected_version, reviewer=session.name)


def apply_now(state: MutableMapping[str, Any],
              on_wait: Callable[[str], None] | None = None) -> Any:
    """Rebuild the database's facts and marts with the store (a build without new inputs).

    A build like any other: it holds the database's write lock (`<db>.lock`) and swaps its copy
    in atomically, so while a command-line build or an import writes the database it waits for
    it (telling `on_wait`, up to TRACKER_LOCK_WAIT_S) and then applies the store to its result.
    """
    review_auth.require(state, db_path())
    from etl.storage.build import build

    # workers=1: never fork the Streamlit server process
    summary = build([], db_path(), workers=1, on_wait=on_wait)
    db.release()
    return summary


def saved_versions(keys: Iterable[str]) -> dict[str, Correction]:
    return store().get_many(keys)


def audit_frame(limit: int = 500) -> pd.DataFrame:
    rows = []
    for e in store().history(limit=limit):
        rows.append({"seq": e.seq, "at": e.at, "reviewer": e.reviewer, "action": e.action,
                     "key": e.key, "version": e.version, "reason": e.reason, "note": e.note,
                     "old": None if e.old is None else _state_text(e.old),
                     "new": _state_text(e.new), "source": e.source})
    return pd.DataFrame(rows, columns=["seq", "at", "reviewer", "action", "key", "version",
                                       "reason", "note", "old", "new", "source"])


def _state_text(state: Mapping[str, Any]) -> str:
    values = state.get("payload", {}).get("values")
    text = state.get("action", "")
    if values:
        text += " " + "; ".join(f"{k}={_show(v)}" for k, v in values.items()
                                if k in ("parties", "date", "date_precision", "type", "model",
                                         "signing", "name", "family", "kind", "region"))
    return text

