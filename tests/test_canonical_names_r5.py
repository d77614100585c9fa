"""A party found but named differently from its canonical name (issue 11, round 5).

Scoring matches agreements on the exact set of canonical party names, so a party named another
way is a miss and an extra at once. Tables of short invented pages by phenomenon (different
places, levels, bodies, orders, Traditional script), each row checking the canonical name of the
mention and the agreement extracted from the whole page (cleaning included):

- relative mentions (市政府, 区科协, 县政府, 州政府, 自治区科协, 旗政府) take the page's own
  place at the level their level word says, named the official way (a district keeps its city,
  a county does not, an autonomous prefecture by its full name);
- a chain of places written in front of a body (湖北省黄冈市, 浙江省湖州市长兴县, 重庆万州区): the
  canonical name keeps only what the official name holds (a district its city, nothing else);
- how a government's or a zone's committee's name ends (政府 -> 人民政府, 管委会 -> 管理委员会,
  行署 -> 行政公署, 街道办 -> 街道办事处); a town's body written without its county takes the
  county-level unit the page is about (店口镇政府 on a 诸暨市 page -> 诸暨市店口镇人民政府, as
  the invented sets' gold and the real gold's 文成县二源镇人民政府 write it);
- development zones: a 高新区 written short is the national zone's long name with 国家
  only where it is written (扬州国家高新区 -> 扬州国家高新技术产业开发区管理委员会, as the shared
  gold writes it; 宜昌高新区 -> 宜昌高新技术产业开发区管理委员会, as the real dev gold and
  both invented sets write it: ANNOTATION.md expands an abbreviation, it adds no word), or
  where the page writes the zone's long name with it (then that one); a zone written long is
  kept as written; a grade (国家级, 省级) is no part of a name and a 省级 zone gets no 国家;
- ministries always as 中华人民共和国 + the full name (ANNOTATION.md: full official names);
- a sub-unit (学院 of a 大学, 研究所 of an academy) named as written, with its parent, never as
  the parent alone; a government's department written after 人民政府 (某市人民政府办公室) is that
  department;
- a research institute named without a place on a page about Hong Kong or Macao: the region's
  (应用科技研究院 -> 香港应用科技研究院, as the real gold writes it).

Unseen figure (RELATIVE, PLACE_CHAINS, ENDINGS, ZONES, MINISTRIES, SUB_UNITS, written before any
rule, run on main at 59777cd): 51 of 61 rows passed (relative 12/12, chains 12/12, endings 7/10,
zones 5/9, ministries 7/7, sub-units 8/11). Four expectations were corrected after that run, from
the gold conventions and not from the code: two zones written long are kept as written (the
invented set's gold keeps 芜湖高新技术产业开发区管理委员会), a 省级 zone loses its grade, a town
alone takes the page's county, and one mention was written with the wrong brackets; with them
the code before the rules passes 54 of 61. GOVERNMENT_UNITS was written after that first
round of rules and run before its own rule: 3 of 6 passed. ZONES_ON_PAGE, SAR_PLACELESS,
NOT_THESE and TWO_PARTIES were written with the rules.
"""

from __future__ import annotations

import pytest

from tests.extraction_support import names_on_page, page_agreements


def agreements_on_page(page: str) -> list[frozenset[str]]:
    return [frozenset(p.name for p in a.parties) for a in page_agreements(page)]


