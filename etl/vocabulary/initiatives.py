"""Vocabulary of initiative extraction: the word lists of etl/vocabulary/rules/initiatives.toml
compiled into named token groups, each with a comment saying what it matches.

etl/extraction/initiatives.py holds the logic and never embeds a regex literal; analysts edit the
TOML file, not this module. `alt` (etl.vocabulary.common) refuses an empty list, so a deleted
list fails loudly.
"""

from __future__ import annotations

import re

from etl.vocabulary.common import HAN, alt, alt_tree, rules, with_han

RULES = rules("initiatives")
UNQUOTED = RULES["unquoted"]  # settings of unquoted names
QUOTED = RULES["quoted"]  # settings of quoted names
EXCLUDED = RULES["excluded"]
# head word -> kind (工程 -> project), for quoted and for unquoted names
HEADS: dict[str, str] = {w: k for k, ws in RULES["heads"].items() for w in ws}
UNQ_HEADS: dict[str, str] = {w: k for k, ws in RULES["unquoted_heads"].items() for w in ws}
# unquoted head -> its class (facility, designation, programme_pilot; the others are "named")
UNQ_CLASS: dict[str, str] = {w: c for c, ws in RULES["unquoted_classes"].items() for w in ws}
# (family, keywords) in order of precedence
FAMILIES: list[tuple[str, list[str]]] = [(f["name"], f["words"]) for f in RULES["family"]]
PROVINCE_WORDS: dict[str, str] = RULES["province_words"]  # 中原 -> 河南省
MIRROR: dict[str, str] = RULES["mirror_prefix"]  # 科普 -> family 科普
MIRROR_NOT_TAILS = frozenset(RULES["quoted"]["mirror_not_tails"])  # 科创|飞地: a kind
NATIONAL = {b["name"]: b for b in RULES["national"]}  # 科创中国 -> its entry
# programme noun -> the kind of what the quote before it names (活动 -> event; else action)
PROGRAMME_NOUN_KIND: dict[str, str] = QUOTED["programme_noun_kinds"]
# 揭榜挂帅 …: cooperation modes, never initiatives; 国家重点研发计划 …: funding lines (a name
# ending in one is that line: 十三五国家重点研发计划)
MODES = frozenset(QUOTED["modes"])
FUNDING_SCHEMES = tuple(UNQUOTED["funding_schemes"])
NATIONAL_LABS = tuple(UNQUOTED["national_labs"])
STRATEGIC_POSITIONINGS = tuple(UNQUOTED["strategic_positionings"] + UNQUOTED["policy_zones"])
FACILITY_TYPES = frozenset(EXCLUDED["facility_types"])  # 院士专家工作站 …: generic types
# ... and the academicians' and experts' stations by their shape (院士专家企业工作站, 首家县级
# 院士专家创新工作站)
FACILITY_TYPE_SHAPE_RE = re.compile(EXCLUDED["facility_type_shape_re"])
# A headless quote that starts with a generic type (“科普大篷车进校园”): that type's rounds.
TYPE_LED_RE = re.compile(rf"^(?:{alt(EXCLUDED['facility_types'])})")
# A list item next to a generic type is a type too (全国科普示范县、科普教育基地…创建).
TYPE_NEIGHBOUR_AFTER_RE = re.compile(rf"^、(?:{alt(EXCLUDED['facility_types'])})")
TYPE_NEIGHBOUR_BEFORE_RE = re.compile(rf"(?:{alt(EXCLUDED['facility_types'])})、$")
# Types that stay types at a named owner (…科学馆科普教育基地), longest first; the owner is a body
# or a count of bodies, except for the types no owner makes a programme (…生产基地).
OWNED_TYPES = sorted(EXCLUDED["owned_types"], key=len, reverse=True)
ANY_OWNER_TYPES = frozenset(EXCLUDED["any_owner_types"])
OWNER_BODY_RE = re.compile(alt(EXCLUDED["owner_bodies"]))
FIRM_BODY_RE = re.compile(alt(EXCLUDED["firm_bodies"]))
FIRM_BODIES = tuple(EXCLUDED["firm_bodies"])
SELF_NAMED = frozenset(RULES["unquoted_classes"]["self_named"])  # 科技小院
# A roll of winners starts after these (入选名单如下：…): its items are not reported one by one.
ROLL_MARKER_RE = re.compile(alt(UNQUOTED["roll_markers"]))

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
# Plans and schemes (方案, 规划) are documents, not programmes; an outline of S&T (纲要) is one.
DOCUMENT_HEAD_RE = re.compile(rf"(?:{alt(QUOTED['document_heads'])})$")
OUTLINE_END_RE = re.compile(rf"{re.escape(QUOTED['outline_head'])}$")
OUTLINE_NEEDS_RE = re.compile(alt(QUOTED["outline_needs"]))
# Sentence and clause ends (evidence is a sentence; families look at the clause).
SENTENCE_END_CHARS = "。！？；!?;\n"
CLAUSE_END_CHARS = "。！？；，,：:!?;\n"
# Each set of end marks as one character class: the end around a position found by a search
# in C (forward in the text, backward in the reversed text), not a test per character.
END_MARK_RES: dict[str, re.Pattern[str]] = {
    ends: re.compile(f"[{re.escape(ends)}]") for ends in (SENTENCE_END_CHARS, CLAUSE_END_CHARS)}
