"""Initiatives on pages never seen (issue 11, round 5), on sentences written for this test before
the rules they check: each class several ways (places, bodies, verbs, orders, punctuation,
Traditional script), with the negatives that keep it precise. No sentence is copied from a page.

Classes (eval/real/initiative_errors.py counts them on the real pages):
- held or launched vs merely mentioned: a platform or zone visited, referred to, used as a venue
  or listed as an area of work is not one the page reports;
- recurring brand events vs one-off meetings (工作会议, 座谈会, 推进会, 第N次…大会);
- programmes by the head noun and its modifiers: 工程/计划/行动 with words of their own, not a
  generic kind (重大工程, 人才计划);
- quoted names: a quote named by a programme noun or carrying its own head, not a slogan, goal,
  mode or theme;
- boundaries: years, batches, counts, levels and places before a designation are not the name;
- variants of one name on a page are one entry.
"""

from __future__ import annotations

import pytest

from tests.extraction_support import initiative_names, known_limits, phenomenon_cases

HELD_OR_MENTIONED = [
    ("visited_science_city", "考察团一行先后参观了合肥滨湖科学城，并与当地科协座谈交流。", set()),
    ("policy_referred_to", "该区将参照中关村科技园区的相关政策，为入驻企业提供租金补贴。", set()),
    ("venue_of_meeting", "座谈会在长沙岳麓山大学科技城会议中心举行，双方交流了经验。", set()),
    ("area_of_cooperation", "双方将在人才培养、南宁中国—东盟科技城建设等方面开展深入合作。", set()),
    ("studied_abroad_park", "代表团此前赴德国考察了柏林阿德勒斯霍夫科技园区的运营模式。", set()),
    ("supported_list_of_tasks",
     "下一步，将加快推进江北新区产业技术研创园、南京生物医药谷等重大平台建设。", set()),
    ("co_built_institute", "根据协议，双方将共建湘潭智能制造协同创新研究院，联合攻关关键技术。",
     {"湘潭智能制造协同创新研究院"}),
    ("unveiled_centre", "仪式上，青岛海洋生物医药产业技术创新中心正式揭牌成立。",
     {"青岛海洋生物医药产业技术创新中心"}),
    ("traditional_unveiled", "會上，雙方為贛州稀土新材料協同創新中心揭牌。",
     {"赣州稀土新材料协同创新中心"}),
    ("station_awarded", "省科协为宜春锂电产业学会服务站授牌，首批12名专家入驻。", {"学会服务站"}),
    ("generic_type_at_firm", "今年该市共有12家企业获批建设省级院士专家工作站。", set()),
    ("generic_park_relied_on", "双方依托国家农业科技园区开展品种示范推广。", set()),
    ("quoted_branch_unveiled", "仪式上，“国家技术转移东部中心宁波分中心”同步揭牌。",
     {"国家技术转移东部中心宁波分中心"}),
    ("base_awarded_region_term", "会上为长三角G60科创走廊科技成果转移转化示范基地授牌。",
     {"长三角G60科创走廊科技成果转移转化示范基地"}),
    ("data_centre_relied_on", "依托市智慧农业大数据中心，双方将共享气象与土壤数据。", set()),
    ("venue_innovation_centre", "签约仪式在南昌航空城科技创新中心举行，双方代表出席。", set()),
    ("zone_role_mentioned", "他指出，要充分发挥国家级经济技术开发区的平台作用。", set()),
    # (a society station still to be set up is not counted: the seeds' convention, which
    # ANNOTATION.md's list of proper names does not settle)
    ("brands_in_areas_of_work",
     "根据协议，双方将在“科创中国”试点城市建设、学会服务站布局、科普中国资源落地等方面深化合作。",
     {"科创中国试点城市", "科普中国"}),
    ("two_unveiled_together", "会上，“科创中国”柳州先进制造创新基地和海智计划柳州工作站同时揭牌。",
     {"科创中国柳州先进制造创新基地", "海智计划柳州工作站"}),
    ("institute_co_built_by_signers", "市政府与省科学院签署协议，共同建设泉州先进制造技术研究院。",
     {"泉州先进制造技术研究院"}),
    ("base_named_by_its_host", "本次活动由国家海外人才离岸创新创业基地（南宁）承办。",
     {"国家海外人才离岸创新创业基地(南宁)"}),
    ("incubator_to_be_built", "协议提出，共同打造粤港澳大湾区（广东）创新创业孵化基地。",
     {"粤港澳大湾区(广东)创新创业孵化基地"}),
    ("counted_generic_types",
     "他介绍，该市已建成国家级众创空间12家、省级工程技术研究中心45家。", set()),
    ("one_body_builds_a_kind", "今年，县里投入300万元建设蔬菜新品种试验示范基地。", set()),
    ("visited_list", "代表团先后参观了张江科学城、临港科技城和漕河泾科技园区。", set()),
    ("ceremony_venue_tech_city", "合作协议签约仪式于11月3日在南宁五象新区科技城举行。", set()),
    ("forum_venue_future_city", "本次论坛在杭州未来科技城开幕，吸引300余名专家参加。", set()),
    ("built_in_science_city_kept", "两地将在怀柔科学城共建一批重大科技基础设施。", {"怀柔科学城"}),
    ("park_observed", "与会人员现场观摩了鲁南农业科技示范园区，听取了建设情况介绍。", set()),
]

