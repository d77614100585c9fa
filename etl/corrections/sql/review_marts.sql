-- Review marts, built as the last step of every build (etl/corrections/build_step.py), after
-- facts.sql and marts.sql have run on the corrected staged rows. Reads the temp tables of
-- review_rows.sql. Shape: import CTEs -> logic CTEs -> final -> SELECT * FROM final.
-- Times are wall-clock times in China (Asia/Shanghai).

-- The review queue: every extracted row (and every row a reviewer added), with the machine's
-- values beside the current ones, its review status, and how likely it is wrong (risk, reasons).
CREATE OR REPLACE TABLE mart_review_queue AS
WITH touched AS (SELECT article_id FROM _touched_articles),
corrected AS (SELECT * FROM _review_rows),
staged_agreements AS (
    SELECT * FROM stg_agreements WHERE article_id NOT IN (SELECT article_id FROM touched)
),
staged_parties AS (
    SELECT * FROM stg_agreement_parties WHERE article_id NOT IN (SELECT article_id FROM touched)
),
staged_initiatives AS (
    SELECT * FROM stg_initiatives WHERE article_id NOT IN (SELECT article_id FROM touched)
),
org_counts AS (SELECT name, n_mentions FROM organizations),
sources AS (SELECT * FROM agreement_sources),
initiative_counts AS (SELECT initiative_id, n_mentions FROM initiatives),
article_heads AS (SELECT article_id, title, published_date FROM articles),
party_lists AS (
    SELECT article_id, seq, list(name ORDER BY position) AS parties,
           list(mention ORDER BY position) AS party_mentions
    FROM staged_parties GROUP BY article_id, seq
),
-- The key string is model.agreement_row_key / initiative_row_key, built in SQL.
machine_agreements AS (
    SELECT 'agreement' AS item,
           'agreement:' || s.article_id || '@' || s.span_start || '-' || s.span_end || '#'
               || array_to_string(list_sort(list_distinct(p.parties)), '|') AS item_key,
           s.article_id, s.seq, s.agreement_id, s.span_start, s.span_end, s.orig_start,
           s.orig_end, s.evidence, p.parties, p.party_mentions, s.date, s.date_precision,
           s.date_after, s.date_before, s.type, s.model,
           CASE WHEN s.is_new_signing THEN 'new' WHEN s.background THEN 'background'
                ELSE 'draft' END AS signing,
           s.provinces, s.cities, s.confidence,
           p.parties AS machine_parties, s.date AS machine_date,
           s.date_precision AS machine_date_precision, s.type AS machine_type,
           s.model AS machine_model,
           CASE WHEN s.is_new_signing THEN 'new' WHEN s.background THEN 'background'
                ELSE 'draft' END AS machine_signing,
           'unreviewed' AS status
    FROM staged_agreements s JOIN party_lists p USING (article_id, seq)
),
machine_initiatives AS (
    SELECT 'initiative' AS item,
           'initiative:' || article_id || '@' || span_start || '-' || span_end || '#' || name
               AS item_key,
           article_id, seq, initiative_id, span_start, span_end, orig_start, orig_end, evidence,
           name, family, kind, region, name AS machine_name, family AS machine_family,
           kind AS machine_kind, region AS machine_region, 'unreviewed' AS status
    FROM staged_initiatives
),
all_rows AS (
    SELECT * FROM corrected
    UNION ALL BY NAME SELECT * FROM machine_agreements
    UNION ALL BY NAME SELECT * FROM machine_initiatives
),
-- A party no other row names: the organisation table has never seen it elsewhere.
new_parties AS (
    SELECT r.item_key, bool_or(coalesce(o.n_mentions, 0) <= 1) AS new_party
    FROM (SELECT item_key, unnest(parties) AS name FROM all_rows WHERE item = 'agreement') r
    LEFT JOIN org_counts o USING (name)
    GROUP BY r.item_key
),
source_counts AS (
    SELECT agreement_id, count(*) AS n_sources FROM sources GROUP BY agreement_id
),
-- Two reports of one event whose dates cannot both be right (neither is a prefix of the other).
conflicts AS (
    SELECT DISTINCT a.agreement_id
    FROM sources a JOIN sources b
      ON a.agreement_id = b.agreement_id AND (a.article_id, a.seq) < (b.article_id, b.seq)
    WHERE a.reported_date IS NOT NULL AND b.reported_date IS NOT NULL
      AND NOT starts_with(a.reported_date, b.reported_date)
      AND NOT starts_with(b.reported_date, a.reported_date)
),
flagged AS (
    SELECT r.*,
           r.item = 'agreement' AND coalesce(r.confidence, 1) < 0.7 AS f_low_confidence,
           r.item = 'agreement' AND coalesce(np.new_party, false) AS f_new_party,
           r.item = 'agreement' AND r.date_precision IN ('unknown', 'approx') AS f_vague_date,
           r.item = 'agreement' AND coalesce(sc.n_sources, 1) = 1 AS f_single_source,
           r.item = 'agreement' AND c.agreement_id IS NOT NULL AS f_conflict,
           r.item = 'initiative' AND coalesce(i.n_mentions, 1) = 1 AS f_new_programme,
           r.item = 'initiative' AND (r.kind = 'other' OR r.family = '其他') AS f_unclassified,
           r.item = 'initiative' AND r.region IS NULL AS f_no_region,
           coalesce(sc.n_sources, 0) AS n_sources
    FROM all_rows r
    LEFT JOIN new_parties np ON np.item_key = r.item_key
    LEFT JOIN source_counts sc ON r.item = 'agreement' AND sc.agreement_id = r.agreement_id
    LEFT JOIN conflicts c ON r.item = 'agreement' AND c.agreement_id = r.agreement_id
    LEFT JOIN initiative_counts i ON r.item = 'initiative' AND i.initiative_id = r.initiative_id
),
final AS (
    SELECT f.* EXCLUDE (f_low_confidence, f_new_party, f_vague_date, f_single_source,
                        f_conflict, f_new_programme, f_unclassified, f_no_region),
           status <> 'unreviewed' AS reviewed,
           status IN ('edited', 'rejected', 'added', 'merged', 'split') AS changed,
           round(CASE WHEN f_low_confidence THEN 2 * (1 - coalesce(confidence, 1)) ELSE 0 END
                 + CASE WHEN f_new_party THEN 1.0 ELSE 0 END
                 + CASE WHEN f_vague_date AND date_precision = 'unknown' THEN 1.0
                        WHEN f_vague_date THEN 0.5 ELSE 0 END
                 + CASE WHEN f_single_source THEN 0.5 ELSE 0 END
                 + CASE WHEN f_conflict THEN 1.5 ELSE 0 END
                 + CASE WHEN f_new_programme THEN 0.5 ELSE 0 END
                 + CASE WHEN f_unclassified THEN 1.0 ELSE 0 END
                 + CASE WHEN f_no_region THEN 0.5 ELSE 0 END, 3) AS risk,
           list_filter([CASE WHEN f_low_confidence THEN 'low_confidence' END,
                        CASE WHEN f_new_party THEN 'new_party' END,
                        CASE WHEN f_vague_date THEN 'vague_date' END,
                        CASE WHEN f_single_source THEN 'single_source' END,
                        CASE WHEN f_conflict THEN 'conflict' END,
                        CASE WHEN f_new_programme THEN 'new_programme' END,
                        CASE WHEN f_unclassified THEN 'unclassified' END,
                        CASE WHEN f_no_region THEN 'no_region' END], lambda x: x IS NOT NULL)
               AS reasons,
           a.title AS article_title,
           a.published_date
    FROM flagged f LEFT JOIN article_heads a USING (article_id)
)
SELECT * FROM final ORDER BY risk DESC, article_id, item, seq, item_key;

