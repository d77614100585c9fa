"""Programme names in the frames a second sweep (issue 11, round 8) wrote for them: lists of
programmes, headlines, names ending with their period or edition, brand·place sub-brands,
bracketed hosts, Latin letters and digits inside quotes, the national brands written bare,
pilot units of a programme, Traditional script, and the negatives around them (slogans,
cooperation modes, strategies, organisations, one-off meetings, generic facilities). Sentences
written for this test before the rules they check; none is copied from a page. The full
extraction runs (cleaning, then the article); only the names are checked: the hidden set scores
initiatives by name.
"""

from __future__ import annotations

import opencc
import pytest

from tests.extraction_support import known_limits, page_programme_names, phenomenon_cases

# 科创中国, 科普中国, 智汇中国 written without quotes and without a word of use after them.
NATIONAL_BARE = [
    ("launched_in_place", "科创中国在青岛市正式启动。", {"科创中国"}),
    ("popsci_launched", "科普中国在南平市落地。", {"科普中国"}),
    ("wisdom_held", "智汇中国系列活动在兰州举行。", {"智汇中国"}),
    ("joined", "双方将共同推进科创中国建设。", {"科创中国"}),
    ("relied_on", "依托科创中国，双方对接了一批企业需求。", {"科创中国"}),
    ("traditional", "科創中國在廈門市正式啟動。", {"科创中国"}),
    ("quoted_launched", "“科创中国”在泉州市正式启动。", {"科创中国"}),
    ("pilot_city", "芜湖市入选科创中国试点城市。", {"科创中国试点城市"}),
    ("source_line_stays_out", "来源：科普中国\n双方召开座谈会。", set()),
    ("website_stays_out", "相关视频在科普中国网播出。", set()),
    ("popsci_helps", "科普中国助力乡村振兴。", {"科普中国"}),
    ("wisdom_visits", "智汇中国走进延安。", {"智汇中国"}),
    ("empowers", "科创中国赋能产业升级。", {"科创中国"}),
    ("will_cover", "科创中国将在三年内覆盖全省。", {"科创中国"}),
    ("already_landed", "据了解，科创中国已在全国落地。", {"科创中国"}),
    ("informants", "科普中国信息员队伍不断壮大。", {"科普中国"}),
    ("traditional_landed", "科普中國在福州落地。", {"科普中国"}),
    ("alliance_stays_out", "科创中国联盟成立。", set()),
    ("reprinted_stays_out", "本文转载自科普中国。", set()),
]

# Several programmes named in one list: quoted and chained, or unquoted with a count after them.
PROGRAMME_LIST = [
    ("quoted_chain_brand", "双方开展“科技进万家”“院士下基层”“青苗培育”等品牌活动。",
     {"科技进万家", "院士下基层", "青苗培育"}),
    ("quoted_comma_brand", "连续举办“科普惠农”、“专家问诊”和“星火助农”三大品牌活动。",
     {"科普惠农", "专家问诊", "星火助农"}),
    ("unquoted_projects", "深入实施青年科技人才托举工程、乡村科技特派员计划。",
     {"青年科技人才托举工程", "乡村科技特派员计划"}),
    ("traditional_chain", "雙方開展「科技進萬家」「院士下基層」等品牌活動。",
     {"科技进万家", "院士下基层"}),
    ("generic_list_stays_out", "开展科普宣传、技术培训和专家咨询三大活动。", set()),
    ("generic_actions_stay_out", "实施人才引进、平台建设和成果转化三大行动。", set()),
    ("quoted_chain_no_noun_count", "开展“科普进社区”“专家进企业”“服务进园区”活动。",
     {"科普进社区", "专家进企业", "服务进园区"}),
    ("quoted_two_actions", "实施“科技兴县”和“人才强县”两大行动。", {"科技兴县", "人才强县"}),
    ("unquoted_short_list", "实施春雨计划、星火计划、火炬计划。",
     {"春雨计划", "星火计划", "火炬计划"}),
    ("traditional_unquoted_list", "實施春雨計劃和星火計劃。", {"春雨计划", "星火计划"}),
    ("generic_activities_stay_out", "深入开展科技下乡、科普进校园活动。", set()),
    ("topics_stay_out", "推动“智慧农业”“数字乡村”建设。", set()),
]

