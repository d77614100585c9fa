"""Corrections applied to the rows an article's extraction produced. Pure: rows in, rows out.

`correct_article` is the one function the builds' review step (etl/storage/review.py) and the
gold export share, so both see exactly the same corrected data. Order, for one article:
1. each machine row takes its own correction (accept / edit / reject); rows of an article a
   reviewer marked complete count as accepted;
2. rows reviewers added are placed at their evidence sentence (found again by its text if the
   article changed; orphaned if the sentence is gone);
3. merges: reports of an absorbed event join the kept one and take its parties (a chain of
   merges is followed);
4. splits: the reports a split names become an event of their own.
A correction none of this matches is an orphan: the caller lists it, the store keeps it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from etl.corrections.model import (
    ACTION_STATUS,
    Correction,
    agreement_row_key,
    article_of_key,
    event_id,
    initiative_id,
    initiative_row_key,
    ref_event_id,
    signing_of,
    split_event_id,
)

ADDED_SEQ = 10_000  # seq of added rows: after any machine row of the article
AGREEMENT_FIELDS = ("parties", "date", "date_precision", "date_after", "date_before", "type",
                    "model", "signing", "provinces", "cities", "counties")
INITIATIVE_FIELDS = ("name", "family", "kind", "region", "region_adcode")
# Which status wins when several corrections touch a row.
_RANK = {"unreviewed": 0, "accepted": 1, "merged": 2, "split": 2, "edited": 3, "added": 3,
         "rejected": 4}


@dataclass
class CorrectionIndex:
    """The store's current corrections, arranged for lookup."""

    rows: dict[str, Correction] = field(default_factory=dict)
    adds: dict[str, list[Correction]] = field(default_factory=dict)  # by article
    merges: dict[str, Correction] = field(default_factory=dict)  # by absorbed event id
    splits: dict[str, list[Correction]] = field(default_factory=dict)  # by moved row key
    complete: dict[str, Correction] = field(default_factory=dict)  # by article

    @classmethod
    def of(cls, corrections: Iterable[Correction]) -> CorrectionIndex:
        idx = cls()
        for c in corrections:
            if c.action == "none":
                continue
            if c.target in ("agreement", "initiative"):
                if c.action == "add":
                    idx.adds.setdefault(c.article_id or "", []).append(c)
                else:
                    idx.rows[c.key] = c
            elif c.target == "event" and c.action == "merge":
                idx.merges[ref_event_id(c.payload["event"])] = c
            elif c.target == "event" and c.action == "split":
                for key in c.payload["rows"]:
                    idx.splits.setdefault(key, []).append(c)
            elif c.target == "article":
                idx.complete[c.article_id or ""] = c
        for adds in idx.adds.values():
            adds.sort(key=lambda c: c.key)
        return idx

    def article_ids(self) -> set[str]:
        """Articles the corrections name directly."""
        ids = {c.article_id for c in self.rows.values() if c.article_id}
        ids |= set(self.adds) | set(self.complete)
        ids |= {a for key in self.splits if (a := article_of_key(key))}
        return ids

    def merged_event_ids(self) -> set[str]:
        return set(self.merges)

    def __bool__(self) -> bool:
        return bool(self.rows or self.adds or self.merges or self.splits or self.complete)


@dataclass
class ArticleReview:
    """One article's rows after corrections (rejected rows included, with their status)."""

    agreements: list[dict[str, Any]] = field(default_factory=list)
    initiatives: list[dict[str, Any]] = field(default_factory=list)
    matched: set[str] = field(default_factory=set)  # correction keys that found their row
    moved: dict[str, str] = field(default_factory=dict)  # added row key -> how it was placed


