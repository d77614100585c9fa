"""Stage 2b: programmes, brands, platforms, pilots and events named in an article (pure; no I/O).

What counts (docs/ANNOTATION.md, Initiatives): a named programme, pilot designation, platform or
brand — CAST's national brands (科创中国 …), their provincial and city mirrors (科创中原, 才荟漯河),
projects (…工程, …计划), designations (…试点城市, 全国科普示范县, 国家自主创新示范区), platforms
(…科学城, …研究院 set up by the partners), recurring events (第二十五届…年会, …博览会) and programme
documents (《…工作要点》). What does not: organisations (联盟, 委员会), cooperation modes (会市合作,
揭榜挂帅), strategies and slogans, themes of one event, generic facility types (院士专家工作站,
科普教育基地), one-off meetings (座谈会, 推进会) and facilities merely planned.

A name is found from its shape, not from the punctuation around it: a head noun that decides its
kind (行动, 计划, 工程, 示范区, 科学城, 研究院, 大会 …) and the modifiers before it (a place, an
owner, a brand, a quoted part, a ·sub-brand, a bracketed host), back to the verb or particle that
introduces it. How, in order (each step claims its text so later steps do not read it twice):
  1. 《titles》: programme documents (《…工作要点》, 《…三年行动方案》, a named programme's
     《…工作实施方案》), and the named thing an agreement's title is about (not a letter of
     intent's: 《…合作意向书》 is claimed with nothing read in it);
  2. quoted phrases: a name with its own head word (“科普筑基惠民工程”), a quote joined to the
     head after it (“一市一品”产业技术发展大会), a quote named by a programme noun after it
     (“出彩漯河”行动, “…”系列活动), a CAST brand or mirror (“科创中国”, “智汇天府”), a ceremony
     named after what it launches (“…合作站签约暨揭牌仪式”), a quote after an edition number
     (第五届“甲—乙”…论坛, 第三期“…”座谈会), a title before its occasion (“某某之星——…交流会”),
     a quote defined as what a body built (“…”是某科协打造的…平台), and a headless item of a
     run of quotes beside an item named by its own head (依托“…专家库”“…共享平台”等资源);
  3. the lexicon: national brands and programmes, mirrors, national designations;
  4. edition-numbered events (第三十届兰洽会; from the second edition on, a series of
     matchmaking meetings too: 第十九届…对接会; two events under one 首届 joined by 和), issues of
     a series of talks (第八期…沙龙 → …沙龙), unquoted tours (院士专家柳州行活动) and brands
     named between a building verb and 品牌 (打造科技援藏品牌);
  5. 学会服务站 and 海智 bases reported as set up;
  6. unquoted names ending in a head word, each head with a class saying what its modifiers must
     show (see rules/initiatives.toml, [unquoted_heads] and [unquoted_classes]); a 科技小院 named
     by its place and product is that station, a named society's 服务站 is its own. A facility
     is set up, unveiled or awarded (共建, 揭牌, …获批/入选); a verb the partners build a list
     with builds each item (共建甲研究院、乙研究院). The name starts after the word that
     introduces it: a verb or adverb (充分利用, 适当增加; 促进 and 利用 only before a place or
     an owner), never inside a word (高等, 可持续), nor after a verb glued to its head (人才引进
     计划, 成果对接大会).
A mention that names nothing held is dropped: an honour named after a programme (…活动优秀组织
单位), a platform among the areas of a cooperation (在…建设甲园区…等方面), the items of a list the
sentence sums up (…等一批合作平台, …等功能), a generic type at a named owner (某馆科普教育基地), a
quote that is a goal or a candidacy (对标“…”的目标, 作为“…”推荐对象), a headline's short form of
a name the body writes in full, an organisation's short name (某中心（以下简称“某中心”）), a
generic type's rounds (“科普大篷车进校园”), an academician's station named after the academician,
a column, an account or an app (“…”专栏, 公众号“…”), a brand's prefix and a kind (“科创飞地”), a
mechanism named by a slogan (“一对一”结对帮扶机制), a group of people (“乡土人才”), a firm's unit
of generic words (某某有限公司成果转化中心), a sector's production zone (甲县现代农业综合示范区).
Names are normalised (quotes dropped, NFKC, no year or batch in front, nor a place's year or batch:
甲市2023年度乙工程 → 乙工程, 丙市2023年科技活动周 → 丙市科技活动周, aliases followed) and merged
per article; families come from the lexicon, a mirror's prefix, keywords of the name, else of its
clause; regions from the name, the sentence (pilots) or the article (InitiativeContext).

Words live in etl/vocabulary/rules/initiatives.toml; etl/vocabulary/initiatives.py compiles them
into named token groups.
"""

from __future__ import annotations

import itertools
import logging
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from etl.extraction import gazetteer
from etl.extraction.dates import find_dates, parse_iso
from etl.records import Initiative, built
from etl.vocabulary import initiatives as pat
from etl.vocabulary.numerals import cn_number

LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True)
class InitiativeContext:
    """What the article is about, for regions: its main province and prefecture (full names and
    adcodes). A CAST brand cited in a province's agreement belongs to that province."""

    province: str | None = None
    province_adcode: str | None = None
    city: str | None = None
    city_adcode: str | None = None


@dataclass(frozen=True)
class _Cand:
    """A mention before merging: the name as the gold writes it and where it was read."""

    name: str
    kind: str
    start: int
    end: int
    family: str | None = None  # fixed by the lexicon; None = from keywords
    region_word: str | None = None  # a region inside or dropped from the name (山西, 中原)
    place: str | None = None
    region_free: bool = False
    title: bool = False  # a programme document: its name is kept as written (years included)
    mentions: tuple[int, ...] = ()  # where every mention of it starts (set when merged)


def _cand_with(c: _Cand, **changes: object) -> _Cand:
    """replace(c, **changes) for the fields of _Cand, built without the frozen dataclass's
    __init__ (one object.__setattr__ per field: dataclasses.replace cost ~5x as much, for every
    programme of every page merged). The same fields and values (tests/test_shared_scans.py)."""
    return built(_Cand, **(c.__dict__ | changes))


@dataclass(frozen=True)
class _Left:
    """The words before a head, back to the word that introduces them."""

    start: int
    core: str
    verb: str  # the boundary word (a verb or particle), "" at punctuation
    owner: bool  # an organisation's name was cut off on the left (…人民政府大蒜产业研究院)
    dated: bool  # a year or edition stood in front (2023年海智论坛)


# The name keys below are pure functions of the name, cached: a crawl names the same programmes
# (科创中国, 海智计划 …) in article after article, and each candidate asks for them again.
@lru_cache(maxsize=16_384)
def _canon(name: str) -> str:
    """Name as the gold writes it: NFKC, quote marks dropped, spaces trimmed."""
    name = pat.QUOTE_MARKS_RE.sub("", unicodedata.normalize("NFKC", name))
    return pat.SPACES_RE.sub(" ", name).strip()


@lru_cache(maxsize=16_384)
def _key(name: str) -> str:
    """Matching key, as the scorer (tests/scoring.py) canonicalises names."""
    return pat.KEY_DROP_RE.sub("", _canon(name))


@lru_cache(maxsize=4)
def _reversed(text: str) -> str:
    """The text backwards (made once per text: the spans of its candidates are read in it)."""
    return text[::-1]


def _span(text: str, pos: int, ends: str) -> tuple[int, int]:
    """The sentence (or clause) around ``pos``, without its end mark (``ends``: the end marks)."""
    n = len(text)
    mark = pat.END_MARK_RES.get(ends)
    if mark is not None:  # the last mark before pos (the first in the reversed text) and the next
        back, ahead = mark.search(_reversed(text), n - pos), mark.search(text, pos)
        return (n - back.start() if back else 0), (ahead.start() if ahead else n)
    start, end = pos, pos
    while start > 0 and text[start - 1] not in ends:
        start -= 1
    while end < n and text[end] not in ends:
        end += 1
    return start, end


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


@cache
def _region_words() -> frozenset[str]:
    """Words that name a province or prefecture on their own (中原, 湖湘, 河南, 漯河)."""
    words = {w for w in pat.PROVINCE_WORDS if len(w) >= 2}
    for r in gazetteer.load_regions().values():
        if r.level in ("province", "prefecture"):
            words.update(w for w in (r.short_name, r.name) if len(w) >= 2)
    return frozenset(words)


@cache
def _place_chars() -> frozenset[str]:
    """The one-character boundary words that also occur inside place names (则 in 日喀则)."""
    chars = {w for w in pat.UNQUOTED["left_boundaries"] if len(w) == 1}
    names = "".join(r.name + r.short_name for r in gazetteer.load_regions().values())
    return frozenset(c for c in chars if c in names)


def _leading_region(s: str) -> str:
    """The region word a string starts with ("" when none), longest first."""
    for n in (5, 4, 3, 2):
        if s[:n] in _region_words():
            return s[:n]
    return ""


def _is_mirror(q: str) -> bool:
    """A provincial/city mirror of a CAST brand: 科创|科普|智汇|才荟 + a region or 2-char word
    (not a kind of thing: 科创飞地, 科普阵地)."""
    prefix = q[:2]
    return prefix in pat.MIRROR and (
        (len(q) == 4 and q[2:] not in pat.MIRROR_NOT_TAILS) or q[2:] in _region_words())


def _generic(core: str) -> bool:
    """True when the words before a head say nothing specific (科技示范, 城市创新, 产业)."""
    rest = pat.GENERIC_RE.sub("", pat.BARE_YEAR_RE.sub("", pat.YEAR_PREFIX_RE.sub("", core)))
    return len(rest) < 2


def _places(s: str) -> list[gazetteer.PlaceMention]:
    return gazetteer.find_places(s) if s else []


def _specific(core: str) -> bool:
    """A proper modifier among the words: a place, an owner, a region term, a host in brackets
    or a brand (重庆, 中国科学院, 粤港澳大湾区, （金乡）, 科创中国)."""
    return bool(pat.OWNER_RE.search(pat.LEVEL_WORD_RE.sub("", core))
                or pat.REGION_TERM_RE.search(core)
                or pat.BRACKET_RE.search(core) or pat.NATIONAL_RE.search(core)
                or _places(core))


def _unplaced(core: str) -> str:
    """The words without the place names in them (越秀区科技创新 → 科技创新)."""
    for p in reversed(_places(core)):
        core = core[:p.start] + core[p.end:]
    return core


def _strip_front(core: str, *, counts: bool = True) -> tuple[str, bool]:
    """A year, a batch or a count in front of a name is not part of it (2023年…, 首批…, 10场…);
    ``counts``: also counts (a quoted name may start with digits: “3341”项目工程)."""
    dated = False
    while True:
        m = (pat.YEAR_PREFIX_RE.match(core) or pat.BATCH_RE.match(core)
             or (counts and (pat.LEADING_COUNT_RE.match(core) or pat.COUNT_PREFIX_RE.match(core)))
             or pat.EDITION_BRACKET_RE.match(core))
        if not m or not m.end():
            return core, dated
        dated = dated or bool(pat.YEAR_PREFIX_RE.match(core))
        core = core[m.end():]


def _normalised(c: _Cand) -> _Cand:
    """Names as the gold writes them: no year or batch in front (titles keep theirs)."""
    if c.title:
        return c
    name, _ = _strip_front(c.name, counts=False)
    if ("年" in name[2:12] or "批" in name[2:12]) and (
            (places := _places(name[:8])) and places[0].start == 0
            and (rest := name[places[0].end:])
            and (pat.YEAR_PREFIX_RE.match(rest) or pat.BATCH_RE.match(rest))):
        name = (name[:places[0].end] if c.kind == "event" else "") + _strip_front(
            rest, counts=False)[0]  # 甲市2023年度乙工程, 丙市第三批丁行动: the place's year or
        # batch; the programme is 乙工程, 丁行动 (an event keeps its host: 戊市科技活动周)
    if c.kind != "event" and (edition := pat.ANY_EDITION_RE.match(name)):
        name = name[edition.end():]  # 第五届某某科技创新奖: an edition names an event only
    if (dash := pat.EVENT_DASH_RE.search(name)) and pat.EVENT_NAME_END_RE.search(
            name[:dash.start()]):
        name = name[:dash.start()]  # 第N届甲年会——乙对接会: the event
    for rx, canonical in pat.CANONICAL_NAMES:  # 海智计划工作基地（某大学） → 海智基地
        if rx.fullmatch(name):
            return replace(c, name=canonical)
    return replace(c, name=name) if name and name != c.name and len(name) >= 2 else c


# --- 1. titles --------------------------------------------------------------------------------


def _programme_doc(title: str) -> bool:
    """《…工作要点》, 《…行动计划》, an S&T outline (《…纲要》) are programme documents; a plan or a
    scheme (规划, 方案) is a document, not a programme (the programme it names is read from its
    words)."""
    bare = pat.TRAILING_BRACKET_RE.sub("", title)
    if "，" in title or not pat.TITLE_HEAD_RE.search(bare) or (
            pat.DOCUMENT_HEAD_RE.search(bare) and not pat.PROGRAMME_DOC_HEAD_RE.search(bare)):
        return False  # (an action plan, 《…三年行动方案》, plans the action it names)
    core = _strip_front(bare[:pat.TITLE_HEAD_RE.search(bare).start()])[0]
    if _generic(core) or core in pat.SHORT_CORE_NOT_NAMES:
        return False  # 《行动方案》, 《三年行动计划》: a document's kind, no programme named
    return not pat.OUTLINE_END_RE.search(bare) or bool(pat.OUTLINE_NEEDS_RE.search(title))


