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
    # should not match
    ("2024年1-12月南京房地产销售业绩", None),
    ("2023-02-30", None),
    ("第25届", None),
]


@pytest.mark.parametrize(("text", "expected"), DATE_CASES)
def test_parse_date(text: str, expected: tuple[str, str] | None) -> None:
    assert metadata.parse_date(text) == expected


def test_find_published_prefers_a_labelled_date() -> None:
    info = ["浏览 2020-01-01", "发布时间：2023-06-03 05:39   来源：京华科技频道"]
    assert metadata.find_published(info) == ("2023-06-03T05:39", "minute")
    assert metadata.find_published([], "2022-07-27") == ("2022-07-27", "day")
    assert metadata.find_published([], None) == (None, "unknown")


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
