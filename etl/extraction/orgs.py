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
from functools import cache, lru_cache

from etl.extraction import gazetteer
from etl.records import Party
from etl.vocabulary.common import HAN, alt, rules, with_han

LEVEL_OF_REGION = {"province": "provincial", "prefecture": "prefecture", "county": "county"}
_MUNICIPALITIES = ("110000", "120000", "310000", "500000")


@dataclass(frozen=True)
class ArticleContext:
    """What relative mentions (省科协, 市政府, 我省) refer to in one article."""

    province: str | None = None  # adcode
    city: str | None = None  # adcode of the main prefecture-level unit
    county: str | None = None  # adcode of the main county-level unit
    aliases: tuple[tuple[str, str], ...] = ()  # (以下简称"首科院") short -> full, per article

    def aliases_dict(self) -> dict[str, str]:
        return dict(self.aliases)


@dataclass(frozen=True)
class Rule:
    regex: re.Pattern[str]
    kind: str
    level: str | None = None


@cache
def _suffix_rules() -> tuple[Rule, ...]:
    return tuple(
        Rule(re.compile(with_han(r["pattern"])), r["kind"]) for r in rules("orgs")["suffix"]
    )


@cache
def _free_rules() -> tuple[Rule, ...]:
    return tuple(
        Rule(re.compile(with_han(r["pattern"])), r["kind"], r["level"])
        for r in rules("orgs")["free"]
    )


# Relative mentions: the level they refer to, and the body's kind.
_RELATIVE = re.compile(
    r"(?P<lvl>自治区|省|市|区|县|州)(?P<body>科学技术协会|科协|人民政府|政府|科学技术厅|科技厅|"
    r"科学技术局|科技局|科学技术委员会|科委)|(?P<we>我省|我市|我区|我县|本市|本省)"
)
_BODY_KIND = {
    "科学技术协会": "科协",
    "科协": "科协",
    "人民政府": "government",
    "政府": "government",
}


def _expand(name: str) -> str:
    table = rules("orgs")["expand"]
    aliases = rules("orgs")["aliases"]
    if name in aliases:
        return aliases[name]
    for short, full in table.items():
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
    if r.level == "province" or adcode in _MUNICIPALITIES:
        return "provincial"
    return LEVEL_OF_REGION.get(r.level, "other")


def _place_party(adcode: str, rest: str, kind: str, mention: str) -> Party:
    """A party written as place + suffix (or a bare place: its government)."""
    base = region_name(adcode)
    body = re.sub(r"^(?:省|市|区|县|自治区|自治州|特别行政区)", "", rest)
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
        w = m.group("we")
        adcode = (
            ctx.province
            if w in ("我省", "本省")
            else (ctx.county if w in ("我区", "我县") else ctx.city)
        )
        kind = "government"
    else:
        lvl, body = m.group("lvl"), m.group("body")
        adcode = {
            "自治区": ctx.province,
            "省": ctx.province,
            "市": ctx.city,
            "州": ctx.city,
            "区": ctx.county,
            "县": ctx.county,
        }[lvl]
        if lvl == "市" and ctx.province in _MUNICIPALITIES and not ctx.city:
            adcode = ctx.province
        kind = _BODY_KIND.get(body, "bureau")
        if adcode is None:
            return None
        if kind == "bureau":
            name = region_name(adcode) + _expand(body)
            return Party(name=name, mention=mention, kind=kind, level=_level(adcode), adcode=adcode)
    if adcode is None:
        return None
    return _place_party(adcode, "", kind, mention)


_LEADING_FILLER = re.compile(
    r"^(?:[一二三四五六七八九十]是|其中|此外|同时|会上|近日|日前|随后|以及|并且|由|在|与|和|同|及|"
    r"还|又|也|则|就|并|是|的|了|等|对|向|为|将|让|使|把|被|给|经)"
)
_INNER_CONNECTOR = re.compile(r"[与和同跟、及]")


def _starts_with_place(s: str) -> bool:
    """和平区…, 和田地区… start with a place, not with the connector 和."""
    return any(p.start == 0 and p.end >= 2 for p in gazetteer.find_places(s[:12]))


