-- Marts: what the dashboard reads (layer "mart"; the dashboard never reads stg_* tables).
-- The aggregating marts are tables, materialised at build time (a build writes a new file anyway):
-- on a 1M-article database they cut first paint from 5-20 s to ~1 s (BENCHMARKS.md). Marts that
-- only reshape article rows stay views, so article texts are not stored twice. The loader runs
-- this file after facts.sql, dropping the previous marts first; re-running it is idempotent.
-- The reviewers' corrections reach the marts twice: through the facts (built from the reviewed
-- staged rows) and through review_rows (sql/review.sql), for the review marks (reviewed, changed,
-- review_status, review_mark, who and when, the machine's values) and the mart_review_* marts.
-- Shape: import CTEs -> logic CTEs -> final -> SELECT * FROM final.
-- Dates are calendar dates in China (Asia/Shanghai), as in the facts.

-- How many agreement labels a map tooltip lists (the others are counted, not listed): a province's
-- full list holds ~10k labels on a 1M-article database. mart_map_places and the dashboard's map
-- queries (dashboard_lib/queries/maps.py) both slice with it: the one definition of the cap.
CREATE OR REPLACE MACRO mart_map_label_cap() AS 12;

-- Prefecture-level units of each province (the denominator of 会市合作 coverage), plus the
-- county-level cities administered directly by a province (济源市, 仙桃市 …), which appear on the
-- province maps but do not count towards coverage.
CREATE OR REPLACE TABLE mart_prefectures AS
WITH regions AS (SELECT * FROM regions),
final AS (
    SELECT adcode, name, short_name, coalesce(map_name, name) AS map_name, province_adcode, province,
           level = 'prefecture' AS is_prefecture, longitude, latitude
    FROM regions
    WHERE level = 'prefecture' OR (level = 'county' AND parent_adcode = province_adcode)
)
SELECT * FROM final;

-- One row per (agreement, place): the provinces and prefecture-level cities an agreement is about.
-- Cities are resolved within the agreement's provinces when a name exists in several provinces;
-- a city's province is added even if the ETL did not list it.
CREATE OR REPLACE TABLE mart_agreement_regions AS
WITH agreements AS (SELECT agreement_id, provinces, cities FROM agreements),
regions AS (SELECT * FROM regions),
prefectures AS (SELECT * FROM mart_prefectures),
named_cities AS (
    SELECT agreement_id, coalesce(provinces, []) AS provinces, unnest(cities) AS name
    FROM agreements
),
city_rows AS (
    SELECT c.agreement_id, 'prefecture' AS level, p.adcode, p.name, p.short_name, p.map_name,
           p.province_adcode, p.province, p.longitude, p.latitude
    FROM named_cities c
    JOIN prefectures p ON p.name = c.name
    QUALIFY row_number() OVER (PARTITION BY c.agreement_id, c.name
                               ORDER BY list_contains(c.provinces, p.province) DESC,
                                        p.is_prefecture DESC, p.adcode) = 1
),
named_provinces AS (
    SELECT agreement_id, unnest(provinces) AS name FROM agreements
    UNION
    SELECT agreement_id, province AS name FROM city_rows
),
province_rows AS (
    SELECT n.agreement_id, 'province' AS level, r.adcode, r.name, r.short_name,
           coalesce(r.map_name, r.short_name) AS map_name, r.province_adcode, r.province,
           r.longitude, r.latitude
    FROM named_provinces n
    JOIN regions r ON r.level = 'province' AND r.name = n.name
),
final AS (
    SELECT * FROM province_rows
    UNION ALL
    SELECT * FROM city_rows
)
SELECT * FROM final;

-- One row per agreement, flat: everything a table, a map tooltip or a filter needs.
-- Built in two steps, so that one join never holds every lookup's hash table at once: at 1M
-- articles the single statement needed more than the build's 512 MB DuckDB memory limit.
CREATE OR REPLACE TEMP TABLE _stage_agreements AS
WITH agreements AS (SELECT * FROM agreements),
parties AS (SELECT * FROM agreement_parties),
sources AS (SELECT * FROM agreement_sources),
mentions AS (SELECT * FROM initiative_mentions),
initiatives AS (SELECT * FROM initiatives),
places AS (SELECT * FROM mart_agreement_regions),
party_text AS (
    SELECT agreement_id,
           string_agg(name, '、' ORDER BY position) AS parties,
           list(name ORDER BY position) AS party_names
    FROM parties GROUP BY agreement_id
),
-- The 科协 side of the agreement (a 学会 when no 科协 signed); 中国科协 sits in Beijing.
cast_party AS (
    SELECT agreement_id, name AS cast_name, kind AS cast_kind, level AS cast_level,
           coalesce(adcode, CASE WHEN level = 'national' THEN '110000' END) AS cast_adcode
    FROM parties
    WHERE kind IN ('科协', '学会')
    QUALIFY row_number() OVER (PARTITION BY agreement_id
                               ORDER BY kind <> '科协', level <> 'national', position) = 1
),
partners AS (
    SELECT p.agreement_id,
           string_agg(p.name, '、' ORDER BY p.position) AS partner,
           arg_min(p.kind, p.position) AS partner_kind,
           arg_min(p.level, p.position) AS partner_level,
           arg_min(p.adcode, p.position) FILTER (WHERE p.adcode IS NOT NULL) AS partner_adcode
    FROM parties p
    LEFT JOIN cast_party c ON c.agreement_id = p.agreement_id AND c.cast_name = p.name
    WHERE c.cast_name IS NULL
    GROUP BY p.agreement_id
),
place_lists AS (
    SELECT agreement_id,
           list_sort(list_distinct(list(name) FILTER (WHERE level = 'province'))) AS province_names,
           list_sort(list_distinct(list(adcode) FILTER (WHERE level = 'province'))) AS province_adcodes,
           list_sort(list_distinct(list(name) FILTER (WHERE level <> 'province'))) AS city_names,
           list_sort(list_distinct(list(adcode) FILTER (WHERE level <> 'province'))) AS city_adcodes,
           arg_min(adcode, adcode) FILTER (WHERE level <> 'province') AS first_city_adcode,
           arg_min(adcode, adcode) FILTER (WHERE level = 'province') AS first_province_adcode
    FROM places GROUP BY agreement_id
),
families AS (
    SELECT s.agreement_id, list_sort(list_distinct(list(i.family))) AS families
    FROM sources s
    JOIN mentions m ON m.article_id = s.article_id
    JOIN initiatives i ON i.initiative_id = m.initiative_id
    GROUP BY s.agreement_id
),
-- Review marks (review_rows, sql/review.sql: the rows of every article a correction touches,
-- after the corrections): an agreement is reviewed when one of its reports is, changed when one
-- was changed; its machine values are those of the report that describes it as the machine read
-- it (NULL when a reviewer added that report). An agreement no correction touches is unreviewed
-- and its machine values are its own.
reviewed_reports AS (
    SELECT *, CASE status WHEN 'unreviewed' THEN 0 WHEN 'accepted' THEN 1 WHEN 'merged' THEN 2
                          WHEN 'split' THEN 2 ELSE 3 END AS status_rank
    FROM review_rows WHERE item = 'agreement' AND status <> 'rejected'
),
marks AS (
    SELECT agreement_id, bool_or(status <> 'unreviewed') AS reviewed,
           bool_or(status IN ('edited', 'added', 'merged', 'split')) AS changed,
           arg_max(status, status_rank) AS review_status,
           arg_max(reviewed_by, reviewed_at) AS reviewed_by, max(reviewed_at) AS reviewed_at
    FROM reviewed_reports GROUP BY agreement_id
),
described AS (
    SELECT r.agreement_id, r.machine_parties, r.machine_date, r.machine_date_precision,
           r.machine_type, r.machine_model, r.machine_signing
    FROM reviewed_reports r
    JOIN agreements a ON a.agreement_id = r.agreement_id AND a.first_article_id = r.article_id
    QUALIFY row_number() OVER (PARTITION BY r.agreement_id ORDER BY r.seq) = 1
),
-- Lower and upper bounds of the signing date: exact for day precision, the whole month or year
-- otherwise, and the ETL's after/before bounds when the date itself is unknown.
bounds AS (
    SELECT agreement_id,
           coalesce(event_date,
                    try_cast(CASE length(date_after) WHEN 4 THEN date_after || '-01-01'
                                                     WHEN 7 THEN date_after || '-01'
                                                     ELSE date_after END AS DATE)) AS date_lo,
           CASE WHEN event_date IS NOT NULL THEN
                    CASE length(date)
                        WHEN 4 THEN CAST(event_date + INTERVAL 1 YEAR - INTERVAL 1 DAY AS DATE)
                        WHEN 7 THEN last_day(event_date)
                        ELSE event_date END
                ELSE try_cast(CASE length(date_before)
                                  WHEN 4 THEN date_before || '-12-31'
                                  WHEN 7 THEN CAST(last_day(CAST(date_before || '-01' AS DATE))
                                                   AS VARCHAR)
                                  ELSE date_before END AS DATE)
           END AS date_hi
    FROM agreements
),
final AS (
    SELECT a.agreement_id,
           a.event_date,
           a.date_precision,
           CASE WHEN a.date IS NOT NULL AND a.date_precision = 'approx' THEN '约 ' || a.date
                WHEN a.date IS NOT NULL THEN a.date
                WHEN a.date_after IS NULL AND a.date_before IS NULL THEN '未知'
                ELSE coalesce(a.date_after, '…') || ' ~ ' || coalesce(a.date_before, '…')
           END AS date_label,
           b.date_lo,
           b.date_hi,
           a.date_text,
           CASE WHEN length(a.date) >= 7
                THEN CAST(date_trunc('month', a.event_date) AS DATE) END AS month,
           year(a.event_date) AS year,
           a.type,
           a.title,
           a.model,
           a.is_new_signing,
           a.background,
           a.online,
           a.confidence,
           a.n_sources,
           coalesce(t.parties, '') AS parties,
           coalesce(t.party_names, []) AS party_names,
           c.cast_name,
           c.cast_level,
           c.cast_adcode,
           p.partner,
           p.partner_kind,
           p.partner_level,
           coalesce(p.partner_adcode, l.first_city_adcode, l.first_province_adcode)
               AS partner_adcode,
           coalesce(l.province_names, []) AS province_names,
           coalesce(l.province_adcodes, []) AS province_adcodes,
           coalesce(l.city_names, []) AS city_names,
           coalesce(l.city_adcodes, []) AS city_adcodes,
           coalesce(f.families, []) AS families,
           a.evidence,
           a.first_article_id AS article_id,
           concat_ws(' ', t.parties, a.title, a.type, a.model, a.evidence, a.date_text)
               AS search_text,
           coalesce(k.reviewed, false) AS reviewed,
           coalesce(k.changed, false) AS changed,
           coalesce(k.review_status, 'unreviewed') AS review_status,
           CASE WHEN k.changed THEN '✎' WHEN k.reviewed THEN '✓' ELSE '' END AS review_mark,
           k.reviewed_by,
           k.reviewed_at,
           CASE WHEN d.agreement_id IS NULL THEN coalesce(t.party_names, [])
                ELSE d.machine_parties END AS machine_parties,
           CASE WHEN d.agreement_id IS NULL THEN a.date ELSE d.machine_date END AS machine_date,
           CASE WHEN d.agreement_id IS NULL THEN a.date_precision
                ELSE d.machine_date_precision END AS machine_date_precision,
           CASE WHEN d.agreement_id IS NULL THEN a.type ELSE d.machine_type END AS machine_type,
           CASE WHEN d.agreement_id IS NULL THEN a.model ELSE d.machine_model END AS machine_model,
           CASE WHEN d.agreement_id IS NOT NULL THEN d.machine_signing
                WHEN a.is_new_signing THEN 'new' ELSE 'background' END AS machine_signing
    FROM agreements a
    LEFT JOIN party_text t USING (agreement_id)
    LEFT JOIN cast_party c USING (agreement_id)
    LEFT JOIN partners p USING (agreement_id)
    LEFT JOIN place_lists l USING (agreement_id)
    LEFT JOIN families f USING (agreement_id)
    LEFT JOIN bounds b USING (agreement_id)
    LEFT JOIN marks k USING (agreement_id)
    LEFT JOIN described d USING (agreement_id)
)
SELECT * FROM final;

CREATE OR REPLACE TABLE mart_agreements AS
WITH staged AS (SELECT * FROM _stage_agreements),
articles AS (SELECT * FROM articles),
regions AS (SELECT * FROM regions),
sources AS (SELECT * FROM agreement_sources),
places AS (SELECT * FROM mart_agreement_regions),
-- The build that first loaded an article reporting the agreement (Overview: "new in the latest
-- build").
first_builds AS (
    SELECT s.agreement_id, min(ar.build_id) AS first_build
    FROM sources s JOIN articles ar USING (article_id) GROUP BY s.agreement_id
),
province_shorts AS (
    SELECT agreement_id, list_sort(list(DISTINCT short_name)) AS province_short
    FROM places WHERE level = 'province' GROUP BY agreement_id
),
final AS (
    SELECT s.agreement_id, s.event_date, s.date_precision, s.date_label, s.date_lo, s.date_hi,
           s.date_text, s.month, s.year, s.type, s.title, s.model, s.is_new_signing,
           s.background, s.online, s.confidence, s.n_sources, s.parties, s.party_names,
           s.cast_name, s.cast_level, s.cast_adcode,
           cr.longitude AS cast_longitude,
           cr.latitude AS cast_latitude,
           s.partner, s.partner_kind, s.partner_level, s.partner_adcode,
           pr.longitude AS partner_longitude,
           pr.latitude AS partner_latitude,
           s.province_names, s.province_adcodes, s.city_names, s.city_adcodes, s.families,
           s.evidence,
           s.article_id,
           ar.title AS article_title,
           ar.published_date AS article_date,
           ar.source AS article_source,
           CASE WHEN regexp_matches(ar.url, '^https?://') THEN ar.url END AS article_url,
           s.search_text,
           fb.first_build,
           coalesce(ps.province_short, []) AS province_short,
           s.reviewed, s.changed, s.review_status, s.review_mark, s.reviewed_by, s.reviewed_at,
           s.machine_parties, s.machine_date, s.machine_date_precision, s.machine_type,
           s.machine_model, s.machine_signing,
           -- the scope switch's default (科协参与): a 科协 or a 学会 signed
           s.cast_name IS NOT NULL AS in_kx_scope
    FROM staged s
    LEFT JOIN regions cr ON cr.adcode = s.cast_adcode
    LEFT JOIN regions pr ON pr.adcode = s.partner_adcode
    LEFT JOIN articles ar ON ar.article_id = s.article_id
    LEFT JOIN first_builds fb USING (agreement_id)
    LEFT JOIN province_shorts ps USING (agreement_id)
),
-- A map tooltip line.
labelled AS (
    SELECT *, date_label || ' ' || parties || ' · ' || type AS label FROM final
)
-- Stored in the tables' display order (most recent first).
SELECT * FROM labelled
ORDER BY date_lo DESC NULLS LAST, date_hi DESC NULLS LAST, agreement_id;
DROP TABLE _stage_agreements;

-- One row per party of an agreement, with the agreement's date and model.
CREATE OR REPLACE TABLE mart_agreement_parties AS
WITH parties AS (SELECT * FROM agreement_parties),
agreements AS (SELECT * FROM mart_agreements),
regions AS (SELECT * FROM regions),
final AS (
    SELECT p.agreement_id, p.position, p.org_id, p.name, p.mention, p.kind, p.level, p.adcode,
           r.name AS region, r.province AS region_province,
           a.date_label, a.event_date, a.model, a.type, a.parties, a.article_id, a.reviewed,
           a.changed, a.review_mark, a.in_kx_scope
    FROM parties p
    JOIN agreements a USING (agreement_id)
    LEFT JOIN regions r ON r.adcode = p.adcode
)
-- Stored in the table's display order: the first row groups hold the first page, so a top-N
-- query skips the others (min/max of each row group).
SELECT * FROM final ORDER BY event_date DESC NULLS LAST, agreement_id, position;

-- What each article reports, for filters that apply to articles and initiative mentions.
-- Read from the fact tables (not mart_agreements), so that it stays cheap on large databases.
CREATE OR REPLACE TABLE mart_article_facts AS
WITH sources AS (SELECT * FROM agreement_sources),
agreements AS (SELECT * FROM agreements),
parties AS (SELECT * FROM agreement_parties),
-- agreements a 科协 or a 学会 signed (the scope switch's default, 科协参与)
kx_agreements AS (SELECT DISTINCT agreement_id FROM parties WHERE kind IN ('科协', '学会')),
final AS (
    SELECT s.article_id,
           list_sort(list_distinct(list(a.model))) AS models,
           list_sort(list_distinct(list(a.type))) AS types,
           list_sort(list_distinct(flatten(list(coalesce(a.provinces, []))))) AS agreement_provinces,
           list_sort(list_distinct(flatten(list(coalesce(a.cities, []))))) AS agreement_cities,
           bool_or(s.is_new_signing) AS has_new_signing,
           bool_or(NOT s.is_new_signing) AS has_background,
           bool_or(k.agreement_id IS NOT NULL) AS has_kx_agreement
    FROM sources s
    JOIN agreements a USING (agreement_id)
    LEFT JOIN kx_agreements k USING (agreement_id)
    GROUP BY s.article_id
)
SELECT * FROM final;

-- One article's texts and header, for the article viewer (no aggregation: a lookup by id).
CREATE OR REPLACE VIEW mart_article_texts AS
WITH articles AS (SELECT * FROM articles),
final AS (
    SELECT article_id, title, published_date, source,
           CASE WHEN regexp_matches(url, '^https?://') THEN url END AS url,
           script, clean_text, original_text
    FROM articles
)
SELECT * FROM final;

-- One row per initiative mention, with the initiative, its place and the article's date.
CREATE OR REPLACE TABLE mart_initiative_mentions AS
WITH mentions AS (SELECT * FROM initiative_mentions),
initiatives AS (SELECT * FROM initiatives),
articles AS (SELECT * FROM articles),
facts AS (SELECT * FROM mart_article_facts),
regions AS (SELECT * FROM regions),
unique_names AS (
    SELECT name, any_value(adcode) AS adcode FROM regions GROUP BY name HAVING count(*) = 1
),
-- Review marks of the mentions in the articles a correction touches (review_rows); the
-- machine's values are NULL for a mention a reviewer added, the mention's own when untouched.
marks AS (
    SELECT article_id, seq, status <> 'unreviewed' AS reviewed,
           status IN ('edited', 'added', 'merged', 'split') AS changed, status, reviewed_by,
           reviewed_at, machine_name, machine_family, machine_kind, machine_region
    FROM review_rows WHERE item = 'initiative' AND status <> 'rejected'
    QUALIFY row_number() OVER (PARTITION BY article_id, seq ORDER BY item_key) = 1
),
final AS (
    SELECT m.initiative_id, i.name, i.family, i.kind,
           coalesce(r.name, i.region) AS region,
           r.adcode AS region_adcode,
           r.level AS region_level,
           r.province_adcode,
           r.province,
           CASE r.level WHEN 'prefecture' THEN r.name WHEN 'county' THEN r.prefecture END
               AS prefecture,
           m.place,
           coalesce(m.designated, i.designated) AS designated,
           m.article_id, m.seq, m.agreement_id,
           ar.title AS article_title,
           ar.published_date,
           m.evidence,
           coalesce(f.models, []) AS article_models,
           coalesce(f.types, []) AS article_types,
           coalesce(f.has_new_signing, false) AS article_has_new,
           coalesce(f.has_background, false) AS article_has_background,
           coalesce(k.reviewed, false) AS reviewed,
           coalesce(k.changed, false) AS changed,
           coalesce(k.status, 'unreviewed') AS review_status,
           CASE WHEN k.changed THEN '✎' WHEN k.reviewed THEN '✓' ELSE '' END AS review_mark,
           k.reviewed_by,
           k.reviewed_at,
           CASE WHEN k.article_id IS NULL THEN i.name ELSE k.machine_name END AS machine_name,
           CASE WHEN k.article_id IS NULL THEN i.family ELSE k.machine_family END
               AS machine_family,
           CASE WHEN k.article_id IS NULL THEN i.kind ELSE k.machine_kind END AS machine_kind,
           CASE WHEN k.article_id IS NULL THEN i.region ELSE k.machine_region END
               AS machine_region,
           -- in the 科协参与 scope: the article reports a 科协 agreement, or no agreement at all
           coalesce(f.has_kx_agreement, true) AS article_in_kx_scope
    FROM mentions m
    JOIN initiatives i USING (initiative_id)
    LEFT JOIN unique_names u ON i.region_adcode IS NULL AND u.name = i.region
    LEFT JOIN regions r ON r.adcode = coalesce(i.region_adcode, u.adcode)
    LEFT JOIN articles ar ON ar.article_id = m.article_id
    LEFT JOIN facts f ON f.article_id = m.article_id
    LEFT JOIN marks k ON k.article_id = m.article_id AND k.seq = m.seq
)
-- Stored in the table's display order (most recent first).
SELECT * FROM final ORDER BY published_date DESC NULLS LAST, article_id, seq;

-- One row per initiative (programme), aggregated over its mentions.
CREATE OR REPLACE TABLE mart_initiatives AS
WITH mentions AS (SELECT * FROM mart_initiative_mentions),
final AS (
    SELECT initiative_id, any_value(name) AS name, any_value(family) AS family,
           any_value(kind) AS kind, any_value(region) AS region,
           any_value(province) AS province, min(designated) AS designated,
           count(*) AS n_mentions, count(DISTINCT article_id) AS n_articles,
           min(published_date) AS first_seen, max(published_date) AS last_seen
    FROM mentions GROUP BY initiative_id
)
SELECT * FROM final;

-- One row per article, without its texts: what the article table, its filters and its text search
-- read. `search_text` holds the title, the parties, titles and evidence sentences of the agreements
-- it reports and the names and evidence sentences of the programmes it mentions (the default text
-- search; article bodies are searched only on request, see dashboard_lib/filters.py).
CREATE OR REPLACE TABLE mart_article_list AS
WITH articles AS (
    SELECT article_id, title, published_date, published_precision, source, author, url, fmt,
           script, n_agreements, n_initiatives, duplicate_of, build_id, path,
           length(clean_text) AS n_chars
    FROM articles
),
facts AS (SELECT * FROM mart_article_facts),
sources AS (SELECT * FROM agreement_sources),
agreements AS (SELECT agreement_id, parties, title FROM mart_agreements),
mentions AS (SELECT * FROM mart_initiative_mentions),
mention_places AS (
    SELECT article_id,
           list_sort(list_distinct(list(province) FILTER (WHERE province IS NOT NULL)))
               AS provinces,
           list_sort(list_distinct(list(prefecture) FILTER (WHERE prefecture IS NOT NULL)))
               AS cities,
           list_sort(list_distinct(list(family))) AS families,
           string_agg(concat_ws(' ', name, evidence), ' ' ORDER BY seq) AS mention_text
    FROM mentions GROUP BY article_id
),
agreement_text AS (
    SELECT s.article_id,
           string_agg(concat_ws(' ', a.parties, a.title, s.evidence), ' ' ORDER BY s.seq) AS text
    FROM sources s JOIN agreements a USING (agreement_id)
    GROUP BY s.article_id
),
-- An article a correction touches (review_rows) is reviewed when a reviewer marked it complete
-- or checked one of its rows; its counts are those of its corrected rows.
reviewed_articles AS (
    SELECT article_id, bool_or(status <> 'unreviewed') AS reviewed,
           bool_or(status IN ('edited', 'rejected', 'added', 'merged', 'split')) AS changed,
           arg_max(reviewed_by, reviewed_at) AS reviewed_by, max(reviewed_at) AS reviewed_at,
           count(*) FILTER (WHERE item = 'agreement' AND status <> 'rejected') AS n_agreements,
           count(*) FILTER (WHERE item = 'initiative' AND status <> 'rejected') AS n_initiatives
    FROM review_rows GROUP BY article_id
),
completed AS (SELECT * FROM review_articles),
final AS (
    SELECT a.article_id, a.title, a.published_date, a.published_precision, a.source, a.author,
           CASE WHEN regexp_matches(a.url, '^https?://') THEN a.url END AS url,
           a.fmt, a.script,
           coalesce(k.n_agreements, a.n_agreements) AS n_agreements,
           coalesce(k.n_initiatives, a.n_initiatives) AS n_initiatives,
           a.duplicate_of, a.build_id, a.path, a.n_chars,
           list_sort(list_distinct(list_concat(coalesce(f.agreement_provinces, []),
                                               coalesce(m.provinces, [])))) AS province_names,
           list_sort(list_distinct(list_concat(coalesce(f.agreement_cities, []),
                                               coalesce(m.cities, [])))) AS city_names,
           coalesce(f.models, []) AS models,
           coalesce(f.types, []) AS types,
           coalesce(m.families, []) AS families,
           coalesce(f.has_new_signing, false) AS has_new_signing,
           coalesce(f.has_background, false) AS has_background,
           -- in the 科协参与 scope: the article reports a 科协 agreement, or no agreement at all
           coalesce(f.has_kx_agreement, true) AS in_kx_scope,
           concat_ws(' ', a.title, t.text, m.mention_text) AS search_text,
           coalesce(k.reviewed, false) OR c.article_id IS NOT NULL AS reviewed,
           coalesce(k.changed, false) AS changed,
           c.article_id IS NOT NULL AS review_complete,
           CASE WHEN k.changed THEN '✎'
                WHEN coalesce(k.reviewed, false) OR c.article_id IS NOT NULL THEN '✓'
                ELSE '' END AS review_mark,
           coalesce(k.reviewed_by, c.completed_by) AS reviewed_by,
           greatest(k.reviewed_at, c.completed_at) AS reviewed_at
    FROM articles a
    LEFT JOIN facts f USING (article_id)
    LEFT JOIN mention_places m USING (article_id)
    LEFT JOIN agreement_text t USING (article_id)
    LEFT JOIN reviewed_articles k USING (article_id)
    LEFT JOIN completed c USING (article_id)
)
-- Stored in the table's display order (most recent first).
SELECT * FROM final ORDER BY published_date DESC NULLS LAST, article_id;

-- One row per article with its clean and original text (the SQL console; the pages read
-- mart_article_list and, for one article, mart_article_texts).
CREATE OR REPLACE VIEW mart_articles AS
WITH list AS (SELECT * FROM mart_article_list),
texts AS (SELECT article_id, clean_text, original_text FROM articles),
final AS (
    SELECT l.* EXCLUDE (search_text), t.clean_text, t.original_text, l.search_text
    FROM list l JOIN texts t USING (article_id)
)
SELECT * FROM final;

-- Builds, each with the change against the previous one.
CREATE OR REPLACE VIEW mart_builds AS
WITH builds AS (SELECT * FROM builds),
final AS (
    SELECT build_id, started_at, finished_at, inputs, read, added, unchanged, rejected,
           agreements, initiatives, etl_version,
           agreements - lag(agreements) OVER (ORDER BY build_id) AS agreements_delta,
           initiatives - lag(initiatives) OVER (ORDER BY build_id) AS initiatives_delta
    FROM builds
)
SELECT * FROM final;

-- The map's figures over all agreements (no sidebar filter set but the scope switch), for all
-- models (all_models) and per model, over every agreement (kx_only false) and over those a 科协
-- or a 学会 signed (kx_only true, the scope switch's default): one row per province
-- (is_province) and per prefecture-level place. With no other filter the map reads these instead
-- of aggregating mart_agreements on every page view (same rows: dashboard_lib/queries/maps.py
-- SQL_PROVINCE_STATS_ALL, SQL_CITY_POINTS_ALL). A tooltip lists the first mart_map_label_cap()
-- labels and the number of the others (n_labels).
CREATE OR REPLACE TABLE mart_map_places AS
WITH agreements AS (SELECT agreement_id, model, date_lo, label, in_kx_scope FROM mart_agreements),
places AS (
    SELECT agreement_id, level = 'province' AS is_province, adcode FROM mart_agreement_regions
),
scoped AS (
    SELECT false AS kx_only, a.* FROM agreements a
    UNION ALL
    SELECT true AS kx_only, a.* FROM agreements a WHERE a.in_kx_scope
),
final AS (
    SELECT a.kx_only, grouping(a.model) = 1 AS all_models, a.model, g.is_province, g.adcode,
           count(DISTINCT a.agreement_id) AS n_agreements, min(a.date_lo) AS first_signed,
           list_sort(list(DISTINCT a.label) FILTER (WHERE a.label IS NOT NULL))
               [1:mart_map_label_cap()] AS labels,
           count(DISTINCT a.label) AS n_labels
    FROM scoped a JOIN places g USING (agreement_id)
    GROUP BY GROUPING SETS ((a.kx_only, g.is_province, g.adcode),
                            (a.kx_only, a.model, g.is_province, g.adcode))
)
SELECT * FROM final ORDER BY kx_only, all_models DESC, model, is_province DESC, adcode;

-- Regions (the gazetteer) for the dashboard: names, the names the maps use, seats' coordinates.
CREATE OR REPLACE VIEW mart_regions AS
WITH regions AS (SELECT * FROM regions),
final AS (
    SELECT adcode, name, short_name, map_name, level, parent_adcode, province_adcode, province,
           longitude, latitude
    FROM regions
)
SELECT * FROM final;

-- Where each evidence sentence sits in its article (offsets in the clean and the original text):
-- one row per agreement report and per programme mention, for the article viewer.
CREATE OR REPLACE VIEW mart_evidence_spans AS
WITH sources AS (SELECT * FROM agreement_sources),
mentions AS (SELECT * FROM initiative_mentions),
final AS (
    SELECT article_id, 'agreement' AS what, agreement_id AS id, seq, span_start, span_end,
           orig_start, orig_end
    FROM sources
    UNION ALL
    SELECT article_id, 'initiative' AS what, initiative_id AS id, seq, span_start, span_end,
           orig_start, orig_end
    FROM mentions
)
SELECT * FROM final;

-- The articles reporting each agreement, with their titles and dates, what each report said
-- (date, precision, new or background, evidence) and the build that loaded it: an agreement's
-- permalink page lists them as its history across builds.
CREATE OR REPLACE VIEW mart_agreement_sources AS
WITH sources AS (SELECT * FROM agreement_sources),
articles AS (SELECT article_id, title, published_date, build_id, loaded_at FROM articles),
final AS (
    SELECT s.agreement_id, s.article_id, a.title, a.published_date, s.is_new_signing, s.evidence,
           s.seq, s.reported_date, s.reported_precision, s.confidence, a.build_id, a.loaded_at
    FROM sources s LEFT JOIN articles a USING (article_id)
)
SELECT * FROM final;

-- The review queue (the 审核 Review page): every extracted row and every row a reviewer added,
-- with the machine's values beside the current ones, its review status, and how likely it is
-- wrong (risk, reasons). Rows of the articles a correction touches come from review_rows, the
-- others are the machine's staged rows (stg_*), unreviewed.
CREATE OR REPLACE TABLE mart_review_queue AS
WITH corrected AS (SELECT * FROM review_rows),
touched AS (SELECT DISTINCT article_id FROM review_rows),
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
sources AS (SELECT agreement_id, article_id, seq, reported_date FROM agreement_sources),
source_counts AS (SELECT agreement_id, n_sources FROM agreements),
initiative_counts AS (SELECT initiative_id, n_mentions FROM initiatives),
article_heads AS (SELECT article_id, title, published_date FROM articles),
-- A party no other row names: the organisation table has seen it once. Per staged report (its
-- parties in position order), and per corrected row.
party_lists AS (
    SELECT article_id, seq, list_transform(ordered, lambda p: p.name) AS parties,
           list_transform(ordered, lambda p: p.mention) AS party_mentions, new_party
    FROM (
        -- in position order: structs sort by their first field (2x an ordered list())
        SELECT p.article_id, p.seq,
               list_sort(list({'position': p.position, 'name': p.name, 'mention': p.mention}))
                   AS ordered,
               bool_or(coalesce(o.n_mentions, 0) <= 1) AS new_party
        FROM staged_parties p LEFT JOIN org_counts o USING (name)
        GROUP BY p.article_id, p.seq
    )
),
corrected_new_parties AS (
    SELECT r.item_key, bool_or(coalesce(o.n_mentions, 0) <= 1) AS new_party
    FROM (SELECT item_key, unnest(parties) AS name FROM corrected WHERE item = 'agreement') r
    LEFT JOIN org_counts o USING (name)
    GROUP BY r.item_key
),
-- The key string is etl.corrections.model.agreement_row_key / initiative_row_key, in SQL: the
-- n-th row (n > 1) of one sentence and party set (or programme name) gets `~n`.
staged_reports AS (
    SELECT s.*, p.parties, p.party_mentions, p.new_party,
           array_to_string(list_sort(list_distinct(p.parties)), '|') AS party_key
    FROM staged_agreements s JOIN party_lists p USING (article_id, seq)
),
machine_agreements AS (
    SELECT 'agreement' AS item,
           'agreement:' || article_id || '@' || span_start || '-' || span_end || '#' || party_key
               || CASE WHEN nth > 1 THEN '~' || nth ELSE '' END AS item_key,
           article_id, seq, agreement_id, span_start, span_end, orig_start, orig_end, evidence,
           parties, party_mentions, date, date_precision, date_after, date_before, type, model,
           CASE WHEN is_new_signing THEN 'new' WHEN background THEN 'background'
                ELSE 'draft' END AS signing,
           provinces, cities, confidence,
           parties AS machine_parties, date AS machine_date,
           date_precision AS machine_date_precision, type AS machine_type,
           model AS machine_model,
           signing AS machine_signing,  -- the alias above (DuckDB reads a SELECT's own aliases)
           'unreviewed' AS status, new_party
    FROM (SELECT *, row_number() OVER (PARTITION BY article_id, span_start, span_end, party_key
                                       ORDER BY seq) AS nth
          FROM staged_reports)
),
machine_initiatives AS (
    SELECT 'initiative' AS item,
           'initiative:' || article_id || '@' || span_start || '-' || span_end || '#' || name
               || CASE WHEN nth > 1 THEN '~' || nth ELSE '' END AS item_key,
           article_id, seq, initiative_id, span_start, span_end, orig_start, orig_end, evidence,
           name, family, kind, region, name AS machine_name, family AS machine_family,
           kind AS machine_kind, region AS machine_region, 'unreviewed' AS status
    FROM (SELECT *, row_number() OVER (PARTITION BY article_id, span_start, span_end, name
                                       ORDER BY seq) AS nth
          FROM staged_initiatives)
),
all_rows AS (
    SELECT c.*, n.new_party FROM corrected c LEFT JOIN corrected_new_parties n USING (item_key)
    UNION ALL BY NAME SELECT * FROM machine_agreements
    UNION ALL BY NAME SELECT * FROM machine_initiatives
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
    SELECT r.* EXCLUDE (new_party),
           r.item = 'agreement' AND coalesce(r.confidence, 1) < 0.7 AS f_low_confidence,
           r.item = 'agreement' AND coalesce(r.new_party, false) AS f_new_party,
           r.item = 'agreement' AND r.date_precision IN ('unknown', 'approx') AS f_vague_date,
           r.item = 'agreement' AND coalesce(sc.n_sources, 1) = 1 AS f_single_source,
           r.item = 'agreement' AND c.agreement_id IS NOT NULL AS f_conflict,
           r.item = 'initiative' AND coalesce(i.n_mentions, 1) = 1 AS f_new_programme,
           r.item = 'initiative' AND (r.kind = 'other' OR r.family = '其他') AS f_unclassified,
           r.item = 'initiative' AND r.region IS NULL AS f_no_region,
           coalesce(sc.n_sources, 0) AS n_sources
    FROM all_rows r
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
-- Not stored in the queue's order: sorting every row costs more than the page's top-N query.
SELECT * FROM final;

-- Corrections the last build could not place (their article changed or is gone): kept in the
-- store, listed here.
CREATE OR REPLACE VIEW mart_review_orphans AS
WITH orphans AS (SELECT * FROM review_orphans),
final AS (
    SELECT key, target, action, article_id, evidence, why, reason, note, version, updated_by,
           updated_at
    FROM orphans
)
SELECT * FROM final;

-- Which state of the corrections store the database reflects (one row): the Review page marks
-- what was saved since as not yet applied.
CREATE OR REPLACE VIEW mart_review_applied AS
WITH applied AS (SELECT * FROM review_applied),
final AS (
    SELECT applied_at, store, store_seq, corrections, applied, orphaned FROM applied
)
SELECT * FROM final;

-- One row per organisation that signed an agreement: its names as written, its kind, level and
-- place, how many agreements and partners, its first and last signing, whether any of its
-- agreements is in the 科协参与 scope. The organisation pages and the partner network read it.
CREATE OR REPLACE TABLE mart_organizations AS
WITH orgs AS (SELECT * FROM organizations),
parties AS (SELECT agreement_id, org_id FROM mart_agreement_parties),
agreements AS (SELECT agreement_id, date_lo, date_hi, in_kx_scope FROM mart_agreements),
regions AS (SELECT * FROM regions),
per_org AS (
    SELECT p.org_id, count(DISTINCT p.agreement_id) AS n_agreements,
           min(a.date_lo) AS first_date, max(coalesce(a.date_hi, a.date_lo)) AS last_date,
           bool_or(a.in_kx_scope) AS in_kx_scope
    FROM parties p JOIN agreements a USING (agreement_id)
    GROUP BY p.org_id
),
partners AS (
    SELECT p.org_id, count(DISTINCT q.org_id) AS n_partners
    FROM parties p JOIN parties q ON q.agreement_id = p.agreement_id AND q.org_id <> p.org_id
    GROUP BY p.org_id
),
final AS (
    SELECT o.org_id, o.name, o.kind, o.level, o.adcode, r.name AS region,
           r.province AS province, coalesce(o.variants, []) AS variants, o.n_mentions,
           coalesce(pa.n_agreements, 0) AS n_agreements, coalesce(pt.n_partners, 0) AS n_partners,
           pa.first_date, pa.last_date, coalesce(pa.in_kx_scope, false) AS in_kx_scope
    FROM orgs o
    LEFT JOIN per_org pa USING (org_id)
    LEFT JOIN partners pt USING (org_id)
    LEFT JOIN regions r ON r.adcode = o.adcode
)
SELECT * FROM final ORDER BY n_agreements DESC, name;
