"""Span sets: the character ranges of attributions, their measure, and the :class:`Attr` record.

Inputs: an article text and half-open ``(start, end)`` character ranges into it. Outputs:
normalised range tuples (:func:`norm_ranges`), the non-whitespace character offsets they cover
(:func:`chars`, :func:`core_chars`), their text (:func:`span_text`), range differences
(:func:`_minus`) and :class:`Attr`, one attribution as three span sets (content, source, cue).

Units. An attribution is three sets of character ranges into the article text: content, source,
cue (:class:`Attr`). Every overlap and size in the scoring counts the **non-whitespace
characters** of the ranges (``str.isspace``: spaces, newlines, no-break spaces), so a span that
differs from another only in surrounding or internal whitespace measures the same.
Discontinuous spans (brat's ``;``-separated fragments, PolNeAR's ``Content2``) are sets of
ranges: their characters are the union of the fragments'.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Iterable, Sequence

Range = tuple[int, int]
"""A half-open character range ``(start, end)`` into an article text."""


_EXTRA_EDGE = set("`´'\"")


def norm_ranges(ranges: Iterable[Range]) -> tuple[Range, ...]:
    """Sort ``ranges``, drop empty ones and merge overlapping or touching ones."""
    out: list[list[int]] = []
    for s, e in sorted((int(s), int(e)) for s, e in ranges if e > s):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return tuple((s, e) for s, e in out)


def chars(text: str, ranges: Iterable[Range]) -> frozenset[int]:
    """The offsets of the non-whitespace characters of ``text`` inside ``ranges``.

    Args:
        text: the article text the ranges index.
        ranges: half-open ``(start, end)`` pairs; overlapping ones are fine (a set is returned).
    """
    return frozenset(i for s, e in ranges for i in range(max(s, 0), min(e, len(text)))
                     if not text[i].isspace())


def _is_edge_mark(ch: str) -> bool:
    return unicodedata.category(ch).startswith("P") or ch in _EXTRA_EDGE


def core_chars(text: str, ranges: Iterable[Range]) -> frozenset[int]:
    """:func:`chars` less the punctuation and quote marks at either edge of the whole set
    (Unicode categories P*, plus backtick and acute accent): what "content exact" compares."""
    idx = sorted(chars(text, ranges))
    lo, hi = 0, len(idx)
    while lo < hi and _is_edge_mark(text[idx[lo]]):
        lo += 1
    while hi > lo and _is_edge_mark(text[idx[hi - 1]]):
        hi -= 1
    return frozenset(idx[lo:hi])


def span_text(text: str, ranges: Sequence[Range], sep: str = " … ") -> str:
    """The text of ``ranges`` (fragments joined by ``sep``), whitespace collapsed to one space."""
    return sep.join(" ".join(text[s:e].split()) for s, e in ranges)


def _minus(ranges: Sequence[Range], holes: Sequence[Range]) -> list[Range]:
    """``ranges`` with the characters of ``holes`` cut out (half-open offsets)."""
    out = []
    for s, e in ranges:
        cuts = sorted((max(s, hs), min(e, he)) for hs, he in holes if hs < e and he > s)
        for cs, ce in cuts:
            if cs > s:
                out.append((s, cs))
            s = max(s, ce)
        if s < e:
            out.append((s, e))
    return out


@dataclass(frozen=True)
class Attr:
    """One attribution as three span sets (each a tuple of half-open ranges).

    Attributes:
        content: what is attributed (PolNeAR Content, plus Content2 where present).
        source: who (empty when the gold has none, "Attribution-no-source", or the system none).
        cue: the cue words (empty when missing).
        label: an identifier for reports (brat E-line id, or the system's grouping key).
    """

    content: tuple[Range, ...]
    source: tuple[Range, ...] = ()
    cue: tuple[Range, ...] = ()
    label: str = ""

    @staticmethod
    def make(content: Iterable[Range], source: Iterable[Range] = (), cue: Iterable[Range] = (),
             label: str = "") -> "Attr":
        """Build an :class:`Attr` with normalised (sorted, merged) ranges."""
        return Attr(norm_ranges(content), norm_ranges(source), norm_ranges(cue), label)
