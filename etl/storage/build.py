"""Build (or update) the tracker database from article files: the local build.

Reading -> the per-article pipeline (in this process or a pool of workers) -> rows -> DuckDB, on
a copy of the database that is swapped in at the end (etl.storage.builds). Unchanged articles
(same raw bytes) are skipped, changed ones replaced; the export is byte-identical whatever the
number of workers.
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing as mp
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from itertools import islice
from pathlib import Path

import duckdb

from etl import settings
from etl.errors import InputNotFound, TrackerError
from etl.pipeline import process_or_reject, warm_up
from etl.reading.readers import iter_documents
from etl.records import RawDocument, Reject
from etl.storage import load
from etl.storage.builds import BuildSummary, WaitFn, finish_build, start_build, updating
from etl.storage.rows import article_rows, reject_row

LOGGER = logging.getLogger(__name__)
ProgressFn = Callable[[int, str], None]  # (documents seen so far, current doc id)
BATCH = 500  # articles per Arrow batch
SLICE_PER_WORKER = 64  # documents handed to the pool at a time, per worker
WORKER_CHECK_S = 2.0  # while waiting for a result, how often to check that no worker died
POOL_STOP_S = 10.0  # how long stopping the pool may take before its workers are killed
_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}
_PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent dies (Linux)


class WorkerDied(TrackerError):
    """A worker process of the pool died (killed, out of memory): its articles are lost."""


def build(
    inputs: list[str],
    db_path: str | Path | None = None,
    *,
    workers: int | None = None,
    progress: ProgressFn | None = None,
    wait: bool = True,
    on_wait: WaitFn | None = None,
) -> BuildSummary:
    """Read every article under `inputs`, extract, and load into the database at `db_path`.

    While another build writes the same database, wait for it (up to TRACKER_LOCK_WAIT_S,
    telling `on_wait`), or with wait=False stop at once (BuildLocked)."""
    for inp in inputs:
        if not Path(inp).exists():
            raise InputNotFound(f"input not found: {inp}")
    db = Path(db_path) if db_path else settings.db_path()
    db.parent.mkdir(parents=True, exist_ok=True)
    if workers is None or workers <= 0:
        workers = settings.get_int("workers") or os.cpu_count() or 1
    summary = BuildSummary(db_path=str(db))
    with updating(db, wait_s=None if wait else 0, on_wait=on_wait) as con:
        _build_into(con, inputs, workers, progress, summary)
    return summary


def _build_into(con: duckdb.DuckDBPyConnection, inputs: list[str], workers: int,
                progress: ProgressFn | None, summary: BuildSummary) -> None:
    started = start_build(con, [str(i) for i in inputs], summary)
    intake = _Intake(summary, started, known=load.existing_hashes(con))
    docs = _new_documents(inputs, intake, progress)
    # closing: on any error the pool stops here, before the copy is removed, not when collected
    with closing(_results(docs, workers, summary.build_id, started)) as results:
        _load_results(con, results, intake)
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

    def ignored(path: str, why: str) -> None:
        summary.ignored += 1
        LOGGER.info("ignored %s: %s", path, why)

    for item in iter_documents(inputs, max_bytes=settings.get_int("max_file_mb") << 20,
                               on_ignored=ignored):
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


def _safe_rows(raw: RawDocument, build_id: int, loaded_at: datetime,
               max_sentence_chars: int) -> tuple[str, dict[str, list[dict]]] | Reject:
    """One article's rows (or its Reject): the unit of work a pool worker sends back.

    Rows are plain values, much cheaper to pickle than the ArticleResult with its offset map.
    """
    result = process_or_reject(raw, max_sentence_chars=max_sentence_chars)
    if isinstance(result, Reject):
        return result
    return result.doc.doc_id, article_rows(result, build_id, loaded_at)


def _results(docs: Iterable[RawDocument], workers: int, build_id: int,
             loaded_at: datetime) -> Iterator[tuple[str, dict[str, list[dict]]] | Reject]:
    """Rows of each document, in input order, from this process or a pool (same either way)."""
    work = partial(_safe_rows, build_id=build_id, loaded_at=loaded_at,
                   max_sentence_chars=settings.get_int("max_sentence_chars"))
    if workers <= 1:
        yield from map(work, docs)
        return
    # Pool.imap drains its input eagerly, so the input goes in bounded slices; two slices are in
    # flight, so the workers process one while this process reads the next and loads results.
    it = iter(docs)
    size = SLICE_PER_WORKER * workers
    warm_up()  # gazetteer, rules, OpenCC loaded before the fork: shared, not copied per worker
    with _worker_pool(workers) as pool:
        pids = {p.pid for p in pool._pool}
        # chunks of CHUNK documents, each a task of its own: an imap of chunksize 1 can be waited
        # on with a timeout (a larger chunksize gives a plain generator)
        many = partial(_each, work)
        in_flight: deque[Iterator] = deque()
        for _ in range(2):
            if chunk := list(islice(it, size)):
                in_flight.append(pool.imap(many, _chunks(chunk)))
        while in_flight:
            current = in_flight.popleft()
            first = _next_result(current, pool, pids)  # wait for the oldest slice to start...
            if chunk := list(islice(it, size)):  # ...and meanwhile queue the next one
                in_flight.append(pool.imap(many, _chunks(chunk)))
            while first is not _DONE:
                yield from first
                first = _next_result(current, pool, pids)


CHUNK = 4  # documents per task sent to a worker


def _chunks(docs: list[RawDocument]) -> list[list[RawDocument]]:
    return [docs[i:i + CHUNK] for i in range(0, len(docs), CHUNK)]


def _each(work: Callable, docs: list[RawDocument]) -> list:
    return [work(d) for d in docs]


_DONE = object()


def _next_result(results: mp.pool.IMapIterator, pool: mp.pool.Pool, pids: set[int]) -> object:
    """The next result of an imap (_DONE at the end), checking every WORKER_CHECK_S that no
    worker died: the pool would replace it, and wait forever for the articles it held."""
    while True:
        try:
            return results.next(timeout=WORKER_CHECK_S)
        except StopIteration:
            return _DONE
        except mp.TimeoutError:
            if {p.pid for p in pool._pool} != pids:
                raise WorkerDied("a worker process died (killed, or out of memory?) and its "
                                 "articles are lost; the previous database is unchanged: run "
                                 "the build again, with fewer --workers if memory is short"
                                 ) from None


def _start_worker(parent: int) -> None:
    """A pool worker's start: Ctrl-C is the parent's business (it stops the pool; a worker
    killed by it could leave the pool's queues locked and the build hanging), SIGTERM stops the
    worker, and a worker never outlives its parent (kill -9 of the build)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: orphans end when the parent's pipes close
        pass
    if os.getppid() != parent:  # the parent died before prctl
        os._exit(1)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)


