"""Initiative extraction (etl/extraction/initiatives.py), by phenomenon, on sentences written for
the tests.

None of these sentences is in the seeds, the dev corpus or the real pages of eval/real: they
check that the rules follow the shape of a name (a head word and its modifiers, quotes, CAST brand
shapes) and the exclusions of ANNOTATION.md (organisations, modes, generic facility types, one-off
meetings, themes), not the sample names. Groups are named by phenomenon; NOT_INITIATIVES is the
"should not be an initiative" group. The last tests run the real pipeline (readers → clean →
extract) over the seeds and the dev corpus and hold the F1 measured when the rules were written,
minus a small margin.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extraction.initiatives import InitiativeContext, extract_initiatives

HUNAN = InitiativeContext(province="湖南省", province_adcode="430000", city="株洲市",
                          city_adcode="430200")


def names(text: str, **kw) -> set[str]:
    return {i.name for i in extract_initiatives(text, **kw)}


def one(text: str, name: str, **kw):
    hits = [i for i in extract_initiatives(text, **kw) if i.name == name]
    assert hits, f"{name} not in {names(text, **kw)}"
    return hits[0]


# (sentence, expected name, family, kind)
FOUND = [
    # 引号内自带中心词 (a quoted name with its own head word)
    ("省科协将持续实施“科技助力乡村振兴工程”，推动资源下沉。", "科技助力乡村振兴工程", "科创",
     "project"),
    ("市科协联合教育局启动“青少年科学素质提升计划”。", "青少年科学素质提升计划", "科普", "project"),
    ("“湘江科技创新大会”将于10月在长沙举行。", "湘江科技创新大会", "科创", "event"),
    ("当天还为“中国化学会岳阳化工新材料工作站”揭牌。", "中国化学会岳阳化工新材料工作站", "科创",
     "platform"),
    ("首批9家单位入选“湖南省科协科技小院”。", "湖南省科协科技小院", "科普", "platform"),
    # 引号 + 其后的中心词 (a quote joined to the head after it)
    ("将共同举办“一县一业”产业技术对接大会。", "一县一业产业技术对接大会", "科创", "event"),
    ("会上，“科普中国”衡阳示范区正式启动。", "科普中国衡阳示范区", "科普", "pilot"),
    ("“科创中国”株洲轨道交通创新基地同日揭牌。", "科创中国株洲轨道交通创新基地", "科创",
     "platform"),
    # 引号 + 项目名词 (a quote named by a programme noun after it)
    ("实施“红烛先锋”行动，提升政治引领力。", "红烛先锋", "党建", "action"),
    ("打造“潇湘学术沙龙”品牌，服务科技工作者。", "潇湘学术沙龙", "智库", "brand"),
    ("开展“院士专家进园区”“科技志愿进乡村”等活动。", "科技志愿进乡村", "科普", "event"),
    ("推进“三下乡”行动，送科技进农家。", "三下乡行动", "科普", "action"),
    # 无引号的项目词 (unquoted programme words)
    ("双方将共同实施青年科学家托举工程，每年遴选优秀青年人才。", "青年科学家托举工程", "人才",
     "project"),
    ("会上举行了第五届长三角科技交流论坛。", "第五届长三角科技交流论坛", "科创", "event"),
    ("省科协将联合举办湘赣边青少年科学营活动。", "湘赣边青少年科学营", "科普", "event"),
    # 中国科协全国品牌 vs 省级镜像品牌 (national brand vs provincial mirror)
    ("依托“科创中国”平台，打造“科创齐鲁”服务品牌。", "科创中国", "科创", "brand"),
    ("依托“科创中国”平台，打造“科创齐鲁”服务品牌。", "科创齐鲁", "科创", "brand"),
    ("推动“智汇三秦”智库平台建设。", "智汇三秦", "智库", "brand"),
    ("全面推进科普荆楚行动，提升公民科学素质。", "科普荆楚", "科普", "brand"),
    ("实施“才荟鹭岛”引才行动。", "才荟鹭岛", "人才", "action"),
    ("双方将实施海智计划，引进海外人才。", "海智计划", "人才", "project"),
    # 设施：学会服务站、海智基地（通用名，具体站点另记）(society stations and 海智 bases)
    ("中国化工学会宜昌学会服务站当天揭牌。", "学会服务站", "科创", "platform"),
    ("会议由东湖国家高新区海智工作基地承办。", "海智基地", "人才", "platform"),
    # 文件标题 (programme documents in 《》)
    ("双方共同推进《新时代青年科技人才发展规划纲要（2024—2030年）》落实。",
     "新时代青年科技人才发展规划纲要(2024—2030年)", "人才", "other"),
    # 有名字的平台：中心词 + 专名修饰 (named platforms: a head and a proper modifier)
    ("协议提出共建中国科学院西岭科学中心。", "中国科学院西岭科学中心", "科创", "platform"),
    ("两地将共同推进赣州科技创新中心建设。", "赣州科技创新中心", "科创", "platform"),
    ("市政府支持加快建设南湖科学城，集聚创新资源。", "南湖科学城", "科创", "platform"),
    ("双方同意共建杂交柑橘产业扶贫基地。", "杂交柑橘产业扶贫基地", "其他", "platform"),
    # 国家级称号：地名是区域，不是名称 (national designations: the place is the region)
    ("青川县成功创建全国科普示范县。", "全国科普示范县", "科普", "pilot"),
    ("日前公示了2021-2025 年度全国科普示范县（市、区）名单。", "全国科普示范县", "科普", "pilot"),
    ("围绕长株潭国家自主创新示范区建设开展合作。", "长株潭国家自主创新示范区", "科创", "pilot"),
    ("支持高新区创建国家自主创新示范区。", "国家自主创新示范区", "科创", "pilot"),
    ("市委提出加快推进国家创新型城市创建。", "国家创新型城市", "科创", "pilot"),
    ("推动株洲国家级老工业城市和资源型城市产业转型升级示范区建设。",
     "国家级老工业城市和资源型城市产业转型升级示范区", "其他", "pilot"),
    ("开展省级创新驱动助力工程试点的城市名单已确定。", "省级创新驱动助力工程试点", "科创", "pilot"),
    # 科技小院与英才计划 (national programmes written without quotes)
    ("市科协为8个市级科技小院发放奖补资金。", "科技小院", "科普", "platform"),
    ("县政府与学院共建南方农林大学青田县科技小院。", "南方农林大学青田县科技小院", "科普",
     "platform"),
    # 届次与年份 (an edition number stays, a year in front goes)
    ("第十八届云岭科协年会在大理开幕。", "第十八届云岭科协年会", "智库", "event"),
    ("第九届西江科技论坛主论坛在梧州举行。", "第九届西江科技论坛", "科创", "event"),
    ("第三届南洽会期间举行了项目签约。", "第三届南洽会", "科创", "event"),
    ("市科协召开2024年青山湖海智论坛。", "青山湖海智论坛", "人才", "event"),
    ("代表团参加了2022年中国高新技术成果交易会。", "中国高新技术成果交易会", "科创", "event"),
    # 以项目命名的论坛是项目 (a forum named after a programme is the programme)
    ("强农兴县行动发展论坛暨成果发布会在县城举行。", "强农兴县行动", "科创", "action"),
    # 引号内的仪式名、标题中的平台 (a ceremony's quoted title; a platform inside a title)
    ("“江城科技条件平台西岭合作站签约暨揭牌仪式”在西岭举行。", "江城科技条件平台西岭合作站",
     "科创", "platform"),
    ("双方签署《关于加快青山科技城创新发展的合作协议》。", "青山科技城", "科创", "platform"),
    ("两区签订《临江经济带统筹发展示范区协同创新建设框架协议》。", "临江经济带统筹发展示范区",
     "其他", "pilot"),
    ("中国科协与某省政府签订《落实全民科学素质行动规划纲要共建协议》。", "全民科学素质行动规划纲要",
     "科普", "other"),
    # 列举中的第二项、数字简称加中心词 (a second list item; a numeric abbreviation and its head)
    ("两县认真落实“4321”项目工程和“256”现代农业提升行动计划。", "4321项目工程", "科创", "project"),
    ("两县认真落实“4321”项目工程和“256”现代农业提升行动计划。", "256现代农业提升行动计划", "科创",
     "project"),
    ("推动基层科协组织“3+1”试点扩面提质。", "基层科协组织3+1试点", "组织", "pilot"),
    # 品牌的称号带上主办方；品牌的设施在设立时才算 (a brand's designation keeps its owner)
    ("该协会新认定为中国科协海智计划合作机构。", "中国科协海智计划合作机构", "人才", "pilot"),
    ("会议举行“科创中国”创新基地设立仪式。", "科创中国创新基地", "科创", "platform"),
    ("中国科学院长春分院与吉林市签约，一并签下的还有共建长春分院技术转移中心吉林中心的协议。",
     "中国科学院长春分院技术转移中心吉林中心", "科创", "platform"),
    ("双方出席《关于建立赣吉两地科普资源共建共享合作平台的方案》座谈会。",
     "赣吉两地科普资源共建共享合作平台", "科普", "platform"),
    # 届次名称里的“与”，两个活动并列 (与 inside an edition's name; two editions joined by 和)
    ("在第二届中国—东盟技术转移与创新合作大会期间签署备忘录。",
     "第二届中国—东盟技术转移与创新合作大会", "科创", "event"),
    ("举办第十届湘江科技论坛和第三届青年科学家峰会。", "第三届青年科学家峰会", "人才", "event"),
    ("他强调要实施好“英才计划”和青少年科学素质提升工程。", "青少年科学素质提升工程", "科普",
     "project"),
    # (则 inside 日喀则 is no boundary; a society's own 年会 is not a programme, see below)
    ("3月7日，日喀则高原科技论坛开幕。", "日喀则高原科技论坛", "科创", "event"),
    ("近年来，江西省稀土材料实验室、赣江科创园等一批平台相继落户。", "江西省稀土材料实验室", "科创",
     "platform"),
    # 引号前缀 + 引号外中心词；点号的各种写法；单位与地名用连字符相连
    # (a quoted prefix and the head after it; dots written otherwise; owner-place joined by -)
    ("召开“湘智兴湘”院士专家恳谈会。", "湘智兴湘院士专家恳谈会", "人才", "event"),
    ("省科协实施“小荷”科技人才专项。", "小荷科技人才专项", "人才", "project"),
    ("双方签订“博士创新站”项目协议。", "博士创新站", "科创", "project"),
    ("“科创中国●赣州”试点推进会举行。", "科创中国·赣州", "科创", "pilot"),
    ("两地揭牌成立西岭大学-临川县地方科技工作站。", "西岭大学-临川县地方科技工作站", "科创",
     "platform"),
]


@pytest.mark.parametrize(("text", "name", "family", "kind"), FOUND)
def test_found(text: str, name: str, family: str, kind: str) -> None:
    ini = one(text, name)
    assert (ini.family, ini.kind) == (family, kind)


NOT_INITIATIVES = [
    # 泛泛而谈 (generic phrases)
    "双方签署了合作协议，将在科技创新、人才培养等领域开展合作。",
    "市长在科技创新大会上表示，要营造良好创新生态。",
    "年会期间还将举办多场专题论坛和分论坛。",
    "会议要求制定年度工作计划，按计划推进。",
    # 合作模式不是项目 (cooperation models)
    "“会市合作”朋友圈不断扩大。",
    "双方在“会地合作”框架下开展交流，推动“院地合作”走深走实。",
    "省科协与衡阳市签署“会市合作”协议。",
    "把绵阳作为“会市合作”示范市。",
    # 战略与口号 (strategies and slogans of a party committee)
    "深入实施省委“创新驱动、科教兴省、人才强省”战略。",
    "围绕“七大行动”抓落实，坚持“四个优先”。",
    "落实“两个确保”，推进“十大战略”。",
    # 比喻 (quoted metaphors)
    "为产业发展当好“智囊团”和“思想库”。",
    "打好科技创新“组合拳”，交出高质量发展“答卷”。",
    # 只是计划建设的设施 (facilities only planned)
    "支持有条件的企业建设院士专家工作站和学会服务站。",
    "推动更多省级学会在衡阳设立学会服务站。",
    # 签约方不是项目 (an organisation that signs)
    "市科协与长沙智能制造产业联盟签订合作协议。",
    # 贸易展会 (trade fairs)
    "依托“中国—非洲经贸博览会”平台开展交流。",
    # 协议与规章的标题 (titles of agreements and rules)
    "双方签署《株洲市人民政府 湖南省科学技术协会战略合作框架协议》。",
    "会议审议了《株洲市科普工作管理办法（修订草案）》。",
    # 组织不是项目 (organisations: alliances, committees, congresses)
    "新成立的株洲市轨道交通产业创新联盟吸纳了40家企业。",
    "市科协第六届委员会第三次全体会议召开。",
    # 合作方式与资助渠道 (cooperation modes and funding lines)
    "示范市项目“揭榜挂帅”签约仪式同日举行。",
    "研究员主持的国家重点研发计划“西部山地生态修复关键技术研究与示范”项目通过检查。",
    # 通用设施类型 (generic facility types are counted, never listed)
    "目前全市已建成院士专家工作站12家。",
    "为15个市级院士工作站授牌。",
    "区内19家科普教育基地向社会免费开放。",
    "双方计划共建智能制造联合实验室。",
    # 一次性会议与政府会议 (one-off meetings; a government's meeting on a generic theme)
    "两地召开科技合作座谈会。",
    "2023年萍乡市科技创新大会上，双方签署协议。",
    # 单次活动的主题与口号 (the theme of one event; slogans)
    "小学举办了“我的梦·星辰大海”科技节活动。",
    "开展以“安全生产”为主题的宣传行动。",
    "将“建设科技成果转化基地”作为首要任务。",
    # 句子不是名字 (a clause is not a name)
    "会议审议通过委员会下一年度工作计划。",
    "工程院将汇聚优秀工程科技专家开展咨询。",
    "——某领导在全国科技大会上的讲话",
    # 只是申报或列举类型 (applied for, or listed among types)
    "支持临江申报全国科普示范县（市、区）。",
    "支持全国科普示范县、科普教育基地、科技小院创建等。",
    # 场所、公司与职务 (venues, companies, posts)
    "座谈会在临江国际会展中心举行。",
    "二是本地企业与深圳市蓝鲸驿站网络有限公司签约。",
    "南岭大学科学发展研究院产学研合作处处长出席。",
    "陕西国杰院士专家服务中心主任出席座谈。",
    "研究员主持的“十三五”国家重点研发计划项目通过验收。",
    "积极搭建“工程师—教师”交流平台。",
    "推动建设“科创中国”创新基地。",
    "会议在三亚中国科学院深海科学与工程研究所召开。",
    "为15家企业授予“市级企业技术中心”称号。",
    "此次合作将进一步提升滨海—中关村合作水平。",
    # 城市的战略定位是目标，不是平台 (a strategic positioning is a goal)
    "全力推进北京国际科技创新中心建设。",
    "活动中，南昌某研究院赣州研发中心等20个项目集中签约。",
    "座谈会以“智汇临江?科创兴农”为主题。",
    "由市政府主办的“2016年甲乙两地科技服务业合作发展恳谈会”举行。",
]


@pytest.mark.parametrize("text", NOT_INITIATIVES)
def test_not_initiatives(text: str) -> None:
    assert names(text) == set()


def test_brand_part_of_another_phrase_is_not_the_brand() -> None:
    # “科创中国”省级专家组 is a team of the brand, not a mention of the brand as a programme
    assert names("由“科创中国”省级技术专家组一行深入园区调研。") == set()


# One name per thing, written as the page settles on it (别名、简称、届次、括号里的承建方)
SAME_THING = [
    ("青少年科技创新后备人才培养计划（以下简称“英才计划”）试点工作启动。各地要做好英才计划宣传，"
     "确保英才计划取得实效。", {"英才计划"}),
    ("第五届中国西江投资贸易洽谈会（简称“西洽会”）开幕。第五届西洽会期间签约项目30个。",
     {"第五届中国西江投资贸易洽谈会"}),
    ("第八届中国（绵阳）科技城国际科技博览会新闻发布会召开\n记者获悉，第八届科博会将于11月举行。",
     {"第八届中国(绵阳)科技城国际科技博览会"}),
    ("10月18日，中国科协海智工作基地（湘潭精细化工研究院）揭牌仪式举行。", {"海智基地"}),
    ("省级学会与县科协签订了省级学会基层服务站建设协议。随后为三县颁授“基层服务站”牌匾。",
     {"省级学会基层服务站"}),
    ("“科创中国”常州试点建设稳步推进，常州入选“科创中国”首批试点城市。", {"科创中国试点城市"}),
    ("2020年12月，“科创中国·嘉兴”试点工作现场推进会举行。", {"科创中国·嘉兴"}),
    ("落实中科院“率先行动”计划，共建创新平台。", {"率先行动计划"}),
]


@pytest.mark.parametrize(("text", "expected"), SAME_THING)
def test_one_name_per_thing(text: str, expected: set[str]) -> None:
    assert names(text) == expected


def test_a_designation_given_to_several_places_is_one_entry_per_place() -> None:
    text = "省级学会为信都区、新河县和内丘县科协颁授“基层服务站”牌匾。"
    got = [(i.name, i.region) for i in extract_initiatives(text)]
    assert got == [("基层服务站", "邢台市信都区"), ("基层服务站", "邢台市新河县"),
                   ("基层服务站", "邢台市内丘县")]
    # a list without an award is not a designation given to each place
    assert len(extract_initiatives("信都区、新河县和内丘县共建“基层服务站”。")) <= 1


def test_pilot_designation_with_relative_date() -> None:
    text = "去年9月，经省科协审核，醴陵经济开发区成功创建“科创湖南”试点城市（园区）。"
    ini = one(text, "科创湖南试点城市(园区)", published="2024-03-10")
    assert (ini.kind, ini.family, ini.designated) == ("pilot", "科创", "2023-09")
    assert ini.region == "株洲市"  # 醴陵 is a county-level city of 株洲


def test_pilot_region_word_is_dropped_from_the_name() -> None:
    text = "2022年5月，柳州高新区入选“科创中国”广西试点城市（园区）。"
    ini = one(text, "科创中国试点城市(园区)", published="2023-01-01")
    assert ini.designated == "2022-05"
    assert ini.region == "柳州市"


def test_mirror_region_from_literary_name() -> None:
    assert one("实施“科创赣鄱”行动。", "科创赣鄱").region == "江西省"
    assert one("打造“智汇八闽”品牌。", "智汇八闽").region == "福建省"


def test_national_brand_takes_the_article_region() -> None:
    ini = one("推动“科普中国”优质资源进社区。", "科普中国", context=HUNAN)
    assert ini.region == "株洲市"
    assert one("推动“科普中国”优质资源进社区。", "科普中国").region is None


def test_nationwide_day_has_no_region() -> None:
    assert one("活动与5·30全国科技工作者日合并举行。", "5·30全国科技工作者日",
               context=HUNAN).region is None


def test_one_programme_once_per_article() -> None:
    text = ("“2024院士专家株洲行”启动\n今年的“院士专家株洲行”邀请12位院士。"
            "“院士专家株洲行”已连续举办10年。")
    assert names(text) == {"院士专家株洲行"}


def test_programme_and_its_workstation_are_two_initiatives() -> None:
    text = "为8家“神农人才计划”企业专家工作站授牌。"
    assert {"神农人才计划", "神农人才计划企业专家工作站"} <= names(text)


def test_evidence_is_the_sentence_and_span_points_at_it() -> None:
    text = "标题\n第一句。依托“智汇中国”平台开展决策咨询；第三句。"
    ini = one(text, "智汇中国")
    assert ini.evidence == "依托“智汇中国”平台开展决策咨询"
    assert text[ini.span[0]:ini.span[1]] == ini.evidence


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("“”《》，。、科创中国普智汇行动工程计划大会论坛试点城市"
                                             "会市合作省的与和在举办实施建设站院士专家学会服务12家"
                                             "河南湘\n ")), max_size=80))
def test_any_text_gives_consistent_records(text: str) -> None:
    for ini in extract_initiatives(text):
        assert ini.name and not set(ini.name) & set("“”\"《》")
        assert text[ini.span[0]:ini.span[1]] == ini.evidence
        assert ini.family in ("科普", "科创", "智库", "人才", "组织", "党建", "其他")
        assert ini.kind in ("pilot", "action", "project", "platform", "brand", "event", "other")
    assert extract_initiatives(text) == extract_initiatives(text)


# --- regression gate on the seeds and the dev corpus (real pipeline: readers + clean) -----------
# Measured when the rules were written (bench/eval_initiatives.py): seeds F1 0.961, corpus F1
# 0.913, family accuracy 1.000 on both; the floors leave ~0.03 for changes in the clean stage.
# Issue 11 (names from their shape, ANNOTATION.md's exclusions) moved them to seeds 0.947 and
# corpus 0.899: the dev corpus gold still lists alliances, 揭榜挂帅 and 院士工作站 types, which
# ANNOTATION.md (and the real pages' gold) exclude. Raise the floors with the rules, never lower
# them silently.
FLOORS = {"seeds": 0.93, "corpus": 0.89}
FAMILY_FLOOR = 0.95


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_f1_floor(name: str) -> None:
    from bench.eval_initiatives import evaluate

    score = evaluate(name)
    print(f"{name}: P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f} "
          f"family {score.family_accuracy:.3f}")
    assert score.f1 >= FLOORS[name]
    assert score.family_accuracy >= FAMILY_FLOOR


# --- issue 11, round 3: shapes of names on unseen pages, by phenomenon ----------------------------
# Each table: (sentence written for the test, the names it must give exactly). Empty sets are the
# negatives of the class, written several ways.

# 科技小院 stations named by their place and product (or host) are listed one by one; the
# programme alone (市级科技小院, 福建省科技小院, 两家科技小院) is 科技小院; a roll of winners after
# 名单如下 is not reported station by station.
STATION_INSTANCES = [
    ("4月8日，湖南炎陵黄桃科技小院揭牌。", {"湖南炎陵黄桃科技小院"}),
    ("我市云南元谋番茄科技小院、云南宾川柑橘科技小院入选。",
     {"云南元谋番茄科技小院", "云南宾川柑橘科技小院"}),
    ("甘肃靖远枸杞科技小院授牌仪式在白银市举行。", {"甘肃靖远枸杞科技小院"}),
    ("县政府与学院共建浙江大学淳安县科技小院。", {"浙江大学淳安县科技小院"}),
    ("市科协为6个市级科技小院授牌。", {"科技小院"}),
    ("省科协公布第四批山东省科技小院名单。", {"科技小院"}),
    ("河北平泉香菇科技小院成立以来，带动农户增收。", {"河北平泉香菇科技小院"}),
    # 和 inside a place name (平和, 和田) is no list joiner; a host in brackets stays
    ("福建平和蜜柚科技小院（福建农林大学）揭牌。", {"福建平和蜜柚科技小院(福建农林大学)"}),
    ("新疆和田玉枣科技小院授牌。", {"新疆和田玉枣科技小院"}),
    ("经评审，入选名单如下：广西融安金桔科技小院、广西田阳芒果科技小院、广西横州茉莉花科技小院。",
     set()),
    ("推荐名单：四川蒲江猕猴桃科技小院、四川汉源花椒科技小院。", set()),
]


@pytest.mark.parametrize(("text", "expected"), STATION_INSTANCES)
def test_station_instances_named_by_place_and_product(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# A quoted phrase that is a goal (对标“…”的目标) or what a station is put forward for (作为“…”推荐
# 对象) names no programme held, even with a head word of its own.
GOALS_AND_CANDIDATES = [
    ("全县对标“一乡一业一平台”的目标推进工作。", set()),
    ("按照“一村一品一小院”的要求，各地因地制宜。", set()),
    ("这两家单位将作为“中国农技协科技小院”推荐对象。", set()),
    ("该基地已列为“国家级科普教育基地”候选对象。", set()),
    ("围绕“人才强市工程”的总体思路，市科协加强服务。", set()),
    ("实施“科技助农提质工程”，服务农户两千户。", {"科技助农提质工程"}),
]


@pytest.mark.parametrize(("text", "expected"), GOALS_AND_CANDIDATES)
def test_goals_and_candidacies_are_not_programmes(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# The CAST brand's pilot in a zone (a 新区, 高新区, 开发区) is the designation as CAST names it,
# 科创中国试点城市（园区）; in a city it is 科创中国试点城市.
BRAND_PILOT_IN_A_ZONE = [
    ("“科创中国”两江新区试点建设推进会召开。", {"科创中国试点城市(园区)"}),
    ("加快推进“科创中国”滨海高新区试点建设。", {"科创中国试点城市(园区)"}),
    ("“科创中国”宁波试点工作启动。", {"科创中国试点城市"}),
    ("“科创中国”经开区试点取得成效。", {"科创中国试点城市(园区)"}),
    ("绵阳入选“科创中国”试点城市。", {"科创中国试点城市"}),
]


@pytest.mark.parametrize(("text", "expected"), BRAND_PILOT_IN_A_ZONE)
def test_brand_pilot_in_a_zone(text: str, expected: set[str]) -> None:
    assert names(text) == expected


def test_owner_short_form_is_the_full_name_the_page_also_writes() -> None:
    text = ("双方为“中国科学院南昌科技成果转化示范园区”揭牌。根据协议，双方将共建"
            "中科院南昌科技成果转化示范园区。")
    assert names(text) == {"中国科学院南昌科技成果转化示范园区"}
    # written only short, the name stays as the page writes it
    assert names("与中国农科院共建“中国农科院兰州草业创新中心”并揭牌。") == {
        "中国农科院兰州草业创新中心"}


# An honour named after a programme or event (…活动优秀组织单位, …先进集体) is the honour.
HONOURS = [
    ("市科协荣获全国科普日活动优秀组织单位。", set()),
    ("该县获评全国科技活动周先进集体。", set()),
    ("学会被评为第十届省青少年科技创新大赛优秀组织单位。", set()),
    ("区科协获得全国科普日优秀组织奖。", set()),
    ("9月，全市开展全国科普日活动200余场。", {"全国科普日"}),
]


@pytest.mark.parametrize(("text", "expected"), HONOURS)
def test_honours_named_after_a_programme(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# A generic facility type at a named body (a museum's 科普教育基地, companies' 院士专家工作站, a
# project's 生产基地) is still the type.
TYPES_AT_OWNERS = [
    ("青岛海洋馆在湿地公园设立“青岛海洋馆科普教育基地”。", set()),
    ("为宏达机械有限公司等4家企业院士专家工作站授牌。", set()),
    ("两家公司签订了“新型墙材生产基地”项目协议。", set()),
    ("学院与园区共建实习实训基地并揭牌。", set()),
    ("县政府与学会共建“绿水青山计划企业专家工作站”并揭牌。", {"绿水青山计划企业专家工作站"}),
]


@pytest.mark.parametrize(("text", "expected"), TYPES_AT_OWNERS)
def test_generic_types_at_named_owners(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# Platforms listed among the areas of a cooperation (在…建设甲园区、乙基地…等方面) are its topics;
# a platform set up in a place (在甲科学城…共建乙中心) is reported.
TOPICS_OF_A_COOPERATION = [
    ("双方表示将在引进人才、建设国家级生态农业园区和国家技术转移基地等方面深入合作。", set()),
    ("恳请省科技厅在推动江北科技园区建设、培育人才等方面给予支持。", set()),
    ("两地将在建设长江科学城、联合攻关等领域加强合作。", set()),
    # 在 + a place where something is set up, not an area (the science city is reported too)
    ("双方将在西部（重庆）科学城按照新的模式共建中国科学院重庆科学中心，聚焦新材料等领域。",
     {"西部(重庆)科学城", "中国科学院重庆科学中心"}),
    ("两地共建赣南科学城并揭牌。", {"赣南科学城"}),
]


@pytest.mark.parametrize(("text", "expected"), TOPICS_OF_A_COOPERATION)
def test_platforms_among_the_areas_of_a_cooperation(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# Verbs, determiners and whole clauses glued to the front of a head are not part of a name: the
# name starts after them (我市…科技小院) or there is none (列出工作计划, 探索研究…创新区域).
GLUED_TO_THE_FRONT = [
    ("我县贵州湄潭茶叶科技小院入选省级名单。", {"贵州湄潭茶叶科技小院"}),
    ("区科协要列出工作计划，每月抓好落实。", set()),
    ("各部门要编制工作计划并报送。", set()),
    ("探索研究长江经济带创新区域协调发展机制。", set()),
    ("共同探索黄河流域创新区域合作新路径。", set()),
    ("深入落实本省助力工程试点工作。", set()),
    ("聊城市校地合作签约大会在大学会议中心举行。", set()),
    ("区政府与三所高校举行产教融合签约大会。", set()),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_TO_THE_FRONT)
def test_words_glued_to_the_front_of_a_name(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# Shapes that are not one programme's name: a count of generic things (十大行动计划), a
# cooperation mode with generic words (院地合作长效平台), a designation that is only the subject
# of an agreement (…示范县共建协议), a second name of one occasion (甲博览会暨第N届乙会).
NOT_ONE_NAME = [
    ("围绕全市工业发展十大行动计划开展科技攻关。", set()),
    ("落实农业振兴三大工程，服务农户。", set()),
    ("双方将共建院地合作长效平台。", set()),
    ("共同搭建校地合作常态化平台并揭牌。", set()),
    ("两市签订乡村振兴科技示范县共建协议。", set()),
    ("双方签署创新型县市建设合作协议。", set()),
    ("3月2日，中国岳阳农业科技博览会暨第九届岳阳花卉苗木展销会开幕。", {"中国岳阳农业科技博览会"}),
    ("第五届海峡科技论坛暨第三届青年人才交流会在福州举行。", {"第五届海峡科技论坛"}),
]


@pytest.mark.parametrize(("text", "expected"), NOT_ONE_NAME)
def test_shapes_that_are_not_one_name(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# A quoted count-name of four characters or more is a name by itself; the action noun after it
# stays out (“双特联盟”行动 → 双特联盟); a short one keeps it (“五进”行动 → 五进行动).
NUMERIC_NAMES = [
    ("以“双特联盟”行动为抓手，推动乡村振兴。", {"双特联盟"}),
    ("实施“千村万企”行动。", {"千村万企"}),
    ("开展“三进”行动，送科技进社区。", {"三进行动"}),
    ("推进“五下乡”行动。", {"五下乡行动"}),
    ("全面启动“百校千师”专项行动。", {"百校千师"}),
    ("代表团考察了科技园、金坛“二号牧场”等项目。", set()),
]


@pytest.mark.parametrize(("text", "expected"), NUMERIC_NAMES)
def test_quoted_count_names(text: str, expected: set[str]) -> None:
    assert names(text) == expected


def test_a_helping_verb_is_not_part_of_a_designation() -> None:
    # 某院科技帮扶乡村振兴示范县: the body helps the county; the designation starts after the verb
    assert names("介绍了中国林科院科技帮扶乡村振兴示范县建设情况。") == {"乡村振兴示范县"}


# Sub-brands: a named society's 服务站 (with its place or a bracketed province), a brand·place
# edition's platform, a 海智 base with its host in brackets (written 海智基地). A 服务站 of no
# society, or not set up, is a kind of station.
SUB_BRANDS = [
    ("中国农学会金华服务站揭牌成立。", {"中国农学会金华服务站"}),
    ("中国自动化学会（安徽）服务站在合肥揭牌。", {"中国自动化学会(安徽)服务站"}),
    ("中国机械工程学会宜昌服务站正式设立。", {"中国机械工程学会宜昌服务站"}),
    ("镇里新建科技服务站并揭牌。", set()),
    ("中国土木工程学会的服务站遍布各地。", set()),
    ("“科创中国·温州”新材料产业创新基地揭牌。", {"科创中国·温州新材料产业创新基地"}),
    ("“科创中国·绍兴”试点工作推进会召开。", {"科创中国·绍兴"}),
    ("中国科协海智计划工作基地（宁波大学）授牌仪式举行。", {"海智基地", "海智计划"}),
    ("中国科协海智工作基地（某某研究院）揭牌仪式在长沙举行。", {"海智基地"}),
]


@pytest.mark.parametrize(("text", "expected"), SUB_BRANDS)
def test_sub_brands(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# A level (国家级, 省级) before a facility type is no owner: the type stays a type.
LEVELS_ARE_NOT_OWNERS = [
    ("积极推动建设国家级科普示范基地。", set()),
    ("新建省级技术创新中心两家并揭牌。", set()),
    ("建设国家级院士专家工作站一个。", set()),
    ("共建国家热带农业科学中心。", {"国家热带农业科学中心"}),
]


@pytest.mark.parametrize(("text", "expected"), LEVELS_ARE_NOT_OWNERS)
def test_levels_are_not_owners(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# A headline's short form of a name the body writes in full (its words a subsequence of the full
# name's, the same head word) is that name; a headline name of its own stays.
HEADLINE_SHORT_FORMS = [
    ("“青蓝计划”正式启动\n省科协启动“青年科技人才蓝海培养计划”。", {"青年科技人才蓝海培养计划"}),
    ("“千万工程”结硕果\n全县深入实施“千村示范万村整治工程”。", {"千村示范万村整治工程"}),
    ("“启明计划”正式启动\n省科协同时实施“青年科技人才托举计划”。",
     {"启明计划", "青年科技人才托举计划"}),
    ("甲市推进“青蓝计划”\n省科协启动“青蓝计划”和“青年英才培养工程”。",
     {"青蓝计划", "青年英才培养工程"}),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_SHORT_FORMS)
def test_headline_short_forms(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# Verbs of honours and sequence glued to the front of a designation are not part of it.
def test_honour_verbs_before_a_designation() -> None:
    assert names("近年来，该市先后荣获国家知识产权示范城市等称号。") == {"国家知识产权示范城市"}
    assert names("该县相继获得全国科普示范县称号。") == {"全国科普示范县"}


# A facility with no proper name counts only when the partners build it together; one body
# building a kind of base is not a programme.
UNNAMED_FACILITIES = [
    ("双方同意共建杂交水稻产业示范基地。", {"杂交水稻产业示范基地"}),
    ("两地携手共建高山茶叶产业扶贫基地。", {"高山茶叶产业扶贫基地"}),
    ("该县投入3000万元建设玉米良种繁育基地。", set()),
    ("公司新建马铃薯脱毒种薯繁育基地并揭牌。", set()),
    ("镇里建设蔬菜冷链物流中心。", set()),
]


@pytest.mark.parametrize(("text", "expected"), UNNAMED_FACILITIES)
def test_unnamed_facilities(text: str, expected: set[str]) -> None:
    assert names(text) == expected


def test_a_dash_between_two_parts_of_a_name_is_one_name() -> None:
    text = "天津滨海—中关村科技园成效显著。滨海中关村科技园是重要考察节点，被列为示范。"
    assert names(text) == {"天津滨海—中关村科技园"}


# National recurring events are found wherever written; a second name joined to one by 暨 starts
# after the joiner; an honour named after one is the honour.
NATIONAL_EVENTS = [
    ("推动开展全国科技活动周、全国科普日等活动。", {"全国科技活动周", "全国科普日"}),
    ("举办2023年全国科技活动周暨北京科技周主场活动。", {"全国科技活动周", "北京科技周"}),
    ("5月，全国科技活动周暨河南科技周启动。", {"全国科技活动周", "河南科技周"}),
    ("该县获评全国科技活动周先进集体。", set()),
    ("开展省级创新驱动助力工程试点的城市名单已确定。",
     {"省级创新驱动助力工程试点", "创新驱动助力工程"}),
]


@pytest.mark.parametrize(("text", "expected"), NATIONAL_EVENTS)
def test_national_events(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# Tours written without quotes: a traveller, where it goes (a region or a kind of place) and 行,
# then an activity word or a break. 行 as a verb, a bank or a delegation (一行) is none.
UNQUOTED_TOURS = [
    ("市科协开展院士专家柳州行活动，邀请10位院士。", {"院士专家柳州行"}),
    ("2023年院士专家企业行活动在园区举行。", {"院士专家企业行"}),
    ("举办科技资源通州行暨项目对接会。", {"科技资源通州行"}),
    ("开展海智专家八闽行系列活动。", {"海智专家八闽行"}),
    ("“服务基层 共促发展”——科技资源县（区）行南安专场活动举行。", {"科技资源县(区)行"}),
    ("组织院士专家一行到企业调研。", set()),
    ("邀请专家赴企业进行技术对接。", set()),
    ("该行与市科协签署合作协议。", set()),
    ("专家们在园区行走调研。", set()),
]


@pytest.mark.parametrize(("text", "expected"), UNQUOTED_TOURS)
def test_unquoted_tours(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# A quoted name with a version number is a programme in its new version; a two-character concept
# (工业4.0) or a model (…模式) is not.
VERSIONED_NAMES = [
    ("支持宁夏打造“科技支宁2.0”，聚焦重点产业。", {"科技支宁2.0"}),
    ("启动“科技强县3.0”行动。", {"科技强县3.0"}),
    ("全面实施“人才兴黔2.0”。", {"人才兴黔2.0"}),
    ("推动“工业4.0”在园区落地。", set()),
    ("探索“智慧城市2.0”模式。", set()),
]


@pytest.mark.parametrize(("text", "expected"), VERSIONED_NAMES)
def test_versioned_names(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# A list of three or more platforms that the sentence sums up (…等一批合作平台, …等合作项目) is
# the record of a partnership: its items are not listed; a platform named on its own is.
SUMMED_UP_LISTS = [
    ("市政府与研究院共建了化学研究所杭州研究院、物理研究所杭州研究院、力学研究所杭州研究院"
     "等一批产学研合作平台。", set()),
    ("双方共建东城智慧康养研究院、西城文创研究院、南城农业研究院等合作项目。", set()),
    ("双方共建甲乙丙联合研究院、丁戊技术转移中心等4个研发机构。", set()),
    ("双方共建宁波材料创新研究院，并为其揭牌。", {"宁波材料创新研究院"}),
    ("科创园将融合成果转化、创业孵化、青年人才回归工程等功能为一体。", set()),
    ("基地承担技术推广、农民培训、乡村振兴人才工程等任务。", set()),
    ("合作站下设岳阳检测服务基地、衡阳材料研究基地、郴州农业区域工作站3个基层站。",
     {"岳阳检测服务基地", "衡阳材料研究基地", "郴州农业区域工作站"}),
]


@pytest.mark.parametrize(("text", "expected"), SUMMED_UP_LISTS)
def test_lists_summed_up(text: str, expected: set[str]) -> None:
    assert names(text) == expected


def test_the_publishers_own_body_does_not_start_a_name() -> None:
    # 学校科技园, 我院实验基地: the publisher's own facility written as a common noun
    assert names("学校科技园获批国家大学科技园。") == set()
    assert names("我院科技园成功揭牌。") == set()
    assert names("设立企业创新研发资助计划，支持中小企业。") == {"企业创新研发资助计划"}


# Congresses and annual meetings of an association are meetings of its members, not programmes;
# the 科协 system's annual meeting and a city's 科学技术年会 are brand events.
ASSOCIATION_MEETINGS = [
    ("省机械工程学会2023年会员大会在长沙举行。", set()),
    ("湖南省农学会第九次会员代表大会召开。", set()),
    ("中国农学会2022年年会在杭州开幕。", set()),
    ("第十届中国化学会学术年会开幕。", set()),
    ("省科协召开2023年度学会工作年会。", set()),
    ("召开2023年学会秘书长年会。", set()),
    ("第三届会员大会第二次会议召开。", set()),
    ("第二十五届福建省科协年会开幕。", {"第二十五届福建省科协年会"}),
    ("成都市科学技术年会开幕。", {"成都市科学技术年会"}),
]


@pytest.mark.parametrize(("text", "expected"), ASSOCIATION_MEETINGS)
def test_association_meetings(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# A brand named without quotes between a verb that builds one and 品牌; generic words there
# (科普服务, 区域公用) name no brand.
BRAND_FRAMES = [
    ("强调要加大科技援藏力度，打造科技援藏品牌，助力发展。", {"科技援藏"}),
    ("着力打造院士专家陇原行品牌。", {"院士专家陇原行"}),
    ("打造科普服务品牌。", set()),
    ("打造区域公用品牌。", set()),
    ("努力打造一流科普服务品牌。", set()),
    ("打造湘江新区品牌。", set()),
    ("打造“科创江苏”品牌。", {"科创江苏"}),
]


@pytest.mark.parametrize(("text", "expected"), BRAND_FRAMES)
def test_brand_frames(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# A verb before a name is not its first word: a transitive verb whose object the name is (参照执行,
# 承担, 到访, 探讨, 谋划, 缩短, 用好, 指导, 借力, 会同) is cut off, and what is left is a name only
# if it still has words of its own before the head; 联合 is cut only before a name (a place, an
# owner, a brand), since it also starts names (联合实验室资助计划). Names whose first word reads
# like a verb stay whole (创新驱动助力工程, 振兴东北人才计划).
VERB_BEFORE_NAME = [
    ("该公司2021年承担中国科协创新创业基地建设任务。", {"中国科协创新创业基地"}),
    ("区科协积极联合怀柔科学城开展科普活动。", {"怀柔科学城"}),
    ("市科协会同江北科学城举办科普活动。", {"江北科学城"}),
    ("市科协联合中关村科学城、未来科学城和怀柔科学城所在区开展工作。",
     {"中关村科学城", "未来科学城", "怀柔科学城"}),
    # (a quote named by 模式 after it is a mode, excluded by ANNOTATION.md: test_initiative_shapes)
    ("我省推行“一院多中心”模式，在“主干”打造技术产业研究院。", set()),
    ("岳西与省农科院工程所签订服务协议。", set()),
    ("新区将参照执行张江科学城的各项政策。", {"张江科学城"}),
    ("我们将借力中国科协年会平台的创新资源。", {"中国科协年会"}),
    ("各单位要充分用好第三届中国（苏州）国际创新创业大会提供的资源。",
     {"第三届中国(苏州)国际创新创业大会"}),
    ("双方共同探讨科技园区的发展模式。", set()),
    ("自治区积极谋划重大工程建设。", set()),
    ("协议将缩短联合科研计划的周期。", set()),
    ("协会在指导会员有计划地开展研究方面发挥作用。", set()),
    ("未来双方都计划加大投入。", set()),
    ("市科协深入实施创新驱动助力工程。", {"创新驱动助力工程"}),
    ("双方设立联合实验室资助计划，支持青年学者。", {"联合实验室资助计划"}),
    ("省里启动振兴东北人才计划。", {"振兴东北人才计划"}),
]


@pytest.mark.parametrize(("text", "expected"), VERB_BEFORE_NAME)
def test_verb_before_name(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# A count or an ordinal before a designation (全国72个, 已有9个, 唯一一个, 第五个, 现有3个) is
# not part of it: the designation alone, or nothing when only its type is left (创新型城市).
COUNTS_BEFORE_DESIGNATION = [
    ("报告对全国72个创新型城市进行了评价。", set()),
    ("截至去年，全省已有9个创新型城市通过验收。", set()),
    ("该省是唯一一个国家创新型城市设区市全覆盖的省份。", {"国家创新型城市"}),
    ("这是我国第五个国家自主创新示范区。", {"国家自主创新示范区"}),
    ("全市共有12个全国科普示范县。", {"全国科普示范县"}),
    ("我省现有3个国家自主创新示范区，数量居前。", {"国家自主创新示范区"}),
    ("江苏11个国家创新型城市全部通过验收。", {"国家创新型城市"}),
    ("目前江苏11个创新型城市已通过验收。", set()),
    ("其中浙江60家科技小院成功入选。", {"科技小院"}),
    ("福建漳州牡蛎科技小院揭牌。", {"福建漳州牡蛎科技小院"}),
]


@pytest.mark.parametrize(("text", "expected"), COUNTS_BEFORE_DESIGNATION)
def test_counts_before_designation(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# A head written twice (“英才计划”计划培养…: the second is the verb "plans to") and a programme's
# pilot work (“英才计划”试点工作) name the programme; a pilot designation stays one.
DOUBLED_HEAD_AND_PILOT_WORK = [
    ("2024年“英才计划”计划培养800名中学生。", {"英才计划"}),
    ("今年“青苗计划”计划资助300人。", {"青苗计划"}),
    ("今年“英才计划”试点工作在12个城市开展。", {"英才计划"}),
    ("“科普惠农工程”试点工作在五个县启动。", {"科普惠农工程"}),
    ("省里开展省级创新驱动助力工程试点。", {"创新驱动助力工程", "省级创新驱动助力工程试点"}),
    ("甲市入选“科创中国”试点城市。", {"科创中国试点城市"}),
]


@pytest.mark.parametrize(("text", "expected"), DOUBLED_HEAD_AND_PILOT_WORK)
def test_doubled_head_and_pilot_work(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# Documents are not programmes: a plan (规划) or a scheme (实施方案, 建设方案) names at most the
# programme inside it; work points (工作要点) and an S&T outline (纲要) are programme documents.
DOCUMENTS_NOT_PROGRAMMES = [
    ("中国科协印发《现代科技馆体系发展“十四五”规划（2021—2025年）》。", set()),
    ("省政府出台《甲省科技创新发展规划》。", set()),
    ("会议发布了《“丝路”科技合作联盟建设方案》。", set()),
    ("按照《2019年“英才计划”工作实施方案》的要求开展工作。", {"英才计划"}),
    ("省科协印发《2024年“科普中国”湖南行动实施方案》。", {"科普中国湖南行动"}),
    ("省科协印发《2023年“科创中国”江西行动工作要点》。", {"2023年科创中国江西行动工作要点"}),
    ("国务院印发《全民科学素质行动规划纲要（2021—2035年）》。",
     {"全民科学素质行动规划纲要(2021—2035年)"}),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS_NOT_PROGRAMMES)
def test_documents_not_programmes(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# Organisations are not initiatives: a university's or academy's research institute (甲大学乙
# 研究院, 中科院某研究院) and an institute named provisionally (（暂定名）), even when the partners
# build it; an institute without such an owner built by the partners is their platform.
ORGANISATIONS_NOT_INITIATIVES = [
    ("双方签署协议，共建南岭大学江城（临川）研究院。", set()),
    ("双方将在新区共同建设东海科技大学滨城研究院（总部）。", set()),
    ("北京大学威海海洋研究院揭牌成立。", set()),
    ("双方共建中科院青州绿色技术研究院滨海分院。", set()),
    ("市政府将与省研究院共建“江城市科学技术研究院（暂定名）”。", set()),
    ("双方共建宁波材料创新研究院，并为其揭牌。", {"宁波材料创新研究院"}),
    ("双方共建中国工程科技发展战略江西研究院。", {"中国工程科技发展战略江西研究院"}),
]


@pytest.mark.parametrize(("text", "expected"), ORGANISATIONS_NOT_INITIATIVES)
def test_organisations_not_initiatives(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# Spam spliced into a name on a spam mirror: an inserted word (包养, 约炮) is dropped from the name;
# a casino's brand or an app that replaced part of a name (明升, 赌场, 百家乐, app) leaves none.
SPAM_IN_NAMES = [
    ("第二十包养六届中国科协年会在南宁举办。", {"第二十六届中国科协年会"}),
    ("这将是中国科协包养年会首次在广西举行。", {"中国科协年会"}),
    ("第十约炮届海峡两岸科技论坛在福州举行。", {"第十届海峡两岸科技论坛"}),
    ("甲区与明升中国app院北京分院共建明升中国app院北京技术转移中心。", set()),
    ("双方共建澳门赌场科技创新研究院。", set()),
    ("甲区与明升中国app院北京分院共建明升中国app院北京技术转移中心东丽中心（以下简称“东丽中心”）。"
     "共建东丽中心是双方合作的新成果，东丽中心将服务企业。", set()),
    ("省科协实施“科技助力百家乐业工程”。", set()),
]


@pytest.mark.parametrize(("text", "expected"), SPAM_IN_NAMES)
def test_spam_in_names(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# An event and a meeting held at it, joined by a dash (第N届甲年会——乙对接会): the event is the
# name, also when spun words follow the dash.
EVENT_AND_SUB_MEETING = [
    ("第二十六届中国科协年会——全国粹会科技办事“进桂举动”对接会在南宁举办。",
     {"第二十六届中国科协年会"}),
    ("第三届海智对接大会--江城高新区智能制造对接大会成功举办。", {"第三届海智对接大会"}),
    ("第十届中国（江城）国际人才交流大会——青年人才论坛在江城举行。",
     {"第十届中国(江城)国际人才交流大会"}),
]


@pytest.mark.parametrize(("text", "expected"), EVENT_AND_SUB_MEETING)
def test_event_and_sub_meeting(text: str, expected: set[str]) -> None:
    assert names(text) == expected
