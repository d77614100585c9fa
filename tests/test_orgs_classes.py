"""Canonical party names by class of name, on sentences written for these tests.

Every table holds one phenomenon of how real pages write organisations (ministries, academy
institutes, district departments, Youth League committees, the publisher's own 我院/我校, the
article's own place, zones without their city, societies' committees, firms and names that must
not be cut, Traditional script). Names follow /work/shared/docs/ANNOTATION.md: full official
names in Simplified script, abbreviations expanded, relative forms with the article's own place,
Hong Kong and Macao bodies as written.
"""

from __future__ import annotations

import pytest

from etl.cleaning.clean import clean_document
from etl.extraction.article import extract, full_context
from etl.extraction.organisations import find_organisations
from etl.records import RawDocument


def found(text: str, source: str | None = None) -> dict[str, str]:
    """mention -> canonical name of every organisation the recogniser finds in `text`."""
    return {m.mention: m.name for m in find_organisations(text, full_context(text, source))}


def parties_of_page(page: str, url: str | None = None) -> list[tuple[str, ...]]:
    """The parties of every agreement of a page as a crawl gives it (cleaning included)."""
    doc = clean_document(RawDocument("t", "t.txt", "txt", page, "0", url=url))
    return [tuple(p.name for p in a.parties) for a in extract(doc)[0]]


# (phenomenon, sentence, mention, canonical name)
MINISTRIES = [
    ("ministry_short", "5月8日，科技部与青海省人民政府签署部省会商议定书。", "科技部",
     "中华人民共和国科学技术部"),
    ("ministry_with_state_name", "中华人民共和国教育部与广西壮族自治区人民政府签署合作协议。",
     "中华人民共和国教育部", "中华人民共和国教育部"),
    ("ministry_full_without_state", "工业和信息化部与江苏省政府签订战略合作协议。",
     "工业和信息化部", "中华人民共和国工业和信息化部"),
    ("commission_national_short", "国家发改委与海南省政府签署框架协议。", "国家发改委",
     "中华人民共和国国家发展和改革委员会"),
    ("commission_health_short", "国家卫健委与江西省人民政府签署共建协议。", "国家卫健委",
     "中华人民共和国国家卫生健康委员会"),
    ("ministry_labour_short", "人社部与贵州省人民政府签署合作备忘录。", "人社部",
     "中华人民共和国人力资源和社会保障部"),
    ("ministry_water", "水利部与宁夏回族自治区人民政府签约。", "水利部", "中华人民共和国水利部"),
    ("commission_ethnic_short", "国家民委与云南省政府签订合作协议。", "国家民委",
     "中华人民共和国国家民族事务委员会"),
    ("ministry_agriculture", "农业农村部与黑龙江省人民政府签署合作框架协议。", "农业农村部",
     "中华人民共和国农业农村部"),
]

CAS_INSTITUTES = [
    ("institute_short_with_academy", "中科院大连化物所与营口市政府签约。", "中科院大连化物所",
     "中国科学院大连化学物理研究所"),
    ("institute_short_with_city_alone", "长春应化所与吉林市人民政府签署合作协议。", "长春应化所",
     "中国科学院长春应用化学研究所"),
    ("institute_generic_short_after_academy", "中国科学院计算所与无锡市签约。", "中国科学院计算所",
     "中国科学院计算技术研究所"),
    ("institute_long_name_short", "中科院青岛能源所与东营市签署协议。", "中科院青岛能源所",
     "中国科学院青岛生物能源与过程研究所"),
    ("academy_institute_short_院", "深圳先进院与东莞市政府签约。", "深圳先进院",
     "中国科学院深圳先进技术研究院"),
    ("academy_branch_with_academy", "中科院成都分院与绵阳市签约。", "中科院成都分院",
     "中国科学院成都分院"),
    ("academy_branch_alone", "兰州分院与张掖市政府签约。", "兰州分院", "中国科学院兰州分院"),
    ("institute_automation_short", "中科院沈阳自动化所与鞍山市签约。", "中科院沈阳自动化所",
     "中国科学院沈阳自动化研究所"),
    ("institute_written_in_full", "中国科学院西安光学精密机械研究所与渭南市签约。",
     "中国科学院西安光学精密机械研究所", "中国科学院西安光学精密机械研究所"),
]

