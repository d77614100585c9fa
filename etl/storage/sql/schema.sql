-- Tables the ETL writes directly (layer "stg": one row per article or per extracted record).
-- The fact tables analysts and the dashboard read are derived from these by facts.sql, which is
-- re-run after every build, so facts are always a pure function of the staged rows.
-- Dates are calendar dates in China (Asia/Shanghai); no time zone conversion is ever applied.

CREATE TABLE IF NOT EXISTS regions (
    adcode          VARCHAR PRIMARY KEY,  -- 6-digit 行政区划代码
    name            VARCHAR NOT NULL,     -- full name: 信阳市, 北京市朝阳区 is stored as 朝阳区
    short_name      VARCHAR NOT NULL,     -- 信阳, 河南, 新疆
    aliases         VARCHAR[],            -- other names seen in text
    level           VARCHAR NOT NULL,     -- province | prefecture | county
    parent_adcode   VARCHAR,              -- province for a prefecture, prefecture (or province) for a county
    province_adcode VARCHAR NOT NULL,
    province        VARCHAR NOT NULL,     -- full name of the province-level unit
    prefecture      VARCHAR,              -- full name of the prefecture-level unit (county rows)
    longitude       DOUBLE,               -- representative point (seat), WGS84-ish degrees
    latitude        DOUBLE,
    map_name        VARCHAR               -- feature name in the map GeoJSON (河南 / 信阳市)
);

CREATE TABLE IF NOT EXISTS builds (
    build_id     INTEGER PRIMARY KEY,
    started_at   TIMESTAMP NOT NULL,
    finished_at  TIMESTAMP,
    inputs       VARCHAR[],
    read         INTEGER,
    added        INTEGER,               -- new or changed articles
    unchanged    INTEGER,
    rejected     INTEGER,
    agreements   INTEGER,               -- fact rows after the build
    initiatives  INTEGER,
    etl_version  VARCHAR
);

CREATE TABLE IF NOT EXISTS articles (
    article_id          VARCHAR PRIMARY KEY,  -- input file stem ("<stem>#<n>" for jsonl line n)
    path                VARCHAR NOT NULL,
    fmt                 VARCHAR NOT NULL,     -- txt | html | jsonl | warc | wet
    encoding            VARCHAR,
    raw_sha256          VARCHAR NOT NULL,     -- change detector for incremental builds
    title               VARCHAR,
    published           VARCHAR,              -- ISO date or date-time as found
    published_date      DATE,
    published_precision VARCHAR NOT NULL,
    source              VARCHAR,
    author              VARCHAR,
    url                 VARCHAR,
    script              VARCHAR NOT NULL,     -- simplified | traditional | traditional+pinyin
    content_hash        VARCHAR NOT NULL,
    simhash             VARCHAR,              -- near-duplicate key (16 hex chars)
    duplicate_of        VARCHAR,              -- article_id of an earlier near-duplicate, if any
    clean_text          VARCHAR NOT NULL,
    original_text       VARCHAR NOT NULL,
    repairs             VARCHAR[],
    removed_lines       INTEGER,
    n_agreements        INTEGER NOT NULL,
    n_initiatives       INTEGER NOT NULL,
    build_id            INTEGER NOT NULL,     -- build that (re)loaded this article
    loaded_at           TIMESTAMP NOT NULL
);

-- One row per agreement as reported by one article.
CREATE TABLE IF NOT EXISTS stg_agreements (
    article_id      VARCHAR NOT NULL,
    seq             INTEGER NOT NULL,         -- order within the article
    agreement_id    VARCHAR NOT NULL,         -- stable key of the signing event (see load.agreement_key)
    event_date      DATE,                     -- first day of `date` at its precision
    date            VARCHAR,
    date_precision  VARCHAR NOT NULL,
    date_after      VARCHAR,
    date_before     VARCHAR,
    date_text       VARCHAR,
    type            VARCHAR,
    title           VARCHAR,
    model           VARCHAR NOT NULL,
    provinces       VARCHAR[],
    cities          VARCHAR[],
    counties        VARCHAR[],
    is_new_signing  BOOLEAN NOT NULL,
    background      BOOLEAN NOT NULL,
    online          BOOLEAN NOT NULL,
    confidence      DOUBLE NOT NULL,
    evidence        VARCHAR NOT NULL,
    span_start      INTEGER NOT NULL,
    span_end        INTEGER NOT NULL,
    orig_start      INTEGER NOT NULL,
    orig_end        INTEGER NOT NULL,
    PRIMARY KEY (article_id, seq)
);

CREATE TABLE IF NOT EXISTS stg_agreement_parties (
    article_id  VARCHAR NOT NULL,
    seq         INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    name        VARCHAR NOT NULL,
    mention     VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,
    level       VARCHAR NOT NULL,
    adcode      VARCHAR,
    PRIMARY KEY (article_id, seq, position)
);

CREATE TABLE IF NOT EXISTS stg_initiatives (
    article_id     VARCHAR NOT NULL,
    seq            INTEGER NOT NULL,
    initiative_id  VARCHAR NOT NULL,
    name           VARCHAR NOT NULL,
    family         VARCHAR NOT NULL,
    kind           VARCHAR NOT NULL,
    region         VARCHAR,
    region_adcode  VARCHAR,
    place          VARCHAR,
    designated     VARCHAR,
    evidence       VARCHAR NOT NULL,
    span_start     INTEGER NOT NULL,
    span_end       INTEGER NOT NULL,
    orig_start     INTEGER NOT NULL,
    orig_end       INTEGER NOT NULL,
    PRIMARY KEY (article_id, seq)
);

CREATE TABLE IF NOT EXISTS rejects (
    path      VARCHAR NOT NULL,
    doc_id    VARCHAR,
    reason    VARCHAR NOT NULL,   -- etl/reading/readers.py lists the codes (contracts.toml too)
    message   VARCHAR NOT NULL,
    build_id  INTEGER NOT NULL,
    rejected_at TIMESTAMP NOT NULL
);
