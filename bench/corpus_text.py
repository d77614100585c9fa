"""Phrase banks and templates of bench/make_corpus.py (simplified Chinese).

Templates use {A}/{B} (the two parties), {C0}.. (the cities of a one-with-many signing), {D} (a
date expression), {T} (the agreement type), {P}/{R} (the region's short name), {N} (a count in
Chinese). Nothing here is fed to the ETL as a rule: it only writes test pages.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.gazetteer import Gazetteer, Region
    from bench.make_corpus import Signing, Writer

# Article kinds and their shares: signings by model, a one-with-many signing, and negatives
# (draft reviewed, planned, intention, anniversary review = background only, news w/o signing).
KINDS = ("会市", "省会", "会地", "会会", "市市", "其他", "多市",
         "草案", "拟签", "意向", "周年", "资讯")
KIND_WEIGHTS = (22, 4, 12, 5, 5, 5, 7,
                3, 3, 3, 3, 28)
NEGATIVE = ("草案", "拟签", "意向", "资讯")
CN_NUM = "零一二三四五六七八九十"

AGREEMENT_TYPES = ("全面战略合作协议", "战略合作框架协议", "战略合作协议", "合作协议", "框架协议",
                   "合作备忘录", "“会市合作”协议", "新一轮战略合作协议", "科技合作协议")

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘"
            "袁蔡蒋余杜叶程魏苏吕丁任沈姚卢钟姜崔谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱"
            "侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤")
GIVEN = ("明远", "海舟", "子墨", "远航", "一帆", "叔平", "宁", "楠", "月", "望舒", "启明",
         "松年", "振声", "明川", "子衡", "远澄", "云帆", "可", "嘉禾", "书瑶", "思源", "建平",
         "立新", "晓东", "春华", "文博", "雨桐", "国强", "丽娟", "志刚", "欣然", "晨曦",
         "浩然", "静怡", "卫东")

NAV_ITEMS = ("首页", "要闻", "科协动态", "学会之窗", "科普", "人才", "视频", "专题", "图片", "智库",
             "党建强会", "工作动态", "市州动态", "县区动态", "通知公告", "数字报", "政务公开")
BREADCRUMBS = ("当前位置:首页 > 科协动态 > 正文", "您现在的位置:首页 > 工作动态 > 市州动态",
               "首页 > 本地 > 正文", "当前位置:首页 > 新闻中心 > 地方动态",
               "您所在的位置:首页 > 要闻 > 正文")

INDUSTRIES = ("新能源汽车", "电子信息", "先进制造", "新材料", "生物医药", "绿色化工", "现代农业",
              "高端装备", "数字经济", "智能制造", "清洁能源", "节能环保", "特色食品", "文化旅游",
              "现代物流", "集成电路", "人工智能", "氢能", "储能", "轨道交通", "航空航天",
              "海洋经济", "中医药", "钢铁", "纺织服装", "现代畜牧", "林下经济", "光伏")

# (name, family, kind, phrase): the phrase writes the name as the pages do.
@dataclass(frozen=True)
class InitiativeDef:
    name: str
    family: str
    kind: str
    phrase: str
    # False: a generic platform built in passing ("支持企业建设院士专家工作站"), which the
    # gold files of the development corpus do not count as an initiative (d041, d047, d052).
    gold: bool = True


INITIATIVES = (
    InitiativeDef("科创中国", "科创", "brand", "推动“科创中国”优质资源向{R}集聚"),
    InitiativeDef("科创中国试点城市", "科创", "pilot", "以“科创中国”试点城市建设为牵引"),
    InitiativeDef("科普中国", "科普", "brand", "推动“科普中国”资源落地应用"),
    InitiativeDef("智汇中国", "智库", "brand", "依托“智汇中国”平台开展决策咨询"),
    InitiativeDef("海智计划", "人才", "project", "实施“海智计划”,吸引海外科技人才来{R}创新创业"),
    InitiativeDef("院士专家工作站", "人才", "platform", "支持{R}企业建设院士专家工作站", False),
    InitiativeDef("学会服务站", "科创", "platform", "在重点产业园区布局学会服务站", False),
    InitiativeDef("乡村科普e站", "科普", "platform", "建设一批乡村科普e站"),
    InitiativeDef("全国科普日", "科普", "event", "联合举办“全国科普日”主场活动"),
)
HENAN = (
    InitiativeDef("科创中原", "科创", "action", "深入实施“科创中原”行动"),
    InitiativeDef("科普中原", "科普", "brand", "打响“科普中原”品牌"),
    InitiativeDef("智汇中原", "智库", "brand", "依托“智汇中原”开展决策咨询"),
)

LEADS = (
    "{D},{A}与{B}在{P}签署{T}。",
    "{D},{A}与{B}举行{T}签约仪式,双方代表共同签署协议。",
    "{D}上午,{A}、{B}{T}签约仪式在{P}举行。",
    "本报讯 {D},{A}和{B}正式签署{T},标志着双方合作进入新阶段。",
    "{D},{A}与{B}以线上方式签署{T}。",
    "{D},{A}与{B}签订{T},双方将在科技创新、科学普及、人才服务等方面深化合作。",
)
NEGATIVE_LEADS = {
    "草案": ("{D},{B}召开常务会议,研究部署近期重点工作。会议审议了《{B} {A}“会市合作”战略合作协议"
             "(送审稿)》,要求对协议文本作进一步修改完善,按程序报批后适时签署。",),
    "拟签": ("本网讯 记者从有关方面获悉,{A}与{B}“会市合作”协议签约仪式定于下周在{P}举行。"
             "目前,协议文本已经"
             "双方审定,各项筹备工作基本就绪。",
             "{A}与{B}将于近期签署{T},双方正在就合作清单作最后商定。"),
    "意向": ("{D},{A}负责同志带队到{P}调研,与{B}座谈交流。经过深入交流,双方达成合作意向,"
             "同意抓紧研究"
             "合作重点和合作方式,此次座谈未签署书面协议。",),
    "周年": ("{D},{A}与{B}签署{T}。如今,这份协议已经走过{N}个年头,记者近日回访了部分合作项目。",
             "时间回到{D}。当天,{A}与{B}签署{T},约定围绕重点产业开展科技服务。{N}年来,合作项目陆续落地。"),
}
NEWS = (  # (headline, lead) of S&T news without any signing
    ("{R}全国科普日活动启动", "{D},{R}全国科普日主场活动启动,数十家学会和科普基地参加展示。"),
    ("{R}科技工作者座谈会召开",
     "{D},{R}科技工作者座谈会召开,与会代表围绕科技创新和人才服务建言献策。"),
    ("{R}青少年科技创新大赛落幕", "{D},{R}青少年科技创新大赛落下帷幕,一批优秀作品获得表彰。"),
    ("{R}学会学术年会开幕", "{D},{R}学会学术年会开幕,来自高校、科研院所和企业的专家学者参会。"),
    ("科技志愿服务走进乡村", "{D},{R}科技志愿服务队走进乡村,为群众送去农业技术和科普知识。"),
)
BACKGROUND = (
    "这不是双方第一次携手。{D},{A}与{B}曾签署{T},此次签约标志着双方合作进入新阶段。",
    "据了解,早在{D},{A}就与{B}签署了{T},双方在科普、人才等领域已有良好合作基础。",
    "此前,{A}已于{D}与{B}签订{T}。",
)
FILLER = (
    "双方将围绕{R}的{I1}、{I2}等重点产业,组织学会专家开展技术诊断和成果对接。",
    "根据协议,双方将建立联席会议制度,每半年召开一次工作调度会,共同研究解决合作中的重要问题。",
    "{R}近年来大力推动{I1}产业发展,但在高层次人才和创新平台方面仍存在短板。",
    "会上,双方还就{I1}领域的关键技术攻关和科技成果转化进行了深入交流。",
    "下一步,双方将把合作任务细化为年度项目清单,确保每一项合作都有牵头单位、有时间节点。",
    "在人才方面,双方将共同培育乡土科技人才和农村实用技术人才,每年开展专题培训不少于{n}期。",
    "在组织建设方面,双方将加快推进企业、高校、园区科协组织建设,扩大科协组织覆盖面。",
    "据介绍,{R}已累计建成科普教育基地{n}个,科技馆和流动科技馆服务群众超过{m}万人次。",
    "活动现场,{n}家企业发布了技术需求,涉及{I1}、{I2}等领域。",
    "与会专家认为,推动{I1}与{I2}融合发展,是{R}实现产业转型升级的重要路径。",
    "双方约定,在政策、资金、项目等方面给予保障,并把合作事项纳入年度目标考核。",
    "近年来,{R}持续加大科技投入,全社会研发经费投入强度逐年提高。",
    "一年多来,合作双方共组织专家服务{n}批次,帮助企业解决技术难题{m}余项。",
    "记者在{R}一家{I1}企业看到,技术人员正在调试新上线的生产设备。",
    "该企业负责人告诉记者,通过学会牵线,企业与高校合作攻克了{I1}领域的工艺难题,每年可节约成本上千万元。",
    "下一步,{R}将围绕{I1}产业链关键环节,继续引进高水平专家团队。",
    "同时,各方将共同推进基层科普能力建设,提升公民科学素质。",
    "{R}有关负责同志介绍了当地经济社会发展和科技创新工作情况。",
    "双方还将联合举办青少年科技创新活动,推动优质科普资源进校园、进社区。",
    "专家组深入{n}家企业开展调研,现场解答企业在{I2}方面的技术问题。",
    "当天,参会人员还参观了{R}科技馆和{I1}产业园,详细了解企业研发和生产情况。",
    "有基层科协干部坦言,部分合作项目存在“签约多、落地少”现象,需要建立持续跟踪机制。",
    "据悉,今年以来{R}新增国家级高新技术企业{n}家,技术合同成交额同比增长{p}%。",
    "会议强调,要把科技创新摆在更加突出的位置,推动创新链产业链资金链人才链深度融合。",
)
# Compositional sentences (subject x action x object x tail: ~4,000 shapes before the slots), so
# that long pages do not repeat themselves and SimHash sees distinct articles.
SUBJECTS = ("双方", "合作双方", "各级学会", "专家团队", "有关部门", "高校院所", "园区企业",
            "科技志愿者",
            "基层科协", "企业科协")
ACTIONS = ("持续加强", "统筹推进", "进一步深化", "着力推进", "共同推动", "积极探索", "扎实开展",
           "全力抓好")
OBJECTS = ("{I1}产业链关键技术攻关", "{I1}领域科技成果转化", "科普基础设施建设", "基层组织建设",
           "科技人才引育", "产学研协同创新", "{I1}与{I2}融合发展", "科技志愿服务常态化",
           "决策咨询和智库建设", "青少年科学素质提升")
TAILS = (",推动合作走深走实。", ",取得了积极成效。", ",为{R}高质量发展提供科技支撑。", "。",
         ",形成一批可复制可推广的经验。")

QUOTES = (
    "{S}表示,此次合作是服务地方高质量发展的重要抓手,将充分发挥学会、智库和科普资源优势。",
    "{S}说,将建立协议落实工作机制,明确责任分工,确保合作事项落地见效。",
    "{S}指出,要把{I1}作为合作的突破口,推动更多科技成果在{R}转化落地。",
    "{S}希望双方在已有基础上进一步拓展合作领域、提升合作层次。",
)
HOT = ("秋季开学首周 全省中小学安全检查全面展开", "地铁多条线路调整运营时间",
       "长江中游航道维护工作有序推进",
       "周末晴热为主 午后局地有雷阵雨", "中考体育考试本周结束 考生成绩可在线查询",
       "多条公交线路下周起优化调整", "假期临近 景区门票预约量明显上升",
       "新增一批口袋公园 方便居民就近休闲",
       "港口集装箱吞吐量同比增长", "春耕生产全面展开 农资供应充足", "全市开展燃气安全专项检查",
       "城市书房免费开放时间延长", "第三季度居民消费价格保持稳定")
RELATED = ("省科协召开学会工作座谈会", "全省科技志愿服务交流活动举行", "青少年科学节开幕",
           "市科协召开年度学会工作会议", "青少年科技创新大赛落幕", "市科技志愿服务总队成立",
           "科普大篷车走进乡村学校", "院士专家工作站建设推进会召开")


def pick_initiatives(rng: random.Random, prov: Region) -> list[InitiativeDef]:
    bank = INITIATIVES + (HENAN if prov.name == "河南省" else ())
    return rng.sample(bank, rng.choice((0, 0, 1, 1, 2, 2, 3, 4)))


def site_name(rng: random.Random, prov: Region, city: Region | None) -> str:
    base = city.short if city is not None and rng.random() < 0.5 else prov.short
    return base + rng.choice(("科技网", "新闻网", "科协在线", "日报", "科技报道", "科普网", "在线"))


def pub_line(rng: random.Random, pub: date, site: str, author: str | None) -> str:
    hh, mm, ss = rng.randint(7, 21), rng.randint(0, 59), rng.randint(0, 59)
    d = pub.isoformat()
    who = f"   作者:记者 {author}" if author else ""
    editor = rng.choice(SURNAMES) + rng.choice(GIVEN)
    return rng.choice((
        f"发布时间:{d} {hh:02d}:{mm:02d}   来源:{site}   编辑:{editor}{who}",
        f"{d} {hh:02d}:{mm:02d}   来源:{site}{who}",
        f"时间:{d} {hh:02d}:{mm:02d}:{ss:02d} 来源: {site}{who}",
        f"日期:{d}   来源:{site}{who}   浏览次数:{rng.randint(100, 5000)}",
        f"{pub.year}年{pub.month:02d}月{pub.day:02d}日 {hh:02d}:{mm:02d}  来源:{site}{who}",
    ))


def headline(rng: random.Random, kind: str, signings: list[Signing], region: Region,
             news: tuple[str, str]) -> str:
    if kind == "资讯":
        return news[0].format(R=region.short)
    a, b = signings[0].parties[0], signings[0].parties[-1]
    if kind == "多市":
        names = "、".join(s.parties[1].city.short for s in signings[:2] if s.parties[1].city)
        return f"{a.mentions[0]}与{names}等{CN_NUM[len(signings)]}市签订“会市合作”协议"
    if kind == "草案":
        return f"市政府召开第{CN_NUM[rng.randint(2, 9)]}十{CN_NUM[rng.randint(1, 9)]}次常务会议"
    if kind == "拟签":
        return "省科协“会市合作”协议下周签约 我市将迎来一批学会服务站"
    if kind == "意向":
        return f"省科协与{region.short}座谈交流 双方达成合作意向"
    if kind == "周年":
        return f"“会市合作”回眸:{a.mentions[0]}与{region.short}携手走过的这些年"
    return f"{a.mentions[0]}与{b.mentions[0]}签署{signings[0].type}"


def lead_template(rng: random.Random, kind: str, n_signings: int,
                  news: tuple[str, str]) -> str:
    if kind == "多市":
        cities = "、".join(f"{{C{i}}}" for i in range(n_signings))
        if rng.random() < 0.6:
            return f"{{D}},{{A}}分别与{cities}{{N}}市签订“会市合作”协议,协议合作期均为三年。"
        return f"{{D}},{{A}}与{cities}等地签署“会市合作”协议。"
    if kind == "资讯":
        return news[1]
    if kind in NEGATIVE_LEADS:
        return rng.choice(NEGATIVE_LEADS[kind])
    return rng.choice(LEADS)


def _slots(rng: random.Random, region: Region) -> dict[str, object]:
    """One draw of the filler slots, shared by the sentences of a paragraph."""
    i1, i2 = rng.sample(INDUSTRIES, 2)
    return {"R": region.short, "I1": i1, "I2": i2, "n": rng.randint(3, 60),
            "m": rng.randint(2, 90), "p": rng.randint(5, 40),
            "S": f"{rng.choice(SURNAMES)}{rng.choice(GIVEN)}"}


def body_paragraphs(rng: random.Random, region: Region, inits: list[InitiativeDef],
                    budget: int, kind: str) -> list[str]:
    """Paragraphs of about `budget` characters (at least one); programmes in the first."""
    paras: list[str] = []
    if inits:
        phrases = [i.phrase.format(R=region.short) for i in inits]
        intro = ("下一步,各方将" if kind == "资讯" else "按照初步设想,双方将" if kind in NEGATIVE
                 else rng.choice(("按照协议,双方将", "根据协议,双方将", "协议明确,双方将")))
        paras.append(intro + ";".join(phrases) + "。")
    used = sum(len(p) for p in paras)
    deck = list(FILLER)
    rng.shuffle(deck)
    while used < budget or not paras:
        sents = []
        for _ in range(rng.randint(2, 5)):
            if deck and rng.random() < 0.5:
                sents.append(deck.pop())
            else:
                sents.append(rng.choice(SUBJECTS) + rng.choice(ACTIONS) + rng.choice(OBJECTS)
                             + rng.choice(TAILS))
        if rng.random() < 0.25:
            sents.append(rng.choice(QUOTES))
        para = "".join(sents).format(**_slots(rng, region))
        paras.append(para)
        used += len(para) + 2
    return paras


def editor_credit(rng: random.Random) -> str:
    name = rng.choice(SURNAMES) + rng.choice(GIVEN)
    return rng.choice((f"(编辑:{name}  审核:{rng.choice(SURNAMES)}{rng.choice(GIVEN)})",
                       f"【责任编辑:{name}】", f"责编:{name}"))


def footer(w: Writer, rng: random.Random, gaz: Gazetteer, prov: Region, city: Region | None,
           pub: date) -> list[str]:
    """Write the page's bottom chrome; returns its noise tags."""
    tags = []
    if rng.random() < 0.5:
        w.line("分享到:微信  微博  QQ空间")
        w.line()
        tags.append("share-bar")
    if rng.random() < 0.6:
        w.line(rng.choice(("相关阅读", "相关新闻")))
        for _ in range(3):
            d = pub - timedelta(days=rng.randint(3, 40))
            w.line(f"· {rng.choice(RELATED)}  {d.isoformat()}")
        w.line()
        tags.append("related-links")
    if rng.random() < 0.5:
        w.line(rng.choice(("热门文章", "热点推荐", "热门推荐")))
        for h in rng.sample(HOT, rng.randint(3, 5)):
            w.line(f"· {h}")
        w.line()
        tags.append("sidebar-unrelated-news")
    if rng.random() < 0.3:
        w.line("地方频道:")
        w.line(" ".join(p.short for p in gaz.all_provinces))
        w.line()
        tags.append("footer-province-list")
    elif city is not None and rng.random() < 0.3:
        counties = [c.name for c in gaz.counties_of(city)]
        if counties:
            w.line("县(市、区)政府网站:")
            w.line(" ".join(counties))
            w.line()
            tags.append("footer-district-list")
    w.line("关于我们 | 联系方式 | 网站地图")
    from bench.gazetteer import PROVINCE_SHORT

    abbr = PROVINCE_SHORT[prov.adcode[:2]][1]
    w.line(f"{abbr}ICP备{rng.randint(10000, 99999):05d}xxx号  "
           f"{abbr}公网安备{prov.adcode[:2]}{rng.randint(1000, 9999)}02000xxx号")
    tags.append("footer-icp")
    return tags
