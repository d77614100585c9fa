"""The shape of a body's name, on sentences written for these tests (none taken from a page).

A name is [place or owner] + modifiers + a head noun from a closed class. Each table holds one
class of shapes the recogniser used to miss (the figure of main f9bd4ee on each is in the
commit that added the table):

- a brand in Latin letters or digits in front of a firm's or an alliance's name (TCL…集团,
  5G…联盟, ABB（中国）有限公司);
- the bodies of a village or a residents' community (…村村民委员会, …社区居委会, a zone's
  community);
- a name right after a verb that governs it with no connector between (对接西北大学: the name
  is 西北大学, not 接西北大学), or after a noun of apposition (龙头企业某集团, 当地某公司);
- head nouns of foreign and international bodies (…机构, …理事会, …工程院, …组织), a bureau
  whose own name joins two fields with 与, a bank's branch written after the bank's legal name;
- two places listed before 两市/两省 and a body (铜仁、遵义两市科协);
- an organisation pointed at by 该 + its head (该院, 该校, 该公司);
- bodies owned by a macro-region (华南…中心), institutes of design and testing, farms and works;
- courts, procuratorates and exchanges; a firm after 与 that is no part of the name before it;
- an academy's institute written short after its academy (某省农科院茶叶所);
- a foreign state written alone as a signatory, a cluster of cities (…城市群, …都市圈);
- a unit written after the short form the page defines for its body (某科技河北分公司).

Each class has negatives: strings of the same look that are no party (programmes, facilities,
generic kinds, a council's session, an envoy). Traditional script goes through the cleaning.
"""

from __future__ import annotations

import pytest

from etl.cleaning.clean import clean_document
from etl.extraction.article import full_context
from etl.extraction.organisations import find_organisations
from etl.records import RawDocument


def found(page: str) -> dict[str, str]:
    """mention -> canonical name of every single organisation the recogniser finds in the page
    as the cleaning gives it (Traditional script converted)."""
    doc = clean_document(RawDocument("t", "t.txt", "txt", page, "0"))
    text = doc.text
    return {m.mention: m.name for m in find_organisations(text, full_context(text, None))
            if not m.group}


# (phenomenon, sentence, mention, canonical name)
LATIN_BRANDS = [
    ("brand_group", "区政府与TCL科技集团股份有限公司签署协议。", "TCL科技集团股份有限公司",
     "TCL科技集团股份有限公司"),
    ("brand_bracket_country", "昆山市人民政府与ABB（中国）有限公司签署战略合作协议。",
     "ABB（中国）有限公司", "ABB(中国)有限公司"),
    ("digit_letter_alliance", "金华市科协与5G产业技术创新联盟签约。", "5G产业技术创新联盟",
     "5G产业技术创新联盟"),
    ("digit_letter_firm", "萧山区政府与3M中国有限公司签约。", "3M中国有限公司", "3M中国有限公司"),
    ("brand_traditional", "無錫市政府與SK海力士半導體（中國）有限公司簽署合作協議。",
     "SK海力士半导体（中国）有限公司", "SK海力士半导体(中国)有限公司"),
    ("brand_before_place", "OPPO广东移动通信有限公司与东莞市科协签署合作协议。",
     "OPPO广东移动通信有限公司", "OPPO广东移动通信有限公司"),
    ("brand_short_group", "泰州市政府与BOE光电科技集团签约。", "BOE光电科技集团",
     "BOE光电科技集团"),
    ("letters_alliance", "南昌市科协与VR产业创新联盟签约。", "VR产业创新联盟", "VR产业创新联盟"),
    ("brand_medical_group", "中山市政府与GE医疗集团签署合作协议。", "GE医疗集团", "GE医疗集团"),
    ("brand_institute", "苏州市科技局与SAP中国研究院签约。", "SAP中国研究院", "SAP中国研究院"),
]