# (phenomenon, page, mention as cleaned, canonical name, the agreement's parties)
RELATIVE = [
    ("city_government_on_a_city_page",
     "巴中市召开科技创新大会。会上，市政府与四川省科协签署战略合作协议。",
     "市政府",
     "巴中市人民政府",
     {"四川省科学技术协会", "巴中市人民政府"}),
    ("district_kexie_keeps_its_municipality",
     "渝北区第三届科技活动周开幕。开幕式上，区科协与重庆医科大学签订合作协议。",
     "区科协",
     "重庆市渝北区科学技术协会",
     {"重庆医科大学", "重庆市渝北区科学技术协会"}),
    ("county_government_drops_its_city",
     "平阳县举行产学研对接会。县政府与浙江省农业科学院签署战略合作协议。",
     "县政府",
     "平阳县人民政府",
     {"平阳县人民政府", "浙江省农业科学院"}),
    ("prefecture_government_autonomous",
     "延边朝鲜族自治州召开科技大会，州政府与吉林省科协签署合作协议。",
     "州政府",
     "延边朝鲜族自治州人民政府",
     {"吉林省科学技术协会", "延边朝鲜族自治州人民政府"}),
    ("banner_government",
     "鄂托克旗举办人才对接活动。旗政府与内蒙古农业大学签订合作协议。",
     "旗政府",
     "鄂托克旗人民政府",
     {"内蒙古农业大学", "鄂托克旗人民政府"}),
    ("autonomous_region_kexie",
     "宁夏回族自治区召开科协代表大会。自治区科协与银川市人民政府签署合作协议。",
     "自治区科协",
     "宁夏回族自治区科学技术协会",
     {"宁夏回族自治区科学技术协会", "银川市人民政府"}),
    ("district_of_a_prefecture_city",
     "宜昌市夷陵区举行签约仪式，区政府与三峡大学签署校地合作协议。",
     "区政府",
     "宜昌市夷陵区人民政府",
     {"三峡大学", "宜昌市夷陵区人民政府"}),
    ("district_bureau_of_a_provincial_capital",
     "成都市武侯区召开科技工作会。区科技局与四川大学签约。",
     "区科技局",
     "成都市武侯区科学技术局",
     {"四川大学", "成都市武侯区科学技术局"}),
    ("county_kexie_traditional",
     "長興縣召開科協大會。縣科協與湖州師範學院簽署合作協議。",
     "县科协",
     "长兴县科学技术协会",
     {"湖州师范学院", "长兴县科学技术协会"}),
    ("city_government_with_its_province_named",
     "福建省科协与南平市签署合作协议。据悉，省科协将支持南平建设创新平台。",
     "南平市",
     "南平市人民政府",
     {"南平市人民政府", "福建省科学技术协会"}),
    ("province_kexie_with_a_city_page",
     "湖南省株洲市召开会议。会上，省科协与市政府签署会市合作协议。",
     "省科协",
     "湖南省科学技术协会",
     {"株洲市人民政府", "湖南省科学技术协会"}),
    ("league_government",
     "锡林郭勒盟召开科技大会。盟行署与内蒙古自治区科协签约。",
     "盟行署",
     "锡林郭勒盟行政公署",
     {"内蒙古自治区科学技术协会", "锡林郭勒盟行政公署"}),
]