def machine_agreement_values(row: Mapping[str, Any]) -> dict[str, Any]:
    return {"parties": [dict(p) for p in row["parties"]], "date": row["date"],
            "date_precision": row["date_precision"], "date_after": row.get("date_after"),
            "date_before": row.get("date_before"), "type": row.get("type"),
            "model": row["model"],
            "signing": signing_of(bool(row["is_new_signing"]), bool(row["background"])),
            "provinces": list(row.get("provinces") or []), "cities": list(row.get("cities") or []),
            "counties": list(row.get("counties") or [])}


def machine_initiative_values(row: Mapping[str, Any]) -> dict[str, Any]:
    return {k: row.get(k) for k in INITIATIVE_FIELDS}


def _review(status: str, c: Correction | None) -> dict[str, Any]:
    return {"status": status, "reviewed_by": c.updated_by if c else None,
            "reviewed_at": c.updated_at if c else None,
            "reject_reason": c.reason if c and c.action == "reject" else None,
            "correction_key": c.key if c else None}


def _set_review(row: dict[str, Any], status: str, c: Correction | None) -> None:
    if _RANK[status] >= _RANK[row["status"]]:
        row.update(_review(status, c))


def _agreement_with(row: dict[str, Any], values: Mapping[str, Any]) -> dict[str, Any]:
    """The row with a reviewer's values; its event id follows the new parties and year."""
    out = dict(row)
    for k in AGREEMENT_FIELDS:
        if k in values and k != "signing":
            out[k] = values[k]
    if "signing" in values:
        out["is_new_signing"] = values["signing"] == "new"
        out["background"] = values["signing"] == "background"
    out["parties"] = [dict(p) for p in out["parties"]]
    out["agreement_id"] = event_id((p["name"] for p in out["parties"]), out.get("date"))
    return out