def _programme_scheme(title: str) -> bool:
    """《2024年“某某”工作实施方案》: the work scheme of a programme it names (a CAST brand, a
    lexicon programme, a quoted name that is no count) is that programme's document."""
    if not pat.PROGRAMME_SCHEME_HEAD_RE.search(title):
        return False
    if pat.NATIONAL_RE.search(title) or any(p["cue"] in title for _, p in pat.PROGRAMME_RES):
        return True
    quote = pat.QUOTE_RE.search(title)
    return bool(quote and not pat.NUMERIC_RE.match(_canon(quote.group(0))))


def _embedded(title: str) -> tuple[str, str] | None:
    """The named thing a title is about: 《…示范区增强协同创新能力建设框架协议》 → …示范区."""
    title = _canon(title)
    heads = [m for m in pat.COMPOUND_HEAD_RE.finditer(title)
             if pat.HEADS[m.group(0)] not in ("event",) and m.start() > 0
             and not pat.HEAD_CONTINUES_RE.match(title, m.end())]  # (科技园|区: no head)
    for h in reversed(heads):
        if not pat.DOC_TAIL_RE.match(title[h.end():]):
            continue
        left = _left_name(title, h.start(), quotes_end=False)
        if left is None or len(left.core) < 2 or _generic(left.core) or (
                left.core in pat.SHORT_CORE_NOT_NAMES):
            return None  # (《三年行动计划实施方案》: a period, no name)
        if _head_class(h.group(0)) == "facility" and not _specific(left.core):
            return None  # 《新一代智慧校园服务平台…协议》: a product, not a named platform
        if pat.CORE_FORBIDDEN_RE.search(left.core) and not pat.OWNER_RE.search(left.core):
            return None
        b = pat.BRACKET_RE.match(title, h.end())
        return left.core + title[h.start():b.end() if b else h.end()], pat.HEADS[h.group(0)]
    return None


def _titles(text: str, claimed: list[tuple[int, int]]) -> Iterable[_Cand]:
    """《…工作要点》 (a programme document) or 《…科技园创新发展合作协议》 (what it is about)."""
    for m in pat.TITLE_RE.finditer(text):
        title = m.group(1)
        if _programme_doc(title):
            yield _Cand(_canon(title), "other", m.start(), m.end(), title=True)
        elif _programme_scheme(title) and not pat.CITED_BEFORE_RE.search(
                text, max(0, m.start() - 2), m.start()):  # (claiming only its mark: the
            # programme is read too; 按照《…》的要求 cites it)
            yield _Cand(_canon(title), "other", m.start(), m.start() + 1, title=True)
        elif emb := _embedded(title):
            yield _Cand(emb[0], emb[1], m.start(), m.end())


# --- 2. quotes ---------------------------------------------------------------------------------


def _compound(q: str, tail: str, *, brand: bool, model: bool, numeric: bool,
              designated: bool = False) -> tuple[str, str, str | None, int] | None:
    """A quote joined to the head word after it: (name, kind, dropped region, chars used).
    ``designated``: the clause awards or lists it (认定, 入选, 名单): a brand's generic facility
    is then the brand's designation (“科创中国”创新基地认定名单)."""
    if tail.startswith(pat.APPOSITION_DASHES):
        return None  # “科创飞地”——甲（乙）科技创新基地: the name after the dash says what it is
    for m in pat.COMPOUND_HEAD_RE.finditer(tail):
        head, core, end = m.group(0), tail[:m.start()], m.end()
        if (head in pat.QUOTED["numeric_only_heads"] and (not numeric or m.start() > 0)) or (
                head in pat.QUOTED["not_direct_heads"] and m.start() == 0):
            continue  # “中国—亚欧博览会”平台: the quote used as a platform, not a new name
            # (“三区”人才 is a programme, “三创”优秀人才 are people: 人才 glued to the count)
        if pat.HEAD_CONTINUES_RE.match(tail, end):
            continue  # “一带一路”科技园区…: 科技园 is not the head of 科技园区
        if head in pat.QUOTED["numeric_only_heads"] and pat.LATER_HEAD_RE.match(tail, end):
            continue  # “515”人才引育工程: 人才 modifies the head after it
        b = pat.BRACKET_RE.match(tail, end)
        if head in pat.QUOTED["designation_heads"] and b and b.group(0)[1:-1] in \
                pat.DESIGNATION_SCOPES:
            end = b.end()  # 试点城市（园区）: its scope (not 试点城市（北片区）: a part of it)
        if core.count("（") + core.count("(") > core.count("）") + core.count(")"):
            return None  # “两中心一平台”（即甲中心…: an aside opened, not one name
        if (pat.NOT_HEAD_END_RE.search(tail[:end]) or core.endswith(("分", "等")) or len(core) > 14
                or "等" in pat.NOT_BOUNDARY_RE.sub("", core)
                or pat.COPULA_RE.search(core) or pat.LIST_JOINER_RE.search(core)
                or pat.CLAUSE_VERB_RE.search(core) or pat.ENUMERATION_RE.match(core)):
            return None  # a verb or a list between quote and head: not one name (…人才培养
            # 等有关专项: a list closed by 等)
            # (“甲”“乙”三项计划: the head counts the quotes, each a name of its own)
        region = _leading_region(core)
        batch = bool(core) and not _strip_front(core)[0]
        if brand and head in pat.QUOTED["region_dropping_heads"] and (
                not core or core == region or batch or _place_word(core)):
            # “科创中国”常州试点, “科创中国”首批试点城市: the brand's pilot programme
            tail_head = tail[m.start():end]
            if head not in pat.QUOTED["designation_heads"]:
                where = region or core
                tail_head = pat.QUOTED["pilot_zone_head" if where.endswith(
                    tuple(pat.QUOTED["zone_suffixes"])) else "pilot_city_head"]
            return q + tail_head, "pilot", region or core or None, end
        if head in pat.QUOTED["mode_heads"] and not brand:
            return None  # “一对一”结对帮扶机制: a way of working (a brand's is named: “科创
            # 中国”协同机制)
        if head in pat.QUOTED["designation_heads"]:
            if not brand:
                return None  # “会市合作”示范市: a model designates nothing
        elif pat.HEADS[head] == "action" and (core == region or len(core) < 4) and not (
                model or (numeric and len(q) < pat.QUOTED["numeric_whole_name"])
                or (_group_quote(q) and core and not region and not _place_word(core))):
            return None  # “科创八桂”柳州行动 is the brand 科创八桂; “双特联盟”行动 is 双特联盟
        if model and not core:
            return None  # “会市合作”大会: the model, not a named event
        if brand and not core and (head in pat.QUOTED["brand_usage"] or (
                _head_class(head) == "facility"
                and not pat.SET_UP_AFTER_RE.match(_after_host(tail, end)))):
            return None  # “科创中国”平台: the brand itself; 海智计划基地: its bases in general
        if (brand and core and _generic(core) and not core[0].isdigit()
                and _head_class(head) == "facility" and not designated
                and not pat.SET_UP_AFTER_RE.match(_after_host(tail, end))):
            return None  # 海智计划工作基地: a generic facility (unless set up: …创新基地设立仪式)
        if (not brand and not q[0].isdigit() and core and _generic(core)
                and _head_class(head) == "facility" and not pat.HEAD_END_RE.search(q)):
            return None  # “一带一路”国际科技合作平台: a platform on the quote's topic, no name
            # (“甲人才计划”企业专家工作站 is the programme's station: the quote has its head;
            # “1+4+N”高端创新平台体系 is named by its code)
        return q + tail[:end], pat.HEADS[head], None, end
    return None


def _quoted(text: str, claimed: list[tuple[int, int]]) -> Iterable[_Cand]:
    """Programmes among the quoted phrases (see the module docstring, step 2)."""
    quotes = [(m.start(), m.end(), next(g for g in m.groups() if g is not None))
              for m in pat.QUOTE_RE.finditer(text) if not _inside(m.start(), m.end(), claimed)]
    i = 0
    while i < len(quotes):
        # the run of quotes (“A”“B”等活动): its last quote's tail counts for every item
        j = i
        while j + 1 < len(quotes) and pat.QUOTE_JOIN_RE.match(text[quotes[j][1]:quotes[j + 1][0]]):
            j += 1
        run_tail = pat.TAIL_RE.match(text, quotes[j][1]).group(0)
        found = [list(_classify_quote(text, qs, qe, raw,
                                      pat.TAIL_RE.match(text, qe).group(0) if k == j else "",
                                      run_tail))
                 for k, (qs, qe, raw) in enumerate(quotes[i:j + 1], start=i)]
        yield from itertools.chain.from_iterable(found)
        if j > i:
            yield from _siblings(quotes[i:j + 1], found)
        i = j + 1


def _siblings(run: list[tuple[int, int, str]], found: list[list[_Cand]]) -> Iterable[_Cand]:
    """Headless items of a run of quotes beside an item named by its own head word (依托“某某
    专家库”“某某共享平台”等资源): names of the same sort (see [quoted] sibling_len)."""
    named = [c for (_, _, raw), cands in zip(run, found, strict=True) for c in cands
             if c.name == _canon(raw) and _head_of(c.name) and c.name not in pat.NATIONAL]
    if not named:
        return
    lo, hi = pat.QUOTED["sibling_len"]
    for (qs, qe, raw), cands in zip(run, found, strict=True):
        q = _canon(raw)
        if cands or not lo <= len(q) <= hi or _head_of(q) or q in pat.MODES or _generic(q) or (
                pat.INNER_PUNCT_RE.search(q) or pat.NUMERIC_RE.match(q) or pat.MODEL_RE.match(q)
                or pat.TASK_START_RE.match(q) or pat.TASK_END_RE.search(q) or _is_mirror(q)
                or pat.PEOPLE_END_RE.search(q) or pat.SIBLING_NOT_RE.search(q)
                or _excluded_quote(q, "") or _generic_type(q)):
            continue  # (“…委员会”, “…座谈会”, “…发展”: a body, a meeting, a policy: no sibling)
        yield _Cand(q, named[0].kind, qs, qe)


def _ceremony_cut(q: str) -> str:
    """“首都科技条件平台京蒙合作站签约暨揭牌仪式” names the 合作站: cut the ceremony off (a
    meeting of a group of people, “青年科技人才座谈会”, launches nothing)."""
    if pat.HEAD_END_RE.search(q):
        return q
    for m in reversed(list(pat.COMPOUND_HEAD_RE.finditer(q))):
        if pat.CEREMONY_TAIL_RE.match(q[m.end():]) and not _group_quote(q[:m.end()]):
            return q[:m.end()]  # (not “青年科技人才座谈会”: a meeting of people)
    return q