# What may follow a quote before its head word (no punctuation, no new quote).
# (not after a closing bracket: …计划（以下称为“英才计划”）试点 ends the alias, not a name)
TAIL_RE = re.compile(rf"(?:(?![)）])[{HAN}0-9A-Za-z·+\-—（）()]{{0,20}})?")
# A bracketed qualifier right after a head: 试点城市（园区）, 科普工作站（青岛）.
BRACKET_RE = re.compile(rf"[（(][{HAN}]{{1,6}}[)）]")
# Any head word, longest first, at the end of a string.
HEAD_END_RE = re.compile(rf"(?:{alt(list(HEADS))})$")
COMPOUND_HEAD_RE = re.compile(alt(list(HEADS)))
# Another head a few name characters on (人才|引育工程): the first one only modifies it.
LATER_HEAD_RE = re.compile(rf"[{HAN}]{{0,6}}?(?:{alt(list(HEADS))})")
# 如“…”, 包括“…”: a quoted example of the activities just counted.
EXAMPLE_BEFORE_RE = re.compile(r"(?:如|包括|例如)$")
# …十大行动计划, 三大工程: a count of generic things right before an unquoted head.
ENUMERATED_CORE_RE = re.compile(r"[一二三四五六七八九十两百千]+大$")
# 实施30项(重点)…计划, 推进多个…工程: programmes counted, each a kind, not one named (a count
# and its measure word, then at most two words the name does not keep, right before it).
COUNTED_BEFORE_RE = re.compile(
    rf"(?:[0-9]+|[一二三四五六七八九十两百千]+|多|若干|数)[项个类][{HAN}]{{0,2}}$")
# A 工程 of works built (重大水利工程), not a programme.
WORKS_END_RE = re.compile(rf"(?:{alt(RULES['unquoted']['works_words'])})$")
# 七大行动, 十大战略, 5大科技专项: a count of generic things, not a name.
ENUMERATION_RE = re.compile(r"^(?:[一二三四五六七八九十两]+|[0-9]{1,2})[大个项]")
# A tour (院士专家扬州行) and words that end like a head but are not one (分论坛, 发布会).
TOUR_RE = re.compile(rf"{re.escape(QUOTED['tour_suffix'])}$")
NOT_HEAD_END_RE = re.compile(rf"(?:{alt(QUOTED['not_heads'])})$")
# A quoted name with a version number (“科技支甲2.0”): a programme in its new version; three
# characters at least before it (“工业4.0” is a concept).
VERSIONED_RE = re.compile(rf"^[{HAN}]{{3,}}[0-9]{{1,2}}\.[0-9]$")
# Cooperation models (会市合作) and quotes starting with a count (5610, 四高四争先).
MODEL_RE = re.compile(QUOTED["model_re"])
NUMERIC_RE = re.compile(QUOTED["numeric_re"])
# Words that make a quote a slogan or strategy, after it and before it.
SLOGAN_AFTER_RE = re.compile(rf"^(?:{alt(QUOTED['slogan_after'])})")
SLOGAN_BEFORE_RE = re.compile(rf"(?:{alt(QUOTED['slogan_before'])})$")
# A quote named as a column, a broadcast programme, an account or an app (“…”专栏, 公众号“…”).
MEDIA_AFTER_RE = re.compile(rf"^(?:{alt(QUOTED['media_after'])})")
MEDIA_BEFORE_RE = re.compile(rf"(?:{alt(QUOTED['media_before'])})$")
# A quote a work is ranked as (作为“一号工程”来抓, 列为“头号工程”推进): a label.
LABEL_BEFORE_RE = re.compile(rf"(?:{alt(QUOTED['label_before'])})$")
LABEL_AFTER_RE = re.compile(rf"^(?:{alt(QUOTED['label_after'])})")
# A quote that is the goal or principle of something (对标“…”的目标), even with a head word, and
# a quote something is put forward for (作为“…”推荐对象): not a programme held.
# A development zone's name (两江新区, 滨海高新区): a place for a brand's pilot.
ZONE_SUFFIXES = tuple(QUOTED["zone_suffixes"])
GOAL_AFTER_RE = re.compile(rf"^的(?:{alt(QUOTED['goal_after'])})")
CANDIDATE_AFTER_RE = re.compile(rf"^(?:{alt(QUOTED['candidate_after'])})")
PAIR_RE = re.compile(with_han(QUOTED["pair_re"]))
TASK_START_RE = re.compile(rf"^(?:{alt(QUOTED['task_starts'])})")
# Dots of a brand·place name written with another character (科创中国●某云).
DOT_RE = re.compile(alt(QUOTED["dot_chars"]))
# Two phrases of a theme joined by a dot or space inside one quote (“梦想·强国梦”).
THEME_JOIN_RE = re.compile(rf"[{HAN}]{{2,}}(?:{alt(QUOTED['theme_joiners'])})[{HAN}]{{2,}}")
# What follows a national brand used as itself (“科创中国”资源); then programme nouns (…行动).
BRAND_USAGE_RE = re.compile(rf"^(?:{alt(QUOTED['brand_usage'])})|^$")
PROGRAMME_NOUN_RE = re.compile(
    rf"^(?P<gap>[{HAN}]{{0,{QUOTED['programme_noun_gap']}}}?)(?:等|[一二三四五六七八九十两]项)?"
    rf"(?P<noun>{alt(QUOTED['programme_nouns'])})")
# An edition or issue number right before a quote (第五届“…”, 第三期“…”, 首届“…”).
EDITION_BEFORE_QUOTE_RE = re.compile(
    rf"(?:第[一二三四五六七八九十百零〇0-9]{{1,4}}(?:{alt(QUOTED['edition_marks'])})"
    rf"|{alt(QUOTED['first_edition'])})$")
# A meeting word among the words after such a quote (…青年科技人才座谈会): the quote is the series.
SERIES_MEETING_RE = re.compile(alt(UNQUOTED["meeting_words"]))
# A quote that names a group of people (“青年科学家”, “两院院士”): no series, no programme.
PEOPLE_END_RE = re.compile(rf"(?:{alt(UNQUOTED['people_words'])})$")
# A quote defined as what a body built (“…”是某科协打造的…平台) and the kind the words after 的 say.
DEFINED_AFTER_RE = re.compile(
    rf"是[^，,。；;：:“”\"「」\n]{{2,{QUOTED['defined_reach']}}}?(?:{alt(QUOTED['defining_verbs'])})的"
    rf"(?P<rest>[^，,。；;\n]{{0,12}})")
