"""Agreement extraction, case by case, on sentences written for these tests (not the samples).

Each case names the language phenomenon it covers; the expected records are exact.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extraction.agreements import cooperation_model, extract_agreements
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
        ([("institute", "national"), ("government", "provincial")], "其他"),
        ([("bureau", "provincial"), ("government", "prefecture")], "其他"),
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
        "近日，贵州省科技厅会同遵义市人民政府召开厅市会商会议，双方代表签订《厅市会商议定书》。",
        [("贵州省科学技术厅", "遵义市人民政府")],
    ),
    (
        "pair_consult_then_sign",
        "6月3日，湖南省科协和株洲市人民政府共同协商，签订了战略合作协议。",
        [("湖南省科学技术协会", "株洲市人民政府")],
    ),
    (
        "pair_hold_event_then_sign",
        "5月9日，四川省科协与绵阳市人民政府联合举办科技活动周，并签署全面合作协议。",
        [("四川省科学技术协会", "绵阳市人民政府")],
    ),
    # --- a nominal signing event
    (
        "nominal_ceremony",
        "12月5日，和田地区科协与兵团第十四师昆玉市科协框架合作协议签订仪式在和田举行。",
        [("和田地区科学技术协会", "新疆生产建设兵团第十四师昆玉市科学技术协会")],
    ),
    (
        "nominal_with_bare_city",
        "7月31日，中科院上海分院与嘉兴市合作协议签约仪式在上海举行。",
        [("中国科学院上海分院", "嘉兴市人民政府")],
    ),
    (
        "nominal_names_space_separated",
        "5月2日，中国工程院 湖南省人民政府共建研究院协议签约仪式在长沙举行。",
        [("中国工程院", "湖南省人民政府")],
    ),
    (
        "names_glued_together",
        "2019年3月1日，中国工程院河南省人民政府正式签署共建研究院合作协定。",
        [("中国工程院", "河南省人民政府")],
    ),
    # --- parties named only inside the document title
    (
        "parties_in_title",
        "6月10日，望城牵手西岭大学签署《长沙望城经济技术开发区管理委员会 西岭大学 合作框架协议》。",
        [("长沙望城经济技术开发区管理委员会", "西岭大学")],
    ),
    (
        "parties_in_title_after_both_sides",
        "会上，双方代表签署《湖北省科学技术厅与宜昌市人民政府科技合作协议》。",
        [("湖北省科学技术厅", "宜昌市人民政府")],
    ),
    # --- officials between the body and the connector
    (
        "officials_titles",
        "会上，襄阳市科技局党组成员、副局长王某与成都云帆科技有限公司副总经理李某某签订了合作协议。",
        [("襄阳市科学技术局", "成都云帆科技有限公司")],
    ),
    (
        "officials_on_behalf",
        "张某部长和李某主席还分别代表科技部和广西自治区政府签署了新一轮《工作会商制度议定书》。",
        [("中华人民共和国科学技术部", "广西壮族自治区人民政府")],
    ),
    (
        "body_title_person_signs_on",
        "中国科协常务副主席王某与腾讯公司董事会主席兼首席执行官李某30日签署合作框架协议。",
        [("中国科学技术协会", "腾讯公司")],
    ),
    # --- implicit parties
    (
        "two_place_abbreviation",
        "3月5日，苏陕两省科技厅在西安签署科技合作协议。",
        [("江苏省科学技术厅", "陕西省科学技术厅")],
    ),
    (
        "two_places_as_places",
        "沪滇两地签署新一轮对口合作框架协议。",
        [("上海市", "云南省")],
    ),
    (
        "places_then_their_bodies",
        "江苏和陕西两省政府签署框架协议，两省科技厅一并签署科技合作协议。",
        [("江苏省人民政府", "陕西省人民政府"), ("江苏省科学技术厅", "陕西省科学技术厅")],
    ),
    (
        "bare_province_stays_a_place",
        "福建省与中国工程院在福州签署新一轮战略合作框架协议。",
        [("福建省", "中国工程院")],
    ),
    # --- parties beyond governments and 科协
    (
        "science_museum",
        "12月6日，东安县政府与湖南省科技馆在长沙签署框架协议。",
        [("东安县人民政府", "湖南省科学技术馆")],
    ),
    (
        "old_scientists_and_social_sciences",
        "9月1日，江西省老科协与江西省社科联签署合作协议。",
        [("江西省老科学技术工作者协会", "江西省社会科学界联合会")],
    ),
    (
        "zone_committee_and_university",
        "3月15日，西咸新区泾河新城管委会与西岭科技大学签订战略合作协议。",
        [("陕西省西咸新区泾河新城管理委员会", "西岭科技大学")],
    ),
    (
        "bank_and_department",
        "19日，福建省科技厅与兴业银行在福州签署战略合作协议。",
        [("福建省科学技术厅", "兴业银行股份有限公司")],
    ),
    (
        "institute_with_connector_inside",
        "会上，成都川哈工机器人及智能装备产业技术研究院与自贡航空产业园区管理委员会签订合作协议。",
        [("成都川哈工机器人及智能装备产业技术研究院", "自贡航空产业园区管理委员会")],
    ),
    (
        "hong_kong_body_kept",
        "近日，海南省科协与香港工程师学会续签合作协定。",
        [("海南省科学技术协会", "香港工程师学会")],
    ),
    # --- one with several, and groups
    (
        "one_with_listed_group",
        "会上，中国热带农业科学院与湛江、北海、钦州等3个城市签署科技合作协议。",
        [("中国热带农业科学院", "湛江市人民政府"), ("中国热带农业科学院", "北海市人民政府"),
         ("中国热带农业科学院", "钦州市人民政府")],
    ),
    (
        "group_with_group",
        "会上，中国甲学会、中国乙学会等2家全国学会与泉州企事业单位签订项目合作协议。",
        [("中国甲学会、中国乙学会等2家全国学会", "泉州企事业单位")],
    ),
    (
        "counted_groups",
        "会上，6个省级学会代表与6个县（市、区）科协代表签订了服务站建设协议。",
        [("6个省级学会", "6个县（市、区）科学技术协会")],
    ),
    (
        "listed_firms_each",
        "仪式上，东岭材料有限公司、西岭家居有限公司等企业还分别与西岭科技大学相关学院签订合作协议。",
        [("东岭材料有限公司", "西岭科技大学相关学院"),
         ("西岭家居有限公司", "西岭科技大学相关学院")],
    ),
    (
        "collective_signs_alone",
        "9月8日，清江流域科协签订了《清江流域协同创新合作协议》。",
        [("清江流域科学技术协会",)],
    ),
    # --- earlier signings listed with their dates
    (
        "rounds_listed",
        "据悉，江苏省政府与中国科协于2012年12月、2015年6月、2018年3月已连续签署了三轮合作协议。",
        [("江苏省人民政府", "中国科学技术协会")] * 3,
    ),
    # --- what two parties build is no party; spam before a name is dropped
    (
        "object_of_cobuilding",
        "5月2日，中国工程院 湖南省人民政府共建工程科技发展战略湖南研究院协议签约仪式在长沙举行。",
        [("中国工程院", "湖南省人民政府")],
    ),
    (
        "spam_before_branch_in_list",
        "自2008年扬州市人民政府与澳门赌场上海分院签署合作协议以来，双方交往日益频繁。",
        [("扬州市人民政府", "中国科学院上海分院")],
    ),
    (
        "macao_fund_arrangement",
        "澳门科学技术发展基金代表来访。今年3月，科技基金还与广东省科技厅签署了《科技创新交流合作的安排》。",
        [("澳门科学技术发展基金", "广东省科学技术厅")],
    ),
    (
        "group_with_unknown_members",
        "签约环节，中国甲学会、东欧乙联会、西岭丙组织等多方机构代表共同与中国国际科技交流中心签署合作协议。",
        [("中国甲学会、东欧乙联会、西岭丙组织等多方机构", "中国国际科技交流中心")],
    ),
    (
        "abbreviation_of_a_named_school",
        "11月20日，宝鸡高新第二小学举办科技节。开幕式上，市地震局与高新二小签订了馆校合作协议。",
        [("宝鸡市地震局", "宝鸡高新第二小学")],
    ),
    (
        "abbreviation_of_a_titled_institute",
        "7月23日，东北地理所与伊春市人民政府签署了《中国科学院东北地理与农业生态研究所与伊春市人民政府战略合作框架协议》。",
        [("中国科学院东北地理与农业生态研究所", "伊春市人民政府")],
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
    # --- not signings, or not these parties
    (
        "recalled_without_date",
        "按照南湖大学与青石市政府签订的《战略合作协议》，双方开展了科技合作。",
        [],
    ),
    (
        "places_modify_what_signs",
        "与此同时，成都、自贡两市政、产、学、研领域的多个合作项目进行了集中签约。",
        [],
    ),
    (
        "partner_unnamed",
        "兰白两区各建设主体还与上海多家企业签订了多项合作协议。",
        [],
    ),
    (
        "attending_the_ceremony",
        "万州区、开州区相关科研单位负责人参加签约仪式。",
        [],
    ),
    (
        "subject_missing",
        "会上，水稻所分别与南平市人民政府、武夷山市人民政府签订科技共建协议。",
        [],
    ),
    (
        "meeting_holds_project_signings",
        "10月28日，中国科学院与天津市院市合作领导小组第二次会议暨项目签约仪式在津召开。",
        [],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), FRAMES, ids=[c[0] for c in FRAMES])
def test_frame(name: str, text: str, expected: list[tuple[str, ...]]) -> None:
    assert parties_of(text) == expected


def test_we_city_is_not_its_counterpart() -> None:
    """On a city's own site 我市科技局 signing with 常州市科技局 is the site's city."""
    text = ("安康市情介绍。安康高新区负责同志参加。常州市考察。常州市座谈。"
            "我市科技局与常州市科技局签订了《科技帮扶框架协议》。")
    assert parties_of(text) == [("安康市科学技术局", "常州市科学技术局")]


def test_rounds_listed_are_background_with_their_months() -> None:
    text = "据悉，江苏省政府与中国科协于2012年12月、2015年6月已连续签署了两轮合作协议。"
    got = extract_agreements(text, full_context(text), published=date(2024, 5, 20))
    assert [(a.date, a.date_precision, a.background) for a in got] == [
        ("2012-12", "month", True), ("2015-06", "month", True)]


def test_month_day_of_the_publication_year_is_the_story() -> None:
    """1月22日 in a page posted in October is the story's own signing, not background; a
    month-day of the year before (12月28日 in May) or a dated one long past is background."""
    text = "1月22日，巢湖市人民政府与巢湖学院签订了战略合作框架协议。"
    got = extract_agreements(text, full_context(text), published=date(2017, 10, 26))
    assert [(a.date, a.background) for a in got] == [("2017-01-22", False)]
    text = "2017年1月22日，巢湖市人民政府与巢湖学院签订了战略合作框架协议。"
    got = extract_agreements(text, full_context(text), published=date(2017, 10, 26))
    assert [(a.date, a.background) for a in got] == [("2017-01-22", True)]


def test_a_signing_sentence_without_date_takes_the_story_day() -> None:
    """The forum of 4月26日, reported two weeks later: its signing happened that day."""
    text = ("4月26日，中国科协召开海智论坛，多位专家出席。\n"
            "签约环节，湖南省科协与长沙市人民政府签署合作协议。")
    got = extract_agreements(text, full_context(text), published=date(2023, 5, 10))
    assert [(a.date, a.date_precision) for a in got] == [("2023-04-26", "day")]


def test_signing_inside_a_window_of_days_is_dated_to_the_month() -> None:
    text = ("3月7日至8日，西安市科技局局长带队赴常州考察。"
            "西安市科技局与常州市科技局签订了科技帮扶框架协议。")
    got = extract_agreements(text, full_context(text), published=date(2024, 10, 1))
    assert [(a.date, a.date_precision) for a in got] == [("2024-03", "approx")]
