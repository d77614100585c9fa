"""The read-only SQL console: the analyst's own SQL, under limits that hold.

Each query runs in a separate worker process (dashboard_lib/console_worker.py) that opens the
database read-only with no access to any file (the database's own included: the local file
system is disabled once it is open), no extensions, no disk spills and a locked configuration,
and limits its own address space to TRACKER_CONSOLE_MEMORY_MB more than it needs to start. The
dashboard kills the worker when TRACKER_CONSOLE_TIMEOUT_S is up, and takes back at most
TRACKER_CONSOLE_MAX_ROWS rows. A runaway query therefore costs the dashboard neither time beyond
the limit nor memory; at most MAX_WORKERS queries run at once.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.ipc

from dashboard_lib import db
from dashboard_lib.db import DashboardDataError
from dashboard_lib.queries import COVERAGE_MODEL
from etl import settings

LOGGER = logging.getLogger(__name__)

WORKER = Path(__file__).resolve().parent / "console_worker.py"
STARTUP_S = 1.0  # starting Python and opening the database, granted on top of the time limit
MAX_WORKERS = 2  # console queries running at once (the machine has 2 cores)
MAX_RESULT_MB = 64  # most bytes of a result the dashboard takes back
MAX_SQL_CHARS = 20_000
PLACEHOLDER = "SELECT * FROM mart_agreements LIMIT 10"

EXAMPLES: dict[str, str] = {
    "各省协议数 Agreements per province": """\
SELECT r.short_name AS province, count(DISTINCT g.agreement_id) AS agreements
FROM mart_agreement_regions g JOIN regions r ON r.adcode = g.province_adcode
WHERE g.level = 'province'
GROUP BY ALL ORDER BY agreements DESC""",
    f"{COVERAGE_MODEL}覆盖率 {COVERAGE_MODEL} coverage": f"""\
SELECT p.province, count(DISTINCT g.adcode) AS signed, count(DISTINCT p.adcode) AS prefectures,
       round(count(DISTINCT g.adcode) / count(DISTINCT p.adcode), 3) AS coverage
FROM mart_prefectures p
LEFT JOIN mart_agreement_regions g ON g.adcode = p.adcode AND g.agreement_id IN (
    SELECT agreement_id FROM mart_agreements WHERE model = '{COVERAGE_MODEL}')
WHERE p.is_prefecture
GROUP BY p.province HAVING signed > 0 ORDER BY coverage DESC""",
    "最近的新签协议 Latest new signings": """\
SELECT date_label, model, type, parties, article_title
FROM mart_agreements WHERE is_new_signing
ORDER BY date_lo DESC NULLS LAST LIMIT 20""",
    "签约最多的科协 Most active 科协": """\
SELECT cast_name, count(*) AS agreements, count(DISTINCT partner) AS partners
FROM mart_agreements WHERE cast_name IS NOT NULL
GROUP BY cast_name ORDER BY agreements DESC""",
    "试点城市 Pilot designations": """\
SELECT name, region, place, designated, published_date
FROM mart_initiative_mentions WHERE kind = 'pilot' ORDER BY designated NULLS LAST""",
    "表和视图 Tables and views": """\
SELECT table_name, table_type FROM information_schema.tables ORDER BY table_type, table_name""",
}


class ConsoleError(DashboardDataError):
    """A query the console refused or that failed: the message is shown to the analyst."""


@dataclass(frozen=True)
class ConsoleResult:
    frame: pd.DataFrame
    truncated: bool  # more rows than the cap existed
    seconds: float


_SLOTS = threading.BoundedSemaphore(MAX_WORKERS)


def limits_text() -> str:
    """The console's limits, for the page."""
    seconds, rows = settings.get("console_timeout_s"), settings.get("console_max_rows")
    memory = settings.get("console_memory_mb")
    return (f"只读；不能访问文件或网络；每个查询在单独的进程中运行，最多 {seconds:g} 秒、"
            f"{memory} MB 内存，返回最多 {rows} 行。 Read-only, no file or network access; each "
            f"query runs in a process of its own, stopped after {seconds:g} s or {memory} MB of "
            f"memory, and returns at most {rows} rows. 表 Tables: mart_agreements, "
            "mart_agreement_parties, mart_initiative_mentions, mart_articles, regions …")


