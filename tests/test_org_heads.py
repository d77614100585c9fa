"""Organisations by the shape of their names, on sentences written for these tests.

Three phenomena of issue 11 (gold parties the recogniser does not name): head nouns it did not
know (协进会, 总会, 联盟, 服务团, 分公司 …) after a place or a proper name and its modifiers; Hong
Kong, Macao, Taiwan and foreign bodies kept as written (never a 人民政府); and a short form
that a full form on the same page explains (海蓝集团 … 珠海海蓝集团有限公司, in either order).
Every row checks the recognised name and the agreement extracted from the whole page.
"""

from __future__ import annotations

import pytest

from tests.extraction_support import names_on_page as names
from tests.extraction_support import page_agreements


def agreements(page: str) -> list[tuple[str, ...]]:
    """The party sets of the page's agreements, each sorted, without repeats."""
    return sorted({tuple(sorted(p.name for p in a.parties)) for a in page_agreements(page)})


# (phenomenon, page, mention as cleaned, canonical name, the page's agreements)
HEADS = [
    ("alliance_after_province_short", "5月8日，广西农业产业技术创新战略联盟与南宁市科协签署合作"
     "协议。", "广西农业产业技术创新战略联盟", "广西农业产业技术创新战略联盟",
     [("南宁市科学技术协会", "广西农业产业技术创新战略联盟")]),
    ("alliance_after_city", "9月12日，温州鞋革产业技术创新联盟与浙江工业大学签订产学研合作协议。",
     "温州鞋革产业技术创新联盟", "温州鞋革产业技术创新联盟",
     [("浙江工业大学", "温州鞋革产业技术创新联盟")]),
    ("alliance_by_its_field", "会上，智能网联汽车产业技术创新联盟与襄阳市人民政府签署战略合作"
     "协议。", "智能网联汽车产业技术创新联盟", "智能网联汽车产业技术创新联盟",
     [("智能网联汽车产业技术创新联盟", "襄阳市人民政府")]),
    ("general_chamber_after_province", "6月18日，江西省侨商总会与赣州市科协签署战略合作协议。",
     "江西省侨商总会", "江西省侨商总会", [("江西省侨商总会", "赣州市科学技术协会")]),
    ("joint_general_federation", "11月3日，广东省侨界科技工作者联合总会与湛江市科协签订合作"
     "框架协议。", "广东省侨界科技工作者联合总会", "广东省侨界科技工作者联合总会",
     [("广东省侨界科技工作者联合总会", "湛江市科学技术协会")]),
    ("advancement_society_after_province", "江苏省科技交流协进会与南京市科协签署合作协议。",
     "江苏省科技交流协进会", "江苏省科技交流协进会",
     [("南京市科学技术协会", "江苏省科技交流协进会")]),
    ("service_team_of_old_scientists", "4月20日，四川省老科协专家服务团与攀枝花市人民政府签署"
     "科技服务协议。", "四川省老科协专家服务团", "四川省老科学技术工作者协会专家服务团",
     [("四川省老科学技术工作者协会专家服务团", "攀枝花市人民政府")]),
    ("service_team_of_a_region", "7月2日，长三角老科协专家科技服务团与黄山市政府签订合作协议。",
     "长三角老科协专家科技服务团", "长三角老科学技术工作者协会专家科技服务团",
     [("长三角老科学技术工作者协会专家科技服务团", "黄山市人民政府")]),
    ("company_branch_after_brand", "3月9日，中国石油兰州石化分公司与兰州新区管委会签署合作协议。",
     "中国石油兰州石化分公司", "中国石油兰州石化分公司",
     [("中国石油兰州石化分公司", "兰州新区管理委员会")]),
    ("friendship_association", "5月20日，福建省留学人员联谊会与莆田市科协签署合作协议。",
     "福建省留学人员联谊会", "福建省留学人员联谊会",
     [("福建省留学人员联谊会", "莆田市科学技术协会")]),
    ("traditional_alliance", "5月8日，廣東省智能製造產業技術創新聯盟與佛山市科協簽署合作協議。",
     "广东省智能制造产业技术创新联盟", "广东省智能制造产业技术创新联盟",
     [("佛山市科学技术协会", "广东省智能制造产业技术创新联盟")]),
    ("incubator_by_its_name", "5月8日，杭州未来科技城孵化器与浙江大学签署共建协议。",
     "杭州未来科技城孵化器", "杭州未来科技城孵化器",
     [("杭州未来科技城孵化器", "浙江大学")]),
    ("college_of_higher_education", "5月8日，重庆医药高等专科学校与万州区人民政府签订校地合作"
     "协议。",
     "重庆医药高等专科学校", "重庆医药高等专科学校",
     [("重庆医药高等专科学校", "重庆市万州区人民政府")]),
    ("societies_joint_body_by_region", "5月8日，长三角科技学会联合体与嘉兴市科协签约。",
     "长三角科技学会联合体", "长三角科技学会联合体",
     [("嘉兴市科学技术协会", "长三角科技学会联合体")]),
    ("work_station_after_province", "5月8日，海南省南繁科技工作站与三亚市科协签约。",
     "海南省南繁科技工作站", "海南省南繁科技工作站",
     [("三亚市科学技术协会", "海南省南繁科技工作站")]),
    ("collaborative_innovation_centre", "5月8日，江苏省智能制造协同创新中心与常州市科协签署合作"
     "协议。", "江苏省智能制造协同创新中心", "江苏省智能制造协同创新中心",
     [("常州市科学技术协会", "江苏省智能制造协同创新中心")]),
    ("agricultural_academy_after_city_short", "5月8日，聊城农科院与东阿县人民政府签署科技合作"
     "协议。", "聊城农科院", "聊城市农业科学院", [("东阿县人民政府", "聊城市农业科学院")]),
    ("agricultural_academy_after_region_short", "5月8日，广西农科院与百色市人民政府签约。",
     "广西农科院", "广西壮族自治区农业科学院",
     [("广西壮族自治区农业科学院", "百色市人民政府")]),
    ("firm_whose_name_holds_he", "5月8日，中国纺织和服装工业研究院(石狮)有限公司与石狮市科技局"
     "签约。", "中国纺织和服装工业研究院（石狮）有限公司", "中国纺织和服装工业研究院(石狮)有限公司",
     [("中国纺织和服装工业研究院(石狮)有限公司", "石狮市科学技术局")]),
]

