"""Names, stems and datelines of a claim's text: the word-level helpers the other modules of
the package share.

Reads plain strings (a claim's text, a participant's name) and returns normalised names
(:func:`_norm_name`, :func:`_names`), suffix-stripped stems of content words (:func:`stem`,
:func:`content_stems`, with spaCy's English stop words), the text without a leading dateline
(:func:`strip_dateline`) and whether a text is in title case (:func:`_headline`).
"""
from __future__ import annotations

import re
from typing import Optional


_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Z][A-Za-z.' ]{1,30})?"       # SEOUL / SEOUL, South Korea
    r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?"                      # , May 31
    r"\s*(?:\([^)]{1,40}\))?\s*[-\u2013\u2014:]+\s*")                  # (AP) —
_NAME = re.compile(r"\b[A-Z][a-zA-Z'\-]+(?:\s+[A-Z][a-zA-Z'\-]+)*")
_NAME_STOP = {"The", "A", "An", "He", "She", "It", "They", "We", "I", "His", "Her", "Its",
              "Their", "This", "That", "These", "Those", "In", "On", "At", "But", "And", "Mr",
              "Mrs", "Ms", "Dr", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
              "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
              "July", "August", "September", "October", "November", "December", "According",
              "If", "When", "After", "Before", "As", "Some", "Many", "Officials", "Police"}


def _norm_name(name: Optional[str]) -> Optional[str]:
    if not name:
        return None
    n = " ".join(name.split()).casefold()
    for prefix in ("the ", "its ", "his ", "her ", "their ", "a ", "an "):
        if n.startswith(prefix):
            n = n[len(prefix):]
    return n or None


def _names(text: str) -> set[str]:
    out = set()
    for m in _NAME.finditer(text):
        words = [w for w in m.group(0).split() if w not in _NAME_STOP]
        if words:
            out.add(" ".join(words).casefold())
            out.update(w.casefold() for w in words if len(w) > 3)
    return out


_STOP = None


def stem(word: str) -> str:
    """A crude suffix-stripping stem ("attacked", "attacks", "attacking" → "attack";
    "shootings" → "shoot"), enough to match inflections of one word."""
    w = word.casefold()
    for suf in ("ings", "ing", "ed", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)]
            break
    if len(w) > 3 and w[-1] == w[-2]:
        w = w[:-1]
    return w.rstrip("e") or w


def content_stems(text: str) -> frozenset[str]:
    """Stems of the words of ``text`` that are not English stop words (spaCy's list)."""
    global _STOP
    if _STOP is None:
        from spacy.lang.en.stop_words import STOP_WORDS
        _STOP = frozenset(STOP_WORDS)
    return frozenset(stem(w) for w in re.findall(r"[A-Za-z]+", text)
                     if len(w) > 2 and w.casefold() not in _STOP)


def strip_dateline(text: str) -> str:
    """``text`` without a leading dateline ("SEOUL, May 31 (AP) — ")."""
    m = _DATELINE.match(text)
    if m and len(text) - m.end() > 20:
        return text[m.end():]
    return text


def _headline(text: str) -> bool:
    """``text`` is in title case (most of its words capitalised: "Lindsay Lohan Checks Into
    Betty Ford Rehab"), where capitals mark no names."""
    words = re.findall(r"[A-Za-z]{2,}", text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)
