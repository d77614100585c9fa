"""What must NOT be read as a programme, swept at scale (issue 11, round 9), and the national
designations real pages name, with their places.

Round 8 swept programme names that should be read; this file sweeps the classes ANNOTATION.md
excludes: organisations, cooperation modes, strategies and slogans, generic facility types,
one-off meetings, documents, catchphrases, columns and sites. Each member goes through several
frames of its own class (quoted “…” and 《…》, unquoted, in a list beside real programmes, after
建设/成立/实施/举办/获批/入选 …) and must give nothing but the real programmes beside it. Then
the designations a place holds (国家创新型城市, 全国科普示范县, 国家可持续发展议程创新示范区, the
国家自主创新示范区 by their names …) in the frames that award them. Members and sentences were
written for this test from general knowledge; none is copied from a page. The full extraction
runs (cleaning, then the article); only the names are checked: the hidden set scores initiatives
by name.
"""

from __future__ import annotations

import opencc
import pytest

from tests.extraction_support import known_limits, page_programme_names, phenomenon_cases

# --- the excluded classes: members ------------------------------------------------------------


def _words(block: str) -> list[str]:
    """The members of a block, one word between spaces; a line starting with | is a remark."""
    return [w for line in block.splitlines() if not line.strip().startswith("|")
            for w in line.split()]


