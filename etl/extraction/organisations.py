"""The organisation recogniser: every organisation a stretch of text names, found by its shape.

A name is a place or a modifier run followed by a body's head noun (河南省 + 科协, 成都 + …研究院,
华中科技 + 大学), a national body (中国科协, 中科院…所), an abbreviation (省科协, 市政府, 老科协,
管委会), a Hong Kong or Macao body, or a group of unnamed units (5家园区企业, 陕西科技大学相关学院).
Where a name ends is where a head noun (or a place name) ends; where it starts is decided by its
shape, not by the nearest punctuation: the longest start that makes a whole organisation
(orgs.parse_org), that is not inside a word no name starts with (与, 代表, 此次, 高校, 董事长 …:
rules/orgs.toml `not_name_start`), and that does not carry a prefix of another kind in front of
the place the name begins with (代表甘肃农业大学, 澳门赌场上海分院 -> 上海分院). Overlapping
candidates give way to the longest. Every mention is normalised to the full name, with the
article's own place where the mention leaves it implicit (ArticleContext).

Pure: text and context in, mentions out. The signing frames (agreements.py) choose among these.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from etl.extraction import gazetteer, known_bodies
from etl.extraction.orgs import (
    ArticleContext,
    canonical_other,
    firm_brand_after_place,
    has_free_shape,
    known_short_prefix,
    parse_org,
    region_name,
)
from etl.records import Party, built
from etl.vocabulary import orgs as voc
from etl.vocabulary import signing as sig_voc
from etl.vocabulary.common import HAN_CHAR
from etl.vocabulary.numerals import cn_number

# The longest organisation mention tried (characters).
MAX_LEN = 34


@dataclass(frozen=True)
class OrgMention:
    """One organisation named in the text: text[start:end] == mention."""

    start: int
    end: int
    mention: str
    name: str  # canonical full name
    kind: str  # a kind of the agreement_parties table
    level: str
    adcode: str | None = None
    group: bool = False  # a group of units (5家园区企业), not one organisation
    items: tuple[OrgMention, ...] = ()  # the named members of a listed group (A、B等3家企业)
    relative: bool = False  # written relative to the article's place (省科协, 我市, 市政府)
    bare: bool = False  # a bare place name (嘉兴, 朝阳区): the place or its government
    lead: int = -1  # where the run it was read from starts, when words before it were dropped

    def party(self) -> Party:
        """The mention as a signatory (made once: the frames ask for it many times)."""
        cached = self.__dict__.get("_party")
        if cached is None:
            cached = Party(name=self.name, mention=self.mention, kind=self.kind,
                           level=self.level, adcode=self.adcode)
            self.__dict__["_party"] = cached  # outside the fields: the record stays frozen
        return cached


def _named(start: int, end: int, mention: str, p: Party, relative: bool, bare: bool,
           lead: int) -> OrgMention:
    """OrgMention(start, end, mention, p.name, p.kind, p.level, p.adcode, relative=relative,
    bare=bare, lead=lead), built without the frozen dataclass's __init__ (which sets each of the
    twelve fields through object.__setattr__): a third of the cost, for every name recognised.
    The same fields and values (tests/test_shared_scans.py)."""
    return built(OrgMention, start=start, end=end, mention=mention, name=p.name, kind=p.kind,
                 level=p.level, adcode=p.adcode, group=False, items=(), relative=relative,
                 bare=bare, lead=lead)


@lru_cache(maxsize=1 << 16)
def _is_name_char(ch: str) -> bool:
    """Can `ch` stand inside a name (a Han letter or a name's own mark)? Cached per character:
    asked for every place a name may start."""
    return bool(HAN_CHAR.match(ch)) or ch in voc.NAME_SPAN_CHARS


@lru_cache(maxsize=16)
def _place_starts(text: str) -> dict[int, gazetteer.PlaceMention]:
    """Place mentions by start (one gazetteer pass per text, cached)."""
    return {p.start: p for p in gazetteer.places_in(text)}


def _in_window(sorted_positions: list[int], lo: int, hi: int) -> list[int]:
    return sorted_positions[bisect_left(sorted_positions, lo):bisect_left(sorted_positions, hi)]


class _Window:
    """One stretch of text [lo, hi) prepared for the recogniser: where a name may start.

    A name starts where a run of name characters starts, right after a word no name starts
    with (与, 代表, 高校 …), where a place name starts, where a name's own prefix starts (中国,
    中科院, 农业部) or where a pointing form starts (我市, 该县); never inside such a word."""

    def __init__(self, text: str, lo: int, hi: int, ctx: ArticleContext) -> None:
        # (set up for every sentence a trigger is read in, ~20 characters on average: one
        # pass per pattern, the few words a cheap test rules out not scanned at all)
        self.text, self.lo, self.hi, self.ctx = text, lo, hi, ctx
        place_starts = _in_window(gazetteer.place_bounds(text)[0], lo, hi)
        runs = [m.span() for m in voc.NAME_RUN_RE.finditer(text, lo, hi)]
        blocked: set[int] = set()
        starts: set[int] = set()
        cuts: list[tuple[int, int]] = []
        # right after a connector (科协同安徽省科协: 同安 is no place there), a name is tried
        # whatever it starts with
        self.after_connector: set[int] = set()
        connectors = voc.CONNECTOR_WORDS
        prefixes = {m.start() for m in voc.NAME_PREFIX_ANY_RE.finditer(text, lo, hi)}
        for m in voc.NOT_NAME_START_RE.finditer(text, lo, hi):
            a, b = m.span()
            word = m.group()
            if word in voc.FIRM_BRAND_CONNECTORS and _firm_brand_at(text, a):
                continue  # 湖北|同诚生物工程有限公司: a brand, no connector
            blocked.update(range(a, b))
            if a not in prefixes:  # (联合国…: no name starts at its 国)
                starts.add(b)
            if word in connectors:
                self.after_connector.add(b)
            elif word in voc.CUTTING_WORDS and not (
                    word in voc.APPOSITION_WORDS and voc.APPOSITION_NOT_BEFORE_RE.match(text, b)):
                cuts.append((a, b))  # 对接|西北大学, 龙头企业|某集团
        if cuts:
            runs = _cut_runs(runs, cuts)
        self.run_starts = [a for a, _ in runs]
        self.run_ends = [b for _, b in runs]
        starts.update(self.run_starts, prefixes)
        # (every zone word starts with 经)
        zones = {m.start() for m in voc.BARE_ZONE_START_RE.finditer(text, lo, hi)} \
            if text.find(voc.BARE_ZONE_FIRST, lo, hi) >= 0 else set()
        pointing = {m.start() for m in voc.POINTING_RE.finditer(text, lo, hi)}
        starts.update(zones, pointing, place_starts)
        # a name that begins with a function word (与同济大学, 与和记…, 同济大学与…)
        self.led = self._led_starts(blocked, starts) if blocked else frozenset()
        if blocked:
            # 与联合国…: a name's own prefix is no connector's word (联合)
            blocked.difference_update(pointing, place_starts, zones, prefixes, self.led)
            starts -= blocked
            starts.update(self.led)
        # (a run's start is a name character inside the window: only the others are tested)
        runs_in = starts.intersection(self.run_starts)
        self.starts = sorted(runs_in.union(
            p for p in starts.difference(runs_in) if p < hi and _is_name_char(text[p])))
        self.place_like = frozenset(place_starts).union(pointing)

    def _led_starts(self, blocked: set[int], starts: set[int]) -> frozenset[int]:
        """Where a name starts with a word no name starts with: right after a connector, a
        second connector or preposition of LED_AFTER_CONNECTOR (two never follow each other:
        与同济大学, 与对外经济贸易大学), and where a known body's name or a word that begins names
        (经济日报社, 在线…) stands where a name may start (同济大学与…; not 足彩|在线大学)."""
        text = self.text
        led = {p for p in self.after_connector
               if p in blocked and p < self.hi and text[p] in voc.LED_AFTER_CONNECTOR}
        known = [m.start() for m in voc.LED_KNOWN_RE.finditer(text, self.lo, self.hi)]
        if known:
            runs = set(self.run_starts)
            led.update(p for p in known if p in starts or p in runs)
        return frozenset(led)

    def hard_start(self, end: int) -> int:
        """The first position of the run of name characters that ends at `end` (at most
        MAX_LEN characters back)."""
        k = bisect_left(self.run_ends, end)
        if k < len(self.run_starts) and self.run_starts[k] < end:
            return max(self.run_starts[k], end - MAX_LEN)
        return end


def _firm_brand_at(text: str, at: int) -> bool:
    """Is the connector's character at `at` the first of a firm's brand after a place's short
    name (湖北|同诚生物工程有限公司)? (orgs.firm_brand_after_place)"""
    starts, ends = gazetteer.place_bounds(text)
    k = bisect_left(ends, at)
    return k < len(ends) and ends[k] == at and firm_brand_after_place(text, at, starts[k])


def _cut_runs(runs: list[tuple[int, int]],
              cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The runs of name characters cut where a governing verb or a noun of apposition stands
    (开发区引进某研究院 -> 开发区 | 某研究院): no name spans one."""
    out = []
    for a, b in runs:
        for c, d in cuts:
            if a <= c < b:
                if c > a:
                    out.append((a, c))
                a = max(a, d)
        if a < b:
            out.append((a, b))
    return out


