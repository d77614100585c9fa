"""Agreement extraction, case by case, on sentences written for these tests (not the samples).

Each case names the language phenomenon it covers; the expected records are exact.
"""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date

import pytest

from etl.extraction.agreements import _merge, cooperation_model, extract_agreements
from etl.extraction.article import article_context, full_context
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


def parties_of(text: str, published: str | None = "2024-05-20") -> list[tuple[str, ...]]:
    pub = date.fromisoformat(published) if published else None
    return [tuple(p.name for p in a.parties)
            for a in extract_agreements(text, full_context(text), published=pub)]


# Frames of real newsrooms, each in sentences written for it: the parties the frame names.
FRAMES = [
    # --- the parties in one clause, the signing in the next, referring back to them
    (
        "pair_then_both_sides",
        "上周，江西省科技厅会同九江市人民政府召开工作座谈会，双方负责人签订《科技会商议定书》。",
        [("江西省科学技术厅", "九江市人民政府")],
    ),
    (
        "pair_consult_then_sign",
        "4月12日，江西省科协和景德镇市人民政府经过共同协商，签订了科普合作协议。",
        [("江西省科学技术协会", "景德镇市人民政府")],
    ),
    (
        "pair_hold_event_then_sign",
        "8月2日，河北省科协与保定市人民政府联合举办青少年科技节，并签署合作框架协议。",
        [("河北省科学技术协会", "保定市人民政府")],
    ),
    # --- a nominal signing event
    (
        "nominal_ceremony",
        "11月9日，阿克苏地区科协与兵团第一师阿拉尔市科协科普合作协议签订仪式在阿克苏举行。",
        [("阿克苏地区科学技术协会", "新疆生产建设兵团第一师阿拉尔市科学技术协会")],
    ),
    (
        "nominal_with_bare_city",
        "3月18日，中科院广州分院与湛江市科技合作协议签约仪式在广州举行。",
        [("中国科学院广州分院", "湛江市")],
    ),
    (
        "nominal_names_space_separated",
        "9月6日，中国农业科学院 江西省人民政府共建创新中心协议签约仪式在南昌举行。",
        [("中国农业科学院", "江西省人民政府")],
    ),
    (
        "names_glued_together",
        "2021年6月8日，中国科学院山东省人民政府正式签署共建实验室合作协定。",
        [("中国科学院", "山东省人民政府")],
    ),
    # --- parties named only inside the document title
    (
        "parties_in_title",
        ("9月3日，临川携手南岭理工大学签署"
         "《抚州临川经济开发区管理委员会 南岭理工大学 战略合作协议》。"),
        [("抚州临川经济开发区管理委员会", "南岭理工大学")],
    ),
    (
        "parties_in_title_after_both_sides",
        "会上，双方代表签署《湖南省科学技术厅与岳阳市人民政府科技合作协议》。",
        [("湖南省科学技术厅", "岳阳市人民政府")],
    ),
    # --- officials between the body and the connector
    (
        "officials_titles",
        "会上，九江市科技局党组书记、局长陈某与南昌星河科技有限公司总经理赵某签订了技术合作协议。",
        [("九江市科学技术局", "南昌星河科技有限公司")],
    ),
    (
        "officials_on_behalf",
        "王某副部长和赵某主席还分别代表科技部和宁夏自治区政府签署了《部区会商议定书》。",
        [("中华人民共和国科学技术部", "宁夏回族自治区人民政府")],
    ),
    (
        "body_title_person_signs_on",
        "中国科协书记处书记张某与阿里巴巴集团副总裁兼首席执行官刘某15日签署战略合作协议。",
        [("中国科学技术协会", "阿里巴巴集团")],
    ),
    # --- implicit parties
    (
        "two_place_abbreviation",
        "闽宁两省区科技厅在银川签署科技合作协议。",
        [("福建省科学技术厅", "宁夏回族自治区科学技术厅")],
    ),
    (
        "two_places_as_places",
        "京蒙两地签署新一轮科技协作框架协议。",
        [("北京市", "内蒙古自治区")],
    ),
    (
        "places_then_their_bodies",
        "福建和宁夏两省区政府签署合作协议，两省区科技厅一并签署科技合作协议。",
        [("福建省人民政府", "宁夏回族自治区人民政府"),
         ("福建省科学技术厅", "宁夏回族自治区科学技术厅")],
    ),
    (
        "bare_province_stays_a_place",
        "浙江省与中国科学院在杭州签署全面战略合作协议。",
        [("浙江省", "中国科学院")],
    ),
    # --- parties beyond governments and 科协
    (
        "science_museum",
        "4月9日，奉新县政府与江西省科技馆在南昌签署共建协议。",
        [("奉新县人民政府", "江西省科学技术馆")],
    ),
    (
        "old_scientists_and_social_sciences",
        "2月6日，湖北省老科协与湖北省社科联签署合作协议。",
        [("湖北省老科学技术工作者协会", "湖北省社会科学界联合会")],
    ),
    (
        "zone_committee_and_university",
        "5月21日，西咸新区沣东新城管委会与南岭理工大学签订战略合作协议。",
        [("陕西省西咸新区沣东新城管理委员会", "南岭理工大学")],
    ),
    (
        "bank_and_department",
        "8日，浙江省科技厅与招商银行在杭州签署战略合作协议。",
        [("浙江省科学技术厅", "招商银行股份有限公司")],
    ),
    (
        "foreign_agency_and_a_unit_in_quotes",
        "9月2日，东湖大学“青少年科创教育基地”与意大利国家研究委员会签署合作框架协议。",
        [("东湖大学青少年科创教育基地", "意大利国家研究委员会")],
    ),
    (
        "state_group_short_name_with_no_head_noun",
        "近日，中国电科与四川省人民政府签署战略合作协议。",
        [("中国电子科技集团有限公司", "四川省人民政府")],
    ),
    (
        "state_group_named_without_its_legal_form",
        "6月9日，中关村发展集团与天津市宝坻区人民政府签署深化合作协议。",
        [("中关村发展集团股份有限公司", "天津市宝坻区人民政府")],
    ),
    (
        "institute_with_connector_inside",
        "会上，南昌光电及智能装备产业技术研究院与九江经济技术开发区管理委员会签订合作协议。",
        [("南昌光电及智能装备产业技术研究院", "九江经济技术开发区管理委员会")],
    ),
    (
        "hong_kong_body_kept",
        "近日，贵州省科协与香港生物科技协会续签合作协定。",
        [("贵州省科学技术协会", "香港生物科技协会")],
    ),
    # --- one with several, and groups
    (
        "one_with_listed_group",
        "会上，中国林业科学研究院与赣州、吉安、抚州等3个城市签署科技合作协议。",
        [("中国林业科学研究院", "赣州市人民政府"), ("中国林业科学研究院", "吉安市人民政府"),
         ("中国林业科学研究院", "抚州市人民政府")],
    ),
    (
        "group_with_group",
        "活动中，中国丁学会、中国戊学会等2家全国学会与漳州企事业单位签订了技术合作协议。",
        [("中国丁学会、中国戊学会等2家全国学会", "漳州企事业单位")],
    ),
    (
        "counted_groups",
        "活动中，5个市级学会代表与5个县（市、区）科协代表签订了共建协议。",
        [("5个市级学会", "5个县（市、区）科学技术协会")],
    ),
    (
        "listed_firms_each",
        "签约环节，北岭电子有限公司、南岭食品有限公司等企业分别与东湖大学相关学院签署了校企合作协议。",
        [("北岭电子有限公司", "东湖大学相关学院"),
         ("南岭食品有限公司", "东湖大学相关学院")],
    ),
    (
        "collective_signs_alone",
        "6月18日，赣江流域科协签订了《赣江流域科普协同发展协议》。",
        [("赣江流域科学技术协会",)],
    ),
    # --- earlier signings listed with their dates
    (
        "rounds_listed",
        "据了解，浙江省政府与中国科协于2013年5月、2016年9月、2019年4月先后签署了三轮合作协议。",
        [("浙江省人民政府", "中国科学技术协会")] * 3,
    ),
    # --- what two parties build is no party; spam before a name is dropped
    (
        "object_of_cobuilding",
        ("9月6日，中国农业科学院 江西省人民政府共建现代农业科技创新江西研究院协议"
         "签约仪式在南昌举行。"),
        [("中国农业科学院", "江西省人民政府")],
    ),
    (
        "spam_before_branch_in_list",
        "自2010年九江市人民政府与澳门赌场广州分院签署合作协议以来，双方往来不断。",
        [("九江市人民政府", "中国科学院广州分院")],
    ),
    (
        "macao_fund_arrangement",
        "澳门科学技术发展基金代表团到访。今年5月，科技基金还与福建省科技厅签署了《科技交流合作的安排》。",
        [("澳门科学技术发展基金", "福建省科学技术厅")],
    ),
    (
        "group_with_unknown_members",
        "签约环节，中国己学会、北欧庚联会、南岭辛组织等多方机构共同与中国科学技术交流中心签署了合作协议。",
        [("中国己学会、北欧庚联会、南岭辛组织等多方机构", "中国科学技术交流中心")],
    ),
    (
        "abbreviation_of_a_named_school",
        "9月10日，九江开发区第三小学举办科普日活动。活动中，市气象局与开发区三小签订了馆校共建协议。",
        [("九江市气象局", "九江开发区第三小学")],
    ),
    (
        "abbreviation_of_a_titled_institute",
        "6月2日，西南生物所与遂宁市人民政府签署了《中国科学院西南生物技术研究所与遂宁市人民政府战略合作框架协议》。",
        [("中国科学院西南生物技术研究所", "遂宁市人民政府")],
    ),
    (
        "ceremony_of_a_titled_agreement",
        "5月8日，湖北省科协与宜昌市人民政府举行《战略合作协议》签约仪式。",
        [("湖北省科学技术协会", "宜昌市人民政府")],
    ),
    (
        "groups_on_both_sides",
        "会上，西岭大学等3家高校与东岭有限公司等5家企业签订了产学研合作协议。",
        [("西岭大学等3家高校", "东岭有限公司等5家企业")],
    ),
    (
        "region_and_municipality_as_places",
        "宁夏与上海在银川签署新一轮对口合作框架协议。",
        [("宁夏回族自治区", "上海市")],
    ),
    (
        "signing_during_a_visit",
        "9月11—14日，湖北省科协代表团赴新疆考察，期间与博州科协签署合作协议。",
        [("湖北省科学技术协会", "博尔塔拉蒙古自治州科学技术协会")],
    ),
    # --- a clause opened by 当天/当日/考察中/仪式上/活动中: the subject of the clause before signs
    (
        "same_day_opens_a_clause",
        "8月15日，江西省科协代表团赴赣州调研，当天与赣州市人民政府签署合作协议。",
        [("江西省科学技术协会", "赣州市人民政府")],
    ),
    (
        "that_day_opens_a_clause",
        "8月15日，江西省科协代表团赴赣州调研，当日与赣州市人民政府签署合作协议。",
        [("江西省科学技术协会", "赣州市人民政府")],
    ),
    (
        "during_the_inspection_opens_a_clause",
        "8月15日，江西省科协代表团赴赣州调研，考察中与赣州市人民政府签署合作协议。",
        [("江西省科学技术协会", "赣州市人民政府")],
    ),
    (
        "at_the_ceremony_opens_a_clause",
        "6月3日，湖南省科协举办学术年会，仪式上与常德市人民政府签署战略合作协议。",
        [("湖南省科学技术协会", "常德市人民政府")],
    ),
    (
        "during_the_event_opens_a_clause",
        "6月3日，湖南省科协举办学术年会，活动中与常德市人民政府签署战略合作协议。",
        [("湖南省科学技术协会", "常德市人民政府")],
    ),
    # --- a municipality named bare: its government only where the article names that government
    (
        "bare_municipality_stays_a_place",
        "重庆市与中国工程院签署合作协议。",
        [("重庆市", "中国工程院")],
    ),
    (
        "bare_municipality_with_its_mayor_is_its_government",
        "重庆市市长出席活动。重庆市与中国工程院签署合作协议。",
        [("重庆市人民政府", "中国工程院")],
    ),
    # --- a group followed by 的: it modifies what signs (their projects), it does not sign
    (
        "possessive_projects_sign",
        "会上，九江市科技局与景德镇市科技局的合作项目签约。",
        [],
    ),
    (
        "possessive_firms_sign",
        "会上，九江市与景德镇市的科技企业签署了合作协议。",
        [],
    ),
    # --- not signings, or not these parties
    (
        "recalled_without_date",
        "依据东湖大学与赣州市政府签订的《合作协议》，双方共建了实验室。",
        [],
    ),
    (
        "places_modify_what_signs",
        "活动期间，南昌、九江两市政、企、学、研各方的一批合作项目现场集中签约。",
        [],
    ),
    (
        "partner_unnamed",
        "两区各参建单位还与深圳多家企业签署了一批合作协议。",
        [],
    ),
    (
        "attending_the_ceremony",
        "江北区、渝北区相关科研院所负责人出席签约仪式。",
        [],
    ),
    (
        "subject_missing",
        "会上，茶叶所分别与九江市人民政府、庐山市人民政府签订科技共建协议。",
        [],
    ),
    (
        "meeting_holds_project_signings",
        "3月2日，中国科学院与重庆市院市合作领导小组第三次会议暨项目签约仪式在渝召开。",
        [],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), FRAMES, ids=[c[0] for c in FRAMES])
