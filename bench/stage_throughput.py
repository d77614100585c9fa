#!/usr/bin/env python3
"""Throughput of the two text-heavy stages on their own, in chars/s (CPU time of this process).

    python bench/stage_throughput.py [--repeat 3]

- clean_document over the dev corpus (tests/fixtures/corpus) and the seeds, repeated;
- find_places (the gazetteer's Aho-Corasick pass) over one long signing sentence repeated 3,000
  times.

The figures used to be floors asserted inside the tests (50 k and 300 k chars/s); a timed test
fails on a loaded machine and says nothing on a fast one, so they are printed here instead and
written down in BENCHMARKS.md with the machine.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl.cleaning.clean import clean_document  # noqa: E402
from etl.extraction.gazetteer import find_places  # noqa: E402
from etl.reading.readers import iter_documents  # noqa: E402


def _cpu_rate(chars: int, fn) -> float:
    start = time.process_time()
    fn()
    return chars / max(time.process_time() - start, 1e-9)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    raws = list(iter_documents([ROOT / "tests" / "fixtures" / "corpus", ROOT / "seeds"]))
    chars = sum(len(r.text) for r in raws)

    def clean_all() -> None:
        for _ in range(args.repeat):
            for r in raws:
                clean_document(r)

    find_places("预热")
    text = "河南省科协与信阳市人民政府签署全面战略合作协议，双方将在科普等方面开展合作。" * 3000
    machine = platform.processor() or platform.machine()
    print(f"machine: {machine}, Python {platform.python_version()}")
    print(f"clean_document: {_cpu_rate(args.repeat * chars, clean_all):>12,.0f} chars/s "
          f"({args.repeat} x {len(raws)} articles, {chars:,} chars)")
    print(f"find_places:    {_cpu_rate(len(text), lambda: find_places(text)):>12,.0f} chars/s "
          f"({len(text):,} chars)")


if __name__ == "__main__":
    main()