DEFINED_KIND_RE = re.compile(alt(list(QUOTED["defined_kinds"])))
DEFINED_NOT_RE = re.compile(alt(QUOTED["defined_not"]))
# The occasion a quoted title's subtitle names (…——…座谈会, …——…结对仪式).
SUBTITLE_OCCASION_RE = re.compile(alt(UNQUOTED["meeting_words"] + QUOTED["ceremony_ends"]))
# A quote that states a task by the founding verb at its end (“服务窗口设立”).
TASK_END_RE = re.compile(rf"(?:{alt(UNQUOTED['founding_verbs'])})$")
# An alias marker right before a quote (（以下简称“…”）): the quote is a short name of what
# precedes it.
ALIAS_BEFORE_QUOTE_RE = re.compile(rf"[（(](?:{alt(UNQUOTED['alias_markers'])})[：:]?$")
# A work scheme's title (…工作实施方案): a programme document when it names a programme.
PROGRAMME_SCHEME_HEAD_RE = re.compile(rf"(?:{alt(QUOTED['programme_scheme_heads'])})$")
# A document cited as the rule followed (按照《…》): not reported by the page.
CITED_BEFORE_RE = re.compile(rf"(?:{alt(QUOTED['cited_before'])})$")
# The title of a letter of intent (《共建“…”合作意向书》): claimed, no name read in it.
INTENT_CUE = "意向"
INTENT_TITLE_RE = re.compile(rf"《[^《》\n]{{2,60}}?(?:{alt(EXCLUDED['intent_documents'])})》")
# A station named after its academician: the person's name, then the type (…某某|院士工作站).
ACADEMICIAN_TYPE_RE = re.compile(rf"(?:{alt(EXCLUDED['academician_types'])})$")
ACADEMICIAN_TITLE = EXCLUDED["academician_title"]
# Action plans among 《titles》 of schemes: programme documents (《…三年行动方案》).
PROGRAMME_DOC_HEAD_RE = re.compile(rf"(?:{alt(QUOTED['programme_document_heads'])})$")
# A headless quote named as a work: 工作 right after it.
CARRIED_OUT_AFTER_RE = re.compile(rf"^(?:{alt(QUOTED['carried_out_after'])})"
                                  rf"(?!{alt(QUOTED['carried_out_not_before'])})")
# Quotes chained into one list: “科技下乡”“科普进村”等活动, “A”、“B”.
QUOTE_JOIN_RE = re.compile(r"^[、和与及]?$")
# National brands, also in the traditional-script spelling that t2s may leave (智匯).
NATIONAL_RE = re.compile(alt([*NATIONAL, "智匯中国"]))
# Lexicon programmes and facility types, each with its rules entry.
# (each with the literal it cannot do without, tested first: a pattern with an optional prefix
# makes the regex engine try every position of a page)
PROGRAMME_RES = [(re.compile(p["name_re"]), p) for p in RULES["programme"]]
DESIGNATION_TITLE_RES = [(re.compile(p["name_re"]), p) for p in RULES["designation_title"]]
FACILITY_RES = [(re.compile(f["name_re"]), f) for f in RULES["facility"]]
# Unquoted names: a head word not followed by the rest of a longer word (工程院, 联席会议).
UNQ_HEAD_RE = re.compile(rf"{alt_tree(UNQ_HEADS)}"
                         rf"(?!{alt(UNQUOTED['head_not_before'])}|{UNQUOTED['head_not_before_re']})")
# A thing visited or referred to (参观了甲科学城, 赴乙园区考察): the verb right before or after it
# (the patterns read after a name are matched at its end: no ^).
# (a list item: the verb before the list, items and joiners only between: 参观了甲、乙和丙)
# (an item's characters exclude the joiners, so the split of a list is unambiguous: linear time)
_LIST_ITEMS = rf"(?:(?:(?![、和及与])[{HAN}0-9A-Za-z（）()·—“”])*[、和及与])*"
MENTION_BEFORE_RE = re.compile(
    rf"(?:{alt(UNQUOTED['mention_before'])})(?:{alt(UNQUOTED['mention_before_particles'])})?"
    rf"{_LIST_ITEMS}$")
LIST_MARKS = "、和及与"
# A list of facilities the partners build together (共建甲研究院、乙研究院): the verb governs
# every item, not only the first (matched up to the item's start).
# (items joined by 、 only: …平台和甲园区 closes a list of tasks, kinds of thing built)
PARTNER_LIST_RE = re.compile(
    rf"(?:{alt(UNQUOTED['partner_founding_verbs'])})"
    rf"(?:(?:(?![、和及与])[{HAN}0-9A-Za-z（）()·—])+、)+$")
LIST_REACH = 60
MENTION_AFTER_RE = re.compile(rf"(?:{alt(UNQUOTED['mention_after'])})")
VENUE_WORD_RE = re.compile(rf"(?:{alt(UNQUOTED['venue_words'])})$")
VENUE_VERB_AFTER_RE = re.compile(
    rf"[^，,。；;！？\n]{{0,{UNQUOTED['venue_gap']}}}?(?:{alt(UNQUOTED['venue_verbs'])})")
# (a year may stand between the verb and the name: 用好2017甲大会)
CHANNEL_BEFORE_RE = re.compile(
    rf"(?:{alt(UNQUOTED['channel_before'])}){_LIST_ITEMS}[“\"「]?(?:(?:19|20)[0-9]{{2}}年?)?$")
# A session of a meeting (第三次全省科技创新大会, 甲组织第八次成员大会): counted by 次, not an
# edition (届) of a brand, wherever it stands in the name.
SESSION_RE = re.compile(r"第[一二三四五六七八九十百零〇0-9]{1,4}次")
# Words a name never contains (大学, 公司) unless they own a facility.
CORE_FORBIDDEN_RE = re.compile(alt(UNQUOTED["core_forbidden"]))
CORE_FORBIDDEN_EXCEPT_RE = re.compile(alt(UNQUOTED["core_forbidden_exceptions"]))
# Bracketed endings ignored when looking for a head: …科普工作站（青岛）, …纲要（2021—2035年）.
TRAILING_BRACKET_RE = re.compile(r"[（(][^（）()]*[)）]$")
# Punctuation inside a quote: a sentence or a list of slogans, not a name.
INNER_PUNCT_RE = re.compile(r"[，、。；：]")
QUOTE_REACH = 40  # how far a phrase looks for the quote it sits in
SLOGAN_LIST_MAX = 32  # a quoted list of slogans is short; a quoted speech is not
# An event head at the end of a name (…成员大会暨…第三次大会: one joint event).
EVENT_HEAD_END_RE = re.compile(rf"(?:{alt(RULES['unquoted_heads']['event'])})$")
# An event head right before 暨 (甲博览会暨第N届乙会: one occasion with two names).
EVENT_NAME_END_RE = re.compile(
    rf"(?:{alt(RULES['unquoted_heads']['event'] + RULES['heads']['event'])})$")