def _classify_quote(text: str, qs: int, qe: int, raw: str, tail: str, run_tail: str
                    ) -> Iterable[_Cand]:
    """One quoted phrase: yield what it names (nothing for slogans, models, metaphors)."""
    inner = pat.QUOTE_RE.search(raw)
    q = _canon(raw)
    if inner and not pat.HEAD_END_RE.search(q) and not _named_from_outside(q, run_tail):
        # “‘科创中国’成渝同行 ‘双碳’…”为主题: the inner one (not “‘科创中国’某地行”, a tour,
        # nor “…‘4+3’产业链”行动: the outer quote is the name)
        i_end = qs + 1 + inner.end()
        yield from _classify_quote(text, qs + 1 + inner.start(), i_end,
                                   next(g for g in inner.groups() if g is not None),
                                   pat.TAIL_RE.match(text, i_end).group(0), "")
        return
    before = text[max(0, qs - 6):qs]
    example = bool(pat.EXAMPLE_BEFORE_RE.search(before))
    edition = bool(pat.EDITION_BEFORE_QUOTE_RE.search(text, max(0, qs - 8), qs))
    if pat.INNER_PUNCT_RE.search(q) and not example:
        return  # a sentence or a list of slogans (创新驱动、科教兴省、人才强省)
    if pat.MEDIA_AFTER_RE.match(run_tail) or pat.MEDIA_BEFORE_RE.search(before):
        return  # “科普之窗”专栏, 公众号“某某”: a column, a programme on air, an account
    if pat.LABEL_BEFORE_RE.search(before) and pat.LABEL_AFTER_RE.match(run_tail):
        return  # 把科普作为“一号工程”来抓: the rank a work is given, no programme
    title, _, subtitle = q.partition(pat.QUOTED["subtitle_dash"])
    q = _ceremony_cut(title)  # “科技资源通州行——北京城市副中心创新创业对接会”
    q = pat.DOT_RE.sub("·", q)  # 科创中国●嘉兴, 科创中国?嘉兴 (a lost dot)
    if q in pat.MODES or pat.TASK_START_RE.match(q) or (pat.PAIR_RE.match(q) and not edition):
        return  # 揭榜挂帅 (a mode); “建设科技创新产业合作基地” (a task); “科学家—教师” (a pair;
        # 第五届“甲—乙”…论坛 is a recurring event's name)
    model, numeric = bool(pat.MODEL_RE.match(q)), bool(pat.NUMERIC_RE.match(q))
    dot_brand = _dot_brand(q)
    brand = q in pat.NATIONAL or q == "智匯中国" or _is_mirror(q)
    head = pat.HEAD_END_RE.search(pat.TRAILING_BRACKET_RE.sub("", q))
    own = bool(head and not pat.NOT_HEAD_END_RE.search(q) and not pat.ENUMERATION_RE.match(q)
               and head.group(0) not in pat.QUOTED["compound_only_heads"]
               and not (_group_quote(q) and not numeric))
    # (“乡土人才”, “寻人才”: a group of people, or a verb and the people it is done to; “三区
    # 人才” is counted, a programme)
    if not own and (pat.SLOGAN_BEFORE_RE.search(before) or pat.SLOGAN_AFTER_RE.match(run_tail)
                    or pat.TYPE_LED_RE.match(q)):
        return  # (“科普大篷车进校园”活动: a generic type's rounds, ANNOTATION.md)
    if own and _head_class(head.group(0)) == "facility" and pat.ALIAS_BEFORE_QUOTE_RE.search(
            text, max(0, qs - 8), qs):
        return  # 某某中心（以下简称“某中心”）: an organisation's short name, no platform of its own
    if pat.GOAL_AFTER_RE.match(run_tail) or pat.CANDIDATE_AFTER_RE.match(run_tail):
        return  # 对标“一村一品一小院”的目标; 作为“甲乙科技小院”推荐对象: a goal, a candidate
    if dot_brand:  # “科创中国·嘉兴”试点: the brand's edition for a place, as written
        kind = "pilot" if tail.startswith("试点") else "brand"
        # (as a brand: its generic facility set up or awarded is its own, “科创中国·甲”创新基地揭牌)
        comp = None if kind == "pilot" else _compound(
            q, tail, brand=True, model=False, numeric=False,
            designated=_brand_designated(text, qs))
        if comp and _head_class(_head_of(comp[0])) == "facility":
            # “科创中国·温州”新材料创新基地: the place edition's platform, one name
            yield _Cand(_canon(comp[0]), comp[1], qs, qe + comp[3], family=dot_brand["family"],
                        region_word=q.split("·")[-1])
            return
        yield _Cand(q, kind, qs, qe, family=dot_brand["family"], region_word=q.split("·")[-1])
        return
    if (tour := pat.TOUR_AFTER_QUOTE_RE.match(tail)) and (
            (where := tour.group("where")) in pat.PROVINCE_WORDS
            or _leading_region(where) == where or gazetteer.region_by_name(where)) and (
            not own and not model and not pat.INNER_PUNCT_RE.search(q)):
        yield _Cand(_canon(q + tour.group(0)), "event", qs, qe + tour.end())
        if nat := pat.NATIONAL.get(q):  # (“科创中国”甲市行: the brand's tour, and the brand)
            yield _Cand(nat["name"], nat["kind"], qs, qe + tour.end(), family=nat["family"])
        return  # “某某英才”甲市行: the tour, named by who travels and where to
    noun = pat.PROGRAMME_NOUN_RE.match(run_tail)
    if noun and pat.HEAD_CONTINUES_RE.match(run_tail, noun.end()):
        noun = None  # “…”科技合作共同行动倡议: a call to act, a document
    if (not own and not brand and pat.THEME_JOIN_RE.search(q)
            and not (noun and noun.group("noun") in pat.QUOTED["theme_brand_nouns"])):
        return  # “我有一个科学家的梦·海洋强国梦”: the theme of one event
    # 上合组织及“一带一路”节点城市…论坛: a quote inside a longer name is not where it starts
    joined = (before[-1:] in pat.UNQUOTED["list_joiners"] and not brand
              and not pat.HEAD_END_RE.search(before[:-1]))  # (…项目工程和“365”…: a new item)
    designated = brand and _brand_designated(text, qs)
    comp = (_compound(q, tail, brand=brand, model=model, numeric=numeric, designated=designated)
            if tail and not joined else None)
    if comp:
        name, kind, region, used = comp
        start = qs
        if numeric and (left := _left_name(text, qs)) and 2 <= len(left.core) <= 8 and (
                pat.OWNER_RE.search(left.core) and not _places(left.core)):
            name, start = left.core + name, left.start  # 基层科协组织“3+1”试点: one name
        yield _Cand(_canon(name), kind, start, qe + used, region_word=region)
        if _bases_in_general(q, name):  # 共建“海智计划”工作基地: the programme and its bases
            nat = pat.NATIONAL[q]
            yield _Cand(nat["name"], nat["kind"], start, qe + used, family=nat["family"])
        if not own or _bare_head(tail[:used]) or (
                _group_quote(q) and tail[:used] != _head_of(tail[:used])
                and kind in ("project", "action")):
            return  # “绿扬金凤计划”企业专家工作站 names both; “率先行动”计划 only the 计划;
            # “领军人才”培养计划 only the programme (the quote names its people)
    if q in pat.NATIONAL or q == "智匯中国":
        if not comp and pat.BRAND_USAGE_RE.match(tail):
            nat = pat.NATIONAL.get(q, pat.NATIONAL["智汇中国"])
            yield _Cand(nat["name"], nat["kind"], qs, qe, family=nat["family"])
        return
    if not own and tail.startswith(pat.APPOSITION_DASHES) and pat.UNQ_HEAD_RE.search(tail):
        return  # “科创飞地”——甲科技创新基地: a label; the apposition is the name
    # an example of activities just counted (学术交流活动46场（其中包括“…”）) is of their family
    fam = _family_of(text[_span(text, qs, pat.CLAUSE_END_CHARS)[0]:qs]) if example else None
    if own and head:  # (sharing the compound's span: both survive _drop_nested)
        kind = pat.HEADS[head.group(0)]
        if noun and not noun.group("gap") and pat.PROGRAMME_NOUN_KIND.get(
                noun.group("noun")) == "brand":
            kind = "brand"  # 打造“某地学术沙龙”品牌: the page calls it a brand
        if (not brand and _head_class(head.group(0)) == "facility"
                and _generic(q[:head.start()])):
            return  # “产业技术创新服务中心”: generic words in quotes are still a kind
        if kind == "event" and run_tail.startswith(tuple(pat.QUOTED["event_used_as"])):
            return  # 依托“…博览会”平台: a fair used as a channel, not a programme
        if _excluded_quote(q, noun.group("noun") if noun else "") or _quoted_one_meeting(
                q, head.group(0), edition):
            return  # “科技创新联盟”品牌; “人工智能赋能制造业高峰论坛”: one meeting
        yield _Cand(q, kind, qs, qe + (comp[3] if comp else 0), family=fam)
        return
    if model or pat.ENUMERATION_RE.match(q) or _excluded_quote(
            q, noun.group("noun") if noun else ""):
        return  # (“中国制造2025”品牌, “乡村振兴战略”行动: a strategy, whatever noun follows)
    if example:
        yield _Cand(q, "event", qs, qe, family=fam)  # 科普活动126场（如“百年再出发，…”）
        return
    if pat.VERSIONED_RE.match(q) and not pat.SLOGAN_AFTER_RE.match(run_tail):
        yield _Cand(q, "action", qs, qe)  # 打造“科技支甲2.0”: a programme's new version
        return
    if len(q) >= pat.QUOTED["tour_min_len"] and pat.TOUR_RE.search(q):
        yield _Cand(pat.YEAR_PREFIX_RE.sub("", q), "event", qs, qe)
        return
    if edition and pat.SERIES_MEETING_RE.search(run_tail) and not (
            numeric or pat.PEOPLE_END_RE.search(q)):
        yield _Cand(q, "event", qs, qe)  # 第三期“某某学堂”人才座谈会: the series' name
        return  # (not 第三期“青年科学家”座谈会: a group of people)
    if subtitle and len(q) >= 3 and pat.SUBTITLE_OCCASION_RE.search(subtitle):
        yield _Cand(q, "brand", qs, qe)  # “某某之星——…总结交流会”: the programme it is of
        return
    if tail and (defined := pat.DEFINED_AFTER_RE.match(text, qe)) and not \
            pat.DEFINED_NOT_RE.search(defined.group("rest")):
        what = pat.DEFINED_KIND_RE.search(defined.group("rest"))  # “某某云”是某科协打造的科技
        yield _Cand(q, pat.QUOTED["defined_kinds"][what.group(0)] if what else "brand", qs, qe)
        return  # 服务平台: a named platform (not …推出的改革举措: a policy)
    if _is_mirror(q):
        kind = "action" if noun and "行动" in noun.group("noun") else "brand"
        yield _Cand(q, kind, qs, qe, family=pat.MIRROR[q[:2]], region_word=q[2:])
    elif (noun and len(q) >= (3 if not numeric else pat.QUOTED["numeric_whole_name"]
                              if "行动" in noun.group("noun") else 5)
          and not pat.LIST_JOINER_RE.search(noun.group("gap"))
          and not (noun.group("noun") == "项目" and len(q) >= pat.UNQUOTED["research_title_min"])):
        kind = pat.PROGRAMME_NOUN_KIND.get(noun.group("noun"), "action")
        yield _Cand(q, kind, qs, qe)  # (“A”与B合作项目: A is a party; a long title: research)
    elif _named_as_a_work(q, numeric, run_tail):
        yield _Cand(q, "action", qs, qe)  # 推进“科技入企”工作: a campaign named by its quote


def _group_quote(q: str) -> bool:
    """A quote naming a group of people by a head that also names a programme (“领军人才”,
    “高层次人才”): before more words and a programme head, it is that programme's modifier."""
    return q.endswith(tuple(pat.QUOTED["group_heads"]))


def _named_from_outside(q: str, run_tail: str) -> bool:
    """An outer quote named by its shape or by the noun after it: a tour (“‘甲’某地行”) or a
    quote a programme noun names (“…‘4+3’产业链”行动)."""
    return bool((len(q) >= pat.QUOTED["tour_min_len"] and pat.TOUR_RE.search(q))
                or pat.PROGRAMME_NOUN_RE.match(run_tail))


def _named_as_a_work(q: str, numeric: bool, run_tail: str) -> bool:
    """A headless quote named as a work (推进“科技入企”工作): a campaign. A count-led quote
    needs a few characters of its own (“三服务”工作 is a slogan)."""
    lo, hi = pat.QUOTED["carried_out_len"]
    if numeric:
        lo = max(lo, pat.QUOTED["numeric_whole_name"])
    return lo <= len(q) <= hi and bool(pat.CARRIED_OUT_AFTER_RE.match(run_tail))


def _head_of(name: str) -> str:
    """The head word a name ends with ("" when none)."""
    m = pat.HEAD_END_RE.search(pat.TRAILING_BRACKET_RE.sub("", name))
    return m.group(0) if m else ""


def _place_word(s: str) -> bool:
    """True when ``s`` is a place and nothing else (常州, 西咸新区, 两江新区)."""
    places = _places(s)
    if places and places[0].start == 0 and len(s) - places[-1].end <= 2:
        return True
    m = pat.REGION_TERM_RE.match(s)
    if m and len(s) - m.end() <= 2:
        return True
    return s.endswith(pat.ZONE_SUFFIXES) and len(s) <= pat.QUOTED["zone_name_max"]  # 两江新区


def _bare_head(s: str) -> bool:
    """True when ``s`` is a head word alone (计划, 试点城市（园区）), nothing before it."""
    return pat.TRAILING_BRACKET_RE.sub("", s) in pat.HEADS


def _dot_brand(q: str) -> dict | None:
    """The national brand of a brand·place name (科创中国·嘉兴), else None."""
    left, dot, right = q.partition("·")
    if dot and right and left in pat.NATIONAL and not pat.HEAD_END_RE.search(q):
        return pat.NATIONAL[left]
    return None


# --- 3. lexicon ---------------------------------------------------------------------------------


def _inside(start: int, end: int, claimed: list[tuple[int, int]]) -> bool:
    for s, e in claimed:  # (a loop, not any() over a generator: asked for every head)
        if s <= start and end <= e:
            return True
    return False


def _brand_designated(text: str, start: int) -> bool:
    """The clause of a brand starting at ``start`` awards or lists its facility (认定, 入选,
    获批) or the partners build it together (共建“科创中国”创新基地)."""
    return bool(pat.DESIGNATION_CUE_RE.search(text, *_span(text, start, pat.CLAUSE_END_CHARS))
                or pat.PARTNER_FOUNDING_BEFORE_RE.search(text, max(0, start - 6), start))


def _bases_in_general(brand: str, name: str) -> bool:
    """A programme (海智计划, named by any mention) and its bases in general (海智计划工作基地,
    written one way: [[canonical_name]]): both named (ANNOTATION: 海智计划 and its 工作基地)."""
    return bool(pat.NATIONAL.get(brand, {}).get("any_usage")) and any(
        rx.fullmatch(name) for rx, _ in pat.CANONICAL_NAMES)


def _lexicon(text: str, claimed: list[tuple[int, int]]) -> Iterable[_Cand]:
    """National brands, programmes, mirrors and designations written anywhere."""
    for m in pat.NATIONAL_RE.finditer(text):
        if _inside(m.start(), m.end(), claimed) or (m.start() > 0 and text[m.start() - 1] in \
                pat.OPEN_QUOTES):
            continue  # a quoted brand was judged with its quotes (step 2)
        nat = pat.NATIONAL.get(m.group(0), pat.NATIONAL["智汇中国"])
        tail = pat.TAIL_RE.match(text, m.end()).group(0)
        comp = _compound(nat["name"], tail, brand=True, model=False, numeric=False,
                         designated=_brand_designated(text, m.start())) if tail else None
        if comp:
            # 中国科协海智计划合作机构: a designation of the brand keeps its owner
            owner = pat.OWNER_BEFORE_RE.search(text[max(0, m.start() - 8):m.start()])
            designation = (pat.HEADS.get(_head_of(comp[0])) == "pilot"
                           and comp[0] != nat["name"] + pat.QUOTED["pilot_city_head"])
            name = (owner.group(0) if owner and designation else "") + comp[0]
            yield _Cand(_canon(name), comp[1], m.start(), m.end() + comp[3],
                        region_word=comp[2])
            if _bases_in_general(nat["name"], comp[0]):
                # 海智计划工作基地（甲大学）揭牌: the programme and its bases in general
                yield _Cand(nat["name"], nat["kind"], m.start(), m.end() + comp[3],
                            family=nat["family"])
        elif pat.BRAND_USAGE_RE.match(tail) or nat.get("any_usage"):
            yield _Cand(nat["name"], nat["kind"], m.start(), m.end(), family=nat["family"])
    for rx, prog in pat.PROGRAMME_RES:
        if prog["cue"] not in text:
            continue
        for m in rx.finditer(text):
            if not _inside(m.start(), m.end(), claimed):
                yield _Cand(prog.get("name") or _canon(m.group(0)), prog["kind"], m.start(),
                            m.end(), family=prog["family"],
                            region_free=prog.get("region_free", False))
    for m in pat.MIRROR_RE.finditer(text):
        word = _leading_region(text[m.end():m.end() + 5])
        if word and not _inside(m.start(), m.end(), claimed) and (m.group(0) + word) not in \
                pat.NATIONAL and not (m.start() > 0 and text[m.start() - 1] in pat.OPEN_QUOTES):
            # (a quoted mirror was judged with its quotes, step 2: 公众号“科普某地”)
            yield _Cand(m.group(0) + word, "brand", m.start(), m.end() + len(word),
                        family=pat.MIRROR[m.group(0)], region_word=word)
    yield from _designations(text, claimed)
    yield from _awarded_titles(text, claimed)