def test_frame(name: str, text: str, expected: list[tuple[str, ...]]) -> None:
    assert parties_of(text) == expected


def test_we_city_is_not_its_counterpart() -> None:
    """On a city's own site 我市科技局 signing with 常州市科技局 is the site's city."""
    text = ("汉中市情简介。汉中经开区有关同志陪同。苏州市调研。苏州市交流。"
            "我市科技局与苏州市科技局签订了《对口协作框架协议》。")
    assert parties_of(text) == [("汉中市科学技术局", "苏州市科学技术局")]


def test_rounds_listed_are_background_with_their_months() -> None:
    text = "据了解，浙江省政府与中国科协于2013年5月、2016年9月先后签署了两轮合作协议。"
    got = extract_agreements(text, full_context(text), published=date(2024, 5, 20))
    assert [(a.date, a.date_precision, a.background) for a in got] == [
        ("2013-05", "month", True), ("2016-09", "month", True)]


def test_month_day_of_the_publication_year_is_the_story() -> None:
    """3月15日 in a page posted in October is the story's own signing, not background; a
    month-day of the year before (12月28日 in May) or a dated one long past is background."""
    text = "3月15日，滁州市人民政府与滁州学院签订了科技合作框架协议。"
    got = extract_agreements(text, full_context(text), published=date(2017, 10, 26))
    assert [(a.date, a.background) for a in got] == [("2017-03-15", False)]
    text = "2017年3月15日，滁州市人民政府与滁州学院签订了科技合作框架协议。"
    got = extract_agreements(text, full_context(text), published=date(2017, 10, 26))
    assert [(a.date, a.background) for a in got] == [("2017-03-15", True)]


