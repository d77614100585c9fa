"""Patterns of what an article says about itself: its dateline and the abbreviations it defines
(etl/extraction/article.py)."""

from __future__ import annotations

import re

from etl.vocabulary.common import HAN, RULES_DIR, alt

# A dateline at the head of a news story: "本报长沙10月16日电", "本网北京6月27日讯",
# "某社银川9月16日专电", "某网7月1日消息", "某地7月5电" (日 lost).
DATELINE_RE = re.compile(
    rf"(?:本报|本网|本台|新华社|中新网)?[{HAN}]{{0,6}}?(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})日?"
    r"(?:专电|电|讯|消息)"
)
# The dateline's end, from its 月 on: a literal the scanner finds fast. DATELINE_RE begins with
# optional words and a lazy Han run, so re tries it at every position of the head; it is searched
# only from DATELINE_LEAD_MAX characters before the first such end (its longest lead: 新华社,
# six Han letters and two digits), which finds the same leftmost match.
DATELINE_TAIL_RE = re.compile(r"月\d{1,2}日?(?:专电|电|讯|消息)")
DATELINE_LEAD_MAX = 3 + 6 + 2

# An abbreviation defined in the text: 首都科技发展战略研究院(以下简称"首科院"),
# …研究所（简称水稻所）, …（下称“某所”）, …（以下简称为：某院）, …，以下简称‘某院’，
# (Traditional quotes 「」 included).
ABBREV_MARKS: tuple[str, ...] = ("简称", "下称")
_ABBREV_OPEN = "\"“”「『‘'"
_ABBREV_CLOSE = "\"“”」』’'"
ABBREV_RE = re.compile(
    rf"(?P<full>[{HAN}]{{4,30}})(?:[(（]|[，,](?=以下|下称|简称))(?:以下简称|以下称|下称|简称)为?[：:]?"
    rf"[{_ABBREV_OPEN}]?(?P<short>[{HAN}]{{2,8}})[{_ABBREV_CLOSE}]?(?:[)）]|(?=[，,。；;]))"
)
# Words defined like an abbreviation that name no one body (…（以下简称“双方”）).
NOT_ALIASES: frozenset[str] = frozenset({"双方", "三方", "各方", "多方", "两地", "两校", "两院",
                                         "本协议", "协议", "我们"})
# Where the full name of an abbreviation starts: after the last punctuation or connector before it
# (…, 与首都科技发展战略研究院(以下简称…).
ABBREV_FULL_START = re.compile(r"[,，。;；:：、与和]")

# A body named right after a place (海南省|科协, 信阳市|政府): the article names that body in full.
PLACE_BODY_RE = re.compile(
    r"(?:省|市|区|县|自治区|自治州)?(?P<body>科学技术协会|科协|人民政府|政府|科学技术厅|科技厅|"
    r"科学技术局|科技局|科委|老科协|社科联|工商联)"
)
# Another institution's name after a place (上海|交通大学, 北京市|农科院, 成都|分院): the place
# locates that institution, not the article.
INSTITUTION_HEAD_RE = re.compile(
    r"大学|学院|研究院|研究所|科学院|农科院|分院|公司|集团|银行|医院|学会|实验室"
)
# How far after the place such a head may start, and what may not stand between them.
INSTITUTION_HEAD_WITHIN = 12
NOT_INSIDE_A_NAME_RE = re.compile(rf"[^{HAN}]|[在与和的了是同及于为等负将]")
# The article names its province's government: a bare province name stands for it
# (省政府, 省长, 副省长, 自治区人民政府, 自治区主席).
PROVINCE_GOVERNMENT_RE = re.compile(
    r"省人民政府|省政府|省长|自治区人民政府|自治区政府|自治区(?:党委副书记、)?(?:政府)?副?主席"
)
# A municipality's article names its government (市政府, 市长, 副市长).
MUNICIPAL_GOVERNMENT_RE = re.compile(r"市人民政府|市政府|市长")
# A city's article names its own government relatively (代表市委、市政府, 市政府副秘书长): not
# after a place's name (that one is the place's own), and not its mayor alone (副市长出席).
# CITY_GOVERNMENT_RE finds it (a literal first: fast), RELATIVE_GOVERNMENT_BEFORE says what may
# stand before it; any other Han character before it is a place's name.
CITY_GOVERNMENT_RE = re.compile(r"市(?:人民)?政府")
RELATIVE_GOVERNMENT_BEFORE = frozenset("、和及表委与")
HAN_CHAR_RE = re.compile(rf"[{HAN}]")

