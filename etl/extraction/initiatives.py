"""Stage 2b: programmes, brands, platforms, pilots and events named in an article (pure; no I/O).

What counts: a named thing an agreement or a 科协 plan
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
  3. unquoted lexicon: national brands (科创中国试点城市), real national programmes (揭榜挂帅,
     乡村科普e站), mirrors (科普荆楚), national titles won (创建全国科普示范县);
  4. unquoted names ending in a head word, cut on the left at a verb, particle or list
     separator (…举办第十届皖台科技论坛, …和中德青年科学家论坛);
  5. facilities reported as set up (a count next to them, a plaque unveiled), not planned ones.
Families: the lexicon's, else a mirror's prefix, else keywords of the name, else of its clause.
Regions: a pilot's one city in its sentence, a mirror's province, the most specific place in the
name, else the article's (InitiativeContext); nationwide days have none.
Names are written as the gold writes them: quotes dropped, NFKC (so （园区） becomes (园区)).
Mentions of one programme in one article are merged (title variants, a year prefix, 成都/成都市).

Words live in etl/vocabulary/rules/initiatives.toml; etl/vocabulary/initiatives.py compiles them
into named token groups.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from etl.extraction import gazetteer
from etl.extraction.dates import find_dates, parse_iso
from etl.records import Initiative
from etl.vocabulary import initiatives as pat

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


def _canon(name: str) -> str:
    """Name as the gold writes it: NFKC, quote marks dropped, spaces trimmed."""
    name = pat.QUOTE_MARKS_RE.sub("", unicodedata.normalize("NFKC", name))
    return pat.SPACES_RE.sub(" ", name).strip()


def _key(name: str) -> str:
    """Matching key, as the scorer (tests/scoring.py) canonicalises names."""
    return pat.KEY_DROP_RE.sub("", _canon(name))


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
    words = {w for w in pat.PROVINCE_WORDS if len(w) >= 2}
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
    return prefix in pat.MIRROR and (len(q) == 4 or q[2:] in _region_words())


def _generic(core: str) -> bool:
    """True when the words before a head say nothing specific (科技示范, 城市创新, 产业)."""
    rest = pat.GENERIC_RE.sub("", pat.YEAR_PREFIX_RE.sub("", core))
    return len(rest) < 2


# --- 1. titles --------------------------------------------------------------------------------


def _titles(text: str, claimed: list[tuple[int, int]]) -> Iterable[_Cand]:
    """《…工作要点》, 《…纲要(2021—2035年)》: programme documents, never agreements or rules."""
    for m in pat.TITLE_RE.finditer(text):
        title = m.group(1)
        if "，" not in title and pat.TITLE_HEAD_RE.search(pat.TRAILING_BRACKET_RE.sub("", title)):
            yield _Cand(_canon(title), "other", m.start(), m.end())


# --- 2. quotes ---------------------------------------------------------------------------------


def _compound(q: str, tail: str, *, brand: bool, model: bool, numeric: bool
              ) -> tuple[str, str, str | None, int] | None:
    """A quote joined to the head word after it: (name, kind, dropped region, chars used)."""
    for m in pat.COMPOUND_HEAD_RE.finditer(tail):
        head, core, end = m.group(0), tail[:m.start()], m.end()
        if head in pat.QUOTED["numeric_only_heads"] and not numeric:
            continue
        b = pat.BRACKET_RE.match(tail, end)
        if head in pat.QUOTED["designation_heads"] and b:
            end = b.end()  # 试点城市（园区）
        if (pat.NOT_HEAD_END_RE.search(tail[:end]) or core.endswith(("分", "等")) or len(core) > 14
                or pat.COPULA_RE.search(core) or pat.LIST_JOINER_RE.search(core)):
            return None  # a verb or a list between quote and head: not one name
        region = _leading_region(core)
        if head in pat.QUOTED["designation_heads"]:
            if not brand:
                return None  # “会市合作”示范市: a model designates nothing
            if core and core == region and head in pat.QUOTED["region_dropping_heads"]:
                return q + tail[m.start():end], "pilot", region, end
        elif pat.HEADS[head] == "action" and not (model or numeric) and (core == region
                                                                        or len(core) < 4):
            return None  # “科创八桂”柳州行动 is the brand 科创八桂, not a new name
        if model and not core:
            return None  # “会市合作”大会: the model, not a named event
        if brand and core and _generic(core) and not core[0].isdigit():
            return None  # 海智计划工作基地: a generic facility of the brand
        return q + tail[:end], pat.HEADS[head], None, end
    return None


def _quoted(text: str, claimed: list[tuple[int, int]]) -> Iterable[_Cand]:
    """Programmes among the quoted phrases (see the module docstring, step 2)."""
    quotes = [(m.start(), m.end(), next(g for g in m.groups() if g is not None))
              for m in pat.QUOTE_RE.finditer(text) if not _inside(m.start(), m.end(), claimed)]
    for i, (qs, qe, raw) in enumerate(quotes):
        # the run of quotes this one belongs to (“A”“B”等活动): its last quote's tail counts
        j = i
        while j + 1 < len(quotes) and pat.QUOTE_JOIN_RE.match(text[quotes[j][1]:quotes[j + 1][0]]):
            j += 1
        run_tail = pat.TAIL_RE.match(text, quotes[j][1]).group(0)
        own_tail = pat.TAIL_RE.match(text, qe).group(0) if j == i else ""
        yield from _classify_quote(text, qs, qe, raw, own_tail, run_tail)


def _classify_quote(text: str, qs: int, qe: int, raw: str, tail: str, run_tail: str
                    ) -> Iterable[_Cand]:
    """One quoted phrase: yield what it names (nothing for slogans, models, metaphors)."""
    inner = pat.QUOTE_RE.search(raw)
    q = _canon(raw)
    if inner and not pat.HEAD_END_RE.search(q):  # “‘科创中国’成渝同行 ‘双碳’…”: the inner one
        i_end = qs + 1 + inner.end()
        yield from _classify_quote(text, qs + 1 + inner.start(), i_end,
                                   next(g for g in inner.groups() if g is not None),
                                   pat.TAIL_RE.match(text, i_end).group(0), "")
        return
    before = text[max(0, qs - 6):qs]
    example = bool(pat.EXAMPLE_BEFORE_RE.search(before))
    if pat.INNER_PUNCT_RE.search(q) and not example:
        return  # a sentence or a list of slogans (创新驱动、科教兴省、人才强省)
    q = q.split("——")[0]  # “科技资源通州行——北京城市副中心创新创业对接会”
    if pat.SLOGAN_BEFORE_RE.search(before) or pat.SLOGAN_AFTER_RE.match(run_tail):
        return
    model, numeric = bool(pat.MODEL_RE.match(q)), bool(pat.NUMERIC_RE.match(q))
    brand = q in pat.NATIONAL or q == "智匯中国" or _is_mirror(q)
    head = pat.HEAD_END_RE.search(pat.TRAILING_BRACKET_RE.sub("", q))
    own = bool(head and not pat.NOT_HEAD_END_RE.search(q) and not pat.ENUMERATION_RE.match(q))
    # 上合组织及“一带一路”节点城市…论坛: a quote inside a longer name is not where it starts
    joined = before[-1:] in pat.UNQUOTED["list_joiners"] and not brand
    comp = (_compound(q, tail, brand=brand, model=model, numeric=numeric)
            if tail and not joined else None)
    if comp:
        name, kind, region, used = comp
        yield _Cand(_canon(name), kind, qs, qe + used, region_word=region)
        if not own:
            return  # “绿扬金凤计划”企业专家工作站 names the programme and its workstation
    if q in pat.NATIONAL or q == "智匯中国":
        if not comp and pat.BRAND_USAGE_RE.match(tail):
            nat = pat.NATIONAL.get(q, pat.NATIONAL["智汇中国"])
            yield _Cand(nat["name"], nat["kind"], qs, qe, family=nat["family"])
        return
    # an example of activities just counted (学术交流活动46场（其中包括“…”）) is of their family
    fam = _family_of(text[_span(text, qs, pat.CLAUSE_END_RE)[0]:qs]) if example else None
    if own and head:  # (sharing the compound's span: both survive _drop_nested)
        yield _Cand(q, pat.HEADS[head.group(0)], qs, qe + (comp[3] if comp else 0), family=fam)
        return
    if model or pat.ENUMERATION_RE.match(q):
        return
    if example:
        yield _Cand(q, "event", qs, qe, family=fam)  # 科普活动126场（如“百年再出发，…”）
        return
    if len(q) >= pat.QUOTED["tour_min_len"] and pat.TOUR_RE.search(q):
        yield _Cand(pat.YEAR_PREFIX_RE.sub("", q), "event", qs, qe)
        return
    noun = pat.PROGRAMME_NOUN_RE.match(run_tail)
    if _is_mirror(q):
        kind = "action" if noun and "行动" in noun.group("noun") else "brand"
        yield _Cand(q, kind, qs, qe, family=pat.MIRROR[q[:2]], region_word=q[2:])
    elif noun and len(q) >= (5 if numeric else 3):
        kind = pat.PROGRAMME_NOUN_KIND.get(noun.group("noun"), "action")
        yield _Cand(q, kind, qs, qe)


# --- 3./4. lexicon and unquoted names -----------------------------------------------------------


def _inside(start: int, end: int, claimed: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in claimed)


def _lexicon(text: str, claimed: list[tuple[int, int]]) -> Iterable[_Cand]:
    """National brands, programmes and mirrors written anywhere (科创中国试点城市, 海智计划)."""
    for m in pat.NATIONAL_RE.finditer(text):
        if _inside(m.start(), m.end(), claimed) or text[m.start() - 1:m.start()] in pat.OPEN_QUOTES:
            continue  # a quoted brand was judged with its quotes (step 2)
        nat = pat.NATIONAL.get(m.group(0), pat.NATIONAL["智汇中国"])
        tail = pat.TAIL_RE.match(text, m.end()).group(0)
        comp = _compound(nat["name"], tail, brand=True, model=False, numeric=False)
        if comp:
            yield _Cand(_canon(comp[0]), comp[1], m.start(), m.end() + comp[3],
                        region_word=comp[2])
        elif pat.BRAND_USAGE_RE.match(tail):
            yield _Cand(nat["name"], nat["kind"], m.start(), m.end(), family=nat["family"])
    for rx, prog in pat.PROGRAMME_RES:
        for m in rx.finditer(text):
            if not _inside(m.start(), m.end(), claimed):
                yield _Cand(_canon(m.group(0)), prog["kind"], m.start(), m.end(),
                            family=prog["family"], region_free=prog.get("region_free", False))
    for m in pat.MIRROR_RE.finditer(text):
        word = _leading_region(text[m.end():m.end() + 5])
        if word and not _inside(m.start(), m.end(), claimed) and (m.group(0) + word) not in \
                pat.NATIONAL:
            yield _Cand(m.group(0) + word, "brand", m.start(), m.end() + len(word),
                        family=pat.MIRROR[m.group(0)], region_word=word)
    for m in pat.NATIONAL_TITLE_RE.finditer(text):
        if pat.DESIGNATION_VERB_RE.search(text[max(0, m.start() - 4):m.start()]):
            yield _Cand(m.group(0), "pilot", m.start(), m.end())


def _left_name(text: str, head_start: int) -> tuple[int, str] | None:
    """The words before a head, back to a verb, particle or list separator: (start, words)."""
    j = head_start
    while j > 0 and pat.NAME_CHAR_RE.match(text[j - 1]) and head_start - j < 40:
        j -= 1
    if j > 0 and text[j - 1] in pat.CLOSE_QUOTES:
        return None  # the name runs into a quote (上合组织及“一带一路”节点城市…论坛)
    seg = text[j:head_start]
    cut = 0
    for m in pat.LEFT_BOUNDARY_RE.finditer(seg):
        cut = max(cut, m.end())
    for m in pat.LIST_JOINER_RE.finditer(seg):
        if m.group(0) != "与" or pat.ITEM_END_RE.search(seg[:m.start()]):
            cut = max(cut, m.end())
    if "暨" in seg[cut:]:
        left, _, _right = seg[cut:].rpartition("暨")
        if pat.ITEM_END_RE.search(left) and not pat.EVENT_HEAD_END_RE.search(left):
            cut = cut + len(left) + 1
    return j + cut, seg[cut:]


def _unquoted(text: str, claimed: list[tuple[int, int]]) -> Iterable[_Cand]:
    """Names ending in an unquoted head word: 第十届皖台科技论坛, 青年科技人才托举计划."""
    for m in pat.UNQ_HEAD_RE.finditer(text):
        if _inside(m.start(), m.end(), claimed):
            continue
        left = _left_name(text, m.start())
        if left is None:
            continue
        start, core = left
        core = pat.LEADING_COUNT_RE.sub("", pat.YEAR_PREFIX_RE.sub("", core))
        end = m.end()
        b = pat.BRACKET_RE.match(text, end)
        if b and _leading_region(b.group(0)[1:-1]):
            end = b.end()  # 中国农技协科技小院联盟（福建）
        after = text[end:end + 4]
        if m.group(0) in pat.UNQUOTED["founded_heads"] and not pat.FOUNDING_RE.search(text[:start]):
            continue
        if (len(core) < pat.UNQUOTED["min_core"] or pat.BAD_START_RE.match(core) or _generic(core)
                or pat.CORE_FORBIDDEN_RE.search(core)
                or pat.PARTY_AFTER_RE.match(after) or pat.CEREMONY_RE.search(text[start:end + 2])
                or pat.NOT_HEAD_END_RE.search(text[start:end])):
            continue
        name = _drop_parent(core) + text[m.start():end]
        yield _Cand(_canon(name), pat.UNQ_HEADS[m.group(0)], start, end)


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
    for rx, fac in pat.FACILITY_RES:
        for m in rx.finditer(text):
            if _inside(m.start(), m.end(), claimed):
                continue
            before = text[max(0, m.start() - 12):m.start()]
            places = [p for p in gazetteer.find_places(before) if p.end == len(before)]
            qual_start = m.start() - (len(before) - places[-1].start if places else 0)
            qual = pat.LEVEL_QUALIFIER_RE.search(text[max(0, qual_start - 5):qual_start]).group(0)
            qual_start -= len(qual)
            cs, ce = _span(text, m.start(), pat.CLAUSE_END_RE)
            counted = (pat.COUNT_BEFORE_RE.search(text[max(0, qual_start - 5):qual_start])
                       or pat.COUNT_AFTER_RE.match(text, m.end()))
            if not (counted or pat.PLAQUE_RE.search(text, cs, ce)
                    or pat.DONE_RE.search(text[max(0, qual_start - 4):qual_start])):
                continue
            name = text[qual_start:m.end()] if fac["keep_qualifier"] else m.group(0)
            ps, _ = _left_name(text, m.start()) or (m.start(), "")
            yield _Cand(_canon(name), "platform", qual_start, m.end(), family=fac["family"],
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
    cs, ce = _span(text, c.start, pat.CLAUSE_END_RE)
    fam = _family_of(c.name) or _family_of(text[cs:c.start] + text[c.end:ce])
    if fam is None and c.kind in ("action", "brand", "project"):
        ss, se = _span(text, c.start, pat.SENTENCE_END_RE)  # 实施X行动，提升政治引领效能
        fam = _family_of(text[ss:c.start] + text[c.end:se])
    return fam or "科创"


def _region(c: _Cand, text: str, ctx: InitiativeContext | None) -> tuple[str | None, str | None]:
    """Region: a pilot's city, a mirror's province, a place in the name, else the article's."""
    if c.region_free:
        return None, None
    regions = gazetteer.load_regions()
    if c.kind == "pilot":  # the one city of its sentence (原平经济开发区成功创建… → 忻州市)
        ss, se = _span(text, c.start, pat.SENTENCE_END_RE)
        found = gazetteer.resolve_places(gazetteer.find_places(text[ss:se]), text[ss:se])
        prefs = {pf.adcode: pf for p in found if (pf := gazetteer.prefecture_of(p.adcode))}
        if len(prefs) == 1:
            pf = next(iter(prefs.values()))
            return pf.name, pf.adcode
    if c.region_word:  # 中原 → 河南省, 漯河 → 漯河市
        word = pat.PROVINCE_WORDS.get(c.region_word, c.region_word)
        hits = [r for r in gazetteer.region_by_name(word) if r.level != "county"]
        if hits:
            return hits[0].name, hits[0].adcode
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
    ss, _ = _span(text, c.start, pat.SENTENCE_END_RE)
    before = text[ss:c.start]
    verbs = list(pat.DESIGNATION_VERB_RE.finditer(before))
    if not verbs:
        return None
    dates = [d for d in find_dates(before[:verbs[-1].start()], parse_iso(published))
             if d.date and d.precision in ("day", "month", "year")]
    return dates[-1].date if dates else None


# --- merging ------------------------------------------------------------------------------------


def _merge_key(name: str) -> str:
    """Variants of one name: without years, with a leading short place name made full."""
    k = _key(pat.TRAILING_BRACKET_RE.sub("", pat.YEAR_RE.sub("", name)))
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
                                      and _key(c.name) not in pat.NATIONAL for k in keys)]


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
        ss, se = _span(text, c.start, pat.SENTENCE_END_RE)
        ss += len(text[ss:se]) - len(text[ss:se].lstrip())
        se -= len(text[ss:se]) - len(text[ss:se].rstrip())
        out.append(Initiative(name=c.name, family=_family(c, text), kind=c.kind, region=region,
                              region_adcode=adcode, place=c.place,
                              designated=_designated(c, text, published),
                              evidence=text[ss:se], span=(ss, se)))
    LOGGER.debug("%d initiatives", len(out))
    return tuple(out)
