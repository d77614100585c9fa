"""Agreement extraction, case by case, on sentences written for these tests (not the samples).

Each case names the language phenomenon it covers; the expected records are exact.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extraction.agreements import cooperation_model, extract_agreements
from etl.extraction.article import article_context
from etl.extraction.orgs import ArticleContext
from etl.records import Party


def run(text: str, published: str | None = "2024-05-20") -> list[tuple]:
    pub = date.fromisoformat(published) if published else None
    ctx = article_context(text)
    return [
        (tuple(p.name for p in a.parties), a.date, a.date_precision, a.is_new_signing, a.model)
        for a in extract_agreements(text, ctx, published=pub)
    ]


CASES = [
    # --- one pair, explicit day, model from kinds and levels
    (
        "pair_day",
        "5月18日,湖南省科协与常德市人民政府签署全面战略合作协议,双方将共建学会服务站。",
        [(("湖南省科学技术协会", "常德市人民政府"), "2024-05-18", "day", True, "会市合作")],
    ),
    # --- abbreviated party names, 和 as connector
    (
        "abbreviations",
        "昨天,甘肃省科协和天水市政府在天水签订战略合作框架协议。",
        [(("甘肃省科学技术协会", "天水市人民政府"), "2024-05-19", "day", True, "会市合作")],
    ),
    # --- one party with several, bare city names stand for their governments
    (
        "one_with_several",
        "会上,浙江省科协分别与湖州、嘉兴、金华三市签订“会市合作”协议。",
        [
            (("浙江省科学技术协会", "湖州市人民政府"), "2024-05-20", "approx", True, "会市合作"),
            (("浙江省科学技术协会", "嘉兴市人民政府"), "2024-05-20", "approx", True, "会市合作"),
            (("浙江省科学技术协会", "金华市人民政府"), "2024-05-20", "approx", True, "会市合作"),
        ],
    ),
    # --- implicit party: 自治区人民政府 in an article about the region
    (
        "implicit_region",
        "宁夏科技工作者座谈会在银川召开。4月30日,自治区人民政府与中国科协签署战略合作协议。",
        [(("宁夏回族自治区人民政府", "中国科学技术协会"), "2024-04-30", "day", True, "省会合作")],
    ),
    # --- relative dates: 去年 + month gives a month, never a day; background
    (
        "relative_month_background",
        "去年10月,贵州省科协与遵义市人民政府签署合作协议,此次双方续签的是补充协议。",
        [(("贵州省科学技术协会", "遵义市人民政府"), "2023-10", "month", False, "会市合作")],
    ),
    # --- background signing recalled with 早在
    (
        "background_cue",
        "早在2016年,吉林省科协就与延边州政府签署过战略合作协议。",
        [(("吉林省科学技术协会", "延边朝鲜族自治州人民政府"), "2016", "year", False, "会市合作")],
    ),
    # --- a draft reviewed is not a signing
    (
        "draft_not_counted",
        "市政府常务会议审议了《铜陵市人民政府 安徽省科学技术协会战略合作协议(送审稿)》。",
        [],
    ),
    # --- an announced signing is not a signing
    ("planned_not_counted", "山西省科协与晋城市人民政府合作协议签约仪式定于下周在晋城举行。", []),
    # --- an intention is not a signing
    ("intention_not_counted", "双方就签订合作协议达成初步意向,文本尚待商定。", []),
    # --- ambiguous district resolved by the article's city
    (
        "ambiguous_district",
        "长春市科协与朝阳区人民政府签署会地合作协议,助力长春科技创新。",
        [
            (
                ("长春市科学技术协会", "长春市朝阳区人民政府"),
                "2024-05-20",
                "approx",
                True,
                "会地合作",
            )
        ],
    ),
    # --- 合作 inside 合作协议 is never a place (甘南州合作市)
    (
        "hezuo_not_a_place",
        "5月6日,青海省科协与海东市人民政府签署科技合作协议。",
        [(("青海省科学技术协会", "海东市人民政府"), "2024-05-06", "day", True, "会市合作")],
    ),
    # --- joint document signed by three 科协
    (
        "joint_three",
        "5月9日,山东省科协、河北省科协、天津市科协负责同志共同签署《环渤海科协协同发展合作协议》。",
        [
            (
                ("山东省科学技术协会", "河北省科学技术协会", "天津市科学技术协会"),
                "2024-05-09",
                "day",
                True,
                "会会合作",
            )
        ],
    ),
    # --- a ceremony that names the pair
    (
        "ceremony",
        "5月16日,中国机械工程学会与洛阳市人民政府合作协议签约仪式在洛阳举行。",
        [(("中国机械工程学会", "洛阳市人民政府"), "2024-05-16", "day", True, "会地合作")],
    ),
    # --- bureaus of two cities
    (
        "bureaus",
        "日前,宝鸡市科技局与咸阳市科技局签订科技合作协议。",
        [(("宝鸡市科学技术局", "咸阳市科学技术局"), "2024-05", "approx", True, "市市合作")],
    ),
    # --- Chinese-numeral date
    (
        "chinese_numerals",
        "二〇二四年五月八日,陕西省科协与榆林市人民政府签署战略合作协议。",
        [(("陕西省科学技术协会", "榆林市人民政府"), "2024-05-08", "day", True, "会市合作")],
    ),
    # --- a month-day later than publication belongs to the previous year
    (
        "year_rollback",
        "12月28日,福建省科协与泉州市人民政府签署合作协议。",
        [(("福建省科学技术协会", "泉州市人民政府"), "2023-12-28", "day", False, "会市合作")],
    ),
    # --- attending a signing is not signing
    ("attendance", "市科协、市科技局有关负责同志参加签约活动。", []),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_case(name: str, text: str, expected: list[tuple]) -> None:
    assert run(text) == expected


def test_after_previous_event_has_bounds() -> None:
    text = (
        "2023年3月,江西省科协与九江市人民政府签署合作协议。"
        "随后,江西省科协又与萍乡、新余等地签署了合作协议。"
        "4月12日,江西省科协与抚州市人民政府签署全面战略合作协议。"
    )
    ctx = article_context(text)
    got = extract_agreements(text, ctx, published=date(2024, 4, 13))
    later = [a for a in got if a.date_after]
    assert [
        (a.parties[1].name, a.date, a.date_precision, a.date_after, a.date_before) for a in later
    ] == [
        ("萍乡市人民政府", None, "unknown", "2023-03", "2024-04-12"),
        ("新余市人民政府", None, "unknown", "2023-03", "2024-04-12"),
    ]
    assert all(a.background for a in later)


def test_same_signing_reported_twice_is_one() -> None:
    text = (
        "广西科协与玉林市人民政府签署会市合作协议\n"
        "5月10日,广西壮族自治区科协与玉林市人民政府在南宁签署“会市合作”协议。"
    )
    ctx = article_context(text)
    got = extract_agreements(text, ctx, published=date(2024, 5, 11))
    assert len(got) == 1 and got[0].date == "2024-05-10"


def test_no_publication_date_never_invents_a_day() -> None:
    got = run("近日,海南省科协与三亚市人民政府签署战略合作协议。", published=None)
    assert got == [(("海南省科学技术协会", "三亚市人民政府"), None, "unknown", True, "会市合作")]


def test_chrome_province_list_does_not_set_the_article_province() -> None:
    text = (
        "首页 | 北京 上海 天津 重庆 河北 山西 辽宁 吉林 江苏 浙江 安徽\n"
        "省科协与绵阳市人民政府签署合作协议。"
    )
    assert run(text) == [
        (("四川省科学技术协会", "绵阳市人民政府"), "2024-05-20", "approx", True, "会市合作")
    ]


@pytest.mark.parametrize(
    ("kinds", "model"),
    [
        ([("科协", "national"), ("government", "provincial")], "省会合作"),
        ([("科协", "provincial"), ("government", "prefecture")], "会市合作"),
        ([("科协", "prefecture"), ("government", "county")], "会地合作"),
        ([("学会", "national"), ("government", "prefecture")], "会地合作"),
        ([("科协", "provincial"), ("科协", "provincial")], "会会合作"),
        ([("government", "prefecture"), ("government", "county")], "市市合作"),
        ([("bureau", "prefecture"), ("bureau", "prefecture")], "市市合作"),
        # agreements no 科协 signed: the models people name them by (signing.toml)
        ([("institute", "national"), ("government", "provincial")], "院地合作"),
        ([("government", "county"), ("institute", "other")], "院地合作"),
        ([("bureau", "provincial"), ("government", "prefecture")], "厅市合作"),
        ([("bureau", "provincial"), ("government", "county")], "厅市合作"),
        ([("government", "prefecture"), ("university", "other")], "校地合作"),
        ([("zone", "prefecture"), ("government", "county"), ("university", "other")], "校地合作"),
        ([("bureau", "provincial"), ("university", "other")], "厅校合作"),
        ([("bureau", "provincial"), ("institute", "national")], "厅校合作"),
        ([("enterprise", "other"), ("institute", "national")], "企业合作"),
        ([("enterprise", "other"), ("enterprise", "other")], "企业合作"),
        ([("bureau", "provincial"), ("科协", "provincial")], "部门合作"),
        # still 其他: a 科协 with a village, a 学会 with an institute
        ([("科协", "county"), ("other", "other")], "其他"),
        ([("学会", "national"), ("institute", "prefecture")], "其他"),
    ],
)
def test_model(kinds: list[tuple[str, str]], model: str) -> None:
    parties = tuple(
        Party(name=f"p{i}", mention="", kind=k, level=lvl) for i, (k, lvl) in enumerate(kinds)
    )
    assert cooperation_model(parties) == model


def test_context_reads_relative_mentions() -> None:
    ctx = ArticleContext(province="410000", city="411500")
    from etl.extraction.orgs import parse_org

    assert parse_org("省科协", ctx).name == "河南省科学技术协会"
    assert parse_org("市政府", ctx).name == "信阳市人民政府"
    assert parse_org("我省", ctx).name == "河南省人民政府"
