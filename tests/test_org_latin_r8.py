"""Names that hold Latin letters, Arabic digits, 〇, a hyphen or a bracketed place (round 8), in
sentences written for this file.

Runs of name characters are Han and brackets: a token of another script inside a name cut it
(湖南省|3D打印产业协会 gave 湖南省), a numbered institute lost its number (第707研究所,
第七〇七研究所 gave the parent group), digits that open a firm's name were dropped
(360数字安全…), and a joint body written with a hyphen (某大学-某大学联合国际学院) was split
in two. Such tokens are read with Han letters standing for them, so every shape rule reads
the name; a number followed by a unit (2021年, 5月6日, 3项, 5家, 第2批, 30名, X200型) and a
time (14:30) stay outside names.

- INNER_TOKENS      a brand word inside a name, after its place (湖南省3D打印产业协会, 长沙CBD…),
                    on both sides of the connector, in a list and in Traditional script.
- NUMBERED_UNITS    an institute numbered in Arabic digits or with 〇 (第707研究所, 第二〇八研究所).
- LEADING_DIGITS    digits that open a firm's name (360数字安全科技集团有限公司).
- JOINT_BODIES      联合 before a joint body's head is a word of the name (某集团5G联合创新中心,
                    中国联合网络通信集团有限公司), elsewhere the verb.
- JOINT_HYPHEN      two universities' joint body written with a hyphen.
- BRACKETS_INSIDE   a bracket inside a name (a zone's other name, a place: 某新区（某高新区）管理
                    委员会, 某大学（某地）某研究院): read without it, written with it; a bracket
                    after a whole name (甲方, 以下简称…) stays outside.
- NUMBERS_OUTSIDE   dates, counts, batches, times and model numbers next to names (negatives).
"""

from __future__ import annotations

import pytest

from tests.extraction_support import known_limits, page_parties, phenomenon_cases

INNER_TOKENS = [
    ("digit_brand_after_province_right",
     "2021年5月6日，湖南大学与湖南省3D打印产业协会签署战略合作协议。",
     [("湖南大学", "湖南省3D打印产业协会")]),
    ("digit_brand_after_province_left",
     "2022年3月8日，江西省5G产业联盟与南昌大学签署合作协议。",
     [("江西省5G产业联盟", "南昌大学")]),
    ("latin_after_province_right",
     "9月12日，中南大学与湖南GPU产业研究院签订战略合作协议。",
     [("中南大学", "湖南GPU产业研究院")]),
    ("latin_after_city_government_body",
     "近日，湘潭大学与长沙CBD管理委员会签署合作框架协议。",
     [("湘潭大学", "长沙市CBD管理委员会")]),
    ("latin_after_city_left",
     "近日，武汉AI产业联盟与华中科技大学签署合作协议。",
     [("武汉AI产业联盟", "华中科技大学")]),
    ("digit_brand_after_city_right",
     "6月1日，四川大学与成都5G应用产业联盟签署合作协议。",
     [("四川大学", "成都5G应用产业联盟")]),
    ("digit_brand_institute",
     "近日，湖南大学与长沙5G创新研究院签署合作协议。",
     [("湖南大学", "长沙5G创新研究院")]),
    ("digit_brand_laboratory_left",
     "近日，湖北省3D打印重点实验室与武汉大学签署合作协议。",
     [("湖北省3D打印重点实验室", "武汉大学")]),
    ("after_a_year_without_day",
     "2020年湖南省3D打印产业协会与湖南大学签署合作协议。",
     [("湖南省3D打印产业协会", "湖南大学")]),
    ("in_a_list",
     "9月1日，湖南大学分别与湖南5G应用产业联盟、湖南省3D打印产业协会签署合作协议。",
     [("湖南大学", "湖南5G应用产业联盟"), ("湖南大学", "湖南省3D打印产业协会")]),
    ("traditional",
     "2021年5月6日，湖南大學與湖南省3D打印產業協會簽署戰略合作協議。",
     [("湖南大学", "湖南省3D打印产业协会")]),
    ("full_width_brand",
     "２０２１年５月６日，湖南大学与湖南省３Ｄ打印产业协会签署合作协议。",
     [("湖南大学", "湖南省３Ｄ打印产业协会")]),
    ("brand_with_a_plus",
     "近日，湖南大学与湖南省5G+智慧医疗产业联盟签署合作协议。",
     [("湖南大学", "湖南省5G+智慧医疗产业联盟")]),
    ("zone_prefix", "近日，湖南大学与中关村5G创新联盟签署合作协议。",
     [("湖南大学", "中关村5G创新联盟")]),
    ("traditional_latin_left",
     "11月2日，廣州VR產業聯盟與暨南大學簽署合作協議。",
     [("广州VR产业联盟", "暨南大学")]),
    ("leading_latin_still_read",
     "近日，TCL科技集团股份有限公司与华南理工大学签署合作协议。",
     [("TCL科技集团股份有限公司", "华南理工大学")]),
]

