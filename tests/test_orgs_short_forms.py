"""Parties written in short forms that need knowledge or the page's context to name in full.

Issue 11 part 2: a party is "normalised to the full name with the article's own place where the
mention leaves it implicit". Four phenomena, each a table of short invented pages (a headline or
a sentence that sets the page's place, then the signing; different places, bodies, orders,
Traditional script):

- government departments by their short forms, at every level (国务院国资委, 市发改委, 省文旅厅,
  市外办, 省市场监管局 …): the department's full name with the page's place;
- aliases the page defines (以下简称/简称/下称, in any quotes, Traditional, defined after use);
- a body named relative to the page's place without the place (省自然资源科学研究院, 市农科院,
  区农业农村局, 县政府);
- the publisher's own body (我院/我校/我会/本所/我局/我委/我厅) from the source line or headline.

Every row checks both the canonical name of the mention and the agreement extracted from the
whole page (cleaning included).

Unseen figure (the first four tables, written before any rule, run on main at cae476f): 21 of
46 rows passed (departments 7/17, aliases 5/9, relative bodies 5/11, own bodies 4/9); the
negatives written then passed. MORE, HOSTS and COUNTED_SIDES were written after reading the
dev split's misses (0/13, 0/3, 3/5 before).
"""

from __future__ import annotations

import pytest

from tests.extraction_support import names_on_page, page_agreements


def agreements_on_page(page: str) -> list[frozenset[str]]:
    return [frozenset(p.name for p in a.parties) for a in page_agreements(page)]


# (phenomenon, page, mention as cleaned, canonical name, the agreement's parties)
DEPARTMENTS = [
    ("state_council_sasac_short", "5月8日，国务院国资委与中国科协在京签署战略合作协议。",
     "国务院国资委", "国务院国有资产监督管理委员会",
     {"国务院国有资产监督管理委员会", "中国科学技术协会"}),
    ("state_council_sasac_traditional", "5月8日，國務院國資委與四川省人民政府簽署合作協議。",
     "国务院国资委", "国务院国有资产监督管理委员会",
     {"国务院国有资产监督管理委员会", "四川省人民政府"}),
    ("sasac_alone_on_a_state_council_page", "国务院召开会议部署国企改革。会后，国资委与中国科协"
     "签署合作协议。", "国资委", "国务院国有资产监督管理委员会",
     {"国务院国有资产监督管理委员会", "中国科学技术协会"}),
    ("city_reform_commission_relative", "成都市召开新闻发布会。会上，市发改委与西南交通大学签署"
     "战略合作协议。", "市发改委", "成都市发展和改革委员会",
     {"成都市发展和改革委员会", "西南交通大学"}),
    ("province_industry_department_relative", "江西省召开工业大会。会上，省工信厅与南昌大学签订"
     "合作协议。", "省工信厅", "江西省工业和信息化厅", {"江西省工业和信息化厅", "南昌大学"}),
    ("city_labour_bureau_relative", "苏州市举办人才节。市人社局与苏州大学签署人才合作协议。",
     "市人社局", "苏州市人力资源和社会保障局", {"苏州市人力资源和社会保障局", "苏州大学"}),
    ("market_regulation_short_with_city", "昆明市市场监管局与云南大学签署合作协议。",
     "昆明市市场监管局", "昆明市市场监督管理局", {"昆明市市场监督管理局", "云南大学"}),
    ("culture_tourism_short", "福建省文旅厅与厦门大学签订战略合作框架协议。", "福建省文旅厅",
     "福建省文化和旅游厅", {"福建省文化和旅游厅", "厦门大学"}),
    ("health_commission_relative", "合肥市召开会议。会上，市卫健委与安徽医科大学签署合作协议。",
     "市卫健委", "合肥市卫生健康委员会", {"合肥市卫生健康委员会", "安徽医科大学"}),
    ("long_department_name_relative", "贵州省召开质量大会。省市场监督管理局与贵州大学签署"
     "合作协议。",
     "省市场监督管理局", "贵州省市场监督管理局", {"贵州省市场监督管理局", "贵州大学"}),
    ("long_department_name_relative_region", "广西壮族自治区召开会议。自治区人力资源和社会保障厅"
     "与广西大学签署合作协议。", "自治区人力资源和社会保障厅", "广西壮族自治区人力资源和社会保障厅",
     {"广西壮族自治区人力资源和社会保障厅", "广西大学"}),
    ("foreign_affairs_office_relative", "无锡市举行签约仪式，市外办与江南大学签署合作备忘录。",
     "市外办", "无锡市外事办公室", {"无锡市外事办公室", "江南大学"}),
    ("overseas_chinese_office_with_province", "浙江省侨办与浙江大学签署合作协议。", "浙江省侨办",
     "浙江省侨务办公室", {"浙江省侨务办公室", "浙江大学"}),
    ("national_ip_office_traditional", "國家知識產權局與江蘇省人民政府簽署合作協議。",
     "国家知识产权局", "国家知识产权局", {"国家知识产权局", "江苏省人民政府"}),
    ("housing_department_relative", "河南省召开会议。省住建厅与郑州大学签署合作协议。",
     "省住建厅", "河南省住房和城乡建设厅", {"河南省住房和城乡建设厅", "郑州大学"}),
    ("natural_resources_planning_relative", "青岛市召开会议。市自然资源和规划局与中国海洋大学签署"
     "合作协议。", "市自然资源和规划局", "青岛市自然资源和规划局",
     {"青岛市自然资源和规划局", "中国海洋大学"}),
    ("province_sasac_with_province", "湖南省国资委与湖南省科协签署合作协议。", "湖南省国资委",
     "湖南省国有资产监督管理委员会",
     {"湖南省国有资产监督管理委员会", "湖南省科学技术协会"}),
]

