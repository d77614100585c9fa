"""How a signing names its parties where the narrow frames of agreements.py do not.

`amend` takes the agreements the frames found and the article, and applies, in order:
- previews that open with 届时 are dropped;
- a list of bodies that opens a sentence and signs in a later clause without a subject
  (甲省、乙省、丙省科协齐聚某地，召开座谈会，签署…), or a listed group whose count is the
  number of its items (A、B、C等三方签署), in a sentence the frames found nothing in;
- documents counted right before the bracket listing their signers (合作类项目3项（甲、乙、丙与
  丁签订…）): one each;
- a lone group glued to the body before its connector (甲市政府与A、B等6家高校): the two;
- the rest of a list named before (还与另外四所高校签署): the items not yet signed with;
- parties inside the object of the verb after a reported signing (双方还签署了甲分院与乙厅、丙市
  政府的合作协议);
- places as written (ANNOTATION.md: where the text names only places, the parties are the
  place names): 北京大学与威海市签署 is signed by 威海市, not by a 威海市人民政府 the text never
  names. A bare place stands for its government only where the article names that government
  (威海市人民政府, 威海市政府, 威海市市长), where one of its officials signs in person (与副区长
  某某签署), where it signs with a 科协 (会市合作: the association's partner is the government)
  or where it is one of a list of places (与甲、乙、丙等11个城市签署: the members of a group);
- a place-only signing in the sentence whose bodies signed (沪闽两地签订… 会上，A中心与B中心
  签订了…) is the same signing.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from etl.extraction import gazetteer
from etl.extraction.dates import find_dates
from etl.extraction.organisations import find_organisations
from etl.extraction.orgs import ArticleContext, distribute_suffix, parse_org, region_name
from etl.records import Agreement, Party
from etl.vocabulary import party_lists as voc
from etl.vocabulary import signing as sig
from etl.vocabulary.numerals import cn_number

_GOVERNMENT_ENDS = ("人民政府", "行政公署")
_SENTENCE_ENDS = "。！？\n"  # a sentence as this module reads it (a ； does not end one)


def amend(agreements: tuple[Agreement, ...], text: str, ctx: ArticleContext,
          ref: date | None = None) -> tuple[Agreement, ...]:
    """The agreements the frames found, with the parties this module reads (the entry)."""
    found = tuple(a for a in agreements if not voc.FUTURE_OPENING_RE.search(a.evidence))
    found = found + subject_lists(found, text, ctx, ref)
    found = split_glued_groups(split_counted_lists(found), text, ctx)
    found = object_pairs(resolve_remaining(found, text, ctx), text, ctx)
    return _drop_place_restatements(keep_places_as_written(found, text, ctx))


def _drop_place_restatements(agreements: tuple[Agreement, ...]) -> tuple[Agreement, ...]:
    """A signing of places only (沪闽两地签订…) in the sentence that names the bodies that
    signed (会上，A中心与B中心签订了…): the same signing, reported by its bodies."""
    if len(agreements) < 2 or all(p.name != region_name(p.adcode) for a in agreements
                                  for p in a.parties if p.adcode and p.kind == "government"):
        return agreements

    def places_only(a: Agreement) -> bool:
        return all(p.name == region_name(p.adcode) for p in a.parties if p.adcode) and all(
            p.adcode for p in a.parties)
    bodies = {a.span for a in agreements if not places_only(a)}
    return tuple(a for a in agreements if not (places_only(a) and a.span in bodies))


def keep_places_as_written(
    agreements: tuple[Agreement, ...], text: str, ctx: ArticleContext
) -> tuple[Agreement, ...]:
    """Agreements whose bare-place parties are the place names, unless the article names the
    place's government (see the module's docstring)."""
    if not agreements:
        return agreements
    if not any(p.kind == "government" and p.adcode and p.name.endswith(_GOVERNMENT_ENDS)
               and "政府" not in p.mention for a in agreements for p in a.parties):
        return agreements  # every government written with its body: nothing to read
    out = []
    # a government some signing of the article names with its body (县人民政府与…签订)
    cache: dict[str, bool] = {p.adcode: True for a in agreements for p in a.parties
                              if p.adcode and p.kind == "government" and not _bare(p)}
    # a relative government signs (市政府与…签署): the article's own place signs as its government
    relative = any(p.kind == "government" and p.mention[:1] in voc.LEVEL_CHARS
                   for a in agreements for p in a.parties)
    for a in agreements:
        if any(p.kind == "科协" for p in a.parties) or voc.SHARED_GOVERNMENT_RE.search(
                a.evidence):
            out.append(a)
            continue
        parties = tuple(_as_place(p, a, text, ctx, cache, relative) for p in a.parties)
        out.append(a if parties == a.parties else replace(a, parties=parties))
    return tuple(out)


def _as_place(p: Party, a: Agreement, text: str, ctx: ArticleContext,
              cache: dict[str, bool], relative: bool) -> Party:
    if p.kind != "government" or not p.adcode or not p.name.endswith(_GOVERNMENT_ENDS):
        return p
    regions = gazetteer.load_regions()
    r = regions.get(p.adcode)
    if r is None:
        return p
    if not _bare(p):
        return p  # written with its body (市政府, 人民政府): the government
    if r.level in ("province", "prefecture") and p.adcode in ctx.governments:
        return p
    if _in_place_list(p.mention, a.evidence):
        return p
    own = p.mention in voc.OWN_PLACE_FORMS or p.adcode in (ctx.city, ctx.county, ctx.province)
    if own and relative:
        return p
    if p.adcode not in cache:
        cache[p.adcode] = _government_named(text, r, ctx)
    if cache[p.adcode]:
        return p
    return replace(p, name=region_name(p.adcode))


def _bare(p: Party) -> bool:
    """Is the party written as a bare place (威海, 威海市, 我省) or a chain of places that ends
    with it (北京市海淀区, 湖南省浏阳市)?"""
    if p.mention in voc.OWN_PLACE_FORMS or any(
            x.adcode == p.adcode for x in gazetteer.region_by_name(p.mention)):
        return True
    chain = gazetteer.place_chain(p.mention)
    return chain is not None and p.adcode in chain[-1].candidates


def _in_place_list(mention: str, evidence: str) -> bool:
    """Is the place one item of a 、-list of places (甲、乙、丙), next to another place?"""
    at = evidence.find(mention)
    while at >= 0:
        end = at + len(mention)
        if evidence[end:end + 1] == "、" and _place_item(evidence, end + 1):
            return True
        if at > 0 and evidence[at - 1] == "、":
            start = max(evidence.rfind("、", 0, at - 1), evidence.rfind("与", 0, at - 1)) + 1
            if _place_item(evidence, start, at - 1):
                return True
        at = evidence.find(mention, end)
    return False


def _place_item(s: str, start: int, end: int | None = None) -> bool:
    """Is the list item at `start` (ending at `end`, or where items end) a bare place name?"""
    m = voc.PLACE_ITEM_RE.match(s, start, len(s) if end is None else end)
    return m is not None and (end is None or m.end() == end) and bool(
        gazetteer.region_by_name(m.group()))


def _government_named(text: str, r: gazetteer.Region, ctx: ArticleContext) -> bool:
    """Does the article name the government of place `r` (after its full or short name), or,
    for its own place (the page's or its site's), have one of its officials sign in person or
    name its government by a relative form (市政府秘书长, 代表市委、市政府)?"""
    for name in dict.fromkeys((r.name, r.short_name)):
        if len(name) < 2:
            continue
        at = text.find(name)
        while at >= 0:
            if voc.GOVERNMENT_AFTER_PLACE_RE.match(text, at + len(name)):
                return True
            at = text.find(name, at + len(name))
    own = r.adcode in (ctx.city, ctx.county, ctx.province) or r.adcode in ctx.site
    if not own:
        return False
    if voc.OFFICIAL_SIGNS_RE.search(text) is not None:
        return True
    # (on its own page, its government named by the page's words: 代表市委、市政府)
    relative = voc.OWN_GOVERNMENT_RE.get(r.name[-1])
    return relative is not None and relative.search(text) is not None


def resolve_remaining(
    agreements: tuple[Agreement, ...], text: str, ctx: ArticleContext
) -> tuple[Agreement, ...]:
    """A counted group that is the rest of a list named before (A与甲、乙、丙三所高校签约…
    其中A与甲签署…；A还与另外两所高校签署): one agreement of the counterpart with each item of
    that list it has not signed with yet, when exactly that many remain."""
    if not any(len(a.parties) == 1 for a in agreements):
        return agreements
    out: list[Agreement] = []
    for a in agreements:
        got = _remaining(a, agreements, text, ctx) if len(a.parties) == 1 else None
        out.extend([a] if got is None else got)
    return tuple(out)


def _remaining(a: Agreement, agreements: tuple[Agreement, ...], text: str,
               ctx: ArticleContext) -> list[Agreement] | None:
    """The agreements a lone 另外N所 group stands for ([] when they cannot be named); None
    when the party is no such group."""
    group = a.parties[0]
    s0, s1 = a.span
    at = text.find(group.mention, s0, s1)
    count = voc.GROUP_COUNT_HEAD_RE.match(group.mention)
    if at < 0 or count is None or not voc.REMAINING_LEAD_RE.search(text, max(s0, at - 2), at):
        return None
    n = cn_number(count.group())
    before = [o for o in find_organisations(text, ctx, s0, at) if not o.group]
    if not n or not before:
        return []  # the rest of a list nobody named here: no party as written
    counterpart = before[0].party()  # the sentence's subject
    signed = {p.name for b in agreements if counterpart.name in {q.name for q in b.parties}
              for p in b.parties}
    for run in reversed(_runs(text, find_organisations(text, ctx, 0, s0))):
        rest = [o for o in run if o.name not in signed and o.name != counterpart.name]
        if len(run) > n and len(rest) == n:
            return [replace(a, parties=(counterpart, o.party())) for o in rest]
    return []


def _runs(text: str, orgs: list) -> list[list]:
    """Organisations named one after another as a list (甲、乙，丙和丁): runs of two or more."""
    runs: list[list] = []
    cur: list = []
    for o in orgs:
        if o.group:
            continue
        if cur and _is_gap(text[cur[-1].end:o.start]):
            cur.append(o)
            continue
        if len(cur) >= 2:
            runs.append(cur)
        cur = [o]
    if len(cur) >= 2:
        runs.append(cur)
    return runs


def _is_gap(s: str) -> bool:
    return bool(s) and s in voc.LIST_GAPS


def object_pairs(
    agreements: tuple[Agreement, ...], text: str, ctx: ArticleContext
) -> tuple[Agreement, ...]:
    """Parties named inside the object of the verb, after a signing the article reported
    (双方还签署了甲分院与乙厅、丙市政府的合作协议): the first with each of the others, on the
    reported signing's date, unless a frame already found them."""
    if not agreements:
        return agreements
    known = {frozenset(p.name for p in a.parties) for a in agreements}
    added: list[Agreement] = []
    for m in voc.OBJECT_PAIRS_RE.finditer(text):
        b0, b1 = m.span("body")
        prior = [a for a in agreements if a.span[0] < b0]
        if not prior:
            continue
        parties = _object_parties(text, ctx, b0, b1)
        if len(parties) < 2:
            continue
        s0, s1 = _sentence(text, m.start(), m.end())
        if _not_signing(text, m, s0, s1):
            continue
        kind = sig.TYPE_RE.search(text, m.end(), s1)
        for other in parties[1:]:
            pair = (parties[0], other)
            if frozenset(p.name for p in pair) in known:
                continue
            known.add(frozenset(p.name for p in pair))
            added.append(replace(prior[-1], parties=pair, evidence=text[s0:s1].strip(),
                                 span=(s0, s1), title=None,
                                 type=kind.group() if kind else prior[-1].type))
    return agreements + tuple(added)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding text[start:end]: from after the last end mark before it to the
    first one after it."""
    s0 = max(text.rfind(c, 0, start) for c in _SENTENCE_ENDS) + 1
    s1 = min((k for k in (text.find(c, end) for c in _SENTENCE_ENDS) if k >= 0),
             default=len(text))
    return s0, s1


def _not_signing(text: str, m: re.Match[str], s0: int, s1: int) -> bool:
    """A rule of signing.toml `not_signing` holds for the verb (将签署, 拟签订 …)."""
    verb = m.group()[:2]
    c0 = max([k.end() for k in sig.CLAUSE_BREAK.finditer(text, s0, m.start())], default=s0)
    nxt = sig.CLAUSE_BREAK.search(text, m.end(), s1)
    c1 = nxt.start() if nxt else s1
    around = sig.texts_around(text[s0:s1], text[c0:c1], text[c0:m.start()],
                              text[m.start() + 2:c1], text[s0:m.start()])
    cut = not text[c1:].strip()  # the excerpt stops inside the document's name (…的合作协)
    return any(rule.holds(verb, around) for rule in sig.NOT_SIGNING
               if not (cut and rule.absent))


def _object_parties(text: str, ctx: ArticleContext, b0: int, b1: int) -> list[Party]:
    """A与B(、C): organisations filling [b0, b1) exactly, joined by a connector then joiners."""
    orgs = [o for o in find_organisations(text, ctx, b0, b1) if not o.group]
    if len(orgs) < 2 or orgs[0].start != b0 or orgs[-1].end != b1:
        return []
    for k in range(1, len(orgs)):
        gap = text[orgs[k - 1].end:orgs[k].start]
        if gap not in (voc.OBJECT_CONNECTORS if k == 1 else voc.OBJECT_JOINERS):
            return []
    return [o.party() for o in orgs]


def split_glued_groups(
    agreements: tuple[Agreement, ...], text: str, ctx: ArticleContext
) -> tuple[Agreement, ...]:
    """A lone group party that runs over a pair connector (甲市政府与A、B等6家高校): the body
    before the connector and the group after it, as written, are the two parties."""
    out = []
    for a in agreements:
        split = _split_group(a.parties[0], a, text, ctx) if len(a.parties) == 1 else None
        out.append(replace(a, parties=split) if split else a)
    return tuple(out)


def _split_group(p: Party, a: Agreement, text: str,
                 ctx: ArticleContext) -> tuple[Party, Party] | None:
    at = text.find(p.mention, a.span[0], a.span[1])
    if at < 0:
        return None
    for k, ch in enumerate(p.mention):
        if ch not in voc.OBJECT_CONNECTORS or k < 2:
            continue
        head = find_organisations(text, ctx, at, at + k)
        if len(head) == 1 and head[0].start == at and head[0].end == at + k \
                and not head[0].group:
            rest = p.mention[k + 1:]
            if voc.GROUP_COUNT_HEAD_RE.search(rest) is None:
                return None
            return head[0].party(), replace(p, name=rest, mention=rest)
    return None


@lru_cache(maxsize=4)
def signing_verbs(text: str) -> tuple[re.Match[str], ...]:
    """The signing verbs of a text (signing.toml's triggers), found once per text: the frames
    (agreements.py) and subject_lists read the same article."""
    return tuple(sig.TRIGGER_RE.finditer(text))


def subject_lists(agreements: tuple[Agreement, ...], text: str, ctx: ArticleContext,
                  ref: date | None) -> tuple[Agreement, ...]:
    """A list of bodies that opens a sentence and signs in a later clause with no subject of its
    own (甲省、乙省、丙省科协齐聚某地，召开座谈会，签署《…》): one joint agreement of the list,
    in a sentence where the frames found none."""
    read = [a.span for a in agreements]
    out: list[Agreement] = []
    for m in signing_verbs(text):
        c0 = _subjectless_clause(text, m.start())
        grouped = c0 is None and text.rfind("等", max(0, m.start() - 8), m.start()) >= 0
        if (c0 is None and not grouped) or any(a0 <= m.start() < a1 for a0, a1 in read):
            continue
        s0, s1 = _sentence(text, m.start(), m.end())
        if grouped:  # A、B、C等三方签署: the clause of the verb holds the group
            c0 = max([k.end() for k in sig.CLAUSE_BREAK.finditer(text, s0, m.start())],
                     default=s0)
        elif c0 <= s0 or not any(g in text[s0:c0] for g in voc.SUBJECT_JOINER_CHARS):
            continue  # no list before the clause
        got = _complete_group(text, ctx, c0, m.start()) or _subject_list(text, ctx, s0, c0)
        if got is None or _not_signing(text, m, s0, s1) or sig.COUNT_AFTER_RE.match(
                text, m.end(), s1):
            continue
        read.append((s0, s1))
        out.append(_new_agreement(got, text, m, s0, s1, ref))
    return tuple(out)


def _subjectless_clause(text: str, trig: int) -> int | None:
    """Where the clause of the trigger at `trig` starts, when it has no subject of its own
    (，并签署 / ，签订): a clause break at most a few characters before the verb."""
    for k in range(trig - 1, max(-1, trig - voc.SUBJECTLESS_REACH), -1):
        if sig.CLAUSE_BREAK.match(text, k):
            return k + 1 if voc.SUBJECTLESS_CLAUSE_RE.search(text, k + 1, trig) else None
    return None


def _complete_group(text: str, ctx: ArticleContext, c0: int,
                    trig: int) -> list[Party] | None:
    """A listed group right before the verb whose count is the number of its named items
    (A、B、C等三方签署): the items, as the parties."""
    orgs = [o for o in find_organisations(text, ctx, c0, trig) if o.group and o.items]
    if not orgs or text[orgs[-1].end:trig] not in voc.GROUP_BEFORE_VERB:
        return None
    g = orgs[-1]
    count = voc.GROUP_CLOSING_COUNT_RE.search(g.mention)
    if count is None or cn_number(count.group("n")) != len(g.items) or len(g.items) < 2:
        return None
    return [o.party() for o in g.items]


def _subject_list(text: str, ctx: ArticleContext, s0: int, c0: int) -> list[Party] | None:
    """The last list of two or more bodies before `c0`, with nothing named after it."""
    orgs = [o for o in find_organisations(text, ctx, s0, c0) if not o.group]
    runs: list[list] = []
    for o in orgs:
        if runs and text[runs[-1][-1].end:o.start] in voc.SUBJECT_ITEM_GAPS:
            runs[-1].append(o)
        else:
            runs.append([o])
    # the last list of two or more, followed by bare places only (the venue: 齐聚长沙)
    k = len(runs) - 1
    while k >= 0 and len(runs[k]) < 2 and all(o.bare for o in runs[k]):
        k -= 1
    if k < 0 or len(runs[k]) < 2:
        return None
    run = runs[k]
    if voc.NOT_SUBJECT_RE.search(text, run[-1].end, c0):
        return None
    if run[0].start > s0 and text[run[0].start - 1] not in voc.SUBJECT_OPENS_AFTER:
        return None  # 与A、B / 发布A、B: the list is no subject
    mentions = [o.mention for o in run]
    out = []
    for o, t in zip(run, distribute_suffix(mentions), strict=True):
        q = parse_org(t, ctx) if t != o.mention else None
        out.append(replace(q, mention=o.mention) if q else o.party())
    return out


def _model(parties: list[Party]) -> str:
    from etl.extraction.agreements import cooperation_model  # agreements imports this module
    return cooperation_model(tuple(parties))


def _region_facts(parties: tuple[Party, ...]) -> tuple[tuple[str, ...], ...]:
    """Provinces, cities and counties of the parties, as the frames' agreements carry them."""
    from etl.extraction.agreements import region_facts  # agreements imports this module
    return region_facts(parties)


def _new_agreement(parties: list[Party], text: str, m: re.Match[str], s0: int, s1: int,
                   ref: date | None) -> Agreement:
    """An agreement this module found itself: its date from the sentence (else unknown)."""
    dated = [d for d in find_dates(text[s0:s1], ref) if d.date]
    if not dated:  # the last date of its paragraph before it
        p0 = text.rfind("\n", 0, s0) + 1
        dated = [d for d in find_dates(text[p0:s0], ref) if d.date][-1:]
    d = dated[0] if dated else None
    title = sig.TITLE_RE.search(text, m.end(), s1)
    kind = sig.TYPE_RE.search(title.group(1) if title else text[m.end():s1])
    provinces, cities, counties = _region_facts(tuple(parties))
    return Agreement(
        parties=tuple(parties), date=d.date if d else None,
        date_precision=d.precision if d else "unknown", date_after=None,
        date_before=d.before if d else None, date_text=d.text if d else None,
        type=kind.group() if kind else "合作协议", title=title.group(1) if title else None,
        model=_model(parties), provinces=provinces, cities=cities, counties=counties,
        is_new_signing=True,
        background=False, online=False, confidence=0.5, evidence=text[s0:s1].strip(),
        span=(s0, s1))


def split_counted_lists(agreements: tuple[Agreement, ...]) -> tuple[Agreement, ...]:
    """Documents counted right before the bracket that lists their signers (合作项目3项（甲、
    乙、丙与丁签订…）): as many as the items before the connector, so each signs its own with
    the party after it."""
    out: list[Agreement] = []
    for a in agreements:
        out.extend(_counted(a) if len(a.parties) >= 3 else [a])
    return tuple(out)


def _counted(a: Agreement) -> list[Agreement]:
    ev = a.evidence
    count = voc.COUNTED_BRACKET_RE.search(ev)
    if count is None:
        return [a]
    at = {p.name: ev.find(p.mention, count.end()) for p in a.parties}
    if any(k < 0 for k in at.values()):
        return [a]
    right = [p for p in a.parties if ev[at[p.name] - 1] in voc.COUNTED_CONNECTORS]
    left = [p for p in a.parties if p not in right]
    if len(right) != 1 or len(left) != cn_number(count.group("n")):
        return [a]
    return [replace(a, parties=(p, right[0])) for p in left]
