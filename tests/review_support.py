"""Helpers shared by the review tests: queue rows, corrections built from them, fact snapshots."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from etl.corrections import model


def _connect(db: Path) -> duckdb.DuckDBPyConnection:
    """Read-only, with the dashboard's configuration (its connections are closed first), so
    this works in a process that runs the dashboard too."""
    from tests.dashboard_support import _connect as dashboard_connect

    return dashboard_connect(db)


def queue(db: Path, where: str = "TRUE", params: list[Any] | None = None) -> list[dict]:
    """Rows of mart_review_queue as dicts."""
    con = _connect(db)
    try:
        cur = con.execute(f"SELECT * FROM mart_review_queue WHERE {where} "
                          "ORDER BY article_id, item, seq", params or [])
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
    finally:
        con.close()


def one(db: Path, where: str, params: list[Any] | None = None) -> dict:
    rows = queue(db, where, params)
    assert len(rows) == 1, (where, params, rows)
    return rows[0]


def rows(db: Path, sql: str, params: list[Any] | None = None) -> list[tuple]:
    con = _connect(db)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def agreement_values(row: dict, **changes: Any) -> dict[str, Any]:
    """A queue row's current agreement values (parties resolved) with some changed."""
    parties = [model.resolve_party(n) for n in (changes.pop("parties", None) or row["parties"])]
    values = {"parties": parties, "date": row["date"], "date_precision": row["date_precision"],
              "date_after": row["date_after"], "date_before": row["date_before"],
              "type": row["type"], "model": row["model"], "signing": row["signing"]}
    values.update(changes)
    return values


def event_ref_of(row: dict) -> dict[str, Any]:
    return model.event_ref(row["parties"], row["date"])


FACTS_SQL = """
SELECT agreement_id, date, date_precision, type, model, is_new_signing,
       (SELECT list(name ORDER BY name) FROM agreement_parties p
         WHERE p.agreement_id = a.agreement_id) AS parties
FROM agreements a ORDER BY agreement_id
"""


# --------------------------------------------------------------------------- review plans


def _canon_set(names: Any) -> frozenset[str]:
    from tests.scoring import canon

    return frozenset(canon(n) for n in names or [] if n)


def _background(a: dict) -> bool:
    return bool(a.get("background")) or a.get("is_new_signing") is False


def _date_ok(gold: dict, got: dict) -> bool:
    g = gold.get("date")
    if not g or gold.get("date_precision") in (None, "unknown"):
        return True
    p = got.get("date") or ""
    return p[:4] == g[:4] if gold.get("date_precision") == "approx" else p[:len(g)] == g


def _signing(a: dict) -> str:
    if a.get("is_new_signing"):
        return "new"
    return "background" if a.get("background") or a.get("is_new_signing") is False else "draft"


def best_sentence(text: str, words: list[str]) -> tuple[int, int]:
    """The sentence of `text` that holds the most of `words` (then the most shared
    characters): where a reviewer would find the evidence of a missing row."""
    def score(span: tuple[int, int]) -> tuple[int, int]:
        s = text[span[0]:span[1]]
        return (sum(w in s for w in words if w),
                sum(len(set(w) & set(s)) for w in words if w))

    return max(model.sentences(text), key=score)


def plan_review(gold: dict, queue_rows: list[dict], clean_text: str) -> list[dict[str, Any]]:
    """What a careful reviewer does to one article so that it matches its gold annotation
    (as score.py compares them: agreements by party set, with date and new/background;
    programmes by name, with family). Steps: reject / edit / add, then complete."""
    steps: list[dict[str, Any]] = []
    machine = [r for r in queue_rows if r["item"] == "agreement"]
    used: set[str] = set()
    wanted = [a for a in gold.get("agreements", []) if a.get("is_new_signing") or
              a.get("background")]
    for ga in wanted:
        key = _canon_set(ga["parties"])
        row = next((r for r in machine if r["item_key"] not in used
                    and _canon_set(r["parties"]) == key), None)
        if row is None:
            span = best_sentence(clean_text, list(ga.get("party_mentions") or ga["parties"]))
            steps.append({"do": "add", "item": "agreement", "span": span, "gold": ga})
            continue
        used.add(row["item_key"])
        got = {"date": row["date"], "is_new_signing": row["signing"] == "new",
               "background": row["signing"] == "background"}
        if not _date_ok(ga, got) or _background(ga) != _background(got):
            steps.append({"do": "edit", "item": "agreement", "row": row, "gold": ga})
    for r in machine:
        if r["item_key"] not in used:
            steps.append({"do": "reject", "item": "agreement", "row": r,
                          "reason": "wrong_parties"})
    from tests.scoring import canon

    programmes = {canon(r["name"]): r for r in queue_rows if r["item"] == "initiative"}
    gold_names = {canon(i["name"]): i for i in gold.get("initiatives", [])}
    for name, row in programmes.items():
        if name not in gold_names:
            steps.append({"do": "reject", "item": "initiative", "row": row,
                          "reason": "not_programme"})
        elif row["family"] != gold_names[name]["family"]:
            steps.append({"do": "edit", "item": "initiative", "row": row,
                          "gold": gold_names[name]})
    for name, gi in gold_names.items():
        if name not in programmes:
            steps.append({"do": "add", "item": "initiative", "gold": gi,
                          "span": best_sentence(clean_text, [gi["name"], *(
                              gi["name"][i:i + 2] for i in range(len(gi["name"]) - 1))])})
    return steps


def gold_agreement_values(ga: dict) -> dict[str, Any]:
    parties = [model.resolve_party(n) for n in ga["parties"]]
    return {"parties": parties, "date": ga.get("date"),
            "date_precision": ga.get("date_precision") or "unknown",
            "date_after": ga.get("date_after"), "date_before": ga.get("date_before"),
            "type": ga.get("type") or "合作协议",
            "model": ga.get("model") or model.model_of(parties), "signing": _signing(ga)}


def gold_initiative_values(gi: dict) -> dict[str, Any]:
    return {"name": gi["name"], "family": gi["family"], "kind": gi.get("kind") or "other",
            "region": gi.get("region"), "region_adcode": None}
