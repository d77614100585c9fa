#!/usr/bin/env python3
"""Score the ETL on the real pages of eval/real/ (when their texts are present).

    .venv/bin/python eval/real/score_real.py                 # the dev split
    .venv/bin/python eval/real/score_real.py --split test    # the held-back split, at the end
    .venv/bin/python eval/real/score_real.py --split all --show --by theme
    .venv/bin/python eval/real/score_real.py --check         # only verify the texts' hashes
    .venv/bin/python eval/real/score_real.py --with-url      # pages as JSONL with their URLs

The annotations (`annotations.jsonl`: one page a line, gold schema plus `url`, `sha256`, `split`)
are committed; the page texts are other people's words and stay out of git, in
`eval/real/texts/<id>.txt` (README.md says how to fetch them again). A text whose sha256 differs
from its annotation is not scored. The build is the real one (`python -m etl build`, then the
JSONL contract export), scored by the vendored `tests/scoring.py`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from tests.scoring import score  # noqa: E402

ANNOTATIONS = HERE / "annotations.jsonl"
TEXTS = HERE / "texts"


def load_annotations(path: Path = ANNOTATIONS) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def present_texts(pages: list[dict], texts: Path) -> tuple[list[dict], list[str], list[str]]:
    """The pages whose text is present with the annotated hash; the missing; the changed."""
    ok, missing, changed = [], [], []
    for page in pages:
        f = texts / f"{page['id']}.txt"
        if not f.is_file():
            missing.append(page["id"])
        elif hashlib.sha256(f.read_bytes()).hexdigest() != page["sha256"]:
            changed.append(page["id"])
        else:
            ok.append(page)
    return ok, missing, changed


def predict(pages: list[dict], texts: Path, keep: Path | None,
            with_url: bool = False) -> dict[str, dict]:
    """Build the pages with the real ETL and return the JSONL contract export by id. With
    `with_url`, the pages go in as one JSONL dump with their URLs, as a crawler delivers them
    (the ETL reads dates from URLs); otherwise as bare .txt files."""
    with tempfile.TemporaryDirectory() as tmp:
        work = keep or Path(tmp)
        inp = work / "input"
        inp.mkdir(parents=True, exist_ok=True)
        if with_url:
            with (inp / "pages.jsonl").open("w", encoding="utf-8") as dump:
                for page in pages:
                    text = (texts / f"{page['id']}.txt").read_text(encoding="utf-8")
                    record = {"id": page["id"], "url": page["url"], "text": text}
                    dump.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            for page in pages:
                (inp / f"{page['id']}.txt").write_bytes(
                    (texts / f"{page['id']}.txt").read_bytes())
        db, out = work / "real.duckdb", work / "pred.jsonl"
        db.unlink(missing_ok=True)
        py = sys.executable
        subprocess.run([py, "-m", "etl", "build", str(inp), "--db", str(db), "--no-progress"],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        subprocess.run([py, "-m", "etl", "export", "--db", str(db), "--format", "jsonl",
                        "--out", str(out)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        return {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}


def headline(result: dict) -> str:
    a, s, i = result["agreements"], result["agreements_strict"], result["initiatives"]
    pub = result["published_accuracy"]
    return (f"agreements F1 {a['f1']:.3f} (P {a['precision']:.3f} R {a['recall']:.3f}; "
            f"tp {a['tp']} fp {a['fp']} fn {a['fn']}) | strict F1 {s['f1']:.3f} | "
            f"initiatives F1 {i['f1']:.3f} (P {i['precision']:.3f} R {i['recall']:.3f}) | "
            f"published {'n/a' if pub is None else f'{pub:.3f}'}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=["dev", "test", "all"], default="dev")
    ap.add_argument("--texts", type=Path, default=TEXTS, help="folder of <id>.txt page texts")
    ap.add_argument("--annotations", type=Path, default=ANNOTATIONS,
                    help="annotation file (a new batch before it joins annotations.jsonl)")
    ap.add_argument("--check", action="store_true", help="only verify the texts' hashes")
    ap.add_argument("--show", action="store_true", help="list every miss, extra and loose match")
    ap.add_argument("--by", help="also score per value of this annotation key (theme, script)")
    ap.add_argument("--keep", type=Path, help="keep the build's input, DB and export here")
    ap.add_argument("--with-url", action="store_true",
                    help="give the ETL each page with its URL (a JSONL dump), as a crawl would")
    args = ap.parse_args(argv)

    pages = [p for p in load_annotations(args.annotations)
             if args.split == "all" or p.get("split") == args.split]
    ok, missing, changed = present_texts(pages, args.texts)
    print(f"{args.split}: {len(pages)} annotated pages, {len(ok)} texts present"
          + (f", {len(missing)} missing" if missing else "")
          + (f", {len(changed)} with another hash (not scored): {changed}" if changed else ""))
    if args.check or not ok:
        return 0 if not changed else 1
    pred = predict(ok, args.texts, args.keep, with_url=args.with_url)
    gold = {p["id"]: p for p in ok}
    print(headline(score(gold, pred, show=args.show)))
    if args.by:
        groups: dict[str, dict] = defaultdict(dict)
        for pid, page in gold.items():
            groups[str(page.get(args.by))][pid] = page
        for value, sub in sorted(groups.items()):
            print(f"  {args.by}={value} ({len(sub)}): {headline(score(sub, pred))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
