"""The organisation recogniser, form by form, on sentences written for these tests.

Each case names the form it covers: the recogniser must find the mention in a sentence and name
it canonically (etl/extraction/organisations.py, rules/orgs.toml). A second table holds what is
no organisation, or no more than a part of one.
"""

from __future__ import annotations

import pytest

from etl.extraction.article import full_context
from etl.extraction.organisations import find_organisations, resolve_against
from etl.extraction.orgs import ArticleContext, parse_org


def found(text: str) -> dict[str, str]:
    """mention -> canonical name of every organisation the recogniser finds in `text`."""
    return {m.mention: m.name for m in find_organisations(text, full_context(text))}


FORMS = [
    # --- place + body suffix, abbreviations expanded
    (
        "place_kexie",
        "8月3日，云南省科协与曲靖市政府签署合作协议。",
        "云南省科协",
        "云南省科学技术协会",
    ),
    (
        "place_government",
        "8月3日，云南省科协与曲靖市政府签署合作协议。",
        "曲靖市政府",
        "曲靖市人民政府",
    ),
    (
        "bureau_short",
        "日前，商丘市科技局与洛阳市科技局签订协议。",
        "商丘市科技局",
        "商丘市科学技术局",
    ),
    ("department", "湖北省科技厅与襄阳市人民政府举行会商。", "湖北省科技厅", "湖北省科学技术厅"),
    (
        "district_keeps_city",
        "西湖区人民政府与浙江大学签约。",
        "西湖区人民政府",
        "杭州市西湖区人民政府",
    ),
    (
        "place_chain",
        "黑龙江省伊春市人民政府与某所签署协议。",
        "黑龙江省伊春市人民政府",
        "伊春市人民政府",
    ),
    (
        "old_scientists",
        "江西省老科协与南昌市老科协签订协议。",
        "江西省老科协",
        "江西省老科学技术工作者协会",
    ),
    (
        "social_sciences",
        "南宁市社科联与柳州市社科联结成对子。",
        "南宁市社科联",
        "南宁市社会科学界联合会",
    ),
    (
        "commerce_federation",
        "温州市工商联与台州市工商联签约。",
        "温州市工商联",
        "温州市工商业联合会",
    ),
    (
        "museum_province",
        "临湘县人民政府与湖南省科技馆签署框架协议。",
        "湖南省科技馆",
        "湖南省科学技术馆",
    ),
    ("museum_own_name", "复旦大学与上海科技馆签署合作协议。", "上海科技馆", "上海科技馆"),
    (
        "productivity_centre",
        "泉州市生产力促进中心与某公司签约。",
        "泉州市生产力促进中心",
        "泉州市生产力促进中心",
    ),
    (
        "zone_committee",
        "福州经济技术开发区管委会与福州大学签约。",
        "福州经济技术开发区管委会",
        "福州经济技术开发区管理委员会",
    ),
    (
        "zone_high_tech",
        "扬州国家高新区与南京大学签署协议。",
        "扬州国家高新区",
        "扬州国家高新技术产业开发区管理委员会",
    ),
    (
        "zone_of_new_area",
        "西咸新区沣西新城管委会与某大学签订协议。",
        "西咸新区沣西新城管委会",
        "陕西省西咸新区沣西新城管理委员会",
    ),
    ("academy_branch", "中科院成都分院与自贡市政府签约。", "中科院成都分院", "中国科学院成都分院"),
    ("academy_branch_short", "上海分院与嘉兴市签署合作协议。", "上海分院", "中国科学院上海分院"),
    (
        "academy_institute",
        "中国科学院青岛生物能源与过程研究所与某县签约。",
        "中国科学院青岛生物能源与过程研究所",
        "中国科学院青岛生物能源与过程研究所",
    ),
    ("provincial_academy", "山东省农科院与德州市政府签约。", "山东省农科院", "山东省农业科学院"),
    ("national_academy_short", "中国农科院与某市签署协议。", "中国农科院", "中国农业科学院"),
    (
        "ministry_institute",
        "农业部南京农业机械化研究所与某县政府签订协议。",
        "农业部南京农业机械化研究所",
        "农业部南京农业机械化研究所",
    ),
    ("ministry", "科技部与宁南省政府签订议定书。", "科技部", "中华人民共和国科学技术部"),
    (
        "foreign_agency",
        "东湖大学与西班牙国家科技创新促进署签署协议。",
        "西班牙国家科技创新促进署",
        "西班牙国家科技创新促进署",
    ),
    (
        "unit_named_in_quotes",
        "东湖大学“青少年科创教育基地”与九江市科协签约。",
        "东湖大学“青少年科创教育基地”",
        "东湖大学青少年科创教育基地",
    ),
    ("alias_without_head_noun", "中国有研与某省政府签署协议。", "中国有研",
     "中国有研科技集团有限公司"),
    ("national_society", "中国机械工程学会与洛阳市签约。", "中国机械工程学会", "中国机械工程学会"),
    (
        "society_federation",
        "长沙市学会联合体与株洲市科协签约。",
        "长沙市学会联合体",
        "长沙市学会联合体",
    ),
    (
        "promotion_association",
        "深圳市科技促进会与某园区签约。",
        "深圳市科技促进会",
        "深圳市科技促进会",
    ),
    ("university", "西北农林大学与某县签订校地合作协议。", "西北农林大学", "西北农林大学"),
    (
        "university_college",
        "复旦大学生命科学学院与某企业签约。",
        "复旦大学生命科学学院",
        "复旦大学生命科学学院",
    ),
    ("company", "腾讯公司与某省科协签署协议。", "腾讯公司", "腾讯公司"),
    (
        "company_registered",
        "杭州云栖科技有限公司与某区签约。",
        "杭州云栖科技有限公司",
        "杭州云栖科技有限公司",
    ),
    (
        "company_with_bracket",
        "中科智算(北京)科技有限公司与某区签约。",
        "中科智算(北京)科技有限公司",
        "中科智算(北京)科技有限公司",
    ),
    ("bank", "省科技厅与兴业银行签署协议。", "兴业银行", "兴业银行股份有限公司"),
    ("newspaper", "襄阳日报社与襄阳市科协签约。", "襄阳日报社", "襄阳日报社"),
    (
        "engineering_centre",
        "某县与江苏省农业工程中心签约。",
        "江苏省农业工程中心",
        "江苏省农业工程中心",
    ),
    ("school", "西岭小学与某局签订馆校合作协议。", "西岭小学", "西岭小学"),
    (
        "corps_division",
        "兵团第十四师昆玉市科协与和田地区科协签约。",
        "兵团第十四师昆玉市科协",
        "新疆生产建设兵团第十四师昆玉市科学技术协会",
    ),
    ("prefecture_area", "和田地区科协与某师科协签约。", "和田地区科协", "和田地区科学技术协会"),
    (
        "autonomous_prefecture_short",
        "博州人民政府与某厅签约。",
        "博州人民政府",
        "博尔塔拉蒙古自治州人民政府",
    ),
    ("bare_city_is_government", "某院与嘉兴市签署合作协议。", "嘉兴市", "嘉兴市人民政府"),
    ("bare_province_stays_place", "福建省与某工程院签署战略合作协议。", "福建省", "福建省"),
    (
        "macao_body",
        "澳门科学技术发展基金与广东省科技厅签署安排。",
        "澳门科学技术发展基金",
        "澳门科学技术发展基金",
    ),
    ("macao_region", "内地与澳门特区签署协议。", "澳门特区", "澳门特别行政区"),
    (
        "hong_kong_government",
        "香港特区政府与某省政府签署备忘录。",
        "香港特区政府",
        "香港特别行政区政府",
    ),
    (
        "hong_kong_society",
        "贵州省科协与香港生物科技协会续签协定。",
        "香港生物科技协会",
        "香港生物科技协会",
    ),
    (
        "merged_office",
        "杨浦区科委（协）与某学院签订协议。",
        "杨浦区科委（协）",
        "上海市杨浦区科学技术委员会(科学技术协会)",
    ),
    ("group_count", "5家园区企业与某学院签订合作协议。", "5家园区企业", "5家园区企业"),
    (
        "group_count_kexie",
        "6个县（市、区）科协与学会签约。",
        "6个县（市、区）科协",
        "6个县（市、区）科学技术协会",
    ),
    (
        "group_related_units",
        "三家企业与西岭大学相关学院签约。",
        "西岭大学相关学院",
        "西岭大学相关学院",
    ),
    (
        "group_listed",
        "中国甲学会、中国乙学会等2家全国学会与某市签约。",
        "中国甲学会、中国乙学会等2家全国学会",
        "中国甲学会、中国乙学会等2家全国学会",
    ),
    (
        "collective",
        "会上，清江流域科协签订了协同发展协议。",
        "清江流域科协",
        "清江流域科学技术协会",
    ),
]


