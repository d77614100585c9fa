"""Patterns of signings (etl/extraction/agreements.py): triggers, document types, the words that
make a trigger no signing or a signing of the past, and how party groups are joined.

Word lists come from rules/signing.toml; the patterns here compose them.
"""

from __future__ import annotations

import re

from etl.vocabulary.common import HAN, alt, rules

_R = rules("signing")

# --- sentences and clauses -----------------------------------------------------------------------

# A sentence: up to and including its end mark (a line break ends one too).
SENTENCE_RE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")
# A clause break.
CLAUSE_BREAK = re.compile(r"[,，:：;；。！？!?\n]")
# What may stand between a clause's start and a signing verb without making the verb a plan
# (the `future` cues are looked for in this gap) or a ceremony yet to come.
_NO_BREAK = "[^,，。；]"

# --- triggers and documents ----------------------------------------------------------------------

# Ceremony nouns ("…签约仪式在X举行"); then the verbs that report a signing.
CEREMONY_NOUNS: tuple[str, ...] = ("签约仪式", "签署仪式", "签约会议")
TRIGGER_RE = re.compile(alt([*CEREMONY_NOUNS, *_R["sign_verbs"]]))
# A document noun: a clause reporting a signing names one (or a ceremony).
DOCUMENT_RE = re.compile(alt(_R["document_nouns"]))
# The document's type as written (全面战略合作协议 …), and its title in 《》.
TYPE_RE = re.compile(alt(_R["types"]))
TITLE_RE = re.compile(r"《([^》]{2,80})》")

# --- not a signing -------------------------------------------------------------------------------

# A plan: a future cue at most 6 characters before the verb, in its clause (将于…签署).
FUTURE_RE = re.compile(rf"{alt(_R['future_cues'])}{_NO_BREAK}{{0,6}}$")
# A draft or an intention, anywhere in the clause.
DRAFT_RE = re.compile(alt(_R["draft_cues"]))
# 签约 as an event people attend (出席签约): the cue right before it.
ATTEND_RE = re.compile(rf"{alt(_R['attend_cues'])}$")
# A ceremony announced, not held: 签约仪式定于下周….
CEREMONY_FUTURE_RE = re.compile(rf"^{_NO_BREAK}{{0,4}}(?:定于|将于|将在|拟于|下周|下月|近期将)")

# --- time: background, sequence, online ----------------------------------------------------------

# A recalled, earlier signing (background): a cue anywhere before the verb.
BACKGROUND_RE = re.compile(alt(_R["background_cues"]))
# A signing that follows the previous one (随后…签署): dated after it.
AFTER_RE = re.compile(r"随后|此后|之后|接着|后来")
# Words before a date that make it the signing's own date when it follows the verb
# (签于2012年12月, 是在2014年).
AFTER_DATE_RE = re.compile(r"(?:于|在|是在|是|为)$")
# The page's own date line (时间: / 来源:), whose date is no story day.
META_LINE_RE = re.compile(r"(?:时间|日期|发布|来源|更新)\s*[:：]")
# Signed online.
ONLINE_RE = re.compile(r"线上|视频连线|云签约|网上")

# --- party groups --------------------------------------------------------------------------------

# The connectors of a pair: A与B签署 (the parties before the connector, the counterparts after).
PAIR_CONNECTORS = "与和同跟"
# What joins the items of a party list read left to right (A、B和C), right to left (A、B及C),
# and what extends the subject of a sentence over further parties (A、B与C…).
LIST_JOINERS = "、和及"
LIST_JOINERS_LEFT = "、及"
GROUP_JOINERS = "、与和及"
# Punctuation after which a connector with nothing before it is the start of a clause
# (…，与B签订): the parties are the sentence's subject.
CLAUSE_PUNCT = "，,：:；;"
# A party right after one of these is a place or a destination, not a signatory (在北京与…).
NOT_PARTY_BEFORE = "在于赴到至从向经"
# Adverbs skipped between a party group and its connector or verb (A又与B…, A分别与B…).
ADVERBS: tuple[str, ...] = ("又", "还", "也", "则", "已", "先后", "分别", "共同", "均", "正式",
                            "再次", "首次", "就")
# A time or place adverbial between a party and its connector: 已于2015年2月 | 在北京 | 于近日.
TAIL_ADVERBIAL = re.compile(
    r"(?:[于在]?(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日|今年\d{1,2}月|"
    r"去年\d{1,2}月|近日|日前|当天|同日|昨天|今天)(?:上午|下午)?"
    rf"|在[{HAN}]{{1,8}}?(?=[与和同跟])|于)"
)
# Words that open a clause before a connector with no party of its own (随后与B签署).
LEAD_IN_RE = re.compile(
    r"(?:随后|此后|之后|接着|同时|此外|另外|其中|会上|现场|还|又|也|并|再|先后)$"
)
# Words that point back to the parties of the previous signing (双方又签署补充协议).
PAIR_WORDS_RE = re.compile(r"双方|两地|院省|省院|三方|四方|两家")
# Verbs that restate a known pair's signing with its own date (协议签于2012年…, 续签).
RESTATING_VERBS: tuple[str, ...] = ("签于", "续签")
# An item of a list of places whose short name is also a word (来宾, 和平): 2-6 Han characters
# before a list joiner or a count (三市, 11个).
LIST_ITEM_RE = re.compile(
    rf"[{HAN}]{{2,6}}?(?=[、和及]|等|[一二三四五六七八九十两\d]+[市地个家])"
)
