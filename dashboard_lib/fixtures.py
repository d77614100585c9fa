# ruff: noqa: E501  -- fixture data: each Chinese sentence stays on one greppable line
"""A small, deterministic tracker database for tests and demos (no ETL needed).

`build_fixture_db(path)` runs the real DDL (etl/storage/sql/schema.sql, facts.sql, marts.sql) and inserts a
handful of realistic staged rows: the seed articles' agreements and programmes (河南 会市合作, 新疆
省会合作, 商洛-西安 市市合作, 山西 pilots) plus a second build with 陕西, 重庆-四川, 哈尔滨 and more
河南 signings, and one hostile article whose text carries <script> and <img onerror> payloads.
`add_hostile_article(path)` adds that article to any tracker DB (e.g. one built by the real ETL)
and re-derives the facts and marts, so browser tests can check that nothing is rendered as HTML.

Like datasette's fixtures module, this lives in the package so that unit tests, AppTest, the
Playwright server and a developer's `python -m dashboard_lib.fixtures out.duckdb` share one DB.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sys
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from etl.records import Agreement, Party
from etl.storage import load
from etl.storage.rows import agreement_key, initiative_key

# Parties: canonical name -> (kind, level, adcode).
ORGS: dict[str, tuple[str, str, str | None]] = {
    "中国科学技术协会": ("科协", "national", None),
    "河南省科学技术协会": ("科协", "provincial", "410000"),
    "河南省人民政府": ("government", "provincial", "410000"),
    "信阳市人民政府": ("government", "prefecture", "411500"),
    "新乡市人民政府": ("government", "prefecture", "410700"),
    "三门峡市人民政府": ("government", "prefecture", "411200"),
    "南阳市人民政府": ("government", "prefecture", "411300"),
    "周口市人民政府": ("government", "prefecture", "411600"),
    "鹤壁市人民政府": ("government", "prefecture", "410600"),
    "洛阳市人民政府": ("government", "prefecture", "410300"),
    "开封市人民政府": ("government", "prefecture", "410200"),
    "驻马店市人民政府": ("government", "prefecture", "411700"),
    "商洛市科学技术局": ("bureau", "prefecture", "611000"),
    "西安市科学技术局": ("bureau", "prefecture", "610100"),
    "新疆维吾尔自治区人民政府": ("government", "provincial", "650000"),
    "陕西省科学技术协会": ("科协", "provincial", "610000"),
    "西安市人民政府": ("government", "prefecture", "610100"),
    "宝鸡市人民政府": ("government", "prefecture", "610300"),
    "重庆市科学技术协会": ("科协", "provincial", "500000"),
    "四川省科学技术协会": ("科协", "provincial", "510000"),
    "哈尔滨市科学技术协会": ("科协", "prefecture", "230100"),
    "道里区人民政府": ("government", "county", "230102"),
    "山西省科学技术协会": ("科协", "provincial", "140000"),
    "忻州市人民政府": ("government", "prefecture", "140900"),
}


@dataclass(frozen=True)
class FxAgreement:
    parties: tuple[tuple[str, str], ...]  # (canonical name, mention)
    date: str | None
    precision: str
    type: str
    model: str
    provinces: tuple[str, ...]
    cities: tuple[str, ...]
    evidence: str  # must occur in the article's clean text
    new: bool = True
    online: bool = False
    date_text: str | None = None
    after: str | None = None
    before: str | None = None
    title: str | None = None
    counties: tuple[str, ...] = ()


@dataclass(frozen=True)
class FxInitiative:
    name: str
    family: str
    kind: str
    region: str | None
    region_adcode: str | None
    evidence: str
    designated: str | None = None
    place: str | None = None


@dataclass(frozen=True)
class FxArticle:
    article_id: str
    title: str
    published: str | None
    source: str | None
    body: str
    agreements: tuple[FxAgreement, ...] = ()
    initiatives: tuple[FxInitiative, ...] = ()
    url: str | None = None
    script: str = "simplified"
    extra: dict[str, str] = field(default_factory=dict)


HN, SX = "河南省科学技术协会", "山西省科学技术协会"
_HN_BODY = (
    "“会市合作”朋友圈再扩容。\n"
    "8月8日，河南省科协与信阳市政府签署全面战略合作协议，双方将在提升科技创新能力、培育科技创新人才、"
    "建设现代科技馆体系等方面进行深入合作。\n"
    "支持信阳开展“科创中原”试点城市培育。\n"
    "2022年6月21日，河南省政府与中国科协签署全面战略合作协议。河南省科协参照“省会合作”模式，"
    "把“会市合作”纳入总体工作布局。\n"
    "2022年9月，河南省科协与新乡市政府签署加快推进国家创新型城市建设战略协议，“会市合作”正式开启。"
    "随后，河南省科协又与三门峡、南阳、周口、鹤壁等地签署了合作协议。\n"
    "河南省科协将深入实施“科普中原”“智汇中原”行动和科技创新人才引育工程。"
)


def _later(city: str, mention: str, evidence: str) -> FxAgreement:
    return FxAgreement(((HN, "河南省科协"), (city, mention)), None, "unknown", "合作协议", "会市合作",
                       ("河南省",), (city.replace("人民政府", ""),), evidence, new=False,
                       after="2022-09", before="2023-08-08", date_text="随后")


_LATER = "随后，河南省科协又与三门峡、南阳、周口、鹤壁等地签署了合作协议。"

# Copies of the five seed articles' facts: only in a DB built without the ETL.
SEED_LIKE: tuple[FxArticle, ...] = (
    FxArticle(
        "000_50788d440d7a5e4f", "河南省科协与信阳市政府签署全面战略合作协议", "2023-08-09",
        "大河财立方", _HN_BODY, script="traditional+pinyin",
        url="https://example.dahe.cn/2023/08/09/xinyang.html",
        agreements=(
            FxAgreement(((HN, "河南省科协"), ("信阳市人民政府", "信阳市政府")), "2023-08-08", "day",
                        "全面战略合作协议", "会市合作", ("河南省",), ("信阳市",),
                        "8月8日，河南省科协与信阳市政府签署全面战略合作协议，双方将在提升科技创新能力、"
                        "培育科技创新人才、建设现代科技馆体系等方面进行深入合作。", date_text="8月8日"),
            FxAgreement((("河南省人民政府", "河南省政府"), ("中国科学技术协会", "中国科协")),
                        "2022-06-21", "day", "全面战略合作协议", "省会合作", ("河南省",), (),
                        "2022年6月21日，河南省政府与中国科协签署全面战略合作协议。", new=False,
                        date_text="2022年6月21日"),
            FxAgreement(((HN, "河南省科协"), ("新乡市人民政府", "新乡市政府")), "2022-09", "month",
                        "加快推进国家创新型城市建设战略协议", "会市合作", ("河南省",), ("新乡市",),
                        "2022年9月，河南省科协与新乡市政府签署加快推进国家创新型城市建设战略协议，"
                        "“会市合作”正式开启。", new=False, date_text="2022年9月"),
            _later("三门峡市人民政府", "三门峡", _LATER),
            _later("南阳市人民政府", "南阳", _LATER),
            _later("周口市人民政府", "周口", _LATER),
            _later("鹤壁市人民政府", "鹤壁", _LATER),
        ),
        initiatives=(
            FxInitiative("科创中原", "科创", "action", "河南省", "410000", "支持信阳开展“科创中原”试点城市培育。"),
            FxInitiative("科创中原试点城市", "科创", "pilot", "信阳市", "411500",
                         "支持信阳开展“科创中原”试点城市培育。"),
            FxInitiative("科普中原", "科普", "action", "河南省", "410000",
                         "河南省科协将深入实施“科普中原”“智汇中原”行动和科技创新人才引育工程。"),
            FxInitiative("智汇中原", "智库", "action", "河南省", "410000",
                         "河南省科协将深入实施“科普中原”“智汇中原”行动和科技创新人才引育工程。"),
            FxInitiative("科技创新人才引育工程", "人才", "project", "河南省", "410000",
                         "河南省科协将深入实施“科普中原”“智汇中原”行动和科技创新人才引育工程。"),
        ),
    ),
    FxArticle(
        "001_e6fc108c1c94524c", "忻州市召开2022年科创中国山西忻州行动推进会", "2022-07-27", "高新院",
        "7月26日，忻州市召开2022年科创中国山西忻州行动推进会。\n"
        "原平经济技术开发区于2021年9月入选“科创中国”试点城市(园区)。\n"
        "会议学习了《2022年科创中国山西行动工作要点》。",
        script="traditional+pinyin",
        initiatives=(
            FxInitiative("科创中国试点城市(园区)", "科创", "pilot", "忻州市", "140900",
                         "原平经济技术开发区于2021年9月入选“科创中国”试点城市(园区)。",
                         designated="2021-09", place="原平经济技术开发区"),
            FxInitiative("2022年科创中国山西行动工作要点", "科创", "other", "山西省", "140000",
                         "会议学习了《2022年科创中国山西行动工作要点》。"),
        ),
    ),
    FxArticle(
        "002_90fe0a10174e644c", "漯河市科协：党建引领 科苑先锋", "2025-03-19", None,
        "漯河市科协以“出彩漯河”为引领，打造“党建引领 科苑先锋”品牌。\n"
        "深入开展“科普漯河”“科创漯河”“才荟漯河”行动。",
        initiatives=(
            FxInitiative("出彩漯河", "党建", "action", "漯河市", "411100",
                         "漯河市科协以“出彩漯河”为引领，打造“党建引领 科苑先锋”品牌。"),
            FxInitiative("科普漯河", "科普", "action", "漯河市", "411100", "深入开展“科普漯河”“科创漯河”“才荟漯河”行动。"),
            FxInitiative("科创漯河", "科创", "action", "漯河市", "411100", "深入开展“科普漯河”“科创漯河”“才荟漯河”行动。"),
            FxInitiative("才荟漯河", "人才", "action", "漯河市", "411100", "深入开展“科普漯河”“科创漯河”“才荟漯河”行动。"),
        ),
    ),
    FxArticle(
        "003_cb2fc8efebc5752f", "商洛市科技局与西安市科技局签署科技交流合作协议", None, None,
        "2021年，商洛市科技局与西安市科技局签署科技交流合作协议，共建西安科技大市场商洛分中心。",
        script="traditional+pinyin",
        agreements=(
            FxAgreement((("商洛市科学技术局", "商洛市科技局"), ("西安市科学技术局", "西安市科技局")),
                        "2021", "approx", "科技交流合作协议", "市市合作", ("陕西省",),
                        ("商洛市", "西安市"),
                        "2021年，商洛市科技局与西安市科技局签署科技交流合作协议，"
                        "共建西安科技大市场商洛分中心。", date_text="2021年"),
        ),
        initiatives=(
            FxInitiative("西安科技大市场商洛分中心", "科创", "platform", "商洛市", "611000",
                         "2021年，商洛市科技局与西安市科技局签署科技交流合作协议，共建西安科技大市场商洛分中心。"),
        ),
    ),
    FxArticle(
        "004_36e1ef958b85b3bc", "自治区人民政府与中国科协签署全面战略合作协议", "2022-09-07",
        "天山网-新疆日报",
        "9月6日，自治区人民政府与中国科协在乌鲁木齐签署全面战略合作协议。\n"
        "双方将共同推进“科创中国”“科普中国”“智汇中国”建设，实施“海智计划”。",
        agreements=(
            FxAgreement((("新疆维吾尔自治区人民政府", "自治区人民政府"), ("中国科学技术协会", "中国科协")),
                        "2022-09-06", "day", "全面战略合作协议", "省会合作", ("新疆维吾尔自治区",), (),
                        "9月6日，自治区人民政府与中国科协在乌鲁木齐签署全面战略合作协议。",
                        date_text="9月6日"),
        ),
        initiatives=tuple(
            FxInitiative(n, f, k, "新疆维吾尔自治区", "650000",
                         "双方将共同推进“科创中国”“科普中国”“智汇中国”建设，实施“海智计划”。")
            for n, f, k in (("科创中国", "科创", "platform"), ("科普中国", "科普", "platform"),
                            ("智汇中国", "智库", "platform"), ("海智计划", "人才", "project"))
        ),
    ),
)

# Articles that exist only in the fixtures: added to an ETL-built DB too (extend_db).
EXTRA: tuple[FxArticle, ...] = (
    FxArticle(
        "s10_shanxi_xinzhou", "山西省科协与忻州市政府签署战略合作协议", "2022-05-21", "山西日报",
        "5月20日，山西省科协与忻州市政府签署战略合作协议。",
        agreements=(
            FxAgreement(((SX, "山西省科协"), ("忻州市人民政府", "忻州市政府")), "2022-05-20", "day",
                        "战略合作协议", "会市合作", ("山西省",), ("忻州市",),
                        "5月20日，山西省科协与忻州市政府签署战略合作协议。", date_text="5月20日"),
        ),
    ),
    FxArticle(
        "s06_shaanxi_xian", "陕西省科协与西安市人民政府签署战略合作协议", "2024-03-15", "陕西日报",
        "3月14日，陕西省科协与西安市人民政府签署战略合作协议。\n"
        "去年11月，陕西省科协已与宝鸡市人民政府签署合作协议。\n"
        "西安市于2023年5月获批“科创中国”试点城市。",
        agreements=(
            FxAgreement((("陕西省科学技术协会", "陕西省科协"), ("西安市人民政府", "西安市人民政府")),
                        "2024-03-14", "day", "战略合作协议", "会市合作", ("陕西省",), ("西安市",),
                        "3月14日，陕西省科协与西安市人民政府签署战略合作协议。", date_text="3月14日"),
            FxAgreement((("陕西省科学技术协会", "陕西省科协"), ("宝鸡市人民政府", "宝鸡市人民政府")),
                        "2023-11", "month", "合作协议", "会市合作", ("陕西省",), ("宝鸡市",),
                        "去年11月，陕西省科协已与宝鸡市人民政府签署合作协议。", new=False,
                        date_text="去年11月"),
        ),
        initiatives=(
            FxInitiative("科创中国试点城市", "科创", "pilot", "西安市", "610100",
                         "西安市于2023年5月获批“科创中国”试点城市。", designated="2023-05"),
        ),
    ),
    FxArticle(
        "s07_chongqing_sichuan", "重庆市科协与四川省科协线上签署合作协议", "2024-06-02", "华龙网",
        "近日，重庆市科协与四川省科协以线上方式签署合作协议，共建“智汇川渝”平台。",
        agreements=(
            FxAgreement((("重庆市科学技术协会", "重庆市科协"), ("四川省科学技术协会", "四川省科协")),
                        "2024-06-01", "approx", "合作协议", "会会合作", ("重庆市", "四川省"), (),
                        "近日，重庆市科协与四川省科协以线上方式签署合作协议，共建“智汇川渝”平台。",
                        online=True, date_text="近日", before="2024-06-02"),
        ),
        initiatives=(
            FxInitiative("智汇川渝", "智库", "platform", "重庆市", "500000",
                         "近日，重庆市科协与四川省科协以线上方式签署合作协议，共建“智汇川渝”平台。"),
        ),
    ),
    FxArticle(
        "s08_harbin_daoli", "哈尔滨市科协与道里区人民政府签署框架协议", "2024-09-20", "哈尔滨日报",
        "9月19日，哈尔滨市科协与道里区人民政府签署合作框架协议。",
        agreements=(
            FxAgreement((("哈尔滨市科学技术协会", "哈尔滨市科协"), ("道里区人民政府", "道里区人民政府")),
                        "2024-09-19", "day", "框架协议", "会地合作", ("黑龙江省",), ("哈尔滨市",),
                        "9月19日，哈尔滨市科协与道里区人民政府签署合作框架协议。",
                        date_text="9月19日", counties=("哈尔滨市道里区",)),
        ),
    ),
    FxArticle(
        "s09_henan_luoyang", "河南省科协与洛阳市人民政府签署全面战略合作协议", "2023-12-05", "河南日报",
        "12月4日，河南省科协与洛阳市人民政府签署全面战略合作协议。\n"
        "今年1月，河南省科协还与开封市人民政府签署了合作协议。\n"
        "洛阳将打造“科创中原”示范区。",
        agreements=(
            FxAgreement(((HN, "河南省科协"), ("洛阳市人民政府", "洛阳市人民政府")), "2023-12-04", "day",
                        "全面战略合作协议", "会市合作", ("河南省",), ("洛阳市",),
                        "12月4日，河南省科协与洛阳市人民政府签署全面战略合作协议。", date_text="12月4日"),
            FxAgreement(((HN, "河南省科协"), ("开封市人民政府", "开封市人民政府")), "2023-01", "month",
                        "合作协议", "会市合作", ("河南省",), ("开封市",),
                        "今年1月，河南省科协还与开封市人民政府签署了合作协议。", new=False,
                        date_text="今年1月"),
        ),
        initiatives=(
            FxInitiative("科创中原", "科创", "action", "河南省", "410000", "洛阳将打造“科创中原”示范区。"),
        ),
    ),
    FxArticle(
        "s11_xinyang_report", "信阳与省科协签约 开启会市合作新篇章", "2023-08-10", "信阳日报",
        "8月8日，河南省科协与信阳市人民政府签署全面战略合作协议。",
        agreements=(
            FxAgreement(((HN, "省科协"), ("信阳市人民政府", "信阳市人民政府")), "2023-08-08", "day",
                        "全面战略合作协议", "会市合作", ("河南省",), ("信阳市",),
                        "8月8日，河南省科协与信阳市人民政府签署全面战略合作协议。", date_text="8月8日"),
        ),
    ),
    FxArticle(
        "s12_luohe_party", "漯河市科协：党建引领 科苑先锋", "2025-03-19", "漯河日报",
        "漯河市科协以“出彩漯河”为引领，打造“党建引领 科苑先锋”品牌。\n"
        "深入开展“科普漯河”“科创漯河”“才荟漯河”行动，举办“学术金秋”活动。",
        initiatives=(
            FxInitiative("出彩漯河", "党建", "action", "漯河市", "411100",
                         "漯河市科协以“出彩漯河”为引领，打造“党建引领 科苑先锋”品牌。"),
            FxInitiative("党建引领 科苑先锋", "党建", "brand", "漯河市", "411100",
                         "漯河市科协以“出彩漯河”为引领，打造“党建引领 科苑先锋”品牌。"),
            *(FxInitiative(n, f, k, "漯河市", "411100",
                           "深入开展“科普漯河”“科创漯河”“才荟漯河”行动，举办“学术金秋”活动。")
              for n, f, k in (("科普漯河", "科普", "action"), ("科创漯河", "科创", "action"),
                              ("才荟漯河", "人才", "action"), ("学术金秋", "智库", "brand"))),
        ),
    ),
    FxArticle(
        "s13_xinzhou_pilot", "忻州召开科创中国山西忻州行动推进会", "2022-07-27", "忻州日报",
        "原平经济技术开发区于2021年9月入选“科创中国”试点城市(园区)。\n"
        "会议学习了《2022年科创中国山西行动工作要点》，部署“科普中国”进基层。",
        initiatives=(
            FxInitiative("科创中国试点城市(园区)", "科创", "pilot", "忻州市", "140900",
                         "原平经济技术开发区于2021年9月入选“科创中国”试点城市(园区)。",
                         designated="2021-09", place="原平经济技术开发区"),
            FxInitiative("2022年科创中国山西行动工作要点", "科创", "other", "山西省", "140000",
                         "会议学习了《2022年科创中国山西行动工作要点》，部署“科普中国”进基层。"),
            FxInitiative("科普中国", "科普", "platform", "忻州市", "140900",
                         "会议学习了《2022年科创中国山西行动工作要点》，部署“科普中国”进基层。"),
        ),
    ),
)

# An article whose text tries to inject markup into every place article text is shown.
XSS_SCRIPT = "<script>window.__xss = 1</script>"
XSS_IMG = '<img src="x" onerror="window.__xss = 2">'
HOSTILE_TITLE = f"{XSS_SCRIPT}驻马店签约"
HOSTILE_ARTICLE = FxArticle(
    "x99_hostile_markup", HOSTILE_TITLE, "2024-11-02", "<b>测试来源</b>",
    f"11月1日，河南省科协与驻马店市人民政府签署合作协议{XSS_IMG}。\n正文含有{XSS_SCRIPT}脚本。",
    agreements=(
        FxAgreement(((HN, "河南省科协"), ("驻马店市人民政府", "驻马店市人民政府")), "2024-11-01", "day",
                    f"合作协议{XSS_IMG}", "会市合作", ("河南省",), ("驻马店市",),
                    f"11月1日，河南省科协与驻马店市人民政府签署合作协议{XSS_IMG}。", date_text="11月1日",
                    title=f"《驻马店{XSS_IMG}合作协议》"),
    ),
    initiatives=(
        FxInitiative(f"科普{XSS_SCRIPT}行动", "科普", "action", "驻马店市", "411700",
                     f"正文含有{XSS_SCRIPT}脚本。"),
    ),
    url="javascript:alert(1)",
)

_CHROME_HEAD = "当前位置：首页 > 新闻中心 > 科协动态\n"
_CHROME_TAIL = "\n责编：张三\n版权所有 ICP备00000000号"


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _agreement_key(a: FxAgreement) -> str:
    """The ETL's own key, so a fixture report of a real signing joins the same agreement."""
    parties = tuple(Party(name, mention, *ORGS[name][:2], ORGS[name][2])
                    for name, mention in a.parties)
    return agreement_key(Agreement(parties=parties, date=a.date, date_precision=a.precision))