def _ends(text: str, lo: int, hi: int) -> tuple[list[int], frozenset[int]]:
    """Where a mention may end: after a head noun (not one of an official's title: 局长) or a
    place name; the second set holds the ends that only a place name makes."""
    n = len(text)
    heads = set()
    for m in voc.MENTION_END_RE.finditer(text, lo, hi):
        e = m.end()
        if e < n:  # (the tests of the character after the head, each read once)
            ch = text[e]
            if (ch in voc.TITLE_AFTER_HEAD and not text.startswith(voc.NOT_TITLE_WORDS, e)) \
                    or (ch in voc.HEAD_RUNS_ON.get(m.group(), "")
                        and not text.startswith(voc.HEAD_ENDS_BEFORE, e)
                        and not _head_ends_anyway(text, lo, e, ch)
                        and not voc.LONG_HEAD_BEFORE_TONG_RE.match(text, e - 2)) \
                    or text.startswith(voc.MEMBER_TITLES, e) \
                    or text.endswith(voc.TITLE_ENDINGS, lo, e) \
                    or (ch in voc.AFTER_HUI_OF_MODEL
                        and text.startswith(voc.MODEL_WORDS_AT_HUI, e - 1)):
                continue
            if text[e - 1] in voc.ABROAD_ONLY_LAST and m.group() in voc.ABROAD_ONLY_ENDS \
                    and not voc.ABROAD_OWNER_RE.search(
                        text, max(lo, m.start() - voc.ABROAD_REACH), m.start()):
                continue  # (…机构, …组织: only after an owner abroad)
        heads.add(e)
    places = set(_in_window(gazetteer.place_bounds(text)[1], lo + 1, hi + 1))
    return sorted(heads | places), frozenset(places - heads)


def _head_ends_anyway(text: str, lo: int, e: int, ch: str) -> bool:
    """Does the head ending at `e` end the name before `ch` even though its last character
    runs on into a word with it (研究所|在长沙: 所在 is no word there)?"""
    return any(ch in after and text.endswith(head, lo, e)
               for head, after in voc.HEAD_ENDS_BEFORE_RUN_ON.items())


def _legit_prefix(prefix: str, ctx: ArticleContext, led: bool = False) -> bool:
    """May `prefix` stand before a place inside one name? A name's own prefix (中国科学院上海分院,
    农业部南京…研究所), a place chain, or an organisation (南京政治学院上海校区) may."""
    if voc.NAME_PREFIX_RE.match(prefix) or voc.CORPS_RE.match(prefix + "x"):
        return True
    if prefix.endswith(voc.SUBUNIT_LINKS):  # 某医科大学附属|北京某医院: the parent, then 附属
        prefix = prefix[:-2]
    return gazetteer.place_chain(prefix) is not None or \
        parse_org(prefix, ctx, led=led) is not None  # (led: 同济大学|浙江学院)


def _best_start(win: _Window, end: int, place_end: bool) -> tuple[int, int, Party] | None:
    """The longest organisation ending at `end` that starts where a name may start (after a
    place name alone: a place or a pointing form)."""
    text, ctx = win.text, win.ctx
    first = max(win.hard_start(end), win.lo)
    starts = win.starts
    k, n, last = bisect_left(starts, first), len(starts), end - 1
    places = _place_starts(text)
    while k < n and starts[k] < last:
        i = starts[k]
        k += 1
        if place_end and i not in win.place_like:
            continue
        s = text[i:end]
        if text[i] == "该":
            party = _pointing(text, i, end, ctx)
        elif i in win.led and i not in places:
            party = parse_org(s, ctx, led=True)
        elif i in places or i in win.after_connector or _may_be_org(s, ctx) or (
                s.endswith(voc.FIRM_HEAD) and s.startswith(voc.SUBSIDIARY_BRANDS)):
            party = parse_org(s, ctx)  # (the last: a brand before its place, 国网|某省电力公司)
        else:
            continue
        if party is None:
            continue
        if (s[2:3] in voc.PERSON_CONNECTORS or s[3:4] in voc.PERSON_CONNECTORS) and \
                sig_voc.PERSON_TITLE_END_RE.search(text, max(win.lo, i - voc.TITLE_REACH), i):
            continue  # 书记|李明与某实验室: an official's name and a connector, no name
        q, party = _anchored(win, i, end, party)
        return i, q, party
    return None


def _may_be_org(s: str, ctx: ArticleContext) -> bool:
    """A quick test before parse_org for a string that does not start with a place: is it a
    name of a known body, a relative form or a placeless name at all?"""
    return (s in voc.ALIASES or s in voc.SAR_SHORTS or s in voc.BARE_COMMISSIONER_FORMS
            or voc.RELATIVE_PREFIX_RE.match(s) is not None
            or (s.endswith(voc.TOWN_BODY_ENDS) and voc.TOWN_ALONE_RE.fullmatch(s) is not None)
            or voc.OTHER_FORMS_RE.match(s) is not None
            or any(s.startswith(short) for short, _ in ctx.aliases)
            or has_free_shape(s)
            or (s.endswith(voc.ALIAS_UNIT_HEADS) and known_short_prefix(s) > 0))  # 工行某省分行


def _anchored(win: _Window, i: int, end: int, party: Party) -> tuple[int, Party]:
    """Prefer the name that begins with a place inside the span when what stands before that
    place is no part of a name (代表甘肃农业大学 -> 甘肃农业大学, 澳门赌场上海分院 -> 上海分院)."""
    text, ctx = win.text, win.ctx
    places = _place_starts(text)
    first = i + 1
    if party.name != party.mention:  # (a place inside a short form is none: 华中科|大同)
        first += known_short_prefix(text[i:end])
    for q in range(first, end - 1):
        if q not in places:
            continue
        inner = parse_org(text[q:end], ctx)
        if inner is None:
            continue
        if _legit_prefix(text[i:q], ctx, i in win.led) or (
                (party.kind == "enterprise" or text.find(voc.FIRM_HEAD, q, end) >= 0)
                and q - i <= voc.BRAND_PREFIX_MAX):
            return i, party  # a firm's brand before its place (国网|安徽省电力有限公司, and its
            # unit: 国网|某省电力公司电力科学研究院)
        return q, inner
    return i, party


def _pointing(text: str, i: int, end: int, ctx: ArticleContext) -> Party | None:
    """该市产业集聚区, 该县: the last place of that level named before the mention."""
    m = voc.RELATIVE_PREFIX_RE.match(text, i, end)
    if m is None:
        return None
    level = voc.RELATIVE_LEVEL[m.group("lvl")]
    regions = gazetteer.load_regions()
    want = {"province": ("province",), "city": ("prefecture",), "county": ("county",)}[level]
    before = [p for p in gazetteer.resolve_places(list(gazetteer.places_in(text)), text)
              if p.end <= i and p.region.level in want]
    if not before:
        return None
    adcode = before[-1].adcode
    rest = text[m.end():end]
    party = parse_org(region_name(adcode) + rest, ctx) if rest else None
    if party is None and not rest:
        party = parse_org(regions[adcode].name, ctx)
    return replace(party, mention=text[i:end]) if party else None


