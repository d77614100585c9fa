"""The extraction stage's entry: CleanDocument -> agreements and initiatives (pure; no I/O).

Before the extractors run, what the article is about: its own place, the abbreviations it defines
and the date its relative expressions refer to. The article's own place (the province and city its
relative mentions such as 省科协, 市政府, 我省 refer to) is the one its body names most, title
first; place names in navigation lists and footers do not count (gazetteer flags them).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from datetime import date, timedelta
from functools import lru_cache
from urllib.parse import urlsplit

from etl.extraction import gazetteer
from etl.extraction.agreements import extract_agreements
from etl.extraction.dates import approximate, parse_iso, url_period, url_reference
from etl.extraction.initiatives import InitiativeContext, extract_initiatives
from etl.extraction.organisations import find_organisations
from etl.extraction.orgs import ArticleContext, parse_org
from etl.records import Agreement, CleanDocument, Initiative
from etl.vocabulary.article import (
    ABBREV_FULL_START,
    ABBREV_MARKS,
    ABBREV_RE,
    BARE_HOST_PREFIX,
    CITY_GOVERNMENT_RE,
    DATELINE_LEAD_MAX,
    DATELINE_RE,
    DATELINE_TAIL_RE,
    HAN_CHAR_RE,
    IMPLICIT_BODIES,
    IMPLICIT_BODY_RE,
    INSTITUTION_HEAD_RE,
    INSTITUTION_HEAD_WITHIN,
    INSTITUTION_HOSTS,
    MUNICIPAL_GOVERNMENT_RE,
    NOT_ALIASES,
    NOT_INSIDE_A_NAME_RE,
    OWN_FORM_RE,
    OWN_FORMS,
    PLACE_BODY_RE,
    PLACE_HOSTS,
    PROVINCE_GOVERNMENT_RE,
    RELATIVE_GOVERNMENT_BEFORE,
    SCHOOL_OFFICE_RE,
    SOURCE_BODY_RE,
    SOURCE_RUN_RE,
    TRAILING_QUALIFIER_RE,
    UNIVERSITY_DOMAIN,
    WHOLE_INSTITUTION_HEADS,
)
from etl.vocabulary.common import HAN_CHAR
from etl.vocabulary.dates import JOURNAL_ISSUE_RE
from etl.vocabulary.orgs import (
    BARE_OWN_FORM_RE,
    BARE_OWN_FORMS,
    STATE_COUNCIL_BARE,
    STATE_COUNCIL_CUES,
    YOUTH_LEAGUE,
    YOUTH_OFFICE,
    body_key,
)

# A place named in the headline counts this many times a place named in the body;
# a place that begins another institution's name (上海交通大学) this share of one.
_TITLE_WEIGHT = 3
# The page's own site (its source line, its host) speaks of its own place: more than a headline.
_SITE_WEIGHT = 4
_INSTITUTION_WEIGHT = 0.05


def _names_own_government(text: str) -> bool:
    """Does the text name a city's government relatively (市政府, 代表市委、市政府), not after a
    place's name (福州市政府 is that city's)?"""
    for m in CITY_GOVERNMENT_RE.finditer(text):
        k = m.start()
        if k == 0 or text[k - 1] in RELATIVE_GOVERNMENT_BEFORE or not HAN_CHAR_RE.match(
                text[k - 1]):
            return True
    return False


def article_context(text: str, source: str | None = None,
                    url: str | None = None) -> ArticleContext:
    """The province, prefecture and county an article is mostly about, with the ranked
    alternatives, the bodies it names in full (海南省科协) and the provincial governments it
    names (河南省人民政府, 副省长): what its relative mentions (省科协, 市政府, 我省) refer to.

    A place named in the page's source (来源：无锡市科协) or spelt in its site's host
    (www.tianshui.gov.cn) counts a little more than one in the headline; a place
    that only begins another institution's name (上海交通大学, 北京市农科院, 成都分院) locates
    that institution, not the article, and counts next to nothing."""
    regions = gazetteer.load_regions()
    provinces: Counter[str] = Counter()
    prefectures: Counter[str] = Counter()
    cities: Counter[str] = Counter()  # prefectures and municipalities: what 市 may mean
    counties: Counter[str] = Counter()
    bodies: Counter[tuple[str, str]] = Counter()
    governments: set[str] = set()
    first_line_end = text.find("\n")
    places = [(p, _TITLE_WEIGHT if p.start < first_line_end else 1)
              for p in gazetteer.resolve_places(list(gazetteer.places_in(text)), text)
              if not p.in_chrome]
    direct: Counter[str] = Counter()  # places named themselves (not through a county)
    heads = [m.start() for m in INSTITUTION_HEAD_RE.finditer(text)]

    def count(adcode: str, w: float) -> gazetteer.Region:
        """One mention of a place, of weight w, for its province, prefecture and county."""
        province, prefecture, city, county = _counted_as(adcode)
        provinces[province] += w
        if prefecture is not None:
            prefectures[prefecture] += w
        if city is not None:
            cities[city] += w
        if county is not None:
            counties[county] += w
        return regions[adcode]

    for p, w in places:
        direct[p.adcode] += w
        body = PLACE_BODY_RE.match(text, p.end)
        if body is None and _begins_institution(text, p.end, heads):
            w *= _INSTITUTION_WEIGHT
        r = count(p.adcode, w)
        if body:
            key = body_key(body.group("body"))
            level = ("city" if r.level == "prefecture" or p.adcode in gazetteer.MUNICIPALITIES
                     else "province" if r.level == "province" else "county")
            if key:
                bodies[(f"{level}:{key}", p.adcode)] += 1
            if key == "政府" and (level == "province" or p.adcode in gazetteer.MUNICIPALITIES):
                governments.add(p.adcode)
    site = (_source_places(source) if source else ()) + _host_places(url)
    for adcode in site:
        count(adcode, _SITE_WEIGHT)
    prov = provinces.most_common(1)[0][0] if provinces else None
    city = next(
        (c for c, _ in prefectures.most_common() if regions[c].province_adcode == prov), None
    )
    county = next(
        (c for c, _ in counties.most_common() if regions[c].province_adcode == prov), None
    )
    if prov and (MUNICIPAL_GOVERNMENT_RE if prov in gazetteer.MUNICIPALITIES
                 else PROVINCE_GOVERNMENT_RE).search(text):
        governments.add(prov)
    if city and regions[city].level == "prefecture" and _names_own_government(text):
        governments.add(city)  # 代表市委、市政府: the article's own city names its government
    return ArticleContext(
        province=prov, city=city, county=county,
        provinces=tuple(c for c, _ in provinces.most_common()),
        cities=tuple(c for c, _ in cities.most_common()),
        counties=tuple(c for c, _ in counties.most_common()),
        bodies=tuple(k for k, _ in bodies.most_common()),
        governments=tuple(sorted(governments)),
        sars=tuple(c for c in ("810000", "820000") if provinces[c]),
        county_cities=_county_cities(counties, direct),
        site=site,
    )


@lru_cache(maxsize=4096)
def _counted_as(adcode: str) -> tuple[str, str | None, str | None, str | None]:
    """Where a mention of the place counts: its province, its prefecture, its city (the
    prefecture, or a municipality: what 市 may mean) and itself if a county. Cached per place:
    asked for every place mention of every article."""
    r = gazetteer.load_regions()[adcode]
    pref = gazetteer.prefecture_of(adcode)
    city = pref.adcode if pref is not None else (
        r.province_adcode if r.province_adcode in gazetteer.MUNICIPALITIES else None)
    return (r.province_adcode, pref.adcode if pref is not None else None, city,
            adcode if r.level == "county" else None)


def _begins_institution(text: str, end: int, heads: list[int]) -> bool:
    """Does an institution's head noun follow the place ending at `end` within one name
    (上海|交通大学, 北京市|农科院)?"""
    k = bisect_left(heads, end)
    return (k < len(heads) and heads[k] - end <= INSTITUTION_HEAD_WITHIN
            and NOT_INSIDE_A_NAME_RE.search(text, end, heads[k]) is None)


def _county_cities(counties: Counter[str], direct: Counter[str]) -> tuple[str, ...]:
    """County-level cities the article names more than their prefecture (义乌市 over 金华市):
    市科协/市政府 there mean the county-level city's."""
    regions = gazetteer.load_regions()
    out = []
    for c, n in counties.most_common():
        if not regions[c].name.endswith("市"):
            continue
        pref = gazetteer.prefecture_of(c)
        if pref is not None and n > direct[pref.adcode]:
            out.append(c)
    return tuple(out)