# The start of a provincial/city mirror: 科创, 科普, 智汇, 才荟 …
MIRROR_RE = re.compile(alt(list(MIRROR)))
# Spaces collapsed in names; spaces and middle dots dropped in keys (as tests/scoring.py does).
# Dashes joining two parts of a name (滨海—中关村科技园): ignored when a name ends another one.
NAME_DASH_RE = re.compile(r"[—–－-]")
SPACES_RE = re.compile(r"\s+")
KEY_DROP_RE = re.compile(r"[\s·•]")
OPEN_QUOTES = "“\"‘「"
OPEN_QUOTES_T = tuple(OPEN_QUOTES)  # (for str.startswith)
CLOSE_QUOTES = "”\"’」"
# Characters a name is made of when it is not quoted (a bracketed host or place included).
_NAME_CHAR = rf"[{HAN}0-9A-Za-z·—\-－（）()]"
NAME_CHAR_RE = re.compile(_NAME_CHAR)
# The run of name characters that ends where a head starts: NAME_RUN_BEFORE_RE.search(text, lo,
# head) starts where the run does, or at `lo` (its longest lead back), in one call; \Z is `head`.
NAME_RUN_BEFORE_RE = re.compile(rf"{_NAME_CHAR}*\Z")
# A character no name holds: the run before a head starts after the last one before it, found as
# the first one in the reversed text (one search, where NAME_RUN_BEFORE_RE tries every start).
NOT_NAME_CHAR_RE = re.compile(rf"[^{HAN}0-9A-Za-z·—\-－（）()]")
# Where an unquoted name starts: after a verb or particle, after a list joiner that closes an
# item (…大会和中德青年科学家论坛), not at a determiner or generic start (本届, 重大).
# (a verb's complement after it is the verb's too: 实施好|甲行动, 落实好|乙计划)
LEFT_BOUNDARY_RE = re.compile(rf"(?:{alt(UNQUOTED['left_boundaries'])})"
                              rf"(?:{alt(UNQUOTED['verb_complements'])})?")
NOT_BOUNDARY_RE = re.compile(alt(UNQUOTED["not_boundaries"]))
# A verb glued to the head, the last word before it (…人才引进|计划): a word of the name.
NAME_VERB_END_RE = re.compile(rf"(?:{alt(UNQUOTED['name_verbs'])})$")
NAME_VERB_HEAD_RE = re.compile(alt(UNQUOTED["name_verb_heads"]))
# The pairs of (head, verbs glued to it): programmes (人才引进|计划) and events (成果对接|大会).
GLUED_NAME_VERBS = [
    (NAME_VERB_HEAD_RE, NAME_VERB_END_RE),
    (re.compile(alt(UNQUOTED["event_name_verb_heads"])),
     re.compile(rf"(?:{alt(UNQUOTED['event_name_verbs'])})$")),
]
LIST_JOINER_RE = re.compile(rf"(?:{alt(UNQUOTED['list_joiners'])})")
COORDINATED_END_RE = re.compile(rf"(?:{alt(UNQUOTED['coordinated_ends'])})$")
ITEM_END_RE = re.compile(
    rf"(?:{alt(list(HEADS) + QUOTED['org_suffixes'] + UNQUOTED['meeting_words'])})$")
# An organisation's name ends here: what comes after it is what it owns (…政府大蒜产业研究院).
ORG_END_RE = re.compile(alt(UNQUOTED["org_ends"]))
BAD_START_RE = re.compile(rf"^(?:{alt(UNQUOTED['bad_starts'])})")
BAD_CORE_END_RE = re.compile(rf"(?:{alt(UNQUOTED['bad_core_ends'])})$")
# Generic words (a name of only these is no name), an organisation acting (…联盟签订), and a
# ceremony named after its event (…科技活动周启动大会).
GENERIC_RE = re.compile(alt(UNQUOTED["generic_words"]))
GENERIC_END_RE = re.compile(rf"(?:{alt(UNQUOTED['generic_words'])})$")
PARTY_AFTER_RE = re.compile(
    rf"^(?:{alt(UNQUOTED['party_after'])})|{with_han(UNQUOTED['party_after_re'])}")
SIGNING_WORD_RE = re.compile(alt(UNQUOTED["signing_words"]))
CEREMONY_RE = re.compile(rf"(?:{alt(UNQUOTED['ceremony_suffixes'])})$")
SUB_EVENT_RE = re.compile(rf"(?:{alt(UNQUOTED['sub_events'])})$")
CONGRESS_RE = re.compile(rf"(?:{alt(UNQUOTED['congress_words'])})$")
CONGRESS_ANY_RE = re.compile(alt(UNQUOTED["congress_words"]))
# A society's annual meeting: the head after a society's name, with no 科协 of the system.
SOCIETY_MEETING_RE = re.compile(
    rf"(?:{alt(UNQUOTED['society_owners'])})[^，。]*(?:{alt(UNQUOTED['society_meeting_heads'])})$")