def _has_inner_party(s: str, ctx: ArticleContext) -> bool:
    """'马尾区人民政府和福州大学' is two parties, '青岛生物能源与过程研究所' is one."""
    for m in _INNER_CONNECTOR.finditer(s):
        if m.start() >= 2 and _parse(s[: m.start()], ctx) is not None:
            return True
    return False


@lru_cache(maxsize=200_000)
def parse_org(s: str, ctx: ArticleContext) -> Party | None:
    """`s` as one organisation, or None. `s` must be the whole mention (no leading filler).

    Cached: the party scanners try the same substrings many times within an article."""
    s = s.strip(" \u3000\"'“”‘’「」")
    if len(s) < 2 or (_LEADING_FILLER.match(s) and not _starts_with_place(s)):
        return None
    if s in ctx.aliases_dict():
        full = ctx.aliases_dict()[s]
        p = _parse(full, ctx)
        return replace(p, mention=s) if p else None
    if _INNER_CONNECTOR.search(s) and _has_inner_party(s, ctx):
        return None
    return _parse(s, ctx)


def _parse(s: str, ctx: ArticleContext) -> Party | None:
    m = _RELATIVE.fullmatch(s)
    if m:
        return _relative_party(m, ctx, s)
    for rule in _free_rules():
        if rule.regex.fullmatch(s):
            name = canonical_other(s, rule.kind)
            adcode = _seat(s)
            level = rule.level if rule.level != "other" else "other"
            return Party(name=name, mention=s, kind=rule.kind, level=level, adcode=adcode)
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
    for rule in _suffix_rules():
        if rule.regex.fullmatch(rest):
            return _place_party(adcode, rest, rule.kind, s)
    return None


_SUPERVISOR = re.compile(
    r"^(?:科技部|教育部|工信部|工业和信息化部|农业农村部|中国科协|国务院)(?=[\u4e00-\u9fff]{4})"
)
_ZONE = re.compile(r"(?:国家)?(?:高新区|高新技术产业开发区)(?:管理委员会|管委会)?$")


def canonical_other(name: str, kind: str) -> str:
    """Institutions by their own name: abbreviations expanded, the supervising ministry dropped
    (科技部国杰研究院… -> 国杰研究院…), a development zone as its 管理委员会."""
    name = _SUPERVISOR.sub("", name)
    if kind == "zone":
        name = _ZONE.sub("国家高新技术产业开发区管理委员会", name) if _ZONE.search(name) else name
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


@cache
def _org_end_regex() -> re.Pattern[str]:
    """Characters an organisation mention may end with (a quick filter before parse_org)."""
    ends = ["会", "科协", "政府", "公署", "局", "厅", "科委", "院", "所", "中心", "公司", "集团",
            "区", "村", "控股", "联盟", "大学", "学院", "我省", "我市", "我区", "我县", "本市",
            "本省"]
    return re.compile(rf"(?:{alt(ends)})$")


@lru_cache(maxsize=64)
def _place_ends(text: str) -> frozenset[int]:
    """Where place names end in `text` (one Aho-Corasick pass per text, cached)."""
    return frozenset(p.end for p in gazetteer.places_in(text))


def _may_end_org(text: str, end: int) -> bool:
    """A cheap test before parse_org: an organisation ends with a body's word or a place name."""
    return bool(_org_end_regex().search(text, max(0, end - 4), end)) or end in _place_ends(text)


def longest_org_ending_at(
    text: str, end: int, ctx: ArticleContext, min_start: int = 0
) -> tuple[int, Party] | None:
    """The longest organisation mention text[i:end] (i ≥ min_start), as (i, Party)."""
    if not _may_end_org(text, end):
        return None
    for i in range(max(min_start, end - 30), end - 1):
        if not re.match(rf"[{HAN}]", text[i]):
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
    m = re.search(r"(科学技术协会|科协|人民政府|政府|科技局|科学技术局)$", last)
    if not m:
        return items
    suffix = m.group(1)
    return [it if it.endswith(suffix) else it + suffix for it in items]