def _message(kind: str, detail: str, limit_s: float, memory_mb: int) -> str:
    """What the analyst reads when the worker reports a failure (Chinese first, English next)."""
    if kind == "timeout":
        return f"查询超时，已在 {limit_s:g} 秒后停止。 Query stopped after {limit_s:g} s."
    if kind == "memory":
        return (f"查询超出内存上限（{memory_mb} MB），已停止。 Query stopped: it needs more than "
                f"the console's {memory_mb} MB of memory.")
    if kind == "too_large":
        return (f"结果过大，请减少列或行。 Result too large ({detail}): select fewer columns or "
                "rows.")
    if kind == "PermissionException":
        return ("控制台不能访问文件、网络或设置。 The console cannot reach files, the network or "
                f"settings. ({detail})")
    if kind == "crashed":
        return f"查询进程意外退出。 The query's process ended unexpectedly ({detail})."
    return f"{kind}: {detail}"


def run_console(sql: str, *, max_rows: int | None = None, timeout_s: float | None = None,
                memory_mb: int | None = None) -> ConsoleResult:
    """Run one analyst query in a worker process under the console's limits."""
    sql = sql.strip()
    if not sql:
        raise ConsoleError("请输入 SQL 查询。 Enter a SQL query.")
    if len(sql) > MAX_SQL_CHARS:
        raise ConsoleError(f"查询过长（超过 {MAX_SQL_CHARS} 个字符）。 Query longer than "
                           f"{MAX_SQL_CHARS} characters.")
    cap = int(max_rows if max_rows is not None else settings.get("console_max_rows"))
    limit_s = float(timeout_s if timeout_s is not None else settings.get("console_timeout_s"))
    memory = int(memory_mb if memory_mb is not None else settings.get("console_memory_mb"))
    path = db.db_path()
    db.signature(path)  # NoDatabase, with how to build one
    request = {"db": str(path), "sql": sql, "max_rows": cap, "memory_mb": memory,
               "timeout_s": limit_s, "max_result_bytes": MAX_RESULT_MB << 20}
    if not _SLOTS.acquire(timeout=limit_s):
        raise ConsoleError("控制台正忙，请稍后再试。 The console is busy with other queries; "
                           "try again in a moment.")
    started = time.monotonic()
    try:
        out = _run_worker(request, limit_s + STARTUP_S)
    finally:
        _SLOTS.release()
    seconds = time.monotonic() - started
    if out is None:
        raise ConsoleError(_message("timeout", "", limit_s, memory))
    header, data = out
    if not header.get("ok"):
        raise ConsoleError(_message(header.get("kind", "error"), header.get("message", ""),
                                    limit_s, memory))
    if not data:
        return ConsoleResult(pd.DataFrame(), False, seconds)
    try:
        frame = pa.ipc.open_stream(data).read_all().to_pandas()
    except (pa.ArrowException, ValueError, TypeError) as exc:
        raise ConsoleError(f"结果无法显示。 The result cannot be shown: {exc}") from exc
    return ConsoleResult(frame, bool(header.get("truncated")), seconds)


def _run_worker(request: dict[str, object], kill_after_s: float
                ) -> tuple[dict[str, object], bytes] | None:
    """The worker's header and result bytes; None when it was killed for running too long."""
    proc = subprocess.Popen([sys.executable, "-I", str(WORKER)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        stdout, stderr = proc.communicate(json.dumps(request).encode("utf-8"),
                                          timeout=kill_after_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return None
    header_line, _, data = stdout.partition(b"\n")
    try:
        return json.loads(header_line), data
    except ValueError:
        tail = stderr[-2000:].decode("utf-8", "replace")
        LOGGER.warning("console worker exited with %s: %s", proc.returncode, tail)
        out_of_memory = any(w in tail for w in ("MemoryError", "bad_alloc", "Out of Memory"))
        return {"ok": False, "kind": "memory" if out_of_memory else "crashed",
                "message": f"exit status {proc.returncode}"}, b""
