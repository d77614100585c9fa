"""Settings of the ETL and the dashboard: one declared table, read by every part of the tracker.

Each setting has a name (what code asks for: `settings.get("workers")`), a type, a packaged
default, a help text and the parts that read it. Its environment variable is `TRACKER_` + the
name in capitals (`TRACKER_WORKERS`); a set, non-empty variable overrides the default. Paths are
relative to the repository root unless absolute. A setting whose default is empty is unset (None)
until its variable is set.

The table is shown by `python -m etl --help` and on the dashboard's Import page, and the README's
settings table is generated from it (tests/test_docs.py compares them exactly). No other module
reads a TRACKER_* environment variable (tests/test_settings.py checks that too).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from etl.errors import TrackerError

ROOT = Path(__file__).resolve().parent.parent
ENV_PREFIX = "TRACKER_"

# Who reads a setting (README column "read by").
ETL = "ETL build"
DASHBOARD = "dashboard"
CONSOLE = "SQL console"
IMPORT = "Import page"
REVIEW = "Review page"
READERS = (ETL, DASHBOARD, CONSOLE, IMPORT, REVIEW)


class SettingError(TrackerError):
    """An environment variable holds a value of the wrong type."""

    exit_code = 2


def _int(raw: str) -> int:
    return int(raw)


def _number(raw: str) -> float:
    value = float(raw)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(raw)
    return value


def _path(raw: str) -> Path:
    path = Path(raw).expanduser()
    return path if path.is_absolute() else ROOT / path


# type name -> parser of the environment variable's text
TYPES: dict[str, Callable[[str], Any]] = {"integer": _int, "number": _number, "text": str,
                                          "path": _path}


@dataclass(frozen=True)
class Setting:
    name: str
    type: str  # a key of TYPES
    default: str  # as it would be written in the environment variable
    help: str
    readers: tuple[str, ...]
    secret: bool = False  # its value is never shown (the Import page says only that it is set)

    @property
    def env(self) -> str:
        return ENV_PREFIX + self.name.upper()


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "path", "data/tracker.duckdb",
            "DuckDB file the ETL writes and the dashboard reads", (ETL, DASHBOARD)),
    Setting("max_file_mb", "integer", "20",
            "inputs larger than this many MB are rejected (reason too_large)", (ETL,)),
    Setting("max_sentence_chars", "integer", "2000",
            "longest line of clean text the extraction reads; a longer one is broken after a "
            "sentence end or clause break (keeps time linear on text without punctuation)",
            (ETL,)),
    Setting("lock_wait_s", "number", "3600",
            "seconds a build (or an import) waits for another build of the same database to "
            "finish before it stops with a message; `build --no-wait` does not wait", (ETL,)),
    Setting("build_memory", "text", "512MB",
            "DuckDB memory limit of a build (it spills to disk beyond): keeps memory flat", (ETL,)),
    Setting("workers", "integer", "0",
            "worker processes for build; 0 means one per CPU core", (ETL,)),
    Setting("db_memory_limit", "text", "1GB",
            "DuckDB memory limit of the dashboard's read-only connection", (DASHBOARD,)),
    Setting("cache_ttl_s", "integer", "600",
            "seconds a cached query result is kept (results are also keyed on the DB file)",
            (DASHBOARD,)),
    Setting("table_max_rows", "integer", "5000",
            "rows a table displays; its downloads always hold every row of the view",
            (DASHBOARD,)),
    Setting("timeline_max_points", "integer", "1000",
            "agreements the Timeline draws as points (the most recent; a caption says so, and "
            "its table lists every one)", (DASHBOARD,)),
    Setting("console_max_rows", "integer", "5000",
            "most rows one console query returns", (CONSOLE,)),
    Setting("console_timeout_s", "number", "5",
            "a console query's process is stopped after this many seconds", (CONSOLE,)),
    Setting("console_memory_mb", "integer", "512",
            "memory a console query's process may take beyond what it starts with", (CONSOLE,)),
    Setting("upload_max_files", "integer", "200",
            "most article files one upload may hold (zip members counted)", (IMPORT,)),
    Setting("upload_max_mb", "integer", "50",
            "most megabytes one upload may hold, counted after unzipping", (IMPORT,)),
    Setting("upload_dir", "path", "data/uploads",
            "where imported articles are kept (one folder per upload)", (IMPORT,)),
    Setting("corrections", "path", "",
            "the reviewers' corrections store (SQLite; builds apply it); unset: "
            "corrections.sqlite beside the database", (ETL, REVIEW)),
    Setting("reviewers_file", "path", "",
            "reviewers, one name:scrypt-hash a line (`python -m etl corrections add-reviewer` "
            "writes it); unset: reviewers.txt beside the database", (REVIEW,)),
    Setting("reviewers", "text", "",
            "more reviewers: name:scrypt-hash entries separated by ';'", (REVIEW,), secret=True),
    Setting("review_session_min", "integer", "60",
            "minutes a reviewer's sign-in lasts", (REVIEW,)),
    Setting("review_max_failures", "integer", "5",
            "failed sign-ins of one name (or from one address) before it is locked out",
            (REVIEW,)),
    Setting("review_lockout_min", "integer", "15",
            "minutes a locked-out name or address waits", (REVIEW,)),
)
BY_NAME = {s.name: s for s in SETTINGS}


def raw(name: str) -> str:
    """The setting's text: its environment variable when set and not blank, else the default."""
    setting = BY_NAME[name]
    value = os.environ.get(setting.env, "").strip()
    return value or setting.default


def shown(name: str) -> str:
    """The setting's text as a page may show it: a secret one only says whether it is set."""
    text = raw(name)
    return ("(set)" if text else "") if BY_NAME[name].secret else text


def get(name: str) -> Any:
    """The setting's value, converted to its type (SettingError names a malformed variable);
    None for an unset setting without a default."""
    setting = BY_NAME[name]
    text = raw(name)
    if not text:
        return None
    try:
        return TYPES[setting.type](text)
    except ValueError as exc:
        raise SettingError(f"{setting.env}={text!r} is not a valid {setting.type} "
                           f"(default {setting.default})") from exc


def get_int(name: str) -> int:
    return int(get(name))


def db_path() -> Path:
    return Path(get("db"))


# --------------------------------------------------------------------------- documentation

COLUMNS = ("variable", "type", "default", "read by", "meaning")


def rows() -> list[tuple[str, str, str, str, str]]:
    """One row per setting, in COLUMNS order."""
    return [(s.env, s.type, s.default, ", ".join(s.readers), s.help) for s in SETTINGS]


def markdown_table() -> str:
    """The README's settings table (tests/test_docs.py checks that the README holds it)."""
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    lines += [f"| `{env}` | {kind} | {f'`{default}`' if default else '(unset)'} | {readers} "
              f"| {meaning} |" for env, kind, default, readers, meaning in rows()]
    return "\n".join(lines) + "\n"


def text_table() -> str:
    """The table as plain text, for `python -m etl --help`."""
    return "\n".join(f"  {env}={default}  ({kind}; read by {readers})\n      {meaning}"
                     for env, kind, default, readers, meaning in rows())
