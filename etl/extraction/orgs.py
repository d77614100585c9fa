"""Organisations as signatories: one mention read as one organisation, normalised to its full
official name.

`parse_org(s, ctx)` decides whether the whole string `s` is an organisation by the shape rules of
etl/vocabulary/rules/orgs.toml — a place name followed by a body's suffix (河南省 + 科协), a
national body (中国科协, 中科院…研究所, 中国…学会), a named institution (…大学, …有限公司), a Hong
Kong or Macao body — and names it. Relative forms (省科协, 市政府, 我省, 自治区人民政府) take the
article's own province or city (ArticleContext). Canonical names follow the official pattern:
河南省科学技术协会, 信阳市人民政府, 北京市朝阳区人民政府 (a district keeps its city),
孟村回族自治县人民政府 (a county does not). Finding the mentions in running text is the
recogniser's job (organisations.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from functools import cache, lru_cache

from etl.extraction import gazetteer
from etl.records import Party
from etl.vocabulary import orgs as voc
from etl.vocabulary import signing as sig_voc

LEVEL_OF_REGION = {"province": "provincial", "prefecture": "prefecture", "county": "county"}
# Hong Kong, Macao, Taiwan: province-level units that are no 省 of a 省科协.
SARS = ("810000", "820000", "710000")


@dataclass(frozen=True)
class ArticleContext:
    """What relative mentions (省科协, 市政府, 我省) refer to in one article."""

    province: str | None = None  # adcode
    city: str | None = None  # adcode of the main prefecture-level unit
    county: str | None = None  # adcode of the main county-level unit
    aliases: tuple[tuple[str, str], ...] = ()  # (以下简称"首科院") short -> full, per article
    # Ranked alternatives, most named first: province-level units, prefecture-level units and
    # municipalities, county-level units (a relative mention takes the first not excluded).
    provinces: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    counties: tuple[str, ...] = ()
    # Explicit place + body mentions of the article ("province:科协", adcode): 省科协 is the
    # province whose 科协 the article names.
    bodies: tuple[tuple[str, str], ...] = ()
    # Provinces whose government the article names (人民政府, 省长 …): a bare province name
    # stands for its government only there; elsewhere it stays a place name.
    governments: tuple[str, ...] = ()
    sars: tuple[str, ...] = ()  # Hong Kong / Macao, when the article names them
    # County-level cities (义乌市) named more than their prefecture: what 市 means first.
    county_cities: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()  # places a relative mention cannot mean (the counterpart's)
    # The places of the page's own site (its source line, its host): what the publisher's
    # 我市/本省 mean first, however often the page names a counterpart's place.
    site: tuple[str, ...] = ()

    def __hash__(self) -> int:
        """Hashed once: parse_org's cache keys on the context for every name it reads."""
        cached = self.__dict__.get("_hash")
        if cached is None:
            cached = hash(tuple(getattr(self, f.name) for f in fields(self)))
            self.__dict__["_hash"] = cached
        return cached

    def aliases_dict(self) -> dict[str, str]:
        return dict(self.aliases)

    def with_aliases(self, aliases: tuple[tuple[str, str], ...]) -> ArticleContext:
        """replace(self, aliases=aliases), its fields copied as they are (dataclasses.replace
        runs the frozen __init__, one object.__setattr__ per field: ~6 µs an article); the
        copy hashes anew."""
        new = object.__new__(ArticleContext)
        fields_of = new.__dict__
        fields_of.update(self.__dict__)
        fields_of.pop("_hash", None)
        fields_of["aliases"] = aliases
        return new


def _expand(name: str) -> str:
    if name in voc.ALIASES:
        return voc.ALIASES[name]
    for short, full in voc.EXPAND.items():
        if full not in name:
            name = name.replace(short, full)
    return voc.AFTER_LEVEL_RE.sub(lambda m: voc.AFTER_LEVEL_FULL[m.group()], name)


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


def _bare_place(adcode: str, mention: str, ctx: ArticleContext) -> Party:
    """A bare place name as a party: a city or county stands for its government; a province
    or a municipality only where the article names that government, else it stays a place
    name (福建省, 上海市);
    Hong Kong and Macao stay the region (澳门特别行政区), never a 人民政府."""
    r = gazetteer.load_regions()[adcode]
    if adcode in SARS:
        return Party(name=r.name, mention=mention, kind="government", level="provincial",
                     adcode=adcode)
    if r.level == "province" and adcode not in ctx.governments:
        return Party(name=r.name, mention=mention, kind="government", level="provincial",
                     adcode=adcode)
    return _place_party(adcode, "", "government", mention)


