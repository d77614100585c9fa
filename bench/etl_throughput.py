#!/usr/bin/env python3
"""ETL throughput: articles/s, MB/s and peak memory, against a FLOOR and an off-the-shelf BASELINE.

    python bench/etl_throughput.py                       # sizes 10000,100000, workers 1,2
    python bench/etl_throughput.py --quick               # 2,000 articles, baseline on 50
    python bench/etl_throughput.py --sizes 10000 --workers 1 --baseline-n 0 --profile

For each size N (a synthetic corpus from bench/make_corpus.py, one JSONL dump; the N-article
corpus is the first N lines of the largest, because every article has its own seeded RNG) and
each worker count W, it runs, each in a fresh subprocess:

- ETL: `python -m etl build CORPUS --db tmp.duckdb --workers W` (read, clean, extract, load,
  facts, atomic swap): the whole product, as a user runs it;
- FLOOR: the same reader (etl.reading.readers.iter_documents) + OpenCC t2s + one Aho-Corasick
  pass of the gazetteer (every name, short name and alias of etl/data/regions.csv) over the same
  texts, with the same W-process pool: what any correct ETL must at least do;
- BASELINE (on a subset, one process): what a user could assemble from off-the-shelf calls:
  read + OpenCC t2s + sentence split + jionlp.recognize_location and jionlp.ner.extract_time
  (parse_time) on every sentence. jionlp lives outside the project's environment
  (bench/requirements-baseline.txt, installed with --target bench/out/baseline-site).

Peak memory is the high-water mark of the whole process tree (the build and its workers),
sampled every 50 ms from /proc: the sum of RSS (counts pages shared after fork once per process,
so it overstates) and the sum of PSS (shares them out: the honest figure). After the W=1 build of
each size the database is exported and scored against the generated gold (score.py).

Targets (the issue "Speed and scale"): ETL >= 40% of the floor's throughput, >= 20x the baseline,
memory flat in corpus size (<= 1 GB peak for 1M articles). Results also go to
bench/out/throughput.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"
BASELINE_SITE = OUT / "baseline-site"
SCORE = ROOT.parent / "shared" / "tools" / "score.py"
PAGE = os.sysconf("SC_PAGE_SIZE")


# ----------------------------------------------------------------------------- measuring
def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat", "rb") as f:
                    stat = f.read()
            except OSError:
                continue
            ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
            kids.setdefault(ppid, []).append(int(d))
    return kids


def _tree(pid: int) -> list[int]:
    kids, out, todo = _children(), [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(kids.get(p, ()))
    return out


def _rss_pss(pid: int) -> tuple[int, int]:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            vals = dict(line.split(":", 1) for line in f if line.startswith(("Rss:", "Pss:")))
        return (int(vals["Rss"].split()[0]) * 1024, int(vals["Pss"].split()[0]) * 1024)
    except (OSError, KeyError, ValueError):
        return (0, 0)


class TreeMemory(threading.Thread):
    """Samples the summed RSS and PSS of a process and all its descendants.

    Twice a second: reading PSS (smaps_rollup) walks the page tables of every process, and at
    20 samples/s it took a quarter of a core from the 2-core machine it measures.
    """

    def __init__(self, pid: int, interval: float = 0.5) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_rss = self.peak_pss = 0
        self.samples: list[tuple[float, int]] = []  # (seconds since start, summed PSS)
        self.stop = threading.Event()

    def pss_at(self, *fractions: float) -> list[float]:
        """Summed PSS (MB) at these fractions of the run's duration: flat means streaming."""
        if not self.samples:
            return []
        end = self.samples[-1][0] or 1.0
        out = []
        for f in fractions:
            t = f * end
            out.append(round(next((p for s, p in self.samples if s >= t), 0) / 1e6))
        return out

    def run(self) -> None:
        t0 = time.perf_counter()
        while not self.stop.is_set():
            rss = pss = 0
            for p in _tree(self.pid):
                r, s = _rss_pss(p)
                rss, pss = rss + r, pss + s
            self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)
            self.samples.append((time.perf_counter() - t0, pss))
            self.stop.wait(self.interval)


