"""One run that writes the database, local build or Parquet load: its copy-and-swap, its row in
the `builds` table, and the summary it reports.

The database is never modified in place: `updating` copies it to `<db>.new-<pid>`, the run writes
there, and the copy is swapped in with os.replace(). A crash or Ctrl-C leaves the last good
database intact, and the dashboard (which opens read-only connections) never blocks a run.
`start_build` and `finish_build` are the bookkeeping every run does before and after loading its
rows: a new build id, then near-duplicates, fact tables, counts and the finished `builds` row.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import duckdb

from etl import __version__, settings
from etl.records import Reject
from etl.storage import load


@dataclass
class BuildSummary:
    """What a run did: printed by the CLI, shown by the dashboard's import page."""

    db_path: str
    build_id: int = 0
    read: int = 0
    added: int = 0
    unchanged: int = 0
    rejected: int = 0
    agreements: int = 0
    initiatives: int = 0
    articles: int = 0
    rejects: list[Reject] = field(default_factory=list)
    added_ids: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"articles read {self.read}, added {self.added}, unchanged {self.unchanged}, "
            f"rejected {self.rejected}; database: {self.articles} articles, "
            f"{self.agreements} agreements, {self.initiatives} initiatives"
        )


def connect_for_build(path: Path) -> duckdb.DuckDBPyConnection:
    """A read-write connection with the build's DuckDB memory cap (TRACKER_BUILD_MEMORY)."""
    return duckdb.connect(str(path), config={"memory_limit": settings.get("build_memory")})


@contextmanager
def updating(db: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to a copy of `db` (`<db>.new-<pid>`) that replaces it when the block ends.

    The copy is checkpointed and swapped in with os.replace(); on any error or Ctrl-C it is
    deleted and `db` stays as it was.
    """
    tmp = db.with_name(f"{db.name}.new-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    if db.exists():
        shutil.copy2(db, tmp)
    try:
        con = connect_for_build(tmp)
        try:
            yield con
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(tmp, db)
    except BaseException:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}.wal").unlink(missing_ok=True)
        raise


def start_build(con: duckdb.DuckDBPyConnection, inputs: list[str],
                summary: BuildSummary) -> datetime:
    """Create the schema if missing, register a new build (summary.build_id) and return when it
    started."""
    load.ensure_schema(con)
    summary.build_id = con.execute(
        "SELECT coalesce(max(build_id), 0) + 1 FROM builds").fetchone()[0]
    started = datetime.now()
    con.execute("INSERT INTO builds (build_id, started_at, inputs, etl_version) "
                "VALUES (?, ?, ?, ?)", [summary.build_id, started, inputs, __version__])
    return started


def finish_build(con: duckdb.DuckDBPyConnection, summary: BuildSummary) -> None:
    """After the rows are in: mark near-duplicates, rebuild the facts, count, close the build."""
    load.mark_duplicates(con)
    load.rebuild_facts(con)
    summary.articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    summary.agreements = con.execute("SELECT count(*) FROM agreements").fetchone()[0]
    summary.initiatives = con.execute("SELECT count(*) FROM initiatives").fetchone()[0]
    con.execute(
        "UPDATE builds SET finished_at = ?, read = ?, added = ?, unchanged = ?, rejected = ?, "
        "agreements = ?, initiatives = ? WHERE build_id = ?",
        [datetime.now(), summary.read, summary.added, summary.unchanged, summary.rejected,
         summary.agreements, summary.initiatives, summary.build_id])
