"""Patterns of etl/extraction/party_lists.py: how a signing names its parties where the narrow
frames (signing.py) do not. Word lists come from rules/party_lists.toml.
"""

from __future__ import annotations

import re

from etl.vocabulary.common import HAN, alt, rules

_R = rules("party_lists")
_P = _R["places"]

# 我省/本市 …: the article's own place, as a party written as a place.
OWN_PLACE_FORMS: frozenset[str] = frozenset(_P["own_place_forms"])

# The level a relative mention opens with (市政府, 县人民政府).
LEVEL_CHARS: frozenset[str] = frozenset(_P["level_chars"])
_LEVEL = "[" + "".join(_P["level_chars"]) + "]"
# Right after a place's name: its government named (市人民政府, 县政府, 市委、市政府, 市长,
# 州政府副州长). Matched at the end of the place name.
GOVERNMENT_AFTER_PLACE_RE = re.compile(
    rf"(?:[两三四五六七八九十]{_LEVEL}{{1,2}}|{_LEVEL}?(?:委(?:常委)?(?:副?书记)?[、和及与])?{_LEVEL}?)"
    rf"{alt(_P['government_words'])}"
    rf"|{_LEVEL}?(?:委(?:常委)?(?:副?书记)?[、和及与])?(?:常务)?副?{alt(_P['official_titles'])}"
)
# Places that share one government word (江西和甘肃两省政府, 两市人民政府): their governments.
SHARED_GOVERNMENT_RE = re.compile(
    rf"[两三四五六七八九十]{_LEVEL}{{1,2}}{alt(_P['government_words'])}")
# The page's own government named by the page's own words (代表市委、市政府, 市政府秘书长, 区政府
# 副区长): by the level word its place's name ends with (市, 县, 区 …), never inside another
# word (a Han character before the level word is another place's name: 省市政府). An official
# alone (市长某某出席) names no signing body (tests/test_fresh_classes.py).
OWN_GOVERNMENT_RE: dict[str, re.Pattern[str]] = {
    level: re.compile(rf"(?<![{HAN}]){level}{alt(_P['government_words'])}")
    for level in _P["level_chars"]
}
# An official of a place signing in person (与副区长张某签署, 县长李某某代表县政府签订).
OFFICIAL_SIGNS_RE = re.compile(
    rf"副?{alt(_P['official_titles'])}[{HAN}]{{2,3}}"
    rf"(?:(?!{alt(_P['attending'])})[^，,。；;！？\n]){{0,16}}?{alt(_P['sign_verbs'])}"
)

_M = _R["remaining"]
# A counted group that is the rest of a list named before (另外四所高校, 其余3家单位): its
# count, read from the group's name.
REMAINING_LEAD_RE = re.compile(rf"{alt(_M['lead_words'])}\Z")
GROUP_COUNT_HEAD_RE = re.compile(r"[0-9０-９一二三四五六七八九十两]+(?=[家个所间位])")
# What may stand between two items of a list (、 ， 和 及 …).
LIST_GAPS: frozenset[str] = frozenset(_M["list_gaps"])

_O = _R["object_pairs"]
# A signing verb whose object opens with the parties and closes with 的 (签署了A与B、C的合作
# 协议): the stretch between the verb and 的 in group "body".
OBJECT_PAIRS_RE = re.compile(
    rf"{alt(_O['sign_verbs'])}了?(?P<body>[^，,。；;！？!?\n的]{{4,80}})的")
OBJECT_CONNECTORS: frozenset[str] = frozenset(_O["connectors"])
OBJECT_JOINERS: frozenset[str] = frozenset(_O["joiners"])

# A sentence that opens with 届时/到时 (after a date or 会上): what is to happen.
FUTURE_OPENING_RE = re.compile(
    rf"^[\s　]*(?:[^，,。；;]{{0,12}}[，,])?{alt(_R['future']['openings'])}")
# One item of a 、-list of places, from its start: the place name up to what ends it.
PLACE_ITEM_RE = re.compile(rf"[^{''.join(_R['place_lists']['item_ends'])}]{{2,12}}")

_S = _R["subject_lists"]
SUBJECT_ITEM_GAPS: frozenset[str] = frozenset(_S["item_gaps"])
# A signing clause without a subject: the verb first, after at most an opener (并签署, 共同签订).
SUBJECTLESS_CLAUSE_RE = re.compile(rf"[\s　,，]*(?:{alt(_S['clause_openers'])})?\Z")
NOT_SUBJECT_RE = re.compile(alt(_S["not_subject"]))
SUBJECT_OPENS_AFTER: frozenset[str] = frozenset(_S["opens_after"])
# The characters some item gap holds (、和及): a clause without one holds no list.
SUBJECT_JOINER_CHARS: frozenset[str] = frozenset(
    c for g in _S["item_gaps"] for c in g if c not in ",，")
# How far before its verb a subjectless clause may start (，并共同签署).
SUBJECTLESS_REACH = 6

_C = _R["counted_lists"]
# A count of documents opening a bracket (3项（…): the count in group "n".
COUNTED_BRACKET_RE = re.compile(
    rf"(?P<n>[0-9０-９一二三四五六七八九十两]+){alt(_C['count_units'])}[（(]")
COUNTED_CONNECTORS: frozenset[str] = frozenset(_C["connectors"])

_G = _R["complete_groups"]
# The count closing a listed group (…等五方, …等3家): the number in group "n".
GROUP_CLOSING_COUNT_RE = re.compile(
    rf"等(?P<n>[0-9０-９一二三四五六七八九十两]+){alt(_G['count_units'])}\Z")
GROUP_BEFORE_VERB: frozenset[str] = frozenset(_G["before_verb"])
