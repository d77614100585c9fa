"""Signings whose sentence names none or only one of the parties (issue 11): the parties come
from the discourse, in a fixed order: the sentence's own organisations; the organisations named
together (与/和/同/携手) in the sentences before it, in its paragraph; the headline's pair; the
page's own body (its source line) as the missing one of a pair whose other party is named.

Every sentence here was written for this test (invented places, bodies and people); none is
copied from a page. Each case lists the exact agreements (party sets) the article gives.
"""

from __future__ import annotations

import pytest

from etl.pipeline import process_document
from etl.records import RawDocument

DATE_LINE = "发布时间：2024-05-20 10:00\n"


def parties(body: str) -> list[tuple[str, ...]]:
    """The agreements of an article (headline, date line, body) as sorted party names."""
    text = body.split("\n", 1)
    article = text[0] + "\n" + DATE_LINE + (text[1] if len(text) > 1 else "")
    got = process_document(RawDocument("t", "t.txt", "txt", article, "t")).agreements
    return sorted({tuple(sorted(p.name for p in a.parties)) for a in got})


def pair(*names: str) -> tuple[str, ...]:
    return tuple(sorted(names))


# The sentence's own parties, with an aside in brackets between a party and its connector.
ASIDES = [
    ("alias_aside",
     "科技工作简讯\n4月2日，山东省农业科学院（以下简称“山东农科院”）与聊城市人民政府签署科技合作协议。",
     [pair("山东省农业科学院", "聊城市人民政府")]),
    ("nested_asides",
     "科技工作简讯\n3月3日，湖北省科技信息研究院（湖北省科学技术情报所）〔简称鄂科信（情报所）〕"
     "与武汉大学签署战略合作框架协议。",
     [pair("湖北省科技信息研究院", "武汉大学")]),
    ("aside_traditional",
     "科技工作簡訊\n5月9日，澳門大學（簡稱“澳大”）與珠海市人民政府簽署合作備忘錄。",
     [pair("澳门大学", "珠海市人民政府")]),
]

# The document's name, written without 《》 after the verb, names the pair.
OBJECT_NAMES_PAIR = [
    ("object_names_pair",
     "科技工作简讯\n5月6日，会上签署了湖北省科协与宜昌市人民政府会市合作协议。",
     [pair("湖北省科学技术协会", "宜昌市人民政府")]),
    ("object_names_pair_traditional",
     "科技工作簡訊\n8月1日，會上簽訂了四川大學與宜賓市人民政府戰略合作框架協議。",
     [pair("四川大学", "宜宾市人民政府")]),
]

# The headline names the pair; the body reports the signing as an event without naming them.
HEADLINE_PAIR = [
    ("ceremony_held",
     "湖北省科协与宜昌市人民政府深化会市合作\n4月8日，会市合作协议签约仪式在宜昌举行。",
     [pair("湖北省科学技术协会", "宜昌市人民政府")]),
    ("ceremony_held_join_verb",
     "江西省科协携手赣州市政府共推科技创新\n6月3日上午，战略合作签约仪式在赣州市举行。",
     [pair("江西省科学技术协会", "赣州市人民政府")]),
    ("signed_without_subject",
     "甘肃农业大学与定西市人民政府共建乡村振兴研究院\n9月12日，在定西举行的座谈会上签署了校地合作框架协议。",
     [pair("甘肃农业大学", "定西市人民政府")]),
    ("headline_comma_pair",
     "浙江大学、丽水市人民政府深化科技合作\n3月15日上午，战略合作协议签约仪式举行。市长某某致辞。",
     [pair("浙江大学", "丽水市人民政府")]),
    ("opening_ceremony_scene",
     "重庆市科协与万州区人民政府共建科技创新高地\n5月6日，首届科技创新论坛在万州开幕。\n"
     "开幕式上，举行了会地合作协议签约仪式。",
     [pair("重庆市科学技术协会", "重庆市万州区人民政府")]),
    ("restated_by_ceremony_day",
     "贵州省科协与遵义市人民政府签署战略合作协议\n6月6日，签约仪式在遵义举行，省科协主席某某致辞。",
     [pair("贵州省科学技术协会", "遵义市人民政府")]),
    ("traditional_script",
     "廣西壯族自治區科協與柳州市人民政府攜手推進科技創新\n5月10日，會市合作協議簽約儀式在柳州舉行。",
     [pair("广西壮族自治区科学技术协会", "柳州市人民政府")]),
]

