#!/usr/bin/env python3
"""process_document CPU of two checkouts run in lockstep, so that both see the same load.

    python bench/pd_lockstep.py BASE_DIR NEW_DIR ARTICLES [--passes 3] [--chunk 100]

Each checkout runs in its own process (its own `.venv/bin/python`, its own `etl`), reads the
articles (a folder or a JSONL dump, e.g. `bench/make_corpus.py 3000 --seed 7`) and warms up;
then both process the same chunk of pages one after the other, the order alternating chunk by
chunk, and report the CPU seconds of their own process. On a shared machine whose load moves
from 2 to 30 within minutes, two runs taken one after the other compare the load as much as
the code; in lockstep every chunk of both runs is taken within a second or two of the other,
so the ratio holds even where the absolute figures are inflated.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

# The worker, run by each checkout's own interpreter with that checkout as its working folder.
_WORKER = """
import sys, time
sys.path.insert(0, ".")
from etl.reading.readers import iter_documents
from etl.pipeline import process_document, warm_up
docs = [d for d in iter_documents([sys.argv[1]]) if hasattr(d, "text")]
warm_up()
chunk = int(sys.argv[2])
print(len(docs), flush=True)
for line in sys.stdin:
    i = int(line)
    c = time.process_time()
    for d in docs[i * chunk:(i + 1) * chunk]:
        process_document(d)
    print(time.process_time() - c, flush=True)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("base", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("articles", type=Path)
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--chunk", type=int, default=100)
    args = ap.parse_args()
    procs = {
        name: subprocess.Popen(
            [str(root / ".venv/bin/python"), "-c", _WORKER, str(args.articles.resolve()),
             str(args.chunk)],
            cwd=root, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        for name, root in (("base", args.base), ("new", args.new))
    }
    counts = {name: int(p.stdout.readline()) for name, p in procs.items()}
    if len(set(counts.values())) != 1:
        sys.exit(f"the checkouts read different numbers of pages: {counts}")
    chunks = -(-counts["base"] // args.chunk)
    for k in range(args.passes):
        cpu = dict.fromkeys(procs, 0.0)
        for i in range(chunks):
            for name in ("base", "new") if i % 2 == 0 else ("new", "base"):
                procs[name].stdin.write(f"{i}\n")
                procs[name].stdin.flush()
                cpu[name] += float(procs[name].stdout.readline())
        print(f"pass {k + 1}: base {cpu['base']:.2f} CPU s, new {cpu['new']:.2f} CPU s, "
              f"new/base {cpu['new'] / cpu['base']:.3f} (load {os.getloadavg()[0]:.1f})",
              flush=True)
    for p in procs.values():
        p.stdin.close()
        p.wait()


if __name__ == "__main__":
    main()
