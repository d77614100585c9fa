"""The dashboard's database connection: read-only DuckDB, parameterised SQL, cached results.

The SQL itself lives in dashboard_lib/queries/ (one module per page family, mart_* tables only);
this module only runs it. Connection policy (TOOLING §8):
- one read-only connection per DB file, external access off, extension autoload/autoinstall off,
  configuration locked;
- the ETL replaces the file with os.replace(); every query checks the file's (st_ino, st_mtime_ns,
  st_size) and reopens when it changed, so a rebuilt DB is picked up without a restart;
- an idle connection is closed after IDLE_CLOSE_S seconds, so the dashboard holds no lock on the
  file while nobody is looking (the ETL never needs one anyway: it builds a copy and swaps it in).
Results are cached with st.cache_data, keyed on the SQL, the parameters and the file signature.

SQL is written as constants. The only text ever spliced into them is the WHERE fragments of the
filter table (dashboard_lib/filters.py), which are constants too: user values travel as `?`
parameters only (dashboard_lib/scope.py).
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import streamlit as st

from etl import settings

LOGGER = logging.getLogger(__name__)

IDLE_CLOSE_S = 30.0

# Identical for every connection to the file (tests open theirs with it to share the instance).
DB_CONFIG: dict[str, Any] = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "threads": 2,
    "memory_limit": str(settings.get("db_memory_limit")),
    "lock_configuration": True,  # keep last: freezes every setting above
}

BUILD_HINT = "python -m etl build seeds/"


class DashboardDataError(Exception):
    """A problem with the database that the user can act on (shown by ui.show_error)."""


class NoDatabase(DashboardDataError):
    pass


class MissingMarts(DashboardDataError):
    pass


# --------------------------------------------------------------------------- connection


def db_path() -> Path:
    return settings.db_path()


Signature = tuple[int, int, int]


def signature(path: Path) -> Signature:
    """Identity of the DB file's current version: changes when the ETL swaps a new file in."""
    try:
        st_ = os.stat(path)
    except FileNotFoundError as exc:
        raise NoDatabase(
            f"没有数据库 No database at {path}. Build one with `{BUILD_HINT}` "
            "(or upload articles on the 导入 Import page)."
        ) from exc
    return (st_.st_ino, st_.st_mtime_ns, st_.st_size)


def db_exists() -> bool:
    return db_path().is_file()


@dataclass
class _Conn:
    sig: Signature
    con: duckdb.DuckDBPyConnection
    last_used: float = field(default_factory=time.monotonic)


class _Gate:
    """Many concurrent queries, or one exclusive holder (reconnect, in-process build)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._exclusive = False

    @contextmanager
    def shared(self) -> Iterator[None]:
        with self._cond:
            while self._exclusive:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        with self._cond:
            while self._exclusive:
                self._cond.wait()
            self._exclusive = True
            while self._readers:
                self._cond.wait()
        try:
            yield
        finally:
            with self._cond:
                self._exclusive = False
                self._cond.notify_all()


_GATE = _Gate()
_CONNS: dict[str, _Conn] = {}
_IDLE_TIMER: list[threading.Timer] = []


def _close_all() -> None:
    for conn in _CONNS.values():
        try:
            conn.con.close()
        except duckdb.Error:  # already closed
            LOGGER.debug("closing a closed connection")
    _CONNS.clear()


atexit.register(_close_all)


def release() -> None:
    """Close every connection (they reopen on the next query)."""
    with _GATE.exclusive():
        _close_all()


def _close_if_idle() -> None:
    with _GATE.exclusive():
        now = time.monotonic()
        for key in [k for k, c in _CONNS.items() if now - c.last_used >= IDLE_CLOSE_S]:
            _CONNS.pop(key).con.close()


def _schedule_idle_close() -> None:
    if _IDLE_TIMER:
        _IDLE_TIMER.pop().cancel()
    timer = threading.Timer(IDLE_CLOSE_S + 0.5, _close_if_idle)
    timer.daemon = True
    timer.start()
    _IDLE_TIMER.append(timer)


def _reopen(path: Path) -> None:
    with _GATE.exclusive():
        sig = signature(path)
        current = _CONNS.get(str(path))
        if current is not None and current.sig == sig:
            return
        if current is not None:
            current.con.close()
            del _CONNS[str(path)]
        _CONNS[str(path)] = _Conn(sig, duckdb.connect(str(path), read_only=True,
                                                      config=dict(DB_CONFIG)))


@contextmanager
def cursor(path: Path | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor on the current version of the DB file (reopened if the file was replaced)."""
    path = path or db_path()
    for _ in range(5):
        sig = signature(path)
        with _GATE.shared():
            conn = _CONNS.get(str(path))
            if conn is not None and conn.sig == sig:
                conn.last_used = time.monotonic()
                cur = conn.con.cursor()
                try:
                    yield cur
                finally:
                    cur.close()
                    _schedule_idle_close()
                return
        _reopen(path)
    raise DashboardDataError(f"The database at {path} keeps changing; try again in a moment.")