PLACE_CHAINS = [
    ("province_before_a_city",
     "湖北省黄冈市人民政府与中国科学院武汉分院签署科技合作协议。",
     "湖北省黄冈市人民政府",
     "黄冈市人民政府",
     {"中国科学院武汉分院", "黄冈市人民政府"}),
    ("province_and_city_before_a_county",
     "浙江省湖州市长兴县人民政府与浙江工业大学签订合作协议。",
     "浙江省湖州市长兴县人民政府",
     "长兴县人民政府",
     {"浙江工业大学", "长兴县人民政府"}),
    ("province_before_a_district",
     "四川省成都市武侯区政府与电子科技大学签约。",
     "四川省成都市武侯区政府",
     "成都市武侯区人民政府",
     {"成都市武侯区人民政府", "电子科技大学"}),
    ("municipality_short_before_a_district",
     "重庆万州区科技局与重庆三峡学院签署合作协议。",
     "重庆万州区科技局",
     "重庆市万州区科学技术局",
     {"重庆三峡学院", "重庆市万州区科学技术局"}),
    ("city_short_before_a_district",
     "宜昌夷陵区政府与湖北省农业科学院签署合作协议。",
     "宜昌夷陵区政府",
     "宜昌市夷陵区人民政府",
     {"宜昌市夷陵区人民政府", "湖北省农业科学院"}),
    ("province_before_a_city_bureau",
     "广东省广州市科技局与华南理工大学签署合作协议。",
     "广东省广州市科技局",
     "广州市科学技术局",
     {"华南理工大学", "广州市科学技术局"}),
    ("province_short_before_a_city_kexie",
     "江苏南通市科协与南通大学签署战略合作协议。",
     "江苏南通市科协",
     "南通市科学技术协会",
     {"南通大学", "南通市科学技术协会"}),
    ("province_before_a_district_kexie",
     "河南省郑州市金水区科协与郑州大学签订合作协议。",
     "河南省郑州市金水区科协",
     "郑州市金水区科学技术协会",
     {"郑州大学", "郑州市金水区科学技术协会"}),
    ("province_before_a_prefecture_short",
     "云南省大理州政府与云南省科协签署会市合作协议。",
     "云南省大理州政府",
     "大理白族自治州人民政府",
     {"云南省科学技术协会", "大理白族自治州人民政府"}),
    ("prefecture_before_a_county",
     "临夏回族自治州康乐县人民政府与甘肃农业大学签署合作协议。",
     "临夏回族自治州康乐县人民政府",
     "康乐县人民政府",
     {"康乐县人民政府", "甘肃农业大学"}),
    ("district_without_its_municipality",
     "海淀区科协与北京市科协签署合作协议。",
     "海淀区科协",
     "北京市海淀区科学技术协会",
     {"北京市海淀区科学技术协会", "北京市科学技术协会"}),
    ("province_short_before_a_county_traditional",
     "安徽廬江縣政府與合肥工業大學簽署合作協議。",
     "安徽庐江县政府",
     "庐江县人民政府",
     {"合肥工业大学", "庐江县人民政府"}),
]

ENDINGS = [
    ("county_government_short",
     "5月8日，通许县政府与河南农业大学签署合作协议。",
     "通许县政府",
     "通许县人民政府",
     {"河南农业大学", "通许县人民政府"}),
    ("zone_committee_short",
     "苏州工业园区管委会与西交利物浦大学签署合作协议。",
     "苏州工业园区管委会",
     "苏州工业园区管理委员会",
     {"苏州工业园区管理委员会", "西交利物浦大学"}),
    ("prefecture_administration_short",
     "阿克苏地区行署与新疆农业大学签署科技合作协议。",
     "阿克苏地区行署",
     "阿克苏地区行政公署",
     {"新疆农业大学", "阿克苏地区行政公署"}),
    ("party_and_government_of_a_district",
     "越秀区委区政府与广东省科协签署合作协议。",
     "越秀区委区政府",
     "广州市越秀区人民政府",
     {"广东省科学技术协会", "广州市越秀区人民政府"}),
    ("town_government_after_its_county",
     "德清县莫干山镇政府与浙江农林大学签署合作协议。",
     "德清县莫干山镇政府",
     "德清县莫干山镇人民政府",
     {"德清县莫干山镇人民政府", "浙江农林大学"}),
    ("autonomous_county_government_short",
     "长阳土家族自治县政府与湖北民族大学签约。",
     "长阳土家族自治县政府",
     "长阳土家族自治县人民政府",
     {"湖北民族大学", "长阳土家族自治县人民政府"}),
    ("city_government_traditional",
     "贛州市政府與江西理工大學簽署戰略合作協議。",
     "赣州市政府",
     "赣州市人民政府",
     {"江西理工大学", "赣州市人民政府"}),
    ("street_office_short",
     "杭州市西湖区转塘街道办与中国美术学院签约。",
     "杭州市西湖区转塘街道办",
     "杭州市西湖区转塘街道办事处",
     {"中国美术学院", "杭州市西湖区转塘街道办事处"}),
    ("town_government_takes_the_pages_county",
     "安吉县举行签约仪式。天子湖镇政府与浙江大学签署合作协议。",
     "天子湖镇政府",
     "安吉县天子湖镇人民政府",
     {"安吉县天子湖镇人民政府", "浙江大学"}),
    ("township_government_takes_the_pages_county",
     "5月8日，岳池县召开会议。会上，石垭乡人民政府与西南大学签约。",
     "石垭乡人民政府",
     "岳池县石垭乡人民政府",
     {"岳池县石垭乡人民政府", "西南大学"}),
]