@contextmanager
def _stop_signals_held() -> Iterator[None]:
    """Hold the stop signals that arrive while the pool forks, and deliver them after. Blocking
    them in this thread is not enough: another thread takes the signal, and Python runs the
    handler in this one at its next instruction, which may be inside fork's at-fork hooks, where
    the handler's KeyboardInterrupt is printed as "Exception ignored" and lost."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []
    previous = {signum: signal.getsignal(signum) for signum in _STOP_SIGNALS}
    for signum in _STOP_SIGNALS:
        signal.signal(signum, lambda received, _frame: held.append(received))
    try:
        yield
    finally:
        for signum, handler in previous.items():
            if handler is not None:  # None: a handler not set from Python, left as it is
                signal.signal(signum, handler)
        for signum in held:
            signal.raise_signal(signum)


@contextmanager
def _worker_pool(workers: int) -> Iterator[mp.pool.Pool]:
    """A fork pool whose workers start with the stop signals blocked (a Ctrl-C between the
    fork and _start_worker would kill them), stopped on exit within POOL_STOP_S."""
    pool = None
    try:
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
        try:
            with _stop_signals_held():
                pool = mp.get_context("fork").Pool(workers, initializer=_start_worker,
                                                   initargs=(os.getpid(),))
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
        yield pool
    finally:
        if pool is not None:
            _stop_pool(pool)


def _stop_pool(pool: mp.pool.Pool) -> None:
    """pool.terminate(), bounded: it can wait forever for a queue lock that a worker killed from
    outside (SIGTERM or SIGKILL to the process group, the OOM killer) held; then the workers are
    killed and the build goes on unwinding."""
    stopper = threading.Thread(target=pool.terminate, name="stop-pool", daemon=True)
    stopper.start()
    stopper.join(POOL_STOP_S)
    if stopper.is_alive():
        LOGGER.warning("the worker pool did not stop within %s s: killing its workers",
                       POOL_STOP_S)
        for proc in list(pool._pool):
            proc.kill()
