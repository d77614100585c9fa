"""Signings of cooperation agreements: who signed with whom, when, what, as which model.

The rules follow how Chinese news reports a signing:
  A与B(在X)(共同)签署/签订/签下 …协议      one pair
  A分别与B、C、D签订 / A又与B、C等地签署    one agreement per pair
  A、B和C三方共同签署 / A、B、C科协…共同签署  one joint agreement
  A与B…协议签约仪式(在X)举行              the ceremony names the pair
  A与B，C与D分别签订 / A与B；C与D签署       pairs in clauses of their own, each its own
  举行签约仪式：A与B；C与D。                 agreement (before or after the trigger)
  签约双方为A和B / 签署协议的是A与B          the signatories named after the trigger
  甲（省科协主席）与乙（区长）代表双方签约    officials: the bodies their titles name
  A作为乙方、B作为甲方签署 / 甲方A、乙方B     roles and side labels read as not written
  双方又签署补充协议 / 协议签于2012年…续签   the same pair, another (earlier) event
and drop what is not a signing: drafts (送审稿, 审议), plans (将于, 定于下周, 早日签署),
intentions (达成初步意向). Dates come from the sentence, else from the text before it, else the
publication date (近日 precision); the precision is kept and no day is ever invented.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise

from etl.extraction import gazetteer, party_lists
from etl.extraction.dates import DateMention, find_dates, precision_rank
from etl.extraction.organisations import (
    OrgIndex,
    OrgMention,
    find_organisations,
    resolve_against,
)
from etl.extraction.orgs import ArticleContext, distribute_suffix, parse_org, region_name
from etl.records import Agreement, Party
from etl.vocabulary import orgs as org_voc
from etl.vocabulary import signing as voc
from etl.vocabulary.dates import EVENT_YEAR_RE
from etl.vocabulary.numerals import cn_number


@dataclass
class _Found:
    parties: tuple[Party, ...]
    date: DateMention | None
    after: str | None
    background_cue: bool
    type: str
    title: str | None
    evidence: str
    span: tuple[int, int]
    online: bool
    from_pair: bool  # parties inherited from 双方 / the previous signing
    inferred_date: bool = False  # the date comes from the context, not the sentence
    concluded: bool = False  # reported without 签 (达成…协议, 协议正式落地): may restate one


def _sentences_holding(text: str, positions: list[int]) -> list[tuple[int, int]]:
    """The sentences (up to and with an end mark; a line break ends one outside it) that hold
    these sorted positions, each once, in text order. Only these are read:
    a sentence with no trigger and no date changes nothing."""
    out: list[tuple[int, int]] = []
    rev = _reversed(text)  # the last end mark before a position: the first one in reverse
    n = len(text)
    for p in positions:
        if out and p < out[-1][1]:
            continue
        back = voc.SENTENCE_END_CHAR.search(rev, n - p)
        ahead = voc.SENTENCE_END_CHAR.search(text, p)
        s1 = n if ahead is None else ahead.start() if ahead.group() == "\n" else ahead.end()
        s0 = n - back.start() if back else 0
        while s0 < p and text[s0] in voc.SENTENCE_LEAD_SPACE:  # 。 某市…: from its first word
            s0 += 1
        out.append((s0, s1))
    return out


@lru_cache(maxsize=4)
def _reversed(text: str) -> str:
    """The text backwards, made once per text: the last mark before a position is the first
    one after it in the reversed text, found by one search in C."""
    return text[::-1]


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Where the clause holding `pos` starts: after the last clause break in text[lo:pos] (one
    search of the reversed text, in C, not a match per character back), else at `lo`."""
    n = len(text)
    last = voc.CLAUSE_BREAK.search(_reversed(text), n - pos, n - lo)
    return n - last.start() if last is not None else lo


def _skip_back(text: str, pos: int, lo: int, words: tuple[str, ...],
               idx: OrgIndex | None = None) -> int:
    """Move `pos` left over whitespace, any of `words`, adverbials of time or place
    (已于2015年2月, 就在北京, 在雅安市雨城区: a place as written, not a body) and an official
    (副局长王某) directly before it; never over an organisation the recogniser found (`idx`)
    other than a place after 在."""
    moved = True
    while moved:
        moved = False
        while pos > lo and text[pos - 1] in " \u3000":
            pos -= 1
        if text.endswith(words, lo, pos):  # (one test in C; most positions end with none)
            w = next(w for w in words if text.endswith(w, lo, pos))  # the first listed
            pos -= len(w)
            moved = True
        opened = _bracket_start(text, lo, pos)
        if opened is not None:  # A（其他名称）〔简称甲〕与B: the brackets after the party's name
            pos, moved = opened, True
        m = voc.TAIL_ADVERBIAL_END.search(text[max(lo, pos - 16):pos])
        if m and m.start() < m.end() and not (
                m.group().startswith("在") and idx is not None
                and (o := idx.ending_at(pos)) is not None and not o.bare
                and not _place_as_written(o)):  # 在雅安市雨城区与B: a venue
            pos -= m.end() - m.start()
            moved = True
        start = max(lo, pos - 24)
        person = voc.PERSON_TAIL_RE.search(text[start:pos])
        if person and person.start() < person.end() and (
                idx is None or idx.ending_at(pos) is None):
            end, pos = pos, start + person.start()
            moved = True
            # 湖南大学党委|书记张某: the title read from inside a body's name ends at that body
            inside = [o for o in idx.within(lo, end) if o.start < pos < o.end] if idx else []
            if inside:
                pos = inside[-1].end
                continue
            # 市委书记王某、市长李某与…: the officials of one body, listed
            while pos - 1 > lo and text[pos - 1] in voc.OFFICIAL_JOINERS:
                other = voc.PERSON_TAIL_RE.search(text[max(lo, pos - 25):pos - 1])
                if other is None or other.start() == other.end():
                    break
                pos = max(lo, pos - 25) + other.start()
    return pos


def _place_as_written(o: OrgMention) -> bool:
    """Is the mention a place's name (雅安市雨城区, 嘉兴市), not a body of it (…人民政府)?"""
    region = gazetteer.load_regions().get(o.adcode or "")
    return region is not None and o.mention.endswith(region.name)