ORGANISATIONS = _words("""
    专家咨询委员会 学术委员会 战略咨询委员会 科技创新委员会 会市合作委员会 省会合作委员会
    联合工作委员会 专家委员会 技术委员会 指导委员会 科普工作联席会议 长三角科技创新联盟
    产业技术创新战略联盟 科普联盟 乡村振兴科技服务联盟 高校科协联盟 新型研发机构联盟 智库联盟
    产学研合作联盟 成渝地区双城经济圈科技创新联盟 黄河流域科协联盟 京津冀协同创新联盟
    科技志愿服务联盟 新能源汽车学会联合体 智能制造学会联合体 农业学会联合体 海洋学会联合体
    数字经济学会联合体 科技工作者协会 科普作家协会 老科技工作者协会 青年科技工作者协会
    会市合作工作专班 联合工作专班 科技创新工作领导小组 会市合作工作领导小组 协同创新共同体
    科技创新共同体 院士专家咨询委员会 科技经济融合发展促进会 科技创新发展基金会 产业技术研究会
    企业科协 高校科协 园区科协 乡镇科协 学会党委 科技社团党委 专家服务团队 科技志愿服务队 联络处
    秘书处 办公室 理事会 监事会 专家库 人才库 智库联合体 科普志愿者协会
""")
MODES = _words("""
    会市合作 省会合作 揭榜挂帅 产学研合作 校地合作 飞地经济 院地合作 校企合作 部省会商 厅市会商
    赛马制 政产学研用 首席专家制 双向挂职 柔性引才 离岸孵化 包干制 军民融合 产城融合 院企合作
    会企合作 校城融合 东西部协作 对口支援 山海协作 省市共建 部省共建 会地合作 市校合作 产教融合
    科教融合 揭榜制 一企一策 订单式研发 全链条服务 组团式帮扶 一对一帮扶
    | two provinces paired (the east-west cooperation)
    沪滇合作 闽宁协作 粤桂合作 京蒙协作 苏陕协作 鲁渝协作 浙川合作 津甘协作
""")
STRATEGIES = _words("""
    中国制造2025 创新驱动发展战略 乡村振兴战略 双碳 数字中国 科技强省 四个面向 一带一路 科教兴国
    人才强国 健康中国 美丽中国 制造强国 网络强国 质量强国 交通强国 科技自立自强 碳达峰碳中和
    高质量发展 新质生产力 共同富裕 两山理论 长江经济带发展 黄河流域生态保护和高质量发展
    京津冀协同发展 粤港澳大湾区建设 长三角一体化 西部大开发 东北振兴 中部崛起 双循环 放管服
    科技强市 人才强市 工业强市 创新强省 数字经济 智慧城市 产业数字化 互联网+ 大众创业、万众创新
    科技兴农 三农 双一流建设
""")
FACILITY_TYPES = _words("""
    流动科技馆 科普大篷车 院士专家工作站 科普教育基地 众创空间 孵化器 重点实验室 新型研发机构
    工程技术研究中心 博士后科研工作站 企业技术中心 科技企业孵化器 专家工作站 院士工作站 科普馆
    科技馆 科普活动室 科普宣传栏 科普示范社区 科普示范学校 技术转移中心 成果转化中心
    创新服务中心 产业技术研究院 研发中心 中试基地 实训基地 专家服务基地 科普阵地 科普画廊
    乡村学校少年宫 农村专业技术协会 星创天地 科普小屋 气象科普馆 青少年科技活动中心 科技创新平台
    公共服务平台
    | the State's kinds of research centre, written bare
    国家工程研究中心 国家工程技术研究中心 国家工程实验室 国家技术创新中心 国家临床医学研究中心
    国家制造业创新中心 国家产业创新中心
    | the academicians' and experts' stations, whatever words the page inserts
    院士专家企业工作站 院士专家创新工作站 院士（专家）工作站 院士专家服务站
""")
MEETINGS = _words("""
    科技工作座谈会 合作交流座谈会 签约仪式 揭牌仪式 推进会 工作会议 座谈交流会 联席会议 对接会
    项目推介会 成果发布会 新闻发布会 调研座谈会 工作部署会 学术报告会 专题讲座 培训班 启动仪式
    现场会 观摩会 恳谈会 研讨会 学术交流会 专题研讨会
    | meetings on a topic, of a government, of a mode or of a group of people
    人工智能赋能制造业高质量发展论坛 数字经济与实体经济融合发展研讨会 长三角科技创新合作推进会
    院士专家座谈会 科技成果对接会 产学研合作洽谈会 校企合作交流会 技术需求对接会 人才引进推介会
    全市科技创新大会 全省科技工作会议 科技工作者座谈会 青年科技人才座谈会 企业家座谈会 专家咨询会
    经验交流会 创新驱动发展高峰论坛 科技助力乡村振兴论坛 碳达峰碳中和专题研讨会 政产学研对接会
""")
DOCUMENTS = _words("""
    科技合作协议 战略合作框架协议 实施方案 管理办法 工作要点 合作备忘录 行动方案 实施意见
    战略合作协议 共建协议 合作意向书 三年行动计划实施方案 考核办法 工作规则 章程 合作协议书
""")
SLOGANS = _words("""
    创新驱动、人才强市 科技赋能、产业升级 聚力创新、服务发展 凝心聚力、共谋发展 科技让生活更美好
    弘扬科学精神、普及科学知识 创新争先 四服务 三型 五个一 一体两翼 两翼齐飞 三链融合 四链融合
    科技之光 奋进新征程 喜迎二十大 建功新时代
""")
SITES = _words("""
    学习强国 科普中国网 中国科协网 微信公众号 抖音号 新华网 人民网 央视新闻客户端 科技日报
    今日头条
""")
# verb-object catchphrases and jargon of a work report
CATCHPHRASES = _words("""
    寻人才 抢人才 留人才 引人才 育人才 用人才 招商引资 招才引智 强基础 补短板 优服务 提效能
    促转化 解难题 送技术 办实事 抓落实 保民生 稳增长 促发展 强弱项 两资三能 技改提能 专精特新
    卡脖子 最后一公里 四上企业 一站式 零距离 面对面 手拉手 点对点 一盘棋 组合拳 加速度 硬核
    小切口、大纵深 接地气 请进来、走出去 引进来、走出去
""")

# --- frames -----------------------------------------------------------------------------------