@pytest.mark.parametrize(("name", "text", "mention", "canonical"), FORMS,
                         ids=[c[0] for c in FORMS])
def test_form(name: str, text: str, mention: str, canonical: str) -> None:
    got = found(text)
    assert mention in got, f"{name}: {mention} not among {got}"
    assert got[mention] == canonical


# The name's start is decided by its shape: what stands before it is not part of it.
BOUNDARIES = [
    ("after_representative", "副校长王某代表西岭农业大学与某县人民政府签约。", "西岭农业大学"),
    ("after_this_time", "此次南湖大学与某县签署协议。", "南湖大学"),
    ("after_generic_noun", "首批建设高校华东理工大学与某区签署协议。", "华东理工大学"),
    ("after_epithet", "革命老区临沂市科协与某所签署协议。", "临沂市科协"),
    ("spam_before_branch", "澳门赌场上海分院与某市签署协议。", "上海分院"),
    (
        "connector_inside_name",
        "成都川哈工机器人及智能装备产业技术研究院与某园区签约。",
        "成都川哈工机器人及智能装备产业技术研究院",
    ),
    ("title_after_body", "市委常委带领安康市科技局局长刘某考察。", "安康市科技局"),
]


@pytest.mark.parametrize(("name", "text", "mention"), BOUNDARIES, ids=[c[0] for c in BOUNDARIES])
def test_boundary(name: str, text: str, mention: str) -> None:
    assert mention in found(text)


