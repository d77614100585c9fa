"""What a correction is: its vocabulary, its key, its payload, and the checks a save runs.

Pure: no database, no network (the one file it reads, once, is the column rules of
etl/storage/contracts.toml: what a coded column accepts). A correction targets one of:
- `agreement` / `initiative`: one row an article reports, keyed by the article id, the evidence
  span and what the machine read there (the party set, or the programme name), so the key is the
  same after any rebuild of the same article; actions accept, edit, reject, add (a row the
  machine missed, with its evidence sentence) and none (undone);
- `event`: a signing event across articles, keyed by its normalised parties and year (the ETL's
  agreement key); actions merge (two events are the same signing) and split (some reports of an
  event are another signing);
- `article`: the reviewer checked the whole article (nothing missing); action complete.
"""

from __future__ import annotations

import hashlib
import tomllib
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from etl.errors import TrackerError
from etl.extraction import orgs
from etl.extraction.agreements import cooperation_model, region_facts
from etl.records import Party
from etl.vocabulary.signing import SENTENCE_RE

# The database's column rules: what a correction may set a coded column to.
CONTRACTS = Path(__file__).resolve().parent.parent / "storage" / "contracts.toml"

TARGETS = ("agreement", "initiative", "event", "article")
ACTIONS: dict[str, tuple[str, ...]] = {
    "agreement": ("accept", "edit", "reject", "add", "none"),
    "initiative": ("accept", "edit", "reject", "add", "none"),
    "event": ("merge", "split", "none"),
    "article": ("complete", "none"),
}
# Why a row is rejected: the short list the page offers (code -> label, Chinese first).
REJECT_REASONS: dict[str, str] = {
    "not_signing": "不是签约 Not a signing",
    "intent_only": "仅有意向 Intent only",
    "wrong_parties": "签约方错误 Wrong parties",
    "duplicate": "重复 Duplicate",
    "not_programme": "不是项目 Not a programme",
    "not_cooperation": "非科技合作 Not S&T cooperation",
    "other": "其他（见备注） Other (see note)",
}
# new: the signing the article reports; background: an earlier one it recalls; draft: a text
# agreed or announced but not signed yet.
SIGNINGS = ("new", "background", "draft")
# A row's review status, as the marts and downloads show it.
STATUSES = ("unreviewed", "accepted", "edited", "rejected", "added", "merged", "split")
# The review status a saved correction gives its row ("none": withdrawn; "complete": an article
# marked reviewed accepts its rows).
ACTION_STATUS = {"accept": "accepted", "edit": "edited", "reject": "rejected", "add": "added",
                 "merge": "merged", "split": "split", "none": "unreviewed",
                 "complete": "accepted"}
CHANGED = frozenset({"edited", "rejected", "added", "merged", "split"})
DATE_LENGTH = {"day": 10, "month": 7, "year": 4}


@cache
def _contracts() -> dict[str, Any]:
    return tomllib.loads(CONTRACTS.read_text(encoding="utf-8"))


def accepted_values(table: str, column: str) -> tuple[str, ...]:
    """The values the database contracts accept for a column (e.g. agreements.model)."""
    return tuple(_contracts()[table][column]["accepted"])


def is_date_text(value: str) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD (ASCII digits), the ETL's date strings."""
    parts = value.split("-")
    return (len(parts) <= 3 and len(parts[0]) == 4
            and all(len(p) == 2 for p in parts[1:])
            and all(p.isascii() and p.isdigit() for p in parts))


def calendar_date(value: str) -> date | None:
    """The first day of a YYYY, YYYY-MM or YYYY-MM-DD period; None if there is no such day."""
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        return date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


class CorrectionError(TrackerError):
    """A correction that cannot be saved as given (the message says why)."""

    exit_code = 2


class ConflictError(CorrectionError):
    """Someone saved this key since it was read: `current` holds what they saved."""

    def __init__(self, message: str, current: Correction | None) -> None:
        super().__init__(message)
        self.current = current


@dataclass(frozen=True)
class Correction:
    """The current state of one key (a store row), or a change about to be saved (version 0)."""

    key: str
    target: str
    action: str
    article_id: str | None = None
    payload: Mapping[str, Any] = field(default_factory=dict)
    reason: str | None = None
    note: str | None = None
    version: int = 0
    updated_by: str = ""
    updated_at: str = ""

    def state(self) -> dict[str, Any]:
        """What the audit log records as the old or new value of a key."""
        return {"action": self.action, "article_id": self.article_id,
                "payload": dict(self.payload), "reason": self.reason, "note": self.note,
                "target": self.target}

    @property
    def values(self) -> Mapping[str, Any]:
        return self.payload.get("values") or {}


