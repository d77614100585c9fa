-- The reviewers' corrections as a build applied them: recreated by every build's review step
-- (etl/storage/review.py) from one snapshot of the corrections store, before facts.sql; read by
-- marts.sql (the review queue, the review marks on the marts). Derived like the facts: the
-- corrections themselves live in the store. Times are wall-clock times in China (Asia/Shanghai).

-- One row per extracted or added row of every article a correction touches, after the
-- corrections (rejected rows included, with their status). The other articles' rows are the
-- machine's (stg_*), unreviewed.
CREATE OR REPLACE TABLE review_rows (
    item                   VARCHAR,    -- agreement | initiative
    item_key               VARCHAR,    -- the correction key of the row (etl/corrections/model.py)
    article_id             VARCHAR,
    seq                    INTEGER,
    agreement_id           VARCHAR,
    initiative_id          VARCHAR,
    span_start             INTEGER,
    span_end               INTEGER,
    orig_start             INTEGER,
    orig_end               INTEGER,
    evidence               VARCHAR,
    parties                VARCHAR[],
    party_mentions         VARCHAR[],
    date                   VARCHAR,
    date_precision         VARCHAR,
    date_after             VARCHAR,
    date_before            VARCHAR,
    type                   VARCHAR,
    model                  VARCHAR,
    signing                VARCHAR,    -- new | background | draft
    provinces              VARCHAR[],
    cities                 VARCHAR[],
    confidence             DOUBLE,
    name                   VARCHAR,
    family                 VARCHAR,
    kind                   VARCHAR,
    region                 VARCHAR,
    machine_parties        VARCHAR[],  -- the machine's values (NULL for a row a reviewer added)
    machine_date           VARCHAR,
    machine_date_precision VARCHAR,
    machine_type           VARCHAR,
    machine_model          VARCHAR,
    machine_signing        VARCHAR,
    machine_name           VARCHAR,
    machine_family         VARCHAR,
    machine_kind           VARCHAR,
    machine_region         VARCHAR,
    status                 VARCHAR,    -- unreviewed | accepted | edited | rejected | added | merged | split
    reviewed_by            VARCHAR,
    reviewed_at            TIMESTAMP,
    reject_reason          VARCHAR,
    correction_key         VARCHAR     -- the correction that gave the status
);

-- Articles a reviewer marked complete (every row checked, nothing missing).
CREATE OR REPLACE TABLE review_articles (
    article_id   VARCHAR,
    completed_by VARCHAR,
    completed_at TIMESTAMP
);

-- Corrections whose row, event or article the build did not find: kept in the store, listed.
CREATE OR REPLACE TABLE review_orphans (
    key         VARCHAR,
    target      VARCHAR,
    action      VARCHAR,
    article_id  VARCHAR,
    evidence    VARCHAR,
    why         VARCHAR,
    reason      VARCHAR,
    note        VARCHAR,
    version     INTEGER,
    updated_by  VARCHAR,
    updated_at  TIMESTAMP
);

-- Which state of the store the database reflects (one row).
CREATE OR REPLACE TABLE review_applied (
    applied_at   TIMESTAMP,
    store        VARCHAR,    -- the store's file ('' when the database has none: in memory)
    store_seq    BIGINT,     -- the store's last audit entry when the build read it
    corrections  INTEGER,    -- current corrections in the store
    applied      INTEGER,    -- ... that found their row, event or article
    orphaned     INTEGER     -- ... that did not (review_orphans)
);
