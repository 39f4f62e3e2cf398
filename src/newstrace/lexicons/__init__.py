"""Loaders for the lexicon data files in this folder (see README.md for their sources)."""
from __future__ import annotations

import csv
import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def cues() -> dict[str, frozenset[str]]:
    """The cue lexicon ``cues.json`` as ``{class name: frozenset of lower-case lemmas/phrases}``."""
    raw = json.loads(resources.files(__package__).joinpath("cues.json").read_text("utf-8"))
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


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