@lru_cache(maxsize=256)
def _source_places(source: str) -> tuple[str, ...]:
    """The places a source names (来源：无锡市科协), cached: a crawl repeats its outlets."""
    return tuple(p.adcode for p in gazetteer.resolve_places(gazetteer.find_places(source), source))


def _host_places(url: str | None) -> tuple[str, ...]:
    """The places a page's host spells in pinyin (kx.yancheng.gov.cn -> 盐城市)."""
    if not url or "." not in url:
        return ()
    host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    return tuple(PLACE_HOSTS[label] for label in host.split(".") if label in PLACE_HOSTS)


def _host_body(url: str | None) -> str | None:
    """The body whose site the page is on, by its domain (nwsuaf.edu.cn: 西北农林科技大学; a
    university's on any subdomain, another body's only bare or www.)."""
    if not url or "." not in url:
        return None
    host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    bare = host.removeprefix(BARE_HOST_PREFIX)
    if bare in INSTITUTION_HOSTS:
        return INSTITUTION_HOSTS[bare]
    if host.endswith("." + UNIVERSITY_DOMAIN):
        domain = ".".join(host.split(".")[-3:])
        return INSTITUTION_HOSTS.get(domain) if domain.endswith(UNIVERSITY_DOMAIN) else None
    return None