def _awarded_titles(text: str, claimed: list[tuple[int, int]]) -> Iterable[_Cand]:
    """A national title a place is awarded (该县入选第四批国家农业科技园区, 被命名为全国科技进步
    示范市): a pilot designation the place holds, named by the title (ANNOTATION.md: pilot
    designations). Only after an award verb: a title merely mentioned is left to the lexicon."""
    if not pat.AWARDED_CUE_RE.search(text):
        return
    for m in pat.AWARDED_TITLE_RE.finditer(text):
        s, e = m.span("name")
        if any(cs < e and s < ce for cs, ce in claimed):
            continue
        yield _Cand(m.group("name"), "pilot", s, e)


def _designations(text: str, claimed: list[tuple[int, int]]) -> Iterable[_Cand]:
    """国家自主创新示范区, 全国科普示范县 …: the place written before is the region; a short
    prefix of other words is part of the name (郑洛新国家自主创新示范区, 山东半岛…)."""
    for rx, des in pat.DESIGNATION_TITLE_RES:
        if des["cue"] not in text:
            continue
        for m in rx.finditer(text):
            if (_inside(m.start(), m.end(), claimed) or _planned(text, m.start())
                    or _among_types(text, m.start(), m.end())
                    or pat.DESIGNATION_SUBJECT_RE.match(text[m.end():m.end() + 10])
                    or pat.ZONE_BODY_AFTER_RE.match(text, m.end())):
                continue  # (…示范区管委会: the body that runs it, a party)
            name, start, region = m.group(0), m.start(), None
            left = _left_name(text, m.start())
            if left and left.core and not pat.PERIOD_BEFORE_RE.search(left.core):
                places = _places(left.core)
                if places and places[-1].end == len(left.core):
                    region = places[-1].surface  # 杨浦全国科普示范城区
                elif (len(left.core) <= 4 and not _generic(left.core)
                      and not pat.BAD_START_RE.match(left.core)
                      and not (places and _generic(left.core[places[-1].end:]))):
                    name, start = left.core + name, left.start  # (山东半岛…, 上海张江…: a
                    # place and the zone's own word name the zone)
            end = m.end()
            if s := pat.SCOPE_AFTER_RE.match(text[end:end + 8]):
                end += s.end()  # 全国科普示范县（市、区）
            yield _Cand(name, "pilot", start, end, family=des["family"], region_word=region)


# --- 4. edition-numbered events ----------------------------------------------------------------


def _editions(text: str, claimed: list[tuple[int, int]]) -> Iterable[_Cand]:
    """第二十五届福建省科协年会, 第三十届兰洽会, 第二届中日科学家高层对话: the edition number
    starts the name, an event head ends it (its sub-events cut: …年会主论坛 → …年会)."""
    for m in pat.ANY_EDITION_RE.finditer(text):
        if _inside(m.start(), m.end(), claimed) or (m.start() > 0 and text[m.start() - 1] in "（("):
            continue  # 2021年（第二十二届）…年会: the year leads, the edition is a remark
        if m.start() > 0 and text[m.start() - 1] == "暨" and pat.EVENT_NAME_END_RE.search(
                text, max(0, m.start() - 12), m.start() - 1):
            continue  # 甲博览会暨第十六届乙展销会: one occasion, named once
        k = m.end()
        while (k < len(text) and pat.NAME_CHAR_RE.match(text[k]) and not text[k].isdigit()
               and k - m.end() < 30):
            k += 1  # …博览会5月20日下午: a date ends the name
        window = text[m.end():k]
        stop = pat.EDITION_STOP_RE.search(window)
        if stop:
            window = window[:stop.start()]
        while (sub := pat.SUB_EVENT_RE.search(window)) and sub.start() > 0:
            window = window[:sub.start()]
        ends = all_ends = [h.end() for h in pat.EDITION_HEAD_RE.finditer(window)
                           if not pat.WORD_CONTINUES_RE.match(window, h.end())]
        # (首届甲哲学社会|科学…奖: 会 inside a word is no head)
        for i, h in enumerate(ends):  # …大会和…论坛: a joiner after a head ends this event
            if window[h:h + 1] in pat.UNQUOTED["edition_joiners"]:
                ends = ends[:i + 1]
                break
        if not ends or ends[-1] < 2:
            continue
        # a first edition names the event itself (首届甲论坛 → 甲论坛): no earlier one to tell
        # it from; later editions keep their number (第三届甲论坛); an issue of a series of
        # talks (第八期甲沙龙) is the series
        issue = bool(pat.ISSUE_RE.fullmatch(m.group(0)))
        first = bool(pat.FIRST_EDITION_RE.fullmatch(m.group(0)))
        name = ("" if first or issue else m.group(0)) + window[:ends[-1]]
        if issue and (not pat.ISSUE_HEAD_END_RE.search(name)
                      or len(name) < pat.UNQUOTED["min_core"] + 2):
            continue  # 第五期培训班, 第二期工程: a course, a phase
        if pat.CONGRESS_ANY_RE.search(name) or (
                pat.NOT_HEAD_END_RE.search(name)
                and (first or issue or not pat.SERIES_HEAD_END_RE.search(name))) or (
                pat.SOCIETY_MEETING_RE.search(name) and not pat.SYSTEM_OWNER_RE.search(name)):
            continue  # 第五届委员会第四次全体会议: a body meeting, not an event brand
            # (第十九届甲地项目对接会: a series of matchmaking meetings; 首届…对接会: one)
        if first and (len(window[:ends[-1]]) < pat.UNQUOTED["min_core"] + 2
                      or _generic(window[:ends[-1] - 2])):
            continue  # 首届大会: no name without its number
        yield _Cand(_canon(name), "event", m.end() if first or issue else m.start(),
                    m.end() + ends[-1])
        if first and window[ends[-1]:ends[-1] + 1] in pat.UNQUOTED["edition_coordinators"]:
            # 首届甲会议和乙会议: both first editions, each named without the number
            if second := _coordinated_event(window, ends[-1] + 1, all_ends):
                yield _Cand(_canon(window[second[0]:second[1]]), "event", m.end() + second[0],
                            m.end() + second[1])


def _coordinated_event(window: str, start: int, ends: list[int]) -> tuple[int, int] | None:
    """The second of two events coordinated under one 首届 (首届甲会议和乙会议 → 乙会议): from
    ``start`` to its last head before another joiner, when its words say something of their
    own; None otherwise."""
    mine = []
    for e in ends:
        if e <= start:
            continue
        mine.append(e)
        if window[e:e + 1] in pat.UNQUOTED["edition_joiners"]:
            break
    if not mine:
        return None
    name = window[start:mine[-1]]
    if (len(name) < pat.UNQUOTED["min_core"] + 2 or _generic(name[:-2])
            or pat.CONGRESS_ANY_RE.search(name) or pat.NOT_HEAD_END_RE.search(name)
            or (pat.SOCIETY_MEETING_RE.search(name) and not pat.SYSTEM_OWNER_RE.search(name))):
        return None
    return start, mine[-1]


def _tours(text: str, claimed: list[tuple[int, int]]) -> Iterable[_Cand]:
    """Unquoted tours: who travels + where to + 行, then an activity word or a break (院士专家
    柳州行活动, 科技资源通州行暨对接会). Where is a region word or a kind of place (企业, 园区);
    行 as a verb or a bank (进行, 该行) has no traveller before it."""
    for end in pat.TOUR_END_RE.finditer(text):  # (行 before an activity word or a break, then
        lo = max(0, end.start() - pat.TOUR_WINDOW)  # a traveller within a few characters)
        m = pat.TOUR_UNQUOTED_RE.search(text, lo, end.end())
        if m is None:
            continue
        where = m.group("where")
        if where.startswith(tuple(pat.UNQUOTED["tour_topics"])) and len(where) >= 4:
            where = where[2:]  # 院士专家|科普|校园行: what they bring, then where
        if _inside(m.start(), m.end(), claimed) or not (
                _tour_place(where) or any(_tour_place(where[:i]) and _tour_place(where[i:])
                                          for i in range(2, len(where) - 1))):
            continue  # (院士专家园区企业行, 科技专家乡村企业行: two kinds of place)
        owner = pat.TOUR_OWNER_BEFORE_RE.search(text, max(0, m.start() - 6), m.start())
        start = owner.start() if owner else m.start()  # 中国工程院|院士专家甲地行
        if not owner and (region := next((text[m.start() - n:m.start()] for n in (3, 2)
                                          if text[m.start() - n:m.start()] in _region_words()),
                                         "")):
            start -= len(region)  # 重庆|院士专家科普校园行: the organiser's place, its brand
        yield _Cand(_canon(text[start:m.end()]), "event", start, m.end())


def _tour_place(where: str) -> bool:
    """Where a tour goes: a kind of place (企业, 园区), a level (县（区）), a region word."""
    return bool(where in pat.UNQUOTED["tour_places"] or pat.TOUR_LEVELS_RE.match(where)
                or _leading_region(where) == where
                or where in pat.PROVINCE_WORDS or gazetteer.region_by_name(where)
                or _place_word(where))


def _brand_frames(text: str, claimed: list[tuple[int, int]]) -> Iterable[_Cand]:
    """A brand named between a verb that builds one and 品牌 (打造科技援疆品牌): the words
    between, when they say something of their own (not 打造科普服务品牌)."""
    if pat.BRAND_FRAME_CUE not in text:
        return
    for m in pat.BRAND_FRAME_RE.finditer(text):
        name = m.group("name")
        rest = pat.GENERIC_RE.sub("", name)
        if (_inside(m.start("name"), m.end("name"), claimed) or len(rest) < 2
                or pat.COPULA_RE.search(name) or _place_word(name)
                or _excluded_quote(name, "品牌")):
            continue  # (打造乡村振兴战略品牌, 打造众创空间品牌: a strategy, a facility kind)
        yield _Cand(name, "brand", m.start("name"), m.end("name"))


# --- 5. unquoted names --------------------------------------------------------------------------


def _left_name(text: str, head_start: int, *, quotes_end: bool = True) -> _Left | None:
    """The words before a head, back to a verb, particle or list separator."""
    lo, n = max(0, head_start - 40), len(text)  # (NAME_RUN_BEFORE_RE's start, by one search)
    stop = pat.NOT_NAME_CHAR_RE.search(_reversed(text), n - head_start, n - lo)
    j = n - stop.start() if stop is not None else lo
    seg = text[j:head_start]
    cut, verb, owner = 0, "", False
    if "暨" in seg and quotes_end and j > 0 and text[j - 1] in pat.CLOSE_QUOTES:
        cut = seg.rindex("暨") + 1  # “…”农业科技合作暨武夷山市乡村振兴示范县: after 暨
    closed = max(seg.rfind("）"), seg.rfind(")"))
    if closed >= 0 and seg.count("（") + seg.count("(") < seg.count("）") + seg.count(")"):
        cut = max(cut, closed + 1)  # 示范县（市、区）认真自查…: a bracket closed, not opened
    opened = max(seg.rfind("（"), seg.rfind("("))
    if opened > max(seg.rfind("）"), seg.rfind(")")):
        cut = opened + 1  # 学会服务站（专家工作站: a bracket opened before is not the name's
    if lead := pat.LEAD_VERB_RE.match(seg):
        cut, verb = max(cut, lead.end()), lead.group(0)  # 有世界海洋科技论坛
    masked = pat.NOT_BOUNDARY_RE.sub(lambda m: "＿" * len(m.group(0)), seg)
    for head_re, verb_re in pat.GLUED_NAME_VERBS:  # 人才引进|计划, 成果对接|大会: the name's
        if (head_re.match(text, head_start) and (glued := verb_re.search(masked))
                and glued.start() >= 2):
            masked = masked[:glued.start()] + "＿" * len(glued.group(0))
            break
    bounds = list(pat.LEFT_BOUNDARY_RE.finditer(masked))  # (共建共享 is no verb: masked)
    if bounds and bounds[-1].group(0) in _place_chars():  # no boundary in a place (日喀则, 即墨)
        for p in _places(seg):
            masked = masked[:p.start] + "＿" * (p.end - p.start) + masked[p.end:]
        bounds = list(pat.LEFT_BOUNDARY_RE.finditer(masked))
    for m in bounds:
        if m.end() > cut:
            cut, verb = m.end(), m.group(0)
    in_place: list[tuple[int, int]] | None = None
    for m in pat.LIST_JOINER_RE.finditer(seg):
        if m.end() > cut and in_place is None:
            in_place = [(p.start, p.end) for p in _places(seg)]
        if (in_place and any(s < m.end() and m.start() < e for s, e in in_place)) or (
                (gazetteer.region_by_name(seg[max(0, m.start() - 1):m.end()])
                 and not pat.GENERIC_END_RE.search(seg, 0, m.start()))
                or gazetteer.region_by_name(seg[m.start():m.end() + 1])):
            continue  # 福建平和蜜柚…, 和田…: 和 inside a place name joins nothing
            # (科技创新和…: 新和 after a generic word is no place, 和 joins)
        if m.end() > cut and (pat.ITEM_END_RE.search(seg[:m.start()]) or (
                m.group(0) != "与" and not pat.COORDINATED_END_RE.search(seg[:m.start()]))
                or (m.group(0) == "与" and any(e == m.start() for _, e in in_place or ()))):
            # (甲县与乙研究院…: a whole place before 与 is an item, a party)
            cut, verb = m.end(), ""  # …年会和中德青年科学家论坛 (not 老工业城市和资源型城市…)
    dash = seg.rfind("——")
    if dash >= 0 and dash + 2 > cut:
        cut, verb = dash + 2, ""
    for m in pat.ORG_END_RE.finditer(seg):
        if m.group(0) in pat.UNQUOTED["local_org_ends"] and not _placed_owner(seg[cut:m.start()]):
            continue  # 中国科协创新驱动示范市, 中国老科协…: a national owner is the name's
        if m.end() > cut and m.end() < len(seg) and (
                m.start() > cut or m.group(0) not in pat.UNQUOTED["org_ends_named"]):
            cut, verb, owner = m.end(), "", True  # …人民政府大蒜产业研究院
            # (公司 alone is "the company" of the sentence: 依托公司芯片…中心 is no owner cut)
    if "暨" in seg[cut:]:
        left, _, _right = seg[cut:].rpartition("暨")
        if pat.ITEM_END_RE.search(left) and not pat.EVENT_HEAD_END_RE.search(left):
            cut, verb = cut + len(left) + 1, ""
    if cut == 0 and quotes_end and j > 0 and text[j - 1] in pat.CLOSE_QUOTES:
        return None  # the name runs into a quote (上合组织及“一带一路”节点城市…论坛)
    if lead_verb := pat.CORE_LEAD_VERB_RE.match(seg[cut:]):
        cut, verb = cut + lead_verb.end(), lead_verb.group(0)  # 进一步提升|滨海—中关村科技园
    for lead_verb in pat.NAME_LEAD_VERB_RE.finditer(seg, cut):
        if _name_start(seg[lead_verb.end():]):  # 市科协联合|中关村科学城 (not 联合实验室…)
            cut, verb = lead_verb.end(), lead_verb.group(0)
    core, dated = _strip_front(seg[cut:])
    return _Left(j + len(seg) - len(core), core, verb, owner, dated)