# --------------------------------------------------------------------------- keys


def _names(names: Iterable[str]) -> list[str]:
    return sorted({n for n in names if n})


def _nth(n: int) -> str:
    return f"~{n}" if n > 1 else ""


def agreement_row_key(article_id: str, span_start: int, span_end: int,
                      party_names: Iterable[str], nth: int = 1) -> str:
    """An agreement row of an article: article, evidence span, and the machine's party set
    (several agreements can share one sentence: 与三门峡、南阳、周口等地签署); `nth` counts the
    rows of the same sentence and parties in the article's order (签于2012年，此后双方又在2015年
    和2018年续签: three rows), the first without a suffix.
    mart_review_queue (etl/storage/sql/marts.sql) builds the same string in SQL."""
    return (f"agreement:{article_id}@{span_start}-{span_end}#{'|'.join(_names(party_names))}"
            f"{_nth(nth)}")


def initiative_row_key(article_id: str, span_start: int, span_end: int, name: str,
                       nth: int = 1) -> str:
    return f"initiative:{article_id}@{span_start}-{span_end}#{name}{_nth(nth)}"


def added_row_key(target: str, article_id: str, span_start: int, span_end: int) -> str:
    """A row a reviewer adds: its evidence span plus a random suffix (two rows may share it)."""
    return f"{target}:{article_id}@{span_start}-{span_end}+{uuid.uuid4().hex[:10]}"


def event_year(date: str | None) -> str:
    return date[:4] if date else "unknown"


def event_ref(party_names: Iterable[str], date: str | None) -> dict[str, Any]:
    """A signing event by its normalised parties and year: what merge and split refer to."""
    return {"parties": _names(party_names), "year": event_year(date)}


def event_ref_text(ref: Mapping[str, Any]) -> str:
    return f"{ref['year']}#{'|'.join(ref['parties'])}"


def event_id(party_names: Iterable[str], date: str | None) -> str:
    """The ETL's agreement_id for these parties and date (etl.storage.rows.agreement_key)."""
    parts = [*_names(party_names), event_year(date)]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def initiative_id(name: str, region: str | None) -> str:
    """The ETL's initiative_id (etl.storage.rows.initiative_key)."""
    return hashlib.sha1(f"{name}\x1f{region or ''}".encode()).hexdigest()[:16]


def ref_event_id(ref: Mapping[str, Any]) -> str:
    year = ref.get("year")
    return event_id(ref["parties"], None if year in (None, "unknown") else str(year))


def split_event_id(ref: Mapping[str, Any], key: str) -> str:
    """The id of the event a split makes (stable: derived from the split's key)."""
    return hashlib.sha1(f"{ref_event_id(ref)}\x1fsplit\x1f{key}".encode()).hexdigest()[:16]


def merge_key(absorbed: Mapping[str, Any]) -> str:
    return f"event:merge:{event_ref_text(absorbed)}"


def split_key(event: Mapping[str, Any]) -> str:
    return f"event:split:{event_ref_text(event)}+{uuid.uuid4().hex[:10]}"


def article_key(article_id: str) -> str:
    return f"article:{article_id}"


def _row_key_parts(key: str) -> tuple[str, str] | None:
    """(article id, `#` or `+`) of a row key: `target:article@start-end#…` (a machine row) or
    `target:article@start-end+…` (an added row); None for any other key."""
    target, colon, rest = key.partition(":")
    if not colon or target not in ("agreement", "initiative"):
        return None
    at = rest.find("@", 1)
    while at > 0:  # the first `@` followed by a span (an article id may hold an `@`)
        start, dash, tail = rest[at + 1:].partition("-")
        digits = len(tail) - len(tail.lstrip("0123456789"))
        mark = tail[digits:digits + 1]
        if dash and start.isascii() and start.isdigit() and digits and mark in ("#", "+"):
            return rest[:at], mark
        at = rest.find("@", at + 1)
    return None


def is_added_key(key: str) -> bool:
    """A key made by added_row_key (a machine row's key has `#` after the span)."""
    parts = _row_key_parts(key)
    return parts is not None and parts[1] == "+"


