#!/usr/bin/env python3
"""Wall time and peak memory of one whole build of a large dump (default: 1M articles).

    python bench/build_memory_1m.py                      # 10 copies of the 100k corpus, new ids
    python bench/build_memory_1m.py --input DUMP.jsonl --workers 2

The 100k synthetic corpus (bench/etl_throughput.py makes it) is written 10 times with the ids
prefixed r0..r9, so every article is extracted and loaded again (the copies are marked
near-duplicates of each other, as a re-crawl would be). The build runs as `python -m etl build`
and the summed RSS/PSS of its process tree is sampled twice a second, as in etl_throughput.py;
the PSS at 10..100% of the run shows whether memory stays flat.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"


def make_input(copies: int) -> Path:
    src = OUT / "corpus-7-100000" / "articles.jsonl"
    if not src.exists():
        raise SystemExit("no 100k corpus: run `python bench/etl_throughput.py` first")
    dst = OUT / f"corpus-rep{copies}" / "articles.jsonl"
    if not dst.exists():
        dst.parent.mkdir(parents=True, exist_ok=True)
        with dst.open("w", encoding="utf-8") as out:
            for k in range(copies):
                with src.open(encoding="utf-8") as f:
                    for line in f:
                        out.write(line.replace('{"id": "s', f'{{"id": "r{k}s', 1))
    return dst


def main(argv: list[str] | None = None) -> int:
    from bench import etl_throughput as et

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", type=Path)
    ap.add_argument("--copies", type=int, default=10)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    inp = args.input or make_input(args.copies)
    with tempfile.TemporaryDirectory(dir=OUT) as tmp:
        db = Path(tmp) / "build.duckdb"
        secs, rss, pss, out = et.measured(
            [sys.executable, "-m", "etl", "build", str(inp), "--db", str(db), "--workers",
             str(args.workers), "--no-progress"])
        size = db.stat().st_size / 1e9
    profile = list(et.LAST_PSS_PROFILE)
    summary = out.strip().splitlines()[0]
    n = int(re.search(r"articles read (\d+)", summary).group(1))  # no second pass over the dump
    result = {"input": str(inp), "articles": n, "workers": args.workers, "seconds": round(secs),
              "articles_per_s": round(n / secs, 1), "peak_rss_mb": round(rss / 1e6),
              "peak_pss_mb": round(pss / 1e6), "pss_mb_at_25_50_75_95pct": profile,
              "db_gb": round(size, 2), "summary": summary}
    print(json.dumps(result, ensure_ascii=False, indent=1))
    (OUT / "build_memory_1m.json").write_text(json.dumps(result, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