def _place_party(adcode: str, rest: str, kind: str, mention: str) -> Party:
    """A party written as place + suffix (or a bare place: its government)."""
    base = region_name(adcode)
    body = voc.LEVEL_PREFIX_RE.sub("", rest)
    if kind == "科协":
        name = base + "科学技术协会"
    elif kind == "government" and voc.TOWN_BODY_RE.search(body):  # 上派镇人民政府
        name = base + _town_body(body)
    elif kind == "government" and not body.endswith(("行政公署", "行署")):
        # a 地区 or 盟 is governed by a 行政公署, not a 人民政府
        name = base + ("行政公署" if base.endswith(("地区", "盟")) else "人民政府")
    elif kind == "government":
        name = base + "行政公署"
    elif kind == "bureau" and body.startswith(("科学技术", "科技", "科委")):
        name = base + _expand(body)
    elif voc.YOUTH_LEAGUE_RE.fullmatch(rest):  # 松江团区委 -> 共青团上海市松江区委员会
        name, kind = voc.YOUTH_LEAGUE + base + "委员会", "other"
    elif kind == "bureau" and body.endswith(voc.DEPARTMENT_ENDS) and not body.startswith("委") \
            and adcode not in SARS:  # Hong Kong's and Macao's bodies stay as written
        # a department of the place's government, with the place written in full (松江区教育局 ->
        # 上海市松江区教育局) and its short name expanded (农委 -> 农业委员会)
        short = rest if rest in voc.BUREAU_EXPAND else body  # 市监局 holds its own 市
        if short.startswith(voc.GOVERNMENT_SHORT):  # 政府办公室: the 人民政府's department
            short = voc.GOVERNMENT_BODY[:-len(voc.GOVERNMENT_SHORT)] + short
        name = base + voc.BUREAU_SHORT_RE.sub(lambda m: voc.BUREAU_EXPAND[m.group()], short)
    elif kind in ("学会", "other", "bureau") and body.startswith(voc.MASS_ORG_STARTS):
        name = base + _expand(body)
    elif kind == "institute" and body in voc.ACADEMY_EXPAND:  # 德州农科院 -> 德州市农业科学院
        full = voc.ACADEMY_EXPAND[body]  # (新疆农科院 -> 新疆农业科学院: its official name)
        name = voc.PROVINCIAL_ACADEMIES.get(f"{adcode}:{full}", base + full)
    elif kind == "institute" and (unit := voc.ACADEMY_UNIT_RE.fullmatch(body)):
        # 广西农科院果树所 -> 广西壮族自治区农业科学院果树研究所: the academy by its official name
        full = voc.ACADEMY_EXPAND[unit.group("academy")]
        academy = voc.PROVINCIAL_ACADEMIES.get(f"{adcode}:{full}", base + full)
        name = academy + unit.group("unit").removesuffix("研究所").removesuffix("所") + "研究所"
    elif kind == "university" and body in voc.UNIVERSITY_SHORTS:
        name = mention[:len(mention) - len(body)] + voc.UNIVERSITY_SHORTS[body]
    else:
        name = canonical_other(mention, kind)
    level = "other" if kind in ("university", "enterprise") else _level(adcode)
    return Party(name=name, mention=mention, kind=kind, level=level, adcode=adcode)


def _ranked(ctx: ArticleContext, level: str) -> tuple[str, ...]:
    main = getattr(ctx, level)
    ranked = {"province": ctx.provinces, "city": ctx.cities, "county": ctx.counties}[level]
    out = ((main,) if main else ()) + tuple(c for c in ranked if c != main)
    if level == "province":  # 省/自治区: not a municipality, not Hong Kong or Macao
        out = tuple(c for c in out if c not in gazetteer.MUNICIPALITIES and c not in SARS)
    return out


def _town_body(body: str) -> str:
    """A town's government or a street's office in full (石垭乡政府 -> 石垭乡人民政府, 转塘街道办 ->
    转塘街道办事处)."""
    return voc.TOWN_BODY_RE.sub(
        lambda m: m.group("town") + voc.TOWN_BODY_FULL.get(m.group("gov"), voc.TOWN_GOVERNMENT),
        body)


def _placed_town(s: str, ctx: ArticleContext) -> Party:
    """A town's government or a street's office written without its county: named with the
    county-level unit the article is about (店口镇政府 on a 诸暨市 page -> 诸暨市店口镇人民政府),
    as written where the article names none."""
    county = next((c for c in ctx.county_cities + _ranked(ctx, "county")
                   if c not in ctx.exclude), None) or _city_without_counties(ctx)
    if county is None:
        return Party(name=_town_body(s), mention=s, kind="government", level="other")
    return Party(name=region_name(county) + _town_body(s), mention=s, kind="government",
                 level="county", adcode=county)


