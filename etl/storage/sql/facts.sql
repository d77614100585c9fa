-- Fact tables, derived from the staged rows after every build (dbt-style: stg -> facts -> marts).
-- Re-running this file is idempotent: every table is dropped and recreated from the staged rows
-- as reviewed: `reviewed_*` are stg_* with the rows the reviewers corrected replaced (the review
-- step, etl/storage/review.py, defines them just before; plain views of stg_* when nothing is).

DROP TABLE IF EXISTS agreements;
DROP TABLE IF EXISTS agreement_parties;
DROP TABLE IF EXISTS agreement_sources;
DROP TABLE IF EXISTS organizations;
DROP TABLE IF EXISTS initiatives;
DROP TABLE IF EXISTS initiative_mentions;

-- One row per signing event. Several articles reporting the same event share an agreement_id;
-- the report with the most precise date and the highest confidence describes the event.
CREATE TABLE agreements AS
WITH ranked AS (
    SELECT s.*,
           row_number() OVER (
               PARTITION BY s.agreement_id
               ORDER BY CASE s.date_precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2
                                              WHEN 'approx' THEN 3 ELSE 4 END,
                        s.is_new_signing DESC, s.confidence DESC, s.article_id, s.seq) AS rnk,
           count(*) OVER (PARTITION BY s.agreement_id) AS n_sources,
           bool_or(s.is_new_signing) OVER (PARTITION BY s.agreement_id) AS any_new
    FROM reviewed_agreements s
),
final AS (
    SELECT agreement_id, event_date, date, date_precision, date_after, date_before, date_text,
           type, title, model, provinces, cities, counties,
           any_new AS is_new_signing, NOT any_new AS background, online, confidence,
           n_sources, article_id AS first_article_id, evidence
    FROM ranked WHERE rnk = 1
)
SELECT * FROM final;

CREATE TABLE agreement_sources AS
SELECT s.agreement_id, s.article_id, s.seq, s.evidence, s.span_start, s.span_end,
       s.orig_start, s.orig_end, s.is_new_signing, s.date AS reported_date,
       s.date_precision AS reported_precision, s.confidence
FROM reviewed_agreements s;

CREATE TABLE organizations AS
WITH mentions AS (
    SELECT name, kind, level, adcode, mention FROM reviewed_agreement_parties
),
final AS (
    SELECT md5(name)[1:16] AS org_id, name,
           mode(kind) AS kind, mode(level) AS level, mode(adcode) AS adcode,
           list_sort(list_distinct(list(mention))) AS variants,
           count(*) AS n_mentions
    FROM mentions GROUP BY name
)
SELECT * FROM final;

CREATE TABLE agreement_parties AS
WITH ranked AS (
    SELECT p.*, row_number() OVER (PARTITION BY s.agreement_id, p.name
                                   ORDER BY p.article_id, p.seq, p.position) AS rnk
    FROM reviewed_agreement_parties p
    JOIN reviewed_agreements s USING (article_id, seq)
),
final AS (
    SELECT s.agreement_id, p.position, md5(p.name)[1:16] AS org_id, p.name, p.kind, p.level,
           p.adcode, p.mention
    FROM ranked p JOIN reviewed_agreements s USING (article_id, seq)
    WHERE p.rnk = 1
)
SELECT DISTINCT ON (agreement_id, name) * FROM final ORDER BY agreement_id, position;

CREATE TABLE initiatives AS
WITH ranked AS (
    SELECT i.*, row_number() OVER (PARTITION BY initiative_id ORDER BY article_id, seq) AS rnk,
           count(*) OVER (PARTITION BY initiative_id) AS n_mentions,
           min(designated) OVER (PARTITION BY initiative_id) AS first_designated
    FROM reviewed_initiatives i
)
SELECT initiative_id, name, family, kind, region, region_adcode, first_designated AS designated,
       n_mentions
FROM ranked WHERE rnk = 1;

CREATE TABLE initiative_mentions AS
SELECT i.initiative_id, i.article_id, i.seq, i.evidence, i.span_start, i.span_end,
       i.orig_start, i.orig_end, i.place, i.designated,
       (SELECT min(s.agreement_id) FROM reviewed_agreements s
         WHERE s.article_id = i.article_id AND s.is_new_signing) AS agreement_id
FROM reviewed_initiatives i;