GRASSROOTS = [
    ("village_committee_full", "县科协与马家村村民委员会签署科普共建协议。", "马家村村民委员会",
     "马家村村民委员会"),
    ("village_committee_short", "镇政府与下沙村村委会签约。", "下沙村村委会", "下沙村村民委员会"),
    ("community_of_street_short", "市科协与长安街道龙泉社区居委会签署共建协议。",
     "长安街道龙泉社区居委会", "长安街道龙泉社区居民委员会"),
    ("community_of_zone", "咸阳高新区金马社区与咸阳市科协签约。", "咸阳高新区金马社区",
     "咸阳高新区金马社区"),
    ("community_traditional", "區科協與東湖街道翠柳社區簽署科普共建協議。", "东湖街道翠柳社区",
     "东湖街道翠柳社区"),
    ("community_committee_full", "区科协与锦华社区居民委员会签订共建协议。", "锦华社区居民委员会",
     "锦华社区居民委员会"),
    ("village_cooperative", "县科协与上林村股份经济合作社签约。", "上林村股份经济合作社",
     "上林村股份经济合作社"),
    ("village_of_town", "县科协与青山镇石门村签署结对协议。", "青山镇石门村", "青山镇石门村"),
    ("community_of_town", "县科协与城关镇幸福社区居委会签约。", "城关镇幸福社区居委会",
     "城关镇幸福社区居民委员会"),
]

AFTER_A_VERB = [
    ("dock_with", "市科协积极对接西北大学，签署合作协议。", "西北大学", "西北大学"),
    ("dock_with_firm", "县政府主动对接华润集团，双方签约。", "华润集团", "华润(集团)有限公司"),
    ("go_into", "市科协走进暨南大学并签署合作协议。", "暨南大学", "暨南大学"),
    ("receive", "区政府接待南开大学代表团并签约。", "南开大学", "南开大学"),
    ("introduce", "开发区引进中科创新研究院并签署入驻协议。", "中科创新研究院", "中科创新研究院"),
    ("pair_with", "市科协结对帮扶复旦大学附属中山医院签约。", "复旦大学附属中山医院",
     "复旦大学附属中山医院"),
    ("deepen_traditional", "市政府持續深化對接廈門大學，雙方簽約。", "厦门大学", "厦门大学"),
    ("serve", "市科协精准服务恒瑞医药集团，签订合作协议。", "恒瑞医药集团", "恒瑞医药集团"),
]

HEADS = [
    ("foreign_agency", "市科协与日本科学技术振兴机构签约。", "日本科学技术振兴机构",
     "日本科学技术振兴机构"),
    ("foreign_academy_engineering", "市政府与英国皇家工程院签约。", "英国皇家工程院",
     "英国皇家工程院"),
    ("foreign_council", "省科学院与加拿大国家研究理事会签署合作协议。", "加拿大国家研究理事会",
     "加拿大国家研究理事会"),
    ("international_organisation", "省政府与联合国工业发展组织签署合作协议。",
     "联合国工业发展组织", "联合国工业发展组织"),
    ("regional_research_centre", "省科协与欧洲核子研究中心签署合作备忘录。", "欧洲核子研究中心",
     "欧洲核子研究中心"),
    ("newspaper_office", "贵州日报报刊社与遵义市科协签约。", "贵州日报报刊社", "贵州日报报刊社"),
    ("bureau_with_inner_and", "嘉兴市科协与浙江省测绘与地理信息局签约。", "浙江省测绘与地理信息局",
     "浙江省测绘与地理信息局"),
    ("bank_branch_after_legal_name", "杭州市政府与中国银行股份有限公司浙江省分行签约。",
     "中国银行股份有限公司浙江省分行", "中国银行股份有限公司浙江省分行"),
    ("foreign_foundation_traditional", "省科協與德國研究聯合會簽署合作備忘錄。", "德国研究联合会",
     "德国研究联合会"),
]

