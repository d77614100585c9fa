"""审核 Review: the review queue under the filters, one row of it, the reports of a signing, the
articles in view, orphaned corrections, what the database reflects of the corrections store,
and the agreements and organisations the edit forms offer (the `mart_review_*` marts and the
review marks of the other marts, etl/storage/sql/marts.sql)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from dashboard_lib import db
from dashboard_lib.scope import R, Scope, run_scoped, table_scoped

# Which state of the corrections store the database reflects (one row).
SQL_REVIEW_APPLIED = """
SELECT applied_at, store_seq, corrections, applied, orphaned FROM mart_review_applied
"""


def applied() -> dict[str, Any] | None:
    df = db.run(SQL_REVIEW_APPLIED)
    return None if df.empty else df.iloc[0].to_dict()


# {r}: the article scope of the sidebar filters (a row is in view when its article is). The
# store's live state (what was saved since the last build) travels as list parameters: pending
# rows and articles, reviewed rows, completed articles, changed rows.
SQL_REVIEW_QUEUE = f"""
WITH {R}
SELECT CASE WHEN list_contains(?, q.item_key) OR list_contains(?, q.article_id) THEN '⏳'
            ELSE '' END AS pending,
       q.risk, q.reasons, q.status, q.item, q.parties, q.date, q.date_precision, q.type,
       q.model, q.signing, q.name, q.family, q.kind, q.region, q.article_id, q.article_title,
       q.evidence, q.item_key, q.seq, q.agreement_id, q.initiative_id, q.reviewed, q.changed,
       q.reviewed_by, q.reviewed_at, q.reject_reason, q.machine_parties, q.machine_date,
       q.machine_date_precision, q.machine_type, q.machine_model, q.machine_signing,
       q.machine_name, q.machine_family, q.machine_kind, q.machine_region, q.n_sources,
       q.published_date
FROM mart_review_queue q
WHERE q.article_id IN (SELECT article_id FROM r)
  AND (?::VARCHAR IS NULL OR q.item = ?)
  AND CASE ?::VARCHAR
        WHEN 'todo' THEN q.status = 'unreviewed' AND NOT list_contains(?, q.item_key)
                         AND NOT list_contains(?, q.article_id)
        WHEN 'reviewed' THEN q.status <> 'unreviewed' OR list_contains(?, q.item_key)
                             OR list_contains(?, q.article_id)
        WHEN 'changed' THEN q.changed OR list_contains(?, q.item_key)
        ELSE TRUE END
  AND (?::VARCHAR IS NULL OR list_contains(q.reasons, ?))
ORDER BY q.risk DESC, q.article_id, q.item, q.seq, q.item_key
"""


def queue_table(scope: Scope, *, pending_keys: Sequence[str], pending_articles: Sequence[str],
                reviewed_keys: Sequence[str], completed_articles: Sequence[str],
                changed_keys: Sequence[str], item: str | None, mode: str,
                reason: str | None) -> db.Table:
    """The queue under the sidebar filters, most likely wrong first."""
    reviewed, done = list(reviewed_keys), list(completed_articles)
    return table_scoped(SQL_REVIEW_QUEUE, scope, list(pending_keys), list(pending_articles),
                        item, item, mode, reviewed, done, reviewed, done, list(changed_keys),
                        reason, reason)


SQL_REVIEW_ITEM = "SELECT * FROM mart_review_queue WHERE item_key = ?"


def queue_row(item_key: str) -> pd.DataFrame:
    return db.run(SQL_REVIEW_ITEM, [item_key])


SQL_EVENT_REPORTS = """
SELECT item_key, article_id, article_title, published_date, date, date_precision, signing,
       status, evidence
FROM mart_review_queue WHERE item = 'agreement' AND agreement_id = ?
ORDER BY published_date NULLS LAST, article_id, seq
"""


def event_reports(agreement_id: str) -> pd.DataFrame:
    """Every report of the signing event (as of the last build)."""
    return db.run(SQL_EVENT_REPORTS, [agreement_id])


SQL_REVIEW_ARTICLE_CHOICES = f"""
WITH {R}
SELECT article_id, title FROM r ORDER BY published_date DESC NULLS LAST, article_id LIMIT 2000
"""


def article_choices(scope: Scope) -> pd.DataFrame:
    """Articles in view (id, title), for adding rows to one the queue does not reach."""
    return run_scoped(SQL_REVIEW_ARTICLE_CHOICES, scope)


SQL_REVIEW_ARTICLE_ITEMS = """
SELECT item_key, item, seq, status, parties, name, span_start, span_end
FROM mart_review_queue WHERE article_id = ? ORDER BY item, seq
"""


def article_items(article_id: str) -> pd.DataFrame:
    return db.run(SQL_REVIEW_ARTICLE_ITEMS, [article_id])


SQL_REVIEW_ORPHANS = """
SELECT key, target, action, article_id, why, reason, note, evidence, version, updated_by,
       updated_at
FROM mart_review_orphans ORDER BY article_id, key
"""


def orphans_table() -> db.Table:
    return db.Table(SQL_REVIEW_ORPHANS)


# The organisation table as the marts have it (the parties an edit form offers).
SQL_REVIEW_ORGANISATIONS = """
SELECT name, mode(kind) AS kind, mode(level) AS level, mode(adcode) AS adcode, count(*) AS n
FROM mart_agreement_parties GROUP BY name ORDER BY n DESC, name LIMIT 5000
"""


def organisations() -> pd.DataFrame:
    return db.run(SQL_REVIEW_ORGANISATIONS)


SQL_MERGE_CANDIDATES = """
SELECT agreement_id, date_label, parties, party_names, year, n_sources
FROM mart_agreements
WHERE agreement_id <> ? AND (?::VARCHAR IS NULL OR contains(parties, ?))
ORDER BY date_lo DESC NULLS LAST, agreement_id LIMIT 50
"""


def merge_candidates(text: str | None, exclude: str) -> pd.DataFrame:
    """Agreements a merge could keep (the parties contain `text`)."""
    return db.run(SQL_MERGE_CANDIDATES, [exclude, text, text])


SQL_REVIEW_EVENT = """
SELECT agreement_id, party_names, year, date_precision, date_label, parties
FROM mart_agreements WHERE agreement_id = ?
"""
# The date of the event's best-dated report that is not rejected (its year names the event).
SQL_REVIEW_EVENT_DATE = """
SELECT date FROM mart_review_queue
WHERE item = 'agreement' AND agreement_id = ? AND status <> 'rejected'
ORDER BY CASE date_precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2
                             WHEN 'approx' THEN 3 ELSE 4 END, article_id, seq
LIMIT 1
"""
SQL_REVIEW_EVENT_PARTIES = """
SELECT name, mention, kind, level, adcode FROM mart_agreement_parties
WHERE agreement_id = ? ORDER BY position
"""


def event(agreement_id: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The agreement's row and the date of its best-dated report."""
    return (db.run(SQL_REVIEW_EVENT, [agreement_id]),
            db.run(SQL_REVIEW_EVENT_DATE, [agreement_id]))


def event_parties(agreement_id: str) -> pd.DataFrame:
    return db.run(SQL_REVIEW_EVENT_PARTIES, [agreement_id])
