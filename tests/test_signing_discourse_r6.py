"""Signing frames that hold across clauses and sentences (issue 11, round 6), on pages written
for this test (invented people; no sentence copied from a page):

1. a signed document named as a modifier, undated (A与B签署的《协议》…): the signing the page
   reports when the grammar says so (the relative clause is the sentence's subject or topic
   and a predicate of the present event follows, a ceremony is described in its paragraph, the
   headline names the pair with a signing), a recalled one otherwise (根据/按照/为落实/在…框架下
   /此前/自…以来, the object of 回顾/落实/重视);
2. a signing whose sentence names none or one of its parties: the parties of an earlier clause
   of the sentence or of the sentence before (a meeting, a visit, a delegation and its host),
   written as 双方/两家/两地/该院/该校 or left out.

Each page goes through the real cleaning stage (Traditional script is converted there) and the
extraction; a case lists the party sets of the agreements it must give (empty: none).
"""

from __future__ import annotations

import pytest

from tests.extraction_support import page_agreements

DATE_LINE = "发布时间：2024-05-20 10:00\n"

Case = tuple[str, str, list[tuple[str, ...]]]


def signed(page: str) -> set[frozenset[str]]:
    """The party sets of the agreements of a page written as headline + body."""
    head, _, body = page.partition("\n")
    return {frozenset(p.name for p in a.parties)
            for a in page_agreements(head + "\n" + DATE_LINE + body)}


# --- 1. A与B签署的《协议》: the modifier's signing is the page's event ---------------------------
MODIFIER_CURRENT: list[Case] = [
    ("subject_then_marks_new_stage",
     "科技工作动态\n江西省科协与九江市人民政府签署的会市合作协议，标志着双方合作进入新阶段。",
     [("江西省科学技术协会", "九江市人民政府")]),
    ("subject_then_formally_signed",
     "科技工作动态\n中国科学院武汉分院与荆州市人民政府签订的院地科技合作协议正式签署，"
     "双方将共建产业技术研究院。",
     [("中国科学院武汉分院", "荆州市人民政府")]),
    ("title_subject_then_means",
     "校地合作新进展\n浙江大学与衢州市人民政府签署的《全面战略合作协议》，意味着校地合作迈上新台阶。",
     [("浙江大学", "衢州市人民政府")]),
    ("ceremony_in_paragraph",
     "科技工作动态\n5月16日上午，签约仪式在长沙举行。湖南大学与长沙市人民政府签署的校地合作协议"
     "涵盖人才培养、成果转化等内容。",
     [("湖南大学", "长沙市人民政府")]),
    ("scene_opener_then_content",
     "科技工作动态\n仪式上，安徽省科协与芜湖市人民政府签订的会市合作协议明确了五个方面的合作内容。",
     [("安徽省科学技术协会", "芜湖市人民政府")]),
    ("headline_pair_with_signing",
     "西北工业大学携手宝鸡市人民政府签约共建研究院\n西北工业大学与宝鸡市人民政府签署的战略合作协议明确，"
     "双方将共建宝鸡创新研究院。",
     [("西北工业大学", "宝鸡市人民政府")]),
    ("zone_and_company_topic",
     "园区动态\n苏州工业园区管理委员会与华为技术有限公司签署的战略合作协议，是园区今年引进的"
     "重大合作项目。签约仪式在园区举行。",
     [("苏州工业园区管理委员会", "华为技术有限公司")]),
    ("traditional_script",
     "科技工作動態\n廣東省科協與韶關市人民政府簽署的《會市合作協議》，標誌著雙方合作邁上新台階。",
     [("广东省科学技术协会", "韶关市人民政府")]),
    ("three_parties_subject",
     "科技工作动态\n河北省科协、河北工业大学与沧州市人民政府签署的三方合作协议，标志着“科创中国”"
     "沧州试点工作全面启动。",
     [("河北省科学技术协会", "河北工业大学", "沧州市人民政府")]),
]

