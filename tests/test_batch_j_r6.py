"""Batch j (41 real pages, mostly wider signers) taught classes that recur on any newsroom's
pages: they follow the grammar, not one page. Every sentence here is written for this test (other
places, bodies, verbs, punctuation, Traditional script, negatives); none is copied from a page.
Main (175da47) before the rules changed: PLACE_PAIR_HEAD 3/10, VISIT_FRAME 2/8,
NO_DOCUMENT_NOUN 2/6, PINYIN_TONELESS 3/6, ACADEMY_SHORT_FORMS 3/9, CORPS_FORMS 1/6 (one of
them crashed the page: 兵团第七师与…), PAIRS_WITH_REMAINDER 4/6,
ATTENDING_GROUPS 4/5, PLACED_SHORT_BODIES 2/9, INSTITUTE_HEADS 0/5,
CEREMONY_NAMES_PAIR 5/8, CORPS_DIVISION_ALONE 1/6 (30/84 in all; and the guards
INTENT_TO_SIGN, WITNESSES, TALKS_AND_SIGNING, VISIT_FRAME_CLAUSES 22/22).

  PLACE_PAIR_HEAD   两省/两地 with the one-character names of the places before it and any body a
                    level word may name after it (川渝两地社科联, 湘赣两省农科院): one body each.
  VISIT_FRAME       A's official (and 一行) visits B and signs there (A馆长某某一行前往B开展签约):
                    A with B; a visit's subject and verb never make one name.
  NO_DOCUMENT_NOUN  the verb's whole object is the cooperation (正式签署战略合作。根据协议…): a
                    signing, its document unnamed.
  ACADEMY_SHORT_FORMS  a province's academy by its press short form (江西省林科院, 四川省医科院,
                    广西林科院): the academy by its official name, like 农科院 and 社科院 (a
                    province's 林科院 is its 林业科学院 or 林业科学研究院, by the province).
  CORPS_FORMS       the Xinjiang corps written 兵团 with its bureaus and its fourteen divisions
                    (兵团科技局, 兵团第三师): the corps' full names.
  (兵团 alone is the corps only on a page that names 新疆: elsewhere it is a figure of speech)
  CORPS_DIVISION_ALONE  a division without the corps (十四师, 第八师, 兵团一师) on a page that
                    writes 兵团: the corps' division; nowhere else, and no teacher's 师.
  PAIRS_WITH_REMAINDER  pairs listed one after another, a count closing the list (甲与乙、丙与丁
                    等8家单位分别签署): each named pair, the count's item the last pair's.
  ATTENDING_GROUPS  people attending the day's events, the ceremony among them (…有关人员参加了
                    联席会议和签约仪式): no signing of theirs.
  PLACED_SHORT_BODIES  a place's institute or union by its short form (天水市农科所, 宜春市林科所,
                    江宁区总工会): the body in full, with its place in full.
  INSTITUTE_HEADS   institutes named by their trade (…勘查院, 测绘院, 规划设计院), a bureau's unit
                    among them (某省地质局第一勘探院): one name, not the bureau.
  CEREMONY_NAMES_PAIR  a ceremony named by its pair, the two set apart by a space
                    (甲市人民政府 乙大学战略合作协议签约仪式) or a university glued to its
                    document (乙大学科技合作协议): the pair; 乙大学科技园 stays one name.
  PINYIN_TONELESS   a page annotated with toneless pinyin only, a space after each note
                    (兩(liang) 省): the notes and their spaces go; labels such as (a) stay.
"""

from __future__ import annotations

import pytest

from tests.extraction_support import clean_page, page_agreements


def page_parties(page: str) -> list[tuple[str, ...]]:
    return [tuple(p.name for p in a.parties) for a in page_agreements(page)]


def same(got: list[tuple[str, ...]], expected: list[tuple[str, ...]]) -> bool:
    return sorted(map(frozenset, got), key=sorted) == sorted(map(frozenset, expected), key=sorted)