DEPARTMENTS = [
    ("district_bureau_keeps_city", "鄞州区教育局与宁波大学签约。", "鄞州区教育局",
     "宁波市鄞州区教育局"),
    ("municipality_district_commission_short", "松江区农委与某学院签约。", "松江区农委",
     "上海市松江区农业委员会"),
    ("district_labour_bureau_short", "青羊区人社局与某学院签约。", "青羊区人社局",
     "成都市青羊区人力资源和社会保障局"),
    ("city_commission_short", "柳州市发改委与某大学签约。", "柳州市发改委",
     "柳州市发展和改革委员会"),
    ("chain_keeps_its_seat", "四川省达州市教育局与某中学签约。", "四川省达州市教育局",
     "达州市教育局"),
    ("municipality_district_health", "渝北区卫健委与某医院签约。", "渝北区卫健委",
     "重庆市渝北区卫生健康委员会"),
    ("province_department_short", "湖北省经信厅与某公司签约。", "湖北省经信厅",
     "湖北省经济和信息化厅"),
    ("market_bureau_holds_its_own_shi", "临沂市市监局与某公司签约。", "临沂市市监局",
     "临沂市市场监督管理局"),
    ("county_bureau_short", "南昌县住建局与某公司签约。", "南昌县住建局",
     "南昌县住房和城乡建设局"),
    ("relative_department_short", "宝鸡市今年推进科普。会上，市农委与某学院签订协议。", "市农委",
     "宝鸡市农业委员会"),
    ("relative_society", "湖北省召开大会。会上，省农学会与襄阳市签约。", "省农学会",
     "湖北省农学会"),
    ("relative_academy", "湖北省召开大会。会上，省科学院与襄阳市签约。", "省科学院",
     "湖北省科学院"),
    ("relative_social_sciences_academy", "湖北省召开大会。会上，省社科院与襄阳市签约。", "省社科院",
     "湖北省社会科学院"),
    ("relative_city_association", "宝鸡市召开大会。会上，市科普作家协会与某小学签约。",
     "市科普作家协会", "宝鸡市科普作家协会"),
    ("hong_kong_bureau_as_written", "香港科技园公司及香港生产力促进局签署合作协议。",
     "香港生产力促进局", "香港生产力促进局"),
]

YOUTH_LEAGUE = [
    ("league_district_after_its_name", "松江团区委与某大学签署共建协议。", "松江团区委",
     "共青团上海市松江区委员会"),
    ("league_city_with_prefix", "共青团重庆市委与西南大学签约。", "共青团重庆市委",
     "共青团重庆市委员会"),
    ("league_district_full", "共青团杭州市西湖区委员会与浙江大学签约。",
     "共青团杭州市西湖区委员会", "共青团杭州市西湖区委员会"),
    ("league_relative_city", "宁波市举办活动。团市委与市科协签订协议。", "团市委",
     "共青团宁波市委员会"),
    ("league_relative_province", "湖南省召开大会。团省委与省科协签约。", "团省委",
     "共青团湖南省委员会"),
    ("league_of_a_university", "西南大学团委与北碚区签约。", "西南大学团委",
     "共青团西南大学委员会"),
    ("league_of_the_school_itself", "东湖大学与某区签约。校团委与团区委签署协议。", "校团委",
     "共青团东湖大学委员会"),
]

SOCIETIES = [
    ("national_society_expert_committee", "中国电子学会嵌入式系统专家委员会与某市签约。",
     "中国电子学会嵌入式系统专家委员会", "中国电子学会嵌入式系统专家委员会"),
    ("national_society_professional_committee", "中国化学会有机化学专业委员会与湖北省科协签约。",
     "中国化学会有机化学专业委员会", "中国化学会有机化学专业委员会"),
    ("national_society_working_committee", "中国自动化学会智能制造工作委员会与佛山市签约。",
     "中国自动化学会智能制造工作委员会", "中国自动化学会智能制造工作委员会"),
    ("hong_kong_society_with_ji", "香港广州创新及科技协会与广州徽商联合会签署协议。",
     "香港广州创新及科技协会", "香港广州创新及科技协会"),
    ("macao_society_with_ji", "澳门科技及创新协会与珠海市科协签约。", "澳门科技及创新协会",
     "澳门科技及创新协会"),
    ("provincial_society", "湖北省机械工程学会与襄阳市科协签约。", "湖北省机械工程学会",
     "湖北省机械工程学会"),
]

