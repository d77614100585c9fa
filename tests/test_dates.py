"""Date expressions resolved against a reference date; precision kept, no day invented."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.extraction.dates import find_dates

REF = date(2023, 8, 9)

CASES = [
    # absolute
    ("2022年6月21日", "2022-06-21", "day"),
    ("２０２２年６月２１日", "2022-06-21", "day"),  # full-width digits
    ("二〇二二年六月二十一日", "2022-06-21", "day"),  # Chinese numerals
    ("2023.08.09", "2023-08-09", "day"),
    ("2023/8/9", "2023-08-09", "day"),
    ("2023年8月", "2023-08", "month"),  # a month stays a month
    ("2017年", "2017", "year"),
    # relative to the reference date
    ("8月8日", "2023-08-08", "day"),
    ("12月30日", "2022-12-30", "day"),  # would be in the future: previous year
    ("去年9月", "2022-09", "month"),
    ("今年3月8日", "2023-03-08", "day"),
    ("上月26日", "2023-07-26", "day"),
    ("上个月", "2023-07", "month"),
    ("29日", "2023-07-29", "day"),  # a day after today's: last month
    ("5日上午", "2023-08-05", "day"),
    ("昨天", "2023-08-08", "day"),
    ("今天", "2023-08-09", "day"),
    ("近日", "2023-08-09", "approx"),
    ("日前", "2023-08-09", "approx"),
    ("三年前", "2020", "year"),
]


@pytest.mark.parametrize(("expr", "value", "precision"), CASES)
def test_resolves(expr: str, value: str, precision: str) -> None:
    got = find_dates(expr, REF)
    assert [(d.date, d.precision) for d in got] == [(value, precision)]


@pytest.mark.parametrize("text", ["2021年度计划", "20世纪", "3月份以来", "第5日程", "十四五"])
def test_not_dates(text: str) -> None:
    assert [d for d in find_dates(text, REF) if d.precision == "day"] == []


def test_backreference() -> None:
    got = find_dates("当天,双方签署协议", REF)
    assert got[0].backref and got[0].date is None


def test_without_reference_relative_forms_are_unresolved() -> None:
    assert find_dates("8月8日", None) == ()
    assert [(d.date, d.precision) for d in find_dates("近日", None)] == [(None, "unknown")]


@given(st.text(max_size=80), st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 1, 1)))
def test_never_raises_and_never_invents_a_day(text: str, ref: date) -> None:
    for d in find_dates(text, ref):
        if d.date is None:
            continue
        assert len(d.date) == {"day": 10, "month": 7, "year": 4, "approx": 10}[d.precision]


@given(st.text(alphabet="2023年8月日号上去今明前近当同天一二〇十-./ 0９", max_size=40))
def test_date_matches_equal_finditer(text: str) -> None:
    """The fast scan finds exactly what DATE_RE.finditer finds."""
    from etl.extraction.dates import date_matches
    from etl.vocabulary.dates import DATE_RE

    assert [(m.span(), m.groupdict()) for m in date_matches(text)] == [
        (m.span(), m.groupdict()) for m in DATE_RE.finditer(text)
    ]
