#!/usr/bin/env python3
"""Score an extraction against a gold file (vendored copy of ../shared/tools/score.py).

Usage:
    score.py GOLD.jsonl PREDICTED.jsonl [--show]

Both files hold one JSON object per article, keyed by "id" (the article file's stem), with
"published", "source", "agreements" and "initiatives" in the schema of ../gold/seeds.jsonl.
PREDICTED is what the project's `export --format jsonl` prints.

Agreements are matched on their set of parties (names canonicalised the same way on both sides:
abbreviations expanded, spaces and quotes dropped). A matched agreement is "strict" when its date
agrees too (same value at the gold's precision; an unknown gold date matches anything) and its
new/background flag agrees. Initiatives are matched on their canonical name; "family" is scored
on the matched ones. The last line printed is the headline: agreement F1 (parties), strict F1,
initiative F1.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata

ABBREVIATIONS = [
    ("科协", "科学技术协会"),
    ("科技厅", "科学技术厅"),
    ("科技局", "科学技术局"),
    ("市政府", "市人民政府"),
    ("省政府", "省人民政府"),
    ("区政府", "区人民政府"),
    ("县政府", "县人民政府"),
    ("州政府", "州人民政府"),
]
DROP = re.compile(r"[\s\"'“”‘’《》〈〉「」『』·•]")


def canon(name: str | None) -> str:
    if not name:
        return ""
    s = unicodedata.normalize("NFKC", name)
    s = DROP.sub("", s)
    for short, full in ABBREVIATIONS:
        if full not in s:
            s = s.replace(short, full)
    return s


def load(path: str) -> dict[str, dict]:
    out = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                sys.exit(f"{path}:{n}: not JSON: {e}")
            out[str(rec["id"])] = rec
    return out


def party_key(agreement: dict) -> frozenset[str]:
    return frozenset(canon(p) for p in agreement.get("parties") or [] if p)


def date_ok(gold: dict, pred: dict) -> bool:
    g = gold.get("date")
    if not g or gold.get("date_precision") in (None, "unknown"):
        return True
    p = pred.get("date") or ""
    if gold.get("date_precision") == "approx":
        return p[:4] == g[:4]
    return p[: len(g)] == g


def is_background(a: dict) -> bool:
    return bool(a.get("background")) or a.get("is_new_signing") is False


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: dict[str, dict], pred: dict[str, dict], show: bool = False) -> dict:
    a_tp = a_fp = a_fn = strict_tp = 0
    i_tp = i_fp = i_fn = fam_ok = 0
    pub_ok = pub_n = 0
    missing = [k for k in gold if k not in pred]
    for art_id, g in gold.items():
        p = pred.get(art_id, {})
        if g.get("published"):
            pub_n += 1
            pub_ok += (p.get("published") or "")[:10] == g["published"][:10]
        g_agr = [a for a in g.get("agreements", []) if a.get("is_new_signing") or a.get("background")]
        p_agr = list(p.get("agreements", []))
        used = set()
        for ga in g_agr:
            key = party_key(ga)
            hit = next((j for j, pa in enumerate(p_agr) if j not in used and party_key(pa) == key), None)
            if hit is None:
                a_fn += 1
                if show:
                    print(f"  miss  {art_id}: {sorted(key)} {ga.get('date')}")
                continue
            used.add(hit)
            a_tp += 1
            pa = p_agr[hit]
            if date_ok(ga, pa) and is_background(ga) == is_background(pa):
                strict_tp += 1
            elif show:
                print(f"  loose {art_id}: {sorted(key)} gold {ga.get('date')}/{is_background(ga)}"
                      f" got {pa.get('date')}/{is_background(pa)}")
        for j, pa in enumerate(p_agr):
            if j not in used:
                a_fp += 1
                if show:
                    print(f"  extra {art_id}: {sorted(party_key(pa))} {pa.get('date')}")
        g_ini = {canon(i["name"]): i for i in g.get("initiatives", [])}
        p_ini = {canon(i.get("name")): i for i in p.get("initiatives", [])}
        for name, gi in g_ini.items():
            if name in p_ini:
                i_tp += 1
                fam_ok += p_ini[name].get("family") == gi.get("family")
            else:
                i_fn += 1
        i_fp += len(set(p_ini) - set(g_ini))
    ap, ar, af = f1(a_tp, a_fp, a_fn)
    sp, sr, sf = f1(strict_tp, a_fp + (a_tp - strict_tp), a_fn + (a_tp - strict_tp))
    ip, ir, inf = f1(i_tp, i_fp, i_fn)
    return {
        "articles": len(gold), "missing_articles": missing,
        "agreements": {"tp": a_tp, "fp": a_fp, "fn": a_fn, "precision": ap, "recall": ar, "f1": af},
        "agreements_strict": {"tp": strict_tp, "precision": sp, "recall": sr, "f1": sf},
        "initiatives": {"tp": i_tp, "fp": i_fp, "fn": i_fn, "precision": ip, "recall": ir, "f1": inf,
                        "family_accuracy": fam_ok / i_tp if i_tp else None},
        "published_accuracy": pub_ok / pub_n if pub_n else None,
    }


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2:
        print(__doc__)
        return 2
    result = score(load(args[0]), load(args[1]), show="--show" in argv)
    print(json.dumps(result, ensure_ascii=False, indent=1))
    a, s, i = result["agreements"], result["agreements_strict"], result["initiatives"]
    print(f"agreement F1 {a['f1']:.3f} (P {a['precision']:.3f} R {a['recall']:.3f}) | "
          f"strict F1 {s['f1']:.3f} | initiative F1 {i['f1']:.3f} | "
          f"missing articles {len(result['missing_articles'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