REAL = {"科创中国", "海智计划"}
# in every class: beside real programmes, unquoted and quoted
LIST_FRAMES = [
    ("list", "双方将在科创中国、{x}、海智计划等方面深化合作。", REAL),
    ("quoted_list", "双方围绕“科创中国”“{x}”“海智计划”开展合作。", REAL),
    # a headless quote beside a named resource is its sibling only when it could be one
    ("sibling_of_a_platform", "依托“之江人才共享平台”“{x}”等资源开展合作。", {"之江人才共享平台"}),
    ("before_a_programme", "双方将在“{x}”和海智计划等方面加强合作。", {"海智计划"}),
]
CLASS_FRAMES = {
    "organisations": [("quoted_set_up", "双方将共同成立“{x}”。"), ("set_up", "双方将共同组建{x}。"),
                      ("relied_on", "依托{x}开展工作。"), ("unveiled", "{x}在杭州揭牌成立。"),
                      ("built", "双方将共同建设{x}。")],
    "modes": [("deepened", "双方深化{x}。"), ("quoted_pushed", "双方推动“{x}”走深走实。"),
              ("carried_out", "实施{x}。"), ("quoted_carried_out", "开展“{x}”。"),
              ("mechanism", "建立{x}机制。"), ("model", "探索“{x}”模式。")],
    "strategies": [("carried_out", "深入实施{x}。"), ("quoted_carried_out", "全面落实“{x}”。"),
                   ("built", "加快建设{x}。"), ("quoted_served", "服务“{x}”大局。"),
                   ("quoted_strategy", "实施“{x}”战略。"), ("helped", "助力{x}。")],
    "facility_types": [("built", "建设{x}。"), ("quoted_counted", "新建“{x}”3家。"),
                       ("unveiled", "{x}揭牌。"), ("approved", "该市获批省级{x}。"),
                       ("selected", "该企业入选国家级{x}。"),
                       ("quoted_co_built", "双方将共建“{x}”。"),
                       ("relied_on", "双方将依托{x}开展合作。"),
                       ("at_a_company", "某某科技有限公司{x}揭牌成立。")],
    "one_off_meetings": [("held", "举办{x}。"), ("quoted_held", "召开“{x}”。"),
                         ("quoted_co_held", "双方联合举办“{x}”。"),
                         ("venue", "在{x}上，双方签署了协议。"),
                         ("quoted_during", "在“{x}”上，双方交流了经验。"),
                         ("after", "{x}结束后，双方参观了展馆。")],
    "documents": [("signed", "双方签署《{x}》。"), ("issued", "印发《{x}》。"),
                  ("quoted_made", "制定“{x}”。"), ("made", "共同制定{x}。")],
    "slogans": [("around", "双方围绕“{x}”深化合作。"), ("theme", "以“{x}”为主题开展活动。"),
                ("adhered", "坚持“{x}”。"), ("headline", "《{x}》\n双方召开座谈会。"),
                ("called", "喊出“{x}”的口号。")],
    "sites": [("via", "通过{x}平台发布。"), ("quoted_on", "在“{x}”发布。"),
              ("title_said", "据《{x}》报道，双方签约。")],
    "catchphrases": [("quoted_pair", "多措并举“{x}”，持之以恒“{x}”。"),
                     ("quoted_built", "推动“{x}”建设。")],
}
# in every class: the member between a body, a level, a count, a quote's tail …
HARD_FRAMES = [
    ("level_approved", "该单位获批省级{x}。"), ("first_in_province", "全省首家{x}在衢州成立。"),
    ("quoted_central_task", "主动服务“{x}”中心工作。"), ("quoted_built", "推动“{x}”建设。"),
    ("quoted_work", "扎实做好“{x}”工作。"), ("quoted_pair", "多措并举“{x}”，持之以恒“{x}”。"),
    ("owner_before_quote", "嘉兴市农业科学研究院“{x}”在海盐县揭牌。"),
    ("quoted_before_programme", "大力实施“{x}”、人才工程。"),
]
# … and a place before it (a facility, a meeting or a document with a place may be named)
PLACED_FRAMES = [("placed_unveiled", "杭州市{x}揭牌成立。"),
                 ("province_built", "浙江省{x}建设取得成效。")]
MEMBERS = {
    "organisations": ORGANISATIONS, "modes": MODES, "strategies": STRATEGIES,
    "facility_types": FACILITY_TYPES, "one_off_meetings": MEETINGS, "documents": DOCUMENTS,
    "slogans": SLOGANS, "sites": SITES, "catchphrases": CATCHPHRASES,
}
UNPLACED_ONLY = ("facility_types", "one_off_meetings", "documents")


def _rows(cls: str) -> list[tuple[str, str, set[str]]]:
    frames = list(LIST_FRAMES) + [
        (f, t, set()) for f, t in CLASS_FRAMES[cls] + HARD_FRAMES
        + ([] if cls in UNPLACED_ONLY else PLACED_FRAMES)]
    return [(f"{x}-{f}", t.format(x=x), expected) for x in MEMBERS[cls] for f, t, expected in frames
            if not (cls == "documents" and f == "level_approved")]  # (no document is approved)


