"""Patterns of signings (etl/extraction/agreements.py): triggers, document types, the words that
make a trigger no signing or a signing of the past, and how party groups are joined.

Word lists come from rules/signing.toml; the patterns here compose them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.vocabulary.article import SOURCE_BODY_HEADS
from etl.vocabulary.common import HAN, alt, rules

_R = rules("signing")

# --- sentences and clauses -----------------------------------------------------------------------

# A sentence: up to and including its end mark (a line break ends one too).
SENTENCE_RE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")
# A clause break (its characters: the last one before a position is found with str.rfind).
CLAUSE_BREAK_CHARS = ",，:：;；。！？!?\n"
CLAUSE_BREAK = re.compile(f"[{CLAUSE_BREAK_CHARS}]")
# A character within a clause, between a trigger and a not-signing cue before or after it.
_NO_BREAK = "[^,，。；]"

# --- triggers and documents ---------------------------------------------------------------------

# Ceremony nouns ("…签约仪式在X举行"); with the verbs, the triggers of a signing.
CEREMONY_NOUNS: tuple[str, ...] = tuple(_R["ceremony_nouns"])
# A document concluded without 签: 达成/订立 + the document in the clause (nothing of
# `conclude_breaks` before it), the document + 正式落地, its texts exchanged (互换了…协议文本).
# Each branch opens with its literal word and all stand in one flat alternation with the sign
# verbs: the search then skips ahead by first characters (a branch opening with an assertion,
# or a nested group, makes it try every position: ten times slower).
_DOCUMENT_AHEAD = (
    rf"(?=(?:(?!{alt(_R['conclude_breaks'])})[^，,。；;：:！？!?\n]){{0,{_R['conclude_reach']}}}?"
    rf"{alt(_R['conclude_documents'])})"
)
_CONCLUDED = (
    [re.escape(v) + _DOCUMENT_AHEAD for v in _R["conclude_verbs"]]
    + [re.escape(w) + "(?:" + "|".join(rf"(?<={re.escape(d + w)})"
                                       for d in _R["conclude_documents"]) + ")"
       for w in _R["document_concluded"]]
    + [re.escape(w) + rf"(?=了?[^，,。；;！？!?\n]{{0,20}}?{alt(_R['exchanged_texts'])})"
       for w in _R["texts_exchanged"]]
)
_SIGN_WORDS = alt([*CEREMONY_NOUNS, *_R["sign_verbs"]])
TRIGGER_RE = re.compile(_SIGN_WORDS[:-1] + "|" + "|".join(_CONCLUDED) + ")")
# The triggers of a document concluded without 签 (a weaker report: it may restate a signing).
CONCLUDE_TRIGGERS = frozenset(
    [*_R["conclude_verbs"], *_R["document_concluded"], *_R["texts_exchanged"]])
# The document's type as written (全面战略合作协议 …), and its title in 《》.
TYPE_RE = re.compile(alt(_R["types"]))
TITLE_RE = re.compile(r"《([^》]{2,80})》")
# The qualifiers right before a type that belong to its label (科技|合作备忘录): a run of them
# ending where the type starts.
TYPE_MODIFIERS_RE = re.compile(rf"(?:{alt(_R['type_modifiers'])})+$")

# --- decisions ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NotSigning:
    """A rule of rules/signing.toml `not_signing`: a trigger it holds for reports no signing."""

    why: str
    where: str  # the text it looks at: sentence | clause | before | after | lead (the trigger)
    regex: re.Pattern[str]
    absent: bool  # the rule holds when the words are absent (look = "sentence-lacks")
    triggers: frozenset[str] | None  # None: every trigger
    unless_after: re.Pattern[str] | None = None  # words right after the trigger that void it
    # The rule's words as one alternation of literals: is any of them in the text (one search in C,
    # not a Python loop over the words); None where the rule has no words.
    any_word: re.Pattern[str] | None = None
    # Words one of which the same text must hold too (with_words), else None.
    along: re.Pattern[str] | None = None

    def holds(self, trigger: str, around: dict[str, str]) -> bool:
        """Does the rule drop `trigger`? `around` maps each `where` to the text there."""
        if self.triggers is not None and trigger not in self.triggers:
            return False
        seen = around[self.where]
        if not self.absent and (self.any_word is None or self.any_word.search(seen) is None):
            return False
        if (self.regex.search(seen) is None) != self.absent:
            return False
        if self.along is not None and self.along.search(seen) is None:
            return False
        # (the exception read last: only where the rule would hold)
        return self.unless_after is None or self.unless_after.match(around["after"]) is None


_DOCUMENTS = alt(_R["conclude_documents"])
# Where words must stand to close the trigger's clause (unless_after_closes).
CLAUSE_CLOSES = r"(?=[，,。；;！？!?\n]|$)"


def _not_signing(rule: dict) -> NotSigning:
    words, look, within = alt(rule["words"]), rule["look"], rule.get("within", 0)
    # other events joined before the trigger (出席了座谈会和签约仪式): they stand between too
    events = rule.get("events_between")
    between = rf"(?:{_NO_BREAK}{{0,4}}?{alt(events)}[和及、暨])*" if events else ""
    pattern = {"sentence-lacks": words, "sentence": words, "clause": words, "lead": words,
               "opening": rf"^{words}",
               "before": rf"{words}{between}{_NO_BREAK}{{0,{within}}}$",
               "after": rf"^{_NO_BREAK}{{0,{within}}}{words}",
               "object": rf"^(?:(?!{_DOCUMENTS}|并|》){_NO_BREAK}){{0,{within}}}{words}"}.get(look)
    if pattern is None:
        raise ValueError(f"signing.toml: not_signing look = {look!r}")
    triggers = rule.get("triggers")
    if isinstance(triggers, str):  # the name of a list of the file
        triggers = _R[triggers]
    where = {"sentence-lacks": "sentence", "object": "after"}.get(look, look)
    unless = rule.get("unless_after")
    unless_re = alt(unless) + (CLAUSE_CLOSES if rule.get("unless_after_closes") else "") \
        if unless else None
    listed = rule.get("unless_listed_after")
    if listed or rule.get("unless_document_after"):
        # a document noun after the rule's word in the clause (签约专家服务协议), or only after
        # one of the joiners (…意向书和合作协议: the object lists another document)
        joined = rf"{_NO_BREAK}*?(?:{alt(listed)})" if listed else ""
        unless_re = rf"(?:{unless_re})|" if unless_re else ""
        unless_re += rf"{_NO_BREAK}*?{words}{joined}{_NO_BREAK}*?{_DOCUMENTS}"
    return NotSigning(rule["why"], where, re.compile(pattern), look == "sentence-lacks",
                      frozenset(triggers) if triggers else None,
                      re.compile(unless_re) if unless_re else None,
                      re.compile("|".join(map(re.escape, rule["words"]))) if rule["words"]
                      else None,
                      re.compile(alt(rule["with_words"])) if rule.get("with_words") else None)


# Which triggers report no signing (a draft, a plan, an attended event …), in file order.
NOT_SIGNING: tuple[NotSigning, ...] = tuple(_not_signing(r) for r in _R["not_signing"])
# How much of a clause's start the "opening" rules read (their longest word): the text they see.
OPENING_REACH = max((len(w) for r in _R["not_signing"] if r["look"] == "opening"
                     for w in r["words"]), default=0)


def texts_around(sentence: str, clause: str, before: str, after: str,
                 lead: str | None = None) -> dict[str, str]:
    """The texts the not_signing rules read around a trigger, by their `where` (every reader of
    the rules builds them here): its sentence, its clause, the clause before and after it, the
    clause's opening, and (where given) the sentence's lead before it."""
    around = {"sentence": sentence, "clause": clause, "before": before, "after": after,
              "opening": clause[:OPENING_REACH]}
    if lead is not None:
        around["lead"] = lead
    return around


# NOT_SIGNING split per trigger word, for the tuple it was split from (a test swaps NOT_SIGNING).
_FOR_TRIGGER: dict[str, tuple[NotSigning, ...]] = {}
_FOR_TRIGGER_OF: list[tuple[NotSigning, ...]] = [NOT_SIGNING]


def not_signing_for(trigger: str) -> tuple[NotSigning, ...]:
    """The rules of NOT_SIGNING that may hold for `trigger` (those of every trigger and those
    naming it), in file order: each trigger word gets its list once, not a test per rule."""
    if _FOR_TRIGGER_OF[0] is not NOT_SIGNING:
        _FOR_TRIGGER.clear()
        _FOR_TRIGGER_OF[0] = NOT_SIGNING
    rules_for = _FOR_TRIGGER.get(trigger)
    if rules_for is None:
        rules_for = _FOR_TRIGGER[trigger] = tuple(
            r for r in NOT_SIGNING if r.triggers is None or trigger in r.triggers)
    return rules_for


# not_signing_for(trigger) by the text each rule reads, for the tuple it was made from.
RuleGroup = tuple[str | None, re.Pattern[str] | None, tuple[NotSigning, ...]]
_GROUPS: dict[str, tuple[RuleGroup, ...]] = {}
_GROUPS_OF: list[tuple[NotSigning, ...]] = [NOT_SIGNING]


def not_signing_groups(trigger: str) -> tuple[RuleGroup, ...]:
    """not_signing_for(trigger) as (where, words, rules): the rules that need one of their words
    in the same text, with all their words as one alternation (a text holding none of them
    holds for none of those rules: one search, not one per rule), and (None, None, rules) for
    the rules tried whatever the text (a missing word, no words). The same rules, each once."""
    if _GROUPS_OF[0] is not NOT_SIGNING:
        _GROUPS.clear()
        _GROUPS_OF[0] = NOT_SIGNING
    got = _GROUPS.get(trigger)
    if got is None:
        by_where: dict[str, list[NotSigning]] = {}
        always: list[NotSigning] = []
        for r in not_signing_for(trigger):
            if r.absent or r.any_word is None:
                always.append(r)
            else:
                by_where.setdefault(r.where, []).append(r)
        got = _GROUPS[trigger] = (
            *((where, re.compile("|".join(r.any_word.pattern for r in rules)), tuple(rules))
              for where, rules in by_where.items()),
            *([(None, None, tuple(always))] if always else []))
    return got


@dataclass(frozen=True)
class PartyPattern:
    """A party's kind and (optionally) level, as a cooperation-model rule writes them."""

    kinds: frozenset[str]
    levels: frozenset[str] | None  # None: any level

    def fits(self, kind: str, level: str) -> bool:
        return kind in self.kinds and (self.levels is None or level in self.levels)


