"""Dashboard settings: one declared table of (name, default, help), read from the environment.

Every setting is an environment variable so that a deployment (or a test) can change it without
touching code; the defaults are the packaged values. `get(name)` returns the value converted to the
type of the default. The table is also rendered on the Import page so analysts can see the limits.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Setting:
    name: str
    default: str | int | float
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("TRACKER_DB", "data/tracker.duckdb",
            "DuckDB file built by the ETL; relative paths are relative to the repository root."),
    Setting("TRACKER_CACHE_TTL_S", 600,
            "Seconds a cached query result is kept (results are also keyed on the DB file)."),
    Setting("TRACKER_TABLE_MAX_ROWS", 5000,
            "Most rows a table displays; its downloads always hold every row of the view."),
    Setting("TRACKER_CONSOLE_MAX_ROWS", 5000, "SQL console: most rows returned by one query."),
    Setting("TRACKER_CONSOLE_TIMEOUT_S", 5.0, "SQL console: a query is interrupted after this."),
    Setting("TRACKER_DB_MEMORY_LIMIT", "1GB",
            "DuckDB memory limit of the dashboard's (and the console's) connection."),
    Setting("TRACKER_UPLOAD_MAX_FILES", 200, "Import: most files per upload (zip members count)."),
    Setting("TRACKER_UPLOAD_MAX_MB", 50, "Import: most megabytes per upload, after unzipping."),
    Setting("TRACKER_UPLOAD_DIR", "data/uploads",
            "Import: where uploaded articles are kept (one sub-folder per upload)."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str) -> str | int | float:
    """The setting's value from the environment, converted to its default's type."""
    setting = _BY_NAME[name]
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return setting.default
    if isinstance(setting.default, bool):
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(setting.default, int):
        return int(raw)
    if isinstance(setting.default, float):
        return float(raw)
    return raw


def path(name: str) -> Path:
    """A path setting, resolved against the repository root when relative."""
    value = Path(str(get(name))).expanduser()
    return value if value.is_absolute() else REPO_ROOT / value
