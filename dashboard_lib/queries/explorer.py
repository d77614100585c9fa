"""数据 Explorer: the agreements, parties, programme mentions and articles tables, one article's
texts with its evidence spans, the articles reporting an agreement."""

from __future__ import annotations

from typing import Any

import pandas as pd

from dashboard_lib import db
from dashboard_lib.scope import AGREEMENT_COLUMNS, A, M, R, Scope, scope_only, table_scoped

# Review marks and the machine's original values of a programme mention (marts.sql).
MENTION_REVIEW_COLUMNS = """review_mark, reviewed, review_status, reviewed_by, reviewed_at,
    machine_name, machine_family, machine_kind, machine_region"""

SQL_AGREEMENTS_TABLE = f"""
WITH {A}
SELECT {AGREEMENT_COLUMNS} FROM a
ORDER BY date_lo DESC NULLS LAST, date_hi DESC NULLS LAST, agreement_id
"""


def agreements_table(scope: Scope) -> db.Table:
    return table_scoped(SQL_AGREEMENTS_TABLE, scope)


SQL_PARTIES_TABLE = f"""
WITH {A}
SELECT p.agreement_id, p.position, p.name, p.mention, p.kind AS party_kind,
       p.level AS party_level, p.adcode, p.region,
       p.date_label, p.model, p.type, p.parties, p.article_id, p.review_mark
FROM mart_agreement_parties p
WHERE p.agreement_id IN (SELECT agreement_id FROM a)
ORDER BY p.event_date DESC NULLS LAST, p.agreement_id, p.position
"""


# With no filter but the scope switch every party of the scope is in (mart_agreement_parties holds
# the parties of mart_agreements, with their agreement's in_kx_scope): no semi-join of 600k parties
# with 300k agreements. Parameter: kx_only.
SQL_PARTIES_TABLE_ALL = """
SELECT p.agreement_id, p.position, p.name, p.mention, p.kind AS party_kind,
       p.level AS party_level, p.adcode, p.region,
       p.date_label, p.model, p.type, p.parties, p.article_id, p.review_mark
FROM mart_agreement_parties p
WHERE p.in_kx_scope OR NOT ?
ORDER BY p.event_date DESC NULLS LAST, p.agreement_id, p.position
"""


def parties_table(scope: Scope) -> db.Table:
    if (kx := scope_only(scope)) is not None:
        return db.Table(SQL_PARTIES_TABLE_ALL, (kx,))
    return table_scoped(SQL_PARTIES_TABLE, scope)


SQL_INITIATIVES_TABLE = f"""
WITH {M}
SELECT initiative_id, name, family, kind AS programme_kind, region, province, place, designated,
       published_date,
       article_id, article_title, evidence, seq, {MENTION_REVIEW_COLUMNS}
FROM m ORDER BY published_date DESC NULLS LAST, article_id, seq
"""


def initiatives_table(scope: Scope) -> db.Table:
    return table_scoped(SQL_INITIATIVES_TABLE, scope)


SQL_ARTICLES_TABLE = f"""
WITH {R}
SELECT article_id, title, published_date, source, url, n_agreements, n_initiatives,
       province_names, city_names, script, duplicate_of, n_chars, build_id, review_mark,
       reviewed, review_complete, reviewed_by, reviewed_at
FROM r ORDER BY published_date DESC NULLS LAST, article_id
"""


def articles_table(scope: Scope) -> db.Table:
    return table_scoped(SQL_ARTICLES_TABLE, scope)


SQL_ARTICLE = """
SELECT article_id, title, published_date, source, url, script, clean_text, original_text
FROM mart_article_texts WHERE article_id = ?
"""


def article(article_id: str) -> dict[str, Any] | None:
    df = db.run(SQL_ARTICLE, [article_id])
    return None if df.empty else df.iloc[0].to_dict()


# Evidence spans in one article: of one agreement, of one programme mention, or all of them.
SQL_SPANS = """
SELECT what, id, span_start, span_end, orig_start, orig_end
FROM mart_evidence_spans
WHERE article_id = ? AND (?::VARCHAR IS NULL OR what = ?) AND (?::VARCHAR IS NULL OR id = ?)
ORDER BY span_start, span_end
"""


def evidence_spans(article_id: str, *, agreement_id: str | None = None,
                   initiative_id: str | None = None) -> pd.DataFrame:
    """Spans of the evidence sentences in an article (all of them when no id is given)."""
    what, id_ = (("agreement", agreement_id) if agreement_id is not None
                 else ("initiative", initiative_id) if initiative_id is not None
                 else (None, None))
    return db.run(SQL_SPANS, [article_id, what, what, id_, id_])


SQL_AGREEMENT_SOURCES = """
SELECT article_id, title, published_date, is_new_signing
FROM mart_agreement_sources
WHERE agreement_id = ?
ORDER BY published_date NULLS LAST, article_id
"""


def agreement_sources(agreement_id: str) -> pd.DataFrame:
    """The articles reporting one agreement (the first is the one that describes it best)."""
    return db.run(SQL_AGREEMENT_SOURCES, [agreement_id])