def _pattern(p: dict) -> PartyPattern:
    def values(v: str | list[str]) -> frozenset[str]:
        return frozenset([v] if isinstance(v, str) else v)

    return PartyPattern(values(p["kind"]), values(p["level"]) if "level" in p else None)


@dataclass(frozen=True)
class ModelRule:
    """A rule of rules/signing.toml `cooperation_model`: `pair`, or `every` with `some`."""

    model: str
    pair: tuple[PartyPattern, PartyPattern] | None = None
    every: PartyPattern | None = None
    some: PartyPattern | None = None


def _model_rule(rule: dict) -> ModelRule:
    if "pair" in rule:
        a, b = rule["pair"]
        return ModelRule(rule["model"], pair=(_pattern(a), _pattern(b)))
    if "every" in rule and "some" in rule:
        return ModelRule(rule["model"], every=_pattern(rule["every"]), some=_pattern(rule["some"]))
    raise ValueError(f"signing.toml: cooperation_model {rule['model']} needs pair or every+some")


# The cooperation model from the parties' kinds and levels, first rule that holds.
COOPERATION_MODELS: tuple[ModelRule, ...] = tuple(
    _model_rule(r) for r in _R["cooperation_model"]
)

# --- time: background, sequence, online ----------------------------------------------------------

# A recalled, earlier signing (background): a cue anywhere before the verb.
BACKGROUND_RE = re.compile(alt(_R["background_cues"]))
# A group closed by a count of institutions (…等5所高校, …等7家高校院所, …等6家单位): group "n"
# the count; never a count of places (…等11个市, …等8个县, …等地), whose governments sign each
# (a grade is no place: …等4家省级学会).
INSTITUTION_COUNT_RE = re.compile(
    r"等(?P<n>[0-9０-９一二三四五六七八九十两]+)(?:家|所|间|个)(?![市县区省州地盟旗乡镇城](?!级))")
