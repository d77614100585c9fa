"""Patterns of what an article says about itself: its dateline and the abbreviations it defines
(etl/extraction/article.py)."""

from __future__ import annotations

import re

from etl.vocabulary.common import HAN

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
