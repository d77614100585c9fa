"""Score etl.extraction.initiatives on the seeds and the dev corpus, as score.py scores
initiatives.

    python -m bench.eval_initiatives [--show] [--only d041,d042] [--set NAME DIR GOLD.jsonl]
    python -m bench.eval_initiatives --real [dev|all] [--diff] [--only a011,c005]


Reads the articles through the real pipeline (etl.reading.readers.iter_documents →
etl.cleaning.clean.clean_document) and gives the extractor the article context the pipeline gives
it (etl.extraction.article.article_context).
Prints precision / recall / F1 / family accuracy per set; with --show, every miss and extra.
With --real, the real pages of eval/real/ (their texts, git-ignored, in eval/real/texts/) of one
split, per theme; --diff prints per page the gold and predicted names side by side with family,
kind and region (``=`` matched, ``-`` missed, ``+`` extra), for classifying the errors.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from etl.cleaning.clean import clean_document
from etl.extraction import gazetteer
from etl.extraction.article import article_context
from etl.extraction.initiatives import InitiativeContext, extract_initiatives
from etl.reading.readers import iter_documents
from etl.records import Initiative, RawDocument

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "eval/real"
SETS = {
    "seeds": (ROOT / "seeds", ROOT / "tests/fixtures/gold_seeds.jsonl"),
    "corpus": (ROOT / "tests/fixtures/corpus", ROOT / "tests/fixtures/gold_corpus.jsonl"),
}
# tools/score.py canon(), initiatives part: NFKC, then spaces, quotes, 《》 and · dropped.
_DROP = re.compile(r"[\s\"'“”‘’《》〈〉「」『』·•]")


def canon(name: str | None) -> str:
    return _DROP.sub("", unicodedata.normalize("NFKC", name or ""))


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    family_ok: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def family_accuracy(self) -> float:
        return self.family_ok / self.tp if self.tp else 1.0


def context_of(text: str) -> InitiativeContext:
    """The article context the pipeline passes."""
    ctx = article_context(text)
    regions = gazetteer.load_regions()
    return InitiativeContext(
        province=regions[ctx.province].name if ctx.province else None,
        province_adcode=ctx.province,
        city=regions[ctx.city].name if ctx.city else None, city_adcode=ctx.city)


def predict(raw: RawDocument) -> tuple[Initiative, ...]:
    doc = clean_document(raw)
    return extract_initiatives(doc.text, published=doc.metadata.published,
                               context=context_of(doc.text))


def evaluate(name: str, *, show: bool = False, only: set[str] | None = None) -> Score:
    """Score one set ("seeds" or "corpus")."""
    folder, gold_path = SETS[name]
    gold = {}
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            gold[rec["id"]] = rec
    score = Score()
    for raw in iter_documents([folder]):
        if not isinstance(raw, RawDocument) or raw.doc_id not in gold:
            continue
        if only and raw.doc_id not in only:
            continue
        g = {canon(i["name"]): i for i in gold[raw.doc_id].get("initiatives", [])}
        p = {canon(i.name): i for i in predict(raw)}
        for k, gi in g.items():
            if k in p:
                score.tp += 1
                ok = p[k].family == gi["family"]
                score.family_ok += ok
                if show and not ok:
                    print(f"  family {raw.doc_id}: {gi['name']} gold {gi['family']}"
                          f" got {p[k].family}")
            else:
                score.fn += 1
                if show:
                    print(f"  miss   {raw.doc_id}: {gi['name']}")
        for k in set(p) - set(g):
            score.fp += 1
            if show:
                print(f"  extra  {raw.doc_id}: {p[k].name} ({p[k].kind}) | {p[k].evidence[:50]}")
    return score


def _fmt(i: dict | Initiative) -> str:
    get = i.get if isinstance(i, dict) else lambda k: getattr(i, k, None)
    return f"{get('name')}  [{get('family')}/{get('kind')}/{get('region')}]"


def evaluate_real(split: str = "dev", *, diff: bool = False, only: set[str] | None = None
                  ) -> dict[str, Score]:
    """Score the real pages of one split (``dev``/``all``) per theme; ``diff`` prints each page."""
    pages = [json.loads(line) for line in
             (REAL / "annotations.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    pages = [p for p in pages if (split == "all" or p.get("split") == split)
             and (not only or p["id"] in only) and (REAL / "texts" / f"{p['id']}.txt").is_file()]
    scores: dict[str, Score] = {}
    for page in pages:
        raw = next(iter(iter_documents([REAL / "texts" / f"{page['id']}.txt"])))
        pred = predict(raw) if isinstance(raw, RawDocument) else ()
        g = {canon(i["name"]): i for i in page.get("initiatives", [])}
        p = {canon(i.name): i for i in pred}
        for theme in ("all", page.get("theme", "?")):
            s = scores.setdefault(theme, Score())
            s.tp += len(g.keys() & p.keys())
            s.fn += len(g.keys() - p.keys())
            s.fp += len(p.keys() - g.keys())
            s.family_ok += sum(p[k].family == g[k]["family"] for k in g.keys() & p.keys())
        if diff and (g or p):
            print(f"{page['id']} ({page.get('theme')})")
            for k in sorted(g.keys() | p.keys(), key=lambda k: (k not in g, k not in p, k)):
                if k in g and k in p:
                    flag = "=" if p[k].family == g[k]["family"] else "~"
                    print(f"  {flag} {_fmt(g[k])}  got [{p[k].family}/{p[k].kind}/{p[k].region}]")
                elif k in g:
                    print(f"  - {_fmt(g[k])}")
                else:
                    print(f"  + {_fmt(p[k])}  | {p[k].evidence[:60]}")
    return scores


def main(argv: list[str]) -> int:
    show = "--show" in argv
    only = None
    if "--only" in argv:
        only = set(argv[argv.index("--only") + 1].split(","))
    if "--real" in argv:
        i = argv.index("--real")
        split = argv[i + 1] if len(argv) > i + 1 and not argv[i + 1].startswith("-") else "dev"
        for theme, s in sorted(evaluate_real(split, diff="--diff" in argv, only=only).items()):
            print(f"{theme:16s} P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f} "
                  f"family {s.family_accuracy:.3f} (tp {s.tp} fp {s.fp} fn {s.fn})")
        return 0
    names = list(SETS)
    if "--set" in argv:  # another set, e.g. bench/make_corpus.py output
        i = argv.index("--set")
        SETS[argv[i + 1]] = (Path(argv[i + 2]), Path(argv[i + 3]))
        names = [argv[i + 1]]
    for name in names:
        s = evaluate(name, show=show, only=only)
        print(f"{name:7s} P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f} "
              f"family {s.family_accuracy:.3f} (tp {s.tp} fp {s.fp} fn {s.fn})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
