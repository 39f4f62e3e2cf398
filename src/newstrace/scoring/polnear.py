"""Reading PolNeAR's gold: brat standoff ``.ann`` files and a split directory of texts.

Inputs: brat standoff text (:func:`parse_brat`) or a PolNeAR split directory with ``text/*.txt``
and ``attributions/*.ann`` (:func:`read_polnear`; data in ``shared/data/polnear/``, see its
``SOURCE.md``). Outputs: :class:`BratDoc` (the gold :class:`~newstrace.scoring.spans.Attr` of one
file and its E-lines without content) and :class:`GoldDoc` (one article: stem, publisher, date,
text, annotator, gold attributions).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from newstrace.scoring.spans import Attr, Range

@dataclass
class BratDoc:
    """The attributions of one brat ``.ann`` file.

    Attributes:
        attributions: one :class:`Attr` per E-line that has a content (label = E-line id).
        skipped: ids of E-lines without any Content (e.g. a bare ``Attribution-no-source:T83``);
            they cannot be matched by content and are left out of the gold.
    """

    attributions: list[Attr] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def _role(name: str) -> str:
    """``Content2`` -> ``Content``; ``Attribution-no-source`` -> ``Attribution``."""
    name = re.sub(r"\d+$", "", name)
    return "Attribution" if name.startswith("Attribution") else name


def parse_brat(ann: str) -> BratDoc:
    """Parse brat standoff text into attributions.

    T-lines: ``T<n>\\t<Type> <start> <end>[;<start> <end>...]\\t<surface>``; E-lines:
    ``E<n>\\tAttribution:T<a> Content:T<c> Cue:T<q> Source:T<s>`` in any order, Source and Cue
    possibly absent, ``Content2`` (a second content span) merged into the content, trigger role
    ``Attribution`` or ``Attribution-no-source``. Lines that are neither (``#`` notes, the rest of
    a surface that contained a newline) are ignored, as are references to unknown T ids.
    """
    spans: dict[str, tuple[Range, ...]] = {}
    events: list[tuple[str, list[tuple[str, str]]]] = []
    for line in ann.split("\n"):
        line = line.rstrip("\r")
        m = re.match(r"(T\d+)\t(\S+) ([0-9 ;]+)(?:\t|$)", line)
        if m:
            rngs = []
            for frag in m.group(3).split(";"):
                s, e = frag.split()
                rngs.append((int(s), int(e)))
            spans[m.group(1)] = tuple(rngs)
            continue
        m = re.match(r"(E\d+)\t(.*)$", line)
        if m:
            args = [tuple(a.split(":", 1)) for a in m.group(2).split() if ":" in a]
            events.append((m.group(1), args))
    doc = BratDoc()
    for eid, args in events:
        roles: dict[str, list[Range]] = {"Content": [], "Source": [], "Cue": []}
        for name, tid in args:
            role = _role(name)
            if role in roles and tid in spans:
                roles[role].extend(spans[tid])
        if not roles["Content"]:
            doc.skipped.append(eid)
            continue
        doc.attributions.append(Attr.make(roles["Content"], roles["Source"], roles["Cue"], label=eid))
    return doc


@dataclass
class GoldDoc:
    """One PolNeAR article with its gold attributions.

    Attributes:
        stem: the text file's name without ``.txt``.
        publisher: the stem's prefix before the first ``_`` (``nyt``, ``breitbart``...).
        published: the date in the stem (``<publisher>_<YYYY-MM-DD>_<slug>``), if it parses.
        text: the article text exactly as stored (read with ``newline=""``): the offsets index it.
        annotator: the annotator id of the ``.ann`` used (last ``_xxxx`` of its stem), or None.
        gold: the attributions of that file; ``skipped``: its E-lines without content.
    """

    stem: str
    publisher: str
    published: Optional[dt.date]
    text: str
    annotator: Optional[str]
    gold: list[Attr]
    skipped: list[str]
    path: Path


def read_polnear(split_dir: Path, limit: Optional[int] = None) -> list[GoldDoc]:
    """Read a PolNeAR split directory (``text/*.txt`` and ``attributions/*.ann``).

    Texts are taken in sorted filename order (``limit`` keeps the first N). Where a text has
    several ``.ann`` files (one per annotator, ``<stem>_<annotator>.ann``), the first in sorted
    order is used. A text with no ``.ann`` has no gold attributions.
    """
    split_dir = Path(split_dir)
    ann_dir = split_dir / "attributions"
    by_stem: dict[str, list[Path]] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        by_stem.setdefault(ann.stem.rsplit("_", 1)[0], []).append(ann)
    docs = []
    for txt in sorted((split_dir / "text").glob("*.txt"))[:limit]:
        stem = txt.stem
        with txt.open(encoding="utf-8", newline="") as f:
            text = f.read()
        anns = by_stem.get(stem, [])
        if anns:
            with anns[0].open(encoding="utf-8", newline="") as f:
                brat = parse_brat(f.read())
            annotator = anns[0].stem.rsplit("_", 1)[1]
        else:
            brat, annotator = BratDoc(), None
        parts = stem.split("_")
        try:
            published = dt.date.fromisoformat(parts[1]) if len(parts) > 1 else None
        except ValueError:
            published = None
        docs.append(GoldDoc(stem, parts[0], published, text, annotator, brat.attributions,
                            brat.skipped, txt))
    return docs
