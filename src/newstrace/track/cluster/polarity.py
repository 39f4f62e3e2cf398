"""A claim's polarity and tense as the tracker reads them: the negation of its predication
(:func:`negation`), whether it speaks of the future (:func:`future`), and where that negation
stands (:func:`copula_before`, :func:`existential`).

Reads :class:`~newstrace.records.Claim` records: ``predicate.polarity``, ``predicate.negation``,
``predicate.tense``, which the pipeline sets from the parse of the claim's head
(:mod:`newstrace.components.polarity`; FactBank polarity, TimeML tense). What the record cannot
give is read from the claim's text, with :data:`_NEGATION` and :data:`_FUTURE`:

* for a record with no such reading (``predicate`` None or its ``polarity`` None: made by hand,
  or stored before the fields were added), which has no parse to give them, its first negation
  word and a modal of the future before its predicate;
* for any record, a negation outside its predication, in another clause of its text ("No, they
  don't - it's a hoax": the predicate "hoax" is not negated), :func:`negation_in_text`.
"""
from __future__ import annotations

import re
from typing import Optional

from newstrace.records import Claim, Span

from newstrace.track.cluster.predicates import _before_predicate


#: A negation word in a claim's text ("not", "no", "never", "n't", …).
_NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|nothing|neither|nor)\b|n['’]t\b", re.I)
#: A modal of the future in the text of a record with no parse reading ("will", "won't", "'ll",
#: "shall", "would", "going to").
_FUTURE = re.compile(r"\b(?:will|shall|would|going\s+to)\b|\bwon['’]t\b|\w['’]ll\b", re.I)
#: Forms of "be" that make the word after them a copula's negation ("is not", "wasn't", "is no").
COPULAS = frozenset({"is", "are", "was", "were", "be", "been"})


def parsed(claim: Claim) -> bool:
    """The claim's predicate carries the parse's polarity and tense (the pipeline's records)."""
    return claim.predicate is not None and claim.predicate.polarity is not None


def negation(claim: Claim) -> Optional[Span]:
    """The word that negates the claim's predication ("not" in "ISIS is not defeated", "no" in
    "there is no separation", "Nobody" in "Nobody was hurt"), with its offsets; None when it is
    positive. A record with no parse reading: the first negation word of its text."""
    if parsed(claim):
        return claim.predicate.negation
    m = _NEGATION.search(claim.text)
    return None if m is None else Span(text=m.group(0), start_char=claim.start_char + m.start(),
                                       end_char=claim.start_char + m.end())


def negation_in_text(claim: Claim) -> bool:
    """Any negation word in the claim's text (:data:`_NEGATION`), of its predication or of
    another clause: the predicate record gives only the first."""
    return bool(_NEGATION.search(claim.text))


def future(claim: Claim) -> bool:
    """The claim speaks of the future (``predicate.tense == "future"``: "I do not believe there
    will be Dodik's arrest" tells what will or will not happen, not what did). A record with no
    parse reading: a modal of the future before its predicate."""
    if parsed(claim):
        return claim.predicate.tense == "future"
    return bool(_FUTURE.search(_before_predicate(claim)))


def _words_before(claim: Claim, cue: Span) -> list[re.Match]:
    """The claim's words before ``cue`` (empty when the cue is outside its text)."""
    at = cue.start_char - claim.start_char
    return list(re.finditer(r"\S+", claim.text[:at])) if 0 <= at <= len(claim.text) else []


def copula_before(claim: Claim, cue: Span) -> Optional[Span]:
    """The form of "be" (:data:`COPULAS`) right before the negation ``cue``, when it negates a
    copula ("is not defeated", "wasn't true", "there is no separation"), not a verb of action
    ("did not hear"); None otherwise. The record holds no part of speech, so the word before the
    cue is read."""
    words = _words_before(claim, cue)
    if not words or words[-1].group(0).casefold() not in COPULAS:
        return None
    m = words[-1]
    return Span(text=m.group(0), start_char=claim.start_char + m.start(), end_char=claim.start_char + m.end())


def existential(claim: Claim, cue: Span) -> bool:
    """The negation ``cue`` negates an existential "there is" ("there is no separation between
    the branches", "there have been no arrests"): a copula (:func:`copula_before`) right after
    "there", with "has" or "have" between for "been"."""
    words = [m.group(0).casefold() for m in _words_before(claim, cue)]
    if copula_before(claim, cue) is None or len(words) < 2:
        return False
    return words[-2] == "there" or len(words) >= 3 and words[-1] == "been" and words[-2] in ("has", "have") \
        and words[-3] == "there"