def _own_forms_present(text: str) -> set[str]:
    """The publisher's pointing forms (我校, 本会 …) the text holds, in one pass."""
    return set(OWN_FORM_RE.findall(text)) if "我" in text or "本" in text else set()


def abbreviations(text: str, source: str | None = None) -> tuple[tuple[str, str], ...]:
    """Abbreviations an article defines: 首都科技发展战略研究院(以下简称"首科院"); and 我校/我院/
    我所 on a site whose source is its own university or institute (西华大学招生信息网)."""
    own_here = source and _own_forms_present(text)
    out: list[tuple[str, str]] = _own_forms(text, source) if own_here else []
    if not any(mark in text for mark in ABBREV_MARKS):
        return tuple(out)
    for m in ABBREV_RE.finditer(text):
        full = ABBREV_FULL_START.split(m.group("full"))[-1]
        if len(full) > len(m.group("short")) and m.group("short") not in NOT_ALIASES:
            out.append((m.group("short"), full))
    return tuple(out)


def _own_forms(text: str, source: str) -> list[tuple[str, str]]:
    """我校 -> the university the page's source names (西华大学招生信息网), 本所 -> its institute
    (中国科学院某研究所), 我局 -> its bureau: for each pointing form, the source's first body
    that ends with a head of that form's."""
    return [(own, body) for own, heads in OWN_FORMS.items()
            if own in text and (body := _own_body(source, heads))]


def dateline(head: str) -> re.Match[str] | None:
    """DATELINE_RE.search(head): its end (月8日电) found first, in C, and the whole pattern tried
    only from its longest lead before that (the same leftmost match, ~100x cheaper)."""
    tail = DATELINE_TAIL_RE.search(head)
    return DATELINE_RE.search(head, max(0, tail.start() - DATELINE_LEAD_MAX)) if tail else None


def reference_date(doc: CleanDocument) -> date | None:
    """The date relative expressions refer to: a dateline (本报长沙10月16日电) or publication; a
    dateline opening the lead wins over a copy's stamp up to a year later (republished) or two
    months earlier. Without a publication date: the URL's date, sharpened by a dateline that
    falls inside it, or a journal issue's year, as an `ApproximateDate` (what is resolved against
    it is "approx")."""
    pub = parse_iso(doc.metadata.published)
    period = None if pub else url_period(doc.metadata.url)
    anchor = pub or url_reference(doc.metadata.url) or _issue_year(doc.original)
    head = doc.text[:600]
    m = dateline(head) if anchor else None
    if m and anchor:
        month, day = int(m.group("m")), int(m.group("d"))
        year = anchor.year - (1 if month > anchor.month + 1 else 0)
        try:
            d = date(year, month, day)
        except ValueError:
            return anchor
        if pub and abs((pub - d).days) <= 7:
            return d
        if pub and _opens_the_lead(head, m.start("m")) and \
                -_MIRROR_EARLY_DAYS <= (pub - d).days <= _REPUBLISHED_DAYS:
            # a copy's stamp, later (republished) or even earlier than the story: the story's
            # own dateline dates 今天 and 4日
            return d
        if period and period[0] - timedelta(days=31) <= d <= period[1] + timedelta(days=7):
            return approximate(d, "day")
    return anchor