def article_of_key(key: str) -> str | None:
    parts = _row_key_parts(key)
    return parts[0] if parts else None


def row_key_of(target: str, payload: Mapping[str, Any]) -> str:
    """The key a machine row's correction must have, from its payload."""
    start, end = payload["span"]
    nth = int(payload.get("nth", 1))
    if target == "agreement":
        return agreement_row_key(payload["article_id"], start, end, payload["who"], nth)
    return initiative_row_key(payload["article_id"], start, end, payload["name"], nth)


def _nth_of(key: str, first: str) -> int:
    """Which of the rows sharing a key's sentence and parties (or name) it is."""
    if key == first:
        return 1
    n = key.removeprefix(first + "~")
    if n == key or not (n.isascii() and n.isdigit()):
        raise CorrectionError(f"key {key!r} does not match its row")
    return int(n)


# --------------------------------------------------------------------------- parties & places


def party_dict(p: Any) -> dict[str, Any]:
    return {"name": p.name, "mention": p.mention, "kind": p.kind, "level": p.level,
            "adcode": p.adcode}


def resolve_party(name: str, *, known: Mapping[str, Mapping[str, Any]] | None = None,
                  province: str | None = None, city: str | None = None) -> dict[str, Any]:
    """A party typed or chosen by a reviewer, normalised as the ETL would: the organisation
    table's entry when it has the name, else the ETL's organisation parser, else kept as typed
    (kind and level `other`)."""
    name = name.strip()
    if not name:
        raise CorrectionError("签约方名称为空 A party name is empty")
    if known and name in known:
        k = known[name]
        return {"name": name, "mention": k.get("mention") or name, "kind": k["kind"],
                "level": k["level"], "adcode": k.get("adcode")}
    parsed = orgs.parse_org(name, orgs.ArticleContext(province=province, city=city))
    if parsed is not None:
        return {**party_dict(parsed), "mention": name}
    return {"name": name, "mention": name, "kind": "other", "level": "other", "adcode": None}


def places_of(parties: Sequence[Mapping[str, Any]]) -> dict[str, list[str]]:
    """Provinces, prefecture-level cities and counties of the parties' seats (as the ETL does)."""
    provinces, cities, counties = region_facts(_parties(parties))
    return {"provinces": list(provinces), "cities": list(cities), "counties": list(counties)}


def model_of(parties: Sequence[Mapping[str, Any]]) -> str:
    """The cooperation model the ETL would give these parties (省会合作, 会市合作 …)."""
    return cooperation_model(_parties(parties))


def _parties(parties: Sequence[Mapping[str, Any]]) -> tuple[Party, ...]:
    return tuple(Party(name=p["name"], mention=p.get("mention") or p["name"], kind=p["kind"],
                       level=p["level"], adcode=p.get("adcode")) for p in parties)


def signing_of(is_new_signing: bool, background: bool) -> str:
    if is_new_signing:
        return "new"
    return "background" if background else "draft"


# --------------------------------------------------------------------------- validation


def _check_in(value: Any, allowed: Iterable[str], what: str) -> None:
    allowed = tuple(allowed)
    if value not in allowed:
        raise CorrectionError(f"{what} 不可用 not accepted: {value!r} (choose one of "
                              f"{', '.join(allowed)})")


def check_agreement_values(values: Mapping[str, Any]) -> None:
    parties = values.get("parties") or []
    if len(parties) < 2:
        raise CorrectionError("协议至少要有两个签约方 An agreement needs at least two parties")
    if len({p["name"] for p in parties}) != len(parties):
        raise CorrectionError("签约方重复 A party is listed twice")
    for p in parties:
        if not str(p.get("name") or "").strip():
            raise CorrectionError("签约方名称为空 A party name is empty")
        _check_in(p.get("kind"), accepted_values("agreement_parties", "kind"), "party kind")
        _check_in(p.get("level"), accepted_values("agreement_parties", "level"),
                  "party level")
    precision = values.get("date_precision")
    _check_in(precision, accepted_values("agreements", "date_precision"), "date precision")
    date = values.get("date")
    if precision == "unknown":
        if date:
            raise CorrectionError("精度为未知时不填日期 No date with precision unknown")
    else:
        if not date or not is_date_text(date):
            raise CorrectionError(f"日期格式 Date must be YYYY, YYYY-MM or YYYY-MM-DD: {date!r}")
        if precision in DATE_LENGTH and len(date) != DATE_LENGTH[precision]:
            raise CorrectionError(f"日期 {date} 与精度 {precision} 不符 The date does not have "
                                  f"the precision {precision}")
        if calendar_date(date) is None:
            raise CorrectionError(f"没有这一天 Not a calendar date: {date}")
    for bound in ("date_after", "date_before"):
        if values.get(bound) and not is_date_text(values[bound]):
            raise CorrectionError(f"{bound} must be YYYY, YYYY-MM or YYYY-MM-DD")
    _check_in(values.get("model"), accepted_values("agreements", "model"), "model")
    _check_in(values.get("signing"), SIGNINGS, "signing")
    if not str(values.get("type") or "").strip():
        raise CorrectionError("协议类型为空 The agreement type is empty")