# A body owned by a macro-region (华南, 长三角, 东北亚 …) rather than a place of the gazetteer,
# and institutes, farms and works by their own heads (…设计院, …规划院, …农场, …机械厂).
REGION_OWNED_AND_WORKS = [
    ("region_transfer_centre", "佛山市科技局与华南技术转移中心签署合作协议。", "华南技术转移中心",
     "华南技术转移中心"),
    ("region_delta_centre", "嘉兴市科协与长三角科技成果转化中心签约。", "长三角科技成果转化中心",
     "长三角科技成果转化中心"),
    ("region_northeast_asia", "珲春市政府与东北亚技术转移中心签署协议。", "东北亚技术转移中心",
     "东北亚技术转移中心"),
    ("region_bay_area_lab", "江门市科协与大湾区精密仪器实验室签约。", "大湾区精密仪器实验室",
     "大湾区精密仪器实验室"),
    ("region_traditional", "綿陽市科協與西南科技成果轉化中心簽署合作協議。", "西南科技成果转化中心",
     "西南科技成果转化中心"),
    ("design_institute_placeless", "十堰市政府与中南建筑设计院签约。", "中南建筑设计院",
     "中南建筑设计院"),
    ("design_institute_after_place", "常德市科技局与湖南省交通规划勘察设计院签订合作协议。",
     "湖南省交通规划勘察设计院", "湖南省交通规划勘察设计院"),
    ("planning_institute", "县政府与浙江省城乡规划院签署技术服务协议。", "浙江省城乡规划院",
     "浙江省城乡规划院"),
    ("testing_institute", "市科协与华测检验检测院签约。", "华测检验检测院", "华测检验检测院"),
    ("state_farm", "县科协与国营黄河农场签署科技服务协议。", "国营黄河农场", "国营黄河农场"),
    ("forest_farm", "县科协与青松岭林场签约。", "青松岭林场", "青松岭林场"),
    ("machine_works", "县政府与红星机械厂签约。", "红星机械厂", "红星机械厂"),
]

# Courts, procuratorates and exchanges by their heads (…中级人民法院, …知识产权法院, …技术交易所),
# after a place or a national prefix.
COURTS_AND_EXCHANGES = [
    ("intermediate_court", "苏州市中级人民法院与苏州大学签署合作协议。", "苏州市中级人民法院",
     "苏州市中级人民法院"),
    ("ip_court", "北京知识产权法院与北京理工大学签约。", "北京知识产权法院", "北京知识产权法院"),
    ("procuratorate", "杭州市人民检察院与浙江工业大学签署合作协议。", "杭州市人民检察院",
     "杭州市人民检察院"),
    ("court_traditional", "廈門市中級人民法院與廈門大學簽署合作協議。", "厦门市中级人民法院",
     "厦门市中级人民法院"),
    ("technology_exchange", "嘉定区科委与上海技术交易所签约。", "上海技术交易所", "上海技术交易所"),
    ("national_exchange", "中国技术交易所与株洲市政府签署战略合作协议。", "中国技术交易所",
     "中国技术交易所"),
    ("stock_exchange", "深圳证券交易所与东莞市政府签署合作备忘录。", "深圳证券交易所",
     "深圳证券交易所"),
    ("property_exchange", "市科协与北京产权交易所签约。", "北京产权交易所", "北京产权交易所"),
    ("international_exchange", "市政府与联合国南南全球技术产权交易所签约。",
     "联合国南南全球技术产权交易所", "联合国南南全球技术产权交易所"),
]

# A firm named right after 与 is no part of the name before it, whatever that name is (某农科院
# 某所与某公司: two names, the first a short form the recogniser may not read).
# (phenomenon, sentence, mention, canonical name)
FIRM_AFTER_AND = [
    ("institute_short_and_firm", "湖南农科院茶叶所与君山银针茶业公司签署合作协议。",
     "君山银针茶业公司", "君山银针茶业公司"),
    ("station_and_firm", "福建省农科院果树站与永春芦柑专业合作公司签约。", "永春芦柑专业合作公司",
     "永春芦柑专业合作公司"),
    ("team_and_firm_limited", "四川省林科院竹类组与青神竹编艺术有限公司签约。",
     "青神竹编艺术有限公司", "青神竹编艺术有限公司"),
    ("office_and_group", "江西省科学院成果办与赣锋锂业集团签约。", "赣锋锂业集团", "赣锋锂业集团"),
]

