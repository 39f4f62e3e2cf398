"""Session 33, learned acts: model files from ``NEWSTRACE_MODEL_DIR`` (``lexicons.model_file``,
read by ``training/held_out_fifth.py``) and the packaged act classifier (``acts_learned.json``) on
a PolNeAR train/ sentence.
"""
from __future__ import annotations

import json
import math
from importlib import resources

import pytest

from newstrace.components import learned_acts
from newstrace import lexicons
from newstrace.components.cue_rules import classifier, words
from newstrace.lexicons import MODEL_DIR_VAR, model_file


def _clear_caches() -> None:
    for cached in (learned_acts._act_model, classifier._cue_model, lexicons.learned_cue_table,
                   lexicons.learned_cues, words._clause_taking):
        cached.cache_clear()


@pytest.fixture
def model_dir(tmp_path, monkeypatch):
    """A directory named by ``NEWSTRACE_MODEL_DIR``; the models' caches cleared before and after."""
    monkeypatch.setenv(MODEL_DIR_VAR, str(tmp_path))
    _clear_caches()
    yield tmp_path
    monkeypatch.delenv(MODEL_DIR_VAR)
    _clear_caches()


def test_model_dir_replaces_the_packaged_act_model(model_dir):
    (model_dir / "acts_learned.json").write_text(
        json.dumps({"bias": -1.0, "threshold": 0.6, "weights": {"l=say": 2.0, "k=act": 0.5}}), encoding="utf-8")
    assert learned_acts._act_model() == (-1.0, {"l=say": 2.0, "k=act": 0.5}, 0.6)
    # logistic(-1 + 2 + 0.5) = 1 / (1 + e^-1.5); "x" has no weight
    assert learned_acts.act_probability(["l=say", "k=act", "x"]) == pytest.approx(1 / (1 + math.exp(-1.5)))
    assert learned_acts.act_probability(["x"]) == pytest.approx(1 / (1 + math.e))


def test_model_dir_replaces_the_packaged_cue_model(model_dir):
    (model_dir / "cues_learned.json").write_text(json.dumps({"model": {"bias": 0.0, "weights": {}}}),
                                                 encoding="utf-8")
    assert classifier._cue_model() == (0.0, {})


def test_a_file_missing_from_the_model_dir_is_the_packaged_one(model_dir):
    packaged = resources.files("newstrace.lexicons").joinpath("acts_learned.json")
    assert model_file("acts_learned.json").read_bytes() == packaged.read_bytes()
    assert learned_acts._act_model()[2] == json.loads(packaged.read_text("utf-8"))["threshold"]


#: PolNeAR v1.0 train/ nyt_2016-05-19_u-s-to-increase-overtime-eligibi, first annotator: the
#: paragraph, and its gold attribution's source, cue and content. No attribution rule takes
#: "calculates" (it is in no cue list); the packaged act classifier records it (read alone 0.675,
#: threshold 0.55).
CALCULATES = ("The Labor Department calculates that 4.2 million workers will become newly eligible for overtime. "
              "Other estimates put the number of newly eligible workers substantially higher.",
              "The Labor Department", "calculates", "that 4.2 million workers will become newly eligible for overtime")


def test_packaged_model_records_polnears_act(nlp):
    from conftest import read
    from newstrace.scoring import attributions_from_reading

    text, source, cue, content = CALCULATES
    reading = read(nlp, text)
    learned = [st for c in reading.claims for st in c.stances if st.probability is not None]
    st = next((st for st in learned if st.cue.text == cue), None)
    assert st is not None, [(s.cue.text, s.text) for s in learned]
    assert st.holder.text == source and st.text == content
    assert st.probability >= learned_acts._act_model()[2]
    gold = set(range(text.index(content), text.index(content) + len(content)))
    found = [a for a in attributions_from_reading(reading) if any(text[s:e] == source for s, e in a.source)]
    assert any(len({i for s, e in a.content for i in range(s, e)} & gold) >= len(gold) / 2
               and cue in " ".join(text[s:e] for s, e in a.cue) for a in found)
