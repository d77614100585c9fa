"""Build (or update) the tracker database from article files: the local build.

Reading -> the per-article pipeline (in this process or a pool of workers) -> rows -> DuckDB, on
a copy of the database that is swapped in at the end (etl.storage.builds). Unchanged articles
(same raw bytes) are skipped, changed ones replaced; the export is byte-identical whatever the
number of workers.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from itertools import islice
from pathlib import Path

import duckdb

from etl import settings
from etl.errors import InputNotFound
from etl.pipeline import process_or_reject, warm_up
from etl.reading.readers import iter_documents
from etl.records import RawDocument, Reject
from etl.storage import load
from etl.storage.builds import BuildSummary, finish_build, start_build, updating
from etl.storage.rows import article_rows, reject_row

LOGGER = logging.getLogger(__name__)
ProgressFn = Callable[[int, str], None]  # (documents seen so far, current doc id)
BATCH = 500  # articles per Arrow batch
SLICE_PER_WORKER = 64  # documents handed to the pool at a time, per worker


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


def _build_into(con: duckdb.DuckDBPyConnection, inputs: list[str], workers: int,
                progress: ProgressFn | None, summary: BuildSummary) -> None:
    started = start_build(con, [str(i) for i in inputs], summary)
    intake = _Intake(summary, started, known=load.existing_hashes(con))
    docs = _new_documents(inputs, intake, progress)
    _load_results(con, _results(docs, workers, summary.build_id, started), intake)
    load.insert_rows(con, "rejects", intake.reject_rows)
    finish_build(con, summary)


@dataclass
class _Intake:
    """What a local build has taken in so far: the ids it saw and the inputs it rejected."""

    summary: BuildSummary
    started: datetime
    known: dict[str, str]  # article id -> raw_sha256 of the articles already in the database
    seen: set[str] = field(default_factory=set)
    reject_rows: list[dict] = field(default_factory=list)

    def reject(self, r: Reject) -> None:
        self.summary.rejected += 1
        self.summary.rejects.append(r)
        self.reject_rows.append(reject_row(r, self.summary.build_id, self.started))


def _new_documents(inputs: list[str], intake: _Intake,
                   progress: ProgressFn | None) -> Iterator[RawDocument]:
    """The documents to process: unreadable inputs and repeated ids rejected, unchanged ones
    (same id, same raw bytes as in the database) counted and skipped."""
    summary = intake.summary
    for item in iter_documents(inputs, max_bytes=settings.get_int("max_file_mb") << 20):
        summary.read += 1
        if progress:
            progress(summary.read, item.doc_id or item.path)
        if isinstance(item, Reject):
            intake.reject(item)
        elif item.doc_id in intake.seen:
            intake.reject(Reject(item.path, "duplicate_id",
                                 f"another input in this build already has the id {item.doc_id}",
                                 item.doc_id))
        elif intake.known.get(item.doc_id) == item.raw_sha256:
            intake.seen.add(item.doc_id)
            summary.unchanged += 1
        else:
            intake.seen.add(item.doc_id)
            yield item


def _load_results(con: duckdb.DuckDBPyConnection,
                  results: Iterable[tuple[str, dict[str, list[dict]]] | Reject],
                  intake: _Intake) -> None:
    """Insert the articles' rows in batches of BATCH articles; a changed article's old rows are
    deleted first (a DELETE scans the tables: only for articles already in the database)."""
    summary = intake.summary
    buffer: dict[str, list[dict]] = {}
    pending: list[str] = []  # changed articles: their old rows go before the new ones land

    def flush() -> None:
        load.delete_articles(con, pending)
        for table, rows in buffer.items():
            load.insert_rows(con, table, rows)
        buffer.clear()
        pending.clear()

    batched = 0
    for result in results:
        if isinstance(result, Reject):
            intake.reject(result)
            continue
        doc_id, article = result
        summary.added += 1
        summary.added_ids.append(doc_id)
        batched += 1
        if doc_id in intake.known:
            pending.append(doc_id)
        for table, rows in article.items():
            buffer.setdefault(table, []).extend(rows)
        if batched >= BATCH:
            flush()
            batched = 0
    flush()


def _safe_rows(raw: RawDocument, build_id: int,
               loaded_at: datetime) -> tuple[str, dict[str, list[dict]]] | Reject:
    """One article's rows (or its Reject): the unit of work a pool worker sends back.

    Rows are plain values, much cheaper to pickle than the ArticleResult with its offset map.
    """
    result = process_or_reject(raw)
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