# An academy's institute written short after its academy (某省农科院茶叶所): the academy's
# official name and the institute's (…研究所).
ACADEMY_UNITS = [
    ("region_academy_short_unit", "广西农科院果树所与桂林市科协签约。", "广西农科院果树所",
     "广西壮族自治区农业科学院果树研究所"),
    ("province_academy_short_unit", "湖南省农科院茶叶所与安化县政府签约。", "湖南省农科院茶叶所",
     "湖南省农业科学院茶叶研究所"),
    ("academy_full_unit_short", "浙江省农业科学院蔬菜所与温州市科协签约。",
     "浙江省农业科学院蔬菜所", "浙江省农业科学院蔬菜研究所"),
    ("relative_academy_unit", "湖南省科协与省农科院水稻所签约。", "省农科院水稻所",
     "湖南省农业科学院水稻研究所"),
    ("science_academy_unit", "山东省科学院能源所与淄博市政府签约。", "山东省科学院能源所",
     "山东省科学院能源研究所"),
    ("city_academy_unit", "德州市农科院蔬菜所与陵城区政府签约。", "德州市农科院蔬菜所",
     "德州市农业科学院蔬菜研究所"),
    ("region_academy_short_unit_full", "广西农科院果树研究所与桂林市科协签约。",
     "广西农科院果树研究所", "广西壮族自治区农业科学院果树研究所"),
    ("academy_unit_traditional", "雲南省農科院花卉所與玉溪市科協簽約。", "云南省农科院花卉所",
     "云南省农业科学院花卉研究所"),
    ("academy_unit_in_full", "河北省农林科学院谷子研究所与邯郸市科协签约。",
     "河北省农林科学院谷子研究所", "河北省农林科学院谷子研究所"),
    ("municipality_academy_unit", "上海市农科院食用菌所与奉贤区政府签约。", "上海市农科院食用菌所",
     "上海市农业科学院食用菌研究所"),
]

# A firm after a noun of apposition that says what kind of firm it is (龙头企业某集团, 上市公司
# 某集团): the name starts after it; 企业 inside a firm's own name stays (某企业管理有限公司).
AFTER_APPOSITION = [
    ("leading_firm", "市科协与龙头企业海澜集团签约。", "海澜集团", "海澜集团"),
    ("backbone_firm", "区科协与骨干企业亨通光电股份有限公司签约。", "亨通光电股份有限公司",
     "亨通光电股份有限公司"),
    ("pioneer_firm", "县政府与领军企业隆基绿能科技股份有限公司签约。", "隆基绿能科技股份有限公司",
     "隆基绿能科技股份有限公司"),
    ("high_tech_firm", "市科协与高新技术企业中控技术股份有限公司签约。", "中控技术股份有限公司",
     "中控技术股份有限公司"),
    ("tech_firm", "市科协与科技型企业云从科技集团签约。", "云从科技集团", "云从科技集团"),
    ("key_firm_traditional", "市科協與重點企業福耀玻璃工業集團簽約。", "福耀玻璃工业集团",
     "福耀玻璃工业集团"),
    ("listed_firm", "县科协与上市公司伊利实业集团签约。", "伊利实业集团", "伊利实业集团"),
    ("chain_leader_firm", "区政府与链主企业恒力石化集团签约。", "恒力石化集团", "恒力石化集团"),
    ("local_firm", "铜陵市政府与当地鑫源铜业有限公司签约。", "鑫源铜业有限公司",
     "鑫源铜业有限公司"),
    ("newly_settled_firm", "区政府与新落户企业华恒生物科技有限公司签约。", "华恒生物科技有限公司",
     "华恒生物科技有限公司"),
    ("home_firm", "县科协与本地企业长江精工钢结构有限公司签约。", "长江精工钢结构有限公司",
     "长江精工钢结构有限公司"),
    ("research_body_kind", "市政府与国内知名研究机构中科院合肥物质科学研究院签约。",
     "中科院合肥物质科学研究院", "中国科学院合肥物质科学研究院"),
    ("firm_word_inside_name", "市政府与华夏企业管理有限公司签约。", "华夏企业管理有限公司",
     "华夏企业管理有限公司"),
    ("body_word_inside_name", "市科协与泰州市机构编制委员会办公室签约。",
     "泰州市机构编制委员会办公室", "泰州市机构编制委员会办公室"),
    ("firm_word_inside_centre", "市科协与泰州市中小企业服务中心签约。", "泰州市中小企业服务中心",
     "泰州市中小企业服务中心"),
]