EVENTS = [
    ("work_meeting", "3月5日，全市科技工作会议暨科协工作推进会召开，部署全年任务。", set()),
    ("numbered_session_meeting", "第四次全省科技援藏工作座谈会在拉萨召开，会上签署了合作协议。",
     set()),
    ("edition_fair", "第十二届中国（太原）国际能源产业博览会开幕，省科协组织院士专家参会。",
     {"第十二届中国(太原)国际能源产业博览会"}),
    ("edition_forum_traditional", "第五屆長江科技創新峰會在南京舉行，兩地科協簽署合作備忘錄。",
     {"第五届长江科技创新峰会"}),
    ("association_annual_meeting", "2023年陕西省科协年会在宝鸡开幕，年会期间举行了签约仪式。",
     {"陕西省科协年会"}),
    ("special_promotion_meeting", "县政府召开乡村振兴科技服务专题推进会，听取各乡镇汇报。", set()),
    ("press_conference", "省科协举行新闻发布会，介绍全省科普工作情况。", set()),
    ("symposium_one_off", "近日，市科协组织召开企业科技创新座谈会，20余家企业负责人参加。", set()),
    ("recurring_science_week", "5月20日，2024年安徽省科技活动周在合肥启动。", {"安徽省科技活动周"}),
    ("national_day", "在全国科普日期间，市科协组织开展了120余场科普活动。", {"全国科普日"}),
    ("numbered_session_conference", "第三次全省科技创新大会在长沙召开，会上表彰了一批先进集体。",
     set()),
    ("channel_list", "依托中国国际高新技术成果交易会、中国海外人才交流大会等平台引进人才。", set()),
    ("named_exchange_fair", "双方在中国·海峡创新项目成果交易会上签署合作协议。",
     {"中国·海峡创新项目成果交易会"}),
    ("academician_summit", "粤港澳大湾区院士峰会期间，两地科协签署合作协议。",
     {"粤港澳大湾区院士峰会"}),
    ("edition_forum_hosted", "市科协主办的第三届长三角科技志愿服务论坛在嘉兴举行。",
     {"第三届长三角科技志愿服务论坛"}),
    ("first_edition_forum", "首届长三角科普产业发展论坛在合肥开幕，三省一市科协签署合作协议。",
     {"长三角科普产业发展论坛"}),
    ("first_edition_numbered", "第一届滇沪科技成果对接大会在昆明举行。", {"滇沪科技成果对接大会"}),
    ("first_edition_meeting", "首届民营企业家座谈会在市科协召开。", set()),
    ("later_edition_kept", "第三届长三角科普产业发展论坛在南京举行。",
     {"第三届长三角科普产业发展论坛"}),
    ("spirit_of_meeting", "会议传达学习了全国科技创新大会精神。", set()),
    ("edition_with_joint_meeting",
     "第六届中国（江西）国际科技成果转化大会暨赣江新区科技合作对接会在南昌开幕。",
     {"第六届中国(江西)国际科技成果转化大会"}),
    ("fair_run_together", "双方约定共同办好中国（绵阳）科技城国际科技博览会。",
     {"中国(绵阳)科技城国际科技博览会"}),
    ("quoted_week_with_year", "5月19日，省科协启动2024年“科技活动周”，开展活动300余场。",
     {"科技活动周"}),
]

