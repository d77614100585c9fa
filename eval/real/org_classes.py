#!/usr/bin/env python3
"""Classes of the gold parties the recogniser misses, as COUNTS ONLY (safe on the test split).

    .venv/bin/python eval/real/org_classes.py --split test [--theme kexie-gov]

For each gold party (its canonical name and its mention in the page, as org_recall.py reads
them) that no recognised mention covers with the gold name: `mention not found` or `mention
found, name differs`, then features of the gold mention (pinyin residue, Traditional script,
spaces, relative or pointing form, group, bare place, its head word), whether the gold name is
recognised elsewhere on the page, and, where a mention covers it, how our name differs (ours
shorter or longer, a government or a 管理委员会 added on one side, the gold written as the page
writes it while we changed it). No name, mention or text is printed.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from etl.cleaning.repair import to_simplified  # noqa: E402
from etl.extraction import gazetteer  # noqa: E402
from eval.real.org_recall import gold_parties  # noqa: E402
from eval.real.score_real import TEXTS, load_annotations, present_texts  # noqa: E402
from tests.scoring import canon  # noqa: E402

PINYIN = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]")
RELATIVE = re.compile(r"^(?:我|本|省|市|县|区|州|自治区|该|双方|两)")
HEADS = ("科学技术协会", "科协", "人民政府", "政府", "科技局", "科技厅", "科学技术局",
         "科学技术厅", "大学", "学院", "研究院", "研究所", "科学院", "公司", "集团", "管委会",
         "委员会", "学会", "协会", "智库", "团队", "工作站", "合作社", "中心", "基地", "联盟",
         "商会", "促进会", "医院", "学校", "银行", "分行", "科技馆", "报社", "厂", "村", "镇", "园",
         "局", "厅", "办", "处", "站", "所", "院", "会", "部", "区", "市", "县", "省")
REST_HEADS = ("学院", "研究所", "研究院", "分院", "中心", "实验室", "管理委员会", "委员会",
              "人民政府", "市", "省", "区", "县", "公司", "分行", "处", "部", "站")


def _difference(gold: str, ours: str) -> list[str]:
    """How our name differs from the gold one (classes, no names)."""
    out = []
    for end, what in (("人民政府", "government"), ("管理委员会", "管理委员会")):
        if ours.endswith(end) != gold.endswith(end):
            out.append(f"{what} on {'our' if ours.endswith(end) else 'the gold'} side")
    if ours in gold:
        rest = gold[len(ours):] if gold.startswith(ours) else gold[:len(gold) - len(ours)] \
            if gold.endswith(ours) else ""
        where = "suffix" if gold.startswith(ours) else "prefix" if gold.endswith(ours) else "inside"
        out.append(f"ours shorter: the gold adds a {where} ending with "
                   + next((h for h in REST_HEADS if rest.endswith(h)), "other"))
    elif gold in ours:
        out.append("ours longer")
    return out


def classes(pages: list[dict], with_url: bool = True) -> Counter[str]:
    c: Counter[str] = Counter()
    for _page, name, mention, hit, names in gold_parties(pages, with_url):
        if hit is None or names is None:
            c["lost in cleaning"] += 1
            continue
        c["gold parties"] += 1
        if any(canon(m.name) == canon(name) for m in hit):
            continue
        cls = "mention found, name differs" if hit else "mention not found"
        c[cls] += 1
        simple = to_simplified(mention)
        feats = [f"head: {next((h for h in HEADS if simple.endswith(h)), 'other')}"]
        feats += [f for f, on in (
            ("pinyin residue", PINYIN.search(mention)), ("Traditional", simple != mention),
            ("space", " " in mention or "\u3000" in mention),
            ("relative or pointing", RELATIVE.match(simple)),
            ("group", "等" in simple or "、" in simple),
            ("bare place", gazetteer.region_by_name(simple)),
            ("gold name recognised elsewhere on the page", canon(name) in names),
            ("gold name written as the page writes it", canon(simple) == canon(name)),
        ) if on]
        for m in hit[:1]:
            feats += _difference(canon(name), canon(m.name))
        for f in feats:
            c[f"{cls} | {f}"] += 1
    return c


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=["dev", "test", "all"], default="dev")
    ap.add_argument("--theme", help="only the pages of this theme (kexie-gov, wide-signers, …)")
    args = ap.parse_args(argv)
    pages = [p for p in load_annotations() if (args.split == "all" or p["split"] == args.split)
             and (args.theme is None or p.get("theme") == args.theme)]
    ok, _, _ = present_texts(pages, TEXTS)
    for key, n in sorted(classes(ok).items(), key=lambda kv: (kv[0].split(" |")[0], -kv[1])):
        print(n, key)
    return 0


if __name__ == "__main__":
    sys.exit(main())