def _initiative_with(row: dict[str, Any], values: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(row)
    for k in INITIATIVE_FIELDS:
        if k in values:
            out[k] = values[k]
    out["initiative_id"] = initiative_id(out["name"], out.get("region"))
    return out


def _locate(c: Correction, text: str | None) -> tuple[int, int, str] | None:
    """Where an added row's evidence sentence is in the article's current clean text."""
    if text is None:
        return None
    start, end = c.payload["span"]
    evidence = c.payload["evidence"]
    if text[start:end] == evidence:
        return start, end, "in place"
    at = text.find(evidence)
    if at < 0:
        return None
    return at, at + len(evidence), "moved"


def _orig_span(c: Correction, start: int, end: int, clean_len: int,
               orig_len: int) -> tuple[int, int]:
    orig = c.payload.get("orig_span")
    if orig and tuple(c.payload["span"]) == (start, end):
        return int(orig[0]), int(orig[1])
    scale = orig_len / clean_len if clean_len else 1.0  # sentence moved: a proportional guess
    return int(start * scale), min(orig_len, max(int(start * scale) + 1, int(end * scale)))


def _added_agreement(c: Correction, article_id: str, seq: int, span: tuple[int, int],
                     orig: tuple[int, int]) -> dict[str, Any]:
    base = {"article_id": article_id, "seq": seq, "date_text": None, "title": None,
            "online": False, "confidence": 1.0, "evidence": c.payload["evidence"],
            "span_start": span[0], "span_end": span[1], "orig_start": orig[0],
            "orig_end": orig[1], "parties": [], "date": None, "date_precision": "unknown",
            "model": "其他", "is_new_signing": True, "background": False, "provinces": [],
            "cities": [], "counties": []}
    row = _agreement_with(base, c.values)
    row.update(item_key=c.key, machine=None, **_review("added", c))
    return row


def _added_initiative(c: Correction, article_id: str, seq: int, span: tuple[int, int],
                      orig: tuple[int, int]) -> dict[str, Any]:
    base = {"article_id": article_id, "seq": seq, "place": None, "designated": None,
            "evidence": c.payload["evidence"], "span_start": span[0], "span_end": span[1],
            "orig_start": orig[0], "orig_end": orig[1], "region": None, "region_adcode": None}
    row = _initiative_with(base, c.values)
    row.update(item_key=c.key, machine=None, **_review("added", c))
    return row


def _corrected(row: dict[str, Any], c: Correction | None,
               with_values: Callable[[dict[str, Any], Mapping[str, Any]], dict[str, Any]],
               out: ArticleReview) -> dict[str, Any]:
    """A machine row with its row correction (accept, edit or reject) applied, if it has one."""
    if c is None:
        return row
    out.matched.add(c.key)
    if c.action == "edit":
        row = with_values(row, c.values)
    _set_review(row, ACTION_STATUS[c.action], c)
    return row


def correct_article(article_id: str, agreements: Sequence[Mapping[str, Any]],
                    initiatives: Sequence[Mapping[str, Any]], idx: CorrectionIndex, *,
                    clean_text: str | None, original_len: int | None = None) -> ArticleReview:
    """Apply every correction that concerns this article's rows.

    `agreements` are stg_agreements rows with a `parties` list (stg_agreement_parties rows in
    position order), `initiatives` stg_initiatives rows, both in `seq` order. `clean_text` is
    None when the article is no longer in the database (its corrections are then orphans)."""
    out = ArticleReview()
    done = idx.complete.get(article_id)
    if done is not None and clean_text is not None:
        out.matched.add(done.key)
    default_status = "accepted" if done is not None else "unreviewed"

    nth: Counter[tuple] = Counter()  # rows of one sentence and party set (or name), in order
    for m in agreements:
        row = {k: v for k, v in m.items() if k != "parties"}
        row["parties"] = [dict(p) for p in m["parties"]]
        names = frozenset(p["name"] for p in m["parties"])
        nth["agreement", m["span_start"], m["span_end"], names] += 1
        key = agreement_row_key(article_id, m["span_start"], m["span_end"], names,
                                nth["agreement", m["span_start"], m["span_end"], names])
        row.update(item_key=key, machine=machine_agreement_values(m),
                   **_review(default_status, done))
        out.agreements.append(_corrected(row, idx.rows.get(key), _agreement_with, out))

    for m in initiatives:
        row = dict(m)
        nth["initiative", m["span_start"], m["span_end"], m["name"]] += 1
        key = initiative_row_key(article_id, m["span_start"], m["span_end"], m["name"],
                                 nth["initiative", m["span_start"], m["span_end"], m["name"]])
        row.update(item_key=key, machine=machine_initiative_values(m),
                   **_review(default_status, done))
        out.initiatives.append(_corrected(row, idx.rows.get(key), _initiative_with, out))

    clean_len = len(clean_text or "")
    for i, c in enumerate(idx.adds.get(article_id, [])):
        found = _locate(c, clean_text)
        if found is None:
            continue
        start, end, how = found
        out.matched.add(c.key)
        out.moved[c.key] = how
        orig = _orig_span(c, start, end, clean_len, original_len or clean_len)
        if c.target == "agreement":
            out.agreements.append(_added_agreement(c, article_id, ADDED_SEQ + i, (start, end),
                                                   orig))
        else:
            out.initiatives.append(_added_initiative(c, article_id, ADDED_SEQ + i,
                                                     (start, end), orig))

    for row in out.agreements:
        if row["status"] == "rejected":
            continue
        seen: set[str] = set()
        while row["agreement_id"] in idx.merges and row["agreement_id"] not in seen:
            seen.add(row["agreement_id"])
            c = idx.merges[row["agreement_id"]]
            out.matched.add(c.key)
            into = c.payload["into"]
            row["agreement_id"] = ref_event_id(into)
            if c.payload.get("into_parties"):
                row["parties"] = [dict(p) for p in c.payload["into_parties"]]
            _set_review(row, "merged", c)
        for c in idx.splits.get(row["item_key"], []):
            out.matched.add(c.key)
            row["agreement_id"] = split_event_id(c.payload["event"], c.key)
            _set_review(row, "split", c)
    return out
