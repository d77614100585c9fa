"""Storage: `ArticleResult`s in, a DuckDB database and its exports out.

`rows` turns one article's results into table rows; `load` is the DuckDB layer (schema, batched
inserts, near-duplicates, fact tables); `build` runs a whole local build (reading -> pipeline ->
rows -> load) on a copy of the database that is swapped in atomically; `parquet_load` loads the
Spark job's output with the same rules; `export` writes the JSONL article contract and any table as
CSV, JSONL or Parquet. `correction_store` is the reviewers' corrections store (SQLite, beside the
database) and `review` the step of every build that applies it before the facts (and the gold
export). The SQL (`sql/schema.sql`, `sql/review.sql`, `sql/facts.sql`, `sql/marts.sql`) and the
column contracts (`contracts.toml`) live here too: no other part of the ETL talks to a database.
"""