NUMBERED_UNITS = [
    ("ling_institute_left",
     "5月20日，中国船舶集团有限公司第七〇七研究所与天津大学签署战略合作协议。",
     [("中国船舶集团有限公司第七〇七研究所", "天津大学")]),
    ("ling_institute_right",
     "5月20日，天津大学与中国船舶集团有限公司第七〇七研究所签署战略合作协议。",
     [("天津大学", "中国船舶集团有限公司第七〇七研究所")]),
    ("arabic_institute_right",
     "7月1日，哈尔滨工程大学与中国船舶集团有限公司第707研究所签署合作协议。",
     [("哈尔滨工程大学", "中国船舶集团有限公司第707研究所")]),
    ("arabic_institute_left",
     "7月1日，中国船舶集团有限公司第707研究所与哈尔滨工程大学签署合作协议。",
     [("哈尔滨工程大学", "中国船舶集团有限公司第707研究所")]),
    ("ordnance_ling_right",
     "日前，北京理工大学与中国兵器工业集团第二〇八研究所签署合作协议。",
     [("北京理工大学", "中国兵器工业集团第二〇八研究所")]),
    ("ordnance_ling_left",
     "日前，中国兵器工业集团第二〇八研究所与北京理工大学签署合作协议。",
     [("北京理工大学", "中国兵器工业集团第二〇八研究所")]),
    ("traditional_ling",
     "5月20日，中國船舶集團有限公司第七〇七研究所與天津大學簽署戰略合作協議。",
     [("中国船舶集团有限公司第七〇七研究所", "天津大学")]),
    ("full_width_digits",
     "7月1日，哈尔滨工程大学与中国船舶集团有限公司第７０７研究所签署合作协议。",
     [("哈尔滨工程大学", "中国船舶集团有限公司第７０７研究所")]),
    ("group_institute_by_registered_name",
     "湖南大学与中国电子科技集团公司第38研究所签署合作协议。",
     [("湖南大学", "中国电子科技集团公司第三十八研究所")]),
    ("han_numeral_still_read",
     "近日，中国船舶集团有限公司第七一六研究所与江苏大学签署合作协议。",
     [("中国船舶集团有限公司第七一六研究所", "江苏大学")]),
]

LEADING_DIGITS = [
    ("after_connector",
     "2023年4月2日，清华大学与360数字安全科技集团有限公司签署战略合作协议。",
     [("清华大学", "360数字安全科技集团有限公司")]),
    ("after_comma",
     "会上，360数字安全科技集团有限公司与山东大学签订合作协议。",
     [("360数字安全科技集团有限公司", "山东大学")]),
]

JOINT_BODIES = [
    ("joint_centre_after_brand",
     "10月9日，中国电信5G联合创新中心与浙江大学签署战略合作协议。",
     [("中国电信5G联合创新中心", "浙江大学")]),
    ("joint_word_in_a_firm",
     "近日，清华大学与中国联合网络通信集团有限公司签署合作协议。",
     [("清华大学", "中国联合网络通信集团有限公司")]),
    ("joint_laboratory_after_brand",
     "近日，湖南大学与湖南移动5G联合创新实验室签署合作协议。",
     [("湖南大学", "湖南移动5G联合创新实验室")]),
    ("joint_verb_stays_a_verb", "近日，湖南省科协与湖南大学联合签署合作协议。",
     [("湖南省科学技术协会", "湖南大学")]),
]

JOINT_HYPHEN = [
    ("right",
     "11月3日，广东省科协与北京师范大学-香港浸会大学联合国际学院签署合作协议。",
     [("广东省科学技术协会", "北京师范大学-香港浸会大学联合国际学院")]),
    ("left",
     "11月3日，北京师范大学-香港浸会大学联合国际学院与珠海市人民政府签署合作协议。",
     [("北京师范大学-香港浸会大学联合国际学院", "珠海市人民政府")]),
    ("a_pair_written_with_a_hyphen",
     "湖南大学-中南大学战略合作协议签约仪式举行。双方签署战略合作协议。",
     [("湖南大学", "中南大学")]),
]

