"""The read-only SQL console (TOOLING §8).

Queries run on a cursor of the dashboard's own connection, which is opened read-only with
external access off (no files, URLs, COPY, ATTACH, INSTALL), extension autoload/autoinstall off
and the configuration locked (no SET can undo any of that). Each query is interrupted after
TRACKER_CONSOLE_TIMEOUT_S seconds and returns at most TRACKER_CONSOLE_MAX_ROWS rows.
Temporary tables a query creates vanish with its cursor.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

import duckdb
import pandas as pd

from dashboard_lib import db
from dashboard_lib.db import DashboardDataError
from dashboard_lib.queries import COVERAGE_MODEL
from etl import settings

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


def run_console(sql: str, *, max_rows: int | None = None,
                timeout_s: float | None = None) -> ConsoleResult:
    """Run one analyst query under the console's guard-rails."""
    sql = sql.strip()
    if not sql:
        raise ConsoleError("请输入 SQL 查询 Enter a SQL query.")
    if len(sql) > MAX_SQL_CHARS:
        raise ConsoleError(f"查询过长 Query longer than {MAX_SQL_CHARS} characters.")
    cap = int(max_rows if max_rows is not None else settings.get("console_max_rows"))
    limit_s = float(timeout_s if timeout_s is not None
                    else settings.get("console_timeout_s"))
    started = time.monotonic()
    with db.cursor() as cur:
        timer = threading.Timer(limit_s, cur.interrupt)
        timer.daemon = True
        timer.start()
        try:
            cur.execute(sql)
            if cur.description is None:  # a statement without a result set
                return ConsoleResult(pd.DataFrame(), False, time.monotonic() - started)
            columns = [d[0] for d in cur.description]
            rows = cur.fetchmany(cap + 1)
        except duckdb.InterruptException as exc:
            raise ConsoleError(f"查询超时 Query stopped after {limit_s:g} s.") from exc
        except duckdb.Error as exc:
            raise ConsoleError(f"{type(exc).__name__}: {exc}") from exc
        finally:
            timer.cancel()
    frame = pd.DataFrame.from_records(rows[:cap], columns=columns)
    return ConsoleResult(frame, len(rows) > cap, time.monotonic() - started)
