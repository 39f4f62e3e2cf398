"""Loaders for the lexicon data files in this folder (see README.md for their sources), and
:func:`regular_stems`, the de-inflection by which word forms are looked up in them."""
from __future__ import annotations

import csv
import json
import os
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

#: Environment variable naming a directory whose learned model files (``cues_learned.json``,
#: ``acts_learned.json``) replace the packaged ones (:func:`model_file`).
MODEL_DIR_VAR = "NEWSTRACE_MODEL_DIR"


def model_file(name: str) -> Traversable:
    """The learned model file ``name`` of this folder, or ``$NEWSTRACE_MODEL_DIR/name`` when
    that variable is set and the file is there: ``training/held_out_fifth.py`` measures models
    fitted without the held-out fifth this way, without writing into the package."""
    alt = os.environ.get(MODEL_DIR_VAR)
    if alt and (Path(alt) / name).is_file():
        return Path(alt) / name
    return resources.files(__package__).joinpath(name)


@lru_cache(maxsize=None)
def _cue_file() -> dict:
    return json.loads(resources.files(__package__).joinpath("cues.json").read_text("utf-8"))


@lru_cache(maxsize=None)
def cues() -> dict[str, frozenset[str]]:
    """The cue lexicon ``cues.json`` as ``{class name: frozenset of lower-case lemmas/phrases}``;
    an entry split into subclasses (``hearsay_nouns``) gives the union of its subclasses
    (:func:`cue_classes` gives them apart)."""
    return {k: frozenset().union(*v.values()) if isinstance(v, dict) else frozenset(v)
            for k, v in _cue_file().items() if not k.startswith("_")}


@lru_cache(maxsize=None)
def cue_classes(name: str) -> dict[str, frozenset[str]]:
    """The subclasses of the ``cues.json`` entry ``name`` as ``{subclass: frozenset of lemmas}``
    (``hearsay_nouns``: alleging, complaining, rumouring, revealing, speculating). KeyError for
    an entry that is missing or not split into subclasses."""
    entry = _cue_file()[name]
    if not isinstance(entry, dict):
        raise KeyError(f"cues.json entry {name!r} has no subclasses")
    return {k: frozenset(v) for k, v in entry.items()}


@lru_cache(maxsize=None)
def outlets() -> dict[str, dict]:
    """News outlets from ``outlets.csv``: ``{lower-case name or alias: row}``; a row has
    ``name``, ``country`` (ISO alpha-3), ``kind`` (newspaper, wire, broadcaster, magazine,
    state media)."""
    out: dict[str, dict] = {}
    with resources.files(__package__).joinpath("outlets.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            names = [row["name"], *filter(None, row["aliases"].split("|"))]
            for n in names:
                out[n.lower()] = row
                if n.lower().startswith("the "):
                    out[n.lower()[4:]] = row
    return out


@lru_cache(maxsize=1)
def learned_cue_table() -> dict:
    """``cues_learned.json`` as read once (:func:`model_file`, so ``$NEWSTRACE_MODEL_DIR`` may
    replace it): ``verbs`` (``training/learn_cues.py``: per verb lemma ``n`` and ``p``) and
    ``model`` (``training/train_cue_model.py``: ``bias``, ``weights``)."""
    return json.loads(model_file("cues_learned.json").read_text("utf-8"))


@lru_cache(maxsize=None)
def learned_cues(min_p: float = 0.5, min_n: int = 7) -> frozenset[str]:
    """Verb lemmas that PolNeAR's annotators mark as attribution cues when they take a clausal
    complement, with P >= ``min_p`` over >= ``min_n`` occurrences (``cues_learned.json``, made by
    ``training/learn_cues.py`` from PolNeAR train/)."""
    return frozenset(k for k, v in learned_cue_table()["verbs"].items() if v["p"] >= min_p and v["n"] >= min_n)


@lru_cache(maxsize=None)
def event_patterns() -> dict:
    """The events component's construction rules ``events_patterns.json`` as read once, a
    ``{key: list or dict}`` mapping (the keys are described in its ``_source``); callers must not
    change it. Also read outside the events component for its lists of words, such as
    ``armed_forces`` (the stance senses)."""
    return json.loads(resources.files(__package__).joinpath("events_patterns.json").read_text("utf-8"))


@lru_cache(maxsize=None)
def first_names() -> dict[str, str]:
    """``{lower-case first name: "m" or "f"}`` from ``first_names.csv`` (made by
    ``training/build_first_names.py`` from the nomquamgender name data, MIT): only names whose
    bearers are at least 90% of one gender."""
    with resources.files(__package__).joinpath("first_names.csv").open(encoding="utf-8") as fh:
        rows = csv.reader(line for line in fh if not line.startswith("#"))
        next(rows)
        return {name: gender for name, gender in rows}


#: Regular English inflection suffixes and what each stem may have lost, in the order tried.
_SUFFIXES = (("ied", ("y",)), ("ies", ("y",)), ("ed", ("", "e")), ("ing", ("", "e")), ("es", ("", "e")),
             ("s", ("",)))


def regular_stems(word: str) -> list[str]:
    """The candidate base forms of ``word`` (lower case) by regular English inflection, for
    looking a form up in a lemma list: "denies" -> ["deny"], "criticizes" -> ["criticiz",
    "criticize"], "staged" -> ["stag", "stage"], "planned" -> ["plann", "planne", "plan"]; the
    first suffix that leaves at least three letters decides; [] for an uninflected word.

    Hand-rolled on purpose: the model's rule lemmatizer works from the part of speech the tagger
    gave, so a verb tagged as a noun ("Trump predicts", a headline) or a slip ("staged" -> "stag")
    gets a wrong lemma; the callers keep only a candidate their lexicon lists."""
    for suf, adds in _SUFFIXES:
        if word.endswith(suf) and len(word) > len(suf) + 2:
            stem = word[:-len(suf)]
            return [stem + a for a in adds] + ([stem[:-1]] if stem[-1:] == stem[-2:-1] else [])
    return []