# The pair is named together in a sentence before (a meeting, a visit), the signing in the next.
SENTENCES_BEFORE = [
    ("meeting_then_signed",
     "科技工作简讯\n5月6日，四川省科协与绵竹市人民政府召开会地合作座谈会。会上，签署了战略合作协议。",
     [pair("四川省科学技术协会", "绵竹市人民政府")]),
    ("meeting_speech_then_signed",
     "科技工作简讯\n7月9日，河南省科协和洛阳市人民政府在洛阳召开座谈会。市委书记某某致辞。"
     "座谈会后，举行了会市合作协议签约仪式。",
     [pair("河南省科学技术协会", "洛阳市人民政府")]),
    ("visit_then_signed_dropped_subject",
     "科技工作简讯\n8月2日，中国科学院沈阳分院院长某某一行到铁岭市人民政府调研。调研期间，"
     "签订了院地科技合作协议。",
     [pair("中国科学院沈阳分院", "铁岭市人民政府")]),
    ("together_with_join_verb",
     "工作动态\n10月18日，山东省科协会同潍坊市人民政府举办科技成果对接会。活动中签订了科技合作协议。",
     [pair("山东省科学技术协会", "潍坊市人民政府")]),
    ("traditional_meeting",
     "工作動態\n11月3日，福建省科協與莆田市人民政府舉行座談。會上，簽署了會市合作協議。",
     [pair("福建省科学技术协会", "莆田市人民政府")]),
]

# One party in the sentence; the other is the subject of the sentence before or the headline.
ONE_PARTY_NAMED = [
    ("counterpart_only_subject_before",
     "工作动态\n4月20日，湖南省科协党组书记某某带队到株洲调研。其间，与株洲市人民政府签署了会市合作协议。",
     [pair("湖南省科学技术协会", "株洲市人民政府")]),
    ("counterpart_only_headline_pair",
     "云南省科协与玉溪市人民政府共促科技经济融合\n6月18日，在玉溪与玉溪市人民政府签署会市合作协议。",
     [pair("云南省科学技术协会", "玉溪市人民政府")]),
    ("delegation_leader_then_counterpart",
     "工作动态\n9月9日，某某率安徽省科协代表团到阜阳调研。调研期间，与阜阳市人民政府签订了会市合作协议。",
     [pair("安徽省科学技术协会", "阜阳市人民政府")]),
    ("one_party_then_ceremony",
     "工作动态\n5月28日，吉林大学与通化市人民政府座谈交流。随后，吉林大学校地合作协议签约仪式举行。",
     [pair("吉林大学", "通化市人民政府")]),
]

# The page's own body (its source line) is the one party the sentence leaves out.
PUBLISHER = [
    ("source_line_counterpart",
     "我会与郑州大学签署科普合作协议\n来源：河南省科学技术协会\n5月16日，与郑州大学签署科普合作协议。",
     [pair("河南省科学技术协会", "郑州大学")]),
    ("source_line_subject_dropped",
     "市科协签约合作\n来源：宁波市科学技术协会\n3月2日，与宁波大学签订科技志愿服务合作协议。",
     [pair("宁波市科学技术协会", "宁波大学")]),
    ("source_line_university_traditional",
     "校地合作再結碩果\n來源：蘭州大學\n6月12日，在張掖與張掖市人民政府簽署校地合作框架協議。",
     [pair("兰州大学", "张掖市人民政府")]),
]

# Officials with their titles only: the bodies the titles name.
OFFICIALS = [
    ("academy_president_and_governor",
     "黑龙江省院地科技合作\n2005年6月，按照省政府的部署，中科院院长某某某与省长某某某签订全面科技合作协议。",
     [pair("中国科学院", "黑龙江省人民政府")]),
    ("mayor_and_chairman_represent",
     "会市合作\n5月6日，南昌市市长某某与江西省科协主席某某代表双方签署了会市合作协议。",
     [pair("江西省科学技术协会", "南昌市人民政府")]),
]

