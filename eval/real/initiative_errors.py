#!/usr/bin/env python3
"""Initiative errors of a kept export, as counts by class (safe on the test split).

    .venv/bin/python eval/real/score_real.py --split dev --with-url --keep /tmp/kept
    .venv/bin/python eval/real/initiative_errors.py /tmp/kept/pred.jsonl [--show]

Scoring matches initiatives on their exact canonical name per page (tests/scoring.py). Every
error is put in one class, and the classes are printed as COUNTS ONLY (no name, no evidence, no
page text), so the script may run on an export of the test split:

- `boundary` miss: an extra of the page overlaps the gold name; by how (the extra is longer:
  `pred-longer`, shorter: `pred-shorter`, else `pred-other`); the overlapping extras are
  `boundary-extra`;
- `miss-written`: the clean text holds the gold name as the gold writes it, nothing overlapping
  was extracted (split: quoted in the text or not, the gold's head class);
- `miss-cleaned`: the raw page holds it, the clean text does not (cleaning dropped it);
- `miss-normalised`: the gold name is not written as such (the annotator normalised it);
- `extra`: a predicted name that overlaps no gold name, split by: quoted (《》“”) in the text or
  not, the head class of the name, the predicted kind, whether the page is a negative
  (`negative` in the annotations) and whether the page has any gold initiative at all.
Matched names: family and kind agreement (gold → predicted labels, no names).

`--show` lists the errors with names and evidence, for dev pages only (terminal only, never
commit it); it refuses to print anything of a test page.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from tests.scoring import canon  # noqa: E402

ANNOTATIONS = HERE / "annotations.jsonl"
TEXTS = HERE / "texts"
OPEN_QUOTES, CLOSE_QUOTES = "《“「『‘\"", "》”」』’\""

# head classes by the word a name ends with (longest first): what kind of thing it names
HEAD_CLASSES = [
    ("designation", ("试点城市", "试点园区", "试点县", "试点单位", "试点", "示范区", "示范县",
                     "示范市", "示范城市", "示范城区", "示范基地", "示范点", "示范镇",
                     "创新型城市", "创新型县", "城市", "县", "园区")),
    ("programme", ("计划", "工程", "行动", "项目", "专项", "活动", "品牌", "中国")),
    ("facility", ("基地", "工作站", "服务站", "站", "中心", "平台", "研究院", "实验室",
                  "科学城", "科技城", "园", "院", "室", "港", "谷", "城", "小院")),
    ("event", ("论坛", "大会", "年会", "峰会", "博览会", "交易会", "洽谈会", "会", "大赛", "赛",
               "节", "周", "月", "日", "行")),
    ("document", ("要点", "方案", "规划", "纲要", "意见", "办法")),
]


def head_class(name: str) -> str:
    bare = name.rstrip("）)")
    if "（" in bare and not bare.endswith("）"):
        bare = bare.split("（")[0]
    best = ("none", 0)
    for cls, heads in HEAD_CLASSES:
        for h in heads:
            if bare.endswith(h) and len(h) > best[1]:
                best = (cls, len(h))
    return best[0]


def overlaps(a: str, b: str) -> bool:
    """One name inside the other, or most of their characters shared."""
    return a in b or b in a or len(set(a) & set(b)) >= max(3, 0.6 * min(len(a), len(b)))


def how_overlaps(gold: str, pred: str) -> str:
    if gold in pred:
        return "pred-longer"
    if pred in gold:
        return "pred-shorter"
    return "pred-other"


def quoted_in(text: str, name: str) -> str:
    """`quoted` when some occurrence of ``name`` sits inside a pair of quote marks, `unquoted`
    when it occurs only outside them, `absent` when the text does not hold it as written."""
    if not name:
        return "absent"
    found, i = False, text.find(name)
    while i >= 0:
        found = True
        before = text[max(0, i - 40):i]
        last_open = max(before.rfind(c) for c in OPEN_QUOTES)
        last_close = max(before.rfind(c) for c in CLOSE_QUOTES)
        if last_open > last_close or text[i + len(name):i + len(name) + 1] in CLOSE_QUOTES:
            return "quoted"
        i = text.find(name, i + 1)
    return "unquoted" if found else "absent"


def raw_text(page_id: str, texts: Path = TEXTS) -> str:
    f = texts / f"{page_id}.txt"
    return f.read_text(encoding="utf-8") if f.is_file() else ""


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("export", type=Path, help="pred.jsonl kept by score_real.py --keep")
    ap.add_argument("--annotations", type=Path, default=ANNOTATIONS,
                    help="annotation file (an invented set: eval/synthetic/annotations.jsonl)")
    ap.add_argument("--texts", type=Path, default=TEXTS, help="folder of the raw <id>.txt texts")
    ap.add_argument("--show", action="store_true",
                    help="list every error of the dev pages (names, evidence: terminal only)")
    args = ap.parse_args(argv)
    gold = {}
    for line in args.annotations.read_text(encoding="utf-8").splitlines():
        if line.strip():
            page = json.loads(line)
            gold[page["id"]] = page
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    rows = []
    tp = fp = fn = 0
    splits: Counter[str] = Counter()
    for line in args.export.read_text(encoding="utf-8").splitlines():
        pred = json.loads(line)
        page = gold.get(pred["id"])
        if page is None:
            continue
        splits[page.get("split", "?")] += 1
        showable = page.get("split") == "dev"
        text = pred.get("text") or ""
        ctext = canon(text)
        craw = canon(raw_text(pred["id"], args.texts))
        g = {canon(i["name"]): i for i in page.get("initiatives", [])}
        p = {canon(i.get("name")): i for i in pred.get("initiatives", [])}
        misses = [n for n in g if n not in p]
        extras = [n for n in p if n not in g]
        tp, fp, fn = tp + len(g) - len(misses), fp + len(extras), fn + len(misses)
        neg = "negative" if page.get("negative") else "signing-page"
        has_gold = "page-with-gold" if g else "page-without-gold"
        if g and not p:
            counts["pages"]["gold but no prediction"] += 1
        if p and not g:
            counts["pages"]["prediction but no gold"] += 1
        for n in g:
            if n in p:
                gi, pi = g[n], p[n]
                counts["matched family (gold->pred)"][
                    f"{gi.get('family')}->{pi.get('family')}"] += 1
                counts["matched kind"]["same" if gi.get("kind") == pi.get("kind") else
                                       f"{gi.get('kind')}->{pi.get('kind')}"] += 1
        used: set[str] = set()
        for m in misses:
            gi = g[m]
            near = [e for e in extras if overlaps(m, e)]
            if near:
                kind = "boundary"
                counts["boundary by how"][how_overlaps(m, near[0])] += 1
            elif m in ctext:
                kind = "miss-written"
                counts["miss-written: quoted?"][quoted_in(text, gi["name"])] += 1
            elif m in craw:
                kind = "miss-cleaned"
            else:
                kind = "miss-normalised"
            used.update(near)
            counts["misses"][kind] += 1
            counts[f"{kind} by gold family"][gi.get("family") or "?"] += 1
            counts[f"{kind} by gold kind"][gi.get("kind") or "?"] += 1
            counts[f"{kind} by head class"][head_class(m)] += 1
            counts[f"{kind} by page"][neg] += 1
            if showable:
                rows.append((kind, gi.get("family"), pred["id"], gi["name"], " | ".join(near)))
        for e in extras:
            pi = p[e]
            kind = "boundary-extra" if e in used else "extra"
            counts["extras"][kind] += 1
            if kind == "boundary-extra":
                continue
            counts["extra: quoted?"][quoted_in(text, pi.get("name") or "")] += 1
            counts["extra by head class"][head_class(e)] += 1
            counts["extra by predicted kind"][pi.get("kind") or "?"] += 1
            counts["extra by predicted family"][pi.get("family") or "?"] += 1
            counts["extra by page"][f"{neg}, {has_gold}"] += 1
            if showable:
                rows.append((kind, pi.get("family"), pred["id"], pi.get("name"),
                             (pi.get("evidence") or "")[:90]))
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"pages {dict(splits)}  tp {tp} fp {fp} fn {fn}  P {prec:.3f} R {rec:.3f} F1 {f1:.3f}")
    for title, c in counts.items():
        print(f"{title}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    if args.show:
        for row in sorted(rows, key=lambda r: (r[0], r[2])):
            print(*row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