# A headline naming a ceremony's programme or script (…签约仪式议程, …主持词): no report.
SCRIPT_HEADLINE_RE = re.compile(rf"(?:{alt(_R['script_headlines'])})[\s)）]*$")
# A signing before the story's: without a date of its own sentence, not listed.
EARLIER_RE = re.compile(alt(_R["earlier_cues"]))
# 曾 right before the verb (双方曾签署, 曾共同签订; searched up to the verb) is one too; a bare 曾
# elsewhere is not (a surname).
EARLIER_VERB_RE = re.compile(r"曾(?:共同|联合|正式|先后|分别)?$")
# The first signing recalled in a clause of its own (继2016年首次签约之后): see signing.toml.
FIRST_TIME_RE = re.compile(alt(_R["first_time_cues"]))
# A signing that follows the previous one (随后…签署): dated after it.
AFTER_RE = re.compile(r"随后|此后|之后|接着|后来")
# What joins a verb to the date it is given right after it (签约是在2019年3月, 签于2012年, 签署
# 于2015年): that date is the signing's, whatever other dates the sentence has.
SIGNED_AT_RE = re.compile(r"了?(?:是在|是于|于)\s*")
# Words before a date that make it the signing's own date when it follows the verb
# (签于2012年12月, 是在2014年).
AFTER_DATE_RE = re.compile(r"(?:于|在|是在|是|为)$")
# The page's own date line (时间: / 来源:), whose date is no story day.
META_LINE_RE = re.compile(r"(?:时间|日期|发布|来源|更新)\s*[:：]")
# Something like a date (6月3日 without a year to resolve it, 今天, 近日): what a sentence's lead
# (its words before the trigger) is read after.
DATE_LIKE_RE = re.compile(r"\d+\s*[年月日]|[今昨前]天|[今昨]日|当天|当日|日前|近日")
# Where a person stands in a photo, after the name (张三（左）与李四（右）签署, 王某(右二)): blanked
# (same length) before the frames read the text. The bracket comes first and the Han letter
# before it is looked behind from there: a pattern that begins with a lookbehind is tried at
# every position of the text, one that begins with a character set is scanned for in C.
PHOTO_POSITION_RE = re.compile(
    rf"[（(](?<=[{HAN}][（(])(?:左|右|中|前排|后排|前|后)[一二三四五六七八九\d]?(?:起)?[）)]"
)
# A signatory's role (作为乙方, 作为甲方的, 作为项目技术方, 作为合作单位之一): blanked (same
# length) before the frames read the text, like a photo position; never a host's or a witness's.
SIGNING_ROLE_RE = re.compile(
    r"作为[^，,。；;、与和同的]{0,8}?"
    + "".join(rf"(?<!{re.escape(w)})" for w in _R["not_signing_roles"])
    + rf"{alt(_R['signing_role_heads'])}(?:之一)?的?"
)
# A label of a side written before its party (甲方湖南省科协、乙方某市人民政府分别签字, 甲方为A，
# 乙方为B): blanked like a role; after the trigger, the parties the labels name are the signatories.
# (the label comes first and 作为 before it is looked behind from there: a pattern that begins
# with a lookbehind is tried at every position of the text)
PARTY_LABEL_RE = re.compile(r"[甲乙丙丁]方(?<!作为[甲乙丙丁]方)(?:为|是|：|:)?")
# The labels themselves, looked for as plain substrings first (a text without any is not read by
# the pattern), and the word every role starts with.
PARTY_LABELS: tuple[str, ...] = ("甲方", "乙方", "丙方", "丁方")
PARTY_LABEL_CUE_RE = re.compile(alt(PARTY_LABELS))  # any of them: one search
ROLE_OPENER = "作为"
# The signatories named after the trigger (签约双方为A和B, 签约的双方分别是A、B, 签约单位为,
# 签约方：, 签署会市合作协议的是A与B, 本次签约的双方——A与B——): what stands between the trigger
# and them.
SIGNATORIES_AFTER_RE = re.compile(
    r"(?:的)?(?:甲乙双方|双方|三方|四方|各方|单位|主体|方)(?:分别)?(?:为|是|有|包括|：|:|——|—|－)"
    r"|(?:[^，,。；;的]{0,16}?(?:协议|协定|备忘录|协议书|合同))?的(?:分别)?(?:是|为)"
    r"|的(?:项目|协议)?(?:有|包括)[：:]"  # 集中签约的项目有：甲与乙…；丙与丁…
)
# How far after that lead the named signatories may reach.
SIGNATORIES_AFTER_CHARS = 120
# Signed online.
ONLINE_RE = re.compile(r"线上|视频连线|云签约|网上")

# --- party groups --------------------------------------------------------------------------------

# The connectors of a pair: A与B签署 (the parties before the connector, the counterparts after).
PAIR_CONNECTORS = "与和同跟"
# A connector right after a joined run of bodies (甲、乙与某校科研处签署): their partner comes
# next; when the recogniser does not name it, the run is one side, not a pair (not 与其/与之).
PARTNER_AFTER_RE = re.compile(r"[与和跟](?![其之])")
# A connector right before a counterpart, over a place word that bounds it (与区内5所高校, 和
# 省内多家企业): the counterpart's partner stands before the connector.
CONNECTOR_BEFORE_RE = re.compile(
    rf"[{PAIR_CONNECTORS}](?:{alt(_R['counterpart_locatives'])})?$")
# Verbs that join a partner the way a connector does (A携手B签署, A联合B签订).
PAIR_CONNECTOR_VERBS = frozenset({"携手", "联合", "牵手", "会同", "偕同", "协同"})
# Where a pair connector (a character or a verb) may stand: each such position, overlapping
# ones too (会同: 会同 and 同), found in one pass instead of a test per character read back.
PAIR_CONNECTOR_AT_RE = re.compile(f"(?=[{PAIR_CONNECTORS}]|{alt(PAIR_CONNECTOR_VERBS)})")
# What joins the officials of one body listed before its connector (市委书记王某、市长李某与…).
OFFICIAL_JOINERS = "、和"
# What joins the items of a party list read left to right (A、B和C), right to left (A、B及C),
# and what extends the subject of a sentence over further parties (A、B与C…).
LIST_JOINERS = "、和及"
LIST_JOINERS_LEFT = "、及"
AND_JOINER = "和"  # joins a list before another pair connector (甲和乙分别与丙签订)
# A joiner of two characters (A以及B).
LONG_JOINER = "以及"
# Dashes and dots that join two parties named before a nominal signing (A—B战略合作签约仪式).
DASH_JOINERS = "—－-–·•・"
GROUP_JOINERS = "、与和及"
# An adverb a subject group may hold before its connector (A分别与B、C，签订…) and the connectors
# it may stand before.
GROUP_ADVERBS_RE = re.compile(r"(?:分别|先后|共同|同时|还|也|又)+")
# The count a listed group may end with before its clause ends (…、长江大学四所高校，签订): no
# party of its own.
GROUP_COUNT_TAIL_RE = re.compile(
    rf"^等?[0-9一二三四五六七八九十两]+(?:家|所|个|位)[{HAN}]{{0,4}}?(?:高校|大学|单位|院所|"
    r"企业|机构|学会|协会|科协|部门|医院|院校)")
# Punctuation after which a connector with nothing before it is the start of a clause
# (…，与B签订): the parties are the sentence's subject.
CLAUSE_PUNCT = "，,：:；;"
# A party right after one of these is a place or a destination, not a signatory (在北京与…).
NOT_PARTY_BEFORE = "在于赴到至从向经"
# Adverbs skipped between a party group and its connector or verb (A又与B…, A分别与B…, A曾与B…).
ADVERBS: tuple[str, ...] = ("又", "还", "也", "亦", "则", "已", "同时", "先后", "分别", "共同",
                            "联合", "均", "正式", "再次", "首次", "就", "代表", "代表们",
                            "负责同志", "负责人", "有关负责人",
                            # an earlier signing recalled (A曾与B…, A曾于2016年与B…)
                            "曾", "曾经", "早已", "早")  # 早 of 早在2016年就与B