PROGRAMMES = [
    ("project_own_words", "市科协深入实施青少年科学素质提升工程，全年开展活动200余场。",
     {"青少年科学素质提升工程"}),
    ("plan_named", "自治区启动实施天山英才培养计划，遴选一批青年科技人才重点支持。",
     {"天山英才培养计划"}),
    ("verb_glued_to_head_cultivate", "省科协启动星级科普场馆培育计划，遴选一批示范馆。",
     {"星级科普场馆培育计划"}),
    ("verb_glued_before_meeting", "会上举行了甲县科技示范园建设研讨会。", set()),
    ("verb_glued_to_head_introduce", "自治区启动青年英才引进计划，全年引进博士80名。",
     {"青年英才引进计划"}),
    ("verb_glued_to_head_build", "该县全面推进乡村科普设施建设工程，新建站点20个。",
     {"乡村科普设施建设工程"}),
    ("verb_glued_traditional", "該市實施菁英人才培育計劃，首批支持30人。", {"菁英人才培育计划"}),
    ("verb_and_generic_head", "按照建设计划，项目年底完工。", set()),
    ("verb_then_works", "要加快推进工程进度，确保按期交付。", set()),
    ("generic_works", "该市今年推进重大工程建设，投资超过百亿元。", set()),
    ("generic_talent_plan", "各地要落实好人才计划，加大引才力度。", set()),
    ("action_plan_outline", "推动建立落实青少年科学素质行动规划纲要的工作机制。", set()),
    ("action_as_verb", "各级科协要迅速行动起来，采取有力行动，确保任务落实。", set()),
    ("joint_action_generic", "双方将采取联合行动，共同应对技术难题。", set()),
    ("deeds_not_programme", "企业以实际行动支持乡村振兴。", set()),
    ("enumeration_led_action", "双方将加强三大战略行动和大健康领域的合作。", set()),
    ("counted_actions", "全面实施科技创新五大行动，推动高质量发展。", set()),
    ("slogan_list_item", "构建“全链条行动、全区域覆盖、全人群参与”的科普新格局。", set()),
    ("action_scheme_document", "会议印发乡村科技人才培育行动方案，明确任务分工。", set()),
    ("designation_won", "2022年，宁乡市成功创建全国科普示范县（市、区）。", {"全国科普示范县"}),
    ("designation_applied_for", "市科协将支持各县积极申报全国科普示范县。", set()),
    ("innovative_city", "会上通报，该市已成功入选国家创新型城市建设名单。", {"国家创新型城市"}),
    ("national_programme_traditional", "今年，該縣繼續實施創新驅動助力工程，組織學會專家下鄉。",
     {"创新驱动助力工程"}),
    ("national_action_plan", "今年，省科协持续推进基层科普行动计划，新建科普站点80个。",
     {"基层科普行动计划"}),
    ("funding_scheme", "该项目入选国家重点研发计划，获得资助800万元。", set()),
    ("national_park_batch", "该县今年成功入选第四批国家农业科技园区。", {"国家农业科技园区"}),
    ("named_progress_city", "永康市被命名为全国科技进步示范市，是全省唯一获此称号的县级市。",
     {"全国科技进步示范市"}),
    ("created_agenda_zone", "经国务院批复，该市成功创建国家可持续发展议程创新示范区。",
     {"国家可持续发展议程创新示范区"}),
    ("listed_ip_county", "两县入选2023年度国家知识产权强县建设示范县名单。",
     {"国家知识产权强县建设示范县"}),
    ("traditional_advanced_county", "該縣成功入選全國科技進步先進縣。", {"全国科技进步先进县"}),
    ("level_of_a_body", "去年，该园区获批国家级科技企业孵化器。", set()),
    ("firm_listed", "该企业入选国家高新技术企业名单。", set()),
    ("applying_for_base", "该市正在积极申报国家农业科技园区。", set()),
    ("zone_with_short_prefix", "两地将以此次签约为契机，共同推动长株潭国家自主创新示范区建设。",
     {"长株潭国家自主创新示范区"}),
    ("other_field_titles", "该市积极争创全国文明城市和国家卫生城市。", set()),
]

QUOTED = [
    ("quote_then_activity", "省科协联合多部门启动“科技助农百县行”活动，首站走进定西。",
     {"科技助农百县行"}),
    ("mirror_brand", "两地共同打造“智汇黔南”决策咨询品牌，服务地方发展。", {"智汇黔南"}),
    ("slogan_strategy", "市委提出“科技强市、人才兴市”战略，全市上下形成共识。", set()),
    ("ceremony_theme", "签约仪式以“携手共进 创新发展”为主题，气氛热烈。", set()),
    ("numbered_project", "近年来，该省大力实施“515”人才引育工程，引进博士300余名。",
     {"515人才引育工程"}),
    ("mode_quoted", "县里推出“科技特派员+合作社”模式，带动农户增收。", set()),
    ("goal_quoted", "围绕“双碳”目标，双方将在节能技术方面加强合作。", set()),
    ("quote_with_plan_head", "会上启动了“金种子”培育计划，首批遴选50名青年科技人才。",
     {"金种子培育计划"}),
    ("quote_then_action", "全面推进“千村万户”科普惠农行动，覆盖全县所有行政村。",
     {"千村万户科普惠农行动"}),
    ("brand_with_own_head", "宁波市科协精心打造的“甬上科普大讲堂”已举办60期。", {"甬上科普大讲堂"}),
    ("campaign_and_its_work", "市科协扎实推进“百名博士进百企”工作，成效明显。", {"百名博士进百企"}),
    ("work_without_verb", "会议研究了指导各县“创新驱动乡村发展”工作的措施。", {"创新驱动乡村发展"}),
    ("strategy_built", "双方将积极推进“一带一路”建设，深化科技人文交流。", set()),
    ("kind_of_city_built", "推进“智慧城市”建设，提升城市治理水平。", set()),
    ("count_led_slogan_work", "进一步提高“四服务”工作水平。", set()),
    ("directive_upheld", "科研人员要坚持“四个面向”，加强基础研究。", set()),
    ("strategy_upheld", "该县始终坚持“科技兴县”，每年加大科技投入。", set()),
    ("requirement_carried_out", "各级科协要落实好“三服务”要求，提升服务水平。", set()),
    ("two_char_concept", "推动“双创”向纵深发展，营造良好氛围。", set()),
    ("carried_out_then_strategy", "深入实施“人才强市”战略，引进高层次人才。", set()),
    ("quote_then_month_activity", "省科协组织开展“科技之春”宣传月活动，覆盖全省各县。",
     {"科技之春"}),
    ("quoted_station_awarded", "仪式上，为首批10个“科普e站”授牌。", {"科普e站"}),
    ("quoted_national_project", "中国科协“老科学家学术成长资料采集工程”启动十周年座谈会在京召开。",
     {"老科学家学术成长资料采集工程"}),
    ("quoted_role", "县里聘请20名专家担任企业“科技副总”。", set()),
    ("quoted_literacy_action", "县科协积极参与“全民科学素质提升行动”，组织专家宣讲。",
     {"全民科学素质提升行动"}),
]

