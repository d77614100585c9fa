"""Warm the result cache when the server starts, so the first visitor of a page does not pay.

On a 1M-article database the first query of each mart after a server start takes 0.3-1.5 s
(DuckDB reads and decompresses the mart's row groups) and a page runs several: first visits took
4.5-6.8 s where later ones took 2-3 s. `start()` is called by dashboard.py on every run and, when
the server is started with `streamlit run serve.py` (`make run`), by `lifespan` as the server
starts, before any visitor. The first call of a process (for each version of the DB file) starts
one background thread that imports what the pages import (pandas, pyarrow, plotly: 1-1.5 s of
the first session under load; at server start only) and runs the queries of every dashboard
page's default view (no filter but the default scope, as a fresh visit has them) through the
same cached `db.run`, the page a visitor opens first (总览) first. The thread takes idle time
only: before each query it waits until no visitor's script run is in progress (`visitor()`,
around dashboard.py's run); a result both need is computed once.

This list repeats what the pages ask for; if a page's default query changes and the list does
not, nothing breaks: that page's first visit is just not warmed (tests/test_app.py checks that
every default view is served from the cache after the warm-up).
"""

from __future__ import annotations

import importlib
import logging
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

from dashboard_lib import db, filters
from dashboard_lib.scope import Scope
from dashboard_lib.ui import SELECT_PAGE_ROWS
from etl import settings

LOGGER = logging.getLogger(__name__)

_STARTED: set[tuple[str, db.Signature]] = set()
_LOCK = threading.Lock()
# Script runs of visitors in progress: the warm-up waits for none before each query, so it takes
# only idle time (on 2 cores, running beside the first visit slowed that visit by 1-3 s).
_VISITORS = threading.Condition()
_running = 0
YIELD_MAX_S = 15.0  # a query of the warm-up waits at most this long for visitors to finish


@contextmanager
def visitor() -> Iterator[None]:
    """Around a visitor's script run (dashboard.py): the warm-up pauses meanwhile."""
    global _running
    with _VISITORS:
        _running += 1
    try:
        yield
    finally:
        with _VISITORS:
            _running -= 1
            _VISITORS.notify_all()


def _wait_for_idle() -> None:
    with _VISITORS:
        _VISITORS.wait_for(lambda: _running == 0, timeout=YIELD_MAX_S)


def default_views() -> list[tuple[str, Callable[[], object]]]:
    """(page, call) of every dashboard page's default view, the overview first."""
    from dashboard_lib.queries import explorer, maps, network, overview, programmes, records
    from dashboard_lib.queries import timeline as timeline_q
    from dashboard_lib.queries.options import FACETS, facet_counts, filter_options

    opts = filter_options()
    state = filters.parse({}, opts).state
    scope = state.scope()
    cap = int(settings.get("table_max_rows"))

    def page(table: db.Table, limit: int = cap, columns: list[str] | None = None) -> object:
        return table.page(limit, 0, columns)

    latest = opts.date_max.year if opts.date_max else None
    periods: list[tuple[str, Callable[[], object]]] = []
    if latest:
        first = filters.parse_date_range([str(latest)])
        second = filters.parse_date_range([str(latest - 1)])
        periods = [("overview", lambda: overview.periods(state.without("date").scope(),
                                                          first, second))]
    points = int(settings.get("timeline_max_points"))
    return [
        ("sidebar", lambda: facet_counts({k: state.without(k).scope() for k in FACETS})),
        ("overview", lambda: overview.overview_metrics(scope)),
        *periods,
        ("overview", lambda: overview.latest_agreements(scope, 10)),
        ("overview", overview.builds),
        ("overview", lambda: page(overview.new_in_latest_build(scope),
                                  columns=overview.AGREEMENT_LIST_COLUMNS)),
        ("map", maps.provinces),
        ("map", lambda: maps.province_stats(scope, None)),
        ("map", lambda: maps.city_points(scope, None)),
        ("map", lambda: maps.partner_lines(scope, None)),
        ("timeline", lambda: timeline_q.date_counts(scope)),
        ("timeline", lambda: timeline_q.monthly_signings(scope)),
        ("timeline", lambda: page(timeline_q.agreement_points(scope), points)),
        ("timeline", lambda: page(timeline_q.agreement_points(scope))),
        ("timeline", lambda: timeline_q.coverage_timeline(scope)),
        ("network", lambda: network.counts(scope)),
        ("network", lambda: network.nodes(scope)),
        ("network", lambda: network.edges(scope)),
        ("programmes", lambda: programmes.programme_tree(scope)),
        ("programmes", lambda: programmes.top_programmes(scope, 15)),
        ("programmes", lambda: programmes.province_family(scope)),
        ("programmes", lambda: page(programmes.pilots(scope),
                                    columns=programmes.PILOT_COLUMNS)),
        ("explorer", lambda: page(explorer.agreements_table(scope), min(cap, SELECT_PAGE_ROWS))),
        ("org", overview.database_is_empty),  # the record pages ask it first
        ("org", lambda: page(records.org_list())),
        ("map", lambda: maps.map_over_time(scope, None)),  # drawn when its toggle is on
        ("review", lambda: review_default_view(scope)),
    ]