PLACE_PAIR_HEAD = [
    ("shekelian_two_places",
     "3月12日，川渝两地社科联在重庆签署合作框架协议。",
     [("四川省社会科学界联合会", "重庆市社会科学界联合会")]),
    ("gongshanglian_two_provinces",
     "5月20日，苏皖两省工商联在合肥签订战略合作协议。",
     [("江苏省工商业联合会", "安徽省工商业联合会")]),
    ("nongkeyuan_two_provinces",
     "湘赣两省农科院近日签署科技合作协议，共建联合实验室。",
     [("湖南省农业科学院", "江西省农业科学院")]),
    ("shengqu_kexie_ceremony_head",
     "9月8日，桂黔两省区科协工作交流会暨合作协议签字仪式在南宁举行。",
     [("广西壮族自治区科学技术协会", "贵州省科学技术协会")]),
    ("traditional_shengshi",
     "6月2日，滬浙兩省市社科聯在杭州簽署合作協議。",
     [("上海市社会科学界联合会", "浙江省社会科学界联合会")]),
    ("traditional_pinyin_space",
     "近日，閩贛兩(liang) 省社科聯合作框架協議簽字儀(yi) 式在福州舉(ju) 行。",
     [("福建省社会科学界联合会", "江西省社会科学界联合会")]),
    ("laokexie_two_provinces",
     "10月9日，鲁豫两省老科协签订合作交流协议。",
     [("山东省老科学技术工作者协会", "河南省老科学技术工作者协会")]),
    ("jiaoyuting_two_provinces",
     "鄂湘两省教育厅11月3日签署教育科技合作协议。",
     [("湖北省教育厅", "湖南省教育厅")]),
    ("neg_talks_only",
     "4月2日，川渝两地社科联召开工作座谈会，共商合作事宜。",
     []),
    ("neg_will_sign",
     "湘赣两省农科院将于下月签署科技合作协议。",
     []),
]

VISIT_FRAME = [
    ("kexie_leader_goes_to_university",
     "6月3日，遵义市科协党组书记李明一行前往遵义医科大学签署科普合作协议。",
     [("遵义市科学技术协会", "遵义医科大学")]),
    ("bureau_head_fu",
     "4月11日，株洲市科技局局长陈刚一行赴中南大学签订产学研合作协议。",
     [("株洲市科学技术局", "中南大学")]),
    ("museum_director_holds_ceremony",
     "2023年7月9日，赣州市科技馆馆长刘洋一行前往赣南医学院第一附属医院开展科普合作签约仪式。",
     [("赣州市科学技术馆", "赣南医学院第一附属医院")]),
    ("two_titles_one_party",
     "8月15日，南宁市科协副主席黄伟、南宁市科技馆馆长韦强一行前往广西医科大学开展战略合作签约。",
     [("南宁市科学技术馆", "广西医科大学")]),
    ("traditional_visit",
     "5月6日，泉州市科協主席林海一行前往華僑大學簽署科普合作協議。",
     [("泉州市科学技术协会", "华侨大学")]),
    ("daofang_visit",
     "3月18日，宜昌市科技局局长王涛一行到三峡大学签订校地科技合作协议。",
     [("宜昌市科学技术局", "三峡大学")]),
    ("neg_visit_research_only",
     "6月3日，遵义市科协党组书记李明一行前往遵义医科大学调研，双方就合作进行座谈。",
     []),
    ("neg_visit_plan",
     "株洲市科技局局长陈刚一行赴中南大学洽谈，双方拟于年内签订合作协议。",
     []),
]