# A foreign state written alone as a signatory (澳门特区与法国签署), and a cluster of cities
# (某某城市群, 某某都市圈, 某某经济圈) as a party of its own.
STATES_AND_CLUSTERS = [
    ("state_after_region", "澳门特区与法国签署科研合作协议。", "法国", "法国"),
    ("state_after_ministry", "科技部与新加坡签署科技合作协定。", "新加坡", "新加坡"),
    ("state_after_province", "云南省政府与老挝签署农业科技合作协议。", "老挝", "老挝"),
    ("state_traditional", "廣西壯族自治區與越南簽署科技合作備忘錄。", "越南", "越南"),
    ("state_before_and", "宁夏回族自治区与阿联酋签署合作协议。", "阿联酋", "阿联酋"),
    ("state_in_a_list", "黑龙江省与俄罗斯、白俄罗斯签署合作协议。", "白俄罗斯", "白俄罗斯"),
    ("city_cluster", "关中平原城市群与西安交通大学签署协议。", "关中平原城市群", "关中平原城市群"),
    ("metropolitan_circle", "南京都市圈与东南大学签署合作协议。", "南京都市圈", "南京都市圈"),
    ("economic_circle", "成渝地区双城经济圈与中国科学院签署合作协议。", "成渝地区双城经济圈",
     "成渝地区双城经济圈"),
    ("cluster_traditional", "呼包鄂榆城市群與內蒙古大學簽約。", "呼包鄂榆城市群", "呼包鄂榆城市群"),
]

# A unit of a body written after the short form the page defines for it (某集团有限公司（以下简称
# “某科技”）… 某科技河北分公司): the body's full name and the unit's.
ALIAS_UNITS = [
    ("firm_branch", "华北电力装备集团有限公司（以下简称“华电装备”）近日发布年报。"
     "华电装备河北分公司与保定市政府签署合作协议。", "华电装备河北分公司",
     "华北电力装备集团有限公司河北分公司"),
    ("university_school", "黔北理工大学（以下简称“黔理工”）与遵义市政府签约。"
     "随后，黔理工机械工程学院与遵义市科协签约。", "黔理工机械工程学院",
     "黔北理工大学机械工程学院"),
    ("institute_centre", "首都科技发展战略研究院（简称“首科院”）专家来访。"
     "首科院区域创新研究中心与丰宁县政府签约。", "首科院区域创新研究中心",
     "首都科技发展战略研究院区域创新研究中心"),
    ("institute_lab", "江南新材料研究院（以下简称“江南院”）成立五周年。"
     "江南院检测中心与无锡市科协签约。", "江南院检测中心", "江南新材料研究院检测中心"),
    ("firm_branch_traditional", "東海海洋科技集團有限公司（以下簡稱「東海科技」）發布公告。"
     "東海科技舟山分公司與舟山市政府簽約。", "东海科技舟山分公司",
     "东海海洋科技集团有限公司舟山分公司"),
    ("institute_centre_after_xiacheng", "长安智能汽车研究院（下称“长智院”）揭牌。"
     "长智院测试中心与璧山区政府签约。", "长智院测试中心", "长安智能汽车研究院测试中心"),
]


def test_alias_unit_name() -> None:
    """Each page in ALIAS_UNITS: the short form + unit is the full name + unit."""
    misses = [(p, found(page)) for p, page, mention, name in ALIAS_UNITS
              if found(page).get(mention) != name]
    assert not misses, misses


# A zone after its place by the heads of zones of other kinds than the usual (…综合实验区,
# …综合保税区, …自贸片区), kept as written.
ZONE_HEADS = [
    ("experimental_zone", "市科协与郑州航空港经济综合实验区签约。", "郑州航空港经济综合实验区",
     "郑州航空港经济综合实验区"),
    ("bonded_zone", "市科协与宁波保税区签约。", "宁波保税区", "宁波保税区"),
    ("comprehensive_bonded_zone", "市科协与合肥综合保税区签约。", "合肥综合保税区",
     "合肥综合保税区"),
    ("free_trade_area", "区科协与广州南沙自贸片区签约。", "广州南沙自贸片区", "广州南沙自贸片区"),
    ("bonded_zone_traditional", "市科協與成都綜合保稅區簽約。", "成都综合保税区", "成都综合保税区"),
    ("experimental_zone_with_committee", "省科协与黄河三角洲农业高新技术产业实验区管委会签约。",
     "黄河三角洲农业高新技术产业实验区管委会", "黄河三角洲农业高新技术产业实验区管理委员会"),
]


CASES = [*LATIN_BRANDS, *GRASSROOTS, *AFTER_A_VERB, *HEADS, *REGION_OWNED_AND_WORKS,
         *COURTS_AND_EXCHANGES, *FIRM_AFTER_AND, *ACADEMY_UNITS, *AFTER_APPOSITION,
         *STATES_AND_CLUSTERS, *ZONE_HEADS]


@pytest.mark.parametrize(("phenomenon", "sentence", "mention", "name"), CASES,
                         ids=[c[0] for c in CASES])
