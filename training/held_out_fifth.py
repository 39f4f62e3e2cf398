"""Measure the attribution component on PolNeAR train's held-out fifth with both learned
classifiers fitted without it.

The packaged cue classifier (``cues_learned.json`` → ``model``) and act classifier
(``acts_learned.json``) are fitted on all of PolNeAR ``train/``, so the benchmark's
``--held-out-fifth`` (texts number 4, 9, 14… in sorted order) reads texts they were fitted on.
This script fits both without those texts into a temporary directory and runs the benchmark
against them, the package untouched:

1. ``train_cue_model.py --leave-out-fifth --out DIR/cues_learned.json`` (a copy of the packaged
   table, its ``model`` refitted);
2. ``train_act_model.py --leave-out-fifth --out DIR/acts_learned.json``, its candidates read with
   that cue classifier;
3. ``benchmarks/attribution.py --split train --held-out-fifth --no-textacy``;

each with ``NEWSTRACE_MODEL_DIR=DIR`` (``newstrace.lexicons.model_file``: the package reads the
model files there instead of its own). The steps' output is printed as it comes; the benchmark's
figures last. About 30 minutes on a busy 2-core machine (the act classifier's candidates: the
full pipeline over the 840 texts; ``--cache`` keeps the parse and the candidates for a second
run, 5 minutes). Session 33, against main at its start (``--threshold 0.55``): attribution F1
0.779 (matched 2533, system 2975), content partial 0.741, cue F1 0.775 (matched 2511, system
2944), source accuracy 0.912 (2200 of 2412); the packaged classifiers, fitted on the fifth too,
give attribution F1 0.786 and cue F1 0.783 there.

Usage: python training/held_out_fifth.py [--data ../shared/data/polnear] [--cache DIR]
        [--threshold T] [--keep DIR]
``--threshold T`` is passed to ``train_act_model.py`` (the threshold the packaged act model
takes; without it the swept one); ``--keep DIR`` writes the two model files there and keeps
them (default: a temporary directory, removed at the end).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(args: list[str], model_dir: Path) -> None:
    """Run the Python script ``args`` (path first) from the repository's root with
    ``NEWSTRACE_MODEL_DIR=model_dir``; ``CalledProcessError`` when it fails."""
    env = dict(os.environ, NEWSTRACE_MODEL_DIR=str(model_dir))
    print("$", " ".join(args), flush=True)
    subprocess.run([sys.executable, *args], cwd=ROOT, env=env, check=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "polnear")
    ap.add_argument("--cache", type=Path, default=None, help="directory for the parsed texts and candidates")
    ap.add_argument("--threshold", type=float, default=None, help="act classifier threshold (train_act_model.py)")
    ap.add_argument("--keep", type=Path, default=None, help="directory to write and keep the model files in")
    args = ap.parse_args()

    model_dir = args.keep or Path(tempfile.mkdtemp(prefix="newstrace-fifth-"))
    model_dir.mkdir(parents=True, exist_ok=True)
    try:
        shutil.copy(ROOT / "src" / "newstrace" / "lexicons" / "cues_learned.json", model_dir / "cues_learned.json")
        cache = ["--cache", str(args.cache)] if args.cache else []
        data = ["--data", str(args.data)]
        run(["training/train_cue_model.py", "--leave-out-fifth", "--out", str(model_dir / "cues_learned.json"),
             *data, *cache], model_dir)
        run(["training/train_act_model.py", "--leave-out-fifth", "--out", str(model_dir / "acts_learned.json"),
             *data, *cache, *([] if args.threshold is None else ["--threshold", str(args.threshold)])], model_dir)
        run(["benchmarks/attribution.py", "--split", "train", "--held-out-fifth", "--no-textacy",
             "--data", str(args.data)], model_dir)
    finally:
        if args.keep is None:
            shutil.rmtree(model_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