# A programme named in the headline, the body going on about it.
HEADLINE = [
    ("quoted_action", "梧州市启动“科技强农”行动\n近日，梧州市科协召开会议部署工作。", {"科技强农"}),
    ("unquoted_project", "柳州市实施青年科技人才托举工程\n该工程每年支持五十名青年人才。",
     {"青年科技人才托举工程"}),
    ("national_brand", "“科创中国”走进钦州\n本次活动由市科协主办。", {"科创中国"}),
    ("pilot_unit", "玉林市获批全国科普示范市\n日前，中国科协公布了名单。", {"全国科普示范市"}),
    ("slogan_stays_out", "“创新驱动、科技赋能”\n近日，双方召开座谈会。", set()),
    ("quoted_plan", "南通市启动“江海英才”计划\n会议由市委组织部主持。", {"江海英才计划"}),
    ("dot_brand", "“科创中国·南宁”正式启动\n会议当天，双方签署协议。", {"科创中国·南宁"}),
]

# A programme written with its period or edition at the end.
PERIOD_AT_END = [
    ("quoted_period", "实施“科技兴农”行动计划（2021—2025年）。", {"科技兴农行动计划(2021—2025年)"}),
    ("unquoted_period", "全面落实科技特派员行动计划（2021-2025年）。",
     {"科技特派员行动计划(2021-2025年)"}),
    ("edition", "启动青年人才托举工程（2023版）。", {"青年人才托举工程(2023版)"}),
    ("title_period", "印发《全民科学素质行动规划纲要（2021—2035年）》。",
     {"全民科学素质行动规划纲要(2021—2035年)"}),
    ("plan_document_stays_out", "印发《科技创新发展规划（2021—2025年）》。", set()),
    ("quoted_code_period", "实施“百千万”人才工程（2022—2026年）。",
     {"百千万人才工程(2022—2026年)"}),
    ("title_edition", "制定《科技人才引育计划（2023年版）》。", {"科技人才引育计划(2023年版)"}),
    ("traditional_period", "實施青年科技人才託舉工程（2021—2025年）。",
     {"青年科技人才托举工程(2021—2025年)"}),
    ("opinion_stays_out", "发布《关于实施人才计划的意见（2022年）》。", set()),
]

# A brand and its place joined by a middle dot.
DOT_SUB_BRAND = [
    ("brand_place_launched", "“科创中国·宁波”正式启动。", {"科创中国·宁波"}),
    ("brand_place_base", "“科创中国·绍兴”创新基地揭牌。", {"科创中国·绍兴创新基地"}),
    ("unquoted_brand_place", "科创中国·台州行动正式启动。", {"科创中国·台州行动"}),
    ("wisdom_place", "“智汇中国·天水”活动在天水举行。", {"智汇中国·天水"}),
    ("place_place_week", "内蒙古·山东科技合作活动周在济南开幕。", {"内蒙古·山东科技合作活动周"}),
    ("theme_dot_slogan_stays_out", "以“科技·未来”为主题开展宣传。", set()),
    ("popsci_station", "“科普中国·乡村e站”在云阳揭牌。", {"科普中国·乡村e站"}),
    ("unquoted_base", "科创中国·宁波创新基地正式揭牌。", {"科创中国·宁波创新基地"}),
    ("theme_forum_stays_out", "“创新·发展”主题论坛在合肥举行。", set()),
]

# A host written in brackets after a station or base.
BRACKETED_HOST = [
    ("society_station_host", "学会服务站（长沙理工大学）揭牌成立。", {"学会服务站"}),
    ("haizhi_base_host", "海智计划工作基地（湘潭大学）揭牌。", {"海智计划", "海智基地"}),
    ("named_base_place", "花卉育种（漳州）试验示范基地揭牌成立。", {"花卉育种(漳州)试验示范基地"}),
    ("generic_base_host_stays_out", "科普教育基地（市科技馆）揭牌。", set()),
    ("generic_station_host_stays_out", "院士专家工作站（某某公司）揭牌。", set()),
    ("haizhi_station_host", "海智工作站（宁波大学）正式揭牌。", {"海智工作站"}),
    ("society_station_company", "学会服务站（某某公司）授牌。", {"学会服务站"}),
    ("brand_base_host", "“科创中国”创新基地（宁波大学）揭牌。", {"科创中国创新基地"}),
]