@dataclass
class Run:
    what: str  # etl | floor | baseline
    articles: int
    workers: int
    seconds: float
    mb: float  # UTF-8 megabytes of article text
    peak_rss_mb: float
    peak_pss_mb: float
    extra: dict

    @property
    def per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def mb_s(self) -> float:
        return self.mb / self.seconds if self.seconds else 0.0


LAST_PSS_PROFILE: list[float] = []  # PSS of the last measured run at 25/50/75/95% of its time


def measured(cmd: list[str], env: dict | None = None) -> tuple[float, int, int, str]:
    """(seconds, peak RSS bytes, peak PSS bytes, stdout) of a command and its process tree."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})}, cwd=ROOT)
    mem = TreeMemory(proc.pid)
    mem.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - t0
    mem.stop.set()
    mem.join()
    LAST_PSS_PROFILE[:] = mem.pss_at(0.25, 0.5, 0.75, 0.95)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-3000:]}")
    return seconds, mem.peak_rss, mem.peak_pss, out


# ----------------------------------------------------------------------------- corpora
def corpus(n: int, seed: int, base: Path) -> tuple[Path, Path, float]:
    """(articles.jsonl, gold.jsonl, MB of text) of n articles: generated, or cut from a bigger."""
    from bench.make_corpus import write_corpus

    d = base / f"corpus-{seed}-{n}"
    manifest = d / "manifest.json"
    if not manifest.exists():
        bigger = sorted((p for p in base.glob(f"corpus-{seed}-*")
                         if (p / "manifest.json").exists() and int(p.name.rsplit("-", 1)[1]) > n),
                        key=lambda p: int(p.name.rsplit("-", 1)[1]))
        if bigger:
            _cut(bigger[0], d, n)
        else:
            print(f"generating {n} articles into {d} ...", flush=True)
            write_corpus(n, d, "jsonl", seed, workers=os.cpu_count() or 1)
    m = json.loads(manifest.read_text(encoding="utf-8"))
    return d / "articles.jsonl", d / "gold.jsonl", m["bytes"] / 1e6


def _cut(src: Path, dst: Path, n: int) -> None:
    dst.mkdir(parents=True, exist_ok=True)
    nbytes = 0
    for name in ("articles.jsonl", "gold.jsonl"):
        with (src / name).open(encoding="utf-8") as fi, (dst / name).open("w", encoding="utf-8",
                                                                         newline="\n") as fo:
            for line in islice(fi, n):
                fo.write(line)
                if name == "articles.jsonl":
                    nbytes += len(json.loads(line)["text"].encode("utf-8"))
    m = json.loads((src / "manifest.json").read_text(encoding="utf-8"))
    m.update({"n": n, "articles": n, "bytes": nbytes, "cut_from": src.name})
    (dst / "manifest.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n",
                                       encoding="utf-8")


# ----------------------------------------------------------------------------- the three runs
# `python -m etl`, with every DuckDB connection given a memory limit (an experiment: does the
# build's memory stay flat when DuckDB's buffer pool is bounded?).
_LIMITED_CLI = """
import os, sys, duckdb
_connect = duckdb.connect
def connect(*args, **kwargs):
    con = _connect(*args, **kwargs)
    con.execute("SET memory_limit = '%s'" % os.environ["BENCH_DUCKDB_MEMORY_LIMIT"])
    return con
