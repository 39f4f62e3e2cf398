"""Span scoring of system attributions against gold ones: matching, tallies and figures.

Inputs: an article text and its gold and system :class:`~newstrace.scoring.spans.Attr` lists.
Outputs: one-to-one pairs (:func:`match_attributions`), a document's :class:`Counts` and error
lists (:func:`score_document`, :class:`DocScore`), and the figures from summed counts
(:func:`figures`). Sizes and overlaps count non-whitespace characters (``scoring.spans``).

Figures (:func:`figures`), with where each comes from:

1. **attribution found** — gold and system attributions are paired one-to-one, greedily, largest
   content overlap first; a pair counts when the overlap is at least half of the gold content
   (:data:`MATCH_THRESHOLD`). P = pairs / system attributions, R = pairs / gold attributions.
   Matching by span overlap rather than identity follows PARC-style attribution scoring
   (Pareti 2016, PARC 3.0, which scores exact and partial span matches); the 50%-of-gold
   threshold and the greedy one-to-one pairing are the issue's definition.
2. **content exact** — a paired attribution whose content character set equals the gold one once
   whitespace and the punctuation / quote marks at either edge are dropped (the "exact match" of
   Pareti 2016 and of Citron's evaluation, Newell, Cowlishaw & Man 2018, made insensitive to
   outer quote marks and final punctuation, which different corpora's guidelines treat
   differently).
   P = exact pairs / system attributions, R = exact pairs / gold attributions.
   **content partial** — the partial-match score as the issue defines it (it names it after
   Citron, Newell et al. 2018), a per-pair average:
   P = (Σ over pairs of overlap / |system content|) / system attributions,
   R = (Σ over pairs of overlap / |gold content|) / gold attributions.
   **content pooled** — the overlap score that Citron's own evaluation code computes
   (``citron/metrics.py``, ``get_overlap_scores``: summed overlaps over summed predicted / actual
   lengths, no pairing), here in non-whitespace characters instead of tokens and over the union
   of each side's contents, so that overlapping system contents are not counted twice:
   P = |∪system ∩ ∪gold| / |∪system|, R = |∪system ∩ ∪gold| / |∪gold|, per document, summed.
   With non-overlapping contents on each side (PolNeAR gold is univocal) it equals Citron's sum.
3. **source accuracy** — over the pairs whose gold attribution has a source, the share whose
   system source overlaps the gold source by at least half of the shorter of the two: source
   attribution judged only where the content was found, in the manner of quote-attribution
   accuracy (O'Keefe et al. 2012, EMNLP) and PARC source scoring (Pareti 2016); the span-overlap
   rule is this benchmark's, so a right name at another mention of it counts as wrong. Pairs
   where the system gave no source count as wrong and are also counted apart (``src_missing``).
4. **cue** — system cue spans against the gold cue spans of all attributions (not only the
   paired ones), paired one-to-one greedily by overlap; any shared non-whitespace character is a
   match. P = pairs / system cues, R = pairs / gold cues.

F1 is always the harmonic mean of P and R (0 when both are 0).
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Iterable, Sequence

from newstrace.scoring.spans import Attr, Range, chars, core_chars

MATCH_THRESHOLD = 0.5
"""Attribution-found: the content overlap must be at least this share of the gold content."""
SOURCE_THRESHOLD = 0.5
"""Source accuracy: the source overlap must be at least this share of the shorter source."""


def greedy_pairs(overlaps: Iterable[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """One-to-one pairs from candidate ``(gold_index, system_index, overlap)`` triples, largest
    overlap first (ties: lower gold index, then lower system index)."""
    used_g, used_s, out = set(), set(), []
    for g, s, ov in sorted(overlaps, key=lambda t: (-t[2], t[0], t[1])):
        if g not in used_g and s not in used_s:
            used_g.add(g)
            used_s.add(s)
            out.append((g, s, ov))
    return sorted(out)


def match_attributions(text: str, gold: Sequence[Attr], system: Sequence[Attr],
                       threshold: float = MATCH_THRESHOLD) -> list[tuple[int, int, int]]:
    """Pair gold and system attributions by content overlap (figure 1).

    Only pairs whose overlap is at least ``threshold`` × |gold content| are candidates; among
    them the pairing is greedy, largest overlap first.

    Returns:
        ``(gold_index, system_index, overlap)`` triples sorted by gold index.
    """
    gch = [chars(text, a.content) for a in gold]
    sch = [chars(text, a.content) for a in system]
    cands = []
    for gi, g in enumerate(gch):
        if not g:
            continue
        for si, s in enumerate(sch):
            ov = len(g & s)
            if ov and ov >= threshold * len(g):
                cands.append((gi, si, ov))
    return greedy_pairs(cands)


def source_correct(text: str, gold_source: Sequence[Range], system_source: Sequence[Range],
                   threshold: float = SOURCE_THRESHOLD) -> bool:
    """True when the two sources share at least ``threshold`` × the shorter one's characters."""
    g, s = chars(text, gold_source), chars(text, system_source)
    if not g or not s:
        return False
    ov = len(g & s)
    return ov > 0 and ov >= threshold * min(len(g), len(s))


