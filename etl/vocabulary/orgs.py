"""Patterns of organisation mentions (etl/extraction/orgs.py, etl/extraction/organisations.py),
from rules/orgs.toml.

The suffix rules (a body's name after a place: 河南省 + 科协) and the free rules (national
bodies and named institutions) are compiled here with their kind and level; the relative forms
(省科协, 市政府, 我省, 该市), the words a name never starts with, group parties (5家园区企业) and
the words around a mention are named patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.vocabulary.common import HAN, alt, alt_tree, alt_tree_branches, rules, with_han
from etl.vocabulary.numerals import cn_number, cn_numeral

_R = rules("orgs")

# A character a name may hold: Han, but no connector or particle (在与和的了是同及于为等负将;
# 同 and 等 inside 协同 and 高等 are words of names: 协同创新中心, 高等专科学校; so is 同 of
# 同济医学院, 同济医院 after their university and of 同济大学 before its college),
# and no verb of an event report (…人民政府召开…会 is no name).
_EVENT_VERBS = ("召开", "举行", "举办", "签署", "签订", "签约", "主办", "开展", "出席", "参加",
                "进行", "共同", "联合", "携手", "牵手", "共建", "组建", "成立", "依托", "承办",
                "协办", "代表")
# (the verbs' first characters tested first: one class test per character, the words only after)
# 联合 before the head of a joint body is a word of its name (某集团联合创新中心, 中国联合网络
# 通信集团有限公司), not the verb.
_JOINT_BODY_HEADS = tuple(_R["joint_body_heads"])
NAME_CHAR = (rf"(?!(?=[{''.join(sorted({v[0] for v in _EVENT_VERBS}))}])"
             rf"(?:{'|'.join(_EVENT_VERBS)})(?<!联合(?={alt(_JOINT_BODY_HEADS)})))"
             rf"(?![在与和的了是及于为负将])(?![同等](?<!协同|高等)(?!济[医大]))[{HAN}]")


# Verbs of a visit, never inside a name (代表团访问某协会: the name starts after the verb).
# A delegation on its way (某某一行前往B): a visit's subject and verb, never inside one name.
# (来到/走进/莅临 too: 专家荆州行来到某集团 is a visit, not a firm's name)
VISIT_VERB_RE = re.compile(
    r"访问|考察|调研|走访|拜访|会见|到访|来访|率团|率队|带队|前往|来到|走进|莅临|一行[前赴到来走]")


# Foreign states by their usual Chinese names ({FOREIGN} in the patterns of rules/orgs.toml).
FOREIGN_STATES: tuple[str, ...] = tuple(_R["foreign_states"])


ABROAD: tuple[str, ...] = (*_R["abroad_owners"], *FOREIGN_STATES)
MACRO_REGIONS: tuple[str, ...] = tuple(_R["macro_regions"])


def _pattern(p: str) -> str:
    return with_han(p.replace("{NAME}", NAME_CHAR).replace("{FOREIGN}", alt(FOREIGN_STATES))
                    .replace("{ABROAD}", alt(ABROAD)).replace("{REGION}", alt(MACRO_REGIONS)))


@dataclass(frozen=True)
class OrgRule:
    """A pattern of rules/orgs.toml with the kind (and, for free rules, the level) it gives."""

    regex: re.Pattern[str]
    kind: str
    level: str | None = None


# What follows a place name: 科协, 人民政府, 科技局, …高新区, …学会, …大学 (tried in order).
SUFFIX_RULES: tuple[OrgRule, ...] = tuple(
    OrgRule(re.compile(_pattern(r["pattern"])), r["kind"]) for r in _R["suffix"]
)
# Organisations named without a place in front: 中国科协, 中科院…研究所, …大学, …有限公司.
FREE_RULES: tuple[OrgRule, ...] = tuple(
    OrgRule(re.compile(_pattern(r["pattern"])), r["kind"], r["level"]) for r in _R["free"]
)
# Abbreviations expanded in canonical names (科协 -> 科学技术协会), in file order; those
# expanded only after a level word (湖南省科技馆); mentions that stand for one organisation.
EXPAND: dict[str, str] = _R["expand"]
EXPAND_AFTER_LEVEL: dict[str, str] = _R["expand_after_level"]
CAS_PARENT = "中国科学院"
# Ministries (rules/orgs.toml `ministries`): every written form -> 中华人民共和国 + the full name.
MINISTRY_STATE = "中华人民共和国"
# (also written with 中国 in front, as the press abroad writes them: 中国商务部, 中国科技部)
MINISTRY_COUNTRY = "中国"
_MINISTRIES: dict[str, str] = {
    form: MINISTRY_STATE + full
    for full, shorts in _R["ministries"].items()
    for form in (full, MINISTRY_STATE + full, *shorts,
                 *(MINISTRY_COUNTRY + f for f in (full, *shorts) if not f.startswith("国家")))
}
# A ministry's own units (rules/orgs.toml `ministry_units`): the ministry as written (any form of
# it but 中华人民共和国's) + the unit as written -> the ministry's full name + the unit's official
# name (科技部火炬中心 -> 科学技术部火炬高技术产业开发中心).
_MINISTRY_FULL: dict[str, str] = {
    form: full for full, shorts in _R["ministries"].items() if full in _R["ministry_units"]
    for form in (full, *shorts)
}
_MINISTRY_UNIT_NAMES: dict[str, dict[str, str]] = {
    ministry: {form: unit for unit, shorts in units.items() for form in (unit, *shorts)}
    for ministry, units in _R["ministry_units"].items()
}
MINISTRY_UNITS: dict[str, str] = {
    form + unit_form: _MINISTRY_FULL[form] + unit
    for form in _MINISTRY_FULL
    for unit_form, unit in _MINISTRY_UNIT_NAMES[_MINISTRY_FULL[form]].items()
}
# CAS institutes by their short forms: alone (大连化物所) and after the academy (中科院计算所).
CAS_INSTITUTES_ALONE: dict[str, str] = _R["cas_institutes_alone"]
CAS_INSTITUTES: dict[str, str] = {**_R["cas_institutes"], **CAS_INSTITUTES_ALONE}
_CAS_FORMS: dict[str, str] = {
    **{short: CAS_PARENT + full for short, full in CAS_INSTITUTES_ALONE.items()},
    **{prefix + short: CAS_PARENT + full for short, full in CAS_INSTITUTES.items()
       for prefix in ("中科院", CAS_PARENT)},
}
# Bodies directly under the State Council (rules/orgs.toml `state_council`): 国务院国资委 ->
# 国务院国有资产监督管理委员会; the forms that stand for one written alone where the page
# names 国务院 (国资委), by `state_council_bare`.
STATE_COUNCIL = "国务院"
_STATE_COUNCIL_FORMS: dict[str, str] = {
    STATE_COUNCIL + form: STATE_COUNCIL + full
    for full, shorts in _R["state_council"].items() for form in (full, *shorts)
}
STATE_COUNCIL_CUES: tuple[str, ...] = tuple(_R["state_council_cues"])
STATE_COUNCIL_BARE: dict[str, str] = {
    short: STATE_COUNCIL + full for short, full in _R["state_council_bare"].items()
}
_TABLE_ALIASES: dict[str, str] = {
    **_MINISTRIES, **MINISTRY_UNITS, **_CAS_FORMS, **_STATE_COUNCIL_FORMS, **_R["aliases"]
}

# --- well-known bodies by their short forms (rules/known_bodies.toml) -------------------------
_K = rules("known_bodies")
# Universities, national academies and groups by their short forms -> canonical name
# (华中科大 -> 华中科技大学, 中物院 -> 中国工程物理研究院, 三峡集团 -> 中国长江三峡集团有限公司).
_CORPS = dict(_K["corps"])
# The corps' divisions, the corps written short or in full (兵团第十四师, 新疆生产建设兵团第三师).
CORPS_DIVISIONS: dict[str, str] = {
    f"{form}第{cn_numeral(n)}师": f"{_CORPS['兵团']}第{cn_numeral(n)}师"
    for n in range(1, _CORPS.pop("corps_divisions") + 1) for form in ("兵团", _CORPS["兵团"])
}
KNOWN_BODIES: dict[str, str] = {**_K["universities"], **_K["academies"], **_K["groups"],
                                **_CORPS, **CORPS_DIVISIONS}
# A division written without the corps (十四师, 第八师, 兵团一师 is in CORPS_DIVISIONS): the corps'
# on a page that writes 兵团 at all (CORPS_WORD), never before a word 师 begins (师范, 师生, 师资:
# a teacher's) nor inside a word (一师一策 is no division: a name starts after 第 or a non-name).
CORPS_WORD = "兵团"
# 兵团 written alone is the Xinjiang corps only on a page about Xinjiang: elsewhere the word is a
# figure of speech (科技服务兵团, 专家兵团 after a verb: 组建兵团), no body.
CORPS_PAGE_CUE = "新疆"
CORPS_DIVISION_COUNT = max(cn_number(k[k.index("第") + 1:-1]) or 0 for k in CORPS_DIVISIONS)
CORPS_DIVISION_ALONE_RE = re.compile(
    r"(?P<di>第)?(?P<n>[一二三四五六七八九十]{1,3})师(?![范生资傅徒兄姐弟妹父母德表道一])")


@dataclass(frozen=True)
class Academy:
    """A national academy: its canonical name, the forms it is written in, and its institutes by
    their short forms -> their canonical names (中国农业科学院 + 植物保护研究所, or an institute's
    own name: 水稻所 -> 中国水稻研究所)."""

    name: str
    forms: tuple[str, ...]
    institutes: dict[str, str]


def _academy(a: dict) -> Academy:
    institutes = {short: a["name"] + full for short, full in a["institutes"].items()}
    institutes.update(a["own_names"])
    if a["name"] == CAS_PARENT:  # CAS's institutes: rules/orgs.toml cas_institutes
        institutes.update({short: CAS_PARENT + full
                           for short, full in _R["cas_institutes"].items()})
    return Academy(a["name"], tuple(a["forms"]), institutes)


ACADEMIES: tuple[Academy, ...] = tuple(_academy(a) for a in _K["academy"])
# An academy's form + an institute's short form (中国农科院植保所) -> the institute.
_ACADEMY_INSTITUTE_FORMS: dict[str, str] = {
    form + short: full for a in ACADEMIES if a.name != CAS_PARENT
    for form in a.forms for short, full in a.institutes.items()
}
# An institute's short form written alone (水稻所, 化学所, 亚林所): which academies hold it, and
# as what (the page decides: etl/extraction/known_bodies.py). Only forms of an institute (…所).
ACADEMY_SHORTS_ALONE: dict[str, tuple[tuple[str, str], ...]] = {}
for _a in ACADEMIES:
    for _short, _full in _a.institutes.items():
        if _short.endswith("所"):
            ACADEMY_SHORTS_ALONE[_short] = (*ACADEMY_SHORTS_ALONE.get(_short, ()), (_a.name, _full))
# Every written form of a national academy -> its name (a page's academies, counted).
ACADEMY_FORMS: dict[str, str] = {form: a.name for a in ACADEMIES for form in a.forms}
# Where a page names an academy of any kind (省农科院, 中国科学院, 某科学研究院): the page's
# academies are counted at these words (the national ones by ACADEMY_FORMS, the rest as others).
ACADEMY_WORD_RE = re.compile(r"农林科学院|农业科学院|农科院|科学研究院|科学院|科院")
# A member's title after an academy's name (中国科学院院士): no mention of the academy as a body.
ACADEMY_MEMBER_AFTER: tuple[str, ...] = ("院士", "学部")
# A province's academy whose official name is not <province> + the body (新疆农业科学院):
# "<adcode>:<body>" -> the name.
PROVINCIAL_ACADEMIES: dict[str, str] = _K["provincial_academies"]

ALIASES: dict[str, str] = {**_TABLE_ALIASES, **KNOWN_BODIES, **_ACADEMY_INSTITUTE_FORMS}
# A group's numbered institute (中国电科38所, 中国电子科技集团公司第十四研究所): the group's
# written form, the number (Arabic or Chinese digits); the name is the registered stem + 第 +
# the number in Chinese digits + 研究所.
GROUP_INSTITUTE_STEMS: dict[str, str] = _K["group_institutes"]
# Any group's name: a stretch without one holds no numbered institute (one search, in C).
GROUP_INSTITUTE_STEM_RE = re.compile(alt(GROUP_INSTITUTE_STEMS))
GROUP_INSTITUTE_RE = re.compile(
    rf"(?P<group>{alt(GROUP_INSTITUTE_STEMS)})第?"
    rf"(?P<n>[0-9０-９]{{1,2}}|[一二三四五六七八九十]{{1,3}})(?:研究所|所)"
)
# A government department's name written short (农委, 人社局, 外办) -> its full name; expanded
# where it ends the department's name (外事办公室 holds no short 外事办 to expand).
BUREAU_EXPAND: dict[str, str] = _R["bureau_expand"]
BUREAU_SHORT_RE = re.compile(alt(BUREAU_EXPAND) + "$")
# A place's academy after its place (德州农科院 -> 德州市农业科学院): the academy's body -> its
# full form.
ACADEMY_EXPAND: dict[str, str] = _R["academy_expand"]
# An academy's unit after the academy's short or full name (农科院茶叶所, 科学院能源研究所):
# the academy, then the unit (a bare 所 is the unit's 研究所).
ACADEMY_UNIT_RE = re.compile(
    rf"(?P<academy>{alt(ACADEMY_EXPAND)})(?P<unit>(?:{NAME_CHAR}){{1,12}}?(?:研究所|所))")
# A university's field written short after its place (上海交大 -> 上海交通大学).
UNIVERSITY_SHORTS: dict[str, str] = _R["university_shorts"]
# Where an abbreviation of EXPAND_AFTER_LEVEL is expanded: after a level word or 中国; a
# department's short form too where a unit's name goes on after it (上海市教委科技发展中心 ->
# 上海市教育委员会科技发展中心; at a name's end BUREAU_SHORT_RE expands it).
AFTER_LEVEL_FULL: dict[str, str] = {**BUREAU_EXPAND, **EXPAND_AFTER_LEVEL}
AFTER_LEVEL_RE = re.compile(
    rf"(?:(?<=[省市区县州])|(?<=中国))(?:{alt(AFTER_LEVEL_FULL)})"
)


@dataclass(frozen=True)
class RegionBody:
    """A Hong Kong or Macao body (or the region itself) and the forms that stand for it."""

    name: str
    region: str  # adcode of the SAR
    short: tuple[str, ...]


HK_MACAO: tuple[RegionBody, ...] = tuple(
    RegionBody(b["name"], b["region"], tuple(b["short"])) for b in _R["hk_macao"]
)
# The Chinese Academy of Sciences' branches written "<city>分院".
CAS_BRANCH_RE = re.compile(rf"(?:{alt(_R['cas_branches'])})分院")
CAS_BRANCH_PARENT = "中国科学院"
# Prefixes kept in front of a place or a name (农业部南京…研究所, 兵团第十四师…).
NAME_PREFIX_RE = re.compile(rf"^{alt(_R['name_prefixes'])}")
# A corps division before its city: 兵团第十四师 (written with or without 新疆生产建设).
CORPS_RE = re.compile(rf"^(?:{_R['corps_prefix']}|兵团)(?P<div>第[一二三四五六七八九十]+师)")
CORPS_FULL = _R["corps_prefix"]

# A relative mention: a level word or a pointing word and a level (省科协, 市政府, 我市科技局,
# 该市产业集聚区, 本省), then the body (empty only after a pointing word: 我省, 该市).
# A level word that starts a common word is no relative mention (市场监管局 is no 市 + 场监管局;
# 区块链, 区域, 县域, 市民, 省内, 旗下).
RELATIVE_PREFIX_RE = re.compile(
    r"(?P<we>我|本|该|全)?(?P<lvl>自治区|自治州|省|市|区|县|州|旗|盟)(?![场民域别间内级属直郊下帜舰块位])"
)
# The commissioner's office of a prefecture-level 地区 written without its place (行署与某院签署):
# the office of the article's 地区 (orgs.py, _commissioner).
BARE_COMMISSIONER_FORMS: frozenset[str] = frozenset(_R["bare_commissioner"]["forms"])
PREFECTURE_AREA_END: str = _R["bare_commissioner"]["area_end"]
COMMISSIONER_OFFICE: str = _R["bare_commissioner"]["office"]
# A department of a province's government ends so: 区科技厅 is the autonomous region's (宁夏).
PROVINCIAL_DEPARTMENT_END = "厅"
# How the name of a place a level word may mean ends (州: an autonomous prefecture).
LEVEL_NAME_ENDS: dict[str, tuple[str, ...]] = {
    "自治区": ("自治区",), "省": ("省",), "自治州": ("自治州",), "州": ("州",),
    "区": ("区",), "县": ("县", "旗"), "旗": ("旗",), "盟": ("盟",)}
# Which of the article's places a relative mention means, by its level word.
RELATIVE_LEVEL: dict[str, str] = {"自治区": "province", "省": "province", "市": "city",
                                  "自治州": "city", "州": "city", "盟": "city", "区": "county",
                                  "县": "county", "旗": "county"}
# How the name of a government department ends (教育局, 农业委员会, 教育厅): written after its
# place in full (松江区教育局 -> 上海市松江区教育局).
DEPARTMENT_ENDS: tuple[str, ...] = ("局", "厅", "委员会", "委", "办", "办公室")
# Mass organisations of a place written short after it (省侨联 -> 某省归国华侨联合会): how their
# body starts, for the expansion of rules/orgs.toml `expand`.
MASS_ORG_STARTS: tuple[str, ...] = (
    "老科", "社会科学界", "社科联", "工商", "侨联", "归国华侨", "妇联", "妇女联合会", "文联",
    "文学艺术界", "残联", "残疾人联合会", "总工会",
)
# The kinds of body a relative mention may name beyond RELATIVE_BODY_RE (省自然资源科学研究院,
# 市第一医院, 区农业农村局): any body a place's name may take, except a university or a firm,
# whose own names rarely begin with their place's level word.
RELATIVE_ANY_KINDS: frozenset[str] = frozenset(
    {"科协", "government", "bureau", "学会", "institute", "other"}
)
RELATIVE_ANY_MAX = 14  # the longest such body (characters after the level word)
# The Communist Youth League's committees: 共青团 + a place or a university + 委员会; written
# 团区委 (the article's district), 松江团区委, 共青团某市委, 某大学团委.
YOUTH_LEAGUE = "共青团"
YOUTH_OFFICE = "团委"
YOUTH_LEAGUE_RE = re.compile(r"团(?:省|市|区|县|州)?委")
YOUTH_RELATIVE_RE = re.compile(r"团(?P<lvl>省|市|区|县|州)委")
YOUTH_COMMITTEE_END_RE = re.compile(r"委(?:员会)?$")
YOUTH_LEVELS: tuple[str, ...] = ("省", "市", "区", "县", "州")
# The level word at the start of a suffix (省科协 -> 科协), dropped before the body is named.
LEVEL_PREFIX_RE = re.compile(r"^(?:省|市(?!场)|区|县|自治区|自治州|特别行政区|旗)")
# The bodies a list of bare places shares with its last item (上海市、江苏省、安徽省科协).
SHARED_BODY_RE = re.compile(
    r"(科学技术协会|科协|人民政府|政府|科技局|科学技术局|科技厅|科学技术厅|科委|老科协|社科联|工商联)$"
)

# Words that start a stretch of text, never an organisation (其中, 随后, 与, 是 …): parse_org
# refuses a candidate that begins with one, unless a place begins there (和平区).
LEADING_FILLER_RE = re.compile(
    r"^(?:[一二三四五六七八九十]是|其中|此外|同时|会上|近日|日前|随后|以及|并且|由|在|与|和|同|及|"
    r"还|又|也|则|就|并|是|的|了|等|对|向|为|将|让|使|把|被|给|经|代表|此次|本次|这次|按照|照|根据)"
)
# Words an organisation mention never starts with or inside (rules/orgs.toml not_name_start):
# the recogniser tries a start only outside them.
NOT_NAME_START_RE = re.compile(  # (as a prefix tree: scanned over every window)
    alt_tree([*_R["not_name_start"], *_R["governing_verbs"], *_R["serving_verbs"],
              *_R["apposition_words"], *_R["event_nouns"], "该", "其", "这", "每", "各", "此"]))
# Verbs that govern an organisation and nouns of apposition (对接, 走进, 龙头企业): they stand
# inside no name and cut a run of name characters in two (开发区引进某研究院: the name is
# 某研究院), a noun of apposition unless a society's head follows it (某市高新技术企业协会).
CUTTING_WORDS: frozenset[str] = frozenset([*_R["governing_verbs"], *_R["apposition_words"]])
APPOSITION_WORDS: frozenset[str] = frozenset(_R["apposition_words"])
APPOSITION_NOT_BEFORE_RE = re.compile(alt(_R["apposition_not_before"]))

# The connectors among those words: a place name the gazetteer reads across one (科协同安徽:
# 同安; 某学院联合江苏省科协: 合江) does not hide the name that starts right after it; so are
# the pair's verbs that do not cut a run of name characters (联合, 会同; 携手 and 牵手 cut it:
# rules/orgs.toml governing_verbs).
CONNECTOR_WORDS: frozenset[str] = frozenset({"与", "和", "同", "跟", "及", "以及", "联合", "会同"})
# A connector inside a candidate mention: two parties, unless the name holds it (…与过程研究所).
# (with an adverb before it: 海口市人民政府分别与某公司 is two parties too; 某集团旗下某公司 is the
# group and its unit; 某中心暨某中心: two names of one body, or two bodies)
INNER_CONNECTOR_RE = re.compile(r"以及|旗下|[与和同跟、及暨]|共建|合作共建")
INNER_CONNECTOR_ADVERBS: tuple[str, ...] = tuple(_R["inner_connector"]["adverbs"])
# A body that ends an official's name: what follows it inside one candidate is another name
# (漳州市人民政府|厦门大学, glued in a title).
INNER_BODY_END_RE = re.compile(
    r"人民政府|行政公署|科学技术协会|管理委员会|管委会|科学技术厅|科学技术局|科学技术委员会"
    r"|(?<!学)科协(?!会)"
)
# What a department of a government written after 人民政府 is (…人民政府|国有资产监督管理委员会,
# …人民政府|办公室): one name with the government's, not a second party glued to it (the rule
# of rules/orgs.toml that names it has the same shape).
GOVERNMENT_BODY = "人民政府"
# How a department's name may begin (某市政府办公室 -> 某市人民政府办公室).
GOVERNMENT_SHORT = "政府"
GOVERNMENT_UNIT_RE = re.compile(
    rf"(?:{NAME_CHAR}|和){{0,14}}?(?:委员会|局|办公室|办公厅|研究室|中心|办)"
)
# A zone's committee written after the zone's name (江北新区管委会).
COMMITTEE_WORDS: tuple[str, ...] = ("管委会", "管理委员会")
# Academies whose institutes are often written without them (农业信息研究所 for
# 中国农业科学院农业信息研究所).
ACADEMY_PREFIXES: tuple[str, ...] = (
    "中国科学院", "中科院", "中国农业科学院", "中国农科院", "中国林业科学研究院",
    "中国水产科学研究院", "中国热带农业科学院", "中国社会科学院", "中国工程院",
)
# How long a firm's brand written before its place may be (国网安徽省电力有限公司).
BRAND_PREFIX_MAX = 3
# (a unit of a firm: its name after the place holds the firm's head, 某省电力公司电力科学研究院)
FIRM_HEAD = "公司"
# Groups' brands before a subsidiary's place (国网|上海市电力公司: rules/orgs.toml).
SUBSIDIARY_BRANDS: tuple[str, ...] = tuple(_R["subsidiary_brands"])
# Words between a parent and its unit (某医科大学附属北京某医院): the parent before them may stand
# in front of the unit's place.
SUBUNIT_LINKS: tuple[str, ...] = ("附属", "直属")
# An official's name right after the title, then a connector (书记李明与某实验室): the name of
# two or three characters is no start of an organisation; how far back the title is looked for.
PERSON_CONNECTORS = frozenset("与和及")
TITLE_REACH = 12
# A town's or a street's own government after its county (上派镇政府 -> 上派镇人民政府, 转塘街道办
# -> 转塘街道办事处), or written alone (石垭乡政府: rules/orgs.toml, a free rule).
TOWN_BODY_RE = re.compile(
    rf"(?P<town>(?:{NAME_CHAR}){{1,6}}?(?:镇|乡|街道))(?P<gov>人民政府|政府|办事处|办)$"
)
# The full form of a town's body by how it is written: a street's office, else the government.
TOWN_BODY_FULL: dict[str, str] = {"办事处": "办事处", "办": "办事处"}
TOWN_GOVERNMENT = "人民政府"
# A supervising ministry written before an institution's own name (科技部国杰研究院…).
# (only these two: an institute of another ministry keeps it, as its official name does:
# 农业部南京农业机械化研究所, 自然资源部第二海洋研究所)
SUPERVISOR_RE = re.compile(rf"^(?:科技部|国务院)(?=[{HAN}]{{4}})")
# A development zone's name ending, written as its 管理委员会 in canonical names.
ZONE_RE = re.compile(r"(?P<national>国家)?(?:高新区|高新技术产业开发区)(?:管理委员会|管委会)?$")
# ZONE_RE's match as the long form (国家 kept where written, never added): a re.sub template.
ZONE_LONG_COMMITTEE = r"\g<national>高新技术产业开发区管理委员会"
# A zone whose own name ends with 高新区 and no 国家 (上海张江高新区): 高新技术产业开发区.
ZONE_SHORT_RE = re.compile(r"高新区(?=管理委员会$|管委会$|$)")
# A zone written short (扬州高新区, 扬州国家高新区): its long form, with 国家 only where the page
# writes it (扬州国家高新技术产业开发区…, 宜昌高新技术产业开发区…: ANNOTATION.md expands an
# abbreviation, it adds no word; the shared gold's national zones are written with 国家 on their
# pages); a zone written long (长沙高新技术产业开发区) is kept as written.
ZONE_SHORT_ENDS: tuple[str, ...] = ("高新区", "高新区管委会", "高新区管理委员会")
NATIONAL_ZONE_WORD = "国家"
NATIONAL_ZONE_CUE = "国家高新"  # (a page without it writes no zone with 国家)
# how a page writes a zone's 国家 form after its place (延吉国家高新区, 延吉国家高新技术产业开发区)
NATIONAL_ZONE_FORMS: tuple[str, ...] = ("高新区", "高新技术产业开发区")
# A zone's grade written before its kind or its name (国家级宁乡经济技术开发区, 丰城省级高新区):
# no part of the name; a provincial zone (省级) gets no 国家.
ZONE_GRADE_RE = re.compile(rf"^国家级|(?<=[{HAN}])(?:国家级|省级)(?=高新|经济|经开|开发区|产业)")
PROVINCIAL_GRADE = "省级"
NATIONAL_GRADE = "国家级"
# The long form of a national high-tech zone, with and without 国家: a short form (延吉高新区)
# takes 国家 where the page writes the same zone with it (延吉国家高新技术产业开发区).
NATIONAL_ZONE_LONG = "国家高新技术产业开发区"
ZONE_LONG = "高新技术产业开发区"
# Zones whose name is written without their committee and means it (扬州高新区 ->
# …管理委员会); other zones (产业集聚区, 科技城) stay as written.
ZONE_COMMITTEE_AFTER: tuple[str, ...] = ("开发区", "高新区", "新区", "新城", "合作区", "园区",
                                         "经开区")
# One of Zhongguancun's parks (北京中关村通州园): named without the city, as its committee.
ZGC_PARK_RE = re.compile(rf"(?:北京市?)?(?P<park>中关村[{HAN}]{{2,7}}?园)(?:管理委员会|管委会)?")
# A head noun followed by one of these is an official's title (局长, 院长), not a name's end.
TITLE_AFTER_HEAD = frozenset("长")
# Words that start with 长 and are no title (省农科院长期以来: the academy, then 长期).
NOT_TITLE_WORDS: tuple[str, ...] = ("长期", "长远", "长久", "长效", "长足", "长三角", "长江")
# A head that is the end of an official's title, not of a name (自治区党委常委、…主席某某).
TITLE_ENDINGS: tuple[str, ...] = ("常委",)
# A title a member holds of the body before it (中国工程院院士某): a person, not the body.
MEMBER_TITLES: tuple[str, ...] = ("院士", "学部委员")
# A head character that runs on into a common word is no name's end there (会议, 部门, 所有,
# 院士, 区域, 办好): head -> the characters that make such words.
HEAD_RUNS_ON: dict[str, str] = {
    "会": "议见谈上后员商同场址", "部": "门分署属位", "所": "有以在属述谓", "院": "士校系",
    "委": "员托书常",
    "区": "域别间", "局": "面势部", "站": "在立起", "馆": "藏", "网": "络点站上民",
    "署": "名", "中心": "城", "厅": "堂", "大学": "城科生", "办": "好理法成", "厂": "房区长商家矿",
    "北大": "荒", "清华": "园",  # a university's short form inside a longer word (北大荒)
}
# Heads that end a name before a run-on character all the same (某研究所在长沙签约, 某分所在…:
# a 研究所 is a whole head, 所在 is no word there): head as written -> those characters.
HEAD_ENDS_BEFORE_RUN_ON: dict[str, str] = {"研究所": "在以", "分所": "在以", "事务所": "在以"}
# A 会 that closes a long head (学会, 协会, 研究会, 委员会, 管委会, 联合会, 促进会, 商会, 基金会,
# 总会, 联谊会) before 同 ends the name and 同 joins its partner (某学会同某市签署); after 科协 or
# 大学 the 会 begins 会同 (省科协会同某市, 某大学会同某市), as it does after any other head.
LONG_HEAD_BEFORE_TONG_RE = re.compile(
    r"(?:(?<!科)协|(?<=管)委|(?<!大)学|究|员|合|进|商|金|总|谊)会(?=同)")
# A 会 that begins the cooperation's model word (省科协会市合作协议: 科协, then 会市合作) is no
# name's end.
MODEL_WORDS_AT_HUI: tuple[str, ...] = ("会市合作", "会地合作", "会县合作", "会区合作", "会校合作")
# (the characters after such a 会: the only ones the recogniser tests the words for)
AFTER_HUI_OF_MODEL = frozenset(w[1] for w in MODEL_WORDS_AT_HUI)
# Words after a head that end the name even so (苏州大学科普合作协议, 某大学科技合作协议: the
# university, then its document; 某大学科技园 runs on).
HEAD_ENDS_BEFORE: tuple[str, ...] = (
    "科技合作", "科普合作", "科技创新合作", "科技战略", "科技交流", "科研合作", "科学技术合作")
# Zones named with their new area (西咸新区泾河新城): the province goes in front.
ZONE_KINDS_GOVERNED = ("新区", "新城", "开发区", "高新区", "合作区", "园区", "产业集聚区")
# What an organisation mention may end with (rules/orgs.toml `mention_ends`, and the names of
# `aliases` that end with none of them: 腾讯, 中国电科), found in one pass.
# (the branches of prefix trees at the top level, each starting with a literal: scanned over
# every window of the recogniser, re skips the positions no branch starts at; alt_tree_branches)
MENTION_END_RE = re.compile("|".join([
    *alt_tree_branches(_R["mention_ends"]),
    # an alias that ends with none of them (腾讯, 川大), never the start of a 大学 (四川大学)
    *(b + "(?!学)" for b in alt_tree_branches(
        n for n in _TABLE_ALIASES if not n.endswith(tuple(_R["mention_ends"])))),
    *(b + "(?!学)" for b in alt_tree_branches(_R["university_shorts"])),
    *(rf"{re.escape(b)}(?<=[学院][(（])(?!简称|下称)[{HAN}]{{2,4}}[)）]" for b in "(（"),
]))
# Known short forms (rules/known_bodies.toml) whose end MENTION_END_RE does not give (华中科大,
# 中国华能, 国家电投): found by one Aho-Corasick pass (etl/extraction/known_bodies.py), with the
# institutes' short forms written alone (水稻所), which the page's academy resolves.
KNOWN_SPAN_FORMS: frozenset[str] = frozenset(
    n for n in [*KNOWN_BODIES, *_ACADEMY_INSTITUTE_FORMS, *(s for b in HK_MACAO for s in b.short)]
    if not n.endswith(tuple(_R["mention_ends"]))
) | frozenset(ACADEMY_SHORTS_ALONE)
# Words no name starts with, as a set (a known short form stands after one of them: 与南大).
NOT_NAME_START_WORDS: frozenset[str] = frozenset(
    [*_R["not_name_start"], *_R["governing_verbs"], *_R["serving_verbs"],
     *_R["apposition_words"], *_R["event_nouns"], "该", "其", "这", "每", "各", "此"])
NOT_NAME_START_LONGEST = max(map(len, NOT_NAME_START_WORDS))
# A university's short form runs on into its full name (南大 of 湖南大学): 学 after it.
SHORT_RUNS_ON = "学"
# A town's or a street's government written without its county (上派镇人民政府, 转塘街道办事处):
# the page's county's; never a generic word (乡镇人民政府, 城镇).
TOWN_ALONE_RE = re.compile(
    rf"(?!乡镇|城镇|村镇|集镇|各|该|本|全|我)(?:{NAME_CHAR}){{1,6}}?(?:镇|乡)(?:人民政府|政府)"
    rf"|(?!各|该|本|全|我)(?:{NAME_CHAR}){{1,6}}?街道办事处"
)
# How such a town's body ends (a quick test before the pattern).
TOWN_BODY_ENDS: tuple[str, ...] = ("政府", "办事处")
# A mention's body word is a name char run: what may sit between a start and an end at all.
NAME_SPAN_CHARS = frozenset("()（）")

# A group party: a count of units (5家园区企业, 6个县(市、区)科协, 7个市级科技小院) or
# units described without names (泉州企事业单位, 陕西科技大学相关学院).
_GROUP_NOUN = (r"(?:企事业单位|科研院所|高校|院所|企业|学会|协会|单位|机构|科协|科学技术协会|学院|"
               r"高等院校|院校|科技小院|服务站|合作社|医院|学校)")
GROUP_COUNT_RE = re.compile(
    rf"[0-9０-９一二三四五六七八九十两]+(?:家|个|所|间)"
    rf"(?:(?:{NAME_CHAR}){{0,6}}?(?:[(（][{HAN}、]{{1,8}}[)）])?)?[“\"]?{_GROUP_NOUN}[”\"]?"
)
# A group mention that opens with its count (两家单位): after named parties, their apposition.
# A listed body written without its place (长沙市科技局、科协分别与; 嘉定区农委、科委与): a short
# body word after 、 that takes the place of the item before it, when a connector or the next
# item follows.
LISTED_BARE_BODY_RE = re.compile(
    r"[、和及](?P<body>[\u4e00-\u9fff]{0,3}?(?:科协|科委|农委|经信委|发改委|局|厅))"
    r"(?=[、与和及同跟分共，,])")
LISTED_BARE_JOINERS = "、和及"
COUNT_START_RE = re.compile(r"[0-9０-９一二三四五六七八九十两]+(?:家|个|所|间)")
# ... or counted without names right after their parent (中国农业科学院3个研究所, 某大学2个学院:
# the parent's units, one group party as written: ANNOTATION.md's groups).
GROUP_RELATED_RE = re.compile(
    rf"相关{_GROUP_NOUN}|[0-9０-９一二三四五六七八九十两]+(?:个|家|所)(?:{NAME_CHAR}){{0,4}}?"
    rf"(?:研究所|研究院|学院|实验室)(?!{NAME_CHAR})")
# A unit of an organisation named in quotes right after it (澳门大学“…科技实践基地”).
QUOTED_UNIT_RE = re.compile(
    rf"[“\"](?P<unit>(?:{NAME_CHAR}){{2,20}}?(?:基地|中心|实验室|工作站|服务站))[”\"]"
)
# An abbreviation defined in brackets right after a name (某研究所（以下简称“某所”）与…): part
# of the mention, so that the frames read past it.
ALIAS_DEFINITION_CUES: tuple[str, ...] = ("简称", "下称")
ALIAS_DEFINITION_CUE_RE = re.compile(alt(ALIAS_DEFINITION_CUES))  # (one search, in C)
ALIAS_DEFINITION_RE = re.compile(
    rf"[(（](?:以下简称|以下称|下称|简称)为?[：:]?[\"“”「『‘']?[{HAN}]{{2,8}}[\"“”」』’']?[)）]"
)
# A group that ends with what its units are (…等4家全国学会, 涪江流域科协): it may sign alone.
GROUP_NOUN_END_RE = re.compile(rf"{_GROUP_NOUN}[”\"]?$")
# Units of a place described without names, right after the place (泉州|企事业单位,
# 福建|相关农业企业).
_PLACE_GROUP_NOUNS = ("企事业单位", "科研院所", "企业", "单位", "高校", "院所", "机构")
GROUP_OF_PLACE_RE = re.compile(
    rf"(?:相关)?(?:(?![0-9０-９一二三四五六七八九十两]+[家个所间]){NAME_CHAR}){{0,4}}?"
    rf"(?:{'|'.join(_PLACE_GROUP_NOUNS)})"
    rf"(?!家|联合会|协会|商会|学会|研究会|促进会)"
)
# Any of those nouns: a stretch that holds none holds no such group (one search, not a match
# after every place of a sentence).
PLACE_GROUP_NOUN_RE = re.compile(alt(_PLACE_GROUP_NOUNS))
# A count's measure word: a stretch without one holds no counted group (GROUP_COUNT_RE).
GROUP_COUNT_CUE_RE = re.compile("[家个所间]")
# What may follow a bare place name that is a party: a count (金华三市) or 等/各.
AFTER_BARE_PLACE = frozenset("一二三四五六七八九十两等各")
# Words that may follow a bare place name in a nominal signing event (…与扬州市合作协议签约仪式,
# 与长春市科技合作座谈会暨…签字仪式), or a pair's shared past (中科院与吉林市有着良好的合作基础).
AFTER_PARTY_RE = re.compile(
    r"合作|科技合作|战略|全面|协议|框架|共建|签|联合|达成|院市|市校|会市|厅市|校地|院地|部省|部区|省院"
    r"|有着|有著|具有|一直|长期|历来|始终"
)
# A list closed by 等 and a count or a collective noun (A、B、C等4家全国学会, …等多方机构).
GROUP_CLOSER_RE = re.compile(
    rf"等(?P<count>[0-9０-９一二三四五六七八九十两多]+(?:家|个|所|间|方)|多方)?"
    rf"(?P<noun>[{HAN}]{{0,6}}?{_GROUP_NOUN}{_GROUP_NOUN}?)?"  # (…等高校院所: both nouns)
)
# What joins the members of a listed group.
GROUP_LIST_JOINERS = "、"
# A listed member written after its owner (…及某集团旗下甲、乙等9家单位): the owner is no member;
# the list goes on before it over 及/和/以及.
GROUP_OWNER_WORD = "旗下"
GROUP_OWNER_JOINERS = ("以及", "及", "和")
# The nouns of a counted group whose members a list may name by brand alone (甲、乙等5家企业).
GROUP_FIRM_NOUNS = ("企业", "公司")

# A collective of all the 科协 of a place (涪江流域科协): one party.
# Words without which a stretch holds no collective, no two-place pair, no counted group.
COLLECTIVE_CUES: tuple[str, ...] = ("流域", "沿线")
COLLECTIVE_CUE_RE = re.compile(alt(COLLECTIVE_CUES))  # (one search, in C)
TWO_PLACES_CUE = "两"
# A foreign state written alone (与法国签署): found in one pass (a prefix tree of the names).
FOREIGN_STATE_RE = re.compile(alt_tree(FOREIGN_STATES))
# Heads that end a mention only after an owner abroad within a few characters (…机构, …组织).
ABROAD_ONLY_ENDS: frozenset[str] = frozenset(_R["abroad_only_ends"])
ABROAD_ONLY_LAST: frozenset[str] = frozenset(w[-1] for w in ABROAD_ONLY_ENDS)  # (a quick test)
ABROAD_OWNER_RE = re.compile(alt_tree(ABROAD))
ABROAD_REACH = 18
# An organisation pointed at (该院, 该校, 该公司 -> the endings of the names it may mean), and
# how far back its antecedent may stand (characters).
POINTING_HEADS: dict[str, tuple[str, ...]] = {
    k: tuple(v) for k, v in _R["pointing_heads"].items()}
ORG_POINTING_RE = re.compile(rf"该{alt(POINTING_HEADS)}")
# A bare head opening its clause as the subject (促进会分别与…): rules/orgs.toml.
BARE_POINTING_RE = re.compile(
    rf"(?:(?<=^)|(?<=[。！？；，,\n]))(?:会上，)?(?P<head>{alt(_R['bare_pointing']['heads'])})"
    rf"(?={alt(_R['bare_pointing']['after'])})", re.M)
BARE_POINTING_LOOKBACK = 1500  # (the page's own body: named in its lead, a long way back)
POINTING_LOOKBACK = 300
# What joins two places listed before 两市/两省 (铜仁、遵义两市科协, 福鼎和福安两市政府).
PLACE_JOINERS = frozenset("、和与及")
GROUP_COUNT_CUES = frozenset("家个所间")
COLLECTIVE_RE = re.compile(rf"(?:{NAME_CHAR}){{2,6}}(?:流域|沿线)(?:各地)?(?:科协|科学技术协会)")
# National new areas that are no division, by the province they lie in (西咸新区 -> 陕西省).
NEW_AREAS: dict[str, str] = _R["new_areas"]
NEW_AREA_RE = re.compile(rf"^{alt(NEW_AREAS)}")
# The bodies a relative mention may name after its level word (省科协, 市地震局, 区科委(协)).
RELATIVE_BODY_RE = re.compile(
    rf"(?:科学技术协会|科协|老科学技术工作者协会|老科协|社会科学界联合会|社科联|工商业联合会|工商联|"
    rf"人民政府|政府|委(?:省|市|区|县|州)(?:人民政府|政府)|科学技术厅|科技厅|科学技术局|科技局|"
    rf"科学技术委员会|科委(?:[(（]协[)）])?|[{HAN}]{{2,4}}[局厅]|{alt(BUREAU_EXPAND)}|农科院|"
    rf"农业科学院|科学院|社会科学院|社科院|科技馆|科学技术馆|管委会|管理委员会|"
    rf"[{HAN}]{{1,8}}?(?:学会|协会|研究会|促进会)|"
    rf"[{HAN}]{{0,6}}(?:产业集聚区|高新区|开发区)(?:管委会|管理委员会)?)"
)
# One key per body, whatever its written form (科协 = 科学技术协会), to compare mentions.
_BODY_KEYS: dict[str, str] = {
    "科学技术协会": "科协", "科协": "科协", "人民政府": "政府", "政府": "政府", "科技局": "科技局",
    "科学技术局": "科技局", "科技厅": "科技厅", "科学技术厅": "科技厅", "科委": "科委",
    "老科协": "老科协", "社科联": "社科联", "工商联": "工商联",
}


def body_key(body: str) -> str | None:
    """The key of the body a mention ends with (市科学技术协会 -> 科协), or None."""
    m = SHARED_BODY_RE.search(body) if body else None
    return _BODY_KEYS.get(m.group(1)) if m else None

# --- quick tests of the recogniser (organisations.py) ------------------------------------------

# Where a name's own prefix starts in running text (中国, 中科院, 农业部 …).
NAME_PREFIX_ANY_RE = re.compile(alt(_R["name_prefixes"]))
# Names that begin with a function word (同济大学, 对外经济贸易大学, 和记…): a name may start
# at such a word where the word cannot be one, right after a connector (与同济大学: two connectors
# never follow each other), or where a known body's name begins (同济大学与…).
LED_AFTER_CONNECTOR: frozenset[str] = frozenset(_R["led_after_connector"])
# A plain name character read in the place of such a function word (no rule excludes it).
LED_STAND_IN = "甲"
# Words that begin names with such a character and are no function word (rules/orgs.toml).
LED_WORDS_RE = re.compile("|".join(alt_tree_branches(_R["led_words"])))
# Words of names that hold a word a signing frame reads (将 of 将军, 明日 of 光明日报): those and
# the words that begin names, blanked where a not-signing rule is read again.
NAME_WORDS_RE = re.compile("|".join(alt_tree_branches(
    [*_R["led_words"], *_R["names_holding_frame_words"]])))
# (the branches of a prefix tree, each starting with a literal: re skips the positions no
# branch starts at, as for MENTION_END_RE)
LED_KNOWN_RE = re.compile("|".join(alt_tree_branches(
    [*(k for k in [*ALIASES, *ALIASES.values()] if LEADING_FILLER_RE.match(k)),
     *_R["led_words"]])))
# A firm named by a place's short name and a brand that begins with a connector's character
# (湖北同诚生物工程有限公司, 湖南和信科技有限公司): read from that character, up to the firm's
# head; the place is written short (no 省/市: 湖北省和某公司 is two parties) and no place follows
# the character (湖北和湖南某公司: two).
FIRM_BRAND_CONNECTORS = "同和"
FIRM_BRAND_AFTER_PLACE_RE = re.compile(
    rf"[{FIRM_BRAND_CONNECTORS}](?:{NAME_CHAR}){{1,10}}?"
    r"(?:股份有限公司|有限责任公司|有限公司|集团有限公司|集团公司|集团)")
PLACE_LEVEL_ENDS: tuple[str, ...] = ("省", "市", "区", "县", "州", "盟", "旗")
# A pointing form: 我市, 本省, 该县 (a name may start there even after a connector).
# ([我本该](?:自治区|…|盟)|[我本][校院所会局厅委]|我中心, written by its first character: each
# branch starts with a literal, so re skips to 我, 本 or 该 in C; the same matches)
_POINTED_LEVELS = "(?:自治区|自治州|省|市|区|县|州|旗|盟)"
POINTING_RE = re.compile(
    rf"我(?:{_POINTED_LEVELS}|[校院所会局厅委]|中心)|本(?:{_POINTED_LEVELS}|[校院所会局厅委])"
    rf"|该{_POINTED_LEVELS}"
)
# A unit of the publisher written after its pointing form (我校生命科学学院, 我院植保所).
OWN_UNIT_RE = re.compile(
    rf"(?P<own>[我本][校院所会])(?P<unit>(?:{NAME_CHAR}){{1,10}}?(?:学院|研究所|研究院|中心|实验室|"
    rf"处|团委))"
)
# A unit written after the short form a page defines for its body (某科技河北分公司, 某院检测
# 中心): what may follow the short form.
ALIAS_UNIT_RE = re.compile(
    rf"(?:{NAME_CHAR}){{1,10}}?(?:学院|研究所|研究院|研究中心|中心|实验室|分公司|子公司|分院|分行|"
    rf"支行|处|团委|医院|营业部)"
)
# The heads of such units (a quick test before a known short form is looked for in front).
ALIAS_UNIT_HEADS: tuple[str, ...] = ("学院", "所", "院", "中心", "实验室", "公司", "行", "处",
                                     "团委", "营业部")
# The longest known short form (a unit written after one: 工行某省分行, 浙大某学院).
ALIAS_LONGEST = 8
# The first two characters of the known names that short (a quick test before they are looked
# for in front of a string).
ALIAS_FIRST_TWO = frozenset(k[:2] for k in ALIASES if len(k) <= ALIAS_LONGEST)
# Any free rule at once (one fullmatch before the rules are tried one by one).
FREE_ANY_RE = re.compile("|".join(f"(?:{r.regex.pattern})" for r in FREE_RULES))
# A development zone written without its place (高新区管委会, 经开区): the article's city's.
BARE_ZONE_RE = re.compile(
    r"(?:国家)?(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区)(?:管理委员会|管委会)?"
)
# Where such a zone word starts even inside a word no name starts with (经 of 经开区).
_BARE_ZONE_WORDS = ("经开区", "经济技术开发区", "经济开发区")
BARE_ZONE_START_RE = re.compile("|".join(_BARE_ZONE_WORDS))
# The character every such word starts with: a window without it holds none (no scan).
BARE_ZONE_FIRST = "经"
assert all(w.startswith(BARE_ZONE_FIRST) for w in _BARE_ZONE_WORDS)
# A zone's name starting with a prefecture's name and 市 (宝鸡市高新区): the zone is named with
# the city's short name (宝鸡高新技术产业开发区), as it is when written without 市.
CITY_ZONE_RE = re.compile(r"国家高新|高新区|高新技术产业开发区|经开区|经济技术开发区")
# Forms parse_org knows without a place in front: a CAS branch, a corps division, a new area.
OTHER_FORMS_RE = re.compile(
    rf"{CAS_BRANCH_RE.pattern}|(?:{CORPS_FULL}|兵团)第|{alt(NEW_AREAS)}|{YOUTH_LEAGUE}|"
    rf"{YOUTH_RELATIVE_RE.pattern}|{BARE_ZONE_RE.pattern}"
)
# The kinds of body that, named without any place on a page about Hong Kong or Macao, are the
# region's own (应用科技研究院 -> 香港应用科技研究院): institutes only (a placeless university,
# society, alliance or firm on such a page is as often the mainland's: 南方科技大学, 格力集团).
SAR_PLACELESS_KINDS = frozenset({"institute"})
# …and of those, research institutes and centres (a laboratory such as 鹏城实验室 is the
# mainland's as often).
SAR_PLACELESS_HEADS: tuple[str, ...] = ("研究院", "研究所", "研究中心", "研发中心")
# Every short form of a Hong Kong or Macao body.
SAR_SHORTS: frozenset[str] = frozenset(s for b in HK_MACAO for s in b.short)
# A run of characters a name may hold (Han and brackets): where names may start.
NAME_RUN_RE = re.compile(rf"[{HAN}()（）]+")
# A brand in Latin letters or digits (at least one letter) right before a run of Han (TCL科技,
# 5G产业, ABB（中国）): it may open a name that ends with one of `BRAND_HEADS`.
# What follows a number that counts or dates (2021年, 5月6日, 3项, 5家, 第2批, 30名, X200型): a
# number before one of these opens no name and stands inside none.
NUMBER_UNITS = "".join(_R["number_units"])
BRAND_RE = re.compile(rf"(?<![A-Za-z0-9&.\-])(?=[0-9]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9&\-]{{0,9}}"
                      rf"(?<=[A-Za-z0-9])(?=[{HAN}（(])")
# Latin letters, digits or 〇 inside a name, between two Han letters (湖南省3D打印产业协会,
# 中国电信5G联合创新中心, 第七〇七研究所, 第707研究所), digits that open one, or a hyphen joining
# two names (某大学-某大学联合学院): read with Han letters standing for them, the offsets kept.
_LATIN = "A-Za-zＡ-Ｚａ-ｚ"
_DIGIT = "0-9０-９"
INNER_TOKEN_RE = re.compile(
    rf"(?<=[{HAN}])(?:[{_LATIN}{_DIGIT}〇]+(?:[&\-][{_LATIN}{_DIGIT}]+)*(?<![{_DIGIT}])\+?"
    rf"|[{_DIGIT}〇]+(?![{NUMBER_UNITS}])|[\-－](?=[{HAN}]))(?=[{HAN}])"
    # (digits that open a name: 360数字安全科技集团有限公司, never a date's, a time's or a count's)
    rf"|(?<![{_LATIN}{_DIGIT}&.:：/\-－．])[{_DIGIT}]+(?![{_DIGIT}]|[{NUMBER_UNITS}])(?=[{HAN}])")
# A bracket inside a name, between two Han letters (湖南湘江新区（长沙高新区）管理委员会,
# 北京大学（天津滨海）新一代信息技术研究院): the name is read without it, then written with it
# (no definition of a short form: 某研究所（以下简称某所）与…).
INNER_BRACKET_RE = re.compile(
    rf"(?<=[{HAN}])[(（](?!以下|下称|简称)[{HAN}]{{2,10}}[)）](?=[{HAN}])")
# What may follow a number written with Han numerals inside a name (第707研究所 -> 第一一一研究所).
NUMERAL_STAND_IN = "一"
# A hyphen joins two names into one only when the name after it is a joint body (某大学-某大学联合
# 国际学院), not in a pair written with a hyphen (某大学-某集团战略合作签约).
NAME_HYPHENS = "-－"
JOINT_AFTER_HYPHEN_RE = re.compile(r"[-－][^，。；、]*?(?:联合|合作|共建)")
BRAND_HEADS: tuple[str, ...] = tuple(_R["brand_heads"])
LATIN_LETTER_RE = re.compile("[A-Za-z]")  # (a quick test before BRAND_RE)
# What stands for the brand while the name's shape is read (a Han letter no rule treats apart).
BRAND_STAND_IN = "甲"

# Two places named together: two one-character province names (苏陕, 沪滇) or none, then 两省 /
# 两地 / 两市 and optionally the body each of them signs with, any body a level word may name
# (苏陕两省科技厅, 两省政府, 川渝两地社科联, 湘赣两省农科院).
PROVINCE_ABBREVIATIONS: dict[str, str] = _R["province_abbreviations"]
_ABBR = "[" + "".join(PROVINCE_ABBREVIATIONS) + "]"
TWO_PLACES_RE = re.compile(
    rf"(?P<a>{_ABBR})?(?P<b>{_ABBR})?(?P<two>两省区|两省市|两省|两市|两地)"
    rf"(?P<body>{RELATIVE_BODY_RE.pattern})?"
)
# Three or four provinces by their one-character names (京津冀科协, 沪苏浙皖三省一市科协, 云贵川
# 三省): each province's body when one follows, else the places; with its count or its body
# (not a run of such characters inside other words). Two are TWO_PLACES_RE's, with a count, or
# here with a body (川渝科协).
PLACE_RUN_RE = re.compile(
    rf"(?P<abbrs>{_ABBR}{{2,4}})(?:(?P<count>[两三四](?:省区市|省区|省市|省|市|地)(?:一市)?)"
    rf"(?P<body>{RELATIVE_BODY_RE.pattern})?|(?P<body_only>{RELATIVE_BODY_RE.pattern}))"
)
PLACE_RUN_COUNTS: dict[str, int] = {"两": 2, "三": 3, "四": 4}
PLACE_RUN_PLUS_ONE = "一市"  # (三省一市: four)

# A short form of an institution's name (高新二小, 东北地理所, 陕科大): a run of 2-6 characters
# after a connector or a clause's start, ending with the first character of a head noun.
ABBREVIATION_HEADS: dict[str, tuple[str, ...]] = {
    "小": ("小学",), "中": ("中学",), "大": ("大学",), "所": ("研究所",), "院": ("研究院", "学院"),
}
# An official's title after a short form (首科院院长, 宁材所所长): the short form ends there.
ABBREVIATION_TITLES = r"(?:常务)?副?(?:院长|所长|校长|主任|书记|党委|理事长|董事长|总经理)"
_ABBREVIATION_END = (rf"[{''.join(ABBREVIATION_HEADS)}]"
                     rf"(?=[与和同、及签在，,。]|分别|先后|共同|正式|[又还也于]|$|{ABBREVIATION_TITLES})")
ABBREVIATION_RE = re.compile(
    rf"(?:(?<=[与和同、及，,：:。\n])|(?<=^))(?:{NAME_CHAR}){{2,5}}{_ABBREVIATION_END}")
# How every such short form ends (its head and what follows it): a stretch without one holds
# none (a search that re scans for by the head's character in C, where ABBREVIATION_RE, opening
# with a lookbehind, is tried at every position).
ABBREVIATION_END_RE = re.compile(_ABBREVIATION_END)
# Where the head nouns of the full forms are, by the abbreviation's last character.
FULL_HEAD_RE: dict[str, re.Pattern[str]] = {
    k: re.compile(alt(v)) for k, v in ABBREVIATION_HEADS.items()
}

# A name the page may write short (rules/orgs.toml `short_form_heads`): its head, longest first.
SHORT_FORM_HEADS: tuple[str, ...] = tuple(sorted(_R["short_form_heads"], key=len, reverse=True))
# A firm's legal ending after its head (…集团有限公司, …研究院(晋江)有限公司): dropped to compare
# the head of a full form with a short one's.
COMPANY_TAIL_RE = re.compile(
    rf"(?:[(（][{HAN}]{{2,8}}[)）])?(?:股份有限公司|有限责任公司|有限公司|公司)$"
)
# A firm's full legal ending (…科技有限公司): a name with it is no short form of another.
LEGAL_ENDING_RE = re.compile(r"(?:股份有限公司|有限责任公司|有限公司)$")
# The kinds of body a short form may stand for (governments, bureaus, zones and 科协 have
# rules of their own: relative forms, abbreviations).
SHORT_FORM_KINDS = frozenset({"enterprise", "institute", "学会", "other"})

# A name read from a signing frame where nothing is recognised (rules/orgs.toml framed_names).
_F = _R["framed_names"]
FRAMED_HEADS: tuple[str, ...] = (  # (heads of two characters or more: 所, 院, 会 alone end
    *(w for w in _R["mention_ends"] if len(w) > 1), *_F["heads"])  # short forms too: 科学学所)
# The signing verbs; what may stand between the counterpart and its verb (a venue 在长沙, an
# adverb 正式, a ceremony held 举行战略合作); the connector; where a clause breaks.
FRAMED_VERB_RE = re.compile(alt(_F["verbs"]))
FRAMED_TAIL_RE = re.compile(
    rf"(?:(?:在|于)[^，,。；;！？\n]{{1,12}}?)?(?:{alt(_F['between'])})?"
    rf"(?:(?:举行|举办)[{HAN}]{{0,14}}?)?\Z")
FRAMED_CONNECTOR_RE = re.compile(r"(?:分别)?(?:与|和|同)")
FRAMED_LAST_BREAK_RE = re.compile(r".*[，。；：！？,;:!?\n]", re.S)  # (to a clause's last break)
FRAMED_CLAUSE_MAX = 120  # (characters back from the verb)
FRAMED_NAME_MAX = 24
FRAMED_HAN_RUN_RE = re.compile(rf"[{HAN}]+")
# Words around the sides that belong to neither name: a preposition opening the clause (由甲与乙
# 共同签署), an adverb before the connector (甲还与乙), and after the counterpart its topic or
# its count (与乙就…签署, 与乙围绕…, 与乙双方签署, 与乙今天签署): the counterpart ends there.
FRAMED_LEAD_RE = re.compile(alt(_F["lead_words"]))
FRAMED_LEFT_TAIL_RE = re.compile(rf"{alt(_F['left_tail_words'])}+\Z")
FRAMED_RIGHT_STOP_RE = re.compile(alt(_F["right_stops"]) + "|就(?!业)")
FRAMED_HEAD_RE = re.compile(rf"{alt(FRAMED_HEADS)}\Z")  # (searched near a span's end)
FRAMED_HEAD_MAX = max(map(len, FRAMED_HEADS))
FRAMED_LEFT_CUT_RE = re.compile(alt(_F["left_cuts"]))
FRAMED_NOT_FIRST: tuple[str, ...] = tuple(_F["not_first"])
# A body's organs between it and its official's title (某大学党委书记): no part of its name.
FRAMED_PARTY_ORGANS: tuple[str, ...] = ("党委", "党组", "党工委", "行政")
# The page's own place before a name (我县某合作社): no part of it (two characters each).
FRAMED_OWN_PLACES: tuple[str, ...] = ("我县", "我市", "我区", "我省", "我州", "我旗", "本市",
                                      "本县", "本区", "本省")
FRAMED_FIRM_HEADS: tuple[str, ...] = ("公司", "集团", "科技", "股份", "药业", "重工", "重科",
                                      "电气", "电子", "生物", "能源", "控股", "高科")
# A unit listed bare after another unit of its parent (某大学园艺学院、植物保护学院; 中国科学院植物
# 研究所、动物研究所): the parents whose units inherit, and the units' heads.
LISTED_UNIT_PARENTS: tuple[str, ...] = ("大学", "科学院", "农业科学院", "研究院", "学院")
LISTED_UNIT_HEADS: tuple[str, ...] = ("学院", "研究所", "研究院", "研究中心", "实验室", "系")


# Quotes a page may put around a whole name (opening -> closing).
NAME_QUOTES: dict[str, str] = {"“": "”", '"': '"', "「": "」", "【": "】", "‘": "’", "『": "』"}
NAME_QUOTE_RE = re.compile("[" + re.escape("".join(NAME_QUOTES)) + "]")

# The page's own body written as its kind alone (学校与某市人民政府签署, 学会与…): only where the
# page's source, site or chrome names that body, and only standing alone as a party (opening a
# clause before a connector, or after one; not the end of a name: 中小学校, 中国化学会): the
# form -> its heads.
BARE_OWN_FORMS: dict[str, tuple[str, ...]] = {"学校": ("大学", "学院"), "学会": ("学会",)}
# Adverbs between such a form and its connector (学校还与…, 学会再次与…).
BARE_OWN_FORM_ADVERBS = ("还", "也", "又", "再", "再次", "同时", "先后", "分别", "正式", "共同",
                         "已", "今年")
# (the form first, its context looked back on from its end: the scan starts from its first
# character; each form is two characters)
BARE_OWN_FORM_RE = re.compile(
    rf"(?:{alt(BARE_OWN_FORMS)})(?:(?<=[与和同及]..)|(?<![{HAN}]..)"
    rf"(?=(?:{alt(BARE_OWN_FORM_ADVERBS)})?[与和同及、]))")
