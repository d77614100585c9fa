"""Patterns around place names (etl/extraction/gazetteer.py): the words that make a gazetteer hit
no place, and the gaps of navigation lists and footers."""

from __future__ import annotations

import re

from etl.vocabulary.cleaning import WHITESPACE
from etl.vocabulary.common import HAN

# The gap between two items of a navigation list or footer: separators only, or separators
# around unmatched short items (海口  三亚  东方  定安: 东方 is stop-listed).
_SEP_MARKS = "、|｜/·•,，;；"
_SEP = rf"[\s{_SEP_MARKS}]"
LIST_GAP_RE = re.compile(rf"{_SEP}*|{_SEP}+(?:[{HAN}]{{1,5}}{_SEP}+)+")
# What a gap LIST_GAP_RE matches starts with, unless empty: a separator (whitespace is what \s
# matches, WHITESPACE). Most gaps between the places of prose start with a letter: no slice, no
# fullmatch.
LIST_GAP_FIRST = frozenset(WHITESPACE + _SEP_MARKS)
# A gap with one of these is menu-like, not prose.
NAV_GAP_RE = re.compile(r"[\s|｜/·•]")
# A hit followed by one of these is a street named after a place (北京路, 中山大道).
STREET_AFTER: tuple[str, ...] = ("路", "街", "大道", "大街", "巷")
# A hit whose last character makes a word with the next one (市场, 区域, 县域) ends one
# character earlier: next character -> the last characters it combines with.
WORD_AFTER: dict[str, str] = {"域": "区县市", "场": "市"}
# Everything that may follow a hit that needs a closer look (other hits skip it).
ADJUST_AFTER: tuple[str, ...] = (*WORD_AFTER, *STREET_AFTER)
# A one-character county (范县, 和县, 新县) must follow its parent's name, a non-Han character or
# one of these (级: a grade written before a zone's county, 国家级宁乡高新区); otherwise it is a
# word ending (示范县, 市和县两级, 创新县).
SHORT_COUNTY_BEFORE = frozenset("与同赴在到至、及对从向于级")
# A bare short name right after a job title is a person's name (市长宁波, 记者林海).
TITLES_BEFORE_NAME: tuple[str, ...] = ("市长", "县长", "区长", "省长", "书记", "主任", "院长",
                                       "局长", "校长", "主席", "记者", "通讯员", "教授")
TITLE_BEFORE_RE = re.compile("(" + "|".join(TITLES_BEFORE_NAME) + ")$")
# The characters that may stand right before a name TITLE_BEFORE_RE finds a title before: a
# title's last one, or a line break ($ matches before a final \n). A mention after any other
# character is tested no further (most mentions: no slice, no search).
TITLE_BEFORE_LAST = frozenset({t[-1] for t in TITLES_BEFORE_NAME} | {"\n"})

# The gazetteer scan's most frequent letters, most frequent first: the 200 characters of place
# names that occur most often in the dev corpus (tests/fixtures/corpus, seeds: a Counter over
# their characters, once). The automaton makes them the root's first children: pyahocorasick looks
# a letter up among a node's children one by one (科 came 343rd by general commonness). Speed only:
# any order finds the same places.
SCAN_ORDER = (
    "科作市合新中省会和建区方开国学工地业高全化成大行创源政家年部务民上州城府略同等普"
    "主流西长共江平重进海力多来日产研为项三南点交委站将提关联分安要场图月心立北次加基"
    "治公时本双深自间经造头织门首信资农山果施社下济县东京商定台任小布前明度文村代河都"
    "条个志通集延四闻十青内向迎相围广级道天园好湖理党助子各特福应昌保架水牌起馆启常改"
    "查阳二召后外息介两强景员峰林策色融赞于互原川微步仪口王细车附利扬望疆管蒙庆精兴增"
)

# Connectors a place name may start with (和田, 同安, 与…): after a name (湖南大学和田家庵区,
# 科协同安徽) the longer place right after the connector is read instead, within this reach.
CONNECTOR_CHARS = "和同与及跟"
CONNECTOR_REACH = 12
