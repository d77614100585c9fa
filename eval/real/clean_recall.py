#!/usr/bin/env python3
"""How much of the article the cleaning stage keeps on the real pages (the dev split).

    .venv/bin/python eval/real/clean_recall.py               # totals and the worst pages
    .venv/bin/python eval/real/clean_recall.py --lines       # + every dropped line and its reason
    .venv/bin/python eval/real/clean_recall.py --page a007   # one page in full

For every page it runs the real `clean_document` (the build's reader first) and checks which gold
facts survive: the agreements' `party_mentions` (written as on the page, so passed through the same
repairs: pinyin notes out, Traditional -> Simplified) and the initiatives' names (NFKC, quotes and
spaces ignored). A fact counts only when the repaired page holds it ("findable"); it survives when
the clean text holds it too. Characters kept are the clean text's Han characters over the repaired
page's. With --lines, every line the boilerplate stage drops is printed with its reason: the line's
kind and where it lies (before the body, inside it, after it). The output quotes page text: it is
for the terminal, never for git.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from etl.cleaning import boilerplate, repair  # noqa: E402
from etl.cleaning.clean import clean_document  # noqa: E402
from etl.reading.readers import iter_documents  # noqa: E402
from etl.records import RawDocument  # noqa: E402

ANNOTATIONS = HERE / "annotations.jsonl"
TEXTS = HERE / "texts"
_DROP = re.compile(r"[\s\"'“”‘’《》〈〉「」『』·•]")  # the scorer's canon marks
_HAN = re.compile(r"[\u3400-\u9fff]")


def _norm(s: str) -> str:
    """As the scorer compares names: NFKC (full-width brackets as ASCII), marks dropped."""
    return _DROP.sub("", unicodedata.normalize("NFKC", s))


def _mention(s: str) -> str:
    return _norm(repair.repair_text(s).text)


def why_dropped(seg: boilerplate.Segmentation, line: boilerplate.Line) -> str:
    """The reason a line is not in the clean text: its kind and its place around the body."""
    if line.idx < seg.body_start:
        where = "before the body"
    elif line.idx >= seg.body_end:
        where = "after the body"
    else:
        where = "inside the body"
    if seg.body_end == 0:
        where = "no body found"
    return f"{line.kind}, {where}"


def page_report(page: dict, text_path: Path) -> dict:
    raw = next(iter_documents([text_path]))
    if not isinstance(raw, RawDocument):
        return {"id": page["id"], "rejected": str(raw)}
    doc = clean_document(raw)
    fixed = repair.repair_text(raw.text).text
    before, after = _norm(fixed), _norm(doc.text)
    mentions = [m for a in page.get("agreements", []) for m in a.get("party_mentions", [])]
    names = [i["name"] for i in page.get("initiatives", [])]
    out: dict = {"id": page["id"], "theme": page.get("theme")}
    for key, items, conv in (("mentions", mentions, _mention), ("initiatives", names, _norm)):
        found = [conv(m) for m in items if conv(m) and conv(m) in before]
        kept = [m for m in found if m in after]
        out[key] = (len(items), len(found), len(kept), [m for m in found if m not in after])
    out["han"] = (len(_HAN.findall(fixed)), len(_HAN.findall(doc.text)))
    out["chars"] = (len(raw.text), len(doc.text))
    seg = boilerplate.segment(fixed)
    keep = set(seg.keep)
    out["dropped"] = [(why_dropped(seg, ln), ln.text) for ln in seg.lines if ln.idx not in keep]
    out["lines"] = [(ln.idx in keep, ln.kind, ln.text) for ln in seg.lines]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=["dev"], default="dev",
                    help="only the dev split: the test split's texts are not for reading")
    ap.add_argument("--texts", type=Path, default=TEXTS)
    ap.add_argument("--lines", action="store_true", help="print every dropped line and why")
    ap.add_argument("--page", help="print one page's lines, kept and dropped")
    ap.add_argument("--worst", type=int, default=20, help="how many low-keep pages to list")
    args = ap.parse_args(argv)

    pages = [json.loads(x) for x in ANNOTATIONS.read_text("utf-8").splitlines() if x.strip()]
    pages = [p for p in pages if p.get("split") == args.split
             and (args.texts / f"{p['id']}.txt").is_file()]
    if args.page:
        pages = [p for p in pages if p["id"] == args.page]
    reports = [page_report(p, args.texts / f"{p['id']}.txt") for p in pages]
    reports = [r for r in reports if "rejected" not in r]

    tot = {k: [0, 0, 0] for k in ("mentions", "initiatives", "han", "chars")}
    for r in reports:
        for k in ("mentions", "initiatives"):
            for j in range(3):
                tot[k][j] += r[k][j]
        for k in ("han", "chars"):
            tot[k][1] += r[k][0]
            tot[k][2] += r[k][1]
    low = [r for r in reports if r["han"][0] and r["han"][1] < 0.5 * r["han"][0]]
    print(f"{args.split}: {len(reports)} pages")
    for k, label in (("mentions", "party mentions"), ("initiatives", "initiative names")):
        n, found, kept = tot[k]
        print(f"  {label}: {n} gold, {found} findable in the repaired page, {kept} kept "
              f"({kept / max(found, 1):.3f})")
    print(f"  Han characters kept: {tot['han'][2]} of {tot['han'][1]} "
          f"({tot['han'][2] / max(tot['han'][1], 1):.3f}); pages keeping under half: {len(low)}")
    print(f"  characters kept: {tot['chars'][2]} of {tot['chars'][1]} in the input "
          f"({tot['chars'][2] / max(tot['chars'][1], 1):.3f}; pinyin notes and chrome included)")

    def loss(r: dict) -> tuple:
        return (-(r["mentions"][1] - r["mentions"][2]) - (r["initiatives"][1]
                - r["initiatives"][2]), r["han"][1] / max(r["han"][0], 1))

    print("\npage   theme            mentions  initiatives  Han kept")
    for r in sorted(reports, key=loss)[: args.worst]:
        m, i, h = r["mentions"], r["initiatives"], r["han"]
        print(f"{r['id']:6} {r['theme']:16} {m[2]:>3}/{m[1]:<3}    {i[2]:>3}/{i[1]:<3}      "
              f"{h[1]:>5}/{h[0]:<5} lost: {m[3] + i[3]}")
    if args.lines or args.page:
        for r in sorted(reports, key=loss):
            if args.page:
                print(f"\n== {r['id']}")
                for kept, kind, text in r["lines"]:
                    print(f"  {'+' if kept else '-'} {kind:12} {text[:160]}")
            elif r["dropped"]:
                print(f"\n== {r['id']} dropped {len(r['dropped'])} lines")
                for why, text in r["dropped"]:
                    print(f"  [{why}] {text[:120]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
