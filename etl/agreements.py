"""Signings of cooperation agreements: who signed with whom, when, what, as which model.

The rules follow how Chinese news reports a signing:
  A与B(在X)(共同)签署/签订/签下 …协议      one pair
  A分别与B、C、D签订 / A又与B、C等地签署    one agreement per pair
  A、B和C三方共同签署 / A、B、C科协…共同签署  one joint agreement
  A与B…协议签约仪式(在X)举行              the ceremony names the pair
  双方又签署补充协议 / 协议签于2012年…续签   the same pair, another (earlier) event
and drop what is not a signing: drafts (送审稿, 审议), plans (将于, 定于下周, 早日签署),
intentions (达成初步意向). Dates come from the sentence, else from the text before it, else the
publication date (近日 precision); the precision is kept and no day is ever invented.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from etl import gazetteer
from etl.dates import DateMention, find_dates, precision_rank
from etl.orgs import ArticleContext, distribute_suffix, longest_org_ending_at
from etl.patterns import alt, rules
from etl.records import Agreement, Party

SENTENCE_RE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")
CLAUSE_BREAK = re.compile(r"[,，:：;；。！？!?\n]")
_ADVERBS = ("又", "还", "也", "则", "已", "先后", "分别", "共同", "均", "正式", "再次", "首次", "就")
_GROUP_WORDS = re.compile(r"^(?:双方|三方|四方|各方|等地|等\d+个[^\s]{0,8}|等[一二三四五六七八九十\d]+[个家所]"
                          r"[\u4e00-\u9fff]{0,8}|[一二三四五六七八九十两]市|[一二三四五六七八九十两]地|等)")
_NOT_PARTY_BEFORE = "在于赴到至从向经"


@cache
def _vocab() -> dict:
    r = rules("signing")
    return {
        "trigger": re.compile(rf"(?:{alt(r['sign_verbs'])})|签约仪式|签署仪式|签约会议"),
        "doc": re.compile(alt(r["document_nouns"])),
        "type": re.compile(alt(r["types"])),
        "future": re.compile(rf"(?:{alt(r['future_cues'])})[^,，。；]{{0,6}}$"),
        "draft": re.compile(alt(r["draft_cues"])),
        "background": re.compile(alt(r["background_cues"])),
        "after": re.compile(r"随后|此后|之后|接着|后来"),
        "ceremony_future": re.compile(r"^[^,，。；]{0,4}(?:定于|将于|将在|拟于|下周|下月|近期将)"),
        "title": re.compile(r"《([^》]{2,80})》"),
    }


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


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in SENTENCE_RE.finditer(text) if m.group().strip()]


def _clause_start(text: str, lo: int, pos: int) -> int:
    for i in range(pos - 1, lo - 1, -1):
        if CLAUSE_BREAK.match(text[i]):
            return i + 1
    return lo


def _skip_back(text: str, pos: int, lo: int, words: tuple[str, ...]) -> int:
    """Move `pos` left over whitespace and any of `words` directly before it."""
    moved = True
    while moved:
        moved = False
        while pos > lo and text[pos - 1] in " \u3000":
            pos -= 1
        for w in words:
            if pos - len(w) >= lo and text[pos - len(w):pos] == w:
                pos -= len(w)
                moved = True
                break
    return pos


def parse_group(text: str, lo: int, hi: int, ctx: ArticleContext) -> tuple[list[Party], list[Party], int]:
    """The party group ending closest before `hi` (not before `lo`).

    Returns (left, right, start): `right` holds the parties after a 与/和/同 connector (the
    counterparts), `left` those before it; with no connector everything is in `left`.
    """
    end = hi
    found = None
    while end > lo + 1:
        found = longest_org_ending_at(text, end, ctx, min_start=lo)
        if found and found[0] > lo and text[found[0] - 1] in _NOT_PARTY_BEFORE:
            found = None
        if found:
            break
        end -= 1
    if not found:
        return [], [], hi
    groups: list[list[tuple[str, Party]]] = [[(text[found[0]:end], found[1])]]
    start = found[0]
    while True:
        pos = _skip_back(text, start, lo, _ADVERBS)
        conn = None
        for c in ("以及", "与", "和", "同", "跟", "及", "、"):
            if text[max(lo, pos - len(c)):pos] == c:
                conn = c
                break
        if conn is None:
            break
        pos = _skip_back(text, pos - len(conn), lo, _ADVERBS)
        nxt = longest_org_ending_at(text, pos, ctx, min_start=lo)
        if nxt is None:
            break
        if conn in ("与", "和", "同", "跟") and len(groups) == 1:
            groups.insert(0, [])
        groups[0].insert(0, (text[nxt[0]:pos], nxt[1]))
        start = nxt[0]
    items = groups if len(groups) == 2 else [groups[0], []]
    left = _distributed(items[0], ctx)
    right = _distributed(items[1], ctx)
    return left, right, start


def _distributed(items: list[tuple[str, Party]], ctx: ArticleContext) -> list[Party]:
    """上海市、江苏省、安徽省科协: bare places in a list take the last item's body."""
    if len(items) < 2:
        return [p for _, p in items]
    texts = distribute_suffix([t for t, _ in items])
    if texts == [t for t, _ in items]:
        return [p for _, p in items]
    from etl.orgs import parse_org

    out = []
    for (orig, p), t in zip(items, texts, strict=True):
        q = parse_org(t, ctx) if t != orig else p
        out.append(replace(q, mention=orig) if q else p)
    return out


