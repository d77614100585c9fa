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
# An official of a place signing in person (与副区长张某签署, 县长李某某代表县政府签订).
OFFICIAL_SIGNS_RE = re.compile(
    rf"副?{alt(_P['official_titles'])}[{HAN}]{{2,3}}"
    rf"(?:(?!{alt(_P['attending'])})[^，,。；;！？\n]){{0,16}}?{alt(_P['sign_verbs'])}"
)
