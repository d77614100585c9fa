"""Shared fixtures: databases built by the real pipeline, once per test session.

Unit tests, AppTest and Playwright all read the same `seeds_db`; tests that write get their own
copy (`fresh_seeds_db`).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests check behaviour, not speed (speed: bench/): no per-example deadline, which a
# loaded 2-core CI machine missed now and then (200 ms for one date parse).
settings.register_profile("tracker", deadline=None)
settings.load_profile("tracker")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SEEDS = ROOT / "seeds"
CORPUS = FIXTURES / "corpus"


def load_gold(name: str) -> dict[str, dict]:
    """Gold annotations by article id (tests/fixtures/gold_<name>.jsonl)."""
    out = {}
    with (FIXTURES / f"gold_{name}.jsonl").open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rec = json.loads(line)
                out[rec["id"]] = rec
    return out


@pytest.fixture(scope="session")
def gold_seeds() -> dict[str, dict]:
    return load_gold("seeds")


@pytest.fixture(scope="session")
def gold_corpus() -> dict[str, dict]:
    return load_gold("corpus")


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """data/tracker.duckdb as `make run` builds it: the five seeds through the real ETL."""
    from etl.storage.build import build

    db = tmp_path_factory.mktemp("seeds") / "tracker.duckdb"
    build([str(SEEDS)], db, workers=1)
    return db


@pytest.fixture()
def fresh_seeds_db(seeds_db: Path, tmp_path: Path) -> Path:
    """A private copy of seeds_db for tests that change the database."""
    db = tmp_path / "tracker.duckdb"
    shutil.copy2(seeds_db, db)
    return db


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 60 development articles through the real ETL."""
    from etl.storage.build import build

    db = tmp_path_factory.mktemp("corpus") / "corpus.duckdb"
    build([str(CORPUS)], db, workers=1)
    return db


def export_jsonl(db: Path) -> dict[str, dict]:
    """The JSONL article contract of a database, by id."""
    import io

    from etl.storage import export

    con = export.open_db(db)
    try:
        buf = io.StringIO()
        export.write_articles_jsonl(con, buf)
    finally:
        con.close()
    return {r["id"]: r for r in map(json.loads, buf.getvalue().splitlines())}