# How far a copy's stamp may lie after (republished) or before (a mirror's clock) the dateline
# that opens its lead, for the dateline to date the story.
_REPUBLISHED_DAYS = 366
_MIRROR_EARLY_DAYS = 62


def _opens_the_lead(head: str, pos: int) -> bool:
    """Does the dateline whose date starts at `pos` open its line ("中新社 珠海7月4日电"), rather
    than stand in a sentence that cites another report ("据新华社5月3日电，…")?"""
    prefix = head[head.rfind("\n", 0, pos) + 1 : pos]
    return len(prefix) <= 16 and not any(c in prefix for c in "，,。；;据")


def _issue_year(original: str) -> date | None:
    """A journal page's issue (2015年第10期): the only date of an abstract page, a year."""
    m = JOURNAL_ISSUE_RE.search(original) if "期" in original else None
    return approximate(date(int(m["y"]), 12, 31), "year") if m else None


def _initiatives(doc: CleanDocument, ctx: ArticleContext) -> tuple[Initiative, ...]:
    """The programmes the article names; those without a place of their own take the article's."""
    regions = gazetteer.load_regions()
    icontext = InitiativeContext(
        province=regions[ctx.province].name if ctx.province else None,
        province_adcode=ctx.province,
        city=regions[ctx.city].name if ctx.city else None,
        city_adcode=ctx.city,
    )
    return extract_initiatives(doc.text, published=doc.metadata.published, context=icontext)


def full_context(text: str, source: str | None = None, url: str | None = None,
                 owner: str | None = None) -> ArticleContext:
    """The article's context with the abbreviations it defines (and the site's own body, for
    我校: from its source, else its host, else its chrome's `owner`, else from the page): what
    the extractors read."""
    # the chrome's owner (主办：某市人民政府) places the site where no source line does (我市)
    ctx = article_context(text, source or owner, url)
    aliases = tuple((short, _whole_name(full, ctx)) for short, full in abbreviations(text, source))
    present = _own_forms_present(text)
    own = [f for f in OWN_FORMS if f in present and all(f != a for a, _ in aliases)]
    offices = sorted({m.group() for m in SCHOOL_OFFICE_RE.finditer(text)}) if "校" in text else []
    if offices and "我校" not in own and all(a != "我校" for a, _ in aliases):
        own.append("我校")
    publisher = _host_body(url) if own else None
    if publisher:  # the site's own body (fzggch.nwsuaf.edu.cn: 西北农林科技大学) before a guess
        # (its kind by its head, a campus in brackets aside: 中国地质大学（武汉）)
        head = TRAILING_QUALIFIER_RE.sub("", publisher)
        by_host = [f for f in own if head.endswith(OWN_FORMS[f])]
        aliases = aliases + tuple((f, publisher) for f in by_host)
        own = [f for f in own if f not in by_host]
    if owner and own:  # the body the site's footer or header names (版权所有 某某研究所)
        by_owner = [(f, full) for f, full in _own_forms(text, owner) if f in own]
        aliases = aliases + tuple(by_owner)
        own = [f for f in own if all(f != g for g, _ in by_owner)]
    aliases = aliases + _bare_own_forms(text, aliases, meta_body(source, url, owner))
    implicit = (set(IMPLICIT_BODY_RE.findall(text)) if any(f in text for f in IMPLICIT_BODIES)
                else set())
    own += [f for f in IMPLICIT_BODIES if f in implicit and all(f != a for a, _ in aliases)]
    if own:
        aliases = aliases + _own_forms_in_text(text, own, ctx)
    if any(cue in text for cue in STATE_COUNCIL_CUES):  # 国资委 alone on a page that names
        # 国务院 or the central enterprises: the State Council's
        aliases = aliases + tuple((short, full) for short, full in STATE_COUNCIL_BARE.items()
                                  if short in text and all(short != a for a, _ in aliases))
    school = next((full for short, full in aliases if short == "我校"), None)
    if school and offices:  # 校教务处 -> 聊城大学教务处; 校团委 -> 共青团聊城大学委员会
        aliases = aliases + tuple(
            (o, f"{YOUTH_LEAGUE}{school}委员会" if o[1:] == YOUTH_OFFICE else school + o[1:])
            for o in offices)
    return ctx.with_aliases(aliases)


