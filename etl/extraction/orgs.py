"""Organisations as signatories: recognise a mention, normalise it to its full official name.

A mention is read right to left from where a party group ends (see agreements.py): the longest
string that is an organisation by the rules in etl/vocabulary/rules/orgs.toml — a place name
followed by a body's suffix (河南省 + 科协), a national body (中国科协, 中科院…研究所, 中国…学会),
or a named institution (…大学, …有限公司). Relative forms (省科协, 市政府, 我省, 自治区人民政府)
take the article's own province or city. Canonical names follow the official pattern:
河南省科学技术协会, 信阳市人民政府, 北京市朝阳区人民政府 (a district keeps its city),
孟村回族自治县人民政府 (a county does not).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from etl.extraction import gazetteer
from etl.records import Party
from etl.vocabulary import orgs as voc
from etl.vocabulary.common import HAN_CHAR

LEVEL_OF_REGION = {"province": "provincial", "prefecture": "prefecture", "county": "county"}


@dataclass(frozen=True)
class ArticleContext:
    """What relative mentions (省科协, 市政府, 我省) refer to in one article."""

    province: str | None = None  # adcode
    city: str | None = None  # adcode of the main prefecture-level unit
    county: str | None = None  # adcode of the main county-level unit
    aliases: tuple[tuple[str, str], ...] = ()  # (以下简称"首科院") short -> full, per article

    def aliases_dict(self) -> dict[str, str]:
        return dict(self.aliases)


def _expand(name: str) -> str:
    if name in voc.ALIASES:
        return voc.ALIASES[name]
    for short, full in voc.EXPAND.items():
        if full not in name:
            name = name.replace(short, full)
    return name


def region_name(adcode: str) -> str:
    """Official name used in organisation names: districts keep their city (北京市朝阳区)."""
    r = gazetteer.load_regions()[adcode]
    if r.level == "county" and r.name.endswith("区"):
        return gazetteer.full_name_with_parent(adcode)
    return r.name


def _level(adcode: str | None) -> str:
    if not adcode:
        return "other"
    r = gazetteer.load_regions()[adcode]
    if r.level == "province" or adcode in gazetteer.MUNICIPALITIES:
        return "provincial"
    return LEVEL_OF_REGION.get(r.level, "other")


def _place_party(adcode: str, rest: str, kind: str, mention: str) -> Party:
    """A party written as place + suffix (or a bare place: its government)."""
    base = region_name(adcode)
    body = voc.LEVEL_PREFIX_RE.sub("", rest)
    if kind == "科协":
        name = base + "科学技术协会"
    elif kind == "government":
        # a 地区 or 盟 is governed by a 行政公署, not a 人民政府
        name = base + ("行政公署" if base.endswith(("地区", "盟")) else "人民政府")
    elif kind == "bureau":
        name = base + _expand(body if body.startswith(("科学技术", "科技", "科委")) else rest)
    else:
        name = canonical_other(mention, kind)
    level = (
        _level(adcode)
        if kind in ("科协", "government", "bureau")
        else ("other" if kind in ("university", "enterprise") else _level(adcode))
    )
    return Party(name=name, mention=mention, kind=kind, level=level, adcode=adcode)


def _relative_party(m: re.Match[str], ctx: ArticleContext, mention: str) -> Party | None:
    if m.group("we"):
        adcode = getattr(ctx, voc.WE_LEVEL[m.group("we")])
        kind = "government"
    else:
        lvl, body = m.group("lvl"), m.group("body")
        adcode = getattr(ctx, voc.RELATIVE_LEVEL[lvl])
        if lvl == "市" and ctx.province in gazetteer.MUNICIPALITIES and not ctx.city:
            adcode = ctx.province
        kind = voc.BODY_KIND.get(body, "bureau")
        if adcode is None:
            return None
        if kind == "bureau":
            name = region_name(adcode) + _expand(body)
            return Party(name=name, mention=mention, kind=kind, level=_level(adcode), adcode=adcode)
    if adcode is None:
        return None
    return _place_party(adcode, "", kind, mention)


def _starts_with_place(s: str) -> bool:
    """和平区…, 和田地区… start with a place, not with the connector 和."""
    return any(p.start == 0 and p.end >= 2 for p in gazetteer.find_places(s[:12]))


def _has_inner_party(s: str, ctx: ArticleContext) -> bool:
    """'马尾区人民政府和福州大学' is two parties, '青岛生物能源与过程研究所' is one."""
    for m in voc.INNER_CONNECTOR_RE.finditer(s):
        if m.start() >= 2 and _parse(s[: m.start()], ctx) is not None:
            return True
    return False


@lru_cache(maxsize=200_000)
def parse_org(s: str, ctx: ArticleContext) -> Party | None:
    """`s` as one organisation, or None. `s` must be the whole mention (no leading filler).

    Cached: the party scanners try the same substrings many times within an article."""
    s = s.strip(" \u3000\"'“”‘’「」")
    if len(s) < 2 or (voc.LEADING_FILLER_RE.match(s) and not _starts_with_place(s)):
        return None
    if s in ctx.aliases_dict():
        full = ctx.aliases_dict()[s]
        p = _parse(full, ctx)
        return replace(p, mention=s) if p else None
    if voc.INNER_CONNECTOR_RE.search(s) and _has_inner_party(s, ctx):
        return None
    return _parse(s, ctx)


def _parse(s: str, ctx: ArticleContext) -> Party | None:
    m = voc.RELATIVE_RE.fullmatch(s)
    if m:
        return _relative_party(m, ctx, s)
    for rule in voc.FREE_RULES:
        if rule.regex.fullmatch(s):
            name = canonical_other(s, rule.kind)
            return Party(name=name, mention=s, kind=rule.kind, level=rule.level or "other",
                         adcode=_seat(s))
    places = gazetteer.resolve_places(gazetteer.find_places(s), s)
    if not places or places[0].start != 0:
        return None
    # a chain of places (辽宁省辽阳市, 北京市海淀区): the last one is the seat
    end, adcode = 0, None
    for i, p in enumerate(places):
        if p.start != end:
            break
        end, adcode = p.end, p.adcode
        if i == 0 and len(p.candidates) > 1:
            adcode = _in_context(p.candidates, ctx) or adcode
    if adcode is None:
        return None
    rest = s[end:]
    if not rest:
        return _place_party(adcode, "", "government", s)
    for rule in voc.SUFFIX_RULES:
        if rule.regex.fullmatch(rest):
            return _place_party(adcode, rest, rule.kind, s)
    return None


def canonical_other(name: str, kind: str) -> str:
    """Institutions by their own name: abbreviations expanded, the supervising ministry dropped
    (科技部国杰研究院… -> 国杰研究院…), a development zone as its 管理委员会."""
    name = voc.SUPERVISOR_RE.sub("", name)
    if kind == "zone":
        name = voc.ZONE_RE.sub("国家高新技术产业开发区管理委员会", name)
        if not name.endswith(("管理委员会", "管委会")):
            name += "管理委员会"
    return _expand(name)


def _in_context(candidates: tuple[str, ...], ctx: ArticleContext) -> str | None:
    """Of several places with one name (朝阳区), the one in the article's city or province."""
    regions = gazetteer.load_regions()
    for scope in (ctx.city, ctx.province):
        if not scope:
            continue
        for c in candidates:
            r = regions[c]
            if c == scope or r.parent_adcode == scope or r.province_adcode == scope:
                return c
    return None