def _ends_a_name(text: str, end: int) -> bool:
    """Can a bare place name end a party here (嘉兴市签署, 金华三市, 宝坻区、), not run on into
    a word it modifies (澳门赌场)?"""
    return (end >= len(text) or not HAN_CHAR.match(text[end])
            or voc.NOT_NAME_START_RE.match(text, end) is not None
            or text[end] in voc.AFTER_BARE_PLACE
            or voc.AFTER_PARTY_RE.match(text, end) is not None)


def _groups(text: str, lo: int, hi: int) -> list[OrgMention]:
    """Groups of unnamed units: a count (5家园区企业, 6个县(市、区)科协), or units of a place
    described (泉州企事业单位, 福建相关农业企业)."""
    out = []
    counted = voc.GROUP_COUNT_CUE_RE.search(text, lo, hi) is not None  # no slice
    for m in voc.GROUP_COUNT_RE.finditer(text, lo, hi) if counted else ():
        name = _expand_group(m.group())
        out.append(OrgMention(m.start(), m.end(), m.group(), name, "other", "other", group=True))
    if voc.PLACE_GROUP_NOUN_RE.search(text, lo, hi) is None:
        return out  # (no unit noun in the stretch: no place's units)
    starts = _place_starts(text)
    for k in _in_window(gazetteer.place_bounds(text)[0], lo, hi):
        p = starts[k]
        if p.end < hi:
            m = voc.GROUP_OF_PLACE_RE.match(text, p.end, hi)
            if m:
                whole = text[p.start:m.end()]
                out.append(OrgMention(p.start, m.end(), whole, whole, "other", "other",
                                      group=True))
    return out


def _expand_group(s: str) -> str:
    return s.replace("科协", "科学技术协会") if "科学技术协会" not in s else s


def find_organisations(text: str, ctx: ArticleContext, lo: int = 0,
                       hi: int | None = None, pointing: bool = True) -> tuple[OrgMention, ...]:
    """Every organisation named in text[lo:hi], left to right, non-overlapping (with those
    pointed at, 该院 -> the academy named before, unless `pointing` is off)."""
    hi = len(text) if hi is None else hi
    if hi - lo < 2:
        return ()
    win = _Window(text, lo, hi, ctx)
    cands: list[OrgMention] = _groups(text, lo, hi)
    ends, place_ends = _ends(text, lo, hi)
    if ctx.aliases:  # a short form the page defines may end with any character (西电)
        spans = _alias_spans(text, lo, hi, ctx)
        if spans:
            ends = sorted(set(ends).union(e for _, e in spans))
            win.starts = sorted(set(win.starts).union(a for a, _ in spans))
    cands.extend(_group_institutes(text, lo, hi))
    known = known_bodies.spans_in(text, lo, hi)
    if known:  # a well-known short form ends with any character too (华中科大, 中国华能)
        named = [(a, e) for a, e, form in known
                 if form in voc.ALIASES or form in voc.SAR_SHORTS]
        ends = sorted(set(ends).union(e for _, e in named))
        win.starts = sorted(set(win.starts).union(a for a, _ in named))
        cands.extend(_institutes_alone(text, known, ctx))
    place_starts = _place_starts(text)
    for end in ends:
        if end in place_ends and not _ends_a_name(text, end):
            continue  # 澳门赌场…: a place that modifies a word, no party
        got = _best_start(win, end, end in place_ends)
        if got is None:
            continue
        lead, i, p = got
        relative = i not in place_starts and voc.RELATIVE_PREFIX_RE.match(text, i) is not None
        cands.append(_named(i, end, text[i:end], p, relative, end in place_ends, lead))
    if voc.LATIN_LETTER_RE.search(text, lo, hi):
        cands.extend(_branded(text, lo, hi, ctx, ends))
    if voc.INNER_TOKEN_RE.search(text, lo, hi):
        cands.extend(_with_inner_tokens(text, lo, hi, ctx))
    cands.extend(_states(text, lo, hi, win))
    if text.find("）", lo, hi) >= 0 or text.find(")", lo, hi) >= 0:
        cands.extend(_bracketed_inside(text, lo, hi, win, cands, ends))
    cands = [_with_academy(text, c, ctx) if c.kind == "institute" else c for c in cands]
    cands.extend(_two_places(text, lo, hi, ctx))
    cands.extend(_place_runs(text, lo, hi, ctx))
    cands.extend(_abbreviated(text, lo, hi, ctx, cands))
    if cands:  # (a third of the sentences have none: the passes over them keep nothing)
        defined = _with_definitions(text, _listed_bare_bodies(text, _select(cands), hi, ctx),
                                    lo, hi)
        cands = _quoted_units(text, _related_groups(text, _appositions(
            text, _explained_shorts(text, defined, ctx)), hi), hi)
    chosen = _list_groups(text, cands, lo, hi)
    found = tuple(_collectives(text, chosen, lo, hi))
    if pointing and text.find("该", lo, hi) >= 0:
        found = _with_pointed(text, ctx, lo, hi, found)
    if pointing:
        found = _with_bare_heads(text, ctx, lo, hi, found)
    framed = _framed_spans(text)
    if framed:
        found = _with_framed_names(text, lo, hi, framed, found)
    if len(found) > 1 and text.find("、", lo, hi) >= 0:
        found = _units_of_listed_parent(text, found)
    if voc.NAME_QUOTE_RE.search(text, lo, hi):
        found = _with_quotes(text, lo, hi, found)
    return found


def _with_quotes(text: str, lo: int, hi: int,
                 found: tuple[OrgMention, ...]) -> tuple[OrgMention, ...]:
    """A name the page puts in quotes (“湖南大学”与同济大学, 与「某省人民政府」签署): the mention
    spans its quotes, so the frames read the connector and the verb right beside it."""
    out = []
    for m in found:
        a, b = m.start, m.end
        if a > lo and b < hi and voc.NAME_QUOTES.get(text[a - 1]) == text[b]:
            m = replace(m, start=a - 1, end=b + 1, mention=text[a - 1:b + 1])
        out.append(m)
    return tuple(out)


def _units_of_listed_parent(text: str, found: tuple[OrgMention, ...]) -> tuple[OrgMention, ...]:
    """湖南农业大学园艺学院、植物保护学院: a unit written bare right after another unit of a
    parent (a university, an academy) and 、 is a unit of the same parent, named with it."""
    out = list(found)
    for k in range(1, len(out)):
        prev, cur = out[k - 1], out[k]
        if cur.start != prev.end + 1 or text[prev.end] != "、" or cur.adcode or \
                not cur.name.endswith(voc.LISTED_UNIT_HEADS) or cur.name in voc.ALIASES:
            continue
        head = next(h for h in voc.LISTED_UNIT_HEADS if cur.name.endswith(h))
        if any(p in cur.name[:-len(head)] for p in voc.LISTED_UNIT_PARENTS) or any(
                m.start == 0 for m in gazetteer.find_places(cur.name)):
            continue  # (长沙学院, 某大学: a body of its own, not a unit)
        parent = next((prev.name[:i + len(p)] for p in voc.LISTED_UNIT_PARENTS
                       if (i := prev.name.find(p)) > 0 and i + len(p) < len(prev.name)), None)
        if parent is None or not prev.name[len(parent):].endswith(voc.LISTED_UNIT_HEADS):
            continue
        out[k] = replace(cur, name=parent + cur.name, kind=prev.kind, level=prev.level,
                         adcode=prev.adcode)
    return tuple(out)