def _placed_owner(before: str) -> bool:
    """Is `before` (the words before a 科协 or a bureau) a place's name, or a level word of the
    page's own (某市, 市, 省)?"""
    if before in pat.UNQUOTED["owner_level_words"]:
        return True
    return bool(before) and gazetteer.place_chain(before) is not None


def _launched(text: str, start: int, end: int) -> bool:
    """Does the clause launch or implement the programme at text[start:end], by a verb before
    it (实施甲乙行动) or after it (甲乙行动在某地启动, 甲乙行动启动仪式)?"""
    cs, ce = _span(text, start, pat.CLAUSE_END_CHARS)
    return bool(pat.LAUNCH_RE.search(text, cs, start)
                or pat.LAUNCH_RE.search(text, end, max(end, ce)))


def _short_programme(text: str, left: _Left, head: str, end: int) -> bool:
    """A programme named by two characters (火炬计划, 强基工程, 春苗行动): a launching verb right
    before it (实施, 启动) or, at its clause's start, after it (万人计划在某地启动); words that
    are no name (年度, 招生, 培养 …: see [unquoted] short_core_not_names) stay out."""
    return (head in pat.SHORT_PROGRAMME_HEADS and len(left.core) == 2
            and left.core not in pat.SHORT_CORE_NOT_NAMES
            and (left.verb in pat.LAUNCH_VERBS if left.verb else
                 left.start == _span(text, left.start, pat.CLAUSE_END_CHARS)[0]
                 or bool(pat.SHORT_LIST_BEFORE_RE.search(
                     text, max(0, left.start - pat.SHORT_LIST_REACH), left.start)))
            and _launched(text, left.start, end))


def _name_start(s: str) -> bool:
    """Words that start like a name: a place, an owner or a national brand (中关村…, 中国科协…)."""
    return bool(_leading_region(s) or pat.OWNER_RE.match(s) or pat.NATIONAL_RE.match(s)
                or pat.REGION_TERM_RE.match(s) or any(p.start == 0 for p in _places(s[:6])))


def _after_host(text: str, end: int) -> str:
    """The four characters said of a facility that ends at ``end``: after its bracketed host
    (…基地（甲大学）揭牌) or the place it is in (…基地在甲市揭牌), if one follows."""
    m = pat.HOST_BRACKET_RE.match(text, end)
    start = m.end() if m else end
    if text[start:start + 1] in pat.LOCATIVES and (
            places := _places(text[start + 1:start + 1 + pat.LOCATIVE_REACH])) and (
            places[0].start == 0):
        start += 1 + places[0].end  # …创新基地在甲市揭牌: where it is, then what is said of it
    return text[start:start + 4]


def _founded(text: str, left: _Left, end: int) -> bool:
    """A facility is set up or built: a founding verb before it in its clause or right after it,
    or a plaque in its clause (共建…研究院, …中心建设, 揭牌)."""
    cs, ce = _span(text, left.start, pat.CLAUSE_END_CHARS)
    return bool(pat.FOUNDING_RE.search(text, cs, left.start)
                or pat.FOUNDING_AFTER_RE.match(_after_host(text, end))
                or pat.FOUNDING_LATER_RE.search(text, end, ce)
                or pat.FOUNDING_PLAQUE_RE.search(text, cs, ce))


def _unquoted(text: str, claimed: list[tuple[int, int]]) -> Iterable[_Cand]:
    """Names ending in an unquoted head word: 第十届皖台科技论坛, 青年科学家托举工程, 南沙科学城,
    中国科学院重庆科学中心 (see [unquoted_classes] for what each head needs)."""
    for m in pat.UNQ_HEAD_RE.finditer(text):
        if _inside(m.start(), m.end(), claimed):
            continue
        head, end = m.group(0), m.end()
        if pat.PARTY_AFTER_RE.match(text[end:end + 12]) or (
                pat.UNQ_CLASS.get(head) in ("facility", "society_station")
                and not _facility_cue(text, m.start(), end)):
            continue  # (cheap tests first: most 中心, 基地 … of a page are bodies and buildings)
        left = _after_claimed(text, _left_name(text, m.start()), m.start(), claimed)
        if left is None or (left.start > 0 and text[left.start - 1] in "（("):
            continue  # 海智工作基地（三亚热带水产研究院）: the host in brackets is a remark
        b = pat.BRACKET_RE.match(text, end)
        if b and _places(b.group(0)):
            end = b.end()  # 中国农技协科技小院联盟（福建）, …基地（济南）
        if pat.NUMBER_BEFORE_RE.search(text, max(0, left.start - 2), left.start) and \
                left.core[:1].isdigit():
            continue  # 5.19科普活动周: a name does not start inside a number
        cand = _unquoted_name(text, left, head, m.start(), end)
        if cand and not _goal_or_candidate(text, left.start, end) and not _in_slogan_list(
                text, left.start, end):
            yield cand


def _in_slogan_list(text: str, start: int, end: int) -> bool:
    """A phrase inside a quote that holds a list or a sentence (“全流域行动、全地域覆盖…”): an
    item of a slogan the quoted step left, not a name of its own."""
    q = text.rfind("“", max(0, start - pat.QUOTE_REACH), start)
    if q < 0 or "”" in text[q:start]:
        return False
    close = text.find("”", end, end + pat.QUOTE_REACH)
    return (0 <= close - q <= pat.SLOGAN_LIST_MAX  # (not a quoted speech)
            and bool(pat.INNER_PUNCT_RE.search(text, q, close)))


def _goal_or_candidate(text: str, start: int, end: int) -> bool:
    """A whole quote that is a goal (对标“…”的目标) or a candidacy (作为“…”推荐对象): the quoted
    step left it; the head inside it is not a name either."""
    if start == 0 or text[start - 1] not in pat.OPEN_QUOTES or text[end:end + 1] not in \
            pat.CLOSE_QUOTES:
        return False
    after = text[end + 1:end + 8]
    return bool(pat.GOAL_AFTER_RE.match(after) or pat.CANDIDATE_AFTER_RE.match(after))


def _after_claimed(text: str, left: _Left | None, head_start: int,
                   claimed: list[tuple[int, int]]) -> _Left | None:
    """A name does not start inside another one found before it and joined to it
    (全国科技活动周暨北京科技周: the second name starts after the first and its joiner)."""
    if left is None:
        return None
    ends = [e for s, e in claimed if (s < left.start < e or left.start <= s < e) and e < head_start
            and text[e] in pat.UNQUOTED["claimed_joiners"]]
    if not ends:
        return left  # (…助力工程试点 holds the programme 创新驱动助力工程: one name)
    start = max(ends) + 1
    core, dated = _strip_front(text[start:head_start])
    return replace(left, start=head_start - len(core), core=core, verb="", owner=False,
                   dated=dated or left.dated)


def _facility_cue(text: str, head_start: int, end: int) -> bool:
    """Anything in the head's clause that could set a facility up or name its host (a founding
    word, a plaque, a bracket); without one, no facility name is looked for. (The clause's
    words and brackets as one search: asked for every 中心, 基地, 平台 … of a page.)"""
    cs, ce = _span(text, head_start, pat.CLAUSE_END_CHARS)
    return bool(pat.FACILITY_CLAUSE_CUE_RE.search(text, cs, ce)
                or pat.FOUNDING_LATER_RE.search(text, end, ce)
                or pat.FOUNDING_AFTER_RE.match(_after_host(text, end)))


def _among_types(text: str, start: int, end: int) -> bool:
    """全国科普示范县、科普教育基地、…创建: an item listed with generic types is a type."""
    return bool(pat.TYPE_NEIGHBOUR_AFTER_RE.match(text[end:end + 12])
                or pat.TYPE_NEIGHBOUR_BEFORE_RE.search(text[max(0, start - 12):start]))


def _head_class(head: str) -> str:
    """The class of a head word, or of the unquoted head it ends with (服务平台 → 平台)."""
    for n in range(len(head)):
        if head[n:] in pat.UNQ_CLASS:
            return pat.UNQ_CLASS[head[n:]]
    return "named"


def _with_parent(name: str, text: str) -> str:
    """沈阳分院…辽阳中心 in an article that names 中国科学院沈阳分院: the branch's parent leads."""
    if name.startswith(tuple(pat.PARENT_OWNERS)):
        return name
    lead = name[:4]
    for parent in pat.PARENT_OWNERS:
        if parent + lead in text:
            return parent + name
    return name


def _planned(text: str, start: int) -> bool:
    """支持…申报全国科普示范县: a designation supported or applied for is not held yet."""
    cs, _ = _span(text, start, pat.CLAUSE_END_CHARS)
    return bool(pat.PLANNED_RE.search(text, cs, start))


def _place_led(core: str) -> bool:
    """The words start with a place (甲市…)."""
    places = _places(core)
    return bool(places and places[0].start == 0)


def _facility_ok(text: str, left: _Left, span: str, end: int) -> bool:
    """A facility head (研究院, 中心, 基地 …) names an initiative when it is set up or built and
    either carries a proper name (中国科学院重庆科学中心) or says enough of its own
    (杂交构树产业扶贫基地); not a venue (位于…中心) and not a company (…驿站网络有限公司)."""
    core = left.core
    if len(core) < 2 or pat.VENUE_BEFORE_RE.search(text[max(0, left.start - 2):left.start]):
        return False
    if pat.COUNT_AFTER_RE.search(core) or (pat.COUNTED_BEFORE_RE.search(
            text, max(0, left.start - 8), left.start) and not _place_led(core)):
        return False  # 徐州两家基地, 甲市3个研究院, 认定的5个乙基地: facilities counted, not
        # one named (20个甲市院士工作站, awarded: the place's stations, left to the type rules)
    founding = left.verb in pat.UNQUOTED["founding_verbs"]
    hosted = bool(pat.BRACKET_RE.search(span) and _places(span[span.rfind("（") + 1:]))
    if not (founding or hosted or _founded(text, left, end)):
        return False  # (…离岸创新创业基地（济南）: a host in brackets names a standing one)
    own = pat.NATIONAL_RE.sub("", core)
    if own != core and _generic(own):
        return False  # 海智计划工作基地: a generic facility of the brand
    if _specific(pat.RELATIVE_PLACES_RE.sub("", span)) or left.owner:
        return True
    # an unnamed facility counts only when the partners build it together (共建甲乙产业扶贫基地),
    # not when one body builds a kind of base (投入资金建设小麦良种繁育基地)
    # (共建甲研究院、乙研究院: the verb before the list builds each item)
    partners = left.verb in pat.UNQUOTED["partner_founding_verbs"] or (
        not left.verb and text[left.start - 1:left.start] == "、"
        and bool(pat.PARTNER_LIST_RE.search(text, _span(text, left.start, pat.CLAUSE_END_CHARS)[0],
                                            left.start)))
    return partners and len(pat.GENERIC_RE.sub("", core)) >= 4