def _relative_place(ctx: ArticleContext, lvl: str, body: str) -> str | None:
    """The place a relative mention means: the place of the same body the article names in
    full (海南省科协 … 省科协), else the article's own place, not one of `ctx.exclude`."""
    level = voc.RELATIVE_LEVEL[lvl]
    key = voc.body_key(body)
    # 市 may be a county-level city (义乌市科协 … 市科协) where the article is about one
    levels = (level, "county") if lvl == "市" else (level,)
    if key:
        named = [a for k, a in ctx.bodies
                 if k in {f"{lv}:{key}" for lv in levels} and a not in ctx.exclude
                 and _is_level(a, lvl)]
        if named:
            return named[0]
    ranked = _ranked(ctx, level)
    if lvl == "市":
        ranked = ctx.county_cities + ranked
    for c in ranked:
        if c not in ctx.exclude and _is_level(c, lvl):
            return c
    return None


def _site_place(ctx: ArticleContext, lvl: str) -> str | None:
    """The place of the page's own site (kjj.ankang.gov.cn: 安康市) at the level of 我市/本省,
    itself or the unit it lies in, not one of `ctx.exclude`."""
    regions = gazetteer.load_regions()
    want = voc.RELATIVE_LEVEL[lvl]
    for adcode in ctx.site:
        r = regions[adcode]
        pref = gazetteer.prefecture_of(adcode)
        up = (adcode, pref.adcode if pref else None, r.province_adcode)
        for c in up:
            if c and c not in ctx.exclude and _is_level(c, lvl) and (
                    want != "province" or c == r.province_adcode) and (
                    want != "city" or c != r.province_adcode
                    or c in gazetteer.MUNICIPALITIES):
                return c
    return None


def _is_level(adcode: str, lvl: str) -> bool:
    """Can a place be what the level word says (自治区科技厅: an autonomous region)?"""
    name = gazetteer.load_regions()[adcode].name
    if lvl == "市":
        return name.endswith("市") or adcode in gazetteer.MUNICIPALITIES
    return name.endswith(voc.LEVEL_NAME_ENDS[lvl])


def _relative_party(s: str, m: re.Match[str], ctx: ArticleContext) -> Party | None:
    """省科协, 市政府, 区科技局, 我市科技局, 我省, 本市 (not 该市: the recogniser resolves that)."""
    we, lvl, rest = m.group("we"), m.group("lvl"), s[m.end():]
    if we in ("该", "全") or (not rest and not we):
        return None
    # a body of the usual forms (省科协, 市发改委), or any body of a place's (省自然资源科学研究院,
    # 市第一医院) that does not open with another level word (区县科协 is a group)
    # (after a level word alone: 我省 opens a clause, 我省紧紧围绕中心 is no body)
    known = not rest or voc.RELATIVE_BODY_RE.fullmatch(rest) is not None
    if not known and (we or len(rest) > voc.RELATIVE_ANY_MAX or voc.RELATIVE_PREFIX_RE.match(rest)):
        return None
    if lvl == "区" and rest.endswith(voc.PROVINCIAL_DEPARTMENT_END):  # 区科技厅: 自治区
        lvl = "自治区"
    adcode = (_site_place(ctx, lvl) if we in ("我", "本") else None) or \
        _relative_place(ctx, lvl, rest)
    if adcode is None:
        return None
    if not rest:  # 我省, 本市: the government speaking of its own place
        return _place_party(adcode, "", "government", s)
    party = _parse(region_name(adcode) + rest, ctx, relative=True)
    if party is None or party.adcode is None or (
            not known and party.kind not in voc.RELATIVE_ANY_KINDS):
        return None
    return replace(party, mention=s)


def _commissioner(s: str, ctx: ArticleContext) -> Party | None:
    """行署 written alone: the commissioner's office (地区行政公署) of the article's prefecture
    when that prefecture is a 地区, else no party (a city or a league has none)."""
    for c in _ranked(ctx, "city"):
        name = gazetteer.load_regions()[c].name
        if c not in ctx.exclude and name.endswith(voc.PREFECTURE_AREA_END):
            party = _parse(name + voc.COMMISSIONER_OFFICE, ctx)
            return replace(party, mention=s) if party else None
    return None