MODIFIER_CURRENT += [
    ("pair_word_subject_after_meeting",
     "科技工作动态\n5月6日，辽宁省科协与盘锦市人民政府召开座谈会。双方签署的会市合作协议，标志着会市"
     "合作进入新阶段。",
     [("辽宁省科学技术协会", "盘锦市人民政府")]),
    ("this_time_pair_word_subject",
     "科技工作动态\n5月6日，辽宁省科协与丹东市人民政府召开座谈会。此次双方签署的合作协议涵盖人才、科普"
     "等内容。",
     [("辽宁省科学技术协会", "丹东市人民政府")]),
    ("reportedly_subject",
     "科技工作动态\n据悉，宁波大学与舟山市人民政府签署的校地合作协议标志着双方合作迈上新台阶。",
     [("宁波大学", "舟山市人民政府")]),
    ("headline_new_tie",
     "温州大学携手瑞安市人民政府共建研究院\n温州大学与瑞安市人民政府签署的校地合作协议涉及人才培养、"
     "平台共建等方面。",
     [("温州大学", "瑞安市人民政府")]),
    ("ceremony_scene_words",
     "科技工作动态\n本次签约仪式上，贵州大学与安顺市人民政府签署的战略合作协议涉及人才培养等方面。",
     [("贵州大学", "安顺市人民政府")]),
]

MODIFIER_CURRENT += [
    ("this_time_between_parties_and_verb",
     "科技工作动态\n青海大学与海东市人民政府此次签署的合作协议，涵盖人才培养等内容。",
     [("青海大学", "海东市人民政府")]),
    ("venue_between_parties_and_verb",
     "科技工作动态\n青海大学与海南藏族自治州人民政府在西宁签署的合作协议，标志着校地合作进入新阶段。",
     [("青海大学", "海南藏族自治州人民政府")]),
    ("nominal_signing_marks",
     "科技工作动态\n青海大学与海北藏族自治州人民政府的签约，标志着校地合作进入新阶段。",
     [("青海大学", "海北藏族自治州人民政府")]),
]

MODIFIER_CURRENT += [
    ("this_is_after_ceremony",
     "科技工作动态\n签约仪式在泉州举行。这是华侨大学与泉州市人民政府签署的第三份合作协议。",
     [("华侨大学", "泉州市人民政府")]),
    ("content_predicate_after_ceremony",
     "科技工作动态\n签约仪式在漳州举行。闽南师范大学与漳州市人民政府签署的合作协议要求双方每年会商一次。",
     [("闽南师范大学", "漳州市人民政府")]),
]

MODIFIER_CURRENT += [
    ("venue_and_adverb_between",
     "科技工作动态\n湖南大学与岳阳市人民政府在长沙共同签署的校地合作协议，标志着合作进入新阶段。",
     [("湖南大学", "岳阳市人民政府")]),
    ("implementation_in_next_clause",
     "科技工作动态\n签约仪式在长沙举行。湖南大学与常德市人民政府签署的校地合作协议，将落实人才培养等"
     "任务。",
     [("湖南大学", "常德市人民政府")]),
]

# In a speech (某某表示，…) the subject modifier is read as in running text; a document whose
# title the headline names is the page's signing wherever the body names it.
MODIFIER_CURRENT += [
    ("speech_subject_marks",
     "科技工作动态\n市长某某表示，西南大学与北碚区人民政府签署的校地合作协议，标志着双方合作迈入"
     "新阶段。",
     [("西南大学", "重庆市北碚区人民政府")]),
    ("headline_names_document",
     "《渝北区科技创新合作协议》签约仪式举行\n市科协主席某某表示，要用好重庆市科协与渝北区人民政府"
     "签署的《渝北区科技创新合作协议》，推动科技资源下沉。",
     [("重庆市科学技术协会", "重庆市渝北区人民政府")]),
]