# Latin letters, digits and + inside the quote of a programme.
LATIN_AND_DIGITS = [
    ("ai_plus_action", "双方共同实施“AI+”行动。", {"AI+"}),
    ("digit_project", "启动“1+N”人才培育工程。", {"1+N人才培育工程"}),
    ("sci_plus_brand", "打造“科普+”品牌。", {"科普+"}),
    ("digits_programme", "实施“3310”人才计划。", {"3310人才计划"}),
    ("model_stays_out", "探索“1+1+N”合作模式。", set()),
    ("concept_stays_out", "推动“工业4.0”发展。", set()),
    ("ai_manufacturing", "启动“AI+制造”行动。", {"AI+制造"}),
    ("digits_project", "实施“1115”工程。", {"1115工程"}),
    ("plus_plan", "推进“科创+”计划。", {"科创+计划"}),
    ("5g_base", "打造“5G+智慧农业”示范基地。", {"5G+智慧农业示范基地"}),
    ("latin_word_activity", "开展“Hello科学”活动。", {"Hello科学"}),
]

# Pilot units of a programme, and bases or schools of one.
PILOT_UNITS = [
    ("engine_demo_city", "常德市获批创新驱动助力工程示范市。",
     {"创新驱动助力工程", "创新驱动助力工程示范市"}),
    ("engine_pilot", "该市入选省级创新驱动助力工程试点。",
     {"创新驱动助力工程", "省级创新驱动助力工程试点"}),
    ("haizhi_base_approved", "宜昌市获批海智计划工作基地。", {"海智计划", "海智基地"}),
    ("talent_school", "我校入选英才计划基地学校。", {"英才计划"}),
    ("agri_park_quoted", "该县获批“国家农业科技园区”。", {"国家农业科技园区"}),
    ("agri_park_bare", "永春县获批国家农业科技园区。", {"国家农业科技园区"}),
    ("popsci_county", "该县被命名为全国科普示范县。", {"全国科普示范县"}),
    ("innovation_city", "衢州市入选国家创新型城市。", {"国家创新型城市"}),
    ("hitech_zone_out", "该区获批国家高新技术产业开发区。", set()),
    ("society_demo_city", "该市获批省级学会服务示范市。", {"省级学会服务示范市"}),
    ("popsci_county_created", "该县成功创建全国科普示范县。", {"全国科普示范县"}),
    ("ip_city", "该市入选国家知识产权示范城市。", {"国家知识产权示范城市"}),
    ("agri_park_selected", "该县入选国家农业科技园区。", {"国家农业科技园区"}),
    ("autonomous_zone", "该市获批建设国家自主创新示范区。", {"国家自主创新示范区"}),
    ("talent_pilot_school", "该校获批英才计划试点学校。", {"英才计划"}),
    ("talent_school_quoted", "该校入选“英才计划”基地学校。", {"英才计划"}),
    ("incubator_out", "该园区获批国家级科技企业孵化器。", set()),
    ("maker_space_out", "某县获批国家级众创空间。", set()),
    ("hitech_short_out", "该区获批国家高新区。", set()),
]

# Not programmes: slogans, modes, strategies, organisations, one-off meetings, generic facilities.
NEGATIVES = [
    ("slogan", "双方围绕“创新驱动、人才强市”深化合作。", set()),
    ("mode_quoted", "双方推动“会市合作”走深走实。", set()),
    ("mode_unveiled", "实行“揭榜挂帅”机制。", set()),
    ("mode_province", "深化省会合作。", set()),
    ("strategy", "深入实施创新驱动发展战略。", set()),
    ("strategy_quoted", "全面落实“科教兴国”战略。", set()),
    ("organisation", "成立会市合作委员会。", set()),
    ("alliance", "组建长江科技创新联盟。", set()),
    ("society_union", "成立学会联合体。", set()),
    ("one_off_meeting", "会上召开了科技人才工作座谈会。", set()),
    ("one_off_signing", "双方举行战略合作协议签约仪式。", set()),
    ("generic_facility", "新建流动科技馆两座。", set()),
    ("generic_caravan", "科普大篷车开进校园。", set()),
    ("generic_station", "新建院士专家工作站五家。", set()),
    ("traditional_mode", "雙方深化「會市合作」。", set()),
    ("traditional_strategy", "深入實施創新驅動發展戰略。", set()),
    ("generic_plan", "双方制定年度工作计划。", set()),
    ("four_orientations", "坚持“四个面向”。", set()),
    ("two_mountains", "践行“两山”理念。", set()),
    ("reform", "深化“放管服”改革。", set()),
    ("integration", "推动“产学研用”深度融合。", set()),
    ("mode_system", "建立“揭榜挂帅”制度。", set()),
    ("one_to_one", "开展“一对一”帮扶。", set()),
    ("community_org", "成立“长三角科技创新共同体”。", set()),
    ("plan_meeting", "召开“十四五”规划编制座谈会。", set()),
    ("initiative_belt", "实施“一带一路”倡议。", set()),
    ("mechanism", "建立省会合作机制。", set()),
    ("committee", "双方联合成立专家委员会。", set()),
    ("ceremony", "会上举行了授牌仪式。", set()),
    ("bases_counted", "新建科普教育基地10个。", set()),
    ("iur_base", "建设产学研基地。", set()),
    ("mode_with_head", "实施“互联网+科普”工程。", set()),
]