def _event_date(date: str | None) -> dt.date | None:
    if not date:
        return None
    parts = [int(p) for p in date.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _insert_article(con: duckdb.DuckDBPyConnection, art: FxArticle, build_id: int) -> None:
    clean = art.body
    original = _CHROME_HEAD + clean + _CHROME_TAIL
    shift = len(_CHROME_HEAD)
    loaded = dt.datetime(2024, 1, 1) + dt.timedelta(days=30 * build_id)
    con.execute("DELETE FROM articles WHERE article_id = ?", [art.article_id])
    con.execute(
        "INSERT INTO articles VALUES (?, ?, 'txt', 'utf-8', ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, NULL,"
        " ?, ?, [], 2, ?, ?, ?, ?)",
        [art.article_id, f"fixtures/{art.article_id}.txt", _sha(original), art.title,
         art.published, _event_date(art.published), "day" if art.published else "unknown",
         art.source, art.url, art.script, _sha(clean), "0123456789abcdef", clean, original,
         len(art.agreements), len(art.initiatives), build_id, loaded],
    )
    for seq, a in enumerate(art.agreements):
        start = clean.index(a.evidence)
        end = start + len(a.evidence)
        con.execute(
            "INSERT INTO stg_agreements VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " ?, ?, ?, ?, ?, ?, ?)",
            [art.article_id, seq, _agreement_key(a), _event_date(a.date), a.date, a.precision,
             a.after, a.before, a.date_text, a.type, a.title, a.model, list(a.provinces),
             list(a.cities), list(a.counties), a.new, not a.new, a.online, 0.9 if a.new else 0.7,
             a.evidence, start, end, start + shift, end + shift],
        )
        for pos, (name, mention) in enumerate(a.parties):
            kind, level, adcode = ORGS[name]
            con.execute("INSERT INTO stg_agreement_parties VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        [art.article_id, seq, pos, name, mention, kind, level, adcode])
    for seq, i in enumerate(art.initiatives):
        start = clean.index(i.evidence)
        end = start + len(i.evidence)
        con.execute(
            "INSERT INTO stg_initiatives VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [art.article_id, seq, initiative_key(i.name, i.region), i.name, i.family, i.kind,
             i.region, i.region_adcode, i.place, i.designated, i.evidence, start, end,
             start + shift, end + shift],
        )