def _pairs(left: list[Party], right: list[Party], distributive: bool) -> list[tuple[Party, ...]]:
    if left and right:
        if len(left) == 1 and len(right) > 1 and distributive:
            return [(left[0], r) for r in right]
        if len(left) == 1 and len(right) > 1:
            return [(left[0], r) for r in right]
        return [tuple(left + right)]
    group = left or right
    return [tuple(group)] if len(group) >= 2 else []


def _dedupe_parties(ps: tuple[Party, ...]) -> tuple[Party, ...]:
    seen, out = set(), []
    for p in ps:
        if p.name not in seen:
            seen.add(p.name)
            out.append(p)
    return tuple(out)


def _choose_date(dates: list[DateMention], trigger: int, last: DateMention | None) -> DateMention | None:
    before = [d for d in dates if d.end <= trigger]
    after = [d for d in dates if d.start >= trigger]
    pool = before or after
    if not pool:
        return None
    best = min(pool, key=lambda d: (precision_rank(d.precision) if not d.backref else 5,
                                    abs(trigger - d.end)))
    if best.backref:
        return last
    return best


def _doc_type(clause_after: str, clause_before: str) -> tuple[str, str | None]:
    v = _vocab()
    title = v["title"].search(clause_after)
    t = v["type"].search(title.group(1) if title else clause_after) or v["type"].search(clause_before)
    kind = t.group(0) if t else "合作协议"
    if title:
        # the type is how the title ends: 《…战略合作协议》 -> 战略合作协议
        ends = [m.group(0) for m in v["type"].finditer(title.group(1))
                if title.group(1).endswith(m.group(0))]
        kind = max(ends, key=len) if ends else kind
    return kind, title.group(1) if title else None