def review_default_view(scope: Scope) -> None:
    """The review page's default view: the queue (to review, all items, no risk reason) under
    the store's live state as of now, its first row and that row's article. Reads the
    corrections store only (never creates it); if a reviewer saves before the first visit, the
    queue's cache key changes and that visit runs its own query, as without the warm-up."""
    from dashboard_lib import review
    from dashboard_lib.queries import explorer

    live = review.live_state()  # (reads mart_review_applied, as the page does)
    queue = review.queue_table(scope, live, item=None, mode="todo", reason=None)
    shown, _ = queue.page(min(int(settings.get("table_max_rows")), SELECT_PAGE_ROWS), 0, None)
    review.orphans_table().page(1)
    choices = review.article_choices(scope)
    row = None if shown.empty else review.queue_row(str(shown["item_key"].iloc[0]))
    if row is not None and row["item"] == "agreement":
        review.event_reports(row["agreement_id"])
    # the article box under the queue: the open row's article, else the first in view
    article_id = row["article_id"] if row is not None else next(iter(choices), None)
    if article_id:
        explorer.article(article_id)
        review.article_items(article_id)


# What the pages import beyond dashboard.py (the first session paid them: ~1-1.5 s under load).
HEAVY_IMPORTS = ("pandas", "pyarrow", "plotly.graph_objects", "plotly.io",
                 "dashboard_lib.charts_plotly", "dashboard_lib.record_view",
                 "dashboard_lib.queries.explorer", "dashboard_lib.queries.maps",
                 "dashboard_lib.queries.network", "dashboard_lib.queries.overview",
                 "dashboard_lib.queries.programmes", "dashboard_lib.queries.records",
                 "dashboard_lib.queries.timeline")


def import_heavy() -> None:
    """Import the pages' heavy libraries and draw (serialise) a figure of each kind the pages
    draw, so the first visitor finds them loaded."""
    for name in HEAVY_IMPORTS:
        importlib.import_module(name)
    import plotly.graph_objects as go

    go.Figure([go.Bar(x=[1], y=[1]), go.Scatter(x=[1], y=[1]), go.Heatmap(z=[[1]]),
               go.Sunburst(labels=["a"], parents=[""])]).to_json()


def run_all(imports: bool = False) -> float:
    """Run every default view's queries (cached); the seconds it took. Errors are logged only:
    a page that fails will say why to its visitor."""
    t0 = time.perf_counter()
    if imports:
        try:
            import_heavy()
        except Exception:  # a page will import (and fail) on its own
            LOGGER.warning("warm-up imports failed", exc_info=True)
    try:
        views = default_views()
    except Exception:  # no database, no marts: the pages say so
        LOGGER.info("warm-up skipped", exc_info=True)
        return 0.0
    for name, call in views:
        _wait_for_idle()
        try:
            call()
        except Exception:
            LOGGER.warning("warm-up of %s failed", name, exc_info=True)
    seconds = time.perf_counter() - t0
    LOGGER.info("warm-up of %d queries took %.1f s", len(views), seconds)
    return seconds


def start(imports: bool = False) -> threading.Thread | None:
    """Start the warm-up once per process and DB file version (a no-op on later runs, and
    outside a Streamlit server: AppTest runs pages one by one, and tests call run_all).
    `imports`: import the pages' libraries first (at server start, before any visitor)."""
    from streamlit.runtime import Runtime

    if not Runtime.exists():
        return None
    path = db.db_path()
    try:
        key = (str(path), db.signature(path))
    except db.DashboardDataError:
        return None
    with _LOCK:
        if key in _STARTED:
            return None
        _STARTED.add(key)
    thread = threading.Thread(target=run_all, args=(imports,), name="tracker-warmup",
                              daemon=True)
    thread.start()
    return thread


@asynccontextmanager
async def lifespan(_app: Any) -> AsyncIterator[None]:
    """The ASGI app's lifespan (serve.py): start the warm-up as the server starts, so the
    server's first visitor finds the libraries imported and the default views cached. Nothing
    here waits: the server answers at once, and the warm-up yields to visitors' runs."""
    start(imports=True)
    yield