def _unquoted_name(text: str, left: _Left, head: str, head_start: int, end: int
                   ) -> _Cand | None:
    """Check the words before one head against its class; the candidate or None."""
    core, cls, kind = left.core, pat.UNQ_CLASS.get(head, "named"), pat.UNQ_HEADS[head]
    after = text[end:end + 12]
    span = text[left.start:end]
    if (pat.BAD_START_RE.match(core) or pat.BAD_CORE_END_RE.search(core)
            or pat.PARTY_AFTER_RE.match(after) or pat.CEREMONY_RE.search(text[left.start:end + 2])
            or (text[left.start - 1:left.start] in pat.UNQUOTED["party_joiners"]
                and after.startswith(tuple(pat.UNQUOTED["party_after_joined"])))
            or pat.CEREMONY_RE.search(text[left.start:end])
            or pat.NOT_HEAD_END_RE.search(span) or pat.CONGRESS_RE.search(span)
            or (pat.SOCIETY_MEETING_RE.search(span) and not pat.SYSTEM_OWNER_RE.search(span))
            or pat.COMPANY_AFTER_RE.match(text[end:end + 12])
            or pat.ATTRIBUTION_LINE_RE.match(text[_line_start(text, left.start):left.start])
            or pat.ENUMERATED_CORE_RE.search(core) or pat.ENUMERATION_RE.match(core)):
        return None  # (…十大行动计划: a count of generic things)
    if pat.MODEL_RE.match(core[:4]) and _generic(core[4:]):
        return None  # 院地合作长效平台: a cooperation mode and generic words
    name = core + text[head_start:end]
    if _generic_type(name):
        return None  # 院士专家工作站, 市级院士工作站: a type, not a name
    region = None
    self_named = next((w for w in pat.SELF_NAMED if name.endswith(w)), None)
    if (self_named or cls == "designation") and (count := pat.COUNT_AFTER_RE.search(core)):
        core = core[count.end():]  # 浙江60家科技小院, 江苏11个国家创新型城市: the type counted
        name = core + text[head_start:end]
    if self_named:
        if _planned(text, left.start) or _among_types(text, left.start, end):
            return None
        core = pat.LEVEL_RE.sub("", name[:-len(self_named)])
        if core and not pat.OWNER_RE.search(core) and not _instance(core):
            core = ""  # 市级科技小院, 福建省科技小院: the programme 科技小院
        elif core and not pat.OWNER_RE.search(core) and _in_roll(text, left.start):
            return None  # 入选名单如下：甲地乙品科技小院、…: a roll, not reported one by one
        name = core + self_named
    elif cls == "facility":
        if text.startswith(pat.OPEN_QUOTES_T, end):
            return None  # 甲研究院“院士工作站”揭牌: the body owns what the quote names
        if not _facility_ok(text, left, span, end) or (
                left.owner and name.endswith(tuple(pat.OWNED_TYPES))) or (
                left.owner and _generic(core) and text.endswith(pat.FIRM_BODIES, 0, left.start)):
            return None  # (甲有限公司乙院士工作站: a generic type at a body cut off before it;
            # 丙有限公司成果转化中心: a firm's unit of generic words)
        name = _with_parent(name, text)
    elif cls == "designation":
        places = _places(core)
        if places and places[0].start == 0:
            region = places[0].surface  # 自贡国家级老工业城市…示范区: the place is the region
            core = core[places[0].end:]
            name = core + text[head_start:end]
        if (len(core) < 2 or (_generic(core) and not pat.NATIONAL_TITLE_RE.match(core))
                or (head in pat.UNQUOTED["placed_zone_heads"] and not _zone_named(core, region))
                or _planned(text, left.start)
                or pat.DESIGNATION_SUBJECT_RE.match(text[end:end + 10])):
            return None  # (…示范县共建协议: the subject of an agreement, not a title held;
            # 临空经济示范区, 甲乙合作示范区: a kind of zone without its place, scope or code)
        kind = "pilot"
    elif cls == "society_station":
        if not pat.SOCIETY_RE.search(core) or len(core) < 4:
            return None  # 科技服务站: a kind of station; 中国某学会甲地服务站: a society's own
    elif cls == "programme_pilot":
        if not (pat.HEAD_END_RE.search(core) or any(w in core for w in pat.SELF_NAMED)) or (
                len(core) < 4):
            return None  # 试点 names a pilot only after a programme: …助力工程试点 (or a
            # programme named by itself, then what it does: 科技小院助力乡村振兴试点)
    else:
        shortest = (2 if left.dated or head in pat.SHORT_HEADS or core in pat.MIRROR
                    or _short_programme(text, left, head, end)
                    else pat.UNQUOTED["min_core"])  # 海智大会, 南湖科学城, 实施火炬计划
        if len(core) < shortest or _generic(core):
            return None
        if head in pat.LAUNCHED_HEADS and not _launched(text, left.start, end):
            return None  # 开展联合执法行动: an action taken, not a programme implemented
        if head in pat.ST_ZONE_HEADS and not pat.ST_WORD_RE.search(core):
            return None  # 甲地开放型经济试验区: a zone of economic policy, not of S&T
        if head in pat.REGION_ZONE_HEADS and pat.ZONE_INSIDE_AFTER_RE.match(text, end):
            return None  # 甲经济区开放合作试验区: the region names the zone in it
        if head in pat.REGION_ZONE_HEADS and (joined := pat.ZONE_JOINER_RE.search(core)):
            # 甲地双城经济圈与乙经济区: a region's name joins its places with a dash, not 与/和
            left = replace(left, start=left.start + joined.end(), core=core[joined.end():])
            core = left.core
            if len(core) < shortest or _generic(core):
                return None
        if kind == "event" and (inner := _programme_inside(core)):
            return _Cand(inner[0], inner[1], left.start, end)  # 强科技行动发展论坛 → 强科技行动
        bare = _strip_front(core)[0]  # (a year in front, then its scope: 2022年中国某某大会;
        # a year glued to it, 2022中国某某大会, dates a series as an edition does)
        if head in pat.PLACED_EVENTS and not (left.dated or _series_named(core, bare, head)):
            return None  # 青少年科技创新大赛: a kind of contest, not one contest
        if head in pat.UNQUOTED["government_meeting_heads"] and _generic(_unplaced(core)):
            return None  # 越秀区科技创新大会: a government's meeting, not a brand event
        if kind == "project" and (_generic(_unplaced(core))
                                  or (head == "工程" and pat.WORKS_END_RE.search(core))
                                  or pat.COUNTED_BEFORE_RE.search(text, max(0, left.start - 8),
                                                                  left.start)):
            return None  # 东营市重大工程, 东北重大水利工程: a place's works, not a programme;
            # 实施20项重点科技攻关计划: programmes counted
    if (cls != "facility" and not self_named
            and pat.CORE_FORBIDDEN_RE.search(pat.CORE_FORBIDDEN_EXCEPT_RE.sub("", core))):
        return None  # …大学现代工程与技术科学学院: a school, not a programme
    if cls in ("named", "programme_pilot") and not self_named:
        name = _drop_parent(core) + text[head_start:end]
        if kind == "event" and (hosts := _joint_hosts(core)):
            # 甲省暨乙市科技活动周: the event, held by two places (its region)
            name, region = core[hosts[0]:] + text[head_start:end], hosts[1]
    return _Cand(_canon(name), kind, left.start, end, region_word=region)


def _series_named(core: str, bare: str, head: str) -> bool:
    """The words before an event's head make it one series (placed events and conferences): a
    year glued to them, a place or owner, a session, a mirror brand, a pair of places, a scope
    (全国…大赛, 世界…大会); ``bare``: the words without a year or count in front."""
    return bool(pat.BARE_YEAR_RE.match(bare) or _specific(core) or pat.SESSION_RE.match(core)
                or bare.startswith(tuple(pat.MIRROR)) or pat.PLACE_PAIR_RE.match(bare)
                or (head in pat.NATIONAL_SCOPE_HEADS and pat.NATIONAL_SCOPE_RE.match(bare))
                or (head in pat.CONFERENCE_HEADS and pat.EVENT_SCOPE_RE.match(bare)))


def _quoted_one_meeting(q: str, head: str, edition: bool) -> bool:
    """A quoted conference on a topic (“人工智能赋能制造业高峰论坛”, “数字经济发展研讨会”): one
    meeting, as unquoted, when its words state a topic (a verb of it: 赋能, 发展, 培养 …). An
    edition before or in it, a year, an annual meeting (年会) or words that make it a series
    (see _series_named) name a recurring event; a quote named by its own word (“湘江科技创新
    大会”) too."""
    if head in pat.QUOTED_ONE_MEETING_HEADS and not edition and _generic(
            pat.SERIES_MEETING_WORD_RE.sub("", q[:-len(head)])):
        return True  # “座谈交流会”, “科技交流会”: a kind of meeting, nothing of its own
    if (head not in pat.QUOTED_MEETING_HEADS or edition or pat.ANY_EDITION_RE.search(q)
            or not pat.MEETING_TOPIC_RE.search(q, 0, len(q) - len(head))):
        return False
    bare, dated = _strip_front(q[:-len(head)])
    return not dated and not _series_named(q[:-len(head)], bare, head)


def _excluded_quote(q: str, noun: str) -> bool:
    """A quoted phrase that names no programme whatever noun follows it (…品牌, …行动): a
    strategy (“乡村振兴战略”, “数字中国”) or a generic facility kind (“众创空间”, “院士专家
    工作站”); an organisation (…联盟, …委员会) unless an action is run under its name
    (“双特联盟”行动 is a campaign)."""
    return bool(_generic_type(q) or pat.QUOTE_EXCLUDED_RE.search(q)
                or ("行动" not in noun and pat.QUOTE_ORGANISATION_RE.search(q)))


def _zone_named(core: str, region: str | None) -> bool:
    """A zone's words name one zone: a place (written first, the region, or inside), an owner
    or region term, a scope (国家, 全国, 国家级, 省级), a code (一线八点), or a pair of province
    abbreviations (川滇, 京津); 临空经济示范区 alone is a kind of zone."""
    return bool(region or _specific(core) or pat.NATIONAL_TITLE_RE.match(core)
                or pat.LEVEL_WORD_RE.match(core) or pat.NATIONAL_SCOPE_RE.match(core)
                or pat.NUMERIC_RE.match(core)
                or (len(core) >= 2 and core[0] in pat.PROVINCE_WORDS
                    and core[1] in pat.PROVINCE_WORDS))


def _instance(core: str) -> bool:
    """One station of a programme, named by its place and its product (福建漳州牡蛎 → 福建漳州牡蛎
    科技小院): a place, then words of its own that are no place and not generic."""
    places = _places(core)
    if not places or places[0].start > 0:
        return False
    rest = _unplaced(core)
    return len(rest) >= 2 and not _generic(rest) and not pat.BAD_CORE_END_RE.search(rest)


def _in_roll(text: str, start: int) -> bool:
    """A name inside a published roll (名单如下：A、B、C): the list follows a roll marker in its
    sentence."""
    ss, _ = _span(text, start, pat.SENTENCE_END_CHARS)
    return bool(pat.ROLL_MARKER_RE.search(text, ss, start))


def _programme_inside(core: str) -> tuple[str, str] | None:
    """A forum named after a programme (强科技行动发展论坛): the programme, when only generic
    words stand between it and the event head."""
    for m in pat.COMPOUND_HEAD_RE.finditer(core):
        kind = pat.HEADS[m.group(0)]
        if m.group(0) in pat.QUOTED["numeric_only_heads"]:
            continue  # 中国海外人才交流大会: 人才 heads a programme only after a count (“三区”人才)
        if (kind in ("action", "project") and len(core[:m.start()]) >= 2
                and (m.end() == len(core) or _generic(core[m.end():]))):
            return core[:m.end()], kind
    return None


def _drop_parent(core: str) -> str:
    """长春市南关区… → 南关区…: a district is named without its city; a district before a
    region term that starts the name is where it is (天津宝坻京津中关村… → 京津中关村…)."""
    while True:
        places = gazetteer.find_places(core)
        if not places or places[0].start != 0:
            return core
        first = places[0].end
        regions = gazetteer.load_regions()
        # (a district written in full, or a short one before a region term: 天津武清京津…;
        # 三亚崖州湾… reads 崖州 inside another word, not 崖州区)
        if not ((len(places) >= 2 and places[1].start == first
                 and all(regions[c].level == "county" for c in places[1].candidates)
                 and (any(regions[c].name == places[1].surface for c in places[1].candidates)
                      or pat.REGION_TERM_RE.match(core, places[1].end)))
                or (pat.REGION_TERM_RE.match(core, first)
                    and all(regions[c].level == "county" for c in places[0].candidates))):
            return core
        core = core[first:]


def _joint_hosts(core: str) -> tuple[int, str] | None:
    """Two hosts joined before an event's own words (甲省暨乙市|科技活动周, 甲省和乙市|…): the
    length of the hosts and the last one (its region); None when the words do not start so."""
    if not pat.HOST_JOIN_RE.search(core, 0, pat.HOSTS_REACH):
        return None  # (cheap test first: most events have no joiner in their first words)
    places = gazetteer.find_places(core[:pat.HOSTS_REACH])
    if len(places) < 2 or places[0].start != 0:
        return None
    for a, b in itertools.pairwise(places):
        if not pat.HOST_JOIN_RE.fullmatch(core[a.end:b.start]):
            return None
        if b.end < len(core) and not gazetteer.find_places(core[b.end:b.end + 4])[:1]:
            return b.end, b.surface
    return None


# --- 6. facilities -----------------------------------------------------------------------------