def _record_build(con: duckdb.DuckDBPyConnection, build_id: int, n_added: int) -> None:
    counts = con.execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM agreements),"
        " (SELECT count(*) FROM initiatives)").fetchone()
    assert counts is not None
    started = dt.datetime(2024, 1, 1) + dt.timedelta(days=30 * build_id)
    con.execute("DELETE FROM builds WHERE build_id = ?", [build_id])
    con.execute(
        "INSERT INTO builds VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 'dashboard-fixture')",
        [build_id, started, started + dt.timedelta(seconds=12), ["fixtures/"], n_added, n_added,
         counts[0] - n_added, counts[1], counts[2]],
    )


def _load(con: duckdb.DuckDBPyConnection, articles: tuple[FxArticle, ...], build_id: int) -> None:
    for art in articles:
        _insert_article(con, art, build_id)
    load.rebuild_facts(con)  # facts.sql + marts.sql, as after every ETL build
    _record_build(con, build_id, len(articles))


def build_fixture_db(path: str | Path) -> Path:
    """A tracker DB at `path` (replaced) from the fixture articles alone: two builds."""
    path = Path(path)
    path.unlink(missing_ok=True)
    con = duckdb.connect(str(path))
    try:
        load.ensure_schema(con)  # schema.sql + the gazetteer (etl/data/regions.csv)
        _load(con, SEED_LIKE, 1)
        _load(con, (*EXTRA, HOSTILE_ARTICLE), 2)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return path


def extend_db(path: str | Path) -> Path:
    """Add the extra fixture articles and the hostile one to a DB built by the ETL, as a build."""
    con = duckdb.connect(str(path))
    try:
        row = con.execute("SELECT coalesce(max(build_id), 0) + 1 FROM builds").fetchone()
        _load(con, (*EXTRA, HOSTILE_ARTICLE), int(row[0]) if row else 1)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return Path(path)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m dashboard_lib.fixtures OUT.duckdb")
    print(f"fixture database written to {build_fixture_db(sys.argv[1])}")  # noqa: T201
