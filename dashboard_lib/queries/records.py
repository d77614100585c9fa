"""Permalink pages: one organisation (机构), one agreement (协议), one programme (项目). A permalink
shows the whole record, whatever the sidebar filters say (the page says so), so these queries
take no scope."""

from __future__ import annotations

from typing import Any

import pandas as pd

from dashboard_lib import db
from dashboard_lib.scope import AGREEMENT_COLUMNS

# --------------------------------------------------------------------------- organisations

SQL_ORG = """
SELECT org_id, name, kind AS party_kind, level AS party_level, adcode, region, province, variants,
       n_mentions, n_agreements, n_partners, first_date, last_date, in_kx_scope
FROM mart_organizations WHERE name = ? OR org_id = ?
"""


def organisation(key: str) -> dict[str, Any] | None:
    """An organisation by its full name or its org_id."""
    df = db.run(SQL_ORG, [key, key])
    return None if df.empty else df.iloc[0].to_dict()


# Names an unknown ?org= may have meant: the same text inside a name, most agreements first.
SQL_ORG_SUGGESTIONS = """
SELECT name, n_agreements FROM mart_organizations
WHERE contains(name, ?) OR list_contains(variants, ?)
ORDER BY n_agreements DESC, name LIMIT 10
"""


def organisation_suggestions(text: str) -> pd.DataFrame:
    return db.run(SQL_ORG_SUGGESTIONS, [text, text])


SQL_ORG_AGREEMENTS = f"""
WITH mine AS (SELECT DISTINCT agreement_id FROM mart_agreement_parties WHERE org_id = ?)
SELECT {AGREEMENT_COLUMNS}, cast_name, in_kx_scope FROM mart_agreements
WHERE agreement_id IN (SELECT agreement_id FROM mine)
ORDER BY date_lo DESC NULLS LAST, date_hi DESC NULLS LAST, agreement_id
"""


def org_agreements(org_id: str, total: int | None = None) -> db.Table:
    """A table view (the page on screen is a LIMIT query): 中国科协 has 32,000 agreements in the
    1M-article benchmark, and reading them all took 4 s. `total`: the organisation's
    `n_agreements` (mart_organizations counts the same rows), which spares the count query."""
    return db.Table(SQL_ORG_AGREEMENTS, (org_id,), total=total)


# Its agreements per year (the year known) and model, for the per-year chart: counted here, not
# in the page (中国科协's 32,000 agreements were 32,000 rows to read and group on every visit).
SQL_ORG_YEARS = """
WITH mine AS (SELECT DISTINCT agreement_id, event_date, model FROM mart_agreement_parties
              WHERE org_id = ? AND event_date IS NOT NULL)
SELECT year(event_date) AS year, model, count(*) AS n FROM mine
GROUP BY ALL ORDER BY year, model
"""


def org_years(org_id: str) -> pd.DataFrame:
    return db.run(SQL_ORG_YEARS, [org_id])


SQL_ORG_PARTNERS = """
WITH mine AS (SELECT DISTINCT agreement_id FROM mart_agreement_parties WHERE org_id = ?)
SELECT p.name, any_value(p.kind) AS party_kind, any_value(p.level) AS party_level,
       count(DISTINCT p.agreement_id) AS n_agreements,
       min(p.event_date) AS first_signed
FROM mart_agreement_parties p
WHERE p.agreement_id IN (SELECT agreement_id FROM mine) AND p.org_id <> ?
GROUP BY p.name ORDER BY n_agreements DESC, p.name
"""


def org_partners(org_id: str) -> pd.DataFrame:
    return db.run(SQL_ORG_PARTNERS, [org_id, org_id])


SQL_ORG_PLACES = """
WITH mine AS (SELECT DISTINCT agreement_id FROM mart_agreement_parties WHERE org_id = ?)
SELECT g.province, CASE WHEN g.level = 'province' THEN NULL ELSE g.name END AS city,
       count(DISTINCT g.agreement_id) AS n_agreements
FROM mart_agreement_regions g WHERE g.agreement_id IN (SELECT agreement_id FROM mine)
GROUP BY ALL ORDER BY n_agreements DESC, g.province, city NULLS FIRST
"""


def org_places(org_id: str) -> pd.DataFrame:
    return db.run(SQL_ORG_PLACES, [org_id])


# The articles reporting its agreements, and the programmes those articles name.
SQL_ORG_ARTICLES = """
WITH mine AS (SELECT DISTINCT agreement_id FROM mart_agreement_parties WHERE org_id = ?),
reports AS (SELECT DISTINCT article_id FROM mart_agreement_sources
            WHERE agreement_id IN (SELECT agreement_id FROM mine))
SELECT article_id, title, published_date, source, url, n_agreements, n_initiatives
FROM mart_article_list WHERE article_id IN (SELECT article_id FROM reports)
ORDER BY published_date DESC NULLS LAST, article_id
"""


def org_articles(org_id: str) -> db.Table:
    return db.Table(SQL_ORG_ARTICLES, (org_id,))