# Programmes in the words of an agreement between a 科协 and a government (what it will do).
AGREEMENT_WORDS = [
    ("areas_listed", "双方将在科创中国、海智计划、科普中国等方面深化合作。",
     {"科创中国", "海智计划", "科普中国"}),
    ("around_brands", "双方将围绕科创中国、智汇中国建设开展合作。", {"科创中国", "智汇中国"}),
    ("pilot_city_built", "根据协议，双方将共同推进“科创中国”试点城市建设。", {"科创中国试点城市"}),
    ("joint_action", "双方将联合实施“科技助力乡村振兴”行动。", {"科技助力乡村振兴"}),
    ("supported_title", "省科协将支持该市创建全国科普示范市。", {"全国科普示范市"}),
    ("stations_built", "协议明确，双方在学会服务站建设、院士专家工作站建设等方面开展合作。",
     {"学会服务站"}),
    ("annual_meeting_venue", "双方将共同举办中国科协年会分会场活动。", {"中国科协年会"}),
    ("talent_plan_full", "双方将共同实施青少年科技创新后备人才培养计划。",
     {"青少年科技创新后备人才培养计划"}),
    ("talent_plan_short", "共同推动英才计划、科技馆免费开放等工作。", {"英才计划"}),
    ("haizhi_frame", "在海智计划框架下，引进海外人才20名。", {"海智计划"}),
    ("brand_base_co_built", "双方将共建“科创中国”创新基地。", {"科创中国创新基地"}),
    ("haizhi_base_co_built", "共建“海智计划”工作基地。", {"海智计划", "海智基地"}),
    ("engine", "双方将共同推进创新驱动助力工程。", {"创新驱动助力工程"}),
    ("engine_city_included", "将该市纳入创新驱动助力工程示范市。",
     {"创新驱动助力工程", "创新驱动助力工程示范市"}),
    ("innovative_city", "支持该市建设国家创新型城市。", {"国家创新型城市"}),
    ("brand_platform", "依托“科创中国”平台，对接企业需求。", {"科创中国"}),
    ("mirror_brand", "双方将共同打造“智汇天府”品牌。", {"智汇天府"}),
    ("dot_brand_built", "双方将共同推进“科创中国·合肥”建设。", {"科创中国·合肥"}),
    ("second_batch_pilot", "该市成功入选第二批“科创中国”试点城市。", {"科创中国试点城市"}),
    ("annual_forum", "双方商定每年举办一届“长江科技论坛”。", {"长江科技论坛"}),
    ("silver_talent", "共同实施“银发人才”计划。", {"银发人才计划"}),
    ("action_launched", "签约仪式上，双方启动了“智汇乡村”行动。", {"智汇乡村"}),
    ("mode_agreement_out", "省科协与市政府签署了会市合作协议。", set()),
    ("belt_topic_out", "双方在“一带一路”科技交流方面开展合作。", set()),
    ("topic_forum_out", "双方将联合举办“科技创新高峰论坛”。", set()),
    ("type_unveiled_out", "会上，双方为“院士专家工作站”揭牌。", set()),
    ("strategy_out", "本次合作是落实“科技强省”战略的重要举措。", set()),
    ("applied_out", "支持该区申报全国科普示范区。", set()),
    ("speech_out", "市科协主席在签约仪式上致辞。", set()),
    ("home_metaphor_out", "双方将发挥“科技工作者之家”作用。", set()),
    ("union_out", "支持学会联合体建设。", set()),
    ("expert_pool_out", "设立“科技咨询专家库”。", set()),
]

