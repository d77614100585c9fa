"""Chart builders: count axes stay readable and light at any volume."""

from __future__ import annotations

import pandas as pd

from dashboard_lib import charts_plotly as cp


def _monthly(n: int) -> pd.DataFrame:
    months = pd.to_datetime(["2023-01-01", "2023-01-01", "2023-02-01"])
    return pd.DataFrame({"month": months, "model": ["会市合作", "省会合作", "会市合作"],
                         "n": [n, n, 1]})


def test_small_counts_get_one_tick_per_unit() -> None:
    fig = cp.monthly_signings(_monthly(2))
    assert fig.layout.yaxis.dtick == 1  # no 0.5 agreements


def test_large_counts_leave_tick_spacing_to_plotly() -> None:
    """A tick per unit over thousands of agreements froze the browser (1M-article database)."""
    fig = cp.monthly_signings(_monthly(4000))
    assert fig.layout.yaxis.dtick is None
    assert fig.layout.yaxis.tickformat == ",d"


def test_top_programmes_axis_follows_the_stacked_total() -> None:
    df = pd.DataFrame({"name": ["科创中国", "科创中国", "海智计划"],
                       "family": ["科创", "科普", "人才"],
                       "n_mentions": [6, 6, 3], "n_articles": [5, 5, 3]})
    assert cp.top_programmes(df).layout.xaxis.dtick is None  # 12 mentions stacked
    assert cp.top_programmes(df.iloc[2:]).layout.xaxis.dtick == 1