def _sar_body(s: str, ctx: ArticleContext) -> Party | None:
    """A Hong Kong or Macao body (澳门科学技术发展基金, 特区政府, 澳门特区), kept as written."""
    for body in voc.HK_MACAO:
        if s not in body.short:
            continue
        named_here = "澳门" in s or "香港" in s or body.region in ctx.sars
        if not named_here or (s == "特区政府" and len(ctx.sars) != 1):
            continue
        return Party(name=body.name, mention=s, kind="government" if "政府" in body.name
                     or body.name.endswith("行政区") else "other", level="provincial",
                     adcode=body.region)
    return None


def _balanced(s: str) -> bool:
    """No bracket of a name is left open or closed alone (中科构创(北京)科技有限公司)."""
    if "(" not in s and "（" not in s and ")" not in s and "）" not in s:
        return True
    depth = 0
    for ch in s:
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _starts_with_place(s: str) -> bool:
    """和平区…, 和田地区… start with a place, not with the connector 和."""
    return any(p.start == 0 and p.end >= 2 for p in gazetteer.find_places(s[:12]))


def _has_inner_party(s: str, ctx: ArticleContext) -> bool:
    """'马尾区人民政府和福州大学' is two parties, '青岛生物能源与过程研究所' is one, and so is
    '天津市和平区人民政府' (a place that starts with a connector's character: no connector)."""
    place_starts: set[int] | None = None
    for m in voc.INNER_CONNECTOR_RE.finditer(s):
        if m.group() in voc.LED_AFTER_CONNECTOR:
            if place_starts is None:
                place_starts = {p.start for p in gazetteer.find_places(s)}
            if m.start() in place_starts or voc.LED_WORDS_RE.match(s, m.start()):
                continue  # (天津市和平区, 湖南同创科技有限公司)
            if m.group() in voc.FIRM_BRAND_CONNECTORS and any(
                    p.end == m.start() and firm_brand_after_place(s, m.start(), p.start)
                    for p in gazetteer.find_places(s)):
                continue  # (湖北同诚生物工程有限公司)
        if m.start() >= 2 and _parse(s[: m.start()], ctx) is not None:
            return True
        before = s[: m.start()]  # 某市人民政府分别与某公司: an adverb before the connector
        for adverb in voc.INNER_CONNECTOR_ADVERBS:
            if before.endswith(adverb) and len(before) - len(adverb) >= 2 and \
                    _parse(before[: -len(adverb)], ctx) is not None:
                return True
        # 某省科协党组书记李明与某分院: a body, its official, then the connector
        person = sig_voc.PERSON_TAIL_RE.search(before)
        if person is not None and person.start() >= 2 and \
                _parse(before[: person.start()], ctx) is not None:
            return True
    return False


def firm_brand_after_place(text: str, at: int, place_start: int) -> bool:
    """Does the connector's character at `at` begin a firm's brand after the place
    text[place_start:at] (湖北|同诚生物工程有限公司, 湖南|和信科技有限公司)? Only after a place
    written short (湖北省|和某公司 is two parties) and where no place follows (湖北|和湖南…)."""
    return not text.endswith(voc.PLACE_LEVEL_ENDS, place_start, at) and \
        voc.FIRM_BRAND_AFTER_PLACE_RE.match(text, at) is not None and \
        not any(p.start == 0 for p in gazetteer.find_places(text[at + 1:at + 6]))


def _glued_parties(s: str, ctx: ArticleContext) -> bool:
    """'漳州市人民政府厦门大学' is two names glued (in a title): a body that ends a government's
    name (人民政府, 科协, 管委会 …) followed by a whole organisation."""
    for m in voc.INNER_BODY_END_RE.finditer(s, 2):
        rest = s[m.end():]
        if m.group() == voc.GOVERNMENT_BODY and _government_unit(rest):
            continue  # 某市人民政府国有资产监督管理委员会: the government's own department
        if len(rest) >= 2 and _parse(s[:m.end()], ctx) is not None and \
                _parse(rest, ctx) is not None:
            return True
    return False


def _government_unit(rest: str) -> bool:
    """Is what follows 人民政府 a department of it (办公室, 国有资产监督管理委员会), not another
    organisation's name (a place's or a national body's: 厦门大学, 中国科学院…中心)?"""
    return voc.GOVERNMENT_UNIT_RE.fullmatch(rest) is not None and \
        not voc.NAME_PREFIX_RE.match(rest) and not _starts_with_place(rest)


@lru_cache(maxsize=16_384)
def has_free_shape(s: str) -> bool:
    """Does `s` have the shape of any free rule (voc.FREE_ANY_RE, ~6,600 characters of
    alternatives)? Cached by the string alone: the recogniser asks before parse_org and parse_org
    asks again, and the same names come back in article after article."""
    return voc.FREE_ANY_RE.fullmatch(s) is not None