# …and the recalled documents, which stay out (undated: not listed).
MODIFIER_RECALLED: list[Case] = [
    ("according_to",
     "科技工作动态\n根据湖北省科协与襄阳市人民政府签署的会市合作协议，双方今年将共建院士专家工作站。",
     []),
    ("under_framework",
     "科技工作动态\n在江苏省科协与南通市人民政府签署的战略合作框架协议下，双方开展了一系列科普活动。",
     []),
    ("to_implement",
     "科技工作动态\n为落实四川大学与眉山市人民政府签订的校地合作协议，眉山市科技局组织召开推进会。",
     []),
    ("earlier_adverb",
     "科技工作动态\n此前，山东省科协与淄博市人民政府签署的会市合作协议已取得明显成效。",
     []),
    ("object_of_review",
     "科技工作动态\n座谈会上，与会人员回顾了河北省科协与邯郸市人民政府签订的合作协议的落实情况。",
     []),
    ("since_implemented",
     "科技工作动态\n自陕西省科协与宝鸡市人民政府签署的会市合作协议实施以来，双方共建了3个服务站。",
     []),
    ("headline_meeting_recalled",
     "贵州省科协与铜仁市人民政府召开会市合作联席会议\n按照贵州省科协与铜仁市人民政府签署的会市"
     "合作协议，双方确定了年度重点任务。",
     []),
    ("subject_content_no_event",
     "科技工作动态\n吉林省科协与通化市人民政府签署的会市合作协议约定，双方每年召开一次联席会议。",
     []),
    ("headline_joint_meeting_subject",
     "吉林省科协与白山市人民政府召开会市合作联席会议\n吉林省科协与白山市人民政府签署的会市合作协议"
     "明确，双方每年召开一次联席会议。",
     []),
    ("pair_word_according_to",
     "科技工作动态\n5月6日，辽宁省科协与锦州市人民政府召开座谈会。根据双方签署的会市合作协议，今年将"
     "共建3个服务站。", []),
    ("pair_word_subject_carried_out",
     "科技工作动态\n5月6日，辽宁省科协与朝阳市人民政府召开联席会议。双方签署的会市合作协议实施以来，"
     "共建了5个服务站。", []),
    ("object_of_review_with_new_stage",
     "科技工作动态\n会上，市长某某回顾了青海大学与果洛藏族自治州人民政府签署的合作协议，认为合作进入"
     "新阶段。", []),
    ("this_is_according_to",
     "科技工作动态\n这是根据华侨大学与莆田市人民政府签署的协议开展的第三次活动。", []),
    ("spirit_of_document_after_ceremony",
     "科技工作动态\n签约仪式在厦门举行。集美大学与厦门市人民政府签署的合作协议精神得到全面"
     "贯彻。", []),
    ("another_verb_before_signing",
     "科技工作动态\n湖南大学与湘潭市人民政府在长沙召开座谈会时签署的校地合作协议，标志着合作进入"
     "新阶段。", []),
    ("carried_out_after_ceremony",
     "科技工作动态\n签约仪式在长沙举行。湖南大学与株洲市人民政府签署的校地合作协议实施以来，成效明显。",
     []),
    ("speech_according_to",
     "科技工作动态\n市长某某表示，要按照西南大学与合川区人民政府签署的校地合作协议，抓好各项任务。",
     []),
    ("speech_carried_out",
     "科技工作动态\n市长某某表示，西南大学与江津区人民政府签署的校地合作协议实施以来，成效明显。",
     []),
    ("headline_other_document",
     "《永川区科技创新合作协议》签约仪式举行\n市科协主席某某表示，要用好重庆市科协与璧山区人民政府"
     "签署的《璧山区科技创新合作协议》，推动科技资源下沉。",
     []),
    ("about_to_sign",
     "科技工作动态\n河南省科协与许昌市人民政府即将签署的合作协议将聚焦人才引进。", []),
]

