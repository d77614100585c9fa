"""Metadata: dates, outlets, authors, script, hashes."""

from __future__ import annotations

import pytest

from etl.cleaning import boilerplate, metadata
from etl.records import RawDocument

# ---------------------------------------------------------------------------- dates
DATE_CASES = [
    ("时间：2023-08-09 13:00:24 来源: 大河财立方", ("2023-08-09T13:00:24", "second")),
    ("2025-03-19 09:18", ("2025-03-19T09:18", "minute")),
    ("日期：2022-07-27 点击：次", ("2022-07-27", "day")),
    ("2023/6/25 9:55:51   来源：北疆科技", ("2023-06-25T09:55:51", "second")),
    ("日期：2021年10月25日 09:38", ("2021-10-25T09:38", "minute")),
    ("2016年11月9日  第03版：本市", ("2016-11-09", "day")),
    ("2022.07.27", ("2022-07-27", "day")),
    ("2023年08月09日 星期三 13:00   稿源：人民网", ("2023-08-09T13:00", "minute")),
    # Chinese numerals
    ("二〇二三年十一月二十三日", ("2023-11-23", "day")),
    ("二〇二〇年十月一日", ("2020-10-01", "day")),
    # day-first stamps of some CMSs: day.month.year
    ("12.07.2017 21:04", ("2017-07-12T21:04", "minute")),
    ("20.07.2017  00:32", ("2017-07-20T00:32", "minute")),
    ("06.09.2017", ("2017-09-06", "day")),
    ("07/25/2017", ("2017-07-25", "day")),  # the month came first: 25 is no month
    # unpadded, glued, broken by lost characters
    ("发布时间:2012-9-4 7:46:54", ("2012-09-04T07:46:54", "second")),
    ("2022年01月07日08:30 | 来源:某某日报", ("2022-01-07T08:30", "minute")),
    ("2016-10-26某某办公厅，某某部办公厅", ("2016-10-26", "day")),
    ("发布时间 : 2021-04-14??09 : 14 |", ("2021-04-14", "day")),
    # should not match
    ("2024年1-12月南京房地产销售业绩", None),
    ("2023-02-30", None),
    ("31.02.2017", None),
    ("第25届", None),
    ("版本 1.2.2019.3", None),  # a version number
    ("电话：0371-6595-1234", None),  # a phone number
    ("某科发〔2023〕12号", None),  # a document number
    ("共签订12个项目，总投资3.5亿元", None),
]


@pytest.mark.parametrize(("text", "expected"), DATE_CASES)
def test_parse_date(text: str, expected: tuple[str, str] | None) -> None:
    assert metadata.parse_date(text) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("17-12-11 10:20", ("2017-12-11", "day")),  # two-digit year, only after a label
    ("20230809", ("2023-08-09", "day")),  # compact, only after a label
    (" 2023-08-09", ("2023-08-09", "day")),
    ("12345678", None),
    ("107-09-21", ("2018-09-21", "day")),  # a Minguo year (Taiwan): 1911 + 107
    ("112年3月5日", ("2023-03-05", "day")),
])
def test_parse_labelled(value: str, expected: tuple[str, str] | None) -> None:
    assert metadata.parse_labelled(value) == expected


def test_find_published_prefers_a_labelled_date() -> None:
    info = ["浏览 2020-01-01", "发布时间：2023-06-03 05:39   来源：京华科技频道"]
    assert metadata.find_published(info) == ("2023-06-03T05:39", "minute")
    assert metadata.find_published([], "2022-07-27") == ("2022-07-27", "day")
    assert metadata.find_published([], None) == (None, "unknown")


BODY_LINES = ("8月8日，甲省科协与乙市人民政府在乙市签署会市合作协议，双方将在科技创新、科学普及、"
              "人才培养等方面开展深入合作，共同推动地方经济社会高质量发展。\n"
              "会上，双方负责同志分别致辞，表示将以此次签约为契机，建立常态化工作机制，推动合作事项"
              "落地见效。")
TITLE = "甲省科协与乙市政府签署会市合作协议"