ZONES = [
    ("national_zone_written_short",
     "洛阳高新区管委会与河南科技大学签署合作协议。",
     "洛阳高新区管委会",
     "洛阳高新技术产业开发区管理委员会",
     {"河南科技大学", "洛阳高新技术产业开发区管理委员会"}),
    ("national_zone_with_guojia",
     "洛阳国家高新区与河南科技大学签署合作协议。",
     "洛阳国家高新区",
     "洛阳国家高新技术产业开发区管理委员会",
     {"河南科技大学", "洛阳国家高新技术产业开发区管理委员会"}),
    ("zone_long_form_with_short_committee",
     "长沙高新技术产业开发区管委会与中南大学签署合作协议。",
     "长沙高新技术产业开发区管委会",
     "长沙高新技术产业开发区管理委员会",
     {"中南大学", "长沙高新技术产业开发区管理委员会"}),
    ("zone_long_form_with_full_committee",
     "绵阳高新技术产业开发区管理委员会与西南科技大学签约。",
     "绵阳高新技术产业开发区管理委员会",
     "绵阳高新技术产业开发区管理委员会",
     {"绵阳高新技术产业开发区管理委员会", "西南科技大学"}),
    ("provincial_zone_gets_no_guojia",
     "某日，丰城省级高新区管委会与南昌大学签署合作协议。",
     "丰城省级高新区管委会",
     "丰城高新技术产业开发区管理委员会",
     {"丰城高新技术产业开发区管理委员会", "南昌大学"}),
    ("economic_zone_short",
     "合肥经开区与中国科学技术大学签署合作协议。",
     "合肥经开区",
     "合肥经济技术开发区管理委员会",
     {"中国科学技术大学", "合肥经济技术开发区管理委员会"}),
    ("national_level_economic_zone",
     "国家级宁乡经济技术开发区管委会与湖南大学签署合作协议。",
     "国家级宁乡经济技术开发区管委会",
     "宁乡经济技术开发区管理委员会",
     {"宁乡经济技术开发区管理委员会", "湖南大学"}),
    ("zone_with_city_and_shi_traditional",
     "襄陽市高新區管委會與湖北文理學院簽署合作協議。",
     "襄阳市高新区管委会",
     "襄阳高新技术产业开发区管理委员会",
     {"湖北文理学院", "襄阳高新技术产业开发区管理委员会"}),
    ("county_development_zone",
     "沛县经济开发区管委会与中国矿业大学签署合作协议。",
     "沛县经济开发区管委会",
     "沛县经济开发区管理委员会",
     {"中国矿业大学", "沛县经济开发区管理委员会"}),
]

# 国家级 before a high-tech zone's kind is its 国家 (written with the rule).
ZONE_GRADES = [
    ("national_grade_before_the_long_kind",
     "5月8日，衡阳国家级高新技术产业开发区管委会与南华大学签署合作协议。",
     "衡阳国家级高新技术产业开发区管委会",
     "衡阳国家高新技术产业开发区管理委员会",
     {"南华大学", "衡阳国家高新技术产业开发区管理委员会"}),
    ("national_grade_before_the_short_kind",
     "5月8日，株洲国家级高新区与湖南工业大学签署合作协议。",
     "株洲国家级高新区",
     "株洲国家高新技术产业开发区管理委员会",
     {"株洲国家高新技术产业开发区管理委员会", "湖南工业大学"}),
]

