"""项目 Programmes: family → programme → region, the most mentioned programmes, province ×
family, pilot designations."""

from __future__ import annotations

import pandas as pd

from dashboard_lib import db
from dashboard_lib.scope import M, Scope, run_scoped, table_scoped

SQL_PROGRAMME_TREE = f"""
WITH {M}
SELECT family, name, coalesce(region, '全国 national') AS region, count(*) AS n
FROM m GROUP BY ALL ORDER BY family, name, region
"""


def programme_tree(scope: Scope) -> pd.DataFrame:
    return run_scoped(SQL_PROGRAMME_TREE, scope)


SQL_TOP_PROGRAMMES = f"""
WITH {M}
SELECT name, any_value(family) AS family, count(*) AS n_mentions,
       count(DISTINCT article_id) AS n_articles,
       list_sort(list(DISTINCT region) FILTER (WHERE region IS NOT NULL)) AS regions
FROM m GROUP BY name ORDER BY n_mentions DESC, n_articles DESC, name LIMIT ?
"""


def top_programmes(scope: Scope, n: int = 15) -> pd.DataFrame:
    return run_scoped(SQL_TOP_PROGRAMMES, scope, n)


SQL_PROVINCE_FAMILY = f"""
WITH {M}
SELECT coalesce(r.short_name, '全国') AS province, coalesce(m.province_adcode, '000000') AS adcode,
       m.family, count(*) AS n
FROM m LEFT JOIN mart_regions r ON r.adcode = m.province_adcode
GROUP BY ALL ORDER BY adcode, family
"""


def province_family(scope: Scope) -> pd.DataFrame:
    return run_scoped(SQL_PROVINCE_FAMILY, scope)


SQL_PILOTS = f"""
WITH {M}
SELECT name, family, region, province, place, designated, published_date, article_id,
       article_title, evidence
FROM m WHERE kind = 'pilot'
ORDER BY designated NULLS LAST, published_date NULLS LAST, name, region
"""


# What the pilots table shows (the page reads only these; its downloads hold every column).
PILOT_COLUMNS = ["name", "region", "place", "designated", "published_date", "article_title"]


def pilots(scope: Scope) -> db.Table:
    return table_scoped(SQL_PILOTS, scope)