SYSTEM_OWNER_RE = re.compile(alt(UNQUOTED["system_owners"]))
# Proper modifiers: an organisation or a region the gazetteer does not hold.
OWNER_RE = re.compile(alt(UNQUOTED["owner_words"]))
# A society named before a 服务站 (中国某学会甲地服务站): the station is that society's.
SOCIETY_RE = re.compile(alt(UNQUOTED["society_words"]))
# A level (国家级, 省级) is no owner: 国家级科普示范基地 names a type.
LEVEL_WORD_RE = re.compile(alt(UNQUOTED["level_words"]))
REGION_TERM_RE = re.compile(alt(UNQUOTED["region_terms"]))
# A facility is being set up: a founding verb before it in its clause, or a word right after it.
FOUNDING_RE = re.compile(alt(UNQUOTED["founding_verbs"]))
FOUNDING_PLAQUE_RE = re.compile(alt(UNQUOTED["founding_plaques"]))
SET_UP_AFTER_RE = re.compile(rf"^(?:{alt(UNQUOTED['set_up_after'])})")
# ... read after the place it is set up in (…创新基地在甲市揭牌, 于乙县揭牌)
LOCATIVES = "在于"
LOCATIVE_REACH = 10
# A zone's managing body right after a designation (甲国家自主创新示范区管委会): the body, a party.
ZONE_BODY_AFTER_RE = re.compile(alt(RULES["designation"]["body_after"]))
FOUNDING_AFTER_RE = re.compile(rf"^(?:{alt(UNQUOTED['founding_after'])})")
FOUNDING_LATER_RE = re.compile(alt(UNQUOTED["founding_later"]))
# Anything in a head's clause that could set a facility up or name its host: a founding verb,
# a plaque or a bracket, as one search (FOUNDING_RE, FOUNDING_PLAQUE_RE, "（", "(").
FACILITY_CLAUSE_CUE_RE = re.compile(
    alt([*UNQUOTED["founding_verbs"], *UNQUOTED["founding_plaques"], "（", "("]))
# Names the gold writes one way whatever the page writes (海智计划工作基地（某大学） → 海智基地).
CANONICAL_NAMES = [(re.compile(r["name_re"]), r["name"]) for r in RULES["canonical_name"]]
# An owner's short form at the start of a name: the same name as the one written out when the
# page writes both (中科院广州…园区 and 中国科学院广州…园区 merge; the fuller one is kept).
OWNER_EXPANSIONS: dict[str, str] = UNQUOTED["owner_expansions"]
PARENT_OWNERS: list[str] = sorted(UNQUOTED["parent_owners"], key=len, reverse=True)
OWNER_BEFORE_RE = re.compile(rf"(?:{alt(UNQUOTED['owner_prefixes'])})$")
# An honour named after a programme (全国科普日活动优秀组织单位): the honour, not the programme.
HONOUR_AFTER_RE = re.compile(rf"(?:{alt(EXCLUDED['honour_gap'])})?(?:{alt(EXCLUDED['honours'])})")
# The areas of a cooperation: 在 … 等方面/领域 around a platform (a topic, not a platform held);
# a verb of its own between 在 and the name (在京举行…) breaks the frame.
TOPIC_FRAME = EXCLUDED["topic_frame"]
TOPIC_CLOSER_RE = re.compile(alt(TOPIC_FRAME["closers"]))
TOPIC_BREAK_RE = re.compile(alt(TOPIC_FRAME["breaks"]))
# What sums up a list of platforms (…等一批合作平台, …等4个研发机构, …等合作项目).
LIST_SUMMARY_RE = re.compile(
    rf"等(?:一批|(?P<count>[0-9一二三四五六七八九十]+)[个家所项])?[{HAN}]{{0,10}}?"
    rf"(?:{alt(UNQUOTED['summary_nouns'])})")
# What sums up a list of functions or tasks (…等功能为一体, …等内容): its items are no names.
FUNCTION_SUMMARY_RE = re.compile(rf"等(?:{alt(UNQUOTED['function_nouns'])})")
# Head words inside an owner (…计划企业专家工作站: the programme's station).
HEADS_INSIDE_RE = re.compile(alt(EXCLUDED["programme_words"]))
# The head of the phrase a name stands in, when that head is an organisation or a mode
# (…科技园区合作联盟, …合作模式): a few words between, no list joiner or 的 among them.
MODIFIED_HEAD_AFTER_RE = re.compile(
    rf"(?:(?![和与及的、])[{HAN}]){{0,{UNQUOTED['modified_gap']}}}?"
    rf"(?:{alt(UNQUOTED['modified_heads'])})")
# A platform right before a quoted CAST brand or programme (甲研究院“海智计划”工作站, 乙研究院
# “科创中国”创新基地): the host of that programme's station, not a platform of its own.
HOST_OF_BRAND_RE = re.compile(rf"[“\"「](?:{alt([*NATIONAL, '智匯中国'])})[”\"」]")
# A platform or zone a place aims at (goal frames): what it is to become (建设成为…), what is
# contributed to (为建设…作出贡献), whose building is served (服务…建设), a mission
# (…建设等重大使命).
GOAL_FRAME = UNQUOTED["goal_frame"]
# (the aspired words, then names and 、 only up to the name: every item of a list is aimed at)
GOAL_ASPIRED_RE = re.compile(rf"(?:{alt(GOAL_FRAME['aspired'])})[{HAN}（）()、]*$")
# ... and 成为 after a verb that pushes towards it (推动甲省成为…先行区, 力争成为…).
GOAL_BECOME_RE = re.compile(
    rf"(?:{alt(GOAL_FRAME['pushing'])})[{HAN}]{{0,8}}成为[{HAN}（）()、]*$")
GOAL_FOR_RE = re.compile(rf"(?:{alt(GOAL_FRAME['for'])})$")
GOAL_CONTRIBUTION_RE = re.compile(rf"^(?:建设)?(?:{alt(GOAL_FRAME['contributions'])})")
GOAL_SERVED_RE = re.compile(rf"(?:{alt(GOAL_FRAME['served'])})$")
GOAL_BUILDING_RE = re.compile(r"^建设")
GOAL_MISSION_RE = re.compile(rf"^建设[^，。；]{{0,6}}?(?:{alt(GOAL_FRAME['missions'])})")
# Zones named by their place (…试验区, …先行区) count when their words are of S&T.
ST_ZONE_HEADS = frozenset(UNQUOTED["st_zone_heads"])
LAUNCHED_HEADS = frozenset(UNQUOTED["launched_heads"])
LAUNCH_RE = re.compile(alt(UNQUOTED["launch_verbs"]))
LAUNCH_VERBS = frozenset(UNQUOTED["launch_verbs"])
SHORT_PROGRAMME_HEADS = frozenset(UNQUOTED["short_programme_heads"])
SHORT_CORE_NOT_NAMES = frozenset(UNQUOTED["short_core_not_names"])
# A two-character programme listed after another under one launching verb (实施甲乙计划、丙丁计划和
# 戊己工程): the verb governs each item (the list read back from the item's start).
SHORT_LIST_BEFORE_RE = re.compile(
    rf"(?:{alt(UNQUOTED['launch_verbs'])})"
    rf"(?:[{HAN}]{{2}}(?:{alt(UNQUOTED['short_programme_heads'])})[、和及与])+$")