# --- 2. the parties of an earlier clause or sentence ---------------------------------------------
ANTECEDENTS: list[Case] = [
    ("talks_then_pair_word",
     "科技工作动态\n4月10日，辽宁省科协与鞍山市人民政府举行会市合作会谈。双方签署了会市合作协议。",
     [("辽宁省科学技术协会", "鞍山市人民政府")]),
    ("visit_then_meeting_pair_word",
     "科技工作动态\n5月8日，云南大学校长某某一行到访玉溪市人民政府。会上，双方签订了校地合作框架协议。",
     [("云南大学", "玉溪市人民政府")]),
    ("delegation_visit_counterpart_later",
     "科技工作动态\n6月2日，四川省科协党组书记李某某率队到广元市调研，并与广元市人民政府签订会市合作协议。",
     [("四川省科学技术协会", "广元市人民政府")]),
    ("earlier_clause_meeting",
     "科技工作动态\n7月3日，湖北省科协与十堰市人民政府召开会市合作推进会，会上双方签署了新一轮合作协议。",
     [("湖北省科学技术协会", "十堰市人民政府")]),
    ("this_academy_after_meeting",
     "科技工作动态\n3月6日，中国科学院西安分院与延安市人民政府举行院地合作座谈会。会后，该院与延安市"
     "人民政府签订了科技合作协议。",
     [("中国科学院西安分院", "延安市人民政府")]),
    ("two_places_word",
     "科技工作动态\n9月1日，重庆市科协与四川省科协在成都召开川渝科协合作联席会议，两地签署了协同创新协议。",
     [("重庆市科学技术协会", "四川省科学技术协会")]),
    ("traditional_talks",
     "科技工作動態\n10月12日，廣西大學與欽州市人民政府舉行工作會談。雙方簽署了戰略合作協議。",
     [("广西大学", "钦州市人民政府")]),
    ("company_zone_on_topic",
     "园区动态\n华为技术有限公司与东莞松山湖高新技术产业开发区管理委员会举行座谈，双方就共建创新中心"
     "签订合作协议。",
     [("华为技术有限公司", "东莞松山湖高新技术产业开发区管理委员会")]),
    ("two_bodies_word",
     "科技工作动态\n11月2日，中国电子科技集团有限公司与合肥工业大学举行工作会谈。会谈后，两家单位签署"
     "战略合作协议。",
     [("中国电子科技集团有限公司", "合肥工业大学")]),
    ("secretary_leads_visit_pair_word",
     "科技工作动态\n8月20日，甘肃省科协党组书记王某某带队赴白银市人民政府调研。调研期间，双方签订了"
     "会市合作协议。",
     [("甘肃省科学技术协会", "白银市人民政府")]),
    ("headline_pair_spaces",
     "江苏省科协 无锡市人民政府携手推进科技创新\n3月5日，双方在无锡签署会市合作协议。",
     [("江苏省科学技术协会", "无锡市人民政府")]),
    ("host_receives_delegation",
     "科技工作动态\n4月22日，宁夏回族自治区科协党组书记某某率调研组到固原市考察，固原市人民政府市长"
     "某某陪同。考察期间，双方签署了会市合作协议。",
     [("宁夏回族自治区科学技术协会", "固原市人民政府")]),
    ("mayor_meets_delegation",
     "科技工作动态\n6月9日，岳阳市市长某某会见了湖南省科协党组书记某某一行。双方签订了会市合作协议。",
     [("湖南省科学技术协会", "岳阳市人民政府")]),
]

ANTECEDENTS += [
    ("visit_clause_then_pair_word_same_sentence",
     "科技工作动态\n6月5日，北京理工大学副校长某某一行到唐山市人民政府考察交流，双方签署了校地合作协议。",
     [("北京理工大学", "唐山市人民政府")]),
    ("three_sides_word",
     "科技工作动态\n5月12日，河南省科协、河南大学与开封市人民政府召开三方联席会议。会上，三方签署了"
     "合作协议。",
     [("河南省科学技术协会", "河南大学", "开封市人民政府")]),
    ("talks_and_signed_same_sentence",
     "科技工作动态\n8月8日，哈尔滨工业大学与大庆市人民政府举行工作会谈，双方就共建研究院深入交流，"
     "并签署了合作备忘录。",
     [("哈尔滨工业大学", "大庆市人民政府")]),
    ("this_university_after_visit",
     "科技工作动态\n4月18日，湖北工业大学党委书记某某一行到孝感市人民政府座谈。座谈会后，该校与孝感市"
     "人民政府签订了校地合作协议。",
     [("湖北工业大学", "孝感市人民政府")]),
    ("company_visits_academy_two_bodies",
     "科技工作动态\n9月3日，中国石油化工集团有限公司董事长某某一行到访中国科学院大连化学物理研究所。"
     "两家单位签署了战略合作协议。",
     [("中国石油化工集团有限公司", "中国科学院大连化学物理研究所")]),
    ("speeches_between_traditional",
     "科技工作動態\n7月16日，陝西省科協與漢中市人民政府召開會市合作座談會。市長某某致辭。省科協黨組書記"
     "某某講話。隨後，雙方簽訂了會市合作協議。",
     [("陕西省科学技术协会", "汉中市人民政府")]),
]

