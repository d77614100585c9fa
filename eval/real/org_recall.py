#!/usr/bin/env python3
"""Recall of the organisation recogniser on the real pages: are the gold parties found?

    .venv/bin/python eval/real/org_recall.py                 # the dev split
    .venv/bin/python eval/real/org_recall.py --show          # every party not found
    .venv/bin/python eval/real/org_recall.py --with-url      # with the pages' URLs, as crawled

The recogniser (etl/extraction/organisations.py) runs over each page's clean text with the
article's context, as the extraction does. A gold party counts once per page (its canonical name
and mention). Gold mentions are written in the page's own script (Traditional, pinyin residue);
they are located in the page as read and mapped through the cleaning's offset map to the clean
(Simplified) text.

- mention recall: a recognised mention covers at least two thirds of the gold mention's span
  (or lies inside it with the gold name: a name restored from a spam-corrupted mention);
- canonical recall: the gold canonical name is among the recognised names of the page
  (compared as tests/scoring.py compares parties);
- both: a recognised mention that covers the gold mention carries the gold canonical name.
Parties whose mention the cleaning dropped (not in the clean text) are counted apart.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from etl.cleaning.clean import clean_document  # noqa: E402
from etl.extraction.article import full_context  # noqa: E402
from etl.extraction.organisations import OrgMention, find_organisations  # noqa: E402
from etl.reading.readers import iter_documents  # noqa: E402
from eval.real.score_real import TEXTS, load_annotations, present_texts  # noqa: E402
from tests.scoring import canon  # noqa: E402


def clean_spans(original: str, offsets: tuple[int, ...], mention: str) -> list[tuple[int, int]]:
    """Where `mention` (as written in the page) lies in the clean text, one span a place."""
    first: dict[int, int] = {}
    for i, o in enumerate(offsets):
        first.setdefault(o, i)
    last: dict[int, int] = {}
    for i, o in enumerate(offsets):
        last[o] = i
    spans = []
    k = original.find(mention)
    while k >= 0:
        inside = [first[o] for o in range(k, k + len(mention)) if o in first]
        ends = [last[o] for o in range(k, k + len(mention)) if o in last]
        if inside:
            spans.append((min(inside), max(ends) + 1))
        k = original.find(mention, k + 1)
    return spans


def covers(m: OrgMention, span: tuple[int, int], name: str) -> bool:
    """Does `m` cover two thirds of the gold span, or name the gold party inside it (上海分院
    inside a spam-corrupted 澳门赌场上海分院)?"""
    a, b = span
    overlap = min(m.end, b) - max(m.start, a)
    return overlap * 3 >= (b - a) * 2 or (overlap > 0 and canon(m.name) == canon(name))


# (page, gold name, gold mention, the recognised mentions covering it, the page's names)
GoldParty = tuple[dict, str, str, list[OrgMention] | None, set[str] | None]


def gold_parties(pages: list[dict], with_url: bool) -> Iterator[GoldParty]:
    """Each gold party of the pages, once a page (its canonical name and its mention), with the
    recognised mentions that cover it and the page's recognised names; a party whose mention the
    cleaning dropped comes with None for both."""
    for page in pages:
        doc = clean_document(next(iter_documents(TEXTS / f"{page['id']}.txt")))
        url = page.get("url") if with_url else None
        found = find_organisations(doc.text, full_context(doc.text, doc.metadata.source, url))
        mentions = [*found, *(i for m in found for i in m.items)]
        names = {canon(m.name) for m in mentions}
        seen = set()
        for a in page["agreements"]:
            for name, mention in zip(a["parties"], a.get("party_mentions") or [], strict=False):
                if not mention or (name, mention) in seen:
                    continue
                seen.add((name, mention))
                spans = clean_spans(doc.original, doc.offsets, mention)
                if not spans:
                    yield page, name, mention, None, None
                    continue
                yield page, name, mention, [m for m in mentions for s in spans
                                            if covers(m, s, name)], names


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=["dev", "test", "all"], default="dev")
    ap.add_argument("--show", action="store_true", help="list every party not found")
    ap.add_argument("--with-url", action="store_true",
                    help="give the extraction each page's URL, as a crawl does (its host's place)")
    args = ap.parse_args(argv)
    if args.split != "dev" and args.show:
        ap.error("--show is for the dev split only")
    pages = [p for p in load_annotations() if args.split == "all" or p.get("split") == args.split]
    ok, _, _ = present_texts(pages, TEXTS)
    n = found_m = found_c = found_both = lost = 0
    for page, name, mention, hit, names in gold_parties(ok, args.with_url):
        if hit is None or names is None:
            lost += 1
            if args.show:
                print(f"  lost  {page['id']}: {mention!r} ({name})")
            continue
        n += 1
        c_ok = canon(name) in names
        found_m += bool(hit)
        found_c += c_ok
        both = any(canon(m.name) == canon(name) for m in hit)
        found_both += both
        if args.show and not both:
            got = ", ".join(f"{m.mention}={m.name}" for m in hit) or "-"
            print(f"  miss  {page['id']}: {mention!r} -> {name} | found: {got}"
                  f"{' | name elsewhere' if c_ok else ''}")
    def pct(k: int) -> str:
        return f"{k / n:.3f}" if n else "n/a"

    print(f"{args.split}: {n} gold parties in the clean texts ({lost} more lost in cleaning): "
          f"mention recall {pct(found_m)} | canonical recall {pct(found_c)} | "
          f"both {pct(found_both)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