# Names that must stay whole: not cut inside 大学城/大学科技园, 研究院有限公司, 研究生院, 附属医院.
WHOLE_NAMES = [
    ("firms_joined_by_yiji_first",
     "5月8日，宁乡县农旺畜牧有限公司以及湘江农业发展有限公司签署协议。",
     "宁乡县农旺畜牧有限公司", "宁乡县农旺畜牧有限公司"),
    ("firms_joined_by_yiji_second",
     "5月8日，宁乡县农旺畜牧有限公司以及湘江农业发展有限公司签署协议。",
     "湘江农业发展有限公司", "湘江农业发展有限公司"),
    ("firm_with_full_width_brackets", "腾讯科技（深圳）有限公司与深圳市科协签约。",
     "腾讯科技（深圳）有限公司", "腾讯科技(深圳)有限公司"),
    ("research_institute_company", "5月8日，江苏省产业技术研究院有限公司与无锡市政府签约。",
     "江苏省产业技术研究院有限公司", "江苏省产业技术研究院有限公司"),
    ("university_town_is_no_university", "5月8日，南京大学城市规划设计研究院有限公司与某市签约。",
     "南京大学城市规划设计研究院有限公司", "南京大学城市规划设计研究院有限公司"),
    ("university_town_park", "5月8日，沙坪坝区与重庆大学城科技产业园签约。", "重庆大学城科技产业园",
     "重庆大学城科技产业园"),
    ("national_university_science_park", "5月8日，东南大学国家大学科技园与江宁区政府签署协议。",
     "东南大学国家大学科技园", "东南大学国家大学科技园"),
    ("graduate_school", "5月8日，北京大学深圳研究生院与深圳市科协签约。", "北京大学深圳研究生院",
     "北京大学深圳研究生院"),
    ("affiliated_hospital", "5月8日，上海交通大学医学院附属瑞金医院与某县签约。",
     "上海交通大学医学院附属瑞金医院", "上海交通大学医学院附属瑞金医院"),
    ("academy_before_changqi", "王某代表博罗县对省农科院长期以来的支持表示感谢。广东省举办。",
     "省农科院", "广东省农业科学院"),
]

# Universities and academies of the press's short forms; units of the association system.
SHORT_FORMS = [
    ("university_short_zheda", "5月8日，浙大与衢州市政府签约。", "浙大", "浙江大学"),
    ("university_short_qinghua", "5月8日，清华与无锡市签署合作协议。", "清华", "清华大学"),
    ("university_short_hagongda", "5月8日，哈工大与威海市科协签约。", "哈工大", "哈尔滨工业大学"),
    ("university_short_fudan", "5月8日，复旦与义乌市签约。", "复旦", "复旦大学"),
    ("full_name_not_cut_by_short", "5月8日，甘孜州政府与四川大学签署合作协议。", "四川大学",
     "四川大学"),
    ("provincial_social_sciences_short", "5月8日，湖南省社科院与长沙市签约。", "湖南省社科院",
     "湖南省社会科学院"),
    ("university_kexie", "5月8日，华中科技大学科协与武汉市科协签约。", "华中科技大学科协",
     "华中科技大学科学技术协会"),
    ("cast_unit_keeps_cast", "5月8日，中国科协科学技术传播中心与某市科协签约。",
     "中国科协科学技术传播中心", "中国科学技术协会科学技术传播中心"),
]

# The party committee and the government written together sign as the government (gold: the
# 区委、区政府 of a district is its 人民政府).
COMMITTEE_AND_GOVERNMENT = [
    ("district_committee_and_government", "5月8日，越秀区委区政府与中科院广州分院签约。",
     "越秀区委区政府", "广州市越秀区人民政府"),
    ("relative_district_committee_and_government",
     "5月8日，区委区政府与某大学签约。越秀区各界欢迎。", "区委区政府", "广州市越秀区人民政府"),
    ("city_committee_and_government", "5月8日，宝鸡市委市政府与西北大学签约。", "宝鸡市委市政府",
     "宝鸡市人民政府"),
    ("relative_city_committee_and_government", "5月8日，市委市政府与西北大学签约。宝鸡市各界欢迎。",
     "市委市政府", "宝鸡市人民政府"),
    ("province_committee_and_government", "5月8日，江苏省委省政府与中国科学院签约。",
     "江苏省委省政府", "江苏省人民政府"),
    ("county_committee_and_government", "5月8日，长兴县委县政府与浙江工业大学签约。",
     "长兴县委县政府", "长兴县人民政府"),
]