EXCLUDED = {cls: _rows(cls) for cls in MEMBERS}

# A mechanism named by a slogan, a count or a mode in quotes is a way of working (a mode); a
# brand's mechanism is named by the brand.
MECHANISM_QUOTES = _words(
    "一对一 科技副总 双向挂职 揭榜挂帅 三级联动 1+N 院士+ 会地合作 点对点 四个一")
MECHANISM_WORDS = _words("结对帮扶机制 选派机制 交流机制 工作机制 协作机制 联络机制")
MECHANISMS = [(f"{q}-{m}", f"双方将建立“{q}”{m}。", set())
              for q in MECHANISM_QUOTES for m in MECHANISM_WORDS] + [
    ("brand_mechanism", "双方将建立“科创中国”协同机制。", {"科创中国协同机制"}),
]

# Institutes, academies and centres that are bodies, named as a party, a host, a visit: no
# platform (ANNOTATION.md: organisations; a platform is one the partners set up).
BODIES = _words("""
    江苏省产业技术研究院 浙江清华长三角研究院 中国科学院宁波材料技术与工程研究所 北京协同创新研究院
    深圳清华大学研究院 上海工业技术研究院 西安交通大学苏州研究院 哈尔滨工业大学郑州研究院
    中国科学院深圳先进技术研究院 之江实验室 鹏城实验室 国家超级计算无锡中心 中国信息通信研究院
    广东省科学院 山东省科学院 浙江大学杭州国际科创中心 天津大学浙江研究院 中国农业大学烟台研究院
    国家技术转移东部中心 中国科学院科技战略咨询研究院 中国科协创新战略研究院 江苏省农业科学院
    湖南省农业科学院 四川省农业科学院 中国水稻研究所 中国热带农业科学院 中国林业科学研究院
""")
BODY_FRAMES = [
    ("signed_with", "杭州市人民政府与{x}签署战略合作协议。"),
    ("head_attended", "{x}院长出席签约仪式。"),
    ("hosted", "本次活动由{x}承办。"), ("visited", "代表团一行参观了{x}。"),
]
BODY_ROWS = [(f"{x}-{f}", t.format(x=x), set()) for x in BODIES for f, t in BODY_FRAMES]

# A quoted group of people (“乡土人才”) is people, not a programme, unless counted (“三区人才”)
# or named by a programme head after it (“领军人才”培养计划).
GROUPS = _words("""
    乡土人才 领军人才 高层次人才 青年人才 科技人才 高技能人才 急需紧缺人才 寻人才 留人才 引人才
""")
GROUP_FRAMES = [("trained", "每年培养“{x}”200名。"), ("selected", "评选表彰一批“{x}”。"),
                ("introduced", "全年引进“{x}”10名。")]
GROUP_ROWS = [(f"{x}-{f}", t.format(x=x), set()) for x in GROUPS for f, t in GROUP_FRAMES] + [
    ("counted_group_is_a_programme", "深入实施“三区人才”支持。", {"三区人才"}),
    ("group_before_a_programme_head", "实施“领军人才”培养计划。", {"领军人才培养计划"}),
]

# A brand's prefix and a kind of thing (“科创飞地”, “科普阵地”) is that kind, not a mirror of the
# brand (“科创中原”, “科普湖湘” are).
KIND_TAILS = _words("""
    飞地 走廊 阵地 场馆 活动 基地 平台 中心 园区 项目 资源 服务 工作 人才 企业 团队 联盟
""")
KIND_FRAMES = [("built_up", "双方将共同打造“{x}”。"), ("pushed", "推进“{x}”建设。")]
KIND_ROWS = [(f"{p}{t}-{f}", text.format(x=p + t), set()) for p in ("科创", "科普")
             for t in KIND_TAILS for f, text in KIND_FRAMES] + [
    ("mirror_region_stays", "实施“科创中原”行动。", {"科创中原"}),
    ("mirror_poetic_stays", "打造“科普湖湘”品牌。", {"科普湖湘"}),
]

