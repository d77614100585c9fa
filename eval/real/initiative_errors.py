#!/usr/bin/env python3
"""Initiative errors of a kept dev export, by kind and family (issue 11, part 3).

    .venv/bin/python eval/real/score_real.py --split dev --with-url --keep /tmp/kept
    .venv/bin/python eval/real/initiative_errors.py /tmp/kept/pred.jsonl [--show]

Scoring matches initiatives on their exact canonical name (tests/scoring.py), so every gold name
the export misses is one of:
- `boundary`: an extra name of the page overlaps it (a place, an owner, an edition or a head
  too many or too few); the overlapping extras are counted as `boundary-extra`;
- `notfound-in-text`: the clean text holds the gold name, nothing overlapping was extracted;
- `notfound-norm`: the gold name is not in the clean text as written (normalised by the gold);
and every other extra is `extra` (a generic or non-programme span taken as a name).
Dev split only: `--show` prints evidence sentences of the pages (terminal only, never commit it).
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


def overlaps(a: str, b: str) -> bool:
    """One name inside the other, or most of their characters shared."""
    return a in b or b in a or len(set(a) & set(b)) >= max(3, 0.6 * min(len(a), len(b)))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("export", type=Path, help="pred.jsonl kept by score_real.py --keep")
    ap.add_argument("--show", action="store_true", help="list every error (dev pages only)")
    args = ap.parse_args(argv)
    gold = {}
    for line in ANNOTATIONS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            page = json.loads(line)
            if page["split"] == "dev":
                gold[page["id"]] = page
    kinds: Counter[str] = Counter()
    families: dict[str, Counter[str]] = defaultdict(Counter)
    rows = []
    tp = fp = fn = 0
    for line in args.export.read_text(encoding="utf-8").splitlines():
        pred = json.loads(line)
        page = gold.get(pred["id"])
        if page is None:
            continue  # (a test page: never classified here)
        text = canon(pred.get("text") or "")
        g = {canon(i["name"]): i for i in page.get("initiatives", [])}
        p = {canon(i.get("name")): i for i in pred.get("initiatives", [])}
        misses = [n for n in g if n not in p]
        extras = [n for n in p if n not in g]
        tp, fp, fn = tp + len(g) - len(misses), fp + len(extras), fn + len(misses)
        used: set[str] = set()
        for m in misses:
            near = [e for e in extras if overlaps(m, e)]
            kind = "boundary" if near else "notfound-in-text" if m in text else "notfound-norm"
            used.update(near)
            kinds[kind] += 1
            families[g[m].get("family") or "?"][kind] += 1
            rows.append((kind, g[m].get("family"), pred["id"], m, " | ".join(near)))
        for e in extras:
            kind = "boundary-extra" if e in used else "extra"
            kinds[kind] += 1
            if kind == "extra":
                families[p[e].get("family") or "?"][kind] += 1
                rows.append((kind, p[e].get("family"), pred["id"], e,
                             (p[e].get("evidence") or "")[:80]))
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"tp {tp} fp {fp} fn {fn}  P {prec:.3f} R {rec:.3f} F1 {f1:.3f}")
    print("by kind:", dict(kinds))
    for fam, counts in sorted(families.items()):
        print(f"  {fam}: {dict(counts)}")
    if args.show:
        for row in sorted(rows, key=lambda r: (r[0], r[2])):
            print(*row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
