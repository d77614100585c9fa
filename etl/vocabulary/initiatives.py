"""Vocabulary of initiative extraction: the word lists of etl/vocabulary/rules/initiatives.toml
compiled into named token groups, each with a comment saying what it matches.

etl/extraction/initiatives.py holds the logic and never embeds a regex literal; analysts edit the
TOML file, not this module. `alt` (etl.vocabulary.common) refuses an empty list, so a deleted
list fails loudly.
"""

from __future__ import annotations

import re

from etl.vocabulary.common import HAN, alt, rules

RULES = rules("initiatives")
UNQUOTED = RULES["unquoted"]  # settings of unquoted names
QUOTED = RULES["quoted"]  # settings of quoted names
# head word -> kind (工程 -> project), for quoted and for unquoted names
HEADS: dict[str, str] = {w: k for k, ws in RULES["heads"].items() for w in ws}
UNQ_HEADS: dict[str, str] = {w: k for k, ws in RULES["unquoted_heads"].items() for w in ws}
# (family, keywords) in order of precedence
FAMILIES: list[tuple[str, list[str]]] = [(f["name"], f["words"]) for f in RULES["family"]]
PROVINCE_WORDS: dict[str, str] = RULES["province_words"]  # 中原 -> 河南省
MIRROR: dict[str, str] = RULES["mirror_prefix"]  # 科普 -> family 科普
NATIONAL = {b["name"]: b for b in RULES["national"]}  # 科创中国 -> its entry
# programme noun -> the kind of what the quote before it names (活动 -> event; else action)
PROGRAMME_NOUN_KIND: dict[str, str] = QUOTED["programme_noun_kinds"]

# --- token groups ------------------------------------------------------------------------------
# A quoted phrase: Chinese double quotes, ASCII double quotes, corner brackets, single quotes.
QUOTE_RE = re.compile(r"“([^“”\n]{1,60})”|\"([^\"\n]{1,40})\"|「([^「」\n]{1,40})」"
                      r"|『([^『』\n]{1,40})』|‘([^‘’\n]{1,40})’")
# Quote marks dropped from names (the scorer, tests/scoring.py, drops them too).
QUOTE_MARKS_RE = re.compile(r"[\"'“”‘’「」『』《》]")
# A book title: 《2022年“科创中国”山西行动工作要点》.
TITLE_RE = re.compile(r"《([^《》\n]{2,60})》")
# Titles that are agreements, rules or reports, not programmes.
TITLE_HEAD_RE = re.compile(rf"(?:{alt(QUOTED['title_heads'])})$")
# Sentence and clause ends (evidence is a sentence; families look at the clause).
SENTENCE_END_RE = re.compile(r"[。！？；!?;\n]")
CLAUSE_END_RE = re.compile(r"[。！？；，,：:!?;\n]")
# What may follow a quote before its head word (no punctuation, no new quote).
TAIL_RE = re.compile(rf"[{HAN}0-9A-Za-z·+\-—（）()]{{0,20}}")
# A bracketed qualifier right after a head: 试点城市（园区）, 科普工作站（青岛）.
BRACKET_RE = re.compile(rf"[（(][{HAN}]{{1,6}}[)）]")
# Any head word, longest first, at the end of a string.
HEAD_END_RE = re.compile(rf"(?:{alt(list(HEADS))})$")
COMPOUND_HEAD_RE = re.compile(alt(list(HEADS)))
# 如“…”, 包括“…”: a quoted example of the activities just counted.
EXAMPLE_BEFORE_RE = re.compile(r"(?:如|包括|例如)$")
# 七大行动, 十大战略: a count of generic things, not a name.
ENUMERATION_RE = re.compile(r"^[一二三四五六七八九十两]+[大个项]")
# A tour (院士专家扬州行) and words that end like a head but are not one (博览会, 分论坛).
TOUR_RE = re.compile(rf"{re.escape(QUOTED['tour_suffix'])}$")
NOT_HEAD_END_RE = re.compile(rf"(?:{alt(QUOTED['not_heads'])})$")
# Cooperation models (会市合作) and quotes starting with a count (5610, 四高四争先).
MODEL_RE = re.compile(QUOTED["model_re"])
NUMERIC_RE = re.compile(QUOTED["numeric_re"])
# Words that make a quote a slogan or strategy, after it and before it.
SLOGAN_AFTER_RE = re.compile(rf"^(?:{alt(QUOTED['slogan_after'])})")
SLOGAN_BEFORE_RE = re.compile(rf"(?:{alt(QUOTED['slogan_before'])})$")
# What follows a national brand used as itself (“科创中国”资源); then programme nouns (…行动).
BRAND_USAGE_RE = re.compile(rf"^(?:{alt(QUOTED['brand_usage'])})|^$")
PROGRAMME_NOUN_RE = re.compile(
    rf"^(?P<gap>[{HAN}]{{0,{QUOTED['programme_noun_gap']}}}?)(?:等|[一二三四五六七八九十两]项)?"
    rf"(?P<noun>{alt(QUOTED['programme_nouns'])})")