# The heads of a body a page's source line may name as the site's own (宁波市科学技术协会,
# 西华大学招生信息网, 某高新区管委会); an outlet (新华网, 某某日报) ends with none of them.
SOURCE_BODY_HEADS: tuple[str, ...] = (
    "大学", "学院", "研究院", "研究所", "科学院", "科协", "学会", "协会", "研究会", "联合会",
    "促进会", "中心", "政府", "局", "厅", "委员会", "管委会",
)
# The site's own body, from the page's source (西华大学招生信息网): what 我校/我院/我所 mean.
# OWN_FORMS: the pointing form -> the head nouns that body may end with.
SOURCE_BODY_RE = re.compile(rf"[{HAN}]{{2,20}}?(?:{alt(SOURCE_BODY_HEADS)})")
# The run of name characters a source opens with, in which the body of each pointing form is
# sought (中国科学院大连化学物理研究所: 本所 is the institute, 我院 the academy).
SOURCE_RUN_RE = re.compile(rf"[{HAN}()（）]{{2,32}}")
# A society's or an association's own page says 我会/本会; a centre's 我中心; a government
# department's 我局/我厅/我委 (湖州市科学技术局, 江苏省科学技术厅, 某市发展和改革委员会).
_SOCIETY_HEADS = ("学会", "协会", "研究会", "联合会", "促进会", "科协")
OWN_FORMS: dict[str, tuple[str, ...]] = {
    "我校": ("大学", "学院"), "我院": ("学院", "研究院", "科学院"), "我所": ("研究所",),
    "本校": ("大学", "学院"), "本院": ("研究院", "科学院"), "本所": ("研究所",),
    "我会": _SOCIETY_HEADS, "本会": _SOCIETY_HEADS, "我中心": ("中心",),
    "我局": ("局",), "本局": ("局",), "我厅": ("厅",), "本厅": ("厅",),
    "我委": ("委员会",), "本委": ("委员会",),
}
OWN_FORM_RE = re.compile(alt(OWN_FORMS))
# A body written without its name where the page names it in full (管委会 on a zone's page):
# the form -> the head nouns of the body's canonical name.
IMPLICIT_BODIES: dict[str, tuple[str, ...]] = {"管委会": ("管理委员会",)}
# Such a form standing alone (after punctuation or a connector), not ending a name (某高新区管委会).
IMPLICIT_BODY_RE = re.compile(rf"(?:(?<![{HAN}])|(?<=[与和同及]))(?:{alt(IMPLICIT_BODIES)})")
# Heads of a whole institution, preferred for 我校/我院 over a school inside one (某某学院).
WHOLE_INSTITUTION_HEADS: tuple[str, ...] = ("大学", "科学院", "研究院", "研究所")
# The school's own offices written with 校 for the university the page is about (校教务处).
SCHOOL_OFFICE_RE = re.compile(
    r"校(?<![大学院]校)(?P<office>教务处|科研处|科技处|科学技术处|社会合作处|合作发展处|地方合作处|"
    r"产学研合作处|研究生院|团委|学生处|人事处|国际合作处|资产处|继续教育学院|实训中心|"
    r"工程训练中心|技术转移中心|图书馆|党委宣传部|宣传部|科研院|科学技术研究院)"
)

# A site's host spelling its own place in pinyin (www.tianshui.gov.cn): host label -> adcode
# (rules/place_hosts.tsv, generated by rules/gen_place_hosts.py).
PLACE_HOSTS: dict[str, str] = dict(
    line.split("\t") for line in
    (RULES_DIR / "place_hosts.tsv").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
)

# A site's domain -> the body that publishes there (rules/institution_hosts.tsv): what 我校/我院
# mean on a page that does not name its publisher. A university's domain stands for it on any
# subdomain (its departments' sites); any other only bare or with this prefix.
INSTITUTION_HOSTS: dict[str, str] = dict(
    line.split("\t") for line in
    (RULES_DIR / "institution_hosts.tsv").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
)
UNIVERSITY_DOMAIN = "edu.cn"
# A campus or seat in brackets after a name (中国地质大学（武汉）): no part of its kind's head.
TRAILING_QUALIFIER_RE = re.compile(r"[（(][^（）()]*[)）]$")
BARE_HOST_PREFIX = "www."