def _facilities(text: str, claimed: list[tuple[int, int]]) -> Iterable[_Cand]:
    """学会服务站, 海智基地 reported as set up: a count next to them, a plaque, a place or host
    written with them, or 设立以来/承办 after them. The generic name; the station is `place`."""
    for rx, fac in pat.FACILITY_RES:
        if fac["cue"] not in text:
            continue
        for m in rx.finditer(text):
            if _inside(m.start(), m.end(), claimed):
                continue
            before = text[max(0, m.start() - 12):m.start()]
            qual = pat.LEVEL_QUALIFIER_RE.search(before).group(0)
            qual_start = m.start() - len(qual)
            cs, ce = _span(text, m.start(), pat.CLAUSE_END_CHARS)
            left = _left_name(text, m.start())
            after = text[m.end():m.end() + 8]
            if pat.PARTY_AFTER_RE.match(after):
                continue  # …院士专家服务中心主任: the body, named for its head
            hosted = bool(left and left.core and _specific(left.core))
            counted = (pat.COUNT_BEFORE_RE.search(text[max(0, qual_start - 5):qual_start])
                       or pat.COUNT_AFTER_RE.match(text, m.end()))
            if not (counted or hosted or pat.PLAQUE_RE.search(text, cs, ce)
                    or pat.DONE_RE.search(text[max(0, qual_start - 4):qual_start])
                    or pat.DONE_AFTER_RE.match(after) or pat.FOUNDING_AFTER_RE.match(after)):
                continue
            name = fac.get("name") or (text[qual_start:m.end()] if fac["keep_qualifier"]
                                       else m.group(0))
            ps = left.start if left and left.core else m.start()
            yield _Cand(_canon(name), "platform", min(ps, qual_start), m.end(),
                        family=fac["family"],
                        place=_canon(text[ps:m.end()]) if ps < m.start() else None)


# --- families, regions, dates -----------------------------------------------------------------


def _family_of(words: str) -> str | None:
    """The first family (in precedence order) with a keyword in ``words``."""
    for fam, kws in pat.FAMILIES:
        if any(k in words for k in kws):
            return fam
    return None


def _family(c: _Cand, text: str) -> str:
    """Lexicon family, else the brand prefix, else keywords of the name, else of its clause."""
    if c.family:
        return c.family
    for rx, prog in pat.PROGRAMME_RES:
        if rx.fullmatch(c.name):
            return str(prog["family"])
    if c.name[:2] in pat.MIRROR:
        return pat.MIRROR[c.name[:2]]
    cs, ce = _span(text, c.start, pat.CLAUSE_END_CHARS)
    fam = _family_of(c.name) or _family_of(text[cs:c.start] + text[c.end:ce])
    if fam is None and c.kind in ("action", "brand", "project"):
        ss, se = _span(text, c.start, pat.SENTENCE_END_CHARS)  # 实施X行动，提升政治引领效能
        fam = _family_of(text[ss:c.start] + text[c.end:se])
    return fam or "科创"


def _region_of_word(word: str) -> tuple[str, str] | None:
    """A region word (中原, 漯河, 杨浦) as a full name and adcode; prefectures before counties."""
    word = pat.PROVINCE_WORDS.get(word, word)
    hits = gazetteer.region_by_name(word)
    for r in sorted(hits, key=lambda r: r.level == "county"):
        return (gazetteer.full_name_with_parent(r.adcode) if r.level == "county" else r.name,
                r.adcode)
    return None


def _region(c: _Cand, text: str, ctx: InitiativeContext | None) -> tuple[str | None, str | None]:
    """Region: a pilot's city, a mirror's province, a place in the name, else the article's."""
    if c.region_free:
        return None, None
    regions = gazetteer.load_regions()
    word_hit = _region_of_word(c.region_word) if c.region_word else None
    if word_hit and regions[word_hit[1]].level != "province":
        return word_hit  # “科创中国”常州试点: the city the name names
    if c.kind == "pilot":  # the one city of its sentence (原平经济开发区成功创建… → 忻州市)
        ss, se = _span(text, c.start, pat.SENTENCE_END_CHARS)
        found = gazetteer.resolve_places(gazetteer.find_places(text[ss:se]), text[ss:se])
        prefs = {pf.adcode: pf for p in found if (pf := gazetteer.prefecture_of(p.adcode))}
        if len(prefs) == 1:
            pf = next(iter(prefs.values()))
            return pf.name, pf.adcode
    if word_hit:  # 中原 → 河南省
        return word_hit
    places = gazetteer.resolve_places(gazetteer.find_places(c.name), c.name)
    if places:  # the most specific place, the last on a tie (沈阳分院…辽阳中心 is in 辽阳)
        p = max(reversed(places), key=lambda p: gazetteer.LEVELS.index(regions[p.adcode].level))
        return gazetteer.full_name_with_parent(p.adcode), p.adcode
    if ctx is None:
        return None, None
    return (ctx.city, ctx.city_adcode) if ctx.city else (ctx.province, ctx.province_adcode)


def _listed_places(text: str, c: _Cand) -> tuple[int, list[tuple[str, str]]] | None:
    """A designation or station given to a list of places in one sentence (为甲县、乙县和丙县
    颁授…牌匾): the sentence's start and the places, one entry each; None for fewer than two."""
    for start in c.mentions or (c.start,):
        ss, se = _span(text, start, pat.SENTENCE_END_CHARS)
        sentence = text[ss:se]
        if not pat.AWARD_RE.search(sentence):
            continue
        found = gazetteer.resolve_places(gazetteer.find_places(sentence), sentence)
        run: list[gazetteer.ResolvedPlace] = []
        best: list[gazetteer.ResolvedPlace] = []
        for p in found:
            if run and pat.PLACE_JOIN_RE.fullmatch(sentence[run[-1].end:p.start]):
                run.append(p)
            else:
                run = [p]
            best = max(best, run, key=len)
        if len(best) >= 2:
            return start, list(dict.fromkeys(
                (gazetteer.full_name_with_parent(p.adcode), p.adcode) for p in best))
    return None


def _designated(c: _Cand, text: str, published: str | None) -> str | None:
    """When a pilot was designated: a date before a designation verb in the same sentence."""
    if c.kind != "pilot":
        return None
    ss, _ = _span(text, c.start, pat.SENTENCE_END_CHARS)
    before = text[ss:c.start]
    verbs = list(pat.DESIGNATION_VERB_RE.finditer(before))
    if not verbs:
        return None
    dates = [d for d in find_dates(before[:verbs[-1].start()], parse_iso(published))
             if d.date and d.precision in ("day", "month", "year")]
    return dates[-1].date if dates else None


# --- what a mention is not ----------------------------------------------------------------------


def _honour_or_topic(text: str, c: _Cand) -> bool:
    """A mention that names no programme held: an honour named after it (全国科普日活动优秀组织
    单位), or a platform among the areas of a cooperation (双方将在培养人才、建设甲园区和乙基地等
    方面开展合作; 恳请在推动丙园区建设等方面给予支持): a topic, not a platform the page reports."""
    if pat.HONOUR_AFTER_RE.match(text, c.end):
        return True
    if not c.title and _summarised(text, c):
        return True
    if c.kind != "platform" or c.title or not pat.TOPIC_CLOSER_RE.search(
            text, c.end, c.end + pat.TOPIC_FRAME["reach"]):
        return False
    ss, se = _span(text, c.start, pat.SENTENCE_END_CHARS)
    opener = text.rfind(pat.TOPIC_FRAME["opener"], ss, c.start)
    if opener < 0:
        return False
    if opener + 1 == c.start and text[c.end:c.end + 1] not in pat.TOPIC_FRAME["list_marks"]:
        return False  # 在甲地科学城按照…共建…: where something happens, not an area
    closer = pat.TOPIC_CLOSER_RE.search(text, c.end, se)
    return bool(closer and not pat.TOPIC_BREAK_RE.search(text, opener, c.start))


def _summarised(text: str, c: _Cand) -> bool:
    """A platform in a 、-list that the sentence sums up (共建了甲研究院、乙研究院、丙研究院等一批
    合作平台): the record of a partnership, not a platform the page is about; any name in a list
    of functions or tasks (融合甲、乙、丙工程等功能): a task, not a programme."""
    if text[c.end:c.end + 1] != "、" and text[c.start - 1:c.start] != "、":
        return False
    cs, se = _span(text, c.start, pat.CLAUSE_END_CHARS)
    summary = pat.FUNCTION_SUMMARY_RE.search(text, c.end, se) or (
        pat.LIST_SUMMARY_RE.search(text, c.end, se) if c.kind == "platform" else None)
    if summary is None:
        return False
    # the items written, or the count the summary gives (甲、乙等4个研发机构: four)
    items = text.count("、", cs, summary.start()) + 1
    counted = cn_number(summary.group("count") or "") if "count" in summary.re.groupindex else None
    return max(items, counted or 0) >= pat.UNQUOTED["summary_min_items"]


@lru_cache(maxsize=16_384)
def _generic_type(name: str) -> bool:
    """A generic facility type, with its level or not (院士专家工作站, 市级院士工作站, 中试基地),
    or an academicians' or experts' station by its shape (院士专家企业工作站, 首家县级院士专家
    创新工作站): a kind of facility, never a name (ANNOTATION.md)."""
    return (pat.LEVEL_RE.sub("", name) in pat.FACILITY_TYPES or name in pat.FACILITY_TYPES
            or bool(pat.FACILITY_TYPE_SHAPE_RE.match(name)))


@lru_cache(maxsize=16_384)
def _type_at_owner(name: str) -> bool:
    """A generic facility type at a named owner (某某科学馆科普教育基地, 某公司等3家企业
    院士专家工作站, 甲乙建筑生产基地): still the type. An owner is a body (馆, 公司, 大学 …) or a
    count of them; a place or level before a type is left to the type list (成都市院士(专家)
    工作站), and a programme's station keeps its name (…计划企业专家工作站)."""
    for t in pat.OWNED_TYPES:
        if name.endswith(t) and len(name) > len(t):
            owner = name[:-len(t)]
            if pat.HEADS_INSIDE_RE.search(owner) or owner[:2] in pat.MIRROR:
                return False
            return bool(t in pat.ANY_OWNER_TYPES or pat.OWNER_BODY_RE.search(owner))
    if any(pat.FACILITY_TYPE_SHAPE_RE.match(name, b.end())  # 某某有限公司|院士专家企业工作站
           and not pat.HEADS_INSIDE_RE.search(name, 0, b.start())
           for b in pat.OWNER_BODY_RE.finditer(name)):
        return True
    firms = list(pat.FIRM_BODY_RE.finditer(name))
    firm = firms[-1] if firms else None  # (the last firm written: 某某有限公司|成果转化中心)
    return bool(firm and firm.start() > 0 and (rest := name[firm.end():]) and (
        _generic_type(rest) or (_head_class(head := _head_of(rest)) == "facility"
                                and _generic(rest[:-len(head)])))
        and not pat.HEADS_INSIDE_RE.search(name, 0, firm.start()))


def _placed_type(c: _Cand, text: str) -> bool:
    """A place (and a level) before a generic facility type, set up or unveiled (甲市院士专家
    工作站揭牌): still the type, as the real pages' gold has it (a station with words of its own,
    甲省某某重点实验室, is named). Awarded or approved as the place's title (为20个甲市院士
    (专家)工作站授牌, 获批建设乙省院士专家工作站) it is that designation."""
    places = _places(c.name)
    return bool(places and places[0].start == 0 and _generic_type(c.name[places[-1].end:])
        and not pat.DESIGNATION_CUE_RE.search(text, *_span(text, c.start, pat.CLAUSE_END_CHARS)))


@lru_cache(maxsize=16_384)
def _sector_zone(name: str) -> bool:
    """A zone or park of a sector and no S&T (甲地现代农业综合示范区, 乙县水土保持示范园区): a
    place's production zone, not a programme (see [unquoted] sector_words); a title of the
    State (全国…, 国家… but not 国家级, a level) is a designation still."""
    return (name.endswith(pat.SECTOR_ZONE_HEADS) and bool(pat.SECTOR_WORD_RE.search(name))
            and not pat.ST_WORD_RE.search(name) and not pat.NATIONAL_TITLE_RE.match(name)
            and not pat.NATIONAL_SCOPE_RE.match(name))  # (全国生态农业示范区: a national title)


def _named_after_its_academician(name: str, text: str) -> bool:
    """An academician's station named after the academician (甲市某某院士工作站, on a page that
    writes 某某院士): the generic type (ANNOTATION.md), only its staff named."""
    m = pat.ACADEMICIAN_TYPE_RE.search(name)
    if m is None:
        return False
    person = _unplaced(name[:m.start()])  # (written as 某某院士 outside the station's name too)
    return 2 <= len(person) <= 4 and not _generic(person) and (
        text.count(person + pat.ACADEMICIAN_TITLE) > text.count(person + m.group(0)))


def _modifies_another_head(c: _Cand, text: str) -> bool:
    """A name that only modifies the head after it (“一带一路”科技园区合作联盟, 甲基地合作模式,
    乙园区专家委员会): the phrase names an organisation or a mode, not the programme; a platform
    that hosts a brand's station (甲研究院“海智计划”工作站) is its host. A national brand and
    what it heads (科创中国…) stay: the brand is named whatever follows."""
    return bool(not c.title and not pat.NATIONAL_RE.match(c.name)
                and (pat.MODIFIED_HEAD_AFTER_RE.match(text, c.end)
                     or (c.kind == "platform" and pat.HOST_OF_BRAND_RE.match(text, c.end))))


def _visited_or_referred(c: _Cand, text: str) -> bool:
    """A platform or zone the page visits or refers to (参观了甲科学城, 参照乙园区的政策, 赴丙
    园区考察) or where something takes place (仪式在丁科技城举行): mentioned, not held, joined
    or launched by anyone the page reports on. An event used as a channel (依托甲博览会), unless
    it is a brand event of the association system (借力中国科协年会平台) or numbered as a
    recurring one (用好第三届乙大会). A designation visited is still held by its place."""
    if c.title or pat.NATIONAL_RE.match(c.name):
        return False
    # the verb before the name, or before the 、-list the name is an item of (参观了甲、乙和丙)
    lo = max(0, c.start - pat.LIST_REACH) if text[c.start - 1:c.start] in pat.LIST_MARKS else \
        max(0, c.start - 6)
    if c.kind == "event":
        return bool(pat.CHANNEL_BEFORE_RE.search(text, lo, c.start)
                    and not pat.SYSTEM_OWNER_RE.search(c.name) and not pat.EDITION_RE.match(c.name))
    return c.kind == "platform" and bool(
        pat.MENTION_BEFORE_RE.search(text, lo, c.start)
        or pat.MENTION_AFTER_RE.match(text, c.end)
        or (pat.VENUE_WORD_RE.search(text, max(0, c.start - 1), c.start)
            and pat.VENUE_VERB_AFTER_RE.match(text, c.end)))