@lru_cache(maxsize=8)
def _framed_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """甲智库与乙大学签署: the sides of the page's signing frames that hold no title and no word
    no name holds, and end with an organisation's head: (start, end, kind) of names as written
    (read once a page, from each signing verb back to its clause's start; find_organisations
    keeps those in its window that overlap nothing it read)."""
    verbs = list(voc.FRAMED_VERB_RE.finditer(text))
    if not verbs:
        return ()
    out = []
    for v in verbs:
        c0 = max(0, v.start() - voc.FRAMED_CLAUSE_MAX)
        if voc.FRAMED_CONNECTOR_RE.search(text, c0, v.start()) is None:
            continue  # (most verbs: no connector before them at all)
        if (last := voc.FRAMED_LAST_BREAK_RE.match(text, c0, v.start())) is not None:
            c0 = last.end()  # (after the clause's last break: one greedy match in C)
        seg_end = v.start()
        conn = voc.FRAMED_CONNECTOR_RE.search(text, c0 + 2, seg_end)
        if conn is None:
            continue
        tail = voc.FRAMED_TAIL_RE.search(text, conn.end(), seg_end)  # (在长沙|正式|举行…)
        if tail is not None:
            seg_end = tail.start()
        a0 = max((c.end() for c in voc.FRAMED_LEFT_CUT_RE.finditer(text, c0, conn.start())),
                 default=c0)
        if (lead := voc.FRAMED_LEAD_RE.match(text, a0, conn.start())) is not None:
            a0 = lead.end()  # (由|甲与乙共同签署)
        b0 = conn.start()
        if (adverb := voc.FRAMED_LEFT_TAIL_RE.search(text, a0, b0)) is not None:
            b0 = adverb.start()  # (甲|还与乙签署)
        sides = [(a0, b0)]
        r1 = seg_end
        if (stop := voc.FRAMED_RIGHT_STOP_RE.search(text, conn.end(), r1)) is not None:
            r1 = stop.start()  # (与乙|就共建实验室签署, 与乙|双方签署)
        etc = text.rfind("等", conn.end(), seg_end)  # (…、丙等: the list before 等)
        if etc > conn.end() and seg_end - etc <= 7:
            r1 = etc
        k = conn.end()
        for item in text[conn.end():r1].split("、"):
            sides.append((k, k + len(item)))
            k += len(item) + 1
        for a, b in sides:
            if b - a < 3:
                continue
            head = voc.FRAMED_HEAD_RE.search(text, max(a, b - voc.FRAMED_HEAD_MAX), b)
            if head is None and (person := sig_voc.PERSON_TAIL_RE.search(text, a, b)):
                b = person.start()  # 甲智库理事长李四: the body before its official
                while text.endswith(voc.FRAMED_PARTY_ORGANS, a, b):  # (…大学党委|书记)
                    b -= next(len(w) for w in voc.FRAMED_PARTY_ORGANS if text.endswith(w, a, b))
                head = voc.FRAMED_HEAD_RE.search(text, max(a, b - voc.FRAMED_HEAD_MAX), b)
            if text.startswith(voc.FRAMED_OWN_PLACES, a):  # 我县某合作社: the name after it
                a += 2
            if head is None or not 3 <= b - a <= voc.FRAMED_NAME_MAX or head.start() - a < 2 \
                    or voc.FRAMED_HAN_RUN_RE.fullmatch(text, a, b) is None \
                    or text.startswith(voc.FRAMED_NOT_FIRST, a) \
                    or voc.NOT_NAME_START_RE.search(text, a, b) \
                    or voc.VISIT_VERB_RE.search(text, a, b):
                continue
            out.append((a, b, "enterprise" if text.endswith(voc.FRAMED_FIRM_HEADS, a, b)
                        else "other"))
    return tuple(sorted(out))


def _with_framed_names(text: str, lo: int, hi: int, framed: tuple[tuple[int, int, str], ...],
                       found: tuple[OrgMention, ...]) -> tuple[OrgMention, ...]:
    """The framed names in [lo, hi) where nothing else is read (see _framed_spans)."""
    added: list[OrgMention] = []
    k = bisect_left(framed, (lo,))  # (sorted by start: only the window's, so a page stays linear)
    for a, b, kind in framed[k:]:
        if a >= hi:
            break
        if b <= hi and not any(f.start < b and a < f.end for f in (*found, *added)):
            added.append(OrgMention(a, b, text[a:b], canonical_other(text[a:b], kind), kind,
                                    "other"))
    return _with_added(found, added)


def _with_added(found: tuple[OrgMention, ...], added: list[OrgMention]) -> tuple[OrgMention, ...]:
    """The window's mentions with those a later pass read where nothing else stood, in order."""
    return tuple(sorted([*found, *added], key=lambda o: o.start)) if added else found


def _standing_for(antecedent: OrgMention, start: int, end: int, mention: str) -> OrgMention:
    """A pointing form (该院, a bare 促进会) as a mention of the body it points to."""
    return replace(antecedent, start=start, end=end, mention=mention, items=(), lead=-1)


def _with_bare_heads(text: str, ctx: ArticleContext, lo: int, hi: int,
                     found: tuple[OrgMention, ...]) -> tuple[OrgMention, ...]:
    """促进会分别与…: a bare head opening its clause is the page's own body of that head (its
    antecedent, as for 该促进会), where nothing else is read there."""
    added = []
    for m in voc.BARE_POINTING_RE.finditer(text, lo, hi):
        a, b = m.span("head")
        if any(f.start < b and a < f.end for f in found):
            continue
        antecedent = _antecedent(text, ctx, a, (m["head"],), voc.BARE_POINTING_LOOKBACK,
                                 first=True)
        if antecedent is not None:
            added.append(_standing_for(antecedent, a, b, m["head"]))
    return _with_added(found, added)


def _with_pointed(text: str, ctx: ArticleContext, lo: int, hi: int,
                  found: tuple[OrgMention, ...]) -> tuple[OrgMention, ...]:
    """该院, 该校, 该公司: the nearest organisation named before with that head (within
    POINTING_LOOKBACK characters), as a mention of its own where nothing else is read there."""
    added = []
    for m in voc.ORG_POINTING_RE.finditer(text, lo, hi):
        head = m.group()[1:]
        nxt = text[m.end():m.end() + 1]
        if nxt and (nxt in voc.HEAD_RUNS_ON.get(head[-1], "") or nxt in voc.TITLE_AFTER_HEAD):
            continue  # 该院士, 该会议, 该校长: no organisation
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        antecedent = _antecedent(text, ctx, m.start(), voc.POINTING_HEADS[head])
        if antecedent is not None:
            added.append(_standing_for(antecedent, m.start(), m.end(), m.group()))
    return _with_added(found, added)


def _antecedent(text: str, ctx: ArticleContext, at: int, endings: tuple[str, ...],
                lookback: int = voc.POINTING_LOOKBACK, first: bool = False) -> OrgMention | None:
    """The single organisation before `at` whose name ends with one of `endings`: the most
    named of them (the article's subject, not a name read inside another's: 共建江门某大学联合
    研究院), the nearest among those named as often (with `first`, the earliest: the page's own
    body, introduced in its lead)."""
    fits = [o for o in _named_before(text, ctx, at, lookback) if o.name.endswith(endings)]
    if not fits:
        return None
    times = Counter(o.name for o in fits)
    return max(fits if first else reversed(fits), key=lambda o: times[o.name])


@lru_cache(maxsize=64)
def _named_before(text: str, ctx: ArticleContext, at: int,
                  lookback: int = voc.POINTING_LOOKBACK) -> tuple[OrgMention, ...]:
    """The single organisations named within `lookback` characters before `at` (cached: the
    frames read the sentence of a pointing form more than once)."""
    return tuple(o for o in find_organisations(text, ctx, max(0, at - lookback),
                                               at, pointing=False) if not o.group)


def _branded(text: str, lo: int, hi: int, ctx: ArticleContext,
             ends: list[int]) -> list[OrgMention]:
    """TCL科技集团, 5G产业技术创新联盟, ABB（中国）有限公司: a brand in Latin letters or digits
    that opens a firm's, an alliance's or an institute's name. The name's shape is read with a
    Han letter standing for the brand (the brand is its proper part: 产业技术创新联盟 alone is a
    kind, 甲产业技术创新联盟 a name); the longest such name after the brand is the party."""
    out = []
    for m in voc.BRAND_RE.finditer(text, lo, hi):
        run = voc.NAME_RUN_RE.match(text, m.end(), hi)
        if run is None:
            continue
        for end in reversed(ends[bisect_left(ends, m.end() + 2):bisect_right(ends, run.end())]):
            rest = text[m.end():end]
            if not rest.endswith(voc.BRAND_HEADS) or voc.INNER_CONNECTOR_RE.search(rest):
                continue  # (某集团和某公司: two names)
            party = parse_org(voc.BRAND_STAND_IN + rest, ctx)
            if party is None or not party.name.startswith(voc.BRAND_STAND_IN):
                continue
            out.append(OrgMention(m.start(), end, text[m.start():end],
                                  m.group() + party.name[1:], party.kind, party.level,
                                  party.adcode))
            break
    return out