# A zone's own association of scientists is a 科协 named after the zone, not the zone's committee.
ZONE_KEXIE = [
    ("new_area_kexie", "5月8日，兰州新区科协与甘肃省科协签约。", "兰州新区科协",
     "兰州新区科学技术协会"),
    ("industrial_park_kexie", "5月8日，苏州工业园区科协与江苏省科协签约。", "苏州工业园区科协",
     "苏州工业园区科学技术协会"),
    ("national_new_area_kexie", "5月8日，西咸新区科协与陕西省科协签约。", "西咸新区科协",
     "西咸新区科学技术协会"),
    ("high_tech_zone_kexie", "5月8日，宝鸡高新区科协与西北大学签约。", "宝鸡高新区科协",
     "宝鸡高新区科学技术协会"),
    ("national_new_area_itself_stays_a_zone", "5月8日，西咸新区与某大学签订协议。", "西咸新区",
     "陕西省西咸新区管理委员会"),
]

ZONES = [
    ("bare_zone_takes_article_city", "5月8日，高新区管委会与西北大学签署协议。宝鸡市科技局出席。",
     "高新区管委会", "宝鸡高新技术产业开发区管理委员会"),
    ("bare_economic_zone", "经开区管委会与某大学签约。芜湖市主办。", "经开区管委会",
     "芜湖经济技术开发区管理委员会"),
    ("zone_with_city_and_shi", "宝鸡市高新区管委会与西安交通大学签约。", "宝鸡市高新区管委会",
     "宝鸡高新技术产业开发区管理委员会"),
    ("relative_zone", "市高新区与西安交通大学签约。宝鸡市主办。", "市高新区",
     "宝鸡高新技术产业开发区管理委员会"),
    ("zone_with_short_city", "株洲高新区与湖南工业大学签约。", "株洲高新区",
     "株洲高新技术产业开发区管理委员会"),
]

TABLES = {"ministry": MINISTRIES, "cas": CAS_INSTITUTES, "department": DEPARTMENTS,
          "youth": YOUTH_LEAGUE, "society": SOCIETIES, "whole": WHOLE_NAMES, "zone": ZONES,
          "short": SHORT_FORMS, "committee": COMMITTEE_AND_GOVERNMENT,
          "zone_kexie": ZONE_KEXIE}
CASES = [(f"{k}:{c[0]}", *c[1:]) for k, rows in TABLES.items() for c in rows]


@pytest.mark.parametrize(("phenomenon", "text", "mention", "canonical"), CASES,
                         ids=[c[0] for c in CASES])
def test_canonical_name(phenomenon: str, text: str, mention: str, canonical: str) -> None:
    got = found(text)
    assert got.get(mention) == canonical, (phenomenon, got)


# No organisation, or not this one: (phenomenon, sentence, the name that must not be given).
NOT_THESE = [
    ("generic_institute_short_alone", "计算所与某县签约。", "中国科学院计算技术研究所"),
    ("ministry_inside_a_department_word", "电子商务部门与某县签约。", "中华人民共和国商务部"),
    ("bare_zone_without_any_city", "高新区管委会与某大学签约。",
     "国家高新技术产业开发区管理委员会"),
    ("title_after_academy_is_a_person", "省农科院院长出席。广东省举办。", "广东省农业科学院院"),
    ("party_department_is_no_government", "5月8日，市委组织部与某大学签约。宝鸡市各界欢迎。",
     "宝鸡市人民政府委组织部"),
    ("short_form_inside_a_longer_word", "北大荒集团代表出席。", "北京大学"),
    ("person_representing_is_no_school", "签约仪式上，王某代表学校致辞。", "王某代表学校"),
    ("party_secretary_is_a_title", "南京科技馆党委书记王某代表双方签约。", "南京科技馆党委"),
    ("co_organiser_phrase_is_no_name", "西岭控股有限公司与中科院兰州分院联合承办的中国科学院"
     "转化大会开幕。", "中国科学院兰州分院联合承办的中国科学院"),
    ("school_inside_a_university_is_not_the_publisher", "我校与毕节市人民政府签署协议。"
     "我校生命科学学院参加。这是贵州师范大学的大事。", "生命科学学院"),
]


@pytest.mark.parametrize(("phenomenon", "text", "wrong"), NOT_THESE, ids=[c[0] for c in NOT_THESE])
def test_not_this_name(phenomenon: str, text: str, wrong: str) -> None:
    got = found(text)
    assert wrong not in got.values(), (phenomenon, got)