@lru_cache(maxsize=200_000)
def parse_org(s: str, ctx: ArticleContext, led: bool = False) -> Party | None:
    """`s` as one organisation, or None. `s` must be the whole mention (no leading filler),
    unless it is `led`: its first word, a function word elsewhere, begins the name here (the
    recogniser knows where: 与同济大学).

    Cached: the recogniser tries the same substrings many times within an article."""
    s = s.strip(" \u3000\"'“”‘’「」")
    if len(s) < 2 or (not led and voc.LEADING_FILLER_RE.match(s) and not _starts_with_place(s)
                      and not voc.BARE_ZONE_START_RE.match(s)):  # 经开区 is no 经 (via)
        return None
    if not _balanced(s) or voc.VISIT_VERB_RE.search(s):
        return None
    aliases = ctx.aliases_dict()
    if s in aliases:
        full = aliases[s]
        p = _parse(full, ctx)
        return replace(p, mention=s) if p else None
    for short, full in ctx.aliases:  # 某科技河北分公司: a unit of the body the page shortens
        if len(s) > len(short) + 1 and s.startswith(short) and \
                voc.ALIAS_UNIT_RE.fullmatch(s, len(short)):
            p = _parse(full + s[len(short):], ctx)
            return replace(p, mention=s) if p else None
    if s.endswith(voc.ALIAS_UNIT_HEADS):
        unit = _unit_of_known_short(s, ctx)
        if unit is not None:
            return unit
    own = voc.OWN_UNIT_RE.fullmatch(s) if s[0] in "我本" else None
    if own and own.group("own") in aliases:  # 我校生命科学学院 -> 某大学生命科学学院
        p = _parse(aliases[own.group("own")] + own.group("unit"), ctx)
        return replace(p, mention=s) if p else None
    if voc.INNER_CONNECTOR_RE.search(s, 1 if led else 0) and _has_inner_party(s, ctx):
        return None
    if voc.INNER_BODY_END_RE.search(s, 2) and _glued_parties(s, ctx):
        return None
    if led and s not in voc.ALIASES and voc.LEADING_FILLER_RE.match(s):
        return _led_party(s, ctx)
    return _parse(s, ctx)


def _unit_of_known_short(s: str, ctx: ArticleContext) -> Party | None:
    """A unit written after a well-known body's short form (工行某省分行, 浙大医学院附属第一医院,
    国科大杭州高等研究院): the body's full name + the unit, as the unit's own name is. Not where
    the short form begins its full name (兴业银行某分行, 中国银行某分行: the name as written)."""
    k = known_short_prefix(s)
    full = voc.ALIASES.get(s[:k]) if k else None
    if full is not None and not full.startswith(s[:k]) and voc.ALIAS_UNIT_RE.fullmatch(s, k):
        p = _parse(full + s[k:], ctx)
        return replace(p, mention=s) if p else None
    return None


def known_short_prefix(s: str) -> int:
    """The length of the longest well-known short form `s` begins with and runs on after
    (华中科大|同济医学院), or 0."""
    if s[:2] not in voc.ALIAS_FIRST_TWO:  # (most strings: one set lookup)
        return 0
    for k in range(min(len(s) - 2, voc.ALIAS_LONGEST), 1, -1):
        if s[:k] in voc.ALIASES:
            return k
    return 0


def _led_party(s: str, ctx: ArticleContext) -> Party | None:
    """A name whose first character is a function word elsewhere (同方股份有限公司 after 与):
    the name rules read no such word inside a name, so the name is read with a plain name
    character in its place, which its canonical name then gives back."""
    party = _parse(voc.LED_STAND_IN + s[1:], ctx)
    if party is None or not party.name.startswith(voc.LED_STAND_IN + s[1:2]):
        return None
    return replace(party, name=s[0] + party.name[1:], mention=s)