def _find_signings(text: str, ctx: ArticleContext, ref: date | None) -> list[_Found]:
    v = _vocab()
    found: list[_Found] = []
    last_date: DateMention | None = None
    for s0, s1 in _sentences(text):
        sent = text[s0:s1]
        dates = [DateMention(d.start + s0, d.end + s0, d.text, d.date, d.precision, d.before,
                             d.backref) for d in find_dates(sent, ref)]
        for m in v["trigger"].finditer(sent):
            trig = s0 + m.start()
            c0 = _clause_start(text, s0, trig)
            c1m = CLAUSE_BREAK.search(text, trig)
            c1 = min(c1m.start() if c1m else s1, s1)
            clause = text[c0:c1]
            ceremony = m.group(0).endswith(("仪式", "会议"))
            if not ceremony and not v["doc"].search(text[c0:c1]) and "签约" not in m.group(0):
                continue
            if v["draft"].search(clause) or v["future"].search(text[c0:trig]):
                continue
            if ceremony and v["ceremony_future"].search(text[trig + len(m.group(0)):c1]):
                continue
            left, right, gstart = parse_group(text, c0, trig, ctx)
            from_pair = False
            if not left and not right or (not left and len(right) >= 1 and
                                          len(right) + len(left) < 2):
                # no complete group in the clause: the sentence's subject, or 双方
                subj_left, subj_right, _ = _subject(text, s0, c0, ctx)
                if right and subj_left:
                    left = subj_left
                elif not right and len(subj_left) >= 2:
                    left = subj_left
                elif found and re.search(r"双方|两地|院省|省院|三方", text[s0:trig]) or (
                        found and m.group(0) in ("签于", "续签")):
                    left, from_pair = list(found[-1].parties), True
            pairs = _pairs(left, right, distributive=True)
            if not pairs:
                continue
            date_m = _choose_date(dates, trig, last_date)
            if date_m is None and not from_pair:
                date_m = _paragraph_date(text, s0, last_date)
            after = None
            if date_m is None and v["after"].search(text[c0:trig]) and found:
                after = found[-1].date.date if found[-1].date else found[-1].after
            kind, title = _doc_type(text[trig:c1], clause)
            bg = bool(v["background"].search(text[s0:trig]))
            online = bool(re.search(r"线上|视频连线|云签约|网上", sent))
            for ps in pairs:
                ps = _dedupe_parties(ps)
                if len(ps) < 2:
                    continue
                found.append(_Found(ps, date_m, after, bg, kind, title, sent.strip(), (s0, s1),
                                    online, from_pair))
            if from_pair and m.group(0) == "续签":
                # 此后双方又分别在2015年6月和2018年3月续签: one event per date
                for d in [d for d in dates if d.start > c0 and d is not date_m and d.end <= trig]:
                    found.append(_Found(tuple(left), d, None, True, kind, title, sent.strip(),
                                        (s0, s1), online, True))
        explicit = [d for d in dates if not d.backref and d.precision != "approx"]
        if explicit:
            last_date = explicit[-1]
    return found


def _paragraph_date(text: str, s0: int, last: DateMention | None) -> DateMention | None:
    """A signing sentence without a date takes the last date of its paragraph."""
    if last is None:
        return None
    para_start = text.rfind("\n", 0, s0) + 1
    return last if last.start >= para_start else None


def _subject(text: str, s0: int, c0: int, ctx: ArticleContext) -> tuple[list[Party], list[Party], int]:
    """The party group at the head of the sentence (its subject), if the sentence starts with one."""
    first_break = CLAUSE_BREAK.search(text, s0)
    lo = s0
    # skip an opening adverbial clause (日前, / 会上, / 9月14日,)
    if first_break and first_break.start() < c0 and first_break.start() - s0 <= 8:
        lo = first_break.start() + 1
    hi_m = CLAUSE_BREAK.search(text, lo)
    hi = min(hi_m.start() if hi_m else c0, c0)
    if hi <= lo:
        return [], [], lo
    # the subject group: parties at the start of that clause
    for end in range(lo + 2, hi + 1):
        got = longest_org_ending_at(text, end, ctx, min_start=lo)
        if got and got[0] == lo:
            # extend over a list (A、B、C…) greedily
            left, right, start = parse_group(text, lo, _group_end(text, end, hi, ctx, lo), ctx)
            return left, right, start
    return [], [], lo


def _group_end(text: str, end: int, hi: int, ctx: ArticleContext, lo: int) -> int:
    """Extend a party ending at `end` over following 、/与-joined parties."""
    best = end
    pos = end
    while pos < hi and text[pos] in "、与和及":
        nxt = None
        for e in range(pos + 2, min(hi, pos + 30) + 1):
            got = longest_org_ending_at(text, e, ctx, min_start=pos + 1)
            if got and got[0] == pos + 1:
                nxt = e
        if nxt is None:
            break
        best = pos = nxt
    return best


