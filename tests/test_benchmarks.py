"""The benchmark scripts run on data laid out as the issues say they will be run on (needs ../shared)."""
from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_attribution_benchmark_runs_on_a_test_split(shared_dir, tmp_path, capsys):
    # Issue 3: "the same script is run on PolNeAR articles you do not have" — a split named
    # test/ beside dev/ and train/. Two dev texts are laid out as such a split.
    dev = shared_dir / "data" / "polnear" / "dev"
    texts = sorted((dev / "text").glob("*.txt"))[:2]
    (tmp_path / "test" / "text").mkdir(parents=True)
    (tmp_path / "test" / "attributions").mkdir()
    gold = 0
    for t in texts:
        shutil.copy(t, tmp_path / "test" / "text" / t.name)
        ann = sorted((dev / "attributions").glob(t.stem + "_*.ann"))[0]
        shutil.copy(ann, tmp_path / "test" / "attributions" / ann.name)
        # gold: E-lines (attribution relations) that name a Content span
        gold += sum(1 for line in ann.read_text("utf-8").splitlines()
                    if line.startswith("E") and " Content:" in line)
    # The peer (textacy) runs in the same run: make test installs it (the "bench" extra).
    assert load("attribution").main(["--split", "test", "--data", str(tmp_path),
                                     "--cases", str(ROOT / "tests" / "data" / "field.jsonl")]) == 0
    out = capsys.readouterr().out
    assert f"PolNeAR test: 2 texts, {gold} gold attributions" in out
    assert re.search(r"attribution found\s+\|\s+[01]\.\d{3}", out)
    assert "textacy: not available" not in out
    assert re.search(r"attribution found(\s+\|(\s+[01]\.\d{3}){3}){2}\s+\|\s+(\d+\.\d\dx?|inf|-)", out)


def test_attribution_benchmark_names_a_missing_split(tmp_path, capsys):
    assert load("attribution").main(["--split", "test", "--data", str(tmp_path), "--no-textacy"]) == 2
    assert f"no PolNeAR split at {tmp_path / 'test'}" in capsys.readouterr().err