# What must stay empty: previews, plans, witnesses and attendees, projects that sign, counts,
# undated recalled signings, and a pair that only hosts or meets.
NEGATIVES = [
    ("preview_ceremony",
     "湖北省科协与襄阳市人民政府将深化合作\n会市合作协议签约仪式定于下周在襄阳举行。", []),
    ("plan_to_sign",
     "科技工作简讯\n5月6日，四川省科协与德阳市人民政府召开座谈会。双方商定，下一步将签署会市合作协议。",
     []),
    ("attended_ceremony",
     "科技工作简讯\n5月6日，副省长某某出席了签约仪式并讲话。", []),
    ("projects_sign",
     "安徽省科协与芜湖市人民政府举办科技成果对接会\n会上，12个项目现场签约。", []),
    ("projects_sign_quoted",
     "科技工作简讯\n7月7日，由省科技厅主办的“重大科技招商项目”签约仪式在兰州举行。", []),
    ("count_of_agreements",
     "科技工作简讯\n5月6日，陕西省科协与宝鸡市人民政府召开座谈会。会上，共签约合作项目8项。", []),
    ("recalled_undated",
     "科技工作简讯\n5月6日，山西省科协与大同市人民政府召开座谈会。自签署合作协议以来，双方合作成效明显。",
     []),
    ("hosts_only",
     "科技工作简讯\n5月6日，由河北省科协、承德市人民政府联合主办的科技成果签约仪式在承德举行。",
     []),
    ("witnesses_only",
     "省领导见证签约\n5月6日，在省长某某和中国科协主席某某的见证下，签约仪式在北京举行。", []),
    ("others_sign_in_body",
     "广东省科协与韶关市人民政府举办科技成果对接会\n5月6日，会上，韶关学院与某某科技有限公司签署合作协议。",
     [pair("某某科技有限公司", "韶关学院")]),
    ("hosts_before_then_ceremony",
     "科技工作简讯\n5月6日，由江苏省科协和南通市人民政府联合主办的科技论坛在南通开幕。论坛期间，举行了签约仪式。",
     []),
    ("workstation_signs",
     "科技工作简讯\n5月6日，浙江省科协与台州市人民政府召开座谈会。会上，举行了院士专家工作站签约仪式。",
     []),
    ("undated_year_summary",
     "某市科协推进科技创新\n一是导入学会资源。在新材料产业上，与中国材料研究学会签订合作协议，设立服务站。",
     []),
    ("plan_in_headline_pair",
     "黑龙江省科协与大庆市人民政府座谈\n5月6日，双方商定适时签署会市合作协议。", []),
    ("quoted_word",
     "江苏省科协与徐州市人民政府深化合作\n5月6日，双方召开座谈会。与会人员指出，部分项目存在“签约多、落地少”的问题。",
     []),
    ("visited_places_before",
     "科技工作简讯\n5月6日，参会人员参观了某某科技馆和某某产业园。随后，签约仪式举行。", []),
    ("related_news_line",
     "江西省科协与九江市人民政府座谈交流\n5月6日，双方召开座谈会，就合作事项深入交流。\n"
     "相关新闻\n· 某某县科技成果转化签约仪式举行 2024-05-02\n", []),
    ("caption_only",
     "江西省科协与上饶市人民政府座谈交流\n5月6日，双方召开座谈会，就合作事项深入交流。\n"
     "签约仪式现场，嘉宾合影留念\n", []),
    ("counterpart_inside_object_only",
     "科技工作简讯\n5月6日，会上签署了与宜昌市人民政府的合作协议。", []),
    ("intent_to_sign",
     "科技简讯\n5月6日，湖北省科协与孝感市人民政府召开座谈会。会议指出，要推动签署合作协议。", []),
    ("signing_matters_studied",
     "湖北省科协与咸宁市人民政府座谈\n5月6日，座谈会在咸宁召开，"
     "会议研究了会市合作协议签署事宜。", []),
    ("signing_film_shown",
     "科技简讯\n5月6日，湖北省科协与黄石市人民政府召开座谈会。会上，播放了签约宣传片。", []),
    ("after_signing_generic",
     "科技简讯\n5月6日，湖北省科协与鄂州市人民政府召开座谈会。"
     "会议要求，协议签署后要抓好落实。", []),
    ("other_paragraph",
     "科技工作简讯\n5月6日，四川省科协与德阳市人民政府召开座谈会。\n"
     "此前，签约仪式在成都举行，内容另行公布。", []),
]


@pytest.mark.parametrize(
    ("name", "body", "expected"),
    ASIDES + OBJECT_NAMES_PAIR + HEADLINE_PAIR + SENTENCES_BEFORE + ONE_PARTY_NAMED + PUBLISHER
    + OFFICIALS + NEGATIVES,
    ids=[c[0] for c in ASIDES + OBJECT_NAMES_PAIR + HEADLINE_PAIR + SENTENCES_BEFORE
         + ONE_PARTY_NAMED + PUBLISHER + OFFICIALS + NEGATIVES],
)
def test_discourse_parties(name: str, body: str, expected: list[tuple[str, ...]]) -> None:
    assert parties(body) == expected