def _goal_of_a_place(c: _Cand, text: str) -> bool:
    """A platform or zone a place aims at, not one the page reports: what it is to become
    (把甲市建设成为…示范区), what the partners contribute to (为建设…中心作出贡献, 为…中心建设
    提供支撑, 服务…中心建设), a mission (承担推进…示范区建设等重大使命)."""
    if c.title or c.kind not in ("platform", "pilot") or pat.NATIONAL_RE.match(c.name):
        return False
    before = text[max(0, c.start - pat.GOAL_FRAME["reach"]):c.start]
    lo = max(0, c.start - pat.GOAL_FRAME["reach_list"])  # (no clause mark: [HAN、]* up to it)
    if pat.GOAL_ASPIRED_RE.search(text, lo, c.start) or pat.GOAL_BECOME_RE.search(
            text, lo, c.start):
        return True  # (…建设成为甲示范区、乙先行区: every item of the list)
    after = text[c.end:c.end + pat.GOAL_FRAME["reach_after"]]
    if pat.GOAL_MISSION_RE.match(after):
        return True
    if pat.GOAL_BUILDING_RE.match(after) and pat.REGION_TERM_RE.sub(
            "", _unplaced(c.name)) in pat.GOAL_FRAME["positionings"]:
        return True  # 上海科创中心建设: a city's positioning, built by the city
    return bool((pat.GOAL_FOR_RE.search(before) and pat.GOAL_CONTRIBUTION_RE.match(after))
                or (pat.GOAL_SERVED_RE.search(before) and pat.GOAL_BUILDING_RE.match(after)))


# --- merging ------------------------------------------------------------------------------------


def _despammed(c: _Cand) -> _Cand | None:
    """A name on a spam mirror: an inserted spam word dropped (第二十包养六届… → 第二十六届…); a
    name whose part a spam word replaced (明升中国app院…) is dropped."""
    if pat.SPAM_SUBSTITUTED_RE.search(c.name):
        return None
    name = pat.SPAM_INSERTED_RE.sub("", c.name)
    return c if name == c.name else replace(c, name=name) if len(name) >= 2 else None


def _programme_named(c: _Cand, text: str) -> _Cand | None:
    """A head doubled (“英才计划”计划培养…: the second is a verb), and a programme's pilot work
    (“英才计划”试点工作): the programme."""
    if doubled := pat.DOUBLED_HEAD_RE.search(c.name):
        return replace(c, name=c.name[:doubled.end("head")])
    if c.name.endswith(pat.PILOT_WORD) and text.startswith(pat.PILOT_WORK, c.end):
        programme = c.name[:-len(pat.PILOT_WORD)]
        head = pat.HEAD_END_RE.search(programme)
        if head and pat.HEADS[head.group(0)] in ("project", "action"):
            return replace(c, name=programme, kind="project")
    return c


def _organisation(c: _Cand, text: str) -> bool:
    """A university's or academy's research institute (甲大学乙研究院, 中科院某研究院) or an
    institute named provisionally (…研究院（暂定名）) is an organisation, unless its sentence
    names the programme it is a platform of."""
    if pat.PROVISIONAL_RE.search(c.name):
        return True
    if c.title or not pat.ORG_INSTITUTE_RE.search(c.name):
        return False
    ss, se = _span(text, c.start, pat.SENTENCE_END_CHARS)
    rest = text[ss:c.start] + text[c.end:se]
    return not pat.PLATFORM_PROGRAMME_RE.search(rest)


@lru_cache(maxsize=16_384)
def _merge_key(name: str) -> str:
    """Variants of one name: without years, with a leading short place name made full."""
    k = _key(pat.TRAILING_BRACKET_RE.sub("", pat.YEAR_RE.sub("", name)))
    for short, full in pat.OWNER_EXPANSIONS.items():  # 中科院…园区 and 中国科学院…园区: one name
        if k.startswith(short):
            k = full + k[len(short):]
            break
    lead = _leading_region(k)
    if lead:
        regs = [r for r in gazetteer.region_by_name(lead) if r.level != "county"]
        if regs:
            k = regs[0].name + k[len(lead):]
    return k


def _aliased(cands: list[_Cand], text: str) -> list[_Cand]:
    """X（以下简称“Y”）: a programme the page goes on calling Y is Y (…培养计划 → 英才计划); an
    event keeps its full name, and Y in other names is written out (第二十九届兰洽会 →
    第二十九届中国兰州投资贸易洽谈会)."""
    for m in pat.ALIAS_RE.finditer(text):
        alias = _canon(m.group(1))
        full = next((c for c in cands if c.end == m.start()), None)
        if full is None or alias in pat.HEADS or alias in pat.UNQ_HEADS or _generic(alias):
            continue  # （以下简称“研究院”）: a word, not a name
        if pat.SPAM_SUBSTITUTED_RE.search(full.name):  # a name spam replaced a part of: its
            cands = [c for c in cands if c.name != alias and c is not full]  # short form too
            continue
        if full.kind != "event" and text.count(alias, m.end()) >= pat.UNQUOTED["alias_uses"]:
            cands = [replace(c, name=alias) if c.name == full.name else c for c in cands]
        else:
            written = pat.EDITION_RE.sub("", _strip_front(full.name)[0], count=1)
            cands = [replace(c, name=c.name.replace(alias, written))
                     if alias in c.name and c is not full else c for c in cands]
    return cands


def _merge(cands: list[_Cand], title_end: int) -> list[_Cand]:
    """One candidate per programme: body mentions beat the headline, the fuller name wins, and
    a name that ends another one of the article is that one (基层服务站 → 省级学会基层服务站)."""
    cands = _editions_written_in_full(cands)
    groups: dict[str, list[_Cand]] = {}
    for c in sorted(cands, key=lambda c: c.start):
        edition = pat.EDITION_RE.match(c.name) if c.kind == "event" else None
        # 第十一届科博会 and 第十一届中国(绵阳)科技城国际科技博览会: one edition, one event
        groups.setdefault(edition.group(0) if edition else _merge_key(c.name), []).append(c)
    out = []
    for key, group in groups.items():
        body = [c for c in group if c.start >= title_end or pat.EDITION_RE.match(key)] or group
        best = max(body, key=lambda c: len(c.name)) if len({c.name for c in body}) > 1 else body[0]
        first = min(body, key=lambda c: c.start)
        out.append(_cand_with(first, name=best.name, kind=best.kind,
                              region_word=best.region_word or first.region_word,
                              mentions=tuple(c.start for c in group)))
    loose = {id(c): _loose_key(c.name) for c in out}
    keys = set(loose.values())
    out = [c for c in out if not any(k != loose[id(c)] and k.endswith(loose[id(c)])
                                     and _key(c.name) not in pat.NATIONAL for k in keys)]
    return [c for c in out if not _headline_short_form(c, out, title_end)]


def _editions_written_in_full(cands: list[_Cand]) -> list[_Cand]:
    """An edition written with a short name (第二十二届科协年会) on a page that writes the event's
    full name (中国科协年会): the edition of that event (第二十二届中国科协年会)."""
    events = {c.name for c in cands if c.kind == "event" and not pat.EDITION_RE.match(c.name)}
    out = []
    for c in cands:
        edition = pat.EDITION_RE.match(c.name) if c.kind == "event" else None
        short = c.name[edition.end():] if edition else ""
        full = [e for e in events if len(short) >= 2 and len(e) > len(short) and e.endswith(short)]
        out.append(replace(c, name=edition.group(0) + max(full, key=len)) if full else c)
    return out


@lru_cache(maxsize=16_384)
def _loose_key(name: str) -> str:
    """The key without the dashes that join two places of a name (滨海—中关村科技园 and
    滨海中关村科技园 are one park)."""
    return pat.NAME_DASH_RE.sub("", _key(name))


def _headline_short_form(c: _Cand, cands: list[_Cand], title_end: int) -> bool:
    """A headline's short form of a name the body writes in full (百千万工程 for
    百县千镇万村高质量发展工程): same head word, its words a subsequence of the full one's."""
    if any(m >= title_end for m in c.mentions or (c.start,)):
        return False
    head = _head_of(c.name)
    short = c.name[:len(c.name) - len(head)]
    if not head or len(short) < 2:
        return False
    for o in cands:
        if o is c or o.start < title_end or _head_of(o.name) != head or len(o.name) <= len(c.name):
            continue
        chars = iter(o.name[:len(o.name) - len(head)])
        if all(ch in chars for ch in short):  # (a subsequence: each char found after the last)
            return True
    return False


def _with_branch(c: _Cand, text: str) -> _Cand:
    """A platform's branch named right after it (甲平台苏州（工业园区）分中心, 乙基地宁波分站):
    one name, the branch of that platform in that place."""
    if c.kind != "platform" or c.title or not pat.BRANCH_AFTER_RE.match(text, c.end):
        return c
    places = _places(text[c.end:c.end + pat.BRANCH_REACH])
    if not places or places[0].start != 0:
        return c
    end = c.end + places[0].end
    if b := pat.BRACKET_RE.match(text, end):
        end = b.end()
    head = pat.BRANCH_HEAD_RE.match(text, end)
    if head is None:
        return c
    return replace(c, name=c.name + _canon(text[c.end:head.end()]), end=head.end())


def _with_period(c: _Cand, text: str) -> _Cand:
    """A programme's period or edition in brackets right after its head (甲行动计划（2021—2025
    年）, 乙工程（2023版）): one name, as the page writes it."""
    if c.title or not pat.PERIOD_HEAD_END_RE.search(c.name):
        return c
    m = pat.PERIOD_AFTER_RE.match(text, c.end)
    if m is None:
        return c
    return replace(c, name=c.name + _canon(m.group(0)), end=m.end())


def _drop_nested(cands: list[_Cand]) -> list[_Cand]:
    """Of overlapping mentions, the longest wins (成员大会 inside …成员大会暨…第三次大会)."""
    out: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (c.start, -(c.end - c.start))):
        if out and c.start < out[-1].end and c.end <= out[-1].end and (
                (c.start, c.end) != (out[-1].start, out[-1].end)):
            continue
        out.append(c)
    return out


def extract_initiatives(text: str, *, published: str | None = None,
                        context: InitiativeContext | None = None) -> tuple[Initiative, ...]:
    """The programmes and initiatives an article names, once each, in order of first mention.

    ``text`` is clean simplified text (etl.cleaning); ``published`` (ISO) resolves relative dates
    of designations (去年9月); ``context`` gives the article's own province/city for regions.
    """
    claimed: list[tuple[int, int]] = [  # (a letter of intent's title: nothing read in it)
        m.span() for m in pat.INTENT_TITLE_RE.finditer(text)] if pat.INTENT_CUE in text else []
    cands: list[_Cand] = []
    for step in (_titles, _quoted, _lexicon, _editions, _tours, _brand_frames, _facilities,
                 _unquoted):
        found = _drop_nested([_with_period(_with_branch(c, text), text)
                             for c in step(text, claimed)])
        cands.extend(c for c in found if not _honour_or_topic(text, c))
        claimed.extend((c.start, c.end) for c in found)
    cands = [_programme_named(c, text) for c in (_despammed(_normalised(c))
                                                 for c in _aliased(cands, text)) if c]
    cands = [c for c in cands if not _organisation(c, text)]
    cands = [c for c in cands if c.name not in pat.MODES
             and not _generic_type(c.name)
             and not (c.kind == "platform" and _placed_type(c, text))
             and not c.name.endswith(pat.FUNDING_SCHEMES + pat.NATIONAL_LABS
                                     + pat.STRATEGIC_POSITIONINGS + pat.VALUE_ENDS)
             and not _modifies_another_head(c, text) and not _goal_of_a_place(c, text)
             and not _visited_or_referred(c, text)
             and not (c.kind == "event" and pat.SESSION_RE.search(c.name))
             and not pat.HOME_OF_PEOPLE_RE.search(c.name)
             and not pat.SIGNING_WORD_RE.search(c.name)  # (…协议签约仪式: a signing)
             and c.name not in pat.UNQ_HEADS and not (c.name in pat.HEADS and (
                 len(c.name) <= 2 or pat.HEADS[c.name] == "other"))  # (“生态圈”: a word)
             and (c.title or not _type_at_owner(c.name))
             and not _named_after_its_academician(c.name, text)
             and not _sector_zone(c.name)]
    out = []
    title_end = text.find("\n") if "\n" in text else 0
    for c in _merge(cands, title_end):
        family, designated = _family(c, text), _designated(c, text, published)
        listed = _listed_places(text, c) if c.kind in ("pilot", "platform") else None
        where = [(listed[0], *r) for r in listed[1]] if listed else [
            (c.start, *_region(c, text, context))]
        for start, region, adcode in where:  # one entry per (name, region)
            ss, se = _span(text, start, pat.SENTENCE_END_CHARS)
            ss += len(text[ss:se]) - len(text[ss:se].lstrip())
            se -= len(text[ss:se]) - len(text[ss:se].rstrip())
            out.append(Initiative(name=c.name, family=family, kind=c.kind, region=region,
                                  region_adcode=adcode, place=c.place, designated=designated,
                                  evidence=text[ss:se], span=(ss, se)))
    LOGGER.debug("%d initiatives", len(out))
    return tuple(out)