# Hong Kong, Macao, Taiwan and foreign bodies: as written (Simplified), never a 人民政府.
SAR_AND_FOREIGN = [
    ("macao_advancement_society_traditional", "5月8日，澳門科學技術協進會與珠海市科協簽署合作"
     "協議。", "澳门科学技术协进会", "澳门科学技术协进会",
     [("澳门科学技术协进会", "珠海市科学技术协会")]),
    ("hong_kong_general_chamber_traditional", "5月8日，香港工業總會與東莞市人民政府簽署戰略合作"
     "協議。", "香港工业总会", "香港工业总会", [("东莞市人民政府", "香港工业总会")]),
    ("hong_kong_general_chamber_simplified", "香港中华厂商联合会与中山市科协签署合作备忘录。",
     "香港中华厂商联合会", "香港中华厂商联合会", [("中山市科学技术协会", "香港中华厂商联合会")]),
    ("hong_kong_institute", "5月8日，香港应用科技研究院与佛山市南海区人民政府签署合作备忘录。",
     "香港应用科技研究院", "香港应用科技研究院",
     [("佛山市南海区人民政府", "香港应用科技研究院")]),
    ("macao_alliance", "5月8日，澳门中医药产业联盟与横琴粤澳深度合作区执行委员会签约。",
     "澳门中医药产业联盟", "澳门中医药产业联盟",
     [("横琴粤澳深度合作区执行委员会", "澳门中医药产业联盟")]),
    ("taiwan_institute", "5月8日，台湾工业技术研究院与福建省科学技术厅签署合作备忘录。",
     "台湾工业技术研究院", "台湾工业技术研究院",
     [("台湾工业技术研究院", "福建省科学技术厅")]),
    ("taiwan_advancement_society", "台灣中華工商協進會與廈門市科協簽署交流合作協議。",
     "台湾中华工商协进会", "台湾中华工商协进会",
     [("厦门市科学技术协会", "台湾中华工商协进会")]),
    ("foreign_society", "5月8日，德国弗劳恩霍夫协会与苏州市人民政府签署合作协议。",
     "德国弗劳恩霍夫协会", "德国弗劳恩霍夫协会", [("德国弗劳恩霍夫协会", "苏州市人民政府")]),
    ("foreign_academy_branch", "5月8日，俄罗斯科学院西伯利亚分院与黑龙江省科学院签署合作协议。",
     "俄罗斯科学院西伯利亚分院", "俄罗斯科学院西伯利亚分院",
     [("俄罗斯科学院西伯利亚分院", "黑龙江省科学院")]),
    ("foreign_agency", "5月8日，新加坡科技研究局与江苏省科学技术厅签约。", "新加坡科技研究局",
     "新加坡科技研究局", [("新加坡科技研究局", "江苏省科学技术厅")]),
    ("macao_general_chamber", "5月8日，澳门中华总商会与江门市科协签署合作协议。",
     "澳门中华总商会", "澳门中华总商会", [("江门市科学技术协会", "澳门中华总商会")]),
]