# The characters of those adverbs (what a stretch of nothing but adverbs is made of).
ADVERB_CHARS = "".join(ADVERBS) + "了 \u3000"
# A time or place adverbial between a party and its connector: 已于2015年2月 | 在北京 | 于近日.
TAIL_ADVERBIAL = re.compile(
    r"(?:[于在]?(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日|今年\d{1,2}月|"
    r"去年\d{1,2}月|近日|日前|当天|同日|昨天|今天)(?:上午|下午)?"
    rf"|在[{HAN}]{{1,8}}?(?=[与和同跟])|于)"
)
# The same adverbials at the end of a stretch (A|5月8日在芜湖|与B): what _skip_back moves over;
# a list of years too (A先后于2016年、2018年与B).
TAIL_ADVERBIAL_END = re.compile(
    r"(?:[于在]?(?:(?:\d{4}年(?:\d{1,2}月)?[、和及])*\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日|今年\d{1,2}月|"
    r"去年\d{1,2}月|近日|日前|当天|同日|昨天|今天)(?:上午|下午)?"
    rf"|在[{HAN}]{{1,8}}?|于)\Z"
)
# Brackets of an aside after a party's name (A（其他名称）〔简称甲〕与B签署): closing -> opening;
# an aside is at most BRACKET_ASIDE_CHARS long.
BRACKET_PAIRS: dict[str, str] = {"）": "（", ")": "(", "〕": "〔", "】": "【", "]": "["}
BRACKET_ASIDE_CHARS = 40
# Words that open a clause before a connector with no party of its own (随后与B签署).
LEAD_IN_RE = re.compile(
    r"(?:随后|此后|之后|接着|同时|此外|另外|其中|会上|现场|还|又|也|并|再|先后|期间|其间|当天|当日|"
    r"活动中|仪式上|考察中)$"
)
# The agent marker opening a clause (由A与B签署的协议): the modifier's own parties follow.
AGENT = "由"
# What opens a clause that names a signed document to act on it (为落实A与B签署的协议, 根据…签订
# 的协议): the document is recalled, the sentence's date is not its signing's.
RECALLING_OPENER_RE = re.compile(r"\s*(?:为|按照|根据|依据|依照|落实|围绕|对照|结合|贯彻)")
# Words that make a signed document named as a modifier the signing being reported, not one
# recalled (此次与某区签订的合作协议，…; 今天A与B签署的协议标志着…): the page's own event.
# The word opens the clause (本次推进会回顾了A与B签订的协议 recalls one).
CURRENT_SIGNING_RE = re.compile(r"\s*(?:此次|本次|这次|今天|今日|当天|当日)")
# A document signed at the page's own event (按照在此次合作周上签署的《…》): the signing reported.
AT_THIS_EVENT_RE = re.compile(
    r"(?:在|于)(?:此次|本次|这次|本届|此届)[\u4e00-\u9fff“”\"]{1,16}?(?:上|期间|中|现场)"
    r"(?:正式|共同)?$")
@dataclass(frozen=True)
class ModifierRule:
    """A row of rules/signing.toml `modifier_signing`: is an undated signed document named as
    its sentence's subject (A与B签署的协议…) the page's signing (`reported`) or a recalled one?"""

    verdict: str  # reported | recalled
    look: str  # after | paragraph | headline
    clauses: int  # for look = "after": how many clauses after the document
    regex: re.Pattern[str]


def _modifier_rule(rule: dict) -> ModifierRule:
    if rule["verdict"] not in ("reported", "recalled") or \
            rule["look"] not in ("after", "paragraph", "headline"):
        raise ValueError(f"signing.toml: modifier_signing row {rule!r}")
    return ModifierRule(rule["verdict"], rule["look"], rule.get("clauses", 1),
                        re.compile(alt(rule["words"])))


# The rows, in file order (the first that holds decides; none: recalled).
MODIFIER_SIGNING: tuple[ModifierRule, ...] = tuple(
    _modifier_rule(r) for r in _R["modifier_signing"])
# The scene words a subject modifier's sentence may open with (会上，A与B签署的协议…), each a
# clause of its own or right before the parties, after a speech's first clause (某某表示，).
MODIFIER_SCENE_RE = re.compile(
    rf"(?:[^，,。；;：:]{{0,30}}?{alt(_R['modifier_scene']['speech'])}[：:，,])?"
    rf"(?:\s*(?:{alt(_R['modifier_scene']['openers'])})[，,]?)*\s*")
# What may stand between the parties of a subject modifier and its verb: joiners, adverbs (as
# words) and a short time or place (A与B在长沙共同签署的协议, A、B及C于近日签订的); not another
# verb of theirs (A与B在长沙召开座谈会时签署的).
MODIFIER_GAP_RE = re.compile(
    rf"(?:[与和同跟、及了 \u3000]|以及|携手|会同|{alt(ADVERBS)}|在[{HAN}]{{1,7}}|于|近日|日前)*")
# A word of the present event between a subject modifier's parties and its verb (A与B此次签署的
# 协议, A与B今天签订的): the page's own signing, whatever follows.
MODIFIER_NOW_RE = re.compile(r"此次|本次|这次|今天|今日|当天|当日")

# A body pointed back to (该院与B签订): its word -> the heads of the names it may point to.
POINTED_BODIES: dict[str, tuple[str, ...]] = {
    w: tuple(heads) for w, heads in _R["pointed_bodies"].items()}
# How far back (characters, within the paragraph) the pointed body is looked for.
POINTED_BODY_REACH = 400
# What an opening clause holding only a date may have besides it (5月8日上午，).
OPENING_DATE_FILLER = " \u3000，,、上午下午晚间"
# Words that point back to the parties of the previous signing (双方又签署补充协议).
# 此次签约 / 本次签署: the signing of the pair just named.
PAIR_WORDS_RE = re.compile(
    r"双方|两地|院省|省院|三方|四方|两家|两所|两校|两单位|(?:此次|本次|这次)\Z")
# A group of two named by its count alone (两家单位签署, 两所高校签订), none of its members named
# with it: the pair named before, like 双方.
PAIR_GROUP_RE = re.compile(r"(?:两家|两所|两个|两校)")
# How many sentences before a 双方 sentence may name its pair (speeches come between), and the
# words that may look that far (此次签约 looks at the sentence before only).
SENTENCES_BACK_TO_PAIR = 4
FAR_PAIR_WORDS = frozenset({"双方", "两家", "两所", "两校", "两单位", "两地", "三方", "四方",
                            "院省", "省院"})