SQL_ORG_PROGRAMMES = """
WITH mine AS (SELECT DISTINCT agreement_id FROM mart_agreement_parties WHERE org_id = ?),
reports AS (SELECT DISTINCT article_id FROM mart_agreement_sources
            WHERE agreement_id IN (SELECT agreement_id FROM mine))
SELECT initiative_id, name, family, any_value(region) AS region, count(*) AS n_mentions
FROM mart_initiative_mentions WHERE article_id IN (SELECT article_id FROM reports)
GROUP BY initiative_id, name, family ORDER BY n_mentions DESC, name
"""


def org_programmes(org_id: str) -> pd.DataFrame:
    return db.run(SQL_ORG_PROGRAMMES, [org_id])


# The organisations a person can pick on the page (most agreements first).
SQL_ORG_LIST = """
SELECT name, kind AS party_kind, level AS party_level, region, n_agreements, n_partners,
       first_date, last_date
FROM mart_organizations ORDER BY n_agreements DESC, name
"""


def org_list() -> db.Table:
    return db.Table(SQL_ORG_LIST)


# --------------------------------------------------------------------------- agreements

SQL_AGREEMENT = f"""
SELECT {AGREEMENT_COLUMNS}, date_lo, date_hi, date_text, background, confidence, cast_name,
       partner_kind, partner_level, families, first_build, in_kx_scope
FROM mart_agreements WHERE agreement_id = ?
"""


def agreement(agreement_id: str) -> dict[str, Any] | None:
    df = db.run(SQL_AGREEMENT, [agreement_id])
    return None if df.empty else df.iloc[0].to_dict()


SQL_AGREEMENT_PARTIES = """
SELECT position, name, mention, kind AS party_kind, level AS party_level, region
FROM mart_agreement_parties WHERE agreement_id = ? ORDER BY position
"""


def agreement_parties(agreement_id: str) -> pd.DataFrame:
    return db.run(SQL_AGREEMENT_PARTIES, [agreement_id])


# Every report of the agreement, in the order of the builds that loaded them: its history.
SQL_AGREEMENT_REPORTS = """
SELECT s.build_id, s.loaded_at, s.article_id, s.title AS article_title,
       s.published_date AS article_date, s.reported_date, s.reported_precision,
       s.is_new_signing, s.evidence, e.span_start, e.span_end
FROM mart_agreement_sources s
LEFT JOIN mart_evidence_spans e
       ON e.what = 'agreement' AND e.id = s.agreement_id AND e.article_id = s.article_id
      AND e.seq = s.seq
WHERE s.agreement_id = ?
ORDER BY s.build_id, s.published_date NULLS LAST, s.article_id, e.span_start
"""


def agreement_reports(agreement_id: str) -> pd.DataFrame:
    return db.run(SQL_AGREEMENT_REPORTS, [agreement_id])


# --------------------------------------------------------------------------- programmes

SQL_PROGRAMME = """
SELECT initiative_id, name, family, kind AS programme_kind, region, province, designated,
       n_mentions, n_articles, first_seen, last_seen
FROM mart_initiatives WHERE initiative_id = ?
"""


def programme(initiative_id: str) -> dict[str, Any] | None:
    df = db.run(SQL_PROGRAMME, [initiative_id])
    return None if df.empty else df.iloc[0].to_dict()


SQL_PROGRAMME_MENTIONS = """
SELECT m.article_id, m.article_title, m.published_date, l.build_id, m.place, m.designated,
       m.evidence, e.span_start, e.span_end
FROM mart_initiative_mentions m
LEFT JOIN mart_article_list l USING (article_id)
LEFT JOIN mart_evidence_spans e
       ON e.what = 'initiative' AND e.id = m.initiative_id AND e.article_id = m.article_id
      AND e.seq = m.seq
WHERE m.initiative_id = ?
ORDER BY l.build_id, m.published_date NULLS LAST, m.article_id, m.seq
"""


def programme_mentions(initiative_id: str) -> pd.DataFrame:
    return db.run(SQL_PROGRAMME_MENTIONS, [initiative_id])


# The same programme elsewhere (科创中国 in other cities): one row per place.
SQL_PROGRAMME_PLACES = """
SELECT initiative_id, region, province, n_mentions, first_seen
FROM mart_initiatives WHERE name = (SELECT name FROM mart_initiatives WHERE initiative_id = ?)
ORDER BY n_mentions DESC, region NULLS FIRST
"""


def programme_places(initiative_id: str) -> pd.DataFrame:
    return db.run(SQL_PROGRAMME_PLACES, [initiative_id])


# An article's clean text between two offsets (around the evidence of a report, to highlight it).
SQL_ARTICLE_EXCERPT = """
SELECT substr(clean_text, ? + 1, ?) AS excerpt FROM mart_article_texts WHERE article_id = ?
"""
CONTEXT_CHARS = 120


def article_excerpt(article_id: str, start: int, end: int) -> tuple[str, int]:
    """The clean text from CONTEXT_CHARS before the span to as many after, and its offset."""
    lo = max(0, start - CONTEXT_CHARS)
    df = db.run(SQL_ARTICLE_EXCERPT, [lo, end + CONTEXT_CHARS - lo, article_id])
    if df.empty or df["excerpt"][0] is None:
        return "", 0
    return str(df["excerpt"][0]), lo