ALIASES = [
    ("alias_without_quotes", "中国水稻研究所（以下简称水稻所）专家来到南平。会上，水稻所与南平市"
     "人民政府签订科技共建协议。", "水稻所", "中国水稻研究所",
     {"中国水稻研究所", "南平市人民政府"}),
    ("alias_xia_cheng", "首都科技发展战略研究院（下称“首科院”）专家赴丰宁。首科院与丰宁满族自治县"
     "人民政府签署战略合作协议。", "首科院", "首都科技发展战略研究院",
     {"首都科技发展战略研究院", "丰宁满族自治县人民政府"}),
    ("alias_traditional_corner_quotes", "北京市科學技術研究院（以下簡稱「北科院」）專家赴懷柔。"
     "北科院與懷柔區人民政府簽署合作協議。", "北科院", "北京市科学技术研究院",
     {"北京市科学技术研究院", "北京市怀柔区人民政府"}),
    ("alias_single_quotes", "山东产业技术研究院（简称‘山东产研院’）成立三年。山东产研院与潍坊市"
     "人民政府签署合作协议。", "山东产研院", "山东产业技术研究院",
     {"山东产业技术研究院", "潍坊市人民政府"}),
    ("alias_jian_cheng_wei", "广东省智能制造研究所（以下简称为“广东智能所”）与佛山市顺德区人民"
     "政府签署合作协议。广东智能所将派驻专家。", "广东智能所", "广东省智能制造研究所",
     {"广东省智能制造研究所", "佛山市顺德区人民政府"}),
    ("alias_with_colon", "西安电子科技大学（以下简称：西电）与渭南市人民政府签署合作协议，"
     "西电将设立研究院。", "西电", "西安电子科技大学", {"西安电子科技大学", "渭南市人民政府"}),
    ("alias_defined_after_first_use", "上海产研院与长宁区人民政府签署合作协议。上海市产业技术研究院"
     "（简称“上海产研院”）成立于2012年。", "上海产研院", "上海市产业技术研究院",
     {"上海市产业技术研究院", "上海市长宁区人民政府"}),
    ("alias_ascii_brackets", "湖北省农业科学院(以下简称\"鄂农院\")专家到恩施。鄂农院与恩施州"
     "人民政府签署合作协议。", "鄂农院", "湖北省农业科学院",
     {"湖北省农业科学院", "恩施土家族苗族自治州人民政府"}),
    ("alias_after_comma", "天津市科学技术信息研究所，以下简称“天津信息所”，与宝坻区人民政府签署"
     "合作协议。天津信息所将提供服务。", "天津信息所", "天津市科学技术信息研究所",
     {"天津市科学技术信息研究所", "天津市宝坻区人民政府"}),
]