# A short form explained by a full form on the same page (either order), same head.
SHORT_AFTER_FULL = [
    ("group_full_first", "珠海海蓝集团有限公司是一家大型企业。5月8日，海蓝集团与珠海市科协签署"
     "战略合作协议。", "海蓝集团", "珠海海蓝集团有限公司",
     [("珠海市科学技术协会", "珠海海蓝集团有限公司")]),
    ("group_short_first", "5月8日，宏远集团与佛山市科协签署合作协议。佛山宏远集团有限公司成立于"
     "1990年。", "宏远集团", "佛山宏远集团有限公司",
     [("佛山宏远集团有限公司", "佛山市科学技术协会")]),
    ("company_short_in_order", "深圳市腾云科技有限公司董事长出席。5月8日，腾云公司与南山区科协"
     "签约。", "腾云公司", "深圳市腾云科技有限公司",
     [("深圳市南山区科学技术协会", "深圳市腾云科技有限公司")]),
    ("institute_short_without_its_province", "江苏省先进材料研究院院长出席。5月8日，先进材料"
     "研究院与常州市科协签约。", "先进材料研究院", "江苏省先进材料研究院",
     [("常州市科学技术协会", "江苏省先进材料研究院")]),
    ("alliance_without_its_strategy", "制鞋产业技术创新战略联盟协办。5月8日，制鞋产业技术创新"
     "联盟与晋江市科技局签署合作协议。", "制鞋产业技术创新联盟", "制鞋产业技术创新战略联盟",
     [("制鞋产业技术创新战略联盟", "晋江市科学技术局")]),
    ("traditional_group", "珠海海藍集團有限公司董事長出席。5月8日，海藍集團與珠海市科協簽署"
     "合作協議。", "海蓝集团", "珠海海蓝集团有限公司",
     [("珠海市科学技术协会", "珠海海蓝集团有限公司")]),
    ("society_short_in_headline", "湖南省生物医药学会与长沙市科协签约\n5月8日，湖南省生物医药"
     "学会与长沙市科协签署合作协议。生物医药学会将组织专家服务。", "生物医药学会",
     "湖南省生物医药学会", [("湖南省生物医药学会", "长沙市科学技术协会")]),
    ("network_short_inside", "本次会议由中国产业技术创新战略联盟协同发展网主办。会上，晋江市"
     "科技局与中国产业技术创新战略联盟协发网签署合作协议。",
     "中国产业技术创新战略联盟协发网", "中国产业技术创新战略联盟协同发展网",
     [("中国产业技术创新战略联盟协同发展网", "晋江市科学技术局")]),
]

TABLES = {"head": HEADS, "sar": SAR_AND_FOREIGN, "short": SHORT_AFTER_FULL}
CASES = [(f"{k}:{c[0]}", *c[1:]) for k, rows in TABLES.items() for c in rows]


@pytest.mark.parametrize(("phenomenon", "page", "mention", "canonical", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_name_and_agreement(phenomenon: str, page: str, mention: str, canonical: str,
                            expected: list[tuple[str, ...]]) -> None:
    got = names(page)
    assert got.get(mention) == canonical, (phenomenon, got)
    assert agreements(page) == sorted(tuple(sorted(p)) for p in expected), phenomenon


# Boundaries and look-alikes: (phenomenon, page, the page's agreements).
NEGATIVES = [
    ("generic_alliance_is_no_party", "5月8日，该市推动产业技术创新战略联盟建设，市科协与某大学"
     "签署合作协议。", []),
    ("verb_not_glued_on_alliance", "5月8日，市政府支持成立新能源汽车产业联盟。温州市科协与温州"
     "大学签署合作协议。", [("温州大学", "温州市科学技术协会")]),
    ("different_place_is_no_short_form", "江苏省先进材料研究院院长出席。5月8日，南京先进材料研究院"
     "与常州市科协签约。", [("南京先进材料研究院", "常州市科学技术协会")]),
    ("two_full_forms_leave_the_short", "珠海海蓝集团有限公司和青岛海蓝集团有限公司出席。5月8日，"
     "海蓝集团与珠海市科协签约。", [("海蓝集团", "珠海市科学技术协会")]),
    ("branch_is_not_the_group", "海蓝集团深圳分公司出席。5月8日，海蓝集团与珠海市科协签约。",
     [("海蓝集团", "珠海市科学技术协会")]),
    ("place_before_a_national_name_is_no_full_form", "会议在上海中科院药物创新中心举行。5月8日，"
     "中科院药物创新中心与台州市政府签约。", [("中国科学院药物创新中心", "台州市人民政府")]),
    ("he_between_two_parties_still_joins_them", "5月8日，泉州市科协和福建海蓝科技有限公司签署"
     "合作协议。", [("泉州市科学技术协会", "福建海蓝科技有限公司")]),
    ("unit_named_after_the_whole_is_no_full_form", "6月3日，中国声学学会与无锡市梁溪区人民政府"
     "签约，双方共建中国声学学会梁溪学会服务站。", [("中国声学学会", "无锡市梁溪区人民政府")]),
    ("hong_kong_is_no_place_government", "5月8日，香港与深圳签署科技合作协议。",
     [("深圳市", "香港特别行政区")]),
]


@pytest.mark.parametrize(("phenomenon", "page", "expected"), NEGATIVES,
                         ids=[c[0] for c in NEGATIVES])
def test_not_these(phenomenon: str, page: str, expected: list[tuple[str, ...]]) -> None:
    assert agreements(page) == sorted(tuple(sorted(p)) for p in expected), phenomenon