# A place's production zone, named by a sector and no word of S&T: no programme (a title of the
# State still is one: 全国生态农业示范区, and a zone of S&T: 国家农业科技园区).
SECTOR_ZONES = _words("""
    现代农业综合示范区 现代农业示范园区 特色农业产业示范区 高效农业示范园区 水土保持示范园区
    产教融合示范园区 现代服务业示范区 循环经济示范园区 生态农业示范基地 文旅康养示范区
""")
SECTOR_FRAMES = [
    ("platform_of", "双方将以寿县{x}为合作交流平台。"),
    ("supported", "双方共同支持临泉县{x}建设。"),
    ("station_in", "在安吉县{x}设立了专家工作站。"),
    ("co_built", "双方将共建武义县{x}。"), ("levelled", "该县获批省级{x}。"),
]
SECTOR_ZONE_ROWS = [(f"{x}-{f}", t.format(x=x), set()) for x in SECTOR_ZONES
                    for f, t in SECTOR_FRAMES] + [
    ("national_title_stays", "该县入选全国生态农业示范区。", {"全国生态农业示范区"}),
    ("st_zone_stays", "该县获批国家农业科技园区。", {"国家农业科技园区"}),
]

# Single sentences of the same classes in the shapes newsrooms write them.
SHAPES = [
    ("type_owner_unveiled", "某某科技有限公司院士专家企业工作站揭牌。", set()),
    ("type_first_county", "贵州省首家县级院士专家创新工作站挂牌成立。", set()),
    ("type_quoted_ceremony", "公司举行“某某科技有限公司院士专家企业工作站揭牌仪式”。", set()),
    ("owner_before_quoted_type", "嘉兴市林业科学研究院“院士工作站”在平湖市揭牌成立。", set()),
    ("type_at_a_society", "市农学会院士专家工作站揭牌成立。", set()),
    ("type_at_an_academy", "市农科院科普教育基地揭牌成立。", set()),
    ("pair_mode_event", "双方举行“沪滇合作”活动启动仪式。", set()),
    ("pair_mode_campaign", "开展“鲁渝协作”科技帮扶活动。", set()),
    ("breadth_plan", "双方将推进全方位合作计划。", set()),
    ("digit_enumeration", "提出“5大科技专项+10大创新平台”的重点任务。", set()),
    ("column_quoted", "市科协开设“科普之窗”专栏。", set()),
    ("programme_on_air", "在“科学大讲堂”栏目播出。", set()),
    ("account", "市科协微信公众号“科普杭州”推出系列文章。", set()),
    ("channel", "开设“院士讲坛”频道。", set()),
    ("newspaper_column", "本报推出“科技强国 我们在行动”专栏。", set()),
    ("column_tour_named", "“创新中国行”专栏今日推出第十期。", set()),
    ("app", "“科创中国”APP上线运行。", set()),
    ("zone_body_signs", "武汉东湖国家自主创新示范区管委会与市科协签约。", set()),
    ("zone_body_party", "市政府与中关村国家自主创新示范区管委会签署协议。", set()),
    ("title_kind_only", "印发《行动方案》。", set()),
    ("title_period_only", "印发《三年行动计划实施方案》。", set()),
    ("quoted_meeting_kind", "召开“座谈交流会”。", set()),
    # a list closed by 等 between a quote and a head: not one name
    ("list_closed_before_head", "支持“西部之光”人才培养等有关专项。", set()),
    ("quote_and_head", "实施“西部之光”人才培养计划。", {"西部之光人才培养计划"}),
    # the rank a work is given, and how an action is carried out: no programme
    ("ranked_quoted", "把科普工作作为“一号工程”来抓。", set()),
    ("ranked_listed", "将人才工作列为“头号工程”推进。", set()),
    ("rank_unquoted", "实施龙头工程。", set()),
    ("virtue_unquoted", "实施德政工程。", set()),
    ("action_manner", "开展集中行动。", set()),
    ("action_manner_unified", "实施统一行动。", set()),
    ("two_char_programme_stays", "实施火炬计划。", {"火炬计划"}),
    # 如 introduces an example: no word of the name (如皋 is a place)
    ("example_marker", "多项成果被采纳，如林下种植行动计划、氢能产业发展规划等。",
     {"林下种植行动计划"}),
    ("example_place", "如皋市实施“如皋英才”计划。", {"如皋英才计划"}),
    # facilities counted before their kind: the kind, not one named
    ("counted_national_bases", "科技部向新近认定的5个国家高新技术产业化基地授牌。", set()),
    ("counted_centres", "双方将共建3个省级工程技术研究中心。", set()),
    # 创新和…: two modifiers of one name, not a list (the name is not cut at 和)
    ("coordinated_modifiers", "部署了学会创新和服务能力提升工程。", {"学会创新和服务能力提升工程"}),
    ("brand_base_in_place", "“科创中国”创新基地在宁波揭牌。", {"科创中国创新基地"}),
    ("haizhi_base_in_place", "海智计划工作基地在宜昌揭牌。", {"海智计划", "海智基地"}),
]