def test_shape_is_a_party(phenomenon: str, sentence: str, mention: str, name: str) -> None:
    got = found(sentence)
    assert got.get(mention) == name, (phenomenon, got)


# (phenomenon, sentence, a string that must be no single party's mention nor inside one)
NOT_PARTIES = [
    ("latin_facility", "会上发布AI创新中心建设方案，市政府与华东师范大学签约。", "AI"),
    ("latin_agreement_title", "市政府与中国移动签署5G战略合作协议。", "5G"),
    ("latin_app_service", "市科协上线APP服务平台，并与南开大学签约。", "APP"),
    ("latin_year_event", "2024ZGC论坛期间，海淀区政府与北京大学签约。", "ZGC"),
    ("demonstration_village", "市科协与某县签约，共建乡村振兴示范村。", "示范村"),
    ("science_community_designation", "县科协与农科院签约，推动科普示范社区建设。", "示范社区"),
    ("community_committee_generic", "市科协与全市社区居委会开展合作。", "社区居委会"),
    ("council_session", "省机械工程学会第五届理事会第三次会议召开，并与某市签约。", "理事会"),
    ("generic_research_bodies", "市科协与区内科研机构签约。", "科研机构"),
    ("verb_no_name", "县政府对接会上签约项目12个。", "对接会"),
    ("party_organisation", "县科协与基层党组织结对共建。", "党组织"),
    ("region_as_area", "华南地区中心城市与市科协签约。", "华南地区中心"),
    ("region_integration", "长三角一体化示范区执委会与市科协座谈。", "一体化示范区执委会"),
    ("family_farm", "县科协与当地家庭农场签约。", "家庭农场"),
    ("smart_farm", "市科协推动建设智慧农场，并与农科院签约。", "智慧农场"),
    ("factory_generic", "市科协走进工厂车间开展服务。", "工厂"),
    ("design_institutes_many", "市政府与多家设计院签约。", "多家设计院"),
    ("exchanges_many", "市科协与多家技术交易所签约。", "多家技术交易所"),
    ("listing_place", "该企业在深圳证券交易所创业板上市，并与某县签约。", "创业板"),
    ("academy_director", "湖南省农科院所长张某与安化县签约。", "农科院所"),
    ("state_envoy", "法国驻华大使出席了签约仪式。", "法国"),
    ("state_market", "产品出口到法国市场，并与某县签约。", "法国"),
    ("every_cluster", "各城市群与市科协签约。", "各城市群"),
    ("kinds_of_zone", "市科协与各类综合保税区企业座谈。", "综合保税区"),
    ("hour_circle", "打造一小时经济圈，市科协与某县签约。", "小时经济圈"),
    ("international_designation", "建设大湾区国际科技创新中心，市政府与某大学签约。", "国际科技"),
    ("international_venue", "签约仪式在国际会展中心举行。", "国际会展中心"),
    ("matchmaking_meeting", "此次对接会促成华北重工股份有限公司与某大学签约。", "促成"),
]


@pytest.mark.parametrize(("phenomenon", "sentence", "text"), NOT_PARTIES,
                         ids=[c[0] for c in NOT_PARTIES])
def test_lookalike_is_no_party(phenomenon: str, sentence: str, text: str) -> None:
    got = found(sentence)
    assert not any(text in m for m in got), (phenomenon, got)


def groups(page: str) -> dict[str, tuple[str, ...]]:
    """mention -> the member names of every group the recogniser finds in the page."""
    doc = clean_document(RawDocument("t", "t.txt", "txt", page, "0"))
    text = doc.text
    return {m.mention: tuple(i.name for i in m.items)
            for m in find_organisations(text, full_context(text, None)) if m.items}


