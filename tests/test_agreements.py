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