# A zone written short on a page that writes its long name: the page's long name (written
# after the rule of ZONES, not part of the unseen figure).
ZONES_ON_PAGE = [
    ("short_zone_takes_the_pages_long_name",
     "芜湖高新技术产业开发区举行招商会。5月8日，芜湖高新区管委会与某某科技有限公司签署合作协议"
     "。",
     "芜湖高新区管委会",
     "芜湖高新技术产业开发区管理委员会",
     {"某某科技有限公司", "芜湖高新技术产业开发区管理委员会"}),
    ("short_zone_takes_the_pages_long_name_with_shi",
     "在襄阳市高新技术产业开发区举行的活动上，襄阳高新区与湖北文理学院签约。",
     "襄阳高新区",
     "襄阳高新技术产业开发区管理委员会",
     {"湖北文理学院", "襄阳高新技术产业开发区管理委员会"}),
    ("short_zone_with_a_national_long_name",
     "绵阳国家高新技术产业开发区召开大会。绵阳高新区与西南科技大学签署合作协议。",
     "绵阳高新区",
     "绵阳国家高新技术产业开发区管理委员会",
     {"绵阳国家高新技术产业开发区管理委员会", "西南科技大学"}),
    ("another_zones_long_name_changes_nothing",
     "长沙高新技术产业开发区召开大会。株洲高新区与湖南工业大学签署合作协议。",
     "株洲高新区",
     "株洲高新技术产业开发区管理委员会",
     {"株洲高新技术产业开发区管理委员会", "湖南工业大学"}),
]

MINISTRIES = [
    ("ministry_short",
     "科技部与浙江省人民政府签署部省会商议定书。",
     "科技部",
     "中华人民共和国科学技术部",
     {"中华人民共和国科学技术部", "浙江省人民政府"}),
    ("ministry_full_without_state",
     "科学技术部与江西省人民政府签署工作会商制度议定书。",
     "科学技术部",
     "中华人民共和国科学技术部",
     {"中华人民共和国科学技术部", "江西省人民政府"}),
    ("ministry_with_guojia",
     "国家科技部与贵州省人民政府签署合作协议。",
     "国家科技部",
     "中华人民共和国科学技术部",
     {"中华人民共和国科学技术部", "贵州省人民政府"}),
    ("ministry_traditional",
     "農業農村部與中國科學院簽署戰略合作協議。",
     "农业农村部",
     "中华人民共和国农业农村部",
     {"中华人民共和国农业农村部", "中国科学院"}),
    ("ministry_full_with_state",
     "中华人民共和国水利部与黄河水利委员会签署协议。",
     "中华人民共和国水利部",
     "中华人民共和国水利部",
     None),
    ("commission_short",
     "国家发展改革委与湖北省人民政府签署合作协议。",
     "国家发展改革委",
     "中华人民共和国国家发展和改革委员会",
     {"中华人民共和国国家发展和改革委员会", "湖北省人民政府"}),
    ("ministry_of_industry_short",
     "工信部与广东省人民政府签署战略合作协议。",
     "工信部",
     "中华人民共和国工业和信息化部",
     {"中华人民共和国工业和信息化部", "广东省人民政府"}),
]

