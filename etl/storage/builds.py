"""One run that writes the database, local build or Parquet load: its lock, its copy-and-swap, its
row in the `builds` table, and the summary it reports.

The database is never modified in place: `updating` copies it to `<db>.new-<pid>`, the run writes
there, and the copy is swapped in with os.replace(). A crash or Ctrl-C leaves the last good
database intact, and the dashboard (which opens read-only connections) never blocks a run.
One run writes a database at a time: `updating` holds an exclusive lock on `<db>.lock` (flock)
from before the copy until after the swap, so a second run waits for the first one's result
instead of overwriting it (or, told not to wait, stops with BuildLocked). Under the lock, the
copies that a killed run left behind (`<db>.new-<pid>` whose process is gone) are removed; a
full disk stops the run with DiskFull, one line, its copy removed.
`start_build` and `finish_build` are the bookkeeping every run does before and after loading its
rows: a new build id, then near-duplicates, fact tables, counts and the finished `builds` row.
"""

from __future__ import annotations

import errno
import fcntl
import logging
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import duckdb

from etl import __version__, settings
from etl.errors import BuildLocked, DiskFull
from etl.records import Reject
from etl.storage import load

LOGGER = logging.getLogger(__name__)
WaitFn = Callable[[str], None]  # told, once, that the run waits for another one (a message)
LOCK_POLL_S = 0.2  # how often a waiting run tries the lock again
# errors that mean the disk (or the file size allowed) is full
_FULL_ERRNOS = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
# the connections of the runs in progress in this process, for interrupt_running()
_RUNNING: set[duckdb.DuckDBPyConnection] = set()
_RUNNING_LOCK = threading.Lock()


def interrupt_running() -> bool:
    """Interrupt the DuckDB query of every run in progress in this process; True if there was a
    run. For another thread to call on Ctrl-C: DuckDB does not always notice a signal during a
    long query (in half of the tries the query ran on), and an interrupt before the query
    starts is lost, so the caller repeats it until the run has ended."""
    with _RUNNING_LOCK:
        running = list(_RUNNING)
    for con in running:
        try:
            con.interrupt()
        except duckdb.Error:  # closed meanwhile
            pass
    return bool(running)


@dataclass
class BuildSummary:
    """What a run did: printed by the CLI, shown by the dashboard's import page."""

    db_path: str
    build_id: int = 0
    read: int = 0
    added: int = 0
    unchanged: int = 0
    rejected: int = 0
    ignored: int = 0  # files and records that are not articles (hidden, other formats, images)
    agreements: int = 0
    initiatives: int = 0
    articles: int = 0
    rejects: list[Reject] = field(default_factory=list)
    added_ids: list[str] = field(default_factory=list)

    def line(self) -> str:
        ignored = (f" (ignored {self.ignored} files or records that are not articles: hidden, "
                   f"other formats, images; -v lists them)" if self.ignored else "")
        return (
            f"articles read {self.read}, added {self.added}, unchanged {self.unchanged}, "
            f"rejected {self.rejected}{ignored}; database: {self.articles} articles, "
            f"{self.agreements} agreements, {self.initiatives} initiatives"
        )


def connect_for_build(path: Path) -> duckdb.DuckDBPyConnection:
    """A read-write connection with the build's DuckDB memory cap (TRACKER_BUILD_MEMORY)."""
    return duckdb.connect(str(path), config={"memory_limit": settings.get("build_memory")})


