"""Patterns of what an article says about itself: its dateline and the abbreviations it defines
(etl/extraction/article.py)."""

from __future__ import annotations

import re

from etl.vocabulary.common import HAN, alt
from etl.vocabulary.orgs import NAME_CHAR

# A dateline at the head of a news story: "本报长沙10月16日电", "本网北京6月27日讯",
# "某社银川9月16日专电", "某网7月1日消息", "某地7月5电" (日 lost).
DATELINE_RE = re.compile(
    rf"(?:本报|本网|本台|新华社|中新网)?[{HAN}]{{0,6}}?(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})日?"
    r"(?:专电|电|讯|消息)"
)

# An abbreviation defined in the text: 首都科技发展战略研究院(以下简称"首科院").
ABBREV_RE = re.compile(
    rf"(?P<full>[{HAN}]{{4,30}})[(（](?:以下)?简称[\"“”「]?(?P<short>[{HAN}]{{2,8}})[\"“”」]?[)）]"
)
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
INSTITUTION_AFTER_PLACE_RE = re.compile(
    rf"(?:{NAME_CHAR}){{0,12}}?(?:大学|学院|研究院|研究所|科学院|农科院|分院|有限公司|公司|集团|"
    rf"银行|医院|学会|实验室)"
)
# The article names its province's government: a bare province name stands for it
# (省政府, 省长, 副省长, 自治区人民政府, 自治区主席).
PROVINCE_GOVERNMENT_RE = re.compile(
    r"省人民政府|省政府|省长|自治区人民政府|自治区政府|自治区(?:党委副书记、)?(?:政府)?副?主席"
)
# A municipality's article names its government (市政府, 市长, 副市长).
MUNICIPAL_GOVERNMENT_RE = re.compile(r"市人民政府|市政府|市长")

# The site's own body, from the page's source (西华大学招生信息网): what 我校/我院/我所 mean.
# OWN_FORMS: the pointing form -> the head nouns that body may end with.
SOURCE_BODY_RE = re.compile(
    rf"[{HAN}]{{2,20}}?(?:大学|学院|研究院|研究所|科学院|科协|学会|协会|研究会|中心)"
)
# A society's or an association's own page says 我会/本会; a centre's 我中心.
_SOCIETY_HEADS = ("学会", "协会", "研究会", "联合会", "促进会", "科协")
OWN_FORMS: dict[str, tuple[str, ...]] = {
    "我校": ("大学", "学院"), "我院": ("学院", "研究院", "科学院"), "我所": ("研究所",),
    "本校": ("大学", "学院"), "本院": ("研究院", "科学院"), "本所": ("研究所",),
    "我会": _SOCIETY_HEADS, "本会": _SOCIETY_HEADS, "我中心": ("中心",),
}
OWN_FORM_RE = re.compile(alt(OWN_FORMS))
# Heads of a whole institution, preferred for 我校/我院 over a school inside one (某某学院).
WHOLE_INSTITUTION_HEADS: tuple[str, ...] = ("大学", "科学院", "研究院", "研究所")
# The school's own offices written with 校 for the university the page is about (校教务处).
SCHOOL_OFFICE_RE = re.compile(
    r"校(?<![大学院]校)(?P<office>教务处|科研处|科技处|科学技术处|社会合作处|合作发展处|地方合作处|"
    r"产学研合作处|研究生院|团委|学生处|人事处|国际合作处|资产处|继续教育学院|实训中心|"
    r"工程训练中心|技术转移中心|图书馆|党委宣传部|宣传部|科研院|科学技术研究院)"
)