RELATIVE_BODIES = [
    ("province_institute_without_province", "四川省召开科技大会。会上，省自然资源科学研究院与攀枝花"
     "市人民政府签署合作协议。", "省自然资源科学研究院", "四川省自然资源科学研究院",
     {"四川省自然资源科学研究院", "攀枝花市人民政府"}),
    ("province_institute_traditional", "陝西省召開大會。省高新技術產業研究院與寶雞市人民政府"
     "簽署合作協議。", "省高新技术产业研究院", "陕西省高新技术产业研究院",
     {"陕西省高新技术产业研究院", "宝鸡市人民政府"}),
    ("city_academy_short", "湖州市召开农业大会。会上，市农科院与安吉县人民政府签约共建基地。",
     "市农科院", "湖州市农业科学院", {"湖州市农业科学院", "安吉县人民政府"}),
    ("district_association", "杭州市萧山区召开大会，区科协与浙江农林大学签署合作协议。", "区科协",
     "杭州市萧山区科学技术协会", {"杭州市萧山区科学技术协会", "浙江农林大学"}),
    ("county_government", "云南省宾川县召开会议。县政府与云南农业大学签订合作协议。", "县政府",
     "宾川县人民政府", {"宾川县人民政府", "云南农业大学"}),
    ("province_centre", "甘肃省召开会议。省科技发展促进中心与天水市人民政府签署合作协议。",
     "省科技发展促进中心", "甘肃省科技发展促进中心", {"甘肃省科技发展促进中心", "天水市人民政府"}),
    ("city_hospital", "长沙市召开会议。市第一医院与中南大学签署合作协议。", "市第一医院",
     "长沙市第一医院", {"长沙市第一医院", "中南大学"}),
    ("province_library", "湖北省召开会议。省图书馆与武汉大学签署合作协议。", "省图书馆",
     "湖北省图书馆", {"湖北省图书馆", "武汉大学"}),
    ("district_department", "杭州市萧山区召开会议。区农业农村局与浙江大学签约共建基地。",
     "区农业农村局", "杭州市萧山区农业农村局", {"杭州市萧山区农业农村局", "浙江大学"}),
    ("province_academy_institute", "江西省召开大会。省农业技术推广中心与井冈山大学签署合作协议。",
     "省农业技术推广中心", "江西省农业技术推广中心", {"江西省农业技术推广中心", "井冈山大学"}),
    ("city_society", "温州市召开大会。市机械工程学会与温州大学签署合作协议。", "市机械工程学会",
     "温州市机械工程学会", {"温州市机械工程学会", "温州大学"}),
]

OWN_BODIES = [
    ("own_academy_from_source", "我院与赣州市人民政府签署合作协议\n来源：江西省农业科学院\n"
     "5月8日，我院与赣州市人民政府签署合作协议。", "我院", "江西省农业科学院",
     {"江西省农业科学院", "赣州市人民政府"}),
    ("own_bureau_from_headline", "湖州市科技局与浙江大学签署合作协议\n近日，我局与浙江大学签署"
     "科技合作协议。", "我局", "湖州市科学技术局", {"湖州市科学技术局", "浙江大学"}),
    ("own_bureau_from_source", "我局与西北大学签约\n来源：宝鸡市科学技术局\n5月8日，我局与西北大学"
     "签署合作协议。", "我局", "宝鸡市科学技术局", {"宝鸡市科学技术局", "西北大学"}),
    ("own_department_from_source", "我厅与南京大学签署协议\n来源：江苏省科学技术厅\n5月8日，我厅与"
     "南京大学签署战略合作协议。", "我厅", "江苏省科学技术厅", {"江苏省科学技术厅", "南京大学"}),
    ("own_commission_from_headline", "成都市发展和改革委员会与四川大学签约\n5月8日，我委与四川大学"
     "签署战略合作协议。", "我委", "成都市发展和改革委员会",
     {"成都市发展和改革委员会", "四川大学"}),
    ("own_institute_ben_suo", "本所与营口市人民政府签约\n来源：中国科学院大连化学物理研究所\n"
     "5月8日，本所与营口市人民政府签署合作协议。", "本所", "中国科学院大连化学物理研究所",
     {"中国科学院大连化学物理研究所", "营口市人民政府"}),
    ("own_society_traditional", "我會與佛山市順德區人民政府簽約\n來源：廣東省機械工程學會\n"
     "5月8日，我會與佛山市順德區人民政府簽署合作協議。", "我会", "广东省机械工程学会",
     {"广东省机械工程学会", "佛山市顺德区人民政府"}),
    ("own_academy_traditional_headline", "廣東省農業科學院與新豐縣簽約\n4月23日，我院與新豐縣人民"
     "政府簽訂框架協議。", "我院", "广东省农业科学院", {"广东省农业科学院", "新丰县人民政府"}),
    ("own_school_from_source", "我校与宜宾市人民政府签约\n来源：西南石油大学新闻网\n5月8日，"
     "我校与宜宾市人民政府签署合作协议。", "我校", "西南石油大学",
     {"西南石油大学", "宜宾市人民政府"}),
]