# Where a page shows its publication date (all invented pages). Each case: the page, the date.
PUBLISHED_CASES = {
    "labelled stamp under the title": (f"{TITLE}\n发布时间：2023-08-09 10:20\n{BODY_LINES}",
                                       "2023-08-09"),
    "bare stamp with the outlet": (f"{TITLE}\n2023-08-09 10:20 来源：某某科技网\n{BODY_LINES}",
                                   "2023-08-09"),
    "label spaced out": (f"{TITLE}\n日 期：2023-08-09  浏览：12次\n{BODY_LINES}", "2023-08-09"),
    "label without a colon": (f"{TITLE}\n发布于 2023-08-09 作者：张某\n{BODY_LINES}", "2023-08-09"),
    "labels with empty values": (f"{TITLE}\n作者：\n时间：2023-08-09\n浏览：\n来源：\n{BODY_LINES}",
                                 "2023-08-09"),
    "traditional label": (f"甲省科協與乙市政府簽署合作協議\n發佈時間：2023-08-09\n{BODY_LINES}",
                          "2023-08-09"),
    "two-digit year after a label": (f"{TITLE}\n发布时间：23-08-09 10:20\n{BODY_LINES}",
                                     "2023-08-09"),
    "compact date after a label": (f"{TITLE}\n发布日期：20230809\n{BODY_LINES}", "2023-08-09"),
    "day-first stamp": (f"{TITLE}\n09.08.2023  10:32\n{BODY_LINES}", "2023-08-09"),
    "day-first stamp repeated at the bottom": (
        f"{TITLE}\n09.08.2023 10:32\n{BODY_LINES}\n09.08.2023 10:32", "2023-08-09"),
    "stamp glued to the headline": (
        "|\n" + TITLE + "时间：2023-08-09 " + BODY_LINES.replace("\n", ""), "2023-08-09"),
    "headline, stamp and body on one line": (
        f"{TITLE} 2023-08-09 19:33:31 " + BODY_LINES.replace("\n", ""), "2023-08-09"),
    "stamp glued to the issuing office": (
        f"{TITLE}\n2023-08-09甲省科协办公室，乙市人民政府办公室本文被阅读过3439次[打印][关闭]\n"
        f"{BODY_LINES}", "2023-08-09"),
    "dateline with a full date": (f"{TITLE}\n新华社乙市2023年8月9日电 {BODY_LINES}",
                                  "2023-08-09"),
    "e-paper header with weekday and edition": (
        f"2023年8月9日 星期三 第03版：要闻\n{TITLE}\n{BODY_LINES}", "2023-08-09"),
    "stamp after the body": (f"{TITLE}\n{BODY_LINES}\n（2023年08月10日 来源：某某日报）",
                             "2023-08-10"),
    # crawl-day banners and today's-date headers are not the article's date
    "today banner above the stamp": (
        f"今天是2025年06月06日 星期五\n首页 > 新闻中心 > 工作动态\n{TITLE}\n"
        f"2023-08-09 10:20 来源：某某科技网\n{BODY_LINES}", "2023-08-09"),
    "weekday banner above a bare stamp": (
        f"2025年03月31日 星期一\n{TITLE}\n2018-04-11 09:00\n{BODY_LINES}", "2018-04-11"),
    "a weekday date under the headline is the page's date": (
        f"{TITLE}\n2023年08月09日 星期三\n{BODY_LINES}", "2023-08-09"),
    "a weekday banner above, a weekday date below the headline": (
        f"2025年03月31日 星期一\n{TITLE}\n2023年08月09日 星期三\n{BODY_LINES}", "2023-08-09"),
    "a written-out stamp on a long line of fields": (
        f"{TITLE}\n2023年08月09日  来源：某某日报  作者：张某  责任编辑：李某  分享到：微信 "
        f"微博 QQ空间 某某网友圈 打印本页 关闭窗口 字号：大 中 小 默认\n{BODY_LINES}",
        "2023-08-09"),
    "a stamp in brackets after the headline": (f"{TITLE}（2023-08-09）\n{BODY_LINES}",
                                               "2023-08-09"),
    "today banner alone": (f"今天是2025年06月06日\n{TITLE}\n{BODY_LINES}", None),
    # a date label of an event, the dates of a link list, the prose: not the page's date
    "event time in the body": (
        f"{TITLE}\n2023-08-09 10:20\n{BODY_LINES}\n会议时间：2023年9月1日", "2023-08-09"),
    "an update stamp before the publication stamp": (
        f"{TITLE}\n更新时间：2024-01-02 08:00  发布时间：2023-08-09 10:20\n{BODY_LINES}",
        "2023-08-09"),
    "an update stamp alone": (f"{TITLE}\n更新时间：2023-08-10\n{BODY_LINES}", "2023-08-10"),
    "an event's time and place": (
        f"{TITLE}\n{BODY_LINES}\n时间：2023年9月1日 地点：某市会展中心", None),
    "event time only": (f"{TITLE}\n{BODY_LINES}\n报名截止日期：2023年9月1日", None),
    "a Minguo date after a label": (f"{TITLE}\n日期:107-09-21\n资料来源:某某办公室\n{BODY_LINES}",
                                    "2018-09-21"),
    "dates of a link list": (
        f"{TITLE}\n{BODY_LINES}\n相关新闻\n某某会议召开\n2024-10-25 09:11\n另一条消息\n"
        "2024-10-24 08:00", None),
    "a lead opening with an event date": (
        "2023年8月8日，甲省科协与乙市人民政府在乙市签署会市合作协议，双方将在科技创新等方面开展合作。\n"
        "会上，双方负责同志分别致辞，表示将以此次签约为契机，建立常态化工作机制，推动合作落地见效。",
        None),
    "dateline without a year": (f"{TITLE}\n本报乙市8月9日讯 {BODY_LINES}", None),
    "no date": (f"{TITLE}\n{BODY_LINES}", None),
}