# Of those, the words that say the pair is two (双方): two organisations named before are it.
TWO_WORDS = frozenset({"双方", "两地", "两家", "两所", "两校", "两单位", "院省", "省院"})
# A person leading a body's delegation (某某率|湖南省科协|代表团到…): the body visits.
DELEGATION_LEAD_RE = re.compile(r"(?:率领|带领|率)\Z")
DELEGATION_RE = re.compile(r"(?:代表团|考察团|调研组|调研团|工作组|一行)")
# A visit's destination right after (到/赴/走进 B): the visited signs with the visitor.
VISIT_RE = re.compile(r"(?:到访|来访|到|赴|前往|来到|走进|走访|拜访|深入)")
# What may stand between a visiting body and its visit verb inside the trigger's clause: its
# official's title and name, and 一行 (A主席某某一行前往B签署): A visits B and signs with it.
VISITOR_GAP_RE = re.compile(rf"[{HAN}]{{0,16}}")
# What may stand between a pair and its own ceremony (A与B|的战略合作|签约仪式): 的 and kinds.
OWN_CEREMONY_RE = re.compile(
    r"的(?:全面|战略|科技|创新|合作|框架|协议|会市|会地|校地|院地|院市|市校|厅市|深化|共建|产学研"
    r"|人才|科普|交流|书|备忘录|协定)*"
    # the pair's own document with its time before the verb (A与B的合作协议于今年3月正式签署)
    r"(?:(?<=[议书录定])(?:已经?|均|也)?(?:于|在)[^，,。；;的]{1,16}?(?:正式|顺利|成功)?)?"
)
# The pair's own representatives between it and the verb (A与B的代表签署, 的有关负责人共同签署).
REPRESENTATIVES_GAP_RE = re.compile(
    r"的(?:有关|主要)?(?:代表|负责人|负责同志|领导|主要领导)(?:们)?(?:共同|分别|正式|一同)?"
    r"(?:在[^，,。；]{0,20}上)?"
)
# What a party group may modify that signs instead of it (A、B两市…的多个项目…签约).
OTHER_SIGNERS_RE = re.compile(r"项目|企业|单位|机构|高校|院所|学校|园区|基地|公司|团队")
# People attending a ceremony (出席/参加/见证 …): the pair after it are others signing.
ATTENDING_RE = re.compile(r"出席|参加|见证|观摩|参与|列席")
# After an attending verb, words that start the attendees' own act (出席仪式并代表双方签约): what
# follows is no longer the object attended.
ATTENDEES_OWN_ACT_RE = re.compile(r"并|代表|后|随后|同时")
# How many parties a joint signing says it has (A、B、C三方签署).
PARTY_COUNTS: dict[str, int] = {"三": 3, "四": 4, "五": 5, "六": 6, "3": 3, "4": 4, "5": 5, "6": 6}
PARTY_COUNT_RE = re.compile(r"(?P<n>[三四五六3-6])方")
# The most reports with one counterpart compared for short forms of the other party's name.
SHORT_FORM_BUCKET = 40
# An epithet before a party's name (与革命老区瑞金市人民政府, 与国家级贫困县屏边县…).
EPITHET_RE = re.compile(
    rf"(?:[{HAN}]{{0,6}}?(?:革命老区|老区|贫困县|脱贫县|重点帮扶县|对口帮扶县|国家级|省级|全国首批|"
    r"首批|知名|著名|欠发达地区))+"
)
# A description before a counterpart's name, set off by a dash (与县级政府——某县人民政府签署):
# the name after it.
APPOSITION_LEAD_RE = re.compile(rf"[{HAN}]{{1,10}}?(?:——|—|－－)")
# An academician (after the academy's name) as a sentence's subject (中国工程院院士王某率团到…):
# the person signs (院士工作站 agreements), named as written.
ACADEMICIAN_SUBJECT_RE = re.compile(
    rf"[{HAN}]{{0,12}}?院士(?P<name>[{HAN}]{{2,3}}?)(?:率团|率队|带队|一行|到|赴|来到|前往|在|与|同)"
)
# An academician as an item of a counterpart list (与张某院士、某大学签署): the name before 院士.
ACADEMICIAN_ITEM_RE = re.compile(rf"(?P<name>[{HAN}]{{2,3}})院士(?=[、和及与签共分]|等|\Z)")
# How many short opening adverbial clauses (5月8日，会上，) may stand before a sentence's subject.
OPENING_ADVERBIALS = 2
# A purpose or circumstance opening a sentence (为深入贯彻…，进一步推动…，): its clauses, however
# long (up to PURPOSE_CLAUSE_CHARS), stand before the subject too (PURPOSE_CLAUSES more of them).
PURPOSE_OPENER_RE = re.compile(r"为|按照|根据|围绕|随着|在[^，,]{2,30}(?:之际|期间|背景下|之下)")
PURPOSE_CLAUSES = 3
PURPOSE_CLAUSE_CHARS = 60
# A place right after one of these is a venue (在都匀举行), not a party named before 双方.
VENUE_BEFORE = "在于"
# A prepositional phrase between a party and its connector (A|就人才培养等方面|与B签订): the
# phrase runs to the connector without a clause break.
PHRASE_AFTER_PARTY_RE = re.compile(
    r"(?:就|围绕|针对|按照|根据|结合|基于|通过|立足)[^，,。；;：:]{1,40}$"
)
# A count right after the trigger (签约30项合作项目, 签约项目36个): projects counted, no agreement.
COUNT_AFTER_RE = re.compile(
    r"(?:了)?(?:项目|合作项目)?(?:共|累计|总计)?[0-9０-９一二三四五六七八九十百千两多]+余?(?:项|个|份|家|批)"
)
# …unless it counts one document (签署一份战略合作协议, 签订1项科技合作协议): the agreement of the
# parties named. (More than one is a total, 达成14项战略合作协议, which no entry lists.)
COUNTED_DOCUMENTS_RE = re.compile(
    rf"(?:了)?[一1１](?:份|项|个)[^，,。；;、项目]{{0,12}}?{alt(_R['conclude_documents'])}")