# Written after the round's first measurement (found on dev pages' misses, then generalised):
# no "unseen" figure; the same kind of check.
MORE = [
    ("sasac_alone_on_a_central_enterprise_page", "国资委与中国科协签署合作协议，共同推动央企"
     "科技创新。", "国资委", "国务院国有资产监督管理委员会",
     {"国务院国有资产监督管理委员会", "中国科学技术协会"}),
    ("city_academy_after_short_place", "聊城农科院与阳谷县人民政府签署合作协议。", "聊城农科院",
     "聊城市农业科学院", {"聊城市农业科学院", "阳谷县人民政府"}),
    ("province_social_sciences_after_short_place", "江苏社科院与南通市人民政府签署合作协议。",
     "江苏社科院", "江苏省社会科学院", {"江苏省社会科学院", "南通市人民政府"}),
    ("university_short_by_knowledge", "中国农大与曲周县人民政府签署合作协议。", "中国农大",
     "中国农业大学", {"中国农业大学", "曲周县人民政府"}),
    ("cast_office_by_its_name", "中国科协科技人才工作领导小组办公室与湖南省科协签署合作协议。",
     "中国科协科技人才工作领导小组办公室", "中国科学技术协会科技人才工作领导小组办公室",
     {"中国科学技术协会科技人才工作领导小组办公室", "湖南省科学技术协会"}),
    ("region_department_written_with_qu", "宁夏回族自治区召开会议。区科技厅与宁夏大学签署合作"
     "协议。", "区科技厅", "宁夏回族自治区科学技术厅", {"宁夏回族自治区科学技术厅", "宁夏大学"}),
    ("region_department_short_with_qu", "广西壮族自治区召开会议。区人社厅与广西大学签署合作协议。",
     "区人社厅", "广西壮族自治区人力资源和社会保障厅",
     {"广西壮族自治区人力资源和社会保障厅", "广西大学"}),
    ("league_association_relative", "内蒙古自治区阿拉善盟召开会议。盟科协与内蒙古农业大学签署"
     "合作协议。", "盟科协", "阿拉善盟科学技术协会", {"阿拉善盟科学技术协会", "内蒙古农业大学"}),
    ("banner_government_relative", "鄂尔多斯市准格尔旗召开会议。旗政府与内蒙古大学签署合作协议。",
     "旗政府", "准格尔旗人民政府", {"准格尔旗人民政府", "内蒙古大学"}),
    ("banner_pointing", "准格尔旗召开大会\n我旗与中国农业大学签署合作协议。", "我旗",
     "准格尔旗人民政府", {"准格尔旗人民政府", "中国农业大学"}),
    ("alias_bracket_after_university_is_no_campus", "南京航空航天大学（简称南航）与江宁区人民政府"
     "签署合作协议。南航将设研究院。", "南航", "南京航空航天大学",
     {"南京航空航天大学", "南京市江宁区人民政府"}),
    ("alias_defined_inside_a_clause", "会议期间来宾见证了湖南大学（以下简称“湖大”）的揭牌。"
     "湖大与株洲市人民政府签署合作协议。", "湖大", "湖南大学", {"湖南大学", "株洲市人民政府"}),
    ("mass_organisation_relative", "福建省召开大会。省侨联与华侨大学签署合作协议。", "省侨联",
     "福建省归国华侨联合会", {"福建省归国华侨联合会", "华侨大学"}),
]

# The publisher by its site's domain (a department's subdomain of a university; an academy's
# own domain), where the page names it nowhere: (phenomenon, url, page, mention, canonical,
# parties).
HOSTS = [
    ("own_school_by_university_subdomain", "https://kjc.swu.edu.cn/news/1.htm",
     "5月8日，我校与北碚区人民政府签署合作协议。我校园艺学院参加。", "我校", "西南大学",
     {"西南大学", "重庆市北碚区人民政府"}),
    ("own_city_by_site_over_counterpart", "http://kjj.xianning.gov.cn/news/1.html",
     "常州市考察团到我市考察\n3月5日，常州市科技局一行来访，常州市副市长出席，常州市企业代表"
     "参加。我市科技局与常州市科技局签订合作协议。", "我市科技局", "咸宁市科学技术局",
     {"咸宁市科学技术局", "常州市科学技术局"}),
    ("own_academy_by_domain", "http://www.caas.cn/xwzx/1.html",
     "5月8日，我院与寿光市人民政府签署战略合作协议。", "我院", "中国农业科学院",
     {"中国农业科学院", "寿光市人民政府"}),
]