def _parse(s: str, ctx: ArticleContext, relative: bool = False) -> Party | None:
    if s in voc.ALIASES:
        name = voc.ALIASES[s]
        return Party(name=name, mention=s, kind=_alias_kind(name), level=_alias_level(name),
                     adcode=_seat(name) if _alias_level(name) != "national" else None)
    sar = _sar_body(s, ctx)
    if sar is not None:
        return sar
    if voc.CAS_BRANCH_RE.fullmatch(s):
        return Party(name=voc.CAS_BRANCH_PARENT + s, mention=s, kind="institute",
                     level="national", adcode=_seat(s))
    corps = voc.CORPS_RE.match(s)
    if corps:
        if corps.end() == len(s):  # the division alone (兵团第七师与…): no body inside it
            return None
        inner = _parse(s[corps.end():], ctx)
        if inner is None or inner.adcode is None:
            return None
        return replace(inner, name=voc.CORPS_FULL + corps.group("div") + inner.name, mention=s)
    if s[0] in "共团" and (s.startswith(voc.YOUTH_LEAGUE) or voc.YOUTH_RELATIVE_RE.fullmatch(s)):
        return _youth_league(s, ctx)
    if not relative and s in voc.BARE_COMMISSIONER_FORMS:
        return _commissioner(s, ctx)
    if not relative:
        m = voc.RELATIVE_PREFIX_RE.match(s)
        if m and not _starts_with_place(s):
            return _relative_party(s, m, ctx)
    if not relative and s[0] in "国高经" and voc.BARE_ZONE_RE.fullmatch(s):
        return _bare_zone(s, ctx)
    new_area = voc.NEW_AREA_RE.match(s)
    if new_area:
        party = _new_area_party(s, new_area.group(), ctx)
        if party is not None:
            return party
    rule = _free_rule(s) if has_free_shape(s) else None  # one pass before rule by rule
    if rule is not None:
        if rule.kind == "government":  # a town's body written alone (店口镇政府)
            return _placed_town(s, ctx)
        if rule.level == "other":  # a placeless shape after a place: the place's body
            placed = _place_then_suffix(s, ctx)  # (安徽省科学技术协会 is a 科协)
            if placed is not None:
                return placed
        name = canonical_other(s, rule.kind)
        seat = _seat(s)
        if seat is None and rule.level == "other" and ctx.province in SARS and \
                rule.kind in voc.SAR_PLACELESS_KINDS and \
                name.endswith(voc.SAR_PLACELESS_HEADS) and not voc.NAME_PREFIX_RE.match(s):
            return _sar_placeless(name, s, rule.kind, ctx.province)
        return Party(name=name, mention=s, kind=rule.kind, level=rule.level or "other",
                     adcode=seat)
    party = _place_then_suffix(s, ctx)
    if party is None and not relative and s.endswith(voc.TOWN_BODY_ENDS) \
            and voc.TOWN_ALONE_RE.fullmatch(s):
        town = _placed_town(s, ctx)  # a town of a shape the free rule leaves (1 or 5-6 chars)
        return town if town.adcode is not None else None  # nobody without the page's county
    if party is None and not relative and s.endswith(voc.FIRM_HEAD) and \
            s.startswith(voc.SUBSIDIARY_BRANDS):
        return _branded_subsidiary(s, ctx)
    return party


def _branded_subsidiary(s: str, ctx: ArticleContext) -> Party | None:
    """A group's subsidiary named by the group's brand before its place (国网|上海市电力公司):
    the brand, then a firm of that place."""
    for brand in voc.SUBSIDIARY_BRANDS:
        if s.startswith(brand):
            inner = _place_then_suffix(s[len(brand):], ctx)
            if inner is not None and inner.kind == "enterprise":
                return replace(inner, name=brand + inner.name, mention=s)
    return None


@cache
def _prefectures_with_counties() -> frozenset[str]:
    regions = gazetteer.load_regions()
    return frozenset(r.parent_adcode for r in regions.values() if r.level == "county")


def _city_without_counties(ctx: ArticleContext) -> str | None:
    """The page's city when towns lie directly under it (东莞, 中山), else None."""
    seat = None
    if ctx.city and ctx.city not in _prefectures_with_counties() \
            and ctx.city not in gazetteer.MUNICIPALITIES:
        seat = ctx.city
    return seat


def _sar_placeless(name: str, mention: str, kind: str, sar: str) -> Party:
    """An institute named without a place on a page about Hong Kong or Macao (应用科技研究院 on
    a Hong Kong page): the region's body, named with the region in front, as its own name is
    (香港应用科技研究院)."""
    return Party(name=gazetteer.load_regions()[sar].short_name + name, mention=mention,
                 kind=kind, level="provincial", adcode=sar)


@lru_cache(maxsize=100_000)
def _place_chain(s: str) -> tuple[int, str, tuple[str, ...]] | None:
    """The chain of places `s` starts with (辽宁省辽阳市, 北京市海淀区): where it ends, the seat
    (its last place) and, when the chain is one ambiguous place, that place's candidates."""
    places = gazetteer.resolve_places(gazetteer.find_places(s), s)
    if not places or places[0].start != 0:
        return None
    end, adcode, n = 0, "", 0
    regions = gazetteer.load_regions()
    for p in places:
        # a chain runs down the hierarchy (辽宁省辽阳市); 涪陵区长寿区 is two places
        if p.start != end or (n and adcode not in (regions[p.adcode].parent_adcode,
                                                   regions[p.adcode].province_adcode)):
            break
        end, adcode, n = p.end, p.adcode, n + 1
    return end, adcode, places[0].candidates if n == 1 else ()