# Whole pages (headline, source line, body): the publisher's own 我院/我校/我所/我会 and the
# article's own place for 市科协/市政府/省科协, against counterparts named after other places.
PAGES = [
    ("own_school_from_source", "本校与九江市人民政府签订合作协议\n来源：东湖大学新闻网\n"
     "5月8日，本校与九江市人民政府签订合作协议。", [("东湖大学", "九江市人民政府")]),
    ("own_institute_most_named", "我所与长春市政府签署协议\n5月8日，我所与长春市人民政府签署战略"
     "合作协议。长春应化所所长出席，长春应化所将全力推进。",
     [("中国科学院长春应用化学研究所", "长春市人民政府")]),
    ("own_society_from_source", "我会与黄山市科协签约\n来源：安徽省农学会\n"
     "5月8日，我会与黄山市科协签署合作协议。", [("安徽省农学会", "黄山市科学技术协会")]),
    ("own_academy_named_relative", "我院与新丰县签订框架协议\n5月8日，我院与新丰县人民政府签订科技"
     "支撑框架协议。广东省各地代表出席。省农科院将派出专家。",
     [("广东省农业科学院", "新丰县人民政府")]),
    ("own_university_not_its_school", "我校与毕节市人民政府签约\n5月8日，我校与毕节市人民政府签署"
     "合作协议。我校生命与科学学院、科技处参加。他说，这是贵州师范大学的大事。",
     [("贵州师范大学", "毕节市人民政府")]),
    ("own_centre_from_source", "我中心与北仑区科协签约\n来源：宁波市生产力促进中心\n"
     "5月8日，我中心与北仑区科协签署合作协议。",
     [("宁波市生产力促进中心", "宁波市北仑区科学技术协会")]),
    ("source_place_over_counterpart_university", "市科协与上海交通大学签署合作协议\n"
     "来源：无锡市科协\n5月8日，市科协与上海交通大学签署合作协议。上海交通大学副校长出席。",
     [("无锡市科学技术协会", "上海交通大学")]),
    ("city_named_once_over_counterpart_academy", "市政府与北京市农科院签署战略合作协议\n"
     "今天上午，市政府与北京市农科院正式签署战略合作协议。北京市农科院将发挥优势，更多成果在"
     "保定转化。", [("保定市人民政府", "北京市农林科学院")]),
    ("province_over_academy_branch_city", "省科协与中科院成都分院签署合作协议\n5月8日，省科协与"
     "中科院成都分院签署协议。成都分院院长表示，将与贵州加强合作。",
     [("贵州省科学技术协会", "中国科学院成都分院")]),
    ("city_over_university_named_for_capital", "5月8日，市政府与中国农业大学签署合作协议，"
     "北京市农林科学院专家出席。市长王某表示，延安将全力支持。",
     [("延安市人民政府", "中国农业大学")]),
    ("county_level_city_named_with_body", "义乌市科协与浙江大学签约\n5月8日，市科协与浙江大学"
     "签署合作协议。义乌市副市长出席。义乌是小商品之都。", [("义乌市科学技术协会", "浙江大学")]),
    ("county_level_city_government", "市政府与中国科协签约\n5月8日，昆山市政府与中国科协签署协议。"
     "市政府将全力支持，昆山市长出席。苏州市领导出席。",
     [("昆山市人民政府", "中国科学技术协会")]),
    ("prefecture_named_more_than_its_county_city", "5月8日，市科协与浙江大学签署合作协议。"
     "金华市副市长出席。义乌是小商品之都，金华市很美。", [("金华市科学技术协会", "浙江大学")]),
    ("bare_committee_is_the_zone_named", "芜湖高新区与安徽师范大学签约\n5月8日，管委会与安徽师范"
     "大学签署合作协议。芜湖高新区将提供支持。",
     [("芜湖高新技术产业开发区管理委员会", "安徽师范大学")]),
    ("bare_committee_after_the_full_one", "5月8日，宝鸡高新区管委会与西北大学签署协议。随后，管委会"
     "与宝鸡文理学院签约。", [("宝鸡高新技术产业开发区管理委员会", "西北大学"),
                              ("宝鸡高新技术产业开发区管理委员会", "宝鸡文理学院")]),
    ("bare_committee_without_a_zone_is_nobody", "5月8日，管委会与某大学签署协议。", []),
    ("district_over_university_city", "区政府与南京大学签约\n5月8日，区政府与南京大学签署合作"
     "协议。南京大学校长出席。江宁区区长表示欢迎。", [("南京市江宁区人民政府", "南京大学")]),
]