NO_DOCUMENT_NOUN = [
    ("strategic_cooperation_bare",
     "今天上午，江苏省科学技术协会与江苏省社会科学界联合会正式签署战略合作。根据协议，双方将共建智库。",
     [("江苏省科学技术协会", "江苏省社会科学界联合会")]),
    ("comprehensive_cooperation_bare",
     "9月2日，合肥市人民政府与中国科学技术大学签署全面合作，共建科创平台。",
     [("合肥市人民政府", "中国科学技术大学")]),
    ("traditional_bare",
     "8月1日，廣州市科協與暨南大學正式簽署戰略合作。",
     [("广州市科学技术协会", "暨南大学")]),
    ("qianding_bare",
     "4月20日，成都市科学技术局与电子科技大学签订战略合作。",
     [("成都市科学技术局", "电子科技大学")]),
    ("neg_talks_strategic",
     "9月2日，合肥市人民政府与中国科学技术大学举行座谈，共商战略合作。",
     []),
    ("neg_plan_strategic",
     "双方表示将尽快签署战略合作，推动项目落地。",
     []),
]

ACADEMY_SHORT_FORMS = [
    ("city_gov_with_three_incl_forestry",
     "3月2日，会上，赣州市人民政府分别与江西省林科院、赣南师范大学签订了科技合作协议。",
     [("赣州市人民政府", "江西省林业科学院"), ("赣州市人民政府", "赣南师范大学")]),
    ("province_forestry_academy",
     "5月9日，湖南省林科院与株洲市人民政府签署科技合作协议。",
     [("湖南省林业科学院", "株洲市人民政府")]),
    ("region_short_name_forestry",
     "6月12日，广西林科院与百色市人民政府签订战略合作协议。",
     [("广西壮族自治区林业科学研究院", "百色市人民政府")]),
    ("medical_academy",
     "10月20日，四川省医科院与绵阳市人民政府签署战略合作协议。",
     [("四川省医学科学院", "绵阳市人民政府")]),
    ("traditional_forestry",
     "7月1日，福建省林科院與三明市人民政府簽署科技合作協議。",
     [("福建省林业科学研究院", "三明市人民政府")]),
    ("relative_forestry",
     "浙江省林业局近日召开会议。会上，省林科院与丽水市人民政府签订合作协议。",
     [("浙江省林业科学研究院", "丽水市人民政府")]),
    ("national_forestry_academy",
     "8月3日，中国林科院与伊春市人民政府签署全面合作协议。",
     [("中国林业科学研究院", "伊春市人民政府")]),
    ("national_medical_academy",
     "9月9日，中国医科院与苏州市人民政府签署战略合作协议。",
     [("中国医学科学院", "苏州市人民政府")]),
    ("neg_forestry_experts_attend",
     "省林科院专家到场指导，与农户座谈交流。",
     []),
]

CORPS_FORMS = [
    ("corps_bureau_with_division",
     "新疆日报讯 4月2日，兵团科技局与兵团第三师签署科技工作会商议定书。",
     [("新疆生产建设兵团科学技术局", "新疆生产建设兵团第三师")]),
    ("corps_kexie_with_university",
     "（新疆）6月1日，兵团科协与石河子大学签署战略合作协议。",
     [("新疆生产建设兵团科学技术协会", "石河子大学")]),
    ("corps_full_with_university",
     "7月9日，新疆生产建设兵团与浙江大学签署全面合作协议。",
     [("新疆生产建设兵团", "浙江大学")]),
    ("traditional_corps",
     "新疆訊 8月6日，兵團科技局與兵團第八師簽署科技合作協議。",
     [("新疆生产建设兵团科学技术局", "新疆生产建设兵团第八师")]),
    ("corps_division_with_academy",
     "9月3日，兵团第七师与中国科学院新疆分院签订科技合作协议。",
     [("新疆生产建设兵团第七师", "中国科学院新疆分院")]),
    ("neg_corps_attends",
     "新疆日报讯 兵团科技局负责人出席会议，听取第三师工作汇报。",
     []),
    # 兵团 alone is the corps only on a page about Xinjiang; elsewhere it is a figure of speech
    ("neg_figurative_corps_elsewhere",
     "5月8日，“科普兵团”与长沙市科协签署志愿服务协议。",
     []),
    ("neg_figurative_corps_division_elsewhere",
     "杭州讯 7月1日，兵团第二师与某中学签署共建协议。",
     []),
]