# --- included: the designations a place holds -------------------------------------------------

PLACES_OF = {
    "国家创新型城市": _words(
        "镇江市 淮安市 宿迁市 嘉兴市 金华市 潍坊市 襄阳市 宜昌市 株洲市 绵阳市"),
    "国家创新型县": ["昆山市", "江阴市", "长兴县", "慈溪市"],
    "全国科普示范县": ["麻江县", "江安县", "永春县", "德清县"],
    "全国科普示范区": ["海淀区", "昌平区", "郫都区"],
    "全国科普示范市": ["仙桃市", "宜都市"],
    "国家可持续发展议程创新示范区": _words(
        "深圳市 太原市 桂林市 郴州市 临沧市 承德市 鄂尔多斯市 徐州市 湖州市 枣庄市"),
    "国家农业科技园区": ["永春县", "湄潭县", "寿光市", "安吉县"],
    "国家科技成果转移转化示范区": ["宁波市", "闵行区"],
    "国家新一代人工智能创新发展试验区": ["德清县", "合肥市", "杭州市", "成都市"],
    "科创中国试点城市": ["芜湖市", "常州市", "徐州市", "宁波市"],
    "国家知识产权示范城市": ["苏州市", "泉州市"],
    "全国科技进步示范县": ["长兴县"],
    "创新驱动助力工程示范市": ["常德市", "绍兴市"],
}
AWARD_FRAMES = [
    ("selected", "{p}入选{x}。"), ("approved_to_build", "{p}获批建设{x}。"),
    ("named", "{p}被命名为{x}。"),
    ("created", "{p}成功创建{x}。"), ("headline", "{p}获批{x}\n日前，相关部门公布了名单。"),
    ("supported", "省科协将支持{p}创建{x}。"),
]
# the 国家自主创新示范区 named by the zone's own words (the name as written) …
NAMED_ZONES = [f"{z}国家自主创新示范区" for z in _words(
    """中关村 东湖 张江 苏南 长株潭 珠三角 郑洛新 山东半岛 沈大 福厦泉 合芜蚌 兰白
       乌昌石 鄱阳湖 上海张江 武汉东湖""")]
# … and by a city, which is its region
ZONE_CITIES = ["深圳", "天津", "成都", "西安", "杭州", "重庆"]


def _designation_rows() -> list[tuple[str, str, set[str]]]:
    rows = []
    for x, places in PLACES_OF.items():
        expected = {x} | ({"创新驱动助力工程"} if x.startswith("创新驱动助力工程") else set())
        rows += [(f"{x}-{p}-{f}", t.format(p=p, x=x), expected)
                 for p in places for f, t in AWARD_FRAMES
                 if not (f == "supported" and x == "国家农业科技园区")]
    for z in NAMED_ZONES:
        rows += [(f"{z}-built", f"{z}建设取得新进展。", {z}),
                 (f"{z}-approved", f"国务院批复同意建设{z}。", {z})]
    for c in ZONE_CITIES:
        zone = {"国家自主创新示范区"}
        rows += [(f"{c}-zone_approved", f"国务院批复同意支持{c}建设国家自主创新示范区。", zone),
                 (f"{c}-zone_built", f"{c}国家自主创新示范区建设取得新进展。", zone)]
    return rows