def meta_body(source: str | None, url: str | None, owner: str | None) -> tuple[str, ...]:
    """The bodies the page's metadata names as its own, best first: its source line, its
    site's domain, its chrome's owner."""
    return tuple(b for b in (source, _host_body(url), owner) if b)


def _bare_own_forms(text: str, aliases: tuple[tuple[str, str], ...],
                    bodies: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """学校/学会 standing alone on a page whose source, site or chrome names a body of that kind
    (来源：某大学新闻网 … 学校与某市人民政府签署): that body."""
    if not bodies or not any(f in text for f in BARE_OWN_FORMS):
        return ()
    present = set(BARE_OWN_FORM_RE.findall(text))
    out = []
    for form in BARE_OWN_FORMS:
        if form not in present or any(form == a for a, _ in aliases):
            continue
        body = next((b for b in (_own_body(b, BARE_OWN_FORMS[form]) for b in bodies) if b), None)
        if body:
            out.append((form, body))
    return tuple(out)


def _own_body(source: str, heads: tuple[str, ...]) -> str | None:
    """The source's first body that ends with one of `heads` (某大学新闻网 -> 某大学)."""
    if SOURCE_BODY_RE.match(source) is None:
        return None
    run = SOURCE_RUN_RE.match(source)
    name = run.group() if run else ""
    ends = [i + len(h) for h in heads for i in [name.find(h, 2)] if i >= 0]
    return name[:min(ends)] if ends else None


def _whole_name(full: str, ctx: ArticleContext) -> str:
    """The organisation a definition's run of text ends with (…双方见证了湖南大学（以下简称…）:
    湖南大学): the run itself when it is one, else its longest tail that is."""
    if parse_org(full, ctx) is not None:
        return full
    return next((full[i:] for i in range(1, len(full) - 1) if parse_org(full[i:], ctx)), full)


def _own_forms_in_text(text: str, forms: list[str],
                       ctx: ArticleContext) -> tuple[tuple[str, str], ...]:
    """我校/我院/我所/我会 on a page whose source does not name the body, and a bare 管委会: the
    body of that kind the headline names, else the one the page names most (省农科院 … 我院 ->
    江苏省农业科学院; 芜湖高新区 … 管委会), a whole institution before a school inside one."""
    headline_end = text.find("\n")
    mentions = [m for m in find_organisations(text, ctx) if not m.group]
    out = []
    for form in forms:
        heads = OWN_FORMS.get(form) or IMPLICIT_BODIES[form]
        fits = [m for m in mentions if m.name.endswith(heads) and not m.mention.startswith("我")]
        if not fits:
            continue
        # a whole institution (…大学, a place's 学院) before a school inside one (生命科学学院)
        whole = [m for m in fits if m.name.endswith(WHOLE_INSTITUTION_HEADS) or m.adcode]
        fits = whole or fits
        in_headline = [m for m in fits if headline_end < 0 or m.start < headline_end]
        counts = Counter(m.name for m in fits)
        best = in_headline[0].name if in_headline else counts.most_common(1)[0][0]
        out.append((form, best))
    return tuple(out)


def extract(doc: CleanDocument) -> tuple[tuple[Agreement, ...], tuple[Initiative, ...]]:
    """Agreements and initiatives of one clean article."""
    text = doc.text
    if not HAN_CHAR.search(text):
        return (), ()
    meta = doc.metadata
    ctx = full_context(text, meta.source, meta.url, meta.owner)
    agreements = extract_agreements(
        text, ctx, published=parse_iso(meta.published), ref=reference_date(doc),
        source=meta.source, owner=meta.owner,
    )
    return agreements, _initiatives(doc, ctx)