PAIRS_WITH_REMAINDER = [
    ("two_pairs_then_count",
     "签约仪式上，青岛市科技局与定西市科技局、山东大学与兰州理工大学等6家单位分别签署了科技合作协议。",
     [("青岛市科学技术局", "定西市科学技术局"), ("山东大学", "兰州理工大学")]),
    ("two_pairs_no_count",
     "会上，杭州市科技局与黔东南州科技局、浙江大学与贵州大学分别签订了合作协议。",
     [("杭州市科学技术局", "黔东南苗族侗族自治州科学技术局"), ("浙江大学", "贵州大学")]),
    ("three_pairs_semicolon_free",
     "会上，天津市科协与承德市科协、南开大学与河北大学、天津大学与燕山大学分别签署合作协议。",
     [("天津市科学技术协会", "承德市科学技术协会"), ("南开大学", "河北大学"),
      ("天津大学", "燕山大学")]),
    ("traditional_pairs",
     "簽約儀式上，福州市科技局與昌吉州科技局、福州大學與新疆大學等4家單位分別簽署了合作協議。",
     [("福州市科学技术局", "昌吉回族自治州科学技术局"), ("福州大学", "新疆大学")]),
    ("neg_pairs_will_sign",
     "下一步，青岛市科技局与定西市科技局、山东大学与兰州理工大学将分别签署合作协议。",
     []),
    ("one_with_list_stays",
     "会上，青岛市科技局与定西市科技局、陇南市科技局分别签署了科技合作协议。",
     [("青岛市科学技术局", "定西市科学技术局"), ("青岛市科学技术局", "陇南市科学技术局")]),
]

ATTENDING_GROUPS = [
    ("group_attends_ceremony",
     "6月3日，南京市科技局与南通市科技局签署合作协议。两市15家龙头企业、高校等单位有关人员参加了签约仪式。",
     [("南京市科学技术局", "南通市科学技术局")]),
    ("group_attends_meeting_and_ceremony",
     "5月9日，无锡市人民政府与江南大学签订战略合作协议。双方20家企业、院所负责人出席了座谈会和签约仪式。",
     [("无锡市人民政府", "江南大学")]),
    ("count_attends_alone",
     "当地30余家企业代表参加签约仪式。",
     []),
    ("traditional_group_attends",
     "7月1日，廈門市科協與集美大學簽署合作協議。雙方10家企業、科研院所等單位有關人員參加了簽約儀式。",
     [("厦门市科学技术协会", "集美大学")]),
    ("group_signs_still",
     "会上，当地12家企业与浙江大学分别签署了技术合作协议。",
     [("12家企业", "浙江大学")]),
]

PLACED_SHORT_BODIES = [
    ("city_agri_institute",
     "6月2日，天水市农科所与甘谷县人民政府签订科技合作协议。",
     [("天水市农业科学研究所", "甘谷县人民政府")]),
    ("agri_institute_with_university",
     "绵阳市农科所与四川农业大学签署科技合作协议。",
     [("绵阳市农业科学研究所", "四川农业大学")]),
    ("forestry_institute",
     "8月8日，宜春市林科所与江西农业大学签订合作协议。",
     [("宜春市林业科学研究所", "江西农业大学")]),
    ("traditional_prefecture_agri_institute",
     "9月1日，臨夏州農科所與甘肅農業大學簽署合作協議。",
     [("临夏回族自治州农业科学研究所", "甘肃农业大学")]),
    ("agri_institute_with_firm",
     "3月3日，南充市农科所与四川某某种业有限公司签订合作协议。",
     [("南充市农业科学研究所", "四川某某种业有限公司")]),
    ("municipal_district_union",
     "嘉定区总工会与上海大学签署合作协议。",
     [("上海市嘉定区总工会", "上海大学")]),
    ("city_district_union",
     "4月9日，江宁区总工会与南京大学签署合作协议。",
     [("南京市江宁区总工会", "南京大学")]),
    ("city_union",
     "苏州市总工会与苏州大学签订合作协议。",
     [("苏州市总工会", "苏州大学")]),
    ("neg_institute_experts",
     "天水市农科所专家到田间指导，与农户座谈。",
     []),
]