# Words after the signing that make it an earlier one recalled (签署…以来, 签署…背景下).
RECALLED_AFTER_RE = re.compile(r"以来|背景下|年来")
# A clause "继…后" / "继…之后" around a dated signing (继2019年签署合作协议后，A与B再次签署):
# the earlier signing the sentence's new one follows; group-less, matched at the clause's start
# (继) and after the trigger up to the clause's end (…后).
RECALLED_JI_OPEN_RE = re.compile(r"继")
RECALLED_JI_CLOSE_RE = re.compile(r"[^，,；;。]*?后\s*$")
# Words that open a phrase after a party group (A与B本着…的原则, 就…的问题; 本著 as converted from
# Traditional script): a 的 after them does not make the group a modifier.
PHRASE_OPENER_RE = re.compile(
    r"本[着著]|秉持|秉承|坚持|遵循|立足|按照|根据|围绕|针对|结合|基于|通过|经过|就|以|在|为|于|对"
)
# What signs is no named party (12个项目签约, 项目集中签约): the words right before the trigger.
OTHERS_SIGN_RE = re.compile(
    r"(?:项目|[0-9０-９一二三四五六七八九十百两多]+[个项家份批])[”\"」』]?(?:集中|现场|成功)?\Z"
)
# What signs is projects, right after the trigger (签约项目涉及…, 签约的项目): no parties.
PROJECTS_AFTER_RE = re.compile(r"(?:的)?(?:项目|企业|单位)(?![^，,。；]{0,8}(?:协议|备忘录|合同))")
# People attending, presiding or hosting before the trigger (某某出席签约仪式, 主持签约仪式):
# the sentence reports them, not a signing whose parties the discourse may complete.
NOT_REPORTED_BEFORE_RE = re.compile(r"出席|参加|观摩|列席|主持|陪同|主办|承办|见证了")
# What signs, named right before a nominal signing (院士专家工作站签约仪式, 人才项目签约): others
# than the pair the discourse names.
OTHER_SIGNERS_BEFORE_RE = re.compile(
    r"(?:项目|企业|单位|机构|高校|院所|基地|工作站|服务站|团队|专家|人才|校友)[”\"」』]?"
    r"(?:集中|现场|成功|合作)?\Z"
)
# A scene a sentence opens with (开幕式上，/ 会上，/ 活动期间，): the event the story reports.
SCENE_LEAD_RE = re.compile(
    rf"\s*(?:[{HAN}]{{0,8}}(?:会上|式上|仪式上|活动中|活动上|会议期间|论坛期间|活动期间|现场)"
    r"|随后|当天|当日|同日)[，,]"
)
# A source line that may name the page's own body (来源：宁波市科学技术协会), by how it ends
# (the heads the context reads 我校/我会 from too); an outlet (新华网, 某某日报) does not.
PUBLISHER_BODY_END_RE = re.compile(rf"(?:{alt(SOURCE_BODY_HEADS)})\Z")
# How a sentence reported in running text ends (not a title, a caption or a list line).
REPORT_END = "。！!；;"
# The trigger used as a modifier or a time (签约事宜, 签约宣传片, 协议签署后, 签约以来): no report
# of a signing by itself.
NOMINAL_USE_AFTER_RE = re.compile(
    r"(?:的)?(?:事宜|事项|有关事项|情况|工作|宣传片|视频|准备|筹备|意向|后|之后|以后|前|之前|以来|时)"
)
# An intent or a talk right before the trigger (要推动签署, 就签署…进行磋商): no signing yet.
INTENT_BEFORE_RE = re.compile(
    r"(?:推动|推进|促成|争取|力争|尽快|加快|早日|希望|期待|筹备|准备|商讨|磋商|研究|讨论|洽谈|就|如何)\Z"
)
# An opening quote right before the trigger (“签约多、落地少”): a word quoted, not a report.
QUOTED_TRIGGER_RE = re.compile(r"[“\"「『‘]\Z")
# Marks of a pair in the trigger's own clause (甲联盟与乙联盟签署, 甲、乙签署): the sentence
# names its parties, under names the recogniser may not know; the discourse does not replace them.
OWN_PAIR_MARKS = "与和同跟、"
# A gap between two organisations that still joins a list, spoilt by stray punctuation (上海市,、
# 江苏省): a pair found after it is the tail of that list.
BROKEN_LIST_GAP_RE = re.compile(r"[ ,，]*、[ ,，]*|[,，]")
# Before organisations named together: they are not who signs (由A、B主办, 在A与B见证下, 会见A),
# they are places visited (赴A、B考察), or the counterparts of a pair whose other side is
# elsewhere (分别与A、B).
NOT_SIGNERS_BEFORE_RE = re.compile(
    r"(?:由|经|会见|陪同|邀请|见证|出席|在|[与和同跟于赴到至从向]|前往|来到|走进|走访|拜访|深入|考察|调研"
    r"|参观了?|考察了?|调研了?|走访了?)\Z"
)
# After them: they host, attend or witness (A、B联合主办, A与B的负责人出席).
NOT_SIGNERS_AFTER_RE = re.compile(
    r"(?:的|联合主办|共同主办|主办|承办|协办|指导|出席|见证|陪同|主持|参加|领导)"
)
# Verbs that restate a known pair's signing with its own date (协议签于2012年…, 续签).
RESTATING_VERBS: tuple[str, ...] = ("签于", "续签")
RENEWAL_VERB = "续签"
# A party committee (湖南大学党委): when its secretary signs, its institution is the party.
PARTY_COMMITTEE_END_RE = re.compile(r"(?:党委|党组|党工委)\Z")
# A person who signs for a body (甲代表省科协、乙代表市政府签署): the body follows.
REPRESENTS_RE = re.compile(r"代表(?!双方|两地|三方|甲方|乙方|团|处|们)")
# Heads of government and the body their title names, relative to the article (省长 → 省人民政府).
GOVERNMENT_HEADS: dict[str, str] = dict(_R["government_heads"])
GOVERNMENT_HEAD_RE = re.compile(alt(list(GOVERNMENT_HEADS)))
# A place written before a head's title (黔南州副州长): at most this many characters, read as
# place + 人民政府.
PLACE_BEFORE_TITLE = 8
# A connector right before a head's title (…院长甲与省长乙): the title stands alone, no place
# runs on before it.
TITLE_ALONE_AFTER = "与和同及跟、"
GOVERNMENT_BODY = "人民政府"
# The article's own party committee before a head's title (，市委副书记、市长): its level word
# alone after a break or a connector, then 委; the title stands alone, no place runs on before it.
# (looked for ending right before the title or at its first character: 市委|副书记, 市|委副书记)
OWN_COMMITTEE_RE = re.compile(rf"(?:(?<![{HAN}])|(?<=[{TITLE_ALONE_AFTER}]))[省市县区州]委\Z")
# A Han character (a place name may run on before a title).
HAN_RE = re.compile(rf"[{HAN}]")
# An item of a list of places whose short name is also a word (来宾, 和平): 2-6 Han characters
# before a list joiner or a count (三市, 11个).
LIST_ITEM_RE = re.compile(
    rf"[{HAN}]{{2,6}}?(?=[、和及]|等|[一二三四五六七八九十两\d]+[市地个家])"
)

# --- people between a body and its connector ----------------------------------------------------