# Traditional script: names come out Simplified (cleaning converts, the names follow).
TRADITIONAL = [
    ("traditional_macao_university", "澳門大學與珠海市科協簽署合作協議\n"
     "5月8日，澳門大學與珠海市科學技術協會簽署合作協議。", [("澳门大学", "珠海市科学技术协会")]),
    ("traditional_kexie_government", "湖南省科協與長沙市人民政府簽署戰略合作協議\n"
     "5月8日，湖南省科協與長沙市人民政府簽署戰略合作協議。",
     [("湖南省科学技术协会", "长沙市人民政府")]),
    ("traditional_firm_brackets", "騰訊科技（深圳）有限公司與深圳市科協簽約\n"
     "5月8日，騰訊科技（深圳）有限公司與深圳市科協簽署合作協議。",
     [("腾讯科技(深圳)有限公司", "深圳市科学技术协会")]),
    ("traditional_academy_branch", "中國科學院廣州分院與肇慶市政府簽約\n"
     "5月8日，中國科學院廣州分院與肇慶市人民政府簽署合作協議。",
     [("中国科学院广州分院", "肇庆市人民政府")]),
    ("traditional_hong_kong_university", "香港科技大學與廣州市南沙區人民政府簽署協議\n"
     "5月8日，香港科技大學與廣州市南沙區人民政府簽署合作協議。",
     [("香港科技大学", "广州市南沙区人民政府")]),
    ("traditional_ministry", "科技部與青海省人民政府簽署會商議定書\n"
     "5月8日，科技部與青海省人民政府簽署部省會商議定書。",
     [("中华人民共和国科学技术部", "青海省人民政府")]),
]


@pytest.mark.parametrize(("phenomenon", "page", "expected"), PAGES + TRADITIONAL,
                         ids=[c[0] for c in PAGES + TRADITIONAL])
def test_page_parties(phenomenon: str, page: str, expected: list[tuple[str, ...]]) -> None:
    got = [tuple(sorted(p)) for p in parties_of_page(page)]
    assert sorted(set(got)) == sorted(tuple(sorted(p)) for p in expected), (phenomenon, got)


# The site's host spells its own place (www.tianshui.gov.cn): relative mentions take it, over a
# venue or a counterpart named in the text; a spelling two places share says nothing.
HOSTS = [
    ("host_city_over_venue", "http://www.tianshui.gov.cn/info/1.htm",
     "7月7日，签约仪式在兰州市某宾馆举行。市科技局与成都某某科技有限公司签订合作协议。",
     [("天水市科学技术局", "成都某某科技有限公司")]),
    ("host_subdomain_of_an_outlet", "https://shijiazhuang.example-news.com/a/2.html",
     "今天上午，市政府与中国农业大学正式签署战略合作协议。",
     [("石家庄市人民政府", "中国农业大学")]),
    ("host_city_kexie", "http://kx.yancheng.gov.cn/art/3.html",
     "5月8日，市科协与南京大学签署合作协议。", [("盐城市科学技术协会", "南京大学")]),
    ("host_province_department", "http://kjt.guizhou.gov.cn/xwzx/4.html",
     "5月8日，省科技厅与中国科学院签署合作协议。", [("贵州省科学技术厅", "中国科学院")]),
    ("host_over_counterpart_province_university", "http://www.heihe.gov.cn/5.html",
     "5月8日，市政府与黑龙江大学签署校地合作协议。", [("黑河市人民政府", "黑龙江大学")]),
    ("shared_spelling_says_nothing", "http://www.taizhou.gov.cn/6.html",
     "5月8日，泰州市科协与南京大学签署合作协议。市科协主席出席。",
     [("泰州市科学技术协会", "南京大学")]),
]


@pytest.mark.parametrize(("phenomenon", "url", "page", "expected"), HOSTS,
                         ids=[c[0] for c in HOSTS])
def test_host_place(phenomenon: str, url: str, page: str, expected: list) -> None:
    got = [tuple(sorted(p)) for p in parties_of_page(page, url)]
    assert sorted(set(got)) == sorted(tuple(sorted(p)) for p in expected), (phenomenon, got)