SHORT_LIST_REACH = 24
# Regions the State develops under their own name (甲乙经济区, 某地国际旅游岛, 某某先导区): a
# region's name is geographic words, so the words after the last 与/和 or verb are the region's
# (甲经济圈与乙经济区 → 乙经济区, 主动服务甲乙经济区 → 甲乙经济区).
REGION_ZONE_HEADS = frozenset(UNQUOTED["region_zone_heads"])
# ... and one that names a zone inside it (甲经济区开放合作试验区) is a word of that zone's name.
ZONE_INSIDE_AFTER_RE = re.compile(rf"[{HAN}]{{0,8}}?(?:{alt(UNQUOTED['zones_inside'])})")
ZONE_JOINER_RE = re.compile(
    rf".*(?:[与和]|{alt(QUOTED['clause_verbs'] + UNQUOTED['region_zone_verbs'])})")
ST_WORD_RE = re.compile(alt(UNQUOTED["st_words"]))
SECTOR_ZONE_HEADS = tuple(UNQUOTED["sector_zone_heads"])
SECTOR_WORD_RE = re.compile(alt(UNQUOTED["sector_words"]))
# 国家 before a designation's words makes it the national title (国家农业高新技术产业示范区), not a
# kind of zone; 全国/中国 before a contest makes it the national contest (全国青少年科技创新大赛).
NATIONAL_TITLE_RE = re.compile(rf"^国家(?!级)[{HAN}]{{2,}}")
NATIONAL_SCOPE_RE = re.compile(alt(UNQUOTED["national_scopes"]))
NATIONAL_SCOPE_HEADS = frozenset(UNQUOTED["national_scope_heads"])
EVENT_SCOPE_RE = re.compile(alt(UNQUOTED["national_scopes"] + UNQUOTED["event_scopes"]))
# Two places or countries by one character each before an event's words (皖台, 沪滇, 中德): the
# event of the two, named by them (皖台某某研讨会, 中德青年科学家论坛).
PLACE_PAIR_RE = re.compile("[" + "".join(k for k in PROVINCE_WORDS if len(k) == 1)
                           + UNQUOTED["place_pair_extra_chars"] + "]{2}")
# A designation's bracket kept in its name when it says its scope (试点城市（园区）).
DESIGNATION_SCOPES = frozenset(QUOTED["designation_scopes"])
# The owner of a tour's travellers, part of its name (中国工程院院士专家甲地行).
TOUR_OWNER_BEFORE_RE = re.compile(rf"(?:{alt(UNQUOTED['tour_owners'])})$")
# Places a platform is "of" without naming them (两地, 三地): no proper modifier.
RELATIVE_PLACES_RE = re.compile(alt(UNQUOTED["relative_places"]))
# The home of a group of people (科技工作者之家, 会员之家): a metaphor for the association.
HOME_OF_PEOPLE_RE = re.compile(rf"(?:{alt(UNQUOTED['people_words'])})之家$")
# Two hosts before an event (甲省暨乙市科技活动周): what joins them, how far they reach.
HOST_JOIN_RE = re.compile(alt(UNQUOTED["host_joiners"]))
HOSTS_REACH = 12
# A number that a name would start inside (5.19科普活动周): a digit and a dot before it.
NUMBER_BEFORE_RE = re.compile(r"[0-9][.．·]$")
# Names of values (科学家精神, 创新理念): a spirit or an idea, not a programme.
VALUE_ENDS = tuple(UNQUOTED["value_ends"])
# A brand's facility is its designation in a clause that awards or lists it (“科创中国”创新基地
# 认定名单, 入选“科创中国”创新基地).
DESIGNATION_CUE_RE = re.compile(alt(QUOTED["designation_cues"]))
# ... or a verb right before the brand sets it up (共建“科创中国”创新基地, 设立“海智计划”工作站).
PARTNER_FOUNDING_BEFORE_RE = re.compile(
    rf"(?:{alt(UNQUOTED['brand_facility_founding_before'])})$")
# A head word that continues into a longer word (科技园|区, 工程|院): not the head there.
HEAD_CONTINUES_RE = re.compile(
    rf"(?:{alt(UNQUOTED['head_not_before'])}|{UNQUOTED['head_not_before_re']})")
# ... of those, a character that makes the head a word's first half (社会|科学, 工程|院): no
# event's end even after its edition number (a noun after a name, 年会|效应, still ends it).
WORD_CONTINUES_RE = re.compile("[" + "".join(UNQUOTED["head_word_continuations"]) + "]")
# A platform's branch right after its name: a place (checked by the stage), a bracketed part,
# a branch head (甲平台苏州（工业园区）分中心). BRANCH_AFTER_RE is the cheap test first.
BRANCH_REACH = 8
BRANCH_AFTER_RE = re.compile(rf"[{HAN}]{{1,{BRANCH_REACH}}}?(?:[（(][{HAN}]{{1,6}}[)）])?"
                             rf"(?:{alt(UNQUOTED['branch_heads'])})")