def lock_path(db: Path) -> Path:
    """The lock file of a database: `<db>.lock`, next to it (it stays there between runs)."""
    return db.with_name(f"{db.name}.lock")


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _holder(path: Path) -> str:
    """Who holds the lock, as its holder wrote it ("pid 123 since 2024-05-01 10:00:00")."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        text = ""
    return f"another build ({text})" if text else "another build"


@contextmanager
def build_lock(db: Path, *, wait_s: float, on_wait: WaitFn | None = None) -> Iterator[None]:
    """Hold the database's write lock (an exclusive flock on `<db>.lock`) for the block.

    A flock belongs to one open file, so two runs exclude each other whether they are two
    processes or two threads of one (the dashboard's imports). When another run holds it, wait
    up to `wait_s` seconds (telling `on_wait` once), then raise BuildLocked; 0 does not wait.
    The lock is released when the file is closed, also when the process dies.
    """
    path = lock_path(db)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if not _try_lock(fd):
            busy = f"{_holder(path)} is writing {db}"
            if wait_s <= 0:
                raise BuildLocked(f"{busy}; not waiting (--no-wait): run again when it is done")
            if on_wait is not None:
                on_wait(f"{busy}; waiting for it to finish (at most {wait_s:g} s)")
            deadline = time.monotonic() + wait_s
            while not _try_lock(fd):
                if time.monotonic() >= deadline:
                    raise BuildLocked(f"{busy}; gave up after waiting {wait_s:g} s "
                                      f"(TRACKER_LOCK_WAIT_S)")
                time.sleep(LOCK_POLL_S)
        os.ftruncate(fd, 0)
        os.write(fd, f"pid {os.getpid()} since {datetime.now():%Y-%m-%d %H:%M:%S}\n".encode())
        yield
    finally:
        os.close(fd)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def remove_stale_copies(db: Path) -> list[Path]:
    """Remove the copies (`<db>.new-<pid>`, with DuckDB's `.wal`) of runs that were killed
    (kill -9, power loss) and could not clean up. Called with the lock held, so no running build
    writes them: a copy is stale when its process is gone or is this one (a failed earlier run
    of this process); a live other process's copy is left alone, with a warning."""
    removed = []
    for path in sorted(db.parent.glob(f"{db.name}.new-*")):
        pid_text = path.name[len(db.name) + len(".new-"):].split(".", 1)[0]
        if not pid_text.isdigit():
            continue
        pid = int(pid_text)
        if pid != os.getpid() and _pid_alive(pid):
            LOGGER.warning("%s belongs to process %d, which is running: left alone", path, pid)
            continue
        path.unlink(missing_ok=True)
        removed.append(path)
    if removed:
        LOGGER.warning("removed %d temporary file(s) that an interrupted build left: %s",
                       len(removed), ", ".join(p.name for p in removed))
    return removed


def _disk_full(exc: BaseException) -> bool:
    """Whether an error (or one it came from) says that the disk or the file size limit is full:
    an OSError with ENOSPC/EDQUOT/EFBIG, or a DuckDB error quoting one."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError) and exc.errno in _FULL_ERRNOS:
            return True
        if isinstance(exc, duckdb.Error) and any(os.strerror(e) in str(exc)
                                                 for e in _FULL_ERRNOS):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def _discard(tmp: Path) -> None:
    """Remove a run's copy; a second Ctrl-C meanwhile does not stop that."""
    for path in (tmp, Path(f"{tmp}.wal")):
        while True:
            try:
                path.unlink(missing_ok=True)
            except KeyboardInterrupt:
                continue
            except OSError as exc:  # never hide the error that brought us here
                LOGGER.warning("could not remove %s: %s", path, exc)
            break


@contextmanager
def updating(db: Path, *, wait_s: float | None = None,
             on_wait: WaitFn | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to a copy of `db` (`<db>.new-<pid>`) that replaces it when the block ends.

    Holds the database's lock throughout (`build_lock`; `wait_s` defaults to
    TRACKER_LOCK_WAIT_S) and first removes the copies killed runs left. The copy is checkpointed
    and swapped in with os.replace(); on any error or Ctrl-C it is deleted and `db` stays as it
    was; a full disk becomes DiskFull.
    """
    if wait_s is None:
        wait_s = settings.get("lock_wait_s")
    with build_lock(db, wait_s=wait_s, on_wait=on_wait):
        remove_stale_copies(db)
        tmp = db.with_name(f"{db.name}.new-{os.getpid()}")
        try:
            if db.exists():
                shutil.copy2(db, tmp)
            con = connect_for_build(tmp)
            with _RUNNING_LOCK:
                _RUNNING.add(con)
            try:
                yield con
                con.execute("CHECKPOINT")
            finally:
                with _RUNNING_LOCK:
                    _RUNNING.discard(con)
                con.close()
            os.replace(tmp, db)
        except BaseException as exc:
            _discard(tmp)
            if _disk_full(exc):
                raise DiskFull(
                    f"no space left for the build's copy of the database in {db.parent} "
                    f"({type(exc).__name__}: {str(exc).splitlines()[0][:200]}); the previous "
                    f"database is unchanged and the copy removed. A build needs free space for "
                    f"{_needs(db)}") from exc
            raise


def _needs(db: Path) -> str:
    try:
        return f"a copy of the database ({db.stat().st_size / 2**20:.0f} MB) plus its new rows"
    except OSError:
        return "the new database"


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