SUB_UNITS = [
    ("college_with_a_connector_in_its_name",
     "电子科技大学计算机科学与工程学院与遂宁市人民政府签署合作协议。",
     "电子科技大学计算机科学与工程学院",
     "电子科技大学计算机科学与工程学院",
     {"电子科技大学计算机科学与工程学院", "遂宁市人民政府"}),
    ("college_of_a_university",
     "四川大学化学工程学院与自贡市人民政府签约。",
     "四川大学化学工程学院",
     "四川大学化学工程学院",
     {"四川大学化学工程学院", "自贡市人民政府"}),
    ("institute_of_a_national_academy",
     "中国农业科学院茶叶研究所与普洱市人民政府签署合作协议。",
     "中国农业科学院茶叶研究所",
     "中国农业科学院茶叶研究所",
     {"中国农业科学院茶叶研究所", "普洱市人民政府"}),
    ("institute_of_a_provincial_academy",
     "湖南省农业科学院水稻研究所与益阳市科协签署合作协议。",
     "湖南省农业科学院水稻研究所",
     "湖南省农业科学院水稻研究所",
     {"湖南省农业科学院水稻研究所", "益阳市科学技术协会"}),
    ("medical_division_of_a_university",
     "北京大学医学部与天津市卫健委签署合作协议。",
     "北京大学医学部",
     "北京大学医学部",
     {"北京大学医学部", "天津市卫生健康委员会"}),
    ("graduate_school_in_another_city",
     "清华大学深圳国际研究生院与深圳市南山区人民政府签约。",
     "清华大学深圳国际研究生院",
     "清华大学深圳国际研究生院",
     {"深圳市南山区人民政府", "清华大学深圳国际研究生院"}),
    ("college_long_name",
     "西北农林科技大学植物保护学院与杨凌示范区管委会签署合作协议。",
     "西北农林科技大学植物保护学院",
     "西北农林科技大学植物保护学院",
     {"杨凌示范区管理委员会", "西北农林科技大学植物保护学院"}),
    ("institute_of_a_provincial_academy_of_sciences",
     "广东省科学院智能制造研究所与佛山市顺德区人民政府签署合作协议。",
     "广东省科学院智能制造研究所",
     "广东省科学院智能制造研究所",
     {"佛山市顺德区人民政府", "广东省科学院智能制造研究所"}),
    ("institute_of_a_university",
     "中国科学技术大学先进技术研究院与合肥市科协签约。",
     "中国科学技术大学先进技术研究院",
     "中国科学技术大学先进技术研究院",
     {"中国科学技术大学先进技术研究院", "合肥市科学技术协会"}),
    ("campus_in_brackets",
     "哈尔滨工业大学(威海)与威海市科协签署合作协议。",
     "哈尔滨工业大学（威海）",
     "哈尔滨工业大学(威海)",
     {"哈尔滨工业大学(威海)", "威海市科学技术协会"}),
    ("college_traditional",
     "華南農業大學資源環境學院與韶關市人民政府簽署合作協議。",
     "华南农业大学资源环境学院",
     "华南农业大学资源环境学院",
     {"华南农业大学资源环境学院", "韶关市人民政府"}),
]

# A department of a government written with the government's whole name in front (an office,
# a commission, a research centre of the 人民政府): that department, never the government
# (written after the first unseen run, before the rule: its own unseen figure below).
GOVERNMENT_UNITS = [
    ("office_of_a_city_government",
     "5月8日，湖州市人民政府办公室与浙江大学签署合作协议。",
     "湖州市人民政府办公室",
     "湖州市人民政府办公室",
     {"浙江大学", "湖州市人民政府办公室"}),
    ("assets_commission_of_a_city_government",
     "5月8日，武汉市人民政府国有资产监督管理委员会与华中科技大学签署合作协议。",
     "武汉市人民政府国有资产监督管理委员会",
     "武汉市人民政府国有资产监督管理委员会",
     {"华中科技大学", "武汉市人民政府国有资产监督管理委员会"}),
    ("research_centre_of_a_province_government",
     "江西省人民政府发展研究中心与南昌大学签订合作协议。",
     "江西省人民政府发展研究中心",
     "江西省人民政府发展研究中心",
     {"南昌大学", "江西省人民政府发展研究中心"}),
    ("financial_office_of_a_government_short",
     "5月8日，台州市人民政府金融办与浙江大学签署合作协议。",
     "台州市人民政府金融办",
     "台州市人民政府金融工作办公室",
     {"台州市人民政府金融工作办公室", "浙江大学"}),
    ("office_of_a_district_government_traditional",
     "5月8日，廣州市天河區人民政府辦公室與暨南大學簽署合作協議。",
     "广州市天河区人民政府办公室",
     "广州市天河区人民政府办公室",
     {"广州市天河区人民政府办公室", "暨南大学"}),
    ("general_office_of_a_province_government",
     "5月8日，山西省人民政府办公厅与山西大学签署合作协议。",
     "山西省人民政府办公厅",
     "山西省人民政府办公厅",
     {"山西大学", "山西省人民政府办公厅"}),
]

