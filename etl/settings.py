"""Settings: one declared table of (name, default, environment variable, help).

Defaults live here; an environment variable overrides one key. The README's settings table and
`python -m etl --help` are checked against this table by tests/test_docs.py.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    env: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "db",
        str(ROOT / "data" / "tracker.duckdb"),
        "TRACKER_DB",
        "DuckDB file the ETL writes and the dashboard reads",
    ),
    Setting(
        "max_file_mb",
        "20",
        "TRACKER_MAX_FILE_MB",
        "inputs larger than this many MB are rejected (reason too_large)",
    ),
    Setting(
        "workers", "0", "TRACKER_WORKERS", "worker processes for build; 0 means one per CPU core"
    ),
    Setting(
        "build_memory",
        "512MB",
        "TRACKER_BUILD_MEMORY",
        "DuckDB memory limit of a build (it spills to disk beyond): keeps memory flat",
    ),
    Setting(
        "sql_timeout_s",
        "5",
        "TRACKER_SQL_TIMEOUT_S",
        "time limit of a query in the dashboard's SQL console",
    ),
    Setting(
        "sql_max_rows",
        "10000",
        "TRACKER_SQL_MAX_ROWS",
        "rows returned at most by the dashboard's SQL console",
    ),
    Setting(
        "upload_max_mb",
        "50",
        "TRACKER_UPLOAD_MAX_MB",
        "largest upload the dashboard's import page accepts",
    ),
    Setting(
        "upload_max_files",
        "500",
        "TRACKER_UPLOAD_MAX_FILES",
        "most article files one upload (or zip) may hold",
    ),
    # Review (etl/corrections/, app_pages/review.py): where corrections live, who may write.
    Setting(
        "corrections",
        "",
        "TRACKER_CORRECTIONS",
        "corrections store (SQLite file); empty: corrections.sqlite beside the database",
    ),
    Setting(
        "reviewers_file",
        "",
        "TRACKER_REVIEWERS_FILE",
        "reviewers file (lines name:scrypt-hash); empty: reviewers.txt beside the database",
    ),
    Setting(
        "reviewers",
        "",
        "TRACKER_REVIEWERS",
        "more reviewers, as name:scrypt-hash entries separated by ';' or newlines",
    ),
    Setting(
        "review_session_min",
        "60",
        "TRACKER_REVIEW_SESSION_MIN",
        "minutes a reviewer sign-in lasts (then sign in again)",
    ),
    Setting(
        "review_max_failures",
        "5",
        "TRACKER_REVIEW_MAX_FAILURES",
        "failed sign-ins of one name after which it is locked out for a while",
    ),
    Setting(
        "review_lockout_min",
        "15",
        "TRACKER_REVIEW_LOCKOUT_MIN",
        "minutes a name stays locked out after too many failed sign-ins",
    ),
)
_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str) -> str:
    """The value of a setting: its environment variable if set, else the default."""
    s = _BY_NAME[name]
    return os.environ.get(s.env) or s.default


def get_int(name: str) -> int:
    return int(get(name))


def db_path() -> Path:
    return Path(get("db"))