# More frames: headlines without a full stop, editions and years, titles and ceremonies, quoted
# designations awarded as titles, Traditional script.
MORE_FRAMES = [
    ("headline_pilot_meeting", "“科创中国”试点城市建设推进会在盐城召开", {"科创中国试点城市"}),
    ("headline_e_station", "科普中国e站在社区揭牌", {"科普中国e站"}),
    ("quoted_campaign", "开展“万名专家进基层”活动。", {"万名专家进基层"}),
    ("quoted_period_project", "实施“人才兴企”工程（2022—2024年）。", {"人才兴企工程(2022—2024年)"}),
    ("three_year_plan", "实施“智造强省”三年行动计划。", {"智造强省三年行动计划"}),
    ("haizhi_experts", "“海智计划”特聘专家聘任仪式举行。", {"海智计划"}),
    ("provincial_title", "省科协授予该市“全省科普示范市”称号。", {"全省科普示范市"}),
    ("national_title_won", "该县荣获“全国科普示范县”称号。", {"全国科普示范县"}),
    ("traditional_pilot", "雙方共同推進「科創中國」試點城市建設。", {"科创中国试点城市"}),
    ("traditional_campaign", "開展「科普進萬家」活動。", {"科普进万家"}),
    ("traditional_title", "該市入選全國科普示範市。", {"全国科普示范市"}),
    ("brand_frame", "在“科创中国”框架下，双方建立对接机制。", {"科创中国"}),
    ("workers_day", "“全国科技工作者日”当天，市科协组织座谈。", {"全国科技工作者日"}),
    ("first_edition_quoted", "首届“黄河科技论坛”在郑州举行。", {"黄河科技论坛"}),
    ("second_edition", "第二届黄河科技论坛在郑州举行。", {"第二届黄河科技论坛"}),
    ("agreement_title", "双方签署《“科创中国”试点城市共建协议》。", {"科创中国试点城市"}),
    ("national_station_host", "全国学会服务站（某某县）揭牌。", {"学会服务站"}),
    ("two_char_quoted", "实施“双千计划”。", {"双千计划"}),
    ("two_char_bare", "实施双千计划。", {"双千计划"}),
    ("rural_support_action", "实施乡村振兴科技支撑行动。", {"乡村振兴科技支撑行动"}),
    ("base_set_up", "设立“科创中国”创新基地。", {"科创中国创新基地"}),
    ("mode_project_out", "实施“揭榜挂帅”项目10项。", set()),
    ("system_out", "实施“科技特派员”制度。", set()),
    ("type_counted_out", "建设省级“院士专家工作站”3家。", set()),
    ("mode_out", "建立“院士专家+企业”合作模式。", set()),
    ("plan_title_out", "贯彻落实《“十四五”国家科学技术普及发展规划》。", set()),
    ("alliance_out", "“科技小院”联盟成立。", set()),
    ("communities_counted_out", "全市新增“科普示范社区”12个。", set()),
    ("agreement_only_out", "双方签署《共建海智基地合作协议》。", set()),
]

