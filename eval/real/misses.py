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
from etl.extraction.article import full_context  # noqa: E402
from etl.extraction.organisations import find_organisations  # noqa: E402
from etl.reading.readers import iter_documents  # noqa: E402
from etl.vocabulary import signing as voc  # noqa: E402
from eval.real.score_real import TEXTS, load_annotations, predict, present_texts  # noqa: E402
from tests.scoring import canon, party_key  # noqa: E402

SENTENCE_END = re.compile(r"[。！？!?\n]")


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
            misses[miss_class(g, unmatched, predicted)] += 1
        for p in unmatched:
            extras[extra_class(p, gold, missed)] += 1
        if gold and not predicted:
            funnel["pages with a gold signing and no prediction"] += 1
            funnel += trigger_funnel(TEXTS / f"{page['id']}.txt", page.get("url"), gold)
    print(f"{args.split}: {len(ok)} pages; missed {sum(misses.values())}, "
          f"extra {sum(extras.values())}")
    for title, table in (("missed", misses), ("extra", extras), ("no-prediction pages", funnel)):
        print(f"{title}:")
        for key, n in sorted(table.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {n:4d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