@dataclass
class Counts:
    """Additive tallies from which :func:`figures` computes every figure (sum them over
    documents, publishers or a whole split)."""

    docs: int = 0
    gold: int = 0
    system: int = 0
    matched: int = 0
    exact: int = 0
    partial_p: float = 0.0      # Σ overlap / |system content| over matched pairs
    partial_r: float = 0.0      # Σ overlap / |gold content| over matched pairs
    pooled_overlap: int = 0     # |∪system content ∩ ∪gold content|
    pooled_system: int = 0      # |∪system content|
    pooled_gold: int = 0        # |∪gold content|
    src_eval: int = 0           # matched pairs whose gold has a source
    src_correct: int = 0
    src_missing: int = 0        # ... of which the system had no source
    gold_cues: int = 0
    system_cues: int = 0
    cue_matched: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(**{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)})


@dataclass
class DocScore:
    """The score of one document: its :class:`Counts` and, for error analysis, the pairs, the
    missed gold indices, the false (unpaired) system indices and the matched pairs with a wrong
    source."""

    counts: Counts
    pairs: list[tuple[int, int, int]]
    missed: list[int]
    false: list[int]
    wrong_source: list[tuple[int, int]]


def score_document(text: str, gold: Sequence[Attr], system: Sequence[Attr]) -> DocScore:
    """Score the system attributions of one text against its gold ones (figures 1–4)."""
    c = Counts(docs=1, gold=len(gold), system=len(system))
    pairs = match_attributions(text, gold, system)
    wrong_source = []
    for gi, si, ov in pairs:
        g, s = gold[gi], system[si]
        gch, sch = chars(text, g.content), chars(text, s.content)
        c.matched += 1
        c.partial_p += ov / len(sch)
        c.partial_r += ov / len(gch)
        if core_chars(text, g.content) == core_chars(text, s.content):
            c.exact += 1
        if chars(text, g.source):
            c.src_eval += 1
            if not chars(text, s.source):
                c.src_missing += 1
                wrong_source.append((gi, si))
            elif source_correct(text, g.source, s.source):
                c.src_correct += 1
            else:
                wrong_source.append((gi, si))
    gall = frozenset().union(*(chars(text, a.content) for a in gold))
    sall = frozenset().union(*(chars(text, a.content) for a in system))
    c.pooled_overlap, c.pooled_system, c.pooled_gold = len(gall & sall), len(sall), len(gall)
    gcues = [chars(text, a.cue) for a in gold]
    scues = [chars(text, a.cue) for a in system]
    c.gold_cues = sum(1 for x in gcues if x)
    c.system_cues = sum(1 for x in scues if x)
    cands = [(gi, si, len(g & s)) for gi, g in enumerate(gcues) if g
             for si, s in enumerate(scues) if s and g & s]
    c.cue_matched = len(greedy_pairs(cands))
    got_g = {gi for gi, _, _ in pairs}
    got_s = {si for _, si, _ in pairs}
    return DocScore(c, pairs, [i for i in range(len(gold)) if i not in got_g],
                    [i for i in range(len(system)) if i not in got_s], wrong_source)


def prf(tp_p: float, n_p: int, tp_r: float, n_r: int) -> tuple[float, float, float]:
    """``(P, R, F1)`` with P = tp_p / n_p, R = tp_r / n_r (0 for an empty denominator)."""
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_r if n_r else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def figures(c: Counts) -> dict[str, tuple[float, ...]]:
    """The benchmark's figures from tallies (see the module docstring for their definitions).

    Returns:
        ``{"attribution": (P, R, F1), "content_exact": (P, R, F1), "content_partial": (P, R, F1),
        "content_pooled": (P, R, F1), "source": (accuracy,), "cue": (P, R, F1)}``.
    """
    return {
        "attribution": prf(c.matched, c.system, c.matched, c.gold),
        "content_exact": prf(c.exact, c.system, c.exact, c.gold),
        "content_partial": prf(c.partial_p, c.system, c.partial_r, c.gold),
        "content_pooled": prf(c.pooled_overlap, c.pooled_system, c.pooled_overlap, c.pooled_gold),
        "source": (c.src_correct / c.src_eval if c.src_eval else 0.0,),
        "cue": prf(c.cue_matched, c.system_cues, c.cue_matched, c.gold_cues),
    }
