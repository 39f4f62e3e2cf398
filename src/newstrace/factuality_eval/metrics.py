"""The figures of the factuality benchmark, with their sources.

* :func:`mae`, :func:`pearson`: mean absolute error and Pearson's r between predicted and gold
  scores, the two figures reported per data set in the factuality literature (Lee et al. 2015;
  Stanovsky et al. 2017; Rudinger et al. 2018; Jiang & de Marneffe 2021);
* :func:`accuracy`, :func:`prf`, :func:`macro_f1`: per-class precision / recall / F1 and their
  unweighted mean over classes (macro-F1, as in scikit-learn's ``f1_score(average="macro")``
  with ``zero_division=0``); :func:`confusion_matrix`; :func:`majority_label` for the
  majority-class baseline.

Input: gold and predicted sequences of equal length (scores, or class labels). Output: floats,
or a count matrix.
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Optional, Sequence

def mae(gold: Sequence[float], pred: Sequence[float]) -> float:
    """Mean absolute error ``mean(|gold_i - pred_i|)``.

    Raises:
        ValueError: empty or unequal-length inputs.
    """
    if not gold or len(gold) != len(pred):
        raise ValueError("mae needs two non-empty sequences of equal length")
    return sum(abs(g - p) for g, p in zip(gold, pred)) / len(gold)


def pearson(gold: Sequence[float], pred: Sequence[float]) -> float:
    """Pearson's correlation coefficient r of ``gold`` and ``pred``; ``nan`` when fewer than
    two items or either side is constant (r is undefined then).

    Raises:
        ValueError: unequal lengths.
    """
    if len(gold) != len(pred):
        raise ValueError("pearson needs sequences of equal length")
    n = len(gold)
    if n < 2:
        return math.nan
    mg, mp = sum(gold) / n, sum(pred) / n
    cov = sum((g - mg) * (p - mp) for g, p in zip(gold, pred))
    vg = sum((g - mg) ** 2 for g in gold)
    vp = sum((p - mp) ** 2 for p in pred)
    if vg == 0 or vp == 0:
        return math.nan
    return cov / math.sqrt(vg * vp)


def accuracy(gold: Sequence[str], pred: Sequence[str]) -> float:
    """Share of items with ``pred == gold``.

    Raises:
        ValueError: empty or unequal-length inputs.
    """
    if not gold or len(gold) != len(pred):
        raise ValueError("accuracy needs two non-empty sequences of equal length")
    return sum(g == p for g, p in zip(gold, pred)) / len(gold)


def prf(gold: Sequence[str], pred: Sequence[str], label: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of one class; each is 0 when its denominator is 0."""
    tp = sum(g == label and p == label for g, p in zip(gold, pred))
    n_pred = sum(p == label for p in pred)
    n_gold = sum(g == label for g in gold)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def macro_f1(gold: Sequence[str], pred: Sequence[str],
             labels: Optional[Sequence[str]] = None) -> float:
    """Unweighted mean of the per-class F1 (:func:`prf`) over ``labels`` (default: every class
    that occurs in ``gold`` or ``pred``, as scikit-learn does)."""
    labels = list(labels) if labels is not None else sorted(set(gold) | set(pred))
    if not labels:
        raise ValueError("macro_f1 needs at least one class")
    return sum(prf(gold, pred, c)[2] for c in labels) / len(labels)


def confusion_matrix(gold: Sequence[str], pred: Sequence[str],
                     labels: Sequence[str]) -> list[list[int]]:
    """Counts ``M[i][j]`` of items with gold ``labels[i]`` and prediction ``labels[j]``
    (items with a label outside ``labels`` are not counted)."""
    pos = {c: i for i, c in enumerate(labels)}
    M = [[0] * len(labels) for _ in labels]
    for g, p in zip(gold, pred):
        if g in pos and p in pos:
            M[pos[g]][pos[p]] += 1
    return M


def majority_label(gold: Sequence[str]) -> str:
    """The most frequent label (ties: the alphabetically first)."""
    counts = Counter(gold)
    top = max(counts.values())
    return sorted(c for c, n in counts.items() if n == top)[0]