# The words around a signing: what the partners will do, who spoke, what they rely on.
AROUND_A_SIGNING = [
    ("pilot_as_lever", "会议强调，要以“科创中国”试点城市建设为抓手，推动科技经济融合。",
     {"科创中国试点城市"}),
    ("areas_out", "双方约定在人才引进、平台建设、科普宣传等方面开展合作。", set()),
    ("support_areas_out", "省科协将在学术交流、决策咨询、科学普及等方面给予支持。", set()),
    ("mirror_action", "双方共同启动“科创江淮”行动。", {"科创江淮"}),
    ("societies_campaign", "市科协将组织学会专家开展“百会进百企”活动。", {"百会进百企"}),
    ("meeting_mechanism_out", "双方同意建立会商机制，每年召开一次联席会议。", set()),
    ("chair_out", "签约仪式由市政府副市长主持。", set()),
    ("speech_out", "会上，省科协党组书记、常务副主席作讲话。", set()),
    ("popsci_platform", "双方将依托“科普中国”平台加强宣传。", {"科普中国"}),
    ("tour_campaign", "双方将开展“院士专家企业行”活动。", {"院士专家企业行"}),
    ("belt_out", "推进“一带一路”国际科技合作。", set()),
    ("reform_out", "深化“放管服”改革，优化营商环境。", set()),
    ("two_centres_out", "助推“两个中心”建设。", set()),
    ("brand_deployment", "为贯彻落实“科创中国”行动部署，双方签署协议。", {"科创中国"}),
    ("contest_series", "市科协连续三年举办“科技工作者创新创业大赛”。", {"科技工作者创新创业大赛"}),
    ("brand_platform_online", "中国科协“科创中国”平台上线以来，已汇聚各类资源。", {"科创中国"}),
    ("rely_on_type_out", "双方将依托院士专家工作站开展合作。", set()),
    ("signing_out", "湖北省科协与襄阳市人民政府签署战略合作协议。", set()),
    ("mode_subject_out", "会市合作是中国科协推动科技经济融合的重要举措。", set()),
    ("mode_mechanism_out", "揭榜挂帅机制有效激发了创新活力。", set()),
    ("quoted_action_launched", "实施“科技兴蒙”行动。", {"科技兴蒙"}),
    ("quoted_action_pushed", "推进“科技兴蒙”行动落地见效。", {"科技兴蒙"}),
    ("talent_plan_launched", "启动“黔灵英才”计划。", {"黔灵英才计划"}),
    ("talent_training_plan", "深入实施“天山英才”培养计划。", {"天山英才培养计划"}),
    ("community_out", "打造“长三角科技创新共同体”。", set()),
    ("brand_regional_centre", "打造“科创中国”华南区域中心。", {"科创中国华南区域中心"}),
    ("brand_service_team", "启动“科创中国”数字经济专家服务团。", {"科创中国数字经济专家服务团"}),
    ("wisdom_post", "“智汇中国”人才服务驿站揭牌。", {"智汇中国人才服务驿站"}),
    ("brand_roadshows", "开展2023年“科创中国”系列路演活动。", {"科创中国"}),
]

# Rows the code does not follow yet (moved here from the tables above, unchanged).
KNOWN_LIMITS: list[tuple[str, str, set[str]]] = [
    ("stations_set_up_by_societies", "共有20个学会在我市设立学会服务站。", {"学会服务站"}),
    ("courtyard_host", "科技小院（湖南农业大学）挂牌成立。", {"科技小院"}),
    ("5g_zone", "建设“5G+工业互联网”示范区。", {"5G+工业互联网示范区"}),
    ("topic_seminar", "举办“人工智能与制造业融合发展”研讨会。", set()),
    ("dual_creation_base", "该区获批国家级双创示范基地。", {"国家级双创示范基地"}),
    ("quoted_actions", "实施“强链”“补链”“延链”三大行动。", {"强链", "补链", "延链"}),
    # (main glued the count to the last quote: 远航三项计划; now none, each is still missed)
    ("counted_quoted_plans", "实施“领航”“启航”“远航”三项计划。",
     {"领航计划", "启航计划", "远航计划"}),
    ("unquoted_three_actions", "扎实推进春风行动、育苗计划和强基工程三大行动。",
     {"春风行动", "育苗计划", "强基工程"}),
]


TABLES = dict(
    national_bare=NATIONAL_BARE, programme_list=PROGRAMME_LIST, headline=HEADLINE,
    period_at_end=PERIOD_AT_END, dot_sub_brand=DOT_SUB_BRAND, bracketed_host=BRACKETED_HOST,
    latin_and_digits=LATIN_AND_DIGITS, pilot_units=PILOT_UNITS, negatives=NEGATIVES,
    agreement_words=AGREEMENT_WORDS, more_frames=MORE_FRAMES, around_a_signing=AROUND_A_SIGNING)
S2T = opencc.OpenCC("s2t")


@pytest.mark.parametrize("page,expected", phenomenon_cases(**TABLES)
                         + known_limits(KNOWN_LIMITS))
def test_programme_names(page: str, expected: set[str]) -> None:
    assert page_programme_names(page) == expected


@pytest.mark.parametrize("page,expected", phenomenon_cases(**{
    name: [(case, S2T.convert(text), expected) for case, text, expected in rows
           if S2T.convert(text) != text] for name, rows in TABLES.items()}))
def test_programme_names_traditional(page: str, expected: set[str]) -> None:
    """Every row again in Traditional script (opencc s2t): the same names, Simplified."""
    assert page_programme_names(page) == expected