BRANCH_HEAD_RE = re.compile(alt(UNQUOTED["branch_heads"]))
# A programme's period or edition in brackets right after its head: part of its name.
PERIOD_HEAD_END_RE = re.compile(rf"(?:{alt(UNQUOTED['period_heads'])})$")
PERIOD_AFTER_RE = re.compile(UNQUOTED["period_after_re"])
# A host or place in brackets right after a facility (…创新基地（甲大学）揭牌): what is said of
# the facility comes after it.
HOST_BRACKET_RE = re.compile(r"[（(][^（）()\n，。；]{1,20}[)）]")
# A name with its alias: X（以下称为“Y”）.
ALIAS_RE = re.compile(
    rf"[（(](?:{alt(UNQUOTED['alias_markers'])})[：:]?[“\"]([^“”\"]{{2,12}})[”\"][)）]")
# Verbs that also start names (联合…): dropped before a name only (see _left_name).
NAME_LEAD_VERB_RE = re.compile(alt(UNQUOTED["name_lead_verbs"]))
# A count or ordinal before a designation: 全国78个, 已有11个, 唯一一个, 第四个.
COUNT_PREFIX_RE = re.compile(UNQUOTED["count_prefix_re"])
# A university's or academy's research institute (甲大学乙研究院): an organisation.
ORG_INSTITUTE_RE = re.compile(rf"(?:{alt(UNQUOTED['org_institute_owners'])})"
                              rf".*(?:{alt(UNQUOTED['org_institute_heads'])})(?:[（(][^（）()]*[)）])?$")
PROVISIONAL_RE = re.compile(rf"[（(](?:{alt(UNQUOTED['provisional_marks'])})[)）]")
# A dash between an event and a meeting held at it (第N届甲年会——乙对接会): the event is the name.
EVENT_DASH_RE = re.compile(r"——|--")
# A dash after a quote opens its apposition (“科创飞地”——甲科技创新基地): a name of its own.
APPOSITION_DASHES = ("——", "--", "—")
# A head written twice (英才计划计划: the second is a verb).
DOUBLED_HEAD_RE = re.compile(rf"(?P<head>{alt([h for h in HEADS if len(h) >= 2])})(?P=head)$")
# A programme's pilot work (“英才计划”试点工作): the programme.
PILOT_WORD, PILOT_WORK = "试点", "工作"
PLATFORM_PROGRAMME_RE = re.compile(alt(UNQUOTED["platform_programmes"]))
# Spam tokens spliced into names: inserted words (包养) and words that replaced a part (明升, app).
SPAM_INSERTED_RE = re.compile(alt(UNQUOTED["spam_inserted"]))
SPAM_SUBSTITUTED_RE = re.compile(alt(UNQUOTED["spam_substituted"]))
# A year or ordinal written before a name: 2020年长春市…, 2021年度…
YEAR_PREFIX_RE = re.compile(r"^(?:[12][0-9]{3}|[二〇○零一两三四五六七八九]{4})年度?")
BATCH_RE = re.compile(UNQUOTED["batch_re"])
# A year written without 年 before a name's words (2019产业…大会): no word of the name.
BARE_YEAR_RE = re.compile(r"^[12][0-9]{3}")
EDITION_BRACKET_RE = re.compile(UNQUOTED["edition_bracket_re"])
SHORT_HEADS = frozenset(UNQUOTED["short_heads"])
# A quoted strategy, organisation or facility kind, whatever noun follows (“数字中国”品牌).
QUOTE_EXCLUDED_RE = re.compile(
    rf"^(?:{alt(QUOTED['excluded_quotes'])})$|(?:{alt(QUOTED['excluded_quote_ends'])})$")
QUOTE_ORGANISATION_RE = re.compile(rf"(?:{alt(QUOTED['excluded_quote_organisations'])})$")
# A headless item of a run of quotes that is a body, a meeting, a document, a site, a policy, a
# mode, a kind of facility or a slogan: no sibling of a named item (see [quoted] sibling_not_ends).
SIBLING_NOT_RE = re.compile(rf"(?:{alt(QUOTED['sibling_not_ends'])})$"
                            rf"|^(?:{alt(QUOTED['sibling_not_starts'])})")
QUOTED_MEETING_HEADS = frozenset(QUOTED["meeting_heads"])
# ... and the heads of a meeting that is only a kind of meeting when its words are generic or
# meeting words (“座谈交流会”, “科技交流会”)
QUOTED_ONE_MEETING_HEADS = frozenset(QUOTED["one_meeting_heads"])
SERIES_MEETING_WORD_RE = re.compile(alt(QUOTED["meeting_kind_words"]))
MEETING_TOPIC_RE = re.compile(alt(QUOTED["meeting_topic_words"]))
CONFERENCE_HEADS = frozenset(UNQUOTED["conference_heads"])
PLACED_EVENTS = frozenset(UNQUOTED["placed_events"]) | CONFERENCE_HEADS
LEAD_VERB_RE = re.compile(rf"^(?:{alt(UNQUOTED['lead_verbs'])})")
CORE_LEAD_VERB_RE = re.compile(rf"^(?:{alt(UNQUOTED['core_lead_verbs'])})")
VENUE_BEFORE_RE = re.compile(rf"(?:{alt(UNQUOTED['venue_before'])})$")
PLANNED_RE = re.compile(alt(UNQUOTED["planned_before"]))
COMPANY_AFTER_RE = re.compile(with_han(UNQUOTED["company_after_re"]))
LEVEL_RE = re.compile(UNQUOTED["level_re"])
# An edition number: 第二十五届, 第7届 (the name runs from it to an event head).
EDITION_RE = re.compile(r"第[一二三四五六七八九十百零〇0-9]{1,4}届")
# An edition number or the first edition (首届): where an edition-numbered event starts; the
# first edition's marker is not part of its name.
ANY_EDITION_RE = re.compile(r"第[一二三四五六七八九十百零〇0-9]{1,4}[届期]|首届")
# An issue of a series of talks (第八期…沙龙): its number is not part of the name.
ISSUE_RE = re.compile(r"第[一二三四五六七八九十百零〇0-9]{1,4}期")
ISSUE_HEAD_END_RE = re.compile(rf"(?:{alt(UNQUOTED['issue_heads'])})$")
SERIES_HEAD_END_RE = re.compile(rf"(?:{alt(UNQUOTED['edition_series_heads'])})$")
FIRST_EDITION_RE = re.compile(r"首届|第[一1１]届")
# Verbs of a clause between a quote and a head: not one name (“…委员会”审议通过年度工作计划).
CLAUSE_VERB_RE = re.compile(alt(QUOTED["clause_verbs"]))
# An unquoted tour: a traveller, where it goes (a region word or a kind of place, checked by the
# stage) and 行, before an activity word or a break (院士专家柳州行活动, 科技资源通州行暨…).
# (found from its end: 行 and what follows, then the traveller in the few characters before)
_TOUR_AFTER = (rf"(?:{alt(UNQUOTED['tour_after'])})|{with_han(UNQUOTED['tour_after_re'])}"
               rf"|[，。、；：”」\s)）]|$")