# Both parties in the sentence, in clauses before the trigger's (a visit, a meeting, a talk).
EARLIER_CLAUSES: list[Case] = [
    ("visit_then_talk_then_signed",
     "科技工作动态\n6月5日，江西省科协党组书记某某率队到萍乡市调研，与萍乡市人民政府主要负责同志座谈"
     "交流，并签订了会市合作协议。",
     [("江西省科学技术协会", "萍乡市人民政府")]),
    ("meeting_tasks_then_signed",
     "科技工作动态\n10月9日，山西大学与晋中市人民政府在晋中召开校地合作推进会，总结上一年度合作成果，"
     "部署下一步重点任务，会上签署了新一轮合作协议。",
     [("山西大学", "晋中市人民政府")]),
    ("mayor_meets_delegation_same_sentence",
     "科技工作动态\n1月8日，昆明市人民政府市长某某会见了云南省科协党组书记某某一行，双方就深化会市合作"
     "进行交流，并签订合作协议。",
     [("云南省科学技术协会", "昆明市人民政府")]),
    ("academy_city_pair_word",
     "科技工作动态\n3月3日，中国科学院广州分院与肇庆市人民政府召开院地合作座谈会，院市双方签订了科技"
     "合作协议。",
     [("中国科学院广州分院", "肇庆市人民政府")]),
    ("visit_district_then_signed",
     "科技工作动态\n4月4日，河海大学校长某某一行到访南京市江宁区人民政府，与区领导座谈交流，并签订校地"
     "合作协议。",
     [("河海大学", "南京市江宁区人民政府")]),
    ("pointed_counterpart_after_visit",
     "科技工作动态\n4月9日，深圳市科技创新委员会主任某某率团访问香港科技大学，与该校签订了科研合作"
     "备忘录。",
     [("深圳市科技创新委员会", "香港科技大学")]),
    ("delegation_visits_zone_traditional",
     "科技工作動態\n7月2日，澳門大學校長某某率團到訪橫琴粵澳深度合作區執行委員會，雙方簽署了合作備忘錄。",
     [("澳门大学", "横琴粤澳深度合作区执行委员会")]),
    ("host_receives_visitors",
     "科技工作动态\n5月5日，长沙市科协党组书记某某一行来到湖南农业大学，受到该校党委书记某某的热情"
     "接待，双方签署了科普合作协议。",
     [("长沙市科学技术协会", "湖南农业大学")]),
    ("visit_county_then_talk",
     "科技工作动态\n5月22日，北京市科学技术研究院院长某某教授带队赴崇礼区调研，并与区长某某座谈交流。"
     "座谈后，双方共同签订了战略合作框架协议。",
     [("北京市科学技术研究院", "张家口市崇礼区")]),
]

EARLIER_CLAUSES += [
    ("school_head_noun_after_meeting",
     "科技工作动态\n3月8日，华中科技大学与东风汽车集团有限公司举行校企合作座谈会。会上，学校与东风汽车"
     "集团有限公司签署了战略合作协议。",
     [("华中科技大学", "东风汽车集团有限公司")]),
    ("school_name_not_pointed",  # 学校 ends a name here: no pointing word
     "科技工作动态\n3月8日，武汉大学专家到某某实验学校指导。会上，某某实验学校与武汉市江夏区人民政府"
     "签署了共建协议。",
     [("某某实验学校", "武汉市江夏区人民政府")]),
]

# The headline names a visit (A一行到B调研); the body's 双方, or a signing without parties.
HEADLINE_VISIT: list[Case] = [
    ("headline_visit_pair_word",
     "湖南省科协党组书记某某率队到郴州市人民政府调研\n5月6日，调研组在郴州召开座谈会。座谈会上，双方"
     "签署了会市合作协议。",
     [("湖南省科学技术协会", "郴州市人民政府")]),
    ("headline_visit_no_parties",
     "四川大学校长某某一行到访自贡市人民政府\n5月6日，座谈会在自贡召开。座谈会上，签署了校地合作协议。",
     [("四川大学", "自贡市人民政府")]),
    ("headline_visit_traditional",
     "廣東工業大學黨委書記某某一行到訪佛山市人民政府\n5月6日，座談會上，雙方簽署了校地合作協議。",
     [("广东工业大学", "佛山市人民政府")]),
    ("headline_visit_plan_only",
     "四川大学校长某某一行到访宜宾市人民政府\n5月6日，座谈会上，双方表示将适时签署校地合作"
     "协议。", []),
]