@pytest.mark.parametrize(("url", "page", "mention", "canonical", "parties"),
                         [r[1:] for r in HOSTS], ids=[r[0] for r in HOSTS])
def test_publisher_by_host(url: str, page: str, mention: str, canonical: str,
                           parties: set[str]) -> None:
    got = names_on_page(page, url)
    assert got.get(mention) == canonical, got
    assert frozenset(parties) in [frozenset(p.name for p in a.parties)
                                  for a in page_agreements(page, url)]


ALL = [("department", *r) for r in DEPARTMENTS] + [("alias", *r) for r in ALIASES] + \
    [("relative", *r) for r in RELATIVE_BODIES] + [("own", *r) for r in OWN_BODIES] + \
    [("more", *r) for r in MORE]


@pytest.mark.parametrize(("cls", "phenomenon", "page", "mention", "canonical", "parties"), ALL,
                         ids=[f"{r[0]}-{r[1]}" for r in ALL])
def test_short_form_named_in_full(cls: str, phenomenon: str, page: str, mention: str,
                                  canonical: str, parties: set[str]) -> None:
    got = names_on_page(page)
    assert got.get(mention) == canonical, (phenomenon, got)
    assert frozenset(parties) in agreements_on_page(page), (phenomenon, agreements_on_page(page))


# Short forms that must not be read as a relative body or a department (市场 is no 市 + 场).
NOT_THESE = [
    ("market_is_no_relative_city", "成都市召开会议。市场监管部门参加。某公司与四川大学签署"
     "合作协议。",
     "成都市场监管"),
    ("blockchain_is_no_relative_district", "杭州市萧山区召开会议。区块链研究院与浙江大学签署合作"
     "协议。", "杭州市萧山区块链研究院"),
    ("clause_after_we_province_is_no_body", "四川省召开会议。我省紧紧围绕服务中心工作推进合作。",
     "四川省紧紧围绕服务中心"),
    ("both_sides_is_no_alias", "甲公司与乙大学（以下简称“双方”）签署合作协议。", "双方"),
    ("sasac_without_state_council_is_not_national", "湖南省召开会议。国资委与省科协签署合作协议。",
     "国务院国有资产监督管理委员会"),
]


@pytest.mark.parametrize(("phenomenon", "page", "wrong"), NOT_THESE, ids=[r[0] for r in NOT_THESE])
def test_not_this_short_form(phenomenon: str, page: str, wrong: str) -> None:
    got = names_on_page(page)
    assert wrong not in got and wrong not in got.values(), (phenomenon, got)


# One party with counterparts of one kind signs with each (X市与A大学、B大学签署), unless the
# sentence counts them as the sides of one agreement (…，三方将…): then one joint agreement.
COUNTED_SIDES = [
    ("three_sides_counted", "近日，南充市人民政府和西华师范大学、川北医学院签署战略合作协议，三方将"
     "共建平台。", [{"南充市人民政府", "西华师范大学", "川北医学院"}]),
    ("three_sides_relative_bodies", "四川省召开会议。资阳市人民政府与省农业科学院、省林业科学研究院"
     "签署合作协议，三方将共建基地。",
     [{"资阳市人民政府", "四川省农业科学院", "四川省林业科学研究院"}]),
    ("without_a_count_one_per_counterpart", "近日，南充市人民政府与西华师范大学、川北医学院签署"
     "合作协议。", [{"南充市人民政府", "西华师范大学"}, {"南充市人民政府", "川北医学院"}]),
    ("third_party_is_no_count", "近日，南充市人民政府与西华师范大学、川北医学院签署合作协议，"
     "引入第三方评估。", [{"南充市人民政府", "西华师范大学"}, {"南充市人民政府", "川北医学院"}]),
    ("count_of_other_sides_is_no_joint", "近日，南充市人民政府与西华师范大学、川北医学院签署合作"
     "协议，四方代表出席。",
     [{"南充市人民政府", "西华师范大学"}, {"南充市人民政府", "川北医学院"}]),
]


@pytest.mark.parametrize(("phenomenon", "page", "expected"), COUNTED_SIDES,
                         ids=[r[0] for r in COUNTED_SIDES])
def test_counted_sides(phenomenon: str, page: str, expected: list[set[str]]) -> None:
    assert sorted(map(sorted, agreements_on_page(page))) == sorted(map(sorted, expected))
