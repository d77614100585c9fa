"""时间线 Timeline: signings per month by model, every agreement's date range, cumulative
coverage per province."""

from __future__ import annotations

import pandas as pd

from dashboard_lib import db
from dashboard_lib.queries import COVERAGE_MODEL
from dashboard_lib.queries.maps import PREFECTURE_TOTALS
from dashboard_lib.scope import A, Scope, run_scoped, table_scoped

SQL_MONTHLY = f"""
WITH {A}
SELECT month, model, count(*) AS n FROM a WHERE month IS NOT NULL
GROUP BY ALL ORDER BY month, model
"""


def monthly_signings(scope: Scope) -> pd.DataFrame:
    return run_scoped(SQL_MONTHLY, scope)


SQL_AGREEMENT_POINTS = f"""
WITH {A}
SELECT a.agreement_id, a.date_lo, a.date_hi, a.date_precision, a.date_label, a.model, a.type,
       a.parties, a.is_new_signing, a.province_short
FROM a
ORDER BY a.date_lo DESC NULLS LAST, a.agreement_id
"""


def agreement_points(scope: Scope) -> db.Table:
    """Every agreement's date range, most recent first (chart the first page only: a browser
    cannot draw 300k points)."""
    return table_scoped(SQL_AGREEMENT_POINTS, scope)


SQL_DATE_COUNTS = f"""
WITH {A}
SELECT count(*) AS agreements, count(month) AS with_month, count(date_lo) AS with_date
FROM a
"""


def date_counts(scope: Scope) -> dict[str, int]:
    """How many agreements have a month, any date at all, or neither."""
    return {k: int(v) for k, v in run_scoped(SQL_DATE_COUNTS, scope).iloc[0].items()}


# Cumulative coverage: for each province, the share of its prefecture-level cities whose first
# agreement of the coverage model (会市合作) was certainly signed by each date (the latest
# possible date of an agreement known only to the month, year or within bounds).
SQL_COVERAGE_TIMELINE = f"""
WITH {A},
firsts AS (
    SELECT g.province_adcode, g.adcode, min(coalesce(a.date_hi, a.date_lo)) AS first_date
    FROM a JOIN mart_agreement_regions g USING (agreement_id)
    JOIN mart_prefectures p ON p.adcode = g.adcode AND p.is_prefecture
    WHERE a.model = ? AND g.level = 'prefecture'
      AND coalesce(a.date_hi, a.date_lo) IS NOT NULL
    GROUP BY ALL
),
{PREFECTURE_TOTALS.strip()}
steps AS (
    SELECT province_adcode, first_date, count(*) AS n_new FROM firsts GROUP BY ALL
)
SELECT r.short_name AS province, s.first_date AS date,
       sum(s.n_new) OVER (PARTITION BY s.province_adcode ORDER BY s.first_date) AS n_signed,
       t.n_prefectures,
       sum(s.n_new) OVER (PARTITION BY s.province_adcode ORDER BY s.first_date)
           / t.n_prefectures AS coverage
FROM steps s JOIN totals t USING (province_adcode)
JOIN mart_regions r ON r.adcode = s.province_adcode
ORDER BY s.province_adcode, s.first_date
"""


def coverage_timeline(scope: Scope) -> pd.DataFrame:
    return run_scoped(SQL_COVERAGE_TIMELINE, scope, COVERAGE_MODEL)