def check_initiative_values(values: Mapping[str, Any]) -> None:
    if not str(values.get("name") or "").strip():
        raise CorrectionError("项目名称为空 The programme name is empty")
    _check_in(values.get("family"), accepted_values("initiatives", "family"), "family")
    _check_in(values.get("kind"), accepted_values("initiatives", "kind"), "kind")


def _check_span(payload: Mapping[str, Any]) -> None:
    span = payload.get("span")
    if (not isinstance(span, (list, tuple)) or len(span) != 2
            or not all(isinstance(x, int) for x in span) or not 0 <= span[0] < span[1]):
        raise CorrectionError(f"证据位置无效 Invalid evidence span: {span!r}")
    if not str(payload.get("evidence") or "").strip():
        raise CorrectionError("缺少证据句 The evidence sentence is missing")


def validate(c: Correction) -> Correction:
    """Raise CorrectionError unless the change is well-formed; return it normalised."""
    if c.target not in TARGETS:
        raise CorrectionError(f"unknown target {c.target!r}")
    _check_in(c.action, ACTIONS[c.target], f"action for {c.target}")
    p = c.payload
    if c.action == "none":
        return c
    if c.target in ("agreement", "initiative"):
        if not p.get("article_id") or p.get("article_id") != c.article_id:
            raise CorrectionError("a row correction names its article")
        _check_span(p)
        if c.action == "add":
            if not c.key.startswith(f"{c.target}:{c.article_id}@") or not is_added_key(c.key):
                raise CorrectionError(f"an added row's key is made by added_row_key: {c.key}")
        elif c.key != row_key_of(c.target, p):
            raise CorrectionError(f"key {c.key!r} does not match its row")
        if c.action in ("edit", "add"):
            check = (check_agreement_values if c.target == "agreement"
                     else check_initiative_values)
            check(c.values)
        if c.action == "reject":
            _check_in(c.reason, REJECT_REASONS, "reject reason")
            if c.reason == "other" and not (c.note or "").strip():
                raise CorrectionError("原因为“其他”时请写备注 Say why in the note")
    elif c.target == "event":
        event = p.get("event")
        if not event or len(event.get("parties") or []) < 1:
            raise CorrectionError("an event correction names its event (parties and year)")
        if c.action == "merge":
            into = p.get("into")
            if not into or not into.get("parties"):
                raise CorrectionError("合并需要目标协议 A merge names the agreement to keep")
            if ref_event_id(into) == ref_event_id(event):
                raise CorrectionError("不能与自身合并 An agreement cannot be merged into itself")
            if c.key != merge_key(event):
                raise CorrectionError(f"key {c.key!r} does not match its event")
        else:
            if not p.get("rows"):
                raise CorrectionError("拆分需要选择报道 A split moves at least one report")
            if not c.key.startswith(f"event:split:{event_ref_text(event)}+"):
                raise CorrectionError(f"key {c.key!r} does not match its event")
    elif c.target == "article":
        if not c.article_id or c.key != article_key(c.article_id):
            raise CorrectionError("an article correction is keyed by article_key(article_id)")
    return c


def normalise_agreement_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """Fill what follows from the edited fields: places from the parties, no date when the
    precision is unknown."""
    out = dict(values)
    out.setdefault("date_after", None)
    out.setdefault("date_before", None)
    if out.get("date_precision") == "unknown":
        out["date"] = None
    if "provinces" not in out or "cities" not in out:
        out.update(places_of(out.get("parties") or []))
    out.setdefault("counties", [])
    return out


def with_stamp(c: Correction, *, version: int, by: str, at: str) -> Correction:
    return replace(c, version=version, updated_by=by, updated_at=at)


