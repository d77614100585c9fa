"""A reviewed article as a gold record (the schema of tests/fixtures/gold_seeds.jsonl), so the
analysts' work becomes evaluation data for ../shared/tools/score.py. Pure: rows in, a record out.

An article is exported once a reviewer marked it complete (every row checked, nothing missing),
with its corrected rows (apply.correct_article, the function the builds use too): rejected rows
are left out, added rows are in. `python -m etl export --format gold` reads the database and the
store (etl/storage/review.py) and writes one record per line.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from etl.corrections.apply import ArticleReview
from etl.corrections.model import Correction

AGREEMENT_KEYS = ("date", "date_precision", "date_after", "date_before", "type", "title",
                  "model")
HEAD_KEYS = ("title", "published", "source", "author", "url", "script")


def _agreement(row: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "parties": [p["name"] for p in row["parties"]],
        "party_mentions": [p.get("mention") or p["name"] for p in row["parties"]],
        **{k: row.get(k) for k in AGREEMENT_KEYS},
        "provinces": list(row.get("provinces") or []),
        "cities": list(row.get("cities") or []),
        "counties": list(row.get("counties") or []),
        "is_new_signing": bool(row["is_new_signing"]),
        "background": bool(row["background"]),
        "evidence": row.get("evidence"),
        "review_status": row["status"],
    }


def _initiative(row: Mapping[str, Any]) -> dict[str, Any]:
    return {"name": row["name"], "family": row["family"], "kind": row["kind"],
            "region": row.get("region"), "evidence": row.get("evidence"),
            "review_status": row["status"]}


def gold_record(article_id: str, head: Mapping[str, Any], review: ArticleReview,
                completed: Correction | None) -> dict[str, Any]:
    """One article: its header (the `articles` columns of HEAD_KEYS), its corrected rows in
    the order of the text, and who marked it reviewed."""
    agreements = sorted((r for r in review.agreements if r["status"] != "rejected"),
                        key=lambda r: (r["span_start"], r["seq"]))
    initiatives = sorted((r for r in review.initiatives if r["status"] != "rejected"),
                         key=lambda r: (r["span_start"], r["seq"]))
    published = head.get("published")
    return {
        "id": article_id, **{k: head.get(k) for k in HEAD_KEYS},
        "published": published[:10] if published else None,
        "reviewed": completed is not None,
        "reviewed_by": completed.updated_by if completed else None,
        "reviewed_at": completed.updated_at if completed else None,
        "agreements": [_agreement(r) for r in agreements],
        "initiatives": [_initiative(r) for r in initiatives],
    }
