"""Initiative extraction (etl/extraction/initiatives.py), by phenomenon, on sentences written for
the tests.

None of these sentences is in the seeds or the dev corpus: they check that the rules follow the
language (head words, quotes, CAST brand shapes), not the sample names. The last tests run the
real pipeline (readers → clean → extract) over the seeds and the dev corpus and hold the F1
measured when the rules were written, minus a small margin.
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
    ("新成立的株洲市轨道交通产业创新联盟吸纳了40家企业。", "株洲市轨道交通产业创新联盟", "科创",
     "platform"),
    # 中国科协全国品牌 vs 省级镜像品牌 (national brand vs provincial mirror)
    ("依托“科创中国”平台，打造“科创齐鲁”服务品牌。", "科创中国", "科创", "brand"),
    ("依托“科创中国”平台，打造“科创齐鲁”服务品牌。", "科创齐鲁", "科创", "brand"),
    ("推动“智汇三秦”智库平台建设。", "智汇三秦", "智库", "brand"),
    ("全面推进科普荆楚行动，提升公民科学素质。", "科普荆楚", "科普", "brand"),
    ("实施“才荟鹭岛”引才行动。", "才荟鹭岛", "人才", "action"),
    ("双方将实施海智计划，引进海外人才。", "海智计划", "人才", "project"),
    # 设施：已建成并计数或揭牌 (facilities reported as set up)
    ("目前全市已建成院士专家工作站12家。", "院士专家工作站", "人才", "platform"),
    ("中国化工学会宜昌学会服务站当天揭牌。", "学会服务站", "科创", "platform"),
    ("为15个市级院士工作站授牌。", "市级院士工作站", "人才", "platform"),
    # 文件标题 (programme documents in 《》)
    ("省科协印发《2024年“科普中国”湖南行动实施方案》。", "2024年科普中国湖南行动实施方案", "科普",
     "other"),
    ("双方共同推进《新时代青年科技人才发展规划纲要（2024—2030年）》落实。",
     "新时代青年科技人才发展规划纲要(2024—2030年)", "人才", "other"),
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
]


@pytest.mark.parametrize("text", NOT_INITIATIVES)
def test_not_initiatives(text: str) -> None:
    assert names(text) == set()


def test_brand_part_of_another_phrase_is_not_the_brand() -> None:
    # “科创中国”省级专家组 is a team of the brand, not a mention of the brand as a programme
    assert names("由“科创中国”省级技术专家组一行深入园区调研。") == set()


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
# Raise them with the rules, never lower them silently.
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