INSTITUTE_HEADS = [
    ("bureau_survey_institute",
     "10月9日，信阳市农科所与河南省地质矿产勘查开发局第二地质勘查院签订战略合作框架协议。",
     [("信阳市农业科学研究所", "河南省地质矿产勘查开发局第二地质勘查院")]),
    ("design_institute",
     "江苏省规划设计院与南京大学签署合作协议。",
     [("江苏省规划设计院", "南京大学")]),
    ("mapping_institute",
     "5月20日，云南省测绘院与昆明理工大学签订科技合作协议。",
     [("云南省测绘院", "昆明理工大学")]),
    ("traditional_survey_institute",
     "6月6日，青海省地質調查局第三勘查院與青海大學簽署合作協議。",
     [("青海省地质调查局第三勘查院", "青海大学")]),
    ("exploration_institute_with_city",
     "7月7日，赣州市人民政府与江西省地质局第一勘探院签署战略合作协议。",
     [("赣州市人民政府", "江西省地质局第一勘探院")]),
]

CEREMONY_NAMES_PAIR = [
    ("space_between_parties",
     "5月8日，宁波市人民政府 浙江大学战略合作框架协议签约仪式在宁波举行。",
     [("宁波市人民政府", "浙江大学")]),
    ("ideographic_space",
     "6月9日，苏州市科协　苏州大学科普合作协议签字仪式在苏州举行。",
     [("苏州市科学技术协会", "苏州大学")]),
    ("space_corps_university",
     "新疆日报讯 10月2日，兵团第八师 石河子大学科技合作协议签约仪式在石河子举行。",
     [("新疆生产建设兵团第八师", "石河子大学")]),
    ("quoted_ceremony_with_pair",
     "“昆明市人民政府与中国科学院昆明分院全面科技合作协议签约仪式”暨成果对接会在昆明举行。",
     [("昆明市人民政府", "中国科学院昆明分院")]),
    ("traditional_space",
     "7月3日，廈門市人民政府 廈門大學戰略合作協議簽約儀式在廈門舉行。",
     [("厦门市人民政府", "厦门大学")]),
    ("neg_space_list_of_attendees",
     "出席仪式的有宁波市人民政府 浙江大学等单位负责人。",
     []),
    ("university_then_its_document",
     "4月2日，常州市人民政府与河海大学科技合作协议签约仪式在常州举行。",
     [("常州市人民政府", "河海大学")]),
    ("university_science_park_stays",
     "4月2日，常州市科技局与河海大学科技园签署合作协议。",
     [("常州市科学技术局", "河海大学科技园")]),
]

# Guards written with the classes, which main already passed (22/22): an intent to sign, in a
# consultation or a plan, is no signing; witnesses (a 科协 among them) are no party; talks and a
# signing in one clause are one agreement, talks alone none; a visit in its own clause or
# sentence, then 双方/并 signing, is the visitor with the visited.
WITNESSES = [
    ("kexie_witnesses_after_pair",
     "5月6日，洛阳市人民政府与河南科技大学签署战略合作协议，河南省科协等单位负责同志出席仪式并见证签约。",
     [("洛阳市人民政府", "河南科技大学")]),
    ("witness_clause_first",
     "河南省科协、洛阳市科技局负责同志见证签约。洛阳市人民政府与河南科技大学签署战略合作协议。",
     [("洛阳市人民政府", "河南科技大学")]),
    ("witness_only_sentence",
     "7月9日，湖南省科协有关负责同志出席并见证了签约。",
     []),
    ("traditional_witness",
     "6月1日，臺州市人民政府與浙江大學簽署合作協議，浙江省科協負責同志出席儀式並見證簽約。",
     [("台州市人民政府", "浙江大学")]),
    ("witnessed_by_kexie_between",
     "在省科协的见证下，宜昌市人民政府与三峡大学签署战略合作协议。",
     [("宜昌市人民政府", "三峡大学")]),
]