# --------------------------------------------------------------------------- building changes


def machine_values(item: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """The machine's values of a review-queue row (mart_review_queue columns), for the audit."""
    if item == "agreement":
        return {"parties": list(row.get("machine_parties") or []),
                "date": row.get("machine_date"),
                "date_precision": row.get("machine_date_precision"),
                "type": row.get("machine_type"), "model": row.get("machine_model"),
                "signing": row.get("machine_signing")}
    return {"name": row.get("machine_name"), "family": row.get("machine_family"),
            "kind": row.get("machine_kind"), "region": row.get("machine_region")}


def row_change(item: str, row: Mapping[str, Any], action: str, *,
               values: Mapping[str, Any] | None = None, reason: str | None = None,
               note: str | None = None) -> Correction:
    """A change (accept, edit, reject, or none) of a machine row, from its review-queue record;
    of a row a reviewer added, `add` (edited values) or `none` (withdrawn)."""
    article_id = str(row["article_id"])
    span = [int(row["span_start"]), int(row["span_end"])]
    key = str(row["item_key"])
    payload: dict[str, Any] = {"article_id": article_id, "span": span,
                               "evidence": str(row["evidence"])}
    if is_added_key(key):  # a row a reviewer added
        if action not in ("add", "none"):
            raise CorrectionError("a row a reviewer added is edited (add) or withdrawn (none)")
        if row.get("orig_start") is not None:
            payload["orig_span"] = [int(row["orig_start"]), int(row["orig_end"])]
    elif item == "agreement":
        payload["who"] = _names(row["machine_parties"])
        payload["machine"] = machine_values(item, row)
        nth = _nth_of(key, agreement_row_key(article_id, *span, payload["who"]))
    else:
        payload["name"] = str(row["machine_name"])
        payload["machine"] = machine_values(item, row)
        nth = _nth_of(key, initiative_row_key(article_id, *span, payload["name"]))
    if not is_added_key(key) and nth > 1:
        payload["nth"] = nth
    if values is not None:
        payload["values"] = (normalise_agreement_values(values) if item == "agreement"
                             else dict(values))
    return Correction(key=key, target=item, action=action, article_id=article_id,
                      payload=payload, reason=reason, note=note or None)


def added_change(item: str, article_id: str, span: tuple[int, int], evidence: str,
                 values: Mapping[str, Any], *, orig_span: tuple[int, int] | None = None,
                 note: str | None = None) -> Correction:
    """A row the machine missed, at its evidence sentence."""
    payload: dict[str, Any] = {
        "article_id": article_id, "span": [int(span[0]), int(span[1])], "evidence": evidence,
        "values": normalise_agreement_values(values) if item == "agreement" else dict(values)}
    if orig_span is not None:
        payload["orig_span"] = [int(orig_span[0]), int(orig_span[1])]
    return Correction(key=added_row_key(item, article_id, span[0], span[1]), target=item,
                      action="add", article_id=article_id, payload=payload, note=note or None)


def merge_change(absorbed: Mapping[str, Any], into: Mapping[str, Any],
                 into_parties: Sequence[Mapping[str, Any]], *,
                 note: str | None = None) -> Correction:
    """The event `absorbed` is the same signing as `into`: its reports join it."""
    return Correction(key=merge_key(absorbed), target="event", action="merge",
                      payload={"event": dict(absorbed), "into": dict(into),
                               "into_parties": [dict(p) for p in into_parties]},
                      note=note or None)


def split_change(event: Mapping[str, Any], row_keys: Sequence[str], *,
                 note: str | None = None) -> Correction:
    """These reports of `event` are another signing: they become an event of their own."""
    return Correction(key=split_key(event), target="event", action="split",
                      payload={"event": dict(event), "rows": sorted(set(row_keys))},
                      note=note or None)


def complete_change(article_id: str, *, note: str | None = None) -> Correction:
    """The reviewer checked every row of the article and found nothing missing."""
    return Correction(key=article_key(article_id), target="article", action="complete",
                      article_id=article_id, payload={"article_id": article_id},
                      note=note or None)


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of a clean text (what a reviewer picks evidence from), without
    surrounding whitespace: the sentences the extraction itself cuts (its evidence unit)."""
    out: list[tuple[int, int]] = []
    for m in SENTENCE_RE.finditer(text):
        _append_trimmed(out, text, m.start(), m.end())
    return out


def _append_trimmed(out: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))
