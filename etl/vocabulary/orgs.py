"""Patterns of organisation mentions (etl/extraction/orgs.py), from rules/orgs.toml.

The suffix rules (a body's name after a place: 河南省 + 科协) and the free rules (national
bodies and named institutions) are compiled here with their kind and level; the relative forms
(省科协, 市政府, 我省) and the words around a mention are named token groups.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.vocabulary.common import HAN, alt, rules, with_han

_R = rules("orgs")


@dataclass(frozen=True)
class OrgRule:
    """A pattern of rules/orgs.toml with the kind (and, for free rules, the level) it gives."""

    regex: re.Pattern[str]
    kind: str
    level: str | None = None


# What follows a place name: 科协, 人民政府, 科技局, …高新区, …学会, …大学 (tried in order).
SUFFIX_RULES: tuple[OrgRule, ...] = tuple(
    OrgRule(re.compile(with_han(r["pattern"])), r["kind"]) for r in _R["suffix"]
)
# Organisations named without a place in front: 中国科协, 中科院…研究所, …大学, …有限公司.
FREE_RULES: tuple[OrgRule, ...] = tuple(
    OrgRule(re.compile(with_han(r["pattern"])), r["kind"], r["level"]) for r in _R["free"]
)
# Abbreviations expanded in canonical names (科协 -> 科学技术协会), and mentions that stand for
# one organisation (中国科协 -> 中国科学技术协会).
EXPAND: dict[str, str] = _R["expand"]
ALIASES: dict[str, str] = _R["aliases"]

# A relative mention: a level word and a body (省科协, 市政府, 区科技局), or 我省/本市.
RELATIVE_RE = re.compile(
    r"(?P<lvl>自治区|省|市|区|县|州)(?P<body>科学技术协会|科协|人民政府|政府|科学技术厅|科技厅|"
    r"科学技术局|科技局|科学技术委员会|科委)|(?P<we>我省|我市|我区|我县|本市|本省)"
)
# Which of the article's places a relative mention means (a field of ArticleContext).
RELATIVE_LEVEL: dict[str, str] = {"自治区": "province", "省": "province", "市": "city",
                                  "州": "city", "区": "county", "县": "county"}
WE_LEVEL: dict[str, str] = {"我省": "province", "本省": "province", "我市": "city",
                            "本市": "city", "我区": "county", "我县": "county"}
# The kind of a relative mention's body; any other body is a bureau (科技局, 科委).
BODY_KIND: dict[str, str] = {"科学技术协会": "科协", "科协": "科协", "人民政府": "government",
                             "政府": "government"}
# The level word at the start of a suffix (省科协 -> 科协), dropped before the body is named.
LEVEL_PREFIX_RE = re.compile(r"^(?:省|市|区|县|自治区|自治州|特别行政区)")
# The bodies a list of bare places shares with its last item (上海市、江苏省、安徽省科协).
SHARED_BODY_RE = re.compile(r"(科学技术协会|科协|人民政府|政府|科技局|科学技术局)$")

# Words that start a stretch of text, never an organisation (其中, 随后, 与, 是 …).
LEADING_FILLER_RE = re.compile(
    r"^(?:[一二三四五六七八九十]是|其中|此外|同时|会上|近日|日前|随后|以及|并且|由|在|与|和|同|及|"
    r"还|又|也|则|就|并|是|的|了|等|对|向|为|将|让|使|把|被|给|经)"
)
# A connector inside a candidate mention: two parties, unless the name holds it (…与过程研究所).
INNER_CONNECTOR_RE = re.compile(r"[与和同跟、及]")
# A supervising ministry written before an institution's own name (科技部国杰研究院…).
SUPERVISOR_RE = re.compile(
    rf"^(?:科技部|教育部|工信部|工业和信息化部|农业农村部|中国科协|国务院)(?=[{HAN}]{{4}})"
)
# A development zone's name ending, written as its 管理委员会 in canonical names.
ZONE_RE = re.compile(r"(?:国家)?(?:高新区|高新技术产业开发区)(?:管理委员会|管委会)?$")
# What an organisation mention may end with (rules/orgs.toml `mention_ends`).
MENTION_END_RE = re.compile(rf"{alt(_R['mention_ends'])}$")