# The same written short (政府 for 人民政府, 政府办 for its office) and a street's office written in
# full (written with the rule).
GOVERNMENT_UNITS_SHORT = [
    ("office_of_a_government_written_short",
     "5月8日，丽水市政府办公室与浙江大学签署合作协议。",
     "丽水市政府办公室",
     "丽水市人民政府办公室",
     {"丽水市人民政府办公室", "浙江大学"}),
    ("office_short_relative",
     "衢州市召开会议。5月8日，市政府办与浙江大学签署合作协议。",
     "市政府办",
     "衢州市人民政府办公室",
     {"浙江大学", "衢州市人民政府办公室"}),
    ("office_short_of_a_district",
     "5月8日，南浔区政府办与浙江大学签署合作协议。",
     "南浔区政府办",
     "湖州市南浔区人民政府办公室",
     {"浙江大学", "湖州市南浔区人民政府办公室"}),
    ("street_office_in_full",
     "5月8日，西湖区转塘街道办事处与中国美术学院签约。",
     "西湖区转塘街道办事处",
     "杭州市西湖区转塘街道办事处",
     {"中国美术学院", "杭州市西湖区转塘街道办事处"}),
]

# A ministry written with 中国 in front; a unit of a ministry named with it: recognised whole
# (the agreement was lost when only the ministry was read), named as its official name is,
# with the ministry, except 科技部 in front of an institution's own name, which the corpus's gold
# drops (科技部国杰研究院… -> 国杰研究院…); a unit of the ministry itself keeps it (round 6, N6).
MINISTRY_UNITS = [
    ("ministry_with_zhongguo",
     "5月8日，中国商务部与海南省人民政府签署合作协议。",
     "中国商务部",
     "中华人民共和国商务部",
     {"中华人民共和国商务部", "海南省人民政府"}),
    ("unit_of_the_ministry_of_natural_resources",
     "5月8日，自然资源部第三海洋研究所与厦门市人民政府签署合作协议。",
     "自然资源部第三海洋研究所",
     "自然资源部第三海洋研究所",
     {"厦门市人民政府", "自然资源部第三海洋研究所"}),
    ("unit_of_the_ministry_of_agriculture",
     "5月8日，农业农村部规划设计研究院与临沂市人民政府签署合作协议。",
     "农业农村部规划设计研究院",
     "农业农村部规划设计研究院",
     {"临沂市人民政府", "农业农村部规划设计研究院"}),
    ("unit_of_the_ministry_of_science_traditional",
     "5月8日，科技部高技術研究發展中心與青島市人民政府簽署合作協議。",
     "科技部高技术研究发展中心",
     "科学技术部高技术研究发展中心",  # a unit of the ministry (round 6, N6)
     {"青岛市人民政府", "科学技术部高技术研究发展中心"}),
]

# A research institute named without any place on a page about Hong Kong or Macao is the
# region's own (written with the rule, not part of the unseen figure); a laboratory, a
# university or a firm without a place stays as written (they are as often the mainland's).
SAR_PLACELESS = [
    ("hong_kong_institute_without_its_region",
     "香港特区政府官员出席。5月8日，应用科技研究院与深圳市科协签署合作备忘录。",
     "应用科技研究院",
     "香港应用科技研究院",
     {"深圳市科学技术协会", "香港应用科技研究院"}),
    ("macao_institute_without_its_region_traditional",
     "澳門特區政府官員出席。5月8日，中醫藥研究院與珠海市科技局簽署合作協議。",
     "中医药研究院",
     "澳门中医药研究院",
     {"澳门中医药研究院", "珠海市科学技术局"}),
    ("laboratory_on_a_hong_kong_page_stays",
     "香港特区政府官员出席。5月8日，鹏城实验室与香港大学签署合作备忘录。",
     "鹏城实验室",
     "鹏城实验室",
     {"香港大学", "鹏城实验室"}),
    ("university_on_a_hong_kong_page_stays",
     "香港特区政府官员出席。5月8日，南方科技大学与香港理工大学签署合作备忘录。",
     "南方科技大学",
     "南方科技大学",
     {"南方科技大学", "香港理工大学"}),
    ("institute_on_a_mainland_page_stays",
     "深圳市科协主办。5月8日，应用科技研究院与深圳大学签署合作协议。",
     "应用科技研究院",
     "应用科技研究院",
     {"应用科技研究院", "深圳大学"}),
]