def _place_then_suffix(s: str, ctx: ArticleContext) -> Party | None:
    """A chain of places (辽宁省辽阳市, 北京市海淀区) and a body's suffix (or none: the place)."""
    chain = _place_chain(s)
    if chain is None:
        return None
    end, adcode, ambiguous = chain
    if len(ambiguous) > 1:  # the first place of several with one name: the article's (朝阳区)
        adcode = _in_context(ambiguous, ctx) or adcode
    rest = s[end:]
    if not rest:
        return _bare_place(adcode, s, ctx)
    rule = _suffix_rule(rest)
    if rule is None and voc.LED_WORDS_RE.match(rest):  # 某省在线教育协会: 在线 is no 在
        rule = _suffix_rule(voc.LED_STAND_IN + rest[1:])
    return _place_party(adcode, rest, rule.kind, s) if rule is not None else None


@lru_cache(maxsize=65_536)
def _suffix_rule(rest: str) -> voc.OrgRule | None:
    """The first suffix rule `rest` (what follows a place: 科协, 人民政府 …) is, cached: the
    same few suffixes come back after place after place, and the rules are many."""
    return next((rule for rule in voc.SUFFIX_RULES if rule.regex.fullmatch(rest)), None)


@lru_cache(maxsize=65_536)
def _free_rule(s: str) -> voc.OrgRule | None:
    """The first free rule `s` has the shape of (asked once has_free_shape says there is one),
    cached like has_free_shape."""
    return next((rule for rule in voc.FREE_RULES if rule.regex.fullmatch(s)), None)


def _bare_zone(s: str, ctx: ArticleContext) -> Party | None:
    """高新区管委会, 经开区: the zone of the article's city (宝鸡高新区 ->
    宝鸡国家高新技术产业开发区管理委员会); nobody where the article names no city."""
    city = _relative_place(ctx, "市", "")
    if city is None:
        return None
    party = _parse(gazetteer.load_regions()[city].short_name + s, ctx, relative=True)
    return replace(party, mention=s) if party is not None else None


def _youth_league(s: str, ctx: ArticleContext) -> Party | None:
    """The Communist Youth League's committee of a place or a university: 共青团松江区委,
    共青团某大学委员会, 团市委 (the article's city) -> 共青团<place or university>委员会."""
    rel = voc.YOUTH_RELATIVE_RE.fullmatch(s)
    if rel:
        adcode = _relative_place(ctx, rel.group("lvl"), "")
        if adcode is None:
            return None
        return Party(name=voc.YOUTH_LEAGUE + region_name(adcode) + "委员会", mention=s,
                     kind="other", level=_level(adcode), adcode=adcode)
    core = voc.YOUTH_COMMITTEE_END_RE.sub("", s[len(voc.YOUTH_LEAGUE):])
    if len(core) < 2:
        return None
    for place in (core, core[:-1] if core.endswith(voc.YOUTH_LEVELS) else ""):
        chain = _place_chain(place) if len(place) >= 2 else None
        if chain is not None and chain[0] == len(place):  # 共青团杭州市西湖区委, 共青团某市委
            adcode = chain[1]
            return Party(name=voc.YOUTH_LEAGUE + region_name(adcode) + "委员会", mention=s,
                         kind="other", level=_level(adcode), adcode=adcode)
    inner = _parse(core, ctx)
    if inner is None or inner.kind != "university":
        return None
    return Party(name=voc.YOUTH_LEAGUE + inner.name + "委员会", mention=s, kind="other",
                 level="other", adcode=inner.adcode)


def _new_area_party(s: str, area: str, ctx: ArticleContext) -> Party | None:
    """西咸新区泾河新城管委会: a zone of a national new area, named with the area's province."""
    rest = s[len(area):]
    province = voc.NEW_AREAS[area]
    for rule in voc.SUFFIX_RULES:
        if rule.kind == "zone" and (not rest or rule.regex.fullmatch(rest)
                                    or rest in voc.COMMITTEE_WORDS):
            name = gazetteer.load_regions()[province].name + canonical_other(s, "zone")
            return Party(name=name, mention=s, kind="zone", level="provincial", adcode=province)
    return None