# A chain of officials' titles (党组成员、副局长 / 董事会主席兼首席执行官).
_TITLES = alt(_R["person_titles"])
_TITLE_CHAIN = rf"{_TITLES}(?:[、兼]?{_TITLES})*"
# What may follow the name (张某某研究员, 王某某教授, 李某同志).
_POSTFIX = alt(_R["person_postfixes"])
# A person after a body, at the end of a stretch (…局党组成员、副局长董某): what to skip back over.
PERSON_TAIL_RE = re.compile(rf"{_TITLE_CHAIN}[{HAN}]{{2,3}}{_POSTFIX}?\Z")
# The titles of a person right after a body (…公司副总经理李某、…): name of 2 or 3 follows.
PERSON_TITLES_RE = re.compile(_TITLE_CHAIN)
# A title chain ending right before a person's name (…分院|院长|张三): where the body ends.
PERSON_TITLE_END_RE = re.compile(rf"{_TITLE_CHAIN}\Z")
# Two people signing for their sides (张三、李四代表双方签署, 张三与李四分别代表…).
PERSONS_REPRESENT_RE = re.compile(
    rf"(?P<a>[{HAN}]{{2,3}}) *[、和与及](?P<b>[{HAN}]{{2,3}}) *(?:分别|共同)?代表"
)
# Two people written name first, each with a title after it, signing (王某某院长与赵某某市长签署,
# 张某主席、李某市长代表双方签约): the body each was named with before, else the title's.
# (PERSONS_TITLED_AFTER_RE, below the title chain)
# Two officials signing, right before the trigger (中科院院长甲与省长乙签订, 院长甲、区长乙代表
# 双方签署, 甲，某州副州长乙分别在协议上签字): the titles name the bodies (a body may stand
# before the second title).
# (a venue may stand before 代表双方: 在市行政中心代表双方签署; they may attend and sign: 出席
# 仪式并签署)
_OFFICIALS_SIGN_TAIL = (r" *[，,]?(?:分别|共同|一同)?(?:在[^，,。；与和]{1,20}?)?"
                        r"(?:分别|共同|一同)?(?:出席[^，,。；]{0,8}?并)?(?:代表双方|代表两地|代表三方)?"
                        r"(?:在[^，,。；]{0,20}上)?(?:正式)?(?:进行了?)?\Z")
OFFICIALS_SIGN_RE = re.compile(
    rf"(?P<t1>{_TITLE_CHAIN})[{HAN}]{{2,3}}?{_POSTFIX}? *[与和、及同，,][{HAN}]{{0,20}}?"
    rf"(?P<t2>{_TITLE_CHAIN})[{HAN}]{{2,3}}{_POSTFIX}?{_OFFICIALS_SIGN_TAIL}"
)
# The same two officials written name first, their body and title in brackets after it (张某
# （市科协主席）和李某（陈仓区区长）分别代表双方签约): groups b1 and b2 the brackets' contents.
OFFICIALS_BRACKETED_RE = re.compile(
    rf"[{HAN}]{{2,3}}{_POSTFIX}? *[（(](?P<b1>[^（）()，,。；]{{2,30}})[）)] *[与和、及同，,] *"
    rf"[{HAN}]{{2,3}}{_POSTFIX}? *[（(](?P<b2>[^（）()，,。；]{{2,30}})[）)]{_OFFICIALS_SIGN_TAIL}"
)
PERSONS_TITLED_AFTER_RE = re.compile(
    rf"(?P<a>[{HAN}]{{2,3}}?)(?P<ta>{_TITLE_CHAIN}) *[与和、及同] *"
    rf"(?P<b>[{HAN}]{{2,3}}?)(?P<tb>{_TITLE_CHAIN}){_OFFICIALS_SIGN_TAIL}"
)
# A title and the joiner after it, which every PERSONS_TITLED_AFTER_RE match holds: a stretch
# without one holds no such pair (a search by the titles' first characters, in C; the pair's
# pattern opens with any Han character and is tried at every position).
TITLE_THEN_JOINER_RE = re.compile(rf"{_TITLES} *[与和、及同]")
# The word every PERSONS_REPRESENT_RE match ends with.
REPRESENT_WORD = "代表"
# 分别: each party of a list signs on its own with the counterpart(s).
EACH_RE = re.compile(r"分别|各自")
# The sentence counts the signatories as one side each (…签署协议，三方将…): one joint
# agreement of that many parties, not one per counterpart.
JOINT_COUNT_RE = re.compile(r"(?<!第)(?P<n>[三四五六])方")  # 第三方 is an outsider
# A count of all the sides written after the last of them (A、B与C等三方签署): C is no group.
JOINT_COUNT_TAIL_RE = re.compile(r"等(?P<n>[两三四五六])方$")
JOINT_COUNTS: dict[str, int] = {"三": 3, "四": 4, "五": 5, "六": 6}
# The n sides of one document signing it (代表三方签署, 四方共同签订, 三方协议): read over the
# signing's sentence and SIDES_SIGN_REACH - 1 sentences after it.
SIDES_SIGN_RE = re.compile(
    r"(?<!第)(?P<n>[三四五六])方(?:代表)?(?:共同|正式)?(?:签署|签订|签约|签字|合作协议|协议)")
SIDES_SIGN_REACH = 4
# A 的 between a party group and the trigger: the group modifies what signs (…的项目签约).
POSSESSIVE = "的"
# What joins dates written as one list (2012年12月、2015年6月和2018年3月).
DATE_LIST_JOINERS = frozenset({"", "、", "和", "及", "与", "，"})
# What may stand between a trigger and the document's title (签署了《…》, 签订新一轮《…》).
TITLE_LEAD_IN = " 了新一轮的第二三四轮份项"
# What may join document titles listed after one trigger (《X》和《Y》, 《X》《Y》).
TITLE_LIST_JOINERS = frozenset({"", "和", "及", "、", "与", "以及", "，"})
# Documents listed after one trigger without 《》 (签署战略合作协议和科普合作备忘录): the first
# one with its qualifiers, then each after a joiner, the list closing the trigger's clause; two
# documents are two entries (ANNOTATION.md). Not 暨 (…协议暨…协议 is one ceremony's document).
_TYPES = alt(_R["types"])
LISTED_TYPE_FIRST_RE = re.compile(rf"[^，。；;,《》和及与、]{{0,16}}?(?:{_TYPES})")
LISTED_TYPE_NEXT_RE = re.compile(
    rf"(?:以及|和|及|与|、)(?P<item>[^，。；;,《》和及与、]{{0,12}}?(?:{_TYPES}))")
# The perfective after a verb (签署了): the signing is reported, not discussed or planned.
PERFECTIVE = "了"
# What may join the parties named inside a title (《A B 合作协议》, 《A与B…》, 《A、B…》).
TITLE_JOINERS = " \u3000、与和暨同·・•—－"  # 《内蒙古·广东…协议》: places joined by a dot
# What joins two organisations named together (A与B, A会同B, A、B, A携手B, a headline's A+B).
PAIR_GAPS = frozenset({"与", "和", "同", "跟", "及", "、", "以及", "会同", "携手", "牵手", "联合",
                       "并与", "与会同", "+", "＋", " + ", " ＋ "})
