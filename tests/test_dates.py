"""Date expressions resolved against a reference date; precision kept, no day invented.

Every sentence here is written for the test: the constructions are the ones real pages use
(eval/real/phenomena/*.md), the words are not theirs.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.cleaning.clean import clean_document
from etl.extraction.article import reference_date
from etl.extraction.dates import (
    ApproximateDate,
    approximate,
    find_dates,
    url_date,
    url_reference,
)
from etl.records import CleanDocument, RawDocument

REF = date(2023, 8, 9)

# phenomenon -> (text, [(date, precision), ...]) against REF (2023-08-09)
CASES: dict[str, tuple[str, list[tuple[str | None, str]]]] = {
    # absolute dates
    "full date": ("2022年6月21日", [("2022-06-21", "day")]),
    "full-width digits": ("２０２２年６月２１日", [("2022-06-21", "day")]),
    "Chinese numerals": ("二〇二二年六月二十一日", [("2022-06-21", "day")]),
    "dotted date": ("2023.08.09", [("2023-08-09", "day")]),
    "slashed date": ("2023/8/9", [("2023-08-09", "day")]),
    "a month stays a month": ("2023年8月", [("2023-08", "month")]),
    "a year stays a year": ("2017年", [("2017", "year")]),
    "end of a named year": ("双方于2021年底签署协议", [("2021", "year")]),
    "spaces inside": ("2023 年 8 月 9 日", [("2023-08-09", "day")]),
    # a month-day takes the year of publication; never after it by more than a month
    "month-day": ("8月8日", [("2023-08-08", "day")]),
    "month-day months before publication": ("1月22日", [("2023-01-22", "day")]),
    "month-day after publication: last year": ("12月30日", [("2022-12-30", "day")]),
    "month-day in Chinese numerals": ("八月八日", [("2023-08-08", "day")]),
    "month-day in full-width digits": ("６月１１日", [("2023-06-11", "day")]),
    "month-day with spaces": ("8 月 8 日", [("2023-08-08", "day")]),
    "today with its date in brackets": ("今日（六月十一日）", [("2023-08-09", "day"),
                                                     ("2023-06-11", "day")]),
    # relative to publication
    "last year's month": ("去年9月", [("2022-09", "month")]),
    "this year's day": ("今年3月8日", [("2023-03-08", "day")]),
    "this year's month": ("今年3月", [("2023-03", "month")]),
    "end of last year": ("去年底", [("2022", "year")]),
    "start of the year": ("年初，两地签署协议", [("2023", "year")]),
    "end of the year": ("年底，两地签署协议", [("2023", "year")]),
    "last month's day": ("上月26日", [("2023-07-26", "day")]),
    "last month": ("上个月", [("2023-07", "month")]),
    "this month's day": ("本月3日", [("2023-08-03", "day")]),
    "a bare month opening a clause": ("3月，两地签署协议", [("2023-03", "month")]),
    "a bare month after 于": ("双方于5月签署协议", [("2023-05", "month")]),
    "a part of a month": ("7月中旬，两地签署协议", [("2023-07", "month")]),
    "a bare day": ("29日", [("2023-07-29", "day")]),  # a day after today's: last month
    "a day with a time of day": ("5日上午", [("2023-08-05", "day")]),
    "a day with the evening": ("6日晚，", [("2023-08-06", "day")]),
    "a day before the verb": ("4日签署协议", [("2023-08-04", "day")]),
    "yesterday": ("昨天", [("2023-08-08", "day")]),
    "today": ("今天", [("2023-08-09", "day")]),
    "years ago": ("三年前", [("2020", "year")]),
    # 近日/日前: the month of publication, approx, bounded by publication
    "recently": ("近日", [("2023-08", "approx")]),
    "the other day": ("日前", [("2023-08", "approx")]),
    # windows: a multi-day visit or event is its month, approx
    "window with a dash": ("9月11—14日考察期间签署", [("2022-09", "approx")]),
    "window with spaces": ("9月 11—14 日", [("2022-09", "approx")]),
    "window with a tilde": ("5月25~31日", [("2023-05", "approx")]),
    "window with 至": ("3月7日至8日", [("2023-03", "approx")]),
    "window with a hyphen": ("8月8日-10日", [("2023-08", "approx")]),
    "window across months": ("7月30日至8月2日", [("2023-07", "approx")]),
    "window with a year": ("2021年11月30日至12月2日", [("2021-11", "approx")]),
    "window of this year": ("今年6月11日至14日", [("2023-06", "approx")]),
    "window of bare days": ("7日至9日", [("2023-08", "approx")]),
    "window over a whole year": ("2023年1月1日至12月31日", [("2023", "approx")]),
    # lists of days: each day, the later ones in the first one's month
    "list of days": ("12月7日、8日", [("2022-12-07", "day"), ("2022-12-08", "day")]),
    "list of days with 和": ("6月1日和3日", [("2023-06-01", "day"), ("2023-06-03", "day")]),
    # a date that lost a character: read where exactly one reading is a date
    "year, month, day glued": ("2015312日签署协议", [("2015-03-12", "day")]),
    "year, month, day glued, two-digit month": ("20151228日", [("2015-12-28", "day")]),
    "year glued to a month": ("在20173月，双方签署协议", [("2017-03", "month")]),
    "month glued to a day": ("519日，", [("2023-05-19", "day")]),
    "month glued to a day, four digits": ("1130日，", [("2022-11-30", "day")]),
    # the day after the previous date
    "the next day": ("8月8日抵达。次日，双方签署协议", [("2023-08-08", "day"),
                                                ("2023-08-09", "day")]),
}


@pytest.mark.parametrize("phenomenon", list(CASES))
def test_resolves(phenomenon: str) -> None:
    text, expected = CASES[phenomenon]
    assert [(d.date, d.precision) for d in find_dates(text, REF)] == expected


# Not dates: nothing day-precise may come out of these.
NOT_DATES = {
    "fiscal year": "2021年度计划",
    "century": "20世纪",
    "since a month": "3月份以来",
    "an agenda": "第5日程",
    "a plan's name": "十四五",
    "a phone number": "电话：0371-65951234",
    "a mobile number": "联系电话13812345678",
    "a document number": "某科发〔2023〕12号",
    "a version number": "V2.3.1版本",
    "a count of documents": "共签订12份协议",
    "a count of days": "共519日",
    "a sum of money": "总投资2023万元",
    "an ambiguous glued day": "112日",  # 1月12日 or 11月2日
    "a stretch of days": "30日内完成",
    "a tour": "7日游",
    "a dateline's day": "29日电",
    "months of statistics": "1-8月，",
    "every year's month": "每年3月，",
    "a plan for a month": "于10月投产",
    "a range of years": "2023—2025年",
    "an impossible day": "2月30日",
    "an ordinal edition": "第三十届",
}


@pytest.mark.parametrize("phenomenon", list(NOT_DATES))
def test_not_dates(phenomenon: str) -> None:
    got = find_dates(NOT_DATES[phenomenon], REF)
    assert [d for d in got if d.precision == "day"] == []


def test_window_is_bounded_by_its_last_day() -> None:
    (got,) = find_dates("9月11—14日", REF)
    assert (got.date, got.precision, got.before) == ("2022-09", "approx", "2022-09-14")


def test_recent_is_bounded_by_the_reference_date() -> None:
    (got,) = find_dates("近日", REF)
    assert got.before == "2023-08-09"


def test_backreference() -> None:
    got = find_dates("当天,双方签署协议", REF)
    assert got[0].backref and got[0].date is None


def test_without_reference_relative_forms_are_unresolved() -> None:
    assert find_dates("8月8日", None) == ()
    assert [(d.date, d.precision) for d in find_dates("近日", None)] == [(None, "unknown")]
    assert find_dates("3月，双方签署", None) == ()


def test_without_reference_a_month_day_takes_its_sentences_event_year() -> None:
    text = "9月23日，甲部、乙自治区人民政府2012年部区工作会商会议暨议定书签字仪式在某市举行。"
    first = find_dates(text, None)[0]
    assert (first.date, first.precision) == ("2012-09-23", "day")
    # a year of another sentence, or a range of years, is not borrowed
    assert find_dates("2012年工作会商会议召开。9月23日，双方签署协议。", None)[-1].text == "2012年"
    assert [d.date for d in find_dates("8月8日，双方签署2023—2025年合作协议。", None)] == ["2025"]


# ---------------------------------------------------------------- an approximate reference date

def test_against_an_approximate_reference_relative_dates_are_approx() -> None:
    ref = approximate(date(2020, 7, 2), "day")
    got = find_dates("7月1日，甲与乙签署协议。近日", ref)
    assert [(d.date, d.precision) for d in got] == [("2020-07-01", "approx"), ("2020-07", "approx")]
    # absolute dates stay what they are
    assert [(d.date, d.precision) for d in find_dates("2019年3月5日", ref)] == [
        ("2019-03-05", "day")]


def test_approximate_reference_of_a_year_gives_recent_as_a_year() -> None:
    ref = approximate(date(2015, 12, 31), "year")
    assert [(d.date, d.precision) for d in find_dates("日前", ref)] == [("2015", "approx")]


def test_exact_and_approximate_references_are_cached_apart() -> None:
    exact = find_dates("8月8日", date(2023, 8, 9))
    rough = find_dates("8月8日", approximate(date(2023, 8, 9), "day"))
    assert (exact[0].precision, rough[0].precision) == ("day", "approx")


# ---------------------------------------------------------------- dates in URLs

URLS = {
    "year-month-day in the path": ("http://a.example.cn/c/2015-04-30/492862.shtml", "2015-04-30"),
    "year/monthday": ("http://a.example.cn/news/2023/0620/062094495.html", "2023-06-20"),
    "t-prefixed compact date": ("http://a.example.cn/x/202108/t20210827_6176299.html",
                                "2021-08-27"),
    "year-month/day": ("http://a.example.cn/zfjs/2008-09/16/content_1096460.htm", "2008-09-16"),
    "year/month/day": ("http://a.example.cn/art/2024/11/21/art_3814_1806611.html", "2024-11-21"),
    "unpadded year/month/day": ("http://a.example.cn/art/2021/1/6/art_2784.html", "2021-01-06"),
    "compact date opening a long number": ("http://a.example.cn/3256/20120530118971.htm",
                                           "2012-05-30"),
    "yearmonth/day": ("http://a.example.cn/news/201309/17/5861.html", "2013-09-17"),
    "year/month": ("http://a.example.cn/2021/04/591746.html", "2021-04"),
    "yearmonth": ("https://a.example.cn/jining/201811/8407653.html", "2018-11"),
    "unpadded year/month": ("https://a.example.cn/htmlnews/2012/9/268975.shtm", "2012-09"),
    "year only": ("http://a.example.cn/shehui/2021/172548.html", "2021"),
    # no date: an id, an IP address host, a query parameter
    "numeric id": ("http://a.example.cn/htm/1363806868756185088/content.htm", None),
    "IP host and query": ("http://218.28.6.71:81/Detail?id=20230809", None),
    "no path date": ("http://a.example.cn/info-detail/i-46171.html", None),
    "no URL": (None, None),
}


@pytest.mark.parametrize("phenomenon", list(URLS))
def test_url_date(phenomenon: str) -> None:
    url, expected = URLS[phenomenon]
    got = url_date(url)
    assert (got.date if got else None) == expected
    if got:
        assert got.precision == "approx"


def test_url_reference_is_the_last_day_of_what_the_url_names() -> None:
    ref = url_reference("http://a.example.cn/2021/04/591746.html")
    assert isinstance(ref, ApproximateDate) and ref == date(2021, 4, 30) and ref.grain == "month"
    assert url_reference("http://a.example.cn/x/2021/1.html").grain == "year"


def _doc(text: str, url: str | None = None) -> CleanDocument:
    return clean_document(RawDocument(doc_id="t", path="t", fmt="jsonl", text=text,
                                      raw_sha256="", url=url))


LEAD = "双方将在科技创新、人才培养、科学普及等方面深化合作，推动协议落地见效，共同服务地方发展。"


def test_reference_date_falls_back_to_the_url_never_into_published() -> None:
    doc = _doc(f"甲市政府与乙大学签署合作协议\n7月13日，甲市人民政府与乙大学签署合作协议。{LEAD}",
               url="https://a.example.cn/html/2020/kejiao_0714/117088.html")
    ref = reference_date(doc)
    assert doc.metadata.published is None
    assert isinstance(ref, ApproximateDate) and ref.year == 2020


def test_reference_date_takes_a_dateline_inside_the_urls_month() -> None:
    doc = _doc(f"某某网7月1日消息：今天，甲局与乙协会签署战略合作协议。{LEAD}",
               url="http://a.example.cn/a/2020/0702/1593702846.html")
    ref = reference_date(doc)
    assert isinstance(ref, ApproximateDate) and ref == date(2020, 7, 1)


def test_reference_date_prefers_publication_and_its_dateline() -> None:
    doc = _doc(f"标题签署协议\n发布时间：2023-10-17 09:00\n本报长沙10月16日电 {LEAD}",
               url="http://a.example.cn/2019/0101/1.html")
    ref = reference_date(doc)
    assert ref == date(2023, 10, 16) and not isinstance(ref, ApproximateDate)


def test_reference_date_of_a_republished_copy_is_its_dateline() -> None:
    # a copy stamped months later: 4日 and 今天 are the story's, in the stamp's year
    doc = _doc(f"标题签署协议\n发布时间：2024-11-21 22:13:32\n某新社 乙市7月4日电 {LEAD}")
    assert reference_date(doc) == date(2024, 7, 4)
    # a mirror whose stamp is a little earlier than the story's dateline
    doc = _doc(f"标题签署协议\n2020-06-19 23:01:57\n某民网上海7月13日电 {LEAD}")
    assert reference_date(doc) == date(2020, 7, 13)


def test_a_dateline_cited_inside_a_sentence_does_not_date_the_story() -> None:
    doc = _doc(f"标题签署协议\n发布时间：2023-08-09 10:00\n据某华社5月3日电，{LEAD}")
    assert reference_date(doc) == date(2023, 8, 9)


def test_reference_date_of_a_journal_issue_is_its_year() -> None:
    doc = _doc(f"摘要\n本刊讯日前，甲省科技厅与乙市政府签署合作协议。{LEAD}\n出处\n《某某科技》\n"
               "2015年第10期8-9，共2页")
    ref = reference_date(doc)
    assert isinstance(ref, ApproximateDate) and (ref.year, ref.grain) == (2015, "year")


def test_no_reference_date_without_publication_url_or_issue() -> None:
    assert reference_date(_doc(f"标题签署协议\n7月10日，{LEAD}")) is None


# ---------------------------------------------------------------- properties

@given(st.text(max_size=80), st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 1, 1)))
def test_never_raises_and_never_invents_a_day(text: str, ref: date) -> None:
    for d in find_dates(text, ref):
        if d.date is None:
            continue
        if d.precision == "approx":
            assert len(d.date) in (4, 7, 10)
        else:
            assert len(d.date) == {"day": 10, "month": 7, "year": 4}[d.precision]
        if d.precision == "day":
            assert any(c.isdigit() or c in "〇○零一二两三四五六七八九十今昨前次翌" for c in d.text)


@given(st.integers(1, 12), st.integers(1, 31), st.sampled_from(["", "上午", "，", "签署"]))
def test_month_days_resolve_to_themselves(month: int, day: int, tail: str) -> None:
    text = f"{month}月{day}日{tail}"
    got = find_dates(text, REF)
    try:
        date(2023, month, day)  # the reference date's year: 2月29日 is no day of it
    except ValueError:
        assert [d for d in got if d.precision == "day"] == []
        return
    assert got[0].date[5:] == f"{month:02d}-{day:02d}" and got[0].precision == "day"
    assert date.fromisoformat(got[0].date) <= date(2023, 9, 9)  # never more than a month ahead


@given(st.text(alphabet="2023年8月日号上去今明前近当同天一二〇十-./ 0９至—、初底次本个期时第末翌",
               max_size=40))
def test_date_matches_equal_finditer(text: str) -> None:
    """The fast scan finds exactly what DATE_RE.finditer finds."""
    from etl.extraction.dates import date_matches
    from etl.vocabulary.dates import DATE_RE

    assert [(m.span(), m.groupdict()) for m in date_matches(text)] == [
        (m.span(), m.groupdict()) for m in DATE_RE.finditer(text)
    ]