def _bracket_start(text: str, lo: int, pos: int) -> int | None:
    """Where the bracketed aside that ends right before `pos` opens (nested ones included),
    within BRACKET_ASIDE_CHARS; None where no bracket closes there."""
    if pos <= lo or text[pos - 1] not in voc.BRACKET_PAIRS:
        return None
    stack = []
    for i in range(pos - 1, max(lo, pos - voc.BRACKET_ASIDE_CHARS) - 1, -1):
        ch = text[i]
        if ch in voc.BRACKET_PAIRS:
            stack.append(voc.BRACKET_PAIRS[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
            if not stack:
                return i
    return None


def _skip_person(text: str, pos: int, hi: int) -> int:
    """After a body, its official (…公司副总经理李某, …): where the list goes on."""
    m = voc.PERSON_TITLES_RE.match(text, pos, hi)
    if not m:
        return pos
    for name_len in (2, 3):
        k = m.end() + name_len
        if k < hi and text[k] in voc.LIST_JOINERS + voc.PAIR_CONNECTORS:
            return k
    return pos


def parse_group(
    text: str, lo: int, hi: int, ctx: ArticleContext, idx: OrgIndex | None = None
) -> tuple[list[Party], list[Party]]:
    """The party group closest before `hi` (not before `lo`).

    Returns (left, right): `right` holds the counterparts after a 与/和/同/跟 connector,
    `left` the parties before it. A connector with nothing before it (…分别与B、C签订) gives an
    empty `left`, for the caller to fill with the sentence's subject. Without a connector, a
    、-list (A、B战略合作框架协议签约仪式) is returned in `left`. The parties are organisations
    the recogniser found (`idx`, else found here).
    """
    if idx is None:
        idx = OrgIndex(find_organisations(text, ctx, lo, hi))
    # (right to left over the positions where a connector may stand; the others hold none)
    for k in reversed([m.start() for m in voc.PAIR_CONNECTOR_AT_RE.finditer(text, lo, hi)]):
        width = _connector_at(text, k, hi)
        if not width:
            continue
        r0 = k + width
        while r0 < hi and text[r0] in " \u3000":  # A 与 B 签署: spaces around the connector
            r0 += 1
        right = _list_from(text, r0, hi, ctx, idx) or _pointed_counterpart(text, r0, hi, ctx)
        if right and text[k] in voc.LIST_JOINERS and _covered_by_earlier(
                text, lo, k, right[-1][2] + len(right[-1][0]), hi, ctx, idx):
            continue  # A与B和C: 和 joins B and C, the pair's connector is 与
        if not right or _modifies_other(text, right[-1][2] + len(right[-1][0]), hi, lo):
            continue
        pos = _skip_back(text, k, lo, voc.ADVERBS, idx)
        # (长沙、株洲、湘潭三市科协与B: the counted body the places share stands before 与)
        shared_left = next((sm for sm in voc.SHARED_AFTER_RE.finditer(
            text, max(lo, pos - voc.SHARED_AFTER_MAX), pos) if sm.end() == pos), None)
        left_items = _list_to(text, lo, shared_left.start() if shared_left else pos, ctx, idx,
                              voc.AND_JOINER if text[k] != voc.AND_JOINER else "")
        if shared_left and left_items:
            left_items = _with_body(left_items, shared_left.group("body"), ctx)
        if not left_items:
            pointed = _pointed_body(text, lo, pos, ctx)
            if pointed is not None:  # 会后，该院与B签订: the academy named before
                return [pointed], _distributed(right, ctx)
            head = _head_before_phrase(text, lo, pos, idx)
            if head is not None:  # A就人才培养等方面与B签订: A, then a 就/围绕 phrase
                return _distributed([head], ctx), _distributed(right, ctx)
            lead_in = voc.LEAD_IN_RE.search(text[lo:pos])
            if voc.DOCUMENT_THEN_JOINER_RE.search(text, max(lo, pos - 8), pos):
                # A与B签署X协议、与C签署Y协议: the clause's subject signs again
                subject, _ = _subject(text, lo, pos, ctx, idx)
                return subject[:1] if len(subject) == 1 else [], _distributed(right, ctx)
            if pos == lo or text[pos - 1] in voc.CLAUSE_PUNCT or lead_in:
                return [], _distributed(right, ctx)
            continue
        # (read past hi: a subject group ends before the count that closes it)
        shared = voc.SHARED_AFTER_RE.match(text, right[-1][2] + len(right[-1][0]))
        if shared:  # 江苏和陕西两省政府: the places' own bodies
            left_items, right = (_with_body(left_items, shared.group("body"), ctx),
                                 _with_body(right, shared.group("body"), ctx))
        return _distributed(left_items, ctx), _distributed(right, ctx)
    # no connector: a 、-list or a single party closest before hi
    end = hi
    while end > lo + 1:
        if idx.ending_at(end, lo) is None:  # no party ends here: on to where one does
            before = idx.end_before(end, lo)
            if before is None:
                break
            end = before
            continue
        items = _list_to(text, lo, end, ctx, idx)
        if items and _modifies_other(text, end, hi, lo):
            return [], []  # 成都、自贡两市…的多个项目签约: the places modify what signs
        verb = _object_verb(text, lo, items[0][2]) if items else None
        if verb is not None:
            end = verb  # 共建X研究院协议签约: X is what they build, not who signs
            continue
        if items and items[0][2] > lo and voc.CONNECTOR_BEFORE_RE.search(
                text, max(lo, items[0][2] - 4), items[0][2]):
            return [], []  # …与上海多家企业签订, 与区内5所高校: a counterpart, its partner unnamed
        if items and end < hi and text[end] in voc.PAIR_CONNECTORS:
            return [], []  # 30家企业与高校院所签订: a partner the recogniser does not name
        if items and not (items[0][2] > lo and text[items[0][2] - 1] in voc.NOT_PARTY_BEFORE):
            shared = voc.SHARED_AFTER_RE.match(text, end)
            if shared:  # 四川、重庆两省市科技部门签署: each place's own office
                items = _with_body(items, shared.group("body"), ctx)
            return _distributed(items, ctx), []
        end -= 1
    return [], []


def _pointed_body(text: str, lo: int, pos: int, ctx: ArticleContext) -> Party | None:
    """The body a bare head noun right before `pos` stands for (学校 opening its clause:
    会上，学校与B签署). 该院, 该校, 该公司 … are read by the recogniser (orgs.toml
    `pointing_heads`), so they reach the frames as names."""
    word = next((w for w in voc.POINTED_BODIES if text.startswith(w, pos - len(w))), None)
    if word is None or pos - len(word) < lo:
        return None
    at = pos - len(word)
    lead = text[lo:at].rstrip(" \u3000")
    if lead and lead[-1] not in voc.CLAUSE_PUNCT and not voc.LEAD_IN_RE.search(lead):
        return None  # 参观了该院与…: an object, not the clause's subject
    return _pointed_to(text, at, word, ctx)


def _pointed_counterpart(text: str, r0: int, hi: int,
                         ctx: ArticleContext) -> list[tuple[str, Party, int]]:
    """A counterpart written as a bare head noun right after its connector, as a list item
    (与该校签订 is the recogniser's)."""
    word = next((w for w in voc.POINTED_BODIES if text.startswith(w, r0)), None)
    if word is None or r0 + len(word) > hi:
        return []
    body = _pointed_to(text, r0, word, ctx)
    return [(word, body, r0)] if body is not None else []


def _pointed_to(text: str, at: int, word: str, ctx: ArticleContext) -> Party | None:
    """The body the pointing word at `at` stands for: the last organisation named before it in
    its paragraph whose name ends with one of the word's heads (signing.toml `pointed_bodies`;
    a party committee's institution)."""
    para = max(text.rfind("\n", 0, at) + 1, at - voc.POINTED_BODY_REACH)
    for o in reversed(find_organisations(text, ctx, para, at)):
        if o.group or _object_verb(text, para, o.start) is not None:
            continue  # (共建某大学研究院: what they build, not who they are)
        stem = voc.PARTY_COMMITTEE_END_RE.sub("", o.mention)
        body = o.party() if stem == o.mention else parse_org(stem, ctx)
        if body is not None and body.name.endswith(voc.POINTED_BODIES[word]):
            return replace(body, mention=word)
    return None


def _head_before_phrase(text: str, lo: int, pos: int,
                        idx: OrgIndex) -> tuple[str, Party, int] | None:
    """The party that opens the stretch [lo, pos) when a prepositional phrase (就…等方面,
    围绕…, 按照…) follows it up to the connector at `pos`."""
    first = next((o for o in idx.within(lo, pos) if not o.group), None)
    if first is None or text[lo:first.start].strip(" \u3000") or \
            not voc.PHRASE_AFTER_PARTY_RE.match(text, first.end, pos):
        return None
    return first.mention, first.party(), first.start


def _covered_by_earlier(text: str, lo: int, k: int, end: int, hi: int, ctx: ArticleContext,
                        idx: OrgIndex) -> bool:
    """Does a connector before `k` (与/同/跟) start a list that runs over `k` to `end`?"""
    for j in range(k - 1, lo - 1, -1):
        if text[j] in voc.LIST_JOINERS or not _connector_at(text, j, hi):
            continue
        items = _list_from(text, j + _connector_at(text, j, hi), hi, ctx, idx)
        return bool(items) and items[-1][2] + len(items[-1][0]) == end
    return False


def _connector_at(text: str, k: int, hi: int) -> int:
    """The width of a pair connector at `k`: 与/和/同/跟, or a verb that joins a partner
    (携手/联合/牵手/会同 B 签署); 0 where none stands."""
    if text[k] in voc.PAIR_CONNECTORS:
        return 1
    word = text[k:k + 2]
    return 2 if k + 2 < hi and word in voc.PAIR_CONNECTOR_VERBS else 0


def _with_body(items: list[tuple[str, Party, int]], body: str,
               ctx: ArticleContext) -> list[tuple[str, Party, int]]:
    """Bare places of a list that a following 两省政府 / 三市科技部门 gives their body (the
    department of no fixed name, 科技部门, is the office of each place's level)."""
    out = []
    for t, p, i in items:
        regions = gazetteer.region_by_name(t)
        own = body
        if regions and body in voc.SHARED_BODY_BY_LEVEL:
            r = regions[0]
            level = "province" if r.level == "province" and \
                r.adcode not in gazetteer.MUNICIPALITIES else "city"
            own = voc.SHARED_BODY_BY_LEVEL[body][level]
        q = parse_org(p.name.removesuffix("人民政府") + own, ctx) if regions else None
        out.append((t, replace(q, mention=t) if q else p, i))
    return out


def _object_verb(text: str, lo: int, start: int) -> int | None:
    """Where a verb stands whose object is the name starting at `start` (共建…研究院): the
    last such verb before it with only name characters between them."""
    last = None
    for m in voc.OBJECT_VERB_RE.finditer(text, max(lo, start - 24), start):
        last = m
    if last is None or not voc.NAME_GAP_RE.fullmatch(text, last.end(), start):
        return None
    return last.start()


def _modifies_other(text: str, end: int, trig: int, lo: int = 0) -> bool:
    """Does a 的 stand between a party group and the trigger (A、B…的项目签约)? Then the group
    describes what signs, and is no signatory; but the pair's own ceremony (A与B的战略合作签约
    仪式) is theirs, unless the clause reports people attending it (出席了A与B的签约仪式)."""
    gap = text[end:trig]
    if voc.POSSESSIVE not in gap:
        return False
    own = voc.OWN_CEREMONY_RE.fullmatch(gap) is not None or \
        voc.REPRESENTATIVES_GAP_RE.fullmatch(gap) is not None
    return not own or voc.ATTENDING_RE.search(text, lo, end) is not None


def _list_to(text: str, lo: int, end: int, ctx: ArticleContext,
             idx: OrgIndex, also: str = "") -> list[tuple[str, Party, int]]:
    """Parties joined by 、/及 (and `also`: 和 before another pair connector, 甲和乙分别与丙)
    that end exactly at `end`, read right to left."""
    got = idx.ending_at(end, lo)
    if not got:
        return []
    items = [(got.mention, got.party(), got.start)]
    start = got.start
    while True:
        # 、/及 between two parties, or nothing but a space between two full names
        # (中国工程院 湖南省人民政府)
        glued = idx.ending_at(start, lo) if start > lo else None
        spaced = (idx.ending_at(start - 1, lo)
                  if start - 1 >= lo and text[start - 1] in " \u3000" else None)
        j = start  # spaces around the joiner (A  、B: a role blanked after A)
        while j - 1 > lo and text[j - 1] in " \u3000":
            j -= 1
        k = j - 1
        while k > lo and text[k - 1] in " \u3000":
            k -= 1
        nxt = (idx.ending_at(k, lo)
               if j - 1 >= lo and text[j - 1] in voc.LIST_JOINERS_LEFT + also else None)
        if nxt is not None and text[j - 1] in also and (
                idx.is_group(nxt.party()) or idx.is_group(items[0][1])):
            nxt = None  # 甲等5家学会和乙分别与…: a group's list, not joined by 和
        if start - 2 >= lo and text[start - 2:start] == voc.LONG_JOINER:  # A以及B
            nxt = idx.ending_at(start - 2, lo) or nxt
        if nxt is None and start - 1 >= lo and text[start - 1] in voc.DASH_JOINERS:
            k = start - 1  # 《A—B合作协议》签约仪式, “A·B”签约: a dash or a dot between two
            while k > lo and text[k - 1] in voc.DASH_JOINERS:
                k -= 1
            nxt = idx.ending_at(k, lo)
        if nxt is None:
            nxt = next((o for o in (glued, spaced) if o is not None and idx.full_name(o.party())
                        and idx.full_name(items[0][1])), None)
        if not nxt:
            break
        items.insert(0, (nxt.mention, nxt.party(), nxt.start))
        start = nxt.start
    return items


def _listed_place(text: str, pos: int, hi: int, ctx: ArticleContext) -> tuple[int, Party] | None:
    """An item of a list of places whose short name is also a word (来宾, 和平): in a list
    that already holds places, a prefecture or county name is the place."""
    m = voc.LIST_ITEM_RE.match(text, pos, hi)
    if not m:
        return None
    regions = [r for r in gazetteer.region_by_name(m.group()) if r.level != "province"]
    if len(regions) != 1:
        return None
    party = parse_org(regions[0].name, ctx)
    return (m.end(), replace(party, mention=m.group())) if party else None


def _list_from(text: str, start: int, hi: int, ctx: ArticleContext,
               idx: OrgIndex) -> list[tuple[str, Party, int]]:
    """Parties joined by 、/和/及 starting exactly at `start`, read left to right."""
    items: list[tuple[str, Party, int]] = []
    pos = start
    if idx.starting_at(pos, hi) is None:
        epithet = voc.EPITHET_RE.match(text, pos, hi)  # 与革命老区瑞金市…: the name after it
        if epithet is None or not idx.starting_at(epithet.end(), hi):
            epithet = voc.APPOSITION_LEAD_RE.match(text, pos, hi)  # 与县级政府——某县人民政府
        if epithet and idx.starting_at(epithet.end(), hi):
            pos = epithet.end()
    while pos < hi:
        org = idx.starting_at(pos, hi)
        got = (org.end, org.party()) if org else (
            _listed_place(text, pos, hi, ctx) if items else None
        ) or _academician_at(text, pos, hi)
        if not got:
            break
        end, party = got
        parent = voc.PARENT_OF_LIST_RE.match(text, end, hi)
        if parent:  # 及某集团旗下A、B: the group's units sign, not the group
            pos = parent.end()
            continue
        items.append((text[pos:end], party, pos))
        end = _skip_person(text, end, hi)
        if end < hi and text[end] in voc.LIST_JOINERS:
            pos = end + 1
            continue
        if text.startswith(voc.LONG_JOINER, end) and end + 2 < hi:  # B以及C
            pos = end + 2
            continue
        break
    return items


def _academician_at(text: str, pos: int, hi: int) -> tuple[int, Party] | None:
    """An academician listed as a counterpart (分别与张某院士、某大学签署): the person."""
    m = voc.ACADEMICIAN_ITEM_RE.match(text, pos, hi)
    if m is None:
        return None
    name = m.group("name")
    return m.end(), Party(name=name, mention=name, kind="other", level="other")


def _distributed(items: list[tuple[str, Party, int]], ctx: ArticleContext) -> list[Party]:
    """上海市、江苏省、安徽省科协: bare places in a list take the last item's body."""
    if len(items) < 2:
        return [p for _, p, _ in items]
    bare = [bool(gazetteer.region_by_name(t)) for t, _, _ in items]
    texts = [
        t2 if b else t
        for (t, _, _), t2, b in zip(
            items, distribute_suffix([t for t, _, _ in items]), bare, strict=True
        )
    ]
    if texts == [t for t, _, _ in items]:
        return [p for _, p, _ in items]
    out = []
    for (orig, p, _), t in zip(items, texts, strict=True):
        q = parse_org(t, ctx) if t != orig else p
        out.append(replace(q, mention=orig) if q else p)
    return out


def _against_each_other(parties: tuple[Party, ...], scan: _Scan) -> tuple[Party, ...]:
    """Relative mentions read again where they would mean their counterpart's place."""
    return tuple(resolve_against(p, parties, scan.ctx) if scan.index.is_relative(p) else p
                 for p in parties)


def _spread(idx: OrgIndex, left: list[Party], right: list[Party],
            each: bool) -> tuple[list[Party], list[Party]]:
    """A listed group (A、B、C等11家院校) signs as one party, unless one party signs with it
    (X与A、B等11个市签署) or its members sign each (A、B等企业分别与X签订): then its named
    members are the parties."""
    def members(side: list[Party], which: Callable[[Party], bool] | None = None) -> list[Party]:
        """The side with its groups (those `which` picks, else all) as their named members."""
        return [m for p in side
                for m in ((idx.members(p) or (p,)) if which is None or which(p) else (p,))]

    def whole(p: Party) -> bool:
        """A counted group of institutions that names fewer members than its count (A、B等5所
        高校) is one party as written (ANNOTATION.md): its unnamed members sign too."""
        items = idx.members(p)
        if not items or any(i.kind == "government" for i in items):
            return False  # places: their governments, each
        count = voc.INSTITUTION_COUNT_RE.search(p.mention)
        if count is None:  # 甲公司等企业: one member named, what the rest are, not counted
            return len(items) == 1 and org_voc.GROUP_NOUN_END_RE.search(p.mention) is not None
        return (cn_number(count["n"]) or 0) > len(items)

    total = len(left) + len(right)

    def counts_all(p: Party) -> bool:
        """A、B与C等三方签署: the count is of all the sides, C is no group (its one member)."""
        c = voc.JOINT_COUNT_TAIL_RE.search(p.mention)
        return c is not None and len(idx.members(p)) == 1 and cn_number(c["n"]) == total

    left, right = members(left, counts_all), members(right, counts_all)
    if len(left) == 1 and right and not idx.is_group(left[0]) and (
            each or not all(whole(p) for p in right)):
        right = members(right)
    if each and len(right) == 1 and left and not all(whole(p) for p in left):
        left = members(left)
    if not right and len(left) == 1 and (n := len(idx.members(left[0]))) >= 2 and (
            n == 2 or not whole(left[0])):
        left = members(left)  # 苏陕两省科技厅签署, 京津冀科协签署: each of them
    return left, right


def _all_named(idx: OrgIndex, group: Party) -> list[Party]:
    """The members of a counted group that names all of them (A、B、C等三家单位), else the
    group as written (its unnamed members sign too)."""
    items = idx.members(group)
    count = voc.INSTITUTION_COUNT_RE.search(group.mention) if items else None
    return list(items) if count is not None and cn_number(count["n"]) == len(items) else [group]


def _counted_units(idx: OrgIndex, group: Party) -> bool:
    """与甲、乙、丙等3家单位签订: a group counted in units (家/个/所, not 方) that names all of
    them: each is a counterpart of its own, whatever their kinds."""
    items = idx.members(group)
    count = voc.INSTITUTION_COUNT_RE.search(group.mention) if len(items) > 1 else None
    return count is not None and "方" not in count.group() and \
        cn_number(count["n"]) == len(items)


def _pair_word(text: str, start: int, end: int, at_start: bool = False) -> re.Match[str] | None:
    """The first word in text[start:end] that says how many sides sign (双方, 三方, 两地), or the
    one at `start`; never one inside a place name (四方 of 四方台区)."""
    if at_start:
        m = voc.PAIR_WORDS_RE.match(text, start, end)
        return m if m is None or not gazetteer.in_place_name(text, *m.span()) else None
    return _outside_places(voc.PAIR_WORDS_RE, text, start, end)


def _matches_outside_places(rx: re.Pattern[str], text: str, start: int,
                            end: int) -> Iterator[re.Match[str]]:
    """The matches of `rx` in text[start:end] that are no part of a place name."""
    return (m for m in rx.finditer(text, start, end)
            if not gazetteer.in_place_name(text, *m.span()))


def _outside_places(rx: re.Pattern[str], text: str, start: int,
                    end: int) -> re.Match[str] | None:
    """The first match of `rx` in text[start:end] that is no part of a place name."""
    return next(_matches_outside_places(rx, text, start, end), None)


def _counted_as_one(text: str, start: int, end: int, n: int) -> bool:
    """Does the sentence after the trigger count the n signatories as sides of one agreement
    (A与B、C签署…，三方将…)?"""
    m = _outside_places(voc.JOINT_COUNT_RE, text, start, end) if "方" in text[start:end] else None
    return m is not None and voc.JOINT_COUNTS[m.group("n")] == n


def _collective(text: str, s0: int, trig: int) -> bool:
    """与信阳、驻马店、周口三市科技部门签署: the counterparts, counted under one body word,
    are one collective of the sentence, which signs one document with the subject."""
    return voc.SHARED_AFTER_RE.search(text, s0, trig) is not None


def _pairs(left: list[Party], right: list[Party], each: bool = False,
           is_group: Callable[[Party], bool] = lambda p: False,
           joint: bool = False) -> list[tuple[Party, ...]]:
    """The agreements of a party group: one per counterpart when one party signs with several
    (A分别与B、C签订) or several sign each with one (A、B分别与C签订), else one joint agreement
    of all of them. Without 分别, one party with counterparts of one kind (X市与A大学、B大学,
    A与萍乡、新余等地) signs with each; with counterparts of several kinds (管委会与学会、大学、
    公司、科协签订…联盟协议) it is one joint document, and so it is when the sentence counts
    them as its sides (…，三方将…). A group party alone (涪江流域科协,
    9个市科技局) signs as itself."""
    if left and right:
        if len(left) == 1 and len(right) > 1 and (
                each or (len({p.kind for p in right}) == 1 and not joint)):
            return [(left[0], r) for r in right]
        if each and len(right) == 1 and len(left) > 1:
            return [(lp, right[0]) for lp in left]
        return [tuple(left + right)]
    if right:  # …与B、C签订 with no subject found: who signs with them is unknown
        return []
    return [tuple(left)] if len(left) >= 2 or (left and is_group(left[0])) else []


def _dedupe_parties(ps: tuple[Party, ...]) -> tuple[Party, ...]:
    seen, out = set(), []
    for p in ps:
        if p.name not in seen:
            seen.add(p.name)
            out.append(p)
    return tuple(out)


def _earlier(text: str, s0: int, trig: int) -> bool:
    """Does text[s0:trig] mark the signing at `trig` as one before the story's (此前…, 曾签署)?"""
    return voc.EARLIER_RE.search(text, s0, trig) is not None or \
        voc.EARLIER_VERB_RE.search(text, max(s0, trig - 3), trig) is not None


def _choose_date(
    dates: list[DateMention], trigger: int, last: DateMention | None
) -> DateMention | None:
    before = [d for d in dates if d.end <= trigger]
    if before and not before[-1].backref and trigger - before[-1].end <= 1:
        return before[-1]  # written right before its verb (在2019年首签, 于3月签署): its own date
    after = [d for d in dates if d.start >= trigger and voc.AFTER_DATE_RE.search(d.context)]
    pool = before or after
    if not pool:
        return None
    best = min(
        pool,
        key=lambda d: (precision_rank(d.precision) if not d.backref else 5, abs(trigger - d.end)),
    )
    if best.backref:
        return last
    return best


def _year_of_named_event(text: str, dates: list[DateMention], chosen: DateMention,
                         s1: int) -> DateMention:
    """A month-day written without its year (5月9日) in a sentence that names its event with a
    year (举行2021年第二批项目集中签约, 2018年科普活动月开幕式上): that year, not the page's or
    the URL's; the event's year alone, chosen for the signing, takes the month-day."""
    if chosen.backref or chosen.precision not in ("day", "approx", "year"):
        return chosen
    years = [d for d in dates if d.precision == "year" and d.date and not d.backref
             and voc.NAMED_EVENT_AFTER_YEAR_RE.match(text, d.end, s1)]
    if len(years) != 1:
        return chosen
    days = [d for d in dates if d.date and len(d.date) == 10 and not d.backref
            and voc.MONTH_DAY_TEXT_RE.fullmatch(d.text)]
    day = chosen if chosen in days else days[-1] if chosen is years[0] and days else None
    if day is None or day.date is None or (
            day.date[:4] == years[0].date and day.precision == "day"):
        return chosen
    return replace(day, date=years[0].date + day.date[4:], precision="day")


def _not_a_signing(trigger: str, sentence: str, clause: str, before: str, after: str,
                   lead: Callable[[], str]) -> bool:
    """Does a rule of signing.toml `not_signing` hold (a draft, a plan, an attended event …)?
    `lead` makes the words between the sentence's last date and the trigger (a part of
    `sentence`), only where a rule reads them and the sentence holds one of its words."""
    around = voc.texts_around(sentence, clause, before, after)
    for where, words, rules in voc.not_signing_groups(trigger):
        if where == "lead" and words is not None and words.search(sentence) is None:
            continue  # (no word of theirs in the sentence, none in its lead)
        # (a group with words has the rules of one place: it reads the lead where that is it)
        if "lead" not in around and (where == "lead" if where is not None
                                     else any(rule.where == "lead" for rule in rules)):
            around["lead"] = lead()
        if words is not None and words.search(around[where]) is None:
            continue  # (none of these rules' words in the text they read)
        if any(rule.holds(trigger, around) for rule in rules):
            return True
    return False


def _not_a_signing_outside_places(trigger: str, text: str, s0: int, s1: int, c0: int, c1: int,
                                  trig: int, after: int, lead_len: Callable[[], int]) -> bool:
    """_not_a_signing read again with the place names and the words of names that hold a
    signing frame's word (将军, 在线, 光明日报) blanked, where a rule held: its word may have
    been part of a name (与将乐县人民政府签署, 与未央区签署, 与某省将军文化研究会签署)."""
    if not gazetteer.in_place_name(text, s0, s1) and \
            org_voc.NAME_WORDS_RE.search(text, s0, s1) is None:
        return True
    # (the sentence alone, its names blanked: offsets relative to s0)
    plain = org_voc.NAME_WORDS_RE.sub(_blank, gazetteer.without_place_names(text, s0, s1))

    def part(a: int, b: int) -> str:
        return plain[a - s0:b - s0]
    return _not_a_signing(trigger, plain, part(c0, c1), part(c0, trig), part(after, c1),
                          lambda: part(trig - lead_len(), trig))


def _doc_type(clause_after: str, clause_before: str) -> tuple[str, str | None]:
    title = voc.TITLE_RE.search(clause_after)
    where = title.group(1) if title else clause_after
    t = voc.TYPE_RE.search(where)
    if t is None:
        where = clause_before
        t = voc.TYPE_RE.search(where)
    kind = _qualified(where, t) if t else "合作协议"
    if title:
        # the type is how the title ends: 《…战略合作协议》 -> 战略合作协议
        ends = [
            m
            for m in voc.TYPE_RE.finditer(title.group(1))
            if title.group(1).endswith(m.group(0))
        ]
        kind = _qualified(title.group(1), max(ends, key=lambda m: len(m.group(0)))) if ends \
            else kind
    return kind, title.group(1) if title else None


def _qualified(text: str, t: re.Match[str]) -> str:
    """The type with the qualifiers written right before it (科技|合作备忘录 -> 科技合作备忘录)."""
    q = voc.TYPE_MODIFIERS_RE.search(text, max(0, t.start() - 12), t.start())
    return (q.group(0) if q else "") + t.group(0)


@dataclass
class _Pending:
    """A signing the frames leave without sides, with what its sentence's reading knew then
    (its sentence, the last dates before it): read by the backstop after the page."""

    m: re.Match[str]
    s0: int
    s1: int
    c0: int
    c1: int
    dates: list[DateMention]
    sentence: tuple[int, int]
    last_date: DateMention | None
    last_day: DateMention | None


@dataclass
class _Scan:
    """One text read sentence by sentence: what a sentence's signings may refer back to."""

    text: str
    ctx: ArticleContext
    ref: date | None
    found: list[_Found] = field(default_factory=list)
    sentence: tuple[int, int] = (0, 0)  # the sentence being read, up to its last trigger
    indexed: OrgIndex | None = None  # its organisations, found when a trigger first needs them
    shown: str = ""  # the text as the evidence quotes it (`text` may have marks blanked)
    source: str | None = None  # the page's source line (it may name the page's own body)
    owner: str | None = None  # the body the site's chrome names (版权所有 某某大学)
    # Signings the frames leave without sides, and those whose sides only the discourse gives
    # (the page-level backstop): the page's agreements when the frames find none on it.
    pending: list[_Pending] = field(default_factory=list)
    backstop: list[_Found] = field(default_factory=list)

    @property
    def index(self) -> OrgIndex:
        """The organisations of the sentence being read (the recogniser runs once, lazily)."""
        if self.indexed is None:
            lo, hi = self.sentence
            self.indexed = OrgIndex(find_organisations(self.text, self.ctx, lo, hi))
        return self.indexed
    last_date: DateMention | None = None  # the last explicit date (not 近日, not 当天)
    last_day: DateMention | None = None  # the last day-precise one outside the page's date line
    last_vague: DateMention | None = None  # the last 近日/日前 (a month, approx)


def _find_signings(text: str, ctx: ArticleContext, ref: date | None, source: str | None = None,
                   owner: str | None = None) -> tuple[list[_Found], list[_Found]]:
    """Every signing the text reports, in text order; and apart, the signings whose sides only
    the discourse gives (the page-level backstop, `_backstop_sides`)."""
    shown = text
    if voc.PHOTO_POSITION_RE.search(text):  # 张三（左）与李四（右）签署: read without the marks
        text = voc.PHOTO_POSITION_RE.sub(_blank, text)
    if voc.ROLE_OPENER in text:  # A作为乙方、B作为甲方签署: read without the roles
        text = voc.SIGNING_ROLE_RE.sub(_blank, text)
    if voc.PARTY_LABEL_CUE_RE.search(text):  # 甲方A、乙方B分别签字: read without labels
        text = voc.PARTY_LABEL_RE.sub(_blank, text)
    scan = _Scan(text, ctx, ref, shown=shown, source=source, owner=owner)
    # One pass over the text for dates and one for trigger words (never across a sentence end),
    # sliced per sentence below; a sentence with neither changes nothing and is skipped.
    all_dates = find_dates(text, ref)  # windows of days are one approx date of their month
    starts = [d.start for d in all_dates]
    triggers = party_lists.signing_verbs(text)
    trigger_starts = [m.start() for m in triggers]
    if not starts and not trigger_starts:
        return scan.found, []
    for s0, s1 in _sentences_holding(text, sorted(starts + trigger_starts)):
        d0, d1 = bisect_left(starts, s0), bisect_left(starts, s1)
        t0, t1 = bisect_left(trigger_starts, s0), bisect_left(trigger_starts, s1)
        dates = all_dates[d0:d1]
        scan.sentence, scan.indexed = (s0, triggers[t1 - 1].start()) if t0 < t1 else (0, 0), None
        recalled: list[tuple[re.Match[str], DateMention]] = []
        for m in triggers[t0:t1]:
            got = _signings_at(scan, m, s0, s1, dates)
            if not got:
                recalled.extend(_recalled_without_parties(scan, m, s0, s1, dates))
            elif recalled:  # 继2016年首次签约之后，A与B再次签署: A and B signed in 2016 too
                got += [replace(got[0], date=d, after=None, background_cue=True, title=None,
                                inferred_date=False) for _, d in recalled]
                recalled = []
            scan.found.extend(got)
        if recalled:  # no signing after it in the sentence: the pair the sentence names
            scan.found.extend(_recalled_of_pair(scan, recalled, s0, s1))
        _remember_dates(scan, dates, text[s0:s1], s0)
    headline_end = _headline_end(text)
    if not scan.found or all(f.span[0] < headline_end and (f.date is None or (
            f.inferred_date and not f.date.text)) for f in scan.found):
        # the page-level backstop: a page the frames find nothing on, or only its headline's
        # signing, dated by publication (A与B签约 over 3月26日，协议在某地签署: its scene)
        for p in scan.pending:
            scan.sentence, scan.indexed = p.sentence, None
            scan.last_date, scan.last_day = p.last_date, p.last_day
            sides = _backstop_sides(scan, p.m, p.s0, p.s1, p.c0, p.c1, p.dates)
            if sides:
                _backstop_found(scan, p.m, p.s0, p.s1, p.c0, p.c1, p.dates, tuple(sides))
    return _without_restatements(scan.found), scan.backstop


def _blank(m: re.Match[str]) -> str:
    """Spaces as long as the match: the text is read without it, its offsets unchanged."""
    return " " * len(m.group())


def _without_restatements(found: list[_Found]) -> list[_Found]:
    """A document concluded without 签 (达成…协议, 正式落地) restates a signing the page reports
    with 签: in the same sentence (签订了《X》…达成X), or of the same parties (a headline's 达成
    over the body's 签订). Only where no signing with 签 is reported does it stand."""
    if not any(f.concluded for f in found):
        return found
    signed = [f for f in found if not f.concluded]
    spans = {f.span for f in signed}
    pairs = {frozenset(p.name for p in f.parties) for f in signed if not f.background_cue}
    return [f for f in found if not f.concluded or (
        f.span not in spans and frozenset(p.name for p in f.parties) not in pairs)]


def _signings_at(scan: _Scan, m: re.Match[str], s0: int, s1: int,
                 dates: list[DateMention]) -> list[_Found]:
    """The signings trigger `m` reports in sentence [s0, s1) (none for a draft, a plan …)."""
    text, trig = scan.text, m.start()
    c0 = _clause_start(text, s0, trig)
    c1m = voc.CLAUSE_BREAK.search(text, trig)
    c1 = min(c1m.start() if c1m else s1, s1)
    sent, clause = text[s0:s1], text[c0:c1]

    def lead() -> str:  # after the last date
        lead0 = max([s0] + [d.end for d in dates if d.end <= trig]
                    + [d.end() for d in voc.DATE_LIKE_RE.finditer(text, s0, trig)])
        return text[lead0:trig]

    if _not_a_signing(m.group(0), sent, clause, text[c0:trig], text[m.end() : c1], lead) and \
            _not_a_signing_outside_places(m.group(0), text, s0, s1, c0, c1, trig, m.end(),
                                          lambda: len(lead())):
        return []
    # (签约的双方是A和B: the signing's sides, not a signed document named as a modifier)
    own_dates = _relative_clause_dates(text, dates, s0, c0, trig,
                                       lambda: _modifier_opens_clause(scan, c0, trig)) \
        if text.startswith(voc.POSSESSIVE, m.end()) and \
        not voc.SIGNATORIES_AFTER_RE.match(text, m.end(), s1) else None
    if own_dates == [] and not (_current_signing(scan, c0, trig)
                                or _reported_modifier(scan, m, s0, s1, c0)):
        return []  # 按照A与B签订的《协议》: an agreement recalled without a date
    # (此次与某区签订的合作协议: the signing the page reports, dated as the page's news)
    if voc.COUNT_AFTER_RE.match(text, m.end(), c1) and \
            not voc.COUNTED_DOCUMENTS_RE.match(text, m.end(), c1):
        return []  # 新签约30项合作项目: a count of projects, no named agreement
    recalled = voc.RECALLED_AFTER_RE.search(text, m.end(), c1) is not None
    if recalled and not any(c0 <= d.start < trig and d.date for d in dates):
        return []  # 签署合作协议以来/背景下, undated: an earlier signing, not listed
    left, right, from_pair = _signatories(scan, m, s0, c0)
    each = voc.EACH_RE.search(text[c0:trig]) is not None or (
        len(left) == 1 and len(right) == 1 and _counted_units(scan.index, right[0]))
    left, right = _spread(scan.index, left, right, each)
    if not each and len(left) == 1 and right and voc.JOINTLY_RE.search(text, c0, trig):
        left = _all_named(scan.index, left[0])  # A、B、C等三家单位联合与X签署: each of them
    joint = not each and (_counted_as_one(text, m.end(), s1, len(left) + len(right))
                          or (len(left) == 1 and len(right) > 1
                              and _collective(text, s0, trig)))
    pairs = [_against_each_other(_institutions(scan, ps, s0, s1), scan) for ps in
             _pairwise(scan, c0, trig)
             or _pairs(left, right, each, scan.index.signs_alone, joint)]
    if not pairs or all(len(ps) < 2 for ps in pairs) or (
            len(pairs) == 1 and "《" in text[m.end():c1]
            and any(gazetteer.region_by_name(p.mention) for p in pairs[0])):
        # the title names the parties in full where the frame wrote them short (临川携手B
        # 签署《抚州临川经济开发区管理委员会 B 战略合作协议》)
        titled = _title_parties(scan, m.end(), c1)
        if titled and (not pairs or len(titled) == len(pairs[0]) or len(pairs[0]) < 2):
            pairs, from_pair = [tuple(titled)], False
    if not any(len(ps) >= 2 or scan.index.signs_alone(ps[0]) for ps in pairs) and (
            listed := _pairs_after(scan, m)):
        pairs, from_pair = [_against_each_other(ps, scan) for ps in listed], False
    if not any(len(ps) >= 2 or scan.index.signs_alone(ps[0]) for ps in pairs):
        # the frames found no signatories: the bodies officials stand for, else the
        # organisations the sentence names together
        named = (_named_after(scan, m, s1)
                 or _represented(scan, s0, trig) or _officials(scan, s0, trig)
                 or _sentence_pair(scan, s0, trig)
                 or _from_discourse(scan, m, s0, s1, left, right, dates))
        if named:
            pairs, from_pair = [tuple(named)], False
        else:  # for the backstop, read only if the page ends with no agreement (_find_signings)
            scan.pending.append(_Pending(m, s0, s1, c0, c1, dates, scan.sentence,
                                         scan.last_date, scan.last_day))
    if not pairs:
        return []
    counted = _outside_places(voc.PARTY_COUNT_RE, text, c0, c1)
    if counted and len(pairs) > 1 and len(left) == 1 and \
            voc.PARTY_COUNTS[counted.group("n")] == 1 + len(right):
        pairs = [_against_each_other(tuple(left + right), scan)]  # A与B、C签订三方协议: one
    if counted and len(pairs) == 1 and \
            voc.PARTY_COUNTS[counted.group("n")] > len(set(pairs[0])):
        return []  # A、B及我所三方签署 with a party not recognised: not a partial entry
    # 2014年签署的协议 / 去年签订的协议: the signed document's own date, however finer the
    # sentence's other dates are
    signed_at = [d for d in dates if m.end() <= d.start < c1
                 and voc.SIGNED_AT_RE.fullmatch(text, m.end(), d.start)]
    # …签约是在2019年3月 / 签于2012年: the date the verb itself is given
    date_m = own_dates[-1] if own_dates else signed_at[0] if signed_at else _choose_date(
        dates, trig, scan.last_date)
    if date_m is not None and not own_dates and not signed_at and date_m.start < c0:
        # …续签协议，这是双方继2021年首次签约后…: a clause of its own recalling an earlier
        # signing by its year, not the date of the sentence's first clause
        date_m = _recalled_year(scan, dates, c0, trig) or date_m
    if date_m is not None:
        date_m = _year_of_named_event(text, dates, date_m, s1)
    if from_pair and date_m is None:
        return []  # 双方 restating the signing already found
    if (date_m is None or not s0 <= date_m.start < s1) and _earlier(text, s0, trig):
        # 此前…已先后与…签署, undated (its date only an earlier sentence's: 4月2日，A与B座谈。
        # 双方曾签署…): an earlier signing, not listed
        return []
    inferred = date_m is None
    if date_m is None:
        date_m = _same_event(scan, s0, trig)  # 随后 after today's signing: the same event
        inferred = date_m is None
    after = _after_previous(scan, s0, trig) if date_m is None else None
    kind, title = _doc_type(text[trig:c1], clause)
    if after is not None and _restates_previous(scan, pairs, kind, title):
        # 随后，甲局副局长某与副区长某签署了战略合作协议: who signed the one just reported
        date_m, after = scan.found[-1].date, None
    if date_m is None and after is None:
        date_m = _story_date(scan, s0)
    cue0 = _cues_from(text, s0, trig)
    common = {"type": kind, "title": title, "evidence": scan.shown[s0:s1].strip(),
              "span": (s0, s1), "concluded": m.group(0) in voc.CONCLUDE_TRIGGERS,
              "online": bool(voc.ONLINE_RE.search(sent))}
    titles, quoted = _listed_titles(text, m.end(), c1), True
    if not titles and len(pairs) == 1 and "《" not in text[m.end():c1]:
        # 签署合作协议和合作备忘录: two documents unquoted, each its name as its title
        titles, quoted = _listed_types(text, m.end(), c1), False
    if len(titles) > 1 and (len(pairs) == 1 or (each and len(pairs) == len(titles))):
        # 签署了《X》和《Y》: two documents, two entries (分别与B、C签署《X》《Y》: in order)
        found = []
        for k, t in enumerate(titles):
            kind, _ = _doc_type("《" + t + "》", "")
            ps = pairs[0] if len(pairs) == 1 else pairs[k]
            found.append(_Found(_dedupe_parties(ps), date_m, after,
                                bool(voc.BACKGROUND_RE.search(text[cue0:trig])) or recalled,
                                from_pair=from_pair, inferred_date=inferred,
                                **{**common, "type": kind,
                                   "title": t if quoted else t.lstrip(voc.TITLE_LEAD_IN)}))
        return found
    rounds = _listed_dates(text, [d for d in dates if c0 <= d.start and d.end <= trig])
    if len(rounds) < 2 and len(pairs) == 1 and own_dates is None and \
            not any(c0 <= d.start < trig for d in dates):
        # 2019年和2022年，双方先后两次签署: the dates list opens the sentence, a clause of its own
        opening = [d for d in dates if s0 <= d.start < c0]
        rounds = _listed_dates(text, opening) if len(opening) > 1 and not text[
            s0:opening[0].start].strip() and not text[opening[-1].end:c0].strip(
                voc.OPENING_DATE_FILLER) else rounds
    if len(rounds) > 1 and len(pairs) == 1:
        # 于2012年12月、2015年6月已连续签署 / 分别于2016年和2021年签订: one event per date
        return [_Found(pairs[0], d, None, True, from_pair=from_pair, **common) for d in rounds]
    background = bool(voc.BACKGROUND_RE.search(text[cue0:trig])) or recalled
    return [_Found(ps, date_m, after, background, from_pair=from_pair, inferred_date=inferred,
                   **common)
            for ps in map(_dedupe_parties, pairs)
            if len(ps) >= 2 or scan.index.signs_alone(ps[0])]


def _story_date(scan: _Scan, s0: int) -> DateMention | None:
    """The date of a signing its sentence does not date: its paragraph's, else the story's day."""
    return _paragraph_date(scan.text, s0, scan.last_date) or \
        _paragraph_date(scan.text, s0, scan.last_vague) or \
        _news_date(scan.last_day, scan.ref, s0)


def _backstop_found(scan: _Scan, m: re.Match[str], s0: int, s1: int, c0: int, c1: int,
                    dates: list[DateMention], sides: tuple[Party, ...]) -> None:
    """A new signing whose sides only the discourse gives (`_backstop_sides`): kept aside in
    `scan.backstop`, dated as any signing of its sentence."""
    text, trig = scan.text, m.start()
    date_m = _choose_date(dates, trig, scan.last_date)
    if date_m is not None:
        date_m = _year_of_named_event(text, dates, date_m, s1)
    inferred = date_m is None
    if date_m is None:
        date_m = _story_date(scan, s0)
    kind, title = _doc_type(text[trig:c1], text[c0:c1])
    scan.backstop.append(_Found(
        _dedupe_parties(sides), date_m, None, False, kind, title, scan.shown[s0:s1].strip(),
        (s0, s1), bool(voc.ONLINE_RE.search(text, s0, s1)), False, inferred_date=inferred))


def _backstop_sides(scan: _Scan, m: re.Match[str], s0: int, s1: int, c0: int, c1: int,
                    dates: list[DateMention]) -> list[Party]:
    """The sides of a strong report of a new signing that the frames and `_from_discourse`
    leave without parties, read from the discourse in a fixed order (the page-level backstop:
    used only on a page where no frame finds an agreement):
      1. the bodies its sentence presents as sides, before the trigger;
      2. those of the sentences before it in its paragraph, nearest first;
      3. those of the lead (the first paragraph under the headline), then of the headline;
      4. the page's own body (its source line, its chrome's owner, the one body it calls
         我市/我院/本会 …).
    A body is a side unless it is a venue (在/于 A), what is built (共建A), a group, a place named
    bare outside the signing's clause, or named in a clause of hosts, attendees, witnesses or
    speakers (主办, 出席, 见证, 致辞 …); a bare place and its own body are one. Each level adds
    its sides to those found so far: two sides (three for 三方) is the signing; a level that
    would make more gives nothing (who signs is open). Levels 3 and 4 only for a dated scene (a
    date in the sentence or before it in its paragraph, a scene it opens with, or the day of the
    headline or the lead); 4 only for a sentence that names one side.
    A strong report: a sentence of running text, a signing verb with a document or a ceremony
    in its clause, not concluded without 签, not recalled (此前/曾 …), not a modifier (签署的;
    but 此次签署的协议 is the page's signing),
    none of the cues that make it no report of its own, and no pair of its own in the sentence
    under names the recogniser does not read (`_own_unknown_pair`)."""
    text, trig = scan.text, m.start()
    if m.group(0) in voc.CONCLUDE_TRIGGERS or text[s1 - 1] not in voc.REPORT_END or \
            (text.startswith(voc.POSSESSIVE, m.end()) and not _current_signing(scan, c0, trig)) or \
            not (m.group(0) in voc.CEREMONY_NOUNS or voc.TYPE_RE.search(text, c0, c1)
                 or voc.TITLE_RE.search(text, c0, c1)) or \
            voc.BACKGROUND_RE.search(text, s0, trig) or _earlier(text, s0, trig):
        return []
    word = _pair_word(text, s0, trig)
    if _reports_no_own_signing(scan, m, s0, s1, dates, word.group() if word else ""):
        return []
    want = voc.PARTY_COUNTS.get(word.group()[:1], 2) if word else 2
    got: dict[str, Party] = {}

    def add(level: list[Party]) -> bool | None:
        """True: the sides are complete; None: this level makes too many (give up)."""
        new = [p for p in level if p.name not in got]
        if len(got) + len(new) > want:
            return None
        got.update((p.name, p) for p in new)
        return len(got) == want

    if _own_unknown_pair(scan, s0, trig):
        return []
    levels: list[Callable[[], list[Party]]] = [lambda: _sides(scan, s0, trig, scan.index, c0)]
    para = text.rfind("\n", 0, s0) + 1
    hi = s0
    for _ in range(voc.BACKSTOP_SENTENCES_BACK):
        if hi <= para:
            break
        lo = max(para, _sentence_start(text, hi - 1))
        levels.append(lambda lo=lo, hi=hi: _sides(scan, lo, hi))
        hi = lo
    headline_end = _headline_end(text)
    lead = _lead_paragraph(text, headline_end) if s0 > headline_end else None
    if lead is not None and lead[1] > para:
        lead = None  # the signing's own paragraph, read above
    top = lead[1] if lead is not None else headline_end  # the story's day is told there
    dated = bool(dates) or voc.SCENE_LEAD_RE.match(text, s0) is not None or (
        scan.last_date is not None and scan.last_date.start >= para) or (
        scan.last_day is not None and scan.last_day.start < top)
    if dated and s0 > headline_end:
        if lead is not None:
            levels.append(lambda: _sides(scan, *lead))
        levels.append(lambda: _sides(scan, 0, headline_end))
    for k, level in enumerate(levels):
        done = add(level())
        if done is None:
            return []
        if done:
            return list(got.values())
        if k == 0 and len(got) != 1:
            dated = False  # the page's own body completes a sentence that names one side only
    if dated and len(got) == want - 1:
        own = _own_body(scan)
        if own is not None and add([own]):
            return list(got.values())
    return []


def _own_unknown_pair(scan: _Scan, s0: int, trig: int) -> bool:
    """Does the sentence name, before the trigger, a pair of its own that the recogniser does
    not read in full (甲方有关部门与某特区签署, 12家企业与某团结对，并举行签约仪式; 某所与B
    签署 with 某所 unknown): a pair mark with words before it in its clause and no organisation
    there, or none after it, or a group? Then the discourse does not replace its sides."""
    text = scan.text
    for mark in voc.PAIR_MARK_RE.finditer(text, s0, trig):
        k = mark.start()
        c0 = _clause_start(text, s0, k)
        lead = voc.SCENE_LEAD_RE.match(text, c0)
        c0 = lead.end() if lead else c0
        if not text[c0:k].strip(voc.ADVERB_CHARS + voc.CLAUSE_GOING_ON):
            continue  # 会上，与B签署 / …，并与B签署: the subject left out, not named
        before = scan.index.ending_at(_skip_back(text, k, c0, voc.ADVERBS, scan.index), c0)
        r0 = k + len(mark.group())
        while r0 < trig and text[r0] in " \u3000":
            r0 += 1
        after = scan.index.starting_at(r0, trig)
        person = voc.PERSON_TAIL_RE.search(text, max(c0, k - 25), k)
        if before is None and after is None and person is not None and \
                voc.PERSON_TITLES_RE.match(text, r0, trig):
            continue  # 院长某某与市长某某签字: two officials, their bodies from the discourse
        if before is None or after is None or before.group or after.group:
            return True  # (a professor before 与 signs himself: not his university)
    return False


def _sides(scan: _Scan, lo: int, hi: int, idx: OrgIndex | None = None,
           bare_from: int | None = None) -> list[Party]:
    """The bodies [lo, hi) presents as sides of what they do (see `_backstop_sides`); a place
    named bare before `bare_from` (outside the signing's own clause: 赴长沙考察, 「甲·乙活动周」)
    is where they meet or what is named, not a side, unless the page calls it its own (我市)."""
    text = scan.text
    bare_from = hi if bare_from is None else bare_from
    index = idx if idx is not None else OrgIndex(find_organisations(text, scan.ctx, lo, hi))
    out: dict[str, OrgMention] = {}
    for o in index.within(lo, hi):
        if o.group or (o.start > lo and text[o.start - 1] in voc.VENUE_BEFORE) or \
                (o.bare and o.start < bare_from and not _place_body(text, o)) or \
                _object_verb(text, lo, o.start) is not None:
            continue
        c0 = _clause_start(text, lo, o.start)
        brk = voc.CLAUSE_BREAK.search(text, o.end, hi)
        if voc.NOT_SIDES_RE.search(text, c0, brk.start() if brk else hi):
            continue
        out.setdefault(o.name, o)
    bodies = {o.adcode for o in out.values() if not o.bare}
    got = [_as_side(scan, o) for o in out.values() if not (o.bare and o.adcode in bodies)]
    for head in voc.GOVERNMENT_HEAD_RE.finditer(text, lo, hi):  # 县长某某带队: the government
        c0 = _clause_start(text, lo, head.start())
        brk = voc.CLAUSE_BREAK.search(text, head.end(), hi)
        if index.ending_at(head.start(), lo) is not None or \
                voc.NOT_SIDES_RE.search(text, c0, brk.start() if brk else hi):
            continue  # (某市市长: the city named; 市长出席: an attendee)
        body = _body_of_title(scan, head.start(), head.end())
        if body is not None and all(p.name != body.name and p.adcode != body.adcode
                                    for p in got):
            got.append(body)
    return got


def _place_body(text: str, o: OrgMention) -> bool:
    """Does a bare place stand for its government: the page's own place (我市, 我县), or a
    place whose head of government follows (丰宁县县长)?"""
    return voc.OWN_MENTION_RE.match(o.mention) is not None or \
        voc.GOVERNMENT_HEAD_RE.match(text, o.end) is not None


def _as_side(scan: _Scan, o: OrgMention) -> Party:
    """A mention as a side: a bare place that stands for its government (`_place_body`) as that
    government; any other as it is."""
    if not (o.bare and _place_body(scan.text, o)):
        return o.party()
    body = parse_org(o.name + voc.GOVERNMENT_BODY, scan.ctx)
    return replace(body, mention=o.mention) if body is not None else o.party()


def _lead_paragraph(text: str, headline_end: int) -> tuple[int, int] | None:
    """The first paragraph of the body under the headline that is running text (a date or
    source line is none), as [start, end)."""
    k = headline_end + 1
    while k < len(text):
        end = text.find("\n", k)
        end = len(text) if end < 0 else end
        line = text[k:end].strip()
        if line and line[-1] in voc.REPORT_END and not voc.META_LINE_RE.search(line):
            return k, end
        k = end + 1
    return None


def _own_body(scan: _Scan) -> Party | None:
    """The page's own body: its source line's organisation, else the one its chrome names
    (版权所有 某某大学), else the one body the page calls itself (我院, 本会; 我市/我县: the
    place's government)."""
    publisher = _publisher(scan.source, scan.ctx) or _publisher(scan.owner, scan.ctx)
    if publisher is not None:
        return publisher
    text = scan.text
    own: dict[str, OrgMention] = {}
    for w in voc.OWN_MENTION_RE.finditer(text):
        o = next((o for o in find_organisations(text, scan.ctx, w.start(),
                                                min(len(text), w.start() + 24))
                  if o.start == w.start() and not o.group), None)
        if o is not None:
            own.setdefault(o.name, o)
    return _as_side(scan, next(iter(own.values()))) if len(own) == 1 else None


def _recalled_year(scan: _Scan, dates: list[DateMention], c0: int,
                   trig: int) -> DateMention | None:
    """The last date with its year written in the trigger's clause before it, in a year before
    the page's, where the clause marks the signing as an earlier or a first one (继2021年首次
    签约后, 曾于2019年签约): the recalled signing's own date. Not for a renewal (在2019年首签
    的基础上续签: the first signing is the recalled one, the renewal is today's)."""
    if scan.text.startswith(voc.RENEWAL_VERB, trig) or \
            scan.text.startswith(voc.RENEWAL_VERB, trig - 1):
        return None
    own = [d for d in dates if c0 <= d.start < trig and d.date and not d.backref
           and voc.EXPLICIT_YEAR_RE.search(d.text)]
    if not own or scan.ref is None or int(own[-1].date[:4]) >= scan.ref.year:
        return None
    cued = voc.FIRST_TIME_RE.search(scan.text, c0, trig) or \
        voc.BACKGROUND_RE.search(scan.text, c0, trig)
    return own[-1] if cued else None


def _recalled_without_parties(scan: _Scan, m: re.Match[str], s0: int, s1: int,
                              dates: list[DateMention]) -> list[DateMention]:
    """The date of an earlier signing a clause recalls without naming its parties (继2016年首次
    签约之后，…再次签署): a background cue and a date with its year in the trigger's own clause,
    no organisation there, and no rule that makes it no signing. The pair of the sentence's next
    signing signed it."""
    text, trig = scan.text, m.start()
    c0 = _clause_start(text, s0, trig)
    c1m = voc.CLAUSE_BREAK.search(text, trig)
    c1 = min(c1m.start() if c1m else s1, s1)
    own = [d for d in dates if c0 <= d.start < trig and d.date
           and voc.EXPLICIT_YEAR_RE.search(d.text)]
    earlier_year = scan.ref is not None and any(
        int(d.date[:4]) < scan.ref.year for d in own)  # 首次 in a past year: recalled
    if not own or not (voc.BACKGROUND_RE.search(text, c0, trig)
                       or (earlier_year and voc.FIRST_TIME_RE.search(text, c0, trig))
                       or voc.RECALLED_AFTER_RE.search(text, m.end(), c1)
                       or (voc.RECALLED_JI_OPEN_RE.match(text, c0)
                           and voc.RECALLED_JI_CLOSE_RE.match(text, m.end(), c1))) \
            or scan.index.within(c0, c1):
        return []
    lead0 = max([s0] + [d.end for d in dates if d.end <= trig])
    if _not_a_signing(m.group(0), text[s0:s1], text[c0:c1], text[c0:trig], text[m.end():c1],
                      lambda: text[lead0:trig]) and _not_a_signing_outside_places(
                          m.group(0), text, s0, s1, c0, c1, trig, m.end(), lambda: trig - lead0):
        return []
    return [(m, own[-1])]


def _recalled_of_pair(scan: _Scan, recalled: list[tuple[re.Match[str], DateMention]],
                      s0: int, s1: int) -> list[_Found]:
    """Earlier signings a sentence recalls without their parties and with no signing after them:
    signed by the pair the rest of the sentence names together (自2016年签署协议以来，A与B合作
    不断深入), else, when the sentence names no organisation at all, by the pair of the signing
    just reported (A与B续签协议。上一轮协议于2019年3月签署)."""
    text = scan.text
    m, _ = recalled[0]
    c1m = voc.CLAUSE_BREAK.search(text, m.end())
    c1 = min(c1m.start() if c1m else s1, s1)
    pair = _pair_before(scan, c1, s1)
    if len(pair) < 2:
        before = [f for f in scan.found if f.span[1] <= s0]
        if not before or find_organisations(text, scan.ctx, s0, s1):
            return []
        pair = list(before[-1].parties)
    out = []
    for m, d in recalled:
        c0 = _clause_start(text, s0, m.start())
        kind, _ = _doc_type(text[m.start():c1], text[c0:c1])
        out.append(_Found(_dedupe_parties(tuple(pair)), d, None, True, kind, None,
                          scan.shown[s0:s1].strip(), (s0, s1), False, True,
                          concluded=m.group(0) in voc.CONCLUDE_TRIGGERS))
    return out


def _current_signing(scan: _Scan, c0: int, trig: int) -> bool:
    """Is a signed document named as a modifier the signing the page reports: its clause opens
    with 此次/本次/今天 right before its parties, a pair word or the verb itself (本次A与B签订的
    协议, 此次与某区签订的协议, 此次双方签署的协议, 此次签署的协议), not before another noun
    (本次推进会回顾了A与B签订的协议 recalls one)?"""
    m = voc.CURRENT_SIGNING_RE.match(scan.text, c0, trig)
    if m is None:  # 按照在此次活动周上签署的《甲·乙…协议》: signed at the page's event
        return voc.AT_THIS_EVENT_RE.search(scan.text, c0, trig) is not None
    e = m.end()
    pair_word = _pair_word(scan.text, e, trig, at_start=True)
    return (e == trig  # 此次签署的协议: the page's own signing, its sides from the discourse
            or scan.text[e:e + 1] in voc.PAIR_CONNECTORS
            or scan.index.starting_at(e, trig) is not None
            or (pair_word is not None and pair_word.group() in voc.FAR_PAIR_WORDS))


def _reported_modifier(scan: _Scan, m: re.Match[str], s0: int, s1: int, c0: int) -> bool:
    """Is an undated signed document named as a modifier the signing the page reports? Only
    as its sentence's subject or topic (A与B签署的协议，标志着…; 会上，A与B签订的协议明确…): its
    clause opens the sentence (after scene words at most) with its parties, and nothing but
    joiners, adverbs, a time or a place stands between them and the verb; then the first row of
    signing.toml `modifier_signing` that holds decides (a predicate of the present event, a
    ceremony in the paragraph, a headline that reports a signing; a document carried out is
    recalled). A document whose title the headline reports signed is that signing wherever it
    stands (市长表示，要用好A与B签署的《X协议》 under 《X协议》签约仪式举行)."""
    text, trig = scan.text, m.start()
    title = voc.TITLE_RE.match(text, m.end() + len(voc.POSSESSIVE))
    head = _headline_end(text)
    if title is not None and s0 > head and text.find(title.group(), 0, head) >= 0 and \
            voc.TRIGGER_RE.search(text, 0, head):
        return True  # the headline reports the signing of this very document
    scene = voc.MODIFIER_SCENE_RE.match(text, s0, trig)
    if scene is None or scene.end() < c0:
        return False  # 他表示，… / 根据… / 回顾了…: the document is an object, recalled
    orgs = [o for o in scan.index.within(c0, trig) if not o.group
            and not (o.bare and o.start > c0 and text[o.start - 1] in voc.VENUE_BEFORE)]
    pair_word = _pair_word(text, scene.end(), trig, at_start=True)
    if pair_word is not None and pair_word.group() in voc.FAR_PAIR_WORDS:
        ends, starts = [pair_word.end()], [trig]  # 双方签署的协议: the pair named before
    elif not orgs or orgs[0].start != scene.end():
        return False
    else:
        ends, starts = [o.end for o in orgs], [o.start for o in orgs[1:]] + [trig]
    now = False
    for a, b in zip(ends, starts, strict=True):
        gap = voc.MODIFIER_NOW_RE.sub("", text[a:b]) if b == trig else text[a:b]
        now = now or len(gap) < b - a
        if b > a and not voc.MODIFIER_GAP_RE.fullmatch(gap):
            return False  # A与B召开座谈会时签署的: another verb of theirs before the signing
    if now:
        return True  # A与B此次签署的协议: the page's own signing
    c1m = voc.CLAUSE_BREAK.search(text, m.end(), s1)
    c1 = c1m.start() if c1m else s1
    kind = None if title else voc.TYPE_RE.search(text, m.end(), c1)
    doc_end = title.end() if title else kind.end() if kind else m.end()
    for row in voc.MODIFIER_SIGNING:
        if row.look == "after":
            end = doc_end
            for k in range(row.clauses):  # (the document's own clause first: up to its break)
                brk = voc.CLAUSE_BREAK.search(text, end + (k > 0), s1)
                end = brk.start() if brk else s1
            holds = row.regex.search(text, doc_end, end) is not None
        elif row.look == "paragraph":
            p0 = text.rfind("\n", 0, s0) + 1
            p1 = text.find("\n", s1)
            holds = row.regex.search(text, p0, len(text) if p1 < 0 else p1) is not None
        else:
            holds = s0 > head and row.regex.search(text, 0, head) is not None
        if holds:
            return row.verdict == "reported"
    return False


def _relative_clause_dates(text: str, dates: list[DateMention], s0: int, c0: int,
                           trig: int, opens: Callable[[], bool]) -> list[DateMention]:
    """The dates of a signed document named as a modifier (…2014年签署的协议, 5月8日，A与B签署的
    协议明确): those of the verb's own clause, else of an opening clause that is only a date,
    where the modifier opens its clause (`opens`: it is the sentence's subject or topic)."""
    own = [d for d in dates if c0 <= d.start < trig]
    if own:
        return own
    opening = [d for d in dates if s0 <= d.start < c0]
    rest = text[s0:c0]
    for d in reversed(opening):
        rest = rest[:d.start - s0] + rest[d.end - s0:]
    if voc.RECALLING_OPENER_RE.match(text, c0):
        return []  # 5月8日，为落实A与B签署的协议: the date is the meeting's, the document recalled
    if not opening or rest.strip(voc.OPENING_DATE_FILLER) or not opens():
        return []  # 5月8日，会议传达了A与B签署的协议精神: the object of another verb, recalled
    return opening


def _modifier_opens_clause(scan: _Scan, c0: int, trig: int) -> bool:
    """Does a signed document named as a modifier open its clause (A与B签署的协议…, 双方签署的,
    与某区签订的, 此次…签署的, 签署的…), not stand as another verb's object (会议传达了A与B签署的
    协议精神)?"""
    text = scan.text
    at = c0 + len(text[c0:trig]) - len(text[c0:trig].lstrip())
    return (at == trig or text[at] in voc.PAIR_CONNECTORS or text[at] == voc.AGENT
            or scan.index.starting_at(at, trig) is not None
            or _pair_word(text, at, trig, at_start=True) is not None
            or voc.CURRENT_SIGNING_RE.match(text, at, trig) is not None)


def _cues_from(text: str, s0: int, trig: int) -> int:
    """Where the background cues of the trigger at `trig` are looked for: after the sentence's
    trigger before it, whose cues they are (继2016年首次签约之后，A与B再次签署: 首次 is the
    first signing's, not the renewal's)."""
    return max((t.end() for t in voc.TRIGGER_RE.finditer(text, s0, trig)), default=s0)


def _pairwise(scan: _Scan, c0: int, trig: int) -> list[tuple[Party, ...]]:
    """甲与乙、丙与丁(分别)签订: pairs listed one after another, each its own agreement. The
    pairs before may stand in clauses of their own, each nothing but its pair (甲与乙，丙与丁分别
    签订; 甲与乙；丙与丁签署; 甲与乙、丙与丁，分别签署), when the verb's clause holds a pair as
    its whole subject or no party at all."""
    text = scan.text
    within = scan.index.within(c0, trig)
    orgs = [o for o in within if not o.group]
    if within and _remainder_counted(within[-1]):
        orgs.append(replace(within[-1].items[0], start=within[-1].start, end=within[-1].end))
    tail = text[orgs[-1].end if orgs else c0:trig]
    if tail.strip(voc.ADVERB_CHARS):
        return []
    out = _listed_pairs(text, orgs) if orgs else []
    if out is None:
        return []
    if orgs and (len(orgs) > 2 or text[c0:orgs[0].start].strip(" \u3000")):
        return out if len(out) > 1 else []  # the pairs the clause lists, none before
    out = _pairs_before(scan, c0) + out
    return out if len(out) > 1 else []


def _remainder_counted(o: OrgMention) -> bool:
    """甲与乙、丙与丁等8家单位(分别签署): a count closing a list of pairs whose last item is its
    one named member counts the signers, the rest unnamed; the item is the last pair's."""
    return o.group and len(o.items) == 1 and voc.INSTITUTION_COUNT_RE.search(o.mention) is not None


def _listed_pairs(text: str, orgs: list) -> list[tuple[Party, ...]] | None:
    """The pairs of 甲与乙、丙与丁 (organisations in order), None where they are not such a list.
    Pairs repeat their connector (与, 和, or a dash: 甲——乙); 甲与乙、丙和丁 is one party and a
    list closed by 和."""
    if len(orgs) < 2 or len(orgs) % 2:
        return None
    out = []
    first = text[orgs[0].end:orgs[1].start].strip(" \u3000")
    for k in range(0, len(orgs), 2):
        a, b = orgs[k], orgs[k + 1]
        if text[a.end:b.start].strip(" \u3000") != first or not (
                first in voc.PAIR_CONNECTORS or first.strip(voc.DASH_JOINERS) == "") or (
                k and text[orgs[k - 1].end:a.start] != "、"):
            return None
        out.append((a.party(), b.party()))
    return out


def _pairs_before(scan: _Scan, c0: int) -> list[tuple[Party, ...]]:
    """The pairs of the clauses right before `c0` that are nothing but pairs (甲与乙，| 甲与乙；|),
    nearest last; a clause of the sentence before counts when a ；/; ends it."""
    text = scan.text
    out: list[tuple[Party, ...]] = []
    end = c0 - 1
    while end > 0 and text[end] in voc.PAIR_CLAUSE_ENDS:
        b0 = end
        while b0 > 0 and not voc.CLAUSE_BREAK.match(text[b0 - 1]) and \
                end - b0 < voc.PAIR_CLAUSE_CHARS:
            b0 -= 1
        if b0 > 0 and not voc.CLAUSE_BREAK.match(text[b0 - 1]):
            break  # longer than a clause of pairs
        pairs = _clause_of_pairs(scan, b0, end)
        if pairs is None:
            break
        out = pairs + out
        end = b0 - 1
    return out if out and _opens_signing_pairs(text, end) else []


def _opens_signing_pairs(text: str, end: int) -> bool:
    """May the clause that ends at the break `end` (the one before a list of pairs) open a list
    of signing pairs? Not one of people attending or hosting (出席仪式的有：甲与乙，…), and a
    colon's lead must speak of the signing (签约现场：甲与乙；…)."""
    if end < 0 or not voc.CLAUSE_BREAK.match(text[end]):
        return True  # the text starts with the pairs
    l0 = _clause_start(text, max(0, end - voc.PAIR_CLAUSE_CHARS), end)
    lead = text[l0:end]
    if l0 > 0 and voc.LIST_POINTER_RE.match(lead):  # …项目签约，其中：the clause before it
        lead = text[_clause_start(text, max(0, l0 - 1 - voc.PAIR_CLAUSE_CHARS), l0 - 1):l0 - 1]
        return voc.TRIGGER_RE.search(lead) is not None and \
            not voc.NOT_REPORTED_BEFORE_RE.search(lead)
    if voc.NOT_REPORTED_BEFORE_RE.search(lead):
        return False
    return text[end] not in voc.LIST_COLONS or voc.TRIGGER_RE.search(lead) is not None


def _pairs_after(scan: _Scan, m: re.Match[str]) -> list[tuple[Party, ...]]:
    """The pairs of the clauses right after a trigger that ends its clause (举行了签约仪式：甲与乙；
    丙与丁。 / 现场集中签约，甲与乙，丙与丁。): clauses that are nothing but pairs, up to the
    sentence's end (over ；), each pair its own agreement."""
    text = scan.text
    k = m.end()
    lead = voc.PAIRS_AFTER_LEAD_RE.match(text, k)
    if lead is not None:
        k = lead.end()
    if k >= len(text) or text[k] not in voc.PAIRS_AFTER_BREAKS:
        return []
    out: list[tuple[Party, ...]] = []
    while k < len(text) and (text[k] in voc.PAIRS_AFTER_BREAKS or (out and text[k] == "\n")):
        b0 = k + 1
        while b0 < len(text) and text[b0] in " \u3000\n":  # 如下：⏎1.甲与乙…⏎2.丙与丁…
            b0 += 1
        brk = voc.CLAUSE_BREAK.search(text, b0, b0 + voc.PAIR_CLAUSE_CHARS)
        c1 = brk.start() if brk else len(text) if len(text) - b0 <= voc.PAIR_CLAUSE_CHARS else -1
        if c1 < 0:
            return []
        pairs = _clause_of_pairs(scan, b0, c1)
        if pairs is None:
            break
        out += pairs
        k = c1
    return out


def _clause_of_pairs(scan: _Scan, b0: int, end: int) -> list[tuple[Party, ...]] | None:
    """The pairs of clause [b0, end) when it is nothing but pairs (甲与乙, 甲与乙、丙与丁), or a
    pair and what it builds (甲与乙共建某中心: a project of a list of signed ones)."""
    text = scan.text
    s0, s_end = scan.sentence
    orgs = [o for o in (scan.index.within(b0, end) if s0 <= b0 and end <= s_end else
                        find_organisations(text, scan.ctx, b0, end)) if not o.group]
    builds = voc.PAIR_BUILDS_RE.search(text, b0, end) if len(orgs) > 1 else None
    if builds is not None:  # the pair before the verb; what it builds names no signer
        orgs = [o for o in orgs if o.end <= builds.start()]
        end = builds.start()
    if not orgs:
        return None
    lead = text[b0:orgs[0].start]
    if lead.strip(" \u3000") and not voc.PAIR_ITEM_NUMBER_RE.fullmatch(lead):
        return None
    tail = text[orgs[-1].end:end]
    if tail.strip(" \u3000") and not voc.PAIR_DOCUMENT_TAIL_RE.fullmatch(tail):
        return None
    return _listed_pairs(text, orgs)


def _listed_titles(text: str, start: int, c1: int) -> list[str]:
    """Document titles listed right after a trigger (签署了《X》和《Y》, 《X》《Y》): two or
    more, joined by nothing, 和, 及, 、 or 与."""
    out: list[str] = []
    at = start
    for m in voc.TITLE_RE.finditer(text, start, c1):
        gap = text[at:m.start()]
        if (gap.strip(voc.TITLE_LEAD_IN) if not out else gap not in voc.TITLE_LIST_JOINERS):
            break
        out.append(m.group(1))
        at = m.end()
    return out if len(out) > 1 else []


def _listed_types(text: str, start: int, c1: int) -> list[str]:
    """Documents listed right after a trigger without 《》 (签署战略合作协议和科普合作备忘录), the
    list closing its clause: each as written (its qualifiers with it); two or more, else none."""
    first = voc.LISTED_TYPE_FIRST_RE.match(text, start, c1)
    if first is None:
        return []
    out, at = [first.group()], first.end()
    while (m := voc.LISTED_TYPE_NEXT_RE.match(text, at, c1)) is not None:
        out.append(m.group("item"))
        at = m.end()
    return out if len(out) > 1 and not text[at:c1].strip() else []


def _listed_dates(text: str, dates: list[DateMention]) -> list[DateMention]:
    """Dates of year or month written as one list (2012年12月、2015年6月和2018年3月)."""
    out = [d for d in dates if d.precision in ("year", "month") and d.date]
    if len(out) < 2 or any(text[a.end:b.start] not in voc.DATE_LIST_JOINERS
                           for a, b in pairwise(out)):
        return []
    return out


def _title_parties(scan: _Scan, pos: int, c1: int) -> list[Party]:
    """Parties named only inside the document's title (签署《A B 合作框架协议》, 《A与B…协议》)
    or in its name written without 《》 (签署了A与B会市合作协议, up to its type): the
    organisations it opens with, joined by nothing, a space, 、, 与 or 和."""
    text = scan.text
    m = voc.TITLE_RE.search(text, pos, c1)
    if m is None:
        if not text.startswith(voc.PERFECTIVE, pos):
            return []  # 如何签署A与B的协议: a report says 签署了
        t0 = pos + len(voc.PERFECTIVE)
        kind = voc.TYPE_RE.search(text, t0, c1)
        if kind is None:
            return []
        t1 = kind.start()
    elif text[pos:m.start()].strip(voc.TITLE_LEAD_IN):
        return []
    else:
        t0, t1 = m.start(1), m.end(1)
    orgs = [o for o in find_organisations(text, scan.ctx, t0, t1) if not o.group]
    got: list[Party] = []
    at = t0
    for o in orgs:
        if text[at:o.start].strip(voc.TITLE_JOINERS):
            break
        # a title that names places (《内蒙古·广东…协议》) is signed by the places as written
        got.append(replace(o.party(), name=region_name(o.adcode)) if o.bare and o.adcode
                   else o.party())
        at = o.end
    return got if len(got) >= 2 else []


def _sentence_pair(scan: _Scan, s0: int, trig: int) -> list[Party]:
    """A signing sentence whose frames found nobody (A与B立足…，按照…原则，签署了…): the last
    organisations named together before the trigger (see `_joined_pair`), unless what signs is
    projects (…项目签约)."""
    if voc.OTHERS_SIGN_RE.search(scan.text, max(s0, trig - 8), trig):
        return []
    return _joined_pair(scan.text, scan.index.within(s0, trig), s0, trig)


def _joined_pair(text: str, mentions: list, lo: int, hi: int) -> list[Party]:
    """The last organisations named together (与/和/、/会同/携手 …) in [lo, hi), unless they
    host, attend or witness (由A、B主办, 在A与B的见证下), are the counterparts of a pair
    (…分别与A、B签订), modify what signs, or sign something before `hi` themselves."""
    orgs = [o for o in mentions if not o.group
            and not (o.bare and o.start > lo and text[o.start - 1] in voc.VENUE_BEFORE)]
    for k in range(len(orgs) - 1, 0, -1):
        if text[orgs[k - 1].end:orgs[k].start] not in voc.PAIR_GAPS:
            continue
        j = k - 1
        while j > 0 and text[orgs[j - 1].end:orgs[j].start] in voc.PAIR_GAPS:
            j -= 1
        if j > 0 and voc.BROKEN_LIST_GAP_RE.fullmatch(text, orgs[j - 1].end, orgs[j].start):
            return []  # the end of a longer list (甲,、乙、丙): not a pair of its own
        c0, end = _clause_start(text, lo, orgs[j].start), orgs[k].end
        c1 = voc.CLAUSE_BREAK.search(text, end, hi)
        if voc.NOT_SIGNERS_BEFORE_RE.search(text, c0, orgs[j].start) or \
                voc.NOT_SIGNERS_AFTER_RE.match(text, end, hi) or \
                _modifies_a_noun(text, end, c1.start() if c1 else hi) or \
                voc.TRIGGER_RE.search(text, end, hi):
            return []  # they modify what signs, or sign something before this trigger
        if voc.PARTNER_AFTER_RE.match(text, end, hi) and not any(
                text.startswith(w, end + 1) for w in voc.POINTED_BODIES):
            return []  # 甲、乙与某校科研处分别签署: their partner, not named, is no one of them
        named = {o.name: o.party() for o in orgs[j:k + 1]}
        return list(named.values()) if len(named) >= 2 else []
    return []


def _from_discourse(scan: _Scan, m: re.Match[str], s0: int, s1: int, left: list[Party],
                    right: list[Party], dates: list[DateMention]) -> list[Party]:
    """A signing whose sentence names none or one of its parties (会上，签署了…; 签约仪式在X
    举行; 其间，与B签署…): the parties from the discourse, in a fixed order:
      1. the sentences before it in its paragraph (nearest first): organisations named
         together there (A与B召开座谈会), a visitor and the body it visits (A一行到B调研), or,
         for a counterpart named alone (与B签署), the subject of the sentence right before;
      2. the headline: the pair it names, or its subject for a counterpart named alone;
      3. the page's own body (its source line) for a counterpart named alone;
    2 and 3 only for a sentence of running text (not a title, caption or list line) of a dated
    scene: a date in it or before it in its paragraph, or a scene it opens with (开幕式上，…);
    an undated 与B签订 in a list of the year's work is no report of that day's signing.
    A pair found must hold the one party the sentence names, and as many parties as its pair
    word says (双方: two; 此次签约 looks one sentence back only). Nothing is completed where
    the sentence reports no signing of its own: projects or counts sign, people attend or
    host, another pair is named in it (or joined there by 与/、 under names the recogniser
    does not know), or it restates a signing already found without a date."""
    text, trig = scan.text, m.start()
    if len(left) + len(right) > 1 or _reports_no_own_signing(scan, m, s0, s1, dates):
        return []
    c0 = _clause_start(text, s0, trig)
    if not right and any(ch in voc.OWN_PAIR_MARKS for ch in text[c0:trig]):
        return []  # A与B签署 with names the recogniser does not know: the sentence's own pair
    named = [o for o in scan.index.within(s0, trig) if not o.group
             and not (o.bare and o.start > s0 and text[o.start - 1] in voc.VENUE_BEFORE)]
    if len({o.name for o in named}) > 1:
        return []  # the sentence names others (hosts, attendees, witnesses): not for us
    one = (left or right or [None])[0]
    counterpart = one if right else None  # 与B签署: the subject is dropped
    word = _pair_word(text, s0, trig)  # 双方 / 三方: how many they are
    count = 2 if word and word.group() in voc.TWO_WORDS else \
        voc.PARTY_COUNTS.get(word.group()[:1], 0) if word else 0

    def holding(got: list[Party]) -> list[Party]:
        names = {p.name for p in got}
        if len(names) < 2 or (one is not None and one.name not in names) or \
                (count and len(names) != count):
            return []
        return got

    para = text.rfind("\n", 0, s0) + 1
    hi = s0
    back = 1 if word and word.group() not in voc.FAR_PAIR_WORDS else voc.SENTENCES_BACK_TO_PAIR
    for k in range(back):  # 此次签约 looks at the sentence before only
        if hi <= para:
            break
        lo = max(para, _sentence_start(text, hi - 1))
        idx = OrgIndex(find_organisations(text, scan.ctx, lo, hi))
        mentions = idx.within(lo, hi)
        if mentions:
            got = _joined_pair(text, mentions, lo, hi)
            if got:
                return holding(got)  # a pair without the sentence's party: someone else's
            subject, visited = _subject_and_visited(scan, idx, lo, hi)
            if subject is not None and visited is not None:
                return holding([subject, visited])
            if subject is not None and counterpart is not None and k == 0:
                return holding([subject, counterpart])
            if len({o.name for o in mentions if not o.group}) > 1:
                return []  # bodies named apart (hosts, a meeting of several): who signs is open
        hi = lo
    if back == 1:
        return []  # 此次签约: the signing of the sentence before, or none
    if text[s1 - 1] not in voc.REPORT_END or not (
            dates or voc.SCENE_LEAD_RE.match(text, s0)
            or (scan.last_date is not None and scan.last_date.start >= para)):
        return []  # the headline's or the site's body signs in a report of a dated scene only
    headline_end = _headline_end(text)
    if s0 > headline_end:
        idx = OrgIndex(find_organisations(text, scan.ctx, 0, headline_end))
        got = _joined_pair(text, idx.within(0, headline_end), 0, headline_end)
        if got:
            return holding(got)
        subject, visited = _subject_and_visited(scan, idx, 0, headline_end)
        if subject is not None and counterpart is not None:
            return holding([subject, counterpart])
        if subject is not None and visited is not None:  # A一行到B调研 … 会上签署了…
            return holding([subject, visited])
    publisher = _publisher(scan.source, scan.ctx) if counterpart is not None else None
    if publisher is not None:
        return holding([publisher, counterpart])
    return []


def _publisher(source: str | None, ctx: ArticleContext) -> Party | None:
    """The page's own body, where its source line is one organisation's name in full
    (来源：宁波市科学技术协会, 来源：某某大学); an outlet (新华网, 某某日报) is none."""
    name = (source or "").strip()
    if not voc.PUBLISHER_BODY_END_RE.search(name):
        return None
    got = [o for o in find_organisations(name, ctx) if not o.group]
    if len(got) != 1 or got[0].start != 0 or got[0].end != len(name) or got[0].bare:
        return None
    return got[0].party()


def _reports_no_own_signing(scan: _Scan, m: re.Match[str], s0: int, s1: int,
                            dates: list[DateMention], pair: str = "") -> bool:
    """Is the trigger no report of a signing of its own (projects or counts sign, people attend,
    host or preside, a word quoted, a modifier or a time (签约事宜, 签署后), an intent (要推动
    签署), or it restates a signing already found, undated)? A count that is the pair word
    `pair` (两家签署: the two named before) is no count of others."""
    text, trig = scan.text, m.start()
    others = voc.OTHERS_SIGN_RE.search(text, max(s0, trig - 10), trig)
    return ((others is not None and not (pair and others.group() == pair))
            or voc.OTHER_SIGNERS_BEFORE_RE.search(text, max(s0, trig - 10), trig) is not None
            or voc.PROJECTS_AFTER_RE.match(text, m.end()) is not None
            or voc.NOT_REPORTED_BEFORE_RE.search(text, s0, trig) is not None
            or voc.QUOTED_TRIGGER_RE.search(text, max(s0, trig - 1), trig) is not None
            or voc.NOMINAL_USE_AFTER_RE.match(text, m.end()) is not None
            or voc.INTENT_BEFORE_RE.search(text, max(s0, trig - 2), trig) is not None
            or (bool(scan.found) and not dates))


def _modifies_a_noun(text: str, end: int, hi: int) -> bool:
    """Does the group ending at `end` modify a noun of its clause that signs instead (A、B两市…
    的多个项目), rather than open a phrase of its own (A与B本着…的原则) or name what they share
    (A与B的合作由来已久)?"""
    k = text.find(voc.POSSESSIVE, end, hi)
    return k >= 0 and voc.PHRASE_OPENER_RE.search(text, end, k) is None and \
        voc.OTHER_SIGNERS_RE.search(text, k, hi) is not None


def _pair_before(scan: _Scan, lo: int, hi: int, two: bool = False) -> list[Party]:
    """The last parties named together before `hi` (A会同B召开…，双方签订): a chain of
    organisations joined by 与/和/、/会同/携手 …"""
    text = scan.text
    c = _clause_start(text, lo, hi)
    attends = [a.end() for a in voc.ATTENDING_RE.finditer(text, c, hi)]
    if attends and not voc.ATTENDEES_OWN_ACT_RE.search(text, attends[-1], hi):
        hi = c  # A书记某某出席并见证了某市两家企业的签约: who attends (not 出席并代表双方签约)
    orgs = [o for o in find_organisations(text, scan.ctx, lo, hi) if not o.group]
    for k in range(len(orgs) - 1, 0, -1):
        if text[orgs[k - 1].end:orgs[k].start] in voc.PAIR_GAPS:
            j = k - 1
            while j > 0 and text[orgs[j - 1].end:orgs[j].start] in voc.PAIR_GAPS:
                j -= 1
            return [o.party() for o in orgs[j:k + 1]]
    # 市长某会见A党组书记某一行，双方签署: a meeting names exactly two of them; a place or a
    # building after 在 is where they meet (在市行政中心)
    # (two subjects of clauses of their own are not a pair: 市科技局汇报…，某大学介绍…)
    kept = [o for o in orgs if not (o.start > lo and text[o.start - 1] in voc.VENUE_BEFORE)]
    named = {o.name: o.party() for o in kept}
    return list(named.values()) if two and len(named) == 2 and \
        not voc.CLAUSE_BREAK.search(text, kept[0].end, kept[-1].start) else []


def _signatories(scan: _Scan, m: re.Match[str], s0: int,
                 c0: int) -> tuple[list[Party], list[Party], bool]:
    """(left, right, from_pair): the party group of the trigger's clause; without a complete one,
    the sentence's subject; else, after 双方 or 续签, the parties of the previous signing."""
    text, trig = scan.text, m.start()
    left, right = parse_group(text, c0, trig, scan.ctx, scan.index)
    pair_group: list[Party] = []
    if len(left) == 1 and not right and scan.index.is_group(left[0]) and \
            not scan.index.members(left[0]) and voc.PAIR_GROUP_RE.match(left[0].mention):
        pair_group, left = left, []  # 两家单位签署: the pair named before, like 双方
    if not left and not right:  # A作为乙方，与B作为甲方，共同签署: the counterpart's own clause
        right = _counterpart_clause(scan, s0, c0, trig)
    if not left and not right:
        person = voc.PERSON_OPENING_RE.match(text, c0, trig)
        body = _body_of_person(scan, person.group("name"), c0) if person else None
        items = _list_from(text, person.end(), trig, scan.ctx, scan.index) if body else []
        if body is not None and items:
            # 签约仪式上，张某与B公司董事长李某签署: 张某's body, named with him before
            return [body], _distributed(items, scan.ctx), False
    if len(left) == 1 and not right:
        visit = _visit_in_clause(scan, c0, trig, left[0])
        if visit:  # A主席某某一行前往B签署: the visitor and the visited
            return visit, [], False
    if left and (right or len(left) > 1 or scan.index.signs_alone(left[0])
                 or len(scan.index.members(left[0])) > 1):
        return left, right, False
    if not right and voc.OTHERS_SIGN_RE.search(text, max(c0, trig - 8), trig):
        return [], [], False  # A与B联合举办的活动中，15个项目现场签约: projects sign
    subj_left, subj_right = _subject(text, s0, c0, scan.ctx, scan.index)
    if right and len(subj_left) == 1 and subj_right and not left and c0 > s0:
        # A与B签署X，与C签署Y: the subject signs again, with the new counterpart
        return subj_left, right, False
    if right and subj_left and not subj_right:
        return subj_left, right, False

    if right and not left and not subj_left and scan.found and \
            text[s0:trig].lstrip().startswith(tuple(voc.PAIR_CONNECTORS)) and \
            scan.found[-1].span[1] == s0 and len(scan.found[-1].parties) == 2:
        # …签署了X；与C签署了Y: the subject of the signing just before
        return [scan.found[-1].parties[0]], right, False
    if not right and len(subj_left) + len(subj_right) >= 2:
        return subj_left, subj_right, False
    if not right and not subj_right and len(subj_left) == 1:
        visited = _visited(scan, s0, trig, subj_left[0])
        if visited is not None:  # A带队到B考察交流，并签订…: the visitor and the visited
            return [subj_left[0], visited], [], False
    if not right and not subj_left and not subj_right:
        bodies = _person_bodies(scan, s0, trig)
        if len(bodies) == 2:  # 张三、李四代表双方签署: the bodies their titles named before
            return bodies, [], False
    pair_word = _pair_word(text, s0, trig)
    if not right and pair_word:  # A会同B召开会议，双方签订: the pair named before 双方
        named = _pair_before(scan, s0, pair_word.start(),
                             pair_word.group() in voc.TWO_WORDS)
        if len(named) >= 2:
            return named, [], False
    if not right and scan.found and (pair_word or m.group(0) in voc.RESTATING_VERBS):
        return list(scan.found[-1].parties), right, True
    if not right and pair_word:  # the pair of a sentence before (speeches may come between)
        named = _pair_of_sentences_before(scan, s0, pair_word.group())
        if len(named) >= 2:
            return named, [], False
        headline_end = _headline_end(text)
        if s0 > headline_end:  # the pair the headline names (A与B深化合作 … 双方签署)
            named = _pair_before(scan, 0, headline_end)
            if len(named) >= 2:
                return named, [], False
            if pair_word.group() in voc.TWO_WORDS:  # A一行到B调研 … 双方签署: the two of them
                idx = OrgIndex(find_organisations(text, scan.ctx, 0, headline_end))
                subject, visited = _subject_and_visited(scan, idx, 0, headline_end)
                if subject is not None and visited is not None:
                    return [subject, visited], [], False
    return left or pair_group, right, False


def _counterpart_clause(scan: _Scan, s0: int, c0: int, trig: int) -> list[Party]:
    """The counterparts of a clause of their own right before a trigger's clause that names no
    party (…，与B，共同签署; its role blanked: 与B作为甲方，): a connector and parties, nothing
    else."""
    text = scan.text
    if c0 - 1 <= s0 or text[c0 - 1] not in voc.PAIR_CLAUSE_ENDS or \
            text[c0:trig].strip(voc.ADVERB_CHARS):
        return []
    b0 = _clause_start(text, s0, c0 - 1)
    while b0 < c0 and text[b0] in " \u3000":
        b0 += 1
    if b0 >= c0 - 1 or not _connector_at(text, b0, c0):
        return []
    got = _list_from(text, b0 + _connector_at(text, b0, c0), c0 - 1, scan.ctx, scan.index)
    if not got or text[got[-1][2] + len(got[-1][0]):c0 - 1].strip(" \u3000"):
        return []
    return _distributed(got, scan.ctx)


def _pair_of_sentences_before(scan: _Scan, s0: int, word: str) -> list[Party]:
    """The pair the nearest of the sentences before `s0` names (A与B召开座谈会。…讲话。…表示。
    会上，双方签署): organisations named together, or a visitor and the body it visits (A一行到
    B调研。…双方签署). 此次签约 looks only at the sentence before; 双方 at a few, never into
    the headline's line, and a pair further back must be two."""
    text = scan.text
    two = word in voc.TWO_WORDS
    headline_end = _headline_end(text) if "\n" in text else -1
    hi = s0
    for k in range(voc.SENTENCES_BACK_TO_PAIR if word in voc.FAR_PAIR_WORDS else 1):
        if hi <= 0 or (k and hi <= headline_end + 1):
            break
        lo = _sentence_start(text, hi - 1)
        lo = max(lo, headline_end + 1) if k else lo
        named = _pair_before(scan, lo, hi, two)
        if len(named) >= 2 and (k == 0 or not two or len(named) == 2):
            return named
        if k:
            idx = OrgIndex(find_organisations(text, scan.ctx, lo, hi))
            subject, visited = _subject_and_visited(scan, idx, lo, hi)
            if subject is not None and visited is not None:
                return [subject, visited]
        hi = lo
    return []


def _subject_and_visited(scan: _Scan, idx: OrgIndex, lo: int,
                         hi: int) -> tuple[Party | None, Party | None]:
    """The one party a sentence [lo, hi) opens with (its subject), and the one body it visits
    (A一行到B调研), each None where there is not exactly one."""
    text = scan.text
    subject, others = _subject(text, lo, hi, scan.ctx, idx)
    if not subject and not others:
        subject = _delegation(text, idx, lo, hi)
    if len(subject) != 1 or others:
        return None, None
    got = [o for o in idx.within(lo, hi) if not o.group and o.name != subject[0].name
           and _right_after_visit(text, max(lo, o.start - 3), o.start)]
    return subject[0], got[0].party() if len({o.name for o in got}) == 1 else None


def _delegation(text: str, idx: OrgIndex, lo: int, hi: int) -> list[Party]:
    """The body whose delegation a person leads (某某率湖南省科协代表团到…): the visitor."""
    for o in idx.within(lo, hi):
        if not o.group and voc.DELEGATION_LEAD_RE.search(text, max(lo, o.start - 2), o.start) \
                and voc.DELEGATION_RE.match(text, o.end, hi):
            return [o.party()]
    return []


def _person_bodies(scan: _Scan, s0: int, trig: int) -> list[Party]:
    """Two people who sign for their sides (张三、李四代表双方签署, 张三院长与李四市长签署): the
    body each was named with before, as body + title + name (广州分院院长张三, 越秀区区长李四),
    else, for a title written after the name, the body that title names alone (市长: the
    article's city)."""
    text = scan.text
    for pattern, cue in ((voc.PERSONS_TITLED_AFTER_RE, voc.TITLE_THEN_JOINER_RE.search),
                         (voc.PERSONS_REPRESENT_RE, _has_represent_word)):
        if not cue(text, s0, trig):
            continue  # (what every match holds is not in the stretch)
        m = pattern.search(text, s0, trig)
        got = _bodies_of_people(scan, m, s0) if m is not None else []
        if got:
            return got
    return []


def _has_represent_word(text: str, lo: int, hi: int) -> bool:
    return text.find(voc.REPRESENT_WORD, lo, hi) >= 0


def _bodies_of_people(scan: _Scan, m: re.Match[str], s0: int) -> list[Party]:
    """The bodies of the two people of match `m` (groups a and b; ta and tb their titles when
    written after the names), distinct, or none."""
    out: list[Party] = []
    for group in ("a", "b"):
        full = m.group(group)
        body = None
        for name in (full, full[-2:]) if len(full) == 3 else (full,):
            body = _body_of_person(scan, name, s0)
            if body is not None:
                break
        if body is None and "t" + group in m.re.groupindex:  # 李某某市长: the article's city
            body = _body_of_title(scan, m.start("t" + group), m.end("t" + group))
        if body is None:
            return []
        out.append(body)
    return out if out[0].name != out[1].name else []


def _body_of_person(scan: _Scan, name: str, before: int) -> Party | None:
    """The body named right before `name` and its title, last time the text named them."""
    text = scan.text
    at = text.rfind(name, 0, before)
    while at > 0:
        title = voc.PERSON_TITLE_END_RE.search(text, max(0, at - 20), at)
        if title is not None:
            body = _body_of_title(scan, title.start(), title.end())
            if body is not None:
                return body
        at = text.rfind(name, 0, at)
    return None


def _body_of_title(scan: _Scan, t0: int, t1: int) -> Party | None:
    """The body an official's title text[t0:t1] stands for: the organisation right before it
    (广州分院院长, 九江市市长; 湖南大学党委书记: the university), else, for a head of government
    written alone (省长, 区长; 市委副书记、市长: the article's own committee), the article's own
    government of that level."""
    text = scan.text
    orgs = find_organisations(text, scan.ctx, max(0, t0 - 30), t1)
    before = [o for o in orgs if o.start < t0 < o.end or o.end == t0]
    if before:
        o = before[-1]
        return None if o.group else _institution(scan, o.party(), o.end)
    heads = voc.GOVERNMENT_HEAD_RE.findall(text, t0, t1)
    if not heads:
        return None
    if t0 > 0 and voc.HAN_RE.match(text[t0 - 1]) and text[t0 - 1] not in voc.TITLE_ALONE_AFTER \
            and not any(voc.OWN_COMMITTEE_RE.search(text, max(0, t0 - 3), end)
                        for end in (t0, t0 + 1)):
        # 黔南州副州长: the place the recogniser left bare before the title, as a government
        for k in range(max(0, t0 - voc.PLACE_BEFORE_TITLE), t0 - 1):
            party = parse_org(text[k:t0] + voc.GOVERNMENT_BODY, scan.ctx)
            if party is not None and party.kind == "government" and party.adcode:
                return replace(party, mention=text[k:t0])
        return None
    party = parse_org(voc.GOVERNMENT_HEADS[heads[-1]], scan.ctx)
    return replace(party, mention=text[t0:t1]) if party and party.adcode else None


def _institution(scan: _Scan, party: Party, end: int) -> Party:
    """A party committee whose secretary signs (湖南大学党委书记张某): the institution signs."""
    stem = voc.PARTY_COMMITTEE_END_RE.sub("", party.mention)
    if stem == party.mention or not voc.PERSON_TITLES_RE.match(scan.text, end):
        return party
    body = parse_org(stem, scan.ctx)
    return replace(body, mention=stem) if body is not None else party


def _institutions(scan: _Scan, parties: tuple[Party, ...], s0: int,
                  s1: int) -> tuple[Party, ...]:
    """Each party committee of a signing that its secretary signs for: its institution."""
    if not any(voc.PARTY_COMMITTEE_END_RE.search(p.mention) for p in parties):
        return parties
    out = []
    for p in parties:
        at = scan.text.find(p.mention, s0, s1) if voc.PARTY_COMMITTEE_END_RE.search(
            p.mention) else -1
        out.append(_institution(scan, p, at + len(p.mention)) if at >= 0 else p)
    return tuple(out)


def _named_after(scan: _Scan, m: re.Match[str], s1: int) -> list[Party]:
    """The signatories a sentence names after its trigger (签约双方为A和B, 签约单位为A、B,
    签署协议的是A与B, 本次签约的双方——A与B——): organisations joined by 与/和/、 from where
    the lead ends."""
    text = scan.text
    lead = voc.SIGNATORIES_AFTER_RE.match(text, m.end(), s1)
    if lead is None:
        return _labelled_after(scan, m.end(), s1)
    start = lead.end()
    while start < s1 and text[start] in " \u3000":
        start += 1
    got: dict[str, Party] = {}
    at = start
    for o in find_organisations(text, scan.ctx, start,
                                min(s1, start + voc.SIGNATORIES_AFTER_CHARS)):
        if o.group or (o.start != start if not got else
                       text[at:o.start].strip(" \u3000") not in voc.PAIR_GAPS):
            break
        got.setdefault(o.name, o.party())
        at = o.end
    return list(got.values()) if len(got) >= 2 else []


def _labelled_after(scan: _Scan, pos: int, s1: int) -> list[Party]:
    """The parties the side labels after a trigger name (签署了协议，甲方为A，乙方为B): the
    organisation right after each label (the labels are blanked in `text`, kept in `shown`)."""
    got: dict[str, Party] = {}
    for label in voc.PARTY_LABEL_RE.finditer(scan.shown, pos, s1):
        start = label.end()
        while start < s1 and scan.text[start] in " \u3000":
            start += 1
        org = next((o for o in find_organisations(
            scan.text, scan.ctx, start, min(s1, start + voc.SIGNATORIES_AFTER_CHARS))
            if o.start == start and not o.group), None)
        if org is not None:
            got.setdefault(org.name, org.party())
    return list(got.values()) if len(got) >= 2 else []


def _represented(scan: _Scan, s0: int, trig: int) -> list[Party]:
    """甲代表A、乙代表B签署 / 甲与乙分别代表A和B签订: the bodies named right after 代表."""
    text, got = scan.text, {}
    for m in voc.REPRESENTS_RE.finditer(text, s0, trig):
        if voc.TRIGGER_RE.search(text, m.end(), trig) and got:
            break
        for _, party, _ in _list_from(text, m.end(), trig, scan.ctx, scan.index):
            got.setdefault(party.name, party)
    return list(got.values()) if len(got) >= 2 else []


def _officials(scan: _Scan, s0: int, trig: int) -> list[Party]:
    """Two officials who sign (中科院院长甲与省长乙签订, 院长甲、区长乙代表双方签署, 甲（省科协
    主席）与乙（市长）签订): the body each title names."""
    m = voc.OFFICIALS_SIGN_RE.search(scan.text, s0, trig)
    if m is not None:
        a = _body_of_title(scan, m.start("t1"), m.end("t1"))
        b = _body_of_title(scan, m.start("t2"), m.end("t2"))
    else:  # 张某（市科协主席）和李某（区长）: the title ends each bracket
        m = voc.OFFICIALS_BRACKETED_RE.search(scan.text, s0, trig)
        if m is None:
            return []
        a, b = (_bracketed_body(scan, m.start(g), m.end(g)) for g in ("b1", "b2"))
    return [a, b] if a is not None and b is not None and a.name != b.name else []


def _bracketed_body(scan: _Scan, b0: int, b1: int) -> Party | None:
    """The body of an official's title written in brackets after the name (（市科协主席）)."""
    title = voc.PERSON_TITLE_END_RE.search(scan.text, b0, b1)
    if title is None:
        return None
    # the bracket opens the body's name (a name's run of characters takes the bracket in)
    inside = [o for o in find_organisations(scan.text, scan.ctx, b0, title.start())
              if o.end == title.start() and not o.group]
    if inside:
        return _institution(scan, inside[-1].party(), inside[-1].end)
    return _body_of_title(scan, title.start(), title.end())


def _visit_in_clause(scan: _Scan, c0: int, trig: int, found: Party) -> list[Party]:
    """[visitor, visited] where the trigger's clause ends on a visit (A馆长某某一行前往B开展签约):
    B right after the visit verb, A just before that verb with only its official's title and name
    between; `found` (the one party the clause's group gave) must be one of them."""
    text = scan.text
    got = [o for o in scan.index.within(c0, trig) if not o.group]
    if len(got) < 2 or found.name not in (got[-1].name, got[-2].name):
        return []
    visitor, visited = got[-2], got[-1]
    v = voc.VISIT_RE.search(text, max(c0, visited.start - 3), visited.start)
    if v is None or v.end() != visited.start or visitor.name == visited.name \
            or not voc.VISITOR_GAP_RE.fullmatch(text, visitor.end, v.start()):
        return []
    return [visitor.party(), visited.party()]


def _right_after_visit(text: str, lo: int, start: int) -> bool:
    m = voc.VISIT_RE.search(text, lo, start)
    return m is not None and m.end() == start


def _visited(scan: _Scan, s0: int, trig: int, visitor: Party) -> Party | None:
    """The one organisation the sentence's subject visits before the trigger (到/赴/走进 B)."""
    text = scan.text
    got = [o for o in scan.index.within(s0, trig) if not o.group and o.name != visitor.name
           and _right_after_visit(text, max(s0, o.start - 3), o.start)]
    names = {o.name for o in got}
    if len(names) != 1 or text[got[0].end:got[0].end + 1] in tuple(voc.GROUP_JOINERS):
        return None  # several places visited (赴A、B考察): who signed is not said
    return got[0].party()


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts."""
    k = pos
    while k > 0 and not voc.SENTENCE_END_CHAR.match(text[k - 1]):
        k -= 1
    return k


def _same_event(scan: _Scan, s0: int, trig: int) -> DateMention | None:
    """随后/接着…签署 right after a signing of the story's own days (a day at most
    STORY_DAY_WINDOW before publication, in the same paragraph): the same event, its date."""
    if not (scan.found and voc.AFTER_RE.match(scan.text[s0:trig].lstrip())):
        return None
    prev = scan.found[-1]
    d = prev.date
    if d is None or d.precision != "day" or not d.date or prev.background_cue or \
            "\n" in scan.text[prev.span[0]:s0] or scan.ref is None:
        return None
    gap = scan.ref - date.fromisoformat(d.date)
    return d if timedelta(0) <= gap <= timedelta(days=voc.STORY_DAY_WINDOW) else None


def _restates_previous(scan: _Scan, pairs: list[tuple[Party, ...]], kind: str,
                       title: str | None) -> bool:
    """Does a 随后 signing name the parties and the document of the signing just before it
    (the officials who signed it)? Then it is that signing, not a later one. The document may
    be named by its kind alone (…合作框架协议签约仪式。随后，…签订框架协议)."""
    prev = scan.found[-1]
    return (len(pairs) == 1 and {p.name for p in pairs[0]} == {p.name for p in prev.parties}
            and ((kind == prev.type and title == prev.title)
                 or (title is None and prev.type.endswith(kind))))


def _after_previous(scan: _Scan, s0: int, trig: int) -> str | None:
    """随后/此后…签署 without a date: the signing follows the previous one (its date or bound)."""
    if scan.found and voc.AFTER_RE.match(scan.text[s0:trig].lstrip()):
        prev = scan.found[-1]
        return prev.date.date if prev.date else prev.after
    return None


def _remember_dates(scan: _Scan, dates: list[DateMention], sentence: str, s0: int) -> None:
    """The dates later sentences may take: the last explicit one, and the last day-precise one
    that is not the page's own date line. A year naming an event of a sentence with a finer date
    (12月26日，某区召开2017年科技创新大会。会上，…) is the event's name, no date to take."""
    explicit = [d for d in dates if not d.backref
                and (d.precision != "approx" or voc.DATE_WINDOW_RE.fullmatch(d.text)
                     or voc.MONTH_DAY_TEXT_RE.fullmatch(d.text))]  # (in the URL's year)
    if len(explicit) > 1 and any(d.precision == "year" for d in explicit):
        named = [d for d in explicit if d.precision == "year"
                 and EVENT_YEAR_RE.match(sentence, d.start - s0)]
        explicit = [d for d in explicit if d not in named] or explicit
    if explicit:
        scan.last_date = explicit[-1]
    vague = [d for d in dates if not d.backref and d.precision == "approx" and d not in explicit]
    if vague:
        scan.last_vague = vague[-1]
    days = [d for d in explicit if d.precision == "day" or (
        d.precision == "approx" and d.date and len(d.date) == 10
        and voc.MONTH_DAY_TEXT_RE.fullmatch(d.text))]  # (a month-day in the URL's year)
    if days and not voc.META_LINE_RE.search(sentence):
        scan.last_day = days[-1]


def _news_date(last_day: DateMention | None, ref: date | None, pos: int) -> DateMention | None:
    """A new signing reported without a date: the day the story is about, or 近日 of publication.

    The story's day is the latest day-precise date before the sentence when it is at most a week
    before publication (or there is no publication date to check it against).
    """
    if last_day is not None and last_day.date:
        day = date.fromisoformat(last_day.date)
        if ref is None or timedelta(0) <= ref - day <= timedelta(days=voc.STORY_DAY_WINDOW):
            return last_day
    if ref is None:
        return None
    return DateMention(pos, pos, "", ref.isoformat(), "approx", before=ref.isoformat())


def _story_day(text: str, ref: date | None) -> str | None:
    """The first day-precise date of the body within the week before publication, if any."""
    if ref is None:
        return None
    for d in find_dates(text, ref):
        if d.precision != "day" or not d.date or d.text in ("今天", "今日"):
            continue
        line = text[text.rfind("\n", 0, d.start) + 1 : d.start]
        if voc.META_LINE_RE.search(line):
            continue
        if timedelta(0) <= ref - date.fromisoformat(d.date) <= timedelta(days=voc.STORY_DAY_WINDOW):
            return d.date
    return None


def _paragraph_date(text: str, s0: int, last: DateMention | None) -> DateMention | None:
    """A signing sentence without a date takes the last date of its paragraph."""
    if last is None:
        return None
    para_start = text.rfind("\n", 0, s0) + 1
    return last if last.start >= para_start else None


def _subject(
    text: str, s0: int, c0: int, ctx: ArticleContext, idx: OrgIndex
) -> tuple[list[Party], list[Party]]:
    """The party group at the head of the sentence (its subject), if it starts with one."""
    lo = s0
    dateline = voc.LEAD_DATELINE_RE.match(text, lo, c0)
    if dateline:  # 某网某地8月6日消息（记者 某某）8月6日，A举办…，与B签订: A
        lo = dateline.end()
    # skip opening adverbial clauses (日前, / 会上, / 9月14日, / 5月8日，会上，), and a purpose
    # with the clauses that go on with it (为深入贯彻…，进一步推动…，6月3日，)
    purpose = False
    for _ in range(voc.OPENING_ADVERBIALS + voc.PURPOSE_CLAUSES):
        brk = voc.CLAUSE_BREAK.search(text, lo)
        if brk is None or brk.start() >= c0 or idx.starting_at(lo, brk.start()) is not None \
                or voc.ACADEMICIAN_SUBJECT_RE.match(text, lo, brk.start()):
            break
        purpose = purpose or voc.PURPOSE_OPENER_RE.match(text, lo) is not None
        if brk.start() - lo > (voc.PURPOSE_CLAUSE_CHARS if purpose else 14):
            break
        lo = brk.start() + 1
    hi_m = voc.CLAUSE_BREAK.search(text, lo)
    hi = min(hi_m.start() if hi_m else c0, c0)
    if hi <= lo:
        return [], []
    # the subject group: parties at the start of that clause, extended over A、B与C
    fellow = voc.ACADEMICIAN_SUBJECT_RE.match(text, lo, hi)
    if fellow:  # 中国工程院院士王某率团到…，与A签订: the academician signs, not the academy
        name = fellow.group("name")
        return [Party(name=name, mention=name, kind="other", level="other")], []
    got = idx.starting_at(lo, hi)
    if got is None:
        return [], []
    end = _group_end(text, got.end, hi, idx)
    whole = _group_end(text, got.end, hi, idx, adverbs=True) \
        if voc.GROUP_ADVERBS_RE.match(text, end, hi) else end
    if whole > end and not voc.GROUP_COUNT_TAIL_RE.sub(
            "", text[whole:c0]).strip(voc.CLAUSE_PUNCT + " \u3000"):
        end = whole  # A分别与B、C，签订…: the group is the clause right before the signing's
    if _modifies_a_noun(text, end, hi):
        return [], []  # 德阳、遂宁两市…的多个项目: the group modifies what signs
    return parse_group(text, lo, end, ctx, idx)


def _group_end(text: str, end: int, hi: int, idx: OrgIndex, adverbs: bool = False) -> int:
    """Extend a party ending at `end` over following 、/与-joined parties (with `adverbs`, also
    over an adverb before the connector: A分别与B、C)."""
    best = end
    pos = end
    while pos < hi:
        got = idx.starting_at(pos, hi)  # glued on: 中国工程院河南省人民政府
        if got is None and text[pos] in " \u3000":
            got = idx.starting_at(pos + 1, hi)
        if got is not None and not idx.full_name(got.party()):
            got = None
        if got is None and text[pos] in voc.GROUP_JOINERS:
            got = idx.starting_at(pos + 1, hi)
        adverb = voc.GROUP_ADVERBS_RE.match(text, pos, hi) if got is None and adverbs else None
        if adverb is not None and adverb.end() < hi and text[adverb.end()] in voc.PAIR_CONNECTORS:
            # A分别与B、C，签订… / A还分别与B，…: adverbs before the connector
            got = idx.starting_at(adverb.end() + 1, hi)
        if got is None:
            break
        best = pos = got.end
    return best


def region_facts(
    parties: tuple[Party, ...],
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Provinces, prefectures and counties (with their prefecture) where the parties sit: one
    place for every maker of an Agreement (the frames, party_lists, a reviewer's edit)."""
    regions = gazetteer.load_regions()
    provs: list[str] = []
    cities: list[str] = []
    counties: list[str] = []
    for p in parties:
        if not p.adcode or p.adcode not in regions:  # national bodies have no seat here
            continue
        r = regions[p.adcode]
        prov = regions[r.province_adcode].name
        if prov not in provs:
            provs.append(prov)
        if r.level == "prefecture" and r.name not in cities:
            cities.append(r.name)
        if r.level == "county":
            parent = regions.get(r.parent_adcode or "")
            if parent and parent.level == "prefecture" and parent.name not in cities:
                cities.append(parent.name)
            full = gazetteer.full_name_with_parent(p.adcode)
            if full not in counties:
                counties.append(full)
    return tuple(provs), tuple(cities), tuple(counties)


def cooperation_model(parties: tuple[Party, ...]) -> str:
    """省会/会市/会地/会会/市市合作 from the parties' kinds and levels: the first rule of
    signing.toml `cooperation_model` that holds, else 其他."""
    for rule in voc.COOPERATION_MODELS:
        if rule.pair is not None:
            if len(parties) != 2:
                continue
            (a, b), (p, q) = rule.pair, parties
            if (a.fits(p.kind, p.level) and b.fits(q.kind, q.level)) or (
                    b.fits(p.kind, p.level) and a.fits(q.kind, q.level)):
                return rule.model
        elif (rule.every is not None and rule.some is not None and len(parties) >= 2
              and all(rule.every.fits(p.kind, p.level) for p in parties)
              and any(rule.some.fits(p.kind, p.level) for p in parties)):
            return rule.model
    return "其他"


def _bounds_and_flags(
    f: _Found, pub: date | None, latest_year: int | None
) -> tuple[str | None, str, str | None, str | None, bool]:
    d = f.date
    date_s, prec, before = (d.date, d.precision, d.before) if d else (None, "unknown", None)
    if prec == "approx" and date_s is None:
        prec = "unknown"
    background = f.background_cue or f.after is not None
    # a month-day the story gives without a year, in the year of publication, is the story's
    # own event however late it is posted (1月22日 in an October page); from the year before
    # (12月28日 in a May page) or with its year written, a signing long past is background
    reported = d is not None and not voc.EXPLICIT_YEAR_RE.search(d.text) and pub is not None \
        and date_s is not None and date_s[:4] == str(pub.year)
    if date_s and pub and not background and not reported:
        end = _period_end(date_s, prec)
        background = end is not None and end < pub - timedelta(days=45)
    if date_s and pub is None and latest_year and not background:
        background = int(date_s[:4]) < latest_year
    return date_s, prec, before, f.after, background


def _period_end(value: str, prec: str) -> date | None:
    try:
        if prec in ("day", "approx") and len(value) == 10:
            return date.fromisoformat(value)
        y = int(value[:4])
        if len(value) >= 7:
            m = int(value[5:7])
            return date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)
        return date(y, 12, 31)
    except ValueError:
        return None


def extract_agreements(
    text: str, ctx: ArticleContext, *, published: date | None, ref: date | None = None,
    source: str | None = None, owner: str | None = None,
) -> tuple[Agreement, ...]:
    """Every signing the text reports, one Agreement per signing event (pair or joint);
    `source` is the page's source line, which may name its own body: the party a signing
    reported on its own site may leave unnamed (与B签署…); `owner` the body the site's chrome
    names (版权所有 某某大学), its own body where the source line names none."""
    ref = ref or published
    if voc.SCRIPT_HEADLINE_RE.search(text, 0, _headline_end(text)):
        return ()  # the programme or script of a ceremony: what it lists is still to happen
    found, backstop = _find_signings(text, ctx, ref, source, owner)
    if found and backstop:  # the headline's signing and the body's scene of it (its date)
        pairs = {frozenset(p.name for p in f.parties) for f in found}
        found = found + [b for b in backstop if frozenset(p.name for p in b.parties) in pairs]
    if not found:
        made = party_lists.amend((), text, ctx, ref)  # hook: what the frames missed
        if made or not backstop:
            return made
        found = backstop  # the sides of a signing only the discourse gives, as chosen
    years = [int(f.date.date[:4]) for f in found if f.date and f.date.date]
    latest_year = max(years) if years else None
    made = tuple(_agreement(f, published, latest_year) for f in found)
    if found is not backstop:
        made = party_lists.amend(made, text, ctx, ref)  # hook: places as written, rests of lists
    headline_end = _headline_end(text)
    out = _date_the_undated(
        _narrower_signer(_headline_within_body(
            _merge_short_forms(_drop_summaries(_merge(_joint_restated(list(made), text))),
                               headline_end), headline_end)),
        text, ref)
    # a new signing without any date came after the earlier ones the article recalls
    recalled = [a.date for a in out if a.background and a.date]
    if recalled:
        out = [replace(a, date_after=max(recalled))
               if a.is_new_signing and a.date is None and not a.date_after else a for a in out]
    # a signing known only to follow another one happened before the first new signing dated
    news = [a for a in out if a.is_new_signing and a.date]
    bound = news[0].date if news else (published.isoformat() if published else None)
    return tuple(
        replace(a, date_before=bound) if a.date_after and not a.date_before else a for a in out
    )


def _agreement(f: _Found, published: date | None, latest_year: int | None) -> Agreement:
    """The Agreement a signing found in the text makes: dates and flags, places, model."""
    date_s, prec, before, after, background = _bounds_and_flags(f, published, latest_year)
    provs, cities, counties = region_facts(f.parties)
    return Agreement(
        parties=f.parties,
        date=date_s,
        date_precision=prec,
        date_after=after,
        date_before=before,
        date_text=f.date.text if f.date else None,
        type=f.type,
        title=f.title,
        model=cooperation_model(f.parties),
        provinces=provs,
        cities=cities,
        counties=counties,
        is_new_signing=not background,
        background=background,
        online=f.online,
        confidence=0.9 if f.date and not f.inferred_date else (0.7 if f.date else 0.5),
        evidence=f.evidence,
        span=f.span,
    )


def _date_the_undated(out: list[Agreement], text: str, ref: date | None) -> list[Agreement]:
    """Undated new signings: on the day the story reports (not on publication); without a
    publication date, "in the latest year the article names"."""
    story_day = _story_day(text, ref)
    if story_day:
        out = _merge([
            replace(a, date=story_day, date_precision="day", date_before=None)
            if a.is_new_signing and a.date_precision == "approx" and a.confidence < 0.9
            else a
            for a in out
        ])
    # the years of earlier signings recalled (2019年…签订…以来) date no new one
    recalled = [a.span for a in out if a.background]
    text_years = [int(d.date[:4]) for d in find_dates(text, None) if d.date
                  and not any(s0 <= d.start < s1 for s0, s1 in recalled)] if ref is None else []
    if text_years:
        out = [
            replace(a, date=str(max(text_years)), date_precision="approx")
            if a.date is None and a.is_new_signing and not a.date_after
            else a
            for a in out
        ]
    return out


def _abbreviates(short: str, full: str) -> bool:
    """Is `short` a short form of `full` (中国科学院合肥物质院 of 中国科学院合肥物质科学研究院):
    shorter, same first and last character, its characters those of `full` in order?"""
    if len(short) >= len(full) or short[:1] != full[:1] or short[-1:] != full[-1:]:
        return False
    it = iter(full)
    return all(ch in it for ch in short)


def _firm_brand(short: str, full: str) -> bool:
    """Is `short` a firm's brand, its registered name without the place before it and the
    legal ending after it (鹏芯微电子 of 深圳市鹏芯微电子有限公司)?"""
    core = org_voc.COMPANY_TAIL_RE.sub("", full)
    return len(short) >= 3 and core != full and core.endswith(short) and \
        any(p.start == 0 and p.end == len(core) - len(short)
            for p in gazetteer.find_places(core))


def _parent_of(parent: str, unit: str) -> bool:
    """Is `unit` a unit of `parent` written after it (某大学 of 某大学附属第一医院, 某银行股份有限
    公司 of 某银行某省分行: the parent's name, or a firm's without its legal ending, first)?"""
    if len(unit) > len(parent) and unit.startswith(parent):
        return True
    core = org_voc.COMPANY_TAIL_RE.sub("", parent)
    return len(core) >= 2 and len(unit) > len(core) and core != parent and unit.startswith(core)


def _headline_end(text: str) -> int:
    """Where the first line (the headline) ends."""
    k = text.find("\n")
    return len(text) if k < 0 else k


def _merge_short_forms(items: list[Agreement], headline_end: int) -> list[Agreement]:
    """A headline's short form and the body's full name of one party are one event: of two
    reports with the same other party and compatible dates, the headline's, where a party's
    name abbreviates the body's (same kind) or is the parent written before the body's unit
    (某大学 of 某大学附属第一医院), gives way. Compared within the reports of one
    counterpart only (a few), so a page of many signings stays linear."""
    pairs = [a for a in items if len(a.parties) == 2]
    if len(pairs) < 2:
        return items
    by_other: dict[str, list[int]] = {}
    for i, a in enumerate(items):
        if len(a.parties) == 2:
            for p in a.parties:
                by_other.setdefault(p.name, []).append(i)
    dropped: set[int] = set()
    for idxs in by_other.values():
        if len(idxs) < 2 or len(idxs) > voc.SHORT_FORM_BUCKET:
            continue
        for i in idxs:
            for j in idxs:
                if i == j or i in dropped or j in dropped:
                    continue
                a, b = items[i], items[j]  # is a's odd party a short form of b's?
                if a.span[0] >= headline_end or b.span[0] < headline_end:
                    continue
                shared = {p.name for p in a.parties} & {p.name for p in b.parties}
                if len(shared) != 1 or not _compatible(a, b):
                    continue
                pa = next(p for p in a.parties if p.name not in shared)
                pb = next(p for p in b.parties if p.name not in shared)
                if (pa.kind == pb.kind and (_abbreviates(pa.name, pb.name)
                                            or _firm_brand(pa.name, pb.name))) or \
                        org_voc.GROUP_COUNT_RE.fullmatch(pa.name) or \
                        _parent_of(pa.name, pb.name):
                    dropped.add(i)  # (六安市与两所高校签约: the body names them)
    return [a for k, a in enumerate(items) if k not in dropped]


def _joint_restated(items: list[Agreement], text: str) -> list[Agreement]:
    """One party's pairs from one sentence (A与B、C签署, read as A-B and A-C) that the text
    also reports as one document of all of them are that document: a count of sides (…代表
    三方签署了协议) in the sentence or the next one, or a report of the same parties jointly
    (a title that names the three of them). Not where each signs apart (分别)."""
    by_span: dict[tuple[int, int], list[int]] = {}
    for i, a in enumerate(items):
        if len(a.parties) == 2:
            by_span.setdefault(a.span, []).append(i)
    groups = {span: idxs for span, idxs in by_span.items() if len(idxs) >= 2}
    if not groups:
        return items
    joints = {frozenset(p.name for p in a.parties) for a in items if len(a.parties) >= 3}
    replaced: dict[int, Agreement | None] = {}
    for span, idxs in groups.items():
        pairs = [items[i] for i in idxs]
        common = set.intersection(*({p.name for p in a.parties} for a in pairs))
        if len(common) != 1 or voc.EACH_RE.search(pairs[0].evidence) or \
                not all(_compatible(pairs[0], b) for b in pairs[1:]):
            continue
        first = next(p for p in pairs[0].parties if p.name in common)
        parties = (first, *(p for a in pairs for p in a.parties if p.name not in common))
        names = frozenset(p.name for p in parties)
        if names not in joints and not _sides_counted(text, span[0], len(parties)):
            continue
        replaced[idxs[0]] = replace(pairs[0], parties=parties)
        replaced.update({i: None for i in idxs[1:]})
    return [replaced.get(i, a) for i, a in enumerate(items) if replaced.get(i, a) is not None]


def _sides_counted(text: str, start: int, n: int) -> bool:
    """Does the sentence at `start` count n sides (…，三方将…), or one of the few after it
    the n sides that sign (代表三方签署, 三方协议)?"""
    end = start
    for k in range(voc.SIDES_SIGN_REACH):
        m = voc.SENTENCE_END_CHAR.search(text, end + 1)
        end = m.end() if m else len(text)
        if k == 0 and any(voc.JOINT_COUNTS[c.group("n")] == n
                          for c in _matches_outside_places(voc.JOINT_COUNT_RE, text, start, end)):
            return True
    return any(voc.JOINT_COUNTS[c.group("n")] == n
               for c in voc.SIDES_SIGN_RE.finditer(text, start, end))


def _headline_within_body(items: list[Agreement], headline_end: int) -> list[Agreement]:
    """A headline's signing of fewer parties than one the body reports of all of them (A、B与C
    签署 over the body's A、B与C's full names, C not recognised in the headline) is that
    signing, told short."""
    bodies = [a for a in items if a.span[0] >= headline_end and len(a.parties) >= 3]
    if not bodies:
        return items
    def within(a: Agreement) -> bool:
        names = {p.name for p in a.parties}
        return any(names < {p.name for p in b.parties} and _compatible(a, b) for b in bodies)
    return [a for a in items if a.span[0] >= headline_end or not within(a)]


def _narrower_signer(items: list[Agreement]) -> list[Agreement]:
    """A signing with a place as written (中心与漯河市签订) that the text reports again, at the
    same event, with one of that place's bodies in its stead (签约仪式上，中心主任与漯河市科技局
    局长签署) is the body's: the lead named the place, the ceremony the signer."""
    by_name: dict[str, list[int]] = {}
    for i, a in enumerate(items):
        if len(a.parties) == 2:
            for p in a.parties:
                by_name.setdefault(p.name, []).append(i)
    dropped: set[int] = set()
    for i, a in enumerate(items):
        place = next((p for p in a.parties if _party_is_place(p)), None) \
            if len(a.parties) == 2 else None
        if place is None:
            continue
        other = next(p for p in a.parties if p is not place)
        later = by_name.get(other.name, [])
        if len(later) > voc.SHORT_FORM_BUCKET:
            continue
        for j in later:
            b = items[j]
            q = next((p for p in b.parties if p.name != other.name), None)
            if j != i and q is not None and q.adcode == place.adcode and \
                    q.name.startswith(place.name) and q.name != place.name and \
                    b.span[0] > a.span[0] and _compatible(a, b):
                dropped.add(i)
                break
    return [a for k, a in enumerate(items) if k not in dropped]


def _party_is_place(p: Party) -> bool:
    """Is the party a place kept as written (漯河市), no body of it?"""
    return p.adcode is not None and any(
        r.adcode == p.adcode and r.name == p.name for r in gazetteer.region_by_name(p.name))


def _drop_summaries(items: list[Agreement]) -> list[Agreement]:
    """A joint report of three or more parties (the headline's A与B、C签署) that the text also
    reports as pairs (A分别与B、C签署): the pairs are the signings, the joint one their summary."""
    pairs = [a for a in items if len(a.parties) == 2]
    if len(pairs) < 2 or all(len(a.parties) < 3 for a in items):
        return items
    out = []
    for a in items:
        names = {p.name for p in a.parties}
        if len(names) >= 3:
            covered = [b for b in pairs if {p.name for p in b.parties} <= names
                       and _compatible(a, b)]
            if len(covered) >= 2 and {p.name for b in covered for p in b.parties} == names \
                    and len({p.name for b in covered for p in b.parties
                             if all(p.name in {q.name for q in c.parties} for c in covered)}) == 1:
                continue
        out.append(a)
    return out


def _compatible(a: Agreement, b: Agreement) -> bool:
    """Two reports of one event: same flags, and dates that agree where both are known; two
    documents one sentence lists (签署了《X》和《Y》) are two events."""
    if a.background != b.background:
        return False
    if a.span == b.span and a.title and b.title and a.title != b.title:
        return False
    if a.date and b.date and (not a.date_text or not b.date_text) and not a.date_after \
            and not b.date_after:
        return True  # one dated by publication alone (a headline's report): the other's event
    if a.date and b.date:
        if (
            "approx" in (a.date_precision, b.date_precision)
            or min(a.confidence, b.confidence) < 0.9
        ):
            da, db = _period_end(a.date, a.date_precision), _period_end(b.date, b.date_precision)
            return da is not None and db is not None and abs((da - db).days) <= 62
        return a.date[:4] == b.date[:4]
    return not a.date_after and not b.date_after


def _better(a: Agreement, b: Agreement) -> bool:
    """Is report `a` a better description of the event than `b`? Of two as precise and as sure,
    one dated by what the text writes (a window before 其间) beats one dated by publication
    alone (the headline's report of the same signing)."""
    return (precision_rank(a.date_precision), -a.confidence, not a.date_text) < (
        precision_rank(b.date_precision),
        -b.confidence,
        not b.date_text,
    )


def _merge(items: list[Agreement]) -> list[Agreement]:
    """One agreement per signing event: the same parties and a compatible date are one event.

    Reports are looked up by their set of parties, so a page of thousands of distinct signings
    stays linear (issue 14): only reports of the same parties are compared.
    """
    out: list[Agreement] = []
    by_parties: dict[frozenset[str], list[int]] = {}
    for a in items:
        same = by_parties.setdefault(frozenset(p.name for p in a.parties), [])
        for i in same:
            b = out[i]
            if _compatible(a, b):
                if _better(a, b):
                    out[i] = replace(a, type=b.type if len(b.type) > len(a.type) else a.type)
                break
        else:
            same.append(len(out))
            out.append(a)
    return out
