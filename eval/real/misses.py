#!/usr/bin/env python3
"""Where the agreement misses and extras come from, as counts only.

    .venv/bin/python eval/real/misses.py                 # the dev split
    .venv/bin/python eval/real/misses.py --split test    # counts only: prints no page text

score_real.py says how many agreements are missed; this says why, by class, so a round of work
can aim at the largest class without reading pages (on the test split it must not be read).
Every miss is put in one class by comparing the gold agreement with the page's predictions:

- no-agreement-on-page: the page yields no agreement at all. For these pages a second table
  follows each trigger (签署/签订/签约 … of `voc.TRIGGER_RE`) in the clean text: how many
  organisations the recogniser finds in its sentence, and how many of the gold parties it names
  anywhere on the page under their gold canonical names;
- partner-named-differently: a prediction of the same size shares a party (one party named
  another way, or another counterpart);
- prediction-has-more / -fewer-parties: a prediction shares a party but not the size;
- page-has-other-agreements-only: predictions exist, none shares a party.
Extras: on a page without a gold signing, overlapping a missed gold (the naming twin of a miss),
overlapping a matched gold (a split or a duplicate), or unrelated.

A third table breaks "partner-named-differently" down by the kind of difference between the
predicted and the gold name of the party that differs (`name_difference`, computed from the two
names alone): the smallest combination of naming steps that makes them equal (中华人民共和国 in
front, a place in front added/missing/of another level, 人民政府/政府/管委会, a legal ending, 国家
in a zone's name, a zone's long/short form), else a sub-unit of the other (学院 of a 大学), a
substring, a short form (the characters of one in order in the other), other characters of the
same length, or unrelated (another counterpart).
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from etl.cleaning.clean import clean_document  # noqa: E402
from etl.extraction import gazetteer  # noqa: E402
from etl.extraction.article import full_context  # noqa: E402
from etl.extraction.organisations import find_organisations  # noqa: E402
from etl.reading.readers import iter_documents  # noqa: E402
from etl.vocabulary import signing as voc  # noqa: E402
from eval.real.score_real import TEXTS, load_annotations, predict, present_texts  # noqa: E402
from tests.scoring import canon, party_key  # noqa: E402

SENTENCE_END = re.compile(r"[。！？!?\n]")

PRC = "中华人民共和国"
# How a government's or a zone's committee's name may end (the step "人民政府/政府/管委会").
GOVERNMENT_ENDS = ("人民政府", "政府", "管理委员会", "管委会", "行政公署", "办事处")
# A firm's legal ending (the step "legal ending"), longest first.
LEGAL_ENDS = ("集团股份有限公司", "集团有限责任公司", "集团有限公司", "股份有限公司",
              "有限责任公司", "有限公司", "集团", "公司")
# A zone written long or short (高新技术产业开发区 = 高新区, 经济技术开发区 = 经开区).
ZONE_FORMS = (("高新技术产业开发区", "高新区"), ("经济技术开发区", "经开区"))
# What a unit of a body ends with (学院 of a 大学, 研究所 of an academy, 科研处 of a university).
UNIT_HEADS = ("学院", "研究所", "研究院", "研究中心", "中心", "实验室", "处", "系", "部", "分院",
              "分公司", "子公司", "所", "站", "基地", "委员会", "分会", "办公室")


def _strip_end(name: str, ends: tuple[str, ...]) -> str:
    for end in ends:
        if name.endswith(end) and len(name) > len(end):
            return name[: -len(end)]
    return name


def _places_in_front(name: str) -> tuple[tuple[str, ...], str]:
    """The places a name starts with (安徽省合肥市, 广东) and the rest."""
    places: list[str] = []
    end = 0
    for p in gazetteer.find_places(name):
        if p.start != end or not p.candidates:
            break
        places.append(p.candidates[0])
        end = p.end
    return tuple(places), name[end:]


def _steps() -> list[tuple[str, object]]:
    def prc(n: str) -> str:
        return n[len(PRC):] if n.startswith(PRC) else n

    def gov(n: str) -> str:
        return _strip_end(n, GOVERNMENT_ENDS)

    def legal(n: str) -> str:
        return _strip_end(_strip_end(n, LEGAL_ENDS), LEGAL_ENDS)

    def state(n: str) -> str:
        return n.replace("国家", "") if any(z in n for z, _ in ZONE_FORMS) or any(
            s in n for _, s in ZONE_FORMS) else n

    def zone(n: str) -> str:
        for long, short in ZONE_FORMS:
            n = n.replace(long, short)
        return n

    return [("中华人民共和国 prefix", prc), ("人民政府/政府/管委会 ending", gov),
            ("legal ending (有限公司/集团)", legal), ("国家 in a zone's name", state),
            ("zone long/short form", zone)]


def _place_kind(pred: str, gold: str) -> str | None:
    """How the places in front differ when the rest is the same, or None."""
    pp, prest = _places_in_front(pred)
    gp, grest = _places_in_front(gold)
    if prest != grest or pp == gp:
        return None
    if not pp:
        return "place prefix missing in prediction"
    if not gp:
        return "place prefix added in prediction"
    regions = gazetteer.load_regions()
    if set(gp) < set(pp):
        return "place chain longer in prediction (a higher level added, or a lower one)"
    if set(pp) < set(gp):
        return "place chain shorter in prediction (a level of the gold's chain missing)"
    if regions[pp[-1]].level == regions[gp[-1]].level:
        return "another place of the same level"
    return "another place of another level (省 for 市, 市 for 区 …)"


def name_difference(pred: str, gold: str) -> str:
    """The kind of difference between a predicted and a gold canonical name (mechanical)."""
    if pred == gold:
        return "same"
    steps = _steps()
    # the smallest combination of naming steps (and a place in front) that makes them equal
    for size in range(len(steps) + 1):
        for combo in _combinations(steps, size):
            a, b = pred, gold
            for _, f in combo:
                a, b = f(a), f(b)  # type: ignore[operator]
            labels = [lbl for lbl, _ in combo]
            if a == b and combo:
                return " + ".join(labels)
            place = _place_kind(a, b)
            if place is not None:
                return " + ".join([place, *labels])
    short, long_ = sorted((pred, gold), key=len)
    who = "prediction" if short == pred else "gold"
    if long_.startswith(short) and long_[len(short):].endswith(UNIT_HEADS):
        return f"sub-unit vs parent ({who} names the parent)"
    _, s_rest = _places_in_front(short)
    if s_rest and long_.endswith(UNIT_HEADS) and s_rest in long_ and not long_.endswith(s_rest):
        return f"sub-unit vs parent ({who} names the parent)"
    if short in long_:
        return f"substring ({who} is inside the other)"
    it = iter(long_)
    if all(ch in it for ch in short):
        return f"short form vs full form ({who} is the short one)"
    if len(pred) == len(gold) and \
            sum(a != b for a, b in zip(pred, gold, strict=True)) <= len(gold) // 3:
        return "other characters (same length)"
    return "unrelated (another counterpart or another body)"


# The kind of body a gold name is, by its ending (for the breakdown's second column).
GOLD_HEADS = (("government", ("人民政府", "政府", "行政公署")), ("科协", ("科学技术协会",)),
              ("zone", ("管理委员会", "开发区", "高新区", "新区")),
              ("bureau/ministry", ("局", "厅", "部", "委员会", "署")),
              ("university", ("大学", "学院")), ("institute", ("研究所", "研究院", "科学院", "中心",
                                                                "实验室")),
              ("enterprise", ("公司", "集团")), ("society", ("学会", "协会", "联合会", "研究会")))


def gold_head(name: str) -> str:
    return next((kind for kind, ends in GOLD_HEADS if name.endswith(ends)), "other")


def _combinations(items: list, size: int) -> list[tuple]:
    from itertools import combinations
    return list(combinations(items, size))


def differing_pairs(gold: dict, near: list[dict]) -> list[tuple[str, str]]:
    """The (predicted, gold) names that differ between a gold agreement and the prediction of
    its size sharing a party with it, paired by the longest run of shared characters."""
    key = party_key(gold)
    pred = next((party_key(p) for p in near if party_key(p) & key
                 and len(party_key(p)) == len(key)), None)
    if pred is None:
        return []
    g_only, p_only = sorted(key - pred), sorted(pred - key)
    pairs = []
    for g in g_only:
        if not p_only:
            break
        best = max(p_only, key=lambda p: (_shared_run(p, g), -abs(len(p) - len(g))))
        p_only.remove(best)
        pairs.append((best, g))
    return pairs


def _shared_run(a: str, b: str) -> int:
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def signed(page: dict) -> list[dict]:
    """The gold agreements the scorer counts (new signings and background ones)."""
    return [a for a in page.get("agreements", []) if a.get("is_new_signing") or a.get("background")]


def miss_class(gold: dict, extras: list[dict], predicted: list[dict]) -> str:
    if not predicted:
        return "no-agreement-on-page"
    key = party_key(gold)
    near = [party_key(p) for p in extras if party_key(p) & key]
    if not near:
        return "page-has-other-agreements-only"
    if len(near[0]) == len(key):
        return "partner-named-differently"
    return "prediction-has-more-parties" if len(near[0]) > len(key) else \
        "prediction-has-fewer-parties"


def extra_class(pred: dict, gold: list[dict], missed: list[dict]) -> str:
    key = party_key(pred)
    if not gold:
        return "page-without-gold-signing"
    if any(party_key(g) & key for g in missed):
        return "overlaps-a-missed-gold"
    if any(party_key(g) & key for g in gold):
        return "overlaps-a-matched-gold (split or duplicate)"
    return "unrelated"


def trigger_funnel(path: Path, url: str | None, gold: list[dict]) -> Counter[str]:
    """Per trigger of a page without predictions: organisations in its sentence, gold parties
    the recogniser names on the page."""
    out: Counter[str] = Counter()
    raw = next(iter_documents(path))
    if url:
        raw = dataclasses.replace(raw, url=url)
    doc = clean_document(raw)
    text = doc.text
    ctx = full_context(text, doc.metadata.source, doc.metadata.url)
    named = {canon(o.party().name) for o in find_organisations(text, ctx, 0, len(text))
             if not o.group}
    on_page = max((len(party_key(a) & named) for a in gold), default=0)
    triggers = list(voc.TRIGGER_RE.finditer(text))
    if not triggers:
        out["page: no trigger in the clean text"] += 1
    for m in triggers:
        ends = [e.end() for e in SENTENCE_END.finditer(text, 0, m.start())]
        s0 = ends[-1] if ends else 0
        after = SENTENCE_END.search(text, m.end())
        s1 = after.start() if after else len(text)
        n = len({o.name for o in find_organisations(text, ctx, s0, s1) if not o.group})
        out[f"trigger: organisations in its sentence = {min(n, 3)}{'+' if n >= 3 else ''}"] += 1
        out[f"trigger: gold parties named on the page = {min(on_page, 2)}"
            f"{'+' if on_page >= 2 else ''}"] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=["dev", "test", "all"], default="dev")
    args = ap.parse_args(argv)
    pages = [p for p in load_annotations() if args.split == "all" or p.get("split") == args.split]
    ok, _, _ = present_texts(pages, TEXTS)
    pred = predict(ok, TEXTS, None, with_url=True)
    misses: Counter[str] = Counter()
    extras: Counter[str] = Counter()
    funnel: Counter[str] = Counter()
    differences: Counter[str] = Counter()
    for page in ok:
        gold, predicted = signed(page), list(pred.get(page["id"], {}).get("agreements", []))
        used: set[int] = set()
        missed = []
        for g in gold:
            hit = next((j for j, p in enumerate(predicted)
                        if j not in used and party_key(p) == party_key(g)), None)
            if hit is None:
                missed.append(g)
            else:
                used.add(hit)
        unmatched = [p for j, p in enumerate(predicted) if j not in used]
        for g in missed:
            kind = miss_class(g, unmatched, predicted)
            misses[kind] += 1
            if kind == "partner-named-differently":
                for p_name, g_name in differing_pairs(g, unmatched):
                    kind = name_difference(p_name, g_name)
                    heads = f"gold: {gold_head(g_name)}" + (
                        f", predicted: {gold_head(p_name)}" if kind.startswith("unrelated") else "")
                    differences[f"{kind} [{heads}]"] += 1
        for p in unmatched:
            extras[extra_class(p, gold, missed)] += 1
        if gold and not predicted:
            funnel["pages with a gold signing and no prediction"] += 1
            funnel += trigger_funnel(TEXTS / f"{page['id']}.txt", page.get("url"), gold)
    print(f"{args.split}: {len(ok)} pages; missed {sum(misses.values())}, "
          f"extra {sum(extras.values())}")
    for title, table in (("missed", misses), ("extra", extras),
                         ("partner-named-differently, by the kind of difference (per party)",
                          differences),
                         ("no-prediction pages", funnel)):
        print(f"{title}:")
        for key, n in sorted(table.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {n:4d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
