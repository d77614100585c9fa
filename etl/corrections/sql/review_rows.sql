-- Temp tables the build's last step (etl/corrections/build_step.py) fills from the corrections
-- store before review_marts.sql runs. Times are wall-clock times in China (Asia/Shanghai).

-- Articles whose rows the corrections touch (their staged rows are replaced by corrected ones).
CREATE OR REPLACE TEMP TABLE _touched_articles (article_id VARCHAR PRIMARY KEY);

-- One row per extracted or added row of a touched article, after corrections (rejected included).
CREATE OR REPLACE TEMP TABLE _review_rows (
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
CREATE OR REPLACE TEMP TABLE _review_articles (
    article_id   VARCHAR,
    completed_by VARCHAR,
    completed_at TIMESTAMP
);

-- Corrections whose row, event or article the build did not find: kept in the store, listed.
CREATE OR REPLACE TEMP TABLE _review_orphans (
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