@pytest.mark.parametrize("phenomenon", list(PUBLISHED_CASES))
def test_published_from_the_page(phenomenon: str) -> None:
    text, expected = PUBLISHED_CASES[phenomenon]
    got = _meta(text).published
    assert (got[:10] if got else None) == expected


# ---------------------------------------------------------------------------- people, outlets
@pytest.mark.parametrize(("value", "expected"), [
    ("谢慧变", "谢慧变"),
    ("记者 林珂", "林珂"),
    ("韩雪松", "韩雪松"),
    ("谢慧变报道", "谢慧变"),
    ("阿依古丽·买买提", "阿依古丽·买买提"),
    # not a person
    ("本网记者", None),
    ("宣传部", None),
    ("通讯员供稿", None),
    ("近日从江苏省科协了解到", None),
    ("", None),
])
def test_person(value: str, expected: str | None) -> None:
    assert metadata.person(value) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("大河财立方", "大河财立方"),
    ("高新院 achie.org", "高新院"),
    ("天山网-新疆日报", "天山网-新疆日报"),
    ("蓉城新闻眼   记者 宋雨", "蓉城新闻眼"),
    ("天山网-新疆日报讯", "天山网-新疆日报"),
    ("本网", None),
    ("achie.org", None),
])
def test_clean_outlet(value: str, expected: str | None) -> None:
    assert metadata.clean_outlet(value) == expected


def _meta(text: str, **hints: str) -> metadata.Metadata:
    seg = boilerplate.segment(text)
    raw = RawDocument(doc_id="x", path="x", fmt="txt", text=text, raw_sha256="", **hints)
    return metadata.find_metadata(seg, text, raw)


BODY = "双方将在科技创新、人才培养、科学普及等方面深化合作，推动协议落地见效。"

