"""Stage 2b: programmes, brands, platforms, pilots and events named in an article (pure; no I/O).

What counts (DOMAIN.md "Programmes and initiatives"): a named thing an agreement or a 科协 plan
sets up or builds on — CAST's national brands (科创中国 …), their provincial and city mirrors
(科创中原, 才荟漯河), projects (…工程, …计划), pilot designations (…试点城市), platforms (…工作站,
…联盟), events (…大会, …论坛) and programme documents (《…工作要点》). What does not: cooperation
models (会市合作), strategies and slogans (创新驱动、科教兴省), metaphors (“智囊团”), generic
phrases (合作协议, 科技创新) and facilities merely planned (将设立学会服务站).

How, in order (each step claims its text so later steps do not read it twice):
  1. 《titles》 of programme documents;
  2. quoted phrases: a name with its own head word (“科普筑基惠民工程”), a quote joined to the
     head after it (“一市一品”产业技术发展大会), a quote named by a programme noun after it
     (“出彩漯河”行动), a CAST brand or mirror (“科创中国”, “智汇天府”);
  3. national brands and programmes of the lexicon, quoted or not;
  4. unquoted mirrors (科创中原) and unquoted names ending in a head word, cut on the left at a
     verb, particle or list separator (…举办第十届皖台科技论坛);
  5. facilities reported as set up (a count next to them, a plaque unveiled).
Names are written as the gold writes them: quotes dropped, NFKC (so （园区） becomes (园区)).
Mentions of one programme in one article are merged (title variants, a year prefix, 成都/成都市).

Words live in etl/rules/initiatives.toml; the regexes built from them are the token groups below.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from etl import gazetteer
from etl.dates import find_dates, parse_iso
from etl.patterns import alt, rules
from etl.records import Initiative

LOGGER = logging.getLogger(__name__)

_R = rules("initiatives")
_U = _R["unquoted"]
_Q = _R["quoted"]
_HEADS: dict[str, str] = {w: k for k, ws in _R["heads"].items() for w in ws}
_UNQ_HEADS: dict[str, str] = {w: k for k, ws in _R["unquoted_heads"].items() for w in ws}
_FAMILIES: list[tuple[str, list[str]]] = [(f["name"], f["words"]) for f in _R["family"]]
_PROVINCE_WORDS: dict[str, str] = _R["province_words"]
_MIRROR: dict[str, str] = _R["mirror_prefix"]
_NATIONAL = {b["name"]: b for b in _R["national"]}

# --- token groups -------------------------------------------------------------------------------
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
# A quoted phrase: Chinese double quotes, ASCII double quotes, corner brackets, single quotes.
QUOTE_RE = re.compile(r"“([^“”\n]{1,60})”|\"([^\"\n]{1,40})\"|「([^「」\n]{1,40})」"
                      r"|『([^『』\n]{1,40})』|‘([^‘’\n]{1,40})’")
# Quote marks dropped from names (score.py drops them too).
QUOTE_MARKS_RE = re.compile(r"[\"'“”‘’「」『』《》]")
# A book title: 《2022年“科创中国”山西行动工作要点》.
TITLE_RE = re.compile(r"《([^《》\n]{2,60})》")
# Titles that are agreements, rules or reports, not programmes.
TITLE_HEAD_RE = re.compile(rf"(?:{alt(_Q['title_heads'])})$")
# Sentence and clause ends (evidence is a sentence; families look at the clause).
SENTENCE_END_RE = re.compile(r"[。！？；!?;\n]")
CLAUSE_END_RE = re.compile(r"[。！？；，,：:!?;\n]")
# What may follow a quote before its head word (no punctuation, no new quote).
TAIL_RE = re.compile(rf"[{_HAN}0-9A-Za-z·+\-—（）()]{{0,20}}")
# A bracketed qualifier right after a head: 试点城市（园区）, 科普工作站（青岛）.
BRACKET_RE = re.compile(rf"[（(][{_HAN}]{{1,6}}[)）]")
# Any head word, longest first, at the end of a string.
HEAD_END_RE = re.compile(rf"(?:{alt(list(_HEADS))})$")
COMPOUND_HEAD_RE = re.compile(alt(list(_HEADS)))
# 如“…”, 包括“…”: a quoted example of the activities just counted.
EXAMPLE_BEFORE_RE = re.compile(r"(?:如|包括|例如)$")
# 七大行动, 十大战略: a count of generic things, not a name.
ENUMERATION_RE = re.compile(r"^[一二三四五六七八九十两]+[大个项]")
TOUR_RE = re.compile(rf"{re.escape(_Q['tour_suffix'])}$")
NOT_HEAD_END_RE = re.compile(rf"(?:{alt(_Q['not_heads'])})$")
MODEL_RE = re.compile(_Q["model_re"])
NUMERIC_RE = re.compile(_Q["numeric_re"])
SLOGAN_AFTER_RE = re.compile(rf"^(?:{alt(_Q['slogan_after'])})")
SLOGAN_BEFORE_RE = re.compile(rf"(?:{alt(_Q['slogan_before'])})$")
BRAND_USAGE_RE = re.compile(rf"^(?:{alt(_Q['brand_usage'])})|^$")
PROGRAMME_NOUN_RE = re.compile(
    rf"^(?P<gap>[{_HAN}]{{0,{_Q['programme_noun_gap']}}}?)(?:等|[一二三四五六七八九十两]项)?"
    rf"(?P<noun>{alt(_Q['programme_nouns'])})")
# Quotes chained into one list: “科技下乡”“科普进村”等活动, “A”、“B”.
QUOTE_JOIN_RE = re.compile(r"^[、和与及]?$")
NATIONAL_RE = re.compile(alt([*_NATIONAL, "智匯中国"]))
PROGRAMME_RES = [(re.compile(p["name_re"]), p) for p in _R["programme"]]
FACILITY_RES = [(re.compile(f["name_re"]), f) for f in _R["facility"]]
# Unquoted names: a head word not followed by the rest of a longer word (工程院, 联席会议).
UNQ_HEAD_RE = re.compile(rf"(?:{alt(list(_UNQ_HEADS))})(?!{alt(_U['head_not_before'])})")
FOUNDING_RE = re.compile(rf"(?:{alt(_U['founding_verbs'])})$")
CORE_FORBIDDEN_RE = re.compile(alt(_U["core_forbidden"]))
# Bracketed endings ignored when looking for a head: …科普工作站（青岛）.
TRAILING_BRACKET_RE = re.compile(r"[（(][^（）()]*[)）]$")
# Characters a name is made of when it is not quoted.
NAME_CHAR_RE = re.compile(rf"[{_HAN}0-9A-Za-z·—]")
LEFT_BOUNDARY_RE = re.compile(rf"(?:{alt(_U['left_boundaries'])})")
LIST_JOINER_RE = re.compile(rf"(?:{alt(_U['list_joiners'])})")
ITEM_END_RE = re.compile(rf"(?:{alt(list(_HEADS) + _Q['org_suffixes'])})$")
BAD_START_RE = re.compile(rf"^(?:{alt(_U['bad_starts'])})")
GENERIC_RE = re.compile(alt(_U["generic_words"]))
PARTY_AFTER_RE = re.compile(rf"^(?:{alt(_U['party_after'])})")
CEREMONY_RE = re.compile(rf"(?:{alt(_U['ceremony_suffixes'])})$")
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
PLAQUE_RE = re.compile(alt(_R["facility_cues"]["plaque"]))
DONE_RE = re.compile(rf"(?:{alt(_R['facility_cues']['done'])})$")
DESIGNATION_VERB_RE = re.compile(alt(_R["designation"]["verbs"]))
NATIONAL_TITLE_RE = re.compile(_R["designation"]["national_titles_re"])


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


def _canon(name: str) -> str:
    """Name as the gold writes it: NFKC, quote marks dropped, spaces trimmed."""
    return re.sub(r"\s+", " ", QUOTE_MARKS_RE.sub("", unicodedata.normalize("NFKC", name))).strip()


def _key(name: str) -> str:
    """Matching key, as tools/score.py canonicalises names."""
    return re.sub(r"[\s·•]", "", _canon(name))


def _span(text: str, pos: int, end_re: re.Pattern[str]) -> tuple[int, int]:
    """The sentence (or clause) around ``pos``, without its end mark."""
    start = 0
    for m in end_re.finditer(text, 0, pos):
        start = m.end()
    m = end_re.search(text, pos)
    return start, (m.start() if m else len(text))


@cache
def _region_words() -> frozenset[str]:
    """Words that name a province or prefecture on their own (中原, 湖湘, 河南, 漯河)."""
    words = {w for w in _PROVINCE_WORDS if len(w) >= 2}
    for r in gazetteer.load_regions().values():
        if r.level in ("province", "prefecture"):
            words.update(w for w in (r.short_name, r.name) if len(w) >= 2)
    return frozenset(words)


def _leading_region(s: str) -> str:
    """The region word a string starts with ("" when none), longest first."""
    for n in (5, 4, 3, 2):
        if s[:n] in _region_words():
            return s[:n]
    return ""


def _is_mirror(q: str) -> bool:
    """A provincial/city mirror of a CAST brand: 科创|科普|智汇|才荟 + a region or 2-char word."""
    prefix = q[:2]
    return prefix in _MIRROR and (len(q) == 4 or q[2:] in _region_words())


def _generic(core: str) -> bool:
    """True when the words before a head say nothing specific (科技示范, 城市创新, 产业)."""
    rest = GENERIC_RE.sub("", YEAR_PREFIX_RE.sub("", core))
    return len(rest) < 2


# --- 1. titles --------------------------------------------------------------------------------


def _titles(text: str, claimed: list[tuple[int, int]]) -> Iterable[_Cand]:
    """《…工作要点》, 《…纲要(2021—2035年)》: programme documents, never agreements or rules."""
    for m in TITLE_RE.finditer(text):
        title = m.group(1)
        bare = re.sub(r"[（(][^（）()]*[)）]$", "", title)
        if "，" in title or not TITLE_HEAD_RE.search(bare):
            continue
        yield _Cand(_canon(title), "other", m.start(), m.end())


# --- 2. quotes ---------------------------------------------------------------------------------


def _quotes(text: str) -> list[tuple[int, int, str]]:
    """Quoted phrases as (start of open mark, end of close mark, content), outermost only."""
    out: list[tuple[int, int, str]] = []
    for m in QUOTE_RE.finditer(text):
        content = next(g for g in m.groups() if g is not None)
        out.append((m.start(), m.end(), content))
    return out


def _compound(q: str, tail: str, *, brand: bool, model: bool, numeric: bool
              ) -> tuple[str, str, str | None, int] | None:
    """A quote joined to the head word after it: (name, kind, dropped region, chars used)."""
    for m in COMPOUND_HEAD_RE.finditer(tail):
        head, core, end = m.group(0), tail[:m.start()], m.end()
        if head in _Q["numeric_only_heads"] and not numeric:
            continue
        b = BRACKET_RE.match(tail, end)
        if head in _Q["designation_heads"] and b:
            end = b.end()  # 试点城市（园区）
        if (NOT_HEAD_END_RE.search(tail[:end]) or core.endswith(("分", "等")) or len(core) > 14
                or COPULA_RE.search(core) or LIST_JOINER_RE.search(core)):
            return None  # a verb or a list between quote and head: not one name
        region = _leading_region(core)
        if head in _Q["designation_heads"]:
            if not brand:
                return None  # “会市合作”示范市: a model designates nothing
            if core and core == region and head in _Q["region_dropping_heads"]:
                return q + tail[m.start():end], "pilot", region, end
        elif _HEADS[head] == "action" and not (model or numeric) and (core == region
                                                                        or len(core) < 4):
            return None  # “科创八桂”柳州行动 is the brand 科创八桂, not a new name
        if model and not core:
            return None  # “会市合作”大会: the model, not a named event
        if brand and core and _generic(core) and not re.match(r"\d", core):
            return None  # 海智计划工作基地: a generic facility of the brand
        return q + tail[:end], _HEADS[head], None, end
    return None


def _quoted(text: str, claimed: list[tuple[int, int]]) -> Iterable[_Cand]:
    """Programmes among the quoted phrases (see the module docstring, step 2)."""
    quotes = [q for q in _quotes(text) if not _inside(q[0], q[1], claimed)]
    for i, (qs, qe, raw) in enumerate(quotes):
        # the run of quotes this one belongs to (“A”“B”等活动): its last quote's tail counts
        j = i
        while j + 1 < len(quotes) and QUOTE_JOIN_RE.match(text[quotes[j][1]:quotes[j + 1][0]]):
            j += 1
        run_tail = TAIL_RE.match(text, quotes[j][1]).group(0)
        own_tail = TAIL_RE.match(text, qe).group(0) if j == i else ""
        yield from _classify_quote(text, qs, qe, raw, own_tail, run_tail)


def _classify_quote(text: str, qs: int, qe: int, raw: str, tail: str, run_tail: str
                    ) -> Iterable[_Cand]:
    """One quoted phrase: yield what it names (nothing for slogans, models, metaphors)."""
    inner = QUOTE_RE.search(raw)
    q = _canon(raw)
    if inner and not HEAD_END_RE.search(q):  # “‘科创中国’成渝同行 ‘双碳’…”: read the inner quote
        i_end = qs + 1 + inner.end()
        yield from _classify_quote(text, qs + 1 + inner.start(), i_end,
                                   next(g for g in inner.groups() if g is not None),
                                   TAIL_RE.match(text, i_end).group(0), "")
        return
    before = text[max(0, qs - 6):qs]
    example = bool(EXAMPLE_BEFORE_RE.search(before))
    if re.search(r"[，、。；：]", q) and not example:
        return  # a sentence or a list of slogans (创新驱动、科教兴省、人才强省)
    q = q.split("——")[0]  # “科技资源通州行——北京城市副中心创新创业对接会”
    if SLOGAN_BEFORE_RE.search(before) or SLOGAN_AFTER_RE.match(run_tail):
        return
    model, numeric = bool(MODEL_RE.match(q)), bool(NUMERIC_RE.match(q))
    brand = q in _NATIONAL or q == "智匯中国" or _is_mirror(q)
    head = HEAD_END_RE.search(TRAILING_BRACKET_RE.sub("", q))
    own = bool(head and not NOT_HEAD_END_RE.search(q) and not ENUMERATION_RE.match(q))
    # 上合组织及“一带一路”节点城市…论坛: a quote inside a longer name is not where it starts
    joined = before[-1:] in _U["list_joiners"] and not brand
    comp = (_compound(q, tail, brand=brand, model=model, numeric=numeric)
            if tail and not joined else None)
    if comp:
        name, kind, region, used = comp
        yield _Cand(_canon(name), kind, qs, qe + used, region_word=region)
        if not own:
            return  # “绿扬金凤计划”企业专家工作站 names the programme and its workstation
    if q in _NATIONAL or q == "智匯中国":
        if not comp and BRAND_USAGE_RE.match(tail):
            nat = _NATIONAL.get(q, _NATIONAL["智汇中国"])
            yield _Cand(nat["name"], nat["kind"], qs, qe, family=nat["family"])
        return
    # an example of activities just counted (学术交流活动46场（其中包括“…”）) is of their family
    fam = _family_of(text[_span(text, qs, CLAUSE_END_RE)[0]:qs]) if example else None
    if own and head:  # (sharing the compound's span: both survive _drop_nested)
        yield _Cand(q, _HEADS[head.group(0)], qs, qe + (comp[3] if comp else 0), family=fam)
        return
    if model or ENUMERATION_RE.match(q):
        return
    if example:
        yield _Cand(q, "event", qs, qe, family=fam)  # 科普活动126场（如“百年再出发，…”）
        return
    if len(q) >= _Q["tour_min_len"] and TOUR_RE.search(q):
        yield _Cand(YEAR_PREFIX_RE.sub("", q), "event", qs, qe)
        return
    noun = PROGRAMME_NOUN_RE.match(run_tail)
    if _is_mirror(q):
        kind = "action" if noun and "行动" in noun.group("noun") else "brand"
        yield _Cand(q, kind, qs, qe, family=_MIRROR[q[:2]], region_word=q[2:])
    elif noun and len(q) >= (5 if numeric else 3):
        kind = {"活动": "event", "品牌": "brand", "项目": "project", "智库平台": "platform"}.get(
            noun.group("noun"), "action")
        yield _Cand(q, kind, qs, qe)


# --- 3./4. lexicon and unquoted names -----------------------------------------------------------


def _inside(start: int, end: int, claimed: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in claimed)


def _lexicon(text: str, claimed: list[tuple[int, int]]) -> Iterable[_Cand]:
    """National brands, programmes and mirrors written anywhere (科创中国试点城市, 海智计划)."""
    for m in NATIONAL_RE.finditer(text):
        if _inside(m.start(), m.end(), claimed) or text[m.start() - 1:m.start()] in "“\"‘「":
            continue  # a quoted brand was judged with its quotes (step 2)
        nat = _NATIONAL.get(m.group(0), _NATIONAL["智汇中国"])
        tail = TAIL_RE.match(text, m.end()).group(0)
        comp = _compound(nat["name"], tail, brand=True, model=False, numeric=False)
        if comp:
            yield _Cand(_canon(comp[0]), comp[1], m.start(), m.end() + comp[3],
                        region_word=comp[2])
        elif BRAND_USAGE_RE.match(tail):
            yield _Cand(nat["name"], nat["kind"], m.start(), m.end(), family=nat["family"])
    for rx, prog in PROGRAMME_RES:
        for m in rx.finditer(text):
            if not _inside(m.start(), m.end(), claimed):
                yield _Cand(_canon(m.group(0)), prog["kind"], m.start(), m.end(),
                            family=prog["family"], region_free=prog.get("region_free", False))
    for m in re.finditer(alt(list(_MIRROR)), text):
        word = _leading_region(text[m.end():m.end() + 5])
        if word and not _inside(m.start(), m.end(), claimed) and (m.group(0) + word) not in \
                _NATIONAL:
            yield _Cand(m.group(0) + word, "brand", m.start(), m.end() + len(word),
                        family=_MIRROR[m.group(0)], region_word=word)
    for m in NATIONAL_TITLE_RE.finditer(text):
        if DESIGNATION_VERB_RE.search(text[max(0, m.start() - 4):m.start()]):
            yield _Cand(m.group(0), "pilot", m.start(), m.end())


def _left_name(text: str, head_start: int) -> tuple[int, str] | None:
    """The words before a head, back to a verb, particle or list separator: (start, words)."""
    j = head_start
    while j > 0 and NAME_CHAR_RE.match(text[j - 1]) and head_start - j < 40:
        j -= 1
    if j > 0 and text[j - 1] in "”\"’":
        return None  # the name runs into a quote (上合组织及“一带一路”节点城市…论坛)
    seg = text[j:head_start]
    cut = 0
    for m in LEFT_BOUNDARY_RE.finditer(seg):
        cut = max(cut, m.end())
    for m in LIST_JOINER_RE.finditer(seg):
        if m.group(0) != "与" or ITEM_END_RE.search(seg[:m.start()]):
            cut = max(cut, m.end())
    if "暨" in seg[cut:]:
        left, _, _right = seg[cut:].rpartition("暨")
        if ITEM_END_RE.search(left) and not re.search(rf"(?:{alt(_R['unquoted_heads']['event'])})$",
                                                      left):
            cut = cut + len(left) + 1
    return j + cut, seg[cut:]


def _unquoted(text: str, claimed: list[tuple[int, int]]) -> Iterable[_Cand]:
    """Names ending in an unquoted head word: 第十届皖台科技论坛, 青年科技人才托举计划."""
    for m in UNQ_HEAD_RE.finditer(text):
        if _inside(m.start(), m.end(), claimed):
            continue
        left = _left_name(text, m.start())
        if left is None:
            continue
        start, core = left
        core = LEADING_COUNT_RE.sub("", YEAR_PREFIX_RE.sub("", core))
        end = m.end()
        b = BRACKET_RE.match(text, end)
        if b and _leading_region(b.group(0)[1:-1]):
            end = b.end()  # 中国农技协科技小院联盟（福建）
        after = text[end:end + 4]
        if m.group(0) in _U["founded_heads"] and not FOUNDING_RE.search(text[:start]):
            continue
        if (len(core) < _U["min_core"] or BAD_START_RE.match(core) or _generic(core)
                or CORE_FORBIDDEN_RE.search(core)
                or PARTY_AFTER_RE.match(after) or CEREMONY_RE.search(text[start:end + 2])
                or NOT_HEAD_END_RE.search(text[start:end])):
            continue
        name = _drop_parent(core) + text[m.start():end]
        yield _Cand(_canon(name), _UNQ_HEADS[m.group(0)], start, end)


def _drop_parent(core: str) -> str:
    """长春市南关区… → 南关区…: a district is named without its city."""
    places = gazetteer.find_places(core)
    if (len(places) >= 2 and places[0].start == 0 and places[1].start == places[0].end
            and all(gazetteer.load_regions()[c].level == "county" for c in places[1].candidates)):
        return core[places[0].end:]
    return core


# --- 5. facilities -----------------------------------------------------------------------------


def _facilities(text: str, claimed: list[tuple[int, int]]) -> Iterable[_Cand]:
    """学会服务站, 院士专家工作站 … reported as set up: a count next to them or a plaque."""
    for rx, fac in FACILITY_RES:
        for m in rx.finditer(text):
            if _inside(m.start(), m.end(), claimed):
                continue
            before = text[max(0, m.start() - 12):m.start()]
            places = [p for p in gazetteer.find_places(before) if p.end == len(before)]
            qual_start = m.start() - (len(before) - places[-1].start if places else 0)
            qual = LEVEL_QUALIFIER_RE.search(text[max(0, qual_start - 5):qual_start]).group(0)
            qual_start -= len(qual)
            cs, ce = _span(text, m.start(), CLAUSE_END_RE)
            counted = (COUNT_BEFORE_RE.search(text[max(0, qual_start - 5):qual_start])
                       or COUNT_AFTER_RE.match(text, m.end()))
            if not (counted or PLAQUE_RE.search(text, cs, ce)
                    or DONE_RE.search(text[max(0, qual_start - 4):qual_start])):
                continue
            name = text[qual_start:m.end()] if fac["keep_qualifier"] else m.group(0)
            ps, _ = _left_name(text, m.start()) or (m.start(), "")
            yield _Cand(_canon(name), "platform", qual_start, m.end(), family=fac["family"],
                        place=_canon(text[ps:m.end()]) if ps < m.start() else None)


# --- families, regions, dates -----------------------------------------------------------------


def _family_of(words: str) -> str | None:
    """The first family (in precedence order) with a keyword in ``words``."""
    for fam, kws in _FAMILIES:
        if any(k in words for k in kws):
            return fam
    return None


def _family(c: _Cand, text: str) -> str:
    """Lexicon family, else the brand prefix, else keywords of the name, else of its clause."""
    if c.family:
        return c.family
    for rx, prog in PROGRAMME_RES:
        if rx.fullmatch(c.name):
            return str(prog["family"])
    if c.name[:2] in _MIRROR:
        return _MIRROR[c.name[:2]]
    cs, ce = _span(text, c.start, CLAUSE_END_RE)
    fam = _family_of(c.name) or _family_of(text[cs:c.start] + text[c.end:ce])
    if fam is None and c.kind in ("action", "brand", "project"):
        ss, se = _span(text, c.start, SENTENCE_END_RE)  # 实施X行动，提升政治引领效能
        fam = _family_of(text[ss:c.start] + text[c.end:se])
    return fam or "科创"


def _region_of_word(word: str) -> tuple[str, str] | None:
    """中原 → 河南省; 漯河 → 漯河市 (provinces and prefectures only)."""
    full = _PROVINCE_WORDS.get(word)
    regs = gazetteer.region_by_name(full or word)
    regs = [r for r in regs if r.level in ("province", "prefecture")]
    return (regs[0].name, regs[0].adcode) if regs else None


def _region(c: _Cand, text: str, ctx: InitiativeContext | None) -> tuple[str | None, str | None]:
    """Region: a pilot's city, a mirror's province, a place in the name, else the article's."""
    if c.region_free:
        return None, None
    if c.kind == "pilot":
        ss, se = _span(text, c.start, SENTENCE_END_RE)
        sent = text[ss:se]
        prefs = {}
        for p in gazetteer.resolve_places(gazetteer.find_places(sent), sent):
            pref = gazetteer.prefecture_of(p.adcode)
            if pref is not None:
                prefs[pref.adcode] = pref.name
        if len(prefs) == 1:
            code, name = next(iter(prefs.items()))
            return name, code
    if c.region_word and (hit := _region_of_word(c.region_word)):
        return hit
    regions = gazetteer.load_regions()
    places = gazetteer.resolve_places(gazetteer.find_places(c.name), c.name)
    if places:  # the most specific place, the last on a tie (沈阳分院…辽阳中心 is in 辽阳)
        p = max(reversed(places), key=lambda p: gazetteer.LEVELS.index(regions[p.adcode].level))
        return gazetteer.full_name_with_parent(p.adcode), p.adcode
    if ctx is None:
        return None, None
    return (ctx.city, ctx.city_adcode) if ctx.city else (ctx.province, ctx.province_adcode)


