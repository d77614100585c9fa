"""Construction classes of the fresh real pages (batches f, g, h), on sentences written for this
test: each class many ways (places, bodies, verbs, orders, punctuation, Traditional script), with
the negatives that keep it precise. No sentence is copied from a page.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extraction.agreements import extract_agreements
from etl.extraction.article import full_context


def parties(text: str) -> list[tuple[str, ...]]:
    got = extract_agreements(text, full_context(text), published=date(2024, 5, 20))
    return [tuple(p.name for p in a.parties) for a in got]


# Places as written (ANNOTATION.md): a place that signs is the place, unless the article names
# its government, one of its officials signs, its partner is a 科协 (会市合作) or it is one of a
# list of places.
PLACES_AS_WRITTEN = [
    ("university_with_city", "5月6日，复旦大学与嘉兴市签署全面战略合作协议。",
     [("复旦大学", "嘉兴市")]),
    ("city_first_with_society", "4月2日，南平市与中国茶叶学会签订产学研合作协议。",
     [("南平市", "中国茶叶学会")]),
    ("county_with_institute", "9月9日，中国科学院植物研究所与太仆寺旗签署科技合作协议。",
     [("中国科学院植物研究所", "太仆寺旗")]),
    ("autonomous_prefecture", "3月3日，甘孜藏族自治州与四川农业大学签订校地合作协议。",
     [("甘孜藏族自治州", "四川农业大学")]),
    ("short_city_name", "6月1日，东华大学与绍兴签署战略合作协议。",
     [("东华大学", "绍兴市")]),
    ("own_province_form",
     "2016年7月，我省与浙江大学签订省校战略合作协议。\n浙江大学与云南省举行座谈。",
     [("云南省", "浙江大学")]),
    ("two_places", "8月8日，常州市与延安市签署对口合作协议。",
     [("常州市", "延安市")]),
    ("hong_kong_university", "5月6日，香港城市大学与佛山市签署合作备忘录。",
     [("香港城市大学", "佛山市")]),
    # the government is named: the bare place stands for it
    ("government_named_elsewhere", "5月6日，复旦大学与嘉兴市签署全面战略合作协议。"
     "嘉兴市人民政府市长某某出席。", [("复旦大学", "嘉兴市人民政府")]),
    ("mayor_named", "南平市与中国茶叶学会签订合作协议。南平市委副书记、市长某某致辞。",
     [("南平市人民政府", "中国茶叶学会")]),
    ("shared_body_after_places", "5月6日，江西和甘肃两省政府签署科技合作协议。",
     [("江西省人民政府", "甘肃省人民政府")]),
    ("official_only_attends", "7月4日，扬州市与东南大学签署合作协议，副市长王某某出席签约仪式。",
     [("扬州市", "东南大学")]),
    ("official_signs_in_person", "7月4日，扬州市与东南大学签署合作协议，副市长王某某与东南大学"
     "副校长签署了协议。", [("扬州市人民政府", "东南大学")]),
    # a 科协 signs with the city: 会市合作, the government
    ("association_partner", "5月6日，福建省科协与泉州签订会市合作协议。",
     [("福建省科学技术协会", "泉州市人民政府")]),
]


@pytest.mark.parametrize(("name", "text", "expected"), PLACES_AS_WRITTEN,
                         ids=[c[0] for c in PLACES_AS_WRITTEN])
def test_places_as_written(name: str, text: str, expected: list[tuple[str, ...]]) -> None:
    assert parties(text) == expected


# The rest of a list named before (另外N所/其余N家): one agreement with each item not yet signed.
REMAINING = [
    ("rest_of_universities",
     "近日，绵阳市政府与西南科技大学、四川大学、电子科技大学三所高校签署合作协议。"
     "其中，绵阳市政府与西南科技大学签署全面合作协议。绵阳市政府还与另外两所高校签署了框架协议。",
     [("绵阳市人民政府", "西南科技大学"), ("绵阳市人民政府", "四川大学"),
      ("绵阳市人民政府", "电子科技大学")]),
    ("rest_with_qiyu",
     "5月6日，九江学院与江西省农业科学院，江西农业大学，南昌大学，华东交通大学开展对接。"
     "九江学院与南昌大学签订合作协议，与其余3家单位签订了人才培养协议。",
     [("九江学院", "南昌大学"), ("九江学院", "江西省农业科学院"), ("九江学院", "江西农业大学"),
      ("九江学院", "华东交通大学")]),
    # the rest does not add up to the count: nothing is guessed, no unnamed group kept
    ("rest_count_differs",
     "绵阳市政府与西南科技大学、四川大学签署合作协议。绵阳市政府还与另外三所高校签署了框架协议。",
     [("绵阳市人民政府", "西南科技大学"), ("绵阳市人民政府", "四川大学")]),
    # no list before: the group is not resolved
    ("rest_without_list",
     "绵阳市政府还与另外两所高校签署了框架协议。", []),
]


@pytest.mark.parametrize(("name", "text", "expected"), REMAINING, ids=[c[0] for c in REMAINING])
def test_remaining(name: str, text: str, expected: list[tuple[str, ...]]) -> None:
    assert parties(text) == expected


# Parties inside the object of the verb (签署了A与B、C的合作协议), after a reported signing.
OBJECT_PAIRS = [
    ("branch_with_two",
     "4月8日，中国科学院与河北省人民政府签署合作协议。随后，双方还签署了中科院石家庄分院"
     "与河北省科技厅、保定市政府的合作协议。",
     [("中国科学院", "河北省人民政府"), ("中国科学院石家庄分院", "河北省科学技术厅"),
      ("中国科学院石家庄分院", "保定市人民政府")]),
    ("one_pair_he",
     "6月2日，浙江大学与湖州市人民政府签署战略合作协议。会上还签订了浙江大学湖州研究院"
     "和湖州市科技局的共建协议。",
     [("浙江大学", "湖州市人民政府"), ("浙江大学湖州研究院", "湖州市科学技术局")]),
    ("cut_excerpt",
     "9月1日，四川大学与宜宾市人民政府签署合作协议。双方代表还签订了四川大学宜宾研究院"
     "与宜宾市教育局的合作协",
     [("四川大学", "宜宾市人民政府"), ("四川大学宜宾研究院", "宜宾市教育局")]),
    ("memorandum",
     "9月1日，四川大学与宜宾市人民政府签署合作协议。双方代表还签订了四川大学宜宾研究院"
     "与宜宾市教育局的合作备忘录。",
     [("四川大学", "宜宾市人民政府"), ("四川大学宜宾研究院", "宜宾市教育局")]),
    # a plan is no signing
    ("planned",
     "4月8日，中国科学院与河北省人民政府签署合作协议。双方还将签署中科院石家庄分院"
     "与保定市政府的合作协议。",
     [("中国科学院", "河北省人民政府")]),
    # no signing reported before: the object alone is no agreement
    ("without_a_signing_before",
     "会议讨论了如何签署中科院石家庄分院与保定市政府的合作协议。", []),
]


@pytest.mark.parametrize(("name", "text", "expected"), OBJECT_PAIRS,
                         ids=[c[0] for c in OBJECT_PAIRS])
def test_object_pairs(name: str, text: str, expected: list[tuple[str, ...]]) -> None:
    assert parties(text) == expected


# A group party as written (ANNOTATION.md: 等5家科研院所 is one entry), never glued to the body
# before the connector. (The counts name more members than the list: since the universities'
# short forms are known (rules/known_bodies.toml), a list naming all its members is its members,
# as tests/test_document_classes.py's complete_count.)
GROUPS = [
    ("city_with_universities",
     "5月6日，泰州市政府与南师大、南农大、江苏科大等5家高校签订了合作协议。",
     [("泰州市人民政府", "南师大、南农大、江苏科大等5家高校")]),
    ("four_short_names",
     "对接会上，盐城市政府与南师大、南工大、南邮、江苏科大等6家高校签订了全面合作协议。",
     [("盐城市人民政府", "南师大、南工大、南邮、江苏科大等6家高校")]),
]


@pytest.mark.parametrize(("name", "text", "expected"), GROUPS, ids=[c[0] for c in GROUPS])
def test_groups(name: str, text: str, expected: list[tuple[str, ...]]) -> None:
    assert parties(text) == expected


# Places in one 、-list keep their governments (the members of a group); a place next to a body
# in a list is a place as written.
PLACE_LISTS = [
    ("list_of_cities", "5月6日，中国农业大学与保定、邢台、衡水等3个城市签署合作协议。",
     [("中国农业大学", "保定市人民政府"), ("中国农业大学", "邢台市人民政府"),
      ("中国农业大学", "衡水市人民政府")]),
    ("city_and_its_zone", "5月6日，烟台市、烟台经济技术开发区管委会与山东大学签署了合作协议。",
     [("烟台市", "烟台经济技术开发区管理委员会", "山东大学")]),
]


@pytest.mark.parametrize(("name", "text", "expected"), PLACE_LISTS,
                         ids=[c[0] for c in PLACE_LISTS])
def test_place_lists(name: str, text: str, expected: list[tuple[str, ...]]) -> None:
    assert parties(text) == expected


# Not signings: a preview that opens with 届时; the places of a signing its bodies report.
NEGATIVES = [
    ("preview_jieshi", "9月1日将举行签约活动。届时，汉中市、安康市、西北大学相关负责人将分别"
     "介绍合作模式，并共同签订战略合作协议。", []),
    ("preview_after_date", "9月1日，届时安康市与西北大学共同签订合作协议。", []),
    ("places_and_their_bodies",
     "浙赣两地签订合作协议 会上，国家技术转移东部中心与国家技术转移南方中心签订了合作协议。",
     [("国家技术转移东部中心", "国家技术转移南方中心")]),
]


@pytest.mark.parametrize(("name", "text", "expected"), NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_negatives(name: str, text: str, expected: list[tuple[str, ...]]) -> None:
    assert parties(text) == expected


# A list of bodies that opens the sentence signs in a later clause with no subject of its own.
SUBJECT_LISTS = [
    ("shared_suffix_with_stray_commas",
     "本报讯 湖南省,、湖北省,、江西省科协9日齐聚长沙,召开协作座谈会,签署《区域科普合作协议》。",
     [("湖南省科学技术协会", "湖北省科学技术协会", "江西省科学技术协会")]),
    ("meeting_then_sign",
     "6月3日，四川省科技厅、重庆市科技局在成都召开联席会议，共同签署科技合作协议。",
     [("四川省科学技术厅", "重庆市科学技术局")]),
    ("bodies_with_he",
     "日前，贵州大学和遵义市人民政府齐聚一堂，举行座谈，并签署校地合作协议。",
     [("贵州大学", "遵义市人民政府")]),
    # the list attends, or signs later: nothing
    ("list_attends",
     "本报讯 湖南省,、湖北省科协负责人9日出席会议,签署了合作协议。", []),
    ("list_after_a_verb",
     "本报讯 会上发布了湖南省,、湖北省科协9日的成果,现场签约项目12个。", []),
    ("list_will_sign",
     "本报讯 湖南省,、湖北省科协9日将在长沙召开座谈会,签署《区域科普合作协议》。", []),
]


@pytest.mark.parametrize(("name", "text", "expected"), SUBJECT_LISTS,
                         ids=[c[0] for c in SUBJECT_LISTS])
def test_subject_lists(name: str, text: str, expected: list[tuple[str, ...]]) -> None:
    assert parties(text) == expected


# A count of documents right before the bracket listing their signers: one document each.
COUNTED_LISTS = [
    ("three_universities_bracket",
     "5月6日，会上签约合作项目30项，其中校市合作类3项（苏州大学、河海大学、江南大学与"
     "南通市人民政府签订合作协议）。",
     [("苏州大学", "南通市人民政府"), ("河海大学", "南通市人民政府"),
      ("江南大学", "南通市人民政府")]),
    ("two_institutes_bracket",
     "5月6日，共建类项目2个(中国科学院大连化学物理研究所、中国科学院金属研究所和"
     "沈阳市人民政府签订共建协议)。",
     [("中国科学院大连化学物理研究所", "沈阳市人民政府"),
      ("中国科学院金属研究所", "沈阳市人民政府")]),
    # the count is not the number of items: one joint document as written
    ("count_differs",
     "5月6日，签约项目5项（苏州大学、河海大学与南通市人民政府签订三方合作协议）。",
     [("苏州大学", "河海大学", "南通市人民政府")]),
    ("joint_without_count",
     "5月6日，苏州大学、河海大学与南通市人民政府签订三方合作协议。",
     [("苏州大学", "河海大学", "南通市人民政府")]),
]


@pytest.mark.parametrize(("name", "text", "expected"), COUNTED_LISTS,
                         ids=[c[0] for c in COUNTED_LISTS])
def test_counted_lists(name: str, text: str, expected: list[tuple[str, ...]]) -> None:
    assert parties(text) == expected


# A listed group whose count is the number of its named items (A、B、C等三方签署): the items.
COMPLETE_GROUPS = [
    ("three_parties",
     "5月6日，山东大学、济南市科技局、齐鲁工业大学等三方签署了合作协议。",
     [("山东大学", "济南市科学技术局", "齐鲁工业大学")]),
    ("four_units_jia",
     "会上，武汉大学、华中科技大学、襄阳市人民政府、东风汽车集团有限公司等4家共同签订合作协议。",
     [("武汉大学", "华中科技大学", "襄阳市人民政府", "东风汽车集团有限公司")]),
    # more parties than named: a third one the text does not name, no partial entry
    ("count_exceeds_items",
     "5月6日，山东大学、齐鲁工业大学等三方签署了合作协议。", []),
]


@pytest.mark.parametrize(("name", "text", "expected"), COMPLETE_GROUPS,
                         ids=[c[0] for c in COMPLETE_GROUPS])
def test_complete_groups(name: str, text: str, expected: list[tuple[str, ...]]) -> None:
    assert parties(text) == expected