# Quotes chained into one list: “科技下乡”“科普进村”等活动, “A”、“B”.
QUOTE_JOIN_RE = re.compile(r"^[、和与及]?$")
# National brands, also in the traditional-script spelling that t2s may leave (智匯).
NATIONAL_RE = re.compile(alt([*NATIONAL, "智匯中国"]))
# Lexicon programmes and facility types, each with its rules entry.
PROGRAMME_RES = [(re.compile(p["name_re"]), p) for p in RULES["programme"]]
FACILITY_RES = [(re.compile(f["name_re"]), f) for f in RULES["facility"]]
# Unquoted names: a head word not followed by the rest of a longer word (工程院, 联席会议).
UNQ_HEAD_RE = re.compile(rf"(?:{alt(list(UNQ_HEADS))})(?!{alt(UNQUOTED['head_not_before'])})")
# Founding verbs right before 研究院/中心/基地; words a name never contains (大学, 公司).
FOUNDING_RE = re.compile(rf"(?:{alt(UNQUOTED['founding_verbs'])})$")
CORE_FORBIDDEN_RE = re.compile(alt(UNQUOTED["core_forbidden"]))
# Bracketed endings ignored when looking for a head: …科普工作站（青岛）, …纲要（2021—2035年）.
TRAILING_BRACKET_RE = re.compile(r"[（(][^（）()]*[)）]$")
# Punctuation inside a quote: a sentence or a list of slogans, not a name.
INNER_PUNCT_RE = re.compile(r"[，、。；：]")
# An event head at the end of a name (…成员大会暨…第三次大会: one joint event).
EVENT_HEAD_END_RE = re.compile(rf"(?:{alt(RULES['unquoted_heads']['event'])})$")
# The start of a provincial/city mirror: 科创, 科普, 智汇, 才荟 …
MIRROR_RE = re.compile(alt(list(MIRROR)))
# Spaces collapsed in names; spaces and middle dots dropped in keys (as tests/scoring.py does).
SPACES_RE = re.compile(r"\s+")
KEY_DROP_RE = re.compile(r"[\s·•]")
OPEN_QUOTES = "“\"‘「"
CLOSE_QUOTES = "”\"’」"
# Characters a name is made of when it is not quoted.
NAME_CHAR_RE = re.compile(rf"[{HAN}0-9A-Za-z·—]")
# Where an unquoted name starts: after a verb or particle, after a list joiner that closes an
# item (…大会和中德青年科学家论坛), not at a determiner or generic start (本届, 重大).
LEFT_BOUNDARY_RE = re.compile(rf"(?:{alt(UNQUOTED['left_boundaries'])})")
LIST_JOINER_RE = re.compile(rf"(?:{alt(UNQUOTED['list_joiners'])})")
ITEM_END_RE = re.compile(rf"(?:{alt(list(HEADS) + QUOTED['org_suffixes'])})$")
BAD_START_RE = re.compile(rf"^(?:{alt(UNQUOTED['bad_starts'])})")
# Generic words (a name of only these is no name), an organisation acting (…联盟签订), and a
# ceremony named after its event (…科技活动周启动大会).
GENERIC_RE = re.compile(alt(UNQUOTED["generic_words"]))
PARTY_AFTER_RE = re.compile(rf"^(?:{alt(UNQUOTED['party_after'])})")
CEREMONY_RE = re.compile(rf"(?:{alt(UNQUOTED['ceremony_suffixes'])})$")
# A year or ordinal written before a name: 2020年长春市…, 2021年度…
YEAR_PREFIX_RE = re.compile(r"^(?:[12][0-9]{3}|[二〇○零一两三四五六七八九]{4})年度?")
# Particles that cannot sit inside a name (“院士专家扬州行”是引进高端人才…).
COPULA_RE = re.compile(r"[是的在为将了把被由]")
# A count before a name: 一次, 两场 (举办一次粤桂科协协作交流活动).
LEADING_COUNT_RE = re.compile(r"^(?:[一两二三四五六七八九十]+|多|若干|数)[次场届个项家批]")
# A 4-digit year anywhere in a name (merging 2024院士专家扬州行 with 院士专家扬州行).
YEAR_RE = re.compile(r"[12][0-9]{3}(?:年度?)?")
# A count next to a facility: 3家, 20个, 八个.
COUNT_BEFORE_RE = re.compile(r"(?:\d+|[一二三四五六七八九十百两]+)[个家所座]$")
COUNT_AFTER_RE = re.compile(r"(?:\d+|[一二三四五六七八九十百两]+)[个家所座]")
# A facility's qualifier: a level (市级, 省级, 国家级) and/or 企业 right before the type.
LEVEL_QUALIFIER_RE = re.compile(r"(?:(?:国家|[省市县区])级)?(?:企业)?$")
# A facility exists: a plaque in the clause, or 并设立/已建成 right before it.
PLAQUE_RE = re.compile(alt(RULES["facility_cues"]["plaque"]))
DONE_RE = re.compile(rf"(?:{alt(RULES['facility_cues']['done'])})$")
# Designation verbs (成功创建, 入选) and the national titles won by creation (全国科普示范县).
DESIGNATION_VERB_RE = re.compile(alt(RULES["designation"]["verbs"]))
NATIONAL_TITLE_RE = re.compile(RULES["designation"]["national_titles_re"])