BRACKETS_INSIDE = [
    ("zone_other_name_right",
     "8月8日，中南大学与湖南湘江新区（长沙高新区）管理委员会签署战略合作协议。",
     [("中南大学", "湖南湘江新区(长沙高新区)管理委员会")]),
    ("traditional_zone",
     "8月8日，中南大學與湖南湘江新區（長沙高新區）管理委員會簽署戰略合作協議。",
     [("中南大学", "湖南湘江新区(长沙高新区)管理委员会")]),
    ("place_in_university_institute_left",
     "4月9日，北京大学（天津滨海）新一代信息技术研究院与天津市科协签署合作协议。",
     [("北京大学(天津滨海)新一代信息技术研究院", "天津市科学技术协会")]),
    ("place_in_academy_institute_right",
     "4月9日，湖南省科协与中国科学院自动化研究所（长沙）智能制造研究院签署合作协议。",
     [("湖南省科学技术协会", "中国科学院自动化研究所(长沙)智能制造研究院")]),
    ("place_in_graduate_school_left",
     "近日，清华大学（深圳）国际研究生院与深圳市科协签署合作协议。",
     [("清华大学(深圳)国际研究生院", "深圳市科学技术协会")]),
    ("two_names_joined_before_the_bracket",
     "近日，湖南大学与湖南省科技中心暨长沙（岳麓）创新中心签署合作协议。",
     [("湖南大学", "湖南省科技中心")]),
    ("workstation_with_a_bracketed_word",
     "近日，杭州市院士（专家）工作站与浙江工业大学签署合作协议。",
     [("杭州市院士(专家)工作站", "浙江工业大学")]),
    ("roles_after_names", "近日，湖南大学（甲方）和中南大学（乙方）签署合作协议。",
     [("湖南大学", "中南大学")]),
    ("short_form_defined", "近日，湖南大学（以下简称湖大）与中南大学签署合作协议。",
     [("湖南大学", "中南大学")]),
    ("unit_after_a_government", "近日，湖南大学与长沙市人民政府（长沙市科技局）签署合作协议。",
     [("湖南大学", "长沙市人民政府")]),
]

NUMBERS_OUTSIDE = [
    ("date_before_the_name", "2021年5月6日湖南大学与中南大学签署合作协议。",
     [("湖南大学", "中南大学")]),
    ("day_before_a_place", "5月6日湖南省科协与湖南大学签署合作协议。",
     [("湖南省科学技术协会", "湖南大学")]),
    ("count_of_documents", "湖南大学与中南大学签署3项协议。", []),
    ("count_of_firms", "湖南大学与5家企业签署合作协议。", [("湖南大学", "5家企业")]),
    ("count_of_universities", "长沙市科协与5所高校签署合作协议。",
     [("长沙市科学技术协会", "5所高校")]),
    ("batch", "湖南大学入选第2批国家级实验室建设名单，与中南大学签署合作协议。",
     [("湖南大学", "中南大学")]),
    ("time", "14:30，湖南大学与中南大学签署合作协议。", [("湖南大学", "中南大学")]),
    ("model_number", "湖南大学与中南大学签署协议，共同研发X200型无人机。",
     [("湖南大学", "中南大学")]),
    ("date_inside_the_clause", "湖南大学于2021年5月6日与中南大学签署合作协议。",
     [("湖南大学", "中南大学")]),
    ("year_after_the_names", "湖南大学与中南大学2022年签署合作协议。",
     [("湖南大学", "中南大学")]),
    ("full_width_date_and_count", "２０２１年５月６日湖南大学与中南大学签署３项协议。", []),
    ("brand_word_in_the_document", "湖南大学与中南大学签署了3D打印合作协议。",
     [("湖南大学", "中南大学")]),
    ("brand_word_in_a_field", "湖南大学与中南大学在5G领域签署合作协议。",
     [("湖南大学", "中南大学")]),
    ("centre_to_be_built", "长沙市人民政府与华为公司签署协议，共建5G创新中心。",
     [("长沙市人民政府", "华为公司")]),
    ("ordinal_in_a_field", "湖南大学与中南大学签署合作协议，双方将在第5代移动通信等领域合作。",
     [("湖南大学", "中南大学")]),
    ("money", "湖南大学与中南大学签署合作协议，投资2亿元建设研究院。",
     [("湖南大学", "中南大学")]),
    ("corridor_brand", "湖南大学与长沙市签署合作协议，共同打造G60科创走廊。",
     [("湖南大学", "长沙市")]),
    ("people_counted_after_a_name", "5月6日，湖南大学30名师生与中南大学签署合作协议。", []),
]

# Shapes the recogniser does not read yet (a fix shows as an unexpected pass).
KNOWN_LIMITS = [
    # a university's institute named by a place is read as two names, bracket or none
    # (同济大学|浙江研究院)
    ("university_before_the_place",
     "近日，同济大学浙江（嘉兴）研究院与嘉兴市科协签署合作协议。",
     [("同济大学浙江(嘉兴)研究院", "嘉兴市科学技术协会")]),
    # 同 is a connector's character no name holds after digits
    ("digits_before_tong", "3月5日，58同城信息技术有限公司与吉林大学签署合作协议。",
     [("58同城信息技术有限公司", "吉林大学")]),
]


@pytest.mark.parametrize(("page", "expected"), [*phenomenon_cases(
    INNER_TOKENS=INNER_TOKENS, NUMBERED_UNITS=NUMBERED_UNITS, LEADING_DIGITS=LEADING_DIGITS,
    JOINT_BODIES=JOINT_BODIES, JOINT_HYPHEN=JOINT_HYPHEN, BRACKETS_INSIDE=BRACKETS_INSIDE,
    NUMBERS_OUTSIDE=NUMBERS_OUTSIDE), *known_limits(KNOWN_LIMITS)])
def test_names_with_other_scripts(page: str, expected: list[tuple[str, ...]]) -> None:
    assert page_parties(page) == sorted(map(frozenset, expected), key=sorted)
