"""合作网络 Partner network: organisations as nodes, agreements between them as edges, under the
sidebar filters (an agreement of n parties links each pair of them)."""

from __future__ import annotations

import pandas as pd

from dashboard_lib.scope import A, Scope, run_scoped

# Pairs of organisations that signed together, with how many agreements; the busiest first.
_PAIRS = """
parties AS (
    SELECT agreement_id, org_id FROM mart_agreement_parties
    WHERE agreement_id IN (SELECT agreement_id FROM a)
),
pairs AS (
    SELECT p.org_id AS source, q.org_id AS target, count(DISTINCT p.agreement_id) AS n_agreements
    FROM parties p JOIN parties q ON q.agreement_id = p.agreement_id AND p.org_id < q.org_id
    GROUP BY ALL
)"""

SQL_NETWORK_EDGES = f"""
WITH {A},{_PAIRS}
SELECT source, target, n_agreements FROM pairs
ORDER BY n_agreements DESC, source, target
LIMIT ?
"""

# Every organisation of the view: its agreements and distinct partners in the view.
SQL_NETWORK_NODES = f"""
WITH {A},{_PAIRS},
ends AS (
    SELECT source AS org_id, target AS other FROM pairs
    UNION ALL
    SELECT target, source FROM pairs
),
degree AS (SELECT org_id, count(DISTINCT other) AS n_partners FROM ends GROUP BY org_id),
signed AS (SELECT org_id, count(DISTINCT agreement_id) AS n_agreements FROM parties GROUP BY ALL)
SELECT o.org_id, o.name, o.kind AS party_kind, o.level AS party_level, o.province,
       s.n_agreements, coalesce(d.n_partners, 0) AS n_partners
FROM signed s JOIN mart_organizations o USING (org_id)
LEFT JOIN degree d USING (org_id)
ORDER BY n_partners DESC, s.n_agreements DESC, o.name
"""


EDGES_MAX = 600  # pairs a browser lays out comfortably (force layout): the page draws these


def edges(scope: Scope, limit: int = EDGES_MAX) -> pd.DataFrame:
    """The `limit` busiest pairs of the view."""
    return run_scoped(SQL_NETWORK_EDGES, scope, limit)


def nodes(scope: Scope) -> pd.DataFrame:
    """Every organisation of the view, the strongest hubs (most partners) first."""
    return run_scoped(SQL_NETWORK_NODES, scope)


SQL_NETWORK_COUNTS = f"""
WITH {A},{_PAIRS}
SELECT count(*) AS n_edges, (SELECT count(DISTINCT org_id) FROM parties) AS n_nodes FROM pairs
"""


def counts(scope: Scope) -> dict[str, int]:
    row = run_scoped(SQL_NETWORK_COUNTS, scope).iloc[0]
    return {"edges": int(row["n_edges"]), "nodes": int(row["n_nodes"])}
