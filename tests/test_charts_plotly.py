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


def test_dodge_spreads_points_that_would_sit_on_one_another() -> None:
    rows = [0, 0, 0, 0, 1, 1]
    xs = [10.0, 10.0, 10.5, 50.0, 10.0, 30.0]
    offsets = cp.dodge(rows, xs, min_gap=1.0)
    placed = {(r, x + 0.0, off) for r, x, off in zip(rows, xs, offsets, strict=True)}
    assert len(placed) == len(xs)
    assert offsets[0] == 0.0 and {offsets[1], offsets[2]} == {cp.DODGE_STEP, -cp.DODGE_STEP}
    assert offsets[3] == 0.0 and offsets[4:] == [0.0, 0.0]  # alone in its row or its time
    crowd = cp.dodge([0] * 9, [0.0] * 9, min_gap=1.0)
    assert len(set(crowd)) == 9 and max(map(abs, crowd)) <= cp.DODGE_MAX + 1e-9


def test_agreement_points_legend_gives_each_mark_one_meaning() -> None:
    df = pd.DataFrame({
        "agreement_id": ["a", "b", "c"], "date_precision": ["approx", "day", "approx"],
        "date_lo": pd.to_datetime(["2023-01-01"] * 3),
        "date_hi": pd.to_datetime(["2023-01-01"] * 3),
        "date_label": ["约 2023-01-01", "2023-01-01", "约 2023-01-01"],
        "model": ["其他", "会市合作", "会市合作"], "type": ["协议"] * 3, "parties": ["x"] * 3,
        "is_new_signing": [True] * 3, "province_short": [["河南"]] * 3})
    fig = cp.agreement_points(df)
    legend = [t for t in fig.data if t.showlegend is not False]
    markers = [t.marker.symbol for t in legend if t.mode == "markers"]
    assert sorted(markers) == ["circle", "circle-open"]  # precision only
    assert {t.name for t in legend if t.mode == "lines"} >= {"其他", "会市合作"}
    ys = [y for t in fig.data if t.mode == "markers" and t.customdata is not None for y in t.y]
    assert len(set(ys)) == 3  # same day, same row: spread apart