# A character that ends a sentence: a sentence runs up to and with its end mark (a line break
# ends one too, outside it).
SENTENCE_END_CHAR = re.compile(r"[。！？!?；;\n]")
# A list of places followed by the body each of them signs with (江苏和陕西两省政府).
# A counted unit (两市, 三省, 四地, 两省市) and the body word (科协, 科技部门 …): the list before
# it is one collective noun whose items each have that body (湘潭、株洲两市科协).
_SHARED = _R["shared_after_places"]
SHARED_AFTER_RE = re.compile(
    rf"(?P<count>[{_SHARED['counts']}])(?:{alt(_SHARED['units'])})"
    rf"(?P<body>{alt(list(_SHARED['bodies']) + list(_SHARED['by_level']))})"
)
# How long such a count and body may be (三市科协, 两省市科技部门: read back from a connector).
SHARED_AFTER_MAX = 12
# A body word that names a different office by the place's level (科技部门: a province's
# 科学技术厅, a city's or county's 科学技术局): level -> the body's suffix.
SHARED_BODY_BY_LEVEL: dict[str, dict[str, str]] = _SHARED["by_level"]
# A dateline opening a sentence (本报讯（记者 某某）, 某网某地8月6日消息（通讯员 某某）): the
# subject is after it. Its marker stands right after a month-day or 本报/本网.
LEAD_DATELINE_RE = re.compile(
    r"[^，。；\n]{0,20}?(?:\d{1,2}月\d{1,2}日?|本报|本网|本台)(?:专电|电|讯|消息)\s*"
    r"(?:[（(][^（()）\n]{0,40}[)）])?\s*")
# After a group in a list of counterparts, the words that make the units after it the parties
# (及某集团旗下A、B、C等9家单位): the group itself signs nothing.
PARENT_OF_LIST_RE = re.compile(alt(_R["parent_of_list"]["words"]))
# A person alone opening a signing clause (签约仪式上，张某与B公司董事长李某签署): a name of 2
# or 3 characters right before the connector.
PERSON_OPENING_RE = re.compile(rf"(?P<name>[{HAN}]{{2,3}})[与和同]")
# Spaces a sentence may open with after the previous one's end mark (。 某市…).
SENTENCE_LEAD_SPACE = " \u3000\t"
# A clause that closes with its document and a 、 (…签署专项协议、与C签署…): the next connector
# opens a new clause of the same subject, not a list.
DOCUMENT_THEN_JOINER_RE = re.compile(
    rf"(?:{alt(_R['conclude_documents'] + ['合同', '协议书'])})》?[、]\Z")
# Before the verb, after a counted group that names all its members (等三家单位联合与X签署):
# each member is a party of the one document.
JOINTLY_RE = re.compile(alt(_R["jointly"]["words"]))
# A verb whose object is the organisation after it (共建X研究院, 成立X中心): no signatory.
OBJECT_VERB_RE = re.compile(r"(?:共建|共同建设|合作共建|建设|成立|设立|组建|筹建|揭牌)")
# After a year, the event it names (2021年第二批项目集中签约, 2018年某县科普活动月): the year of
# a month-day the same sentence writes without one.
NAMED_EVENT_AFTER_YEAR_RE = re.compile(
    rf"(?:度)?[{HAN}·（）()]{{0,16}}?(?:{alt(_R['events_named_with_year']['words'])})")
# A month and day as written, without a year (8月6日).
MONTH_DAY_TEXT_RE = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日")
# A date expression that writes its year (2017年, 去年, 2017-01-22), unlike 1月22日.
EXPLICIT_YEAR_RE = re.compile(r"年|\d{4}")
# How many days before publication the day a story reports may lie (a signing sentence without
# a date takes that day).
STORY_DAY_WINDOW = 21
# Nothing but name characters (what may stand between 共建 and the name it builds).
NAME_GAP_RE = re.compile(rf"[{HAN}“”\"]*")
# A window of days (3月7日至8日, 9月11—14日, 11月30日至12月2日): a visit or an event; a signing
# inside it is dated to the month, approx.
DATE_WINDOW_RE = re.compile(
    r"(?:(?:19|20)\d{2}\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日?\s*[至到—–~～\-－]+\s*"
    r"(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*日"
)
# What ends a clause that is nothing but a pair before another pair's verb (甲与乙，丙与丁分别签订;
# 甲与乙；丙与丁签署), and how long such a clause may be.
PAIR_CLAUSE_ENDS = "，,；;"
# A pair's clause in a list of signed projects may name what the pair builds (…集中签约：甲与乙
# 共建某研究院，丙与丁合作共建某中心): the project signed, right after the pair.
# A lead that only points to the list after it (…项目签约，其中：甲与乙…): the clause before it
# says what the list is.
LIST_POINTER_RE = re.compile(r"\s*(?:其中|包括|具体(?:如下|为|是)?|分别(?:是|为))\s*$")
PAIR_BUILDS_RE = re.compile(r"(?:合作共建|共同建设|共同组建|联合共建|共建)")
PAIR_CLAUSE_CHARS = 80
# A colon that opens a list (签约现场：甲与乙；丙与丁): its lead must speak of the signing.
LIST_COLONS = "：:"
# A trigger that ends its clause before the pairs that sign (举行了签约仪式：甲与乙；丙与丁。,
# 现场签约的有：…): what may stand between them, and the breaks that open and separate the pairs'
# clauses.
PAIRS_AFTER_LEAD_RE = re.compile(
    r"(?:的(?:项目|协议)?(?:有|是|包括)|(?:项目|协议)?(?:包括|如下)|仪式|活动)")
PAIRS_AFTER_BREAKS = "，,：:；;"
# A listed pair's clause may open with its number (1. / （2） / 三、) and close with the document
# the pair signed (甲与乙(的)战略合作协议): a line of a list of signed projects.
PAIR_ITEM_NUMBER_RE = re.compile(
    r"[\s\u3000]*(?:[0-9０-９]{1,2}[.．、)）]|[（(][0-9０-９一二三四五六七八九十]{1,2}[)）]"
    r"|[一二三四五六七八九十]{1,2}、)[\s\u3000]*")
PAIR_DOCUMENT_TAIL_RE = re.compile(
    r"的?[\u4e00-\u9fff“”\"《》]{0,20}?(?:协议书?|合同|备忘录)[》”\"]?[\s\u3000]*")

# --- the page-level backstop (agreements.py, _backstop_sides) -------------------------------------

_BACKSTOP = _R["backstop"]
# A clause whose bodies host, attend, witness, preside or speak: no sides of the signing.
NOT_SIDES_RE = re.compile(alt(_BACKSTOP["not_sides"]))
# How far back in its paragraph the sides of a signing may be named (sentences).
BACKSTOP_SENTENCES_BACK: int = _BACKSTOP["sentences_back"]
# The page's own body written as itself (我市, 我县, 我院, 我校, 本会 …): an own-form mention.
OWN_MENTION_RE = re.compile(r"[我本][省市县区州盟旗院校所会局厅委]")
# Words that open a clause going on with the subject of the one before (…考察，并与B签订): no
# party of its own before a pair mark.
CLAUSE_GOING_ON = "并且随后还又也"
# A mark that joins two parties of a clause (甲与乙, 甲、乙, 甲和乙, 甲同乙), not inside a word
# (参与, 共同, 同时, 和谐).
PAIR_MARK_RE = re.compile(r"(?<![参给])与|、|(?<![共协赞会一])同(?![时意志步期])"
                          r"|(?<![平温])和(?![谐平])|跟(?![进踪])")