def _seat(name: str) -> str | None:
    """The region a named institution sits in, when its name says so (中科院成都分院 -> 成都市)."""
    places = gazetteer.resolve_places(gazetteer.find_places(name), name)
    return places[-1].adcode if places else None


@lru_cache(maxsize=64)
def _place_ends(text: str) -> frozenset[int]:
    """Where place names end in `text` (one Aho-Corasick pass per text, cached)."""
    return frozenset(p.end for p in gazetteer.places_in(text))


def _may_end_org(text: str, end: int) -> bool:
    """A cheap test before parse_org: an organisation ends with a body's word or a place name."""
    return bool(voc.MENTION_END_RE.search(text, max(0, end - 4), end)) or end in _place_ends(text)


def longest_org_ending_at(
    text: str, end: int, ctx: ArticleContext, min_start: int = 0
) -> tuple[int, Party] | None:
    """The longest organisation mention text[i:end] (i ≥ min_start), as (i, Party)."""
    if not _may_end_org(text, end):
        return None
    for i in range(max(min_start, end - 30), end - 1):
        if not HAN_CHAR.match(text[i]):
            continue
        party = parse_org(text[i:end], ctx)
        if party is not None:
            return i, party
    return None


def longest_org_starting_at(
    text: str, start: int, hi: int, ctx: ArticleContext
) -> tuple[int, Party] | None:
    """The longest organisation mention text[start:j] (j ≤ hi), as (j, Party)."""
    for j in range(min(hi, start + 30), start + 1, -1):
        if not _may_end_org(text, j):
            continue
        party = parse_org(text[start:j], ctx)
        if party is not None:
            return j, party
    return None


def distribute_suffix(items: list[str]) -> list[str]:
    """'上海市、江苏省、安徽省科协' -> every bare place takes the last item's body suffix."""
    last = items[-1]
    m = voc.SHARED_BODY_RE.search(last)
    if not m:
        return items
    suffix = m.group(1)
    return [it if it.endswith(suffix) else it + suffix for it in items]