ALL = [("relative", *r) for r in RELATIVE] + [("chain", *r) for r in PLACE_CHAINS] + \
    [("ending", *r) for r in ENDINGS] + [("zone", *r) for r in ZONES] + \
    [("zone_grade", *r) for r in ZONE_GRADES] + [("zone_on_page", *r) for r in ZONES_ON_PAGE] + \
    [("sar", *r) for r in SAR_PLACELESS] + \
    [("government_unit", *r) for r in GOVERNMENT_UNITS] + \
    [("government_unit_short", *r) for r in GOVERNMENT_UNITS_SHORT] + \
    [("ministry_unit", *r) for r in MINISTRY_UNITS] + \
    [("ministry", *r) for r in MINISTRIES] + [("subunit", *r) for r in SUB_UNITS]


@pytest.mark.parametrize(("cls", "phenomenon", "page", "mention", "canonical", "parties"), ALL,
                         ids=[f"{r[0]}-{r[1]}" for r in ALL])
def test_named_canonically(cls: str, phenomenon: str, page: str, mention: str, canonical: str,
                           parties: set[str] | None) -> None:
    got = names_on_page(page)
    assert got.get(mention) == canonical, (phenomenon, got)
    if parties is not None:
        assert frozenset(parties) in agreements_on_page(page), (phenomenon,
                                                                agreements_on_page(page))


# What the rules above must not do: two parties joined by a connector stay two, a kind of
# place (乡镇, 城乡) is no town's name, a zone's grade is no part of a name.
NOT_THESE = [
    ("university_and_college_stay_two",
     "5月8日，四川大学与成都工业学院签署合作协议。",
     "四川大学与成都工业学院"),
    ("university_and_college_stay_two_he",
     "西南大学和重庆文理学院签订战略合作协议。",
     "西南大学和重庆文理学院"),
    ("towns_in_general_are_no_town",
     "会议要求各乡镇政府与县直部门签署责任书。",
     "各乡镇人民政府"),
    ("grassroots_towns_are_no_town",
     "基层乡镇人民政府与县科协签署合作协议。",
     "基层乡镇人民政府"),
    ("urban_and_rural_is_no_town",
     "城乡政府与企业签约。",
     "城乡人民政府"),
    ("streets_of_a_district_are_no_street",
     "会上，各街道办与区科协签署责任书。",
     "各街道办事处"),
    ("doing_is_no_office",
     "湖州市召开会议。市政府办好十件实事，湖州市科协与浙江大学签署合作协议。",
     "湖州市人民政府办公室"),
]


@pytest.mark.parametrize(("phenomenon", "page", "wrong"), NOT_THESE,
                         ids=[r[0] for r in NOT_THESE])
def test_not_this_name(phenomenon: str, page: str, wrong: str) -> None:
    got = names_on_page(page)
    assert wrong not in got and wrong not in got.values(), (phenomenon, got)


TWO_PARTIES = [
    ("university_and_college",
     "5月8日，四川大学与成都工业学院签署合作协议。",
     {"四川大学", "成都工业学院"}),
    ("town_without_any_county_as_written",
     "5月8日，石垭乡政府与西南大学签署合作协议。",
     {"石垭乡人民政府", "西南大学"}),
    ("street_office_with_the_pages_district",
     "杭州市西湖区召开大会。会上，转塘街道办与中国美术学院签约。",
     {"中国美术学院", "杭州市西湖区转塘街道办事处"}),
    ("town_with_the_pages_county_level_city",
     "诸暨市科协与店口镇人民政府签订合作协议。",
     {"诸暨市店口镇人民政府", "诸暨市科学技术协会"}),
]


@pytest.mark.parametrize(("phenomenon", "page", "parties"), TWO_PARTIES,
                         ids=[r[0] for r in TWO_PARTIES])
def test_two_parties(phenomenon: str, page: str, parties: set[str]) -> None:
    assert frozenset(parties) in agreements_on_page(page), (phenomenon, agreements_on_page(page))