# Not organisations (or not these strings): the recogniser finds none of them.
SHOULD_NOT_MATCH = [
    (
        "verb_phrase_after_government",
        "九江市人民政府召开市校合作推进会议。",
        "九江市人民政府召开市校合作推进会",
    ),
    ("connector_before_village", "市科协与盐东镇东南村签约。", "协与盐东镇东南村"),
    ("count_crossing_connector", "13个设区市与全国学会签约。", "13个设区市与全国学会"),
    ("title_is_no_body", "市科技局局长张某出席。", "市科技局局"),
    ("hong_kong_no_government", "香港工程师学会与省科协签约。", "香港特别行政区科学技术协会"),
    ("half_a_bracket", "中科智算(北京)科技有限公司与某区签约。", "北京)科技有限公司"),
    ("street_is_no_place", "在北京路小学举行。", "北京市人民政府"),
    # a head noun running on into a common word ends no name there (会议, 所有, 院士)
    ("head_runs_on_into_meeting", "九江市科协会议室里，双方举行座谈。", "九江市科协会"),
    ("head_runs_on_into_all", "西岭研究所所有科研人员参加。", "西岭研究所所"),
    ("head_runs_on_into_academician", "东湖研究院院士专家工作站揭牌。", "东湖研究院院"),
]


@pytest.mark.parametrize(("name", "text", "wrong"), SHOULD_NOT_MATCH,
                         ids=[c[0] for c in SHOULD_NOT_MATCH])
def test_should_not_match(name: str, text: str, wrong: str) -> None:
    got = found(text)
    assert wrong not in got and wrong not in got.values(), got


# Relative mentions take the article's place.
RELATIVE = [
    (
        "province_from_named_body",
        "海南省科协与香港生物科技协会续签协定。香港生物科技协会很活跃。省科协表示欢迎。",
        "省科协",
        "海南省科学技术协会",
    ),
    (
        "autonomous_region_is_a_region",
        "湖北省科技厅、博州人民政府在武汉签约。新疆各地积极推进，自治区科技厅表示支持。",
        "自治区科技厅",
        "新疆维吾尔自治区科学技术厅",
    ),
    (
        "city_bureau_on_city_site",
        "宝鸡市今年推进科普。开幕式上，市地震局与某小学签订协议。",
        "市地震局",
        "宝鸡市地震局",
    ),
    (
        "pointing_to_previous_city",
        "专家一行到张家口市考察，代表某院与该市产业集聚区签约。",
        "该市产业集聚区",
        "张家口市产业集聚区",
    ),
    (
        "we_province_is_its_government",
        "江西省召开大会。中国科协与我省签署协议。",
        "我省",
        "江西省人民政府",
    ),
]


@pytest.mark.parametrize(("name", "text", "mention", "canonical"), RELATIVE,
                         ids=[c[0] for c in RELATIVE])
def test_relative(name: str, text: str, mention: str, canonical: str) -> None:
    assert found(text).get(mention) == canonical


def test_relative_mention_is_not_its_counterpart() -> None:
    """我市科技局 signing with 常州市科技局 is the article's other city."""
    ctx = ArticleContext(province="320000", city="320400", cities=("320400", "610900"))
    ours, theirs = parse_org("我市科技局", ctx), parse_org("常州市科技局", ctx)
    assert ours.name == "常州市科学技术局"  # read alone, the article's main city
    assert resolve_against(ours, (ours, theirs), ctx).name == "安康市科学技术局"


def test_bare_province_with_its_government_named() -> None:
    """A bare province stands for its government where the article names that government."""
    text = "甘肃省副省长出席。会上，甘肃省与某工程院签署战略合作协议。"
    assert found(text)["甘肃省"] == "甘肃省人民政府"