BYLINE_CASES = [
    # bracket byline in the lead: outlet and author
    (f"【大河财立方 记者 朱娟】“会市合作”朋友圈再扩容。\n{BODY}", "大河财立方", "朱娟"),
    # dateline with a parenthesised reporter
    (f"天山网-新疆日报讯（记者谢慧变报道）9月6日，{BODY}", "天山网-新疆日报", "谢慧变"),
    # labelled fields; an editor is never the author
    (f"标题在这里签署协议\n2022-07-22  编辑：于涛\n{BODY}", None, None),
    (f"标题在这里签署协议\n来源：龙江新闻网   记者：韩雪松\n{BODY}", "龙江新闻网", "韩雪松"),
    (f"标题在这里签署协议\n来源：天府科协网   作者：宣传部\n{BODY}", "天府科协网", None),
    # byline and source after the body
    (f"标题在这里签署协议\n{BODY}\n（洪城科普 记者 万乐 通讯员 毛可欣）", "洪城科普", "万乐"),
    (f"标题在这里签署协议\n{BODY}\n来源：东北科技在线  2020年07月02日", "东北科技在线", None),
    # a news agency's dateline: outlet, then place; "文/" bylines; "稿源"
    (f"新华社北京9月6日电（记者李四 通讯员王五）{BODY}", "新华社", "李四"),
    (f"标题在这里签署协议\n2023年08月09日 稿源：人民网-河南频道   文/张三\n{BODY}",
     "人民网-河南频道", "张三"),
    (f"本报讯（记者 张三 通讯员 李四）{BODY}", None, "张三"),
    # bare outlet beside the date
    (f"标题在这里签署协议\n齐鲁科普在线  2020-08-04 16:55\n{BODY}", "齐鲁科普在线", None),
    # datelines: a space after the outlet, a slash after 电, 专电, 消息
    (f"中新社 乙市7月4日电 （记者 张某）{BODY}", "中新社", "张某"),
    (f"某评社香港6月20日电/{BODY}", "某评社", None),
    (f"新华社乙市9月16日专电（记者 李某）{BODY}", "新华社", "李某"),
    (f"东方某网7月1日消息：{BODY}", "东方某网", None),
    (f"某某日报消息，9月15日，{BODY}", "某某日报", None),
    (f"【某某文汇网 实习记者陈某 某地21日电】{BODY}", "某某文汇网", "陈某"),
    # the outlet in front of 记者, after or before the body
    (f"标题在这里签署协议\n{BODY}\n某报传媒全媒体记者 曾某\n编辑 李某", "某报传媒", None),
    (f"标题在这里签署协议\n{BODY}（某省日报全媒体记者刘某 任某）", "某省日报", "刘某"),
    (f"标题在这里签署协议\n南方某经全媒体记者陈某 某地报道\n{BODY}", "南方某经全媒体", None),
    # other labels: 转自, 来源 spun to 泉源, a label alone on its line
    (f"标题在这里签署协议\n2024-07-12 18:02:04 - 媒体滚动\n转自：某观新闻\n{BODY}", "某观新闻",
     None),
    (f"标题在这里签署协议\n文章泉源：某市人民政府公众信息网\n{BODY}", "某市人民政府公众信息网",
     None),
    (f"摘要\n{BODY}\n出处\n《中国某某科技》\n2015年第10期8-9，共2页", "中国某某科技", None),
    # a place or a section beside the date is not the outlet
    (f"标题在这里签署协议\n某某新城 某商网 2023-03-16 10:01:42\n{BODY}", "某商网", None),
    (f"标题在这里签署协议\n2018年4月15日    即时资讯\n{BODY}", None, None),
    (f"标题在这里签署协议\n发布时间：2017-10-26 13:44:56 来源：本站 阅读次数：2775\n{BODY}",
     "本站", None),
    # a date, a time or page widgets after the outlet's name
    (f"标题在这里签署协议\n来源:某丘日报 12-12 03:01:40\n{BODY}", "某丘日报", None),
    (f"标题在这里签署协议\n2020-10-27 08:14:00 来源:某城日报 大字体 小字体 扫码带走\n{BODY}",
     "某城日报", None),
    # the site's greeting, when nothing else names an outlet
    (f"某省软科学研究会欢迎您!\n首页 >> 资讯动态\n标题在这里签署协议\n{BODY}", "某省软科学研究会",
     None),
    # a relative 来源 falls back to the portal's name
    ("柳州市人民政府门户网站\n市政府与科协签署协议\n"
     f"发布日期：2023-07-20   信息来源：市科协\n{BODY}",
     "柳州市人民政府门户网站", None),
]


@pytest.mark.parametrize(("text", "source", "author"), BYLINE_CASES)
def test_source_and_author(text: str, source: str | None, author: str | None) -> None:
    m = _meta(text)
    assert (m.source, m.author) == (source, author)


def test_hints_fill_what_the_text_lacks() -> None:
    m = _meta(BODY, title_hint="标题", date_hint="2023-08-09", source_hint="大河网",
              author_hint="朱娟", url="https://example.org/a")
    assert (m.title, m.published, m.source, m.author, m.url) == (
        "标题", "2023-08-09", "大河网", "朱娟", "https://example.org/a")


# ---------------------------------------------------------------------------- script, hashes
@pytest.mark.parametrize(("notes", "changed", "han", "expected"), [
    (0, 0, 1000, "simplified"),
    (0, 300, 1000, "traditional"),
    (40, 300, 1000, "traditional+pinyin"),
    (0, 2, 1000, "simplified"),
])
def test_detect_script(notes: int, changed: int, han: int, expected: str) -> None:
    assert metadata.detect_script(notes, changed, han) == expected


def test_simhash_is_stable_and_near_for_near_duplicates() -> None:
    a = ("河南省科协与信阳市政府签署全面战略合作协议，"
         "双方将在提升科技创新能力等方面进行深入合作。") * 3
    b = a.replace("深入", "全面")
    c = "比特币跌至9.1万美元，KOL们各显神通，后市怎么看？今天比特币短时跌破89000美元。" * 3
    ha, hb, hc = metadata.simhash(a), metadata.simhash(b), metadata.simhash(c)
    assert len(ha) == 16 and ha == metadata.simhash(a)
    assert metadata.hamming(ha, hb) < metadata.hamming(ha, hc)
    assert metadata.hamming(ha, hb) <= 12
    assert metadata.hamming(ha, ha) == 0
    assert metadata.hamming(0, 0xFF) == 8
    assert metadata.simhash("") == "0" * 16 and len(metadata.simhash("a")) == 16


def test_content_hash() -> None:
    assert metadata.content_hash("协议") == metadata.content_hash("协议")
    assert len(metadata.content_hash("")) == 64