def _designated(c: _Cand, text: str, published: str | None) -> str | None:
    """When a pilot was designated: a date before a designation verb in the same sentence."""
    if c.kind != "pilot":
        return None
    ss, _ = _span(text, c.start, SENTENCE_END_RE)
    before = text[ss:c.start]
    verbs = list(DESIGNATION_VERB_RE.finditer(before))
    if not verbs:
        return None
    verb = verbs[-1]
    dates = [d for d in find_dates(before[:verb.start()], parse_iso(published))
             if d.date and d.precision in ("day", "month", "year")]
    return dates[-1].date if dates else None


# --- merging ------------------------------------------------------------------------------------


def _merge_key(name: str) -> str:
    """Variants of one name: without years, with a leading short place name made full."""
    k = _key(TRAILING_BRACKET_RE.sub("", YEAR_RE.sub("", name)))
    lead = _leading_region(k)
    if lead:
        regs = [r for r in gazetteer.region_by_name(lead) if r.level != "county"]
        if regs:
            k = regs[0].name + k[len(lead):]
    return k


def _merge(cands: list[_Cand], title_end: int) -> list[_Cand]:
    """One candidate per programme: body mentions beat the headline, the fuller name wins, and
    a name that ends another one of the article is that one (协同创新发展联盟)."""
    groups: dict[str, list[_Cand]] = {}
    for c in sorted(cands, key=lambda c: c.start):
        groups.setdefault(_merge_key(c.name), []).append(c)
    out = []
    for group in groups.values():
        body = [c for c in group if c.start >= title_end] or group
        best = max(body, key=lambda c: len(c.name)) if len({c.name for c in body}) > 1 else body[0]
        first = min(body, key=lambda c: c.start)
        out.append(replace(first, name=best.name, kind=best.kind,
                           region_word=best.region_word or first.region_word))
    keys = {_key(c.name) for c in out}
    return [c for c in out if not any(k != _key(c.name) and k.endswith(_key(c.name))
                                      and _key(c.name) not in _NATIONAL for k in keys)]


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

    ``text`` is clean simplified text (etl.clean); ``published`` (ISO) resolves relative dates
    of designations (去年9月); ``context`` gives the article's own province/city for regions.
    """
    claimed: list[tuple[int, int]] = []
    cands: list[_Cand] = []
    for step in (_titles, _quoted, _lexicon, _unquoted, _facilities):
        found = _drop_nested(list(step(text, claimed)))
        cands.extend(found)
        claimed.extend((c.start, c.end) for c in found)
    out = []
    title_end = text.find("\n") if "\n" in text else 0
    for c in _merge(cands, title_end):
        region, adcode = _region(c, text, context)
        ss, se = _span(text, c.start, SENTENCE_END_RE)
        ss += len(text[ss:se]) - len(text[ss:se].lstrip())
        se -= len(text[ss:se]) - len(text[ss:se].rstrip())
        out.append(Initiative(name=c.name, family=_family(c, text), kind=c.kind, region=region,
                              region_adcode=adcode, place=c.place,
                              designated=_designated(c, text, published),
                              evidence=text[ss:se], span=(ss, se)))
    LOGGER.debug("%d initiatives", len(out))
    return tuple(out)
