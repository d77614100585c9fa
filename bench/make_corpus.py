#!/usr/bin/env python3
"""Generate N synthetic but realistic S&T-cooperation news pages, with gold annotations.

    python bench/make_corpus.py N OUT_DIR [--format txt|jsonl|jsonl.gz] [--seed 7] [--workers 2]

Writes OUT_DIR/articles/<id>.txt (or OUT_DIR/articles.jsonl[.gz], one {"id", "text"} object per
line), OUT_DIR/gold.jsonl in the schema of tests/fixtures/gold_corpus.jsonl (so accuracy at scale
is `python ../shared/tools/score.py OUT_DIR/gold.jsonl PRED.jsonl`) and OUT_DIR/manifest.json.

What the pages look like (learned from tests/fixtures/corpus/ and its gold file):
- signings in every model (省会/会市/会地/会会/市市合作, 其他), parties drawn from the real
  gazetteer (bench/gazetteer.py: all 31 mainland provinces, 333 prefecture-level units,
  ~2,800 counties), written in the usual variants (省科协 = 省科学技术协会,
  市政府 = 市人民政府, a bare city name);
- one-with-many signings ("分别与A、B、C三市签订": one agreement per pair), background signings
  recalled with their own date ("2021年5月,双方曾签署…"), and negatives: a draft reviewed at a
  government meeting, a signing announced for next week, an intention only, an anniversary review
  (background only), and S&T news without any signing;
- relative dates (8月8日, 11日, 昨日, 近日) resolved against a publication line in several formats;
- programmes in quotes (“科创中国”, “海智计划” …), platforms (院士专家工作站 …);
- page chrome: nav bars, breadcrumbs, share bars, image placeholders, editor credits, related and
  unrelated headline lists, province/district link lists in footers, ICP lines;
- lengths 300-8,000 characters (log-normal, median ~1,500);
- ~12% Traditional script and ~25% Traditional with tone-marked pinyin after some characters
  (OpenCC s2t, then pypinyin's reading of 25% of the characters whose form changed), the way
  ../shared/corpus/tools/make_noisy.py made the dev corpus. Party mentions in the gold are the
  exact substrings of the noisy text (an inner pinyin note kept, a trailing one left out).

Every article has its own RNG seeded by (seed, index), so the output is identical for any number
of workers, and generation streams: memory does not grow with N.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import multiprocessing as mp
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TextIO

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import opencc
from pypinyin import Style, pinyin

from bench import corpus_text as T
from bench.gazetteer import MUNICIPALITIES, Gazetteer, Region, load_gazetteer

_S2T = opencc.OpenCC("s2t")
CAST = "中国科学技术协会"
PUB_START, PUB_DAYS = date(2016, 1, 1), 3653  # publication dates 2016-01-01 .. 2025-12-31


# ----------------------------------------------------------------------------- parties
@dataclass(frozen=True)
class Party:
    name: str  # canonical full name, as in the gold files
    mentions: tuple[str, ...]  # ways the text may write it
    province: Region | None = None  # seat (None for national bodies)
    city: Region | None = None  # prefecture-level seat
    county: Region | None = None


def gov_name(r: Region) -> str:
    if r.level == "prefecture" and r.name.endswith(("地区", "盟")):
        return f"{r.name}行政公署"
    return f"{r.qualified}人民政府"


def province_gov(p: Region) -> Party:
    return Party(f"{p.name}人民政府", (f"{p.name}人民政府", f"{p.name}政府"), province=p)


def province_kx(p: Region) -> Party:
    short, full = f"{p.name}科协", f"{p.name}科学技术协会"
    return Party(full, (short, short, full), province=p)


def cast() -> Party:
    return Party(CAST, ("中国科协", "中国科协", CAST))


def city_gov(c: Region, prov: Region) -> Party:
    name = gov_name(c)
    mentions = (name, f"{c.name}政府") if name.endswith("人民政府") else (name,)
    return Party(name, mentions, province=prov, city=c)


def city_kx(c: Region, prov: Region) -> Party:
    city = c if c.level == "prefecture" else None
    return Party(f"{c.name}科学技术协会", (f"{c.name}科协", f"{c.name}科学技术协会"),
                 province=prov, city=city)


def county_gov(k: Region, parent: Region, prov: Region) -> Party:
    """The gold files' convention: a district keeps its city (宜昌市夷陵区人民政府), a county or
    county-level city does not (南昌县人民政府, 孟村回族自治县人民政府)."""
    city = parent if parent.level == "prefecture" else None
    name = gov_name(k) if k.name.endswith("区") else f"{k.name}人民政府"
    return Party(name, (f"{k.name}人民政府",), province=prov, city=city, county=k)


def city_bureau(c: Region, prov: Region) -> Party:
    return Party(f"{c.name}科学技术局", (f"{c.name}科技局", f"{c.name}科学技术局"), province=prov,
                 city=c)


def province_dept(p: Region) -> Party:
    return Party(f"{p.name}科学技术厅", (f"{p.name}科技厅", f"{p.name}科学技术厅"), province=p)


# ----------------------------------------------------------------------------- text writer
@dataclass
class Writer:
    """Accumulates the simplified text and the spans of party mentions in it."""

    parts: list[str] = field(default_factory=list)
    pos: int = 0
    spans: list[tuple[int, int]] = field(default_factory=list)

    def put(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def mention(self, s: str) -> int:
        """Write a mention; returns its span index."""
        self.spans.append((self.pos, self.pos + len(s)))
        self.put(s)
        return len(self.spans) - 1

    def line(self, s: str = "") -> None:
        self.put(s + "\n")

    def text(self) -> str:
        return "".join(self.parts)


def render(w: Writer, template: str, slots: dict[str, str], mentions: dict[str, str]) -> dict:
    """Write a template; {A}/{B}/... in `mentions` are recorded as mention spans."""
    out: dict[str, int] = {}
    rest = template
    while "{" in rest:
        head, _, tail = rest.partition("{")
        key, _, rest = tail.partition("}")
        w.put(head)
        if key in mentions:
            span = w.mention(mentions[key])
            out.setdefault(key, span)  # the first mention of a party is the gold one
        else:
            w.put(slots[key])
    w.put(rest)
    return out


# ----------------------------------------------------------------------------- dates
@dataclass(frozen=True)
class When:
    expr: str  # as written
    date: str | None
    precision: str
    before: str | None = None


def event_when(rng: random.Random, pub: date, has_pub_line: bool) -> When:
    if not has_pub_line:
        d = pub - timedelta(days=rng.randint(0, 3))
        return When(f"{d.year}年{d.month}月{d.day}日", d.isoformat(), "day")
    r = rng.random()
    if r < 0.45:
        d = pub - timedelta(days=rng.choice((0, 1, 1, 1, 2, 3, 5)))
        return When(f"{d.month}月{d.day}日", d.isoformat(), "day")
    if r < 0.60:
        d = pub - timedelta(days=rng.choice((0, 1, 2)))
        if d.month == pub.month:
            return When(f"{d.day}日", d.isoformat(), "day")
        return When(f"{d.month}月{d.day}日", d.isoformat(), "day")
    if r < 0.72:
        d = pub - timedelta(days=1)
        return When(rng.choice(("昨日", "昨天")), d.isoformat(), "day")
    if r < 0.80:
        return When(f"{pub.year}年{pub.month}月{pub.day}日", pub.isoformat(), "day")
    return When(rng.choice(("近日", "日前", "近日")), pub.isoformat(), "approx", pub.isoformat())


def past_when(rng: random.Random, pub: date) -> When:
    y = pub.year - rng.randint(1, 6)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    r = rng.random()
    if r < 0.5:
        return When(f"{y}年{m}月", f"{y}-{m:02d}", "month")
    if r < 0.8:
        return When(f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", "day")
    return When(f"{y}年", str(y), "year")


# ----------------------------------------------------------------------------- one article
@dataclass
class Signing:
    parties: tuple[Party, ...]
    model: str
    type: str
    when: When | None
    new: bool = True
    status: str | None = None  # for non-signings: planned | intention
    spans: list[int] = field(default_factory=list)  # mention span index per party


def places(parties: tuple[Party, ...]) -> tuple[list[str], list[str], list[str]]:
    provs, cities, counties = [], [], []
    for p in parties:
        if p.province and p.province.name not in provs:
            provs.append(p.province.name)
        if p.city and p.city.name not in cities:
            cities.append(p.city.name)
        if p.county and p.county.qualified not in counties:
            counties.append(p.county.qualified)
    return provs, cities, counties


class ArticleMaker:
    """Builds one article (text + gold) from a seeded RNG."""

    def __init__(self, gaz: Gazetteer, seed: int) -> None:
        self.gaz = gaz
        self.seed = seed
        self.cities_by_prov = {p.adcode[:2]: gaz.prefectures_of(p.adcode) for p in gaz.provinces}
        self.counties_by_parent: dict[str, list[Region]] = {}
        for c in gaz.counties:
            self.counties_by_parent.setdefault(f"{c.adcode[:2]}{c.prefecture}", []).append(c)

    # -- parties
    def _prov(self, rng: random.Random) -> Region:
        return rng.choice(self.gaz.provinces)

    def _city(self, rng: random.Random, prov: Region) -> Region | None:
        cities = self.cities_by_prov[prov.adcode[:2]]
        return rng.choice(cities) if cities else None

    def scenario(self, rng: random.Random) -> tuple[str, list[Signing], Region, Region | None]:
        """(kind, signings, main province, main city)."""
        kind = rng.choices(T.KINDS, weights=T.KIND_WEIGHTS)[0]
        prov = self._prov(rng)
        while kind not in ("省会", "会会", "会地", "资讯") and prov.adcode[:2] in MUNICIPALITIES:
            prov = self._prov(rng)  # the other kinds need a prefecture-level city
        city = self._city(rng, prov)
        typ = rng.choice(T.AGREEMENT_TYPES)
        if kind == "省会":
            return kind, [Signing((province_gov(prov), cast()), "省会合作", typ, None)], prov, None
        if kind == "会会":
            other = rng.choice([p for p in self.gaz.provinces if p != prov])
            s = Signing((province_kx(prov), province_kx(other)), "会会合作", typ, None)
            return kind, [s], prov, None
        if kind == "会地":
            parent = prov if prov.adcode[:2] in MUNICIPALITIES else city
            assert parent is not None
            counties = self.counties_by_parent.get(f"{parent.adcode[:2]}{parent.name}") or []
            if counties:
                k = rng.choice(counties)
                s = Signing((city_kx(parent, prov), county_gov(k, parent, prov)), "会地合作",
                            rng.choice(("会地合作协议", *T.AGREEMENT_TYPES)), None)
                return kind, [s], prov, parent if parent.level == "prefecture" else None
            kind = "会市"
        if city is None:  # a municipality whose districts the gazetteer lacks
            s = Signing((province_gov(prov), cast()), "省会合作", typ, None)
            return "省会", [s], prov, None
        if kind == "多市":
            named = [c for c in self.cities_by_prov[prov.adcode[:2]]
                     if c.name.endswith("市") and c.short != prov.short]
            if len(named) >= 2:
                chosen = rng.sample(named, min(len(named), rng.randint(2, 5)))
                kx = province_kx(prov)
                ss = [Signing((kx, city_gov(c, prov)), "会市合作", "会市合作协议", None)
                      for c in chosen]
                return kind, ss, prov, None
            kind = "会市"
        if kind == "市市":
            other_prov = rng.choice(self.gaz.provinces) if rng.random() < 0.4 else prov
            other = self._city(rng, other_prov)
            if other and other != city and city.name.endswith("市") and other.name.endswith("市"):
                s = Signing((city_bureau(city, prov), city_bureau(other, other_prov)), "市市合作",
                            typ, None)
                return kind, [s], prov, city
            kind = "会市"
        if kind == "其他":
            s = Signing((province_dept(prov), city_gov(city, prov)), "其他", typ, None)
            return kind, [s], prov, city
        # 会市, and the negatives, which are about a 会市 pair
        s = Signing((province_kx(prov), city_gov(city, prov)), "会市合作", typ, None)
        return kind, [s], prov, city

    # -- writing
    def make(self, index: int) -> tuple[str, str, dict]:
        rng = random.Random(f"{self.seed}:{index}")
        art_id = f"s{index:07d}"
        kind, signings, prov, city = self.scenario(rng)
        region = city or prov
        pub = PUB_START + timedelta(days=rng.randrange(PUB_DAYS))
        has_pub_line = rng.random() > 0.05
        site = T.site_name(rng, prov, city)
        author = rng.choice(T.SURNAMES) + rng.choice(T.GIVEN) if rng.random() < 0.2 else None
        target = min(8000, max(300, int(rng.lognormvariate(math.log(1500), 0.6))))
        noise: list[str] = []
        news = rng.choice(T.NEWS)
        w = Writer()
        chrome = rng.random() < 0.55
        if chrome:
            w.line(f"{site} | " + "  ".join(rng.sample(T.NAV_ITEMS, rng.randint(5, 9))))
            w.line()
            w.line(rng.choice(T.BREADCRUMBS))
            w.line()
            noise += ["nav", "breadcrumb"]
        w.line(T.headline(rng, kind, signings, region, news))
        w.line()
        if has_pub_line:
            w.line(T.pub_line(rng, pub, site, author))
            w.line()
        if chrome and rng.random() < 0.5:
            w.line("【字体:大 中 小】   分享到:微信  微博  QQ空间")
            w.line()
            noise.append("share-bar")

        if kind == "资讯":
            signings = []
        when = past_when(rng, pub) if kind == "周年" else event_when(rng, pub, has_pub_line)
        mentions: dict[str, str] = {}
        for i, s in enumerate(signings):
            keys = ("A", "B") if len(signings) == 1 else ("A", f"C{i}")
            for key, p in zip(keys, s.parties, strict=True):
                if key not in mentions:
                    bare = kind == "多市" and key != "A" and p.city is not None
                    mentions[key] = p.city.short if bare and p.city else rng.choice(p.mentions)
        years = pub.year - int(when.date[:4]) if when.date else 0
        slots = {"D": when.expr, "T": signings[0].type if signings else "",
                 "P": region.short, "R": region.short,
                 "N": T.CN_NUM[min(10, years if kind == "周年" else len(signings))]}
        spans = render(w, T.lead_template(rng, kind, len(signings), news), slots, mentions)
        w.put("\n\n")
        gold_agr: list[Signing] = []
        non: list[Signing] = []
        for i, s in enumerate(signings):
            keys = ("A", "B") if len(signings) == 1 else ("A", f"C{i}")
            s.spans = [spans[k] for k in keys]
            if kind in ("草案", "拟签", "意向"):
                s.status, s.new = ("intention" if kind == "意向" else "planned"), False
                non.append(s)
            else:
                s.when, s.new = when, kind != "周年"
                gold_agr.append(s)

        inits = T.pick_initiatives(rng, prov)
        body = T.body_paragraphs(rng, region, inits, target - w.pos, kind)
        earlier = None
        if len(gold_agr) == 1 and rng.random() < (0.15 if kind != "周年" else 0.0):
            earlier = past_when(rng, pub)
        for k, para in enumerate(body):
            if k == 1 and earlier is not None:
                first = gold_agr[0]
                bs = Signing(first.parties, first.model, rng.choice(T.AGREEMENT_TYPES), earlier,
                             new=False)
                m = {"A": rng.choice(bs.parties[0].mentions),
                     "B": rng.choice(bs.parties[1].mentions)}
                sp = render(w, rng.choice(T.BACKGROUND), {"D": earlier.expr, "T": bs.type}, m)
                bs.spans = [sp["A"], sp["B"]]
                w.put("\n\n")
                gold_agr.append(bs)
            w.line(para)
            w.line()
        if rng.random() < 0.5:
            w.line(T.editor_credit(rng))
            w.line()
            noise.append("editor-credits")
        if chrome:
            noise += T.footer(w, rng, self.gaz, prov, city, pub)
        simplified = w.text()

        script = rng.choices(("simplified", "traditional", "traditional+pinyin"),
                             weights=(63, 12, 25))[0]
        text, offsets = to_script(simplified, script, rng)
        if script == "traditional+pinyin":
            noise.insert(0, "pinyin-annotations")

        def mention_of(span_index: int) -> str:
            a, b = w.spans[span_index]
            return text[offsets[a]: offsets[b - 1] + 1]

        def gold_signing(s: Signing) -> dict:
            wh = s.when if s.status is None else None
            provs, cities, counties = places(s.parties)
            g: dict = {"parties": [p.name for p in s.parties],
                       "party_mentions": [mention_of(i) for i in s.spans],
                       "date": wh.date if wh else None,
                       "date_precision": wh.precision if wh else "unknown"}
            if wh and wh.before:
                g["date_before"] = wh.before
            g.update({"type": s.type, "model": s.model, "provinces": provs, "cities": cities})
            if counties:
                g["counties"] = counties
            g.update({"is_new_signing": s.new and s.status is None,
                      "background": not s.new and s.status is None})
            if s.status:
                g["status"] = s.status
            return g

        gold = {"id": art_id, "published": pub.isoformat() if has_pub_line else None,
                "source": site if has_pub_line else None, "author": author if has_pub_line
                else None, "script": script, "noise": list(dict.fromkeys(noise)),
                "synthetic": True, "kind": kind,
                "agreements": [gold_signing(s) for s in gold_agr],
                "initiatives": [{"name": i.name, "family": i.family, "region": region.qualified,
                                 "kind": i.kind} for i in inits if i.gold]}
        event = "全国科普日"  # the event of that news story
        if kind == "资讯" and event in news[0] and all(i.name != event for i in inits):
            gold["initiatives"].append({"name": event, "family": "科普",
                                        "region": region.qualified, "kind": "event"})
        if non:
            gold["non_signings"] = [gold_signing(s) for s in non]
        return art_id, text, gold


# ----------------------------------------------------------------------------- scripts
@lru_cache(maxsize=8192)
def _reading(ch: str) -> str:
    return pinyin(ch, style=Style.TONE)[0][0]


def to_script(text: str, script: str, rng: random.Random,
              rate: float = 0.25) -> tuple[str, list[int]]:
    """(noisy text, offsets): offsets[i] = index in the output of input character i."""
    if script == "simplified":
        return text, list(range(len(text)))
    trad = _S2T.convert(text)
    if len(trad) != len(text):  # keep offsets aligned: convert character by character
        trad = "".join(c2 if len(c2 := _S2T.convert(c)) == 1 else c for c in text)
    if script == "traditional":
        return trad, list(range(len(text)))
    out: list[str] = []
    offsets: list[int] = []
    pos = 0
    for s_ch, t_ch in zip(text, trad, strict=True):
        offsets.append(pos)
        out.append(t_ch)
        pos += 1
        if t_ch != s_ch and rng.random() < rate:
            note = f"({_reading(s_ch)})"
            out.append(note)
            pos += len(note)
    return "".join(out), offsets


# ----------------------------------------------------------------------------- driver
_MAKER: ArticleMaker | None = None


def _init(gaz_pref: str, seed: int) -> None:
    global _MAKER
    _MAKER = ArticleMaker(load_gazetteer(gaz_pref), seed)


def _make_chunk(bounds: tuple[int, int]) -> list[tuple[str, str, dict]]:
    assert _MAKER is not None
    return [_MAKER.make(i) for i in range(*bounds)]


def generate(n: int, seed: int = 7, workers: int = 1, gazetteer: str = "auto",
             start: int = 1, chunk: int = 200) -> Iterator[tuple[str, str, dict]]:
    """Yield (id, text, gold) for articles start .. start+n-1, in order."""
    bounds = [(i, min(i + chunk, start + n)) for i in range(start, start + n, chunk)]
    if workers <= 1:
        _init(gazetteer, seed)
        for b in bounds:
            yield from _make_chunk(b)
        return
    with mp.get_context("fork").Pool(workers, _init, (gazetteer, seed)) as pool:
        for batch in pool.imap(_make_chunk, bounds):
            yield from batch


def _open_text(path: Path) -> TextIO:
    if path.suffix == ".gz":
        return gzip.open(path, "wt", encoding="utf-8", compresslevel=3, newline="\n")
    return path.open("w", encoding="utf-8", newline="\n")


def write_corpus(n: int, out_dir: Path, fmt: str = "txt", seed: int = 7, workers: int = 1,
                 gazetteer: str = "auto") -> dict:
    """Write the articles, gold.jsonl and manifest.json; returns the manifest."""
    out_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    stats = {"articles": 0, "chars": 0, "bytes": 0, "agreements": 0, "non_signings": 0,
             "initiatives": 0, "scripts": {}, "kinds": {}}
    dump: TextIO | None = None
    art_dir = out_dir / "articles"
    if fmt == "txt":
        art_dir.mkdir(exist_ok=True)
    else:
        dump = _open_text(out_dir / f"articles.{fmt}")
    try:
        with (out_dir / "gold.jsonl").open("w", encoding="utf-8", newline="\n") as gold_f:
            for art_id, text, gold in generate(n, seed, workers, gazetteer):
                data = text.encode("utf-8")
                if dump is None:
                    (art_dir / f"{art_id}.txt").write_bytes(data)
                else:
                    dump.write(json.dumps({"id": art_id, "text": text}, ensure_ascii=False) + "\n")
                gold_f.write(json.dumps(gold, ensure_ascii=False) + "\n")
                stats["articles"] += 1
                stats["chars"] += len(text)
                stats["bytes"] += len(data)
                stats["agreements"] += len(gold["agreements"])
                stats["non_signings"] += len(gold.get("non_signings", ()))
                stats["initiatives"] += len(gold["initiatives"])
                for key, val in (("scripts", gold["script"]), ("kinds", gold["kind"])):
                    stats[key][val] = stats[key].get(val, 0) + 1
    finally:
        if dump is not None:
            dump.close()
    manifest = {"n": n, "seed": seed, "format": fmt, "gazetteer": load_gazetteer(gazetteer).source,
                **stats, "seconds": round(time.perf_counter() - t0, 2)}
    (out_dir / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1)
                                           + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--format", choices=("txt", "jsonl", "jsonl.gz"), default="txt")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--gazetteer", choices=("auto", "regions", "cpca"), default="auto",
                    help="auto: etl/data/regions.csv when present, else cpca's adcodes.csv")
    args = ap.parse_args(argv)
    m = write_corpus(args.n, args.out_dir, args.format, args.seed, args.workers, args.gazetteer)
    print(f"{m['articles']} articles, {m['chars'] / 1e6:.1f} M chars, {m['bytes'] / 1e6:.1f} MB, "
          f"{m['agreements']} agreements, {m['non_signings']} non-signings, "
          f"{m['initiatives']} initiatives in {m['seconds']} s -> {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