# Written after the rules above, to check them on bodies and shapes they were not made on.
FRESH: list[Case] = [
    ("social_science_federation_subject",
     "科技工作动态\n江苏省社科联与盐城市人民政府签署的战略合作协议，开启了社科服务地方发展的新篇章。",
     [("江苏省社会科学界联合会", "盐城市人民政府")]),
    ("chamber_scene_content",
     "工作动态\n仪式上，广州市工商联与清远市人民政府签订的对口帮扶合作协议涉及产业转移等内容。",
     [("广州市工商业联合会", "清远市人民政府")]),
    ("association_pointed_after_visit",
     "工作动态\n9月6日，内蒙古自治区科协党组书记某某率队到鄂尔多斯市调研。调研期间，该会与鄂尔多斯市"
     "人民政府签订了会市合作协议。",
     [("内蒙古自治区科学技术协会", "鄂尔多斯市人民政府")]),
    ("zone_university_two_bodies",
     "工作动态\n6月1日，合肥高新技术产业开发区管理委员会与中国科学技术大学举行座谈。两家单位签署了"
     "共建研究院协议。",
     [("合肥高新技术产业开发区管理委员会", "中国科学技术大学")]),
    ("institute_pointed_traditional",
     "工作動態\n5月3日，中國科學院昆明植物研究所所長某某一行到訪麗江市人民政府。座談會上，該所與麗江市"
     "人民政府簽訂了院地合作協議。",
     [("中国科学院昆明植物研究所", "丽江市人民政府")]),
    ("senior_scientists_according_to",
     "工作动态\n根据湖北省老科协与宜昌市人民政府签署的合作协议，双方开展了一系列服务活动。", []),
    ("subject_then_ceremony_presided",
     "工作动态\n海南大学与三亚市人民政府签署的科技合作协议，是双方深化合作的重要成果。签约仪式由市长"
     "某某主持。",
     [("海南大学", "三亚市人民政府")]),
    ("school_after_visit_district",
     "工作动态\n4月8日，天津大学党委书记某某一行到访滨海新区人民政府。在滨海新区期间，学校与滨海新区"
     "人民政府签订了合作协议。",
     [("天津大学", "天津市滨海新区人民政府")]),
    ("under_framework_association",
     "工作动态\n在辽宁省科协与沈阳市人民政府签署的会市合作协议框架下，双方今年共建了3个院士工作站。",
     []),
]

# …and where no signing of theirs is reported: plans, intents, witnesses, attendance.
ANTECEDENTS_NEGATIVE: list[Case] = [
    ("three_bodies_then_pair_word",
     "科技工作动态\n5月6日，省科技厅、省科协与南昌市人民政府的负责同志召开座谈会，双方表示要早日签署"
     "合作协议。", []),
    ("recalled_by_pair_word_undated",
     "科技工作动态\n5月6日，山东省科协与烟台市人民政府召开联席会议。自双方签署会市合作协议以来，"
     "各项工作进展顺利。", []),
    ("talks_then_plan",
     "科技工作动态\n4月10日，辽宁省科协与营口市人民政府举行会谈。双方表示将尽快签署合作协议。", []),
    ("visit_then_intent",
     "科技工作动态\n5月8日，某某率浙江省科协代表团到宁波市考察。双方表示将深化合作，适时签署合作协议。",
     []),
    ("meeting_then_others_sign",
     "科技工作动态\n7月3日，湖北省科协与黄冈市人民政府召开推进会。会上，12个项目现场签约。", []),
    ("attended_ceremony_after_meeting",
     "科技工作动态\n7月3日，湖南省科协与衡阳市人民政府召开座谈会。双方领导出席了签约仪式。", []),
    ("witnesses_named_earlier",
     "科技工作动态\n5月9日，在省长某某和中国科协党组书记某某的见证下，签约仪式在太原举行。", []),
]


@pytest.mark.parametrize(
    ("page", "expected"),
    [pytest.param(p, e, id=n) for n, p, e in MODIFIER_CURRENT + MODIFIER_RECALLED],
)
def test_signed_document_as_modifier(page: str, expected: list[tuple[str, ...]]) -> None:
    assert signed(page) == {frozenset(e) for e in expected}


@pytest.mark.parametrize(
    ("page", "expected"),
    [pytest.param(p, e, id=n)
     for n, p, e in ANTECEDENTS + EARLIER_CLAUSES + HEADLINE_VISIT + FRESH
     + ANTECEDENTS_NEGATIVE],
)
def test_parties_of_an_earlier_clause_or_sentence(page: str,
                                                   expected: list[tuple[str, ...]]) -> None:
    assert signed(page) == {frozenset(e) for e in expected}