TALKS_AND_SIGNING = [
    ("talks_then_sign_same_clause",
     "3月8日，中国科学院广州分院与广东省农业科学院举行科技合作座谈会并签订合作框架协议。",
     [("中国科学院广州分院", "广东省农业科学院")]),
    ("two_departments_joint_meeting",
     "4月10日，江苏省科技厅与青海省科技厅召开联席会议。两厅在西宁签署了科技对口合作协议。",
     [("江苏省科学技术厅", "青海省科学技术厅")]),
    ("two_title_joined_by_ji",
     "5月5日，中国科学院南京分院与泰州市人民政府再次签署院市全面科技合作协议暨共建技术转移中心协议。",
     [("中国科学院南京分院", "泰州市人民政府")]),
    ("traditional_talks_sign",
     "6月6日，中國科學院武漢分院與湖北省農業科學院舉行座談會並簽訂合作框架協議。",
     [("中国科学院武汉分院", "湖北省农业科学院")]),
    ("neg_talks_between_bodies",
     "6月6日，宁波市社科联与宁波市科协举行专题会议，共商合作。",
     []),
    ("neg_consensus",
     "双方就深化合作达成共识，同意适时签署合作协议。",
     []),
]

VISIT_FRAME_CLAUSES = [
    ("visit_then_shuangfang",
     "6月3日，遵义市科协党组书记李明一行前往遵义医科大学，双方签署了科普合作协议。",
     [("遵义市科学技术协会", "遵义医科大学")]),
    ("visit_comma_sign",
     "4月11日，株洲市科技局局长陈刚一行赴中南大学考察，并签订产学研合作协议。",
     [("株洲市科学技术局", "中南大学")]),
    ("visit_two_sentences",
     "5月6日，泉州市科協主席林海一行前往華僑大學調研。雙方簽署了科普合作協議。",
     [("泉州市科学技术协会", "华侨大学")]),
    ("visit_ceremony_held",
     "3月18日，宜昌市科技局局长王涛一行来到三峡大学，举行校地科技合作协议签约仪式。",
     [("宜昌市科学技术局", "三峡大学")]),
]

INTENT_TO_SIGN = [
    ("cuicheng_nominal",
     "3月2日，中国科学院兰州分院与甘肃省科技厅举行会商，双方就尽快促成新一轮科技合作协议签署进行了深入交流。",
     []),
    ("tuidong_zaori",
     "5月6日，贵州省科技厅与中国科学院成都分院召开联席会议，会议商定推动新一轮院省合作协议早日签署。",
     []),
    ("zhengqu_niannei",
     "7月8日，广西科协与南宁市人民政府座谈，双方同意争取年内签署战略合作协议。",
     []),
    ("lizheng_xiabannian",
     "9月9日，宁夏科技厅与中国科学院西北生态环境资源研究院座谈，力争下半年签订科技合作协议。",
     []),
    ("traditional_cuicheng",
     "4月1日，中國科學院新疆分院與新疆科技廳舉行會商，雙方就儘快促成新一輪合作協議簽署交換了意見。",
     []),
    ("pos_signed_after_push",
     "在双方共同推动下，6月3日，中国科学院沈阳分院与鞍山市人民政府签署全面科技合作协议。",
     [("中国科学院沈阳分院", "鞍山市人民政府")]),
    ("pos_signed_then_push_next",
     "6月3日，吉林省科技厅与中国科学院长春分院签署科技合作协议，双方将推动协议落实。",
     [("吉林省科学技术厅", "中国科学院长春分院")]),
]

