"""Readers of the three gold sets of the factuality benchmark, each described in its
``shared/data/<set>/SOURCE.md``:

* the unified event-factuality sets (MEANTIME, UW, UDS-IH2, CommitmentBank) of Jiang & de
  Marneffe (TACL 2021): JSON Lines, one whitespace-tokenised sentence (or CB context) per line
  with targets on the [-3, +3] scale of Stanovsky et al. (ACL 2017) — :func:`read_unified`;
* MEANTIME English (Minard et al., LREC 2016) in the cltl CoNLL export: one token per line with
  event, certainty, polarity and time columns — :func:`read_meantime`;
* Emergent (Ferreira & Vlachos, NAACL 2016): claim, article headline and headline stance
  (for / against / observing), with the claim-disjoint cross-validation folds of the train split
  — :func:`read_emergent`, :func:`read_claim_folds`.

Input: a file path. Output: typed records (:class:`FactRecord`, :class:`MeantimeDoc`,
:class:`EmergentRow`) holding the gold tokens and labels as the file gives them.
"""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from newstrace.factuality_eval.mappings import STANCES

# --------------------------------------------------------------------------- unified factuality

@dataclass(frozen=True)
class FactTarget:
    """One annotated predicate: token span ``[start, end)`` of the record's tokens, gold score."""

    start: int
    end: int
    label: float
    span_text: str


@dataclass
class FactRecord:
    """One line of a unified-factuality file: tokens and targets.

    ``doc_id``: ``file_idx`` (MEANTIME, UW, UDS-IH2) or ``uID`` (CB), as a string.
    """

    corpus: str
    idx: int
    doc_id: str
    tokens: list[str]
    targets: list[FactTarget]


def read_unified(path: str | Path, corpus: Optional[str] = None) -> list[FactRecord]:
    """Read a unified-factuality JSON Lines file (``factuality-unified/<SET>/<split>.jsonl``).

    Each line: ``{"text": <tokens joined by " ">, "targets": [{"span1": [s, e], "label": x,
    "span_text": ...}], "idx": ..., "file_idx"|"uID": ...}``; ``span1`` indexes
    ``text.split(" ")``, end exclusive.

    Args:
        path: the file.
        corpus: name to store on the records (default: the parent folder's name).
    Returns:
        the records in file order.
    Raises:
        ValueError: a target's tokens do not spell its ``span_text`` (a misaligned record).
    """
    path = Path(path)
    corpus = corpus or path.parent.name
    out = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if not line.strip():
                continue
            raw = json.loads(line)
            tokens = raw["text"].split(" ")
            targets = []
            for t in raw["targets"]:
                s, e = t["span1"]
                if " ".join(tokens[s:e]) != t["span_text"]:
                    raise ValueError(f"{path}:{n + 1}: span {s}:{e} is {' '.join(tokens[s:e])!r}, "
                                     f"not {t['span_text']!r}")
                targets.append(FactTarget(s, e, float(t["label"]), t["span_text"]))
            doc_id = raw.get("file_idx", raw.get("uID", ""))
            out.append(FactRecord(corpus, int(raw.get("idx", n)), str(doc_id), tokens, targets))
    return out


# --------------------------------------------------------------------------- MEANTIME CoNLL

@dataclass
class MeantimeMention:
    """One gold event mention: token positions (0-based into the document's token list) and
    its certainty, polarity and time attributes."""

    eid: str
    tokens: list[int]
    certainty: str
    polarity: str
    time: str


@dataclass
class MeantimeDoc:
    """One MEANTIME document: sentences of tokens (the first is the headline) and mentions."""

    name: str
    sentences: list[list[str]]
    mentions: list[MeantimeMention] = field(default_factory=list)

    @property
    def tokens(self) -> list[str]:
        """All tokens in document order (mention positions index this list)."""
        return [t for s in self.sentences for t in s]


_TAG = re.compile(r"^([BI])-(.+)-(\d+)$")


def _tag(cell: str) -> Optional[tuple[str, str, str]]:
    m = _TAG.match(cell)
    return (m.group(1), m.group(2), m.group(3)) if m else None


def read_meantime(path: str | Path) -> MeantimeDoc:
    """Read one MEANTIME ``.conll`` file (cltl export; ``meantime-en/SOURCE.md``).

    Columns (tab-separated): token number, token, event (``B-E-<id>``/``I-E-<id>``/``_``),
    certainty, polarity, time (``B-<VALUE>-<id>``). A blank line ends a sentence. The
    attributes of a mention are read from its ``B-`` token.

    Returns:
        the document, with mentions in order of their first token.
    Raises:
        ValueError: a line without six columns, or an ``I-`` tag with no open mention.
    """
    path = Path(path)
    sentences: list[list[str]] = [[]]
    mentions: dict[str, MeantimeMention] = {}
    pos = 0
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            line = line.rstrip("\n")
            if not line.strip():
                if sentences[-1]:
                    sentences.append([])
                continue
            cols = line.split("\t")
            if len(cols) != 6:
                raise ValueError(f"{path}:{n + 1}: expected 6 columns, got {len(cols)}")
            sentences[-1].append(cols[1])
            ev = _tag(cols[2])
            if ev is not None:
                bio, _, eid = ev
                if bio == "B":
                    cert, pol, tim = (_tag(c) for c in cols[3:6])
                    mentions[eid] = MeantimeMention(
                        eid, [pos], cert[1] if cert else "UNDERSPECIFIED",
                        pol[1] if pol else "UNDERSPECIFIED", tim[1] if tim else "UNDERSPECIFIED")
                elif eid in mentions:
                    mentions[eid].tokens.append(pos)
                else:
                    raise ValueError(f"{path}:{n + 1}: I- tag of unopened mention {eid}")
            pos += 1
    if not sentences[-1]:
        sentences.pop()
    name = path.name.split(".")[0]
    return MeantimeDoc(name, sentences, sorted(mentions.values(), key=lambda m: m.tokens[0]))


# --------------------------------------------------------------------------- Emergent

@dataclass(frozen=True)
class EmergentRow:
    """One Emergent article: the claim, the article's headline and its gold stance."""

    claim_id: str
    claim: str
    headline: str
    stance: str
    article_id: str


def read_emergent(path: str | Path) -> list[EmergentRow]:
    """Read a clean Emergent CSV (``url-versions-2015-06-14-clean-<split>.csv`` or
    ``edata_all-<split>.csv``): columns ``claimHeadline``, ``articleHeadline``,
    ``articleHeadlineStance``, ``articleId``, ``claimId`` (others are ignored).

    Raises:
        ValueError: a stance outside for / against / observing.
    """
    out = []
    with Path(path).open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            stance = row["articleHeadlineStance"].strip()
            if stance not in STANCES:
                raise ValueError(f"{path}: unknown stance {stance!r}")
            out.append(EmergentRow(row["claimId"], row["claimHeadline"], row["articleHeadline"],
                                   stance, row["articleId"]))
    return out


def read_claim_folds(path: str | Path) -> dict[str, int]:
    """Read ``train-claim-folds.csv`` (``claimId,fold``): claim id → CV fold (1–10)."""
    with Path(path).open(encoding="utf-8", newline="") as fh:
        return {row["claimId"]: int(row["fold"]) for row in csv.DictReader(fh)}