# Two places listed before 两市/两省 and a body (铜仁、遵义两市科协): each place's body, whatever
# the article's most named places are. (phenomenon, sentence, mention, members)
LISTED_PLACES = [
    ("two_cities_association", "铜仁、遵义两市科协签署合作协议。", "铜仁、遵义两市科协",
     ("铜仁市科学技术协会", "遵义市科学技术协会")),
    ("two_cities_joined_by_and", "甘肃省科协与张掖和酒泉两市政府签约。", "张掖和酒泉两市政府",
     ("张掖市人民政府", "酒泉市人民政府")),
    ("two_cities_bureaus", "泸州、宜宾两市科技局签署合作协议。", "泸州、宜宾两市科技局",
     ("泸州市科学技术局", "宜宾市科学技术局")),
    ("province_and_municipality", "四川、重庆两省市科协签约。", "四川、重庆两省市科协",
     ("四川省科学技术协会", "重庆市科学技术协会")),
    ("two_cities_traditional", "贛州、吉安兩市科協簽署合作協議。", "赣州、吉安两市科协",
     ("赣州市科学技术协会", "吉安市科学技术协会")),
    ("two_cities_governments_after_other_places",
     "在郑州举行的会上，洛阳与三门峡两市政府签订协议。",
     "洛阳与三门峡两市政府", ("洛阳市人民政府", "三门峡市人民政府")),
    ("two_provinces_departments", "黑龙江、吉林两省科技厅签署合作备忘录。",
     "黑龙江、吉林两省科技厅", ("黑龙江省科学技术厅", "吉林省科学技术厅")),
    ("two_cities_joined_by_ji", "大同及朔州两市科协签署合作协议。", "大同及朔州两市科协",
     ("大同市科学技术协会", "朔州市科学技术协会")),
]


@pytest.mark.parametrize(("phenomenon", "sentence", "mention", "members"), LISTED_PLACES,
                         ids=[c[0] for c in LISTED_PLACES])
def test_listed_places_then_their_body(phenomenon: str, sentence: str, mention: str,
                                       members: tuple[str, ...]) -> None:
    got = groups(sentence)
    assert got.get(mention) == members, (phenomenon, got)


# An organisation pointed at by 该 + its head (该院, 该校, 该公司): the nearest organisation named
# before it with that head. (phenomenon, page, mention, canonical name)
POINTED = [
    ("academy", "湖南省农业科学院成立于1964年。近日，该院与怀化市人民政府签署战略合作协议。",
     "该院", "湖南省农业科学院"),
    ("university", "宁波大学是省重点建设高校。日前，该校与余姚市政府签署合作协议。", "该校",
     "宁波大学"),
    ("firm", "江西铜业集团有限公司是大型企业。该公司与鹰潭市科协签署合作协议。", "该公司",
     "江西铜业集团有限公司"),
    ("institute", "安徽省农科院茶叶研究所所长一行到访，该所与黄山市科技局签订协议。", "该所",
     "安徽省农业科学院茶叶研究所"),
    ("university_traditional", "廣西大學代表團來訪，南寧市政府與該校簽署戰略合作協議。", "该校",
     "广西大学"),
    ("society", "浙江省机械工程学会召开理事会。会后，该会与台州市科协签约。", "该会",
     "浙江省机械工程学会"),
    ("centre", "上海市技术转移中心负责人介绍了情况，随后该中心与嘉定区政府签约。", "该中心",
     "上海市技术转移中心"),
    ("group", "中国航天科工集团一行来到苏州考察。该集团与苏州市政府签署战略合作协议。", "该集团",
     "中国航天科工集团有限公司"),
    ("college_as_院", "东莞理工学院近年来发展迅速。该院与松山湖管委会签署合作协议。", "该院",
     "东莞理工学院"),
    ("department", "福建省科技厅介绍了项目情况。该厅与厦门大学签署合作协议。", "该厅",
     "福建省科学技术厅"),
]


@pytest.mark.parametrize(("phenomenon", "page", "mention", "name"), POINTED,
                         ids=[c[0] for c in POINTED])
def test_pointed_organisation(phenomenon: str, page: str, mention: str, name: str) -> None:
    got = found(page)
    assert got.get(mention) == name, (phenomenon, got)


# 该 + a head with nothing of that head named before: no party.
NOT_POINTED = [
    ("nothing_before", "近日，该院与怀化市人民政府签署战略合作协议。", "该院"),
    ("other_head_before", "宁波大学发布年度报告。该所与余姚市政府签约。", "该所"),
    ("firm_for_school", "江西铜业集团有限公司捐资助学。该校与鹰潭市科协签约。", "该校"),
]


@pytest.mark.parametrize(("phenomenon", "page", "mention"), NOT_POINTED,
                         ids=[c[0] for c in NOT_POINTED])
def test_pointing_without_antecedent(phenomenon: str, page: str, mention: str) -> None:
    assert mention not in found(page), phenomenon