@lru_cache(maxsize=16)
def _masked(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The text with every Latin, digit or 〇 token inside a name (湖南省3D打印产业协会,
    第707研究所, 第七〇七研究所), digits that open one and every hyphen between two names
    written as Han letters of the same length (a Han numeral for digits and 〇, the brand's
    stand-in otherwise), and the tokens' spans."""
    parts, spans, k = [], [], 0
    for m in voc.INNER_TOKEN_RE.finditer(text):
        a, b = m.span()
        numeral = text[a:b].isdigit() or "〇" in text[a:b]
        stand_in = voc.NUMERAL_STAND_IN if numeral else voc.BRAND_STAND_IN
        parts.append(text[k:a])
        parts.append(stand_in * (b - a))
        spans.append((a, b))
        k = b
    parts.append(text[k:])
    return "".join(parts), tuple(spans)


def _with_inner_tokens(text: str, lo: int, hi: int, ctx: ArticleContext) -> list[OrgMention]:
    """The names that hold a token the name characters leave out (湖南省3D打印产业协会,
    中国船舶集团有限公司第707研究所, 北京师范大学-香港浸会大学联合国际学院): read in the masked
    text, then written back with the tokens as the page writes them."""
    masked, spans = _masked(text)
    found = [c for c in find_organisations(masked, ctx, lo, hi, pointing=False) if not c.group]
    hyphens = {a for a, b in spans if b == a + 1 and text[a] in voc.NAME_HYPHENS}
    out = []
    for c, d in pairwise(found):  # 某大学-某大学联合国际学院: one joint body
        if c.end in hyphens and d.start == c.end + 1 and voc.JOINT_AFTER_HYPHEN_RE.search(
                text, c.end, d.end):
            name = _written_back(c.name, c.mention, text[c.start:c.end], c.end - c.start)
            out.append(replace(d, start=c.start, mention=text[c.start:d.end],
                               name=f"{name or c.name}{text[c.end]}{d.name}"))
    for c in found:
        inside = [(a, b) for a, b in spans if c.start <= a and b <= c.end]
        if not inside or any(a in hyphens for a, _ in inside):
            continue
        mention = text[c.start:c.end]
        name = _written_back(c.name, c.mention, mention, inside[0][0] - c.start)
        if name is not None:
            out.append(replace(c, mention=mention, name=name))
    return out


def _bracketed_inside(text: str, lo: int, hi: int, win: _Window,
                      cands: list[OrgMention], ends: list[int]) -> list[OrgMention]:
    """湖南湘江新区（长沙高新区）管理委员会, 中国科学院自动化研究所（长沙）智能制造研究院: a bracket
    (a place, another name of the body) inside a name, from a name read before it in its run.
    The name is read without the bracket, the shortest that parses after it (not
    某研究院（某地）|某展厅), and written with it."""
    out = []
    for m in voc.INNER_BRACKET_RE.finditer(text, lo, hi):
        o, c = m.span()
        starts = sorted({x.start for x in cands if not x.group and o - MAX_LEN < x.start < o
                         and x.end <= c and voc.NAME_RUN_RE.fullmatch(text, x.start, o)
                         and not voc.INNER_CONNECTOR_RE.search(text, x.start, o)})
        run = voc.NAME_RUN_RE.match(text, c, hi)
        last = min(run.end() if run else c, c + MAX_LEN)
        for i in starts:
            for e in ends[bisect_right(ends, c + 1):bisect_right(ends, last)]:
                if voc.INNER_CONNECTOR_RE.search(text, c, e):
                    continue
                bare = text[i:o] + text[c:e]
                p = parse_org(bare, win.ctx)
                name = p and _written_back(p.name, bare, text[i:e], o - i)
                if p is None or name is None:
                    continue
                name = name.replace("（", "(").replace("）", ")")
                out.append(_named(i, e, text[i:e], replace(p, name=name), False, False, -1))
                break
            else:
                continue
            break
    return out


def _written_back(name: str, masked: str, mention: str, first: int) -> str | None:
    """The canonical name read in the masked text with the tokens written back: the longest end
    of the masked mention that holds every token and stands in the name (湖南 + 甲甲应用产业联盟
    -> 湖南省 + 5G应用产业联盟)."""
    for k in range(first + 1):
        at = name.find(masked[k:])
        if at >= 0:
            return name[:at] + mention[k:] + name[at + len(masked) - k:]
    return None


def _states(text: str, lo: int, hi: int, win: _Window) -> list[OrgMention]:
    """澳门特区与法国签署: a foreign state written alone where a name may start and end (a
    longer name that opens with it, 德国某协会, wins the overlap; 法国驻华大使, 法国市场 are
    no ends)."""
    out = []
    for m in voc.FOREIGN_STATE_RE.finditer(text, lo, hi):
        a, e = m.start(), m.end()
        if a > lo and _is_name_char(text[a - 1]) and a not in win.starts:
            continue  # inside a word (某某美国学院 is read by its own rule)
        if _ends_a_name(text, e):
            out.append(OrgMention(a, e, m.group(), m.group(), "government", "national",
                                  bare=True))
    return out


def _group_institutes(text: str, lo: int, hi: int) -> list[OrgMention]:
    """中国电科38所: a group's numbered institute, by its registered name (digits are no name
    characters, so the shape rules never reach it); 十四师 on a corps page: the corps' division."""
    out = []
    for m in known_bodies.group_institutes(text, lo, hi):
        name = known_bodies.group_institute_name(m)
        if name is not None:
            out.append(OrgMention(m.start(), m.end(), m.group(), name, "institute", "national"))
    for a, e, name in known_bodies.corps_divisions(text, lo, hi):
        out.append(OrgMention(a, e, text[a:e], name, "other", "other"))
    return out


def _institutes_alone(text: str, known: list[tuple[int, int, str]],
                      ctx: ArticleContext) -> list[OrgMention]:
    """水稻所 on a page of 中国农科院: an institute's short form written alone, named by the
    page's academy (known_bodies.institute_alone)."""
    out = []
    for a, e, form in known:
        if form in voc.ACADEMY_SHORTS_ALONE and form not in voc.ALIASES:
            full = known_bodies.institute_alone(text, form)
            party = parse_org(full, ctx) if full else None
            if party is not None:
                out.append(OrgMention(a, e, form, party.name, party.kind, party.level,
                                      party.adcode))
    return out


def _alias_spans(text: str, lo: int, hi: int, ctx: ArticleContext) -> set[tuple[int, int]]:
    """Where the short forms the page defines (以下简称“西电”) stand in text[lo:hi]."""
    out = set()
    for short, _ in ctx.aliases:
        if short in voc.BARE_OWN_FORMS:  # 学校 standing alone, not 中小学校
            out.update(m.span() for m in voc.BARE_OWN_FORM_RE.finditer(text, lo, hi))
            continue
        i = text.find(short, lo, hi)
        while i >= 0:
            out.add((i, i + len(short)))
            i = text.find(short, i + 1, hi)
    return out


def _with_academy(text: str, c: OrgMention, ctx: ArticleContext) -> OrgMention:
    """农业信息研究所 in an article that names 中国农业科学院农业信息研究所: an academy's
    institute written without its academy is that institute (its full name)."""
    if c.kind != "institute" or c.level != "other" or c.adcode or c.group:
        return c
    before = text[max(0, c.start - 12):c.start]
    for prefix in voc.ACADEMY_PREFIXES:
        full = prefix + c.mention
        # 中国农科院\n农业信息研究所: a name a line break cut in two is one name
        cut = before.endswith("\n") and before.rstrip("\n \u3000").endswith(prefix)
        if cut or full in text:
            party = parse_org(full, ctx)
            if party is not None:
                return replace(c, name=party.name, kind=party.kind, level=party.level,
                               adcode=party.adcode)
    return c


def _abbreviated(text: str, lo: int, hi: int, ctx: ArticleContext,
                 cands: list[OrgMention]) -> list[OrgMention]:
    """高新二小, 东北地理所, 陕科大: a short form whose characters are, in order, those of a full
    name the article gives elsewhere (宝鸡高新第二小学); the full name is the party."""
    out = []
    if voc.ABBREVIATION_END_RE.search(text, lo, hi) is None:
        return out  # (no head a short form ends with, followed as one is)
    for m in voc.ABBREVIATION_RE.finditer(text, lo, hi):
        if any(c.start < m.end() and m.start() < c.end for c in cands):
            continue
        short = m.group()
        full = _full_form(text, short, ctx)
        if full is not None:
            out.append(OrgMention(m.start(), m.end(), short, full.name, full.kind, full.level,
                                  full.adcode))
    return out


@lru_cache(maxsize=256)
def _full_form(text: str, short: str, ctx: ArticleContext) -> Party | None:
    """The full name in `text` that `short` abbreviates, if exactly one organisation fits."""
    heads = voc.ABBREVIATION_HEADS[short[-1]]
    body = short[:-1]
    found: dict[str, Party] = {}
    for h in voc.FULL_HEAD_RE[short[-1]].finditer(text):
        for i in range(max(0, h.start() - 16), h.start()):
            cand = text[i:h.end()]
            if not _in_order(body, cand[: -len(h.group())]) or not cand.endswith(heads):
                continue
            party = parse_org(cand, ctx)
            if party is not None and len(cand) > len(short):
                found[party.name] = party
                break
    return next(iter(found.values())) if len(found) == 1 else None


def _explained_shorts(text: str, chosen: list[OrgMention],
                      ctx: ArticleContext) -> list[OrgMention]:
    """海蓝集团 on a page that names 珠海海蓝集团有限公司 (before or after): a recognised name
    that the page's one full form of the same head explains is that full form."""
    out = []
    for c in chosen:
        full = None
        if (c.kind in voc.SHORT_FORM_KINDS and not (c.group or c.relative or c.bare)
                and c.mention not in voc.ALIASES
                and not voc.LEGAL_ENDING_RE.search(c.mention)):
            # a firm named with its legal ending (…有限公司) is named in full already
            full = _page_full_form(text, c.mention, ctx)
        elif c.kind == "zone" and voc.NATIONAL_ZONE_CUE in text:
            name = _zone_as_written(text, c)
            if name != c.name:
                c = replace(c, name=name)
        out.append(c if full is None else replace(
            c, name=full.name, kind=full.kind, level=full.level, adcode=full.adcode))
    return out


def _zone_as_written(text: str, c: OrgMention) -> str:
    """A high-tech zone written short without 国家 (延吉高新区) on a page that writes it with 国家
    elsewhere (延吉国家高新技术产业开发区, 延吉国家高新区): the page's name for it, with 国家.
    Written without 国家 anywhere, its 高新区 is only expanded (ANNOTATION.md)."""
    cut = c.name.find(voc.ZONE_LONG)
    if cut < 1 or voc.ZONE_LONG in c.mention or c.name.startswith(voc.NATIONAL_ZONE_WORD, cut - 2):
        return c.name
    stem = c.name[:cut]
    if any(stem + shi + voc.NATIONAL_ZONE_WORD + form in text
           for shi in ("", "市") for form in voc.NATIONAL_ZONE_FORMS):
        return stem + voc.NATIONAL_ZONE_LONG + c.name[cut + len(voc.ZONE_LONG):]
    return c.name


def _short_head(name: str) -> str | None:
    return next((h for h in voc.SHORT_FORM_HEADS if name.endswith(h)), None)


def _same_head(full: str, head: str) -> bool:
    """Does `full` end with `head`, or with it and a firm's legal ending (…集团有限公司)?"""
    own = _short_head(full)
    if own == head:
        return True
    bare = voc.COMPANY_TAIL_RE.sub("", full)
    return bare != full and _short_head(bare) == head


@lru_cache(maxsize=256)
def _page_full_form(text: str, short: str, ctx: ArticleContext) -> Party | None:
    """The one longer name on the page whose characters hold `short`'s in order and that ends
    with the same head (a firm's legal ending aside), found where `short`'s own first two
    characters after its place or national prefix stand (a national prefix begins the full form
    too); None when none or several fit."""
    head = _short_head(short)
    if head is None:
        return None
    lead = voc.NAME_PREFIX_RE.match(short)
    k = lead.end() if lead else 0
    chain = gazetteer.find_places(short[k:k + 12])
    if chain and chain[0].start == 0:
        k += chain[0].end
    if len(short) - len(head) - k < 2:
        return None  # 珠海集团, 中国协会: nothing of its own to look for
    anchor = short[k:k + 2]
    # a national name (中国…, 中科院…) is whole: a place written before it is no part of it
    own_start = lead.group() if lead else ""
    found: dict[str, Party] = {}
    j = text.find(anchor)
    while j >= 0:
        full = _full_around(text, j, len(anchor), ctx)
        if (full is not None and len(full.mention) > len(short)
                and full.mention.startswith(own_start) and _same_head(full.mention, head)
                and _in_order(short, full.mention) and not _unit_of(short, full.mention)):
            found[full.name] = full
            if len(found) > 1:
                return None
        j = text.find(anchor, j + len(anchor))
    return next(iter(found.values())) if found else None


def _unit_of(short: str, full: str) -> bool:
    """Is `full` a unit named after the whole of `short` (中国某学会北碚学会 after 中国某学会),
    not its full form (a firm's legal ending aside: 海蓝集团有限公司 is 海蓝集团's)?"""
    return full.startswith(short) and voc.COMPANY_TAIL_RE.sub("", full) != short


def _full_around(text: str, j: int, n: int, ctx: ArticleContext) -> Party | None:
    """The longest organisation that holds text[j:j+n], within its run of name characters."""
    lo = j
    while lo > 0 and j - lo < MAX_LEN and _is_name_char(text[lo - 1]):
        lo -= 1
    hi = j + n
    while hi < len(text) and hi - j < MAX_LEN and _is_name_char(text[hi]):
        hi += 1
    win = _Window(text, lo, hi, ctx)
    ends, place_ends = _ends(text, lo, hi)
    for end in reversed(ends):
        if end < j + n:
            break
        got = _best_start(win, end, end in place_ends)
        if got is not None and got[1] <= j:
            if got[1] < j and voc.NOT_NAME_START_RE.search(text, got[1], j) is not None:
                return None  # 调研组到|恒隆集团: a word no name holds before the short form
            return replace(got[2], mention=text[got[1]:end])
    return None


def _in_order(short: str, full: str) -> bool:
    """Are the characters of `short` those of `full`, in order (高新二 in 宝鸡高新第二)?"""
    it = iter(full)
    return all(ch in it for ch in short)


def _two_places(text: str, lo: int, hi: int, ctx: ArticleContext) -> list[OrgMention]:
    """苏陕两省科技厅, 沪滇两地, 两省政府: two places named together, as a pair of parties (the
    places' bodies when one follows, else the places themselves). Without the one-character
    names, 两省/两市 are the article's two most named provinces or cities."""
    out = []
    if text.find(voc.TWO_PLACES_CUE, lo, hi) < 0:
        return out
    for m in voc.TWO_PLACES_RE.finditer(text, lo, hi):
        a, b, body = m.group("a"), m.group("b"), m.group("body") or ""
        if a and b:
            codes = [voc.PROVINCE_ABBREVIATIONS[a], voc.PROVINCE_ABBREVIATIONS[b]]
        elif not a and not b and body:
            listed = _listed_places(text, lo, m.start("two"))
            if listed is not None:  # 铜仁、遵义两市科协: the two places written before
                codes, first = listed
            else:
                ranked = ctx.provinces if "省" in m.group("two") else ctx.cities
                codes = [c for c in ranked if c not in gazetteer.MUNICIPALITIES
                         or "市" in m.group("two")][:2]
        else:
            continue
        if len(codes) != 2 or codes[0] == codes[1]:
            continue
        members = _place_members(codes, body, m, ctx)
        if len(members) == 2:
            start = m.start() if (a and b) else m.start("two")
            if not (a and b) and body and listed is not None:
                start = first
            out.append(OrgMention(start, m.end(), text[start:m.end()],
                                  "、".join(x.name for x in members), "other", "other",
                                  group=True, items=tuple(members)))
    return out


def _place_members(codes: list[str], body: str, m: re.Match[str],
                   ctx: ArticleContext) -> list[OrgMention]:
    """Each place's body written once after them all (苏陕两省科技厅, 京津冀科协), else the places
    themselves (沪滇两地), as members of the group `m` matched; fewer where one is no body."""
    regions = gazetteer.load_regions()
    members = []
    for code in codes:
        name = regions[code].name
        party = parse_org(name + body, ctx) if body else parse_org(name, ctx)
        if party is None:
            break
        if not body:  # 沪滇两地: the places themselves
            party = replace(party, name=name)
        members.append(OrgMention(m.start(), m.end(), m.group(), party.name, party.kind,
                                  party.level, party.adcode))
    return members


def _place_runs(text: str, lo: int, hi: int, ctx: ArticleContext) -> list[OrgMention]:
    """京津冀科协, 沪苏浙皖三省一市科协, 川渝科协: provinces named by their one-character names,
    with their count or their body, as one group of parties (each province's body, else the
    places). Two with a count are _two_places'; a run that begins a place name (辽宁科协) is
    that place."""
    out: list[OrgMention] = []
    for m in voc.PLACE_RUN_RE.finditer(text, lo, hi):
        abbrs, count = m.group("abbrs"), m.group("count")
        body = m.group("body") or m.group("body_only") or ""
        codes = list(dict.fromkeys(voc.PROVINCE_ABBREVIATIONS[a] for a in abbrs))
        if len(codes) != len(abbrs) or (count and len(codes) == 2):
            continue
        if count and voc.PLACE_RUN_COUNTS[count[0]] + count.endswith(voc.PLACE_RUN_PLUS_ONE) \
                != len(codes):
            continue
        place = _place_starts(text).get(m.start())
        if place is not None and place.end > m.start() + 1:
            continue  # 辽宁科协: the place 辽宁, not 辽 and 宁
        members = _place_members(codes, body, m, ctx)
        if len(members) == len(codes):
            out.append(OrgMention(m.start(), m.end(), m.group(),
                                  "、".join(x.name for x in members), "other", "other",
                                  group=True, items=tuple(members)))
    return out


def _listed_places(text: str, lo: int, end: int) -> tuple[list[str], int] | None:
    """The two places listed right before `end` (铜仁、遵义|两市科协, 福鼎和福安|两市政府): their
    adcodes and where the first starts, or None when two bare places do not stand there."""
    by_end = {p.end: p for p in gazetteer.resolve_places(list(gazetteer.places_in(text)), text)}
    second = by_end.get(end)
    if second is None or second.start - 1 < lo or text[second.start - 1] not in voc.PLACE_JOINERS:
        return None
    first = by_end.get(second.start - 1)
    if first is None or first.start < lo or first.adcode == second.adcode:
        return None
    return [first.adcode, second.adcode], first.start


def _select(cands: list[OrgMention]) -> list[OrgMention]:
    """Non-overlapping mentions, the longest first (groups before single names; a group of a
    place's units that opens a longer name, 泰州市中小企业 of 泰州市中小企业服务中心, is none)."""
    if len(cands) < 2:
        return list(cands)  # (most sentences: one candidate or none)
    if any(c.group and not c.items for c in cands):
        singles = [(c.start, c.end) for c in cands if not c.group]
        cands = [c for c in cands if not c.group or c.items or not any(
            a == c.start and c.end < b for a, b in singles)]
    taken: list[OrgMention] = []
    for c in sorted(cands, key=lambda c: (not c.group, -(c.end - c.start), c.start)):
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)