def _bind(params: Sequence[Any]) -> list[Any]:
    return [list(p) if isinstance(p, tuple) else p for p in params]


def execute(sql: str, params: Sequence[Any] = (), path: Path | None = None) -> pd.DataFrame:
    """Run a query without the result cache (downloads, benchmarks)."""
    path = path or db_path()
    with cursor(path) as cur:
        try:
            return cur.execute(sql, _bind(params)).df()
        except duckdb.CatalogException as exc:
            if "mart_" in str(exc):
                raise MissingMarts(
                    f"数据库缺少 mart 视图 The database at {path} has no mart views "
                    f"(built before etl/storage/sql/marts.sql existed). Rebuild it: `{BUILD_HINT}`."
                ) from exc
            raise


@st.cache_data(ttl=int(settings.get("cache_ttl_s")), show_spinner=False, max_entries=512)
def _cached(sql: str, params: tuple[Any, ...], path: str, sig: Signature) -> pd.DataFrame:
    del sig  # part of the cache key only
    return execute(sql, params, Path(path))


def run(sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
    """Run a read-only query (cached per DB version) and return a DataFrame."""
    path = db_path()
    return _cached(sql, tuple(params), str(path), signature(path))


@dataclass(frozen=True)
class Table:
    """A table view: the page on screen is a cached LIMIT query; the full view (every row, for
    downloads) is run only when a download is asked for, and is not kept in the cache.
    `total`: the number of rows of the view when the caller knows it (a count stored by the
    build), which spares the count query."""

    sql: str
    params: tuple[Any, ...] = ()
    total: int | None = None

    def page(self, limit: int, offset: int = 0,
             columns: Sequence[str] | None = None) -> tuple[pd.DataFrame, int]:
        """`limit` rows from row `offset` (the first ones by default) and the number of rows in
        the whole view. `columns`: read only these columns of the view (those it has) for the
        page: what a table displays, not what its downloads hold (an organisation's agreements
        are 33 columns, 8 shown: reading, caching and unpickling the others cost its page
        0.2-0.4 s)."""
        sql = self.sql if columns is None else narrowed(self.sql, columns)
        if offset:
            df = run(sql + "\nLIMIT ? OFFSET ?", [*self.params, limit, offset])
        else:
            df = run(sql + "\nLIMIT ?", [*self.params, limit])
        if not offset and len(df) < limit:
            return df, len(df)
        if self.total is not None:
            return df, self.total
        total = run(f"SELECT count(*) AS n FROM ({self.sql}) AS t", self.params)["n"][0]
        return df, int(total)

    def full(self) -> pd.DataFrame:
        return execute(self.sql, self.params)


def narrowed(sql: str, columns: Sequence[str]) -> str:
    """`sql` reduced to the named columns it has, in its own order and row order. The names
    are the pages' constants, quoted as SQL string literals (never a user's text); DuckDB
    projects them down into the view, so the other columns are not read."""
    names = ", ".join("'" + str(c).replace("'", "''") + "'" for c in columns)
    return f"SELECT COLUMNS(lambda c: c IN ({names})) FROM ({sql}) AS v"