# Programmes, stations and days of the association system, named as real pages name them.
SYSTEM_DESIGNATIONS = [
    ("courtyard_of_university", "中国农业大学曲周科技小院揭牌。", {"中国农业大学曲周科技小院"}),
    ("courtyard_of_product", "福建云霄枇杷科技小院正式揭牌。", {"福建云霄枇杷科技小院"}),
    ("courtyard_co_built", "双方将共建科技小院。", {"科技小院"}),
    ("talent_school", "该校入选英才计划基地学校。", {"英才计划"}),
    ("talent_students", "参加英才计划的学生在实验室开展研究。", {"英才计划"}),
    ("haizhi_station", "海智工作站在该县揭牌成立。", {"海智工作站"}),
    ("society_station", "中国科协学会服务站在该县揭牌。", {"学会服务站"}),
    ("workers_day", "在第七个全国科技工作者日到来之际，市科协走访慰问科技工作者。",
     {"全国科技工作者日"}),
    ("brand_base_unquoted_in_place", "科创中国创新基地在宁波揭牌。", {"科创中国创新基地"}),
    ("brand_pilot_quoted", "常州市入选“科创中国”试点城市。", {"科创中国试点城市"}),
    ("agri_park_named", "湄潭国家农业科技园区建设取得新进展。", {"湄潭国家农业科技园区"}),
    ("contest_organised", "双方将联合组织全国青少年科技创新大赛。", {"全国青少年科技创新大赛"}),
    ("courtyard_pilot", "该区入选全国科技小院助力乡村振兴试点。", {"全国科技小院助力乡村振兴试点"}),
    ("pilot_province", "该省被列为国家技术创新工程试点省。", {"国家技术创新工程试点省"}),
    # a quoted traveller, then a place and 行: the tour (not the traveller alone)
    ("quoted_traveller_tour", "双方将共同举办“海智专家”宁波行活动。", {"海智专家宁波行"}),
    ("quoted_talent_tour", "举办“赣鄱英才”宜春行等活动。", {"赣鄱英才宜春行"}),
    ("quoted_brand_tour", "开展“科创中国”宜春行活动。", {"科创中国宜春行", "科创中国"}),
    ("quoted_mirror_action_stays", "推动“科创八桂”柳州行动。", {"科创八桂"}),
    ("agenda_zone_built", "双方将共同推进国家可持续发展议程创新示范区建设。",
     {"国家可持续发展议程创新示范区"}),
]

# Rows the code does not follow yet.
KNOWN_LIMITS: list[tuple[str, str, set[str]]] = [
    # 创建 alone (not 成功创建) is read as an aim for the awarded titles, while the lexicon's
    # titles (全国科普示范市) are read after it: the agricultural parks stay out
    ("agri_park_supported", "省科协将支持永春县创建国家农业科技园区。", {"国家农业科技园区"}),
    ("agri_park_supported_city", "省科协将支持寿光市创建国家农业科技园区。", {"国家农业科技园区"}),
    # the zone's committee written after 建设 (…示范区建设领导小组办公室) is still read as the zone
    ("zone_leading_group", "郑洛新国家自主创新示范区建设领导小组办公室召开会议。", set()),
]

TABLES = dict(EXCLUDED, kinds_not_mirrors=KIND_ROWS, groups=GROUP_ROWS, bodies=BODY_ROWS,
              mechanisms=MECHANISMS, sector_zones=SECTOR_ZONE_ROWS, shapes=SHAPES,
              designations=_designation_rows(), system_designations=SYSTEM_DESIGNATIONS)


@pytest.mark.parametrize("page,expected", phenomenon_cases(**TABLES) + known_limits(KNOWN_LIMITS))
def test_programme_names(page: str, expected: set[str]) -> None:
    assert page_programme_names(page) == expected


S2T = opencc.OpenCC("s2t")
TRADITIONAL = dict(shapes=SHAPES, mechanisms=MECHANISMS, kinds_not_mirrors=KIND_ROWS,
                   groups=GROUP_ROWS, system_designations=SYSTEM_DESIGNATIONS)


@pytest.mark.parametrize("page,expected", phenomenon_cases(**{
    name: [(case, S2T.convert(text), expected) for case, text, expected in rows
           if S2T.convert(text) != text] for name, rows in TRADITIONAL.items()}))
def test_programme_names_traditional(page: str, expected: set[str]) -> None:
    """The single sentences again in Traditional script (opencc s2t): the same names,
    Simplified."""
    assert page_programme_names(page) == expected