def _listed_bare_bodies(text: str, chosen: list[OrgMention], hi: int,
                        ctx: ArticleContext) -> list[OrgMention]:
    """长沙市科技局、科协分别与…: a body word listed without a place after a body named with one
    takes that body's place (the list shares it)."""
    if not chosen:
        return chosen
    starts = {c.start for c in chosen}
    out: list[OrgMention] = []
    for c in chosen:
        out.append(c)
        place = None
        while not (c.group or c.bare or c.adcode is None or c.end >= hi
                   or text[c.end] not in voc.LISTED_BARE_JOINERS or c.end + 1 in starts):
            m = voc.LISTED_BARE_BODY_RE.match(text, c.end, hi)
            if m is None or gazetteer.find_places(m["body"]):
                break
            if place is None:
                places = gazetteer.find_places(c.name)
                if not places or places[0].start != 0:
                    break
                end = places[0].end
                for p in places[1:]:
                    if p.start != end:
                        break
                    end = p.end
                place = c.name[:end]
            party = parse_org(place + m["body"], ctx)
            if party is None or party.kind == "government":
                break
            c = _named(m.start("body"), m.end(), m["body"], party, False, False, -1)
            out.append(c)  # 三亚市科技局、工信局、科协: the place goes on down the list
    return out


def _appositions(text: str, chosen: list[OrgMention]) -> list[OrgMention]:
    """A count right after named parties (A、B两家单位, A和B两校) restates them: no group."""
    ends = {c.end for c in chosen if not c.group}
    return [c for c in chosen if not (c.group and not c.items and c.start in ends
                                      and voc.COUNT_START_RE.match(c.mention))]


