"""The one Chinese-numeral parser (etl/vocabulary/numerals.py), and the stages that use it.

An unknown character is never read as some digit: the string is no number. The cleaning stage
(publication dates) and the extraction stage (event dates) used to disagree here: one read an
unknown digit as 0, the other an unknown tens digit as 1, so both could invent a day.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.cleaning.metadata import parse_date
from etl.extraction.dates import find_dates
from etl.vocabulary.numerals import DIGITS, cn_number


@pytest.mark.parametrize(
    ("s", "n"),
    [
        # years, digit by digit
        ("二〇二三", 2023),
        ("二○二三", 2023),  # the circle ○ for 〇
        ("二零二三", 2023),
        ("二O二三", 2023),  # the letter O typed for 〇
        ("二0二三", 2023),  # an Arabic zero among Chinese digits
        ("２０２３", 2023),  # full-width
        ("2023", 2023),
        # months and days, with 十
        ("十", 10),
        ("十一", 11),
        ("二十", 20),
        ("二十三", 23),
        ("三十一", 31),
        ("两", 2),
        ("１２", 12),
        ("08", 8),
        (" 7 ", 7),
    ],
)
def test_numbers(s: str, n: int) -> None:
    assert cn_number(s) == n


@pytest.mark.parametrize(
    "s",
    [
        "",
        "年",
        "二X二三",  # an unknown digit in a year
        "X十",  # an unknown tens digit (was read as 1: X十 = 10)
        "十X",  # an unknown ones digit (was read as 0)
        "十十",  # 十 is no digit
        "一二十",  # two digits before 十
        "二十三十",
        "百",
        "²",  # a digit to str.isdigit, not to a reader of dates
    ],
)
def test_unknown_digits_make_no_number(s: str) -> None:
    assert cn_number(s) is None


@given(st.text(alphabet="".join(DIGITS) + "十X年", max_size=6))
def test_a_number_only_from_known_digits(s: str) -> None:
    n = cn_number(s)
    if "X" in s or "年" in s:
        assert n is None
    if n is not None:
        assert 0 <= n < 10 ** max(len(s.strip()), 2)


def test_publication_date_with_an_unknown_digit_is_skipped() -> None:
    # 十十日 used to be read as day 10
    assert parse_date("二〇二三年十一月十十日") is None
    assert parse_date("二〇二三年十一月十一日") == ("2023-11-11", "day")


def test_event_date_with_an_unknown_digit_is_not_a_day() -> None:
    # 一二十日 used to be read as day 10 (an unknown tens digit counted as 1)
    ref = date(2023, 8, 20)
    assert [d.date for d in find_dates("8月一二十日", ref) if d.precision == "day"] == []
    assert [d.date for d in find_dates("8月二十日", ref)] == ["2023-08-20"]