def _region_facts(parties: tuple[Party, ...]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    regions = gazetteer.load_regions()
    provs: list[str] = []
    cities: list[str] = []
    counties: list[str] = []
    for p in parties:
        if not p.adcode or p.level == "national" or p.adcode not in regions:
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
    """省会/会市/会地/会会/市市合作 from the parties' kinds and levels (DOMAIN.md)."""
    kinds = [(p.kind, p.level) for p in parties]
    kx = [lvl for k, lvl in kinds if k == "科协"]
    gov = [lvl for k, lvl in kinds if k == "government"]
    soc = [lvl for k, lvl in kinds if k == "学会"]
    zone = [lvl for k, lvl in kinds if k == "zone"]
    n = len(parties)
    if n == 2 and kx == ["national"] and gov == ["provincial"]:
        return "省会合作"
    if n == 2 and kx == ["provincial"] and gov == ["prefecture"]:
        return "会市合作"
    if n == 2 and kx and gov == ["county"]:
        return "会地合作"
    if n == 2 and soc and soc[0] in ("national", "provincial") and (gov or kx or zone):
        return "会地合作"
    if n >= 2 and len(kx) + len(soc) == n and kx:
        return "会会合作"
    if n == 2 and (len(gov) == 2 or [k for k, _ in kinds] == ["bureau", "bureau"]):
        return "市市合作"
    return "其他"


def _bounds_and_flags(f: _Found, pub: date | None, latest_year: int | None) -> tuple[
        str | None, str, str | None, str | None, bool]:
    d = f.date
    date_s, prec, before = (d.date, d.precision, d.before) if d else (None, "unknown", None)
    if prec == "approx" and date_s is None:
        prec = "unknown"
    background = f.background_cue or f.after is not None
    if date_s and pub and not background:
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


def extract_agreements(text: str, ctx: ArticleContext, *, published: date | None,
                       ref: date | None = None) -> tuple[Agreement, ...]:
    """Every signing the text reports, one Agreement per signing event (pair or joint)."""
    ref = ref or published
    found = _find_signings(text, ctx, ref)
    if not found:
        return ()
    years = [int(f.date.date[:4]) for f in found if f.date and f.date.date]
    latest_year = max(years) if years else None
    # without a publication date, 近日 is read as "in the latest year the article names"
    text_years = [int(d.date[:4]) for d in find_dates(text, None) if d.date]
    text_year = max(text_years) if text_years else None
    out: list[Agreement] = []
    for f in found:
        date_s, prec, before, after, background = _bounds_and_flags(f, published, latest_year)
        if date_s is None and ref is None and text_year and not f.from_pair and not background:
            date_s, prec = str(text_year), "approx"
        provs, cities, counties = _region_facts(f.parties)
        out.append(Agreement(
            parties=f.parties, date=date_s, date_precision=prec, date_after=after,
            date_before=before, date_text=f.date.text if f.date else None, type=f.type,
            title=f.title, model=cooperation_model(f.parties), provinces=provs, cities=cities,
            counties=counties, is_new_signing=not background, background=background,
            online=f.online, confidence=0.9 if f.date and not f.from_pair else 0.7,
            evidence=f.evidence, span=f.span))
    out = _merge(out)
    news = [a for a in out if a.is_new_signing and a.date]
    bound = news[0].date if news else (published.isoformat() if published else None)
    return tuple(replace(a, date_before=bound) if a.date_after and not a.date_before else a
                 for a in out)


def _compatible(a: Agreement, b: Agreement) -> bool:
    if a.background != b.background:
        return False
    if a.date and b.date:
        return a.date[:4] == b.date[:4]
    return not a.date_after and not b.date_after


def _merge(items: list[Agreement]) -> list[Agreement]:
    """One agreement per signing event: the same parties and a compatible date are one event."""
    out: list[Agreement] = []
    for a in items:
        key = frozenset(p.name for p in a.parties)
        for i, b in enumerate(out):
            if frozenset(p.name for p in b.parties) == key and _compatible(a, b):
                if precision_rank(a.date_precision) < precision_rank(b.date_precision):
                    out[i] = replace(a, type=b.type if len(b.type) > len(a.type) else a.type)
                break
        else:
            out.append(a)
    return out