def _with_definitions(text: str, chosen: list[OrgMention], lo: int,
                      hi: int) -> list[OrgMention]:
    """某研究所（以下简称“某所”）与…: the bracket that defines a name's short form belongs to
    the mention (the frames read past it); the short form inside is no second mention."""
    if voc.ALIAS_DEFINITION_CUE_RE.search(text, lo, hi) is None:
        return chosen
    out: list[OrgMention] = []
    covered = -1
    for c in chosen:
        if c.start < covered:
            continue
        m = None if c.group else voc.ALIAS_DEFINITION_RE.match(text, c.end, hi)
        if m:
            out.append(replace(c, end=m.end(), mention=text[c.start:m.end()]))
            covered = m.end()
        else:
            out.append(c)
    return out


def _quoted_units(text: str, chosen: list[OrgMention], hi: int) -> list[OrgMention]:
    """澳门大学“澳门中小学生科技实践基地”: a unit of an organisation named in quotes right after
    it (a base, a centre, a laboratory) is one party, the organisation's name + the unit's."""
    out: list[OrgMention] = []
    covered = -1
    for c in chosen:
        if c.start < covered:
            continue  # a name inside the quoted unit (澳门中小学)
        m = None if c.group else voc.QUOTED_UNIT_RE.match(text, c.end, hi)
        if m:
            out.append(OrgMention(c.start, m.end(), text[c.start:m.end()],
                                  c.name + m.group("unit"), c.kind, c.level, c.adcode))
            covered = m.end()
        else:
            out.append(c)
    return out


def _related_groups(text: str, chosen: list[OrgMention], hi: int) -> list[OrgMention]:
    """陕西科技大学相关学院, 中国农业科学院3个研究所: an organisation's unnamed units, one group
    party."""
    out = []
    for c in chosen:
        m = voc.GROUP_RELATED_RE.match(text, c.end, hi)
        if m and not c.group:
            whole = text[c.start:m.end()]
            out.append(OrgMention(c.start, m.end(), whole, c.name + m.group(), "other",
                                  c.level, c.adcode, group=True))
        else:
            out.append(c)
    return out


