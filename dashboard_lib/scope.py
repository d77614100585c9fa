"""The active filters as SQL: one WHERE clause per mart, filled into query templates.

A query template names its filtered marts through three CTE fragments, `A` (agreements), `M`
(programme mentions) and `R` (articles); `{a}`, `{m}`, `{r}` stand for the scope's clauses and
`?` for the query's own parameters. `scoped()` fills them in positional order, so user values only
ever travel as parameters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pandas as pd

from dashboard_lib import db


@dataclass(frozen=True)
class Clause:
    """A WHERE fragment from the filter table plus its parameters."""

    sql: str = "TRUE"
    params: tuple[Any, ...] = ()


@dataclass(frozen=True)
class Scope:
    """The active filters, as one clause per mart the pages read."""

    agreements: Clause = Clause()  # over mart_agreements
    mentions: Clause = Clause()  # over mart_initiative_mentions
    articles: Clause = Clause()  # over mart_article_list


ALL = Scope()

A = "a AS (SELECT * FROM mart_agreements WHERE {a})"
M = "m AS (SELECT * FROM mart_initiative_mentions WHERE {m})"
# Articles without their texts (mart_articles adds them, for the SQL console).
R = "r AS (SELECT * FROM mart_article_list WHERE {r})"

# The columns of every agreement table (mart_agreements), in display order; then the review
# marks and the machine's values (downloads carry them; the tables show review_mark).
AGREEMENT_COLUMNS = """agreement_id, date_label, event_date, date_precision, model, type, parties,
    partner, province_names, city_names, is_new_signing, online, n_sources, title, evidence,
    article_id, article_title, article_date, article_source, article_url, review_mark,
    reviewed, review_status, reviewed_by, reviewed_at, machine_parties, machine_date,
    machine_date_precision, machine_type, machine_model, machine_signing"""

_SLOT = re.compile(r"\{([amr])\}|\?")


def scoped(template: str, scope: Scope, *extra: Any) -> tuple[str, list[Any]]:
    """Fill a SQL template's scope slots; return SQL and parameters in positional order."""
    clauses = {"a": scope.agreements, "m": scope.mentions, "r": scope.articles}
    params: list[Any] = []
    rest = list(extra)

    def fill(match: re.Match[str]) -> str:
        if match.group(1):
            clause = clauses[match.group(1)]
            params.extend(clause.params)
            return f"({clause.sql})"
        params.append(rest.pop(0))
        return "?"

    sql = _SLOT.sub(fill, template)
    if rest:
        raise ValueError("more parameters than placeholders")
    return sql, params


def run_scoped(template: str, scope: Scope, *extra: Any) -> pd.DataFrame:
    sql, params = scoped(template, scope, *extra)
    return db.run(sql, params)


def table_scoped(template: str, scope: Scope, *extra: Any) -> db.Table:
    sql, params = scoped(template, scope, *extra)
    return db.Table(sql, tuple(params))


# The scope switch's "科协参与" (filters.py): agreements signed by a 科协 or a 学会; articles and
# programme mentions in articles that report such an agreement or none at all (marts.sql).
KX_FRAGMENTS = {"agreements": "in_kx_scope = ?", "mentions": "article_in_kx_scope = ?",
                "articles": "in_kx_scope = ?"}
KX = Scope(*(Clause(f"({KX_FRAGMENTS[t]})", (True,))
             for t in ("agreements", "mentions", "articles")))


def scope_only(scope: Scope) -> bool | None:
    """For the unfiltered twins of queries (queries.UNFILTERED_TWINS): False when no filter is
    set, True when the scope switch's 科协参与 is the only one, None otherwise (no twin)."""
    if scope == ALL:
        return False
    if scope == KX:
        return True
    return None
