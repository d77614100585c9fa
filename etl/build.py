"""Build (or update) the tracker database from article files.

The database is never modified in place: the previous file is copied to `<db>.new-<pid>`, the new
articles are loaded there, the fact tables are rebuilt, and the file is swapped in with
os.replace(). A crash or Ctrl-C leaves the last good database intact, and the dashboard (which
opens read-only connections) never blocks the build.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import shutil
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from itertools import islice
from pathlib import Path

import duckdb

from etl import __version__, load, settings
from etl.errors import InputNotFound
from etl.pipeline import process_document, warm_up
from etl.readers import iter_documents
from etl.records import ArticleResult, RawDocument, Reject
from etl.rows import article_rows

LOGGER = logging.getLogger(__name__)
ProgressFn = Callable[[int, str], None]  # (documents seen so far, current doc id)
BATCH = 500  # articles per Arrow batch
SLICE_PER_WORKER = 64  # documents handed to the pool at a time, per worker


@dataclass
class BuildSummary:
    """What a build did: printed by the CLI, shown by the dashboard's import page."""

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


def _safe_process(raw: RawDocument) -> ArticleResult | Reject:
    """process_document; an unexpected error becomes a Reject, so one article never stops a run."""
    try:
        return process_document(raw)
    except Exception as exc:
        LOGGER.exception("extraction failed for %s", raw.path)
        return Reject(
            raw.path, "error", f"extraction failed: {type(exc).__name__}: {exc}", raw.doc_id
        )


def _safe_rows(raw: RawDocument, build_id: int,
               loaded_at: datetime) -> tuple[str, dict[str, list[dict]]] | Reject:
    """One article's rows (or its Reject): the unit of work a pool worker sends back.

    Rows are plain values, much cheaper to pickle than the ArticleResult with its offset map.
    """
    result = _safe_process(raw)
    if isinstance(result, Reject):
        return result
    return result.doc.doc_id, article_rows(result, build_id, loaded_at)


def _results(docs: Iterable[RawDocument], workers: int, build_id: int,
             loaded_at: datetime) -> Iterator[tuple[str, dict[str, list[dict]]] | Reject]:
    """Rows of each document, in input order, from this process or a pool (same either way)."""
    work = partial(_safe_rows, build_id=build_id, loaded_at=loaded_at)
    if workers <= 1:
        yield from map(work, docs)
        return
    # Pool.imap drains its input eagerly, so the input goes in bounded slices; two slices are in
    # flight, so the workers process one while this process reads the next and loads results.
    it = iter(docs)
    size = SLICE_PER_WORKER * workers
    warm_up()  # gazetteer, rules, OpenCC loaded before the fork: shared, not copied per worker
    with mp.get_context("fork").Pool(workers) as pool:
        in_flight: deque[Iterator] = deque()
        for _ in range(2):
            if chunk := list(islice(it, size)):
                in_flight.append(pool.imap(work, chunk, chunksize=4))
        while in_flight:
            current = in_flight.popleft()
            first = next(current, None)  # wait for the oldest slice to start returning...
            if chunk := list(islice(it, size)):  # ...and meanwhile queue the next one
                in_flight.append(pool.imap(work, chunk, chunksize=4))
            if first is not None:
                yield first
                yield from current


def build(
    inputs: list[str],
    db_path: str | Path | None = None,
    *,
    workers: int | None = None,
    progress: ProgressFn | None = None,
) -> BuildSummary:
    """Read every article under `inputs`, extract, and load into the database at `db_path`."""
    for inp in inputs:
        if not Path(inp).exists():
            raise InputNotFound(f"input not found: {inp}")
    db = Path(db_path) if db_path else settings.db_path()
    db.parent.mkdir(parents=True, exist_ok=True)
    if workers is None or workers <= 0:
        workers = settings.get_int("workers") or os.cpu_count() or 1
    summary = BuildSummary(db_path=str(db))
    with updating(db) as con:
        _build_into(con, inputs, workers, progress, summary)
    return summary


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


def _build_into(
    con: duckdb.DuckDBPyConnection,
    inputs: list[str],
    workers: int,
    progress: ProgressFn | None,
    summary: BuildSummary,
) -> None:
    load.ensure_schema(con)
    build_id = con.execute("SELECT coalesce(max(build_id), 0) + 1 FROM builds").fetchone()[0]
    started = datetime.now()
    summary.build_id = build_id
    con.execute(
        "INSERT INTO builds (build_id, started_at, inputs, etl_version) VALUES (?, ?, ?, ?)",
        [build_id, started, [str(i) for i in inputs], __version__],
    )
    known = load.existing_hashes(con)
    seen: set[str] = set()
    reject_rows: list[dict] = []

    def reject(r: Reject) -> None:
        summary.rejected += 1
        summary.rejects.append(r)
        reject_rows.append(
            {
                "path": r.path,
                "doc_id": r.doc_id,
                "reason": r.reason,
                "message": r.message,
                "build_id": build_id,
                "rejected_at": started,
            }
        )

    def todo() -> Iterator[RawDocument]:
        for item in iter_documents(inputs, max_bytes=settings.get_int("max_file_mb") << 20):
            summary.read += 1
            if progress:
                progress(summary.read, item.doc_id or item.path)
            if isinstance(item, Reject):
                reject(item)
            elif item.doc_id in seen:
                reject(
                    Reject(
                        item.path,
                        "duplicate_id",
                        f"another input in this build already has the id {item.doc_id}",
                        item.doc_id,
                    )
                )
            elif known.get(item.doc_id) == item.raw_sha256:
                seen.add(item.doc_id)
                summary.unchanged += 1
            else:
                seen.add(item.doc_id)
                yield item

    buffer: dict[str, list[dict]] = {}
    pending: list[str] = []  # changed articles: their old rows go before the new ones land

    def flush() -> None:
        load.delete_articles(con, pending)
        for table, rows in buffer.items():
            load.insert_rows(con, table, rows)
        buffer.clear()
        pending.clear()

    batched = 0
    for result in _results(todo(), workers, build_id, started):
        if isinstance(result, Reject):
            reject(result)
            continue
        doc_id, article = result
        summary.added += 1
        summary.added_ids.append(doc_id)
        batched += 1
        if doc_id in known:  # a DELETE scans the tables: only for changed articles
            pending.append(doc_id)
        for table, rows in article.items():
            buffer.setdefault(table, []).extend(rows)
        if batched >= BATCH:
            flush()
            batched = 0
    flush()
    load.insert_rows(con, "rejects", reject_rows)
    load.mark_duplicates(con)
    load.rebuild_facts(con)
    summary.articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    summary.agreements = con.execute("SELECT count(*) FROM agreements").fetchone()[0]
    summary.initiatives = con.execute("SELECT count(*) FROM initiatives").fetchone()[0]
    con.execute(
        "UPDATE builds SET finished_at = ?, read = ?, added = ?, unchanged = ?, rejected = ?, "
        "agreements = ?, initiatives = ? WHERE build_id = ?",
        [
            datetime.now(),
            summary.read,
            summary.added,
            summary.unchanged,
            summary.rejected,
            summary.agreements,
            summary.initiatives,
            build_id,
        ],
    )
