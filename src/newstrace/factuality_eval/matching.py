"""Which newstrace claim a gold item is scored against, and which of its values.

Input: the claims of one article (records with ``start_char``/``end_char``, ``text``,
``factuality`` and ``attribution.chain``, as :class:`newstrace.records.Claim`) and a gold
target's character range or an Emergent claim's text. Output: the claim (or ``None``) and its
FactBank value. :func:`pick_claim` matches by span overlap (records carry no head token);
:func:`best_matching_claim` by the Jaccard similarity of content words (:func:`overlap_score`).
"""
from __future__ import annotations

from typing import Any, Optional, Sequence

from newstrace.factuality_eval.text import words


def pick_claim(claims: Sequence[Any], start: int, end: int) -> Optional[Any]:
    """The claim that covers the character range ``[start, end)`` (an event token or clause).

    Records carry no head token, so "covers" is by span: among claims that overlap the range,
    the one with the most overlapping characters; ties go to the shortest claim (the innermost
    one: claim spans nest, e.g. a main clause's span runs over a relative clause that is its
    own claim), then to the earliest.

    Returns:
        the claim, or ``None`` when no claim overlaps the range.
    """
    best, key = None, None
    for c in claims:
        ov = min(end, c.end_char) - max(start, c.start_char)
        if ov <= 0:
            continue
        k = (-ov, c.end_char - c.start_char, c.start_char)
        if key is None or k < key:
            best, key = c, k
    return best


def claim_value(claim: Any, innermost_source: bool = False) -> str:
    """The FactBank value of ``claim``: the author's, or (``innermost_source=True`` and the claim
    has a chain) the innermost source's — the last chain element, the one whose cue governs
    the content."""
    if innermost_source and claim.attribution.chain:
        return claim.attribution.chain[-1].factuality.value
    return claim.factuality.value


STOPWORDS = frozenset("""a an the of to in on at for with by from as and or but is are was were be been
being it its this that these those his her their our your my he she they we you i has have had
will would after over into about than then so not no s""".split())


def overlap_score(a: str, b: str) -> float:
    """Jaccard similarity of the content-word sets of ``a`` and ``b`` (stopwords dropped);
    0 when either has none."""
    wa = {w for w in words(a) if w not in STOPWORDS}
    wb = {w for w in words(b) if w not in STOPWORDS}
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


def best_matching_claim(claims: Sequence[Any], reference: str) -> Optional[Any]:
    """The claim whose text best matches ``reference`` (:func:`overlap_score`; ties → the
    earlier claim); the first claim when none shares a content word; ``None`` for no claims."""
    if not claims:
        return None
    scores = [overlap_score(c.text, reference) for c in claims]
    top = max(scores)
    return claims[scores.index(top)] if top > 0 else claims[0]