def test_a_signing_sentence_without_date_takes_the_story_day() -> None:
    """The forum of 4月26日, reported two weeks later: its signing happened that day."""
    text = ("4月26日，中国科协召开海智论坛，多位专家出席。\n"
            "签约环节，湖南省科协与长沙市人民政府签署合作协议。")
    got = extract_agreements(text, full_context(text), published=date(2023, 5, 10))
    assert [(a.date, a.date_precision) for a in got] == [("2023-04-26", "day")]


def test_signing_inside_a_window_of_days_is_dated_to_the_month() -> None:
    text = ("5月10日至12日，宝鸡市科技局局长率队赴无锡交流。"
            "宝鸡市科技局与无锡市科技局签订了科技协作框架协议。")
    got = extract_agreements(text, full_context(text), published=date(2024, 10, 1))
    assert [(a.date, a.date_precision) for a in got] == [("2024-05", "approx")]


# --- time linear in the number of signings of an article (issue 14) ---------------------------

_NAME_CHARS = ("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"
               "金木水火土日月星云雷风雨雪霜松竹梅兰菊荷桃李杏")


def _firm(i: int) -> str:
    """The i-th of 125,000 distinct company names (three characters of the pool + its suffix)."""
    k = len(_NAME_CHARS)
    return "".join(_NAME_CHARS[i // k**j % k] for j in range(3)) + "科技有限公司"


def _signings_article(n: int) -> str:
    """One article of `n` signing sentences, each of its own pair: `n` distinct signings."""
    return "".join(f"5月8日，河南省科协与{_firm(i)}签署合作协议。" for i in range(n))


def _best_cpu(fn, repeat: int = 3) -> float:
    """The least CPU time of `repeat` runs (CPU, not wall: steadier on a shared machine)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def test_thousands_of_distinct_signings_stay_linear() -> None:
    """3,000 distinct signings cost about ten times 300, not a hundred times: reports of one
    event are merged by looking their party set up, not by comparing every pair (the quadratic
    merge took 33x here, and 97x on the merge alone)."""
    texts = {n: _signings_article(n) for n in (300, 3000)}
    got = extract_agreements(texts[3000], full_context(texts[3000]), published=date(2023, 5, 9))
    assert len(got) == 3000 and len({frozenset(p.name for p in a.parties) for a in got}) == 3000
    cpu = {n: _best_cpu(lambda t=t: extract_agreements(t, full_context(t),
                                                        published=date(2023, 5, 9)),
                        repeat=3 if n == 300 else 1)
           for n, t in texts.items()}
    assert cpu[3000] / cpu[300] < 20, cpu


def test_merging_reports_is_linear_in_distinct_signings() -> None:
    text = "2023年8月8日，河南省科协与信阳市人民政府签署合作协议。"
    one = extract_agreements(text, full_context(text), published=date(2023, 8, 9))[0]
    reports = {n: [replace(one, parties=(one.parties[0], replace(one.parties[1], name=_firm(i))))
                   for i in range(n)] for n in (500, 5000)}
    assert len(_merge(reports[5000])) == 5000
    cpu = {n: _best_cpu(lambda r=r: _merge(r)) for n, r in reports.items()}
    assert cpu[5000] / cpu[500] < 30, cpu


def test_merging_keeps_the_first_compatible_report_of_the_same_parties() -> None:
    """Two reports of one event merge into the better-dated one; another pair stays apart."""
    day = "2023年8月8日，河南省科协与信阳市人民政府签署合作协议。"
    month = "2023年8月，河南省科协与信阳市人民政府签署战略合作框架协议。"
    a = extract_agreements(day, full_context(day), published=date(2023, 8, 9))[0]
    b = extract_agreements(month, full_context(month), published=date(2023, 8, 9))[0]
    other = replace(a, parties=(a.parties[0], replace(a.parties[1], name="南阳市人民政府")))
    merged = _merge([b, other, a])
    assert [(tuple(p.name for p in m.parties), m.date, m.type) for m in merged] == [
        (("河南省科学技术协会", "信阳市人民政府"), "2023-08-08", "战略合作框架协议"),
        (("河南省科学技术协会", "南阳市人民政府"), "2023-08-08", "合作协议"),
    ]


def test_own_university_from_the_source() -> None:
    """我校 on a university's site is the university its source names (东湖大学新闻网); without
    a source naming one it is nobody."""
    text = "会上，我校与九江市人民政府签订人才合作框架协议。"
    ctx = full_context(text, "东湖大学新闻网")
    got = extract_agreements(text, ctx, published=date(2024, 5, 20))
    assert [tuple(p.name for p in a.parties) for a in got] == [("东湖大学", "九江市人民政府")]
    assert parties_of(text) == []
    institute = "我所与九江市人民政府签订合作框架协议。"
    got = extract_agreements(institute, full_context(institute, "西岭化学研究所"),
                             published=date(2024, 5, 20))
    assert [tuple(p.name for p in a.parties) for a in got] == [("西岭化学研究所", "九江市人民政府")]
    assert full_context(institute, "东湖大学新闻网").aliases == ()


# --- the fallbacks: a signing sentence whose frames name nobody --------------------------------

def processed(text: str) -> list[tuple[str, ...]]:
    """The parties of each agreement, the text run through the whole pipeline (cleaning turns
    Traditional script and noise into what the frames read)."""
    from etl.pipeline import process_document
    from etl.records import RawDocument

    body = text.replace("\n", "\n发布时间：2024-05-20\n", 1) if "\n" in text else text
    got = process_document(RawDocument("t", "t.txt", "txt", body, "t")).agreements
    return sorted(tuple(sorted(p.name for p in a.parties)) for a in got)


def _sorted(expected: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    return sorted(tuple(sorted(e)) for e in expected)


# A pair named far before the verb (立足…，按照…原则，签署): the organisations the sentence names
# together; never hosts, places visited, witnesses, a counterpart list, or projects that sign.
PAIR_FAR_FROM_VERB = [
    ("principle_clauses_between",
     "为加强台风联合观测，6月2日，福建省气象局与浙江省气象局立足沿海灾害实际，按照“共享、共赢”的"
     "原则，签署了《海峡台风联合观测合作协议》。",
     [("福建省气象局", "浙江省气象局")]),
    ("purpose_clauses_before_the_pair",
     "为贯彻落实创新驱动发展战略，推动科技资源下沉基层，加快成果转化应用，9月9日，湖南省科协与"
     "株洲市人民政府围绕科普能力建设、人才培养，签订了会市合作协议。",
     [("湖南省科学技术协会", "株洲市人民政府")]),
    ("traditional_long_span",
     "為推動兩地科技合作，10月10日，甘肅省科協與酒泉市人民政府本著優勢互補的原則，經過充分協商，"
     "簽署了戰略合作協議。",
     [("甘肃省科学技术协会", "酒泉市人民政府")]),
    ("three_bodies_far",
     "为深化产学研合作，3月3日，南昌大学、江西省科学院和赣江新区管委会立足各自优势，经友好协商，"
     "签署三方合作协议。",
     [("南昌大学", "江西省科学院", "江西省赣江新区管理委员会")]),
    ("hosts_sign_nothing",
     "为促进成果转化，由吉林省科协、长春市人民政府联合主办的科技成果对接会，于5月5日举行，"
     "12个项目现场签约。",
     []),
    ("places_visited_sign_nothing",
     "为推进合作，5月5日，云南省科协党组书记张某一行赴曲靖市、玉溪市考察交流，并签订了合作协议。",
     []),
    ("witnesses_sign_nothing",
     "为深化合作，5月5日，在四川省科协和绵阳市人民政府有关负责同志的见证下，经过充分协商，"
     "签订了合作协议。",
     []),
    ("counterparts_of_another_pair",
     "5月5日，会上，福建省水产研究所分别与宁德市人民政府、福鼎市人民政府签订共建协议，"
     "与相关水产企业签订技术合作协议。",
     [("宁德市人民政府", "福建省水产研究所"), ("福鼎市人民政府", "福建省水产研究所")]),
    ("projects_of_the_places_sign",
     "为深化合作，5月5日，德阳、遂宁两市政、产、学、研领域的多个合作项目，经过充分对接，集中签约。",
     []),
]


@pytest.mark.parametrize(("phenomenon", "text", "expected"), PAIR_FAR_FROM_VERB,
                         ids=[c[0] for c in PAIR_FAR_FROM_VERB])
def test_pair_far_from_the_verb(phenomenon: str, text: str,
                                expected: list[tuple[str, ...]]) -> None:
    assert processed(text) == _sorted(expected), phenomenon


# Officials sign for their bodies: the bodies after 代表, the bodies their titles name (a head of
# government written alone is the article's own government of that level).
OFFICIALS_SIGN = [
    ("each_represents_a_body",
     "5月5日，签约仪式在九江举行。省科协党组书记张某代表江西省科协，九江市市长李某代表九江市人民"
     "政府签署会市合作协议。",
     [("江西省科学技术协会", "九江市人民政府")]),
    ("represent_list_after_each",
     "5月5日，王某、赵某分别代表广西科协和梧州市人民政府在协议上签字。",
     [("广西壮族自治区科学技术协会", "梧州市人民政府")]),
    ("traditional_represents",
     "5月5日，省科協黨組書記張某代表廣東省科協、韶關市市長李某代表韶關市人民政府簽署合作協議。",
     [("广东省科学技术协会", "韶关市人民政府")]),
    ("head_of_government_alone",
     "盘锦市与辽宁省科协签约\n5月5日，辽宁省科协党组书记张某与市长李某签署会市合作协议。",
     [("辽宁省科学技术协会", "盘锦市人民政府")]),
    ("titles_named_before",
     "5月5日，鼓楼区召开科技创新大会，区委书记赵某、区长李某出席。中国科学院福建物质结构研究所"
     "所长王某应邀出席。会上，王某、李某代表双方签署科技合作协议。",
     [("中国科学院福建物质结构研究所", "福州市鼓楼区人民政府")]),
    ("delegation_representatives_are_no_bodies",
     "5月5日，人大代表张某、李某参观了科技馆，并观看了签约视频。",
     []),
    ("officials_attend_only",
     "5月5日，江西省科协党组书记张某、九江市市长李某出席了此次签约仪式。",
     []),
]


@pytest.mark.parametrize(("phenomenon", "text", "expected"), OFFICIALS_SIGN,
                         ids=[c[0] for c in OFFICIALS_SIGN])
def test_officials_sign_for_bodies(phenomenon: str, text: str,
                                   expected: list[tuple[str, ...]]) -> None:
    assert processed(text) == _sorted(expected), phenomenon


# One party with several counterparts: 分别, or counterparts of one kind, sign each; counterparts
# of several kinds sign one joint document; a headline's joint report of pairs the body gives is
# their summary.
JOINT_OR_EACH = [
    ("mixed_kinds_one_document",
     "5月5日，两江新区管委会与中国化工学会产业工作委员会、重庆大学、重庆某某材料股份有限公司、"
     "重庆市科协签订“新材料联盟战略合作框架协议”。",
     [("重庆市两江新区管理委员会", "中国化工学会产业工作委员会", "重庆大学",
       "重庆某某材料股份有限公司", "重庆市科学技术协会")]),
    ("same_kind_each",
     "5月5日，芜湖市人民政府与合肥工业大学、安徽师范大学签订校地合作协议。",
     [("芜湖市人民政府", "合肥工业大学"), ("芜湖市人民政府", "安徽师范大学")]),
    ("each_marker_mixed_kinds",
     "5月5日，宁波市科技局分别与浙江大学、宁波某某科技有限公司签订合作协议。",
     [("宁波市科学技术局", "浙江大学"), ("宁波市科学技术局", "宁波某某科技有限公司")]),
    ("places_with_deng_each",
     "5月5日，湖南省科协又与湘潭、衡阳等地签署了合作协议。",
     [("湖南省科学技术协会", "湘潭市人民政府"), ("湖南省科学技术协会", "衡阳市人民政府")]),
    ("headline_joint_body_pairs",
     "苏州工业园区管委会与南京大学、东南大学签署合作协议\n5月5日，苏州工业园区管委会分别与"
     "南京大学、东南大学签署合作协议。",
     [("苏州工业园区管理委员会", "南京大学"), ("苏州工业园区管理委员会", "东南大学")]),
    ("traditional_mixed_kinds",
     "5月5日，廈門市人民政府與廈門大學、中國科學院城市環境研究所共同簽署三方合作協議。",
     [("厦门市人民政府", "厦门大学", "中国科学院城市环境研究所")]),
]


@pytest.mark.parametrize(("phenomenon", "text", "expected"), JOINT_OR_EACH,
                         ids=[c[0] for c in JOINT_OR_EACH])
def test_joint_or_each(phenomenon: str, text: str, expected: list[tuple[str, ...]]) -> None:
    assert processed(text) == _sorted(expected), phenomenon


# 此次签约 / 本次签署: the signing of the pair the sentence before named.
THIS_SIGNING = [
    ("this_signing_after_a_talk",
     "5月5日，山西省科协与忻州市人民政府举行座谈。此次签约，标志着双方合作迈上新台阶。",
     [("山西省科学技术协会", "忻州市人民政府")]),
    ("this_signing_restates_a_found_one",
     "5月5日，山西省科协与忻州市人民政府签署会市合作协议。此次签约，标志着双方合作迈上新台阶。",
     [("山西省科学技术协会", "忻州市人民政府")]),
    ("this_signing_traditional",
     "5月5日，陝西省科協與漢中市人民政府召開合作座談會。本次簽約，將推動兩地科技資源共享。",
     [("陕西省科学技术协会", "汉中市人民政府")]),
    ("this_signing_counted_projects",
     "5月5日，山西省科协与忻州市人民政府共同举办项目推介会。此次签约项目30个。",
     []),
    ("this_signing_without_a_pair",
     "5月5日，项目推介会在忻州举行。此次签约，标志着合作迈上新台阶。",
     []),
]


@pytest.mark.parametrize(("phenomenon", "text", "expected"), THIS_SIGNING,
                         ids=[c[0] for c in THIS_SIGNING])
def test_this_signing(phenomenon: str, text: str, expected: list[tuple[str, ...]]) -> None:
    assert processed(text) == _sorted(expected), phenomenon


# Signings to come with their date (将于6月10日…签署), and totals over the years (近年来先后与8个
# 市州签署): no signing listed; a dated signing after such words in another clause stays one.
PLANS_AND_TOTALS = [
    ("plan_with_a_date_and_place",
     "贵州省科协与六盘水市人民政府将于6月10日在六盘水正式签署会市合作协议。", []),
    ("plan_ceremony_with_a_date",
     "贵州省科协与安顺市人民政府将于下月中旬举行会市合作签约仪式。", []),
    ("plan_traditional",
     "貴州省科協與畢節市人民政府擬於年底前在畢節簽訂戰略合作協議。", []),
    ("total_with_places_listed",
     "近年来，贵州省科协先后与贵阳、遵义、安顺等8个市州签署会市合作协议。", []),
    ("total_so_far",
     "目前已有9个市州与贵州省科协签订会市合作协议。", []),
    ("total_cumulative_traditional",
     "多年來，貴州省科協累計與各市州簽署合作協議數十份。", []),
    ("dated_signing_after_a_look_back",
     "近年来双方合作日益密切，6月3日，贵州省科协与铜仁市人民政府签署会市合作协议。",
     [("贵州省科学技术协会", "铜仁市人民政府")]),
    ("dated_signing_before_a_plan_clause",
     "6月3日，贵州省科协与黔东南州人民政府签署会地合作协议，双方将于年内共建科普基地。",
     [("贵州省科学技术协会", "黔东南苗族侗族自治州人民政府")]),
]


@pytest.mark.parametrize(("phenomenon", "text", "expected"), PLANS_AND_TOTALS,
                         ids=[c[0] for c in PLANS_AND_TOTALS])
def test_plans_and_totals(phenomenon: str, text: str, expected: list[tuple[str, ...]]) -> None:
    assert processed(text) == _sorted(expected), phenomenon


# Sign verbs as newsrooms write them: 签定 (a common miswriting of 签订), 互签 (each signs the
# other's copy), in Simplified and Traditional script; a 签 that signs no agreement is none.
SIGN_VERB_VARIANTS = [
    ("qianding_miswritten",
     "6月3日，四川省科协与泸州市人民政府签定会市合作协议。",
     [("四川省科学技术协会", "泸州市人民政府")]),
    ("qianding_traditional",
     "6月3日，四川省科協與宜賓市人民政府簽定戰略合作協議。",
     [("四川省科学技术协会", "宜宾市人民政府")]),
    ("huqian_pair",
     "6月3日，四川省科协与内江市人民政府互签会市合作协议。",
     [("四川省科学技术协会", "内江市人民政府")]),
    ("huqian_after_a_talk",
     "6月3日，四川省科协与雅安市人民政府召开座谈会，会后双方互签了合作协议。",
     [("四川省科学技术协会", "雅安市人民政府")]),
    ("huqian_minutes_no_agreement",
     "6月3日，四川省科协与遂宁市人民政府互签会议纪要。",
     []),
    ("qianding_intent_no_agreement",
     "6月3日，四川省科协与广元市人民政府签定合作意向书。",
     []),
]


@pytest.mark.parametrize(("phenomenon", "text", "expected"), SIGN_VERB_VARIANTS,
                         ids=[c[0] for c in SIGN_VERB_VARIANTS])
def test_sign_verb_variants(phenomenon: str, text: str, expected: list[tuple[str, ...]]) -> None:
    assert processed(text) == _sorted(expected), phenomenon


# Where people stand in the photo, after their names (张三（左）与李四（右）签署, 王某(右二)): the
# marks do not cut the frames; the evidence keeps them.
PHOTO_POSITIONS = [
    ("positions_full_width",
     "6月3日，湖南省科协党组书记张某（左）与常德市市长李某（右）签署会市合作协议。",
     [("湖南省科学技术协会", "常德市人民政府")]),
    ("positions_half_width",
     "6月3日，湖南省科协党组书记张某(右)与益阳市市长李某(左)签署会市合作协议。",
     [("湖南省科学技术协会", "益阳市人民政府")]),
    ("positions_numbered_represent",
     "常德市与省科协签约\n6月3日，湖南省科协党组书记张某（左二）、常德市市长李某（右二）代表双方"
     "签署会市合作协议。",
     [("湖南省科学技术协会", "常德市人民政府")]),
    ("names_introduced_then_caption",
     "6月3日，永州市召开大会，市长李某出席。湖南省科协党组书记张某应邀出席。\n"
     "张某（左）、李某（右）代表双方签署会市合作协议。",
     [("湖南省科学技术协会", "永州市人民政府")]),
    ("traditional_positions",
     "6月3日，湖南省科協黨組書記張某（左）與郴州市市長李某（右）簽署會市合作協議。",
     [("湖南省科学技术协会", "郴州市人民政府")]),
    ("positions_of_witnesses",
     "6月3日，湖南省科协党组书记张某（左）、常德市市长李某（右）出席签约仪式。",
     []),
]


@pytest.mark.parametrize(("phenomenon", "text", "expected"), PHOTO_POSITIONS,
                         ids=[c[0] for c in PHOTO_POSITIONS])
def test_photo_positions(phenomenon: str, text: str, expected: list[tuple[str, ...]]) -> None:
    assert processed(text) == _sorted(expected), phenomenon


def test_evidence_keeps_the_photo_positions() -> None:
    text = "6月3日，湖南省科协党组书记张某（左）与常德市市长李某（右）签署会市合作协议。"
    got = extract_agreements(text, article_context(text), published=date(2024, 6, 20))
    assert [a.evidence for a in got] == [text]


# A party committee's secretary signs for the institution (湖南大学党委书记张某 → 湖南大学); a head
# of government's title names the government of the place written before it (黔南州副州长李某),
# or of the article's own place when none is (市长李某). Committees that sign themselves stay.
SECRETARIES_AND_HEADS = [
    ("university_secretary_and_mayor",
     "6月3日，湖南大学党委书记张某与长沙市市长李某代表双方签署校地合作协议。",
     [("湖南大学", "长沙市人民政府")]),
    ("secretary_and_mayor_with_party_title",
     "6月3日，中南大学党委书记张某与株洲市委副书记、市长李某签署校地合作协议。",
     [("中南大学", "株洲市人民政府")]),
    ("museum_secretary_and_prefecture_head",
     "6月3日，北京天文馆党委书记、副馆长张某，黔南州副州长李某，分别代表双方进行签约。",
     [("北京天文馆", "黔南布依族苗族自治州人民政府")]),
    ("traditional_secretary",
     "6月3日，廈門大學黨委書記張某與泉州市市長李某代表雙方簽署校地合作協議。",
     [("厦门大学", "泉州市人民政府")]),
    ("county_head_place_written",
     "6月3日，江西农业大学校长张某与安远县县长李某签订科技合作协议。",
     [("江西农业大学", "安远县人民政府")]),
]


@pytest.mark.parametrize(("phenomenon", "text", "expected"), SECRETARIES_AND_HEADS,
                         ids=[c[0] for c in SECRETARIES_AND_HEADS])
def test_secretaries_and_heads(phenomenon: str, text: str,
                               expected: list[tuple[str, ...]]) -> None:
    assert processed(text) == _sorted(expected), phenomenon


# 双方签署 with no pair in its sentence or the one before: the pair the headline names.
HEADLINE_PAIR = [
    ("headline_pair_without_verb",
     "湖南省科协与娄底市人民政府深化合作\n6月3日上午，会市合作座谈会在娄底召开。副省长王某出席会议并"
     "讲话。会上，双方签署了会市合作协议。",
     [("湖南省科学技术协会", "娄底市人民政府")]),
    ("headline_pair_traditional",
     "湖南省科協與懷化市人民政府攜手共進\n6月3日上午，會市合作座談會在懷化召開。會上，雙方簽署了"
     "會市合作協議。",
     [("湖南省科学技术协会", "怀化市人民政府")]),
    ("headline_pair_body_paragraph_later",
     "邵阳市与省科协携手推进科技创新\n6月3日上午，邵阳市召开科技创新大会。\n大会上，双方签订了会市"
     "合作协议。",
     [("湖南省科学技术协会", "邵阳市人民政府")]),
    ("headline_pair_university",
     "吉首大学与湘西州人民政府共谋发展\n6月3日，校地合作推进会在吉首召开。会议期间，双方签署了校地"
     "合作框架协议。",
     [("吉首大学", "湘西土家族苗族自治州人民政府")]),
    ("headline_pair_plan_only",
     "湖南省科协与常德市人民政府座谈\n6月3日，座谈会在常德召开。双方表示将尽快签署会市合作协议。",
     []),
    ("headline_one_body_only",
     "湖南省科协召开全委会议\n6月3日，全委会议在长沙召开。会上，双方签署了合作协议。",
     []),
]


@pytest.mark.parametrize(("phenomenon", "text", "expected"), HEADLINE_PAIR,
                         ids=[c[0] for c in HEADLINE_PAIR])
def test_headline_pair(phenomenon: str, text: str, expected: list[tuple[str, ...]]) -> None:
    assert processed(text) == _sorted(expected), phenomenon


# 双方签署 after speeches: the pair a few sentences before named (together, or as a visitor and
# the body visited); a pair further back must be two; 此次签约 looks at the sentence before only.
PAIR_SENTENCES_BEFORE = [
    ("pair_three_sentences_before",
     "会市合作推进会召开\n6月3日，湖南省科协与衡阳市人民政府召开会市合作座谈会。省科协党组书记张某介绍了"
     "科协工作情况。衡阳市市长李某表示将全力支持。会上，双方签署了会市合作协议。",
     [("湖南省科学技术协会", "衡阳市人民政府")]),
    ("pair_in_the_paragraph_before",
     "会市合作推进会召开\n6月3日，湖南省科协与岳阳市人民政府召开会市合作座谈会。省科协党组书记张某介绍了"
     "科协工作情况。\n岳阳市市长李某表示将全力支持。座谈会后，双方签署了会市合作协议。",
     [("湖南省科学技术协会", "岳阳市人民政府")]),
    ("visitor_and_visited_before",
     "会市合作推进会召开\n6月3日，湖南省科协党组书记张某率队到永州市调研。永州市委书记王某、市长李某"
     "陪同调研。调研期间，双方签署了会市合作协议。",
     [("湖南省科学技术协会", "永州市人民政府")]),
    ("traditional_pair_before",
     "會市合作推進會召開\n6月3日，湖南省科協與湘潭市人民政府召開座談會。湘潭市市長李某致辭。會上，"
     "雙方簽署了會市合作協議。",
     [("湖南省科学技术协会", "湘潭市人民政府")]),
    ("many_places_before_are_no_pair",
     "东西部合作推进会召开\n6月3日，宁夏与北京、上海、江苏等地开展科技合作。会议总结了经验。专家作了"
     "报告。会上，双方签署了合作协议。",
     []),
    ("this_signing_looks_one_sentence_back",
     "项目推介会召开\n6月3日，宁夏与北京、上海、江苏等地开展科技合作。会议总结了经验。此次签约，"
     "标志着合作迈上新台阶。",
     []),
]


@pytest.mark.parametrize(("phenomenon", "text", "expected"), PAIR_SENTENCES_BEFORE,
                         ids=[c[0] for c in PAIR_SENTENCES_BEFORE])
def test_pair_sentences_before(phenomenon: str, text: str,
                               expected: list[tuple[str, ...]]) -> None:
    assert processed(text) == _sorted(expected), phenomenon


def test_a_committee_that_signs_itself_stays_the_committee() -> None:
    """No secretary signs here: the committees are the parties (however they are named)."""
    text = "6月3日，湖南大学党委与湖南师范大学党委签订党建共建协议。"
    got = processed(text)
    assert len(got) == 1 and len(got[0]) == 2
    assert not {"湖南大学", "湖南师范大学"} & set(got[0])


# A purpose opening the sentence (为深入贯彻…，进一步推动…，6月3日，) stands before the subject that
# signs in a later clause (…，并与B签署); a long clause that is no purpose still ends the search.
PURPOSE_BEFORE_SUBJECT = [
    ("purpose_two_clauses_then_subject",
     "为深入贯彻落实创新驱动发展战略，进一步推动科技资源向基层下沉，6月3日，湖南省科协党组书记张某一行"
     "来到益阳市，实地调研了科技企业，并与益阳市人民政府签署了会市合作协议。",
     [("湖南省科学技术协会", "益阳市人民政府")]),
    ("according_to_then_subject",
     "按照两地党委政府关于深化区域科技合作的总体部署和年度工作安排，6月3日，江西省科技厅来到赣州市开展"
     "调研，并同赣州市人民政府签订厅市会商协议。",
     [("江西省科学技术厅", "赣州市人民政府")]),
    ("occasion_then_subject_traditional",
     "在全國科技工作者日到來之際，6月3日，福建省科協赴莆田市調研，並與莆田市人民政府簽訂會市合作協議。",
     [("福建省科学技术协会", "莆田市人民政府")]),
    ("long_clause_not_a_purpose",
     "省里各部门和各市州围绕科技创新开展了大量卓有成效的工作并取得了显著成绩，6月3日，"
     "并与益阳市人民政府签署了会市合作协议。",
     []),
]


@pytest.mark.parametrize(("phenomenon", "text", "expected"), PURPOSE_BEFORE_SUBJECT,
                         ids=[c[0] for c in PURPOSE_BEFORE_SUBJECT])
def test_purpose_before_subject(phenomenon: str, text: str,
                                expected: list[tuple[str, ...]]) -> None:
    assert processed(text) == _sorted(expected), phenomenon


# An academician who visits and signs (院士工作站): the person is the party as written, not the
# academy; an academician who only attends signs nothing.
ACADEMICIANS = [
    ("cae_fellow_leads_a_team",
     "7月7日，中国工程院院士张某率团到界首考察，与安徽某某科技有限公司签订院士工作站建站协议。",
     [("张某", "安徽某某科技有限公司")]),
    ("cas_fellow_party",
     "7月7日，中国科学院院士李某某一行到嘉兴调研，并与嘉兴某某新材料有限公司签订院士专家工作站合作"
     "协议。",
     [("李某某", "嘉兴某某新材料有限公司")]),
    ("fellow_traditional",
     "7月7日，中國工程院院士王某赴泉州考察，與泉州某某機械有限公司簽訂院士工作站建站協議。",
     [("王某", "泉州某某机械有限公司")]),
    ("fellow_as_counterpart",
     "科技合作\n6月3日，界首市某某科技有限公司与李某某院士签订院士工作站建站协议。",
     [("界首市某某科技有限公司", "李某某")]),
    ("fellow_in_a_counterpart_list",
     "科技合作\n6月3日，安远县人民政府分别与张某院士、江西农业大学林学院签署科技合作协议。",
     [("安远县人民政府", "张某"), ("安远县人民政府", "江西农业大学林学院")]),
    ("fellow_attends_only",
     "7月7日，中国工程院院士张某出席会议并作报告。",
     []),
    ("fellow_witnesses",
     "7月7日，中国工程院院士张某见证了界首市人民政府与安徽某某科技有限公司的签约。",
     []),
]


@pytest.mark.parametrize(("phenomenon", "text", "expected"), ACADEMICIANS,
                         ids=[c[0] for c in ACADEMICIANS])
def test_academicians(phenomenon: str, text: str, expected: list[tuple[str, ...]]) -> None:
    assert processed(text) == _sorted(expected), phenomenon


# Adverbs between a party and its connector: 亦 (written and Hong Kong style), 同时, 并.
ADVERB_BEFORE_CONNECTOR = [
    ("yi_written_style",
     "6月3日，深圳市科协亦与东莞市科协签署合作协议。",
     [("深圳市科学技术协会", "东莞市科学技术协会")]),
    ("yi_traditional",
     "6月3日，會上，深圳市科協亦與惠州市科協簽署合作協議。",
     [("深圳市科学技术协会", "惠州市科学技术协会")]),
    ("tongshi",
     "6月3日，深圳市科协同时与中山市科协签署合作协议。",
     [("深圳市科学技术协会", "中山市科学技术协会")]),
    ("bing",
     "6月3日，深圳市科协并与江门市科协签署合作协议。",
     [("深圳市科学技术协会", "江门市科学技术协会")]),
    ("yi_with_witnesses_between",
     "6月3日，深圳市科协及珠海市科协亦于代表团见证下签署战略合作协议。",
     [("深圳市科学技术协会", "珠海市科学技术协会")]),
]


@pytest.mark.parametrize(("phenomenon", "text", "expected"), ADVERB_BEFORE_CONNECTOR,
                         ids=[c[0] for c in ADVERB_BEFORE_CONNECTOR])
def test_adverb_before_connector(phenomenon: str, text: str,
                                 expected: list[tuple[str, ...]]) -> None:
    assert processed(text) == _sorted(expected), phenomenon


# The document noun with its last character lost to mojibake (合作协?) still names an agreement;
# a signature on something else still does not.
MOJIBAKE_DOCUMENT = [
    ("question_mark_for_the_last_character",
     "会市合作推进会\n6月3日，湖北省科协与宜昌市人民政府签署了会市合作协?。",
     [("湖北省科学技术协会", "宜昌市人民政府")]),
    ("full_width_question_mark",
     "会市合作推进会\n6月3日，湖北省科协与荆州市人民政府签订战略合作协？，双方将共建平台。",
     [("湖北省科学技术协会", "荆州市人民政府")]),
    ("traditional_lost_character",
     "會市合作推進會\n6月3日，湖北省科協與黃石市人民政府簽署了戰略合作協?。",
     [("湖北省科学技术协会", "黄石市人民政府")]),
    ("a_signature_on_a_book",
     "读书分享会举行\n6月3日，湖北省科协与宜昌市人民政府的代表在纪念册上签字。",
     []),
    ("lost_character_elsewhere",
     "会市合作推进会\n6月3日，湖北省科协与宜昌市人民政府签署了会议纪?。",
     []),
]


@pytest.mark.parametrize(("phenomenon", "text", "expected"), MOJIBAKE_DOCUMENT,
                         ids=[c[0] for c in MOJIBAKE_DOCUMENT])
def test_mojibake_document(phenomenon: str, text: str, expected: list[tuple[str, ...]]) -> None:
    assert processed(text) == _sorted(expected), phenomenon


# A 的 after a pair: what they share (A与B的合作由来已久，…签署) or their representatives (A与B的
# 代表签署) keeps them the signers; units or projects of theirs (A、B两市…的多个项目…签约) sign
# instead.
POSSESSIVE_AFTER_PAIR = [
    ("shared_cooperation_then_recalled_signing",
     "会市合作\n湖南省科协与常德市人民政府的合作由来已久，早在2015年就签署了会市合作协议。",
     [("湖南省科学技术协会", "常德市人民政府")]),
    ("their_representatives_sign",
     "会市合作\n6月3日，湖南省科协与常德市人民政府的代表签署了会市合作协议。",
     [("湖南省科学技术协会", "常德市人民政府")]),
    ("their_officials_sign_traditional",
     "會市合作\n6月3日，湖南省科協與婁底市人民政府的有關負責人共同簽署了會市合作協議。",
     [("湖南省科学技术协会", "娄底市人民政府")]),
    ("their_projects_sign",
     "会市合作\n为深化合作，5月5日，德阳、遂宁两市政、产、学、研领域的多个合作项目，经过充分对接，"
     "集中签约。",
     []),
    ("projects_sign_at_their_event",
     "会市合作\n6月3日，湖南省科协与常德市人民政府联合举办的院士专家常德行活动中，15个项目现场签约。",
     []),
    ("their_firms_sign",
     "会市合作\n5月5日，湖南省科协与常德市人民政府联系的十余家企业，在推介会上签约。",
     []),
]


@pytest.mark.parametrize(("phenomenon", "text", "expected"), POSSESSIVE_AFTER_PAIR,
                         ids=[c[0] for c in POSSESSIVE_AFTER_PAIR])
def test_possessive_after_pair(phenomenon: str, text: str,
                               expected: list[tuple[str, ...]]) -> None:
    assert processed(text) == _sorted(expected), phenomenon