BOUNDARIES = [
    ("batch_and_brand_pilot", "近日，中国科协公布第三批“科创中国”试点城市名单，柳州市入选。",
     {"科创中国试点城市"}),
    ("year_batch_station", "2024年度首批学会服务站在该县揭牌，入驻专家30名。", {"学会服务站"}),
    ("year_before_plan", "2023年度青年英才托举计划入选名单日前公布。", {"青年英才托举计划"}),
    ("level_before_designation", "该区被命名为省级科普示范区，全区科普设施覆盖率达95%。",
     set()),
    ("count_before_designation", "截至目前，全省共有15个全国科普示范县（市、区）。",
     {"全国科普示范县"}),
    ("stations_counted", "全市共建成科技小院15家，其中国家级科技小院3家。", {"科技小院"}),
]

VARIANTS = [
    ("brand_and_its_pilot", "“科创中国”试点城市建设推进会在南昌召开。作为“科创中国”试点城市，"
     "南昌将进一步用好“科创中国”平台资源。", {"科创中国试点城市", "科创中国"}),
    ("quoted_and_unquoted", "市科协实施“科普惠民工程”。今年，科普惠民工程共惠及群众5万人次。",
     {"科普惠民工程"}),
]

# Written before the rules and still failing, kept as known limits (strict xfail: a rule that
# makes one pass must move it into its class):
# - a bare headless quote after an action verb (开展“…”，): on the dev pages such quotes are as
#   often slogans or kinds of activity (“双招双引”, “科技夏令营”) as campaigns, so only a quote
#   named as a work (“…”工作) is taken (“…”建设 is said of strategies too: “一带一路”建设);
# - a new institute named by a region the gazetteer does not hold (浙东南…研究院): without a
#   place or an owner its words cannot be told from a kind of institute;
# - an unquoted …行动 carried out (开展): round 7 reads an unquoted 行动 as a name only when its
#   clause implements or launches it (实施, 启动: tests/test_initiatives_r7.py, where this
#   table's implemented and launched actions now are), since 开展 also takes actions of any
#   kind (开展联合执法行动).
KNOWN_LIMITS = [
    ("unquoted_care_action", "市科协开展科技工作者关爱行动，走访慰问一线人员。",
     {"科技工作者关爱行动"}),
    ("pushed_quoted_campaign", "省科协深入推进“科技入企”，全年对接企业500家。", {"科技入企"}),
    ("carried_out_campaign", "县科协在全县开展“科普进万家”，发放资料2万份。", {"科普进万家"}),
    ("traditional_launched_campaign", "今年，該市全面啟動“科技助農”，組織專家下鄉。", {"科技助农"}),
    ("new_institute_unquoted", "新成立的浙东南新能源产业研究院将聚焦储能技术开展攻关。",
     {"浙东南新能源产业研究院"}),
]


@pytest.mark.parametrize(("text", "expected"), phenomenon_cases(
    held_or_mentioned=HELD_OR_MENTIONED,
    brand_events_not_meetings=EVENTS,
    programmes_by_head_and_modifiers=PROGRAMMES,
    quoted_names=QUOTED,
    name_boundaries=BOUNDARIES,
    variants_one_entry=VARIANTS) + known_limits(KNOWN_LIMITS))
def test_initiative_names(text: str, expected: set[str]) -> None:
    assert initiative_names(text) == expected