-- Corrections the last build could not place (their article changed or is gone).
CREATE OR REPLACE TABLE mart_review_orphans AS
SELECT * FROM _review_orphans ORDER BY article_id, key;

-- Review marks of each agreement (over its reports that were not rejected) and the machine's
-- values of the report that describes it (the facts' representative article).
CREATE OR REPLACE TEMP TABLE _agreement_marks AS
WITH queue_rows AS (
    SELECT *, CASE status WHEN 'unreviewed' THEN 0 WHEN 'accepted' THEN 1 WHEN 'merged' THEN 2
                          WHEN 'split' THEN 2 ELSE 3 END AS rnk
    FROM mart_review_queue WHERE item = 'agreement' AND status <> 'rejected'
),
described AS (SELECT agreement_id, article_id FROM mart_agreements),
marks AS (
    SELECT agreement_id, bool_or(reviewed) AS reviewed, bool_or(changed) AS changed,
           arg_max(status, rnk) AS review_status,
           arg_max(reviewed_by, reviewed_at) AS reviewed_by, max(reviewed_at) AS reviewed_at
    FROM queue_rows GROUP BY agreement_id
),
representative AS (
    SELECT r.agreement_id, r.machine_parties, r.machine_date, r.machine_date_precision,
           r.machine_type, r.machine_model, r.machine_signing
    FROM queue_rows r JOIN described a ON a.agreement_id = r.agreement_id AND a.article_id = r.article_id
    QUALIFY row_number() OVER (PARTITION BY r.agreement_id ORDER BY r.seq) = 1
),
final AS (
    SELECT m.*, r.* EXCLUDE (agreement_id)
    FROM marks m LEFT JOIN representative r USING (agreement_id)
)
SELECT * FROM final;

CREATE OR REPLACE TABLE mart_agreements AS
SELECT m.*,
       coalesce(k.reviewed, false) AS reviewed,
       coalesce(k.changed, false) AS changed,
       coalesce(k.review_status, 'unreviewed') AS review_status,
       CASE WHEN k.changed THEN '✎' WHEN k.reviewed THEN '✓' ELSE '' END AS review_mark,
       k.reviewed_by, k.reviewed_at, k.machine_parties, k.machine_date,
       k.machine_date_precision, k.machine_type, k.machine_model, k.machine_signing
FROM mart_agreements m LEFT JOIN _agreement_marks k USING (agreement_id)
ORDER BY m.rowid;

CREATE OR REPLACE TABLE mart_agreement_parties AS
SELECT m.*,
       coalesce(k.reviewed, false) AS reviewed,
       coalesce(k.changed, false) AS changed,
       CASE WHEN k.changed THEN '✎' WHEN k.reviewed THEN '✓' ELSE '' END AS review_mark
FROM mart_agreement_parties m LEFT JOIN _agreement_marks k USING (agreement_id)
ORDER BY m.rowid;

CREATE OR REPLACE TABLE mart_initiative_mentions AS
WITH queue_rows AS (
    SELECT article_id, seq, reviewed, changed, status, reviewed_by, reviewed_at, machine_name,
           machine_family, machine_kind, machine_region
    FROM mart_review_queue WHERE item = 'initiative' AND status <> 'rejected'
    QUALIFY row_number() OVER (PARTITION BY article_id, seq ORDER BY item_key) = 1
)
SELECT m.*,
       coalesce(k.reviewed, false) AS reviewed,
       coalesce(k.changed, false) AS changed,
       coalesce(k.status, 'unreviewed') AS review_status,
       CASE WHEN k.changed THEN '✎' WHEN k.reviewed THEN '✓' ELSE '' END AS review_mark,
       k.reviewed_by, k.reviewed_at, k.machine_name, k.machine_family, k.machine_kind,
       k.machine_region
FROM mart_initiative_mentions m LEFT JOIN queue_rows k USING (article_id, seq)
ORDER BY m.rowid;

-- An article is reviewed when a reviewer marked it complete or checked one of its rows; its
-- counts are those of the corrected rows.
CREATE OR REPLACE TABLE mart_article_list AS
WITH queue_rows AS (
    SELECT article_id, bool_or(reviewed) AS reviewed, bool_or(changed) AS changed,
           arg_max(reviewed_by, reviewed_at) AS reviewed_by, max(reviewed_at) AS reviewed_at,
           count(*) FILTER (WHERE item = 'agreement' AND status <> 'rejected') AS n_agreements,
           count(*) FILTER (WHERE item = 'initiative' AND status <> 'rejected') AS n_initiatives
    FROM mart_review_queue GROUP BY article_id
),
completed AS (SELECT * FROM _review_articles)
SELECT m.* REPLACE (coalesce(k.n_agreements, 0) AS n_agreements,
                    coalesce(k.n_initiatives, 0) AS n_initiatives),
       coalesce(k.reviewed, false) OR c.article_id IS NOT NULL AS reviewed,
       coalesce(k.changed, false) AS changed,
       c.article_id IS NOT NULL AS review_complete,
       CASE WHEN k.changed THEN '✎' WHEN coalesce(k.reviewed, false) OR c.article_id IS NOT NULL
            THEN '✓' ELSE '' END AS review_mark,
       coalesce(k.reviewed_by, c.completed_by) AS reviewed_by,
       greatest(k.reviewed_at, c.completed_at) AS reviewed_at
FROM mart_article_list m
LEFT JOIN queue_rows k USING (article_id)
LEFT JOIN completed c USING (article_id)
ORDER BY m.rowid;