duckdb.connect = connect
from etl.cli import main
sys.exit(main(sys.argv[1:]))
"""


def run_etl(inp: Path, gold: Path, n: int, mb: float, workers: int, score: bool,
            memory_limit: str | None = None) -> Run:
    with tempfile.TemporaryDirectory(dir=OUT) as tmp:
        db = Path(tmp) / "bench.duckdb"
        cli = ["-c", _LIMITED_CLI] if memory_limit else ["-m", "etl"]
        secs, rss, pss, out = measured(
            [sys.executable, *cli, "build", str(inp), "--db", str(db), "--workers", str(workers),
             "--no-progress"], env={"BENCH_DUCKDB_MEMORY_LIMIT": memory_limit or ""})
        extra: dict = {"summary": out.strip().splitlines()[0] if out.strip() else "",
                       "pss_mb_at_25_50_75_95pct_of_time": list(LAST_PSS_PROFILE)}
        import duckdb

        con = duckdb.connect(str(db), read_only=True)
        loaded = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        extra["agreements"] = con.execute("SELECT count(*) FROM stg_agreements").fetchone()[0]
        con.close()
        extra["articles_loaded"] = loaded
        if loaded != n:
            print(f"  WARNING: {loaded} articles loaded from {n} inputs: does the reader split "
                  f"JSONL dumps yet?", flush=True)
        if score and SCORE.exists():
            pred = Path(tmp) / "pred.jsonl"
            subprocess.run([sys.executable, "-m", "etl", "export", "--db", str(db), "--format",
                            "jsonl", "--out", str(pred)], check=True, cwd=ROOT)
            res = subprocess.run([sys.executable, str(SCORE), str(gold), str(pred)], cwd=ROOT,
                                 capture_output=True, text=True, check=True)
            extra["score"] = res.stdout.strip().splitlines()[-1]
        extra["db_mb"] = round(db.stat().st_size / 1e6, 1) if db.exists() else None
    if memory_limit:
        extra["duckdb_memory_limit"] = memory_limit
    return Run("etl", n, workers, secs, mb, rss / 1e6, pss / 1e6, extra)


def run_floor(inp: Path, n: int, mb: float, workers: int) -> Run:
    secs, rss, pss, out = measured([sys.executable, __file__, "_floor", str(inp),
                                    "--workers", str(workers)])
    return Run("floor", n, workers, secs, mb, rss / 1e6, pss / 1e6, json.loads(out))


def run_baseline(inp: Path, n: int) -> Run | None:
    if not (BASELINE_SITE / "jionlp").exists():
        print(f"  baseline skipped: install it with `pip install --target {BASELINE_SITE} "
              f"-r bench/requirements-baseline.txt`", flush=True)
        return None
    env = {"PYTHONPATH": f"{ROOT}{os.pathsep}{BASELINE_SITE}"}
    secs, rss, pss, out = measured([sys.executable, __file__, "_baseline", str(inp), "--n",
                                    str(n)], env=env)
    info = json.loads(out)
    # Throughput of the steady state: the one-off dictionary loading (~20 s) is reported apart.
    return Run("baseline", info["articles"], 1, info["seconds"], info["mb"], rss / 1e6,
               pss / 1e6, {**info, "wall_seconds_with_loading": round(secs, 1)})


# ----------------------------------------------------------------------------- subprocess bodies
def _raw_docs(inp: Path):
    from etl.reading.readers import iter_documents
    from etl.records import RawDocument

    return (d for d in iter_documents([inp]) if isinstance(d, RawDocument))


_AUTOMATON = None
_T2S = None


def _floor_init() -> None:
    import csv

    import ahocorasick
    import opencc

    global _AUTOMATON, _T2S
    _T2S = opencc.OpenCC("t2s")
    auto = ahocorasick.Automaton()
    with (ROOT / "etl" / "data" / "regions.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            for name in [r["name"], r["short_name"], *(r.get("aliases") or "").split("|")]:
                if len(name) >= 2:
                    auto.add_word(name, r["adcode"])
    auto.make_automaton()
    _AUTOMATON = auto


def _floor_one(text: str) -> int:
    assert _AUTOMATON is not None and _T2S is not None
    simp = _T2S.convert(text)
    return sum(1 for _ in _AUTOMATON.iter_long(simp))


def floor_main(inp: Path, workers: int) -> None:
    import multiprocessing as mp

    _floor_init()
    texts = (d.text for d in _raw_docs(inp))
    hits = docs = 0
    if workers <= 1:
        for h in map(_floor_one, texts):
            hits, docs = hits + h, docs + 1
    else:  # the same bounded feeding as etl.storage.build
        with mp.get_context("fork").Pool(workers) as pool:
            while chunk := list(islice(texts, 64 * workers)):
                for h in pool.imap(_floor_one, chunk, chunksize=4):
                    hits, docs = hits + h, docs + 1
    print(json.dumps({"documents": docs, "gazetteer_hits": hits}))


_SENT = re.compile(r"[^。!?！？\n]+")


def baseline_main(inp: Path, n: int) -> None:
    import contextlib
    import io

    import opencc

    with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner
        import jionlp as jio

        t0 = time.perf_counter()
        jio.recognize_location("河南省科协与信阳市人民政府签署协议")  # loads the dictionaries
        jio.ner.extract_time("8月8日签署", time_base=time.time())
        warmup = time.perf_counter() - t0
    t2s = opencc.OpenCC("t2s")
    base = time.mktime((2023, 8, 9, 0, 0, 0, 0, 0, -1))
    t0 = time.perf_counter()
    docs = sents = places = times = 0
    nbytes = 0
    with contextlib.redirect_stdout(io.StringIO()):
        for d in islice(_raw_docs(inp), n):
            nbytes += len(d.text.encode("utf-8"))
            for s in _SENT.findall(t2s.convert(d.text)):
                if not s.strip():
                    continue
                loc = jio.recognize_location(s)
                places += len(loc.get("domestic") or [])
                times += len(jio.ner.extract_time(s, time_base=base))
                sents += 1
            docs += 1
    secs = time.perf_counter() - t0
    print(json.dumps({"articles": docs, "sentences": sents, "places": places, "times": times,
                      "seconds": secs, "mb": nbytes / 1e6, "warmup_seconds": round(warmup, 1)}))


# ----------------------------------------------------------------------------- profile
def profile(inp: Path, n: int) -> str:
    """pyinstrument over process_document on n articles, in this process (no pool, no DB)."""
    from pyinstrument import Profiler

    from etl.pipeline import process_document

    docs = list(islice(_raw_docs(inp), n))
    process_document(docs[0])  # imports, rule compilation
    prof = Profiler(interval=0.0005)
    t0 = time.perf_counter()
    prof.start()
    for d in docs:
        process_document(d)
    prof.stop()
    secs = time.perf_counter() - t0
    text = prof.output_text(unicode=True, color=False, show_all=False)
    (OUT / "profile.txt").write_text(text, encoding="utf-8")
    (OUT / "profile.html").write_text(prof.output_html(), encoding="utf-8")
    return f"process_document alone: {len(docs) / secs:.0f} articles/s\n{text}"


# ----------------------------------------------------------------------------- report
def machine() -> dict:
    cpu = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem_kb = 0
    with open("/proc/meminfo") as f:
        mem_kb = int(f.readline().split()[1])
    import duckdb
    import opencc

    return {"cpu": cpu, "cores": os.cpu_count(), "ram_gb": round(mem_kb / 1024 ** 2, 1),
            "python": platform.python_version(), "duckdb": duckdb.__version__,
            "opencc": getattr(opencc, "__version__", "?")}


def fmt_row(r: Run) -> str:
    return (f"{r.what:<9}{r.articles:>9,} {r.workers:>3} {r.seconds:>9.1f} {r.per_s:>9.1f} "
            f"{r.mb_s:>7.2f} {r.peak_rss_mb:>9.0f} {r.peak_pss_mb:>9.0f}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in ("_floor", "_baseline"):
        sub = argparse.ArgumentParser()
        sub.add_argument("cmd")
        sub.add_argument("inp", type=Path)
        sub.add_argument("--workers", type=int, default=1)
        sub.add_argument("--n", type=int, default=1000)
        a = sub.parse_args(argv)
        if a.cmd == "_floor":
            floor_main(a.inp, a.workers)
        else:
            baseline_main(a.inp, a.n)
        return 0
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000", help="comma-separated article counts")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    ap.add_argument("--baseline-n", type=int, default=1000,
                    help="articles for the jionlp baseline (0: skip)")
    ap.add_argument("--quick", action="store_true", help="2,000 articles, baseline on 50")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--no-floor", action="store_true")
    ap.add_argument("--no-score", action="store_true")
    ap.add_argument("--profile", action="store_true",
                    help="also profile process_document on 2,000 articles (bench/out/profile.*)")
    ap.add_argument("--corpus-dir", type=Path, default=OUT)
    ap.add_argument("--duckdb-memory-limit", metavar="SIZE",
                    help="experiment: run the ETL with SET memory_limit=SIZE on its connections")
    args = ap.parse_args(argv)
    sizes = [2000] if args.quick else [int(s) for s in args.sizes.split(",")]
    workers = [int(w) for w in args.workers.split(",")]
    baseline_n = 50 if args.quick else args.baseline_n
    OUT.mkdir(parents=True, exist_ok=True)
    corpora = {n: corpus(n, args.seed, args.corpus_dir) for n in sorted(sizes, reverse=True)}
    info = machine()
    print(f"machine: {info}")
    runs: list[Run] = []
    print(f"{'run':<9}{'articles':>9} {'W':>3} {'seconds':>9} {'art/s':>9} {'MB/s':>7} "
          f"{'RSS MB':>9} {'PSS MB':>9}", flush=True)
    for n in sorted(sizes):
        inp, gold, mb = corpora[n]
        for w in workers:
            r = run_etl(inp, gold, n, mb, w, score=not args.no_score and w == workers[0],
                        memory_limit=args.duckdb_memory_limit)
            runs.append(r)
            print(fmt_row(r) + ("   " + r.extra["score"] if "score" in r.extra else ""),
                  flush=True)
            print(f"{'':<9}PSS MB at 25/50/75/95% of the run: "
                  f"{r.extra['pss_mb_at_25_50_75_95pct_of_time']}", flush=True)
            if not args.no_floor:
                runs.append(run_floor(inp, n, mb, w))
                print(fmt_row(runs[-1]), flush=True)
    if baseline_n:
        inp, _, _ = corpora[min(sizes)]
        b = run_baseline(inp, baseline_n)
        if b:
            runs.append(b)
            print(fmt_row(b) + f"   (+{b.extra['warmup_seconds']} s one-off loading)", flush=True)
    print()
    by = {(r.what, r.articles, r.workers): r for r in runs}
    base = next((r for r in runs if r.what == "baseline"), None)
    for n in sorted(sizes):
        for w in workers:
            e, f = by.get(("etl", n, w)), by.get(("floor", n, w))
            if e and f:
                print(f"N={n:,} W={w}: ETL = {100 * e.per_s / f.per_s:.0f}% of the floor "
                      f"(target >= 40%)" + (f", {e.per_s / base.per_s:.0f}x the baseline "
                                             f"(target >= 20x)" if base else ""))
    etl_mem = {(r.articles, r.workers): r.peak_pss_mb for r in runs if r.what == "etl"}
    for w in workers:
        pts = sorted((n, m) for (n, ww), m in etl_mem.items() if ww == w)
        if len(pts) >= 2:
            (n0, m0), (n1, m1) = pts[0], pts[-1]
            slope = (m1 - m0) / (n1 - n0) * 1e6
            print(f"W={w}: peak PSS {m0:.0f} MB at {n0:,} -> {m1:.0f} MB at {n1:,}; linear "
                  f"extrapolation to 1M articles: {m1 + slope * (1 - n1 / 1e6):.0f} MB "
                  f"(target <= 1000 MB)")
    if args.profile:
        print(profile(corpora[min(sizes)][0], 2000))
    result = {"machine": info, "when": time.strftime("%Y-%m-%d %H:%M:%S"),
              "runs": [{**asdict(r), "articles_per_s": r.per_s, "mb_per_s": r.mb_s}
                       for r in runs]}
    name = "throughput" + (f"-mem{args.duckdb_memory_limit}" if args.duckdb_memory_limit else "")
    (OUT / f"{name}.json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n",
                                         encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