CORPS_DIVISION_ALONE = [
    ("division_alone_on_corps_page",
     "新疆日报讯 5月8日，兵团科技局与第十师签订科技合作协议。第十师师长某某出席。",
     [("新疆生产建设兵团科学技术局", "新疆生产建设兵团第十师")]),
    ("division_without_di",
     "（新疆）4月17日，兵团科技局与十三师签署科技工作会商议定书。",
     [("新疆生产建设兵团科学技术局", "新疆生产建设兵团第十三师")]),
    ("division_first_with_university",
     "新疆日报讯 6月2日，兵团一师与塔里木大学签署校地合作协议。",
     [("新疆生产建设兵团第一师", "塔里木大学")]),
    ("traditional_division",
     "新疆訊 7月1日，兵團科協與第八師簽訂科普合作協議。",
     [("新疆生产建设兵团科学技术协会", "新疆生产建设兵团第八师")]),
    ("neg_no_corps_on_page",
     "5月8日，某市科技局与第十师签订科技合作协议。",
     []),
    ("neg_teachers",
     "兵团科技局与石河子大学签订协议，实行一师一策，十名教师参加，师范生代表出席。",
     [("新疆生产建设兵团科学技术局", "石河子大学")]),
]

PINYIN_TONELESS = [
    ("three_notes_with_space",
     "近日，湘(xiang) 桂兩(liang) 省科協簽約儀(yi) 式在長沙舉行。",
     "近日，湘桂两省科协签约仪式在长沙举行。"),
    ("notes_without_space",
     "寧(ning) 夏科協與銀川市政府簽(qian)署協(xie)議。",
     "宁夏科协与银川市政府签署协议。"),
    ("four_notes_simplified",
     "广(guang)东省社科联与(yu) 海南省社科联签(qian) 订合作框架协(xie)议。",
     "广东省社科联与海南省社科联签订合作框架协议。"),
    ("neg_two_labels",
     "方案(a)与方案(e)均已提交。",
     "方案(a)与方案(e)均已提交。"),
    ("neg_english_words",
     "应用程序(app)、人工智能(AI)、芯片(chip)合作。",
     "应用程序(app)、人工智能(AI)、芯片(chip)合作。"),
    ("neg_space_kept_without_notes",
     "合作 共赢(2023)",
     "合作 共赢(2023)"),
]


@pytest.mark.parametrize(("name", "page", "expected"),
                         PLACE_PAIR_HEAD + VISIT_FRAME + NO_DOCUMENT_NOUN
                         + ACADEMY_SHORT_FORMS + CORPS_FORMS + PAIRS_WITH_REMAINDER
                         + ATTENDING_GROUPS + PLACED_SHORT_BODIES + INSTITUTE_HEADS
                         + CEREMONY_NAMES_PAIR + INTENT_TO_SIGN + WITNESSES + TALKS_AND_SIGNING
                         + VISIT_FRAME_CLAUSES + CORPS_DIVISION_ALONE,
                         ids=lambda v: v if isinstance(v, str) and v.isascii() else "")
def test_parties_of_batch_j_classes(name: str, page: str,
                                    expected: list[tuple[str, ...]]) -> None:
    got = page_parties(page)
    assert same(got, expected), (name, got)


@pytest.mark.parametrize(("name", "page", "expected"), PINYIN_TONELESS,
                         ids=lambda v: v if isinstance(v, str) and v.isascii() else "")
def test_toneless_pinyin_pages(name: str, page: str, expected: str) -> None:
    got = clean_page(page).text.replace("（", "(").replace("）", ")")
    assert got == expected, (name, got)


def test_visit_subject_and_verb_make_no_name() -> None:
    page = "5月6日，长沙市科技馆馆长周敏一行前往湘雅医院开展科普合作签约仪式。"
    names = {p for pair in page_parties(page) for p in pair}
    assert names == {"长沙市科学技术馆", "湘雅医院"}