def _alias_kind(name: str) -> str:
    if name.endswith("科学技术协会"):
        return "科协"
    if name.endswith("大学"):
        return "university"
    if name.endswith(("公司", "银行")):
        return "enterprise"
    if name.endswith(("部", "委员会", "局", "署", "办公室")):  # 国家林业和草原局, 海关总署
        return "bureau"
    if name.endswith(("院", "所")):
        return "institute"
    if name.endswith(("学会", "协会", "研究会")):
        return "学会"
    return "other"


def _alias_level(name: str) -> str:
    return "national" if name.startswith(("中国", "中华", "国家", "全国")) else "other"


def canonical_other(name: str, kind: str) -> str:
    """Institutions by their own name: abbreviations expanded, the supervising ministry dropped
    (科技部国杰研究院… -> 国杰研究院…), a development zone as its 管理委员会."""
    name = voc.SUPERVISOR_RE.sub("", name).replace("（", "(").replace("）", ")")
    if kind == "zone":
        name = _zone_name(name)
    elif kind == "government" and voc.TOWN_BODY_RE.search(name):  # a town's body written alone
        name = _town_body(name)
    if kind == "university" and name.endswith(voc.YOUTH_OFFICE):  # 某大学团委
        return voc.YOUTH_LEAGUE + name[: -len(voc.YOUTH_OFFICE)] + "委员会"
    return _expand(name)


def _zone_name(name: str) -> str:
    """A zone as its 管理委员会: 扬州国家高新区 -> 扬州国家高新技术产业开发区管理委员会,
    宜昌高新区 -> 宜昌高新技术产业开发区管理委员会 (no 国家 the page does not write); in a
    municipality the city's short name leads (上海市张江高新区 -> 上海张江高新技术产业开发区…).
    A zone written long keeps its name (长沙高新技术产业开发区管委会 -> …开发区管理委员会); a grade
    (国家级, 省级) is no part of a name, and a provincial zone gets no 国家."""
    if (park := voc.ZGC_PARK_RE.fullmatch(name)) is not None:
        return park["park"] + "管理委员会"
    provincial = voc.PROVINCIAL_GRADE in name
    if provincial or voc.NATIONAL_GRADE in name:  # 国家级高新区 is how 国家高新区 is also written
        name = voc.ZONE_GRADE_RE.sub("", name.replace(voc.NATIONAL_GRADE + "高新", "国家高新"))
    places = gazetteer.find_places(name)
    city = next((p for p in places if p.start == 0 and p.surface.endswith("市")
                 and p.candidates and p.candidates[0] not in gazetteer.MUNICIPALITIES
                 and gazetteer.load_regions()[p.candidates[0]].level == "prefecture"), None)
    if city is not None and voc.CITY_ZONE_RE.match(name, city.end):  # 宝鸡市高新区 -> 宝鸡高新区
        name = gazetteer.load_regions()[city.candidates[0]].short_name + name[city.end:]
        places = gazetteer.find_places(name)
    muni = next((p for p in places if p.start == 0 and p.candidates
                 and p.candidates[0] in gazetteer.MUNICIPALITIES), None)
    if muni is not None and voc.ZONE_SHORT_RE.search(name):
        short = gazetteer.load_regions()[muni.candidates[0]].short_name
        name = short + voc.ZONE_SHORT_RE.sub("高新技术产业开发区", name[muni.end:])
    elif provincial and voc.ZONE_SHORT_RE.search(name):
        name = voc.ZONE_SHORT_RE.sub(voc.ZONE_LONG, name)
    elif name.endswith(voc.ZONE_SHORT_ENDS) and voc.ZONE_RE.search(name):
        name = voc.ZONE_RE.sub(voc.ZONE_LONG_COMMITTEE, name)  # (国家 kept, never added)
    if name.endswith(voc.ZONE_COMMITTEE_AFTER):
        name += "管理委员会"
    return name


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
    """The region a named institution sits in, when its name says so (中科院成都分院 -> 成都市);
    a county's short name inside a name is no seat (兴业银行)."""
    places = [p for p in gazetteer.resolve_places(gazetteer.find_places(name), name)
              if p.region.level != "county" or p.surface == p.region.name]
    return places[-1].adcode if places else None


def distribute_suffix(items: list[str]) -> list[str]:
    """'上海市、江苏省、安徽省科协' -> every bare place takes the last item's body suffix."""
    last = items[-1]
    m = voc.SHARED_BODY_RE.search(last)
    if not m:
        return items
    suffix = m.group(1)
    return [it if it.endswith(suffix) else it + suffix for it in items]
