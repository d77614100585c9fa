# The two commands: `make run` (dashboard on http://127.0.0.1:8501) and `make test` (every test).
# Both create .venv and install what they need; `make test` also installs Debian's chromium,
# a CJK font and a Java runtime (for the Spark test) when they are missing.

SHELL  := /bin/bash
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
DB     ?= data/tracker.duckdb
PORT   ?= 8501
ETL_SOURCES := $(shell find etl -type f \( -name '*.py' -o -name '*.sql' -o -name '*.csv' -o -name '*.yml' -o -name '*.toml' -o -name '*.tsv' -o -name '*.txt' \) 2>/dev/null)
SEEDS  := $(wildcard seeds/*)

.PHONY: run test lint e2e eval system-deps db clean bench bench-queries bench-paint \
        bench-spark gen-data screenshots

$(VENV)/.installed: requirements.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

$(VENV)/.dev-installed: $(VENV)/.installed requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

# Rebuilt when missing or older than the seeds or the ETL's code, rules and gazetteer.
$(DB): $(VENV)/.installed $(SEEDS) $(ETL_SOURCES)
	@mkdir -p $(dir $(DB))
	@rm -f $(DB)
	$(PY) -m etl build seeds --db $(DB)

db: $(DB)

run: $(DB)
	TRACKER_DB=$(DB) $(PY) -m streamlit run serve.py --server.headless true \
	  --server.address 127.0.0.1 --server.port $(PORT) --browser.gatherUsageStats false

system-deps:
	@bash .ci/system-deps.sh

test: $(VENV)/.dev-installed system-deps
	$(PY) -m ruff check .
	$(PY) -m pytest -q

e2e: $(VENV)/.dev-installed system-deps
	$(PY) -m pytest -q -m e2e

eval: $(VENV)/.dev-installed
	$(PY) -m pytest -q -s tests/test_eval.py

# Every page on the seeds DB and the dev-corpus DB, as PNGs + index.html in screenshots/
# (git-ignored): the whole dashboard at a glance.
screenshots: $(VENV)/.dev-installed system-deps
	$(PY) tools/screenshots.py

lint: $(VENV)/.dev-installed
	$(PY) -m ruff check .

# Benchmarks (BENCHMARKS.md): one command each; they install their extras (pypinyin, pyinstrument;
# jionlp for the baseline, in bench/out/baseline-site, outside the project's environment).
$(VENV)/.bench-installed: $(VENV)/.dev-installed bench/requirements-bench.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r bench/requirements-bench.txt
	@touch $@

bench/out/baseline-site/.installed: bench/requirements-baseline.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --target bench/out/baseline-site \
	  -r bench/requirements-baseline.txt
	@touch $@

bench: $(VENV)/.bench-installed bench/out/baseline-site/.installed
	$(PY) bench/etl_throughput.py

bench-queries: $(VENV)/.bench-installed
	$(PY) bench/dashboard_queries.py

bench-paint: $(VENV)/.bench-installed system-deps
	$(PY) bench/first_paint.py --runs 2

bench-spark: $(VENV)/.bench-installed system-deps
	test -f bench/out/corpus-7-10000/manifest.json || \
	  $(PY) bench/make_corpus.py 10000 bench/out/corpus-7-10000 --format jsonl --workers 2
	$(PY) etl/spark_job.py bench/out/corpus-7-10000/articles.jsonl bench/out/spark-10k \
	  --master 'local[2]'
	time $(PY) -m etl load-parquet bench/out/spark-10k --db bench/out/spark-10k.duckdb

gen-data: $(VENV)/.installed
	$(PY) etl/data/gen_regions.py

clean:
	rm -rf $(VENV) $(DB) tests/artifacts .pytest_cache