TOUR_END_RE = re.compile(rf"行(?={_TOUR_AFTER})")
TOUR_UNQUOTED_RE = re.compile(
    rf"(?:{alt(UNQUOTED['tour_travellers'])})(?P<where>[{HAN}（）()]{{2,6}}?)行$")
TOUR_WINDOW = 12
# A quoted traveller, then where to and 行 (“某某英才”甲市行, “科创中国”乙县行): the tour.
TOUR_AFTER_QUOTE_RE = re.compile(rf"^(?P<where>[{HAN}（）()]{{2,6}}?)行(?={_TOUR_AFTER})")
TOUR_LEVELS_RE = re.compile(UNQUOTED["tour_levels_re"])
# A brand built: a verb that builds one, the brand's words, 品牌 (打造科技援疆品牌).
BRAND_FRAME_CUE = "品牌"
BRAND_FRAME_RE = re.compile(
    rf"(?:{alt(UNQUOTED['brand_verbs'])})(?P<name>[{HAN}0-9]{{4,8}}?)品牌")
# The end of an edition-numbered event: 第三十届兰洽会, 第二届中日科学家高层对话.
EDITION_HEAD_RE = re.compile(alt(UNQUOTED["edition_heads"]))
EDITION_STOP_RE = re.compile(alt(UNQUOTED["edition_stops"]))
# What a document is, at the end of a title that names a thing inside it (…示范区…框架协议).
DOC_TAIL_RE = re.compile(rf"^[{HAN}0-9A-Za-z]{{0,16}}?(?:{alt(QUOTED['doc_kinds'])})$")
# Particles that cannot sit inside a name (“院士专家扬州行”是引进高端人才…).
COPULA_RE = re.compile(r"[是的在为将了把被由]")
# A count before a name: 一次, 两场, 10场 (举办一次粤桂科协协作交流活动).
LEADING_COUNT_RE = re.compile(r"^(?:[0-9]+|[一两二三四五六七八九十]+|多|若干|数)[次场届个项家批]")
# A 4-digit year anywhere in a name (merging 2024院士专家扬州行 with 院士专家扬州行).
YEAR_RE = re.compile(r"[12][0-9]{3}(?:年度?)?")
# A count next to a facility: 3家, 20个, 八个.
COUNT_BEFORE_RE = re.compile(r"(?:\d+|[一二三四五六七八九十百两]+)[个家所座]$")
COUNT_AFTER_RE = re.compile(r"(?:\d+|[一二三四五六七八九十百两]+)[个家所座]")
# A facility's qualifier: a level (市级, 省级, 国家级) and/or 企业 right before the type.
LEVEL_QUALIFIER_RE = re.compile(r"(?:(?:国家|[省市县区])级)?(?:企业)?$")
# A facility exists: a plaque in the clause, or 并设立/已建成 right before it, or 设立以来 after.
PLAQUE_RE = re.compile(alt(RULES["facility_cues"]["plaque"]))
DONE_RE = re.compile(rf"(?:{alt(RULES['facility_cues']['done'])})$")
DONE_AFTER_RE = re.compile(RULES["facility_cues"]["done_after_re"])
# A sentence that awards a designation, and what joins the places it lists (甲县、乙县和丙县科协).
AWARD_RE = re.compile(alt(RULES["awards"]["verbs"]))
PLACE_JOIN_RE = re.compile(RULES["awards"]["place_join_re"])
# A national title awarded to a place: the verb, a year or batch, 国家/全国 (not 国家级) and the
# title's words up to a place head, before a break (not …示范区管委会).
AWARDED = RULES["awarded_title"]
AWARDED_TITLE_RE = re.compile(
    rf"(?:{alt(AWARDED['verbs'])})(?:{alt(AWARDED['verb_objects'])})?"
    rf"(?:[12][0-9]{{3}}(?:[-—–~至][12][0-9]{{3}})?年度?)?"
    rf"(?:首批|新一批|第[一二三四五六七八九十0-9]+批)?"
    rf"(?:(?P<quote>[“\"「])?)"  # (the title may be quoted: 获批“国家农业科技园区”)
    rf"(?P<name>(?:国家|全国)(?!级)[{HAN}]{{2,{AWARDED['words_max']}}}?"
    rf"(?:{alt(AWARDED['place_heads'])}))(?(quote)[”\"」])(?=[，。；、和及与（(\s]|建设|名单|称号|$)")
AWARDED_CUE_RE = re.compile(alt(AWARDED["verbs"]))
# Designation verbs (成功创建, 入选) and a designation's decorations (2016-2020年度, （市、区）).
DESIGNATION_VERB_RE = re.compile(alt(RULES["designation"]["verbs"]))
PERIOD_BEFORE_RE = re.compile(RULES["designation"]["period_re"])
DESIGNATION_SUBJECT_RE = re.compile(with_han(RULES["designation_subject"]["after_re"]))
SCOPE_AFTER_RE = re.compile(RULES["designation"]["scope_re"])
# A ceremony or meeting named after what it launches: …签约暨揭牌仪式, …试点工作现场推进会.
CEREMONY_TAIL_RE = re.compile(
    rf"^(?:{alt(QUOTED['ceremony_words'])})*(?:{alt(QUOTED['ceremony_ends'])})$")
# A theme line that attributes a quotation: ——习近平总书记在…上的讲话.
ATTRIBUTION_LINE_RE = re.compile(rf"^\s*{re.escape(UNQUOTED['attribution_start'])}")