def resolve_against(party: Party, others: tuple[Party, ...], ctx: ArticleContext) -> Party:
    """A relative mention never means the place of its counterpart: 我市 signing with 常州市 is
    another city, and so is 市科技局 signing with 常州市科技局 (the same body). The party read
    again without that place (the article's next one), or as it was."""
    pointing = party.mention[:1] in ("我", "本")
    key = voc.body_key(party.mention)
    exclude = tuple(o.adcode for o in others if o.adcode and o is not party
                    and (pointing or (key and voc.body_key(o.mention) == key)))
    if party.adcode not in exclude:
        return party
    again = parse_org(party.mention, replace(ctx, exclude=exclude))
    return again if again is not None and again.adcode not in exclude else party


def _list_groups(text: str, chosen: list[OrgMention], lo: int, hi: int) -> list[OrgMention]:
    """A、B、C等4家全国学会 / …等多方机构: the listed members and what closes the list make one
    group party (the members stay reachable: 分别 distributes over them). A member the
    recogniser does not know (…组织, …联会) is a short run of name characters between 、."""
    out = list(chosen)
    by_end = {m.end: m for m in chosen}
    for close in voc.GROUP_CLOSER_RE.finditer(text, lo, hi):
        if not (close.group("count") or close.group("noun")):
            continue
        start, items, named = close.start(), [], 0
        unknown: list[tuple[int, int]] = []  # members the recogniser does not name
        while True:
            owned = False
            known = by_end.get(start)
            if known is not None:
                items.insert(0, known)
                named += 1
                begin = known.start
            else:
                begin = start
                while begin > lo and _is_name_char(text[begin - 1]) and start - begin < 16:
                    begin -= 1
                own = text.rfind(voc.GROUP_OWNER_WORD, begin, start)
                owner = by_end.get(own) if own >= 0 else None
                if owner is not None and own + len(voc.GROUP_OWNER_WORD) < start:
                    unknown.insert(0, (own + len(voc.GROUP_OWNER_WORD), start))
                    begin, owned = owner.start, True  # 某集团旗下甲: 甲, not its owner
                elif begin == start or (begin > lo
                                        and text[begin - 1] not in voc.GROUP_LIST_JOINERS
                                        and _is_name_char(text[begin - 1])):
                    break
                else:
                    unknown.insert(0, (begin, start))
            start = begin
            if start - 1 >= lo and text[start - 1] in voc.GROUP_LIST_JOINERS:
                start -= 1
                continue
            joiner = next((w for w in voc.GROUP_OWNER_JOINERS
                           if owned and text.endswith(w, lo, start)), None)
            if joiner is not None and by_end.get(start - len(joiner)) is not None:
                start -= len(joiner)  # 甲公司及某集团旗下乙: the list goes on before the owner
                continue
            break
        if start < close.start() and text[start] in voc.GROUP_LIST_JOINERS:
            start += 1
        if not named or (len(items) < 2 and not (close.group("count") or close.group("noun"))):
            continue  # (one member and what the rest are, 甲公司等企业: a group as written)
        items = _with_unnamed(text, close, items, unknown, start)
        whole = text[start:close.end()]
        group = OrgMention(start, close.end(), whole, _expand_group(whole), "other", "other",
                           group=True, items=tuple(items))
        out = [m for m in out if m.end <= start or m.start >= close.end()] + [group]
    return sorted(out, key=lambda m: m.start)


def _with_unnamed(text: str, close: re.Match[str], items: list[OrgMention],
                  unknown: list[tuple[int, int]], start: int) -> list[OrgMention]:
    """A counted group whose count is the number of its listed members (甲公司、乙科技、丙新材等3
    家企业) names every member: those the recogniser does not know are members as written (each
    a short run between 、), so that one party's signing with the group is one per member."""
    count = close.group("count")
    n = cn_number(count[:-1]) if count else None
    if not unknown or n is None or n != len(items) + len(unknown) or any(
            not 2 <= b - a <= 12 or (a > start and text[a - 1] not in voc.GROUP_LIST_JOINERS
                                     and not text.endswith(voc.GROUP_OWNER_WORD, 0, a))
            for a, b in unknown):
        return items
    noun = close.group("noun") or ""
    kind = "enterprise" if noun.endswith(voc.GROUP_FIRM_NOUNS) else "other"
    members = [OrgMention(a, b, text[a:b], text[a:b], kind, "other") for a, b in unknown]
    return sorted([*items, *members], key=lambda m: m.start)


def _collectives(text: str, chosen: list[OrgMention], lo: int, hi: int) -> list[OrgMention]:
    """涪江流域科协: all the 科协 of a river basin or area, one party."""
    out = list(chosen)
    if voc.COLLECTIVE_CUE_RE.search(text, lo, hi) is None:
        return out
    for m in voc.COLLECTIVE_RE.finditer(text, lo, hi):
        if any(o.start < m.end() and m.start() < o.end and o.group for o in out):
            continue
        out = [o for o in out if o.end <= m.start() or o.start >= m.end()]
        out.append(OrgMention(m.start(), m.end(), m.group(), _expand_group(m.group()), "科协",
                              "other", group=True))
    return sorted(out, key=lambda m: m.start)


class OrgIndex:
    """The organisations of one sentence, looked up by where they start and end."""

    def __init__(self, mentions: tuple[OrgMention, ...]) -> None:
        self.mentions = mentions
        self._starts = [m.start for m in mentions]
        self._ends = [m.end for m in mentions]
        self._by_end = {m.end: m for m in mentions}
        self._by_start = {m.start: m for m in mentions}
        # a name whose spam or epithet was dropped (澳门赌场|上海分院) starts where that began
        for m in mentions:
            if 0 <= m.lead < m.start:
                self._by_start.setdefault(m.lead, m)
        # (one pass over the mentions for the five lookups: an index is made per sentence)
        members: dict[Party, tuple[Party, ...]] = {}
        groups, alone, relative, full = [], [], [], []
        for m in mentions:
            p = m.party()
            if m.items:
                members[p] = tuple(i.party() for i in m.items)
            if m.group:
                groups.append(p)
                if voc.GROUP_NOUN_END_RE.search(m.mention):
                    alone.append(p)
            if m.relative:
                relative.append(p)
            if not (m.relative or m.bare or m.group):
                full.append(p)
        self._members = members
        self._groups = frozenset(groups)
        self._alone = frozenset(alone)
        self._relative = frozenset(relative)
        self._full = frozenset(full)

    def full_name(self, party: Party) -> bool:
        """Is the party written with its body (not a bare place, not relative)? Only such names
        join a list with nothing or a space between them (中国工程院 湖南省人民政府)."""
        return party in self._full

    def ending_at(self, end: int, lo: int = 0) -> OrgMention | None:
        m = self._by_end.get(end)
        return m if m is not None and m.start >= lo else None

    def end_before(self, end: int, lo: int = 0) -> int | None:
        """The last position before `end` where a mention starting at or after `lo` ends (the
        next one ending_at finds, read right to left), or None."""
        keys = self.__dict__.get("_end_keys")
        if keys is None:  # (sorted once, when first asked)
            keys = self.__dict__["_end_keys"] = sorted(self._by_end)
        k = bisect_left(keys, end) - 1
        while k >= 0:
            if self._by_end[keys[k]].start >= lo:
                return keys[k]
            k -= 1
        return None

    def starting_at(self, start: int, hi: int) -> OrgMention | None:
        m = self._by_start.get(start)
        return m if m is not None and m.end <= hi else None

    def is_relative(self, party: Party) -> bool:
        """Is the party written relative to the article's place (省科协, 我市, 市政府)?"""
        return party in self._relative

    def is_group(self, party: Party) -> bool:
        """Is the party a group of units (5家园区企业, 涪江流域科协), which may sign alone?"""
        return party in self._groups

    def signs_alone(self, party: Party) -> bool:
        """Can the party sign on its own: a group named by its units (涪江流域科协, 9个市科技局,
        A、B等4家全国学会)? One named organisation never does."""
        return party in self._alone

    def members(self, party: Party) -> tuple[Party, ...]:
        """The named members of a listed group party (empty for any other party)."""
        return self._members.get(party, ())

    def within(self, lo: int, hi: int) -> list[OrgMention]:
        return list(self.mentions[bisect_left(self._starts, lo):bisect_right(self._ends, hi)])
