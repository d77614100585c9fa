"""The corrections store: a SQLite file beside the tracker database, never swapped by a build.

The analysts' corrections (etl/corrections) live here and not in the DuckDB file, which every
build replaces: the builds only read the store (etl/storage/review.py), the dashboard's Review
page and `python -m etl corrections …` write it.

Why SQLite and not a second DuckDB file: the dashboard (several reviewers at once), the CLI
import and every build use the store at the same time, from different processes. DuckDB lets one
process write and locks every other process out meanwhile; SQLite in WAL mode lets readers and
one writer work together, serialises writers with a lock and a busy timeout, and commits
durably (synchronous=FULL). It ships with Python.

Tables:
- `corrections`: the current state of each key, with a version number. A save is a
  compare-and-set: it names the version it read, and fails with ConflictError if someone saved
  the key since (no lost update).
- `audit_log`: one entry per save, undo or import: who, when, the key, the old and the new state,
  why. Triggers refuse UPDATE and DELETE on it, and DELETE on `corrections`: nothing is ever
  removed; an undo is a new entry that restores the previous state.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from etl.corrections.model import (
    ConflictError,
    Correction,
    CorrectionError,
    validate,
)

LOGGER = logging.getLogger(__name__)
SCHEMA_VERSION = "1"
BUSY_TIMEOUT_S = 15.0
# Review times are wall-clock times in China, as everything else in the tracker.
TZ = ZoneInfo("Asia/Shanghai")

SCHEMA = """
CREATE TABLE IF NOT EXISTS store_info (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS corrections (
    key         TEXT PRIMARY KEY,
    target      TEXT NOT NULL,     -- agreement | initiative | event | article
    action      TEXT NOT NULL,     -- accept | edit | reject | add | merge | split | complete | none
    article_id  TEXT,
    payload     TEXT NOT NULL,     -- JSON: the key's parts, the values before and after
    reason      TEXT,              -- reject reason code (model.REJECT_REASONS)
    note        TEXT,
    version     INTEGER NOT NULL,  -- 1 on the first save, +1 on each later one
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL      -- ISO 8601, Asia/Shanghai
);
CREATE INDEX IF NOT EXISTS corrections_article ON corrections (article_id);
CREATE TABLE IF NOT EXISTS audit_log (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,
    reviewer  TEXT NOT NULL,
    key       TEXT NOT NULL,
    version   INTEGER NOT NULL,    -- the key's version after this entry
    action    TEXT NOT NULL,       -- the new action, or undo / import
    old       TEXT,                -- JSON state before (NULL: the key had none)
    new       TEXT NOT NULL,       -- JSON state after
    reason    TEXT,
    note      TEXT,
    source    TEXT NOT NULL        -- page | cli | import:<file>
);
CREATE INDEX IF NOT EXISTS audit_key ON audit_log (key, version);
CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS corrections_no_delete BEFORE DELETE ON corrections
BEGIN SELECT RAISE(ABORT, 'corrections are never deleted: save action none (undo) instead'); END;
"""


def now() -> str:
    return datetime.now(TZ).isoformat(timespec="milliseconds")


def store_path_for(db_path: str | Path, configured: Path | None = None) -> Path:
    """The store of a tracker database: the configured one (the setting TRACKER_CORRECTIONS,
    which its readers pass), else corrections.sqlite beside the database."""
    return Path(configured) if configured else Path(db_path).with_name("corrections.sqlite")


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    reviewer: str
    key: str
    version: int
    action: str
    old: dict[str, Any] | None
    new: dict[str, Any]
    reason: str | None
    note: str | None
    source: str


@dataclass(frozen=True)
class Snapshot:
    """Every current correction (action none left out) and the audit position they reflect."""

    corrections: tuple[Correction, ...] = ()
    max_seq: int = 0


@dataclass
class ImportResult:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)  # "key: why"


def _row_to_correction(row: sqlite3.Row) -> Correction:
    return Correction(key=row["key"], target=row["target"], action=row["action"],
                      article_id=row["article_id"], payload=json.loads(row["payload"]),
                      reason=row["reason"], note=row["note"], version=row["version"],
                      updated_by=row["updated_by"], updated_at=row["updated_at"])


def _row_to_entry(row: sqlite3.Row) -> AuditEntry:
    return AuditEntry(seq=row["seq"], at=row["at"], reviewer=row["reviewer"], key=row["key"],
                      version=row["version"], action=row["action"],
                      old=json.loads(row["old"]) if row["old"] else None,
                      new=json.loads(row["new"]), reason=row["reason"], note=row["note"],
                      source=row["source"])


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class CorrectionStore:
    """One store file. Connections are opened per operation, so any thread or process can use
    the same store object's path safely."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    # ------------------------------------------------------------------ connections

    def exists(self) -> bool:
        return self.path.is_file()

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        con.row_factory = sqlite3.Row
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")
        con.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        return con

    def _connect_ro(self) -> sqlite3.Connection:
        con = sqlite3.connect(self.path.resolve().as_uri() + "?mode=ro", uri=True,
                              timeout=BUSY_TIMEOUT_S, isolation_level=None)
        con.row_factory = sqlite3.Row
        con.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        return con

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: BEGIN IMMEDIATE takes the store's write lock up front, so the
        compare-and-set inside cannot interleave with another writer."""
        with closing(self._connect()) as con:
            con.executescript(SCHEMA)
            con.execute("INSERT OR IGNORE INTO store_info VALUES ('schema_version', ?)",
                        [SCHEMA_VERSION])
            con.execute("BEGIN IMMEDIATE")
            try:
                yield con
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection | None]:
        """A read transaction (one consistent snapshot), or None when there is no store yet."""
        if not self.exists():
            yield None
            return
        with closing(self._connect_ro()) as con:
            con.execute("BEGIN")
            try:
                yield con
            finally:
                con.execute("COMMIT")

    # ------------------------------------------------------------------ reads

    def snapshot(self) -> Snapshot:
        with self._read() as con:
            if con is None or not _has_tables(con):
                return Snapshot()
            rows = con.execute("SELECT * FROM corrections WHERE action <> 'none' "
                               "ORDER BY key").fetchall()
            max_seq = con.execute("SELECT coalesce(max(seq), 0) FROM audit_log").fetchone()[0]
        return Snapshot(tuple(_row_to_correction(r) for r in rows), int(max_seq))

    def get(self, key: str) -> Correction | None:
        return self.get_many([key]).get(key)

    def get_many(self, keys: Iterable[str]) -> dict[str, Correction]:
        keys = list(keys)
        if not keys:
            return {}
        with self._read() as con:
            if con is None or not _has_tables(con):
                return {}
            out: dict[str, Correction] = {}
            for i in range(0, len(keys), 500):
                chunk = keys[i:i + 500]
                marks = ",".join("?" * len(chunk))
                for r in con.execute(f"SELECT * FROM corrections WHERE key IN ({marks})", chunk):
                    out[r["key"]] = _row_to_correction(r)
        return out

    def max_seq(self) -> int:
        with self._read() as con:
            if con is None or not _has_tables(con):
                return 0
            return int(con.execute("SELECT coalesce(max(seq), 0) FROM audit_log").fetchone()[0])

    def history(self, key: str | None = None, *, limit: int = 1000,
                since_seq: int = 0) -> list[AuditEntry]:
        """Audit entries, newest first (of one key, or all)."""
        with self._read() as con:
            if con is None or not _has_tables(con):
                return []
            if key is None:
                rows = con.execute("SELECT * FROM audit_log WHERE seq > ? ORDER BY seq DESC "
                                   "LIMIT ?", [since_seq, limit]).fetchall()
            else:
                rows = con.execute("SELECT * FROM audit_log WHERE key = ? AND seq > ? "
                                   "ORDER BY seq DESC LIMIT ?", [key, since_seq, limit]
                                   ).fetchall()
        return [_row_to_entry(r) for r in rows]

    def counts(self) -> dict[str, int]:
        """Current corrections by action (none included), for the page's summary."""
        with self._read() as con:
            if con is None or not _has_tables(con):
                return {}
            return {a: n for a, n in con.execute(
                "SELECT action, count(*) FROM corrections GROUP BY action")}

    # ------------------------------------------------------------------ writes

    def save(self, change: Correction, *, expected_version: int, reviewer: str,
             source: str = "page", audit_action: str | None = None) -> Correction:
        """Compare-and-set: store `change` as the key's next version if the key is still at
        `expected_version` (0: no correction yet); raise ConflictError otherwise."""
        if not reviewer or not reviewer.strip():
            raise CorrectionError("a save names its reviewer")
        change = validate(change)
        with self._write() as con:
            current = con.execute("SELECT * FROM corrections WHERE key = ?",
                                  [change.key]).fetchone()
            cur = _row_to_correction(current) if current else None
            version = cur.version if cur else 0
            if version != expected_version:
                raise ConflictError(
                    f"另一位审核员已修改此项：{cur.updated_by if cur else '?'} 于 "
                    f"{cur.updated_at if cur else '?'}（版本 {version}）。请查看其修改后重试。 "
                    f"Someone else changed this item: {cur.updated_by if cur else '?'} at "
                    f"{cur.updated_at if cur else '?'} (version {version}, you read "
                    f"{expected_version}). Look at their change, then save again.", cur)
            return self._put(con, change, cur, reviewer=reviewer, source=source,
                             audit_action=audit_action or change.action)

    def _put(self, con: sqlite3.Connection, change: Correction, cur: Correction | None, *,
             reviewer: str, source: str, audit_action: str) -> Correction:
        at = now()
        version = (cur.version if cur else 0) + 1
        state = change.state()
        if cur is None:
            con.execute(
                "INSERT INTO corrections (key, target, action, article_id, payload, reason, note,"
                " version, created_by, created_at, updated_by, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [change.key, change.target, change.action, change.article_id,
                 _dumps(state["payload"]), change.reason, change.note, version, reviewer, at,
                 reviewer, at])
        else:
            con.execute(
                "UPDATE corrections SET target = ?, action = ?, article_id = ?, payload = ?, "
                "reason = ?, note = ?, version = ?, updated_by = ?, updated_at = ? "
                "WHERE key = ? AND version = ?",
                [change.target, change.action, change.article_id, _dumps(state["payload"]),
                 change.reason, change.note, version, reviewer, at, change.key, cur.version])
        con.execute(
            "INSERT INTO audit_log (at, reviewer, key, version, action, old, new, reason, note, "
            "source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [at, reviewer, change.key, version, audit_action,
             _dumps(cur.state()) if cur else None, _dumps(state), change.reason, change.note,
             source])
        return Correction(key=change.key, target=change.target, action=change.action,
                          article_id=change.article_id, payload=state["payload"],
                          reason=change.reason, note=change.note, version=version,
                          updated_by=reviewer, updated_at=at)

    def undo(self, key: str, *, expected_version: int, reviewer: str, note: str = "",
             source: str = "page") -> Correction:
        """Restore the state the key had before its current version, as a new version."""
        with self._write() as con:
            current = con.execute("SELECT * FROM corrections WHERE key = ?", [key]).fetchone()
            if current is None:
                raise CorrectionError(f"nothing to undo for {key}")
            cur = _row_to_correction(current)
            if cur.version != expected_version:
                raise ConflictError(
                    f"另一位审核员已修改此项 Someone else changed this item: {cur.updated_by} at "
                    f"{cur.updated_at} (version {cur.version}); look at it, then undo again.",
                    cur)
            last = con.execute("SELECT old FROM audit_log WHERE key = ? AND version = ? "
                               "ORDER BY seq DESC LIMIT 1", [key, cur.version]).fetchone()
            old = json.loads(last["old"]) if last and last["old"] else None
            if old is None:
                restored = Correction(key=key, target=cur.target, action="none",
                                      article_id=cur.article_id, payload=cur.payload)
            else:
                restored = Correction(key=key, target=old["target"], action=old["action"],
                                      article_id=old["article_id"], payload=old["payload"],
                                      reason=old["reason"], note=old["note"])
            if note:
                restored = replace(restored, note=note)
            return self._put(con, validate(restored), cur, reviewer=reviewer, source=source,
                             audit_action="undo")

    # ------------------------------------------------------------------ export / import

    def export_jsonl(self, out: TextIO) -> int:
        """Every key's current state (undone ones included) with its history, one per line."""
        n = 0
        with self._read() as con:
            if con is None or not _has_tables(con):
                return 0
            history: dict[str, list[dict[str, Any]]] = {}
            for r in con.execute("SELECT * FROM audit_log ORDER BY seq"):
                e = _row_to_entry(r)
                history.setdefault(e.key, []).append(
                    {"at": e.at, "reviewer": e.reviewer, "version": e.version,
                     "action": e.action, "reason": e.reason, "note": e.note,
                     "source": e.source})
            for r in con.execute("SELECT * FROM corrections ORDER BY key"):
                c = _row_to_correction(r)
                out.write(_dumps({
                    "key": c.key, **c.state(), "version": c.version,
                    "created_by": r["created_by"], "created_at": r["created_at"],
                    "updated_by": c.updated_by, "updated_at": c.updated_at,
                    "history": history.get(c.key, [])}) + "\n")
                n += 1
        return n

    def import_jsonl(self, lines: Iterable[str], *, reviewer: str, source: str) -> ImportResult:
        """Bring in corrections exported elsewhere. A key this store lacks is added; a key it
        has is replaced only when the imported state is newer (its updated_at) and different.
        Each change is a new audit entry naming where it came from."""
        result = ImportResult()
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                change = Correction(key=rec["key"], target=rec["target"], action=rec["action"],
                                    article_id=rec.get("article_id"),
                                    payload=rec.get("payload") or {}, reason=rec.get("reason"),
                                    note=rec.get("note"))
                validate(change)
            except (ValueError, KeyError, TypeError, CorrectionError) as exc:
                result.skipped.append(f"line {n}: {exc}")
                continue
            origin = f"{rec.get('updated_by', '?')} at {rec.get('updated_at', '?')}"
            with self._write() as con:
                current = con.execute("SELECT * FROM corrections WHERE key = ?",
                                      [change.key]).fetchone()
                cur = _row_to_correction(current) if current else None
                if cur is not None and cur.state() == change.state():
                    result.unchanged += 1
                    continue
                if cur is not None and cur.updated_at >= str(rec.get("updated_at") or ""):
                    result.skipped.append(f"{change.key}: this store's version is newer "
                                          f"({cur.updated_by} at {cur.updated_at})")
                    continue
                self._put(con, change, cur, reviewer=reviewer,
                          source=f"{source} (saved by {origin})", audit_action="import")
                LOGGER.info("imported %s (by %s)", change.key, origin)
                if cur is None:
                    result.added += 1
                else:
                    result.updated += 1
        return result


def _has_tables(con: sqlite3.Connection) -> bool:
    return con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'corrections'"
                       ).fetchone()[0] > 0
